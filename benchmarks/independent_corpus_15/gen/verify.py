#!/usr/bin/env python3
"""Checks corpus c15. Exit 0 when all checks pass.

Text is only ever taken from what the generator wrote (mail parts, DOCX XML, PDF text
objects, RTF, TNEF) or, for pictures, from the manifest of drawn strings. Images are never read back.
"""
import datetime
import email
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from email import policy
from email.utils import parsedate_to_datetime, getaddresses

import pillow_heif
import tnefparse
from docx import Document
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'gen'))

FAIL = []
OK = [0]


def check(cond, msg):
    if cond:
        OK[0] += 1
    else:
        FAIL.append(msg)


def rtf_to_text(rtf):
    s = rtf.decode('latin-1')
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode('cp1252'), s)
    s = re.sub(r'\\u(-?\d+)\??', lambda m: chr(int(m.group(1)) % 65536), s)
    s = s.replace('\\par', '\n')
    s = re.sub(r'\{\\\*[^{}]*\}', '', s)
    s = re.sub(r'\{\\fonttbl.*?\}\}', '', s, flags=re.S)
    s = re.sub(r'\\[a-z]+-?\d* ?', '', s)
    return s.replace('{', '').replace('}', '')


def docx_text(data):
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                out.append(c.text)
    media = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith('word/media/')]
    return '\n'.join(out), media


def pdf_text(data):
    r = PdfReader(io.BytesIO(data))
    return '\n'.join((pg.extract_text() or '') for pg in r.pages), len(r.pages)


def run_tnef_tools(blob, label):
    """Debian tnef must list and extract; tnefparse must read attachments and body."""
    texts = []
    with tempfile.TemporaryDirectory() as td:
        fn = os.path.join(td, 'winmail.dat')
        open(fn, 'wb').write(blob)
        lst = subprocess.run(['tnef', '-t', fn], capture_output=True)
        lst.stdout = lst.stdout.decode('cp1252')
        check(lst.returncode == 0, f'{label}: tnef -t failed {lst.stderr}')
        out = os.path.join(td, 'out')
        os.mkdir(out)
        ex = subprocess.run(['tnef', '-C', out, '--save-body=body', '--body-pref=rt', fn],
                            capture_output=True, text=True)
        check(ex.returncode == 0, f'{label}: tnef extract failed {ex.stderr}')
        files = sorted(f.decode('cp1252') for f in os.listdir(out.encode()))
        check(any(f.startswith('body') for f in files), f'{label}: tnef saved no body')
        listed = [ln.split('\t')[0] for ln in lst.stdout.splitlines() if ln.strip()]
        t = tnefparse.TNEF(blob)
        names = [a.long_filename() for a in t.attachments]
        check(sorted(listed) == sorted(names), f'{label}: tnef -t {listed} != tnefparse {names}')
        for nm in names:
            check(nm in files, f'{label}: tnef did not extract {nm}')
        check(t.rtfbody is not None or t.body is not None, f'{label}: tnefparse found no body')
        if t.rtfbody:
            # tnefparse decompresses PR_RTF_COMPRESSED with the compressed_rtf package
            check(t.rtfbody.startswith(b'{\\rtf1'), f'{label}: tnefparse rtf body not RTF')
            # the body Debian's tnef saved must hold the same RTF (MELA bodies are saved raw)
            saved = [open(os.path.join(out, f), 'rb').read() for f in os.listdir(out) if f.startswith('body')]
            check(any(t.rtfbody.rstrip(b'\0')[:200] in s for s in saved), f'{label}: tnef body differs')
            texts.append(rtf_to_text(t.rtfbody))
        if t.body:
            texts.append(t.body.decode('cp1252', 'replace') if isinstance(t.body, bytes) else t.body)
        atts = [(a.long_filename(), a.data) for a in t.attachments]
        return texts, atts, len(names)


def walk_material(msg, label, info, depth=0):
    """Collect all text a reader can get at. info collects counts per kind."""
    texts = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == 'message/rfc822':
            info['rfc822'] += 1   # walk() goes on into the attached message itself
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename() or ''
        if ctype == 'message/rfc822':
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            info['rfc822'] += 1
            texts += walk_material(inner, label + '>eml', info, depth + 1)
            continue
        data = part.get_payload(decode=True)
        texts += material_of(fn, ctype, data, part, label, info, depth)
    return texts


