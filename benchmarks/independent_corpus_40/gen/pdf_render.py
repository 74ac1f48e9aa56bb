"""PDF questionnaires (fillable and printed-then-typed) and letters.
Only the standard PDF fonts are used."""
import io
from reportlab import rl_config
rl_config.invariant = 1          # fixed /CreationDate and /ID -> deterministic output
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.pdfdoc import PDFString

from common import wrap, latin1_safe

W, H = A4
GREY = colors.Color(0.45, 0.45, 0.45)
LIGHT = colors.Color(0.92, 0.92, 0.92)
DARK = colors.Color(0.18, 0.25, 0.35)


def draw(c, x, y, s, font="Helvetica", size=9, align="left"):
    """drawString that renders the ballot box with ZapfDingbats."""
    parts = s.split("\u2610")
    if align != "left":
        total = sum(stringWidth(p, font, size) for p in parts) + (len(parts) - 1) * size * 0.9
        x = x - total if align == "right" else x - total / 2
    for i, p in enumerate(parts):
        c.setFont(font, size)
        c.drawString(x, y, p)
        x += stringWidth(p, font, size)
        if i < len(parts) - 1:
            c.setLineWidth(0.5)
            c.rect(x + size * 0.1, y - size * 0.05, size * 0.65, size * 0.65, stroke=1, fill=0)
            x += size * 0.9
    c.setFont(font, size)


def new_canvas(buf, title, author, subject):
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("Formulier Partons 2.0")
    return c


class Flow:
    """Top-down cursor with page breaks; header/footer callbacks."""
    def __init__(self, c, top, bottom, decorate):
        self.c, self.top, self.bottom, self.decorate = c, top, bottom, decorate
        self.page = 1
        self.y = top

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.page += 1
            self.y = self.decorate(self.c, self.page)


def add_field(c, name, value, x, y, w, h, font, size, border=None):
    """Multi-line text widget, filled, with an appearance stream.  The
    appearance shows the wrapped lines; /V keeps the text as the user typed it."""
    typed = latin1_safe(value)
    shown = "\n".join(wrap(typed, w - 6, font, size))
    captured = []
    orig = c._addAnnotation

    def hook(annot, name=None, addtopage=1):
        captured.append(annot)
        return orig(annot, name, addtopage)
    c._addAnnotation = hook
    try:
        c.acroForm.textfield(name=name, value=shown, x=x, y=y, width=w, height=h,
                             fieldFlags="multiline", fontName=font, fontSize=size,
                             borderWidth=0, borderColor=None, fillColor=colors.white,
                             textColor=colors.black, maxlen=0)
    finally:
        c._addAnnotation = orig
    annot = captured[-1]
    annot.dict["V"] = PDFString(typed)
    annot.dict["DV"] = PDFString("")


def answer_of(rec, key):
    return rec["a"].get(key, "") or ""


