"""Seeded pools: places, people, organisations, projects, formats."""
from decimal import Decimal

# ------------------------------------------------------------------ places
# (village as written, postcode, municipality group, phone zone)
BE_NL = [
    ("Stavele", "8691", "Alveringem", "058"), ("Beveren-aan-den-IJzer", "8691", "Alveringem", "058"),
    ("Hoogstade", "8690", "Alveringem", "058"), ("Oeren", "8690", "Alveringem", "058"),
    ("Alveringem", "8690", "Alveringem", "058"),
    ("Lo", "8647", "Lo-Reninge", "058"), ("Reninge", "8647", "Lo-Reninge", "058"),
    ("Noordschote", "8647", "Lo-Reninge", "058"), ("Pollinkhove", "8647", "Lo-Reninge", "058"),
    ("Westvleteren", "8640", "Vleteren", "057"), ("Oostvleteren", "8640", "Vleteren", "057"),
    ("Woesten", "8640", "Vleteren", "057"),
    ("Merkem", "8650", "Houthulst", "051"), ("Klerken", "8650", "Houthulst", "051"),
    ("Houthulst", "8650", "Houthulst", "051"),
    ("Vladslo", "8600", "Diksmuide", "051"), ("Esen", "8600", "Diksmuide", "051"),
    ("Woumen", "8600", "Diksmuide", "051"), ("Oostkerke", "8600", "Diksmuide", "051"),
    ("Pervijze", "8600", "Diksmuide", "051"), ("Leke", "8600", "Diksmuide", "051"),
    ("Bulskamp", "8630", "Veurne", "058"), ("Houtem", "8630", "Veurne", "058"),
    ("Wulveringem", "8630", "Veurne", "058"), ("Avekapelle", "8630", "Veurne", "058"),
    ("Reningelst", "8970", "Poperinge", "057"), ("Proven", "8972", "Poperinge", "057"),
    ("Krombeke", "8972", "Poperinge", "057"), ("Roesbrugge-Haringe", "8972", "Poperinge", "057"),
    ("Watou", "8978", "Poperinge", "057"),
    ("Kemmel", "8956", "Heuvelland", "057"), ("Dranouter", "8951", "Heuvelland", "057"),
    ("Westouter", "8954", "Heuvelland", "057"), ("Loker", "8958", "Heuvelland", "057"),
    ("Wijtschate", "8953", "Heuvelland", "057"), ("Nieuwkerke", "8950", "Heuvelland", "057"),
    ("Mesen", "8957", "Mesen", "057"),
    ("Passendale", "8980", "Zonnebeke", "051"), ("Zonnebeke", "8980", "Zonnebeke", "051"),
    ("Boezinge", "8904", "Ieper", "057"), ("Zillebeke", "8902", "Ieper", "057"),
    ("Dikkebus", "8900", "Ieper", "057"), ("Vlamertinge", "8908", "Ieper", "057"),
    ("Elverdinge", "8906", "Ieper", "057"),
    ("Langemark", "8920", "Langemark-Poelkapelle", "057"), ("Poelkapelle", "8920", "Langemark-Poelkapelle", "057"),
    ("Bikschote", "8920", "Langemark-Poelkapelle", "057"),
    ("Wulpen", "8670", "Koksijde", "058"), ("Oostduinkerke", "8670", "Koksijde", "058"),
    ("Ramskapelle", "8620", "Nieuwpoort", "058"), ("Adinkerke", "8660", "De Panne", "058"),
    ("Zande", "8680", "Koekelare", "051"), ("Bovekerke", "8680", "Koekelare", "051"),
    ("Handzame", "8610", "Kortemark", "051"), ("Zarren", "8610", "Kortemark", "051"),
    ("Westrozebeke", "8840", "Staden", "051"), ("Oostnieuwkerke", "8840", "Staden", "051"),
]
# town halls of the municipality groups (for officials' signatures)
TOWNHALL = {
    "Alveringem": ("Boeschepestraat 1", "8690", "Alveringem", "058 28 00 00"),
    "Lo-Reninge": ("Markt 1", "8647", "Lo-Reninge", "058 28 00 10"),
    "Vleteren": ("Kerkstraat 4", "8640", "Vleteren", "057 40 00 20"),
    "Houthulst": ("Markt 1", "8650", "Houthulst", "051 70 00 30"),
    "Diksmuide": ("Grote Markt 6", "8600", "Diksmuide", "051 79 00 40"),
    "Veurne": ("Grote Markt 29", "8630", "Veurne", "058 33 00 50"),
    "Poperinge": ("Grote Markt 1", "8970", "Poperinge", "057 34 00 60"),
    "Heuvelland": ("Sint-Laurentiusplein 1", "8950", "Heuvelland", "057 45 00 70"),
    "Mesen": ("Markt 1", "8957", "Mesen", "057 44 00 80"),
    "Zonnebeke": ("Langemarkstraat 8", "8980", "Zonnebeke", "051 48 00 90"),
    "Ieper": ("Grote Markt 34", "8900", "Ieper", "057 45 11 00"),
    "Langemark-Poelkapelle": ("Kasteelhof 't Hooghe 1", "8920", "Langemark-Poelkapelle", "057 49 11 10"),
    "Koksijde": ("Zeelaan 303", "8670", "Koksijde", "058 53 11 20"),
    "Nieuwpoort": ("Marktplein 7", "8620", "Nieuwpoort", "058 22 11 30"),
    "De Panne": ("Zeelaan 21", "8660", "De Panne", "058 42 11 40"),
    "Koekelare": ("Markt 2", "8680", "Koekelare", "051 61 11 50"),
    "Kortemark": ("Stationsstraat 68", "8610", "Kortemark", "051 57 11 60"),
    "Staden": ("Ieperstraat 5", "8840", "Staden", "051 70 11 70"),
}

