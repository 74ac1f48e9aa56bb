"""Shared data model and invented applicant data for the c35 corpus.

Everything is derived from fixed seeds so that reruns are byte-identical.
"""
import random
import zipfile
import io

COORD = "jonas.polin@west-vlaanderen.be"
COORD_NAME = "Jonas Polin"

# ---------------------------------------------------------------- places
# real Westhoek villages / postcodes (as they would be written with the address)
BE_PLACES = [
    ("8600", "Vladslo"), ("8600", "Woumen"), ("8600", "Pervijze"), ("8600", "Esen"),
    ("8647", "Reninge"), ("8647", "Noordschote"), ("8640", "Westvleteren"),
    ("8640", "Woesten"), ("8650", "Merkem"), ("8650", "Klerken"),
    ("8690", "Hoogstade"), ("8690", "Oeren"), ("8691", "Stavele"), ("8691", "Izenberge"),
    ("8630", "Bulskamp"), ("8630", "Wulveringem"), ("8670", "Wulpen"),
    ("8660", "Adinkerke"), ("8620", "Ramskapelle"), ("8951", "Dranouter"),
    ("8956", "Kemmel"), ("8958", "Loker"), ("8954", "Westouter"), ("8953", "Wijtschate"),
    ("8957", "Mesen"), ("8972", "Proven"), ("8972", "Krombeke"), ("8978", "Watou"),
    ("8980", "Passendale"), ("8980", "Beselare"), ("8920", "Poelkapelle"),
    ("8920", "Bikschote"), ("8904", "Boezinge"), ("8902", "Zillebeke"),
    ("8908", "Vlamertinge"), ("8610", "Handzame"), ("8680", "Bovekerke"),
]
FR_PLACES = [
    ("59122", "Hondschoote"), ("59122", "Killem"), ("59122", "Rexpoëde"),
    ("59470", "Wormhout"), ("59470", "Esquelbecq"), ("59470", "Herzeele"),
    ("59380", "Bergues"), ("59380", "Quaëdypre"), ("59114", "Steenvoorde"),
    ("59670", "Cassel"), ("59670", "Winnezeele"), ("59670", "Oudezeele"),
    ("59299", "Boeschepe"), ("59270", "Godewaersvelde"), ("59270", "Méteren"),
    ("59270", "Bailleul"), ("59190", "Hazebrouck"), ("59123", "Bray-Dunes"),
    ("59229", "Téteghem"), ("59285", "Arnèke"), ("59850", "Nieppe"),
    ("59630", "Bourbourg"), ("59254", "Ghyvelde"), ("59123", "Zuydcoote"),
]

BE_FIRST = ["Annelies", "Bart", "Hilde", "Koen", "Lieve", "Pieter", "Griet", "Wim",
            "Sofie", "Dirk", "Ellen", "Jan", "Marleen", "Stijn", "Katrien", "Geert",
            "Nele", "Filip", "Ria", "Jeroen", "Inge", "Lode", "Femke", "Ward"]
BE_LAST = ["Vandamme", "Deconinck", "Vanhee", "Dewitte", "Lefevere", "Verhaeghe",
           "Debruyne", "Vanneste", "Coussement", "Decroos", "Vandenbroucke", "Pattyn",
           "Lobelle", "Ryckewaert", "Declercq", "Vermeersch", "Gheeraert", "Boury",
           "Vanderhaeghe", "Soenen", "Delanghe", "Mahieu", "Dequidt", "Bulcke"]
FR_FIRST = ["Martine", "Jean-Pierre", "Sandrine", "Olivier", "Nathalie", "Bruno",
            "Sylvie", "Thierry", "Aurélie", "Didier", "Céline", "Pascal", "Hélène",
            "François", "Virginie", "Gérard", "Élodie", "Christophe", "Brigitte",
            "Laurent", "Maryse", "Benoît", "Agnès", "Julien"]
