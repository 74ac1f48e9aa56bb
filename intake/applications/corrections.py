"""A coordinator's value for a field, checked and normalised the way extraction would have stored it."""

from __future__ import annotations

from typing import Any

from config.call import CallDefinition
from config.errors import UsageError
from parsers.fields import EMAIL_RE
from parsers.money import format_amount, parse_amount
from parsers.phone import normalise_phone
from parsers.places import match_municipality, normalise_postcode
from storage.records import FIELD_NAMES


def normalise_value(name: str, raw: str, call: CallDefinition) -> Any:
    """The JSON value to store for ``name``; raises UsageError with the expected format."""
    if name not in FIELD_NAMES:
        raise UsageError(f"unknown field {name!r}; fields are: {', '.join(FIELD_NAMES)}")
    text = raw.strip()
    if name in ("requested_amount", "total_budget"):
        amount = parse_amount(text)
        if amount is None:
            raise UsageError(f"{name} must be an amount in EUR, e.g. 9500 or 9.500,00; got {raw!r}")
        return format_amount(amount)
    if name == "email":
        match = EMAIL_RE.fullmatch(text)
        if not match:
            raise UsageError(f"not an e-mail address: {raw!r}")
        return text.lower()
    if name == "phone":
        phone = normalise_phone(text)
        if phone is None:
            raise UsageError(f"not a Belgian, French or international phone number: {raw!r}")
        return phone
    if name == "postcode":
        postcode = normalise_postcode(text)
        if postcode is None:
            raise UsageError(f"a postcode has 4 (BE) or 5 (FR) digits; got {raw!r}")
        return postcode
    if name == "municipality":
        municipality = match_municipality(text, call)
        return municipality.name if municipality else text
    if name == "country":
        if text.upper() not in ("BE", "FR"):
            raise UsageError(f"country is BE or FR; got {raw!r}")
        return text.upper()
    if name == "budget_lines":
        lines = []
        for item in text.split(";"):
            description, _, amount_text = item.rpartition(":")
            amount = parse_amount(amount_text)
            if not description.strip() or amount is None:
                raise UsageError("budget_lines: write 'description: amount; description: amount'")
            lines.append({"description": description.strip(), "amount": format_amount(amount)})
        return lines
    if not text:
        raise UsageError(f"{name} cannot be empty")
    return text
