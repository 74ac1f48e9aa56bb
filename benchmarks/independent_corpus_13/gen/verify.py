# -*- coding: utf-8 -*-
"""Check corpus 13.   /tmp/c13venv/bin/python gen/verify.py

Structural checks only (email parsing, container formats, PDF text layer / fonts,
example domains, truth consistency against the sidecar of raw strings that build.py
wrote or drew). No OCR.
"""
import io
import os
import re
import sys
import json
import zipfile
import collections
import email
from email import policy

import pypdf
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (EXAMPLE_DOMAINS, FIELDS, FORMATS, MAKEUP, norm, parse_amount, amount_sub,  # noqa: E402
                    phone_e164, name_tokens, country_from_postcode, strip_tags, ADDR_RE)

ROOT = os.path.dirname(HERE)
ERR = []
STATS = collections.Counter()


def err(f, m):
    ERR.append('%s: %s' % (f, m))


def rtf_text(b):
    s = b.decode('ascii')
    s = re.sub(r"\\u(-?\d+)(\\'[0-9a-fA-F]{2}|\?)", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode('cp1252'), s)
    s = s.replace('\\par', '\n')
    s = re.sub(r'\\[a-zA-Z]+-?\d* ?', ' ', s)
    s = s.replace('\\{', '{').replace('\\}', '}').replace('\\\\', '\\')
    return re.sub(r'[{}]', ' ', s)


def pdf_info(data):
    r = pypdf.PdfReader(io.BytesIO(data))
    text = ' '.join((p.extract_text() or '') for p in r.pages)
    fonts = b'/Font' in data
    for p in r.pages:
        res = p.get('/Resources') or {}
        if hasattr(res, 'get_object'):
            res = res.get_object()
        if '/Font' in res:
            fonts = True
    fields = {k: (v.get('/V') or '') for k, v in (r.get_fields() or {}).items()}
    imgs = []
    for p in r.pages:
        for im in p.images:
            imgs.append(im.image.size)
        box = p.mediabox
        imgs_box = (float(box.width), float(box.height))
    return {'text': text, 'fonts': fonts, 'fields': fields, 'images': imgs, 'box': imgs_box,
            'acroform': '/AcroForm' in r.trailer['/Root']}


