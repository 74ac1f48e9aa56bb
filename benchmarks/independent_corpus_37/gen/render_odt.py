"""ODT forms with odfpy."""
from odf import dc, meta
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Footer, Header, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties,
                       Style, TableCellProperties, TableColumnProperties, TableProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, P, Span

from content import Builder, plain, runs

FONTS = [("Liberation Sans", "swiss"), ("Liberation Serif", "roman"), ("DejaVu Sans", "swiss"),
         ("Carlito", "swiss"), ("Open Sans", "swiss"), ("Linux Libertine G", "roman")]
COLORS = ["#1f5f8b", "#2e7d32", "#8e244d", "#b35c00", "#4a4a8a", "#006b6b", "#5d4037", "#37474f"]


def is_amountish(s):
    p = plain(s).strip()
    return bool(p) and sum(ch.isdigit() for ch in p) >= max(1, len(p.replace(" ", "")) // 2) and len(p) < 40


class OdtWriter:
    def __init__(self, rng, design):
        self.rng = rng
        self.doc = OpenDocumentText()
        self.font, gen = rng.choice(FONTS)
        self.doc.fontfacedecls.addElement(FontFace(name=self.font, fontfamily=f"'{self.font}'", fontfamilygeneric=gen,
                                                   fontpitch="variable"))
        self.size = rng.choice(["9.5pt", "10pt", "10.5pt", "11pt"])
        self.accent = rng.choice(COLORS)
        self.light = rng.choice(["#eaf1f8", "#eef6ee", "#f6ecf0", "#fff3e0", "#ededf7", "#f2f2f2"])
        self.n = 0
        self.st = {}
        A = self.doc.automaticstyles
        S = self.doc.styles
        std = Style(name="Standard", family="paragraph")
        std.addElement(TextProperties(fontname=self.font, fontsize=self.size))
        std.addElement(ParagraphProperties(marginbottom="0.12cm"))
        S.addElement(std)
        self.std = std
        self.pstyle("P", {})
        self.pstyle("Right", {}, {"textalign": "end"})
        self.pstyle("Center", {}, {"textalign": "center"})
        self.pstyle("Title", {"fontsize": "17pt", "fontweight": "bold", "color": self.accent if design != "odt_c" else "#000000"})
        self.pstyle("Sub", {"fontsize": "10pt", "fontstyle": "italic", "color": "#555555"},
                    {"borderbottom": "0.06pt solid #000000", "paddingbottom": "0.15cm", "marginbottom": "0.3cm"})
        hstyle = rng.choice(["band", "line", "plain"])
        if hstyle == "band":
            self.pstyle("Head", {"fontsize": "12pt", "fontweight": "bold", "color": "#ffffff"},
                        {"backgroundcolor": self.accent, "margintop": "0.35cm", "marginbottom": "0.15cm", "padding": "0.08cm"})
        elif hstyle == "line":
            self.pstyle("Head", {"fontsize": "12.5pt", "fontweight": "bold", "color": self.accent},
                        {"borderbottom": f"0.05pt solid {self.accent}", "margintop": "0.4cm", "marginbottom": "0.15cm"})
        else:
            self.pstyle("Head", {"fontsize": "13pt", "fontweight": "bold"}, {"margintop": "0.4cm", "marginbottom": "0.1cm"})
        self.pstyle("Small", {"fontsize": "8pt", "color": "#666666"})
        self.pstyle("Note", {"fontsize": "9pt", "fontstyle": "italic", "color": "#444444"})
        self.pstyle("Value", {"color": rng.choice(["#000000", "#1a237e", "#333333"])},
                    {"borderbottom": "0.05pt solid #999999", "marginbottom": "0.2cm"})
        self.pstyle("Hdr", {"fontsize": "8pt", "color": "#666666"}, {"textalign": "end"})
        for nm, props in {"B": {"fontweight": "bold"}, "I": {"fontstyle": "italic"},
                          "S": {"textlinethroughstyle": "solid", "textlinethroughtype": "single"},
                          "BW": {"fontweight": "bold", "color": "#ffffff", "fontsize": "15pt"}}.items():
            s = Style(name=nm, family="text")
            s.addElement(TextProperties(**props))
            A.addElement(s)
        # cells
        for nm, props in {"CellL": {"border": "0.5pt solid #808080", "backgroundcolor": self.light, "padding": "0.08cm"},
                          "Cell": {"border": "0.5pt solid #808080", "padding": "0.08cm"},
                          "CellH": {"border": "0.5pt solid #808080", "backgroundcolor": self.light, "padding": "0.08cm"},
                          "CellT": {"bordertop": "1.2pt solid #000000", "borderbottom": "0.5pt solid #808080",
                                    "borderleft": "0.5pt solid #808080", "borderright": "0.5pt solid #808080",
                                    "backgroundcolor": "#eeeeee", "padding": "0.08cm"},
                          "CellBand": {"backgroundcolor": self.accent, "padding": "0.2cm"},
                          "CellBox": {"border": f"1.2pt solid {self.accent}", "backgroundcolor": self.light, "padding": "0.2cm"},
                          "CellNo": {"borderbottom": "0.3pt solid #aaaaaa", "padding": "0.06cm"}}.items():
            s = Style(name=nm, family="table-cell")
            s.addElement(TableCellProperties(**props))
            A.addElement(s)

    def pstyle(self, name, tprops, pprops=None):
        s = Style(name=name, family="paragraph", parentstylename="Standard")
        if tprops:
            s.addElement(TextProperties(**tprops))
        if pprops:
            s.addElement(ParagraphProperties(**pprops))
        self.doc.automaticstyles.addElement(s)
        self.st[name] = s
        return s

    def para(self, text, style="P", bold=False, italic=False):
        p = P(stylename=self.st[style])
        self.fill(p, text, bold, italic)
        return p

    def fill(self, p, text, bold=False, italic=False):
        lines = (text or "").split("\n")
        for li, line in enumerate(lines):
            if li:
                p.addElement(LineBreak())
            for t, b, s, i in runs(line):
                sty = "S" if s else ("B" if (b or bold) else ("I" if (i or italic) else None))
                if sty:
                    p.addElement(Span(stylename=sty, text=t))
                else:
                    p.addText(t)
        return p

    def table(self, widths_cm, name=None):
        self.n += 1
        nm = name or f"Tabel{self.n}"
        ts = Style(name=nm, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths_cm):.2f}cm", align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=nm, stylename=ts)
        for i, w in enumerate(widths_cm):
            cs = Style(name=f"{nm}.C{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w:.2f}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        return t

    def row(self, t, cells):
        """cells: list of (text, cellstyle, parastyle, bold, italic)"""
        tr = TableRow()
        for text, cst, pst, bold, italic in cells:
            tc = TableCell(stylename=cst, valuetype="string")
            tc.addElement(self.para(text, pst, bold, italic))
            tr.addElement(tc)
        t.addElement(tr)


def render_odt(case, path):
    bld = Builder(case)
    d = bld.build()
    rng = case["rng"]
    design = d["design"]
    lang = d["lang"]
    w = OdtWriter(rng, design)
    doc = w.doc
    W = 17.0
    # page layout with header/footer
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.5cm",
                                       marginleft="2cm", marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if d["header"]:
        h = Header()
        h.addElement(w.para(d["header"], "Hdr"))
        mp.addElement(h)
    if d["footer"]:
        f = Footer()
        f.addElement(w.para(d["footer"], "Small"))
        mp.addElement(f)
    doc.masterstyles.addElement(mp)
    doc.meta.addElement(meta.InitialCreator(text=(f"{case['contact']['first']} {case['contact']['last']}" if not d["official"]
                                                 else "Partons 2.0")))
    doc.meta.addElement(dc.Creator(text=f"{case['contact']['first']} {case['contact']['last']}"))
    doc.meta.addElement(dc.Title(text=d["title"]))
    doc.meta.addElement(dc.Date(text=case["date"].strftime("%Y-%m-%dT%H:%M:%S")))
    body = doc.text

    # title
    if design == "odt_a":
        t = w.table([5.0, 12.0])
        tr = TableRow()
        tc = TableCell(stylename="CellBand")
        p = P(stylename=w.st["P"])
        p.addElement(Span(stylename="BW", text="Partons 2.0"))
        tc.addElement(p)
        tc.addElement(w.para("Provincie West-Vlaanderen" if lang == "nl" else "Province de Flandre occidentale", "Small"))
        tr.addElement(tc)
        tc = TableCell(stylename="CellNo")
        tc.addElement(w.para(d["title"], "Title"))
        tc.addElement(w.para(d["subtitle"], "Note"))
        tr.addElement(tc)
        t.addElement(tr)
        body.addElement(t)
        body.addElement(w.para(""))
    elif design == "odt_b":
        if d["org"]:
            body.addElement(w.para(d["org"], "Center", bold=True))
        body.addElement(w.para(d["title"], "Title"))
        body.addElement(w.para(d["subtitle"], "Sub"))
    else:
        body.addElement(w.para(d["title"].upper(), "Title"))
        body.addElement(w.para(d["subtitle"], "Sub"))

    for blk in d["blocks"]:
        t = blk["t"]
        if t == "h":
            if design == "odt_c":
                hh = H(outlinelevel=1, stylename=w.st["Head"])
                w.fill(hh, blk["text"])
                body.addElement(hh)
            else:
                body.addElement(w.para(blk["text"], "Head"))
        elif t == "p":
            sty = {"note": "Note", "instr": "Note", "small": "Small"}.get(blk.get("style"), "P")
            body.addElement(w.para(blk["text"], sty))
        elif t == "fields":
            lay = blk.get("layout") or "grid2"
            rows = blk["rows"]
            if lay in ("grid2", "grid4"):
                tb = w.table([6.0, 11.0])
                for l, v in rows:
                    w.row(tb, [(l, "CellL", "P", True, False), (v, "Cell", "P", False, False)])
                body.addElement(tb)
                body.addElement(w.para(""))
            elif lay == "above":
                for l, v in rows:
                    body.addElement(w.para(l, "Small"))
                    body.addElement(w.para(v or " ", "Value"))
            elif lay == "numbered":
                for i, (l, v) in enumerate(rows, 1):
                    body.addElement(w.para(f"{blk.get('prefix', '')}{i} {l}", "P", bold=True))
                    body.addElement(w.para(v, "Value"))
            else:
                for l, v in rows:
                    body.addElement(w.para(f"**{l}:** {v}", "P"))
        elif t == "table":
            if blk.get("caption"):
                body.addElement(w.para(blk["caption"], "P", bold=True))
            head, rows, kinds = blk["head"], blk["rows"], blk["kinds"]
            n = len(head)
            ws = {2: [12.0, 5.0], 3: [4.2, 8.8, 4.0], 4: [7.4, 3.2, 3.2, 3.2]}[n]
            if n == 3 and "request" in kinds:
                ws = [8.5, 3.8, 4.7]
            if head[0] == "Charges":
                ws = [5.5, 3.0, 5.5, 3.0]
            numcols = [j for j in range(n) if j > 0 and any(is_amountish(r[j]) for r in rows)]
            if head[0] == "Charges":
                numcols = [1, 3]
            tb = w.table(ws)
            w.row(tb, [(h, "CellH", "Right" if j in numcols else "P", True, False) for j, h in enumerate(head)])
            for r, k in zip(rows, kinds):
                cst = "CellT" if k in ("total", "total2") else "Cell"
                w.row(tb, [(v, cst, "Right" if j in numcols else "P", k in ("total", "total2", "cat", "request"),
                            k in ("sub", "inkind", "vat")) for j, v in enumerate(r)])
            body.addElement(tb)
            body.addElement(w.para(""))
        elif t == "box":
            tb = w.table([W])
            tr = TableRow()
            tc = TableCell(stylename="CellBox")
            tc.addElement(w.para(blk["title"], "P", bold=True))
            for ln in blk["lines"]:
                tc.addElement(w.para(ln))
            tr.addElement(tc)
            tb.addElement(tr)
            body.addElement(tb)
            body.addElement(w.para(""))
        elif t == "check":
            body.addElement(w.para(blk["label"] + "   " + "   ".join(("☒ " if ck else "☐ ") + o for o, ck in blk["options"])))
        elif t == "sign":
            for ln in blk["lines"]:
                body.addElement(w.para(ln))
            body.addElement(w.para("\n\n______________________"))
        elif t == "pb":
            s = Style(name="PB", family="paragraph")
            s.addElement(ParagraphProperties(breakbefore="page"))
            doc.automaticstyles.addElement(s)
            body.addElement(P(stylename=s))
    doc.save(path)
