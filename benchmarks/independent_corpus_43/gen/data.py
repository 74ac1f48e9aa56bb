# -*- coding: utf-8 -*-
"""Builds the 40 application records (people, budgets, dates) deterministically."""
import random
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

from common import D, CAP
import orgs

NL_F = ["Griet", "Annelies", "Sofie", "Lies", "Hilde", "Els", "Marleen", "Nele", "Ine", "Katrien", "Lotte",
        "An", "Mieke", "Hanne", "Veerle", "Sien", "Lieve", "Evelien", "Tine", "Ilse", "Brecht", "Femke",
        "Ellen", "Inge", "Karolien", "Jozefien", "Margot", "Wendy", "Riet", "Kaat"]
NL_M = ["Bart", "Koen", "Pieter", "Dries", "Wouter", "Jan", "Stijn", "Filip", "Tom", "Jens", "Geert",
        "Ruben", "Ward", "Dirk", "Joris", "Bram", "Kristof", "Frederik", "Maarten", "Luc", "Hendrik",
        "Arne", "Lieven", "Rik", "Gilles", "Jeroen", "Wim", "Sander", "Michiel", "Thijs"]
NL_LAST = ["Vandenbussche", "Desmet", "Verhaeghe", "Vanneste", "Declercq", "Debaene", "Lefevere", "Deconinck",
           "Vermeersch", "Dewaele", "Vanhoutte", "Decock", "Vandamme", "Delanghe", "Cappelle", "Ghesquiere",
           "Vandewalle", "Dequidt", "Verstraete", "Lamote", "Devos", "Rommel", "Hoflack", "Vanlerberghe",
           "Deprez", "Coene", "Vancayzeele", "Meersseman", "Dumon", "Gheysen", "Vanrobaeys", "Lobbestael",
           "Dehaene", "Soete", "Vandevoorde", "Claeys", "Tahon", "Seynaeve", "Vanacker", "Boudry",
           "Cardoen", "Demuynck", "Vanthuyne", "Lermytte", "Quaghebeur", "Goudeseune", "Vanbeselaere",
           "Develter", "Stevens", "Vandaele"]
FR_F = ["Sylvie", "Nathalie", "Christelle", "Véronique", "Aurélie", "Isabelle", "Céline", "Sandrine", "Émilie",
        "Mélanie", "Karine", "Anne-Sophie", "Martine", "Élodie", "Chantal", "Delphine", "Laetitia", "Brigitte",
        "Marion", "Pauline", "Hélène", "Agnès", "Claire", "Estelle", "Josiane", "Maryse", "Perrine",
        "Ghislaine", "Solène", "Bérénice"]
FR_M = ["Jean-Marc", "Olivier", "Thierry", "Julien", "Pascal", "Frédéric", "Bruno", "Laurent", "Hervé",
        "Dominique", "Benoît", "Grégory", "Ludovic", "Patrice", "Maxime", "Régis", "Cédric", "Arnaud",
        "Didier", "Sébastien", "Jérôme", "Alain", "Vincent", "Christophe", "Gaëtan", "Francis", "Romain",
        "Gilbert", "Yannick", "Thibaut"]
FR_LAST = ["Lefebvre", "Delattre", "Deleplanque", "Dufour", "Vanhove", "Carpentier", "Lemaire", "Ryckebusch",
           "Declerck", "Deschodt", "Hennebelle", "Vasseur", "Duquesne", "Coppin", "Leclercq", "Delannoy",
           "Bourgois", "Marquis", "Devulder", "Lagache", "Everaere", "Ghesquière", "Caron", "Decoster",
           "Gressier", "Lecointe", "Wallyn", "Beck", "Vanpeene", "Dhellemmes", "Bollengier", "Taffin",
           "Cornette", "Dassonneville", "Flahaut", "Maes", "Pruvost", "Schipman", "Verbeke", "Top",
           "Dewitte", "Lebleu", "Outtier", "Vandenberghe", "Mahieu", "Blondel", "Degrave", "Fockeu",
           "Hugo", "Leroy"]

