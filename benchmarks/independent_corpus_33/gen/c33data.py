"""Invented case data and per-case form specs for corpus c33 ("forms laid out as paper forms are").

Everything here is deterministic: every random choice comes from random.Random(<fixed string seed>).
All people, streets, phone numbers and e-mail addresses are invented; villages/postcodes are real.
"""
import random

COORD = "jonas.polin@west-vlaanderen.be"

BE_PLACES = [  # (postcode, municipality) real Westhoek
    ("8640", "Westvleteren"), ("8640", "Woesten"), ("8640", "Oostvleteren"), ("8647", "Reninge"),
    ("8647", "Lo"), ("8647", "Pollinkhove"), ("8600", "Diksmuide"), ("8600", "Esen"),
    ("8600", "Woumen"), ("8600", "Keiem"), ("8690", "Alveringem"), ("8690", "Hoogstade"),
    ("8691", "Stavele"), ("8691", "Beveren-aan-den-IJzer"), ("8970", "Poperinge"), ("8972", "Proven"),
    ("8972", "Krombeke"), ("8978", "Watou"), ("8950", "Nieuwkerke"), ("8956", "Kemmel"),
    ("8954", "Westouter"), ("8958", "Loker"), ("8951", "Dranouter"), ("8957", "Mesen"),
    ("8980", "Zonnebeke"), ("8980", "Passendale"), ("8920", "Langemark"), ("8920", "Poelkapelle"),
    ("8650", "Houthulst"), ("8650", "Klerken"), ("8630", "Veurne"), ("8630", "Avekapelle"),
    ("8906", "Elverdinge"), ("8908", "Vlamertinge"), ("8902", "Zillebeke"), ("8904", "Boezinge"),
    ("8660", "Adinkerke"), ("8670", "Wulpen"), ("8610", "Handzame"), ("8680", "Bovekerke"),
]
FR_PLACES = [  # real Nord (59)
    ("59122", "Hondschoote"), ("59122", "Killem"), ("59122", "Rexpoëde"), ("59470", "Wormhout"),
    ("59470", "Herzeele"), ("59470", "Ledringhem"), ("59380", "Bergues"), ("59380", "Quaëdypre"),
    ("59380", "Socx"), ("59670", "Cassel"), ("59670", "Winnezeele"), ("59114", "Steenvoorde"),
    ("59114", "Eecke"), ("59270", "Bailleul"), ("59270", "Godewaersvelde"), ("59299", "Boeschepe"),
    ("59190", "Hazebrouck"), ("59190", "Morbecque"), ("59850", "Nieppe"), ("59285", "Arnèke"),
    ("59285", "Rubrouck"), ("59630", "Bourbourg"), ("59820", "Gravelines"), ("59229", "Uxem"),
    ("59123", "Zuydcoote"), ("59173", "Renescure"), ("59660", "Merville"), ("59940", "Estaires"),
]

NL_FIRST_M = ["Bart", "Dirk", "Jan", "Karel", "Luc", "Marc", "Noël", "Pieter", "Stijn", "Wim", "Ward", "Jef",
              "Hendrik", "Koen", "Frederik", "Geert", "Johan", "Filip", "Roland", "Lieven", "Arne", "Maarten"]
NL_FIRST_F = ["Ann", "Els", "Griet", "Hilde", "Joke", "Katrien", "Lieve", "Marijke", "Rita", "Sofie", "Tine",
              "Lotte", "Mieke", "Annelies", "Nele", "Godelieve", "Brecht", "Veerle", "Ilse", "Machteld", "Lien"]
NL_LAST = ["Vandamme", "Declercq", "Vanhee", "Debruyne", "Verhaeghe", "Lefevere", "Desmet", "Vandenberghe",
           "Coudeville", "Lamote", "Dewulf", "Vanneste", "Goudeseune", "Decorte", "Verstraete", "Boone", "Devos",
           "Vermeersch", "Ryckewaert", "Vanrobaeys", "Lobbestael", "Dehaene", "Butaye", "Cardoen", "Soenen",
           "Delanghe", "Pattyn", "Vandevoorde", "Mahieu", "Vanlerberghe", "Bouckaert", "Casteleyn", "Dumon",
           "Van Eecke", "De Meulenaere", "Schoonaert", "Degrave", "Vancayzeele", "Bekaert", "Noyez"]
