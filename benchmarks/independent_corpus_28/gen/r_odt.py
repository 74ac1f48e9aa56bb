"""LibreOffice .odt forms and .ods sheets with odfpy."""
import io

from odf import dc, meta
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (FontFace, GraphicProperties, ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TableRowProperties, TextProperties,
                       TabStop, TabStops)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, P, S, Span, Tab, TextInput

from common import normalize_zip


def _meta(doc, author, title, created):
    doc.meta.addElement(meta.InitialCreator(text=author))
    doc.meta.addElement(dc.Creator(text=author))
    if title:
        doc.meta.addElement(dc.Title(text=title))
    doc.meta.addElement(meta.CreationDate(text=created))
    doc.meta.addElement(dc.Date(text=created))


def add_text(par, s):
    """Add text with line breaks and runs of spaces preserved."""
    lines = s.split("\n")
    for i, ln in enumerate(lines):
        if i:
            par.addElement(LineBreak())
        parts = ln.split("  ")
        for j, pt in enumerate(parts):
            if j:
                par.addElement(S(c=2))
            if pt:
                par.addText(pt)


class Odt:
    def __init__(self, *, font="Liberation Sans", size="10pt", author="", title="",
                 created="2019-05-28T20:11:00", answer_color=None, head_color="#000000"):
        self.doc = OpenDocumentText()
        _meta(self.doc, author, title, created)
        self.doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric="swiss",
                                                   fontpitch="variable"))
        st = Style(name="Standard", family="paragraph")
        st.addElement(TextProperties(fontname=font, fontsize=size))
        self.doc.styles.addElement(st)
        self.s = {}
        A = self.doc.automaticstyles

        def ps(name, **tp):
            pp = tp.pop("pp", None)
            s = Style(name=name, family="paragraph", parentstylename="Standard")
            if tp:
                s.addElement(TextProperties(**tp))
            if pp:
                s.addElement(ParagraphProperties(**pp))
            A.addElement(s)
            self.s[name] = s
            return s

        ps("P", pp=dict(marginbottom="0.12cm"))
        ps("Small", fontsize="8pt", fontstyle="italic", color="#444444", pp=dict(marginbottom="0.1cm"))
        ps("Title", fontsize="15pt", fontweight="bold", pp=dict(textalign="center", marginbottom="0.2cm"))
        ps("Sub", fontsize="10pt", pp=dict(textalign="center", marginbottom="0.3cm"))
        ps("H", fontsize="12pt", fontweight="bold", color=head_color,
           pp=dict(margintop="0.35cm", marginbottom="0.15cm"))
        ps("Bold", fontweight="bold")
        ps("Ind", pp=dict(marginleft="0.6cm", marginbottom="0.15cm"))
        t = Style(name="Tdots", family="paragraph", parentstylename="Standard")
        pp = ParagraphProperties()
        tabs = TabStops()
        tabs.addElement(TabStop(position="17cm", leaderstyle="dotted", leadertext="."))
        pp.addElement(tabs)
        t.addElement(pp)
        A.addElement(t)
        self.s["Tdots"] = t
        b = Style(name="TB", family="text")
        b.addElement(TextProperties(fontweight="bold"))
        A.addElement(b)
        self.s["TB"] = b
        a = Style(name="TA", family="text")
        kw = {"color": answer_color} if answer_color else {}
        kw["fontfamily"] = font
        a.addElement(TextProperties(**kw))
        A.addElement(a)
        self.s["TA"] = a
        c = Style(name="Cell", family="table-cell")
        c.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
        A.addElement(c)
        self.s["Cell"] = c
        c2 = Style(name="CellShade", family="table-cell")
        c2.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                          backgroundcolor="#E6E6E6"))
        A.addElement(c2)
        self.s["CellShade"] = c2
        self.ntab = 0

    def par(self, text="", style="P"):
        p = P(stylename=self.s[style])
        if text:
            add_text(p, text)
        self.doc.text.addElement(p)
        return p

    def title(self, t, sub=None):
        self.par(t, "Title")
        if sub:
            self.par(sub, "Sub")

    def heading(self, t, level=1):
        h = H(outlinelevel=level, stylename=self.s["H"])
        h.addText(t)
        self.doc.text.addElement(h)

    def ans(self, p, v):
        sp = Span(stylename=self.s["TA"])
        add_text(sp, v)
        p.addElement(sp)

    def inline(self, label, value, sep=": ", bold=True):
        p = P(stylename=self.s["P"])
        if bold:
            sp = Span(stylename=self.s["TB"], text=label + sep)
            p.addElement(sp)
        else:
            p.addText(label + sep)
        if value:
            self.ans(p, value)
        self.doc.text.addElement(p)
        return p

    def nextline(self, label, value):
        self.par(label, "Bold")
        p = P(stylename=self.s["Ind"])
        if value:
            self.ans(p, value)
        self.doc.text.addElement(p)

    def dots(self, label, value):
        p = P(stylename=self.s["Tdots"])
        p.addText(label + " ")
        if value:
            self.ans(p, value)
        p.addElement(Tab())
        self.doc.text.addElement(p)

    def input_field(self, label, value, description=None):
        """Label: [input field] -- LibreOffice 'Input field' (text:text-input)."""
        p = P(stylename=self.s["P"])
        p.addElement(Span(stylename=self.s["TB"], text=label + " "))
        ti = TextInput(description=description or label)
        if value:
            ti.addText(value)
        p.addElement(ti)
        self.doc.text.addElement(p)

    def table(self, rows, widths_cm, header=False, shade_cols=(), answer_cols=None, spans=None,
              cell_pairs=False):
        """rows: list of lists (None = covered cell). spans: {(r,c): ncols}.
        cell_pairs: each cell value may be (label, answer) typed in one cell."""
        self.ntab += 1
        tn = f"Tab{self.ntab}"
        ts = Style(name=tn, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths_cm)}cm", align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=f"Tabel{self.ntab}", stylename=ts)
        for i, w in enumerate(widths_cm):
            cs = Style(name=f"{tn}.C{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        spans = spans or {}
        for ri, r in enumerate(rows):
            tr = TableRow()
            for ci, v in enumerate(r):
                if v is None and any((ri, cj) in spans and cj < ci < cj + spans[(ri, cj)] for cj in range(ci)):
                    tr.addElement(CoveredTableCell())
                    continue
                shade = (header and ri == 0) or ci in shade_cols
                kw = dict(stylename=self.s["CellShade" if shade else "Cell"], valuetype="string")
                if (ri, ci) in spans:
                    kw["numbercolumnsspanned"] = spans[(ri, ci)]
                tc = TableCell(**kw)
                p = P(stylename=self.s["P"])
                if isinstance(v, tuple):
                    lab, val = v
                    p.addElement(Span(stylename=self.s["TB"], text=lab + " "))
                    if val:
                        self.ans(p, val)
                elif v:
                    is_ans = answer_cols is not None and ci in answer_cols and not (header and ri == 0)
                    if is_ans:
                        self.ans(p, str(v))
                    elif header and ri == 0:
                        p.addElement(Span(stylename=self.s["TB"], text=str(v)))
                    else:
                        add_text(p, str(v))
                tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)
        self.par("")

    def save(self):
        b = io.BytesIO()
        self.doc.write(b)
        return normalize_zip(b.getvalue())
