"""Render a model.Doc as a fillable, filled-in PDF (AcroForm).  Only the
standard PDF fonts are used.  Field values are set (/V) and appearance
streams (/AP) are generated, as a form-filling tool would."""
import io
import re

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import acroform
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.rl_accel import fp_str

from model import H, F, R, C, T, P, Box, Space, PageBreak

rl_config.invariant = 1

# ------------------------------------------------------------------ patches
# reportlab's widget appearance encoding is PDFDocEncoding: map the few
# non-Latin-1 characters we use onto it (Euro is 0xA0 there).
_PDFDOC = {"\xa0": " ", "\u202f": " ", "€": "\xa0", "–": "\x85", "—": "\x84",
           "’": "\x90", "‘": "\x8f", "“": "\x8d", "”": "\x8e", "…": "\x83",
           "•": "\x80", "œ": "\x9c", "Œ": "\x96"}


def _esc(s):
    s = "".join(_PDFDOC.get(ch, ch) for ch in s)
    return escapePDF(s).replace("%", "\\045")


acroform.escPDF = _esc


def _acro_format(self, doc):
    # one /Font dictionary in /DR (reportlab writes one per font otherwise)
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFString
    d = dict(Fields=PDFArray([self.getRef(f) for f in self.fields]))
    if self.sigFlags:
        d["SigFlags"] = self.sigFlags
    if self.fonts:
        FK = list(sorted(self.fonts.keys()))
        F_ = " ".join("/%s %s" % (f, self.fonts[f]) for f in FK)
        d["DA"] = PDFString("/Helv 0 Tf 0 g" if "Helv" in FK else "/%s 0 Tf 0 g" % FK[0])
        d["DR"] = acroform.PDFFromString("<< /Encoding << /RLAFencoding %s >> /Font << %s >> >>" % (self.encRefStr, F_))
    d.update(self.extras)
    return PDFDictionary(d).format(doc)


acroform.AcroForm.format = _acro_format

_CTX = {}
_FONTMAP = {"Helv": "Helvetica", "HeBo": "Helvetica-Bold", "Cour": "Courier",
            "Time": "Times-Roman", "TiRo": "Times-Roman", "TiBo": "Times-Bold", "CoBo": "Courier-Bold"}


def _txAP(self, key, value, iFontName, rFontName, fontSize, shape="square", fillColor=None,
          borderColor=None, textColor=None, borderWidth=None, borderStyle="solid", width=120,
          height=36, dashLen=3, wkind="textfield", labels=[], I=[], sel_bg=None, sel_fg=None):
    """Appearance stream: wraps multi-line values, spreads comb fields, centres
    single-line text vertically."""
    real = _CTX.get("font", "Helvetica")
    parts = []
    if acroform.opaqueColor(fillColor):
        parts.append("%s 0 0 %s %s re f" % (self.streamFillColor(fillColor), fp_str(width), fp_str(height)))
    if borderWidth and acroform.opaqueColor(borderColor):
        sc = self.streamStrokeColor(borderColor)
        if borderStyle == "underlined":
            parts.append("%s %s w 0 %s m %s %s l S" % (sc, fp_str(borderWidth), fp_str(borderWidth / 2.0), fp_str(width), fp_str(borderWidth / 2.0)))
        else:
            hb = borderWidth / 2.0
            parts.append("%s %s w %s %s %s %s re S" % (sc, fp_str(borderWidth), fp_str(hb), fp_str(hb), fp_str(width - borderWidth), fp_str(height - borderWidth)))
    parts.append("/Tx BMC q 1 1 %s %s re W n" % (fp_str(width - 2), fp_str(height - 2)))
    if value:
        tf = self.streamFillColor(textColor) if acroform.opaqueColor(textColor) else "0 g"
        lead = fontSize * 1.15
        comb = _CTX.get("comb")
        parts.append("BT /%s %s Tf %s" % (iFontName, fp_str(fontSize), tf))
        if comb:
            cw = width / float(comb)
            y = (height - fontSize * 0.7) / 2.0
            for i, ch in enumerate(value[:comb]):
                x = i * cw + (cw - stringWidth(ch, real, fontSize)) / 2.0
                parts.append("1 0 0 1 %s %s Tm (%s) Tj" % (fp_str(x), fp_str(y), _esc(ch)))
        elif _CTX.get("multi"):
            lines = []
            for para in value.split("\n"):
                lines.extend(simpleSplit(para, real, fontSize, width - 6) or [""])
            y = height - 2 - fontSize
            for ln in lines:
                parts.append("1 0 0 1 3 %s Tm (%s) Tj" % (fp_str(y), _esc(ln)))
                y -= lead
        else:
            y = (height - fontSize * 0.7) / 2.0
            x = 3
            if _CTX.get("align") == "right":
                x = width - 3 - stringWidth(value, real, fontSize)
            parts.append("1 0 0 1 %s %s Tm (%s) Tj" % (fp_str(x), fp_str(y), _esc(value)))
        parts.append("ET")
    parts.append("Q EMC")
    stream = "\n".join(parts) + "\n"
    return self.makeStream(width, height, stream,
                           Resources=acroform.PDFFromString("<< /ProcSet [/PDF /Text] /Font %s >>" % rFontName))


