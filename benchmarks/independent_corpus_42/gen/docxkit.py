"""python-docx helpers: shading, merged cells, content controls, deterministic save."""
import io
import datetime
import re
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import normalise_zip


def new_doc(author, when, font="Calibri", size=10.5, title=""):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.title = title
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)
    return d


def save(d, when):
    buf = io.BytesIO()
    d.save(buf)
    dt = (when.year, when.month, when.day, when.hour, when.minute, 0)

    def patch(name, blob):
        if name == "docProps/core.xml":
            s = blob.decode("utf-8")
            iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % iso, s)
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % iso, s)
            return s.encode("utf-8")
        return blob
    return normalise_zip(buf.getvalue(), dt, patch)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def run(par, text, bold=False, italic=False, size=None, color=None, font=None, underline=False):
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def cell_set(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Write text into a cell; '\n' makes new paragraphs."""
    parts = (text or "").split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if part:
            run(par, part, bold, italic, size, color)
        if align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        par.paragraph_format.space_after = Pt(0)
    return cell


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def para(d, text="", bold=False, italic=False, size=None, color=None, style=None, after=4, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color)
    p.paragraph_format.space_after = Pt(after)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def add_tab_stop(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm))


_SDT_ID = [1000]


def sdt_inline(par, tag, alias, text, placeholder=None, kind="text", items=None, date_fmt="dd/MM/yyyy",
               color_value="1F3864"):
    """Append an inline content control (w:sdt) to paragraph `par`.
    text None -> showing placeholder text."""
    _SDT_ID[0] += 7
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for tagname, val in (("w:alias", alias), ("w:tag", tag), ("w:id", str(_SDT_ID[0]))):
        e = OxmlElement(tagname)
        e.set(qn("w:val"), val)
        pr.append(e)
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if kind == "text":
        pr.append(OxmlElement("w:text"))
    elif kind == "dropdown":
        dd = OxmlElement("w:dropDownList")
        for it in items or []:
            li = OxmlElement("w:listItem")
            li.set(qn("w:displayText"), it)
            li.set(qn("w:value"), it)
            dd.append(li)
        pr.append(dd)
    elif kind == "date":
        de = OxmlElement("w:date")
        f = OxmlElement("w:dateFormat")
        f.set(qn("w:val"), date_fmt)
        de.append(f)
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "fr-FR")
        de.append(lid)
        pr.append(de)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080" if text is None else color_value)
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = placeholder if text is None else text
    r.append(t)
    content.append(r)
    sdt.append(content)
    par._p.append(sdt)
    return sdt


def header_footer(d, head_left, head_right=None, foot=None, size=8, color="595959"):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    run(hp, head_left, size=size, color=color, bold=True)
    if head_right:
        run(hp, "\t\t" + head_right, size=size, color=color)
    if foot:
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        run(fp, foot, size=size - 0.5, color=color)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def borders(table):
    table.style = "Table Grid"
