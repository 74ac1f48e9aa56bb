"""Flowing documents (word-processor exports, online-form summaries) via platypus."""
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, Flowable, CondPageBreak)
from reportlab.pdfgen import canvas as _canvas

from common import register_fonts

register_fonts()

__all__ = ["PS", "P", "Spacer", "Table", "TableStyle", "PageBreak", "KeepTogether", "colors",
           "build_doc", "esc", "HRule", "Box", "CondPageBreak", "TA_LEFT", "TA_CENTER", "TA_RIGHT",
           "TA_JUSTIFY", "A4"]


def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def PS(name, font="Sans", size=10, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


def P(text, style):
    return Paragraph(text, style)


class HRule(Flowable):
    def __init__(self, width=None, thick=0.6, color=(0.6, 0.6, 0.6), space=4):
        super().__init__()
        self.w, self.thick, self.color, self.space = width, thick, color, space

    def wrap(self, aw, ah):
        self.aw = self.w or aw
        return self.aw, self.space * 2

    def draw(self):
        self.canv.setStrokeColorRGB(*self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self.aw, self.space)


class Box(Flowable):
    """A rounded/filled box holding a list of paragraphs (used by online summaries)."""

    def __init__(self, flows, fill=(0.96, 0.96, 0.96), stroke=None, pad=6, radius=3, left_bar=None):
        super().__init__()
        self.t = Table([[f] for f in flows], colWidths=None)
        self.t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), pad),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        self.fill, self.stroke, self.pad, self.radius, self.left_bar = fill, stroke, pad, radius, left_bar

    def wrap(self, aw, ah):
        self.t._argW = [aw]
        self.t.colWidths = [aw]
        w, h = self.t.wrap(aw, ah)
        self.width, self.height = aw, h + 2 * 3
        return self.width, self.height

    def draw(self):
        c = self.canv
        if self.fill:
            c.setFillColorRGB(*self.fill)
        if self.stroke:
            c.setStrokeColorRGB(*self.stroke)
        c.roundRect(0, 0, self.width, self.height, self.radius, stroke=1 if self.stroke else 0,
                    fill=1 if self.fill else 0)
        if self.left_bar:
            c.setFillColorRGB(*self.left_bar)
            c.rect(0, 0, 4, self.height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        self.t.drawOn(c, 0, 3)


def build_doc(story, pagesize=A4, margins=(56, 56, 60, 60), on_page=None, title=""):
    """margins: left, right, top, bottom. on_page(canvas, doc, page_no, total)."""
    register_fonts()
    buf = io.BytesIO()

    class NumberedCanvas(_canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, state in enumerate(self._saved):
                self.__dict__.update(state)
                if on_page:
                    self.saveState()
                    on_page(self, i + 1, n)
                    self.restoreState()
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins[0], rightMargin=margins[1],
                            topMargin=margins[2], bottomMargin=margins[3], title=title)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()
