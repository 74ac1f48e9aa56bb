"""Cross-border and bilingual forms: a partner across the border, its contact, address and phone beside the
applicant's; labels in both languages."""

from __future__ import annotations

import io

import docx
import pytest

from parsers import parse_document
from parsers.labels import OTHER_ADDRESS, OTHER_EMAIL, OTHER_PHONE, is_other_label, match_label
from tests.parsers.format_samples import word_form


@pytest.mark.parametrize(("label", "field"), [
    ("Adres partner", OTHER_ADDRESS), ("Adresse du partenaire", OTHER_ADDRESS), ("Telefoon partner", OTHER_PHONE),
    ("Tél. partenaire", OTHER_PHONE), ("Courriel partenaire", OTHER_EMAIL), ("E-mail partner", OTHER_EMAIL)])
def test_a_partner_s_details_are_another_group_s(label: str, field: str) -> None:
    assert (match_label(label) or ("",))[0] == field


@pytest.mark.parametrize("label", ["Naam partner", "Nom du partenaire", "Contactpersoon partner",
                                   "Contact chez le partenaire", "Naam partner / Nom du partenaire"])
def test_a_partner_s_name_and_contact_are_labels_of_no_field_of_ours(label: str) -> None:
    assert match_label(label) is None and is_other_label(label)


def test_the_partner_across_the_border_is_not_the_applicant() -> None:
    fields = parse_document(word_form([
        ("Nom de l'association", "Naam vereniging", "Estaminet associatif 't Hof"),
        ("Personne de contact", "Contactpersoon", "Hélène Dewaele"),
        ("Téléphone", "Telefoon", "06 12 87 45 30"),
        ("Courriel", "E-mail", "helene.dewaele@example.net"),
        ("Adresse", "Adres", "4 rue des Houblonniers, 59270 Godewaersvelde"),
        ("Nom du partenaire", "Naam partner", "Dorpsraad Westouter"),
        ("Contact chez le partenaire", "Contactpersoon partner", "Koen Lesage"),
        ("Adresse du partenaire", "Adres partner", "Bergstraatje 7, 8954 Westouter"),
        ("Tél. partenaire", "Telefoon partner", "+32 (0)57 21 45 98"),
        ("Courriel partenaire", "E-mail partner", "koen.lesage@example.org")]), "fiche.docx").fields
    assert fields["organisation"].value == "Estaminet associatif 't Hof"
    assert fields["contact_name"].value == "Hélène Dewaele"
    assert fields["phone"].value == "+33612874530"
    assert fields["email"].value == "helene.dewaele@example.net"
    assert fields["address"].value == "4 rue des Houblonniers"


def test_the_partner_s_section_of_name_and_phone_rows_is_the_partner_s() -> None:
    fields = parse_document(word_form([
        ("Naam vereniging", "Dorpsraad Proven"), ("Contactpersoon", "Griet Vandamme"),
        ("E-mail", "griet.vandamme@example.org")], [
        ("3. Partner / 3. Partenaire", ""), ("Naam", "Comité des fêtes de Houtkerque"),
        ("Telefoon", "03 28 40 11 22")]), "aanvraag.docx").fields
    assert fields["organisation"].value == "Dorpsraad Proven"
    assert "phone" not in fields


def test_a_label_read_as_far_as_its_translation_leaves_no_colon_in_the_answer() -> None:
    document = docx.Document()
    for line in ("1. Gegevens aanvrager / 1. Coordonnées du porteur",
                 "Naam van de vereniging / organisatie (Nom de l'association / structure): Dorpsraad Westvleteren",
                 "Contactpersoon (Personne de contact): Bart Vandromme", "Postcode (Code postal): 8640"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    assert parse_document(buffer.getvalue(), "fiche.docx").fields["organisation"].value == "Dorpsraad Westvleteren"
