"""Slips OCR makes inside a value (``parsers.ocr_slips``): mended only where the value's kind leaves one reading."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

import pytest

from parsers import second_opinion
from parsers.model import LABEL, FieldValue
from parsers.ocr_slips import mended

WORDS = {"conservatoire", "noël", "école", "envol"}


def _known(words: Iterable[str]) -> set[str]:
    return {word for word in words if word in WORDS}


def _mended(known: Callable[[Iterable[str]], set[str]] = _known, **values: str) -> dict[str, object]:
    fields = {name: FieldValue(name, value, LABEL, 0.68) for name, value in values.items()}
    return {name: value.value for name, value in mended(fields, known).items()}


@pytest.mark.parametrize(("read", "meant"), [
    ("Le s Jardins partagés du Houtland", "Les Jardins partagés du Houtland"),
    ("Aire de jeux pour le s petits", "Aire de jeux pour les petits"),
    # "de s" may be Dutch, or a letter named: left as read
    ("Verkeersveiligheid in de s bocht", "Verkeersveiligheid in de s bocht"),
    ("En forme de s autour de la mare", "En forme de s autour de la mare"),
    ("De s Gravenhove", "De s Gravenhove"),
    ("Le salon de Marie", "Le salon de Marie"),  # a word after the article, not a cut "s"
    ("Plan B s'il le faut", "Plan B s'il le faut"),
])
def test_an_article_cut_from_its_s_is_joined(read: str, meant: str) -> None:
    assert _mended(project_title=read)["project_title"] == meant
    assert _mended(organisation=read)["organisation"] == meant


@pytest.mark.parametrize(("read", "meant"), [
    ("I Grand'Place", "1 Grand'Place"),
    ("l, rue de Bergues", "1, rue de Bergues"),
    ("Kerkstraat I", "Kerkstraat 1"),
    ("Kerkstraat l bus 2", "Kerkstraat 1 bus 2"),
    ("Ieperstraat 1 5 bus 3", "Ieperstraat 15 bus 3"),
    # a zero or a one inside or after the digits, read as O or l (a scanner app's recognition, ours)
    ("SINT-JANSSTRAAT 1O9A", "SINT-JANSSTRAAT 109A"),
    ("Kerkstraat 2l4 bus 3", "Kerkstraat 214 bus 3"),
    ("1O, rue des Écoles", "10, rue des Écoles"),
    ("Zeedijk 12 Olympia", "Zeedijk 12 Olympia"),
    ("Kerkstraat 4b", "Kerkstraat 4b"),
    # a king's or a building's numeral, a box, a half number, a range: left as read
    ("Koning Albert I", "Koning Albert I"),
    ("12 rue Albert I", "12 rue Albert I"),
    ("Kerkstraat 12, Residentie I", "Kerkstraat 12, Residentie I"),
    ("Residentie Ter Linde I bus 3", "Residentie Ter Linde I bus 3"),
    ("Zeedijk 12 app I", "Zeedijk 12 app I"),
    ("Koning Albert I-laan 5", "Koning Albert I-laan 5"),
    ("Kerkstraat 5 1/2", "Kerkstraat 5 1/2"),
    ("Kerkstraat 5 2", "Kerkstraat 5 2"),
    ("1 3 rue des Prés", "1 3 rue des Prés"),
    ("Zeedijk 12, Residentie Zeepark I", "Zeedijk 12, Residentie Zeepark I"),
    ("L Place Vauban", "L Place Vauban"),
    # no slip: left as read
    ("Ieperstraat 15 bus 3", "Ieperstraat 15 bus 3"),
    ("Île de la Cité 4", "Île de la Cité 4"),
    ("Iepenlaan 12", "Iepenlaan 12"),
    ("12 rue du Lac", "12 rue du Lac"),
    ("Residentie I, Kerkstraat 5", "Residentie I, Kerkstraat 5"),
])
def test_a_house_number_read_as_a_letter_or_in_two_pieces(read: str, meant: str) -> None:
    assert _mended(address=read)["address"] == meant


def test_a_diaeresis_no_word_has_there_is_dropped() -> None:
    assert _mended(project_title="Verger conservatoïre communal")["project_title"] == "Verger conservatoire communal"
    # a name's own diaeresis stays: the lists vouch for neither spelling, or for it
    assert _mended(organisation="Comité de Rexpoëde")["organisation"] == "Comité de Rexpoëde"
    assert _mended(project_title="Marché de Noël")["project_title"] == "Marché de Noël"
    assert _mended(project_title="Jumelage avec Hanoï")["project_title"] == "Jumelage avec Hanoï"
    assert _mended(organisation="Amis d'Eloïse")["organisation"] == "Amis d'Eloïse"
    # another letter's: words of its own ("contigüe", 1990 spelling)
    assert _mended(project_title="Parcelle contigüe")["project_title"] == "Parcelle contigüe"


@pytest.mark.parametrize(("read", "meant"), [
    ("APE de L'école publique de Vlamertinge", "APE de l'école publique de Vlamertinge"),  # an l read as L
    ("Jardin partagé Les Pieds dans L'Houtland", "Jardin partagé Les Pieds dans L'Houtland"),  # a name
    ("Vrienden van D'haene", "Vrienden van D'haene"),  # a West Flemish surname
    ("Amis de la rue L'hoest", "Amis de la rue L'hoest"),  # a word the lists do not hold
    ("L'école buissonnière", "L'école buissonnière"),  # the name's first word
    ("asbl L'envol", "asbl L'envol"),  # after the legal form: the group's own article
    ("Jardin derrière L'école", "Jardin derrière l'école"),
])
def test_an_elided_article_read_with_a_capital(read: str, meant: str) -> None:
    assert _mended(organisation=read)["organisation"] == meant


def test_the_word_lists_are_asked_only_for_a_word_that_may_need_them() -> None:
    def never(words: Iterable[str]) -> set[str]:
        pytest.fail(f"asked for {list(words)}")

    assert _mended(never, project_title="Verger communal")["project_title"] == "Verger communal"


@pytest.mark.skipif(not all(os.path.exists(path) for path in second_opinion.WORD_LISTS)
                    and os.environ.get("CI") != "true", reason="Debian's wdutch and wfrench are not installed")
def test_debians_word_lists_vouch_for_the_plain_word() -> None:
    fields = {"project_title": FieldValue("project_title", "Verger conservatoïre à Boeschepe", LABEL, 0.68)}
    assert mended(fields, second_opinion.known_words)["project_title"].value == "Verger conservatoire à Boeschepe"


@pytest.mark.parametrize(("name", "read", "meant"), [
    ("address", "Sint-Jansstraaat 19", "Sint-Jansstraat 19"),
    ("organisation", "Buurtcomité De Mooolen", "Buurtcomité De Moolen"),
    ("contact_name", "Annneleen Deceuninck", "Annneleen Deceuninck"),  # a consonant three times: left as read
    ("address", "Baden Powelllaan 3", "Baden Powelllaan 3"),
    ("project_title", "Businessschool voor buurtbewoners", "Businessschool voor buurtbewoners"),
    ("address", "Leopold III-laan 7", "Leopold III-laan 7"),  # capitals: a roman numeral
    # an e three times is "eeë" without its diaeresis ("ideeën", "creëer"): left as read
    ("project_title", "Ideeenbus voor de buurt", "Ideeenbus voor de buurt"),
    ("project_title", "Creeer je eigen speelplein", "Creeer je eigen speelplein"),
])
def test_a_vowel_read_three_times_is_read_twice(name: str, read: str, meant: str) -> None:
    # no Dutch or French word has a vowel three times in a row (Debian's word lists hold none)
    assert _mended(**{name: read})[name] == meant


@pytest.mark.parametrize(("read", "meant"), [
    ("49 rup d'Ypres", "49 rue d'Ypres"),
    ("4 plate de la Mairie", "4 place de la Mairie"),
    ("64 bis rve du Bourg", "64 bis rue du Bourg"),
    ("12 Rup du Moulin", "12 Rue du Moulin"),
    ("14 chenin vert", "14 chemin vert"),
    # a kind as written, typed without its accent, or abbreviated ("rte" is route, not rue)
    ("3 cour des Moines", "3 cour des Moines"),
    ("2 allee des Tilleuls", "2 allee des Tilleuls"),
    ("7 rte de Bergues", "7 rte de Bergues"),
    # a letter added or left out, or a word a letter from a kind: left as read
    ("3 roue du Moulin", "3 roue du Moulin"),
    ("6 routes nationales", "6 routes nationales"),
    ("12 Hameaux de la Lys", "12 Hameaux de la Lys"),
    ("3 ruée vers l'Or", "3 ruée vers l'Or"),
    ("5 côte de la Bergerie", "5 côte de la Bergerie"),
    ("3 tour de la Mairie", "3 tour de la Mairie"),
    ("2 site du Moulin", "2 site du Moulin"),
    ("12 plage des Dunes", "12 plage des Dunes"),
    ("5 tours de Flandre", "5 tours de Flandre"),
    # a Dutch address, a square's name
    ("Kerkstraat 5", "Kerkstraat 5"),
    ("10 Grand Place", "10 Grand Place"),
])
def test_the_kind_of_street_read_a_letter_off_after_the_number(read: str, meant: str) -> None:
    assert _mended(address=read)["address"] == meant


@pytest.mark.parametrize(("read", "meant"), [
    ("Parents d'élèves de l'école Saint - Joseph", "Parents d'élèves de l'école Saint-Joseph"),
    ("Oudercomité VBS Sint -Jozef", "Oudercomité VBS Sint-Jozef"),
    ("vZw Dorpshuis Zarren", "vzw Dorpshuis Zarren"),
    ("Dranouter Leeft v3w", "Dranouter Leeft vzw"),  # its z read as a digit
    # as people write them: left
    ("Buurtcomité V3", "Buurtcomité V3"),
    ("VZW De Kouter", "VZW De Kouter"),
    ("Vzw De Kouter", "Vzw De Kouter"),
    ("Saint-Omer en fête", "Saint-Omer en fête"),
])
def test_a_saints_hyphen_read_apart_and_a_legal_form_in_mixed_case(read: str, meant: str) -> None:
    assert _mended(organisation=read)["organisation"] == meant
