"""PDF to text, tables and form-field values.

Values typed into a fillable PDF usually live only in the AcroForm fields (the page shows them through
widget appearances that pdfplumber's text does not include), so the fields are read with pypdf.

Forms made by others (Word, LibreOffice, Acrobat) name their boxes ``Text1`` or ``Tekstveld 7``: what a
box means is the label printed beside it (parsers.pdf_boxes). A form filled in and printed to PDF has no
boxes left: its labels and answers are paired by where the words stand (parsers.pdf_printed).
"""

from __future__ import annotations

import bisect
import collections
import io
import itertools
import re
from dataclasses import dataclass
from typing import Any, BinaryIO

import pdfplumber
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from parsers.field_table import FIELD_NAMES
from parsers.fields import CLOSINGS, in_first_person
from parsers.labels import (
    SECTION_MARK,
    SURNAME_FIRST,
    PersonsRows,
    heading_length,
    heads_rows,
    is_other_label,
    label_alone,
    label_at_start,
    match_label,
    of_person,
    persons_name,
    under_heading,
    whose,
)
from parsers.pdf_annotations import has_typed_text, notes, typed_on
from parsers.pdf_boxes import (
    SECOND_PERSON_FIELDS,
    Box,
    caption_below,
    captioned_pages,
    combs_joined,
    label_above,
    label_after,
    label_at_side,
    label_beside,
    labelled_after,
    names_another_person,
    printed_label,
)
from parsers.pdf_columns import parts as page_parts
from parsers.pdf_grid import printed_grids, widget_grids, word_lines
from parsers.pdf_printed import NO_PAIRS, PrintedPairs, merged, printed_pairs, tick_boxes
from parsers.people_table import people_block, people_by_column
from parsers.ticked_contact import NAMES_CONTACT


class EncryptedPdf(Exception):
    """The PDF needs a password we do not have."""


@dataclass(frozen=True)
class PdfContent:
    text: str
    tables: tuple[tuple[tuple[str | None, ...], ...], ...]
    form_values: tuple[tuple[str, str, str], ...]  # (field name, tooltip label, value)
    page_count: int
    # a form printed to PDF: labels and the answers printed beside or under them (parsers.pdf_printed)
    printed: PrintedPairs = NO_PAIRS
    # a foreign form's filled boxes as "label<tab>value" lines under the page's section headings, in the
    # page's order: whose name a bare "Nom" box holds is said by the heading above it (parsers.file_contact)
    sections: str = ""


# our own form's budget rows (intake/applications/form.py)
_OWN_BUDGET_LINE = re.compile(r"budget_line_\d+_(?:description|amount)")
# a form filled in and printed to PDF is a page or four; the words' places are not read beyond
_PRINTED_FORM_PAGES = 4
_PRINTED_FORM_LABELS = 3  # lines that start with a form's label for a page to be read as a printed form


def _labels_in(text: str) -> int:
    """How many of a page's lines start with a form's label (or are one), above a letter's closing formula:
    the "Contactpersoon: ... / Adres: ... / Tel.: ..." lines under "Met vriendelijke groeten" are a letter's
    signature block, which the "Label: value" lines reading gets; taken for a printed form, the letter's
    sentences would lose the amounts they state. A sentence in the first person that starts with a label's
    word ("Namens Dorpscomité Zande dien ik ...") is the letter's too."""
    closing = CLOSINGS.search(text)
    above = text[:closing.start()] if closing is not None else text
    count = 0
    for line in above.split("\n"):
        if not line.strip():
            continue
        found = label_at_start(line) if label_alone(line) is None else (line, "")
        if found is not None and not in_first_person(found[1]):
            count += 1
    return count


def _form_values(reader: PdfReader) -> tuple[tuple[str, str, str], ...]:
    fields = reader.get_fields() or {}
    values: list[tuple[str, str, str]] = []
    for name, spec in fields.items():
        value = spec.get("/V")
        if value is None or spec.get("/FT") not in ("/Tx", "/Ch"):
            continue
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        # the short name: "form.organisation" -> "organisation"; the tooltip is a human label
        short = str(spec.get("/T", name)).rsplit(".", 1)[-1]
        values.append((short, str(spec.get("/TU", "")), str(value)))
    return tuple(values)


