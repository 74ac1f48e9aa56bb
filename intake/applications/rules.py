"""The call's rules, as pure functions of an application's values: deadline, amount, region, completeness.

A rule never rejects: it names a problem (``problems``) or a missing field (``missing``) and the status
follows; deciding is the coordinator's job, and a status the coordinator set is never overwritten.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from config.call import CallDefinition
from parsers.field_table import REQUIRED_FIELDS
from parsers.model import UNREADABLE
from parsers.places import match_municipality
from storage.applications import ApplicationStatus

# Problem codes (CONTRACT: `problems`); the receipt and the digest explain each in plain words.
LATE = "late"
OVER_MAX_AMOUNT = "over_max_amount"
OUTSIDE_REGION = "outside_region"
REGION_UNKNOWN = "region_unknown"
UNREADABLE_DOCUMENT = "unreadable_document"
REQUESTED_OVER_TOTAL = "requested_over_total"

# What the call needs to judge an idea is the field table's ``required``; "organisation" stands for
# "organisation or contact name".
UNREADABLE_STATUSES = UNREADABLE


@dataclass(frozen=True)
class Verdict:
    status: str
    missing: tuple[str, ...]
    problems: tuple[str, ...]


def on_time_by_arrival(received_at: datetime, call: CallDefinition) -> bool:
    """On time when the server's arrival time is at or before the deadline (local time, summer time applied)."""
    if received_at.tzinfo is None:
        raise ValueError("arrival time must be timezone-aware")
    return received_at <= call.deadline


def on_time_by_postmark(postmark: date, call: CallDefinition) -> bool:
    """For mail by post the postmark's date counts."""
    return postmark <= call.deadline_date


def amount(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _present(value: Any) -> bool:
    return value not in (None, "", [], ())


def region_problem(values: Mapping[str, Any], call: CallDefinition) -> str | None:
    municipality = values.get("municipality")
    postcode = values.get("postcode")
    if not _present(municipality) and not _present(postcode):
        return REGION_UNKNOWN
    if _present(municipality) and match_municipality(str(municipality), call) is not None:
        return None
    if _present(postcode) and call.municipality_by_postcode(str(postcode)) is not None:
        if not _present(municipality):
            return None
        # A French postcode is shared by communes in and out of the area: the name decides there.
        if len(str(postcode)) == 4:
            return None
    return OUTSIDE_REGION


def evaluate(values: Mapping[str, Any], *, on_time: bool, document_statuses: Iterable[str],
             call: CallDefinition, unsure: Collection[str] = ()) -> Verdict:
    """Judge an application's current values against the call.

    ``unsure``: fields read with a confidence below the review threshold (to check). An unsure amount is
    never final: it raises no ``over_max_amount`` and no ``requested_over_total``; the coordinator checks it
    first (it is listed in ``to_check``)."""
    missing = []
    for name in REQUIRED_FIELDS:
        if name == "organisation":
            if not _present(values.get("organisation")) and not _present(values.get("contact_name")):
                missing.append(name)
        elif not _present(values.get(name)):
            missing.append(name)

    problems = []
    if not on_time:
        problems.append(LATE)
    requested = amount(values.get("requested_amount"))
    total = amount(values.get("total_budget"))
    if "requested_amount" in unsure:
        requested = None
    if "total_budget" in unsure:
        total = None
    if requested is not None and requested > call.max_amount:
        problems.append(OVER_MAX_AMOUNT)
    if requested is not None and total is not None and requested > total:
        problems.append(REQUESTED_OVER_TOTAL)
    region = region_problem(values, call)
    if region:
        problems.append(region)
    if any(status in UNREADABLE_STATUSES for status in document_statuses):
        problems.append(UNREADABLE_DOCUMENT)

    if not on_time:
        status = ApplicationStatus.LATE
    elif missing:
        status = ApplicationStatus.INCOMPLETE
    else:
        status = ApplicationStatus.COMPLETE
    return Verdict(status=status, missing=tuple(missing), problems=tuple(problems))
