"""Seeded generation of the case records (people, places, amounts) and of the truth."""
import random
import unicodedata
from data import *

FORMATS = ["odt", "docx_form", "pdf_form", "doc", "pdf_letter"]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum() or c in ".-")


# ---------------------------------------------------------------- amounts
def fmt_amount(v, lang, rnd):
    """Sloppy, human written amount. v is float with at most 2 decimals."""
    i = int(v)
    cents = round((v - i) * 100)
    th = f"{i:,}"  # 9,500
    dot = th.replace(",", ".")
    sp = th.replace(",", " ")
    c2 = f"{cents:02d}"
    if lang == "nl":
        opts = [f"€ {dot},-", f"{dot} euro", f"€{i}", f"{sp} EUR", f"EUR {dot},{c2}", f"{i},{c2} €",
                f"{dot},{c2}", f"€ {dot},{c2}", f"{i} euro"]
        if cents:
            opts = [f"€ {dot},{c2}", f"{i},{c2} €", f"{i},{c2}", f"EUR {dot},{c2}", f"{dot},{c2} euro"]
    elif lang == "fr":
        opts = [f"{sp} €", f"{i} euros", f"{dot},{c2} €", f"{sp},{c2} euros", f"€ {i}", f"{sp} euros",
                f"{i},{c2} €", f"{sp} € TTC"]
        if cents:
            opts = [f"{sp},{c2} €", f"{i},{c2} euros", f"{dot},{c2} €", f"{i},{c2}"]
    else:
        opts = [f"€{th}", f"EUR {th}.{c2}", f"{i} euro", f"€ {th}.{c2}", f"{th} euros"]
        if cents:
            opts = [f"€{th}.{c2}", f"EUR {th}.{c2}"]
    s = rnd.choice(opts)
    if cents == 0 and i % 100 == 0 and rnd.random() < 0.18:
        w = amount_words(i, lang)
        if lang == "nl":
            s = f"{s} ({w} euro)" if rnd.random() < 0.5 else f"{w} euro ({s})"
        elif lang == "fr":
            s = f"{s} ({w} euros)" if rnd.random() < 0.5 else f"{w} euros ({s})"
        else:
            s = f"{s} ({w} euros)"
    return s


def plain_amount(v, lang):
    i = int(v)
    cents = round((v - i) * 100)
    if lang == "en":
        return f"{i:,}.{cents:02d}"
    th = f"{i:,}".replace(",", "." if lang == "nl" else " ")
    return f"{th},{cents:02d}"


def amount_words(i, lang):
    t, h = divmod(i, 1000)
    h //= 100
    if lang == "nl":
        u = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien"]
        parts = []
        if t:
            parts.append((u[t] if t > 1 else "") + "duizend")
        if h:
            parts.append((u[h] if h > 1 else "") + "honderd")
        return " ".join(parts)
    if lang == "fr":
        u = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze"]
        parts = []
        if t:
            parts.append("mille" if t == 1 else f"{u[t]} mille")
        if h:
            parts.append("cent" if h == 1 else f"{u[h]} cents")
        return " ".join(parts)
    u = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"]
    parts = []
    if t:
        parts.append(f"{u[t]} thousand")
    if h:
        parts.append(f"{u[h]} hundred")
    return " ".join(parts)


