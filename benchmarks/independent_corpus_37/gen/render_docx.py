"""DOCX forms with python-docx; each design lays out the same kind of content differently."""
import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from content import Builder, plain, runs

COLORS = ["1F5F8B", "2E7D32", "8E244D", "B35C00", "4A4A8A", "006B6B", "5D4037", "C62828", "37474F"]
FONTS = ["Calibri", "Arial", "Times New Roman", "Cambria", "Verdana", "Garamond", "Century Gothic", "Trebuchet MS"]
TSTYLES = ["Table Grid", "Light Grid Accent 1", "Light List Accent 1", "Medium Shading 1 Accent 1",
           "Light Shading Accent 2", "Light Grid Accent 5", "Medium Grid 1 Accent 3", "Light List Accent 6"]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
             "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def ppr_insert(pPr, el):
    """insert a pPr child at its schema position (Word is strict about the order)"""
    name = el.tag.split("}")[1]
    later = set(PPR_ORDER[PPR_ORDER.index(name) + 1:])
    for child in pPr:
        if child.tag.split("}")[1] in later:
            child.addprevious(el)
            return
    pPr.append(el)


def para_border_bottom(p, color="888888", val="single"):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), "6")
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)
    ppr_insert(pPr, b)


def add_runs(p, text, bold=None, italic=None, size=None, color=None, font=None):
    for t, b, s, i in runs(text):
        r = p.add_run(t)
        r.bold = True if (b or bold) else None
        r.italic = True if (i or italic) else None
        if s:
            r.font.strike = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    return p


def cell_text(cell, text, bold=None, italic=None, align=None, size=None, color=None):
    p = cell.paragraphs[0]
    add_runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align:
        p.alignment = align
    return p


class DocxTheme:
    def __init__(self, rng, design):
        self.rng = rng
        self.font = rng.choice(FONTS)
        self.size = rng.choice([9.5, 10, 10.5, 11])
        self.accent = rng.choice(COLORS)
        self.light = rng.choice(["EAF1F8", "EEF6EE", "F6ECF0", "FFF3E0", "EDEDF7", "E6F4F4", "F2F2F2"])
        self.tstyle = rng.choice(TSTYLES)
        self.builtin_headings = rng.random() < 0.5
        self.value_color = rng.choice([None, None, "1A237E", "333333"])


