"""PDF to text, tables and form-field values.

Values typed into a fillable PDF usually live only in the AcroForm fields (the page shows them through
widget appearances that pdfplumber's text does not include), so the fields are read with pypdf.

Forms made by others (Word, LibreOffice, Acrobat) name their boxes ``Text1`` or ``Tekstveld 7``: what a
box means is the label printed beside it. Each filled box is paired with the page's words by geometry
(the words to its left on the same line, else the line just above it); the tooltip (``/TU``) and the
box's name are the next hints.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, BinaryIO

import pdfplumber
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from parsers.field_table import FIELD_NAMES
from parsers.labels import match_label


class EncryptedPdf(Exception):
    """The PDF needs a password we do not have."""


@dataclass(frozen=True)
class PdfContent:
    text: str
    tables: tuple[tuple[tuple[str | None, ...], ...], ...]
    form_values: tuple[tuple[str, str, str], ...]  # (field name, tooltip label, value)
    page_count: int


@dataclass(frozen=True)
class Widget:
    """A filled box on a page: its field's short name, value, tooltip and rectangle (PDF points, top-down)."""

    page: int
    name: str
    value: str
    tooltip: str
    x0: float
    top: float
    x1: float
    bottom: float


def _form_values(reader: PdfReader) -> tuple[tuple[str, str, str], ...]:
    fields = reader.get_fields() or {}
    values: list[tuple[str, str, str]] = []
    for name, spec in fields.items():
        value = spec.get("/V")
        if value is None or spec.get("/FT") not in ("/Tx", "/Ch"):
            continue
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        # the short name: "form.organisation" -> "organisation"; the tooltip is a human label
        short = str(spec.get("/T", name)).rsplit(".", 1)[-1]
        values.append((short, str(spec.get("/TU", "")), str(value)))
    return tuple(values)


def _inherited(annotation: Any, key: str) -> Any:
    node = annotation
    for _ in range(10):  # a field's kids inherit its name, type and value
        if node is None:
            return None
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def _widgets(reader: PdfReader) -> list[Widget]:
    """Every filled text or choice box with its place on its page."""
    widgets: list[Widget] = []
    for number, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        bottom_y = float(page.mediabox.bottom)
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            if annotation.get("/Subtype") != "/Widget" or _inherited(annotation, "/FT") not in ("/Tx", "/Ch"):
                continue
            value = _inherited(annotation, "/V")
            rect = annotation.get("/Rect")
            if value is None or rect is None or len(rect) != 4:
                continue
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            x0, y0, x1, y1 = (float(v) for v in rect)
            widgets.append(Widget(number, str(_inherited(annotation, "/T") or "").rsplit(".", 1)[-1], str(value),
                                  str(_inherited(annotation, "/TU") or ""), min(x0, x1),
                                  height - (max(y0, y1) - bottom_y), max(x0, x1), height - (min(y0, y1) - bottom_y)))
    return widgets


def label_beside(widget: Widget, words: list[dict[str, Any]], others: list[Widget]) -> str:
    """The words left of a box on its line, back to the previous box or a wide gap; "" when none."""
    middle = (widget.top + widget.bottom) / 2
    left_edge = max((other.x1 for other in others if other is not widget and other.page == widget.page
                     and other.top < middle < other.bottom and other.x1 <= widget.x0 + 1), default=0.0)
    same_line = sorted((word for word in words if word["top"] - 3 < middle < word["bottom"] + 3
                        and left_edge - 1 <= word["x0"] and word["x1"] <= widget.x0 + 2), key=lambda w: w["x0"])
    # from the box leftwards: stop at a gap wider than a few letters (a previous column's text)
    kept: list[dict[str, Any]] = []
    for word in reversed(same_line):
        if kept and kept[0]["x0"] - word["x1"] > 25:
            break
        kept.insert(0, word)
    if kept and kept[-1]["x1"] >= widget.x0 - 200:
        return " ".join(word["text"] for word in kept)
    return ""


def label_above(widget: Widget, words: list[dict[str, Any]]) -> str:
    """The words of the line just above a box that overlap it; "" when none."""
    above = [word for word in words if widget.top - 30 <= word["bottom"] <= widget.top + 2
             and word["x1"] > widget.x0 - 5 and word["x0"] < widget.x1]
    if above:
        nearest = max(word["bottom"] for word in above)
        line = sorted((word for word in above if abs(word["bottom"] - nearest) < 4), key=lambda w: w["x0"])
        return " ".join(word["text"] for word in line)
    return ""


def _labelled(values: tuple[tuple[str, str, str], ...], widgets: list[Widget],
              page_words: dict[int, list[dict[str, Any]]]) -> tuple[tuple[str, str, str], ...]:
    """The form's values with the best human label for each: the one printed left of the box when it names
    a field, else the tooltip, else the line printed just above the box, else nothing (the box's name is the
    last hint, in parsers.fields). The tooltip is the box's own: the line above may be a heading."""
    by_name: dict[str, str] = {}
    for widget in widgets:
        words = page_words.get(widget.page, [])
        beside = label_beside(widget, words, widgets)
        for candidate in ((beside, widget.tooltip) if beside else (widget.tooltip, label_above(widget, words))):
            if candidate and match_label(candidate) is not None:
                by_name.setdefault(widget.name, candidate)
                break
    return tuple((name, by_name.get(name, tooltip), value) for name, tooltip, value in values)


def _open_reader(stream: BinaryIO) -> PdfReader:
    reader = PdfReader(stream)
    if reader.is_encrypted:
        # An owner password only restricts printing/editing; the empty user password opens it.
        try:
            if not reader.decrypt(""):
                raise EncryptedPdf("password protected")
        except (FileNotDecryptedError, NotImplementedError) as exc:
            raise EncryptedPdf(str(exc) or "password protected") from exc
    return reader


def read_pdf(data: bytes | BinaryIO, *, with_tables: bool = True) -> PdfContent:
    """Text of every page, the tables pdfplumber finds, and the filled form fields. From a file, both
    readers seek in it: a 30 MB PDF is not held whole in memory."""
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    try:
        stream.seek(0)
        reader = _open_reader(stream)
        form_values = _form_values(reader)
    except EncryptedPdf:
        raise
    except (PdfReadError, KeyError, ValueError, TypeError, AttributeError):
        # pypdf is stricter than pdfminer on some damaged files; pdfplumber may still read the text
        form_values = ()
        reader = None
    texts: list[str] = []
    tables: list[tuple[tuple[str | None, ...], ...]] = []
    password = "" if reader is not None and reader.is_encrypted else None
    # our own form names its boxes after the contract's fields: no need to look for labels
    foreign = [name for name, _, value in form_values if value.strip() and name not in FIELD_NAMES]
    widgets = _widgets(reader) if reader is not None and foreign else []
    page_words: dict[int, list[dict[str, Any]]] = {}
    stream.seek(0)
    # pdfplumber reads any seekable binary file; its hint names only BytesIO and BufferedReader
    with pdfplumber.open(stream, password=password) as pdf:  # type: ignore[arg-type]
        page_count = len(pdf.pages)
        for number, page in enumerate(pdf.pages):
            texts.append(page.extract_text() or "")
            if any(widget.page == number for widget in widgets):
                page_words[number] = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            # ruled tables are drawn with lines/rects; skipping pages without them keeps prose cheap
            if with_tables and (page.lines or page.rects):
                for table in page.extract_tables():
                    tables.append(tuple(tuple(cell for cell in row) for row in table))
            page.close()
    if widgets:
        form_values = _labelled(form_values, widgets, page_words)
    return PdfContent("\n\n".join(texts), tuple(tables), form_values, page_count)
