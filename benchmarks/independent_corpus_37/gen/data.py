"""Invented people, places, groups and projects for the c37 corpus.

All persons, groups, streets and numbers are invented. Postcodes and
place names are real (Westhoek, BE / Nord, FR) so that the addresses look
plausible; phone numbers are random. E-mail addresses only use
example.org / example.net / example.com.
"""
from decimal import Decimal, ROUND_HALF_UP
import unicodedata

COORD = {
    "name": "Jonas Polin",
    "email": "jonas.polin@west-vlaanderen.be",
    "org_nl": "Provincie West-Vlaanderen",
    "org_fr": "Province de Flandre occidentale",
    "street": "Woumenweg 100",
    "postcode": "8600",
    "city": "Diksmuide",
    "phones": ["+32 489 309 839", "+32 51 51 94 37"],
    "phones_e164": ["+32489309839", "+3251519437"],
    "web": "www.partons2-0.eu",
}

# (postcode, place, phone zone)
BE_PLACES = [
    ("8600", "Diksmuide", "51"), ("8600", "Woumen", "51"), ("8600", "Esen", "51"),
    ("8600", "Pervijze", "51"), ("8600", "Vladslo", "51"), ("8600", "Oostkerke", "51"),
    ("8610", "Zarren", "51"), ("8610", "Handzame", "51"), ("8610", "Kortemark", "51"),
    ("8620", "Ramskapelle", "58"), ("8620", "Nieuwpoort", "58"),
    ("8630", "Veurne", "58"), ("8630", "Houtem", "58"), ("8630", "Bulskamp", "58"),
    ("8640", "Woesten", "57"), ("8640", "Oostvleteren", "57"), ("8640", "Westvleteren", "57"),
    ("8647", "Reninge", "58"), ("8647", "Pollinkhove", "58"), ("8647", "Lo-Reninge", "58"),
    ("8650", "Merkem", "51"), ("8650", "Klerken", "51"), ("8650", "Houthulst", "51"),
    ("8660", "Adinkerke", "58"), ("8670", "Wulpen", "58"), ("8670", "Oostduinkerke", "58"),
    ("8680", "Zande", "51"), ("8680", "Bovekerke", "51"),
    ("8690", "Hoogstade", "58"), ("8690", "Oeren", "58"), ("8690", "Alveringem", "58"),
    ("8691", "Stavele", "58"), ("8691", "Izenberge", "58"), ("8691", "Leisele", "58"),
    ("8691", "Beveren-aan-den-IJzer", "58"),
    ("8840", "Westrozebeke", "51"), ("8840", "Oostnieuwkerke", "51"), ("8840", "Staden", "51"),
    ("8900", "Dikkebus", "57"), ("8900", "Brielen", "57"), ("8902", "Zillebeke", "57"),
    ("8902", "Voormezele", "57"), ("8904", "Boezinge", "57"), ("8904", "Zuidschote", "57"),
    ("8906", "Elverdinge", "57"), ("8908", "Vlamertinge", "57"),
    ("8920", "Poelkapelle", "57"), ("8920", "Bikschote", "57"), ("8940", "Geluwe", "56"),
    ("8950", "Nieuwkerke", "57"), ("8951", "Dranouter", "57"), ("8952", "Wulvergem", "57"),
    ("8953", "Wijtschate", "57"), ("8954", "Westouter", "57"), ("8956", "Kemmel", "57"),
    ("8957", "Mesen", "57"), ("8958", "Loker", "57"),
    ("8970", "Reningelst", "57"), ("8972", "Proven", "57"), ("8972", "Krombeke", "57"),
    ("8972", "Roesbrugge-Haringe", "57"), ("8978", "Watou", "57"),
    ("8980", "Passendale", "51"), ("8980", "Beselare", "57"), ("8980", "Zandvoorde", "57"),
    ("8980", "Geluveld", "57"),
]

