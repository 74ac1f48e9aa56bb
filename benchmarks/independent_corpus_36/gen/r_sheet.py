"""Spreadsheet forms: Excel (.xlsx, openpyxl) and Calc (.ods, odfpy).
Two house styles: labels in a column with the answer beside it, or labels in
a row with the answers in the row below."""
import re
from decimal import Decimal
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P
from odf import meta

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def cell_value(f):
    """Typed value for a spreadsheet cell."""
    k = f.get("key")
    v = f.get("value")
    if f.get("num") is not None:
        return float(f["num"])
    if k == "postcode" and v and v.isdigit():
        return int(v)
    return v


def flat(items):
    out = []
    for it in items:
        out.extend(it["fields"] if it["t"] == "row" else [it])
    return out


def checks_text(it):
    return "   ".join(("\u2612 " if on else "\u2610 ") + txt for txt, on in it["options"])


# ====================================================================== XLSX
def render_xlsx(doc, r, rng, path):
    wb = Workbook()
    ws = wb.active
    lang = doc["lang"]
    ws.title = rng.choice(["Aanvraag", "Formulier", "Blad1"] if lang == "nl" else ["Candidature", "Formulaire", "Feuil1"])
    accent = rng.choice(["1F4E79", "375623", "833C0B", "595959"])
    fill_sec = PatternFill("solid", fgColor=rng.choice(["D9E1F2", "E2EFDA", "FCE4D6", "EDEDED"]))
    fill_in = PatternFill("solid", fgColor=rng.choice(["FFFFFF", "FFF2CC", "F2F2F2"]))
    numfmt = rng.choice(['#,##0.00 "€"', '#,##0.00\\ [$€-813]', '[$€-813] #,##0.00', '#,##0 "€"', '#,##0.00'])
    layout = r["layout"]
    wb.properties.creator = rng.choice([r["first"] + " " + r["last"], "Gebruiker", "Utilisateur", "Microsoft Office User"])
    wb.properties.title = doc["title"]
    import datetime as _dt
    wb.properties.created = _dt.datetime(2019, rng.choice([1, 2, 3]), rng.randint(1, 28), 9, rng.randint(0, 59))
    wb.properties.modified = _dt.datetime.combine(r["date"], _dt.time(rng.randint(8, 22), rng.randint(0, 59)))
    wb.properties.lastModifiedBy = r["first"] + " " + r["last"]
    row = 1
    if doc["org_header"]:
        ws.cell(row=row, column=1, value=doc["org_header"]).font = Font(size=9, color="808080")
        row += 1
    c = ws.cell(row=row, column=1, value=doc["title"])
    c.font = Font(bold=True, size=15, color=accent)
    row += 1
    if doc["subtitle"]:
        ws.cell(row=row, column=1, value=doc["subtitle"]).font = Font(italic=True, size=9)
        row += 1
    for t in doc["intro"]:
        ws.cell(row=row, column=1, value=t).font = Font(italic=True, size=9, color="404040")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 36
        row += 1
    row += 1
    budget_sheet = None
    if layout == "sheet_cols" and rng.random() < 0.8:
        budget_sheet = wb.create_sheet("Begroting" if lang == "nl" else "Budget")

    def sec_title(t):
        nonlocal row
        c = ws.cell(row=row, column=1, value=t)
        c.font = Font(bold=True, color="000000", size=11)
        for col in range(1, 7):
            ws.cell(row=row, column=col).fill = fill_sec
        row += 1

    def put_value(rw, col, f, end_col=None):
        v = cell_value(f)
        c = ws.cell(row=rw, column=col, value=v if v != "" else None)
        c.fill = fill_in
        c.border = BOX
        if f.get("num") is not None:
            c.number_format = numfmt
            c.alignment = Alignment(horizontal="right")
        if f.get("multiline"):
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[rw].height = 60
        if end_col and end_col > col:
            ws.merge_cells(start_row=rw, start_column=col, end_row=rw, end_column=end_col)

    def budget(it, sheet, start_row):
        rr = start_row
        sheet.cell(row=rr, column=1, value=it["head"][0]).font = Font(bold=True)
        sheet.cell(row=rr, column=2 if sheet is not ws else 5, value=it["head"][1]).font = Font(bold=True)
        acol = 2 if sheet is not ws else 5
        rr += 1
        for desc, a, n in it["rows"]:
            sheet.cell(row=rr, column=1, value=desc)
            c = sheet.cell(row=rr, column=acol, value=float(n))
            c.number_format = numfmt
            rr += 1
        c = sheet.cell(row=rr, column=1, value=it["total"][0])
        c.font = Font(bold=True)
        c = sheet.cell(row=rr, column=acol, value=float(it["total"][2]))
        c.number_format = numfmt
        c.font = Font(bold=True)
        c.border = Border(top=Side(style="double"))
        rr += 2
        for lab, a, n in it["fin"]:
            sheet.cell(row=rr, column=1, value=lab)
            c = sheet.cell(row=rr, column=acol, value=float(n))
            c.number_format = numfmt
            rr += 1
        return rr

    for s in doc["sections"]:
        sec_title(s["title"])
        items = s["items"]
        if layout == "sheet_cols":
            for it in flat(items):
                if it["t"] == "field":
                    ws.cell(row=row, column=1, value=it["label"])
                    put_value(row, 3, it, 6)
                    row += 1
                elif it["t"] == "checks":
                    ws.cell(row=row, column=1, value=it["label"])
                    ws.cell(row=row, column=3, value=checks_text(it))
                    row += 1
                elif it["t"] == "budget":
                    if budget_sheet is not None:
                        budget_sheet.cell(row=1, column=1, value=doc["title"]).font = Font(bold=True, size=12)
                        budget(it, budget_sheet, 3)
                        ws.cell(row=row, column=1, value=("zie tabblad '%s'" if lang == "nl" else "voir onglet '%s'")
                                % budget_sheet.title).font = Font(italic=True)
                        row += 1
                    else:
                        row = budget(it, ws, row)
                elif it["t"] == "text":
                    ws.cell(row=row, column=1, value=it["text"]).font = Font(italic=True, size=8)
                    row += 1
        else:
            # labels on one row, answers on the row below (up to 3 per line)
            pending = []

            def flush():
                nonlocal row
                if not pending:
                    return
                col = 1
                for f in pending:
                    span = 6 // len(pending)
                    c = ws.cell(row=row, column=col, value=f["label"].rstrip(": "))
                    c.font = Font(size=8, color="595959")
                    if span > 1:
                        ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)
                    if f["t"] == "checks":
                        ws.cell(row=row + 1, column=col, value=checks_text(f))
                    else:
                        put_value(row + 1, col, f, col + span - 1)
                    col += span
                row += 2
                pending.clear()

            for it in items:
                if it["t"] == "row":
                    flush()
                    pending.extend(it["fields"])
                    flush()
                elif it["t"] in ("field", "checks"):
                    if it.get("multiline") or len(str(it.get("value") or "")) > 30 or it["t"] == "checks":
                        flush()
                        pending.append(it)
                        flush()
                    else:
                        pending.append(it)
                        if len(pending) == 2:
                            flush()
                elif it["t"] == "budget":
                    flush()
                    row = budget(it, ws, row)
                elif it["t"] == "text":
                    flush()
                    ws.cell(row=row, column=1, value=it["text"]).font = Font(italic=True, size=8)
                    row += 1
            flush()
        row += 1
    if doc["coord_box"]:
        if layout == "sheet_rows":
            info = wb.create_sheet("Consignes" if lang == "fr" else "Info")
            for i, ln in enumerate(doc["coord_box"]["text"].split("\n")):
                info.cell(row=i + 1, column=1, value=ln)
        else:
            for ln in doc["coord_box"]["text"].split("\n"):
                ws.cell(row=row, column=1, value=ln).font = Font(size=8, color="7F7F7F")
                row += 1
    ws.column_dimensions["A"].width = rng.choice([34, 38, 42]) if layout == "sheet_cols" else 22
    ws.column_dimensions["B"].width = 4 if layout == "sheet_cols" else 22
    for col in "CDEF":
        ws.column_dimensions[col].width = rng.choice([14, 16, 18])
    if budget_sheet is not None:
        budget_sheet.column_dimensions["A"].width = 48
        budget_sheet.column_dimensions["B"].width = 16
    wb.save(path)