BE_PLACES = [("8900", "Ieper", "57"), ("8902", "Zillebeke", "57"), ("8904", "Boezinge", "57"),
             ("8906", "Elverdinge", "57"), ("8908", "Vlamertinge", "57"), ("8920", "Langemark", "57"),
             ("8920", "Poelkapelle", "57"), ("8950", "Nieuwkerke", "57"), ("8951", "Dranouter", "57"),
             ("8953", "Wijtschate", "57"), ("8954", "Westouter", "57"), ("8956", "Kemmel", "57"),
             ("8957", "Mesen", "57"), ("8958", "Loker", "57"), ("8970", "Poperinge", "57"),
             ("8972", "Proven", "57"), ("8978", "Watou", "57"), ("8980", "Zonnebeke", "51"),
             ("8980", "Passendale", "51"), ("8600", "Diksmuide", "51"), ("8610", "Kortemark", "51"),
             ("8620", "Nieuwpoort", "58"), ("8630", "Veurne", "58"), ("8640", "Westvleteren", "57"),
             ("8647", "Lo-Reninge", "58"), ("8650", "Houthulst", "51"), ("8660", "De Panne", "58"),
             ("8670", "Koksijde", "58"), ("8670", "Oostduinkerke", "58"), ("8680", "Koekelare", "51"),
             ("8690", "Alveringem", "58"), ("8691", "Stavele", "58"), ("8940", "Wervik", "56"),
             ("8930", "Menen", "56"), ("8930", "Rekkem", "56"), ("8650", "Merkem", "51"),
             ("8647", "Reninge", "58"), ("8640", "Oostvleteren", "57")]
FR_PLACES = [("59299", "Boeschepe"), ("59270", "Bailleul"), ("59114", "Steenvoorde"), ("59122", "Hondschoote"),
             ("59670", "Cassel"), ("59470", "Wormhout"), ("59380", "Bergues"), ("59190", "Hazebrouck"),
             ("59850", "Nieppe"), ("59630", "Bourbourg"), ("59820", "Gravelines"), ("59143", "Watten"),
             ("59285", "Arnèke"), ("59660", "Merville"), ("59173", "Renescure"), ("59181", "Steenwerck"),
             ("59380", "Quaëdypre"), ("59114", "Godewaersvelde"), ("59670", "Oxelaëre"), ("59470", "Herzeele"),
             ("59122", "Killem"), ("59229", "Téteghem"), ("59210", "Coudekerque-Branche"),
             ("59140", "Dunkerque"), ("59280", "Armentières"), ("59270", "Saint-Jans-Cappel"),
             ("59940", "Estaires"), ("59190", "Morbecque")]

NL_STREETS = ["Kerkstraat", "Molenstraat", "Statiestraat", "Poperingseweg", "Ieperstraat", "Kemmelseweg",
              "Hoogstraat", "Boezingestraat", "Dikkebusseweg", "Lindenlaan", "Bruggestraat", "Veldstraat",
              "Schoolstraat", "Meenseweg", "Pastoriestraat", "Kapellestraat", "Vleterenstraat", "Kasteelstraat",
              "Beukenhof", "Kruisstraat", "Heirweg", "Zuidstraat", "Noordstraat", "Bergstraat",
              "Wijngaardstraat", "Abeelseweg", "Hopstraat", "Vlasstraat", "Brouwerijstraat", "Meersstraat",
              "Polderstraat", "Duinenweg", "Eikenlaan", "Zwijnlandstraat", "Lekkerboterstraat", "Vijverstraat",
              "Smissestraat", "Ganzestraat", "Wulvergemstraat", "Haringestraat", "Elzenhof", "Rozenlaan"]
