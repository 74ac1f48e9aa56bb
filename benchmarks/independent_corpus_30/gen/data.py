"""Invented case data for corpus c30 ("the subsidy paperwork associations already have").

Everything here is invented: people, streets, associations, identifiers.
Village names and postcodes are real (Westhoek / French Nord).
"""
import random
from decimal import Decimal

# ---------------------------------------------------------------- places
NL_PLACES = [
    ("8970", "Poperinge"), ("8978", "Watou"), ("8956", "Kemmel"), ("8951", "Dranouter"),
    ("8958", "Loker"), ("8954", "Westouter"), ("8900", "Ieper"), ("8980", "Zonnebeke"),
    ("8920", "Langemark-Poelkapelle"), ("8600", "Diksmuide"), ("8647", "Lo-Reninge"),
    ("8690", "Alveringem"), ("8630", "Veurne"), ("8650", "Houthulst"), ("8640", "Oostvleteren"),
    ("8957", "Mesen"), ("8940", "Wervik"), ("8691", "Stavele"), ("8972", "Proven"),
    ("8906", "Elverdinge"), ("8908", "Vlamertinge"), ("8972", "Roesbrugge-Haringe"),
    ("8640", "Woesten"), ("8691", "Beveren-aan-de-IJzer"), ("8610", "Kortemark"),
    ("8680", "Koekelare"), ("8902", "Zillebeke"), ("8953", "Wijtschate"),
]
FR_PLACES = [
    ("59270", "Bailleul"), ("59114", "Steenvoorde"), ("59122", "Hondschoote"), ("59470", "Wormhout"),
    ("59670", "Cassel"), ("59380", "Bergues"), ("59470", "Esquelbecq"), ("59190", "Hazebrouck"),
    ("59630", "Bourbourg"), ("59850", "Godewaersvelde"), ("59299", "Boeschepe"),
    ("59190", "Hondeghem"), ("59122", "Rexpoede"), ("59470", "Bambecque"), ("59270", "Méteren"),
    ("59270", "Flêtre"), ("59190", "Caëstre"), ("59143", "Watten"), ("59660", "Merville"),
    ("59940", "Estaires"), ("59285", "Arnèke"), ("59470", "Ledringhem"), ("59470", "Zegerscappel"),
    ("59670", "Oudezeele"), ("59470", "Bollezeele"), ("59670", "Noordpeene"), ("59122", "Oost-Cappel"),
]

NL_STREET_A = ["Hommel", "Kapelaan", "Molenaars", "Vlasbloem", "Kouterbeek", "Zwaluwen", "Wilgendries",
               "Hoppeland", "Leeuwerik", "Distel", "Beukenhaag", "Klaproos", "Vierwegen", "Populieren",
               "Ranonkel", "Perelaar", "Vlierbes", "Kraaiennest", "Bijenkorf", "Oude Brouwerij",
               "Meikever", "Korenaar", "Zandvlier", "Hazelaar", "Boomgaard", "Smidse"]
NL_STREET_B = ["straat", "dreef", "weg", "hoek", "pad", "kouter", "laan", "veld"]
FR_STREETS = ["Rue du Houblonnier", "Chemin des Trois Moulins", "Rue de la Fontaine aux Saules",
              "Impasse des Liniers", "Rue Achille Verlinde", "Route du Mont des Hêtres",
              "Rue de l'Estaminet Bleu", "Chemin du Vieux Lavoir", "Rue des Brodeuses",
              "Place du Kiosque Vert", "Rue du Moulin Gaspard", "Allée des Tisserands",
              "Rue Blanche-Marie Decock", "Chemin de la Houblonnière", "Rue des Quatre Vents Sud",
              "Rue du Cordier", "Sentier des Aubépines", "Rue Émile Vanparys", "Rue de la Brasserie Noire",
              "Chemin des Oies Sauvages", "Rue du Petit Beffroi", "Rue des Vanniers"]

NL_FIRST = ["Griet", "Koen", "Lieve", "Pieter-Jan", "Marijke", "Stijn", "Annelies", "Wout", "Hilde", "Bart",
            "Sien", "Jens", "Elke", "Dries", "Nele", "Tine", "Ward", "Lotte", "Jozef", "Veerle", "Arne",
            "Katrien", "Frederik", "Ine", "Rik", "Mieke", "Hannes", "Leen", "Geert", "Inge"]