def _inherited(annotation: Any, key: str) -> Any:
    node = annotation
    for _ in range(10):  # a field's kids inherit its name, type and value
        if node is None:
            return None
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def _boxes(reader: PdfReader) -> list[Box]:
    """Every box of the form with its place on its page, in reading order; a check box or radio button
    counts for the geometry (a border between labels) but never gives a value."""
    boxes: list[Box] = []
    for number, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        bottom_y = float(page.mediabox.bottom)
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            rect = annotation.get("/Rect")
            if annotation.get("/Subtype") != "/Widget" or rect is None or len(rect) != 4:
                continue
            takes_text = _inherited(annotation, "/FT") in ("/Tx", "/Ch")
            value = _inherited(annotation, "/V") if takes_text else None
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            x0, y0, x1, y1 = (float(v) for v in rect)
            state = None if takes_text else _check_state(annotation)
            boxes.append(Box(number, str(_inherited(annotation, "/T") or "").rsplit(".", 1)[-1],
                             "" if value is None else str(value), str(_inherited(annotation, "/TU") or ""),
                             takes_text, min(x0, x1), height - (max(y0, y1) - bottom_y), max(x0, x1),
                             height - (min(y0, y1) - bottom_y), ticked=state not in (None, "/Off", "")))
    return combs_joined(sorted(boxes, key=lambda box: (box.page, round(box.top), box.x0)))


def _check_state(annotation: Any) -> object:
    """A check box's or radio button's state: the field's value says it (a radio group's value is the chosen
    button's own name, on the group); the appearance state only where no value is written, since makers that
    fill a form by program may set one and not the other."""
    value = _inherited(annotation, "/V")
    if annotation.get("/Parent") is not None and value is not None:
        # one button of a group: ticked when the group's value is this button's own "on" name
        shown = annotation.get("/AP", {}).get("/N", {})
        own = [name for name in (shown.keys() if hasattr(shown, "keys") else ()) if name != "/Off"]
        return value if own and value in own else None
    return value if value is not None else annotation.get("/AS")


def _labelled(boxes: list[Box], page_words: dict[int, list[dict[str, Any]]], short_lines: list[_Line],
              captioned: frozenset[int], in_grids: frozenset[Box] = frozenset(),
              after: frozenset[int] = frozenset()) -> tuple[tuple[str, str, str], ...]:
    """A foreign form's filled boxes as ``(name, label, value)`` in reading order, with the label printed
    for each (parsers.pdf_boxes). Where text is printed as the box's label, the box's name is dropped: the
    applicant filled the box after what the page says, and makers copy boxes with their names ("postcode"
    on the organisation's box, "titel" on the kind of applicant). A second person's phone and e-mail (the
    boxes under "Trésorier(e)") are not the applicant's. The boxes ``in_grids`` are read as a table
    (parsers.pdf_grid); they still part the labels of the others."""
    values: list[tuple[str, str, str]] = []
    another = False  # the boxes under a second person's name ("Trésorier(e)") are that person's
    labels = _row_persons({box: printed_label(box, page_words.get(box.page, []), boxes,
                                              captions=box.page in captioned, after=box.page in after)
                           for box in boxes if box.takes_text}, page_words, boxes)
    headings = _person_headings(boxes, short_lines, {label for label, _ in labels.values() if label})
    for box in boxes:
        if not box.takes_text or box in in_grids:
            continue
        words = page_words.get(box.page, [])
        label, printed = labels[box]
        if printed and not label and box.value.strip() and not label_beside(box, words, boxes) \
                and not is_other_label(label_above(box, words)):
            # a page that prints most labels before or over their boxes may print one after its box ("[Comité de
            # quartier du Moulin] Q4. Nom de la structure") or under its line: with nothing printed before it
            # and no label over it (none of ours, and no other box's such as "Functie" either), that one
            label = next((text for text in (label_after(box, words, boxes) if box.page not in after else "",
                                            caption_below(box, words, boxes) if box.page not in captioned else "")
                          if match_label(text) is not None), None)
        heading = next((text for place, text in reversed(headings) if place < (box.page, box.top)), "")
        if label and printed and heading:
            label = under_heading(label, heading)  # "Téléphone" under "B. Le président ou représentant légal"
        if printed and label is None and names_another_person(
                label_at_side(box, words, boxes, after=box.page in after)
                or (caption_below(box, words, boxes) if box.page in captioned else "")
                or label_above(box, words)):
            another = True
            continue
        field = (match_label(label) or ("",))[0] if label else ""
        if another and field in SECOND_PERSON_FIELDS:
            continue
        if field:
            another = False
        if box.value.strip():
            # a printed text that names none of our fields is still passed on: "Maak werk van je buurt (Partons
            # 2.0)" beside an amount in the budget's income is the line the grant is asked on
            shown = label or box.tooltip or (
                label_at_side(box, words, boxes, after=box.page in after) if printed else "")
            values.append(("" if printed else box.name, shown, box.value))
    return tuple(values)