# ====================================================================== ODS
def render_ods(doc, r, rng, path):
    o = OpenDocumentSpreadsheet()
    lang = doc["lang"]
    layout = r["layout"]
    o.meta.addElement(meta.Generator(text=rng.choice(["LibreOffice/6.1.5.2$Windows_X86_64",
                                                      "LibreOffice/6.2.4.2$Linux_X86_64"])))
    st = {}

    def cstyle(name, bold=False, bg=None, size=None, italic=False, color=None, border=False, wrap=False):
        s = Style(name=name, family="table-cell")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = size
        if color:
            tp["color"] = color
        if tp:
            s.addElement(TextProperties(**tp))
        cp = {}
        if bg:
            cp["backgroundcolor"] = bg
        if border:
            cp["border"] = "0.06pt solid #808080"
        if wrap:
            cp["wrapoption"] = "wrap"
        if cp:
            s.addElement(TableCellProperties(**cp))
        o.automaticstyles.addElement(s)
        st[name] = s

    accent = rng.choice(["#1f4e79", "#375623", "#833c0b"])
    cstyle("title", bold=True, size="14pt", color=accent)
    cstyle("sec", bold=True, bg=rng.choice(["#dde8cb", "#dee6ef", "#ffe994"]))
    cstyle("lab", size="9pt", color="#333333")
    cstyle("val", border=True, bg=rng.choice(["#ffffff", "#fffbe6"]))
    cstyle("valw", border=True, wrap=True)
    cstyle("note", italic=True, size="8pt")
    cstyle("b", bold=True)
    colA = Style(name="coA", family="table-column")
    colA.addElement(TableColumnProperties(columnwidth=rng.choice(["5.5cm", "6.2cm"])))
    colB = Style(name="coB", family="table-column")
    colB.addElement(TableColumnProperties(columnwidth="3.4cm"))
    o.automaticstyles.addElement(colA)
    o.automaticstyles.addElement(colB)

    t = Table(name=rng.choice(["Feuille1", "Candidature"] if lang == "fr" else ["Blad1", "Aanvraag"]))
    t.addElement(TableColumn(stylename=colA))
    t.addElement(TableColumn(stylename=colB, numbercolumnsrepeated=5))
    o.spreadsheet.addElement(t)

    def text_cell(text, style=None, span=1):
        kw = {"valuetype": "string"}
        if style:
            kw["stylename"] = st[style]
        if span > 1:
            kw["numbercolumnsspanned"] = span
        c = TableCell(**kw)
        for i, ln in enumerate((text or "").split("\n")):
            c.addElement(P(text=ln))
        return c

    def num_cell(value, disp, style="val", currency=True):
        kw = dict(valuetype="currency" if currency else "float", value=str(value), stylename=st[style])
        if currency:
            kw["currency"] = "EUR"
        c = TableCell(**kw)
        c.addElement(P(text=disp))
        return c

    def value_cell(f, span=1):
        v = cell_value(f)
        if f.get("num") is not None:
            c = num_cell(Decimal(str(f["num"])), f["value"])
        elif isinstance(v, int):
            c = TableCell(valuetype="float", value=str(v), stylename=st["val"])
            c.addElement(P(text=str(v)))
        else:
            return text_cell(v, "valw" if f.get("multiline") else "val", span)
        if span > 1:
            c.setAttribute("numbercolumnsspanned", span)
        return c

    def add_row(cells):
        tr = TableRow()
        used = 0
        for c in cells:
            tr.addElement(c)
            span = int(c.getAttribute("numbercolumnsspanned") or 1)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
            used += span
        t.addElement(tr)

    def budget(it):
        add_row([text_cell(it["head"][0], "b"), TableCell(), TableCell(), text_cell(it["head"][1], "b")])
        for desc, a, n in it["rows"]:
            add_row([text_cell(desc), TableCell(), TableCell(), num_cell(n, a, "val")])
        add_row([text_cell(it["total"][0], "b"), TableCell(), TableCell(), num_cell(it["total"][2], it["total"][1], "b")])
        for lab, a, n in it["fin"]:
            add_row([text_cell(lab), TableCell(), TableCell(), num_cell(n, a, "val")])

    if doc["org_header"]:
        add_row([text_cell(doc["org_header"], "note")])
    add_row([text_cell(doc["title"], "title")])
    if doc["subtitle"]:
        add_row([text_cell(doc["subtitle"], "note")])
    for tx in doc["intro"]:
        add_row([text_cell(tx, "note")])
    if doc["coord_box"]:
        for ln in doc["coord_box"]["text"].split("\n"):
            add_row([text_cell(ln, "note")])
    add_row([TableCell()])
    for s in doc["sections"]:
        add_row([text_cell(s["title"], "sec", 6)])
        if layout == "sheet_cols":
            for it in flat(s["items"]):
                if it["t"] == "field":
                    add_row([text_cell(it["label"], "lab"), value_cell(it, 5)])
                elif it["t"] == "checks":
                    add_row([text_cell(it["label"], "lab"), text_cell(checks_text(it), None, 5)])
                elif it["t"] == "budget":
                    budget(it)
                elif it["t"] == "text":
                    add_row([text_cell(it["text"], "note")])
        else:
            for it in s["items"]:
                if it["t"] in ("field", "row", "checks"):
                    fields = it["fields"] if it["t"] == "row" else [it]
                    span = 6 // len(fields)
                    add_row([text_cell(f["label"].rstrip(": "), "lab", span) for f in fields])
                    add_row([value_cell(f, span) if f["t"] == "field" else text_cell(checks_text(f), None, span)
                             for f in fields])
                elif it["t"] == "budget":
                    budget(it)
                elif it["t"] == "text":
                    add_row([text_cell(it["text"], "note")])
        add_row([TableCell()])
    o.save(path)
