#!/usr/bin/env python3
"""Build corpus c15: 'what Outlook, iPhone and forwarding do to a mail'.

Usage: .venv/bin/python gen/build.py [outdir]   (default: the folder above gen/)
Byte-for-byte reproducible: fixed seeds, fixed boundaries, fixed zip timestamps.
"""
import datetime
import hashlib
import json
import os
import random
import sys
import textwrap
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
import io

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs  # noqa: E402
import imaging as IM  # noqa: E402
import tnef  # noqa: E402
from people import Pool, make_person, cents_str, strip_accents  # noqa: E402

COORD = 'Partons 2.0 - Maak werk van je buurt <coordinator@example.org>'
TZ = datetime.timezone(datetime.timedelta(hours=2))
NL_MONTHS = ['', 'januari', 'februari', 'maart', 'april', 'mei', 'juni']
FR_MONTHS = ['', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin']
HANDS = ['permanent-marker.woff', 'walter-turncoat.woff', 'rock-salt.woff', 'coming-soon.woff']

# ---------------------------------------------------------------- make-up of one half
# carrier, lang, country, format, options
SLOTS = [
    ('winmail_dat', 'nl', 'BE', 'docx_form', dict(rtf='lzfu', text='short')),
    ('winmail_dat', 'nl', 'BE', 'body_plain', dict(rtf='mela', text=None, derived=True)),
    ('winmail_dat', 'fr', 'FR', 'pdf_letter', dict(rtf='mela', text='short')),
    ('winmail_dat', 'fr', 'BE', 'body_plain', dict(rtf='lzfu', text='short', attbody=True, cc=True, no_total=True)),
    ('heic_photo', 'nl', 'BE', 'photo', dict(page='form_a', caps=True, orient=1)),
    ('heic_photo', 'fr', 'FR', 'photo', dict(page='letter', orient=6)),
    ('heic_photo', 'fr', 'FR', 'photo', dict(page='form_b', caps=False, orient=8)),
    ('forwarded_eml', 'nl', 'BE', 'docx_letter', dict(fwd='municipal_logo')),
    ('forwarded_eml', 'fr', 'FR', 'pdf_form', dict(fwd='mairie', cc=True)),
    ('forwarded_eml', 'nl', 'BE', 'body_plain', dict(fwd='secretary')),
    ('zip_eml', 'fr', 'FR', 'docx_form', dict()),
    ('scanner_app_pdf', 'nl', 'BE', 'scan_pdf', dict(page='form_b', caps=True, ocr=True, app='adobe')),
    ('scanner_app_pdf', 'fr', 'FR', 'scan_pdf', dict(page='letter', ocr=True, app='camscanner')),
    ('scanner_app_pdf', 'nl', 'BE', 'scan_pdf', dict(page='letter', ocr=False, app='notes', derived=True)),
    ('docx_picture', 'nl', 'BE', 'photo', dict(page='form_a', caps=False)),
    ('docx_picture', 'fr', 'BE', 'scan_pdf', dict(page='letter')),
    ('plain', 'nl', 'BE', 'docx_form', dict(cc=True)),
    ('plain', 'fr', 'FR', 'pdf_letter', dict()),
    ('plain', 'nl', 'BE', 'body_plain', dict(quote=True, derived=True, no_org=True)),
    ('plain', 'fr', 'FR', 'body_html', dict(logo=True)),
]


# ---------------------------------------------------------------- helpers
def when_tuple(dt):
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, 0)


def datestr(p, dt):
    if p['lang'] == 'nl':
        return f"{p['village']}, {dt.day} {NL_MONTHS[dt.month]} {dt.year}"
    return f"{p['village']}, le {dt.day} {FR_MONTHS[dt.month]} {dt.year}"


def protected_wrap(text, width, keep):
    """wrap without ever splitting one of the strings in keep."""
    for i, k in enumerate(keep):
        if k:
            text = text.replace(k, k.replace(' ', '\u2007'))
    return [ln.replace('\u2007', ' ') for ln in textwrap.wrap(text, width)]


def keep_list(p):
    return [p['title'], p['organisation'], p['contact'], p['total_w'], p['req_w'], p['own_w'],
            p['address'], p['phone_w'], f"{p['postcode']} {p['village']}"]


def amount_sentence(p):
    nl = p['lang'] == 'nl'
    if p['derived']:
        return (f"De totale kostprijs wordt geraamd op {p['total_w']}. Zelf brengen we {p['own_w']} in "
                f"(eigen middelen en de opbrengst van ons eetfestijn); het resterende bedrag vragen we aan via de oproep."
                if nl else
                f"Le coût total est estimé à {p['total_w']}. L'association apporte {p['own_w']} sur ses fonds propres "
                f"et nous sollicitons le solde dans le cadre de l'appel à projets.")
    if p['no_total']:
        return (f"Wij vragen hiervoor een steun van {p['req_w']}." if nl else
                f"Pour ce projet, nous sollicitons une aide de {p['req_w']}.")
    if p['own_c']:
        return (f"Het totale budget bedraagt {p['total_w']}. Wij vragen {p['req_w']} steun aan, de rest "
                f"({p['own_w']}) financieren we zelf." if nl else
                f"Le budget total s'élève à {p['total_w']}. Nous sollicitons une aide de {p['req_w']}, "
                f"le reste ({p['own_w']}) étant financé par l'association.")
    return (f"De totale kostprijs bedraagt {p['total_w']} en we vragen daarvoor {p['req_w']} aan." if p['lang'] == 'nl' else
            f"Le coût total du projet est de {p['total_w']} et nous demandons une aide de {p['req_w']}.")