@dataclass(frozen=True)
class _Line:
    page: int
    top: float
    bottom: float
    text: str


def _short_lines(page_words: dict[int, list[dict[str, Any]]]) -> list[_Line]:
    """The pages' lines that may head a section: short, and no "Label: value" (read once, for both readings of
    a fillable form's boxes under their headings)."""
    found: list[_Line] = []
    for number, words in page_words.items():
        for line in word_lines(words, _SAME_LINE):
            text = " ".join(str(word["text"]) for word in sorted(line, key=lambda word: float(word["x0"])))
            if ":" not in text and heading_length(text):
                found.append(_Line(number, float(line[0]["top"]), max(float(word["bottom"]) for word in line), text))
    return found


def _person_headings(boxes: list[Box], short_lines: list[_Line],
                     box_labels: set[str]) -> list[tuple[tuple[int, float], str]]:
    """The page's headings that say whose the boxes under them are ("B. Le président ou représentant légal",
    "Vereniging", "Contactpersoon"), in reading order: short lines with no box beside them; a box's own label
    (``box_labels``: "Président(e) – Nom et prénom" over its box) heads nothing."""
    found: list[tuple[tuple[int, float], str]] = []
    for line in short_lines:
        if any(box.page == line.page and box.top < line.bottom and line.top < box.bottom for box in boxes):
            continue
        # a person's heading only with a section's mark ("B. Le président ou représentant légal"): a box's
        # label printed on a line of its own ("Président(e)", "Chair / person responsible") names no section
        if heads_rows(line.text) and line.text not in box_labels and (whose(line.text) in (None, "contact_name")
                                                                      or SECTION_MARK.match(line.text)):
            found.append(((line.page, line.top), line.text))
    return sorted(found)


def _same_row(first: Box, second: Box) -> bool:
    """Two boxes side by side: on one page, each level with the other's middle."""
    return first.page == second.page and first.top < (second.top + second.bottom) / 2 < first.bottom \
        and second.top < (first.top + first.bottom) / 2 < second.bottom


def _row_persons(labels: dict[Box, tuple[str | None, bool]], page_words: dict[int, list[dict[str, Any]]],
                 boxes: list[Box]) -> dict[Box, tuple[str | None, bool]]:
    """The phone and e-mail boxes on the row of a representative's or another person's name, labelled as
    theirs: "Téléphone" beside "Président(e) / représentant légal – Nom et prénom" is the president's, and so
    is a "Téléphone" box on the row under it. Another person's name box has a printed label that names none of
    our fields ("Trésorier(e) – Nom et prénom")."""
    shown = {box: label or label_beside(box, page_words.get(box.page, []), boxes)
             or label_above(box, page_words.get(box.page, [])) for box, (label, _) in labels.items()}
    people = [(box, label) for box, label in shown.items() if label and persons_name(label) is not None]
    out = dict(labels)
    for box, (label, printed) in labels.items():
        person = next((name for other, name in people if other is not box and _same_row(box, other)), None)
        if label and person is not None:
            out[box] = (of_person(label, person), printed)
    # and the boxes under that person's name, row after row, up to the next label of anything else
    persons, page = PersonsRows(), -1
    for box, (label, printed) in out.items():  # in reading order
        if box.page != page:
            persons.end()
            page = box.page
        if label or shown[box]:
            read = persons.label(label or shown[box])
            out[box] = (read if label else label, printed)
    return out


