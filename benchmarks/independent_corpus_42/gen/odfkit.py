"""odfpy helpers for Writer and Calc documents (deterministic save)."""
import io
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, TabStops, TabStop, TableRowProperties)
from odf.text import P, H, Span, Tab, LineBreak
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf import meta, dc
from odf.style import FontFace
from common import normalise_zip


class Odt:
    def __init__(self, creator, date_iso, title=""):
        self.doc = OpenDocumentText()
        for f, g in (("Liberation Sans", "swiss"), ("Liberation Serif", "roman")):
            self.doc.fontfacedecls.addElement(FontFace(name=f, fontfamily=f, fontfamilygeneric=g,
                                                       fontpitch="variable"))
        self.date = date_iso
        self.doc.meta.addElement(dc.Creator(text=creator))
        self.doc.meta.addElement(meta.InitialCreator(text=creator))
        self.doc.meta.addElement(meta.CreationDate(text=date_iso))
        self.doc.meta.addElement(dc.Date(text=date_iso))
        if title:
            self.doc.meta.addElement(dc.Title(text=title))
        self._n = 0
        self.styles = {}

    def pstyle(self, size=10, bold=False, italic=False, color=None, font="Liberation Sans", tabs=None,
               before="0cm", after="0.1cm", indent=None, align=None, bg=None):
        key = (size, bold, italic, color, font, tuple(tabs or []), before, after, indent, align, bg)
        if key in self.styles:
            return self.styles[key]
        self._n += 1
        st = Style(name="P%d" % self._n, family="paragraph")
        tp = {"fontsize": "%spt" % size, "fontname": font, "fontfamily": font}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        st.addElement(TextProperties(**tp))
        pp = {"margintop": before, "marginbottom": after}
        if indent:
            pp["marginleft"] = indent
        if align:
            pp["textalign"] = align
        if bg:
            pp["backgroundcolor"] = bg
        ppe = ParagraphProperties(**pp)
        if tabs:
            ts = TabStops()
            for t in tabs:
                if isinstance(t, tuple):
                    ts.addElement(TabStop(position=t[0], leaderstyle="dotted", leadertext="."))
                else:
                    ts.addElement(TabStop(position=t))
            ppe.addElement(ts)
        st.addElement(ppe)
        self.doc.automaticstyles.addElement(st)
        self.styles[key] = st
        return st

    def tstyle(self, bold=False, italic=False, color=None, font=None, size=None):
        key = ("T", bold, italic, color, font, size)
        if key in self.styles:
            return self.styles[key]
        self._n += 1
        st = Style(name="T%d" % self._n, family="text")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        if font:
            tp["fontname"] = font
            tp["fontfamily"] = font
        if size:
            tp["fontsize"] = "%spt" % size
        st.addElement(TextProperties(**tp))
        self.doc.automaticstyles.addElement(st)
        self.styles[key] = st
        return st

    def cellstyle(self, bg=None, border="0.5pt solid #000000", pad="0.1cm"):
        key = ("C", bg, border, pad)
        if key in self.styles:
            return self.styles[key]
        self._n += 1
        st = Style(name="C%d" % self._n, family="table-cell")
        kw = {"border": border, "padding": pad}
        if bg:
            kw["backgroundcolor"] = bg
        st.addElement(TableCellProperties(**kw))
        self.doc.automaticstyles.addElement(st)
        self.styles[key] = st
        return st

    def colstyle(self, width):
        key = ("COL", width)
        if key in self.styles:
            return self.styles[key]
        self._n += 1
        st = Style(name="CO%d" % self._n, family="table-column")
        st.addElement(TableColumnProperties(columnwidth=width))
        self.doc.automaticstyles.addElement(st)
        self.styles[key] = st
        return st

    def tablestyle(self, width="17cm"):
        key = ("TAB", width)
        if key in self.styles:
            return self.styles[key]
        self._n += 1
        st = Style(name="TA%d" % self._n, family="table")
        st.addElement(TableProperties(width=width, align="left"))
        self.doc.automaticstyles.addElement(st)
        self.styles[key] = st
        return st

    # -------- content
    def p(self, parts, style=None, parent=None, **kw):
        """parts: str, or list of str / ('b', str) / ('i', str) / ('tab',) / ('br',) / (tstyle, str)."""
        style = style or self.pstyle(**kw)
        el = P(stylename=style)
        if isinstance(parts, str):
            parts = [parts]
        for part in parts:
            if isinstance(part, str):
                self._addtext(el, part)
            elif part[0] == "tab":
                el.addElement(Tab())
            elif part[0] == "br":
                el.addElement(LineBreak())
            elif part[0] == "b":
                s = Span(stylename=self.tstyle(bold=True))
                self._addtext(s, part[1])
                el.addElement(s)
            elif part[0] == "i":
                s = Span(stylename=self.tstyle(italic=True, color=part[2] if len(part) > 2 else None))
                self._addtext(s, part[1])
                el.addElement(s)
            else:
                s = Span(stylename=part[0])
                self._addtext(s, part[1])
                el.addElement(s)
        (parent if parent is not None else self.doc.text).addElement(el)
        return el

    @staticmethod
    def _addtext(el, s):
        chunks = s.split("\t")
        for i, c in enumerate(chunks):
            if i:
                el.addElement(Tab())
            if c:
                el.addText(c)

    def table(self, name, widths):
        t = Table(name=name, stylename=self.tablestyle())
        for w in widths:
            t.addElement(TableColumn(stylename=self.colstyle(w)))
        self.doc.text.addElement(t)
        return t

    def bytes(self, dt):
        buf = io.BytesIO()
        self.doc.write(buf)
        return normalise_zip(buf.getvalue(), dt)


def cell(odt, row, paras, bg=None, span=1, vspan=1):
    """paras: list of (parts, pstyle)."""
    c = TableCell(stylename=odt.cellstyle(bg), valuetype="string")
    if span > 1:
        c.setAttribute("numbercolumnsspanned", str(span))
    if vspan > 1:
        c.setAttribute("numberrowsspanned", str(vspan))
    for parts, st in paras:
        odt.p(parts, style=st, parent=c)
    row.addElement(c)
    for _ in range(span - 1):
        row.addElement(CoveredTableCell())
    return c