def is_amountish(s):
    p = plain(s).strip()
    return bool(p) and sum(ch.isdigit() for ch in p) >= max(1, len(p.replace(" ", "")) // 2) and len(p) < 40


def render_docx(case, path):
    bld = Builder(case)
    d = bld.build()
    rng = case["rng"]
    th = DocxTheme(rng, d["design"])
    design = d["design"]
    lang = d["lang"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = th.font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), th.font)
    st.font.size = Pt(th.size)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    m = rng.choice([1.8, 2.0, 2.5])
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = sec.bottom_margin = Cm(rng.choice([1.5, 2.0, 2.5]))
    width_cm = 21.0 - 2 * m
    cp = doc.core_properties
    cp.author = ("Provincie West-Vlaanderen" if lang == "nl" else "Province de Flandre occidentale") if d["official"] else \
        f"{case['contact']['first']} {case['contact']['last']}"
    cp.last_modified_by = f"{case['contact']['first'][0]}{case['contact']['last']}".lower()
    cp.created = dt.datetime(2019, 3, 28, 9, 0) if d["official"] else case["date"] - dt.timedelta(days=3)
    cp.modified = case["date"] - dt.timedelta(hours=2)
    cp.title = d["title"]

    if d["header"]:
        hp = sec.header.paragraphs[0]
        add_runs(hp, d["header"], size=8, color="666666")
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if d["footer"]:
        fp = sec.footer.paragraphs[0]
        add_runs(fp, d["footer"], size=7.5, color="666666")

    # --- title area
    if design == "official":
        t = doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        a, b = t.rows[0].cells
        shade(a, th.accent)
        cell_text(a, "PARTONS 2.0", bold=True, size=16, color="FFFFFF")
        add_runs(a.add_paragraph(), "Provincie West-Vlaanderen\nInterreg V France-Wallonie-Vlaanderen" if lang == "nl"
                 else "Province de Flandre occidentale\nInterreg V France-Wallonie-Vlaanderen", size=8, color="FFFFFF")
        cell_text(b, d["title"], bold=True, size=15)
        add_runs(b.add_paragraph(), d["subtitle"], size=9, italic=True)
        a.width, b.width = Cm(5.5), Cm(width_cm - 5.5)
        doc.add_paragraph()
    elif design == "own_lines":
        if d["org"]:
            p = doc.add_paragraph()
            add_runs(p, d["org"], bold=True, size=18, color=th.accent)
            para_border_bottom(p, th.accent)
        p = doc.add_paragraph()
        add_runs(p, f"{d['title']} – {d['subtitle']}", size=12, bold=True)
    elif design == "numbered":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, d["title"].upper(), bold=True, size=16)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, d["subtitle"], italic=True)
        para_border_bottom(p, "000000", "double")
    else:
        doc.add_heading(d["title"], level=0)
        add_runs(doc.add_paragraph(), d["subtitle"], italic=True, color="555555")

    def heading(text):
        if th.builtin_headings:
            doc.add_heading(text, level=1)
        else:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(4)
            if design == "official" or rng.random() < 0.3:
                add_runs(p, text, bold=True, size=th.size + 1.5, color="FFFFFF")
                pPr = p._p.get_or_add_pPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), th.accent)
                ppr_insert(pPr, shd)
            else:
                add_runs(p, text, bold=True, size=th.size + 2, color=th.accent)
                para_border_bottom(p, th.accent)

    def fields(blk):
        rows = blk["rows"]
        lay = blk.get("layout") or "grid2"
        if lay == "grid2":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for l, v in rows:
                cells = t.add_row().cells
                cell_text(cells[0], l, bold=rng.random() < 0.5 or design == "official")
                shade(cells[0], th.light)
                cell_text(cells[1], v, color=th.value_color)
                cells[0].width, cells[1].width = Cm(width_cm * 0.38), Cm(width_cm * 0.62)
            doc.add_paragraph()
        elif lay == "grid4":
            t = doc.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            for i in range(0, len(rows), 2):
                pair = rows[i:i + 2] + ([("", "")] if len(rows[i:i + 2]) == 1 else [])
                cells = t.add_row().cells
                for j, (l, v) in enumerate(pair):
                    cell_text(cells[2 * j], l, size=th.size - 1, color="444444")
                    shade(cells[2 * j], th.light)
                    cell_text(cells[2 * j + 1], v)
            doc.add_paragraph()
        elif lay == "dots":
            for l, v in rows:
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(6.5), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
                p.paragraph_format.space_after = Pt(2)
                add_runs(p, l + "\t")
                add_runs(p, v or " ", color=th.value_color)
        elif lay == "numbered":
            pre = blk.get("prefix", "")
            for i, (l, v) in enumerate(rows, 1):
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                add_runs(p, f"{pre}{i} {l}", bold=True)
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1)
                p.paragraph_format.space_after = Pt(4)
                add_runs(p, v or "…", color=th.value_color)
        elif lay == "above":
            for l, v in rows:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                add_runs(p, l, size=th.size - 2, color="666666")
                p = doc.add_paragraph()
                add_runs(p, v or " ")
                para_border_bottom(p)
        else:  # lines
            for l, v in rows:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(2)
                add_runs(p, f"**{l}:** ")
                add_runs(p, v, color=th.value_color)

    def table(blk):
        if blk.get("caption"):
            p = doc.add_paragraph()
            add_runs(p, blk["caption"], bold=True, color=th.accent if rng.random() < 0.5 else None)
        head, rows, kinds = blk["head"], blk["rows"], blk["kinds"]
        t = doc.add_table(rows=1, cols=len(head))
        t.style = th.tstyle if rng.random() < 0.7 else "Table Grid"
        numcols = [j for j in range(len(head)) if j > 0 and any(is_amountish(r[j]) for r in rows)]
        if head[0] == "Charges":
            numcols = [1, 3]
        for j, h in enumerate(head):
            cell_text(t.rows[0].cells[j], h, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT if j in numcols else None)
        for r, k in zip(rows, kinds):
            cells = t.add_row().cells
            for j, v in enumerate(r):
                cell_text(cells[j], v, bold=k in ("total", "total2", "cat", "request") or None,
                          italic=k in ("sub", "inkind", "vat") or None,
                          align=WD_ALIGN_PARAGRAPH.RIGHT if j in numcols else None)
                if k in ("total", "total2"):
                    shade(cells[j], th.light)
        ncol = len(head)
        ws = {2: [0.7, 0.3], 3: [0.25, 0.5, 0.25], 4: [0.43, 0.19, 0.19, 0.19]}[ncol]
        if ncol == 3 and "request" in kinds:
            ws = [0.5, 0.22, 0.28]
        if head[0] == "Charges":
            ws = [0.32, 0.18, 0.32, 0.18]
        for row in t.rows:
            for c, w in zip(row.cells, ws):
                c.width = Cm(width_cm * w)
        doc.add_paragraph()

    for blk in d["blocks"]:
        t = blk["t"]
        if t == "h":
            heading(blk["text"])
        elif t == "p":
            p = doc.add_paragraph()
            sty = blk.get("style")
            add_runs(p, blk["text"], italic=sty in ("note", "instr") or None,
                     size=th.size - 1 if sty in ("note", "instr", "small") else None,
                     color="777777" if sty == "instr" else None)
        elif t == "fields":
            fields(blk)
        elif t == "table":
            table(blk)
        elif t == "box":
            tb = doc.add_table(rows=1, cols=1)
            tb.style = "Table Grid"
            cc = tb.rows[0].cells[0]
            shade(cc, th.light)
            cell_text(cc, blk["title"], bold=True)
            for ln in blk["lines"]:
                add_runs(cc.add_paragraph(), ln)
            doc.add_paragraph()
        elif t == "check":
            p = doc.add_paragraph()
            add_runs(p, blk["label"] + "   ")
            add_runs(p, "   ".join(("☒ " if ck else "☐ ") + o for o, ck in blk["options"]))
        elif t == "sign":
            for ln in blk["lines"]:
                doc.add_paragraph(ln)
            doc.add_paragraph("\n\n……………………………………")
        elif t == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)
