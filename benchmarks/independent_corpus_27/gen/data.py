"""Invented applicant data for corpus c27 ("the application form, however it was made").
Everything here is fictitious. Deterministic: random.Random with fixed seeds."""
import random
from decimal import Decimal

SEED = 2719

NL_FIRST = ["Ann", "Griet", "Koen", "Stijn", "Lieve", "Marleen", "Bart", "Pieter-Jan", "Hilde", "Wim",
            "Els", "Tom", "Sofie", "Dirk", "Nele", "Jens", "Katrien", "Frederik", "Mieke", "Joris",
            "Annelies", "Rik", "Veerle", "Lotte", "Ward", "Bram", "Inge", "Geert", "Sarah", "Hannes",
            "Karel", "Lien", "Machteld", "Arne", "Femke", "Jozef", "Ilse", "Mathias", "Tine", "Wouter",
            "Hanne", "Kristof", "Marijke", "Pieter", "Evelien", "Filip", "Liesbeth", "Dries", "Ria", "Thijs"]
NL_LAST = ["Vandamme", "Deconinck", "Vanhove", "Lermyte", "Debaene", "Vancayzeele", "Delanghe", "Vermeersch",
           "Dewulf", "Lobbestael", "Vandenbussche", "Cappoen", "Dejonckheere", "Verhaeghe", "Vanneste",
           "Decroos", "Leuridan", "Vanacker", "Ghesquière", "Maerten", "Deprez", "Vandewalle", "Coene",
           "Seynaeve", "Lamote", "Dequidt", "Vanlerberghe", "Bouckaert", "Devos", "Samyn", "Vanrobaeys",
           "Goethals", "Dekeyser", "Ryckebusch", "Vandaele", "Degroote", "Maes", "Delameilleure", "Pyck",
           "Vanbelle", "Soenen", "Demuynck", "Baert", "Verbeke", "Haghebaert", "Van Eecke", "Lefevere",
           "Dumoulin", "Deschodt", "Vanpeteghem"]
FR_FIRST = ["Sylvie", "Jean-Marc", "Christophe", "Nathalie", "Bertrand", "Aurélie", "Dominique", "Françoise",
            "Thierry", "Isabelle", "Mathieu", "Céline", "Hervé", "Sandrine", "Pascal", "Émilie", "Benoît",
            "Virginie", "Ludovic", "Martine", "Régis", "Delphine", "Arnaud", "Karine", "Grégory", "Hélène",
            "Julien", "Marie-Claire", "Damien", "Séverine", "Odile", "Fabrice", "Laurence", "Maxime",
            "Brigitte", "Jérôme", "Agnès", "Yannick", "Claudine", "Sébastien", "Anne-Sophie", "Gilles",
            "Manon", "Francis", "Édith", "Vincent", "Chantal", "Olivier", "Pauline", "Guy"]
FR_LAST = ["Deswarte", "Vercoutre", "Lefebvre", "Declercq", "Bollengier", "Vanhille", "Dehondt", "Beauvois",
           "Ryckewaert", "Delattre", "Hennebelle", "Caron", "Coudeville", "Delbecq", "Dumortier", "Lemaire",
           "Gruson", "Boddaert", "Ternynck", "Debuyser", "Desmytter", "Wallyn", "Plancke", "Degrave",
           "Hochart", "Moeneclaey", "Duriez", "Vandenberghe", "Outters", "Beun", "Cordonnier", "Meersseman",
           "Dezitter", "Vasseur", "Baelde", "Fournier", "Herreman", "Devulder", "Bouchart", "Lottin",
           "Sergeant", "Heyman", "Vanpouille", "Dufour", "Coussement", "Leclercq", "Vanuxem", "Deleplanque",
           "Carton", "Lebleu"]

