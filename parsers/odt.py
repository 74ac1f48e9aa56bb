"""OpenDocument text (.odt, LibreOffice's own) to text, tables and form values, in document order.

An .odt is a zip whose ``content.xml`` holds the body: paragraphs, headings, lists, tables and text boxes.
The first page's header and footer live in ``styles.xml`` (the master page) and are read as lines before and
after the body of a document without form controls: an association's letter template keeps its letterhead
there; a form's header and footer are its issuer's.
It is read with defusedxml (an entity bomb in a hostile file is refused, not expanded), and only the
members we need are opened, each with a size cap, so a zip bomb costs its cap and not the memory limit.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, ElementTree

from parsers.text_walk import LinesAndTables, blank_after_label, comb_joined

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}
MAX_CONTENT_BYTES = 50 * 1024 * 1024


def _tag(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


_P, _H = _tag("text", "p"), _tag("text", "h")
_SPACE, _TAB, _BREAK = _tag("text", "s"), _tag("text", "tab"), _tag("text", "line-break")
_TABLE, _ROW, _CELL = _tag("table", "table"), _tag("table", "table-row"), _tag("table", "table-cell")
_COVERED = _tag("table", "covered-table-cell")
_REPEAT = _tag("table", "number-columns-repeated")
# notes, annotations and tracked deletions are not the writer's answer; nor is a placeholder field
# ("<courriel>"), which shows its prompt until someone types over it
_SKIPPED = frozenset({_tag("office", "annotation"), _tag("text", "note"), _tag("text", "tracked-changes"),
                      _tag("office", "forms"), _tag("text", "sequence-decls"), _tag("text", "placeholder")})
_ANNOTATION = _tag("office", "annotation")
_FORM_CONTROLS = frozenset({_tag("form", "text"), _tag("form", "textarea"), _tag("form", "formatted-text")})


class OdtError(ValueError):
    """Not a readable OpenDocument text."""


@dataclass(frozen=True)
class OdtContent:
    text: str
    tables: tuple[tuple[tuple[str, ...], ...], ...]
    form_values: tuple[tuple[str, str, str], ...]  # (control name, label, value)


_DRAW = "{" + _NS["draw"] + "}"
_CONTROL = _tag("draw", "control")
_BLOCKS = frozenset({_P, _H, _TABLE, _tag("text", "list"), _tag("text", "section")})


MAX_SPACES = 100  # a run of spaces ``text:s`` writes: a hostile file's c="1000000000" is not a gigabyte of them


def inline_text(element: Element, *, comments: bool = True) -> str:
    """A paragraph's visible text: spans, links, spaces (``text:s``), tabs and line breaks. Text boxes and
    shapes anchored in it are blocks of their own (read by the walker), not words of this line; notes and
    comments are not its text (``parsers.spreadsheet`` reads a Calc cell's paragraphs with it too), but for a
    comment that is the paragraph's only content (``_an_answer``): an answer put in a comment where the form
    could not be typed in."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if comments and child.tag == _ANNOTATION and _an_answer(element, child):
            parts.append(" ".join("\n".join(inline_text(line, comments=False) for line in child.iter(_P)).split()))
        elif child.tag in _SKIPPED or child.tag.startswith(_DRAW):
            pass
        elif child.tag == _SPACE:
            parts.append(" " * _spaces(child))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        else:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _an_answer(paragraph: Element, comment: Element) -> bool:
    """A comment in a paragraph that has no words of its own (a blank, dots): the answer to the label beside it;
    a comment on words is a remark about them (as ``parsers.docx`` reads Word's)."""
    return not any(letter.isalnum() for letter in inline_text(paragraph, comments=False))


_FRAME, _TEXT_BOX = _tag("draw", "frame"), _tag("draw", "text-box")


def _typed_over(paragraph: Element, line: str) -> str:
    """The text of the frames anchored in a label's paragraph that has only dots after its colon ("Adres:
    ……………" and a frame over the dots holding "Neerstraat 50"): the answer typed over the line to write on,
    read after its label; "" for any other paragraph (a letterhead's frame is a block of its own)."""
    if not blank_after_label(line):
        return ""
    boxes = [box for frame in paragraph.iter(_FRAME) for box in frame if box.tag == _TEXT_BOX]
    return " ".join(" ".join(inline_text(text).split()) for box in boxes for text in box.iter(_P)).strip()


def _spaces(element: Element) -> int:
    try:
        return min(max(1, int(element.get(_tag("text", "c"), "1") or 1)), MAX_SPACES)
    except ValueError:
        return 1


class _Walker(LinesAndTables):
    def __init__(self) -> None:
        super().__init__()
        self.control_labels: dict[str, str] = {}  # a form control's id -> the words before it

    def block(self, element: Element) -> None:
        for child in element:
            if child.tag in _SKIPPED:
                continue
            if child.tag in (_P, _H):
                line = inline_text(child)
                typed = _typed_over(child, line)
                line = f"{line} {typed}" if typed else line
                self.lines.append(line)
                self.tab_row(line)
                if not typed:
                    self._anchored(child, line)
            elif child.tag == _TABLE:
                self.end_tab_rows()
                self.table(child)
            else:  # lists, list items, sections, text boxes: containers of blocks
                self.block(child)

    def _anchored(self, paragraph: Element, line: str) -> None:
        """Text boxes and shapes anchored in a paragraph hold their own paragraphs; a form control's label
        is the paragraph's words before it (or the line above, when the box stands alone on its line)."""
        for child in paragraph:
            if child.tag == _CONTROL:
                label = line.strip() or next((previous for previous in reversed(self.lines[:-1])
                                              if previous.strip()), "")
                self.control_labels.setdefault(child.get(_tag("draw", "control"), ""), label.strip())
            elif child.tag.startswith(_DRAW) and any(grandchild.tag in _BLOCKS for grandchild in child):
                self.block(child)
            elif child.tag.startswith(_DRAW) or child.tag not in _SKIPPED:
                self._anchored(child, line)

    def _cell_text(self, cell: Element, left: str) -> str:
        inner = _Walker()
        inner.control_labels = self.control_labels
        inner.lines = [left]  # a box alone in its cell is labelled by the cell to its left
        inner.block(cell)
        inner.end_tab_rows()
        self.tables.extend(inner.tables)  # a nested table is a table of its own
        return "\n".join(line for line in inner.lines[1:] if line.strip()).strip()

    def table(self, table: Element) -> None:
        rows: list[tuple[str, ...]] = []
        for row in _rows(table):
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (_CELL, _COVERED):
                    continue
                text = self._cell_text(cell, cells[-1] if cells else "") if cell.tag == _CELL else ""
                repeat = min(int(cell.get(_REPEAT, "1") or 1), 50)
                cells.extend([text] * repeat)
            while cells and not cells[-1]:
                cells.pop()
            cells = comb_joined(cells)
            rows.append(tuple(cells))
            self.lines.append("\t".join(cells))
        self.tables.append(tuple(rows))


_ROW_GROUPS = frozenset({_tag("table", "table-header-rows"), _tag("table", "table-rows"),
                         _tag("table", "table-row-group")})


def _rows(container: Element) -> list[Element]:
    """The table's own rows (a nested table's rows sit inside a cell, not here)."""
    rows: list[Element] = []
    for child in container:
        if child.tag == _ROW:
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(_rows(child))
    return rows


_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _form_values(root: Element, control_labels: dict[str, str]) -> tuple[tuple[str, str, str], ...]:
    """Form controls: their name, a label (the control's own, else the words before where it is drawn in
    the text: controls are named "Tekstveld 1"), and the typed value (else the default)."""
    values: list[tuple[str, str, str]] = []
    for control in root.iter():
        if control.tag in _FORM_CONTROLS:
            name = control.get(_tag("form", "name"), "")
            value = control.get(_tag("form", "current-value")) or control.get(_tag("form", "value")) or ""
            control_id = control.get(_XML_ID) or control.get(_tag("form", "id")) or ""
            label = control.get(_tag("form", "label"), "") or control_labels.get(control_id, "")
            if name or label:
                values.append((name, label, value))
    return tuple(values)


def _member(archive: zipfile.ZipFile, name: str) -> Element | None:
    """One XML member of the archive, size-capped; None when the archive has no such member."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_CONTENT_BYTES:
        raise OdtError(f"{name} is {info.file_size} bytes, over {MAX_CONTENT_BYTES}")
    with archive.open(info) as member:
        data = member.read(MAX_CONTENT_BYTES + 1)
    if len(data) > MAX_CONTENT_BYTES:
        raise OdtError(f"{name} is larger than its header says")
    try:
        root: Element = ElementTree.fromstring(data)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise OdtError(f"{name} is not readable XML ({type(exc).__name__})") from exc
    return root


_MASTER_PAGE = f"{_tag('office', 'master-styles')}/{_tag('style', 'master-page')}"


def _page_margins(styles: Element | None) -> tuple[list[str], list[str]]:
    """The lines of the header and footer of the first master page (its first-page variant when it has
    one): LibreOffice's default page style, which a letter template's first page uses."""
    master = styles.find(_MASTER_PAGE) if styles is not None else None
    if master is None:
        return [], []
    margins: list[list[str]] = []
    for kind in ("header", "footer"):
        part = master.find(_tag("style", f"{kind}-first"))
        if part is None:
            part = master.find(_tag("style", kind))
        walker = _Walker()
        if part is not None and part.get(_tag("style", "display"), "true") != "false":
            walker.block(part)
            walker.end_tab_rows()
        margins.append([line for line in walker.lines if line.strip()])
    return margins[0], margins[1]


_SPAN, _STYLE_NAME = _tag("text", "span"), _tag("text", "style-name")
_LINE_THROUGH = _tag("style", "text-line-through-style")


def _struck_styles(*parts: Element | None) -> frozenset[str]:
    """The names of the text styles that strike their words through (``style:text-line-through-style``)."""
    return frozenset(
        str(style.get(_tag("style", "name"))) for part in parts if part is not None
        for style in part.iter(_tag("style", "style"))
        if any((properties.get(_LINE_THROUGH) or "none") != "none"
               for properties in style.iter(_tag("style", "text-properties"))))


def _without_struck_out(root: Element, styles: Element | None) -> None:
    """The spans struck through emptied (their tail kept): a struck-out answer beside the one typed after it is
    the applicant's correction ("J'ai corrigé deux erreurs dans le formulaire (barrées)"), the second meant."""
    struck = _struck_styles(root, styles)
    if not struck:
        return
    for span in root.iter(_SPAN):
        if span.get(_STYLE_NAME) in struck:
            span.text = ""
            for child in list(span):
                span.remove(child)


def read_odt(stream: BinaryIO) -> OdtContent:
    """Paragraphs, tables and form controls of ``content.xml``, with the first page's header and footer from
    ``styles.xml``; raises ``OdtError`` for a broken file."""
    try:
        with zipfile.ZipFile(stream) as archive:
            root = _member(archive, "content.xml")
            styles = _member(archive, "styles.xml")
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise OdtError(f"a damaged OpenDocument file ({exc})") from exc
    if root is None:
        raise OdtError("no content.xml in the OpenDocument file")
    _without_struck_out(root, styles)
    walker = _Walker()
    body = root.find(f"{_tag('office', 'body')}/{_tag('office', 'text')}")
    if body is not None:
        walker.block(body)
        walker.end_document()
    form_values = _form_values(root, walker.control_labels)
    if not form_values:  # a form's header and footer are its issuer's (the call's address), not answers
        header, footer = _page_margins(styles)
        walker.lines[:0] = header
        walker.lines.extend(footer)
    return OdtContent("\n".join(walker.lines), tuple(walker.tables), form_values)
