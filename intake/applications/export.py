"""All applications as a file: xlsx and Belgian CSV for people, plain CSV and JSON lines for scripts.

The same flat records as `intake list`, used by `intake export` and the console's export buttons.

- ``xlsx``: headers and values in words (NL or FR), amounts as numbers, dates in Brussels time, widths
  that fit, wrapped text, filter buttons, a frozen header, and totals below the table: all, still in the
  race (not rejected or withdrawn), selected, each against the pot. The totals are written as numbers,
  not formulas: openpyxl cannot store a formula's result, and a viewer that does not calculate (a mail
  preview, a phone) would show an empty cell.
- ``csv-be``: what Excel in Belgium opens with a double click: ``;`` between columns, UTF-8 with a BOM,
  a decimal comma, headers and values in words.
- ``csv``: the plain, stable CSV for scripts (names of the contract, ``,``, decimal point).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from config.call import CallDefinition
from intake.output import dumps
from notifications.wording import (
    CHANNEL,
    YES_NO,
    column_label,
    document_state,
    problem_label,
    status_label,
)
from parsers.field_table import AMOUNT_FIELDS, field_word
from storage.applications import ApplicationStatus
from storage.records import CSV_COLUMNS, csv_cell, records_csv

FORMATS = ("csv", "csv-be", "xlsx", "jsonl")
BINARY_FORMATS = ("xlsx",)
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "csv-be": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "jsonl": "application/x-ndjson; charset=utf-8",
}
OUT_OF_RACE = (ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)
WRAPPED = frozenset({"summary", "budget_lines", "documents", "problems", "missing", "project_title", "address"})
MAX_WIDTH = 50
SHEET_TITLE = {"nl": "Aanvragen", "fr": "Demandes"}
TOTAL_WORDS = {
    "nl": {"all": "Alle aanvragen", "in_race": "Nog in de running (niet afgewezen of ingetrokken)",
           "selected": "Geselecteerd", "pot": "Pot", "left": "Nog te verdelen (pot min geselecteerd)",
           "count": "{n} aanvragen"},
    "fr": {"all": "Toutes les demandes", "in_race": "Encore en lice (ni refusées ni retirées)",
           "selected": "Sélectionnées", "pot": "Enveloppe", "left": "Reste à attribuer (enveloppe moins sélection)",
           "count": "{n} demandes"},
}


@dataclass(frozen=True)
class Totals:
    all: Decimal
    all_count: int
    in_race: Decimal
    in_race_count: int
    selected: Decimal
    selected_count: int
    pot: Decimal
    unknown_count: int = 0  # applications without an amount: not in any sum (an unknown is not zero)

    @property
    def left(self) -> Decimal:
        return self.pot - self.selected


def _amount(record: dict[str, Any]) -> Decimal:
    value = record.get("requested_amount")
    return Decimal(value) if value not in (None, "") else Decimal(0)


def totals(records: list[dict[str, Any]], call: CallDefinition) -> Totals:
    """Requested amounts: all, still in the race, selected; and the pot they are weighed against."""
    in_race = [r for r in records if r["status"] not in OUT_OF_RACE]
    selected = [r for r in records if r["status"] == ApplicationStatus.SELECTED]
    return Totals(all=sum(map(_amount, records), Decimal(0)), all_count=len(records),
                  in_race=sum(map(_amount, in_race), Decimal(0)), in_race_count=len(in_race),
                  selected=sum(map(_amount, selected), Decimal(0)), selected_count=len(selected),
                  pot=Decimal(call.pot),
                  unknown_count=sum(1 for r in records if r.get("requested_amount") in (None, "")))


def to_jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(dumps(record) + "\n" for record in records).encode("utf-8")


def to_csv(records: list[dict[str, Any]]) -> bytes:
    # a BOM so that spreadsheet programs read the accents as UTF-8
    return ("\ufeff" + records_csv(records)).encode("utf-8")


def _local(value: str | None, call: CallDefinition) -> datetime | None:
    if not value:
        return None
    # Excel has no time zones: Brussels wall time, as the coordinator reads it
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(call.timezone).replace(tzinfo=None)


def _words(column: str, value: Any, language: str, *, line_break: str) -> str:
    """One value as the coordinator reads it (no codes)."""
    if value is None:
        return ""
    if column == "status":
        return status_label(value, language)
    if column == "channel":
        return CHANNEL[language].get(value, value)
    if column == "on_time":
        return YES_NO[language][0 if value else 1]
    if column == "language":
        return str(value).upper()
    if column == "missing":
        return ", ".join(field_word(name, language) for name in value)
    if column == "problems":
        return ", ".join(problem_label(code, language) for code in value)
    if column == "documents":
        states = ((d["filename"], document_state(d["parse_status"], d.get("content_type", ""), language))
                  for d in value)
        return line_break.join(f"{name} ({state})" for name, state in states)
    if column == "budget_lines":
        return line_break.join(f"{line['description']}: {line['amount']}" for line in value)
    return str(value)


def _decimal_comma(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


def to_csv_be(records: list[dict[str, Any]], call: CallDefinition, language: str = "nl") -> bytes:
    """CSV for Excel in Belgium: semicolons, UTF-8 with BOM, decimal comma, words; totals after a blank line."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([column_label(column, language) for column in CSV_COLUMNS])
    for record in records:
        row = []
        for column in CSV_COLUMNS:
            value = record.get(column)
            if column in AMOUNT_FIELDS:
                row.append(_decimal_comma(Decimal(value)) if value not in (None, "") else "")
            elif column == "received_at":
                local = _local(value, call)
                row.append(local.strftime("%d/%m/%Y %H:%M") if local else "")
            else:
                # words are text: defused like any other text cell (a value starting with = never runs)
                row.append(csv_cell("text", _words(column, value, language, line_break=" | ")))
        writer.writerow(row)
    writer.writerow([])
    amount_index = CSV_COLUMNS.index("requested_amount")
    for label, amount in _total_lines(totals(records, call), language):
        row = [""] * len(CSV_COLUMNS)
        row[0] = label
        row[amount_index] = _decimal_comma(amount)
        writer.writerow(row)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _total_lines(summary: Totals, language: str) -> list[tuple[str, Decimal]]:
    words = TOTAL_WORDS[language]

    def counted(key: str, n: int) -> str:
        return f"{words[key]} ({words['count'].format(n=n)})"

    return [
        (counted("all", summary.all_count), summary.all),
        (counted("in_race", summary.in_race_count), summary.in_race),
        (counted("selected", summary.selected_count), summary.selected),
        (words["pot"], summary.pot),
        (words["left"], summary.left),
    ]