def material_of(fn, ctype, data, part, label, info, depth):
    texts = []
    low = fn.lower()
    if ctype.startswith('text/'):
        texts.append(part.get_content())
    elif ctype == 'application/ms-tnef':
        info['tnef'] += 1
        t, atts, n = run_tnef_tools(data, label)
        info['tnef_atts'].append(n)
        texts += t
        for name, d in atts:
            texts += material_of(name, '', d, None, label + '>tnef', info, depth)
    elif low.endswith('.heic'):
        info['heic'] += 1
        h = pillow_heif.open_heif(data)
        check(h.size[0] * h.size[1] >= 1500 * 2000, f'{label}: heic too small {h.size}')
        info['heic_sizes'].append(h.size)
    elif low.endswith('.docx'):
        info['docx'] += 1
        t, media = docx_text(data)
        texts.append(t)
        info['docx_media'] += len(media)
    elif low.endswith('.pdf'):
        info['pdf'] += 1
        t, n = pdf_text(data)
        check(n >= 1, f'{label}: pdf without pages')
        texts.append(t)
        info['pdf_text'].append(len(t.strip()))
    elif low.endswith('.zip'):
        info['zip'] += 1
        z = zipfile.ZipFile(io.BytesIO(data))
        check(z.testzip() is None, f'{label}: bad zip')
        for n in z.namelist():
            d = z.read(n)
            if n.lower().endswith('.eml'):
                inner = email.message_from_bytes(d, policy=policy.default)
                info['zip_eml'] += 1
                texts += walk_material(inner, label + '>zip>eml', info, depth + 1)
            else:
                texts += material_of(n, '', d, None, label + '>zip', info, depth)
    return texts


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip().lower()


def parse_amount(s):
    t = s.replace('€', '').replace('EUR', '').replace('euros', '').replace('euro', '').strip()
    t = t.replace(',-', '').replace(' ', '').replace('\u00a0', '')
    if re.search(r',\d{2}$', t):
        t = t.replace('.', '').replace(',', '.')
    else:
        t = t.replace('.', '').replace(',', '')
    return f'{float(t):.2f}'


def e164(s, country):
    t = s.replace('(0)', '')
    digits = re.sub(r'\D', '', t)
    if t.strip().startswith('+'):
        return '+' + digits
    return ('+32' if country == 'BE' else '+33') + digits[1:]


EXAMPLE = re.compile(r'^[^@\s]+@([a-z0-9-]+\.)*example\.(org|net|com)$', re.I)


