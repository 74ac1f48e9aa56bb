"""Build the applicant data (people, group, address, project, budget) for each case."""
import datetime as dt
import random

import data as Dt
from budget import make_budget
from data import D

USED = {"names": set(), "orgs": set(), "titles_nl": set(), "titles_fr": set(), "places": set(), "streets": set()}


def _email_local(first, last, rng):
    f = "".join(Dt.slug(first))
    l = "".join(Dt.slug(last))
    return rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}", f"{l}.{f}", f"{f}.{l}{rng.randint(50, 89)}", f"{f}_{l}"])


def person(rng, lang, gender=None):
    while True:
        g = gender or rng.choice("FM")
        if lang == "nl":
            first = rng.choice(Dt.NL_FIRST_F if g == "F" else Dt.NL_FIRST_M)
            last = rng.choice(Dt.NL_LAST)
        else:
            first = rng.choice(Dt.FR_FIRST_F if g == "F" else Dt.FR_FIRST_M)
            last = rng.choice(Dt.FR_LAST)
        if (first, last) not in USED["names"] and last not in {n[1] for n in USED["names"] if len(USED["names"]) < 30}:
            USED["names"].add((first, last))
            return {"first": first, "last": last, "gender": g}


def pick_place(rng, country):
    pool = Dt.BE_PLACES if country == "BE" else Dt.FR_PLACES
    while True:
        p = rng.choice(pool)
        if p[1] not in USED["places"]:
            USED["places"].add(p[1])
            return p


def pick_street(rng, country):
    pool = Dt.BE_STREETS if country == "BE" else Dt.FR_STREETS
    while True:
        s = rng.choice(pool)
        if s not in USED["streets"] or len(USED["streets"]) > len(pool) - 3:
            USED["streets"].add(s)
            return s


def address(rng, country, street):
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 140)])
    if country == "BE":
        return f"{street} {n}"
    return f"{n} {street}"