NL_VILLAGES = {
    "dev": [("Kemmel", "8956"), ("Westouter", "8954"), ("Proven", "8972"), ("Alveringem", "8690"),
            ("Reninge", "8647"), ("Merkem", "8650"), ("Esen", "8600"), ("Oostduinkerke", "8670"),
            ("Geluwe", "8940"), ("Zillebeke", "8902")],
    "test": [("Dranouter", "8951"), ("Watou", "8978"), ("Stavele", "8691"), ("Poelkapelle", "8920"),
             ("Klerken", "8650"), ("Wulpen", "8670"), ("Beselare", "8980"), ("Vlamertinge", "8908"),
             ("Loker", "8958"), ("Leisele", "8691")],
}
FR_VILLAGES = {
    "dev": [("Steenvoorde", "59114"), ("Boeschepe", "59299"), ("Wormhout", "59470"), ("Hondschoote", "59122"),
            ("Esquelbecq", "59470"), ("Méteren", "59270"), ("Caëstre", "59190"), ("Zegerscappel", "59470"),
            ("Godewaersvelde", "59114"), ("Rexpoede", "59122")],
    "test": [("Bollezeele", "59470"), ("Flêtre", "59270"), ("Winnezeele", "59670"), ("Killem", "59122"),
             ("Eecke", "59114"), ("Steenwerck", "59181"), ("Arnèke", "59285"), ("Terdeghem", "59114"),
             ("Bavinchove", "59670"), ("Quaëdypre", "59380")],
}
NL_STREETS = {
    "dev": ["Reningelststraat", "Lindestraat", "Sint-Rochusstraat", "Hooghestraat", "Molenstraat", "Dorpsplein",
            "Boeschepestraat", "Vleterenstraat", "Beekstraat", "Zwijnlandstraat"],
    "test": ["Heirweg", "Kasteelstraat", "Blekerijstraat", "Veurnestraat", "Schoolstraat", "Kapelleweg",
             "Hogeweg", "Elzendammestraat", "Pastoriestraat", "Moerestraat"],
}
FR_STREETS = {
    "dev": ["rue de la Gare", "rue du Moulin", "place de l'Église", "rue de Cassel", "route de Bailleul",
            "rue des Écoles", "chemin du Mont", "rue Nationale", "rue de la Brasserie", "impasse des Tilleuls"],
    "test": ["rue du Château", "rue de Wormhout", "rue des Houblons", "chemin de la Becque", "rue du Calvaire",
             "route d'Hazebrouck", "rue de la Mairie", "allée des Peupliers", "rue du Presbytère",
             "rue des Flandres"],
}

