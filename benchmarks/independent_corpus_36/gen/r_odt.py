"""OpenDocument text (.odt) forms written with odfpy: label|answer tables,
plain paragraphs, numbered questions and bilingual tables."""
import re
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, GraphicProperties, PageLayout, PageLayoutProperties, MasterPage, Footer, Header)
from odf.text import P, H, Span, LineBreak, Tab, S as Spaces
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc

NL_OF_KEY = {"org": "Organisatie", "contact_name": "Contactpersoon", "contact_first": "Voornaam", "contact_last": "Naam",
             "address": "Adres", "postcode": "Postcode", "municipality": "Gemeente", "phone": "Telefoon", "email": "E-mail",
             "project_title": "Titel project", "requested_amount": "Gevraagd bedrag", "pc_muni": "Postcode en gemeente",
             "addr_full": "Adres"}

FONTS = ["Liberation Sans", "Liberation Serif", "DejaVu Sans", "Arial", "Times New Roman", "Open Sans"]


class OdtForm:
    def __init__(self, doc, r, rng, path):
        self.d, self.r, self.rng, self.path = doc, r, rng, path
        self.lang = doc["lang"]
        self.v = r["layout"]
        self.o = OpenDocumentText()
        font = rng.choice(FONTS)
        size = rng.choice(["10pt", "10.5pt", "11pt"])
        self.accent = rng.choice(["#1f4e79", "#2e7d32", "#8e2430", "#444444", "#b35900"])
        st = self.o.styles
        self.sp = Style(name="Standard", family="paragraph")
        self.sp.addElement(TextProperties(fontname=font, fontfamily=font, fontsize=size))
        st.addElement(self.sp)
        self.s = {}

        def pstyle(name, bold=False, italic=False, color=None, fsize=None, mb="0.12cm", bg=None, indent=None, border=None):
            s = Style(name=name, family="paragraph", parentstylename="Standard")
            tp = {}
            if bold:
                tp["fontweight"] = "bold"
            if italic:
                tp["fontstyle"] = "italic"
            if color:
                tp["color"] = color
            if fsize:
                tp["fontsize"] = fsize
            if tp:
                s.addElement(TextProperties(**tp))
            pp = {"marginbottom": mb}
            if bg:
                pp["backgroundcolor"] = bg
            if indent:
                pp["marginleft"] = indent
            if border:
                pp["border"] = border
                pp["padding"] = "0.1cm"
            s.addElement(ParagraphProperties(**pp))
            self.o.automaticstyles.addElement(s)
            self.s[name] = s
            return s

        pstyle("Title", bold=True, fsize="16pt", color=self.accent, mb="0.1cm")
        pstyle("Sub", italic=True, fsize="9pt", color="#555555")
        pstyle("Intro", italic=True, fsize="9pt", color="#333333", mb="0.3cm")
        sec_bg = rng.choice([None, "#e8eef6", "#eeeeee"])
        pstyle("Sec", bold=True, fsize="12pt", color=self.accent if not sec_bg else "#000000", mb="0.15cm", bg=sec_bg)
        pstyle("Lab", bold=rng.random() < 0.6, mb="0.02cm")
        pstyle("Ans", color=rng.choice(["#000000", "#1f3864", "#000080"]), indent="0.5cm", mb="0.25cm")
        pstyle("Note", italic=True, fsize="8.5pt", color="#555555")
        pstyle("Box", fsize="8pt", border="0.5pt solid #808080")
        pstyle("Cell", mb="0cm")
        pstyle("CellB", bold=True, mb="0cm")
        self.cell_lab = Style(name="CellLab", family="table-cell")
        self.cell_lab.addElement(TableCellProperties(backgroundcolor=rng.choice(["#dde7f3", "#e6e6e6", "#eaf3e2", "#fdf0e0"]),
                                                     border="0.5pt solid #000000", padding="0.08cm"))
        self.o.automaticstyles.addElement(self.cell_lab)
        self.cell_val = Style(name="CellVal", family="table-cell")
        self.cell_val.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        self.o.automaticstyles.addElement(self.cell_val)
        self.tab_style = Style(name="Tbl", family="table")
        self.tab_style.addElement(TableProperties(width="17cm", align="left"))
        self.o.automaticstyles.addElement(self.tab_style)
        self.col1 = Style(name="Col1", family="table-column")
        self.col1.addElement(TableColumnProperties(columnwidth=rng.choice(["5.5cm", "6cm", "7cm"])))
        self.o.automaticstyles.addElement(self.col1)
        self.col2 = Style(name="Col2", family="table-column")
        self.col2.addElement(TableColumnProperties(columnwidth="11cm"))
        self.o.automaticstyles.addElement(self.col2)
        # page layout with footer
        pl = PageLayout(name="PL1")
        pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm", marginbottom="1.8cm",
                                           marginleft="2cm", marginright="2cm"))
        self.o.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        if doc["coord_header"] or doc["org_header"]:
            hd = Header()
            hd.addElement(P(stylename=self.s["Note"], text=doc["org_header"] or "Partons 2.0"))
            mp.addElement(hd)
        ft = Footer()
        ft.addElement(P(stylename=self.s["Note"], text=rng.choice(["", doc["title"], "Partons 2.0 \u2013 2019"])))
        mp.addElement(ft)
        self.o.masterstyles.addElement(mp)
        self.o.meta.addElement(meta.Generator(text=rng.choice(["LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe",
                                                              "LibreOffice/6.0.7.3$Linux_X86_64",
                                                              "OpenOffice/4.1.6$Win32 OpenOffice.org_project/416m1"])))
        self.o.meta.addElement(dc.Title(text=doc["title"]))
        self.o.meta.addElement(meta.InitialCreator(text=rng.choice([r["first"] + " " + r["last"], "Secrétariat", "Bureau"])))
        self.qn = 0

    def par(self, style, text=""):
        p = P(stylename=self.s[style])
        self.add_text(p, text)
        return p

    @staticmethod
    def add_text(p, text):
        lines = (text or "").split("\n")
        for i, ln in enumerate(lines):
            if i:
                p.addElement(LineBreak())
            parts = re.split(r"(\t|  +)", ln)
            for part in parts:
                if part == "\t":
                    p.addElement(Tab())
                elif part.startswith("  "):
                    p.addText(" ")
                    p.addElement(Spaces(c=len(part) - 1))
                elif part:
                    p.addText(part)

    def add(self, el):
        self.o.text.addElement(el)

    def new_table(self, ncols=2):
        t = Table(name="Tableau%d" % self.rng.randint(1, 99999), stylename=self.tab_style)
        if ncols == 2:
            t.addElement(TableColumn(stylename=self.col1))
            t.addElement(TableColumn(stylename=self.col2))
        else:
            t.addElement(TableColumn(numbercolumnsrepeated=ncols))
        self.add(t)
        return t

    def row(self, t, label, value, lab_style="Cell"):
        tr = TableRow()
        c1 = TableCell(stylename=self.cell_lab, valuetype="string")
        c1.addElement(self.par(lab_style, label))
        c2 = TableCell(stylename=self.cell_val, valuetype="string")
        c2.addElement(self.par("Cell", value))
        tr.addElement(c1)
        tr.addElement(c2)
        t.addElement(tr)

    def checks_text(self, it):
        return "   ".join(("\u2612 " if on else "\u2610 ") + txt for txt, on in it["options"])

    def flat(self, items):
        out = []
        for it in items:
            out.extend(it["fields"] if it["t"] == "row" else [it])
        return out

    def budget(self, it):
        t = Table(name="Budget", stylename=self.tab_style)
        t.addElement(TableColumn(stylename=self.col1))
        t.addElement(TableColumn(stylename=self.col2))
        self.add(t)
        self.row(t, it["head"][0], it["head"][1], "CellB")
        for desc, a, _ in it["rows"]:
            self.row(t, desc, a)
        self.row(t, it["total"][0], it["total"][1], "CellB")
        for lab, a, _ in it["fin"]:
            self.row(t, lab, a)
        self.add(self.par("Cell", ""))

    def other(self, it):
        if it["t"] == "budget":
            self.budget(it)
        elif it["t"] == "text":
            self.add(self.par("Box" if it.get("style") == "box" else "Note", it["text"]))

    def bil(self, it):
        lab = it["label"].rstrip(": ")
        nl = NL_OF_KEY.get(it.get("key"))
        return "%s / %s" % (lab, nl) if nl else lab

    def sec_table2(self, items, bilingual=False):
        t = None
        for it in self.flat(items):
            if it["t"] in ("field", "checks"):
                if t is None:
                    t = self.new_table()
                lab = self.bil(it) if bilingual else it["label"]
                val = self.checks_text(it) if it["t"] == "checks" else it["value"]
                self.row(t, lab, val or "")
            else:
                t = None
                self.other(it)

    def sec_table_bilingual(self, items):
        self.sec_table2(items, bilingual=True)

    def sec_paragraphs(self, items):
        for it in items:
            if it["t"] == "field":
                if it.get("multiline"):
                    self.add(self.par("Lab", it["label"]))
                    self.add(self.par("Ans", it["value"]))
                else:
                    p = P(stylename=self.s["Cell"])
                    sp = Span(text=it["label"] + " ")
                    p.addElement(sp)
                    self.add_text(p, it["value"] or "")
                    self.add(p)
            elif it["t"] == "row":
                p = P(stylename=self.s["Cell"])
                for i, f in enumerate(it["fields"]):
                    self.add_text(p, ("    " if i else "") + f["label"] + " " + (f["value"] or "\u2026\u2026"))
                self.add(p)
            elif it["t"] == "checks":
                self.add(self.par("Cell", it["label"] + " " + self.checks_text(it)))
            else:
                self.other(it)
        self.add(self.par("Cell", ""))

    def sec_questions(self, items):
        for it in self.flat(items):
            if it["t"] in ("field", "checks"):
                self.qn += 1
                lab = re.sub(r"^\d+\.\s*", "", it["label"])
                self.add(self.par("Lab", "Q%d \u2013 %s" % (self.qn, lab.rstrip(": "))))
                val = self.checks_text(it) if it["t"] == "checks" else it["value"]
                self.add(self.par("Ans", val or "\u2014"))
            else:
                self.other(it)

    def render(self):
        d = self.d
        if d["org_header"] and self.rng.random() < 0.5:
            self.add(self.par("Sub", d["org_header"]))
        self.add(self.par("Title", d["title"]))
        if d["subtitle"]:
            self.add(self.par("Sub", d["subtitle"]))
        for t in d["intro"]:
            self.add(self.par("Intro", t))
        top = self.rng.random() < 0.5
        if d["coord_box"] and top:
            self.add(self.par("Box", d["coord_box"]["text"]))
        fn = getattr(self, "sec_" + self.v)
        for s in d["sections"]:
            self.add(self.par("Sec", s["title"]))
            fn(s["items"])
        if d["coord_box"] and not top:
            self.add(self.par("Box", d["coord_box"]["text"]))
        self.o.save(self.path)


def render_odt(doc, r, rng, path):
    OdtForm(doc, r, rng, path).render()
