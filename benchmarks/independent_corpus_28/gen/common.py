"""Shared helpers for the c28 corpus generator: amounts, phones, mails, zips."""
import hashlib
import io
import re
import zipfile
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

COORD_ADDR = "jonas.polin@west-vlaanderen.be"
COORD_NAME = "Jonas Polin"
COORD_GSM = "+32 489 309 839"
COORD_TEL = "+32 51 51 94 37"
COORD_POST = "Provincie West-Vlaanderen, t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide"

NBSP = "\u00a0"
NNBSP = "\u202f"


# ---------------------------------------------------------------- amounts
def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"))


def _grp(n, sep):
    return f"{n:,}".replace(",", sep)


def amt(x, style):
    """Spell an amount the way a volunteer would."""
    d = D(x)
    ip = int(d)
    ct = int((d - ip) * 100)
    c2 = f"{ct:02d}"
    if style == "be_dash":          # € 9.500,-
        return f"€ {_grp(ip, '.')},-" if not ct else f"€ {_grp(ip, '.')},{c2}"
    if style == "fr":               # 9 500 €
        return f"{_grp(ip, ' ')} €" if not ct else f"{_grp(ip, ' ')},{c2} €"
    if style == "fr_nb":            # 9 500 € with no-break spaces
        return f"{_grp(ip, NBSP)}{NBSP}€" if not ct else f"{_grp(ip, NBSP)},{c2}{NBSP}€"
    if style == "plain":            # 9500
        return str(ip) if not ct else f"{ip},{c2}"
    if style == "plain_dot":        # 9500.00 (spreadsheet export habit)
        return f"{ip}.{c2}"
    if style == "be_eur":           # 9.500,00 EUR
        return f"{_grp(ip, '.')},{c2} EUR"
    if style == "eur_prefix":       # EUR 7.500
        return f"EUR {_grp(ip, '.')}" if not ct else f"EUR {_grp(ip, '.')},{c2}"
    if style == "euros":            # 3 000 euros
        return f"{_grp(ip, ' ')} euros" if not ct else f"{_grp(ip, ' ')},{c2} euros"
    if style == "euro_nl":          # 3.000 euro
        return f"{_grp(ip, '.')} euro" if not ct else f"{_grp(ip, '.')},{c2} euro"
    if style == "eu_cents":         # € 7.450,50
        return f"€ {_grp(ip, '.')},{c2}"
    if style == "fr_cents":         # 7 450,50 €
        return f"{_grp(ip, ' ')},{c2} €"
    if style == "en":               # €9,500.00
        return f"€{ip:,}.{c2}"
    if style == "nosym":            # 9.500   (column already says €)
        return _grp(ip, '.') if not ct else f"{_grp(ip, '.')},{c2}"
    if style == "nosym_c":          # 9.500,00
        return f"{_grp(ip, '.')},{c2}"
    if style == "fr_nosym":         # 9 500,00
        return f"{_grp(ip, ' ')},{c2}"
    if style == "fr_eur":           # 7 500 EUR
        return f"{_grp(ip, ' ')} EUR" if not ct else f"{_grp(ip, ' ')},{c2} EUR"
    if style == "eur_sym_after":    # 9500€
        return f"{ip}€" if not ct else f"{ip},{c2}€"
    if style == "eur_tight":        # €9500
        return f"€{ip}" if not ct else f"€{ip},{c2}"
    raise ValueError(style)


def tv(x):
    """Truth value of an amount: '1234.50'."""
    return None if x is None else f"{D(x):.2f}"


# ---------------------------------------------------------------- phones
def e164(s, cc):
    """National or international spelling -> E.164. cc is '32' or '33'."""
    t = s.replace("(0)", "")
    plus = t.strip().startswith("+")
    digits = re.sub(r"\D", "", t)
    if plus:
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    assert digits.startswith("0"), s
    return "+" + cc + digits[1:]


# ---------------------------------------------------------------- zips
FIXED_ZIP_DT = (2019, 6, 2, 20, 15, 0)


def normalize_zip(data, dt=FIXED_ZIP_DT, fix=None):
    """Rewrite a zip container with fixed timestamps (and optional member fixes)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            if fix:
                raw = fix(info.filename, raw)
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, raw)
    return out.getvalue()


def fix_ooxml_dates(stamp):
    def fix(name, raw):
        if name == "docProps/core.xml":
            s = raw.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\2", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\2", s)
            return s.encode("utf-8")
        return raw
    return fix


# ---------------------------------------------------------------- mails
MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
}


def html_from_text(body):
    from html import escape
    paras = [p for p in body.split("\n\n") if p.strip()]
    inner = "".join('<p class="MsoNormal">' + escape(p).replace("\n", "<br>") + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">'
            + inner + "</div></body></html>")


def _strip_mime_version(part):
    if "MIME-Version" in part:
        del part["MIME-Version"]
    if part.is_multipart():
        for p in part.iter_parts():
            _strip_mime_version(p)


def build_eml(*, key, sender_name, sender_addr, subject, body, when, filename, data,
              to=COORD_ADDR, to_name=None, cc=None, mailer=None, html=None, tz=2,
              generic_mime=False):
    msg = EmailMessage()
    msg["From"] = formataddr((sender_name, sender_addr)) if sender_name else sender_addr
    msg["To"] = formataddr((to_name, to)) if to_name else to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    y, mo, d, h, mi = when
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, 7, tzinfo=timezone(timedelta(hours=tz))))
    hsh = hashlib.sha1(key.encode()).hexdigest()
    dom = sender_addr.split("@")[1]
    msg["Message-ID"] = f"<{hsh[:12]}.{hsh[12:20]}@{dom}>"
    if mailer:
        msg["X-Mailer"] = mailer
    msg["MIME-Version"] = "1.0"
    msg.set_content(body)
    if html:
        if html is True:
            html = html_from_text(body)
        msg.add_alternative(html, subtype="html")
    ext = filename.rsplit(".", 1)[1].lower()
    maintype, subtype = ("application", "octet-stream") if generic_mime else MIME[ext]
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for part in msg.iter_parts():
        _strip_mime_version(part)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{hsh[20:28]}_{i}")
            i += 1
    return msg.as_bytes()
