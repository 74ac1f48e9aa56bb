#!/usr/bin/env python3
"""Generate corpus 9: ~100 invented application e-mails for 'Maak werk van je buurt!' / 'Partons 2.0' (2019).

Usage:  /work/corpus9/.venv/bin/python gen/make.py        (from /work/corpus9)
Seeded (SEED below); needs soffice (libreoffice-writer-nogui) and the fonts listed in gen/README.md."""
import datetime
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import html as htmlmod
from PIL import Image, ImageFilter
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *  # noqa
from docs import letter_model, form_model, body_model, org_appears  # noqa
import render  # noqa

SEED = 20190509
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, 'gen')
BUILD = os.path.join(GEN, 'build')
SIDE = os.path.join(GEN, 'sidecar')
COORD = 'coordinator@example.org'

# make-up per half: (format, sub, {lang: n})
CELLS = [
    ('odt', 'letter', {'nl': 3, 'fr': 3}),
    ('odt', 'form', {'nl': 2, 'fr': 2}),
    ('docx_letter', None, {'nl': 2, 'fr': 2, 'en': 1}),
    ('pdf_letter', None, {'nl': 2, 'fr': 2, 'en': 1}),
    ('rtf', None, {'nl': 2, 'fr': 1}),
    ('doc', None, {'nl': 1, 'fr': 2}),
    ('body_plain', None, {'nl': 2, 'fr': 1, 'en': 1}),
    ('body_html', None, {'nl': 1, 'fr': 2}),
    ('pdf_form', None, {'nl': 2, 'fr': 2}),
    ('docx_form', None, {'nl': 2, 'fr': 2}),
    ('scan_pdf', None, {'nl': 3, 'fr': 2}),
    ('photo', None, {'nl': 2, 'fr': 2}),
]
HANDS = ['dkg', 'femkeklaver', 'breip', 'kristi']


def soffice(srcs, target, outdir):
    if not srcs:
        return
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', '-env:UserInstallation=file:///tmp/c9_lo_profile', '--headless', '--convert-to', target,
           '--outdir', outdir] + srcs
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def site_photo(rng, path):
    import numpy as np
    from PIL import Image, ImageFilter
    nr = np.random.default_rng(rng.randint(0, 10 ** 9))
    W, H = 960, 720
    a = np.zeros((H, W, 3), np.float32)
    hz = rng.randint(250, 380)
    a[:hz] = np.linspace([150, 180, 225], [215, 225, 235], hz)[:, None, :]
    a[hz:] = np.linspace([110, 150, 70], [60, 100, 40], H - hz)[:, None, :]
    # a building
    x0 = rng.randint(100, 600)
    a[hz - 160:hz + 20, x0:x0 + 260] = [150, 80, 60]
    a[hz - 230:hz - 160, x0 + 30:x0 + 230] = [90, 50, 45]
    a += nr.normal(0, 9, a.shape)
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.5)).save(path, quality=72)


def mail_date(rng):
    start = datetime.datetime(2019, 5, 1, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    return start + datetime.timedelta(days=rng.randint(0, 45), hours=rng.randint(0, 15), minutes=rng.randint(0, 59),
                                      seconds=rng.randint(0, 59))


def att_name(rng, A, ext):
    lang, t, o = A['lang'], A['title'], A['org'] or ''
    if lang == 'nl':
        opts = [f"Aanvraag {t}.{ext}", f"aanvraag_maak_werk_van_je_buurt.{ext}", f"Projectidee {o or t}.{ext}",
                f"Maak werk van je buurt - {o or 'aanvraag'}.{ext}", f"brief provincie.{ext}"]
    elif lang == 'fr':
        opts = [f"Candidature {t}.{ext}", f"dossier_partons_2.0.{ext}", f"Candidature {o or 'projet'}.{ext}",
                f"lettre appel à projets.{ext}", f"Projet {t}.{ext}"]
    else:
        opts = [f"Application {t}.{ext}", f"application_partons.{ext}"]
    return rng.choice(opts).replace('/', '-').replace('!', '').replace('?', '')


MIME = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'odt': ('application', 'vnd.oasis.opendocument.text'), 'rtf': ('application', 'rtf'),
        'doc': ('application', 'msword'), 'jpg': ('image', 'jpeg'), 'png': ('image', 'png')}


