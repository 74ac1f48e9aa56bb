"""Invented applicants for corpus 19 (seeded). All people, groups, streets,
phones and e-mail addresses are invented; villages and postcodes are real."""
import random
from datetime import datetime, timedelta

# (format, variant, language) -- identical make-up in both halves
SLOTS = [
    ("pdf_form", 0, "nl"), ("pdf_form", 1, "fr"), ("pdf_form", 2, "nl"), ("pdf_form", 3, "fr"),
    ("docx_form", 0, "nl"), ("docx_form", 1, "fr"), ("docx_form", 2, "nl"),
    ("odt_form", 0, "fr"), ("odt_form", 1, "nl"),
    ("xlsx_form", 0, "fr"),
    ("scan_pdf", 0, "nl"), ("scan_pdf", 1, "fr"), ("scan_pdf", 2, "nl"), ("scan_pdf", 3, "fr"),
    ("photo", 0, "fr"), ("photo", 1, "nl"), ("photo", 2, "fr"), ("photo", 3, "nl"),
    ("body_plain", 0, "fr"), ("docx_letter", 0, "nl"),
]

BE_PLACES = [("Westouter", "8954", "057"), ("Watou", "8978", "057"), ("Poperinge", "8970", "057"),
             ("Alveringem", "8690", "058"), ("Stavele", "8691", "058"), ("Woumen", "8600", "051"),
             ("Vladslo", "8600", "051"), ("Zarren", "8610", "051"), ("Merkem", "8650", "051"),
             ("Poelkapelle", "8920", "057"), ("Passendale", "8980", "051"), ("Vlamertinge", "8908", "057"),
             ("Boezinge", "8904", "057"), ("Elverdinge", "8906", "057"), ("Kemmel", "8956", "057"),
             ("Loker", "8958", "057"), ("Dranouter", "8951", "057"), ("Wijtschate", "8953", "057"),
             ("Proven", "8972", "057"), ("Krombeke", "8972", "057"), ("Roesbrugge-Haringe", "8972", "057"),
             ("Oostduinkerke", "8670", "058"), ("Adinkerke", "8660", "058"), ("Reninge", "8647", "057"),
             ("Woesten", "8640", "057"), ("Houthulst", "8650", "051"), ("Geluwe", "8940", "056"),
             ("Zillebeke", "8902", "057")]
FR_PLACES = [("Les Moëres", "59122"), ("Hondschoote", "59122"), ("Bergues", "59380"), ("Wormhout", "59470"),
             ("Esquelbecq", "59470"), ("Steenvoorde", "59114"), ("Godewaersvelde", "59114"),
             ("Boeschepe", "59299"), ("Bailleul", "59270"), ("Cassel", "59670"), ("Oxelaëre", "59670"),
             ("Rexpoëde", "59122"), ("Killem", "59122"), ("Houtkerque", "59470"), ("Herzeele", "59470"),
             ("Bambecque", "59470"), ("Quaëdypre", "59380"), ("Ghyvelde", "59254"), ("Zuydcoote", "59123"),
             ("Téteghem", "59229"), ("Steenwerck", "59181"), ("Flêtre", "59270"), ("Méteren", "59270"),
             ("Caëstre", "59190"), ("Hondeghem", "59190"), ("Terdeghem", "59114"), ("Arnèke", "59285"),
             ("Winnezeele", "59670")]

NL_FIRST = ["Jan", "Els", "Pieter", "Katrien", "Wouter", "Sofie", "Bart", "An", "Dries", "Lieve", "Hendrik",
            "Griet", "Stijn", "Marijke", "Joris", "Nele", "Koen", "Ria", "Filip", "Annelies", "Rik", "Hilde"]
NL_LAST = ["Vermeulen", "Declercq", "Vandenbroucke", "Deraedt", "Lefever", "Coudeville", "Vanneste",
           "Debruyne", "Ghesquière", "Delanote", "Vandamme", "Decrock", "Dewitte", "Verhaeghe", "Lermytte",
           "Bouckaert", "Tyberghein", "Mahieu", "Deschodt", "Vanhee", "Soenen", "Goudeseune"]
