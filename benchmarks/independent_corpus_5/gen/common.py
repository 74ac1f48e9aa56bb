"""Shared data, record generation and sloppy formatting for corpus 5."""
import random, re, datetime

COORD = "coordinator@example.org"

BE_PLACES = [("8600", "Diksmuide"), ("8600", "Esen"), ("8600", "Woumen"), ("8600", "Beerst"), ("8620", "Nieuwpoort"),
             ("8620", "Ramskapelle"), ("8630", "Veurne"), ("8630", "Bulskamp"), ("8640", "Oostvleteren"),
             ("8640", "Westvleteren"), ("8640", "Woesten"), ("8647", "Lo-Reninge"), ("8647", "Pollinkhove"),
             ("8650", "Houthulst"), ("8650", "Merkem"), ("8650", "Klerken"), ("8660", "Adinkerke"), ("8670", "Oostduinkerke"),
             ("8670", "Wulpen"), ("8690", "Alveringem"), ("8690", "Hoogstade"), ("8691", "Stavele"),
             ("8691", "Beveren-aan-den-IJzer"), ("8900", "Ieper"), ("8902", "Zillebeke"), ("8904", "Boezinge"),
             ("8904", "Dikkebus"), ("8906", "Elverdinge"), ("8908", "Vlamertinge"), ("8920", "Langemark-Poelkapelle"),
             ("8920", "Bikschote"), ("8940", "Geluwe"), ("8951", "Dranouter"), ("8952", "Wulvergem"), ("8953", "Wijtschate"),
             ("8954", "Westouter"), ("8956", "Kemmel"), ("8957", "Mesen"), ("8970", "Poperinge"), ("8972", "Proven"),
             ("8972", "Roesbrugge-Haringe"), ("8978", "Watou"), ("8980", "Zonnebeke"), ("8980", "Passendale"),
             ("8950", "Nieuwkerke")]
BE_FR_PLACES = [("7780", "Comines"), ("7781", "Houthem"), ("7782", "Ploegsteert"), ("7783", "Le Bizet"), ("7784", "Warneton")]
FR_PLACES = [("59270", "Bailleul"), ("59270", "Méteren"), ("59270", "Godewaersvelde"), ("59114", "Steenvoorde"),
             ("59114", "Eecke"), ("59190", "Hazebrouck"), ("59670", "Cassel"), ("59122", "Hondschoote"), ("59380", "Bergues"),
             ("59470", "Wormhout"), ("59470", "Herzeele"), ("59299", "Boeschepe"), ("59850", "Nieppe"), ("59181", "Steenwerck"),
             ("59660", "Merville"), ("59940", "Estaires"), ("59630", "Bourbourg"), ("59380", "Quaëdypre"), ("59122", "Rexpoëde"),
             ("59470", "Bambecque"), ("59270", "Flêtre"), ("59190", "Caëstre"), ("59190", "Morbecque")]

STREETS_NL = ["Kerkstraat", "Dorpsstraat", "Molenstraat", "Statiestraat", "Ieperstraat", "Veurnestraat", "Poperingseweg",
              "Kasteelstraat", "Nieuwstraat", "Zandstraat", "Boterstraat", "Hoogstraat", "Lindelaan", "Vijverstraat",
              "Kapelleweg", "Pastoriestraat", "Oude Zuidschotestraat", "Wipstraat", "Hoppestraat", "Blekerijstraat",
              "Kriekenbos", "Abeelseweg", "Schoolstraat", "Meersstraat", "Reningestraat"]
STREETS_FR = ["rue de la Gare", "rue de l'Église", "rue du Moulin", "rue Nationale", "rue des Tilleuls", "chemin du Mont",
              "rue de Bergues", "route de Cassel", "allée des Peupliers", "rue Pasteur", "rue Victor Hugo", "rue des Écoles",
              "impasse des Hirondelles", "rue du Kruysabel", "chemin des Mottes", "rue de la Brasserie", "rue du Calvaire"]
STREETS_BEFR = ["rue de Wervicq", "rue du Touquet", "chaussée de Warneton", "rue de la Lys", "rue des Combattants", "rue du Bizet"]

