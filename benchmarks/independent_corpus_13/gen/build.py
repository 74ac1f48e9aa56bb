# -*- coding: utf-8 -*-
"""Rebuild corpus 13 ("a mixed post-bag") deterministically.

    /tmp/c13venv/bin/python gen/build.py

Writes {dev,test}/*.eml + truth.jsonl and gen/drawn_{dev,test}.jsonl.
Written from the call text only.
"""
import io
import os
import re
import sys
import json
import random
import hashlib
import zipfile
import datetime as dt
from email.message import EmailMessage
from email import policy
from email.utils import formataddr, format_datetime
from xml.sax.saxutils import escape as xesc

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import R  # noqa: E402
from common import parse_amount, amount_sub, phone_e164  # noqa: E402

ROOT = os.path.dirname(HERE)
FONTS = os.path.join(HERE, 'fonts')
SEED = 1313
POL = policy.default.clone(linesep='\r\n')
COORD = ('Coördinatie Partons 2.0', 'coordinator@example.org')

TTF = {
    'sans': '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    'sansb': '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    'serif': '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
    'serifb': '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
    'mono': '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf',
    'dejavu': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    'dejavub': '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    'dejavuserif': '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
}


def hand_font(name):
    return os.path.join(FONTS, name + '.ttf')


MONTHS = {'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
                 'september', 'oktober', 'november', 'december'],
          'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
                 'septembre', 'octobre', 'novembre', 'décembre']}
DAYS = {'nl': ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
        'fr': ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']}


def when(r):
    d = dt.datetime.strptime(r['date'], '%Y-%m-%d %H:%M')
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=2)))


def long_date(r, days_before=0):
    d = when(r) - dt.timedelta(days=days_before)
    return '%d %s 2019' % (d.day, MONTHS[r['lang']][d.month - 1])


def short_date(r, days_before=0):
    d = when(r) - dt.timedelta(days=days_before)
    return d.strftime('%d/%m/%Y')


# ---------------------------------------------------------------- raw strings / truth
def up(r, s):
    return s.upper() if (r['caps'] and s) else s


def drawn_fields(r):
    """the raw strings as they are written in the mail/document, per truth field"""
    f = {}
    if r['org']:
        f['organisation'] = up(r, r['org'])
    f['contact_name'] = up(r, r['contact'])
    f['email'] = r['email_doc'] or r['frm'][1]
    f['phone'] = r['phone']
    f['address'] = up(r, r['address'])
    f['postcode'] = r['postcode']
    f['municipality'] = up(r, r['muni'])
    f['country'] = r['postcode']
    f['project_title'] = up(r, r['title'])
    if r['req']:
        f['requested_amount'] = r['req']
    if r['total']:
        f['total_budget'] = r['total']
    if r['own']:
        f['own_contribution'] = r['own']
    return f


def truth_fields(r):
    t = {}
    if r['org']:
        t['organisation'] = r['org']
    t['contact_name'] = r['contact']
    t['email'] = (r['email_doc'] or r['frm'][1]).lower()
    t['phone'] = phone_e164(r['phone'], r['country'])
    t['address'] = r['address']
    t['postcode'] = r['postcode']
    t['municipality'] = r['muni']
    t['country'] = r['country']
    t['project_title'] = r['title']
    if r['req']:
        t['requested_amount'] = parse_amount(r['req'])
    else:
        t['requested_amount'] = amount_sub(parse_amount(r['total']), parse_amount(r['own']))
    if r['total']:
        t['total_budget'] = parse_amount(r['total'])
    return t


# ---------------------------------------------------------------- form content
FORM_HEAD = {
    'nl': ['Provincie West-Vlaanderen – Partons 2.0',
           'Projectenoproep "Maak werk van je buurt!" 2019',
           'Aanvraagformulier projectidee'],
    'fr': ['Partons 2.0 – Province de Flandre-Occidentale et partenaires français',
           'Appel à projets « Faites bouger votre village ! » 2019',
           'Fiche de candidature – idée de projet'],
}
FORM_FOOT = {
    'nl': 'Terug te sturen vóór 16 juni 2019 naar coordinator@example.org of per post.',
    'fr': "À renvoyer avant le 16 juin 2019 à coordinator@example.org ou par courrier.",
}


def form_rows(r):
    """(label, value, field) rows of an application form, values as written"""
    L = r['lang']
    d = drawn_fields(r)
    split_pc = r['key'] in ('D01', 'D04', 'D05', 'D15', 'D18', 'T02', 'T03', 'T06', 'T14', 'T19', 'T20')
    req_val = d.get('requested_amount', '')
    if r.get('req_words'):
        req_val = '%s (%s)' % (r['req_words'], r['req'])
    if L == 'nl':
        rows = [('Naam initiatiefnemer (vereniging, bestuur of bewoner)', d.get('organisation') or d['contact_name'],
                 'organisation' if r['org'] else 'contact_name'),
                ('Contactpersoon', d['contact_name'] if r['org'] else '', 'contact_name'),
                ('Adres (straat en nummer)', d['address'], 'address')]
        if split_pc:
            rows += [('Postcode', d['postcode'], 'postcode'), ('Gemeente / deelgemeente', d['municipality'], 'municipality')]
        else:
            rows += [('Postcode en gemeente', '%s %s' % (d['postcode'], d['municipality']), 'pc_muni')]
        rows += [('Telefoon / gsm', d['phone'], 'phone'),
                 ('E-mail', r['email_doc'] or '', 'email'),
                 ('Titel van het project', d['project_title'], 'project_title'),
                 ('Korte omschrijving van het projectidee', up(r, r['desc']), 'desc'),
                 ('Geraamde totale kostprijs', d.get('total_budget', ''), 'total_budget'),
                 ('Gevraagde steun (max. 10 000 euro)', req_val, 'requested_amount'),
                 ('Datum', short_date(r), 'date')]
    else:
        rows = [('Porteur de projet (association, commune ou habitant)', d.get('organisation') or d['contact_name'],
                 'organisation' if r['org'] else 'contact_name'),
                ('Personne de contact', d['contact_name'] if r['org'] else '', 'contact_name'),
                ('Adresse', d['address'], 'address')]
        if split_pc:
            rows += [('Code postal', d['postcode'], 'postcode'), ('Commune', d['municipality'], 'municipality')]
        else:
            rows += [('Code postal et commune', '%s %s' % (d['postcode'], d['municipality']), 'pc_muni')]
        rows += [('Téléphone', d['phone'], 'phone'),
                 ('Courriel', r['email_doc'] or '', 'email'),
                 ('Intitulé du projet', d['project_title'], 'project_title'),
                 ('Description succincte du projet', up(r, r['desc']), 'desc'),
                 ('Budget total estimé', d.get('total_budget', ''), 'total_budget'),
                 ('Montant demandé (max. 10 000 euros)', req_val, 'requested_amount'),
                 ('Date', short_date(r), 'date')]
    return rows


# ---------------------------------------------------------------- letter content
def fill(r, s):
    return s.format(total=r['total'] or '', own=r['own'] or '', req=r['req'] or '',
                    req_words=r.get('req_words') or '', title=r['title'], org=r['org'] or '')


