"""Shared helpers for the c36 corpus generator: formatting of amounts, phones,
names, budget lines and a few text pools. Everything here is invented data."""
import random
import re
from decimal import Decimal, ROUND_HALF_UP

COORD = {
    "name": "Jonas Polin",
    "email": "jonas.polin@west-vlaanderen.be",
    "org_nl": "Provincie West-Vlaanderen",
    "street": "Woumenweg 100",
    "pc": "8600",
    "muni": "Diksmuide",
    "gsm": "+32 489 309 839",
    "tel": "+32 51 51 94 37",
    "web": "www.partons2-0.eu",
}

D = Decimal


def money(s):
    return D(s).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amount(value, style):
    """Render a Decimal the way people write it.  style names:
    be      7.500,00        be0   7.500          be_dash  7.500,-
    fr      7 500,00        fr0   7 500          plain    7500 / 7500,50
    en      7,500.00
    The caller adds currency signs/words."""
    v = money(value)
    ip = int(v)
    cents = int((v - ip) * 100)
    if style == "be":
        return "%s,%02d" % (_group(ip, "."), cents)
    if style == "be0":
        return _group(ip, ".") if cents == 0 else "%s,%02d" % (_group(ip, "."), cents)
    if style == "be_dash":
        return "%s,-" % _group(ip, ".") if cents == 0 else "%s,%02d" % (_group(ip, "."), cents)
    if style == "fr":
        return "%s,%02d" % (_group(ip, "\u00a0"), cents)
    if style == "fr_sp":
        return "%s,%02d" % (_group(ip, " "), cents)
    if style == "fr0":
        return _group(ip, " ") if cents == 0 else "%s,%02d" % (_group(ip, " "), cents)
    if style == "plain":
        return str(ip) if cents == 0 else "%d,%02d" % (ip, cents)
    if style == "en":
        return "%s.%02d" % (_group(ip, ","), cents)
    raise ValueError(style)


def amt(value, pattern):
    """pattern like '€ {be_dash}' or '{fr0} €' or '{plain} euro'."""
    m = re.search(r"\{(\w+)\}", pattern)
    return pattern.replace(m.group(0), fmt_amount(value, m.group(1)))


def parse_amount_simple(s):
    """Parse our own display strings back (used as a build-time assertion)."""
    t = s.replace("\u00a0", " ").replace("\u202f", " ")
    t = re.sub(r"(€|EUR|euros?|Euro)", "", t).strip()
    t = t.replace(",-", "").strip()
    t = t.replace(" ", "")
    if re.search(r",\d{2}$", t):
        t = t.replace(".", "").replace(",", ".")
    elif re.search(r"\.\d{3}$", t) or re.search(r"\.\d{3}\.", t):
        t = t.replace(".", "")
    return money(t)


def e164(disp, country):
    digits = re.sub(r"\D", "", disp)
    if disp.strip().startswith("+"):
        return "+" + digits.replace("(0)", "")
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return ("+32" if country == "BE" else "+33") + digits[1:]
    raise ValueError(disp)


def fix_e164(disp, country):
    d = disp.replace("(0)", "")
    return e164(d, country)


# ------------------------------------------------------------------ name pools
NL_FIRST = ["Wim", "Griet", "Dirk", "Lut", "Stefaan", "Veerle", "Filip", "Ria", "Johan", "Katrien",
            "Luc", "Mieke", "Bram", "Sarah", "Geert", "Nele", "Patrick", "Inge", "Jan", "Hannelore",
            "Rik", "Tine", "Ward", "Ellen", "Noël", "Christa", "Lieven", "Ilse"]
NL_LAST = ["Vanhee", "Deprez", "Vandenbroucke", "Lobelle", "Desmyter", "Mahieu", "Vandecasteele",
           "Ghekiere", "Bouckaert", "Vanacker", "Lermytte", "Decroos", "Deleu", "Beun", "Vanbillemont",
           "Tanghe", "Christiaens", "Deman", "Ryckewaert", "Sohier", "Verstraete", "Cardoen",
           "Vandaele", "Lefevere", "Ooghe", "Mortier", "Provoost", "Santy"]
