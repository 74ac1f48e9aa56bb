"""What a PDF viewer's annotations add to a form: text typed on the page, and notes stuck to it.

A form that cannot be filled in (no boxes) is filled anyway with a viewer's "Fill & Sign" or "add text"
tool: each answer is a FreeText annotation placed on the form's dotted line. pdfplumber reads the page's
content only, so those answers were not read at all. They are drawn into the page as the viewer prints them
(``typed_on``): from then on the page reads as a form filled in and printed, whose labels and answers are
paired by where the words stand (parsers.pdf_printed), as for any other printed form.

A sticky note (a Text annotation) is no part of the page: it is a remark beside it, which people use to give
an answer the form had no room for ("Bedrag dat je vraagt aan deze oproep: EUR 7.000,-"). Its text is read
as lines of its own after the page's (``notes``), never placed among the page's words.
"""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)

FREE_TEXT = "/FreeText"
STICKY_NOTE = "/Text"
DEFAULT_SIZE = 10.0  # pt: a viewer's usual size for typed text when the annotation does not say
_SIZE = re.compile(rb"([\d.]+)\s+Tf")
# a font of the standard 14, which every PDF reader knows without the file embedding it
_FONT = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                          NameObject("/BaseFont"): NameObject("/Helvetica"),
                          NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
_FONT_NAME = "/TypedOn"


def _annotations(page: PageObject) -> list[Any]:
    try:
        return [annotation.get_object() for annotation in page.get("/Annots") or ()]
    except (AttributeError, TypeError, ValueError):
        return []


def _contents(annotation: Any) -> str:
    text = annotation.get("/Contents")
    return str(text).strip() if text is not None else ""


def _typed(page: PageObject) -> list[Any]:
    return [annotation for annotation in _annotations(page)
            if annotation.get("/Subtype") == FREE_TEXT and _contents(annotation) and "/Rect" in annotation]


def has_typed_text(reader: PdfReader) -> bool:
    """Whether a page holds text typed on it with a viewer (a FreeText annotation with contents)."""
    return any(_typed(page) for page in reader.pages)


def _literal(text: str) -> bytes:
    """A PDF literal string in WinAnsi (the font's encoding); a letter it lacks becomes '?'."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _size(annotation: Any) -> float:
    appearance = annotation.get("/DA")
    found = _SIZE.search(str(appearance).encode("latin-1", "replace")) if appearance is not None else None
    try:
        size = float(found.group(1)) if found else DEFAULT_SIZE
    except ValueError:
        size = DEFAULT_SIZE
    return size if 3 <= size <= 40 else DEFAULT_SIZE


AVERAGE_WIDTH = 0.56  # Helvetica's mean letter width, in ems (lower case and digits)
SMALLEST = 4.0  # pt


def _fitted(size: float, width: float, lines: list[str]) -> float:
    """The size at which the longest line fits the annotation's width: a viewer fits or wraps a text in its
    box, and a line drawn past its box runs into the next column's words (a table's row of e-mails)."""
    longest = max((len(line) for line in lines), default=0)
    if not longest or width <= 4:
        return size
    return max(SMALLEST, min(size, (width - 4) / (AVERAGE_WIDTH * longest)))


_TEXT_AT = re.compile(rb"(-?[\d.]+)\s+(-?[\d.]+)\s+T[dD]")


def _drawn_baseline(annotation: Any) -> float | None:
    """How high above its box's bottom the annotation's own appearance sets its first line of text (the
    viewer's drawing, "BT /Helv 11 Tf 2 5.75 Td (...) Tj"); None without a drawing that says."""
    try:
        drawing = annotation["/AP"]["/N"].get_object().get_data()
    except (KeyError, TypeError, AttributeError, ValueError):
        return None
    found = _TEXT_AT.search(drawing) if isinstance(drawing, bytes) else None
    try:
        return float(found.group(2)) if found is not None else None
    except ValueError:
        return None


SNAP = 8.0  # pt: how far a typed line's baseline may be moved onto a printed one (about a line's height)


def _baselines(page: PageObject) -> list[float]:
    """The heights of the page's printed lines of words (their baselines, in the page's space); not of a
    dotted line to write on, which the typed words would be mixed into."""
    heights: set[float] = set()

    def seen(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if any(letter.isalnum() for letter in text):
            heights.add(round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1))

    try:
        page.extract_text(visitor_text=seen)
    except (ValueError, TypeError, KeyError, AttributeError):
        return []
    return sorted(heights)


def _drawn(annotations: list[Any], printed: list[float]) -> bytes:
    """The content that draws each annotation's text in its rectangle, a line under the other, from its top."""
    parts = [b"BT"]
    for annotation in annotations:
        try:
            left, bottom, right, top = (float(value) for value in annotation["/Rect"])
        except (TypeError, ValueError):
            continue
        width, left, top, bottom = abs(right - left), min(left, right), max(bottom, top), min(bottom, top)
        lines = _contents(annotation).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        size = _fitted(_size(annotation), width, lines)
        # the first line where the annotation's own drawing sets it (a viewer's "2 5.75 Td"), else a size below
        # the box's top; the next ones under it
        drawn = _drawn_baseline(annotation)
        start = min(top - size, bottom + drawn) if drawn is not None else top - size + 1
        # typed on a form's line: on the baseline of the printed label beside it, within the box's height (a
        # viewer draws it a few points higher or lower, and a reader of lines would part it from its label)
        near = [line for line in printed if bottom - SNAP <= line <= top and abs(line - start) <= SNAP]
        start = min(near, key=lambda line: abs(line - start)) if near else start
        for number, line in enumerate(lines):
            baseline = start - size * 1.2 * number
            parts.append(_FONT_NAME.encode() + b" %.2f Tf 1 0 0 1 %.2f %.2f Tm " % (size, left + 2, baseline)
                         + _literal(line) + b" Tj")
    parts.append(b"ET")
    return b"\n".join(parts)


def typed_on(reader: PdfReader) -> bytes:
    """The PDF with every page's typed text (FreeText annotations) drawn into the page, as a viewer prints
    it, and those annotations taken off (drawn once, not read twice)."""
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        typed = _typed(page)
        if not typed:
            continue
        box = page.mediabox
        overlay = PageObject.create_blank_page(width=float(box.right), height=float(box.top))
        overlay[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject(_FONT_NAME): _FONT})})
        stream = DecodedStreamObject()
        stream.set_data(_drawn(typed, _baselines(page)))
        overlay[NameObject("/Contents")] = writer._add_object(stream)
        page.merge_page(overlay)
        drawn = {id(annotation) for annotation in typed}
        kept = [reference for reference, annotation in zip(page.get("/Annots") or (), _annotations(page), strict=False)
                if id(annotation) not in drawn]
        page[NameObject("/Annots")] = ArrayObject(kept)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def notes(reader: PdfReader) -> list[str]:
    """Each page's sticky notes' text, page by page: a remark beside the form, read as lines of its own."""
    return ["\n".join(_contents(annotation) for annotation in _annotations(page)
                      if annotation.get("/Subtype") == STICKY_NOTE and _contents(annotation))
            for page in reader.pages]
