"""Invented applicants. Real village names and postcodes; people, streets numbers, phones invented."""
import unicodedata

BE_NL_PLACES = [
    ('Alveringem', '8690'), ('Hoogstade', '8690'), ('Izenberge', '8691'), ('Leisele', '8691'),
    ('Beveren-aan-den-IJzer', '8691'), ('Poperinge', '8970'), ('Watou', '8978'), ('Proven', '8972'),
    ('Roesbrugge-Haringe', '8972'), ('Reningelst', '8970'), ('Kemmel', '8956'), ('Dranouter', '8951'),
    ('Westouter', '8954'), ('Loker', '8958'), ('Wijtschate', '8953'), ('Nieuwkerke', '8950'),
    ('Westvleteren', '8640'), ('Oostvleteren', '8640'), ('Woesten', '8640'), ('Lo-Reninge', '8647'),
    ('Reninge', '8647'), ('Noordschote', '8647'), ('Pollinkhove', '8647'), ('Diksmuide', '8600'),
    ('Esen', '8600'), ('Woumen', '8600'), ('Pervijze', '8600'), ('Houthulst', '8650'),
    ('Klerken', '8650'), ('Merkem', '8650'), ('Langemark', '8920'), ('Poelkapelle', '8920'),
    ('Bikschote', '8920'), ('Zonnebeke', '8980'), ('Passendale', '8980'), ('Geluveld', '8980'),
    ('Beselare', '8980'), ('Mesen', '8957'), ('Zillebeke', '8902'), ('Voormezele', '8902'),
    ('Dikkebus', '8900'), ('Vlamertinge', '8904'), ('Elverdinge', '8906'), ('Boezinge', '8904'),
]
BE_NL_AREA = {'8690': '058', '8691': '058', '8970': '057', '8978': '057', '8972': '057', '8956': '057',
              '8951': '057', '8954': '057', '8958': '057', '8953': '057', '8950': '057', '8640': '057',
              '8647': '058', '8600': '051', '8650': '051', '8920': '057', '8980': '051', '8957': '057',
              '8902': '057', '8900': '057', '8904': '057', '8906': '057'}
FR_PLACES = [
    ('Hondschoote', '59122'), ('Wormhout', '59470'), ('Bergues', '59380'), ('Cassel', '59670'),
    ('Steenvoorde', '59114'), ('Bailleul', '59270'), ('Hazebrouck', '59190'), ('Esquelbecq', '59470'),
    ('Rexpoëde', '59122'), ('Godewaersvelde', '59114'), ('Bambecque', '59470'), ('Oost-Cappel', '59122'),
    ('Killem', '59122'), ('Herzeele', '59470'), ('Ledringhem', '59470'), ('Zegerscappel', '59470'),
    ('Arnèke', '59285'), ('Boeschepe', '59299'), ('Méteren', '59270'), ('Flêtre', '59270'),
    ('Caëstre', '59190'), ('Hondeghem', '59190'), ('Winnezeele', '59670'), ('Oxelaëre', '59670'),
    ('Quaëdypre', '59380'), ('West-Cappel', '59380'), ('Bierne', '59380'), ('Wemaers-Cappel', '59670'),
]
BE_FR_PLACES = [('Comines', '7780'), ('Ploegsteert', '7782'), ('Le Bizet', '7783'), ('Warneton', '7784'),
                ('Houthem', '7781'), ('Bas-Warneton', '7784')]

NL_FIRST = ['Marijke', 'Koen', 'Griet', 'Stijn', 'Ann', 'Dirk', 'Els', 'Pieter', 'Lieve', 'Bart', 'Hilde',
            'Wouter', 'Nele', 'Geert', 'Sofie', 'Jan', 'Katrien', 'Filip', 'Veerle', 'Joris', 'Mieke',
            'Ward', 'Lotte', 'Frederik', 'Annelies', 'Rik', 'Inge', 'Lieven']
NL_LAST = ['Vandenbussche', 'Deconinck', 'Vanhoutte', 'Lefevere', 'Debaene', 'Decroos', 'Cappoen',
           'Vanneste', 'Delanghe', 'Ryckewaert', 'Verhaeghe', 'Dewulf', 'Vandromme', 'Devos', 'Lermyte',
           'Bentein', 'Vermeersch', 'Calcoen', 'Baert', 'Pattyn', 'Vanacker', 'Dumortier', 'Desmyttere',
           'Hoflack', 'Depoorter', 'Vanlerberghe', 'Soenen', 'Naessens']
