"""PDF renderers: printed form with typed answers, fillable AcroForm form, letter."""
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import acroform
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfgen import canvas

from common import segments, plain

# --- reportlab AcroForm patches: Euro sign in appearance streams + wrapped multi-line appearances
acroform.escPDF = lambda s: escapePDF(s.replace("\u20ac", "\xa0")).replace("%", "\\045")
_orig_txAP = acroform.AcroForm.txAP


def _txAP(self, key, value, iFontName, rFontName, fontSize, **kw):
    if value and kw.get("wkind", "textfield") == "textfield":
        w = kw.get("width", 120) - 7
        out = []
        for para in value.split("\n"):
            out.extend(simpleSplit(para, "Helvetica", fontSize, w) or [""])
        value = "\n".join(out)
    return _orig_txAP(self, key, value, iFontName, rFontName, fontSize, **kw)


acroform.AcroForm.txAP = _txAP

W, H = A4
ML, MR = 40, 555
CW = MR - ML
TYPE_FONT = "Courier"
TYPE_SIZE = 9


def wrap_marked(value, font, size, width):
    """Wrap text with ~~strike~~ markup; returns list of lines, each a list of (text, struck)."""
    chars = []
    for text, st in segments(value or ""):
        chars.extend((c, st) for c in text)
    lines, cur = [], []

    def flush():
        lines.append(cur[:])
        cur.clear()

    words = []
    word = []
    for c in chars:
        if c[0] == "\n":
            if word:
                words.append(word)
                word = []
            words.append("NL")
        elif c[0] == " ":
            word.append(c)
            words.append(word)
            word = []
        else:
            word.append(c)
    if word:
        words.append(word)
    for w in words:
        if w == "NL":
            flush()
            continue
        trial = "".join(c for c, _ in cur + w).rstrip()
        if cur and stringWidth(trial, font, size) > width:
            flush()
        cur.extend(w)
    if cur or not lines:
        flush()
    out = []
    for ln in lines:
        runs = []
        for c, st in ln:
            if runs and runs[-1][1] == st:
                runs[-1][0] += c
            else:
                runs.append([c, st])
        if runs:
            runs[-1][0] = runs[-1][0].rstrip()
        out.append([(t, s) for t, s in runs])
    return out