FR_FIRST = ["Philippe", "Martine", "Didier", "Véronique", "Pascal", "Sylvie", "Bernard", "Nathalie",
            "Hervé", "Catherine", "Jean-Marc", "Valérie", "Francis", "Christine", "Olivier", "Annick",
            "Dominique", "Séverine", "Thierry", "Laurence", "Régis", "Agnès", "Benoît", "Josiane"]
FR_LAST = ["Vandenabeele", "Lemaire", "Devos", "Carton", "Debacker", "Lefebvre", "Hennion",
           "Dewaele", "Pruvost", "Desmet", "Verbeke", "Dehondt", "Lamote", "Bultel", "Ryckebusch",
           "Steenkiste", "Decool", "Bollengier", "Fournier", "Vanhoutte", "Outters", "Looten",
           "Desodt", "Marteel"]

BE_PHONE_PREFIX = ["0470", "0472", "0474", "0475", "0476", "0477", "0479", "0484", "0486", "0487",
                   "0495", "0498"]
FR_PHONE_PREFIX = ["06", "07"]


def rand_person(rng, lang):
    if lang == "nl":
        return rng.choice(NL_FIRST), rng.choice(NL_LAST)
    return rng.choice(FR_FIRST), rng.choice(FR_LAST)


def rand_phone(rng, country):
    if country == "BE":
        p = rng.choice(BE_PHONE_PREFIX)
        return "%s %02d %02d %02d" % (p, rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99))
    return "%s %02d %02d %02d %02d" % (rng.choice(FR_PHONE_PREFIX), rng.randint(10, 99), rng.randint(0, 99),
                                       rng.randint(0, 99), rng.randint(0, 99))


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", s.lower()).strip(".")


def rand_email(rng, first, last):
    dom = rng.choice(["example.org", "example.net", "example.com"])
    f = rng.choice(["{f}.{l}", "{f}{l}", "{i}.{l}", "{l}.{f}", "{f}_{l}"])
    return f.format(f=slug(first).replace(".", ""), l=slug(last).replace(".", ""), i=slug(first)[0]) + "@" + dom


def rand_iban(rng, country):
    if country == "BE":
        d = "".join(str(rng.randint(0, 9)) for _ in range(14))
        return "BE%s %s %s %s" % (d[:2], d[2:6], d[6:10], d[10:14])
    d = "".join(str(rng.randint(0, 9)) for _ in range(25))
    return "FR76 %s %s %s %s %s %s" % (d[:4], d[4:8], d[8:12], d[12:16], d[16:20], d[20:23])