# (organisation template or None, kind, title, description)
NL_PROJ = {
    "dev": [
        ("Dorpsraad {v}", "feitelijke vereniging", "Ontmoetingsplek in de oude pastorietuin",
         "De verwaarloosde pastorietuin wordt een plek waar jong en oud elkaar ontmoeten: banken, een petanquebaan en een kleine boomgaard."),
        ("Buurtcomité De Zwaluw", "feitelijke vereniging", "Straatmeesters in de Zwaluwwijk",
         "In elke straat van de wijk een aanspreekpunt dat nieuwe bewoners verwelkomt en oudere buren helpt."),
        (None, "particulier", "Boerenmarkt op het dorpsplein",
         "Eén keer per maand een kleine markt met producten van boeren uit de streek."),
        ("Vrije Basisschool De Regenboog", "school", "Samentuin achter de school",
         "Een moestuin die de leerlingen, hun grootouders en de buurt samen onderhouden."),
        ("Chiro Sint-Maarten {v}", "jeugdbeweging", "Speelbos voor het hele dorp",
         "Een stuk bos wordt ingericht als speelbos met hutten, een blotevoetenpad en infoborden."),
        ("vzw Het Trefpunt", "vzw", "Buurtcafé op zondagvoormiddag",
         "Vrijwilligers openen elke zondag het oude parochiezaaltje als buurtcafé."),
        ("Landelijke Gilde {v}", "vereniging", "Dorpsbus voor minder mobiele inwoners",
         "Een groep vrijwillige chauffeurs brengt minder mobiele inwoners naar de dokter, de markt en familie."),
        ("Feestcomité Hooghe", "feitelijke vereniging", "Dorpsfeest met repair café",
         "Een jaarlijks dorpsfeest waar ook kapotte toestellen samen hersteld worden."),
        (None, "particulier", "Telewerkplek in de oude zuivelschuur",
         "Een gedeelde werkplek met snel internet voor telewerkers en zelfstandigen uit het dorp."),
        ("Gezinsbond afdeling {v}", "vereniging", "Speelstraat en buurtbank",
         "Tijdens de zomer een speelstraat met een mobiele buurtbank en speelkoffer."),
    ],
    "test": [
        ("Bewonersplatform {v} Leeft", "feitelijke vereniging", "Dorpskiosk met deelbibliotheek",
         "In de oude telefooncel en een nieuwe kiosk komen boeken, zaden en gereedschap om te delen."),
        ("KLJ {v}", "jeugdbeweging", "Jeugdlokaal wordt buurthuis",
         "Het jeugdlokaal opent op weekdagen voor de buurt: koffie, kaartnamiddagen, huiswerkbegeleiding."),
        (None, "particulier", "Buurtmoestuin bij de molen",
         "Een braakliggend perceel naast de molen wordt een moestuin voor twaalf gezinnen."),
        ("Gemeentelijke Basisschool 't Klavertje", "school", "Groene speelplaats open voor de buurt",
         "De speelplaats wordt vergroend en na de schooluren opengesteld voor de buurtkinderen."),
        ("Oudercomité Sint-Jozef", "feitelijke vereniging", "Fietsbibliotheek voor kinderen",
         "Kinderfietsen worden ingezameld, hersteld en uitgeleend aan gezinnen uit het dorp."),
        ("Heemkundige Kring De Lindeboom", "vzw", "Erfgoedwandeling met verhalenpalen",
         "Een wandeling langs het erfgoed van het dorp met palen waar bewoners hun verhalen vertellen."),
        ("Vrienden van de Sint-Antoniuskapel", "feitelijke vereniging", "De kapel als ontmoetingsruimte",
         "De kapel krijgt een tweede leven als plek voor kleine concerten, tentoonstellingen en koffie."),
        ("Vrouwen met Vaart {v}", "vereniging", "Vervoerdienst naar de markt",
         "Elke donderdag brengen vrijwilligers oudere inwoners naar de markt en terug."),
        (None, "particulier", "Buurtbakoven op het pleintje",
         "Een houtgestookte bakoven waar buren samen brood en pizza bakken."),
        ("Toneelgroep De Kleine Keiers", "vzw", "Zomerpodium op de dorpsweide",
         "Een open podium voor muziek en toneel van en voor de inwoners."),
    ],
}
FR_PROJ = {
    "dev": [
        ("Association Les Amis de {v}", "association loi 1901", "Un café associatif au cœur du village",
         "Ouvrir dans l'ancienne épicerie un café géré par des bénévoles, lieu de rencontre pour tous."),
        ("Comité des fêtes de {v}", "association loi 1901", "Marché paysan du vendredi soir",
         "Un marché mensuel de producteurs locaux sur la place, avec animation musicale."),
        (None, "particulier", "Boîte à livres et banc de rencontre",
         "Installer une boîte à livres et des bancs près de l'arrêt de bus pour créer du lien."),
        ("École Les Petits Moulins", "établissement scolaire", "Potager pédagogique ouvert aux habitants",
         "Un potager cultivé par les élèves et les habitants, avec des ateliers le samedi."),
        ("Foyer rural de {v}", "association loi 1901", "Navette solidaire pour les aînés",
         "Des conducteurs bénévoles accompagnent les personnes peu mobiles chez le médecin ou au marché."),
        ("Les Jardins Partagés du Mont", "association loi 1901", "Jardin partagé et verger conservatoire",
         "Un jardin partagé avec des variétés fruitières anciennes de Flandre."),
        ("Collectif des habitants de la Becque", "collectif d'habitants", "Voisins relais dans chaque rue",
         "Un voisin relais par rue pour orienter, aider et accueillir les nouveaux habitants."),
        ("Club des jeunes de {v}", "association loi 1901", "Aire de jeux construite par les jeunes",
         "Les jeunes conçoivent et construisent avec un menuisier une aire de jeux en bois."),
        (None, "particulier", "Espace de coworking dans l'ancienne forge",
         "Aménager l'ancienne forge en espace de travail partagé pour les télétravailleurs."),
        ("Association de parents d'élèves Les Hirondelles", "association loi 1901", "Fête de quartier et repair café",
         "Une fête de quartier annuelle avec un atelier de réparation animé par des bénévoles."),
    ],
    "test": [
        ("Maison pour tous de {v}", "association loi 1901", "Ateliers cuisine intergénérationnels",
         "Des ateliers où aînés et jeunes cuisinent ensemble les recettes du village."),
        ("Association Patrimoine et Houblon", "association loi 1901", "Sentier du patrimoine brassicole",
         "Un sentier balisé reliant les anciennes houblonnières et brasseries du village."),
        (None, "particulier", "Épicerie de dépannage en circuit court",
         "Un petit point de vente de produits locaux tenu par des habitants bénévoles."),
        ("Association sportive et culturelle de {v}", "association loi 1901", "Salle de convivialité rénovée par les bénévoles",
         "Rénover la petite salle attenante au stade pour en faire un lieu de rencontre."),
        ("Comité de quartier des Tilleuls", "association loi 1901", "Fête des voisins et annuaire solidaire",
         "Une fête des voisins et un annuaire des savoir-faire de chacun."),
        ("Scouts et Guides de France – groupe de {v}", "association", "Cabane de rencontre au bord de l'étang",
         "Construire avec les habitants une cabane en bois ouverte à tous près de l'étang communal."),
        ("Les Géants de {v}", "association loi 1901", "Un géant fabriqué par les habitants",
         "Des ateliers ouverts pour fabriquer ensemble le nouveau géant du village."),
        (None, "particulier", "Covoiturage villageois",
         "Un tableau et une application simple pour organiser le covoiturage entre voisins."),
        ("Familles Rurales de {v}", "association loi 1901", "Ludothèque itinérante",
         "Une remorque remplie de jeux qui circule de hameau en hameau."),
        ("Association 't Hof van Flandre", "association loi 1901", "Estaminet associatif et jeux flamands",
         "Faire revivre l'estaminet avec des jeux flamands traditionnels et des soirées contées."),
    ],
}

