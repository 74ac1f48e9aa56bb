"""Case model for corpus 6: invented applicants, amounts, and how they write things.

Everything here is invented except place names and postcodes (real Westhoek / Nord ones).
"""
import random
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

BE_PLACES = [
    ("8956", "Kemmel"), ("8951", "Dranouter"), ("8958", "Loker"), ("8954", "Westouter"),
    ("8953", "Wijtschate"), ("8957", "Mesen"), ("8950", "Nieuwkerke"), ("8972", "Proven"),
    ("8978", "Watou"), ("8970", "Poperinge"), ("8972", "Krombeke"), ("8640", "Westvleteren"),
    ("8640", "Oostvleteren"), ("8647", "Reninge"), ("8647", "Lo"), ("8647", "Pollinkhove"),
    ("8690", "Alveringem"), ("8690", "Hoogstade"), ("8691", "Stavele"), ("8691", "Beveren-aan-den-IJzer"),
    ("8600", "Diksmuide"), ("8600", "Woumen"), ("8600", "Oostkerke"), ("8600", "Vladslo"),
    ("8600", "Pervijze"), ("8650", "Houthulst"), ("8650", "Merkem"), ("8650", "Klerken"),
    ("8630", "Veurne"), ("8630", "Houtem"), ("8630", "Wulveringem"), ("8670", "Oostduinkerke"),
    ("8670", "Wulpen"), ("8620", "Ramskapelle"), ("8660", "Adinkerke"), ("8904", "Dikkebus"),
    ("8904", "Boezinge"), ("8906", "Elverdinge"), ("8908", "Vlamertinge"), ("8902", "Zillebeke"),
    ("8920", "Langemark"), ("8920", "Poelkapelle"), ("8980", "Passendale"), ("8980", "Beselare"),
    ("8610", "Handzame"), ("8840", "Westrozebeke"), ("8680", "Zande"), ("8900", "Ieper"),
]
FR_PLACES = [
    ("59114", "Steenvoorde"), ("59122", "Hondschoote"), ("59270", "Bailleul"), ("59270", "Méteren"),
    ("59190", "Hazebrouck"), ("59670", "Cassel"), ("59470", "Wormhout"), ("59380", "Bergues"),
    ("59470", "Esquelbecq"), ("59299", "Boeschepe"), ("59114", "Godewaersvelde"), ("59122", "Rexpoëde"),
    ("59123", "Bray-Dunes"), ("59254", "Ghyvelde"), ("59630", "Bourbourg"), ("59850", "Nieppe"),
    ("59181", "Steenwerck"), ("59190", "Caestre"), ("59190", "Morbecque"), ("59270", "Flêtre"),
    ("59270", "Saint-Jans-Cappel"), ("59470", "Houtkerque"), ("59470", "Herzeele"), ("59380", "Quaëdypre"),
    ("59380", "Socx"), ("59670", "Oxelaëre"), ("59114", "Eecke"), ("59670", "Winnezeele"),
    ("59122", "Killem"), ("59270", "Merris"), ("59232", "Vieux-Berquin"), ("59270", "Berthen"),
]
BE_MAIN = {  # deelgemeente -> municipality (for the town hall that sends on behalf of a group)
    "Kemmel": "Heuvelland", "Dranouter": "Heuvelland", "Loker": "Heuvelland", "Westouter": "Heuvelland",
    "Wijtschate": "Heuvelland", "Nieuwkerke": "Heuvelland", "Proven": "Poperinge", "Watou": "Poperinge",
    "Krombeke": "Poperinge", "Westvleteren": "Vleteren", "Oostvleteren": "Vleteren", "Reninge": "Lo-Reninge",
    "Lo": "Lo-Reninge", "Pollinkhove": "Lo-Reninge", "Hoogstade": "Alveringem", "Stavele": "Alveringem",
    "Beveren-aan-den-IJzer": "Alveringem", "Woumen": "Diksmuide", "Oostkerke": "Diksmuide", "Vladslo": "Diksmuide",
    "Pervijze": "Diksmuide", "Merkem": "Houthulst", "Klerken": "Houthulst", "Houtem": "Veurne",
    "Wulveringem": "Veurne", "Oostduinkerke": "Koksijde", "Wulpen": "Koksijde", "Ramskapelle": "Nieuwpoort",
    "Adinkerke": "De Panne", "Dikkebus": "Ieper", "Boezinge": "Ieper", "Elverdinge": "Ieper", "Vlamertinge": "Ieper",
    "Zillebeke": "Ieper", "Langemark": "Langemark-Poelkapelle", "Poelkapelle": "Langemark-Poelkapelle",
    "Passendale": "Zonnebeke", "Beselare": "Zonnebeke", "Handzame": "Kortemark", "Westrozebeke": "Staden",
    "Zande": "Koekelare",
}
BE_STREETS = ["Hoppeveldstraat", "Zwaluwenhoek", "Meersblekweg", "Oude Kapelleweg", "Klaproosdreef",
              "Bergmolenstraat", "Vlasbloemstraat", "Kruisabeelstraat", "Wilgenhoekstraat", "Reigersnest",
              "Ganzepootstraat", "Heirweg-Noord", "Schuttershofstraat", "Boterbloemlaan", "Galgebossenweg",
              "Kapelleveldstraat", "Hommelhofstraat", "Peerdekerkhofweg", "Tuinwijk De Linde", "Vijverdreef",
              "Roobaertstraat", "Zonnebloemhoek", "Lindenhofpad", "Keizershoekstraat"]