acroform.AcroForm.txAP = _txAP


# ------------------------------------------------------------------ naming
class Namer:
    """Field naming as form tools do it.
    scheme: a format with {n} ('Text{n}', 'Champ texte {n}', 'Tekstveld {n}',
    'veld{n}') or 'auto' (Acrobat field detection: named after the label,
    'undefined', 'undefined_2' ... when there is none) or 'xfa'
    (LiveCycle: topmostSubform[0].Page1[0].TextField12[0])."""

    def __init__(self, scheme="Text{n}", check="Check Box{n}", start=1, shared=False):
        self.scheme, self.check, self.n, self.cn = scheme, check, start, start
        self.shared = shared
        self.used = {}
        self.page = 1

    def _uniq(self, base):
        if base not in self.used:
            self.used[base] = 1
            return base
        self.used[base] += 1
        return "%s_%d" % (base, self.used[base])

    def text(self, label):
        if self.scheme == "auto":
            base = "undefined"
            if label:
                lab = re.sub(r"[^\w\s'’/-]", "", label, flags=re.U).strip()
                lab = re.sub(r"\s+", " ", lab)
                if lab:
                    base = lab[:40].strip()
            return self._uniq(base)
        if self.scheme == "xfa":
            name = "topmostSubform[0].Page%d[0].TextField%d[0]" % (self.page, self.n)
            self.n += 1
            return name
        name = self.scheme.format(n=self.n)
        self.n += 1
        if self.shared:
            self.cn = self.n
        return name

    def checkbox(self, label):
        if self.scheme == "auto":
            return self._uniq("Check Box" if not label else re.sub(r"[^\w\s-]", "", label)[:30].strip() or "Check Box")
        if self.scheme == "xfa":
            name = "topmostSubform[0].Page%d[0].CheckBox%d[0]" % (self.page, self.cn)
            self.cn += 1
            return name
        name = self.check.format(n=self.cn if not self.shared else self.n)
        if self.shared:
            self.n += 1
        else:
            self.cn += 1
        return name


# ------------------------------------------------------------------ renderer
DEFAULT_STYLE = dict(
    font="Helvetica", bold="Helvetica-Bold", size=9, lab_w=165, lab_pos="left",
    head="bar", head_fill=Color(0.82, 0.82, 0.82), head_text=black, margin=48,
    border="box", border_color=Color(0.45, 0.45, 0.45), fill=None,
    vfont="Helvetica", vsize=9, tips="none", title_size=14, title_align="left",
    footer_size=7, field_h=15, row_gap=4, check_style="check",
    thead_fill=Color(0.9, 0.9, 0.9), box_dash=True,
)


