"""LibreOffice Writer forms written as raw ODF XML (zip)."""
import io, zipfile
from xml.sax.saxutils import escape
from labels import L, CALL, MAKERS
from answers import answers

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">')

STYLES = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">'
          '<office:font-face-decls/><office:styles><style:default-style style:family="paragraph">'
          '<style:text-properties style:font-name="{font}" fo:font-family="{font}" fo:font-size="{size}pt"/></style:default-style>'
          '<style:style style:name="Standard" style:family="paragraph"/></office:styles>'
          '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
          'fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
          '</style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
          'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>')

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')

META = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta>'
        '<meta:generator>LibreOffice/6.0.7.3$Windows_X86_64 LibreOffice_project/dc89aa7a9eabfd848af146d5086077aeed2ae4a5</meta:generator>'
        '<meta:initial-creator>{creator}</meta:initial-creator></office:meta></office:document-meta>')


def auto_styles(color, fill):
    return ('<office:automatic-styles>'
            '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
            '<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>'
            '<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>'
            f'<style:style style:name="Lbl" style:family="table-cell"><style:table-cell-properties fo:background-color="#{fill}" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="Val" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="7pt" fo:color="#555555"/></style:style>'
            '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic" fo:font-size="8pt" fo:color="#595959"/></style:style>'
            f'<style:style style:name="Ans" style:family="text"><style:text-properties fo:color="#{color}" style:font-name="Courier New" fo:font-family="\'Courier New\'"/></style:style>'
            '</office:automatic-styles>')


def t(s):
    parts = [escape(x) for x in s.split('\n')]
    return '<text:line-break/>'.join(parts)


def A(s):
    return f'<text:span text:style-name="Ans">{t(s)}</text:span>' if s else ''


def P(inner, style=None):
    st = f' text:style-name="{style}"' if style else ''
    return f'<text:p{st}>{inner}</text:p>'


def template_table(r, v, rng, l):
    a = answers(r, v, rng, has_full_addr=rng.random() < 0.5, has_pcplace=rng.random() < 0.5)
    rows = []

    def row(label, value, h=None):
        lab = f'<text:span text:style-name="B">{t(label)}</text:span>' + (f' <text:span text:style-name="I">{t(h)}</text:span>' if h else '')
        rows.append(f'<table:table-row><table:table-cell table:style-name="Lbl" office:value-type="string">{P(lab)}</table:table-cell>'
                    f'<table:table-cell table:style-name="Val" office:value-type="string">{P(A(value))}</table:table-cell></table:table-row>')
    row(l['org'], a['org'], l['org_hint'])
    row(l['type'], '   '.join(('☒ ' if i == a['type'] else '☐ ') + o for i, o in enumerate(l['types'])))
    if v['name_order'] == 'split':
        row(l['last'], a['last'])
        row(l['first'], a['first'])
    else:
        row(l['contact'], a['name'], l['contact_hint'])
    if a['addr_mode'] == 'multiline':
        row(l['fulladdr'], a['full'])
    elif a['addr_mode'] == 'pc_place_one' and a['pc']:
        row(l['addr'], a['addr'], l['addr_hint'])
        row(l['pcplace'], a['pcplace'])
    else:
        row(l['addr'], a['addr'], l['addr_hint'])
        row(l['pc'], a['pc'])
        row(l['place'], a['place'])
    row(l['phone'], a['phone'])
    row(l['email'], a['email'])
    if rng.random() < 0.4:
        row(a['second_role'], a['second_name'])
    row(l['title'], a['title'])
    row(l['descr'], a['descr'])
    for d, amt in a['lines']:
        row(d, '€ ' + amt if r['lang'] != 'fr' else amt + ' €')
    if a['total']:
        row(l['total'], a['total'])
    if a['own']:
        row(l['own'], a['own'])
    if a['other']:
        row(l['other'], a['other'])
    row(l['req'], a['req'], l['req_hint'])
    row(l['date'], a['date'])
    tbl = ('<table:table table:name="Formulier" table:style-name="Tbl"><table:table-column table:style-name="ColA"/>'
           '<table:table-column table:style-name="ColB"/>' + ''.join(rows) + '</table:table>')
    return tbl


