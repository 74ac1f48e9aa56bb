"""A page whose first OCR reading left part of its print out is read again, and only adds what was lacking."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

import parsers.documents as documents
from parsers.documents import default_call
from parsers.ocr import UNREAD_INK, OcrPage, pgm_bytes, unread_ink


def _two_columns() -> bytes:
    """A page with a column of labels on the left and a column of answers on the right, as PGM."""
    page = Image.new("L", (1200, 1000), 255)
    draw = ImageDraw.Draw(page)
    for row in range(100, 800, 80):
        draw.rectangle((100, row, 450, row + 30), fill=40)
        draw.rectangle((600, row, 950, row + 30), fill=40)
    return pgm_bytes(page)


def test_a_column_of_print_left_out_of_a_reading_is_ink_unread() -> None:
    answers = tuple((600, row, 350, 31) for row in range(100, 800, 80))
    labels = tuple((100, row, 350, 31) for row in range(100, 800, 80))
    assert unread_ink(_two_columns(), OcrPage("", 90.0, 9, answers)) > UNREAD_INK
    assert unread_ink(_two_columns(), OcrPage("", 90.0, 18, answers + labels)) < 0.05


def test_the_second_reading_adds_the_fields_the_first_lacks_and_changes_none(
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = "Naam vereniging\tWijkraad De Vijver\nLien Vermeulen\n0470 12 34 56\n"
    second = "Naam vereniging\tWijkraad De Vijveer\nContactpersoon\tLien Vermeulen\nTelefoon\t0470 12 34 56\n"
    page = OcrPage(first, 80.0, 12, second_reading=second)
    monkeypatch.setattr(documents, "ocr_images", lambda pages, **_: [page])
    fields = documents._from_ocr([b"page"], "photo.jpg", "image/jpeg", default_call()).fields
    assert fields["organisation"].value == "Wijkraad De Vijver"
    assert fields["contact_name"].value == "Lien Vermeulen"
    assert fields["phone"].value == "+32470123456"