FR_STREETS = ["rue des Tisserands", "rue du Moulin Brûlé", "chemin des Houblonnières", "impasse des Glaneurs",
              "rue des Violettes", "allée des Tilleuls", "rue du Kapelleveld", "rue des Trois Chênes",
              "route de la Petite Becque", "rue du Pont Rouge", "rue des Brasseurs", "place du Kiosque",
              "chemin du Vieux Calvaire", "rue de l'Abreuvoir", "résidence Les Peupliers", "rue des Lavandières",
              "chemin de la Verte Rue", "rue du Zuytpeene"]
NL_FIRST = ["Jan", "Marleen", "Koen", "Griet", "Pieter", "Els", "Bart", "Ann", "Stijn", "Hilde", "Wouter",
            "Lieve", "Joris", "Katrien", "Filip", "Sofie", "Dirk", "Veerle", "Geert", "Nele", "Lode", "Mieke",
            "Frederik", "Evelien", "Rik", "Annemie"]
NL_LAST = ["Vandewalle", "Decroos", "Lefevere", "Vanneste", "Deprez", "Bruneel", "Vandenbussche", "Six",
           "Lobelle", "Vanhee", "Dewaele", "Casteleyn", "Verhaeghe", "Vermeersch", "Van den Broucke",
           "Debaene", "Cailliau", "Boone", "Ghesquiere", "Denys", "Desmyter", "Vanderhaeghe", "Tyberghein"]
FR_FIRST = ["Marie", "Jean-Pierre", "Sylvie", "Philippe", "Nathalie", "Christophe", "Isabelle", "Bernard",
            "Céline", "Thierry", "Véronique", "Hervé", "Sandrine", "Olivier", "Brigitte", "Frédéric", "Élodie",
            "Jérôme", "Martine", "Benoît", "Agnès", "Grégory"]
FR_LAST = ["Dehaene", "Vandamme", "Lemaire", "Delattre", "Beck", "Verhille", "Deswarte", "Coppin",
           "Ryckebusch", "Lefebvre", "Vanpeperstraete", "Decool", "Bollengier", "Deraedt", "Vermersch",
           "Hennebelle", "Dequidt", "Ghys", "Castelain", "Wemaere"]
EN_FIRST = ["Sarah", "David", "Helen", "Peter", "Claire", "Mark", "Gillian", "Robert"]
EN_LAST = ["Whitfield", "Ashworth", "Marsh", "Langley", "Fenwick", "Holloway", "Pritchard", "Copeland"]

