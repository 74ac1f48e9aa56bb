"""Words of an OCR'd value no word list holds, respelled to the one word they are a slip of
(``parsers.ocr_spelling``), against Debian's own Dutch and French word lists."""

from __future__ import annotations

import os
from collections.abc import Iterable

import pytest

from parsers import second_opinion
from parsers.documents import default_call
from parsers.model import LABEL, FieldValue
from parsers.ocr_places import spellings
from parsers.ocr_spelling import accented, confused, mended, respelled
from tests.parsers.page_reading import fields_of_page

needs_word_lists = pytest.mark.skipif(
    not all(os.path.exists(path) for path in second_opinion.WORD_LISTS) and os.environ.get("CI") != "true",
    reason="Debian's wdutch and wfrench are not installed")

PLACES = [spelling for spelling, _ in spellings(default_call())]


def _known(words: Iterable[str]) -> set[str]:
    return second_opinion.known_words(words, PLACES)


def _words(words: Iterable[str]) -> set[str]:
    return second_opinion.known_words(words, any_case=False)


@needs_word_lists
@pytest.mark.parametrize(("read", "meant"), [
    # an accent lost or added
    ("Comite de quartier", "Comité de quartier"),
    ("Repair cafe Het Hoekje", "Repair café Het Hoekje"),
    ("Parents de l'écolé Saint-Joseph", "Parents de l'école Saint-Joseph"),
    # an elided article read into its word
    ("Potager pédagogique de lécole", "Potager pédagogique de l'école"),
    ("Association des parents délèves", "Association des parents d'élèves"),
    # a letter a hand's strokes make OCR read as another
    ("Potagen pédagogique", "Potager pédagogique"),
    ("Fête des voisins et enqnête", "Fête des voisins et enquête"),
    # the first vowel of a word after an elided article not read
    ("APE de l'cole du Moulin", "APE de l'école du Moulin"),
    ("Parvis de l'glise", "Parvis de l'église"),
    # a word cut in two
    ("Comité de quartier du Mo ulin", "Comité de quartier du Moulin"),
    ("Comité du Mo ulin, Bailleul", "Comité du Moulin, Bailleul"),
    ("Comite des fêtes (Mo ulin)", "Comité des fêtes (Moulin)"),
    # in decomposed letters, as some mail clients send them: one accent, not two
    ("Comite\u0301 de quartier", "Comité de quartier"),
    # a handwritten capital J read as f or I, IJ as N
    ("Les fardins partagés", "Les Jardins partagés"),
    ("Les Iardins partagés", "Les Jardins partagés"),
    ("Picknickplek aan de Nzer", "Picknickplek aan de IJzer"),
])
def test_a_slip_of_one_kind_is_respelled(read: str, meant: str) -> None:
    assert respelled(read, _known, _words) == meant


@needs_word_lists
@pytest.mark.parametrize("right", [
    # Dutch compounds the lists lack, one letter from a word they hold ("gezinsband", "deurnestraat")
    "Gezinsbond afdeling Merkem",
    "Buurtmeesters voor Nieuwkerke",
    "vzw Buurtwerking Veurnestraat",
    "Samen tuinieren in de pastorijtuin",
    # places and names, with or without their accents
    "Comité des fêtes de Méteren",
    "Foyer rural de Caestre",
    "La Gazette de Les Moëres",
    "Union sportive de Wormhout",
    "Fête chez Hennebelle",
    # a name the lists hold as a name, joined or respelled ("Dewaele", "Theo", "Janson", "Jacquet")
    "Kinépraktijk De Waele",
    "Brouwerij Van Houtte",
    "Théo et les géants",
    "Familie Tanson",
    "Familie Tacquet",
    "Speeltuin voor Iolanda",
    "Yzerfront vzw",
    # an elided article at the start: a place and a surname
    "Locre Loisirs",
    "Loiseau et fils",
    # after an article, a word that starts as French words do
    "Amis de l'Yser",
    "D'hondt Tuinen",
    "Comité d'Uxem",
    # an e-mail address, and two pieces that are words ("de lete" is no "delete")
    "Buurtcomité de Linde (buurtcomite.delinde@example.org)",
    "Fête de lete",
    # English: "residents" is no slip of "résidents"
    "Elverdinge Residents' Association",
    "Village drop-in cafe for newcomers and residents",
    # a word the lists hold stays, however likely another ("feux" for jeux)
    "Aire de feux pour les petits",
    # a slip of no kind here ("jerx": jeux, jerk, merx), a surname a letter from a word ("Tahon": talion)
    "Aire de jerx nature",
    "Tahon Bouw",
    "Lorme Paysagiste",
    "Ravet Frères",
    "Hecquet menuiserie",
    "Gautier paysages",
    "Vermander schrijnwerkerij",
    # two words that are words, and two pieces that make none
    "Speelplein De Ravotte",
    "Zomerbar bij de kerk",
    "Amis du Mont Noir",
    "Tuin van Tante Nel",
])
def test_what_is_no_slip_of_these_kinds_is_left_as_read(right: str) -> None:
    assert respelled(right, _known, _words) == right