FR_FIRST = ["Marie", "Jean-Pierre", "Sylvie", "Benoît", "Nathalie", "Hervé", "Céline", "François",
            "Isabelle", "Thierry", "Élodie", "Grégory", "Véronique", "Jérôme", "Aurélie", "Bruno", "Chantal",
            "Frédéric", "Hélène", "Ludovic", "Maëlle", "Régis"]
FR_LAST = ["Vandaele", "Deswarte", "Lebecq", "Dewaele", "Hennebelle", "Verstaen", "Beun", "Decool",
           "Vanhoutte", "Ryckebusch", "Lamérand", "Coppin", "Deheegher", "Degraeve", "Leclercq", "Blondé",
           "Castelain", "Thorel", "Vandenbussche", "Maerten", "Bécuwe", "Outters"]

NL_STREETS = ["Zwaluwstraat", "Hoppestraat", "Kapelhoek", "Vlasbloemstraat", "Boomgaardstraat",
              "Heidebloemlaan", "Oude Molenweg", "Klaprooslaan", "Blekerijstraat", "Merelweg",
              "Pastorijstraat", "Hommelhof", "Wilgenhoek", "Kasteelweide", "Sint-Rochusstraat",
              "Neerhofdreef", "Kruisabeelstraat", "Leeuwerikstraat", "Bellewaardestraat", "Hazelaarlaan",
              "Schuttershof", "Vijverhoek"]
FR_STREETS = ["rue des Tilleuls", "rue du Moulin", "rue de la Becque", "route d'Hondschoote",
              "chemin du Kruysstraete", "impasse des Houblons", "rue de l'Abbé Lemire", "rue des Tisserands",
              "allée des Saules", "rue du Mont des Récollets", "place de l'Église", "rue des Écoles",
              "chemin des Wattergangs", "rue du Haut Chemin", "route de Steenvoorde", "rue des Brasseurs",
              "sentier du Blanc Moulin", "rue des Peupliers", "rue du Calvaire", "chemin de la Cense",
              "rue du Doornstraete", "rue des Prés", "rue Saint-Éloi", "route de Wormhout"]

NL_ORGS = ["Buurtcomité De Vlasbloem", "vzw Samen aan de Kapelhoek", "Bewonersgroep Molenwijk-Noord",
           "Feestcomité Hoge Akker", "Dorpsplatform {v} Leeft", "vzw Het Nieuwe Dorpshuis",
           "Oudercomité Basisschool De Notelaar", "Moestuinclub De Wortelkes", "Werkgroep Trage Wegen {v}",
           "Seniorenkring De Zonnebloem {v}", "Jeugdhuis 't Kabinetje", "Vrienden van de Hoppeschuur",
           "Buurtvereniging Sint-Rochushoek", "Wijkcomité Bellewaarde", "Toneelkring De Schuifelaars",
           "Fanfare De Verenigde Vrienden", "Kookclub De Potlepel", "vzw Dorpskern Herleeft", "Buurthuis De Lantaarn",
           "Imkersclub De Korf", "Werkgroep Dorpsraad {v}"]
FR_ORGS = ["Association Les Amis du Moulin de {v}", "Comité des fêtes du Hameau des Trois Rois",
           "Collectif Vivre à {v}", "Les Jardins de la Becque", "Foyer rural de {v}",
           "APE de l'école Les Coquelicots", "Club des Aînés Le Houblon", "Association Bien Vivre aux Moëres",
           "Les Ateliers du Blanc Moulin", "Association Racines et Sentiers", "Estaminet Solidaire {v}",
           "Comité de quartier du Calvaire", "Association Graines de Flandre", "La Ruche des Tisserands",
           "Collectif Les Voisins du Mont", "Harmonie Sainte-Cécile", "Les P'tits Loups de l'Yser",
           "Association Le Lien", "Amicale des Wattergangs", "Collectif Village en Transition {v}", "Le Grenier Partagé"]

