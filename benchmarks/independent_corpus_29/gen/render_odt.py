"""LibreOffice Writer (.odt) renderer with odfpy."""
from io import BytesIO

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties,
                       TableColumnProperties, TableCellProperties,
                       TableProperties, TabStops, TabStop)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, Span, Tab, H as OH
from odf import meta as ometa, dc

from blocks import fmt_value
from ziputil import normalize


class OdtForm:
    def __init__(self, form, meta):
        self.st = st = form.get("style", {})
        self.blocks = form["blocks"]
        self.meta = meta or {}
        self.doc = OpenDocumentText()
        self.fstyle = st.get("field", "colon")
        self.font = st.get("font", "Liberation Sans")
        self.size = st.get("size", 10)
        self.accent = st.get("accent", "#dddddd")
        self.tcount = 0
        a = self.doc.automaticstyles
        s = self.doc.styles

        def ps(name, **tp):
            stl = Style(name=name, family="paragraph")
            pp = {k[3:]: v for k, v in tp.items() if k.startswith("pp_")}
            tpp = {k: v for k, v in tp.items() if not k.startswith("pp_")}
            stl.addElement(TextProperties(fontname=self.font, fontfamily=self.font,
                                          fontsize=tpp.pop("fontsize", f"{self.size}pt"), **tpp))
            if pp:
                stl.addElement(ParagraphProperties(**pp))
            s.addElement(stl)
            return stl
        self.sP = ps("Formtext", pp_marginbottom="0.12cm")
        self.sTitle = ps("Formtitle", fontsize=f"{st.get('title_size', 16)}pt", fontweight="bold",
                         pp_textalign=st.get("title_align", "left"), pp_marginbottom="0.3cm")
        self.sSub = ps("Formsub", fontsize=f"{self.size - 1}pt",
                       pp_textalign=st.get("title_align", "left"))
        self.sNote = ps("Formnote", fontsize=f"{self.size - 1.5}pt", fontstyle="italic",
                        pp_marginbottom="0.2cm",
                        **({"pp_backgroundcolor": "#f2f2f2", "pp_padding": "0.1cm",
                            "pp_border": "0.5pt solid #999999"} if st.get("note_box") else {}))
        self.sH = ps("Formheading", fontsize=f"{self.size + 2}pt", fontweight="bold",
                     pp_margintop="0.35cm", pp_marginbottom="0.15cm",
                     **({"pp_backgroundcolor": self.accent, "pp_padding": "0.05cm"}
                        if st.get("heading") == "shaded" else {}),
                     **({"pp_borderbottom": "0.8pt solid #000000"}
                        if st.get("heading") == "underline" else {}))
        self.sInd = ps("Formanswer", pp_marginleft="0.6cm", pp_marginbottom="0.12cm")
        self.sSmall = ps("Formsmall", fontsize=f"{self.size - 2.5}pt", fontstyle="italic",
                         pp_marginbottom="0.2cm", pp_bordertop="0.5pt solid #000000")
        self.sBreak = Style(name="Formbreak", family="paragraph")
        self.sBreak.addElement(ParagraphProperties(breakbefore="page"))
        a.addElement(self.sBreak)
        self.sTab = Style(name="Formtab", family="paragraph", parentstylename=self.sP)
        pp = ParagraphProperties()
        ts = TabStops()
        ts.addElement(TabStop(position=st.get("tab", "6cm")))
        pp.addElement(ts)
        self.sTab.addElement(pp)
        a.addElement(self.sTab)
        self.sDots = Style(name="Formdots", family="paragraph", parentstylename=self.sP)
        pp = ParagraphProperties()
        ts = TabStops()
        ts.addElement(TabStop(position="16.5cm", type="right", leaderstyle="dotted", leadertext="."))
        pp.addElement(ts)
        self.sDots.addElement(pp)
        a.addElement(self.sDots)
        self.sL = Style(name="Lbl", family="text")
        self.sL.addElement(TextProperties(fontweight="bold" if st.get("lbold", True) else "normal"))
        a.addElement(self.sL)
        self.sV = Style(name="Val", family="text")
        vp = {}
        if st.get("vitalic"):
            vp["fontstyle"] = "italic"
        if st.get("vcolor"):
            vp["color"] = st["vcolor"]
        if st.get("vfont"):
            vp["fontname"] = st["vfont"]
            vp["fontfamily"] = st["vfont"]
        self.sV.addElement(TextProperties(**vp))
        a.addElement(self.sV)
        self.sB = Style(name="Bold", family="text")
        self.sB.addElement(TextProperties(fontweight="bold"))
        a.addElement(self.sB)
        self.cell = Style(name="Cellbox", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        a.addElement(self.cell)
        self.cellsh = Style(name="Cellshade", family="table-cell")
        self.cellsh.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                                   backgroundcolor=self.accent))
        a.addElement(self.cellsh)
        self.grid = None

    def p(self, style=None):
        e = P(stylename=style or self.sP)
        self.doc.text.addElement(e)
        return e

    def lab(self, e, text):
        e.addElement(Span(stylename=self.sL, text=text))

    def val(self, e, text):
        e.addElement(Span(stylename=self.sV, text=text))

    def table(self, ncols, widths=None):
        self.tcount += 1
        ts = Style(name=f"Tbl{self.tcount}", family="table")
        ts.addElement(TableProperties(width="17cm", align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=f"Tabel{self.tcount}", stylename=ts)
        widths = widths or [1 / ncols] * ncols
        for i, w in enumerate(widths):
            cs = Style(name=f"Tbl{self.tcount}c{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{17 * w:.2f}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        self.doc.text.addElement(t)
        return t

    def tcell(self, row, shaded=False):
        c = TableCell(stylename=self.cellsh if shaded else self.cell, valuetype="string")
        row.addElement(c)
        return c

    # ---------------------------------------------------------------
    def b_title(self, b):
        self.p(self.sTitle).addText(b["text"])

    def b_sub(self, b):
        e = self.p(self.sSub)
        if b.get("bold"):
            e.addElement(Span(stylename=self.sB, text=b["text"]))
        else:
            e.addText(b["text"])

    def b_note(self, b):
        self.p(self.sNote).addText(b["text"])

    def b_para(self, b):
        self.val(self.p(), b["text"])

    def b_h(self, b):
        e = OH(outlinelevel=2, stylename=self.sH)
        e.addText(b["text"])
        self.doc.text.addElement(e)

    def b_f(self, b):
        style = b.get("style", self.fstyle)
        label, v = b["label"], fmt_value(b.get("value", ""))
        if style != "grid":
            self.grid = None
        if style == "colon":
            e = self.p()
            self.lab(e, label + ("" if label.endswith((":", "?")) else ":") + " ")
            self.val(e, v)
        elif style == "tab":
            e = self.p(self.sTab)
            self.lab(e, label)
            e.addElement(Tab())
            self.val(e, v)
        elif style == "next":
            self.lab(self.p(), label)
            for ln in (v.split("\n") if v else [""]):
                self.val(self.p(self.sInd), ln)
        elif style == "dots":
            e = self.p(self.sDots)
            e.addText(label + " ")
            if v:
                self.val(e, v)
            e.addElement(Tab())
        elif style == "under":
            e = self.p()
            self.val(e, v if v else " ")
            self.p(self.sSmall).addText(label)
        elif style == "cell":
            t = self.table(1)
            r = TableRow()
            t.addElement(r)
            c = self.tcell(r)
            e = P(stylename=self.sP)
            c.addElement(e)
            self.lab(e, label + " ")
            self.val(e, v)
        elif style == "grid":
            if self.grid is None:
                lw = self.st.get("grid_lw", 0.38)
                self.grid = self.table(2, [lw, 1 - lw])
            r = TableRow()
            self.grid.addElement(r)
            c = self.tcell(r, True)
            e = P(stylename=self.sP)
            c.addElement(e)
            self.lab(e, label)
            c = self.tcell(r)
            for ln in (v.split("\n") if v else [""]):
                e = P(stylename=self.sP)
                c.addElement(e)
                self.val(e, ln)
        else:
            raise ValueError(style)

    def b_ff(self, b):
        self.grid = None
        fs = b["fields"]
        if b.get("style", "tabs") == "tabs":
            e = self.p(self.sTab)
            for i, f in enumerate(fs):
                if i:
                    e.addElement(Tab())
                lab = f["label"]
                self.lab(e, lab + ("" if lab.endswith(":") else ":") + " ")
                self.val(e, fmt_value(f.get("value", "")))
        else:
            t = self.table(2 * len(fs))
            r = TableRow()
            t.addElement(r)
            for f in fs:
                c = self.tcell(r, True)
                e = P(stylename=self.sP)
                c.addElement(e)
                self.lab(e, f["label"])
                c = self.tcell(r)
                e = P(stylename=self.sP)
                c.addElement(e)
                self.val(e, fmt_value(f.get("value", "")))

    def b_table(self, b):
        self.grid = None
        hdr, rows = b["headers"], b["rows"]
        static = set(b.get("static_cols", [0]))
        bold_rows = set(b.get("bold_rows", []))
        t = self.table(len(hdr), b.get("widths"))
        r = TableRow()
        t.addElement(r)
        for h in hdr:
            c = self.tcell(r, True)
            e = P(stylename=self.sP)
            c.addElement(e)
            e.addElement(Span(stylename=self.sB, text=str(h)))
        for ri, row in enumerate(rows):
            r = TableRow()
            t.addElement(r)
            for ci, v in enumerate(row):
                c = self.tcell(r)
                e = P(stylename=self.sP)
                c.addElement(e)
                s = fmt_value(v)
                if ri in bold_rows:
                    e.addElement(Span(stylename=self.sB, text=s))
                elif ci in static:
                    e.addText(s)
                else:
                    self.val(e, s)
        self.p()

    def b_check(self, b):
        self.grid = None
        e = self.p()
        self.lab(e, b["label"] + " ")
        e.addText("   ".join(("☒ " if c else "☐ ") + o for o, c in b["options"]))

    def b_sig(self, b):
        self.grid = None
        e = self.p()
        e.addText(b["text"] + " ")
        if b.get("value"):
            self.val(e, b["value"])

    def b_br(self, b):
        self.grid = None
        self.p(self.sBreak)

    def b_sp(self, b):
        self.grid = None
        self.p()

    def build(self):
        for b in self.blocks:
            getattr(self, "b_" + b["t"])(b)
        m = self.doc.meta
        if self.meta.get("title"):
            m.addElement(dc.Title(text=self.meta["title"]))
        if self.meta.get("author"):
            m.addElement(ometa.InitialCreator(text=self.meta["author"]))
            m.addElement(dc.Creator(text=self.meta["author"]))
        m.addElement(ometa.CreationDate(text="2019-05-02T10:00:00"))
        m.addElement(dc.Date(text="2019-06-14T20:00:00"))
        buf = BytesIO()
        self.doc.write(buf)
        return normalize(buf.getvalue(), self.meta.get("iso", "2019-06-14T20:00:00Z"))


def render(form, meta=None):
    return OdtForm(form, meta).build()