NL_ORGS = [("Dorpsraad {p}", "village"), ("Dorpscomité {p} vzw", "village"), ("Feestcomité {p}", "village"),
           ("Ouderraad VBS De Klimop", "school"), ("Oudercomité Gemeentelijke Basisschool {p}", "school"),
           ("Chiro {p}", "youth"), ("KLJ {p}", "youth"), ("Jeugdhuis De Schuur vzw", "youth"),
           ("Buurtwerking De Vijverwijk vzw", "village"), ("Seniorenraad {p}", "retired"),
           ("De Zilveren Fietsers vzw", "retired"), ("Moestuingroep De Groene Vinger", "village"),
           ("Vrienden van de Bergmolen vzw", "retired")]
FR_ORGS = [("Comité des fêtes de {p}", "village"), ("Foyer rural de {p}", "village"),
           ("Association des parents d'élèves de l'école Les Coccinelles", "school"),
           ("APE de l'école publique de {p}", "school"), ("Maison des jeunes de {p}", "youth"),
           ("Club des aînés « Les Coquelicots »", "retired"), ("Les Amis du Moulin de {p}", "retired"),
           ("Association Jardins Partagés du Kapelleveld", "village"), ("Comité de quartier des Tilleuls", "village"),
           ("Association Bouge ton village", "youth")]
EN_ORGS = [("Westhoek Newcomers' Circle", "retired"), ("Friends of the {p} Village Hall", "village")]

NL_TITLES = ["Speelbos De Kleine Wildernis", "Dorpsontmoetingspunt 't Kapelleke", "Buurtmoestuin Achter de Kerk",
             "Boerenmarkt op het dorpsplein", "Samen rijden: vrijwilligersvervoer voor minder mobiele dorpsgenoten",
             "Trage wegen wandelkaart", "Zitbanken langs het kerkwegelpad", "Buurtfeest en enquête: wat wil ons dorp?",
             "Ruilkast en dorpsbibliotheek", "Straatmeesters in de Vijverwijk", "Natuurlijk speelplein De Wielewaal",
             "Repair Café in de oude pastorie", "Dorpsmoestuin voor jong en oud", "Buurtkeuken op vrijdag",
             "Een bloemenweide voor de school", "Pop-up dorpscafé in de zomer"]
FR_TITLES = ["Jardin partagé des Tilleuls", "Un café associatif pour le village", "Marché de producteurs du dimanche",
             "Boîte à livres et coin lecture", "Mobilité solidaire : chauffeurs bénévoles",
             "Aire de jeux naturelle du Kapelleveld", "Fête des voisins et diagnostic participatif",
             "Rénovation du kiosque de la place", "Verger partagé de l'école", "Repair café mensuel",
             "Sentiers oubliés : carte des chemins ruraux", "Un lieu de rencontre intergénérationnel",
             "Potager pédagogique des Coccinelles"]
EN_TITLES = ["Community Orchard at the Old Brewery", "Village Repair Café", "Benches for the Walking Loop",
             "Welcome Pack for New Neighbours"]