# ---------------------------------------------------------------- mail texts
def forwarder(rng, A, mode):
    lang = A['lang']
    v = A['village']
    if mode == 'desk':
        if A['country'] == 'BE':
            gem = GEMEENTE_OF.get(v, v)
            ph, _ = mk_phone(rng, 'BE', mobile=False)
            return (f"Onthaal Gemeente {gem}", f"onthaal.{slug(gem)}@example.org",
                    f"Onthaal – Gemeente {gem}\nTel. {ph}")
        ph, _ = mk_phone(rng, 'FR', mobile=False)
        return (f"Accueil Mairie {v}", f"accueil.mairie.{slug(v)}@example.net", f"Accueil de la mairie de {v}\nTél. {ph}")
    if mode == 'child':
        f, _ = person(rng, lang)
        last = A['contact'][1]
        return (f"{f} {last}", mk_email(rng, f, last), '')
    # secretary / member of the group
    f, l = person(rng, lang)
    ph, _ = mk_phone(rng, A['country'])
    return (f"{f} {l}", mk_email(rng, f, l), f"{f} {l}\n{ph}")


def carrier_text(rng, A, mode, fwd=None, n_att=1):
    lang = A['lang']
    first, last = A['contact']
    org = A['org']
    if mode == 'direct':
        if lang == 'nl':
            t = rng.choice([
                f"Beste,\n\nIn bijlage vindt u onze aanvraag voor de projectenoproep 'Maak werk van je buurt!'.\n\nMet vriendelijke groeten,\n{first} {last}",
                f"Goeiedag,\nhierbij ons projectidee. Groeten, {first}",
                f"Dag Jonas,\n\nZoals beloofd na de brainstorm stuur ik je ons dossier.\nLaat maar weten als er iets ontbreekt.\n\nGroetjes\n{first}",
                f"Beste heer Polin\n\nBijgevoegd de aanvraag" + (f" van {org}" if org else "") + ".\n\nMvg\n" + first])
        elif lang == 'fr':
            t = rng.choice([
                f"Bonjour,\n\nVeuillez trouver ci-joint notre dossier de candidature pour l'appel à projets Partons 2.0.\n\nCordialement,\n{first} {last}",
                f"Bonjour\nci-joint notre projet.\nBonne journée\n{first}",
                f"Monsieur,\n\nJe vous prie de trouver en pièce jointe la candidature" + (f" {docs_fr_de(org)}" if org else "") +
                f".\n\nRestant à votre disposition,\n{first} {last.upper()}"])
        else:
            t = f"Hello,\n\nPlease find attached our application.\n\nBest regards,\n{first} {last}"
        return t
    if mode == 'reply':
        if lang == 'nl':
            top = rng.choice([f"Beste Jonas,\n\nHierbij zoals gevraagd onze aanvraag in bijlage.\n\nGroeten,\n{first}",
                              f"Dag Jonas\nHier is ons ingevuld formulier. Bedankt voor de uitleg vorige week!\n{first} {last}"])
            q = ("Op do 2 mei 2019 om 10:14 schreef Jonas Polin <coordinator@example.org>:\n"
                 "> Beste,\n>\n> Bedankt voor je interesse in de projectenoproep Maak werk van je buurt!\n"
                 "> Je kan je projectidee indienen tot 16 juni 2019, per post of per e-mail.\n"
                 "> Bel me gerust als je vragen hebt.\n>\n> Met vriendelijke groeten,\n> Jonas Polin\n"
                 "> Projectcoördinator Partons 2.0\n> Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide\n"
                 "> +32 489 309 839\n> +32 51 51 94 37")
        elif lang == 'fr':
            top = rng.choice([f"Bonjour Monsieur Polin,\n\nComme convenu, voici notre dossier.\n\nBien à vous,\n{first} {last}",
                              f"Bonjour,\nje vous renvoie le formulaire complété.\nCordialement\n{first}"])
            q = ("Le ven. 3 mai 2019 à 09:12, Jonas Polin <coordinator@example.org> a écrit :\n"
                 "> Bonjour,\n>\n> Merci pour votre intérêt pour l'appel à projets Partons 2.0.\n"
                 "> Les dossiers sont à envoyer avant le 16 juin 2019.\n>\n> Cordialement,\n> Jonas Polin\n"
                 "> Coordinateur Partons 2.0\n> +32 489 309 839")
        else:
            top = f"Hi Jonas,\n\nAs discussed, here is our application.\n\nThanks,\n{first}"
            q = ("On Thu, 2 May 2019 at 10:14, Jonas Polin <coordinator@example.org> wrote:\n"
                 "> Dear all,\n> thank you for your interest in the call. Deadline is 16 June 2019.\n> Jonas Polin\n> +32 489 309 839")
        return top + "\n\n" + q
    name, addr, sig = fwd
    if mode == 'desk':
        if A['country'] == 'BE':
            return (f"Goedemiddag,\n\nOnderstaande aanvraag werd vandaag aan ons onthaal afgegeven door {first} {last}"
                    f"{' (' + org + ')' if org and rng.random() < 0.3 else ''}. We bezorgen u de scan.\n\nMet vriendelijke groeten,\n{sig}")
        return (f"Bonjour,\n\nVoici le dossier déposé en mairie par {first} {last}, scanné par nos soins.\n\n"
                f"Cordialement,\n{sig}")
    if mode == 'child':
        if lang == 'nl':
            return (f"Beste,\n\nMijn ouders hebben zelf geen e-mail, daarom stuur ik de aanvraag door in naam van "
                    f"{first} {last}.\nVoor vragen kan u best naar het nummer in de brief bellen.\n\nVriendelijke groeten,\n{name}")
        return (f"Bonjour,\n\nJe transmets le dossier de {first} {last} (mes parents n'ont pas internet).\n"
                f"Merci de le contacter directement par téléphone.\n\nCordialement,\n{name}")
    # secretary
    if lang == 'nl':
        head = (f"Beste,\n\nIk stuur de aanvraag van {first} {last} door.\n\n{sig}\n\n"
                f"---------- Doorgestuurd bericht ----------\nVan: {first} {last} <{A['email']}>\nDatum: {{date}}\n"
                f"Onderwerp: aanvraag\n\nIn bijlage de brief.")
    else:
        head = (f"Bonjour,\n\nJe transfère le dossier de notre association.\n\n{sig}\n\n"
                f"---------- Message transféré ---------\nDe : {first} {last} <{A['email']}>\nDate : {{date}}\n"
                f"Objet : dossier\n\nVoir pièce jointe.")
    return head


