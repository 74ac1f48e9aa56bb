import io
def docx_bytes(paragraphs, table=None, table_after=None):
    import docx
    d = docx.Document()
    for i, p in enumerate(paragraphs):
        d.add_paragraph(p)
        if table and table_after == i:
            t = d.add_table(rows=0, cols=len(table[0]))
            for row in table:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
    if table and table_after is None:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def pdf_bytes(lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4)
    c.setFont("DV", 11)
    y = 800
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 17
    c.save()
    return b.getvalue()


def png_bytes(lines):
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 34)
    img = Image.new("L", (2480, 3508), 255)  # A4 at 300 dpi
    d = ImageDraw.Draw(img)
    y = 200
    for ln in lines:
        d.text((180, y), ln, fill=0, font=font)
        y += 58
    b = io.BytesIO()
    img.save(b, "PNG", dpi=(300, 300))
    return b.getvalue()