class PdfForm:
    def __init__(self, doc, style=None, namer=None):
        self.doc = doc
        self.st = dict(DEFAULT_STYLE)
        self.st.update(style or {})
        self.namer = namer or Namer()
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=A4, pageCompression=1)
        m = doc.meta
        from common import pdf_date_formatter
        fmt = pdf_date_formatter()
        if fmt:
            self.c._doc.info._dateFormatter = fmt
        self.c.setAuthor(m.get("author", ""))
        self.c.setSubject(m.get("subject", ""))
        if m.get("title"):
            self.c.setTitle(m["title"])
        if m.get("author"):
            self.c.setAuthor(m["author"])
        if m.get("subject"):
            self.c.setSubject(m["subject"])
        if m.get("creator"):
            self.c.setCreator(m["creator"])
        self.W, self.Hh = A4
        self.page = 1
        self.x0 = self.st["margin"]
        self.x1 = self.W - self.st["margin"]
        self.y = self.Hh - self.st["margin"]

    # --------------------------------------------------------- basics
    def _footer(self):
        if self.doc.footer:
            self.c.setFont(self.st["font"], self.st["footer_size"])
            self.c.setFillColor(Color(0.3, 0.3, 0.3))
            txt = self.doc.footer.replace("{page}", str(self.page))
            self.c.drawString(self.x0, 28, txt)
            self.c.setFillColor(black)

    def _newpage(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.namer.page = self.page
        self.y = self.Hh - self.st["margin"]

    def need(self, h):
        if self.y - h < 50:
            self._newpage()

    def text(self, x, y, s, font=None, size=None, color=None):
        self.c.setFont(font or self.st["font"], size or self.st["size"])
        if color is not None:
            self.c.setFillColor(color)
        self.c.drawString(x, y, s)
        self.c.setFillColor(black)

    def wrap(self, s, width, font=None, size=None):
        out = []
        for para in s.split("\n"):
            out.extend(simpleSplit(para, font or self.st["font"], size or self.st["size"], width) or [""])
        return out

    def _tip(self, f_label, tip):
        pol = self.st["tips"]
        if tip:
            return tip
        if pol == "all" and f_label:
            return f_label
        return None

    def field(self, name, value, x, y, w, h, kind="text", maxlen=None, tip=None, align=None):
        st = self.st
        _CTX.clear()
        _CTX["font"] = st["vfont"]
        if kind == "multi":
            _CTX["multi"] = True
        if kind == "comb":
            _CTX["comb"] = maxlen
        if align:
            _CTX["align"] = align
        flags = ""
        if kind == "multi":
            flags = "multiline"
        elif kind == "comb":
            flags = "comb"
        bw = 0.6 if st["border"] in ("box", "under") else 0
        kw = dict(name=name, value=value or "", x=x, y=y, width=w, height=h,
                  fontName=st["vfont"], fontSize=st["vsize"], borderWidth=bw,
                  borderColor=st["border_color"] if bw else None,
                  borderStyle="underlined" if st["border"] == "under" else "solid",
                  fillColor=st["fill"], textColor=black, fieldFlags=flags,
                  maxlen=maxlen if maxlen else (None if kind == "multi" else None))
        if tip:
            kw["tooltip"] = tip
        self.c.acroForm.textfield(**kw)
        _CTX.clear()

    def checkbox(self, name, checked, x, y, size=9, tip=None):
        kw = dict(name=name, checked=checked, x=x, y=y, size=size, buttonStyle=self.st["check_style"],
                  borderWidth=0.6, borderColor=self.st["border_color"], fillColor=None,
                  textColor=black)
        if tip:
            kw["tooltip"] = tip
        self.c.acroForm.checkbox(**kw)

    # --------------------------------------------------------- header
    def header(self):
        st, d = self.st, self.doc
        top = self.y
        yl = top
        for i, ln in enumerate(d.header_left):
            self.text(self.x0, yl - 9, ln, font=st["bold"] if i == 0 else st["font"], size=9 if i == 0 else 8)
            yl -= 11
        yr = top
        for ln in d.header_right:
            self.c.setFont(st["font"], 8)
            self.c.drawRightString(self.x1, yr - 9, ln)
            yr -= 10
        self.y = min(yl, yr) - 12
        if d.title:
            for ln in self.wrap(d.title, self.x1 - self.x0, st["bold"], st["title_size"]):
                self.need(st["title_size"] + 4)
                self.c.setFont(st["bold"], st["title_size"])
                if st["title_align"] == "center":
                    self.c.drawCentredString((self.x0 + self.x1) / 2, self.y - st["title_size"], ln)
                else:
                    self.c.drawString(self.x0, self.y - st["title_size"], ln)
                self.y -= st["title_size"] + 4
        if d.subtitle:
            for ln in self.wrap(d.subtitle, self.x1 - self.x0, st["font"], 10):
                self.c.setFont(st["font"], 10)
                if st["title_align"] == "center":
                    self.c.drawCentredString((self.x0 + self.x1) / 2, self.y - 10, ln)
                else:
                    self.c.drawString(self.x0, self.y - 10, ln)
                self.y -= 13
        self.y -= 6
        for p in d.intro:
            self.para(P(p, "small"))

    # --------------------------------------------------------- items
    def heading(self, it):
        st = self.st
        h = 16 if it.level == 1 else 13
        self.need(h + 60)
        self.y -= 6
        if it.level == 1:
            if st["head"] == "bar":
                self.c.setFillColor(st["head_fill"])
                self.c.rect(self.x0, self.y - h, self.x1 - self.x0, h, stroke=0, fill=1)
                self.text(self.x0 + 4, self.y - h + 4.5, it.text, st["bold"], 10, st["head_text"])
            elif st["head"] == "box":
                self.c.setLineWidth(0.8)
                self.c.rect(self.x0, self.y - h, self.x1 - self.x0, h, stroke=1, fill=0)
                self.text(self.x0 + 4, self.y - h + 4.5, it.text, st["bold"], 10)
            elif st["head"] == "line":
                self.text(self.x0, self.y - h + 4.5, it.text, st["bold"], 10.5)
                self.c.setLineWidth(0.8)
                self.c.line(self.x0, self.y - h + 1, self.x1, self.y - h + 1)
            else:
                self.text(self.x0, self.y - h + 4.5, it.text, st["bold"], 10.5)
        else:
            self.text(self.x0, self.y - h + 4, it.text, st["bold"], 9)
        self.y -= h + 6

    def para(self, it):
        st = self.st
        font = st["font"]
        size = st["size"]
        if it.style == "small":
            size = 7.5
        elif it.style == "bold":
            font = st["bold"]
        elif it.style == "italic":
            font = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
                    "Courier": "Courier-Oblique"}.get(st["font"], st["font"])
            size = 8
        lines = self.wrap(it.text, self.x1 - self.x0, font, size)
        for ln in lines:
            self.need(size + 3)
            self.text(self.x0, self.y - size, ln, font, size)
            self.y -= size + 2.5
        self.y -= 3

    def one_field(self, it):
        st = self.st
        fh = st["field_h"]
        h = fh if it.kind != "multi" else max(fh, it.lines * (st["vsize"] * 1.15) + 5)
        tip = self._tip(it.label, it.tip)
        name = it.name or self.namer.text(it.label)
        if st["lab_pos"] == "left":
            lw = st["lab_w"]
            lab_lines = self.wrap(it.label or "", lw - 6) if it.label else []
            need = max(h, len(lab_lines) * 10) + (9 if it.hint else 0) + st["row_gap"]
            self.need(need)
            yy = self.y
            for i, ln in enumerate(lab_lines):
                self.text(self.x0, yy - 9 - i * 10, ln)
            fw = (self.x1 - self.x0 - lw) * (it.w or 1)
            if it.kind == "comb":
                fw = min(fw, it.maxlen * 14)
            self.field(name, it.value, self.x0 + lw, yy - h, fw, h, it.kind, it.maxlen, tip)
            bottom = yy - max(h, len(lab_lines) * 10)
            if it.hint:
                self.text(self.x0 + lw, bottom - 8, it.hint, size=6.8, color=Color(0.35, 0.35, 0.35))
                bottom -= 9
            self.y = bottom - st["row_gap"]
        else:
            lab_lines = self.wrap(it.label or "", self.x1 - self.x0) if it.label else []
            need = len(lab_lines) * 10 + h + (9 if it.hint else 0) + st["row_gap"] + 2
            self.need(need)
            yy = self.y
            for i, ln in enumerate(lab_lines):
                self.text(self.x0, yy - 9 - i * 10, ln, size=8.5)
            yy -= len(lab_lines) * 10 + 2
            if it.hint:
                self.text(self.x0, yy - 7, it.hint, size=6.8, color=Color(0.35, 0.35, 0.35))
                yy -= 9
            fw = (self.x1 - self.x0) * (it.w or 1)
            if it.kind == "comb":
                fw = min(fw, it.maxlen * 14)
            self.field(name, it.value, self.x0, yy - h, fw, h, it.kind, it.maxlen, tip)
            self.y = yy - h - st["row_gap"]

    def row(self, it):
        st = self.st
        fh = st["field_h"]
        self.need(fh + 22)
        x = self.x0
        avail = self.x1 - self.x0
        if it.label and st["lab_pos"] == "left":
            lab_lines = self.wrap(it.label, st["lab_w"] - 6)
            for i, ln in enumerate(lab_lines):
                self.text(self.x0, self.y - 9 - 8 - i * 10, ln)
            x = self.x0 + st["lab_w"]
            avail = self.x1 - x
        elif it.label:
            self.text(self.x0, self.y - 9, it.label, size=8.5)
            self.y -= 11
        tot = sum(f.w or 1 for f in it.fields)
        gap = 6
        usable = avail - gap * (len(it.fields) - 1)
        for f in it.fields:
            fw = usable * (f.w or 1) / tot
            if f.label:
                self.text(x, self.y - 7, f.label, size=6.8, color=Color(0.25, 0.25, 0.25))
            ww = fw
            if f.kind == "comb":
                ww = min(fw, f.maxlen * 14)
            name = f.name or self.namer.text(f.label or it.label)
            self.field(name, f.value, x, self.y - 9 - fh, ww, fh, f.kind, f.maxlen,
                       self._tip(f.label, f.tip), align="right" if f.kind == "num" else None)
            x += fw + gap
        self.y -= 9 + fh + st["row_gap"]
        if any(f.hint for f in it.fields):
            x = self.x0 if not (it.label and st["lab_pos"] == "left") else self.x0 + st["lab_w"]
            for f in it.fields:
                fw = usable * (f.w or 1) / tot
                if f.hint:
                    self.text(x, self.y - 5, f.hint, size=6.5, color=Color(0.35, 0.35, 0.35))
                x += fw + gap
            self.y -= 9

    def checks(self, it):
        st = self.st
        self.need(24)
        x = self.x0
        if it.label:
            if st["lab_pos"] == "left":
                lab_lines = self.wrap(it.label, st["lab_w"] - 6)
                for i, ln in enumerate(lab_lines):
                    self.text(self.x0, self.y - 9 - i * 10, ln)
                x = self.x0 + st["lab_w"]
                lab_h = len(lab_lines) * 10
            else:
                self.text(self.x0, self.y - 9, it.label, size=8.5)
                self.y -= 12
                lab_h = 0
        else:
            lab_h = 0
        y = self.y
        cx = x
        for opt in it.options:
            w = 14 + stringWidth(opt, st["font"], 8.5) + 14
            if cx + w > self.x1 and cx > x:
                cx = x
                y -= 13
            name = self.namer.checkbox(opt)
            self.checkbox(name, opt in it.selected, cx, y - 10, 9, tip=it.tip or (opt if st["tips"] == "all" else None))
            self.text(cx + 13, y - 8.5, opt, size=8.5)
            cx += w
        self.y = min(y - 13, self.y - lab_h) - st["row_gap"]

    def table(self, it):
        st = self.st
        widths = it.widths
        tot = float(sum(widths))
        avail = self.x1 - self.x0
        ws = [avail * w / tot for w in widths]
        rh = st["field_h"] + 2
        if it.caption:
            self.need(14 + rh * 2)
            self.text(self.x0, self.y - 9, it.caption, st["bold"], 8.5)
            self.y -= 13

        def draw_header():
            hh = 0
            hl = [self.wrap(hd, w - 4, st["bold"], 7.5) for hd, w in zip(it.headers, ws)]
            hh = max(len(h) for h in hl) * 9 + 4
            self.need(hh + rh)
            x = self.x0
            if st["thead_fill"] is not None:
                self.c.setFillColor(st["thead_fill"])
                self.c.rect(self.x0, self.y - hh, avail, hh, stroke=0, fill=1)
                self.c.setFillColor(black)
            for lines, w in zip(hl, ws):
                for i, ln in enumerate(lines):
                    self.text(x + 2, self.y - 9 - i * 9, ln, st["bold"], 7.5)
                self.c.setLineWidth(0.4)
                self.c.rect(x, self.y - hh, w, hh, stroke=1, fill=0)
                x += w
            self.y -= hh

        draw_header()
        for ri, row in enumerate(it.rows):
            # static cells may wrap
            lines = []
            for ci, (cell, w) in enumerate(zip(row, ws)):
                if ci in it.field_cols:
                    lines.append(1)
                else:
                    lines.append(len(self.wrap(cell or "", w - 4, st["bold"] if ri in it.bold_rows else st["font"], 8)))
            h = max(rh, max(lines) * 9.5 + 5)
            if self.y - h < 50:
                self._newpage()
                draw_header()
            x = self.x0
            for ci, (cell, w) in enumerate(zip(row, ws)):
                self.c.setLineWidth(0.4)
                self.c.rect(x, self.y - h, w, h, stroke=1, fill=0)
                if ci in it.field_cols and cell is not None:
                    name = self.namer.text(None if self.namer.scheme == "auto" else (it.headers[ci]))
                    tip = None
                    if st["tips"] in ("all", "table"):
                        tip = "%s - %s" % (row[0], it.headers[ci]) if ci else it.headers[ci]
                    align = "right" if ci > 0 and re.search(r"\d", cell or "") and not re.search(r"[A-Za-z]{3}", cell or "") else None
                    self.field(name, cell, x + 1, self.y - h + 1, w - 2, h - 2, "text", None, tip, align=align)
                else:
                    font = st["bold"] if ri in it.bold_rows else st["font"]
                    for i, ln in enumerate(self.wrap(cell or "", w - 4, font, 8)):
                        self.text(x + 2, self.y - 10 - i * 9.5, ln, font, 8)
                x += w
            self.y -= h
        self.y -= 8

    def box(self, it):
        st = self.st
        n = len(it.rows)
        h = 16 + n * (st["field_h"] + 3) + 4
        self.need(h + 6)
        top = self.y
        self.c.setLineWidth(0.8)
        if st["box_dash"]:
            self.c.setDash(3, 2)
        self.c.rect(self.x0, top - h, self.x1 - self.x0, h, stroke=1, fill=0)
        self.c.setDash()
        self.text(self.x0 + 5, top - 11, it.title, st["bold"], 8)
        y = top - 16
        for lab, val in it.rows:
            self.text(self.x0 + 8, y - 10, lab, size=8)
            if it.fields:
                self.field(self.namer.text(lab), val, self.x0 + 160, y - st["field_h"], 200, st["field_h"] - 1)
            elif val:
                self.text(self.x0 + 160, y - 10, val, size=8)
            y -= st["field_h"] + 3
        self.y = top - h - 8

    def render(self):
        self.header()
        for it in self.doc.items:
            if isinstance(it, H):
                self.heading(it)
            elif isinstance(it, F):
                self.one_field(it)
            elif isinstance(it, R):
                self.row(it)
            elif isinstance(it, C):
                self.checks(it)
            elif isinstance(it, T):
                self.table(it)
            elif isinstance(it, P):
                self.para(it)
            elif isinstance(it, Box):
                self.box(it)
            elif isinstance(it, Space):
                self.y -= it.h
            elif isinstance(it, PageBreak):
                self._newpage()
        self._footer()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def render(doc, style=None, namer=None):
    data = PdfForm(doc, style, namer).render()
    if namer is not None and namer.scheme == "xfa":
        data = hierarchize(data)
    return data


