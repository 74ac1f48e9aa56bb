#!/usr/bin/env python3
"""Read every .eml back from disk and check every truth value against the document text,
extracted with other software than what wrote it:
  PDFs            -> pdftotext (poppler) + pypdf field values of fillable forms
  DOCX / ODT      -> soffice --convert-to txt (LibreOffice)
  mail bodies     -> the stdlib e-mail parser; HTML stripped with html.parser
  scans / photos  -> the text that was drawn before the page was turned into an image (gen/verify_data.json)
Prints the problems and their count."""
import os, sys, json, re, subprocess, tempfile, email, html.parser, unicodedata
from email import policy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_amount, norm_phone, nl_words, fr_words

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
side = json.load(open(os.path.join(ROOT, 'gen', 'verify_data.json'), encoding='utf-8'))


class Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, a):
        if tag in ('p', 'br', 'div', 'tr', 'td'):
            self.out.append('\n')


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ').replace('\u2002', ' ').replace('\u2019', "'")
    return re.sub(r'\s+', ' ', s).strip().lower()


def main_attachment(msg, fmt):
    atts = [p for p in msg.iter_attachments()]
    want = {'pdf_form': ('.pdf',), 'pdf_letter': ('.pdf',), 'scan_pdf': ('.pdf',), 'docx_form': ('.docx',), 'docx_letter': ('.docx',),
            'odt': ('.odt',), 'photo': ('.jpg', '.jpeg')}[fmt]
    cands = [p for p in atts if p.get_filename().lower().endswith(want)]
    names = ('statuten', 'statuts', 'constitution', 'foto locatie', 'pastorietuin', 'dorpsplein', 'photo du lieu', 'terrain', 'place du village', 'site photo')
    cands = [p for p in cands if not p.get_filename().lower().startswith(names)]
    assert len(cands) == 1, (fmt, [p.get_filename() for p in atts])
    return cands[0]


def extract(path, fmt, tmp):
    msg = email.message_from_bytes(open(path, 'rb').read(), policy=policy.default)
    if fmt == 'body_plain':
        return msg.get_body(('plain',)).get_content(), msg
    if fmt == 'body_html':
        h = msg.get_body(('html',)).get_content()
        s = Strip()
        s.feed(h)
        return ''.join(s.out), msg
    if fmt in ('scan_pdf', 'photo'):
        main_attachment(msg, fmt)
        return None, msg
    part = main_attachment(msg, fmt)
    fn = os.path.join(tmp, 'doc' + os.path.splitext(part.get_filename())[1].lower())
    with open(fn, 'wb') as f:
        f.write(part.get_content())
    if fn.endswith('.pdf'):
        txt = subprocess.run(['pdftotext', '-layout', fn, '-'], capture_output=True, text=True).stdout
        txt2 = subprocess.run(['pdftotext', fn, '-'], capture_output=True, text=True).stdout
        from pypdf import PdfReader
        vals = []
        for k, v in (PdfReader(fn).get_fields() or {}).items():
            if isinstance(v.get('/V'), str):
                vals.append(v['/V'])
        return txt + '\n' + txt2 + '\n' + '\n'.join(vals), msg
    for attempt in range(3):
        subprocess.run(['soffice', f'-env:UserInstallation=file://{tmp}/lo_profile', '--headless', '--convert-to',
                        'txt:Text (encoded):UTF8', '--outdir', tmp, fn], capture_output=True)
        if os.path.exists(os.path.join(tmp, 'doc.txt')):
            break
    t = open(os.path.join(tmp, 'doc.txt'), encoding='utf-8', errors='replace').read()
    os.remove(os.path.join(tmp, 'doc.txt'))
    return t, msg


def main():
    problems = []
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for half in ('dev', 'test'):
            for line in open(os.path.join(ROOT, half, 'truth.jsonl'), encoding='utf-8'):
                d = json.loads(line)
                n += 1
                key = f"{half}/{d['file']}"
                info = side[key]
                fmt = d['format']
                text, msg = extract(os.path.join(ROOT, half, d['file']), fmt, tmp)
                if text is None:
                    text = info['doc_text']
                T = norm(text)
                f = d['fields']

                def bad(what):
                    problems.append(f"{key} [{fmt}/{info['template']}] {what}")
                # 1) every rendered string is in the document text
                for field, s in info['checks']:
                    if field not in f:
                        bad(f"check for absent field {field}")
                    if norm(s) not in T and not (field == 'postcode' and info['template'] == 'comb/flat' and ' '.join(s) in re.sub(r' +', ' ', T)):
                        bad(f"{field}: {s!r} not found in document")
                # 2) rendered strings mean the truth value (independent parsers)
                rend = {}
                for field, s in info['checks']:
                    rend.setdefault(field, []).append(s)
                for fld in ('requested_amount', 'total_budget'):
                    if fld in f:
                        s = rend[fld][0]
                        if re.search(r'\d', s):
                            val = parse_amount(s)
                        else:
                            e = int(float(f[fld]))
                            val = e * 100 if norm(s).startswith(norm(nl_words(e))) or norm(s).startswith(norm(fr_words(e))) else None
                        if val is None or f"{val // 100}.{val % 100:02d}" != f[fld]:
                            bad(f"{fld}: {s!r} parses to {val}, truth {f[fld]}")
                if 'phone' in f:
                    p = norm_phone(rend['phone'][0], f['country'])
                    if p != f['phone']:
                        bad(f"phone {rend['phone'][0]!r} -> {p} != {f['phone']}")
                    if not re.fullmatch(r'\+3[23]\d{8,9}', f['phone']):
                        bad('phone not E.164 BE/FR')
                if not all(x in T for x in norm(f['contact_name']).split()):
                    bad('contact name tokens missing')
                # 3) e-mail rule
                frm = msg['From'].addresses[0].addr_spec
                if 'email' in f:
                    if norm(f['email']) not in T and f['email'] != frm:
                        bad(f"email {f['email']} neither in document nor From")
                    if norm(f['email']) not in T and info['sender'] != 'self':
                        bad('email from From while a helper sent the mail')
                else:
                    if info['sender'] == 'self':
                        bad('email absent although applicant sent the mail')
                for fld in ('email',):
                    if fld in f and not re.search(r'@example\.(org|net|com)$', f[fld]):
                        bad('email domain')
                # 4) distractors never in truth, basic shape
                if 'Woumenweg' in f.get('address', '') or f.get('email') == 'coordinator@example.org':
                    bad('coordinator data in truth')
                if f['country'] not in ('BE', 'FR') or not re.fullmatch(r'\d{4}' if f['country'] == 'BE' else r'\d{5}', f['postcode']):
                    bad('country/postcode shape')
                if float(f['requested_amount']) > 10000 or ('total_budget' in f and float(f['total_budget']) < float(f['requested_amount'])):
                    bad('amount relation')
                # 5) mail shape
                if msg['To'].addresses[0].addr_spec != 'coordinator@example.org':
                    bad('To')
                dt = msg['Date'].datetime
                if not ('2019-05-02' <= dt.strftime('%Y-%m-%d') <= '2019-06-16'):
                    bad('date out of range')
    for p in problems:
        print(p)
    print(f"checked {n} mails, problems: {len(problems)}")


if __name__ == '__main__':
    main()
