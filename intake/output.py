"""Printing for the command line: plain tables for people, JSON lines for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, TextIO

from storage.records import iso_utc


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return iso_utc(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_default, sort_keys=False)


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout  # looked up now, not at import: tests and callers may redirect it
    for row in rows:
        out.write(dumps(row) + "\n")


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO | None = None,
                max_width: int = 40) -> None:
    out = out or sys.stdout
    cells = [[_cell(value, max_width) for value in row] for row in rows]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