def build_case(half, idx, spec, seed):
    rng = random.Random(seed)
    lang, country = spec["lang"], spec["country"]
    nulls = set(spec.get("nulls", []))
    plc = pick_place(rng, country)
    postcode, city = plc[0], plc[1]
    zone = plc[2] if country == "BE" else None
    street = pick_street(rng, country)
    addr = address(rng, country, street)

    contact = person(rng, lang)
    # role of the contact person
    roles_nl = ["secretaris", "voorzitter", "lid kerngroep", "coördinator", "penningmeester", "bestuurslid"]
    roles_fr = ["secrétaire", "présidente" if contact["gender"] == "F" else "président", "membre du bureau",
                "coordinatrice" if contact["gender"] == "F" else "coordinateur", "trésorière" if contact["gender"] == "F" else "trésorier"]
    contact["role"] = rng.choice(roles_nl if lang == "nl" else roles_fr)
    if "organisation" in nulls:
        contact["role"] = "bewoner" if lang == "nl" else ("habitante" if contact["gender"] == "F" else "habitant")
    traps = set(spec.get("traps", []))
    if {"chair", "chair_signs"} & traps and contact["role"] in ("voorzitter", "président", "présidente"):
        contact["role"] = "secretaris" if lang == "nl" else "secrétaire"
    if "treasurer" in traps and contact["role"].startswith(("penning", "trés")):
        contact["role"] = "bestuurslid" if lang == "nl" else "membre du bureau"

    # organisation
    org = None
    legal = None
    if "organisation" not in nulls:
        pool = Dt.NL_ORGS if lang == "nl" else Dt.FR_ORGS
        if country == "FR" and lang == "nl":
            pool = Dt.NL_FR_ORGS
        while True:
            tpl, legal = rng.choice(pool)
            short = street.split()[-1] if country == "FR" else street
            o = tpl.format(place=city, street_short=short.capitalize() if country == "FR" else street)
            if o not in USED["orgs"] and tpl not in {x[1] for x in USED["orgs"] if isinstance(x, tuple)}:
                USED["orgs"].add(o)
                USED["orgs"].add(("tpl", tpl))
                org = o
                if country == "FR" and lang == "nl":
                    legal = "vereniging naar Frans recht (wet 1901)"
                elif country == "BE" and lang == "fr":
                    legal = "association de fait"
                break

    # project
    projs = Dt.NL_PROJECTS if lang == "nl" else Dt.FR_PROJECTS
    key = "titles_" + lang
    while True:
        t, desc, cats = rng.choice(projs)
        if t not in USED[key]:
            USED[key].add(t)
            break
    title = t.format(place=city)

    # phone / email
    phone_kind = rng.choice(["mobile", "mobile", "landline"])
    phone = None if "phone" in nulls else Dt.new_phone(rng, country, phone_kind, zone)
    email = _email_local(contact["first"], contact["last"], rng) + "@" + rng.choice(["example.org", "example.net", "example.com"])
    org_email = None
    if org and rng.random() < 0.5:
        org_email = "".join(Dt.slug(org))[:18] + "@" + rng.choice(["example.org", "example.com"])

    # other people
    others = {}
    if {"chair", "chair_signs"} & traps:
        ch = person(rng, lang)
        ch["role"] = "voorzitter" if lang == "nl" else ("présidente" if ch["gender"] == "F" else "président")
        ch["phone"] = Dt.new_phone(rng, country, "mobile")
        ch["email"] = _email_local(ch["first"], ch["last"], rng) + "@example.net"
        others["chair"] = ch
    if "treasurer" in traps:
        tr = person(rng, lang)
        tr["role"] = "penningmeester" if lang == "nl" else ("trésorière" if tr["gender"] == "F" else "trésorier")
        tr["phone"] = Dt.new_phone(rng, country, "mobile")
        others["treasurer"] = tr
    sender = contact
    if spec.get("sender") == "other":
        s = person(rng, lang)
        s["role"] = "secretaris" if lang == "nl" else "secrétaire"
        s["email"] = _email_local(s["first"], s["last"], rng) + "@example.com"
        sender = s
        others["sender"] = s

    # municipality co-funder name
    if country == "BE":
        muni = Dt.BE_FUSION.get(city, city)
    else:
        muni = city
    # budget
    bspec = dict(vat=spec.get("vat"), inkind=spec.get("inkind"), request_mode=spec["req"],
                 request_kind=spec.get("rk", "round"), pct=spec.get("pct"), target_total=spec.get("target"),
                 corrected_total=spec.get("ctot"), muni_funder=muni,
                 cents_lines=spec.get("rk") == "cents" or rng.random() < 0.3)
    if spec["req"] == "max":
        bspec["request_mode"] = "max"
    if country == "FR" and rng.random() < 0.5:
        bspec["income_kinds"] = rng.choice([["own", "municipality", "department"], ["own", "department", "tickets"]])
    b = make_budget(rng, lang, country, cats, bspec)

    # IDs that look like numbers (traps for phone / amount extraction)
    kbo = f"0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    iban = (f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            if country == "BE" else
            f"FR76 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}")
    siret = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10000, 99999)}"
    rna = f"W59{rng.randint(1000000, 9999999)}"

    # date of sending: between 20 April and 15 June 2019
    start = dt.datetime(2019, 4, 20, 8, 0)
    date = start + dt.timedelta(minutes=rng.randint(0, 56 * 24 * 60 - 600))
    if date.hour < 7:
        date = date.replace(hour=date.hour + 8)

    truth = {
        "organisation": org,
        "contact_name": f"{contact['first']} {contact['last']}",
        "email": email,
        "phone": phone,
        "address": addr,
        "postcode": postcode,
        "municipality": city,
        "country": country,
        "project_title": title,
        "requested_amount": f"{b.request:.2f}",
        "total_budget": f"{b.total:.2f}",
    }
    return {
        "half": half, "idx": idx, "spec": spec, "seed": seed, "rng": rng, "lang": lang, "country": country,
        "org": org, "legal": legal, "contact": contact, "email": email, "org_email": org_email, "phone": phone,
        "phone_kind": phone_kind, "street": street, "address": addr, "postcode": postcode, "city": city,
        "muni": muni, "title": title, "desc": desc, "budget": b, "others": others, "sender": sender,
        "kbo": kbo, "iban": iban, "siret": siret, "rna": rna, "date": date, "traps": traps, "truth": truth,
    }
