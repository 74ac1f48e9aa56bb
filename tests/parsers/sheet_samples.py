"""Spreadsheets and archives as applicants' programs write them, made by the tests.

- ``.xlsx`` with openpyxl, which stores a formula without its result (as a script saves a file); ``with_results``
  writes the results Excel would have stored beside the formulas (``<v>`` after ``<f>``), as Excel does.
- ``.ods`` as LibreOffice Calc writes it: a zip with ``mimetype`` stored first, cells with a value type, a value
  and the text the cell shows, a row or column repeated for the sheet's empty rest.
- ``.xls`` (Excel 97-2003) with xlwt, a test-only writer of the format (xlrd reads it in the service).
- ``.csv`` as Belgian Excel saves it: ``;`` between cells, decimal commas, Windows' code page.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

import openpyxl

from tests.parsers.format_samples import opendocument_zip

Row = Sequence[object]


def xlsx_of(sheets: dict[str, Sequence[Row]], *, hidden: Sequence[str] = (), merged: Sequence[str] = (),
            formats: dict[str, str] | None = None, comments: dict[str, str] | None = None) -> bytes:
    """A workbook with one sheet per entry; a row's ``str`` starting with "=" is a formula. ``comments``: a
    comment on a cell of the first sheet, by coordinate, written by "Katrien Vermeersch" as Excel writes one
    (her name and a colon before the text)."""
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        if title in hidden:
            sheet.sheet_state = "hidden"
    first = book.worksheets[0]
    for cells in merged:
        first.merge_cells(cells)
    for coordinate, number_format in (formats or {}).items():
        first[coordinate].number_format = number_format
    for coordinate, text in (comments or {}).items():
        first[coordinate].comment = Comment(f"Katrien Vermeersch:\n{text}", "Katrien Vermeersch")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_results(data: bytes, results: dict[str, str], sheet: int = 1) -> bytes:
    """The workbook with a computed result stored beside each given formula cell, as Excel saves it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    member = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == member:
                xml = content.decode("utf-8")
                for coordinate, value in results.items():
                    xml, count = re.subn(rf'(<c r="{coordinate}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?',
                                         rf"\g<1>\g<2><v>{value}</v>", xml)
                    assert count == 1, coordinate
                content = xml.encode("utf-8")
            target.writestr(info, content)
    return buffer.getvalue()


def _ods_cell(value: object) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, tuple):  # (number, shown text): a currency cell as Calc writes it
        number, shown = value
        return (f'<table:table-cell office:value-type="currency" office:currency="EUR" office:value="{number}">'
                f"<text:p>{escape(shown)}</text:p></table:table-cell>")
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value}"/>'  # no shown text: a script's
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def ods_of(sheets: dict[str, Sequence[Row]]) -> bytes:
    tables = []
    for title, rows in sheets.items():
        body = "".join(f"<table:table-row>{''.join(_ods_cell(cell) for cell in row)}"
                       '<table:table-cell table:number-columns-repeated="16370"/></table:table-row>' for row in rows)
        # the sheet's million empty rows, as Calc writes them: one row repeated
        body += ('<table:table-row table:number-rows-repeated="1048000">'
                 '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
        tables.append(f'<table:table table:name="{escape(title)}">{body}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>")
    return opendocument_zip("application/vnd.oasis.opendocument.spreadsheet", {
        "content.xml": content,
        "META-INF/manifest.xml": '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                                 'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'})


def xls_of(sheets: dict[str, Sequence[Row]]) -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for title, rows in sheets.items():
        sheet = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_of(rows: Sequence[Sequence[str]], *, encoding: str = "cp1252", bom: bool = False) -> bytes:
    text = "\r\n".join(";".join(f'"{cell}"' if ";" in cell else cell for cell in row) for row in rows) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)


def zip_of(members: dict[str, bytes], *, utf8_names: bool = True) -> bytes:
    """An archive of the members; without ``utf8_names`` a name is stored in UTF-8 bytes without the flag
    that says so, as many Windows archivers do."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2019, 6, 1, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    whole = buffer.getvalue()
    if utf8_names:
        return whole
    # clear the UTF-8 flag (bit 11) in every local and central header: the names stay UTF-8 bytes
    patched = bytearray(whole)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := patched.find(signature, start)) != -1:
            flags = int.from_bytes(patched[start + offset:start + offset + 2], "little") & ~0x800
            patched[start + offset:start + offset + 2] = flags.to_bytes(2, "little")
            start += 4
    return bytes(patched)


def ods_with(data: bytes, old: bytes, new: bytes) -> bytes:
    """The spreadsheet with ``old`` replaced by ``new`` in its content.xml (once, or the test is wrong)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "content.xml":
                assert content.count(old) == 1, old
                content = content.replace(old, new)
            target.writestr(info, content)
    return buffer.getvalue()
