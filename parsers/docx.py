"""DOCX to text, tables, content controls and legacy form fields, in document order.

``document.paragraphs`` misses text inside content controls (``w:sdt``) and table cells, so the body
XML is walked directly. The first page's header and footer are separate parts, read as lines before and
after the body (not as tables or form values) of a document without form fields: an association's letter
template keeps its letterhead there, the organisation, its address and its phone, which a letter may not
repeat; a form's header and footer are its issuer's.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any, BinaryIO

import docx
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from parsers.text_walk import LinesAndTables, blank_after_label, comb_joined

_P, _TBL, _SDT, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:tr"), qn("w:tc")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_SDT_PR, _SDT_CONTENT = qn("w:sdtPr"), qn("w:sdtContent")
_FLD_CHAR, _FF_DATA = qn("w:fldChar"), qn("w:ffData")
_VAL = qn("w:val")
_CHECK_BOX = qn("w:checkBox")
# a text box's paragraphs (a letterhead in a frame), and the copy of a drawing Word keeps for older readers
_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

XmlElement = Any  # an lxml element of python-docx's oxml tree; lxml ships no type information


@dataclass(frozen=True)
class DocxContent:
    text: str
    tables: tuple[tuple[tuple[str, ...], ...], ...]
    form_values: tuple[tuple[str, str, str], ...]  # (tag or name, alias, value)


def _text_nodes(element: XmlElement) -> Any:
    """The text, tab, break and field nodes under ``element`` in order, none inside a text box (read as lines
    of its own) or a drawing's fallback copy (the same text again, for older readers)."""
    if next(element.iter(_TXBX, _FALLBACK), None) is None:
        return element.iter(_T, _TAB, _BR, _CR, _FLD_CHAR)  # the common case, at lxml's speed
    return (node for node in element.iter(_T, _TAB, _BR, _CR, _FLD_CHAR)
            if not any(ancestor.tag in (_TXBX, _FALLBACK) for ancestor in node.iterancestors()
                       if ancestor is not element))


def _text_boxes(element: XmlElement) -> list[XmlElement]:
    """The text boxes anchored in a paragraph, each once (not its fallback copy)."""
    return [box for box in element.iter(_TXBX)
            if not any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors())]


def _run_text(element: XmlElement) -> str:
    """The visible text under ``element``: w:t, tabs and breaks, nothing from field instructions; a legacy
    check box (FORMCHECKBOX) as the ☐ or ☒ Word draws, so that no reader takes its options for an answer."""
    parts: list[str] = []
    for node in _text_nodes(element):
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag == _TAB:
            parts.append("\t")
        elif node.tag == _FLD_CHAR:
            box = node.find(f"{_FF_DATA}/{_CHECK_BOX}")
            if box is not None:
                parts.append("☒ " if _checked(box) else "☐ ")
        else:
            parts.append("\n")
    return "".join(parts)


def _checked(box: XmlElement) -> bool:
    """w:checked (the state once clicked) over w:default (the state as made); a bare element means on."""
    for tag in (qn("w:checked"), qn("w:default")):
        state = box.find(tag)
        if state is not None:
            return state.get(_VAL, "1") not in ("0", "false")
    return False


def _paragraphs_text(element: XmlElement) -> str:
    paragraphs = element.iter(_P)
    if next(element.iter(_FALLBACK), None) is not None:  # a text box's paragraphs once, not its copy too
        paragraphs = [paragraph for paragraph in element.iter(_P)
                      if not any(ancestor.tag == _FALLBACK for ancestor in paragraph.iterancestors())]
    return "\n".join(_run_text(paragraph) for paragraph in paragraphs)


def _row_of(cell: XmlElement) -> XmlElement:
    parent = cell.getparent()
    while parent is not None and parent.tag != _TR:
        parent = parent.getparent()
    return parent