def letter_struct(r):
    L = r['lang']
    nl = L == 'nl'
    style = 'line' if r['key'] in ('D08', 'D20', 'T16') else 'block'
    s = {'sender': [], 'recipient': [], 'bottom': None}
    if style == 'block':
        if r['key'] not in ('D19', 'T16'):  # those have a printed letterhead instead
            s['sender'].append(r['org'] or r['contact'])
        if r['org'] and r['key'] in ('D07', 'T18'):
            s['sender'].append('p/a ' + r['contact'])
        s['sender'] += [r['address'], '%s %s' % (r['postcode'], r['muni'])]
        s['sender'].append(('Tel. ' if nl else 'Tél. ') + r['phone'])
        if r['email_doc']:
            s['sender'].append(('E-mail: ' if nl else 'Courriel : ') + r['email_doc'])
    if r['key'] not in ('T15', 'D20'):
        if nl:
            s['recipient'] = ['Provincie West-Vlaanderen', 't.a.v. de projectcoördinator Partons 2.0',
                              'Woumenweg 100', '8600 Diksmuide']
        else:
            s['recipient'] = ['Province de Flandre-Occidentale', "À l'attention du coordinateur Partons 2.0",
                              'Woumenweg 100', '8600 Diksmuide (Belgique)']
    s['place_date'] = '%s, %s' % (r['muni'] if style == 'block' else r['muni'], long_date(r))
    s['subject'] = ('Betreft: ' if nl else 'Objet : ') + r['title']
    paras = [fill(r, p) for p in r['paras']]
    if nl:
        s['salutation'] = 'Beste,' if r['key'] in ('D19', 'T18', 'T15') else 'Geachte mevrouw, geachte heer,'
    else:
        s['salutation'] = None if paras[0].startswith('Madame') else 'Madame, Monsieur,'
    s['paras'] = paras
    sig = [r['contact']]
    if r['role']:
        sig.append(r['role'])
    if r['org']:
        sig.append(r['org'])
    s['signature'] = sig
    if style == 'line':
        x = ('Contact : ' if not nl else 'Contact: ') + '%s, %s, %s %s, %s %s' % (
            r['contact'], r['address'], r['postcode'], r['muni'], 'tél.' if not nl else 'tel.', r['phone'])
        if r['email_doc']:
            x += ', ' + r['email_doc']
        s['bottom'] = x
    return s


def letter_lines(r):
    """flat list of (text, kind) for simple renderers"""
    s = letter_struct(r)
    out = [(x, 'sender') for x in s['sender']]
    if out:
        out.append(('', 'gap'))
    out += [(x, 'recipient') for x in s['recipient']]
    if s['recipient']:
        out.append(('', 'gap'))
    out.append((s['place_date'], 'date'))
    out.append(('', 'gap'))
    out.append((s['subject'], 'subject'))
    out.append(('', 'gap'))
    if s['salutation']:
        out.append((s['salutation'], 'para'))
    for p in s['paras']:
        out.append((p, 'para'))
    out.append(('', 'gap'))
    out.append(('', 'signspace'))
    out += [(x, 'signature') for x in s['signature']]
    if s['bottom']:
        out.append(('', 'gap'))
        out.append((s['bottom'], 'bottom'))
    return out


# ---------------------------------------------------------------- DOCX
def docx_fix_zip(data, when_):
    """rewrite a zip with fixed timestamps (deterministic output)"""
    zin = zipfile.ZipFile(io.BytesIO(data))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when_)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return bio.getvalue()


def docx_props(doc, r, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ''
    cp.title = ''
    d = when(r).replace(tzinfo=None) - dt.timedelta(hours=2)
    cp.created = d - dt.timedelta(days=1, hours=3)
    cp.modified = d - dt.timedelta(minutes=20)
    cp.revision = 3


def make_docx_form(r):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri' if r['lang'] == 'nl' else 'Arial'
    st.font.size = Pt(10.5)
    head = FORM_HEAD[r['lang']]
    p = doc.add_paragraph()
    p.add_run(head[0]).italic = True
    p = doc.add_paragraph()
    rr = p.add_run(head[1])
    rr.bold = True
    rr.font.size = Pt(15)
    doc.add_paragraph(head[2])
    rows = form_rows(r)
    t = doc.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    sdt_id = 500000 + int(hashlib.md5(r['key'].encode()).hexdigest()[:5], 16)
    for i, (lab, val, fk) in enumerate(rows):
        cells = t.add_row().cells
        cells[0].width = Cm(6)
        cells[1].width = Cm(10.5)
        lp = cells[0].paragraphs[0]
        lr = lp.add_run(lab)
        lr.bold = True
        if r.get('sdt') and val != '' or (r.get('sdt') and fk in ('email', 'total_budget', 'contact_name')):
            tc = cells[1]._tc
            for pp in list(tc.findall('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p')):
                tc.remove(pp)
            tag = re.sub(r'[^a-z]', '', lab.lower())[:20]
            if val:
                content = '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(val)
                ph = ''
            else:
                content = ('<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                           '<w:t>%s</w:t></w:r></w:p>' % ('Klik of tik om tekst in te voeren.' if r['lang'] == 'nl'
                                                          else 'Cliquez ou appuyez ici pour entrer du texte.'))
                ph = '<w:showingPlcHdr/>'
            xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s<w:text/></w:sdtPr>'
                   '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (nsdecls('w'), xesc(lab[:40], {'"': '&quot;'}), tag,
                                                                sdt_id + i, ph, content))
            tc.append(parse_xml(xml))
        else:
            cells[1].paragraphs[0].add_run(val)
    doc.add_paragraph()
    doc.add_paragraph(FORM_FOOT[r['lang']]).runs[0].font.size = Pt(8)
    docx_props(doc, r, r['contact'] if r['key'] != 'D04' else 'Utilisateur')
    bio = io.BytesIO()
    doc.save(bio)
    return docx_fix_zip(bio.getvalue(), when(r).timetuple()[:6])


def make_docx_letter(r):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman' if r['lang'] == 'fr' else 'Calibri'
    st.font.size = Pt(11)
    s = letter_struct(r)
    for x in s['sender']:
        p = doc.add_paragraph(x)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for x in s['recipient']:
        p = doc.add_paragraph(x)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Pt(260)
    doc.add_paragraph()
    p = doc.add_paragraph(s['place_date'])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.add_run(s['subject']).bold = True
    if s['salutation']:
        doc.add_paragraph(s['salutation'])
    for x in s['paras']:
        p = doc.add_paragraph(x)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph()
    for x in s['signature']:
        p = doc.add_paragraph(x)
        p.paragraph_format.space_after = Pt(0)
    if s['bottom']:
        doc.add_paragraph()
        doc.add_paragraph(s['bottom']).runs[0].font.size = Pt(9)
    docx_props(doc, r, r['contact'])
    bio = io.BytesIO()
    doc.save(bio)
    return docx_fix_zip(bio.getvalue(), when(r).timetuple()[:6])


# ---------------------------------------------------------------- ODT (XML by hand)
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'office:version="1.2"')


def make_odt_form(r):
    rows = form_rows(r)
    head = FORM_HEAD[r['lang']]
    cells = []
    for lab, val, fk in rows:
        vv = ''.join('<text:p text:style-name="P2">%s</text:p>' % xesc(v) for v in (val.split('\n') if val else ['']))
        cells.append('<table:table-row><table:table-cell table:style-name="T1.A1" office:value-type="string">'
                     '<text:p text:style-name="P3">%s</text:p></table:table-cell>'
                     '<table:table-cell table:style-name="T1.A1" office:value-type="string">%s</table:table-cell>'
                     '</table:table-row>' % (xesc(lab), vv))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:font-face-decls>'
               '<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'"/>'
               '</office:font-face-decls><office:automatic-styles>'
               '<style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
               '<style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>'
               '<style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>'
               '<style:style style:name="T1.A1" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
               '<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>'
               '<style:style style:name="P3" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P4" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>'
               '</office:automatic-styles><office:body><office:text>'
               '<text:p text:style-name="P4">%s</text:p><text:p text:style-name="P1">%s</text:p>'
               '<text:p text:style-name="Standard">%s</text:p>'
               '<table:table table:name="Tableau1" table:style-name="T1">'
               '<table:table-column table:style-name="T1.A"/><table:table-column table:style-name="T1.B"/>%s'
               '</table:table><text:p text:style-name="Standard"/><text:p text:style-name="P4">%s</text:p>'
               '</office:text></office:body></office:document-content>'
               % (ODT_NS, xesc(head[0]), xesc(head[1]), xesc(head[2]), ''.join(cells), xesc(FORM_FOOT[r['lang']])))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '</office:styles></office:document-styles>' % ODT_NS)
    d = when(r).strftime('%Y-%m-%dT%H:%M:%S')
    gen = 'LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe267cc68dde00352a451aa867b3b546ac' \
        if r['key'] == 'D05' else 'LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3'
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>%s</meta:generator><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
            '<meta:creation-date>%s</meta:creation-date></office:meta></office:document-meta>'
            % (ODT_NS, gen, xesc(r['contact']), d, d))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n'
                ' <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                '</manifest:manifest>\n')
    ts = when(r).timetuple()[:6]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        zi = zipfile.ZipInfo('mimetype', date_time=ts)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, 'application/vnd.oasis.opendocument.text')
        for name, data in (('content.xml', content), ('styles.xml', styles), ('meta.xml', meta),
                           ('META-INF/manifest.xml', manifest)):
            zi = zipfile.ZipInfo(name, date_time=ts)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return bio.getvalue()


