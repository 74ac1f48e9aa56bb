"""PDF renderers: fillable AcroForm PDFs (reportlab canvas for the layout,
values filled afterwards with pypdf as a viewer would) and flat letters
(reportlab platypus).  Only the standard PDF fonts are used."""
import io
import re
import unicodedata
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from pypdf import PdfReader, PdfWriter
from common import COORD

PALETTES = [
    (colors.HexColor("#1f5f8b"), colors.HexColor("#e8f1f8")),
    (colors.HexColor("#2e7d32"), colors.HexColor("#edf6ee")),
    (colors.HexColor("#8e2430"), colors.HexColor("#f7ecec")),
    (colors.HexColor("#5d4037"), colors.HexColor("#f3efe9")),
    (colors.HexColor("#444444"), colors.HexColor("#f0f0f0")),
    (colors.HexColor("#00695c"), colors.HexColor("#e6f2f0")),
    (colors.HexColor("#e65100"), colors.HexColor("#fff3e6")),
]

FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

MEANINGFUL = {
    "nl": {"org": "naam_vereniging", "contact_name": "contactpersoon", "contact_first": "voornaam",
           "contact_last": "familienaam", "phone": "telefoon", "email": "email", "address": "adres",
           "postcode": "postcode", "municipality": "gemeente", "pc_muni": "postcode_gemeente",
           "addr_full": "adres_volledig", "project_title": "projecttitel", "requested_amount": "gevraagd_bedrag"},
    "fr": {"org": "nom_structure", "contact_name": "nom_referent", "contact_first": "prenom", "contact_last": "nom",
           "phone": "tel", "email": "courriel", "address": "adresse", "postcode": "cp", "municipality": "commune",
           "pc_muni": "cp_ville", "addr_full": "adresse_complete", "project_title": "intitule_projet",
           "requested_amount": "montant_sollicite"},
}


