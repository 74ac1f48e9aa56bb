"""PDF to text, tables and form-field values.

Values typed into a fillable PDF usually live only in the AcroForm fields (the page shows them through
widget appearances that pdfplumber's text does not include), so the fields are read with pypdf.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO

import pdfplumber
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError


class EncryptedPdf(Exception):
    """The PDF needs a password we do not have."""


@dataclass(frozen=True)
class PdfContent:
    text: str
    tables: tuple[tuple[tuple[str | None, ...], ...], ...]
    form_values: tuple[tuple[str, str, str], ...]  # (field name, tooltip label, value)
    page_count: int


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
    stream.seek(0)
    with pdfplumber.open(stream, password=password) as pdf:
        page_count = len(pdf.pages)
        for page in pdf.pages:
            texts.append(page.extract_text() or "")
            # ruled tables are drawn with lines/rects; skipping pages without them keeps prose cheap
            if with_tables and (page.lines or page.rects):
                for table in page.extract_tables():
                    tables.append(tuple(tuple(cell for cell in row) for row in table))
            page.close()
    return PdfContent("\n\n".join(texts), tuple(tables), form_values, page_count)