BE_FR = [
    ("Comines", "7780", "Comines-Warneton"), ("Comines-Warneton", "7780", "Comines-Warneton"),
    ("Houthem", "7781", "Comines-Warneton"), ("Ploegsteert", "7782", "Comines-Warneton"),
    ("Le Bizet", "7783", "Comines-Warneton"), ("Warneton", "7784", "Comines-Warneton"),
    ("Bas-Warneton", "7784", "Comines-Warneton"),
]

FR = [
    ("Rexpoëde", "59122"), ("Hondschoote", "59122"), ("Killem", "59122"), ("Oost-Cappel", "59122"),
    ("Wormhout", "59470"), ("Esquelbecq", "59470"), ("Ledringhem", "59470"), ("Herzeele", "59470"),
    ("Volckerinckhove", "59470"), ("Houtkerque", "59470"),
    ("Bergues", "59380"), ("Quaëdypre", "59380"), ("Warhem", "59380"), ("Socx", "59380"),
    ("Bierne", "59380"), ("Wylder", "59380"),
    ("Steenvoorde", "59114"), ("Eecke", "59114"), ("Terdeghem", "59114"),
    ("Godewaersvelde", "59270"), ("Méteren", "59270"), ("Saint-Jans-Cappel", "59270"),
    ("Flêtre", "59270"), ("Boeschepe", "59299"),
    ("Cassel", "59670"), ("Oxelaëre", "59670"), ("Zuytpeene", "59670"), ("Sainte-Marie-Cappel", "59670"),
    ("Bavinchove", "59670"), ("Hardifort", "59670"), ("Winnezeele", "59670"),
    ("Arnèke", "59285"), ("Rubrouck", "59285"), ("Buysscheure", "59285"),
    ("Morbecque", "59190"), ("Caëstre", "59190"), ("Hondeghem", "59190"), ("Wallon-Cappel", "59190"),
    ("Steenwerck", "59181"), ("Nieppe", "59850"), ("Vieux-Berquin", "59232"), ("Renescure", "59173"),
    ("Steenbecque", "59189"),
]

