# -*- coding: utf-8 -*-
"""Word .docx form renderer (tables, label lines, content controls)."""
import io
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

PLACEHOLDER = {"nl": "Klik of tik om tekst in te voeren.",
               "fr": "Cliquez ou appuyez ici pour entrer du texte."}


def _norm(rows):
    return [(r[0], r[1], {}) if len(r) == 2 else r for r in rows]


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor))
    tcPr.append(shd)


def _grey(run, color):
    run.font.color.rgb = RGBColor.from_string(color)
    run.italic = True


def _set_cell(cell, text, bold=False, size=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def _sdt(paragraph, value, alias, tag, sid, lang, hint_color):
    showing = value == ""
    text = PLACEHOLDER[lang] if showing else value
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
           '<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr>%s</w:rPr>'
           '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (
        nsdecls("w"), _esc(alias), _esc(tag), sid,
        "<w:showingPlcHdr/>" if showing else "",
        ('<w:color w:val="%s"/>' % hint_color) if showing else "",
        _esc(text))
    paragraph._p.append(parse_xml(xml))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx_form(case):
    d = case["design"]
    lang = case["lang"]
    rows = _norm(case["rows"])
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = d["font"]
    st.element.rPr.rFonts.set(qn("w:eastAsia"), d["font"])
    st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(1.8)
    cp = doc.core_properties
    cp.author = d.get("author", "Gebruiker" if lang == "nl" else "Utilisateur")
    cp.last_modified_by = case["sender"][0]
    cp.title = d["title"]
    cp.created = datetime.datetime(2019, 3, 18, 9, 0, 0)
    cp.modified = datetime.datetime(2019, 5, 15, 20, 0, 0)

    h = doc.add_paragraph()
    r = h.add_run(d["title"])
    r.bold = True
    r.font.size = Pt(16)
    if d["layout"] != "lines":
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    else:
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if d.get("subtitle"):
        p = doc.add_paragraph()
        rr = p.add_run(d["subtitle"])
        rr.font.size = Pt(11)
        rr.italic = True
        if d["layout"] == "lines":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    intro = {"nl": "Vul het formulier in en stuur het per e-mail terug vóór 16 juni 2019.",
             "fr": "Merci de compléter ce formulaire et de le renvoyer par courriel avant le 16 juin 2019."}[lang]
    p = doc.add_paragraph(intro)
    p.runs[0].font.size = Pt(9)

    hc = d.get("hint_color", "808080")
    layout = d["layout"]
    if layout in ("table2", "table3", "sdt"):
        ncol = 3 if layout == "table3" else 2
        table = doc.add_table(rows=0, cols=ncol)
        table.style = "Table Grid"
        if layout == "table3":
            hdr = table.add_row().cells
            heads = {"nl": ("Nr.", "Vraag", "Antwoord"), "fr": ("N°", "Rubrique", "Réponse")}[lang]
            for k, t in enumerate(heads):
                _set_cell(hdr[k], t, bold=True)
                _shade(hdr[k], d["accent"])
        n = 0
        sid = 100200
        for label, value, opts in rows:
            if label == "#":
                cells = table.add_row().cells
                m = cells[0].merge(cells[-1])
                _set_cell(m, value, bold=True, size=11)
                _shade(m, d["accent"])
                continue
            n += 1
            cells = table.add_row().cells
            if layout == "table3":
                _set_cell(cells[0], str(n))
                lc, vc = cells[1], cells[2]
            else:
                lc, vc = cells[0], cells[1]
                _shade(lc, "F7F7F7" if layout == "table2" else d["accent"])
            if opts.get("in_label"):
                txt = label + (" " + value if value else "")
                _set_cell(lc, txt, bold=False)
                continue
            _set_cell(lc, label, bold=(layout != "table3"))
            if layout == "sdt":
                sid += 7
                _sdt(vc.paragraphs[0], value, label, "veld%d" % n if lang == "nl" else "champ%d" % n,
                     sid, lang, hc)
                continue
            p = vc.paragraphs[0]
            if opts.get("hint"):
                _grey(p.add_run(opts["hint"] + " "), hc)
            p.add_run(value)
        for row in table.rows:
            if layout == "table3":
                row.cells[0].width = Cm(1.2)
                row.cells[1].width = Cm(6)
                row.cells[2].width = Cm(9.5)
            else:
                row.cells[0].width = Cm(6.5)
                row.cells[1].width = Cm(10)
    elif layout == "lines":
        for label, value, opts in rows:
            if label == "#":
                hp = doc.add_paragraph()
                hr = hp.add_run(value)
                hr.bold = True
                continue
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
            p.paragraph_format.space_after = Pt(8)
            lr = p.add_run(label + ":")
            lr.bold = True
            p.add_run("\t")
            if opts.get("hint"):
                _grey(p.add_run(opts["hint"] + " "), hc)
            if value:
                p.add_run(value)
            else:
                p.add_run("_" * 40)
    # closing part
    doc.add_paragraph()
    closing = {"nl": ["Korte omschrijving van het project (max. 10 regels):",
                      "Datum:", "Handtekening:"],
               "fr": ["Description courte du projet (10 lignes maximum) :",
                      "Date :", "Signature :"]}[lang]
    desc = case.get("description")
    p = doc.add_paragraph()
    p.add_run(closing[0]).bold = True
    if desc:
        doc.add_paragraph(desc)
    else:
        doc.add_paragraph("")
    doc.add_paragraph(closing[1] + " " + case["date_short"])
    doc.add_paragraph(closing[2])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
