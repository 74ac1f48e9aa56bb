"""The sheet in a phone photo: its four corners found, and the page rectified to an upright A4-sized image.

A sheet photographed on a table is a bright quadrilateral on something darker, seldom square to the
camera: leaning back, turned, and often only two thirds of the picture wide, so its letters come out half
the size tesseract reads best (some 20-30 px high, i.e. an A4 page ~2480 px wide). Taking the sheet's four
corners and mapping them onto a rectangle of that width undoes the perspective, the turn and the size in
one resampling. The corners are found on a small copy (the bright region around the middle, grown from a
seed; its extreme points along the two diagonals) and only used when that region really is a
quadrilateral that leaves something around it: a scan, or a photo taken edge to edge, is left as it is.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageChops, ImageDraw, ImageFilter

Mask = npt.NDArray[np.bool_]
Corners = npt.NDArray[np.float64]  # 4 x 2: top left, top right, bottom right, bottom left; (x, y)

SMALL_SIDE = 256  # px: the longer side of the copy the sheet is looked for on
MIN_SHARE, MAX_SHARE = 0.25, 0.92  # of the picture the sheet covers, for it to be taken as a sheet on a table
MIN_FILL = 0.93  # of the corners' quadrilateral the bright region must fill (a sheet, not a blob)
MIN_CONTRAST = 40  # grey levels between the sheet and its surroundings
MAX_EDGE = 0.02  # of the picture's border the sheet may touch (a corner of it, not a side)
EDGE_STEPS = (8, 6, 4)  # grey levels from a point of the small copy to the next taken for the sheet's edge
MIN_OUTLINE_CONTRAST = MIN_CONTRAST / 4  # grey levels the sheet's outline must enclose over what lies around it


def grown(allowed: Mask, seed: tuple[int, int]) -> Mask:
    """The region of ``allowed`` pixels connected to ``seed`` (four directions; ``seed`` is allowed).

    Filled a run at a time: each row's runs of allowed pixels that the region touches join it whole, then
    each column's, until nothing more joins. A few passes where a step of one pixel at a time took as many
    passes as the region is long (6 ms a fill on a 256 px copy, four fills a page: a scan's pages paid them
    all before they were found to have no sheet); Pillow's own fill took a tenth of a second."""
    region = np.zeros_like(allowed)
    region[seed] = True
    count = 1
    while True:
        region = _joined_runs(allowed, region)
        region = _joined_runs(allowed.T, region.T).T
        joined = int(region.sum())
        if joined == count:
            return region
        count = joined


def _joined_runs(allowed: Mask, region: Mask) -> Mask:
    """Every run of allowed pixels along a row that holds a pixel of ``region``, whole."""
    starts = allowed.copy()
    starts[:, 1:] &= ~allowed[:, :-1]
    runs = np.cumsum(starts.ravel()).reshape(allowed.shape) * allowed  # each run's number; 0 off the runs
    reached = np.zeros(int(runs.max()) + 1, dtype=np.bool_)
    reached[runs[region & allowed]] = True
    reached[0] = False
    return np.asarray(reached[runs], dtype=np.bool_)


def _otsu(pixels: npt.NDArray[np.uint8]) -> int:
    """The grey level that best splits the picture in two (Otsu's between-class variance)."""
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(histogram)
    total = weight[-1]
    mass = np.cumsum(histogram * levels)
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mass[-1] * weight - total * mass) ** 2 / (weight * (total - weight))
    # a picture of one grey (a blank page) has no split: every level scores nothing
    return int(np.argmax(np.nan_to_num(between[:-1], nan=0.0)))