NL_STREETS = ["Dorpsstraat", "Kerkstraat", "Statiestraat", "Molenstraat", "Pastoriestraat",
              "Kasteelstraat", "Zuidstraat", "Veurnestraat", "Ieperstraat", "Poperingestraat",
              "Lindenlaan", "Kapelleweg", "Hoogstraat", "Schoolstraat", "Beekstraat",
              "Bruggestraat", "Oude Veurnestraat", "Sint-Jansstraat", "Vijverstraat", "Nieuwstraat",
              "Boomgaardstraat", "Heirweg", "Sint-Maartensplein", "Kruisstraat", "Wijngaardstraat"]
FR_STREETS = ["rue de l'Église", "rue de la Gare", "place du Général de Gaulle", "rue de Cassel",
              "rue des Tilleuls", "route de Bergues", "impasse du Moulin", "rue Nationale",
              "chemin du Kruysstraete", "rue du Maréchal Foch", "rue de Dunkerque", "allée des Peupliers",
              "rue du Moulin", "rue de Bailleul", "rue des Écoles", "route d'Hazebrouck",
              "rue Pasteur", "rue de la Mairie", "rue du Calvaire", "chemin des Meuniers"]
BEFR_STREETS = ["Rue de Wervicq", "Rue du Faubourg", "Chaussée de Warneton", "Rue de Ploegsteert",
                "Place Sainte-Anne", "Rue de la Lys", "Rue du Bizet", "Rue de Messines",
                "Rue des Combattants", "Drève des Tilleuls"]

# ------------------------------------------------------------------ names
NL_FIRST_F = ["Els", "Katrien", "Lieve", "Marleen", "An", "Griet", "Hilde", "Sofie", "Annelies",
              "Nele", "Ine", "Lotte", "Veerle", "Mieke", "Brigitte", "Martine", "Tine", "Ann-Sofie",
              "Lien", "Femke", "Rita", "Godelieve"]
NL_FIRST_M = ["Jan", "Koen", "Dirk", "Luc", "Geert", "Pieter", "Bart", "Wim", "Frank", "Noël",
              "Rik", "Johan", "Marc", "Jef", "Roger", "Stijn", "Wouter", "Filip", "Hendrik",
              "Gilbert", "Joris", "Andries"]
NL_LAST = ["Vandenbroucke", "Deschodt", "Vanneste", "Debaene", "Verhaeghe", "Decroos", "Lefevere",
           "Desmyttere", "Vanhoutte", "Dewaele", "Vermeersch", "Claeys", "Dequidt", "Delanghe",
           "Verbeke", "Pattyn", "Ryckewaert", "Boussemaere", "Vandamme", "Devos", "Lobbestael",
           "Hauspie", "Notebaert", "Ghesquiere", "Vandevoorde", "Coene", "Denys", "Soenen",
           "Provoost", "Vanlerberghe", "Baelde", "Degraeve", "Goethals", "Vandooren", "Lermytte",
           "Verschaeve", "D'Hooghe", "Van Eecke", "Benoot", "Vanhove"]
FR_FIRST_F = ["Marie-Christine", "Bernadette", "Sylvie", "Isabelle", "Nathalie", "Chantal",
              "Véronique", "Hélène", "Françoise", "Élodie", "Aurélie", "Maryse", "Colette",
              "Monique", "Anne-Sophie", "Ghislaine", "Céline", "Josiane", "Agnès", "Léa"]
FR_FIRST_M = ["Jean-Pierre", "Bernard", "Thierry", "Philippe", "Dominique", "Hervé", "Jérôme",
              "Gérard", "Benoît", "Régis", "François", "Didier", "Frédéric", "Michel", "Pascal",
              "Rémi", "Joël", "Daniel", "Olivier", "Ludovic"]
FR_LAST = ["Vandaele", "Deswarte", "Decool", "Verhille", "Lefebvre", "Dehondt", "Ryckebusch",
           "Vanhee", "Delattre", "Bollengier", "Dewitte", "Cappelaere", "Lamotte", "Vandenbussche",
           "Declercq", "Baert", "Maerten", "Brunet", "Gruson", "Derycke", "Depoorter", "Hennebelle",
           "Loones", "Beyaert", "Coudeville", "Dekeister", "Verstraete", "Schoonheere", "Wemaere",
           "Lemaire", "Vermersch", "Blondé", "Bonte", "Fauvergue", "Ghillebaert", "Marchyllie"]

