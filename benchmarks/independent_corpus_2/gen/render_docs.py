# -*- coding: utf-8 -*-
"""Attachment renderers: PDF forms, PDF letters, DOCX, ODT, RTF."""
import io, zipfile, datetime
from xml.sax.saxutils import escape as xesc
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
import pypdf
from pypdf.generic import (NameObject, TextStringObject, NumberObject, ArrayObject, FloatObject, DictionaryObject,
                           BooleanObject)
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from content import form_items, letter, letter_text
from cases import latin1

FONTDIR = "/usr/share/fonts/truetype/"
for nm, f in [("LibSans", "liberation/LiberationSans-Regular.ttf"), ("LibSans-Bold", "liberation/LiberationSans-Bold.ttf"),
              ("LibSerif", "liberation/LiberationSerif-Regular.ttf"), ("LibSerif-Bold", "liberation/LiberationSerif-Bold.ttf"),
              ("DejaVu", "dejavu/DejaVuSans.ttf"), ("DejaVu-Bold", "dejavu/DejaVuSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FONTDIR + f))


def wrap_words(text, maxchars):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > maxchars and line:
                out.append(line); line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


# ------------------------------------------------------------------ PDF forms
NAMINGS = {
    "TextN": lambda i, k: f"Text{i + 1}",
    "veldN": lambda i, k: f"veld{i + 1}",
    "Tekstveld": lambda i, k: f"Tekstveld {i + 1}",
    "semantic_nl": lambda i, k: {"org": "naam_vereniging", "contact": "contactpersoon", "address": "adres", "pcplace": "postcode_gemeente",
                                 "phone": "telefoon", "email": "email", "phone_email": "tel_mail", "title": "projectnaam", "desc": "omschrijving",
                                 "total": "totaal", "own": "eigen_inbreng", "req": "gevraagd"}.get(k, f"veld_{i}"),
    "Champ": lambda i, k: f"Champ de texte {i + 1}",
    "semantic_fr": lambda i, k: {"org": "nom_asso", "contact": "porteur", "address": "adresse", "pcplace": "cp_ville", "phone": "tel",
                                 "email": "mail", "phone_email": "tel_mail", "title": "intitule", "desc": "description",
                                 "total": "cout_total", "own": "autofinancement", "req": "montant_demande"}.get(k, f"champ_{i}"),
    "undefined": lambda i, k: "undefined" if i == 0 else f"undefined_{i + 1}",
}


def pdf_form(c, rng):
    """Returns (bytes, text_for_check, info)."""
    L, items = form_items(c, rng)
    L = {k: latin1(v) for k, v in L.items()}
    lang = c["lang"]
    k = c["k"]
    naming = rng.choice(["TextN", "veldN", "Tekstveld", "semantic_nl", "undefined"] if lang != "fr" else ["TextN", "Champ", "semantic_fr", "undefined"])
    layout = ["twocol", "above", "tooltip_only_some", "twocol"][(k // 3) % 4]
    method = ["rl_values", "rl_then_pypdf", "pypdf_widgets"][k % 3]
    nm = NAMINGS[naming]
    # Expand budget into separate fields
    fields = []  # (name, label, value, multiline, tooltip, visible_label)
    idx = 0
    for key, label, value, kind in items:
        if kind == "budget":
            for j, (a, b) in enumerate(value):
                fields.append((f"post_{j + 1}" if naming.startswith("sem") else nm(idx, None), f"{L['item']} {j + 1}", a, False, f"{L['item']} {j + 1}", "budget_item"))
                idx += 1
                fields.append((f"bedrag_{j + 1}" if naming.startswith("sem") else nm(idx, None), f"{L['amount']} {j + 1}", b, False, f"{L['amount']} {j + 1}", "budget_amount"))
                idx += 1
            continue
        label = latin1(label)
        vis = True
        if layout == "tooltip_only_some" and key in ("phone", "email", "pcplace"):
            vis = False
        fields.append((nm(idx, key), label, value, kind == "multi", label if rng.random() < 0.7 or not vis else None, "label" if vis else "none"))
        idx += 1
    names = set()
    fixed = []
    for f in fields:
        n = f[0]
        while n in names: n += "_1"
        names.add(n); fixed.append((n,) + f[1:])
    fields = fixed

    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4)
    cv.setTitle(L["head"]); cv.setAuthor(c["name"] if rng.random() < 0.5 else "Gebruiker")
    cv.setCreator(rng.choice(["Microsoft® Word 2016", "Writer", "Acrobat PDFMaker 19 voor Word", "LibreOffice 6.2"]))
    W, H = A4
    cv.setFont("Helvetica-Bold", 15)
    cv.drawString(50, H - 60, L["head"])
    cv.setFont("Helvetica", 9)
    cv.drawString(50, H - 76, {"nl": "In te vullen en terug te mailen voor 16 juni 2019", "fr": "À compléter et renvoyer avant le 16 juin 2019",
                               "en": "Please return before 16 June 2019"}[lang])
    y = H - 110
    form = cv.acroForm
    placed = []  # (name, rect, value, multiline, tooltip)
    budget_header_done = False
    for (n, label, value, ml, tip, vis) in fields:
        h = 60 if ml else 18
        if vis.startswith("budget"):
            if not budget_header_done:
                y -= 8
                cv.setFont("Helvetica-Bold", 10); cv.drawString(50, y, L["budget"]); y -= 16
                cv.setFont("Helvetica", 9); cv.drawString(50, y, L["item"]); cv.drawString(380, y, L["amount"]); y -= 22
                budget_header_done = True
            if vis == "budget_item":
                rect = (50, y, 320, 16)
            else:
                rect = (380, y, 150, 16); y -= 22
            placed.append((n, rect, value, False, tip))
            continue
        cv.setFont("Helvetica", 10)
        if layout == "above":
            if vis == "label": cv.drawString(50, y, label)
            y -= 4 + h
            rect = (50, y, 480, h)
            y -= 14
        else:
            if vis == "label":
                cv.drawString(50, y - 13 if not ml else y - 13, label + ("" if label.endswith(")") else ":") if rng.random() < 0.5 else label)
            rect = (220, y - h, 320, h)
            y -= h + 10
        placed.append((n, rect, value, ml, tip))
    cv.setFont("Helvetica", 9)
    cv.drawString(50, max(y - 20, 40), {"nl": "Datum en handtekening:", "fr": "Date et signature :", "en": "Date and signature:"}[lang])
    if method == "rl_values":
        for n, (x, yy, w, h), v, ml, tip in placed:
            kw = dict(name=n, x=x, y=yy, width=w, height=h, value=v, fontName="Helvetica", fontSize=9 if ml else 10,
                      borderColor=colors.black, fillColor=colors.Color(0.93, 0.95, 1), textColor=colors.black, borderWidth=0.5)
            if tip: kw["tooltip"] = tip
            if ml: kw["fieldFlags"] = "multiline"
            form.textfield(**kw)
        cv.save()
        data = buf.getvalue()
    elif method == "rl_then_pypdf":
        for n, (x, yy, w, h), v, ml, tip in placed:
            kw = dict(name=n, x=x, y=yy, width=w, height=h, value="", fontName="Helvetica", fontSize=9 if ml else 10,
                      borderColor=colors.grey, fillColor=colors.white, borderWidth=0.5)
            if tip: kw["tooltip"] = tip
            if ml: kw["fieldFlags"] = "multiline"
            form.textfield(**kw)
        cv.save()
        r = pypdf.PdfReader(io.BytesIO(buf.getvalue()))
        w = pypdf.PdfWriter()
        w.append(r)
        w.update_page_form_field_values(w.pages[0], {n: v for n, _, v, _, _ in placed}, auto_regenerate=False)
        w.set_need_appearances_writer(True)
        out = io.BytesIO(); w.write(out); data = out.getvalue()
    else:
        for n, (x, yy, wd, h), v, ml, tip in placed:  # draw boxes in page content, widgets added by pypdf
            cv.setStrokeColor(colors.grey); cv.rect(x, yy, wd, h)
        cv.save()
        r = pypdf.PdfReader(io.BytesIO(buf.getvalue()))
        w = pypdf.PdfWriter()
        w.append(r)
        page = w.pages[0]
        annots = ArrayObject()
        flds = ArrayObject()
        for n, (x, yy, wd, h), v, ml, tip in placed:
            d = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(n),
                NameObject("/V"): TextStringObject(v), NameObject("/F"): NumberObject(4),
                NameObject("/Rect"): ArrayObject([FloatObject(x), FloatObject(yy), FloatObject(x + wd), FloatObject(yy + h)]),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                NameObject("/Ff"): NumberObject(4096 if ml else 0),
            })
            if tip: d[NameObject("/TU")] = TextStringObject(tip)
            ref = w._add_object(d)
            annots.append(ref); flds.append(ref)
        page[NameObject("/Annots")] = annots
        helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        w._root_object[NameObject("/AcroForm")] = DictionaryObject({
            NameObject("/Fields"): flds, NameObject("/NeedAppearances"): BooleanObject(True),
            NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
            NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): w._add_object(helv)})})})
        out = io.BytesIO(); w.write(out); data = out.getvalue()
    text = "\n".join(f"{n}: {v}" for n, _, v, _, _ in placed)
    return data, text, f"pdf_form naming={naming} layout={layout} method={method}"


