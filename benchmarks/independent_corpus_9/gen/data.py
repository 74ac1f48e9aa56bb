"""Invented people, groups, places and texts for corpus 9 (all names invented)."""

PLACES_BE = [
    ("Krombeke", "8972"), ("Proven", "8972"), ("Roesbrugge-Haringe", "8972"), ("Watou", "8978"),
    ("Reningelst", "8970"), ("Poperinge", "8970"), ("Elverdinge", "8906"), ("Vlamertinge", "8908"),
    ("Zillebeke", "8902"), ("Boezinge", "8904"), ("Passendale", "8980"), ("Zonnebeke", "8980"),
    ("Poelkapelle", "8920"), ("Langemark", "8920"), ("Woumen", "8600"), ("Esen", "8600"),
    ("Lo-Reninge", "8647"), ("Alveringem", "8690"), ("Hoogstade", "8690"), ("Oeren", "8690"),
    ("Stavele", "8691"), ("Beveren-aan-den-IJzer", "8691"), ("Westvleteren", "8640"),
    ("Oostvleteren", "8640"), ("Kemmel", "8956"), ("Dranouter", "8951"), ("Loker", "8958"),
    ("Wijtschate", "8953"), ("Mesen", "8957"), ("Geluwe", "8940"), ("Wervik", "8940"),
    ("Merkem", "8650"), ("Klerken", "8650"), ("Houthulst", "8650"), ("Avekapelle", "8630"),
    ("Bulskamp", "8630"), ("Veurne", "8630"), ("Oostduinkerke", "8670"), ("Adinkerke", "8660"),
    ("Leisele", "8691"), ("Koekelare", "8680"), ("Kortemark", "8610"),
]
PLACES_FR = [
    ("Bailleul", "59270"), ("Hazebrouck", "59190"), ("Steenvoorde", "59114"), ("Cassel", "59670"),
    ("Wormhout", "59470"), ("Bergues", "59380"), ("Hondschoote", "59122"), ("Bourbourg", "59630"),
    ("Esquelbecq", "59470"), ("Godewaersvelde", "59114"), ("Boeschepe", "59299"), ("Méteren", "59270"),
    ("Merris", "59270"), ("Caëstre", "59190"), ("Hondeghem", "59190"), ("Rexpoëde", "59122"),
    ("Bollezeele", "59470"), ("Steenwerck", "59181"), ("Nieppe", "59850"), ("Renescure", "59173"),
    ("Arnèke", "59285"), ("Zegerscappel", "59470"), ("Wylder", "59380"), ("Quaëdypre", "59380"),
    ("Killem", "59122"), ("Oost-Cappel", "59122"), ("Houtkerque", "59470"), ("Winnezeele", "59670"),
    ("Oxelaëre", "59670"), ("Sainte-Marie-Cappel", "59670"), ("Terdeghem", "59114"), ("Eecke", "59114"),
    ("Flêtre", "59270"), ("Blaringhem", "59173"), ("Morbecque", "59190"), ("Steenbecque", "59189"),
    ("Herzeele", "59470"), ("Socx", "59380"), ("Warhem", "59380"), ("Bambecque", "59470"),
    ("Ledringhem", "59470"), ("Estaires", "59940"),
]
# municipality for villages that are deelgemeenten (for 'gemeente' applicants)
GEMEENTE_OF = {"Krombeke": "Poperinge", "Proven": "Poperinge", "Watou": "Poperinge", "Reningelst": "Poperinge",
               "Elverdinge": "Ieper", "Vlamertinge": "Ieper", "Zillebeke": "Ieper", "Boezinge": "Ieper",
               "Passendale": "Zonnebeke", "Poelkapelle": "Langemark-Poelkapelle", "Woumen": "Diksmuide",
               "Esen": "Diksmuide", "Hoogstade": "Alveringem", "Oeren": "Alveringem", "Stavele": "Alveringem",
               "Beveren-aan-den-IJzer": "Alveringem", "Kemmel": "Heuvelland", "Dranouter": "Heuvelland",
               "Loker": "Heuvelland", "Wijtschate": "Heuvelland", "Merkem": "Houthulst", "Klerken": "Houthulst",
               "Avekapelle": "Veurne", "Bulskamp": "Veurne", "Leisele": "Alveringem",
               "Westvleteren": "Vleteren", "Oostvleteren": "Vleteren", "Oostduinkerke": "Koksijde",
               "Adinkerke": "De Panne", "Geluwe": "Wervik", "Roesbrugge-Haringe": "Poperinge",
               "Langemark": "Langemark-Poelkapelle"}
