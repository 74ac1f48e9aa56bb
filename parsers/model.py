"""The values parsers hand to the rest of intake: small, frozen, and safe to store or compare."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType


class ParseStatus(StrEnum):
    """A document's ``parse_status`` (CONTRACT.md)."""

    PARSED = "parsed"
    NO_TEXT = "no_text"  # nothing to read: a blank page, an empty mail
    UNSUPPORTED = "unsupported"
    ENCRYPTED = "encrypted"
    TOO_LARGE = "too_large"
    FAILED = "failed"


UNREADABLE = frozenset(ParseStatus) - {ParseStatus.PARSED}

# the names the parsers have always used, for brevity inside parsers/
PARSED, NO_TEXT, UNSUPPORTED, ENCRYPTED, TOO_LARGE, FAILED = (
    ParseStatus.PARSED, ParseStatus.NO_TEXT, ParseStatus.UNSUPPORTED, ParseStatus.ENCRYPTED, ParseStatus.TOO_LARGE,
    ParseStatus.FAILED)

# Where a value was read. A value the applicant typed into a named box is worth more than one we
# guessed from prose, so merging ranks by source before confidence.
FORM_FIELD = "form_field"
TABLE = "table"
LABEL = "label"
BODY = "body"
QUOTED = "quoted"  # from the earlier mail quoted or forwarded below the own words: what it said then
GUESSED = "guessed"  # from an OCR reading too garbled to read as it stands (an e-mail address, a postcode)
# worked out from other values the document states (the request as the total less the own share), never said
DERIVED = "derived"
# the name in the mail's From header ("Jeugdhuis De Kelder <marijke...>"): what the sender's mail program shows,
# typed once for every mail, not for this application
SENDER = "sender"
SOURCE_RANK: Mapping[str, int] = MappingProxyType({FORM_FIELD: 4, TABLE: 3, LABEL: 2, BODY: 1, QUOTED: 0,
                                                   GUESSED: 0, DERIVED: 0, SENDER: 0})



@dataclass(frozen=True)
class BudgetLine:
    description: str
    amount: Decimal


FieldData = str | Decimal | tuple[BudgetLine, ...]


@dataclass(frozen=True)
class FieldValue:
    name: str
    value: FieldData
    source: str
    confidence: float


def _empty_fields() -> Mapping[str, FieldValue]:
    return MappingProxyType({})


SIGNATURE_MARK = "\n-- \n"  # in a mail body's text: its own words above, its signature below


@dataclass(frozen=True)
class ParsedDocument:
    filename: str
    content_type: str
    parse_status: str
    error: str | None
    language: str | None
    fields: Mapping[str, FieldValue] = field(default_factory=_empty_fields)
    text: str = ""


def outranks(candidate: FieldValue, current: FieldValue | None) -> bool:
    """True when ``candidate`` should replace ``current``: stronger source first, then confidence."""
    if current is None:
        return True
    return (SOURCE_RANK.get(candidate.source, 0), candidate.confidence) > (
        SOURCE_RANK.get(current.source, 0), current.confidence)


def best_by_field(candidates: list[FieldValue] | tuple[FieldValue, ...]) -> dict[str, FieldValue]:
    chosen: dict[str, FieldValue] = {}
    for candidate in candidates:
        if outranks(candidate, chosen.get(candidate.name)):
            chosen[candidate.name] = candidate
    return chosen
