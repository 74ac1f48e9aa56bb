"""Fillable PDF forms (reportlab AcroForm), filled with pypdf; and forms 'printed to PDF' (flattened)."""
import io, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, black, white
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from labels import L, CALL, MAKERS
from answers import answers

W, H = A4


class Namer:
    """Field names that say nothing, or something wrong."""

    def __init__(self, rng, style):
        self.rng, self.style, self.n = rng, style, rng.randint(1, 20)
        self.wrong = ['naam', 'adres', 'telefoon', 'email', 'postcode', 'gemeente', 'bedrag', 'titel', 'datum', 'handtekening',
                      'nom', 'prenom', 'ville', 'montant', 'Name1', 'Naam_vereniging', 'Adres_2']

    def __call__(self, hint=None):
        self.n += 1
        if self.style == 'textfield':
            return f"Text Field {self.n}"
        if self.style == 'untitled':
            return f"untitled{self.n}"
        if self.style == 'tekstvak':
            return f"Tekstvak {self.n}"
        # copy-pasted: mostly wrong names
        if self.wrong:
            return self.wrong.pop(self.rng.randrange(len(self.wrong))) + ('' if self.rng.random() < 0.6 else f"_{self.n}")
        return f"Veld{self.n}"


class Layout:
    def __init__(self, c, rng, flat, font='Helvetica'):
        self.c, self.rng, self.flat, self.font = c, rng, flat, font
        self.values = {}
        self.y = H - 60
        self.af = c.acroForm
        self.hand = rng.choice(['Courier', 'Helvetica-Oblique', 'Times-Italic'])
        self.ink = HexColor(rng.choice(['#1a3c8f', '#000000', '#0b2a6b', '#222222']))

    def text(self, x, y, s, size=9, font=None, color=black):
        self.c.setFont(font or self.font, size)
        self.c.setFillColor(color)
        self.c.drawString(x, y, s)
        self.c.setFillColor(black)

    def box(self, name, x, y, w, h, value, multiline=False, comb=0):
        if self.flat:
            self.c.setStrokeColor(HexColor('#777777'))
            self.c.rect(x, y, w, h)
            if comb:
                step = w / comb
                for i in range(1, comb):
                    self.c.line(x + i * step, y, x + i * step, y + h * 0.4)
                for i, ch in enumerate(value):
                    self.text(x + i * step + step / 2 - 3, y + 5, ch, 10, self.hand, self.ink)
            else:
                lines = value.split('\n') if value else []
                yy = y + h - 13
                for ln in lines:
                    self.text(x + 4, yy, ln, 10, self.hand, self.ink)
                    yy -= 12
            return
        kw = {}
        flags = []
        if multiline:
            flags.append('multiline')
        if comb:
            flags.append('comb')
            kw['maxlen'] = comb
        self.af.textfield(name=name, x=x, y=y, width=w, height=h, fontSize=10 if not multiline else 9,
                          borderColor=HexColor('#777777'), fillColor=HexColor('#eef3fb'), borderWidth=0.6,
                          fieldFlags=' '.join(flags), **kw)
        if value:
            self.values[name] = value

    def check(self, name, x, y, on):
        if self.flat:
            self.c.rect(x, y, 10, 10)
            if on:
                self.text(x + 1.5, y + 1.5, 'X', 10, 'Helvetica-Bold', self.ink)
            return
        self.af.checkbox(name=name, x=x, y=y, size=10, buttonStyle='cross', checked=False)
        if on:
            self.values[name] = '/Yes'


def header(lay, r, l, rng):
    c = lay.c
    maker = rng.choice(MAKERS[r['lang']])
    lay.text(40, H - 40, maker, 8)
    lay.text(40, H - 62, l['form'], 15, 'Helvetica-Bold')
    lay.text(40, H - 78, CALL[r['lang']], 9, 'Helvetica-Oblique')
    c.setStrokeColor(HexColor('#999999'))
    c.line(40, H - 86, W - 40, H - 86)
    return H - 110


def footer(lay, l, rng):
    if rng.random() < 0.7:
        lay.text(40, 28, l['footer'][:140], 6.5)