GEMEENTE_PC = {"Poperinge": "8970", "Ieper": "8900", "Zonnebeke": "8980", "Langemark-Poelkapelle": "8920",
               "Diksmuide": "8600", "Alveringem": "8690", "Heuvelland": "8950", "Houthulst": "8650",
               "Veurne": "8630", "Vleteren": "8640", "Koksijde": "8670", "De Panne": "8660", "Wervik": "8940"}

FIRST_NL = ["Jozef", "Marc", "Annick", "Griet", "Lieve", "Koen", "Sofie", "Bart", "Hilde", "Rita", "Dirk",
            "Els", "Pieter", "Wim", "Nele", "Stijn", "Marleen", "Frank", "Katrien", "Geert", "Mieke", "Luc",
            "Ria", "Noël", "Brecht", "Lotte", "Jens", "Ine", "Hendrik", "Machteld", "Filip", "Veerle"]
LAST_NL = ["Dewaele", "Vandenberghe", "Decock", "Vanneste", "Deprez", "Lermytte", "Vandamme", "Debruyne",
           "Feys", "Coutteau", "Vermeersch", "Seys", "Deschodt", "Verhaeghe", "Lobelle", "Dequidt", "Vanhee",
           "Vandecasteele", "Bultinck", "Cappoen", "Delanghe", "Vanlerberghe", "Dumon", "Boudry", "Ryckewaert",
           "Lahaye", "Vanbeselaere", "Deweerdt", "Goudeseune", "Huyghe", "Vandevoorde", "Sioen"]
FIRST_FR = ["Jean-Pierre", "Marie-Claude", "Sylvie", "Bernard", "Nathalie", "Christophe", "Isabelle",
            "Dominique", "Françoise", "Thierry", "Véronique", "Pascal", "Sandrine", "Hervé", "Martine",
            "Gérard", "Aurélie", "Ludovic", "Brigitte", "Régis", "Céline", "Michel", "Anne-Sophie", "Benoît",
            "Hélène", "Jérôme", "Odile", "Fabrice", "Émilie", "Didier"]
LAST_FR = ["Vandewalle", "Deswarte", "Lefebvre", "Dehondt", "Bollengier", "Cappelaere", "Delattre", "Devos",
           "Boone", "Dewitte", "Vanhaecke", "Leclercq", "Decroos", "Hennebelle", "Ryckebusch", "Goetghebeur",
           "Top", "Looten", "Vercoustre", "Beun", "Degrave", "Lamps", "Blanckaert", "Verstraete", "Delbende",
           "Wemaere", "Ducrocq", "Maerten", "Coppin", "Hollebecque"]
FIRST_EN = ["Sarah", "David", "Emma", "Tom", "Helen", "Richard", "Claire", "Andrew"]
LAST_EN = ["Whitfield", "Hughes", "Clarke", "Ashworth", "Pemberton", "Fairbairn", "Collins", "Marsh"]

STREETS_NL = ["Kerkstraat", "Dorpsstraat", "Ieperstraat", "Poperingseweg", "Kemmelbergweg", "Statiestraat",
              "Molenstraat", "Vlamingstraat", "Bruggestraat", "Zuidstraat", "Heirweg", "Veurnestraat",
              "Boeschepestraat", "Abeelseweg", "Lindenlaan", "Sint-Jansstraat", "Pastoriestraat", "Hoogstraat",
              "Kasteelstraat", "Zwijnlandstraat", "Provenplein", "Beekstraat", "Hofstraat", "Vijverstraat"]