QUOTE_START = {'nl': 'Op do 2 mei', 'fr': 'Le ven. 3 mai', 'en': 'On Thu, 2 May'}


def docs_fr_de(org):
    from docs import fr_de
    return fr_de(org)


def subject_for(rng, A, mode):
    lang = A['lang']
    t = A['title']
    if mode == 'reply':
        return {'nl': "Re: Projectenoproep Maak werk van je buurt!", 'fr': "RE: Appel à projets Partons 2.0",
                'en': "Re: Maak werk van je buurt! / Partons 2.0"}[lang]
    opts = {'nl': ["Aanvraag Maak werk van je buurt", "projectoproep", f"Maak werk van je buurt! - {t}", "aanvraag subsidie",
                   f"Projectidee {A['village']}", "dossier"],
            'fr': [f"Candidature Partons 2.0 - {t}", "appel à projets", "Dossier de candidature", f"Projet {A['village']}",
                   "candidature"],
            'en': ["Application Partons 2.0", f"Application - {t}"]}[lang]
    s = rng.choice(opts)
    if mode in ('desk', 'child', 'secretary'):
        s = ('Fwd: ' if rng.random() < 0.6 else 'TR: ' if lang == 'fr' else 'FW: ') + s
    return s


def body_to_text(items):
    out = []
    for it in items:
        if it[0] == 'p':
            out.append(it[1] + '\n')
        else:
            out.append(f"{it[1]}: {it[2]}")
    # blank line between key/value block and paragraphs
    txt = ''
    prev = None
    for it, line in zip(items, out):
        if prev is not None and (prev != it[0] or it[0] == 'p'):
            txt += '\n'
        txt += line.rstrip('\n') + '\n'
        prev = it[0]
    return txt


