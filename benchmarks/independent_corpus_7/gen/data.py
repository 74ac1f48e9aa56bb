"""Seeded generation of applicant records (all invented people, real Westhoek / Nord places)."""
import random, datetime

BE_PLACES = [("8600", "Diksmuide"), ("8600", "Esen"), ("8600", "Woumen"), ("8600", "Keiem"), ("8650", "Houthulst"),
             ("8650", "Klerken"), ("8640", "Westvleteren"), ("8640", "Oostvleteren"), ("8647", "Lo"), ("8647", "Reninge"),
             ("8647", "Noordschote"), ("8670", "Oostduinkerke"), ("8670", "Wulpen"), ("8660", "Adinkerke"),
             ("8630", "Veurne"), ("8630", "Avekapelle"), ("8680", "Koekelare"), ("8680", "Zande"), ("8690", "Alveringem"),
             ("8690", "Hoogstade"), ("8691", "Beveren-aan-de-IJzer"), ("8691", "Leisele"), ("8620", "Ramskapelle"),
             ("8900", "Ieper"), ("8902", "Zillebeke"), ("8904", "Boezinge"), ("8906", "Elverdinge"),
             ("8908", "Vlamertinge"), ("8920", "Poelkapelle"), ("8920", "Bikschote"), ("8956", "Kemmel"),
             ("8951", "Dranouter"), ("8958", "Loker"), ("8954", "Westouter"), ("8950", "Nieuwkerke"),
             ("8953", "Wijtschate"), ("8970", "Reningelst"), ("8978", "Watou"), ("8972", "Proven"),
             ("8972", "Krombeke"), ("8980", "Passendale"), ("8980", "Zonnebeke"), ("8957", "Mesen"), ("8610", "Handzame"),
             ("8610", "Zarren")]
FR_PLACES = [("59122", "Hondschoote"), ("59470", "Wormhout"), ("59114", "Steenvoorde"), ("59670", "Cassel"),
             ("59190", "Hazebrouck"), ("59270", "Bailleul"), ("59299", "Boeschepe"), ("59380", "Bergues"),
             ("59380", "Quaëdypre"), ("59470", "Herzeele"), ("59122", "Rexpoëde"), ("59143", "Watten"),
             ("59285", "Arnèke"), ("59670", "Oxelaëre"), ("59940", "Estaires"), ("59660", "Merville"),
             ("59173", "Renescure"), ("59630", "Bourbourg"), ("59270", "Godewaersvelde"), ("59850", "Nieppe"),
             ("59470", "Esquelbecq"), ("59380", "Socx"), ("59114", "Eecke"), ("59190", "Morbecque"),
             ("59270", "Flêtre"), ("59189", "Steenbecque"), ("59114", "Terdeghem")]

NL_FIRST = ["Annelies", "Bart", "Sofie", "Dirk", "Griet", "Pieter", "Marleen", "Koen", "Els", "Stijn", "Lieve", "Wim",
            "Katrien", "Jozef", "Hilde", "Filip", "Nele", "Geert", "Ria", "Tom", "An", "Joris", "Veerle", "Rik",
            "Mieke", "Hendrik", "Ellen", "Lode", "Inge", "Arne", "Fien", "Ward", "Lotte", "Michiel"]
NL_LAST = ["Vandenberghe", "Declercq", "Deconinck", "Vanneste", "Dewaele", "Verhaeghe", "Lams", "Desmet",
           "Vandamme", "Goethals", "Vermeersch", "Lefevere", "Devos", "Boury", "Ryckewaert", "Ghesquiere",
           "Vanhove", "Soenen", "Debaene", "Vandecasteele", "Cappoen", "Bailleul", "Vanlerberghe", "Dumortier",
           "Tahon", "Pattyn", "Vandenbroucke", "Laleman", "Coulier", "Wyffels", "Van Elslande", "De Brabandere"]
FR_FIRST = ["Nathalie", "Jean-Marc", "Sandrine", "Thierry", "Isabelle", "Laurent", "Véronique", "Frédéric",
            "Christelle", "Pascal", "Aurélie", "Didier", "Émilie", "Bruno", "Céline", "Hervé", "Marie-Christine",
            "Jérôme", "Sylvie", "Franck", "Amandine", "Olivier", "Brigitte", "Grégory", "Maryse", "Benoît"]
