"""Spreadsheets applicants send: a form made in Excel or LibreOffice Calc, or a budget beside a mail.

A committee's treasurer keeps the budget where he keeps the accounts, and a secretary who makes a form for
the village makes it in Excel: labels in one column and answers beside them, a block of cost lines, a total
as a formula. Each sheet is one table of rows (cells as the sheet shows them), and the text is the rows'
filled cells joined by tabs, so the rules that read a Word form's table (label | answer, budget rows under a
header, "Label: value" in one cell) read a sheet the same way.

- ``.xlsx``: openpyxl, with the values the program that saved the file computed. A file written by a script
  holds the formula alone; its sums and differences (``=SUM(B5:B9)``, ``=B10-B11``) are worked out here,
  anything else is left empty rather than guessed.
- ``.ods``: the XML itself (defusedxml, capped members, as for ``.odt``): the text a cell shows, or its value
  where a file holds no shown text.
- ``.xls`` (Excel 97-2003): xlrd, read-only, formulas as last computed.
- ``.csv``: as Belgian and French Excel write it (``;`` between cells, decimal commas, cp1252 or UTF-8 with a
  byte-order mark).

Pure: bytes in, ``SheetContent`` out. Numbers are written as a Belgian or French reader writes them ("9500",
"6780,50"): a float's binary noise is gone and the amount reader takes a comma as the decimal mark.
"""

from __future__ import annotations

import csv
import datetime
import io
import posixpath
import re
import struct
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, BinaryIO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, ElementTree

from parsers.odt import inline_text
from parsers.text_walk import comb_joined

MAX_ROWS = 500  # a form or a budget fills a few dozen; the rest of a sheet is not an application
MAX_COLUMNS = 40
MAX_CONTENT_BYTES = 20 * 1024 * 1024
CSV_DELIMITERS = ";,\t"


class SheetError(ValueError):
    """Not a readable spreadsheet."""


@dataclass(frozen=True)
class SheetContent:
    text: str
    tables: tuple[tuple[tuple[str, ...], ...], ...]


Grid = list[list[str]]
CellReader = Callable[[str], object]  # a reference ("B7", "Budget!C4") -> what that cell holds


def _content(grids: Iterable[tuple[str, Grid]]) -> SheetContent:
    tables: list[tuple[tuple[str, ...], ...]] = []
    lines: list[str] = []
    for title, grid in grids:
        # "8 | 6 | 9 | 0 | Q3. Postnummer": a comb of one-digit cells is the number it spells
        rows = [comb_joined(row) for row in _trimmed(grid)]
        if not rows:
            continue
        tables.append(tuple(tuple(row) for row in rows))
        if lines:
            lines.append("")
        # a sheet named "Begroting" or "Budget" heads its rows as a Word form's heading would
        if title and not re.fullmatch(r"(?i)(?:sheet|blad|feuil(?:le)?|tabel|tableau)\s*\d*", title.strip()):
            lines.append(title.strip())
        lines.append(table_text(rows))
    return SheetContent("\n".join(line for line in lines), tuple(tables))


def table_text(rows: Sequence[Sequence[str]]) -> str:
    """A table's rows as lines, their filled cells joined by tabs (the text the prose and label rules read)."""
    return "\n".join("\t".join(cell for cell in row if cell) for row in rows)


