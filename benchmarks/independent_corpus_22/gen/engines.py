"""Small building blocks used by corpus.py to draw forms in the different formats.

Every builder returns bytes and is deterministic (fixed dates, zip timestamps
normalised, no random ids)."""
import io
import os
import re
import zipfile

import pymupdf
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(HERE, "fonts")


def font_path(name):
    return os.path.join(FONTS, name + ".ttf")


# ---------------------------------------------------------------- zip helper
def normalise_zip(data, when=(2019, 5, 2, 10, 0, 0)):
    """Rewrite a zip (docx/odt/xlsx) with fixed timestamps, same member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w")
    for info in src.infolist():
        blob = src.read(info.filename)
        zi = zipfile.ZipInfo(info.filename, date_time=when)
        zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zi.create_system = 0
        dst.writestr(zi, blob)
    dst.close()
    return out.getvalue()


def zip_replace(data, name, func):
    """Apply func(text)->text to one member of a zip, keeping order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w")
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == name:
            blob = func(blob.decode("utf-8")).encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
        zi.compress_type = info.compress_type
        dst.writestr(zi, blob)
    dst.close()
    return out.getvalue()


# ---------------------------------------------------------------- signature
def signature_png(name, size=46, width=360, height=80, slant=0, color=(20, 30, 90)):
    """A handwritten-looking signature (Caveat) as a small grayscale-ish PNG."""
    font = ImageFont.truetype(font_path("Caveat-Regular"), size)
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    d.text((10, 8), name, font=font, fill=color)
    # a flourish under the name
    w = int(d.textlength(name, font=font))
    d.line([(12, height - 14), (min(width - 8, 20 + w), height - 20)], fill=color, width=2)
    if slant:
        img = img.transform(img.size, Image.AFFINE, (1, slant, -slant * height / 2, 0, 1, 0),
                            fillcolor="white")
    img = img.convert("P", palette=Image.ADAPTIVE, colors=16)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF (PyMuPDF)