FR_FIRST = ['Marie-Claire', 'Jean-Pierre', 'Sandrine', 'Olivier', 'Nathalie', 'Bruno', 'Isabelle',
            'Christophe', 'Véronique', 'Thierry', 'Aurélie', 'Francis', 'Séverine', 'Didier', 'Hélène',
            'Benoît', 'Élodie', 'Grégory', 'Chantal', 'Rémi', 'Maryse', 'Ludovic', 'Anne-Sophie', 'Jérôme']
FR_LAST = ['Vandaele', 'Decroix', 'Vanhove', 'Bollengier', 'Deschodt', 'Vercoutre', 'Declercq',
           'Bataille', 'Lefebvre', 'Delassus', 'Dewitte', 'Coudeville', 'Hennebelle', 'Vanpeperstraete',
           'Degraeve', 'Markey', 'Cappelaere', 'Boone', 'Vermersch', 'Lestienne', 'Ryckebusch',
           'Beauvois', 'Outters', 'Verhille']
NL_STREETS = ['Kerkstraat', 'Dorpsplein', 'Statiestraat', 'Kasteelstraat', 'Veurnestraat', 'Ieperstraat',
              'Poperingseweg', 'Molenstraat', 'Hoogstraat', 'Schoolstraat', 'Sint-Jansstraat', 'Bergstraat',
              'Nieuwstraat', 'Lindenlaan', 'Abeelseweg', 'Proostdijstraat', 'Vijverstraat', 'Meenseweg',
              'Pastoriestraat', 'Beekstraat', 'Zuidstraat', 'Boomgaardstraat']
FR_STREETS = ['rue de la Gare', "rue de l'Église", 'place du Général de Gaulle', 'rue Nationale',
              'rue du Moulin', 'route de Bergues', 'rue des Écoles', 'rue de Cassel', 'rue Pasteur',
              'rue Victor Hugo', 'impasse des Tilleuls', 'rue de Dunkerque', 'rue du Mont Noir',
              'rue de la Brasserie', 'allée des Peupliers', 'chemin du Steenbeek', 'rue de Wormhout']
BEFR_STREETS = ['Rue du Touquet', 'Chaussée de Warneton', 'Rue de Messines', "Rue d'Armentières",
                'Rue du Moulin', 'Place de la Rabecque']

NL_ORGS = ['Dorpsraad {v}', 'Oudervereniging VBS De Regenboog', 'Chiro {v}', 'Feestcomité {v}',
           'Buurtcomité {s}', 'Seniorenraad {v}', 'Parochieploeg Sint-Martinus', 'VV Sportief {v}',
           'Jeugdhuis \'t Kattekot', 'Landelijke Gilde {v}', 'Bewonersgroep Den Boomgaard',
           'Vrienden van de Molen vzw', 'Oudercomité Vrije Basisschool {v}', 'Vzw Dorpshuis {v}',
           'KWB {v}', 'Toneelkring De Vrolijke Vrienden']
FR_ORGS = ['Comité des fêtes de {v}', "Association des parents d'élèves de l'école Sainte-Thérèse",
           'Les Amis du Moulin de {v}', 'Club des aînés « Les Tilleuls »', 'Foyer rural de {v}',
           'US {v} Football', 'Jardins partagés du Houtland', 'Collectif des habitants du quartier de la Gare',
           'Équipe relais de la paroisse Saint-Gilles', 'Association Houtland Vivant', 'Les Géants de {v}',
           'APE du groupe scolaire Jean Moulin', 'Comité de quartier du Mont des Cats',
           'Les Vélos Verts de {v}', 'Association Familles Rurales de {v}']
BEFR_ORGS = ['Comité de quartier du Touquet', 'Les Amis de Ploegsteert asbl', 'Maison de village du Bizet',
             'Patro Saint-Henri de {v}']

