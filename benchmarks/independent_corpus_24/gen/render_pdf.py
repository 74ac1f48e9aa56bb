"""PDF renderer.

mode 'form'   : fillable AcroForm (answers are widget values, meaningless widget names)
mode 'letter' : the same kind of form filled in Word and exported to PDF: text only,
                label and answer positioned in columns, no widgets.
"""
import io
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import rl_font

W, H = A4

DEFAULT = {
    "font": "Sans", "bold": "Sans-Bold", "ital": "Sans-Italic", "size": 9.5,
    "accent": (0.1, 0.3, 0.55), "lab": "left", "lab_w": 170, "margin": 50,
    "names": "Text{}", "name_start": 1, "name_step": 1, "cb_names": "Check Box{}",
    "tip": "label", "ffont": "Helvetica", "fsize": 10, "fcolor": (0, 0, 0),
    "fborder": (0.45, 0.45, 0.45), "ffill": (0.9, 0.94, 1.0), "bstyle": "solid",
    "header": "plain", "sec": "bar", "bi": "slash", "row_h": 17,
    "footer": None, "grid": False, "ans_font": None, "ans_color": (0, 0, 0),
    "dots": False, "producer": None, "creator": None, "title_meta": None,
    "author": None, "epoch": 1557000000, "note_color": (0.3, 0.3, 0.3),
    "title_align": "left", "cell_pad": 3, "frame": False, "pageno": "p. {}",
    "name_order": None,
}