# ------------------------------------------------------------------ DPF1
def render_DPF1(rec, d):
    buf = io.BytesIO()
    c = new_canvas(buf, "Aanvraagformulier Partons 2.0", "Provincie West-Vlaanderen", d["subtitle"])

    def deco(c, page):
        c.setStrokeColor(DARK)
        draw(c, 50, 805, d["header_left"][0], "Helvetica-Bold", 10)
        draw(c, 50, 794, d["header_left"][1], "Helvetica", 7.5)
        for i, s in enumerate(d["header_right"]):
            draw(c, 545, 805 - 10 * i, s, "Helvetica", 7.5, "right")
        c.setLineWidth(1.2)
        c.line(50, 778, 545, 778)
        c.setLineWidth(0.4)
        c.line(50, 40, 545, 40)
        draw(c, 50, 30, d["footer"], "Helvetica", 6.5)
        draw(c, 545, 30, "blz. / p. %d" % page, "Helvetica", 6.5, "right")
        return 760
    f = Flow(c, 760, 55, deco)
    f.y = deco(c, 1)
    draw(c, 50, f.y - 10, d["title"], "Helvetica-Bold", 14)
    draw(c, 50, f.y - 25, d["subtitle"], "Helvetica-Oblique", 9.5)
    # administration box
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.rect(395, f.y - 110, 150, 70)
    for i, s in enumerate(d["admin"]):
        draw(c, 400, f.y - 52 - 11 * i, s, "Helvetica", 7.2)
    yy = f.y - 48
    for txt, font in ((d["intro_nl"], "Helvetica"), (d["intro_fr"], "Helvetica-Oblique")):
        for line in wrap(txt, 330, font, 8):
            draw(c, 50, yy, line, font, 8)
            yy -= 10
        yy -= 4
    f.y = min(yy, f.y - 118) - 6
    minh = {"desc": 6, "particip": 4, "total": 4, "contact": 4, "seat": 3, "legal": 2}
    for num, nl, fr, key in d["items"]:
        nl_lines = wrap(nl, 225, "Helvetica-Bold", 8.5)
        fr_lines = wrap(fr, 230, "Helvetica-Oblique", 8.5)
        val = latin1_safe(answer_of(rec, key))
        n = max(minh.get(key, 2), len(wrap(val, 489, "Helvetica", 9)))
        bh = n * 10.8 + 6
        lh = max(len(nl_lines), len(fr_lines)) * 10
        f.need(lh + bh + 14)
        c.setFillColor(DARK)
        c.circle(58, f.y - 4, 7, fill=1, stroke=0)
        c.setFillColor(colors.white)
        draw(c, 58, f.y - 7, num, "Helvetica-Bold", 7.5, "center")
        c.setFillColor(colors.black)
        for i, s in enumerate(nl_lines):
            draw(c, 72, f.y - 7 - 10 * i, s, "Helvetica-Bold", 8.5)
        c.setFillColor(GREY)
        for i, s in enumerate(fr_lines):
            draw(c, 312, f.y - 7 - 10 * i, s, "Helvetica-Oblique", 8.5)
        c.setFillColor(colors.black)
        f.y -= lh + 4
        c.setStrokeColor(GREY)
        c.rect(50, f.y - bh, 495, bh)
        add_field(c, "vraag_%s" % num, answer_of(rec, key), 51, f.y - bh + 1, 493, bh - 2, "Helvetica", 9)
        f.y -= bh + 12
    f.need(60)
    draw(c, 50, f.y - 10, "Handtekening / Signature : ..........................................", "Helvetica", 8.5)
    draw(c, 330, f.y - 10, "Datum / Date : ..... / ..... / 2019", "Helvetica", 8.5)
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DPF2
def render_DPF2(rec, d):
    buf = io.BytesIO()
    c = new_canvas(buf, "Fiche de candidature Partons 2.0", "Partons 2.0", d["subtitle"])

    def deco(c, page):
        c.setFillColor(LIGHT)
        c.rect(0, 812, W, 30, fill=1, stroke=0)
        c.setFillColor(DARK)
        draw(c, 40, 822, "PARTONS 2.0  ·  Interreg V France-Wallonie-Vlaanderen", "Times-Bold", 10)
        draw(c, W - 40, 822, "Fiche de candidature – page %d" % page, "Times-Roman", 8.5, "right")
        c.setFillColor(colors.black)
        draw(c, W / 2, 22, d["footer"], "Times-Italic", 7.5, "center")
        return 795
    f = Flow(c, 795, 45, deco)
    f.y = deco(c, 1)
    draw(c, 40, f.y - 12, d["title"], "Times-Bold", 15)
    draw(c, 40, f.y - 28, d["subtitle"], "Times-Italic", 10.5)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.8)
    c.setDash(3, 2)
    c.rect(385, f.y - 112, 170, 68)
    c.setDash()
    for i, s in enumerate(d["admin"]):
        draw(c, 391, f.y - 57 - 13 * i, s, "Times-Bold" if i == 0 else "Times-Roman", 8)
    yy = f.y - 50
    for line in wrap(d["intro"], 330, "Times-Roman", 9):
        draw(c, 40, yy, line, "Times-Roman", 9)
        yy -= 11
    f.y = min(yy, f.y - 116) - 8
    minh = {"desc": 6, "particip": 4, "contact": 5, "total": 3, "cofin": 3, "org": 3, "seat": 3, "timing": 3}
    for num, q, _, key in d["items"]:
        qlines = wrap(num + " – " + q, 505, "Times-Bold", 10)
        val = latin1_safe(answer_of(rec, key))
        n = max(minh.get(key, 2), len(wrap(val, 505, "Times-Roman", 10)))
        bh = n * 12 + 6
        f.need(len(qlines) * 12 + bh + 18)
        c.setFillColor(LIGHT)
        c.rect(40, f.y - len(qlines) * 12 - 4, 515, len(qlines) * 12 + 4, fill=1, stroke=0)
        c.setFillColor(colors.black)
        for i, s in enumerate(qlines):
            draw(c, 44, f.y - 10 - 12 * i, s, "Times-Bold", 10)
        f.y -= len(qlines) * 12 + 8
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.rect(40, f.y - bh, 515, bh)
        add_field(c, "%s_reponse" % num, answer_of(rec, key), 41, f.y - bh + 1, 513, bh - 2, "Times-Roman", 10)
        f.y -= bh + 12
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DPF3 (typed on lines)
def render_DPF3(rec, d):
    buf = io.BytesIO()
    c = new_canvas(buf, "Vragenlijst projectidee", "Provincie West-Vlaanderen", d["subtitle"])

    def deco(c, page):
        draw(c, W / 2, 25, d["footer"], "Helvetica", 7, "center")
        draw(c, W - 50, 25, str(page), "Helvetica", 7, "right")
        return 800
    f = Flow(c, 800, 50, deco)
    f.y = deco(c, 1)
    draw(c, W / 2, f.y - 10, d["title"], "Times-Bold", 17, "center")
    draw(c, W / 2, f.y - 27, d["subtitle"], "Times-Roman", 11, "center")
    f.y -= 42
    lines = wrap(d["intro"], 480, "Helvetica-Oblique", 8.5)
    c.setStrokeColor(GREY)
    c.rect(50, f.y - len(lines) * 11 - 8, 495, len(lines) * 11 + 8)
    for i, s in enumerate(lines):
        draw(c, 57, f.y - 11 - 11 * i, s, "Helvetica-Oblique", 8.5)
    f.y -= len(lines) * 11 + 22
    for num, q, _, key in d["items"]:
        qlines = wrap(q, 470, "Helvetica-Bold", 10)
        ans = wrap(answer_of(rec, key), 480, "Courier", 10)
        nl = max(d["lines"].get(key, 2), len(ans))
        f.need(len(qlines) * 13 + 18 * min(nl, 3) + 8)
        for i, s in enumerate(qlines):
            if i == 0:
                draw(c, 50, f.y - 10, num, "Helvetica-Bold", 10)
            draw(c, 72, f.y - 10 - 13 * i, s, "Helvetica-Bold", 10)
        f.y -= len(qlines) * 13 + 4
        for i in range(nl):
            f.need(18)
            f.y -= 18
            c.setStrokeColor(GREY)
            c.setLineWidth(0.4)
            c.setDash(1, 2)
            c.line(60, f.y, 545, f.y)
            c.setDash()
            if i < len(ans):
                draw(c, 64, f.y + 3, ans[i], "Courier", 10)
        f.y -= 14
    f.need(40)
    draw(c, 50, f.y - 20, "Datum: ...........................      Handtekening: ..................................", "Helvetica", 9)
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DPF4 (typed in a 2-column table)
def render_DPF4(rec, d):
    buf = io.BytesIO()
    c = new_canvas(buf, "Questionnaire de candidature", "Partons 2.0", d["subtitle"])
    X0, X1, X2 = 45, 215, 550

    def deco(c, page):
        draw(c, X0, 815, "Province de Flandre-Occidentale / Provincie West-Vlaanderen", "Helvetica", 7.5)
        draw(c, X2, 815, "Woumenweg 100 – 8600 Diksmuide", "Helvetica", 7.5, "right")
        draw(c, W / 2, 22, d["footer"].format(page=page), "Helvetica", 7, "center")
        if page > 1:
            return 800
        return 800
    f = Flow(c, 800, 45, deco)
    f.y = deco(c, 1)
    draw(c, W / 2, f.y - 12, d["title"], "Helvetica-Bold", 15, "center")
    draw(c, W / 2, f.y - 27, d["subtitle"], "Helvetica", 9, "center")
    f.y -= 40
    for s in wrap(d["intro"], 505, "Helvetica-Oblique", 8.5):
        draw(c, X0, f.y - 9, s, "Helvetica-Oblique", 8.5)
        f.y -= 11
    f.y -= 8
    # table header
    def head():
        c.setFillColor(DARK)
        c.rect(X0, f.y - 16, X2 - X0, 16, fill=1, stroke=0)
        c.setFillColor(colors.white)
        draw(c, X0 + 5, f.y - 11.5, "Question", "Helvetica-Bold", 9)
        draw(c, X1 + 5, f.y - 11.5, "Réponse", "Helvetica-Bold", 9)
        c.setFillColor(colors.black)
        f.y -= 16
    head()
    for num, q, _, key in d["items"]:
        ql = wrap(num + ". " + q, X1 - X0 - 10, "Helvetica-Bold", 8.5)
        al = wrap(answer_of(rec, key), X2 - X1 - 10, "Helvetica", 9.5)
        rh = max(len(ql) * 10.5, len(al) * 12, 24) + 8
        if f.y - rh < f.bottom:
            f.need(rh + 100)
            head()
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.setFillColor(LIGHT)
        c.rect(X0, f.y - rh, X1 - X0, rh, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.rect(X1, f.y - rh, X2 - X1, rh, fill=0, stroke=1)
        for i, s in enumerate(ql):
            draw(c, X0 + 5, f.y - 12 - 10.5 * i, s, "Helvetica-Bold", 8.5)
        for i, s in enumerate(al):
            draw(c, X1 + 6, f.y - 13 - 12 * i, s, "Helvetica", 9.5)
        f.y -= rh
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ TPF1 (fillable, FR over NL)
def render_TPF1(rec, d):
    buf = io.BytesIO()
    c = new_canvas(buf, "Partons 2.0 - Candidature / Kandidatuur", "Partons 2.0", d["subtitle"])

    def deco(c, page):
        c.setStrokeColor(colors.black)
        c.setLineWidth(2)
        c.line(36, 812, W - 36, 812)
        draw(c, 36, 818, "Partons 2.0", "Times-BoldItalic", 11)
        draw(c, W - 36, 818, "Formulaire / formulier 2019 – %d" % page, "Times-Roman", 8, "right")
        c.setLineWidth(0.5)
        c.line(36, 34, W - 36, 34)
        draw(c, W / 2, 24, d["footer"], "Times-Roman", 7.5, "center")
        return 800
    f = Flow(c, 800, 45, deco)
    f.y = deco(c, 1)
    draw(c, 36, f.y - 18, d["title"], "Times-Bold", 18)
    draw(c, 36, f.y - 34, d["subtitle"], "Times-Italic", 10)
    c.setLineWidth(0.7)
    c.rect(W - 196, f.y - 100, 160, 52)
    for i, s in enumerate(d["admin"]):
        draw(c, W - 190, f.y - 60 - 13 * i, s, "Times-Roman", 8.5)
    yy = f.y - 56
    for s in wrap(d["intro"], 330, "Times-Roman", 9.5):
        draw(c, 36, yy, s, "Times-Roman", 9.5)
        yy -= 11.5
    f.y = min(yy, f.y - 104) - 10
    minh = {"desc": 6, "particip": 5, "contact": 5, "total": 4, "seat": 3}
    for num, fr, nl, key in d["items"]:
        frl = wrap(fr, 420, "Times-Bold", 10.5)
        nll = wrap(nl, 420, "Times-Italic", 10)
        val = latin1_safe(answer_of(rec, key))
        n = max(minh.get(key, 2), len(wrap(val, 517, "Times-Roman", 10.5)))
        bh = n * 12.6 + 6
        hh = 12 * (len(frl) + len(nll)) + 6
        f.need(hh + bh + 16)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.rect(36, f.y - hh + 2, 70, hh - 2, fill=1, stroke=0)
        c.setFillColor(colors.white)
        draw(c, 41, f.y - 11, "Question %s" % num, "Times-Bold", 9)
        draw(c, 41, f.y - 22, "Vraag %s" % num, "Times-Italic", 9)
        c.setFillColor(colors.black)
        yy = f.y - 11
        for s in frl:
            draw(c, 114, yy, s, "Times-Bold", 10.5)
            yy -= 12
        for s in nll:
            draw(c, 114, yy, s, "Times-Italic", 10)
            yy -= 12
        f.y -= hh + 4
        c.setLineWidth(0.6)
        c.rect(36, f.y - bh, W - 72, bh)
        add_field(c, "question_%s" % num, answer_of(rec, key), 37, f.y - bh + 1, W - 74, bh - 2, "Times-Roman", 10.5)
        f.y -= bh + 12
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ TPF2 (fillable, parts A/B/C)
def render_TPF2(rec, d):
    buf = io.BytesIO()
    c = new_canvas(buf, "Kandidatuurformulier Maak werk van je buurt", "Provincie West-Vlaanderen", d["subtitle"])

    def deco(c, page):
        draw(c, 42, 20, d["footer"], "Helvetica", 7)
        draw(c, W - 42, 20, "pagina %d" % page, "Helvetica", 7, "right")
        return 805
    f = Flow(c, 805, 40, deco)
    f.y = deco(c, 1)
    c.setFillColor(colors.Color(0.0, 0.35, 0.3))
    c.rect(42, f.y - 46, W - 84, 46, fill=1, stroke=0)
    c.setFillColor(colors.white)
    draw(c, 52, f.y - 20, d["title"], "Helvetica-Bold", 15)
    draw(c, 52, f.y - 36, d["subtitle"], "Helvetica", 9)
    c.setFillColor(colors.black)
    f.y -= 58
    c.setStrokeColor(GREY)
    c.rect(W - 200, f.y - 44, 158, 44)
    for i, s in enumerate(d["admin"]):
        draw(c, W - 195, f.y - 12 - 12 * i, s, "Helvetica", 7.5)
    yy = f.y - 10
    for s in wrap(d["intro"], 300, "Helvetica", 8.5):
        draw(c, 42, yy, s, "Helvetica", 8.5)
        yy -= 10.5
    f.y = min(yy, f.y - 48) - 12
    minh = {"desc": 6, "particip": 4, "contact": 5, "board": 3, "total": 3, "cofin": 3, "org": 3, "seat": 3}
    for num, q, _, key in d["items"]:
        if num in d["parts"]:
            f.need(80)
            c.setFillColor(colors.Color(0.85, 0.92, 0.9))
            c.rect(42, f.y - 18, W - 84, 18, fill=1, stroke=0)
            c.setFillColor(colors.black)
            draw(c, 48, f.y - 13, d["parts"][num], "Helvetica-Bold", 10)
            f.y -= 28
        ql = wrap(q, 440, "Helvetica", 9.5)
        val = latin1_safe(answer_of(rec, key))
        n = max(minh.get(key, 2), len(wrap(val, 465, "Helvetica", 9.5)))
        bh = n * 11.5 + 6
        f.need(len(ql) * 11.5 + bh + 14)
        c.setStrokeColor(colors.black)
        c.rect(42, f.y - 14, 26, 14)
        draw(c, 55, f.y - 10.5, num, "Helvetica-Bold", 8.5, "center")
        for i, s in enumerate(ql):
            draw(c, 76, f.y - 10.5 - 11.5 * i, s, "Helvetica", 9.5)
        f.y -= max(len(ql) * 11.5, 14) + 5
        c.setStrokeColor(GREY)
        c.rect(76, f.y - bh, W - 42 - 76, bh)
        add_field(c, "%s" % num, answer_of(rec, key), 77, f.y - bh + 1, W - 42 - 78, bh - 2, "Helvetica", 9.5)
        f.y -= bh + 11
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ TPF3 (printed boxes, typed inside)
def render_TPF3(rec, d):
    buf = io.BytesIO()
    c = new_canvas(buf, "Questionnaire projet Partons 2.0", "Province de Flandre-Occidentale", d["subtitle"])

    def deco(c, page):
        c.setFillColor(GREY)
        draw(c, W / 2, 22, d["footer"] + "  –  %d" % page, "Helvetica", 7, "center")
        c.setFillColor(colors.black)
        return 808
    f = Flow(c, 808, 42, deco)
    f.y = deco(c, 1)
    draw(c, 50, f.y - 16, d["title"], "Helvetica-Bold", 17)
    draw(c, 50, f.y - 31, d["subtitle"], "Helvetica-Oblique", 10)
    draw(c, 50, f.y - 46, d["intro"], "Helvetica", 8.5)
    f.y -= 60
    minl = {"desc": 5, "contact": 5, "remarks": 3, "total": 3, "cofin": 2, "seat": 2, "org": 2}
    for num, q, _, key in d["items"]:
        ex = d["examples"].get(key)
        ql = wrap(num + " " + q, 495, "Helvetica-Bold", 10)
        al = wrap(answer_of(rec, key), 480, "Helvetica", 10)
        n = max(minl.get(key, 1), len(al))
        bh = n * 12.5 + 10
        f.need(len(ql) * 12 + (10 if ex else 0) + bh + 12)
        for i, s in enumerate(ql):
            draw(c, 50, f.y - 10 - 12 * i, s, "Helvetica-Bold", 10)
        f.y -= len(ql) * 12 + 3
        if ex:
            c.setFillColor(colors.Color(0.55, 0.55, 0.55))
            draw(c, 50, f.y - 8, ex, "Helvetica-Oblique", 7.5)
            c.setFillColor(colors.black)
            f.y -= 10
        c.setStrokeColor(colors.Color(0.3, 0.3, 0.6))
        c.setLineWidth(0.8)
        c.roundRect(50, f.y - bh, 495, bh, 4)
        for i, s in enumerate(al):
            draw(c, 57, f.y - 13 - 12.5 * i, s, "Helvetica", 10)
        f.y -= bh + 12
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ TPF4 (printed bilingual 2-col, typed)
def render_TPF4(rec, d):
    buf = io.BytesIO()
    c = new_canvas(buf, "Vragenlijst / Questionnaire", "Partons 2.0", d["title"])
    X0, X1, X2 = 40, 230, W - 40

    def deco(c, page):
        draw(c, X0, 818, "Provincie West-Vlaanderen · Province de Flandre-Occidentale", "Times-Roman", 8)
        draw(c, X2, 818, "jonas.polin@west-vlaanderen.be", "Times-Roman", 8, "right")
        draw(c, W / 2, 20, d["footer"] + " – %d" % page, "Times-Roman", 7.5, "center")
        return 805
    f = Flow(c, 805, 40, deco)
    f.y = deco(c, 1)
    for s in wrap(d["title"], X2 - X0, "Times-Bold", 14):
        draw(c, X0, f.y - 14, s, "Times-Bold", 14)
        f.y -= 17
    for s in wrap(d["intro"], X2 - X0, "Times-Italic", 9.5):
        draw(c, X0, f.y - 12, s, "Times-Italic", 9.5)
        f.y -= 12
    f.y -= 12
    c.setLineWidth(0.6)
    for num, nl, fr, key in d["items"]:
        nll = wrap(num + ") " + nl, X1 - X0 - 10, "Times-Bold", 9.5)
        frl = wrap(fr, X1 - X0 - 10, "Times-Italic", 9)
        al = wrap(answer_of(rec, key), X2 - X1 - 12, "Courier", 9.5)
        rh = max((len(nll) + len(frl)) * 11, len(al) * 11.5) + 10
        f.need(rh)
        c.rect(X0, f.y - rh, X1 - X0, rh)
        c.rect(X1, f.y - rh, X2 - X1, rh)
        yy = f.y - 12
        for s in nll:
            draw(c, X0 + 5, yy, s, "Times-Bold", 9.5)
            yy -= 11
        for s in frl:
            draw(c, X0 + 5, yy, s, "Times-Italic", 9)
            yy -= 11
        for i, s in enumerate(al):
            draw(c, X1 + 6, f.y - 13 - 11.5 * i, s, "Courier", 9.5)
        f.y -= rh
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ letters
def _para_xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_letter(rec, style):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
    L = rec["letter"]
    buf = io.BytesIO()
    if style == "DL":
        base, bold, ital = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    else:
        base, bold, ital = "Times-Roman", "Times-Bold", "Times-BoldItalic"
    body = ParagraphStyle("b", fontName=base, fontSize=10 if style == "DL" else 11, leading=13.5 if style == "DL" else 14.5,
                          alignment=TA_JUSTIFY, spaceAfter=5)
    head = ParagraphStyle("h", parent=body, fontName=bold if style == "DL" else ital, spaceBefore=6, spaceAfter=2,
                          alignment=0)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, alignment=0, spaceAfter=0)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=62, rightMargin=62, topMargin=48, bottomMargin=48,
                            title=L["subject"], author=L["signature"][0], subject="Partons 2.0",
                            creator="Microsoft Word" if style == "DL" else "Writer")
    story = []
    lh = L["letterhead"]
    if style == "DL":
        story.append(Paragraph(_para_xml(lh[0]), ParagraphStyle("lh", parent=body, fontName=bold, fontSize=14,
                                                                 leading=17, textColor=DARK)))
        for s in lh[1:]:
            story.append(Paragraph(_para_xml(s), small))
        story.append(Spacer(1, 26))
        rec_tbl = Table([["", Paragraph("<br/>".join(_para_xml(s) for s in L["recipient"]), body)]],
                        colWidths=[260, 210])
        rec_tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(rec_tbl)
        story.append(Spacer(1, 18))
        story.append(Paragraph(_para_xml(L["place_date"]), ParagraphStyle("pd", parent=body, alignment=TA_RIGHT)))
    else:
        ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, spaceAfter=0)
        story.append(Paragraph(_para_xml(lh[0]), ParagraphStyle("lh", parent=ctr, fontName=bold, fontSize=16, leading=19)))
        story.append(Paragraph(" · ".join(_para_xml(s) for s in lh[1:]), ParagraphStyle("c2", parent=ctr, fontSize=9, leading=11)))
        line = Table([[""]], colWidths=[470], rowHeights=[4])
        line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
        story.append(line)
        story.append(Spacer(1, 20))
        story.append(Paragraph(_para_xml(L["place_date"]), body))
        story.append(Spacer(1, 8))
        story.append(Paragraph("<br/>".join(_para_xml(s) for s in L["recipient"]), ParagraphStyle("r", parent=body, alignment=0)))
    story.append(Spacer(1, 16))
    story.append(Paragraph("<b>%s</b>" % _para_xml(L["subject"]), ParagraphStyle("sj", parent=body, fontName=bold, alignment=0)))
    story.append(Spacer(1, 8))
    story.append(Paragraph(_para_xml(L["salutation"]), body))
    story.append(Paragraph(_para_xml(L["intro"]), body))
    for h, paras in L["sections"]:
        block = [Paragraph(_para_xml(h), head)]
        for p in paras:
            if isinstance(p, dict):
                rows = [[Paragraph(_para_xml(a), body), Paragraph(_para_xml(b), ParagraphStyle("ra", parent=body, alignment=TA_RIGHT))]
                        for a, b in p["table"]]
                t = Table(rows, colWidths=[260, 110], hAlign="LEFT")
                ts = [("GRID", (0, 0), (-1, -1), 0.4, GREY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                      ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), LIGHT)]
                if style != "DL":
                    ts = [("LINEBELOW", (0, 0), (-1, -2), 0.3, GREY), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]
                t.setStyle(TableStyle(ts))
                block.append(t)
                block.append(Spacer(1, 6))
            else:
                block.append(Paragraph(_para_xml(p), body))
        story.append(KeepTogether(block))
    story.append(Spacer(1, 10))
    story.append(Paragraph(_para_xml(L["closing"]), body))
    story.append(Spacer(1, 30))
    story.append(Paragraph("<br/>".join(_para_xml(s) for s in L["signature"]), ParagraphStyle("sg", parent=body, alignment=0)))
    doc.build(story)
    return buf.getvalue()


RENDER = {"DPF1": render_DPF1, "DPF2": render_DPF2, "DPF3": render_DPF3, "DPF4": render_DPF4,
          "TPF1": render_TPF1, "TPF2": render_TPF2, "TPF3": render_TPF3, "TPF4": render_TPF4,
          "DL": lambda rec, d: render_letter(rec, "DL"), "TL": lambda rec, d: render_letter(rec, "TL")}