def _trimmed(grid: Grid) -> Grid:
    """The grid without empty rows and without the columns no row fills (a sheet's margin column)."""
    rows = [[" ".join(cell.split()) for cell in row] for row in grid[:MAX_ROWS]]
    rows = [row[:MAX_COLUMNS] for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    used = [column for column in range(width) if any(column < len(row) and row[column] for row in rows)]
    return [[row[column] if column < len(row) else "" for column in used] for row in rows]


# --- numbers as a reader writes them -----------------------------------------------------------------------

def number_text(value: Decimal | float | int, number_format: str = "") -> str:
    """``9500.0`` -> "9500", ``6780.5`` -> "6780,50"; a percentage as one; a phone typed as a number in a
    cell formatted with leading zeros ("0000000000") keeps them."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(repr(value) if isinstance(value, float) else value)
    except InvalidOperation:
        return str(value)
    if "%" in number_format:
        return f"{_plain(number * 100)}%"
    zeros = re.fullmatch(r"0{6,}", number_format.strip())
    if zeros and number == number.to_integral_value():
        return f"{int(number):0{len(zeros.group())}d}"
    return _plain(number)


def _plain(number: Decimal) -> str:
    if number == number.to_integral_value():
        return f"{number.quantize(Decimal(1)):f}"
    return f"{number.quantize(Decimal('0.01')):f}".replace(".", ",")


def _date_text(value: datetime.date) -> str:
    return value.strftime("%d/%m/%Y")


# --- .xlsx -------------------------------------------------------------------------------------------------

def read_xlsx(stream: BinaryIO) -> SheetContent:
    """Each visible sheet's first ``MAX_ROWS`` x ``MAX_COLUMNS`` cells, streamed (openpyxl's read-only mode: a
    workbook of the association's whole accounts costs the window read, not its size), twice: the values the
    saving program computed, then the formulas, for the cells a script left without a result."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        stream.seek(0)
        computed = openpyxl.load_workbook(stream, data_only=True, read_only=True)
        stream.seek(0)
        written = openpyxl.load_workbook(stream, data_only=False, read_only=True)
        visible = [sheet.title for sheet in computed.worksheets if sheet.sheet_state == "visible"]
        values = {title: _window(computed[title]) for title in computed.sheetnames}
        formulas = {title: {coordinate: cell[0] for coordinate, cell in _window(written[title]).items()
                            if isinstance(cell[0], str) and cell[0].startswith("=")} for title in written.sheetnames}
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, ParseError,
            DefusedXmlException, EOFError) as exc:
        raise SheetError(f"not a readable .xlsx workbook: {exc}") from exc
    worked = _Workbook(values, formulas)
    remarks = _xlsx_comments(stream)
    grids: list[tuple[str, Grid]] = []
    for title in visible:  # a hidden sheet holds the form maker's lists, not an answer
        cells = values[title]
        said = remarks.get(title, {})
        rows = max((row for row, _ in [*cells, *said]), default=0)
        columns = max((column for _, column in [*cells, *said]), default=0)
        grid: Grid = [["" for _ in range(columns)] for _ in range(rows)]
        for (row, column), (value, number_format) in cells.items():
            if value is None and (row, column) in formulas[title]:
                value = worked.value(title, row, column)
            grid[row - 1][column - 1] = _cell_text(value, number_format)
        for (row, column), text in said.items():
            grid[row - 1][column - 1] = _answered_by_comment(grid[row - 1][column - 1], text)
        grids.append((title, grid))
    return _content(grids)


def _answered_by_comment(shown: str, comment: str) -> str:
    """A cell's text, or its comment's where the cell shows nothing but a blank or dots: a form whose grey
    boxes an applicant answered as comments ("Tel." | [comment: "057 21 43 88"]). A comment on a filled cell
    ("9 500" [comment: "au départ 11 000, réduit après la réunion"]) is a remark about it, no answer."""
    return comment if comment and not any(letter.isalnum() for letter in shown) else shown


