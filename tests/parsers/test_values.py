"""Phones, places, labels and language: the small value parsers, with literal inputs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from config import load_call
from parsers import parse_document, places
from parsers.labels import match_label
from parsers.language import detect_language
from parsers.phone import find_phones, normalise_phone
from parsers.places import find_places, fold, match_municipality, resolve

CALL = load_call()


@pytest.mark.parametrize(("text", "expected"), [
    ("051 51 94 37", "+3251519437"),
    ("+32 489 309 839", "+32489309839"),
    ("0032 (0)51 51 94 37", "+3251519437"),
    ("0478/12.34.56", "+32478123456"),
    ("03 28 68 12 34", "+33328681234"),
    ("06 12 34 56 78", "+33612345678"),
    ("+33 3 28 62 00 11", "+33328620011"),
    ("12345", None),
    ("geen", None),
    # French mobiles in ranges newer than phonenumbers' data are still the numbers written
    ("06 39 35 62 35", "+33639356235"),
    ("+33 (0)6 39 35 62 35", "+33639356235"),
    ("0033 7 39 12 34 56", "+33739123456"),
    ("06 39 35 62", None),
    # written the French way, in a range the library does not know as allocated (07 11.., 06 94..)
    ("07.11.52.38.66", "+33711523866"),
    ("0721677544", "+33721677544"),
    ("06 94 03 29 04", "+33694032904"),
    # a Belgian mobile is never taken for French, and a stray ten-digit reference in another shape is no phone
    ("0479/29.98.73", "+32479299873"),
    ("07/115.238.66", None),
])
def test_phone(text: str, expected: str | None) -> None:
    assert normalise_phone(text) == expected


def test_phone_in_prose_prefers_belgium_for_a_belgian_mobile() -> None:
    assert find_phones("Bel me op 0478 12 34 56 of mail.") == [("+32478123456", 10)]


def test_two_signers_numbers_side_by_side_are_two_phones() -> None:
    assert find_phones("0474 22 33 41\t0477 90 80 70") == [("+32474223341", 0), ("+32477908070", 14)]
    assert find_phones("Tel.\t057 33 44 55") == [("+3257334455", 5)]


def test_two_signers_side_by_side_give_the_first_ones_number_to_check() -> None:
    from parsers import parse_document
    from parsers.confidence import REVIEW_THRESHOLD

    text = ("Geachte,\n\nDe Dorpsraad vraagt steun.\n\nGevraagd bedrag: 5.400 euro\n\nMet vriendelijke groeten,\n\n"
            "Marc Dewulf\tAnnick Lemahieu\nvoorzitter\tsecretaris\n0474 22 33 41\t0477 90 80 70\n")
    phone = parse_document(text.encode(), "mail.txt").fields["phone"]
    assert phone.value == "+32474223341" and phone.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("text", [
    "Datum\tHandtekening\n8106/2019",  # 8/06/2019 with its first slash read as a 1: Namur's 081 06 20 19
    "Datum 08106/2019",
    "le 0810 6/2019",
    "Datum\t8106/2019 5 paesebrakt",  # the signature's first stroke read after it
])
def test_a_date_whose_slash_ocr_read_as_a_one_is_no_phone(text: str) -> None:
    assert find_phones(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # written, or read, without the trunk 0 or the "+": still the applicant's number
    ("Tel. *32 477 12 34 56", "+32477123456"),
    ("GSM : (32) 477 12 34 56", "+32477123456"),
    ("GSM: 477123456", "+32477123456"),
    ("tel. 051/202012", "+3251202012"),
    ("tel 057/20 19 45", "+3257201945"),
])
def test_numbers_without_their_trunk_0_are_still_found_in_prose(text: str, expected: str) -> None:
    assert [phone for phone, _ in find_phones(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Pitgam, le 6 mai 2019\nObjet : candidature",
    "Keiem, 29 april 2019\nBetreft: projectoproep",
    "Totaal 2500\nEUR",
    "Date:\tle 4.mai 2019\t\tSignature:\tANN",  # a scanned form's date, a dot read for its space
])
def test_a_year_or_an_amount_at_a_lines_end_is_no_postcode_of_the_next_lines_word(text: str) -> None:
    # a postcode and its place are written on one line: "59284 Pitgam", never "2019" / "Objet"
    assert find_places(text, CALL) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Saint-Éloi", "saint eloi"), ("QUAËDYPRE", "quaedypre"), ("Lo-Reninge", "lo reninge"),
    ("’t  Kanon.", "t kanon"), ("İzenberge", "izenberge"), ("ﬁets", "fiets"), ("Œuvre ß ø", "œuvre ß ø"),
    ("Cafe\u0301", "cafe"), ("plain_ascii-name", "plain ascii name"), ("", ""),
])
def test_fold_drops_accents_and_case_and_joins_words(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_keeps_only_a_bounded_table_of_code_points_on_a_text_of_every_accent() -> None:
    hostile = "".join(f"a{chr(point)}" for point in range(0x0300, 0x0300 + 3 * places._KEEP_POINTS)
                      if not 0xD800 <= point <= 0xDFFF)
    fold(hostile)
    assert len(places._DROP_COMBINING) <= places._KEEP_POINTS
    assert fold("e\u0301" * 3) == "eee"  # still right once the table is full


@pytest.mark.parametrize(("name", "official"), [
    ("Lo-Reninge", "Lo-Reninge"), ("lo reninge", "Lo-Reninge"), ("Reninge", "Lo-Reninge"), ("Watou", "Poperinge"),
    ("Kemmel", "Heuvelland"), ("Ypres", "Ieper"), ("Rexpoede", "Rexpoëde"), ("QUAEDYPRE", "Quaëdypre"),
    ("Hondschoote (France)", "Hondschoote"), ("Brugge", None),
])
def test_municipality_and_aliases(name: str, official: str | None) -> None:
    found = match_municipality(name, CALL)
    assert (found.name if found else None) == official


def test_resolve_postcodes() -> None:
    assert resolve("8647", None, CALL).municipality == "Lo-Reninge"  # a Belgian postcode names one
    assert resolve("59122", None, CALL).municipality is None  # shared by four French communes
    assert resolve("59122", None, CALL).country == "FR"
    assert resolve("59122", "Killem", CALL).municipality == "Killem"
    assert resolve("8000", "Brugge", CALL).municipality == "Brugge"  # kept as written: outside the region


def test_find_places_in_prose() -> None:
    text = "Dorpstraat 12\n8647 Lo-Reninge\nTel 051"
    [mention] = find_places(text, CALL)
    assert (mention.place.postcode, mention.place.municipality, mention.in_region) == ("8647", "Lo-Reninge", True)


def test_a_known_place_under_another_postcode_of_its_country_is_still_the_writers_place() -> None:
    # mistyped, or a postcode the list lacks: the address is kept, as unsure as a place outside the list
    [mention] = find_places("12 rue de la Gare\n59999 Killem\n", CALL)
    assert (mention.place.postcode, mention.place.municipality, mention.in_region) == ("59999", "Killem", False)
    assert find_places("Kerkstraat 3\n59122 Vleteren\n", CALL) == []  # a French postcode for a Belgian place


@pytest.mark.parametrize(("text", "place"), [
    ("Mon adresse : 86 rue Haute, 59999 Les Marais. Vous pouvez me joindre", "Les Marais"),
    ("Kerkstraat 5, 9999 De Hoek", "De Hoek"),
    ("12 rue Haute\n59999 BLANCPRÉ", "Blancpré"),
])
def test_a_place_the_list_does_not_know_keeps_the_article_it_starts_with(text: str, place: str) -> None:
    [mention] = find_places(text, CALL)
    assert mention.place.municipality == place and not mention.in_region


@pytest.mark.parametrize(("label", "expected"), [
    ("Gevraagd bedrag (max. 10.000 euro) *", ("requested_amount", "nl")),
    ("Gevraagde steun", ("requested_amount", "nl")),
    ("Bedrag subsidie:", ("requested_amount", "nl")),
    ("Montant demandé", ("requested_amount", "fr")),
    ("Montant sollicité :", ("requested_amount", "fr")),
    ("Porteur de projet", ("organisation", "fr")),
    ("Naam vereniging", ("organisation", "nl")),
    ("Contactpersoon", ("contact_name", "nl")),
    ("Naam", ("contact_name", "nl")),
    ("Commune", ("municipality", "fr")),
    ("Gemeente", ("municipality", "nl")),
    ("Adresse e-mail", ("email", "fr")),
    ("E-mail", ("email", None)),  # both languages write it so: no vote
    ("Totaal", ("total_budget", "nl")),
    ("Coût total du projet", ("total_budget", "fr")),
    ("Wij zijn een groep buren die graag samen iets doen", None),
])
def test_labels(label: str, expected: tuple[str, str | None] | None) -> None:
    assert match_label(label) == expected


def test_language() -> None:
    assert detect_language("Beste Jonas, wij willen graag met de buurt een moestuin aanleggen.") == "nl"
    assert detect_language("Bonjour, nous voulons créer un potager avec les habitants du quartier.") == "fr"
    assert detect_language("9500") is None
    assert detect_language("", {"fr": 2}) == "fr"


def test_a_tab_between_a_value_s_words_is_a_space() -> None:
    # a letter's address typed with a tab after the number ("18<tab>rue Jean Jaurès"), cells read as one line
    document = parse_document("Madame, Monsieur,\nNous sollicitons une aide de 3 000 euros.\nCordialement,\n"
                              "Marie Dupont\n18\true Jean Jaurès\n59190 Hazebrouck\n".encode(), "mail.txt")
    assert document.fields["address"].value == "18 rue Jean Jaurès"


@pytest.mark.parametrize("text", [
    "Adres: Kerkstraat 12, IBAN BE63 9481 1288 8724, 8970 Poperinge\n",
    "Adres: Kerkstraat 12 - rekening BE63 9481 1288 8724\nPostcode en gemeente: 8970 Poperinge\n",
    "Contactgegevens: Kerkstraat 12, BE63 9481 1288 8724, 8970 Poperinge\n",
])
def test_an_account_number_in_an_address_box_is_no_part_of_the_address(text: str) -> None:
    from parsers.documents import default_call, extract

    # the IBAN's groups of four digits read as a postcode and a place ("9481", "1288 8724")
    fields, _ = extract(text, default_call())
    assert fields["address"].value == "Kerkstraat 12" and fields["postcode"].value == "8970"
    assert fields["municipality"].value == "Poperinge"


def test_a_full_address_label_beside_its_street_alone_gives_the_street() -> None:
    # an OCR'd form: the answer's first line beside "Adresse complète", its postcode and place on the next
    from parsers.documents import extract

    text = ("Personne de contact\tDeblock Aurélie\n\nAdresse complète\tchaussée de Warneton 76\n"
            "7782 Ploegsteert, Belgique\n\nTéléphone\t0032 496 935 466\n")
    fields, _ = extract(text, CALL, lost_columns=True)
    assert fields["address"].value == "chaussée de Warneton 76"
    assert fields["postcode"].value == "7782"
    # a box of contact details with no street in it gives no address
    fields, _ = extract("Coordonnées\tDeblock Aurélie\nTéléphone\t0032 496 935 466\n", CALL, lost_columns=True)
    assert "address" not in fields


@pytest.mark.parametrize("marks", [";", ":", "| ;", "…", "- / -", "?"])
def test_a_box_holding_only_marks_is_left_empty(marks: str) -> None:
    # an OCR'd speck (";" on the line under the group's name) is no group's name
    text = f"Nom de l'association\t{marks}\nPersonne de contact\tDidier Deswarte\n"
    fields = parse_document(text.encode(), "formulaire.txt").fields
    assert "organisation" not in fields and fields["contact_name"].value == "Didier Deswarte"


def test_a_share_in_per_cent_under_an_amount_label_is_no_amount() -> None:
    from parsers import parse_document

    fields = parse_document(b"Gevraagd bedrag: 80 %\nTotaal: 10.000 euro\n", "aanvraag.txt").fields
    assert "requested_amount" not in fields and fields["total_budget"].value == Decimal("10000.00")


@pytest.mark.parametrize(("text", "phones"), [
    ("vzw 't Kasteeltje – Hospitaalstraat 9, 8906 Elverdinge – ondernemingsnr. 0654.321.987", []),
    ("Ondernemingsnummer: BE 0654.321.987", []),
    ("N° d'entreprise 0654 321 987", []),
    # the labels as people abbreviate them, and one after the number
    ("ond.nr. 0456.789.123", []), ("Ond. nr.: 0456.789.123", []), ("KBO-nummer: 0417.123.456", []),
    ("BTW-nr. BE 0456.789.123", []), ("RPR Ieper 0456.789.123", []), ("vzw nr. 0456.789.123", []),
    ("0456.789.123 (ondernemingsnummer)", []), ("tel. 0479 80 11 35 (gsm)", ["+32479801135"]),
    ("tel. 0479 80 11 35 – KBO 0654.321.987", ["+32479801135"]),
    ("tél. 06 54 32 19 87", ["+33654321987"]),  # the same digits as a phone, said to be one
])
def test_a_companys_registered_number_is_no_phone(text: str, phones: list[str]) -> None:
    assert [phone for phone, _ in find_phones(text)] == phones


@pytest.mark.parametrize(("line", "sure"), [
    ("Adresse : 12 rue de l'Église, 51114 Terdeghem", False),  # Terdeghem is 59114: a slip, to check
    ("Adres: Kerkstraat 5, 8961 Stavele", False),  # Stavele is 8691: two digits swapped
    ("Adresse : 12 rue de l'Église, 59114 Terdeghem", True),
    ("Adres: Kerkstraat 5, 8691 Stavele", True),
])
def test_a_postcode_that_is_not_its_places_is_to_check(line: str, sure: bool) -> None:
    from parsers import parse_document
    from parsers.confidence import REVIEW_THRESHOLD

    postcode = parse_document(f"{line}\n".encode(), "form.txt").fields["postcode"]
    assert (postcode.confidence >= REVIEW_THRESHOLD) is sure
