"""LibreOffice .odt renderer (odfpy)."""
import io
import re

from odf import dc, meta
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, GraphicProperties, ParagraphProperties, Style, TabStop, TabStops,
                       TableCellProperties, TableColumnProperties, TableProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, P, Span, Tab

from common import normalise_zip

DEFAULT = {
    "mode": "table2", "font": "Liberation Sans", "size": 10, "ans_color": None, "accent": "#1f4e79",
    "shade": "#dde8cb", "head_shade": "#d9d9d9", "bi": "stack", "lab_w": 6.0, "ans_w": 10.5,
    "generator": "LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3",
    "created": "2019-05-03T10:12:00", "author": "", "lab_bold": False, "tab": 7.5,
    "ans_italic": False, "check_on": "☒", "check_off": "☐", "under_dots": False, "colon": "",
    "ans_bold": False,
}


class OdtForm:
    def __init__(self, style):
        self.s = dict(DEFAULT)
        self.s.update(style)
        s = self.s
        d = self.d = OpenDocumentText()
        d.fontfacedecls.addElement(FontFace(name=s["font"], fontfamily=s["font"], fontfamilygeneric="swiss",
                                            fontpitch="variable"))
        # meta
        d.meta.childNodes[:] = []
        d.meta.addElement(meta.Generator(text=s["generator"]))
        d.meta.addElement(meta.CreationDate(text=s["created"]))
        d.meta.addElement(dc.Date(text=s["_when"].strftime("%Y-%m-%dT%H:%M:%S") if s.get("_when") else s["created"]))
        if s["author"]:
            d.meta.addElement(meta.InitialCreator(text=s["author"]))
            d.meta.addElement(dc.Creator(text=s["author"]))
        std = Style(name="Standard", family="paragraph")
        std.addElement(TextProperties(fontname=s["font"], fontsize="%spt" % s["size"]))
        d.styles.addElement(std)
        self.n = 0
        self.cache = {}
        self.table = None
        self.tcount = 0

    # ------------------------------------------------------------ styles
    def pst(self, bold=False, italic=False, size=None, color=None, indent=None, align=None, tab=None,
            space=None, bg=None):
        key = ("p", bold, italic, size, color, indent, align, tab, space, bg)
        if key in self.cache:
            return self.cache[key]
        self.n += 1
        st = Style(name="P%d" % self.n, family="paragraph", parentstylename="Standard")
        pp = {}
        if indent:
            pp["marginleft"] = "%scm" % indent
        if align:
            pp["textalign"] = align
        if space is not None:
            pp["marginbottom"] = "%scm" % space
            pp["margintop"] = "0cm"
        if bg:
            pp["backgroundcolor"] = bg
        ppe = ParagraphProperties(**pp)
        if tab:
            ts = TabStops()
            ts.addElement(TabStop(position="%scm" % tab, leaderstyle="dotted", leadertext="."))
            ppe.addElement(ts)
        st.addElement(ppe)
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = "%spt" % size
        if color:
            tp["color"] = color
        if tp:
            st.addElement(TextProperties(**tp))
        self.d.automaticstyles.addElement(st)
        self.cache[key] = st
        return st

    def tst(self, bold=False, italic=False, color=None, size=None):
        key = ("t", bold, italic, color, size)
        if key in self.cache:
            return self.cache[key]
        self.n += 1
        st = Style(name="T%d" % self.n, family="text")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        if size:
            tp["fontsize"] = "%spt" % size
        st.addElement(TextProperties(**tp))
        self.d.automaticstyles.addElement(st)
        self.cache[key] = st
        return st

    def cst(self, bg=None, border=True):
        key = ("c", bg, border)
        if key in self.cache:
            return self.cache[key]
        self.n += 1
        st = Style(name="C%d" % self.n, family="table-cell")
        kw = {"padding": "0.08cm"}
        if border:
            kw["border"] = "0.5pt solid #000000"
        else:
            kw["border"] = "none"
        if bg:
            kw["backgroundcolor"] = bg
        st.addElement(TableCellProperties(**kw))
        self.d.automaticstyles.addElement(st)
        self.cache[key] = st
        return st

    def ans_span(self, p, text):
        s = self.s
        if s["ans_color"] or s["ans_italic"] or s["ans_bold"]:
            p.addElement(Span(stylename=self.tst(color=s["ans_color"], italic=s["ans_italic"], bold=s["ans_bold"]),
                              text=text))
        else:
            p.addText(text)

    def para(self, text="", **kw):
        p = P(stylename=self.pst(**kw), text=text)
        self.d.text.addElement(p)
        return p

    # ------------------------------------------------------------ tables
    def new_table(self, widths, border=True):
        self.tcount += 1
        name = "Tabel%d" % self.tcount if self.s.get("nl_names", True) else "Tableau%d" % self.tcount
        self.n += 1
        ts = Style(name="%s" % name, family="table")
        ts.addElement(TableProperties(width="%scm" % sum(widths), align="left"))
        self.d.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for i, w in enumerate(widths):
            cs = Style(name="%s.%s" % (name, chr(65 + i)), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%scm" % w))
            self.d.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        self.d.text.addElement(t)
        self.tborder = border
        return t

    def row(self, t, cells, spans=None):
        """cells: list of lists of paragraphs (P elements) or (paragraphs, bg)."""
        tr = TableRow()
        for item in cells:
            paras, bg, span = item
            kw = {"stylename": self.cst(bg, self.tborder), "valuetype": "string"}
            if span > 1:
                kw["numbercolumnsspanned"] = span
            tc = TableCell(**kw)
            for p in paras:
                tc.addElement(p)
            tr.addElement(tc)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        t.addElement(tr)

    def close(self):
        if self.table is not None:
            self.table = None
            self.para("")

    def lab(self, b):
        lab = b.get("label") or ""
        if b.get("num"):
            lab = "%s %s" % (b["num"], lab)
        if b.get("alt") and self.s["bi"] == "slash":
            lab += " / " + b["alt"]
        return lab + self.s["colon"]

    def label_paras(self, b):
        s = self.s
        out = [P(stylename=self.pst(bold=s["lab_bold"]), text=self.lab(b))]
        if b.get("alt") and s["bi"] == "stack":
            out.append(P(stylename=self.pst(italic=True, size=s["size"] - 1.5, color="#595959"), text=b["alt"]))
        if b.get("hint"):
            out.append(P(stylename=self.pst(italic=True, size=7.5, color="#7f7f7f"), text=b["hint"]))
        return out

    def ans_paras(self, value):
        out = []
        for v in (value or "").split("\n"):
            p = P(stylename=self.pst())
            if v:
                self.ans_span(p, v)
            out.append(p)
        return out

    # ------------------------------------------------------------ blocks
    def render(self, blocks):
        for b in blocks:
            getattr(self, "b_" + b["t"])(b)
        buf = io.BytesIO()
        self.d.write(buf)
        gen = self.s["generator"].encode()
        fix = lambda b: re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"<meta:generator>" + gen + b"</meta:generator>", b)
        w = self.s.get("_when")
        when = (w.year, w.month, w.day, w.hour, w.minute, 0) if w else (2019, 5, 1, 12, 0, 0)
        return normalise_zip(buf.getvalue(), first="mimetype", when=when, patch={"meta.xml": fix})

    def b_gap(self, b):
        self.close()

    def b_pagebreak(self, b):
        self.close()

    def b_header(self, b):
        s = self.s
        self.close()
        if b.get("right"):
            t = self.new_table([10.5, 6.0], border=False)
            left = []
            for i, ln in enumerate(b["lines"]):
                left.append(P(stylename=self.pst(bold=i == 0, size=10 if i == 0 else 8,
                                                 color=s["accent"] if i == 0 else "#404040"), text=ln))
            right = [P(stylename=self.pst(italic=i == 0, size=7.5), text=ln) for i, ln in enumerate(b["right"])]
            tr = TableRow()
            tc = TableCell(stylename=self.cst(None, False), valuetype="string")
            for p in left:
                tc.addElement(p)
            tr.addElement(tc)
            tc = TableCell(stylename=self.cst(None, True), valuetype="string")
            for p in right:
                tc.addElement(p)
            tr.addElement(tc)
            t.addElement(tr)
        else:
            for i, ln in enumerate(b["lines"]):
                self.para(ln, bold=i == 0, size=10 if i == 0 else 8, color=s["accent"] if i == 0 else "#404040",
                          space=0)
        self.para("")

    def b_title(self, b):
        s = self.s
        self.close()
        self.para(b["text"], bold=True, size=15, color=s["accent"], align=s.get("title_align"), space=0.1)
        if b["sub"]:
            self.para(b["sub"], italic=True, size=9, align=s.get("title_align"))
        self.para("")

    def _tw(self):
        s = self.s
        if s["mode"] == "table3":
            return [s["lab_w"] * 0.75, s["lab_w"] * 0.75, s["ans_w"] - s["lab_w"] * 0.5]
        return [s["lab_w"], s["ans_w"]]

    def b_section(self, b):
        s = self.s
        txt = b["text"]
        if b.get("num"):
            txt = "%s %s" % (b["num"], txt)
        if b.get("alt") and s["bi"] == "slash":
            txt += " / " + b["alt"]
        if s["mode"] in ("table2", "table3") and s.get("sec_in_table", True):
            ws = self._tw()
            if self.table is None:
                self.table = self.new_table(ws)
            paras = [P(stylename=self.pst(bold=True, color=s.get("sec_color")), text=txt)]
            if b.get("alt") and s["bi"] in ("stack", "col"):
                paras.append(P(stylename=self.pst(italic=True, size=s["size"] - 1), text=b["alt"]))
            self.row(self.table, [(paras, s["shade"], len(ws))])
        else:
            self.close()
            self.d.text.addElement(P(stylename=self.pst(bold=True, size=s["size"] + 2, color=s["accent"],
                                                        bg=s.get("sec_bg")), text=txt))
            if b.get("alt") and s["bi"] in ("stack", "col"):
                self.para(b["alt"], italic=True, size=s["size"] - 1, color="#595959")

    def b_note(self, b):
        s = self.s
        if self.table is not None and s.get("notes_in_table"):
            ws = self._tw()
            self.row(self.table, [([P(stylename=self.pst(italic=True, size=s["size"] - 1.5), text=b["text"])],
                                   None, len(ws))])
            return
        self.close()
        self.para(b["text"], italic=True, size=s["size"] - 1.5, color="#404040",
                  bg="#f2f2f2" if b["box"] else None)

    def b_para(self, b):
        self.close()
        p = self.para("")
        self.ans_span(p, b["text"])

    def b_field(self, b):
        s = self.s
        mode = "under" if b.get("under") else s["mode"]
        if mode == "table2":
            ws = self._tw()
            if self.table is None:
                self.table = self.new_table(ws)
            self.row(self.table, [(self.label_paras(b), s.get("lab_shade"), 1), (self.ans_paras(b["value"]), None, 1)])
            return
        if mode == "table3":
            ws = self._tw()
            if self.table is None:
                self.table = self.new_table(ws)
            lab = b["label"] if not b.get("num") else "%s %s" % (b["num"], b["label"])
            self.row(self.table, [([P(stylename=self.pst(bold=s["lab_bold"]), text=lab)], s.get("lab_shade"), 1),
                                  ([P(stylename=self.pst(italic=True, color="#404040"), text=b.get("alt") or "")],
                                   s.get("lab_shade"), 1),
                                  (self.ans_paras(b["value"]), None, 1)])
            return
        self.close()
        if mode in ("dots", "leader"):
            p = P(stylename=self.pst(tab=s["tab"] if mode == "leader" else None, space=0.12))
            p.addElement(Span(stylename=self.tst(bold=s["lab_bold"]), text=self.lab(b)))
            if b.get("alt") and s["bi"] == "stack":
                p.addElement(Span(stylename=self.tst(italic=True, color="#595959", size=s["size"] - 1.5),
                                  text=" (" + b["alt"] + ")"))
            if mode == "leader":
                p.addElement(Tab())
                p.addText(" ")
            else:
                p.addElement(Span(stylename=self.tst(color="#808080"), text=" " + "…" * s.get("ndots", 18) + " "))
            self.ans_span(p, b["value"] or "")
            self.d.text.addElement(p)
            if b.get("hint"):
                self.para(b["hint"], italic=True, size=7.5, color="#7f7f7f")
            return
        # under
        p = P(stylename=self.pst(space=0))
        if b.get("num"):
            p.addElement(Span(stylename=self.tst(bold=True), text=b["num"] + " "))
        lab = b["label"]
        if b.get("alt") and s["bi"] == "slash":
            lab += " / " + b["alt"]
        p.addElement(Span(stylename=self.tst(bold=s["lab_bold"]), text=lab))
        self.d.text.addElement(p)
        if b.get("alt") and s["bi"] == "stack":
            self.para(b["alt"], italic=True, size=s["size"] - 1.5, color="#595959", space=0)
        if b.get("hint"):
            self.para(b["hint"], italic=True, size=7.5, color="#7f7f7f", space=0)
        if s["under_dots"]:
            self.para("." * 120, size=7, color="#a6a6a6", space=0)
        for v in (b["value"] or "").split("\n"):
            pa = P(stylename=self.pst(indent=0.6, space=0.15))
            self.ans_span(pa, v)
            self.d.text.addElement(pa)

    def b_row(self, b):
        s = self.s
        if s["mode"] in ("dots", "leader"):
            self.close()
            p = P(stylename=self.pst(space=0.12))
            for i, f in enumerate(b["fields"]):
                if i:
                    p.addText("    ")
                p.addElement(Span(stylename=self.tst(bold=s["lab_bold"]), text=self.lab(f) + " "))
                if s["mode"] == "dots":
                    p.addElement(Span(stylename=self.tst(color="#808080"), text="……… "))
                self.ans_span(p, f["value"] or "")
            self.d.text.addElement(p)
            return
        for f in b["fields"]:
            self.b_field(f)

    def b_checks(self, b):
        s = self.s
        txt = "   ".join("%s %s" % (s["check_on"] if on else s["check_off"], o) for o, on in b["opts"])
        if self.table is not None and s["mode"] == "table2":
            self.row(self.table, [(self.label_paras(b), s.get("lab_shade"), 1),
                                  ([P(stylename=self.pst(), text=txt)], None, 1)])
            return
        if self.table is not None and s["mode"] == "table3":
            self.row(self.table, [([P(stylename=self.pst(), text=b["label"])], s.get("lab_shade"), 1),
                                  ([P(stylename=self.pst(italic=True), text=b.get("alt") or "")], s.get("lab_shade"), 1),
                                  ([P(stylename=self.pst(), text=txt)], None, 1)])
            return
        self.close()
        p = self.para("")
        p.addElement(Span(stylename=self.tst(bold=s["lab_bold"]), text=self.lab(b) + "  "))
        p.addText(txt)

    def b_boxes(self, b):
        self.close()
        self.para(self.lab(b), bold=self.s["lab_bold"], space=0.05)
        n = b["n"]
        t = self.new_table([0.5] * n)
        cells = []
        for ch in (b["value"] or "").ljust(n)[:n]:
            p = P(stylename=self.pst(align="center"))
            if ch.strip():
                self.ans_span(p, ch)
            cells.append(([p], None, 1))
        self.row(t, cells)
        self.para("")

    def b_table(self, b):
        s = self.s
        self.close()
        if b.get("title"):
            self.para(b["title"], bold=True, space=0.1)
        n = len(b["headers"])
        ws = b["widths"] or [1] * n
        tot = sum(ws)
        widths = [round(16.5 * w / tot, 2) for w in ws]
        t = self.new_table(widths)
        self.row(t, [([P(stylename=self.pst(bold=True, size=s["size"] - 0.5), text=h)], s["head_shade"], 1)
                     for h in b["headers"]])
        for ri, r in enumerate(b["rows"]):
            bold = ri in b["bold"]
            cells = []
            for ci, v in enumerate(r):
                p = P(stylename=self.pst(bold=bold, align="end" if ci else None))
                if ci == 0 and not b["fill_labels"]:
                    p.addText(v)
                elif v:
                    self.ans_span(p, v)
                cells.append(([p], None, 1))
            self.row(t, cells)
        if b.get("note"):
            self.para(b["note"], italic=True, size=s["size"] - 1.5, color="#404040")
        else:
            self.para("")

    def b_sign(self, b):
        self.close()
        self.para("")
        p = self.para("")
        for i, (lab, val) in enumerate(b["items"]):
            if i:
                p.addElement(Tab())
                p.addElement(Tab())
            p.addText(lab + " ")
            if val:
                self.ans_span(p, val)
            else:
                p.addText("……………………")


def render(blocks, style):
    return OdtForm(style).render(blocks)