FR_LAST = ["Delattre", "Vanhoutte", "Decroix", "Ryckebusch", "Lemaire", "Vandewalle",
           "Deswarte", "Outters", "Cappelaere", "Bollengier", "Verhille", "Top",
           "Wallyn", "Devos", "Hennebelle", "Lebleu", "Dewaele", "Vermersch", "Gheeraert",
           "Lefebvre", "Baert", "Ducrocq", "Degraeve", "Markey"]

BE_STREETS = ["Kapelhoekstraat", "Hoppeveldweg", "Zuidschotestraat", "Molenwalstraat",
              "Vijverhoek", "Beukenlaan", "Kasteelhoek", "Bruggeweg", "Zonnebloemstraat",
              "Linde-akker", "Kerkhofdreef", "Oude Veurnestraat", "Spijkerhoek",
              "Blauwe Poortstraat", "Hofstedeweg", "Meersenweg", "Wulvestraat",
              "Boterbloemstraat", "Kruisabeelstraat", "Heirweg", "Neerstraat"]
FR_STREETS = ["rue des Tilleuls", "rue du Moulin", "chemin des Meuniers", "route de Bergues",
              "rue de la Chapelle", "place du Kiosque", "rue des Houblonnières",
              "impasse des Saules", "rue du Mont des Cats", "allée des Peupliers",
              "rue de l'Yser", "chemin du Blootland", "rue des Écoles", "route d'Hondschoote",
              "rue du Calvaire", "rue des Vergers", "rue de la Colme", "sentier des Lavandières"]

# --------------------------------------------------------------- projects
NL_PROJECTS = [
    ("Samen tuinieren in {v}", "Op het braakliggend perceel naast de parochiezaal leggen we met buurtbewoners een gemeenschappelijke moestuin aan, met bakken op hoogte voor ouderen en een hoek voor de school."),
    ("De babbelbank van {v}", "We plaatsen vijf banken op plekken die de bewoners zelf kiezen en organiseren er elke maand een babbelmoment, zodat alleenstaanden makkelijker aanspraak vinden."),
    ("Boerenmarkt op het dorpsplein", "Elke eerste zaterdag van de maand een kleine markt met producten van boeren uit de streek, met een koffiehoek van de vrijwilligers."),
    ("Buurtbib in de oude telefooncel", "De oude telefooncel wordt een ruilbibliotheek met boeken, zaden en speelgoed; kinderen van de school schilderen ze samen met een kunstenaar."),
    ("Rijdend dorp", "Een groep vrijwillige chauffeurs brengt minder mobiele dorpsgenoten naar de dokter, de markt of familie; we zoeken een planningstool en een gedeelde wagen."),
    ("Speelweefsel {v}", "Met de kinderen en hun ouders tekenen we veilige speelroutes en een nieuw speelpleintje met natuurlijk materiaal."),
    ("Straatmeesters voor {v}", "In elke straat een aanspreekpunt dat nieuwe bewoners verwelkomt en mensen met vragen doorverwijst naar de juiste dorpsgenoot."),
    ("Dorpscafé 't Kruispunt", "Het gesloten café wordt opnieuw een ontmoetingsplaats, twee dagen per week open, uitgebaat door vrijwilligers."),
    ("Trage wegen rond {v}", "Samen met de landbouwers openen we oude kerkwegels opnieuw voor wandelaars en fietsers, met een wandelkaart en een opendeurdag."),
    ("Erfgoedpad {v}", "Een wandelpad langs de kapelletjes, de oude brouwerij en de frontlijn, met verhalen van oudere dorpsgenoten opgetekend door de jeugd."),
    ("Repaircafé {v}", "Elke maand herstellen vrijwilligers samen met bewoners fietsen, kleding en toestellen, met een koffiehoek voor wie gewoon wil praten."),
    ("Schoolplein wordt buurtplein", "Na de schooluren en in de vakanties openen we het groene schoolplein voor de buurt; we voorzien zitplekken, een waterpunt en een beheerplan."),
]
FR_PROJECTS = [
    ("Jardin partagé de {v}", "Sur le terrain communal derrière la salle des fêtes, les habitants créent un jardin partagé avec des bacs surélevés pour les aînés et un coin pour l'école."),
    ("Le Café des habitants", "Un lieu de rencontre ouvert deux après-midi par semaine dans l'ancienne épicerie, tenu par des bénévoles, avec un point d'information sur les services."),
    ("Marché de producteurs du Houtland", "Un petit marché mensuel sur la place avec les producteurs des environs, animé par les associations du village."),
    ("Boîte à livres et grainothèque", "Une boîte à livres et une grainothèque construites par les jeunes du village avec un menuisier retraité, installées près de l'arrêt de bus."),
    ("Transport solidaire", "Des chauffeurs bénévoles accompagnent les personnes peu mobiles chez le médecin, au marché ou à la gare ; il nous faut un outil de planning et une assurance."),
    ("Aire de jeux participative", "Les enfants et leurs parents dessinent avec une paysagiste une aire de jeux en matériaux naturels au cœur du lotissement."),
    ("Voisins relais de {v}", "Dans chaque rue, un voisin relais accueille les nouveaux arrivants et oriente les habitants vers la bonne personne."),
    ("Sentiers retrouvés", "Avec les agriculteurs, nous rouvrons d'anciens chemins ruraux pour les promeneurs et cyclistes, avec une carte et une journée de découverte."),
    ("Mémoire et patrimoine de {v}", "Un circuit autour des chapelles, de l'ancienne brasserie et des vestiges de la Grande Guerre, avec des témoignages d'anciens recueillis par les collégiens."),
    ("Repair café de {v}", "Chaque mois, des bénévoles réparent avec les habitants vélos, vêtements et petits appareils, autour d'un café."),
    ("Cour d'école ouverte", "En dehors du temps scolaire, la cour végétalisée de l'école devient un espace ouvert aux habitants, avec des bancs et un point d'eau."),
    ("Fête des voisins sans frontière", "Une grande fête de quartier préparée avec un village voisin de l'autre côté de la frontière, avec ateliers, musique et repas partagé."),
]

