"""DOCX / PDF / ZIP makers, all byte-for-byte reproducible."""
import io
import os
import zipfile

from docx import Document
from docx.shared import Pt, Cm
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab import rl_config

rl_config.invariant = 1
FONTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fonts')
pdfmetrics.registerFont(TTFont('LibSans', os.path.join(FONTS, 'LiberationSans-Regular.ttf')))
pdfmetrics.registerFont(TTFont('LibSansB', os.path.join(FONTS, 'LiberationSans-Bold.ttf')))
pdfmetrics.registerFont(TTFont('LibSerif', os.path.join(FONTS, 'LiberationSerif-Regular.ttf')))


def fixed_zip(data, when=(2019, 5, 1, 12, 0, 0)):
    """Re-pack a zip with fixed timestamps and order (python-docx stamps 'now')."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_zip(members, when):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def _docx_finish(doc, author, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    import datetime
    dt = datetime.datetime(*when)
    cp.created = dt
    cp.modified = dt
    cp.revision = 1
    b = io.BytesIO()
    doc.save(b)
    return fixed_zip(b.getvalue(), when)


def docx_form(title, subtitle, rows, extra_paras, author, when, font_name='Calibri'):
    """rows: list of (label, value) or ('#', heading)."""
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font_name
    st.font.size = Pt(11)
    doc.add_heading(title, level=1)
    if subtitle:
        doc.add_paragraph(subtitle)
    table = doc.add_table(rows=0, cols=2)
    table.style = 'Table Grid'
    for label, value in rows:
        r = table.add_row().cells
        if label == '#':
            m = r[0].merge(r[1])
            m.text = ''
            run = m.paragraphs[0].add_run(value)
            run.bold = True
        else:
            r[0].text = label
            r[1].text = value
            r[0].width = Cm(6)
            r[1].width = Cm(11)
    for p in extra_paras:
        doc.add_paragraph(p)
    return _docx_finish(doc, author, when)


def docx_letter(paragraphs, author, when, font_name='Calibri'):
    doc = Document()
    doc.styles['Normal'].font.name = font_name
    doc.styles['Normal'].font.size = Pt(11)
    for p in paragraphs:
        if p.startswith('**'):
            doc.add_paragraph().add_run(p[2:]).bold = True
        else:
            doc.add_paragraph(p)
    return _docx_finish(doc, author, when)


def docx_picture(line, image_bytes, author, when, width_cm=16):
    doc = Document()
    doc.add_paragraph(line)
    doc.add_picture(io.BytesIO(image_bytes), width=Cm(width_cm))
    return _docx_finish(doc, author, when)


def _canvas(buf, title, author, creator, producer=None):
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    return c


def pdf_letter(lines, title, author, creator='Microsoft® Word 2016', letterhead=None):
    """lines: typed letter; '>>' right aligned, '**' bold, '' blank."""
    buf = io.BytesIO()
    c = _canvas(buf, title, author, creator)
    w, h = A4
    y = h - 70
    if letterhead:
        c.setFillColorRGB(0.1, 0.35, 0.2)
        c.setFont('LibSansB', 15)
        c.drawString(60, y, letterhead[0])
        c.setFont('LibSans', 9)
        for ln in letterhead[1:]:
            y -= 13
            c.drawString(60, y, ln)
        c.setFillColorRGB(0, 0, 0)
        y -= 30
    for ln in lines:
        if y < 60:
            c.showPage()
            y = h - 70
        if ln.startswith('>>'):
            c.setFont('LibSerif', 11)
            c.drawRightString(w - 60, y, ln[2:])
        elif ln.startswith('**'):
            c.setFont('LibSansB', 11)
            c.drawString(70, y, ln[2:])
        elif ln.startswith('~~'):
            c.setFont('LibSerif', 14)
            c.drawString(80, y, '')
        elif ln:
            c.setFont('LibSerif', 11)
            c.drawString(70, y, ln)
        y -= 15.5
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_form(title, subtitle, rows, author, creator='Microsoft® Word 2016'):
    """A flattened, typed-in PDF form: label on the left, boxed value on the right."""
    buf = io.BytesIO()
    c = _canvas(buf, title, author, creator)
    w, h = A4
    y = h - 70
    c.setFont('LibSansB', 16)
    c.drawString(60, y, title)
    y -= 20
    c.setFont('LibSans', 10)
    c.drawString(60, y, subtitle)
    y -= 30
    for label, value in rows:
        if label == '#':
            c.setFillColorRGB(0.85, 0.88, 0.93)
            c.rect(60, y - 6, w - 120, 20, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.setFont('LibSansB', 11)
            c.drawString(66, y, value)
            y -= 30
            continue
        vals = value if isinstance(value, list) else [value]
        hbox = 18 + 14 * (len(vals) - 1)
        c.setFont('LibSans', 9.5)
        c.drawString(62, y, label)
        c.rect(230, y - hbox + 13, w - 290, hbox, stroke=1, fill=0)
        c.setFont('LibSans', 10.5)
        yy = y
        for v in vals:
            c.drawString(236, yy, v)
            yy -= 14
        y -= hbox + 10
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_scan(jpeg, img_size, text_lines, title, creator, producer, page_px=(1240, 1754)):
    """Image-only page (scanner app) with optional invisible text layer (render mode 3).
    text_lines: list of (text, x_px, y_px, size_px) in page pixel coordinates."""
    buf = io.BytesIO()
    c = _canvas(buf, title, '', creator, producer)
    w, h = A4
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=w, height=h)
    if text_lines:
        sx, sy = w / page_px[0], h / page_px[1]
        for s, x, y, size in text_lines:
            t = c.beginText()
            t.setTextRenderMode(3)
            fs = max(4, size * sy * 0.85)
            t.setFont('LibSans', fs)
            t.setTextOrigin(x * sx, h - (y + size * 0.85) * sy)
            t.textLine(s)
            c.drawText(t)
    c.showPage()
    c.save()
    return buf.getvalue()