# municipality the deelgemeente belongs to (for traps like "Gemeente X" as co-funder)
BE_FUSION = {
    "Woumen": "Diksmuide", "Esen": "Diksmuide", "Pervijze": "Diksmuide", "Vladslo": "Diksmuide",
    "Oostkerke": "Diksmuide", "Zarren": "Kortemark", "Handzame": "Kortemark",
    "Ramskapelle": "Nieuwpoort", "Houtem": "Veurne", "Bulskamp": "Veurne",
    "Woesten": "Vleteren", "Oostvleteren": "Vleteren", "Westvleteren": "Vleteren",
    "Reninge": "Lo-Reninge", "Pollinkhove": "Lo-Reninge", "Merkem": "Houthulst",
    "Klerken": "Houthulst", "Adinkerke": "De Panne", "Wulpen": "Koksijde",
    "Oostduinkerke": "Koksijde", "Zande": "Koekelare", "Bovekerke": "Koekelare",
    "Hoogstade": "Alveringem", "Oeren": "Alveringem", "Stavele": "Alveringem",
    "Izenberge": "Alveringem", "Leisele": "Alveringem", "Beveren-aan-den-IJzer": "Alveringem",
    "Westrozebeke": "Staden", "Oostnieuwkerke": "Staden", "Dikkebus": "Ieper",
    "Brielen": "Ieper", "Zillebeke": "Ieper", "Voormezele": "Ieper", "Boezinge": "Ieper",
    "Zuidschote": "Ieper", "Elverdinge": "Ieper", "Vlamertinge": "Ieper",
    "Poelkapelle": "Langemark-Poelkapelle", "Bikschote": "Langemark-Poelkapelle",
    "Geluwe": "Wervik", "Nieuwkerke": "Heuvelland", "Dranouter": "Heuvelland",
    "Wulvergem": "Heuvelland", "Wijtschate": "Heuvelland", "Westouter": "Heuvelland",
    "Kemmel": "Heuvelland", "Loker": "Heuvelland", "Reningelst": "Poperinge",
    "Proven": "Poperinge", "Krombeke": "Poperinge", "Roesbrugge-Haringe": "Poperinge",
    "Watou": "Poperinge", "Passendale": "Zonnebeke", "Beselare": "Zonnebeke",
    "Zandvoorde": "Zonnebeke", "Geluveld": "Zonnebeke",
}

FR_PLACES = [
    ("59270", "Bailleul"), ("59270", "Méteren"), ("59270", "Flêtre"), ("59270", "Saint-Jans-Cappel"),
    ("59190", "Hazebrouck"), ("59190", "Morbecque"), ("59190", "Caëstre"),
    ("59114", "Steenvoorde"), ("59114", "Terdeghem"), ("59670", "Cassel"), ("59670", "Oxelaëre"),
    ("59670", "Winnezeele"), ("59470", "Wormhout"), ("59470", "Esquelbecq"), ("59470", "Herzeele"),
    ("59470", "Houtkerque"), ("59380", "Bergues"), ("59380", "Socx"), ("59380", "Bierne"),
    ("59122", "Hondschoote"), ("59122", "Rexpoëde"), ("59122", "Killem"), ("59122", "Oost-Cappel"),
    ("59630", "Bourbourg"), ("59660", "Merville"), ("59940", "Estaires"), ("59299", "Boeschepe"),
    ("59181", "Steenwerck"), ("59850", "Nieppe"), ("59143", "Watten"), ("59173", "Renescure"),
    ("59285", "Arnèke"), ("59229", "Téteghem"), ("59254", "Ghyvelde"), ("59123", "Bray-Dunes"),
    ("59232", "Vieux-Berquin"),
]

NL_FIRST_F = ["An", "Els", "Griet", "Lieve", "Jolien", "Sofie", "Marleen", "Hilde", "Katrien",
              "Tine", "Lotte", "Annelies", "Mieke", "Nele", "Ann-Sophie", "Veerle", "Inge",
              "Charlotte", "Febe", "Ilse"]
NL_FIRST_M = ["Koen", "Pieter", "Bart", "Ward", "Stijn", "Dirk", "Geert", "Ruben", "Frederik",
              "Joris", "Wim", "Sander", "Lieven", "Jens", "Filip", "Hendrik", "Tom", "Arne",
              "Maarten", "Jan-Pieter"]
