"""Answers as volunteers type them into a form: a first amount corrected in the same box, a word processor's
placeholder left before the answer."""

from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.confidence import REVIEW_THRESHOLD
from tests.parsers.format_samples import word_form


@pytest.mark.parametrize("written", ["8.000 euro -> nee, 7.500 (zie begroting)", "9 000 € -> corrigé : 7 500 €",
                                     "8000 → 7500 euro"])
def test_an_amount_corrected_in_its_box_is_the_second_and_to_check(written: str) -> None:
    document = parse_document(word_form([("Naam vereniging", "Dorpsraad Watou"), ("Gevraagd bedrag", written),
                                         ("Totale kostprijs", "9.850 euro")]), "aanvraag.docx")
    asked = document.fields["requested_amount"]
    assert asked.value == 7500 and asked.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("written", ["8.000 of 7.500 euro", "tussen 7.000 en 8.000 euro", "7 000 ou 8 000 €"])
def test_two_amounts_in_a_box_without_a_correction_are_not_picked_from(written: str) -> None:
    document = parse_document(word_form([("Naam vereniging", "Dorpsraad Watou"), ("Gevraagd bedrag", written)]),
                              "aanvraag.docx")
    # the box gives no amount of its own, and what the sentences make of it is one of two: to check
    asked = document.fields.get("requested_amount")
    assert asked is None or (asked.source != "table" and asked.confidence < REVIEW_THRESHOLD)


def test_a_placeholder_in_angle_brackets_before_the_answer_is_no_part_of_it() -> None:
    document = parse_document(word_form([("Nom de l'association", "Les Amis du Moulin"),
                                         ("Personne de contact", "<Nom Prénom> Jeannine Delattre"),
                                         ("Courriel", "<jeannine.delattre@example.org>")]), "fiche.docx")
    assert document.fields["contact_name"].value == "Jeannine Delattre"
    assert document.fields["email"].value == "jeannine.delattre@example.org"


def test_two_boxes_that_give_the_total_as_two_sums_equally_surely_leave_it_to_check() -> None:
    document = parse_document(word_form([("Naam vereniging", "Dorpsraad Watou"), ("Totale kostprijs", "12.050 euro"),
                                         ("Gevraagd bedrag", "7.500 euro"), ("Totaal budget", "1.050 euro")]),
                              "aanvraag.docx")
    total = document.fields["total_budget"]
    assert total.value in (12050, 1050) and total.confidence < REVIEW_THRESHOLD
    assert document.fields["requested_amount"].confidence >= REVIEW_THRESHOLD  # one box, one sum: as sure as it was
