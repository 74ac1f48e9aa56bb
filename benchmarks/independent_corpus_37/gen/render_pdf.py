"""PDF renderers (reportlab, standard PDF fonts only): flowing forms, a drawn
'paper' form, a fillable AcroForm (values filled with pypdf) and letters."""
import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from content import Builder, coord_text, plain, runs
from data import COORD, fmt_amt, fmt_phone

FAM = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
PALETTE = ["#1f5f8b", "#2e7d32", "#8e244d", "#b35c00", "#4a4a8a", "#006b6b", "#5d4037", "#c62828", "#37474f"]


def rl(text):
    """markup -> reportlab paragraph XML"""
    out = []
    for t, b, s, i in runs(text):
        t = escape(t).replace("\n", "<br/>")
        if b:
            t = f"<b>{t}</b>"
        if s:
            t = f"<strike>{t}</strike>"
        if i:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


def is_amountish(s):
    p = plain(s).strip()
    return bool(p) and sum(ch.isdigit() for ch in p) >= max(1, len(p.replace(" ", "")) // 2) and len(p) < 40


class Theme:
    def __init__(self, rng, design):
        self.rng = rng
        fam = {"platy": ["Helvetica"], "platy2": ["Times", "Helvetica"], "platy3": ["Helvetica", "Times"]}.get(design, ["Helvetica", "Times"])
        self.fam = rng.choice(fam)
        self.f, self.fb, self.fi = FAM[self.fam]
        self.value_font = rng.choice([self.f, self.f, "Courier"]) if design == "platy" else self.f
        self.accent = colors.HexColor(rng.choice(PALETTE))
        self.light = colors.Color(self.accent.red, self.accent.green, self.accent.blue, alpha=0.12)
        self.size = rng.choice([9, 9.5, 10, 10.5])
        self.title_style = {"platy": "band", "platy2": "letterhead", "platy3": "rule"}.get(design, rng.choice(["band", "rule", "boxed"]))
        self.head_style = {"platy": "bar", "platy2": "underline", "platy3": "plain"}.get(design, "bar")
        if rng.random() < 0.3:
            self.head_style = rng.choice(["bar", "underline", "plain", "caps"])
        self.table_style = rng.choice(["grid", "lines", "zebra"])
        self.margins = rng.choice([15, 18, 20, 22]) * mm
        ss = {}
        ss["normal"] = ParagraphStyle("n", fontName=self.f, fontSize=self.size, leading=self.size * 1.3)
        ss["value"] = ParagraphStyle("v", parent=ss["normal"], fontName=self.value_font)
        ss["label"] = ParagraphStyle("l", parent=ss["normal"], fontName=self.fb if rng.random() < 0.6 else self.f,
                                     textColor=colors.HexColor("#222222"))
        ss["small"] = ParagraphStyle("s", parent=ss["normal"], fontSize=self.size - 2, leading=(self.size - 2) * 1.25,
                                     textColor=colors.HexColor("#555555"))
        ss["note"] = ParagraphStyle("no", parent=ss["normal"], fontName=self.fi, fontSize=self.size - 1,
                                    leading=(self.size - 1) * 1.3, textColor=colors.HexColor("#444444"))
        ss["instr"] = ParagraphStyle("in", parent=ss["note"], textColor=colors.HexColor("#666666"))
        ss["h"] = ParagraphStyle("h", parent=ss["normal"], fontName=self.fb, fontSize=self.size + 2.5,
                                 leading=(self.size + 2.5) * 1.3, spaceBefore=8, spaceAfter=4,
                                 textColor=self.accent if self.head_style != "bar" else colors.white)
        ss["title"] = ParagraphStyle("t", parent=ss["normal"], fontName=self.fb, fontSize=self.size + 8,
                                     leading=(self.size + 8) * 1.2)
        ss["sub"] = ParagraphStyle("st", parent=ss["normal"], fontSize=self.size + 1, textColor=colors.HexColor("#333333"))
        ss["cell"] = ParagraphStyle("c", parent=ss["normal"], fontSize=self.size - 0.5, leading=(self.size - 0.5) * 1.25)
        ss["cellr"] = ParagraphStyle("cr", parent=ss["cell"], alignment=TA_RIGHT)
        ss["cellh"] = ParagraphStyle("ch", parent=ss["cell"], fontName=self.fb)
        ss["cellhr"] = ParagraphStyle("chr", parent=ss["cellh"], alignment=TA_RIGHT)
        self.ss = ss


def flow_story(doc, th, width):
    ss = th.ss
    story = []
    # title area
    if th.title_style == "band":
        t = Table([[Paragraph(rl(doc["title"]), ParagraphStyle("tb", parent=ss["title"], textColor=colors.white))],
                   [Paragraph(rl(doc["subtitle"]), ParagraphStyle("sb", parent=ss["sub"], textColor=colors.white))]],
                  colWidths=[width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), th.accent), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]))
        story += [t, Spacer(1, 8)]
    elif th.title_style == "letterhead" and doc.get("org"):
        story.append(Paragraph(rl(doc["org"]), ParagraphStyle("lh", parent=ss["title"], textColor=th.accent, alignment=TA_CENTER)))
        story.append(Table([[""]], colWidths=[width], style=[("LINEBELOW", (0, 0), (-1, -1), 1.2, th.accent)]))
        story.append(Spacer(1, 6))
        story.append(Paragraph(rl(f"**{doc['title']}** – {doc['subtitle']}"), ss["sub"]))
        story.append(Spacer(1, 6))
    elif th.title_style == "boxed":
        t = Table([[Paragraph(rl(doc["title"]), ss["title"])], [Paragraph(rl(doc["subtitle"]), ss["sub"])]], colWidths=[width])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, th.accent), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
        story += [t, Spacer(1, 8)]
    else:
        story.append(Paragraph(rl(doc["title"]), ss["title"]))
        story.append(Paragraph(rl(doc["subtitle"]), ss["sub"]))
        story.append(Table([[""]], colWidths=[width], style=[("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
        story.append(Spacer(1, 6))

    for blk in doc["blocks"]:
        t = blk["t"]
        if t == "h":
            txt = blk["text"].upper() if th.head_style == "caps" else blk["text"]
            if th.head_style == "bar":
                tb = Table([[Paragraph(rl(txt), ss["h"])]], colWidths=[width])
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), th.accent), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                story += [Spacer(1, 8), tb, Spacer(1, 4)]
            elif th.head_style == "underline":
                story.append(Paragraph(rl(txt), ss["h"]))
                story.append(Table([[""]], colWidths=[width], style=[("LINEABOVE", (0, 0), (-1, -1), 0.6, th.accent)]))
            else:
                story.append(Paragraph(rl(txt), ss["h"]))
        elif t == "p":
            st = ss.get(blk.get("style") or "normal", ss["normal"])
            if blk.get("style") == "instr":
                tb = Table([[Paragraph(rl(blk["text"]), st)]], colWidths=[width])
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f1f1"))]))
                story += [tb, Spacer(1, 4)]
            else:
                story += [Paragraph(rl(blk["text"]), st), Spacer(1, 3)]
        elif t == "fields":
            story += fields_flow(blk, th, width)
        elif t == "table":
            story += table_flow(blk, th, width)
        elif t == "box":
            inner = [Paragraph(rl(f"**{blk['title']}**"), ss["normal"])] + [Paragraph(rl(x), ss["normal"]) for x in blk["lines"]]
            tb = Table([[inner]], colWidths=[width])
            tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, th.accent), ("BACKGROUND", (0, 0), (-1, -1), th.light),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story += [Spacer(1, 4), tb, Spacer(1, 6)]
        elif t == "check":
            opts = "    ".join(("[X] " if ck else "[  ] ") + o for o, ck in blk["options"])
            story += [Paragraph(rl(blk["label"]) + ":   " + escape(opts), ss["normal"]), Spacer(1, 4)]
        elif t == "sign":
            part = [Paragraph(rl(ln), ss["normal"]) for ln in blk["lines"]]
            part.append(Spacer(1, 24))
            part.append(Table([[""]], colWidths=[60 * mm], style=[("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)],
                              hAlign="LEFT"))
            story.append(KeepTogether(part))
        elif t == "pb":
            story.append(PageBreak())
    return story


def fields_flow(blk, th, width):
    ss = th.ss
    rows = blk["rows"]
    lay = blk.get("layout") or "grid2"
    out = []
    if lay in ("grid2", "numbered", None):
        data = []
        for i, (l, v) in enumerate(rows):
            lab = f"{blk.get('prefix', '')}{i + 1} {l}" if lay == "numbered" else l
            data.append([Paragraph(rl(lab), ss["label"]), Paragraph(rl(v), ss["value"])])
        tb = Table(data, colWidths=[width * 0.36, width * 0.64])
        st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if th.table_style == "grid":
            st += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (0, -1), th.light)]
        elif th.table_style == "zebra":
            st += [("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, th.light]), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]
        else:
            st += [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]
        tb.setStyle(TableStyle(st))
        out += [tb, Spacer(1, 6)]
    elif lay == "grid4":
        data = []
        for i in range(0, len(rows), 2):
            pair = rows[i:i + 2] + ([("", "")] if len(rows[i:i + 2]) == 1 else [])
            data.append([Paragraph(rl(pair[0][0]), ss["label"]), Paragraph(rl(pair[0][1]), ss["value"]),
                         Paragraph(rl(pair[1][0]), ss["label"]), Paragraph(rl(pair[1][1]), ss["value"])])
        tb = Table(data, colWidths=[width * 0.17, width * 0.33, width * 0.17, width * 0.33])
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BACKGROUND", (0, 0), (0, -1), th.light), ("BACKGROUND", (2, 0), (2, -1), th.light)]))
        out += [tb, Spacer(1, 6)]
    elif lay == "above":
        data = []
        for l, v in rows:
            data.append([[Paragraph(rl(l), ss["small"]), Paragraph(rl(v) or "&nbsp;", ss["value"])]])
        tb = Table(data, colWidths=[width])
        tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
        out += [tb, Spacer(1, 6)]
    elif lay == "dots":
        data = [[Paragraph(rl(l), ss["label"]), Paragraph(rl(v), ss["value"])] for l, v in rows]
        tb = Table(data, colWidths=[width * 0.33, width * 0.67])
        tb.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.5, colors.grey, None, (1, 2))]))
        out += [tb, Spacer(1, 6)]
    else:  # lines
        for l, v in rows:
            out.append(Paragraph(f"<b>{escape(l)}:</b> " + rl(v), ss["normal"]))
        out.append(Spacer(1, 6))
    return out