# ------------------------------------------------------------------ PDF letter
def pdf_letter(c, rng):
    L = letter(c, rng)
    buf = io.BytesIO()
    font = rng.choice(["LibSans", "LibSerif", "DejaVu"])
    bold = font + "-Bold"
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50,
                            title=L["subject"].split(":", 1)[-1].strip(), author=c["name"],
                            creator=rng.choice(["Microsoft® Word voor Microsoft 365", "Microsoft® Word 2013", "Writer"]))
    st = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=14, spaceAfter=8)
    sth = ParagraphStyle("h", fontName=bold, fontSize=13, leading=16, textColor=colors.Color(0.1, 0.3, 0.5))
    sts = ParagraphStyle("s", fontName=font, fontSize=9, leading=11)
    stb = ParagraphStyle("sb", parent=st, fontName=bold)
    strr = ParagraphStyle("r", parent=st, leftIndent=280, spaceAfter=0)
    flow = []
    if L["letterhead"]:
        flow.append(Paragraph(xesc(L["letterhead"][0]), sth))
        if len(L["letterhead"]) > 1:
            flow.append(Paragraph("<br/>".join(xesc(x) for x in L["letterhead"][1:]), sts))
        flow.append(Spacer(1, 16))
    if L["recipient"]:
        flow.append(Paragraph("<br/>".join(xesc(x) for x in L["recipient"]), strr)); flow.append(Spacer(1, 14))
    flow.append(Paragraph(xesc(L["place_date"]), st))
    flow.append(Paragraph(xesc(L["subject"]), stb))
    flow.append(Paragraph(xesc(L["salutation"]), st))
    table_done = False
    for p in L["paras"]:
        if "\n" in p and c["line_disp"] and not table_done and rng.random() < 0.7:
            rows = [[xesc(a), xesc(b)] for a, b in c["line_disp"]] + [[{"nl": "Totaal", "fr": "Total", "en": "Total"}[c["lang"]], c["total_disp"]]]
            t = Table([[Paragraph(r[0], st), Paragraph(r[1], st)] for r in rows], colWidths=[300, 130])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t); flow.append(Spacer(1, 8)); table_done = True
        else:
            flow.append(Paragraph(xesc(p).replace("\n", "<br/>"), st))
    flow.append(Paragraph(xesc(L["closing"]), st))
    flow.append(Spacer(1, 26))
    flow.append(Paragraph("<br/>".join(xesc(x) for x in L["signature"]), st))
    doc.build(flow)
    return buf.getvalue(), letter_text(L, c), "pdf_letter reportlab platypus " + font