FR_FIRST_M = ["Jean-Marc", "Philippe", "Christophe", "Bernard", "Hervé", "Thierry", "Benoît", "Gérard", "Pascal",
              "Jean-Pierre", "Ghislain", "Régis", "Didier", "Laurent", "Francis", "Olivier", "Damien", "Joël"]
FR_FIRST_F = ["Sylvie", "Nathalie", "Isabelle", "Martine", "Dominique", "Véronique", "Amandine", "Élodie",
              "Monique", "Aurélie", "Maryse", "Odile", "Sandrine", "Chantal", "Brigitte", "Céline", "Hélène", "Agnès"]
FR_LAST = ["Vanhove", "Deswarte", "Lemaire", "Dequidt", "Deconinck", "Vandewalle", "Ryckebusch", "Delattre",
           "Lefebvre", "Coppin", "Decock", "Bultel", "Hennebelle", "Vanpeperstraete", "Desmytter", "Delassus",
           "Bollengier", "Thoor", "Schipman", "Gryson", "Beun", "Vercoutre", "Dewaele", "Lebleu", "Top",
           "Verstaevel", "Maerten", "Debril", "Looten", "Vandaele", "Haeck", "Baert", "Cousin", "Dumont"]

NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Statiestraat", "Molenstraat", "Kasteelstraat", "Schoolstraat",
              "Hoogstraat", "Zuidstraat", "Nieuwstraat", "Pastoriestraat", "Hoflandstraat", "Lindenlaan",
              "Bosstraat", "Veldstraat", "Meersstraat", "Kapelstraat", "Beekstraat", "Eikenlaan", "Hopstraat",
              "Brouwerijstraat", "Blauwe Molenweg", "Vijverstraat", "Gasthuisstraat", "Wilgenhof"]
FR_STREETS = ["rue de l'Église", "rue du Moulin", "rue de la Gare", "route de Bergues", "rue des Écoles",
              "chemin du Mont", "rue Nationale", "impasse des Tilleuls", "rue du Bois", "rue Pasteur",
              "rue des Houblons", "place du Marché", "rue de la Chapelle", "chemin des Prés", "rue du Calvaire",
              "allée des Peupliers", "rue de la Brasserie", "rue du Château", "sentier des Saules", "rue Verte"]

NL_ORGS = [("Dorpsraad {v}", "fv"), ("Buurtcomité {s}", "fv"), ("vzw Dorpshuis {v}", "vzw"),
           ("Chiro {v}", "fv"), ("KLJ {v}", "fv"), ("Gezinsbond afdeling {v}", "fv"),
           ("Vrije Basisschool De Linde", "school"), ("Gemeentelijke Basisschool 't Klavertje", "school"),
           ("Ferm {v}", "fv"), ("OKRA {v}", "fv"), ("vzw Buurthuis 't Schuurtje", "vzw"),
           ("Landelijke Gilde {v}", "fv"), ("Tuinhiersclub {v}", "fv"), ("Jeugdhuis De Kelder", "vzw"),
           ("Feestcomité {v}-Centrum", "fv"), ("Werkgroep Trage Wegen {v}", "fv"), ("vzw De Hoppeschuur", "vzw"),
           ("Oudercomité VBS {v}", "fv"), ("Speelpleinwerking {v}", "vzw"), ("Fanfare Sint-Cecilia {v}", "vzw")]
