"""Small helpers used by the per-mail specs."""
import datetime as dt
import os

from common import D, s2, money, FONTS, NBSP

CEST = dt.timezone(dt.timedelta(hours=2))


def when(day, hh, mm, month=6, ss=0, tz=CEST):
    return dt.datetime(2019, month, day, hh, mm, ss, tzinfo=tz)


def app(lang, lines, own=None, requested=None, **kw):
    total = sum(D(x[1]) for x in lines)
    if own is not None and requested is None:
        requested = total - D(own)
    if requested is None:
        requested = total
    a = dict(lang=lang, lines=lines, total=total, own=None if own is None else D(own), requested=D(requested))
    a.update(kw)
    a.setdefault("email_form", a.get("email"))
    if own is not None:
        assert a["total"] - a["own"] == a["requested"], (a["total"], a["own"], a["requested"])
    return a


def truth(a, **over):
    """Truth fields from the application data, overridable."""
    t = dict(
        organisation=a.get("org_truth", a.get("org")),
        contact_name=a.get("contact"),
        email=a.get("email"),
        phone=a.get("phone"),
        address=a.get("address"),
        postcode=a.get("postcode"),
        municipality=a.get("muni"),
        country=a.get("country"),
        project_title=a.get("title_truth", a.get("title")),
        requested_amount=s2(a["requested"]),
        total_budget=s2(a["total"]),
    )
    t.update(over)
    return {k: v for k, v in t.items() if v is not None}


def eur_be(v, style="be"):
    return "€ " + money(v, style)


def eur_fr(v, style="fr"):
    return money(v, style) + NBSP + "€" if style.startswith("fr") and style not in ("frsp", "frsp0") else money(v, style) + " €"


HAND_SCHOOLBELL = os.path.join(FONTS, "schoolbell-latin-400-normal.woff")
HAND_DELICIOUS = os.path.join(FONTS, "delicious-handrawn-latin-400-normal.woff")
