"""Spreadsheet questionnaires: xlsx (openpyxl) and ods (odfpy)."""
import io
import re
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

from common import rezip

EUR_FMT = '#,##0.00\\ "€"'
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fix_core(xml):
    xml = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2019-05-02T08:00:00Z\g<2>", xml)
    xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2019-06-01T08:00:00Z\g<2>", xml)
    return xml


def xlsx_bytes(wb, cached=None):
    """Save; optionally store cached values for formula cells
    (cached: {cell_ref: number}) so that readers see the computed total."""
    buf = io.BytesIO()
    wb.save(buf)
    fix = {"docProps/core.xml": fix_core}
    if cached:
        def put(xml):
            for ref, val in cached.items():
                xml, n = re.subn(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?' % ref,
                                 r"\g<1>\g<2><v>%s</v>" % val, xml)
                assert n == 1, ref
            return xml
        fix["xl/worksheets/sheet1.xml"] = put
    return rezip(buf.getvalue(), fix_xml=fix)


def new_wb(rec, title):
    wb = Workbook()
    wb.properties.creator = rec.get("doc", {}).get("author", "")
    wb.properties.lastModifiedBy = rec.get("doc", {}).get("author", "")
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2019, 5, 2, 8, 0, 0)
    return wb


def est_lines(text, width_chars):
    return sum(max(1, -(-len(l) // width_chars)) for l in str(text).split("\n"))


# ------------------------------------------------------------------ DXL: questions in A, answers in B
def render_DXL(rec, d):
    S = rec["sheet"]
    wb = new_wb(rec, S["title"])
    ws = wb.active
    ws.title = "Aanvraag"
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 58
    ws.column_dimensions["C"].width = 22
    ws["A1"] = S["title"]
    ws["A1"].font = Font(bold=True, size=14, color="1F3A5F")
    ws.merge_cells("A1:C1")
    ws["A2"] = S["note"]
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:C2")
    r = 4
    cached = {}
    for row in S["rows"]:
        kind = row[0]
        if kind == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 4):
                ws.cell(r, c).fill = PatternFill("solid", fgColor="1F3A5F")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            r += 1
        elif kind == "q":
            _, q, a, hint = row
            ws.cell(r, 1, q).font = Font(bold=True)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="E8EEF5")
            ws.cell(r, 2, a).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 1).border = ws.cell(r, 2).border = BOX
            if hint:
                ws.cell(r, 3, hint).font = Font(italic=True, color="808080", size=8)
            ws.row_dimensions[r].height = 15 * max(est_lines(a, 60), est_lines(q, 44))
            r += 1
        elif kind == "budget":
            ws.cell(r, 1, "Kostenpost").font = Font(bold=True)
            ws.cell(r, 2, "Bedrag (EUR)").font = Font(bold=True)
            r += 1
            first = r
            for lab, val in row[1]:
                ws.cell(r, 1, lab).border = BOX
                c = ws.cell(r, 2, val)
                c.number_format = EUR_FMT
                c.border = BOX
                r += 1
            ws.cell(r, 1, "Totaal projectkost").font = Font(bold=True)
            c = ws.cell(r, 2, "=SUM(B%d:B%d)" % (first, r - 1))
            c.number_format = EUR_FMT
            c.font = Font(bold=True)
            cached["B%d" % r] = sum(v for _, v in row[1])
            r += 1
        elif kind == "num":
            _, lab, val, hint = row
            ws.cell(r, 1, lab).font = Font(bold=True)
            c = ws.cell(r, 2, val)
            c.number_format = EUR_FMT
            c.border = BOX
            if hint:
                ws.cell(r, 3, hint).font = Font(italic=True, color="808080", size=8)
            r += 1
    r += 1
    ws.cell(r, 1, "Voorbehouden aan de provincie – dossiernummer:").font = Font(size=8, italic=True)
    ws.cell(r, 2, "WH-2019-").font = Font(size=8, italic=True)
    return xlsx_bytes(wb, cached)


