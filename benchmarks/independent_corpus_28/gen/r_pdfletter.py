"""PDFs without widgets: a form filled in a word processor and exported/printed to PDF."""
import io
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

_FD = "/usr/share/fonts/truetype/"
_REG = False


def register_fonts():
    global _REG
    if _REG:
        return
    for fam, base in (("LibSans", "liberation/LiberationSans"), ("LibSerif", "liberation/LiberationSerif")):
        for suf, tag in (("-Regular", ""), ("-Bold", "-Bold"), ("-Italic", "-Italic"), ("-BoldItalic", "-BoldItalic")):
            pdfmetrics.registerFont(TTFont(fam + tag, _FD + base + suf + ".ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")
    pdfmetrics.registerFont(TTFont("DejaVu", _FD + "dejavu/DejaVuSans.ttf"))
    _REG = True


def e(s):
    return escape(str(s)).replace("\n", "<br/>")


BOX_ON, BOX_OFF = "\u2612", "\u2610"


class PdfLetter:
    def __init__(self, *, font="LibSans", size=10, answer_font=None, answer_color=None,
                 head_color="#000000", head_fill=None, head_size=None, grid_color="#000000",
                 label_fill=None, title=None, author=None, creator=None, producer=None,
                 ml=20 * mm, mr=20 * mm, mt=20 * mm, mb=20 * mm, on_page=None, lead=1.25):
        register_fonts()
        self.font, self.size = font, size
        self.bfont = {"LibSans": "LibSans-Bold", "LibSerif": "LibSerif-Bold"}.get(font, "Helvetica-Bold")
        self.ifont = {"LibSans": "LibSans-Italic", "LibSerif": "LibSerif-Italic"}.get(font, "Helvetica-Oblique")
        self.afont = answer_font or font
        self.acolor = answer_color
        self.head_color = head_color
        self.head_fill = head_fill
        self.head_size = head_size or size + 2
        self.gridc = colors.HexColor(grid_color)
        self.label_fill = colors.HexColor(label_fill) if label_fill else None
        self.meta = dict(title=title, author=author, creator=creator, producer=producer)
        self.margins = (ml, mr, mt, mb)
        self.on_page = on_page
        self.story = []
        self.st = ParagraphStyle("n", fontName=font, fontSize=size, leading=size * lead)
        self.st_small = ParagraphStyle("s", parent=self.st, fontSize=size - 1.5, leading=(size - 1.5) * lead,
                                       textColor=colors.HexColor("#333333"))
        self.st_head = ParagraphStyle("h", parent=self.st, fontName=self.bfont, fontSize=self.head_size,
                                      leading=self.head_size * 1.3, textColor=colors.HexColor(head_color),
                                      spaceBefore=8, spaceAfter=4)
        self.st_title = ParagraphStyle("t", parent=self.st, fontName=self.bfont, fontSize=size + 6,
                                       leading=(size + 6) * 1.25, alignment=TA_CENTER, spaceAfter=6)
        self.width = A4[0] - ml - mr

    # ---------------------------------------------------------- helpers
    def ans(self, v):
        """Markup for an answer the applicant typed."""
        s = e(v)
        if self.afont != self.font:
            s = f'<font name="{self.afont}">{s}</font>'
        if self.acolor:
            s = f'<font color="{self.acolor}">{s}</font>'
        return s

    def P(self, markup, style=None):
        return Paragraph(markup, style or self.st)

    def add(self, *fl):
        self.story.extend(fl)

    # ---------------------------------------------------------- blocks
    def title(self, s, sub=None, align=TA_CENTER):
        st = ParagraphStyle("tt", parent=self.st_title, alignment=align)
        self.add(self.P(e(s), st))
        if sub:
            self.add(self.P(e(sub), ParagraphStyle("ts", parent=self.st, alignment=align)))
        self.add(Spacer(1, 6))

    def heading(self, s):
        if self.head_fill:
            t = Table([[self.P(e(s), ParagraphStyle("hf", parent=self.st_head, spaceBefore=0, spaceAfter=0))]],
                      colWidths=[self.width])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(self.head_fill)),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            self.add(Spacer(1, 8), t, Spacer(1, 4))
        else:
            self.add(self.P(e(s), self.st_head))

    def para(self, s, small=False, italic=False, markup=False):
        m = s if markup else e(s)
        if italic:
            m = f"<i>{m}</i>"
        self.add(self.P(m, self.st_small if small else self.st))

    def space(self, h=6):
        self.add(Spacer(1, h))

    def inline(self, label, value, sep=": ", bold_label=True):
        lab = f"<b>{e(label)}</b>" if bold_label else e(label)
        self.add(self.P(f"{lab}{e(sep)}{self.ans(value) if value else ''}"))

    def dots(self, label, value, total=95, char="."):
        """'Label: value ........' as typed over a dotted line."""
        v = value or ""
        n = max(6, total - len(label) - len(v))
        self.add(self.P(f"{e(label)} {self.ans(v)} {char * n}" if v else f"{e(label)} {char * n}"))

    def nextline(self, label, value, indent=12):
        self.add(self.P(f"<b>{e(label)}</b>"))
        st = ParagraphStyle("nl", parent=self.st, leftIndent=indent, spaceAfter=4)
        self.add(self.P(self.ans(value) if value else "&nbsp;", st))

    def grid(self, rows, widths=(0.35, 0.65), label_bold=False, valign="TOP", spans=None):
        """Word table: rows of [label, value, label, value...]; even cols are labels."""
        data = []
        for r in rows:
            cells = []
            for i, c in enumerate(r):
                if i % 2 == 0:
                    m = f"<b>{e(c)}</b>" if label_bold else e(c)
                else:
                    m = self.ans(c) if c else ""
                cells.append(self.P(m))
            data.append(cells)
        t = Table(data, colWidths=[self.width * w for w in widths])
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, self.gridc), ("VALIGN", (0, 0), (-1, -1), valign),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if self.label_fill:
            for ci in range(0, len(widths), 2):
                cmds.append(("BACKGROUND", (ci, 0), (ci, -1), self.label_fill))
        for sp in spans or []:
            cmds.append(("SPAN",) + sp)
        t.setStyle(TableStyle(cmds))
        self.add(t, Spacer(1, 6))

    def cells(self, rows, widths=None):
        """Table whose cells hold 'Label: answer' typed together."""
        ncol = max(len(r) for r in rows)
        widths = widths or [1.0 / ncol] * ncol
        data = []
        for r in rows:
            row = []
            for c in r:
                if c is None:
                    row.append("")
                    continue
                lab, val = c
                row.append(self.P(f"{e(lab)} {self.ans(val) if val else ''}"))
            row += [""] * (ncol - len(row))
            data.append(row)
        t = Table(data, colWidths=[self.width * w for w in widths])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, self.gridc), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        self.add(t, Spacer(1, 6))

    def table(self, headers, rows, widths, head_fill="#D9D9D9", align_right=(), bold_last=False,
              answer_cols=None):
        data = []
        if headers:
            data.append([self.P(f"<b>{e(h)}</b>") for h in headers])
        for r in rows:
            row = []
            for ci, c in enumerate(r):
                if answer_cols is None or ci in answer_cols:
                    m = self.ans(c) if c not in (None, "") else ""
                else:
                    m = e(c)
                st = self.st
                if ci in align_right:
                    st = ParagraphStyle("ar", parent=self.st, alignment=TA_RIGHT)
                row.append(self.P(m, st))
            data.append(row)
        t = Table(data, colWidths=[self.width * w for w in widths], repeatRows=1 if headers else 0)
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, self.gridc), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if headers:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_fill)))
        if bold_last:
            cmds.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black))
        t.setStyle(TableStyle(cmds))
        self.add(t, Spacer(1, 6))

    def boxes(self, label, options, selected, on=BOX_ON, off=BOX_OFF):
        parts = []
        for i, o in enumerate(options):
            mark = on if i in selected else off
            parts.append(f'<font name="DejaVu">{mark}</font> {e(o)}')
        lab = f"{e(label)}  " if label else ""
        self.add(self.P(lab + "&nbsp;&nbsp;&nbsp;".join(parts)))

    def finish(self):
        buf = io.BytesIO()
        ml, mr, mt, mb = self.margins
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=ml, rightMargin=mr, topMargin=mt,
                                bottomMargin=mb, title=self.meta["title"] or "", author=self.meta["author"] or "",
                                creator=self.meta["creator"] or "", producer=self.meta["producer"] or "")
        kw = {}
        if self.on_page:
            kw = dict(onFirstPage=self.on_page, onLaterPages=self.on_page)
        doc.build(self.story, **kw)
        return buf.getvalue()
