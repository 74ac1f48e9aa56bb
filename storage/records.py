"""An application as one flat record: the shape of `intake list`/`export --format jsonl` (CONTRACT.md).

Kept in storage so that every consumer (the CLI's list and export, the digest's CSV) shows the same thing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from parsers.confidence import REVIEW_THRESHOLD
from parsers.field_table import FIELD_NAMES
from storage.applications import Application, DocumentKind


def iso_utc(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def load_applications(session: Session, call_id: str | None = None) -> list[Application]:
    """All applications (of one call), in reference order, with what a record needs loaded in bulk."""
    query = (select(Application).options(selectinload(Application.fields), selectinload(Application.documents))
             .order_by(Application.sequence))
    if call_id is not None:
        query = query.where(Application.call_id == call_id)
    return list(session.scalars(query))


def to_check(application: Application) -> list[str]:
    """The fields whose extracted value is unsure (below the review threshold): the coordinator checks them.

    A coordinator's own value is never unsure."""
    return sorted(name for name, field in application.current_fields().items()
                  if field.set_by != "coordinator" and field.confidence < REVIEW_THRESHOLD)


def application_record(application: Application) -> dict[str, Any]:
    """The flat record; fields not found are None here (and absent from nothing: the keys are stable)."""
    values = {name: field.value for name, field in application.current_fields().items()}
    record: dict[str, Any] = {
        "reference": application.reference,
        "status": application.effective_status,
        "channel": application.channel,
        "received_at": iso_utc(application.received_at),
        "on_time": application.on_time,
        "language": application.language,
        "sender": application.sender,
    }
    for name in FIELD_NAMES:
        record[name] = values.get(name)
    record["missing"] = list(application.missing)
    record["problems"] = list(application.problems)
    record["to_check"] = to_check(application)
    record["documents"] = [
        {"filename": d.filename, "sha256": d.sha256, "parse_status": d.parse_status}
        for d in sorted(application.documents, key=lambda d: (d.message_pk or 0, d.part_index, d.id))
        if d.kind != DocumentKind.BODY
    ]
    return record


CSV_COLUMNS: tuple[str, ...] = (
    "reference", "status", "channel", "received_at", "on_time", "language", "sender", *FIELD_NAMES,
    "missing", "problems", "documents",
)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_cell(column: str, value: Any) -> str:
    """One value as spreadsheet-safe text: lists joined with '; ', formulas defused."""
    if column == "budget_lines" and value:
        text = "; ".join(f"{line['description']}: {line['amount']}" for line in value)
    elif column == "documents":
        text = "; ".join(f"{d['filename']} ({d['parse_status']})" for d in value or [])
    elif isinstance(value, list):
        text = "; ".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = "" if value is None else str(value)
    # a cell starting with = + - @ is a formula to a spreadsheet: applicant text must never run.
    # Numbers (amounts, an E.164 phone) are data, not formulas.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        text = "'" + text
    return text


def csv_row(record: dict[str, Any]) -> list[str]:
    return [csv_cell(column, record.get(column)) for column in CSV_COLUMNS]


def records_csv(records: Iterable[dict[str, Any]]) -> str:
    """CSV text (header row, CRLF lines) of flat records."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow(csv_row(record))
    return out.getvalue()


def applications_csv(applications: Iterable[Application]) -> str:
    """CSV text of the given applications: the digest's attachment and `intake export --format csv`."""
    return records_csv(application_record(a) for a in applications)