FR_LAST = ["Vandaele", "Dehondt", "Lefebvre", "Decool", "Vanhaecke", "Delattre", "Verbeke", "Deswarte",
           "Coudeville", "Debruyne", "Lemaire", "Ryckebusch", "Dequidt", "Wallyn", "Verhaeghe", "Bataille",
           "Dewitte", "Hennebelle", "Top", "Vasseur", "Deroo", "Ghesquière", "Blondé", "Dezitter"]
EN_FIRST = ["Sarah", "James", "Emma", "David", "Helen", "Mark"]
EN_LAST = ["Whitfield", "Harrison", "Connolly", "Pritchard", "Baxter", "Ellison"]

NL_STREETS = ["Kerkstraat", "Dorpsplein", "Molenstraat", "Ieperstraat", "Poperingseweg", "Kemmelbergweg",
              "Veurnestraat", "Stationsstraat", "Zonnebloemstraat", "Hoogstraat", "Lindestraat", "Bergstraat",
              "Vleterenstraat", "Polderstraat", "Reningelstplein", "Schoolstraat", "Provenplein", "Kapelleweg",
              "Hoevestraat", "Sint-Laurentiusstraat", "Oude Kortrijkstraat", "Slachthuisstraat", "Pastoriestraat",
              "Abeelseweg", "Watouplein", "Boezingestraat", "Brugsesteenweg", "IJzerdijk"]
FR_STREETS = ["rue de la Gare", "rue des Écoles", "place du Général de Gaulle", "rue de Cassel", "route de Bergues",
              "rue du Moulin", "rue Principale", "chemin des Prés", "rue de l'Église", "impasse des Tilleuls",
              "rue Nationale", "rue d'Hondschoote", "rue du Mont des Cats", "allée des Peupliers",
              "rue Pasteur", "rue Jean Jaurès", "route de Steenvoorde", "rue de la Chapelle", "rue du Calvaire",
              "rue des Houblonnières"]

NL_TITLES = ["Samen tuinieren aan de oude pastorij", "Een ontmoetingsbank op elk plein", "Dorpsboerenmarkt {v}",
             "Buurtbus voor minder mobiele dorpsgenoten", "Speelbos achter de school", "Trage wegen opnieuw open",
             "Repair Café {v}", "Dorpsontmoetingspunt in het oude gemeentehuis", "Straatmeesters in {v}",
             "Een boekenruilkast voor {v}", "Dorpsfeest 'Ons Dorp Leeft'", "Moestuin voor jong en oud",
             "Picknickplek aan de IJzer", "Buurtcafé De Smisse", "Zitbanken en fietsrekken rond de kerk",
             "Bloemen en groen in de dorpskern", "Den Babbelhoek: koffie en klap in {v}", "Speelplein 2.0",
             "Dorpsenquête: wat wil {v}?", "Wandelen langs de Kemmelbeek"]
FR_TITLES = ["Un jardin partagé pour tous", "Marché de producteurs locaux de {v}", "Navette solidaire",
             "Boîte à livres et coin lecture", "Fête des voisins intergénérationnelle", "Aire de jeux naturelle",
             "Café associatif « Chez nous »", "Vergers partagés de {v}", "Bancs et tables pour la place",
             "Le petit marché du vendredi", "Ateliers réparation « On répare tout »", "Sentiers de randonnée du Houtland",
             "Estaminet éphémère", "Un four à pain pour le village", "Jardin pédagogique de l'école",
             "Mobilité douce entre les hameaux"]
EN_TITLES = ["Community orchard for {v}", "Village welcome pack", "Shared tool library", "Bench and bike stands project"]

NL_LINES = ["Aankoop tuinmateriaal", "Huur tent en stoelen", "Begeleiding participatie-expert", "Drukwerk en communicatie",
            "Aankoop zitbanken", "Plantgoed en compost", "Materiaal voor de speeltuin", "Catering vrijwilligersmoment",
            "Ontwerp landschapsarchitect", "Enquête en verwerking", "Verzekering en vergunningen", "Boekenkast (maatwerk)",
            "Gereedschap", "Geluid en verlichting"]