NL_LAST = ["Deprez", "Vandenbroucke", "Declercq", "Lannoo", "Vanneste", "Desmet", "Debaene",
           "Verhaeghe", "Decock", "Lefevere", "Vandamme", "Ghesquiere", "Deleu", "Coussement",
           "Bouckaert", "Vermeersch", "Dewulf", "Vanhee", "Dumoulin", "Ryckewaert", "Lahaye",
           "Vandewalle", "Soenen", "Devos", "Pattyn", "Dequidt", "Vanpeteghem", "Beun",
           "Van Acker", "Vandaele", "Degryse", "Titeca", "Olivier", "Cappoen", "Vancayzeele"]
FR_FIRST_F = ["Claire", "Nathalie", "Amandine", "Élodie", "Céline", "Mathilde", "Aurélie",
              "Sandrine", "Laetitia", "Delphine", "Agnès", "Hélène", "Valérie", "Séverine",
              "Marion", "Béatrice", "Justine", "Pauline", "Coralie", "Maryse"]
FR_FIRST_M = ["Julien", "Sébastien", "Thierry", "Benoît", "François", "Grégory", "Hervé",
              "Jérôme", "Pascal", "Maxime", "Ludovic", "Régis", "Bertrand", "Didier", "Olivier",
              "Christophe", "Damien", "Frédéric", "Arnaud", "Jean-Luc"]
FR_LAST = ["Lefebvre", "Dufour", "Vanhoutte", "Delattre", "Deconinck", "Hennebelle",
           "Ryckebusch", "Debruyne", "Baert", "Decroix", "Lemaire", "Caron", "Dehondt", "Beck",
           "Dewitte", "Plouvier", "Lebleu", "Vermersch", "Blondé", "Coudeville", "Wyckaert",
           "Masselot", "Delbaere", "Gombert", "Outters", "Lheureux", "Dassonneville",
           "Boulanger", "Merlen", "Top", "Devynck", "Cousin", "Lamote", "Beauvois"]

BE_STREETS = ["Molenstraat", "Reigersnestweg", "Hommelhofstraat", "Klaprooswegel", "Boomgaardstraat",
              "Vijverstraat", "Hoppestraat", "Leliestraat", "Beekstraat", "Steenakker",
              "Kasteelhoekweg", "Pastorijstraat", "Zwaluwenweg", "Kapelleweg", "Dorpsplaats",
              "Hoge Akker", "Brouwerijstraat", "Meersweg", "Kruisstraat", "Lindenlaan",
              "Smisstraat", "Vlasbloemstraat", "Oude Vestingweg", "Bergstraat", "Veldstraat",
              "Lange Dreef", "Sint-Elooisstraat", "Pottestraat", "Heirweg", "Zonnedauwstraat"]
FR_STREETS = ["rue des Tilleuls", "rue de la Gare", "chemin du Moulin", "rue du Mont des Cats",
              "impasse des Houblons", "rue Pasteur", "route de Cassel", "rue des Brasseurs",
              "allée des Saules", "rue du Calvaire", "rue de l'Abbé Lemire", "chemin des Peupliers",
              "rue des Trois Rois", "rue du Petit Bois", "sentier des Aubépines", "rue de la Becque",
              "rue Nationale", "rue du Kruysabel", "route d'Hondschoote", "rue des Écoles",
              "place du Marché aux Grains", "rue de la Lys", "chemin de la Blanche Maison",
              "rue Saint-Georges", "rue des Jardins"]