NL_LAST = ["Vanneste", "Deconinck", "Lefevere", "Decroos", "Vandamme", "Verhaeghe", "Dewitte", "Coudeville",
           "Soenen", "Bonte", "Ryckewaert", "Dejonghe", "Lobbestael", "Dumortier", "Vanhee", "Delanghe",
           "Boudry", "Vandewalle", "Cappelle", "Ghekiere", "Pattyn", "Vanlerberghe", "Debaene", "Minne",
           "Verstraete", "Leupe", "Snauwaert", "Hoflack", "Baert", "Vandenbussche"]
FR_FIRST = ["Marie-Claire", "Jean-Luc", "Sandrine", "Hervé", "Mathilde", "Bruno", "Nathalie", "Benoît",
            "Céline", "Thierry", "Aurélie", "Didier", "Élodie", "Grégory", "Françoise", "Ludovic",
            "Isabelle", "Jérôme", "Véronique", "Pascal", "Anne-Sophie", "Michel", "Gaëlle", "Régis",
            "Christelle", "Bernard", "Amandine", "Olivier", "Sylvie", "Fabrice"]
FR_LAST = ["Vandaele", "Decroix", "Beun", "Coolen", "Lemaire", "Delattre", "Ryckebusch", "Debuyser",
           "Vanhove", "Deswarte", "Wemaere", "Lefebvre", "Degrave", "Cailliau", "Demeester", "Verhille",
           "Bollengier", "Ducrocq", "Vermersch", "Hennebelle", "Lamarre", "Dezitter", "Baelde",
           "Castelain", "Ravet", "Plancke", "Goudeseune", "Tillie", "Morel", "Desmytter"]

