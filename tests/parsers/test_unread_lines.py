"""A line of writing the page's reading left out is found by its unread ink and read again alone
(``parsers.unread_lines``, ``parsers.ocr.with_unread_lines``), on pages built here and real tesseract."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers.ocr as ocr
from parsers.ocr import OcrPage, pgm_bytes, read_page
from parsers.unread_lines import MAX_STRIPS, page_ink, unread_strips

FONTS = "/usr/share/fonts/truetype/dejavu/"
ANSWERS = {"Naam vereniging :": "Buurtcomite De Blekerij", "Contactpersoon :": "Stijn Vandenbroucke",
           "Telefoon :": "0486 74 11 41", "Gemeente :": "Reningelst"}


def _form() -> bytes:
    """A form's labels in print and its answers in a larger slanted hand, as PGM at 300 dpi."""
    page = Image.new("L", (1700, 700), 255)
    draw = ImageDraw.Draw(page)
    label = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 30)
    hand = ImageFont.truetype(FONTS + "DejaVuSans-Oblique.ttf", 44)
    for row, (text, answer) in enumerate(ANSWERS.items()):
        top = 100 + row * 130
        draw.text((100, top + 10), text, font=label, fill=20)
        draw.text((520, top), answer, font=hand, fill=30)
    return pgm_bytes(page)


def _skipping_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract's page reading made to leave out the answers' column, as it does with handwriting."""
    real = ocr.ocr_pgm

    def skipping(data: bytes, **options: int) -> OcrPage:
        reading = real(data, **options)
        return ocr._page_of([word for word in reading.placed if word.left < 480])

    monkeypatch.setattr(ocr, "ocr_pgm", skipping)


def test_the_answers_the_page_reading_left_out_are_read_again_on_their_labels_lines(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _skipping_answers(monkeypatch)
    page = read_page(_form())
    lines = page.text.splitlines()
    assert any(line.startswith("Contactpersoon") and "Vandenbroucke" in line for line in lines), page.text
    assert any(line.startswith("Gemeente") and "Reningelst" in line for line in lines), page.text
    assert any(line.startswith("Telefoon") and "0486 74 11 41" in line for line in lines), page.text
    assert page.words == len(page.placed) >= 14


def test_a_page_read_whole_is_not_read_again() -> None:
    page = _form()
    reading = ocr.ocr_pgm(page)
    assert unread_strips(page_ink(Image.open(io.BytesIO(page))), reading.boxes) == []
    assert ocr.with_unread_lines(page, reading) is reading


def test_rules_stamps_and_specks_are_no_line_of_writing() -> None:
    page = Image.new("L", (1700, 1200), 255)
    draw = ImageDraw.Draw(page)
    draw.line((100, 200, 1500, 200), fill=0, width=3)  # a form's rule
    draw.line((1600, 100, 1600, 1100), fill=0, width=3)  # a table's border
    draw.ellipse((200, 400, 600, 800), outline=0, width=8)  # a rubber stamp, taller than any line
    draw.rectangle((900, 500, 906, 506), fill=0)  # a speck
    assert unread_strips(page_ink(page), ()) == []
    draw.text((100, 1000), "Stijn Vandenbroucke", font=ImageFont.truetype(FONTS + "DejaVuSans.ttf", 44), fill=0)
    (left, top, width, height), = unread_strips(page_ink(page), ())
    assert left <= 100 and top <= 1010 and left + width >= 500 and 30 <= height <= 130


def test_the_strips_read_are_capped() -> None:
    page = Image.new("L", (1700, 3400), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 40)
    for row in range(40):
        draw.text((100, 60 + row * 80), f"line {row}", font=font, fill=0)
    assert len(unread_strips(page_ink(page), ())) == MAX_STRIPS
