"""Spreadsheet forms: a layout grid rendered to .xlsx (openpyxl) or .ods (odfpy)."""
import datetime
import io

from common import segments, normalise_zip

BOX_ON, BOX_OFF = "X", ""


class Num:
    """Numeric cell: value plus the text a spreadsheet would display."""

    def __init__(self, value, shown, fmt='#,##0.00'):
        self.value = value
        self.shown = shown
        self.fmt = fmt

    def __str__(self):
        return self.shown


class Formula:
    def __init__(self, kind="SUM"):
        self.kind = kind


def grid_from_blocks(blocks, style, lang):
    """Return (cells, widths). cells: list of dicts with r, c (0-based), v, and formatting."""
    cells = []
    r = 0
    amount_col = 1 if style == "left" else 2
    widths = [46, 40, 28] if style == "left" else [7, 46, 34, 22]
    ncol = len(widths)
    budget_rows = []

    def put(row, col, v, **kw):
        d = dict(r=row, c=col, v=v)
        d.update(kw)
        cells.append(d)

    for b in blocks:
        t = b["t"]
        if t == "header":
            for ln in b["lines"]:
                put(r, 0, ln, size=8, italic=True, span=ncol if style == "above" else 2)
                r += 1
            r += 1
        elif t == "admin":
            if b.get("at_end"):
                r += 1
                put(r, 0, b["title"], bold=True, fill="F2F2F2", span=ncol)
                r += 1
                for ln in b["lines"]:
                    put(r, 0, ln, size=8, span=ncol)
                    r += 1
            else:
                put(0, 2, b["title"], bold=True, fill="F2F2F2", size=8)
                for i, ln in enumerate(b["lines"]):
                    put(1 + i, 2, ln, size=8, fill="F2F2F2")
                r = max(r, 4)
        elif t == "title":
            put(r, 0, b["text"], bold=True, size=14, span=ncol)
            r += 1
            put(r, 0, b["sub"], size=9, span=ncol)
            r += 2
        elif t == "note":
            put(r, 0, b["text"], italic=True, size=8, wrap=True, span=ncol, height=48)
            r += 2
        elif t == "section":
            r += 1
            put(r, 0, b["text"], bold=True, fill="D9D9D9", span=ncol)
            r += 1
        elif t == "field" and style == "left":
            mode = b.get("mode", "box")
            v = b.get("value") or ""
            lab = b["label"] + (" (" + b["hint"] + ")" if b.get("hint") else "")
            multi = b.get("multi", 0)
            if mode == "inlabel" and v:
                put(r, 0, lab + ": " + v, wrap=True)
                put(r, 1, "", border=True)
            elif mode == "beside" and v:
                put(r, 0, lab, wrap=True)
                put(r, 1, "", border=True)
                put(r, 2, v, wrap=True)
            else:
                put(r, 0, lab, wrap=True)
                put(r, 1, v, border=True, wrap=True, height=14 * max(1, multi) if multi else None)
            r += 1
        elif t in ("field", "row"):
            fields = b["fields"] if t == "row" else [b]
            if len(fields) == 1:
                spans = [(0, ncol)]
            else:
                spans = [(0, 2), (2, 2)]
            for (c0, sp), f in zip(spans, fields):
                mode = f.get("mode", "box")
                v = f.get("value") or ""
                if mode in ("inlabel", "beside") and v:
                    put(r, c0, f["label"] + "   " + v, bold=False, span=sp)
                    put(r + 1, c0, "", border=True, span=sp)
                else:
                    put(r, c0, f["label"], bold=True, size=9, span=sp)
                    multi = f.get("multi", 0)
                    put(r + 1, c0, v, border=True, span=sp, wrap=True, height=14 * multi if multi else None)
            r += 2
        elif t == "check":
            put(r, 0, b["label"], wrap=not b.get("inline"), span=ncol if style == "above" else 1)
            r += 1
            for txt, mk in b["options"]:
                if style == "left":
                    put(r, 0, txt)
                    put(r, 1, mk, border=True)
                else:
                    put(r, 0, mk, border=True)
                    put(r, 1, txt)
                r += 1
        elif t == "budget":
            bm = b.get("m", {})
            head = b["head"]
            for i, h in enumerate(head):
                put(r, i, h, bold=True, fill="D9D9D9", border=True)
            r += 1
            first = r
            for row in b["rows"]:
                for i, v in enumerate(row):
                    put(r, i, v, border=True)
                r += 1
            last = r - 1
            lab, val = b["total"]
            put(r, amount_col - 1, lab, bold=True, border=True)
            if isinstance(val, Formula):
                put(r, amount_col, Formula("SUM"), bold=True, border=True, sum_range=(first, last, amount_col))
            else:
                put(r, amount_col, val, bold=True, border=True)
            r += 2
            for lab, val, name in b["extras"]:
                mode = bm.get(name, "box")
                if style == "left":
                    if mode == "beside" and val:
                        put(r, 0, lab, wrap=True)
                        put(r, 1, "", border=True)
                        put(r, 2, val)
                    else:
                        put(r, 0, lab, wrap=True)
                        put(r, 1, val, border=True)
                else:
                    put(r, 1, lab, wrap=True)
                    if mode == "beside" and val:
                        put(r, 2, "", border=True)
                        put(r, 3, val)
                    else:
                        put(r, 2, val, border=True)
                r += 1
    return cells, widths


def _sumvalue(cells, rng):
    first, last, col = rng
    s = 0
    for c in cells:
        if c["c"] == col and first <= c["r"] <= last and isinstance(c["v"], Num):
            s += c["v"].value
    return s


