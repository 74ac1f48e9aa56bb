"""Shared helpers: amount formatting, phone normalisation, deterministic zips, fonts."""
import io
import os
import re
import zipfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(HERE, "fonts")


# ---------------------------------------------------------------- amounts
def _group(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(value, style):
    """Write an amount the way people write it.

    style names:
      nl_dash   '€ 9.500,-'        nl_cents  '€ 9.500,00'     nl_plain '9.500'
      nl_euro   '9.500 euro'       nl_eur    'EUR 9.500'      bare     '9500'
      bare_c    '9500,00'          fr_eur    '9 500 €'        fr_cents '9 500,00 €'
      fr_euros  '9 500 euros'      fr_plain  '9 500'          fr_e_pre '€ 9 500'
      bare_eur  '9500 €'           dot_c     '9.500,00'       nl_eur_c 'EUR 9.500,00'
    """
    d = Decimal(str(value)).quantize(Decimal("0.01"))
    whole = int(d)
    cents = int((d - whole) * 100)
    c = "%02d" % cents
    if style == "nl_dash":
        return "€ %s,-" % _group(whole, ".") if cents == 0 else "€ %s,%s" % (_group(whole, "."), c)
    if style == "nl_cents":
        return "€ %s,%s" % (_group(whole, "."), c)
    if style == "nl_plain":
        return _group(whole, ".") + ("" if cents == 0 else "," + c)
    if style == "nl_euro":
        return _group(whole, ".") + ("" if cents == 0 else "," + c) + " euro"
    if style == "nl_eur":
        return "EUR " + _group(whole, ".") + ("" if cents == 0 else "," + c)
    if style == "nl_eur_c":
        return "EUR %s,%s" % (_group(whole, "."), c)
    if style == "bare":
        return str(whole) + ("" if cents == 0 else "," + c)
    if style == "bare_c":
        return "%d,%s" % (whole, c)
    if style == "bare_eur":
        return str(whole) + ("" if cents == 0 else "," + c) + " €"
    if style == "dot_c":
        return "%s,%s" % (_group(whole, "."), c)
    if style == "fr_eur":
        return _group(whole, " ") + ("" if cents == 0 else "," + c) + " €"
    if style == "fr_cents":
        return "%s,%s €" % (_group(whole, " "), c)
    if style == "fr_euros":
        return _group(whole, " ") + ("" if cents == 0 else "," + c) + " euros"
    if style == "fr_plain":
        return _group(whole, " ") + ("" if cents == 0 else "," + c)
    if style == "fr_plain_c":
        return "%s,%s" % (_group(whole, " "), c)
    if style == "fr_e_pre":
        return "€ " + _group(whole, " ") + ("" if cents == 0 else "," + c)
    raise ValueError(style)


def dec(value):
    return "%.2f" % Decimal(str(value)).quantize(Decimal("0.01"))


# ---------------------------------------------------------------- phones
def e164(phone, country):
    if phone is None:
        return None
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    cc = "32" if country == "BE" else "33"
    assert digits.startswith("0"), phone
    return "+" + cc + digits[1:]


# ---------------------------------------------------------------- zips
def normalise_zip(data, when=(2019, 5, 1, 12, 0, 0), first=None, patch=None):
    """Re-pack an OOXML/ODF zip with fixed timestamps so builds are byte-identical.
    `first` names a member that must come first and be stored (ODF mimetype)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    if first and first in names:
        names.remove(first)
        names.insert(0, first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=when)
            info.external_attr = 0o600 << 16
            if n == first:
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
            blob = zin.read(n)
            if patch and n in patch:
                blob = patch[n](blob)
            zout.writestr(info, blob)
    return out.getvalue()


# ---------------------------------------------------------------- fonts
_registered = set()
STANDARD = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Times-Roman", "Times-Bold", "Times-Italic",
            "Courier", "Courier-Bold"}

FONT_FILES = {
    "Sans": "LiberationSans-Regular.ttf",
    "Sans-Bold": "LiberationSans-Bold.ttf",
    "Sans-Italic": "LiberationSans-Italic.ttf",
    "Serif": "LiberationSerif-Regular.ttf",
    "Serif-Bold": "LiberationSerif-Bold.ttf",
    "Serif-Italic": "LiberationSerif-Italic.ttf",
    "Narrow": "LiberationSansNarrow-Regular.ttf",
    "Narrow-Bold": "LiberationSansNarrow-Bold.ttf",
}


def rl_font(name):
    """Register a Liberation font with reportlab under our short name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name in STANDARD:
        return name
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONTS, FONT_FILES[name])))
        _registered.add(name)
    return name