NL_ORGS = [
    ("Dorpsraad {place}", "feitelijke vereniging"), ("Buurtcomité {street_short}", "feitelijke vereniging"),
    ("vzw Ons Dorpshuis {place}", "vzw"), ("Werkgroep Leefbaar {place}", "feitelijke vereniging"),
    ("De Groene Vingers", "feitelijke vereniging"), ("Bewonersplatform {place}", "feitelijke vereniging"),
    ("vzw Den Ouden Smis", "vzw"), ("Oudercomité VBS De Vlinder", "feitelijke vereniging"),
    ("Buurtwerking 't Hoekske", "vzw"), ("Feestcomité {place} Leeft", "vzw"),
    ("Landelijke Gilde-werkgroep Moestuin {place}", "feitelijke vereniging"),
    ("vzw Dorpswinkel De Kramerij", "vzw"), ("Jeugdraad {place}", "adviesraad"),
    ("Vriendenkring De Molenaars", "feitelijke vereniging"),
    ("Werkgroep Trage Wegen {place}", "feitelijke vereniging"),
    ("vzw Speelpleinwerking De Sloebers", "vzw"), ("Vereniging Zorgzame Buren {place}", "vzw"),
    ("Repaircafé De Reparateurs", "feitelijke vereniging"),
    ("vzw Dorpscafé 't Pleintje", "vzw"), ("Buurtkern {place}-Noord", "feitelijke vereniging"),
    ("Dorpscomité {place} 2030", "feitelijke vereniging"), ("vzw Hof van Heden", "vzw"),
]
# Dutch-speaking groups in French Flanders (Frans-Vlaanderen)
NL_FR_ORGS = [
    ("Buurtkring Frans-Vlaanderen {place}", "vereniging naar Frans recht (wet 1901)"),
    ("Vrienden van de Blekerij {place}", "vereniging naar Frans recht (wet 1901)"),
    ("Werkgroep Grensdorpen Houtland", "vereniging naar Frans recht (wet 1901)"),
]
FR_ORGS = [
    ("Association Les Amis du Moulin", "association loi 1901"),
    ("Comité des fêtes de {place}", "association loi 1901"),
    ("Collectif Vivre à {place}", "collectif d'habitants"),
    ("Association Houtland Solidaire", "association loi 1901"),
    ("Les Jardiniers du Mont", "association loi 1901"),
    ("Foyer rural de {place}", "association loi 1901"),
    ("Association Bien Vivre au Village", "association loi 1901"),
    ("Les Voisins de la Becque", "collectif d'habitants"),
    ("Association des parents d'élèves de l'école Jean Rostand", "association loi 1901"),
    ("Atelier Partagé du Houtland", "association loi 1901"),
    ("Amicale des habitants du quartier de la Gare", "association loi 1901"),
    ("La Ruche de {place}", "association loi 1901"),
    ("Association Culture et Patrimoine de {place}", "association loi 1901"),
    ("Collectif Mobilité Solidaire Flandre intérieure", "collectif d'habitants"),
    ("Estaminet associatif Au Bon Coin", "association loi 1901"),
    ("Les Semeurs de Lien", "association loi 1901"),
    ("Comité de quartier des Trois Rois", "association loi 1901"),
    ("Association Graines de Village", "association loi 1901"),
    ("Conseil citoyen de {place}", "conseil citoyen"),
    ("Les Ateliers du Kruysabel", "association loi 1901"),
]