# ------------------------------------------------------------------ organisations
# {v} = village.  (name pattern, roles)
NL_ORGS = [
    ("Dorpsraad {v}", ["voorzitter", "secretaris"]),
    ("Feestcomité {v}", ["voorzitter", "penningmeester"]),
    ("Vzw Leefbaar {v}", ["voorzitter", "coördinator"]),
    ("Ouderraad VBS De Klimop {v}", ["voorzitter"]),
    ("KWB {v}", ["voorzitter", "bestuurslid"]),
    ("Chiro {v}", ["groepsleider", "VB'er"]),
    ("Landelijke Gilde {v}", ["voorzitter", "secretaris"]),
    ("Seniorenvereniging De Zonnebloem {v}", ["voorzitter", "bestuurslid"]),
    ("Buurtcomité {v}-Centrum", ["voorzitter", "contactpersoon"]),
    ("Vzw Ons Dorpshuis {v}", ["voorzitter", "beheerder"]),
    ("Toneelkring Vreugde en Deugd {v}", ["secretaris"]),
    ("Jeugdhuis De Kelder {v}", ["voorzitter", "jeugdwerker"]),
]
FR_ORGS = [
    ("Association Bien Vivre à {v}", ["présidente", "président", "secrétaire"]),
    ("Comité des fêtes de {v}", ["président", "trésorière"]),
    ("Foyer rural de {v}", ["présidente", "coordinateur"]),
    ("APE de l'école des Tilleuls de {v}", ["présidente"]),
    ("Club des aînés Les Blés d'Or de {v}", ["président", "secrétaire"]),
    ("{v} Solidarité", ["présidente", "bénévole référent"]),
    ("Les Amis du Moulin de {v}", ["président", "trésorier"]),
    ("Association Les Jardins de {v}", ["coordinatrice", "président"]),
]
BEFR_ORGS = [
    ("Maison des jeunes de {v}", ["animateur", "présidente"]),
    ("Comité de quartier de {v}", ["président", "secrétaire"]),
    ("ASBL {v} Demain", ["présidente", "administrateur"]),
    ("Club des pensionnés de {v}", ["président", "trésorière"]),
    ("Ligue des familles – section {v}", ["présidente"]),
]