FR_ORGS = [("Comité des fêtes de {v}", "asso"), ("Association Les Jardins de {v}", "asso"),
           ("Foyer rural de {v}", "asso"), ("École primaire publique Les Tilleuls", "school"),
           ("Club des aînés de {v}", "asso"), ("Association familiale de {v}", "asso"),
           ("Amicale laïque de {v}", "asso"), ("Les Amis du Moulin de {v}", "asso"),
           ("Collectif Voisins Solidaires {v}", "collectif"), ("Maison des jeunes de {v}", "asso"),
           ("Association des parents d'élèves de {v}", "asso"), ("Comité de quartier {s}", "collectif"),
           ("Estaminet associatif Le Relais", "asso"), ("Harmonie municipale de {v}", "asso"),
           ("Association Patrimoine et Houblon", "asso"), ("Jardin d'insertion Les Courtils", "asso")]

NL_TITLES = ["Dorpsontmoetingspunt in de oude pastorie", "Samentuin achter de kerk", "Boerenmarkt op het dorpsplein",
             "Vrijwillige chauffeurs voor minder mobiele dorpsgenoten", "Speelbos voor de kinderen van {v}",
             "Straatmeesters in {v}", "Repaircafé {v}", "Een groen en levendig dorpsplein",
             "Buurtbibliotheek en leeshoek", "Wandelkaart trage wegen rond {v}", "Petanqueveld en ontmoetingsbanken",
             "Dorpskrant en bewonersenquête", "Buurtfeest 'Van hier tot over de grens'",
             "Pluktuin en fruitboomgaard voor iedereen", "Zitbanken en picknickplek aan de IJzer",
             "Het Dorpscafé: samen terug open", "Telewerkplek en ontmoetingsruimte in de oude school",
             "Natuurspeelplaats 'De Wilgen'", "Buurtbus voor senioren", "Kunstroute langs de hoppevelden"]
FR_TITLES = ["Jardin partagé de la rue des Écoles", "Marché de producteurs locaux", "Café associatif au cœur de {v}",
             "Transport solidaire des aînés", "Boîte à livres et coin lecture", "Aire de jeux naturelle",
             "Voisins relais du quartier", "Fête des voisins transfrontalière", "Atelier de réparation solidaire",
             "Verger communal partagé", "Bancs et espace de rencontre place du village",
             "Journal du village et enquête habitants", "Sentiers de randonnée et balisage à {v}",
             "Épicerie solidaire itinérante", "Salle de coworking rural", "Potager pédagogique de l'école",
             "Ciné-plein-air dans les Monts de Flandre", "Estaminet éphémère et animations"]

NL_DESC = ["We willen samen met de bewoners een plek creëren waar jong en oud elkaar ontmoeten.",
           "Het project vertrekt van een bevraging bij de inwoners; er is veel vraag naar een ontmoetingsplek.",
           "Een groep vrijwilligers staat klaar; we zoeken nog middelen voor materiaal en begeleiding.",
           "De school, de jeugdbeweging en de seniorenvereniging werken samen aan dit initiatief.",
           "We organiseren eerst een infomoment en daarna enkele werkdagen met de buurt."]
FR_DESC = ["Nous souhaitons créer avec les habitants un lieu où jeunes et anciens se rencontrent.",
           "Le projet part d'une enquête auprès des habitants, qui demandent un lieu de rencontre.",
           "Un groupe de bénévoles est prêt ; il nous manque des moyens pour le matériel et l'accompagnement.",
           "L'école, la maison des jeunes et le club des aînés portent ensemble cette initiative.",
           "Nous prévoyons une réunion publique puis plusieurs chantiers participatifs."]

NL_BUDGET_LINES = ["Begeleiding door participatie-expert", "Ontwerp door landschapsarchitect", "Aankoop tuinmateriaal",
                   "Tafels en stoelen", "Communicatie (folders, affiches)", "Organisatie bewonersmoment",
                   "Enquête en verwerking", "Kleine bouwmaterialen", "Huur tent en geluid", "Verzekering vrijwilligers",
                   "Drukwerk wandelkaart", "Speeltoestellen (natuurlijk materiaal)"]