FIRST_NL_M = ["Jan", "Pieter", "Koen", "Bart", "Wouter", "Dries", "Jens", "Stijn", "Geert", "Filip", "Lieven", "Rik", "Arne", "Ward", "Joris"]
FIRST_NL_F = ["Els", "Katrien", "An", "Sofie", "Lien", "Griet", "Hilde", "Marieke", "Ine", "Nele", "Femke", "Lotte", "Annelies", "Veerle", "Jolien"]
LAST_NL = ["Vermeulen", "Vandenbroucke", "Deconinck", "Lefever", "Vanneste", "Desmet", "Verhaeghe", "Dewulf", "Vandamme", "Ryckewaert",
           "Devos", "Bulcke", "Coene", "Vanhee", "Decroos", "Dequidt", "Lermytte", "Vanbeselaere", "Soenen", "Verstraete", "Pattyn", "Blondeel"]
FIRST_FR_M = ["Jean-Marc", "Thierry", "Olivier", "Benoît", "Stéphane", "Grégory", "Laurent", "Hervé", "Julien", "François", "Didier"]
FIRST_FR_F = ["Marie", "Sandrine", "Élodie", "Nathalie", "Céline", "Aurélie", "Valérie", "Sophie", "Hélène", "Martine", "Agnès", "Lucie"]
LAST_FR = ["Dufour", "Vandewalle", "Lemaire", "Deblock", "Bailleul", "Dehaene", "Vanhoutte", "Leclercq", "Boutry", "Delattre",
           "Top", "Decool", "Lebleu", "Dumortier", "Verhaeghe", "Hennion", "Desmettre", "Cappelaere", "Gheerbrant", "Ryckebusch"]
FIRST_EN = ["Helen", "Mark", "Sarah", "David", "Emma", "Richard", "Claire", "Andrew"]
LAST_EN = ["Thompson", "Whitfield", "Carter", "Lloyd", "Bennett", "Hughes", "Marsh", "Fletcher"]

TITLES = {
    "nl": ["Samen tuinieren in de pastorietuin", "Dorpsontmoetingspunt 't Oud Gemeentehuis", "Buurtmeesters voor {place}",
           "Boerenmarkt op het dorpsplein", "Vrijwillige chauffeursdienst {place}", "Speelbos voor iedereen",
           "Een bank in elke straat", "Trage wegen, levende buurt", "Buurtfeest & buurtbevraging", "Repair Café {place}",
           "Moestuin De Zoete Aarde", "Dorpscafé 'Den Ouden Tijd' heropent", "Ontmoetingsplek aan de kerk",
           "Buurtbibliotheek in de oude telefooncel", "Samen aan tafel in {place}", "Groene speelplaats 'Ravotten'"],
    "fr": ["Un jardin partagé pour tous", "Le café du village", "Marché paysan du dimanche", "Voisins solidaires à {place}",
           "Transport solidaire des aînés", "Fête des voisins et enquête participative", "Le verger de la mairie",
           "Une boîte à livres par quartier", "Place du village : on s'y retrouve !", "Atelier vélo participatif",
           "Potager de l'école Jules Ferry", "Les bancs de l'amitié", "Ma rue en fleurs", "Estaminet associatif « Chez nous »"],
    "en": ["Community garden at the old vicarage", "Village coffee corner", "Neighbourhood helpers network",
           "Green play area for {place}", "Shared tool library"],
}

ORG_NL = ["Dorpsraad {place}", "vzw Buurtwerking {street}", "Feitelijke vereniging De Klaproos", "Ouderraad VBS De Zonnebloem",
          "KWB {place}", "Gezinsbond afdeling {place}", "Speelpleinwerking 't Ravotje vzw", "Landelijke Gilde {place}",
          "Buurtcomité {street}", "Femma {place}", "Vriendenkring De Lustige Buren", "vzw Dorpshuis {place}",
          "Tuinhier {place}", "Wijkcomité Molenhoek"]
ORG_FR = ["Comité des fêtes de {place}", "Association Les Jardins de {place}", "APE de l'école Jules Ferry",
          "Foyer rural de {place}", "Association Vivre à {place}", "Comité de quartier du Mont", "Club des aînés Les Tilleuls",
          "Les Amis du Moulin", "Association Bien vivre ensemble", "Comité d'animation de {place}"]