NL_PROJECTS = [
    ("Dorpsontmoetingspunt in de oude pastorij", "We willen de leegstaande pastorij twee dagen per week openen als ontmoetingsplek met koffie, krant en een babbel. Vrijwilligers uit het dorp houden de permanentie."),
    ("Samentuin achter de kerk", "Op het braakliggend stuk grond achter de kerk leggen we samen met de buurt een moestuin aan. We kopen gereedschap, bakken en een tuinhuisje."),
    ("Buurtbus: vrijwilligers rijden mee", "Een groep chauffeurs brengt minder mobiele dorpsgenoten naar de dokter, de markt of de apotheek. We zoeken een verzekering en een klein reservatiesysteem."),
    ("Boerenmarkt op het dorpsplein", "Eén keer per maand een kleine markt met producten van boeren uit de streek, met muziek en een bar van de verenigingen."),
    ("Straatmeesters in onze wijk", "In elke straat komt een aanspreekpunt dat nieuwe bewoners verwelkomt en mensen helpt of doorverwijst."),
    ("Speelbos voor de kinderen", "Een stuk bos wordt samen met de kinderen en de ouders ingericht als speelzone met boomstammen en een wilgenhut."),
    ("Repair Café in het parochiezaaltje", "Elke eerste zaterdag herstellen vrijwilligers fietsen, kleding en kleine toestellen. We kopen werkbanken en gereedschap."),
    ("Bewonersbevraging en buurtfeest", "We houden een bevraging bij alle bewoners over wat er ontbreekt in het dorp en stellen de resultaten voor op een groot buurtfeest."),
    ("Dorpsbib in de oude bushalte", "De oude bushalte wordt een boekenruilkast met zitbank, verlichting en een klein leeshoekje."),
    ("Groen pleintje in plaats van parking", "Met de bewoners tekenen we met een landschapsarchitect een nieuw, groen pleintje met bankjes en fruitbomen."),
    ("Het dorpscafé heropenen als coöperatie", "Het laatste café van het dorp sloot vorig jaar. We onderzoeken met een haalbaarheidsstudie of een coöperatie het kan overnemen."),
    ("Hoogstamboomgaard voor iedereen", "We planten een boomgaard met oude fruitrassen op gemeentegrond, met plukdagen voor de buurt."),
    ("Zitbanken langs de kerkwegels", "Langs de oude kerkwegels plaatsen we zitbanken en infobordjes, zodat ook ouderen er kunnen wandelen."),
    ("Kinderopvang aan huis: haalbaarheid", "Jonge gezinnen vinden geen opvang in het dorp. Met een studie en een infoavond onderzoeken we of een kleinschalige opvang kan starten."),
    ("Buurtwinkeltje met vrijwilligers", "In de vroegere bakkerij openen we een klein winkeltje met basisproducten en brood, uitgebaat door vrijwilligers."),
    ("Kunstroute door de hoeves", "Een weekend lang stellen kunstenaars uit het dorp tentoon in hoeves en schuren, met een fietsroute en een slotmoment."),
    ("Wekelijkse soepbar voor alleenstaanden", "Elke woensdag soep en een babbel in de parochiezaal voor wie alleen woont. We kopen ketels, tafels en stoelen."),
    ("Dorpsradio en nieuwsbrief", "Een kleine redactie van dorpsgenoten maakt een maandelijkse nieuwsbrief en een podcast over het leven in het dorp."),
    ("Natuurspeelplaats aan de school", "De speelplaats van de dorpsschool wordt na de schooluren open voor alle kinderen, met natuurlijke speelelementen."),
    ("Telewerkplek in het dorpshuis", "Een ruimte in het dorpshuis wordt ingericht als gedeelde werkplek met internet, zodat dorpsgenoten dichtbij kunnen werken."),
]
FR_PROJECTS = [
    ("Jardin partagé derrière la salle des fêtes", "Nous voulons créer un jardin partagé ouvert à tous les habitants, avec bacs surélevés pour les aînés et un abri à outils."),
    ("Café associatif au cœur du village", "Le dernier café a fermé. Des bénévoles ouvriraient un café associatif trois après-midi par semaine, avec jeux et dépôt de pain."),
    ("Marché de producteurs locaux", "Un marché mensuel avec les producteurs des environs, animé par les associations du village."),
    ("Transport solidaire pour les aînés", "Des chauffeurs bénévoles conduisent les personnes peu mobiles chez le médecin, au marché ou à la pharmacie."),
    ("Boîte à livres et coin lecture", "Installation d'une boîte à livres près de l'arrêt de bus, avec un banc et un petit coin lecture pour les enfants."),
    ("Fête des voisins et enquête participative", "Une enquête auprès de tous les habitants sur les besoins du quartier, dont les résultats seront présentés lors d'une grande fête des voisins."),
    ("Verger conservatoire communal", "Plantation d'un verger de variétés anciennes de Flandre sur un terrain communal, avec journées de cueillette."),
    ("Aire de jeux naturelle", "Aménagement d'un espace de jeux en bois et en saule, conçu avec les enfants et leurs parents."),
    ("Repair Café dans l'ancienne école", "Un samedi par mois, des bénévoles réparent vélos, vêtements et petit électroménager. Achat d'établis et d'outillage."),
    ("Référents de rue", "Dans chaque rue, un habitant référent accueille les nouveaux arrivants et oriente ceux qui ont besoin d'aide."),
    ("Réaménagement de la place de l'Église", "Avec un paysagiste et les habitants, nous voulons redessiner la place : bancs, arbres, espace pour le marché."),
    ("Tiers-lieu dans l'ancienne poste", "Transformer l'ancienne poste en tiers-lieu : espace de coworking, permanence associative et ateliers."),
    ("Sentiers de randonnée balisés", "Remise en état et balisage de trois sentiers ruraux reliant les hameaux, avec panneaux d'information."),
    ("Épicerie solidaire au village", "Ouverture d'une petite épicerie tenue par des bénévoles dans l'ancienne boulangerie, avec produits de base et pain."),
    ("Fête des moissons et des jeux flamands", "Une journée avec jeux flamands traditionnels, repas partagé et animations pour relancer la vie du hameau."),
    ("Atelier cuisine intergénérationnel", "Des aînés transmettent leurs recettes aux jeunes familles lors d'ateliers mensuels dans la salle des fêtes."),
    ("Étude pour une micro-crèche rurale", "Les jeunes parents ne trouvent pas de garde. Une étude et une réunion publique pour vérifier si une micro-crèche est possible."),
    ("Journal du village et podcast", "Une petite équipe d'habitants réalise un journal trimestriel et un podcast sur la vie du village."),
    ("Parcours artistique dans les fermes", "Un week-end où les artistes du village exposent dans les fermes et granges, relié par un circuit à vélo."),
    ("Poulailler collectif du quartier", "Un poulailler partagé entre une vingtaine de familles pour réduire les déchets et créer du lien."),
]