# ---------------------------------------------------------------- RTF
def rtf_esc(s, mode):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif o < 128:
            out.append(ch)
        elif mode == 'hex':
            out.append("\\'%02x" % ch.encode('cp1252')[0])
        else:  # Word style \uN with cp1252 fallback
            try:
                fb = "\\'%02x" % ch.encode('cp1252')[0]
            except UnicodeEncodeError:
                fb = '?'
            out.append('\\u%d%s' % (o if o < 32768 else o - 65536, fb))
    return ''.join(out)


def make_rtf(r):
    mode = 'hex' if r['lang'] == 'nl' else 'u'
    lines = letter_lines(r)
    if mode == 'hex':
        head = ('{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2067{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n'
                '{\\*\\generator Riched20 10.0.17763}\\viewkind4\\uc1 \r\n')
        body = ['\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang19 ']
    else:
        head = ('{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff0\\deff0\\deflang1036\\deflangfe1036'
                '{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}'
                '{\\f1\\fswiss\\fcharset0\\fprq2 Arial;}}\r\n{\\colortbl;\\red0\\green0\\blue0;}\r\n'
                '{\\info{\\author %s}{\\creatim\\yr2019\\mo5\\dy14\\hr9\\min2}}\\paperw11906\\paperh16838'
                '\\margl1417\\margr1417\\margt1417\\margb1417\r\n' % rtf_esc(r['contact'], 'u'))
        body = ['\\pard\\plain \\ltrpar\\ql \\f0\\fs24\\lang1036 ']
    for text, kind in lines:
        if kind == 'subject':
            body.append('{\\b %s}\\par\r\n' % rtf_esc(text, mode))
        elif kind == 'date':
            body.append('\\qr %s\\par\\ql\r\n' % rtf_esc(text, mode))
        elif kind in ('gap', 'signspace'):
            body.append('\\par\r\n')
        else:
            body.append('%s\\par\r\n' % rtf_esc(text, mode))
    return (head + ''.join(body) + '}\r\n').encode('ascii')


# ---------------------------------------------------------------- PDF (reportlab)
_RL_FONTS = set()


def rl_font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name not in _RL_FONTS:
        fn = {'LiberationSerif': TTF['serif'], 'LiberationSerif-Bold': TTF['serifb'],
              'LiberationSans': TTF['sans'], 'LiberationSans-Bold': TTF['sansb'],
              'DejaVuSans': TTF['dejavu'], 'DejaVuSans-Bold': TTF['dejavub']}[name]
        pdfmetrics.registerFont(TTFont(name, fn))
        _RL_FONTS.add(name)
    return name