def body_to_html(items, rng):
    h = ['<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:11pt">']
    kv = [it for it in items if it[0] == 'kv']
    table = rng.random() < 0.5
    in_kv = False
    for it in items:
        if it[0] == 'p':
            if in_kv:
                h.append('</table>' if table else '</p>')
                in_kv = False
            h.append(f"<p>{htmlmod.escape(it[1])}</p>")
        else:
            if not in_kv:
                h.append('<table border="1" cellpadding="4" style="border-collapse:collapse">' if table else '<p>')
                in_kv = True
            if table:
                h.append(f"<tr><td><b>{htmlmod.escape(it[1])}</b></td><td>{htmlmod.escape(it[2])}</td></tr>")
            else:
                h.append(f"<b>{htmlmod.escape(it[1])}:</b> {htmlmod.escape(it[2])}<br>")
    if in_kv:
        h.append('</table>' if table else '</p>')
    h.append('</body></html>')
    return '\n'.join(h)


# ---------------------------------------------------------------- build one item (phase 1)
def build_item(it, rng):
    fmt, sub, lang = it['fmt'], it['sub'], it['lang']
    A = gen_app(rng, fmt, lang, sub)
    d = mail_date(rng)
    A['mail_date'] = d
    A['letter_date'] = (d - datetime.timedelta(days=rng.randint(0, 6))).date()
    it['A'] = A
    work = os.path.join(BUILD, it['id'])
    os.makedirs(work, exist_ok=True)
    it['work'] = work
    it['extra'] = []
    side = {'drawn': None}
    show_email = True
    if fmt in ('odt', 'docx_letter', 'pdf_letter', 'rtf', 'doc') and sub != 'form':
        blocks, raw, show_email = letter_model(A, rng)
        logo = None
        if any(b['t'] == 'head' for b in blocks) and rng.random() < 0.45:
            logo = os.path.join(work, 'logo.png')
            render.make_logo(logo, slug(A['org'] or 'x'), rng)
        in_header = rng.random() < 0.6
        side['letter'] = {'head_in_header': in_header, 'logo': bool(logo)}
        src_kind = 'odt' if fmt == 'odt' or (fmt == 'pdf_letter' and rng.random() < 0.5) else 'docx'
        src = os.path.join(work, f"{it['id']}.{src_kind}")
        if src_kind == 'odt':
            render.letter_odt(blocks, src, rng, logo, in_header)
        else:
            render.letter_docx(blocks, src, rng, logo, in_header, font=rng.choice(['Calibri', 'Arial', 'Times New Roman', 'Cambria']))
        it['src'] = src
        it['target'] = {'odt': 'odt', 'docx_letter': 'docx', 'pdf_letter': 'pdf', 'rtf': 'rtf', 'doc': 'doc'}[fmt]
    elif fmt in ('docx_form', 'pdf_form') or (fmt == 'odt' and sub == 'form'):
        if fmt == 'pdf_form':
            A['font_no_euro'] = True  # AcroForm text fields use WinAnsi Helvetica here: no euro sign in values
        F, raw, show_email = form_model(A, rng)
        ext = {'docx_form': 'docx', 'pdf_form': 'pdf', 'odt': 'odt'}[fmt]
        src = os.path.join(work, f"{it['id']}.{ext}")
        {'docx': render.form_docx, 'pdf': render.form_pdf, 'odt': render.form_odt}[ext](F, src, rng)
        it['src'] = src
        it['target'] = ext
        side['form'] = {'layout': F['layout'], 'issuer': F['issuer']}
    elif fmt in ('body_plain', 'body_html'):
        items, raw, show_email = body_model(A, rng)
        it['body_items'] = items
        it['target'] = None
    else:  # scan_pdf / photo
        hf = rng.choice(HANDS)
        A['font_no_euro'] = not render.HAND_FONTS[hf][1]
        if sub == 'hand_form':
            F, raw, show_email = form_model(A, rng, hand=True)
            P = render.form_pages(F, rng, hf)
        else:
            blocks, raw, show_email = letter_model(A, rng, hand=(sub == 'hand_letter'))
            P = render.letter_pages(blocks, rng, hf if sub == 'hand_letter' else None)
        side['hand_font'] = hf if sub != 'typed_letter' else None
        side['drawn'] = [s for pg in P.drawn for s in pg]
        pages = P.pages
        if fmt == 'scan_pdf':
            gray = rng.random() < 0.6
            imgs = [render.scan_degrade(p, rng, gray) for p in pages]
            out = os.path.join(work, f"{it['id']}.pdf")
            imgs[0].save(out, 'PDF', resolution=150, quality=rng.choice([70, 75, 80]), save_all=True, append_images=imgs[1:])
            it['att_files'] = [out]
        else:
            outs = []
            usepng = rng.random() < 0.15
            for k, p in enumerate(pages[:2]):
                im = render.photo_degrade(p, rng, out_w=900 if usepng else 1400)
                ts = A['mail_date'] - datetime.timedelta(minutes=rng.randint(5, 300) if k == 0 else 0) + datetime.timedelta(minutes=2 * k)
                ts = ts if k == 0 else ts0 + datetime.timedelta(seconds=rng.randint(20, 200))
                ts0 = ts
                if usepng:
                    out = os.path.join(work, f"{ts.strftime('%Y%m%d_%H%M%S')}{k}.png")
                    im = im.filter(ImageFilter.MedianFilter(3))
                    im.quantize(colors=48, dither=Image.Dither.NONE).save(out, optimize=True)
                else:
                    out = os.path.join(work, f"IMG_{ts.strftime('%Y%m%d_%H%M%S')}{k}.jpg")
                    im.save(out, quality=rng.choice([75, 80, 85]))
                outs.append(out)
            it['att_files'] = outs
        side['pages'] = len(pages)
        it['target'] = None
    it['raw'] = raw
    it['show_email'] = show_email
    it['side'] = side


