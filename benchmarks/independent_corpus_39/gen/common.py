"""Shared helpers for the corpus-39 generator: amounts, phones, zip
normalisation and e-mail assembly.  Everything here is deterministic."""
import hashlib
import io
import re
import zipfile
from decimal import Decimal
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from email import policy
import datetime

COORD_ADDR = "jonas.polin@west-vlaanderen.be"
COORD_NAME = "Jonas Polin"
FIXED_ZIP_TIME = (2019, 1, 1, 0, 0, 0)
# set by build.py before a design is rendered: the PDF producer date
DOC_DATE = {"value": None}


def pdf_date_formatter():
    dt = DOC_DATE["value"]
    if dt is None:
        return None
    s = dt.strftime("D:%Y%m%d%H%M%S") + "+02'00'"
    return lambda *a: s

NBSP = "\u00a0"
NNBSP = "\u202f"


# ---------------------------------------------------------------- amounts
def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"))


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(x, style):
    """Write an amount the way people write it.  Styles:
    be      7.500,00        be_eur   € 7.500,00      be_dash  € 7.500,-
    be_int  7.500           eur_pre  EUR 7.500,00    euro     7.500 euro
    plain   7500            dot      7500.00          fr       7 500,00 €
    fr_int  7 500 €         fr_nb    7 500 € (nbsp)   fr_nn    7 500,00 € (narrow nbsp)
    fr_eur  7 500 euros     fr_dot   7.500,00 €       post_eur 7500,00 EUR
    """
    x = D(x)
    ip = int(x)
    cents = int((x - ip) * 100)
    dec = "%02d" % cents
    if style == "be":
        return "%s,%s" % (_group(ip, "."), dec)
    if style == "be_eur":
        return "€ %s,%s" % (_group(ip, "."), dec)
    if style == "be_dash":
        return "€ %s,-" % _group(ip, ".") if not cents else "€ %s,%s" % (_group(ip, "."), dec)
    if style == "be_int":
        return _group(ip, ".") if not cents else "%s,%s" % (_group(ip, "."), dec)
    if style == "eur_pre":
        return "EUR %s,%s" % (_group(ip, "."), dec)
    if style == "euro":
        return "%s euro" % (_group(ip, ".") if not cents else "%s,%s" % (_group(ip, "."), dec))
    if style == "plain":
        return str(ip) if not cents else "%d,%s" % (ip, dec)
    if style == "dot":
        return "%d.%s" % (ip, dec)
    if style == "fr":
        return "%s,%s €" % (_group(ip, " "), dec)
    if style == "fr_int":
        return "%s €" % _group(ip, " ") if not cents else "%s,%s €" % (_group(ip, " "), dec)
    if style == "fr_nb":
        return "%s%s€" % (_group(ip, NBSP), NBSP) if not cents else "%s,%s%s€" % (_group(ip, NBSP), dec, NBSP)
    if style == "fr_nn":
        return "%s,%s%s€" % (_group(ip, NNBSP), dec, NBSP)
    if style == "fr_eur":
        return "%s euros" % (_group(ip, " ") if not cents else "%s,%s" % (_group(ip, " "), dec))
    if style == "fr_dot":
        return "%s,%s €" % (_group(ip, "."), dec)
    if style == "post_eur":
        return "%d,%s EUR" % (ip, dec)
    if style == "eur_post":
        return "%s EUR" % (_group(ip, ".") if not cents else "%s,%s" % (_group(ip, "."), dec))
    if style == "be_dec_eur":
        return "%s,%s EUR" % (_group(ip, "."), dec)
    if style == "fr_plain":
        return "%d €" % ip if not cents else "%d,%s €" % (ip, dec)
    if style == "eur_sym":
        return "€%s" % _group(ip, ".") if not cents else "€%s,%s" % (_group(ip, "."), dec)
    raise ValueError(style)


def amt(x):
    """Truth representation."""
    return None if x is None else "%.2f" % D(x)