def rl_wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        t = (cur + ' ' + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def make_pdf_letter(r):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    f, fb = rl_font('DejaVuSans'), rl_font('DejaVuSans-Bold')
    if r['lang'] == 'nl':
        f, fb = rl_font('LiberationSans'), rl_font('LiberationSans-Bold')
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setAuthor(r['contact'])
    c.setCreator('Microsoft® Word 2016' if r['lang'] == 'nl' else 'Writer')
    c.setTitle('')
    W, H = A4
    y = H - 25 * mm
    x0 = 25 * mm
    size = 10.5
    for text, kind in letter_lines(r):
        if kind == 'gap':
            y -= 5 * mm
            continue
        if kind == 'signspace':
            y -= 10 * mm
            continue
        if kind == 'recipient':
            c.setFont(f, size)
            c.drawString(115 * mm, y, text)
            y -= size * 1.35
            continue
        if kind == 'date':
            c.setFont(f, size)
            c.drawRightString(W - 25 * mm, y, text)
            y -= size * 1.35
            continue
        font = fb if kind == 'subject' else f
        sz = 8.5 if kind == 'bottom' else size
        c.setFont(font, sz)
        for ln in rl_wrap(text, font, sz, W - 50 * mm):
            c.drawString(x0, y, ln)
            y -= sz * 1.4
        if kind == 'para':
            y -= 2.5 * mm
    c.showPage()
    c.save()
    return bio.getvalue()


def make_pdf_form(r):
    """AcroForm: page text labels by reportlab, empty widgets, then values filled with pypdf"""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    import pypdf
    f, fb = rl_font('LiberationSans'), rl_font('LiberationSans-Bold')
    names = {'D01': 'Tekstveld %d', 'D02': 'Text%d', 'T01': 'veld%d', 'T02': 'Champ de texte %d'}[r['key']]
    above = r['key'] in ('D02', 'T01')  # labels above the fields, else left
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setCreator({'D01': 'Writer', 'D02': 'Microsoft® Word 2013', 'T01': 'Writer', 'T02': 'Microsoft® Word 2016'}[r['key']])
    c.setProducer({'D01': 'LibreOffice 6.1', 'D02': 'Microsoft® Word 2013', 'T01': 'LibreOffice 6.2',
                   'T02': 'Microsoft® Word 2016'}[r['key']])
    W, H = A4
    head = FORM_HEAD[r['lang']]
    y = H - 20 * mm
    c.setFont(f, 8)
    c.drawString(20 * mm, y, head[0])
    y -= 9 * mm
    c.setFont(fb, 14)
    c.drawString(20 * mm, y, head[1])
    y -= 7 * mm
    c.setFont(f, 11)
    c.drawString(20 * mm, y, head[2])
    y -= 10 * mm
    values = {}
    n = 0
    for lab, val, fk in form_rows(r):
        n += 1
        name = names % n
        multi = fk == 'desc'
        h = 24 * mm if multi else 7 * mm
        if above or multi:
            c.setFont(fb, 9.5)
            c.drawString(20 * mm, y, lab)
            y -= 2 * mm
            fx, fw = 20 * mm, W - 40 * mm
        else:
            c.setFont(f, 9.5)
            for i, ln in enumerate(rl_wrap(lab, f, 9.5, 60 * mm)):
                c.drawString(20 * mm, y - 4.5 * mm - i * 11, ln)
            y += 0
            fx, fw = 85 * mm, W - 105 * mm
        c.acroForm.textfield(name=name, value='', x=fx, y=y - h, width=fw, height=h,
                             fontName='Helvetica', fontSize=10 if not multi else 9,
                             borderWidth=0.6, borderColor=None, fillColor=None,
                             fieldFlags='multiline' if multi else '', tooltip=lab[:60])
        values[name] = val
        y -= h + (6 * mm if above or multi else 4 * mm)
    c.setFont(f, 8)
    c.drawString(20 * mm, 15 * mm, FORM_FOOT[r['lang']])
    c.showPage()
    c.save()
    rd = pypdf.PdfReader(io.BytesIO(bio.getvalue()))
    w = pypdf.PdfWriter(clone_from=rd)
    w.update_page_form_field_values(w.pages[0], {k: v for k, v in values.items() if v}, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    w.add_metadata({'/Producer': rd.metadata.get('/Producer', ''), '/Creator': rd.metadata.get('/Creator', '')})
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


# ---------------------------------------------------------------- raster pages
class Page:
    def __init__(self, dpi, paper=(255, 255, 255)):
        self.dpi = dpi
        self.img = Image.new('RGB', (self.px(210), self.px(297)), paper)
        self.d = ImageDraw.Draw(self.img)
        self.texts = []
        self._fc = {}

    def px(self, mm):
        return int(round(mm / 25.4 * self.dpi))

    def font(self, path, pt):
        k = (path, pt)
        if k not in self._fc:
            self._fc[k] = ImageFont.truetype(path, max(6, int(round(pt * self.dpi / 72))))
        return self._fc[k]

    def width_mm(self, s, path, pt):
        return self.font(path, pt).getlength(s) / self.dpi * 25.4

    def text(self, x, y, s, path, pt, fill=(20, 20, 20), anchor='ls'):
        if not s:
            return
        self.d.text((self.px(x), self.px(y)), s, font=self.font(path, pt), fill=fill, anchor=anchor)
        self.texts.append(s)

    def wrap(self, s, path, pt, width):
        words, lines, cur = s.split(' '), [], ''
        for w in words:
            t = (cur + ' ' + w).strip()
            if self.width_mm(t, path, pt) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def hand(self, x, y, s, path, pt, ink, rng, record=True):
        """handwritten string, word by word with jitter and a small rotation"""
        if not s:
            return x
        f = self.font(path, pt)
        cx = self.px(x)
        base = self.px(y)
        drift = rng.uniform(-0.8, 0.8)
        for i, w in enumerate(s.split(' ')):
            bb = f.getbbox(w)
            wpx, hpx = bb[2] + 8, int(f.size * 1.6)
            layer = Image.new('L', (wpx + 16, hpx + 16), 0)
            ImageDraw.Draw(layer).text((8, 8 + f.size), w, font=f, fill=255, anchor='ls')
            layer = layer.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True)
            dy = int(rng.normal(0, self.dpi * 0.004)) + int(drift * i * self.dpi / 300)
            ox, oy = cx - 8, base - (8 + f.size) + dy - (layer.size[1] - (hpx + 16)) // 2
            inkimg = Image.new('RGB', layer.size, ink)
            self.img.paste(inkimg, (ox, oy), layer)
            cx += int(f.getlength(w) + f.getlength(' ') * rng.uniform(0.8, 1.1))
        if record:
            self.texts.append(s)
        return cx / self.dpi * 25.4

    def line(self, x1, y1, x2, y2, w=0.25, fill=(40, 40, 40)):
        self.d.line([(self.px(x1), self.px(y1)), (self.px(x2), self.px(y2))], fill=fill,
                    width=max(1, self.px(w)))

    def dotted(self, x1, x2, y, fill=(90, 90, 90)):
        step = 1.2
        xx = x1
        while xx < x2:
            self.d.point((self.px(xx), self.px(y)), fill=fill)
            self.d.point((self.px(xx) + 1, self.px(y)), fill=fill)
            xx += step

    def rect(self, x1, y1, x2, y2, w=0.25, fill=None, outline=(40, 40, 40)):
        self.d.rectangle([self.px(x1), self.px(y1), self.px(x2), self.px(y2)], fill=fill, outline=outline,
                         width=max(1, self.px(w)))


def draw_letter(pg, r, rng):
    font = TTF['serif'] if r['lang'] == 'nl' else TTF['dejavuserif']
    fontb = TTF['serifb'] if r['lang'] == 'nl' else TTF['dejavub']
    size = 11 if r['lang'] == 'nl' else 10
    y = 28
    lh = size * 0.50
    if r['org'] and r['key'] in ('D19', 'T16'):  # letterhead
        pg.text(25, y, r['org'], fontb, 14)
        pg.line(25, y + 2.5, 185, y + 2.5, 0.4)
        y += 10
    for text, kind in letter_lines(r):
        if kind == 'gap':
            y += lh * 0.9
            continue
        if kind == 'signspace':
            # a scribbled signature above the typed name
            hf = hand_font('reenie-beanie' if r['lang'] == 'nl' else 'covered-by-your-grace')
            pg.hand(27, y + 7, r['contact'].split()[0][0] + '. ' + r['contact'].split()[-1], hf, 22,
                    (25, 35, 110), rng, record=False)
            y += 13
            continue
        if kind == 'recipient':
            pg.text(108, y, text, font, size)
            y += lh
            continue
        if kind == 'date':
            pg.text(185 - pg.width_mm(text, font, size), y, text, font, size)
            y += lh
            continue
        f = fontb if kind == 'subject' else font
        sz = 8.5 if kind == 'bottom' else size
        for ln in pg.wrap(text, f, sz, 160):
            pg.text(25, y, ln, f, sz)
            y += sz * 0.50
        if kind == 'para':
            y += 2.8


def draw_form(pg, r, rng, hand):
    """printed form; values typed (hand=None) or filled in by hand"""
    L = r['lang']
    head = FORM_HEAD[L]
    pg.text(18, 18, head[0], TTF['sans'], 8, fill=(60, 60, 60))
    pg.text(18, 28, head[1], TTF['sansb'], 15)
    pg.text(18, 35, head[2], TTF['sans'], 11)
    y = 46
    ink = (20, 30, 120) if r['key'] not in ('T19',) else (15, 15, 15)
    for lab, val, fk in form_rows(r):
        multi = fk == 'desc'
        if multi:
            pg.text(18, y, lab, TTF['sansb'], 9.5)
            box_h = 34 if hand else 24
            pg.rect(18, y + 2, 192, y + 2 + box_h, 0.25)
            if hand:
                lines = pg.wrap(val, hand, 17 if not r['caps'] else 15, 165)
                yy = y + 10
                for ln in lines[:4]:
                    pg.hand(21, yy, ln, hand, 17 if not r['caps'] else 15, ink, rng)
                    yy += 8
            else:
                yy = y + 7
                for ln in pg.wrap(val, TTF['mono'], 10, 168):
                    pg.text(21, yy, ln, TTF['mono'], 10)
                    yy += 4.6
            y += box_h + 9
            continue
        labl = pg.wrap(lab, TTF['sans'], 9.5, 62)
        for i, ln in enumerate(labl):
            pg.text(18, y + i * 4, ln, TTF['sans'], 9.5)
        if hand:
            pg.dotted(82, 192, y + 1.2)
            if val:
                pg.hand(84 + rng.uniform(0, 3), y - 0.3 + rng.uniform(-0.6, 0.4), val, hand,
                        17 if not r['caps'] else 15, ink, rng)
        else:
            pg.rect(80, y - 5, 192, y + 2, 0.25)
            if val:
                pg.text(82, y, val, TTF['mono'], 10.5)
        y += max(11, 4 * len(labl) + 6)
    pg.text(18, 285, FORM_FOOT[L], TTF['sans'], 7.5, fill=(60, 60, 60))


def render_page(r, dpi, rng):
    pg = Page(dpi, paper=(255, 255, 255) if r['fmt'] == 'scan_pdf' else (250, 248, 242))
    lay = r['layout']
    if lay == 'letter':
        draw_letter(pg, r, rng)
    elif lay == 'typedform':
        draw_form(pg, r, rng, None)
    else:
        draw_form(pg, r, rng, hand_font(r['hand']))
    return pg


def scanify(img, rng, angle, quality, gray):
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    if gray:
        img = img.convert('L')
    a = np.asarray(img).astype(np.float32)
    a = a * rng.uniform(0.88, 0.95) + rng.uniform(8, 18)          # grey-ish paper, lower contrast
    h, w = a.shape[:2]
    shade = np.linspace(rng.uniform(-10, 0), rng.uniform(0, 6), w)[None, :]
    a = a + (shade if a.ndim == 2 else shade[..., None])
    a = a + rng.normal(0, 5.0, a.shape)
    speck = rng.random(a.shape[:2]) < 0.0004
    a[speck] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    bio = io.BytesIO()
    img.save(bio, 'JPEG', quality=quality, optimize=True)
    return bio.getvalue(), img.size, img.mode


def image_pdf(jpeg, size, mode, dpi, producer):
    """minimal PDF: one page, one DCT image, no fonts, no text"""
    w, h = size
    W, H = w * 72.0 / dpi, h * 72.0 / dpi
    cs = '/DeviceGray' if mode == 'L' else '/DeviceRGB'
    content = ('q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q' % (W, H)).encode()
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 4 0 R >> >> '
         '/Contents 5 0 R >>' % (W, H)).encode(),
        ('<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 '
         '/Filter /DCTDecode /Length %d >>\nstream\n' % (w, h, cs, len(jpeg))).encode() + jpeg + b'\nendstream',
        ('<< /Length %d >>\nstream\n' % len(content)).encode() + content + b'\nendstream',
        ('<< /Producer (%s) /CreationDate (D:20190101000000) >>' % producer).encode(),
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    return out.getvalue()


