"""Renderers: docx (python-docx), odt (odfpy), pdf form (reportlab AcroForm), page images (Pillow)."""
import io
import math
import random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT_DIR = {
    'serif': '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
    'serif_b': '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
    'sans': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    'sans_b': '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
}
HAND_FONTS = {  # name: (path, has_euro_sign)
    'dkg': ('/usr/share/fonts/truetype/fifthhorseman/dkg.ttf', False),
    'femkeklaver': ('/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf', True),
    'breip': ('/usr/share/fonts/truetype/breip/Breip.ttf', False),
    'kristi': ('/usr/share/fonts/truetype/kristi/Kristi.ttf', False),
}


# ------------------------------------------------------------------ logo
def make_logo(path, text, rng):
    im = Image.new('RGB', (240, 240), 'white')  # drawn at 240 px, saved at 120 px
    d = ImageDraw.Draw(im)
    col = rng.choice([(30, 110, 60), (20, 70, 140), (170, 60, 30), (120, 40, 120)])
    d.ellipse((10, 10, 230, 230), fill=col)
    d.polygon([(60, 170), (120, 70), (180, 170)], fill='white')
    f = ImageFont.truetype(FONT_DIR['sans_b'], 44)
    d.text((120, 195), text[:3].upper(), font=f, fill='white', anchor='mm')
    im.resize((120, 120), Image.LANCZOS).save(path, optimize=True)


# ------------------------------------------------------------------ docx
def _fix_props(doc, rng):
    import datetime
    t = datetime.datetime(2019, 5, 1, 9, 0) + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 40))
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = t
    cp.author = cp.last_modified_by = rng.choice(['', 'Gebruiker', 'Utilisateur', 'PC-Bureau', 'user'])


def letter_docx(blocks, path, rng, logo=None, head_in_header=True, font='Calibri'):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    for b in blocks:
        t = b['t']
        if t == 'head':
            target = sec.header if head_in_header else doc
            first = True
            for i, line in enumerate(b['lines']):
                p = target.paragraphs[0] if (head_in_header and first) else target.add_paragraph()
                first = False
                if i == 0 and logo:
                    p.add_run().add_picture(logo, width=Cm(1.6))
                    p.add_run('  ')
                r = p.add_run(line)
                if i == 0:
                    r.bold = True
                    r.font.size = Pt(15)
                else:
                    r.font.size = Pt(9)
            if not head_in_header:
                doc.add_paragraph()
        elif t == 'footer':
            p = sec.footer.paragraphs[0]
            p.text = b['text']
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs:
                r.font.size = Pt(8)
        elif t == 'left':
            for line in b['lines']:
                p = doc.add_paragraph(line)
                p.paragraph_format.space_after = Pt(0)
            doc.add_paragraph()
        elif t == 'right':
            for line in b['lines']:
                p = doc.add_paragraph(line)
                p.paragraph_format.left_indent = Cm(9.5)
                p.paragraph_format.space_after = Pt(0)
            doc.add_paragraph()
        elif t == 'date':
            p = doc.add_paragraph(b['text'])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == 'subject':
            p = doc.add_paragraph()
            p.add_run(b['text']).bold = True
        elif t == 'p':
            doc.add_paragraph(b['text'])
        elif t == 'table':
            rows = b['rows']
            tb = doc.add_table(rows=len(rows), cols=2)
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    cell.text = c
                    if i == 0 or i >= len(rows) - (3 if len(rows) > 5 else 1):
                        for rr in cell.paragraphs[0].runs:
                            rr.bold = i == 0
            doc.add_paragraph()
        elif t == 'sig':
            doc.add_paragraph()
            for line in b['lines']:
                p = doc.add_paragraph(line)
                p.paragraph_format.space_after = Pt(0)
    _fix_props(doc, rng)
    doc.save(path)


