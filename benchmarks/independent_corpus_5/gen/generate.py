#!/usr/bin/env python3
"""Corpus 5 generator: forms other people made. Seeded and reproducible.

Run:  /work/main/.venv/bin/python gen/generate.py   (from /work/corpus5)
Then: /work/main/.venv/bin/python gen/verify.py
"""
import os, sys, json, random, io, shutil, email.utils, datetime
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import make_record, helper_person, slug, COORD, fmt_phone
from views import make_view, truth, checks
import docx_forms, odt_forms, pdf_forms, letters, images
from labels import L

from reportlab import rl_config
rl_config.invariant = 1


def fixed_zip(data):
    """Rewrite a zip (docx/xlsx) with fixed timestamps so that runs are byte-reproducible."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 5, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re
                content = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2019-05-01T12:00:00Z', content)
            z.writestr(zi, content)
    return out.getvalue()


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20190616

# (nl, fr, en) over both halves; each count even so the halves are balanced per format and language
ALLOC = {'pdf_form': (10, 8, 2), 'docx_form': (12, 8, 0), 'odt': (8, 8, 0), 'docx_letter': (4, 2, 2),
         'pdf_letter': (4, 4, 0), 'body_plain': (4, 2, 2), 'body_html': (4, 4, 0), 'scan_pdf': (4, 2, 0), 'photo': (2, 4, 0)}

KIND = {'pdf_form': 'form', 'docx_form': 'form', 'odt': 'form', 'docx_letter': 'letter', 'pdf_letter': 'letter',
        'body_plain': 'body', 'body_html': 'body', 'scan_pdf': 'image', 'photo': 'image'}


def clean_fn(s):
    return ''.join(ch for ch in s if ch not in '/\\:*?"<>|«»“”').strip()


def attachment_name(r, fmt, rng, tpl):
    lang, org, place = r['lang'], r['org'], r['municipality']
    who = org or f"{r['first']} {r['last']}"
    ext = {'pdf_form': 'pdf', 'docx_form': 'docx', 'odt': 'odt', 'docx_letter': 'docx', 'pdf_letter': 'pdf', 'scan_pdf': 'pdf'}.get(fmt)
    if fmt == 'scan_pdf':
        return rng.choice([f"scan_{r['date']:%Y%m%d}_{rng.randint(100, 999)}.pdf", f"SCAN{rng.randint(1, 9999):04d}.PDF",
                           "Document numérisé.pdf" if lang == 'fr' else "Gescand document.pdf", f"{r['date']:%Y-%m-%d} aanvraag.pdf" if lang == 'nl' else f"{r['date']:%Y-%m-%d} dossier.pdf"])
    if fmt == 'photo':
        return rng.choice([f"IMG_{r['date']:%Y%m%d_%H%M%S}.jpg", "foto aanvraagformulier.jpg" if lang == 'nl' else "photo du formulaire.jpg",
                           f"WhatsApp Image {r['date']:%Y-%m-%d} at {r['date']:%H.%M.%S}.jpeg"])
    if fmt in ('docx_letter', 'pdf_letter'):
        base = {'nl': ["Brief aanvraag {w}", "Kandidatuur {w}", "begeleidende brief aanvraag"],
                'fr': ["Lettre de candidature {w}", "Courrier demande de subvention", "Candidature - {w}"],
                'en': ["Application letter {w}", "Letter - {w}"]}[lang]
    else:
        base = {'nl': ["Aanvraagformulier {w}", "aanvraagformulier_ingevuld", "Formulier Maak werk van je buurt - {p}",
                       "Aanvraag projectenoproep {p}", "{w} - aanvraag"],
                'fr': ["Formulaire de demande - {w}", "formulaire_candidature_{s}", "Dossier de candidature {p}",
                       "Demande de subvention {w}", "formulaire rempli"],
                'en': ["Application form {w}", "application_form_{s}", "Application {p}"]}[lang]
    return clean_fn(rng.choice(base).format(w=who, p=place, s=slug(who).replace('.', '_'))) + '.' + ext


def subject(r, rng):
    t = r['title']
    return rng.choice({'nl': [f"Aanvraag projectenoproep Maak werk van je buurt - {t}", "Aanvraag Maak werk van je buurt",
                              f"Kandidatuur {r['org'] or r['municipality']}", "aanvraagformulier", f"Project {t}",
                              "Projectenoproep: ons idee", "Fw: aanvraagformulier"],
                       'fr': [f"Candidature appel à projets - {t}", "Appel à projets Partons 2.0", f"Dossier {r['org'] or r['municipality']}",
                              "formulaire de candidature", f"Projet « {t} »", "Tr: candidature"],
                       'en': [f"Application - {t}", "Call for projects application", f"Project application {r['municipality']}"]}[r['lang']])


def cover_text(r, rng, helper, fmt):
    lang = r['lang']
    name = f"{r['first']} {r['last']}"
    att = fmt not in ('body_plain', 'body_html')
    if helper is None:
        if lang == 'nl':
            return rng.choice(["Beste,\n\nIn bijlage vindt u ons aanvraagformulier voor de projectenoproep 'Maak werk van je buurt'.\n\nMet vriendelijke groeten,\n",
                               "Dag Jonas,\n\nHierbij onze aanvraag. Laat gerust iets weten als er nog iets ontbreekt.\n\nGroetjes,\n",
                               "Goedemiddag,\n\nZoals afgesproken stuur ik u het ingevulde formulier.\n\nVriendelijke groet,\n"]) + r['first']
        if lang == 'fr':
            return rng.choice(["Bonjour,\n\nVeuillez trouver ci-joint notre dossier de candidature pour l'appel à projets.\n\nCordialement,\n",
                               "Bonjour Monsieur,\n\nJe vous transmets le formulaire complété. N'hésitez pas à me contacter.\n\nBien à vous,\n",
                               "Madame, Monsieur,\n\nCi-joint notre demande.\n\nSalutations,\n"]) + name
        return "Hello,\n\nPlease find attached our application for the call 'Maak werk van je buurt'.\n\nKind regards,\n" + r['first']
    h = helper
    hname = f"{h['first']} {h['last']}"
    if h['kind'] == 'townhall':
        tail = f"\n\n{hname}\n{h['org']}\n{h['phone']}"
        if lang == 'nl':
            return f"Geachte,\n\nIn bijlage het aanvraagformulier van {r['org'] or name}, dat bij ons op het gemeentehuis werd binnengebracht. Wij bezorgen het u graag namens de aanvrager.\n\nMet vriendelijke groeten," + tail
        if lang == 'fr':
            return f"Bonjour,\n\nNous vous transmettons la demande de {r['org'] or name}, déposée à l'accueil de la mairie.\n\nCordialement," + tail
        return f"Dear coordinator,\n\nOn behalf of {r['org'] or name} we forward the attached application.\n\nBest regards," + tail
    tail = f"\n\n{hname}\n{h['addr']}\n{h['pc']} {h['place']}\n{h['phone']}"
    if lang == 'nl':
        return f"Beste,\n\nIk stuur dit door namens {name}" + (f" van {r['org']}" if r['org'] else '') + ", die zelf niet zo goed met e-mail overweg kan." + \
            (" Het formulier zit in bijlage." if att else "") + "\n\nGroeten," + tail
    if lang == 'fr':
        return f"Bonjour,\n\nJe vous envoie ce dossier de la part de {name}" + (f" ({r['org']})" if r['org'] else '') + \
            ", qui n'a pas d'ordinateur.\n\nCordialement," + tail
    return f"Hello,\n\nI am sending this on behalf of my neighbour {name}.\n\nBest wishes," + tail


def html_body(lines, rng):
    from xml.sax.saxutils import escape
    style = rng.choice(['p', 'table'])
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:11pt">']
    for ln in lines:
        if not ln:
            out.append('<p>&nbsp;</p>' if style == 'p' else '<br>')
        elif ':' in ln and style == 'table' and len(ln) < 90 and not ln.endswith(':'):
            k, v_ = ln.split(':', 1)
            out.append(f'<table border="0" cellpadding="2"><tr><td style="color:#555"><b>{escape(k.strip())}</b></td><td>{escape(v_.strip())}</td></tr></table>')
        else:
            out.append(f'<p style="margin:0">{escape(ln)}</p>' if style == 'p' else f'<div>{escape(ln)}</div>')
    out.append('</body></html>')
    return '\n'.join(out)


def extra_attachment(r, v, rng):
    kind = rng.choice(['xlsx', 'jpg', 'statute'] if r['org'] else ['xlsx', 'jpg'])
    lang = r['lang']
    if kind == 'xlsx' and not v.get('lines_mismatch'):
        import openpyxl
        wb = openpyxl.Workbook()
        wb.properties.created = wb.properties.modified = r['date'].replace(microsecond=0)
        wb.properties.creator = f"{r['first']} {r['last']}"
        ws = wb.active
        ws.title = {'nl': 'Begroting', 'fr': 'Budget', 'en': 'Budget'}[lang]
        ws.append([L[lang]['line'], L[lang]['amount'] + ' (EUR)'])
        for d, a in r['lines']:
            ws.append([d, a / 100])
        ws.append([L[lang]['sum'], f"=SUM(B2:B{len(r['lines']) + 1})"])
        bio = io.BytesIO()
        wb.save(bio)
        bio = io.BytesIO(fixed_zip(bio.getvalue()))
        return ({'nl': 'Begroting.xlsx', 'fr': 'Budget prévisionnel.xlsx', 'en': 'Budget.xlsx'}[lang], bio.getvalue(),
                'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    if kind == 'statute':
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        bio = io.BytesIO()
        c = canvas.Canvas(bio, pagesize=A4)
        c.setFont('Helvetica-Bold', 14)
        c.drawString(60, 780, ({'nl': 'Statuten ', 'fr': 'Statuts ', 'en': 'Constitution of '}[lang]) + r['org'])
        c.setFont('Helvetica', 10)
        y = 750
        arts = {'nl': ["Art. 1. De vereniging draagt de naam " + r['org'] + ".", "Art. 2. De vereniging heeft tot doel het samenleven in het dorp te bevorderen.",
                       "Art. 3. De algemene vergadering komt minstens eenmaal per jaar samen.", "Art. 4. Het bestuur bestaat uit minstens drie leden."],
                'fr': ["Article 1. L'association a pour nom " + r['org'] + ".", "Article 2. Elle a pour objet l'animation de la vie locale.",
                       "Article 3. L'assemblée générale se réunit au moins une fois par an.", "Article 4. Le bureau comprend au moins trois membres."],
                'en': ["1. The name of the group is " + r['org'] + ".", "2. Its purpose is to improve village life.", "3. The general meeting is held once a year."]}[lang]
        for a in arts:
            c.drawString(60, y, a)
            y -= 18
        c.save()
        return ({'nl': 'Statuten.pdf', 'fr': 'Statuts association.pdf', 'en': 'Constitution.pdf'}[lang], bio.getvalue(), 'application', 'pdf')
    from PIL import Image, ImageDraw, ImageFilter
    w, h = 640, 480
    img = Image.new('RGB', (w, h), (135, 170, 210))
    d = ImageDraw.Draw(img)
    d.rectangle([0, int(h * rng.uniform(0.45, 0.6)), w, h], fill=(90, 130, 60))
    for _ in range(6):
        x = rng.randint(0, w)
        d.ellipse([x - 40, 150, x + 40, 260], fill=(40, 90 + rng.randint(0, 40), 40))
    img = img.filter(ImageFilter.GaussianBlur(1.5))
    bio = io.BytesIO()
    img.save(bio, 'JPEG', quality=70)
    return ({'nl': rng.choice(['foto locatie.jpg', 'pastorietuin.jpg', 'dorpsplein.jpg']),
             'fr': rng.choice(['photo du lieu.jpg', 'terrain école.jpg', 'place du village.jpg']),
             'en': 'site photo.jpg'}[lang], bio.getvalue(), 'image', 'jpeg')


def build_case(r, rng):
    fmt = r['format']
    kind = KIND[fmt]
    v = make_view(r, rng, kind)
    helper = helper_person(rng, r) if r['sender'] != 'self' else None
    # From address
    if helper:
        from_name, from_addr = (f"{helper['first']} {helper['last']}" if helper['kind'] == 'helper' else helper['org']), helper['email']
    else:
        from_name, from_addr = f"{r['first']} {r['last']}", r['email']
        if v['alt_from']:
            # sent from another address than the one in the document
            from_addr = f"{slug(r['first'])}{rng.randint(10, 99)}@{rng.choice(['example.net', 'example.com'])}"
    msg = EmailMessage(policy=policy.SMTP.clone(max_line_length=200))
    msg['From'] = Address(from_name, addr_spec=from_addr)
    msg['To'] = rng.choice([COORD, Address('Partons 2.0', addr_spec=COORD), Address('Projectoproep Westhoek', addr_spec=COORD)])
    msg['Subject'] = subject(r, rng)
    tz = datetime.timezone(datetime.timedelta(hours=2))
    msg['Date'] = email.utils.format_datetime(r['date'].replace(tzinfo=tz))
    msg['Message-ID'] = f"<{r['date']:%Y%m%d%H%M%S}.{rng.randint(10**8, 10**9)}@{from_addr.split('@')[1]}>"
    msg['MIME-Version'] = '1.0'
    doc_text = None
    tpl = ''
    fieldvals = {}
    main = None
    if kind == 'body':
        blines = letters.body_text(r, v, rng)
        if helper:
            pre = cover_text(r, rng, helper, fmt).split('\n')
            # helper's short note first, then the application, then the helper's signature
            blines = pre[:3] + ['', '-----'] + blines + ['-----'] + pre[3:]
        text = '\n'.join(blines) + '\n'
        if fmt == 'body_plain':
            msg.set_content(text, cte='quoted-printable')
        else:
            h = html_body(blines, rng)
            if rng.random() < 0.6:
                msg.set_content(text, cte='quoted-printable')
                msg.add_alternative(h, subtype='html', cte='quoted-printable')
            else:
                msg.set_content(h, subtype='html', cte='quoted-printable')
        tpl = 'body'
    else:
        msg.set_content(cover_text(r, rng, helper, fmt) + '\n', cte='quoted-printable')
        if fmt == 'docx_form':
            data, tpl = docx_forms.build(r, v, rng)
            data = fixed_zip(data)
            main = (data, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')
        elif fmt == 'odt':
            data, tpl = odt_forms.build(r, v, rng)
            data = fixed_zip(data)
            main = (data, 'application', 'vnd.oasis.opendocument.text')
        elif fmt == 'pdf_form':
            data, tpl, fieldvals = pdf_forms.build(r, v, rng, flat=r.get('flat', False))
            main = (data, 'application', 'pdf')
        elif fmt == 'docx_letter':
            data = letters.build_docx(r, v, rng)
            data = fixed_zip(data)
            main = (data, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')
        elif fmt == 'pdf_letter':
            data = letters.build_pdf(r, v, rng)
            main = (data, 'application', 'pdf')
        else:
            what = 'form' if rng.random() < 0.6 else 'letter'
            if what == 'letter':
                v['name_str'] = f"{r['first']} {r['last']}"
            data, drawn = images.build(r, v, rng, fmt, what)
            tpl = what
            doc_text = '\n'.join(drawn)
            main = (data, 'application', 'pdf') if fmt == 'scan_pdf' else (data, 'image', 'jpeg')
        fn = attachment_name(r, fmt, rng, tpl)
        extra = None
        if kind == 'form' and rng.random() < 0.3:
            extra = extra_attachment(r, v, rng)
        if extra and rng.random() < 0.4:
            msg.add_attachment(extra[1], maintype=extra[2], subtype=extra[3], filename=extra[0])
            extra = None
        msg.add_attachment(main[0], maintype=main[1], subtype=main[2], filename=fn)
        if extra:
            msg.add_attachment(extra[1], maintype=extra[2], subtype=extra[3], filename=extra[0])
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{rng.randint(10**9, 10**10)}_{rng.randint(10**5, 10**6)}")
    t = truth(r, v, from_addr)
    return msg, t, {'checks': checks(r, v), 'template': tpl, 'doc_text': doc_text, 'from': from_addr,
                    'email_mode': v['email_mode'], 'sender': r['sender']}


def main():
    rng = random.Random(SEED)
    cases = []
    for fmt, (nnl, nfr, nen) in ALLOC.items():
        for lang, n in (('nl', nnl), ('fr', nfr), ('en', nen)):
            group = []
            for i in range(n):
                r = make_record(rng, lang, fmt, i)
                group.append(r)
            if fmt == 'pdf_form':
                for j, r in enumerate(group):
                    r['flat'] = (j % 3 == 2)
            rng.shuffle(group)
            for j, r in enumerate(group):
                r['half'] = 'dev' if j < n // 2 else 'test'
            cases += group
    rng.shuffle(cases)
    side = {}
    for half in ('dev', 'test'):
        d = os.path.join(ROOT, half)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        counters = {}
        lines = []
        for r in [c for c in cases if c['half'] == half]:
            crng = random.Random(f"{SEED}-{half}-{len(lines)}")
            counters[r['lang']] = counters.get(r['lang'], 0) + 1
            name = f"{r['lang']}-{counters[r['lang']]:03d}.eml"
            msg, t, info = build_case(r, crng)
            with open(os.path.join(d, name), 'wb') as f:
                f.write(msg.as_bytes())
            lines.append({'file': name, 'format': r['format'], 'language': r['lang'], 'fields': t})
            info['file'] = name
            side[f"{half}/{name}"] = info
        with open(os.path.join(d, 'truth.jsonl'), 'w', encoding='utf-8') as f:
            for ln in lines:
                f.write(json.dumps(ln, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'gen', 'verify_data.json'), 'w', encoding='utf-8') as f:
        json.dump(side, f, ensure_ascii=False, indent=0)
    print('written', len(cases))


if __name__ == '__main__':
    main()
