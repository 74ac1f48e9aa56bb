"""Word .docx renderer (python-docx + a little raw XML for content controls)."""
import datetime
import io
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from common import normalise_zip

DEFAULT = {
    "mode": "table2", "font": "Calibri", "size": 10.5, "ans_color": None, "lab_bold": False,
    "shade": "D9E2F3", "head_shade": "D9D9D9", "accent": "1F3864", "bi": "stack",
    "header_in": "body", "footer": None, "lab_w": 6.0, "ans_w": 10.5, "tab": 7.0,
    "sdt_ph": None, "author": "", "created": (2019, 5, 2, 9, 0), "title_meta": "",
    "check_on": "☒", "check_off": "☐", "under_dots": False, "borders": True,
    "label_colon": "", "ans_font": None, "ans_italic": False, "margin": 2.0,
}


class DocxForm:
    def __init__(self, style):
        self.s = dict(DEFAULT)
        self.s.update(style)
        s = self.s
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = s["font"]
        st.font.size = Pt(s["size"])
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), s["font"])
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(sec, side, Cm(s["margin"]))
        sec.top_margin = Cm(1.8)
        sec.bottom_margin = Cm(1.8)
        if s["footer"]:
            fp = sec.footer.paragraphs[0]
            r = fp.add_run(s["footer"])
            r.font.size = Pt(7.5)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        cp = self.d.core_properties
        when = datetime.datetime(*s["created"])
        cp.author = s["author"]
        cp.last_modified_by = s.get("_editor", s["author"])
        cp.created = when
        cp.modified = s.get("_when") or when + datetime.timedelta(days=3, hours=2)
        cp.revision = 4
        cp.title = s["title_meta"]
        cp.comments = ""
        self.table = None
        self.sdt_id = 1000
        self.first_block = True

    # ------------------------------------------------------------ helpers
    def run(self, p, text, bold=False, italic=False, size=None, color=None, font=None):
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        return r

    def ans_run(self, p, text):
        s = self.s
        return self.run(p, text, color=s["ans_color"], italic=s["ans_italic"], font=s["ans_font"])

    def sdt(self, p, value, alias, placeholder=None):
        """Inline plain-text content control holding the answer."""
        s = self.s
        self.sdt_id += 7
        color = s["ans_color"]
        rpr = ""
        if color:
            rpr = '<w:rPr><w:color w:val="%s"/></w:rPr>' % color
        if value:
            content = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _esc(value))
            ph = ""
        else:
            ph_text = placeholder or s["sdt_ph"] or "Klik of tik om tekst in te voeren."
            content = ('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                       '<w:t>%s</w:t></w:r>' % _esc(ph_text))
            ph = "<w:showingPlcHdr/>"
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
               '<w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
               % (nsdecls("w"), _esc(alias), _esc(alias.lower().replace(" ", "_")[:30]),
                  self.sdt_id, ph, content))
        p._p.append(parse_xml(xml))

    def put_answer(self, p, value, alias):
        if self.s["mode"].startswith("sdt"):
            self.sdt(p, value, alias)
        elif value:
            self.ans_run(p, value)

    def shade(self, cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    def new_table(self, ncols, widths):
        t = self.d.add_table(rows=0, cols=ncols)
        if self.s["borders"]:
            t.style = self.d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = Cm(w)
        self._widths = widths
        return t

    def add_row(self, t, widths=None):
        r = t.add_row()
        for c, w in zip(r.cells, widths or self._widths):
            c.width = Cm(w)
        return r

    def close(self):
        if self.table is not None:
            self.table = None
            self.d.add_paragraph().paragraph_format.space_after = Pt(2)

    def lab(self, b):
        s = self.s
        lab = b.get("label") or ""
        if b.get("num"):
            lab = "%s %s" % (b["num"], lab)
        if b.get("alt") and s["bi"] == "slash":
            lab += " / " + b["alt"]
        return lab + s["label_colon"]

    def cell_label(self, cell, b):
        s = self.s
        p = cell.paragraphs[0]
        self.run(p, self.lab(b), bold=s["lab_bold"])
        if b.get("alt") and s["bi"] == "stack":
            p2 = cell.add_paragraph()
            self.run(p2, b["alt"], italic=True, size=s["size"] - 1.5, color="595959")
        if b.get("hint"):
            p3 = cell.add_paragraph()
            self.run(p3, b["hint"], italic=True, size=7.5, color="7F7F7F")

    # ------------------------------------------------------------ blocks
    def render(self, blocks):
        for b in blocks:
            getattr(self, "b_" + b["t"])(b)
        buf = io.BytesIO()
        self.d.save(buf)
        app = lambda b: re.sub(rb"<Application>[^<]*</Application>", b"<Application>Microsoft Office Word</Application>", b)
        return normalise_zip(buf.getvalue(), when=_zip_when(self.s), patch={"docProps/app.xml": app})

    def b_gap(self, b):
        self.close()

    def b_pagebreak(self, b):
        self.close()
        from docx.enum.text import WD_BREAK
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def b_header(self, b):
        s = self.s
        if s["header_in"] == "header":
            hp = self.d.sections[0].header.paragraphs[0]
            for i, ln in enumerate(b["lines"]):
                if i:
                    hp.add_run().add_break()
                self.run(hp, ln, bold=(i == 0), size=9 if i == 0 else 8, color=s["accent"] if i == 0 else "404040")
        if b.get("right") or s["header_in"] != "header":
            t = self.new_table(2, [10.0, 6.5])
            t.style = None
            r = self.add_row(t)
            if s["header_in"] != "header":
                p = r.cells[0].paragraphs[0]
                for i, ln in enumerate(b["lines"]):
                    if i:
                        p.add_run().add_break()
                    self.run(p, ln, bold=(i == 0), size=10 if i == 0 else 8,
                             color=s["accent"] if i == 0 else "404040")
            if b.get("right"):
                c = r.cells[1]
                self._box_border(c)
                p = c.paragraphs[0]
                for i, ln in enumerate(b["right"]):
                    if i:
                        p.add_run().add_break()
                    self.run(p, ln, italic=(i == 0), size=7.5)
            self.d.add_paragraph()

    def _box_border(self, cell):
        tcPr = cell._tc.get_or_add_tcPr()
        borders = OxmlElement("w:tcBorders")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "6")
            e.set(qn("w:color"), "404040")
            borders.append(e)
        tcPr.append(borders)

    def b_title(self, b):
        s = self.s
        self.close()
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if s.get("title_center") else None
        self.run(p, b["text"], bold=True, size=15, color=s["accent"])
        if b["sub"]:
            p2 = self.d.add_paragraph()
            p2.alignment = p.alignment
            self.run(p2, b["sub"], italic=True, size=9.5)

    def b_section(self, b):
        s = self.s
        txt = b["text"]
        if b.get("num"):
            txt = "%s %s" % (b["num"], txt)
        if b.get("alt") and s["bi"] == "slash":
            txt += " / " + b["alt"]
        if s["mode"] in ("table2", "table3", "sdt_table") and s.get("sec_in_table", True):
            ncol = 3 if s["mode"] == "table3" else 2
            widths = self._tw()
            if self.table is None:
                self.table = self.new_table(ncol, widths)
            r = self.add_row(self.table, widths)
            c = r.cells[0].merge(r.cells[-1])
            self.shade(c, s["shade"])
            p = c.paragraphs[0]
            self.run(p, txt, bold=True, color=s.get("sec_color"))
            if b.get("alt") and s["bi"] in ("stack", "col"):
                self.run(p, "  " + b["alt"], italic=True, size=s["size"] - 1)
        else:
            self.close()
            p = self.d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            self.run(p, txt, bold=True, size=s["size"] + 1.5, color=s["accent"])
            if b.get("alt") and s["bi"] in ("stack", "col"):
                p2 = self.d.add_paragraph()
                self.run(p2, b["alt"], italic=True, size=s["size"] - 1, color="595959")

    def _tw(self):
        s = self.s
        if s["mode"] == "table3":
            return [s["lab_w"] * 0.7, s["lab_w"] * 0.7, s["ans_w"] - s["lab_w"] * 0.4]
        return [s["lab_w"], s["ans_w"]]

    def b_note(self, b):
        s = self.s
        if b["box"]:
            self.close()
            t = self.new_table(1, [16.5])
            c = self.add_row(t).cells[0]
            self.shade(c, "F2F2F2")
            self.run(c.paragraphs[0], b["text"], italic=True, size=s["size"] - 1.5)
            self.d.add_paragraph()
        elif self.table is not None and s.get("notes_in_table"):
            r = self.add_row(self.table)
            c = r.cells[0].merge(r.cells[-1])
            self.run(c.paragraphs[0], b["text"], italic=True, size=s["size"] - 1.5, color="404040")
        else:
            self.close()
            p = self.d.add_paragraph()
            self.run(p, b["text"], italic=True, size=s["size"] - 1.5, color="404040")

    def b_para(self, b):
        self.close()
        p = self.d.add_paragraph()
        self.run(p, b["text"], color=b.get("color") or self.s["ans_color"])

    def b_field(self, b, in_row=False):
        s = self.s
        mode = s["mode"]
        alias = b.get("tip") or b["label"]
        if b.get("under"):
            mode = "under"
        if mode in ("table2", "sdt_table") and not b.get("under"):
            widths = self._tw()
            if self.table is None:
                self.table = self.new_table(2, widths)
            r = self.add_row(self.table, widths)
            self.cell_label(r.cells[0], b)
            if s.get("lab_shade"):
                self.shade(r.cells[0], s["lab_shade"])
            vals = (b["value"] or "").split("\n")
            p = r.cells[1].paragraphs[0]
            self.put_answer(p, vals[0], alias)
            for v in vals[1:]:
                self.put_answer(r.cells[1].add_paragraph(), v, alias)
            return
        if mode == "table3":
            widths = self._tw()
            if self.table is None:
                self.table = self.new_table(3, widths)
            r = self.add_row(self.table, widths)
            lab = b["label"] if not b.get("num") else "%s %s" % (b["num"], b["label"])
            self.run(r.cells[0].paragraphs[0], lab, bold=s["lab_bold"])
            self.run(r.cells[1].paragraphs[0], b.get("alt") or "", italic=True, color="404040")
            self.put_answer(r.cells[2].paragraphs[0], b["value"], alias)
            return
        self.close()
        if mode in ("leader", "dotsline", "sdt_inline"):
            p = self.d.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            self.run(p, self.lab(b), bold=s["lab_bold"])
            if b.get("alt") and s["bi"] == "stack":
                self.run(p, " (" + b["alt"] + ")", italic=True, size=s["size"] - 1.5, color="595959")
            if mode == "leader":
                p.paragraph_format.tab_stops.add_tab_stop(Cm(s["tab"]), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
                self.run(p, "\t")
                self.ans_run(p, " " + (b["value"] or ""))
            elif mode == "dotsline":
                self.run(p, " " + "." * s.get("ndots", 40) + " ", color="7F7F7F")
                self.ans_run(p, b["value"] or "")
            else:
                self.run(p, " ")
                self.sdt(p, b["value"], alias)
            if b.get("hint"):
                p3 = self.d.add_paragraph()
                self.run(p3, b["hint"], italic=True, size=7.5, color="7F7F7F")
            return
        # mode 'under': question on its line, answer typed on the line under it
        p = self.d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(5)
        if b.get("num"):
            self.run(p, b["num"] + " ", bold=True)
        lab = b["label"]
        if b.get("alt") and s["bi"] == "slash":
            lab += " / " + b["alt"]
        self.run(p, lab, bold=s["lab_bold"])
        if b.get("alt") and s["bi"] == "stack":
            p1 = self.d.add_paragraph()
            p1.paragraph_format.space_after = Pt(0)
            self.run(p1, b["alt"], italic=True, size=s["size"] - 1.5, color="595959")
        if b.get("hint"):
            ph = self.d.add_paragraph()
            ph.paragraph_format.space_after = Pt(0)
            self.run(ph, b["hint"], italic=True, size=7.5, color="7F7F7F")
        if s["under_dots"]:
            pd = self.d.add_paragraph()
            pd.paragraph_format.space_after = Pt(0)
            self.run(pd, "." * 110, color="A6A6A6", size=8)
        for v in (b["value"] or "").split("\n"):
            pa = self.d.add_paragraph()
            pa.paragraph_format.left_indent = Cm(0.6)
            pa.paragraph_format.space_after = Pt(2)
            if s["mode"].startswith("sdt"):
                self.sdt(pa, v, alias)
            else:
                self.ans_run(pa, v)

    def b_row(self, b):
        s = self.s
        if s["mode"] in ("leader", "dotsline", "sdt_inline"):
            self.close()
            p = self.d.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            for i, f in enumerate(b["fields"]):
                if i:
                    self.run(p, "     ")
                self.run(p, self.lab(f) + " ", bold=s["lab_bold"])
                if s["mode"] == "dotsline":
                    self.run(p, "." * 12 + " ", color="7F7F7F")
                if s["mode"] == "sdt_inline":
                    self.sdt(p, f["value"], f.get("tip") or f["label"])
                else:
                    self.ans_run(p, f["value"] or "")
            return
        for f in b["fields"]:
            self.b_field(f)

    def b_checks(self, b):
        s = self.s
        txt = "   ".join("%s %s" % (s["check_on"] if on else s["check_off"], o) for o, on in b["opts"])
        if self.table is not None and s["mode"] in ("table2", "sdt_table"):
            r = self.add_row(self.table)
            self.cell_label(r.cells[0], b)
            self.run(r.cells[1].paragraphs[0], txt)
            return
        if self.table is not None and s["mode"] == "table3":
            r = self.add_row(self.table)
            self.run(r.cells[0].paragraphs[0], b["label"])
            self.run(r.cells[1].paragraphs[0], b.get("alt") or "", italic=True, color="404040")
            self.run(r.cells[2].paragraphs[0], txt)
            return
        self.close()
        p = self.d.add_paragraph()
        self.run(p, self.lab(b) + "  ", bold=s["lab_bold"])
        self.run(p, txt)

    def b_boxes(self, b):
        s = self.s
        self.close()
        p = self.d.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        self.run(p, self.lab(b), bold=s["lab_bold"])
        n = b["n"]
        t = self.new_table(n, [0.55] * n)
        r = self.add_row(t, [0.55] * n)
        for i, ch in enumerate((b["value"] or "").ljust(n)[:n]):
            cp = r.cells[i].paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if ch.strip():
                self.ans_run(cp, ch)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        self.d.add_paragraph().paragraph_format.space_after = Pt(1)

    def b_table(self, b):
        s = self.s
        self.close()
        if b.get("title"):
            p = self.d.add_paragraph()
            self.run(p, b["title"], bold=True)
        n = len(b["headers"])
        ws = b["widths"] or [1] * n
        tot = sum(ws)
        widths = [16.5 * w / tot for w in ws]
        t = self.new_table(n, widths)
        if not s["borders"]:
            t.style = self.d.styles["Table Grid"]
        r = self.add_row(t, widths)
        for c, h in zip(r.cells, b["headers"]):
            self.shade(c, s["head_shade"])
            self.run(c.paragraphs[0], h, bold=True, size=s["size"] - 0.5)
        for ri, row in enumerate(b["rows"]):
            r = self.add_row(t, widths)
            bold = ri in b["bold"]
            for ci, (c, v) in enumerate(zip(r.cells, row)):
                p = c.paragraphs[0]
                if ci > 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if ci == 0 and not b["fill_labels"]:
                    self.run(p, v, bold=bold)
                elif v:
                    rr = self.ans_run(p, v)
                    rr.bold = bold or None
        if b.get("note"):
            p = self.d.add_paragraph()
            self.run(p, b["note"], italic=True, size=s["size"] - 1.5, color="404040")
        else:
            self.d.add_paragraph()

    def b_sign(self, b):
        self.close()
        p = self.d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        for i, (lab, val) in enumerate(b["items"]):
            if i:
                self.run(p, "\t\t")
            self.run(p, lab + " ")
            if val:
                self.ans_run(p, val)
            else:
                self.run(p, "...................................", color="7F7F7F")


def _esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render(blocks, style):
    return DocxForm(style).render(blocks)


def _zip_when(s):
    w = s.get("_when")
    if w:
        return (w.year, w.month, w.day, w.hour, w.minute, 0)
    return tuple(s["created"]) + (0,)
