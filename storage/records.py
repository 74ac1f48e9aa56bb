"""An application as one flat record: the shape of `intake list`/`export --format jsonl` (CONTRACT.md).

Kept in storage so that every consumer (the CLI's list and export, the digest's CSV) shows the same thing.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text, cast, select
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


def load_records(session: Session, call_id: str | None = None, *, fields: Sequence[str] = FIELD_NAMES,
                 documents: bool = True) -> list[dict[str, Any]]:
    """The flat records of all applications (of one call), in reference order: ``application_record`` of
    each, read as plain rows in three queries instead of ORM objects.

    For the console's list of a whole call: building 1,000 applications with their 14,000 field rows as
    ORM objects took 2.5 s of a 2.8 s list (cProfile), most of it creating and populating instances. Only
    current fields are read; ``to_check`` is ``to_check``'s rule on them, asked of the database. A reader
    that shows fewer fields names them (``fields``; the others are left out of the record, not None) and may
    go without the documents: the console's list decoded 14,000 JSON values per request to show 6 of 14.
    """
    wanted = tuple(fields)
    application_query = select(
        Application.id, Application.reference, Application.status, Application.coordinator_status,
        Application.channel, Application.received_at, Application.on_time, Application.language,
        Application.sender, cast(Application.missing, Text), cast(Application.problems, Text)
    ).order_by(Application.sequence)
    current_only = ApplicationField.superseded_at.is_(None)
    # JSON columns read as their text and decoded in one call for the whole list: 8,000 json.loads calls
    # were a third of the list's time (a joined array decodes 20x faster, in C)
    field_query = (select(ApplicationField.application_id, ApplicationField.name,
                          cast(ApplicationField.value, Text))
                   .where(current_only).order_by(ApplicationField.id))
    if wanted != FIELD_NAMES:
        field_query = field_query.where(ApplicationField.name.in_(wanted))
    # to_check's rule in SQL: the unsure rows are few, and reading every field row to find them cost more
    # than the rest of the list (issue 16's profile)
    unsure_query = select(ApplicationField.application_id, ApplicationField.name).where(
        current_only, ApplicationField.set_by != "coordinator", ApplicationField.confidence < REVIEW_THRESHOLD)
    document_query = (select(Document.application_id, Document.message_pk, Document.part_index, Document.id,
                             Document.filename, Document.sha256, Document.parse_status)
                      .where(Document.application_id.is_not(None), Document.kind != DocumentKind.BODY))
    if call_id is not None:
        application_query = application_query.where(Application.call_id == call_id)
        chosen = select(Application.id).where(Application.call_id == call_id)
        field_query = field_query.where(ApplicationField.application_id.in_(chosen))
        unsure_query = unsure_query.where(ApplicationField.application_id.in_(chosen))
        document_query = document_query.where(Document.application_id.in_(chosen))
    # Core rows (the connection, not the ORM session's loading machinery): plain tuples are all we read
    connection = session.connection()
    field_rows = connection.execute(field_query).all()
    current_fields: dict[int, dict[str, Any]] = {}
    for (application_id, name, _text), field_value in zip(field_rows, _decoded(row[2] for row in field_rows),
                                                          strict=True):
        current_fields.setdefault(application_id, {})[name] = field_value
    unsure: dict[int, list[str]] = {}
    for application_id, name in connection.execute(unsure_query):
        unsure.setdefault(application_id, []).append(name)
    found_documents: dict[int | None, list[tuple[tuple[int, int, int], dict[str, Any]]]] = {}
    if documents:
        for owner, message_pk, part_index, document_id, filename, sha256, parse_status in \
                connection.execute(document_query):
            found_documents.setdefault(owner, []).append(
                ((message_pk or 0, part_index, document_id),
                 {"filename": filename, "sha256": sha256, "parse_status": parse_status}))
    application_rows = connection.execute(application_query).all()
    texts: list[str | None] = []
    for row in application_rows:
        texts += (row[-2], row[-1])  # missing, problems
    lists = iter(_decoded(texts))
    records = []
    for (application_id, reference, status, coordinator_status, channel, received_at, on_time, language, sender,
         _missing, _problems) in application_rows:
        missing, problems = next(lists), next(lists)
        current = current_fields.get(application_id, {})
        record: dict[str, Any] = {
            "reference": reference,
            "status": coordinator_status or status,
            "channel": channel,
            "received_at": iso_utc(received_at),
            "on_time": on_time,
            "language": language,
            "sender": sender,
        }
        for name in wanted:
            record[name] = current.get(name)
        record["missing"] = list(missing or ())
        record["problems"] = list(problems or ())
        record["to_check"] = sorted(set(unsure.get(application_id, ())))
        if documents:
            record["documents"] = [document for _key, document in sorted(found_documents.get(application_id, []),
                                                                          key=lambda item: item[0])]
        records.append(record)
    return records


def _decoded(texts: Iterable[str | None]) -> list[Any]:
    """JSON texts decoded in one call (a missing value, SQL NULL, is None)."""
    decoded: list[Any] = json.loads("[" + ",".join(text if text is not None else "null" for text in texts) + "]")
    return decoded


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
