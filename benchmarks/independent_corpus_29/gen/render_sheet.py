"""Spreadsheet renderers: .xlsx (openpyxl) and .ods (odfpy).

Blocks are laid out row by row; a block may carry sheet="Name" to start a
new worksheet.  Numbers (int/float values) become numeric cells.
"""
import datetime
from io import BytesIO

from blocks import fmt_value
from ziputil import normalize


def rows_of(form):
    """Turn blocks into [(sheetname, [row, ...])], row = list of cells.
    cell = (value, kind) with kind in title/sub/note/h/label/value/hdr/bold/plain"""
    st = form.get("style", {})
    fstyle = st.get("field", "colon")
    sheets = []
    cur = None

    def new(name):
        nonlocal cur
        cur = (name, [])
        sheets.append(cur)

    new(st.get("sheet", "Formulier"))
    lead = st.get("lead_cols", 0)  # empty columns on the left
    pad = [(None, "plain")] * lead
    for b in form["blocks"]:
        if b.get("sheet"):
            new(b["sheet"])
        R = cur[1]
        t = b["t"]
        if t in ("title", "sub", "note", "h"):
            R.append(pad + [(b["text"], t)])
            if t == "h" or t == "title":
                pass
        elif t == "para":
            R.append(pad + [(b["text"], "value")])
        elif t == "f":
            style = b.get("style", fstyle)
            v = b.get("value", "")
            num = b.get("num")
            pre = pad + ([(num, "plain")] if st.get("numcol") else [])
            if style == "next":
                R.append(pre + [(b["label"], "label")])
                R.append(pre + [(v, "value")])
            elif style == "under":
                R.append(pre + [(v, "value")])
                R.append(pre + [(b["label"], "small")])
            elif style == "cell":
                R.append(pre + [(f"{b['label']} {fmt_value(v)}", "value")])
            elif style == "skip1":
                R.append(pre + [(b["label"], "label"), (None, "plain"), (v, "value")])
            else:
                R.append(pre + [(b["label"], "label"), (v, "value")])
        elif t == "ff":
            row = list(pad) + ([(b.get("num"), "plain")] if st.get("numcol") else [])
            for f in b["fields"]:
                row += [(f["label"], "label"), (f.get("value", ""), "value")]
            R.append(row)
        elif t == "table":
            R.append(pad + [(h, "hdr") for h in b["headers"]])
            bold = set(b.get("bold_rows", []))
            static = set(b.get("static_cols", [0]))
            for ri, row in enumerate(b["rows"]):
                R.append(pad + [(v, "bold" if ri in bold else ("plain" if ci in static else "value"))
                                for ci, v in enumerate(row)])
        elif t == "check":
            row = pad + [(b["label"], "label")]
            for o, c in b["options"]:
                if st.get("check_inline"):
                    row.append((("[x] " if c else "[ ] ") + o, "plain"))
                else:
                    row += [(o, "plain"), ("x" if c else "", "value")]
            R.append(row)
        elif t == "sig":
            R.append(pad + [(b["text"], "label"), (b.get("value", ""), "value")])
        elif t in ("sp", "br"):
            R.append([])
    return sheets