NL_EXP = ["Houten banken en tafels", "Tuinmateriaal en plantgoed", "Begeleiding door landschapsarchitect",
          "Drukwerk en communicatie", "Huur tent en podium", "Materiaal en gereedschap", "Verzekering",
          "Inrichting lokaal", "Participatie-expert (3 sessies)", "Openingsmoment met inwoners",
          "Bouwmaterialen", "Infoborden", "Aankoop toestellen", "Catering vrijwilligers"]
FR_EXP = ["Mobilier (tables, bancs)", "Outillage et matériel de jardin", "Accompagnement par un paysagiste",
          "Impression et communication", "Location chapiteau et sono", "Matériaux de construction",
          "Assurance", "Aménagement du local", "Animation participative", "Inauguration avec les habitants",
          "Signalétique", "Achat d'équipement", "Petit matériel", "Frais de déplacement des bénévoles"]

BE_ZONES = {"8956": "057", "8954": "057", "8972": "057", "8690": "058", "8647": "057", "8650": "051",
            "8600": "051", "8670": "058", "8940": "056", "8902": "057", "8951": "057", "8978": "057",
            "8691": "058", "8920": "057", "8980": "051", "8908": "057", "8958": "057"}


def phone_be(rng, postcode, mobile):
    if mobile:
        p = rng.choice(["0474", "0475", "0476", "0477", "0478", "0479", "0486", "0495", "0497", "0471"])
        d = [rng.randint(10, 99) for _ in range(3)]
        return p + "%02d%02d%02d" % tuple(d)
    z = BE_ZONES.get(postcode, "057")
    return z + "%02d%02d%02d" % (rng.randint(20, 99), rng.randint(10, 99), rng.randint(10, 99))


