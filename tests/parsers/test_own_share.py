"""A form that leaves the request empty but fills in the total and the own share: the request is worked out,
to check; a stated request always wins, and the own share is never taken for the request or the total."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers.confidence import REVIEW_THRESHOLD
from parsers.documents import FROM_OWN_SHARE, parse_document
from parsers.model import DERIVED
from tests.parsers.format_samples import fillable_pdf, word_form
from tests.parsers.page_reading import fields_of_page

BODY_NL = """Naam vereniging / groep: Buurtcomité De Linde
Contactpersoon: Lotte Vermeersch
Titel van het project: Een bank aan elke hoek

Totale kostprijs project: EUR 12.600,00
Eigen inbreng / andere middelen: EUR 4.750,00
"""


def _fields(data: bytes, filename: str) -> dict:
    document = parse_document(data, filename)
    assert document.parse_status == "parsed", document.error
    return dict(document.fields)


def test_a_request_left_out_is_the_total_less_the_own_share_to_check() -> None:
    fields = _fields(BODY_NL.encode(), "aanvraag.txt")
    request = fields["requested_amount"]
    assert request.value == Decimal("7850.00")
    assert request.source == DERIVED
    assert request.confidence == FROM_OWN_SHARE < REVIEW_THRESHOLD
    assert fields["total_budget"].value == Decimal("12600.00")


def test_a_stated_request_wins_over_the_worked_out_one() -> None:
    text = BODY_NL + "Gevraagde steun: EUR 8.000,00\n"
    request = _fields(text.encode(), "aanvraag.txt")["requested_amount"]
    assert request.value == Decimal("8000.00")
    assert request.source != DERIVED


@pytest.mark.parametrize("share", ["EUR 12.600,00", "EUR 14.000,00"])
def test_an_own_share_as_large_as_the_total_works_nothing_out(share: str) -> None:
    text = BODY_NL.replace("EUR 4.750,00", share)
    assert "requested_amount" not in _fields(text.encode(), "aanvraag.txt")


def test_an_own_share_alone_is_neither_the_request_nor_the_total() -> None:
    text = "\n".join(line for line in BODY_NL.splitlines() if not line.startswith("Totale"))
    fields = _fields(text.encode(), "aanvraag.txt")
    assert "requested_amount" not in fields and "total_budget" not in fields


def test_a_fillable_pdf_whose_request_box_is_empty() -> None:
    labels = [("Nom de l'association", "Comité des fêtes de Steenvoorde"), ("Personne de contact", "Jeanne Vanhove"),
              ("Coût total du projet", "9 300 EUR"), ("Autofinancement", "1 300 EUR"),
              ("Montant demandé", "")]
    pdf = fillable_pdf([(50, 80 + 30 * n, label) for n, (label, _) in enumerate(labels)],
                       [(f"Text{n + 1}", 230, 76 + 30 * n, 250, 18, value) for n, (_, value) in enumerate(labels)])
    fields = _fields(pdf, "formulaire.pdf")
    assert fields["total_budget"].value == Decimal("9300.00")
    assert fields["requested_amount"].value == Decimal("8000.00")
    assert fields["requested_amount"].source == DERIVED


def test_a_word_table_whose_request_row_is_empty() -> None:
    docx = word_form([("Naam vereniging", "Chiro Sint-Jan"), ("Contactpersoon", "Ward Dewulf"),
                      ("Totale kostprijs", "€ 6.400"), ("Eigen middelen", "€ 900"), ("Gevraagd bedrag", "")])
    fields = _fields(docx, "formulier.docx")
    assert fields["requested_amount"].value == Decimal("5500.00")
    assert fields["requested_amount"].confidence < REVIEW_THRESHOLD


def test_a_picture_of_a_budget_whose_request_is_unanswered(monkeypatch: pytest.MonkeyPatch) -> None:
    # the request's box read empty, the date under it no amount; the total and the own share give it, to check
    page = ("3. Budget prévisionnel\nDépenses\tMontant (€)\nPanneaux d'information\t1 430\n"
            "Coût total du projet\t3700 €\nAutofinancement\t2150 €\nMontant sollicité\n\n"
            "Fait à Winnezeele, le 25/05/2019\nSignature\n")
    fields = fields_of_page(monkeypatch, page)
    assert fields["requested_amount"].value == Decimal("1550.00")
    assert fields["requested_amount"].source == DERIVED


@pytest.mark.parametrize("sentence", ["Nous avons aussi sollicité 4 000,00 € auprès de : Département du Nord.",
                                      "We hebben ook 4.000 euro aangevraagd bij de gemeente Alveringem."])
def test_an_amount_asked_of_another_funder_is_no_request_of_this_call(sentence: str) -> None:
    text = f"Bonjour,\n\nVoici notre fiche.\n{sentence}\n\nCordialement,\nÉlodie Lefebvre\n"
    asked = parse_document(text.encode(), "mail.txt").fields.get("requested_amount")
    assert asked is None or asked.value != 4000


def test_an_amount_asked_of_the_province_is_the_request() -> None:
    text = "Beste,\n\nWe vragen 4.000 euro aan bij de provincie voor ons buurtfeest.\n\nGroeten,\nWim Vanneste\n"
    assert parse_document(text.encode(), "mail.txt").fields["requested_amount"].value == 4000


def test_an_amount_asked_of_the_programme_by_its_name_is_the_request() -> None:
    text = ("Beste,\n\nHet totale budget bedraagt 14.200 euro. Wij vragen hiervan 10.000 euro aan bij Partons 2.0; "
            "het saldo komt van het schoolfeest en de gemeente.\n\nGroeten,\nWim Vanneste\n")
    assert parse_document(text.encode(), "mail.txt").fields["requested_amount"].value == 10000
