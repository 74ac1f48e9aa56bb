"""Word and PDF attachments: forms and letters."""
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from xml.sax.saxutils import escape

from common import repack_zip
from sheets import LABELS


def _docx_props(doc, author, created, modified=None):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = modified or created
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def docx_form(app, opt):
    """An application form typed into a Word table."""
    L = LABELS[app["lang"]]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = opt.get("font", "Calibri")
    st.font.size = Pt(11)
    h = doc.add_paragraph()
    run = h.add_run(opt.get("title", L["title"]))
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph(L["sub"])
    p.runs[0].italic = True
    doc.add_paragraph("")
    doc.add_paragraph(opt.get("part1", "1. " + ("Gegevens aanvrager" if app["lang"] == "nl" else "Coordonnées du porteur de projet"))).runs[0].bold = True
    rows = [("org", app.get("org_form", app.get("org"))), ("legal", app.get("legal")),
            ("contact", app["contact"]), ("role", app.get("role")),
            ("address", app["address"]), ("pc", app["postcode_disp"] + (" " + app["muni_disp"] if opt.get("pc_with_muni") else "")),
            ("muni", None if opt.get("pc_with_muni") else app["muni_disp"]),
            ("country", app.get("country_disp")), ("tel", app["phone_disp"]), ("email", app["email_form"])]
    if opt.get("pc_with_muni"):
        rows = [(k, v) for k, v in rows if k != "muni"]
        rows = [(("pcmuni" if k == "pc" else k), v) for k, v in rows]
    rows = [(k, v) for k, v in rows if v]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        lab = L.get(k) or (f"{L['pc']} + {L['muni'].lower()}" if k == "pcmuni" else k)
        cells = t.add_row().cells
        cells[0].text = lab
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(opt.get("part2", "2. " + ("Het project" if app["lang"] == "nl" else "Le projet"))).runs[0].bold = True
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for k in ("ptitle", "desc", "who", "timing"):
        v = app.get({"ptitle": "title"}.get(k, k))
        if not v:
            continue
        cells = t2.add_row().cells
        cells[0].text = L[k]
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(opt.get("part3", "3. " + ("Begroting" if app["lang"] == "nl" else "Budget prévisionnel"))).runs[0].bold = True
    t3 = doc.add_table(rows=1, cols=2)
    t3.style = "Table Grid"
    t3.rows[0].cells[0].text = L["cost"]
    t3.rows[0].cells[1].text = L["amount"]
    for c in t3.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    fm = opt["fmt"]
    for item in app["lines"]:
        cells = t3.add_row().cells
        cells[0].text = item[0]
        cells[1].text = fm(item[1])
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for lab, val, bold in ((L["total"], app["total"], True), (opt.get("own_label", L["own"]), app.get("own"), False),
                           (opt.get("req_label", L["req"]), app["requested"], True)):
        if val is None:
            continue
        cells = t3.add_row().cells
        cells[0].text = lab
        cells[1].text = fm(val)
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if bold:
            for c in cells:
                c.paragraphs[0].runs[0].bold = True
    doc.add_paragraph("")
    for line in opt.get("closing", []):
        doc.add_paragraph(line)
    _docx_props(doc, opt.get("author", app["contact"]), opt.get("created", dt.datetime(2019, 6, 4, 19, 30)))
    buf = io.BytesIO()
    doc.save(buf)
    return repack_zip(buf.getvalue())


def docx_letter(paragraphs, author, created, font="Calibri", size=11):
    """paragraphs: list of (text, kind) with kind in {'p','b','right','sig','blank'}."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for sec in doc.sections:
        sec.left_margin = Cm(2.5)
        sec.right_margin = Cm(2.5)
    for text, kind in paragraphs:
        if kind == "blank":
            doc.add_paragraph("")
            continue
        p = doc.add_paragraph()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            if kind == "b":
                r.bold = True
            if i < len(lines) - 1:
                r.add_break()
        if kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if kind == "p":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _docx_props(doc, author, created)
    buf = io.BytesIO()
    doc.save(buf)
    return repack_zip(buf.getvalue())


# ---------------------------------------------------------------- PDF

def pdf_letter(paragraphs, author, title, font="Times-Roman", bold="Times-Bold", size=11, letterhead=None):
    """Platypus letter. paragraphs like docx_letter; letterhead: (name, lines)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            author=author, title=title, creator="Microsoft® Word 2016", producer="Microsoft® Word 2016")
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.6)
    just = ParagraphStyle("j", parent=base, alignment=4)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    strong = ParagraphStyle("s", parent=base, fontName=bold)
    story = []
    if letterhead:
        name, lines = letterhead
        story.append(Paragraph(escape(name), ParagraphStyle("lh", parent=base, fontName=bold, fontSize=size + 4, leading=size + 8, textColor=colors.HexColor("#2d5f2e"))))
        story.append(Paragraph("<br/>".join(escape(x) for x in lines), ParagraphStyle("lh2", parent=base, fontSize=size - 2, leading=size)))
        story.append(Spacer(1, 8 * mm))
    for text, kind in paragraphs:
        if kind == "blank":
            story.append(Spacer(1, size))
            continue
        html = "<br/>".join(escape(x) for x in text.split("\n"))
        sty = {"p": just, "b": strong, "right": right, "sig": base}.get(kind, base)
        story.append(Paragraph(html, sty))
    doc.build(story)
    return buf.getvalue()


