"""The field table is the one definition of a field: extraction, corrections and the words agree on it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from config.call import load_call
from intake.applications.corrections import normalise_value
from parsers import parse_document
from parsers.field_table import BY_NAME, FIELD_NAMES, FIELDS, field_word, normalise
from parsers.labels import LABELS, match_label

CALL = load_call()

CONTRACT_FIELDS = ("organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
                   "project_title", "summary", "requested_amount", "total_budget", "budget_lines")


def test_the_table_holds_the_contracts_fields_in_its_order() -> None:
    assert FIELD_NAMES == CONTRACT_FIELDS


@pytest.mark.parametrize("spec", FIELDS, ids=lambda spec: spec.name)
def test_every_field_has_words_and_a_form_label_in_both_languages(spec) -> None:
    for language in ("nl", "fr"):
        assert spec.words[language].strip() and spec.form_label[language].strip()
        assert field_word(spec.name, language) == spec.words[language]
    assert spec.expected


def test_extraction_labels_are_the_tables() -> None:
    for spec in FIELDS:
        for language in ("nl", "fr"):
            assert LABELS[language].get(spec.name, ()) == spec.labels[language]
    assert match_label("Montant sollicité (EUR)") == ("requested_amount", "fr")


@pytest.mark.parametrize(("name", "raw", "stored"), [
    ("country", "Belgique", "BE"),
    ("country", "België", "BE"),
    ("country", "Frankrijk", "FR"),
    ("email", "Jan.Peeters@Example.org", "jan.peeters@example.org"),
    ("phone", "0476 12 34 56", "+32476123456"),
    ("postcode", "B-8970", "8970"),
    ("municipality", "Reninge", "Lo-Reninge"),
    ("requested_amount", "€ 9.500,-", "9500.00"),
    ("total_budget", "12 400,50 €", "12400.50"),
    # a comma or semicolon that ends the answer is the sentence's ("Titel: Verger communal, ...")
    ("project_title", "Verger communal,", "Verger communal"),
    ("organisation", "vzw De Linde ;", "vzw De Linde"),
])
def test_a_correction_is_stored_as_extraction_would_store_it(name: str, raw: str, stored: str) -> None:
    assert normalise_value(name, raw, CALL) == stored
    value = normalise(name, raw, CALL)
    assert (f"{value:.2f}" if isinstance(value, Decimal) else value) == stored
    # the same text in a document's "Label: value" line is read to the same stored value
    label = BY_NAME[name].labels["nl"][0] if BY_NAME[name].labels["nl"] else name
    document = parse_document(f"{label}: {raw}\n".encode(), "note.txt", call=CALL)
    read = document.fields[name].value
    assert (f"{read:.2f}" if isinstance(read, Decimal) else read) == stored


@pytest.mark.parametrize(("label", "field"), [
    ("Naam van het proje", "project_title"),  # the noun cut short at the box's edge
    ("Naam van de vereni", "organisation"),
    ("Nom de l'asso", "organisation"),
    ("Naam van de contactpersoon", "contact_name"),
    ("Naam", "contact_name"),
])
def test_a_name_label_whose_noun_is_cut_short_names_that_nouns_field(label: str, field: str) -> None:
    found = match_label(label)
    assert found is not None and found[0] == field
