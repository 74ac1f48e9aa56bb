"""Hollow letters (a handwriting font that draws its capitals and digits as outlines) filled in before OCR."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from parsers.outlines import filled_outlines, run_shapes, runs

PAPER = 245


def _line(text: str, *, hollow: bool, size: int = 64) -> Image.Image:
    """A line as a 300 dpi scan shows it: hollow, two thin grey lines around each stroke, or printed black."""
    page = Image.new("L", (900, 200), PAPER)
    font = ImageFont.truetype("DejaVuSans.ttf", size)
    if hollow:
        ImageDraw.Draw(page).text((40, 50), text, font=font, fill=PAPER, stroke_width=2, stroke_fill=150)
    else:
        ImageDraw.Draw(page).text((40, 50), text, font=font, fill=20)
    return page.filter(ImageFilter.GaussianBlur(0.8))


def _box_of(page: Image.Image, text: str, size: int = 64) -> tuple[int, int, int, int]:
    return ImageDraw.Draw(page).textbbox((40, 50), text, font=ImageFont.truetype("DejaVuSans.ttf", size))


def test_runs_of_one_shape_are_found_together_and_two_shapes_apart() -> None:
    mask = np.zeros((6, 10), dtype=bool)
    mask[1:5, 1] = mask[1, 1:4] = mask[4, 1:4] = True  # a "C"
    mask[1:5, 7:9] = True  # a block beside it
    rows, starts, ends = runs(mask)
    shapes = run_shapes(rows, starts, ends)
    assert len(set(shapes.tolist())) == 2
    assert len(set(shapes[starts == 7].tolist())) == 1 and shapes[starts == 7][0] != shapes[starts == 1][0]


def test_a_hollow_letters_strokes_are_filled_and_its_counter_kept() -> None:
    # "1" and "4": the white inside their outlines is the stroke itself; the "0"'s middle is its counter
    page = _line("1 4 0", hollow=True)
    filled = np.asarray(filled_outlines(page))
    before = np.asarray(page)
    left, top, right, bottom = _box_of(page, "1 4 0")
    assert (filled[top:bottom, left:right] < 110).sum() > 3 * (before[top:bottom, left:right] < 110).sum()
    one = _box_of(page, "1")
    stem = filled[(one[1] + one[3]) // 2, one[0]:one[2]]
    assert stem.min() < 60 and (stem < 110).sum() >= 6  # the stem is one solid stroke, not two lines
    zero_left = _box_of(page, "1 4 ")[2]
    zero = _box_of(page, "1 4 0")
    middle = filled[(zero[1] + zero[3]) // 2, zero_left:zero[2]]
    assert middle.max() > 200  # the "0" keeps its hole


def test_black_print_a_box_to_tick_and_a_grey_band_are_left_as_they_are() -> None:
    page = _line("Lieve 8940", hollow=False)
    ImageDraw.Draw(page).rectangle((700, 60, 740, 100), outline=150, width=2)  # a box to tick, in grey
    ImageDraw.Draw(page).rectangle((20, 150, 880, 190), fill=200)  # a heading's grey band
    assert filled_outlines(page) is page


def test_grey_noise_on_a_nearly_blank_page_is_not_taken_for_letters() -> None:
    noise = np.random.default_rng(3).normal(205, 18, (400, 400)).clip(0, 255).astype(np.uint8)
    page = Image.fromarray(noise).filter(ImageFilter.GaussianBlur(1.2))
    assert np.array_equal(np.asarray(filled_outlines(page)), np.asarray(page))


def test_a_shape_in_grey_noise_is_left_alone_where_the_same_on_paper_is_filled() -> None:
    # a nearly blank page whose contrast was stretched turns its paper into grey noise, whose darker
    # patches have holes like a hollow letter's: a letter stands on paper, with paper above and below it
    on_paper = _line("1", hollow=True)
    assert filled_outlines(on_paper) is not on_paper
    noise = np.random.default_rng(5).normal(0, 40, (200, 900))
    grainy = np.asarray(on_paper).astype(np.float64)
    grainy = np.where(grainy > 200, 190 + noise, grainy).clip(0, 255).astype(np.uint8)
    in_noise = Image.fromarray(grainy)
    assert np.array_equal(np.asarray(filled_outlines(in_noise)), grainy)


def test_a_narrow_counter_joined_to_the_outline_is_kept_where_the_strokes_inside_is_filled() -> None:
    # a blurred photo joins a "0"'s inner outline to its outer one: its counter becomes a hole of the same
    # shape, as long and narrow as a stroke's inside, but it lies a stroke's width away from the paper
    page = Image.new("L", (300, 200), PAPER)
    draw = ImageDraw.Draw(page)
    draw.ellipse((100, 40, 140, 150), outline=150, width=3)
    draw.ellipse((113, 41, 127, 149), outline=150, width=3)
    filled = np.asarray(filled_outlines(page))
    assert filled[95, 107] < 60  # the stroke's inside, between the outer and the inner outline
    assert filled[95, 120] > 200  # the counter


def test_a_printed_at_sign_greyed_by_a_scan_is_left_alone() -> None:
    # a 10 pt "@" is a ring around its "a": greyed by a scan it has a thin, long hole by the paper, like a
    # hollow stroke's, but it is no handwritten capital's size: filled, the address became unreadable
    page = Image.new("L", (900, 120), PAPER)
    font = ImageFont.truetype("DejaVuSans.ttf", 32)
    ImageDraw.Draw(page).text((20, 30), "tel. coordinator@example.org", font=font, fill=90)
    page = page.filter(ImageFilter.GaussianBlur(1.0))
    assert filled_outlines(page) is page


def test_a_page_of_noise_is_not_labelled(monkeypatch: pytest.MonkeyPatch) -> None:
    # a halftone picture or a page of noise has millions of runs of ink: labelling them would take seconds
    # and hundreds of megabytes in the parser's capped memory, for no handwriting
    from parsers import outlines

    page = _line("1", hollow=True)
    assert filled_outlines(page) is not page
    monkeypatch.setattr(outlines, "MOST_RUNS", 10)
    assert filled_outlines(page) is page