ORG_EN = ["Friends of {place} Village Hall", "{place} Residents' Association", "Old Vicarage Garden Group"]

COSTS = {
    "nl": ["Plantgoed en zaaigoed", "Tuingereedschap", "Tafels en stoelen", "Begeleiding participatie-expert",
           "Drukwerk en communicatie", "Huur tent en geluid", "Bewonersbevraging (enquête)", "Materiaal speelzone",
           "Catering bewonersmoment", "Ontwerp landschapsarchitect", "Zitbanken en bloembakken", "Kleine herstellingen lokaal"],
    "fr": ["Plants et semences", "Outillage de jardin", "Tables et chaises", "Accompagnement expert en participation",
           "Impression et communication", "Location chapiteau et sono", "Enquête auprès des habitants", "Animation de la journée",
           "Bancs et bacs à fleurs", "Étude par un paysagiste", "Matériaux boîte à livres", "Buffet rencontre habitants"],
    "en": ["Garden tools", "Tables and chairs", "Participation expert", "Printing and communication", "Marquee hire",
           "Residents' survey", "Plants and seeds", "Benches and planters"],
}

NL_U = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien',
        'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien']
NL_T = {2: 'twintig', 3: 'dertig', 4: 'veertig', 5: 'vijftig', 6: 'zestig', 7: 'zeventig', 8: 'tachtig', 9: 'negentig'}


def nl_words(n):
    def w99(n):
        if n < 20:
            return NL_U[n]
        t, u = divmod(n, 10)
        if not u:
            return NL_T[t]
        return NL_U[u] + ('ën' if NL_U[u].endswith('e') else 'en') + NL_T[t]

    def w999(n):
        h, r = divmod(n, 100)
        s = '' if h == 0 else ('honderd' if h == 1 else NL_U[h] + 'honderd')
        return s + (w99(r) if r else '')
    k, r = divmod(n, 1000)
    s = '' if k == 0 else ('duizend' if k == 1 else w999(k) + 'duizend')
    if r:
        s = (s + ' ' if s else '') + w999(r)
    return s


FR_U = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
        'quatorze', 'quinze', 'seize']