NL_PROJECTS = [
    ('Dorpsontmoetingspunt in de oude pastorij', 'We richten de benedenverdieping van de oude pastorij in als ontmoetingsplek met koffiehoek en leeshoek.'),
    ('Samen tuinieren achter de school', 'Ouders, buren en leerlingen leggen samen een moestuin aan op het braakliggende stuk achter de school.'),
    ('Buurtbus voor minder mobiele dorpsgenoten', 'Een ploeg vrijwillige chauffeurs brengt oudere inwoners naar de markt, de dokter en het woonzorgcentrum.'),
    ('Speelweide De Kasteelhoeve', 'We maken van de weide naast de kasteelhoeve een natuurlijke speelplek met wilgenhutten en een zandbak.'),
    ('Boerenmarkt op het dorpsplein', 'Elke eerste zaterdag van de maand een kleine markt met producten van boeren uit de streek.'),
    ('Straatmeesters in onze wijk', 'In elke straat komt een aanspreekpunt dat nieuwe bewoners verwelkomt en buren helpt.'),
    ('Trage wegen terug open', 'Samen met de landbouwers maken we de oude kerkwegels weer begaanbaar voor wandelaars en fietsers.'),
    ('Zitbanken en een buurtfeest voor het pleintje', 'We vernieuwen het pleintje met zitbanken en plantenbakken en sluiten af met een buurtfeest.'),
    ('Repair Café in het parochiezaaltje', 'Maandelijks herstellen vrijwilligers samen met bewoners fietsen, kledij en toestellen.'),
    ('Leefbaarheidsbevraging en dorpsfeest', 'Een bevraging bij alle gezinnen over wat het dorp nodig heeft, voorgesteld op een dorpsfeest.'),
    ('Dorpsbibliotheekje en ruilkast', 'Een overdekte boeken- en ruilkast aan de kerk, onderhouden door de buurt.'),
    ('Petanqueplein aan de sporthal', 'Een petanquebaan met verlichting en zitbank als ontmoetingsplek voor jong en oud.'),
]
FR_PROJECTS = [
    ('Un jardin partagé derrière la mairie', 'Les habitants aménagent ensemble un potager collectif sur le terrain communal derrière la mairie.'),
    ('Marché de producteurs du dimanche', 'Un petit marché mensuel avec les producteurs locaux sur la place du village.'),
    ('Le café associatif du village', "Ouvrir l'ancienne école deux après-midi par semaine comme lieu de rencontre géré par des bénévoles."),
    ('Navette solidaire pour les aînés', 'Des chauffeurs bénévoles accompagnent les personnes âgées au marché, chez le médecin et à la pharmacie.'),
    ('Aire de jeux pour les enfants du quartier', "Une aire de jeux naturelle conçue avec les enfants et les parents du quartier."),
    ('Un boulodrome et des bancs sur la place', 'Un terrain de pétanque, des bancs et des bacs à fleurs pour faire revivre la place.'),
    ('Voisins relais dans chaque rue', "Un référent par rue pour accueillir les nouveaux habitants et orienter les voisins."),
    ('Fête des géants et enquête habitants', "Une enquête auprès des habitants sur l'avenir du village, présentée lors de la fête des géants."),
    ('Boîte à livres et grainothèque', "Une boîte à livres et une grainothèque installées près de l'église et entretenues par les voisins."),
    ('Réhabilitation du lavoir', "Nettoyer et remettre en valeur l'ancien lavoir avec un panneau d'histoire locale."),
    ('Repair café intercommunal', "Un atelier mensuel où les bénévoles réparent vélos, petits appareils et vêtements."),
    ('Sentiers du Houtland', 'Rouvrir et baliser les anciens chemins ruraux entre les hameaux avec les agriculteurs.'),
]


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# --------------------------------------------------------------------- phones
def phone(rng, country, style, area=None):
    """returns (as_written, e164)."""
    if country == 'BE':
        if style.startswith('mob'):
            pre = rng.choice(['470', '471', '472', '473', '474', '475', '476', '477', '478', '479',
                              '484', '485', '486', '487', '494', '495', '496', '497', '498', '499'])
            d = ''.join(str(rng.randrange(10)) for _ in range(6))
            e164 = '+32' + pre + d
            g = [d[0:2], d[2:4], d[4:6]]
            forms = {'mob1': f'0{pre} {g[0]} {g[1]} {g[2]}', 'mob2': f'0{pre}/{g[0]}.{g[1]}.{g[2]}',
                     'mob3': f'+32 (0){pre} {g[0]} {g[1]} {g[2]}', 'mob4': f'+32 {pre} {d[0:2]} {d[2:4]} {d[4:6]}',
                     'mob5': f'0{pre}{d}', 'mob6': f'0{pre}-{d[0:3]} {d[3:6]}'}
            return forms[style], e164
        area = area or '057'
        d = ''.join(str(rng.randrange(10)) for _ in range(6))
        e164 = '+32' + area[1:] + d
        forms = {'fix1': f'{area}/{d[0:2]}.{d[2:4]}.{d[4:6]}', 'fix2': f'{area} {d[0:2]} {d[2:4]} {d[4:6]}',
                 'fix3': f'+32 {area[1:]} {d[0:2]} {d[2:4]} {d[4:6]}', 'fix4': f'{area}/{d[0:3]} {d[3:6]}'}
        return forms[style], e164
    # France
    if style.startswith('mob'):
        pre = rng.choice(['6', '7'])
        d = ''.join(str(rng.randrange(10)) for _ in range(8))
        e164 = '+33' + pre + d
        p = [d[i:i + 2] for i in range(0, 8, 2)]
        forms = {'mob1': f'0{pre} {p[0]} {p[1]} {p[2]} {p[3]}', 'mob2': f'0{pre}.{p[0]}.{p[1]}.{p[2]}.{p[3]}',
                 'mob3': f'+33 {pre} {p[0]} {p[1]} {p[2]} {p[3]}', 'mob4': f'0{pre}{d}',
                 'mob5': f'+33 (0){pre} {p[0]} {p[1]} {p[2]} {p[3]}', 'mob6': f'0{pre}-{p[0]}-{p[1]}-{p[2]}-{p[3]}'}
        return forms[style], e164
    d = '28' + ''.join(str(rng.randrange(10)) for _ in range(6))
    e164 = '+333' + d
    p = [d[i:i + 2] for i in range(0, 8, 2)]
    forms = {'fix1': f'03 {p[0]} {p[1]} {p[2]} {p[3]}', 'fix2': f'03.{p[0]}.{p[1]}.{p[2]}.{p[3]}',
             'fix3': f'+33 3 {p[0]} {p[1]} {p[2]} {p[3]}', 'fix4': f'03{d}'}
    return forms[style], e164


