"""Test half (design B): 20 applications, other organisations, other wording, the same kinds of
carelessness as the dev half (slot n here mirrors the difficulty of slot n in dev)."""
from render_sheet import Num, Formula

PREFIX = "c41-test"


def bud(rows, total=None, own=None, other=None, req=None, **kw):
    d = dict(rows=rows, total=total, own=own, other=other, req=req)
    d.update(kw)
    return d


def T(org, contact, email, phone, address, postcode, municipality, country, title, req, total):
    return dict(organisation=org, contact_name=contact, email=email, phone=phone, address=address,
                postcode=postcode, municipality=municipality, country=country, project_title=title,
                requested_amount=req, total_budget=total)


RECORDS = [
# ---------------------------------------------------------------- 001
dict(fmt="pdf_form", variant="fillable", lang="fr", stamp=(2019, 5, 22, 20, 15, 0),
     attach="Fiche_projet_Carre_des_Huttes.pdf",
     mail=dict(from_name="Mathieu Carpentier", from_addr="mathieu.carpentier@example.com",
               date=(2019, 5, 22, 20, 30, 0), subject="Fiche projet - Le Carré des Huttes (Gravelines)",
               body="Bonsoir M. Polin,\n\nJe vous fais parvenir la fiche projet de notre comité, remplie directement "
                    "dans le PDF.\nRestant à votre disposition,\n\nMathieu Carpentier\n"),
     v=dict(org="Comité d'animation des Huttes", nr="RNA W595012288", iban="FR76 1027 8026 5400 0201 7745 132",
            street="6 rue des Islandais", pc="59820", city="Gravelines",
            contact="Mathieu Carpentier (président du Comité d'animation des Huttes)",
            phone="06.71.30.58.24", email="mathieu.carpentier@example.com",
            others="[nom] - trésorier - [tél.]\nAnnie Dequidt - secrétaire - 03 28 23 61 09",
            title="Le Carré des Huttes : une place pour se retrouver",
            location="parking désaffecté face à l'ancienne criée, quartier des Huttes",
            what="Transformer un parking inutilisé en petite place de quartier : bancs, tables, bacs plantés, un "
                 "espace de jeux pour les petits et un coin pétanque. Les habitants n'ont aujourd'hui aucun lieu "
                 "pour se retrouver dehors.",
            who="Ateliers de conception avec les habitants et une paysagiste, chantier de plantation, les "
                "pêcheurs retraités et l'école maternelle sont partants.",
            when="octobre 2019 - juin 2020", sig_name="M. Carpentier", sig_date="21/05/2019"),
     status=0, sessions=0,
     budget=bud([("Mobilier urbain (bancs, tables)", "4 650,00 €"), ("Plantations et bacs", "2 300,00 €"),
                 ("Architecte paysagiste (esquisse + suivi)", "3 900,00 €"),
                 ("Ateliers avec les habitants", "1 250,00 €"), ("Inauguration", "800,00 €")],
                total="12 900,00 EUR", own="2 400,00 €", other="Ville de Gravelines : 1 000 €",
                req="9 500,- €", min_rows=6),
     truth=T("Comité d'animation des Huttes", "Mathieu Carpentier", "mathieu.carpentier@example.com",
             "+33671305824", "6 rue des Islandais", "59820", "Gravelines", "FR",
             "Le Carré des Huttes : une place pour se retrouver", "9500.00", "12900.00")),
# ---------------------------------------------------------------- 002
dict(fmt="pdf_form", variant="printed", lang="nl", stamp=(2019, 5, 26, 21, 0, 0),
     attach="projectfiche fruithof Dranouter.pdf",
     mail=dict(from_name="Mieke Declerck", from_addr="mieke.declerck@example.org", date=(2019, 5, 26, 21, 18, 0),
               subject="Projectfiche Fruithof voor de buurt",
               body="Dag Jonas,\n\nHierbij ons projectidee voor het fruithof in Dranouter. Ik heb de antwoorden er met "
                    "de computer op getypt, niet altijd netjes in de vakjes, excuses daarvoor.\n\nGroeten,\n"
                    "Mieke Declerck\nBuurtvereniging Kriekenhof\n"),
     v=dict(org="Buurtvereniging Kriekenhof", nr="geen (feitelijke vereniging)", iban="BE20 0634 1178 5256",
            street="Kriekenhofstraat 5 8951 Dranouter", pc="", city="", contact="DECLERCK Mieke",
            phone="057.44.63.18", email="mieke.declerck@example.org",
            others="HOUTTEKIET Johan (penningmeester) 0497 20 11 84\nnog aan te vullen",
            title="Fruithof voor de buurt", location="weide naast de parochiezaal, Dranouter",
            what="We planten een hoogstamboomgaard met oude fruitrassen op een weide die de parochie ter "
                 "beschikking stelt. Iedereen uit de buurt mag er komen plukken; in het najaar houden we een "
                 "oogstfeest met appelpersen.",
            who="Infoavond in de parochiezaal, plantdag met de school, een boomgaardexpert begeleidt de "
                "snoeiploeg van vrijwilligers.",
            when="november 2019 - oktober 2020", sig_name="M. Declerck", sig_date="26 mei 2019"),
     m=dict(contact="beside", phone="beside", title="beside"),
     status=0, sessions=0,
     budget=bud([("Hoogstamfruitbomen en beschermkorven", "1.780 €"), ("Tuingereedschap", "1.020 €"),
                 ("Haag en poortje", "2.400 €"), ("Advies boomgaardexpert", "3.100 €"), ("Plantfeest", "700 €")],
                total="", own="1.500 €", other="geen", req="7.500€"),
     truth=T("Buurtvereniging Kriekenhof", "Mieke Declerck", "mieke.declerck@example.org", "+3257446318",
             "Kriekenhofstraat 5", "8951", "Dranouter", "BE", "Fruithof voor de buurt", "7500.00", "9000.00")),
# ---------------------------------------------------------------- 003
dict(fmt="docx_form", variant="table", lang="fr", stamp=(2019, 6, 2, 16, 0, 0),
     attach="Fiche projet Dunes du Nord.docx",
     mail=dict(from_name="Jacqueline Moreau", from_addr="jacqueline.moreau@example.com", date=(2019, 6, 2, 16, 22, 0),
               subject="fiche projet boîte à partage - Bray-Dunes",
               body="Bonjour,\n\nVoici notre fiche projet. Je me suis trompée de case pour le téléphone, il est noté "
                    "tout en bas dans la rubrique E2.\n\nBien à vous,\nJacqueline Moreau\n"
                    "Comité de quartier Les Dunes du Nord\n"),
     v=dict(org="Comité de quartier Les Dunes du Nord", nr="association loi 1901 - RNA W595009934",
            iban="FR76 1027 8026 1100 0208 6633 145", street="14 avenue des Goélands", pc="59123", city="Bray-Dunes",
            contact="jacqueline moreau",
            phone="jacqueline.moreau@example.com (erreur de case, voir ci-dessous)",
            email="jacqueline.moreau@example.com",
            others="Nom + prénom - fonction - tél.\nPatrick Leclercq - président - 06 95 72 18 06",
            title="Une boîte à partage et un banc-bibliothèque sur la digue",
            location="digue de mer, à hauteur du poste de secours central, Bray-Dunes",
            what="Installer sur la digue des boîtes à livres et à objets en bois et des bancs-bibliothèques, "
                 "entretenus par les habitants, avec des lectures pour enfants le mercredi en été.",
            who="Résidents à l'année et propriétaires de résidences secondaires, la médiathèque, l'école primaire "
                "et un club de lecture de La Panne, de l'autre côté de la frontière.",
            when="mars - septembre 2020",
            remarks="Tél. : 03 28 26 44 79 (fixe, Jacqueline)", sig_name="jacqueline moreau",
            sig_date="le 2 juin 2019"),
     m=dict(contact="inlabel"), status=0, sessions=1,
     budget=bud([("Boîtes à livres (menuiserie)", "3 200"), ("Bancs-bibliothèques", "4 150"),
                 ("Animation lecture pour enfants", "1 900"), ("Communication bilingue", "2 650")],
                total="environ 12 000 €", own="bénévolat", other="Mairie de Bray-Dunes : 1 500 (demandé)",
                req="8 000 euros"),
     truth=T("Comité de quartier Les Dunes du Nord", "Jacqueline Moreau", "jacqueline.moreau@example.com",
             "+33328264479", "14 avenue des Goélands", "59123", "Bray-Dunes", "FR",
             "Une boîte à partage et un banc-bibliothèque sur la digue", "8000.00", "12000.00")),
# ---------------------------------------------------------------- 004
dict(fmt="docx_form", variant="lines", lang="nl", stamp=(2019, 6, 9, 22, 10, 0),
     attach="projectfiche_buurthuis_verloren_hoek.docx",
     mail=dict(from_name="Tom Vandenberghe", from_addr="tom.vandenberghe@example.org", date=(2019, 6, 9, 22, 24, 0),
               subject="Projectfiche Buurthuis De Verloren Hoek",
               body="Dag Jonas,\n\nHierbij onze projectfiche. Mijn e-mailadres staat er niet in, dat is "
                    "tom.vandenberghe@example.org.\n\nTom\n"),
     v=dict(org="Vzw Buurthuis De Verloren Hoek", nr="0734.118.052", iban="",
            street="Verlorenhoekstraat 88\n8902 Zillebeke", pc="", city="", contact="Tom Vandenberghe",
            phone="0468 27 51 94", email="", others="Naam + voornaam - functie - tel.",
            title="Buurthuis De Verloren Hoek: elke zondag open",
            location="oude klas van de voormalige dorpsschool, Zillebeke",
            what="In de leegstaande klas van de oude dorpsschool openen we een buurthuis, elke zondagvoormiddag "
                 "en op woensdagnamiddag, met koffie, kranten, een speelhoek en af en toe een voordracht.",
            who="Buurtbevraging aan huis, twee sessies met een participatiebegeleider, afspraken met de "
                "ziekenzorg en de jeugdbeweging.",
            when="oktober 2019 - september 2020", sig_name="T. Vandenberghe", sig_date="9 juni 2019"),
     status=1, sessions=0,
     budget=bud([("Schilderwerken en elektriciteit", "4.350,00"), ("Meubilair (tafels, stoelen, toog)", "3.900,00"),
                 ("Koffiemachine en keukenmateriaal", "1.650,00"), ("Begeleiding participatie", "2.250,00"),
                 ("Communicatie en opening", "1.850,00")],
                total="14.000,00 EUR", own="2.500,00 EUR", other="Stad Ieper: 2.000 EUR",
                req="9.500,00 EUR (negenduizend vijfhonderd euro)"),
     truth=T("Vzw Buurthuis De Verloren Hoek", "Tom Vandenberghe", "tom.vandenberghe@example.org", "+32468275194",
             "Verlorenhoekstraat 88", "8902", "Zillebeke", "BE", "Buurthuis De Verloren Hoek: elke zondag open",
             "9500.00", "14000.00")),
# ---------------------------------------------------------------- 005
dict(fmt="pdf_letter", lang="fr", stamp=(2019, 6, 15, 9, 0, 0), attach="Lettre Meteren Entraide.pdf",
     mail=dict(from_name="Sandrine Vasseur", from_addr="sandrine.vasseur@example.net", date=(2019, 6, 15, 9, 14, 0),
               subject="Appel Partons 2.0 - Méteren Entraide",
               body="Bonjour,\n\nNotre lettre de candidature est en pièce jointe. Désolée pour le délai.\n\n"
                    "Sandrine\n"),
     letter=dict(head=["Sandrine Vasseur", "4 rue du Calvaire - 59270 Méteren"],
                 to=["À l'attention de M. Jonas Polin", "Provincie West-Vlaanderen", "Woumenweg 100, 8600 Diksmuide"],
                 place_date="Méteren, le 15 juin 2019",
                 subject="Objet : idée de projet « Le bus des aînés de Méteren »",
                 salute="Monsieur Polin,",
                 paras=["Pardon pour cet envoi de dernière minute. Avec l'association Méteren Entraide, nous voulons "
                        "organiser un réseau de chauffeurs bénévoles qui conduisent les personnes âgées ou sans "
                        "voiture au marché de Bailleul, chez le médecin ou à la pharmacie.",
                        "Nous avons déjà une dizaine de chauffeurs volontaires. Il nous faut une plateforme de "
                        "réservation simple, une assurance, des réunions d'information dans les hameaux et un peu "
                        "de communication.",
                        "Nous demandons 6 500 € (six mille cinq cents euros). Le budget complet n'est pas encore "
                        "arrêté : nous attendons le devis de l'assureur.",
                        "Pour information, la mairie nous a déjà versé 800 € l'an dernier pour notre repas des "
                        "aînés, cela n'a rien à voir avec ce projet.",
                        "Nous serons présents aux rencontres du 26 septembre et du 7 novembre."],
                 close="Bien à vous,",
                 sig=["Sandrine Vasseur", "secrétaire de Méteren Entraide", "sandrine.vasseur@example.net"],
                 ps=["PS : mon portable, c'est le 07 62 18 45 30. Notre président, M. Gilles Dumortier, est au "
                     "03 28 49 60 12."]),
     truth=T("Méteren Entraide", "Sandrine Vasseur", "sandrine.vasseur@example.net", "+33762184530",
             "4 rue du Calvaire", "59270", "Méteren", "FR", "Le bus des aînés de Méteren", "6500.00", None)),
# ---------------------------------------------------------------- 006
dict(fmt="odt_form", lang="nl", stamp=(2019, 6, 7, 19, 40, 0), attach="Projectfiche Ten Berg Geluwe.odt",
     mail=dict(from_name="Griet Vandenbroucke", from_addr="griet.vandenbroucke@example.org",
               date=(2019, 6, 7, 19, 52, 0), subject="Projectfiche Zomerbar Geluwe",
               body="Hallo,\n\nIn bijlage de projectfiche van ons buurtcomité. Een paar dingen heb ik doorgehaald en "
                    "verbeterd, de juiste gegevens staan erachter.\n\nGriet Vandenbroucke\n0494 67 21 08\n"),
     v=dict(org="Buurtcomité Ten Berg Geluwe", nr="~~0812.334.119~~ geen, feitelijke vereniging",
            iban="BE96 7310 4422 1805", street="Tenbergstraat 27", pc="8940", city="Geluwe",
            contact="VANDENBROUCKE Griet", phone="~~056 51 38 20~~ 0494 67 21 08",
            email="~~griet.vdb@example.org~~ griet.vandenbroucke@example.org",
            others="DECOCK Filip - voorzitter - 056 51 38 20\nxx", title="Zomerbar op het pleintje",
            location="pleintje op de hoek van de Tenbergstraat, Geluwe",
            what="Vier zomerse weekends een buurtbar op het pleintje, met optredens van muzikanten uit de streek, "
                 "spelletjes voor de kinderen en hapjes van de lokale handelaars. Ook de Franse buren van over de "
                 "grens worden uitgenodigd.",
            who="Het buurtcomité, de handelaars van de straat, de muziekschool en een vereniging uit "
                "Wervicq-Sud.",
            when="juli - augustus 2020",
            remarks="Griet is bereikbaar op +32 494 67 21 08 (na 18u).",
            sig_name="G. Vandenbroucke", sig_date="07-06-2019"),
     status=0, sessions=0,
     budget=bud([("Huur tent en podium", "3.450"), ("Meubilair en vlonders", "2.200"),
                 ("Optredens lokale muzikanten", "2.650"), ("Verzekering / veiligheid", "1.100"),
                 ("Tweetalige affiches", "1.400")],
                total="10.080", own="1.580", other="stad Wervik: 1.500 (aangevraagd)", req="7.000"),
     truth=T("Buurtcomité Ten Berg Geluwe", "Griet Vandenbroucke", "griet.vandenbroucke@example.org",
             "+32494672108", "Tenbergstraat 27", "8940", "Geluwe", "BE", "Zomerbar op het pleintje", "7000.00",
             "10080.00")),
# ---------------------------------------------------------------- 007
dict(fmt="xlsx_form", lang="fr", stamp=(2019, 5, 29, 10, 0, 0), attach="Fiche projet Cassel Demain.xlsx",
     mail=dict(from_name="Céline Hochart", from_addr="celine.hochart@example.org", date=(2019, 5, 29, 10, 16, 0),
               subject="Candidature Partons 2.0 - Cassel Demain",
               body="Bonjour,\n\nJe vous transmets le tableau de candidature de l'association Cassel Demain. Le "
                    "référent du dossier est notre président, Bruno Vandewalle (coordonnées dans le fichier).\n\n"
                    "Cordialement,\nCéline Hochart\nSecrétaire\n06 17 83 42 55\n"),
     v=dict(org="Association Cassel Demain", nr="SIRET 882 410 776 00014", iban="FR76 1562 9027 0100 0312 4458 061",
            street="11 rue des Meuniers", pc="59670", city="Cassel", contact="Bruno Vandewalle",
            phone="03 28 42 71 96", email="bruno.vandewalle@example.com",
            others="Céline Hochart - secrétaire - 06 17 83 42 55", title="Un marché de producteurs au pied du mont",
            location="Grand'Place de Cassel",
            what="Un marché mensuel de producteurs locaux, avec un stand café tenu par des bénévoles pour que les "
                 "habitants se retrouvent. Il n'y a plus d'épicerie dans le haut du bourg.",
            who="Concertation avec les producteurs et les habitants, appui de l'office de tourisme, les "
                "bénévoles de l'association tiennent le stand.",
            when="premier marché en avril 2020", sig_name="B. Vandewalle", sig_date="29/05/2019"),
     status=0, sessions=0,
     budget=bud([("Barnums et tables", Num(2450, "2 450,00")), ("Raccordement électrique", Num(1720, "1 720,00")),
                 ("Communication : affiches, banderoles", Num(980, "980,00")),
                 ("Journée de lancement", Num(650, "650,00")),
                 ("Concertation producteurs et habitants", Num(1600, "1 600,00"))],
                total=Formula(), own=Num(1200, "1 200,00"), other="aucune", req=Num(6200, "6 200,00"), min_rows=5),
     truth=T("Association Cassel Demain", "Bruno Vandewalle", "bruno.vandewalle@example.com", "+33328427196",
             "11 rue des Meuniers", "59670", "Cassel", "FR", "Un marché de producteurs au pied du mont", "6200.00",
             "7400.00")),
# ---------------------------------------------------------------- 008
dict(fmt="pdf_form", variant="fillable", lang="nl", stamp=(2019, 6, 3, 8, 40, 0),
     attach="Projectfiche Provense Stappers.pdf",
     mail=dict(from_name="Nele Vanlerberghe", from_addr="nele.vanlerberghe@example.net", date=(2019, 6, 3, 8, 55, 0),
               subject="Projectfiche trage wegen Proven",
               body="Goedemorgen,\n\nIn bijlage onze projectfiche voor de oproep.\nVriendelijke groet,\n\n"
                    "Nele Vanlerberghe\nWandelclub De Provense Stappers\n"),
     v=dict(org="Vzw Wandelclub De Provense Stappers", nr="xx", iban="BE xx",
            street="Abeelseweg 31\n8972 Proven", pc="zie hoger", city="", contact="Nele Vanlerberghe",
            phone="zie hieronder", email="nele.vanlerberghe@example.net", others="Naam - functie - tel.",
            title="Trage wegen rond Proven: bewegwijzering en rustbanken",
            location="trage wegen tussen Proven, Roesbrugge en de Franse grens",
            what="We bewegwijzeren een lus van trage wegen rond het dorp, zetten eiken rustbanken op de mooiste "
                 "plekjes en maken een kleine wandelkaart. Veel oudere inwoners wandelen niet meer omdat er "
                 "nergens een bank staat.",
            who="Verkenningswandelingen met bewoners, de school tekent de bordjes, de wandelclub onderhoudt de "
                "route.",
            when="oktober 2019 - mei 2020",
            remarks="Gsm Nele: 0491 37 80 26. (Het nummer 057 33 40 04 is dat van de gemeente, dienst vrije tijd.)",
            sig_name="Nele Vanlerberghe", sig_date="3/6/2019"),
     street_lines=2, status=1, sessions=1,
     budget=bud([("Wegwijzers en paaltjes", "2.150 €"), ("Eiken rustbanken", "3.600 €"), ("Wandelkaart", "1.450 €"),
                 ("Openingswandeling", "950 €")],
                total="8.150 €", own="700 € + vrijwilligerswerk", other="gemeente Poperinge: 1.450 €",
                req="ca. 6.000 euro"),
     truth=T("Vzw Wandelclub De Provense Stappers", "Nele Vanlerberghe", "nele.vanlerberghe@example.net",
             "+32491378026", "Abeelseweg 31", "8972", "Proven", "BE",
             "Trage wegen rond Proven: bewegwijzering en rustbanken", "6000.00", "8150.00")),
# ---------------------------------------------------------------- 009
dict(fmt="docx_form", variant="table", lang="fr", stamp=(2019, 6, 11, 22, 30, 0),
     attach="fiche potager presbytere.docx",
     mail=dict(from_name="Sophie Dewitte", from_addr="sophie.dewitte@example.net", date=(2019, 6, 11, 22, 41, 0),
               subject="Dossier potager partagé Esquelbecq",
               body="Bonjour,\n\nJ'envoie le dossier pour Olivier, qui n'a pas le temps ce soir. Notre collectif "
                    "s'appelle « Les Jardiniers du Presbytère », il a oublié de l'écrire dans la fiche. Pour toute "
                    "question, c'est Olivier qu'il faut appeler.\n\nBonne soirée,\nSophie Dewitte\n"),
     v=dict(org="[nom de l'association]", nr="", iban="FR76 1670 6000 3153 9002 1144 018",
            street="23 bis rue des Saules", pc="59470", city="Esquelbecq", contact="Lambin Olivier",
            phone="06 28 15 93 47", email="olivier.lambin@example.org",
            others="Sophie Dewitte (compagne) - 06 90 12 44 38", title="Potager partagé derrière le presbytère",
            location="jardin du presbytère, Esquelbecq",
            what="Le jardin du presbytère est à l'abandon. Nous voulons en faire un potager partagé avec des "
                 "bacs surélevés accessibles aux personnes âgées et en fauteuil, une cabane à outils et un "
                 "récupérateur d'eau de pluie.",
            who="Journées portes ouvertes, ateliers avec une maraîchère, partenariat avec l'EHPAD voisin.",
            when="octobre 2019 - septembre 2020", sig_name="Olivier Lambin", sig_date="11/06/19"),
     status=1, sessions=0,
     budget=bud([("Terrassement et compost", "1 650€"), ("Cabane à outils + récupérateur d'eau", "3 400€"),
                 ("Outils", "1 100€"), ("Bacs surélevés accessibles", "2 250€"), ("Ateliers jardinage", "1 400€"),
                 ("Fête d'ouverture", "1 000€")],
                total="10 800 €", own="3 300€ (travail bénévole)", other="/", req="7500€"),
     truth=T("Les Jardiniers du Presbytère", "Olivier Lambin", "olivier.lambin@example.org", "+33628159347",
             "23 bis rue des Saules", "59470", "Esquelbecq", "FR", "Potager partagé derrière le presbytère",
             "7500.00", "10800.00")),
# ---------------------------------------------------------------- 010
dict(fmt="pdf_form", variant="printed", lang="fr", stamp=(2019, 6, 5, 13, 0, 0),
     attach="fiche-projet-jardin-enfants.pdf",
     mail=dict(from_name="Aurélie Duhamel", from_addr="aurelie.duhamel@example.com", date=(2019, 6, 5, 13, 9, 0),
               subject="Fiche projet Godewaersvelde Accueille",
               body="Bonjour Monsieur Polin,\n\nVous trouverez notre fiche projet en pièce jointe (complétée sur "
                    "ordinateur, pas toujours dans les bonnes cases...).\n\nAurélie Duhamel\n"),
     v=dict(org="Association Godewaersvelde Accueille", nr="RNA W594008812",
            iban="FR76 1027 8026 6500 0204 5510 177", street="31 rue des Houblons", pc="59114",
            city="Godewaersvelde", contact="DUHAMEL Aurélie", phone="03 28 42 55 61",
            email="aurelie.duhamel@example.com", others=".....",
            title="Un jardin d'enfants au coeur du village",
            location="terrain derrière la salle des fêtes, Godewaersvelde",
            what="Un espace de jeux en bois pour les petits, avec des bancs à l'ombre pour les parents et "
                 "grands-parents. Les familles arrivées récemment au village ne connaissent personne.",
            who="Réunion avec les assistantes maternelles, les parents d'élèves et le club des aînés, chantier "
                "participatif pour les plantations.",
            when="octobre 2019 - juillet 2020", sig_name="Aurélie Duhamel", sig_date="5 juin 2019"),
     m=dict(contact="inlabel", phone="inlabel", email="inlabel", title="inlabel"), status=0, sessions=0,
     budget=bud([("Jeux et structures en bois", "3 300,00"), ("Sol amortissant", "1 250,00"),
                 ("Clôture et portillon", "2 650,00"), ("Accompagnement par une paysagiste", "3 800,00"),
                 ("Fête d'ouverture", "1 400,00")],
                total="12 400,00", own="3 400,00", other="", req="9 000"),
     truth=T("Association Godewaersvelde Accueille", "Aurélie Duhamel", "aurelie.duhamel@example.com",
             "+33328425561", "31 rue des Houblons", "59114", "Godewaersvelde", "FR",
             "Un jardin d'enfants au coeur du village", "9000.00", "12400.00")),
# ---------------------------------------------------------------- 011
dict(fmt="ods_form", lang="nl", stamp=(2019, 6, 14, 16, 0, 0), attach="projectfiche Beveren Bruist.ods",
     mail=dict(from_name="Lotte Goderis", from_addr="lotte.goderis@example.com", date=(2019, 6, 14, 16, 11, 0),
               subject="Projectfiche Beveren Bruist - natuurpad",
               body="Beste Jonas,\n\nHierbij de projectfiche van Beveren Bruist, ingevuld in LibreOffice Calc.\n\n"
                    "Met vriendelijke groeten,\nLotte\n"),
     v=dict(org="Dorpsvereniging Beveren Bruist", nr="feitelijke vereniging", iban="nog te openen",
            street="Vaartstraat 17", pc="8691", city="Beveren-aan-den-IJzer", contact="goderis lotte",
            phone="058 29 14 63", email="lotte.goderis@example.com",
            others="Jens Verhelst - penningmeester - 0478 90 33 12",
            title="Natuurpad en bijenhotels langs de IJzer",
            location="oever van de IJzer, tussen de brug en de kerk",
            what="Een natuurpad langs de IJzer met infoborden over planten en dieren, bijenhotels en nestkasten, "
                 "aangelegd tijdens werkdagen met de buurt.",
            who="Wandeling met een ecoloog, werkdagen op zaterdag, samenwerking met de Natuurpunt-afdeling en de "
                "school.",
            when="voorjaar 2020", sig_name="Lotte Goderis", sig_date="14/06/2019"),
     status=0, sessions=1,
     budget=bud([("Studie door ecoloog", Num(2250, "2.250,00")), ("Infoborden", Num(1700, "1.700,00")),
                 ("Bijenhotels en nestkasten", Num(820, "820,00")),
                 ("Werkdagen met de buurt (materiaal)", Num(1330, "1.330,00")),
                 ("Openingsfeest", Num(900, "900,00"))],
                total=Num(7000, "7.000,00"), own=Num(1400, "1.400,00"), other="0", req=Num(5600, "5.600,00"),
                min_rows=5),
     truth=T("Dorpsvereniging Beveren Bruist", "Lotte Goderis", "lotte.goderis@example.com", "+3258291463",
             "Vaartstraat 17", "8691", "Beveren-aan-den-IJzer", "BE", "Natuurpad en bijenhotels langs de IJzer",
             "5600.00", "7000.00")),
# ---------------------------------------------------------------- 012
dict(fmt="pdf_letter", lang="nl", stamp=(2019, 6, 12, 17, 30, 0), attach="brief Dikkebus in bloei.pdf",
     mail=dict(from_name="Dirk Soenen", from_addr="dirk.soenen@example.com", date=(2019, 6, 12, 17, 44, 0),
               cc=[("Karolien Dewaele", "karolien.dewaele@example.org")],
               subject="Projectidee Dikkebus in bloei",
               body="Beste heer Polin,\n\nIn bijlage onze brief. Karolien (in cc) volgt het dossier verder op.\n\n"
                    "Groeten,\nDirk Soenen\nvoorzitter Buurtwerking Dikkebus-Vijver\n"),
     letter=dict(head=["Buurtwerking Dikkebus-Vijver", "p/a Vijverstraat 6, 8900 Dikkebus"],
                 to=["Provincie West-Vlaanderen", "t.a.v. Jonas Polin", "Woumenweg 100", "8600 Diksmuide"],
                 place_date="Dikkebus, 12 juni 2019",
                 subject="Betreft: projectidee 'Dikkebus in bloei'",
                 salute="Beste heer Polin,",
                 paras=["Wat later dan gepland, maar hier is ons projectidee. Met de buurtwerking willen we de "
                        "gevels, pleintjes en bermen in het centrum van Dikkebus samen met de bewoners laten "
                        "opfleuren: zaaiworkshops, bloembakken in bruikleen, een wedstrijd 'mooiste geveltuin' en "
                        "een slotfeest in september.",
                        "We richten ons vooral op de straten rond de kerk en de vijver, waar veel alleenstaande "
                        "ouderen wonen. Het dienstencentrum en de basisschool doen mee.",
                        "De totale kosten schatten we op ca. 15.000 euro (materiaal, planten, bloembakken, "
                        "begeleiding, communicatie). Aan Partons 2.0 vragen we 8.000 euro; de stad Ieper zegde "
                        "3.000 euro toe, de rest komt uit eigen middelen.",
                        "Aanspreekpunt voor het dossier is onze secretaris, Karolien Dewaele (0471 24 63 85, "
                        "karolien.dewaele@example.org). Zij volgt ook de uitwisselingssessies."],
                 close="Met vriendelijke groeten,",
                 sig=["Dirk Soenen", "voorzitter", "057 20 48 11"]),
     truth=T("Buurtwerking Dikkebus-Vijver", "Karolien Dewaele", "karolien.dewaele@example.org", "+32471246385",
             "Vijverstraat 6", "8900", "Dikkebus", "BE", "Dikkebus in bloei", "8000.00", "15000.00")),
# ---------------------------------------------------------------- 013
dict(fmt="docx_form", variant="lines", lang="fr", stamp=(2019, 5, 30, 14, 0, 0),
     attach="Fiche projet Cercle des Aînés Adinkerke.docx",
     mail=dict(from_name="Monique Vercruysse", from_addr="monique.vercruysse@example.net",
               date=(2019, 5, 30, 14, 20, 0), subject="Partons 2.0 - après-midis jeux Adinkerke",
               body="Bonjour Monsieur Polin,\n\nVoici notre fiche. J'ai oublié d'indiquer mon numéro de téléphone : "
                    "vous pouvez m'appeler au 0475 36 92 14.\n\nBien cordialement,\nMonique Vercruysse\n"),
     v=dict(org="Cercle des Aînés d'Adinkerke (asbl)", nr="0459.227.614", iban="", street="Duinhoekstraat 40",
            pc="8660", city="Adinkerke", contact="Monique Vercruysse", phone="", email="monique.vercruysse@example.net",
            others="Roger Delanghe - président - 058 42 19 70", title="Les après-midis jeux et tartines",
            location="salle paroissiale d'Adinkerke",
            what="Deux après-midis par mois, jeux de société, cartes et goûter pour les aînés du village, "
                 "francophones et néerlandophones, avec des enfants de l'école pendant les vacances.",
            who="Les bénévoles du cercle, l'école communale, le service des aînés de la commune.",
            when="septembre 2019 - juin 2020", sig_name="Nom + prénom", sig_date="Adinkerke, 30 mai 2019"),
     status=4, sessions=0,
     budget=bud([("Animateurs et intervenants", "3 950 EUR"), ("Location de salle et café", "2 450 EUR"),
                 ("Jeux de société et matériel", "1 600 EUR"), ("Excursion à Dunkerque", "3 200 EUR"),
                 ("Communication", "1 300 EUR")],
                total="12 500 EUR", own="1 700 EUR", other="Commune de De Panne : 2 000 EUR (demandée)",
                req="huit mille huit cents euros (8 800 EUR)"),
     truth=T("Cercle des Aînés d'Adinkerke", "Monique Vercruysse", "monique.vercruysse@example.net", "+32475369214",
             "Duinhoekstraat 40", "8660", "Adinkerke", "BE", "Les après-midis jeux et tartines", "8800.00",
             "12500.00")),
# ---------------------------------------------------------------- 014
dict(fmt="pdf_form", variant="fillable", lang="fr", stamp=(2019, 5, 24, 21, 30, 0), attach="fiche APE Tilleuls.pdf",
     mail=dict(from_name="Karine Devos", from_addr="karine.devos@example.org", date=(2019, 5, 24, 21, 37, 0),
               subject="fiche projet cour d'école",
               body="Bonsoir,\nci-joint notre fiche pour la cour d'école.\nKarine\n"),
     v=dict(org="voir référent", nr="", iban="FR76 3000 3021 5400 0507 2218 846", street="14 rue des Brasseurs",
            pc="59190", city="Hazebrouck",
            contact="Karine Devos (présidente de l'APE de l'école des Tilleuls)", phone="karine.devos@example.org",
            email="06 35 72 18 49", others="Julien Bailleul (trésorier) 06 41 09 87 23",
            title="Une cour d'école ouverte après la classe", location="cour de l'école des Tilleuls, Hazebrouck",
            what="Végétaliser la cour de l'école et l'ouvrir après la classe et le samedi à tous les enfants du "
                 "quartier : jeux, arbres, bancs et tables de pique-nique.",
            who="Conseil des enfants, questionnaire aux familles et aux voisins, journée de travaux avec les "
                "parents et grands-parents.",
            when="été 2019 - printemps 2020", remarks="Désolée, téléphone et courriel inversés dans les cases !",
            sig_name="Karine Devos", sig_date="24/05/2019"),
     status=0, sessions=0,
     budget=bud([("Jeux et filets", "5 600"), ("Végétalisation et arbres", "3 400"),
                 ("Bancs et tables de pique-nique", "2 050"), ("Fête d'ouverture", "700"), ("Panneaux horaires", "900")],
                total="12 650 € (douze mille six cent cinquante euros)", own="1 150",
                other="Ville d'Hazebrouck 2 000", req="9500"),
     truth=T("APE de l'école des Tilleuls", "Karine Devos", "karine.devos@example.org", "+33635721849",
             "14 rue des Brasseurs", "59190", "Hazebrouck", "FR", "Une cour d'école ouverte après la classe",
             "9500.00", "12650.00")),
# ---------------------------------------------------------------- 015
dict(fmt="odt_form", lang="fr", stamp=(2019, 6, 12, 18, 0, 0), attach="fiche voisins-relais.odt",
     mail=dict(from_name="Claire Bouchez", from_addr="claire.bouchez@example.com", date=(2019, 6, 12, 18, 10, 0),
               subject="voisins-relais Rexpoede",
               body="Bonjour Monsieur Polin,\n\nci-joint la fiche du collectif.\n\nclaire\n"),
     v=dict(org="Collectif des Habitants du Lotissement des Peupliers", nr="collectif informel", iban="",
            street="8 allée des Peupliers, 59122 Rexpoede", pc="", city="", contact="claire bouchez",
            phone="....", email="claire.bouchez@example.com",
            others="xx\nvincent degrave - trésorier - 06 72 45 18 30",
            title="Des voisins-relais dans le lotissement", location="lotissement des Peupliers, Rexpoede",
            what="Dans chaque rue du lotissement, un voisin-relais accueille les nouveaux arrivants et oriente "
                 "ceux qui ont besoin d'aide vers la bonne personne ou le bon service. Un petit journal et des "
                 "moments d'accueil complètent le dispositif.",
            who="Groupe de huit habitants, la mairie et le CCAS, le bailleur social.",
            when="septembre 2019 - juin 2020", sig_name="claire bouchez", sig_date="12 juin 2019"),
     status=1, sessions=0,
     budget=bud([("Formation des voisins-relais", "1 700"), ("Badges, gilets et sacoches", "1 050"),
                 ("Petit journal du lotissement", "2 250"), ("Accueil des nouveaux habitants", "1 300"),
                 ("Barbecue des voisins", "1 400")],
                total="7 700", own="2 900", other="/", req="4 800 euros"),
     truth=T("Collectif des Habitants du Lotissement des Peupliers", "Claire Bouchez", "claire.bouchez@example.com",
             None, "8 allée des Peupliers", "59122", "Rexpoede", "FR", "Des voisins-relais dans le lotissement",
             "4800.00", "7700.00")),
# ---------------------------------------------------------------- 016
dict(fmt="pdf_form", variant="printed", lang="nl", stamp=(2019, 6, 15, 17, 0, 0), attach="Projectfiche_Hoppepad.pdf",
     mail=dict(from_name="Ruben Maertens", from_addr="ruben.maertens@example.net", date=(2019, 6, 15, 17, 26, 0),
               subject="Projectfiche repaircafé Poperinge",
               body="Dag Jonas,\n\nNet op tijd: onze projectfiche voor het repaircafé.\n\nRuben Maertens\n"
                    "vzw Het Hoppepad\n"),
     v=dict(org="Vzw Het Hoppepad", nr="vzw 0886.512.347", iban="", street="Hopstraat 19", pc="B-8970",
            city="Poperinge", contact="MAERTENS Ruben", phone="+32 (0)57 33 81 46",
            email="ruben.maertens@example.net",
            others="Naam + voornaam - functie - tel.\nDEBRUYNE Els - voorzitter - 0486 44 19 02",
            title="Repaircafé en gereedschapsbib", location="achterbouw van de oude hopeest, Hopstraat, Poperinge",
            what="Elke maand een repaircafé waar vrijwilligers samen met bewoners kleding, fietsen en toestellen "
                 "herstellen, en een gereedschapsbib waar je gereedschap ontleent in plaats van koopt.",
            who="Oproep aan handige buren, samenwerking met de technische school, zaterdagvoormiddag open.",
            when="januari - december 2020", sig_name="Ruben Maertens", sig_date="15/06/2019"),
     status=1, sessions=0,
     budget=bud([("Gereedschap (boormachines, naaimachines...)", "4.150 €"), ("Inrichting werkplaats", "3.250 €"),
                 ("Opleiding vrijwillige herstellers", "1.650 €"), ("Communicatie", "1.050 €"),
                 ("Verzekering eerste jaar", "1.600 €")],
                total="11.700 €", own="1.200 €", other="stad Poperinge 2.000 €", req="~~10.000 €~~ 8.500 €"),
     truth=T("Vzw Het Hoppepad", "Ruben Maertens", "ruben.maertens@example.net", "+3257338146", "Hopstraat 19",
             "8970", "Poperinge", "BE", "Repaircafé en gereedschapsbib", "8500.00", "11700.00")),
# ---------------------------------------------------------------- 017
dict(fmt="docx_form", variant="table", lang="nl", stamp=(2019, 6, 4, 20, 0, 0), attach="Projectfiche pannakooi.docx",
     mail=dict(from_name="Wouter Dujardin", from_addr="w.dujardin@example.com", date=(2019, 6, 4, 20, 13, 0),
               subject="Projectfiche pannakooi Wijtschate",
               body="Dag Jonas,\n\nIn bijlage onze projectfiche. Bel gerust als er vragen zijn.\n\nWouter\n"),
     v=dict(org="", nr="vzw", iban="BE83 4738 0911 2015", street="Kroonaardstraat 27", pc="8953", city="Wijtschate",
            contact="Wouter Dujardin, penningmeester van Sportievak Wijtschate vzw", phone="0499 41 60 72",
            email="w.dujardin@example.com",
            others="Ellen Coussement - secretaris - 0472 18 55 30\nPaul Ghekiere - voorzitter - 057 44 90 26",
            title="Een pannakooi voor de jeugd van Wijtschate", location="grasplein achter de sporthal, Wijtschate",
            what="De jongeren van het dorp hebben geen plek om te voetballen of te basketten. We plaatsen een "
                 "vrij toegankelijke pannakooi, ontworpen samen met hen, en houden een openingstoernooi.",
            who="Workshops met de jongeren om het ontwerp te kiezen, de voetbalclub en de jeugdraad doen mee.",
            when="voorjaar 2020", sig_name="Wouter Dujardin", sig_date="4 juni 2019"),
     status=1, sessions=0,
     budget=bud([("Pannakooi - offerte Sportbouw", "8.760,40 €"), ("Grondwerken en ondergrond", "2.890,00 €"),
                 ("Bevraging jongeren (workshops)", "950,00 €"), ("Openingstoernooi", "1.100,00 €")],
                total="13.700,40 €", own="1.700,40 €", other="gemeente Heuvelland: 2.000,00 €",
                req="10.000 € (het maximum)"),
     truth=T("Sportievak Wijtschate vzw", "Wouter Dujardin", "w.dujardin@example.com", "+32499416072",
             "Kroonaardstraat 27", "8953", "Wijtschate", "BE", "Een pannakooi voor de jeugd van Wijtschate",
             "10000.00", "13700.40")),
# ---------------------------------------------------------------- 018
dict(fmt="pdf_form", variant="fillable", lang="fr", stamp=(2019, 6, 7, 11, 0, 0), attach="Fiche projet Comite du Sart.pdf",
     mail=dict(from_name="Marc Delbecque", from_addr="marc.delbecque@example.com", date=(2019, 6, 7, 11, 18, 0),
               subject="Fiche projet - Comité des fêtes du Sart (Merville)",
               body="Bonjour Monsieur Polin,\n\nCi-joint la fiche projet du comité. La référente est Mme Jeannine "
                    "Flament (voir fiche), joignable surtout par téléphone.\n\nCordialement,\nMarc Delbecque\n"
                    "président\n"),
     v=dict(org="Comité des fêtes du Sart", nr="SIRET 520 118 442 00027", iban="FR76 1562 9026 3300 0411 8265 730",
            street="12 chemin des Trois Fermes", pc="59660", city="Merville", contact="Jeannine Flament",
            phone="03-28-48-27-90", email="....",
            others="[nom] - [fonction]\nMarc Delbecque - président - marc.delbecque@example.com - 06 44 21 70 38",
            title="Un lieu de rencontre dans l'ancienne forge", location="ancienne forge du Sart, à côté de la chapelle",
            what="L'ancienne forge du hameau devient un lieu de rencontre : café le dimanche, boîte d'échange, "
                 "salle de réunion pour les associations et petites expositions.",
            who="Trois soirées d'habitants avec une animatrice, toutes les associations du hameau sont associées.",
            when="janvier - septembre 2020",
            remarks="Mme Flament n'a pas d'adresse mail : la joindre par téléphone ou par courrier.",
            sig_name="Marc Delbecque (président)", sig_date="7 juin 2019"),
     status=0, sessions=1,
     budget=bud([("Rénovation sol et éclairage", "4 650,00"), ("Mobilier et coin cuisine", "3 300,00"),
                 ("Accompagnement participatif (soirées)", "2 050,00"), ("Inauguration et communication", "1 200,00")],
                total="11 200,- €", own="3 000,00", other="", req="8 200,00"),
     truth=T("Comité des fêtes du Sart", "Jeannine Flament", None, "+33328482790", "12 chemin des Trois Fermes",
             "59660", "Merville", "FR", "Un lieu de rencontre dans l'ancienne forge", "8200.00", "11200.00")),
# ---------------------------------------------------------------- 019
dict(fmt="odt_form", lang="nl", stamp=(2019, 5, 31, 10, 30, 0), attach="Projectfiche Kapelleboom.odt",
     mail=dict(from_name="Pieter-Jan Deswarte", from_addr="pj.deswarte@example.org", date=(2019, 5, 31, 10, 41, 0),
               subject="Projectfiche buurtmaaltijden Winnezeele",
               body="Goeiendag,\n\nHierbij de projectfiche van Kring De Kapelleboom uit Winnezeele (Frans-Vlaanderen).\n\n"
                    "Groeten,\nPieter-Jan Deswarte\n"),
     v=dict(org="Kring De Kapelleboom Winnezeele", nr="association loi 1901 - RNA W593006620",
            iban="FR76 1670 6050 9200 1544 0012 388", street="5 rue du Kapelleboom", pc="59670", city="Winnezeele",
            contact="Pieter-Jan Deswarte", phone="+33 (0)6 52 84 17 09", email="pj.deswarte@example.org",
            others="Naam + voornaam (?)\nAnne-Marie Beun - voorzitster - 03 28 42 80 15",
            title="Grensoverschrijdende buurtmaaltijden",
            location="parochiezaal van Winnezeele en afwisselend in Watou",
            what="Eén keer per maand een buurtmaaltijd, afwisselend aan beide kanten van de grens, waar bewoners "
                 "samen koken en eten. Zo leren Vlamingen en Frans-Vlamingen elkaar (opnieuw) kennen.",
            who="Vrijwilligers uit beide dorpen, een kok-animator, de parochie en een Watouse vereniging.",
            when="oktober 2019 - juni 2020", remarks="Mijn gsm: 06 52 84 17 09 (ook WhatsApp).",
            sig_name="Pieter-Jan Deswarte", sig_date="31/05/2019"),
     status=4, sessions=0,
     budget=bud([("Mobiele keuken", "3.800 €"), ("Servies en tafellinnen", "1.350 €"), ("Kok-animator", "2.650 €"),
                 ("Tweetalige communicatie", "950 €"), ("Startavond", "1.100 €")],
                total="9.850 €", own="3.850 €", other="—", req="6.000 €"),
     truth=T("Kring De Kapelleboom Winnezeele", "Pieter-Jan Deswarte", "pj.deswarte@example.org", "+33652841709",
             "5 rue du Kapelleboom", "59670", "Winnezeele", "FR", "Grensoverschrijdende buurtmaaltijden", "6000.00",
             "9850.00")),
# ---------------------------------------------------------------- 020
dict(fmt="pdf_letter", lang="nl", stamp=(2019, 6, 14, 20, 0, 0), attach="brief bushokje Loker.pdf",
     mail=dict(from_name="Herman Vandaele", from_addr="herman.vandaele@example.net", date=(2019, 6, 14, 20, 47, 0),
               subject="projectidee bushokje Loker",
               body="Goedenavond,\n\nIn bijlage mijn brief met ons idee.\n\nHerman Vandaele\n"),
     letter=dict(head=["Herman Vandaele", "Vijfwegenstraat 18", "8958 Loker", "gsm 0485 17 29 63"],
                 to=["Provincie West-Vlaanderen - Jonas Polin", "Woumenweg 100", "8600 Diksmuide"],
                 place_date="Loker, 14 juni 2019",
                 subject="Onderwerp: projectidee 'Een bank en een boekenkast aan de oude bushalte'",
                 salute="Beste Jonas,",
                 paras=["Ik schrijf je namens een klein groepje buren van het gehucht (een twaalftal gezinnen). "
                        "We zijn geen vereniging, we komen al een paar jaar samen voor het buurtfeest.",
                        "Ons idee: het oude bushokje opknappen tot een ruilboekenkast, twee zitbanken en een "
                        "picknicktafel plaatsen en een werkdag met de buren organiseren, afgesloten met een etentje.",
                        "Volgens de offertes die we kregen: schrijnwerk en herstel van het bushokje 4.350 euro, "
                        "banken en tafel 2.750 euro, werkdag en etentje 1.250 euro.",
                        "We vragen 7.000 euro steun aan Partons 2.0; de rest brengen we zelf samen via een "
                        "buurtomhaling.",
                        "Je kan mij bereiken op het gsm-nummer hierboven of via herman.vandaele@example.net."],
                 close="Alvast bedankt en groeten,",
                 sig=["Herman Vandaele"],
                 ps=["PS: voor de sessies kunnen we komen, behalve op 28 november."]),
     truth=T(None, "Herman Vandaele", "herman.vandaele@example.net", "+32485172963", "Vijfwegenstraat 18", "8958",
             "Loker", "BE", "Een bank en een boekenkast aan de oude bushalte", "7000.00", "8350.00")),
]