FR_BUDGET_LINES = ["Accompagnement par un expert en participation", "Étude paysagiste", "Achat de matériel de jardinage",
                   "Tables et chaises", "Communication (affiches, flyers)", "Réunion publique avec les habitants",
                   "Enquête auprès des habitants", "Petit matériel de construction", "Location chapiteau et sono",
                   "Assurance des bénévoles", "Impression des cartes", "Jeux en bois"]


# ---------------------------------------------------------------- formatting helpers

def e164(national, country):
    d = "".join(ch for ch in national if ch.isdigit())
    return ("+32" if country == "BE" else "+33") + d[1:]


def make_phone(rng, country, mobile=True):
    if country == "BE":
        if mobile:
            return "04" + rng.choice("7789") + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return "05" + rng.choice("78") + "".join(str(rng.randint(0, 9)) for _ in range(6))
    if mobile:
        return "0" + rng.choice("67") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "0328" + "".join(str(rng.randint(0, 9)) for _ in range(6))


def fmt_phone(nat, country, style):
    """nat: national digits string starting with 0."""
    if style == "plain":
        return nat
    if country == "BE":
        if len(nat) == 10:
            a, b, c, d = nat[:4], nat[4:6], nat[6:8], nat[8:]
        else:
            a, b, c, d = nat[:3], nat[3:5], nat[5:7], nat[7:]
        if style == "space":
            return f"{a} {b} {c} {d}"
        if style == "slash":
            return f"{a}/{b}.{c}.{d}"
        if style == "intl":
            return f"+32 {a[1:]} {b} {c} {d}"
        if style == "intl0":
            return f"+32 (0){a[1:]} {b} {c} {d}"
        return f"{a} {b}{c}{d}"
    pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
    if style == "space":
        return " ".join(pairs)
    if style == "slash":
        return ".".join(pairs)
    if style == "intl":
        return "+33 " + nat[1] + " " + " ".join(pairs[1:])
    if style == "intl0":
        return "+33 (0)" + nat[1] + " " + " ".join(pairs[1:])
    return nat[:2] + " " + nat[2:]


