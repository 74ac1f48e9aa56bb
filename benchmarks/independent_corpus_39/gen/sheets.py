"""Spreadsheet forms (xlsx with openpyxl, ods with odfpy) from one small grid
model with merged cells, number formats and formulas with cached values."""
import io
import re
from decimal import Decimal

from common import normalise_zip


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


class Cell:
    def __init__(self, value, bold=False, fill=None, span=(1, 1), numfmt=None, formula=None,
                 size=None, italic=False, wrap=False, border=False, align=None, display=None, color=None):
        self.value, self.bold, self.fill, self.span = value, bold, fill, span
        self.numfmt, self.formula, self.size, self.italic = numfmt, formula, size, italic
        self.wrap, self.border, self.align, self.display, self.color = wrap, border, align, display, color


class Sheet:
    def __init__(self, name, widths):
        self.name, self.widths = name, widths
        self.cells = {}
        self.heights = {}

    def put(self, r, c, value, **kw):
        self.cells[(r, c)] = Cell(value, **kw)
        return self

    @property
    def nrows(self):
        return max(r + cell.span[0] for (r, c), cell in self.cells.items())

    @property
    def ncols(self):
        return max(len(self.widths), max(c + cell.span[1] for (r, c), cell in self.cells.items()))


# ------------------------------------------------------------------ xlsx
def render_xlsx(sheets, props):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    import datetime
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="808080")
    cached = {}
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for i, w in enumerate(sh.widths):
            ws.column_dimensions[col_letter(i)].width = w
        for r, h in sh.heights.items():
            ws.row_dimensions[r + 1].height = h
        for (r, c), cell in sorted(sh.cells.items()):
            ref = "%s%d" % (col_letter(c), r + 1)
            x = ws[ref]
            if cell.formula:
                x.value = "=" + cell.formula
                cached[(sh.name, ref)] = cell.value
            else:
                v = cell.value
                if isinstance(v, Decimal):
                    v = float(v) if v != int(v) else int(v)
                x.value = v
            x.font = Font(name="Arial", bold=cell.bold, italic=cell.italic, size=cell.size or 10,
                          color=cell.color)
            if cell.fill:
                x.fill = PatternFill("solid", fgColor=cell.fill)
            x.alignment = Alignment(wrap_text=cell.wrap, vertical="top" if cell.wrap else "center",
                                    horizontal=cell.align)
            if cell.numfmt:
                x.number_format = cell.numfmt
            if cell.border:
                for rr in range(r, r + cell.span[0]):
                    for cc in range(c, c + cell.span[1]):
                        ws["%s%d" % (col_letter(cc), rr + 1)].border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if cell.span != (1, 1):
                ws.merge_cells(start_row=r + 1, start_column=c + 1, end_row=r + cell.span[0],
                               end_column=c + cell.span[1])
        ws.sheet_view.showGridLines = False
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "portrait"
        ws.page_setup.fitToWidth = 1
    p = wb.properties
    p.creator = props.get("creator")
    p.lastModifiedBy = props.get("last_modified_by")
    p.title = props.get("title")
    p.created = props["created"]
    buf = io.BytesIO()
    wb.save(buf)
    mod = props["modified"].strftime("%Y-%m-%dT%H:%M:%SZ")
    sheet_files = {}
    for i, sh in enumerate(sheets):
        sheet_files["xl/worksheets/sheet%d.xml" % (i + 1)] = sh.name

    def fix(name, blob):
        if name == "docProps/core.xml":
            s = blob.decode("utf-8")
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % mod, s)
            return s.encode("utf-8")
        if name == "docProps/app.xml":
            s = blob.decode("utf-8")
            s = s.replace("<Application>Microsoft Excel</Application>", "<Application>Microsoft Excel</Application>")
            return s.encode("utf-8")
        if name in sheet_files:
            s = blob.decode("utf-8")
            sname = sheet_files[name]

            def addv(m):
                ref = m.group(1)
                val = cached.get((sname, ref))
                if val is None:
                    return m.group(0)
                return re.sub(r"</f>(<v></v>|<v/>)?</c>$", "</f><v>%s</v></c>" % _num(val), m.group(0))
            s = re.sub(r'<c r="([A-Z]+\d+)"[^>]*><f>[^<]*</f>(?:<v></v>|<v/>)?</c>', addv, s)
            return s.encode("utf-8")
        return blob
    return normalise_zip(buf.getvalue(), meta_fix=fix)


def _num(v):
    v = Decimal(str(v))
    if v == v.to_integral_value():
        return str(int(v))
    return format(v.normalize(), "f")


