"""Applicant profiles and document models (form / letter) for corpus 8."""
from decimal import Decimal
from common import *  # noqa

FR_ORGS = [("Comité des fêtes de {v}", "comitedesfetes"), ("Association des parents d'élèves de l'école {s} de {v}", "ape"),
           ("Foyer rural de {v}", "foyerrural"), ("Union sportive {v} football", "usfoot"),
           ("Amicale des boulistes de {v}", "petanque"), ("Jardin partagé « Les Pieds dans l'Houtland »", "jardin"),
           ("Amicale du quartier {q}", "amicale"), ("Les Amis du moulin de {v}", "amismoulin")]
FR_SCHOOLS = ["Jules Ferry", "Jean Macé", "Sainte-Marie", "du Blootland", "Les Tilleuls"]
FR_QUART = ["du Kattenberg", "de la Gare", "des Tilleuls", "du Petit Bois", "Saint-Éloi"]
NL_ORGS = [("Dorpsraad {v}", "dorpsraad"), ("Buurtcomité {q}", "buurtcomite"), ("Jeugdhuis {j}", "jeugdhuis"),
           ("OKRA {v}", "okra"), ("KWB {v}", "kwb"), ("Vrije Basisschool {s}", "school"),
           ("Ouderraad VBS {s}", "ouderraad"), ("Feestcomité {v}", "feestcomite"), ("vzw Dorpshuis {v}", "dorpshuis")]
NL_QUART = ["Lindenhof", "De Vierweg", "Molenwijk", "Kapelhoek", "Hoge Akker", "Zonnewijk"]
NL_JH = ["'t Kanon", "De Kouter", "Den Ekster", "Paljas", "De Zolder"]
NL_SCHOOLS = ["De Regenboog", "Sint-Jozef", "De Klimop", "'t Fonteintje", "De Horizon"]
EN_ORGS = [("Friends of {v} Community Orchard", "orchard"), ("{v} Newcomers' Welcome Group", "welcome"), (None, None)]

FR_TITLES = ["Un jardin partagé au cœur du village", "Fête des voisins intergénérationnelle", "Boîte à livres et coin lecture",
             "Rénovation du terrain de pétanque et de ses abords", "Marché de producteurs du vendredi soir",
             "Navette solidaire pour nos aînés", "Atelier vélo participatif", "Un verger pour l'école",
             "Café associatif « Chez nous »", "Sentier des écoliers fleuri", "Guinguette du dimanche au moulin",
             "Espace jeux pour les petits du quartier", "Repair café de la Flandre intérieure", "Donnerie et troc de graines"]
NL_TITLES = ["Samen tuinieren in de pastorijtuin", "Dorpsontmoetingspunt 't Kapelleke", "Buurtmeesters voor onze wijk",
             "Boerenmarkt op het dorpsplein", "Vrijwillige chauffeursdienst voor minder mobiele dorpsgenoten",
             "Speelbos voor iedereen", "Buurtfeest met repair café", "Een bank voor elke straat", "Dorpsbib in de oude pastorij",
             "Zomerbar op het kerkplein", "Fietsherstelplaats in het jeugdhuis", "Groene speelplaats - samen aanleggen",
             "Praatcafé voor senioren", "Bloemenweide langs de Kemmelbeek"]
EN_TITLES = ["Community orchard on the old football field", "Welcome café for newcomers", "Village book swap and reading corner",
             "Shared vegetable garden for families"]
NL_DESC = "Met dit project willen we de bewoners van {v} samenbrengen. Een werkgroep van een tiental vrijwilligers werkt het idee verder uit; we organiseren eerst een bewonersavond."
FR_DESC = "Ce projet veut rassembler les habitants de {v} autour d'un lieu convivial. Un groupe d'une dizaine de bénévoles s'en occupe ; une réunion publique aura lieu en septembre."
EN_DESC = "We want to bring people in {v} together, old residents and newcomers alike. About ten volunteers are involved and we plan an open evening in September."

FR_COSTS = ["Achat de matériel (outils, bacs, terreau)", "Mobilier (tables, bancs)", "Communication (flyers, affiches)",
            "Animation / intervenant", "Location de matériel", "Petit équipement", "Accompagnement par un paysagiste"]
NL_COSTS = ["Aankoop tuinmateriaal", "Tafels en stoelen", "Communicatie (flyers, affiches)", "Begeleiding door landschapsarchitect",
            "Huur tent en materiaal", "Inrichting ontmoetingsruimte", "Participatietraject met bewoners"]