def p1_label_above(lay, r, v, rng, l, nm):
    """Labels above boxes, several boxes on a row."""
    a = answers(r, v, rng, has_full_addr=False, has_pcplace=False)
    y = header(lay, r, l, rng)
    lay.text(40, y, l['sec1'], 11, 'Helvetica-Bold')
    y -= 16
    lay.text(40, y, l['org'] + '  ' + l['org_hint'], 8)
    lay.box(nm(), 40, y - 22, 515, 18, a['org'])
    y -= 38
    x = 40
    for i, o in enumerate(l['types']):
        lay.check(nm(), x, y, i == a['type'])
        lay.text(x + 14, y + 1, o, 8.5)
        x += 170
    y -= 24
    if v['name_order'] == 'split':
        lay.text(40, y, l['last'], 8)
        lay.text(300, y, l['first'], 8)
        lay.box(nm(), 40, y - 22, 250, 18, a['last'])
        lay.box(nm(), 300, y - 22, 255, 18, a['first'])
    else:
        lay.text(40, y, l['contact'] + ' ' + l['contact_hint'], 8)
        lay.box(nm(), 40, y - 22, 515, 18, a['name'])
    y -= 40
    lay.text(40, y, l['addr'] + ' ' + l['addr_hint'], 8)
    lay.box(nm(), 40, y - 22, 515, 18, a['addr'])
    y -= 40
    lay.text(40, y, l['pc'], 8)
    lay.text(140, y, l['place'], 8)
    lay.box(nm(), 40, y - 22, 90, 18, a['pc'])
    lay.box(nm(), 140, y - 22, 415, 18, a['place'])
    y -= 40
    lay.text(40, y, l['phone'], 8)
    lay.text(240, y, l['email'], 8)
    lay.box(nm(), 40, y - 22, 190, 18, a['phone'])
    lay.box(nm(), 240, y - 22, 315, 18, a['email'])
    y -= 46
    lay.text(40, y, l['sec2'], 11, 'Helvetica-Bold')
    y -= 16
    lay.text(40, y, l['title'], 8)
    lay.box(nm(), 40, y - 22, 515, 18, a['title'])
    y -= 40
    lay.text(40, y, l['descr'], 8)
    lay.box(nm(), 40, y - 62, 515, 58, '\n'.join(textwrap.wrap(a['descr'], 95)[:3]), multiline=True)
    y -= 84
    lay.text(40, y, l['sec3'], 11, 'Helvetica-Bold')
    y -= 16
    lay.text(40, y, l['line'], 8)
    lay.text(400, y, l['amount'] + ' (€)', 8)
    y -= 4
    for d, amt in a['lines']:
        lay.box(nm(), 40, y - 20, 350, 16, d)
        lay.box(nm(), 400, y - 20, 155, 16, amt)
        y -= 20
    y -= 10
    for lab, val in [(l['total'], a['total']), (l['own'], a['own']), (l['other'], a['other']), (l['req'] + ' ' + l['req_hint'], a['req'])]:
        lay.text(40, y - 14, lab, 9, 'Helvetica-Bold')
        lay.box(nm(), 400, y - 20, 155, 18, val)
        y -= 24
    y -= 16
    lay.text(40, y, l['date'], 8)
    lay.text(240, y, l['sign'], 8)
    lay.box(nm(), 40, y - 22, 150, 18, a['date'])
    return a


