"""Render form specs to DOCX (python-docx), ODT/ODS (odfpy) and XLSX (openpyxl); normalise zips for determinism."""
import io
import re
import zipfile
import datetime

# ====================================================================== zip normalisation

def normalise_zip(data, stamp):
    """Rewrite a zip container with fixed timestamps and fixed metadata dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w")
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%S")
    for info in zin.infolist():
        raw = zin.read(info.filename)
        if info.filename in ("docProps/core.xml", "meta.xml"):
            txt = raw.decode("utf-8")
            txt = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?",
                         lambda m: iso + ("Z" if m.group(2) == "Z" else ""), txt)
            raw = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, raw)
    zout.close()
    return out.getvalue()


def amount_num(s):
    digits = re.sub(r"[^\d,]", "", s).split(",")[0]
    return int(digits) if digits else None


# ====================================================================== DOCX
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

DOCX_FONT = {"Helvetica": "Arial", "Times-Roman": "Times New Roman", "Courier": "Courier New"}


def _borders(cell, sides=("top", "left", "bottom", "right"), val="single", sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for s in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{s}")
        if s in sides:
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)


def _shade(el_pr, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    el_pr.append(shd)


def _pborder(p, side="bottom", val="single", sz=6, all_sides=False):
    pPr = p._p.get_or_add_pPr()
    pb = OxmlElement("w:pBdr")
    for s in (("top", "left", "bottom", "right") if all_sides else (side,)):
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), "000000")
        pb.append(e)
    pPr.append(pb)


def _nil_table_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _fix_widths(table, widths):
    """Give a table fixed column widths (tblGrid + every cell), as Word and LibreOffice both honour."""
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


class DocxForm:
    def __init__(self, spec, design, accent_hex):
        self.spec, self.d, self.acc = spec, design, accent_hex
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = DOCX_FONT[design["font"]]
        st.font.size = Pt(10)
        st.paragraph_format.space_after = Pt(2)
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.8)
        sec.top_margin = sec.bottom_margin = Cm(1.6)

    def small(self, cont, text, italic=True, size=7, para=None):
        p = para if para is not None else cont.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.italic = italic
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        p.paragraph_format.space_after = Pt(4)
        return p

    def comb_table(self, cont, text, n, lead=None, trail=None):
        cols = n + (1 if lead else 0) + (1 if trail else 0)
        t = cont.add_table(rows=1, cols=cols)
        t.autofit = False
        cells = t.rows[0].cells
        k = 0
        if lead:
            cells[0].text = lead
            cells[0].width = Cm(5)
            cells[0].paragraphs[0].runs[0].font.size = Pt(8.5)
            _borders(cells[0], sides=())
            k = 1
        for i in range(n):
            cl = cells[k + i]
            cl.width = Cm(0.62)
            ch = text[i] if i < len(text) else ""
            p = cl.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if ch:
                p.add_run(ch).font.name = "Courier New"
            _borders(cl)
        if trail:
            cl = cells[-1]
            cl.width = Cm(5)
            _borders(cl, sides=())
            self.small(cl, trail, para=cl.paragraphs[0], size=7.5)
        widths = ([Cm(5)] if lead else []) + [Cm(0.62)] * n + ([Cm(5)] if trail else [])
        _fix_widths(t, widths)
        return t

    def field(self, cont, f, width=17.4):
        self.cur_w = width
        st, comb, v, lab = f["style"], f["comb"], f["value"], f["label"]
        if f["multiline"]:
            p = cont.add_paragraph()
            p.add_run(lab).bold = True
            t = cont.add_table(rows=1, cols=1)
            _fix_widths(t, [Cm(self.cur_w)])
            t.rows[0].cells[0].text = v
            _borders(t.rows[0].cells[0])
            for _ in range(2):
                t.rows[0].cells[0].add_paragraph("")
            return
        if st == "under":
            if comb:
                self.comb_table(cont, v, comb)
                self.small(cont, lab)
            else:
                p = cont.add_paragraph(v)
                p.paragraph_format.space_after = Pt(0)
                _pborder(p, val="dotted")
                self.small(cont, lab)
        elif st == "above":
            p = cont.add_paragraph()
            p.add_run(lab).font.size = Pt(9)
            p.paragraph_format.space_after = Pt(1)
            if comb:
                self.comb_table(cont, v, comb)
            else:
                t = cont.add_table(rows=1, cols=1)
                _fix_widths(t, [Cm(self.cur_w - 0.3)])
                t.rows[0].cells[0].text = v
                _borders(t.rows[0].cells[0])
            cont.add_paragraph("").paragraph_format.space_after = Pt(0)
        elif st == "left":
            if comb:
                self.comb_table(cont, v, comb, lead=lab)
            else:
                t = cont.add_table(rows=1, cols=2)
                _fix_widths(t, [Cm(min(5.0, self.cur_w * 0.4)), Cm(self.cur_w - min(5.0, self.cur_w * 0.4) - 0.3)])
                a, b = t.rows[0].cells
                a.text = lab
                a.paragraphs[0].runs[0].font.size = Pt(9)
                b.text = v
                _borders(a, sides=())
                _borders(b, sides=("bottom",), val="dotted")
        else:  # right
            if comb:
                self.comb_table(cont, v, comb, trail=lab)
            else:
                t = cont.add_table(rows=1, cols=2)
                _fix_widths(t, [Cm(self.cur_w * 0.6), Cm(self.cur_w * 0.4 - 0.3)])
                a, b = t.rows[0].cells
                a.text = v
                _borders(a)
                _borders(b, sides=())
                self.small(b, lab, para=b.paragraphs[0], size=7.5)
            cont.add_paragraph("").paragraph_format.space_after = Pt(0)

    def render(self):
        doc, d = self.doc, self.d
        p = doc.add_paragraph()
        r = p.add_run(self.spec["title"])
        r.bold = True
        r.font.size = Pt(15)
        r.font.color.rgb = RGBColor.from_string(self.acc)
        self.small(doc, self.spec["sub"], italic=False, size=8)
        check_as_table = d["lbl"][25] % 2 == 0
        for it in self.spec["items"]:
            t = it["t"]
            if t == "head":
                p = doc.add_paragraph()
                r = p.add_run(it["text"].upper() if d["head"] == "band" else it["text"])
                r.bold = True
                r.font.size = Pt(11)
                p.paragraph_format.space_before = Pt(10)
                if d["head"] == "band":
                    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                    _shade(p._p.get_or_add_pPr(), self.acc)
                elif d["head"] == "box":
                    _pborder(p, all_sides=True)
                elif d["head"] == "rule":
                    _pborder(p, sz=12)
            elif t == "note":
                self.small(doc, it["text"])
            elif t == "field":
                self.field(doc, it)
            elif t == "pair":
                tb = doc.add_table(rows=1, cols=2)
                _nil_table_borders(tb)
                _fix_widths(tb, [Cm(8.7), Cm(8.7)])
                for cell, f in zip(tb.rows[0].cells, it["fields"]):
                    self.field(cell, f, width=8.2)
            elif t == "check":
                if check_as_table:
                    tb = doc.add_table(rows=1, cols=1 + len(it["options"]))
                    cells = tb.rows[0].cells
                    cells[0].text = it["label"]
                    for cl, (txt, on) in zip(cells[1:], it["options"]):
                        cl.text = ("☒ " if on else "☐ ") + txt
                    doc.add_paragraph("").paragraph_format.space_after = Pt(0)
                else:
                    p = doc.add_paragraph(it["label"] + ":   ")
                    p.add_run("    ".join(("☒ " if on else "☐ ") + txt for txt, on in it["options"]))
            elif t == "persons":
                p = doc.add_paragraph()
                p.add_run(it["label"]).bold = True
                tb = doc.add_table(rows=len(it["rows"]) + 1, cols=len(it["roles"]) + 1)
                tb.style = doc.styles["Table Grid"]
                hdr = tb.rows[0].cells
                for j, rname in enumerate(it["roles"]):
                    hdr[j + 1].text = rname
                    hdr[j + 1].paragraphs[0].runs[0].bold = True
                    _shade(hdr[j + 1]._tc.get_or_add_tcPr(), "E6E6E6")
                for i, (lab, vals) in enumerate(it["rows"]):
                    cells = tb.rows[i + 1].cells
                    cells[0].text = lab
                    for j, v in enumerate(vals):
                        cells[j + 1].text = v
                        if v:
                            cells[j + 1].paragraphs[0].runs[0].font.size = Pt(8.5)
            elif t == "grid":
                rows = list(it["rows"]) + ([it["total"]] if it["total"] else [])
                tb = doc.add_table(rows=len(rows) + 1, cols=2)
                tb.style = doc.styles["Table Grid"]
                for j, h in enumerate(it["cols"]):
                    tb.rows[0].cells[j].text = h
                    tb.rows[0].cells[j].paragraphs[0].runs[0].bold = True
                for i, (lab, v) in enumerate(rows):
                    a, b = tb.rows[i + 1].cells
                    a.text, b.text = lab, v
                    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if it["total"] and i == len(rows) - 1:
                        a.paragraphs[0].runs[0].bold = b.paragraphs[0].runs[0].bold = True
                doc.add_paragraph("")
            elif t == "break":
                doc.add_page_break()
        return doc

    def save(self, stamp):
        doc = self.render()
        cp = doc.core_properties
        cp.author = cp.last_modified_by = self.spec.get("author", "")
        cp.title = self.spec["title"]
        cp.created = cp.modified = stamp
        cp.revision = 1
        buf = io.BytesIO()
        doc.save(buf)
        return normalise_zip(buf.getvalue(), stamp)


# ====================================================================== ODT
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, TableRowProperties)
from odf.text import P, Span
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf import meta as odfmeta, dc as odfdc

ODF_FONT = {"Helvetica": "Liberation Sans", "Times-Roman": "Liberation Serif", "Courier": "Liberation Mono"}


class OdtForm:
    def __init__(self, spec, design, accent_hex):
        self.spec, self.d, self.acc = spec, design, accent_hex
        self.doc = OpenDocumentText()
        self.n = 0
        self.colstyles = {}
        fam = ODF_FONT[design["font"]]
        A = self.doc.automaticstyles
        self.s = {}

        def ps(name, tp=None, pp=None):
            s = Style(name=name, family="paragraph")
            if pp:
                s.addElement(ParagraphProperties(**pp))
            s.addElement(TextProperties(**dict({"fontfamily": fam}, **(tp or {}))))
            A.addElement(s)
            self.s[name] = s
        ps("Body", {"fontsize": "10pt"})
        ps("Title", {"fontsize": "15pt", "fontweight": "bold", "color": "#" + accent_hex})
        ps("Small", {"fontsize": "7pt", "fontstyle": "italic", "color": "#555555"}, {"marginbottom": "0.1cm"})
        ps("Label", {"fontsize": "8.5pt"})
        ps("Bold", {"fontsize": "9pt", "fontweight": "bold"})
        ps("Center", {"fontsize": "10pt", "fontfamily": "Liberation Mono"}, {"textalign": "center"})
        ps("Right", {"fontsize": "9.5pt"}, {"textalign": "end"})
        ps("Line", {"fontsize": "10pt"}, {"borderbottom": "0.5pt dotted #000000", "padding": "0.03cm"})
        ps("HBand", {"fontsize": "11pt", "fontweight": "bold", "color": "#ffffff"},
           {"backgroundcolor": "#" + accent_hex, "margintop": "0.3cm", "padding": "0.05cm"})
        ps("HBox", {"fontsize": "11pt", "fontweight": "bold"},
           {"border": "0.5pt solid #000000", "margintop": "0.3cm", "padding": "0.05cm"})
        ps("HRule", {"fontsize": "11pt", "fontweight": "bold"},
           {"borderbottom": "1.2pt solid #000000", "margintop": "0.3cm"})
        ps("HPlain", {"fontsize": "12pt", "fontweight": "bold"}, {"margintop": "0.3cm"})
        ps("Break", {"fontsize": "6pt"}, {"breakbefore": "page"})

        def cs(name, **kw):
            s = Style(name=name, family="table-cell")
            s.addElement(TableCellProperties(padding="0.05cm", **kw))
            A.addElement(s)
            self.s[name] = s
        cs("CBox", border="0.5pt solid #000000")
        cs("CNone", border="none")
        cs("CBottom", borderbottom="0.5pt dotted #000000", bordertop="none", borderleft="none", borderright="none")
        cs("CHead", border="0.5pt solid #000000", backgroundcolor="#e6e6e6")

    def colstyle(self, cm):
        key = f"{cm:.2f}"
        if key not in self.colstyles:
            s = Style(name=f"Col{len(self.colstyles)}", family="table-column")
            s.addElement(TableColumnProperties(columnwidth=f"{cm:.2f}cm"))
            self.doc.automaticstyles.addElement(s)
            self.colstyles[key] = s
        return self.colstyles[key]

    def table(self, widths):
        self.n += 1
        ts = Style(name=f"Tbl{self.n}", family="table")
        ts.addElement(TableProperties(width=f"{sum(widths):.2f}cm", align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=f"Tabel{self.n}", stylename=ts)
        for w in widths:
            t.addElement(TableColumn(stylename=self.colstyle(w)))
        return t

    def cell(self, row, text, style="CBox", pstyle="Body"):
        c = TableCell(stylename=self.s[style], valuetype="string")
        c.addElement(P(stylename=self.s[pstyle], text=text))
        row.addElement(c)
        return c

    def comb(self, cont, text, n, lead=None, trail=None):
        widths = ([4.5] if lead else []) + [0.6] * n + ([5.0] if trail else [])
        t = self.table(widths)
        r = TableRow()
        if lead:
            self.cell(r, lead, "CNone", "Label")
        for i in range(n):
            self.cell(r, text[i] if i < len(text) else "", "CBox", "Center")
        if trail:
            self.cell(r, trail, "CNone", "Small")
        t.addElement(r)
        cont.addElement(t)

    def field(self, cont, f, width):
        st, comb, v, lab = f["style"], f["comb"], f["value"], f["label"]
        if f["multiline"]:
            cont.addElement(P(stylename=self.s["Bold"], text=lab))
            t = self.table([width])
            r = TableRow()
            c = self.cell(r, v)
            c.addElement(P(stylename=self.s["Body"], text=""))
            t.addElement(r)
            cont.addElement(t)
            return
        if st == "under":
            if comb:
                self.comb(cont, v, comb)
            else:
                cont.addElement(P(stylename=self.s["Line"], text=v))
            cont.addElement(P(stylename=self.s["Small"], text=lab))
        elif st == "above":
            cont.addElement(P(stylename=self.s["Label"], text=lab))
            if comb:
                self.comb(cont, v, comb)
            else:
                t = self.table([width - 0.3])
                r = TableRow()
                self.cell(r, v)
                t.addElement(r)
                cont.addElement(t)
        elif st == "left":
            if comb:
                self.comb(cont, v, comb, lead=lab)
            else:
                t = self.table([min(5.0, width * 0.4), width - min(5.0, width * 0.4) - 0.3])
                r = TableRow()
                self.cell(r, lab, "CNone", "Label")
                self.cell(r, v, "CBottom")
                t.addElement(r)
                cont.addElement(t)
        else:
            if comb:
                self.comb(cont, v, comb, trail=lab)
            else:
                t = self.table([width * 0.6, width * 0.4 - 0.3])
                r = TableRow()
                self.cell(r, v, "CBox")
                self.cell(r, lab, "CNone", "Small")
                t.addElement(r)
                cont.addElement(t)
        cont.addElement(P(stylename=self.s["Small"], text=""))

    def render(self, stamp, author):
        d, body = self.d, self.doc.text
        W = 17.4
        body.addElement(P(stylename=self.s["Title"], text=self.spec["title"]))
        body.addElement(P(stylename=self.s["Small"], text=self.spec["sub"]))
        hst = {"band": "HBand", "box": "HBox", "rule": "HRule", "plain": "HPlain"}[d["head"]]
        for it in self.spec["items"]:
            t = it["t"]
            if t == "head":
                body.addElement(P(stylename=self.s[hst], text=it["text"]))
            elif t == "note":
                body.addElement(P(stylename=self.s["Small"], text=it["text"]))
            elif t == "field":
                self.field(body, it, W)
            elif t == "pair":
                tb = self.table([W / 2, W / 2])
                r = TableRow()
                for f in it["fields"]:
                    c = TableCell(stylename=self.s["CNone"])
                    self.field(c, f, W / 2 - 0.4)
                    r.addElement(c)
                tb.addElement(r)
                body.addElement(tb)
            elif t == "check":
                opts = "     ".join(("☒ " if on else "☐ ") + txt for txt, on in it["options"])
                p = P(stylename=self.s["Body"], text=it["label"] + " :  ")
                p.addElement(Span(text=opts))
                body.addElement(p)
            elif t == "persons":
                body.addElement(P(stylename=self.s["Bold"], text=it["label"]))
                k = len(it["roles"])
                tb = self.table([3.4] + [(W - 3.4) / k] * k)
                r = TableRow()
                self.cell(r, "", "CHead")
                for rn in it["roles"]:
                    self.cell(r, rn, "CHead", "Bold")
                tb.addElement(r)
                for lab, vals in it["rows"]:
                    r = TableRow()
                    self.cell(r, lab, "CBox", "Label")
                    for v in vals:
                        self.cell(r, v, "CBox", "Label")
                    tb.addElement(r)
                body.addElement(tb)
            elif t == "grid":
                tb = self.table([W - 4.0, 4.0])
                r = TableRow()
                self.cell(r, it["cols"][0], "CHead", "Bold")
                self.cell(r, it["cols"][1], "CHead", "Bold")
                tb.addElement(r)
                rows = list(it["rows"]) + ([it["total"]] if it["total"] else [])
                for i, (lab, v) in enumerate(rows):
                    r = TableRow()
                    tot = it["total"] and i == len(rows) - 1
                    self.cell(r, lab, "CBox", "Bold" if tot else "Body")
                    self.cell(r, v, "CBox", "Right")
                    tb.addElement(r)
                body.addElement(tb)
            elif t == "break":
                body.addElement(P(stylename=self.s["Break"], text=""))
        self.doc.meta.addElement(odfdc.Title(text=self.spec["title"]))
        self.doc.meta.addElement(odfdc.Creator(text=author))
        self.doc.meta.addElement(odfdc.Date(text=stamp.strftime("%Y-%m-%dT%H:%M:%S")))
        self.doc.meta.addElement(odfmeta.CreationDate(text=stamp.strftime("%Y-%m-%dT%H:%M:%S")))
        buf = io.BytesIO()
        self.doc.write(buf)
        return normalise_zip(buf.getvalue(), stamp)


# ====================================================================== grid model (xlsx / ods)
NCOL = 24


def field_rows(f, c0, w):
    """Return list of rows (each: list of cells) for a field in columns c0..c0+w-1."""
    st, comb, v, lab = f["style"], f["comb"], f["value"], f["label"]
    C = lambda c, span, text, kind, num=None: {"c": c, "span": span, "text": text, "kind": kind, "num": num}
    combcells = lambda start: [C(start + i, 1, v[i] if i < len(v) else "", "comb") for i in range(comb)]
    if f["multiline"]:
        return [[C(c0, w, lab, "labelb")], [C(c0, w - 1, v, "box_tall")]]
    if comb and st in ("left", "right") and (w - comb) < 7:
        st = "above"
    if st == "under":
        return [combcells(c0) if comb else [C(c0, w - 1, v, "line")], [C(c0, w - 1, lab, "caption")]]
    if st == "above":
        return [[C(c0, w - 1, lab, "label")], combcells(c0) if comb else [C(c0, w - 1, v, "box")]]
    if st == "left":
        lw = max(4, w * 2 // 5)
        return [[C(c0, lw, lab, "label")] + (combcells(c0 + lw) if comb else [C(c0 + lw, w - lw - 1, v, "line")])]
    bw = comb if comb else max(5, w * 3 // 5)
    return [(combcells(c0) if comb else [C(c0, bw, v, "box")]) + [C(c0 + bw + 1, w - bw - 1, lab, "caption")]]


def build_grid(spec, design):
    rows, breaks = [], []
    C = lambda c, span, text, kind, num=None: {"c": c, "span": span, "text": text, "kind": kind, "num": num}
    rows.append([C(1, NCOL, spec["title"], "title")])
    rows.append([C(1, NCOL, spec["sub"], "note")])
    rows.append([])
    for it in spec["items"]:
        t = it["t"]
        if t == "head":
            rows.append([])
            rows.append([C(1, NCOL, it["text"], "head")])
        elif t == "note":
            rows.append([C(1, NCOL, it["text"], "note")])
        elif t == "field":
            rows += field_rows(it, 1, NCOL)
        elif t == "pair":
            a = field_rows(it["fields"][0], 1, 12)
            b = field_rows(it["fields"][1], 13, 12)
            for i in range(max(len(a), len(b))):
                rows.append((a[i] if i < len(a) else []) + (b[i] if i < len(b) else []))
        elif t == "check":
            r = [C(1, 5, it["label"], "label")]
            c = 6
            for txt, on in it["options"]:
                span = max(3, min(7, len(txt) // 3 + 1))
                if c + span > NCOL:
                    rows.append(r)
                    r, c = [], 6
                r += [C(c, 1, "X" if on else "", "comb"), C(c + 1, span, txt, "label")]
                c += span + 2
            rows.append(r)
        elif t == "persons":
            rows.append([C(1, NCOL, it["label"], "labelb")])
            k = len(it["roles"])
            cw = (NCOL - 6) // k
            rows.append([C(1, 6, "", "colhead")] + [C(7 + j * cw, cw, rn, "colhead") for j, rn in enumerate(it["roles"])])
            for lab, vals in it["rows"]:
                rows.append([C(1, 6, lab, "cell")] + [C(7 + j * cw, cw, v, "cell") for j, v in enumerate(vals)])
        elif t == "grid":
            rows.append([C(1, 17, it["cols"][0], "colhead"), C(18, 7, it["cols"][1], "colhead")])
            allr = list(it["rows"]) + ([it["total"]] if it["total"] else [])
            for i, (lab, v) in enumerate(allr):
                tot = it["total"] and i == len(allr) - 1
                rows.append([C(1, 17, lab, "cellb" if tot else "cell"),
                             C(18, 7, v, "amountb" if tot else "amount", amount_num(v))])
        elif t == "break":
            breaks.append(len(rows))
    return rows, breaks


# ---------------------------------------------------------------- XLSX
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment, PatternFill
from openpyxl.worksheet.pagebreak import Break
from openpyxl.utils import get_column_letter

XL_FONT = {"Helvetica": "Arial", "Times-Roman": "Times New Roman", "Courier": "Courier New"}


def render_xlsx(spec, design, accent_hex, stamp, sheet_name, author):
    rows, breaks = build_grid(spec, design)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    fam = XL_FONT[design["font"]]
    thin, dot = Side(style="thin"), Side(style="dotted")
    for c in range(1, NCOL + 1):
        ws.column_dimensions[get_column_letter(c)].width = 3.9
    for ri, row in enumerate(rows, start=1):
        for cell in row:
            c1, c2 = cell["c"], cell["c"] + cell["span"] - 1
            k = cell["kind"]
            x = ws.cell(row=ri, column=c1)
            if cell["num"] is not None:
                x.value = cell["num"]
                x.number_format = '#,##0.00 "€"'
            else:
                x.value = cell["text"] if cell["text"] != "" else None
            font = Font(name=fam, size=10)
            if k == "title":
                font = Font(name=fam, size=15, bold=True, color=accent_hex)
            elif k == "head":
                font = Font(name=fam, size=11, bold=True, color="FFFFFF")
            elif k in ("caption", "note"):
                font = Font(name=fam, size=7, italic=True, color="555555")
            elif k in ("labelb", "colhead", "cellb", "amountb"):
                font = Font(name=fam, size=9, bold=True)
            elif k == "label":
                font = Font(name=fam, size=8.5)
            elif k == "comb":
                font = Font(name="Courier New", size=11)
            x.font = font
            if k == "comb":
                x.alignment = Alignment(horizontal="center")
            elif k in ("amount", "amountb"):
                x.alignment = Alignment(horizontal="right")
            elif k == "box_tall":
                x.alignment = Alignment(wrap_text=True, vertical="top")
                ws.row_dimensions[ri].height = 60
            if cell["span"] > 1:
                ws.merge_cells(start_row=ri, start_column=c1, end_row=ri, end_column=c2)
            for cc in range(c1, c2 + 1):
                y = ws.cell(row=ri, column=cc)
                if k in ("box", "box_tall", "comb", "cell", "cellb", "amount", "amountb", "colhead"):
                    y.border = Border(top=thin, bottom=thin, left=thin if cc == c1 else None,
                                      right=thin if cc == c2 else None)
                elif k == "line":
                    y.border = Border(bottom=dot)
                if k == "head":
                    y.fill = PatternFill("solid", fgColor=accent_hex)
                elif k == "colhead":
                    y.fill = PatternFill("solid", fgColor="E6E6E6")
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    ws.print_area = f"A1:{get_column_letter(NCOL)}{len(rows)}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = spec["title"]
    wb.properties.created = wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue(), stamp)


# ---------------------------------------------------------------- ODS

def render_ods(spec, design, accent_hex, stamp, sheet_name, author):
    rows, breaks = build_grid(spec, design)
    doc = OpenDocumentSpreadsheet()
    A = doc.automaticstyles
    fam = ODF_FONT[design["font"]]
    col = Style(name="co1", family="table-column")
    col.addElement(TableColumnProperties(columnwidth="0.75cm"))
    A.addElement(col)
    rstyle = Style(name="ro1", family="table-row")
    rstyle.addElement(TableRowProperties(rowheight="0.5cm"))
    A.addElement(rstyle)
    rbreak = Style(name="roBreak", family="table-row")
    rbreak.addElement(TableRowProperties(rowheight="0.5cm", breakbefore="page"))
    A.addElement(rbreak)
    rtall = Style(name="roTall", family="table-row")
    rtall.addElement(TableRowProperties(rowheight="2.2cm"))
    A.addElement(rtall)
    styles = {}

    def cst(kind):
        if kind in styles:
            return styles[kind]
        s = Style(name=f"ce_{kind}", family="table-cell")
        tp = {"fontfamily": fam, "fontsize": "10pt"}
        cp = {}
        pp = {}
        if kind == "title":
            tp.update(fontsize="15pt", fontweight="bold", color="#" + accent_hex)
        elif kind == "head":
            tp.update(fontsize="11pt", fontweight="bold", color="#ffffff")
            cp["backgroundcolor"] = "#" + accent_hex
        elif kind in ("caption", "note"):
            tp.update(fontsize="7pt", fontstyle="italic", color="#555555")
        elif kind in ("labelb", "colhead", "cellb", "amountb"):
            tp.update(fontsize="9pt", fontweight="bold")
        elif kind == "label":
            tp.update(fontsize="8.5pt")
        elif kind == "comb":
            tp.update(fontfamily="Liberation Mono", fontsize="11pt")
            pp["textalign"] = "center"
        if kind in ("box", "box_tall", "comb", "cell", "cellb", "amount", "amountb", "colhead"):
            cp["border"] = "0.5pt solid #000000"
        if kind == "colhead":
            cp["backgroundcolor"] = "#e6e6e6"
        if kind == "line":
            cp["borderbottom"] = "0.5pt dotted #000000"
        if kind == "box_tall":
            cp.update(wrapoption="wrap", verticalalign="top")
        if kind in ("amount", "amountb"):
            pp["textalign"] = "end"
        if cp:
            s.addElement(TableCellProperties(**cp))
        if pp:
            s.addElement(ParagraphProperties(**pp))
        s.addElement(TextProperties(**tp))
        A.addElement(s)
        styles[kind] = s
        return s

    table = Table(name=sheet_name)
    table.addElement(TableColumn(stylename=col, numbercolumnsrepeated=NCOL))
    for ri, row in enumerate(rows):
        tall = any(c["kind"] == "box_tall" for c in row)
        tr = TableRow(stylename=rbreak if ri in breaks else (rtall if tall else rstyle))
        pos = 1
        for cell in sorted(row, key=lambda c: c["c"]):
            while pos < cell["c"]:
                tr.addElement(TableCell())
                pos += 1
            kw = {"stylename": cst(cell["kind"])}
            if cell["span"] > 1:
                kw["numbercolumnsspanned"] = cell["span"]
            if cell["num"] is not None:
                tc = TableCell(valuetype="float", value=cell["num"], **kw)
            else:
                tc = TableCell(valuetype="string", **kw) if cell["text"] != "" else TableCell(**kw)
            if cell["text"] != "":
                tc.addElement(P(text=cell["text"]))
            tr.addElement(tc)
            for _ in range(cell["span"] - 1):
                tr.addElement(CoveredTableCell())
            pos = cell["c"] + cell["span"]
        while pos <= NCOL:
            tr.addElement(TableCell())
            pos += 1
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.meta.addElement(odfdc.Title(text=spec["title"]))
    doc.meta.addElement(odfdc.Creator(text=author))
    doc.meta.addElement(odfdc.Date(text=stamp.strftime("%Y-%m-%dT%H:%M:%S")))
    doc.meta.addElement(odfmeta.CreationDate(text=stamp.strftime("%Y-%m-%dT%H:%M:%S")))
    buf = io.BytesIO()
    doc.write(buf)
    return normalise_zip(buf.getvalue(), stamp)
