"""Invented applicants, projects, amounts, phones and the texts of letters/forms.

Everything here is drawn from a random.Random passed in, so the corpus is
deterministic for a given seed.
"""
import unicodedata

# real villages with their real postcodes (Westhoek, BE / Nord, FR)
BE_PLACES = [
    ("8900", "Ieper"), ("8902", "Zillebeke"), ("8904", "Boezinge"), ("8906", "Elverdinge"),
    ("8908", "Vlamertinge"), ("8920", "Langemark"), ("8920", "Poelkapelle"), ("8920", "Bikschote"),
    ("8950", "Nieuwkerke"), ("8951", "Dranouter"), ("8952", "Wulvergem"), ("8953", "Wijtschate"),
    ("8954", "Westouter"), ("8956", "Kemmel"), ("8957", "Mesen"), ("8958", "Loker"),
    ("8970", "Poperinge"), ("8970", "Reningelst"), ("8972", "Proven"), ("8972", "Krombeke"),
    ("8978", "Watou"), ("8980", "Zonnebeke"), ("8980", "Passendale"), ("8640", "Westvleteren"),
    ("8640", "Oostvleteren"), ("8640", "Woesten"), ("8647", "Lo-Reninge"), ("8647", "Pollinkhove"),
    ("8600", "Diksmuide"), ("8600", "Woumen"), ("8600", "Esen"), ("8620", "Nieuwpoort"),
    ("8630", "Veurne"), ("8630", "Avekapelle"), ("8660", "Adinkerke"), ("8670", "Oostduinkerke"),
    ("8690", "Alveringem"), ("8690", "Hoogstade"), ("8691", "Izenberge"), ("8650", "Houthulst"),
    ("8650", "Merkem"), ("8650", "Klerken"),
]
FR_PLACES = [
    ("59470", "Wormhout"), ("59380", "Bergues"), ("59114", "Steenvoorde"), ("59670", "Cassel"),
    ("59122", "Hondschoote"), ("59190", "Hazebrouck"), ("59270", "Bailleul"), ("59470", "Esquelbecq"),
    ("59470", "Herzeele"), ("59299", "Boeschepe"), ("59270", "Godewaersvelde"), ("59670", "Winnezeele"),
    ("59122", "Rexpoëde"), ("59470", "Bambecque"), ("59285", "Arnèke"), ("59270", "Méteren"),
    ("59270", "Flêtre"), ("59190", "Caëstre"), ("59190", "Morbecque"), ("59181", "Steenwerck"),
    ("59660", "Merville"), ("59630", "Bourbourg"), ("59380", "Quaëdypre"), ("59380", "Socx"),
    ("59492", "Hoymille"), ("59254", "Ghyvelde"), ("59670", "Oxelaëre"), ("59114", "Terdeghem"),
    ("59470", "Zegerscappel"), ("59122", "Killem"),
]
BE_MUNIS = [("8970", "Poperinge"), ("8950", "Heuvelland"), ("8640", "Vleteren"), ("8690", "Alveringem"),
            ("8647", "Lo-Reninge"), ("8920", "Langemark-Poelkapelle"), ("8980", "Zonnebeke"), ("8600", "Diksmuide"),
            ("8650", "Houthulst"), ("8957", "Mesen"), ("8630", "Veurne")]
BE_AREA = {"89": "057", "86": "058", "865": "051", "898": "051", "860": "051"}

NL_FIRST = ["Jan", "Koen", "Griet", "Sofie", "Bart", "Annelies", "Dirk", "Hilde", "Stijn", "Lieve",
            "Pieter", "Marleen", "Wouter", "Katrien", "Geert", "Ine", "Joris", "Els", "Frederik",
            "Nele", "Lut", "Marc", "Rita", "Filip", "Veerle", "Ward", "Lotte", "Noël", "Chantal", "Jozef"]
NL_LAST = ["Vandenbussche", "Deconinck", "Verhaeghe", "Lermyte", "Decroos", "Vanneste", "Dewaele",
           "Cappoen", "Vandamme", "Seynaeve", "Lefever", "Dequidt", "Verslype", "Deleu", "Tyberghein",
           "Soenen", "Declercq", "Pattyn", "Mahieu", "Ghekiere", "Desmyter", "Lagae", "Vanlerberghe",
           "Vermeulen", "Bouttefeu", "Coulier", "Dewulf", "Hoflack", "Maes", "Rosseel"]