def template_dots(r, v, rng, l):
    """'Naam: .........' lines, typed over (the dots stay behind the answer)."""
    a = answers(r, v, rng, has_full_addr=False, has_pcplace=True)
    out = []

    def line(label, value):
        dots = '.' * max(8, 60 - len(label) - len(value))
        if value:
            out.append(P(f'{escape(label)}: {A(value)} {dots}'))
        else:
            out.append(P(f'{escape(label)}: {"." * 70}'))
    out.append(P(escape(l['sec1']), 'H2'))
    line(l['org_alt'], a['org'])
    out.append(P('   '.join(('[X] ' if i == a['type'] else '[  ] ') + escape(o) for i, o in enumerate(l['types']))))
    if v['name_order'] == 'split':
        line(l['last'], a['last'])
        line(l['first'], a['first'])
    else:
        line(l['contact'], a['name'])
    line(l['addr'], a['addr'])
    if a['addr_mode'] == 'pc_place_one' or rng.random() < 0.5:
        line(l['pcplace'], a['pcplace'])
    else:
        line(l['pc'], a['pc'])
        line(l['place'], a['place'])
    line(l['phone'], a['phone'])
    line(l['email'], a['email'])
    out.append(P(escape(l['sec2']), 'H2'))
    line(l['title'], a['title'])
    out.append(P(escape(l['descr']) + ':'))
    out.append(P(A(a['descr'])))
    out.append(P(escape(l['sec3']), 'H2'))
    for d, amt in a['lines']:
        out.append(P(f'– {escape(d)}: {A(amt)}'))
    if a['total']:
        line(l['total'], a['total'])
    if a['own']:
        line(l['own'], a['own'])
    if a['other']:
        line(l['other'], a['other'])
    line(l['req'], a['req'])
    out.append(P(''))
    line(l['date'], a['date'])
    line(l['sign'], '')
    return ''.join(out)


def template_fields(r, v, rng, l):
    """Input fields (text:text-input) and placeholders left in for empty answers."""
    a = answers(r, v, rng, has_full_addr=True, has_pcplace=True)
    out = []
    n = [0]

    def q(label, value, h=None):
        n[0] += 1
        lab = f'<text:span text:style-name="B">{n[0]}. {t(label)}</text:span>' + (f' <text:span text:style-name="I">{t(h)}</text:span>' if h else '')
        out.append(P(lab))
        if value:
            inp = '<text:line-break/>'.join(f'<text:text-input text:description="{escape(label)}">{escape(x)}</text:text-input>' for x in value.split('\n'))
            out.append(P(f'<text:span text:style-name="Ans">{inp}</text:span>'))
        else:
            out.append(P(f'<text:placeholder text:placeholder-type="text" text:description="{escape(label)}">&lt;{escape(label.lower())}&gt;</text:placeholder>'))
    q(l['org'], a['org'], l['org_hint'])
    q(l['type'], l['types'][a['type']])
    if v['name_order'] == 'split':
        q(l['last'], a['last'])
        q(l['first'], a['first'])
    else:
        q(l['contact_q'], a['name'], l['contact_hint'])
    if a['addr_mode'] == 'multiline':
        q(l['fulladdr'], a['full'])
    else:
        q(l['addr'], a['addr'], l['addr_hint'])
        q(l['pcplace'], a['pcplace'])
    q(l['phone'], a['phone'])
    q(l['email'], a['email'])
    q(l['title_q'], a['title'])
    q(l['descr'], a['descr'])
    q(l['total'], a['total'])
    if a['own']:
        q(l['own'], a['own'])
    if a['other']:
        q(l['other'], a['other'])
    q(l['req_q'], a['req'], l['req_hint'])
    q(l['date'], a['date'])
    return ''.join(out)


def build(r, v, rng):
    l = L[r['lang']]
    color = rng.choice(['1F4E79', '0000FF', 'C9211E', '000080', '2A6099'])
    fill = rng.choice(['DDDDDD', 'DEE6EF', 'E8F2A1', 'FFF5CE'])
    tpl = rng.choice(['table', 'dots', 'fields'])
    body = {'table': template_table, 'dots': template_dots, 'fields': template_fields}[tpl](r, v, rng, l)
    maker = rng.choice(MAKERS[r['lang']])
    top = P(escape(maker), 'Small') + P(escape(l['form']), 'H1') + P(escape(CALL[r['lang']]))
    foot = P(escape(l['footer']), 'Small') if rng.random() < 0.6 else ''
    content = HEAD + auto_styles(color, fill) + '<office:body><office:text>' + top + body + foot + '</office:text></office:body></office:document-content>'
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
        z.writestr('META-INF/manifest.xml', MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('content.xml', content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('styles.xml', STYLES.replace('{font}', rng.choice(['Liberation Serif', 'Liberation Sans', 'DejaVu Sans'])).replace('{size}', '11'),
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('meta.xml', META.replace('{creator}', escape(maker.split('–')[0].strip())), compress_type=zipfile.ZIP_DEFLATED)
    return bio.getvalue(), tpl
