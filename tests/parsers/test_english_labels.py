"""An application written in English: its labels name the fields, and they do not make it Dutch or French."""

from __future__ import annotations

from parsers import field_to_json, parse_document
from parsers.labels import match_label

ENGLISH_MAIL = """Dear coordinator,

I live in Kemmel and would like to propose a small project for our street.

Project title: Hedgehog corridors for Kemmel
Organisation: Kemmel Garden Friends
Contact person: Rachel Whitmore
Address: Lokerstraat 14
Postcode: 8956
Town: Kemmel
Phone: +32 470 11 22 33
Email: rachel.whitmore@example.org
Total budget: 7,800 EUR
Amount requested: 6,500 EUR

Kind regards,
Rachel Whitmore
"""


def test_an_english_application_gives_its_fields() -> None:
    document = parse_document(ENGLISH_MAIL.encode(), "mail.txt")
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    assert values["project_title"] == "Hedgehog corridors for Kemmel"
    assert values["organisation"] == "Kemmel Garden Friends"
    assert values["contact_name"] == "Rachel Whitmore"
    assert values["postcode"] == "8956" and values["municipality"] == "Heuvelland"
    assert values["email"] == "rachel.whitmore@example.org"
    assert values["requested_amount"] == "6500.00" and values["total_budget"] == "7800.00"


def test_english_labels_name_no_language_and_leave_dutch_and_french_labels_as_they_were() -> None:
    assert match_label("Amount requested") == ("requested_amount", None)
    assert match_label("Project title") == ("project_title", None)
    assert match_label("Gevraagd bedrag") == ("requested_amount", "nl")
    assert match_label("Montant demandé") == ("requested_amount", "fr")
