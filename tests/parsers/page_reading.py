"""A page whose OCR reading is given, parsed by the real path after tesseract (``documents._from_ocr``)."""

from __future__ import annotations

import pytest

import parsers.documents as documents
from parsers.model import FieldValue
from parsers.ocr import OcrPage


def fields_of_page(monkeypatch: pytest.MonkeyPatch, text: str, *, confidence: float = 80.0) -> dict[str, FieldValue]:
    """The fields of a scanned page tesseract read as ``text`` (with that mean word confidence)."""
    page = OcrPage(text, confidence, len(text.split()))
    monkeypatch.setattr(documents, "ocr_images", lambda pages, **_: [page])
    return dict(documents._from_ocr([b"page"], "scan.pdf", "application/pdf", documents.default_call()).fields)
