"""A page read by two engines (``parsers.two_readings``): which reading each field keeps, as a pure function
of the two readings' fields, the call and a word list (here a small set, so each rule is seen alone); and
the second engine reading a whole page for real (``parsers.second_page``), on a page written here in a
handwriting-like font."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers.ocr as ocr
from parsers.documents import default_call
from parsers.model import FieldValue
from parsers.ocr import pgm_bytes
from parsers.second_page import page_words
from parsers.two_readings import kept
from tests.parsers.test_second_opinion import HAND, PRINT

WORDS = {"de", "la", "rue", "gare", "mairie", "voor", "het", "dorp", "jardin", "partagé", "du", "presbytère",
         "comité", "des", "fêtes", "moulin", "buurtbus", "minder", "mobiele", "dorpsgenoten", "vaar", "jeux",
         "flamands", "sur", "place", "salle", "un", "au", "cœur", "village", "repair", "café", "ape", "école",
         "te", "association", "parents", "élèves", "collectif", "habitants", "quartier", "hoogst", "iedereen"}


def known(words: Iterable[str]) -> set[str]:
    return {word for word in words if word in WORDS}


def value(name: str, text: str, confidence: float = 0.7) -> FieldValue:
    return FieldValue(name, text, "label", confidence)


def both(name: str, first: str, second: str) -> str:
    chosen = kept({name: value(name, first)}, {name: value(name, second)}, default_call(), known, known)
    return str(chosen[name].value)


def test_a_field_only_one_reading_has_comes_from_it() -> None:
    first = {"contact_name": value("contact_name", "Stijn Ghesquière")}
    second = {"address": value("address", "Lindenlaan 138"), "phone": value("phone", "+32487459213")}
    chosen = kept(first, second, default_call(), known, known)
    assert {name: str(v.value) for name, v in chosen.items()} == {
        "contact_name": "Stijn Ghesquière", "address": "Lindenlaan 138", "phone": "+32487459213"}
    assert kept(first, {}, default_call(), known, known) == first


@pytest.mark.parametrize(("name", "first", "second"), [
    ("address", "Meersstraat 18", "Meersstraat18"),  # the second engine glues words
    ("address", "64 rue de la Gare", "64 Ruede la Gare"),
    ("project_title", "Fête des voisins", "Fete des voisins"),  # and drops accents
    ("project_title", "Boîtes à livres", "Boites à livres"),
    ("contact_name", "Wim Ryckewaert", "wim Ryckewaert"),  # and writes capitals as it sees them
    # where no rule below tells: tesseract's
    ("address", "Ieperstraat 107", "İeperstraat 107"),  # a dot on a capital is no accent
    ("address", "İeperstraat 107", "Ieperstraat 107"),
    ("project_title", "Buurtmoestuin De Kouter", "Buurtmoestuin de Kouter"),  # a name's article
    ("organisation", "GEMEENTE WIJTSCHATE", "Gemeente Wijtschate"),
    ("organisation", "Oudercomité VBS Sint-Jozef", "Oudercomité VBs sint-Jozef"),  # "vbs" is no word
    ("organisation", "Jardin partagé « Les Pieds »", "Jardin partagé « les Pieds »"),  # before a capital
])
def test_a_value_the_other_reading_only_spells_otherwise_stays_tesseracts(name: str, first: str, second: str) -> None:
    assert both(name, first, second) == first


@pytest.mark.parametrize(("name", "first", "second", "expected"), [
    ("address", "Meersstraat 18", "Meersstraat18", "Meersstraat 18"),  # the reading that parts more words
    ("project_title", "Hoogst amboomgaard voor iedereen", "Hoogstamboomgaard voor iedereen",
     "Hoogstamboomgaard voor iedereen"),  # not a space read inside a word: its piece is no word
    ("project_title", "Deelfietsen voorhetdorp", "Deelfietsen voor het dorp", "Deelfietsen voor het dorp"),
    ("email", "marleendewulf@example.net", "marleen.dewulf@example.net", "marleen.dewulf@example.net"),
    ("email", "lotte-vandenbussche@example.org", "lotte.vandenbussche@example.org", "lotte.vandenbussche@example.org"),
    ("email", "jean.pierre@example.org", "jeanpierre@example.org", "jean.pierre@example.org"),
    ("organisation", "Les Jardins partages de Bambecque", "Les Jardins partagés de Bambecque",
     "Les Jardins partagés de Bambecque"),  # more accents: a reading drops them, it does not invent them
    ("contact_name", "Véronique Vanhee", "Veronique Vanhee", "Véronique Vanhee"),
    ("organisation", "Collectif. des habitants du quartier", "Collectif des habitants du quartier.",
     "Collectif des habitants du quartier."),  # a full stop where no sentence ends
    ("address", "51 place de la Mairie", "51, place de la Mairie", "51, place de la Mairie"),  # marks are lost
    ("address", "15 Grand Place", "15 Grand'Place", "15 Grand'Place"),
    ("address", "80, rue de la Gare", "80,rue de la Gare", "80, rue de la Gare"),  # fewer words: glued
    ("project_title", "Jeux Flamands sur la place", "Jeux flamands sur la place", "Jeux flamands sur la place"),
    ("project_title", "Un Jardin partagé au cœur du village", "Un jardin partagé au cœur du village",
     "Un jardin partagé au cœur du village"),
    ("contact_name", "brigitte Schipman", "Brigitte Schipman", "Brigitte Schipman"),
])
def test_a_value_spelt_otherwise_only(name: str, first: str, second: str, expected: str) -> None:
    assert both(name, first, second) == expected
    assert both(name, second, first) == expected  # whichever reading spelt it so


@pytest.mark.parametrize(("name", "first", "second", "expected"), [
    ("contact_name", "Odile De", "Odile Degrave", "Odile Degrave"),  # a name does not end with "De"
    ("contact_name", "Marijke Te", "Marijke Decoene", "Marijke Decoene"),
    ("organisation", "APE de l'école d Moulin", "APE de l'école du Moulin", "APE de l'école du Moulin"),
    ("project_title", "e Het Hoekje", "Repair café Het Hoekje", "Repair café Het Hoekje"),  # a letter alone
    ("address", "Veurneskraar 1416", "Veurnestraat 149B", "Veurnestraat 149B"),  # a street of a known kind
])
def test_a_value_cut_short_or_cut_up(name: str, first: str, second: str, expected: str) -> None:
    assert both(name, first, second) == expected


@pytest.mark.parametrize(("name", "first", "second", "expected"), [
    ("phone", "+33329351720", "+33328351720", "+33328351720"),  # as many digits: the second engine's
    ("requested_amount", "8100.00", "8200.00", "8200.00"),
    ("requested_amount", "6500.00", "500.00", "6500.00"),  # a handwritten first digit lost
    ("total_budget", "500.00", "6500.00", "6500.00"),  # in either reading
    ("requested_amount", "3500.00", "10000.00", "3500.00"),  # other digits and more of them: tesseract's
    ("address", "Meersstraat 152", "Meersstraat 132", "Meersstraat 132"),  # a street read alike, its number not
    ("address", "Meersstraat 18", "Meerstraat 13", "Meersstraat 18"),  # the street read otherwise too: words
])
def test_digits(name: str, first: str, second: str, expected: str) -> None:
    assert both(name, first, second) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("wouter.vanneste@example.org", "wouter.vanneste@example.ory", "wouter.vanneste@example.org"),
    ("sdeclerca@example.orq", "sdeclercq@example.org", "sdeclercq@example.org"),
    ("amicalelaiquedecassel@example.net", "amicalelaisuedecassel@example.net",
     "amicalelaiquedecassel@example.net"),  # one address read two ways: tesseract's, mended against the names
    # two addresses: tesseract left the applicant's line out and took another the page shows
    ("onthaal.poperinge@example.org", "info.dorpsraadprovenvzw@example.org", "info.dorpsraadprovenvzw@example.org"),
])
def test_addresses(first: str, second: str, expected: str) -> None:
    assert both("email", first, second) == expected


@pytest.mark.parametrize(("name", "first", "second", "expected"), [
    ("project_title", "Buurtous vaar minder mobiele dorpsgenoten", "Buurtbus voor minder mobiele dorpsgenoten",
     "Buurtbus voor minder mobiele dorpsgenoten"),  # fewer words no list knows
    ("project_title", "Jardin partagé du presbytère", "Jardin partagé du presbytere",
     "Jardin partagé du presbytère"),
    ("organisation", "Jeugdhuis ‘t Kanon", "Jeugdhuis † Kanon", "Jeugdhuis ‘t Kanon"),  # a mark no name has
    ("address", "Brugstraat 64", "Brugstraat64", "Brugstraat 64"),
    ("contact_name", "Katnen Vanhee", "Katrien Vanhee", "Katrien Vanhee"),  # a given name known
    ("contact_name", "Francis Delassus", "du groupement", "Francis Delassus"),
    ("organisation", "Comité des fêtes", "Comité des fêtes du Mouljn", "Comité des fêtes"),  # as known: tesseract's
])
def test_words(name: str, first: str, second: str, expected: str) -> None:
    assert both(name, first, second) == expected


def test_a_place_comes_whole_from_the_reading_whose_postcode_and_municipality_the_call_knows_together() -> None:
    first = {"postcode": value("postcode", "54140"), "municipality": value("municipality", "Steenvoorde"),
             "country": value("country", "FR")}
    second = {"postcode": value("postcode", "59114"), "municipality": value("municipality", "Steenvoorde")}
    chosen = kept(first, second, default_call(), known, known)
    assert (chosen["postcode"].value, chosen["municipality"].value, chosen["country"].value) == \
        ("59114", "Steenvoorde", "FR")
    # a label read as the answer ("Commune") is no place: tesseract's stands
    second = {"postcode": value("postcode", "59470"), "municipality": value("municipality", "Commune")}
    first = {"postcode": value("postcode", "59470"), "municipality": value("municipality", "Wormhout")}
    assert kept(first, second, default_call(), known, known)["municipality"].value == "Wormhout"


def test_a_value_the_readings_disagree_on_keeps_the_lower_confidence() -> None:
    chosen = kept({"phone": value("phone", "+33329351720", 0.9)}, {"phone": value("phone", "+33328351720", 0.6)},
                  default_call(), known, known)
    assert (chosen["phone"].value, chosen["phone"].confidence) == ("+33328351720", 0.6)
    agreed = kept({"phone": value("phone", "+33328351720", 0.9)}, {"phone": value("phone", "+33328351720", 0.6)},
                  default_call(), known, known)
    assert agreed["phone"].confidence == 0.9


# --- the second engine on a whole page, for real ----------------------------------------------------------------

def _page(lines: list[tuple[str, str]]) -> Image.Image:
    page = Image.new("L", (1700, 1100), 255)
    draw = ImageDraw.Draw(page)
    for row, (font, text) in enumerate(lines):
        draw.text((120, 100 + row * 110), text, font=ImageFont.truetype(font, 52), fill=20)
    return page


def test_the_second_engine_reads_a_handwritten_page_line_by_line_where_its_words_stand() -> None:
    page = _page([(HAND, "Lindenlaan 138"), (HAND, "8600 Lampernisse"), (HAND, "GSM 0487 45 92 13")])
    words = page_words(page)
    text = ocr._page_of(words).text
    assert text.splitlines() == ["Lindenlaan 138", "8600 Lampernisse", "GSM 0487 45 92 13"]
    first = next(word for word in words if word.text == "Lindenlaan")
    assert 100 <= first.left <= 140 and 90 <= first.top <= 130 and 0 < first.confidence <= 100


def test_a_page_tesseract_is_unsure_of_is_read_whole_by_the_second_engine_and_a_typed_one_not() -> None:
    hand = ocr.read_page(pgm_bytes(_page([(HAND, "Buurtcomite De Molenwijk"), (HAND, "Lindenlaan 138")])))
    assert hand.mean_confidence < ocr.OTHER_ENGINE_BELOW
    assert "Lindenlaan 138" in hand.other_engine
    typed = ocr.read_page(pgm_bytes(_page([(PRINT, "Comité de quartier du Moulin"), (PRINT, "27 rue du Moulin")])))
    assert typed.mean_confidence >= ocr.OTHER_ENGINE_BELOW
    assert typed.other_engine == ""


def test_a_blank_page_gives_the_second_engine_no_words() -> None:
    assert page_words(Image.new("L", (1200, 1600), 255)) == []


def test_a_page_the_second_engine_cannot_read_keeps_tesseracts_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    import parsers.second_page as second_page

    def fails(page: Image.Image) -> list[ocr.Word]:
        raise ocr.OcrError("the second engine could not read the page: out of memory")

    monkeypatch.setattr(second_page, "page_words", fails)
    hand = ocr.read_page(pgm_bytes(_page([(HAND, "Buurtcomite De Molenwijk"), (HAND, "Lindenlaan 138")])))
    assert hand.other_engine == "" and hand.words >= 3
