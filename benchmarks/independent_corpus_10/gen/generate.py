"""Generate corpus 10: invented application e-mails, scans and phone photos first.
Run: .venv/bin/python gen/generate.py   (seeded, deterministic)"""
import datetime as dt
import io
import json
import os
import random
import shutil
import sys
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *  # noqa
import render as R

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 1010

# (format, subkind, language) : the 30 cells of one half; each generated twice, split at random
CELLS = (
    [("scan_pdf", "form", l) for l in ["nl", "fr", "nl", "fr"]]
    + [("scan_pdf", "typed", l) for l in ["nl", "fr", "en"]]
    + [("scan_pdf", "handletter", l) for l in ["nl", "fr", "fr"]]
    + [("photo", "form", l) for l in ["nl", "fr", "nl"]]
    + [("photo", "handletter", l) for l in ["nl", "fr"]]
    + [("photo", "typed", l) for l in ["fr", "nl", "fr"]]
    + [("odt_form", "form", l) for l in ["nl", "fr", "nl"]]
    + [("docx_letter", "letter", l) for l in ["fr", "nl", "fr"]]
    + [("body_plain", "body", l) for l in ["nl", "fr", "nl"]]
    + [("pdf_form", "form", l) for l in ["fr", "nl", "fr"]]
)
MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin"],
          "en": ["January", "February", "March", "April", "May", "June"]}


def d2(v):
    return f"{Decimal(v):.2f}"


# =============================================================== records
def make_record(rng, lang, fmt, sub):
    country = "BE" if lang == "nl" else "FR"
    if lang == "en":
        country = "FR"
    if country == "BE":
        v, pc, zone = rng.choice(WESTHOEK)
    else:
        (v, pc), zone = rng.choice(NORD), None
    r = {"lang": lang, "country": country, "village": v, "postcode": pc, "raw": {}}
    if lang == "en":
        first, last = rng.choice(EN_PEOPLE)
        kind = "individual"
    else:
        first = rng.choice(NL_FIRST if lang == "nl" else FR_FIRST)
        last = rng.choice(NL_LAST if lang == "nl" else FR_LAST)
        kind = rng.choices(["org", "individual", "municipality"], [0.72, 0.14, 0.14])[0]
    r["first"], r["last"] = first, last
    r["kind"] = kind
    # organisation
    org = None
    if kind == "org":
        tpl, okind = rng.choice(NL_ORGS if lang == "nl" else FR_ORGS)
        org = tpl.format(v=v, q=rng.choice(NL_QUARTERS), school=rng.choice(NL_SCHOOLS), house=rng.choice(NL_HOUSES),
                         q_fr=rng.choice(FR_QUARTERS), school_fr=rng.choice(FR_SCHOOLS))
        r["okind"] = okind
    elif kind == "municipality":
        org = (f"Gemeente {v}" if lang == "nl" else f"Mairie de {v}")
    r["org"] = org
    # chair + separate contact person (sometimes)
    r["chair"] = None
    if kind == "org" and rng.random() < 0.3:
        r["chair"] = (rng.choice(NL_FIRST if lang == "nl" else FR_FIRST), rng.choice(NL_LAST if lang == "nl" else FR_LAST))
    # address
    if lang == "nl":
        st = rng.choice(NL_STREETS) if kind != "municipality" else rng.choice(["Dorpsplein", "Markt", "Gemeenteplein"])
        addr = f"{st} {rng.randint(1, 140)}" + (rng.choice(["", "", "", "A", " bus 2"]))
    else:
        st = rng.choice(FR_STREETS) if kind != "municipality" else rng.choice(["place de la Mairie", "Grand'Place"])
        n = rng.randint(1, 90)
        addr = rng.choice([f"{n} {st}", f"{n}, {st}", f"{n} bis {st}" if rng.random() < 0.2 else f"{n} {st}"])
    r["address"] = addr if rng.random() < 0.92 else None
    # phone
    r["phone_raw"], r["phone"] = make_phone(rng, country, zone) if rng.random() < 0.92 else (None, None)
    # email
    person_mail = f"{slug(first)}.{slug(last)}@{rng.choice(['example.net', 'example.com', 'example.org'])}"
    if kind == "org" and rng.random() < 0.35:
        person_mail = f"{slug(org).replace('.', '')[:22]}@{rng.choice(['example.org', 'example.com'])}"
    if kind == "municipality":
        person_mail = f"{slug(first)}.{slug(last)}@{slug(v).replace('.', '')}.example.org"
    r["email"] = person_mail
    r["email_in_doc"] = rng.random() < 0.75 or fmt in ("body_plain",)
    # project
    pool = {"nl": NL_PROJECTS, "fr": FR_PROJECTS, "en": EN_PROJECTS}[lang]
    r["title"], r["desc"] = rng.choice(pool)
    # budget
    case = rng.choices(["req", "tot_req", "tot_own_req", "tot_own"], [0.25, 0.35, 0.25, 0.15])[0]
    req = money(rng, 2500, 10000, rng.choice([50, 250, 500]))
    if rng.random() < 0.08:
        req = req - Decimal("0.50") if req > 3000 else req
    tot = own = None
    if case != "req":
        own = money(rng, 500, 9000, 250)
        tot = req + own
    if case == "tot_req":
        own = None
    r["case"], r["requested"], r["total"], r["own"] = case, req, tot, own
    hand = sub in ("form", "handletter") and fmt in ("scan_pdf", "photo")
    r["req_raw"] = fmt_amount(req, lang, rng, hand)
    r["tot_raw"] = fmt_amount(tot, lang, rng, hand) if tot is not None else None
    r["own_raw"] = fmt_amount(own, lang, rng, hand) if own is not None else None
    if fmt == "pdf_form":  # the form's Helvetica field appearance has no euro sign: people type EUR
        for k in ("req_raw", "tot_raw", "own_raw"):
            if r[k]:
                r[k] = r[k].replace("€ ", "EUR ").replace(" €", " EUR").replace("€", "EUR ")
    return r