# ------------------------------------------------------------------ ods
def _odf_formula(f):
    def rng(m):
        return "[.%s:.%s]" % (m.group(1), m.group(2))
    s = re.sub(r"([A-Z]+\d+):([A-Z]+\d+)", rng, f)
    s = re.sub(r"(?<![\.\w\[])([A-Z]+\d+)(?![\]\w])", r"[.\1]", s)
    return "of:=" + s


def render_ods(sheets, props, currency="€", decimal_comma=True):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import (Style, TextProperties, TableColumnProperties, TableCellProperties,
                           ParagraphProperties, TableRowProperties)
    from odf.number import NumberStyle, CurrencyStyle, Number, Text as NText, CurrencySymbol
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P as TP
    doc = OpenDocumentSpreadsheet()
    # currency number style  1.234,56 €
    cs = CurrencyStyle(name="N_EUR", language="fr", country="FR")
    cs.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
    cs.addElement(NText(text="\u00a0"))
    cs.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
    doc.automaticstyles.addElement(cs)
    styles = {}

    def cstyle(cell):
        key = (cell.bold, cell.fill, cell.italic, cell.wrap, cell.border, bool(cell.numfmt), cell.size, cell.align)
        if key in styles:
            return styles[key]
        kw = {}
        if cell.numfmt:
            kw["datastylename"] = "N_EUR"
        s = Style(name="ce%d" % (len(styles) + 1), family="table-cell", **kw)
        tp = {}
        if cell.bold:
            tp["fontweight"] = "bold"
        if cell.italic:
            tp["fontstyle"] = "italic"
        if cell.size:
            tp["fontsize"] = "%spt" % cell.size
        if tp:
            s.addElement(TextProperties(**tp))
        cp = {}
        if cell.fill:
            cp["backgroundcolor"] = "#" + cell.fill[-6:]
        if cell.border:
            cp["border"] = "0.06pt solid #808080"
        if cell.wrap:
            cp["wrapoption"] = "wrap"
        if cp:
            s.addElement(TableCellProperties(**cp))
        if cell.align:
            s.addElement(ParagraphProperties(textalign={"right": "end", "center": "center", "left": "start"}[cell.align]))
        doc.automaticstyles.addElement(s)
        styles[key] = s
        return s

    colstyles = {}
    for sh in sheets:
        t = Table(name=sh.name)
        for i, w in enumerate(sh.widths):
            key = w
            if key not in colstyles:
                s = Style(name="co%d" % (len(colstyles) + 1), family="table-column")
                s.addElement(TableColumnProperties(columnwidth="%.3fcm" % (w * 0.2)))
                doc.automaticstyles.addElement(s)
                colstyles[key] = s
            t.addElement(TableColumn(stylename=colstyles[key]))
        covered = set()
        for (r, c), cell in sh.cells.items():
            for rr in range(r, r + cell.span[0]):
                for cc in range(c, c + cell.span[1]):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        for r in range(sh.nrows):
            tr = TableRow()
            for c in range(sh.ncols):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                cell = sh.cells.get((r, c))
                if cell is None:
                    tr.addElement(TableCell())
                    continue
                kw = {"stylename": cstyle(cell)}
                if cell.span != (1, 1):
                    kw["numberrowsspanned"] = cell.span[0]
                    kw["numbercolumnsspanned"] = cell.span[1]
                v = cell.value
                if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                    kw["valuetype"] = "currency" if cell.numfmt else "float"
                    if cell.numfmt:
                        kw["currency"] = "EUR"
                    kw["value"] = _num(v)
                    if cell.formula:
                        kw["formula"] = _odf_formula(cell.formula)
                    disp = cell.display or _display(v, bool(cell.numfmt))
                else:
                    kw["valuetype"] = "string"
                    disp = "" if v is None else str(v)
                tc = TableCell(**kw)
                for k, ln in enumerate(disp.split("\n")):
                    tc.addElement(TP(text=ln))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    from odtform import fix_meta
    gen = props.get("generator", "LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3")
    return normalise_zip(buf.getvalue(), first="mimetype",
                         meta_fix=fix_meta(gen, props["created_iso"], props.get("creator", "")))


def _display(v, cur):
    v = Decimal(str(v)).quantize(Decimal("0.01"))
    ip = int(v)
    s = "{:,}".format(ip).replace(",", "\u00a0")
    dec = "%02d" % int((v - ip) * 100)
    if cur:
        return "%s,%s\u00a0€" % (s, dec)
    if v == ip:
        return str(ip)
    return "%d,%s" % (ip, dec)