def pdf_form(app, opt):
    """A one/two page form. opt['acro']=True: the values sit in fillable fields
    (as filled in with a PDF reader); otherwise the values are typed text."""
    L = LABELS[app["lang"]]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor(opt.get("author", app["contact"]))
    c.setTitle(opt.get("title", L["title"]))
    c.setCreator(opt.get("creator", "Adobe Acrobat Reader DC 19.12.20034"))
    W, H = A4
    x0 = 20 * mm
    y = H - 22 * mm
    c.setFillColor(colors.HexColor(opt.get("color", "#1f4e79")))
    c.rect(0, H - 14 * mm, W, 14 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, H - 9.5 * mm, "Partons 2.0  |  Interreg V France-Wallonie-Vlaanderen")
    c.setFillColor(colors.black)
    y -= 6 * mm
    c.setFont("Helvetica-Bold", 16)
    c.drawString(x0, y, opt.get("title", L["title"]))
    y -= 6 * mm
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(x0, y, L["sub"])
    y -= 10 * mm
    fm = opt["fmt"]
    acro = opt.get("acro", False)
    fieldno = [0]

    def field(label, value, h=7 * mm, multiline=False, lw=55 * mm):
        nonlocal y
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y - 4.8 * mm, label)
        fx, fw = x0 + lw, W - 2 * x0 - lw
        if acro:
            fieldno[0] += 1
            if multiline and value:
                # Acrobat wraps long text in a multi-line field; reportlab only draws
                # the lines it is given, so break the text at the field width
                value = "\n".join(wrap(value, fw - 5 * mm, "Helvetica", 9))
            c.acroForm.textfield(name=f"f{fieldno[0]:02d}_{label[:18]}", tooltip=label, value=value or "",
                                 x=fx, y=y - h, width=fw, height=h, fontName="Helvetica", fontSize=9,
                                 borderColor=colors.HexColor("#888888"), fillColor=colors.HexColor("#eef3fb"),
                                 borderWidth=0.6, fieldFlags="multiline" if multiline else "",
                                 forceBorder=True)
        else:
            c.setStrokeColor(colors.HexColor("#888888"))
            c.rect(fx, y - h, fw, h, stroke=1, fill=0)
            c.setFont(opt.get("typed_font", "Helvetica"), 9.5)
            if value:
                lines = wrap(value, fw - 4 * mm, opt.get("typed_font", "Helvetica"), 9.5) if multiline else [value]
                yy = y - 4.8 * mm
                for ln in lines:
                    c.drawString(fx + 2 * mm, yy, ln)
                    yy -= 4.2 * mm
        y -= h + 2.2 * mm

    from reportlab.pdfbase.pdfmetrics import stringWidth

    def wrap(text, width, font, size):
        out = []
        for para in text.split("\n"):
            words, line = para.split(" "), ""
            for w in words:
                t = (line + " " + w).strip()
                if stringWidth(t, font, size) > width and line:
                    out.append(line)
                    line = w
                else:
                    line = t
            out.append(line)
        return out

    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, y, "1. " + ("Aanvrager" if app["lang"] == "nl" else "Porteur de projet"))
    y -= 3 * mm
    for k, v in [("org", app.get("org_form", app.get("org"))), ("legal", app.get("legal")), ("contact", app["contact"]),
                 ("role", app.get("role")), ("address", app["address"]), ("pc", app["postcode_disp"]),
                 ("muni", app["muni_disp"]), ("tel", app["phone_disp"]), ("email", app["email_form"])]:
        field(L[k], v)
    y -= 3 * mm
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, y, "2. " + ("Projectidee" if app["lang"] == "nl" else "Idée de projet"))
    y -= 3 * mm
    field(L["ptitle"], app["title"])
    field(L["desc"], app["desc"], h=34 * mm, multiline=True)
    if app.get("who"):
        field(L["who"], app["who"], h=16 * mm, multiline=True)
    c.showPage()
    y = H - 22 * mm
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, y, "3. " + ("Begroting" if app["lang"] == "nl" else "Budget prévisionnel"))
    y -= 3 * mm
    for i, item in enumerate(app["lines"]):
        if acro:
            field(f"{i+1}. " + item[0][:48], fm(item[1]), lw=110 * mm)
        else:
            field(item[0], fm(item[1]), lw=110 * mm)
    y -= 2 * mm
    field(L["total"], fm(app["total"]), lw=110 * mm)
    if app.get("own") is not None:
        field(opt.get("own_label", L["own"]), fm(app["own"]), lw=110 * mm)
    field(L["req"], fm(app["requested"]), lw=110 * mm)
    y -= 6 * mm
    field(L["date"], opt.get("date", ""), lw=30 * mm)
    if opt.get("signed"):
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(x0, y - 3 * mm, opt["signed"])
    c.showPage()
    c.save()
    return buf.getvalue()