def name_written(r, rng, caps_ok):
    f, l = r["first"], r["last"]
    if caps_ok:
        return rng.choice([f"{f} {l}", f"{l.upper()} {f}", f"{f} {l.upper()}", f"{f} {l}".upper()])
    return f"{f} {l}"


# =============================================================== texts
def subject_line(r, rng):
    t = r["title"]
    if r["lang"] == "nl":
        return rng.choice([f"Betreft: {t}", f"Betreft: „{t}”", f"Betreft: Maak werk van je buurt! – {t}",
                           f'Betreft: Maak werk van je buurt! "{t}"'])
    if r["lang"] == "fr":
        return rng.choice([f"Objet : {t}", f"Objet : « {t} »", f"Objet : Maak werk van je buurt ! – {t}"])
    return rng.choice([f"Re: {t}", f'Subject: "{t}"'])


def letter_paras(r, rng, contact_line=True):
    lang, org, v = r["lang"], r["org"], r["village"]
    month = rng.choice(MONTHS[lang][1:4])
    P = []
    if lang == "nl":
        if r["kind"] == "individual":
            P.append(f"Als gepensioneerde inwoner van {v} wil ik graag een projectidee indienen voor de oproep Maak werk van je buurt!.")
        elif r["kind"] == "municipality":
            P.append(f"Namens het gemeentebestuur en de inwoners van {v} dienen wij graag het volgende projectidee in.")
        else:
            P.append(f"Namens {org} dien ik graag ons projectidee in voor de projectenoproep Maak werk van je buurt!.")
        P.append(r["desc"])
        P.append(f"Het idee groeide tijdens een bewonersavond in {month}; intussen willen een twintigtal buren meewerken.")
        c = r["case"]
        if c == "req":
            P.append(f"Wij vragen een financiële steun van {r['req_raw']} voor materiaal en begeleiding.")
        elif c == "tot_req":
            P.append(f"De totale kostprijs ramen we op {r['tot_raw']}. We vragen een steun van {r['req_raw']}.")
        elif c == "tot_own_req":
            P.append(f"De totale kostprijs bedraagt {r['tot_raw']}, waarvan we zelf {r['own_raw']} inbrengen. We vragen dus {r['req_raw']}.")
        else:
            P.append(f"Het project kost in totaal {r['tot_raw']}; {r['own_raw']} brengen we zelf in (eigen middelen en sponsoring). Het saldo vragen we aan als steun.")
    elif lang == "fr":
        if r["kind"] == "individual":
            P.append(f"Retraité(e) et habitant(e) de {v}, je souhaite vous soumettre un projet pour l'appel Partons 2.0.")
        elif r["kind"] == "municipality":
            P.append(f"Au nom de la commune de {v}, nous avons le plaisir de vous présenter le projet suivant.")
        else:
            P.append(f"Je vous écris au nom de notre association, {org}, pour vous présenter notre projet.")
        P.append(r["desc"])
        P.append(f"L'idée est née lors d'une réunion d'habitants en {month} ; une vingtaine de voisins sont prêts à s'investir.")
        c = r["case"]
        if c == "req":
            P.append(f"Nous sollicitons une aide de {r['req_raw']} pour le matériel et l'accompagnement.")
        elif c == "tot_req":
            P.append(f"Le budget total est estimé à {r['tot_raw']}. Nous sollicitons une aide de {r['req_raw']}.")
        elif c == "tot_own_req":
            P.append(f"Le coût total s'élève à {r['tot_raw']}, dont {r['own_raw']} d'apport propre. Nous demandons donc {r['req_raw']}.")
        else:
            P.append(f"Le projet coûte au total {r['tot_raw']} ; nous apportons nous-mêmes {r['own_raw']} (fonds propres et sponsors). Nous sollicitons le solde.")
    else:
        P.append(f"I am a retired resident of {v} and would like to submit a small project for your call for village initiatives.")
        P.append(r["desc"])
        P.append("Several neighbours, French and British, have already offered to help.")
        c = r["case"]
        if c == "req":
            P.append(f"I would like to request {r['req_raw']} for plants, materials and a small opening event.")
        elif c == "tot_req":
            P.append(f"The total budget is {r['tot_raw']} and I am requesting {r['req_raw']}.")
        elif c == "tot_own_req":
            P.append(f"The total cost is {r['tot_raw']}, of which {r['own_raw']} comes from our own contribution, so I request {r['req_raw']}.")
        else:
            P.append(f"The total cost is {r['tot_raw']}; our own contribution will be {r['own_raw']}, and I request the balance.")
    if contact_line:
        P.append(contact_sentence(r))
    return P


def contact_sentence(r):
    lang = r["lang"]
    bits = []
    if r["phone_raw"]:
        bits.append(r["phone_raw"])
    if r["email_in_doc"]:
        bits.append(r["email"])
    sep = {"nl": " of via ", "fr": " ou par courriel : ", "en": " or by e-mail at "}[lang]
    how = sep.join(bits)
    if r["chair"]:
        cn = f"{r['first']} {r['last']}"
        if not bits:
            return {"nl": f"Contactpersoon voor dit dossier is {cn}.", "fr": f"La personne de contact est {cn}.",
                    "en": f"The contact person is {cn}."}[lang]
        return {"nl": f"Contactpersoon voor dit dossier is {cn} ({how.replace(' of via ', ', ')}).",
                "fr": f"La personne de contact pour ce dossier est {cn} ({how.replace(' ou par courriel : ', ', ')}).",
                "en": f"The contact person is {cn} ({how})."}[lang]
    if not bits:
        return {"nl": "Voor meer uitleg kom ik graag langs.", "fr": "Je reste à votre disposition.",
                "en": "I would be happy to explain more."}[lang]
    return {"nl": f"U kunt mij bereiken op {how}.", "fr": f"Vous pouvez me joindre au {how}.",
            "en": f"You can reach me on {how}."}[lang]


