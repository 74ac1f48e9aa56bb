"""Invented people, places, organisations and projects (seeded use only)."""

BE_PLACES = [  # (postcode, place as written in the address line)
    ("8970", "Poperinge"), ("8900", "Ieper"), ("8600", "Diksmuide"), ("8630", "Veurne"),
    ("8956", "Kemmel"), ("8958", "Loker"), ("8951", "Dranouter"), ("8954", "Westouter"),
    ("8640", "Vleteren"), ("8690", "Alveringem"), ("8647", "Lo-Reninge"), ("8650", "Houthulst"),
    ("8920", "Langemark-Poelkapelle"), ("8980", "Zonnebeke"), ("8940", "Wervik"), ("8957", "Mesen"),
    ("8670", "Koksijde"), ("8660", "De Panne"), ("8620", "Nieuwpoort"), ("8610", "Kortemark"),
    ("8978", "Watou"), ("8972", "Proven"), ("8906", "Elverdinge"), ("8908", "Vlamertinge"),
    ("8980", "Passendale"), ("8650", "Merkem"), ("8600", "Woumen"), ("8691", "Stavele"),
    ("8640", "Woesten"), ("8640", "Oostvleteren"), ("8691", "Beveren-aan-den-IJzer"), ("8902", "Zillebeke"),
    ("8953", "Wijtschate"), ("8957", "Mesen"), ("8840", "Staden"), ("8952", "Wulvergem"),
]
FR_PLACES = [
    ("59270", "Bailleul"), ("59190", "Hazebrouck"), ("59114", "Steenvoorde"), ("59670", "Cassel"),
    ("59470", "Wormhout"), ("59380", "Bergues"), ("59122", "Hondschoote"), ("59630", "Bourbourg"),
    ("59660", "Merville"), ("59940", "Estaires"), ("59114", "Godewaersvelde"), ("59299", "Boeschepe"),
    ("59270", "Méteren"), ("59270", "Flêtre"), ("59190", "Caëstre"), ("59470", "Esquelbecq"),
    ("59122", "Rexpoëde"), ("59470", "Herzeele"), ("59122", "Oost-Cappel"), ("59181", "Steenwerck"),
    ("59850", "Nieppe"), ("59670", "Bavinchove"), ("59285", "Arnèke"), ("59270", "Saint-Jans-Cappel"),
    ("59940", "Le Doulieu"), ("59190", "Morbecque"), ("59173", "Renescure"), ("59670", "Zuytpeene"),
    ("59470", "Ledringhem"), ("59670", "Oxelaëre"), ("59380", "Quaëdypre"), ("59630", "Looberghe"),
]

NL_FIRST = ["Ann", "Bart", "Katrien", "Wim", "Marleen", "Dirk", "Griet", "Pieter", "Sofie", "Joris",
            "Lieve", "Koen", "Hilde", "Stijn", "Els", "Frederik", "Veerle", "Geert", "Nele", "Filip",
            "Marijke", "Lode", "Ine", "Tom", "Rita", "Jan", "Annelies", "Ward", "Fien", "Roland"]
NL_LAST = ["Vandenbussche", "Desmet", "Vanhee", "Debruyne", "Lefever", "Decock", "Vandamme", "Dewulf",
           "Cappoen", "Vermeersch", "Declercq", "Verhaeghe", "Lernout", "Devos", "Bouckaert", "Goethals",
           "Vanneste", "Deschepper", "Dejonghe", "Vandevoorde", "Ryckebusch", "Soenen", "Maerten",
           "Delanote", "Vanlerberghe", "Coudeville", "Pattyn", "Beun", "Huyghe", "Feys"]
FR_FIRST = ["Marie", "Jean-Pierre", "Sylvie", "Thierry", "Nathalie", "Christophe", "Isabelle", "Didier",
            "Véronique", "Olivier", "Brigitte", "Pascal", "Sandrine", "Laurent", "Céline", "Hervé",
            "Martine", "Frédéric", "Aurélie", "Benoît", "Hélène", "Jérôme", "Monique", "Yves", "Élodie",
            "Gérard", "Chantal", "Rémi", "Justine", "Bernard"]
FR_LAST = ["Vanhove", "Deswarte", "Lefebvre", "Dumont", "Bollengier", "Cnockaert", "Delattre", "Verstraete",
           "Dehondt", "Lemaire", "Top", "Declerck", "Vandaele", "Bertin", "Leclercq", "Deconinck", "Ryckewaert",
           "Hennion", "Baert", "Duriez", "Goudeseune", "Lamote", "Vermersch", "Mahieu", "Bulteel", "Caron",
           "Descamps", "Dewitte", "Becquaert", "Morel"]
EN_FIRST = ["Sarah", "David", "Helen", "Michael", "Fiona", "Graham"]
EN_LAST = ["Whitfield", "Harrington", "Pritchard", "Mackay", "Lambourne", "Osborne"]

NL_STREETS = ["Kerkstraat", "Dorpsplein", "Poperingseweg", "Ieperstraat", "Molenstraat", "Statiestraat",
              "Veurnestraat", "Sint-Jansstraat", "Vlamingstraat", "Boeschepestraat", "Kemmelbergweg",
              "Lindenlaan", "Hoogstraat", "Zuidstraat", "Abeelseweg", "Krombeekseweg", "Roesbruggestraat",
              "Nieuwstraat", "Reningestraat", "Beverenstraat", "Kasteelstraat", "Bruggestraat",
              "Dorpstraat", "Westoutersteenweg", "Ijzerdijk", "Schoolstraat", "Vijverstraat", "Lange Leemstraat"]