def _field_alone(paragraph: XmlElement) -> bool:
    """The paragraph holds a form field and no printed text of its own (its text is the field's value)."""
    if next(paragraph.iter(_FF_DATA), None) is None:
        return False
    inside, printed = False, False
    for run in paragraph.iter(qn("w:r")):
        fld_char = run.find(_FLD_CHAR)
        if fld_char is not None:
            kind = fld_char.get(qn("w:fldCharType"))
            inside = kind in ("begin", "separate") or (inside and kind != "end")
            continue
        if not inside and _run_text(run).strip():
            printed = True
    return not printed


def _columns_of_a_page(cells: list[XmlElement]) -> bool:
    """A row that lays a page out in columns, two cells or more each a block of lines of its own (a table
    inside, or two paragraphs with text): "Dorpsstraat 116 / A3 Straat en nummer" beside "Reninge / A5
    Deelgemeente", and no cell of one line among them (a label beside its answer is a form's row); or a row
    with a table inside one of its cells."""
    filled = [cell for cell in cells if _paragraphs_text(cell).strip()]

    def block(cell: XmlElement) -> bool:
        lines = [paragraph for paragraph in cell.findall(_P) if _run_text(paragraph).strip()]
        return cell.find(_TBL) is not None or len(lines) >= 2

    # a table in a cell ("Project | [Titel | ... / Omschrijving | ...]") is read as the table it is, its
    # section's name beside it a line of its own: joined into one cell, its rows would be one answer
    nested = any(cell.find(_TBL) is not None for cell in filled)
    return len(filled) >= 2 and (nested or all(block(cell) for cell in filled))


def _has_field(cell: XmlElement) -> bool:
    """The cell holds a form field (a legacy FORMTEXT or a content control): an answer's cell."""
    return next(cell.iter(_FF_DATA), None) is not None or next(cell.iter(_SDT), None) is not None