# --------------------------------------------------------------------- amounts
def _dots(n):
    return f'{n:,}'.replace(',', '.')


def _spaces(n):
    return f'{n:,}'.replace(',', ' ')


def amount(v_cents, style):
    """v_cents int; returns the amount as a person writes it."""
    e, c = divmod(v_cents, 100)
    cc = f'{c:02d}'
    if c and style not in ('nl_cents', 'nl_eur_cents', 'fr_cents', 'fr_dot_cents'):
        style = 'nl_cents' if style.startswith('nl') else 'fr_cents'
    return {
        'nl_euro_sign': f'€ {_dots(e)}', 'nl_dash': f'€ {_dots(e)},-', 'nl_word': f'{_dots(e)} euro',
        'nl_eur': f'{_dots(e)} EUR', 'nl_eur_pre': f'EUR {_dots(e)}', 'nl_plain': f'{e} euro',
        'nl_cents': f'€ {_dots(e)},{cc}', 'nl_eur_cents': f'{_dots(e)},{cc} EUR', 'nl_sign_after': f'{_dots(e)}€',
        'fr_space': f'{_spaces(e)} €', 'fr_euros': f'{e} euros', 'fr_cents': f'{_spaces(e)},{cc} €',
        'fr_dot': f'{_dots(e)} €', 'fr_glued': f'{e}€', 'fr_space_euros': f'{_spaces(e)} euros',
        'fr_dot_cents': f'{_dots(e)},{cc} €', 'fr_eur': f'{_spaces(e)} EUR',
    }[style]


NL_AMOUNT_STYLES = ['nl_euro_sign', 'nl_dash', 'nl_word', 'nl_eur', 'nl_eur_pre', 'nl_plain', 'nl_sign_after']
FR_AMOUNT_STYLES = ['fr_space', 'fr_euros', 'fr_dot', 'fr_glued', 'fr_space_euros', 'fr_eur']


def cents_str(v):
    return f'{v // 100}.{v % 100:02d}'