FR_STREETS = ["rue de la Gare", "rue du Moulin", "place du Général de Gaulle", "rue de Cassel",
              "rue Nationale", "rue de l'Église", "chemin du Mont Noir", "rue des Écoles", "rue de Bailleul",
              "rue Pasteur", "allée des Tilleuls", "rue du Kruysabel", "route d'Hazebrouck", "rue de Dunkerque",
              "rue Jean Jaurès", "rue de Steenvoorde", "impasse des Houblons", "rue de la Briqueterie",
              "Grand'Place", "rue Victor Hugo", "rue du Marché", "chemin du Zwynland", "rue de Wormhout"]

# (kind, name template) - {p} = place
NL_ORGS = [
    ("dorpsraad", "Dorpsraad {p}"), ("feest", "Feestcomité {p}"), ("jeugd", "Chiro {p}"),
    ("jeugd", "KLJ {p}"), ("school", "Gemeentelijke Basisschool De Klimop"), ("school", "Ouderraad VBS Sint-Jozef"),
    ("sport", "Wielerclub De Heuvelrijders"), ("sport", "VV {p} Sportief"), ("senior", "OKRA {p}"),
    ("senior", "S-Plus {p}"), ("buurt", "Buurtcomité Het Leeuwke"), ("buurt", "Bewonersplatform {p}"),
    ("landbouw", "Landelijke Gilde {p}"), ("cultuur", "Toneelvereniging De Kapelle"), ("buurt", "vzw Samen Sterk {p}"),
    ("tuin", "Moestuingroep De Groene Vingers"), ("cultuur", "Heemkundige Kring {p}"), ("buurt", "Vrienden van de Molen vzw"),
]
FR_ORGS = [
    ("comite", "Comité des fêtes de {p}"), ("assoc", "Association Vivre à {p}"), ("jeunes", "Foyer des jeunes de {p}"),
    ("ecole", "Association des parents d'élèves de l'école Jules Ferry"), ("sport", "Union sportive {p}"),
    ("sport", "Les Cyclos des Monts"), ("aines", "Club des aînés « Les Tilleuls »"), ("assoc", "Amicale laïque de {p}"),
    ("jardin", "Les Jardins partagés du Kruysabel"), ("culture", "Cercle historique de {p}"),
    ("assoc", "Association Bien vivre au village"), ("culture", "Harmonie municipale de {p}"),
    ("assoc", "Collectif citoyen {p} en transition"), ("agri", "Les Producteurs du Houtland"),
]

NL_TITLES = [
    "Dorpsontmoetingspunt in de oude pastorie", "Samen tuinieren in de buurtmoestuin", "Buurtmeesters voor {p}",
    "Een lokale boerenmarkt op het dorpsplein", "Vrijwillige chauffeurs voor minder mobiele dorpsgenoten",
    "Speelplein voor iedereen", "Trage wegen in kaart", "Buurtfeest en bankjes langs de kerkwegel",
    "Het dorpscafé heropenen als coöperatie", "Ontmoetingsbank en boekenkast bij de bushalte",
    "Groene speelplaats voor de school en de buurt", "Fietsherstelpunt in de jeugdlokalen",
    "Dorpsenquête: wat heeft {p} nodig?", "Erfgoedwandeling langs de hoeves", "Repaircafé {p}",
    "Buurtkeuken in de parochiezaal", "Deelbibliotheek en telewerkhoek", "Herinrichting van het dorpsplein met de bewoners",
]
FR_TITLES = [
    "Un lieu de rencontre au cœur du village", "Jardin partagé intergénérationnel", "Marché de producteurs locaux à {p}",
    "Transport solidaire pour les personnes isolées", "Référents de rue à {p}", "Aire de jeux et de pique-nique",
    "Réouverture de l'estaminet du village", "Boîte à livres et bancs sur la place", "Chemins de randonnée du patrimoine",
    "Fête des voisins transfrontalière", "Atelier de réparation de vélos", "Enquête participative auprès des habitants",
    "Verger conservatoire communal", "Cuisine partagée à la salle des fêtes", "Espace de coworking rural",
    "Fresque participative sur le mur de l'école",
]
EN_TITLES = ["Community orchard and picnic area", "Village drop-in café for newcomers and residents",
             "Walking routes and benches around the village"]

NL_COSTS = ["Aankoop tuinmateriaal", "Stoelen en tafels", "Begeleiding participatie-expert", "Drukwerk en communicatie",
            "Organisatie bewonersavond", "Ontwerp landschapsarchitect", "Materiaal (hout, verf)", "Huur tent en geluid",
            "Zitbanken (3 st.)", "Enquête en verwerking", "Catering vrijwilligers", "Verzekering", "Plantgoed en zaaigoed",
            "Affiches en flyers", "Fietsgereedschap", "Kleine inrichting lokaal"]
FR_COSTS = ["Achat de matériel de jardinage", "Tables et chaises", "Accompagnement par un expert participation",
            "Impression et communication", "Organisation d'une réunion publique", "Étude paysagiste",
            "Matériaux (bois, peinture)", "Location chapiteau et sono", "Bancs (x3)", "Enquête auprès des habitants",
            "Buffet des bénévoles", "Assurance", "Plants et semences", "Affiches et flyers", "Outillage vélo",
            "Petit aménagement du local"]
EN_COSTS = ["Fruit trees and stakes", "Picnic tables", "Landscape architect", "Printing and leaflets",
            "Opening event", "Tools", "Benches (2)"]
