#!/usr/bin/env python3
"""Read every mail of corpus 9 back with other software and check the truth against it.

- mails: Python's email parser (policy=default)
- odt/docx/doc/rtf: soffice --headless --convert-to txt (and to pdf + pdftotext, for page headers/footers)
- pdf letters: pdftotext; pdf forms: pypdf form fields (+ pdftotext for the printed labels)
- scans/photos: the strings drawn before rasterising (gen/sidecar/*.json 'drawn'); the attachment itself is
  checked to be image-only (no fonts, no text layer) / a decodable JPEG or PNG
Every truth value must be present as written (raw, from the sidecar) and map back to the truth value.
Prints the problems and 'N problems' at the end."""
import email
import email.policy
import glob
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_amount, norm_phone, name_tokens, squash  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIDE = os.path.join(ROOT, 'gen', 'sidecar')
COORD = 'coordinator@example.org'
MAKEUP = {'odt': 10, 'docx_letter': 5, 'pdf_letter': 5, 'rtf': 3, 'doc': 3, 'body_plain': 4, 'body_html': 3,
          'pdf_form': 4, 'docx_form': 4, 'scan_pdf': 5, 'photo': 4}
problems = []


def problem(f, msg):
    problems.append(f"{f}: {msg}")


class HText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ('p', 'br', 'tr', 'td', 'div', 'blockquote'):
            self.out.append(' ')


def html_text(h):
    p = HText()
    p.feed(h)
    return ' '.join(p.out)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def pdftext(path):
    return run(['pdftotext', '-layout', path, '-']).stdout + '\n' + run(['pdftotext', path, '-']).stdout


def kind_of(data):
    if data[:4] == b'%PDF':
        return 'pdf'
    if data[:8] == bytes.fromhex('D0CF11E0A1B11AE1'):
        return 'doc'
    if data[:5] == b'{\\rtf':
        return 'rtf'
    if data[:3] == b'\xff\xd8\xff':
        return 'jpg'
    if data[:8] == b'\x89PNG\r\n\x1a\n':
        return 'png'
    if data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if 'mimetype' in names and z.read('mimetype').startswith(b'application/vnd.oasis.opendocument.text'):
            return 'odt'
        if 'word/document.xml' in names:
            return 'docx'
    return '?'


EXPECT = {'odt': {'odt'}, 'docx_letter': {'docx'}, 'docx_form': {'docx'}, 'pdf_letter': {'pdf'}, 'pdf_form': {'pdf'},
          'rtf': {'rtf'}, 'doc': {'doc'}, 'scan_pdf': {'pdf'}, 'photo': {'jpg', 'png'}}