def p2_multiline(lay, r, v, rng, l, nm):
    """One multi-line box for the whole address, radio buttons, two persons."""
    a = answers(r, v, rng, has_full_addr=True, has_pcplace=True)
    y = header(lay, r, l, rng)
    rows = [(l['org_alt'], a['org'], 18)]
    lay.text(40, y - 12, rows[0][0], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 18, 355, 18, a['org'])
    y -= 30
    lay.text(40, y - 8, l['type'], 9, 'Helvetica-Bold')
    x = 200
    rname = nm()
    vals = ['vzw', 'fv', 'part']
    for i, o in enumerate(l['types']):
        if lay.flat:
            lay.c.circle(x + 5, y - 5, 5)
            if i == a['type']:
                lay.c.circle(x + 5, y - 5, 2.5, fill=1)
        else:
            lay.af.radio(name=rname, value=vals[i], x=x, y=y - 10, size=10, selected=False, buttonStyle='circle')
        lay.text(x + 13, y - 8, o, 7.5)
        x += 120
    if not lay.flat:
        lay.values[rname] = '/' + vals[a['type']]
    y -= 28
    lay.text(40, y - 12, l['contact'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 18, 355, 18, a['name'] if v['name_order'] != 'split' else f"{a['last']} {a['first']}")
    y -= 26
    full = a['full'] if a['addr_mode'] == 'multiline' or rng.random() < 0.7 else f"{a['addr']}\n{a['pcplace']}"
    lay.text(40, y - 12, l['fulladdr'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 46, 355, 46, full, multiline=True)
    y -= 54
    lay.text(40, y - 12, l['phone'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 18, 355, 18, a['phone'])
    y -= 26
    lay.text(40, y - 12, l['email'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 18, 355, 18, a['email'])
    y -= 34
    lay.text(40, y - 12, a['second_role'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 18, 355, 18, a['second_name'])
    y -= 26
    lay.text(40, y - 12, l['phone'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 18, 355, 18, a['second_phone'])
    y -= 40
    lay.text(40, y - 12, l['title'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 18, 355, 18, a['title'])
    y -= 26
    lay.text(40, y - 12, l['descr'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 60, 355, 60, '\n'.join(textwrap.wrap(a['descr'], 62)[:4]), multiline=True)
    y -= 76
    for lab, val in [(l['total'], a['total']), (l['own'], a['own']), (l['other'], a['other']), (l['req'], a['req'])]:
        lay.text(40, y - 12, lab, 9, 'Helvetica-Bold')
        lay.box(nm(), 200, y - 18, 200, 18, val)
        y -= 24
    lay.text(40, y - 24, l['date'] + ' / ' + l['sign'], 9, 'Helvetica-Bold')
    lay.box(nm(), 200, y - 30, 200, 18, a['date'])
    return a


def p3_comb(lay, r, v, rng, l, nm):
    """Comb boxes for postcode, two-column budget table, numbered sections."""
    a = answers(r, v, rng, has_full_addr=False, has_pcplace=False)
    y = header(lay, r, l, rng)
    c = lay.c
    c.setFillColor(HexColor('#dddddd'))
    c.rect(40, y - 4, 515, 16, fill=1, stroke=0)
    lay.text(44, y, 'A. ' + l['sec1'], 10, 'Helvetica-Bold')
    y -= 28

    def lab_box(label, value, w=355):
        nonlocal y
        lay.text(40, y + 4, label, 8.5)
        lay.box(nm(), 200, y, w, 17, value)
        y -= 23
    lab_box(l['org'], a['org'])
    lab_box(l['type'], l['types'][a['type']])
    if v['name_order'] == 'split':
        lab_box(l['last'], a['last'])
        lab_box(l['first'], a['first'])
    else:
        lab_box(l['contact'], a['name'])
    lab_box(l['addr'], a['addr'])
    lay.text(40, y + 4, l['pc'], 8.5)
    ncomb = 4 if r['country'] == 'BE' else 5
    pcv = a['pc'] if len(a['pc']) == ncomb else ''
    place = a['place'] if pcv or not a['pc'] else f"{a['pc']} {a['place']}"
    lay.box(nm(), 200, y, 18 * ncomb, 17, pcv, comb=ncomb)
    lay.text(200 + 18 * ncomb + 10, y + 4, l['place'], 8.5)
    lay.box(nm(), 200 + 18 * ncomb + 60, y, 355 - 18 * ncomb - 60, 17, place)
    y -= 23
    lab_box(l['phone'], a['phone'])
    lab_box(l['email'], a['email'])
    y -= 8
    c.setFillColor(HexColor('#dddddd'))
    c.rect(40, y - 4, 515, 16, fill=1, stroke=0)
    lay.text(44, y, 'B. ' + l['sec2'], 10, 'Helvetica-Bold')
    y -= 28
    lab_box(l['title'], a['title'])
    y -= 8
    c.setFillColor(HexColor('#dddddd'))
    c.rect(40, y - 4, 515, 16, fill=1, stroke=0)
    lay.text(44, y, 'C. ' + l['sec3'], 10, 'Helvetica-Bold')
    y -= 28
    lines = list(a['lines']) + [('', '')] * (6 - len(a['lines']))
    for d, amt in lines:
        lay.box(nm(), 40, y, 350, 16, d)
        lay.text(396, y + 4, '€', 9)
        lay.box(nm(), 408, y, 147, 16, amt)
        y -= 19
    for lab, val in [(l['sum'], a['total']), (l['own'], a['own']), (l['other'], a['other']), (l['req'], a['req'])]:
        lay.text(240, y + 4, lab, 9, 'Helvetica-Bold')
        lay.text(396, y + 4, '€', 9)
        lay.box(nm(), 408, y, 147, 16, val)
        y -= 20
    y -= 20
    lay.text(40, y + 4, l['date'], 8.5)
    lay.box(nm(), 100, y, 120, 17, a['date'])
    lay.text(260, y + 4, l['sign'], 8.5)
    return a


def build(r, v, rng, flat=False):
    l = L[r['lang']]
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4)
    c.setTitle(l['form'].capitalize())
    lay = Layout(c, rng, flat)
    nm = Namer(rng, rng.choice(['textfield', 'untitled', 'tekstvak', 'copy']))
    tpl = rng.choice(['label_above', 'multiline', 'comb'])
    {'label_above': p1_label_above, 'multiline': p2_multiline, 'comb': p3_comb}[tpl](lay, r, v, rng, l, nm)
    footer(lay, l, rng)
    c.showPage()
    c.save()
    data = bio.getvalue()
    if flat:
        return data, tpl + '/flat', {}
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.update_page_form_field_values(w.pages[0], lay.values, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    from pypdf.generic import ArrayObject, ByteStringObject
    seed = bytes(rng.getrandbits(8) for _ in range(16))
    w._ID = ArrayObject([ByteStringObject(seed), ByteStringObject(seed)])
    out = io.BytesIO()
    w.write(out)
    return out.getvalue(), tpl, lay.values