def _col(i):
    return "ABCDEFGH"[i]


# ---------------------------------------------------------------------- xlsx
def render_xlsx(blocks, style, lang, meta, sheet_title):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    cells, widths = grid_from_blocks(blocks, style, lang)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    for i, w in enumerate(widths):
        ws.column_dimensions[_col(i)].width = w
    thin = Side(style="thin", color="808080")
    for d in cells:
        cell = ws.cell(row=d["r"] + 1, column=d["c"] + 1)
        v = d["v"]
        if isinstance(v, Num):
            cell.value = v.value
            cell.number_format = v.fmt
        elif isinstance(v, Formula):
            first, last, col = d["sum_range"]
            cell.value = "=SUM(%s%d:%s%d)" % (_col(col), first + 1, _col(col), last + 1)
            cell.number_format = '#,##0.00'
        elif v and "~~" in v:
            parts = []
            for text, st in segments(v):
                parts.append(TextBlock(InlineFont(strike=st or None), text))
            cell.value = CellRichText(parts)
        elif v != "":
            cell.value = v
        cell.font = Font(name="Calibri", bold=d.get("bold", False), italic=d.get("italic", False),
                         size=d.get("size", 10))
        if d.get("fill"):
            cell.fill = PatternFill("solid", fgColor=d["fill"])
        cell.alignment = Alignment(wrap_text=d.get("wrap", False), vertical="top")
        if d.get("border"):
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if d.get("span", 1) > 1:
            ws.merge_cells(start_row=d["r"] + 1, start_column=d["c"] + 1, end_row=d["r"] + 1,
                           end_column=d["c"] + d["span"])
        if d.get("height"):
            ws.row_dimensions[d["r"] + 1].height = d["height"]
    ws.sheet_view.showGridLines = style == "left"
    wb.properties.creator = meta.get("author", "")
    wb.properties.lastModifiedBy = meta.get("author", "")
    wb.properties.title = meta.get("title", "")
    wb.properties.created = datetime.datetime(2019, 4, 8, 9, 0, 0)
    wb.properties.modified = datetime.datetime(*meta["stamp"])
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue(), meta["stamp"])


# ---------------------------------------------------------------------- ods
def render_ods(blocks, style, lang, meta, sheet_title):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P, Span
    from odf import dc

    cells, widths = grid_from_blocks(blocks, style, lang)
    doc = OpenDocumentSpreadsheet()
    styles = {}

    def cstyle(d):
        key = (d.get("bold", False), d.get("italic", False), d.get("size", 10), d.get("fill"), d.get("border", False),
               d.get("wrap", False))
        if key in styles:
            return styles[key]
        st = Style(name="ce%d" % (len(styles) + 1), family="table-cell")
        tp = dict(fontsize="%.1fpt" % key[2])
        if key[0]:
            tp["fontweight"] = "bold"
        if key[1]:
            tp["fontstyle"] = "italic"
        st.addElement(TextProperties(**tp))
        cp = {"verticalalign": "top"}
        if key[3]:
            cp["backgroundcolor"] = "#" + key[3]
        if key[4]:
            cp["border"] = "0.5pt solid #808080"
        if key[5]:
            cp["wrapoption"] = "wrap"
        st.addElement(TableCellProperties(**cp))
        doc.automaticstyles.addElement(st)
        styles[key] = st
        return st

    strike = Style(name="Tstrike", family="text")
    strike.addElement(TextProperties(textlinethroughstyle="solid", textlinethroughtype="single"))
    doc.automaticstyles.addElement(strike)
    table = Table(name=sheet_title)
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % (i + 1), family="table-column")
        cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % (w * 0.2)))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))
    byrow = {}
    for d in cells:
        byrow.setdefault(d["r"], {})[d["c"]] = d
    nrows = max(byrow) + 1
    for r in range(nrows):
        tr = TableRow()
        row = byrow.get(r, {})
        c = 0
        while c < len(widths):
            d = row.get(c)
            if d is None:
                tr.addElement(TableCell())
                c += 1
                continue
            v = d["v"]
            kw = dict(stylename=cstyle(d))
            if d.get("span", 1) > 1:
                kw["numbercolumnsspanned"] = d["span"]
            if isinstance(v, Num):
                tc = TableCell(valuetype="float", value=v.value, **kw)
                tc.addElement(P(text=v.shown))
            elif isinstance(v, Formula):
                first, last, col = d["sum_range"]
                total = _sumvalue(cells, d["sum_range"])
                tc = TableCell(valuetype="float", value=total,
                               formula="of:=SUM([.%s%d:.%s%d])" % (_col(col), first + 1, _col(col), last + 1), **kw)
                tc.addElement(P(text=("%.2f" % total).replace(".", ",")))
            else:
                tc = TableCell(valuetype="string", **kw) if v else TableCell(**kw)
                if v:
                    p = P()
                    for text, st in segments(v):
                        if st:
                            p.addElement(Span(stylename=strike, text=text))
                        else:
                            p.addText(text)
                    tc.addElement(p)
            tr.addElement(tc)
            for _ in range(d.get("span", 1) - 1):
                tr.addElement(CoveredTableCell())
            c += d.get("span", 1)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.meta.addElement(dc.Title(text=meta.get("title", "")))
    doc.meta.addElement(dc.Creator(text=meta.get("author", "")))
    buf = io.BytesIO()
    doc.write(buf)
    return normalise_zip(buf.getvalue(), meta["stamp"])
