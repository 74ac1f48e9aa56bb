"""Invented people, groups, streets and projects for corpus 10.
Villages and postcodes are real; everything else is made up."""
import random
from decimal import Decimal

WESTHOEK = [  # (village as written, postcode, phone zone)
    ("Kemmel", "8956", "057"), ("Loker", "8958", "057"), ("Dranouter", "8951", "057"),
    ("Westouter", "8954", "057"), ("Wijtschate", "8953", "057"), ("Watou", "8978", "057"),
    ("Proven", "8972", "057"), ("Krombeke", "8972", "057"), ("Poperinge", "8970", "057"),
    ("Vlamertinge", "8908", "057"), ("Zillebeke", "8902", "057"), ("Dikkebus", "8900", "057"),
    ("Alveringem", "8690", "058"), ("Stavele", "8691", "058"), ("Reninge", "8647", "058"),
    ("Lo-Reninge", "8647", "058"), ("Houthulst", "8650", "051"), ("Merkem", "8650", "051"),
    ("Langemark-Poelkapelle", "8920", "057"), ("Passendale", "8980", "051"),
    ("Zonnebeke", "8980", "051"), ("Mesen", "8957", "057"), ("Westvleteren", "8640", "057"),
    ("Woesten", "8640", "057"), ("Diksmuide", "8600", "051"), ("Kaaskerke", "8600", "051"),
    ("Avekapelle", "8630", "058"), ("Veurne", "8630", "058"), ("Adinkerke", "8660", "058"),
    ("Koksijde", "8670", "058"), ("Wervik", "8940", "056"), ("Geluveld", "8980", "057"),
]
NORD = [
    ("Bailleul", "59270"), ("Steenvoorde", "59114"), ("Hondschoote", "59122"),
    ("Wormhout", "59470"), ("Bergues", "59380"), ("Cassel", "59670"), ("Hazebrouck", "59190"),
    ("Bourbourg", "59630"), ("Esquelbecq", "59470"), ("Godewaersvelde", "59850"),
    ("Boeschepe", "59299"), ("Saint-Jans-Cappel", "59270"), ("Méteren", "59270"),
    ("Rexpoëde", "59122"), ("Bambecque", "59470"), ("Herzeele", "59470"),
    ("Oost-Cappel", "59122"), ("Merris", "59270"), ("Caëstre", "59190"), ("Flêtre", "59270"),
    ("Bollezeele", "59470"), ("Zegerscappel", "59470"), ("Ledringhem", "59470"),
    ("Arnèke", "59285"), ("Winnezeele", "59670"), ("Houtkerque", "59470"), ("Terdeghem", "59114"),
]
NL_FIRST = ["Marc", "Annelies", "Koen", "Griet", "Dirk", "Mieke", "Frederik", "Els", "Bart", "Lieve",
            "Jozef", "Hilde", "Pieter", "Ria", "Wout", "Sofie", "Noël", "Rita", "Jens", "Lotte",
            "Geert", "Katrien", "Luc", "Marleen", "Stijn", "Veerle", "Rik", "Nele"]
NL_LAST = ["Vandenbussche", "Declercq", "Verhaeghe", "Deprez", "Vanneste", "Dewaele", "Lobbestael",
           "Ryckewaert", "Vandamme", "Coulier", "Deleu", "Tanghe", "Vanhee", "Debruyne", "Soenen",
           "Cappelle", "Degroote", "Vanlerberghe", "Bulckaen", "Dewitte", "Hoflack", "Verschaeve",
           "Lamerant", "Boudry", "Vanacker", "Pattyn", "Delanote", "Ghesquiere"]
FR_FIRST = ["Jean-Pierre", "Martine", "Sylvie", "Bernard", "Christophe", "Nathalie", "Didier",
            "Véronique", "Francis", "Odile", "Thierry", "Hélène", "Gérard", "Sandrine", "Jérôme",
            "Brigitte", "Pascal", "Isabelle", "Régis", "Chantal", "Ludovic", "Aurélie", "Michel", "Agnès"]
FR_LAST = ["Vandewalle", "Delattre", "Lefebvre", "Dehaene", "Verbeke", "Deswarte", "Beun",
           "Declerck", "Ryckebusch", "Lheureux", "Vanhoutte", "Bollengier", "Desmytter", "Caron",
           "Dumont", "Kerckhof", "Vanpeperstraete", "Bonte", "Maerten", "Cnockaert", "Lemaire",
           "Hennebelle", "Staelen", "Dezitter"]
EN_PEOPLE = [("Margaret", "Holloway"), ("Peter", "Ashworth"), ("Gillian", "Pemberton"), ("Alan", "Whitcombe")]

NL_STREETS = ["Kerkstraat", "Dorpsplein", "Molenstraat", "Schoolstraat", "Statiestraat", "Kasteelstraat",
              "Bellestraat", "Hogestraat", "Zwartemolenstraat", "Abeelseweg", "Kapellestraat",
              "Heirweg", "Pastoriestraat", "Vijverstraat", "Lindenlaan", "Meersstraat", "Brouwerijstraat"]