def make_scan_pdf(r, rng, i):
    dpi = [200, 200, 300, 240][i % 4]
    pg = render_page(r, dpi, rng)
    sign = 1 if rng.random() < 0.5 else -1
    angle = sign * rng.uniform(0.3, 2.5)
    q = int(rng.integers(40, 76))
    gray = r['key'] not in ('D16', 'T17')
    jpeg, size, mode = scanify(pg.img, rng, angle, q, gray)
    prod = ['Canon iR-ADV C5535 PDF', 'HP Digital Sending Device', 'KONICA MINOLTA bizhub C284e',
            'Brother MFC-J5330DW'][i % 4]
    # stamp the date in the PDF info deterministically
    pdf = image_pdf(jpeg, size, mode, dpi, prod)
    pdf = pdf.replace(b'D:20190101000000', when(r).strftime('D:%Y%m%d%H%M%S').encode())
    meta = {'dpi': dpi, 'angle': round(angle, 2), 'jpeg_quality': q, 'gray': gray}
    return pdf, pg.texts, meta


def persp_coeffs(dst, src):
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return np.linalg.solve(np.array(A, float), np.array(b, float)).tolist()


def wood(rng, W, H):
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    ph = rng.uniform(0, 6)
    fr = rng.uniform(0.03, 0.08)
    warp = np.cumsum(rng.normal(0, 0.02, H))
    warp = np.convolve(warp, np.ones(80) / 80, 'same').astype(np.float32)[:, None] * 40
    grain = np.sin((x * fr + np.sin(y * 0.004 + ph) * 6.0 + warp)) * 0.5 + 0.5
    grain = 0.6 * grain + 0.4 * (np.sin(x * fr * 3.1 + warp * 1.7 + ph) * 0.5 + 0.5)
    grain = grain * 0.6 + rng.normal(0, 0.08, (H, W)) + np.sin(y * 0.0015 + ph) * 0.15
    base = np.array(rng.choice([[150, 105, 70], [120, 85, 55], [185, 150, 110], [110, 110, 112]]), np.float32)
    a = base[None, None, :] * (0.75 + 0.35 * grain[..., None])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photoify(page_img, rng):
    W, H = 1200, 1600
    bg = wood(rng, W, H)
    sw, sh = page_img.size
    dst = [(rng.uniform(90, 200), rng.uniform(70, 190)), (W - rng.uniform(40, 170), rng.uniform(40, 160)),
           (W - rng.uniform(10, 90), H - rng.uniform(30, 120)), (rng.uniform(10, 100), H - rng.uniform(50, 140))]
    src = [(0, 0), (sw, 0), (sw, sh), (0, sh)]
    co = persp_coeffs(dst, src)
    warped = page_img.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new('L', page_img.size, 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    # drop shadow of the sheet on the table
    sh_mask = Image.new('L', (W, H), 0)
    sh_mask.paste(mask, (int(rng.uniform(8, 22)), int(rng.uniform(10, 26))))
    sh_mask = sh_mask.filter(ImageFilter.GaussianBlur(18))
    bga = np.asarray(bg).astype(np.float32) * (1 - 0.55 * np.asarray(sh_mask, np.float32)[..., None] / 255)
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    comp = Image.composite(warped, bg, mask)
    a = np.asarray(comp).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # uneven light: gradient + hotspot + a soft shadow of phone/hand
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.86 + 0.14 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    hx, hy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
    light += 0.12 * np.exp(-(((xx - hx) / (0.45 * W)) ** 2 + ((yy - hy) / (0.45 * H)) ** 2))
    shadow = Image.new('L', (W, H), 0)
    sd = ImageDraw.Draw(shadow)
    cx, cy = rng.uniform(0.55, 1.0) * W, rng.uniform(0.7, 1.05) * H
    sd.ellipse([cx - 420, cy - 260, cx + 420, cy + 260], fill=255)
    shadow = np.asarray(shadow.filter(ImageFilter.GaussianBlur(90)), np.float32) / 255
    light *= (1 - 0.30 * shadow)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.90], np.float32)[None, None, :]
    a += rng.normal(0, 3.0, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3)))
    return img


def make_photo(r, rng, i):
    pg = render_page(r, 140, rng)
    img = photoify(pg.img, rng)
    exif = Image.Exif()
    cams = [('samsung', 'SM-G960F'), ('Apple', 'iPhone 7'), ('HUAWEI', 'ANE-LX1')]
    mk, md = cams[i % 3]
    exif[271] = mk
    exif[272] = md
    exif[306] = when(r).strftime('%Y:%m:%d %H:%M:%S')
    q = int(rng.integers(68, 80))
    bio = io.BytesIO()
    img.save(bio, 'JPEG', quality=q, exif=exif.tobytes(), optimize=True)
    return bio.getvalue(), pg.texts, {'jpeg_quality': q, 'camera': md}