class PForm:
    """A fillable PDF drawn with PyMuPDF: page text for labels, AcroForm widgets
    for the answers."""

    W, H = 595, 842

    def __init__(self, names, check_names=None, font="LiberationSans-Regular",
                 bold="LiberationSans-Bold", label_fs=10, widget_font="Helv", widget_fs=10,
                 border=(0, 0, 0), fill=None, border_width=1, margin=48, text_color=(0, 0, 0),
                 label_color=(0, 0, 0), widget_text_color=(0, 0, 0)):
        self.doc = pymupdf.open()
        self.names = names
        self.check_names = check_names or (lambda i: f"Check Box{i}")
        self.fontfile = font_path(font)
        self.boldfile = font_path(bold)
        self.font = pymupdf.Font(fontfile=self.fontfile)
        self.bfont = pymupdf.Font(fontfile=self.boldfile)
        self.label_fs = label_fs
        self.widget_font = widget_font
        self.widget_fs = widget_fs
        self.border = border
        self.fill = fill
        self.border_width = border_width
        self.margin = margin
        self.label_color = label_color
        self.widget_text_color = widget_text_color
        self.n = 0
        self.cn = 0
        self.page = None
        self.new_page()

    # -- pages and text
    def new_page(self):
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.page.insert_font(fontname="F1", fontfile=self.fontfile)
        self.page.insert_font(fontname="F2", fontfile=self.boldfile)
        self.y = self.margin

    def ensure(self, h):
        if self.y + h > self.H - self.margin:
            self.new_page()

    def wrap(self, text, width, fs, bold=False):
        f = self.bfont if bold else self.font
        lines = []
        for para in text.split("\n"):
            cur = ""
            for word in para.split(" "):
                t = (cur + " " + word) if cur else word
                if f.text_length(t, fontsize=fs) <= width or not cur:
                    cur = t
                else:
                    lines.append(cur)
                    cur = word
            lines.append(cur)
        return lines

    def text(self, s, fs=None, bold=False, x=None, width=None, color=None, gap=4, align="left"):
        fs = fs or self.label_fs
        x = self.margin if x is None else x
        width = width or (self.W - self.margin - x)
        lines = self.wrap(s, width, fs, bold)
        f = self.bfont if bold else self.font
        for ln in lines:
            self.ensure(fs * 1.3)
            xx = x
            if align == "center":
                xx = x + (width - f.text_length(ln, fontsize=fs)) / 2
            elif align == "right":
                xx = x + width - f.text_length(ln, fontsize=fs)
            self.page.insert_text((xx, self.y + fs), ln, fontname="F2" if bold else "F1",
                                  fontsize=fs, color=color or self.label_color)
            self.y += fs * 1.3
        self.y += gap

    def text_at(self, x, y, s, fs=None, bold=False, color=None):
        fs = fs or self.label_fs
        self.page.insert_text((x, y), s, fontname="F2" if bold else "F1", fontsize=fs,
                              color=color or self.label_color)

    def band(self, s, fs=12, fill=(0.85, 0.85, 0.85), color=(0, 0, 0), h=20, bold=True):
        self.ensure(h + 6)
        r = pymupdf.Rect(self.margin, self.y, self.W - self.margin, self.y + h)
        self.page.draw_rect(r, color=None, fill=fill)
        self.page.insert_text((self.margin + 5, self.y + h / 2 + fs * 0.35), s,
                              fontname="F2" if bold else "F1", fontsize=fs, color=color)
        self.y += h + 6

    def line(self, gap=6, color=(0.5, 0.5, 0.5)):
        self.page.draw_line((self.margin, self.y), (self.W - self.margin, self.y), color=color, width=0.6)
        self.y += gap

    def skip(self, h):
        self.y += h

    # -- widgets
    def widget(self, rect, value, name=None, tooltip=None, multiline=False, fs=None,
               align=0, border=True, fill="default", comb=False, maxlen=0):
        self.n += 1
        w = pymupdf.Widget()
        w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        w.field_name = name or self.names(self.n)
        if tooltip:
            w.field_label = tooltip
        w.rect = pymupdf.Rect(rect)
        w.text_font = self.widget_font
        w.text_fontsize = fs if fs is not None else self.widget_fs
        w.text_color = self.widget_text_color
        if border and self.border is not None:
            w.border_color = self.border
            w.border_width = self.border_width
        else:
            w.border_width = 0
        fc = self.fill if fill == "default" else fill
        if fc is not None:
            w.fill_color = fc
        if multiline:
            w.field_flags = pymupdf.PDF_TX_FIELD_IS_MULTILINE
        w.text_format = 0
        w.field_value = value if value is not None else ""
        if align:
            w.text_align = align
        self.page.add_widget(w)
        return w

    def field(self, label, value, pos="left", lw=150, w=None, h=16, tooltip=None, name=None,
              multiline=False, gap=6, fs=None, x=None, bold_label=False, note=None):
        x = self.margin if x is None else x
        full = self.W - self.margin - x
        if pos == "left":
            lines = self.wrap(label, lw - 6, self.label_fs, bold_label)
            hh = max(h, len(lines) * self.label_fs * 1.25)
            self.ensure(hh + gap)
            ly = self.y + self.label_fs
            for ln in lines:
                self.text_at(x, ly + 2, ln, bold=bold_label)
                ly += self.label_fs * 1.25
            ww = w or (full - lw)
            self.widget((x + lw, self.y, x + lw + ww, self.y + h), value, name, tooltip, multiline, fs)
            self.y += hh + gap
        elif pos == "above":
            self.ensure(self.label_fs * 1.4 + h + gap)
            self.text_at(x, self.y + self.label_fs, label, bold=bold_label)
            self.y += self.label_fs * 1.4
            ww = w or full
            self.widget((x, self.y, x + ww, self.y + h), value, name, tooltip, multiline, fs)
            self.y += h + gap
        elif pos == "below":
            lf = self.label_fs - 2
            self.ensure(h + lf * 1.5 + gap)
            ww = w or full
            self.widget((x, self.y, x + ww, self.y + h), value, name, tooltip, multiline, fs,
                        border=False)
            self.page.draw_line((x, self.y + h), (x + ww, self.y + h), color=(0, 0, 0), width=0.7)
            self.text_at(x, self.y + h + lf + 1, label, fs=lf, color=(0.3, 0.3, 0.3))
            self.y += h + lf * 1.5 + gap
        elif pos == "tooltip":
            self.ensure(h + gap)
            ww = w or full
            self.widget((x, self.y, x + ww, self.y + h), value, name, tooltip or label, multiline, fs)
            self.y += h + gap
        if note:
            self.text(note, fs=self.label_fs - 2, color=(0.35, 0.35, 0.35), x=x)

    def row(self, items, h=16, gap=6, pos="left"):
        """Several label/value pairs on one line: items = [(label, value, lw, ww), ...]"""
        self.ensure(h + gap + (self.label_fs * 1.4 if pos == "above" else 0))
        x = self.margin
        y0 = self.y
        for it in items:
            label, value, lw, ww = it[:4]
            tip = it[4] if len(it) > 4 else None
            if pos == "left":
                if label:
                    self.text_at(x, y0 + self.label_fs + 2, label)
                self.widget((x + lw, y0, x + lw + ww, y0 + h), value, tooltip=tip)
                x += lw + ww + 10
            else:
                self.text_at(x, y0 + self.label_fs, label)
                yy = y0 + self.label_fs * 1.4
                self.widget((x, yy, x + ww, yy + h), value, tooltip=tip)
                x += ww + 12
        self.y = y0 + h + gap + (self.label_fs * 1.4 if pos == "above" else 0)

    def checkbox(self, x, y, checked, name=None, size=10, tooltip=None):
        self.cn += 1
        c = pymupdf.Widget()
        c.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
        c.field_name = name or self.check_names(self.cn)
        c.rect = pymupdf.Rect(x, y, x + size, y + size)
        if tooltip:
            c.field_label = tooltip
        c.border_color = (0, 0, 0)
        c.border_width = 0.8
        c.field_value = bool(checked)
        self.page.add_widget(c)

    def checks(self, prompt, options, per_line=3, colw=160, gap=6):
        if prompt:
            self.text(prompt, gap=2)
        x = self.margin
        self.ensure(16)
        for i, (lab, on) in enumerate(options):
            if i and i % per_line == 0:
                self.y += 16
                x = self.margin
                self.ensure(16)
            self.checkbox(x, self.y + 1, on)
            self.text_at(x + 15, self.y + self.label_fs, lab)
            x += colw
        self.y += 16 + gap

    def table(self, cols, rows, colw, h=16, header_fill=(0.9, 0.9, 0.9), fs=None, gap=8):
        """rows: list of cells; a cell is ('t', text) page text, ('w', value[, tooltip]) widget,
        or ('tb', text) bold text."""
        fs = fs or self.label_fs
        x0 = self.margin
        self.ensure(h * (len(rows) + 1) + gap)
        if cols:
            x = x0
            for c, wdt in zip(cols, colw):
                r = pymupdf.Rect(x, self.y, x + wdt, self.y + h)
                self.page.draw_rect(r, color=(0, 0, 0), fill=header_fill, width=0.6)
                self.text_at(x + 3, self.y + h - 4.5, c, fs=fs, bold=True)
                x += wdt
            self.y += h
        for row in rows:
            self.ensure(h)
            x = x0
            for cell, wdt in zip(row, colw):
                r = pymupdf.Rect(x, self.y, x + wdt, self.y + h)
                self.page.draw_rect(r, color=(0, 0, 0), width=0.6)
                kind = cell[0]
                if kind in ("t", "tb"):
                    if cell[1]:
                        self.text_at(x + 3, self.y + h - 4.5, cell[1], fs=fs, bold=(kind == "tb"))
                elif kind == "w":
                    tip = cell[2] if len(cell) > 2 else None
                    al = cell[3] if len(cell) > 3 else 0
                    self.widget((x + 1, self.y + 1, x + wdt - 1, self.y + h - 1), cell[1],
                                tooltip=tip, border=False, align=al)
                x += wdt
            self.y += h
        self.y += gap

    def image(self, png, w, h, x=None):
        self.ensure(h + 4)
        x = self.margin if x is None else x
        self.page.insert_image(pymupdf.Rect(x, self.y, x + w, self.y + h), stream=png)
        self.y += h + 4

    def tobytes(self, meta):
        m = {"title": "", "author": "", "subject": "", "keywords": "", "creator": "",
             "producer": "", "creationDate": "D:20190502100000+02'00'",
             "modDate": "D:20190502100000+02'00'"}
        m.update(meta)
        self.doc.set_metadata(m)
        self.doc.subset_fonts()
        return self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)