class Pool:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def pick(self, seq, key=None):
        cands = [x for x in seq if (key or (lambda z: z))(x) not in self.used]
        x = self.rng.choice(cands)
        self.used.add((key or (lambda z: z))(x))
        return x


def make_person(rng, pool, lang, country, opts):
    p = {'lang': lang, 'country': country}
    if country == 'BE' and lang == 'nl':
        village, pc = pool.pick(BE_NL_PLACES, key=lambda x: x[0])
        first, last = pool.pick(NL_FIRST), pool.pick(NL_LAST)
        street = pool.pick(NL_STREETS)
        num = str(rng.randint(1, 140)) + rng.choice(['', '', '', '', 'A', ' bus 2'])
        address = f'{street} {num}'
        orgt = pool.pick(NL_ORGS)
        projects = NL_PROJECTS
        area = BE_NL_AREA[pc]
    elif country == 'BE':
        village, pc = pool.pick(BE_FR_PLACES, key=lambda x: x[0])
        first, last = pool.pick(FR_FIRST), pool.pick(FR_LAST)
        street = pool.pick(BEFR_STREETS)
        address = f'{street} {rng.randint(1, 220)}'
        orgt = pool.pick(BEFR_ORGS)
        projects = FR_PROJECTS
        area = '056'
    else:
        village, pc = pool.pick(FR_PLACES, key=lambda x: x[0])
        first, last = pool.pick(FR_FIRST), pool.pick(FR_LAST)
        street = pool.pick(FR_STREETS)
        num = str(rng.randint(1, 90)) + rng.choice(['', '', '', ' bis'])
        address = f'{num} {street}' if rng.random() < 0.8 else f'{num}, {street}'
        orgt = pool.pick(FR_ORGS)
        projects = FR_PROJECTS
        area = None
    p.update(village=village, postcode=pc, first=first, last=last, contact=f'{first} {last}',
             address=address, street=street, municipality=village)
    p['organisation'] = orgt.format(v=village, s=street)
    if opts.get('no_org'):
        p['organisation'] = None
    title, desc = pool.pick(projects, key=lambda x: x[0])
    p['title'], p['desc'] = title, desc
    # e-mail
    fl = strip_accents(first).lower().replace(' ', '')
    ll = strip_accents(last).lower().replace(' ', '')
    dom = rng.choice(['example.net', 'example.com', 'example.org'])
    style = rng.randrange(4)
    local = [f'{fl}.{ll}', f'{fl[0]}{ll}', f'{ll}.{fl}', f'{fl}{rng.randint(60, 99)}'][style]
    if p['organisation'] and rng.random() < 0.3:
        o = strip_accents(p['organisation']).lower()
        o = ''.join(ch for ch in o if ch.isalnum())[:18]
        local = o
    p['email'] = f'{local}@{dom}'
    # phone
    pstyle = opts.get('phone_style') or rng.choice(['mob1', 'mob2', 'mob3', 'mob4', 'mob5', 'mob6', 'fix1', 'fix2', 'fix3'])
    p['phone_w'], p['phone'] = phone(rng, country, pstyle, area)
    # amounts
    total = rng.randrange(2400, 12001, 50) * 100
    if rng.random() < 0.2:
        total += rng.choice([50, 2500, 7500, 1999, 4250])
    own = 0
    if opts.get('derived') or rng.random() < 0.5:
        own = int(total * rng.uniform(0.06, 0.35)) // 5000 * 5000
    if total - own > 1000000:
        own = total - 1000000
    req = total - own
    p['total_c'], p['own_c'], p['req_c'] = total, own, req
    styles = NL_AMOUNT_STYLES if lang == 'nl' else FR_AMOUNT_STYLES
    st = rng.choice(styles)
    st2 = st if rng.random() < 0.6 else rng.choice(styles)
    p['total_w'] = amount(total, st)
    p['req_w'] = amount(req, st2)
    p['own_w'] = amount(own, st2) if own else None
    p['derived'] = bool(opts.get('derived')) and own > 0
    p['no_total'] = bool(opts.get('no_total'))
    p['role'] = rng.choice(['voorzitter', 'secretaris', 'penningmeester', 'bestuurslid'] if lang == 'nl'
                           else ['président', 'secrétaire', 'trésorière', 'membre du bureau'])
    return p
