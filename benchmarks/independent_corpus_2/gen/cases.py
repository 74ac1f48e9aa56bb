# -*- coding: utf-8 -*-
"""Case model: invents one applicant + project + budget, and the display strings used in the documents."""
import random, datetime
from data import *

NL_THOUSANDS = {1: "duizend", 2: "tweeduizend", 3: "drieduizend", 4: "vierduizend", 5: "vijfduizend", 6: "zesduizend",
                7: "zevenduizend", 8: "achtduizend", 9: "negenduizend", 10: "tienduizend"}
FR_THOUSANDS = {1: "mille", 2: "deux mille", 3: "trois mille", 4: "quatre mille", 5: "cinq mille", 6: "six mille",
                7: "sept mille", 8: "huit mille", 9: "neuf mille", 10: "dix mille"}


def grp(n, sep):
    return f"{n:,}".replace(",", sep)


CENT_STYLES = ("comma_cents", "EUR_pre_cents", "dot_comma_cents", "space_cents", "sign_comma_cents", "fr_eur_cents")
NOEUR_OK = ("dot_EUR", "space_euro", "EUR_pre_cents", "dot_euro", "space_euros", "plain_euros", "fr_eur_cents", "EUR_comma", "euros_plain")


def pick_style(amounts, lang, rng, no_euro_sign=False):
    styles = {"nl": ["dot_EUR", "euro_dash", "comma_cents", "euro_nospace", "space_euro", "EUR_pre_cents", "dot_euro"],
              "fr": ["space_euros", "space_sign", "dot_comma_cents", "nospace_sign", "space_cents", "plain_euros"],
              "en": ["EUR_comma", "sign_comma_cents", "euros_plain"]}[lang]
    if any(a % 100 for a in amounts):
        styles = [s for s in styles if s in CENT_STYLES]
    if no_euro_sign:
        styles = [s for s in styles if s in NOEUR_OK] or (["EUR_pre_cents"] if lang != "fr" else ["fr_eur_cents"])
    return rng.choice(styles)


def fmt_amount(cents_total, lang, rng, no_euro_sign=False, style=None):
    """cents_total: int amount in cents. Returns a display string as a person would type it."""
    ints, cents = divmod(cents_total, 100)
    if style and not (cents and style not in CENT_STYLES):
        return _fmt(style, ints, cents, lang)
    if lang == "nl":
        styles = ["dot_EUR", "euro_dash", "comma_cents", "euro_nospace", "space_euro", "EUR_pre_cents", "dot_euro", "words"]
    elif lang == "fr":
        styles = ["space_euros", "space_sign", "dot_comma_cents", "nospace_sign", "words", "space_cents", "plain_euros"]
    else:
        styles = ["EUR_comma", "sign_comma_cents", "euros_plain"]
    if cents:
        styles = [s for s in styles if s in ("comma_cents", "EUR_pre_cents", "dot_comma_cents", "space_cents", "sign_comma_cents")]
    if ints % 1000 or ints > 10000:
        styles = [s for s in styles if s != "words"]
    if no_euro_sign:
        styles = [s for s in styles if s not in ("euro_dash", "euro_nospace", "space_sign", "nospace_sign", "words",
                                                 "sign_comma_cents", "comma_cents", "dot_comma_cents", "space_cents")] or ["dot_EUR" if lang == "nl" else "space_euros"]
        if cents:
            styles = ["EUR_pre_cents"] if lang != "fr" else ["fr_eur_cents"]
    return _fmt(rng.choice(styles), ints, cents, lang)


