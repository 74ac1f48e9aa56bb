"""A small canvas-based 'paper form' engine.

The same form description can be emitted in three ways:
  mode='acro'  : static page + real AcroForm widgets holding the answers
  mode='flat'  : as 'acro', then the widgets are flattened into page content
                 (qpdf flattenAnnotations via pikepdf)
  mode='print' : no widgets; the answers are drawn as page text in another
                 font/size, slightly offset (what a 'print to PDF' gives)
"""
import io
import random

import pikepdf
from pikepdf import Name, Dictionary, Array, String
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from common import register_fonts, wrap


DEFAULT = dict(
    pagesize=A4, margin=(50, 50, 55, 50),  # left, right, top, bottom
    font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", size=9.5,
    label_w=150, lpos="left", fstyle="box", fh=16, gap=6,
    line_color=(0, 0, 0), box_fill=None, lw=0.6,
    section_style="bar", section_color=(0.2, 0.2, 0.2), section_size=10.5,
    cell_fill=(0.92, 0.92, 0.92),
    header=None, footer=None,
    # widget appearance
    w_font_size=10, w_color="0 g", names=None, check_on="Yes",
    # print mode
    ans_font="Sans", ans_size=10, ans_color=(0, 0, 0), ans_off=(0, 0), ans_jitter=0.0,
    print_scale=1.0, print_shift=(0, 0), seed=1,
)


class Namer:
    """Meaningless widget names as form tools produce them."""

    def __init__(self, text_pat="Text%d", check_pat="Check Box%d", start=1, step=1, check_start=1):
        self.tp, self.cp = text_pat, check_pat
        self.n, self.step, self.cn = start, step, check_start

    def text(self):
        s = self.tp % self.n
        self.n += self.step
        return s

    def check(self):
        s = self.cp % self.cn
        self.cn += 1
        return s


