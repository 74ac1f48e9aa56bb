# -*- coding: utf-8 -*-
"""PDF renderers: fillable AcroForm (pdf_form) and Word-export style (pdf_letter)."""
import io
import re
import unicodedata

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from pypdf import PdfReader, PdfWriter

W, H = A4
M = 50  # margin


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").lower()
    return s[:30] or "veld"


def bold(font):
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}.get(font, font)


def _header(c, d, y):
    accent = HexColor(d.get("accent", "#000000"))
    c.setFillColor(accent)
    c.setFont(bold(d["font"]), 15)
    for line in simpleSplit(d["title"], bold(d["font"]), 15, W - 2 * M):
        c.drawString(M, y, line)
        y -= 19
    c.setFillColor(black)
    if d.get("subtitle"):
        c.setFont(d["font"], 10.5)
        c.drawString(M, y, d["subtitle"])
        y -= 15
    c.setStrokeColor(accent)
    c.setLineWidth(1.2)
    c.line(M, y + 4, W - M, y + 4)
    y -= 12
    if d.get("intro"):
        c.setFont(d["font"], 9)
        c.setFillColor(HexColor("#444444"))
        for line in simpleSplit(d["intro"], d["font"], 9, W - 2 * M):
            c.drawString(M, y, line)
            y -= 12
        c.setFillColor(black)
        y -= 6
    return y