# Project ideas: title, short description, preferred cost categories
NL_PROJECTS = [
    ("Samen tuinieren aan de pastorie", "We willen de verwaarloosde pastorietuin omvormen tot een gedeelde moestuin waar jong en oud samen tuinieren en oogsten.", ["materials", "architect", "meetings", "communication", "event"]),
    ("Buurtbus Westhoek-Zuid", "Een groep vrijwillige chauffeurs brengt minder mobiele dorpsgenoten naar de dokter, de markt of het dienstencentrum.", ["survey", "feasibility", "communication", "meetings", "materials"]),
    ("Ontmoetingsplek De Oude Smidse", "De leegstaande smidse wordt een laagdrempelig ontmoetingspunt met koffiehoek, boekenruil en een wekelijkse babbelnamiddag.", ["architect", "materials", "participation", "communication", "event"]),
    ("Straatmeesters voor {place}", "In elke straat komt een aanspreekpunt dat buren helpt, nieuwe inwoners verwelkomt en vragen doorgeeft aan de juiste dorpsgenoot.", ["participation", "meetings", "communication", "materials"]),
    ("Boerenmarkt op het dorpsplein", "Eén keer per maand een kleine markt met lokale producenten, een koffiestand en activiteiten voor kinderen.", ["feasibility", "materials", "communication", "event"]),
    ("Speelbos Hoge Akker", "Samen met kinderen en ouders ontwerpen we een natuurlijk speelbos op een braakliggend stuk gemeentegrond.", ["architect", "participation", "materials", "meetings", "event"]),
    ("Dorpsenquête: wat wil {place}?", "Met een grote bevraging en drie dorpsavonden willen we in kaart brengen welke diensten de inwoners missen.", ["survey", "participation", "meetings", "communication"]),
    ("Repaircafé en babbelbank", "Een maandelijks repaircafé in de parochiezaal, gekoppeld aan een babbelbank voor wie wat gezelschap zoekt.", ["materials", "communication", "meetings", "event"]),
    ("Dorpswinkel in eigen beheer", "We onderzoeken of een coöperatieve dorpswinkel met lokale producten haalbaar is nu de laatste kruidenier gesloten is.", ["survey", "feasibility", "participation", "meetings", "communication"]),
    ("Groene dorpskern {place}", "Met een landschapsarchitect en de bewoners maken we een plan om het dorpsplein te vergroenen en ontmoetingsplekken te creëren.", ["architect", "participation", "meetings", "materials", "communication"]),
    ("Telewerkplek in de oude school", "Een klaslokaal van de oude dorpsschool wordt ingericht als gedeelde telewerkplek voor inwoners en kleine zelfstandigen.", ["feasibility", "materials", "communication", "meetings"]),
    ("Buurtfeest over de grens", "Een buurtfeest met onze Franse buren uit de grensstreek, met streekproducten, muziek en volksspelen.", ["event", "communication", "materials", "meetings"]),
    ("Trage wegen wandelnetwerk", "We brengen oude kerkwegels opnieuw in kaart en maken ze samen met de bewoners terug toegankelijk.", ["survey", "architect", "materials", "communication", "event"]),
    ("Bibliotheekkastjes en leeshoek", "Op vijf plaatsen in het dorp komen boekenkastjes, met een leeshoek in het dorpshuis voor kinderen.", ["materials", "communication", "event"]),
    ("Dorpsterras 't Pleintje", "Een tijdelijk dorpsterras tijdens de zomermaanden, uitgebaat door vrijwilligers, als proef voor een permanent dorpscafé.", ["feasibility", "materials", "communication", "event", "meetings"]),
    ("Zorgzame buren", "Een netwerk van vrijwilligers dat oudere dorpsgenoten bezoekt, kleine klusjes doet en eenzaamheid signaleert.", ["participation", "meetings", "communication", "materials"]),
    ("Hoogstamboomgaard voor iedereen", "Aanplant van een buurtboomgaard met oude fruitrassen, met plukdagen en een jaarlijks appelfeest.", ["architect", "materials", "event", "communication"]),
    ("Speelstraat en buurtplein", "We willen het pleintje aan de kerk autovrij maken op zondag en inrichten als speel- en ontmoetingsplek.", ["participation", "architect", "materials", "meetings", "event"]),
    ("Kinderopvang aan huis: haalbaarheid", "Een studie naar een kleinschalige kinderopvang in het dorp, samen met jonge gezinnen en de gemeente.", ["survey", "feasibility", "participation", "meetings"]),
    ("Dorpsgeheugen {place}", "Oudere inwoners vertellen over het dorp; we maken er een wandeling met infoborden en een toonmoment van.", ["participation", "materials", "communication", "event"]),
    ("Deelfietsen en deelkar", "Een kleine vloot deelfietsen en een bakfiets voor boodschappen, beheerd door buurtbewoners.", ["materials", "communication", "meetings", "survey"]),
    ("Buurthuis in de oude pastorij", "Onderzoek en eerste inrichting van een buurthuis met vergaderruimte voor de verenigingen.", ["feasibility", "architect", "materials", "meetings", "event"]),
]
FR_PROJECTS = [
    ("Jardin partagé des Houblons", "Transformer une friche derrière la salle des fêtes en jardin partagé ouvert à tous, avec des bacs surélevés pour les aînés.", ["materials", "architect", "meetings", "communication", "event"]),
    ("Café-épicerie associatif", "Ouvrir un petit café-épicerie tenu par des bénévoles pour recréer un lieu de rencontre et vendre des produits locaux.", ["survey", "feasibility", "materials", "communication", "meetings"]),
    ("Marché paysan du dimanche", "Un marché mensuel de producteurs locaux sur la place, avec animations pour les enfants et buvette associative.", ["feasibility", "materials", "communication", "event"]),
    ("Navette solidaire du Houtland", "Des chauffeurs bénévoles accompagnent les personnes peu mobiles vers le médecin, le marché ou les services.", ["survey", "feasibility", "communication", "meetings", "materials"]),
    ("Aire de jeux participative", "Concevoir avec les enfants et les parents une aire de jeux naturelle près de l'école.", ["architect", "participation", "materials", "meetings", "event"]),
    ("Référents de rue", "Dans chaque rue, un habitant référent accueille les nouveaux arrivants, aide les voisins et relaie les demandes.", ["participation", "meetings", "communication", "materials"]),
    ("Fête des voisins transfrontalière", "Une grande fête avec nos voisins belges : produits du terroir, jeux flamands et musique.", ["event", "communication", "materials", "meetings"]),
    ("Tiers-lieu dans l'ancienne école", "Aménager une salle de l'ancienne école en espace de coworking et de rencontre pour les habitants.", ["feasibility", "architect", "materials", "communication", "meetings"]),
    ("Repair café et boîte à livres", "Un repair café mensuel et des boîtes à livres dans le village pour créer du lien.", ["materials", "communication", "event", "meetings"]),
    ("Vergers partagés", "Plantation d'un verger de variétés anciennes avec journées de cueillette et fête de la pomme.", ["architect", "materials", "event", "communication"]),
    ("Sentiers retrouvés", "Recenser et rouvrir avec les habitants d'anciens chemins ruraux pour relier les hameaux à pied.", ["survey", "architect", "materials", "communication", "event"]),
    ("Estaminet de village", "Étudier la reprise de l'estaminet fermé sous forme associative, avec les habitants et la commune.", ["survey", "feasibility", "participation", "meetings", "communication"]),
    ("Place du village à réinventer", "Avec un paysagiste et les habitants, imaginer une place plus verte et plus conviviale.", ["architect", "participation", "meetings", "materials", "communication"]),
    ("Voisins bienveillants", "Un réseau de bénévoles qui rend visite aux personnes âgées isolées et rend de petits services.", ["participation", "meetings", "communication", "materials"]),
    ("Mémoire du village", "Recueillir les souvenirs des anciens et créer un parcours patrimonial avec panneaux et balade contée.", ["participation", "materials", "communication", "event"]),
    ("Vélos partagés pour les courses", "Mise à disposition de vélos et d'un vélo cargo partagés, gérés par les habitants.", ["materials", "communication", "meetings", "survey"]),
    ("Micro-crèche : étude d'opportunité", "Étude des besoins des jeunes familles et de la faisabilité d'une micro-crèche dans le village.", ["survey", "feasibility", "participation", "meetings"]),
    ("Maison des associations", "Premier aménagement d'une maison des associations dans l'ancien presbytère.", ["feasibility", "architect", "materials", "meetings", "event"]),
    ("Guinguette d'été au bord de la Becque", "Une guinguette éphémère tenue par des bénévoles, test d'un futur lieu de convivialité permanent.", ["feasibility", "materials", "communication", "event"]),
    ("Consultation « Notre village demain »", "Un grand questionnaire et trois soirées de rencontre pour savoir ce qui manque aux habitants.", ["survey", "participation", "meetings", "communication"]),
    ("Bibliothèque de rue et coin lecture", "Des boîtes à livres dans les hameaux et un coin lecture pour enfants à la salle communale.", ["materials", "communication", "event"]),
    ("Potager pédagogique du Kruysabel", "Un potager cultivé avec l'école et les aînés du village, avec ateliers mensuels.", ["materials", "participation", "communication", "event"]),
]