PHONE_MODELS = [("Apple", "iPhone 7"), ("samsung", "SM-G960F"), ("HUAWEI", "VOG-L29"), ("Apple", "iPhone 8 Plus"),
                ("samsung", "SM-A520F"), ("motorola", "moto g(6)"), ("Apple", "iPhone SE"), ("OnePlus", "ONEPLUS A6003")]

NL_WORDS = {3000: "drieduizend", 4000: "vierduizend", 5000: "vijfduizend", 6000: "zesduizend",
            7000: "zevenduizend", 8000: "achtduizend", 9000: "negenduizend", 10000: "tienduizend"}
FR_WORDS = {3000: "trois mille", 4000: "quatre mille", 5000: "cinq mille", 6000: "six mille",
            7000: "sept mille", 8000: "huit mille", 9000: "neuf mille", 10000: "dix mille"}


def split_pool(pool, half, seed=19):
    p = list(pool)
    random.Random(seed).shuffle(p)
    return p[0::2] if half == "dev" else p[1::2]


def _g(n):  # group digits "12.34.56"-style helper
    return n


def fmt_amount(v, lang, style):
    """v: float. returns string as a person writes it."""
    cents = round(v * 100) % 100
    iv = int(v)
    def th(sep):
        s = f"{iv:,}".replace(",", sep)
        return s
    if style == 0:
        return f"€ {th('.')},-" if not cents else f"€ {th('.')},{cents:02d}"
    if style == 1:
        return f"{th(' ')},{cents:02d} €"
    if style == 2:
        return f"{iv} euro" if lang == "nl" else f"{iv} euros"
    if style == 3:
        return f"{th('.')} EUR" if not cents else f"{th('.')},{cents:02d} EUR"
    if style == 4 and iv not in NL_WORDS:
        if lang == "fr":
            return f"{th(' ')},{cents:02d} €"
        return f"€ {th('.')},-" if not cents else f"€ {th('.')},{cents:02d}"
    if style == 4:  # words beside figures (only round thousands)
        if lang == "nl":
            return f"{NL_WORDS[iv]} euro (€ {th('.')})"
        return f"{th(' ')} € ({FR_WORDS[iv]} euros)"
    if style == 5:
        return f"{th('.')}€" if not cents else f"{th('.')},{cents:02d}€"
    raise ValueError(style)


