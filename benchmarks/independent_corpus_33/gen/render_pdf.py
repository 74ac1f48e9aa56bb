"""Render a form spec to PDF with reportlab (standard-14 fonts only).

mode 'widget': AcroForm widgets holding the answers (as if filled in a PDF viewer)
mode 'annot' : flat form, answers added afterwards as FreeText annotations (viewer's typewriter tool)
mode 'text'  : form typed in a word processor and exported: answers are page text, no widgets
"""
import io
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import NameObject, TextStringObject

import reportlab.pdfbase.acroform as _acro

_orig_esc = _acro.escPDF


def _esc_cp1252(s):
    # widget appearance streams use WinAnsi-encoded standard fonts: map e.g. the euro sign to 0x80
    if isinstance(s, str):
        s = s.encode("cp1252", "replace").decode("latin-1")
    return _orig_esc(s)


_acro.escPDF = _esc_cp1252

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
ITAL = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}


class PdfForm:
    def __init__(self, spec, design, mode, accent):
        self.spec, self.d, self.mode = spec, design, mode
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(spec["title"])
        self.c.setAuthor("")
        self.font = design["font"]
        self.fb, self.fi = BOLD[self.font], ITAL[self.font]
        self.L, self.R, self.TOP, self.BOT = 48, 547, 800, 56
        self.W = self.R - self.L
        self.y = self.TOP
        self.page = 0
        self.annots = []  # (page, rect, text, size)
        self.n = 0
        self.accent = accent
        self.cbw = 14  # comb box width

    # ------------------------------------------------------------------ primitives
    def name(self, key):
        self.n += 1
        return f"{key}_{self.n}"

    def new_page(self):
        if self.page:
            self._footer()
            self.c.showPage()
        self.page += 1
        self.y = self.TOP
        if self.page > 1:
            self.c.setFont(self.fi, 7)
            self.c.setFillColor(colors.grey)
            self.c.drawString(self.L, self.TOP + 14, self.spec["title"][:80])
            self.c.setFillColor(colors.black)

    def _footer(self):
        self.c.setFont(self.font, 7)
        self.c.drawCentredString((self.L + self.R) / 2, 30, f"- {self.page} -")

    def ensure(self, h):
        if self.y - h < self.BOT:
            self.new_page()

    def value(self, key, x, y, w, h, text, size=9.5, comb=None, multiline=False):
        """Put an answer into the rectangle (x, y) lower-left."""
        c = self.c
        if comb:
            n = comb
            for i in range(n):
                c.rect(x + i * self.cbw, y, self.cbw, h, stroke=1, fill=0)
            if self.mode == "text":
                c.setFont("Courier", 10)
                for i, ch in enumerate(text[:n]):
                    c.drawCentredString(x + i * self.cbw + self.cbw / 2, y + 4, ch)
            elif self.mode == "widget":
                if self.d["widget_comb"] == "comb":
                    c.acroForm.textfield(name=self.name(key), value=text, x=x, y=y, width=n * self.cbw, height=h,
                                         maxlen=n, fieldFlags="comb", fontName="Helvetica", fontSize=10,
                                         borderWidth=0, fillColor=None, forceBorder=False)
                else:
                    base = self.name(key)
                    for i in range(n):
                        ch = text[i] if i < len(text) else ""
                        c.acroForm.textfield(name=f"{base}_{i + 1}", value=ch, x=x + i * self.cbw, y=y,
                                             width=self.cbw, height=h, maxlen=1, fontName="Helvetica", fontSize=10,
                                             borderWidth=0, fillColor=None, forceBorder=False)
            else:
                if text:
                    self.annots.append((self.page, (x + 2, y, x + n * self.cbw + 40, y + h),
                                        "  ".join(text), "10pt"))
            return
        if text and not multiline:
            tw = c.stringWidth(text, "Helvetica" if self.mode != "text" else self.font, 1)
            size = max(5.5, min(size, (w - 6) / tw)) if tw else size
        if self.mode == "text":
            c.setFont(self.font, size)
            if multiline:
                lines = simpleSplit(text, self.font, size, w - 6)
                for i, ln in enumerate(lines):
                    c.drawString(x + 3, y + h - 12 - i * (size + 2), ln)
            else:
                c.drawString(x + 3, y + 4, text)
        elif self.mode == "widget":
            c.acroForm.textfield(name=self.name(key), value=text, x=x, y=y, width=w, height=h,
                                 fontName="Helvetica", fontSize=8 if multiline else round(min(size, 9), 1), borderWidth=0,
                                 fillColor=None, forceBorder=False, maxlen=1000 if multiline else 200,
                                 fieldFlags="multiline" if multiline else "")
        else:
            if text:
                self.annots.append((self.page, (x + 1, y, x + w, y + h), text,
                                    "9pt" if multiline else f"{round(min(size, 9), 1)}pt"))

    def check(self, key, x, y, on):
        c = self.c
        c.rect(x, y, 9, 9, stroke=1, fill=0)
        if self.mode == "widget":
            c.acroForm.checkbox(name=self.name(key), checked=on, buttonStyle="cross", x=x, y=y, size=9,
                                borderWidth=0.5, fillColor=colors.white, forceBorder=True)
        elif on and self.mode == "text":
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 1.6, y + 1.5, "X")
        elif on:
            self.annots.append((self.page, (x - 1, y - 2, x + 12, y + 11), "X", "10pt"))

    # ------------------------------------------------------------------ items
    def head(self, text):
        self.ensure(40)
        c, st = self.c, self.d["head"]
        self.y -= 8
        if st == "band":
            c.setFillColor(self.accent)
            c.rect(self.L, self.y - 16, self.W, 17, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(self.fb, 10.5)
            c.drawString(self.L + 5, self.y - 12, text.upper())
            c.setFillColor(colors.black)
        elif st == "box":
            c.rect(self.L, self.y - 16, self.W, 17, stroke=1, fill=0)
            c.setFont(self.fb, 10.5)
            c.drawString(self.L + 5, self.y - 12, text)
        elif st == "rule":
            c.setFont(self.fb, 11)
            c.drawString(self.L, self.y - 12, text)
            c.setLineWidth(1.2)
            c.line(self.L, self.y - 16, self.R, self.y - 16)
            c.setLineWidth(1)
        else:
            c.setFont(self.fb, 11.5)
            c.drawString(self.L, self.y - 12, text)
        self.y -= 24

    def note(self, text):
        lines = simpleSplit(text, self.fi, 7, self.W)
        self.ensure(10 * len(lines) + 4)
        self.c.setFont(self.fi, 7)
        self.c.setFillColor(colors.HexColor("#555555"))
        for ln in lines:
            self.c.drawString(self.L, self.y - 7, ln)
            self.y -= 9
        self.c.setFillColor(colors.black)
        self.y -= 3

    def field_h(self, f):
        if f["multiline"]:
            return 86
        return {"under": 36, "above": 38, "left": 24, "right": 24}[f["style"]]

    def field(self, f, x, w):
        c, y, st = self.c, self.y, f["style"]
        comb = f["comb"]
        label = f["label"]
        if f["multiline"]:
            c.setFont(self.fb, 8.5)
            c.drawString(x, y - 9, label)
            c.rect(x, y - 80, w, 66, stroke=1, fill=0)
            self.value(f["key"], x, y - 80, w, 66, f["value"], multiline=True)
            return
        if st == "under":
            if comb:
                self.value(f["key"], x, y - 22, 0, 16, f["value"], comb=comb)
            else:
                c.setDash(1, 2)
                c.line(x, y - 22, x + w - 8, y - 22)
                c.setDash()
                self.value(f["key"], x, y - 21, w - 8, 15, f["value"])
            c.setFont(self.fi, 6.8)
            c.drawString(x, y - 30, label)
        elif st == "above":
            c.setFont(self.font, 8.5)
            c.drawString(x, y - 9, label)
            if comb:
                self.value(f["key"], x, y - 31, 0, 17, f["value"], comb=comb)
            else:
                c.rect(x, y - 31, w - 8, 18, stroke=1, fill=0)
                self.value(f["key"], x, y - 30, w - 8, 16, f["value"])
        elif st == "left":
            c.setFont(self.font, 8.5)
            lw = min(c.stringWidth(label, self.font, 8.5) + 8, w * 0.5)
            lab = label
            while c.stringWidth(lab, self.font, 8.5) > lw - 6 and len(lab) > 4:
                lab = lab[:-2]
            if lab != label:
                lab = lab[:-1] + "."
            c.drawString(x, y - 14, lab)
            if comb:
                self.value(f["key"], x + lw, y - 19, 0, 16, f["value"], comb=comb)
            else:
                c.rect(x + lw, y - 19, w - lw - 8, 16, stroke=1, fill=0)
                self.value(f["key"], x + lw, y - 19, w - lw - 8, 16, f["value"])
        else:  # right: box first, caption to the right
            bw = comb * self.cbw if comb else max(w * 0.58, 110)
            if comb:
                self.value(f["key"], x, y - 19, 0, 16, f["value"], comb=comb)
            else:
                c.rect(x, y - 19, bw, 16, stroke=1, fill=0)
                self.value(f["key"], x, y - 19, bw, 16, f["value"])
            c.setFont(self.fi, 7.5)
            rest = w - bw - 14
            lines = simpleSplit(label, self.fi, 7.5, max(rest, 60))
            for i, ln in enumerate(lines[:2]):
                c.drawString(x + bw + 6, y - 10 - i * 8, ln)

    def one_field(self, f):
        h = self.field_h(f)
        self.ensure(h)
        self.field(f, self.L, self.W)
        self.y -= h

    def pair(self, fs):
        h = max(self.field_h(f) for f in fs)
        self.ensure(h)
        half = self.W / 2
        for i, f in enumerate(fs):
            self.field(f, self.L + i * (half + 4), half - 4)
        self.y -= h

    def checks(self, it):
        self.ensure(24)
        c = self.c
        c.setFont(self.font, 8.5)
        c.drawString(self.L, self.y - 12, it["label"])
        x = self.L + max(c.stringWidth(it["label"], self.font, 8.5) + 12, 90)
        row_y = self.y - 13
        for text, on in it["options"]:
            tw = c.stringWidth(text, self.font, 8.5)
            if x + tw + 20 > self.R:
                x = self.L + 90
                row_y -= 14
                self.y -= 14
            self.check(it["key"], x, row_y, on)
            c.setFont(self.font, 8.5)
            c.drawString(x + 13, row_y + 1.5, text)
            x += tw + 30
        self.y -= 24

    def persons(self, it):
        rows, roles = it["rows"], it["roles"]
        rh = 18
        self.ensure(rh * (len(rows) + 1) + 20)
        c = self.c
        c.setFont(self.fb, 8.5)
        c.drawString(self.L, self.y - 10, it["label"])
        self.y -= 16
        lw = 92
        cw = (self.W - lw) / len(roles)
        top = self.y
        c.setFillColor(colors.HexColor("#e6e6e6"))
        c.rect(self.L, top - rh, self.W, rh, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(self.fb, 8)
        for j, r in enumerate(roles):
            c.drawCentredString(self.L + lw + j * cw + cw / 2, top - 12, r)
        for i, (lab, vals) in enumerate(rows):
            ry = top - rh * (i + 2)
            c.setFont(self.font, 8)
            c.drawString(self.L + 3, ry + 6, lab[:22])
            for j, v in enumerate(vals):
                small = len(v) > 24
                self.value(it["key"], self.L + lw + j * cw, ry + 1, cw, rh - 2, v, size=7 if small else 8.5)
        n = len(rows) + 1
        for i in range(n + 1):
            c.line(self.L, top - i * rh, self.R, top - i * rh)
        c.line(self.L, top, self.L, top - n * rh)
        for j in range(len(roles) + 1):
            xx = self.L + lw + j * cw
            c.line(xx, top, xx, top - n * rh)
        self.y = top - n * rh - 10

    def grid(self, it):
        rh = 16
        n = len(it["rows"]) + 1 + (1 if it["total"] else 0)
        self.ensure(rh * n + 12)
        c = self.c
        aw = 120
        top = self.y
        c.setFont(self.fb, 8.5)
        c.drawString(self.L + 3, top - 11, it["cols"][0])
        c.drawRightString(self.R - 4, top - 11, it["cols"][1])
        rows = list(it["rows"]) + ([it["total"]] if it["total"] else [])
        for i, (lab, v) in enumerate(rows):
            ry = top - rh * (i + 2)
            is_total = it["total"] and i == len(rows) - 1
            c.setFont(self.fb if is_total else self.font, 8.5)
            c.drawString(self.L + 3, ry + 5, lab)
            if self.mode == "text":
                c.setFont(self.fb if is_total else self.font, 9)
                c.drawRightString(self.R - 4, ry + 5, v)
            else:
                self.value(it["key"], self.R - aw, ry + 1, aw - 2, rh - 2, v)
        for i in range(n + 1):
            c.setLineWidth(1.2 if i in (0, 1, n) else 0.5)
            c.line(self.L, top - i * rh, self.R, top - i * rh)
        c.setLineWidth(0.5)
        c.line(self.L, top, self.L, top - n * rh)
        c.line(self.R - aw, top, self.R - aw, top - n * rh)
        c.line(self.R, top, self.R, top - n * rh)
        c.setLineWidth(1)
        self.y = top - n * rh - 12

    def render(self):
        c, d = self.c, self.d
        self.new_page()
        c.setFont(self.fb, 15 if len(self.spec["title"]) < 40 else 12.5)
        c.setFillColor(self.accent)
        c.drawString(self.L, self.y - 14, self.spec["title"])
        c.setFillColor(colors.black)
        c.setFont(self.font, 8)
        c.drawString(self.L, self.y - 27, self.spec["sub"])
        c.setLineWidth(2)
        c.setStrokeColor(self.accent)
        c.line(self.L, self.y - 33, self.R, self.y - 33)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)
        self.y -= 40
        for it in self.spec["items"]:
            t = it["t"]
            if t == "head":
                self.head(it["text"])
            elif t == "note":
                self.note(it["text"])
            elif t == "field":
                self.one_field(it)
            elif t == "pair":
                self.pair(it["fields"])
            elif t == "check":
                self.checks(it)
            elif t == "persons":
                self.persons(it)
            elif t == "grid":
                self.grid(it)
            elif t == "break":
                self.new_page()
        self._footer()
        c.showPage()
        c.save()
        data = self.buf.getvalue()
        if self.mode == "annot":
            data = add_annotations(data, self.annots)
        elif self.mode == "widget":
            data = set_need_appearances(data)
        return data


def add_annotations(pdf_bytes, annots):
    reader = PdfReader(io.BytesIO(pdf_bytes))
    writer = PdfWriter()
    writer.append(reader)
    for k, (page, rect, text, size) in enumerate(annots):
        a = FreeText(text=text, rect=rect, font="Helvetica", font_size=size, font_color="000000",
                     border_color=None, background_color=None)
        a[NameObject("/NM")] = TextStringObject(f"typewriter-{k + 1:03d}")
        a[NameObject("/T")] = TextStringObject("Aanvrager")
        writer.add_annotation(page_number=page - 1, annotation=a)
    writer.add_metadata({"/Producer": "PDF viewer (typewriter tool)"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def set_need_appearances(pdf_bytes):
    """Ask viewers to rebuild field appearances (comb spacing, multi-line wrapping), as a viewer-saved file would."""
    from pypdf.generic import BooleanObject
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    af = writer._root_object["/AcroForm"]
    af[NameObject("/NeedAppearances")] = BooleanObject(True)
    from pypdf.generic import DictionaryObject
    dr = af.get("/DR")
    if dr is not None:
        dr = dr.get_object()
        fonts = dr.get("/Font").get_object()
        if "/ZaDb" not in fonts:
            zadb = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                     NameObject("/Subtype"): NameObject("/Type1"),
                                     NameObject("/BaseFont"): NameObject("/ZapfDingbats")})
            fonts[NameObject("/ZaDb")] = writer._add_object(zadb)
    writer.add_metadata({"/Producer": "PDF viewer (form fill-in)"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