NL_ORGS = ["Dorpsraad {v}", "Feestcomité {v}", "vzw Buurtwerking {v}", "Chiro {v}", "KLJ {v}",
           "Gezinsbond {v}", "OKRA {v}", "Landelijke Gilde {v}", "Oudercomité VBS De Klimop",
           "Ferm {v}", "Buurtcomité De Linde", "Vrije Basisschool Sint-Jozef {v}",
           "Vrienden van de Molen vzw", "Jeugdhuis De Schuur"]
FR_ORGS = ["Comité des fêtes de {v}", "Association Vivre à {v}", "Foyer rural de {v}",
           "Club des aînés de {v}", "APE de l'école Jules-Ferry", "Groupe scout de {v}",
           "Les Amis du patrimoine de {v}", "Association {v} Demain",
           "École primaire Les Tilleuls", "Maison des jeunes de {v}",
           "Association des jardiniers du Houtland", "Comité de quartier du Moulin"]

NL_ROLES = ["secretaris", "voorzitter", "penningmeester", "bestuurslid", "coördinator",
            "leerkracht", "vrijwilliger", "verantwoordelijke"]
FR_ROLES_M = ["secrétaire", "président", "trésorier", "bénévole", "directeur", "coordinateur", "membre du bureau"]
FR_ROLES_F = ["secrétaire", "présidente", "trésorière", "bénévole", "directrice", "coordinatrice", "membre du bureau"]
FEMALE = {"Annelies", "Hilde", "Lieve", "Griet", "Sofie", "Ellen", "Marleen", "Katrien", "Nele", "Ria",
          "Inge", "Femke", "Martine", "Sandrine", "Nathalie", "Sylvie", "Aurélie", "Céline", "Hélène",
          "Virginie", "Élodie", "Brigitte", "Maryse", "Agnès"}