# --------------------------------------------------------------------------- helpers

def fr_de(name):
    """'de Bailleul' / "d'Arnèke" """
    return ("d'" if name[:1] in "AEIOUYÉÈÊÂ" else "de ") + name


def norm(s):
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amt(value, style):
    """Format a Decimal the way people write amounts."""
    v = D(value)
    neg = v < 0
    v = abs(v)
    i = int(v)
    c = int((v - i) * 100)
    has_cents = c != 0
    cents = f"{c:02d}"
    nb = "\u00a0"
    if style == "be":            # 7.500,00
        s = f"{_group(i, '.')},{cents}"
    elif style == "be_int":      # 7.500  (falls back to cents)
        s = _group(i, ".") + (f",{cents}" if has_cents else "")
    elif style == "be_eur":      # € 7.500,00
        s = f"€ {_group(i, '.')},{cents}"
    elif style == "be_dash":     # € 7.500,-
        s = f"€ {_group(i, '.')}," + (cents if has_cents else "-")
    elif style == "be_suffix":   # 7.500 €
        s = _group(i, ".") + (f",{cents}" if has_cents else "") + " €"
    elif style == "fr":          # 7 500,00 €
        s = f"{_group(i, nb)},{cents} €"
    elif style == "fr_int":      # 7 500 €
        s = _group(i, nb) + (f",{cents}" if has_cents else "") + " €"
    elif style == "fr_plain":    # 7 500,00
        s = f"{_group(i, ' ')},{cents}"
    elif style == "euro_word":   # 7500 euro
        s = str(i) + (f",{cents}" if has_cents else "") + " euro"
    elif style == "eur_code":    # EUR 7.500,00
        s = f"EUR {_group(i, '.')},{cents}"
    elif style == "eur_code_fr":  # 7 500,00 EUR
        s = f"{_group(i, ' ')},{cents} EUR"
    elif style == "plain":       # 7500,00
        s = f"{i},{cents}"
    elif style == "plain_int":   # 7500
        s = str(i) + (f",{cents}" if has_cents else "")
    elif style == "dot":         # 7500.00
        s = f"{i}.{cents}"
    elif style == "euro_pre_plain":  # €7500
        s = "€" + str(i) + (f",{cents}" if has_cents else "")
    else:
        raise ValueError(style)
    return ("- " + s) if neg else s