def verify_half(half):
    d = os.path.join(ROOT, half)
    truth = [json.loads(ln) for ln in open(os.path.join(d, 'truth.jsonl'), encoding='utf-8')]
    manifest = json.load(open(os.path.join(ROOT, 'gen', f'manifest-{half}.json'), encoding='utf-8'))
    files = sorted(f for f in os.listdir(d) if f.endswith('.eml'))
    check(files == sorted(t['file'] for t in truth), f'{half}: truth/file mismatch')
    makeup = {}
    lo = datetime.datetime(2019, 5, 1, tzinfo=datetime.timezone.utc) - datetime.timedelta(hours=2)
    hi = datetime.datetime(2019, 6, 16, tzinfo=datetime.timezone.utc) - datetime.timedelta(hours=2)
    for t in truth:
        fn = t['file']
        label = f'{half}/{fn}'
        raw = open(os.path.join(d, fn), 'rb').read()
        check(len(raw) < 2 * 1024 * 1024, f'{label}: >= 2 MB')
        check(b'\n' not in raw.replace(b'\r\n', b''), f'{label}: bare LF')
        check(b'\r' not in raw.replace(b'\r\n', b''), f'{label}: bare CR')
        check(max(len(x) for x in raw.split(b'\r\n')) <= 998, f'{label}: line > 998 octets')
        msg = email.message_from_bytes(raw, policy=policy.default)
        check(not msg.defects, f'{label}: defects {msg.defects}')
        # dates and domains, outer and nested
        info = {'rfc822': 0, 'tnef': 0, 'tnef_atts': [], 'heic': 0, 'heic_sizes': [], 'docx': 0,
                'docx_media': 0, 'pdf': 0, 'pdf_text': [], 'zip': 0, 'zip_eml': 0}
        texts = walk_material(msg, label, info)
        msgs = [msg] + [p.get_payload()[0] for p in msg.walk() if p.get_content_type() == 'message/rfc822']
        for part in msg.walk():
            if part.get_content_type() == 'application/zip':
                z = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
                msgs += [email.message_from_bytes(z.read(n), policy=policy.default)
                         for n in z.namelist() if n.endswith('.eml')]
        for m in msgs:
            dt = parsedate_to_datetime(m['Date'])
            check(lo <= dt < hi, f'{label}: date out of range {m["Date"]}')
            for h in ('From', 'To', 'Cc', 'Reply-To'):
                for _, a in getaddresses(m.get_all(h, [])):
                    check(bool(EXAMPLE.match(a)), f'{label}: non-example address {a}')
        for a in re.findall(r'[\w.+-]+@[\w.-]+\.\w+', raw.decode('latin-1') + '\n'.join(texts)):
            check(bool(EXAMPLE.match(a)) or a.endswith('.png') or re.match(r'image\d+\.png@', a),
                  f'{label}: non-example address in material {a}')
        # carrier make-up
        c = t['carrier']
        if c == 'winmail_dat':
            check(info['tnef'] == 1, f'{label}: no winmail.dat')
        elif c == 'heic_photo':
            check(info['heic'] == 1, f'{label}: no heic')
        elif c == 'forwarded_eml':
            check(info['rfc822'] == 1, f'{label}: no message/rfc822')
        elif c == 'zip_eml':
            check(info['zip_eml'] == 1, f'{label}: zip without eml')
        elif c == 'scanner_app_pdf':
            check(info['pdf'] == 1, f'{label}: no pdf')
        elif c == 'docx_picture':
            check(info['docx'] == 1 and info['docx_media'] == 1, f'{label}: docx without one picture')
        makeup[(c, t['language'], t['format'])] = makeup.get((c, t['language'], t['format']), 0) + 1
        # truth in the material
        man = manifest[fn]
        if man.get('hand_font'):
            from fontTools.ttLib import TTFont
            cmap = TTFont(os.path.join(ROOT, 'gen', 'fonts', man['hand_font'])).getBestCmap()
            for val in list(man['written'].values()):
                for ch in set(val.upper()) | set(val):
                    check(ch.isspace() or ord(ch) in cmap, f'{label}: {ch!r} missing in {man["hand_font"]}')
        hay = norm('\n'.join(texts) + '\n' + '\n'.join(man.get('drawn', [])))
        w = man['written']
        f = t['fields']
        for key in ('organisation', 'contact_name', 'email', 'address', 'postcode', 'municipality', 'project_title'):
            if key in f:
                check(norm(w[key]) == norm(f[key]), f'{label}: written {key} differs from truth')
                check(norm(w[key]) in hay, f'{label}: {key} {w[key]!r} not in material')
        check(norm(w['phone']) in hay, f'{label}: phone {w["phone"]!r} not in material')
        check(e164(w['phone'], f['country']) == f['phone'], f'{label}: phone e164 {w["phone"]} != {f["phone"]}')
        if 'total_budget' in f:
            check(norm(w['total_budget']) in hay, f'{label}: total {w["total_budget"]!r} not in material')
            check(parse_amount(w['total_budget']) == f['total_budget'], f'{label}: total parse')
        if man['derived_request']:
            check(norm(w['own_share']) in hay, f'{label}: own share not in material')
            req = float(parse_amount(w['total_budget'])) - float(parse_amount(w['own_share']))
            check(f'{req:.2f}' == f['requested_amount'], f'{label}: derived request wrong')
        else:
            check(norm(w['requested_amount']) in hay, f'{label}: request {w["requested_amount"]!r} not in material')
            check(parse_amount(w['requested_amount']) == f['requested_amount'], f'{label}: request parse')
        check(float(f['requested_amount']) <= 10000, f'{label}: request > 10000')
        if 'total_budget' in f:
            check(2000 <= float(f['total_budget']) <= 12000, f'{label}: total out of range')
    return makeup


def main():
    total = 0
    m = {}
    for half in ('dev', 'test'):
        m[half] = verify_half(half)
        total += sum(os.path.getsize(os.path.join(ROOT, half, f)) for f in os.listdir(os.path.join(ROOT, half)))
    check(m['dev'] == m['test'], 'make-up of dev and test differs')
    check(total < 8 * 1024 * 1024, f'corpus {total} bytes >= 8 MB')
    print(f'corpus size: {total} bytes')
    for f in FAIL:
        print('FAIL', f)
    print(f'{OK[0]} passed, {len(FAIL)} failed')
    sys.exit(1 if FAIL else 0)


if __name__ == '__main__':
    main()
