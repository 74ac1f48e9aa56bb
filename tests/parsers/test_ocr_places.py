"""A place OCR read one letter or digit off is put back only when its name and postcode agree."""

from __future__ import annotations

import pytest

from parsers.documents import default_call
from parsers.model import LABEL, FieldValue
from parsers.ocr_places import comb_postcodes_joined, mended_places, places_rejoined
from tests.parsers.page_reading import fields_of_page

CALL = default_call()


def _fields(**values: str) -> dict[str, FieldValue]:
    return {name: FieldValue(name, value, LABEL, 0.68) for name, value in values.items()}


def _values(**values: str) -> dict[str, object]:
    return {name: value.value for name, value in mended_places(_fields(**values), default_call()).items()}


def test_a_long_place_name_with_a_letter_left_out_is_that_place() -> None:
    # its doubled letter read once: no other place of the call is alike
    assert _values(municipality="ostduinkerke")["municipality"] == "Koksijde"
    assert _values(municipality="Poperinghe")["municipality"] == "Poperinghe"  # a letter added is not left out
    assert _values(municipality="Steenvorde")["municipality"] == "Steenvoorde"
    assert _values(municipality="Bergue")["municipality"] == "Bergue"  # a shorter name: too alike by chance


def test_a_real_place_outside_the_call_a_letter_shorter_than_one_of_its_places_is_left_as_read() -> None:
    # Herzele (East Flanders) is a letter shorter than Herzeele (Nord): with no postcode, nothing tells them apart
    assert _values(municipality="Herzele")["municipality"] == "Herzele"
    assert _values(postcode="9550", municipality="Herzele")["municipality"] == "Herzele"
    # beside Herzeele's own postcode, it is Herzeele with its doubled letter read once
    assert _values(postcode="59470", municipality="Herzele")["municipality"] == "Herzeele"


def test_a_village_one_letter_off_is_the_village_of_its_postcode() -> None:
    assert _values(postcode="8906", municipality="Flverdinge")["municipality"] == "Ieper"
    assert _values(postcode="59270", municipality="Mailleul", organisation="Foyer rural de Mailleul") == {
        "postcode": "59270", "municipality": "Bailleul", "organisation": "Foyer rural de Bailleul"}


def test_a_name_one_letter_off_under_another_places_postcode_is_left_as_read() -> None:
    # 8600 is Diksmuide's: "Flverdinge" there is no slip the postcode confirms
    assert _values(postcode="8600", municipality="Flverdinge")["municipality"] == "Flverdinge"
    # a letter left out, under another place's postcode: nothing agrees with the guess
    assert _values(postcode="8600", municipality="Elverdnge")["municipality"] == "Elverdnge"


def test_a_name_garbled_past_one_slip_is_the_place_of_its_postcode_when_it_resembles_it() -> None:
    # a letter left out, under that very village's postcode: the two agree (Elverdinge is Ieper's)
    assert _values(postcode="8906", municipality="Elverdnge")["municipality"] == "Ieper"
    # handwriting read past one slip, beside a postcode read right
    assert _values(postcode="8670", municipality="Ostaduinkeke")["municipality"] == "Koksijde"  # Oostduinkerke
    assert _values(postcode="59122", municipality="il leu")["municipality"] == "Killem"
    # 59122 is four villages': a name as like Killem (0.67) as Rexpoëde (0.59) is left as read
    assert _values(postcode="59122", municipality="Rexpillem")["municipality"] == "Rexpillem"
    # a name that hardly resembles any place of its postcode
    assert _values(postcode="59122", municipality="Hemreu")["municipality"] == "Hemreu"
    # a short village's name resembles too much by chance ("Meseu" and Diksmuide's "Esen")
    assert _values(postcode="8600", municipality="Meseu")["municipality"] == "Meseu"


def test_a_postcode_one_digit_off_its_places_own_is_mended() -> None:
    # one digit off each of Poperinge's three postcodes: which one, only the coordinator can tell
    assert _values(postcode="8971", municipality="Poperinge")["postcode"] == "8971"
    mended = _values(postcode="59271", municipality="Bailleul")
    assert mended["postcode"] == "59270"
    # two digits off is another postcode, perhaps the writer's own mistake: kept for the coordinator
    assert _values(postcode="59180", municipality="Bailleul")["postcode"] == "59180"