def fmt_phone(e164, style):
    """Display an E.164 number the way a Belgian/French person writes it."""
    cc = e164[1:3]
    nat = e164[3:]
    if cc == "32":
        if nat.startswith("4"):      # mobile 4xx xx xx xx
            a, b, c, d = nat[:3], nat[3:5], nat[5:7], nat[7:9]
            opts = {
                "local": f"0{a} {b} {c} {d}", "slash": f"0{a}/{b}.{c}.{d}",
                "intl": f"+32 {a} {b} {c} {d}", "intl0": f"+32 (0){a} {b} {c} {d}",
                "compact": f"0{nat}", "local3": f"0{a} {nat[3:6]} {nat[6:]}",
                "00": f"0032 {a} {b} {c} {d}", "slash2": f"0{a}/{b} {c} {d}",
            }
        else:                        # landline zz xx xx xx
            a, b, c, d = nat[:2], nat[2:4], nat[4:6], nat[6:8]
            opts = {
                "local": f"0{a} {b} {c} {d}", "slash": f"0{a}/{b}.{c}.{d}",
                "intl": f"+32 {a} {b} {c} {d}", "intl0": f"+32 (0){a} {b} {c} {d}",
                "compact": f"0{nat}", "local3": f"0{a} {nat[2:5]} {nat[5:]}",
                "00": f"0032 {a} {b} {c} {d}", "slash2": f"0{a}/{b} {c} {d}",
            }
    else:
        p = [nat[0]] + [nat[i:i + 2] for i in range(1, 9, 2)]
        opts = {
            "local": "0" + " ".join(p), "slash": "0" + ".".join(p),
            "intl": "+33 " + " ".join(p), "intl0": "+33 (0)" + " ".join(p),
            "compact": "0" + nat, "local3": "0" + " ".join(p), "00": "0033 " + " ".join(p),
            "slash2": "0" + p[0] + p[1] + "/" + "".join(p[2:]),
        }
    return opts[style]


def new_phone(rng, country, kind, zone=None):
    if country == "BE":
        if kind == "mobile":
            pre = rng.choice(["470", "472", "473", "474", "475", "476", "477", "478", "479",
                              "485", "486", "487", "494", "495", "496", "497", "498", "499"])
            return "+32" + pre + "".join(str(rng.randint(0, 9)) for _ in range(6))
        z = zone or "57"
        return "+32" + z + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(5))
    if kind == "mobile":
        return "+33" + rng.choice(["6", "7"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "+333" + rng.choice(["28", "28", "28", "20"]) + "".join(str(rng.randint(0, 9)) for _ in range(6))


def slug(s):
    s = norm(s)
    out = []
    for ch in s:
        if ch.isalnum():
            out.append(ch)
        elif ch in " -'_.":
            out.append(" ")
    return "".join(out).split()
