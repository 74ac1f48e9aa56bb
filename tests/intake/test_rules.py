"""The call's rules as pure functions: golden cases at the edges."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from config import load_call
from intake.applications import rules
from tests.support.mail import BRUSSELS

CALL = load_call()
COMPLETE = {"organisation": "Dorpsraad Lo", "email": "griet@example.org", "municipality": "Lo-Reninge",
            "postcode": "8647", "project_title": "Samen tuinieren", "requested_amount": "9500.00",
            "summary": "Een moestuin."}


@pytest.mark.parametrize(("local", "on_time"), [
    (datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRUSSELS), True),
    (datetime(2019, 6, 17, 0, 0, 0, tzinfo=BRUSSELS), False),
    (datetime(2019, 6, 16, 21, 59, 59, tzinfo=UTC), True),  # the same instant as 23:59:59 CEST
    (datetime(2019, 6, 16, 22, 30, 0, tzinfo=UTC), False),  # 00:30 in Brussels: summer time matters
])
def test_deadline_by_arrival_in_summer_time(local, on_time):
    assert rules.on_time_by_arrival(local, CALL) is on_time


def test_deadline_by_postmark():
    assert rules.on_time_by_postmark(date(2019, 6, 16), CALL)
    assert not rules.on_time_by_postmark(date(2019, 6, 17), CALL)


@pytest.mark.parametrize(("requested", "problem"), [("10000.00", False), ("10000.01", True), ("9999.99", False)])
def test_maximum_amount(requested, problem):
    verdict = rules.evaluate({**COMPLETE, "requested_amount": requested}, on_time=True, document_statuses=[],
                             call=CALL)
    assert (rules.OVER_MAX_AMOUNT in verdict.problems) is problem
    assert verdict.status == "complete"  # a problem, not a rejection


def test_complete_incomplete_and_late():
    assert rules.evaluate(COMPLETE, on_time=True, document_statuses=["parsed"], call=CALL) == rules.Verdict(
        "complete", (), ())
    partial = {k: v for k, v in COMPLETE.items() if k not in ("summary", "requested_amount")}
    verdict = rules.evaluate(partial, on_time=True, document_statuses=[], call=CALL)
    assert verdict.status == "incomplete" and verdict.missing == ("summary", "requested_amount")  # table order
    late = rules.evaluate(COMPLETE, on_time=False, document_statuses=[], call=CALL)
    assert late.status == "late" and late.problems == ("late",)
    contact_only = {**{k: v for k, v in COMPLETE.items() if k != "organisation"}, "contact_name": "Griet"}
    assert rules.evaluate(contact_only, on_time=True, document_statuses=[], call=CALL).missing == ()


@pytest.mark.parametrize(("place", "problem"), [
    ({"municipality": "Lo-Reninge", "postcode": "8647"}, None),
    ({"municipality": "Reninge"}, None),  # a deelgemeente
    ({"postcode": "8900"}, None),
    ({"municipality": "Hondschoote", "postcode": "59122"}, None),
    ({"municipality": "Brugge", "postcode": "8000"}, "outside_region"),
    ({"municipality": "Lille", "postcode": "59000"}, "outside_region"),
    ({}, "region_unknown"),
])
def test_region(place, problem):
    values = {k: v for k, v in COMPLETE.items() if k not in ("municipality", "postcode")} | place
    verdict = rules.evaluate(values, on_time=True, document_statuses=[], call=CALL)
    region_problems = [p for p in verdict.problems if p in ("outside_region", "region_unknown")]
    assert region_problems == ([problem] if problem else [])


def test_unreadable_documents_and_request_over_total():
    verdict = rules.evaluate({**COMPLETE, "total_budget": "9000.00"}, on_time=True,
                             document_statuses=["parsed", "encrypted"], call=CALL)
    assert verdict.problems == ("requested_over_total", "unreadable_document")


def test_an_unsure_amount_is_to_check_not_over_the_maximum():
    over = {**COMPLETE, "requested_amount": "12500.00", "total_budget": "9000.00"}
    sure = rules.evaluate(over, on_time=True, document_statuses=[], call=CALL)
    assert rules.OVER_MAX_AMOUNT in sure.problems and rules.REQUESTED_OVER_TOTAL in sure.problems
    unsure = rules.evaluate(over, on_time=True, document_statuses=[], call=CALL,
                            unsure=("requested_amount", "total_budget"))
    assert unsure.problems == () and unsure.status == "complete"


@pytest.mark.parametrize(("municipality", "postcode", "problem"), [
    ("Bambecque", "59470", None), ("Flêtre", "59270", None), ("Méteren", "59270", None), ("Ledringhem", "59470", None),
    ("Winnezeele", "59670", None), ("Watten", "59143", None),  # the partners' communes, not only their towns
    ("Lille", "59000", "outside_region"), ("Dunkerque", "59140", "outside_region"),
])
def test_every_commune_of_the_french_partners_is_in_the_region(municipality, postcode, problem):
    # before, only twenty towns of theirs were listed, and a receipt told an applicant from Bambecque that it
    # lay outside the call's area
    assert rules.region_problem({"municipality": municipality, "postcode": postcode}, load_call()) == problem
