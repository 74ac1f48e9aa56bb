"""Pure parsers: bytes in, frozen dataclasses out. No I/O, no sockets, and nothing raises out of here.

Public API (used by the pipeline and ``intake extract``)::

    parse_document(data, filename, *, call=None, max_bytes=None) -> ParsedDocument  # bytes or a seekable file
    parse_body(raw_message, *, call=None) -> ParsedDocument            # filename "(body)"; bytes or a stream
    parse_email(raw_message, *, call=None, max_bytes=None) -> (body, [attachment documents])
    parsers.mime.read_mime(message, open_sink, *, text_limit) -> MimeReading  # the one MIME reader
    merge_fields(documents) -> {field: FieldValue}                     # stronger source, then newer, wins
    language_of([(language, is_body), ...]) -> language                # of an application
    field_to_json(field) -> {"value", "source", "confidence"}          # CONTRACT.md shape
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from parsers.field_table import FIELD_NAMES
from parsers.merge import language_of, merge_fields
from parsers.model import (
    BODY,
    ENCRYPTED,
    FAILED,
    FORM_FIELD,
    LABEL,
    NO_TEXT,
    PARSED,
    TABLE,
    TOO_LARGE,
    UNSUPPORTED,
    BudgetLine,
    FieldValue,
    ParsedDocument,
)
from parsers.money import format_amount

if TYPE_CHECKING:
    from parsers.documents import parse_body, parse_document, parse_email

# The document readers pull in pdfplumber, python-docx and OCR (about a second): only the commands that read
# documents should pay for them, not every `intake` start that merely needs a field name or a regex.
_LAZY = {"parse_body", "parse_document", "parse_email"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from parsers import documents

        return getattr(documents, name)
    raise AttributeError(f"module 'parsers' has no attribute {name!r}")


# Bump when extraction changes, so stored results can be found and re-parsed (2: OCR, ODT, RTF, .doc).
PARSER_VERSION = "2"


def field_to_json(field: FieldValue) -> dict[str, Any]:
    """``{"value", "source", "confidence"}``; amounts as ``"9500.00"``, budget lines as a list of dicts."""
    value: Any = field.value
    if isinstance(value, Decimal):
        value = format_amount(value)
    elif isinstance(value, tuple):
        value = [{"description": line.description, "amount": format_amount(line.amount)} for line in value]
    return {"value": value, "source": field.source, "confidence": round(float(field.confidence), 2)}


__all__ = [
    "BODY",
    "ENCRYPTED",
    "FAILED",
    "FIELD_NAMES",
    "FORM_FIELD",
    "LABEL",
    "NO_TEXT",
    "PARSED",
    "PARSER_VERSION",
    "TABLE",
    "TOO_LARGE",
    "UNSUPPORTED",
    "BudgetLine",
    "FieldValue",
    "ParsedDocument",
    "field_to_json",
    "language_of",
    "merge_fields",
    "parse_body",
    "parse_document",
    "parse_email",
]