def _ascii(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Namer:
    def __init__(self, scheme, lang):
        self.scheme, self.lang, self.n, self.used = scheme, lang, 0, set()

    def __call__(self, label, key):
        self.n += 1
        s = self.scheme
        if s in ("meaningful", "meaningful_fr") and key and key in MEANINGFUL[self.lang]:
            name = MEANINGFUL[self.lang][key]
        elif s in ("meaningful", "meaningful_fr"):
            name = re.sub(r"[^a-z0-9]+", "_", _ascii(label).lower()).strip("_")[:28] or "veld%d" % self.n
        elif s == "generic":
            name = ("Texte%d" if self.lang == "fr" else "Text%d") % self.n
        elif s == "generic_nl":
            name = "Tekstveld%d" % self.n
        elif s == "acrobat":
            name = re.sub(r"^\d+\.\s*", "", label).rstrip(": ").strip() or "Tekstveld%d" % self.n
        elif s == "fill":
            name = "fill_%d" % self.n
        elif s == "untitled":
            name = "untitled%d" % self.n
        elif s == "livecycle":
            name = "form1[0].#subform[%d].TextField%d[0]" % (self.n // 12, self.n)
        else:
            name = "field%d" % self.n
        base, k = name, 2
        while name in self.used:
            name = "%s_%d" % (base, k)
            k += 1
        self.used.add(name)
        return name


class FormPDF:
    W, H = A4

    def __init__(self, doc, r, rng, path):
        self.doc, self.r, self.rng = doc, r, rng
        self.variant = r["layout"]
        self.lang = doc["lang"]
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle(doc["title"])
        self.c.setAuthor(rng.choice(["", r["first"] + " " + r["last"], "Gebruiker", "admin", "PC-Secretariaat"]))
        self.c.setCreator(rng.choice(["Microsoft® Word 2016", "Writer", "Adobe Acrobat Pro DC 19", "PDF-XChange Editor",
                                      "Nitro Pro", "LibreOffice 6.2"]))
        fam = rng.choice(["Helvetica", "Helvetica", "Helvetica", "Times", "Courier"] if self.variant != "boxed"
                         else ["Helvetica", "Times"])
        self.f, self.fb, self.fi = FONTS[fam]
        self.fs = rng.choice([9, 9.5, 10])
        self.accent, self.light = rng.choice(PALETTES)
        self.field_style = rng.choice(["solid", "solid", "underlined", "inset"])
        self.field_fill = rng.choice([colors.white, colors.HexColor("#eef3ff"), colors.HexColor("#fffde7"), colors.white])
        self.sec_style = rng.choice(["band", "rule", "plain", "box"])
        if self.variant == "inline":
            self.field_style, self.field_fill = "underlined", colors.white
        if self.variant == "cell":
            self.sec_style = "box"
        self.head_style = rng.choice(["band", "centered", "logo", "left"])
        self.m = rng.choice([42, 50, 56])
        self.namer = Namer(r["knobs"].get("names", "generic"), self.lang)
        self.tooltips = r["knobs"].get("tooltips", False)
        self.flat = r["knobs"].get("flat", False)
        self.values = {}
        self.page = 1
        self.y = self.H - self.m
        self.path = path

    # ------------------------------------------------------------ basics
    def text(self, x, y, s, font=None, size=None, color=colors.black):
        self.c.setFillColor(color)
        self.c.setFont(font or self.f, size or self.fs)
        self.c.drawString(x, y, s)
        self.c.setFillColor(colors.black)

    def wrap(self, s, font, size, width):
        out = []
        for para in s.split("\n"):
            out.extend(simpleSplit(para, font, size, width) or [""])
        return out

    def need(self, h):
        if self.y - h < self.m + 30:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = self.H - self.m
            self.running_header()

    def footer(self):
        c = self.c
        y = self.m - 8
        if self.doc["coord_header"]:
            s = ("Provincie West-Vlaanderen \u2013 %s \u2013 %s, %s %s \u2013 %s" if self.lang == "nl" else
                 "Partons 2.0 \u2013 %s \u2013 %s, %s %s (BE) \u2013 %s") % (
                COORD["name"], COORD["street"], COORD["pc"], COORD["muni"], COORD["email"])
            self.text(self.m, y, s, self.f, 7, colors.grey)
        self.text(self.W - self.m - 40, y, ("p. %d" if self.lang == "fr" else "blz. %d") % self.page, self.f, 7, colors.grey)

    def running_header(self):
        self.text(self.m, self.H - self.m + 14, self.doc["title"], self.fi, 7.5, colors.grey)

    def flat_field(self, x, y, w, h, value, multiline, border):
        """A form filled in a word processor and exported to PDF: no widgets, the answer is page text."""
        c = self.c
        c.setStrokeColor(colors.HexColor("#7a7a7a"))
        c.setLineWidth(0.6)
        if border and self.field_style == "underlined":
            c.line(x, y, x + w, y)
        elif border:
            c.rect(x, y, w, h, stroke=1, fill=0)
        if not value:
            return
        fs = self.fs - (1 if multiline else 0)
        lines = self.wrap(value, self.f, fs, w - 6) if multiline else [value]
        yy = y + h - fs - 2 if multiline else y + (h - fs) / 2 + 1.5
        for ln in lines:
            if yy < y + 1:
                break
            self.text(x + 3, yy, ln, self.f, fs, colors.HexColor("#000000"))
            yy -= fs + 2

    def field(self, name, x, y, w, h, value, multiline=False, tooltip=None, border=True, comb=None):
        if self.flat:
            return self.flat_field(x, y, w, h, value, multiline, border)
        kw = dict(name=name, x=x, y=y, width=w, height=h, value="", fontName=self.f if self.f != "Courier" else "Courier",
                  fontSize=0 if multiline else min(self.fs, h - 4), borderStyle=self.field_style,
                  borderColor=colors.HexColor("#7a7a7a"), fillColor=self.field_fill, textColor=colors.black,
                  borderWidth=1, forceBorder=True)
        if not border:
            kw.update(borderWidth=0, forceBorder=False, borderColor=None, fillColor=colors.HexColor("#f4f8ff"))
        if multiline:
            kw["fieldFlags"] = "multiline"
            kw["fontSize"] = self.fs - 1
        elif comb:
            kw["fieldFlags"] = "comb"
            kw["maxlen"] = comb
        if tooltip and self.tooltips:
            kw["tooltip"] = tooltip
        self.c.acroForm.textfield(**kw)
        if value is not None:
            self.values[name] = value

    # ------------------------------------------------------------ header
    def header(self):
        d, c = self.doc, self.c
        W, m = self.W, self.m
        if d["org_header"]:
            self.text(m, self.y, d["org_header"], self.fb, 9, self.accent)
            self.y -= 16
        if self.head_style == "band":
            c.setFillColor(self.accent)
            c.rect(m - 6, self.y - 38, W - 2 * m + 12, 46, stroke=0, fill=1)
            self.text(m + 4, self.y - 12, d["title"], self.fb, 15, colors.white)
            if d["subtitle"]:
                self.text(m + 4, self.y - 30, d["subtitle"], self.f, 9, colors.white)
            self.y -= 58
        elif self.head_style == "centered":
            c.setFont(self.fb, 16)
            c.drawCentredString(W / 2, self.y - 10, d["title"])
            if d["subtitle"]:
                c.setFont(self.fi, 9.5)
                c.drawCentredString(W / 2, self.y - 26, d["subtitle"])
            c.setStrokeColor(self.accent)
            c.line(m, self.y - 34, W - m, self.y - 34)
            self.y -= 50
        elif self.head_style == "logo":
            c.setFillColor(self.accent)
            c.circle(m + 16, self.y - 14, 16, stroke=0, fill=1)
            self.text(m + 6, self.y - 18, "P2", self.fb, 12, colors.white)
            self.text(m + 42, self.y - 8, "Partons 2.0", self.fb, 11, self.accent)
            self.text(m + 42, self.y - 21, "Interreg V France-Wallonie-Vlaanderen", self.f, 7.5, colors.grey)
            self.y -= 46
            self.text(m, self.y, d["title"], self.fb, 14)
            self.y -= 14
            if d["subtitle"]:
                self.text(m, self.y, d["subtitle"], self.fi, 9)
                self.y -= 14
            self.y -= 6
        else:
            self.text(m, self.y - 8, d["title"].upper(), self.fb, 13, self.accent)
            self.y -= 22
            if d["subtitle"]:
                self.text(m, self.y, d["subtitle"], self.f, 9)
                self.y -= 14
            self.y -= 4
        for p in d["intro"]:
            lines = self.wrap(p, self.fi, self.fs - 0.5, W - 2 * m)
            for ln in lines:
                self.text(m, self.y, ln, self.fi, self.fs - 0.5, colors.HexColor("#333333"))
                self.y -= self.fs + 2
            self.y -= 6

    def box_text(self, s):
        lines = s.split("\n")
        h = len(lines) * 11 + 10
        self.need(h + 8)
        c = self.c
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setDash(2, 2)
        c.rect(self.m, self.y - h + 8, self.W - 2 * self.m, h, stroke=1, fill=0)
        c.setDash()
        yy = self.y - 4
        for i, ln in enumerate(lines):
            self.text(self.m + 6, yy, ln, self.fb if i == 0 else self.f, 7.8, colors.HexColor("#444444"))
            yy -= 11
        self.y -= h + 10

    def section_title(self, s, after=60):
        self.need(after)
        c, m, W = self.c, self.m, self.W
        self.y -= 6
        if self.sec_style == "band":
            c.setFillColor(self.light)
            c.rect(m - 4, self.y - 5, W - 2 * m + 8, 17, stroke=0, fill=1)
            self.text(m, self.y, s, self.fb, self.fs + 1.5, self.accent)
        elif self.sec_style == "rule":
            self.text(m, self.y, s, self.fb, self.fs + 1.5, self.accent)
            c.setStrokeColor(self.accent)
            c.line(m, self.y - 4, W - m, self.y - 4)
        elif self.sec_style == "box":
            c.setFillColor(self.accent)
            c.rect(m - 4, self.y - 5, W - 2 * m + 8, 17, stroke=0, fill=1)
            self.text(m, self.y, s.upper(), self.fb, self.fs + 0.5, colors.white)
        else:
            self.text(m, self.y, s, self.fb, self.fs + 2)
        self.y -= 22

    # ------------------------------------------------------------ items
    def fheight(self, it):
        return (it.get("lines", 1) * (self.fs + 2) + 8) if it.get("multiline") else self.fs + 8

    def item_field(self, it, x=None, w=None):
        m, W = self.m, self.W
        x = m if x is None else x
        w = (W - 2 * m) if w is None else w
        label = it["label"]
        h = self.fheight(it)
        name = self.namer(label, it.get("key"))
        tip = label.rstrip(": ")
        if it.get("hint"):
            tip += " " + it["hint"]
        v = self.variant
        if v in ("left", "left2p", "boxed"):
            lw = min(190, max(110, w * 0.36)) if w > 300 else stringWidth(label, self.f, self.fs) + 8
            llines = self.wrap(label, self.fb if v == "boxed" else self.f, self.fs, lw - 6)
            hh = max(h, len(llines) * (self.fs + 2) + 4)
            self.need(hh + 6)
            top = self.y + self.fs
            if v == "boxed":
                self.c.setFillColor(self.light)
                self.c.setStrokeColor(colors.HexColor("#888888"))
                self.c.rect(x, top - hh - 2, lw, hh + 4, stroke=1, fill=1)
                self.c.setFillColor(colors.white)
                self.c.rect(x + lw, top - hh - 2, w - lw, hh + 4, stroke=1, fill=0)
            yy = self.y
            for ln in llines:
                self.text(x + 3, yy, ln, self.fb if v == "boxed" else self.f, self.fs)
                yy -= self.fs + 2
            self.field(name, x + lw + 2, top - h, w - lw - 4, h - 2, it["value"], it.get("multiline"), tip)
            if it.get("hint") and v != "boxed":
                self.text(x + lw + 4, top - h - 8, it["hint"], self.fi, 6.5, colors.grey)
                hh += 8
            return hh + 6
        if v in ("above", "grid"):
            self.need(h + self.fs + 8)
            self.text(x, self.y, label, self.fb if v == "grid" else self.f, self.fs - 0.5 if v == "grid" else self.fs,
                      colors.HexColor("#222222") if v == "above" else self.accent)
            top = self.y - 4
            self.field(name, x, top - h, w, h - 1, it["value"], it.get("multiline"), tip)
            extra = 0
            if it.get("hint"):
                self.text(x, top - h - 8, it["hint"], self.fi, 6.5, colors.grey)
                extra = 8
            return h + self.fs + 8 + extra
        if v == "cell":
            # official-form look: label printed small in the top-left corner of a ruled box
            bh = h + 12
            self.need(bh + 4)
            top = self.y + self.fs + 2
            self.c.setStrokeColor(colors.black)
            self.c.setLineWidth(0.6)
            self.c.rect(x, top - bh, w, bh, stroke=1, fill=0)
            self.text(x + 3, top - 8, label.rstrip(": ") + (" " + it["hint"] if it.get("hint") else ""), self.f, 6.8,
                      colors.HexColor("#333333"))
            comb = None
            if it.get("key") == "postcode" and it["value"] and it["value"].isdigit():
                comb = len(it["value"])
            fw = min(w - 4, comb * 16) if comb else w - 4
            self.field(name, x + 2, top - bh + 2, fw, h - 2, it["value"], it.get("multiline"), tip, border=False,
                       comb=comb)
            return bh
        if v == "inline":
            # paper-form look: 'Label : ______' on one line, long answers on their own line
            if it.get("multiline"):
                self.need(h + self.fs + 8)
                self.text(x, self.y, label, self.f, self.fs)
                top = self.y - 4
                self.field(name, x, top - h, w, h - 1, it["value"], True, tip)
                return h + self.fs + 10
            lw = stringWidth(label, self.f, self.fs) + 6
            self.need(h + 6)
            top = self.y + self.fs
            self.text(x, self.y, label, self.f, self.fs)
            self.field(name, x + lw, top - h + 1, w - lw - 2, h - 3, it["value"], False, tip)
            return h + 4
        if v == "below":
            self.need(h + self.fs + 10)
            top = self.y + self.fs
            self.field(name, x, top - h, w, h - 1, it["value"], it.get("multiline"), tip)
            self.text(x + 1, top - h - 8, label.rstrip(": ") + (" " + it["hint"] if it.get("hint") else ""), self.fi, 7,
                      colors.HexColor("#555555"))
            return h + 16
        raise ValueError(v)

    def item_row(self, it):
        fields = it["fields"]
        m, W = self.m, self.W
        total_w = W - 2 * m
        gap = 0 if self.variant == "cell" else 10
        weights = [1 if f.get("short") else 2.2 for f in fields]
        sw = sum(weights)
        x = m
        hmax = 0
        y0 = self.y
        # make sure the whole row fits on the page
        self.need(max(self.fheight(f) for f in fields) + self.fs + 18)
        y0 = self.y
        for f, wt in zip(fields, weights):
            w = (total_w - gap * (len(fields) - 1)) * wt / sw
            self.y = y0
            if self.variant in ("left", "left2p", "boxed"):
                # inline label
                h = self._inline(f, x, w)
            elif self.variant == "cell":
                h = self.item_field(f, x, w)
                gap = 0
            else:
                h = self.item_field(f, x, w)
            hmax = max(hmax, h)
            x += w + gap
        self.y = y0 - hmax

    def _inline(self, f, x, w):
        label = f["label"]
        lw = stringWidth(label, self.fb if self.variant == "boxed" else self.f, self.fs) + 8
        if lw > w * 0.6:
            lw = w * 0.6
        h = self.fheight(f)
        top = self.y + self.fs
        name = self.namer(label, f.get("key"))
        if self.variant == "boxed":
            self.c.setFillColor(self.light)
            self.c.setStrokeColor(colors.HexColor("#888888"))
            self.c.rect(x, top - h - 2, lw, h + 4, stroke=1, fill=1)
            self.c.rect(x + lw, top - h - 2, w - lw, h + 4, stroke=1, fill=0)
        llines = self.wrap(label, self.fb if self.variant == "boxed" else self.f, self.fs, lw - 4)
        self.text(x + 3, self.y, llines[0], self.fb if self.variant == "boxed" else self.f, self.fs)
        self.field(name, x + lw, top - h, w - lw - 2, h - 2, f["value"], f.get("multiline"), label.rstrip(": "))
        return h + 6

    def item(self, it):
        t = it["t"]
        if t == "field":
            h = self.item_field(it)
            self.y -= h
        elif t == "row":
            self.item_row(it)
        elif t == "text":
            if it.get("style") == "box":
                self.box_text(it["text"])
            else:
                lines = self.wrap(it["text"], self.fi, self.fs - 1, self.W - 2 * self.m)
                self.need(len(lines) * 11 + 6)
                for ln in lines:
                    self.text(self.m, self.y, ln, self.fi, self.fs - 1, colors.HexColor("#444444"))
                    self.y -= self.fs + 1
                self.y -= 6
        elif t == "checks":
            self.need(20 + 14 * len(it["options"]))
            self.text(self.m, self.y, it["label"], self.f, self.fs)
            self.y -= 15
            x = self.m + 10
            for txt, on in it["options"]:
                wtxt = stringWidth(txt, self.f, self.fs) + 28
                if x + wtxt > self.W - self.m:
                    x = self.m + 10
                    self.y -= 15
                nm = self.namer("cb_" + txt, None)
                if self.flat:
                    self.c.setStrokeColor(colors.black)
                    self.c.rect(x, self.y - 3, 9, 9, stroke=1, fill=0)
                    if on:
                        self.text(x + 1.5, self.y - 1.5, "X", self.fb, 9)
                    self.text(x + 14, self.y - 1, txt, self.f, self.fs)
                    x += wtxt
                    continue
                self.c.acroForm.checkbox(name="cb_%s" % nm[:20].replace(" ", "_"), x=x, y=self.y - 3, size=10,
                                         checked=on, buttonStyle=self.rng.choice(["check", "cross"]),
                                         borderColor=colors.grey, fillColor=colors.white)
                self.text(x + 14, self.y - 1, txt, self.f, self.fs)
                x += wtxt
            self.y -= 20
        elif t == "budget":
            self.budget(it)

    def budget(self, it):
        m, W = self.m, self.W
        c = self.c
        tw = W - 2 * m
        aw = 110
        n = len(it["rows"])
        empty = self.rng.choice([0, 1, 2])
        rows_h = (n + empty + 2 + len(it["fin"])) * 18 + 20
        self.need(min(rows_h, 400))
        # header
        c.setFillColor(self.light)
        c.rect(m, self.y - 5, tw, 16, stroke=0, fill=1)
        self.text(m + 4, self.y, it["head"][0], self.fb, self.fs)
        self.text(W - m - aw + 4, self.y, it["head"][1], self.fb, self.fs)
        self.y -= 20
        for i in range(n + empty):
            self.need(20)
            desc, a = (it["rows"][i][0], it["rows"][i][1]) if i < n else ("", "")
            n1 = self.namer(it["head"][0] + str(i + 1), None)
            n2 = self.namer(it["head"][1] + str(i + 1), None)
            self.field(n1, m, self.y - 4, tw - aw - 6, 15, desc)
            self.field(n2, W - m - aw, self.y - 4, aw, 15, a)
            self.y -= 18
        self.need(20)
        self.text(m + 4, self.y, it["total"][0], self.fb, self.fs)
        self.field(self.namer(it["total"][0], None), W - m - aw, self.y - 4, aw, 15, it["total"][1])
        self.y -= 22
        for lab_, a, _ in it["fin"]:
            self.need(20)
            self.text(m + 4, self.y, lab_, self.f, self.fs)
            self.field(self.namer(lab_, None), W - m - aw, self.y - 4, aw, 15, a)
            self.y -= 18
        self.y -= 6

    # ------------------------------------------------------------ main
    def render(self):
        d = self.doc
        self.header()
        cb_top = d["coord_box"] is not None and self.rng.random() < 0.5
        if cb_top:
            self.box_text(d["coord_box"]["text"])
        for i, s in enumerate(d["sections"]):
            if self.variant == "left2p" and s["id"] in ("C",) and self.page == 1:
                self.footer()
                self.c.showPage()
                self.page += 1
                self.y = self.H - self.m
                self.running_header()
            first = s["items"][0] if s["items"] else {"t": "text"}
            self.section_title(s["title"], 260 if first["t"] == "budget" else 70)
            for it in s["items"]:
                self.item(it)
            self.y -= 4
        if d["coord_box"] is not None and not cb_top:
            self.box_text(d["coord_box"]["text"])
        self.footer()
        self.c.save()
        if self.flat:
            with open(self.path, "wb") as fh:
                fh.write(self.buf.getvalue())
            return
        # ------- fill in the values the way a viewer would
        reader = PdfReader(io.BytesIO(self.buf.getvalue()))
        writer = PdfWriter(clone_from=reader)
        vals = {k: v for k, v in self.values.items() if v}
        for page in writer.pages:
            writer.update_page_form_field_values(page, vals, auto_regenerate=False)
        writer.add_metadata({"/Title": d["title"]})
        if self.rng.random() < 0.7:
            writer.set_need_appearances_writer(True)
        with open(self.path, "wb") as fh:
            writer.write(fh)


def render_form(doc, r, rng, path):
    FormPDF(doc, r, rng, path).render()