# ------------------------------------------------------------------ projects
NL_PROJECTS = [
    ("Samentuin De Pastorietuin",
     "We willen de verwaarloosde tuin achter de oude pastorie omvormen tot een samentuin waar buren "
     "samen groenten kweken. Er komen plantenbakken op heuphoogte, zodat ook oudere dorpsgenoten kunnen "
     "meedoen. Met de steun kopen we tuinmateriaal, een regenwaterton en een klein tuinhuis."),
    ("Dorpsontmoetingspunt 't Klokske",
     "Sinds het laatste café dicht is, heeft ons dorp geen plek meer om elkaar te ontmoeten. In het oude "
     "schooltje richten we een ontmoetingsruimte in die twee namiddagen per week open is, met koffie, een "
     "boekenruilkast en hulp voor wie met de computer sukkelt."),
    ("Buurtmeesters in de Molenwijk",
     "In elke straat van de wijk zoeken we een buurtmeester: een aanspreekpunt dat nieuwe bewoners "
     "verwelkomt en oudere buren helpt of doorverwijst. We organiseren een vormingsavond en drukken een "
     "kleine buurtgids."),
    ("Boerenmarkt op het dorpsplein",
     "Eén zaterdagvoormiddag per maand een markt met producten van boeren uit de streek. We kopen "
     "marktkramen en doen eerst een bevraging bij de inwoners over wat ze op de markt willen vinden."),
    ("Vrijwillige chauffeurs voor minder mobiele dorpsgenoten",
     "Een groep gepensioneerde vrijwilligers rijdt minder mobiele mensen naar de dokter, de markt of het "
     "ziekenhuis. Met de steun betalen we een opleiding, de verzekering en de bekendmaking in het dorp."),
    ("Speelweefsel rond de school",
     "Samen met de kinderen en de ouders tekenen we veilige looproutes en speelplekken rond de school. "
     "Een landschapsarchitect begeleidt drie participatiemomenten en we kopen speelelementen."),
    ("Repair Café en buurtwerkplaats",
     "Eén zaterdag per maand herstellen vrijwilligers samen met buren fietsen, kleren en kleine "
     "toestellen. We kopen gereedschap en werkbanken en richten de oude garage van de parochiezaal in."),
    ("Telewerkplek in de oude pastorij",
     "We richten twee kamers van de oude pastorij in als gedeelde werkplek met goed internet voor "
     "thuiswerkers en studenten uit het dorp. De steun gaat naar meubilair, een printer en een "
     "opstartmoment met de bewoners."),
    ("Zitbanken en petanquebaan aan de kerk",
     "Het plein rond de kerk ligt er leeg bij. Met de buurt plaatsen we zitbanken, een petanquebaan en "
     "wat groen, zodat jong en oud er weer samenkomen."),
    ("Buurtfeest en bewonersbevraging Vijverwijk",
     "We organiseren een groot buurtfeest en gebruiken dat moment om met een korte bevraging te weten "
     "te komen wat de bewoners in de wijk missen. Een participatie-expert helpt ons met de verwerking."),
    ("Bibliotheekpunt in het dorpscafé",
     "In samenwerking met de uitbaters van het dorpscafé zetten we een klein bibliotheekpunt op met "
     "boekenkasten, een leeshoek en een maandelijkse voorleesnamiddag voor kinderen."),
    ("Trage wegen rond het dorp",
     "We willen de oude kerkwegels weer toegankelijk maken als wandelroute. Met de buurt brengen we de "
     "paden in kaart, plaatsen we wegwijzers en organiseren we een openingswandeling."),
    ("Dorpsboomgaard met hoogstammen",
     "Op een braakliggend perceel van de parochie planten we samen met de school en de buren een "
     "boomgaard met oude fruitrassen. Er komen ook een bank en een infobord."),
    ("Buurtwinkeltje met vrijwilligers",
     "Sinds de bakker gestopt is, kunnen oudere inwoners nergens meer brood of basisproducten kopen. "
     "Vrijwilligers openen drie voormiddagen per week een klein winkeltje in het dorpshuis."),
]
FR_PROJECTS = [
    ("Jardin partagé de la Cure",
     "Nous voulons transformer le terrain en friche derrière l'ancienne cure en jardin partagé ouvert à "
     "tous les habitants. Des bacs surélevés permettront aux aînés de jardiner eux aussi. L'aide servira "
     "à acheter l'outillage, un récupérateur d'eau et un petit abri."),
    ("Café associatif Le Tilleul",
     "Depuis la fermeture du dernier café, le village n'a plus de lieu de rencontre. Nous souhaitons "
     "ouvrir un café associatif deux après-midi par semaine dans l'ancienne école, avec une boîte à "
     "livres et une aide informatique."),
    ("Voisins relais",
     "Dans chaque rue, un voisin relais accueille les nouveaux habitants et aide ou oriente les personnes "
     "âgées. Nous organiserons une soirée de formation et imprimerons un petit guide du quartier."),
    ("Marché de producteurs du dimanche",
     "Un dimanche matin par mois, un marché avec les producteurs locaux sur la place. Nous achèterons "
     "des barnums et réaliserons d'abord une enquête auprès des habitants."),
    ("Navette solidaire des aînés",
     "Des bénévoles retraités conduisent les personnes peu mobiles chez le médecin, au marché ou à "
     "l'hôpital. L'aide financera la formation, l'assurance et la communication."),
    ("Aire de jeux participative",
     "Avec les enfants et les parents, nous concevons une aire de jeux près de l'école. Un paysagiste "
     "accompagnera trois ateliers de participation."),
    ("Boîtes à livres et bancs du village",
     "Nous installerons des boîtes à livres et des bancs le long de la rue principale, fabriqués avec les "
     "jeunes du village lors d'ateliers bois."),
    ("Tiers-lieu de l'ancienne gare",
     "L'ancienne gare est vide depuis des années. Nous voulons y créer un tiers-lieu : espace de "
     "coworking, salle pour les associations et point de rencontre pour les habitants."),
    ("Fête des voisins et enquête habitants",
     "Nous organisons une grande fête des voisins et profitons de ce moment pour mener une enquête sur "
     "les besoins du quartier, avec l'aide d'un expert en participation."),
    ("Verger conservatoire communal",
     "Sur un terrain communal, nous planterons avec l'école et les habitants un verger de variétés "
     "anciennes de Flandre, avec un banc et un panneau d'information."),
    ("Atelier de réparation (Repair Café)",
     "Un samedi par mois, des bénévoles réparent avec les habitants vélos, vêtements et petits appareils. "
     "Nous achèterons l'outillage et aménagerons la salle."),
    ("Sentiers et chemins ruraux du village",
     "Nous voulons rouvrir les anciens chemins ruraux pour la promenade : inventaire avec les habitants, "
     "balisage et une marche d'inauguration."),
    ("Épicerie solidaire itinérante",
     "Depuis la fermeture de la supérette, les aînés n'ont plus de commerce. Une épicerie itinérante, "
     "tenue par des bénévoles, passera trois matinées par semaine dans les hameaux."),
]