def _section(c, d, y, text):
    accent = HexColor(d.get("accent", "#000000"))
    c.setFillColor(accent)
    c.rect(M, y - 4, W - 2 * M, 16, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(bold(d["font"]), 10)
    c.drawString(M + 5, y, text)
    c.setFillColor(black)
    return y - 24


def _norm_rows(rows):
    out = []
    for r in rows:
        if len(r) == 2:
            out.append((r[0], r[1], {}))
        else:
            out.append(r)
    return out


# ------------------------------------------------------------------ pdf_form
def pdf_form(case):
    d = case["design"]
    rows = _norm_rows(case["rows"])
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(d["title"])
    c.setAuthor(d.get("author", ""))
    c.setCreator("Form generator")
    font = d["font"]
    layout = d["layout"]
    naming = d["naming"]
    accent = HexColor(d.get("accent", "#000000"))
    fill = HexColor(d.get("fill", "#EEF3FB" if layout != "below" else "#FFFFFF"))
    values = {}
    counter = [0]
    used = set()
    page = [1]

    def fname(label, opts):
        counter[0] += 1
        if naming.startswith("generic:"):
            n = naming.split(":", 1)[1].format(counter[0])
        else:
            n = opts.get("name") or slug(label)
        base, k = n, 2
        while n in used:
            n = "%s_%d" % (base, k)
            k += 1
        used.add(n)
        return n

    def widget(label, value, opts, x, y, w, h):
        n = fname(label, opts)
        flags = "multiline" if opts.get("ml") else ""
        c.acroForm.textfield(name=n, tooltip=label, x=x, y=y, width=w, height=h,
                             value="", fontName=font, fontSize=9.5,
                             borderColor=accent if layout != "grid" else HexColor("#888888"),
                             fillColor=fill, textColor=black, borderWidth=0.8,
                             fieldFlags=flags, forceBorder=True, maxlen=None)
        values[n] = value

    def newpage_if(y, need):
        if y - need < 70:
            footer()
            c.showPage()
            page[0] += 1
            return H - 60
        return y

    def footer():
        c.setFont(font, 7.5)
        c.setFillColor(HexColor("#666666"))
        c.drawString(M, 30, d.get("footer", "Partons 2.0 - Interreg V France-Wallonie-Vlaanderen"))
        c.drawRightString(W - M, 30, str(page[0]))
        c.setFillColor(black)

    y = _header(c, d, H - 60)
    i = 0
    while i < len(rows):
        label, value, opts = rows[i]
        if label == "#":
            y = newpage_if(y, 40)
            y = _section(c, d, y, value)
            i += 1
            continue
        if label == "~":
            c.setFont(font, 9)
            for line in simpleSplit(value, font, 9, W - 2 * M):
                c.drawString(M, y, line)
                y -= 12
            i += 1
            continue
        h = opts.get("h", 18)
        if layout == "left":
            lw = 185
            lines = simpleSplit(label, font, 9.5, lw)
            need = max(h, 12 * len(lines)) + 10
            y = newpage_if(y, need)
            c.setFont(font, 9.5)
            ly = y - 12
            for ln in lines:
                c.drawString(M, ly, ln)
                ly -= 12
            widget(label, value, opts, M + lw + 10, y - h, W - 2 * M - lw - 10, h)
            y -= need
        elif layout == "above":
            lines = simpleSplit(label, bold(font), 9.5, W - 2 * M)
            need = 12 * len(lines) + h + 14
            y = newpage_if(y, need)
            c.setFont(bold(font), 9.5)
            for ln in lines:
                c.drawString(M, y - 10, ln)
                y -= 12
            widget(label, value, opts, M, y - h - 2, W - 2 * M, h)
            y -= h + 16
        elif layout == "below":
            need = h + 28
            y = newpage_if(y, need)
            widget(label, value, opts, M, y - h, W - 2 * M, h)
            c.setFont(font, 8)
            c.setFillColor(HexColor("#333333"))
            c.drawString(M + 2, y - h - 10, label)
            c.setFillColor(black)
            c.setStrokeColor(accent)
            c.line(M, y - h - 1, W - M, y - h - 1)
            y -= need
        elif layout == "grid":
            colw = (W - 2 * M - 16) / 2.0
            if opts.get("wide") or opts.get("ml"):
                y = newpage_if(y, h + 28)
                c.setFont(font, 8.5)
                c.drawString(M, y - 9, label)
                widget(label, value, opts, M, y - 12 - h, W - 2 * M, h)
                y -= h + 24
                i += 1
                continue
            # pair with next non-wide row
            pair = [(label, value, opts)]
            if i + 1 < len(rows) and rows[i + 1][0] not in ("#", "~") and not (
                    rows[i + 1][2].get("wide") or rows[i + 1][2].get("ml")):
                pair.append(rows[i + 1])
            y = newpage_if(y, h + 28)
            for k, (lb, vl, op) in enumerate(pair):
                x = M + k * (colw + 16)
                c.setFont(font, 8.5)
                c.drawString(x, y - 9, lb)
                widget(lb, vl, op, x, y - 12 - h, colw, h)
            y -= h + 24
            i += len(pair)
            continue
        i += 1

    # signature block
    y = newpage_if(y, 60)
    y -= 10
    c.setFont(font, 9)
    sig = d.get("sig") or ("Datum en handtekening" if case["lang"] == "nl" else "Date et signature")
    c.drawString(M, y, sig + ":")
    c.setStrokeColor(HexColor("#999999"))
    c.line(M + 120, y - 2, M + 330, y - 2)
    footer()
    c.save()

    # fill the widgets like a person using a PDF reader would
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    writer = PdfWriter(clone_from=reader)
    for p in writer.pages:
        names = set()
        for a in p.get("/Annots", []) or []:
            a = a.get_object()
            if a.get("/T") is not None:
                names.add(a["/T"])
        vals = {k: v for k, v in values.items() if k in names and v != ""}
        if vals:
            writer.update_page_form_field_values(p, vals, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    writer.add_metadata({"/Title": d["title"]})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ---------------------------------------------------------------- pdf_letter
def pdf_letter(case):
    d = case["design"]
    rows = _norm_rows(case["rows"])
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(d["title"])
    c.setAuthor(d.get("author", case["sender"][0]))
    c.setCreator("Microsoft® Word 2016")
    c.setProducer("Microsoft® Word 2016")
    font, vfont = d["font"], d["value_font"]
    layout = d["layout"]
    accent = HexColor(d.get("accent", "#000000"))
    y = _header(c, d, H - 60)

    def newpage_if(y, need):
        if y - need < 60:
            c.showPage()
            return H - 60
        return y

    if layout == "table":
        lw, vw = 190, W - 2 * M - 190
        for label, value, opts in rows:
            if label == "#":
                y = _section(c, d, y, value)
                continue
            ll = simpleSplit(label, bold(font), 9.5, lw - 10)
            vl = simpleSplit(value, vfont, 10, vw - 10) if value else [""]
            hrow = 12 * max(len(ll), len(vl)) + 10
            y = newpage_if(y, hrow)
            c.setStrokeColor(HexColor("#7F7F7F"))
            c.setLineWidth(0.6)
            c.setFillColor(HexColor("#F2F2F2"))
            c.rect(M, y - hrow, lw, hrow, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(M + lw, y - hrow, vw, hrow, stroke=1, fill=0)
            c.setFont(bold(font), 9.5)
            ty = y - 13
            for ln in ll:
                c.drawString(M + 5, ty, ln)
                ty -= 12
            c.setFont(vfont, 10)
            ty = y - 13
            for ln in vl:
                c.drawString(M + lw + 5, ty, ln)
                ty -= 12
            y -= hrow
    elif layout == "dotted":
        c.setFont(font, 10)
        for n, (label, value, opts) in enumerate(rows):
            if label == "#":
                y = _section(c, d, y, value)
                continue
            y = newpage_if(y, 30)
            lab = label + " :" if case["lang"] == "fr" else label + ":"
            c.setFont(font, 10)
            c.drawString(M, y, lab)
            x0 = M + c.stringWidth(lab, font, 10) + 6
            dots_w = c.stringWidth(".", font, 10)
            if n % 3 == 1 or not value:
                # value typed after the dotted line (the dots were left in)
                ndots = int(min(W - M - x0, 200) / dots_w)
                dots = "." * ndots
                c.drawString(x0, y, dots)
                if value:
                    xv = x0 + c.stringWidth(dots, font, 10) + 4
                    vl = simpleSplit(value, vfont, 10, W - M - xv)
                    if len(vl) > 1 or xv > W - M - 60:
                        y -= 14
                        vl = simpleSplit(value, vfont, 10, W - 2 * M - 20)
                        xv = M + 20
                    c.setFont(vfont, 10)
                    for ln in vl:
                        c.drawString(xv, y, ln)
                        y -= 14
                    y += 14
            else:
                vl = simpleSplit(value, vfont, 10, W - M - x0 - 10)
                c.setFont(vfont, 10)
                for k, ln in enumerate(vl):
                    c.drawString(x0 + 2, y, ln)
                    if k == len(vl) - 1:
                        rest = W - M - (x0 + 2 + c.stringWidth(ln, vfont, 10) + 4)
                        if rest > 10:
                            c.setFont(font, 10)
                            c.drawString(W - M - rest, y, "." * int(rest / dots_w))
                            c.setFont(vfont, 10)
                    else:
                        y -= 14
            y -= 22
    elif layout == "boxed":
        for label, value, opts in rows:
            if label == "#":
                y = newpage_if(y, 40)
                c.setFont(bold(font), 11.5)
                c.setFillColor(accent)
                c.drawString(M, y, value)
                c.setFillColor(black)
                y -= 18
                continue
            vl = simpleSplit(value, vfont, 10, W - 2 * M - 16) if value else [" "]
            hb = 14 + 13 * len(vl) + 6
            y = newpage_if(y, hb + 6)
            c.setStrokeColor(accent)
            c.setLineWidth(0.7)
            c.roundRect(M, y - hb, W - 2 * M, hb, 4, stroke=1, fill=0)
            c.setFont(font, 7.5)
            c.setFillColor(HexColor("#555555"))
            c.drawString(M + 6, y - 10, label.upper())
            c.setFillColor(black)
            c.setFont(vfont, 10)
            ty = y - 23
            for ln in vl:
                c.drawString(M + 8, ty, ln)
                ty -= 13
            y -= hb + 6
    y = newpage_if(y, 50)
    y -= 16
    c.setFont(font, 9)
    c.drawString(M, y, ("Opgemaakt te" if case["lang"] == "nl" else "Fait à") + " ....................   " +
                 ("op" if case["lang"] == "nl" else "le") + " ....................")
    c.save()
    return buf.getvalue()