# ------------------------------------------------------------------ budgets
# (nl, fr, relative weight)
BUDGET_ITEMS = {
    "garden": [("Tuingereedschap en kruiwagens", "Outillage de jardin", 2),
               ("Hoogstambomen en fruitstruiken", "Arbres fruitiers et petits fruits", 3),
               ("Houten bakken en compostvaten", "Bacs en bois et composteurs", 3),
               ("Regenwatertank en pomp", "Récupérateur d'eau de pluie", 1.5),
               ("Begeleiding door tuinexpert", "Accompagnement par un jardinier-animateur", 2.5),
               ("Opendeurdag en affiches", "Journée d'ouverture et affiches", 0.6),
               ("Zaaigoed en plantgoed", "Semences et plants", 0.8)],
    "meeting": [("Tafels en stoelen", "Tables et chaises", 2.5),
                ("Kleine inrichtingswerken (schilderwerk, verlichting)", "Petits travaux d'aménagement (peinture, éclairage)", 4),
                ("Koffiemachine en keukenmateriaal", "Machine à café et matériel de cuisine", 1.2),
                ("Begeleiding participatietraject", "Accompagnement par un expert en participation", 2.5),
                ("Bewonersavond en communicatie", "Soirée d'habitants et communication", 0.8),
                ("Verzekering vrijwilligers", "Assurance des bénévoles", 0.4),
                ("Infobord en signalisatie", "Panneau d'information et signalétique", 0.7)],
    "event": [("Huur tent en podium", "Location chapiteau et scène", 3),
              ("Geluid en verlichting", "Sonorisation et éclairage", 2),
              ("Promotie (affiches, flyers)", "Communication (affiches, flyers)", 0.8),
              ("Kraampjes en tafels", "Stands et tables", 1.5),
              ("Animatie voor kinderen", "Animations pour enfants", 1.2),
              ("Afvalbeheer en toiletten", "Gestion des déchets et sanitaires", 0.8),
              ("Vergunningen en verzekering", "Assurance et autorisations", 0.5)],
    "mobility": [("Opleiding vrijwillige chauffeurs", "Formation des chauffeurs bénévoles", 2),
                 ("Verzekering en onkostenvergoeding", "Assurance et défraiements", 3),
                 ("Gsm en planningssoftware", "Téléphone et logiciel de planning", 1),
                 ("Infofolder voor bewoners", "Dépliant d'information", 0.7),
                 ("Startmoment met vrijwilligers", "Réunion de lancement avec les bénévoles", 0.5),
                 ("Huur of leasing voertuig", "Location du véhicule", 5)],
    "play": [("Natuurlijke speelelementen (boomstammen, keien)", "Éléments de jeu naturels (troncs, rochers)", 3),
             ("Ontwerp door landschapsarchitect", "Conception par un paysagiste", 2.5),
             ("Plantgoed en wilgentenen", "Plantations et osier vivant", 1),
             ("Zitbanken", "Bancs", 1.5),
             ("Werkdag met buurtbewoners en kinderen", "Chantier participatif avec les habitants", 0.7),
             ("Signalisatie en verkeersborden", "Signalisation", 0.8)],
    "heritage": [("Opzoekingswerk en teksten", "Recherches et rédaction", 1.5),
                 ("Ontwerp en druk infoborden", "Conception et impression des panneaux", 3.5),
                 ("Palen en plaatsing", "Poteaux et pose", 2),
                 ("Fotografie en archiefkosten", "Photographies et archives", 0.8),
                 ("Wandelbrochure", "Livret de promenade", 1),
                 ("Openingswandeling", "Balade inaugurale", 0.5)],
    "repair": [("Gereedschapskoffers", "Caisses à outils", 1.5),
               ("Naaimachines en elektrisch testmateriaal", "Machines à coudre et testeurs électriques", 2),
               ("Werkbanken", "Établis", 1.5),
               ("Promotie en affiches", "Affiches et communication", 0.5),
               ("Inrichting werkplaats", "Aménagement de l'atelier", 3),
               ("Verzekering", "Assurance", 0.4)],
}


def budget_lines(rng, theme, lang, total, n=None):
    """Split total over n items (amounts rounded to 10, the last one absorbs the rest)."""
    items = BUDGET_ITEMS[theme][:]
    rng.shuffle(items)
    n = n or rng.randint(3, min(6, len(items)))
    items = items[:n]
    items.sort(key=lambda t: -t[2])  # the biggest item takes the remainder
    items = items[1:] + items[:1]
    total = money(total)
    weights = [t[2] * rng.uniform(0.8, 1.25) for t in items]
    sw = sum(weights)
    out = []
    acc = D(0)
    for i, it in enumerate(items):
        name = it[0] if lang == "nl" else it[1]
        if i == len(items) - 1:
            v = total - acc
        else:
            v = (total * D(weights[i] / sw) / 10).quantize(D("1")) * 10
            v = max(v, D(40))
            acc += v
        out.append((name, money(v)))
    if out[-1][1] <= 0:
        return budget_lines(rng, theme, lang, total, n)
    rng.shuffle(out)
    return out