NL_ORGS = [  # (name, legal, project)
    ("Dorpsraad {town}", "vzw", "Dorpsontmoetingspunt in de oude pastorij"),
    ("Buurtcomité {street}", "feitelijke vereniging", "Samentuin achter de parochiezaal"),
    ("Samen {town}", "vzw", "Buurtbus voor minder mobiele dorpsgenoten"),
    ("Boerenmarkt {town}", "feitelijke vereniging", "Maandelijkse boerenmarkt op het dorpsplein"),
    ("Bewonersplatform {town}", "feitelijke vereniging", "Straatmeesters: een aanspreekpunt in elke straat"),
    ("Speelpleinwerking De Wilgenkatjes", "vzw", "Natuurlijk speelbos aan de beek"),
    ("Repair & Koffie {town}", "vzw", "Repair Café en buurtcafé in het oude station"),
    ("Ouderraad Vrije Basisschool {town}", "feitelijke vereniging", "Schoolplein wordt dorpsplein"),
    ("Vrienden van de Molen {town}", "vzw", "Molenfeest en erfgoedwandeling voor en door bewoners"),
    ("Buurthuis 't Hoekske", "vzw", "Telewerkplek en leeshoek in het buurthuis"),
    ("Jeugdhuis De Klimop", "vzw", "Pop-up dorpscafé voor jong en oud"),
    ("Landelijke Gilde {town} (werkgroep dorp)", "feitelijke vereniging", "Hoogstamboomgaard en picknickweide voor het dorp"),
    ("Dorpscomité {town}", "feitelijke vereniging", "Heraanleg van het kerkhofpleintje met de buren"),
    ("Fietsvrienden {town}", "vzw", "Trage wegen in kaart brengen met de bewoners"),
    ("Kunstkring De Schuur", "vzw", "Dorpsbibliotheek in een oude telefooncel en buurtkast"),
    ("Vzw Dorpshuis {town}", "vzw", "Dorpsbakker in het dorpshuis: haalbaarheidsstudie en proefdraaien"),
    ("Wijkcomité De Vierwegen", "feitelijke vereniging", "Buurtfeest en zitbanken langs de trage weg"),
    ("Kinderopvang Het Nestje", "vzw", "Buitenspeelruimte voor opvang en buurtkinderen"),
    ("Seniorenraad {town}", "feitelijke vereniging", "Vrijwillige chauffeurs voor boodschappen en doktersbezoek"),
    ("Toneelgezelschap De Kouterbloem", "vzw", "Zomerbar en openluchtpodium op het kerkplein"),
]
FR_ORGS = [  # (name, sigle, project)
    ("Comité des fêtes de {town}", "CDF", "Un estaminet associatif pour le village"),
    ("Association Vivre à {town}", "AVA", "Jardin partagé des Trois Moulins"),
    ("Foyer rural de {town}", "FR{ini}", "Marché de producteurs du dimanche matin"),
    ("Les Amis du Moulin de {town}", "AMM", "Fête du moulin et balade patrimoine avec les habitants"),
    ("Association Transport Solidaire des Monts", "ATSM", "Transport solidaire pour les personnes peu mobiles"),
    ("Association des parents d'élèves de l'école de {town}", "APE", "Cour d'école ouverte aux habitants le week-end"),
    ("Les Jardins du Houtland", "LJH", "Potager collectif et compostage de quartier"),
    ("Café-lecture Le Petit Beffroi", "CLPB", "Boîte à livres et café-lecture itinérant"),
    ("Association Voisins Solidaires de {town}", "AVS", "Référents de rue : un voisin relais dans chaque rue"),
    ("Maison des jeunes de {town}", "MJ{ini}", "Aire de jeux participative près de la salle des fêtes"),
    ("Collectif Tiers-Lieu de {town}", "CTL", "Un tiers-lieu avec espace de télétravail à la mairie annexe"),
    ("Association Histoire et Patrimoine de {town}", "AHP", "Sentier des estaminets : circuit patrimoine et signalétique"),
    ("Comité de quartier du Kiosque Vert", "CQKV", "Rénovation participative du kiosque et fête de quartier"),
    ("Association Le Lien Intergénérationnel", "ALI", "Repas partagés et ateliers entre anciens et jeunes"),
    ("Les Vergers de Flandre intérieure", "VFI", "Verger conservatoire et pressage de jus de pomme collectif"),
    ("Association Bien Vieillir à {town}", "ABV", "Chauffeurs bénévoles pour les courses et rendez-vous médicaux"),
    ("Les Estaminets de Flandre en fête", "EFF", "Bal folk et scène ouverte sur la place du village"),
    ("Association Familles Rurales de {town}", "AFR", "Accueil périscolaire nature et jardin des enfants"),
    ("Collectif Commerce de Proximité de {town}", "CCP", "Étude de faisabilité pour une épicerie-dépôt de pain associative"),
    ("Amicale laïque de {town}", "ALB", "Boîte à outils partagée et atelier de réparation mensuel"),
]


def _digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out = "".join(c if c.isalnum() else "." for c in s)
    while ".." in out:
        out = out.replace("..", ".")
    return out.strip(".")


def person(r, lang, used, case_last=None):
    while True:
        if lang == "nl":
            f, l = r.choice(NL_FIRST), r.choice(NL_LAST)
        else:
            f, l = r.choice(FR_FIRST), r.choice(FR_LAST)
        recent = [u[0] for u in used[-3:]]
        if (f, l) not in used and l not in case_last and f not in recent:
            used.append((f, l))
            case_last.add(l)
            return {"first": f, "last": l, "name": f"{f} {l}"}


def street(r, lang):
    if lang == "nl":
        return r.choice(NL_STREET_A) + r.choice(NL_STREET_B)
    return r.choice(FR_STREETS)


def housenr(r, lang):
    n = str(r.randint(1, 148))
    if r.random() < 0.15:
        n += r.choice(["A", "B"] if lang == "nl" else [" bis", "B"])
    return n


def mobile(r, lang):
    if lang == "nl":
        d = r.choice(["472", "473", "475", "476", "477", "478", "479", "485", "486", "494", "495", "496", "497", "499"]) + _digits(r, 6)
        return "+32" + d
    d = r.choice(["6", "7"]) + _digits(r, 8)
    return "+33" + d


