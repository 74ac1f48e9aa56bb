"""Letters drawn as outlines, filled in before a page is read: tesseract reads nothing of a hollow letter.

Some handwriting fonts draw their capitals and digits hollow (DkgHandwriting: "051/32 03 33" as two thin
grey lines around a white stroke). Tesseract takes the two lines for two strokes and reads nothing, or
"Love" for "Lieve", "15" for "19". Such a letter is an ink shape of its own (the outer outline, and with it
the inner line where the two meet at the stroke's ends) that is grey, not black: a scanner or a phone
blurs a thin line to a grey, while print and a pen's stroke keep a black core. Inside it lies the white of
the stroke: a hole of the shape, thin (a stroke's width) and long (a stroke's length). Filling that hole
and blackening the outline gives the letter its strokes back.

The counters of a letter (the inside of an "o", the two of an "8") are holes too, but of the inner
outline, a shape of its own inside the stroke's hole: they are left white. Where a blurred photo joins the
inner outline to the outer one, a counter becomes a hole of the letter's own shape; it lies a stroke's
width away from the paper around the letter, where the stroke's inside lies an outline's width from it:
only a hole that comes that near the paper, and is long for its width, is filled. A box to tick or a
table's cell is wider than any stroke: left alone.

Only shapes of a letter's size with hardly any black in them, standing on paper, are looked at, so print,
a pen's writing, a form's grey bands (paler than an outline, and wider than any letter) and the grey noise
of a nearly blank page are never touched. The cost: the page's ink labelled once, about a tenth of a
second on an A4 page at 300 dpi, against the seconds tesseract takes to read it.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image

Mask = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]

INK = 200  # grey level below which a point is ink, an outline's pale grey included
BLACK = 110  # below it, the black core of print or of a pen's stroke
OUTLINE_GREY = 185  # an outline's grey lies between BLACK and this (a grey band behind a heading is paler)
MOST_BLACK = 0.25  # share of a shape's points that may be black for it to be an outline
LEAST_GREY = 0.4  # share of them at least in an outline's grey
LEAST_POINTS = 100  # a shape with fewer points is a speck
# px at 300 dpi: a handwritten capital's or digit's height (4 to 25 mm). Print is smaller: a 10 pt "@"
# (some 30 px) is a grey ring around its "a", with a hole like a stroke's inside once a scan greys it
LETTER_SIZES = (40, 300)
MOST_WIDTH = 300  # px: wider, a shape is a band, a rule or a word in joined-up writing, no hollow letter
MOST_FILLED = 0.85  # share of its box a shape may fill: a solid blot is no outline
WIDEST_STROKE = 5  # px: a hole some point of which lies this far (a square of 11) from its edge is no stroke
LEAST_LENGTH = 6.0  # a stroke's hole is at least this many times as large as a square of its width
OUTLINE_WIDTH = 3  # px: a stroke's inside comes this near the paper around its letter (a counter, no)
LEAST_HOLE = 15  # points: a smaller hole is a blur's pinhole
NEAR = 4  # px: the rows above and below a shape's box looked at for the paper it stands on
MOST_INK_AROUND = 0.35  # share of them that may be ink (a neighbour's descender, a dotted rule)
MOST_RUNS = 1_500_000  # runs of ink on a page (the corpora's scans and photos: under 70 000): memory stays bounded
MOST_SHAPES = 400  # the cost stays bounded whatever the page holds (a page of noise has thousands)


def runs(mask: Mask) -> tuple[Ints, Ints, Ints]:
    """Each row's runs of marked points: their row, first column and the column after their last."""
    height, width = mask.shape
    padded = np.zeros((height, width + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    return rows.astype(np.int64), starts.astype(np.int64), ends.astype(np.int64)


def run_shapes(rows: Ints, starts: Ints, ends: Ints) -> Ints:
    """The shape (4-connected) each run belongs to, numbered from 0: runs of neighbouring rows that share a
    column are one shape. Union-find over the runs, in whole-array steps: each step hangs every shape's root
    under the smallest root it touches, then shortens every path to its root."""
    count = len(rows)
    if not count:
        return np.zeros(0, dtype=np.int64)
    stride = int(ends.max()) + 2
    first = rows * stride + starts
    last = rows * stride + ends
    above = (rows - 1) * stride
    # the runs of the row above overlapping each run: those ending after its start and starting before its end
    low = np.searchsorted(last, above + starts, side="right")
    high = np.searchsorted(first, above + ends, side="left")
    touching = np.maximum(high - low, 0)
    lower = np.repeat(np.arange(count), touching)
    offsets = np.arange(int(touching.sum())) - np.repeat(np.cumsum(touching) - touching, touching)
    upper = np.repeat(low, touching) + offsets
    root = np.arange(count)
    while True:
        one, other = root[upper], root[lower]
        apart = one != other
        if not apart.any():
            break
        one, other, upper, lower = one[apart], other[apart], upper[apart], lower[apart]
        np.minimum.at(root, np.maximum(one, other), np.minimum(one, other))
        while not np.array_equal(shorter := root[root], root):
            root = shorter
    return np.unique(root, return_inverse=True)[1].astype(np.int64)


def _run_sums(mask: Mask, rows: Ints, starts: Ints, ends: Ints) -> Ints:
    """How many marked points each run covers (one pass over the page, whatever the number of runs)."""
    width = mask.shape[1]
    flat = np.append(mask.ravel().view(np.uint8), np.uint8(0))  # an end at the page's last point stays inside
    bounds = np.empty(2 * len(rows), dtype=np.int64)
    bounds[0::2] = rows * width + starts
    bounds[1::2] = rows * width + ends
    return np.add.reduceat(flat, bounds, dtype=np.int64)[0::2]


def _eroded(mask: Mask, size: int) -> Mask:
    """The points whose whole ``size`` x ``size`` square (centred) is marked; outside the mask is unmarked."""
    out = mask.copy()
    for _ in range(2):
        before, after = size // 2, size - 1 - size // 2
        shifted = out.copy()
        for shift in range(1, before + 1):
            shifted[:, shift:] &= out[:, :-shift]
            shifted[:, :shift] = False
        for shift in range(1, after + 1):
            shifted[:, :-shift] &= out[:, shift:]
            shifted[:, -shift:] = False
        out = shifted.T.copy()
    return out


def _painted(shape: tuple[int, int], rows: Ints, starts: Ints, ends: Ints) -> Mask:
    mask = np.zeros(shape, dtype=bool)
    for row, start, end in zip(rows.tolist(), starts.tolist(), ends.tolist(), strict=True):
        mask[row, start:end] = True
    return mask


def stroke_holes(ink: Mask, outline: Mask) -> Mask:
    """The holes of ``outline`` (a shape, within ``ink`` around it) that are a hollow stroke's inside: thin and
    long, bounded above and on their left by the outline itself (a counter is bounded by the inner outline)."""
    height, width = ink.shape
    rows, starts, ends = runs(~ink)
    shapes = run_shapes(rows, starts, ends)
    if not len(shapes):
        return np.zeros_like(ink)
    count = int(shapes.max()) + 1
    size = np.bincount(shapes, weights=ends - starts, minlength=count)
    edge = (rows == 0) | (rows == height - 1) | (starts == 0) | (ends == width)
    open_ = np.zeros(count, dtype=bool)
    open_[shapes[edge]] = True
    # each hole's first run (topmost, then leftmost): the point left of it is the ink that bounds the hole
    first = np.unique(shapes, return_index=True)[1]
    bounded = np.zeros(count, dtype=bool)
    inner = starts[first] > 0
    bounded[shapes[first][inner]] = outline[rows[first][inner], starts[first][inner] - 1]
    candidates = np.flatnonzero(bounded & ~open_ & (size >= LEAST_HOLE))
    if not len(candidates):
        return np.zeros_like(ink)
    place = np.full(ink.shape, -1, dtype=np.int64)
    for index in candidates.tolist():
        of = shapes == index
        for row, start, end in zip(rows[of].tolist(), starts[of].tolist(), ends[of].tolist(), strict=True):
            place[row, start:end] = index
    # a hole's half-width: the largest square (2k+1) that fits in it somewhere
    half_width = np.zeros(count, dtype=np.int64)
    white = place >= 0
    for reach in range(1, WIDEST_STROKE + 2):
        inside = place[_eroded(white, 2 * reach + 1)]
        if not len(inside):
            break
        half_width[np.unique(inside)] = reach
    long_for_width = size >= LEAST_LENGTH * (2 * half_width + 1) ** 2
    # a stroke's inside lies one outline away from the paper around the letter; a counter lies further in,
    # beyond the stroke's inside and the inner outline (a narrow "0"'s counter is long for its width too)
    outside = np.zeros(ink.shape, dtype=bool)
    edge_rows, edge_starts, edge_ends = rows[open_[shapes]], starts[open_[shapes]], ends[open_[shapes]]
    for row, start, end in zip(edge_rows.tolist(), edge_starts.tolist(), edge_ends.tolist(), strict=True):
        outside[row, start:end] = True
    near_paper = ~_eroded(~outside, 2 * OUTLINE_WIDTH + 1)
    by_paper = np.zeros(count, dtype=bool)
    by_paper[np.unique(place[white & near_paper])] = True
    stroke = np.zeros(count, dtype=bool)
    stroke[candidates] = (half_width[candidates] <= WIDEST_STROKE) & long_for_width[candidates] \
        & by_paper[candidates]
    return white & stroke[np.maximum(place, 0)]


def _on_grey(ink: Mask, top: int, bottom: int, left: int, right: int) -> bool:
    """Whether the rows just above and below a box are no paper: a shape in a page's grey noise (a nearly
    blank page whose contrast was stretched) has holes like a hollow letter's; a letter stands on paper."""
    above = ink[max(0, top - NEAR):top, left:right]
    below = ink[bottom:bottom + NEAR, left:right]
    around = above.size + below.size
    return around > 0 and int(above.sum()) + int(below.sum()) > MOST_INK_AROUND * around


def filled_outlines(page: Image.Image) -> Image.Image:
    """The page with its hollow letters filled in and their outlines black (the page itself if it has none)."""
    grey = page if page.mode == "L" else page.convert("L")
    pixels = np.asarray(grey)
    height, width = pixels.shape
    ink = pixels < INK
    rows, starts, ends = runs(ink)
    if len(rows) > MOST_RUNS:
        return page  # a page of noise or a halftone picture, no handwriting: its labelling would cost too much
    shapes = run_shapes(rows, starts, ends)
    if not len(shapes):
        return page
    count = int(shapes.max()) + 1
    points = np.bincount(shapes, weights=ends - starts, minlength=count)
    black = np.bincount(shapes, weights=_run_sums(pixels < BLACK, rows, starts, ends), minlength=count)
    pale = np.bincount(shapes, weights=_run_sums((pixels >= BLACK) & (pixels < OUTLINE_GREY), rows, starts, ends),
                       minlength=count)
    top, bottom = np.full(count, height), np.zeros(count, dtype=np.int64)
    left, right = np.full(count, width), np.zeros(count, dtype=np.int64)
    np.minimum.at(top, shapes, rows)
    np.maximum.at(bottom, shapes, rows + 1)
    np.minimum.at(left, shapes, starts)
    np.maximum.at(right, shapes, ends)
    tall, wide = bottom - top, right - left
    outline = (black < MOST_BLACK * points) & (pale >= LEAST_GREY * points) & (points >= LEAST_POINTS) \
        & (tall >= LETTER_SIZES[0]) & (tall <= LETTER_SIZES[1]) & (wide <= MOST_WIDTH) \
        & (points <= MOST_FILLED * tall * wide) \
        & (top > 0) & (left > 0) & (bottom < height) & (right < width)  # a letter never touches the edge
    chosen = np.flatnonzero(outline)[:MOST_SHAPES]
    if not len(chosen):
        return page
    order = np.argsort(shapes, kind="stable")
    bounds = np.searchsorted(shapes[order], np.arange(count + 1))
    out = pixels.copy()
    changed = False
    for index in chosen.tolist():
        # the shape's box and a point of paper around it: its holes are looked for there alone
        y0, y1 = max(0, int(top[index]) - 1), min(height, int(bottom[index]) + 1)
        x0, x1 = max(0, int(left[index]) - 1), min(width, int(right[index]) + 1)
        if _on_grey(ink, y0, y1, x0, x1):
            continue
        own = order[bounds[index]:bounds[index + 1]]
        shape = _painted((y1 - y0, x1 - x0), rows[own] - y0, starts[own] - x0, ends[own] - x0)
        holes = stroke_holes(ink[y0:y1, x0:x1], shape)
        if holes.any():
            out[y0:y1, x0:x1][holes | shape] = 0
            changed = True
    return Image.fromarray(out) if changed else page
