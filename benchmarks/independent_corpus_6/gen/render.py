"""Renderers: reportlab (PDF, also the source of scans/photos), python-docx, odfpy (ODT), hand-written RTF."""
import sys
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
for n, (r, b) in FONTS.items():
    pdfmetrics.registerFont(TTFont(n, FD + r))
    pdfmetrics.registerFont(TTFont(n + "-Bold", FD + b))

W, H = A4


def B(f):
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(f, f + "-Bold")

ML, MR = 62, 62


class PdfWriter:
    def __init__(self, path, font, typed_font, size=10.5):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("")
        self.font, self.tf, self.size = font, typed_font, size
        self.y = H - 60
        self.page = 0
        self.sig_pos = None
        self.footer = None

    def newpage(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = H - 60

    def _footer(self):
        if self.footer:
            self.c.setFont(self.font, 7)
            self.c.setFillGray(0.35)
            lines = simpleSplit(self.footer, self.font, 7, W - ML - MR)
            yy = 36 + 9 * (len(lines) - 1)
            for ln in lines:
                self.c.drawString(ML, yy, ln)
                yy -= 9
            self.c.setFillGray(0)
            self.footer = None

    def need(self, h):
        if self.y - h < 70:
            self.newpage()

    def text(self, x, s, font=None, size=None, width=None, lead=None, gray=0):
        font, size = font or self.font, size or self.size
        lead = lead or size * 1.35
        lines = simpleSplit(s, font, size, width or (W - x - MR)) or [""]
        self.c.setFont(font, size)
        self.c.setFillGray(gray)
        for ln in lines:
            self.need(lead)
            self.c.drawString(x, self.y - size, ln)
            self.y -= lead
        self.c.setFillGray(0)

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k == "h1":
                self.text(ML, b[1], B(self.font), 14)
            elif k == "h2c":
                self.text(ML, b[1], self.font, 12, gray=0.25)
            elif k == "h2":
                self.y -= 4
                self.need(30)
                self.c.setFillGray(0.88)
                self.c.rect(ML - 3, self.y - 15, W - ML - MR + 6, 17, stroke=0, fill=1)
                self.c.setFillGray(0)
                self.text(ML, b[1], B(self.font), 11)
                self.y -= 4
            elif k == "spacer":
                self.y -= b[1]
            elif k == "kv":
                lab, val = b[1], b[2]
                lw, vx = 175, ML + 185
                vlines = simpleSplit(val, self.tf, self.size, W - vx - MR) or [""]
                llines = simpleSplit(lab, self.font, 9, lw)
                h = max(len(vlines) * 15, len(llines) * 11) + 6
                self.need(h)
                y0 = self.y
                self.c.setFont(self.font, 9)
                self.c.setFillGray(0.3)
                for i, ln in enumerate(llines):
                    self.c.drawString(ML, y0 - 11 - 11 * i, ln)
                self.c.setFillGray(0)
                self.c.setFont(self.tf, self.size)
                for i, ln in enumerate(vlines):
                    self.c.drawString(vx, y0 - 11 - 15 * i, ln)
                    self.c.setDash(1, 2)
                    self.c.setStrokeGray(0.5)
                    self.c.line(vx, y0 - 14 - 15 * i, W - MR, y0 - 14 - 15 * i)
                    self.c.setDash()
                self.y = y0 - h
            elif k == "table":
                head, rows, tail = b[1], b[2], b[3]
                x2 = W - MR
                self.need(20 * (len(rows) + len(tail) + 1))
                self.c.setStrokeGray(0.2)
                def row(l, r, bold=False, font=None):
                    f = B(font or self.font) if bold else (font or self.font)
                    y0 = self.y
                    self.c.setFont(f, self.size if not bold else self.size)
                    self.c.drawString(ML + 4, y0 - 13, l)
                    self.c.setFont(font or self.tf, self.size)
                    if bold:
                        self.c.setFont(B(font or self.tf), self.size)
                    self.c.drawRightString(x2 - 4, y0 - 13, r)
                    self.c.line(ML, y0 - 18, x2, y0 - 18)
                    self.y -= 18
                self.c.line(ML, self.y, x2, self.y)
                row(head[0], head[1], True, self.font)
                for l, r in rows:
                    row(l, r)
                for l, r in tail:
                    row(l, r, True)
                self.y -= 6
            elif k in ("p", "li"):
                self.y -= 3
                x = ML + (14 if k == "li" else 0)
                if k == "li":
                    self.c.setFont(self.font, self.size)
                    self.need(15)
                    self.c.drawString(ML + 4, self.y - self.size, "–")
                self.text(x, b[1])
                self.y -= 3
            elif k == "small":
                self.text(ML, b[1], self.font, 8, gray=0.4)
            elif k == "letterhead":
                self.text(ML, b[1][0], B(self.font), 13)
                for ln in b[1][1:]:
                    self.text(ML, ln, self.font, 9.5, lead=12.5, gray=0.15)
                self.c.setStrokeGray(0.4)
                self.c.line(ML, self.y - 4, W - MR, self.y - 4)
                self.y -= 6
            elif k == "addr":
                for ln in b[1]:
                    self.text(W / 2 + 30, ln, lead=13.5)
            elif k == "dateline":
                self.y -= 8
                self.c.setFont(self.font, self.size)
                self.c.drawRightString(W - MR, self.y - self.size, b[1])
                self.y -= 24
            elif k == "subject":
                self.text(ML, b[1], B(self.font))
                self.y -= 6
            elif k == "sig":
                self.need(90)
                self.text(ML, b[1][0])
                self.sig_pos = (self.page, ML + 10, self.y)  # scribble below this, in points from bottom
                self.y -= 42
                for ln in b[1][1:]:
                    self.text(ML, ln)
            elif k == "footer":
                self.footer = b[1]
            elif k == "pagebreak":
                self.newpage()
        self._footer()
        self.c.save()
        return self


def render_pdf(blocks, path, font="DejaVuSans", typed_font=None, size=10.5):
    w = PdfWriter(path, font, typed_font or font, size)
    w.render(blocks)
    return w


def fix_zip(path, when):
    """Rewrite a ZIP container (docx/odt) with fixed timestamps, so the output is byte-reproducible."""
    import zipfile, re
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    iso = when.strftime("%Y-%m-%dT%H:%M:%S")
    with zipfile.ZipFile(path, "w") as z:
        for i, data in items:
            if i.filename in ("meta.xml", "docProps/core.xml"):
                data = re.sub(rb"(<(?:meta:creation-date|dc:date|dcterms:created|dcterms:modified)[^>]*>)[^<]*",
                              lambda m: m.group(1) + iso.encode() + (b"Z" if b"dcterms" in m.group(1) else b""), data)
            zi = zipfile.ZipInfo(i.filename, date_time=when.timetuple()[:6])
            zi.compress_type = i.compress_type
            zi.external_attr = i.external_attr
            z.writestr(zi, data)


# ------------------------------------------------------------------ docx
def render_docx(blocks, path, font="Calibri"):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    for b in blocks:
        k = b[0]
        if k == "letterhead":
            p = d.add_paragraph()
            r = p.add_run(b[1][0])
            r.bold = True
            r.font.size = Pt(15)
            for ln in b[1][1:]:
                p = d.add_paragraph(ln)
                p.paragraph_format.space_after = Pt(0)
        elif k == "addr":
            for ln in b[1]:
                p = d.add_paragraph(ln)
                p.paragraph_format.left_indent = Pt(260)
                p.paragraph_format.space_after = Pt(0)
        elif k == "dateline":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "subject":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "sig":
            d.add_paragraph("")
            for ln in b[1]:
                p = d.add_paragraph(ln)
                p.paragraph_format.space_after = Pt(0)
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "small":
            d.add_paragraph(b[1])
        elif k == "spacer":
            pass
    d.core_properties.author = ""
    d.save(path)


# ------------------------------------------------------------------ odt (form)
def render_odt(blocks, path):
    sys.path.append("/usr/lib/python3/dist-packages")
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties, TableCellProperties
    from odf.text import P, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontsize="12pt"))
    title = Style(name="T", family="paragraph")
    title.addElement(TextProperties(fontweight="bold", fontsize="15pt"))
    small = Style(name="S", family="paragraph")
    small.addElement(TextProperties(fontsize="7pt", color="#555555"))
    lab = Style(name="L", family="paragraph")
    lab.addElement(TextProperties(fontsize="9pt", color="#444444"))
    right = Style(name="R", family="paragraph")
    right.addElement(ParagraphProperties(textalign="end"))
    c1 = Style(name="C1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="6cm"))
    c2 = Style(name="C2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="10.5cm"))
    cell = Style(name="CE", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #888888", padding="0.1cm"))
    for s in (bold, title, small, lab, right, c1, c2, cell):
        doc.automaticstyles.addElement(s)
    tbl = None
    n = 0
    def new_table():
        nonlocal n
        n += 1
        t = Table(name=f"Tabel{n}")
        t.addElement(TableColumn(stylename=c1))
        t.addElement(TableColumn(stylename=c2))
        doc.text.addElement(t)
        return t
    def add_row(t, a, bb, pst=None, rst=None):
        tr = TableRow()
        for v, sty in ((a, pst), (bb, rst)):
            tc = TableCell(stylename=cell, valuetype="string")
            tc.addElement(P(text=v, stylename=sty) if sty else P(text=v))
            tr.addElement(tc)
        t.addElement(tr)
    for b in blocks:
        k = b[0]
        if k != "kv":
            tbl = None
        if k == "h1":
            doc.text.addElement(P(text=b[1], stylename=title))
        elif k in ("h2", "h2c"):
            doc.text.addElement(P(text=b[1], stylename=bold))
        elif k == "kv":
            if tbl is None:
                tbl = new_table()
            add_row(tbl, b[1], b[2], lab)
        elif k == "table":
            t = new_table()
            add_row(t, b[1][0], b[1][1], bold, bold)
            for l, r in b[2]:
                add_row(t, l, r, None, right)
            for l, r in b[3]:
                add_row(t, l, r, bold, right)
        elif k in ("p", "small"):
            doc.text.addElement(P(text=b[1]))
        elif k == "sig":
            for ln in b[1]:
                doc.text.addElement(P(text=ln))
        elif k == "footer":
            doc.text.addElement(P(text=b[1], stylename=small))
        elif k == "spacer":
            doc.text.addElement(P(text=""))
    doc.save(path)


# ------------------------------------------------------------------ rtf (letter)
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def render_rtf(blocks, path, font="Arial"):
    r = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss " + font + ";}}",
         "{\\info{\\title Brief}}\\paperw11906\\paperh16838\\margl1417\\margr1417\\f0\\fs22"]
    for b in blocks:
        k = b[0]
        if k == "letterhead":
            r.append("\\pard{\\b\\fs30 " + rtf_esc(b[1][0]) + "}\\par")
            for ln in b[1][1:]:
                r.append("\\pard\\fs20 " + rtf_esc(ln) + "\\fs22\\par")
            r.append("\\pard\\brdrb\\brdrs\\brdrw10\\par")
        elif k == "addr":
            for ln in b[1]:
                r.append("\\pard\\li5000 " + rtf_esc(ln) + "\\par")
        elif k == "dateline":
            r.append("\\pard\\qr\\sb240 " + rtf_esc(b[1]) + "\\par")
        elif k == "subject":
            r.append("\\pard\\sb240{\\b " + rtf_esc(b[1]) + "}\\par")
        elif k == "p":
            r.append("\\pard\\sb160 " + rtf_esc(b[1]) + "\\par")
        elif k == "li":
            r.append("\\pard\\li400 - " + rtf_esc(b[1]) + "\\par")
        elif k == "sig":
            r.append("\\pard\\sb600 " + rtf_esc(b[1][0]) + "\\par")
            for ln in b[1][1:]:
                r.append("\\pard{\\i " + rtf_esc(ln) + "}\\par")
        elif k == "pagebreak":
            r.append("\\page")
        elif k == "small":
            r.append("\\pard\\qc\\fs16 " + rtf_esc(b[1]) + "\\fs22\\par")
    r.append("}")
    open(path, "w", encoding="ascii").write("\n".join(r))
