# -*- coding: utf-8 -*-
"""Thin helpers over reportlab (standard PDF fonts only)."""
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

W, H = A4


def wrap(text, font, size, width):
    """Greedy line breaking on ordinary spaces only (no-break spaces keep amounts together)."""
    out = []
    for part in text.split("\n"):
        line = ""
        for w in part.split(" "):
            cand = w if not line else line + " " + w
            if line and stringWidth(cand, font, size) > width:
                out.append(line)
                line = w
            else:
                line = cand
        out.append(line)
    return out


def latin1(s):
    """AcroForm appearance streams only take Latin-1 text."""
    s = (s.replace("\u2013", "-").replace("\u2019", "'").replace("\u20ac", "EUR")
         .replace("\u0153", "oe").replace("\u00a0", " "))
    s.encode("latin-1")
    return s


class Pdf:
    def __init__(self, title, author):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("")
        self.c.setProducer("")
        self.form = self.c.acroForm
        self.nfield = 0

    # -- text ---------------------------------------------------------------
    def text(self, x, y, s, font="Helvetica", size=9, color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)
        self.c.setFillColorRGB(0, 0, 0)

    def rtext(self, x, y, s, font="Helvetica", size=9):
        self.c.setFont(font, size)
        self.c.drawRightString(x, y, s)

    def ctext(self, x, y, s, font="Helvetica", size=9):
        self.c.setFont(font, size)
        self.c.drawCentredString(x, y, s)

    def fit(self, x, y, s, width, font="Helvetica", size=9, minsize=6):
        while size > minsize and stringWidth(s, font, size) > width:
            size -= 0.25
        self.text(x, y, s, font, size)

    def para(self, x, y, width, s, font="Helvetica", size=9, leading=None, color=(0, 0, 0)):
        leading = leading or size * 1.25
        lines = wrap(s, font, size, width)
        for ln in lines:
            self.text(x, y, ln, font, size, color)
            y -= leading
        return y

    def lines_needed(self, width, s, font="Helvetica", size=9):
        return len(wrap(s, font, size, width))

    # -- graphics -------------------------------------------------------------
    def rect(self, x, y, w, h, lw=0.6, fill=None):
        self.c.setLineWidth(lw)
        if fill:
            self.c.setFillColorRGB(*fill)
            self.c.rect(x, y, w, h, stroke=1, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self.c.rect(x, y, w, h, stroke=1, fill=0)

    def hline(self, x1, x2, y, lw=0.4, dash=None):
        self.c.setLineWidth(lw)
        if dash:
            self.c.setDash(*dash)
        self.c.line(x1, y, x2, y)
        self.c.setDash()

    def tick(self, x, y, checked, size=8):
        self.rect(x, y, size, size, lw=0.6)
        if checked:
            self.c.setFont("Helvetica-Bold", size)
            self.c.drawString(x + 1.2, y + 1.1, "X")

    def band(self, x, y, w, h, s, size=10, fill=(0.85, 0.88, 0.93), font="Helvetica-Bold"):
        self.c.setLineWidth(0)
        self.c.setFillColorRGB(*fill)
        self.c.rect(x, y, w, h, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)
        self.text(x + 4, y + (h - size) / 2 + 1.5, s, font, size)

    # -- acroform -------------------------------------------------------------
    def field(self, name, x, y, w, h, value, size=9, multiline=False, tooltip=None):
        self.nfield += 1
        v = latin1(value or "")
        if multiline:
            v = "\n".join(wrap(v, "Helvetica", size, w - 6))
        kw = dict(name=name, value=v, x=x, y=y, width=w, height=h, fontName="Helvetica", fontSize=size,
                  borderWidth=0.5, borderColor=None, fillColor=None, textColor=None, forceBorder=True,
                  tooltip=latin1(tooltip or name))
        if multiline:
            kw["fieldFlags"] = "multiline"
        from reportlab.lib.colors import Color
        kw["borderColor"] = Color(0.4, 0.4, 0.4)
        kw["fillColor"] = Color(0.94, 0.96, 1)
        kw["textColor"] = Color(0, 0, 0)
        self.form.textfield(**kw)

    def checkbox(self, name, x, y, checked, size=10):
        from reportlab.lib.colors import Color
        self.form.checkbox(name=name, x=x, y=y, size=size, checked=bool(checked), buttonStyle="cross",
                           borderWidth=0.5, borderColor=Color(0.3, 0.3, 0.3), fillColor=Color(1, 1, 1),
                           textColor=Color(0, 0, 0), forceBorder=True)

    def radio(self, name, value, x, y, selected, size=10):
        from reportlab.lib.colors import Color
        self.form.radio(name=name, value=value, x=x, y=y, size=size, selected=bool(selected),
                        buttonStyle="circle", borderWidth=0.5, borderColor=Color(0.3, 0.3, 0.3),
                        fillColor=Color(1, 1, 1), textColor=Color(0, 0, 0), forceBorder=True)

    def page(self):
        self.c.showPage()

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()
