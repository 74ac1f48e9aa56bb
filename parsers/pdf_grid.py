"""A fillable form's grid of boxes read as the table it is printed as: a header line over columns of boxes, a
role printed left of each row ("Functie | Naam | Telefoon | E-mail | Contactpersoon" over "Voorzitter [box]
[box] [box] [ ]"). Paired one by one with the words beside or above them, the boxes of a grid take the wrong
labels: the second row's name box has only "Secretaris" beside it, its phone box nothing. As a table, the
people table's reading applies (parsers.people_table): the row ticked in the "Contactpersoon" column is the
contact's, the others are other people's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from parsers.pdf_boxes import Box

_ALIGNED = 4.0  # points: the boxes of one column start this close to each other, row after row
_HEADER_REACH = 30.0  # the header line stands this close over the grid's first row
_ROW_GAP = 12.0  # at most this much paper between one row of the grid and the next
_LEADING = 3.0  # a header's second line starts this close under its first


def _rows(boxes: Sequence[Box]) -> list[list[Box]]:
    """The page's boxes in rows, left to right: a box joins the row whose first box it stands level with."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda box: (box.top, box.x0)):
        middle = (box.top + box.bottom) / 2
        row = next((row for row in rows if row[0].top < middle < row[0].bottom), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    return [sorted(row, key=lambda box: box.x0) for row in rows]


def _alike(first: list[Box], second: list[Box]) -> bool:
    return len(first) == len(second) and all(abs(a.x0 - b.x0) <= _ALIGNED and a.takes_text == b.takes_text
                                             for a, b in zip(first, second, strict=True))


def _runs(rows: list[list[Box]]) -> list[list[list[Box]]]:
    """Runs of two rows or more with the same columns (three boxes at least, text in two), one under the other."""
    runs: list[list[list[Box]]] = []
    for row in rows:
        if len(row) < 3 or sum(box.takes_text for box in row) < 2:
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and _alike(last, row) and row[0].top - last[0].bottom <= _ROW_GAP:
            runs[-1].append(row)
        else:
            runs.append([row])
    return [run for run in runs if len(run) >= 2]


def _words_in(words: list[dict[str, Any]], top: float, bottom: float, left: float, right: float) -> str:
    inside = [word for word in words if top <= (word["top"] + word["bottom"]) / 2 <= bottom
              and left - 1 <= (word["x0"] + word["x1"]) / 2 <= right + 1]
    return " ".join(word["text"] for word in sorted(inside, key=lambda word: (round(word["top"]), word["x0"])))


def _header(run: list[list[Box]], words: list[dict[str, Any]], spans: list[tuple[float, float]]) -> list[str] | None:
    """The header's text over each column: the nearest line over the first row (a header of two lines, "Naam" over
    "en voornaam", is read whole), the column's words those whose middle lies in its span. None when no line
    stands over the grid."""
    first = run[0]
    over = [word for word in words if first[0].top - _HEADER_REACH <= word["bottom"] <= first[0].top + 1
            and word["x1"] > spans[0][0] and word["x0"] < spans[-1][1]]
    if not over:
        return None
    # the nearest line, and a line right over it that touches it (a section's heading a line further up is none)
    top = max(word["top"] for word in over)
    for word in sorted(over, key=lambda word: -word["bottom"]):
        if word["bottom"] >= top - _LEADING:
            top = min(top, word["top"])
    return [_words_in(over, top - 1, first[0].top + 1, left, right) for left, right in spans]


def _spans(run: list[list[Box]], words: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """Each column's extent: the role column from the leftmost word printed before a row's first box; each box
    column from halfway to the previous box to halfway to the next (a header word may be wider than its box)."""
    first_box = min(row[0].x0 for row in run)
    before = [word["x0"] for row in run for word in words if word["x1"] <= first_box + 1
              and row[0].top - 2 <= (word["top"] + word["bottom"]) / 2 <= row[0].bottom + 2]
    columns = run[0]
    edges = [(columns[i].x1 + columns[i + 1].x0) / 2 for i in range(len(columns) - 1)]
    spans = [(min(before, default=first_box), first_box - 1)]
    for index, box in enumerate(columns):
        left = edges[index - 1] if index else box.x0
        right = edges[index] if index < len(edges) else box.x1 + 40
        spans.append((left, right))
    return spans


def widget_grids(boxes: Sequence[Box], page_words: dict[int, list[dict[str, Any]]]
                 ) -> list[tuple[list[list[str]], frozenset[Box]]]:
    """Each grid of boxes on the pages as a table (its header row first, then a row per row of boxes: the role
    printed before it, each box's value, "x" for a ticked check box) with the boxes it holds."""
    grids: list[tuple[list[list[str]], frozenset[Box]]] = []
    for page in sorted({box.page for box in boxes}):
        words = page_words.get(page, [])
        for run in _runs(_rows([box for box in boxes if box.page == page])):
            spans = _spans(run, words)
            header = _header(run, words, spans)
            if header is None:
                continue
            table = [header]
            for row in run:
                role = _words_in(words, row[0].top - 2, row[0].bottom + 2, spans[0][0], spans[0][1])
                table.append([role, *(box.value if box.takes_text else "x" if box.ticked else "" for box in row)])
            grids.append((table, frozenset(box for row in run for box in row)))
    return grids


_CELL_GAP = 9.0  # points between two words of one cell; a wider gap parts two columns
_LINE = 3.0  # words whose tops are this close stand on one line
_ROWS_AFTER = 12  # a table of people under its header has at most this many rows


def word_lines(words: list[dict[str, Any]], tolerance: float = _LINE) -> list[list[dict[str, Any]]]:
    """The page's words in lines, top to bottom: a word joins the line whose first word's top is this close."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda word: (float(word["top"]), float(word["x0"]))):
        if lines and abs(float(lines[-1][0]["top"]) - float(word["top"])) < tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _printed_lines(words: list[dict[str, Any]]) -> list[list[tuple[float, str]]]:
    """The page's lines, each as its cells ``(x0, text)`` left to right: words closer than a cell's gap joined."""
    cells: list[list[tuple[float, str]]] = []
    for line in word_lines(words):
        row: list[tuple[float, float, str]] = []
        for word in sorted(line, key=lambda word: float(word["x0"])):
            if row and float(word["x0"]) - row[-1][1] <= _CELL_GAP:
                row[-1] = (row[-1][0], float(word["x1"]), f"{row[-1][2]} {word['text']}")
            else:
                row.append((float(word["x0"]), float(word["x1"]), str(word["text"])))
        cells.append([(x0, text) for x0, _, text in row])
    return cells


def printed_grids(words: list[dict[str, Any]], is_people: Callable[[list[list[str]]], int | None]
                  ) -> list[list[list[str]]]:
    """A printed (or typed and printed-to-PDF) table of people with no ruling pdfplumber could follow: a header
    line of three columns or more, and the lines under it, each cell put in the column whose header starts at or
    left of it. ``is_people`` says how many of a table's rows are its header and people (None: no such table)."""
    lines = _printed_lines(words)
    grids: list[list[list[str]]] = []
    for index, header in enumerate(lines):
        if len(header) < 3:
            continue
        starts = [x0 for x0, _ in header]
        table = [[text for _, text in header]]
        for line in lines[index + 1:index + 1 + _ROWS_AFTER]:
            row = [""] * len(starts)
            for x0, text in line:
                column = max((i for i, start in enumerate(starts) if start <= x0 + _CELL_GAP), default=0)
                row[column] = f"{row[column]} {text}".strip()
            table.append(row)
        if (end := is_people(table)) is not None:
            grids.append(table[:end])
    return grids