# ---------------------------------------------------------------- body texts
def body_text(r):
    """text (and html) of the body_plain / body_html formats; returns (plain, html)"""
    k = r['key']
    d = drawn_fields(r)
    if k == 'D10':
        return ("Beste,\n\nHierbij mijn projectidee voor de oproep Maak werk van je buurt.\n\n"
                "Projectidee: %s\n"
                "Wat: achter de parochiezaal ligt een stuk grond dat niemand gebruikt. Ik wil er met de "
                "buren een samentuin van maken, met een paar bakken voor de school en een bank.\n"
                "Totale kost: %s (hout, aarde, plantgoed, regenton, gereedschap)\n"
                "Gevraagd bedrag: %s (het volledige bedrag, we hebben geen kas)\n\n"
                "Ik ben geen vereniging, gewoon een bewoner, maar een tiental buren doet mee.\n\n"
                "Wim Beun, %s, %s %s, %s\n" % (r['title'], r['total'], r['req'], r['address'], r['postcode'],
                                                r['muni'], r['phone'])), None
    if k == 'T11':
        return ("Bonjour,\n\nje suis habitante de Cassel et je voudrais proposer un petit projet : "
                "%s. Les enfants du centre de loisirs et les anciens du club peindraient ensemble le "
                "mur côté parking, avec un artiste du coin.\n\n"
                "Ça coûterait environ %s en tout (peinture, échafaudage, artiste), je demande %s.\n\n"
                "Je ne fais partie d'aucune association.\n\n"
                "Chantal Bouquet\n%s\n%s %s\n%s\n\nEnvoyé de mon iPad\n"
                % (r['title'].lower() if False else r['title'], r['total'], r['req'], r['address'],
                   r['postcode'], r['muni'], r['phone'])), None
    if k == 'D11':
        prev = when(r) - dt.timedelta(days=3, hours=3)
        prev2 = when(r) - dt.timedelta(days=5, hours=-8)
        return ("Bonjour,\n\nComme convenu au téléphone, voici notre idée de projet, au nom de "
                "l'Association des parents d'élèves de l'école Saint-Joseph de Herzeele.\n\n"
                "Titre du projet : %s\n\n"
                "Aujourd'hui la cour est entièrement goudronnée et fermée après 16h30. Nous voulons la "
                "végétaliser avec les enfants, les parents et les voisins (arbres, potager, coin "
                "lecture) et l'ouvrir aux familles du village le mercredi et le samedi.\n\n"
                "Montant demandé : %s (plantations, mobilier, paillage et un paysagiste pour deux "
                "ateliers participatifs).\n\n"
                "Bien à vous,\n\nNathalie Bollengier\nprésidente de l'APE Saint-Joseph\n%s, %s %s\n"
                "Tél. %s - %s\n\n"
                "Le %s %d %s 2019 à %s, Coordination Partons 2.0 <coordinator@example.org> a écrit :\n"
                "> Bonjour Madame Bollengier,\n>\n"
                "> Merci pour votre appel. Votre idée entre tout à fait dans le cadre de l'appel à\n"
                "> projets. Vous pouvez nous envoyer une courte description par e-mail avant le\n"
                "> 16 juin 2019, avec le budget et le montant demandé (10 000 euros maximum).\n>\n"
                "> Bien cordialement,\n> Le coordinateur Partons 2.0\n> Province de Flandre-Occidentale\n"
                "> +32 51 40 00 00\n>\n"
                "> Le %s %d %s 2019 à %s, Nathalie Bollengier <nathalie.bollengier@example.com> a écrit :\n"
                ">> Bonjour,\n>> je suis présidente de l'association des parents d'élèves de Herzeele.\n"
                ">> Est-ce qu'une cour d'école peut entrer dans votre appel à projets ?\n>> Merci\n"
                ">> Nathalie\n"
                % (r['title'], r['req'], r['address'], r['postcode'], r['muni'], r['phone'], r['email_doc'],
                   DAYS['fr'][prev.weekday()], prev.day, MONTHS['fr'][prev.month - 1], prev.strftime('%H:%M'),
                   DAYS['fr'][prev2.weekday()], prev2.day, MONTHS['fr'][prev2.month - 1], prev2.strftime('%H:%M'))), None
    if k == 'T10':
        prev = when(r) - dt.timedelta(days=5, hours=8)
        prev2 = when(r) - dt.timedelta(days=6, hours=1)
        return ("Beste,\n\nZoals beloofd hieronder ons projectidee. We dienen het in als Buurtwerking "
                "Nieuwkerke (feitelijke vereniging, een twintigtal buren).\n\n"
                "Naam van het project: %s\n\n"
                "In elke straat van Nieuwkerke zoeken we een buurtmeester: iemand die de buren kent, "
                "nieuwe inwoners verwelkomt en mensen met een vraag doorverwijst. We organiseren een "
                "startavond, maken een kaartje met alle buurtmeesters en voorzien een kleine vorming.\n\n"
                "Begroting: drukwerk, startavond, vorming en een bedankingsmoment. We vragen %s.\n\n"
                "Groeten,\nStefaan Lermyte\nBuurtwerking Nieuwkerke\n%s, %s %s, gsm %s\n\n"
                "Op %s %d %s 2019 om %s schreef %s <%s>:\n\n"
                "> Beste Stefaan,\n>\n"
                "> Bedankt voor je telefoontje. Jullie idee past zeker in de projectenoproep.\n"
                "> Stuur gerust een korte beschrijving met het gevraagde bedrag door vóór\n"
                "> 16 juni 2019.\n>\n> Met vriendelijke groeten,\n>\n> Projectcoördinator Partons 2.0\n"
                "> Provincie West-Vlaanderen\n> +32 51 40 00 00\n>\n"
                "> Op %s %d %s 2019 om %s schreef Stefaan Lermyte <stefaan.lermyte@example.org>:\n"
                ">> Goedenavond,\n>> Wij zijn met enkele buren bezig met een idee rond buurtmeesters.\n"
                ">> Komen wij in aanmerking als we geen vzw zijn?\n>> Stefaan\n"
                % (r['title'], r['req'], r['address'], r['postcode'], r['muni'], r['phone'],
                   DAYS['nl'][prev.weekday()], prev.day, MONTHS['nl'][prev.month - 1], prev.strftime('%H:%M'),
                   COORD[0], COORD[1],
                   DAYS['nl'][prev2.weekday()], prev2.day, MONTHS['nl'][prev2.month - 1], prev2.strftime('%H:%M'))), None
    # html ones
    import html as H

    def e(s):
        return H.escape(s, quote=False).replace('€', '&euro;').replace('é', '&eacute;').replace('è', '&egrave;')

    def nb(s):
        return e(s).replace(' ', '&nbsp;')
    if k == 'D12':
        rows = [('Porteur du projet', r['org']), ('Personne référente', '%s, %s' % (r['contact'], r['role'])),
                ('Adresse', '%s<br>%s %s' % (e(r['address']), r['postcode'], e(r['muni']))),
                ('Téléphone', nb(r['phone'])), ('Courriel', r['email_doc']), ('Intitulé', r['title']),
                ('Budget total', nb(r['total'])), ('Subvention sollicitée', nb(r['req']))]
        tr = ''.join('<tr><td style="background:#e8eef7;padding:4px 8px"><b>%s</b></td><td style="padding:4px 8px">%s</td></tr>'
                     % (e(a), b if '<br>' in b or '&nbsp;' in b else e(b)) for a, b in rows)
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">Madame, Monsieur,<br><br>'
                'La commune de Ledringhem souhaite r&eacute;pondre &agrave; l&#8217;appel &agrave; projets '
                'Partons&nbsp;2.0. L&#8217;ancienne &eacute;cole communale, vide depuis 2017, deviendrait un '
                'tiers-lieu&nbsp;: espace de t&eacute;l&eacute;travail, caf&eacute; associatif, permanences '
                'de services publics. Trois r&eacute;unions publiques ont d&eacute;j&agrave; r&eacute;uni '
                '60&nbsp;habitants.<br><br><table border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse:collapse">%s</table><br>Nous restons &agrave; votre '
                'disposition.<br><br>Cordialement,<br><br>%s<br>%s<br>%s</div></body></html>'
                % (tr, e(r['contact']), e(r['role'].capitalize()), e(r['org'])))
        return None, html
    if k == 'T12':
        rows = [('Organisatie', r['org']), ('Contactpersoon', r['contact']), ('Adres', '%s, %s %s' % (
                r['address'], r['postcode'], r['muni'])), ('Telefoon', r['phone']), ('E-mail', r['email_doc']),
                ('Titel project', r['title']), ('Totale kost', r['total']), ('Gevraagde steun', r['req'])]
        tr = ''.join('<tr><td width="160" valign="top"><p class="MsoNormal"><b>%s:</b></p></td>'
                     '<td valign="top"><p class="MsoNormal">%s</p></td></tr>' % (e(a), nb(b) if a in (
                         'Telefoon', 'Totale kost', 'Gevraagde steun') else e(b)) for a, b in rows)
        html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=iso-8859-1"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;} --></style></head><body lang="NL-BE"><div class="WordSection1">'
                '<p class="MsoNormal">Goedemiddag,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                '<p class="MsoNormal">Namens vzw &#39;t Oud Schooltje in Pollinkhove sturen we u ons projectidee. '
                'Het oude dorpsschooltje is eigendom van de vzw; we willen er op vrijdag en zondag een '
                'buurtcaf&eacute; openhouden, gerund door vrijwilligers, met ook een hoekje voor de '
                'bib-uitleenpost.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">%s</table>'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Met vriendelijke groeten,'
                '<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Karel Depuydt'
                '<br>penningmeester vzw &#39;t Oud Schooltje<o:p></o:p></p></div></body></html>' % tr)
        return None, html
    if k == 'D13':
        plain = ("Hallo,\n\nHierbij ons projectidee namens het Buurtcomité Dikkebus-Vijver.\n\n"
                 "Titel: %s\n\nWe willen in september een groot buurtfeest aan de vijver organiseren en "
                 "vier zitbanken plaatsen langs het wandelpad, gekozen samen met de buren.\n\n"
                 "Kostprijs: %s\nGevraagd: %s\n\nSofie Coene\nBuurtcomité Dikkebus-Vijver\n"
                 "%s, %s %s, %s, %s\n" % (r['title'], r['total'], r['req'], r['address'], r['postcode'],
                                           r['muni'], r['phone'], r['email_doc']))
        html = ('<div dir="ltr">Hallo,<br><br>Hierbij ons projectidee namens het <b>Buurtcomit&eacute; '
                'Dikkebus-Vijver</b>.<br><br><table style="border:1px solid #999">'
                '<tr><td>Titel:</td><td>%s</td></tr><tr><td>Kostprijs:</td><td>%s</td></tr>'
                '<tr><td>Gevraagd:</td><td>%s</td></tr></table><br>We willen in september een groot '
                'buurtfeest aan de vijver organiseren en vier zitbanken plaatsen langs het wandelpad, '
                'gekozen samen met de buren.<br><br>-- <br><div>Sofie Coene<br>Buurtcomit&eacute; '
                'Dikkebus-Vijver<br>%s, %s %s, %s, <a href="mailto:%s">%s</a></div></div>'
                % (e(r['title']), nb(r['total']), nb(r['req']), e(r['address']), r['postcode'], e(r['muni']),
                   nb(r['phone']), r['email_doc'], r['email_doc']))
        return plain, html
    if k == 'T13':
        plain = ("Bonjour,\n\nau nom de l'association Bambecque en Transition, voici notre proposition.\n\n"
                 "* Projet : %s\n* Budget total : %s\n* Aide demandée : %s\n\n"
                 "Nous voulons mettre en relation les habitants qui ont une voiture et ceux qui n'en ont "
                 "pas (courses, rendez-vous médicaux, gare d'Esquelbecq) grâce à un tableau à la "
                 "boulangerie, une permanence téléphonique et un petit site.\n\n"
                 "Cordialement,\nOlivier Schoonheere\nBambecque en Transition\n%s - %s %s\n%s / %s\n"
                 % (r['title'], r['total'], r['req'], r['address'], r['postcode'], r['muni'], r['phone'],
                    r['email_doc']))
        html = ('<html><body style="font-family:Arial"><p>Bonjour,</p><p>au nom de l&#39;association '
                '<i>Bambecque en Transition</i>, voici notre proposition.</p><ul>'
                '<li><b>Projet&nbsp;:</b> %s</li><li><b>Budget total&nbsp;:</b> %s</li>'
                '<li><b>Aide demand&eacute;e&nbsp;:</b> %s</li></ul><p>Nous voulons mettre en relation les '
                'habitants qui ont une voiture et ceux qui n&#39;en ont pas (courses, rendez-vous '
                'm&eacute;dicaux, gare d&#39;Esquelbecq) gr&acirc;ce &agrave; un tableau &agrave; la '
                'boulangerie, une permanence t&eacute;l&eacute;phonique et un petit site.</p>'
                '<p>Cordialement,<br>Olivier Schoonheere<br>Bambecque en Transition<br>%s&nbsp;- %s %s<br>'
                '%s / <a href="mailto:%s">%s</a></p></body></html>'
                % (e(r['title']), nb(r['total']), nb(r['req']), e(r['address']), r['postcode'], e(r['muni']),
                   nb(r['phone']), r['email_doc'], r['email_doc']))
        return plain, html
    raise KeyError(k)