def form_docx(F, path, rng):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    doc.styles['Normal'].font.name = 'Arial'
    doc.styles['Normal'].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    if F['issuer']:
        p = sec.header.paragraphs[0]
        p.text = F['issuer']
    p = doc.add_paragraph()
    r = p.add_run(F['title'])
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head, rows in F['sections']:
        p = doc.add_paragraph()
        p.add_run(head).bold = True
        for row in rows:
            if isinstance(row, tuple) and row[0] == 'CHECK':
                _, label, opts, sel = row
                txt = label + ':   ' + '   '.join(('☒ ' if i == sel else '☐ ') + o for i, o in enumerate(opts))
                doc.add_paragraph(txt)
                continue
            if F['layout'] == 'dots':
                txt = '    '.join(f"{l}: {v} " + '.' * max(4, 30 - len(v)) for l, v in row)
                doc.add_paragraph(txt)
            elif F['layout'] == 'left':
                tb = doc.add_table(rows=1, cols=2 * len(row))
                tb.style = 'Table Grid'
                for j, (l, v) in enumerate(row):
                    tb.cell(0, 2 * j).text = l
                    tb.cell(0, 2 * j + 1).text = v
                    for rr in tb.cell(0, 2 * j).paragraphs[0].runs:
                        rr.font.size = Pt(8)
                        rr.bold = True
            else:
                tb = doc.add_table(rows=2, cols=len(row))
                tb.style = 'Table Grid'
                for j, (l, v) in enumerate(row):
                    tb.cell(0, j).text = l
                    tb.cell(1, j).text = v
                    for rr in tb.cell(0, j).paragraphs[0].runs:
                        rr.font.size = Pt(8)
        doc.add_paragraph()
    _fix_props(doc, rng)
    doc.save(path)


# ------------------------------------------------------------------ odt
class OdtWriter:
    def __init__(self, font='Liberation Serif'):
        from odf.opendocument import OpenDocumentText
        from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties,
                               MasterPage, TableCellProperties, FontFace)
        self.doc = OpenDocumentText()
        d = self.doc
        d.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
        s = Style(name="Standard", family="paragraph")
        s.addElement(TextProperties(fontname=font, fontsize="11pt"))
        s.addElement(ParagraphProperties(marginbottom="0.2cm"))
        d.styles.addElement(s)
        self.std = s
        self.pl = PageLayout(name="pm1")
        self.pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                                marginbottom="1.5cm", marginleft="2.2cm", marginright="2.2cm"))
        d.automaticstyles.addElement(self.pl)
        self.mp = MasterPage(name="Standard", pagelayoutname=self.pl)
        d.masterstyles.addElement(self.mp)
        self.st = {}

        def mk(name, family, tp=None, pp=None, cp=None):
            st = Style(name=name, family=family, parentstylename="Standard" if family == 'paragraph' else None) \
                if family == 'paragraph' else Style(name=name, family=family)
            if tp:
                st.addElement(TextProperties(**tp))
            if pp:
                st.addElement(ParagraphProperties(**pp))
            if cp:
                st.addElement(TableCellProperties(**cp))
            d.automaticstyles.addElement(st)
            self.st[name] = st
        mk('B', 'text', tp=dict(fontweight='bold'))
        mk('Big', 'text', tp=dict(fontweight='bold', fontsize='15pt'))
        mk('Small', 'paragraph', tp=dict(fontsize='8pt'))
        mk('R', 'paragraph', pp=dict(textalign='end'))
        mk('C', 'paragraph', pp=dict(textalign='center'))
        mk('Ind', 'paragraph', pp=dict(marginleft='9.5cm', marginbottom='0cm'))
        mk('Tight', 'paragraph', pp=dict(marginbottom='0cm'))
        mk('Cell', 'table-cell', cp=dict(border='0.5pt solid #000000', padding='0.1cm'))
        mk('LabelP', 'paragraph', tp=dict(fontsize='8pt', fontweight='bold'))
        self.ntab = 0

    def P(self, text='', style=None, parent=None):
        from odf.text import P
        p = P(text=text, stylename=self.st[style] if style else self.std)
        (parent if parent is not None else self.doc.text).addElement(p)
        return p

    def span(self, p, text, style):
        from odf.text import Span
        p.addElement(Span(text=text, stylename=self.st[style]))

    def header(self, lines, logo=None):
        from odf.style import Header
        from odf.draw import Frame, Image as DImage
        h = Header()
        for i, line in enumerate(lines):
            from odf.text import P
            p = P() if i == 0 else P(stylename=self.st['Small'])
            if i == 0 and logo:
                href = self.doc.addPicture(logo)
                fr = Frame(width="1.6cm", height="1.6cm", anchortype="as-char", name="logo")
                fr.addElement(DImage(href=href))
                p.addElement(fr)
                p.addText('  ')
            if i == 0:
                self.span(p, line, 'Big')
            else:
                p.addText(line)
            h.addElement(p)
        self.mp.addElement(h)

    def footer(self, text):
        from odf.style import Footer
        from odf.text import P
        f = Footer()
        f.addElement(P(text=text, stylename=self.st['Small']))
        self.mp.addElement(f)

    def table(self, rows):
        from odf.table import Table, TableColumn, TableRow, TableCell
        self.ntab += 1
        ncol = max(len(r) for r in rows)
        t = Table(name=f"Tabel{self.ntab}")
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for r in rows:
            tr = TableRow()
            for j in range(ncol):
                c = r[j] if j < len(r) else ''
                lab = isinstance(c, tuple)
                txt = c[0] if lab else c
                tc = TableCell(valuetype="string", stylename=self.st['Cell'])
                self.P(txt, 'LabelP' if lab else None, parent=tc)
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(path)


