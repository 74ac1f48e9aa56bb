"""PDF renderers: pdf_form (AcroForm widgets filled afterwards, or FreeText annotations) and pdf_letter."""
import io
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from xml.sax.saxutils import escape
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import NameObject, TextStringObject

PALETTE = [colors.HexColor(x) for x in ["#1f4e79", "#7a1f1f", "#2e6b30", "#5b3a7a", "#8a5a00", "#0f6d6d", "#444444",
                                         "#9b2d5a", "#24507a", "#6b6b1f", "#1a1a66", "#803300"]]
FONTS = [("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"), ("Times-Roman", "Times-Bold", "Times-Italic"),
         ("Courier", "Courier-Bold", "Courier-Oblique")]


def _wrap(text, font, size, width, cv):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cv.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def pdf_form(c, blocks):
    v = c["v"]
    annots = c["sub"] == "annots"
    col = PALETTE[v % len(PALETTE)]
    F = FONTS[0] if v % 3 != 1 else FONTS[1]
    stacked = v % 4 in (2, 3) and not c["ls"].startswith("cols")
    cols = c["ls"].startswith("cols")
    buf = io.BytesIO()
    W, H = A4
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1)
    cv.setTitle(blocks[0][1])
    cv.setAuthor("Partons 2.0")
    slots = []   # (page, name, rect, value, multiline)
    checks = []
    page = [0]
    y = [H - 20 * mm]
    L, R = 18 * mm, W - 18 * mm
    n = [0]

    def newpage():
        cv.showPage()
        page[0] += 1
        y[0] = H - 20 * mm
        cv.setFont(F[0], 7)
        cv.setFillColor(colors.grey)
        cv.drawRightString(R, 10 * mm, "%d" % (page[0] + 1))
        cv.setFillColor(colors.black)

    def need(h):
        if y[0] - h < 22 * mm:
            newpage()

    def slot(x, yy, w, h, value, multi=False):
        n[0] += 1
        name = "f%02d" % n[0]
        slots.append((page[0], name, (x, yy, w, h), value, multi))
        if annots:
            cv.setStrokeColor(colors.grey)
            cv.setLineWidth(0.5)
            if multi:
                cv.rect(x, yy, w, h)
            else:
                cv.line(x, yy + 1, x + w, yy + 1)
        else:
            cv.acroForm.textfield(name=name, value="", x=x, y=yy, width=w, height=h, fontName="Helvetica",
                                  fontSize=9 if not multi else 8, borderColor=col, fillColor=colors.HexColor("#f4f6fb") if v % 2 == 0 else colors.white,
                                  borderWidth=0.6, fieldFlags="multiline" if multi else "", maxlen=None)

    def labelblock(lab, x, yy, wmax, size=9):
        main, sub = lab
        cv.setFont(F[0] if v % 2 else F[1], size)
        cv.setFillColor(colors.black)
        lines = _wrap(main, cv._fontname, size, wmax, cv)
        for i, ln in enumerate(lines):
            cv.drawString(x, yy - i * (size + 1), ln)
        yy2 = yy - len(lines) * (size + 1)
        if sub and not cols:
            cv.setFont(F[2], size - 1.5)
            cv.setFillColor(colors.HexColor("#555555"))
            for ln in _wrap(sub, F[2], size - 1.5, wmax, cv):
                cv.drawString(x, yy2, ln)
                yy2 -= size
            cv.setFillColor(colors.black)
        return yy - yy2

    for b in blocks:
        kind = b[0]
        if kind == "heading":
            _, main, sub, sub2 = b
            cv.setFillColor(col)
            if v % 2 == 0:
                cv.rect(0, H - 32 * mm, W, 32 * mm, stroke=0, fill=1)
                cv.setFillColor(colors.white)
            else:
                cv.rect(L, H - 31 * mm, 4 * mm, 20 * mm, stroke=0, fill=1)
            cv.setFont(F[1], 15)
            cv.drawString(L + (0 if v % 2 == 0 else 7 * mm), H - 16 * mm, main)
            cv.setFont(F[2], 10)
            if sub:
                cv.drawString(L + (0 if v % 2 == 0 else 7 * mm), H - 22 * mm, sub)
            cv.setFont(F[0], 8)
            cv.drawString(L + (0 if v % 2 == 0 else 7 * mm), H - 28 * mm, sub2)
            cv.setFillColor(colors.black)
            y[0] = H - 42 * mm
            if cols:
                cv.setFont(F[1], 8)
                cv.setFillColor(col)
                cv.drawString(L, y[0], "NL" if c["ls"] == "cols_nl_fr" else "FR")
                cv.drawString(L + 45 * mm, y[0], "FR" if c["ls"] == "cols_nl_fr" else "NL")
                cv.setFillColor(colors.black)
                y[0] -= 5 * mm
        elif kind == "section":
            need(16 * mm)
            y[0] -= 3 * mm
            main, sub = b[1]
            cv.setFillColor(col)
            cv.setFont(F[1], 11)
            t = main if not sub else "%s  -  %s" % (main, sub)
            cv.drawString(L, y[0], t)
            cv.setStrokeColor(col)
            cv.line(L, y[0] - 2, R, y[0] - 2)
            cv.setFillColor(colors.black)
            y[0] -= 7 * mm
        elif kind == "field":
            _, key, lab, value, multi = b
            h = 18 * mm if multi else 6 * mm
            if cols:
                need(h + 4 * mm)
                cv.setFont(F[0], 8.5)
                for i, ln in enumerate(_wrap(lab[0], F[0], 8.5, 42 * mm, cv)):
                    cv.drawString(L, y[0] - i * 9.5, ln)
                cv.setFont(F[2], 8.5)
                for i, ln in enumerate(_wrap(lab[1], F[2], 8.5, 42 * mm, cv)):
                    cv.drawString(L + 45 * mm, y[0] - i * 9.5, ln)
                slot(L + 92 * mm, y[0] - h + 8, R - L - 92 * mm, h, value, multi)
                y[0] -= h + 4 * mm
            elif stacked:
                need(h + 12 * mm)
                lh = labelblock(lab, L, y[0], R - L)
                slot(L, y[0] - lh - h + 6, R - L, h, value, multi)
                y[0] -= lh + h + 3 * mm
            else:
                need(h + 5 * mm)
                lh = labelblock(lab, L, y[0], 60 * mm)
                slot(L + 63 * mm, y[0] - h + 8, R - L - 63 * mm, h, value, multi)
                y[0] -= max(lh + 2 * mm, h + 3 * mm)
        elif kind == "check":
            _, lab, opts = b
            need(10 * mm)
            labelblock(lab, L, y[0], 60 * mm)
            x = L + 63 * mm
            for text, on in opts:
                n[0] += 1
                name = "cb%02d" % n[0]
                cv.acroForm.checkbox(name=name, checked=False, x=x, y=y[0] - 3, size=10, buttonStyle="cross",
                                     borderColor=col, fillColor=colors.white)
                checks.append((page[0], name, on))
                cv.setFont(F[0], 9)
                cv.drawString(x + 14, y[0], text)
                x += 55 * mm
            y[0] -= 9 * mm
        elif kind == "table":
            _, tkey, lab, amt_hdr, rows, tot = b
            need(14 * mm + 8 * mm * (len(rows) + 1))
            cv.setFont(F[1], 9)
            t = lab[0] if not lab[1] else "%s / %s" % lab
            cv.drawString(L, y[0], t)
            a = amt_hdr[0] if not amt_hdr[1] else "%s / %s" % amt_hdr
            cv.drawRightString(R, y[0], a)
            y[0] -= 4 * mm
            for desc, amt in rows + [("", "")]:
                slot(L, y[0] - 5 * mm, R - L - 45 * mm, 5.5 * mm, desc)
                slot(R - 42 * mm, y[0] - 5 * mm, 42 * mm, 5.5 * mm, amt)
                y[0] -= 7 * mm
            cv.setFont(F[1], 9)
            tl = tot[0][0] if not tot[0][1] else "%s / %s" % tot[0]
            cv.drawRightString(R - 45 * mm, y[0] - 3 * mm, tl)
            slot(R - 42 * mm, y[0] - 5 * mm, 42 * mm, 5.5 * mm, tot[1])
            y[0] -= 10 * mm
        elif kind == "note":
            need(10 * mm)
            n[0] += 1
            slot(L, y[0] - 6 * mm, R - L, 6 * mm, b[1])
            y[0] -= 9 * mm
        elif kind == "footer":
            need(12 * mm)
            cv.setFont(F[2], 7)
            cv.setFillColor(colors.HexColor("#555555"))
            for i, ln in enumerate(_wrap(b[1], F[2], 7, R - L, cv)):
                cv.drawString(L, y[0] - i * 8, ln)
            cv.setFillColor(colors.black)
            y[0] -= 12 * mm
    cv.save()
    rd = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=rd)
    if annots:
        for pg, name, (x, yy, ww, hh), value, multi in slots:
            if not value:
                continue
            fs = 9 if not multi else 8
            rect = (x + 1, yy + 2, x + ww, yy + hh + (4 if not multi else 0))
            value = value.replace("\u00a0", " ").replace("\u202f", " ")
            an = FreeText(text=value, rect=rect, font="Helvetica", font_size="%dpt" % fs,
                          font_color="00007f" if v % 2 else "000000", border_color=None, background_color=None)
            an[NameObject("/T")] = TextStringObject("%s %s" % (c["cf"], c["cl"]) if v % 2 else "Utilisateur")
            w.add_annotation(pg, an)
    else:
        vals = {name: value.replace("\u00a0", " ").replace("\u202f", " ") for _, name, _, value, _ in slots}
        for pg in w.pages:
            w.update_page_form_field_values(pg, vals, auto_regenerate=False)
        w.set_need_appearances_writer(True)
        for pg, name, on in checks:
            if on:
                for a in w.pages[pg].get("/Annots", []):
                    a = a.get_object()
                    if a.get("/T") == name:
                        a[NameObject("/V")] = NameObject("/Yes")
                        a[NameObject("/AS")] = NameObject("/Yes")
    w.add_metadata({"/Producer": "Partons 2.0 form", "/Title": blocks[0][1],
                    "/ModDate": c["date"].strftime("D:%Y%m%d%H%M%S+02'00'"), "/CreationDate": "D:20190320090000+01'00'"})
    o = io.BytesIO()
    w.write(o)
    return o.getvalue()


