"""Attachment documents: DOCX (python-docx), PDF (reportlab), a tiny PNG.
Everything is made byte-for-byte reproducible (fixed zip times, reportlab
invariant mode)."""
import datetime
import io
import struct
import zipfile
import zlib

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)
from xml.sax.saxutils import escape  # noqa: E402

import docx  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402


# ---------------------------------------------------------------- PNG
def png(width, height, pixel):
    """pixel(x, y) -> (r, g, b); returns PNG bytes (truecolour, no alpha)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel(x, y))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def logo_png(rgb_a, rgb_b, w=96, h=32):
    """A small two-colour logo: a disc and three bars."""
    bg = (255, 255, 255)

    def px(x, y):
        if (x - 16) ** 2 + (y - 16) ** 2 <= 13 ** 2:
            return rgb_a
        for k, top in enumerate((6, 14, 22)):
            if top <= y < top + 4 and 36 <= x < 36 + 56 - k * 12:
                return rgb_b
        return bg
    return png(w, h, px)


# ---------------------------------------------------------------- DOCX
FIXED_ZIP_TIME = (2019, 5, 1, 12, 0, 0)


def _normalise_zip(data, when):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def _core(doc, author, when, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.revision = 2
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def _base_doc():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return doc


def docx_form(heading, intro, rows, after, author, when):
    """A form: heading, intro paragraphs, a 2-column table of
    (label, answer) and free paragraphs after it ((label, text) pairs)."""
    doc = _base_doc()
    doc.add_heading(heading, level=1)
    for p in intro:
        doc.add_paragraph(p)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        for r in cells[0].paragraphs[0].runs:
            r.bold = True
    for label, text in after:
        if label:
            doc.add_heading(label, level=2)
        doc.add_paragraph(text)
    _core(doc, author, when, heading)
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue(), when.timetuple()[:6])


def docx_letter(sender_lines, recipient_lines, place_date, subject, paragraphs,
                closing, signature_lines, author, when):
    doc = _base_doc()
    for ln in sender_lines:
        p = doc.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("")
    for ln in recipient_lines:
        p = doc.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("")
    doc.add_paragraph(place_date)
    p = doc.add_paragraph()
    p.add_run(subject).bold = True
    for t in paragraphs:
        doc.add_paragraph(t)
    doc.add_paragraph(closing)
    for ln in signature_lines:
        p = doc.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
    _core(doc, author, when, subject)
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue(), when.timetuple()[:6])


# ---------------------------------------------------------------- PDF
_ST = ParagraphStyle("n", fontName="Helvetica", fontSize=10.5, leading=14)
_SB = ParagraphStyle("b", parent=_ST, fontName="Helvetica-Bold")
_SH = ParagraphStyle("h", parent=_ST, fontName="Helvetica-Bold", fontSize=14, leading=18)
_SS = ParagraphStyle("s", parent=_ST, fontSize=9.5, leading=12)


def _P(t, st=_ST):
    return Paragraph(escape(t), st)


def _pdf(story, title, author):
    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title=title,
                          author=author, creator="Microsoft Word", invariant=1)
    d.build(story)
    return buf.getvalue()


def pdf_letter(sender_lines, recipient_lines, place_date, subject, paragraphs,
               closing, signature_lines, author):
    story = [_P(ln) for ln in sender_lines]
    story.append(Spacer(1, 18))
    rec = Table([[_P(ln)] for ln in recipient_lines], colWidths=[7 * cm], hAlign="RIGHT")
    rec.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story += [rec, Spacer(1, 18), _P(place_date), Spacer(1, 10), _P(subject, _SB), Spacer(1, 8)]
    for t in paragraphs:
        story += [_P(t), Spacer(1, 7)]
    story += [Spacer(1, 6), _P(closing), Spacer(1, 14)]
    story += [_P(ln) for ln in signature_lines]
    return _pdf(story, subject, author)


def pdf_form(heading, intro, rows, after, author):
    story = [_P(heading, _SH), Spacer(1, 8)]
    for p in intro:
        story += [_P(p, _SS), Spacer(1, 4)]
    data = [[_P(l, _SB), _P(v)] for l, v in rows]
    t = Table(data, colWidths=[5.2 * cm, 11.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F5"))]))
    story += [Spacer(1, 6), t, Spacer(1, 10)]
    for label, text in after:
        if label:
            story += [_P(label, _SB), Spacer(1, 3)]
        story += [_P(text), Spacer(1, 8)]
    return _pdf(story, heading, author)


def pdf_budget(heading, lines, total_label, total_value, notes, author):
    story = [_P(heading, _SH), Spacer(1, 10)]
    data = [[_P(a), _P(b)] for a, b in lines] + [[_P(total_label, _SB), _P(total_value, _SB)]]
    t = Table(data, colWidths=[11 * cm, 4.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    story += [t, Spacer(1, 10)]
    for n in notes:
        story += [_P(n, _SS), Spacer(1, 4)]
    return _pdf(story, heading, author)
