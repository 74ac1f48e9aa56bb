"""A form filled in and then printed to PDF ("flattened"): the answers are plain text, no boxes remain.

The page's text read line by line loses the form's columns ("Contactpersoon Blondeel Jolien", "Postcode 8 9
5 0 Gemeente Nieuwkerke"), so the words are read with their places instead: a line splits into cells
where a gap wider than a few letters opens, a label's answer is the cell right of it on its row (and the
lines under that cell, for an address or a description written on several lines), or, when the label
stands alone, the cell under it on the next line. A comb box's digits, printed one per square, are one
value again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from config.call import CallDefinition
from parsers.call_text import names_call
from parsers.field_table import AMOUNT_FIELDS
from parsers.fields import (
    CONFIDENCE,
    QUESTION_NUMBERED,
    Harvest,
    add_value,
    gives_details,
    label_sureness,
    name_for_label,
)
from parsers.labels import (
    BARE_AMOUNT,
    BUDGET_TABLE,
    FULL_ADDRESS,
    POSTCODE_AND_MUNICIPALITY,
    SECTION_MARK,
    heads_rows,
    label_alone,
    match_label,
    under_heading,
    whose,
)
from parsers.model import LABEL, TABLE
from parsers.money import parse_amount
from parsers.pdf_boxes import SECOND_PERSON_FIELDS, names_another_person
from parsers.value_kinds import CAPTIONS, TELLING, fits

# wider than the space between two words of a sentence (about 3 points at 10 points), narrower than
# the space between a form's label and its answer
_CELL_GAP = 12.0
# a comb box prints one digit per square, its squares a little wider than a digit
_COMB_PITCH = 30.0
# a check box printed as a glyph before its choice ("☒ collectif d'habitants")
_TICK_GLYPHS = frozenset("☐☒☑□■✕✓✔✗✘")
_MARKS = frozenset({"€", "eur", "euro", "euros", "(€)", ":", *_TICK_GLYPHS})
# a page is a form when at least this many labels that ask who applies (not amounts) have an answer: a
# letter's budget table ("Totaal  5.850,00") or a line starting with a label's word is no form
_MIN_PAIRS = 3
_NUMBERS = AMOUNT_FIELDS | {"phone", "postcode"}
_ENDS_IN_AMOUNT = re.compile(r"(?i)\d[.,]\d{2}\s*(?:€|eur\w*)?\s*$|\d\s*(?:€|eur|euros?)\s*$")
# an answer under its label is paired by alignment alone: a little less sure than one beside its label
_BELOW = 0.05
# an answer over its caption: the page's layout inferred from what its answers hold, as sure as a caption
# under its line in a text (parsers.fields)
_ABOVE = 0.1
# an answer on a page that has answers under their labels and over their captions both: to check
_UNSURE = 0.75
# an amount read from a page's layout may sit in the wrong column: never above a "Label: value" line's
_AMOUNT_CAP = 0.85


@dataclass(frozen=True)
class Cell:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    option: bool = False  # the words beside a check box or radio button: a choice, never a label nor an answer
    colon: bool = False  # printed with a colon after it ("Adresse de correspondance, si différente ... :"): a label


# a check box or radio button is a small square or circle, the words of its choice just right of it
_TICK_SIZE = (5.0, 16.0)
_TICK_REACH = 15.0


def tick_boxes(shapes: Iterable[dict[str, Any]]) -> list[tuple[float, float, float]]:
    """``(x1, top, bottom)`` of the small squares and circles drawn on a page (pdfplumber's rects, curves)."""
    low, high = _TICK_SIZE
    return [(shape["x1"], shape["top"], shape["bottom"]) for shape in shapes
            if low <= shape["width"] <= high and low <= shape["height"] <= high
            and abs(shape["width"] - shape["height"]) < 2]


def _as_options(found: list[Cell], ticks: Sequence[tuple[float, float, float]]) -> list[Cell]:
    middle = [(cell.top + cell.bottom) / 2 for cell in found]
    return [Cell(cell.text, cell.x0, cell.x1, cell.top, cell.bottom, True, cell.colon)
            if any(top - 3 <= mid <= bottom + 3 and 0 <= cell.x0 - x1 <= _TICK_REACH for x1, top, bottom in ticks)
            else cell for cell, mid in zip(found, middle, strict=True)]


def printed_lines(words: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into printed lines (tops within 3 points), each left to right, top to bottom."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _comb_joined(line: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A run of three or more single digits printed a square apart ("8  9  5  0") as one word ("8950")."""
    out: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = []
    for word in [*line, None]:
        if word is not None and re.fullmatch(r"\d", word["text"]) and (
                not run or word["x0"] - run[-1]["x1"] < _COMB_PITCH):
            run.append(word)
            continue
        if len(run) >= 3:
            out.append({**run[0], "text": "".join(w["text"] for w in run), "x1": run[-1]["x1"], "comb": True})
        else:
            out.extend(run)
        run = [word] if word is not None and re.fullmatch(r"\d", word["text"]) else []
        if word is not None and not run:
            out.append(word)
    return out


_LEADER_RUN = re.compile(r"(?P<word>.*?)(?P<leader>[._…]{3,})$")


def _leaders_apart(line: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A hand-laid form's dotted leader between a label and its answer ("Code postal ........ 59660",
    "Adresse.......... 17 rue du Pont-Rouge") as a mark of its own: it parts the label from the answer however
    close the typist set them, and is no answer of an empty box."""
    out: list[dict[str, Any]] = []
    for word in line:
        found = _LEADER_RUN.fullmatch(word["text"])
        if found is None or re.fullmatch(r"[._…]*\w+@[\w.-]+", word["text"]):
            out.append(word)
            continue
        if found.group("word"):
            share = len(found.group("word")) / len(word["text"])
            out.append({**word, "text": found.group("word"), "x1": word["x0"] + (word["x1"] - word["x0"]) * share})
        out.append({**word, "text": "", "leader": True})
    return out


def cells(line: list[dict[str, Any]]) -> list[Cell]:
    """A printed line split at wide gaps; marks printed between a label and its answer are dropped."""
    found: list[Cell] = []
    group: list[dict[str, Any]] = []
    ticked = False  # a check box glyph printed apart, before the choice it ticks
    for word in [*_leaders_apart(_comb_joined(line)), None]:
        if group and (word is None or word["x0"] - group[-1]["x1"] > _CELL_GAP or word.get("comb")
                      or group[-1].get("comb") or word.get("leader") or group[-1].get("leader")):
            # a mark at a cell's edge only: "Naam : Jan" printed as one run is a "Label: value" line
            ticked = ticked or group[0]["text"].strip()[:1] in _TICK_GLYPHS
            # (a leader's dots, and what is left of one an answer was typed over: "." is no cell's text)
            group = [w for w in group if not w.get("leader") and not re.fullmatch(r"[._…]+", w["text"])]
            while group and group[0]["text"].strip().lower() in _MARKS:
                group.pop(0)
            colon = False
            while group and group[-1]["text"].strip().lower() in _MARKS:
                colon = colon or group[-1]["text"].strip() == ":"
                group.pop()
            if group:
                found.append(Cell(" ".join(w["text"] for w in group).lstrip("".join(_TICK_GLYPHS) + " "),
                                  group[0]["x0"], group[-1]["x1"], min(w["top"] for w in group),
                                  max(w["bottom"] for w in group), ticked, colon))
                ticked = False
            group = []
        if word is not None:
            group.append(word)
    return found


def _is_label(cell: Cell) -> bool:
    return not cell.option and match_label(cell.text) is not None


def _field(cell: Cell) -> str | None:
    """The field a cell's label names, loosely ("Bedrag gevraagd aan de oproep"); None for a choice."""
    matched = None if cell.option else match_label(cell.text)
    return matched[0] if matched is not None else None


def _whole_label(cell: Cell) -> bool:
    """A cell that is a label and nothing else; a short one may be a label with a word more."""
    text = cell.text.rstrip().removesuffix(":").rstrip()  # "Organisatie:" over its answer
    if cell.option or ":" in text:
        return False
    return label_alone(text) is not None or (match_label(text) is not None and len(text.split()) <= 3)


# the answers a box may hold on several lines; any other answer is one line, and the line under it the
# next thing printed (a heading, a question)
_MULTILINE = frozenset({"address", FULL_ADDRESS, POSTCODE_AND_MUNICIPALITY, "summary"})


def _a_label(cell: Cell) -> bool:
    """A cell that cannot be an answer: a whole label, or words ending with a colon ("Tel.:")."""
    return not cell.option and (label_alone(cell.text) is not None or cell.text.rstrip().endswith(":") or cell.colon
                                # "2. Identification du représentant légal": a section's heading, no answer
                                or SECTION_MARK.match(cell.text) is not None)


def _lone_label(line: list[Cell]) -> bool:
    return len(line) == 1 and _is_label(line[0])


def _level_with_lone_label(lines: Sequence[list[Cell]], line: list[Cell]) -> bool:
    """A line printed level with a label that stands alone on its row: that label's answer (a tall box's
    lines centred on its label), not the line above's."""
    height = line[0].bottom - line[0].top
    return any(_lone_label(other) and other is not line and abs(other[0].top - line[0].top) <= height
               for other in lines)


_BLOCK_GAP = 2.6  # lines' heights: a person's block under a question may leave a blank line among its lines


def _under(lines: Sequence[list[Cell]], index: int, x0: float, after: float, *, gap: float = 1.2) -> list[str]:
    """The lines that go on with an answer starting at ``x0``: right under it (``gap`` lines' heights at most
    between two), nothing printed left of it."""
    more: list[str] = []
    bottom = after
    for line in lines[index + 1:]:
        height = line[0].bottom - line[0].top
        if line[0].top - bottom > height * gap or abs(line[0].x0 - x0) > 4 or _is_label(line[0]) \
                or _level_with_lone_label(lines, line):
            break
        more.append(" ".join(cell.text for cell in line))
        bottom = line[0].bottom
    return more


# a cell that starts with a label of its own and its answer ("Naam vereniging: Handzaamse Dorpsgilde")
_LABELLED = re.compile(r"[^\W\d][^:\n]{1,40}?\s?:\s+\S")


def _beside(lines: Sequence[list[Cell]], index: int) -> list[tuple[str, str]]:
    """"Label  answer  Label  answer" on one row; an answer may go on under itself.

    Cells alternate label, answer from the row's start; after the first, only a whole label is one (an
    answer may start with a label's word). An empty answer shows as a label right after a label."""
    row = lines[index]
    pairs: list[tuple[str, str]] = []
    position = 0
    while position < len(row) - 1:
        label, value = row[position], row[position + 1]
        if _a_label(value):
            if _field(label) is not None and _field(label) == label_alone(value.text):
                return []  # "association loi 1901 / ASBL   collectif d'habitants": choices of one thing
            position += 1
            continue
        field = _field(label) if position == 0 else None if label.option else label_alone(label.text)
        if field is None and position and not label.option and _field(label) in AMOUNT_FIELDS \
                and parse_amount(value.text) is not None:
            # "Conseil juridique  460 €  Aide demandée à l'appel à projets  9.450 €": expenses and income side by
            # side, the income's line asking the amount by its label
            field = _field(label)
        if field is None or value.option or (field not in _NUMBERS and _ENDS_IN_AMOUNT.search(value.text)) \
                or _LABELLED.match(value.text):
            # "Organisatie bewonersavond  90,00": a cost line whose first word is a label's; "Organisatie | Naam
            # vereniging: Handzaamse Dorpsgilde": a section's name beside its labelled lines
            position += 2
            continue
        taken = 1
        if field in AMOUNT_FIELDS and (last := _last_amount(row[position + 1:])) is not None:
            # "Total  12 583,46  2 516,70  15 100,16" under "HT | TVA | TTC": the all-in amount, the row's last;
            # "Solde sollicité auprès de Partons 2.0  sollicité  9 599,50": a status between label and amount
            value, taken = last
        more = _under(lines, index, value.x0, value.bottom) if position + 1 + taken == len(row) \
            and field in _MULTILINE else []
        pairs.append((label.text, "\n".join([value.text, *more])))
        position += 1 + taken
    return pairs


def _last_amount(cells: Sequence[Cell]) -> tuple[Cell, int] | None:
    """The last of the amounts after an amount's label, up to the row's next label, and how many cells that
    takes; only where the cells between are amounts or a word or two ("sollicité", "aangevraagd")."""
    run: list[Cell] = []
    for cell in cells:
        if cell.option or _field(cell) is not None or _a_label(cell):
            break
        run.append(cell)
    amounts = [index for index, cell in enumerate(run) if parse_amount(cell.text) is not None]
    if not amounts or len(run) > _AMOUNTS_IN_A_ROW or any(
            parse_amount(cell.text) is None and len(cell.text.split()) > 2 for cell in run[:amounts[-1]]):
        return None
    return run[amounts[-1]], amounts[-1] + 1


_AMOUNTS_IN_A_ROW = 4  # a budget row's columns after its label: excl., VAT, incl., a status


def _around(lines: Sequence[list[Cell]], index: int) -> list[tuple[str, str]]:
    """A label alone on its row with the lines of a tall box's answer printed right of it, centred on it
    ("Adresse complète" between "56 rue des Écoles" above and "59190 Caëstre" below)."""
    row = lines[index]
    if not _lone_label(row):
        return []
    label = row[0]
    height = label.bottom - label.top
    middle = (label.top + label.bottom) / 2
    block = [line for line in lines if line is not row and abs((line[0].top + line[0].bottom) / 2 - middle)
             <= 2.5 * height and line[0].x0 > label.x1 + _CELL_GAP and not any(_is_label(cell) for cell in line)]
    if (match_label(label.text) or ("",))[0] not in _MULTILINE:
        block = [line for line in block if line[0].top <= label.bottom and line[0].bottom >= label.top]
    if not block or any(abs(line[0].x0 - block[0][0].x0) > 4 for line in block):
        return []
    return [(label.text, "\n".join(" ".join(cell.text for cell in line) for line in block))]


# an answer printed in its box starts at the label's left edge, or a little right of it (the box's margin,
# an amount set right in a narrow box)
_ALIGN = (-6.0, 40.0)


def _under_label(cell: Cell, row: list[Cell]) -> Cell | None:
    """The label of ``row`` an answer cell stands under: the nearest one starting at or just left of it."""
    low, high = _ALIGN
    placed = [label for label in row if low <= cell.x0 - label.x0 <= high]
    return min(placed, key=lambda label: abs(cell.x0 - label.x0)) if placed else None


def _below(lines: Sequence[list[Cell]], index: int) -> list[tuple[str, str]]:
    """Labels alone on a row ("Code postal   Commune"), each answer on the next line under its label's
    start ("59470   Herzeele"). Every cell of that line must stand under a label: a line that is a
    label and its answer (a box left empty above it) is no answer."""
    row = lines[index]
    # only whole labels: "Naam en voornaam Lieve Dewulf" is a label and its answer in one run of words
    if index + 1 >= len(lines) or not all(_whole_label(cell) for cell in row):
        return []
    below = lines[index + 1]
    height = row[0].bottom - row[0].top
    if below[0].top - row[0].bottom > height * 2.5:
        return []
    # an answer may start with a label's word ("Association Les Amis du Moulin"), never be a whole label
    if any(_under_label(cell, row) is None or _a_label(cell) or cell.option or ":" in cell.text for cell in below):
        return []
    pairs: list[tuple[str, str]] = []
    for label in row:
        value = next((cell for cell in below if _under_label(cell, row) is label), None)
        named = match_label(label.text)
        if value is None or named is None or named[0] in (BARE_AMOUNT, BUDGET_TABLE):
            continue
        more: list[str] = []
        if len(below) == 1 and named[0] in _MULTILINE:
            more = _under(lines, index + 1, value.x0, value.bottom)
        elif len(below) == 1 and named[0] == "contact_name":
            # a question asking the contact's name, address, phone and e-mail answered a line each, a blank line
            # among them maybe: the block under it when it gives them (``fields`` reads it as the person's
            # details); not the next box's label and answer ("Functie" / "Voorzitter")
            block = _under(lines, index + 1, value.x0, value.bottom, gap=_BLOCK_GAP)
            more = block if gives_details(block) else []
        pairs.append((label.text, "\n".join([value.text, *more])))
    return pairs


def _above(lines: Sequence[list[Cell]], index: int) -> list[tuple[str, str]]:
    """Captions alone on a row under the line they name ("Eikenlaan 63" / "A2 Straat en nummer", "8980
    Passendale" / "A3 Postnummer   A4 Gemeente"): a paper form's line to write on and its caption, each answer
    starting over its caption. As ``_below``, but the line above; which of the two a page means is told by
    what its answers hold (``_captions_under``)."""
    row = lines[index]
    if index < 1 or not all(_whole_label(cell) for cell in row):
        return []
    above = lines[index - 1]
    height = row[0].bottom - row[0].top
    if row[0].top - above[0].bottom > height * 2.5:
        return []
    if any(_under_label(cell, row) is None or _a_label(cell) or cell.option or ":" in cell.text
           or cell.text.rstrip().endswith("?") for cell in above):
        return []
    pairs: list[tuple[str, str]] = []
    for label in row:
        value = next((cell for cell in above if _under_label(cell, row) is label), None)
        named = match_label(label.text)
        if value is not None and named is not None and named[0] not in (BARE_AMOUNT, BUDGET_TABLE):
            pairs.append((label.text, value.text))
    return pairs


def _captions_under(below: Sequence[tuple[str, str]], above: Sequence[tuple[str, str]]) -> bool:
    """Whether a page's labels alone on their rows are captions under their answers: read so, its answers
    fit their labels better (a postcode's line holds a postcode, an address's a street and a number), as
    ``value_kinds.captions_under`` tells it of a text's lines."""
    def fitting(pairs: Sequence[tuple[str, str]]) -> int:
        named = [((match_label(label) or ("",))[0], value) for label, value in pairs]
        return sum(fits(name, value) for name, value in named if name in TELLING)

    score = fitting(above)
    return score >= CAPTIONS and score > fitting(below)


_HEADING_WORDS = 5


def _heads_a_section(text: str) -> bool:
    """A line that heads the rows under it and says whose they are or what about ("B. Le président ou
    représentant légal", "Vereniging", "3. Contactpersoon"): a short line or a marked one, no label and its
    answer ("Fonction : ..... Présidente"), no long line of a letter's signature ("Membre du bureau Les Amis
    du moulin de Hazebrouck" under the signer's name)."""
    if ":" in text or (len(text.split()) > _HEADING_WORDS and not SECTION_MARK.match(text)):
        return False
    return heads_rows(text)


@dataclass(frozen=True)
class PrintedPairs:
    beside: tuple[tuple[str, str], ...]  # a label and the answer printed right of it
    below: tuple[tuple[str, str], ...]  # a label alone on its row and the answer under it
    above: tuple[tuple[str, str], ...] = ()  # a caption alone on its row and the answer over it
    unsure: tuple[tuple[str, str], ...] = ()  # over or under, on a page that has both: to check

    def every(self) -> tuple[tuple[str, str], ...]:
        return (*self.beside, *self.below, *self.above, *self.unsure)


NO_PAIRS = PrintedPairs((), ())


def printed_pairs(words: Iterable[dict[str, Any]], ticks: Sequence[tuple[float, float, float]] = (), *,
                  minimum: int | None = None) -> PrintedPairs:
    """A page's labels and their answers read from where the words stand (``ticks``: its check boxes, see
    tick_boxes); nothing when the page is not laid out as a form (fewer than three labels that ask who
    applies with an answer beside or under them, or ``minimum``: a form's next page may hold its budget
    only)."""
    lines = [line for line in (_as_options(cells(words_line), ticks) for words_line in printed_lines(words)) if line]
    beside: list[tuple[str, str]] = []
    below: dict[int, list[tuple[str, str]]] = {}  # by the labels' row: their answers on the line under it
    above: dict[int, list[tuple[str, str]]] = {}  # by the captions' row: their answers on the line over it
    another = False  # the rows under a second person's name ("Secretaris  Luc Lannoo") are that person's
    heading = ""  # the section's heading above ("B. Le président ou représentant légal"): whose its rows are
    for index, row in enumerate(lines):
        if names_another_person(row[0].text):
            another = True
            continue
        found = _beside(lines, index) or _around(lines, index)
        under = [] if found else _below(lines, index)
        over = [] if found else _above(lines, index)
        if not found and not under and len(row) == 1 and _heads_a_section(row[0].text):
            # a heading, or a person's label left unanswered over their rows ("3. Contactpersoon"); a box's label
            # alone on its row ("Adresse de correspondance (si différente)"), or a label and its answer ("Fonction :
            # ..... Présidente"), heads nothing. A caption under its answer may read as one too: its answer over
            # it is kept for the page's reading to place (``_orphans_placed``)
            heading = row[0].text
            if over and not another:
                above[index] = over
            continue
        if any(whose(label) == "contact_name" for label, _ in [*found, *under]):
            heading = ""  # "Contact: Hervé Vanhaecke" under "Président - Les Amis d'Oxelaëre": the contact's rows now
        if heading:
            found = [(under_heading(label, heading), value) for label, value in found]
            under = [(under_heading(label, heading), value) for label, value in under]
            over = [(under_heading(label, heading), value) for label, value in over]
        fields = [(match_label(label) or ("",))[0] for label, _ in [*found, *under, *over]]
        if another and any(field in SECOND_PERSON_FIELDS for field in fields):
            continue
        if any(fields):
            another = False
        beside.extend(found)
        if under:
            below[index] = under
        if over:
            above[index] = over
    under_all = [pair for pairs in below.values() for pair in pairs]
    over_all = [pair for pairs in above.values() for pair in pairs]
    captions = _captions_under(under_all, over_all)
    chosen, unsure = _orphans_placed(above if captions else below, below if captions else above, captions)
    placed = PrintedPairs(tuple(beside), () if captions else chosen, chosen if captions else (), unsure)
    return placed if _a_form(placed, minimum) else NO_PAIRS


def _a_form(placed: PrintedPairs, minimum: int | None) -> bool:
    """Whether a page's pairs make it a form: three labels that ask who applies with their answers, or
    ``minimum`` pairs of any label."""
    asking = [label for label, _ in placed.every() if (match_label(label) or ("",))[0] not in AMOUNT_FIELDS]
    return len(asking) >= _MIN_PAIRS if minimum is None else len(placed.every()) >= minimum


def merged(parts: Sequence[PrintedPairs], *, minimum: int | None = None) -> PrintedPairs:
    """The pairs of a page's parts (its columns, parsers.pdf_columns) as the page's, judged as one page is."""
    placed = PrintedPairs(*(tuple(pair for part in parts for pair in getattr(part, side))
                            for side in ("beside", "below", "above", "unsure")))
    return placed if _a_form(placed, minimum) else NO_PAIRS


def _orphans_placed(primary: dict[int, list[tuple[str, str]]], secondary: dict[int, list[tuple[str, str]]],
                    captions: bool) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The page's pairs as its reading places them (``primary``: labels over their answers, or captions under
    them when ``captions``), and, to check, the answers that reading leaves unclaimed next to a label it leaves
    unanswered the other way round (``secondary``): a form that prints most labels over their boxes and some
    captions under ("Identification du demandeur" / "École primaire Les Tilleuls" / "Q1. Nom de la structure").
    A caption whose answer the reading gave the label after it is given its own, and that one its answer
    ("15 750 euros" / "Q9. Montant total" / "2 900 euros" / "Q10. Autofinancement": 2 900 is the second's).
    Returns (placed, to check)."""
    step = -1 if captions else 1  # where a row's answer stands in the page's reading: under it, or over it
    chosen = dict(primary)
    moved: dict[int, list[tuple[str, str]]] = {}
    used = {row + step for row in primary}
    for row, pairs in sorted(secondary.items()):
        line = row - step
        if line in used or not all(_of_its_kind(label, value) for label, value in pairs):
            continue
        if row not in chosen:
            moved[row], used = pairs, used | {line}
        elif (beyond := row + 2 * step) in secondary and beyond not in chosen and beyond not in moved \
                and all(_of_its_kind(label, value) for label, value in secondary[beyond]):
            moved[row], moved[beyond] = pairs, secondary[beyond]
            del chosen[row]
            used |= {line}
    return (tuple(pair for _, pairs in sorted(chosen.items()) for pair in pairs),
            tuple(pair for _, pairs in sorted(moved.items()) for pair in pairs))


_LONGEST = 100  # characters: a name, a title or an address; a longer line is a sentence


def _of_its_kind(label: str, value: str) -> bool:
    """An answer that may be a label's: of its field's kind, no heading ("CALENDRIER", a person's "Personnes"),
    question ("B2 Wat wil je doen?") or sentence, under a label that is no section's heading ("B. PROJECTIDEE")
    nor a sentence's last word ("village.")."""
    name = (match_label(label) or ("",))[0]
    return fits(name, value) >= 0 and not (value.isupper() and len(value) > 3) and len(value) <= _LONGEST \
        and not label.rstrip().endswith(".") \
        and not (whose(label) == "contact_name" and len(value.split()) < 2) \
        and not value.rstrip().endswith("?") and not QUESTION_NUMBERED.match(value) \
        and not SECTION_MARK.match(label)


def from_printed_pairs(harvest: Harvest, pairs: PrintedPairs, call: CallDefinition) -> None:
    """Candidates from a printed form's pairs: its rows are a table's (label cell, answer cell), so they
    rank as a table's and a "Label: value" line of another attachment (the statutes' "Siège social :")
    does not override them; as sure as a "Label: value" line (an answer under its label a little less),
    amounts never so sure that a wrong column would pass unchecked."""
    for group, confidence in ((pairs.beside, CONFIDENCE[LABEL]), (pairs.below, CONFIDENCE[LABEL] - _BELOW),
                              (pairs.above, CONFIDENCE[LABEL] - _ABOVE), (pairs.unsure, _UNSURE)):
        for label, value in group:
            name = name_for_label(label, harvest)
            if name is None or name == BARE_AMOUNT or names_call(value, call):
                continue  # (the call's own street under "Projet Partons 2.0" in a letter's address block)
            add_value(harvest, name, value, TABLE, min(confidence, _AMOUNT_CAP) if name in AMOUNT_FIELDS
                      else label_sureness(label, name, confidence), call)
