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
from storage.applications import Application, ApplicationField, Document, DocumentKind


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


def load_records(session: Session, call_id: str | None = None) -> list[dict[str, Any]]:
    """The flat records of all applications (of one call), in reference order: ``application_record`` of
    each, read as plain rows in three queries instead of ORM objects.

    For the console's list of a whole call: building 1,000 applications with their 14,000 field rows as
    ORM objects took 2.5 s of a 2.8 s list (cProfile), most of it creating and populating instances. Only
    current fields are read; ``to_check`` is ``to_check``'s rule on them.
    """
    application_query = select(
        Application.id, Application.reference, Application.status, Application.coordinator_status,
        Application.channel, Application.received_at, Application.on_time, Application.language,
        Application.sender, Application.missing, Application.problems).order_by(Application.sequence)
    field_query = (select(ApplicationField.application_id, ApplicationField.name, ApplicationField.value,
                          ApplicationField.set_by, ApplicationField.confidence)
                   .where(ApplicationField.superseded_at.is_(None)).order_by(ApplicationField.id))
    document_query = (select(Document.application_id, Document.message_pk, Document.part_index, Document.id,
                             Document.filename, Document.sha256, Document.parse_status)
                      .where(Document.application_id.is_not(None), Document.kind != DocumentKind.BODY))
    if call_id is not None:
        application_query = application_query.where(Application.call_id == call_id)
        chosen = select(Application.id).where(Application.call_id == call_id)
        field_query = field_query.where(ApplicationField.application_id.in_(chosen))
        document_query = document_query.where(Document.application_id.in_(chosen))
    fields: dict[int, dict[str, tuple[Any, str, float]]] = {}
    for application_id, name, value, set_by, confidence in session.execute(field_query):
        fields.setdefault(application_id, {})[name] = (value, set_by, confidence)
    documents: dict[int | None, list[tuple[tuple[int, int, int], dict[str, Any]]]] = {}
    for application_id, message_pk, part_index, document_id, filename, sha256, parse_status in \
            session.execute(document_query):
        documents.setdefault(application_id, []).append(
            ((message_pk or 0, part_index, document_id),
             {"filename": filename, "sha256": sha256, "parse_status": parse_status}))
    records = []
    for (application_id, reference, status, coordinator_status, channel, received_at, on_time, language, sender,
         missing, problems) in session.execute(application_query):
        current = fields.get(application_id, {})
        record: dict[str, Any] = {
            "reference": reference,
            "status": coordinator_status or status,
            "channel": channel,
            "received_at": iso_utc(received_at),
            "on_time": on_time,
            "language": language,
            "sender": sender,
        }
        for name in FIELD_NAMES:
            record[name] = current[name][0] if name in current else None
        record["missing"] = list(missing)
        record["problems"] = list(problems)
        record["to_check"] = sorted(name for name, (_value, set_by, confidence) in current.items()
                                    if set_by != "coordinator" and confidence < REVIEW_THRESHOLD)
        record["documents"] = [document for _key, document in sorted(documents.get(application_id, []),
                                                                      key=lambda item: item[0])]
        records.append(record)
    return records


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
