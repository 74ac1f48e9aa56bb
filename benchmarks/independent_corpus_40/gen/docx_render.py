"""Word questionnaires (python-docx + raw WordprocessingML for content
controls and text boxes)."""
import io
import datetime
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from common import rezip

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FIXED = datetime.datetime(2019, 5, 1, 10, 0, 0)
_sdt_id = [700000]
_shape_id = [1]


def base_doc(rec, d, font="Calibri", size=10.5):
    _sdt_id[0] = 700000
    _shape_id[0] = 1
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    cp = doc.core_properties
    cp.author = rec.get("doc", {}).get("author", "")
    cp.last_modified_by = rec.get("doc", {}).get("author", "")
    cp.title = d.get("title", "")
    cp.created = FIXED
    cp.modified = FIXED + datetime.timedelta(days=rec["n"])
    cp.revision = 3
    cp.comments = ""
    return doc


def finish(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return rezip(buf.getvalue())


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor)))


def run_xml(text, bold=False, italic=False, color=None, size=None):
    """Runs for a text; newlines become <w:br/>."""
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if size:
        rpr += '<w:sz w:val="%d"/>' % int(size * 2)
    rpr = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:r>%s<w:br/></w:r>" % rpr)
        parts.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(line)))
    return "".join(parts)


def sdt_run(text, tag, placeholder):
    """Run-level plain-text content control (multi-line)."""
    _sdt_id[0] += 17
    if text:
        pr = '<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text w:multiLine="1"/></w:sdtPr>' % (
            escape(tag), escape(tag), _sdt_id[0])
        content = run_xml(text)
    else:
        pr = ('<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:showingPlcHdr/>'
              '<w:text w:multiLine="1"/></w:sdtPr>') % (escape(tag), escape(tag), _sdt_id[0])
        content = run_xml(placeholder, color="808080")
    return "<w:sdt %s>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (W_NS, pr, content)


def cell_with_sdt(cell, text, tag, placeholder):
    p = cell.paragraphs[0]
    p._p.append(parse_xml(sdt_run(text, tag, placeholder)))


