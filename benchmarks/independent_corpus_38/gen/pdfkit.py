# -*- coding: utf-8 -*-
"""A tiny 'word processor' on top of reportlab's canvas.

It places text the way a word processor export does: baselines, tab positions,
wrapped paragraphs, ruled tables.  Only the standard PDF fonts are used
(Helvetica, Times, Courier and ZapfDingbats for check boxes) and nothing is
embedded.  The PDFs have no form widgets: only positioned text and lines.
"""
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

W, H = A4
MM = 72.0 / 25.4

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "Helvetica-Oblique": "Helvetica-BoldOblique", "Times-Italic": "Times-BoldItalic"}
ITAL = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}


class St(object):
    """Text style: font, size, colour."""

    def __init__(self, font="Helvetica", size=10, color=colors.black):
        self.font, self.size, self.color = font, size, color

    def __call__(self, font=None, size=None, color=None):
        return St(font or self.font, size or self.size, color if color is not None else self.color)

    @property
    def b(self):
        return St(BOLD.get(self.font, self.font), self.size, self.color)

    @property
    def i(self):
        return St(ITAL.get(self.font, self.font), self.size, self.color)

    def w(self, text):
        return stringWidth(text, self.font, self.size)


def as_runs(x, st):
    if isinstance(x, str):
        return [(x, st)]
    return [(t, s or st) for t, s in x]


def wrap_runs(runs, width):
    """Greedy word wrap of styled runs. Returns list of lines (lists of runs)."""
    words = []  # (text, style, space_before)
    for text, st in runs:
        parts = text.split(" ")
        for k, p in enumerate(parts):
            if k > 0:
                words.append((" ", st, True))
            if p:
                words.append((p, st, False))
    lines, cur, curw = [], [], 0.0
    for text, st, is_space in words:
        if text == "\n":
            continue
        w = st.w(text)
        if is_space:
            if cur:
                cur.append((text, st))
                curw += w
            continue
        if cur and curw + w > width:
            while cur and cur[-1][0] == " ":
                cur.pop()
            lines.append(cur)
            cur, curw = [], 0.0
        cur.append((text, st))
        curw += w
    while cur and cur[-1][0] == " ":
        cur.pop()
    if cur:
        lines.append(cur)
    # merge neighbouring runs with the same style
    out = []
    for ln in lines:
        m = []
        for t, s in ln:
            if m and m[-1][1] is s:
                m[-1] = (m[-1][0] + t, s)
            else:
                m.append((t, s))
        out.append(m)
    return out or [[("", runs[0][1] if runs else St())]]