def signer(r):
    """(name, function) of who signs"""
    if r["chair"]:
        fn = {"nl": "voorzitter", "fr": "président(e)", "en": "chair"}[r["lang"]]
        return f"{r['chair'][0]} {r['chair'][1]}", fn
    if r["kind"] == "individual":
        return f"{r['first']} {r['last']}", ""
    if r["kind"] == "municipality":
        return f"{r['first']} {r['last']}", {"nl": "dienst vrije tijd", "fr": "secrétariat de mairie"}[r["lang"]]
    return f"{r['first']} {r['last']}", {"nl": "secretaris", "fr": "secrétaire"}[r["lang"]]


def date_line(r, d, rng):
    m = MONTHS[r["lang"]][d.month - 1]
    if r["lang"] == "nl":
        return rng.choice([f"{r['village']}, {d.day} {m} {d.year}", f"{r['village']}, {d.day}/{d.month:02d}/{d.year}"])
    if r["lang"] == "fr":
        return rng.choice([f"{r['village']}, le {d.day} {m} {d.year}", f"À {r['village']}, le {d.day:02d}/{d.month:02d}/{d.year}"])
    return f"{r['village']}, {d.day} {m} {d.year}"


ADDRESSEE = {"nl": ["Provincie West-Vlaanderen", "t.a.v. Hanne Dewitte, projectcoördinator", "Maak werk van je buurt!"],
             "fr": ["Province de Flandre occidentale", "à l'attention de Mme Hanne Dewitte", "Partons 2.0"],
             "en": ["Province of West Flanders", "Attn. Ms Hanne Dewitte", "Partons 2.0"]}
SALUT = {"nl": ["Beste mevrouw Dewitte,", "Geachte,", "Beste Hanne,"], "fr": ["Madame,", "Chère Madame Dewitte,", "Madame, Monsieur,"],
         "en": ["Dear Ms Dewitte,"]}
CLOSE = {"nl": ["Met vriendelijke groeten,", "Met dank en groeten,"], "fr": ["Veuillez agréer, Madame, nos salutations distinguées.", "Bien cordialement,"],
         "en": ["Yours sincerely,", "Kind regards,"]}


def record_raws(r, form=False, name_raw=None, muni_raw=None, org_raw=None):
    raw = {}
    if r["org"]:
        raw["organisation"] = org_raw or r["org"]
    raw["contact_name"] = name_raw or f"{r['first']} {r['last']}"
    if r["email_in_doc"]:
        raw["email"] = r["email"]
    else:
        raw["email"] = "FROM:" + r["email"]
    if r["phone_raw"]:
        raw["phone"] = r["phone_raw"]
    if r["address"]:
        raw["address"] = r["address"]
    raw["postcode"] = r["postcode"]
    raw["municipality"] = muni_raw or r["village"]
    raw["project_title"] = r["title"]
    if r["case"] != "tot_own":
        raw["requested_amount"] = r["req_raw"]
    else:
        raw["requested_amount"] = "DERIVED:" + r["tot_raw"] + "|" + r["own_raw"]
    if r["tot_raw"]:
        raw["total_budget"] = r["tot_raw"]
    if r["own_raw"]:
        raw["own_contribution"] = r["own_raw"]
    return raw


def truth_fields(r, raw):
    f = {}
    if r["org"]:
        f["organisation"] = raw["organisation"]
    f["contact_name"] = f"{r['first']} {r['last']}"
    f["email"] = r["email"]
    if r["phone"]:
        f["phone"] = r["phone"]
    if r["address"]:
        f["address"] = r["address"]
    f["postcode"] = r["postcode"]
    f["municipality"] = raw["municipality"]
    f["country"] = r["country"]
    f["project_title"] = r["title"]
    f["requested_amount"] = d2(r["requested"])
    if r["total"] is not None:
        f["total_budget"] = d2(r["total"])
    return f


# =============================================================== paper documents (scan / photo)
FORM_LABELS = {
    "nl": {"head": "Provincie West-Vlaanderen  ·  Partons 2.0", "title": "AANVRAAGFORMULIER PROJECTIDEE",
           "sub": "Projectenoproep \"Maak werk van je buurt!\" 2019 – in te vullen in drukletters",
           "s1": "1. Aanvrager", "org": "Naam vereniging / groep", "orgnote": "(niet invullen voor particulieren)",
           "chair": "Voorzitter", "contact": "Contactpersoon", "addr": "Straat en nummer", "pcm": "Postcode en gemeente",
           "tel": "Telefoon / gsm", "mail": "E-mail", "s2": "2. Project", "ptitle": "Titel van het project",
           "desc": "Korte omschrijving", "s3": "3. Budget", "tot": "Totale kostprijs project",
           "own": "Eigen inbreng / andere middelen", "req": "Gevraagde steun (max. 10 000 euro)",
           "who": "Wie werkt mee aan het project?", "date": "Datum", "sig": "Handtekening",
           "foot": "Terugsturen vóór 16 juni 2019 naar coordinator@example.org of per post.", "p2": "Aanvraagformulier – blad 2"},
    "fr": {"head": "Partons 2.0  ·  Interreg France-Wallonie-Vlaanderen", "title": "FORMULAIRE DE CANDIDATURE",
           "sub": "Appel à projets villages et quartiers vivants 2019 – à remplir en majuscules",
           "s1": "1. Porteur de projet", "org": "Nom de l'association / du groupe", "orgnote": "(sauf particuliers)",
           "chair": "Président(e)", "contact": "Personne de contact", "addr": "Adresse (n° et rue)", "pcm": "Code postal et commune",
           "tel": "Téléphone", "mail": "Courriel", "s2": "2. Projet", "ptitle": "Intitulé du projet",
           "desc": "Description succincte", "s3": "3. Budget", "tot": "Coût total du projet",
           "own": "Apport propre / autres financements", "req": "Aide demandée (max. 10 000 €)",
           "who": "Qui participe au projet ?", "date": "Date", "sig": "Signature",
           "foot": "À renvoyer avant le 16 juin 2019 à coordinator@example.org ou par courrier.", "p2": "Formulaire – page 2"},
}


