"""Money: every shape applicants type, Decimal only, and never a wrong number from words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.money import find_amounts, format_amount, format_amount_local, parse_amount


@pytest.mark.parametrize(("text", "expected"), [
    ("€ 9.500", "9500.00"),
    ("9.500,00 EUR", "9500.00"),
    ("9 500 €", "9500.00"),
    ("9\u00a0500,00\u00a0€", "9500.00"),
    ("9\u202f500 €", "9500.00"),
    ("9500,-", "9500.00"),
    ("9.500,-", "9500.00"),
    ("10k", "10000.00"),
    ("€9,500.00", "9500.00"),
    ("EUR 7.250,50", "7250.50"),
    ("6200,5", "6200.50"),
    ("1.234.567,89", "1234567.89"),
    ("9500.00", "9500.00"),
    ("2.500 euro", "2500.00"),
    ("3250 euros", "3250.00"),
])
def test_shapes(text: str, expected: str) -> None:
    amount = parse_amount(text)
    assert isinstance(amount, Decimal)
    assert format_amount(amount) == expected


@pytest.mark.parametrize("text", [
    "tienduizend euro", "dix mille euros", "", "€", "9.5000", "1,2,3", "9.500.00,00", "12-3", "BE68 5390 0754 7034",
    "-500", "ongeveer 9000 euro of meer",
])
def test_not_an_amount(text: str) -> None:
    assert parse_amount(text) is None


def test_in_prose_needs_a_currency_mark_and_skips_dates() -> None:
    text = "Op 16.06.2019 om 10.00 vragen wij € 9.500; de kosten zijn 12.400 euro, bel 051 51 94 37. Ook 500,- en 2k."
    assert [format_amount(m.amount) for m in find_amounts(text)] == ["9500.00", "12400.00", "500.00", "2000.00"]


def test_words_never_become_a_number() -> None:
    assert find_amounts("Wij vragen tienduizend euro steun.") == []


@given(st.text(max_size=40))
@settings(max_examples=400)
def test_never_crashes_never_float(text: str) -> None:
    amount = parse_amount(text)
    assert amount is None or (isinstance(amount, Decimal) and amount.as_tuple().exponent == -2)
    for mention in find_amounts(text, require_mark=False):
        assert isinstance(mention.amount, Decimal)


amounts = st.decimals(min_value=Decimal("0"), max_value=Decimal("999999999.99"), places=2, allow_nan=False,
                      allow_infinity=False)


@given(amounts)
def test_round_trip_contract_format(amount: Decimal) -> None:
    assert parse_amount(format_amount(amount)) == amount


@given(amounts, st.sampled_from(["nl", "fr"]))
def test_round_trip_local_format(amount: Decimal, language: str) -> None:
    assert parse_amount(format_amount_local(amount, language)) == amount