FR_STREETS = ["rue de la Gare", "rue du Moulin", "rue de Cassel", "chemin des Prés", "rue des Tilleuls",
              "route d'Ypres", "rue Pasteur", "rue de l'Église", "impasse des Hirondelles", "rue du Mont Noir",
              "rue de Bailleul", "allée des Acacias", "rue Victor Hugo", "rue de Dunkerque", "rue du Marais",
              "chemin du Bois", "rue de Steenvoorde", "rue du Calvaire", "rue Nationale", "rue de Poperinghe",
              "rue des Moëres", "rue du Canal", "rue des Houblons", "rue des Peupliers", "rue Saint-Martin",
              "chemin de la Becque", "rue des Jardins", "rue Gambetta", "rue des Fusillés", "rue du Stade",
              "place Saint-Pierre", "rue d'Hazebrouck", "chemin du Galgenberg", "rue de Flêtre"]

ROLES = ["chair", "secretary", "treasurer", "projectleader", "contact"]


@dataclass
class Person:
    first: str
    last: str
    gender: str
    street: str
    pc: str
    city: str
    country: str
    phone: str          # E.164
    email: str
    phone2: Optional[str] = None  # second number (landline) shown in some designs

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)


@dataclass
class Record:
    half: str
    idx: int
    file: str
    fmt: str
    design: str
    lang: str
    country: str
    org: dict
    people: dict
    contact_role: str
    sender_role: str
    budget: dict
    date: tuple
    nulls: set = field(default_factory=set)
    extra: dict = field(default_factory=dict)

    @property
    def contact(self):
        return self.people[self.contact_role]

    @property
    def sender(self):
        return self.people[self.sender_role]


# key: (fmt, design, contact_role, sender_role, nulls)
ASSIGN_DEV = {
    "loker": ("pdf_form", "D1", "secretary", "chair", ()),
    "klinke": ("pdf_form", "D1", "treasurer", "treasurer", ()),
    "montcats": ("pdf_form", "D1", "chair", "secretary", ()),
    "houthulst": ("pdf_form", "D2", "secretary", "chair", ()),
    "killem": ("pdf_form", "D2", "treasurer", "chair", ()),
    "boeschepe": ("pdf_form", "D3", "contact", "chair", ()),
    "oxelaere": ("pdf_form", "D3", "projectleader", "projectleader", ()),
    "proven": ("pdf_letter", "L1", "secretary", "chair", ("total_budget",)),
    "hondschoote": ("pdf_letter", "L1", "projectleader", "secretary", ()),
    "bourbourg": ("pdf_letter", "L1", "contact", "contact", ("organisation",)),
    "ravotter": ("docx_form", "X1", "projectleader", "secretary", ()),
    "duinenwijk": ("docx_form", "X1", "chair", "chair", ()),
    "steenwerck": ("docx_form", "X1", "secretary", "treasurer", ()),
    "watou": ("docx_form", "X2", "treasurer", "chair", ()),
    "westouter": ("docx_form", "X2", "contact", "contact", ()),
    "wervik": ("odt_form", "O1", "secretary", "secretary", ()),
    "herzeele": ("odt_form", "O1", "treasurer", "chair", ()),
    "coudekerque": ("odt_form", "O1", "projectleader", "chair", ()),
    "vleteren": ("xlsx_form", "XS1", "projectleader", "chair", ()),
    "cassel": ("ods_form", "OS1", "secretary", "chair", ()),
}
ASSIGN_TEST = {
    "stavele": ("pdf_form", "T1", "secretary", "chair", ()),
    "quaedypre": ("pdf_form", "T1", "treasurer", "treasurer", ()),
    "bergues": ("pdf_form", "T1", "projectleader", "secretary", ()),
    "hopland": ("pdf_form", "T2", "chair", "secretary", ()),
    "rekkem": ("pdf_form", "T2", "secretary", "chair", ()),
    "steenvoorde": ("pdf_form", "T3", "treasurer", "chair", ()),
    "watten": ("pdf_form", "T3", "contact", "chair", ()),
    "ieper": ("pdf_letter", "L2", "contact", "contact", ("organisation",)),
    "koksijde": ("pdf_letter", "L2", "projectleader", "chair", ("total_budget",)),
    "renescure": ("pdf_letter", "L2", "secretary", "chair", ()),
    "menen": ("docx_form", "Y1", "projectleader", "projectleader", ()),
    "nieppe": ("docx_form", "Y1", "treasurer", "chair", ()),
    "reninge": ("docx_form", "Y2", "secretary", "chair", ()),
    "wormhout": ("docx_form", "Y2", "chair", "secretary", ()),
    "arneke": ("docx_form", "Y2", "contact", "chair", ()),
    "merkem": ("odt_form", "O2", "projectleader", "chair", ()),
    "nieuwpoort": ("odt_form", "O2", "treasurer", "secretary", ()),
    "teteghem": ("odt_form", "O2", "secretary", "secretary", ()),
    "bailleul": ("xlsx_form", "XS2", "treasurer", "chair", ()),
    "kemmel": ("ods_form", "OS2", "secretary", "chair", ()),
}


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace(" ", "").replace("'", "")
    return s