def paragraphs(p, variant):
    """The application as paragraphs (letter / mail body)."""
    nl = p['lang'] == 'nl'
    org = p['organisation']
    who = (f"Namens {org} dienen we graag een projectidee in voor de oproep 'Maak werk van je buurt!'." if org else
           f"Wij zijn een groep buren uit de {p['street']} in {p['village']} en dienen graag een projectidee in voor de oproep 'Maak werk van je buurt!'.")
    if not nl:
        who = (f"Au nom de l'association {org}, nous avons le plaisir de vous présenter notre projet dans le cadre de l'appel à projets Partons 2.0."
               if org else "Nous sommes un groupe de voisins et souhaitons présenter un projet dans le cadre de l'appel Partons 2.0.")
        if org and org.lower().startswith(('les ', 'le ', "l'", 'la ', 'comité', 'club', 'collectif', 'équipe', 'association', 'ape ', 'us ', 'foyer', 'jardins', 'maison', 'patro')):
            who = f"Au nom de « {org} », nous avons le plaisir de vous présenter notre projet dans le cadre de l'appel à projets Partons 2.0."
    proj = (f"Ons project heet \"{p['title']}\". {p['desc']}" if nl else
            f"Notre projet s'intitule « {p['title']} ». {p['desc']}")
    part = ("Het idee groeide uit een bewonersavond in het voorjaar; een tiental vrijwilligers wil mee de schouders eronder zetten."
            if nl else "L'idée est née lors d'une réunion d'habitants au printemps ; une dizaine de bénévoles sont prêts à s'investir.")
    contact = (["Contactgegevens:"] if nl else ["Nos coordonnées :"])
    cblock = [p['contact'] + (f" ({p['role']})" if variant % 2 else ''), p['address'],
              f"{p['postcode']} {p['village']}", (('Tel. ' if nl else 'Tél. ') + p['phone_w']),
              (('E-mail: ' if nl else 'Courriel : ') + p['email'])]
    if variant % 3 == 2:
        paras = [who, proj, amount_sentence(p), part]
    else:
        paras = [who, proj, part, amount_sentence(p)]
    return paras, contact + cblock


def letter_page_lines(p, dt, variant, width=68):
    nl = p['lang'] == 'nl'
    paras, cblock = paragraphs(p, variant)
    keep = keep_list(p)
    lines = []
    if variant % 2 == 0:
        if p['organisation']:
            lines.append('**' + p['organisation'])
        lines += [p['contact'], p['address'], f"{p['postcode']} {p['village']}",
                  ('Tel. ' if nl else 'Tél. ') + p['phone_w'], p['email'], '']
        cblock = []
    lines += ['Provincie West-Vlaanderen' if nl else 'Province de Flandre-Occidentale',
              't.a.v. de coördinator Partons 2.0' if nl else "à l'attention du coordinateur Partons 2.0",
              'Woumenweg 100', '8600 Diksmuide' + ('' if nl or p['country'] == 'BE' else ' (Belgique)'), '',
              '>>' + datestr(p, dt), '',
              ('**Betreft: projectidee "' + p['title'] + '"') if nl else ('**Objet : candidature « ' + p['title'] + ' »'),
              '', 'Geachte heer, mevrouw,' if nl else 'Madame, Monsieur,', '']
    for para in paras:
        lines += protected_wrap(para, width, keep) + ['']
    if cblock:
        lines += cblock + ['']
    lines += ['Met vriendelijke groeten,' if nl else "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", '',
              '~~' + p['first'], p['contact']]
    lines.append((p['role'] + (', ' + p['organisation'] if p['organisation'] else '')) if variant % 2 else p['role'])
    return lines


def body_text(p, dt, variant, greeting=None, sig_extra=()):
    nl = p['lang'] == 'nl'
    paras, cblock = paragraphs(p, variant)
    out = [greeting or ('Beste,' if nl else 'Bonjour,'), '']
    for para in paras:
        out += [para, '']
    out += cblock + ['']
    out += ['Met vriendelijke groeten,' if nl else 'Cordialement,', p['contact']]
    if p['organisation']:
        out.append(p['organisation'])
    out += list(sig_extra)
    return '\n'.join(out) + '\n'


def form_rows(p, lang, variant):
    if lang == 'nl':
        rows = [('#', 'Gegevens van de aanvrager'), ('Naam organisatie / groep', p['organisation'] or ''),
                ('Contactpersoon', p['contact']), ('Straat + nr.', p['address']),
                ('Postcode en gemeente', f"{p['postcode']} {p['village']}"), ('Telefoon / gsm', p['phone_w']),
                ('E-mailadres', p['email']), ('#', 'Het project'), ('Titel', p['title']),
                ('Korte beschrijving', p['desc']), ('#', 'Financiën'), ('Totale kostprijs', p['total_w']),
                ('Eigen inbreng', p['own_w'] or '/'), ('Gevraagde steun (max. 10.000 euro)', p['req_w'])]
    else:
        rows = [('#', 'Porteur du projet'), ('Nom de la structure', p['organisation'] or ''),
                ('Personne référente', p['contact']), ('Adresse', p['address']),
                ('Code postal', p['postcode']), ('Commune', p['village']), ('Téléphone', p['phone_w']),
                ('Courriel', p['email']), ('#', 'Le projet'), ('Intitulé', p['title']),
                ('Description', p['desc']), ('#', 'Budget'), ('Coût total TTC', p['total_w']),
                ('Autofinancement', p['own_w'] or '0'), ('Montant sollicité', p['req_w'])]
    if variant % 2:
        # project first, then applicant
        heads = [i for i, r in enumerate(rows) if r[0] == '#']
        a, b = rows[heads[0]:heads[1]], rows[heads[1]:]
        rows = b[:len(b)] + a
    return rows