NL_DESC = [
    "Met een groep bewoners willen we een plek creëren waar jong en oud elkaar ontmoeten. "
    "We organiseerden al twee bewonersavonden en er is veel enthousiasme.",
    "Het idee kwam van de bewoners zelf tijdens het buurtfeest van vorig jaar. Een tiental vrijwilligers "
    "wil het project trekken, samen met de school en de landbouwers uit de buurt.",
    "We willen het dorp aantrekkelijker maken voor gezinnen en ouderen. Het project wordt samen met de "
    "jeugdbeweging, de seniorenvereniging en de gemeente uitgewerkt.",
    "Veel oudere dorpsgenoten geraken moeilijk tot bij de dokter of de winkel. Met vrijwilligers en een "
    "kleine werking willen we daar iets aan doen.",
]
FR_DESC = [
    "Avec un groupe d'habitants, nous souhaitons créer un lieu où petits et grands peuvent se rencontrer. "
    "Deux réunions publiques ont déjà eu lieu et l'accueil a été très positif.",
    "L'idée est née lors de la fête des voisins de l'an dernier. Une dizaine de bénévoles porteront le projet "
    "avec l'école, la mairie et les agriculteurs du secteur.",
    "Nous voulons rendre le village plus vivant pour les familles comme pour les aînés, en associant les "
    "associations locales dès le départ.",
    "Beaucoup de personnes âgées ont du mal à se déplacer. Avec des bénévoles nous voulons proposer une "
    "solution simple et conviviale.",
]
EN_DESC = [
    "A group of neighbours, both local families and newcomers, want to create a place where people meet. "
    "We held two open evenings and around forty residents took part.",
    "The idea came from residents at last summer's street party. About ten volunteers will run the project "
    "together with the primary school and the parish council.",
]
NL_COSTS = ["Huur tent en materiaal", "Aankoop zitbanken (4 st.)", "Plantgoed en compost",
            "Begeleiding door participatie-expert", "Drukwerk en communicatie", "Catering bewonersmoment",
            "Tuingereedschap en kleine materialen", "Natuurlijke speelelementen", "Verzekering vrijwilligers",
            "Ontwerp landschapsarchitect", "Tafels en stoelen", "Bewegwijzering en infoborden"]
FR_COSTS = ["Location de chapiteau et matériel", "Achat de bancs (4)", "Plants et compost",
            "Accompagnement par un expert en participation", "Impression et communication",
            "Collation pour la réunion des habitants", "Outils de jardinage", "Jeux en bois",
            "Assurance des bénévoles", "Honoraires du paysagiste", "Tables et chaises", "Panneaux d'information"]
EN_COSTS = ["Tools and small equipment", "Fruit trees and stakes", "Printing and publicity",
            "Facilitator for residents' meeting", "Tables and chairs", "Refreshments for volunteers",
            "Insurance for volunteers", "Signposting"]

NL_FUNCS = ["voorzitter", "secretaris", "penningmeester", "bestuurslid", "coördinator"]
FR_FUNCS = ["présidente", "président", "secrétaire", "trésorier", "référente du projet", "vice-président"]
EN_FUNCS = ["Chair", "Secretary", "Treasurer", "Volunteer coordinator"]

NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July"]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower().replace(" ", ".") if c.isalnum() or c in ".-").strip(".")