def test_a_french_postcodes_department_one_digit_off_is_the_places_department() -> None:
    # "59114" written beside Godewaersvelde (59270): another office's code, kept; its "59" read "51" is mended
    assert _values(postcode="51114", municipality="Godewaersvelde")["postcode"] == "59114"
    assert _values(postcode="59114", municipality="Godewaersvelde")["postcode"] == "59114"
    # two digits off the department, or a Belgian place's four digits: left as read
    assert _values(postcode="62114", municipality="Godewaersvelde")["postcode"] == "62114"
    assert _values(postcode="8971", municipality="Poperinge")["postcode"] == "8971"


def test_other_words_one_letter_off_the_place_are_left() -> None:
    mended = _values(postcode="59270", municipality="Bailleul", address="12 rue du bailler",
                     project_title="Un jardin à Bailleul")
    assert mended["address"] == "12 rue du bailler" and mended["project_title"] == "Un jardin à Bailleul"


def test_the_place_in_small_letters_in_the_other_fields_gets_its_capital() -> None:
    mended = _values(postcode="59122", municipality="Killem", organisation="Union sportive de killem",
                     address="12 rue de killem", project_title="Un verger à Killem")
    assert mended["organisation"] == "Union sportive de Killem" and mended["address"] == "12 rue de Killem"
    # another place's name, or a word, stays as read
    assert _values(municipality="Killem", organisation="Amis de bailleul")["organisation"] == "Amis de bailleul"


@pytest.mark.parametrize(("place", "read", "group"), [
    ("Heuvelland", "GE M EEN N TE WIJT: Si CHA 7 E", "GEMEENTE WIJTSCHATE"),  # a village of Heuvelland
    ("Ieper", "Stad leper", "Stad Ieper"),
    ("Bailleul", "Mairie de Bailleu1", "Mairie de Bailleul"),
    ("Esquelbecq", "Mairie dEsquelbecq", "Mairie d'Esquelbecq"),
    # as read: another body, another group, the place's own spelling, or two villages alike
    ("Heuvelland", "Gemeentebestuur Heuvelland", "Gemeentebestuur Heuvelland"),
    ("Heuvelland", "Gemeentelijke basisschool Kemmel", "Gemeentelijke basisschool Kemmel"),
    ("Mesen", "Jeugdraad Mesen", "Jeugdraad Mesen"),
    ("Hondschoote", "Mairie de Hondschoote", "Mairie de Hondschoote"),
    ("Houthulst", "Dorpsraad Merken", "Dorpsraad Merken"),  # Merkem or Klerken
    ("Poperinge", "Dorpsraad Proven vzw", "Dorpsraad Proven vzw"),  # the body whole, and its legal form
    # a group known by its place is no body: its real name may be a qualifier or a neighbour away
    ("Bailleul", "Foyet rural de Bailleul", "Foyet rural de Bailleul"),
    ("Ieper", "Buurtcomité Vlamertingseweg", "Buurtcomité Vlamertingseweg"),
    ("Poperinge", "KLJ Reninge", "KLJ Reninge"),
    # a service of the body, a French body, a neighbour's town hall: as read
    ("Ieper", "Stad Ieper - dienst jeugd", "Stad Ieper - dienst jeugd"),
    ("Hazebrouck", "CCAS d'Hazebrouck", "CCAS d'Hazebrouck"),
    ("Herzeele", "Mairie de Winnezeele", "Mairie de Winnezeele"),
    ("Herzeele", "Mairie de Winnezeel", "Mairie de Winnezeel"),
    ("Rexpoëde", "Mairie de Rexpoede", "Mairie de Rexpoëde"),  # its accent, as the call spells it
])
def test_a_garbled_council_or_town_hall_of_the_applicants_place(place: str, read: str, group: str) -> None:
    assert _values(municipality=place, organisation=read)["organisation"] == group


