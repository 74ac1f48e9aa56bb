"""A plain PDF letter (no form fields) that summarises a reused form."""
import io
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.colors import Color, black
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

rl_config.invariant = 1


def render(L):
    """L: dict with keys font ('Helvetica'|'Times-Roman'), sender (lines),
    recipient (lines), place_date, subject, blocks (list of ('p', text) |
    ('b', [bullets]) | ('kv', [(k, v)...]) | ('h', text) | ('tab', headers, rows)),
    closing, signature (lines), footer (str), meta (dict), cc (lines)."""
    font = L.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}[font]
    size = L.get("size", 10.5)
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.6)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    sb = ParagraphStyle("sb", parent=small, fontName=bold, fontSize=9.5, leading=12)
    right = ParagraphStyle("r", parent=base, alignment=2)
    head = ParagraphStyle("h", parent=base, fontName=bold, spaceBefore=4, spaceAfter=3)
    subj = ParagraphStyle("subj", parent=base, fontName=bold)
    bul = ParagraphStyle("bul", parent=base, leftIndent=14, bulletIndent=4, spaceAfter=2)
    buf = io.BytesIO()
    meta = L.get("meta", {})

    def on_page(c, d):
        if L.get("footer"):
            c.saveState()
            c.setFont(font, 7.5)
            c.setFillColor(Color(0.35, 0.35, 0.35))
            c.drawCentredString(A4[0] / 2, 1.2 * cm, L["footer"])
            c.restoreState()
        if L.get("letterhead"):
            c.saveState()
            c.setFont(bold, 13)
            c.drawString(2.2 * cm, A4[1] - 1.6 * cm, L["letterhead"][0])
            c.setFont(font, 8)
            y = A4[1] - 2.05 * cm
            for ln in L["letterhead"][1:]:
                c.drawString(2.2 * cm, y, ln)
                y -= 10
            c.setLineWidth(0.6)
            c.line(2.2 * cm, y - 2, A4[0] - 2.2 * cm, y - 2)
            c.restoreState()

    top = 3.6 * cm if L.get("letterhead") else 2.0 * cm
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=top, bottomMargin=2 * cm, title=meta.get("title", ""),
                            author=meta.get("author", ""), subject=meta.get("subject", ""),
                            creator=meta.get("creator", ""))
    story = []
    if L.get("sender"):
        story.append(Paragraph("<br/>".join(escape(x) for x in L["sender"]), small))
        story.append(Spacer(1, 14))
    if L.get("recipient"):
        t = Table([[Paragraph("<br/>".join(escape(x) for x in L["recipient"]), ParagraphStyle("rc", parent=base, spaceAfter=0))]],
                  colWidths=[8 * cm], hAlign="RIGHT")
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(t)
        story.append(Spacer(1, 16))
    if L.get("place_date"):
        story.append(Paragraph(escape(L["place_date"]), right if L.get("date_right", True) else base))
    if L.get("ref"):
        story.append(Paragraph(escape(L["ref"]), small))
        story.append(Spacer(1, 4))
    if L.get("subject"):
        story.append(Paragraph(escape(L["subject"]), subj))
        story.append(Spacer(1, 4))
    for blk in L["blocks"]:
        kind = blk[0]
        if kind == "p":
            story.append(Paragraph(escape(blk[1]).replace("\n", "<br/>"), base))
        elif kind == "h":
            story.append(Paragraph(escape(blk[1]), head))
        elif kind == "b":
            for b in blk[1]:
                story.append(Paragraph(escape(b), bul, bulletText="–" if L.get("dash") else "•"))
            story.append(Spacer(1, 4))
        elif kind == "kv":
            rows = [[Paragraph(escape(k), ParagraphStyle("k", parent=base, fontName=bold if L.get("kv_bold") else font, spaceAfter=0)),
                     Paragraph(escape(v).replace("\n", "<br/>"), ParagraphStyle("v", parent=base, spaceAfter=0))]
                    for k, v in blk[1]]
            t = Table(rows, colWidths=[5.2 * cm, 11.4 * cm], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "tab":
            headers, rows = blk[1], blk[2]
            data = [[Paragraph(escape(h), sb) for h in headers]]
            for r in rows:
                data.append([Paragraph(escape(x), small) for x in r])
            n = len(headers)
            widths = blk[3] if len(blk) > 3 else [16.6 * cm / n] * n
            t = Table(data, colWidths=widths, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, Color(0.4, 0.4, 0.4)),
                                   ("BACKGROUND", (0, 0), (-1, 0), Color(0.9, 0.9, 0.9)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    if L.get("closing"):
        story.append(Spacer(1, 4))
        story.append(Paragraph(escape(L["closing"]), base))
    if L.get("signature"):
        story.append(Spacer(1, 18))
        sig = L["signature"]
        if isinstance(sig[0], (list, tuple)):
            cols = [Paragraph("<br/>".join(escape(x) for x in s), base) for s in sig]
            t = Table([cols], colWidths=[16.6 * cm / len(cols)] * len(cols), hAlign="LEFT")
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        else:
            story.append(Paragraph("<br/>".join(escape(x) for x in sig), base))
    if L.get("cc"):
        story.append(Spacer(1, 10))
        story.append(Paragraph("<br/>".join(escape(x) for x in L["cc"]), small))
    if L.get("ps"):
        story.append(Spacer(1, 8))
        story.append(Paragraph(escape(L["ps"]), ParagraphStyle("ps", parent=base, fontName=ital, fontSize=9)))
    from reportlab.pdfgen.canvas import Canvas
    from common import pdf_date_formatter
    fmt = pdf_date_formatter()

    class DatedCanvas(Canvas):
        def __init__(self, *a, **k):
            Canvas.__init__(self, *a, **k)
            if fmt:
                self._doc.info._dateFormatter = fmt

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=DatedCanvas)
    return buf.getvalue()