def phone_fr(rng, mobile):
    if mobile:
        p = rng.choice(["06", "07"])
        return p + "".join("%02d" % rng.randint(10, 99) for _ in range(4))
    return "0328" + "".join("%02d" % rng.randint(10, 99) for _ in range(3))


def show_phone(nat, style):
    """nat: national digits starting with 0."""
    if nat.startswith("04") and len(nat) == 10:  # BE mobile
        a, b, c, d = nat[:4], nat[4:6], nat[6:8], nat[8:]
        return {"sp": f"{a} {b} {c} {d}", "sl": f"{a}/{b}.{c}.{d}", "intl": f"+32 {a[1:]} {b} {c} {d}",
                "plain": nat, "sl2": f"{a}/{b}{c}{d}", "dot": f"{a}.{b}.{c}.{d}"}[style]
    if len(nat) == 9:  # BE landline
        a, b, c, d = nat[:3], nat[3:5], nat[5:7], nat[7:]
        return {"sp": f"{a} {b} {c} {d}", "sl": f"{a}/{b}.{c}.{d}", "intl": f"+32 {a[1:]} {b} {c} {d}",
                "plain": nat, "sl2": f"{a}/{b} {c} {d}", "dot": f"{a}.{b}.{c}.{d}"}[style]
    pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
    return {"sp": " ".join(pairs), "sl": ".".join(pairs), "intl": "+33 " + nat[1] + " " + " ".join(pairs[1:]),
            "plain": nat, "sl2": "-".join(pairs), "dot": ".".join(pairs)}[style]


def e164(nat, country):
    return ("+32" if country == "BE" else "+33") + nat[1:]


def amt(x, style):
    """x: Decimal. Sloppy human formatting."""
    x = Decimal(x)
    ip = int(x)
    cents = int((x - ip) * 100)
    dot = f"{ip:,}".replace(",", ".")
    spc = f"{ip:,}".replace(",", " ")
    c2 = "%02d" % cents
    if style == "eur_dash":
        return f"€ {dot},-" if not cents else f"€ {dot},{c2}"
    if style == "space_eur":
        return f"{spc} €" if not cents else f"{spc},{c2} €"
    if style == "plain":
        return f"{ip}" if not cents else f"{ip},{c2}"
    if style == "nl_dec":
        return f"{dot},{c2}"
    if style == "EUR_pre":
        return f"EUR {dot}" if not cents else f"EUR {dot},{c2}"
    if style == "euro_post":
        return f"{dot} euro" if not cents else f"{dot},{c2} euro"
    if style == "fr_dec":
        return f"{spc},{c2} €"
    if style == "dot_dec":
        return f"{ip}.{c2}"
    if style == "eur_sym_pre":
        return f"€{dot}" if not cents else f"€{dot},{c2}"
    if style == "fr_eur":
        return f"{spc} euros" if not cents else f"{spc},{c2} euros"
    raise ValueError(style)


def make_email(first, last, rng, domain=None):
    import unicodedata
    def asc(s):
        return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()
    f, l = asc(first).replace(" ", ""), asc(last).replace(" ", "").replace("'", "")
    d = domain or rng.choice(["example.org", "example.net", "example.com"])
    form = rng.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}", "{l}.{f}"])
    return form.format(f=f, l=l, f0=f[0]) + "@" + d