# ------------------------------------------------------------------ amounts
REQUESTS = [Decimal(x) for x in ("2500", "3000", "3750", "4000", "4250", "4800", "5000", "5500",
                                 "6000", "6500", "6800", "7000", "7500", "8000", "8500", "9000",
                                 "9500", "10000", "6842.50", "4975.00", "7320.40", "3480.75")]

COLORS = [((31, 94, 160), (120, 170, 60)), ((200, 80, 40), (60, 60, 60)),
          ((20, 130, 110), (240, 170, 20)), ((120, 40, 120), (90, 160, 200))]

# second-half titles, so that the two halves never share a project title
TITLE_ALT = {
    "Samentuin De Pastorietuin": "Samen tuinieren in de pastorietuin",
    "Dorpsontmoetingspunt 't Klokske": "Ontmoetingsplek in het oude schooltje",
    "Buurtmeesters in de Molenwijk": "Straatmeesters voor onze wijk",
    "Boerenmarkt op het dorpsplein": "Maandelijkse hoevemarkt",
    "Vrijwillige chauffeurs voor minder mobiele dorpsgenoten": "Dorpsvervoer door vrijwilligers",
    "Speelweefsel rond de school": "Veilig en speels naar school",
    "Repair Café en buurtwerkplaats": "Herstelatelier in de parochiezaal",
    "Telewerkplek in de oude pastorij": "Cowork Pastorij",
    "Zitbanken en petanquebaan aan de kerk": "Een levendig kerkplein",
    "Buurtfeest en bewonersbevraging Vijverwijk": "Wat mist onze wijk? Buurtfeest met bevraging",
    "Bibliotheekpunt in het dorpscafé": "Boeken aan de toog",
    "Trage wegen rond het dorp": "Kerkwegels opnieuw open",
    "Dorpsboomgaard met hoogstammen": "Hoogstamboomgaard voor het dorp",
    "Buurtwinkeltje met vrijwilligers": "Dorpswinkel De Vrijwillige Bakker",
    "Jardin partagé de la Cure": "Les bacs partagés du presbytère",
    "Café associatif Le Tilleul": "Estaminet associatif",
    "Voisins relais": "Un voisin relais par rue",
    "Marché de producteurs du dimanche": "Marché paysan sur la place",
    "Navette solidaire des aînés": "Transport bénévole pour nos aînés",
    "Aire de jeux participative": "Jouer ensemble près de l'école",
    "Boîtes à livres et bancs du village": "Lire et s'asseoir au village",
    "Tiers-lieu de l'ancienne gare": "La Gare, lieu partagé",
    "Fête des voisins et enquête habitants": "Fête et questionnaire de quartier",
    "Verger conservatoire communal": "Verger des variétés flamandes",
    "Atelier de réparation (Repair Café)": "Répar'Café du village",
    "Sentiers et chemins ruraux du village": "Rouvrons nos chemins ruraux",
    "Épicerie solidaire itinérante": "L'épicerie qui roule",
}