# ------------------------------------------------------------------ TXL: merged question rows, answers underneath
def render_TXL(rec, d):
    S = rec["sheet"]
    wb = new_wb(rec, S["title"])
    ws = wb.active
    ws.title = "Questionnaire"
    for col, w in zip("ABCD", (38, 18, 18, 18)):
        ws.column_dimensions[col].width = w
    ws["A1"] = S["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:D1")
    ws["A2"] = S["note"]
    ws["A2"].font = Font(size=9, color="555555")
    ws.merge_cells("A2:D2")
    r = 4
    qfill = PatternFill("solid", fgColor="D9D9D9")
    for row in S["rows"]:
        kind = row[0]
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        for c in range(1, 5):
            ws.cell(r, c).fill = qfill
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        if kind == "q":
            ws.cell(r, 1, row[2]).alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            ws.row_dimensions[r].height = 15 * est_lines(row[2], 90)
            r += 2
        elif kind == "budget":
            for lab, val in row[2]:
                ws.cell(r, 1, lab)
                c = ws.cell(r, 4, val)
                c.number_format = EUR_FMT
                r += 1
            ws.cell(r, 1, row[3]).font = Font(bold=True)
            c = ws.cell(r, 4, sum(v for _, v in row[2]))
            c.number_format = EUR_FMT
            c.font = Font(bold=True)
            r += 2
        elif kind == "num":
            c = ws.cell(r, 1, row[2])
            c.number_format = EUR_FMT
            c.alignment = Alignment(horizontal="left")
            ws.cell(r, 2, "(plafond : 10 000 €)").font = Font(italic=True, size=8, color="808080")
            r += 2
    return xlsx_bytes(wb)


# ------------------------------------------------------------------ ODS helpers
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties
from odf.number import CurrencyStyle, Number as NNumber, Text as NText, CurrencySymbol
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P
from odf import meta, dc, teletype


def ods_doc(rec, title):
    doc = OpenDocumentSpreadsheet()
    doc.meta.addElement(meta.InitialCreator(text=rec.get("doc", {}).get("author", "")))
    doc.meta.addElement(dc.Creator(text=rec.get("doc", {}).get("author", "")))
    doc.meta.addElement(meta.CreationDate(text="2019-05-03T09:00:00"))
    doc.meta.addElement(dc.Date(text="2019-06-01T18:00:00"))
    doc.meta.addElement(dc.Title(text=title))
    cur = CurrencyStyle(name="NEUR")
    cur.addElement(NNumber(decimalplaces=2, minintegerdigits=1, grouping=True))
    cur.addElement(NText(text="\u00a0"))
    cur.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
    doc.automaticstyles.addElement(cur)
    st = {}

    def cs(name, cell=None, text=None, para=None, data=None):
        kw = {"name": name, "family": "table-cell"}
        if data:
            kw["datastylename"] = data
        s = Style(**kw)
        if cell:
            s.addElement(TableCellProperties(**cell))
        if text:
            s.addElement(TextProperties(**text))
        if para:
            s.addElement(ParagraphProperties(**para))
        doc.automaticstyles.addElement(s)
        st[name] = s
    cs("title", text={"fontsize": "13pt", "fontweight": "bold"})
    cs("note", text={"fontsize": "9pt", "fontstyle": "italic"})
    cs("q", cell={"backgroundcolor": "#dbe5f1", "wrapoption": "wrap", "border": "0.5pt solid #999999"},
       text={"fontweight": "bold"})
    cs("a", cell={"wrapoption": "wrap", "verticalalign": "top", "border": "0.5pt solid #999999"})
    cs("hint", text={"fontsize": "8pt", "fontstyle": "italic", "color": "#808080"})
    cs("eur", cell={"border": "0.5pt solid #999999"}, data="NEUR")
    cs("eurb", cell={"border": "0.5pt solid #999999"}, text={"fontweight": "bold"}, data="NEUR")
    cs("sec", cell={"backgroundcolor": "#2e4a2e"}, text={"fontweight": "bold", "color": "#ffffff"})
    return doc, st


def eur_text(v):
    s = "{:,.2f}".format(v).replace(",", " ").replace(".", ",")
    return s + "\u00a0€"


def scell(text, style=None, span=1):
    kw = {"valuetype": "string"}
    if style is not None:
        kw["stylename"] = style
    if span > 1:
        kw["numbercolumnsspanned"] = span
    c = TableCell(**kw)
    for line in str(text).split("\n"):
        p = P()
        teletype.addTextToElement(p, line)
        c.addElement(p)
    return c


def ncell(value, style, formula=None):
    kw = {"valuetype": "currency", "currency": "EUR", "value": value, "stylename": style}
    if formula:
        kw["formula"] = formula
    c = TableCell(**kw)
    c.addElement(P(text=eur_text(value)))
    return c


def row_of(*cells):
    tr = TableRow()
    for c in cells:
        tr.addElement(c)
    return tr