def test_only_a_group_and_a_title_are_respelled() -> None:
    def known(words: Iterable[str]) -> set[str]:
        return {word for word in words if word in {"comité", "café"}}

    fields = {name: FieldValue(name, value, LABEL, 0.68) for name, value in
              (("organisation", "Comite Zuid"), ("project_title", "Buurt cafe"), ("contact_name", "Rene Comite"),
               ("address", "Rue du Comite 5"))}
    values = {name: value.value for name, value in mended(fields, known, known).items()}
    assert values == {"organisation": "Comité Zuid", "project_title": "Buurt café", "contact_name": "Rene Comite",
                      "address": "Rue du Comite 5"}


def test_two_words_a_slip_may_be_of_leave_it_as_read() -> None:
    def known(words: Iterable[str]) -> set[str]:
        return {word for word in words if word in {"passé", "passe", "pâssé", "pâsse"}}

    assert respelled("Le passe du village", known, known) == "Le passe du village"  # a word itself
    assert respelled("Le pàsse du village", known, known) == "Le pàsse du village"  # passé or passe or ...


def test_letters_read_as_others_are_put_back_one_way() -> None:
    assert "potager" in confused("potagen")  # an n read for an r
    assert "modem" in confused("modern")  # an m read as "rn"
    assert "navet" not in confused("ravet")  # an r is not read for an n: "Ravet" is a surname
    assert "becquet" not in confused("hecquet")
    assert "potogen" not in confused("potagen")  # an a for an o: "Gezinsbond" is no "gezinsband"
    assert "potagen" not in confused("potagen")


def test_accents_are_put_on_changed_and_taken_off_two_at_most() -> None:
    assert {"école", "ecole", "écolé", "ècole"} <= accented("ecolé")
    assert "ecolé" not in accented("ecolé")
    assert "éçôle" not in accented("ecole")  # three