FR_T = {2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante'}


def fr_words(n):
    def w99(n):
        if n < 17:
            return FR_U[n]
        if n < 20:
            return 'dix-' + FR_U[n - 10]
        t, u = divmod(n, 10)
        if t == 7:
            return 'soixante-' + ('et-' if u == 1 else '') + w99(10 + u)
        if t == 8:
            return 'quatre-vingts' if u == 0 else 'quatre-vingt-' + FR_U[u]
        if t == 9:
            return 'quatre-vingt-' + w99(10 + u)
        if u == 0:
            return FR_T[t]
        return FR_T[t] + ('-et-un' if u == 1 else '-' + FR_U[u])

    def w999(n, final=True):
        h, r = divmod(n, 100)
        parts = []
        if h:
            parts.append('cent' if h == 1 else FR_U[h] + ' cent' + ('s' if (r == 0 and final) else ''))
        if r:
            parts.append(w99(r))
        return ' '.join(parts)
    k, r = divmod(n, 1000)
    parts = []
    if k:
        parts.append('mille' if k == 1 else w999(k, False) + ' mille')
    if r:
        parts.append(w999(r))
    return ' '.join(parts)


def grp(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amount(cents, lang, rng, allow_words=False):
    """A sloppy human rendering of an amount."""
    e, c = divmod(cents, 100)
    if allow_words and c == 0 and lang in ('nl', 'fr'):
        if lang == 'nl':
            return rng.choice([f"{nl_words(e)} euro (€ {grp(e, '.')})", f"{nl_words(e)} euro"])
        return rng.choice([f"{fr_words(e)} euros ({grp(e, ' ')} €)", f"{fr_words(e)} euros"])
    if lang == 'nl':
        if c:
            return rng.choice([f"€ {grp(e, '.')},{c:02d}", f"{e},{c:02d}", f"EUR {grp(e, '.')},{c:02d}", f"{e},{c:02d} euro"])
        return rng.choice([f"€ {grp(e, '.')},-", f"{grp(e, '.')} euro", f"€ {grp(e, '.')},00", f"{e} EUR", f"{grp(e, ' ')}",
                           f"EUR {grp(e, '.')},00", f"€{e}", f"{grp(e, '.')} €", f"€ {grp(e, '.')}"])
    if lang == 'fr':
        if c:
            return rng.choice([f"{grp(e, ' ')},{c:02d} €", f"{e},{c:02d} euros", f"{grp(e, '.')},{c:02d} €"])
        return rng.choice([f"{grp(e, ' ')} €", f"{e} euros", f"{grp(e, ' ')},00 €", f"{grp(e, '.')} €", f"EUR {grp(e, ' ')}",
                           f"{e}€", f"{grp(e, ' ')} euros", f"{grp(e, ' ')}"])
    if c:
        return rng.choice([f"€{grp(e, ',')}.{c:02d}", f"EUR {grp(e, ',')}.{c:02d}"])
    return rng.choice([f"€{grp(e, ',')}", f"EUR {grp(e, ',')}", f"€ {grp(e, ',')}.00", f"{e} euro", f"€{grp(e, ',')}.00"])


def plain_amount(cents, lang):
    """A clean rendering (cost lines, tables)."""
    e, c = divmod(cents, 100)
    if lang == 'nl':
        return f"{grp(e, '.')},{c:02d}"
    if lang == 'fr':
        return f"{grp(e, ' ')},{c:02d}"
    return f"{grp(e, ',')}.{c:02d}"


# ---- independent parsers used by verification ----
WORDS = {}


def parse_amount(s):
    """Parse a rendered amount back into cents (independent of the formatter)."""
    m = re.search(r'\(([^)]*\d[^)]*)\)', s)
    if m:
        s = m.group(1)
    s = s.replace('\u00a0', ' ')
    core = re.sub(r'(?i)euros?|eur|€', '', s).strip()
    core = core.replace(',-', '')
    if not re.search(r'\d', core):
        return None
    core = core.replace(' ', '')
    if '.' in core and ',' in core:
        dec = max(core.rfind('.'), core.rfind(','))
        ip, fp = core[:dec], core[dec + 1:]
        ip = ip.replace('.', '').replace(',', '')
    elif ',' in core:
        ip, fp = core.rsplit(',', 1)
        if len(fp) == 3:
            ip, fp = ip + fp, '00'
        ip = ip.replace(',', '')
    elif '.' in core:
        ip, fp = core.rsplit('.', 1)
        if len(fp) == 3:
            ip, fp = ip + fp, '00'
        ip = ip.replace('.', '')
    else:
        ip, fp = core, '00'
    fp = (fp + '00')[:2]
    return int(ip) * 100 + int(fp)


def parse_words(s):
    """Tiny word parser for nl/fr amounts (for verification of words-only amounts)."""
    t = s.lower().replace('euros', '').replace('euro', '').strip()
    for n in range(100, 1000001, 50):
        if nl_words(n // 100 * 0 + n) == t or fr_words(n) == t:
            return n * 100
    return None


def norm_phone(s, country):
    t = s.replace('(0)', '')
    plus = t.strip().startswith('+')
    d = re.sub(r'\D', '', t)
    if plus:
        return '+' + d
    if d.startswith('00'):
        return '+' + d[2:]
    if d.startswith('0'):
        return ('+32' if country == 'BE' else '+33') + d[1:]
    return None


def fmt_phone(e164, rng):
    if e164.startswith('+32'):
        n = e164[3:]
        if n.startswith('4'):
            a = n
            return rng.choice([f"0{a[0:3]}/{a[3:5]}.{a[5:7]}.{a[7:9]}", f"0{a[0:3]} {a[3:5]} {a[5:7]} {a[7:9]}", f"0{a}",
                               f"0032 {a[0:3]} {a[3:6]} {a[6:9]}", f"+32(0){a[0:3]} {a[3:5]} {a[5:7]} {a[7:9]}",
                               f"+32 {a[0:3]} {a[3:5]} {a[5:7]} {a[7:9]}", f"0{a[0:3]}-{a[3:5]} {a[5:7]} {a[7:9]}",
                               f"0{a[0:3]}/{a[3:9]}"])
        a = n
        return rng.choice([f"0{a[0:2]}/{a[2:4]}.{a[4:6]}.{a[6:8]}", f"0{a[0:2]} {a[2:4]} {a[4:6]} {a[6:8]}",
                           f"+32 {a[0:2]} {a[2:4]} {a[4:6]} {a[6:8]}", f"0032 {a[0:2]} {a[2:5]} {a[5:8]}", f"0{a[0:2]}/{a[2:8]}"])
    a = e164[3:]
    p = [a[0], a[1:3], a[3:5], a[5:7], a[7:9]]
    return rng.choice([f"0{p[0]}.{p[1]}.{p[2]}.{p[3]}.{p[4]}", f"0{p[0]} {p[1]} {p[2]} {p[3]} {p[4]}", f"0{a}",
                       f"+33 (0){p[0]} {p[1]} {p[2]} {p[3]} {p[4]}", f"+33 {p[0]} {p[1]} {p[2]} {p[3]} {p[4]}",
                       f"00 33 {p[0]} {p[1]} {p[2]} {p[3]} {p[4]}", f"0{p[0]}-{p[1]}-{p[2]}-{p[3]}-{p[4]}"])


def slug(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z0-9]+', '.', s).strip('.')


def make_phone(rng, country):
    while True:
        if country == 'BE':
            if rng.random() < 0.75:
                e = '+324' + rng.choice(['70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '86', '87', '88', '94', '95', '96', '97', '98']) \
                    + ''.join(rng.choice('0123456789') for _ in range(6))
            else:
                e = '+32' + rng.choice(['57', '58', '51', '59']) + rng.choice('23456789') + ''.join(rng.choice('0123456789') for _ in range(5))
        else:
            if rng.random() < 0.7:
                e = '+33' + rng.choice(['6', '7']) + ''.join(rng.choice('0123456789') for _ in range(8))
            else:
                e = '+333' + rng.choice(['28', '20']) + rng.choice('23456789') + ''.join(rng.choice('0123456789') for _ in range(5))
        if '5100000' not in e:
            return e


def make_record(rng, lang, fmt, idx):
    r = {'lang': lang, 'format': fmt}
    if lang == 'nl':
        country = 'BE'
    elif lang == 'fr':
        country = 'BE' if rng.random() < 0.22 else 'FR'
    else:
        country = rng.choice(['BE', 'FR'])
    r['country'] = country
    if country == 'BE' and lang != 'fr':
        pc, place = rng.choice(BE_PLACES)
    elif country == 'BE':
        pc, place = rng.choice(BE_FR_PLACES)
    else:
        pc, place = rng.choice(FR_PLACES)
    r['postcode'], r['municipality'] = pc, place
    num = str(rng.randint(1, 180))
    if country == 'BE':
        street = rng.choice(STREETS_NL if lang != 'fr' else STREETS_BEFR)
        if rng.random() < 0.12:
            num += rng.choice(['A', 'B'])
        addr = f"{street} {num}"
        if rng.random() < 0.15:
            addr += f" bus {rng.randint(1, 12)}"
        if lang == 'fr' and rng.random() < 0.5:
            addr = addr[0].upper() + addr[1:]
    else:
        street = rng.choice(STREETS_FR)
        if rng.random() < 0.15:
            num += ' bis'
        addr = f"{num} {street}"
        if lang == 'en':
            addr = f"{num} {street}"
    r['street'] = street
    r['address'] = addr
    if lang == 'nl':
        first = rng.choice(FIRST_NL_M + FIRST_NL_F)
        last = rng.choice(LAST_NL)
    elif lang == 'fr':
        first = rng.choice(FIRST_FR_M + FIRST_FR_F)
        last = rng.choice(LAST_FR)
    else:
        first, last = rng.choice(FIRST_EN), rng.choice(LAST_EN)
    r['first'], r['last'] = first, last
    dom = rng.choice(['example.org', 'example.net', 'example.com'])
    r['email'] = rng.choice([f"{slug(first)}.{slug(last)}@{dom}", f"{slug(first)[0]}{slug(last)}@{dom}",
                             f"{slug(last)}.{slug(first)}{rng.randint(1, 99)}@{dom}", f"{slug(first)}{slug(last)}@{dom}"])
    r['phone'] = make_phone(rng, country)
    has_org = rng.random() < 0.78
    if has_org:
        tpl = rng.choice({'nl': ORG_NL, 'fr': ORG_FR, 'en': ORG_EN}[lang])
        org = tpl.format(place=place, street=street[0].upper() + street[1:])
        r['org'] = org
        if lang == 'en':
            r['org_email'] = f"{slug(org.split()[0])}.{slug(place)}@{rng.choice(['example.org','example.net'])}"
    else:
        r['org'] = None
    t = rng.choice(TITLES[lang])
    r['title'] = t.format(place=place)
    # amounts
    req = rng.choice([2500, 3000, 3500, 4000, 4500, 4800, 5000, 5500, 6000, 6250, 6500, 7000, 7250, 7500, 8000, 8500, 9000,
                      9500, 9750, 10000]) * 100
    if rng.random() < 0.1 and req < 1000000:
        req += rng.choice([50, 80, 20])
    own = rng.choice([0, 0, 0, 250, 500, 750, 1000, 1200, 1500, 2000, 2500]) * 100
    other = 0
    if own and rng.random() < 0.25:
        other = rng.choice([500, 1000, 1500]) * 100
    total = req + own + other
    r['requested'], r['own'], r['other'], r['total'] = req, own, other, total
    n = rng.randint(3, 5)
    descs = rng.sample(COSTS[lang], n)
    amounts = []
    rest = total
    for i in range(n - 1):
        a = max(10000, int(rest * rng.uniform(0.15, 0.4)) // 1000 * 1000)
        amounts.append(a)
        rest -= a
    amounts.append(rest)
    r['lines'] = list(zip(descs, amounts))
    r['lines_mismatch'] = False
    # sender
    x = rng.random()
    r['sender'] = 'self' if x < 0.74 else ('helper' if x < 0.9 else 'townhall')
    d0 = datetime.datetime(2019, 5, 2, 8, 0)
    dt = d0 + datetime.timedelta(days=rng.randint(0, 45), minutes=rng.randint(0, 14 * 60 + 50))
    r['date'] = dt
    return r


def helper_person(rng, r):
    lang = r['lang']
    if r['sender'] == 'townhall':
        place = r['municipality']
        if lang == 'nl':
            name = rng.choice(["Dienst Vrije Tijd", "Dienst Samenleving", "Secretariaat"]) + f" Gemeente {place}"
        elif lang == 'fr':
            name = f"Mairie de {place}" if r['country'] == 'FR' else f"Administration communale de {place}"
        else:
            name = f"Town hall {place}"
        email = f"{rng.choice({'nl': ['info', 'vrijetijd', 'secretariaat'], 'fr': ['accueil', 'mairie', 'vie.associative'], 'en': ['info']}[lang])}.{slug(place)}@example.net"
        first = rng.choice(FIRST_NL_F if lang == 'nl' else FIRST_FR_F if lang == 'fr' else FIRST_EN)
        last = rng.choice(LAST_NL if lang == 'nl' else LAST_FR if lang == 'fr' else LAST_EN)
        return {'kind': 'townhall', 'org': name, 'first': first, 'last': last, 'email': email,
                'phone': fmt_phone(make_phone(rng, r['country']), rng)}
    first = rng.choice(FIRST_NL_M if lang == 'nl' else FIRST_FR_M if lang == 'fr' else FIRST_EN)
    last = rng.choice(LAST_NL if lang == 'nl' else LAST_FR if lang == 'fr' else LAST_EN)
    while last == r['last']:
        last = rng.choice(LAST_NL if lang == 'nl' else LAST_FR if lang == 'fr' else LAST_EN)
    email = f"{slug(first)}.{slug(last)}@{rng.choice(['example.com', 'example.net'])}"
    st = rng.choice(STREETS_NL if r['country'] == 'BE' and lang != 'fr' else STREETS_FR)
    pc, pl = rng.choice(BE_PLACES if r['country'] == 'BE' and lang != 'fr' else FR_PLACES)
    addr = f"{st} {rng.randint(2, 90)}" if r['country'] == 'BE' and lang != 'fr' else f"{rng.randint(2, 90)} {st}"
    return {'kind': 'helper', 'org': None, 'first': first, 'last': last, 'email': email, 'addr': addr, 'pc': pc, 'place': pl,
            'phone': fmt_phone(make_phone(rng, r['country']), rng)}
