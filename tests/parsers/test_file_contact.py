"""Whose name a bare "Nom" holds is said by the heading above it: the contact for the file, not the legal
representative who signs for the group."""

from __future__ import annotations

import pytest

from parsers.documents import default_call, extract
from parsers.file_contact import section_names

DOSSIER = ("1. Identification de la structure\nNom de la structure\tFoyer rural de Bailleul\n"
           "2. Représentant légal\nNom\tDELATTRE\nPrénom\tMartine\nQualité\tPrésidente\n"
           "3. Personne chargée du dossier\nNom\tCOPPIN\nPrénom\tBruno\nFonction\tMembre du bureau\n"
           "Courriel\tbcoppin@example.org\n4. Le projet\nIntitulé du projet\tGuinguette du dimanche\n"
           "6. Engagement\nSignature\tMartine Delattre\n")


def test_a_dossier_s_contact_for_the_file_is_the_contact() -> None:
    assert section_names(DOSSIER).representative == "Martine Delattre"
    assert section_names(DOSSIER).contact == "Bruno Coppin"
    fields, _ = extract(DOSSIER, default_call())
    assert fields["contact_name"].value == "Bruno Coppin"
    assert fields["organisation"].value == "Foyer rural de Bailleul"


@pytest.mark.parametrize("rows", [
    # a scanned dossier: two boxes of a row read as one line
    "2. Représentant légal\nNom: BOLLENGIER\tPrénom: Christophe\n3. Personne chargée du dossier\n"
    "Nom: SCHOONHEERE\tPrénom : Régis\n",
    "2. Représentant légal\nNom: BOLLENGIER Prénom: Christophe\n3. Personne chargée du dossier\n"
    "Nom: SCHOONHEERE Prénom: Régis\n",
    # answers typed over dotted lines
    "2. Représentant légal\nNom : ............ BOLLENGIER\nPrénom : ............ Christophe\n"
    "3. Personne chargée du dossier\nNom : ............ SCHOONHEERE\nPrénom : ............ Régis\n",
    # a Flemish form: the legal representative, then the contact person
    "Wettelijk vertegenwoordiger\nNaam\tBollengier\nVoornaam\tChristophe\nContactpersoon\n"
    "Naam\tSchoonheere\nVoornaam\tRégis\n",
])
def test_the_contact_for_the_file_however_the_rows_are_written(rows: str) -> None:
    assert section_names(rows).contact == "Régis Schoonheere"
    fields, _ = extract(rows, default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Régis Schoonheere"


def test_a_form_with_no_contact_of_its_own_keeps_the_representative_and_one_with_no_representative_its_order() -> None:
    alone = ("2. Représentant légal\nNom\tDELATTRE\nPrénom\tMartine\n3. Personne chargée du dossier\nNom\t\n"
             "4. Le projet\n")
    fields, _ = extract(alone, default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Martine Delattre"
    # the first contact, then a second person under a heading of its own: the first stays the contact
    two = "Contactpersoon\nNaam\tPeeters\nVoornaam\tAn\nPenningmeester\nNaam\tClaeys\nVoornaam\tJan\n"
    assert section_names(two).representative is None


def test_the_next_sections_numbered_heading_is_no_answer_to_a_box_left_empty() -> None:
    text = ("2. Représentant légal\nNom\tDELATTRE\nPrénom\tMartine\n3. Personne chargée du dossier\nNom\t\n"
            "4. Le projet\n")
    fields, _ = extract(text, default_call())
    assert "contact_name" not in fields or fields["contact_name"].value != "4. Le projet"


def test_a_numbered_heading_may_be_long_and_the_contacts_section_gives_its_phone_and_email() -> None:
    text = ("1. Identification de l'association\nNom - Dénomination :\tLes Jardins du Houtland\n"
            "Téléphone :\t03 28 48 30 04\nCourriel :\tjardins.houtland@example.net\n"
            "2. Identification du représentant légal (président ou autre personne désignée par les statuts)\n"
            "Nom :\tVandaele\nPrénom :\tJean-Michel\nTéléphone :\t06 45 12 78 90\n"
            "3. Identification de la personne chargée du présent dossier de subvention\n"
            "Nom :\tDelattre\nPrénom :\tSandrine\nTéléphone :\t03 28 48 21 67\n"
            "Courriel :\tsandrine.delattre@example.net\n"
            "4. Description du projet\nIntitulé :\tVerger partagé du Houtland\n")
    names = section_names(text)
    assert (names.representative, names.contact) == ("Jean-Michel Vandaele", "Sandrine Delattre")
    assert (names.contact_phone, names.contact_email) == ("03 28 48 21 67", "sandrine.delattre@example.net")


def test_labels_alone_on_a_line_over_their_answers_in_a_contacts_section() -> None:
    # a Word form exported to PDF: "Nom : Prénom :" over "Beauvois Julien", a phone and an e-mail on one line
    text = ("Représentant légal\nNom : Prénom :\nDeswarte Bernadette\nTéléphone : Courriel :\n"
            "03 28 42 70 93 b.deswarte@example.com\nPersonne chargée du dossier\nNom : Prénom :\nBeauvois Julien\n"
            "Fonction : Trésorier\nTéléphone : Courriel :\n06 81 20 64 13 julien.beauvois@example.org\n")
    names = section_names(text)
    assert (names.representative, names.contact) == ("Bernadette Deswarte", "Julien Beauvois")
    assert (names.contact_phone, names.contact_email) == ("06 81 20 64 13", "julien.beauvois@example.org")