# ---------------------------------------------------------------- mail assembly
SUBJECTS = {
    'D01': 'Projectidee Dorpsraad Stavele - Maak werk van je buurt', 'D02': 'Candidature appel à projets Partons 2.0',
    'D03': 'projectidee boekenkastjes Reninge', 'D04': 'Appel à projets - Comité des fêtes Esquelbecq',
    'D05': 'candidature navette solidaire', 'D06': 'aanvraag jeugdhuis \'t Kanon (Geluwe)',
    'D07': 'Projectenoproep Maak werk van je buurt', 'D08': 'Candidature - Les Amis de l\'Estaminet',
    'D09': 'Projectidee Gezinsbond Langemark', 'D10': 'idee samentuin',
    'D11': 'Re: Appel à projets villages et quartiers', 'D12': 'Candidature commune de Ledringhem - appel Partons 2.0',
    'D13': 'Maak werk van je buurt - Dikkebus', 'D14': 'Scan van document', 'D15': 'formulier',
    'D16': 'Fiche candidature Foyer rural', 'D17': 'candidature', 'D18': 'Aanvraagformulier Wulvergem',
    'D19': 'projectidee harmonie', 'D20': 'Lettre candidature Club Ados',
    'T01': 'Aanvraag bloemenweide Zillebeke', 'T02': 'Candidature Arnèke Demain',
    'T03': 'Projectidee Buurthuis De Spie', 'T04': 'Verger - candidature', 'T05': 'projectidee bewonersplatform Loker',
    'T06': 'Dossier candidature Repair café', 'T07': 'Candidature appel à projets - Comité de quartier de la Gare',
    'T08': 'Projectidee vzw Dorpshuis Watou', 'T09': 'Candidature école de Rexpoëde',
    'T10': 'Re: vraag projectenoproep buurtmeesters', 'T11': 'projet fresque Cassel',
    'T12': "Projectidee vzw 't Oud Schooltje", 'T13': 'Proposition - Bambecque en Transition',
    'T14': 'Formulier Chiro Proven', 'T15': 'brief', 'T16': 'Numérisation',
    'T17': 'ma candidature', 'T18': 'Brief ouderraad De Klimop', 'T19': 'Candidature Les Amis du Mont-Noir',
    'T20': 'IMG_20190531_220455.jpg',
}
FILENAMES = {
    'D01': 'Aanvraagformulier_Dorpsraad_Stavele.pdf', 'D02': 'Fiche de candidature Jardins du Blootland.pdf',
    'D03': 'aanvraagformulier projectidee.docx', 'D04': 'Fiche projet Esquelbecq.docx',
    'D05': 'candidature_navette.odt', 'D06': 'Aanvraagformulier jeugdhuis.odt', 'D07': 'brief projectenoproep.docx',
    'D08': 'Candidature Amis de l\'Estaminet.pdf', 'D09': 'projectidee gezinsbond.rtf',
    'D14': 'SCN_0042.pdf', 'D15': 'scan0001.pdf', 'D16': 'Doc-20190610-Foyer.pdf', 'D17': 'candidature_Méteren.pdf',
    'D18': '20190609_205012.jpg', 'D19': 'IMG_0231.JPG', 'D20': 'IMG_20190613_175931.jpg',
    'T01': 'aanvraagformulier_ingevuld.pdf', 'T02': 'Fiche_candidature_Arneke_Demain.pdf',
    'T03': 'Aanvraagformulier Buurthuis De Spie.docx', 'T04': 'candidature verger.docx',
    'T05': 'aanvraag_bewonersplatform.odt', 'T06': 'Fiche candidature Repair café.odt',
    'T07': 'Lettre de candidature.docx', 'T08': 'Projectidee Dorpshuis Watou.pdf', 'T09': 'Candidature potager.rtf',
    'T14': 'Formulier chiro.pdf', 'T15': 'brief Rita.pdf', 'T16': 'SKM_C28419060811540.pdf',
    'T17': 'scan_candidature.pdf', 'T18': '20190611_212833.jpg', 'T19': 'IMG_0874.JPG', 'T20': 'IMG_20190531_220455.jpg',
}
COVER = {
    'nl': ["Beste,\n\nIn bijlage vindt u ons projectidee voor de oproep \"Maak werk van je buurt!\".\n\n"
           "Met vriendelijke groeten,\n{first}\n",
           "Goedendag,\n\nHierbij bezorg ik u het ingevulde aanvraagformulier.\nBij vragen mag u mij altijd contacteren.\n\n"
           "Groetjes\n{first}\n",
           "Dag,\n\nzie bijlage.\n\nmvg\n{full}\n",
           "Beste projectcoördinator,\n\nGraag dienen wij ons project in voor de projectenoproep. U vindt het "
           "formulier/de brief in bijlage.\n\nVriendelijke groeten,\n\n{full}\n",
           "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.\n"],
    'fr': ["Bonjour,\n\nVeuillez trouver ci-joint notre dossier de candidature pour l'appel à projets.\n\n"
           "Bien cordialement,\n{full}\n",
           "Madame, Monsieur,\n\nJe vous prie de trouver en pièce jointe notre candidature.\n\nCordialement\n{full}\n",
           "Bonjour,\nci-joint ma candidature.\nBonne journée\n{first}\n",
           "Bonsoir,\n\nvoici le document scanné.\n\n{first}\n\nEnvoyé de mon iPhone\n",
           "\n\nEnvoyé de mon iPhone\n"],
}
MAILERS = ['Microsoft Outlook 16.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0',
           None, 'iPhone Mail (16E227)', 'Microsoft Outlook 15.0', None, 'Roundcube Webmail/1.3.8', None]