def phone_for(rng, country, zone=None, mobile=True, style=0):
    """returns (display, e164)"""
    if country == "BE":
        if mobile:
            d = "4" + rng.choice(["72", "75", "77", "78", "86", "95", "96"]) + "".join(str(rng.randrange(10)) for _ in range(6))
            a, b, c, e = d[:3], d[3:5], d[5:7], d[7:9]
            disp = [f"0{a}/{b}.{c}.{e}", f"0{a} {b} {c} {e}", f"+32 {a} {b} {c} {e}", f"0032 {a} {b}{c}{e}", f"0{a}{b}{c}{e}"][style % 5]
        else:
            z = (zone or "057")[1:]
            d = z + "".join(str(rng.randrange(10)) for _ in range(6))
            r = d[2:]
            disp = [f"0{z}/{r[:2]}.{r[2:4]}.{r[4:]}", f"0{z} {r[:2]} {r[2:4]} {r[4:]}", f"+32 (0){z} {r[:2]} {r[2:4]} {r[4:]}", f"0{z}/{r[:3]} {r[3:]}", f"0{z}{r}"][style % 5]
        return disp, "+32" + d
    else:
        if mobile:
            d = rng.choice(["6", "7"]) + "".join(str(rng.randrange(10)) for _ in range(8))
        else:
            d = "328" + "".join(str(rng.randrange(10)) for _ in range(6))
        p = ["0" + d[0]] + [d[i:i + 2] for i in range(1, 9, 2)]
        disp = [".".join(p), " ".join(p), f"+33 {d[0]} " + " ".join(p[1:]), "-".join(p), "".join(p),
                f"+33 (0){d[0]} " + " ".join(p[1:])][style % 6]
        return disp, "+33" + d