class Form:
    def __init__(self, style, mode, total_pages=None):
        register_fonts()
        st = dict(DEFAULT)
        st.update(style)
        self.st = st
        self.mode = mode
        self.total_pages = total_pages
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=st["pagesize"], invariant=1)
        self.W, self.H = st["pagesize"]
        self.ml, self.mr, self.mt, self.mb = st["margin"]
        self.x0, self.x1 = self.ml, self.W - self.mr
        self.widgets = []
        self.page = -1
        self.names = Namer(**st["names"]) if st["names"] else Namer()
        self.rnd = random.Random(st["seed"])
        self._new_page()

    # ------------------------------------------------------------ pages
    def _new_page(self):
        if self.page >= 0:
            self._end_page()
            self.c.showPage()
        self.page += 1
        c = self.c
        if self.mode == "print" and (self.st["print_scale"] != 1.0 or self.st["print_shift"] != (0, 0)):
            s = self.st["print_scale"]
            dx, dy = self.st["print_shift"]
            c.translate(dx + self.W * (1 - s) / 2, dy + self.H * (1 - s) / 2)
            c.scale(s, s)
        self.y = self.H - self.mt
        if self.st["header"]:
            r = self.st["header"](self, c, self.page + 1)
            if r is not None:
                self.y = r

    def _end_page(self):
        if self.st["footer"]:
            self.st["footer"](self, self.c, self.page + 1, self.total_pages)

    def need(self, h):
        if self.y - h < self.mb:
            self._new_page()

    def page_break(self):
        self._new_page()

    def space(self, h):
        self.y -= h

    # ------------------------------------------------------------ text
    def font(self, name=None, size=None):
        self.c.setFont(name or self.st["font"], size or self.st["size"])

    def text(self, x, y, s, font=None, size=None, color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or self.st["font"], size or self.st["size"])
        c.drawString(x, y, s)
        c.setFillColorRGB(0, 0, 0)

    def title(self, s, size=15, font=None, align="left", color=(0, 0, 0), after=8):
        font = font or self.st["bold"]
        for line in wrap(s, font, size, self.x1 - self.x0):
            self.need(size + 4)
            self.y -= size
            w = stringWidth(line, font, size)
            x = self.x0 if align == "left" else (self.x0 + self.x1 - w) / 2 if align == "center" else self.x1 - w
            self.text(x, self.y, line, font, size, color)
            self.y -= 3
        self.y -= after

    def para(self, s, size=None, font=None, indent=0, color=(0, 0, 0), after=5, lead=1.25, width=None):
        size = size or self.st["size"]
        font = font or self.st["font"]
        width = width or (self.x1 - self.x0 - indent)
        for line in wrap(s, font, size, width):
            self.need(size * lead)
            self.y -= size * lead
            self.text(self.x0 + indent, self.y, line, font, size, color)
        self.y -= after

    def bullets(self, items, size=None, bullet=u"\u2022", indent=10, after=5):
        size = size or self.st["size"]
        for it in items:
            lines = wrap(it, self.st["font"], size, self.x1 - self.x0 - indent - 10)
            for i, line in enumerate(lines):
                self.need(size * 1.3)
                self.y -= size * 1.3
                if i == 0:
                    self.text(self.x0 + indent, self.y, bullet, self.st["font"], size)
                self.text(self.x0 + indent + 10, self.y, line, self.st["font"], size)
        self.y -= after

    def section(self, s, style=None, number=None):
        st = style or self.st["section_style"]
        size = self.st["section_size"]
        c = self.c
        self.need(size + 30)
        self.y -= 8
        label = ("%s  %s" % (number, s)) if number else s
        if st == "bar":
            c.setFillColorRGB(*self.st["section_color"])
            c.rect(self.x0, self.y - size - 4, self.x1 - self.x0, size + 8, stroke=0, fill=1)
            self.text(self.x0 + 5, self.y - size + 1, label, self.st["bold"], size, (1, 1, 1))
            self.y -= size + 12
        elif st == "shade":
            c.setFillColorRGB(*self.st["cell_fill"])
            c.rect(self.x0, self.y - size - 4, self.x1 - self.x0, size + 8, stroke=0, fill=1)
            self.text(self.x0 + 4, self.y - size + 1, label, self.st["bold"], size, self.st["section_color"])
            self.y -= size + 12
        elif st == "underline":
            self.y -= size
            self.text(self.x0, self.y, label, self.st["bold"], size, self.st["section_color"])
            c.setStrokeColorRGB(*self.st["section_color"])
            c.setLineWidth(0.8)
            c.line(self.x0, self.y - 3, self.x1, self.y - 3)
            c.setStrokeColorRGB(0, 0, 0)
            self.y -= 12
        elif st == "caps":
            self.y -= size
            self.text(self.x0, self.y, label.upper(), self.st["bold"], size, self.st["section_color"])
            self.y -= 8
        elif st == "box":
            c.setLineWidth(1)
            c.setStrokeColorRGB(*self.st["section_color"])
            c.rect(self.x0, self.y - size - 5, self.x1 - self.x0, size + 9, stroke=1, fill=0)
            self.text(self.x0 + 6, self.y - size, label, self.st["bold"], size, self.st["section_color"])
            c.setStrokeColorRGB(0, 0, 0)
            self.y -= size + 14
        elif st == "tab":
            w = stringWidth(label, self.st["bold"], size) + 16
            c.setFillColorRGB(*self.st["section_color"])
            c.rect(self.x0, self.y - size - 4, w, size + 8, stroke=0, fill=1)
            c.setStrokeColorRGB(*self.st["section_color"])
            c.line(self.x0, self.y - size - 4, self.x1, self.y - size - 4)
            self.text(self.x0 + 8, self.y - size + 1, label, self.st["bold"], size, (1, 1, 1))
            c.setStrokeColorRGB(0, 0, 0)
            self.y -= size + 12

    # ------------------------------------------------------------ widgets
    def _draw_frame(self, x, y, w, h, fstyle=None):
        c = self.c
        fs = fstyle or self.st["fstyle"]
        c.setStrokeColorRGB(*self.st["line_color"])
        c.setLineWidth(self.st["lw"])
        if fs == "box":
            if self.st["box_fill"]:
                c.setFillColorRGB(*self.st["box_fill"])
                c.rect(x, y, w, h, stroke=1, fill=1)
                c.setFillColorRGB(0, 0, 0)
            else:
                c.rect(x, y, w, h, stroke=1, fill=0)
        elif fs == "fill":
            c.setFillColorRGB(*(self.st["box_fill"] or (0.9, 0.93, 1.0)))
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        elif fs == "underline":
            c.line(x, y, x + w, y)
        elif fs == "dotted":
            c.setDash(1, 2)
            c.line(x, y + 1, x + w, y + 1)
            c.setDash()
        elif fs == "dots":  # typed dots as text
            self.c.setFont(self.st["font"], self.st["size"])
            dot = "."
            n = int(w / stringWidth(dot, self.st["font"], self.st["size"]))
            self.c.drawString(x, y + 1, dot * n)
        c.setStrokeColorRGB(0, 0, 0)

    def widget(self, x, y, w, h, value, tip=None, multiline=False, comb=None, fsize=None,
               frame=True, fstyle=None, name=None, align=0):
        """Place a text widget whose lower-left corner is (x, y)."""
        if frame:
            if comb:
                self._draw_comb(x, y, w, h, comb)
            else:
                self._draw_frame(x, y, w, h, fstyle)
        value = "" if value is None else str(value)
        fs = fsize or self.st["w_font_size"]
        if self.mode == "print":
            if value:
                self._print_value(x, y, w, h, value, multiline, comb, align)
            return
        self.widgets.append(dict(kind="text", page=self.page, rect=(x, y, w, h), value=value,
                                 tip=tip, multiline=multiline, comb=comb, fs=fs,
                                 name=name or self.names.text(), align=align))

    def _draw_comb(self, x, y, w, h, n):
        c = self.c
        c.setLineWidth(self.st["lw"])
        c.setStrokeColorRGB(*self.st["line_color"])
        cw = w / n
        c.rect(x, y, w, h, stroke=1, fill=0)
        for i in range(1, n):
            c.line(x + i * cw, y, x + i * cw, y + h * 0.45)
        c.setStrokeColorRGB(0, 0, 0)

    def _print_value(self, x, y, w, h, value, multiline, comb, align):
        st = self.st
        font, size = st["ans_font"], st["ans_size"]
        dx, dy = st["ans_off"]
        j = st["ans_jitter"]
        if j:
            dx += self.rnd.uniform(-j, j)
            dy += self.rnd.uniform(-j, j) * 0.6
        c = self.c
        c.setFillColorRGB(*st["ans_color"])
        c.setFont(font, size)
        if comb:
            cw = w / comb
            for i, ch in enumerate(value[:comb]):
                c.drawCentredString(x + cw * i + cw / 2 + dx, y + (h - size) / 2 + 2 + dy, ch)
        elif multiline:
            lines = wrap(value, font, size, w - 4)
            yy = y + h - size - 1 + dy
            for ln in lines:
                c.drawString(x + 2 + dx, yy, ln)
                yy -= size * 1.15
        else:
            if align == 2:
                c.drawRightString(x + w - 3 + dx, y + (h - size) / 2 + 2 + dy, value)
            else:
                c.drawString(x + 2 + dx, y + (h - size) / 2 + 2 + dy, value)
        c.setFillColorRGB(0, 0, 0)

    def checkbox(self, x, y, s, on, tip=None, name=None, round_=False):
        c = self.c
        c.setLineWidth(self.st["lw"])
        if round_:
            c.circle(x + s / 2, y + s / 2, s / 2, stroke=1, fill=0)
        else:
            c.rect(x, y, s, s, stroke=1, fill=0)
        if self.mode == "print":
            if on:
                c.setFont(self.st["ans_font"], s + 1)
                c.setFillColorRGB(*self.st["ans_color"])
                c.drawCentredString(x + s / 2, y + 1.2, "X")
                c.setFillColorRGB(0, 0, 0)
            return
        self.widgets.append(dict(kind="check", page=self.page, rect=(x, y, s, s), on=bool(on),
                                 tip=tip, name=name or self.names.check()))

    # ------------------------------------------------------------ composite
    def field(self, label, value, lpos=None, w=None, h=None, lines=1, tip=None, comb=None,
              caption=None, label_w=None, x=None, fstyle=None, lfont=None, lsize=None,
              advance=True, align=0, tip_from_label=False):
        """One labelled answer. lpos: left | above | below | tooltip | inline (label
        followed by the widget on the same line, widget fills the rest)."""
        st = self.st
        lpos = lpos or st["lpos"]
        lfont = lfont or st["font"]
        lsize = lsize or st["size"]
        x = self.x0 if x is None else x
        totw = (self.x1 - x) if w is None else w
        fh = h or (st["fh"] if lines == 1 else st["fh"] * 0.8 * lines + 4)
        gap = st["gap"]
        if tip_from_label and tip is None:
            tip = label
        if lpos == "left":
            lw = label_w or st["label_w"]
            lab_lines = wrap(label, lfont, lsize, lw - 6) if label else []
            hh = max(fh, len(lab_lines) * lsize * 1.2)
            self.need(hh + gap)
            top = self.y
            ly = top - lsize
            for ln in lab_lines:
                self.text(x, ly, ln, lfont, lsize)
                ly -= lsize * 1.2
            self.widget(x + lw, top - fh + 2, totw - lw, fh, value, tip, lines > 1, comb,
                        fstyle=fstyle, align=align)
            used = hh + gap
        elif lpos == "inline":
            lw = stringWidth(label, lfont, lsize) + 5
            self.need(fh + gap)
            top = self.y
            self.text(x, top - fh + 5, label, lfont, lsize)
            self.widget(x + lw, top - fh + 1, totw - lw, fh, value, tip, lines > 1, comb,
                        fstyle=fstyle, align=align)
            used = fh + gap
        elif lpos == "above":
            self.need(lsize + 3 + fh + gap)
            top = self.y
            self.text(x, top - lsize, label, lfont, lsize)
            self.widget(x, top - lsize - 3 - fh, totw, fh, value, tip, lines > 1, comb,
                        fstyle=fstyle, align=align)
            used = lsize + 3 + fh + gap
        elif lpos == "below":
            cs = lsize - 1.5
            self.need(fh + cs + 4 + gap)
            top = self.y
            self.widget(x, top - fh, totw, fh, value, tip, lines > 1, comb, fstyle=fstyle, align=align)
            self.text(x + 1, top - fh - cs - 1, label, st["italic"], cs, (0.25, 0.25, 0.25))
            used = fh + cs + 4 + gap
        elif lpos == "tooltip":
            self.need(fh + gap)
            top = self.y
            self.widget(x, top - fh, totw, fh, value, tip or label, lines > 1, comb,
                        fstyle=fstyle, align=align)
            used = fh + gap
        else:
            raise ValueError(lpos)
        if caption:
            self.text(x + (label_w or st["label_w"] if lpos == "left" else 0), self.y - used + gap - 8,
                      caption, st["italic"], lsize - 2, (0.35, 0.35, 0.35))
            used += 7
        if advance:
            self.y -= used
        return used

    def row(self, specs, gutter=10):
        """Several fields side by side. specs: list of dicts with 'frac' and field kwargs."""
        total = self.x1 - self.x0
        x = self.x0
        est = max((sp.get("h") or self.st["fh"] * max(1, sp.get("lines", 1))) for sp in specs)
        self.need(est + 2 * self.st["size"] + self.st["gap"] + 4)
        start_y = self.y
        maxused = 0
        avail = total - gutter * (len(specs) - 1)
        for sp in specs:
            sp = dict(sp)
            frac = sp.pop("frac")
            w = avail * frac
            self.y = start_y
            used = self.field(x=x, w=w, advance=False, **sp)
            maxused = max(maxused, used)
            x += w + gutter
        self.y = start_y - maxused

    def checks(self, label, options, checked, lpos="left", label_w=None, size=8.5, cols=None,
               tips=False, round_=False, col_w=None, x=None):
        st = self.st
        checked = set([checked] if isinstance(checked, str) else (checked or []))
        x0 = self.x0 if x is None else x
        lsize = st["size"]
        if lpos == "left":
            lw = label_w or st["label_w"]
            bx = x0 + lw
        else:
            self.need(lsize + 20)
            self.y -= lsize
            self.text(x0, self.y, label, st["font"], lsize)
            self.y -= 4
            bx = x0
        cols = cols or len(options)
        cw = col_w or ((self.x1 - bx) / cols)
        rows = (len(options) + cols - 1) // cols
        self.need(rows * (size + 7))
        top = self.y
        if lpos == "left":
            self.text(x0, top - size - 1, label, st["font"], lsize)
        for i, opt in enumerate(options):
            r, cidx = divmod(i, cols)
            xx = bx + cidx * cw
            yy = top - (r + 1) * (size + 7) + 3
            self.checkbox(xx, yy, size, opt in checked, tip=opt if tips else None, round_=round_)
            self.text(xx + size + 4, yy + 1, opt, st["font"], lsize - 0.5)
        self.y = top - rows * (size + 7) - st["gap"]

    def grid(self, rows, widths, rh=None, label_fill=None, header=None, header_fill=None,
             lsize=None, valign_label="center", x=None, border=True, wfsize=None):
        """Table. Each row: list of cells; a cell is
          ('L', text) label cell (shaded)     ('T', text) static text
          ('W', value[, kw]) widget cell      ('C', on) checkbox cell
          ('B', text) bold static text        None empty cell
        widths: list of fractions of full width (or absolute if > 1)."""
        st = self.st
        rh = rh or st["fh"] + 4
        lsize = lsize or st["size"] - 0.5
        x0 = self.x0 if x is None else x
        total = self.x1 - x0
        ws = [wd * total if wd <= 1 else wd for wd in widths]
        lf = label_fill if label_fill is not None else st["cell_fill"]
        c = self.c
        allrows = ([[('B', h) if isinstance(h, str) else h for h in header]] if header else []) + rows
        for ri, row in enumerate(allrows):
            is_head = header is not None and ri == 0
            # row height: allow per-row override via dict
            this_rh = rh
            if isinstance(row, dict):
                this_rh = row.get("h", rh)
                row = row["cells"]
            # grow for wrapped labels
            for ci, cell in enumerate(row):
                if cell and cell[0] in ("L", "T", "B"):
                    n = len(wrap(cell[1], st["font"], lsize, ws[ci] - 6))
                    this_rh = max(this_rh, n * lsize * 1.2 + 6)
            self.need(this_rh)
            top = self.y
            xx = x0
            for ci, cell in enumerate(row):
                w = ws[ci]
                yb = top - this_rh
                fill = None
                if is_head:
                    fill = header_fill or lf
                elif cell and cell[0] == "L":
                    fill = lf
                if fill:
                    c.setFillColorRGB(*fill)
                    c.rect(xx, yb, w, this_rh, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                if border:
                    c.setLineWidth(st["lw"])
                    c.setStrokeColorRGB(*st["line_color"])
                    c.rect(xx, yb, w, this_rh, stroke=1, fill=0)
                    c.setStrokeColorRGB(0, 0, 0)
                if cell:
                    kind = cell[0]
                    if kind in ("L", "T", "B") or is_head:
                        fnt = st["bold"] if (kind == "B" or is_head) else st["font"]
                        lines = wrap(cell[1], fnt, lsize, w - 6)
                        hgt = len(lines) * lsize * 1.2
                        ly = yb + (this_rh + hgt) / 2 - lsize + 1
                        for ln in lines:
                            self.text(xx + 3, ly, ln, fnt, lsize)
                            ly -= lsize * 1.2
                    elif kind == "W":
                        kw = cell[2] if len(cell) > 2 else {}
                        ml = kw.get("multiline", False)
                        self.widget(xx + 1, yb + 1, w - 2, this_rh - 2, cell[1], kw.get("tip"), ml,
                                    kw.get("comb"), frame=False, align=kw.get("align", 0),
                                    fsize=kw.get("fs", wfsize))
                    elif kind == "C":
                        s = min(9, this_rh - 6)
                        self.checkbox(xx + (w - s) / 2, yb + (this_rh - s) / 2, s, cell[1],
                                      tip=cell[2] if len(cell) > 2 else None)
                xx += w
            self.y = top - this_rh
        self.y -= st["gap"]

    # ------------------------------------------------------------ output
    def finish(self):
        self._end_page()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue(), self.page + 1


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_ap(pdf, helv, w, h, value, fs, multiline, comb, align):
    from reportlab.pdfbase.pdfmetrics import stringWidth as sw
    ops = [b"/Tx BMC", b"q", b"1 1 %.2f %.2f re W n" % (w - 2, h - 2), b"BT", b"/Helv %.1f Tf" % fs, b"0 g"]
    if value:
        if comb:
            cw = w / comb
            for i, ch in enumerate(value[:comb]):
                cx = cw * i + (cw - sw(ch, "Helvetica", fs)) / 2
                ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, (h - fs) / 2 + 1.5, _esc(ch.encode("cp1252"))))
        elif multiline:
            lines = wrap(value, "Helvetica", fs, w - 4)
            yy = h - 2 - fs
            for ln in lines:
                ops.append(b"1 0 0 1 2 %.2f Tm (%s) Tj" % (yy, _esc(ln.encode("cp1252"))))
                yy -= fs * 1.16
        else:
            tw = sw(value, "Helvetica", fs)
            xx = 2 if align == 0 else (w - tw - 2)
            ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (xx, (h - fs) / 2 + 1.6, _esc(value.encode("cp1252"))))
    ops += [b"ET", b"Q", b"EMC"]
    s = pikepdf.Stream(pdf, b"\n".join(ops))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = [0, 0, w, h]
    s.Resources = Dictionary(Font=Dictionary(Helv=helv))
    return s