def role_for(lang, first, rng, avoid=None):
    pool = NL_ROLES if lang == "nl" else (FR_ROLES_F if first in FEMALE else FR_ROLES_M)
    return rng.choice([r for r in pool if r != avoid])

NL_FUNDERS = ["gemeente", "Provincie (Wijk-up)", "Koning Boudewijnstichting", "Leader Westhoek",
              "sponsoring lokale handelaars"]
FR_FUNDERS = ["commune", "Département du Nord", "Fondation de France", "CAF du Nord",
              "communauté de communes"]

NL_BUDGET = ["Materiaal en gereedschap", "Begeleiding participatie-expert", "Ontwerp landschapsarchitect",
             "Communicatie (drukwerk, affiches)", "Bewonersmoment / receptie", "Zitbanken en tafels",
             "Verzekering vrijwilligers", "Huur tent en geluid", "Zaaigoed en planten",
             "Werkuren aannemer"]
FR_BUDGET = ["Matériel et outillage", "Accompagnement expert participation", "Paysagiste",
             "Communication (affiches, flyers)", "Moment convivial avec les habitants",
             "Bancs et tables", "Assurance des bénévoles", "Location chapiteau et sono",
             "Plants et semences", "Intervention artisan"]


def zip_normalize(data: bytes, fix=None) -> bytes:
    """Rewrite a zip container with fixed timestamps (order and compression kept).
    fix: {member name: function(bytes) -> bytes} applied on the way."""
    fix = fix or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 6, 3, 10, 12, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            blob = src.read(info.filename)
            if info.filename in fix:
                blob = fix[info.filename](blob)
            dst.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------ formatting
def fmt_amount(v, style):
    """v: int euros. style selects how a human wrote it."""
    s = f"{v:,}"
    dot = s.replace(",", ".")
    sp = s.replace(",", " ")
    nb = s.replace(",", "\u00a0")
    return {
        "nl_eur_dot": f"€ {dot}",
        "nl_dot_euro": f"{dot} euro",
        "nl_dot_cents": f"€ {dot},00",
        "nl_dot_dash": f"EUR {dot},-",
        "nl_plain_eur": f"{v} EUR",
        "nl_sp_euro": f"{sp} euro",
        "fr_sp_eur": f"{sp} €",
        "fr_nb_eur": f"{nb} €",
        "fr_cents": f"{sp},00 €",
        "fr_euros": f"{sp} euros",
        "fr_plain": f"{v} €",
        "fr_eur_word": f"{v},00 euros",
    }[style]


NL_AMT_STYLES = ["nl_eur_dot", "nl_dot_euro", "nl_dot_cents", "nl_dot_dash", "nl_plain_eur", "nl_sp_euro"]
FR_AMT_STYLES = ["fr_sp_eur", "fr_nb_eur", "fr_cents", "fr_euros", "fr_plain", "fr_eur_word"]


def fmt_phone(country, nsn, style):
    """nsn: national significant number (digits, no leading 0)."""
    if country == "BE":
        if nsn.startswith("4"):  # mobile 4xx xx xx xx
            a, b, c, d = nsn[:3], nsn[3:5], nsn[5:7], nsn[7:9]
        else:  # 2-digit zone 5x xx xx xx
            a, b, c, d = nsn[:2], nsn[2:4], nsn[4:6], nsn[6:8]
        return [f"0{a} {b} {c} {d}", f"0{a}/{b}.{c}.{d}", f"+32 {a} {b} {c} {d}",
                f"0{a}-{b}{c}{d}", f"+32 (0){a} {b} {c} {d}", f"0032 {a} {b}{c}{d}"][style % 6]
    p = [nsn[0], nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:9]]
    return [f"0{p[0]} {p[1]} {p[2]} {p[3]} {p[4]}", f"0{p[0]}.{p[1]}.{p[2]}.{p[3]}.{p[4]}",
            f"+33 {p[0]} {p[1]} {p[2]} {p[3]} {p[4]}", f"0{nsn}",
            f"+33 (0){p[0]} {p[1]} {p[2]} {p[3]} {p[4]}", f"0033 {nsn}"][style % 6]


