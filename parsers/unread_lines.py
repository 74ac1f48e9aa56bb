"""Where a page has a line of writing that tesseract read no word of: the strips to read again, alone.

On a phone photo of a form filled in a handwriting-like hand, tesseract's page layout analysis skips whole
answers (it takes a line of handwriting for a picture, or for noise beside the printed label it read), yet
reads the same line well when it gets it cropped alone (``--psm 7``). What it skipped is ink that no word
it read covers: the page's ink, less every word's box, less the long straight strokes that are no writing
(a form's rules, a table's borders, a sheet's edge). The rows with such ink make bands; a band of a text
line's height, split where its ink leaves a wide gap (a label and its answer), gives a strip. A band
taller than a line of writing (a stamp, a drawing) is left alone. The strips found are few and small;
reading them all costs one tesseract run (``parsers.ocr.read_strips``), and nothing on a page read whole:
the ink is looked for on the reduced copy the page's unread share is measured on anyway.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image

Box = tuple[int, int, int, int]  # left, top, width, height in the page's pixels
Mask = npt.NDArray[np.bool_]

STEP = 4  # the ink is looked for on a copy this many times smaller
INK_LEVEL = 128  # grey level below which a point of a prepared page is print
# in page pixels (~300 dpi): a line of writing, from its ascenders to its descenders, is 2 to 11 mm tall
LEAST_HEIGHT, MOST_HEIGHT = 20, 130
LEAST_WIDTH = 60  # px: narrower unread ink (a dot, a tick, a stray mark) is no word
LEAST_INK = 24  # cells of the reduced copy with ink: a strip with less is specks
GAP = 60  # px: ink further apart than this along a band is two strips (a label and its answer)
STRAIGHT = 160  # px: a straight stroke this long across (a rule, a box's top, an edge) is no writing...
UPRIGHT = 80  # px: ...nor one this tall (a box's side around an answer; a letter's stem is shorter)
MAX_STRIPS = 16  # the cost stays bounded whatever the page holds
PAD = 12  # px of the page around a strip's ink taken with it (its letters' blur)
MARGIN = 2  # cells around each word's box counted as read (its letters' blur and a slant's overhang)


def _runs(mask: Mask, length: int) -> Mask:
    """The marked cells that lie on a run of at least ``length`` along each row."""
    if mask.shape[1] < length:
        return np.zeros_like(mask)
    # a cumulative sum gives each window's count at once: a window entirely marked starts a long run
    sums = np.concatenate([np.zeros((mask.shape[0], 1), dtype=np.int32), np.cumsum(mask, axis=1, dtype=np.int32)],
                          axis=1)
    full = (sums[:, length:] - sums[:, :-length]) == length
    # each full window marks its own cells: spread the window's start over its length
    starts = np.concatenate([full, np.zeros((mask.shape[0], length - 1), dtype=bool)], axis=1)
    counts = np.cumsum(starts, axis=1, dtype=np.int32)
    shifted = np.concatenate([np.zeros((mask.shape[0], length), dtype=np.int32), counts[:, :-length]], axis=1)
    covered: Mask = (counts - shifted) > 0
    return covered


def _bands(rows: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """Runs of marked rows as (first, end), a single unmarked row inside a run bridged."""
    bands: list[tuple[int, int]] = []
    start: int | None = None
    gap = 0
    for index, marked in enumerate(rows.tolist()):
        if marked:
            if start is None:
                start = index
            gap = 0
        elif start is not None:
            gap += 1
            if gap > 1:
                bands.append((start, index - gap + 1))
                start, gap = None, 0
    if start is not None:
        bands.append((start, len(rows) - gap))
    return bands


def page_ink(grey: Image.Image) -> Mask:
    """The ink of a prepared page, on a copy ``STEP`` times smaller (a box filter: one pass in C)."""
    ink: Mask = np.asarray(grey.reduce(STEP)) < INK_LEVEL
    return ink


def unread_strips(page_ink: Mask, boxes: tuple[Box, ...]) -> list[Box]:
    """The strips of a prepared page holding a line of ink (``page_ink``) outside every box of a word read,
    as (left, top, width, height) in the page's pixels, top to bottom, at most ``MAX_STRIPS``."""
    ink = page_ink.copy()
    height, width = ink.shape[0] * STEP, ink.shape[1] * STEP
    for left, top, box_width, box_height in boxes:
        ink[max(0, top // STEP - MARGIN):(top + box_height) // STEP + MARGIN + 1,
            max(0, left // STEP - MARGIN):(left + box_width) // STEP + MARGIN + 1] = False
    ink &= ~_runs(ink, STRAIGHT // STEP) & ~_runs(ink.T, UPRIGHT // STEP).T
    strips: list[Box] = []
    least, most = LEAST_HEIGHT // STEP, MOST_HEIGHT // STEP
    for first, end in _bands(ink.sum(axis=1) >= 2):
        if not least <= end - first <= most:
            continue
        columns = np.flatnonzero(ink[first:end].any(axis=0))
        pieces = np.split(columns, np.flatnonzero(np.diff(columns) > GAP // STEP) + 1)
        for piece in pieces:
            if not piece.size or (piece[-1] + 1 - piece[0]) * STEP < LEAST_WIDTH:
                continue
            if int(ink[first:end, piece[0]:piece[-1] + 1].sum()) < LEAST_INK:
                continue
            pad = PAD
            left, top = max(0, int(piece[0]) * STEP - pad), max(0, first * STEP - pad)
            right, bottom = min(width, (int(piece[-1]) + 1) * STEP + pad), min(height, end * STEP + pad)
            strips.append((left, top, right - left, bottom - top))
    if len(strips) > MAX_STRIPS:
        # the widest: a line of an answer, rather than specks or a stamp's pieces
        strips = sorted(sorted(strips, key=lambda strip: -strip[2])[:MAX_STRIPS], key=lambda strip: strip[1])
    return strips