def _open_reader(stream: BinaryIO) -> PdfReader:
    reader = PdfReader(stream)
    if reader.is_encrypted:
        # An owner password only restricts printing/editing; the empty user password opens it.
        try:
            if not reader.decrypt(""):
                raise EncryptedPdf("password protected")
        except (FileNotDecryptedError, NotImplementedError) as exc:
            raise EncryptedPdf(str(exc) or "password protected") from exc
    return reader


_LEADER_DOTS = 20  # dots on a page before it is worth looking for a dotted leader typed over


def _font(char: dict[str, Any]) -> tuple[str, float]:
    return char["fontname"], round(char["size"], 1)


def _without_dots_under_words(page: Any) -> Any:
    """The page without the dots of a printed dotted leader that an answer was typed over: the text reads
    "Buurtcomité Kapelhoek", not "..B..u..u..r..t.c..o..m...i.t.é". A dot whose middle lies inside a letter
    (or a space) of the same line is under it; a sentence's full stop stands after its letter."""
    chars = page.chars
    dots = [char for char in chars if char["text"] == "."]
    if len(dots) < _LEADER_DOTS:
        return page
    # the leader's dots are printed in the form's font, most of the page's dots; an answer's own full stop
    # ("hilde.vermeersch@example.com") is typed in another and is a letter like the others
    leader = collections.Counter(_font(dot) for dot in dots).most_common(1)[0][0]
    dots = [dot for dot in dots if _font(dot) == leader]
    by_line: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        if (char["text"] != "." or _font(char) != leader) and char["x1"] - char["x0"] > 0.5:
            by_line.setdefault(int(char["bottom"] // 3), []).append(char)
    lines = {key: sorted(line, key=lambda char: char["x0"]) for key, line in by_line.items()}
    starts = {key: [char["x0"] for char in line] for key, line in lines.items()}  # for bisect, once per line
    under: set[tuple[float, float]] = set()
    for dot in dots:
        middle = (dot["x0"] + dot["x1"]) / 2
        key = int(dot["bottom"] // 3)
        for near in (key - 1, key, key + 1):
            line = lines.get(near, [])
            index = bisect.bisect_right(starts[near], middle) - 1 if line else -1
            if index >= 0 and middle < line[index]["x1"] and abs(line[index]["bottom"] - dot["bottom"]) \
                    < (line[index]["bottom"] - line[index]["top"]) / 2:
                under.add((dot["x0"], dot["top"]))
                break
    if not under:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or obj.get("text") != "."
                       or (obj["x0"], obj["top"]) not in under or _font(obj) != leader)


_STRUCK_LOW, _STRUCK_HIGH = 0.3, 0.85  # where a stroke through a letter crosses it, as shares of its height
_STRUCK_EDGE = 4.0  # pt: a stroke through an answer ends this close to its first and last letters
_STRUCK_MOST = 60  # letters one stroke strikes at most (an address, an e-mail); more is a rule through a block
_LETTER_HEIGHT = 40.0  # pt: no letter of a form is taller


def _without_struck_words(page: Any) -> Any:
    """The page without the letters a stroke crosses through their middle: an answer struck out and typed again
    after it ("~03 28 68 40 12~ 06 45 18 77 30") means the second. A line under the letters (the form's line to
    write on, a link's underline) or a box's border round them crosses none."""
    strokes = [(float(line["x0"]), float(line["x1"]), float(line["top"])) for line in page.lines
               if abs(float(line["top"]) - float(line["bottom"])) < 1.5 and float(line["x1"]) - float(line["x0"]) > 3]
    strokes += [(float(rect["x0"]), float(rect["x1"]), (float(rect["top"]) + float(rect["bottom"])) / 2)
                for rect in page.rects if float(rect["bottom"]) - float(rect["top"]) < 1.5
                and float(rect["x1"]) - float(rect["x0"]) > 3]
    if not strokes:
        return page

    def crosses(stroke: tuple[float, float, float], char: dict[str, Any]) -> bool:
        x0, x1, y = stroke
        height = float(char["bottom"]) - float(char["top"])
        middle = (float(char["x0"]) + float(char["x1"])) / 2
        return x0 <= middle <= x1 and float(char["top"]) + height * _STRUCK_LOW <= y \
            <= float(char["top"]) + height * _STRUCK_HIGH

    chars = sorted((char for char in page.chars if char["text"].strip()), key=lambda char: float(char["top"]))
    tops = [float(char["top"]) for char in chars]
    crossed: set[tuple[Any, Any]] = set()
    for stroke in strokes:
        # (only the letters whose top stands a line's height over the stroke: a page of rules and letters is
        # not every rule against every letter)
        near = chars[bisect.bisect_left(tops, stroke[2] - _LETTER_HEIGHT):bisect.bisect_right(tops, stroke[2])]
        letters = [char for char in near if crosses(stroke, char)]
        # a pen's stroke through an answer starts and ends at its letters and strikes a few words; a rule the
        # page prints (a table's border, a letterhead's line) runs on past them or through a whole block
        if letters and len(letters) <= _STRUCK_MOST \
                and min(float(c["x0"]) for c in letters) - stroke[0] <= _STRUCK_EDGE \
                and stroke[1] - max(float(c["x1"]) for c in letters) <= _STRUCK_EDGE:
            crossed.update((char["x0"], char["top"]) for char in letters)
    if not crossed:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or (obj["x0"], obj["top"]) not in crossed)


def read_pdf(data: bytes | BinaryIO, *, with_tables: bool = True) -> PdfContent:
    """Text of every page, the tables pdfplumber finds, and the filled form fields. From a file, both
    readers seek in it: a 30 MB PDF is not held whole in memory."""
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    try:
        stream.seek(0)
        reader = _open_reader(stream)
        if has_typed_text(reader):
            # answers typed on a form with a viewer's text tool: read as the page they print
            stream = io.BytesIO(typed_on(reader))
            reader = PdfReader(stream)
        form_values = _form_values(reader)
    except EncryptedPdf:
        raise
    except (PdfReadError, KeyError, ValueError, TypeError, AttributeError):
        # pypdf is stricter than pdfminer on some damaged files; pdfplumber may still read the text
        form_values = ()
        reader = None
    texts: list[str] = []
    tables: list[tuple[tuple[str | None, ...], ...]] = []
    password = "" if reader is not None and reader.is_encrypted else None
    page_notes = notes(reader) if reader is not None else []
    # our own form names its boxes after the contract's fields: no need to look for labels
    foreign = [name for name, _, value in form_values
               if value.strip() and name not in FIELD_NAMES and not _OWN_BUDGET_LINE.fullmatch(name)]
    boxes = _boxes(reader) if reader is not None and foreign else []
    filled = any(value.strip() for _, _, value in form_values)
    page_words: dict[int, list[dict[str, Any]]] = {}
    printed: list[PrintedPairs] = []
    before: list[tuple[list[dict[str, Any]], list[tuple[float, float, float]]]] = []
    stream.seek(0)
    # pdfplumber reads any seekable binary file; its hint names only BytesIO and BufferedReader
    with pdfplumber.open(stream, password=password) as pdf:  # type: ignore[arg-type]
        page_count = len(pdf.pages)
        for number, whole_page in enumerate(pdf.pages):
            page = _without_struck_words(_without_dots_under_words(whole_page))
            page_grids: list[list[list[str]]] = []
            texts.append(page.extract_text() or "")
            if number < len(page_notes) and page_notes[number]:
                texts[-1] += "\n\n" + page_notes[number]  # a sticky note: lines of its own after the page's
            # (a form whose boxes hold answers is filled: its pages' labels are not counted)
            labelled = _labels_in(texts[-1]) if not filled and number < _PRINTED_FORM_PAGES else 0
            if any(box.page == number for box in boxes):
                page_words[number] = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            elif labelled >= _PRINTED_FORM_LABELS or (labelled and _a_form(printed)):
                # no box holds an answer: the answers may be printed on the page (a page without a few
                # labels' lines is a letter or an annex: its words' positions are not worth their cost); a
                # printed form's next page with a label or two goes on with it ("Totale kostprijs" / "11400")
                words, ticks = _words_and_ticks(page)
                # a page in two columns ("LE PORTEUR" down the left, "LE BUDGET" down the right) is read part by
                # part, above the columns, each column, below them: across, their lines interleave
                halves = page_parts(page, words)
                if len(halves) > 1:
                    texts[-1] = "\n".join(half.extract_text() or "" for half in halves) + (
                        "\n\n" + page_notes[number] if number < len(page_notes) and page_notes[number] else "")
                # (a page of a few labels' lines is a form only with its pairs; the form's next page goes on
                # with it, however few of its labels ask who applies: "E-mail contactpersoon", the budget)
                alone = not _a_form(printed) and labelled >= _PRINTED_FORM_LABELS
                printed.append(printed_pairs(words, ticks, minimum=None if alone else 1) if len(halves) == 1
                               else merged([printed_pairs(*_words_and_ticks(half), minimum=0) for half in halves],
                                           minimum=None if alone else 1))
                # a table of the board printed without rules ("Functie  Naam  Telefoon  E-mail  Contact")
                page_grids = printed_grids(words, _people_rows) if with_tables else []
            elif labelled:
                # a page with a label or two before the form's first page of many ("1.1 Geef je project een
                # naam." over the call's own text): read once the pages after it turn out to be a form
                before.append(_words_and_ticks(page))
            # ruled tables are drawn with lines/rects; skipping pages without them keeps prose cheap
            ruled = page.extract_tables() if with_tables and (page.lines or page.rects) else []
            tables.extend(tuple(tuple(cell for cell in row) for row in table) for table in ruled)
            if page_grids and not any(_people_rows([[cell or "" for cell in row] for row in table]) for table in ruled):
                tables.extend(tuple(tuple(row) for row in grid) for grid in page_grids)
            whole_page.close()
    if _a_form(printed):
        printed[:0] = [printed_pairs(words, ticks, minimum=1) for words, ticks in before]
    sections = ""
    if boxes:
        # which pages print their labels under the boxes, decided once: both readings below follow it
        captioned = captioned_pages(boxes, page_words)
        # a grid of people's boxes is read as the table it is printed as, its boxes by no label of their own
        # (one row per person, or one column per person: "président(e) | secrétaire | ... | personne à contacter")
        grids = [(table, held) for grid, held in widget_grids(boxes, page_words)
                 if (table := grid if people_block(grid) is not None else people_by_column(grid)) is not None]
        tables.extend(tuple(tuple(row) for row in table) for table, _ in grids)
        in_grids = frozenset(box for _, held in grids for box in held)
        short_lines = _short_lines(page_words)
        after = labelled_after(boxes, page_words)  # "[8600] 1.4 Postcode": labels after the boxes
        form_values = _labelled(boxes, page_words, short_lines, captioned, in_grids, after)
        form_values += _ticked_frame(boxes, page_words, captioned, after)
        sections = _boxes_under_headings(boxes, page_words, short_lines, captioned, in_grids, after)
    pairs = merged(printed, minimum=0)  # every page's pairs, each page judged already
    return PdfContent("\n\n".join(texts), tuple(tables), form_values, page_count, pairs, sections)


_FRAME_HEIGHT = 160.0  # pt: a person's frame of boxes over its check box stands within this
TICKED_FRAME = "Personne à contacter pour ce dossier"  # the label put before the ticked frame's boxes' own


def _ticked_frame(boxes: list[Box], page_words: dict[int, list[dict[str, Any]]], captioned: frozenset[int],
                  after: frozenset[int]) -> tuple[tuple[str, str, str], ...]:
    """A form of one frame of boxes per person, each closed by a check box "Personne à contacter pour ce
    dossier", one ticked: that frame's boxes again, labelled as the contact's ("Personne à contacter pour ce
    dossier – Téléphone"), so that they win over the other frames' boxes of the same labels."""
    ticks = [box for box in boxes if not box.takes_text and NAMES_CONTACT.search(
        label_after(box, page_words.get(box.page, []), boxes) or label_beside(box, page_words.get(box.page, []),
                                                                              boxes))]
    ticked = [box for box in ticks if box.ticked]
    if len(ticks) < 2 or len(ticked) != 1:
        return ()
    mark = ticked[0]
    lefts = sorted({tick.x0 for tick in ticks if tick.page == mark.page})
    column_end = next((x for x in lefts if x > mark.x0 + 1), float("inf"))
    above = [tick.bottom for tick in ticks if tick.page == mark.page and abs(tick.x0 - mark.x0) < 2
             and tick.bottom <= mark.top]
    frame_top = max([*above, mark.top - _FRAME_HEIGHT])
    found: list[tuple[str, str, str]] = []
    for box in boxes:
        if box.page != mark.page or not box.takes_text or not box.value.strip() \
                or not (mark.x0 - 5 <= box.x0 < column_end) \
                or not (frame_top <= box.top and box.bottom <= mark.top + 2):
            continue
        label, _ = printed_label(box, page_words.get(box.page, []), boxes, captions=box.page in captioned,
                                 after=box.page in after)
        if label:
            # (its name box as a bare "Nom": which order the name is written in, its words say, as any name's)
            asked = "Nom" if (match_label(label) or ("",))[0] in ("contact_name", SURNAME_FIRST) else label
            found.append(("", f"{TICKED_FRAME} – {asked}", box.value))
    return tuple(found)


def _people_rows(table: list[list[str]]) -> int | None:
    """How many rows of ``table`` are a table of people under its header row (parsers.people_table); None when
    its first row heads none."""
    block = people_block(table)
    return block[1] if block is not None and block[0] == 0 else None


def _words_and_ticks(page: Any) -> tuple[list[dict[str, Any]], list[tuple[float, float, float]]]:
    """A page's words where they stand and its check boxes, as parsers.pdf_printed reads a printed form."""
    words: list[dict[str, Any]] = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    return words, tick_boxes([*page.rects, *page.curves])


def _a_form(printed: list[PrintedPairs]) -> bool:
    """Whether the pages read so far hold a printed form's labels and answers."""
    return any(page.every() for page in printed)


_SAME_LINE = 3.0  # pt: words whose tops differ by less stand on one line
_COLUMN_GAP = 1.5  # x the words' height: a wider gap between two words of a line parts two columns


def columned_text(data: BinaryIO, *, max_pages: int = 10) -> str:
    """The pages' text with a tab where a line's words stand apart in columns, as our OCR gives it: for
    text another program recognised on a picture of a form (a scanner app's invisible layer), whose
    "Postcode<gap>Gemeente" row must keep its columns to be paired with the row of answers under it."""
    data.seek(0)
    pages: list[str] = []
    with pdfplumber.open(data) as pdf:  # type: ignore[arg-type]
        for page in pdf.pages[:max_pages]:
            words = sorted(page.extract_words(keep_blank_chars=False, use_text_flow=False),
                           key=lambda word: (round(float(word["top"])), float(word["x0"])))
            lines: list[list[dict[str, Any]]] = []
            for word in words:
                if lines and abs(float(word["top"]) - float(lines[-1][0]["top"])) < _SAME_LINE:
                    lines[-1].append(word)
                else:
                    lines.append([word])
            text: list[str] = []
            for line in lines:
                line.sort(key=lambda word: float(word["x0"]))
                parts = [str(line[0]["text"])]
                for before, word in itertools.pairwise(line):
                    height = max(float(word["bottom"]) - float(word["top"]), 1.0)
                    gap = float(word["x0"]) - float(before["x1"])
                    parts.append(("\t" if gap > _COLUMN_GAP * height else " ") + str(word["text"]))
                text.append("".join(parts))
            pages.append("\n".join(text))
            page.close()
    return "\n\n".join(pages)


def _boxes_under_headings(boxes: list[Box], page_words: dict[int, list[dict[str, Any]]], short_lines: list[_Line],
                          captioned: frozenset[int], in_grids: frozenset[Box] = frozenset(),
                          after: frozenset[int] = frozenset()) -> str:
    """The page's short lines that may head a section, and each filled box as "label<tab>value", in the
    order they stand on the pages."""
    entries: list[tuple[int, float, str]] = [(line.page, line.top, line.text) for line in short_lines]
    for box in boxes:
        if box.takes_text and box.value.strip() and box not in in_grids:
            label, _ = printed_label(box, page_words.get(box.page, []), boxes, captions=box.page in captioned,
                                     after=box.page in after)
            if label:
                entries.append((box.page, box.top, f"{label}\t{' '.join(box.value.split())}"))
    return "\n".join(text for _, _, text in sorted(entries, key=lambda entry: (entry[0], entry[1])))