def zip_xml(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    return z, z.read(name).decode('utf-8')


def check_mail(half, fname, raw, fmt, drawn):
    f = '%s/%s' % (half, fname)
    # CRLF
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
        err(f, 'bare LF or CR')
    msg = email.message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            err(f, 'defects %r' % part.defects)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if not msg[h]:
            err(f, 'missing header ' + h)
    atts = list(msg.iter_attachments())
    texts = []   # decoded text that was written (for truth/address checks)
    headers = ' '.join('%s: %s' % (k, v) for k, v in msg.items())
    for part in msg.walk():
        if part.get_content_maintype() == 'text' and not part.get_filename():
            c = part.get_content()
            texts.append(strip_tags(c) if part.get_content_subtype() == 'html' else c)
    body_types = [p.get_content_type() for p in msg.walk() if not p.is_multipart() and not p.get_filename()]
    if fmt in ('body_plain', 'body_html'):
        if atts:
            err(f, 'body format with attachments')
        if fmt == 'body_plain' and body_types != ['text/plain']:
            err(f, 'body_plain parts %r' % body_types)
        if fmt == 'body_html' and 'text/html' not in body_types:
            err(f, 'body_html without html part')
        if fmt == 'body_plain' and re.search(r'(?m)^> ', texts[0]):
            STATS['reply_with_quotes_' + half] += 1
    else:
        if len(atts) != 1:
            err(f, '%d attachments' % len(atts))
            return texts, headers
        a = atts[0]
        data = a.get_content()
        ct = a.get_content_type()
        fn = a.get_filename() or ''
        if fmt in ('pdf_form', 'pdf_letter', 'scan_pdf'):
            if ct != 'application/pdf' or not data.startswith(b'%PDF'):
                err(f, 'not a pdf: %s' % ct)
                return texts, headers
            info = pdf_info(data)
            if fmt == 'scan_pdf':
                if info['text'].strip():
                    err(f, 'scan has a text layer: %r' % info['text'][:60])
                if info['fonts']:
                    err(f, 'scan has fonts')
                if not info['images']:
                    err(f, 'scan without image')
                else:
                    dpi = info['images'][0][0] / (info['box'][0] / 72.0)
                    if not 199 <= dpi <= 301:
                        err(f, 'scan dpi %.0f' % dpi)
            elif fmt == 'pdf_letter':
                if not info['text'].strip() or not info['fonts']:
                    err(f, 'pdf_letter without text layer/fonts')
                if info['acroform']:
                    err(f, 'pdf_letter with AcroForm')
                texts.append(info['text'])
            else:
                filled = [v for v in info['fields'].values() if str(v).strip()]
                if not info['acroform'] or len(filled) < 8:
                    err(f, 'pdf_form: acroform=%s filled=%d' % (info['acroform'], len(filled)))
                texts.append(info['text'])
                texts.append(' \n'.join(str(v) for v in info['fields'].values()))
        elif fmt in ('docx_form', 'docx_letter'):
            if ct != 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' or not fn.endswith('.docx'):
                err(f, 'not a docx: %s %s' % (ct, fn))
                return texts, headers
            z, xml = zip_xml(data, 'word/document.xml')
            if fmt == 'docx_form' and '<w:tbl>' not in xml:
                err(f, 'docx_form without table')
            if fmt == 'docx_letter' and '<w:tbl>' in xml:
                err(f, 'docx_letter with table')
            if '<w:sdt>' in xml or '<w:sdt ' in xml:
                STATS['docx_content_controls_' + half] += 1
            texts.append(strip_tags(xml))
        elif fmt == 'odt_form':
            if ct != 'application/vnd.oasis.opendocument.text' or not fn.endswith('.odt'):
                err(f, 'not an odt: %s' % ct)
                return texts, headers
            z = zipfile.ZipFile(io.BytesIO(data))
            first = z.infolist()[0]
            if first.filename != 'mimetype' or first.compress_type != zipfile.ZIP_STORED or \
                    z.read('mimetype') != b'application/vnd.oasis.opendocument.text':
                err(f, 'odt mimetype entry wrong')
            man = z.read('META-INF/manifest.xml').decode()
            for n in z.namelist():
                if n not in ('mimetype', 'META-INF/manifest.xml') and 'full-path="%s"' % n not in man:
                    err(f, 'odt manifest lacks ' + n)
            xml = z.read('content.xml').decode()
            if '<table:table ' not in xml:
                err(f, 'odt without table')
            texts.append(strip_tags(xml))
        elif fmt == 'rtf':
            if ct not in ('application/rtf', 'text/rtf') or not data.startswith(b'{\\rtf1'):
                err(f, 'not rtf')
                return texts, headers
            if not re.search(rb"\\'[0-9a-f]{2}|\\u\d+", data):
                err(f, 'rtf without escaped accents')
            texts.append(rtf_text(data))
        elif fmt == 'photo':
            if ct != 'image/jpeg' or not data.startswith(b'\xff\xd8'):
                err(f, 'photo not jpeg')
                return texts, headers
            im = Image.open(io.BytesIO(data))
            if not (1100 <= im.size[0] <= 1300 and 1500 <= im.size[1] <= 1700):
                err(f, 'photo size %r' % (im.size,))
        if fmt in ('scan_pdf', 'photo'):
            rt = drawn.get('rendered_text')
            if not rt:
                err(f, 'no rendered_text in sidecar')
            else:
                texts.append(' \n'.join(rt))
    return texts, headers


def check_truth(f, t, d, content, from_addr):
    tf, df = t['fields'], d['fields']
    for k in tf:
        if k not in FIELDS:
            err(f, 'unknown truth field ' + k)
    for k in df:
        if k not in tf and k != 'own_contribution':
            err(f, 'drawn field %s missing in truth' % k)
    for k, v in tf.items():
        if k == 'requested_amount' and 'requested_amount' not in df:
            if not ('total_budget' in df and 'own_contribution' in df) or \
                    amount_sub(parse_amount(df['total_budget']), parse_amount(df['own_contribution'])) != v:
                err(f, 'requested_amount %s not total-own' % v)
            continue
        if k not in df:
            err(f, 'truth field %s not drawn' % k)
            continue
        raw = df[k]
        ok = {
            'organisation': lambda: norm(raw) == norm(v),
            'contact_name': lambda: name_tokens(raw) == name_tokens(v),
            'email': lambda: raw.lower() == v,
            'phone': lambda: phone_e164(raw, tf.get('country')) == v,
            'country': lambda: country_from_postcode(raw) == v,
            'requested_amount': lambda: parse_amount(raw) == v,
            'total_budget': lambda: parse_amount(raw) == v,
        }.get(k, lambda: norm(raw) == norm(v))()
        if not ok:
            err(f, 'truth %s=%r does not match drawn %r' % (k, v, raw))
    # format of values
    if 'phone' in tf and not re.fullmatch(r'\+(32|33)\d{8,9}', tf['phone']):
        err(f, 'phone not E.164 BE/FR: ' + tf['phone'])
    for k in ('requested_amount', 'total_budget'):
        if k in tf and not re.fullmatch(r'\d+\.\d\d', tf[k]):
            err(f, '%s format %s' % (k, tf[k]))
    if tf.get('country') not in ('BE', 'FR'):
        err(f, 'country')
    if 'requested_amount' in tf and float(tf['requested_amount']) > 10000:
        err(f, 'requested above the 10 000 euro cap')
    # every drawn raw string occurs in what was written/drawn
    blob = norm(' \n'.join(content))
    for k, raw in df.items():
        if k == 'email' and d.get('email_source') == 'from_header':
            if raw.lower() != from_addr.lower():
                err(f, 'email from From header mismatch')
            continue
        if norm(raw) not in blob:
            err(f, 'drawn %s %r not found in the mail/document' % (k, raw))


def main():
    total_size = 0
    makeup = {}
    langs = {}
    for half in ('dev', 'test'):
        d = os.path.join(ROOT, half)
        files = sorted(x for x in os.listdir(d) if x.endswith('.eml'))
        exp = ['c13-%s-%03d.eml' % (half, i) for i in range(1, 21)]
        if files != exp:
            err(half, 'file names %r' % files)
        truth = [json.loads(l) for l in open(os.path.join(d, 'truth.jsonl'), encoding='utf-8')]
        drawn = {x['file']: x for x in (json.loads(l) for l in open(os.path.join(HERE, 'drawn_%s.jsonl' % half),
                                                                      encoding='utf-8'))}
        if sorted(t['file'] for t in truth) != exp:
            err(half, 'truth files do not match')
        makeup[half] = collections.Counter(t['format'] for t in truth)
        langs[half] = collections.Counter(t['language'] for t in truth)
        for t in truth:
            fname = t['file']
            f = '%s/%s' % (half, fname)
            if t['format'] not in FORMATS or t['language'] not in ('nl', 'fr'):
                err(f, 'format/language')
            raw = open(os.path.join(d, fname), 'rb').read()
            total_size += len(raw)
            dr = drawn.get(fname)
            if not dr or dr['format'] != t['format']:
                err(f, 'sidecar missing/mismatch')
                continue
            content, headers = check_mail(half, fname, raw, t['format'], dr)
            msg = email.message_from_bytes(raw, policy=policy.default)
            from_addr = msg['From'].addresses[0].addr_spec
            check_truth(f, t, dr, content, from_addr)
            # example domains only
            for m in ADDR_RE.finditer(headers + ' \n' + ' \n'.join(content)):
                dom = m.group(1).lower()
                STATS['addresses'] += 1
                if dom not in EXAMPLE_DOMAINS:
                    err(f, 'non-example address ' + m.group(0))
        total_size += os.path.getsize(os.path.join(d, 'truth.jsonl'))
    for half in ('dev', 'test'):
        if dict(makeup[half]) != MAKEUP:
            err(half, 'make-up %r' % dict(makeup[half]))
    if makeup['dev'] != makeup['test']:
        err('corpus', 'halves differ in make-up')
    for half in ('dev', 'test'):
        if STATS['docx_content_controls_' + half] < 1:
            err(half, 'no docx_form with content controls')
        if STATS['reply_with_quotes_' + half] < 1:
            err(half, 'no quoted reply')
        if abs(langs[half]['nl'] - langs[half]['fr']) > 4:
            err(half, 'language balance %r' % dict(langs[half]))
    if total_size >= 10 * 1024 * 1024:
        err('corpus', 'size %d >= 10 MB' % total_size)
    print('make-up per half:', dict(sorted(makeup['dev'].items())))
    print('languages: dev %r, test %r' % (dict(langs['dev']), dict(langs['test'])))
    print('corpus size (dev+test): %.2f MB' % (total_size / 1024 / 1024))
    print('addresses checked: %d' % STATS['addresses'])
    if ERR:
        print('FAILED, %d problem(s):' % len(ERR))
        for e in ERR:
            print('  ' + e)
        sys.exit(1)
    print('OK: 40 mails parse without defects, CRLF, formats and attachments as declared, scans without '
          'text layer or fonts, example domains only, truth matches what was written/drawn.')


if __name__ == '__main__':
    main()
