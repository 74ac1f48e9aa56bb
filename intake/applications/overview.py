"""Where the call stands: the list of applications filtered, searched and sorted, and the desk's summary.

Used by the console (`/`, `/applications`); the records are those of `intake list`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.call import CallDefinition
from intake.applications.export import Totals, totals
from storage.applications import BY_COORDINATOR
from storage.incidents import Incident
from storage.models import Message, MessageStatus
from storage.outbox import RETRYABLE, OutboxState, OutgoingMail
from storage.records import load_records

SORT_KEYS = ("reference", "received_at", "status", "municipality", "project_title", "requested_amount")
# what the list shows, searches and sorts on: the other fields are not read for it (see load_records)
LIST_FIELDS = ("organisation", "contact_name", "municipality", "project_title", "summary", "requested_amount")
# rows per page of the list: a call of 1,000 applications is ten pages, not one of 400 KB (issue 16)
PAGE_SIZE = 100


def overview_records(session: Session, call: CallDefinition) -> list[dict[str, Any]]:
    """The flat records of the call (each with ``to_check``, the unsure fields' names).

    Read as plain rows (``load_records``), not ORM objects: the list of 1,000 applications is the console's
    largest page."""
    return load_records(session, call.call_id)


def list_records(session: Session, call: CallDefinition) -> list[dict[str, Any]]:
    """The records of the console's list: only the fields it shows, searches and sorts on, no documents."""
    return load_records(session, call.call_id, fields=LIST_FIELDS, documents=False)


@dataclass(frozen=True)
class Page:
    """One page of a list: its rows, its number (from 1) and how many pages there are."""
    rows: list[dict[str, Any]]
    number: int
    count: int
    first: int  # the 1-based position of its first row (0 when empty)


def page_of(records: list[dict[str, Any]], number: int, size: int | None = None) -> Page:
    """Page ``number`` of ``records`` (a number past the end is the last page, below 1 the first)."""
    size = size or PAGE_SIZE
    count = max(1, -(-len(records) // size))
    number = min(max(1, number), count)
    start = (number - 1) * size
    rows = records[start:start + size]
    return Page(rows, number, count, start + 1 if rows else 0)


@dataclass(frozen=True)
class ListQuery:
    status: str = ""
    municipality: str = ""
    language: str = ""
    problem: str = ""
    only_to_check: bool = False
    search: str = ""
    sort: str = "reference"
    descending: bool = False
    page: int = 1


def _sort_key(sort: str):
    def key(record: dict[str, Any]):
        value = record.get(sort)
        if sort == "requested_amount":
            return (value is None, Decimal(value) if value else Decimal(0))
        return (value is None, str(value or "").casefold())
    return key


def select_records(records: list[dict[str, Any]], query: ListQuery) -> list[dict[str, Any]]:
    chosen = records
    if query.status:
        chosen = [r for r in chosen if r["status"] == query.status]
    if query.municipality:
        wanted = query.municipality.casefold()
        chosen = [r for r in chosen if (r["municipality"] or "").casefold() == wanted]
    if query.language:
        chosen = [r for r in chosen if (r["language"] or "") == query.language]
    if query.problem == "missing":
        chosen = [r for r in chosen if r["missing"]]
    elif query.problem == "any":
        chosen = [r for r in chosen if r["problems"] or r["missing"]]
    elif query.problem:
        chosen = [r for r in chosen if query.problem in r["problems"]]
    if query.only_to_check:
        chosen = [r for r in chosen if r.get("to_check")]
    if query.search.strip():
        needle = query.search.strip().casefold()
        chosen = [r for r in chosen if any(needle in str(r.get(key) or "").casefold() for key in (
            "reference", "project_title", "organisation", "sender", "contact_name", "municipality", "summary"))]
    sort = query.sort if query.sort in SORT_KEYS else "reference"
    return sorted(chosen, key=_sort_key(sort), reverse=query.descending)


@dataclass
class Attention:
    kind: str  # failed_message, outbox, incomplete, problem, to_check, incident
    reference: str | None = None
    detail: list[str] = field(default_factory=list)
    subject: str = ""
    item_id: int | None = None


@dataclass
class DeskSummary:
    by_status: dict[str, int]
    totals: Totals
    days_left: int
    deadline: datetime
    attention: list[Attention]
    incidents: list[Incident]
    municipalities: list[str]


def desk_summary(session: Session, call: CallDefinition, now: datetime) -> DeskSummary:
    """Counts, money against the pot, days left, and what needs the coordinator now.

    The attention list here is built from what intake already records; `intake attention` (its own
    issue) will replace it with items that carry their own actions.
    """
    records = overview_records(session, call)
    attention: list[Attention] = []
    for message in session.scalars(select(Message).where(Message.status == MessageStatus.FAILED).order_by(Message.id)):
        attention.append(Attention("failed_message", subject=message.subject, detail=[message.error or ""],
                                   item_id=message.id))
    for row in session.scalars(select(OutgoingMail).where(
            OutgoingMail.state.in_((*RETRYABLE, OutboxState.BOUNCED))).order_by(OutgoingMail.id)):
        attention.append(Attention("outbox", subject=row.subject, detail=[row.state, row.last_error or ""],
                                   item_id=row.id))
    decided = (*BY_COORDINATOR,)
    for record in records:
        if record["status"] in decided:
            continue
        if record["problems"]:
            attention.append(Attention("problem", record["reference"], list(record["problems"]),
                                       record["project_title"] or ""))
        if record["missing"]:
            attention.append(Attention("incomplete", record["reference"], list(record["missing"]),
                                       record["project_title"] or ""))
        if record["to_check"]:
            attention.append(Attention("to_check", record["reference"], list(record["to_check"]),
                                       record["project_title"] or ""))
    incidents = list(session.scalars(select(Incident).where(Incident.ended_at.is_(None)).order_by(Incident.started_at)))
    local_today = now.astimezone(call.timezone).date()
    return DeskSummary(
        by_status=dict(Counter(r["status"] for r in records)),
        totals=totals(records, call),
        days_left=(call.deadline_date - local_today).days,
        deadline=call.deadline,
        attention=attention,
        incidents=incidents,
        municipalities=sorted({r["municipality"] for r in records if r["municipality"]}),
    )
