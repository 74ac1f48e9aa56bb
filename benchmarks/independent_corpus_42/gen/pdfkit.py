"""Thin helpers around reportlab for forms and letters (standard fonts only)."""
import io
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import acroform
from reportlab.lib.colors import Color, black, white

# --- make AcroForm appearance streams accept €, typographic quotes, dashes ---
_PDFDOC = {"€": "\xa0", "\xa0": " ", "\u202f": " ", "’": "\x90", "‘": "\x8f",
           "“": "\x8d", "”": "\x8e", "–": "\x85", "—": "\x84", "…": "\x83",
           "Œ": "\x96", "œ": "\x9c"}
_orig_esc = acroform.escPDF
acroform.escPDF = lambda s: _orig_esc("".join(_PDFDOC.get(c, c) for c in s))

_orig_txAP = acroform.AcroForm.txAP


def _wrapping_txAP(self, key, value, iFontName, rFontName, fontSize, **kw):
    """Wrap long values inside multi-line boxes, as a viewer would."""
    width = kw.get("width", 120)
    height = kw.get("height", 36)
    if value and height > 2.2 * fontSize + 6:
        fname = {"Helv": "Helvetica", "Cour": "Courier", "Time": "Times-Roman"}.get(iFontName, "Helvetica")
        lines = []
        for para in value.split("\n"):
            lines.extend(simpleSplit(para, fname, fontSize, width - 6) or [""])
        value = "\n".join(lines)
    return _orig_txAP(self, key, value, iFontName, rFontName, fontSize, **kw)


acroform.AcroForm.txAP = _wrapping_txAP

W, H = A4
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.92, 0.92, 0.92)
PALE_BLUE = Color(0.87, 0.92, 0.98)
NAVY = Color(0.10, 0.20, 0.42)
DARKRED = Color(0.55, 0.10, 0.12)
GREEN = Color(0.16, 0.42, 0.22)


class Pdf:
    def __init__(self, title="", author="", creator="", subject=""):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        if creator:
            self.c.setCreator(creator)
        if subject:
            self.c.setSubject(subject)
        self.page = 1

    # ---------------- drawing
    def text(self, x, y, s, font="Helvetica", size=10, color=black, align="left"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "left":
            c.drawString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        c.setFillColor(black)

    def para(self, x, y, w, s, font="Helvetica", size=10, leading=None, color=black):
        """Draw a wrapped paragraph starting with baseline y; return next baseline."""
        leading = leading or size * 1.3
        for chunk in s.split("\n"):
            for line in simpleSplit(chunk, font, size, w) or [""]:
                self.text(x, y, line, font, size, color)
                y -= leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=black, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def line(self, x1, y1, x2, y2, lw=0.5, color=black, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        c.setDash()
        c.setStrokeColor(black)

    def dots(self, x1, x2, y):
        self.line(x1, y, x2, y, lw=0.6, color=GREY, dash=(1, 2))

    def box_tick(self, x, y, checked, size=8):
        self.rect(x, y, size, size, lw=0.6)
        if checked:
            self.text(x + 1, y + 1, "4", "ZapfDingbats", size - 1)

    def newpage(self):
        self.c.showPage()
        self.page += 1

    # ---------------- acroform
    def tf(self, name, x, y, w, h, value, multiline=False, size=9, font="Helvetica",
           border=True, fill=None, bcolor=None):
        kw = dict(name=name, value=value or "", x=x, y=y, width=w, height=h,
                  fontName=font, fontSize=size, borderWidth=0.6 if border else 0,
                  borderColor=(bcolor or GREY) if border else None,
                  fillColor=fill, textColor=black, forceBorder=border, maxlen=2000,
                  annotationFlags="print")
        if multiline:
            kw["fieldFlags"] = "multiline"
        self.c.acroForm.textfield(**kw)

    def cb(self, name, x, y, checked, size=9, style="check"):
        self.c.acroForm.checkbox(name=name, x=x, y=y, size=size, checked=bool(checked),
                                 buttonStyle=style, borderWidth=0.6, borderColor=black,
                                 fillColor=white, textColor=black, forceBorder=True)

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


def wrap(s, font, size, w):
    return simpleSplit(s, font, size, w)


def sw(s, font="Helvetica", size=10):
    return stringWidth(s, font, size)