# ---------------------------------------------------------------- numbers
NL_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def words(n, lang):
    """Integer multiple of 100, 100..10000, in words."""
    th, hu = divmod(n // 100, 10)
    if lang == "nl":
        a = ("duizend" if th == 1 else NL_UNITS[th] + "duizend") if th else ""
        b = ("honderd" if hu == 1 else NL_UNITS[hu] + "honderd") if hu else ""
        return (a + " " + b).strip()
    if lang == "fr":
        a = ("mille" if th == 1 else FR_UNITS[th] + " mille") if th else ""
        b = ("cent" if hu == 1 else FR_UNITS[hu] + " cents") if hu else ""
        return (a + " " + b).strip()
    a = (EN_UNITS[th] + " thousand") if th else ""
    b = (EN_UNITS[hu] + " hundred") if hu else ""
    return (a + " " + b).strip()


def _group(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amount(v, lang, style):
    """v: Decimal. Returns the amount as a person would write it."""
    ip = int(v)
    cents = int((v - ip) * 100)
    has_c = cents != 0
    if lang == "nl":
        g = _group(ip, ".")
        dec = f"{g},{cents:02d}"
        return {
            "eur_dash": f"€ {g},-" if not has_c else f"€ {dec}",
            "euro": f"{g} euro" if not has_c else f"{dec} euro",
            "eur_full": f"€ {dec}",
            "EUR": f"EUR {dec}",
            "plain": f"{ip},{cents:02d}" if has_c else f"{ip}",
            "suffix": f"{dec} €",
            "nodot": f"€{ip}" if not has_c else f"€{ip},{cents:02d}",
        }[style]
    if lang == "fr":
        g = _group(ip, "\u00a0" if style == "nbsp" else " ")
        dec = f"{g},{cents:02d}"
        return {
            "sp": f"{g} €" if not has_c else f"{dec} €",
            "nbsp": f"{g} €" if not has_c else f"{dec} €",
            "euros": f"{g} euros" if not has_c else f"{dec} euros",
            "EUR": f"EUR {dec}",
            "nosep": f"{ip} €" if not has_c else f"{ip},{cents:02d} €",
            "dot": f"{_group(ip, '.')} €" if not has_c else f"{_group(ip, '.')},{cents:02d} €",
            "plain": f"{ip},{cents:02d}" if has_c else f"{g}",
        }[style]
    g = _group(ip, ",")
    dec = f"{g}.{cents:02d}"
    return {
        "sym": f"€{dec}" if has_c else f"€{g}",
        "EUR": f"EUR {dec}",
        "euros": f"{g} euros" if not has_c else f"{dec} euros",
        "sym_sp": f"€ {ip}.{cents:02d}",
        "plain": f"{dec}",
    }[style]


AMOUNT_STYLES = {"nl": ["eur_dash", "euro", "eur_full", "EUR", "suffix", "nodot"],
                 "fr": ["sp", "nbsp", "euros", "EUR", "nosep", "dot"],
                 "en": ["sym", "EUR", "euros", "sym_sp"]}


# ---------------------------------------------------------------- phones
def make_phone(rng, country, place_pc):
    if country == "BE":
        if rng.random() < 0.7:
            nat = "04" + rng.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "85", "86", "94", "95", "96", "97", "98"]) \
                + "".join(rng.choice("0123456789") for _ in range(6))
        else:
            zones = {"8600": "51", "8610": "51", "8620": "58", "8630": "58", "8640": "57", "8647": "58", "8650": "51",
                     "8660": "58", "8670": "58", "8680": "51", "8690": "58", "8691": "58", "8840": "51", "8980": "51"}
            zone = zones.get(place_pc, "57")
            nat = "0" + zone + rng.choice("2345") + "".join(rng.choice("0123456789") for _ in range(5))
        return "+32" + nat[1:], nat
    if rng.random() < 0.7:
        nat = rng.choice(["06", "07"]) + "".join(rng.choice("0123456789") for _ in range(8))
    else:
        nat = "0328" + "".join(rng.choice("0123456789") for _ in range(6))
    return "+33" + nat[1:], nat