# ------------------------------------------------------------------ DOCX
def _set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln); r.bold = bold
        if size: r.font.size = Pt(size)
        if i < len(lines) - 1: r.add_break()


def _sdt(label, tag, value):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), label); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(abs(hash(tag)) % 100000000)); pr.append(i)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = value; tt.set(qn("xml:space"), "preserve"); r.append(tt)
    content.append(r); sdt.append(content)
    return sdt


def docx_form(c, rng):
    L, items = form_items(c, rng)
    lang = c["lang"]
    style = ["twocol", "above", "merged", "dots", "sdt", "twocol"][c["k"] % 6]
    d = docx.Document()
    d.core_properties.author = rng.choice([c["name"], "Gebruiker", "HP", "Secretariaat", "utilisateur"])
    d.core_properties.title = L["head"]
    h = d.add_paragraph(); r = h.add_run(L["head"]); r.bold = True; r.font.size = Pt(16)
    if c["org"] and rng.random() < 0.4:
        d.add_paragraph(c["org"]).runs[0].italic = True
    def budget_table(lines):
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        _set_cell(t.rows[0].cells[0], L["item"], True); _set_cell(t.rows[0].cells[1], L["amount"], True)
        for a, b in lines:
            row = t.add_row(); _set_cell(row.cells[0], a); _set_cell(row.cells[1], b)
        row = t.add_row(); _set_cell(row.cells[0], L["sum"], True); _set_cell(row.cells[1], c["total_disp"], True)
        return t
    skip_total = False
    if style in ("twocol", "merged"):
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        sections = {"org": {"nl": "1. De aanvrager", "fr": "1. Le demandeur", "en": "1. Applicant"},
                    "title": {"nl": "2. Het project", "fr": "2. Le projet", "en": "2. The project"},
                    "total": {"nl": "3. Financiën", "fr": "3. Budget", "en": "3. Budget"}}
        first = True
        for key, label, value, kind in items:
            if style == "merged" and (key in sections or (first and key == "contact")):
                sk = key if key in sections else "org"
                row = t.add_row(); m = row.cells[0].merge(row.cells[1]); _set_cell(m, sections[sk][lang], True)
            first = False
            if kind == "budget":
                row = t.add_row(); m = row.cells[0].merge(row.cells[1]); _set_cell(m, L["budget"], True)
                for a, b in value:
                    row = t.add_row(); _set_cell(row.cells[0], a); _set_cell(row.cells[1], b)
                row = t.add_row(); _set_cell(row.cells[0], L["sum"], True); _set_cell(row.cells[1], c["total_disp"], True)
                skip_total = True
                continue
            if key == "total" and skip_total: continue
            row = t.add_row(); _set_cell(row.cells[0], label, True); _set_cell(row.cells[1], value)
    elif style == "above":
        t = d.add_table(rows=0, cols=1); t.style = "Table Grid"
        for key, label, value, kind in items:
            if kind == "budget":
                row = t.add_row(); _set_cell(row.cells[0], L["budget"], True, 9)
                row = t.add_row(); _set_cell(row.cells[0], "\n".join(f"{a}  {b}" for a, b in value))
                continue
            row = t.add_row(); _set_cell(row.cells[0], label, True, 9)
            row = t.add_row(); _set_cell(row.cells[0], value)
    elif style == "dots":
        for key, label, value, kind in items:
            if kind == "budget":
                d.add_paragraph(L["budget"] + ":")
                budget_table(value); skip_total = True
                d.add_paragraph("")
                continue
            if key == "total" and skip_total: continue
            if kind == "multi":
                d.add_paragraph(label + ":"); d.add_paragraph(value)
            else:
                p = d.add_paragraph(); r = p.add_run(label + ": " + "." * rng.randint(3, 12) + " "); r.bold = False
                p.add_run(value)
    else:  # sdt content controls, label text then control
        body = d.element.body
        for key, label, value, kind in items:
            if kind == "budget":
                d.add_paragraph(L["budget"])
                budget_table(value); skip_total = True
                continue
            if key == "total" and skip_total: continue
            p = d.add_paragraph(); r = p.add_run(label + ": "); r.bold = True
            p._p.append(_sdt(label, key, value))
    d.add_paragraph("")
    d.add_paragraph({"nl": "Datum: ", "fr": "Fait le ", "en": "Date: "}[lang] + c["date"].strftime("%d/%m/%Y"))
    buf = io.BytesIO(); d.save(buf)
    text = "\n".join(f"{l}: {v if isinstance(v, str) else v}" for _, l, v, _ in items) + "\n" + str(c["total_disp"])
    return buf.getvalue(), text, f"docx_form python-docx style={style}"


