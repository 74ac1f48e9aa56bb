"""Amounts written in words in a box of their own, Dutch as one word, French as words and hyphens."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers.amount_words import amount_in_words


@pytest.mark.parametrize(("text", "expected"), [
    ("sept mille euros", "7000"),
    ("achtduizend vijfhonderd euro", "8500"),
    ("vierduizendtweehonderdvijftig euro", "4250"),
    ("quatre mille deux cent cinquante €", "4250"),
    ("deux mille cinq cents euros", "2500"),
    ("quatre-vingt-dix mille", "90000"),
    ("vingt et un mille", "21000"),
    ("drieëntwintigduizend", "23000"),
    ("mille euros", "1000"),
])
def test_a_number_in_words(text: str, expected: str) -> None:
    assert amount_in_words(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["9500", "Jan Peeters", "ongeveer tienduizend euro", "en", "", "zie bijlage"])
def test_anything_else_is_no_amount(text: str) -> None:
    assert amount_in_words(text) is None