EN_COSTS = ["Fruit trees and tools", "Benches and tables", "Flyers and posters", "Workshop facilitator", "Materials"]
FR_FEMALE = {"Marie", "Sylvie", "Nathalie", "Isabelle", "Véronique", "Sandrine", "Émilie", "Martine", "Céline", "Aurélie",
             "Maryse", "Françoise", "Chantal", "Odile", "Hélène"}
FR_MONTHS = ["", "janvier", "février", "mars", "avril", "mai", "juin"]
NL_MONTHS = ["", "januari", "februari", "maart", "april", "mei", "juni"]
EN_MONTHS = ["", "January", "February", "March", "April", "May", "June"]


def fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")


def make_profile(rng, lang, idx):
    p = {"lang": lang}
    if lang == "nl" or (lang == "en" and rng.random() < 0.5):
        country = "BE"
    else:
        country = "FR"
    p["country"] = country
    if country == "BE":
        pc, vil, zone = rng.choice(BE_PLACES)
        st = rng.choice(NL_STREETS)
        num = str(rng.randint(1, 180))
        addr = f"{st} {num}"
        if rng.random() < 0.2:
            addr += f" bus {rng.randint(1, 6)}"
    else:
        pc, vil, zone = rng.choice(FR_PLACES)
        st = rng.choice(FR_STREETS)
        num = str(rng.randint(1, 95))
        if rng.random() < 0.2:
            num += " bis"
        addr = f"{num} {st}"
    p.update(postcode=pc, municipality=vil, address=addr, zone=zone)
    FN, LN = {"nl": (NL_FIRST, NL_LAST), "fr": (FR_FIRST, FR_LAST), "en": (EN_FIRST, EN_LAST)}[lang]
    p["first"], p["last"] = rng.choice(FN), rng.choice(LN)
    p["rep_first"], p["rep_last"] = rng.choice(FN), rng.choice(LN)
    while p["rep_last"] == p["last"]:
        p["rep_last"] = rng.choice(LN)
    # organisation
    if lang == "fr":
        if rng.random() < 0.12:
            org, tag = None, None
            p["individual"] = "retraite"
        else:
            org, tag = rng.choice(FR_ORGS)
            org = org.format(v=vil, s=rng.choice(FR_SCHOOLS), q=rng.choice(FR_QUART))
    elif lang == "nl":
        org, tag = rng.choice(NL_ORGS)
        org = org.format(v=vil, q=rng.choice(NL_QUART), j=rng.choice(NL_JH), s=rng.choice(NL_SCHOOLS))
    else:
        org, tag = rng.choice(EN_ORGS)
        if org:
            org = org.format(v=vil)
    p["org"], p["tag"] = org, tag
    # phone
    if country == "BE":
        if rng.random() < 0.7:
            d = phone_digits_be_mobile(rng)
        else:
            d = zone + "".join(str(rng.randint(0, 9)) for _ in range(6))
            if d == "051000000":
                d = "051223344"
    else:
        if rng.random() < 0.7:
            d = rng.choice(["06", "07"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        else:
            d = zone + "".join(str(rng.randint(0, 9)) for _ in range(6))
    p["phone_digits"] = d
    p["phone_w"] = fmt_phone(d, country, rng)
    p["phone"] = phone_e164(p["phone_w"], country)
    # email
    dom = rng.choice(["example.org", "example.net", "example.com"])
    f, l = fold(p["first"]), fold(p["last"])
    p["email"] = rng.choice([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{l}.{f}@{dom}", f"{f}{rng.randint(50, 99)}@{dom}"])
    p["org_email"] = (f"{tag}.{fold(vil)}@{dom}" if tag else None)
    # project and money
    p["title"] = rng.choice({"fr": FR_TITLES, "nl": NL_TITLES, "en": EN_TITLES}[lang])
    req = Decimal(rng.choice([r * 100 for r in range(20, 101)]))
    if rng.random() < 0.12:
        req = Decimal(rng.randint(2000, 9999)) + Decimal(rng.choice([50, 25, 80, 40])) / 100
    p["requested"] = req
    r = rng.random()
    if r < 0.45:
        own = Decimal(rng.choice([250, 500, 750, 800, 1000, 1200, 1500, 2000, 2500, 3000]))
        p["own"], p["total"] = own, req + own
    elif r < 0.75:
        p["own"], p["total"] = Decimal(0), req
    else:
        p["own"], p["total"] = None, None
    # cost lines summing to total (or requested when no total stated)
    base = p["total"] if p["total"] is not None else req
    costs = rng.sample({"fr": FR_COSTS, "nl": NL_COSTS, "en": EN_COSTS}[lang], rng.randint(2, 4))
    parts, left = [], base
    for c in costs[:-1]:
        a = Decimal(int(base / len(costs) * Decimal(rng.uniform(0.6, 1.3)) / 10) * 10)
        parts.append((c, a))
        left -= a
    parts.append((costs[-1], left))
    p["costs"] = parts
    p["amount_style"] = rng.choice(AMOUNT_STYLES[lang])
    p["words"] = (req % 100 == 0) and rng.random() < 0.3
    day = rng.randint(0, 45)
    import datetime
    p["date"] = datetime.date(2019, 5, 2) + datetime.timedelta(days=day)
    p["siret"] = "".join(str(rng.randint(0, 9)) for _ in range(14))
    p["rna"] = "W59" + "".join(str(rng.randint(0, 9)) for _ in range(7))
    p["kbo"] = "0%03d.%03d.%03d" % (rng.randint(400, 899), rng.randint(0, 999), rng.randint(0, 999))
    p["iban"] = ("BE%02d %04d %04d %04d" % (rng.randint(10, 99), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 9999))
                 if country == "BE" else "FR76 %04d %04d %04d %04d %04d %03d" % (tuple(rng.randint(0, 9999) for _ in range(5)) + (rng.randint(0, 999),)))
    # name writing
    style = rng.random()
    if style < 0.55:
        p["name_w"] = f"{p['first']} {p['last']}"
    elif style < 0.8:
        p["name_w"] = f"{p['last'].upper()} {p['first']}"
    else:
        p["name_w"] = f"{p['last']} {p['first']}"
    return p


def amt(p, v, style=None):
    return fmt_amount(v, style or p["amount_style"])


def datestr(p, lang):
    d = p["date"]
    if lang == "fr":
        return f"{d.day} {FR_MONTHS[d.month]} 2019"
    if lang == "nl":
        return f"{d.day} {NL_MONTHS[d.month]} 2019"
    return f"{d.day} {EN_MONTHS[d.month]} 2019"


# ---------------------------------------------------------------- document models
def _email_value(p, mode, lang):
    if mode == "doc":
        return p["email"]
    if mode == "see":
        return {"fr": "voir ci-dessus", "nl": "zie hierboven", "en": "see above"}[lang]
    if mode == "mail":
        return {"fr": "cf. mail", "nl": "zie mail", "en": "see e-mail"}[lang]
    return ""


def build_form(p, lang, rng, email_mode):
    """Returns model, w (field -> written strings)."""
    w = {}
    S = p["amount_style"]
    rep_same = rng.random() < 0.35
    if rep_same:
        p["rep_first"], p["rep_last"] = p["first"], p["last"]
    ev = _email_value(p, email_mode, lang)
    if lang == "fr":
        m = {"style": "cerfa", "title": "Appel à projets « Partons 2.0 » – Dossier de candidature 2019",
             "subtitle": "Initiatives citoyennes transfrontalières – Flandre intérieure / Westhoek",
             "footer": "Partons 2.0 – Province de Flandre-Occidentale – Woumenweg 100, 8600 Diksmuide (B) – Tél. 051 00 00 00 – coordinator@example.org"}
        secs = []
        it = []
        if p["org"]:
            it.append([("Nom de la structure", p["org"], "text")])
            w["organisation"] = [p["org"]]
            it.append([("N° SIRET", p["siret"], "comb14"), ("N° RNA", p["rna"], "text")])
            it.append([("Statut", True, "check:Association loi 1901"), ("", False, "check:Collectivité"), ("", False, "check:Collectif d'habitants")])
        else:
            it.append([("Nom de la structure", "", "text")])
            it.append([("Statut", False, "check:Association loi 1901"), ("", False, "check:Collectivité"), ("", True, "check:Particulier")])
        it.append([("Adresse (n° et voie)", p["address"], "text")])
        it.append([("Code postal", p["postcode"], "comb5"), ("Commune", p["municipality"], "text")])
        w["address"], w["postcode"], w["municipality"] = [p["address"]], [p["postcode"]], [p["municipality"]]
        secs.append({"title": "1. Identification de la structure", "rows": it})
        if p["org"]:
            secs.append({"title": "2. Représentant légal", "rows": [
                [("Nom", p["rep_last"].upper(), "text"), ("Prénom", p["rep_first"], "text")],
                [("Qualité", ("Présidente" if p["rep_first"] in FR_FEMALE else "Président"), "text")]]})
        phone_comb = rng.random() < 0.5
        ph = p["phone_digits"] if phone_comb else p["phone_w"]
        secs.append({"title": "3. Personne chargée du dossier", "rows": [
            [("Nom", p["last"].upper(), "text"), ("Prénom", p["first"], "text")],
            [("Fonction", rng.choice(["Secrétaire", "Bénévole", "Membre du bureau", "Secrétaire adjoint(e)"]) if p["org"] else "", "text")],
            [("Téléphone", ph, "comb10" if phone_comb else "text"), ("Courriel", ev, "text")]]})
        w["contact_name"] = [p["last"].upper(), p["first"]]
        w["phone"] = [ph]
        secs.append({"title": "4. Le projet", "rows": [[("Intitulé du projet", p["title"], "text")],
                                                       [("Description succincte", FR_DESC.format(v=p["municipality"]), "multi")]]})
        w["project_title"] = [p["title"]]
        trows = [(c, fmt_amount(a, "bare_dot")) for c, a in p["costs"]]
        prow = [("Subvention Partons 2.0 sollicitée", amt(p, p["requested"]))]
        if p["own"]:
            prow.append(("Autofinancement / fonds propres", fmt_amount(p["own"], "bare_dot")))
        tot = p["total"] if p["total"] is not None else None
        budget_rows = [[("__budget__", "CHARGES (€)", trows, "PRODUITS (€)", prow,
                         ("TOTAL", fmt_amount(tot, "bare_dot") if tot is not None else "", fmt_amount(tot, "bare_dot") if tot is not None else ""))]]
        if p["words"]:
            budget_rows.append([("Montant sollicité (en lettres)", words(int(p["requested"]), "fr"), "text")])
            w["requested_words"] = [words(int(p["requested"]), "fr")]
        secs.append({"title": "5. Budget prévisionnel du projet", "rows": budget_rows})
        w["requested_amount"] = [amt(p, p["requested"])]
        if tot is not None:
            w["total_budget"] = [fmt_amount(tot, "bare_dot")]
        secs.append({"title": "6. Engagement", "rows": [[("Fait à", p["municipality"], "text"), ("le", p["date"].strftime("%d/%m/%Y"), "text")],
                                                        [("Signature", p["rep_first"] + " " + p["rep_last"] if p["org"] else p["first"] + " " + p["last"], "sig")]]})
        m["sections"] = secs
        return m, w
    L = {"nl": dict(title="Aanvraagformulier projectsubsidie", subtitle="Projectoproep 'Maak werk van je buurt!' 2019 – Partons 2.0",
                    s1="1. Gegevens van de aanvrager", org="Naam organisatie / vereniging", kbo="Ondernemingsnummer (indien van toepassing)",
                    rep="Voorzitter / verantwoordelijke", contact="Contactpersoon voor dit dossier", addr="Straat en huisnummer",
                    pc="Postcode", mun="Gemeente / deelgemeente", tel="Telefoon / gsm", mail="E-mailadres", iban="Rekeningnummer (IBAN)",
                    s2="2. Het project", titel="Titel van het project", desc="Korte omschrijving", desc_t=NL_DESC,
                    s3="3. Begroting", cost="Kostenraming", tot="Totale kostprijs van het project", own="Eigen inbreng",
                    req="Gevraagde subsidie", words="Gevraagde subsidie (in letters)", s4="4. Ondertekening", place="Plaats en datum",
                    footer="Terug te sturen vóór 16 juni 2019 naar Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide – coordinator@example.org – tel. 051 00 00 00"),
         "en": dict(title="Application form – project grant", subtitle="Call for projects 'Maak werk van je buurt!' / 'Partons 2.0' 2019",
                    s1="1. Applicant", org="Name of the group / organisation", kbo="Company / registration number (if any)",
                    rep="Chair / person responsible", contact="Contact person for this application", addr="Street and number",
                    pc="Postcode", mun="Town / village", tel="Phone / mobile", mail="E-mail", iban="Bank account (IBAN)",
                    s2="2. The project", titel="Project title", desc="Short description", desc_t=EN_DESC,
                    s3="3. Budget", cost="Estimated costs", tot="Total cost of the project", own="Own contribution",
                    req="Grant requested", words="Grant requested (in words)", s4="4. Signature", place="Place and date",
                    footer="Return before 16 June 2019 to Province of West Flanders, Woumenweg 100, 8600 Diksmuide – coordinator@example.org – tel. 051 00 00 00")}[lang]
    m = {"style": "word", "title": L["title"], "subtitle": L["subtitle"], "footer": L["footer"]}
    it = []
    if p["org"]:
        it.append([(L["org"], p["org"], "text")])
        w["organisation"] = [p["org"]]
        it.append([(L["kbo"], p["kbo"] if rng.random() < 0.5 else "", "text")])
        it.append([(L["rep"], p["rep_first"] + " " + p["rep_last"], "text")])
    it.append([(L["contact"], p["name_w"], "text")])
    w["contact_name"] = [p["name_w"]]
    it.append([(L["addr"], p["address"], "text")])
    it.append([(L["pc"], p["postcode"], "text"), (L["mun"], p["municipality"], "text")])
    it.append([(L["tel"], p["phone_w"], "text"), (L["mail"], ev, "text")])
    it.append([(L["iban"], p["iban"] if rng.random() < 0.6 else "", "text")])
    w["address"], w["postcode"], w["municipality"], w["phone"] = [p["address"]], [p["postcode"]], [p["municipality"]], [p["phone_w"]]
    secs = [{"title": L["s1"], "rows": it},
            {"title": L["s2"], "rows": [[(L["titel"], p["title"], "text")], [(L["desc"], L["desc_t"].format(v=p["municipality"]), "multi")]]}]
    w["project_title"] = [p["title"]]
    b = [[("__costs__", L["cost"], [(c, fmt_amount(a, p.get("cost_style") or ("be_full" if lang == "nl" else "en"))) for c, a in p["costs"]])]]
    if p["total"] is not None:
        b.append([(L["tot"], amt(p, p["total"]), "text")])
        w["total_budget"] = [amt(p, p["total"])]
        b.append([(L["own"], amt(p, p["own"]) if p["own"] else "0", "text")])
    b.append([(L["req"], amt(p, p["requested"]), "text")])
    w["requested_amount"] = [amt(p, p["requested"])]
    if p["words"]:
        b.append([(L["words"], words(int(p["requested"]), lang), "text")])
    secs.append({"title": L["s3"], "rows": b})
    secs.append({"title": L["s4"], "rows": [[(L["place"], p["municipality"] + ", " + p["date"].strftime("%d/%m/%Y"), "text")]]})
    m["sections"] = secs
    return m, w


def build_letter(p, lang, rng, email_mode):
    w = {}
    ev = _email_value(p, email_mode, lang)
    head = []
    if p["org"]:
        head.append(p["org"])
        w["organisation"] = [p["org"]]
    else:
        head.append(p["first"] + " " + p["last"])
    head += [p["address"], p["postcode"] + " " + p["municipality"]]
    w["address"], w["postcode"], w["municipality"] = [p["address"]], [p["postcode"]], [p["municipality"]]
    contact_in_head = rng.random() < 0.5
    telw = {"fr": "Tél. ", "nl": "Tel. ", "en": "Phone: "}[lang]
    if contact_in_head:
        head.append(telw + p["phone_w"] + ("  –  " + ev if email_mode == "doc" else ""))
    to = {"fr": ["Province de Flandre-Occidentale", "Coordination Partons 2.0", "Woumenweg 100", "8600 Diksmuide", "BELGIQUE"],
          "nl": ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0", "Woumenweg 100", "8600 Diksmuide"],
          "en": ["Province of West Flanders", "Partons 2.0 coordinator", "Woumenweg 100", "8600 Diksmuide", "Belgium"]}[lang]
    placedate = {"fr": f"{p['municipality']}, le {datestr(p, 'fr')}", "nl": f"{p['municipality']}, {datestr(p, 'nl')}",
                 "en": f"{p['municipality']}, {datestr(p, 'en')}"}[lang]
    subj = {"fr": f"Objet : candidature à l'appel à projets Partons 2.0 – « {p['title']} »",
            "nl": f"Betreft: projectidee 'Maak werk van je buurt!' – \"{p['title']}\"",
            "en": f"Re: application 'Maak werk van je buurt!' – \"{p['title']}\""}[lang]
    w["project_title"] = [p["title"]]
    R = amt(p, p["requested"])
    w["requested_amount"] = [R]
    wd = f" ({words(int(p['requested']), lang)})" if p["words"] else ""
    T = amt(p, p["total"]) if p["total"] is not None else None
    O = amt(p, p["own"]) if p["own"] else None
    if T:
        w["total_budget"] = [T]
    who_fr = "notre association" if p["org"] else "moi-même"
    if lang == "fr":
        paras = [rng.choice(["Madame, Monsieur,", "Monsieur le Coordinateur,", "Madame, Monsieur, "]).strip(),
                 (f"Par la présente, {'le ' + p['org'] if not p['org'].startswith(('Association', 'Amicale', 'Union', 'Les')) else 'notre association'} souhaite présenter un projet dans le cadre de l'appel « Partons 2.0 ». "
                  if p["org"] else ("Institutrice retraitée" if p["first"] in FR_FEMALE else "Instituteur retraité") + ", je souhaite présenter à titre personnel un projet dans le cadre de l'appel « Partons 2.0 », avec quelques voisins. ")
                 + FR_DESC.format(v=p["municipality"]),
                 ("Le coût total du projet est estimé à " + T + (f", dont {O} d'autofinancement" if O else "") + ". " if T else "")
                 + f"Nous sollicitons une aide de {R}{wd}.",
                 "Les principales dépenses prévues : " + "; ".join(f"{c.lower()} ({fmt_amount(a, 'fr_space_int')})" for c, a in p["costs"]) + ".",
                 "Restant à votre disposition pour tout renseignement, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."]
        if not contact_in_head:
            paras.insert(4, f"Personne à contacter : {p['name_w']}, tél. {p['phone_w']}" + (f", courriel : {ev}" if email_mode == "doc" else "") + ".")
        sign = ([("Pour le bureau," if p["org"] else "")] if p["org"] else []) + [p["first"] + " " + p["last"]]
        if p["org"]:
            sign.append(rng.choice(["Secrétaire", "Membre du bureau", "Chargé(e) du dossier"]))
    elif lang == "nl":
        paras = [rng.choice(["Geachte,", "Beste,", "Geachte heer, mevrouw,"]),
                 f"Graag dienen wij een projectidee in voor de projectoproep 'Maak werk van je buurt!'. " + NL_DESC.format(v=p["municipality"]),
                 ("De totale kostprijs van het project wordt geraamd op " + T + (f", waarvan {O} eigen inbreng" if O else "") + ". " if T else "")
                 + f"Wij vragen een subsidie van {R}{wd}.",
                 "Voorziene uitgaven: " + "; ".join(f"{c.lower()} ({fmt_amount(a, 'be_dash')})" for c, a in p["costs"]) + ".",
                 "Met vriendelijke groeten,"]
        if not contact_in_head:
            paras.insert(4, f"Contactpersoon: {p['name_w']}, tel. {p['phone_w']}" + (f", e-mail: {ev}" if email_mode == "doc" else "") + ".")
        sign = [p["first"] + " " + p["last"]]
        if p["org"]:
            sign.append(rng.choice(["secretaris", "contactpersoon", "penningmeester", "namens het bestuur"]))
    else:
        paras = ["Dear Sir or Madam,",
                 "I would like to submit a project idea for the call 'Maak werk van je buurt!'. " + EN_DESC.format(v=p["municipality"]),
                 ("The total cost is estimated at " + T + (f", of which {O} is our own contribution" if O else "") + ". " if T else "")
                 + f"We are asking for a grant of {R}{wd}.",
                 "Please excuse my English-only letter; I am still learning Dutch and French.",
                 "Kind regards,"]
        if not contact_in_head:
            paras.insert(4, f"You can reach me on {p['phone_w']}" + (f" or at {ev}" if email_mode == "doc" else "") + ".")
        sign = [p["first"] + " " + p["last"]]
    w["contact_name"] = [p["first"] + " " + p["last"]]
    w["phone"] = [p["phone_w"]]
    return {"head": head, "to": to, "placedate": placedate, "subject": subj, "paras": paras, "sign": sign}, w