def letter_odt(blocks, path, rng, logo=None, head_in_header=True):
    w = OdtWriter(rng.choice(['Liberation Serif', 'Liberation Sans', 'DejaVu Sans']))
    for b in blocks:
        t = b['t']
        if t == 'head':
            if head_in_header:
                w.header(b['lines'], logo)
            else:
                for i, line in enumerate(b['lines']):
                    if i == 0:
                        p = w.P()
                        w.span(p, line, 'Big')
                    else:
                        w.P(line, 'Small')
                w.P()
        elif t == 'footer':
            w.footer(b['text'])
        elif t == 'left':
            for line in b['lines']:
                w.P(line, 'Tight')
            w.P()
        elif t == 'right':
            for line in b['lines']:
                w.P(line, 'Ind')
            w.P()
        elif t == 'date':
            w.P(b['text'], 'R')
        elif t == 'subject':
            p = w.P()
            w.span(p, b['text'], 'B')
        elif t == 'p':
            w.P(b['text'])
        elif t == 'table':
            w.table(b['rows'])
        elif t == 'sig':
            w.P()
            for line in b['lines']:
                w.P(line, 'Tight')
    w.save(path)


def form_odt(F, path, rng):
    w = OdtWriter(rng.choice(['Liberation Sans', 'DejaVu Sans']))
    if F['issuer']:
        w.header([F['issuer']])
    p = w.P(style='C')
    w.span(p, F['title'], 'Big')
    for head, rows in F['sections']:
        p = w.P()
        w.span(p, head, 'B')
        trows = []
        for row in rows:
            if isinstance(row, tuple) and row[0] == 'CHECK':
                _, label, opts, sel = row
                if trows:
                    w.table(trows)
                    trows = []
                w.P(label + ':   ' + '   '.join(('☒ ' if i == sel else '☐ ') + o for i, o in enumerate(opts)))
                continue
            if F['layout'] == 'dots':
                w.P('    '.join(f"{l}: {v} " + '.' * max(4, 30 - len(v)) for l, v in row))
            elif F['layout'] == 'left':
                r = []
                for l, v in row:
                    r += [(l,), v]
                trows.append(r)
            else:
                trows.append([(l,) for l, v in row])
                trows.append([v for l, v in row])
        if trows:
            w.table(trows)
        w.P()
    w.save(path)