FR_STREETS = ["rue de l'Église", "rue du Moulin", "place du Général de Gaulle", "rue de Cassel",
              "chemin du Mont des Cats", "rue des Écoles", "route d'Houtkerque", "rue de la Gare",
              "rue du Château", "impasse des Tilleuls", "rue Principale", "chemin du Kapelleke",
              "rue de Steenvoorde", "place de la Mairie", "rue des Brasseurs"]

NL_ORGS = [  # (template, kind)
    ("Dorpsraad {v}", "council"), ("Buurtcomité {q}", "committee"), ("Chiro {v}", "youth"),
    ("KLJ {v}", "youth"), ("Oudercomité VBS {school}", "parents"), ("Ouderraad GBS {school}", "parents"),
    ("SK {v}", "sport"), ("Wielerclub De Trappers {v}", "sport"), ("Buurthuis {house}", "committee"),
    ("Gezinsbond {v}", "committee"), ("Feestcomité {v}", "committee"),
]
FR_ORGS = [
    ("Comité des fêtes de {v}", "committee"), ("APE de l'école {school_fr}", "parents"),
    ("Association de quartier {q_fr}", "committee"), ("Foyer rural de {v}", "committee"),
    ("US {v} Football", "sport"), ("Les Amis de {v}", "committee"), ("Scouts et Guides de {v}", "youth"),
    ("Association des parents d'élèves de {v}", "parents"), ("Club de pétanque de {v}", "sport"),
]
NL_QUARTERS = ["De Zuidwijk", "Het Lindenhof", "Kapelhoek", "De Vijvers", "Molenwijk", "Ter Beke"]
NL_SCHOOLS = ["De Regenboog", "Sint-Jozef", "De Vlieger", "Het Klavertje", "De Zonnebloem"]
NL_HOUSES = ["'t Kruispunt", "De Linde", "'t Pleintje", "De Schuur"]
FR_QUARTERS = ["du Kapelleke", "des Tilleuls", "du Moulin", "de la Gare", "des Hauts de Flandre"]
FR_SCHOOLS = ["Jean Macé", "Sainte-Marie", "des Tilleuls", "Les Petits Meuniers", "du Mont"]

NL_PROJECTS = [
    ("Dorpsontmoetingspunt in de oude pastorie",
     "We willen de leegstaande pastorie openstellen als ontmoetingsplek met een koffiehoek en een leeshoek voor alle inwoners."),
    ("Samentuin achter de kerk",
     "Een moestuin waar jong en oud samen tuinieren, met bakken op hoogte voor ouderen en een zaadbibliotheek."),
    ("Buurtbus voor minder mobiele mensen",
     "Een groep vrijwillige chauffeurs brengt oudere dorpsgenoten naar de dokter, de markt of het woonzorgcentrum."),
    ("Boerenmarkt op het dorpsplein",
     "Elke eerste zaterdag van de maand een kleine markt met producten van boeren uit de streek."),
    ("Speelbos voor de kinderen",
     "Het braakliggende stuk grond naast de school wordt samen met de kinderen een natuurlijk speelbos."),
    ("Straatmeesters in onze wijk",
     "In elke straat een aanspreekpunt dat nieuwe bewoners verwelkomt en mensen helpt of doorverwijst."),
    ("Repaircafé en deelkast",
     "Maandelijks repaircafé in de parochiezaal en een deelkast met gereedschap voor het hele dorp."),
    ("Buurtfeest en dorpsenquête",
     "Met een bevraging van alle inwoners en een groot buurtfeest zoeken we samen wat het dorp nodig heeft."),
    ("Trage wegen opnieuw open",
     "Oude kerkwegels worden opnieuw toegankelijk gemaakt en met bordjes aangeduid, samen met de scholen."),
    ("Zitbanken en picknickplek aan de vijver",
     "Een aangename plek aan de vijver met zitbanken, een picknicktafel en wat extra groen."),
    ("Telewerkplek in het oude gemeentehuis",
     "Twee lokalen in het oude gemeentehuis worden ingericht als telewerkplek met wifi voor dorpsbewoners."),
    ("Dorpsbibliotheek in de oude telefooncel",
     "Een boekenruil in de oude telefooncel en voorleesmomenten voor kinderen op woensdagnamiddag."),
]
FR_PROJECTS = [
    ("Jardin partagé derrière la mairie",
     "Un jardin ouvert à tous les habitants, avec des bacs surélevés pour les aînés et un coin pour l'école."),
    ("Un café associatif au village",
     "Depuis la fermeture du dernier estaminet, il n'y a plus de lieu de rencontre. Nous voulons ouvrir un café associatif tenu par des bénévoles."),
    ("Marché fermier du dimanche",
     "Un petit marché le premier dimanche du mois avec les producteurs locaux et une animation pour les enfants."),
    ("Aire de jeux pour les petits",
     "Aménager avec les parents une aire de jeux naturelle près de la salle des fêtes."),
    ("Navette solidaire pour nos aînés",
     "Des chauffeurs bénévoles conduisent les personnes âgées chez le médecin ou au marché de la ville voisine."),
    ("Boîte à livres et coin lecture",
     "Installer une boîte à livres sur la place et organiser des lectures pour les enfants le mercredi."),
    ("Fête de quartier et enquête auprès des habitants",
     "Une enquête porte-à-porte suivie d'une grande fête pour décider ensemble des projets du quartier."),
    ("Réouverture des chemins de randonnée",
     "Remettre en état les anciens chemins entre les hameaux et poser une signalétique avec les écoles."),
    ("Verger conservatoire et pique-nique",
     "Planter des variétés fruitières anciennes de Flandre et installer des tables de pique-nique."),
    ("Atelier de réparation et outilthèque",
     "Un atelier de réparation une fois par mois et une outilthèque pour prêter les outils entre voisins."),
    ("Bancs et coin fraîcheur sur la place",
     "Des bancs, de l'ombre et des plantations pour que la place redevienne un lieu de rencontre."),
]
EN_PROJECTS = [
    ("Community orchard and picnic area",
     "Neighbours of all ages would plant old Flemish fruit varieties on the disused plot next to the church and share the harvest."),
    ("Village book exchange and reading corner",
     "A weatherproof book exchange on the square, with reading mornings for children and older residents."),
]

