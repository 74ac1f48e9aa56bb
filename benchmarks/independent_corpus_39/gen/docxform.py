"""Render a model.Doc as a filled-in Word form: label/value tables, optional
content controls (w:sdt) and check boxes (w14:checkbox or glyphs)."""
import datetime
import io
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from common import normalise_zip
from model import H, F, R, C, T, P, Box, Space, PageBreak

PLACEHOLDER = {"nl": "Klik of tik om tekst in te voeren.", "fr": "Cliquez ou appuyez ici pour entrer du texte."}


class DocxForm:
    def __init__(self, doc, style=None, lang="nl"):
        self.m = doc
        self.st = dict(font="Calibri", size=10, sdt=False, check="glyph", head="shade",
                       head_fill="D9D9D9", lab_w=6.0, val_w=10.5, empty="", lang=lang,
                       label_fill=None, header_in="header", dots=False)
        self.st.update(style or {})
        self.d = Document()
        self.sdt_id = 1000 + (abs(hash_str(doc.title)) % 9000) * 10
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
        normal = self.d.styles["Normal"]
        normal.font.name = self.st["font"]
        normal.font.size = Pt(self.st["size"])
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(a), self.st["font"])
        pf = normal.paragraph_format
        pf.space_after = Pt(2)
        self.table = None

    # ------------------------------------------------------------ helpers
    def _shade(self, cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def _next_id(self):
        self.sdt_id += 1
        return str(self.sdt_id)

    def _sdt_text(self, p, value, alias=None, multi=False):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        if alias:
            a = OxmlElement("w:alias")
            a.set(qn("w:val"), alias[:60])
            pr.append(a)
            t = OxmlElement("w:tag")
            t.set(qn("w:val"), re.sub(r"\W+", "_", alias.lower())[:40].strip("_"))
            pr.append(t)
        i = OxmlElement("w:id")
        i.set(qn("w:val"), self._next_id())
        pr.append(i)
        if not value:
            pr.append(OxmlElement("w:showingPlcHdr"))
        tx = OxmlElement("w:text")
        if multi:
            tx.set(qn("w:multiLine"), "1")
        pr.append(tx)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        lines = (value or PLACEHOLDER[self.st["lang"]]).split("\n")
        for k, ln in enumerate(lines):
            r = OxmlElement("w:r")
            if not value:
                rpr = OxmlElement("w:rPr")
                rs = OxmlElement("w:rStyle")
                rs.set(qn("w:val"), "PlaceholderText")
                rpr.append(rs)
                col = OxmlElement("w:color")
                col.set(qn("w:val"), "808080")
                rpr.append(col)
                r.append(rpr)
            if k:
                r.append(OxmlElement("w:br"))
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = ln
            r.append(t)
            content.append(r)
        sdt.append(content)
        p._p.append(sdt)

    def _sdt_check(self, p, checked):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        i = OxmlElement("w:id")
        i.set(qn("w:val"), self._next_id())
        pr.append(i)
        cb = OxmlElement("w14:checkbox")
        c1 = OxmlElement("w14:checked")
        c1.set(qn("w14:val"), "1" if checked else "0")
        cb.append(c1)
        cs = OxmlElement("w14:checkedState")
        cs.set(qn("w14:val"), "2612")
        cs.set(qn("w14:font"), "MS Gothic")
        cb.append(cs)
        us = OxmlElement("w14:uncheckedState")
        us.set(qn("w14:val"), "2610")
        us.set(qn("w14:font"), "MS Gothic")
        cb.append(us)
        pr.append(cb)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:eastAsia", "w:hAnsi"):
            rf.set(qn(a), "MS Gothic")
        rpr.append(rf)
        r.append(rpr)
        t = OxmlElement("w:t")
        t.text = "☒" if checked else "☐"
        r.append(t)
        content.append(r)
        sdt.append(content)
        p._p.append(sdt)

    def _value(self, p, value, label=None, multi=False):
        if self.st["sdt"]:
            self._sdt_text(p, value, alias=label, multi=multi)
            return
        if not value:
            if self.st["empty"]:
                p.add_run(self.st["empty"])
            return
        lines = value.split("\n")
        for k, ln in enumerate(lines):
            r = p.add_run(ln)
            if k < len(lines) - 1:
                r.add_break()

    def _checks_into(self, p, it):
        for k, opt in enumerate(it.options):
            chosen = opt in it.selected
            if self.st["check"] == "sdt":
                self._sdt_check(p, chosen)
            else:
                g = p.add_run(("☒" if chosen else "☐") if self.st["check"] == "glyph" else ("[X]" if chosen else "[  ]"))
                g.font.name = "MS Gothic" if self.st["check"] == "glyph" else None
            p.add_run(" " + opt + ("    " if k < len(it.options) - 1 else ""))

    def _ensure_table(self):
        if self.table is None:
            t = self.d.add_table(rows=0, cols=2)
            t.style = self.d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            self.table = t
        return self.table

    def _row(self):
        t = self._ensure_table()
        row = t.add_row()
        row.cells[0].width = Cm(self.st["lab_w"])
        row.cells[1].width = Cm(self.st["val_w"])
        if self.st["label_fill"]:
            self._shade(row.cells[0], self.st["label_fill"])
        return row

    def _close_table(self):
        if self.table is not None:
            self.table = None
            sp = self.d.add_paragraph()
            sp.paragraph_format.space_after = Pt(0)

    # ------------------------------------------------------------ items
    def header(self):
        m = self.m
        if self.st["header_in"] == "header" and (m.header_left or m.header_right):
            hdr = self.d.sections[0].header
            p = hdr.paragraphs[0]
            for k, ln in enumerate(m.header_left):
                r = p.add_run(ln)
                r.bold = k == 0
                r.font.size = Pt(8.5)
                if k < len(m.header_left) - 1:
                    r.add_break()
            if m.header_right:
                p2 = hdr.add_paragraph()
                p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for k, ln in enumerate(m.header_right):
                    r = p2.add_run(ln)
                    r.font.size = Pt(8)
                    if k < len(m.header_right) - 1:
                        r.add_break()
        elif m.header_left or m.header_right:
            t = self.d.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            p = c0.paragraphs[0]
            for k, ln in enumerate(m.header_left):
                r = p.add_run(ln)
                r.bold = k == 0
                r.font.size = Pt(9)
                if k < len(m.header_left) - 1:
                    r.add_break()
            p = c1.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for k, ln in enumerate(m.header_right):
                r = p.add_run(ln)
                r.font.size = Pt(8)
                if k < len(m.header_right) - 1:
                    r.add_break()
        if m.footer:
            fp = self.d.sections[0].footer.paragraphs[0]
            r = fp.add_run(m.footer.replace("{page}", "").strip(" -–p."))
            r.font.size = Pt(7)
        tp = self.d.add_paragraph()
        tp.alignment = WD_ALIGN_PARAGRAPH.CENTER if self.st.get("title_center") else WD_ALIGN_PARAGRAPH.LEFT
        r = tp.add_run(m.title)
        r.bold = True
        r.font.size = Pt(15)
        if m.subtitle:
            sp = self.d.add_paragraph()
            sp.alignment = tp.alignment
            r = sp.add_run(m.subtitle)
            r.italic = True
            r.font.size = Pt(10)
        for ptxt in m.intro:
            pp = self.d.add_paragraph()
            r = pp.add_run(ptxt)
            r.font.size = Pt(8.5)

    def heading(self, it):
        if self.st["head"] == "row" and it.level == 1:
            t = self._ensure_table()
            row = t.add_row()
            c = row.cells[0].merge(row.cells[1])
            self._shade(c, self.st["head_fill"])
            r = c.paragraphs[0].add_run(it.text)
            r.bold = True
            return
        self._close_table()
        if self.st["head"] == "style":
            self.d.add_heading(it.text, level=min(it.level, 2))
            return
        p = self.d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(it.text)
        r.bold = True
        r.font.size = Pt(11 if it.level == 1 else 10)
        if self.st["head"] == "shade" and it.level == 1:
            pPr = p._p.get_or_add_pPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), self.st["head_fill"])
            pPr.append(shd)

    def field(self, it):
        row = self._row()
        p = row.cells[0].paragraphs[0]
        p.add_run(it.label or "")
        if it.hint:
            r = row.cells[0].add_paragraph().add_run(it.hint)
            r.italic = True
            r.font.size = Pt(7.5)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        self._value(row.cells[1].paragraphs[0], it.value, label=it.label or it.tip, multi=it.kind == "multi")

    def row(self, it):
        row = self._row()
        labels = [f.label for f in it.fields if f.label]
        row.cells[0].paragraphs[0].add_run(it.label or " / ".join(labels))
        p = row.cells[1].paragraphs[0]
        for k, f in enumerate(it.fields):
            if k:
                p.add_run("   " if not it.label else "  –  ")
            if it.label and f.label:
                p.add_run(f.label + ": ")
            self._value(p, f.value, label=f.label or f.tip)

    def checks(self, it):
        row = self._row()
        row.cells[0].paragraphs[0].add_run(it.label or "")
        self._checks_into(row.cells[1].paragraphs[0], it)

    def table_item(self, it):
        self._close_table()
        if it.caption:
            p = self.d.add_paragraph()
            r = p.add_run(it.caption)
            r.bold = True
        t = self.d.add_table(rows=1, cols=len(it.headers))
        t.style = self.d.styles["Table Grid"]
        tot = float(sum(it.widths))
        for k, hd in enumerate(it.headers):
            c = t.rows[0].cells[k]
            c.width = Cm(17.0 * it.widths[k] / tot)
            r = c.paragraphs[0].add_run(hd)
            r.bold = True
            r.font.size = Pt(9)
            self._shade(c, "F2F2F2")
        for ri, rowv in enumerate(it.rows):
            row = t.add_row()
            for k, v in enumerate(rowv):
                c = row.cells[k]
                c.width = Cm(17.0 * it.widths[k] / tot)
                p = c.paragraphs[0]
                if k in it.field_cols and self.st["sdt"] and v is not None:
                    self._sdt_text(p, v, alias="%s %s" % (it.headers[k], rowv[0]) if k else it.headers[k])
                else:
                    r = p.add_run(v or "")
                    r.bold = ri in it.bold_rows
                    if k and re.search(r"\d", v or "") and not re.search(r"[A-Za-z]{3}", v or ""):
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.d.add_paragraph()

    def para(self, it):
        self._close_table()
        p = self.d.add_paragraph()
        r = p.add_run(it.text)
        if it.style == "small":
            r.font.size = Pt(8)
        elif it.style == "italic":
            r.italic = True
            r.font.size = Pt(8.5)
        elif it.style == "bold":
            r.bold = True

    def box(self, it):
        self._close_table()
        t = self.d.add_table(rows=1, cols=1)
        t.style = self.d.styles["Table Grid"]
        c = t.rows[0].cells[0]
        self._shade(c, "F2F2F2")
        r = c.paragraphs[0].add_run(it.title)
        r.bold = True
        r.font.size = Pt(8.5)
        for lab, val in it.rows:
            p = c.add_paragraph()
            r = p.add_run("%s: " % lab)
            r.font.size = Pt(8.5)
            if val:
                r2 = p.add_run(val)
                r2.font.size = Pt(8.5)
            else:
                r2 = p.add_run("…………………………")
                r2.font.size = Pt(8.5)
        self.d.add_paragraph()

    def render(self, created):
        self.header()
        for it in self.m.items:
            if isinstance(it, H):
                self.heading(it)
            elif isinstance(it, F):
                self.field(it)
            elif isinstance(it, R):
                self.row(it)
            elif isinstance(it, C):
                self.checks(it)
            elif isinstance(it, T):
                self.table_item(it)
            elif isinstance(it, P):
                self.para(it)
            elif isinstance(it, Box):
                self.box(it)
            elif isinstance(it, Space):
                self._close_table()
            elif isinstance(it, PageBreak):
                self._close_table()
                self.d.add_page_break()
        cp = self.d.core_properties
        meta = self.m.meta
        cp.author = meta.get("author", "")
        cp.title = meta.get("title", "")
        cp.last_modified_by = meta.get("last_modified_by", meta.get("author", ""))
        cp.created = meta.get("created", created)
        cp.modified = created
        cp.revision = meta.get("revision", 3)
        cp.comments = ""
        buf = io.BytesIO()
        self.d.save(buf)
        return normalise_zip(buf.getvalue())


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) & 0xFFFFFFF
    return h


def render(doc, created, style=None, lang="nl"):
    return DocxForm(doc, style, lang).render(created)
