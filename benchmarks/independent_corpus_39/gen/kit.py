"""Small helpers shared by the two design modules."""
import datetime
from decimal import Decimal

from common import D, money, amt, phone, mail_date, COORD_ADDR

COACH_DATES = ["26/09/2019", "7/11/2019", "28/11/2019", "19/12/2019", "30/01/2020"]
COACH_NL = ("Begeleidingstraject Partons 2.0: wij houden de sessies van 26/09/2019, 7/11/2019, "
            "28/11/2019, 19/12/2019 en 30/01/2020 vrij.")
COACH_FR = ("Parcours d'accompagnement Partons 2.0 : nous réservons les dates du 26/09/2019, 7/11/2019, "
            "28/11/2019, 19/12/2019 et 30/01/2020.")
PROV_NL = ["Provincie West-Vlaanderen", "t.a.v. Jonas Polin", "Woumenweg 100", "8600 Diksmuide"]
PROV_FR = ["Province de Flandre-Occidentale", "à l'attention de M. Jonas Polin", "Woumenweg 100",
           "8600 Diksmuide (Belgique)"]


def total(lines):
    return sum((D(v) for _, v in lines), D(0))


def check_budget(exp, inc, req, tot):
    te, ti = total(exp), total(inc)
    assert te == D(tot), (te, tot)
    if inc:
        assert ti == D(tot), (ti, tot)
    assert D(req) <= D(10000) and D(req) < D(tot)


def rows(lines, style, extra=()):
    return [[lab, money(v, style)] + list(extra) for lab, v in lines]


def truth(org, contact, email, tel, address, postcode, municipality, country, title, req, tot):
    return {
        "organisation": org,
        "contact_name": contact,
        "email": email,
        "phone": tel,
        "address": address,
        "postcode": postcode,
        "municipality": municipality,
        "country": country,
        "project_title": title,
        "requested_amount": amt(req),
        "total_budget": amt(tot),
    }


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def created(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, 0)