class _Walker(LinesAndTables):
    def __init__(self) -> None:
        super().__init__()
        self.form_values: list[tuple[str, str, str]] = []
        self._heading = ""  # the paragraph above, when it holds printed text only: the label of a field alone under it

    def block(self, element: XmlElement) -> None:
        for child in element:
            if child.tag == _P:
                line = _run_text(child)
                boxes = _text_boxes(child)
                # "Adres: ……………" and a text box over the dots holding "Meersenweg 20": the answer typed over
                # the line to write on, read after its label; any other box is a block of its own (a letterhead)
                typed = " ".join(" ".join(_paragraphs_text(box).split()) for box in boxes) \
                    if boxes and blank_after_label(line) else ""
                line, boxes = (f"{line} {typed}", []) if typed.strip() else (line, boxes)
                self.lines.append(line)
                self.tab_row(line)
                self._inline_controls(child)
                # "Projectomschrijving" / [Tekst13]: a field alone in its paragraph, the label on the line above
                self._legacy_fields(child, self._heading if _field_alone(child) else "")
                if line.strip():
                    self._heading = "" if _has_field(child) else line.strip()
                for box in boxes:
                    # a letterhead or an address block in a text box: its paragraphs are lines of their own
                    self.end_tab_rows()
                    self.block(box)
            elif child.tag == _TBL:
                self.end_tab_rows()
                self.table(child)
            elif child.tag == _SDT:
                self._control(child)
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.block(content)

    def _control(self, sdt: XmlElement) -> None:
        properties = sdt.find(_SDT_PR)
        content = sdt.find(_SDT_CONTENT)
        if properties is None or content is None:
            return
        tag, alias = properties.find(qn("w:tag")), properties.find(qn("w:alias"))
        tag_value = tag.get(_VAL, "") if tag is not None else ""
        alias_value = alias.get(_VAL, "") if alias is not None else ""
        if not (tag_value or alias_value):
            return
        value = _paragraphs_text(content) if content.find(_P) is not None else _run_text(content)
        self.form_values.append((tag_value or alias_value, alias_value, value))

    def _inline_controls(self, paragraph: XmlElement) -> None:
        for sdt in paragraph.iter(_SDT):
            self._control(sdt)

    def _legacy_fields(self, paragraph: XmlElement, label: str = "") -> None:
        """FORMTEXT fields: the name is in w:ffData, the value is the runs between separate and end; ``label``
        the text printed before the field's cell, when there is one."""
        name = None
        collecting = False
        value: list[str] = []
        for run in paragraph.iter(qn("w:r")):
            fld_char = run.find(_FLD_CHAR)
            if fld_char is not None:
                kind = fld_char.get(qn("w:fldCharType"))
                if kind == "begin":
                    data = fld_char.find(_FF_DATA)
                    name_node = data.find(qn("w:name")) if data is not None else None
                    name = name_node.get(_VAL) if name_node is not None else None
                    value = []
                elif kind == "separate":
                    collecting = name is not None
                elif kind == "end":
                    if collecting and name:
                        self.form_values.append((name, label, "".join(value)))
                    collecting, name = False, None
                continue
            if collecting:
                value.append(_run_text(run))

    def table(self, table: XmlElement) -> None:
        rows: list[tuple[str, ...]] = []
        for row in table.iter(_TR):
            if row.getparent() is not table and row.getparent().tag != _SDT_CONTENT:
                continue  # rows of a nested table belong to that table
            own = [cell for cell in row.iter(_TC) if _row_of(cell) is row]
            if _columns_of_a_page(own):
                # each column read down as a page of its own: joined across, its lines would interleave
                self.end_tab_rows()
                for cell in own:
                    self.block(cell)
                    self.end_tab_rows()
                continue
            cells = tuple(_paragraphs_text(cell).strip() for cell in own)
            shown = tuple(comb_joined(list(cells)))  # (the fields' labels below are by the cells' own places)
            rows.append(shown)
            self.lines.append("\t".join(shown))
            for sdt in row.iter(_SDT):
                self._control(sdt)
            for index, cell in enumerate(own):
                # "Straat + nr | [Tekst3] | Postcode | [Tekst4]": a field's label is the printed cell before it (a
                # cell that holds a field of its own is an answer, no label)
                before = own[index - 1] if index else None
                label = cells[index - 1] if before is not None and not _has_field(before) else ""
                for paragraph in cell.iter(_P):
                    self._legacy_fields(paragraph, label)
        self.tables.append(tuple(rows))


def read_docx(data: bytes | BinaryIO) -> DocxContent:
    """Paragraphs, tables and form values of the main document part."""
    document = docx.Document(io.BytesIO(data) if isinstance(data, bytes | bytearray) else data)
    body = document.element.body
    # Word keeps showing the placeholder ("Klik of tik om tekst in te voeren.") as the control's content
    # until someone types: blank it here so no reader (tables, text, prose) takes it for an answer.
    for sdt in body.iter(_SDT):
        properties = sdt.find(_SDT_PR)
        content = sdt.find(_SDT_CONTENT)
        if properties is not None and content is not None and properties.find(qn("w:showingPlcHdr")) is not None:
            for node in content.iter(_T):
                node.text = ""
    _without_struck_out(body)
    _comments_inline(document, body)
    walker = _Walker()
    walker.block(body)
    walker.end_document()
    header, footer = _page_margins(document)
    if not walker.form_values or _letterhead(header, walker.lines):
        # a form's header and footer are its issuer's (the call's address), not answers; but a group that
        # fills a form on its own letterhead prints its name and address there and leaves the form's boxes
        # for them empty
        walker.lines[:0] = header
        walker.lines.extend(footer if not walker.form_values else ())
    # A control can be seen twice (a block control around a table that also walks its rows); keep one.
    unique = tuple(dict.fromkeys(walker.form_values))
    return DocxContent("\n".join(walker.lines), tuple(walker.tables), unique)


_RUN, _RUN_PROPERTIES = qn("w:r"), qn("w:rPr")
_STRUCK = (qn("w:strike"), qn("w:dstrike"))
_OFF = frozenset({"0", "false", "off"})