FR_LINES = ["Achat de matériel de jardinage", "Location de chapiteau et chaises", "Accompagnement par un expert",
            "Impression et communication", "Achat de bancs", "Plants et compost", "Matériel de jeux", "Buffet bénévoles",
            "Étude paysagiste", "Enquête auprès des habitants", "Assurance", "Menuiserie (boîte à livres)", "Outillage",
            "Sonorisation"]
EN_LINES = ["Fruit trees and stakes", "Tools", "Printing and leaflets", "Benches", "Volunteer event", "Insurance"]


def nl_org(rng, v):
    kind = rng.choice(["dorpsraad", "feest", "ouder", "chiro", "ksa", "scouts", "sport", "okra", "splus", "vrienden",
                       "ocmw", "buurt", "gilde"])
    opts = {
        "dorpsraad": [f"Dorpsraad {v}", f"Dorpsraad {v} vzw", f"Dorpscomité {v}"],
        "feest": [f"Feestcomité {v}", f"Feestcomité {v} vzw", f"'t Feestcomité van {v}"],
        "ouder": [f"Ouderraad VBS De Zonnebloem", f"Oudercomité GBS 't Klavertje", f"Ouderraad van de Vrije Basisschool {v}"],
        "chiro": [f"Chiro {v}", f"Chirojeugd {v} vzw"],
        "ksa": [f"KSA {v}", f"KSA {v} (Katholieke Studerende Actie)"],
        "scouts": [f"Scouts en Gidsen Sint-Joris {v}", f"Scouts {v}"],
        "sport": [f"VV {v} (Voetbalvereniging {v})", f"Wielerclub De IJzerrenners vzw", f"Petanqueclub {v}"],
        "okra": [f"OKRA Trefpunt {v}", f"Okra {v}"],
        "splus": [f"S-Plus {v}", f"S-Plus afdeling {v}"],
        "vrienden": [f"De Vrienden van de Molen vzw", f"De Vrienden van {v}", f"Vrienden van het Kasteelpark vzw"],
        "ocmw": [f"OCMW {v} - werkgroep Samen Tuinieren", f"Sociaal Huis {v} (OCMW-werkgroep Buurtbus)"],
        "buurt": [f"Buurtcomité De Blekerij", f"Buurtwerking 't Hoekje vzw"],
        "gilde": [f"Landelijke Gilde {v}", f"KVLV {v} (Vrouwen met Vaart)"],
    }
    return rng.choice(opts[kind])


def elide(s):
    """French elision: 'de Eecke' -> "d'Eecke", 'du hameau de Arnèke' -> "d'Arnèke"."""
    import re
    return re.sub(r"\bde ([AEIOUÉÈÊÂ])", r"d'\1", s)


def org_mail(org):
    stop = {"de", "van", "het", "la", "le", "les", "des", "du", "d", "l", "t", "vzw", "en", "of", "the", "a"}
    toks = [t for t in slug(org.split("(")[0]).split(".") if t and t not in stop]
    return ".".join(toks[:3])


def fr_org(rng, v):
    kind = rng.choice(["fetes", "ape", "amicale", "foyer", "amis", "ccas", "sport", "aines", "asso"])
    opts = {
        "fetes": [f"Comité des fêtes de {v}", f"Comité des Fêtes de {v}", f"Comité des fêtes du hameau de {v}"],
        "ape": [f"Association de parents d'élèves de l'école Jean Moulin", f"APE (Association des Parents d'Élèves) de {v}",
                f"Association des parents d'élèves de l'école Sainte-Marie"],
        "amicale": [f"Amicale laïque de {v}", f"Amicale des sapeurs-pompiers de {v}"],
        "foyer": [f"Foyer rural de {v}", f"Foyer Rural de {v}"],
        "amis": [f"Les Amis de la chapelle Saint-Éloi", f"Les Amis du moulin de {v}", f"Les Amis de {v}"],
        "ccas": [f"CCAS de {v} - atelier jardin", f"Centre communal d'action sociale de {v}"],
        "sport": [f"Union sportive de {v}", f"Club de tir à l'arc de {v}"],
        "aines": [f"Club des aînés « L'âge d'or »", f"Club de l'amitié de {v}"],
        "asso": [f"Association « Vivre à {v} »", f"Les Jardins de {v}"],
    }
    return elide(rng.choice(opts[kind]))