def test_a_capital_i_read_as_a_small_l_in_a_place_name_is_mended() -> None:
    mended = _values(postcode="8690", municipality="Hoogstade", address="leperstraat 107",
                     organisation="Vrienden van leper", project_title="lets voor de buurt")
    assert mended["address"] == "Ieperstraat 107" and mended["organisation"] == "Vrienden van Ieper"
    assert mended["project_title"] == "lets voor de buurt"  # "Iets" is no place: left as read


def test_the_underscores_a_dotted_line_left_at_an_answers_ends_are_dropped() -> None:
    from parsers.documents import _without_specks

    fields = _without_specks(_fields(address="_Smidsestraat 65", project_title="_ Dorpsbib in de oude pastorij_",
                                     organisation="Les Amis | du Moulin"))
    assert fields["address"].value == "Smidsestraat 65"
    assert fields["project_title"].value == "Dorpsbib in de oude pastorij"
    assert fields["organisation"].value == "Les Amis | du Moulin"  # only at the ends
    assert _without_specks(_fields(contact_name="Mieke Lobelle À"))["contact_name"].value == "Mieke Lobelle"
    assert _without_specks(_fields(contact_name="Lobelle É."))["contact_name"].value == "Lobelle É."  # an initial


def test_a_short_name_is_mended_only_under_its_own_postcode() -> None:
    assert _values(postcode="8957", municipality="Meseu")["municipality"] == "Mesen"
    assert _values(postcode="8978", municipality="Walou")["municipality"] == "Poperinge"  # Watou's
    assert _values(municipality="Meseu")["municipality"] == "Meseu"  # no postcode to agree
    assert _values(postcode="8600", municipality="Meseu")["municipality"] == "Meseu"  # another place's
    assert _values(postcode="8647", municipality="La")["municipality"] == "La"  # "Lo": far too short


def test_letters_a_hand_joins_read_as_one_are_a_slip() -> None:
    # "ni" read as "m": Nieuwkerke's village, under its postcode
    assert _values(postcode="8950", municipality="Meuwkerke")["municipality"] == "Heuvelland"


def test_a_place_the_call_does_not_list_takes_the_spelling_the_page_gives_it() -> None:
    # (Nieppe, this test's first place, is one of the call's since the call lists all the partners' communes)
    text = "3 rue Haute\n59400 Mergnies\nNiergnies, le 11 juin 2019\nles habitants de Niergnies autour"
    mended = mended_places(_fields(postcode="59400", municipality="Mergnies"), default_call(), text)
    assert mended["municipality"].value == "Niergnies"
    # written once only, the page's spelling is no surer than the one read
    once = mended_places(_fields(postcode="59400", municipality="Mergnies"), default_call(), "Niergnies, le 11 juin")
    assert once["municipality"].value == "Mergnies"


@pytest.mark.parametrize(("read", "mended"), [
    ("Postcode en gemeente\t£153 WIJT SCHATE", "Postcode en gemeente\t8953 WIJTSCHATE"),  # split, garbled code
    ("Postcode en gemeente\t3900 DIKKEB US", "Postcode en gemeente\t3900 DIKKEBUS"),  # digits: mended later
    ("8630 Gode waersvelde", "8630 Godewaersvelde"),
    ("parents d'élèves de Gode waersveld", "parents d'élèves de Godewaersvelde"),  # and a letter left out
    ("Gode waersvelda", "Godewaersvelde"),  # and a letter misread
    ("Gode waersvel", "Gode waersvel"),  # two letters: no one slip
    ("Kerk strat", "Kerk strat"),
    # two words of the language: no place cut in two, however near one ("Voormezele", "Nieuwpoort")
    ("Ik doe dit niet voor mezelf", "Ik doe dit niet voor mezelf"),
    ("Een nieuw soort speelplein", "Een nieuw soort speelplein"),
    ("Nieuw soort speelplein", "Nieuw soort speelplein"),
    ("Samen werk en welzijn in de buurt", "Samen werk en welzijn in de buurt"),
    ("Werk en Vrije Tijd vzw", "Werk en Vrije Tijd vzw"),
    ("8950 HEUVEL LAND", "8950 HEUVELLAND"),  # in capitals, after a postcode: the place
    ("8950 Heuvel land", "8950 Heuvelland"),
    ("GEMEENTE HEUVEL LAND", "GEMEENTE HEUVELLAND"),
    ("Kerk straat 5, 8970 Poperinge", "Kerk straat 5, 8970 Poperinge"),  # no place of the list joined
    ("We hebben er 2019 Ieper over gezegd", "We hebben er 2019 Ieper over gezegd"),  # digits only: left
    ("B8l5O Ieper", "B8l5O Ieper"),  # a token too far from any of Ieper's postcodes
    ("5970 Wormhout", "59470 Wormhout"),  # a digit of a French postcode not read: the place's own, in full
    ("5920 Wormhout", "5920 Wormhout"),  # four digits that are no postcode of the place's with one left out
    ("le 5 juin 2019 Wormhout", "le 5 juin 2019 Wormhout"),
    # a handwritten capital read apart from the rest of the place's name
    ("Code postal et commune: 59190 H azebrouck", "Code postal et commune: 59190 Hazebrouck"),
    ("H ondschoote", "Hondschoote"),
    ("A Bailleul", "A Bailleul"),  # a word alone before a place is no part of it
    ("H AZEBROUCK", "H AZEBROUCK"),  # capitals: the rest must be small letters
])
def test_a_place_split_in_two_and_a_garbled_postcode_before_it(read: str, mended: str) -> None:
    assert places_rejoined(read, CALL) == mended