FR_FIRST = ["Jean-Pierre", "Sylvie", "Dominique", "Christophe", "Nathalie", "Bernard", "Françoise",
            "Thierry", "Isabelle", "Hervé", "Brigitte", "Mathieu", "Céline", "Gérard", "Élodie", "Pascal",
            "Véronique", "Benoît", "Hélène", "Joël", "Maryse", "Régis", "Aurélie", "Laurent", "Josiane"]
FR_LAST = ["Decool", "Vandaele", "Deswarte", "Lemaire", "Vanhee", "Debruyne", "Delattre", "Bollengier",
           "Coppin", "Dehondt", "Lefebvre", "Ryckebusch", "Vercoutre", "Hennebelle", "Bultel", "Dewitte",
           "Carré", "Ternynck", "Duriez", "Blondé", "Cappelaere", "Schipman", "Verhaeghe", "Lebleu", "Top"]

NL_STREETS = ["Kerkstraat", "Dorpsplaats", "Bellestraat", "Poperingseweg", "Ieperstraat", "Molenstraat",
              "Zuidstraat", "Veurnestraat", "Hoogstraat", "Kemmelbergweg", "Abeelseweg", "Lindenlaan",
              "Hondstraat", "Wijnbergstraat", "Schoolstraat", "Pastorijstraat", "Vijverstraat",
              "Boeschepestraat", "Sint-Maartensplein", "Kasteelstraat", "Nonnenstraat", "Reninge-Dorp"]
FR_STREETS = ["rue de la Gare", "place du Général de Gaulle", "rue de Cassel", "chemin du Moulin",
              "rue de l'Église", "route d'Hondschoote", "place de la Mairie", "rue des Tilleuls",
              "impasse des Saules", "rue du Mont Noir", "rue Pasteur", "allée des Peupliers",
              "rue de la Chapelle", "rue du Bourg", "chemin des Prés", "rue Jean Jaurès", "rue de Bergues"]

NL_ORGS = [  # (pattern, kind-of-group, role of chair)
    ("Dorpsraad {v}", "dorpsraad"), ("Buurtcomité {street}", "buurt"), ("Chiro {v}", "jeugd"),
    ("KLJ {v}", "jeugd"), ("Oudercomité VBS Sint-Jozef {v}", "school"), ("Gezinsbond {v}", "vereniging"),
    ("Landelijke Gilde {v}", "vereniging"), ("Feestcomité {v}", "feest"), ("Okra {v}", "senioren"),
    ("vzw Dorpshuis {v}", "vereniging"), ("SK {v} (voetbal)", "sport"), ("Samentuin {v} vzw", "tuin"),
    ("Gemeentelijke basisschool De Regenboog", "school"), ("Femma {v}", "vereniging"),
]
FR_ORGS = [
    ("Comité des fêtes de {v}", "feest"), ("Foyer rural de {v}", "vereniging"),
    ("Association des parents d'élèves de l'école Jean Moulin", "school"),
    ("Amicale laïque de {v}", "vereniging"), ("Club de gymnastique La Flandrienne", "sport"),
    ("Les Jardins partagés du Houtland", "tuin"), ("Club des aînés de {v}", "senioren"),
    ("Association Vivre à {v}", "dorpsraad"), ("École Sainte-Marie de {v}", "school"),
    ("Jeunesse de {v} (club ados)", "jeugd"), ("Les Amis du moulin de {v}", "vereniging"),
]