def strip_acc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def build_records(half):
    seed = {"dev": 190001, "test": 190002}[half]
    rng = random.Random(seed)
    pools = {k: split_pool(v, half) for k, v in dict(
        BE=BE_PLACES, FR=FR_PLACES, nlf=NL_FIRST, nll=NL_LAST, frf=FR_FIRST, frl=FR_LAST,
        nls=NL_STREETS, frs=FR_STREETS, nlo=NL_ORGS, fro=FR_ORGS, nlp=NL_PROJECTS, frp=FR_PROJECTS,
        models=PHONE_MODELS).items()}
    for v in pools.values():
        rng.shuffle(v)
    recs = []
    hands = ["pangolin", "sedgwick-ave", "shantell-sans"]
    hand_i = 0 if half == "dev" else 1
    for i, (fmt, var, lang) in enumerate(SLOTS):
        r = {"format": fmt, "variant": var, "language": lang}
        # one Dutch-writing applicant from French Flanders per half (pdf_form v2)
        country = "BE" if lang == "nl" else "FR"
        if fmt == "pdf_form" and var == 2:
            country = "FR"
        r["country"] = country
        if country == "BE":
            muni, pc, zone = pools["BE"].pop()
        else:
            (muni, pc), zone = pools["FR"].pop(), None
        if lang == "nl":
            first, last = pools["nlf"].pop(), pools["nll"].pop()
            street = pools["nls"].pop() if country == "BE" else pools["frs"].pop()
            title, desc = pools["nlp"].pop()
        else:
            first, last = pools["frf"].pop(), pools["frl"].pop()
            street = pools["frs"].pop()
            title, desc = pools["frp"].pop()
        num = rng.randint(1, 140)
        if country == "BE" and lang == "nl":
            suffix = rng.choice(["", "", "A", " bus 2", " bus 1", "/b", ""])
            addr = f"{street} {num}{suffix}"
        else:
            suffix = rng.choice(["", "", " bis", " ter", ""])
            addr = rng.choice([f"{num}{suffix}, {street}", f"{num}{suffix} {street}", f"{street} {num}{suffix}"])
        has_org = rng.random() < 0.7 or fmt in ("pdf_form", "docx_form")
        if fmt in ("photo",) and var == 1:
            has_org = False
        if has_org:
            o = (pools["nlo"] if lang == "nl" else pools["fro"]).pop()
            org = o.replace("{v}", muni)
        else:
            org = None
        # e-mail addresses
        dom = rng.choice(["example.org", "example.net", "example.com"])
        base = strip_acc(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
        personal = rng.choice([base, base.replace(".", ""), f"{strip_acc(first[0]).lower()}.{strip_acc(last).lower()}", f"{base}{rng.randint(50, 99)}"]) + "@" + dom
        if org and rng.random() < 0.5:
            o_short = strip_acc(org.split()[-1]).lower().replace("'", "")
            doc_email = f"{o_short}.{strip_acc(muni).lower().replace(' ', '').replace('-', '')}@" + rng.choice(["example.org", "example.net"])
            from_addr = personal
        else:
            doc_email = personal
            from_addr = personal
        mobile = rng.random() < 0.65
        pstyle = rng.randrange(6)
        pdisp, pe164 = phone_for(rng, country, zone, mobile, pstyle)
        # money
        words = rng.random() < 0.2
        if words:
            req = float(rng.choice([3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000]))
        else:
            req = rng.choice([float(rng.randrange(2500, 10001, 250)), float(rng.randrange(2500, 10001, 50)), rng.randrange(250000, 1000000) / 100])
        own = float(rng.choice([0, 500, 750, 1000, 1250, 1500, 2000, 2500, 3000]))
        total = req + own
        state_total = rng.random() < 0.6
        astyle = 4 if words else rng.choice([0, 2, 3, 5, 0] if lang == "nl" else [1, 2, 5, 1])
        r.update(dict(first=first, last=last, org=org, street=street, address=addr, postcode=pc,
                      municipality=muni, zone=zone, title=title, description=desc, doc_email=doc_email,
                      from_addr=from_addr, phone_display=pdisp, phone=pe164, requested=req, own=own,
                      total=total, state_total=state_total, amount_style=astyle,
                      name_caps=rng.random() < 0.3))
        # sloppy: only total and own contribution given -> requested is the difference
        r["only_total_and_own"] = (fmt, var) in {("pdf_form", 3), ("scan_pdf", 1), ("xlsx_form", 0)} and own > 0
        if (fmt, var) in {("pdf_form", 3), ("scan_pdf", 1), ("xlsx_form", 0)} and own == 0:
            r["own"] = own = 1500.0; r["total"] = total = req + own; r["only_total_and_own"] = True
        if r["only_total_and_own"]:
            r["state_total"] = True
        r["email_missing"] = (fmt, var) in {("scan_pdf", 2), ("photo", 1), ("odt_form", 1)}
        r["phone_in_wrong_box"] = (fmt, var) == ("odt_form", 1)
        if r["email_missing"]:
            r["doc_email"] = None
        d0 = datetime(2019, 4, 1, 8, 0) + timedelta(minutes=rng.randrange(0, 75 * 24 * 60))
        r["date"] = d0
        r["hand"] = None
        if (fmt == "scan_pdf" and var in (1, 2)) or (fmt == "photo" and var in (0, 1, 3)):
            r["hand"] = hands[hand_i % 3]; hand_i += 1
        r["phone_model"] = pools["models"].pop() if fmt == "photo" else None
        r["seed"] = rng.randrange(1 << 30)
        recs.append(r)
    order = list(range(len(recs)))
    rng.shuffle(order)
    out = []
    for n, k in enumerate(order, 1):
        recs[k]["file"] = f"c19-{half}-{n:03d}.eml"
        out.append(recs[k])
    return out


def truth_of(r):
    f = {}
    if r["org"]:
        f["organisation"] = r["org"]
    f["contact_name"] = f"{r['first']} {r['last']}"
    f["email"] = (r["doc_email"] or r["from_addr"]).lower()
    f["phone"] = r["phone"]
    f["address"] = r["address"]
    f["postcode"] = r["postcode"]
    f["municipality"] = r["municipality"]
    f["country"] = r["country"]
    f["project_title"] = r["title"]
    f["requested_amount"] = f"{r['requested']:.2f}"
    if r["state_total"]:
        f["total_budget"] = f"{r['total']:.2f}"
    return {"file": r["file"], "format": r["format"], "language": r["language"], "fields": f}