# Per half, per format: list of languages (same mix in both halves).
MIX = [("pdf_form", ["nl", "nl", "nl", "fr", "fr"]),
       ("pdf_letter", ["nl", "nl", "fr", "fr"]),
       ("docx_form", ["nl", "nl", "fr", "fr", "fr"]),
       ("odt_form", ["nl", "nl", "fr"]),
       ("xlsx_form", ["nl", "fr", "fr"])]

# Scenario knobs per slot, cycling. (people mode, budget mode, form gives contact email, phone where)
# people: fields | table | signer ; budget: fields | table | income | reqonly
SCEN = [
    ("fields", "fields", True, "form"),
    ("table", "income", True, "form"),
    ("signer", "table", True, "form"),
    ("fields", "reqonly", False, "form"),
    ("table", "table", True, "form"),
    ("fields", "income", True, "body"),
    ("signer", "fields", True, "form"),
    ("table", "fields", True, "form"),
    ("fields", "table", True, "none"),
    ("table", "income", False, "form"),
]


def build_records():
    out = []
    for half in ("dev", "test"):
        rng = random.Random(f"{SEED}-{half}")
        pools = {}
        for lang, F, L in (("nl", NL_FIRST, NL_LAST), ("fr", FR_FIRST, FR_LAST)):
            off = 0 if half == "dev" else 25
            fs, ls = F[off:off + 25][:], L[off:off + 25][:]
            rng.shuffle(fs); rng.shuffle(ls)
            pools[lang] = list(zip(fs, ls))
        idx = {"nl": 0, "fr": 0}
        slot = 0
        vcount = {}
        for fmt, langs in MIX:
            for lang in langs:
                i = idx[lang]; idx[lang] += 1
                country = "BE" if lang == "nl" else "FR"
                vill, pc = (NL_VILLAGES if lang == "nl" else FR_VILLAGES)[half][i]
                street = (NL_STREETS if lang == "nl" else FR_STREETS)[half][i]
                orgt, kind, title, desc = (NL_PROJ if lang == "nl" else FR_PROJ)[half][i]
                org = orgt.format(v=vill) if orgt else None
                if org and lang == "fr":
                    for vow in "AEIOUÉÈÊÂYaeiou":
                        org = org.replace(" de " + vow, " d'" + vow)
                num = rng.choice([3, 5, 7, 11, 12, 14, 18, 21, 23, 27, 31, 36, 42, 48, 55, 63, 71, 86, 104, 127])
                numtxt = str(num) + (rng.choice(["", "", "", "", "A", "B"]) if lang == "nl" else rng.choice(["", "", "", "", " bis"]))
                address = f"{street} {numtxt}" if lang == "nl" else f"{numtxt} {street}"
                pm, bm, form_email, phone_where = SCEN[(slot + (3 if half == "test" else 0)) % len(SCEN)]
                slot += 1
                if org is None:
                    pm = "fields"
                # people
                npeople = 1 if org is None else (3 if pm == "table" else (2 if pm == "fields" else 1))
                people = []
                roles_nl = ["Voorzitter", "Penningmeester", "Secretaris"]
                roles_fr = ["Président(e)", "Trésorier(ère)", "Secrétaire"]
                for k in range(npeople):
                    first, last = pools[lang].pop()
                    nat = phone_be(rng, pc, rng.random() < 0.6) if country == "BE" else phone_fr(rng, rng.random() < 0.6)
                    people.append({"first": first, "last": last, "name": f"{first} {last}",
                                   "phone": nat, "email": make_email(first, last, rng),
                                   "role": (roles_nl if lang == "nl" else roles_fr)[k % 3]})
                if pm == "table":
                    ci = 2  # third person is the named contact
                    people[ci]["role"] = "Contactpersoon" if lang == "nl" else "Personne à contacter"
                elif pm == "fields":
                    ci = npeople - 1  # contact field; other person (chair) signs
                else:
                    ci = 0  # signer, no contact named
                contact = people[ci]
                signer = people[0]
                # sender: usually the contact; sometimes the chair/secretary sends on behalf
                sender = contact
                if pm in ("table", "fields") and npeople > 1 and form_email and rng.random() < 0.5:
                    sender = people[0]
                if not form_email or phone_where in ("body", "none"):
                    sender = contact
                # budget
                nexp = rng.randint(3, 6)
                labs = rng.sample(NL_EXP if lang == "nl" else FR_EXP, nexp)
                exps = []
                for lab in labs:
                    a = Decimal(rng.choice([150, 250, 300, 450, 600, 750, 800, 1200, 1500, 1850, 2000, 2400, 3100, 3500]))
                    if rng.random() < 0.2:
                        a += Decimal(rng.choice(["0.50", "0.75", "0.20", "0.99"]))
                    exps.append((lab, a))
                total = sum(a for _, a in exps)
                if total > Decimal(13000):
                    exps = exps[:3]; total = sum(a for _, a in exps)
                frac = rng.choice([1, 0.9, 0.85, 0.8, 0.75])
                req = (total * Decimal(str(frac))).quantize(Decimal("1"))
                if rng.random() < 0.6:
                    req = (req / 50).quantize(Decimal("1")) * 50
                req = min(req, Decimal(10000), total)
                if req == total and rng.random() < 0.5 and total <= 10000:
                    pass
                if rng.random() < 0.15 and req < total:
                    req += Decimal("0.50")
                own = total - req
                if bm == "reqonly":
                    total_t = None
                else:
                    total_t = total
                astyles = ["eur_dash", "space_eur", "plain", "nl_dec", "EUR_pre", "euro_post", "eur_sym_pre"] if lang == "nl" \
                    else ["space_eur", "fr_dec", "plain", "fr_eur", "EUR_pre", "nl_dec"]
                ast = rng.choice(astyles)
                pst = rng.choice(["sp", "sl", "intl", "plain", "sl2", "dot"])
                v = vcount.get(fmt, 0); vcount[fmt] = v + 1
                rec = {
                    "half": half, "fmt": fmt, "lang": lang, "variant": v + (0 if half == "dev" else len(langs)),
                    "country": country, "org": org, "kind": kind, "title": title, "desc": desc,
                    "village": vill, "postcode": pc, "address": address, "people": people, "ci": ci,
                    "contact": contact, "signer": signer if pm != "fields" or org is None else people[0],
                    "sender": sender, "pm": pm, "bm": bm, "form_email": form_email, "phone_where": phone_where,
                    "expenses": exps, "total": total, "total_t": total_t, "req": req, "own": own,
                    "astyle": ast, "pstyle": pst,
                    "regno": (f"0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}" if country == "BE"
                              else f"{rng.randint(300, 899)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10000, 99999)}"),
                    "iban": (f"BE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}" if country == "BE"
                             else f"FR76 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"),
                    "date": f"{rng.randint(2, 14)}/{rng.choice(['05', '06'])}/2019",
                    "seed": rng.randint(0, 10 ** 9),
                }
                if rec["date"].endswith("/06/2019") and int(rec["date"].split("/")[0]) > 14:
                    rec["date"] = "10/06/2019"
                out.append(rec)
    return out


def truth_fields(r):
    c = r["contact"]
    email = c["email"] if r["form_email"] else r["sender"]["email"]
    phone = None if r["phone_where"] == "none" else e164(c["phone"], r["country"])
    return {
        "organisation": r["org"],
        "contact_name": c["name"],
        "email": email,
        "phone": phone,
        "address": r["address"],
        "postcode": r["postcode"],
        "municipality": r["village"],
        "country": r["country"],
        "project_title": r["title"],
        "requested_amount": f"{r['req']:.2f}",
        "total_budget": None if r["total_t"] is None else f"{r['total_t']:.2f}",
    }
