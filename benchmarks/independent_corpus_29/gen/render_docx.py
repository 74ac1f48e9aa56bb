"""Word (.docx) renderer with python-docx."""
import datetime
from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from blocks import fmt_value
from ziputil import normalize


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


class DocxForm:
    def __init__(self, form, meta):
        self.st = st = form.get("style", {})
        self.blocks = form["blocks"]
        self.meta = meta or {}
        self.d = Document()
        normal = self.d.styles["Normal"]
        normal.font.name = st.get("font", "Calibri")
        normal.font.size = Pt(st.get("size", 10.5))
        rpr = normal.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), st.get("font", "Calibri"))
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        m = Cm(st.get("margin_cm", 2.2))
        sec.left_margin = sec.right_margin = m
        sec.top_margin = sec.bottom_margin = Cm(2)
        if st.get("header"):
            sec.header.paragraphs[0].text = st["header"]
            for r in sec.header.paragraphs[0].runs:
                r.font.size = Pt(8)
                r.italic = True
        if st.get("footer"):
            sec.footer.paragraphs[0].text = st["footer"]
            for r in sec.footer.paragraphs[0].runs:
                r.font.size = Pt(8)
        self.fstyle = st.get("field", "colon")
        self.accent = st.get("accent", "D9D9D9")
        self.grid_table = None
        self.textw = Cm(21) - 2 * m
        self.vcolor = st.get("vcolor")

    # ------------------------------------------------------------------
    def vrun(self, p, text, **kw):
        r = p.add_run(text)
        if self.st.get("vbold"):
            r.bold = True
        if self.st.get("vitalic"):
            r.italic = True
        if self.vcolor:
            r.font.color.rgb = RGBColor.from_string(self.vcolor)
        if self.st.get("vfont"):
            r.font.name = self.st["vfont"]
        return r

    def lrun(self, p, text, bold=None):
        r = p.add_run(text)
        r.bold = self.st.get("lbold", True) if bold is None else bold
        return r

    def para(self, text="", style=None):
        p = self.d.add_paragraph(style=style)
        if text:
            p.add_run(text)
        pf = p.paragraph_format
        pf.space_after = Pt(self.st.get("space_after", 3))
        return p

    def end_grid(self, b=None):
        if b is None or b["t"] != "f" or b.get("style", self.fstyle) != "grid":
            self.grid_table = None

    # ------------------------------------------------------------------
    def b_title(self, b):
        if self.st.get("title_style") == "Title":
            p = self.d.add_paragraph(b["text"], style="Title")
            return
        p = self.para()
        r = p.add_run(b["text"])
        r.bold = True
        r.font.size = Pt(b.get("size", self.st.get("title_size", 16)))
        if self.st.get("title_align", "left") == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(8)

    def b_sub(self, b):
        p = self.para()
        r = p.add_run(b["text"])
        r.font.size = Pt(b.get("size", self.st.get("size", 10.5) - 1))
        r.bold = bool(b.get("bold"))
        if self.st.get("title_align", "left") == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def b_note(self, b):
        if self.st.get("note_box", False):
            t = self.d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.cell(0, 0)
            shade(c, "F2F2F2")
            c.paragraphs[0].text = ""
            r = c.paragraphs[0].add_run(b["text"])
            r.italic = True
            r.font.size = Pt(8.5)
            self.para()
        else:
            p = self.para()
            r = p.add_run(b["text"])
            r.italic = b.get("italic", True)
            r.font.size = Pt(b.get("size", 9))

    def b_para(self, b):
        p = self.para()
        self.vrun(p, b["text"])

    def b_h(self, b):
        hs = self.st.get("heading", "builtin")
        if hs == "builtin":
            self.d.add_heading(b["text"], level=b.get("level", 2))
        elif hs == "shaded":
            t = self.d.add_table(rows=1, cols=1)
            c = t.cell(0, 0)
            shade(c, self.accent)
            r = c.paragraphs[0].add_run(b["text"])
            r.bold = True
            self.para().paragraph_format.space_after = Pt(0)
        else:
            p = self.para()
            p.paragraph_format.space_before = Pt(8)
            r = p.add_run(b["text"].upper() if hs == "caps" else b["text"])
            r.bold = True
            if hs == "underline":
                r.underline = True

    def b_f(self, b):
        style = b.get("style", self.fstyle)
        label, v = b["label"], fmt_value(b.get("value", ""))
        if style == "colon":
            p = self.para()
            self.lrun(p, label + ("" if label.endswith((":", "?")) else self.st.get("sep", ":")) + " ")
            self.vrun(p, v)
        elif style == "tab":
            p = self.para()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(self.st.get("tab_cm", 6)))
            self.lrun(p, label)
            p.add_run("\t")
            self.vrun(p, v)
        elif style == "next":
            p = self.para()
            self.lrun(p, label)
            p.paragraph_format.space_after = Pt(1)
            for ln in (v.split("\n") if v else [""]):
                q = self.para()
                q.paragraph_format.left_indent = Cm(self.st.get("indent_cm", 0.5))
                self.vrun(q, ln)
        elif style == "dots":
            p = self.para()
            self.lrun(p, label + " ", bold=False)
            p.paragraph_format.tab_stops.add_tab_stop(self.textw, leader=WD_TAB_LEADER.DOTS)
            if v:
                self.vrun(p, v)
            p.add_run("\t")
        elif style == "under":
            t = self.d.add_table(rows=2, cols=1)
            t.cell(0, 0).paragraphs[0].text = ""
            self.vrun(t.cell(0, 0).paragraphs[0], v)
            bd = OxmlElement("w:tcBorders")
            bt = OxmlElement("w:bottom")
            bt.set(qn("w:val"), "single")
            bt.set(qn("w:sz"), "6")
            bd.append(bt)
            t.cell(0, 0)._tc.get_or_add_tcPr().append(bd)
            r = t.cell(1, 0).paragraphs[0].add_run(label)
            r.italic = True
            r.font.size = Pt(8)
        elif style == "cell":
            t = self.d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.cell(0, 0)
            p = c.paragraphs[0]
            self.lrun(p, label + " ")
            if self.st.get("cell_newline"):
                p = c.add_paragraph()
            self.vrun(p, v)
        elif style == "grid":
            if self.grid_table is None:
                self.grid_table = self.d.add_table(rows=0, cols=2)
                self.grid_table.style = "Table Grid"
            row = self.grid_table.add_row()
            lw = self.st.get("grid_lw_cm", 6)
            row.cells[0].width = Cm(lw)
            row.cells[1].width = self.textw - Cm(lw)
            shade(row.cells[0], self.accent)
            self.lrun(row.cells[0].paragraphs[0], label)
            lines_ = v.split("\n") if v else [""]
            self.vrun(row.cells[1].paragraphs[0], lines_[0])
            for ln in lines_[1:]:
                self.vrun(row.cells[1].add_paragraph(), ln)
        else:
            raise ValueError(style)

    def b_ff(self, b):
        style = b.get("style", "tabs")
        fs = b["fields"]
        if style == "tabs":
            p = self.para()
            step = self.textw / len(fs)
            for i in range(1, len(fs)):
                p.paragraph_format.tab_stops.add_tab_stop(int(step * i))
            for i, f in enumerate(fs):
                if i:
                    p.add_run("\t")
                lab = f["label"]
                self.lrun(p, lab + ("" if lab.endswith(":") else ":") + " ")
                self.vrun(p, fmt_value(f.get("value", "")))
        else:   # row of a table: label | value | label | value
            t = self.d.add_table(rows=1, cols=2 * len(fs))
            t.style = "Table Grid"
            for i, f in enumerate(fs):
                c = t.cell(0, 2 * i)
                shade(c, self.accent)
                self.lrun(c.paragraphs[0], f["label"])
                self.vrun(t.cell(0, 2 * i + 1).paragraphs[0], fmt_value(f.get("value", "")))

    def b_table(self, b):
        hdr, rows = b["headers"], b["rows"]
        t = self.d.add_table(rows=1 + len(rows), cols=len(hdr))
        t.style = b.get("tstyle", "Table Grid")
        static = set(b.get("static_cols", [0]))
        bold_rows = set(b.get("bold_rows", []))
        for i, h in enumerate(hdr):
            c = t.cell(0, i)
            shade(c, self.accent)
            r = c.paragraphs[0].add_run(str(h))
            r.bold = True
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                p = t.cell(ri + 1, ci).paragraphs[0]
                s = fmt_value(v)
                if ci in static:
                    r = p.add_run(s)
                else:
                    r = self.vrun(p, s)
                if ri in bold_rows:
                    r.bold = True
                if isinstance(b.get("align"), dict) and b["align"].get(ci) == "right":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.para()

    def b_check(self, b):
        p = self.para()
        self.lrun(p, b["label"] + " ")
        for opt, chk in b["options"]:
            p.add_run(("☒ " if chk else "☐ ") + opt + "    ")

    def b_sig(self, b):
        p = self.para()
        p.paragraph_format.space_before = Pt(10)
        p.add_run(b["text"])
        if b.get("value"):
            p.add_run(" ")
            self.vrun(p, b["value"])

    def b_br(self, b):
        self.para().add_run().add_break(WD_BREAK.PAGE)

    def b_sp(self, b):
        self.para()

    def build(self):
        for b in self.blocks:
            self.end_grid(b)
            getattr(self, "b_" + b["t"])(b)
        cp = self.d.core_properties
        cp.author = self.meta.get("author", "")
        cp.last_modified_by = self.meta.get("last_modified_by", self.meta.get("author", ""))
        cp.title = self.meta.get("title", "")
        cp.comments = ""
        cp.revision = self.meta.get("revision", 3)
        cp.created = datetime.datetime(2019, 3, 1, 9, 0, 0)
        cp.modified = datetime.datetime(2019, 6, 14, 20, 0, 0)
        buf = BytesIO()
        self.d.save(buf)
        return normalize(buf.getvalue(), self.meta.get("iso", "2019-06-14T20:00:00Z"))


def render(form, meta=None):
    return DocxForm(form, meta).build()
