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
         "comité", "des", "fêtes", "moulin", "buurtbus", "minder", "mobiele", "dorpsgenoten", "vaar"}


def known(words: Iterable[str]) -> set[str]:
    return {word for word in words if word in WORDS}


def value(name: str, text: str, confidence: float = 0.7) -> FieldValue:
    return FieldValue(name, text, "label", confidence)


def both(name: str, first: str, second: str) -> str:
    chosen = kept({name: value(name, first)}, {name: value(name, second)}, default_call(), known)
    return str(chosen[name].value)


def test_a_field_only_one_reading_has_comes_from_it() -> None:
    first = {"contact_name": value("contact_name", "Stijn Ghesquière")}
    second = {"address": value("address", "Lindenlaan 138"), "phone": value("phone", "+32487459213")}
    chosen = kept(first, second, default_call(), known)
    assert {name: str(v.value) for name, v in chosen.items()} == {
        "contact_name": "Stijn Ghesquière", "address": "Lindenlaan 138", "phone": "+32487459213"}
    assert kept(first, {}, default_call(), known) == first


@pytest.mark.parametrize(("first", "second"), [
    ("Meersstraat 18", "Meersstraat18"),  # the second engine glues words
    ("64 rue de la Gare", "64 Ruede la Gare"),
    ("Fête des voisins", "Fete des voisins"),  # and drops accents
    ("Boîtes à livres", "Boites à livres"),
    ("Wim Ryckewaert", "wim Ryckewaert"),  # and writes capitals as it sees them
])
def test_a_value_the_other_reading_only_spells_otherwise_stays_tesseracts(first: str, second: str) -> None:
    assert both("address", first, second) == first


@pytest.mark.parametrize(("name", "first", "second", "expected"), [
    ("phone", "+33329351720", "+33328351720", "+33328351720"),  # as many digits: the second engine's
    ("requested_amount", "8100.00", "8200.00", "8200.00"),
    ("requested_amount", "6500.00", "500.00", "6500.00"),  # a handwritten first digit lost
    ("total_budget", "500.00", "6500.00", "6500.00"),  # in either reading
    ("requested_amount", "3500.00", "10000.00", "3500.00"),  # other digits and more of them: tesseract's
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
    chosen = kept(first, second, default_call(), known)
    assert (chosen["postcode"].value, chosen["municipality"].value, chosen["country"].value) == \
        ("59114", "Steenvoorde", "FR")
    # a label read as the answer ("Commune") is no place: tesseract's stands
    second = {"postcode": value("postcode", "59470"), "municipality": value("municipality", "Commune")}
    first = {"postcode": value("postcode", "59470"), "municipality": value("municipality", "Wormhout")}
    assert kept(first, second, default_call(), known)["municipality"].value == "Wormhout"


def test_a_value_the_readings_disagree_on_keeps_the_lower_confidence() -> None:
    chosen = kept({"phone": value("phone", "+33329351720", 0.9)}, {"phone": value("phone", "+33328351720", 0.6)},
                  default_call(), known)
    assert (chosen["phone"].value, chosen["phone"].confidence) == ("+33328351720", 0.6)
    agreed = kept({"phone": value("phone", "+33328351720", 0.9)}, {"phone": value("phone", "+33328351720", 0.6)},
                  default_call(), known)
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