def ods_finish(doc):
    from odt_render import canon_ns
    buf = io.BytesIO()
    doc.write(buf)
    fx = {n: canon_ns for n in ("content.xml", "styles.xml", "meta.xml", "settings.xml")}
    return rezip(buf.getvalue(), stored_first="mimetype", fix_xml=fx)


def colstyle(doc, name, width):
    s = Style(name=name, family="table-column")
    s.addElement(TableColumnProperties(columnwidth=width))
    doc.automaticstyles.addElement(s)
    return s


# ------------------------------------------------------------------ DOS: merged question rows, answer underneath
def render_DOS(rec, d):
    S = rec["sheet"]
    doc, st = ods_doc(rec, S["title"])
    t = Table(name="Questionnaire")
    t.addElement(TableColumn(stylename=colstyle(doc, "co1", "6.5cm")))
    t.addElement(TableColumn(numbercolumnsrepeated=3, stylename=colstyle(doc, "co2", "3.5cm")))
    cov = lambda n: [CoveredTableCell() for _ in range(n)]
    t.addElement(row_of(scell(S["title"], st["title"], 4), *cov(3)))
    t.addElement(row_of(scell(S["note"], st["note"], 4), *cov(3)))
    t.addElement(TableRow())
    for row in S["rows"]:
        kind = row[0]
        t.addElement(row_of(scell(row[1], st["q"], 4), *cov(3)))
        if kind == "q":
            t.addElement(row_of(scell(row[2], st["a"], 4), *cov(3)))
        elif kind == "budget":
            for lab, val in row[2]:
                t.addElement(row_of(scell(lab, st["a"], 3), *cov(2), ncell(val, st["eur"])))
            t.addElement(row_of(scell(row[3], st["q"], 3), *cov(2), ncell(sum(v for _, v in row[2]), st["eurb"])))
        elif kind == "num":
            t.addElement(row_of(ncell(row[2], st["eur"]), scell("(max. 10 000 €)", st["hint"])))
        t.addElement(TableRow())
    t.addElement(row_of(scell("Cadre réservé à l'administration : n° ……… – reçu le ……/……/2019", st["hint"], 4), *cov(3)))
    doc.spreadsheet.addElement(t)
    return ods_finish(doc)


# ------------------------------------------------------------------ TOS: questions in A, hints in B, answers in C
def render_TOS(rec, d):
    S = rec["sheet"]
    doc, st = ods_doc(rec, S["title"])
    t = Table(name="Aanvraag")
    t.addElement(TableColumn(stylename=colstyle(doc, "co1", "6cm")))
    t.addElement(TableColumn(stylename=colstyle(doc, "co2", "3.8cm")))
    t.addElement(TableColumn(stylename=colstyle(doc, "co3", "9cm")))
    cov = lambda n: [CoveredTableCell() for _ in range(n)]
    t.addElement(row_of(scell(S["title"], st["title"], 3), *cov(2)))
    t.addElement(row_of(scell(S["note"], st["note"], 3), *cov(2)))
    t.addElement(TableRow())
    rowno = 3
    for row in S["rows"]:
        kind = row[0]
        if kind == "sec":
            t.addElement(row_of(scell(row[1], st["sec"], 3), *cov(2)))
            rowno += 1
        elif kind == "q":
            _, q, a, hint = row
            t.addElement(row_of(scell(q, st["q"]), scell(hint or "", st["hint"]), scell(a, st["a"])))
            rowno += 1
        elif kind == "budget":
            t.addElement(row_of(scell("Kostenpost", st["q"]), scell("", st["hint"]), scell("Bedrag", st["q"])))
            rowno += 1
            first = rowno + 1
            for lab, val in row[1]:
                t.addElement(row_of(scell(lab, st["a"]), scell("", st["hint"]), ncell(val, st["eur"])))
                rowno += 1
            total = sum(v for _, v in row[1])
            t.addElement(row_of(scell("Totale kostprijs", st["q"]), scell("som", st["hint"]),
                                ncell(total, st["eurb"], "of:=SUM([.C%d:.C%d])" % (first, rowno))))
            rowno += 1
        elif kind == "num":
            _, lab, val, hint = row
            t.addElement(row_of(scell(lab, st["q"]), scell(hint or "", st["hint"]), ncell(val, st["eur"])))
            rowno += 1
    doc.spreadsheet.addElement(t)
    return ods_finish(doc)


RENDER = {"DXL": render_DXL, "TXL": render_TXL, "DOS": render_DOS, "TOS": render_TOS}