def pdf_letter(c, blocks):
    """A form typed in a word processor and exported to PDF: answers are page text."""
    v = c["v"]
    col = PALETTE[(v + 5) % len(PALETTE)]
    F = FONTS[v % 2]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title=blocks[0][1], author="", creator="Microsoft Word" if v % 2 else "LibreOffice Writer", invariant=1)
    st = {
        "h": ParagraphStyle("h", fontName=F[1], fontSize=15, leading=18, textColor=col, spaceAfter=2),
        "hs": ParagraphStyle("hs", fontName=F[2], fontSize=10, leading=12, textColor=col),
        "s": ParagraphStyle("s", fontName=F[1], fontSize=11, leading=14, textColor=col, spaceBefore=8, spaceAfter=4),
        "l": ParagraphStyle("l", fontName=F[1] if v % 3 else F[0], fontSize=9, leading=11),
        "li": ParagraphStyle("li", fontName=F[2], fontSize=8, leading=10, textColor=colors.HexColor("#555555")),
        "v": ParagraphStyle("v", fontName=F[0], fontSize=10, leading=12.5),
        "f": ParagraphStyle("f", fontName=F[2], fontSize=7.5, leading=9, textColor=colors.grey),
    }
    P = lambda t, s: Paragraph(escape(t), st[s])
    cols = c["ls"].startswith("cols")
    style_kind = v % 3 if not cols else 3  # 0 grid, 1 'label: value' lines, 2 zebra, 3 three columns
    story = []
    rows = []

    def flush():
        if not rows:
            return
        if style_kind == 3:
            t = Table(rows, colWidths=[45 * mm, 45 * mm, 80 * mm])
        else:
            t = Table(rows, colWidths=[62 * mm, 108 * mm])
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if style_kind in (0, 3):
            ts += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f5"))]
        if style_kind == 2:
            for i in range(0, len(rows), 2):
                ts.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f3f3")))
            ts.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey))
        t.setStyle(TableStyle(ts))
        story.append(t)
        rows.clear()

    def labcell(lab):
        main, sub = lab
        if style_kind == 3:
            return [P(main, "l")], [P(sub or "", "li")]
        out = [P(main + (":" if style_kind == 1 else ""), "l")]
        if sub:
            out.append(P(sub, "li"))
        return out, None

    for b in blocks:
        k = b[0]
        if k == "heading":
            _, main, sub, sub2 = b
            story.append(P(main, "h"))
            if sub:
                story.append(P(sub, "hs"))
            story.append(P(sub2, "f"))
            story.append(Spacer(1, 6 * mm))
        elif k == "section":
            flush()
            main, sub = b[1]
            story.append(P(main if not sub else "%s / %s" % (main, sub), "s"))
        elif k == "field":
            _, key, lab, value, multi = b
            a, bb = labcell(lab)
            val = [P(value or " ", "v")]
            rows.append([a, bb, val] if style_kind == 3 else [a, val])
        elif k == "check":
            _, lab, opts = b
            a, bb = labcell(lab)
            val = [P("   ".join(("[X] " if on else "[  ] ") + t for t, on in opts), "v")]
            rows.append([a, bb, val] if style_kind == 3 else [a, val])
        elif k == "table":
            flush()
            _, tkey, lab, amt_hdr, trows, tot = b
            h1 = lab[0] if not lab[1] else "%s / %s" % lab
            h2 = amt_hdr[0] if not amt_hdr[1] else "%s / %s" % amt_hdr
            tl = tot[0][0] if not tot[0][1] else "%s / %s" % tot[0]
            data = [[P(h1, "l"), P(h2, "l")]] + [[P(d, "v"), P(a, "v")] for d, a in trows] + [[P(tl, "l"), P(tot[1], "l")]]
            t = Table(data, colWidths=[120 * mm, 50 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                                   ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
            story.append(Spacer(1, 2 * mm))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "note":
            flush()
            story.append(P(b[1], "v"))
        elif k == "footer":
            flush()
            story.append(Spacer(1, 6 * mm))
            story.append(P(b[1], "f"))
    flush()
    doc.build(story)
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    d = c["date"].strftime("D:%Y%m%d%H%M%S+02'00'")
    w.add_metadata({"/CreationDate": d, "/ModDate": d, "/Producer": "Microsoft Word 2016" if v % 2 else "LibreOffice 6.2"})
    o = io.BytesIO()
    w.write(o)
    return o.getvalue()