def landline(r, lang, pc=None):
    if lang == "nl":
        area = "57" if pc and pc[:2] in ("89",) else ("58" if pc and pc[:3] in ("863", "866", "867", "862", "869", "860", "864", "865") else r.choice(["57", "51", "56", "58"]))
        return "+32" + area + _digits(r, 6)
    return "+333" + r.choice(["28", "20"]) + _digits(r, 6)


def fmt_phone(e164, style):
    """Render an E.164 number the way people write it on forms."""
    if e164.startswith("+32"):
        nat = "0" + e164[3:]
        if nat[1] == "4":  # mobile 04xx xx xx xx
            parts = [nat[:4], nat[4:6], nat[6:8], nat[8:]]
            if style == 0:
                return " ".join(parts)
            if style == 1:
                return parts[0] + "/" + ".".join(parts[1:])
            if style == 2:
                return "+32 " + nat[1:4] + " " + " ".join(parts[1:])
            return parts[0] + "/" + parts[1] + parts[2] + parts[3]
        parts = [nat[:3], nat[3:5], nat[5:7], nat[7:]]
        if style == 0:
            return " ".join(parts)
        if style == 1:
            return parts[0] + "/" + " ".join(parts[1:])
        if style == 2:
            return "+32 " + nat[1:3] + " " + " ".join(parts[1:])
        return parts[0] + "/" + parts[1] + "." + parts[2] + "." + parts[3]
    nat = "0" + e164[3:]
    pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
    if style == 0:
        return " ".join(pairs)
    if style == 1:
        return ".".join(pairs)
    if style == 2:
        return "+33 " + nat[1] + " " + " ".join(pairs[1:])
    return "+33 (0)" + nat[1] + " " + " ".join(pairs[1:])


def money(v, lang, style=0):
    """Format a Decimal amount."""
    v = Decimal(v).quantize(Decimal("0.01"))
    ip, dp = str(v).split(".")
    groups = []
    while ip:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    if lang == "fr":
        sep = "\u00a0" if style in (0, 2) else " "
        if style == 3:
            sep = "."
        s = sep.join(groups)
        if style == 1 and dp == "00":
            return s + " €"
        if style == 2:
            return s + "," + dp
        return s + "," + dp + " €"
    s = ".".join(groups)
    if style == 0:
        return "€ " + s + "," + dp
    if style == 1:
        return s + "," + dp
    if style == 2:
        return s + (",00" if dp == "00" else "," + dp) + " EUR"
    return s + " euro" if dp == "00" else s + "," + dp + " euro"


def date_str(d, lang, style=0):
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return d.strftime("%d.%m.%Y") if lang == "nl" else d.strftime("%d-%m-%Y")
    months_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    months_nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    m = (months_nl if lang == "nl" else months_fr)[d.month - 1]
    return f"{d.day} {m} {d.year}"