# ---------------------------------------------------------------- DOCX helpers
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
import datetime


def docx_new(font="Calibri", size=11, margins_cm=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return d


def docx_bytes(d, author="", title="", when=datetime.datetime(2019, 5, 2, 10, 0, 0), revision=1,
               last_by=None):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = last_by if last_by is not None else author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = revision
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd {} w:val="clear" w:color="auto" w:fill="{}"/>'.format(nsdecls("w"), hexcolor))
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None, align=None):
    """Put text in a cell's first paragraph (newlines -> extra paragraphs)."""
    parts = text.split("\n") if text is not None else [""]
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_col_widths(table, widths_cm):
    table.autofit = False
    for col, wd in zip(table.columns, widths_cm):
        col.width = Cm(wd)
    for row in table.rows:
        for c, wd in zip(row.cells, widths_cm):
            c.width = Cm(wd)


def sdt_run_xml(value, placeholder, alias=None, tag=None, multiline=False, color="808080"):
    """XML for an inline plain-text content control; value None -> placeholder shown."""
    from xml.sax.saxutils import escape
    pr = "<w:sdtPr>"
    if alias:
        pr += '<w:alias w:val="%s"/>' % escape(alias, {'"': "&quot;"})
    if tag:
        pr += '<w:tag w:val="%s"/>' % escape(tag, {'"': "&quot;"})
    pr += '<w:id w:val="%d"/>' % (abs(hash_str(alias or tag or placeholder or "x")) % 2000000000)
    if value is None:
        pr += "<w:showingPlcHdr/>"
    pr += '<w:text%s/>' % (' w:multiLine="1"' if multiline else "")
    pr += "</w:sdtPr>"
    if value is None:
        content = ('<w:r><w:rPr><w:rStyle w:val="Tekstvantijdelijkeaanduiding"/><w:color w:val="%s"/></w:rPr>'
                   '<w:t xml:space="preserve">%s</w:t></w:r>') % (color, escape(placeholder))
    else:
        runs = []
        for i, line in enumerate(value.split("\n")):
            if i:
                runs.append("<w:r><w:br/></w:r>")
            runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(line))
        content = "".join(runs)
    return ('<w:sdt %s>%s<w:sdtContent>%s</w:sdtContent></w:sdt>' % (nsdecls("w"), pr, content))


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0x7FFFFFFF
    return h