STREETS_FR = ["rue Pasteur", "rue de la Gare", "place du Général de Gaulle", "rue de Cassel",
              "route d'Hazebrouck", "rue des Tilleuls", "chemin du Moulin", "rue Nationale", "rue Jean Jaurès",
              "impasse des Lilas", "rue de l'Église", "rue du Château", "rue des Écoles", "allée des Peupliers",
              "rue du Mont des Cats", "rue de Dunkerque", "rue Victor Hugo", "chemin des Prés", "rue de Bergues"]
STREETS_EN = STREETS_NL

ORGS_NL = [  # (pattern with {v}, role of chair, legal form)
    ("Dorpsraad {v}", "voorzitter"), ("Buurtcomité De Vierhoek", "voorzitter"),
    ("Feestcomité {v}", "voorzitter"), ("Chiro Sint-Jan {v}", "groepsleider"),
    ("Ouderraad VBS De Regenboog", "voorzitter"), ("OKRA {v}", "voorzitter"), ("KWB {v}", "voorzitter"),
    ("Femma {v}", "voorzitster"), ("VV {v} Sportief vzw", "voorzitter"), ("Vrienden van de Bib {v} vzw", "voorzitter"),
    ("Landelijke Gilde {v}", "voorzitter"), ("Gezinsbond {v}", "voorzitter"), ("Buurtwerking 't Hoekske vzw", "coördinator"),
    ("Speelpleinwerking Kiekeboe vzw", "voorzitter"), ("Dorpsraad {v} vzw", "secretaris"),
    ("Buurtcomité Kerkwijk", "voorzitter"), ("Ouderraad Gemeentelijke Basisschool {v}", "voorzitster"),
    ("Scouts en Gidsen {v}", "groepsleider"), ("Tennisclub De Linde {v} vzw", "voorzitter"),
    ("KVLV {v}", "voorzitster"),
]
ORGS_FR = [
    ("Comité des fêtes de {v}", "la présidente"), ("Association des parents d'élèves de l'école Jean Moulin", "le président"),
    ("Foyer rural de {v}", "le président"), ("Association de quartier du Pont-Rouge", "la présidente"),
    ("Les Jardins partagés de {v}", "le trésorier"), ("Amicale laïque de {v}", "le président"),
    ("Club de l'amitié de {v}", "la présidente"), ("Les Amis de la Médiathèque de {v}", "la présidente"),
    ("APE de l'école Sainte-Marie", "la présidente"), ("Association {v} Patrimoine", "le président"),
    ("Comité de quartier des Tilleuls", "le président"), ("Union sportive de {v}", "le président"),
    ("Les Jardins du Moulin", "la secrétaire"), ("Association Vivre à {v}", "le président"),
    ("Familles rurales de {v}", "la présidente"),
]
ORGS_EN = [("{v} International Residents' Club", "chair"), ("Friends of {v} Village Hall", "secretary"),
           ("{v} Walking Group", "coordinator")]

TITLES_NL = ["Buurtmoestuin De Kouter", "Dorpsontmoetingspunt in de oude pastorie", "Trage wegen rond {v}",
             "Samen aan tafel in {v}", "Boerenmarkt op het dorpsplein", "Speelbos voor de kinderen",
             "Buurtchauffeurs voor minder mobiele dorpsgenoten", "Een bank voor elke straat",
             "Straatmeesters in de Kerkwijk", "Repair Café {v}", "Dorpsbib met koffiehoek",
             "Ons dorpsplein terug gezellig", "Plukboomgaard achter de school", "Buurtfeest en dorpsenquête 2019",
             "Het Dorpshuis: een thuis voor iedereen", "Groene speelplaats De Regenboog",
             "Petanquebaan en ontmoetingsplek", "Wandelkaart met verhalen van vroeger", "Deelfietsen voor {v}",
             "Zitbanken langs de Kemmelbeek", "Buurthuis 't Hoekske vernieuwd", "Dorpsfeest Verbindt"]