def make_budget(r, lang, requested, big=False):
    """Return charges, produits (lists of (code,label,Decimal)), total. Totals balance."""
    D = Decimal
    if lang == "fr":
        charge_pool = [
            ("6064", "Fournitures administratives et petit matériel"),
            ("606", "Achats de matériel et petit équipement"),
            ("6063", "Fournitures d'entretien et petit outillage"),
            ("613", "Locations (salle, chapiteau, matériel)"),
            ("616", "Primes d'assurance"),
            ("6226", "Honoraires (paysagiste, animateur participatif)"),
            ("623", "Publicité, publications, communication"),
            ("625", "Déplacements, missions"),
            ("6257", "Réceptions (moments conviviaux avec les habitants)"),
            ("618", "Documentation, divers"),
        ]
    else:
        charge_pool = [
            ("A1", "Aankoop klein materiaal (tuingereedschap, zitbanken, tafels)"),
            ("A2", "Begeleiding door participatie-expert"),
            ("A3", "Ontwerp landschapsarchitect / ontwerper"),
            ("A4", "Communicatie (flyers, affiches, website)"),
            ("A5", "Huur materiaal en tent"),
            ("A6", "Verzekering"),
            ("A7", "Organisatie bewonersmoment / evenement"),
            ("A8", "Onthaal vrijwilligers (drank en hapjes)"),
            ("A9", "Enquête en haalbaarheidsstudie"),
            ("A10", "Vervoerskosten vrijwilligers"),
        ]
    n = r.randint(4, 7)
    lines = r.sample(charge_pool, n)
    # total: requested is a share of the total
    share = r.choice([0.5, 0.55, 0.6, 0.64, 0.7, 0.75, 0.8])
    total = (D(requested) / D(str(share))).quantize(D("1"))
    total = (total / 10).quantize(D("1")) * 10
    # split total into n amounts
    weights = [r.randint(2, 10) for _ in lines]
    ws = sum(weights)
    amounts = [(total * w / ws).quantize(D("1")) for w in weights]
    amounts = [(a / 10).quantize(D("1")) * 10 for a in amounts]
    amounts[0] += total - sum(amounts)
    charges = [(c, l, a) for (c, l), a in zip(lines, amounts)]
    rest = total - D(requested)
    produits = []
    if lang == "fr":
        pool = [("74", "Région Hauts-de-France"), ("74", "Département du Nord"), ("74", "Commune(s) : {town}"),
                ("74", "CAF du Nord"), ("74", "Fondation (préciser)")]
    else:
        pool = [("S", "Subsidie gemeente {town}"), ("S", "Provincie West-Vlaanderen (andere reglementen)"),
                ("S", "Sponsoring lokale handelaars"), ("S", "Koning Boudewijnstichting")]
    others = r.sample(pool, r.randint(1, 3))
    own = (rest * D(str(r.choice([0.2, 0.3, 0.4])))).quantize(D("1"))
    own = (own / 10).quantize(D("1")) * 10
    remaining = rest - own
    split = []
    for i, o in enumerate(others):
        if i == len(others) - 1:
            split.append(remaining)
        else:
            a = (remaining * D(str(r.choice([0.3, 0.4, 0.5])))).quantize(D("1"))
            a = (a / 10).quantize(D("1")) * 10
            split.append(a)
            remaining -= a
    for (c, l), a in zip(others, split):
        produits.append((c, l, a))
    return charges, produits, own, total