_USED_NAMES = set()
_USED_PHONES = set()
_USED_EMAILS = set()


def reset_registry():
    """Names, phones and e-mails are unique over both halves; build dev before test."""
    _USED_NAMES.clear()
    _USED_PHONES.clear()
    _USED_EMAILS.clear()


class Maker:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used_names = _USED_NAMES
        self.used_phones = _USED_PHONES

    def digits(self, n, first_min=0):
        r = self.rng
        d = str(r.randint(first_min, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
        return d

    def phone(self, country, kind, zone="57"):
        while True:
            if country == "BE":
                if kind == "mobile":
                    p = "+324" + self.rng.choice(["70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
                                                  "85", "86", "87", "88", "89", "91", "92", "93", "94", "95",
                                                  "96", "97", "98", "99"]) + self.digits(6)
                else:
                    p = "+32" + zone + self.digits(6, 2)
            else:
                if kind == "mobile":
                    p = "+33" + self.rng.choice(["6", "7"]) + self.digits(8, 1)
                else:
                    p = "+333" + self.rng.choice(["28", "28", "20"]) + self.digits(6, 1)
            if p not in self.used_phones:
                self.used_phones.add(p)
                return p

    def name(self, pool_first, pool_last, gender, avoid_last=()):
        while True:
            f = self.rng.choice(pool_first)
            l = self.rng.choice(pool_last)
            if (f, l) not in self.used_names and l not in avoid_last and f not in avoid_last:
                self.used_names.add((f, l))
                return f, l

    def street(self, country, lang):
        r = self.rng
        n = r.randint(1, 160)
        if country == "BE":
            s = r.choice(NL_STREETS)
            suf = r.choice(["", "", "", "", "A", " bus 2", "B"])
            return "%s %d%s" % (s, n, suf)
        s = r.choice(FR_STREETS)
        suf = r.choice(["", "", "", "", " bis", "B"])
        return "%d%s %s" % (n, suf, s)

    def email(self, first, last, used):
        r = self.rng
        f, l = ascii_slug(first), ascii_slug(last)
        dom = r.choice(["example.org", "example.net", "example.com"])
        pat = r.choice(["{f}.{l}", "{fi}{l}", "{l}.{f}", "{f}{l}", "{f}.{l}{n}", "{fi}.{l}"])
        e = pat.format(f=f, l=l, fi=f[0], n=r.randint(2, 89)) + "@" + dom
        if e in used:
            e = "%s.%s%d@%s" % (f, l, r.randint(2, 99), dom)
        used.add(e)
        return e


def make_person(mk, o, role, used_emails, avoid=()):
    r = mk.rng
    country = o["country"]
    gender = r.choice("fm")
    if country == "BE" and o["lang"] == "nl":
        fp, lp = (NL_F if gender == "f" else NL_M), NL_LAST
    elif country == "BE":
        fp, lp = (FR_F if gender == "f" else FR_M), NL_LAST + FR_LAST
    elif o["lang"] == "nl":
        fp, lp = (FR_F if gender == "f" else FR_M), NL_LAST
    else:
        fp, lp = (FR_F if gender == "f" else FR_M), FR_LAST
    first, last = mk.name(fp, lp, gender, avoid)
    if country == "BE":
        if r.random() < 0.5:
            pc, city = o["pc"], o["city"]
            zone = next((z for p, c, z in BE_PLACES if c == city), "57")
        else:
            pc, city, zone = r.choice(BE_PLACES)
    else:
        zone = None
        if r.random() < 0.5:
            pc, city = o["pc"], o["city"]
        else:
            pc, city = r.choice(FR_PLACES)
    street = mk.street(country, o["lang"])
    while street == o["street"]:
        street = mk.street(country, o["lang"])
    phone = mk.phone(country, "mobile")
    phone2 = mk.phone(country, "fixed", zone or "57") if r.random() < 0.4 else None
    email = mk.email(first, last, used_emails)
    return Person(first, last, gender, street, pc, city, country, phone, email, phone2)


def make_budget(mk, o, lang):
    r = mk.rng
    requested = Decimal(r.choice([2500, 3000, 3750, 4000, 4500, 5000, 5250, 6000, 6500, 7000, 7500, 7800,
                                  8000, 8250, 8500, 9000, 9500, 9750, 10000]))
    if r.random() < 0.2:
        requested = requested - Decimal(r.choice([12.5, 37.2, 140, 85.6]))
    requested = D(requested)
    assert requested <= CAP
    inc = []
    for lbl in o["income"]:
        amt = D(r.choice([250, 300, 400, 500, 600, 750, 800, 1000, 1200, 1500, 2000, 2500]))
        inc.append((lbl, amt))
    total = D(sum(a for _, a in inc) + requested)
    # spread the total over the expense lines
    labels = o["expenses"]
    n = len(labels)
    # first line is the main investment and absorbs the rounding; the last line (event,
    # communication) is usually small
    weights = [r.randint(8, 12)] + [r.randint(2, 7) for _ in range(n - 2)] + [r.randint(1, 3)]
    s = sum(weights)
    amounts = [None] * n
    for i in range(1, n):
        a = D((total * weights[i] / s) // 10 * 10)
        amounts[i] = max(a, D(100))
    amounts[0] = total - sum(amounts[1:])
    assert all(a > 0 for a in amounts), (o["key"], amounts)
    exp = list(zip(labels, amounts))
    own = inc[0][1]
    return dict(expenses=exp, income=inc, requested=requested, total=total, own=own)


def org_extra(mk, o, used_emails):
    r = mk.rng
    x = {}
    if o["org"]:
        stop = {"vzw", "asbl", "cv", "de", "du", "des", "la", "le", "les", "het", "van", "ton", "'t", "en"}
        words = [w for w in o["org"].replace("'", " ").split() if w.lower() not in stop and len(w) > 2]
        slug = ascii_slug(words[-1])
        if len(slug) < 5 and len(words) > 1:
            slug = ascii_slug(words[-2]) + slug
        slug = "".join(c for c in slug if c.isalnum())[:16]
        dom = r.choice(["example.org", "example.net", "example.com"])
        x["email"] = r.choice(["info", "contact", "secretariaat" if o["lang"] == "nl" else "secretariat",
                               "bestuur" if o["lang"] == "nl" else "bureau"]) + "." + slug + "@" + dom
        used_emails.add(x["email"])
        x["phone"] = mk.phone(o["country"], "fixed",
                              next((z for p, c, z in BE_PLACES if c == o["city"]), "57"))
        if o["country"] == "BE":
            if o["legal"] in ("vzw", "asbl", "cv"):
                x["number"] = "0%s.%s.%s" % (mk.digits(3), mk.digits(3), mk.digits(3))
            else:
                x["number"] = None
            x["iban"] = "BE%02d %s %s %s" % (r.randint(10, 98), mk.digits(4), mk.digits(4), mk.digits(4))
        else:
            x["number"] = "W59%s" % mk.digits(7)
            x["siret"] = "%s %s %s %s" % (mk.digits(3, 1), mk.digits(3), mk.digits(3), mk.digits(5)) \
                if r.random() < 0.5 else None
            x["iban"] = "FR76 %s %s %s %s %s %s" % (mk.digits(4), mk.digits(4), mk.digits(4), mk.digits(4),
                                                     mk.digits(4), mk.digits(3))
        x["website"] = "www.%s.example.org" % slug if r.random() < 0.3 else None
        x["members"] = r.choice([12, 18, 25, 40, 65, 120])
        x["founded"] = r.choice([1978, 1986, 1994, 2003, 2009, 2012, 2016, 2018])
    x["volunteers"] = r.choice([6, 8, 10, 12, 15, 20, 30])
    return x


DATES_DEV = [(2019, 4, 23), (2019, 4, 29), (2019, 5, 2), (2019, 5, 6), (2019, 5, 9), (2019, 5, 13),
             (2019, 5, 15), (2019, 5, 20), (2019, 5, 22), (2019, 5, 24), (2019, 5, 27), (2019, 5, 29),
             (2019, 6, 3), (2019, 6, 4), (2019, 6, 6), (2019, 6, 7), (2019, 6, 10), (2019, 6, 12),
             (2019, 6, 13), (2019, 6, 14)]
DATES_TEST = [(2019, 4, 25), (2019, 4, 30), (2019, 5, 3), (2019, 5, 7), (2019, 5, 10), (2019, 5, 14),
              (2019, 5, 16), (2019, 5, 17), (2019, 5, 21), (2019, 5, 23), (2019, 5, 28), (2019, 5, 31),
              (2019, 6, 1), (2019, 6, 5), (2019, 6, 8), (2019, 6, 11), (2019, 6, 12), (2019, 6, 13),
              (2019, 6, 14), (2019, 6, 15)]


def build_all():
    reset_registry()
    return {"dev": build_records("dev"), "test": build_records("test")}


def build_records(half):
    src = orgs.DEV if half == "dev" else orgs.TEST
    assign = ASSIGN_DEV if half == "dev" else ASSIGN_TEST
    mk = Maker(4300 if half == "dev" else 4399)
    # deterministic shuffle of the file order
    keys = [o["key"] for o in src]
    order = keys[:]
    mk.rng.shuffle(order)
    by_key = {o["key"]: o for o in src}
    dates = DATES_DEV if half == "dev" else DATES_TEST
    used_emails = _USED_EMAILS
    recs = []
    for i, k in enumerate(order):
        o = by_key[k]
        fmt, design, crole, srole, nulls = assign[k]
        people = {}
        roles = ["contact"] if o["org"] is None else ROLES
        for role in roles:
            people[role] = make_person(mk, o, role, used_emails, {p.last for p in people.values()} | {p.first for p in people.values()})
        if o["org"] is None:
            # a private person applies: the 'seat' is the applicant's own address
            p = people["contact"]
            p.street, p.pc, p.city = o["street"], o["pc"], o["city"]
            people["neighbour"] = make_person(mk, o, "neighbour", used_emails, {p.last for p in people.values()} | {p.first for p in people.values()})
        hh, mm = mk.rng.randint(7, 22), mk.rng.randint(0, 59)
        rec = Record(half=half, idx=i + 1, file="c43-%s-%03d.eml" % (half, i + 1), fmt=fmt, design=design,
                     lang=o["lang"], country=o["country"], org=dict(o), people=people, contact_role=crole,
                     sender_role=srole, budget=make_budget(mk, o, o["lang"]),
                     date=dates[i] + (hh, mm, mk.rng.randint(0, 59)), nulls=set(nulls))
        rec.org.update(org_extra(mk, o, used_emails))
        rec.extra["rng_seed"] = mk.rng.randint(0, 10 ** 9)
        recs.append(rec)
    return recs


def truth(rec):
    c = rec.contact
    b = rec.budget
    f = {
        "organisation": rec.org["org"],
        "contact_name": c.name,
        "email": c.email,
        "phone": c.phone,
        "address": rec.org["street"],
        "postcode": rec.org["pc"],
        "municipality": rec.org["city"],
        "country": rec.country,
        "project_title": rec.org["title"],
        "requested_amount": "%.2f" % b["requested"],
        "total_budget": "%.2f" % b["total"],
    }
    for n in rec.nulls:
        f[n] = None
    return f