NL_PROJECTS = [
    ("Samentuin achter de pastorij", "We willen de braakliggende tuin achter de oude pastorij omvormen tot een moestuin waar buren samen tuinieren.", "tuinmateriaal, hout voor bakken, een waterton en een tuinhuisje"),
    ("Buurtbus voor minder mobiele dorpsgenoten", "Een groep vrijwillige chauffeurs rijdt oudere dorpsgenoten naar de dokter, de markt en de bib.", "een opleiding voor de chauffeurs, verzekering en communicatie"),
    ("Dorpsontmoetingspunt in de oude schoolklas", "De leegstaande klas wordt een plek waar iedereen binnen kan voor een koffie, een babbel of een kaartnamiddag.", "stoelen, tafels, een koffiemachine en een participatietraject"),
    ("Boerenmarkt op het dorpsplein", "Eén keer per maand een kleine markt met producten van boeren uit de streek.", "marktkramen, een elektriciteitskast en affiches"),
    ("Straatmeesters in onze wijk", "In elke straat een aanspreekpunt dat nieuwe bewoners verwelkomt en mensen doorverwijst.", "een startdag, een handleiding en een begeleider"),
    ("Speelweide De Kerselaar opfrissen", "Samen met de kinderen en de ouders tekenen we een nieuwe speelweide uit.", "een landschapsarchitect, speeltoestellen en een plantdag"),
    ("Boekenkastjes in elke straat", "We plaatsen tien kleine boekenkastjes waar buren boeken ruilen.", "hout, glas, verf en een ontwerper"),
    ("Trage wegen terug open", "We brengen de oude kerkwegels in kaart en maken ze samen met de buren weer begaanbaar.", "een enquête, kaartmateriaal en bewegwijzering"),
    ("Repair Café in het dorpshuis", "Elke maand herstellen vrijwilligers kapotte spullen van dorpsgenoten.", "gereedschap, een werkbank en promotie"),
    ("Picknickplek aan de IJzer", "Een rustplaats met banken en een fietsenstalling voor wandelaars en buren.", "picknicktafels, een fietsenrek en een inhuldigingsfeest"),
]
FR_PROJECTS = [
    ("Jardin partagé derrière la salle des fêtes", "Nous voulons transformer le terrain en friche derrière la salle des fêtes en jardin cultivé par les habitants.", "outillage, bois pour les bacs, récupérateur d'eau et un abri"),
    ("Marché de producteurs sur la place", "Un petit marché mensuel avec les producteurs du Houtland.", "des barnums, un coffret électrique et des affiches"),
    ("Navette solidaire pour les aînés", "Des bénévoles conduisent les personnes âgées chez le médecin et au marché.", "une formation des chauffeurs, l'assurance et la communication"),
    ("Boîtes à livres dans le village", "Nous installons des boîtes à livres dans chaque hameau.", "bois, plexiglas, peinture et un menuisier"),
    ("Aire de jeux pour les petits", "Avec les parents nous dessinons une nouvelle aire de jeux près de l'école.", "un paysagiste, des jeux et une journée de plantation"),
    ("Café associatif au foyer rural", "Un lieu de rencontre ouvert deux fois par semaine, tenu par des bénévoles.", "tables, chaises, une machine à café et un accompagnement"),
    ("Fête des voisins transfrontalière", "Une grande fête avec nos voisins belges pour faire connaissance.", "la location d'un chapiteau, la sonorisation et les affiches"),
    ("Sentier de découverte du Houtland", "Un petit sentier balisé avec des panneaux sur le patrimoine du village.", "une étude, des panneaux et le balisage"),
    ("Verger conservatoire communal", "Plantation de variétés anciennes de pommiers avec les écoles.", "des arbres, des tuteurs et une animation"),
    ("Atelier de réparation solidaire", "Chaque mois, des bénévoles réparent les objets des habitants.", "de l'outillage, un établi et la communication"),
]

NL_ROLES = ["voorzitter", "secretaris", "penningmeester", "bestuurslid"]
FR_ROLES = ["président", "présidente", "secrétaire", "trésorier", "trésorière"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else ".")
    r = "".join(out)
    while ".." in r:
        r = r.replace("..", ".")
    return r.strip(".")


# ---------------------------------------------------------------- amounts
NL_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
FR_UNITS = ["", "mille", "deux mille", "trois mille", "quatre mille", "cinq mille", "six mille",
            "sept mille", "huit mille", "neuf mille", "dix mille"]
FR_HUND = ["", "cent", "deux cents", "trois cents", "quatre cents", "cinq cents", "six cents",
           "sept cents", "huit cents", "neuf cents"]