def make_cases(seed=3030):
    r = random.Random(seed)
    cases = []
    from datetime import date, timedelta
    nl_places = NL_PLACES[:]
    fr_places = FR_PLACES[:]
    r.shuffle(nl_places)
    r.shuffle(fr_places)
    nl_orgs = NL_ORGS[:]
    fr_orgs = FR_ORGS[:]
    r.shuffle(nl_orgs)
    r.shuffle(fr_orgs)
    for lang in ("nl", "fr"):
        used = []
        for i in range(20):
            places = nl_places if lang == "nl" else fr_places
            pc, town = places[i % len(places)]
            orgdef = (nl_orgs if lang == "nl" else fr_orgs)[i]
            seat_street = street(r, lang)
            c = {"lang": lang, "country": "BE" if lang == "nl" else "FR", "idx": i}
            if lang == "nl":
                name_t, legal, proj = orgdef
                c["legal"] = legal
            else:
                name_t, sigle, proj = orgdef
                c["sigle"] = sigle.replace("{ini}", town[0].upper())
            c["org"] = name_t.format(town=town, street=seat_street)
            if lang == "fr":
                import re as _re
                c["org"] = _re.sub(r"\bde ([AEIOUÉÈaeiou])", r"d'\1", c["org"])
            c["project_title"] = proj
            c["pc"], c["town"] = pc, town
            c["seat"] = {"street": seat_street, "nr": housenr(r, lang), "pc": pc, "town": town}
            cl = set()
            c["president"] = person(r, lang, used, cl)
            c["contact"] = person(r, lang, used, cl)
            c["treasurer"] = person(r, lang, used, cl)
            c["secretary"] = person(r, lang, used, cl) if r.random() < 0.5 else c["contact"]
            for role in ("president", "contact", "treasurer", "secretary"):
                p = c[role]
                if "phone" in p:
                    continue
                ppc, ptown = (pc, town) if r.random() < 0.7 else places[(i + r.randint(1, 5)) % len(places)]
                p["addr"] = {"street": street(r, lang), "nr": housenr(r, lang), "pc": ppc, "town": ptown}
                p["phone"] = mobile(r, lang)
                dom = r.choice(["example.org", "example.net", "example.com"])
                fl = _slug(p["first"]) + "." + _slug(p["last"])
                p["email"] = r.choice([fl, _slug(p["first"]) + _slug(p["last"])[:3] + str(r.randint(1, 99)), _slug(p["last"]) + "." + _slug(p["first"])[0]]) + "@" + dom
            c["org_phone"] = landline(r, lang, pc)
            c["org_email"] = _slug(c["org"].split("(")[0])[:28].strip(".") + "@" + r.choice(["example.org", "example.net"])
            # correspondence address: sometimes different from seat
            mode = r.random()
            if mode < 0.4:
                c["corr"] = None  # seat is the address
            elif mode < 0.7:
                c["corr"] = dict(c["contact"]["addr"])  # c/o the contact person
                c["corr_co"] = True
            else:
                c["corr"] = {"street": street(r, lang), "nr": housenr(r, lang), "pc": pc, "town": town}
            if c["corr"] and c["corr"] == c["seat"]:
                c["corr"] = None
            # identifiers
            if lang == "fr":
                siren = _digits(r, 9)
                c["siret"] = f"{siren[:3]} {siren[3:6]} {siren[6:]} {_digits(r, 5)}"
                c["rna"] = "W59" + _digits(r, 7)
                c["iban"] = "FR76 " + " ".join(_digits(r, 4) for _ in range(5)) + " " + _digits(r, 3)
                c["ape"] = r.choice(["9499Z", "9329Z", "8899B", "9004Z"])
                c["jo_date"] = date(r.randint(1978, 2015), r.randint(1, 12), r.randint(1, 28))
            else:
                c["kbo"] = "0" + _digits(r, 3) + "." + _digits(r, 3) + "." + _digits(r, 3) if c["legal"] == "vzw" else None
                c["iban"] = "BE" + _digits(r, 2) + " " + " ".join(_digits(r, 4) for _ in range(3))
                c["bic"] = r.choice(["GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB", "ARSPBE22"])
                c["founded"] = r.randint(1968, 2016)
            # amounts
            req = r.choice([3000, 4500, 5000, 6000, 6500, 7000, 7500, 8000, 8500, 9000, 9500, 10000, 4800, 7850, 9250])
            if r.random() < 0.15:
                req = req - r.choice([15, 40, 75]) + Decimal("0.5") * r.choice([0, 1])
            c["requested"] = Decimal(str(req)).quantize(Decimal("0.01"))
            ch, pr, own, total = make_budget(r, lang, c["requested"])
            c["charges"], c["other_income"], c["own"], c["total"] = ch, [(a, b.format(town=town), v) for a, b, v in pr], own, total
            c["volunteers"] = r.randint(4, 35)
            c["members"] = r.randint(12, 160)
            c["staff"] = r.choice([0, 0, 0, 1])
            d0 = date(2019, 5, 6) + timedelta(days=r.randint(0, 40))
            c["mail_date"] = d0
            c["sign_date"] = d0 - timedelta(days=r.choice([0, 0, 1, 2, 5]))
            c["start"] = date(2019, r.choice([9, 10]), r.choice([1, 15]))
            c["end"] = date(2020, r.choice([3, 6, 9, 12]), r.choice([30, 28]) if True else 30)
            c["sender"] = r.choices(["contact", "president", "org"], [0.65, 0.25, 0.10])[0]
            c["phone_style"] = r.randint(0, 3)
            c["money_style"] = r.randint(0, 3)
            c["seed"] = r.randint(0, 10**9)
            cases.append(c)
    return cases


def truth_fields(c):
    addr = c["corr"] or c["seat"]
    contact = c["contact"]
    return {
        "organisation": c["org"],
        "contact_name": contact["name"],
        "email": contact["email"],
        "phone": None if c.get("no_phone") else contact["phone"],
        "address": f"{addr['street']} {addr['nr']}" if c["lang"] == "nl" else f"{addr['nr']} {addr['street']}",
        "postcode": addr["pc"],
        "municipality": addr["town"],
        "country": c["country"],
        "project_title": c["project_title"],
        "requested_amount": str(c["requested"]),
        "total_budget": None if c.get("no_total") else str(Decimal(c["total"]).quantize(Decimal("0.01"))),
    }
