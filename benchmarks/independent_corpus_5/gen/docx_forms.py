"""Word forms as associations and municipalities make them (python-docx + raw WordprocessingML)."""
import io
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn
from labels import L, CALL, MAKERS
from answers import answers
from common import plain_amount as plain


def v_mismatch(a):
    return a.get('mismatch', False)


W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = f'xmlns:w="{W}"'


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def ans(par, text, color, font=None, size=None):
    parts = text.split('\n')
    for i, p in enumerate(parts):
        run = par.add_run(p)
        run.font.color.rgb = RGBColor.from_string(color)
        if font:
            run.font.name = font
        if size:
            run.font.size = Pt(size)
        if i < len(parts) - 1:
            run.add_break()


def hint(par, text, size=7.5):
    run = par.add_run(text)
    run.italic = True
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def sdt(par, text, alias, sid, color, placeholder_text):
    if text:
        runs = ''.join(
            (f'<w:r><w:rPr><w:color w:val="{color}"/></w:rPr>' + ('<w:br/>' if i else '') +
             f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r>') for i, t in enumerate(text.split('\n')))
        pr = ''
    else:
        runs = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{escape(placeholder_text)}</w:t></w:r>'
        pr = '<w:showingPlcHdr/>'
    x = (f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{escape(alias, {chr(34): "&quot;"})}"/><w:tag w:val="t{sid}"/><w:id w:val="{100000 + sid}"/>'
         f'{pr}<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x))


def formtext(par, text, name, color='000000'):
    xs = [f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
          f'<w:textInput/></w:ffData></w:fldChar></w:r>',
          f'<w:r {NS}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
          f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>']
    t = text if text else '\u2002' * 5
    for i, part in enumerate(t.split('\n')):
        xs.append(f'<w:r {NS}><w:rPr><w:noProof/><w:color w:val="{color}"/></w:rPr>' + ('<w:br/>' if i else '') +
                  f'<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    xs.append(f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>')
    for x in xs:
        par._p.append(parse_xml(x))


def formcheck(par, name, checked):
    xs = [f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
          f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{"<w:checked/>" if checked else ""}</w:checkBox></w:ffData></w:fldChar></w:r>',
          f'<w:r {NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
          f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>']
    for x in xs:
        par._p.append(parse_xml(x))


def boxes(par, options, chosen):
    for i, o in enumerate(options):
        run = par.add_run(('☒' if i == chosen else '☐'))
        run.font.name = 'MS Gothic'
        par.add_run(' ' + o + '    ')


def base_doc(r, rng):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = rng.choice(['Calibri', 'Arial', 'Verdana', 'Times New Roman'])
    st.font.size = Pt(rng.choice([10, 10.5, 11]))
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(rng.choice([1.8, 2.0, 2.5]))
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def header(doc, r, rng, l, maker):
    p = doc.sections[0].header.paragraphs[0]
    p.text = maker
    p.runs[0].font.size = Pt(8)
    p = doc.add_paragraph()
    run = p.add_run(l['form'])
    run.bold = True
    run.font.size = Pt(16)
    p = doc.add_paragraph()
    run = p.add_run(CALL[r['lang']])
    run.font.size = Pt(11)
    run.italic = True


def footer(doc, l, rng):
    if rng.random() < 0.7:
        p = doc.sections[0].footer.paragraphs[0]
        p.text = l['footer']
        p.runs[0].font.size = Pt(7)


def budget_table(doc, r, a, l, rng, color, euro_col=False, fill='D9D9D9'):
    cols = 3 if euro_col else 2
    t = doc.add_table(rows=1, cols=cols)
    t.style = 'Table Grid'
    h = t.rows[0].cells
    h[0].text = l['line']
    h[-1].text = l['amount']
    if euro_col:
        h[1].text = '€'
    for c in h:
        shade(c, fill)
        for rr in c.paragraphs[0].runs:
            rr.bold = True

    def row(label, value, bold=False):
        cs = t.add_row().cells
        cs[0].text = label
        if bold:
            cs[0].paragraphs[0].runs[0].bold = True
        if euro_col:
            cs[1].text = '€'
        pp = cs[-1].paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        ans(pp, value, color)
    sub = rng.random() < 0.35 and len(r['lines']) >= 4
    for i, (d, amt) in enumerate(a['lines']):
        row(d, amt)
        if sub and i == 1:
            st = sum(x for _, x in r['lines'][:2])
            if v_mismatch(a):
                st = None
            if st:
                row(l['sub'], plain(st, r['lang']), True)
    if a['total']:
        row(l['sum'], a['total'], True)
    if a['own']:
        row(l['own'], a['own'])
    if a['other']:
        row(l['other'], a['other'])
    return t


def template_a(r, v, rng, doc, l, color, fill):
    """Table with shaded label cells and small italic hints."""
    a = answers(r, v, rng, has_full_addr=False, has_pcplace=rng.random() < 0.5)
    pcplace_row = a['addr_mode'] == 'pc_place_one' and a['pc'] != ''
    h = doc.add_paragraph()
    h.add_run('1. ' + l['sec1']).bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'

    def row(label, value, hint_text=None, check=None):
        cs = t.add_row().cells
        cs[0].width = Cm(6)
        shade(cs[0], fill)
        cs[0].paragraphs[0].add_run(label).bold = True
        if hint_text:
            hint(cs[0].add_paragraph(), hint_text)
        if check is not None:
            boxes(cs[1].paragraphs[0], l['types'], check)
        else:
            ans(cs[1].paragraphs[0], value, color)
    row(l['org'], a['org'], l['org_hint'])
    row(l['type'], None, check=a['type'])
    if v['name_order'] == 'split':
        row(l['last'], a['last'])
        row(l['first'], a['first'])
    else:
        row(l['contact'], a['name'], l['contact_hint'])
    row(l['addr'], a['addr'], l['addr_hint'])
    if pcplace_row:
        row(l['pcplace'], a['pcplace'])
    else:
        row(l['pc'], a['pc'])
        row(l['place'], a['place'])
    row(l['phone'], a['phone'])
    row(l['email'], a['email'])
    if rng.random() < 0.5:
        row(a['second_role'], a['second_name'])
    doc.add_paragraph()
    doc.add_paragraph().add_run('2. ' + l['sec2']).bold = True
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = 'Table Grid'
    for lab, val in [(l['title'], a['title']), (l['descr'], a['descr'])]:
        cs = t2.add_row().cells
        shade(cs[0], fill)
        cs[0].paragraphs[0].add_run(lab).bold = True
        ans(cs[1].paragraphs[0], val, color)
    doc.add_paragraph()
    doc.add_paragraph().add_run('3. ' + l['sec3']).bold = True
    budget_table(doc, r, a, l, rng, color, euro_col=rng.random() < 0.5, fill=fill)
    p = doc.add_paragraph()
    p.add_run(l['req'] + ' ').bold = True
    hint(p, l['req_hint'] + ' ')
    p.add_run(': ')
    ans(p, a['req'], color)
    doc.add_paragraph()
    p = doc.add_paragraph(f"{l['date']}: ")
    ans(p, a['date'], color)
    p.add_run(f"        {l['sign']}: ")
    return a


def template_b(r, v, rng, doc, l, color, fill):
    """Numbered questions with content controls; unused ones still show the placeholder text."""
    a = answers(r, v, rng, has_full_addr=True, has_pcplace=True)
    n = [0]
    sid = [rng.randint(1, 5000)]

    def q(text, value, alias, hint_text=None):
        n[0] += 1
        p = doc.add_paragraph()
        p.add_run(f"{n[0]}. {text}").bold = True
        if hint_text:
            p.add_run(' ')
            hint(p, hint_text)
        p2 = doc.add_paragraph()
        p2.paragraph_format.left_indent = Cm(0.8)
        sid[0] += 1
        sdt(p2, value, alias, sid[0], color, l['empty_cc'])

    def sub(label, value, alias):
        p2 = doc.add_paragraph()
        p2.paragraph_format.left_indent = Cm(0.8)
        p2.add_run(label + ': ')
        sid[0] += 1
        sdt(p2, value, alias, sid[0], color, l['empty_cc'])
    q(l['org_alt'], a['org'], 'vereniging', l['org_hint'])
    n[0] += 1
    p = doc.add_paragraph()
    p.add_run(f"{n[0]}. {l['type']}").bold = True
    boxes(doc.add_paragraph(), l['types'], a['type'])
    n[0] += 1
    p = doc.add_paragraph()
    p.add_run(f"{n[0]}. {l['contact_q']}").bold = True
    if v['name_order'] == 'split' or rng.random() < 0.5:
        sub(l['last'], a['last'], 'naam')
        sub(l['first'], a['first'], 'voornaam')
    else:
        sub(l['contact'], a['name'], 'naam')
    if a['addr_mode'] == 'multiline':
        sub(l['fulladdr'], a['full'], 'adres')
    else:
        sub(l['addr'], a['addr'], 'adres')
        sub(l['pcplace'], a['pcplace'], 'gemeente')
    sub(l['phone'], a['phone'], 'tel')
    sub(l['email'], a['email'], 'mail')
    if rng.random() < 0.6:
        n[0] += 1
        p = doc.add_paragraph()
        p.add_run(f"{n[0]}. {a['second_role']}").bold = True
        sub(l['fullname'], a['second_name'], 'tweede')
        sub(l['phone'], a['second_phone'], 'tel2')
    q(l['title_q'], a['title'], 'titel')
    q(l['descr'], a['descr'], 'omschrijving')
    if rng.random() < 0.5:
        doc.add_paragraph().add_run(l['sec3']).bold = True
        budget_table(doc, r, a, l, rng, color, euro_col=True, fill=fill)
        q(l['req_q'], a['req'], 'bedrag', l['req_hint'])
    else:
        q(l['total'], a['total'], 'totaal')
        if a['own']:
            q(l['own'], a['own'], 'eigen')
        if a['other']:
            q(l['other'], a['other'], 'andere')
        q(l['req_q'], a['req'], 'bedrag', l['req_hint'])
    q(l['iban'], '', 'iban')
    doc.add_paragraph()
    p = doc.add_paragraph(f"{l['date']}: ")
    sid[0] += 1
    sdt(p, a['date'], 'datum', sid[0], color, l['empty_cc'])
    return a


def template_c(r, v, rng, doc, l, color, fill):
    """Old-style form: 'Label:' followed by legacy FORMTEXT fields, FORMCHECKBOXes, budget table with € column."""
    a = answers(r, v, rng, has_full_addr=False, has_pcplace=False)
    k = [0]

    def line(label, value, hint_text=None):
        k[0] += 1
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(6))
        p.add_run(label + ':')
        if hint_text:
            p.add_run(' ')
            hint(p, hint_text)
        p.add_run('\t')
        formtext(p, value, f"Tekst{k[0]}", color)
    doc.add_paragraph().add_run(l['sec1'].upper()).bold = True
    line(l['org'], a['org'], l['org_hint'])
    p = doc.add_paragraph()
    for i, o in enumerate(l['types']):
        formcheck(p, f"Selectievakje{i + 1}", i == a['type'])
        p.add_run(' ' + o + '   ')
    if v['name_order'] == 'split':
        line(l['last'], a['last'])
        line(l['first'], a['first'])
    else:
        line(l['contact'], a['name'], l['contact_hint'])
    line(l['addr'], a['addr'])
    line(l['pc'], a['pc'])
    line(l['place'], a['place'])
    line(l['phone'], a['phone'])
    if rng.random() < 0.45:
        if '@' in a['email'] and not v['alt_from'] and rng.random() < 0.5:
            # e-mail address written in the website box, e-mail box left empty
            line(l['website'], a['email'])
            a['email'] = ''
        else:
            line(l['website'], '')
    line(l['email'], a['email'])
    if rng.random() < 0.5:
        line(a['second_role'], a['second_name'])
    doc.add_paragraph()
    doc.add_paragraph().add_run(l['sec2'].upper()).bold = True
    line(l['title'], a['title'])
    line(l['descr'], a['descr'])
    doc.add_paragraph()
    doc.add_paragraph().add_run(l['sec3'].upper()).bold = True
    budget_table(doc, r, a, l, rng, color, euro_col=True, fill=fill)
    doc.add_paragraph()
    line(l['req'], a['req'], l['req_hint'])
    doc.add_paragraph()
    line(l['date'], a['date'])
    return a


def build(r, v, rng):
    l = L[r['lang']]
    doc = base_doc(r, rng)
    maker = rng.choice(MAKERS[r['lang']])
    header(doc, r, rng, l, maker)
    color = rng.choice(['1F4E79', '0070C0', 'C00000', '2E74B5', '000000', '385623'])
    fill = rng.choice(['D9D9D9', 'DEEAF6', 'E2EFD9', 'FFF2CC', 'F2F2F2'])
    tpl = rng.choice(['A', 'B', 'C'])
    f = {'A': template_a, 'B': template_b, 'C': template_c}[tpl]
    f(r, v, rng, doc, l, color, fill)
    footer(doc, l, rng)
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue(), tpl
