"""Fillable PDF forms with reportlab AcroForm."""
import io
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, white, black

W, H = A4
M = 40


class Namer:
    def __init__(self, rng, style):
        self.n = 0
        self.rng = rng
        self.kind = rng.choice(["Texte", "Zone de texte ", "champ"]) if style == "cerfa" else rng.choice(["Text", "Tekstvak ", "fill_", "Text Field "])
        self.descr = style == "cerfa" and rng.random() < 0.4

    def __call__(self, label):
        self.n += 1
        if self.descr and label:
            import re
            import unicodedata
            s = unicodedata.normalize("NFKD", label)
            s = re.sub(r"[^A-Za-z0-9]+", "_", "".join(c for c in s if not unicodedata.combining(c))).strip("_").lower()[:24]
            return f"{s}_{self.n}"
        return f"{self.kind}{self.n}"


def render_pdf_form(m, rng):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(m["title"])
    c.setAuthor(rng.choice(["Province", "pv", "Partons 2.0", "admin"]))
    af = c.acroForm
    cerfa = m["style"] == "cerfa"
    name = Namer(rng, m["style"])
    state = {"y": H - M}
    dark = HexColor("#1f3b64") if cerfa else HexColor("#4a7a2c")

    def footer():
        c.setFont("Helvetica", 6.5)
        c.setFillColor(black)
        c.drawCentredString(W / 2, 22, m["footer"])

    def need(h):
        if state["y"] - h < 50:
            footer()
            c.showPage()
            state["y"] = H - M

    def tf(label, value, x, y, wdt, h=15, kind="text"):
        kw = dict(name=name(label), tooltip=label or "champ", x=x, y=y, width=wdt, height=h, value=value or "",
                  fontName="Helvetica", fontSize=9 if kind != "multi" else 8, borderColor=HexColor("#555555"),
                  fillColor=HexColor("#eef3fb") if cerfa else white, textColor=black, borderWidth=0.6, forceBorder=True)
        if kind.startswith("comb"):
            n = int(kind[4:])
            kw.update(maxlen=n, fieldFlags="comb")
            kw["width"] = min(wdt, n * 14)
        elif kind == "multi":
            kw.update(fieldFlags="multiline")
        af.textfield(**kw)

    # header
    c.setFillColor(dark)
    if cerfa:
        c.rect(M, H - M - 38, W - 2 * M, 38, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(M + 8, H - M - 17, m["title"])
        c.setFont("Helvetica", 8.5)
        c.drawString(M + 8, H - M - 31, m["subtitle"])
        state["y"] = H - M - 52
    else:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(M, H - M - 14, m["title"])
        c.setFillColor(black)
        c.setFont("Helvetica", 9.5)
        c.drawString(M, H - M - 30, m["subtitle"])
        c.setStrokeColor(dark)
        c.line(M, H - M - 36, W - M, H - M - 36)
        state["y"] = H - M - 50
    for sec in m["sections"]:
        need(60)
        y = state["y"]
        if cerfa:
            c.setFillColor(HexColor("#d5deec"))
            c.rect(M, y - 14, W - 2 * M, 15, fill=1, stroke=0)
            c.setFillColor(dark)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(M + 4, y - 10, sec["title"].upper())
        else:
            c.setFillColor(dark)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(M, y - 10, sec["title"])
        c.setFillColor(black)
        state["y"] = y - 24
        for row in sec["rows"]:
            first = row[0]
            if first[0] == "__budget__":
                _, hl, lrows, hr, rrows, tot = first
                n = max(len(lrows), len(rrows))
                need(18 * (n + 2) + 10)
                y = state["y"]
                half = (W - 2 * M) / 2
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(M + 2, y - 10, hl)
                c.drawString(M + half + 6, y - 10, hr)
                c.setStrokeColor(HexColor("#888888"))
                c.rect(M, y - 18 * (n + 2) - 4, W - 2 * M, 18 * (n + 2) + 4, fill=0)
                c.line(M + half, y, M + half, y - 18 * (n + 2) - 4)
                c.setFont("Helvetica", 8)
                for i in range(n):
                    yy = y - 18 * (i + 1) - 12
                    if i < len(lrows):
                        c.drawString(M + 3, yy + 4, lrows[i][0][:46])
                        tf("montant charge", lrows[i][1], M + half - 80, yy, 74)
                    if i < len(rrows):
                        c.drawString(M + half + 6, yy + 4, rrows[i][0][:46])
                        tf("montant produit", rrows[i][1], W - M - 86, yy, 80)
                yy = y - 18 * (n + 1) - 14
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(M + 3, yy + 4, tot[0] + " DES CHARGES")
                tf("total charges", tot[1], M + half - 80, yy, 74)
                c.drawString(M + half + 6, yy + 4, tot[0] + " DES PRODUITS")
                tf("total produits", tot[2], W - M - 86, yy, 80)
                state["y"] = y - 18 * (n + 2) - 14
                continue
            if first[0] == "__costs__":
                _, hl, lrows = first
                need(16 * (len(lrows) + 1) + 10)
                y = state["y"]
                c.setFont("Helvetica-Bold", 9)
                c.drawString(M, y - 9, hl)
                c.setFont("Helvetica", 8.5)
                for i, (lab, val) in enumerate(lrows):
                    yy = y - 16 * (i + 1) - 12
                    c.drawString(M + 10, yy + 4, "- " + lab)
                    tf("", val, W - M - 120, yy, 120, 14)
                state["y"] = y - 16 * (len(lrows) + 1) - 12
                continue
            if first[2].startswith("check"):
                need(20)
                y = state["y"]
                x = M
                c.setFont("Helvetica", 8.5)
                if first[0]:
                    c.drawString(x, y - 10, first[0] + " :")
                    x += 60
                for lab, val, kind in row:
                    af.checkbox(name=name("case"), x=x, y=y - 13, size=11, checked=bool(val), buttonStyle="cross",
                                borderColor=black, fillColor=white, borderWidth=0.6)
                    c.drawString(x + 15, y - 10, kind.split(":", 1)[1])
                    x += 30 + c.stringWidth(kind.split(":", 1)[1], "Helvetica", 8.5)
                state["y"] = y - 20
                continue
            hmax = 44 if any(k == "multi" for _, _, k in row) else 15
            need(hmax + (14 if not cerfa else 6))
            y = state["y"]
            cw = (W - 2 * M) / len(row)
            for i, (lab, val, kind) in enumerate(row):
                x = M + i * cw
                h = 44 if kind == "multi" else 15
                if kind == "sig":
                    c.setFont("Helvetica", 8.5)
                    c.drawString(x, y - 10, lab + " :")
                    c.setFont("Helvetica-Oblique", 11)
                    c.drawString(x + 60, y - 12, val)
                    continue
                if cerfa:
                    c.setFont("Helvetica", 8.5)
                    lw = c.stringWidth(lab + " :", "Helvetica", 8.5) + 6
                    c.drawString(x, y - 10, lab + " :")
                    tf(lab, val, x + lw, y - h, cw - lw - 8, h, kind)
                else:
                    c.setFont("Helvetica", 8)
                    c.drawString(x, y - 8, lab)
                    tf(lab, val, x, y - 11 - h, cw - 10, h, kind)
            state["y"] = y - hmax - (8 if cerfa else 20)
    footer()
    c.save()
    return buf.getvalue()