def _group(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def fmt_amount(value, lang, style):
    """value: int euros."""
    if lang == "nl":
        g = _group(value, ".")
        return {0: f"€ {g},00", 1: f"{g} euro", 2: f"{value} EUR", 3: f"€{value}", 4: f"{g},- euro",
                5: f"{g},00 EUR"}[style % 6]
    g = _group(value, "\u00a0" if style % 2 else " ")
    return {0: f"{g},00 €", 1: f"{value} €", 2: f"{g} euros", 3: f"{_group(value, '.')} €", 4: f"{g} € TTC",
            5: f"{g},00 euros"}[style % 6]


def fmt_amount_grid(value, lang, style):
    if lang == "nl":
        return [f"{_group(value, '.')},00", f"€ {_group(value, '.')}", f"{value},00"][style % 3]
    return [f"{_group(value, ' ')},00", f"{_group(value, ' ')} €", f"{value},00 €"][style % 3]


def slug(s):
    tr = str.maketrans("éèêëàâäîïôöûüçœ' ", "eeeeaaaiioouuco--")
    return "".join(ch for ch in s.lower().translate(tr) if ch.isalnum() or ch in "-.")


# ---------------------------------------------------------------- case data

def person(rng, lang, country, used):
    while True:
        if lang == "nl":
            first = rng.choice(NL_FIRST_M + NL_FIRST_F)
            last = rng.choice(NL_LAST)
        else:
            first = rng.choice(FR_FIRST_M + FR_FIRST_F)
            last = rng.choice(FR_LAST)
        if (first, last) not in used and last not in {u[1] for u in used}:
            used.add((first, last))
            break
    dom = rng.choice(["example.org", "example.net", "example.com"])
    style = rng.randint(0, 3)
    fs, ls = slug(first), slug(last).replace("-", "")
    local = [f"{fs}.{ls}", f"{fs[0]}{ls}", f"{fs}{ls}{rng.randint(2, 79)}", f"{ls}.{fs}"][style]
    return {"first": first, "last": last, "email": f"{local}@{dom}",
            "phone": make_phone(rng, country, mobile=rng.random() < 0.75)}


def build_case(half, idx, fmt, lang, special, sub):
    rng = random.Random(f"c33-case-{half}-{idx}")
    country = "BE" if lang == "nl" else "FR"
    postcode, village = rng.choice(BE_PLACES if country == "BE" else FR_PLACES)
    used = set()
    street = rng.choice(NL_STREETS if lang == "nl" else FR_STREETS)
    num = rng.randint(1, 148)
    if lang == "nl":
        address = f"{street} {num}" + (f" bus {rng.randint(1, 6)}" if rng.random() < 0.25 else "")
    else:
        address = f"{num}{' bis' if rng.random() < 0.15 else ''} {street}"
    individual = "individual" in special
    if individual:
        org, legal = None, ("particulier")
    else:
        tmpl, legal = rng.choice(NL_ORGS if lang == "nl" else FR_ORGS)
        org = tmpl.format(v=village, s=street.replace("rue ", "").replace("straat", "straat"))
    roles_nl = ["voorzitter", "secretaris", "penningmeester"]
    roles_fr = ["président(e)", "secrétaire", "trésorier(ère)"]
    board = {r: person(rng, lang, country, used) for r in ("pres", "sec", "tres")}
    # who is the contact
    if individual:
        contact = person(rng, lang, country, used)
        contact_role = "self"
        board = {}
    else:
        contact_role = rng.choice(["pres", "sec", "sep", "sep", "tres"])
        contact = board[contact_role] if contact_role != "sep" else person(rng, lang, country, used)
    # sender
    if individual or rng.random() < 0.55 or "email_from_sig" in special:
        sender = contact
    else:
        others = [p for r, p in board.items() if p is not contact]
        sender = rng.choice(others) if others else contact
    title = rng.choice(NL_TITLES if lang == "nl" else FR_TITLES).format(v=village)
    lines_pool = NL_BUDGET_LINES if lang == "nl" else FR_BUDGET_LINES
    nlines = rng.randint(3, 5)
    lines = [(l, rng.randint(3, 60) * 100 + rng.choice([0, 0, 0, 50])) for l in rng.sample(lines_pool, nlines)]
    total = sum(a for _, a in lines)
    if total < 4000:
        lines[0] = (lines[0][0], lines[0][1] + 4000)
        total = sum(a for _, a in lines)
    req = min(10000, int(total * rng.choice([0.6, 0.7, 0.75, 0.8, 0.9, 1.0])) // 50 * 50)
    rest = total - req
    other = (rest // 2) // 50 * 50 if rest > 1000 and rng.random() < 0.6 else 0
    own = rest - other
    case = {
        "half": half, "idx": idx, "format": fmt, "lang": lang, "country": country, "sub": sub,
        "special": special, "org": org, "legal": legal, "address": address, "postcode": postcode,
        "village": village, "board": board, "contact": contact, "contact_role": contact_role,
        "sender": sender, "title": title, "desc": rng.sample(NL_DESC if lang == "nl" else FR_DESC, 2),
        "lines": lines, "total": total, "req": req, "own": own, "other": other,
        "roles": roles_nl if lang == "nl" else roles_fr,
        "day": (5, rng.randint(2, 31)) if rng.random() < 0.55 else (6, rng.randint(1, 14)),
        "hour": (rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)),
        "participants": rng.randint(8, 140),
        "prev_amount": rng.randint(5, 30) * 100,
    }
    if "body_correction" in special:
        case["req_form"] = req
        case["req"] = max(1000, req - rng.choice([500, 1000, 1500]))
    else:
        case["req_form"] = req
    case["truth"] = {
        "organisation": org,
        "contact_name": f"{contact['first']} {contact['last']}",
        "email": contact["email"].lower(),
        "phone": None if "no_phone" in special else e164(contact["phone"], country),
        "address": address,
        "postcode": postcode,
        "municipality": village,
        "country": country,
        "project_title": title,
        "requested_amount": f"{case['req']}.00",
        "total_budget": None if "no_total" in special else f"{total}.00",
    }
    return case