def fmt_phone(rng, e164, nat):
    if e164.startswith("+32"):
        if nat.startswith("04"):  # mobile 04xx xx xx xx
            a, b, c, d = nat[:4], nat[4:6], nat[6:8], nat[8:]
            r = nat[1:]
            opts = [f"{a}/{b}.{c}.{d}", f"{a} {b} {c} {d}", f"0032 {r[:3]} {r[3:6]} {r[6:]}",
                    f"+32(0){r[:3]} {b} {c} {d}", f"+32 {r[:3]} {b} {c} {d}", f"{a}-{b}{c}{d}", nat,
                    f"{a}/{b}{c}{d}"]
        else:  # landline 0ZZ XX XX XX
            z, r = nat[:3], nat[3:]
            opts = [f"{z} {r[:2]} {r[2:4]} {r[4:]}", f"{z}/{r[:2]}.{r[2:4]}.{r[4:]}", f"+32 {z[1:]} {r[:2]} {r[2:4]} {r[4:]}",
                    f"{z}/{r[:2]} {r[2:4]} {r[4:]}", f"0032 {z[1:]} {r}"]
    else:
        p = [nat[i:i + 2] for i in range(0, 10, 2)]
        opts = [".".join(p), " ".join(p), f"+33 (0){nat[1]} {' '.join(p[1:])}", f"00 33 {nat[1]} {' '.join(p[1:])}",
                f"+33 {nat[1]} {' '.join(p[1:])}", nat, "-".join(p)]
    return rng.choice(opts)


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def make_budget(rng, lang, with_own, cents):
    req = Decimal(rng.choice(range(1500, 10001, 100 if rng.random() < 0.6 else 50)))
    if req > 10000:
        req = Decimal(10000)
    if cents:
        req = q2(req - 100 + Decimal(rng.choice([25, 50, 80, 40, 75])) / 100)
    own = Decimal(rng.choice(range(300, 5001, 50))) if with_own else Decimal(0)
    total = req + own
    pool = {"nl": NL_COSTS, "fr": FR_COSTS, "en": EN_COSTS}[lang]
    n = rng.randint(3, 5)
    names = rng.sample(pool, n)
    lines = []
    left = total
    for i, nm in enumerate(names):
        if i == n - 1:
            amt = left
        else:
            amt = Decimal(int(total / n * Decimal(rng.uniform(0.5, 1.3)) / 10) * 10)
            if amt <= 0 or amt >= left - 100:
                amt = Decimal(100)
        lines.append((nm, q2(amt)))
        left -= amt
    if lines[-1][1] <= 0:  # rebalance
        return make_budget(rng, lang, with_own, cents)
    return q2(req), q2(own), q2(total), lines


