# -*- coding: utf-8 -*-
"""Small helpers shared by the document builders."""
import io
import zipfile
from decimal import Decimal

FIXED_ZIP_TIME = (2019, 5, 20, 10, 0, 0)


def D(s):
    return Decimal(str(s))


def money(value, style="be", unit=None):
    """Format an amount the way a person would type it in a given style.

    style: be   -> 1.450 / 950,50
           be2  -> 1.450,00
           bed  -> 1.450,- / 950,50
           fr   -> 1 450 / 950,50
           fr2  -> 1 450,00
           plain-> 1450 / 950,50
           plain2 -> 1450,00
    unit: None, '€ ', ' €', ' EUR', ' euro', ' euros', 'EUR ' (prefix if it ends with space)
    """
    v = D(value).quantize(Decimal("0.01"))
    ip = int(v)
    cents = int((v - ip) * 100)
    digits = str(ip)

    def group(sep):
        s = digits
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        return sep.join(parts)

    if style in ("be", "be2", "bed"):
        body = group(".")
    elif style in ("fr", "fr2"):
        body = group(" ")
    else:
        body = digits
    if cents or style in ("be2", "fr2", "plain2"):
        body += ",%02d" % cents
    elif style == "bed":
        body += ",-"
    if unit:
        if unit.endswith(" "):
            body = unit + body
        else:
            body = body + unit
    return body


def normalise_zip(data, first=None, stored=()):
    """Rewrite a zip archive with fixed timestamps so builds are reproducible.

    first: name that must stay first (ODF 'mimetype'); stored: names kept uncompressed.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    if first and first in names:
        names.remove(first)
        names.insert(0, first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=FIXED_ZIP_TIME)
            if n in stored or n == first:
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(n))
    return out.getvalue()


def budget_rows(r):
    return [(label, D(a)) for label, a in (r.get("budget") or [])]


def funding_rows(r):
    return [(label, D(a)) for label, a in (r.get("funding") or [])]


def check_record(r):
    """Internal consistency of a record (raises AssertionError)."""
    req = D(r["req"])
    assert req <= Decimal("10000"), r["id"]
    if r.get("total"):
        tot = D(r["total"])
        assert req < tot, r["id"]
        if r.get("budget"):
            s = sum(D(a) for _, a in r["budget"])
            assert s == tot, (r["id"], s, tot)
        if r.get("funding"):
            s = sum(D(a) for _, a in r["funding"]) + req
            assert s == tot, (r["id"], "funding", s, tot)
