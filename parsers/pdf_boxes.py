"""Which printed words label a form's box: geometry of a fillable PDF made by someone else.

A box's name ("Text Field 12", "untitled3", or a name copied from another box) says little; what the
applicant read when filling it is the text printed left of it on its row, or on the line just above it.
Every box counts as a border between labels, filled or not, check box or text: a label belongs to the
nearest box on its right, never to one further along the row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from parsers.labels import BARE_AMOUNT, match_label
from parsers.prose import is_role
from parsers.text_walk import COMB
from parsers.value_kinds import fits

# a label's own words stand closer together than this; a wider gap is another column's text
_WORD_GAP = 25.0
# the height of a first line of text in a box: a tall box (an address, a description) has its label level
# with its first line, not with its middle
_FIRST_LINE = 22.0
# printed between a label and its box, part of neither: "Totaal  €  [box]", "Nom : [box]"
_MARKS = frozenset({"€", "eur", "euro", "euros", "(€)", "(eur)", ":", "-", "–", "$", "£"})


@dataclass(frozen=True)
class Box:
    """A form field's widget on a page: its short name, value ("" for an empty box or a check box),
    tooltip, whether it takes text, its rectangle (PDF points, from the top of the page), and whether a check
    box is ticked."""

    page: int
    name: str
    value: str
    tooltip: str
    takes_text: bool
    x0: float
    top: float
    x1: float
    bottom: float
    ticked: bool = False


_COMB_BOX = 24.0  # points: a comb's box holds one character, a little wider than a digit


def combs_joined(boxes: list[Box]) -> list[Box]:
    """A comb of boxes, one character each ("[5][9][1][9][0]" under "Q7. CP"), as the one box it is: three boxes
    or more side by side on a line, each narrow and holding a character at most. The joined box keeps the first
    box's name and tooltip (the label pairs with the comb's start) and spans them all."""
    def narrow(box: Box) -> bool:
        return box.takes_text and box.x1 - box.x0 <= _COMB_BOX and len(box.value.strip()) <= 1

    out: list[Box] = []
    run: list[Box] = []

    def close() -> None:
        if len(run) >= COMB and sum(bool(box.value.strip()) for box in run) >= COMB:
            first = run[0]
            out.append(replace(first, value="".join(box.value.strip() for box in run), x1=run[-1].x1,
                               bottom=max(box.bottom for box in run)))
        else:
            out.extend(run)
        run.clear()

    for box in boxes:
        if run and narrow(box) and box.page == run[-1].page and abs(box.top - run[-1].top) <= 2 \
                and 0 <= box.x0 - run[-1].x1 <= box.x1 - box.x0:
            run.append(box)
            continue
        close()
        if narrow(box):
            run.append(box)
        else:
            out.append(box)
    close()
    return out


def label_beside(box: Box, words: list[dict[str, Any]], boxes: Sequence[Box]) -> str:
    """The words left of a box on its line, back to the previous box or a wide gap; "" when none. A tall
    box (an address, a description) has its label level with its middle or with its first line.

    A currency sign or colon printed just before the box is skipped; the label may stand far to the left
    (a budget's "Totaal" in the first column, its box in the last) as long as no other box lies between."""
    found = _words_left(box, (box.top + box.bottom) / 2, words, boxes)
    if not found and box.bottom - box.top > _FIRST_LINE:
        found = _words_left(box, box.top + _FIRST_LINE / 2, words, boxes)
    return found


def _words_left(box: Box, middle: float, words: list[dict[str, Any]], boxes: Sequence[Box]) -> str:
    left = max((other for other in boxes if other is not box and other.page == box.page
                and other.top < middle < other.bottom and other.x1 <= box.x0 + 1), key=lambda other: other.x1,
               default=None)
    left_edge = 0.0 if left is None else left.x1
    same_line = sorted((word for word in words if word["top"] - 3 < middle < word["bottom"] + 3
                        and left_edge - 1 <= word["x0"] and word["x1"] <= box.x0 + 2), key=lambda w: w["x0"])
    while same_line and same_line[-1]["text"].strip().lower() in _MARKS:
        same_line.pop()
    # from the box leftwards: stop at a gap wider than a few letters (a previous column's text)
    kept: list[dict[str, Any]] = []
    for word in reversed(same_line):
        if kept and kept[0]["x0"] - word["x1"] > _WORD_GAP:
            break
        kept.insert(0, word)
    if kept and box.x0 - kept[-1]["x1"] > _WORD_GAP and (
            (left is not None and not left.takes_text and kept[0]["x0"] - left.x1 <= _CHECK_CAPTION)
            or any(_over(word, other) for word in kept for other in boxes
                   if other is not box and other.page == box.page)):
        # words far left of the box that are another's: a check box's choice ("☐ Collectif d'habitants"), or the
        # label printed over a box of the next column to the left ("Structure" over its box, level with the
        # middle of a tall box in the right-hand column)
        return ""
    return " ".join(word["text"] for word in kept)


_CHECK_CAPTION = 8.0  # a check box's caption starts this close after it
_OVER = 8.0  # a label printed over its box stands this close over it


def _over(word: dict[str, Any], box: Box) -> bool:
    """The word stands right over the box, inside its width: the box's label above it."""
    bottom, x0, x1 = float(word["bottom"]), float(word["x0"]), float(word["x1"])
    return box.top - _OVER <= bottom <= box.top + 1 and box.x0 - 2 <= x0 and x1 <= box.x1 + 2


def label_above(box: Box, words: list[dict[str, Any]], boxes: Sequence[Box] = (), *, captions: bool = False) -> str:
    """The words of the line just above a box that overlap it; "" when none, or (on a page ``captions``
    under its boxes) when that line is the caption printed under another box, nearer to it."""
    above = [word for word in words if box.top - 30 <= word["bottom"] <= box.top + 2
             and word["x1"] > box.x0 - 5 and word["x0"] < box.x1]
    if above:
        nearest = max(word["bottom"] for word in above)
        line = sorted((word for word in above if abs(word["bottom"] - nearest) < 4), key=lambda w: w["x0"])
        top = min(word["top"] for word in line)
        if captions and any(top - other.bottom <= _CAPTION_BLOCK and caption_below(other, words, boxes)
                            for other in boxes if other is not box and other.page == box.page
                            and other.bottom <= top + 1 and other.x1 > line[0]["x0"] - 5
                            and other.x0 < line[-1]["x1"]):
            return ""  # the caption under the box above, or its second line (a bilingual form's French)
        return _text(line)
    return ""


_LABEL_BLOCK = 45.0  # pt: a label of a few wrapped lines over its box starts at most this far over it
_WRAP = 0.8  # a label's wrapped line stands closer over the line it goes on than this share of a line's height


def labels_above_by_column(box: Box, words: list[dict[str, Any]], boxes: Sequence[Box] = ()) -> list[str]:
    """The label printed over a box, read column by column, left to right: a bilingual form prints its Dutch
    and French labels side by side over one wide box, each wrapping on its own ("2 Juridisch statuut,
    ondernemingsnummer en | Statut juridique, n° SIRET/RNA et" over "rekeningnummer"). Read across, the
    nearest line is half of each ("rekeningnummer", or both languages run together) and names no field.

    The lines are those right over the box, up the wrapped lines (nearer each other than a blank line), not
    past another box over it; each line is cut in runs at gaps wider than a label's words stand, and a run
    goes on the column it overlaps."""
    above = [word for word in words if box.top - _LABEL_BLOCK <= word["bottom"] <= box.top + 2
             and word["x1"] > box.x0 - 5 and word["x0"] < box.x1
             and not any(other is not box and other.page == box.page and other.bottom <= box.top + 1
                         and other.x1 > word["x0"] and other.x0 < word["x1"] and word["top"] < other.bottom
                         for other in boxes)]
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(above, key=lambda w: -w["bottom"]):
        if lines and abs(lines[-1][0]["bottom"] - word["bottom"]) < 4:
            lines[-1].append(word)
        else:
            lines.append([word])
    kept: list[list[dict[str, Any]]] = []
    for line in lines:
        if kept:
            lower = kept[-1]
            height = max(w["bottom"] - w["top"] for w in lower)
            if min(w["top"] for w in lower) - max(w["bottom"] for w in line) > height * _WRAP:
                break
        kept.append(line)
    starts = _column_starts(words)
    columns: list[tuple[float, float, list[str]]] = []  # (x0, x1, runs top to bottom)
    for line in reversed(kept):
        runs: list[list[dict[str, Any]]] = []
        for word in sorted(line, key=lambda w: w["x0"]):
            # (a Dutch label as long as its column runs up to the French one a word's space away)
            if runs and word["x0"] - runs[-1][-1]["x1"] <= _WORD_GAP \
                    and not any(abs(word["x0"] - start) <= 1 for start in starts):
                runs[-1].append(word)
            else:
                runs.append([word])
        for run in runs:
            x0, x1 = run[0]["x0"], run[-1]["x1"]
            column = next((index for index, (left, right, _) in enumerate(columns) if x0 < right and left < x1), None)
            if column is None:
                columns.append((x0, x1, [_text(run)]))
            else:
                left, right, texts = columns[column]
                columns[column] = (min(left, x0), max(right, x1), [*texts, _text(run)])
    return [" ".join(texts) for _, _, texts in sorted(columns, key=lambda column: column[0])]


_COLUMN_LINES = 3  # a column's start is where this many words at least start


def _column_starts(words: list[dict[str, Any]]) -> list[float]:
    """Where the page's second (third...) column of text starts: an x at which a line starts a run of words
    after a gap wider than a label's words stand, and at which several lines start a word."""
    lines: dict[int, list[dict[str, Any]]] = {}
    for word in words:
        lines.setdefault(round(word["bottom"]), []).append(word)
    after_gaps: set[float] = set()
    for line in lines.values():
        placed = sorted(line, key=lambda w: w["x0"])
        after_gaps.update(word["x0"] for before, word in pairwise(placed)
                          if word["x0"] - before["x1"] > _WORD_GAP)
    return [x for x in after_gaps if sum(abs(word["x0"] - x) <= 1 for word in words) >= _COLUMN_LINES]


# a caption printed under its box ("[box] / Nom de la structure") stands this close under it, and nearer to it
# than to the box below by at least this much: where the gaps are alike the line is the lower box's label
_CAPTION_GAP = 4.0
_CAPTION_MARGIN = 1.5
_CAPTION_BLOCK = 14.0  # a caption of two lines (Dutch over French) ends this far under its box


def caption_below(box: Box, words: list[dict[str, Any]], boxes: Sequence[Box]) -> str:
    """The line printed right under a box, overlapping it, when it stands nearer to this box than to the
    next box under it: a form whose labels are captions under the line to write on (a French "ligne à
    remplir" style, a bilingual form's two lines under each box). "" when none."""
    under = [word for word in words if box.bottom - 1 <= word["top"] <= box.bottom + _CAPTION_GAP
             and word["x1"] > box.x0 - 5 and word["x0"] < box.x1]
    if not under:
        return ""
    nearest = min(word["top"] for word in under)
    line = sorted((word for word in under if abs(word["top"] - nearest) < 4), key=lambda w: w["x0"])
    gap, line_bottom = nearest - box.bottom, max(word["bottom"] for word in line)
    below = [other.top - line_bottom for other in boxes if other is not box and other.page == box.page
             and other.top >= line_bottom - 1 and other.x1 > line[0]["x0"] - 5 and other.x0 < line[-1]["x1"]]
    if below:
        return _text(line) if min(below) - gap >= _CAPTION_MARGIN else ""
    # the last box: no box under the line to claim it, but a label as close over the box reads as its own
    over = [word for word in words if box.top - gap - _CAPTION_MARGIN <= word["bottom"] <= box.top + 2
            and word["x1"] > box.x0 - 5 and word["x0"] < box.x1]
    return "" if over else _text(line)


_AFTER_GAP = 14.0  # pt: a label printed after its box starts this close to the box's right edge


def label_after(box: Box, words: list[dict[str, Any]], boxes: Sequence[Box]) -> str:
    """The words right of a box on its line, from just after it to the next box or a wide gap: a paper form's
    caption printed after the line to write on ("[8600] 1.4 Postcode"); "" when none."""
    middle = (box.top + box.bottom) / 2 if box.bottom - box.top <= _FIRST_LINE else box.top + _FIRST_LINE / 2
    right = min((other.x0 for other in boxes if other is not box and other.page == box.page
                 and other.top < middle < other.bottom and other.x0 >= box.x1 - 1), default=float("inf"))
    same_line = sorted((word for word in words if word["top"] - 3 < middle < word["bottom"] + 3
                        and box.x1 - 2 <= word["x0"] and word["x1"] <= right + 1), key=lambda w: w["x0"])
    if not same_line or same_line[0]["x0"] - box.x1 > _AFTER_GAP:
        return ""
    kept = [same_line[0]]
    for word in same_line[1:]:
        if word["x0"] - kept[-1]["x1"] > _WORD_GAP:
            break
        kept.append(word)
    return " ".join(word["text"] for word in kept)


def label_at_side(box: Box, words: list[dict[str, Any]], boxes: Sequence[Box], *, after: bool = False) -> str:
    """The words printed beside a box on its line: after it on a page ``after`` its boxes (``labelled_after``),
    else before it."""
    return label_after(box, words, boxes) if after else label_beside(box, words, boxes)


def labelled_after(boxes: Sequence[Box], page_words: dict[int, list[dict[str, Any]]]) -> frozenset[int]:
    """The pages whose labels are printed after (right of) their boxes, told as ``captioned_pages`` tells
    captions (two boxes at least that fit the labels after them)."""
    return _read_better(boxes, page_words, least=2, after=True)


def captioned_pages(boxes: Sequence[Box], page_words: dict[int, list[dict[str, Any]]]) -> frozenset[int]:
    """The pages whose labels are captions under their boxes. The gaps alone cannot tell "label / box / label /
    box" from "box / caption / box / caption": both put each line a few points under one box and a few more
    over the next. What the boxes hold can: each page is read both ways, and captions are taken where their
    answers fit their labels better (a postcode's box holding four or five digits, a phone's a number, an
    e-mail's an @, an address's a number and a street) than the labels over the boxes do."""
    return _read_better(boxes, page_words, captions=True)


def _read_better(boxes: Sequence[Box], page_words: dict[int, list[dict[str, Any]]], *, least: int | None = None,
                 captions: bool = False, after: bool = False) -> frozenset[int]:
    """The pages whose filled boxes fit their labels better read the other way (``captions``, ``after``) than
    read as labels before and over them, by ``least`` at least."""
    pages: set[int] = set()
    for page in {box.page for box in boxes}:
        words = page_words.get(page, [])
        filled = [box for box in boxes if box.page == page and box.takes_text and box.value.strip()]
        usual = sum(_fits(printed_label(box, words, boxes)[0], box.value) for box in filled)
        other = sum(_fits(printed_label(box, words, boxes, captions=captions, after=after)[0], box.value)
                    for box in filled)
        if other > usual and (least is None or other >= least):
            pages.add(page)
    return frozenset(pages)


def _fits(label: str | None, value: str) -> int:
    """+1 where a box's value is of the kind its label asks, -1 where it is not, 0 where its kind says nothing."""
    matched = match_label(label) if label else None
    return 0 if matched is None else fits(matched[0], value)


def _text(line: list[dict[str, Any]]) -> str:
    return " ".join(word["text"] for word in line)


def printed_label(box: Box, words: list[dict[str, Any]], boxes: Sequence[Box], *,
                  captions: bool = False, after: bool = False) -> tuple[str | None, bool]:
    """``(label, printed)``: the best human label of a box that names a field (None when none does), and
    whether any text is printed as its label at all.

    Beside the box first, then its tooltip (the box's own words: the line above may be a heading), then a
    caption under it (on a page ``captions`` under its boxes, ``captioned_pages``), then the line above. A
    bare "Montant" above a box heads a budget's column of amounts, not the request. On a page ``after`` its
    boxes (``labelled_after``), the words right of the box are its label, not the words left of it."""
    beside = label_at_side(box, words, boxes, after=after)
    above = "" if beside else label_above(box, words, boxes, captions=captions)
    below = "" if beside or not captions else caption_below(box, words, boxes)
    for candidate in (beside, box.tooltip, below, above):
        matched = match_label(candidate) if candidate else None
        if matched is None and candidate and (named := _ROLE_AS_CONTACT.fullmatch(candidate.strip())) is not None \
                and is_role(named.group("role")):
            # "Secrétaire - contact pour ce dossier": the secretary's box, and the secretary is the contact
            candidate = named.group("contact")
            matched = match_label(candidate)
        if matched is not None and not (candidate is above and matched[0] == BARE_AMOUNT):
            return candidate, True
    if above:
        # a label of two columns or wrapped lines over the box (a bilingual form's Dutch beside its French)
        for candidate in labels_above_by_column(box, words, boxes):
            matched = match_label(candidate)
            if matched is not None and matched[0] != BARE_AMOUNT:
                return candidate, True
    return None, bool(beside or above or below)


# a second person's phone or e-mail box follows the row of their name
SECOND_PERSON_FIELDS = frozenset({"phone", "email"})


def names_another_person(label: str) -> bool:
    """A row for a second person of the group ("Trésorier(e)", "Secretaris", "Chair"): not the contact,
    and neither are the phone and e-mail boxes under it. Not one the label says is the contact ("Secrétaire -
    contact pour ce dossier")."""
    bare = re.sub(r"\(.*?\)", "", label).strip(" :")
    return bool(bare) and match_label(label) is None and is_role(bare) and _ROLE_AS_CONTACT.fullmatch(bare) is None


# a role, a dash, and that this person is the contact: "Secrétaire - contact pour ce dossier", "Secretaris –
# contactpersoon"
_ROLE_AS_CONTACT = re.compile(r"(?P<role>[^-–—]{3,40}?)\s*[-–—]\s*(?P<contact>(?i:contact|personne (?:de|à) contact|"
                              r"contactpersoon|aanspreekpunt)\b[^-–—]{0,40})")
