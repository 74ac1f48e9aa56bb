"""The sheet's corners in a phone photo (``parsers.sheet``), on pictures built here."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from parsers.sheet import sheet_corners


def _light_table_photo() -> tuple[Image.Image, np.ndarray]:
    """A sheet on a table nearly as light as the paper, under slanted bands of shadow, with a bright patch
    of the table against the middle of its top side; and the sheet's corners."""
    width, height = 1200, 1600
    x = np.arange(width, dtype=np.float64)[None, :].repeat(height, 0)
    y = np.arange(height, dtype=np.float64)[:, None].repeat(width, 1)
    bands = 20 * np.sin((x + 0.3 * y) / 90)
    table = 195 + bands + 45 * np.exp(-((x - 620) ** 2 + (y - 120) ** 2) / 2 / 120 ** 2)
    paper = 228 + bands
    corners = [(250.0, 180.0), (1000.0, 150.0), (1060.0, 1420.0), (180.0, 1450.0)]
    mask = Image.new("L", (width, height), 0)
    ImageDraw.Draw(mask).polygon(corners, fill=255)
    photo = Image.fromarray(np.clip(np.where(np.asarray(mask) > 0, paper, table), 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(photo)
    for row in range(300, 1100, 60):
        draw.rectangle((330, row, 850, row + 14), fill=60)
    return photo.filter(ImageFilter.GaussianBlur(1)), np.array(corners)


def test_a_sheet_on_a_light_table_is_found_by_its_outline() -> None:
    # the paper's edge against the bright patch is a step of a few grey levels: a region grown from the
    # middle runs out through it; the hull of the sharp edges still is the sheet
    photo, corners = _light_table_photo()
    found = sheet_corners(photo)
    assert found is not None
    assert np.abs(found - corners).max() < 20


def test_the_flood_fill_finds_exactly_the_pixels_a_step_by_step_fill_reaches() -> None:
    from collections import deque

    from parsers.sheet import grown

    rng = np.random.default_rng(7)
    for _ in range(200):
        rows, columns = (int(n) for n in rng.integers(3, 40, size=2))
        allowed = rng.random((rows, columns)) < rng.uniform(0.3, 0.9)
        seed = (int(rng.integers(0, rows)), int(rng.integers(0, columns)))
        allowed[seed] = True
        expected = np.zeros_like(allowed)
        expected[seed] = True
        waiting = deque([seed])
        while waiting:  # breadth first, one pixel at a time, four directions
            row, column = waiting.popleft()
            for near in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
                if 0 <= near[0] < rows and 0 <= near[1] < columns and allowed[near] and not expected[near]:
                    expected[near] = True
                    waiting.append(near)
        assert np.array_equal(grown(allowed, seed), expected)


def test_the_ranked_filter_is_pillows_max_and_min_filter_to_the_pixel() -> None:
    from parsers.sheet import CLOSING, _ranked

    rng = np.random.default_rng(7)
    for shape in ((37, 53), (275, 217), (6, 9)):
        pixels = rng.integers(0, 256, size=shape, dtype=np.uint8)
        image = Image.fromarray(pixels)
        assert np.array_equal(_ranked(pixels, np.maximum), np.asarray(image.filter(ImageFilter.MaxFilter(CLOSING))))
        assert np.array_equal(_ranked(pixels, np.minimum), np.asarray(image.filter(ImageFilter.MinFilter(CLOSING))))