def table_flow(blk, th, width):
    ss = th.ss
    head, rows, kinds = blk["head"], blk["rows"], blk["kinds"]
    ncol = len(head)
    if ncol == 2:
        cw = [width * 0.72, width * 0.28]
    elif ncol == 3:
        cw = [width * 0.25, width * 0.5, width * 0.25]
        if any(k == "request" for k in kinds) or head[1] in ("Status", "Stand van zaken", "État", "Statut", "Acquis / sollicité"):
            cw = [width * 0.5, width * 0.22, width * 0.28]
    else:
        cw = [width * 0.43] + [width * 0.19] * 3 if head[0] != "Charges" else [width * 0.32, width * 0.18, width * 0.32, width * 0.18]
    numcols = [j for j in range(ncol) if j > 0 and any(is_amountish(r[j]) for r in rows)]
    if head[0] == "Charges":
        numcols = [1, 3]
    data = [[Paragraph(rl(h), ss["cellhr"] if j in numcols else ss["cellh"]) for j, h in enumerate(head)]]
    st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, (r, k) in enumerate(zip(rows, kinds), start=1):
        cells = []
        for j, v in enumerate(r):
            txt = rl(v)
            if k in ("total", "total2", "cat", "request") and "<b>" not in txt:
                txt = f"<b>{txt}</b>"
            if k in ("sub", "inkind"):
                txt = f"<i>{txt}</i>"
            cells.append(Paragraph(txt, ss["cellr"] if j in numcols else ss["cell"]))
        data.append(cells)
        if k in ("total", "total2"):
            st.append(("LINEABOVE", (0, i), (-1, i), 1, colors.black))
            st.append(("BACKGROUND", (0, i), (-1, i), th.light))
        if k == "cat":
            st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eeeeee")))
    tb = Table(data, colWidths=cw, repeatRows=1)
    if th.table_style == "grid":
        st += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), th.light)]
    elif th.table_style == "zebra":
        st += [("LINEBELOW", (0, 0), (-1, 0), 1, th.accent), ("BOX", (0, 0), (-1, -1), 0.6, th.accent)]
    else:
        st += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    tb.setStyle(TableStyle(st))
    out = []
    if blk.get("caption"):
        out.append(Paragraph(rl(f"**{blk['caption']}**"), ss["normal"]))
        out.append(Spacer(1, 2))
    out += [tb, Spacer(1, 8)]
    return out