def main():
    tmp = tempfile.mkdtemp(prefix='c9verify_')
    entries = []
    for half in ('dev', 'test'):
        tp = os.path.join(ROOT, half, 'truth.jsonl')
        truths = [json.loads(l) for l in open(tp, encoding='utf-8')]
        emls = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, half, '*.eml')))
        if sorted(t['file'] for t in truths) != emls:
            problem(half, 'truth.jsonl and .eml files differ')
        c = Counter(t['format'] for t in truths)
        if dict(c) != MAKEUP:
            problem(half, f'make-up {dict(c)} != {MAKEUP}')
        for t in truths:
            if not re.fullmatch(rf'c9-{half}-\d{{3}}\.eml', t['file']):
                problem(t['file'], 'bad file name')
            entries.append((half, t))
    # language x format identical in both halves
    cells = {h: Counter((t['format'], t['language']) for hh, t in entries if hh == h) for h in ('dev', 'test')}
    if cells['dev'] != cells['test']:
        problem('halves', 'format x language make-up differs between dev and test')
    odt_subs = {h: Counter(json.load(open(os.path.join(SIDE, t['file'][:-4] + '.json')))['sub']
                           for hh, t in entries if hh == h and t['format'] == 'odt') for h in ('dev', 'test')}
    for h in odt_subs:
        if odt_subs[h] != Counter({'letter': 6, 'form': 4}):
            problem(h, f'odt letters/forms {dict(odt_subs[h])}')

    # pass 1: parse mails, collect attachments to convert
    recs = []
    office = []
    for half, t in entries:
        f = t['file']
        side = json.load(open(os.path.join(SIDE, f[:-4] + '.json'), encoding='utf-8'))
        msg = email.message_from_bytes(open(os.path.join(ROOT, half, f), 'rb').read(), policy=email.policy.default)
        rec = {'half': half, 't': t, 'side': side, 'msg': msg, 'text': '', 'f': f}
        recs.append(rec)
        fmt = t['format']
        to = str(msg['To'])
        if COORD not in to:
            problem(f, 'not sent to the coordinator')
        d = msg['Date'].datetime
        if not ('2019-05-01' <= d.strftime('%Y-%m-%d') <= '2019-06-15'):
            problem(f, f'date {d} out of range')
        for a in re.findall(r'[\w.+-]+@[\w.-]+', msg.as_string()):
            if not re.search(r'@(?:[\w-]+\.)*example\.(org|com|net)$', a):
                problem(f, f'e-mail address outside example domains: {a}')
        atts = list(msg.iter_attachments())
        if fmt in ('body_plain', 'body_html'):
            if atts:
                problem(f, 'body format with attachments')
            if fmt == 'body_plain':
                b = msg.get_body(preferencelist=('plain',))
                if b is None or msg.get_body(preferencelist=('html',)) is not None:
                    problem(f, 'expected a text/plain-only body')
                else:
                    rec['text'] = b.get_content()
            else:
                b = msg.get_body(preferencelist=('html',))
                if b is None:
                    problem(f, 'no html body')
                else:
                    rec['text'] = html_text(b.get_content())
            continue
        byname = {a.get_filename(): a for a in atts}
        mains = side['attachments']
        for nm in mains:
            if nm not in byname:
                problem(f, f'attachment {nm!r} missing')
        if len(atts) not in (len(mains), len(mains) + 1):
            problem(f, f'{len(atts)} attachments')
        for nm, a in byname.items():
            if nm not in mains and a.get_content_type() not in ('image/png', 'image/jpeg'):
                problem(f, f'second attachment {nm} is not harmless image')
        datas = [byname[nm].get_content() for nm in mains if nm in byname]
        kinds = {kind_of(d) for d in datas}
        if not kinds <= EXPECT[fmt] or not kinds:
            problem(f, f'attachment kind {kinds} for {fmt}')
            continue
        base = os.path.join(tmp, f[:-4])
        rec['paths'] = []
        for k, d in enumerate(datas):
            p = f"{base}_{k}.{kind_of(d)}"
            open(p, 'wb').write(d)
            rec['paths'].append(p)
        if fmt in ('odt', 'docx_letter', 'docx_form', 'rtf', 'doc'):
            office.append(rec['paths'][0])
    # soffice: txt and pdf (headers/footers), one batch each, sequential
    profile = 'file:///tmp/c9_verify_lo_profile'
    for target, sub in (('txt:Text (encoded):UTF8', 'txt'), ('pdf', 'pdf')):
        od = os.path.join(tmp, sub)
        os.makedirs(od, exist_ok=True)
        r = run(['soffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to', target, '--outdir', od] + office,
                timeout=1200)
        if r.returncode:
            problem('soffice', r.stderr[-300:])
    # pass 2: extract + check
    for rec in recs:
        t, side, f = rec['t'], rec['side'], rec['f']
        fmt = t['format']
        if 'paths' not in rec:
            if fmt not in ('body_plain', 'body_html'):
                continue
        elif fmt in ('odt', 'docx_letter', 'docx_form', 'rtf', 'doc'):
            b = os.path.splitext(os.path.basename(rec['paths'][0]))[0]
            tx = os.path.join(tmp, 'txt', b + '.txt')
            pd = os.path.join(tmp, 'pdf', b + '.pdf')
            if not os.path.exists(tx):
                problem(f, 'soffice txt conversion failed')
                continue
            rec['text'] = open(tx, encoding='utf-8', errors='replace').read()
            rec['text'] += '\n' + (pdftext(pd) if os.path.exists(pd) else '')
            if not rec['text'].strip():
                problem(f, 'no text')
        elif fmt == 'pdf_letter':
            p = rec['paths'][0]
            info = run(['pdfinfo', p]).stdout
            if 'LibreOffice' not in info and 'Writer' not in info:
                problem(f, 'pdf letter not exported by a word processor')
            rec['text'] = pdftext(p)
        elif fmt == 'pdf_form':
            from pypdf import PdfReader
            p = rec['paths'][0]
            rd = PdfReader(p)
            fields = rd.get_fields() or {}
            vals = [str(v.get('/V')) for v in fields.values() if v.get('/FT') == '/Tx' and v.get('/V')]
            if not vals:
                problem(f, 'pdf form without filled fields')
            rec['text'] = '\n'.join(vals) + '\n' + pdftext(p)
            rec['field_values'] = vals
        elif fmt == 'scan_pdf':
            p = rec['paths'][0]
            fonts = run(['pdffonts', p]).stdout.strip().splitlines()
            if len(fonts) > 2:
                problem(f, 'scan pdf has fonts')
            if run(['pdftotext', p, '-']).stdout.strip():
                problem(f, 'scan pdf has a text layer')
            imgs = run(['pdfimages', '-list', p]).stdout.strip().splitlines()[2:]
            pages = int(re.search(r'Pages:\s+(\d+)', run(['pdfinfo', p]).stdout).group(1))
            if len(imgs) != pages or pages != side.get('pages'):
                problem(f, f'scan pdf pages/images {pages}/{len(imgs)}')
            rec['text'] = '\n'.join(side['drawn'])
        elif fmt == 'photo':
            from PIL import Image
            for p in rec['paths']:
                try:
                    im = Image.open(p)
                    im.load()
                    if min(im.size) < 600:
                        problem(f, 'photo too small')
                except Exception as e:  # noqa
                    problem(f, f'photo does not decode: {e}')
            rec['text'] = '\n'.join(side['drawn'])
        check(rec)
    shutil.rmtree(tmp, ignore_errors=True)
    # sizes
    total = sum(os.path.getsize(p) for h in ('dev', 'test') for p in glob.glob(os.path.join(ROOT, h, '*')))
    print(f"corpus size: {total / 1e6:.1f} MB in {len(recs)} mails")
    if total > 15.5e6:
        problem('corpus', f'size {total / 1e6:.1f} MB > 15 MB')
    for p in problems:
        print('PROBLEM', p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


def present(raw, text):
    return squash(raw) in text


def check(rec):
    t, side, f = rec['t'], rec['side'], rec['f']
    text = squash(rec['text'])
    F = t['fields']
    raw = side['raw']
    if side['fields'] != F:
        problem(f, 'sidecar fields differ from truth.jsonl')
    allowed = {'organisation', 'contact_name', 'email', 'phone', 'address', 'postcode', 'municipality', 'country',
               'project_title', 'requested_amount', 'total_budget'}
    if set(F) - allowed:
        problem(f, f'unknown fields {set(F) - allowed}')
    for need in ('contact_name', 'project_title', 'requested_amount'):
        if need not in F:
            problem(f, f'missing {need}')
    for k, v in F.items():
        if k == 'country':
            pc = F.get('postcode', '')
            ok = (v == 'BE' and re.fullmatch(r'8\d{3}', pc)) or (v == 'FR' and re.fullmatch(r'59\d{3}', pc))
            if not ok:
                problem(f, f'country {v} vs postcode {pc}')
            continue
        if k == 'email' and side['email_source'] == 'from':
            frm = rec['msg']['From'].addresses[0].addr_spec
            if frm != v:
                problem(f, f'email {v} != From {frm}')
            if side['mode'] not in ('direct', 'reply'):
                problem(f, 'From-derived e-mail but the mail was sent by someone else')
            if v in text:
                pass
            continue
        r = raw.get(k)
        if r is None:
            problem(f, f'{k}: no raw value recorded')
            continue
        if isinstance(r, list):
            for part in r:
                if not present(part, text):
                    problem(f, f'{k}: part {part!r} not in document')
        elif isinstance(r, dict):
            for part in r['parts'].values():
                if part and not present(part, text):
                    problem(f, f'{k}: part {part!r} not in document')
        elif not present(r, text):
            problem(f, f'{k}: {r!r} not in document')
        # maps back
        if k in ('requested_amount', 'total_budget'):
            if parse_amount(r) != v:
                problem(f, f'{k}: {r!r} -> {parse_amount(r)} != {v}')
            if k == 'requested_amount' and float(v) > 10000:
                problem(f, 'requested > 10000')
        elif k == 'phone':
            if norm_phone(r, F['country']) != v or not re.fullmatch(r'\+(32|33)\d{8,9}', v):
                problem(f, f'phone {r!r} !-> {v}')
        elif k == 'contact_name':
            joined = ' '.join(r) if isinstance(r, list) else r
            if name_tokens(joined) != name_tokens(v):
                problem(f, f'name {joined!r} !-> {v}')
        elif k == 'address':
            if isinstance(r, dict):
                p = r['parts']
                rebuilt = (f"{p['street']} {p['nr']}" + (f" bus {p['box']}" if p.get('box') else "")) if r['order'] == 'sn' \
                    else f"{p['nr']} {p['street']}"
                if rebuilt != v:
                    problem(f, f'address parts -> {rebuilt!r} != {v!r}')
            elif r != v:
                problem(f, f'address {r!r} != {v!r}')
        elif r != v:
            problem(f, f'{k}: {r!r} != {v!r}')
    if 'email' not in F:
        if side['mode'] in ('direct', 'reply'):
            problem(f, 'applicant sent the mail but truth has no email')
        if 'email' in raw:
            problem(f, 'document gives an e-mail but the truth has none')
    if 'total_budget' in F and float(F['requested_amount']) > float(F['total_budget']):
        problem(f, 'requested > total')
    if 'organisation' not in F and side.get('raw', {}).get('organisation'):
        problem(f, 'organisation in document but not in truth')


if __name__ == '__main__':
    sys.exit(main())
