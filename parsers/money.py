"""Amounts of money as applicants write them: ``€ 9.500``, ``9.500,00 EUR``, ``9 500 €``, ``9500,-``, ``10k``.

Always ``Decimal`` with two places, never float. A string we cannot read with certainty gives ``None``
rather than a guess: ``tienduizend euro`` is not an amount we read, so it must not become one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")
# Nothing in a small grant call is a billion euro; such a number is a bank account or a phone number.
_MAX_AMOUNT = Decimal("1000000000")

_NARROW_NBSP = "\u202f"
_SPACES = "\u00a0\u202f\u2009 '"
_CURRENCY = re.compile(r"(?i)(€|\beur\b|\beuros?\b)")
_NUMBER_CORE = r"\d{1,3}(?:[.,\u00a0\u202f\u2009 ']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SUFFIX_DASH = re.compile(r"[.,]\s*-{1,2}$")


def format_amount(amount: Decimal) -> str:
    """The contract's form: ``"9500.00"``."""
    return f"{amount.quantize(CENT):f}"


def format_amount_local(amount: Decimal, language: str = "nl") -> str:
    """How a Belgian or French reader writes it: ``€ 9.500,00`` (nl) or ``9 500,00 €`` (fr)."""
    whole, cents = format_amount(amount).split(".")
    groups = f"{int(whole):,}"
    if language == "fr":
        return groups.replace(",", _NARROW_NBSP) + f",{cents} €"
    return f"€ {groups.replace(',', '.')},{cents}"


def parse_amount(text: str) -> Decimal | None:
    """Read one amount; ``None`` when the text is not exactly one amount we can read without guessing."""
    if not isinstance(text, str) or len(text) > 60:
        return None
    cleaned = _CURRENCY.sub(" ", text).strip().strip(_SPACES).rstrip(".").strip()
    cleaned = _SUFFIX_DASH.sub("", cleaned).strip()
    multiplier = Decimal(1)
    if cleaned[-1:] in ("k", "K"):
        multiplier = Decimal(1000)
        cleaned = cleaned[:-1].strip()
    if not cleaned or not re.fullmatch(_NUMBER_CORE, cleaned):
        return None
    number = _normalise_separators(cleaned)
    if number is None:
        return None
    try:
        value = Decimal(number) * multiplier
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value >= _MAX_AMOUNT:
        return None
    return value.quantize(CENT)


def _normalise_separators(number: str) -> str | None:
    """Decide which of ``.`` and ``,`` is the decimal mark; return a plain ``1234.56`` string."""
    for space in _SPACES:
        number = number.replace(space, " ")
    decimal_part = ""
    last_mark = max(number.rfind("."), number.rfind(","))
    if last_mark != -1:
        tail = number[last_mark + 1:]
        head = number[:last_mark]
        has_other_mark = any(mark in head for mark in ".,")
        if len(tail) in (1, 2):
            decimal_part = tail
            number = head
        elif len(tail) == 3 and not has_other_mark and number[last_mark] == "." and " " not in head:
            pass  # "9.500": a thousands dot, the Belgian and French habit
        elif len(tail) != 3:
            return None
    groups = re.split(r"[., ]", number)
    if len(groups) > 1:
        # thousands groups must be 3 digits and the separator must be used consistently
        if any(len(group) != 3 for group in groups[1:]) or not 1 <= len(groups[0]) <= 3:
            return None
        separators = set(re.findall(r"[., ]", number))
        if len(separators) > 1:
            return None
    digits = "".join(groups)
    return f"{digits}.{decimal_part}" if decimal_part else digits


# An amount inside prose: a number that is marked as money (currency before or after, ",-" or "k").
_IN_TEXT = re.compile(
    r"(?ix)"
    r"(?P<pre>€|\beur\b)?[\s\u00a0\u202f]*"
    r"(?<![\d.,])(?P<number>" + _NUMBER_CORE + r")(?![\d])"
    r"(?P<post>\s*(?:,-|\.-|,--)|[\s\u00a0\u202f]*(?:€|eur\b|euros?\b)|k\b)?"
)


@dataclass(frozen=True)
class AmountMention:
    amount: Decimal
    start: int
    end: int
    marked: bool  # a currency sign, "euro", ",-" or "k" sits next to the number


# a number glued to a letter or two ("Q11", "A12", not "EUR6.800") or after a word that numbers a form's parts names
# that part
_REFERENCE_BEFORE = re.compile(r"(?i)(?:(?<![^\W\d_])[^\W\d_]{1,2}|\b(?:vraag|question|rubriek|rubrique|cadre|punt|"
                               r"point|art\.?|article|artikel|bijlage|annexe|sectie|section)\s*(?:n[°o]\.?\s*)?)\Z")


def find_amounts(text: str, *, require_mark: bool = True) -> list[AmountMention]:
    """Every amount mentioned in ``text``, in order. Unmarked numbers only with ``require_mark=False``."""
    mentions: list[AmountMention] = []
    for match in _IN_TEXT.finditer(text):
        marked = bool(match.group("pre") or match.group("post"))
        if require_mark and not marked:
            continue
        # a date (16.06.2019), a time or a postcode is not money
        following = text[match.end():match.end() + 1]
        if following and following in "./:" and text[match.end() + 1:match.end() + 2].isdigit():
            continue
        if not marked and _REFERENCE_BEFORE.search(text, 0, match.start() + len(match.group(0)) - len(
                match.group(0).lstrip())):
            continue  # "Voir aussi Q11.", "zie vraag 4": a question's number, no money
        amount = parse_amount(match.group(0).strip())
        if amount is None:
            continue
        mentions.append(AmountMention(amount, match.start(), match.end(), marked))
    return mentions