def render_flow(case, path):
    b = Builder(case)
    doc = b.build()
    th = Theme(case["rng"], doc["design"])
    buf = io.BytesIO()
    W, Hh = A4
    m = th.margins
    width = W - 2 * m
    lang = doc["lang"]

    def deco(canv, d):
        canv.saveState()
        canv.setFont(th.f, 7.5)
        canv.setFillColor(colors.HexColor("#666666"))
        if doc["header"]:
            canv.drawString(m, Hh - m / 2 - 2, doc["header"])
        if doc["footer"]:
            canv.drawString(m, m / 2, doc["footer"])
        pg = ("pagina " if lang == "nl" else "page ") + str(canv.getPageNumber())
        canv.drawRightString(W - m, m / 2 - 9 if doc["footer"] else m / 2, pg)
        canv.restoreState()

    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m + 4, bottomMargin=m + 6,
                           title=doc["title"], author=case["contact"]["first"] + " " + case["contact"]["last"])
    sd.build(flow_story(doc, th, width), onFirstPage=deco, onLaterPages=deco)
    open(path, "wb").write(buf.getvalue())


# =========================================================================== paper form (canvas)
class Canv:
    def __init__(self, path, font, rng):
        self.c = rlcanvas.Canvas(path, pagesize=A4)
        self.W, self.H = A4
        self.font = font
        self.rng = rng
        self.y = self.H - 20 * mm
        self.x0 = 18 * mm
        self.w = self.W - 36 * mm

    def need(self, h, footer=None):
        if self.y - h < 22 * mm:
            self.newpage(footer)

    def newpage(self, footer=None):
        if footer:
            footer(self)
        self.c.showPage()
        self.y = self.H - 20 * mm

    def text(self, x, y, s, font=None, size=9, color=colors.black):
        self.c.setFont(font or self.font, size)
        self.c.setFillColor(color)
        self.c.drawString(x, y, s)