def draw_form(r, rng, dpi, hands):
    L = FORM_LABELS[r["lang"]]
    h = hands[0]
    caps = rng.random() < 0.5
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    name_raw = name_written(r, rng, True)
    if caps:
        name_raw = name_raw.upper()
    org_raw = up(r["org"]) if r["org"] else None
    muni_raw = up(r["village"]) if rng.random() < 0.7 else r["village"]
    two = rng.random() < 0.45
    pages = []
    p = R.Page(dpi, rng)
    p.type(18, 16, L["head"], 8.5, R.LSANS, fill=(90, 90, 90))
    p.line(18, 18.5, 192, 18.5, 0.3)
    p.type(18, 29, L["title"], 15, R.LSANS_B)
    p.type(18, 36, L["sub"], 9.5, R.LSANS)
    y = 48

    def row(label, value, y, note=None, size=5.6):
        p.type(18, y, label, 9.5, R.LSANS)
        if note:
            p.type(18, y + 3.8, note, 7, R.LSANS, fill=(100, 100, 100))
        p.line(75, y + 1, 192, y + 1, 0.2, dotted=True)
        if value:
            p.hand(77 + rng.uniform(0, 4), y - 0.3 + rng.uniform(-0.6, 0.3), value, h, size * rng.uniform(0.92, 1.08))
        return y + 11

    p.type(18, y, L["s1"], 11, R.LSANS_B); y += 9
    y = row(L["org"], org_raw, y, L["orgnote"])
    if r["chair"]:
        ch = f"{r['chair'][0]} {r['chair'][1]}"
        y = row(L["chair"], up(ch), y)
    y = row(L["contact"], name_raw, y)
    y = row(L["addr"], r["address"], y)
    y = row(L["pcm"], f"{r['postcode']} {muni_raw}", y)
    y = row(L["tel"], r["phone_raw"], y)
    y = row(L["mail"], r["email"] if r["email_in_doc"] else None, y)
    y += 3
    p.type(18, y, L["s2"], 11, R.LSANS_B); y += 9
    y = row(L["ptitle"], r["title"], y)
    p.type(18, y, L["desc"], 9.5, R.LSANS)
    bh = 60 if two else 40
    p.rect(18, y + 3, 192, y + 3 + bh, 0.25)
    desc = r["desc"] + (" " + {"nl": "Iedereen is welkom om mee te helpen.", "fr": "Tout le monde est bienvenu."}[r["lang"]] if two else "")
    p.hand(21, y + 10, desc, hands[-1] if two else h, 4.6, maxw=166, lead=1.5)
    y += bh + 10
    signame = signer(r)[0]

    def budget(pg, y):
        pg.type(18, y, L["s3"], 11, R.LSANS_B); y += 9
        for lab, val in ((L["tot"], r["tot_raw"]), (L["own"], r["own_raw"]),
                         (L["req"], r["req_raw"] if r["case"] != "tot_own" else None)):
            pg.type(18, y, lab, 9.5, R.LSANS)
            pg.line(95, y + 1, 160, y + 1, 0.2, dotted=True)
            if val:
                pg.hand(98 + rng.uniform(0, 5), y - 0.3, val, h, 5.4)
            y += 11
        return y

    def sign(pg, y):
        d = r["date"]
        pg.type(18, y, L["date"], 9.5, R.LSANS)
        pg.hand(36, y, rng.choice([f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{str(d.year)[2:]}"]), h, 5)
        pg.type(110, y, L["sig"], 9.5, R.LSANS)
        pg.signature(135, y, signame.split()[-1], h)

    if not two:
        y = budget(p, y)
        sign(p, y + 8)
        p.type(18, 285, L["foot"], 7.5, R.LSANS, fill=(90, 90, 90))
        pages.append(p)
    else:
        p.type(18, 285, L["foot"], 7.5, R.LSANS, fill=(90, 90, 90))
        p.type(180, 290, "1/2", 8, R.LSANS, fill=(90, 90, 90))
        pages.append(p)
        p2 = R.Page(dpi, rng)
        p2.type(18, 16, L["p2"], 8.5, R.LSANS, fill=(90, 90, 90))
        p2.line(18, 18.5, 192, 18.5, 0.3)
        y2 = budget(p2, 30) + 4
        p2.type(18, y2, L["who"], 9.5, R.LSANS)
        p2.rect(18, y2 + 3, 192, y2 + 43, 0.25)
        who = {"nl": f"Buren uit {r['village']}, de school en de jeugdbeweging.",
               "fr": f"Des habitants de {r['village']}, l'école et le club des aînés."}[r["lang"]]
        p2.hand(21, y2 + 11, who, h, 4.8, maxw=166)
        sign(p2, y2 + 58)
        p2.type(180, 290, "2/2", 8, R.LSANS, fill=(90, 90, 90))
        pages.append(p2)
    raw = record_raws(r, True, name_raw=name_raw, muni_raw=muni_raw, org_raw=org_raw)
    return pages, raw


def letterhead(p, r, rng, typed_face):
    """printed header for groups and municipalities; returns y below it"""
    if not r["org"]:
        return 18
    p.type(20, 18, r["org"], 14, typed_face[1])
    bits = [x for x in [r["address"], f"{r['postcode']} {r['village']}"] if x]
    p.type(20, 24, "  ·  ".join(bits), 8.5, typed_face[0], fill=(70, 70, 70))
    p.line(20, 27, 190, 27, 0.35, fill=(120, 40, 40) if rng.random() < 0.5 else (40, 60, 110))
    return 36


def draw_letter(r, rng, dpi, hand=None):
    """typed letter (hand=None) or handwritten letter; returns pages, raw"""
    face = rng.choice([(R.SERIF, R.SERIF_B), (R.LSANS, R.LSANS_B), (R.SANS, R.SANS_B)])
    p = R.Page(dpi, rng)
    use_head = r["org"] and (hand is None or rng.random() < 0.6)
    y = letterhead(p, r, rng, face) if use_head else 18
    pt = 11 if face[0] == R.SERIF else 10
    hs = rng.uniform(5.4, 6.4)  # handwriting size (mm)

    def put(x, y, s, width=None):
        if hand:
            return p.hand(x, y, s, hand, hs, maxw=width, lead=1.42)
        if width:
            return p.typewrap(x, y, s, width, pt, face[0]) + 1.6
        p.type(x, y, s, pt, face[0])
        return y + pt * 0.3528 * 1.35

    if not use_head:
        # sender block top left
        y = 22
        for ln in [f"{r['first']} {r['last']}", r["address"], f"{r['postcode']} {r['village']}"]:
            if ln:
                y = put(20, y, ln)
    y = max(y, 40) + 2
    dl = date_line(r, r["date"], rng)
    y = put(min(115, 188 - p.hand_width(dl, hand, hs)) if hand else 115, y, dl)
    y += 4
    if not hand or rng.random() < 0.5:
        for ln in ADDRESSEE[r["lang"]]:
            y = put(20, y, ln)
        y += 5
    subj = subject_line(r, rng)
    if hand:
        y = p.hand(20, y, subj, hand, hs, maxw=170)
    else:
        p.type(20, y, subj, pt, face[1]); y += 9
    y = put(20, y + 2, rng.choice(SALUT[r["lang"]])) + 2
    for para in letter_paras(r, rng):
        y = put(20, y, para, 170) + (2 if hand else 1.5)
    y = put(20, y + 2, rng.choice(CLOSE[r["lang"]]))
    nm, fn = signer(r)
    p.signature(22, y + 4, nm.split()[-1], hand or R.Hand("kalam", rng))
    y += 18
    y = put(20, y, nm)
    if fn:
        y = put(20, y, fn + (f", {r['org']}" if r["org"] and not use_head else ""))
    elif r["org"] and not use_head:
        y = put(20, y, r["org"])
    pages = [p]
    if y > 282:  # text ran off: re-flow is not worth it, just report
        raise OverflowError(y)
    raw = record_raws(r)
    # subject line holds the title; the strings on the page hold the rest
    return pages, raw


# =============================================================== electronic documents
def make_odt(r, rng, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H
    L = FORM_LABELS[r["lang"]]
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph"); bold.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.styles.addElement(bold)
    c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="6cm"))
    c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="11cm"))
    doc.automaticstyles.addElement(c1); doc.automaticstyles.addElement(c2)
    doc.text.addElement(P(stylename=bold, text=L["title"].capitalize() if rng.random() < 0.5 else L["title"]))
    doc.text.addElement(P(text=L["sub"].split(" – ")[0]))
    t = Table(name="Aanvraag")
    t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
    rows = []
    if r["org"]:
        rows.append((L["org"], r["org"]))
    if r["chair"]:
        rows.append((L["chair"], f"{r['chair'][0]} {r['chair'][1]}"))
    rows.append((L["contact"], f"{r['first']} {r['last']}"))
    if r["address"]:
        rows.append((L["addr"], r["address"]))
    rows.append((L["pcm"], f"{r['postcode']} {r['village']}"))
    if r["phone_raw"]:
        rows.append((L["tel"], r["phone_raw"]))
    if r["email_in_doc"]:
        rows.append((L["mail"], r["email"]))
    rows.append((L["ptitle"], r["title"]))
    rows.append((L["desc"], r["desc"]))
    if r["tot_raw"]:
        rows.append((L["tot"], r["tot_raw"]))
    if r["own_raw"]:
        rows.append((L["own"], r["own_raw"]))
    if r["case"] != "tot_own":
        rows.append((L["req"], r["req_raw"]))
    for a, b in rows:
        tr = TableRow()
        for s in (a, b):
            tc = TableCell(valuetype="string"); tc.addElement(P(text=s)); tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    doc.text.addElement(P(text=date_line(r, r["date"], rng)))
    doc.save(path)
    return record_raws(r)