def render_xlsx(form, meta=None):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    meta = meta or {}
    st = form.get("style", {})
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor=st.get("accent", "DDEBF7"))
    widths = st.get("widths", [34, 40, 18, 18, 14])
    for name, rows in rows_of(form):
        ws = wb.create_sheet(name)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        for r, row in enumerate(rows, start=1):
            for c, (v, kind) in enumerate(row, start=1):
                if v is None or v == "":
                    if kind == "value" and st.get("box_values"):
                        ws.cell(r, c).border = box
                    continue
                cell = ws.cell(r, c)
                cell.value = v if isinstance(v, (int, float)) else fmt_value(v)
                if isinstance(v, (int, float)):
                    cell.number_format = st.get("numfmt", '#,##0.00 "€"')
                if kind == "title":
                    cell.font = Font(bold=True, size=14)
                elif kind in ("h", "hdr"):
                    cell.font = Font(bold=True)
                    cell.fill = fill
                elif kind == "note":
                    cell.font = Font(italic=True, size=9)
                    cell.alignment = Alignment(wrap_text=False)
                elif kind == "label":
                    cell.font = Font(bold=st.get("lbold", False))
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                elif kind == "small":
                    cell.font = Font(italic=True, size=8)
                elif kind == "bold":
                    cell.font = Font(bold=True)
                elif kind == "value":
                    if st.get("box_values"):
                        cell.border = box
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    if st.get("vcolor"):
                        cell.font = Font(color=st["vcolor"])
        if st.get("merge_titles"):
            for r, row in enumerate(rows, start=1):
                if row and row[-1][1] in ("title", "h") and len(row) == 1:
                    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(widths))
    p = wb.properties
    p.creator = meta.get("author", "")
    p.lastModifiedBy = meta.get("last_modified_by", meta.get("author", ""))
    p.title = meta.get("title", "")
    p.created = datetime.datetime(2019, 2, 11, 9, 0, 0)
    p.modified = datetime.datetime(2019, 6, 14, 20, 0, 0)
    buf = BytesIO()
    wb.save(buf)
    return normalize(buf.getvalue(), meta.get("iso", "2019-06-14T20:00:00Z"))


def render_ods(form, meta=None):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    from odf import meta as ometa, dc
    meta = meta or {}
    st = form.get("style", {})
    doc = OpenDocumentSpreadsheet()
    A = doc.automaticstyles

    def cs(name, **tp):
        s = Style(name=name, family="table-cell")
        cp = {k[3:]: v for k, v in tp.items() if k.startswith("cp_")}
        tp = {k: v for k, v in tp.items() if not k.startswith("cp_")}
        if tp:
            s.addElement(TextProperties(**tp))
        if cp:
            s.addElement(TableCellProperties(**cp))
        A.addElement(s)
        return s
    acc = st.get("accent", "#e2efda")
    styles = {
        "title": cs("ceTitle", fontweight="bold", fontsize="14pt"),
        "h": cs("ceH", fontweight="bold", cp_backgroundcolor=acc),
        "hdr": cs("ceHdr", fontweight="bold", cp_backgroundcolor=acc, cp_border="0.5pt solid #808080"),
        "note": cs("ceNote", fontstyle="italic", fontsize="9pt"),
        "label": cs("ceLabel", fontweight="bold" if st.get("lbold") else "normal"),
        "small": cs("ceSmall", fontstyle="italic", fontsize="8pt"),
        "bold": cs("ceBold", fontweight="bold", cp_border="0.5pt solid #808080"),
        "value": cs("ceVal", cp_border="0.5pt solid #808080") if st.get("box_values") else cs("ceVal"),
        "plain": cs("cePlain"),
        "sub": cs("ceSub", fontsize="9pt"),
    }
    widths = st.get("widths_cm", [6.5, 7, 3.5, 3.5, 3])
    for name, rows in rows_of(form):
        t = Table(name=name)
        for i, w in enumerate(widths):
            c = Style(name=f"co{name[:3]}{i}", family="table-column")
            c.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            A.addElement(c)
            t.addElement(TableColumn(stylename=c))
        for row in rows:
            tr = TableRow()
            t.addElement(tr)
            for v, kind in row:
                sty = styles.get(kind, styles["plain"])
                if v is None or v == "":
                    tr.addElement(TableCell(stylename=sty))
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    c = TableCell(valuetype="float", value=v, stylename=sty)
                    c.addElement(P(text=f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"
                                   if st.get("eur_display", True) else str(v)))
                    tr.addElement(c)
                else:
                    c = TableCell(valuetype="string", stylename=sty)
                    for ln in fmt_value(v).split("\n"):
                        c.addElement(P(text=ln))
                    tr.addElement(c)
        doc.spreadsheet.addElement(t)
    m = doc.meta
    if meta.get("title"):
        m.addElement(dc.Title(text=meta["title"]))
    if meta.get("author"):
        m.addElement(ometa.InitialCreator(text=meta["author"]))
    m.addElement(ometa.CreationDate(text="2019-04-02T10:00:00"))
    m.addElement(dc.Date(text="2019-06-14T20:00:00"))
    buf = BytesIO()
    doc.write(buf)
    return normalize(buf.getvalue(), meta.get("iso", "2019-06-14T20:00:00Z"))