def docx_letter(c, rng):
    L = letter(c, rng)
    d = docx.Document()
    d.core_properties.author = c["name"] if rng.random() < 0.7 else "Eigenaar"
    stl = d.styles["Normal"]; stl.font.name = rng.choice(["Calibri", "Arial", "Times New Roman", "Verdana"]); stl.font.size = Pt(11)
    if L["letterhead"]:
        p = d.add_paragraph(); r = p.add_run(L["letterhead"][0]); r.bold = True; r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        for x in L["letterhead"][1:]:
            p.add_run().add_break(); rr = p.add_run(x); rr.font.size = Pt(9)
    if L["recipient"]:
        p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(9)
        for i, x in enumerate(L["recipient"]):
            if i: p.add_run().add_break()
            p.add_run(x)
    d.add_paragraph(L["place_date"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT if rng.random() < 0.5 else None
    d.add_paragraph().add_run(L["subject"]).bold = True
    d.add_paragraph(L["salutation"])
    for para in L["paras"]:
        if "\n" in para and c["line_disp"] and rng.random() < 0.6:
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for a, b in c["line_disp"]:
                row = t.add_row(); _set_cell(row.cells[0], a); _set_cell(row.cells[1], b)
            row = t.add_row(); _set_cell(row.cells[0], {"nl": "Totaal", "fr": "Total", "en": "Total"}[c["lang"]], True); _set_cell(row.cells[1], c["total_disp"], True)
            d.add_paragraph("")
        else:
            p = d.add_paragraph()
            for i, ln in enumerate(para.split("\n")):
                if i: p.add_run().add_break()
                p.add_run(ln)
    d.add_paragraph(L["closing"])
    p = d.add_paragraph()
    for i, x in enumerate(L["signature"]):
        if i: p.add_run().add_break()
        r = p.add_run(x)
        if i == 0: r.bold = True
    buf = io.BytesIO(); d.save(buf)
    return buf.getvalue(), letter_text(L, c), "docx_letter python-docx"


# ------------------------------------------------------------------ ODT (hand-written zip)
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"')


def _odt_p(text, style="Standard"):
    parts = [xesc(x) for x in text.split("\n")]
    return f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(parts) + "</text:p>"


def odt(c, rng):
    lang = c["lang"]
    kind = ["form", "letter", "letter"][c["k"] % 3]
    body = []
    if kind == "form":
        L, items = form_items(c, rng)
        body.append(f'<text:h text:style-name="H1" text:outline-level="1">{xesc(L["head"])}</text:h>')
        body.append('<table:table table:name="Tabel1" table:style-name="Tab"><table:table-column table:number-columns-repeated="2"/>')
        for key, label, value, k in items:
            if k == "budget":
                value = "\n".join(f"{a}: {b}" for a, b in value)
            body.append(f'<table:table-row><table:table-cell office:value-type="string" table:style-name="Cell">{_odt_p(label, "Lbl")}</table:table-cell>'
                        f'<table:table-cell office:value-type="string" table:style-name="Cell">{_odt_p(value)}</table:table-cell></table:table-row>')
        body.append("</table:table>")
        body.append(_odt_p(""))
        body.append(_odt_p(c["place"] + ", " + c["date"].strftime("%d-%m-%Y")))
        text = "\n".join(f"{l}: {v}" for _, l, v, _ in items)
    else:
        L = letter(c, rng)
        if L["letterhead"]:
            body.append(_odt_p(L["letterhead"][0], "Lbl"))
            body.append(_odt_p("\n".join(L["letterhead"][1:])))
        if L["recipient"]:
            body.append(_odt_p("\n".join(L["recipient"]), "Right"))
        body += [_odt_p(L["place_date"]), _odt_p(""), _odt_p(L["subject"], "Lbl"), _odt_p(""), _odt_p(L["salutation"])]
        for p in L["paras"]:
            body.append(_odt_p(p))
        body += [_odt_p(L["closing"]), _odt_p(""), _odt_p("\n".join(L["signature"]))]
        text = letter_text(L, c)
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}><office:automatic-styles>' \
              '<style:style style:name="Tab" style:family="table"><style:table-properties style:width="16cm"/></style:style>' \
              '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>' \
              '<style:style style:name="Lbl" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>' \
              '<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="9cm"/></style:style>' \
              '</office:automatic-styles><office:body><office:text>' + "".join(body) + '</office:text></office:body></office:document-content>'
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}><office:styles>' \
             '<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/></style:style>' \
             '<style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>' \
             '</office:styles></office:document-styles>'
    meta = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta><meta:generator>LibreOffice/6.2.4.2$Windows_X86_64 LibreOffice_project/2412653d852ce75f65fbfa83fb7e7b669a126d64</meta:generator>' \
           f'<dc:creator>{xesc(c["name"])}</dc:creator><dc:date>{c["date"].strftime("%Y-%m-%dT%H:%M:%S")}</dc:date></office:meta></office:document-meta>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", ODT_MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue(), text, f"odt hand-written zip kind={kind}"


