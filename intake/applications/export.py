"""All applications as CSV, XLSX or JSON lines, from the same flat records as `intake list`."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from config.call import CallDefinition
from intake.output import dumps
from parsers.field_table import AMOUNT_FIELDS
from storage.records import CSV_COLUMNS, csv_row, records_csv


def to_jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(dumps(record) + "\n" for record in records).encode("utf-8")


def to_csv(records: list[dict[str, Any]]) -> bytes:
    # a BOM so that spreadsheet programs read the accents as UTF-8
    return ("\ufeff" + records_csv(records)).encode("utf-8")


def to_xlsx(records: list[dict[str, Any]], call: CallDefinition) -> bytes:
    """One row per application, typed columns (amounts as numbers, dates as dates), and a totals row."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Applications"
    sheet.append(list(CSV_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    from datetime import datetime

    for record in records:
        row: list[Any] = []
        for column, text in zip(CSV_COLUMNS, csv_row(record), strict=True):
            value = record.get(column)
            if column in AMOUNT_FIELDS:
                row.append(float(Decimal(value)) if value is not None else None)
            elif column == "received_at" and value:
                # Excel has no time zones: show Brussels wall time, as the coordinator reads it
                row.append(datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(call.timezone)
                           .replace(tzinfo=None))
            elif column == "on_time":
                row.append(bool(value))
            else:
                row.append(text)
        sheet.append(row)
    last = len(records) + 1
    requested_column = get_column_letter(CSV_COLUMNS.index("requested_amount") + 1)
    totals = [None] * len(CSV_COLUMNS)
    totals[0] = "Total requested"
    totals[CSV_COLUMNS.index("requested_amount")] = f"=SUM({requested_column}2:{requested_column}{last})"
    sheet.append(totals)
    pot = [None] * len(CSV_COLUMNS)
    pot[0] = f"Pot ({call.currency})"
    pot[CSV_COLUMNS.index("requested_amount")] = float(call.pot)
    sheet.append(pot)
    for row in sheet.iter_rows(min_row=last + 1, max_row=last + 2):
        row[0].font = Font(bold=True)
    for index, column in enumerate(CSV_COLUMNS, start=1):
        letter = get_column_letter(index)
        if column in AMOUNT_FIELDS:
            for cell in sheet[letter][1:]:
                cell.number_format = "#,##0.00"
        elif column == "received_at":
            for cell in sheet[letter][1:]:
                cell.number_format = "yyyy-mm-dd hh:mm"
        sheet.column_dimensions[letter].width = 14 if column in AMOUNT_FIELDS else 22
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