def draw_markup(cv, x, y, s, size, font_r, font_b, value_font=None, right=None):
    """Draw one line with **bold** / ~~strike~~ runs. right = x of right edge (right-aligned)."""
    rs = runs(s.replace("~~ **", "~~   **"))
    fonts = [(font_b if b else (value_font or font_r)) for (_, b, _, _) in rs]
    widths = [cv.c.stringWidth(t, f, size) for (t, _, _, _), f in zip(rs, fonts)]
    if right is not None:
        x = right - sum(widths)
    for (t, b, st, it), f, wd in zip(rs, fonts, widths):
        cv.c.setFont(f, size)
        cv.c.drawString(x, y, t)
        if st:
            cv.c.setLineWidth(0.8)
            cv.c.line(x, y + size * 0.3, x + wd, y + size * 0.3)
        x += wd


def render_paper(case, path):
    """A printed form with labelled boxes, filled in 'typed' (Courier) values."""
    bld = Builder(case)
    rng = case["rng"]
    lang = case["lang"]
    b = case["budget"]
    V = bld.V
    fam = rng.choice(["Helvetica", "Times"])
    fr, fb, fi = FAM[fam]
    vf = "Courier"
    acc = colors.HexColor(rng.choice(PALETTE))
    cv = Canv(path, fr, rng)
    c = cv.c
    page = [1]

    def footer(cvv):
        cvv.c.setFont(fr, 7)
        cvv.c.setFillColor(colors.grey)
        txt = (f"Partons 2.0 – formulier projectidee – blad {page[0]}" if lang == "nl" else f"Partons 2.0 – fiche projet – feuillet {page[0]}")
        cvv.c.drawCentredString(cvv.W / 2, 12 * mm, txt)
        cvv.c.setFillColor(colors.black)
        page[0] += 1

    # header: logo-ish circle + title
    c.setFillColor(acc)
    c.circle(cv.x0 + 9 * mm, cv.y - 6 * mm, 9 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(fb, 10)
    c.drawCentredString(cv.x0 + 9 * mm, cv.y - 7.5 * mm, "P2.0")
    c.setFillColor(colors.black)
    c.setFont(fb, 15)
    c.drawString(cv.x0 + 24 * mm, cv.y - 3 * mm, "FORMULIER PROJECTIDEE" if lang == "nl" else "FICHE PROJET")
    c.setFont(fr, 9)
    c.drawString(cv.x0 + 24 * mm, cv.y - 9 * mm, "Maak werk van je buurt! – Partons 2.0 – indienen vóór 16/06/2019" if lang == "nl"
                 else "Appel à projets Partons 2.0 – à renvoyer avant le 16/06/2019")
    cv.y -= 22 * mm
    if "coord_box" in case["traps"]:
        lines = simpleSplit(coord_text(lang, "slash"), fi, 8, cv.w - 6 * mm)
        h = 4 * mm + 10 * len(lines)
        c.setStrokeColor(acc)
        c.rect(cv.x0, cv.y - h, cv.w, h)
        for i, ln in enumerate(lines):
            cv.text(cv.x0 + 3 * mm, cv.y - 4 * mm - i * 10, ln, fi, 8)
        cv.y -= h + 6 * mm

    def section(title):
        cv.need(20 * mm, footer)
        c.setFillColor(acc)
        c.rect(cv.x0, cv.y - 6 * mm, cv.w, 6 * mm, fill=1, stroke=0)
        cv.text(cv.x0 + 2 * mm, cv.y - 4.3 * mm, title.upper(), fb, 9.5, colors.white)
        cv.y -= 8 * mm

    def boxes(rows, cols=2):
        """rows of (label, value) into labelled boxes, `cols` per line"""
        i = 0
        while i < len(rows):
            chunk = rows[i:i + cols]
            # long values take a full line
            if any(len(plain(v)) > 38 for _, v in chunk) and cols > 1:
                chunk = rows[i:i + 1]
            wbox = cv.w / len(chunk)
            hbox = 11 * mm
            vals = [simpleSplit(plain(v), vf, 9.5, wbox - 4 * mm) or [""] for _, v in chunk]
            hbox = max(hbox, 7 * mm + 4.2 * mm * max(len(v) for v in vals))
            cv.need(hbox + 2 * mm, footer)
            for j, ((l, v), vl) in enumerate(zip(chunk, vals)):
                x = cv.x0 + j * wbox
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.6)
                c.rect(x, cv.y - hbox, wbox, hbox)
                cv.text(x + 1.5 * mm, cv.y - 3.2 * mm, l, fr, 7, colors.HexColor("#444444"))
                for k, ln in enumerate(vl):
                    cv.text(x + 3 * mm, cv.y - 8 * mm - k * 4.2 * mm, ln, vf, 9.5)
            cv.y -= hbox
            i += len(chunk)
        cv.y -= 4 * mm

    S = bld.S
    section(("A. " if rng.random() < 0.5 else "") + S["app"])
    rows = bld.applicant_rows(split_name=True, split_addr=1)
    boxes(rows, cols=rng.choice([2, 3]))
    extra = []
    for tb in bld.trap_blocks("applicant"):
        extra += tb["rows"]
    if extra:
        boxes(extra, 2)
    section(S["proj"])
    boxes([(bld.L["title"], case["title"])], 1)
    desc = case["desc"]
    boxes([("Omschrijving" if lang == "nl" else "Description", desc)], 1)
    for tb in bld.trap_blocks("project"):
        boxes(tb["rows"], 1)

    # budget grid
    section(S["budget"])
    for tb in bld.trap_blocks("budget"):
        for ln in simpleSplit(plain(tb["text"]), fi, 8, cv.w):
            cv.need(5 * mm, footer)
            cv.text(cv.x0, cv.y, ln, fi, 8, colors.HexColor("#555555"))
            cv.y -= 3.8 * mm
        cv.y -= 2 * mm

    def grid(t):
        head, rows_, kinds = t["head"], t["rows"], t["kinds"]
        n = len(head)
        cw = [cv.w * 0.7, cv.w * 0.3] if n == 2 else ([cv.w * 0.46] + [cv.w * 0.18] * 3 if n == 4 else [cv.w * 0.25, cv.w * 0.5, cv.w * 0.25])
        if t.get("caption"):
            cv.need(12 * mm, footer)
            cv.text(cv.x0, cv.y - 3 * mm, t["caption"], fb, 9.5)
            cv.y -= 5 * mm
        allrows = [head] + rows_
        allk = ["head"] + kinds
        for r, k in zip(allrows, allk):
            wrapped = [simpleSplit(plain(v), fr, 8.5, w - 3 * mm) or [""] for v, w in zip(r, cw)]
            h = 2.5 * mm + 3.8 * mm * max(len(x) for x in wrapped)
            cv.need(h, footer)
            x = cv.x0
            for j, (v, w, wl) in enumerate(zip(r, cw, wrapped)):
                if k in ("head", "total", "total2"):
                    c.setFillColor(colors.HexColor("#e8e8e8"))
                    c.rect(x, cv.y - h, w, h, fill=1, stroke=0)
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.9 if k in ("total", "total2") else 0.4)
                c.rect(x, cv.y - h, w, h)
                c.setFillColor(colors.black)
                font = fb if k in ("head", "total", "total2", "request") else (vf if j > 0 or k == "item" else fr)
                if j == 0 or not is_amountish(v):
                    for q, ln in enumerate(wl):
                        cv.text(x + 1.5 * mm, cv.y - 4 * mm - q * 3.8 * mm, ln, font if j == 0 and k in ("head", "total", "total2") else
                                (fb if k == "head" else (vf if k not in ("total", "total2") else fb)), 8.5)
                else:
                    draw_markup(cv, 0, cv.y - 4 * mm, v, 8.5, vf if k not in ("total", "total2", "head") else fb, "Courier-Bold",
                                right=x + w - 1.5 * mm)
                x += w
            cv.y -= h
        cv.y -= 5 * mm

    if case["spec"].get("exp") == "cerfa":
        grid(V.cerfa_table())
    else:
        grid(V.expense_table(case["spec"].get("exp", "simple")))
        grid(V.income_rows(case["spec"].get("inc", "simple")))
    if b.inkind_mode == "note":
        for ln in simpleSplit(plain(V.inkind_note()), fi, 8, cv.w):
            cv.need(5 * mm, footer)
            cv.text(cv.x0, cv.y, ln, fi, 8)
            cv.y -= 3.8 * mm
        cv.y -= 3 * mm
    # big request box
    cv.need(24 * mm, footer)
    stmt = V.request_statement()
    if b.request_mode in ("line", "balance"):
        stmt = V.request_statement("words")
    lines = simpleSplit(plain(stmt), fb, 10, cv.w - 8 * mm)
    h = 8 * mm + 5 * mm * len(lines)
    c.setStrokeColor(acc)
    c.setLineWidth(1.5)
    c.rect(cv.x0, cv.y - h, cv.w, h)
    cv.text(cv.x0 + 3 * mm, cv.y - 4.5 * mm, ("GEVRAAGD BEDRAG (max. € 10.000)" if lang == "nl" else "MONTANT SOLLICITÉ (max. 10 000 €)"), fb, 8, acc)
    yy = cv.y - 9.5 * mm
    # render the statement with strike support line by line (strike only if single line)
    if len(lines) == 1:
        draw_markup(cv, cv.x0 + 4 * mm, yy, stmt, 10, fr, fb, value_font=fr)
    else:
        for ln in lines:
            cv.text(cv.x0 + 4 * mm, yy, ln, fr, 10)
            yy -= 5 * mm
    cv.y -= h + 5 * mm
    if b.request_mode == "corrected":
        bb = next(x for x in bld.budget_blocks("A") if x["t"] == "p" and x["text"].startswith("(*)"))
        for ln in simpleSplit(plain(bb["text"]), fi, 8, cv.w):
            cv.need(5 * mm, footer)
            cv.text(cv.x0, cv.y, ln, fi, 8)
            cv.y -= 3.8 * mm
    n = V.corrected_total_note()
    if n:
        for ln in simpleSplit(plain(n), fi, 8, cv.w):
            cv.need(5 * mm, footer)
            cv.text(cv.x0, cv.y, ln, fi, 8)
            cv.y -= 3.8 * mm
    cv.y -= 4 * mm
    sb = bld.sign_block()
    cv.need(30 * mm, footer)
    for ln in sb["lines"]:
        cv.text(cv.x0, cv.y, ln, fr, 9.5)
        cv.y -= 5 * mm
    c.line(cv.x0 + 30 * mm, cv.y + 3 * mm, cv.x0 + 90 * mm, cv.y + 3 * mm)
    footer(cv)
    c.setTitle("Formulier projectidee" if lang == "nl" else "Fiche projet")
    c.save()


