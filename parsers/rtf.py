"""RTF letters and forms to text and tables, with striprtf (pure Python, maintained, no native code).

RTF names its own code page (``\\ansicpg1252``); the 8-bit escapes (``\\'e9``) are decoded with it. striprtf
writes a table cell's end as ``|``; such lines become table rows so "Label | value" rows read like a
DOCX table's. striprtf leaves out the page header and footer, where a letter's letterhead often stands (the
group's name, street and phone): they are read apart and put before and after the text, as for DOCX and ODT.
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


# a group that opens a page header or footer: "{\\header", "{\\headerf" (the first page's), "{\\footerr" ...
_MARGIN_GROUP = re.compile(r"\\(header|footer)([flr]?)(?![a-z])")
_BRACES = re.compile(r"\\[\\{}]|\{(\\\*)?|\}")


def _margin_groups(source: str) -> dict[str, list[str]]:
    """The RTF source of each page header and footer of the document's own sections, by kind ("header",
    "headerf", ...), in order. A group under an ignorable destination (``{\\*\\pgdsctbl ...}``, where
    LibreOffice repeats its page styles) is not the document's, and is skipped."""
    found: dict[str, list[str]] = {}
    stack: list[tuple[int, bool, str | None]] = []  # where each open group starts, ignorable, its margin kind
    for token in _BRACES.finditer(source):
        text = token.group(0)
        if text.startswith("\\"):
            continue  # an escaped brace or backslash is text
        if text.startswith("{"):
            ignorable = token.group(1) is not None or (bool(stack) and stack[-1][1])
            margin = _MARGIN_GROUP.match(source, token.start() + 1)
            kind = margin.group(1) + margin.group(2) if margin is not None and not ignorable else None
            stack.append((token.start(), ignorable, kind))
        elif stack:
            start, _, kind = stack.pop()
            if kind is not None:
                found.setdefault(kind, []).append(source[start + 1 + len(kind) + 1:token.start()])
    return found


def _page_margins(source: str, encoding: str) -> tuple[str, str]:
    """The text of the header and of the footer the first page shows: its own (``\\headerf``) when the
    document has a title page, else the one for all pages (or the right-hand pages')."""
    groups = _margin_groups(source)
    first_page = re.search(r"\\titlepg(?![a-z])", source) is not None
    texts = []
    for kind in ("header", "footer"):
        kinds = (f"{kind}f", kind, f"{kind}r") if first_page else (kind, f"{kind}r")
        body = next((groups[name][0] for name in kinds if groups.get(name)), "")
        text = rtf_to_text("{\\rtf1 " + body + "}", encoding=encoding, errors="replace") if body else ""  # type: ignore[no-untyped-call]
        texts.append("\n".join(line.rstrip() for line in text.split("\n") if line.strip()))
    return texts[0], texts[1]


def read_rtf(data: bytes) -> TextWithTables:
    """The text of an RTF file; raises ``RtfError`` when it is not one."""
    if len(data) > MAX_RTF_BYTES:
        raise RtfError(f"{len(data)} bytes of RTF, over {MAX_RTF_BYTES}")
    source = data.decode("latin-1")  # RTF is 7-bit; anything else in it is kept byte for byte
    if not source.lstrip().startswith("{\\rtf"):
        raise RtfError("not an RTF file")
    encoding = _code_page(source[:2000])
    try:
        text: str = rtf_to_text(source, encoding=encoding, errors="replace")  # type: ignore[no-untyped-call]
        header, footer = _page_margins(source, encoding)
    except (ValueError, IndexError, KeyError, RecursionError) as exc:
        raise RtfError(f"a damaged RTF file ({type(exc).__name__})") from exc
    return split_pipe_tables("\n".join(part for part in (header, text, footer) if part))