class PdfForm:
    def __init__(self, style, mode):
        self.s = dict(DEFAULT)
        self.s.update(style)
        self.mode = mode
        for f in ("font", "bold", "ital"):
            rl_font(self.s[f])
        if self.s["ans_font"]:
            rl_font(self.s["ans_font"])
        self.buf = io.BytesIO()
        os.environ["SOURCE_DATE_EPOCH"] = str(self.s["epoch"])
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        c = self.c
        if self.s["producer"]:
            c.setProducer(self.s["producer"])
        if self.s["creator"]:
            c.setCreator(self.s["creator"])
        if self.s["author"]:
            c.setAuthor(self.s["author"])
        if self.s["title_meta"]:
            c.setTitle(self.s["title_meta"])
        self.m = self.s["margin"]
        self.y = H - self.m
        self.page = 1
        self.n = self.s["name_start"]
        self.cbn = 1
        self.widgets = []
        self._page_deco()

    # ------------------------------------------------------------ basics
    def _page_deco(self):
        c, s = self.c, self.s
        if s["frame"]:
            c.setStrokeColorRGB(*s["accent"])
            c.setLineWidth(0.8)
            c.rect(self.m - 15, 35, W - 2 * self.m + 30, H - 70)
        c.setFont(s["font"], 7.5)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        if s["footer"]:
            c.drawString(self.m, 22, s["footer"])
        if s["pageno"]:
            c.drawRightString(W - self.m, 22, s["pageno"].format(self.page))
        c.setFillColorRGB(0, 0, 0)

    def need(self, h):
        if self.y - h < 50:
            self.c.showPage()
            self.page += 1
            self.y = H - self.m
            self._page_deco()

    def name(self):
        nm = self.s["names"].format(self.n)
        self.n += self.s["name_step"]
        return nm

    def text(self, x, y, txt, font=None, size=None, color=(0, 0, 0)):
        c = self.c
        c.setFont(font or self.s["font"], size or self.s["size"])
        c.setFillColorRGB(*color)
        c.drawString(x, y, txt)
        c.setFillColorRGB(0, 0, 0)

    def wrap(self, txt, font, size, width):
        out = []
        for part in txt.split("\n"):
            out.extend(simpleSplit(part, font, size, width) or [""])
        return out

    def label_text(self, b, sep=" / "):
        lab = b.get("label") or ""
        if b.get("num"):
            lab = "%s %s" % (b["num"], lab)
        if b.get("alt") and self.s["bi"] == "slash":
            lab = lab + sep + b["alt"]
        return lab

    # ------------------------------------------------------------ answer box
    def answer(self, x, y_top, w, h, value, tip, lines=1, comb=0, align="left"):
        """Place an answer in the box whose top-left is (x, y_top)."""
        c, s = self.c, self.s
        value = value or ""
        if self.mode == "form":
            nm = self.name()
            kw = dict(name=nm, value=value, x=x, y=y_top - h, width=w, height=h,
                      fontName=s["ffont"], fontSize=s["fsize"],
                      textColor=_col(s["fcolor"]), borderStyle=s["bstyle"])
            if s["fborder"]:
                kw["borderColor"] = _col(s["fborder"])
                kw["borderWidth"] = 1
            else:
                kw["borderWidth"] = 0
            kw["fillColor"] = _col(s["ffill"]) if s["ffill"] else None
            if tip:
                kw["tooltip"] = tip
            flags = []
            if lines > 1:
                flags.append("multiline")
                # people press Enter / the viewer wraps: store the wrapped lines
                value = "\n".join(self.wrap(value, _std(s["ffont"]), s["fsize"], w - 6))
                kw["value"] = value
            if comb:
                flags.append("comb")
                kw["maxlen"] = comb
                kw["fillColor"] = None
                kw["borderWidth"] = 0
                cw = w / comb
                c.setStrokeColorRGB(0.35, 0.35, 0.35)
                c.setLineWidth(0.6)
                for i in range(comb):
                    c.rect(x + i * cw, y_top - h, cw, h)
            kw["fieldFlags"] = " ".join(flags)
            value.encode("latin-1")
            c.acroForm.textfield(**kw)
            self.widgets.append((nm, tip, value))
        else:
            font = s["ans_font"] or s["font"]
            size = s["size"]
            if s["grid"]:
                c.setStrokeColorRGB(0.35, 0.35, 0.35)
                c.setLineWidth(0.5)
                c.rect(x, y_top - h, w, h)
            if comb:
                cw = w / comb
                c.setStrokeColorRGB(0.35, 0.35, 0.35)
                c.setLineWidth(0.5)
                for i in range(comb):
                    c.rect(x + i * cw, y_top - h, cw, h)
                for i, ch in enumerate(value[:comb]):
                    c.setFont(font, size)
                    c.setFillColorRGB(*s["ans_color"])
                    c.drawCentredString(x + i * cw + cw / 2, y_top - h + (h - size) / 2 + 2, ch)
                c.setFillColorRGB(0, 0, 0)
                return
            ls = self.wrap(value, font, size, w - 2 * s["cell_pad"])
            yy = y_top - size - 2
            for ln in ls:
                if align == "right":
                    c.setFont(font, size)
                    c.setFillColorRGB(*s["ans_color"])
                    c.drawRightString(x + w - s["cell_pad"], yy, ln)
                    c.setFillColorRGB(0, 0, 0)
                else:
                    self.text(x + s["cell_pad"], yy, ln, font=font, color=s["ans_color"])
                yy -= size + 2.5

    def ans_height(self, value, w, lines):
        s = self.s
        if self.mode == "form":
            return max(lines, 1) * (s["fsize"] + 3) + 5
        font = s["ans_font"] or s["font"]
        n = len(self.wrap(value or "", font, s["size"], w - 2 * s["cell_pad"]))
        return max(n, lines if s["grid"] else 1) * (s["size"] + 2.5) + 5

    # ------------------------------------------------------------ blocks
    def render(self, blocks):
        for b in blocks:
            getattr(self, "b_" + b["t"])(b)
        self.c.save()
        return self.buf.getvalue()

    def b_gap(self, b):
        self.y -= b["h"]

    def b_pagebreak(self, b):
        self.need(10000)

    def b_header(self, b):
        c, s = self.c, self.s
        top = self.y
        x = self.m
        if b.get("logo"):
            kind, txt = b["logo"]
            c.setFillColorRGB(*s["accent"])
            if kind == "circle":
                c.circle(x + 16, top - 16, 16, fill=1, stroke=0)
            elif kind == "square":
                c.rect(x, top - 32, 32, 32, fill=1, stroke=0)
            else:
                c.roundRect(x, top - 28, 46, 28, 5, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(s["bold"], 9)
            cx = x + (23 if kind == "round" else 16)
            c.drawCentredString(cx, top - 19, txt)
            c.setFillColorRGB(0, 0, 0)
            x += 56
        yy = top - 9
        for i, ln in enumerate(b["lines"]):
            self.text(x, yy, ln, font=s["bold"] if i == 0 else s["font"],
                      size=10 if i == 0 else 8, color=s["accent"] if i == 0 else (0.25, 0.25, 0.25))
            yy -= 12 if i == 0 else 10
        hh = top - yy
        if b.get("right"):
            rw = 170
            rl = b["right"]
            rh = 14 + 12 * len(rl)
            c.setStrokeColorRGB(0.3, 0.3, 0.3)
            c.setLineWidth(0.6)
            c.rect(W - self.m - rw, top - rh, rw, rh)
            ry = top - 11
            for i, ln in enumerate(rl):
                self.text(W - self.m - rw + 5, ry, ln, size=7.5, font=s["ital"] if i == 0 else s["font"])
                ry -= 12
            hh = max(hh, rh)
        self.y = top - hh - 14

    def b_title(self, b):
        c, s = self.c, self.s
        self.need(50)
        st = s["header"]
        lines = self.wrap(b["text"], s["bold"], 14, W - 2 * self.m - 20)
        if st == "band":
            h = 10 + 18 * len(lines) + (14 if b["sub"] else 0)
            c.setFillColorRGB(*s["accent"])
            c.rect(self.m - 5, self.y - h, W - 2 * self.m + 10, h, fill=1, stroke=0)
            yy = self.y - 20
            for ln in lines:
                self.text(self.m + 5, yy, ln, font=s["bold"], size=14, color=(1, 1, 1))
                yy -= 18
            if b["sub"]:
                self.text(self.m + 5, yy + 2, b["sub"], font=s["font"], size=9, color=(1, 1, 1))
            self.y -= h + 12
        else:
            for ln in lines:
                if s["title_align"] == "center":
                    c.setFont(s["bold"], 14)
                    c.setFillColorRGB(*s["accent"])
                    c.drawCentredString(W / 2, self.y - 14, ln)
                    c.setFillColorRGB(0, 0, 0)
                else:
                    self.text(self.m, self.y - 14, ln, font=s["bold"], size=14, color=s["accent"])
                self.y -= 18
            if b["sub"]:
                for ln in self.wrap(b["sub"], s["ital"], 9, W - 2 * self.m):
                    if s["title_align"] == "center":
                        c.setFont(s["ital"], 9)
                        c.drawCentredString(W / 2, self.y - 10, ln)
                    else:
                        self.text(self.m, self.y - 10, ln, font=s["ital"], size=9)
                    self.y -= 12
            if st == "rule":
                c.setStrokeColorRGB(*s["accent"])
                c.setLineWidth(1.2)
                c.line(self.m, self.y - 4, W - self.m, self.y - 4)
                self.y -= 8
            self.y -= 10

    def b_section(self, b):
        c, s = self.c, self.s
        self.need(60)
        txt = b["text"]
        if b.get("num"):
            txt = "%s %s" % (b["num"], txt)
        if b.get("alt"):
            txt += " / " + b["alt"] if s["bi"] == "slash" else ""
        st = s["sec"]
        self.y -= 6
        if st == "bar":
            c.setFillColorRGB(*s["accent"])
            c.rect(self.m - 3, self.y - 16, W - 2 * self.m + 6, 16, fill=1, stroke=0)
            self.text(self.m + 2, self.y - 12, txt, font=s["bold"], size=10, color=(1, 1, 1))
            self.y -= 16
        elif st == "grey":
            c.setFillColorRGB(0.86, 0.86, 0.86)
            c.rect(self.m - 3, self.y - 16, W - 2 * self.m + 6, 16, fill=1, stroke=0)
            self.text(self.m + 2, self.y - 12, txt, font=s["bold"], size=10)
            self.y -= 16
        else:
            self.text(self.m, self.y - 12, txt, font=s["bold"], size=11, color=s["accent"])
            self.y -= 14
            c.setStrokeColorRGB(*s["accent"])
            c.setLineWidth(0.7)
            c.line(self.m, self.y - 1, W - self.m, self.y - 1)
        if b.get("alt") and s["bi"] == "stack":
            self.text(self.m + 2, self.y - 10, b["alt"], font=s["ital"], size=8.5, color=(0.4, 0.4, 0.4))
            self.y -= 12
        self.y -= 8

    def b_note(self, b):
        c, s = self.c, self.s
        width = W - 2 * self.m - (12 if b["box"] else 0)
        lines = self.wrap(b["text"], s["ital"], s["size"] - 1, width)
        h = len(lines) * (s["size"] + 1.5) + (10 if b["box"] else 2)
        self.need(h)
        if b["box"]:
            c.setFillColorRGB(0.95, 0.95, 0.93)
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.rect(self.m, self.y - h, W - 2 * self.m, h, fill=1, stroke=1)
        yy = self.y - s["size"] - (4 if b["box"] else 0)
        for ln in lines:
            self.text(self.m + (6 if b["box"] else 0), yy, ln, font=s["ital"], size=s["size"] - 1,
                      color=s["note_color"])
            yy -= s["size"] + 1.5
        self.y -= h + 6

    def b_para(self, b):
        s = self.s
        font = s["ans_font"] or s["font"]
        lines = self.wrap(b["text"], font, s["size"], W - 2 * self.m)
        h = len(lines) * (s["size"] + 2.5) + 4
        self.need(h)
        yy = self.y - s["size"]
        for ln in lines:
            self.text(self.m, yy, ln, font=font, color=b.get("color") or s["ans_color"])
            yy -= s["size"] + 2.5
        self.y -= h + 4

    def _label_lines(self, b, width, font=None):
        s = self.s
        lab = self.label_text(b)
        return self.wrap(lab, font or s["font"], s["size"], width)

    def b_field(self, b):
        s = self.s
        lab_mode = "under" if b.get("under") else s["lab"]
        tip = b.get("tip")
        if tip is None and s["tip"] == "label":
            tip = self.label_text(b)
        lines = b["lines"]
        full = W - 2 * self.m
        if b.get("tiponly"):
            h = self.ans_height(b["value"], full, lines)
            self.need(h + 4)
            self.answer(self.m, self.y, full, h, b["value"], tip or b["label"], lines)
            self.y -= h + 6
            return
        if lab_mode == "left":
            lw = s["lab_w"]
            aw = (b["w"] or full - lw)
            ll = self._label_lines(b, lw - 8)
            alt = b.get("alt") if s["bi"] == "stack" else None
            ah = self.ans_height(b["value"], aw, lines)
            lh = len(ll) * (s["size"] + 2) + (10 if alt else 0) + (9 if b.get("hint") else 0)
            h = max(ah, lh) if self.mode == "form" else max(ah, lh + 3)
            self.need(h + 6)
            yy = self.y - s["size"] - 1
            for ln in ll:
                self.text(self.m, yy, ln)
                yy -= s["size"] + 2
            if alt:
                self.text(self.m, yy, alt, font=s["ital"], size=s["size"] - 1.5, color=(0.4, 0.4, 0.4))
                yy -= 10
            if b.get("hint"):
                self.text(self.m, yy, b["hint"], font=s["ital"], size=7, color=(0.4, 0.4, 0.4))
            ax = self.m + lw
            if self.mode == "letter" and s["dots"]:
                lastw = stringWidth(ll[-1], s["font"], s["size"])
                self._dots(self.m + lastw + 3, ax - 4, self.y - s["size"] - 1 - (len(ll) - 1) * (s["size"] + 2))
            self.answer(ax, self.y, aw, ah, b["value"], tip, lines)
            self.y -= h + 5
        elif lab_mode in ("above", "under"):
            ll = self._label_lines(b, full)
            alt = b.get("alt") if s["bi"] == "stack" else None
            ah = self.ans_height(b["value"], full - 20, lines)
            h = len(ll) * (s["size"] + 2) + (10 if alt else 0) + (9 if b.get("hint") else 0) + ah
            self.need(h + 6)
            yy = self.y - s["size"] - 1
            for ln in ll:
                self.text(self.m, yy, ln, font=s["bold"] if lab_mode == "under" and self.mode == "letter" else s["font"])
                yy -= s["size"] + 2
            if lab_mode == "under" and self.mode == "letter" and s["dots"]:
                self._dots(self.m + stringWidth(ll[-1], s["font"], s["size"]) + 3, W - self.m, yy + s["size"] + 2)
            if alt:
                self.text(self.m, yy, alt, font=s["ital"], size=s["size"] - 1.5, color=(0.4, 0.4, 0.4))
                yy -= 10
            if b.get("hint"):
                self.text(self.m, yy, b["hint"], font=s["ital"], size=7, color=(0.4, 0.4, 0.4))
                yy -= 9
            top = yy + s["size"] - 1
            ind = 20 if lab_mode == "under" else 0
            self.answer(self.m + ind, top, (b["w"] or full) - ind, ah, b["value"], tip, lines)
            self.y = top - ah - 7
        elif lab_mode == "below":
            ah = self.ans_height(b["value"], full, lines)
            ll = self._label_lines(b, full)
            h = ah + len(ll) * 9 + 6
            self.need(h + 6)
            self.answer(self.m, self.y, b["w"] or full, ah, b["value"], tip, lines)
            yy = self.y - ah - 8
            for ln in ll:
                self.text(self.m + 2, yy, ln, size=7.5, color=(0.3, 0.3, 0.3))
                yy -= 9
            if b.get("alt") and s["bi"] == "stack":
                self.text(self.m + 2, yy, b["alt"], font=s["ital"], size=7, color=(0.45, 0.45, 0.45))
                yy -= 9
            self.y = yy - 4

    def _dots(self, x0, x1, y):
        if x1 - x0 < 6:
            return
        c = self.c
        c.setFont(self.s["font"], self.s["size"])
        c.setFillColorRGB(0.45, 0.45, 0.45)
        dw = stringWidth(". ", self.s["font"], self.s["size"])
        n = int((x1 - x0) / dw)
        c.drawString(x0, y, ". " * n)
        c.setFillColorRGB(0, 0, 0)

    def b_row(self, b):
        s = self.s
        full = W - 2 * self.m
        fields = b["fields"]
        x0 = self.m
        if b.get("label"):
            lead = s["lab_w"]
            x0 += lead
            full -= lead
        ws = [f["w"] or 1 for f in fields]
        tot = sum(ws)
        gap = 8
        cols = []
        x = x0
        for f, wv in zip(fields, ws):
            cw = full * wv / tot - gap * (len(fields) - 1) / len(fields)
            cols.append((x, cw, f))
            x += cw + gap
        below = s["lab"] == "below"
        lab_h = 0
        for (x, cw, f) in cols:
            if not f.get("tiponly"):
                n = len(self._label_lines(f, cw)) * (s["size"] + 2)
                if f.get("alt") and s["bi"] == "stack":
                    n += 10
                lab_h = max(lab_h, n)
        ah = max(self.ans_height(f["value"], cw, f["lines"]) for (x, cw, f) in cols)
        if self.mode == "letter" and not s["grid"]:
            # in a Word table without borders label and answer sit on one baseline
            pass
        self.need(lab_h + ah + 12)
        if b.get("label"):
            self.text(self.m, self.y - s["size"] - 1 - (0 if below else lab_h), b["label"])
        if below:
            for (x, cw, f) in cols:
                tip = f.get("tip") or (self.label_text(f) if s["tip"] == "label" else None)
                self.answer(x, self.y, cw, ah, f["value"], tip, f["lines"])
                if not f.get("tiponly"):
                    yy = self.y - ah - 8
                    for ln in self._label_lines(f, cw):
                        self.text(x + 2, yy, ln, size=7.5, color=(0.3, 0.3, 0.3))
                        yy -= 9
                    if f.get("alt") and s["bi"] == "stack":
                        self.text(x + 2, yy, f["alt"], font=s["ital"], size=7, color=(0.45, 0.45, 0.45))
            self.y -= ah + lab_h + 10
        else:
            for (x, cw, f) in cols:
                tip = f.get("tip") or (self.label_text(f) if s["tip"] == "label" else None)
                yy = self.y - s["size"] - 1
                if not f.get("tiponly"):
                    for ln in self._label_lines(f, cw):
                        self.text(x, yy, ln)
                        yy -= s["size"] + 2
                    if f.get("alt") and s["bi"] == "stack":
                        self.text(x, yy, f["alt"], font=s["ital"], size=s["size"] - 1.5, color=(0.4, 0.4, 0.4))
                self.answer(x, self.y - lab_h - 1, cw, ah, f["value"], tip, f["lines"])
            self.y -= lab_h + ah + 8

    def b_checks(self, b):
        c, s = self.c, self.s
        lab = self.label_text(b)
        self.need(30)
        self.text(self.m, self.y - s["size"] - 1, lab)
        if b.get("alt") and s["bi"] == "stack":
            self.y -= 10
            self.text(self.m, self.y - s["size"] - 1, b["alt"], font=s["ital"], size=s["size"] - 1.5,
                      color=(0.4, 0.4, 0.4))
        x = self.m + (s["lab_w"] if s["lab"] == "left" else 0)
        if s["lab"] != "left":
            self.y -= 15
        yb = self.y - s["size"] - 3
        for txt, on in b["opts"]:
            tw = stringWidth(txt, s["font"], s["size"])
            if x + 16 + tw > W - self.m:
                x = self.m + (s["lab_w"] if s["lab"] == "left" else 0)
                yb -= 15
                self.y -= 15
            if self.mode == "form":
                nm = s["cb_names"].format(self.cbn)
                self.cbn += 1
                c.acroForm.checkbox(name=nm, tooltip=txt, checked=on, x=x, y=yb - 1, size=10,
                                    buttonStyle="cross" if "cross" in s.get("cb_style", "") else "check",
                                    borderColor=_col((0.3, 0.3, 0.3)), fillColor=_col((1, 1, 1)),
                                    textColor=_col((0, 0, 0)), borderWidth=0.8)
                self.widgets.append((nm, txt, "Yes" if on else "Off"))
            else:
                c.setStrokeColorRGB(0.2, 0.2, 0.2)
                c.setLineWidth(0.6)
                c.rect(x, yb - 1, 9, 9)
                if on:
                    c.setFont(s["bold"], 9)
                    c.drawString(x + 1.5, yb + 0.5, "X")
            self.text(x + 13, yb, txt)
            x += 13 + tw + 18
        self.y -= 22

    def b_boxes(self, b):
        s = self.s
        n = b["n"]
        cw = 13
        lab = self.label_text(b)
        if s["lab"] == "left":
            self.need(22)
            self.text(self.m, self.y - s["size"] - 2, lab)
            self.answer(self.m + s["lab_w"], self.y, n * cw, 16, b["value"], lab if s["tip"] == "label" else None,
                        comb=n)
            self.y -= 22
        else:
            self.need(36)
            self.text(self.m, self.y - s["size"] - 1, lab)
            self.y -= s["size"] + 4
            self.answer(self.m, self.y, n * cw, 16, b["value"], lab if s["tip"] == "label" else None, comb=n)
            self.y -= 22

    def b_table(self, b):
        c, s = self.c, self.s
        full = W - 2 * self.m
        ws = b["widths"] or [1] * len(b["headers"])
        tot = sum(ws)
        cws = [full * w / tot for w in ws]
        rh = s["row_h"]
        if b.get("title"):
            self.need(rh * 3)
            self.text(self.m, self.y - s["size"] - 1, b["title"], font=s["bold"])
            self.y -= s["size"] + 6
        self.need(rh * 2 + 4)
        # header
        x = self.m
        hh = rh + 2
        hl = [self.wrap(h, s["bold"], s["size"] - 0.5, cw - 6) for h, cw in zip(b["headers"], cws)]
        hh = max(rh, max(len(l) for l in hl) * (s["size"] + 1) + 6)
        c.setFillColorRGB(0.88, 0.9, 0.93)
        c.rect(self.m, self.y - hh, full, hh, fill=1, stroke=0)
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.setLineWidth(0.5)
        for lines, cw in zip(hl, cws):
            c.rect(x, self.y - hh, cw, hh)
            yy = self.y - s["size"] - 2
            for ln in lines:
                self.text(x + 3, yy, ln, font=s["bold"], size=s["size"] - 0.5)
                yy -= s["size"] + 1
            x += cw
        self.y -= hh
        for ri, row in enumerate(b["rows"]):
            first = self.wrap(row[0], s["font"], s["size"] - 0.5, cws[0] - 6)
            h = max(rh, len(first) * (s["size"] + 1) + 6)
            self.need(h + 2)
            x = self.m
            bold = ri in b["bold"]
            for ci, (cell, cw) in enumerate(zip(row, cws)):
                c.setStrokeColorRGB(0.35, 0.35, 0.35)
                c.setLineWidth(0.5)
                c.rect(x, self.y - h, cw, h)
                is_label = ci == 0 and (not b["fill_labels"] or bold)
                if is_label or (bold and self.mode == "letter"):
                    if ci == 0:
                        yy = self.y - s["size"] - 2
                        for ln in first:
                            self.text(x + 3, yy, ln, font=s["bold"] if bold else s["font"], size=s["size"] - 0.5)
                            yy -= s["size"] + 1
                    else:
                        c.setFont(s["bold"], s["size"] - 0.5)
                        c.drawRightString(x + cw - 4, self.y - s["size"] - 2, cell)
                else:
                    if self.mode == "form":
                        tip = ("%s - %s" % (b["headers"][ci], row[0])) if s["tip"] != "none" else None
                        self.answer(x + 1, self.y - 1, cw - 2, h - 2, cell, tip)
                    else:
                        self.answer(x, self.y, cw, h, cell, None, align="left" if ci == 0 else "right")
                x += cw
            self.y -= h
        self.y -= 4
        if b.get("note"):
            self.b_note({"text": b["note"], "box": False})
        self.y -= 6

    def b_sign(self, b):
        s = self.s
        self.need(60)
        self.y -= 6
        full = W - 2 * self.m
        n = len(b["items"])
        cw = full / n
        for i, (lab, val) in enumerate(b["items"]):
            x = self.m + i * cw
            self.text(x, self.y - s["size"] - 1, lab)
            if val is not None:
                self.answer(x, self.y - s["size"] - 5, cw - 12, self.ans_height(val, cw - 12, 1), val,
                            lab if s["tip"] == "label" else None)
            else:
                self.c.setStrokeColorRGB(0.5, 0.5, 0.5)
                self.c.line(x, self.y - 40, x + cw - 20, self.y - 40)
        self.y -= 50


def _col(rgb):
    from reportlab.lib.colors import Color
    return Color(*rgb)


def _std(f):
    return f


def render(blocks, style, mode):
    return PdfForm(style, mode).render(blocks)