# ---------------------------------------------------------------- phones
def make_phone(country, rnd):
    if country == "BE":
        if rnd.random() < 0.75:
            nsn = "4" + rnd.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "86", "94", "95", "96", "97", "98"]) \
                + "".join(str(rnd.randint(0, 9)) for _ in range(6))
        else:
            nsn = rnd.choice(["57", "51", "58", "56"]) + str(rnd.randint(2, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(5))
        return "+32" + nsn, nsn
    nsn = rnd.choice(["6", "7", "3"]) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    if nsn[0] == "3":
        nsn = "3" + rnd.choice(["20", "28"]) + nsn[3:]
    return "+33" + nsn, nsn


def write_phone(country, nsn, rnd):
    d = nsn
    if country == "BE":
        if d[0] == "4":
            a, b, c, e = d[:3], d[3:5], d[5:7], d[7:]
            opts = [f"0{a} {b} {c} {e}", f"0{a}/{b}.{c}.{e}", f"+32 {a} {b} {c} {e}", f"0032 {a} {d[3:6]} {d[6:]}",
                    f"0{a}-{d[3:]}", f"+32(0){a} {b} {c} {e}", f"0{d}", f"+32 {d}", f"0{a} {d[3:6]} {d[6:]}"]
        else:
            a, b, c, e = d[:2], d[2:4], d[4:6], d[6:]
            opts = [f"0{a} {b} {c} {e}", f"0{a}/{b}.{c}.{e}", f"+32 {a} {b} {c} {e}", f"0{a} {d[2:5]} {d[5:]}", f"0{a}/{d[2:]}"]
    else:
        p = [d[0]] + [d[i:i + 2] for i in range(1, 9, 2)]
        opts = ["0" + " ".join(p), "0" + ".".join(p), "+33 " + " ".join(p), "0" + d, "+33 (0)" + " ".join(p),
                "0" + "-".join(p), "+33" + d, "00 33 " + " ".join(p)]
    return rnd.choice(opts)


# ---------------------------------------------------------------- cases
def plan(seed=20190616):
    rnd = random.Random(seed)
    # language plan per format: 16 cases each
    specs = []
    for fmt in FORMATS:
        langs = ["nl"] * 8 + ["fr"] * 7 + ["en" if fmt in ("odt", "docx_form", "pdf_letter", "pdf_form") else "fr"]
        # cross-border exceptions
        if fmt == "doc":
            langs[0] = "nl@FR"
            langs[8] = "fr@BE"
        if fmt == "pdf_letter":
            langs[1] = "nl@FR"
        if fmt == "odt":
            langs[9] = "fr@BE"
        for l in langs:
            specs.append((fmt, l))
    rnd.shuffle(specs)
    cases = []
    used_names = set()
    for n, (fmt, lspec) in enumerate(specs, 1):
        lang, _, forced = lspec.partition("@")
        if lang == "nl":
            country = forced or "BE"
        elif lang == "fr":
            country = forced or "FR"
        else:
            country = "BE" if rnd.random() < 0.7 else "FR"
        cases.append(make_case(n, fmt, lang, country, rnd, used_names))
    return cases


def make_case(n, fmt, lang, country, rnd, used_names):
    c = {"n": n, "fmt": fmt, "lang": lang, "country": country}
    pc, place = rnd.choice(BE_PLACES if country == "BE" else FR_PLACES)
    c["postcode"], c["place"] = pc, place
    if lang == "nl":
        first, last = NL_FIRST, NL_LAST
    elif lang == "fr":
        first, last = FR_FIRST, FR_LAST
    else:
        first, last = EN_FIRST, EN_LAST
    while True:
        fn, ln = rnd.choice(first), rnd.choice(last)
        if (fn, ln) not in used_names:
            used_names.add((fn, ln))
            break
    c["first"], c["last"] = fn, ln
    c["person"] = f"{fn} {ln}"
    # organisation
    if lang == "en":
        orgs = [("assoc", "Friends of {p} Village Green"), ("assoc", "{p} Newcomers Network")]
    else:
        orgs = NL_ORGS if lang == "nl" else FR_ORGS
    c["org"] = None
    if rnd.random() < 0.78:
        c["org"] = rnd.choice(orgs)[1].format(p=place)
    # address
    num = str(rnd.randint(1, 160))
    if country == "BE":
        street = rnd.choice(NL_STREETS) if lang != "fr" else rnd.choice(["Rue de l'Église", "Chaussée d'Ypres"] + NL_STREETS[:6])
        addr = f"{street} {num}"
        if rnd.random() < 0.2:
            addr += f" bus {rnd.randint(1, 6)}"
    else:
        street = rnd.choice(FR_STREETS) if lang != "nl" else rnd.choice(["Dorpstraat", "Kapelstraat"] + FR_STREETS[:5])
        if lang == "nl" and street in ("Dorpstraat", "Kapelstraat"):
            addr = f"{street} {num}"
        else:
            if rnd.random() < 0.12:
                num += " bis"
            addr = f"{num} {street}"
    c["address"] = addr
    # contact
    base = ascii_slug(rnd.choice([f"{fn}.{ln}", f"{fn[0]}{ln}", f"{ln}.{fn}", f"{fn}{ln[:3]}"]))
    dom = rnd.choice(["example.org", "example.net", "example.com"])
    c["email"] = f"{base}@{dom}"
    if c["org"] and rnd.random() < 0.3:
        c["email"] = ascii_slug(c["org"].split()[0] + "." + place)[:24] + "@" + dom
    c["phone_e164"], nsn = make_phone(country, rnd)
    c["phone_written"] = write_phone(country, nsn, rnd)
    c["phone_stated"] = rnd.random() < 0.9
    c["email_stated"] = rnd.random() < 0.85
    # who sends
    c["helper"] = None
    if rnd.random() < 0.15:
        hf = rnd.choice(first)
        hl = rnd.choice(last)
        c["helper"] = (f"{hf} {hl}", ascii_slug(f"{hf}.{hl}") + "@" + rnd.choice(["example.com", "example.net"]))
    # project
    titles = NL_TITLES if lang == "nl" else FR_TITLES if lang == "fr" else EN_TITLES
    c["title"] = rnd.choice(titles).format(p=place)
    # amounts
    req = rnd.choice([x * 50 for x in range(50, 201)])
    if rnd.random() < 0.12:
        req = req - 50 + rnd.choice([0.5, 0.25, 0.8])  # a few amounts with cents
    if rnd.random() < 0.1:
        req = 10000
    c["req"] = float(req)
    own = 0.0
    if rnd.random() < 0.55:
        own = float(rnd.choice([250, 500, 750, 800, 1000, 1200, 1500, 2000, 2500, 3250]))
    c["own"] = own
    c["total_stated"] = rnd.random() < 0.8 or own > 0
    c["total"] = round(c["req"] + own, 2)
    # cost lines summing to total
    costs = NL_COSTS if lang == "nl" else FR_COSTS if lang == "fr" else EN_COSTS
    k = rnd.randint(2, 5)
    names = rnd.sample(costs, k)
    total_c = int(round(c["total"] * 100))
    cuts = sorted(rnd.sample(range(1, total_c // 1000), k - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total_c // 1000])]
    amounts = [p * 1000 for p in parts]
    amounts[-1] += total_c - sum(amounts)
    c["costs"] = list(zip(names, [a / 100 for a in amounts]))
    # dates
    day = rnd.randint(0, 45)
    import datetime as dt
    d = dt.datetime(2019, 5, 2, rnd.randint(7, 22), rnd.randint(0, 59), rnd.randint(0, 59),
                    tzinfo=dt.timezone(dt.timedelta(hours=2))) + dt.timedelta(days=day)
    c["date"] = d
    c["variant"] = rnd.random()
    c["rnd_seed"] = rnd.randint(0, 10**9)
    return c


def truth_fields(c):
    f = {}
    if c["org"]:
        f["organisation"] = c["org"]
    f["contact_name"] = c["person"]
    if c["email_stated"]:
        f["email"] = c["email"]
    elif not c["helper"]:
        f["email"] = c["email"]  # taken from the From header
    if c["phone_stated"]:
        f["phone"] = c["phone_e164"]
    f["address"] = c["address"]
    f["postcode"] = c["postcode"]
    f["municipality"] = c["place"]
    f["country"] = c["country"]
    f["project_title"] = c["title"]
    f["requested_amount"] = f"{c['req']:.2f}"
    if c["total_stated"]:
        f["total_budget"] = f"{c['total']:.2f}"
    return f
