"""Helpers for the MWB-2019 hard-case corpus generator.

Scenarios are described as lists of message specs (dicts). Fields that depend on
the receipt numbering (subjects, In-Reply-To, quoted receipts) may be callables
taking a context object R (see Ctx below); they are resolved after the global
numbering pass.
"""
import datetime as dt
import hashlib
import io
import random
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

BRU = ZoneInfo("Europe/Brussels")
COORD_ADDR = "coordinator@partons.example.org"
COORD_NL = ("Partons 2.0 - Maak werk van je buurt", COORD_ADDR)
COORD_FR = ("Partons 2.0 - Faites bouger votre quartier", COORD_ADDR)
COORD_PERSON = ("Lies Vandamme", COORD_ADDR)   # the (invented) coordinator
CALL_OPEN = dt.datetime(2019, 4, 1, 0, 0, tzinfo=BRU)
DEADLINE = dt.datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRU)

NL_DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
NL_DAYS_S = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
NL_MON = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
          'september', 'oktober', 'november', 'december']
NL_MON_S = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_DAYS_S = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
FR_MON = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
          'septembre', 'octobre', 'novembre', 'décembre']
FR_MON_S = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
EN_DAYS_S = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
EN_MON_S = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def mkdate(s, off=None):
    """'2019-04-23 21:05[:ss]' local Brussels time (or explicit offset in minutes)."""
    naive = dt.datetime.fromisoformat(s)
    if off is None:
        off_td = naive.replace(tzinfo=BRU).utcoffset()
    else:
        off_td = dt.timedelta(minutes=off)
    return naive.replace(tzinfo=dt.timezone(off_td))


def local(d):
    return d.astimezone(BRU)


def fmt_amount(a, lang):
    if a is None:
        return '(niet vermeld)' if lang != 'fr' else '(non indiqué)'
    whole, cents = divmod(round(a * 100), 100)
    if lang == 'fr':
        w = f"{whole:,}".replace(',', '\u202f')
        return f"{w},{cents:02d} €"
    w = f"{whole:,}".replace(',', '.')
    return f"€ {w},{cents:02d}"


class Project:
    def __init__(self, key, title, org, contact, email, amount, lang):
        self.key, self.title, self.org, self.contact = key, title, org, contact
        self.email, self.amount, self.lang = email, amount, lang
        self.label = None
        self.ref = None          # 'MWB-2019-007' once numbered
        self.receipt_date = None


def receipt_subject(p):
    if p.lang == 'fr':
        return f"Accusé de réception {p.ref} : {p.title}"
    return f"Ontvangstbevestiging {p.ref}: {p.title}"


def receipt_id(p):
    return f"<receipt-{p.ref}@partons.example.org>"


def receipt_from(p):
    return COORD_FR if p.lang == 'fr' else COORD_NL


def receipt_text(p):
    if p.lang == 'fr':
        return (f"Bonjour{(' ' + p.contact) if p.contact else ''},\n\n"
                f"Nous avons bien reçu votre idée de projet pour l'appel « Faites bouger votre quartier ! ». "
                f"Elle est enregistrée sous le numéro {p.ref}.\n\n"
                f"Titre : {p.title}\n"
                f"Organisation : {p.org or '(non indiqué)'}\n"
                f"Personne de contact : {p.contact or '(non indiqué)'}\n"
                f"Montant demandé : {fmt_amount(p.amount, 'fr')}\n\n"
                f"Merci de mentionner ce numéro dans vos prochains messages. "
                f"La sélection des projets aura lieu fin juin 2019.\n\n"
                f"Bien cordialement,\n"
                f"Partons 2.0 - Faites bouger votre quartier !\n"
                f"{COORD_ADDR}")
    return (f"Beste{(' ' + p.contact) if p.contact else ''},\n\n"
            f"Bedankt voor uw projectidee voor de oproep \"Maak werk van je buurt!\". "
            f"We hebben het goed ontvangen en geregistreerd onder het nummer {p.ref}.\n\n"
            f"Titel: {p.title}\n"
            f"Organisatie: {p.org or '(niet vermeld)'}\n"
            f"Contactpersoon: {p.contact or '(niet vermeld)'}\n"
            f"Gevraagd bedrag: {fmt_amount(p.amount, 'nl')}\n\n"
            f"Vermeld dit nummer in uw verdere berichten. "
            f"De selectie van de projecten gebeurt eind juni 2019.\n\n"
            f"Met vriendelijke groeten,\n"
            f"Partons 2.0 - Maak werk van je buurt!\n"
            f"{COORD_ADDR}")