class Flow(object):
    """A vertical flow of lines inside a column of the page."""

    def __init__(self, c, x0, width, y, st, lead=None):
        self.c, self.x0, self.width, self.y, self.st = c, x0, width, y, st
        self.lead = lead or st.size * 1.35
        self.bottom = 50

    # -- low level --------------------------------------------------------
    def need(self, h):
        pass

    def down(self, h=None):
        self.y -= self.lead if h is None else h

    def draw(self, x, text, st=None, y=None, align="left"):
        st = st or self.st
        c = self.c
        c.setFont(st.font, st.size)
        c.setFillColor(st.color)
        yy = self.y if y is None else y
        xx = self.x0 + x
        if align == "right":
            c.drawRightString(xx, yy, text)
        elif align == "center":
            c.drawCentredString(xx, yy, text)
        else:
            c.drawString(xx, yy, text)
        return st.w(text)

    def draw_runs(self, x, runs, y=None):
        for t, s in runs:
            x += self.draw(x, t, s, y)
        return x

    def hline(self, x1, x2, dy=-3, width=0.5, color=colors.black, dash=None, y=None):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(width)
        if dash:
            c.setDash(*dash)
        yy = (self.y if y is None else y) + dy
        c.line(self.x0 + x1, yy, self.x0 + x2, yy)
        if dash:
            c.setDash()

    # -- lines ------------------------------------------------------------
    def line(self, *segs, **kw):
        """segs: (x, text_or_runs[, style[, align]])"""
        lead = kw.get("lead", self.lead)
        self.need(lead)
        for seg in segs:
            x, content = seg[0], seg[1]
            st = seg[2] if len(seg) > 2 and seg[2] is not None else self.st
            align = seg[3] if len(seg) > 3 else "left"
            if isinstance(content, str):
                self.draw(x, content, st, align=align)
            else:
                self.draw_runs(x, as_runs(content, st))
        self.down(lead)

    def para(self, content, st=None, x=0, width=None, lead=None, after=0, align="left"):
        st = st or self.st
        width = width or (self.width - x)
        lead = lead or self.lead
        for ln in wrap_runs(as_runs(content, st), width):
            self.need(lead)
            if align == "center":
                tw = sum(s.w(t) for t, s in ln)
                self.draw_runs(x + (width - tw) / 2.0, ln)
            elif align == "right":
                tw = sum(s.w(t) for t, s in ln)
                self.draw_runs(x + width - tw, ln)
            else:
                self.draw_runs(x, ln)
            self.down(lead)
        self.down(after)

    def dotted(self, label, value, xl, xv, st=None, vst=None, dot=".", gap=3, end=None, lead=None):
        """Label, a dotted leader up to xv, then the value (like a tab stop with leader)."""
        st = st or self.st
        vst = vst or st
        lead = lead or self.lead
        self.need(lead)
        lw = self.draw(xl, label, st)
        start = self.x0 + xl + lw + gap
        stop = self.x0 + xv - gap
        dw = st.w(dot)
        n = int(max(0, stop - start) / dw)
        if n:
            self.draw(xl + lw + gap, dot * n, st)
        vw = 0
        if value:
            vw = self.draw(xv, value, vst)
        if end is not None:
            s2 = xv + vw + gap
            n2 = int(max(0, end - s2) / dw)
            if n2:
                self.draw(s2, dot * n2, st)
        self.down(lead)

    def checkbox(self, x, checked, kind="zapf", st=None, y=None):
        """Draw a check box at x on the current line; returns its width."""
        st = st or self.st
        yy = self.y if y is None else y
        c = self.c
        if kind in ("zapf", "zapfsq"):
            c.setFont("ZapfDingbats", st.size)
            c.setFillColor(st.color)
            # reportlab maps the Unicode dingbats onto the ZapfDingbats encoding
            ch = ("\u2714" if kind == "zapf" else "\u25a0") if checked else "\u2751"
            c.drawString(self.x0 + x, yy, ch)
            return stringWidth(ch, "ZapfDingbats", st.size) + 3
        if kind == "drawn":
            s = st.size * 0.8
            c.setLineWidth(0.6)
            c.setStrokeColor(colors.black)
            c.rect(self.x0 + x, yy - 1, s, s, stroke=1, fill=0)
            if checked:
                c.setFont(st.font, st.size)
                c.setFillColor(st.color)
                c.drawString(self.x0 + x + 1, yy, "X")
            return s + 4
        t = "[X]" if checked else "[ ]"
        return self.draw(x, t, st) + 3

    def rect(self, x, y_top, w, h, width=0.6, fill=None, stroke=1):
        c = self.c
        c.setLineWidth(width)
        c.setStrokeColor(colors.black)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(self.x0 + x, y_top - h, w, h, stroke=stroke, fill=1 if fill is not None else 0)

    # -- tables -----------------------------------------------------------
    def table(self, x, widths, rows, st=None, lead=None, pad=4, border=0.6, grid=True,
              outer=True):
        """rows: list of rows; a row is a list of cells.
        cell: dict(c=[items], span=1, fill=None, align='left')
        item: str | runs | Table (dict with widths/rows) ; strings and runs are wrapped."""
        st = st or self.st
        lead = lead or st.size * 1.3
        top = self.y + self.st.size * 0.85
        for row in rows:
            h = self._row_height(widths, row, st, lead, pad)
            if top - h < self.bottom:
                self.y = top
                self.need(self.bottom + 10 ** 6)  # forces a page break in a Doc
                top = self.y + self.st.size * 0.85
            self._draw_row(x, top, widths, row, st, lead, pad, border, grid, h)
            top -= h
        self.y = top - self.st.size * 0.85 - self.lead * 0.6

    def _cell_width(self, widths, i, span):
        return sum(widths[i:i + span])

    def _content_height(self, items, width, st, lead, pad):
        h = 0
        for it in items:
            if isinstance(it, dict):
                h += sum(self._row_height(it["widths"], r, st, lead, pad) for r in it["rows"])
                h += 2
            else:
                h += len(wrap_runs(as_runs(it, st), width - 2 * pad)) * lead
        return h

    def _row_height(self, widths, row, st, lead, pad):
        i, best = 0, lead + 2 * pad
        for cell in row:
            span = cell.get("span", 1)
            w = self._cell_width(widths, i, span)
            best = max(best, self._content_height(cell.get("c", []), w, st, lead, pad) + 2 * pad)
            i += span
        return best

    def _draw_row(self, x, ytop, widths, row, st, lead, pad, border, grid, h):
        i = 0
        cx = x
        for cell in row:
            span = cell.get("span", 1)
            w = self._cell_width(widths, i, span)
            if cell.get("fill") is not None:
                self.c.setFillColor(cell["fill"])
                self.c.rect(self.x0 + cx, ytop - h, w, h, stroke=0, fill=1)
            if grid and border:
                self.c.setLineWidth(border)
                self.c.setStrokeColor(colors.black)
                self.c.rect(self.x0 + cx, ytop - h, w, h, stroke=1, fill=0)
            yy = ytop - pad - st.size * 0.95
            for it in cell.get("c", []):
                if isinstance(it, dict):
                    ysub = yy + st.size * 0.95
                    for r in it["rows"]:
                        rh = self._row_height(it["widths"], r, st, lead, pad)
                        self._draw_row(cx + pad, ysub, it["widths"], r, st, lead, pad,
                                       it.get("border", border), it.get("grid", True), rh)
                        ysub -= rh
                    yy = ysub - 2 - st.size * 0.95 + lead - lead
                    yy = ysub - st.size * 0.95 - 2
                    continue
                for ln in wrap_runs(as_runs(it, st), w - 2 * pad):
                    if cell.get("align") == "right":
                        tw = sum(s.w(t) for t, s in ln)
                        self.draw_runs(cx + w - pad - tw, ln, y=yy)
                    elif cell.get("align") == "center":
                        tw = sum(s.w(t) for t, s in ln)
                        self.draw_runs(cx + (w - tw) / 2.0, ln, y=yy)
                    else:
                        self.draw_runs(cx + pad, ln, y=yy)
                    yy -= lead
            cx += w
            i += span


class Doc(Flow):
    """A paginated flow over the whole text width of an A4 page."""

    def __init__(self, title, author, st=None, left=25 * MM, right=22 * MM, top=22 * MM,
                 bottom=22 * MM, lead=None, header=None, footer=None, subject=None):
        self.buf = io.BytesIO()
        c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        c.setTitle(title)
        c.setAuthor(author)
        if subject:
            c.setSubject(subject)
        st = st or St()
        Flow.__init__(self, c, left, W - left - right, H - top, st, lead)
        self.top_y = H - top
        self.bottom = bottom
        self.header, self.footer = header, footer
        self.page_no = 1
        if self.header:
            self.header(self)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def new_page(self):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.page_no += 1
        self.y = self.top_y
        if self.header:
            self.header(self)

    def column(self, x, width, y=None, st=None, lead=None):
        f = Flow(self.c, self.x0 + x, width, self.y if y is None else y, st or self.st,
                 lead or self.lead)
        return f

    def finish(self):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()
