"""RTF letters and forms to text and tables, with striprtf (pure Python, maintained, no native code).

RTF names its own code page (``\\ansicpg1252``); the 8-bit escapes (``\\'e9``) are decoded with it. striprtf
writes a table cell's end as ``|``; such lines become table rows so "Label | value" rows read like a
DOCX table's.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from striprtf.striprtf import rtf_to_text

MAX_RTF_BYTES = 20 * 1024 * 1024


class RtfError(ValueError):
    """Not a readable RTF file."""


@dataclass(frozen=True)
class TextWithTables:
    text: str
    tables: tuple[tuple[tuple[str, ...], ...], ...]


def split_pipe_tables(raw: str) -> TextWithTables:
    """Lines written as ``cell|cell|`` (striprtf) or ``|cell |cell |`` (antiword) become table rows."""
    lines: list[str] = []
    tables: list[tuple[tuple[str, ...], ...]] = []
    current: list[tuple[str, ...]] = []
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if stripped.count("|") >= 2 or (stripped.endswith("|") and len(stripped) > 1):
            cells = tuple(cell.strip() for cell in stripped.strip("|").split("|"))
            current.append(cells)
            lines.append("\t".join(cells))
            continue
        if current:
            tables.append(tuple(current))
            current = []
        lines.append(line.rstrip())
    if current:
        tables.append(tuple(current))
    return TextWithTables("\n".join(lines), tuple(tables))


def _code_page(head: str) -> str:
    match = re.search(r"\\ansicpg(\d+)", head)
    if match:
        name = f"cp{match.group(1)}"
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            pass
    return "cp1252"


def read_rtf(data: bytes) -> TextWithTables:
    """The text of an RTF file; raises ``RtfError`` when it is not one."""
    if len(data) > MAX_RTF_BYTES:
        raise RtfError(f"{len(data)} bytes of RTF, over {MAX_RTF_BYTES}")
    source = data.decode("latin-1")  # RTF is 7-bit; anything else in it is kept byte for byte
    if not source.lstrip().startswith("{\\rtf"):
        raise RtfError("not an RTF file")
    try:
        text: str = rtf_to_text(source, encoding=_code_page(source[:2000]), errors="replace")  # type: ignore[no-untyped-call]
    except (ValueError, IndexError, KeyError, RecursionError) as exc:
        raise RtfError(f"a damaged RTF file ({type(exc).__name__})") from exc
    return split_pipe_tables(text)