# ------------------------------------------------------------------ RTF (hand-written, cp1252 escapes)
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif ch == "\n": out.append("\\line ")
        elif o < 128: out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf(c, rng):
    lang = c["lang"]
    kind = ["letter", "letter", "form"][c["k"] % 3]
    hdr = r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang" + ("2067" if lang == "nl" else "1036" if lang == "fr" else "2057") + \
          r"{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset0 Arial;}}" + "\n" + \
          r"{\*\generator " + rng.choice(["Riched20 10.0.17763", "Msftedit 5.41.21.2510", "Microsoft Word 16.0"]) + r";}\viewkind4\uc1" + "\n"
    parts = [hdr]
    if kind == "form":
        L, items = form_items(c, rng)
        parts.append(r"\pard\sa200\sl276\slmult1\b\f1\fs28 " + rtf_esc(L["head"]) + r"\b0\fs22\par" + "\n")
        for key, label, value, k in items:
            if k == "budget":
                value = "\n".join(f"{a}\t{b}" for a, b in value)
                parts.append(r"\b " + rtf_esc(label) + r"\b0\par" + "\n" + rtf_esc(value).replace("\t", r"\tab ") + r"\par" + "\n")
                continue
            parts.append(r"\b " + rtf_esc(label) + r":\b0\tab " + rtf_esc(value) + r"\par" + "\n")
        text = "\n".join(f"{l}: {v}" for _, l, v, _ in items)
    else:
        L = letter(c, rng)
        if L["letterhead"]:
            parts.append(r"\pard\qc\b\fs28 " + rtf_esc(L["letterhead"][0]) + r"\b0\fs20\par" + "\n")
            parts.append(r"\qc " + rtf_esc("  |  ".join(L["letterhead"][1:])) + r"\par\pard\fs22\par" + "\n")
        if L["recipient"]:
            parts.append(r"\pard\li5100 " + rtf_esc("\n".join(L["recipient"])) + r"\par\pard\par" + "\n")
        parts.append(r"\pard\sa200 " + rtf_esc(L["place_date"]) + r"\par" + "\n")
        parts.append(r"\b " + rtf_esc(L["subject"]) + r"\b0\par" + "\n")
        parts.append(rtf_esc(L["salutation"]) + r"\par" + "\n")
        for p in L["paras"]:
            parts.append(rtf_esc(p) + r"\par" + "\n")
        parts.append(rtf_esc(L["closing"]) + r"\par\par" + "\n")
        parts.append(rtf_esc("\n".join(L["signature"])) + r"\par" + "\n")
        text = letter_text(L, c)
    parts.append("}")
    return "".join(parts).encode("ascii"), text, f"rtf hand-written kind={kind}"
