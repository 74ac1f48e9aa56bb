"""Corpus 40, dev half: 20 applications (records)."""

def T(org, name, email, phone, address, postcode, muni, country, title, req, total):
    return {"organisation": org, "contact_name": name, "email": email, "phone": phone,
            "address": address, "postcode": postcode, "municipality": muni, "country": country,
            "project_title": title, "requested_amount": req, "total_budget": total}

RECORDS = [
# ---------------------------------------------------------------- pdf_form
{"n": 1, "format": "pdf_form", "design": "DPF1", "lang": "nl",
 "filename": "Aanvraagformulier_Partons2.0_Loker.pdf",
 "truth": T("vzw Dorpsleven Loker", "Lieve Cappelle", "lieve.cappelle@example.org", "+32473289105",
            "Dorpsstraat 31", "8958", "Loker", "BE", "Het Lokerse Buurthuisje", "8500.00", "12480.00"),
 "mail": {"from": ("Lieve Cappelle", "lieve.cappelle@example.org"), "date": "2019-05-21 20:41:13",
          "subject": "Aanvraag Maak werk van je buurt – Buurthuisje Loker",
          "agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0",
          "body": "Beste Jonas,\n\nIn bijlage ons ingevulde aanvraagformulier voor het buurthuisje in Loker.\n"
                  "Bedankt nog voor de uitleg op de infoavond in Kemmel.\n\nVriendelijke groeten,\n"
                  "Lieve Cappelle\nsecretaris Dorpsleven Loker\n"},
 "a": {"org": "vzw Dorpsleven Loker",
       "legal": "vzw – ondernemingsnummer 0657.412.938 – IBAN BE58 0017 4432 1079",
       "seat": "Dorpsstraat 31\n8958 Loker (deelgemeente van Heuvelland)",
       "contact": "Lieve Cappelle, secretaris\n0473 28 91 05\nlieve.cappelle@example.org\n"
                  "(voorzitter is Marc Debaene, 0478 55 12 90, marc.debaene@example.org)",
       "title": "Het Lokerse Buurthuisje",
       "location": "In het oude tuinhuis van de pastorijtuin aan het Sint-Pietersplein, achter de kerk van Loker.",
       "desc": "Loker heeft geen café of winkel meer. We willen het tuinhuis opknappen tot een klein ontmoetingspunt "
               "met koffiehoek, boekenruilkast en infobord. Het buurthuisje is open op woensdagnamiddag en "
               "zaterdagvoormiddag en wordt bemand door vrijwilligers.",
       "particip": "Bevraging bus-aan-bus bij de 280 gezinnen (112 antwoorden), twee inspraakavonden in de "
                   "parochiezaal en een werkgroep van 12 vrijwilligers. Partners: de kerkfabriek (eigenaar van de "
                   "tuin), de dorpsschool en de seniorenclub.",
       "total": "Totale kostprijs: 12.480 euro.\nEigen inbreng vzw: 2.480 euro.\n"
                "Gemeente Heuvelland: 1.500 euro (toegezegd in de gemeenteraad van 25 april).",
       "amount": "8.500 euro",
       "coaching": "Ja. Lieve of Marc komt naar de sessies."}},

{"n": 2, "format": "pdf_form", "design": "DPF1", "lang": "nl",
 "filename": "formulier_Vlaemsch_Huus.pdf",
 "truth": T("Vlaemsch Huus Boeschepe", "Bertrand Deswarte", "bertrand.deswarte@example.net", "+33671402293",
            "14 rue du Mont Noir", "59299", "Boeschepe", "FR", "Vlaamse zangavonden in de herberg", "6000.00", "6900.00"),
 "mail": {"from": ("Annick Lheureux", "annick.lheureux@example.net"), "date": "2019-06-02 10:17:45",
          "subject": "Projectidee Boeschepe / projet Boeschepe",
          "body": "Goedendag meneer Polin,\n\nNamens onze voorzitter Bertrand Deswarte stuur ik u ons formulier voor "
                  "de oproep. Ik heb het in het Nederlands ingevuld, hopelijk is dat goed.\n\n"
                  "Met vriendelijke groeten,\nAnnick Lheureux\nsecretaris Vlaemsch Huus\n06 25 81 40 77\n"},
 "a": {"org": "Vlaemsch Huus Boeschepe (vereniging van Frans-Vlamingen die de streektaal levend houden)",
       "legal": "Association loi 1901 – RNA W594008812 – IBAN FR76 1670 6000 5312 3456 7890 184",
       "seat": "14 rue du Mont Noir\n59299 Boeschepe\nFrankrijk",
       "contact": "Bertrand Deswarte (voorzitter)\n+33 6 71 40 22 93\nbertrand.deswarte@example.net",
       "title": "Vlaamse zangavonden in de herberg",
       "location": "In de dorpsherberg op het dorpsplein van Boeschepe; één avond in de feestzaal van "
                   "Godewaersvelde (59114).",
       "desc": "Eén keer per maand een zang- en vertelavond in het Vlaams en het Frans, met een muzikant en "
               "liedboekjes voor iedereen. Zo blijft de herberg open als ontmoetingsplaats en leren jongeren en "
               "nieuwe inwoners de oude liederen kennen.",
       "particip": "Samen met de herbergier, de muziekschool en de bejaardenclub. Een groep van 15 zangers uit het "
                   "dorp bereidt de avonden voor; in het dorpsblad komt een oproep en een kleine bevraging.",
       "total": "Totaal budget: 6 900 euro (muzikanten, liedboekjes, geluidsinstallatie, affiches).\n"
                "Eigen middelen van de vereniging (lidgelden): 900 euro.",
       "amount": "6 000 euro",
       "coaching": "Ja, graag. Wij komen met twee personen (Bertrand en Annick)."}},

{"n": 3, "format": "pdf_form", "design": "DPF2", "lang": "fr",
 "filename": "Fiche_candidature_Jardins_du_Houtland.pdf",
 "truth": T("Les Jardins du Houtland", "Sophie Lefebvre", "sophie.lefebvre@example.com", "+33684153722",
            "7 place de l'Église", "59470", "Herzeele", "FR", "Le Potager des Voisins", "8250.00", "11250.00"),
 "mail": {"from": ("Sophie Lefebvre", "sophie.lefebvre@example.com"), "date": "2019-05-09 14:03:27",
          "subject": "Candidature Partons 2.0 – Le Potager des Voisins (Herzeele)",
          "body": "Bonjour Monsieur Polin,\n\nVeuillez trouver ci-joint notre fiche de candidature pour l'appel "
                  "Partons 2.0.\nJe reste à votre disposition.\n\nBien cordialement,\nSophie Lefebvre\n"
                  "Les Jardins du Houtland\n"},
 "a": {"org": "Les Jardins du Houtland – association loi 1901 – RNA W593006247 – SIRET 812 345 678 00019",
       "seat": "7 place de l'Église\n59470 Herzeele",
       "contact": "Mme Sophie Lefebvre (secrétaire)\n22 rue de Bambecque, 59470 Herzeele\n"
                  "Tél. 06 84 15 37 22\nsophie.lefebvre@example.com",
       "board": "Président : Jean-Luc Vanhée – 03 28 62 40 18 – jl.vanhee@example.com",
       "title": "Le Potager des Voisins",
       "location": "Terrain communal derrière la salle des fêtes, rue de Winnezeele, à Herzeele (environ 1 200 m²).",
       "desc": "Créer un potager partagé de 20 parcelles, un composteur collectif et un abri à outils, avec des "
               "ateliers de jardinage le samedi matin pour les familles et les enfants de l'école.",
       "particip": "Une réunion publique a réuni 46 habitants en mars. L'école primaire, le club des aînés et la "
                   "commune (prêt du terrain) sont partenaires.",
       "total": "Notre budget total s'élève à 11 250 €, dont 2 000 € de fonds propres.",
       "amount": "Nous sollicitons 8 250 € auprès de la Province.",
       "cofin": "Commune de Herzeele : 1 000 € (et mise à disposition gratuite du terrain). Fonds propres : 2 000 €.",
       "timing": "Septembre 2019 : clôture et abri. Octobre : premières plantations. Printemps 2020 : fête d'ouverture."}},

{"n": 4, "format": "pdf_form", "design": "DPF2", "lang": "fr",
 "filename": "candidature navette Rexpoede.pdf",
 "truth": T("Rexpoëde Solidarité", "Hervé Dufour", "herve.dufour@example.org", "+33607812455",
            "5 rue de Bergues", "59122", "Rexpoëde", "FR", "La Navette des Aînés", "7000.00", None),
 "mail": {"from": ("Hervé Dufour", "herve.dufour@example.org"), "date": "2019-06-11 18:22:09",
          "subject": "Partons 2.0 - candidature navette Rexpoëde",
          "body": "Bonjour,\n\nCi-joint la fiche de candidature de notre association pour la navette des aînés. "
                  "Les devis suivront dès que nous les aurons.\n\nCordialement\nH. Dufour\nRexpoëde Solidarité\n"},
 "a": {"org": "Rexpoëde Solidarité (association loi 1901, RNA W594002231)\n"
              "c/o M. Hervé Dufour, 06 07 81 24 55, herve.dufour@example.org",
       "seat": "5 rue de Bergues\n59122 Rexpoëde\n(domicile du trésorier)",
       "contact": "M. Dufour, trésorier et chauffeur bénévole : voir Q1.",
       "board": "Présidente : Mme Claudine Vermersch, 06 33 90 12 47, claudine.vermersch@example.org",
       "title": "La Navette des Aînés",
       "location": "Rexpoëde et les villages voisins (Oost-Cappel, Killem, Bambecque) ; départ devant la mairie.",
       "desc": "Une équipe de chauffeurs bénévoles conduit les personnes âgées ou sans voiture au marché "
               "d'Hondschoote, chez le médecin et aux activités du club. Réservation par téléphone la veille.",
       "particip": "14 bénévoles inscrits, le club des aînés, le CCAS et la mairie (prêt du minibus communal le "
                   "mardi et le vendredi).",
       "total": "Le budget global n'est pas encore arrêté : nous attendons les devis (assurance, carburant, "
                "formation des chauffeurs). Voir aussi Q11.",
       "amount": "7 000 € (sept mille euros)",
       "cofin": "Prêt du minibus par la commune ; pas d'autres financements à ce stade.",
       "timing": "Démarrage souhaité en octobre 2019, après la formation des chauffeurs."}},

{"n": 5, "format": "pdf_form", "design": "DPF3", "lang": "nl",
 "filename": "vragenlijst buurtcomite Sint-Jan.pdf",
 "truth": T("Buurtcomité Sint-Jan", "Els Desmet", "els.desmet@example.com", "+32498621740",
            "Zonnebloemstraat 21", "8900", "Ieper", "BE", "Speelstraat en picknickbanken Sint-Jan", "7840.00", "9340.00"),
 "mail": {"from": ("Els Desmet", "els.desmet@example.com"), "date": "2019-05-28 22:05:51",
          "subject": "projectidee buurtcomité Sint-Jan",
          "body": "Dag Jonas,\n\nHierbij onze vragenlijst. De offertes kan ik later nog doorsturen als dat nodig is.\n\n"
                  "Groeten\nEls\n"},
 "a": {"org": "Buurtcomité Sint-Jan (feitelijke vereniging) uit Ieper. Voorzitter: Dirk Vanneste.",
       "contact": "Els Desmet\nZonnebloemstraat 21, 8900 Ieper\nels.desmet@example.com\n(telefoon: zie vraag 10)",
       "title": "Speelstraat en picknickbanken Sint-Jan",
       "location": "Op het grasveld op de hoek van de Boterstraat en de Kalverweide (eigendom van de stad Ieper), "
                   "een paar straten van ons vandaan.",
       "desc": "We willen het grasveld inrichten als ontmoetingsplek: drie picknickbanken, een petanquebaan en een "
               "klein speeltuig. In juli en augustus maken we van de Kalverweide op zondag een speelstraat.",
       "particip": "Het buurtcomité (9 gezinnen), de stad Ieper (jeugddienst), basisschool De Regenboog en de "
                   "bewoners van de sociale woningen aan de Kalverweide. Op de buurtbarbecue van 15 juni vragen "
                   "we iedereen om mee te denken.",
       "total": "Alles samen ongeveer 9.340 euro volgens de offertes (banken 3.120, petanquebaan 2.480, "
                "speeltuig 3.290, opening 450).",
       "amount": "We vragen 7.840 euro.",
       "cofin": "1.000 euro eigen inbreng van het comité (opbrengst buurtfeest) en 500 euro van de stad.",
       "remarks": "Els is overdag het best bereikbaar op 0498 62 17 40. Dirk (voorzitter) kan je na 18 uur bellen "
                  "op 057 20 84 13."}},

{"n": 6, "format": "pdf_form", "design": "DPF3", "lang": "nl",
 "filename": "Vragenlijst_Kapellestraat.pdf",
 "truth": T(None, "Koen Vermeulen", "koen.vermeulen@example.net", "+32476350812",
            "Kapellestraat 9", "8691", "Beveren-aan-den-IJzer", "BE", "Bloemenweide en bijenhotel Kapellestraat",
            "4500.00", "5150.00"),
 "mail": {"from": ("Koen Vermeulen", "koen.vermeulen@example.net"), "date": "2019-06-14 07:12:30",
          "subject": "Projectidee bloemenweide",
          "body": "Goeiemorgen,\n\nIn bijlage de vragenlijst voor ons idee in de Kapellestraat. Ik hoop dat het nog "
                  "op tijd is.\n\nKoen Vermeulen\n"},
 "a": {"org": "Ik, samen met een paar buren uit de Kapellestraat. We zijn (nog) geen vereniging.",
       "contact": "Koen Vermeulen\nKapellestraat 9\n8691 Beveren-aan-den-IJzer\n0476 35 08 12 – koen.vermeulen@example.net",
       "title": "Bloemenweide en bijenhotel Kapellestraat",
       "location": "De berm en het braakliggende stuk grond naast de kapel, tussen huisnummer 2 en 16 (grond van "
                   "de gemeente Alveringem).",
       "desc": "Een bloemenweide inzaaien, samen met de kinderen van de straat een bijenhotel bouwen en twee "
               "zitbanken plaatsen. Eén keer per jaar een straatfeest bij de kapel.",
       "particip": "Zeven gezinnen uit de straat, de imker van het dorp en de gemeentelijke groendienst.",
       "total": "5.150 euro, waarvan 650 euro die we zelf bijeenleggen.",
       "amount": "Vierduizend vijfhonderd euro (4.500 €).",
       "cofin": "Eigen inbreng van de buren: 650 euro. Het zaaigoed krijgen we misschien van de gemeente.",
       "remarks": "Ik werk in ploegen; bellen liefst 's avonds. Mijn buurvrouw Greet Maes (0479 20 61 33) kan "
                  "ook vragen beantwoorden."}},

{"n": 7, "format": "pdf_form", "design": "DPF4", "lang": "fr",
 "filename": "Questionnaire_Foyer_Rural_Oxelaere.pdf",
 "truth": T("Foyer Rural d'Oxelaëre", "Camille Deroo", "camille.deroo@example.org", "+33328405166",
            "2 rue du Calvaire", "59670", "Oxelaëre", "FR", "Café associatif « La Petite Halte »", "9600.00", "14850.00"),
 "mail": {"from": ("Camille Deroo", "camille.deroo@example.org"), "date": "2019-06-04 09:48:02",
          "subject": "Questionnaire Partons 2.0 – Foyer Rural d'Oxelaëre",
          "body": "Bonjour,\n\nVous trouverez en pièce jointe le questionnaire complété pour notre projet de café "
                  "associatif.\n\nBonne journée,\nCamille Deroo\n"},
 "a": {"org": "Foyer Rural d'Oxelaëre",
       "legal": "Association loi 1901 – RNA W593001874 – SIRET 448 201 937 00026",
       "seat": "2 rue du Calvaire\n59670 Oxelaëre",
       "contact": "Camille Deroo (animatrice bénévole)\n03 28 40 51 66\ncamille.deroo@example.org",
       "board": "Présidente : Josiane Blondé, 06 80 14 72 09\nTrésorier : Michel Top, 06 12 98 45 31, "
                "michel.top@example.org",
       "title": "Café associatif « La Petite Halte »",
       "location": "Ancienne école du hameau, 11 route de Cassel, 59670 Oxelaëre (bâtiment prêté par la commune)",
       "desc": "Ouvrir un café associatif deux après-midis par semaine : boissons locales, jeux, dépôt de pain et "
               "point d'information. Tenu par des bénévoles ; le programme est décidé lors de réunions ouvertes "
               "à tous les habitants.",
       "total": "14 850,00 €",
       "amount": "9 600,00 €",
       "cofin": "CAF du Nord : 2 000,00 € (demandé)\nCommune d'Oxelaëre : 1 500,00 €\nFonds propres : 1 750,00 €",
       "sig": "Fait à Oxelaëre, le 3 juin 2019 – Josiane Blondé, présidente"}},

# ---------------------------------------------------------------- pdf_letter
{"n": 8, "format": "pdf_letter", "design": "DL", "lang": "nl",
 "filename": "Brief projectidee Dorpshart Lampernisse.pdf",
 "truth": T("Vriendenkring Lampernisse vzw", "Ann Vandenbroucke", "ann.vandenbroucke@example.com", "+32472603318",
            "Polderstraat 40", "8600", "Lampernisse", "BE", "Dorpshart Lampernisse", "10000.00", "15200.00"),
 "mail": {"from": ("Geert Dewulf", "geert.dewulf@example.com"), "date": "2019-06-03 21:30:00",
          "subject": "projectidee Dorpshart Lampernisse",
          "body": "Geachte heer Polin,\n\nIn bijlage vindt u onze brief met het projectidee voor Lampernisse.\n\n"
                  "Met vriendelijke groet,\nGeert Dewulf\nVriendenkring Lampernisse\n058 29 91 04\n"},
 "letter": {
     "letterhead": ["Vriendenkring Lampernisse vzw", "Polderstraat 40 · 8600 Lampernisse",
                    "ondernemingsnummer 0444.867.219 · tel. 058 29 91 04 (voorzitter)"],
     "place_date": "Lampernisse, 3 juni 2019",
     "recipient": ["Provincie West-Vlaanderen", "t.a.v. de heer Jonas Polin", "Woumenweg 100", "8600 Diksmuide"],
     "subject": "Betreft: projectenoproep ‘Maak werk van je buurt!’ – projectidee Dorpshart Lampernisse",
     "salutation": "Geachte heer Polin,",
     "intro": "Met deze brief dienen wij ons projectidee in. We volgen de vragen uit de oproep.",
     "sections": [
         ("1. Wie zijn wij?", ["De Vriendenkring Lampernisse vzw bestaat sinds 1987 en organiseert de kermis, de "
                               "kerstmarkt en de seniorennamiddagen in ons dorp van 230 inwoners. Het bestuur telt "
                               "negen vrijwilligers."]),
         ("2. Ons projectidee: ‘Dorpshart Lampernisse’", [
             "Het pleintje aan de kerk is vandaag een parking. Samen met de inwoners willen we er een groen "
             "dorpshart van maken met een overdekte zitplek, een boomgaardje en een infozuil over de polder. Een "
             "landschapsarchitect helpt ons bij het ontwerp."]),
         ("3. Hoe betrekken we het dorp?", [
             "Iedereen kreeg in april een bevraging in de bus; 74 gezinnen antwoordden. In september houden we een "
             "ontwerpdag op het plein. De kinderen van de dorpsschool tekenen mee aan het boomgaardje."]),
         ("4. Budget", [
             "De totale kostprijs wordt geraamd op € 15.200 (ontwerp € 3.400, overdekte zitplek € 7.900, plantgoed "
             "€ 2.300, infozuil en opening € 1.600). Wij vragen de maximale steun van € 10.000; de rest (€ 5.200) "
             "komt uit eigen middelen van de vzw en een bijdrage van de stad Diksmuide."]),
         ("5. Praktisch en contact", [
             "Wij nemen graag deel aan de begeleidingssessies; de data van 26/09/2019 tot 30/01/2020 zijn genoteerd.",
             "Voor alle verdere vragen is onze secretaris uw aanspreekpunt: Ann Vandenbroucke, 0472 60 33 18, "
             "ann.vandenbroucke@example.com."]),
     ],
     "closing": "Met vriendelijke groeten,",
     "signature": ["Geert Dewulf", "voorzitter"],
 }},

{"n": 9, "format": "pdf_letter", "design": "DL", "lang": "fr",
 "filename": "Candidature_Coin_Cafe_Pitgam.pdf",
 "truth": T("Épicerie Chez Lucie", "Lucie Vandaele", "lucie.vandaele@example.net", "+33645278310",
            "12 place de la Mairie", "59284", "Pitgam", "FR", "Le Coin Café de Pitgam", "4480.00", "5600.00"),
 "mail": {"from": ("Lucie Vandaele", "lucie.vandaele@example.net"), "date": "2019-05-28 13:55:40",
          "subject": "Candidature appel Partons 2.0",
          "body": "Bonjour Monsieur Polin,\n\nSuite à notre échange téléphonique, je vous envoie ma lettre de "
                  "candidature pour le coin café.\n\nCordialement,\nLucie Vandaele\nÉpicerie Chez Lucie, Pitgam\n"},
 "letter": {
     "letterhead": ["Épicerie Chez Lucie", "Alimentation – dépôt de pain – point relais",
                    "12 place de la Mairie – 59284 Pitgam – 03 28 27 14 92",
                    "SARL au capital de 8 000 € – SIRET 823 456 119 00014"],
     "place_date": "Pitgam, le 28 mai 2019",
     "recipient": ["Province de Flandre-Occidentale", "À l'attention de M. Jonas Polin", "Woumenweg 100",
                   "8600 Diksmuide – Belgique"],
     "subject": "Objet : appel à projets Partons 2.0 – candidature « Le Coin Café de Pitgam »",
     "salutation": "Monsieur,",
     "intro": "J'ai l'honneur de vous présenter ma candidature à l'appel « Maak werk van je buurt ! / Partons 2.0 ».",
     "sections": [
         ("1. Qui sommes-nous ?", ["Je tiens depuis 2014 la dernière épicerie de Pitgam (environ 1 000 habitants). "
                                  "Le magasin est aussi dépôt de pain et point relais colis."]),
         ("2. Le projet", ["Aménager dans l'arrière-boutique un petit coin café ouvert à tous, avec quelques "
                           "tables, une étagère de livres et un tableau d'annonces pour les habitants (covoiturage, "
                           "services entre voisins)."]),
         ("3. Participation des habitants", ["Le projet est né d'un questionnaire déposé à la caisse (63 "
                                             "réponses). Le club de l'amitié et l'association des parents "
                                             "d'élèves animeront chacun un après-midi par mois."]),
         ("4. Budget et financement", [
             {"table": [("Aménagement du coin café", "3 200 €"), ("Mobilier", "1 450 €"),
                        ("Animation d'ouverture", "600 €"), ("Communication", "350 €"), ("Total", "5 600 €")]},
             "Nous sollicitons une aide de 4 480 € (80 % du total). Le solde de 1 120 € est pris en charge par "
             "l'épicerie."]),
         ("5. Contact", ["Lucie Vandaele, gérante – 06 45 27 83 10 – lucie.vandaele@example.net"]),
     ],
     "closing": "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
     "signature": ["Lucie Vandaele", "Gérante"],
 }},

{"n": 10, "format": "pdf_letter", "design": "DL", "lang": "fr",
 "filename": "lettre_candidature_repair_cafe.pdf",
 "truth": T("Collectif Bergues en Transition", "Thomas Wyckaert", "thomas.wyckaert@example.org", None,
            "9 rue Nationale", "59380", "Bergues", "FR", "Repair café et grainothèque", "3100.00", "3960.00"),
 "mail": {"from": ("Thomas Wyckaert", "thomas.wyckaert@example.org"), "date": "2019-06-10 23:14:08",
          "subject": "Partons 2.0 : candidature du Collectif Bergues en Transition",
          "body": "Bonsoir,\n\nJe vous transmets la lettre de candidature de notre collectif.\n\n"
                  "Bien à vous,\nThomas\n"},
 "letter": {
     "letterhead": ["Collectif Bergues en Transition", "c/o Maison des associations – 9 rue Nationale – 59380 Bergues",
                    "bergues.transition@example.org"],
     "place_date": "Bergues, le 10 juin 2019",
     "recipient": ["Monsieur Jonas Polin", "Coordinateur Partons 2.0", "Provincie West-Vlaanderen",
                   "Woumenweg 100", "8600 Diksmuide (Belgique)"],
     "subject": "Objet : candidature – Repair café et grainothèque",
     "salutation": "Monsieur le Coordinateur,",
     "intro": "Nous avons le plaisir de vous présenter notre projet en suivant les rubriques de l'appel.",
     "sections": [
         ("Présentation du collectif", ["Notre collectif réunit une trentaine d'habitants de Bergues et de "
                                        "Quaëdypre qui veulent agir pour un mode de vie plus sobre et plus solidaire."]),
         ("Le projet : Repair café et grainothèque", [
             "Un samedi par mois, des bénévoles réparent avec les habitants les petits appareils, les vélos et les "
             "vêtements. À côté, une grainothèque permet d'échanger des semences locales. Lieu : salle paroissiale, "
             "2 rue de l'Abbaye, Bergues."]),
         ("Qui participe ?", [
             "Le collectif, la médiathèque municipale (qui accueillera la grainothèque ; contact : Mme Agnès Coppin, "
             "03 28 68 59 21), le club de couture et les jardiniers du quartier. La mairie soutient le projet "
             "(M. Rémi Deschodt, adjoint, 03 28 68 70 10)."]),
         ("Budget", [
             "Coût total estimé : 3 960 euros TTC (outillage 1 850 euros, mobilier et étagères 1 120 euros, graines "
             "et sachets 390 euros, communication et inauguration 600 euros). Montant sollicité : 3 100 euros. Le "
             "collectif apporte 860 euros."]),
         ("Contact", [
             "Pour toute question, écrivez-moi de préférence par courriel : thomas.wyckaert@example.org. Je peux "
             "aussi vous rencontrer à Bergues un samedi."]),
     ],
     "closing": "Avec nos salutations les meilleures,",
     "signature": ["Thomas Wyckaert", "pour le Collectif Bergues en Transition"],
 }},

# ---------------------------------------------------------------- docx_form
{"n": 11, "format": "docx_form", "design": "DDX1", "lang": "nl",
 "filename": "Aanvraagformulier Kabouterhoek.docx",
 "truth": T("Speelpleinwerking De Kabouters vzw", "Joke Verhaeghe", "joke.verhaeghe@example.com", "+32479146203",
            "Schoolstraat 12", "8640", "Woesten", "BE", "Natuurspeelplek De Kabouterhoek", "7500.00", "8000.00"),
 "mail": {"from": ("Joke Verhaeghe", "joke.verhaeghe@example.com"), "date": "2019-05-16 12:31:19",
          "subject": "Aanvraag natuurspeelplek Woesten",
          "body": "Hallo Jonas,\n\nHierbij ons aanvraagformulier voor de natuurspeelplek.\nGroetjes,\nJoke\n"},
 "doc": {"author": "Joke Verhaeghe"},
 "a": {"org": "Speelpleinwerking De Kabouters vzw",
       "seat": "Schoolstraat 12, 8640 Woesten",
       "contact": "Joke Verhaeghe – +32 (0)479 14 62 03 – joke.verhaeghe@example.com",
       "board": "Stijn Dequidt (hoofdmonitor), 0486 71 29 55, stijn.dequidt@example.com",
       "title": "Natuurspeelplek De Kabouterhoek",
       "location": "Weide naast de parochiezaal aan de Kerkweg in Woesten (grond van de kerkfabriek, "
                   "gebruiksovereenkomst voor 9 jaar)",
       "desc": "Een natuurlijke speelplek met wilgenhut, boomstammenparcours, zandput en waterpomp, open voor alle "
               "kinderen van het dorp, ook buiten de speelpleinwerking.",
       "particip": "Ouders, monitoren en kinderen tekenden mee aan het ontwerp (doe-dag op 6 april). Twee "
                   "landbouwers uit de buurt helpen bij de grondwerken.",
       "total": "- speeltoestellen in hout: € 4.200\n- grondwerken: € 2.150\n- plantgoed: € 1.180\n"
                "- opening met buurtfeest: € 470\nTotaal: € 8.000",
       "amount": "€ 7.500,-",
       "bank": "BE71 0961 2345 6769 (De Kabouters vzw)"}},

{"n": 12, "format": "docx_form", "design": "DDX1", "lang": "nl",
 "filename": "Formulier_dorpsraad_Stavele.docx",
 "truth": T("Dorpsraad Stavele", "Patrick Lermytte", "patrick.lermytte@example.org", "+3258287136",
            "Molenhoek 5", "8691", "Stavele", "BE", "Trage wegen rond Stavele", "6250.00", "9250.00"),
 "mail": {"from": ("Tine Ghekiere", "tine.ghekiere@example.net"), "date": "2019-06-07 16:02:44",
          "subject": "Doorgestuurd: aanvraag dorpsraad Stavele",
          "agent": "Microsoft Outlook 16.0",
          "body": "Beste Jonas,\n\nIk stuur je het formulier van de dorpsraad van Stavele door; Patrick Lermytte "
                  "(voorzitter) heeft het ingevuld maar had problemen met zijn mail. Voor vragen over de inhoud "
                  "contacteer je best Patrick zelf.\n\nGroeten,\nTine Ghekiere\nDienst vrije tijd\ntel. 058 28 80 11\n"},
 "doc": {"author": "Patrick"},
 "a": {"org": "Dorpsraad Stavele (feitelijke vereniging, erkend door de gemeente Alveringem)",
       "seat": "Geen eigen adres – zie contactpersoon.",
       "contact": "Patrick Lermytte, voorzitter\nMolenhoek 5, 8691 Stavele\n058 28 71 36\npatrick.lermytte@example.org",
       "board": "Hilde Decroos (secretaris), 0495 80 24 67, hilde.decroos@example.net",
       "title": "Trage wegen rond Stavele",
       "location": "Het netwerk van kerkwegels en veldwegen tussen Stavele, Sint-Rijkers en Krombeke",
       "desc": "We maken drie wandellussen langs oude kerkwegels toegankelijk met bewegwijzering, vijf rustbanken "
               "en een wandelkaart. Twee keer per jaar houden we een ‘wegeltjesdag’ met de inwoners om de wegels "
               "te onderhouden.",
       "particip": "Infoavond in zaal De Schakel (58 aanwezigen), bevraging via het dorpsblad, samenwerking met de "
                   "landbouwers en de wandelclub.",
       "total": "Totaal: 9.250 euro (incl. 3.000 euro gemeentelijke toelage)\n- bewegwijzering 2.900\n"
                "- rustbanken 3.850\n- wandelkaart 1.500\n- wegeltjesdagen 1.000",
       "amount": "Wij vragen 6.250 euro aan de provincie.",
       "bank": "BE12 7380 4412 9092"}},

{"n": 13, "format": "docx_form", "design": "DDX3", "lang": "nl",
 "filename": "Projectfiche_Boerenmarkt_Proven.docx",
 "truth": T("Handelaarsvereniging Proven Leeft", "Bart Lamote", "bart.lamote@example.com", "+32477814026",
            "Dorpsplaats 3", "8972", "Proven", "BE", "Boerenmarkt Proven", "4950.00", "7300.00"),
 "mail": {"from": ("Bart Lamote", "bart.lamote@example.com"), "date": "2019-05-02 19:44:12",
          "subject": "Projectfiche boerenmarkt Proven",
          "body": "Dag meneer Polin,\n\nIn bijlage de projectfiche van onze handelaarsvereniging.\n\n"
                  "Met vriendelijke groeten,\nBart Lamote\n"},
 "doc": {"author": "Bart Lamote"},
 "a": {"org": "Handelaarsvereniging Proven Leeft, p/a Dorpsplaats 3, 8972 Proven – ondernemingsnummer 0712.556.804",
       "seat": "",
       "contact": "Bart Lamote\nbart.lamote@example.com\n0477 81 40 26",
       "title": "Boerenmarkt Proven",
       "location": "Op het plein voor de kerk in Proven (deelgemeente van Poperinge), elke eerste zaterdag van de maand",
       "desc": "Een maandelijkse markt met hoevewinkels en producenten uit de streek, een koffiestand van de "
               "jeugdbeweging en een ruilhoek. Doel: het dorpscentrum terug levendig maken nu de bakker en de "
               "slager verdwenen zijn.",
       "total": "EUR 7 300",
       "amount": "EUR 4 950",
       "cofin": "Bijdrage handelaars: EUR 1 350\nStad Poperinge (evenementensubsidie): EUR 1 000"}},

{"n": 14, "format": "docx_form", "design": "DDX2", "lang": "fr",
 "filename": "Formulaire_Jardin_de_la_Gare.docx",
 "truth": T("Steenvoorde Fleurie", "Martine Declercq", "martine.declercq@example.net", "+33328481762",
            "3 impasse des Tisserands", "59114", "Steenvoorde", "FR", "Le Jardin de la Gare", "9000.00", "12400.00"),
 "mail": {"from": ("Martine Declercq", "martine.declercq@example.net"), "date": "2019-05-24 10:10:10",
          "subject": "Appel Partons 2.0 – Jardin de la Gare",
          "body": "Bonjour,\n\nVoici notre formulaire de réponse à l'appel à projets.\n\nCordialement,\n"
                  "Martine Declercq\n"},
 "doc": {"author": "Martine"},
 "a": {"org": "L'association Steenvoorde Fleurie (loi 1901, créée en 2011, 48 adhérents) fleurit le bourg et "
              "organise le concours des maisons fleuries. Président : Gérard Vanpeperstraete (06 20 45 88 17).",
       "contact": "Martine Declercq\n3 impasse des Tisserands\n59114 Steenvoorde\n+33 (0)3 28 48 17 62\n"
                  "martine.declercq@example.net",
       "title": "Le Jardin de la Gare",
       "location": "Ancienne cour de la gare de marchandises, chemin de la Gare, à Steenvoorde (terrain intercommunal)",
       "desc": "Transformer une friche en jardin public : massifs de plantes vivaces, verger de variétés locales, "
               "bancs et boîte à livres. Les habitants du quartier participent aux chantiers du samedi et "
               "choisissent les plantations lors de deux ateliers.",
       "total": "12 400 € au total. Financement : Province (demandé) 9 000 €, Département du Nord (demandé) "
                "2 000 €, fonds propres 1 400 €.",
       "amount": "9 000 €",
       "coaching": "Oui, Martine Declercq et une autre bénévole."}},

{"n": 15, "format": "docx_form", "design": "DDX2", "lang": "fr",
 "filename": "Sentier_des_deux_Monts.docx",
 "truth": T("Les Monts sans Frontières", "Nathalie Dumont", "nathalie.dumont@example.com", "+32494227158",
            "Heuvelstraat 18", "8951", "Dranouter", "BE", "Sentier des deux Monts", "5000.00", "7000.00"),
 "mail": {"from": ("Nathalie Dumont", "nathalie.dumont@example.com"), "date": "2019-06-12 20:20:55",
          "subject": "Candidature Sentier des deux Monts",
          "body": "Bonsoir Monsieur Polin,\n\nCi-joint notre formulaire. Nous sommes un groupe d'habitants des deux "
                  "côtés de la frontière.\n\nBien à vous,\nNathalie Dumont\n"},
 "doc": {"author": "N. Dumont"},
 "a": {"org": "Les Monts sans Frontières / Bergen zonder Grenzen : association de fait d'habitants de Dranouter (B) "
              "et de Bailleul (F), 22 membres. Siège : Heuvelstraat 18, 8951 Dranouter.",
       "contact": "Nathalie Dumont\n(même adresse que le siège)\nGSM +32 494 22 71 58\nnathalie.dumont@example.com\n"
                  "Côté français : Pascal Ricquier, +33 6 44 91 20 36",
       "title": "Sentier des deux Monts",
       "location": "Entre le Mont Noir (Bailleul, F) et le Mont Rouge (Heuvelland, B)",
       "desc": "Baliser un sentier transfrontalier de 9 km avec des panneaux bilingues, organiser une marche "
               "d'inauguration et un pique-nique des deux villages. Les habitants ont tracé l'itinéraire lors de "
               "trois balades de repérage.",
       "total": "Le projet coûte 7.000 € en tout (panneaux 3.600 €, cartes 1.200 €, inauguration 1.400 €, "
                "assurance 800 €).",
       "amount": "Nous demandons 5.000 € ; le reste est payé par les membres et la commune de Heuvelland.",
       "coaching": "Oui."}},

# ---------------------------------------------------------------- odt_form
{"n": 16, "format": "odt_form", "design": "DOD1", "lang": "fr",
 "filename": "dossier_moulin_killem.odt",
 "truth": T("Les Amis du Moulin de Killem", "Rémi Vanhoutte", "remi.vanhoutte@example.com", "+33661729304",
            "1 bis route d'Hondschoote", "59122", "Killem", "FR", "Le Moulin en fête", "8300.00", "10800.00"),
 "mail": {"from": ("Rémi Vanhoutte", "remi.vanhoutte@example.com"), "date": "2019-06-06 11:11:31",
          "subject": "Dossier Partons 2.0 - Moulin de Killem",
          "body": "Bonjour,\n\nCi-joint notre dossier de candidature (format LibreOffice).\n\n"
                  "Cordialement,\nRémi Vanhoutte\nLes Amis du Moulin\n"},
 "doc": {"author": "Rémi Vanhoutte"},
 "a": {"org": "Les Amis du Moulin de Killem – association loi 1901 (RNA W594005518)",
       "seat": "1 bis route d'Hondschoote\n59122 Killem",
       "contact": "Rémi Vanhoutte, secrétaire\n06 61 72 93 04\nremi.vanhoutte@example.com",
       "board": "Président : Francis Lams (03 28 68 31 55). Trésorière : Odile Verhaeghe (odile.verhaeghe@example.com).",
       "title": "Le Moulin en fête",
       "location": "Abords du moulin à vent, chemin du Moulin, à Killem",
       "desc": "Aménager les abords du moulin (bancs, panneau d'histoire, table de pique-nique) et créer une fête "
               "annuelle avec démonstrations de mouture, marché de producteurs et jeux flamands. Les habitants ont "
               "choisi le programme lors d'une réunion publique en mai (52 participants).",
       "total": "Le coût total est de 10 800 € ; nous demandons 8 300 € à la Province de Flandre-Occidentale, le "
                "reste (2 500 €) est apporté par l'association et les recettes de la buvette.",
       "amount": "Cf. question 8."}},

{"n": 17, "format": "odt_form", "design": "DOD1", "lang": "fr",
 "filename": "Candidature Ambassadeurs de rue.odt",
 "truth": T("Centre social Les Passerelles", "Nadia Benali", "nadia.benali@example.org", "+33328415120",
            "25 rue des Capucins", "59190", "Hazebrouck", "FR", "Les Ambassadeurs de rue", "9850.00", "23400.00"),
 "mail": {"from": ("Accueil Les Passerelles", "accueil.passerelles@example.org"), "date": "2019-06-13 15:37:26",
          "subject": "Dossier de candidature Partons 2.0",
          "body": "Bonjour,\n\nDe la part de Mme Benali, veuillez trouver ci-joint notre dossier de candidature pour "
                  "l'appel Partons 2.0.\n\nCordialement,\nL'équipe d'accueil\nCentre social Les Passerelles\n"
                  "03 28 41 50 00\n"},
 "doc": {"author": "accueil"},
 "a": {"org": "Centre social Les Passerelles (association loi 1901, agréée CAF)",
       "seat": "25 rue des Capucins\n59190 Hazebrouck\nAccueil : 03 28 41 50 00",
       "contact": "Nadia Benali, référente familles\nligne directe 03 28 41 51 20\nnadia.benali@example.org",
       "board": "Président : Yves Lemaire. Directrice : Fabienne Carpentier (fabienne.carpentier@example.org, "
                "03 28 41 50 02).",
       "title": "Les Ambassadeurs de rue",
       "location": "Quartier du Rivage, Hazebrouck (rues de la Lys, des Saules et des Jardins)",
       "desc": "Former huit habitants volontaires comme « ambassadeurs de rue » : ils sont le point de contact de "
               "leur rue, orientent les voisins vers les bons services et organisent deux repas de quartier par an.",
       "total": "Coût total : 23 400 €.\nFinancements : Ville d'Hazebrouck 6 000 € ; CAF du Nord 5 550 € ; "
                "fonds propres 2 000 € ; Province (Partons 2.0) 9 850 €.",
       "amount": "9 850 €"}},

{"n": 18, "format": "odt_form", "design": "DOD2", "lang": "nl",
 "filename": "projectidee_Zarren.odt",
 "truth": T("Werkgroep Dorpskern Zarren", "Wim Claeys", "wim.claeys@example.net", "+3251601274",
            "Meersstraat 27", "8610", "Zarren", "BE", None, "3750.00", "4600.00"),
 "mail": {"from": ("Wim Claeys", "wim.claeys@example.net"), "date": "2019-04-29 20:08:17",
          "subject": "projectidee Zarren",
          "body": "Beste,\n\nHierbij ons projectidee voor het oude gemeentehuis van Zarren.\n\nGroeten,\nWim Claeys\n"},
 "doc": {"author": "Wim"},
 "a": {"org": "Werkgroep Dorpskern Zarren (onderdeel van de dorpsraad Zarren-Werken)",
       "contact": "Wim Claeys, Meersstraat 27, 8610 Zarren. Tel. 051 60 12 74 (na 17u) of wim.claeys@example.net",
       "title": "Nog geen naam – we laten de inwoners kiezen tijdens de startavond.",
       "location": "Rond de kerk en het oude gemeentehuis in Zarren",
       "desc": "Een haalbaarheidsstudie en participatietraject voor een ontmoetingsruimte in het oude "
               "gemeentehuis: enquête, twee workshops met een participatie-expert en een ontwerpschets.",
       "total": "4.600 EUR (enquête en drukwerk 850 EUR, participatie-expert 2.900 EUR, startavond 850 EUR)",
       "amount": "3.750 EUR",
       "remarks": "De rest (850 EUR) betalen we met de opbrengst van de dorpsquiz. De schepen van cultuur steunt "
                  "het idee."}},

# ---------------------------------------------------------------- xlsx / ods
{"n": 19, "format": "xlsx_form", "design": "DXL", "lang": "nl",
 "filename": "Aanvraag_Buurtbus_Poelkapelle.xlsx",
 "truth": T("vzw Zorgzame Buren Poelkapelle", "Rita Vandenberghe", "rita.vandenberghe@example.com", "+32475902611",
            "Stationsstraat 61", "8920", "Poelkapelle", "BE", "Buurtbus Poelkapelle", "6200.00", "7400.00"),
 "mail": {"from": ("Luc Verstraete", "luc.verstraete@example.com"), "date": "2019-05-31 17:25:03",
          "subject": "aanvraag buurtbus",
          "body": "Dag Jonas,\n\nIn bijlage het ingevulde rekenblad voor onze buurtbus. Rita is de contactpersoon "
                  "voor dit project.\n\nLuc Verstraete\nvoorzitter Zorgzame Buren\n"},
 "doc": {"author": "Luc Verstraete"},
 "sheet": {
     "rows": [
         ("sec", "1. Aanvrager"),
         ("q", "Naam organisatie", "vzw Zorgzame Buren Poelkapelle", None),
         ("q", "Ondernemingsnummer", "0689.114.372", "bv. 0123.456.789"),
         ("q", "Adres (straat + nr.)", "Stationsstraat 61", None),
         ("q", "Postcode en gemeente", "8920 Poelkapelle", None),
         ("q", "Voorzitter", "Luc Verstraete – 0473 11 58 20", None),
         ("q", "Contactpersoon voor dit project", "Rita Vandenberghe", None),
         ("q", "Telefoon contactpersoon", "0475 90 26 11", "bv. 0470 12 34 56"),
         ("q", "E-mail contactpersoon", "rita.vandenberghe@example.com", None),
         ("sec", "2. Het project"),
         ("q", "Titel", "Buurtbus Poelkapelle", None),
         ("q", "Waar?", "Poelkapelle en Langemark; vertrek aan het dienstencentrum op de markt", None),
         ("q", "Wat willen jullie doen?", "Vrijwillige chauffeurs brengen minder mobiele inwoners naar de dokter, "
                                          "de markt en activiteiten in de buurt. Ritten aanvragen via een vast "
                                          "telefoonnummer.", None),
         ("q", "Wie doet mee?", "18 vrijwilligers, het dienstencentrum, de seniorenraad en het OCMW.", None),
         ("sec", "3. Budget"),
         ("budget", [("Brandstofvergoeding vrijwilligers", 2400), ("Verzekering", 850),
                     ("Opleiding chauffeurs", 600), ("Communicatie en folders", 450),
                     ("Aanpassing wagen (instapbeugel)", 3100)]),
         ("num", "Eigen inbreng vzw", 1200, None),
         ("num", "Gevraagd aan de provincie", 6200, "max. 10 000 euro"),
         ("sec", "4. Begeleiding"),
         ("q", "Aanwezig op de sessies (26/09, 7/11, 28/11, 19/12/2019, 30/01/2020)?", "ja", None),
     ],
     "title": "Aanvraag projectidee – Maak werk van je buurt! (Partons 2.0)",
     "note": "Indienen vóór 16/06/2019 bij jonas.polin@west-vlaanderen.be – Provincie West-Vlaanderen, "
             "Woumenweg 100, 8600 Diksmuide",
 }},

{"n": 20, "format": "ods_form", "design": "DOS", "lang": "fr",
 "filename": "Questionnaire_Chemins_de_Wormhout.ods",
 "truth": T("Wormhout Rando Patrimoine", "Jean-Marc Delattre", "jm.delattre@example.net", "+33687330495",
            "38 rue des Moulins", "59470", "Wormhout", "FR", "Les Chemins de Wormhout", "5750.00", "6900.00"),
 "mail": {"from": ("Jean-Marc Delattre", "jm.delattre@example.net"), "date": "2019-05-19 08:58:40",
          "subject": "Questionnaire Partons 2.0 – Les Chemins de Wormhout",
          "body": "Bonjour,\n\nJe vous adresse notre questionnaire rempli (tableur).\n\nCordialement,\n"
                  "Jean-Marc Delattre\nWormhout Rando Patrimoine\n"},
 "doc": {"author": "JM Delattre"},
 "sheet": {
     "title": "Appel à projets Partons 2.0 – Questionnaire",
     "note": "À renvoyer avant le 16 juin 2019 – Province de Flandre-Occidentale – jonas.polin@west-vlaanderen.be",
     "rows": [
         ("q", "Q1. Nom de l'association", "Wormhout Rando Patrimoine"),
         ("q", "Q2. Adresse du siège (n°, rue, code postal, commune)", "38 rue des Moulins, 59470 Wormhout"),
         ("q", "Q3. Personne de contact (nom, téléphone, courriel)",
          "Jean-Marc Delattre – 06 87 33 04 95 – jm.delattre@example.net"),
         ("q", "Q4. Président(e) / trésorier(ère)", "Président : Bernard Vasseur, 03 28 65 12 40 ; trésorière : Colette Bril"),
         ("q", "Q5. Titre du projet", "Les Chemins de Wormhout"),
         ("q", "Q6. Lieu", "Chemins ruraux entre Wormhout, Herzeele et Ledringhem"),
         ("q", "Q7. Description et participation des habitants",
          "Rouvrir et baliser trois boucles de promenade sur d'anciens chemins ruraux, installer six bancs et "
          "éditer un petit topoguide. Les habitants participent aux journées de débroussaillage et aux balades "
          "de repérage."),
         ("budget", "Q8. Budget prévisionnel (€)",
          [("Balisage", 2300), ("Bancs (6)", 2700), ("Topoguide", 1300), ("Inauguration", 600)], "Total"),
         ("num", "Q9. Montant demandé à la Province (€)", 5750),
         ("q", "Q10. Autres financements", "Commune de Wormhout : 650 € ; cotisations : 500 €"),
     ],
 }},
]
