"""Shared helpers for corpus 43: amount / phone formatting, archive normalisation,
constants taken from the call text (coordinator, province, coaching dates)."""
import io
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP

# --- constants from the call text ------------------------------------------------
COORD_NAME = "Jonas Polin"
COORD_EMAIL = "jonas.polin@west-vlaanderen.be"
COORD_PHONE_MOBILE = "+32 489 309 839"
COORD_PHONE_FIXED = "+32 51 51 94 37"
PROVINCE = "Provincie West-Vlaanderen"
PROVINCE_FR = "Province de Flandre-Occidentale"
PROV_STREET = "Woumenweg 100"
PROV_PC_CITY = "8600 Diksmuide"
CALL_NL = "Maak werk van je buurt!"
CALL_FR = "Partons 2.0"
CAP = Decimal("10000")
DEADLINE_NL = "16 juni 2019"
DEADLINE_FR = "16 juin 2019"
SESSIONS = ["26/09/2019", "7/11/2019", "28/11/2019", "19/12/2019", "30/01/2020"]
SESSION_HOURS = ["10h-14h", "10h-14h", "18h-21h", "10h-14h", "18h-21h"]
WEBSITE = "www.partons2-0.eu"

FIXED_ZIP_DATE = (2019, 5, 1, 12, 0, 0)


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amount(value, style):
    """Write an amount the way people do. Styles:
    nl_eur      '€ 7.500,00'      nl_dash  '€ 7.500,-'     nl_euro  '7.500 euro'
    nl_EUR      '7.500,00 EUR'    plain    '7500'          plain2   '7500.00'
    nl_num      '7.500,00'        fr_eur   '7 500 €'       fr_eur2  '7 500,00 €'
    fr_euros    '7500 euros'      fr_EUR   '7 500,00 EUR'  fr_dot   '7.500 €'
    fr_num      '7 500,00'        eur_pre  'EUR 7.500'     lat_num  '7.500,00' (acro safe)
    Non-integer values always get decimals."""
    v = D(value)
    ip = int(v)
    cents = int((v - ip) * 100)
    has_c = cents != 0
    dec = "%02d" % cents
    nbsp = "\u00a0"
    if style == "nl_eur":
        return "€ %s,%s" % (_group(ip, "."), dec)
    if style == "nl_dash":
        return "€ %s,%s" % (_group(ip, "."), dec if has_c else "-")
    if style == "nl_euro":
        return "%s%s euro" % (_group(ip, "."), ("," + dec) if has_c else "")
    if style == "nl_EUR":
        return "%s,%s EUR" % (_group(ip, "."), dec)
    if style == "eur_pre":
        return "EUR %s%s" % (_group(ip, "."), ("," + dec) if has_c else "")
    if style == "plain":
        return "%d%s" % (ip, ("," + dec) if has_c else "")
    if style == "plain2":
        return "%d.%s" % (ip, dec)
    if style == "nl_num":
        return "%s,%s" % (_group(ip, "."), dec)
    if style == "fr_eur":
        return "%s%s €" % (_group(ip, " "), ("," + dec) if has_c else "")
    if style == "fr_eur_nb":
        return "%s%s%s€" % (_group(ip, nbsp), ("," + dec) if has_c else "", nbsp)
    if style == "fr_eur2":
        return "%s,%s €" % (_group(ip, " "), dec)
    if style == "fr_euros":
        return "%d%s euros" % (ip, ("," + dec) if has_c else "")
    if style == "fr_EUR":
        return "%s,%s EUR" % (_group(ip, " "), dec)
    if style == "fr_dot":
        return "%s%s €" % (_group(ip, "."), ("," + dec) if has_c else "")
    if style == "fr_num":
        return "%s,%s" % (_group(ip, " "), dec)
    raise ValueError(style)


def e164(phone):
    return phone  # phones are stored as E.164 already