def en_org(rng, v):
    return rng.choice([f"Friends of {v} Village Hall", f"{v} Community Garden Group", "Westhoek Expats Club"])


def phone(rng, country, kind=None):
    if country == "BE":
        kind = kind or rng.choice(["mob", "mob", "fix"])
        if kind == "mob":
            pre = "04" + str(rng.choice([70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 86, 94, 95, 96, 97, 98, 99]))[0:2]
            rest = "".join(str(rng.randint(0, 9)) for _ in range(6))
            nat = pre + rest  # 10 digits
            a, b = nat[:4], nat[4:]
            styles = [f"{a} {b[:2]} {b[2:4]} {b[4:]}", f"{a}/{b[:2]}.{b[2:4]}.{b[4:]}", f"{a} {b[:3]} {b[3:]}",
                      f"+32 {nat[1:4]} {b[:2]} {b[2:4]} {b[4:]}", nat, f"0032 {nat[1:4]} {b[:2]} {b[2:4]} {b[4:]}",
                      f"{a}/{b[:2]} {b[2:4]} {b[4:]}"]
        else:
            area = rng.choice(["057", "058", "051"])
            rest = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(5))
            nat = area + rest
            styles = [f"{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"{area}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                      f"{area}/{rest[:2]} {rest[2:4]} {rest[4:]}", f"+32 {area[1:]} {rest[:2]} {rest[2:4]} {rest[4:]}",
                      f"{area} {rest[:3]} {rest[3:]}"]
        return rng.choice(styles), "+32" + nat[1:]
    else:
        kind = kind or rng.choice(["mob", "mob", "fix"])
        if kind == "mob":
            nat = rng.choice(["06", "07"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        else:
            nat = "0328" + "".join(str(rng.randint(0, 9)) for _ in range(6))
        p = [nat[i:i + 2] for i in range(0, 10, 2)]
        styles = [" ".join(p), ".".join(p), nat, "+33 " + nat[1] + " " + " ".join(p[1:]),
                  "+33 (0)" + nat[1] + " " + " ".join(p[1:]), "-".join(p)]
        return rng.choice(styles), "+33" + nat[1:]


def fmt_amount(rng, val, lang, allow_words=True):
    """Return written amount string (numeric part only) and optional words."""
    cents = round(val * 100) % 100
    ip = int(val)
    def grp(n, sep):
        s = f"{n:,}".replace(",", sep)
        return s
    if lang == "nl":
        if cents:
            styles = [f"€ {grp(ip, '.')},{cents:02d}", f"{ip},{cents:02d} euro", f"EUR {grp(ip, '.')},{cents:02d}",
                      f"€{ip},{cents:02d}"]
        else:
            styles = [f"€ {grp(ip, '.')},-", f"{grp(ip, '.')} euro", f"EUR {grp(ip, '.')},00", f"€ {ip}",
                      f"{grp(ip, '.')},00 €", f"{ip} EUR", f"€ {grp(ip, '.')}"]
    elif lang == "fr":
        if cents:
            styles = [f"{grp(ip, ' ')},{cents:02d} €", f"{ip},{cents:02d} euros", f"{grp(ip, '.')},{cents:02d} €"]
        else:
            styles = [f"{grp(ip, ' ')} €", f"{grp(ip, ' ')},00 €", f"{ip} euros", f"{grp(ip, '.')} €",
                      f"{grp(ip, ' ')} euros", f"{ip} €"]
    else:
        if cents:
            styles = [f"€{grp(ip, ',')}.{cents:02d}", f"EUR {grp(ip, ',')}.{cents:02d}"]
        else:
            styles = [f"€{grp(ip, ',')}", f"EUR {grp(ip, ',')}.00", f"€ {grp(ip, ',')}"]
    return rng.choice(styles)


NL_UNITS = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen"}
FR_UNITS = {1: "mille", 2: "deux mille", 3: "trois mille", 4: "quatre mille", 5: "cinq mille", 6: "six mille",
            7: "sept mille", 8: "huit mille", 9: "neuf mille"}


def words(val, lang):
    if val % 1000 or val > 9999 or val < 1000:
        return None
    k = int(val // 1000)
    if lang == "nl":
        return ("duizend" if k == 1 else NL_UNITS[k] + "duizend") + " euro"
    if lang == "fr":
        return FR_UNITS[k] + " euros"
    return None


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c if c.isalnum() else "." for c in s).strip(".").replace("..", ".")


USED_ORGS = set()


def make_record(rng, idx, fmt, lang, twin=None):
    r = {"id": idx, "fmt": fmt, "lang": lang}
    if lang == "nl":
        country = "BE"
    elif lang == "fr":
        country = "FR"
    else:
        country = rng.choice(["BE", "FR"])
    pc, muni = rng.choice(BE_PLACES if country == "BE" else FR_PLACES)
    if lang == "en":
        first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    elif lang == "nl":
        first, last = rng.choice(NL_FIRST), rng.choice(NL_LAST)
    else:
        first, last = rng.choice(FR_FIRST), rng.choice(FR_LAST)
    r.update(country=country, postcode=pc, municipality=muni, first=first, last=last)
    num = str(rng.randint(1, 120))
    if country == "BE":
        street = rng.choice(NL_STREETS)
        addr = f"{street} {num}"
        if rng.random() < 0.2:
            addr += f" bus {rng.randint(1, 6)}"
    else:
        street = rng.choice(FR_STREETS)
        addr = f"{num} {street}"
        if rng.random() < 0.2:
            addr = f"{num} bis {street}"
    r["address"] = addr
    r["street"], r["num"] = street, num
    # organisation
    no_org = (rng.random() < 0.1) if twin is None else (twin["org"] is None)
    if no_org:
        r["org"] = None
    else:
        for _ in range(20):  # avoid two different applicants with the same group name
            r["org"] = nl_org(rng, muni) if lang == "nl" else fr_org(rng, muni) if lang == "fr" else en_org(rng, muni)
            if r["org"] not in USED_ORGS:
                break
        USED_ORGS.add(r["org"])
    # legal seat of the org (distractor) - different address in same village
    if country == "BE":
        r["seat"] = f"{rng.choice(NL_STREETS)} {rng.randint(1, 80)}"
    else:
        r["seat"] = f"{rng.randint(1, 80)} {rng.choice(FR_STREETS)}"
    r["phone_w"], r["phone"] = phone(rng, country)
    no_ph = (rng.random() < 0.08) if twin is None else (twin["phone"] is None)
    if no_ph:
        r["phone_w"], r["phone"] = None, None
    # second person (treasurer / chairman)
    if lang == "fr":
        f2, l2 = rng.choice(FR_FIRST), rng.choice(FR_LAST)
        role2 = rng.choice(["Trésorier", "Président", "Secrétaire"])
        role1 = rng.choice(["Présidente" if first[-1] == "e" else "Président", "Secrétaire", "Membre du bureau"])
    elif lang == "nl":
        f2, l2 = rng.choice(NL_FIRST), rng.choice(NL_LAST)
        role2 = rng.choice(["Penningmeester", "Voorzitter", "Secretaris"])
        role1 = rng.choice(["Voorzitter", "Secretaris", "Bestuurslid", "Coördinator"])
    else:
        f2, l2 = rng.choice(EN_FIRST), rng.choice(EN_LAST)
        role2 = rng.choice(["Treasurer", "Chair"])
        role1 = rng.choice(["Secretary", "Coordinator"])
    while f2 == first:
        f2 = rng.choice(FR_FIRST if lang == "fr" else NL_FIRST if lang == "nl" else EN_FIRST)
    r["p2"] = (f2, l2, role2)
    r["p2_phone_w"], _ = phone(rng, country)
    r["p2_email"] = f"{slug(f2)}.{slug(l2)}@example.net"
    r["role1"] = role1
    # e-mail
    dom = rng.choice(["example.org", "example.net", "example.com"])
    personal = rng.choice([f"{slug(first)}.{slug(last)}@{dom}", f"{slug(first)[0]}{slug(last)}@{dom}",
                           f"{slug(last)}.{slug(first)}{rng.randint(1, 99)}@{dom}"])
    r["from_personal"] = personal
    mode = rng.random()
    # email modes: doc states own / doc says see above / doc empty; sender other
    if rng.random() < 0.12:
        r["sender_other"] = True
        r["email_mode"] = rng.choice(["none", "none", "stated"])
    else:
        r["sender_other"] = False
        r["email_mode"] = "stated" if mode < 0.6 else ("see_above" if mode < 0.8 else "none")
    if twin is not None:
        r["sender_other"], r["email_mode"] = twin["sender_other"], twin["email_mode"]
    if r["email_mode"] == "stated":
        if r["org"] and rng.random() < 0.35:
            r["doc_email"] = f"{org_mail(r['org'])}@{dom}"
        else:
            r["doc_email"] = personal
    else:
        r["doc_email"] = None
    if r["sender_other"]:
        if lang == "fr":
            sf, sl = rng.choice(FR_FIRST), rng.choice(FR_LAST)
        elif lang == "nl":
            sf, sl = rng.choice(NL_FIRST), rng.choice(NL_LAST)
        else:
            sf, sl = rng.choice(EN_FIRST), rng.choice(EN_LAST)
        r["sender"] = (sf, sl, f"{slug(sf)}.{slug(sl)}@{rng.choice(['example.org', 'example.net'])}")
        r["sender_phone_w"], _ = phone(rng, country)
    # title
    titles = NL_TITLES if lang == "nl" else FR_TITLES if lang == "fr" else EN_TITLES
    r["title"] = rng.choice(titles).replace("{v}", muni)
    if lang == "fr":
        r["title"] = elide(r["title"])
    # budget
    lines_src = NL_LINES if lang == "nl" else FR_LINES if lang == "fr" else EN_LINES
    n = rng.randint(3, 5)
    labels = rng.sample(lines_src, n)
    amts = []
    for _ in range(n):
        a = rng.choice([rng.randint(3, 60) * 50, rng.randint(200, 4000)])
        amts.append(float(a))
    if rng.random() < 0.15:
        amts[0] += rng.choice([0.5, 0.25, 0.75, 0.99])
    total = sum(amts)
    while total > 14000:
        amts = [round(a / 2, 2) for a in amts]
        total = round(sum(amts), 2)
    if total < 1500:
        amts[-1] += 2000
        total = sum(amts)
    total = round(total, 2)
    p_own = rng.random()
    if total > 10000 or p_own < 0.35:
        own = round(max(total - 10000, rng.choice([250, 500, 750, 1000, 1200, 1500, 2000])), 2)
        if own >= total:
            own = round(total * 0.2, 0)
    else:
        own = 0.0
    r["lines"] = list(zip(labels, amts))
    r["total"] = total
    r["own"] = own
    r["requested"] = round(total - own, 2)
    r["state_total"] = own > 0 or rng.random() < 0.7
    r["req_w"] = fmt_amount(rng, r["requested"], lang)
    r["total_w"] = fmt_amount(rng, r["total"], lang)
    r["own_w"] = fmt_amount(rng, r["own"], lang)
    r["req_words"] = words(r["requested"], lang) if rng.random() < 0.3 else None
    r["line_w"] = [fmt_amount(rng, a, lang) for a in amts]
    # dates
    d = datetime.datetime(2019, 5, 2, 8, 0) + datetime.timedelta(minutes=rng.randint(0, 45 * 24 * 60 - 600))
    r["date"] = d
    r["sign_date"] = d.date() - datetime.timedelta(days=rng.randint(0, 4))
    r["name_caps"] = rng.random() < 0.25 if twin is None else twin["name_caps"]  # write as "LAST First"
    r["split"] = rng.random() < 0.4 if twin is None else twin["split"]  # address over street/number/bus cells
    return r


def name_written(r):
    if r["name_caps"]:
        return f"{r['last'].upper()} {r['first']}"
    return f"{r['first']} {r['last']}"


def truth_fields(r):
    f = {}
    if r["org"]:
        f["organisation"] = r["org"]
    f["contact_name"] = f"{r['first']} {r['last']}"
    if r["doc_email"]:
        f["email"] = r["doc_email"]
    elif not r["sender_other"]:
        f["email"] = r["from_personal"]
    if r["phone"]:
        f["phone"] = r["phone"]
    f["address"] = r["address"]
    f["postcode"] = r["postcode"]
    f["municipality"] = r["municipality"]
    f["country"] = r["country"]
    f["project_title"] = r["title"]
    f["requested_amount"] = f"{r['requested']:.2f}"
    if r["state_total"]:
        f["total_budget"] = f"{r['total']:.2f}"
    return f