def draw_page(p, kind, caps, rng, dt, variant):
    nl = p['lang'] == 'nl'
    hand = rng.choice(HANDS if caps else ['coming-soon.woff', 'walter-turncoat.woff'])
    desc = protected_wrap(p['desc'], 46, [])[:3]
    if kind == 'letter':
        return IM.draw_letter(letter_page_lines(p, dt, variant), rng), None
    if kind == 'form_a':
        if nl:
            title = ['Aanvraagformulier projectidee', "Maak werk van je buurt! - Partons 2.0 - indienen voor 16 juni 2019"]
            lay = [('h', '1. Wie dient in?'), ('f', 'org', 'Naam van de vereniging / groep', 66),
                   ('f2', ('cp', 'Contactpersoon', 640), ('tel', 'Telefoon / gsm', 400)),
                   ('f', 'addr', 'Adres (straat en nummer)', 66),
                   ('f2', ('pc', 'Postcode', 250), ('gem', 'Gemeente', 790)), ('f', 'mail', 'E-mail', 66),
                   ('h', '2. Uw project'), ('f', 'title', 'Titel van het project', 66),
                   ('f', 'desc', 'Korte omschrijving', 170), ('h', '3. Budget'),
                   ('f2', ('tot', 'Totale kostprijs', 340), ('own', 'Eigen inbreng', 340), ('req', 'Gevraagde steun', 340)),
                   ('sig', 'Handtekening', p['first'])]
        else:
            title = ['Fiche de candidature', 'Appel à projets « Partons 2.0 » - villages et quartiers de Flandre']
            lay = [('h', 'A. Le porteur de projet'), ('f', 'org', 'Association / collectif', 66),
                   ('f', 'cp', 'Nom et prénom du référent', 66), ('f', 'addr', 'Adresse', 66),
                   ('f2', ('pc', 'Code postal', 250), ('gem', 'Commune', 790)),
                   ('f2', ('tel', 'Téléphone', 420), ('mail', 'Courriel', 620)),
                   ('h', 'B. Le projet'), ('f', 'title', 'Intitulé', 66), ('f', 'desc', 'En quelques mots', 170),
                   ('h', 'C. Budget prévisionnel'),
                   ('f2', ('tot', 'Coût total', 340), ('own', 'Autofinancement', 340), ('req', 'Aide demandée', 340)),
                   ('sig', 'Signature', p['first'])]
    else:  # form_b: project first, different boxes
        if nl:
            title = ['Projectfiche "Maak werk van je buurt!"', 'Partons 2.0 - Provincie West-Vlaanderen en Franse partners']
            lay = [('f', 'title', 'Naam van het project', 66), ('f', 'desc', 'Wat willen jullie doen?', 170),
                   ('f2', ('req', 'Gevraagd bedrag', 500), ('tot', 'Totale begroting', 540)),
                   ('h', 'Indiener'), ('f', 'org', 'Organisatie', 66), ('f', 'cp', 'Verantwoordelijke', 66),
                   ('f2', ('addr', 'Straat en huisnummer', 640), ('pc', 'Postcode', 400)),
                   ('f2', ('gem', 'Woonplaats', 500), ('tel', 'Tel.', 540)), ('f', 'mail', 'Mail', 66),
                   ('n', 'Terug te bezorgen aan de coördinator Partons 2.0 vóór 16 juni 2019.'),
                   ('sig', 'Datum en handtekening', p['first'])]
        else:
            title = ['Formulaire de candidature', 'Partons 2.0 - Faites vivre votre village !']
            lay = [('f', 'title', 'Titre du projet', 66), ('f', 'desc', 'Description rapide', 170),
                   ('f2', ('tot', 'Budget prévisionnel', 500), ('req', 'Montant sollicité', 540)),
                   ('h', 'Coordonnées'), ('f', 'org', 'Nom du groupement', 66),
                   ('f', 'cp', 'Personne à contacter', 66), ('f', 'addr', 'N° et rue', 66),
                   ('f2', ('pc', 'CP', 250), ('gem', 'Ville / village', 790)),
                   ('f2', ('tel', 'Tél. fixe / portable', 460), ('mail', 'Adresse mail', 580)),
                   ('sig', 'Fait le ......  Signature', p['first'])]
    vals = {'cp': p['contact'], 'tel': p['phone_w'], 'addr': p['address'], 'pc': p['postcode'],
            'gem': p['village'], 'mail': p['email'], 'title': p['title'], 'desc': desc,
            'tot': p['total_w'], 'req': p['req_w']}
    if p['organisation']:
        vals['org'] = p['organisation']
    if p['own_w']:
        vals['own'] = p['own_w']
    page = IM.draw_form(lay, vals, hand, caps, rng, title)
    return page, hand


OCR_SWAPS = [('O', '0'), ('é', 'e'), ('l', '1'), ('rn', 'm'), ('è', 'e'), ('ë', 'e'), ('I', 'l')]