# ---------------------------------------------------------------- phones
def phone(e164, style):
    """Write an E.164 number (+32..., +33...) in a national/international style."""
    assert e164.startswith("+")
    cc = e164[1:3]
    rest = e164[3:]
    if cc == "32":
        if rest.startswith("4"):           # mobile 4xx xx xx xx
            a, b = rest[:3], rest[3:]
            pairs = [b[0:2], b[2:4], b[4:6]]
        else:                               # 2-digit zone + 6 digits
            a, b = rest[:2], rest[2:]
            pairs = [b[0:2], b[2:4], b[4:6]]
        if style == "nat":
            return "0%s %s" % (a, " ".join(pairs))
        if style == "slash":
            return "0%s/%s" % (a, ".".join(pairs))
        if style == "slash2":
            return "0%s/%s" % (a, "".join(pairs))
        if style == "intl":
            return "+32 %s %s" % (a, " ".join(pairs))
        if style == "intl0":
            return "+32 (0)%s %s" % (a, " ".join(pairs))
        if style == "00":
            return "0032 %s %s" % (a, " ".join(pairs))
        if style == "dash":
            return "0%s-%s" % (a, "".join(pairs))
        if style == "compact":
            return "0%s%s" % (a, "".join(pairs))
        raise ValueError(style)
    if cc == "33":
        n = "0" + rest
        pairs = [n[i:i + 2] for i in range(0, 10, 2)]
        if style == "nat":
            return " ".join(pairs)
        if style == "dots":
            return ".".join(pairs)
        if style == "compact":
            return n
        if style == "intl":
            return "+33 %s %s" % (rest[0], " ".join(pairs[1:]))
        if style == "intl0":
            return "+33 (0)%s %s" % (rest[0], " ".join(pairs[1:]))
        if style == "dash":
            return "-".join(pairs)
        if style == "00":
            return "0033 %s %s" % (rest[0], " ".join(pairs[1:]))
        raise ValueError(style)
    raise ValueError(e164)


# ---------------------------------------------------------------- zip files
def normalise_zip(data, first=None, meta_fix=None):
    """Rewrite an OOXML/ODF package with fixed timestamps and a stable entry
    order (ODF: 'mimetype' first and stored).  meta_fix(name, bytes) may
    rewrite member contents (e.g. fixed dates in core.xml / meta.xml)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    if first and first in names:
        names.remove(first)
        names.insert(0, first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in names:
            blob = src.read(n)
            if meta_fix:
                blob = meta_fix(n, blob)
            zi = zipfile.ZipInfo(n, date_time=FIXED_ZIP_TIME)
            zi.external_attr = 0o644 << 16
            if n == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- e-mail
MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}

CLIENTS = {
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
    "thunderbird_fr": ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook14": ("X-Mailer", "Microsoft Outlook 14.0"),
    "apple": ("X-Mailer", "Apple Mail (2.3445.104.8)"),
    "iphone": ("X-Mailer", "iPhone Mail (16F203)"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.3.8"),
    "webmail": ("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - FF67 (Win)/8.8.12_GA_3794)"),
    "none": None,
}


def _boundary(key, client):
    h = hashlib.sha1(key.encode()).hexdigest()
    if client.startswith("thunderbird"):
        return "------------" + h[:24].upper()
    if client.startswith("outlook"):
        return "----=_NextPart_000_%s_%s.%s" % (h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if client == "webmail":
        return "=_Part_%s_%s" % (int(h[:6], 16), int(h[6:12], 16))
    return "=_" + h[:32]


def build_eml(key, sender_name, sender_addr, subject, date, body, att_name, att_bytes,
              att_ext, client="thunderbird", html=None, cc=None, to_name=True,
              reply_to=None, lang="nl"):
    """Return the bytes of an RFC 5322 multipart/mixed message with exactly one
    attachment.  date is a timezone-aware datetime."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr((sender_name, sender_addr)) if sender_name else sender_addr
    msg["To"] = formataddr((COORD_NAME, COORD_ADDR)) if to_name else COORD_ADDR
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = sender_addr.split("@")[1]
    msg["Message-ID"] = "<%s@%s>" % (hashlib.sha1(("mid" + key).encode()).hexdigest()[:20], dom)
    ua = CLIENTS.get(client)
    if ua:
        msg[ua[0]] = ua[1]
    msg["Content-Language"] = {"fr": "fr-FR", "nl": "nl-BE"}[lang]
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    maintype, subtype = MIME_TYPES[att_ext].split("/")
    msg.add_attachment(att_bytes, maintype=maintype, subtype=subtype, filename=att_name)
    msg.set_boundary(_boundary(key, client))
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    if html:
        for part in msg.iter_parts():
            if part.get_content_type() == "multipart/alternative":
                part.set_boundary(_boundary(key + "alt", client))
    return msg.as_bytes()


def text_to_html(body, font="Calibri"):
    """The HTML alternative a mail client would add."""
    from html import escape
    paras = body.strip("\n").split("\n\n")
    inner = "".join("<p>%s</p>\n" % escape(p).replace("\n", "<br>\n") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s</div></body></html>\n' % (font, inner))


def mail_date(y, m, d, hh, mm, tz_hours=2):
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return datetime.datetime(y, m, d, hh, mm, 0, tzinfo=tz)