@needs_word_lists
def test_a_page_s_group_and_title_come_respelled(monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("Nom de l'association\tComite de quartier du Mo ulin\n"
            "Titre du projet\tPotager pédagogique de lécole\n"
            "Personne de contact\tRene Dupont\n")
    fields = fields_of_page(monkeypatch, page)
    assert fields["organisation"].value == "Comité de quartier du Moulin"
    assert fields["project_title"].value == "Potager pédagogique de l'école"
    assert fields["contact_name"].value == "Rene Dupont"  # a name is as read, not "René"
    assert fields["project_title"].confidence < 0.8  # still to check


@needs_word_lists
@pytest.mark.parametrize(("read", "written"), [
    ("VERGER COMMUNAL", "Verger communal"),
    ("ZITBANKEN LANGS DE WANDELROUTE", "Zitbanken langs de wandelroute"),
    ("FETE DES VOISINS", "Fête des voisins"),  # the fewest accents that make it a word: not "fêté"
    ("CAFE ASSOCIATIF AU VILLAGE", "Café associatif au village"),
    ("PIQUE-NIQUE À SAINT-JANS-CAPPEL", "Pique-nique à Saint-Jans-Cappel"),  # a place as it is spelled
    ("FÊTE DE LA SAINT-JEAN", "Fête de la Saint-Jean"),
    ("BUURTHUIS 'T HOEKSKE", "Buurthuis 't Hoekske"),  # a name the lists know only with its capital
    ("« BOÎTES À LIVRES »", "« Boîtes à livres »"),
    ("KWB BUURTFEEST 2019", "KWB buurtfeest 2019"),  # a group known by its letters; a year
    ("KERKWEGELS OPNIEUW OPEN", "Kerkwegels opnieuw open"),  # a plural no list holds: written small
    # a title in any other case is left as read; a word in capitals within it too
    ("Verger communal", "Verger communal"),
    ("Speelplein aan het OCMW", "Speelplein aan het OCMW"),
    ("KWB", "KWB"),
])
def test_a_title_in_block_capitals_is_written_as_a_title(read: str, written: str) -> None:
    fields = mended({"project_title": FieldValue("project_title", read, LABEL, 0.6)}, _known, _words)
    assert fields["project_title"].value == written


@needs_word_lists
def test_a_group_in_block_capitals_is_left_to_its_own_rule() -> None:
    # an organisation's capitals are its name's (parsers.ocr_capitals.group_as_written), not a title's
    fields = mended({"organisation": FieldValue("organisation", "FEMMA LANGEMARK", LABEL, 0.6)}, _known, _words)
    assert fields["organisation"].value == "FEMMA LANGEMARK"


@needs_word_lists
@pytest.mark.parametrize(("read", "written"), [
    ("SPEELPLEIN DE KOUTER", "Speelplein De Kouter"),  # an article after a place's kind starts its name
    ("ZAAL HET ANKER OPKNAPPEN", "Zaal Het Anker opknappen"),
    ("MARCHÉ DE NOËL", "Marché de Noël"),  # a feast, which a list writes small ("un noël")
    ("JEUX DE PLEIN AIR", "Jeux de plein air"),  # after any other word an article is one
])
def test_a_title_in_block_capitals_keeps_its_names(read: str, written: str) -> None:
    fields = mended({"project_title": FieldValue("project_title", read, LABEL, 0.6)}, _known, _words)
    assert fields["project_title"].value == written


@needs_word_lists
@pytest.mark.parametrize(("read", "written"), [
    # a place of the call's as its list spells it, though its words are words too
    ("FEEST IN DE PANNE", "Feest in De Panne"),
    ("HEUVELLAND FIETST", "Heuvelland fietst"),
    ("BEVEREN-AAN-DEN-IJZER LEEFT", "Beveren-aan-den-IJzer leeft"),
    # "A" without its accent is à; a feast without its accents is still one
    ("SORTIE A LA MER", "Sortie à la mer"),
    ("MARCHE DE NOEL", "Marche de Noël"),
    # a short word in capitals no list holds, an abbreviation with its dots
    ("KFC WANDELDAG", "KFC wandeldag"),
    ("BBQ VOOR DE BUREN", "BBQ voor de buren"),
    ("O.L.V.-KAPEL HERSTELLEN", "O.L.V.-KAPEL herstellen"),
    ("ST-JAN FEEST", "St-Jan feest"),
    # numbers: an ordinal's letters small, no capital after a number that starts the title
    ("2DE BUURTFEEST", "2de buurtfeest"),
    ("100 JAAR FANFARE", "100 jaar fanfare"),
    ("IJSBAAN OP HET PLEIN", "IJsbaan op het plein"),
    # a street's name; an article after a place's kind before a word of when is an article
    ("FEEST IN DE IEPERSTRAAT", "Feest in de Ieperstraat"),
    ("SPEELPLEIN DE HELE ZOMER", "Speelplein de hele zomer"),
])
def test_a_title_in_block_capitals_keeps_places_letters_and_numbers(read: str, written: str) -> None:
    fields = mended({"project_title": FieldValue("project_title", read, LABEL, 0.6)}, _known, _words, PLACES)
    assert fields["project_title"].value == written