_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOCUMENT_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _xlsx_comments(stream: BinaryIO) -> dict[str, dict[tuple[int, int], str]]:
    """Each sheet's cell comments by (row, column), read from the package's XML (openpyxl's read-only mode,
    which keeps a large workbook cheap, loads none). The author's name Excel puts before a comment's text
    ("Katrien Vermeersch:") is left off. A damaged or missing part gives no comments, never an error: they
    are a second source, the cells are read without them."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    found: dict[str, dict[tuple[int, int], str]] = {}
    try:
        stream.seek(0)
        with zipfile.ZipFile(stream) as archive:
            def xml(name: str) -> Element | None:
                try:
                    info = archive.getinfo(name)
                except KeyError:
                    return None
                if info.file_size > MAX_CONTENT_BYTES:
                    return None
                with archive.open(info) as member:
                    root: Element = ElementTree.fromstring(member.read(MAX_CONTENT_BYTES + 1))
                return root

            def targets(part: str) -> dict[str, tuple[str, str]]:
                folder, _, name = part.rpartition("/")
                rels = xml(f"{folder}/_rels/{name}.rels")
                # a target is relative to the part's folder, or from the package's root ("/xl/comments/...")
                return {} if rels is None else {
                    rel.get("Id", ""): (rel.get("Type", ""),
                                        posixpath.normpath(posixpath.join(folder, rel.get("Target", ""))).lstrip("/"))
                    for rel in rels.iter(f"{{{_PACKAGE_RELS}}}Relationship")}

            workbook = xml("xl/workbook.xml")
            sheets = targets("xl/workbook.xml")
            for sheet in [] if workbook is None else workbook.iter(f"{{{_SHEET_NS}}}sheet"):
                _, path = sheets.get(sheet.get(f"{{{_DOCUMENT_RELS}}}id", ""), ("", ""))
                for kind, target in targets(path).values() if path else ():
                    comments = xml(target) if kind == f"{_DOCUMENT_RELS}/comments" else None
                    if comments is None:
                        continue
                    authors = [" ".join("".join(author.itertext()).split())
                               for author in comments.iter(f"{{{_SHEET_NS}}}author")]
                    for comment in comments.iter(f"{{{_SHEET_NS}}}comment"):
                        letters, row = coordinate_from_string(comment.get("ref", "").split(":")[0])
                        column = column_index_from_string(letters)
                        if row > MAX_ROWS or column > MAX_COLUMNS:
                            continue
                        text = " ".join("".join(comment.itertext()).split())
                        try:
                            author = authors[int(comment.get("authorId", ""))]
                        except (ValueError, IndexError):
                            author = ""
                        if author and text.startswith(f"{author}:"):
                            text = text[len(author) + 1:].strip()
                        found.setdefault(sheet.get("name", ""), {})[(row, column)] = text
    except (zipfile.BadZipFile, OSError, ParseError, DefusedXmlException, ValueError, RuntimeError,
            NotImplementedError):
        return {}
    return found


Window = dict[tuple[int, int], tuple[object, str]]  # (row, column) -> (value, number format), from 1


def _window(sheet: Any) -> Window:
    cells: Window = {}
    for row in sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS):
        for cell in row:
            if getattr(cell, "row", None) is None:
                continue  # an empty cell of a short row
            cells[(cell.row, cell.column)] = (cell.value, cell.number_format or "")
    return cells


def _cell_text(value: object, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime.datetime | datetime.date):
        return _date_text(value)
    if isinstance(value, int | float | Decimal):
        return number_text(value, number_format)
    return str(value).strip()


# --- a script's formula, worked out --------------------------------------------------------------------------

_REFERENCE = r"(?:(?:'[^']+'|[A-Za-z0-9_]+)!)?\$?[A-Z]{1,3}\$?\d{1,5}"
_TOKEN = re.compile(rf"\s*(?:(?P<sum>SUM)\(|(?P<range>{_REFERENCE}:\$?[A-Z]{{1,3}}\$?\d{{1,5}})|"
                    rf"(?P<ref>{_REFERENCE})|(?P<number>\d+(?:\.\d+)?)|(?P<op>[-+*/(),;]))", re.IGNORECASE)
MAX_STEPS = 20_000  # cells read while working out one workbook's formulas: a chain of sums costs no more


class _Unknown(Exception):
    pass


class _Workbook:
    """The window's values and formulas, each formula worked out once (a later reference reads the result),
    within a budget of cells read: a workbook made to make this slow gets empty cells, not minutes."""

    def __init__(self, values: dict[str, Window], formulas: dict[str, dict[tuple[int, int], str]]) -> None:
        self.values, self.formulas = values, formulas
        self.names = {name.upper(): name for name in values}
        self.worked: dict[tuple[str, int, int], Decimal | None] = {}
        self.steps = 0

    def value(self, sheet: str, row: int, column: int) -> Decimal | None:
        key = (sheet, row, column)
        if key not in self.worked:
            self.worked[key] = None  # while it is worked out: a cycle reads no value
            formula = self.formulas.get(sheet, {}).get((row, column))
            self.worked[key] = evaluate(formula, self._reader(sheet)) if formula else None
        return self.worked[key]

    def _reader(self, current: str) -> CellReader:
        from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

        def read(reference: str) -> object:
            self.steps += 1
            if self.steps > MAX_STEPS:
                raise _Unknown
            sheet_name, _, coordinate = reference.rpartition("!")
            sheet = self.names.get(sheet_name.strip("'").upper(), "") if sheet_name else current
            if not sheet:
                raise _Unknown
            letters, row = coordinate_from_string(coordinate.replace("$", ""))
            column = column_index_from_string(letters)
            if (row, column) in self.formulas.get(sheet, {}):
                computed = self.values[sheet].get((row, column), (None, ""))[0]
                if computed is not None:
                    return computed
                worked = self.value(sheet, row, column)
                if worked is None:
                    raise _Unknown
                return worked
            if row > MAX_ROWS or column > MAX_COLUMNS:
                raise _Unknown  # outside what was read
            return self.values[sheet].get((row, column), (None, ""))[0]

        return read


def evaluate(formula: str, cell: CellReader) -> Decimal | None:
    """The value of a formula made of numbers, cell references, ``SUM`` of ranges, + - * / and brackets,
    as a script writes a budget's total (``=SUM(C4:C9)``, ``=C10-C11``); None for anything else, and for a
    reference to a cell that holds text or another unknown formula."""
    tokens: list[tuple[str, str]] = []
    position, text = 0, formula.lstrip("=").strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            return None
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind).upper() if kind != "number" else match.group(kind)))
        position = match.end()
    try:
        value, rest = _expression(tokens, cell, 0)
    except (_Unknown, InvalidOperation, ZeroDivisionError, IndexError, RecursionError, ValueError):
        return None
    return value if rest == len(tokens) else None


def _expression(tokens: list[tuple[str, str]], cell: CellReader, at: int) -> tuple[Decimal, int]:
    value, at = _term(tokens, cell, at)
    while at < len(tokens) and tokens[at] in (("op", "+"), ("op", "-")):
        right, after = _term(tokens, cell, at + 1)
        value = value + right if tokens[at][1] == "+" else value - right
        at = after
    return value, at


def _term(tokens: list[tuple[str, str]], cell: CellReader, at: int) -> tuple[Decimal, int]:
    value, at = _factor(tokens, cell, at)
    while at < len(tokens) and tokens[at] in (("op", "*"), ("op", "/")):
        right, after = _factor(tokens, cell, at + 1)
        value = value * right if tokens[at][1] == "*" else value / right
        at = after
    return value, at


def _factor(tokens: list[tuple[str, str]], cell: CellReader, at: int) -> tuple[Decimal, int]:
    kind, text = tokens[at]
    if (kind, text) == ("op", "-"):
        value, at = _factor(tokens, cell, at + 1)
        return -value, at
    if (kind, text) == ("op", "("):
        value, at = _expression(tokens, cell, at + 1)
        if tokens[at] != ("op", ")"):
            raise _Unknown
        return value, at + 1
    if kind == "number":
        return Decimal(text), at + 1
    if kind == "ref":
        return _number(cell(text)), at + 1
    if kind == "sum":
        total, at = Decimal(0), at + 1
        while True:
            kind, text = tokens[at]
            if kind == "range":
                total += sum((_number(value, blank=True) for value in _range_values(text, cell)), Decimal(0))
                at += 1
            elif kind == "ref":
                total += _number(cell(text), blank=True)
                at += 1
            else:
                value, at = _expression(tokens, cell, at)
                total += value
            if tokens[at] == ("op", ")"):
                return total, at + 1
            if tokens[at] not in (("op", ","), ("op", ";")):
                raise _Unknown
            at += 1
    raise _Unknown


def _number(value: object, *, blank: bool = False) -> Decimal:
    if value is None or value == "":
        if blank:
            return Decimal(0)  # SUM leaves an empty cell out
        raise _Unknown
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        if blank and isinstance(value, str):
            return Decimal(0)  # SUM leaves a text cell out too
        raise _Unknown
    return value if isinstance(value, Decimal) else Decimal(repr(value) if isinstance(value, float) else value)


def _range_values(reference: str, cell: CellReader) -> Iterable[object]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, get_column_letter

    sheet, _, span = reference.rpartition("!")
    first, last = (part.replace("$", "") for part in span.split(":"))
    (first_column, first_row), (last_column, last_row) = coordinate_from_string(first), coordinate_from_string(last)
    columns = range(column_index_from_string(first_column), column_index_from_string(last_column) + 1)
    rows = range(first_row, min(last_row, MAX_ROWS) + 1)  # a range past the window: its cells there are unread
    if last_row > MAX_ROWS or columns.stop > MAX_COLUMNS + 1:
        raise _Unknown
    prefix = f"{sheet}!" if sheet else ""
    for row in rows:
        for column in columns:
            yield cell(f"{prefix}{get_column_letter(column)}{row}")


# --- .ods --------------------------------------------------------------------------------------------------

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}


def _tag(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def read_ods(stream: BinaryIO) -> SheetContent:
    try:
        with zipfile.ZipFile(stream) as archive:
            info = archive.getinfo("content.xml")
            if info.file_size > MAX_CONTENT_BYTES:
                raise SheetError(f"content.xml is {info.file_size} bytes, over {MAX_CONTENT_BYTES}")
            with archive.open(info) as member:
                root = ElementTree.fromstring(member.read(MAX_CONTENT_BYTES + 1))
    except (zipfile.BadZipFile, KeyError, OSError, ParseError, DefusedXmlException, RuntimeError,
            NotImplementedError) as exc:
        raise SheetError(f"not a readable .ods spreadsheet: {exc}") from exc
    # a hidden sheet (the form maker's lists) is a table whose style says it is not displayed
    hidden = {style.get(_tag("style", "name")) for style in root.iter(_tag("style", "style"))
              if any(properties.get(_tag("table", "display")) == "false"
                     for properties in style.iter(_tag("style", "table-properties")))}
    grids: list[tuple[str, Grid]] = []
    for table in root.iter(_tag("table", "table")):
        if table.get(_tag("table", "style-name")) not in hidden:
            grids.append((table.get(_tag("table", "name"), ""), _ods_grid(table)))
    return _content(grids)


def _ods_grid(table: Element) -> Grid:
    grid: Grid = []
    for row in _ods_rows(table):
        repeat = _repeat(row, "number-rows-repeated")
        cells = _ods_cells(row)
        if not any(cells):
            # a sheet's thousands of empty rows are written as one, repeated
            grid.extend([[]] * min(repeat, 2))
        else:
            grid.extend([list(cells) for _ in range(min(repeat, MAX_ROWS))])
        if len(grid) >= MAX_ROWS:
            break
    return grid


def _ods_rows(table: Element) -> Iterable[Element]:
    for child in table:
        if child.tag == _tag("table", "table-row"):
            yield child
        elif child.tag in (_tag("table", "table-rows"), _tag("table", "table-header-rows"),
                           _tag("table", "table-row-group")):
            yield from _ods_rows(child)


def _repeat(element: Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(_tag("table", attribute), "1")))
    except ValueError:
        return 1


def _ods_cells(row: Element) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (_tag("table", "table-cell"), _tag("table", "covered-table-cell")):
            continue
        text = _ods_cell_text(cell) if cell.tag == _tag("table", "table-cell") else ""
        repeat = _repeat(cell, "number-columns-repeated")
        # empty cells repeated keep the columns after them in place; the width cap bounds a row of 16,384
        cells.extend([text] * min(repeat, MAX_COLUMNS - len(cells)))
        if len(cells) >= MAX_COLUMNS:
            break
    return cells


def _ods_cell_text(cell: Element) -> str:
    # the cell's own paragraphs: a comment on it ("Au départ 9 500 €, réduit après la réunion") is no answer,
    # but on a cell left blank it is (the grey box answered as a comment)
    shown = "\n".join(inline_text(paragraph) for paragraph in cell if paragraph.tag == _tag("text", "p")).strip()
    if shown and any(letter.isalnum() for letter in shown):
        return shown
    if cell.get(_tag("office", "value-type"), "") in ("", "string"):
        said = " ".join(" ".join(inline_text(paragraph) for note in cell if note.tag == _tag("office", "annotation")
                                 for paragraph in note.iter(_tag("text", "p"))).split())
        if said or shown:
            return _answered_by_comment(shown, said)
    kind = cell.get(_tag("office", "value-type"), "")
    if kind in ("float", "currency", "percentage"):
        value = cell.get(_tag("office", "value"), "")
        try:
            return number_text(Decimal(value), "%" if kind == "percentage" else "")
        except InvalidOperation:
            return value
    if kind == "date":
        return cell.get(_tag("office", "date-value"), "")[:10]
    return cell.get(_tag("office", "string-value"), "")


# --- .xls --------------------------------------------------------------------------------------------------

def is_excel_workbook(data: BinaryIO) -> bool:
    """An OLE file (the Excel 97-2003 kind) that holds a workbook stream."""
    import olefile

    data.seek(0)
    try:
        with olefile.OleFileIO(data) as ole:
            return bool(ole.exists("Workbook") or ole.exists("Book"))
    except (OSError, ValueError, IndexError, TypeError, AttributeError):
        return False
    finally:
        data.seek(0)


def read_xls(stream: BinaryIO) -> SheetContent:
    import xlrd

    stream.seek(0)
    try:
        book = xlrd.open_workbook(file_contents=stream.read(), on_demand=True, formatting_info=False)
    except (xlrd.XLRDError, OSError, ValueError, IndexError, KeyError, AssertionError, struct.error) as exc:
        raise SheetError(f"not a readable .xls workbook: {exc}") from exc
    grids: list[tuple[str, Grid]] = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility != 0:
                continue
            grid: Grid = []
            for row in range(min(sheet.nrows, MAX_ROWS)):
                cells = []
                for column in range(min(sheet.ncols, MAX_COLUMNS)):
                    cell = sheet.cell(row, column)
                    cells.append(_xls_text(cell, book.datemode))
                grid.append(cells)
            grids.append((sheet.name, grid))
    finally:
        book.release_resources()
    return _content(grids)


def _xls_text(cell: object, datemode: int) -> str:
    import xlrd

    kind, value = cell.ctype, cell.value  # type: ignore[attr-defined]
    if kind == xlrd.XL_CELL_NUMBER:
        return number_text(value)
    if kind == xlrd.XL_CELL_DATE:
        try:
            return _date_text(xlrd.xldate_as_datetime(value, datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return ""
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "ja" if value else "nee"
    if kind == xlrd.XL_CELL_TEXT:
        return str(value).strip()
    return ""


# --- .csv --------------------------------------------------------------------------------------------------

def decoded_text(data: bytes) -> str:
    """UTF-8 (with or without its byte-order mark), else Windows' Western code page, as Excel saves. A UTF-8
    text with a stray byte or two is still UTF-8 (those become "�"): read as cp1252, every é would be "Ã©"."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        loose = data.decode("utf-8", "replace")
        wide = sum(1 for character in loose if ord(character) > 0x7F and character != "\ufffd")
        if wide and loose.count("\ufffd") <= max(2, wide // 20):
            return loose
        return data.decode("cp1252", "replace")


def _delimiter(text: str, *, named_csv: bool) -> str | None:
    """The delimiter that cuts most of the head's lines into the same number (two or more) of cells, each line
    starting with a cell (a letter's paragraphs indented with a tab are no rows), quotes respected ("850,50" in
    a comma file is one cell); a semicolon or a tab as Belgian and French Excel write them, a comma only in a
    file its sender named ``.csv`` (a letter's lines end in commas too: "Madame,", "Cordialement,"), and then
    only where no line is a sentence."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    if len(lines) < (2 if named_csv else 3) or max(len(line) for line in lines) > 400:
        return None
    for delimiter in CSV_DELIMITERS if named_csv else ";\t":
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
            firsts = [bool(row and row[0].strip()) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        common = max(set(widths), key=widths.count)
        # a file named .csv may head its rows with a title line or two ("Budget prévisionnel, version 2")
        if common < 2 or widths.count(common) < (0.6 if named_csv else 0.8) * len(lines) \
                or sum(firsts) < 0.8 * len(lines):
            continue
        if delimiter != "," or common >= 3 or not any(len(line.split()) > 8 for line in lines):
            return delimiter
    return None


def looks_like_csv(text: str, *, named_csv: bool = False) -> bool:
    """Rows of cells (``_delimiter``)."""
    return _delimiter(text, named_csv=named_csv) is not None


def read_csv(data: bytes, *, named_csv: bool = True) -> SheetContent:
    text = decoded_text(data)
    delimiter = _delimiter(text, named_csv=named_csv) or ";"
    rows = list(_csv_rows(text, delimiter))
    return _content([("", rows)])


def _csv_rows(text: str, delimiter: str) -> Iterable[list[str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for count, row in enumerate(reader):
            if count >= MAX_ROWS:
                return
            yield [cell.strip() for cell in row[:MAX_COLUMNS]]
    except csv.Error:
        return