def _check_ap(pdf, zadb, s, on_char="4"):
    on = pikepdf.Stream(pdf, b"q 0 g BT /ZaDb %.1f Tf %.2f %.2f Td (%s) Tj ET Q" %
                        (s * 0.9, s * 0.12, s * 0.18, on_char.encode()))
    off = pikepdf.Stream(pdf, b"")
    for st in (on, off):
        st.Type = Name.XObject
        st.Subtype = Name.Form
        st.BBox = [0, 0, s, s]
        st.Resources = Dictionary(Font=Dictionary(ZaDb=zadb))
    return on, off


def add_widgets(pdf_bytes, widgets, check_on="Yes", check_char="4", flatten=False):
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    helv = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                        Encoding=Name.WinAnsiEncoding, Name=Name.Helv))
    zadb = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.ZapfDingbats,
                                        Name=Name.ZaDb))
    fields = Array()
    on_name = Name("/" + check_on)
    for wd in widgets:
        page = pdf.pages[wd["page"]]
        x, y, w, h = wd["rect"]
        a = Dictionary(Type=Name.Annot, Subtype=Name.Widget, Rect=[x, y, x + w, y + h], F=4,
                       P=page.obj, T=String(wd["name"]))
        if wd.get("tip"):
            a.TU = String(wd["tip"])
        if wd["kind"] == "text":
            a.FT = Name.Tx
            a.DA = String("/Helv %g Tf 0 g" % wd["fs"])
            a.MK = Dictionary()
            ff = 0
            if wd["multiline"]:
                ff |= 1 << 12
            if wd["comb"]:
                ff |= 1 << 24
                a.MaxLen = wd["comb"]
            if ff:
                a.Ff = ff
            if wd["align"]:
                a.Q = wd["align"]
            if wd["value"]:
                a.V = String(wd["value"])
            a.AP = Dictionary(N=_text_ap(pdf, helv, w, h, wd["value"], wd["fs"], wd["multiline"],
                                         wd["comb"], wd["align"]))
        else:
            a.FT = Name.Btn
            a.DA = String("/ZaDb 0 Tf 0 g")
            a.MK = Dictionary(CA=String(check_char))
            on, off = _check_ap(pdf, zadb, w, check_char)
            a.AP = Dictionary(N=Dictionary({"/" + check_on: on, "/Off": off}))
            a.V = on_name if wd["on"] else Name.Off
            a.AS = on_name if wd["on"] else Name.Off
        a = pdf.make_indirect(a)
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(Array())
        page.obj.Annots.append(a)
        fields.append(a)
    pdf.Root.AcroForm = Dictionary(Fields=fields, DA=String("/Helv 0 Tf 0 g"),
                                   DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)))
    if flatten:
        pdf.flatten_annotations("all")
        if "/AcroForm" in pdf.Root:
            del pdf.Root["/AcroForm"]
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def build(style, mode, content, check_on="Yes", check_char="4"):
    """Two passes so that footers can say 'page x of N'."""
    f = Form(style, mode)
    content(f)
    _, n = f.finish()
    f = Form(style, mode, total_pages=n)
    content(f)
    raw, n = f.finish()
    if mode == "print":
        return raw
    return add_widgets(raw, f.widgets, check_on=check_on, check_char=check_char, flatten=(mode == "flat"))