def fmt_phone(e, style):
    """e is E.164 ('+3257212345', '+32475123456', '+33328412210').
    Styles: 'nat' national with spaces, 'slash' (0475/12.34.56 ; 057/21.23.45),
    'dots' (06.12.34.56.78), 'intl' (+32 57 21 23 45), 'intl0' (+32 (0)57 21 23 45),
    'zz' (0032 57 21 23 45), 'compact' (0572123 45 -> 057212345)."""
    assert e.startswith("+")
    cc = e[1:3]
    nsn = e[3:]
    if cc == "33":
        pairs = [nsn[0]] + [nsn[i:i + 2] for i in range(1, 9, 2)]
        if style == "nat":
            return "0" + " ".join(pairs)
        if style == "dots":
            return "0" + ".".join(pairs)
        if style == "intl":
            return "+33 " + " ".join(pairs)
        if style == "intl0":
            return "+33 (0)" + " ".join(pairs)
        if style == "zz":
            return "0033 " + " ".join(pairs)
        if style == "compact":
            return "0" + nsn
        if style == "slash":
            return "0" + pairs[0] + pairs[1] + "/" + "".join(pairs[2:])
        raise ValueError(style)
    # Belgium
    if nsn.startswith("4"):  # mobile 4xx xx xx xx
        a, rest = nsn[:3], nsn[3:]
        p = [rest[0:2], rest[2:4], rest[4:6]]
        if style == "nat":
            return "0%s %s" % (a, " ".join(p))
        if style == "slash":
            return "0%s/%s" % (a, ".".join(p))
        if style == "dots":
            return "0%s.%s" % (a, ".".join(p))
        if style == "intl":
            return "+32 %s %s" % (a, " ".join(p))
        if style == "intl0":
            return "+32 (0)%s %s" % (a, " ".join(p))
        if style == "zz":
            return "0032 %s %s" % (a, " ".join(p))
        if style == "compact":
            return "0" + nsn
        raise ValueError(style)
    # landline, two-digit zone (51, 57, 58, 56)
    a, rest = nsn[:2], nsn[2:]
    p = [rest[0:2], rest[2:4], rest[4:6]]
    if style == "nat":
        return "0%s %s" % (a, " ".join(p))
    if style == "slash":
        return "0%s/%s" % (a, ".".join(p))
    if style == "dots":
        return "0%s.%s" % (a, ".".join(p))
    if style == "intl":
        return "+32 %s %s" % (a, " ".join(p))
    if style == "intl0":
        return "+32 (0)%s %s" % (a, " ".join(p))
    if style == "zz":
        return "0032 %s %s" % (a, " ".join(p))
    if style == "compact":
        return "0" + nsn
    raise ValueError(style)


# --- deterministic archives -------------------------------------------------------
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?")


def normalize_zip(data, date_iso="2019-05-01T12:00:00", odf=False):
    """Rewrite an OOXML / ODF zip with fixed member timestamps and fixed metadata dates.
    For ODF the 'mimetype' member stays first and stored."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w")
    names = zin.namelist()
    if odf and "mimetype" in names:
        names.remove("mimetype")
        names.insert(0, "mimetype")
    y, mo, d = int(date_iso[0:4]), int(date_iso[5:7]), int(date_iso[8:10])
    zdate = (y, mo, d, 12, 0, 0)
    for n in names:
        blob = zin.read(n)
        if n in ("docProps/core.xml", "meta.xml", "docProps/app.xml"):
            txt = blob.decode("utf-8")
            txt = _DATE_RE.sub(date_iso + "Z" if n == "docProps/core.xml" else date_iso, txt)
            blob = txt.encode("utf-8")
        zi = zipfile.ZipInfo(n, zdate)
        zi.external_attr = 0o644 << 16
        if odf and n == "mimetype":
            zi.compress_type = zipfile.ZIP_STORED
        else:
            zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, blob)
    zout.close()
    return out.getvalue()