def _area(corners: Corners) -> float:
    x, y = corners[:, 0], corners[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def sheet_corners(image: Image.Image) -> Corners | None:
    """The four corners of the sheet in a grey photo, in its pixels; None when no sheet stands out."""
    factor = max(1, max(image.size) // SMALL_SIDE)
    small = np.asarray(image.reduce(factor) if factor > 1 else image)
    found: Corners | None = None
    for kind, sheet in _candidate_sheets(small):
        corners = _corners_of(sheet)
        if corners is None:
            continue
        if found is None:
            found = corners
            if kind != BY_THRESHOLD:
                break
            continue
        # one threshold leaves out a part of the sheet a shadow darkens (a corner cut off, still a
        # quadrilateral): the region no sharp edge crosses (or, failing that, the hull of the sharp edges) is
        # then clearly larger, and it is the sheet. When the threshold took all of it, the first is a little
        # smaller (its edges are worn by the closing), the hull a few hundredths larger
        if _area(corners) > _area(found) * SHADOW_LEFT_OUT:
            found = corners
        break
    if found is None:
        return None
    scale = np.array(image.size, dtype=np.float64) / np.array(small.shape[::-1], dtype=np.float64)
    return np.asarray(found * scale, dtype=np.float64)


BY_THRESHOLD, BY_EDGES, BY_OUTLINE = "threshold", "edges", "outline"
SHADOW_LEFT_OUT = 1.08  # the region within edges this much larger than the bright one: a part was in shadow


def _candidate_sheets(small: npt.NDArray[np.uint8]) -> Iterator[tuple[str, Mask]]:
    """Regions of the small copy that may be the sheet, the likeliest first.

    First the bright region around the middle (one threshold for the whole picture, Otsu's). A photo lit
    unevenly (a shadow across the sheet, a lamp's vignette, a table as light as the paper's dim side) splits
    the sheet under any one threshold: then the region around the middle that no sharp edge crosses, the
    print wiped out first (a closing: each point takes the brightest, then the darkest, of its neighbours),
    so that only the sheet's own edges are left; with ever weaker edges taken as borders until one gives a
    sheet. A soft shadow is no edge; a hard one across the sheet would be taken for its side. Last, when the
    sheet's edge fades into a table as light as the paper somewhere, the hull of the sharp edges (``_outline``)."""
    threshold = _otsu(small)
    bright = small > threshold
    if _brighter_by(small, bright) >= MIN_CONTRAST:
        seed = middle_seed(bright)
        if seed is not None:
            yield BY_THRESHOLD, grown(bright, seed)
    paper = Image.fromarray(_ranked(_ranked(small, np.maximum), np.minimum))
    levels = np.asarray(paper.filter(ImageFilter.GaussianBlur(1))).astype(np.int16)
    steps = np.zeros_like(levels)
    across, down = np.abs(np.diff(levels, axis=1)), np.abs(np.diff(levels, axis=0))
    steps[:, 1:] = across
    steps[:, :-1] = np.maximum(steps[:, :-1], across)
    steps[1:] = np.maximum(steps[1:], down)
    steps[:-1] = np.maximum(steps[:-1], down)
    for edge in EDGE_STEPS:
        smooth = steps < edge
        seed = middle_seed(smooth)
        if seed is None:
            continue
        region = grown(smooth, seed)
        # the sheet is brighter than what lies around it, taken as a whole
        if _brighter_by(small, region) >= MIN_CONTRAST / 2:
            yield BY_EDGES, region
    outline = _outline(steps >= EDGE_STEPS[0])
    if outline is not None and _brighter_by(small, outline) >= MIN_OUTLINE_CONTRAST:
        yield BY_OUTLINE, outline


CLOSING = 5  # px of the small copy: the square over which the print is wiped out (a letter's height)


def _ranked(pixels: npt.NDArray[np.uint8], pick: np.ufunc) -> npt.NDArray[np.uint8]:
    """Each point the brightest (``np.maximum``) or darkest (``np.minimum``) of the CLOSING x CLOSING
    square around it, the picture's edge repeated: Pillow's MaxFilter/MinFilter to the pixel, as two passes
    of shifted copies (0.3 ms where Pillow's rank filter took 11 ms a photo, run on every photo now)."""
    reach = CLOSING // 2
    padded = np.pad(pixels, reach, mode="edge")
    height, width = pixels.shape
    rows = padded[:, :width].copy()
    for shift in range(1, CLOSING):
        rows = pick(rows, padded[:, shift:shift + width])
    out = rows[:height].copy()
    for shift in range(1, CLOSING):
        out = pick(out, rows[shift:shift + height])
    return np.asarray(out, dtype=np.uint8)


def _brighter_by(small: npt.NDArray[np.uint8], region: Mask) -> float:
    """How much brighter a region is than the rest of the picture, on average; 0 when either is empty."""
    if not region.any() or region.all():
        return 0.0
    return float(small[region].mean()) - float(small[~region].mean())


def _outline(edges: Mask) -> Mask | None:
    """The convex hull of the sharp edges in the picture, filled: the sheet, when its outline is the
    outermost sharp edge there is.

    On a table nearly as light as the paper, with bands of shadow across both, the sheet's edge fades to a
    step of a few grey levels along part of one side: any region grown from the middle runs out through that
    gap. The rest of its outline still stands out from the table's soft light, and a sheet is convex: the
    hull of its edges is the sheet, even where a piece of one side is missing. A lone sharp point (the
    grain, a JPEG block) is not taken for an edge: an edge goes on to a neighbour on either side."""
    rows, columns = edges.shape
    padded = np.pad(edges, 1).astype(np.int8)
    neighbours = sum(padded[1 + dy:rows + 1 + dy, 1 + dx:columns + 1 + dx]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    edges = edges & (neighbours >= 2)
    # the frame's own border is no edge of the sheet
    edges[:2] = edges[-2:] = False
    edges[:, :2] = edges[:, -2:] = False
    # the hull's corners are among each row's first and last edge points
    held = np.flatnonzero(edges.any(axis=1))
    if held.size < 2:
        return None
    firsts = edges[held].argmax(axis=1)
    lasts = columns - 1 - edges[held, ::-1].argmax(axis=1)
    points = sorted({(int(x), int(y)) for y, first, last in zip(held, firsts, lasts, strict=True)
                     for x in (first, last)})
    hull = _hull(points)
    if len(hull) < 3:
        return None
    filled = Image.new("1", (columns, rows), 0)
    ImageDraw.Draw(filled).polygon(hull, fill=1)
    return np.asarray(filled, dtype=np.bool_)


def _hull(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The convex hull of points sorted by x then y (Andrew's monotone chain), as a closed polygon's corners."""

    def chain(ordered: list[tuple[int, int]]) -> list[tuple[int, int]]:
        kept: list[tuple[int, int]] = []
        for point in ordered:
            while len(kept) >= 2 and (kept[-1][0] - kept[-2][0]) * (point[1] - kept[-2][1]) \
                    - (kept[-1][1] - kept[-2][1]) * (point[0] - kept[-2][0]) <= 0:
                kept.pop()
            kept.append(point)
        return kept

    lower, upper = chain(points), chain(points[::-1])
    return lower[:-1] + upper[:-1]


def middle_seed(allowed: Mask) -> tuple[int, int] | None:
    """A point of ``allowed`` in the middle column, at or below the middle (a heading above it may be dark):
    where a flood fill for the sheet starts."""
    rows, columns = allowed.shape
    return next(((row, columns // 2) for row in range(rows // 2, rows // 2 + rows // 4) if allowed[row, columns // 2]),
                None)


def _corners_of(sheet: Mask) -> Corners | None:
    """The corners of a region of the small copy that is a sheet lying on something: a quadrilateral it fills,
    neither the whole picture nor a small part of it, cut off by no side of the frame."""
    columns = sheet.shape[1]
    # dark print inside the sheet (a heading, a logo) leaves holes in it: a sheet is convex, so each row of
    # it runs unbroken from its first bright point to its last (a second flood fill cost as much again)
    columns_index = np.arange(columns)
    first = np.where(sheet.any(axis=1), sheet.argmax(axis=1), columns)
    last = columns - 1 - sheet[:, ::-1].argmax(axis=1)
    sheet = (columns_index >= first[:, None]) & (columns_index <= last[:, None])
    share = sheet.sum() / sheet.size
    if not MIN_SHARE <= share <= MAX_SHARE:
        return None
    # a sheet the picture cuts off has the frame for a side: its corners are not the sheet's
    edge = np.concatenate([sheet[0], sheet[-1], sheet[:, 0], sheet[:, -1]])
    if edge.sum() > MAX_EDGE * edge.size:
        return None
    ys, xs = np.nonzero(sheet)
    total, difference = xs + ys, xs - ys
    corners = np.array([
        (xs[np.argmin(total)], ys[np.argmin(total)]),
        (xs[np.argmax(difference)], ys[np.argmax(difference)]),
        (xs[np.argmax(total)], ys[np.argmax(total)]),
        (xs[np.argmin(difference)], ys[np.argmin(difference)]),
    ], dtype=np.float64) + 0.5
    quadrilateral = _area(corners)
    if quadrilateral <= 0 or sheet.sum() / quadrilateral < MIN_FILL or sheet.sum() / quadrilateral > 1.05:
        return None
    # a pixel of the small copy in from each corner, so no strip of the table comes along
    middle = corners.mean(axis=0)
    inward = middle - corners
    return np.asarray(corners + inward / np.linalg.norm(inward, axis=1, keepdims=True) * 1.0, dtype=np.float64)


def _perspective(source: Corners, width: int, height: int) -> tuple[float, ...]:
    """Pillow's eight coefficients that take a point of the output rectangle to the photo."""
    target = np.array([(0, 0), (width, 0), (width, height), (0, height)], dtype=np.float64)
    rows = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    solution = np.linalg.solve(np.array(rows), source.reshape(8))
    return tuple(float(value) for value in solution)


def _sides(corners: Corners) -> tuple[float, float, float, float]:
    """The lengths of the top, right, bottom and left sides."""
    top, right, bottom, left = (float(np.linalg.norm(corners[(index + 1) % 4] - corners[index])) for index in range(4))
    return top, right, bottom, left


def sheet_width(corners: Corners) -> float:
    """How wide the sheet is in the photo, in its pixels (the mean of its top and bottom sides)."""
    top, _, bottom, _ = _sides(corners)
    return (top + bottom) / 2


def rectified(image: Image.Image, corners: Corners, width: int, max_pixels: int) -> Image.Image:
    """The sheet mapped onto an upright rectangle ``width`` px wide, its height from the sheet's sides."""
    top, right, bottom, left = _sides(corners)
    aspect = (left + right) / max(1.0, top + bottom)
    width = min(width, int((max_pixels / aspect) ** 0.5))
    height = max(1, round(width * aspect))
    own = (top + bottom) / 2
    if width > 1.2 * own:
        return _enlarged(image, corners, width, height, own)
    # at about the photo's own size bilinear does as well as bicubic at half the cost (0.07 s instead of
    # 0.14 s for a 1800 x 2500 sheet)
    return image.transform((width, height), Image.Transform.PERSPECTIVE, _perspective(corners, width, height),
                           resample=Image.Resampling.BILINEAR, fillcolor=255)


INK_BELOW_PAPER = 40  # grey levels under the paper around it for a point of the sheet to be print
INK_MARGIN = 6  # px of the sheet at its own size kept around the print (ascenders, descenders, the filter's reach)
EDGE = 0.015  # of the sheet's width along its edges where the table may still show: not taken for print


def _enlarged(image: Image.Image, corners: Corners, width: int, height: int, own: float) -> Image.Image:
    """The sheet enlarged: bicubic where there is print, and a cheaper enlargement of the blank paper between.

    Enlarged, the letters' edges need bicubic's sharpness, but bicubic over the whole sheet was the costliest
    step of reading a photo taken from afar (0.26 s for 2480 x 3600, a third of tesseract's own time), and
    most of a sheet is blank paper: its margins and the space between paragraphs. So the sheet is first
    rectified at its own size and enlarged as a whole (0.04 s); then each run of rows holding print, from
    its first to its last printed column, is resampled again with bicubic from the photo at the very points
    the whole-sheet warp samples: the print comes out pixel for pixel as before (0.09 s for a letter).

    The paper between must keep its grain, not only its light: the light is evened out and the contrast
    stretched over the whole page (``parsers.ocr``), and a page whose paper came out smoother read
    differently where tesseract hesitates (a bilinear sheet lost 4 of 290 photo fields on the corpora).
    Nearest-neighbour at the sheet's own size keeps each grain as the photo has it, and bicubic enlarges
    it as the whole-sheet warp did: the corpora's photos read field for field as before."""
    coefficients = _perspective(corners, width, height)
    small_width = max(1, round(own))
    small_height = max(1, round(height * small_width / width))
    small = image.transform((small_width, small_height), Image.Transform.PERSPECTIVE,
                            _perspective(corners, small_width, small_height), resample=Image.Resampling.NEAREST,
                            fillcolor=255)
    sheet = small.resize((width, height), Image.Resampling.BICUBIC)
    for left, top, right, bottom in _print_boxes(small):
        across, down = width / small_width, height / small_height
        box = (int(left * across), int(top * down),
               min(width, math.ceil(right * across)), min(height, math.ceil(bottom * down)))
        piece = image.transform((box[2] - box[0], box[3] - box[1]), Image.Transform.PERSPECTIVE,
                                _moved(coefficients, box[0], box[1]), resample=Image.Resampling.BICUBIC,
                                fillcolor=255)
        sheet.paste(piece, box[:2])
    return sheet


def _print_boxes(small: Image.Image) -> list[tuple[int, int, int, int]]:
    """The boxes (left, top, right, bottom) of the rectified sheet at its own size that hold print: each run
    of rows with print in it, from its first printed column to its last, with a margin around."""
    # the paper is the brightest thing near each point (as in parsers.ocr, where the light is evened out)
    paper = small.reduce(8).filter(ImageFilter.MaxFilter(3)).resize(small.size, Image.Resampling.BILINEAR)
    ink = np.asarray(ImageChops.subtract(paper, small)) > INK_BELOW_PAPER
    width = small.size[0]
    edge = max(2, round(EDGE * width))
    ink[:edge] = False
    ink[-edge:] = False
    ink[:, :edge] = False
    ink[:, -edge:] = False
    rows = np.convolve(ink.any(axis=1), np.ones(2 * INK_MARGIN + 1), mode="same") > 0
    boxes = []
    starts = np.flatnonzero(rows & ~np.concatenate(([False], rows[:-1])))
    ends = np.flatnonzero(rows & ~np.concatenate((rows[1:], [False]))) + 1
    for top, bottom in zip(starts, ends, strict=True):
        columns = np.flatnonzero(ink[top:bottom].any(axis=0))
        left, right = int(columns[0]) - INK_MARGIN, int(columns[-1]) + 1 + INK_MARGIN
        # print that runs up to the edge goes on under the band left out above: take it to the edge
        boxes.append((0 if left <= edge else left, int(top), width if right >= width - edge else right, int(bottom)))
    return boxes


def _moved(coefficients: tuple[float, ...], x: int, y: int) -> tuple[float, ...]:
    """Pillow's perspective coefficients for the part of the output whose top left corner is (x, y)."""
    a, b, c, d, e, f, g, h = coefficients
    scale = g * x + h * y + 1
    return tuple(value / scale for value in (a, b, a * x + b * y + c, d, e, d * x + e * y + f, g, h))