def hierarchize(data):
    """Turn dotted field names (LiveCycle style 'topmostSubform[0].Page1[0].
    TextField1[0]') into a proper field hierarchy: a partial name (/T) may not
    contain a period, so parents are created and widgets keep the last part."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (NameObject, TextStringObject, DictionaryObject, ArrayObject)
    r = PdfReader(io.BytesIO(data))
    w = PdfWriter(clone_from=r)
    af = w._root_object["/AcroForm"]
    fields = af["/Fields"]
    parents = {}
    top = ArrayObject()
    for ref in list(fields):
        fld = ref.get_object()
        name = str(fld["/T"])
        if "." not in name:
            top.append(ref)
            continue
        parts = name.split(".")
        parent_ref = None
        for depth in range(1, len(parts)):
            key = ".".join(parts[:depth])
            if key not in parents:
                d = DictionaryObject()
                d[NameObject("/T")] = TextStringObject(parts[depth - 1])
                d[NameObject("/Kids")] = ArrayObject()
                pref = w._add_object(d)
                if parent_ref is None:
                    top.append(pref)
                else:
                    d[NameObject("/Parent")] = parent_ref
                    parent_ref.get_object()["/Kids"].append(pref)
                parents[key] = pref
            parent_ref = parents[key]
        fld[NameObject("/T")] = TextStringObject(parts[-1])
        fld[NameObject("/Parent")] = parent_ref
        parent_ref.get_object()["/Kids"].append(ref)
    af[NameObject("/Fields")] = top
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