CTYPES = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
          'odt': ('application', 'vnd.oasis.opendocument.text'), 'rtf': ('application', 'rtf'),
          'jpg': ('image', 'jpeg')}


def cover_for(r, i):
    first = (r['frm'][0] or r['contact']).split()[0]
    full = r['frm'][0] or r['contact']
    if r['fmt'] == 'photo':
        idx = 4 if i % 2 == 0 else 3 if r['lang'] == 'fr' else 2
    elif r['fmt'] == 'scan_pdf':
        idx = [2, 3, 1][i % 3]
    else:
        idx = i % 4
    return COVER[r['lang']][idx].format(first=first, full=full)


def build_mail(r, fname, i, rng):
    msg = EmailMessage(policy=POL)
    msg['From'] = formataddr(r['frm']) if r['frm'][0] else r['frm'][1]
    if i % 3 == 0:
        msg['To'] = formataddr(COORD)
    else:
        msg['To'] = COORD[1]
    if r['key'] in ('D01', 'T02', 'D16'):
        msg['Cc'] = r['email_doc']
    msg['Subject'] = SUBJECTS[r['key']]
    msg['Date'] = format_datetime(when(r))
    msg['Message-ID'] = '<%s.%s@example.net>' % (hashlib.sha1(r['key'].encode()).hexdigest()[:16],
                                                  when(r).strftime('%Y%m%d%H%M%S'))
    if r['fmt'] == 'body_plain' and r.get('variant') == 'reply':
        msg['In-Reply-To'] = '<%s@example.org>' % hashlib.sha1((r['key'] + 'c').encode()).hexdigest()[:20]
        msg['References'] = '<%s@example.net> %s' % (hashlib.sha1((r['key'] + 'a').encode()).hexdigest()[:20],
                                                      msg['In-Reply-To'])
    ua = MAILERS[i % len(MAILERS)]
    if ua:
        msg['User-Agent' if 'Thunderbird' in ua or 'Roundcube' in ua else 'X-Mailer'] = ua
    fmt = r['fmt']
    info = {}
    texts = None
    cs = 'utf-8'
    if r['lang'] == 'fr' and i % 2 == 1:
        cs = 'iso-8859-1'
    if fmt in ('body_plain', 'body_html'):
        plain, html = body_text(r)
        if fmt == 'body_plain':
            msg.set_content(plain, charset=cs, cte='quoted-printable' if i % 2 else '8bit')
        elif plain is None:
            msg.set_content(html, subtype='html', charset='iso-8859-1' if r['key'] == 'T12' else 'utf-8',
                            cte='quoted-printable')
        else:
            msg.set_content(plain, charset='utf-8', cte='quoted-printable')
            msg.add_alternative(html, subtype='html', charset='utf-8', cte='base64' if i % 2 else 'quoted-printable')
    else:
        msg.set_content(cover_for(r, i), charset=cs, cte='quoted-printable')
        if fmt == 'pdf_form':
            data = make_pdf_form(r)
        elif fmt == 'pdf_letter':
            data = make_pdf_letter(r)
        elif fmt == 'docx_form':
            data = make_docx_form(r)
        elif fmt == 'docx_letter':
            data = make_docx_letter(r)
        elif fmt == 'odt_form':
            data = make_odt_form(r)
        elif fmt == 'rtf':
            data = make_rtf(r)
        elif fmt == 'scan_pdf':
            data, texts, info = make_scan_pdf(r, rng, i)
        elif fmt == 'photo':
            data, texts, info = make_photo(r, rng, i)
        name = FILENAMES[r['key']]
        ext = name.rsplit('.', 1)[1].lower()
        mt, st = CTYPES[ext]
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary('----=_Part_%d_%s' % (n, hashlib.md5((r['key'] + str(n)).encode()).hexdigest()[:18]))
    return msg, texts, info


def main():
    rng_master = random.Random(SEED)
    for half in ('dev', 'test'):
        recs = [r for r in R if r['half'] == half]
        order = list(range(1, len(recs) + 1))
        rng_master.shuffle(order)
        outdir = os.path.join(ROOT, half)
        os.makedirs(outdir, exist_ok=True)
        for f in os.listdir(outdir):
            os.remove(os.path.join(outdir, f))
        truth, drawn = [], []
        for i, r in enumerate(recs):
            fname = 'c13-%s-%03d.eml' % (half, order[i])
            rng = np.random.default_rng(SEED + i + (100 if half == 'test' else 0))
            msg, texts, info = build_mail(r, fname, i, rng)
            data = msg.as_bytes(policy=POL)
            with open(os.path.join(outdir, fname), 'wb') as fh:
                fh.write(data)
            truth.append({'file': fname, 'format': r['fmt'], 'language': r['lang'], 'fields': truth_fields(r)})
            dr = {'file': fname, 'key': r['key'], 'format': r['fmt'], 'fields': drawn_fields(r),
                  'email_source': 'document' if r['email_doc'] else 'from_header'}
            if texts is not None:
                dr['rendered_text'] = texts
                dr['render'] = info
                if r.get('hand'):
                    dr['hand'] = r['hand']
            drawn.append(dr)
            print(fname, r['key'], r['fmt'], r['lang'], len(data))
        truth.sort(key=lambda x: x['file'])
        drawn.sort(key=lambda x: x['file'])
        with open(os.path.join(outdir, 'truth.jsonl'), 'w', encoding='utf-8') as fh:
            for t in truth:
                fh.write(json.dumps(t, ensure_ascii=False) + '\n')
        with open(os.path.join(HERE, 'drawn_%s.jsonl' % half), 'w', encoding='utf-8') as fh:
            for t in drawn:
                fh.write(json.dumps(t, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
