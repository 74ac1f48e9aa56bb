"""PDF renderer: draws a form with reportlab (standard fonts only).

fillable=True  -> AcroForm widgets are created empty, then filled with pypdf
fillable=False -> answers are drawn as text (a word-processor export)
"""
import re
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab.lib.colors import Color, black, white

from blocks import fmt_value

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
        "Courier": "Courier-Bold"}
ITAL = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
        "Courier": "Courier-Oblique"}


def slug(s):
    s = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ê", "e"), ("à", "a"),
                 ("ç", "c"), ("ô", "o"), ("û", "u"), ("ï", "i"), ("î", "i")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s[:40] or "veld"


class PDFForm:
    def __init__(self, form, fillable, meta=None):
        self.st = st = form.get("style", {})
        self.blocks = form["blocks"]
        self.fillable = fillable
        self.buf = BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1,
                               pageCompression=1)
        meta = meta or {}
        if meta.get("title"):
            self.c.setTitle(meta["title"])
        if meta.get("author"):
            self.c.setAuthor(meta["author"])
        if meta.get("creator"):
            self.c.setCreator(meta["creator"])
        self.W, self.H = A4
        self.m = st.get("margin", 50)
        self.x0 = self.m
        self.x1 = self.W - self.m
        self.font = st.get("font", "Helvetica")
        self.bfont = BOLD[self.font]
        self.ifont = ITAL[self.font]
        self.size = st.get("size", 10)
        self.vfont = st.get("vfont", self.font)
        self.vsize = st.get("vsize", self.size)
        self.vcolor = st.get("vcolor", (0, 0, 0))
        self.lw = st.get("label_width", 170)
        self.fstyle = st.get("field", "colon")
        self.accent = Color(*st.get("accent", (0.85, 0.85, 0.85)))
        self.naming = st.get("naming", "meaningful")
        self.prefix = st.get("prefix", "Text")
        self.tooltips = st.get("tooltips", True)
        self.wfill = Color(*st.get("wfill", (0.92, 0.95, 1.0)))
        self.wborder = Color(*st.get("wborder", (0.4, 0.4, 0.4)))
        self.wstyle = st.get("wstyle", "solid")
        self.count = 0
        self.names = set()
        self.values = {}
        self.page = 1
        self.y = self.H - self.m
        self._header()

    # ------------------------------------------------------------ helpers
    def _header(self):
        c = self.c
        if self.st.get("header"):
            c.setFont(self.ifont, 7.5)
            c.setFillColor(Color(0.35, 0.35, 0.35))
            c.drawString(self.x0, self.H - 28, self.st["header"])
            c.setFillColor(black)
        if self.st.get("band"):
            c.setFillColor(Color(*self.st["band"]))
            c.rect(0, self.H - 18, self.W, 18, stroke=0, fill=1)
            c.setFillColor(black)

    def _footer(self):
        c = self.c
        txt = self.st.get("footer")
        c.setFont(self.font, 7.5)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        if txt:
            c.drawString(self.x0, 25, txt)
        if self.st.get("pagenum", True):
            c.drawRightString(self.x1, 25, self.st.get("pagefmt", "p. {}").format(self.page))
        c.setFillColor(black)

    def newpage(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.m
        self._header()

    def need(self, h):
        if self.y - h < 45:
            self.newpage()

    def lines(self, text, font, size, width):
        out = []
        for para in str(text).split("\n"):
            out.extend(simpleSplit(para, font, size, width) or [""])
        return out

    def text(self, x, y, s, font=None, size=None, color=None):
        c = self.c
        c.setFont(font or self.font, size or self.size)
        if color:
            c.setFillColor(Color(*color))
        c.drawString(x, y, s)
        c.setFillColor(black)

    def fname(self, label, o):
        self.count += 1
        if o.get("name"):
            n = o["name"]
        elif self.naming == "generic":
            n = f"{self.prefix}{self.count}"
        else:
            n = slug(label)
        base, k = n, 2
        while n in self.names:
            n = f"{base}_{k}"
            k += 1
        self.names.add(n)
        return n

    def widget(self, label, value, x, y, w, h, o, multiline=False):
        """x,y = lower-left."""
        name = self.fname(label, o)
        tip = o.get("tip", label if self.tooltips else None)
        kw = dict(name=name, x=x, y=y, width=w, height=h, value="",
                  fontName=self.st.get("wfont", "Helvetica"),
                  fontSize=o.get("fsize", self.st.get("wsize", 9)),
                  borderStyle=o.get("wstyle", self.wstyle),
                  borderColor=self.wborder, fillColor=o.get("wfill", self.wfill),
                  textColor=black, forceBorder=True, maxlen=o.get("maxlen", 4000),
                  borderWidth=1)
        if tip:
            kw["tooltip"] = tip
        if multiline:
            kw["fieldFlags"] = "multiline"
        if o.get("comb"):
            kw["fieldFlags"] = "comb"
            kw["maxlen"] = o["comb"]
        self.c.acroForm.textfield(**kw)
        self.values[name] = fmt_value(value)

    def valtext(self, value, x, ytop, w, o):
        """draw typed answer, return height used"""
        v = fmt_value(value)
        if not v:
            return self.vsize + 4
        font = o.get("vfont", self.vfont)
        size = o.get("vsize", self.vsize)
        ls = self.lines(v, font, size, w)
        yy = ytop - size
        for ln in ls:
            self.text(x, yy, ln, font, size, self.vcolor)
            yy -= size + 3
        return len(ls) * (size + 3) + 2

    # ------------------------------------------------------------- blocks
    def b_title(self, b):
        size = b.get("size", self.st.get("title_size", 15))
        font = self.bfont
        ls = self.lines(b["text"], font, size, self.x1 - self.x0)
        self.need(len(ls) * (size + 4) + 6)
        align = b.get("align", self.st.get("title_align", "left"))
        if b.get("box") or self.st.get("title_box"):
            hh = len(ls) * (size + 4) + 10
            self.c.setFillColor(self.accent)
            self.c.rect(self.x0, self.y - hh, self.x1 - self.x0, hh, stroke=1, fill=1)
            self.c.setFillColor(black)
            self.y -= 6
        for ln in ls:
            self.y -= size + 2
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString(self.W / 2, self.y, ln)
            else:
                self.c.drawString(self.x0 + 4, self.y, ln)
            self.y -= 2
        self.y -= 8

    def b_sub(self, b):
        size = b.get("size", self.size - 1)
        font = self.bfont if b.get("bold") else self.font
        ls = self.lines(b["text"], font, size, self.x1 - self.x0)
        self.need(len(ls) * (size + 3))
        for ln in ls:
            self.y -= size + 2
            if b.get("align", self.st.get("title_align")) == "center":
                self.c.setFont(font, size)
                self.c.drawCentredString(self.W / 2, self.y, ln)
            else:
                self.text(self.x0 + 4, self.y, ln, font, size)
        self.y -= 5

    def b_note(self, b):
        size = b.get("size", self.size - 1.5)
        font = self.ifont if b.get("italic", True) else self.font
        w = self.x1 - self.x0 - 12
        ls = self.lines(b["text"], font, size, w)
        h = len(ls) * (size + 2.5) + 8
        self.need(h)
        if b.get("box", self.st.get("note_box", True)):
            self.c.setFillColor(Color(0.96, 0.96, 0.93))
            self.c.setStrokeColor(Color(0.6, 0.6, 0.6))
            self.c.rect(self.x0, self.y - h, self.x1 - self.x0, h, stroke=1, fill=1)
            self.c.setStrokeColor(black)
            self.c.setFillColor(black)
        yy = self.y - 4
        for ln in ls:
            yy -= size + 0.5
            self.text(self.x0 + 6, yy, ln, font, size)
            yy -= 2
        self.y -= h + 6

    def b_para(self, b):
        font = self.vfont if b.get("typed", True) else self.font
        ls = self.lines(b["text"], font, self.vsize, self.x1 - self.x0)
        for ln in ls:
            self.need(self.vsize + 4)
            self.y -= self.vsize + 3
            self.text(self.x0, self.y, ln, font, self.vsize,
                      self.vcolor if b.get("typed", True) else None)
        self.y -= 6

    def b_h(self, b):
        hs = self.st.get("heading", "bar")
        size = self.size + 1.5
        self.need(size + 40)
        self.y -= 6
        if hs == "bar":
            self.c.setFillColor(self.accent)
            self.c.rect(self.x0, self.y - size - 5, self.x1 - self.x0, size + 6, stroke=0, fill=1)
            self.c.setFillColor(black)
            self.text(self.x0 + 4, self.y - size, b["text"], self.bfont, size)
            self.y -= size + 12
        elif hs == "underline":
            self.text(self.x0, self.y - size, b["text"], self.bfont, size)
            self.c.line(self.x0, self.y - size - 3, self.x1, self.y - size - 3)
            self.y -= size + 11
        elif hs == "caps":
            self.text(self.x0, self.y - size, b["text"].upper(), self.bfont, size - 1)
            self.y -= size + 8
        elif hs == "dark":
            self.c.setFillColor(Color(0.15, 0.25, 0.45))
            self.c.rect(self.x0, self.y - size - 5, self.x1 - self.x0, size + 6, stroke=0, fill=1)
            self.text(self.x0 + 4, self.y - size, b["text"], self.bfont, size, (1, 1, 1))
            self.y -= size + 12
        else:
            self.text(self.x0, self.y - size, b["text"], self.bfont, size)
            self.y -= size + 8

    def field_box(self, label, value, x, w, o, style):
        """draw one field in column [x, x+w] starting at self.y; returns height"""
        lines_n = o.get("lines", 1)
        multiline = lines_n > 1
        wh = lines_n * 12 + 4
        lsz = o.get("lsize", self.size)
        lfont = self.bfont if o.get("lbold", self.st.get("lbold")) else self.font
        top = self.y
        if style == "colon":
            lw = o.get("lw", self.lw if w > 300 else w * 0.45)
            ls = self.lines(label, lfont, lsz, lw - 6)
            lh = len(ls) * (lsz + 2)
            yy = top - lsz
            for ln in ls:
                self.text(x, yy, ln, lfont, lsz)
                yy -= lsz + 2
            if self.fillable:
                h = max(wh, lh + 2)
                self.widget(label, value, x + lw, top - wh + 2, w - lw, wh, o, multiline)
            else:
                vh = self.valtext(value, x + lw, top - 1, w - lw, o)
                if self.st.get("vline"):
                    self.c.setStrokeColor(Color(0.6, 0.6, 0.6))
                    self.c.line(x + lw, top - vh + 1, x + w, top - vh + 1)
                    self.c.setStrokeColor(black)
                h = max(vh, lh)
            return h + 5
        if style == "next":
            self.text(x, top - lsz, label, lfont, lsz)
            if self.fillable:
                self.widget(label, value, x, top - lsz - 4 - wh, w, wh, o, multiline)
                return lsz + 4 + wh + 6
            vh = self.valtext(value, x + 10, top - lsz - 4, w - 10, o)
            return lsz + 4 + vh + 5
        if style == "dots":
            self.c.setFont(lfont, lsz)
            lwid = self.c.stringWidth(label, lfont, lsz) + 4
            self.text(x, top - lsz, label, lfont, lsz)
            hh = 0
            if self.fillable:
                self.widget(label, value, x + lwid, top - lsz - 3, w - lwid, lsz + 4,
                            dict(o, wfill=None, wstyle="underlined"), multiline)
                self._dots(x + lwid, x + w, top - lsz - 1)
                for i in range(1, lines_n):
                    self._dots(x, x + w, top - lsz - 1 - i * 14)
                return lsz + (lines_n - 1) * 14 + 8
            v = fmt_value(value)
            font = o.get("vfont", self.vfont)
            ls = self.lines(v, font, self.vsize, w - lwid - 10) if v else [""]
            yy = top - lsz
            for i, ln in enumerate(ls):
                xs = x + lwid if i == 0 else x
                self.text(xs + 2, yy, ln, font, self.vsize, self.vcolor)
                endx = xs + 4 + self.c.stringWidth(ln, font, self.vsize)
                self._dots(endx, x + w, yy)
                yy -= 14
                hh += 14
            for i in range(len(ls), lines_n):
                self._dots(x, x + w, yy)
                yy -= 14
                hh += 14
            return hh + 4
        if style == "under":
            bh = wh if self.fillable else max(wh, 0)
            if self.fillable:
                self.widget(label, value, x, top - bh, w - 4, bh, o, multiline)
                used = bh
            else:
                used = self.valtext(value, x + 2, top, w - 6, o)
                self.c.line(x, top - used, x + w - 4, top - used)
            self.text(x, top - used - lsz + 1, label, self.ifont, lsz - 2,
                      (0.3, 0.3, 0.3))
            return used + lsz + 6
        if style == "cell":
            if self.fillable:
                h = wh + lsz + 8
                self.c.rect(x, top - h, w, h)
                self.text(x + 3, top - lsz + 1, label, lfont, lsz - 1.5)
                self.widget(label, value, x + 3, top - h + 3, w - 6, wh, dict(o, wfill=white), multiline)
                return h + 3
            v = fmt_value(value)
            ls = self.lines(label + " " + v, self.font, self.size, w - 8)
            h = len(ls) * (self.size + 3) + 8
            self.c.rect(x, top - h, w, h)
            yy = top - self.size - 3
            self.c.setFont(lfont, lsz)
            lwid = self.c.stringWidth(label + " ", lfont, lsz)
            first = True
            for ln in ls:
                if first and ln.startswith(label):
                    self.text(x + 4, yy, label, lfont, lsz)
                    self.text(x + 4 + lwid, yy, ln[len(label):].lstrip(), self.vfont, self.vsize, self.vcolor)
                else:
                    self.text(x + 4, yy, ln, self.vfont, self.vsize, self.vcolor)
                first = False
                yy -= self.size + 3
            return h
        if style == "tip":
            num = o.get("num")
            off = 0
            if num:
                self.text(x, top - 11, str(num), self.bfont, 8, (0.4, 0.4, 0.4))
                off = 16
            if self.fillable:
                self.widget(label, value, x + off, top - wh, w - off, wh, o, multiline)
                return wh + 7
            return self.field_box(label, value, x, w, o, "colon")
        if style == "grid":
            lw = o.get("lw", self.lw)
            ls = self.lines(label, lfont, lsz, lw - 8)
            if self.fillable:
                h = max(wh + 4, len(ls) * (lsz + 2) + 6)
            else:
                vls = self.lines(fmt_value(value), self.vfont, self.vsize, w - lw - 8)
                h = max(len(vls) * (self.vsize + 3) + 6, len(ls) * (lsz + 2) + 6)
            self.c.setFillColor(self.accent)
            self.c.rect(x, top - h, lw, h, stroke=1, fill=1)
            self.c.setFillColor(black)
            self.c.rect(x + lw, top - h, w - lw, h, stroke=1, fill=0)
            yy = top - lsz - 2
            for ln in ls:
                self.text(x + 4, yy, ln, lfont, lsz)
                yy -= lsz + 2
            if self.fillable:
                self.widget(label, value, x + lw + 2, top - h + 2, w - lw - 4, h - 4,
                            dict(o, wfill=white, wstyle="solid"), multiline)
            else:
                self.valtext(value, x + lw + 4, top - 2, w - lw - 8, o)
            return h
        raise ValueError(style)

    def _dots(self, xa, xb, y):
        if xb - xa < 4:
            return
        self.c.setFont(self.font, self.size - 1)
        n = int((xb - xa) / self.c.stringWidth(".", self.font, self.size - 1))
        self.c.setFillColor(Color(0.4, 0.4, 0.4))
        self.c.drawString(xa, y, "." * max(n - 1, 0))
        self.c.setFillColor(black)

    def est(self, b, w):
        n = b.get("lines", 1)
        return n * 14 + 30

    def b_f(self, b):
        style = b.get("style", self.fstyle)
        if style in ("tip",) and not self.fillable:
            style = "colon"
        self.need(self.est(b, 0))
        h = self.field_box(b["label"], b.get("value", ""), self.x0, self.x1 - self.x0, b, style)
        self.y -= h + b.get("gap", self.st.get("gap", 2))

    def b_ff(self, b):
        fs = b["fields"]
        ws = b.get("widths") or [1 / len(fs)] * len(fs)
        tot = self.x1 - self.x0
        self.need(max(self.est(f, 0) for f in fs))
        x = self.x0
        hmax = 0
        y0 = self.y
        for f, fr in zip(fs, ws):
            w = tot * fr
            style = f.get("style", b.get("style", self.fstyle))
            if style == "tip" and not self.fillable:
                style = "colon"
            o = dict(f)
            if style in ("colon", "grid") and "lw" not in o:
                self.c.setFont(self.font, self.size)
                o["lw"] = min(self.c.stringWidth(f["label"], self.bfont, self.size) + 8, w * 0.55)
            self.y = y0
            h = self.field_box(f["label"], f.get("value", ""), x + (4 if x > self.x0 else 0), w - 4, o, style)
            hmax = max(hmax, h)
            x += w
        self.y = y0 - hmax - b.get("gap", self.st.get("gap", 2))

    def b_table(self, b):
        hdr = b["headers"]
        rows = b["rows"]
        n = len(hdr)
        ws = b.get("widths") or [1 / n] * n
        tot = self.x1 - self.x0
        cw = [tot * f for f in ws]
        static = set(b.get("static_cols", [0]))
        bold_rows = set(b.get("bold_rows", []))
        rh = b.get("rh", 17)
        size = b.get("size", self.size - 0.5)
        self.need(rh * 2 + 10)
        # header
        x = self.x0
        hl = [self.lines(str(h), self.bfont, size, c - 6) for h, c in zip(hdr, cw)]
        hh = max(len(l) for l in hl) * (size + 2) + 6
        for lines_, w in zip(hl, cw):
            self.c.setFillColor(self.accent)
            self.c.rect(x, self.y - hh, w, hh, stroke=1, fill=1)
            self.c.setFillColor(black)
            yy = self.y - size - 2
            for ln in lines_:
                self.text(x + 3, yy, ln, self.bfont, size)
                yy -= size + 2
            x += w
        self.y -= hh
        for ri, row in enumerate(rows):
            self.need(rh + 4)
            x = self.x0
            # row height from static text wrap
            hts = [rh]
            for ci, (v, w) in enumerate(zip(row, cw)):
                if ci in static or not self.fillable:
                    f = self.bfont if ri in bold_rows and ci in static else self.font
                    hts.append(len(self.lines(fmt_value(v), f, size, w - 6)) * (size + 2) + 6)
            h = max(hts)
            for ci, (v, w) in enumerate(zip(row, cw)):
                self.c.rect(x, self.y - h, w, h)
                if ci in static or not self.fillable:
                    is_static = ci in static
                    f = self.bfont if ri in bold_rows else (self.font if is_static else self.vfont)
                    yy = self.y - size - 3
                    for ln in self.lines(fmt_value(v), f, size, w - 6):
                        al = b.get("align", {}).get(ci) if isinstance(b.get("align"), dict) else None
                        col = None if is_static else self.vcolor
                        if al == "right":
                            self.c.setFont(f, size)
                            if col:
                                self.c.setFillColor(Color(*col))
                            self.c.drawRightString(x + w - 4, yy, ln)
                            self.c.setFillColor(black)
                        else:
                            self.text(x + 3, yy, ln, f, size, col)
                        yy -= size + 2
                else:
                    lab = b.get("cell_tip", "{h} {r}").format(h=hdr[ci], r=row[0] if 0 in static else ri + 1)
                    o = {"name": b["names"][ri][ci]} if b.get("names") and b["names"][ri][ci] else {}
                    if v is True or v is False:
                        self.checkbox(lab, v, x + w / 2 - 5, self.y - h + (h - 10) / 2, 10, o)
                    else:
                        self.widget(lab, v, x + 1.5, self.y - h + 1.5, w - 3, h - 3,
                                    dict(o, wfill=white, wstyle="solid", fsize=size))
                x += w
            self.y -= h
        self.y -= 8

    def checkbox(self, label, checked, x, y, size, o):
        name = self.fname(label, o)
        self.c.acroForm.checkbox(name=name, x=x, y=y, size=size, checked=False,
                                 buttonStyle="cross", borderColor=black,
                                 fillColor=white, textColor=black, borderWidth=0.8,
                                 tooltip=label if self.tooltips else None,
                                 fieldFlags="")
        self.values[name] = "/Yes" if checked else "/Off"

    def b_check(self, b):
        self.need(22)
        size = self.size
        x = self.x0
        self.text(x, self.y - size, b["label"], self.bfont if b.get("lbold") else self.font, size)
        self.c.setFont(self.font, size)
        x += self.c.stringWidth(b["label"], self.font, size) + 10
        if b.get("newline"):
            self.y -= size + 6
            x = self.x0 + 12
        for opt, chk in b["options"]:
            ow = self.c.stringWidth(opt, self.font, size) + 24
            if x + ow > self.x1:
                self.y -= size + 8
                x = self.x0 + 12
            by = self.y - size - 1
            if self.fillable:
                self.checkbox(f"{b['label']} {opt}", chk, x, by, 9, {})
            else:
                self.c.rect(x, by, 9, 9)
                if chk:
                    self.c.setFont(self.vfont, 10)
                    self.c.drawString(x + 1.3, by + 1.2, "X")
            self.text(x + 13, self.y - size, opt, self.font, size)
            x += ow
        self.y -= size + 10

    def b_sig(self, b):
        self.need(30)
        self.y -= 8
        if self.fillable and b.get("value") is not None:
            self.text(self.x0, self.y - self.size, b["text"], self.font, self.size)
            self.c.setFont(self.font, self.size)
            lw = self.c.stringWidth(b["text"], self.font, self.size) + 6
            self.widget(b["text"], b["value"], self.x0 + lw, self.y - self.size - 4, 220, 16, {})
        else:
            t = b["text"] + ((" " + b["value"]) if b.get("value") else "")
            self.text(self.x0, self.y - self.size, t, self.font, self.size)
        self.y -= self.size + 10

    def b_br(self, b):
        self.newpage()

    def b_sp(self, b):
        self.y -= b["h"]

    def build(self):
        for b in self.blocks:
            getattr(self, "b_" + b["t"])(b)
        self._footer()
        self.c.showPage()
        self.c.save()
        data = self.buf.getvalue()
        if self.fillable:
            data = fill(data, self.values)
        return data


def fill(data, values):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject
    r = PdfReader(BytesIO(data))
    w = PdfWriter(clone_from=r)
    text_vals = {k: v for k, v in values.items() if not v.startswith("/")}
    box_vals = {k: v for k, v in values.items() if v.startswith("/")}
    for page in w.pages:
        w.update_page_form_field_values(page, text_vals, auto_regenerate=False)
        # check boxes: set /V and /AS directly
        for a in page.get("/Annots", []) or []:
            a = a.get_object()
            t = a.get("/T")
            if t in box_vals:
                a[NameObject("/V")] = NameObject(box_vals[t])
                a[NameObject("/AS")] = NameObject(box_vals[t])
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    out = BytesIO()
    w.write(out)
    return out.getvalue()


def render(form, fillable, meta=None):
    return PDFForm(form, fillable, meta).build()