def gt(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def quote_block(text, d, sender, style, to=None, subject=None):
    """Quote `text` sent at datetime d by sender=(name, addr) in a client style."""
    d = local(d)
    name, addr = sender
    hm = d.strftime('%H:%M')
    if style == 'gmail_nl':
        return (f"Op {NL_DAYS_S[d.weekday()]} {d.day} {NL_MON_S[d.month-1]} {d.year} om {hm} schreef "
                f"{name} <{addr}>:\n\n{gt(text)}")
    if style == 'gmail_fr':
        return (f"Le {FR_DAYS_S[d.weekday()]} {d.day} {FR_MON_S[d.month-1]} {d.year} à {hm}, "
                f"{name} <{addr}> a écrit :\n\n{gt(text)}")
    if style == 'gmail_en':
        return (f"On {EN_DAYS_S[d.weekday()]}, {d.day} {EN_MON_S[d.month-1]} {d.year} at {hm}, "
                f"{name} <{addr}> wrote:\n\n{gt(text)}")
    if style == 'tb_fr':
        return f"Le {d.strftime('%d/%m/%Y')} à {hm}, {name} a écrit :\n{gt(text)}"
    if style == 'tb_nl':
        return f"Op {d.day}-{d.month:02d}-{d.year} om {hm} schreef {name}:\n{gt(text)}"
    if style == 'apple_nl':
        return (f"> Op {d.day} {NL_MON_S[d.month-1]} {d.year} om {hm} heeft {name} <{addr}> "
                f"het volgende geschreven:\n>\n{gt(text)}")
    if style == 'outlook_nl':
        t = to or ('', '')
        return ("________________________________\n"
                f"Van: {name} <{addr}>\n"
                f"Verzonden: {NL_DAYS[d.weekday()]} {d.day} {NL_MON[d.month-1]} {d.year} {hm}\n"
                f"Aan: {t[0]} <{t[1]}>\n"
                f"Onderwerp: {subject}\n\n{text}")
    if style == 'outlook_fr':
        t = to or ('', '')
        return ("________________________________\n"
                f"De : {name} <{addr}>\n"
                f"Envoyé : {FR_DAYS[d.weekday()]} {d.day} {FR_MON[d.month-1]} {d.year} {hm}\n"
                f"À : {t[0]} <{t[1]}>\n"
                f"Objet : {subject}\n\n{text}")
    if style == 'outlook_en':
        t = to or ('', '')
        return ("________________________________\n"
                f"From: {name} <{addr}>\n"
                f"Sent: {d.strftime('%A, %d %B %Y %H:%M')}\n"
                f"To: {t[0]} <{t[1]}>\n"
                f"Subject: {subject}\n\n{text}")
    raise ValueError(style)


class Ctx:
    """Resolution context for one scenario."""

    def __init__(self, projects, mids=None):
        self.p = projects
        self.mids = mids or []

    def mid(self, i):
        return self.mids[i]

    def ref(self, k):
        assert self.p[k].ref, f"project {self.p[k].label} has no reference"
        return self.p[k].ref

    def rid(self, k):
        self.ref(k)
        return receipt_id(self.p[k])

    def rsubj(self, k):
        self.ref(k)
        return receipt_subject(self.p[k])

    def rdate(self, k):
        return self.p[k].receipt_date

    def quote(self, k, style):
        p = self.p[k]
        self.ref(k)
        return quote_block(receipt_text(p), p.receipt_date, receipt_from(p), style,
                           to=(p.contact or '', p.email), subject=receipt_subject(p))


def resolve(v, R):
    return v(R) if callable(v) else v


_rng = random.Random(20190616)


def mid(domain, style='hex'):
    r = _rng.getrandbits(64)
    if style == 'outlook':
        s = hashlib.sha1(str(r).encode()).hexdigest().upper()
        return f"<AM{r % 9}PR0{r % 7}MB{s[:4]}{s[4:16]}@{domain}>"
    if style == 'gmail':
        s = hashlib.sha1(str(r).encode()).hexdigest()
        return f"<CA+{s[:10]}{s[10:20].upper()}-{s[20:30]}@mail.gmail.example.com>"
    return f"<{r:016x}.{_rng.randint(1000, 99999)}@{domain}>"


def addr_str(a):
    if isinstance(a, str):
        return a
    return formataddr(a)


def addr_list(v):
    if v is None:
        return None
    if isinstance(v, (list, tuple)) and v and isinstance(v[0], (list, tuple)):
        return ', '.join(addr_str(x) for x in v)
    return addr_str(v)


def _text_cte(text):
    if all(ord(c) < 128 for c in text) and all(len(l) <= 76 for l in text.split('\n')):
        return None
    return 'quoted-printable'


def build_message(spec, R):
    """Build an EmailMessage (or MIME tree) for a regular message spec."""
    special = spec.get('special')
    if special == 'bounce':
        return build_bounce(spec, R)
    if special == 'mdn':
        return build_mdn(spec, R)
    m = EmailMessage()
    if spec.get('received'):
        m['Received'] = spec['received']
    headers = [
        ('From', addr_str(spec['frm'])),
        ('To', addr_list(spec.get('to', COORD_NL))),
    ]
    if spec.get('cc'):
        headers.append(('Cc', addr_list(spec['cc'])))
    if spec.get('reply_to'):
        headers.append(('Reply-To', addr_list(spec['reply_to'])))
    headers.append(('Subject', resolve(spec['subject'], R)))
    headers.append(('Date', format_datetime(spec['date'])))
    headers.append(('Message-ID', spec['message_id']))
    irt = resolve(spec.get('irt'), R)
    if irt:
        headers.append(('In-Reply-To', irt))
        refs = resolve(spec.get('refs'), R) or irt
        headers.append(('References', refs))
    for k, v in headers:
        m[k] = v
    for k, v in (spec.get('headers') or {}).items():
        m[k] = resolve(v, R)
    m['MIME-Version'] = '1.0'

    body = resolve(spec.get('body'), R)
    html = resolve(spec.get('html'), R)
    charset = spec.get('charset', 'utf-8')
    if body is not None:
        cte = spec.get('cte') or _text_cte(body)
        if cte is None:
            m.set_content(body)
        else:
            m.set_content(body, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype='html', cte='quoted-printable')
    elif html is not None:
        m.set_content(html, subtype='html', charset=charset, cte='quoted-printable')
    for att in spec.get('attach') or []:
        fname, data, mtype = att
        maintype, subtype = mtype.split('/')
        if maintype == 'message':
            m.add_attachment(data)      # an EmailMessage -> message/rfc822
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def _enc_header(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def _enc_addr(a):
    return formataddr((_enc_header(a[0]), a[1]))


def build_bounce(spec, R):
    k = spec['bounce_for']
    p = R.p[k]
    rcpt = spec['failed_rcpt']
    rd = p.receipt_date
    outer = MIMEMultipart('report', report_type='delivery-status')
    outer['From'] = 'Mail Delivery System <MAILER-DAEMON@mx1.partons.example.org>'
    outer['To'] = COORD_ADDR
    outer['Subject'] = spec.get('subject_text', 'Undelivered Mail Returned to Sender')
    outer['Date'] = format_datetime(spec['date'])
    outer['Message-ID'] = spec['message_id']
    outer['Auto-Submitted'] = 'auto-replied'
    human = (
        "This is the mail system at host mx1.partons.example.org.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{rcpt}>: {spec['diag_human']}\n")
    p1 = MIMEText(human, 'plain', 'us-ascii')
    p1['Content-Description'] = 'Notification'
    ds = MIMEBase('message', 'delivery-status')
    per_msg = Message()
    per_msg['Reporting-MTA'] = 'dns; mx1.partons.example.org'
    per_msg['X-Postfix-Queue-ID'] = spec.get('queue_id', '4A1B2C01D3')
    per_msg['X-Postfix-Sender'] = f'rfc822; {COORD_ADDR}'
    per_msg['Arrival-Date'] = format_datetime(rd)
    per_rcpt = Message()
    per_rcpt['Final-Recipient'] = f'rfc822; {rcpt}'
    per_rcpt['Original-Recipient'] = f'rfc822;{rcpt}'
    per_rcpt['Action'] = 'failed'
    per_rcpt['Status'] = spec['status']
    if spec.get('remote_mta'):
        per_rcpt['Remote-MTA'] = f"dns; {spec['remote_mta']}"
    per_rcpt['Diagnostic-Code'] = spec['diag_code']
    ds.set_payload([per_msg, per_rcpt])
    ds['Content-Description'] = 'Delivery report'
    hdrs = (f"Return-Path: <{COORD_ADDR}>\n"
            f"Received: by mx1.partons.example.org (Postfix, from userid 1001)\n"
            f"\tid {spec.get('queue_id', '4A1B2C01D3')}; {format_datetime(rd)}\n"
            f"From: {_enc_header(receipt_from(p)[0])} <{COORD_ADDR}>\n"
            f"To: {rcpt}\n"
            f"Subject: {_enc_header(receipt_subject(p))}\n"
            f"Date: {format_datetime(rd)}\n"
            f"Message-ID: {receipt_id(p)}\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n")
    p3 = MIMEText(hdrs, 'rfc822-headers', 'us-ascii')
    p3['Content-Description'] = 'Undelivered Message Headers'
    outer.attach(p1)
    outer.attach(ds)
    outer.attach(p3)
    return outer


def build_mdn(spec, R):
    k = spec['mdn_for']
    p = R.p[k]
    outer = MIMEMultipart('report', report_type='disposition-notification')
    outer['From'] = _enc_addr(spec['frm'])
    outer['To'] = COORD_ADDR
    outer['Subject'] = _enc_header(resolve(spec['subject'], R))
    outer['Date'] = format_datetime(spec['date'])
    outer['Message-ID'] = spec['message_id']
    if spec.get('mdn_refs'):
        outer['References'] = receipt_id(p)
    p1 = MIMEText(resolve(spec['body'], R), 'plain', 'utf-8')
    mdn = MIMEBase('message', 'disposition-notification')
    f = Message()
    f['Reporting-UA'] = spec.get('ua', 'Microsoft Outlook 16.0')
    f['Final-Recipient'] = f"rfc822;{spec['frm'][1]}"
    f['Original-Message-ID'] = receipt_id(p)
    f['Disposition'] = 'manual-action/MDN-sent-manually; displayed'
    mdn.set_payload([f])
    outer.attach(p1)
    outer.attach(mdn)
    return outer


def to_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP.clone(max_line_length=200), mangle_from_=False).flatten(m)
    data = buf.getvalue()
    data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ---------------------------------------------------------------- attachments

def make_pdf(title, lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    y = 800
    c.setFont('Helvetica-Bold', 14)
    c.drawString(60, y, title)
    c.setFont('Helvetica', 10)
    y -= 30
    for l in lines:
        c.drawString(60, y, l)
        y -= 15
        if y < 60:
            c.showPage()
            c.setFont('Helvetica', 10)
            y = 800
    c.save()
    return buf.getvalue()


def make_docx(title, paras):
    import docx
    d = docx.Document()
    d.core_properties.author = ''
    d.core_properties.created = dt.datetime(2019, 4, 1)
    d.core_properties.modified = dt.datetime(2019, 4, 1)
    d.add_heading(title, level=1)
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'h':
            d.add_heading(p[1], level=2)
        elif isinstance(p, tuple) and p[0] == 'table':
            rows = p[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_jpg(seed, w=320, h=240):
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new('RGB', (w, h), (r.randint(120, 200), r.randint(150, 220), r.randint(100, 180)))
    dr = ImageDraw.Draw(im)
    for _ in range(12):
        x, y = r.randint(0, w), r.randint(0, h)
        dr.rectangle([x, y, x + r.randint(10, 80), y + r.randint(10, 60)],
                     fill=(r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)))
    buf = io.BytesIO()
    im.save(buf, 'JPEG', quality=60)
    return buf.getvalue()


PDF = 'application/pdf'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
JPG = 'image/jpeg'


# ---------------------------------------------------------------- scenario registry

SCENARIOS = []


class Sc:
    """One scenario: a conversation or a single mail."""

    def __init__(self, tag, summary):
        self.tag, self.summary = tag, summary
        self.projects = {}
        self.msgs = []
        self.sid = None
        SCENARIOS.append(self)

    def proj(self, key, title, org, contact, email, amount, lang):
        self.projects[key] = Project(key, title, org, contact, email, amount, lang)

    def m(self, date, kind, lang, note, off=None, proj=None, **kw):
        kw.update(date=mkdate(date, off), kind=kind, lang=lang, note=note, proj=proj)
        self.msgs.append(kw)
        return len(self.msgs) - 1