class Form:
    def __init__(self, buf, blocks, style, fillable, stamp, title):
        self.c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.blocks = blocks
        self.style = style
        self.fillable = fillable
        self.y = H - 40
        self.page = 1
        self.header = next((b for b in blocks if b["t"] == "header"), None)
        self.names = set()
        self.start_page()

    # ------------------------------------------------------------------ page furniture
    def start_page(self):
        c = self.c
        if self.header:
            c.setFont("Helvetica", 7.5)
            c.setFillGray(0.35)
            yy = H - 28
            for ln in self.header["lines"]:
                c.drawString(ML, yy, ln)
                yy -= 9
            c.setStrokeGray(0.6)
            c.line(ML, yy + 3, MR, yy + 3)
            c.drawString(ML, 25, self.header["foot"])
            c.drawRightString(MR, 25, "p. %d" % self.page)
            c.setFillGray(0)
            c.setStrokeGray(0)
            self.y = yy - 10

    def ensure(self, h):
        if self.y - h < 45:
            self.c.showPage()
            self.page += 1
            self.start_page()

    def uname(self, name):
        n = name
        i = 2
        while n in self.names:
            n = "%s_%d" % (name, i)
            i += 1
        self.names.add(n)
        return n

    # ------------------------------------------------------------------ primitives
    def typed(self, x, y, value, width, size=TYPE_SIZE, leading=11):
        """Draw typed (Courier) text with strike markup; y = first baseline. Returns number of lines."""
        c = self.c
        lines = wrap_marked(value, TYPE_FONT, size, width)
        for i, ln in enumerate(lines):
            xx = x
            yy = y - i * leading
            for text, st in ln:
                c.setFont(TYPE_FONT, size)
                c.setFillColorRGB(0.05, 0.1, 0.35)
                c.drawString(xx, yy, text)
                w = stringWidth(text, TYPE_FONT, size)
                if st:
                    c.setStrokeColorRGB(0.05, 0.1, 0.35)
                    c.setLineWidth(0.9)
                    c.line(xx - 1, yy + size * 0.3, xx + w + 1, yy + size * 0.3)
                xx += w
        c.setFillGray(0)
        c.setStrokeGray(0)
        c.setLineWidth(1)
        return len(lines)

    def box(self, x, top, w, h):
        c = self.c
        c.setLineWidth(0.6)
        c.setStrokeGray(0.3)
        c.rect(x, top - h, w, h)
        c.setStrokeGray(0)
        c.setLineWidth(1)

    def textfield(self, name, x, top, w, h, value, multi):
        c = self.c
        val = plain(value).replace("~~", "")
        kw = dict(name=self.uname(name), x=x, y=top - h, width=w, height=h, value=val, fontName="Helvetica",
                  fontSize=9 if not multi else 8.5, borderWidth=0.6, borderColor=None, fillColor=None,
                  textColor=None, forceBorder=True)
        if multi or "\n" in val:
            kw["fieldFlags"] = "multiline"
        from reportlab.lib.colors import Color
        kw["borderColor"] = Color(0.3, 0.3, 0.3)
        kw["fillColor"] = Color(0.93, 0.95, 1)
        kw["textColor"] = Color(0, 0, 0)
        c.acroForm.textfield(**kw)

    def answer(self, name, x, top, w, h, value, multi):
        if self.fillable:
            self.textfield(name, x, top, w, h, value, multi)
        else:
            self.box(x, top, w, h)
            if value:
                size = TYPE_SIZE
                if not multi and "\n" not in value:
                    while size > 6.5 and stringWidth(plain(value), TYPE_FONT, size) > w - 6:
                        size -= 0.5
                self.typed(x + 3, top - 11, value, w - 6, size=size)

    # ------------------------------------------------------------------ blocks
    def run(self):
        for i, b in enumerate(self.blocks):
            nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
            if b["t"] == "section" and nxt and nxt["t"] == "budget":
                self.ensure(16 * (len(nxt["rows"]) + 2) + 40)
            getattr(self, "b_" + b["t"])(b)
        self.c.showPage()
        self.c.save()

    def b_header(self, b):
        pass

    def b_title(self, b):
        c = self.c
        self.ensure(40)
        size = 14
        maxw = CW - 185 if self.style == "left" else CW
        while stringWidth(b["text"], "Helvetica-Bold", size) > maxw:
            size -= 0.5
        c.setFont("Helvetica-Bold", size)
        c.drawString(ML, self.y - 12, b["text"])
        c.setFont("Helvetica", 9)
        c.drawString(ML, self.y - 26, b["sub"])
        self.y -= 38

    def b_admin(self, b):
        c = self.c
        if b.get("at_end"):
            self.ensure(60)
            x, w, top = MR - 250, 250, self.y - 8
            self.y -= 70
        else:
            x, w, top = MR - 175, 175, self.y + 4
        c.setDash(2, 2)
        c.rect(x, top - 52, w, 52)
        c.setDash()
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x + 5, top - 11, b["title"])
        c.setFont("Helvetica", 7.5)
        for i, ln in enumerate(b["lines"]):
            c.drawString(x + 5, top - 23 - i * 10, ln)
        if not b.get("at_end"):
            self.admin_bottom = top - 56

    def b_note(self, b):
        c = self.c
        width = CW if self.style == "above" else CW
        lines = simpleSplit(b["text"], "Helvetica-Oblique", 7.8, width)
        if getattr(self, "admin_bottom", None) and self.y > self.admin_bottom:
            self.y = min(self.y, self.admin_bottom)
            self.admin_bottom = None
        self.ensure(len(lines) * 9.5 + 6)
        c.setFont("Helvetica-Oblique", 7.8)
        for i, ln in enumerate(lines):
            c.drawString(ML, self.y - 8 - i * 9.5, ln)
        self.y -= len(lines) * 9.5 + 8

    def b_section(self, b):
        c = self.c
        self.ensure(60)
        self.y -= 4
        if self.style == "left":
            c.setFillGray(0.82)
            c.rect(ML, self.y - 15, CW, 15, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(ML + 4, self.y - 11, b["text"])
        else:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(ML, self.y - 12, b["text"])
            c.setLineWidth(1.5)
            c.line(ML, self.y - 16, MR, self.y - 16)
            c.setLineWidth(1)
        self.y -= 21

    # ---- fields
    def b_field(self, b):
        if self.style == "left":
            self.field_left(b)
        else:
            self.b_row({"fields": [dict(b, frac=1.0)]})

    def field_left(self, b):
        c = self.c
        lab_lines = simpleSplit(b["label"], "Helvetica", 8.5, 148)
        hint = b.get("hint")
        lab_h = len(lab_lines) * 10 + (9 if hint else 0)
        multi = b.get("multi", 0)
        box_h = 17 if not multi else 11 * multi + 8
        bx = 195
        bw = 230 if b.get("short") else MR - bx
        value = b.get("value") or ""
        mode = b.get("mode", "box")
        extra = 0
        if mode == "beside" and not b.get("short") and value:
            extra = 11 * len(wrap_marked(value, TYPE_FONT, TYPE_SIZE, bw)) + 2
        h = max(lab_h, box_h) + 5 + extra
        self.ensure(h)
        top = self.y
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(lab_lines):
            c.drawString(ML, top - 10 - i * 10, ln)
        if hint:
            c.setFont("Helvetica-Oblique", 7)
            c.setFillGray(0.4)
            c.drawString(ML, top - 10 - len(lab_lines) * 10, hint)
            c.setFillGray(0)
        if mode == "box" or self.fillable:
            self.answer(b["name"], bx, top, bw, box_h, value, multi)
        else:
            self.box(bx, top, bw, box_h)
            if mode == "beside":
                if b.get("short"):
                    self.typed(bx + bw + 5, top - 11, value, MR + 30 - (bx + bw + 5))
                else:
                    self.typed(bx + 2, top - box_h - 10, value, bw)
            elif mode == "inlabel":
                lastw = stringWidth(lab_lines[-1], "Helvetica", 8.5)
                self.typed(ML + lastw + 5, top - 10 - (len(lab_lines) - 1) * 10, value, MR - (ML + lastw + 5))
        self.y -= h

    def b_row(self, b):
        c = self.c
        fields = b["fields"]
        gap = 8
        total_w = CW - gap * (len(fields) - 1)
        hs = []
        for f in fields:
            multi = f.get("multi", 0)
            hs.append(17 if not multi else 11 * multi + 8)
        h = 11 + max(hs) + 6
        self.ensure(h)
        top = self.y
        x = ML
        for f, bh in zip(fields, hs):
            w = total_w * f.get("frac", 1.0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, top - 8, f["label"])
            value = f.get("value") or ""
            mode = f.get("mode", "box")
            if mode == "box" or self.fillable:
                self.answer(f["name"], x, top - 11, w, bh, value, f.get("multi", 0))
            else:
                self.box(x, top - 11, w, bh)
                lw = stringWidth(f["label"], "Helvetica-Bold", 8)
                self.typed(x + lw + 6, top - 8, value, max(60, w - lw - 6) if mode == "inlabel" else MR - (x + lw + 6))
            x += w + gap
        self.y -= h

    def b_check(self, b):
        c = self.c
        opts = b["options"]
        if self.style == "left" and not b.get("inline"):
            h = 12 + 13 * len(opts)
        else:
            h = 28
        self.ensure(h)
        top = self.y
        c.setFont("Helvetica-Bold" if self.style == "above" else "Helvetica", 8.5)
        c.drawString(ML, top - 9, b["label"])
        positions = []
        if self.style == "left" and not b.get("inline"):
            for i, (txt, mk) in enumerate(opts):
                positions.append((ML + 20, top - 22 - 13 * i, txt, mk))
        else:
            x = ML + 5
            for txt, mk in opts:
                positions.append((x, top - 22, txt, mk))
                x += 18 + stringWidth(txt, "Helvetica", 8.5) + 14
        for i, (x, y, txt, mk) in enumerate(positions):
            if self.fillable:
                c.acroForm.checkbox(name=self.uname("chk_%d" % i), x=x, y=y - 2, size=10, checked=bool(mk.strip()),
                                    buttonStyle="cross", borderWidth=0.6)
            else:
                c.setLineWidth(0.6)
                c.rect(x, y - 2, 10, 10)
                if mk:
                    c.setFont(TYPE_FONT, 10)
                    c.setFillColorRGB(0.05, 0.1, 0.35)
                    c.drawString(x + 1.5, y, mk)
                    c.setFillGray(0)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 15, y, txt)
        self.y -= h + 2

    def b_budget(self, b):
        c = self.c
        widths = [CW * f for f in b["widths"]]
        rh = 16
        n = len(b["rows"])
        self.ensure(rh * (n + 2) + 10)
        top = self.y
        # header row
        c.setFillGray(0.9)
        c.rect(ML, top - rh, CW, rh, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        x = ML
        for head, w in zip(b["head"], widths):
            c.drawString(x + 3, top - 11, head)
            x += w
        c.setLineWidth(0.6)
        c.rect(ML, top - rh * (n + 2), CW, rh * (n + 2))
        for r in range(1, n + 2):
            c.line(ML, top - rh * r, MR, top - rh * r)
        x = ML
        for w in widths[:-1]:
            x += w
            c.line(x, top, x, top - rh * (n + 2))
        bm = b.get("m", {})
        for r, row in enumerate(b["rows"]):
            x = ML
            rt = top - rh * (r + 1)
            for ci, (cell, w) in enumerate(zip(row, widths)):
                is_nr = len(row) == 3 and ci == 0
                if is_nr:
                    c.setFont("Helvetica", 8.5)
                    c.drawString(x + 3, rt - 11, cell)
                elif self.fillable:
                    self.textfield("b%d_%d" % (r + 1, ci), x + 1, rt - 1, w - 2, rh - 2, cell, 0)
                elif cell:
                    self.typed(x + 3, rt - 11.5, cell, w - 6)
                x += w
        # total row
        rt = top - rh * (n + 1)
        c.setFont("Helvetica-Bold", 8.5)
        lab, val = b["total"]
        xl = ML + (widths[0] if len(widths) == 3 else 0)
        c.drawString(xl + 3, rt - 11, lab)
        xa = MR - widths[-1]
        if self.fillable:
            self.textfield("b_total", xa + 1, rt - 1, widths[-1] - 2, rh - 2, val, 0)
        elif val:
            if bm.get("total") == "beside":
                self.typed(xl + 3 + stringWidth(lab, "Helvetica-Bold", 8.5) + 8, rt - 11.5, val, 150)
            else:
                self.typed(xa + 3, rt - 11.5, val, widths[-1] - 6)
        self.y -= rh * (n + 2) + 8
        for lab, val, name in b["extras"]:
            fb = {"label": lab, "value": val, "name": name, "mode": bm.get(name, "box"), "short": True,
                  "frac": 1.0}
            if self.style == "left":
                self.field_left(fb)
            else:
                self.b_row({"fields": [fb]})


def render_form(blocks, style, fillable, stamp, title):
    buf = io.BytesIO()
    Form(buf, blocks, style, fillable, stamp, title).run()
    return buf.getvalue()


# ---------------------------------------------------------------------- letters
def render_letter(L, style, title):
    """L: dict(head=[...], to=[...], place_date, subject, salute, paras=[...], close, sig=[...], ps=[...]).

    style 'a': Times letter with centred letterhead; style 'b': Courier note, no letterhead."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    if style == "a":
        font, bold, size, lead = "Times-Roman", "Times-Bold", 11, 14
    else:
        font, bold, size, lead = "Courier", "Courier-Bold", 9.5, 12.5
    y = H - 50
    left, width = 60, W - 120

    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage()
            y = H - 50

    def para(text, f=None, sz=None, indent=0, gap=None, strike_ok=True):
        nonlocal y
        f = f or font
        sz = sz or size
        for ln in wrap_marked(text, f, sz, width - indent):
            need(lead)
            xx = left + indent
            for t, st in ln:
                c.setFont(f, sz)
                c.drawString(xx, y, t)
                w = stringWidth(t, f, sz)
                if st:
                    c.line(xx - 1, y + sz * 0.3, xx + w + 1, y + sz * 0.3)
                xx += w
            y -= lead
        y -= lead * 0.5 if gap is None else gap

    if L.get("head"):
        if style == "a":
            c.setFont(bold, 13)
            c.drawCentredString(W / 2, y, L["head"][0])
            y -= 15
            c.setFont(font, 9.5)
            for ln in L["head"][1:]:
                c.drawCentredString(W / 2, y, ln)
                y -= 12
            c.line(left, y + 4, left + width, y + 4)
            y -= 18
        else:
            for ln in L["head"]:
                para(ln, gap=0)
            y -= 8
    if L.get("to"):
        x_to = left + width * 0.55 if style == "a" else left
        for ln in L["to"]:
            c.setFont(font, size)
            c.drawString(x_to, y, ln)
            y -= lead
        y -= 8
    if L.get("place_date"):
        if style == "a":
            c.setFont(font, size)
            c.drawRightString(left + width, y, L["place_date"])
            y -= lead * 2
        else:
            para(L["place_date"])
    if L.get("subject"):
        para(L["subject"], f=bold)
    if L.get("salute"):
        para(L["salute"])
    for p in L["paras"]:
        para(p)
    if L.get("close"):
        para(L["close"], gap=lead * 1.5)
    for ln in L.get("sig", []):
        para(ln, gap=0)
    if L.get("ps"):
        y -= lead
        for p in L["ps"]:
            para(p)
    c.showPage()
    c.save()
    return buf.getvalue()
