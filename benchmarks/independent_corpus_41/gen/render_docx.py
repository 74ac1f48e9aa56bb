"""Word (.docx) renderers: 'table' (answers in table cells) and 'lines' (dotted-line form)."""
import datetime
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from common import segments, normalise_zip

BOX_ON, BOX_OFF = "\u2612", "\u2610"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.insert_element_before(shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                               "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")


def add_marked(par, value, size=None, bold=False, italic=False, font=None, color=None):
    for text, st in segments(value or ""):
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = par.add_run(part)
            if st:
                r.font.strike = True
            r.bold = bold or None
            r.italic = italic or None
            if size:
                r.font.size = Pt(size)
            if font:
                r.font.name = font
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if i < len(parts) - 1:
                r.add_break()


def set_cell(cell, value, size=9.5, bold=False, italic=False, color=None):
    p = cell.paragraphs[0]
    add_marked(p, value, size=size, bold=bold, italic=italic, color=color)
    return p


class Doc:
    def __init__(self, blocks, style, variant, meta):
        self.d = Document()
        self.blocks = blocks
        self.style = style
        self.variant = variant
        self.meta = meta
        st = self.d.styles["Normal"]
        st.font.name = "Calibri" if style == "left" else "Arial"
        st.font.size = Pt(10)
        sec = self.d.sections[0]
        sec.left_margin = sec.right_margin = Cm(2)
        sec.top_margin = Cm(1.8)
        self.table = None

    # helpers
    def para(self, text="", size=None, bold=False, italic=False, align=None, space_after=2):
        p = self.d.add_paragraph()
        add_marked(p, text, size=size, bold=bold, italic=italic)
        p.paragraph_format.space_after = Pt(space_after)
        if align:
            p.alignment = align
        return p

    def new_table(self, cols, widths):
        t = self.d.add_table(rows=0, cols=cols)
        t.style = self.d.styles["Table Grid"]
        t.autofit = False
        self.widths = widths
        self.table = t
        return t

    def add_row(self):
        row = self.table.add_row()
        for cell, w in zip(row.cells, self.widths):
            cell.width = Cm(w)
        return row

    def end_table(self):
        if self.table is not None:
            self.table = None
            p = self.d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)

    # rendering
    def run(self):
        for b in self.blocks:
            if b["t"] not in ("field", "row") and not (b["t"] == "budget"):
                self.end_table()
            getattr(self, "b_" + b["t"])(b)
        self.end_table()
        cp = self.d.core_properties
        cp.author = self.meta.get("author", "")
        cp.last_modified_by = self.meta.get("author", "")
        cp.title = self.meta.get("title", "")
        cp.revision = 3
        cp.comments = ""
        cp.created = datetime.datetime(2019, 4, 8, 9, 0, 0)
        cp.modified = datetime.datetime(*self.meta["stamp"])
        buf = io.BytesIO()
        self.d.save(buf)
        return normalise_zip(buf.getvalue(), self.meta["stamp"])

    def b_header(self, b):
        sec = self.d.sections[0]
        hp = sec.header.paragraphs[0]
        add_marked(hp, " | ".join(b["lines"]), size=7.5, color="666666")
        fp = sec.footer.paragraphs[0]
        add_marked(fp, b["foot"], size=7, color="666666")

    def b_title(self, b):
        self.para(b["text"], size=15, bold=True, space_after=0)
        self.para(b["sub"], size=9.5, italic=self.style == "above", space_after=6)

    def b_admin(self, b):
        t = self.d.add_table(rows=1, cols=2 if not b.get("at_end") else 1)
        t.style = self.d.styles["Table Grid"]
        cell = t.rows[0].cells[-1]
        set_cell(cell, b["title"], size=8, bold=True)
        for ln in b["lines"]:
            p = cell.add_paragraph()
            add_marked(p, ln, size=8)
        shade(cell, "F2F2F2")
        if not b.get("at_end"):
            t.rows[0].cells[0].width = Cm(10.5)
            cell.width = Cm(6.5)
            # remove borders of the spacer cell: leave it blank, grid style keeps it; acceptable look
        self.d.add_paragraph().paragraph_format.space_after = Pt(0)

    def b_note(self, b):
        self.para(b["text"], size=8, italic=True, space_after=6)

    def b_section(self, b):
        self.end_table()
        p = self.para(b["text"], size=11, bold=True, space_after=3)
        if self.style == "left":
            pPr = p._p.get_or_add_pPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "D9D9D9")
            pPr.insert_element_before(shd, "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                                      "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                                      "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                                      "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                                      "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                                      "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                                      "w:pPrChange")
        p.paragraph_format.space_before = Pt(8)

    # ---- fields
    def b_field(self, b):
        if self.variant == "lines":
            return self.line_field(b)
        if self.style == "left":
            if self.table is None:
                self.new_table(2, [6.0, 11.0])
            row = self.add_row()
            lab, val = row.cells
            p = set_cell(lab, b["label"], size=9)
            if b.get("hint"):
                add_marked(p, " (" + b["hint"] + ")", size=7.5, italic=True, color="808080")
            self.put_value(lab, val, b)
        else:
            self.b_row({"fields": [b]})

    def put_value(self, labcell, valcell, b):
        mode = b.get("mode", "box")
        v = b.get("value") or ""
        if not v:
            return
        if mode == "inlabel":
            add_marked(labcell.paragraphs[0], "  " + v, size=9.5, color="1F3864")
        elif mode == "beside":
            p = labcell.add_paragraph()
            add_marked(p, v, size=9.5, color="1F3864")
        else:
            set_cell(valcell, v, size=10)

    def b_row(self, b):
        if self.variant == "lines":
            for f in b["fields"]:
                self.line_field(f)
            return
        fields = b["fields"]
        if self.table is None:
            self.new_table(2, [8.5, 8.5])
        lrow = self.add_row()
        vrow = self.add_row()
        if len(fields) == 1:
            lc = lrow.cells[0].merge(lrow.cells[1])
            vc = vrow.cells[0].merge(vrow.cells[1])
            pairs = [(lc, vc, fields[0])]
        else:
            pairs = [(lrow.cells[i], vrow.cells[i], fields[i]) for i in range(2)]
        for lc, vc, f in pairs:
            set_cell(lc, f["label"], size=8, bold=True)
            shade(lc, "E7EEF7")
            if f.get("multi") and not f.get("value"):
                for _ in range(f["multi"] - 1):
                    vc.add_paragraph()
            self.put_value(lc, vc, f)

    def line_field(self, b):
        self.end_table()
        v = b.get("value") or ""
        mode = b.get("mode", "box")
        multi = b.get("multi", 0)
        p = self.d.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        lab = b["label"] + ("" if self.style == "above" else ":")
        add_marked(p, lab, size=9.5, bold=self.style == "above")
        if b.get("hint"):
            add_marked(p, " (" + b["hint"] + ")", size=7.5, italic=True, color="808080")
        if multi or (self.style == "above" and mode == "box"):
            if v:
                q = self.d.add_paragraph()
                q.paragraph_format.left_indent = Cm(0.6)
                q.paragraph_format.space_after = Pt(4)
                add_marked(q, v, size=10)
            else:
                for _ in range(max(1, multi)):
                    self.para("." * 110, size=8, space_after=2)
        else:
            if v:
                add_marked(p, " " + v + " ", size=10)
                add_marked(p, "." * max(4, 30 - len(v) // 2), size=8)
            else:
                add_marked(p, " " + "." * 70, size=8)

    def b_check(self, b):
        self.end_table()
        p = self.para(b["label"], size=9, bold=self.style == "above", space_after=1)
        if b.get("inline") or self.style == "above":
            q = self.d.add_paragraph()
            for txt, mk in b["options"]:
                add_marked(q, (BOX_ON if mk else BOX_OFF) + " " + txt + "    ", size=9)
        else:
            for txt, mk in b["options"]:
                q = self.para((BOX_ON if mk else BOX_OFF) + " " + txt, size=9, space_after=0)
                q.paragraph_format.left_indent = Cm(0.8)

    def b_budget(self, b):
        self.end_table()
        widths_cm = [17 * w for w in b["widths"]]
        t = self.new_table(len(b["head"]), widths_cm)
        hrow = self.add_row()
        for cell, head in zip(hrow.cells, b["head"]):
            set_cell(cell, head, size=9, bold=True)
            shade(cell, "D9D9D9")
        bm = b.get("m", {})
        for row in b["rows"]:
            r = self.add_row()
            for ci, (cell, val) in enumerate(zip(r.cells, row)):
                set_cell(cell, val, size=9.5)
                if val and ci == len(row) - 1:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = self.add_row()
        lab, val = b["total"]
        set_cell(r.cells[-2], lab, size=9.5, bold=True)
        if val:
            if bm.get("total") == "beside":
                add_marked(r.cells[-2].paragraphs[0], "   " + val, size=9.5)
            else:
                set_cell(r.cells[-1], val, size=9.5, bold=True)
        self.end_table()
        if self.variant == "lines":
            for lab, val, name in b["extras"]:
                self.line_field({"label": lab, "value": val, "mode": bm.get(name, "box")})
            return
        self.new_table(2, [10.0, 7.0])
        for lab, val, name in b["extras"]:
            r = self.add_row()
            set_cell(r.cells[0], lab, size=9)
            self.put_value(r.cells[0], r.cells[1], {"value": val, "mode": bm.get(name, "box")})
        self.end_table()


def render_docx(blocks, style, variant, meta):
    return Doc(blocks, style, variant, meta).run()