def words(v, lang):
    """Words for multiples of 100 up to 10 900 (only used when v % 100 == 0)."""
    t, h = divmod(int(v) // 100, 10)
    if lang == "nl":
        s = (NL_UNITS[t] + "duizend") if t > 1 else ("duizend" if t == 1 else "")
        if h:
            s += (" " if s else "") + (NL_UNITS[h] if h > 1 else "") + "honderd"
        return s + " euro"
    s = FR_UNITS[t]
    if h:
        s += (" " if s else "") + FR_HUND[h]
    return s + " euros"


def _group(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def fmt_amount(v, lang, rng, style=None):
    """Return a raw amount string the way people write it."""
    cents = round(v * 100) % 100
    n = int(v)
    if lang == "nl":
        styles = ["plain", "dot_eur_after", "eur_dash", "EUR_dec", "eur_dot", "euro_word", "eur_dec_tight"]
    else:
        styles = ["space_eur", "space_euros", "dot_dec_eur", "plain_euros", "space_dec_EUR", "plain_eur"]
    if cents:
        style = "EUR_dec" if lang == "nl" else "dot_dec_eur"
    st = style or rng.choice(styles)
    c = f"{cents:02d}"
    if st == "plain":
        return str(n)
    if st == "dot_eur_after":
        return f"{_group(n, '.')} €"
    if st == "eur_dash":
        return f"€ {_group(n, '.')},-"
    if st == "EUR_dec":
        return f"EUR {_group(n, '.')},{c}"
    if st == "eur_dot":
        return f"€ {_group(n, '.')}"
    if st == "euro_word":
        return f"{n} euro"
    if st == "eur_dec_tight":
        return f"€{_group(n, '.')},{c}"
    if st == "space_eur":
        return f"{_group(n, ' ')} €"
    if st == "space_euros":
        return f"{_group(n, ' ')} euros"
    if st == "dot_dec_eur":
        return f"{_group(n, '.')},{c} €"
    if st == "plain_euros":
        return f"{n} euros"
    if st == "space_dec_EUR":
        return f"{_group(n, ' ')},{c} EUR"
    if st == "plain_eur":
        return f"{n} €"
    raise ValueError(st)


def make_amounts(rng, lang):
    mode = rng.choices(["req_only", "req_tot", "tot_own", "req_tot_own"], [3, 4, 3, 2])[0]
    req = rng.choice([rng.randrange(25, 101) * 100, rng.randrange(50, 200) * 50, rng.randrange(5000, 10001)])
    req = min(req, 10000)
    if rng.random() < 0.06:
        req = req - 1 + rng.choice([0.5, 0.25, 0.8])  # a value with cents
        req = round(min(req, 9999.5), 2)
    own = rng.randrange(4, 60) * 100
    tot = round(req + own, 2)
    a = {"mode": mode, "req_val": req, "tot_val": tot if mode != "req_only" else None, "own_val": own}
    wordy = rng.random() < 0.25 and req == int(req) and req % 100 == 0
    a["req_raw"] = fmt_amount(req, lang, rng)
    a["req_words"] = words(req, lang) if wordy else None
    a["tot_raw"] = fmt_amount(tot, lang, rng)
    a["own_raw"] = fmt_amount(own, lang, rng)
    return a


def money2(v):
    return f"{v:.2f}"


# ---------------------------------------------------------------- phones
def make_phone(rng, country):
    """Return (raw, e164)."""
    d = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if country == "BE":
        if rng.random() < 0.6:
            pre = rng.choice(["0470", "0472", "0473", "0475", "0476", "0477", "0478", "0479", "0486", "0494", "0496", "0498"])
            rest = d(6)
            e = "+32" + pre[1:] + rest
            a, b, c = rest[:2], rest[2:4], rest[4:]
            raw = rng.choice([f"{pre}/{a}.{b}.{c}", f"{pre} {a} {b} {c}", f"{pre}/{rest}",
                              f"+32 {pre[1:]} {a} {b} {c}", f"0032 {pre[1:]} {rest[:3]} {rest[3:]}",
                              f"{pre}-{a}{b}{c}"])
        else:
            area = rng.choice(["057", "058", "051"])
            rest = d(6)
            e = "+32" + area[1:] + rest
            a, b, c = rest[:2], rest[2:4], rest[4:]
            raw = rng.choice([f"{area} {a} {b} {c}", f"{area}/{a}.{b}.{c}", f"{area}/{rest[:3]} {rest[3:]}",
                              f"+32 {area[1:]} {a} {b} {c}", f"{area} {rest[:3]} {rest[3:]}"])
    else:
        if rng.random() < 0.55:
            pre = rng.choice(["06", "07"])
        else:
            pre = "03"
        rest = (d(8) if pre != "03" else rng.choice(["28", "20"]) + d(6))
        e = "+33" + pre[1:] + rest
        g = [rest[i:i + 2] for i in range(0, 8, 2)]
        raw = rng.choice([f"{pre}.{'.'.join(g)}", f"{pre} {' '.join(g)}", f"+33 (0){pre[1:]} {' '.join(g)}",
                          f"+33 {pre[1:]} {' '.join(g)}", f"0033 {pre[1:]} {' '.join(g)}", f"{pre}{''.join(g)}"])
    return raw, e


# ---------------------------------------------------------------- records
def make_record(rng, lang, subkind):
    """Invent one applicant and one project."""
    country = "BE" if lang == "nl" else "FR"
    places = BE_PLACES if country == "BE" else FR_PLACES
    postcode, village = rng.choice(places)
    first_l, last_l = (NL_FIRST, NL_LAST) if lang == "nl" else (FR_FIRST, FR_LAST)
    person = lambda: (rng.choice(first_l), rng.choice(last_l))
    kind = rng.choices(["org", "individual", "municipality"], [7, 2, 1.3])[0]
    streets = NL_STREETS if lang == "nl" else FR_STREETS
    street_name = rng.choice(streets)
    num = str(rng.randrange(1, 160))
    if rng.random() < 0.2:
        num += rng.choice(["A", "B"] if lang == "nl" else [" bis", " ter"])
    if lang == "nl":
        street = f"{street_name} {num}" if rng.random() < 0.85 else f"{street_name} {num} bus {rng.randrange(1, 5)}"
        if street_name == "Reninge-Dorp":
            street = f"Reninge-Dorp {num}"
    else:
        street = rng.choice([f"{num}, {street_name}", f"{num} {street_name}"])
    org = None
    group = None
    if kind == "org":
        pat, group = rng.choice(NL_ORGS if lang == "nl" else FR_ORGS)
        org = pat.format(v=village, street=street_name)
        if village[0] in "AEIOUÉ":
            org = org.replace(f" de {village}", f" d'{village}")
    elif kind == "municipality":
        if country == "BE":
            postcode, village = rng.choice(BE_MUNIS)
        org = (f"Gemeente {village}" if lang == "nl" else rng.choice([f"Mairie de {village}", f"Commune de {village}"]))
        street = rng.choice(["Markt 1", "Dorpsplaats 2", "Sint-Jansstraat 5", "Kerkplein 3"]) if lang == "nl" else \
            rng.choice(["1, place de la Mairie", "2 place du Général de Gaulle", "51, place de la Mairie"])
        group = "gemeente"
    contact = person()
    chair = person() if kind == "org" and rng.random() < 0.45 else None
    if chair and chair[1] == contact[1]:
        chair = None
    roles = NL_ROLES if lang == "nl" else FR_ROLES
    contact_role = (rng.choice(roles[1:] if lang == "nl" else roles[2:]) if chair else rng.choice(roles)) if kind == "org" else (
        rng.choice(["dorpscoördinator", "medewerker vrije tijd", "schepen"] if lang == "nl" else
                   ["secrétaire de mairie", "adjointe au maire", "chargé de mission"]) if kind == "municipality" else None)
    dom = rng.choice(["example.org", "example.com", "example.net"])
    style = rng.random()
    fn, ln = slug(contact[0]).replace(".", ""), slug(contact[1]).replace(".", "")
    if kind == "org" and style < 0.3:
        email = slug(org)[:22].strip(".") + "@" + dom
    elif style < 0.65:
        email = f"{fn}.{ln}@{dom}"
    else:
        email = f"{fn[0]}{ln}{rng.choice(['', '', str(rng.randrange(50, 99))])}@{dom}"
    phone_raw, phone_e164 = make_phone(rng, country)
    projs = NL_PROJECTS if lang == "nl" else FR_PROJECTS
    title, desc, costs = rng.choice(projs)
    if rng.random() < 0.3:
        title = title + (f" in {village}" if lang == "nl" else f" à {village}")
    amounts = make_amounts(rng, lang)
    # who sends the mail
    sender = contact
    sender_addr = email
    if chair and rng.random() < 0.5:
        sender = chair
        sender_addr = f"{slug(chair[0]).replace('.', '')}.{slug(chair[1]).replace('.', '')}@{rng.choice(['example.org', 'example.com', 'example.net'])}"
    elif rng.random() < 0.2 and kind == "org":
        b = person()
        sender = b
        sender_addr = f"{slug(b[0]).replace('.', '')}{rng.randrange(1, 99)}@{rng.choice(['example.org', 'example.com', 'example.net'])}"
    doc_has_email = rng.random() < 0.8
    if not doc_has_email:
        sender, sender_addr = contact, email  # the contact mails himself; doc has no address
    day = rng.randrange(0, 46)  # 1 May .. 15 June
    return dict(lang=lang, country=country, kind=kind, group=group, org=org, village=village,
                postcode=postcode, muni=village, street=street, contact=contact, chair=chair,
                contact_role=contact_role, email=email, phone_raw=phone_raw, phone_e164=phone_e164,
                title=title, desc=desc, costs=costs, amounts=amounts, sender=sender, sender_addr=sender_addr,
                doc_has_email=doc_has_email, day=day, subkind=subkind)


def name(p):
    return f"{p[0]} {p[1]}"


def truth_fields(r):
    f = {}
    if r["org"]:
        f["organisation"] = r["org"]
    f["contact_name"] = name(r["contact"])
    f["email"] = r["email"] if r["doc_has_email"] else r["sender_addr"]
    f["phone"] = r["phone_e164"]
    f["address"] = r["street"]
    f["postcode"] = r["postcode"]
    f["municipality"] = r["muni"]
    f["country"] = r["country"]
    f["project_title"] = r["title"]
    a = r["amounts"]
    if a["mode"] == "tot_own":
        f["requested_amount"] = money2(a["tot_val"] - a["own_val"])
    else:
        f["requested_amount"] = money2(a["req_val"])
    if a["mode"] != "req_only":
        f["total_budget"] = money2(a["tot_val"])
    return f


# ---------------------------------------------------------------- texts
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin"]


def doc_date(r, rng):
    import datetime
    d = datetime.date(2019, 5, 1) + datetime.timedelta(days=max(0, r["day"] - rng.randrange(0, 3)))
    if r["lang"] == "nl":
        return rng.choice([f"{d.day} {MONTHS_NL[d.month - 1]} 2019", f"{d.day}/{d.month}/2019", f"{d.day:02d}-{d.month:02d}-2019"])
    return rng.choice([f"le {d.day} {MONTHS_FR[d.month - 1]} 2019", f"{d.day:02d}/{d.month:02d}/2019"])


def subject_line(r, rng):
    t = r["title"]
    if r["lang"] == "nl":
        v = rng.choice([f"Betreft: {t}", f'Betreft: projectoproep "Maak werk van je buurt!" – {t}',
                        f"Betreft: Maak werk van je buurt – {t}", f'Betreft: "{t}"'])
    else:
        v = rng.choice([f"Objet : {t}", f"Objet : appel à projets « Maak werk van je buurt » – {t}",
                        f"Objet : Maak werk van je buurt ! – « {t} »", f"Objet : « {t} »"])
    return v


def amount_sentences(r, rng):
    """Sentences that state the money, and the raw strings they carry."""
    a = r["amounts"]
    L = r["lang"]
    req = a["req_raw"] + (f" ({a['req_words']})" if a["req_words"] and rng.random() < 0.5 else "")
    if a["req_words"] and "(" not in req:
        req = f"{a['req_words']} ({a['req_raw']})"
    if L == "nl":
        if a["mode"] == "req_only":
            s = [f"Wij vragen een financiële steun van {req}."]
        elif a["mode"] == "req_tot":
            s = [f"De totale kostprijs van het project bedraagt {a['tot_raw']}.", f"Wij vragen een bijdrage van {req}."]
        elif a["mode"] == "tot_own":
            s = [f"Het project kost in totaal {a['tot_raw']}.", f"Zelf brengen wij {a['own_raw']} in (eigen middelen en sponsoring); voor de rest rekenen we op de projectoproep."]
        else:
            s = [f"Totaal budget: {a['tot_raw']}, eigen inbreng {a['own_raw']}.", f"Gevraagde steun: {req}."]
    else:
        if a["mode"] == "req_only":
            s = [f"Nous sollicitons une aide de {req}."]
        elif a["mode"] == "req_tot":
            s = [f"Le coût total du projet s'élève à {a['tot_raw']}.", f"Nous demandons une participation de {req}."]
        elif a["mode"] == "tot_own":
            s = [f"Le projet coûte au total {a['tot_raw']}.", f"Notre association apporte {a['own_raw']} sur ses fonds propres ; nous sollicitons l'appel à projets pour le solde."]
        else:
            s = [f"Budget total : {a['tot_raw']}, dont autofinancement {a['own_raw']}.", f"Montant demandé : {req}."]
    return s


def letter_parts(r, rng):
    """Return dict with the pieces of a letter (all plain strings)."""
    L = r["lang"]
    c = name(r["contact"])
    signer = r["chair"] if (r["chair"] and rng.random() < 0.7) else r["contact"]
    signer_role = (("voorzitter" if L == "nl" else rng.choice(["président", "présidente"])) if signer is r["chair"]
                   else r["contact_role"])
    separate_contact = signer is not r["contact"]
    parts = {}
    parts["date"] = doc_date(r, rng)
    parts["subject"] = subject_line(r, rng)
    if L == "nl":
        parts["greeting"] = rng.choice(["Beste", "Geachte heer, mevrouw,", "Beste projectcoördinator,", "Dag,"])
        who = r["org"] or "ik"
        intro = (f"Met {r['org']} willen wij graag deelnemen aan de projectoproep Maak werk van je buurt!" if r["org"]
                 else "Als inwoner van " + r["village"] + " wil ik graag een projectidee indienen voor de oproep Maak werk van je buurt!")
        body = [intro, r["desc"], f"Met de steun willen we {r['costs']} betalen. "
                f"We werken samen met de buren, de school en andere verenigingen uit het dorp."]
        body += amount_sentences(r, rng)
        close = rng.choice(["Met vriendelijke groeten,", "Alvast bedankt en vriendelijke groeten,", "Hartelijke groeten,"])
        contact_line = None
        if separate_contact or rng.random() < 0.5:
            contact_line = f"Contactpersoon: {c}" + (f" ({r['contact_role']})" if r["contact_role"] else "")
    else:
        parts["greeting"] = rng.choice(["Madame, Monsieur,", "Bonjour,", "Madame la coordinatrice,"])
        intro = (f"L'association {r['org']} souhaite participer à l'appel à projets Maak werk van je buurt." if r["org"] and r["kind"] == "org"
                 else (f"La commune souhaite présenter un projet pour l'appel à projets Partons 2.0." if r["kind"] == "municipality"
                       else f"Habitant de {r['village']}, je me permets de vous présenter un projet pour mon village."))
        body = [intro, r["desc"], f"L'aide servirait à financer {r['costs']}. Le projet est porté avec les habitants, l'école et les associations locales."]
        body += amount_sentences(r, rng)
        close = rng.choice(["Veuillez agréer, Madame, Monsieur, nos salutations distinguées.", "Bien cordialement,",
                            "Recevez nos sincères salutations,"])
        contact_line = None
        if separate_contact or rng.random() < 0.5:
            contact_line = f"Personne à contacter : {c}" + (f" ({r['contact_role']})" if r["contact_role"] else "")
    parts["body"] = body
    parts["close"] = close
    parts["contact_line"] = contact_line
    parts["signer"] = name(signer)
    parts["signer_role"] = signer_role
    parts["tel_label"] = rng.choice(["Tel.", "GSM", "Tel:", "T"]) if L == "nl" else rng.choice(["Tél.", "Tél :", "Portable :", "Tel"])
    parts["mail_label"] = rng.choice(["E-mail:", "Mail:", "e-mail"]) if L == "nl" else rng.choice(["Courriel :", "Mail :", "E-mail :"])
    return parts


FORM_LABELS = {
    "nl": {
        "organisation": ["Naam organisatie / vereniging", "Naam van de groep of vereniging", "Organisatie", "Indiener (vereniging)"],
        "contact_name": ["Contactpersoon", "Naam contactpersoon", "Voor- en achternaam contactpersoon"],
        "street": ["Adres (straat + nr)", "Straat en huisnummer", "Adres"],
        "postcode": ["Postcode"],
        "muni": ["Gemeente", "Deelgemeente / gemeente", "Woonplaats"],
        "pc_muni": ["Postcode + gemeente", "Postcode en gemeente"],
        "phone": ["Telefoon / GSM", "Tel.", "GSM-nummer", "Telefoonnummer"],
        "email": ["E-mail", "E-mailadres", "Mail"],
        "title": ["Titel van het project", "Naam van het projectidee", "Projecttitel"],
        "tot": ["Totale kostprijs", "Totaal budget", "Geraamde totale kost"],
        "req": ["Gevraagde subsidie", "Gevraagd bedrag", "Gevraagde steun (max. 10.000 euro)"],
        "own": ["Eigen inbreng", "Eigen middelen"],
        "desc": ["Korte omschrijving", "Wat willen jullie doen?", "Omschrijving van het project"],
        "date": ["Datum"],
        "sign": ["Handtekening"],
        "chair": ["Voorzitter"],
    },
    "fr": {
        "organisation": ["Nom de la structure / association", "Porteur du projet (association)", "Association / structure", "Nom du groupe"],
        "contact_name": ["Personne de contact", "Nom et prénom du référent", "Contact"],
        "street": ["Adresse", "N° et rue", "Adresse postale"],
        "postcode": ["Code postal"],
        "muni": ["Commune", "Ville / village"],
        "pc_muni": ["Code postal et commune", "CP / Commune"],
        "phone": ["Téléphone", "Tél. / portable", "N° de téléphone"],
        "email": ["Courriel", "Adresse e-mail", "Mail"],
        "title": ["Intitulé du projet", "Titre du projet", "Nom du projet"],
        "tot": ["Budget total", "Coût total du projet", "Montant total"],
        "req": ["Montant demandé", "Subvention sollicitée (max. 10 000 €)", "Aide demandée"],
        "own": ["Autofinancement", "Apport propre"],
        "desc": ["Description courte", "Description du projet", "Votre idée en quelques lignes"],
        "date": ["Date", "Fait le"],
        "sign": ["Signature"],
        "chair": ["Président(e)"],
    },
}

FORM_TITLES = {
    "nl": ["Projectidee — Maak werk van je buurt! 2019", "AANVRAAGFORMULIER projectoproep Maak werk van je buurt",
           "Maak werk van je buurt! – fiche projectidee", "Partons 2.0 – Inschrijving projectidee Westhoek"],
    "fr": ["Fiche projet — Appel à projets Partons 2.0", "FORMULAIRE DE CANDIDATURE – Maak werk van je buurt",
           "Appel à projets villages et quartiers – fiche d'intention", "Partons 2.0 – Dossier de candidature 2019"],
}


def form_rows(r, rng, caps=False):
    """Rows (key, label, value) a form would hold, values raw as written. The raw strings are kept."""
    L = r["lang"]
    lab = lambda k: rng.choice(FORM_LABELS[L][k])
    a = r["amounts"]
    rows = []
    if r["org"]:
        rows.append(("organisation", lab("organisation"), r["org"]))
        if r["chair"]:
            rows.append(("chair", lab("chair"), name(r["chair"])))
    elif rng.random() < 0.5:
        rows.append(("organisation_blank", lab("organisation"), "/" if rng.random() < 0.5 else "—"))
    rows.append(("contact_name", lab("contact_name"), name(r["contact"]) if rng.random() < 0.7 else f"{r['contact'][1]} {r['contact'][0]}"))
    rows.append(("street", lab("street"), r["street"]))
    if rng.random() < 0.5:
        rows.append(("pc_muni", lab("pc_muni"), f"{r['postcode']} {r['muni']}"))
    else:
        rows.append(("postcode", lab("postcode"), r["postcode"]))
        rows.append(("muni", lab("muni"), r["muni"]))
    rows.append(("phone", lab("phone"), r["phone_raw"]))
    if r["doc_has_email"]:
        rows.append(("email", lab("email"), r["email"]))
    rows.append(("title", lab("title"), r["title"]))
    if a["mode"] in ("req_tot", "tot_own", "req_tot_own"):
        rows.append(("tot", lab("tot"), a["tot_raw"]))
    if a["mode"] in ("tot_own", "req_tot_own"):
        rows.append(("own", lab("own"), a["own_raw"]))
    if a["mode"] != "tot_own":
        rows.append(("req", lab("req"), a["req_raw"]))
    return rows


def contact_name_order(value, r):
    """The form may put 'Last First'; the truth is 'First Last'."""
    return value