def add_sdt(paragraph, value, placeholder, alias=None, tag=None, multiline=False):
    el = parse_xml(sdt_run_xml(value, placeholder, alias, tag, multiline))
    paragraph._p.append(el)
    return el


def table_borders(table, sz=4, color="000000", inside=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in edges:
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


# ---------------------------------------------------------------- ODT helpers
from odf.opendocument import OpenDocumentText
from odf import style as ostyle, text as otext, table as otable, meta as ometa, dc as odc


class OForm:
    """Small wrapper around odfpy for label/value documents."""

    def __init__(self, font="Liberation Serif", size="11pt", generator="LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3"):
        self.doc = OpenDocumentText()
        self.generator = generator
        self.doc.meta.addElement(ometa.CreationDate(text="2019-05-02T10:00:00"))
        self.doc.meta.addElement(odc.Date(text="2019-05-02T10:00:00"))
        self.font = font
        ff = ostyle.FontFace(name=font, fontfamily="'%s'" % font, fontfamilygeneric="roman" if "Serif" in font else "swiss", fontpitch="variable")
        self.doc.fontfacedecls.addElement(ff)
        dflt = ostyle.DefaultStyle(family="paragraph")
        dflt.addElement(ostyle.TextProperties(fontname=font, fontsize=size))
        self.doc.styles.addElement(dflt)
        self.styles = {}
        self.n = 0
        self.pstyle("P", size=size)
        self.tstyle("B", bold=True)
        self.tstyle("I", italic=True)
        self.tstyle("G", color="#808080")

    def pstyle(self, name, size=None, bold=False, align=None, margin_top=None, margin_bottom="0.1cm",
               color=None, italic=False, bg=None, border=None):
        s = ostyle.Style(name=name, family="paragraph")
        pp = {}
        if align:
            pp["textalign"] = align
        if margin_top:
            pp["margintop"] = margin_top
        if margin_bottom:
            pp["marginbottom"] = margin_bottom
        if bg:
            pp["backgroundcolor"] = bg
        if border:
            pp["border"] = border
            pp["padding"] = "0.1cm"
        if pp:
            s.addElement(ostyle.ParagraphProperties(**pp))
        tp = {}
        if size:
            tp["fontsize"] = size
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        if tp:
            s.addElement(ostyle.TextProperties(**tp))
        self.doc.automaticstyles.addElement(s)
        self.styles[name] = s
        return s

    def tstyle(self, name, bold=False, italic=False, color=None, underline=False, size=None):
        s = ostyle.Style(name=name, family="text")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        if underline:
            tp["textunderlinestyle"] = "solid"
            tp["textunderlinewidth"] = "auto"
            tp["textunderlinecolor"] = "font-color"
        if size:
            tp["fontsize"] = size
        s.addElement(ostyle.TextProperties(**tp))
        self.doc.automaticstyles.addElement(s)
        self.styles[name] = s
        return s

    def cellstyle(self, name, bg=None, border="0.5pt solid #000000", padding="0.1cm"):
        s = ostyle.Style(name=name, family="table-cell")
        kw = {"padding": padding}
        if border:
            kw["border"] = border
        if bg:
            kw["backgroundcolor"] = bg
        s.addElement(ostyle.TableCellProperties(**kw))
        self.doc.automaticstyles.addElement(s)
        self.styles[name] = s
        return s

    def colstyle(self, name, width):
        s = ostyle.Style(name=name, family="table-column")
        s.addElement(ostyle.TableColumnProperties(columnwidth=width))
        self.doc.automaticstyles.addElement(s)
        self.styles[name] = s
        return s

    def tablestyle(self, name, width="17cm"):
        s = ostyle.Style(name=name, family="table")
        s.addElement(ostyle.TableProperties(width=width, align="left"))
        self.doc.automaticstyles.addElement(s)
        self.styles[name] = s
        return s

    def para(self, parts, style="P", parent=None):
        """parts: str or list of (text, textstyle or None)."""
        p = otext.P(stylename=self.styles[style])
        if isinstance(parts, str):
            parts = [(parts, None)]
        for t, ts in parts:
            if ts:
                sp = otext.Span(stylename=self.styles[ts])
                add_text(sp, t)
                p.addElement(sp)
            else:
                add_text(p, t)
        (parent or self.doc.text).addElement(p)
        return p

    def table(self, rows, widths, name=None, cellstyle=None, spans=None, cell_styles=None, pstyle="P"):
        """rows: list of lists of cell content (str or list of parts). spans: {(r,c): ncols}"""
        self.n += 1
        tname = name or "Tabel%d" % self.n
        self.tablestyle(tname + "S", width="%.2fcm" % sum(widths))
        t = otable.Table(name=tname, stylename=self.styles[tname + "S"])
        for i, w in enumerate(widths):
            cs = "%sC%d" % (tname, i)
            self.colstyle(cs, "%.2fcm" % w)
            t.addElement(otable.TableColumn(stylename=self.styles[cs]))
        spans = spans or {}
        cell_styles = cell_styles or {}
        default_cs = cellstyle or self._default_cell()
        for r, row in enumerate(rows):
            tr = otable.TableRow()
            c = 0
            for content in row:
                span = spans.get((r, c), 1)
                cs = cell_styles.get((r, c), default_cs)
                kw = {"stylename": self.styles[cs], "valuetype": "string"}
                if span > 1:
                    kw["numbercolumnsspanned"] = span
                tc = otable.TableCell(**kw)
                items = content if isinstance(content, list) and content and isinstance(content[0], list) else [content]
                for item in items:
                    self.para(item if item is not None else "", style=pstyle, parent=tc)
                tr.addElement(tc)
                for _ in range(span - 1):
                    tr.addElement(otable.CoveredTableCell())
                c += span
            t.addElement(tr)
        self.doc.text.addElement(t)
        return t

    def _default_cell(self):
        if "CellDefault" not in self.styles:
            self.cellstyle("CellDefault")
        return "CellDefault"

    def tobytes(self):
        buf = io.BytesIO()
        self.doc.write(buf)
        gen = self.generator
        data = zip_replace(buf.getvalue(), "meta.xml",
                           lambda x: re.sub(r"<meta:generator>[^<]*</meta:generator>",
                                            "<meta:generator>%s</meta:generator>" % gen, x))
        return normalise_zip(data)


def add_text(el, s):
    """Add text with tabs/line breaks/multiple spaces the ODF way."""
    chunks = re.split(r"(\t|\n| {2,})", s)
    for ch in chunks:
        if not ch:
            continue
        if ch == "\t":
            el.addElement(otext.Tab())
        elif ch == "\n":
            el.addElement(otext.LineBreak())
        elif ch.startswith("  "):
            el.addText(" ")
            el.addElement(otext.S(c=len(ch) - 1))
        else:
            el.addText(ch)


# ---------------------------------------------------------------- XLSX helpers
def xlsx_bytes(wb, creator="", when=datetime.datetime(2019, 5, 2, 10, 0, 0), cached=None):
    """cached: {sheet_xml_name: {cellref: value}} -> inject cached values of formulas."""
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    data = zip_replace(data, "docProps/core.xml",
                       lambda x: re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                        r"\g<1>%s\g<2>" % stamp, x))
    for sheet, vals in (cached or {}).items():
        def fix(xml, vals=vals):
            for ref, v in vals.items():
                pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?' % ref)
                m = pat.search(xml)
                assert m, (sheet, ref)
                xml = xml[:m.start()] + m.group(1) + m.group(2) + "<v>%s</v>" % v + xml[m.end():]
            return xml
        data = zip_replace(data, sheet, fix)
    return normalise_zip(data)