def dec(v):
    return f"{v}.00"


# ------------------------------------------------------------- case data
def make_case(idx, half, lang, fmt, tech, opts, rng: random.Random, used):
    """Invent one applicant. opts: set of flags that shape where values sit."""
    be = lang == "nl"
    country = "BE" if be else "FR"
    places = BE_PLACES if be else FR_PLACES
    while True:
        pc, village = rng.choice(places)
        if village not in used["village"]:
            used["village"].add(village)
            break
    firsts, lasts = (BE_FIRST, BE_LAST) if be else (FR_FIRST, FR_LAST)

    def person():
        while True:
            f, l = rng.choice(firsts), rng.choice(lasts)
            if (f, l) not in used["person"] and l not in used["last_in_case"]:
                used["person"].add((f, l))
                used["last_in_case"].add(l)
                return f, l
    used["last_in_case"] = set()
    cf, cl = person()
    of, ol = person()  # other person (chair / sender / teacher) = distractor
    projects = NL_PROJECTS if be else FR_PROJECTS
    while True:
        pi = rng.randrange(len(projects))
        if (lang, pi) not in used["project"]:
            used["project"].add((lang, pi))
            break
    title = projects[pi][0].format(v=village)
    descr = projects[pi][1]
    orgs = NL_ORGS if be else FR_ORGS
    while True:
        org = rng.choice(orgs).format(v=village)
        if org not in used["org"]:
            used["org"].add(org)
            break
    if not be:  # French elision before a vowel: "de Esquelbecq" -> "d'Esquelbecq"
        import re as _re
        org = _re.sub(r"\bde ([AEÉIOU])", r"d'\1", org)
        title = _re.sub(r"\bde ([AEÉIOU])", r"d'\1", title)
    if "no_org" in opts:
        org = None

    def mail_of(f, l, dom=None):
        import unicodedata
        n = unicodedata.normalize("NFKD", f"{f}.{l}").encode("ascii", "ignore").decode().lower()
        n = n.replace(" ", "").replace("'", "")
        return f"{n}@{dom or rng.choice(['example.org', 'example.net', 'example.com'])}"
    email = mail_of(cf, cl)
    if rng.random() < 0.3 and org:
        import unicodedata
        slug = unicodedata.normalize("NFKD", org).encode("ascii", "ignore").decode().lower()
        slug = "".join(ch for ch in slug if ch.isalnum())[:22]
        email = f"{slug}@{rng.choice(['example.org', 'example.net'])}"
    other_email = mail_of(of, ol)
    if be:
        nsn = "4" + str(rng.choice([70, 71, 72, 73, 75, 76, 77, 78, 79, 85, 86, 94, 95, 96, 97])) + "".join(str(rng.randrange(10)) for _ in range(6))
        nsn = nsn[:9]
        if rng.random() < 0.25:
            nsn = rng.choice(["51", "57", "58"]) + "".join(str(rng.randrange(10)) for _ in range(6))
        onsn = "4" + str(rng.choice([70, 72, 74, 77, 79, 93])) + "".join(str(rng.randrange(10)) for _ in range(6))
        cc = "+32"
    else:
        # ARCEP ranges reserved for fiction
        nsn = rng.choice(["63998", "35301"]) + "".join(str(rng.randrange(10)) for _ in range(4))
        onsn = rng.choice(["63998", "35301"]) + "".join(str(rng.randrange(10)) for _ in range(4))
        cc = "+33"
    num = rng.randrange(1, 140)
    street_name = rng.choice(BE_STREETS if be else FR_STREETS)
    if be:
        address = f"{street_name} {num}"
        if rng.random() < 0.25:
            address += f" bus {rng.randrange(1, 6)}"
    else:
        address = f"{num} {street_name}"
        if rng.random() < 0.15:
            address = f"{num} bis {street_name}"

    # money ---------------------------------------------------------
    requested = rng.choice(range(2500, 10001, 250)) if rng.random() < 0.6 else rng.choice(range(3000, 10001, 100))
    own = rng.choice(range(200, 2501, 50))
    other = rng.choice([0, 0] + list(range(500, 4001, 250)))
    if "req_eq_total" in opts:
        own, other = 0, 0
    total = requested + own + other
    nlines = rng.randrange(3, 6)
    cuts = sorted(rng.sample(range(1, total // 50), nlines - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total // 50])]
    lines_amt = [p * 50 for p in parts]
    lines_amt[-1] += total - sum(lines_amt)
    blabels = rng.sample(NL_BUDGET if be else FR_BUDGET, nlines)
    budget = list(zip(blabels, lines_amt))
    funder = rng.choice(NL_FUNDERS if be else FR_FUNDERS)
    amt_style = rng.choice(NL_AMT_STYLES if be else FR_AMT_STYLES)

    day = rng.randrange(2, 32) if rng.random() < 0.5 else rng.randrange(1, 15)
    month = 5 if day > 15 or rng.random() < 0.4 else 6
    if month == 6:
        day = min(day, 15)
    hour = rng.randrange(7, 23)
    minute = rng.randrange(60)

    c = dict(
        idx=idx, half=half, lang=lang, fmt=fmt, tech=tech, opts=set(opts), country=country,
        org=org, first=cf, last=cl, other_first=of, other_last=ol, other_email=other_email,
        other_phone_nsn=onsn, email=email, phone_nsn=nsn, cc=cc,
        phone_style=rng.randrange(6), other_phone_style=rng.randrange(6),
        address=address, postcode=pc, municipality=village, title=title, descr=descr,
        requested=requested, total=total, own=own, other=other, funder=funder, budget=budget,
        amt_style=amt_style, date=(2019, month, day, hour, minute),
        role=role_for(lang, cf, rng),
        other_role=None,
        seed=rng.randrange(1 << 30),
    )
    c["other_role"] = role_for(lang, of, rng, avoid=c["role"])
    c["female"] = cf in FEMALE
    if "no_phone" in opts:
        c["phone_nsn"] = None
    if "no_total" in opts:
        c["total"] = None
    return c


def A(c, v, style=None):
    return fmt_amount(v, style or c["amt_style"])


def phone_txt(c, style=None):
    if not c["phone_nsn"]:
        return ""
    return fmt_phone(c["country"], c["phone_nsn"], c["phone_style"] if style is None else style)


def other_phone_txt(c):
    return fmt_phone(c["country"], c["other_phone_nsn"], c["other_phone_style"])


def truth_of(c):
    ph = None
    if c["phone_nsn"]:
        ph = c["cc"] + c["phone_nsn"]
    return {
        "organisation": c["org"],
        "contact_name": f"{c['first']} {c['last']}",
        "email": c["email"].lower(),
        "phone": ph,
        "address": c["address"],
        "postcode": c["postcode"],
        "municipality": c["municipality"],
        "country": c["country"],
        "project_title": c["title"],
        "requested_amount": dec(c["requested"]),
        "total_budget": dec(c["total"]) if c["total"] is not None else None,
    }


# ----------------------------------------------------------- form items
LABELS = {
    "nl": {
        "org": ["Naam organisatie / vereniging", "Naam van de groep of vereniging", "Indiener (vereniging, school, groep…)", "Organisatie", "Naam aanvrager (vereniging)"],
        "contact": ["Contactpersoon", "Naam contactpersoon", "Aanspreekpunt voor dit project", "Verantwoordelijke (voornaam + naam)", "Naam en voornaam contactpersoon"],
        "role": ["Functie", "Functie in de vereniging", "Rol in het project"],
        "street": ["Straat + huisnummer", "Adres", "Straat, nr., bus", "Adres (straat en nummer)"],
        "pccity": ["Postcode en gemeente", "Postcode + gemeente", "Postcode / deelgemeente"],
        "phone": ["Telefoon", "Tel. / gsm", "GSM", "Telefoonnummer"],
        "email": ["E-mail", "E-mailadres", "Mailadres"],
        "title": ["Naam van het project", "Titel van je projectidee", "Projecttitel", "Werktitel project"],
        "descr": ["Korte omschrijving van het idee", "Wat wil je doen?", "Omschrijving (max. 10 lijnen)"],
        "location": ["Waar vindt het project plaats?", "Locatie project", "Plaats van uitvoering"],
        "requested": ["Gevraagde bijdrage Partons 2.0 (max. € 10 000)", "Gevraagd bedrag", "Bedrag dat je vraagt aan deze oproep", "Gevraagde steun (max. 10 000 euro)"],
        "total": ["Totale kostprijs van het project", "Totaal budget", "Totale projectkost", "Raming totale kost"],
        "own": ["Eigen inbreng", "Eigen middelen", "Eigen bijdrage vereniging"],
        "other": ["Andere subsidies (bron + bedrag)", "Andere financiering", "Cofinanciering (wie + bedrag)"],
        "chair": ["Voorzitter (naam, tel., e-mail)", "Verantwoordelijke uitgever", "Tweede contactpersoon"],
        "date": ["Datum", "Datum van indienen"],
        "budget": ["Begroting", "Budgetraming", "Voorziene uitgaven"],
    },
    "fr": {
        "org": ["Nom de la structure / association", "Porteur de projet (association, école, collectif…)", "Organisme demandeur", "Nom du groupe ou de l'association", "Structure"],
        "contact": ["Personne à contacter", "Nom et prénom du référent", "Contact", "Responsable du projet (prénom, nom)", "Interlocuteur"],
        "role": ["Fonction", "Qualité", "Rôle dans le projet"],
        "street": ["Adresse (n° et rue)", "Adresse", "N°, rue"],
        "pccity": ["Code postal et commune", "CP / Ville", "Code postal – Commune"],
        "phone": ["Téléphone", "Tél. / portable", "N° de téléphone"],
        "email": ["Courriel", "Adresse e-mail", "E-mail"],
        "title": ["Intitulé du projet", "Titre du projet", "Nom du projet"],
        "descr": ["Description succincte", "Votre idée en quelques lignes", "Présentation du projet"],
        "location": ["Lieu de réalisation", "Où se déroule le projet ?", "Localisation"],
        "requested": ["Montant demandé (max. 10 000 €)", "Aide sollicitée auprès de Partons 2.0", "Subvention demandée", "Montant sollicité"],
        "total": ["Coût total du projet", "Budget total", "Montant global du projet", "Coût global estimé"],
        "own": ["Autofinancement", "Apport propre", "Fonds propres"],
        "other": ["Autres financements (origine + montant)", "Cofinancements", "Autres aides sollicitées"],
        "chair": ["Président(e) (nom, tél., courriel)", "Représentant légal", "Second contact"],
        "date": ["Date", "Fait le"],
        "budget": ["Budget prévisionnel", "Détail des dépenses", "Plan de financement – dépenses"],
    },
}

TITLES = {
    "nl": ["Maak werk van je buurt! – Aanvraagformulier projectidee", "Projectenoproep Partons 2.0 – Fiche projectidee",
           "MAAK WERK VAN JE BUURT!  Indienen projectidee", "Partons 2.0 – Projectidee dorpen en buurten Westhoek",
           "Aanvraagformulier ‘Maak werk van je buurt!’ 2019", "Fiche projectidee – grensoverschrijdende projectenoproep"],
    "fr": ["Partons 2.0 – Fiche de candidature", "Appel à projets « Partons 2.0 » – Formulaire de dépôt",
           "PARTONS 2.0  Fiche idée de projet", "Appel à initiatives citoyennes Partons 2.0 – Candidature",
           "Formulaire de candidature – villages et quartiers vivants", "Fiche projet – appel transfrontalier 2019"],
}


def form_items(c, rng):
    """Ordered list of (key, label, value_as_written) for the form.

    value '' means the applicant left the form line empty.  Keys in
    c['blank'] are left empty on purpose (the value sits elsewhere in the mail).
    """
    L = LABELS[c["lang"]]
    pick = lambda k: rng.choice(L[k])
    blank = c.setdefault("blank", set())
    be = c["lang"] == "nl"
    items = []
    contact_w = rng.choice([f"{c['first']} {c['last']}", f"{c['last'].upper()} {c['first']}",
                            f"{c['last']} {c['first']}",
                            ((f"Mevr. {c['first']} {c['last']}" if be else f"Mme {c['first']} {c['last']}") if c["female"] else
                             (f"Dhr. {c['first']} {c['last']}" if be else f"M. {c['first']} {c['last']}"))])
    c["contact_written"] = contact_w
    pc_city = f"{c['postcode']} {c['municipality']}"
    amt = lambda v: A(c, v)
    other_txt = (f"{c['funder']}: {amt(c['other'])}" if c["other"] else ("geen" if be else "aucun"))
    chair_txt = f"{c['other_first']} {c['other_last']} – {other_phone_txt(c)} – {c['other_email']}"
    if c["org"] is None:
        org_w = "/ (ik dien in als bewoner)" if be else "néant – demande à titre individuel"
    else:
        org_w = c["org"]
    ph_w = phone_txt(c)
    if "fix_phone" in c["opts"]:
        nsn = c["phone_nsn"]
        wrong = nsn[:-3] + nsn[-2] + nsn[-3] + nsn[-1] if nsn[-2] != nsn[-3] else nsn[:-1] + str((int(nsn[-1]) + 3) % 10)
        c["wrong_phone"] = wrong
        ph_w = fmt_phone(c["country"], wrong, c["phone_style"])
    vals = {
        "org": org_w,
        "contact": contact_w,
        "role": c["role"],
        "street": c["address"],
        "pccity": pc_city,
        "phone": ph_w,
        "email": c["email"] if rng.random() < 0.8 else c["email"].capitalize(),
        "chair": chair_txt,
        "title": c["title"],
        "descr": c["descr"],
        "location": rng.choice(["dorpsplein", "parochiezaal", "schoolsite", "gemeentelijk terrein achter de sporthal"]) + f", {c['municipality']}" if be else rng.choice(["place de l'église", "salle des fêtes", "terrain communal", "cour de l'école"]) + f", {c['municipality']}",
        "requested": amt(c["requested"]),
        "total": amt(c["total"]) if c["total"] is not None else "",
        "own": amt(c["own"]),
        "other": other_txt,
        "date": f"{c['date'][2]:02d}/{c['date'][1]:02d}/2019",
    }
    order = ["org", "contact", "role", "street", "pccity", "phone", "email", "chair",
             "title", "location", "descr", "requested", "total", "own", "other", "date"]
    if rng.random() < 0.5:  # project first, then applicant
        order = ["title", "location", "descr"] + [k for k in order if k not in ("title", "location", "descr")]
    if rng.random() < 0.3:
        order.remove("location")
    if rng.random() < 0.3:
        order.remove("role")
    for k in order:
        v = vals[k]
        if k in blank:
            v = ""
        items.append((k, pick(k), v))
    c["budget_label"] = pick("budget")
    return items


def doc_title(c, rng):
    return rng.choice(TITLES[c["lang"]])
