"""The call's own form: generated, filled as an applicant would, read back exactly."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from config import load_call
from intake.applications.form import (
    BUDGET_FIELD_NAMES,
    FORM_FIELDS,
    build_form,
    fill_docx_form,
    fill_pdf_form,
)
from parsers import field_to_json, parse_document

CALL = load_call()

FILLED = {
    "nl": {"organisation": "vzw 't Hofje & Co", "contact_name": "Els Van de Velde", "email": "els@example.org",
           "phone": "+3257441212", "address": "Markt 1 bus 2", "postcode": "8970", "municipality": "Poperinge",
           "country": "BE", "project_title": "Buurt-bib \"Lees mee\"", "summary": "Eerste regel.\nTweede regel.",
           "requested_amount": "9999.99", "total_budget": "12000.00",
           "budget_line_1_description": "Boekenkasten", "budget_line_1_amount": "2000.00",
           "budget_line_2_description": "Zitzakken (4)", "budget_line_2_amount": "399.99"},
    "fr": {"organisation": "Association L'Épi d'Or", "contact_name": "Hélène Ségard", "email": "helene@example.org",
           "phone": "+33328620011", "address": "2 rue de l'Église", "postcode": "59470", "municipality": "Herzeele",
           "country": "FR", "project_title": "Fête « ensemble »", "summary": "Première ligne.\nDeuxième ligne.",
           "requested_amount": "10000.00", "total_budget": "15500.50",
           "budget_line_1_description": "Location de chapiteau", "budget_line_1_amount": "1500.50"},
}


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_round_trip(language: str, file_format: str) -> None:
    blank = build_form(CALL, language, file_format, "coordinator@example.org")
    fill = fill_pdf_form if file_format == "pdf" else fill_docx_form
    values = FILLED[language]
    document = parse_document(fill(blank, values), f"form.{file_format}")
    assert document.parse_status == "parsed"
    assert document.language == language
    read = {name: field_to_json(value) for name, value in document.fields.items()}
    expected_lines = [
        {"description": values[f"budget_line_{row}_description"], "amount": values[f"budget_line_{row}_amount"]}
        for row in (1, 2) if f"budget_line_{row}_description" in values]
    for field in FORM_FIELDS:
        assert read[field.name]["value"] == values[field.name], field.name
        assert read[field.name]["source"] == "form_field"
    assert read["budget_lines"]["value"] == expected_lines


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_blank_form_yields_nothing_and_shows_the_call(language: str) -> None:
    blank = build_form(CALL, language, "pdf", "coordinator@example.org")
    document = parse_document(blank, "blank.pdf")
    # an empty form is read, but holds no answers: not even the coordinator's address or the maximum
    assert dict(document.fields) == {}
    with pdfplumber.open(io.BytesIO(blank)) as pdf:
        text = pdf.pages[0].extract_text()
    assert CALL.name[language] in text
    assert "coordinator@example.org" in text and "Woumenweg 100" in text
    assert ("10.000,00" if language == "nl" else "10 000,00") in text
    assert len(BUDGET_FIELD_NAMES) == 12


def test_blank_docx_form_yields_nothing() -> None:
    document = parse_document(build_form(CALL, "nl", "docx"), "blank.docx")
    assert dict(document.fields) == {}
