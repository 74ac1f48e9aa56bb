"""A coordinator's value for a field, checked and normalised the way extraction would have stored it."""

from __future__ import annotations

from typing import Any

from config.call import CallDefinition
from config.errors import UsageError
from parsers.field_table import BY_NAME, FIELD_NAMES, FieldKind, normalise, parse_budget_lines, to_stored


def normalise_value(name: str, raw: str, call: CallDefinition) -> Any:
    """The JSON value to store for ``name``; raises UsageError with the expected format."""
    spec = BY_NAME.get(name)
    if spec is None:
        raise UsageError(f"unknown field {name!r}; fields are: {', '.join(FIELD_NAMES)}")
    if not raw.strip():
        raise UsageError(f"{name} cannot be empty")
    value: Any = (parse_budget_lines(raw) if spec.kind is FieldKind.BUDGET_LINES
                  else normalise(name, raw, call))
    if value is None:
        raise UsageError(f"{name} must be {spec.expected}; got {raw!r}")
    return to_stored(value)