# ---------------------------------------------------------------- persons
def make_case(rng, idx, fmt, lang):
    c = {"idx": idx, "format": fmt, "lang": lang}
    if lang == "nl":
        country = "BE"
    elif lang == "fr":
        country = "FR" if rng.random() < 0.85 else "BE"
    else:
        country = rng.choice(["BE", "FR"])
    pc, muni = rng.choice(BE_PLACES if country == "BE" else FR_PLACES)
    c["country"], c["postcode"], c["municipality"] = country, pc, muni
    if country == "BE":
        street = rng.choice(BE_STREETS)
        num = str(rng.randint(1, 160))
        if rng.random() < 0.2:
            num += f" bus {rng.randint(1, 6)}"
        c["address"] = f"{street} {num}"
    else:
        street = rng.choice(FR_STREETS)
        num = str(rng.randint(1, 90))
        if rng.random() < 0.2:
            num += " bis"
        c["address"] = f"{num} {street}"
    F, L = {"nl": (NL_FIRST, NL_LAST), "fr": (FR_FIRST if country == "FR" else FR_FIRST, FR_LAST),
            "en": (EN_FIRST, EN_LAST)}[lang]
    c["first"], c["last"] = rng.choice(F), rng.choice(L)
    c["contact_name"] = f"{c['first']} {c['last']}"
    kind = rng.random()
    orgs = {"nl": NL_ORGS, "fr": FR_ORGS, "en": EN_ORGS}[lang]
    if kind < 0.75:
        tpl, okind = rng.choice(orgs)
        c["organisation"] = tpl.format(p=muni)
        c["orgkind"] = okind
    else:
        c["organisation"] = None
        c["orgkind"] = "individual"
    c["func"] = rng.choice({"nl": NL_FUNCS, "fr": FR_FUNCS, "en": EN_FUNCS}[lang])
    if lang == "fr":
        fem = c["first"] in {"Marie", "Sylvie", "Nathalie", "Isabelle", "Céline", "Véronique", "Sandrine", "Brigitte",
                             "Élodie", "Martine", "Agnès"}
        c["func"] = rng.choice(["présidente", "secrétaire", "trésorière", "référente du projet"] if fem else
                               ["président", "secrétaire", "trésorier", "référent du projet", "vice-président"])
    c["e164"], nat = make_phone(rng, country, pc)
    c["phone_written"] = fmt_phone(rng, c["e164"], nat)
    fs, ls = ascii_slug(c["first"]), ascii_slug(c["last"]).replace(".", "")
    dom = rng.choice(["example.org", "example.net", "example.com"])
    if c["organisation"] and rng.random() < 0.4:
        stop = {"vzw", "de", "van", "het", "la", "le", "les", "du", "des", "of", "the", "l'ecole", "d'eleves", "de.l'ecole"}
        ws = [w for w in ascii_slug(c["organisation"].replace("'", " ")).split(".") if w and w not in stop]
        c["email_doc"] = rng.choice([".".join(ws[:2]), "info." + ws[0], "".join(ws[:2])]).replace("-", "") + "@" + dom
        c["email_personal"] = f"{fs}.{ls}@" + rng.choice(["example.org", "example.net", "example.com"])
    else:
        c["email_doc"] = rng.choice([f"{fs}.{ls}@{dom}", f"{fs[0]}{ls}@{dom}", f"{ls}.{fs}{rng.randint(1, 99)}@{dom}"])
        c["email_personal"] = c["email_doc"]
    c["title"] = rng.choice({"nl": NL_TITLES, "fr": FR_TITLES, "en": EN_TITLES}[lang])
    c["desc"] = rng.choice({"nl": NL_DESC, "fr": FR_DESC, "en": EN_DESC}[lang])
    with_own = rng.random() < 0.65
    cents = rng.random() < 0.15
    c["req"], c["own"], c["total"], c["cost_lines"] = make_budget(rng, lang, with_own, cents)
    c["amount_style"] = rng.choice(AMOUNT_STYLES[lang])
    c["amount_words"] = (c["req"] % 100 == 0) and rng.random() < 0.3
    # mail date 2 May .. 16 June 2019
    day = rng.randint(0, 45)
    import datetime as dt
    d = dt.datetime(2019, 5, 2, 8, 0) + dt.timedelta(days=day, minutes=rng.randint(0, 14 * 60))
    c["mail_date"] = d
    c["sign_date"] = d - dt.timedelta(days=rng.randint(0, 4))
    # sender: self / helper / townhall
    r = rng.random()
    c["sender"] = "self" if r < 0.72 else ("helper" if r < 0.86 else "townhall")
    if c["sender"] != "self":
        hf, hl = rng.choice(F), rng.choice(L)
        c["helper_name"] = f"{hf} {hl}"
        if c["sender"] == "townhall":
            c["helper_email"] = f"{ascii_slug(hf)}.{ascii_slug(hl).replace('.', '')}@example.net"
            c["helper_org"] = f"Gemeente {BE_MAIN.get(muni, muni)}" if country == "BE" else f"Mairie de {muni}"
            c["helper_phone"] = fmt_phone(rng, *make_phone(rng, country, pc))
        else:
            c["helper_email"] = f"{ascii_slug(hf)}{rng.randint(10, 99)}@example.com"
    # email written in the doc: stated / empty / "zie hierboven"
    r = rng.random()
    p = 0.7 if c["sender"] == "self" else 0.4
    c["email_mode"] = "stated" if r < p else ("empty" if r < (1 + p) / 2 else "above")
    c["last_first"] = rng.random() < 0.35
    c["caps_last"] = c["last_first"] and rng.random() < 0.5
    c["country_written"] = rng.random() < 0.2
    return c


def truth_fields(c):
    t = {}
    if c["organisation"]:
        t["organisation"] = c["organisation"]
    t["contact_name"] = c["contact_name"]
    if c["email_mode"] == "stated":
        t["email"] = c["email_doc"]
    elif c["sender"] == "self":
        t["email"] = c["from_email"]
    if c.get("phone_in_doc", True):
        t["phone"] = c["e164"]
    t["address"] = c["address"]
    t["postcode"] = c["postcode"]
    t["municipality"] = c["municipality"]
    t["country"] = c["country"]
    t["project_title"] = c["title"]
    t["requested_amount"] = f"{c['req']:.2f}"
    if c.get("total_in_doc", True):
        t["total_budget"] = f"{c['total']:.2f}"
    return t