def _set_text(cell, text: str) -> None:
    cell.value = text
    cell.data_type = "s"  # applicant text is never a formula, whatever it starts with


def to_xlsx(records: list[dict[str, Any]], call: CallDefinition, language: str = "nl") -> bytes:
    """One row per application in words, a filterable table with a frozen header, and the totals below."""
    # Imported here: openpyxl (with numpy) costs ~0.3 s, and every command loads this module.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE[language]
    headers = [column_label(column, language) for column in CSV_COLUMNS]
    sheet.append(headers)
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [len(header) for header in headers]
    for row_index, record in enumerate(records, start=2):
        for column_index, column in enumerate(CSV_COLUMNS, start=1):
            value = record.get(column)
            cell = sheet.cell(row=row_index, column=column_index)
            if column in AMOUNT_FIELDS:
                cell.value = float(Decimal(value)) if value not in (None, "") else None
                cell.number_format = "#,##0.00"
                shown = 12
            elif column == "received_at":
                cell.value = _local(value, call)
                cell.number_format = "dd/mm/yyyy hh:mm"
                shown = 16
            else:
                text = _words(column, value, language, line_break="\n")
                _set_text(cell, text)
                shown = max((len(line) for line in text.split("\n")), default=0)
            cell.alignment = Alignment(wrap_text=column in WRAPPED, vertical="top")
            widths[column_index - 1] = max(widths[column_index - 1], shown)
    last_row = len(records) + 1
    last_column = get_column_letter(len(CSV_COLUMNS))
    sheet.auto_filter.ref = f"A1:{last_column}{last_row}"
    sheet.freeze_panes = "B2"
    amount_column = CSV_COLUMNS.index("requested_amount") + 1
    total_row = last_row + 2  # one empty row: the totals are not part of the filtered table
    for offset, (label, amount) in enumerate(_total_lines(totals(records, call), language)):
        label_cell = sheet.cell(row=total_row + offset, column=1)
        _set_text(label_cell, label)
        label_cell.font = bold
        amount_cell = sheet.cell(row=total_row + offset, column=amount_column, value=float(amount))
        amount_cell.number_format = "#,##0.00"
        amount_cell.font = bold
    for index, width in enumerate(widths, start=1):
        # the label column holds the totals' words too, which may spill into the empty cells beside them
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, max(8, width + 2))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_bytes(kind: str, records: list[dict[str, Any]], call: CallDefinition, language: str = "nl") -> bytes:
    """The file of ``kind`` (one of FORMATS)."""
    if kind == "jsonl":
        return to_jsonl(records)
    if kind == "csv":
        return to_csv(records)
    if kind == "csv-be":
        return to_csv_be(records, call, language)
    if kind == "xlsx":
        return to_xlsx(records, call, language)
    raise ValueError(f"not an export format: {kind!r}")


def export_filename(kind: str, call: CallDefinition, language: str, today: str) -> str:
    stem = {"nl": "aanvragen", "fr": "demandes"}[language]
    suffix = {"csv": "csv", "csv-be": "csv", "xlsx": "xlsx", "jsonl": "jsonl"}[kind]
    extra = "-excel" if kind == "csv-be" else ""
    return f"{stem}-{call.call_id}-{today}{extra}.{suffix}"
