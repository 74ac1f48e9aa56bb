"""All applications as flat records and as CSV: the digest's attachment (and the base of `intake export`).

One record per application with the contract's keys: reference, status, channel, received_at (ISO 8601,
UTC), on_time, language, sender, the field values flat, missing and problems. Lists are joined with
``; `` in CSV cells; budget lines are written as ``description: amount`` pairs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import UTC
from typing import Any

from storage.applications import Application

FIELD_NAMES = ("organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
               "project_title", "summary", "requested_amount", "total_budget", "budget_lines")
CSV_COLUMNS = ("reference", "status", "channel", "received_at", "on_time", "language", "sender", *FIELD_NAMES,
               "missing", "problems")


def application_record(application: Application) -> dict[str, Any]:
    """The flat record of one application (JSON-ready: strings, booleans, lists)."""
    fields = application.current_fields()
    record: dict[str, Any] = {
        "reference": application.reference,
        "status": application.effective_status,
        "channel": application.channel,
        "received_at": application.received_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "on_time": application.on_time,
        "language": application.language,
        "sender": application.sender,
    }
    for name in FIELD_NAMES:
        record[name] = fields[name].value if name in fields else None
    record["missing"] = list(application.missing)
    record["problems"] = list(application.problems)
    return record


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(f"{item.get('description', '')}: {item.get('amount', '')}" if isinstance(item, dict)
                         else str(item) for item in value)
    text = str(value)
    # a cell starting with = + - @ is a formula to a spreadsheet: applicant text must never run
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def applications_csv(applications: Iterable[Application]) -> str:
    """CSV text (UTF-8, comma-separated, header row) of the given applications."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for application in applications:
        record = application_record(application)
        writer.writerow([_cell(record[column]) for column in CSV_COLUMNS])
    return out.getvalue()