def ocr_errors(drawn, rng):
    """The scanner app's own text layer, with a few recognition errors (recorded)."""
    out, errs = [], []
    idx = list(range(len(drawn)))
    rng.shuffle(idx)
    bad = set(idx[:max(4, len(drawn) // 6)])
    for i, (s, x, y, size) in enumerate(drawn):
        t = s
        if i in bad and '@' not in s:
            for a, b in OCR_SWAPS:
                if a in t:
                    t = t.replace(a, b, 1)
                    break
            else:
                words = t.split(' ')
                k = max(range(len(words)), key=lambda j: len(words[j]))
                w = words[k]
                if len(w) > 6:
                    words[k] = w[:len(w) // 2] + ' ' + w[len(w) // 2:]
                    t = ' '.join(words)
            if t != s:
                errs.append([s, t])
        out.append((t, x, y, size))
    return out, errs


# ---------------------------------------------------------------- mail plumbing
class Ctx:
    def __init__(self, half, n):
        self.half, self.n = half, n
        self.seq = 0

    def tok(self, *parts):
        self.seq += 1
        return hashlib.sha1(f'{self.half}|{self.n}|{self.seq}|{parts}'.encode()).hexdigest()


def set_boundaries(msg, ctx, style):
    for part in msg.walk():
        if part.is_multipart():
            h = ctx.tok('b').upper()
            if style == 'outlook':
                b = f'----=_NextPart_000_{h[:4]}_01D5{h[4:8]}.{h[8:16]}'
            elif style == 'apple':
                b = f'Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'
            else:
                b = f'0000000000{h[:16].lower()}'
            part.set_boundary(b)


def headers(msg, frm, to, subject, dt, ctx, mailer=None, cc=None, lang='nl', domain='example.net'):
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = format_datetime(dt)
    msg['Message-ID'] = f'<{ctx.tok("mid")[:24].upper()}@{domain}>'
    if mailer:
        msg['X-Mailer'] = mailer
    msg['Content-Language'] = {'nl': 'nl-BE', 'fr': 'fr-FR'}[lang]


def text_part(msg, text, subtype='plain'):
    msg.set_content(text, subtype=subtype, charset='utf-8', cte='quoted-printable')


def to_bytes(msg):
    b = io.BytesIO()
    BytesGenerator(b, policy=policy.SMTP.clone(max_line_length=78)).flatten(msg)
    return b.getvalue()


def addr(p):
    return f'{p["contact"]} <{p["email"]}>'


def subject_for(p, rng):
    nl = p['lang'] == 'nl'
    opts = (["Aanvraag Maak werk van je buurt", f"projectidee {p['village']}", "Projectoproep Partons 2.0 - aanvraag",
             f"Maak werk van je buurt! - {p['title']}", "kandidatuur projectoproep"] if nl else
            ["Candidature Partons 2.0", f"Projet {p['village']} - appel à projets", "Dossier de candidature",
             f"Appel à projets Partons 2.0 : {p['title']}", "candidature projet village"])
    return rng.choice(opts)


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode('cp1252')[0])
            except UnicodeEncodeError:
                out.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(out)


def make_rtf(text, lang):
    lng = 2067 if lang == 'nl' else 1036
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang%d{\\fonttbl{\\f0\\fswiss\\fprq2\\fcharset0 Calibri;}"
            "{\\f1\\fnil\\fcharset0 Calibri Light;}}\r\n{\\colortbl ;\\red31\\green73\\blue125;}\r\n"
            "{\\*\\generator Riched20 16.0.11425}\\viewkind4\\uc1 \r\n\\pard\\sa0\\sl240\\slmult1\\f0\\fs22\\lang%d " % (lng, lng))
    body = []
    for ln in text.split('\n'):
        body.append(rtf_escape(ln) + '\\par\r\n')
    return (head + ''.join(body) + '}\r\n\x00').encode('ascii')


# ---------------------------------------------------------------- carriers
def application_file(p, fmt, dt, variant, rng):
    """returns (filename, mimetype(maintype, subtype), bytes) for file-like applications."""
    nl = p['lang'] == 'nl'
    when = when_tuple(dt)
    slug = strip_accents(p['village']).replace(' ', '_')
    if fmt == 'docx_form':
        rows = form_rows(p, p['lang'], variant)
        title = ('Aanvraagformulier "Maak werk van je buurt!"' if nl else 'Dossier de candidature Partons 2.0')
        sub = ('Projectenoproep voor dorpen en buurten in de Westhoek - Partons 2.0' if nl else
               "Appel à projets pour les villages et quartiers - Flandre intérieure / Westhoek")
        extra = ([f"Opgemaakt te {p['village']} op {dt.day}/{dt.month}/{dt.year}."] if nl else
                 [f"Fait à {p['village']}, le {dt.day:02d}/{dt.month:02d}/{dt.year}"])
        data = docs.docx_form(title, sub, rows, extra, p['contact'], when)
        name = (f"Aanvraagformulier {p['village']}.docx" if nl else f"Candidature Partons 2.0 - {p['village']}.docx")
        return name, ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'), data
    if fmt == 'docx_letter':
        lines = letter_page_lines(p, dt, variant, width=400)
        paras = [ln for ln in lines if not ln.startswith('~~')]
        data = docs.docx_letter([ln[2:] if ln.startswith('>>') else ln for ln in paras], p['contact'], when)
        return f"brief projectidee {slug}.docx", ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'), data
    if fmt == 'pdf_letter':
        lines = letter_page_lines(p, dt, variant, width=88)
        lh = None
        if p['organisation'] and variant % 2:
            lh = [p['organisation'], f"{p['address']} - {p['postcode']} {p['village']}"]
        data = docs.pdf_letter(lines, 'Courrier candidature' if not nl else 'Brief aanvraag', p['contact'],
                               letterhead=lh)
        return (f"Lettre candidature {p['village']}.pdf" if not nl else f"Aanvraag {p['village']}.pdf"), ('application', 'pdf'), data
    if fmt == 'pdf_form':
        rows = form_rows(p, p['lang'], variant)
        data = docs.pdf_form('Fiche projet - Partons 2.0' if not nl else 'Projectfiche Partons 2.0',
                             'Appel à projets 2019 - à renvoyer avant le 16 juin 2019' if not nl else
                             'Projectenoproep 2019 - terugsturen voor 16 juni 2019', rows, p['contact'],
                             creator='LibreOffice 6.0' if variant % 2 else 'Microsoft® Word 2016')
        return ('fiche_projet_rempli.pdf' if not nl else 'projectfiche_ingevuld.pdf'), ('application', 'pdf'), data
    raise ValueError(fmt)


def build_mail(slot, p, rng, ctx, dt):
    carrier, lang, country, fmt, o = slot
    nl = lang == 'nl'
    variant = rng.randrange(6)
    man = {'drawn': [], 'notes': []}
    subj = subject_for(p, rng)
    cc = None
    if o.get('cc'):
        cc = (rng.choice(['Schepen Hilde Mahieu <schepen.mahieu@example.org>', 'Geert Claeys - schepen van cultuur <g.claeys@example.org>'])
              if nl else rng.choice(['Adjoint au maire - Francis Lheureux <adjoint.lheureux@example.com>',
                                     'Mme l\'adjointe Monique Dehaene <m.dehaene@example.com>']))
        man['notes'].append('cc alderman')

    if carrier == 'winmail_dat':
        msg = EmailMessage()
        headers(msg, addr(p), COORD, subj, dt, ctx, mailer='Microsoft Outlook 16.0', cc=cc, lang=lang)
        msg['Thread-Index'] = 'AdU' + ctx.tok('ti')[:24]
        msg['X-MS-Has-Attach'] = 'yes'
        msg['X-MS-TNEF-Correlator'] = '<' + ctx.tok('corr')[:32].upper() + '@example.net>'
        atts = []
        if fmt in ('docx_form', 'pdf_letter'):
            name, _, data = application_file(p, fmt, dt, variant, rng)
            mime = ('application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                    if name.endswith('docx') else 'application/pdf')
            atts.append((name, tnef.short_name(strip_accents(name)), mime, data))
            body = (f"Beste,\n\nIn bijlage vindt u onze aanvraag voor de projectoproep.\nAlvast bedankt!\n\n"
                    f"Met vriendelijke groeten,\n{p['contact']}\n" if nl else
                    f"Bonjour,\n\nVeuillez trouver ci-joint notre candidature pour l'appel à projets Partons 2.0.\n"
                    f"Bien cordialement,\n{p['contact']}\n")
            if rng.random() < 0.6:
                atts.append(('image001.png', 'image001.png', 'image/png',
                             IM.logo_png(p['village'][:12], rng)))
                man['notes'].append('outlook signature logo image001.png inside TNEF')
        else:
            body = body_text(p, dt, variant)
        rtf = make_rtf(body, lang)
        sent = dt.replace(tzinfo=None) - datetime.timedelta(hours=2)
        blob = tnef.build_tnef(subj, sent, rtf=rtf, rtf_mode=o['rtf'],
                               body_text=body if o.get('attbody') else None, attachments=atts,
                               key=int(ctx.tok('k')[:4], 16))
        if o.get('text') == 'short':
            short = ('Zie bijlage.\n' if nl else 'Voir pièce jointe.\n') if fmt in ('docx_form', 'pdf_letter') else \
                    ('Dit bericht werd in RTF-indeling verzonden.\n' if nl else
                     "Ce message a été envoyé au format RTF. Bien à vous,\n" + p['contact'] + '\n')
            text_part(msg, short)
        msg.add_attachment(blob, maintype='application', subtype='ms-tnef', filename='winmail.dat')
        set_boundaries(msg, ctx, 'outlook')
        man['notes'].append(f"rtf {o['rtf']}" + (', attBody' if o.get('attbody') else '') +
                            f", attachments in TNEF: {[a[0] for a in atts]}")
        man['rtf_text'] = body
        return msg, man

    if carrier in ('heic_photo', 'docx_picture', 'scanner_app_pdf'):
        page, hand = draw_page(p, o['page'], o.get('caps', False), rng, dt, variant)
        man['drawn'] = [d[0] for d in page.drawn]
        man['hand_font'] = hand
        msg = EmailMessage()
        if carrier == 'heic_photo':
            img = IM.photograph(page, rng)
            data = IM.heic_bytes(img, 45, o['orient'])
            headers(msg, addr(p), COORD, subj, dt, ctx, mailer='iPhone Mail (16E227)', lang=lang, domain='example.com')
            text_part(msg, ('Hallo,\n\nHierbij ons formulier voor de projectoproep.\n\n' if nl else
                            'Bonjour,\n\nVoici notre candidature en photo.\n\n') +
                      ('Verstuurd vanaf mijn iPhone\n' if nl else 'Envoyé de mon iPhone\n'))
            fn = f'IMG_{rng.randint(1000, 9999)}.HEIC'
            msg.add_attachment(data, maintype='image', subtype='heic', filename=fn, disposition='inline')
            set_boundaries(msg, ctx, 'apple')
            man['notes'].append(f'EXIF orientation {o["orient"]}')
            return msg, man
        if carrier == 'docx_picture':
            if fmt == 'photo':
                img = IM.photograph(page, rng, out=(1134, 1512))
                pic = IM.jpeg_bytes(img, 62)
                line = 'In bijlage ons aanvraagformulier'
            else:
                img = IM.flatbed(page, rng)
                pic = IM.jpeg_bytes(img, 60)
                line = 'Voir le courrier ci-dessous'
            data = docs.docx_picture(line, pic, p['contact'], when_tuple(dt))
            headers(msg, addr(p), COORD, subj, dt, ctx, mailer='Microsoft Outlook 16.0', lang=lang)
            text_part(msg, ('Goedemiddag,\n\nZie document in bijlage.\n\nGroeten,\n' + p['first'] + '\n') if nl else
                      ('Bonjour,\n\nje vous transmets notre demande en pièce jointe.\n\nCordialement\n' + p['contact'] + '\n'))
            fn = 'aanvraag.docx' if nl else 'demande subvention.docx'
            msg.add_attachment(data, maintype='application',
                               subtype='vnd.openxmlformats-officedocument.wordprocessingml.document', filename=fn)
            set_boundaries(msg, ctx, 'outlook')
            man['notes'].append('picture inside word/media: ' + ('phone photo' if fmt == 'photo' else 'flatbed scan'))
            return msg, man
        # scanner app pdf
        img = IM.scanner_app(page, rng)
        img = img.resize((1100, 1556), IM.Image.LANCZOS)
        jpeg = IM.jpeg_bytes(img, 58)
        text_layer = None
        if o['ocr']:
            text_layer, errs = ocr_errors(page.drawn, rng)
            man['ocr_errors'] = errs
        app = o['app']
        creator, producer, fn, mailer = {
            'adobe': ('Adobe Scan for Android 19.04.25', 'Adobe PDF Library 15.0', f'Adobe Scan {dt.day} mei 2019.pdf', None),
            'camscanner': ('CamScanner', 'intsig.com pdf producer', f'CamScanner {dt.month:02d}-{dt.day:02d}-2019 18.{dt.minute:02d}.pdf', None),
            'notes': ('iOS Version 12.2 (Build 16E227) Quartz PDFContext', 'iOS Version 12.2 (Build 16E227) Quartz PDFContext', 'Gescand document.pdf', 'iPhone Mail (16E227)'),
        }[app]
        data = docs.pdf_scan(jpeg, img.size, text_layer, fn[:-4], creator, producer)
        headers(msg, addr(p), COORD, subj, dt, ctx, mailer=mailer, lang=lang)
        text_part(msg, ('Beste,\n\nIn bijlage de ingescande aanvraag.\n\nGroetjes\n' + p['first'] + '\n') if nl else
                  ('Bonjour,\n\nci-joint notre dossier scanné.\n\nCordialement,\n' + p['contact'] + '\n'))
        msg.add_attachment(data, maintype='application', subtype='pdf', filename=fn)
        set_boundaries(msg, ctx, 'apple' if app == 'notes' else 'gmail')
        man['notes'].append(f'scanner app {app}, text layer: {bool(o["ocr"])}')
        return msg, man

    if carrier in ('forwarded_eml', 'zip_eml'):
        d0 = dt - datetime.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5))
        inner = EmailMessage()
        headers(inner, addr(p), o.get('inner_to', 'Gemeentebestuur <info.gemeente@example.org>' if nl else
                                      'Mairie <accueil.mairie@example.com>'),
                subject_for(p, rng), d0, ctx, lang=lang)
        if fmt == 'body_plain':
            text_part(inner, body_text(p, d0, variant))
        else:
            text_part(inner, ('Goedendag,\n\nIn bijlage onze aanvraag voor de oproep "Maak werk van je buurt".\n'
                              'Kunnen jullie dit doorsturen naar de juiste persoon?\n\nMvg\n' + p['contact'] + '\n') if nl else
                      ("Bonjour,\n\nVous trouverez ci-joint notre candidature pour l'appel Partons 2.0.\n"
                       "Merci de la transmettre au bon interlocuteur.\n\nCordialement,\n" + p['contact'] + '\n'))
            name, (ma, su), data = application_file(p, fmt, d0, variant, rng)
            inner.add_attachment(data, maintype=ma, subtype=su, filename=name)
        set_boundaries(inner, ctx, 'gmail')
        if carrier == 'zip_eml':
            inner_bytes = to_bytes(inner)
            sketch = IM.Page(900, 1200)
            sketch.text((60, 60), 'plan du jardin / schets', IM.SANS, 30, record=False)
            for k in range(5):
                x, y = rng.randint(80, 500), rng.randint(200, 900)
                sketch.box([(x, y), (x + 260, y + 160)], width=4)
            photo = IM.photograph(sketch, rng, out=(900, 1200))
            zdata = docs.make_zip([(('Candidature Partons 2.0.eml' if not nl else 'Aanvraag.eml'), inner_bytes),
                                   (f'IMG_{rng.randint(1000, 9999)}.JPG', IM.jpeg_bytes(photo, 60))], when_tuple(dt))
            msg = EmailMessage()
            headers(msg, addr(p), COORD, subj, dt, ctx, lang=lang)
            text_part(msg, ("Bonjour,\n\nMa messagerie refusait d'envoyer le message d'origine, je vous le fais "
                            "suivre dans un fichier zip (le mail et une photo du terrain).\n\nCordialement,\n" + p['contact'] + '\n'))
            msg.add_attachment(zdata, maintype='application', subtype='zip', filename='candidature.zip')
            set_boundaries(msg, ctx, 'gmail')
            man['notes'].append('zip holds the original .eml (with its own attachment) and a photo')
            return msg, man
        # forwarded as attachment by an official / secretary
        kind = o['fwd']
        if kind == 'municipal_logo':
            fwd_name, fwd_mail = 'Dienst Vrije Tijd', 'vrijetijd@example.org'
            fwd_person = rng.choice(['Tine Vanbeselaere', 'Jeroen Lievens'])
            sig = [fwd_person, 'Deskundige vrije tijd', f"Gemeente {p['village'] if False else 'Heuvelland'} - Dienst Vrije Tijd",
                   'Sint-Jansstraat 5, 8950 Heuvelland', 'T 057 45 04 51 | vrijetijd@example.org']
            cover = ['Dag,', '', 'Zie bijgevoegde aanvraag die bij ons binnenkwam via het algemene adres.',
                     'De aanvrager had het adres van de coördinator niet. Graag verdere opvolging rechtstreeks met hem/haar.', '',
                     'Met vriendelijke groeten,', ''] + sig
        elif kind == 'mairie':
            fwd_name, fwd_mail = 'Secrétariat de mairie', 'secretariat.mairie@example.com'
            fwd_person = 'Corinne Lamote'
            sig = ['Corinne Lamote', 'Secrétariat général - Mairie', 'Tél. 03 28 40 12 90 - Fax 03 28 40 12 99']
            cover = ['Bonjour,', '', "Veuillez trouver ci-joint une candidature reçue en mairie pour l'appel Partons 2.0.",
                     "Je vous laisse reprendre contact directement avec le porteur de projet.", '', 'Bien cordialement,', ''] + sig
        else:
            fwd_name, fwd_mail = 'Secretariaat', 'secretariaat@example.net'
            fwd_person = rng.choice(['Martine Coene', 'Lut Bogaert'])
            sig = [fwd_person, 'secretariaat', 'gsm 0496 55 21 87']
            cover = ['Hallo,', '', 'Ik stuur de aanvraag van onze voorzitter door, hij had de oproep pas laat gezien.',
                     'Zie bijgevoegde mail.', '', 'Groetjes,'] + sig
        msg = EmailMessage()
        headers(msg, f'{fwd_person} <{fwd_mail}>', COORD,
                ('TR: ' if not nl else 'FW: ') + inner['Subject'], dt, ctx,
                mailer='Microsoft Outlook 16.0', cc=cc, lang=lang, domain='example.org')
        plain = '\n'.join(cover) + '\n'
        text_part(msg, plain)
        if kind == 'municipal_logo':
            html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="NL-BE">'
                    + ''.join(f'<p class="MsoNormal">{ln or "&nbsp;"}</p>' for ln in cover[:-len(sig)])
                    + '<p class="MsoNormal"><img width="180" height="60" src="cid:image001.png@01D5' + ctx.tok('c')[:8].upper() + '" alt="logo"></p>'
                    + ''.join(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F497D">{ln}</span></p>' for ln in sig)
                    + '</body></html>')
            msg.add_alternative(html, subtype='html', cte='quoted-printable')
            cid = html.split('cid:')[1].split('"')[0]
            msg.get_payload()[1].add_related(IM.logo_png('Heuvelland', rng), 'image', 'png', cid=f'<{cid}>',
                                             filename='image001.png', disposition='inline')
            man['notes'].append('forwarder html signature with image001.png logo')
        fname = ('Aanvraag Maak werk van je buurt.eml' if nl else 'Candidature Partons 2.0 - ' + p['village'] + '.eml')
        msg.add_attachment(inner, filename=fname)
        set_boundaries(msg, ctx, 'outlook')
        man['notes'].append(f'forwarded as message/rfc822 by {fwd_person} ({kind}); truth = original applicant')
        return msg, man

    # plain carriers
    msg = EmailMessage()
    if fmt in ('docx_form', 'pdf_letter'):
        mailer = 'Microsoft Outlook 16.0' if fmt == 'docx_form' else None
        headers(msg, addr(p), COORD, subj, dt, ctx, mailer=mailer, cc=cc, lang=lang,
                domain=p['email'].split('@')[1])
        text_part(msg, ('Beste,\n\nIn bijlage ons ingevulde aanvraagformulier. De schepen staat in cc.\n\nMet vriendelijke groet,\n'
                        + p['contact'] + '\n') if nl else
                  ('Bonjour,\n\nVous trouverez en pièce jointe notre courrier de candidature.\n\nBonne journée,\n' + p['first'] + '\n'))
        name, (ma, su), data = application_file(p, fmt, dt, variant, rng)
        msg.add_attachment(data, maintype=ma, subtype=su, filename=name)
        set_boundaries(msg, ctx, 'outlook' if mailer else 'gmail')
        return msg, man
    if fmt == 'body_plain':
        headers(msg, addr(p), COORD, 'Re: ' + subj, dt, ctx, lang=lang)
        body = body_text(p, dt, variant, greeting='Dag,' if nl else None)
        if o.get('quote'):
            d_prev = dt - datetime.timedelta(days=6)
            q = ['', f"Op {d_prev.day} {NL_MONTHS[d_prev.month]} 2019 om 09:41 schreef Partons 2.0 <coordinator@example.org>:" if nl else
                 f"Le {d_prev.day} {FR_MONTHS[d_prev.month]} 2019 à 09:41, Partons 2.0 <coordinator@example.org> a écrit :",
                 '> Beste,', '>', '> Bedankt voor je interesse. Stuur gerust een korte beschrijving van het idee,',
                 '> met de contactgegevens en het gevraagde bedrag (max. 10.000 euro), voor 16 juni.', '>',
                 '> Met vriendelijke groeten,', '> Coordinator Partons 2.0', '> Provincie West-Vlaanderen',
                 '> +32 470 00 11 22', '>', "> > Goeiedag, kunnen wij als buren zonder vereniging ook meedoen?",
                 f"> > {p['first']}"]
            body = body + '\n'.join(q) + '\n'
            man['notes'].append("reply quoting the coordinator's earlier mail (coordinator phone in quote)")
        text_part(msg, body)
        return msg, man
    if fmt == 'body_html':
        headers(msg, addr(p), COORD, subj, dt, ctx, mailer='Microsoft Outlook 16.0', cc=cc, lang=lang)
        plain = body_text(p, dt, variant)
        paras, cblock = paragraphs(p, variant)
        esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        cid = 'image001.png@01D5' + ctx.tok('c')[:8].upper()
        html = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} --></style></head><body lang="FR" link="#0563C1"><div class="WordSection1">',
                '<p class="MsoNormal">Bonjour,</p><p class="MsoNormal">&nbsp;</p>']
        for para in paras:
            html.append(f'<p class="MsoNormal">{esc(para)}</p><p class="MsoNormal">&nbsp;</p>')
        html.append('<table class="MsoNormalTable" border="0" cellpadding="0">')
        labels = ['Contact', 'Adresse', '', 'Téléphone', 'Courriel']
        vals = cblock[1:]
        for lab, v in zip(labels, vals):
            v = v.replace('Tél. ', '').replace('Courriel : ', '')
            html.append(f'<tr><td><p class="MsoNormal"><b>{lab}</b></p></td><td><p class="MsoNormal">{esc(v)}</p></td></tr>')
        html.append('</table><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Cordialement,</p>')
        html.append(f'<p class="MsoNormal"><b><span style="color:#1F497D">{esc(p["contact"])}</span></b></p>')
        html.append(f'<p class="MsoNormal"><span style="color:#1F497D">{esc(p["role"])} - {esc(p["organisation"] or "")}</span></p>')
        html.append(f'<p class="MsoNormal"><img width="180" height="60" id="Image_x0020_1" src="cid:{cid}" alt="logo"></p>')
        html.append('</div></body></html>')
        text_part(msg, plain)
        msg.add_alternative('\n'.join(html), subtype='html', cte='quoted-printable')
        msg.get_payload()[1].add_related(IM.logo_png(p['village'][:12], rng), 'image', 'png', cid=f'<{cid}>',
                                         filename='image001.png', disposition='inline')
        set_boundaries(msg, ctx, 'outlook')
        man['notes'].append('Outlook HTML body with image001.png signature logo')
        return msg, man
    raise ValueError(slot)