# ------------------------------------------------------------------ pdf form (AcroForm, filled)
def form_pdf(F, path, rng):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DejaVu', FONT_DIR['sans']))
    pdfmetrics.registerFont(TTFont('DejaVuB', FONT_DIR['sans_b']))
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(F['title'])
    W, H = A4
    y = H - 50
    fieldn = [0]
    if F['issuer']:
        c.setFont('DejaVu', 8)
        c.drawString(40, y, F['issuer'])
        y -= 20
    c.setFont('DejaVuB', 12)
    c.drawCentredString(W / 2, y, F['title'])
    y -= 28
    form = c.acroForm

    def field(x, y, w, val, multiline=False, h=16):
        fieldn[0] += 1
        if multiline:
            import textwrap
            val = '\n'.join(textwrap.wrap(val, int(w / 4.6)))
        form.textfield(name=f"f{fieldn[0]:02d}", value=val, x=x, y=y, width=w, height=h, fontName='Helvetica',
                       fontSize=9, borderWidth=0.5, borderColor=None, fillColor=None,
                       fieldFlags='multiline' if multiline else '')

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 50

    for head, rows in F['sections']:
        if y < 140:
            newpage()
        c.setFont('DejaVuB', 10)
        c.drawString(40, y, head)
        y -= 20
        for row in rows:
            if y < 80:
                newpage()
            if isinstance(row, tuple) and row[0] == 'CHECK':
                _, label, opts, sel = row
                c.setFont('DejaVu', 8)
                c.drawString(40, y, label + ':')
                x = 150
                for i, o in enumerate(opts):
                    fieldn[0] += 1
                    form.checkbox(name=f"cb{fieldn[0]:02d}", x=x, y=y - 3, size=10, checked=(i == sel), buttonStyle='cross',
                                  borderWidth=0.5)
                    c.drawString(x + 14, y, o)
                    x += 20 + c.stringWidth(o, 'DejaVu', 8) + 14
                y -= 22
                continue
            n = len(row)
            colw = (W - 80) / n
            for j, (l, v) in enumerate(row):
                x0 = 40 + j * colw
                c.setFont('DejaVu', 7 if len(l) > 40 else 8)
                multi = len(v) > 90
                if F['layout'] == 'above' or multi or len(l) > 34:
                    c.drawString(x0, y, l)
                    hh = 56 if multi else 16
                    field(x0, y - 4 - hh, colw - 8, v, multi, hh)
                else:
                    lw = min(colw * 0.45, c.stringWidth(l, 'DejaVu', 8) + 6)
                    c.drawString(x0, y - 10, l)
                    field(x0 + lw, y - 14, colw - lw - 8, v)
            y -= 80 if any(len(v) > 90 for l, v in row) else (40 if F['layout'] == 'above' or any(len(l) > 34 for l, v in row) else 26)
        y -= 8
    c.save()


# ------------------------------------------------------------------ page images
_CMAPS = {}
_ASCII = {'\u2013': '-', '\u2014': '-', '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'", '\u00ab': '"',
          '\u00bb': '"', '\u2026': '...', '\u00a0': ' ', '\u0153': 'oe', '\u20ac': 'EUR'}


def hand_safe(s, font):
    """replace characters the handwriting font lacks (what a person would write instead)"""
    if font not in _CMAPS:
        from fontTools.ttLib import TTFont
        _CMAPS[font] = set(TTFont(HAND_FONTS[font][0]).getBestCmap())
    cm = _CMAPS[font]
    return ''.join(ch if (ord(ch) in cm or ch == ' ') else _ASCII.get(ch, '?') for ch in s)


