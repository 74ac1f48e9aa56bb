"""Letters written in LibreOffice: the application in sentences, the contact on one line under the name."""

from __future__ import annotations

from parsers import field_to_json, parse_document
from tests.parsers.format_samples import odt_file


def _values(data: bytes) -> dict[str, object]:
    document = parse_document(data, "brief.odt")
    assert document.parse_status == "parsed"
    return {name: field_to_json(field)["value"] for name, field in document.fields.items()}


def test_contact_line_joined_by_dashes_or_commas_gives_the_street() -> None:
    for separator in (" – ", ", "):
        values = _values(odt_file(
            ["Beste,", "Namens Buurtcomité De Linde dienen we ons projectidee in met de titel “Samen tuinieren”.",
             "We schatten de kosten op 6.500,00 euro, zelf brengen we 2.500,00 euro in, we vragen dus 4.000,00 euro."],
            [],
            ["Met vriendelijke groeten,", "Jan Peeters",
             separator.join(["Jan Peeters", "Kerkstraat 12B", "8970 Poperinge", "0477 12 34 56",
                             "jan.peeters@example.org"])]))
        assert values["address"] == "Kerkstraat 12B" and values["postcode"] == "8970"
        assert values["municipality"] == "Poperinge"
        assert values["project_title"] == "Samen tuinieren"
        assert values["total_budget"] == "6500.00" and values["requested_amount"] == "4000.00"


def test_an_own_share_said_after_the_amount_is_still_the_own_share() -> None:
    values = _values(odt_file(
        ["Madame, Monsieur,", "Le projet coûte 5 000 €. Nous finançons 1 000 € nous-mêmes et sollicitons 4 000 €."],
        [], ["Cordialement,", "Marie Dupont"]))
    assert values["requested_amount"] == "4000.00" and values["total_budget"] == "5000.00"


def test_a_letter_to_the_programme_takes_its_title_from_the_subject_not_from_the_address_block() -> None:
    values = _values(odt_file(
        ["Association loi 1901 Les Vergers d'Eecke", "12 rue de la Gare", "59114 Eecke (France)",
         "Province de Flandre-Occidentale", "Projet Interreg Partons 2.0", "Woumenweg 100", "8600 Diksmuide",
         "Objet : candidature à l'appel à projets Partons 2.0 – « Le P'tit Verger d'Eecke »",
         "Madame, Monsieur,", "Le montant demandé est de 7.000,00 €."],
        [], ["Bien cordialement,", "Marie Dupont"]))
    assert values["project_title"] == "Le P'tit Verger d'Eecke"  # an apostrophe inside guillemets
    assert values["postcode"] == "59114" and values["address"] == "12 rue de la Gare"  # not "loi 1901"


def test_the_title_after_the_calls_name_in_a_subject() -> None:
    values = _values(odt_file(
        ["Dorpsraad Stavele", "Betreft: projectoproep 'Maak werk van je buurt!' – Buurtmoestuin Stavele",
         "Geachte,", "Namens Dorpsraad Stavele stel ik ons projectidee voor."], [],
        ["Met vriendelijke groeten,", "Jan Peeters"]))
    assert values["project_title"] == "Buurtmoestuin Stavele"


def test_a_letterhead_starting_with_association_keeps_the_word() -> None:
    values = _values(odt_file(
        ["Association loi 1901 Les Amis de Bierne", "Marie Dupont", "Tél. 06 12 34 56 78", "Projet Jardin partagé",
         "Madame, Monsieur,", "Nous sollicitons une aide de 3 000 euros."], [], ["Cordialement,", "Marie Dupont"]))
    assert values["organisation"] == "Association loi 1901 Les Amis de Bierne"


def test_the_calls_ceiling_mentioned_in_a_letter_is_not_the_request() -> None:
    values = _values(odt_file(
        ["Madame, Monsieur,", "Nous savons que l'aide est plafonnée à 10 000 euros par projet.",
         "Nous souhaiterions obtenir 6 750,00 € pour mener à bien ce projet."], [],
        ["Cordialement,", "Marie Dupont"]))
    assert values["requested_amount"] == "6750.00"
    dutch = _values(odt_file(
        ["Beste,", "We weten dat de bijdrage beperkt is tot maximaal 10.000 euro per project.",
         "De kosten bedragen 8.000 euro, we vragen 6.000 euro."], [], ["Groeten,", "Jan Peeters"]))
    assert dutch["requested_amount"] == "6000.00" and dutch["total_budget"] == "8000.00"


def test_the_quoted_title_after_the_calls_quoted_name_in_a_subject() -> None:
    values = _values(odt_file(
        ["Griet Bailleul", "Veurnestraat 14", "8610 Zarren",
         "Betreft: projectaanvraag 'Maak werk van je buurt!' - \"Speelplein 2.0\"",
         "Geachte,", "Als inwoner van ons dorp wil ik graag een idee indienen."], [],
        ["Met vriendelijke groeten,", "Griet Bailleul"]))
    assert values["project_title"] == "Speelplein 2.0"


def test_a_subject_s_words_before_a_quoted_name_are_part_of_the_title() -> None:
    values = _values(odt_file(
        ["Objet : Café associatif « Chez nous »", "Madame, Monsieur,", "Nous sollicitons une aide de 3 000 euros."],
        [], ["Cordialement,", "Marie Dupont"]))
    assert values["project_title"] == "Café associatif « Chez nous »"
    generic = _values(odt_file(
        ["Objet : Candidature projet « Chez nous »", "Madame, Monsieur,", "Nous sollicitons une aide de 3 000 euros."],
        [], ["Cordialement,", "Marie Dupont"]))
    assert generic["project_title"] == "Chez nous"  # "Candidature projet" is what the letter is, not the name


def test_the_contact_s_address_outranks_the_group_s_registered_seat() -> None:
    values = _values(odt_file(
        ["DORPSRAAD WIJTSCHATE VZW", "Maatschappelijke zetel: Hoevestraat 23 - 8953 Wijtschate",
         "Geachte,", "Hierbij dienen wij ons project in."], [],
        ["Met vriendelijke groeten,", "Lode Dumortier", "Contactpersoon: Lode Dumortier",
         "Adres: Vleterenstraat 72, 8953 Wijtschate", "Tel.: 058/56 33 63"]))
    assert values["address"] == "Vleterenstraat 72"
    seat_only = _values(odt_file(
        ["Siège social : 3 place du Marché - 59380 Bergues", "Madame, Monsieur,", "Nous sollicitons 3 000 euros."],
        [], ["Cordialement,", "Marie Dupont"]))
    assert seat_only["address"] == "3 place du Marché"  # the seat is the address where nothing else is


def test_a_contact_block_with_its_labels_in_cells_of_their_own() -> None:
    # "Adres<tab>Vleterenstraat 72": a label laid out before a tab, not a sentence's first word, even on a line of
    # its own (the place under it, one cell, ends the rows); the contact's address still outranks the group's seat
    values = _values(odt_file(
        ["DORPSRAAD WIJTSCHATE VZW", "Maatschappelijke zetel: Hoevestraat 23 - 8953 Wijtschate",
         "Geachte,", "Hierbij dienen wij ons project in."], [],
        ["Met vriendelijke groeten,", "Lode Dumortier", "Adres\tVleterenstraat 72", "\t8953 Wijtschate",
         "Tel.\t058/56 33 63"]))
    assert values["address"] == "Vleterenstraat 72" and values["phone"] == "+3258563363"