def pick_mode(rng, it):
    fmt, A = it['fmt'], it['A']
    se = it['show_email']
    if fmt in ('body_plain', 'body_html'):
        return rng.choice(['direct', 'direct', 'reply'])
    if fmt == 'scan_pdf':
        return rng.choice(['direct', 'desk'] + (['secretary'] if se else ['child']))
    if fmt == 'photo':
        return rng.choice(['direct', 'direct'] + ([] if se else ['child']))
    opts = ['direct', 'direct', 'direct', 'reply']
    if se:
        opts.append('secretary')
    else:
        opts.append('child')
    return rng.choice(opts)


# ---------------------------------------------------------------- compose (phase 3)
def compose(it, rng, half, num):
    A = it['A']
    lang = A['lang']
    fname = f"c9-{half}-{num:03d}.eml"
    mode = pick_mode(rng, it)
    first, last = A['contact']
    fwd = None
    if mode in ('desk', 'child', 'secretary'):
        fwd = forwarder(rng, A, mode)
        from_name, from_addr = fwd[0], fwd[1]
    else:
        from_addr = A['email']
        if it['show_email'] and A['org'] and A['kind'] == 'org' and rng.random() < 0.3:
            from_addr = f"{slug(A['org'])[:20]}@example.org"
        from_name = rng.choice([f"{first} {last}", f"{first} {last}", f"{last.upper()} {first}", A['org'] or f"{first} {last}"])
    msg = EmailMessage()
    msg['From'] = formataddr((from_name, from_addr)) if rng.random() < 0.9 else from_addr
    msg['To'] = rng.choice([COORD, formataddr(('Jonas Polin', COORD)), formataddr(('Partons 2.0 coördinatie', COORD))])
    if mode == 'secretary' and rng.random() < 0.5:
        msg['Cc'] = A['email']
    msg['Subject'] = subject_for(rng, A, mode)
    msg['Date'] = format_datetime(A['mail_date'])
    h = hashlib.sha1(f"{SEED}-{half}-{num}".encode()).hexdigest()[:16]
    msg['Message-ID'] = f"<{h}.{num}@{from_addr.split('@')[1]}>"
    if mode == 'reply':
        msg['In-Reply-To'] = f"<partons-{h[:8]}@example.org>"
        msg['References'] = msg['In-Reply-To']
    fmt = it['fmt']
    sidecar_extra = {}
    if fmt in ('body_plain', 'body_html'):
        text = body_to_text(it['body_items'])
        if mode == 'reply':
            q = carrier_text(rng, A, 'reply')
            qpart = q[q.find(QUOTE_START[lang]):]
            text = text + '\n' + qpart + '\n'
        if fmt == 'body_plain':
            msg.set_content(text)
        else:
            html = body_to_html(it['body_items'], rng)
            if mode == 'reply':
                qhtml = '<br>'.join(htmlmod.escape(l) for l in qpart.splitlines())
                html = html.replace('</body>', f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{qhtml}</blockquote></body>')
            if rng.random() < 0.5:
                msg.set_content(text)
                msg.add_alternative(html, subtype='html')
                sidecar_extra['html_alternative'] = True
            else:
                msg.set_content(html, subtype='html')
                sidecar_extra['html_alternative'] = False
        att_main = None
    else:
        text = carrier_text(rng, A, mode, fwd)
        if '{date}' in text:
            text = text.replace('{date}', format_datetime(A['mail_date'] - datetime.timedelta(hours=rng.randint(2, 40))))
        msg.set_content(text)
        if it.get('att_files'):
            files = it['att_files']
            names = []
            for k, f in enumerate(files):
                ext = f.rsplit('.', 1)[1]
                if fmt == 'scan_pdf':
                    nm = rng.choice(['scan0001.pdf', f"Scan_{A['mail_date'].strftime('%Y%m%d')}.pdf", 'Document numérisé.pdf' if lang == 'fr' else 'scan aanvraag.pdf',
                                     att_name(rng, A, 'pdf')])
                else:
                    nm = os.path.basename(f)
                names.append(nm)
                mt, st = MIME[ext]
                with open(f, 'rb') as fh:
                    msg.add_attachment(fh.read(), maintype=mt, subtype=st, filename=nm)
            att_main = names
        else:
            out = it['out']
            ext = out.rsplit('.', 1)[1]
            nm = att_name(rng, A, ext)
            mt, st = MIME[ext]
            with open(out, 'rb') as fh:
                msg.add_attachment(fh.read(), maintype=mt, subtype=st, filename=nm)
            att_main = [nm]
        # harmless second attachment
        if fmt != 'photo' and rng.random() < 0.25:
            if rng.random() < 0.5 and A['org']:
                p = os.path.join(it['work'], 'logo2.png')
                render.make_logo(p, slug(A['org']), rng)
                with open(p, 'rb') as fh:
                    msg.add_attachment(fh.read(), maintype='image', subtype='png', filename='logo.png')
                sidecar_extra['second_attachment'] = 'logo.png'
            else:
                p = os.path.join(it['work'], 'site.jpg')
                site_photo(rng, p)
                nm = {'nl': 'foto terrein.jpg', 'fr': 'photo du lieu.jpg', 'en': 'site.jpg'}[lang]
                with open(p, 'rb') as fh:
                    msg.add_attachment(fh.read(), maintype='image', subtype='jpeg', filename=nm)
                sidecar_extra['second_attachment'] = nm
    # ---------------- truth
    raw = it['raw']
    f = {}
    if A['org'] and 'organisation' in raw:
        f['organisation'] = A['org']
    f['contact_name'] = f"{first} {last}"
    if 'email' in raw:
        f['email'] = A['email']
        email_src = 'document'
    elif mode in ('direct', 'reply'):
        f['email'] = from_addr
        email_src = 'from'
    else:
        email_src = None
    f['phone'] = A['phone']
    f['address'] = A['addr']['written']
    f['postcode'] = A['postcode']
    f['municipality'] = A['municipality']
    f['country'] = A['country']
    f['project_title'] = A['title']
    f['requested_amount'] = money(A['req'])
    if 'total_budget' in raw:
        f['total_budget'] = money(A['total'])
    if A['own'] and 'total_budget' in raw:
        assert money(A['total'] - A['own']) == f['requested_amount']
    truth = {'file': fname, 'format': fmt, 'language': lang, 'fields': f}
    side = dict(it['side'])
    side.update(sidecar_extra)
    side.update({'kind': A['kind'], 'org_mode': A.get('org_mode'), 'file': fname, 'format': fmt, 'language': lang, 'sub': it['sub'], 'mode': mode, 'email_source': email_src,
                 'from': from_addr, 'attachments': att_main, 'raw': raw, 'fields': f})
    return fname, msg, truth, side


def main():
    random.seed(SEED)  # MIME boundaries come from the global generator
    rng = random.Random(SEED)
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(BUILD)
    for half in ('dev', 'test'):
        shutil.rmtree(os.path.join(ROOT, half), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, half))
    shutil.rmtree(SIDE, ignore_errors=True)
    os.makedirs(SIDE)
    halves = {'dev': [], 'test': []}
    k = 0
    for fmt, sub, langs in CELLS:
        for lang, n in langs.items():
            pool = []
            for _ in range(2 * n):
                k += 1
                pool.append({'id': f"i{k:03d}", 'fmt': fmt, 'sub': sub, 'lang': lang})
            rng.shuffle(pool)
            halves['dev'] += pool[:n]
            halves['test'] += pool[n:]
    allitems = []
    for half in ('dev', 'test'):
        rng.shuffle(halves[half])
        for num, it in enumerate(halves[half], 1):
            it['half'], it['num'] = half, num
            allitems.append(it)
    SUBS = {'scan_pdf': ['hand_form', 'typed_letter', 'hand_letter', 'hand_form', 'typed_letter'],
            'photo': ['hand_form', 'hand_letter', 'typed_letter', 'hand_form']}
    for half in ('dev', 'test'):
        for fmt, subs in SUBS.items():
            its = [it for it in halves[half] if it['fmt'] == fmt]
            for it, sb in zip(its, subs):
                it['sub'] = sb
    for it in allitems:
        build_item(it, random.Random(f"{SEED}-{it['half']}-{it['num']}"))
    # phase 2: soffice conversions, one batch per target (sequential)
    conv = os.path.join(BUILD, '_conv')
    for target, filt in (('pdf', 'pdf'), ('rtf', 'rtf'), ('doc', 'doc:MS Word 97')):
        srcs = [it['src'] for it in allitems if it.get('target') == target and not it['src'].endswith('.pdf')]
        soffice(srcs, filt, os.path.join(conv, target))
        for it in allitems:
            if it.get('target') == target and not it['src'].endswith('.pdf'):
                base = os.path.splitext(os.path.basename(it['src']))[0]
                it['out'] = os.path.join(conv, target, f"{base}.{target}")
                assert os.path.exists(it['out']), it['out']
    for it in allitems:
        if it.get('target') and 'out' not in it:
            it['out'] = it['src']
    # phase 3: mails
    truths = {'dev': [], 'test': []}
    for it in allitems:
        r = random.Random(f"{SEED}-mail-{it['half']}-{it['num']}")
        fname, msg, truth, side = compose(it, r, it['half'], it['num'])
        with open(os.path.join(ROOT, it['half'], fname), 'wb') as fh:
            fh.write(bytes(msg))
        truths[it['half']].append(truth)
        with open(os.path.join(SIDE, fname.replace('.eml', '.json')), 'w') as fh:
            json.dump(side, fh, ensure_ascii=False, indent=1, default=str)
    for half in ('dev', 'test'):
        with open(os.path.join(ROOT, half, 'truth.jsonl'), 'w') as fh:
            for t in sorted(truths[half], key=lambda t: t['file']):
                fh.write(json.dumps(t, ensure_ascii=False) + '\n')
    shutil.rmtree(BUILD, ignore_errors=True)
    print('wrote', sum(len(v) for v in truths.values()), 'mails')


if __name__ == '__main__':
    main()