class Pages:
    """A4 pages at 150 dpi; records every string drawn."""
    W, H = 1240, 1754

    def __init__(self, rng, hand_font=None, ink=(25, 35, 120)):
        self.rng = rng
        self.pages = []
        self.drawn = []
        self.hand_font = hand_font
        self.ink = ink
        self.new()

    def new(self):
        self.im = Image.new('RGB', (self.W, self.H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.im)
        self.pages.append(self.im)
        self.y = 110
        self.drawn.append([])

    def font(self, kind, size):
        if kind == 'hand':
            return ImageFont.truetype(HAND_FONTS[self.hand_font][0], size)
        return ImageFont.truetype(FONT_DIR[kind], size)

    def text(self, x, y, s, kind='serif', size=26, fill=(0, 0, 0), anchor='la'):
        f = self.font(kind, size)
        if kind == 'hand':
            s = hand_safe(s, self.hand_font)
            self.hand(x, y, s, size)
        else:
            self.d.text((x, y), s, font=f, fill=fill, anchor=anchor)
        self.drawn[-1].append(s)
        return f

    def hand(self, x, y, s, size):
        f = self.font('hand', size)
        bbox = f.getbbox(s)
        w, h = bbox[2] + 20, bbox[3] + 20
        tile = Image.new('L', (w, h), 0)
        ImageDraw.Draw(tile).text((10, 5), s, font=f, fill=255)
        tile = tile.rotate(self.rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True)
        inkimg = Image.new('RGB', tile.size, self.ink)
        self.im.paste(inkimg, (int(x + self.rng.uniform(-4, 4)), int(y - 8 + self.rng.uniform(-3, 3))), tile)

    def width(self, s, kind, size):
        return self.font(kind, size).getlength(s)

    def wrap(self, s, kind, size, maxw):
        if kind == 'hand':
            s = hand_safe(s, self.hand_font)
        words, lines, cur = s.split(' '), [], ''
        for w in words:
            t = (cur + ' ' + w).strip()
            if self.width(t, kind, size) > maxw and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def need(self, h):
        if self.y + h > self.H - 120:
            self.new()


def letter_pages(blocks, rng, hand_font=None, pages_hint=1):
    kind = 'hand' if hand_font else 'serif'
    size = 34 if hand_font else 25
    lh = int(size * 1.45)
    P = Pages(rng, hand_font)
    L, Rm = 150, 1240 - 140
    for b in blocks:
        t = b['t']
        if t == 'head':
            for i, line in enumerate(b['lines']):
                P.text(L, P.y, line, 'sans_b' if i == 0 else 'sans', 34 if i == 0 else 20, fill=(20, 60, 110))
                P.y += 46 if i == 0 else 28
            P.d.line((L, P.y + 4, Rm, P.y + 4), fill=(20, 60, 110), width=2)
            P.y += 40
        elif t == 'footer':
            fy = P.H - 80
            P.text(620, fy, b['text'], 'sans', 16, fill=(60, 60, 60), anchor='ma')
        elif t in ('left', 'right'):
            x = L if t == 'left' else 720
            for line in b['lines']:
                P.text(x, P.y, line, kind, size if kind == 'hand' else 24)
                P.y += lh
            P.y += lh // 2
        elif t == 'date':
            w = P.width(b['text'], kind, size)
            P.text(Rm - w, P.y, b['text'], kind, size)
            P.y += lh * 1.5
        elif t == 'subject':
            for line in P.wrap(b['text'], kind if hand_font else 'serif_b', size, Rm - L):
                P.need(lh)
                P.text(L, P.y, line, kind if hand_font else 'serif_b', size)
                P.y += lh
            P.y += lh // 2
        elif t == 'p':
            for line in P.wrap(b['text'], kind, size, Rm - L):
                P.need(lh)
                P.text(L, P.y, line, kind, size)
                P.y += lh
            P.y += lh // 3
        elif t == 'table':
            rows = b['rows']
            P.need(len(rows) * 44 + 20)
            x1, x2 = L, L + 620
            top = P.y
            for r in rows:
                P.text(x1 + 10, P.y + 8, r[0], 'serif', 22)
                P.text(x2 + 10, P.y + 8, r[1], 'serif', 22)
                P.d.line((x1, P.y, x2 + 300, P.y), fill=0, width=2)
                P.y += 42
            P.d.line((x1, P.y, x2 + 300, P.y), fill=0, width=2)
            for x in (x1, x2, x2 + 300):
                P.d.line((x, top, x, P.y), fill=0, width=2)
            P.y += 30
        elif t == 'sig':
            P.need(lh * (len(b['lines']) + 3))
            P.y += lh // 2
            done = False
            for i, line in enumerate(b['lines']):
                is_name = not (line.endswith(',') or line.startswith(('Pour ', 'For ', 'Namens ', 'Voor ')))
                if is_name and not done:
                    # a scribbled signature above the printed name
                    sx, sy = L + 10, P.y + 22
                    pts = [(sx + k * 12, sy + 18 * math.sin(k * 0.9 + rng.random())) for k in range(18)]
                    P.d.line(pts, fill=(20, 30, 110), width=3)
                    P.y += 62
                    done = True
                P.text(L, P.y, line, kind, size)
                P.y += lh
    return P


def form_pages(F, rng, hand_font):
    """printed blank form (sans labels, dotted lines) filled by hand"""
    P = Pages(rng, hand_font, ink=rng.choice([(25, 35, 120), (20, 20, 20), (10, 60, 150)]))
    L, Rm = 110, 1240 - 110
    if F['issuer']:
        P.text(L, 70, F['issuer'], 'sans', 18, fill=(60, 60, 60))
    # wrap title
    for line in P.wrap(F['title'], 'sans_b', 30, Rm - L):
        P.text(620, P.y, line, 'sans_b', 30, anchor='ma')
        P.y += 44
    P.y += 20
    hs = 36
    for head, rows in F['sections']:
        P.need(140)
        P.d.rectangle((L, P.y - 6, Rm, P.y + 34), fill=(225, 225, 225))
        P.text(L + 10, P.y, head, 'sans_b', 22)
        P.y += 56
        for row in rows:
            P.need(90)
            if isinstance(row, tuple) and row[0] == 'CHECK':
                _, label, opts, sel = row
                P.text(L, P.y, label + ':', 'sans', 19)
                x = L + 250
                for i, o in enumerate(opts):
                    P.d.rectangle((x, P.y + 2, x + 20, P.y + 22), outline=0, width=2)
                    if i == sel:
                        P.d.line((x - 2, P.y, x + 24, P.y + 26), fill=P.ink, width=4)
                        P.d.line((x + 24, P.y - 2, x - 2, P.y + 24), fill=P.ink, width=4)
                    P.text(x + 30, P.y, o, 'sans', 19)
                    x += 60 + P.width(o, 'sans', 19)
                P.y += 56
                continue
            n = len(row)
            colw = (Rm - L) / n
            multi = any(len(v) > 60 for l, v in row)
            for j, (l, v) in enumerate(row):
                x0 = L + j * colw
                P.text(x0, P.y, l, 'sans', 17 if len(l) > 40 else 19)
                if multi:
                    lines = P.wrap(v, 'hand', hs, colw - 20)
                    yy = P.y + 34
                    for k in range(max(3, len(lines))):
                        P.d.line((x0, yy + 40, x0 + colw - 20, yy + 40), fill=(120, 120, 120), width=1)
                        if k < len(lines):
                            P.text(x0 + 10, yy, lines[k], 'hand', hs)
                        yy += 46
                else:
                    # dotted line under the label
                    yy = P.y + 30
                    for xx in range(int(x0), int(x0 + colw - 20), 9):
                        P.d.point([(xx, yy + 44), (xx + 1, yy + 44)], fill=(90, 90, 90))
                    if v:
                        P.text(x0 + 12, yy, v, 'hand', hs)
            P.y += (34 + 46 * max(3, len(P.wrap(max((v for l, v in row), key=len), 'hand', hs, colw - 20)))) if multi else 100
        P.y += 10
    # signature scribble
    sx, sy = Rm - 360, min(P.y, P.H - 150)
    pts = [(sx + k * 13, sy + 16 * math.sin(k * 0.8 + rng.random())) for k in range(20)]
    P.d.line(pts, fill=P.ink, width=3)
    return P


# ------------------------------------------------------------------ degradation
def scan_degrade(im, rng, gray=True):
    nr = np.random.default_rng(rng.randint(0, 10 ** 9))
    im = im.rotate(rng.uniform(-1.8, 1.8), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    # uneven light
    gx = np.linspace(rng.uniform(0.86, 1.0), rng.uniform(0.86, 1.0), w)[None, :, None]
    gy = np.linspace(rng.uniform(0.9, 1.0), rng.uniform(0.88, 1.0), h)[:, None, None]
    a = a * gx * gy
    a += nr.normal(0, 6, a.shape)
    # speckles
    n = rng.randint(300, 1500)
    ys, xs = nr.integers(0, h, n), nr.integers(0, w, n)
    a[ys, xs] = nr.integers(0, 90, (n, 1))
    # grey scanner edge
    a[:, : rng.randint(0, 14)] *= 0.5
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    if gray:
        im = im.convert('L')
    return im


def _coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=np.float64)
    B = np.array(pb, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def photo_degrade(page, rng, out_w=1500):
    nr = np.random.default_rng(rng.randint(0, 10 ** 9))
    W, H = out_w, int(out_w * 1.33)
    sc = 0.78 * W / page.width
    pw, ph = int(page.width * sc), int(page.height * sc)
    page = page.resize((pw, ph), Image.LANCZOS)
    # background: table surface
    base = np.array(rng.choice([(120, 90, 60), (160, 150, 140), (90, 70, 50), (200, 195, 185), (60, 60, 70)]), np.float32)
    bg = np.ones((H, W, 3), np.float32) * base + nr.normal(0, 10, (H, W, 3))
    bg = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2))
    ox, oy = (W - pw) / 2, (H - ph) / 2
    j = lambda: rng.uniform(-0.06, 0.06) * W
    dst = [(ox + j(), oy + j()), (ox + pw + j(), oy + j()), (ox + pw + j(), oy + ph + j()), (ox + j(), oy + ph + j())]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _coeffs(dst, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new('L', (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg).astype(np.float32)
    # light falloff + a soft shadow (phone / hand)
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.6) * H
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    a *= (1.05 - 0.45 * r)[..., None]
    sh = np.zeros((H, W), np.float32)
    x0 = rng.uniform(0.5, 0.9) * W
    sh[:, int(x0):] = rng.uniform(0.2, 0.38)
    sh = np.asarray(Image.fromarray((sh * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(60))).astype(np.float32) / 255
    a *= (1 - sh)[..., None]
    a *= np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.96)])  # warm light
    a += nr.normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.3)))
    return im