def block_sdt(doc, text, tag, placeholder):
    """Block-level rich-text content control holding one paragraph per line."""
    _sdt_id[0] += 17
    lines = text.split("\n") if text else [placeholder]
    color = None if text else "808080"
    paras = "".join('<w:p><w:pPr><w:spacing w:after="0"/><w:ind w:left="284"/></w:pPr>%s</w:p>' % run_xml(l, color=color)
                    for l in lines)
    extra = "" if text else "<w:showingPlcHdr/>"
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s</w:sdtPr>'
           '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (W_NS, escape(tag), escape(tag), _sdt_id[0], extra, paras)
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def textbox_para(doc, text, width_cm=17.0, fill="FFFFFF", line="000000", font_pt=10.5):
    """A paragraph holding an anchored DrawingML text box with the answer."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    lines = text.split("\n")
    est = sum(max(1, int(len(l) / 95) + 1) for l in lines)
    h_emu = int((est * font_pt * 1.25 + 10) * 12700)
    w_emu = int(width_cm * 360000)
    paras = "".join('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>%s</w:p>' % run_xml(l) for l in lines)
    xml = f'''<w:p {nsdecls("w", "wp", "a")} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:r><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{w_emu}" cy="{h_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{sid}" name="Zone de texte {sid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="6350"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>'''
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def header_footer(doc, left, footer):
    hp = doc.sections[0].header.paragraphs[0]
    r = hp.add_run(left)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = doc.sections[0].footer.paragraphs[0]
    r = fp.add_run(footer)
    r.font.size = Pt(7.5)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def title_block(doc, d, color=RGBColor(0x1F, 0x3A, 0x5F), size=16):
    p = doc.add_paragraph()
    r = p.add_run(d["title"])
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = color
    p = doc.add_paragraph()
    r = p.add_run(d["subtitle"])
    r.italic = True
    p = doc.add_paragraph()
    r = p.add_run(d["intro"])
    r.font.size = Pt(9)


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


# ------------------------------------------------------------------ DDX1
def render_DDX1(rec, d):
    doc = base_doc(rec, d, "Calibri", 10.5)
    header_footer(doc, "Provincie West-Vlaanderen – Partons 2.0", d["footer"])
    title_block(doc, d)
    adm = doc.add_table(rows=1, cols=2)
    adm.style = "Table Grid"
    adm.cell(0, 0).text = "Voorbehouden aan de administratie"
    adm.cell(0, 1).text = "Dossiernummer: WH-2019-…      Ontvangen: …/…/2019"
    for c in adm.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.size = Pt(8)
    doc.add_paragraph()
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for num, q, _, key in d["items"]:
        row = t.add_row()
        c0, c1 = row.cells
        c0.paragraphs[0].add_run("%s. %s" % (num, q)).bold = True
        shade(c0, "D9E2F3")
        cell_with_sdt(c1, rec["a"].get(key, ""), q, d["placeholder"])
    set_col_widths(t, [Cm(5.5), Cm(11.5)])
    doc.add_paragraph()
    doc.add_paragraph("Datum en handtekening: ……………………………………")
    return finish(doc)


# ------------------------------------------------------------------ DDX2
def render_DDX2(rec, d):
    doc = base_doc(rec, d, "Arial", 10)
    header_footer(doc, "Partons 2.0 – Appel à projets 2019", d["footer"])
    title_block(doc, d, RGBColor(0x2E, 0x4A, 0x2E), 15)
    for num, q, _, key in d["items"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(num + " : ")
        r.bold = True
        r.font.color.rgb = RGBColor(0x2E, 0x4A, 0x2E)
        p.add_run(q).bold = True
        textbox_para(doc, rec["a"].get(key, "") or " ", 17.0, "FFFFFF", "4F6F4F", 10)
    doc.add_paragraph()
    doc.add_paragraph("Cadre réservé à la Province : reçu le ……/……/2019 – n° ……")
    return finish(doc)


# ------------------------------------------------------------------ DDX3
def render_DDX3(rec, d):
    doc = base_doc(rec, d, "Calibri", 10.5)
    header_footer(doc, "Provincie West-Vlaanderen / Province de Flandre-Occidentale", d["footer"])
    title_block(doc, d, RGBColor(0x7A, 0x1F, 0x1F), 16)
    for num, nl, fr, key in d["items"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(9)
        p.paragraph_format.space_after = Pt(0)
        p.add_run("%s %s" % (num, nl)).bold = True
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run("    " + fr)
        r.italic = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        block_sdt(doc, rec["a"].get(key, ""), nl, d["placeholder"])
    doc.add_paragraph()
    doc.add_paragraph("Plaats en datum / Lieu et date: …………………     Handtekening / Signature: …………………")
    return finish(doc)


# ------------------------------------------------------------------ TDX1
def render_TDX1(rec, d):
    doc = base_doc(rec, d, "Cambria", 11)
    header_footer(doc, "Maak werk van je buurt! – Partons 2.0", d["footer"])
    title_block(doc, d, RGBColor(0x00, 0x5A, 0x4E), 17)
    for num, q, _, key in d["items"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.add_run("%s " % num).bold = True
        p.add_run(q).bold = True
        textbox_para(doc, rec["a"].get(key, "") or " ", 16.5, "EEF5F3", "00735F", 11)
    return finish(doc)


# ------------------------------------------------------------------ TDX2
def render_TDX2(rec, d):
    doc = base_doc(rec, d, "Times New Roman", 11)
    header_footer(doc, "PROVINCE DE FLANDRE-OCCIDENTALE – Partons 2.0", d["footer"])
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(d["title"])
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph(d["subtitle"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(d["intro"]).runs[0].italic = True
    adm = doc.add_table(rows=1, cols=1)
    adm.style = "Table Grid"
    adm.cell(0, 0).text = ("Cadre réservé à l'administration – reçu le : ……/……/2019 – dossier n° P2-FR-……  – "
                           "coordinateur : Jonas Polin, Woumenweg 100, 8600 Diksmuide")
    adm.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(8)
    doc.add_paragraph()
    t = doc.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for num, q, _, key in d["items"]:
        qc = t.add_row().cells[0]
        qc.paragraphs[0].add_run("%s. %s" % (num, q)).bold = True
        shade(qc, "BFBFBF")
        ac = t.add_row().cells[0]
        shade(ac, "F2F2F2")
        cell_with_sdt(ac, rec["a"].get(key, ""), q, d["placeholder"])
    doc.add_paragraph()
    doc.add_paragraph("Fait à ……………………, le ……/……/2019.   Signature du représentant légal :")
    return finish(doc)


# ------------------------------------------------------------------ TDX3
def render_TDX3(rec, d):
    doc = base_doc(rec, d, "Verdana", 9.5)
    header_footer(doc, "Provincie West-Vlaanderen · Woumenweg 100 · 8600 Diksmuide · 051 51 94 37", d["footer"])
    title_block(doc, d, RGBColor(0x44, 0x44, 0x44), 14)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr.", "Vraag", "Antwoord"]):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "404040")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for num, q, _, key in d["items"]:
        row = t.add_row().cells
        row[0].text = num
        row[1].text = q
        cell_with_sdt(row[2], rec["a"].get(key, ""), q, d["placeholder"])
    set_col_widths(t, [Cm(1.2), Cm(5.3), Cm(10.5)])
    doc.add_paragraph()
    p = doc.add_paragraph("Maximale steun: 10 000 euro. Begeleidingssessies: 26/09, 7/11, 28/11, 19/12/2019 en 30/01/2020.")
    p.runs[0].font.size = Pt(8)
    return finish(doc)


RENDER = {"DDX1": render_DDX1, "DDX2": render_DDX2, "DDX3": render_DDX3,
          "TDX1": render_TDX1, "TDX2": render_TDX2, "TDX3": render_TDX3}