COORD = {"name": "Hanne Dewitte", "email": "coordinator@example.org",
         "phones": ["051 55 12 34", "+32 51 55 12 34", "0471 20 30 40"]}


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out = "".join(c if c.isalnum() else "." for c in s)
    while ".." in out:
        out = out.replace("..", ".")
    return out.strip(".")


# ---------------------------------------------------------------- phones
def make_phone(rng, country, zone=None):
    """returns (raw as written, E.164)"""
    if country == "BE":
        if rng.random() < 0.6:
            p = rng.choice(["0470", "0472", "0474", "0476", "0478", "0479", "0485", "0486", "0497"])
            d = "".join(str(rng.randint(0, 9)) for _ in range(6))
            nat = p + d
            style = rng.randrange(6)
            raw = [f"{p}/{d[:2]}.{d[2:4]}.{d[4:]}", f"{p} {d[:2]} {d[2:4]} {d[4:]}", f"{p} {d[:3]} {d[3:]}",
                   f"+32 {p[1:]} {d[:2]} {d[2:4]} {d[4:]}", f"0032 {p[1:]} {d[:2]} {d[2:4]} {d[4:]}",
                   f"{p}-{d[:2]} {d[2:4]} {d[4:]}"][style]
        else:
            z = zone or "057"
            d = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(5))
            nat = z + d
            style = rng.randrange(4)
            raw = [f"{z} {d[:2]} {d[2:4]} {d[4:]}", f"{z}/{d[:2]}.{d[2:4]}.{d[4:]}",
                   f"+32 {z[1:]} {d[:2]} {d[2:4]} {d[4:]}", f"{z}/{d[:2]} {d[2:4]} {d[4:]}"][style]
        return raw, "+32" + nat[1:]
    else:
        if rng.random() < 0.55:
            p = rng.choice(["06", "07"])
        else:
            p = "03"
        rest = ("28" if p == "03" else "") + "".join(str(rng.randint(0, 9)) for _ in range(8 if p != "03" else 6))
        nat = p + rest
        pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
        style = rng.randrange(5)
        raw = [".".join(pairs), " ".join(pairs), nat,
               "+33 (0)" + nat[1] + " " + " ".join(pairs[1:]),
               "+33 " + nat[1] + " " + " ".join(pairs[1:])][style]
        return raw, "+33" + nat[1:]


# ---------------------------------------------------------------- amounts
def fmt_amount(v, lang, rng, hand=False):
    v = Decimal(v)
    whole = int(v)
    cents = int((v - whole) * 100)
    dot = f"{whole:,}".replace(",", ".")
    spc = f"{whole:,}".replace(",", " ")
    com = f"{whole:,}"
    if lang == "en":
        if cents:
            return f"EUR {com}.{cents:02d}"
        return rng.choice([f"EUR {com}", f"€{com}", f"€{com}.00", f"{com} euros"])
    if cents:
        return rng.choice([f"{dot},{cents:02d} €", f"€ {dot},{cents:02d}"])
    if lang == "nl":
        opts = [f"{whole}", f"{dot} €", f"€ {dot},-", f"{dot} euro", f"EUR {dot},00", f"€{whole}", f"€ {dot}"]
    else:
        opts = [f"{whole}", f"{spc} €", f"{dot} €", f"{spc} euros", f"{whole},00 €", f"€ {dot},-", f"{whole} €"]
    if hand:
        opts += [f"{whole}", f"{dot} €"]
    return rng.choice(opts)


def money(rng, lo, hi, step=50):
    return Decimal(rng.randrange(lo // step, hi // step + 1) * step)