# =========================================================================== AcroForm
def render_acro(case, path):
    """A fillable PDF form; the answers live in the form fields (filled with pypdf)."""
    from pypdf import PdfReader, PdfWriter
    bld = Builder(case)
    rng = case["rng"]
    lang = case["lang"]
    b = case["budget"]
    V = bld.V
    fr, fb, fi = FAM["Helvetica"]
    acc = colors.HexColor(rng.choice(PALETTE))
    tmp = io.BytesIO()
    cv = Canv(tmp, fr, rng)
    c = cv.c
    values = {}
    cnt = [0]

    def field(x, y, w, h, value, multiline=False):
        cnt[0] += 1
        name = f"f{cnt[0]:03d}"
        c.acroForm.textfield(name=name, value="", x=x, y=y, width=w, height=h, fontName="Helvetica", fontSize=9,
                             borderColor=colors.HexColor("#777777"), fillColor=colors.HexColor("#eef3fb"),
                             fieldFlags="multiline" if multiline else "", borderWidth=0.5)
        values[name] = plain(value)

    # header
    c.setFillColor(acc)
    c.rect(0, cv.H - 28 * mm, cv.W, 28 * mm, fill=1, stroke=0)
    cv.text(cv.x0, cv.H - 14 * mm, ("Formulier projectidee – Maak werk van je buurt!" if lang == "nl" else
                                     "Formulaire de candidature – Partons 2.0"), fb, 15, colors.white)
    cv.text(cv.x0, cv.H - 21 * mm, ("Invulbaar formulier – bewaar na het invullen en stuur terug per mail" if lang == "nl" else
                                     "Formulaire à remplir à l'écran, à enregistrer puis à renvoyer par courriel"), fi, 9, colors.white)
    cv.y = cv.H - 36 * mm
    if "coord_box" in case["traps"]:
        for ln in simpleSplit(coord_text(lang, "intl"), fi, 8, cv.w):
            cv.text(cv.x0, cv.y, ln, fi, 8, colors.HexColor("#444444"))
            cv.y -= 3.8 * mm
        cv.y -= 3 * mm

    def sect(t):
        cv.need(15 * mm)
        cv.text(cv.x0, cv.y - 4 * mm, t, fb, 11, acc)
        c.setStrokeColor(acc)
        c.line(cv.x0, cv.y - 5.5 * mm, cv.x0 + cv.w, cv.y - 5.5 * mm)
        cv.y -= 10 * mm

    def lfield(label, value, lw=55 * mm):
        cv.need(9 * mm)
        cv.text(cv.x0, cv.y - 4.5 * mm, label, fr, 8.5)
        field(cv.x0 + lw, cv.y - 6 * mm, cv.w - lw, 6.5 * mm, value)
        cv.y -= 8 * mm

    sect(bld.S["app"])
    for l, v in bld.applicant_rows(split_name=rng.random() < 0.5, split_addr=rng.choice([0, 1])):
        lfield(l, v)
    for tb in bld.trap_blocks("applicant"):
        for l, v in tb["rows"]:
            lfield(l, v)
    sect(bld.S["proj"])
    lfield(bld.L["title"], case["title"])
    cv.need(22 * mm)
    cv.text(cv.x0, cv.y - 4.5 * mm, "Korte omschrijving" if lang == "nl" else "Description courte", fr, 8.5)
    field(cv.x0 + 55 * mm, cv.y - 20 * mm, cv.w - 55 * mm, 20.5 * mm, case["desc"], multiline=True)
    cv.y -= 23 * mm
    for tb in bld.trap_blocks("project"):
        for l, v in tb["rows"]:
            lfield(l, v)
    cv.newpage()
    sect(bld.S["budget"])
    for tb in bld.trap_blocks("budget"):
        for ln in simpleSplit(plain(tb["text"]), fi, 8, cv.w):
            cv.text(cv.x0, cv.y, ln, fi, 8, colors.HexColor("#555555"))
            cv.y -= 3.8 * mm
        cv.y -= 2 * mm

    def ftable(t, amount_cols):
        head, rows_, kinds = t["head"], t["rows"], t["kinds"]
        n = len(head)
        cw = [cv.w * 0.64, cv.w * 0.36] if n == 2 else [cv.w * 0.46] + [cv.w * 0.18] * 3
        cv.text(cv.x0, cv.y - 4 * mm, t["title"], fb, 10)
        cv.y -= 7 * mm
        x = cv.x0
        for h, w in zip(head, cw):
            cv.text(x + 1 * mm, cv.y - 3.5 * mm, h, fb, 8)
            x += w
        cv.y -= 5.5 * mm
        for r, k in zip(rows_, kinds):
            cv.need(8 * mm)
            x = cv.x0
            for j, (v, w) in enumerate(zip(r, cw)):
                if k in ("total", "total2", "sub", "vat", "cat") and j == 0:
                    cv.text(x + 1 * mm, cv.y - 4.5 * mm, plain(v), fb if k.startswith("total") else fr, 8.5)
                elif plain(v) or j > 0:
                    if "~~" in v:
                        # corrected amount: only the new figure is in the field; the (*) note explains
                        v = [r_[0] for r_ in runs(v) if not r_[2]][-1].strip()
                    field(x + 0.5 * mm, cv.y - 6 * mm, w - 1 * mm, 6 * mm, v)
                x += w
            cv.y -= 7 * mm
        cv.y -= 4 * mm

    sp = case["spec"]
    ftable(V.expense_table(sp.get("exp", "simple") if sp.get("exp") != "cerfa" else "simple"), None)
    it = V.income_rows("simple")
    ftable(it, None)
    if b.inkind_mode == "note":
        for ln in simpleSplit(plain(V.inkind_note()), fi, 8, cv.w):
            cv.text(cv.x0, cv.y, ln, fi, 8)
            cv.y -= 3.8 * mm
    cv.need(30 * mm)
    if b.request_mode == "box" or rng.random() < 0.5:
        lfield("Gevraagd bedrag (max. € 10.000)" if lang == "nl" else "Montant sollicité (max. 10 000 €)", V.f(b.request), 70 * mm)
    if b.request_mode == "corrected":
        for ln in simpleSplit(plain(next(x for x in bld.budget_blocks("A") if x["t"] == "p" and x["text"].startswith("(*)"))["text"]), fi, 8, cv.w):
            cv.text(cv.x0, cv.y, ln, fi, 8)
            cv.y -= 3.8 * mm
    cv.y -= 6 * mm
    sect(bld.S["sign"])
    sb = bld.sign_block()
    lfield("Datum en plaats" if lang == "nl" else "Date et lieu", sb["lines"][0])
    lfield("Naam" if lang == "nl" else "Nom", sb["lines"][1].replace("Naam: ", ""))
    c.setTitle("Formulier projectidee" if lang == "nl" else "Formulaire de candidature")
    c.save()
    r = PdfReader(io.BytesIO(tmp.getvalue()))
    w = PdfWriter(clone_from=r)
    for pg in w.pages:
        w.update_page_form_field_values(pg, values, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    with open(path, "wb") as fh:
        w.write(fh)