TITLES_FR = ["Jardin partagé des Tilleuls", "Un café associatif au centre du village", "Fête des voisins 2019",
             "La navette solidaire", "Les bancs de l'amitié", "Marché de producteurs locaux",
             "Aire de jeux participative", "Le vieux lavoir revit", "Boîte à livres et coin lecture",
             "Atelier réparation et partage", "Verger conservatoire communal", "Place du village pour tous",
             "Sentier des mémoires de {v}", "Potager de l'école", "Mon quartier, ma fête",
             "Un local pour les jeunes de {v}", "Circuit vélo des estaminets", "Réveillons la place !",
             "Jardin des Cinq Sens", "Cinéma en plein air à {v}", "Troc de plantes et de graines"]
TITLES_EN = ["Community garden at the old school", "Village welcome pack for newcomers",
             "Bench and book exchange", "Walking paths map of {v}", "Village hall coffee mornings"]

DESC_NL = [
    "Het idee groeide tijdens onze jaarlijkse dorpsbabbel: veel mensen missen een plek om elkaar te ontmoeten.",
    "Met een kleine enquête bij alle bewoners (wij kregen meer dan 120 antwoorden) hebben we gepeild naar wat het dorp echt nodig heeft.",
    "We willen dit samen doen met de school, de KWB, de seniorenraad en de jeugdbeweging.",
    "Vrijwilligers uit de buurt nemen het onderhoud op zich; de gemeente stelt het terrein gratis ter beschikking.",
    "Er komen twee infoavonden in de parochiezaal en een werkdag waarop iedereen kan meehelpen.",
    "Zo willen we vooral ook de oudere inwoners en de nieuwe gezinnen in de verkaveling bereiken.",
    "Een landschapsarchitect helpt ons met het ontwerp, zodat het geheel past in het dorpszicht.",
    "Na de opstart zorgen we zelf voor de werking, met een vaste ploeg van een tiental vrijwilligers.",
]
DESC_FR = [
    "L'idée est née lors de la dernière fête du village : beaucoup d'habitants regrettent de ne plus avoir de lieu pour se rencontrer.",
    "Un petit questionnaire distribué dans toutes les boîtes aux lettres nous a donné plus de 90 réponses.",
    "Le projet est porté avec l'école, le club des aînés, la bibliothèque et la mairie.",
    "Les bénévoles du quartier assureront l'entretien ; la commune met le terrain à disposition gratuitement.",
    "Nous prévoyons deux réunions publiques à la salle des fêtes et une journée de chantier participatif.",
    "Nous souhaitons toucher en particulier les personnes âgées isolées et les nouvelles familles du lotissement.",
    "Un paysagiste nous accompagnera pour que l'aménagement s'intègre bien dans le village.",
    "Après le lancement, une équipe d'une dizaine de bénévoles fera vivre le projet.",
]
DESC_EN = [
    "The idea came up at our spring meeting: many residents, old and new, miss a place to meet.",
    "We asked every household in the village; more than 60 families answered our short survey.",
    "The project is run together with the primary school, the local council and the senior citizens' club.",
    "Volunteers from the village will look after it once it is up and running.",
]

COST_ITEMS_NL = ["Begeleiding participatie-expert", "Ontwerp landschapsarchitect", "Tuinmateriaal en zaden",
                 "Tafels en stoelen", "Drukwerk en communicatie", "Materiaal voor zitbanken", "Infoavond en receptie",
                 "Huur tent en podium", "Enquête en verwerking", "Speeltoestellen (klein)"]
COST_ITEMS_FR = ["Accompagnement participatif", "Étude paysagère", "Outils de jardinage et semences",
                 "Tables et chaises", "Impression et communication", "Bois pour les bancs", "Réunion publique et verre de l'amitié",
                 "Location chapiteau", "Questionnaire et dépouillement", "Petits jeux extérieurs"]
COST_ITEMS_EN = ["Facilitator for workshops", "Garden tools and seeds", "Tables and chairs", "Printing and leaflets",
                 "Opening event", "Materials for benches"]