def _without_struck_out(body: XmlElement) -> None:
    """The runs struck through emptied: "helene.vdb@example.net helene.vandenbussche@example.net" with the
    first struck out is the applicant's correction, and the second alone is meant ("J'ai corrigé deux erreurs
    dans le formulaire (barrées)")."""
    for run in body.iter(_RUN):
        properties = run.find(_RUN_PROPERTIES)
        if properties is None:
            continue
        if any(mark is not None and (mark.get(_VAL) or "true").lower() not in _OFF
               for mark in (properties.find(tag) for tag in _STRUCK)):
            for node in run.iter(_T):
                node.text = ""


_COMMENT_REFERENCE, _COMMENT = qn("w:commentReference"), qn("w:comment")
_RANGE_START, _RANGE_END = qn("w:commentRangeStart"), qn("w:commentRangeEnd")
_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def _comments_inline(document: Any, body: XmlElement) -> None:
    """Each comment on a blank put where it is anchored, as a run after its reference: a form that could not be
    typed in gets its answers as comments on the dotted lines ("Localisation : ……" [comment: "cour de
    l'école, Méteren"]), and a reader reads the comment where a reader of the page sees its mark."""
    if next(body.iter(_COMMENT_REFERENCE), None) is None:
        return
    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype == _COMMENTS and not rel.is_external), None)
    if part is None:
        return
    try:
        root = getattr(part, "element", None)
        root = parse_xml(part.blob) if root is None else root
    except (SyntaxError, ValueError):  # lxml's XMLSyntaxError: a damaged comments part gives no comments
        return
    said = {comment.get(qn("w:id")): " ".join(_paragraphs_text(comment).split()) for comment in root.iter(_COMMENT)}
    # a comment on words ("Nathalie Decool" [comment: "Nathalie reprend le dossier en juin"]) is a remark about
    # them, no answer: only a comment on a blank, on dots or on a mark is read where it stands
    covered: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    for node in body.iter(_RANGE_START, _RANGE_END, _T):
        if node.tag == _RANGE_START:
            open_ids.add(node.get(qn("w:id")))
        elif node.tag == _RANGE_END:
            open_ids.discard(node.get(qn("w:id")))
        else:
            for number in open_ids:
                covered.setdefault(number, []).append(node.text or "")
    said = {number: text for number, text in said.items()
            if not any(letter.isalnum() for letter in "".join(covered.get(number, ())))}
    for reference in list(body.iter(_COMMENT_REFERENCE)):
        text = said.get(reference.get(qn("w:id")))
        run = reference.getparent()
        if not text or run is None or run.tag != qn("w:r"):
            continue
        added = run.makeelement(qn("w:r"), {})
        node = added.makeelement(_T, {})
        node.text = " " + text
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        added.append(node)
        run.addnext(added)


_POSTCODE = re.compile(r"(?<!\d)(?:[1-9]\d{3}|\d{5})(?!\d)")


def _letterhead(header: list[str], lines: list[str]) -> bool:
    """A header that holds an address (a postcode) that the form's own lines do not: the group's letterhead
    over a form it filled in, not the issuer's header (whose address the form prints again, or none)."""
    text = "\n".join(lines)
    return any(_POSTCODE.search(line) and not any(code in text for code in _POSTCODE.findall(line))
               for line in header)


def _page_margins(document: Any) -> tuple[list[str], list[str]]:
    """The lines of the header and of the footer the first page shows (its own when the section has a
    different first page, else the default), each empty when the document has none."""
    if not document.sections:
        return [], []
    section = document.sections[0]
    first = section.different_first_page_header_footer
    parts: list[list[str]] = []
    for margin in ((section.first_page_header, section.first_page_footer) if first else
                   (section.header, section.footer)):
        if margin.is_linked_to_previous:  # the first section links to nothing: there is no such part
            parts.append([])
            continue
        walker = _Walker()
        walker.block(margin.part.element)
        parts.append([line for line in walker.lines if line.strip()])
    return parts[0], parts[1]
