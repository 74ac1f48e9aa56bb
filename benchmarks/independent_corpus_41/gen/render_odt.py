"""OpenDocument text (.odt) renderer: Writer tables."""
import io

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, MasterPage, PageLayout, PageLayoutProperties,
                       Header, Footer)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, Span, LineBreak
from odf import meta as odfmeta, dc

from common import segments, normalise_zip

BOX_ON, BOX_OFF = "\u2612", "\u2610"


class Odt:
    def __init__(self, blocks, style, meta):
        self.doc = OpenDocumentText()
        self.blocks = blocks
        self.style = style
        self.meta = meta
        self.n = 0
        self.table = None
        d = self.doc
        font = "Liberation Sans" if style == "above" else "Liberation Serif"
        self.s = {}
        from odf.style import FontFace
        d.fontfacedecls.addElement(FontFace(name=font, fontfamily=font,
                                            fontfamilygeneric="swiss" if style == "above" else "roman",
                                            fontpitch="variable"))

        def pstyle(name, size=10, bold=False, italic=False, bg=None, mt="0cm", mb="0.1cm", color=None):
            st = Style(name=name, family="paragraph")
            tp = dict(fontsize="%.1fpt" % size, fontname=font, fontfamily=font)
            if bold:
                tp["fontweight"] = "bold"
            if italic:
                tp["fontstyle"] = "italic"
            if color:
                tp["color"] = color
            st.addElement(TextProperties(**tp))
            pp = dict(margintop=mt, marginbottom=mb)
            if bg:
                pp["backgroundcolor"] = bg
            st.addElement(ParagraphProperties(**pp))
            d.automaticstyles.addElement(st)
            self.s[name] = st
            return st

        pstyle("Body", 10)
        pstyle("Small", 8, italic=True, mb="0.2cm")
        pstyle("Title", 15, bold=True, mb="0cm")
        pstyle("Sub", 9.5, mb="0.25cm")
        pstyle("Sect", 11, bold=True, bg="#d9d9d9" if style == "left" else None, mt="0.3cm", mb="0.15cm")
        pstyle("Lab", 9, bold=style == "above")
        pstyle("Val", 10, color="#1f3864")
        pstyle("Tiny", 7.5, color="#666666")
        st = Style(name="Strike", family="text")
        st.addElement(TextProperties(textlinethroughstyle="solid", textlinethroughtype="single"))
        d.automaticstyles.addElement(st)
        self.s["Strike"] = st
        st = Style(name="Hint", family="text")
        st.addElement(TextProperties(fontstyle="italic", fontsize="7.5pt", color="#808080"))
        d.automaticstyles.addElement(st)
        self.s["Hint"] = st
        for name, bg in (("Cell", None), ("CellShade", "#e7eef7" if style == "above" else "#f2f2f2"),
                         ("CellHead", "#d9d9d9")):
            cs = Style(name=name, family="table-cell")
            kw = dict(border="0.5pt solid #000000", padding="0.08cm")
            if bg:
                kw["backgroundcolor"] = bg
            cs.addElement(TableCellProperties(**kw))
            d.automaticstyles.addElement(cs)
            self.s[name] = cs
        # page layout with header/footer
        pl = PageLayout(name="PL")
        pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                           marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
        d.automaticstyles.addElement(pl)
        self.mp = MasterPage(name="Standard", pagelayoutname=pl)
        d.masterstyles.addElement(self.mp)

    def add_text(self, p, value, strike_style=True):
        for text, st in segments(value or ""):
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if st:
                    p.addElement(Span(stylename=self.s["Strike"], text=part))
                else:
                    p.addText(part)
                if i < len(parts) - 1:
                    p.addElement(LineBreak())

    def para(self, text, style="Body"):
        p = P(stylename=self.s[style])
        self.add_text(p, text)
        self.doc.text.addElement(p)
        return p

    def new_table(self, widths):
        self.n += 1
        name = "T%d" % self.n
        ts = Style(name=name, family="table")
        ts.addElement(TableProperties(width="%.2fcm" % sum(widths), align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for i, w in enumerate(widths):
            cs = Style(name="%s.C%d" % (name, i), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        self.doc.text.addElement(t)
        self.table = t
        self.ncols = len(widths)
        return t

    def end_table(self):
        if self.table is not None:
            self.table = None
            self.doc.text.addElement(P(stylename=self.s["Tiny"]))

    def cell(self, row, value="", pstyle="Val", cstyle="Cell", span=1, hint=None):
        c = TableCell(stylename=self.s[cstyle], valuetype="string")
        if span > 1:
            c.setAttribute("numbercolumnsspanned", span)
        p = P(stylename=self.s[pstyle])
        self.add_text(p, value)
        if hint:
            p.addElement(Span(stylename=self.s["Hint"], text=" (" + hint + ")"))
        c.addElement(p)
        row.addElement(c)
        for _ in range(span - 1):
            row.addElement(CoveredTableCell())
        return c, p

    def run(self):
        for b in self.blocks:
            if b["t"] not in ("field", "row"):
                self.end_table()
            getattr(self, "b_" + b["t"])(b)
        self.end_table()
        m = self.doc.meta
        m.addElement(dc.Title(text=self.meta.get("title", "")))
        m.addElement(dc.Creator(text=self.meta.get("author", "")))
        buf = io.BytesIO()
        self.doc.write(buf)
        return normalise_zip(buf.getvalue(), self.meta["stamp"])

    def b_header(self, b):
        h = Header()
        p = P(stylename=self.s["Tiny"], text=" | ".join(b["lines"]))
        h.addElement(p)
        self.mp.addElement(h)
        f = Footer()
        f.addElement(P(stylename=self.s["Tiny"], text=b["foot"]))
        self.mp.addElement(f)

    def b_title(self, b):
        self.para(b["text"], "Title")
        self.para(b["sub"], "Sub")

    def b_admin(self, b):
        t = self.new_table([7.0] if b.get("at_end") else [10.0, 7.0])
        row = TableRow()
        t.addElement(row)
        if not b.get("at_end"):
            c = TableCell(valuetype="string")
            c.addElement(P(stylename=self.s["Tiny"]))
            row.addElement(c)
        c = TableCell(stylename=self.s["CellShade"], valuetype="string")
        c.addElement(P(stylename=self.s["Lab"], text=b["title"]))
        for ln in b["lines"]:
            c.addElement(P(stylename=self.s["Tiny"], text=ln))
        row.addElement(c)
        self.end_table()

    def b_note(self, b):
        self.para(b["text"], "Small")

    def b_section(self, b):
        self.end_table()
        self.para(b["text"], "Sect")

    def put(self, labp, valrow_or_none, b):
        """returns the value text destined for the value cell (or '' if moved)"""
        mode = b.get("mode", "box")
        v = b.get("value") or ""
        if v and mode == "inlabel":
            labp.addText("  ")
            self.add_text(labp, v)
            return ""
        if v and mode == "beside":
            labp.addElement(LineBreak())
            self.add_text(labp, v)
            return ""
        return v

    def b_field(self, b):
        if self.style == "left":
            if self.table is None:
                self.new_table([6.0, 11.0])
            row = TableRow()
            self.table.addElement(row)
            c, p = self.cell(row, b["label"], "Lab", "CellShade", hint=b.get("hint"))
            v = self.put(p, None, b)
            self.cell(row, v)
        else:
            self.b_row({"fields": [b]})

    def b_row(self, b):
        fields = b["fields"]
        if self.table is None:
            self.new_table([8.5, 8.5])
        lrow, vrow = TableRow(), TableRow()
        self.table.addElement(lrow)
        self.table.addElement(vrow)
        span = 2 if len(fields) == 1 else 1
        for f in fields:
            c, p = self.cell(lrow, f["label"], "Lab", "CellShade", span=span)
            v = self.put(p, None, f)
            self.cell(vrow, v, span=span)

    def b_check(self, b):
        self.end_table()
        self.para(b["label"], "Lab")
        if b.get("inline") or self.style == "above":
            self.para("    ".join((BOX_ON if mk else BOX_OFF) + " " + t for t, mk in b["options"]), "Body")
        else:
            for t, mk in b["options"]:
                self.para("      " + (BOX_ON if mk else BOX_OFF) + " " + t, "Body")

    def b_budget(self, b):
        widths = [17 * w for w in b["widths"]]
        t = self.new_table(widths)
        row = TableRow()
        t.addElement(row)
        for h in b["head"]:
            self.cell(row, h, "Lab", "CellHead")
        for r in b["rows"]:
            row = TableRow()
            t.addElement(row)
            for v in r:
                self.cell(row, v)
        row = TableRow()
        t.addElement(row)
        lab, val = b["total"]
        bm = b.get("m", {})
        if len(widths) == 3:
            self.cell(row, "")
        if bm.get("total") == "beside" and val:
            self.cell(row, lab + "   " + val, "Lab")
            self.cell(row, "")
        else:
            self.cell(row, lab, "Lab")
            self.cell(row, val)
        self.end_table()
        self.new_table([10.0, 7.0])
        for lab, val, name in b["extras"]:
            row = TableRow()
            self.table.addElement(row)
            c, p = self.cell(row, lab, "Lab", "CellShade")
            v = self.put(p, None, {"value": val, "mode": bm.get(name, "box")})
            self.cell(row, v)
        self.end_table()


def render_odt(blocks, style, meta):
    return Odt(blocks, style, meta).run()