def _fmt(s, ints, cents, lang):
    if s == "dot_EUR": return f"{grp(ints, '.')} EUR"
    if s == "euro_dash": return f"€ {grp(ints, '.')},-"
    if s == "comma_cents": return f"{ints},{cents:02d} €"
    if s == "euro_nospace": return f"€{ints}"
    if s == "space_euro": return f"{grp(ints, ' ')} euro"
    if s == "EUR_pre_cents": return f"EUR {grp(ints, '.')},{cents:02d}"
    if s == "dot_euro": return f"{grp(ints, '.')} euro"
    if s == "words":
        if lang == "nl": return f"{NL_THOUSANDS[ints // 1000]} euro ({grp(ints, '.')} €)"
        return f"{FR_THOUSANDS[ints // 1000]} euros ({grp(ints, ' ')} €)"
    if s == "space_euros": return f"{grp(ints, ' ')} euros"
    if s == "space_sign": return f"{grp(ints, ' ')} €"
    if s == "dot_comma_cents": return f"{grp(ints, '.')},{cents:02d} €"
    if s == "nospace_sign": return f"{ints}€"
    if s == "space_cents": return f"{grp(ints, ' ')},{cents:02d} €"
    if s == "plain_euros": return f"{ints} euros"
    if s == "fr_eur_cents": return f"{grp(ints, ' ')},{cents:02d} EUR"
    if s == "EUR_comma": return f"EUR {grp(ints, ',')}"
    if s == "sign_comma_cents": return f"€{grp(ints, ',')}.{cents:02d}"
    if s == "euros_plain": return f"{ints} euros"
    raise ValueError(s)


def dec(c):
    return f"{c // 100}.{c % 100:02d}"


