"""A page laid out in two columns, as a newspaper is: "LE PORTEUR" with its boxes down the left half, "LE
BUDGET" down the right, each column's lines at their own heights.

Read line by line across the page, the two columns interleave ("Personne à contacter  Étude de faisabilité et
enquête auprès des"): a label takes the other column's words for its answer. Found here: a vertical strip no
word crosses, over a run of lines with words on both sides of it, and labels on lines of their own in both
columns (a form of labels left and answers right, or of two pairs a row, stands row by row, its labels level
with the other side's words: its rows are read across). The page is then read as the part
above the columns, the left column, the right column and the part below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from parsers.labels import is_other_label, label_alone, label_at_start
from parsers.pdf_printed import printed_lines

_MARGIN = 2.0  # points a word may reach into the strip between the columns
_MIDDLE = (0.3, 0.7)  # where on the page's width the strip between two columns may stand
_STEP = 2  # points between the strips tried
MIN_LINES = 6  # lines with words, at least, in each column
MIN_LABELS = 2  # lines that start with a label, at least, in each column


@dataclass(frozen=True)
class Columns:
    x: float  # the strip between the columns
    top: float  # where the columns start (the page's part above is read across)
    bottom: float  # where they end


def _labels(lines: list[list[dict[str, Any]]]) -> int:
    """How many of a column's lines start with a label: alone ("Structure"), or before its answer ("Début :
    mai 2020")."""
    count = 0
    for line in lines:
        text = " ".join(str(word["text"]) for word in sorted(line, key=lambda word: float(word["x0"])))
        head = text.split(":", 1)[0] if ":" in text else text
        if label_alone(head) is not None or is_other_label(head) or (":" in text and label_at_start(head)):
            count += 1
    return count


_GUTTER = 8.0  # points: the least space between two columns on a line, wider than between two words


def _crossed(spans: list[tuple[float, float]], x: float) -> bool:
    """Whether a line's words cross ``x`` or leave only a word's space around it ("... buurt / Faites ...")."""
    if any(x0 < x - _MARGIN and x1 > x + _MARGIN for x0, x1 in spans):
        return True
    lefts = [x1 for _, x1 in spans if x1 <= x + _MARGIN]
    rights = [x0 for x0, _ in spans if x0 >= x - _MARGIN]
    return bool(lefts and rights) and min(rights) - max(lefts) < _GUTTER


_LEVEL = 1.0  # points: two lines whose baselines are this close stand on one row


def _on_their_own(lines: list[list[dict[str, Any]]], other: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """The lines of one side that no line of the other side stands level with: on one baseline (a word's bottom;
    a label set smaller than its answer has a lower top)."""
    bottoms = [float(line[0]["bottom"]) for line in other]
    return [line for line in lines if not any(abs(float(line[0]["bottom"]) - bottom) <= _LEVEL for bottom in bottoms)]


def columns(words: Sequence[dict[str, Any]], width: float) -> Columns | None:
    """The page's two columns, or None: the strip crossed by no word over the longest run of lines (the widest
    such strip), with ``MIN_LINES`` lines and ``MIN_LABELS`` labels on each side of it."""
    lines = printed_lines(words)
    spans = [[(float(word["x0"]), float(word["x1"])) for word in line] for line in lines]
    found: list[tuple[tuple[int, float], int, int, float, float]] = []  # (key, first line, end, edge, start)
    low, high = (int(width * share) for share in _MIDDLE)
    for x in range(low, high, _STEP):
        first = 0
        for index in range(len(lines) + 1):
            if index < len(lines) and not _crossed(spans[index], x):
                continue
            lefts = [x1 for line in spans[first:index] for x0, x1 in line if x1 <= x + _MARGIN]
            rights = [x0 for line in spans[first:index] for x0, x1 in line if x0 >= x - _MARGIN]
            if lefts and rights:
                found.append(((index - first, min(rights) - max(lefts)), first, index, max(lefts), min(rights)))
            first = index + 1
    for (size, _), first, end, edge, start in sorted(set(found), reverse=True):  # a strip's x values: one
        run = lines[first:end]
        middle = (edge + start) / 2
        left = [[word for word in line if float(word["x1"]) <= middle] for line in run]
        right = [[word for word in line if float(word["x0"]) >= middle] for line in run]
        left, right = [line for line in left if line], [line for line in right if line]
        if min(len(left), len(right)) < MIN_LINES:
            continue
        # labels on lines of their own on both sides: a form's labels each beside its answer, or two pairs a row
        # ("Nom : Deswarte" beside "Prénom : Bernadette"), stand level with the other side's words
        if _labels(_on_their_own(left, right)) >= MIN_LABELS and _labels(_on_their_own(right, left)) >= MIN_LABELS:
            return Columns(middle, min(float(word["top"]) for line in run for word in line),
                           max(float(word["bottom"]) for line in run for word in line))
        if size < MIN_LINES:
            break
    return None


def parts(page: Any, words: Sequence[dict[str, Any]]) -> list[Any]:
    """The page's parts in reading order: above the columns, the left column, the right one, below them; the
    page itself when it has no two columns (a pdfplumber page and its words; its crops keep the page's
    coordinates)."""
    found = columns(words, float(page.width))
    if found is None:
        return [page]
    x0, top, x1, bottom = (float(value) for value in page.bbox)
    cut_top, cut_bottom = max(top, found.top - 1), min(bottom, found.bottom + 1)
    boxes = [(x0, top, x1, cut_top), (x0, cut_top, found.x, cut_bottom), (found.x, cut_top, x1, cut_bottom),
             (x0, cut_bottom, x1, bottom)]
    return [page.crop(box) for box in boxes if box[2] > box[0] and box[3] > box[1]]