def test_a_split_place_and_its_postcode_read_on_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = fields_of_page(monkeypatch, "Contactpersoon\tPIETER RYCKEWAERT\nPostcode en gemeente\t£153 WIJT SCHATE\n")
    assert (fields["postcode"].value, fields["municipality"].value) == ("8953", "Heuvelland")


@pytest.mark.parametrize(("page", "postcode"), [
    ("Code postal\t5 1207\nCommune\tCassel\n", "59670"),  # Cassel has one postcode: a guess to check
    ("Postcode\t89 O\nGemeente\tIeper\n", None),  # Ieper has five: which, only the page says
    ("Code postal\t59670\nCommune\tCassel\n", "59670"),  # read: as read, not a guess
])
def test_a_postcode_ocr_could_not_read_is_the_place_s_own_when_it_has_one(
        monkeypatch: pytest.MonkeyPatch, page: str, postcode: str | None) -> None:
    import parsers.documents as documents

    fields = fields_of_page(monkeypatch, page)
    assert (fields["postcode"].value if "postcode" in fields else None) == postcode
    if postcode is not None and "5 1207" in page:
        assert fields["postcode"].confidence == documents.PLACES_POSTCODE and fields["postcode"].source == "guessed"


@pytest.mark.parametrize(("read", "joined"), [
    ("8|9|8\t0 |\tPassendale", "8980\tPassendale"),  # a comb box's sides read as bars
    ("Code postal\t5 9 1 2 2 Hondschoote", "Code postal\t59122 Hondschoote"),  # as spaces
    ("8 6|9 1 Stavele", "8691 Stavele"),
    ("5|9|1|2|2|\tKillem", "59122\tKillem"),  # the last square's side too
    # no place of that postcode after it: another place, the next label, an amount's unit
    ("8 9 8 0 Poperinge", "8 9 8 0 Poperinge"),
    ("Code postal\t5 9 4 7 0\tCommune\tWormhout", "Code postal\t5 9 4 7 0\tCommune\tWormhout"),
    ("Montant demandé\t8 6 4 0 Euros", "Montant demandé\t8 6 4 0 Euros"),
    # more digits around: a phone, a house number, an amount spaced out
    ("in 2 3 4 5 Dorpen", "in 2 3 4 5 Dorpen"),
    ("Tel. 0 4 7 6 1 2 3 4 5 6", "Tel. 0 4 7 6 1 2 3 4 5 6"),
    ("Kerkstraat 1 8 9 8 0 Passendale", "Kerkstraat 1 8 9 8 0 Passendale"),
    ("8 9 8 0 euro", "8 9 8 0 euro"),
])
def test_a_postcode_read_square_by_square_is_one(read: str, joined: str) -> None:
    assert comb_postcodes_joined(read, CALL) == joined