def make_docx(r, rng, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = rng.choice(["Calibri", "Arial", "Times New Roman"]); st.font.size = Pt(11)
    if r["org"]:
        pr = d.add_paragraph(); run = pr.add_run(r["org"]); run.bold = True; run.font.size = Pt(15)
        d.add_paragraph("  ·  ".join(x for x in [r["address"], f"{r['postcode']} {r['village']}"] if x))
    else:
        for ln in [f"{r['first']} {r['last']}", r["address"], f"{r['postcode']} {r['village']}"]:
            if ln:
                d.add_paragraph(ln)
    d.add_paragraph(date_line(r, r["date"], rng))
    d.add_paragraph("\n".join(ADDRESSEE[r["lang"]]))
    pr = d.add_paragraph(); pr.add_run(subject_line(r, rng)).bold = True
    d.add_paragraph(rng.choice(SALUT[r["lang"]]))
    for para in letter_paras(r, rng):
        d.add_paragraph(para)
    d.add_paragraph(rng.choice(CLOSE[r["lang"]]))
    nm, fn = signer(r)
    d.add_paragraph(nm + (f"\n{fn}" if fn else ""))
    d.save(path)
    return record_raws(r)


def make_pdf_form(r, rng, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    L = FORM_LABELS[r["lang"]]
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(L["title"])
    W, H = A4
    c.setFont("Helvetica-Bold", 15); c.drawString(50, H - 60, L["title"])
    c.setFont("Helvetica", 9.5); c.drawString(50, H - 76, L["sub"].split(" – ")[0])
    above = rng.random() < 0.5
    naming = rng.choice(["Text", "veld", "champ"])
    fields = []
    if r["org"]:
        fields.append((L["org"], r["org"]))
    if r["chair"]:
        fields.append((L["chair"], f"{r['chair'][0]} {r['chair'][1]}"))
    fields.append((L["contact"], f"{r['first']} {r['last']}"))
    fields.append((L["addr"], r["address"] or ""))
    fields.append((L["pcm"], f"{r['postcode']} {r['village']}"))
    fields.append((L["tel"], r["phone_raw"] or ""))
    fields.append((L["mail"], r["email"] if r["email_in_doc"] else ""))
    fields.append((L["ptitle"], r["title"]))
    fields.append((L["desc"], r["desc"]))
    fields.append((L["tot"], r["tot_raw"] or ""))
    fields.append((L["own"], r["own_raw"] or ""))
    fields.append((L["req"], r["req_raw"] if r["case"] != "tot_own" else ""))
    y = H - 110
    form = c.acroForm
    names = {}
    for i, (lab, val) in enumerate(fields, 1):
        nm = f"{naming}{i}" if naming != "veld" else f"veld{i}"
        multi = lab == L["desc"]
        hgt = 48 if multi else 18
        c.setFont("Helvetica", 9.5)
        if above:
            c.drawString(50, y, lab)
            fy = y - 4 - hgt
            fx, fw = 50, 480
            y = fy - 14
        else:
            c.drawString(50, y - 12, lab)
            fy = y - hgt
            fx, fw = 230, 310
            y = fy - 10
        form.textfield(name=nm, value=val, x=fx, y=fy, width=fw, height=hgt, fontName="Helvetica", fontSize=10,
                       borderWidth=0.6, fieldFlags="multiline" if multi else "", forceBorder=True)
        names[nm] = lab
    c.setFont("Helvetica", 8); c.drawString(50, 40, L["foot"])
    c.save()
    return record_raws(r)


def body_text(r, rng):
    lang = r["lang"]
    nm, fn = signer(r)
    if rng.random() < 0.5:
        # structured
        L = FORM_LABELS[lang]
        lines = [{"nl": "Beste,", "fr": "Bonjour,"}[lang], "",
                 {"nl": "Hierbij ons projectidee voor Maak werk van je buurt!:", "fr": "Voici notre candidature pour l'appel à projets :"}[lang], ""]
        if r["org"]:
            lines.append(f"{L['org']}: {r['org']}")
        lines.append(f"{L['contact']}: {r['first']} {r['last']}")
        if r["address"]:
            lines.append(f"{L['addr']}: {r['address']}, {r['postcode']} {r['village']}")
        else:
            lines.append(f"{L['pcm']}: {r['postcode']} {r['village']}")
        if r["phone_raw"]:
            lines.append(f"{L['tel']}: {r['phone_raw']}")
        lines.append(f"{L['mail']}: {r['email']}")
        lines.append(f"{L['ptitle']}: {r['title']}")
        lines.append("")
        lines.append(r["desc"])
        lines.append("")
        if r["tot_raw"]:
            lines.append(f"{L['tot']}: {r['tot_raw']}")
        if r["own_raw"]:
            lines.append(f"{L['own']}: {r['own_raw']}")
        if r["case"] != "tot_own":
            lines.append(f"{L['req']}: {r['req_raw']}")
        lines += ["", {"nl": "Groeten,", "fr": "Cordialement,"}[lang], nm]
        return "\n".join(lines)
    paras = [rng.choice(SALUT[lang])]
    subj = subject_line(r, rng)
    paras.append(subj)
    paras += letter_paras(r, rng)
    paras.append(rng.choice(CLOSE[lang]))
    sig = [nm]
    if fn:
        sig.append(fn)
    if r["org"]:
        sig.append(r["org"])
    if r["address"]:
        sig.append(r["address"])
    sig.append(f"{r['postcode']} {r['village']}")
    paras.append("\n".join(sig))
    return "\n\n".join(paras)


# =============================================================== mail
def mail_for(r, rng, kind, attach, extra_photo, body_override=None):
    lang = r["lang"] if r["lang"] != "en" else "en"
    nm, _ = signer(r)
    sender_name = f"{r['first']} {r['last']}"
    sender = r["email"]
    if r["email_in_doc"] and rng.random() < 0.2 and r["kind"] != "individual":
        # a board member sends it for the contact person
        o = (rng.choice(NL_FIRST if lang == "nl" else FR_FIRST), rng.choice(NL_LAST if lang == "nl" else FR_LAST))
        sender_name = f"{o[0]} {o[1]}"
        sender = f"{slug(o[0])}.{slug(o[1])}@example.net"
    m = EmailMessage()
    m["From"] = formataddr((sender_name, sender))
    m["To"] = rng.choice(["coordinator@example.org", formataddr(("Hanne Dewitte", "coordinator@example.org"))])
    m["Date"] = format_datetime(r["date_time"])
    m["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    fname = sender_name.split()[0]
    subj = {
        "nl": [f"Aanvraag Maak werk van je buurt - {r['village']}", "projectidee", f"Aanvraagformulier {r['village']}", "Maak werk van je buurt!"],
        "fr": [f"Candidature appel à projets - {r['village']}", "candidature Partons 2.0", "Dossier de candidature", f"Projet {r['village']}"],
        "en": ["Project application", "Application - village project"],
    }[lang]
    subject = rng.choice(subj)
    if body_override is not None:
        body = body_override
        subject = rng.choice(subj) if rng.random() < 0.5 else r["title"]
    elif kind == "reply":
        d0 = r["date_time"] - dt.timedelta(days=rng.randint(2, 9))
        cp = rng.choice(COORD["phones"])
        if lang == "nl":
            body = (f"Dag Hanne,\n\nZoals afgesproken hierbij ons ingevulde formulier.\n\nGroeten,\n{fname}\n\n"
                    f"Op {d0.day}/{d0.month}/{d0.year} schreef Hanne Dewitte <coordinator@example.org>:\n"
                    f"> Beste {fname},\n>\n> Bedankt voor je telefoontje. Je mag het formulier gerust inscannen of\n"
                    f"> fotograferen en mailen. Voor vragen ben ik bereikbaar op {cp}.\n>\n"
                    f"> Hanne Dewitte\n> Projectcoördinator Partons 2.0\n> {COORD['phones'][1]}\n")
        elif lang == "fr":
            body = (f"Bonjour Madame Dewitte,\n\nComme convenu, voici notre dossier.\n\nCordialement,\n{fname}\n\n"
                    f"Le {d0.day:02d}/{d0.month:02d}/{d0.year}, Hanne Dewitte <coordinator@example.org> a écrit :\n"
                    f"> Bonjour,\n>\n> Vous pouvez m'envoyer le formulaire scanné ou photographié par courriel.\n"
                    f"> Pour toute question : {cp}.\n>\n> Hanne Dewitte\n> Coordinatrice Partons 2.0\n> {COORD['phones'][1]}\n")
        else:
            body = (f"Dear Ms Dewitte,\n\nAs discussed, please find my letter attached.\n\nBest wishes,\n{fname}\n\n"
                    f"On {d0.day}/{d0.month}/{d0.year} Hanne Dewitte <coordinator@example.org> wrote:\n"
                    f"> Dear {fname},\n> You may send the application as a scan. Questions: {cp}.\n> Hanne Dewitte\n")
        subject = "Re: " + rng.choice(["formulier", "uw vraag"] if lang == "nl" else ["formulaire", "votre demande"] if lang == "fr" else ["your question"])
    else:
        if lang == "nl":
            body = rng.choice([f"Beste,\nIn bijlage onze aanvraag.\n\n{fname}",
                               f"Goedendag,\n\nHierbij ons aanvraagformulier voor de projectenoproep.\n\nMet vriendelijke groeten,\n{sender_name}",
                               f"Hallo,\nzie bijlage.\nGroetjes\n{fname}\n\nVerzonden vanaf mijn iPhone"])
            if extra_photo:
                body = body.replace("\n", "\nIk stuur ook een foto van de plek mee.\n", 1) if "bijlage" in body else body + "\n(+ foto van de plek)"
        elif lang == "fr":
            body = rng.choice([f"Bonjour,\nVeuillez trouver ci-joint notre candidature.\n\n{fname}",
                               f"Madame, Monsieur,\n\nJe vous prie de trouver en pièce jointe notre dossier.\n\nCordialement,\n{sender_name}",
                               f"Bonjour,\nci-joint le formulaire.\nBonne journée\n{fname}\n\nEnvoyé de mon téléphone"])
            if extra_photo:
                body += "\nJe joins aussi une photo du lieu."
        else:
            body = f"Dear Madam,\nPlease find my application attached.\n\n{sender_name}"
    m["Subject"] = subject
    m.set_content(body)
    for data, mt, fn in attach:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    if extra_photo:
        m.add_attachment(R.site_photo(rng), maintype="image", subtype="jpeg",
                         filename=rng.choice(["plek.jpg", "IMG_0412.jpg", "terrain.jpg", "foto_dorpsplein.jpg", "site.jpg"]))
    return m, sender


# =============================================================== one document
HAND_USE = {n: 0 for n in R.HANDS}

def make_doc(cell, seed, work):
    fmt, sub, lang = cell[:3]
    rng = random.Random(seed)
    for attempt in range(20):
        r = make_record(rng, lang, fmt, sub)
        day = dt.date(2019, 5, 1) + dt.timedelta(days=rng.randint(0, 45))
        r["date"] = day
        tz = dt.timezone(dt.timedelta(hours=2))
        r["date_time"] = dt.datetime(day.year, day.month, day.day, rng.randint(7, 22), rng.randint(0, 59),
                                     rng.randint(0, 59), tzinfo=tz)
        if fmt == "body_plain":
            r["email_in_doc"] = True
        try:
            side = {"fmt": fmt, "sub": sub, "lang": lang}
            attach = []
            body = None
            if fmt in ("scan_pdf", "photo"):
                # a hand whose font lacks a letter of a name, street or title is not used for this document
                must = "".join(x or "" for x in [r["org"], r["first"], r["last"], r["address"], r["village"],
                                                 r["title"], r["desc"], r["email"], r["phone_raw"],
                                                 " ".join(r["chair"] or [])])
                hand_names = [n for n in R.HANDS if all(ord(ch) in R.Hand(n, rng).cmap or ch == " " for ch in must)]
                # balance the hands over the corpus: the least-used suitable hand writes this document
                hand_names.sort(key=lambda n: (HAND_USE[n], rng.random()))
                hn = [hand_names[0], rng.choice(hand_names[1:])]
                if sub in ("form", "handletter"):
                    HAND_USE[hn[0]] += 1
                hands = [R.Hand(hn[0], rng), R.Hand(hn[1], rng)]
                if sub in ("form", "handletter"):
                    for k in ("req_raw", "tot_raw", "own_raw"):  # amounts as this hand writes them (EUR for a missing euro sign)
                        if r[k]:
                            r[k] = hands[0].fold(r[k]).replace("  ", " ").strip()
                if fmt == "scan_pdf":
                    dpi = rng.choice([200, 200, 200, 300])
                else:
                    dpi = 170
                if sub == "form":
                    pages, raw = draw_form(r, rng, dpi, hands)
                    used = hn
                elif sub == "handletter":
                    pages, raw = draw_letter(r, rng, dpi, hands[0])
                    used = hn[:1]
                else:
                    pages, raw = draw_letter(r, rng, dpi, None)
                    used = []
                side["hands"] = used
                side["pages"] = [pg.strings for pg in pages]
                if fmt == "scan_pdf":
                    colour = rng.random() < 0.3
                    ims, angs = [], []
                    for pg in pages:
                        im, a = R.scan_look(pg.im, dpi, rng, colour)
                        ims.append(im); angs.append(round(a, 2))
                    q = rng.randint(45, 55) if dpi == 300 else rng.randint(55, 68)
                    pth = os.path.join(work, "x.pdf")
                    R.save_scan_pdf(ims, pth, dpi, q)
                    data = open(pth, "rb").read()
                    fnm = rng.choice(["scan.pdf", f"Scan_{r['date']:%Y%m%d}_{rng.randint(100, 999)}.pdf",
                                      "aanvraag.pdf" if lang == "nl" else "candidature.pdf", "Document numérisé.pdf" if lang == "fr" else "doc00123.pdf",
                                      f"{slug(r['village'])}.pdf"])
                    attach.append((data, "application/pdf", fnm))
                    side.update(dpi=dpi, colour=colour, tilt=angs, jpeg_quality=q)
                else:
                    ph = R.photo_look(pages[0].im, rng)
                    side["pages"] = side["pages"][:1]
                    stamp = r["date_time"].strftime("%Y%m%d_%H%M%S")
                    if cell[3] == "png":
                        ph = ph.resize((1000, 1333), R.Image.LANCZOS).filter(R.ImageFilter.GaussianBlur(0.6)).quantize(96, dither=R.Image.Dither.NONE)
                        b = io.BytesIO(); ph.save(b, "PNG", optimize=True)
                        attach.append((b.getvalue(), "image/png", f"Screenshot_{stamp}.png"))
                        side.update(image="png")
                    else:
                        q = rng.randint(75, 86)
                        b = io.BytesIO(); ph.save(b, "JPEG", quality=q)
                        attach.append((b.getvalue(), "image/jpeg", f"IMG_{stamp}.jpg"))
                        side.update(image="jpeg", jpeg_quality=q)
                    if len(pages) > 1:
                        raise OverflowError("photo of a 2-page form")
            elif fmt == "odt_form":
                pth = os.path.join(work, "x.odt")
                raw = make_odt(r, rng, pth)
                attach.append((open(pth, "rb").read(), "application/vnd.oasis.opendocument.text",
                               rng.choice(["aanvraagformulier.odt" if lang == "nl" else "formulaire.odt", f"{slug(r['village'])}_aanvraag.odt"])))
            elif fmt == "docx_letter":
                pth = os.path.join(work, "x.docx")
                raw = make_docx(r, rng, pth)
                attach.append((open(pth, "rb").read(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               rng.choice(["brief.docx" if lang == "nl" else "lettre.docx", "candidature_partons.docx", "Aanvraag 2019.docx"])))
            elif fmt == "pdf_form":
                pth = os.path.join(work, "x.pdf")
                raw = make_pdf_form(r, rng, pth)
                attach.append((open(pth, "rb").read(), "application/pdf",
                               rng.choice(["formulier_ingevuld.pdf" if lang == "nl" else "formulaire_rempli.pdf", "aanvraagformulier-2019.pdf"])))
            elif fmt == "body_plain":
                body = body_text(r, rng)
                raw = record_raws(r)
            break
        except OverflowError:
            continue
    mk = rng.choices(["short", "photo", "reply"], [0.55, 0.25, 0.2])[0]
    if fmt == "body_plain":
        mk = rng.choice(["short", "photo"])
    msg, sender = mail_for(r, rng, mk, attach, mk == "photo", body_override=body)
    side["mail_kind"] = mk
    side["raw"] = raw
    truth = truth_fields(r, raw)
    if body is not None:
        side["body"] = body
    return msg, truth, side


def main():
    master = random.Random(SEED)
    work = "/tmp/c10work"
    os.makedirs(work, exist_ok=True)
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
        shutil.rmtree(os.path.join(ROOT, "gen", "sidecar", half), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, "gen", "sidecar", half))
    halves = {"dev": [], "test": []}
    # one photo cell per half is a PNG: the hand-filled form photo of the first photo cell
    png_done = False
    for i, cell in enumerate(CELLS):
        ext = "jpg"
        if cell[0] == "photo" and not png_done:
            ext, png_done = "png", True
        full = cell + (ext,)
        pair = [master.randrange(1 << 30), master.randrange(1 << 30)]
        if master.random() < 0.5:
            pair.reverse()
        halves["dev"].append((full, pair[0]))
        halves["test"].append((full, pair[1]))
    for half, items in halves.items():
        order = list(range(1, len(items) + 1))
        master.shuffle(order)
        truths = []
        for (cell, seed), num in zip(items, order):
            name = f"c10-{half}-{num:03d}.eml"
            msg, truth, side = make_doc(cell, seed, work)
            with open(os.path.join(ROOT, half, name), "wb") as fh:
                fh.write(bytes(msg))
            side["file"] = name
            side["seed"] = seed
            with open(os.path.join(ROOT, "gen", "sidecar", half, name.replace(".eml", ".json")), "w") as fh:
                json.dump(side, fh, ensure_ascii=False, indent=1)
            truths.append({"file": name, "format": cell[0], "language": cell[2], "fields": truth})
            print(half, name, cell[0], cell[1], cell[2], flush=True)
        truths.sort(key=lambda t: t["file"])
        with open(os.path.join(ROOT, half, "truth.jsonl"), "w") as fh:
            for t in truths:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