def make_phone(country, zone, rng):
    """returns (e164, display)"""
    if country == "BE":
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486",
                            "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
            d = "".join(str(rng.randint(0, 9)) for _ in range(6))
            e164 = "+32" + p + d
            st = rng.choice(["a", "a", "b", "c", "d", "e", "f", "g"])
            disp = {"a": f"0{p} {d[:2]} {d[2:4]} {d[4:]}", "b": f"0{p}/{d[:2]}.{d[2:4]}.{d[4:]}", "c": f"0{p} {d[:3]} {d[3:]}",
                    "d": f"+32 {p} {d[:2]} {d[2:4]} {d[4:]}", "e": f"0032 {p} {d[:2]} {d[2:4]} {d[4:]}", "f": f"0{p}{d}",
                    "g": f"+32 (0){p} {d[:2]} {d[2:4]} {d[4:]}"}[st]
        else:
            d = rng.choice(["2", "3", "4", "5", "6"]) + "".join(str(rng.randint(0, 9)) for _ in range(5))
            e164 = "+32" + zone + d
            st = rng.choice(["a", "b", "c"])
            disp = {"a": f"0{zone} {d[:2]} {d[2:4]} {d[4:]}", "b": f"0{zone}/{d[:2]}.{d[2:4]}.{d[4:]}",
                    "c": f"+32 {zone} {d[:2]} {d[2:4]} {d[4:]}"}[st]
    else:
        if rng.random() < 0.75:
            d = rng.choice(["6", "7"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        else:
            d = "328" + "".join(str(rng.randint(0, 9)) for _ in range(6))
        e164 = "+33" + d
        pairs = " ".join(["0" + d[0]] + [d[i:i + 2] for i in range(1, 9, 2)])
        st = rng.choice(["a", "a", "b", "c", "d", "e"])
        disp = {"a": pairs, "b": pairs.replace(" ", "."), "c": "+33 " + d[0] + " " + " ".join(d[i:i + 2] for i in range(1, 9, 2)),
                "d": "0" + d, "e": "+33 (0)" + d[0] + " " + " ".join(d[i:i + 2] for i in range(1, 9, 2))}[st]
    return e164, disp


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum() or ch in ".-")


LATIN1_FIX = {"œ": "oe", "Œ": "OE", "’": "'", "–": "-", "—": "-", "«": '"', "»": '"', "€": "EUR", "\u202f": " "}


def latin1(s):
    for a, b in LATIN1_FIX.items():
        s = s.replace(a, b)
    return s


def make_case(name, lang, fmt, rng):
    c = {"file": name, "lang": lang, "format": fmt}
    if lang == "nl":
        country = "BE"
    elif lang == "fr":
        country = "FR"
    else:
        country = "BE"
    c["country"] = country
    female = rng.random() < 0.5
    if lang == "nl":
        first = rng.choice(NL_FIRST_F if female else NL_FIRST_M); last = rng.choice(NL_LAST)
        pc, place, zone = rng.choice(BE_PLACES)
        street = rng.choice(NL_STREETS)
        num = str(rng.randint(1, 140)) + rng.choice([""] * 8 + ["A", "B", " bus 2", "/3"])
        address = f"{street} {num}"
        ideas = NL_IDEAS
    elif lang == "fr":
        first = rng.choice(FR_FIRST_F if female else FR_FIRST_M); last = rng.choice(FR_LAST)
        pc, place = rng.choice(FR_PLACES); zone = None
        street = rng.choice(FR_STREETS)
        num = str(rng.randint(1, 90)) + rng.choice([""] * 8 + [" bis", " ter"])
        address = f"{num} {street}"
        ideas = FR_IDEAS
    else:
        first = rng.choice(EN_FIRST); last = rng.choice(EN_LAST)
        pc, place, zone = rng.choice([p for p in BE_PLACES if p[2] == "57"])
        street = rng.choice(NL_STREETS)
        num = str(rng.randint(1, 90))
        address = f"{street} {num}"
        ideas = EN_IDEAS
    c.update(first=first, last=last, female=female, postcode=pc, place=place, address=address, street=street)
    idea = rng.choice(ideas)
    c["idea"] = idea
    fill = {"dorp": place, "village": place, "straat": street}
    org_t = rng.choice(idea["orgs"])
    c["org"] = None if (org_t is None or rng.random() < 0.14) else org_t.format(**fill)
    c["title"] = rng.choice(idea["titles"]).format(**fill)
    c["desc"] = [d.format(**fill) for d in idea["desc"]]
    c["items"] = list(idea["items"])
    c["phone_e164"], c["phone_disp"] = make_phone(country, zone or "57", rng)
    # e-mail
    dom = rng.choice(["example.org", "example.net", "example.com"])
    u = rng.choice([f"{slug(first)}.{slug(last)}", f"{slug(first)[0]}{slug(last)}", f"{slug(first)}{slug(last)}{rng.randint(50, 99)}",
                    f"{slug(last)}.{slug(first)}"])
    if c["org"] and rng.random() < 0.35:
        o = c["org"]
        for junk in ["Association loi 1901", "Feitelijke vereniging", "Association", "vzw", "Vzw", "«", "»", "'", "Coöperatieve", " i.o."]:
            o = o.replace(junk, " ")
        u = slug(".".join(o.split()))[:26].strip(".-")
    c["email"] = f"{u}@{dom}"
    c["email_disp"] = c["email"] if rng.random() > 0.1 else c["email"].replace(u, u.title(), 1) if "." in u else c["email"]
    # role of the person
    if lang == "nl":
        c["role"] = rng.choice(["voorzitter", "secretaris", "penningmeester", "bestuurslid", "coördinator", "voorzitter"]) if c["org"] else None
    elif lang == "fr":
        c["role"] = rng.choice(["président", "présidente", "secrétaire", "trésorier", "membre du bureau"]) if c["org"] else None
        if c["role"] in ("président", "présidente"):
            c["role"] = "présidente" if female else "président"
    else:
        c["role"] = rng.choice(["chair", "secretary", "coordinator"]) if c["org"] else None
    c["honor"] = rng.random() < 0.25  # use Dhr./Mevr./M./Mme before name in some places
    # budget
    mode = rng.choices(["req_only", "full", "own", "table", "table_own", "none"], [22, 18, 20, 20, 14, 6])[0]
    total = rng.randint(30, 150) * 100
    if rng.random() < 0.2:
        total += rng.choice([50, 25, 75]) * 1 if False else rng.choice([50, 150, 250])
    own = 0
    if mode in ("own", "table_own"):
        own = rng.randint(5, 40) * 100
        if total - own > 10000:
            own = total - rng.randint(60, 100) * 100
    if mode in ("req_only", "full", "table") and total > 10000:
        total = rng.randint(30, 100) * 100
    if mode == "req_only" and rng.random() < 0.12:
        total = rng.choice([11000, 12000, 12500, 15000])  # asks more than the 10.000 maximum
    req = total - own
    # some with cents in tables
    lines = []
    if mode in ("table", "table_own"):
        for _attempt in range(50):
            lines = []
            n = min(len(c["items"]), rng.randint(3, 5))
            remaining = total * 100
            for i, it in enumerate(c["items"][:n]):
                if i == n - 1:
                    amt = remaining
                else:
                    amt = int(remaining * rng.uniform(0.2, 0.5) / 5000) * 5000
                    if rng.random() < 0.25:
                        amt += rng.choice([1250, 2500, 7600])
                lines.append((it, amt))
                remaining -= amt
            if all(a > 0 for _, a in lines):
                break
        assert lines and all(a > 0 for _, a in lines)
        total = sum(a for _, a in lines) / 100
    c["mode"] = mode
    c["total_c"] = int(round(total * 100)) if mode != "none" else None
    c["own_c"] = own * 100 if own else 0
    c["req_c"] = (c["total_c"] - c["own_c"]) if mode != "none" else None
    c["lines"] = lines
    # presence flags
    c["show_address"] = rng.random() > 0.08
    c["show_phone"] = rng.random() > 0.12
    c["show_title"] = rng.random() > 0.08
    c["show_total"] = mode in ("full", "own", "table", "table_own")
    c["add_country"] = rng.random() < 0.2
    # dates: between 15 April and 16 June 2019
    d0 = datetime.datetime(2019, 4, 15, 8, 0)
    dt = d0 + datetime.timedelta(days=rng.randint(0, 62), hours=rng.randint(0, 14), minutes=rng.randint(0, 59))
    c["date"] = dt
    return c


def finalize_display(c, rng):
    """Create amount display strings, after format-specific sanitizing."""
    lang = c["lang"]
    noeur = c["format"] == "pdf_form"
    if noeur:
        for k in ("org", "title", "address", "place", "first", "last"):
            if c.get(k):
                c[k] = latin1(c[k])
        c["desc"] = [latin1(d) for d in c["desc"]]
        c["items"] = [latin1(d) for d in c["items"]]
        c["lines"] = [(latin1(a), b) for a, b in c["lines"]]
    amts = [a for a in [c["total_c"], c["own_c"], c["req_c"]] + [b for _, b in c["lines"]] if a]
    base = pick_style(amts, lang, rng, noeur) if amts else None
    sloppy = rng.random() < 0.2  # inconsistent writer

    def F(a):
        return fmt_amount(a, lang, rng, noeur, None if (sloppy and rng.random() < 0.5) else base)
    c["total_disp"] = F(c["total_c"]) if c["total_c"] else None
    c["own_disp"] = F(c["own_c"]) if c["own_c"] else None
    c["req_disp"] = F(c["req_c"]) if c["req_c"] else None
    if c["req_c"] and c["req_c"] % 100000 == 0 and c["req_c"] <= 1000000 and not noeur and rng.random() < 0.3:
        c["req_disp"] = _fmt("words", c["req_c"] // 100, 0, lang) if lang != "en" else c["req_disp"]
    if c["mode"] == "full" and rng.random() < 0.5:
        c["req_disp"] = c["total_disp"]
    c["line_disp"] = [(a, F(b)) for a, b in c["lines"]]
    c["name"] = f'{c["first"]} {c["last"]}'


def truth(c):
    f = {}
    if c["org"]: f["organisation"] = c["org"]
    f["contact_name"] = c["name"]
    f["email"] = c["email"].lower()
    if c["show_phone"]: f["phone"] = c["phone_e164"]
    if c["show_address"]:
        f["address"] = c["address"]; f["postcode"] = c["postcode"]; f["municipality"] = c["place"]; f["country"] = c["country"]
    if c["show_title"]: f["project_title"] = c["title"]
    if c["req_c"]: f["requested_amount"] = dec(c["req_c"])
    if c["show_total"] and c["total_c"]: f["total_budget"] = dec(c["total_c"])
    return f


def checks(c):
    """(field, string that must appear in the rendered text)"""
    ch = [("contact_name", c["last"]), ("contact_name", c["first"]), ("email", c["email_disp"])]
    if c["org"]: ch.append(("organisation", c["org"]))
    if c["show_phone"]: ch.append(("phone", c["phone_disp"]))
    if c["show_address"]:
        ch += [("address", c["address"]), ("postcode", c["postcode"]), ("municipality", c["place"])]
    if c["show_title"]: ch.append(("project_title", c["title"]))
    if c["req_c"]: ch.append(("requested_amount", c["req_disp"]))
    if c["show_total"] and c["total_c"]: ch.append(("total_budget", c["total_disp"]))
    return ch