def truth_fields(p):
    f = {}
    if p['organisation']:
        f['organisation'] = p['organisation']
    f.update(contact_name=p['contact'], email=p['email'], phone=p['phone'], address=p['address'],
             postcode=p['postcode'], municipality=p['village'], country=p['country'], project_title=p['title'],
             requested_amount=cents_str(p['req_c']))
    if not p['no_total']:
        f['total_budget'] = cents_str(p['total_c'])
    return f


def written(p):
    w = {'organisation': p['organisation'], 'contact_name': p['contact'], 'email': p['email'],
         'phone': p['phone_w'], 'address': p['address'], 'postcode': p['postcode'],
         'municipality': p['village'], 'project_title': p['title'],
         'requested_amount': None if p['derived'] else p['req_w'],
         'total_budget': None if p['no_total'] else p['total_w'], 'own_share': p['own_w']}
    return {k: v for k, v in w.items() if v is not None}


def build_half(half, outdir):
    seed = {'dev': 15001, 'test': 15002}[half]
    rng = random.Random(seed)
    pool = Pool(rng)
    d = os.path.join(outdir, half)
    os.makedirs(d, exist_ok=True)
    for fn in os.listdir(d):
        os.remove(os.path.join(d, fn))
    numbers = list(range(1, len(SLOTS) + 1))
    random.Random(seed * 7).shuffle(numbers)
    truth, manifest = [], {}
    start = datetime.datetime(2019, 5, 1, 8, 0, tzinfo=TZ)
    for i, slot in enumerate(SLOTS):
        carrier, lang, country, fmt, o = slot
        srng = random.Random(f'{seed}-{i}')
        p = make_person(srng, pool, lang, country, o)
        dt = start + datetime.timedelta(days=srng.randint(4, 44), hours=srng.randint(0, 13),
                                        minutes=srng.randint(0, 59), seconds=srng.randint(0, 59))
        fname = f'c15-{half}-{numbers[i]:03d}.eml'
        ctx = Ctx(half, numbers[i])
        msg, man = build_mail(slot, p, srng, ctx, dt)
        data = to_bytes(msg)
        with open(os.path.join(d, fname), 'wb') as fh:
            fh.write(data)
        truth.append({'file': fname, 'format': fmt, 'carrier': carrier, 'language': lang,
                      'fields': truth_fields(p)})
        man.update(written=written(p), derived_request=p['derived'], slot=i + 1)
        man.pop('rtf_text', None)
        manifest[fname] = man
    truth.sort(key=lambda t: t['file'])
    with open(os.path.join(d, 'truth.jsonl'), 'w', encoding='utf-8') as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'gen', f'manifest-{half}.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(manifest.items())), fh, ensure_ascii=False, indent=1)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.makedirs(os.path.join(outdir, 'gen'), exist_ok=True)
    for half in ('dev', 'test'):
        build_half(half, outdir)
        print('built', half)


if __name__ == '__main__':
    main()
