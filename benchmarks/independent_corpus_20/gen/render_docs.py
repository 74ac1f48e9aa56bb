# -*- coding: utf-8 -*-
"""Document renderers: DOCX, ODT, text PDF (reportlab), hand-written RTF, AcroForm PDF, XLSX."""
import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

FIXED_ZIP_TIME = (2019, 5, 20, 12, 0, 0)


def normalize_zip(data, when=FIXED_ZIP_TIME, fix_modified=None):
    """Rewrite a zip container with fixed timestamps so builds are byte-reproducible.
    Keeps member order and compression (ODF 'mimetype' stays first and stored)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=when)
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            blob = zin.read(info.filename)
            if fix_modified and info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it to the mail's time
                import re
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + fix_modified.encode() + rb"\g<2>", blob)
            zout.writestr(ni, blob)
    return out.getvalue()


# ------------------------------------------------------------------ DOCX letter / form
def docx_letter(rec):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    if rec.get("header"):
        hp = sec.header.paragraphs[0]
        for i, ln in enumerate(rec["header"]):
            if i:
                hp = sec.header.add_paragraph()
            r = hp.add_run(ln)
            r.bold = i == 0
            r.font.size = Pt(12 if i == 0 else 8)
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, *rest in rec["doc"]:
        if kind == "head":
            for i, ln in enumerate(rest[0]):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(ln)
                r.bold = i == 0
                r.font.size = Pt(16 if i == 0 else 9)
            doc.add_paragraph()
        elif kind == "addr":
            p = doc.add_paragraph()
            for i, ln in enumerate(rest[0]):
                if i:
                    p.add_run().add_break()
                p.add_run(ln)
        elif kind == "right":
            p = doc.add_paragraph(rest[0])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "b":
            p = doc.add_paragraph()
            p.add_run(rest[0]).bold = True
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "table":
            rows, opts = rest
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for i, (a, b) in enumerate(rows):
                cells = t.add_row().cells
                ra = cells[0].paragraphs[0].add_run(a)
                rb = cells[1].paragraphs[0].add_run(b)
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if i in opts.get("bold", []):
                    ra.bold = rb.bold = True
            doc.add_paragraph()
        elif kind == "sig":
            doc.add_paragraph()
            p = doc.add_paragraph()
            for i, ln in enumerate(rest[0]):
                if i:
                    p.add_run().add_break()
                p.add_run(ln)
    _core(doc, rec)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def _core(doc, rec):
    cp = doc.core_properties
    cp.author = rec["from_"][0]
    cp.last_modified_by = rec["from_"][0]
    y, m, d, hh, mi = rec["date"]
    cp.created = dt.datetime(y, m, d, max(0, hh - 2), mi)
    cp.modified = dt.datetime(y, m, d, max(0, hh - 1), mi)
    cp.revision = 3
    cp.title = ""


def docx_form(rec):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    form = rec["form"]
    h = doc.add_paragraph()
    r = h.add_run(form["title"])
    r.bold = True
    r.font.size = Pt(15)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, answer in form["items"]:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(5.5), Cm(11)
        cells[0].paragraphs[0].add_run(label).bold = True
        tcPr = cells[0]._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "E7E6E6")
        tcPr.append(shd)
        cells[1].paragraphs[0].add_run(str(answer))
    _core(doc, rec)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ ODT letter / form
def _odt_doc(rec):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf import meta, dc
    doc = OpenDocumentText()
    S = {}

    def pstyle(name, **kw):
        s = Style(name=name, family="paragraph")
        tp = {k: v for k, v in kw.items() if k in ("fontweight", "fontsize", "fontname")}
        pp = {k: v for k, v in kw.items() if k in ("textalign", "marginbottom", "margintop")}
        if tp:
            s.addElement(TextProperties(**tp))
        if pp:
            s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s)
        S[name] = s
        return s

    pstyle("Body", fontsize="11pt", marginbottom="0.25cm")
    pstyle("Line", fontsize="11pt", marginbottom="0cm")
    pstyle("Bold", fontsize="11pt", fontweight="bold", marginbottom="0.25cm")
    pstyle("Right", fontsize="11pt", textalign="right", marginbottom="0.4cm")
    pstyle("Head1", fontsize="16pt", fontweight="bold", textalign="center", marginbottom="0cm")
    pstyle("Head2", fontsize="9pt", textalign="center", marginbottom="0cm")
    pstyle("Title", fontsize="14pt", fontweight="bold", marginbottom="0.4cm")
    c1 = Style(name="ColA", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="5.5cm"))
    c2 = Style(name="ColB", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="11cm"))
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    for s in (c1, c2, cell):
        doc.automaticstyles.addElement(s)
    S["ColA"], S["ColB"], S["Cell"] = c1, c2, cell
    y, m, d, hh, mi = rec["date"]
    doc.meta.addElement(meta.CreationDate(text="%04d-%02d-%02dT%02d:%02d:00" % (y, m, d, max(0, hh - 2), mi)))
    doc.meta.addElement(dc.Date(text="%04d-%02d-%02dT%02d:%02d:00" % (y, m, d, max(0, hh - 1), mi)))
    doc.meta.addElement(meta.InitialCreator(text=rec["from_"][0]))
    return doc, S


def _odt_bytes(doc):
    buf = io.BytesIO()
    doc.write(buf)
    return normalize_zip(buf.getvalue())


def odt_letter(rec):
    from odf.text import P, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc, S = _odt_doc(rec)
    body = doc.text
    for kind, *rest in rec["doc"]:
        if kind == "head":
            for i, ln in enumerate(rest[0]):
                body.addElement(P(stylename=S["Head1" if i == 0 else "Head2"], text=ln))
            body.addElement(P(stylename=S["Body"], text=""))
        elif kind in ("addr", "sig"):
            p = P(stylename=S["Body"])
            for i, ln in enumerate(rest[0]):
                if i:
                    p.addElement(LineBreak())
                p.addText(ln)
            body.addElement(p)
        elif kind == "right":
            body.addElement(P(stylename=S["Right"], text=rest[0]))
        elif kind == "b":
            body.addElement(P(stylename=S["Bold"], text=rest[0]))
        elif kind == "p":
            body.addElement(P(stylename=S["Body"], text=rest[0]))
    return _odt_bytes(doc)


def odt_form(rec):
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc, S = _odt_doc(rec)
    form = rec["form"]
    doc.text.addElement(P(stylename=S["Title"], text=form["title"]))
    t = Table(name="Fiche")
    t.addElement(TableColumn(stylename=S["ColA"]))
    t.addElement(TableColumn(stylename=S["ColB"]))
    for label, answer in form["items"]:
        tr = TableRow()
        for txt, st in ((label, "Bold"), (str(answer), "Line")):
            tc = TableCell(stylename=S["Cell"], valuetype="string")
            tc.addElement(P(stylename=S[st], text=txt))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    return _odt_bytes(doc)


# ------------------------------------------------------------------ text PDF letter (reportlab)
def pdf_letter(rec):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_RIGHT, TA_CENTER
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    serif = rec["lang"] == "fr"
    base_font = "Times-Roman" if serif else "Helvetica"
    bold_font = "Times-Bold" if serif else "Helvetica-Bold"
    body = ParagraphStyle("b", fontName=base_font, fontSize=11, leading=14.5, spaceAfter=7)
    line = ParagraphStyle("l", parent=body, spaceAfter=0)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, spaceAfter=12)
    bold = ParagraphStyle("bo", parent=body, fontName=bold_font)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold_font, fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=2)
    h2 = ParagraphStyle("h2", parent=body, fontSize=9, leading=11, alignment=TA_CENTER, spaceAfter=0)
    story = []
    for kind, *rest in rec["doc"]:
        if kind == "head":
            for i, ln in enumerate(rest[0]):
                story.append(Paragraph(escape(ln), h1 if i == 0 else h2))
            story.append(Spacer(1, 0.8 * cm))
        elif kind in ("addr", "sig"):
            if kind == "sig":
                story.append(Spacer(1, 1.0 * cm))
            for ln in rest[0]:
                story.append(Paragraph(escape(ln), line))
            story.append(Spacer(1, 0.4 * cm))
        elif kind == "right":
            story.append(Paragraph(escape(rest[0]), right))
        elif kind == "b":
            story.append(Paragraph(escape(rest[0]), bold))
        elif kind == "p":
            story.append(Paragraph(escape(rest[0]), body))
        elif kind == "table":
            rows, opts = rest
            t = Table(rows, colWidths=[10 * cm, 3.5 * cm])
            ts = [("FONT", (0, 0), (-1, -1), base_font, 10.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                  ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
            for i in opts.get("bold", []):
                ts.append(("FONT", (0, i), (-1, i), bold_font, 10.5))
            t.setStyle(TableStyle(ts))
            t.hAlign = "LEFT"
            story += [t, Spacer(1, 0.4 * cm)]
    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, invariant=1, title="", author=rec["from_"][0],
                          creator="Microsoft® Word 2016" if rec["lang"] == "nl" else "Writer")
    d.build(story)
    return buf.getvalue()


# ------------------------------------------------------------------ RTF written by hand
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)           # e.g. é -> \'e9
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))   # e.g. € -> \u8364?
    return "".join(out)


def rtf_letter(rec):
    y, m, d, hh, mi = rec["date"]
    L = [r"{\rtf1\ansi\ansicpg1252\deff0\uc1",
         r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}",
         r"{\info{\author " + rtf_escape(rec["from_"][0]) + r"}{\creatim\yr%d\mo%d\dy%d\hr%d\min%d}}" % (y, m, d, max(0, hh - 2), mi),
         r"\paperw11906\paperh16838\margl1417\margr1417\margt1134\margb1134",
         r"\viewkind4\f0\fs24"]
    for kind, *rest in rec["doc"]:
        if kind == "head":
            for i, ln in enumerate(rest[0]):
                if i == 0:
                    L.append(r"\pard\qc\sa0\f1\b\fs32 " + rtf_escape(ln) + r"\b0\fs24\par")
                else:
                    L.append(r"\pard\qc\sa0\f1\fs18 " + rtf_escape(ln) + r"\fs24\f0\par")
            L.append(r"\pard\sa200\par")
        elif kind == "right":
            L.append(r"\pard\qr\sa240 " + rtf_escape(rest[0]) + r"\par")
        elif kind == "b":
            L.append(r"\pard\sa200\b " + rtf_escape(rest[0]) + r"\b0\par")
        elif kind == "p":
            L.append(r"\pard\sa160 " + rtf_escape(rest[0]) + r"\par")
        elif kind in ("addr", "sig"):
            if kind == "sig":
                L.append(r"\pard\sa0\par\par")
            L.append(r"\pard\sa0 " + r"\line ".join(rtf_escape(x) for x in rest[0]) + r"\par")
        elif kind == "table":
            rows, opts = rest
            for i, (a, b) in enumerate(rows):
                bo = i in opts.get("bold", [])
                L.append(r"\pard\sa0\tx4500\tqr\tx7200 " + (r"\b " if bo else "") + rtf_escape(a) + r"\tab "
                         + rtf_escape(b) + (r"\b0" if bo else "") + r"\par")
            L.append(r"\pard\sa160\par")
    L.append("}")
    return ("\r\n".join(L) + "\r\n").encode("ascii")


# ------------------------------------------------------------------ AcroForm PDF ("another tool")
def pdf_form(rec):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    form = rec["form"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setCreator("FormBuilder 3.2")
    W, H = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 60, form["title"])
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(50, H - 76, form["subtitle"])
    c.setFillColor(colors.black)
    y = H - 110
    for name, label, value, nlines in form["items"]:
        fh = 18 if nlines == 1 else 13 * nlines + 6
        if form["layout"] == "beside":
            c.setFont("Helvetica", 10)
            c.drawString(50, y - 13, label + " :")
            fx, fy, fw = 200, y - fh, 345
            y -= fh + 12
        else:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y - 10, label)
            fx, fy, fw = 50, y - 14 - fh, 495
            y -= fh + 26
        c.acroForm.textfield(name=name, value=value, x=fx, y=fy, width=fw, height=fh,
                             fontName="Helvetica", fontSize=10, borderWidth=1,
                             borderColor=colors.HexColor("#7f7f7f"), fillColor=colors.white,
                             textColor=colors.black, forceBorder=True,
                             fieldFlags="multiline" if nlines > 1 else "")
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(50, 40, "Terugsturen naar / à renvoyer à : coordinator@example.org – uiterlijk 16/06/2019")
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ XLSX form
def xlsx_form(rec):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill
    form = rec["form"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraag"
    ws["A1"] = form["title"]
    ws["A1"].font = Font(bold=True, size=14)
    r = 3
    fill = PatternFill("solid", fgColor="DDEBF7")
    for label, val in form["items"]:
        ws.cell(r, 1, label).font = Font(bold=True)
        ws.cell(r, 1).fill = fill
        c = ws.cell(r, 2, val)
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        r += 1
    r += 1
    ws.cell(r, 1, "Begroting").font = Font(bold=True, size=12)
    r += 1
    for label, val in form["budget"]:
        ws.cell(r, 1, label)
        c = ws.cell(r, 2, val)
        c.number_format = '#,##0.00 "€"'
        if label in ("Totaal", "Gevraagd bedrag"):
            ws.cell(r, 1).font = Font(bold=True)
            c.font = Font(bold=True)
        r += 1
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 60
    y, m, d, hh, mi = rec["date"]
    wb.properties.creator = rec["from_"][0]
    wb.properties.lastModifiedBy = rec["from_"][0]
    wb.properties.created = dt.datetime(y, m, d, max(0, hh - 4), mi)
    wb.properties.modified = dt.datetime(y, m, d, max(0, hh - 3), mi)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), fix_modified="%04d-%02d-%02dT%02d:%02d:00Z" % (y, m, d, max(0, hh - 3), mi))
