"""Corpus 40, test half: 20 applications (records).  Different designs,
wording and organisations than the dev half; same mix of difficulties."""

def T(org, name, email, phone, address, postcode, muni, country, title, req, total):
    return {"organisation": org, "contact_name": name, "email": email, "phone": phone,
            "address": address, "postcode": postcode, "municipality": muni, "country": country,
            "project_title": title, "requested_amount": req, "total_budget": total}

RECORDS = [
# ---------------------------------------------------------------- pdf_form
{"n": 1, "format": "pdf_form", "design": "TPF1", "lang": "fr",
 "filename": "Candidature_Grange_aux_Voisins.pdf",
 "truth": T("Bavinchove Autrement", "Aurélie Demol", "aurelie.demol@example.org", "+33658204713",
            "4 rue de la Chapelle", "59670", "Bavinchove", "FR", "La Grange aux Voisins", "7200.00", "9450.00"),
 "mail": {"from": ("Aurélie Demol", "aurelie.demol@example.org"), "date": "2019-05-23 21:12:40",
          "subject": "Partons 2.0 – candidature La Grange aux Voisins",
          "body": "Bonsoir Monsieur Polin,\n\nVoici notre formulaire de candidature, rempli directement dans le PDF.\n\n"
                  "Bien cordialement,\nAurélie Demol\nBavinchove Autrement\n"},
 "a": {"org": "Bavinchove Autrement (association loi 1901)",
       "seat": "4 rue de la Chapelle\n59670 Bavinchove (près de Cassel)",
       "contact": "Aurélie Demol, secrétaire\n+33 6 58 20 47 13\naurelie.demol@example.org\n"
                  "Président : Didier Beun, 06 19 84 02 66, didier.beun@example.org",
       "title": "La Grange aux Voisins",
       "location": "Grange de la ferme Verbeke, 17 route de Zuytpeene, Bavinchove (prêtée par la famille Verbeke)",
       "desc": "Transformer une partie de la grange en lieu de rencontre du village : ateliers, soirées jeux, "
               "repair café, marché de Noël. Le village n'a plus de café ni de salle disponible le week-end.",
       "particip": "Questionnaire distribué dans les 380 foyers (131 réponses), deux réunions publiques et un groupe "
                   "de 15 bénévoles. Partenaires : la commune, l'école, le club de football.",
       "total": "Budget total : 9 450 €.\nFonds propres de l'association : 1 250 €.\n"
                "Commune de Bavinchove : 1 000 € (vote du conseil municipal du 4 avril).",
       "amount": "7 200 €"}},

{"n": 2, "format": "pdf_form", "design": "TPF1", "lang": "nl",
 "filename": "kandidatuur_zomerbar_Wulvergem.pdf",
 "truth": T("Buurtvereniging Het Kapelleke", "Filip Ryckewaert", "filip.ryckewaert@example.com", "+32477562018",
            "Beekstraat 8", "8952", "Wulvergem", "BE", "Zomerbar aan het Kapelleke", "5400.00", "6300.00"),
 "mail": {"from": ("Sarah Lemahieu", "sarah.lemahieu@example.com"), "date": "2019-06-05 12:48:33",
          "subject": "Kandidatuur buurtvereniging Het Kapelleke",
          "body": "Hallo,\n\nNamens Filip (onze voorzitter) stuur ik jullie het ingevulde formulier. Ik ben zelf "
                  "secretaris, maar Filip volgt het project op.\n\nGroetjes,\nSarah Lemahieu\n0468 31 90 52\n"},
 "a": {"org": "Buurtvereniging Het Kapelleke (feitelijke vereniging)",
       "seat": "Beekstraat 8\n8952 Wulvergem",
       "contact": "Filip Ryckewaert (voorzitter)\n0477 56 20 18\nfilip.ryckewaert@example.com",
       "title": "Zomerbar aan het Kapelleke",
       "location": "Op het grasplein aan de kapel, kruispunt Beekstraat – Wulvergemseweg",
       "desc": "Vier zondagen per zomer een pop-up bar met streekbier, spelletjes en een kleine boekenbeurs, om "
               "buren en fietsers samen te brengen. Met de opbrengst kopen we een defibrillator voor de buurt.",
       "particip": "Alle 60 gezinnen van de buurt kregen een uitnodiging; 25 vrijwilligers schreven zich in voor "
                   "een shift. De gemeente Heuvelland levert nadarhekken en een stroomkast.",
       "total": "Totaal budget: 6 300 euro (tent en meubilair 3 800, geluid 700, drukwerk 400, vergunningen en "
                "verzekering 1 400). Eigen inbreng: 900 euro.",
       "amount": "5 400 euro"}},

{"n": 3, "format": "pdf_form", "design": "TPF2", "lang": "nl",
 "filename": "Kandidatuurformulier_Dorpshuis_Houtem.pdf",
 "truth": T("vzw Dorpshuis Houtem", "Sofie Dehaene", "sofie.dehaene@example.net", "+32496301845",
            "Kerkplein 2", "8630", "Houtem", "BE", "Ontmoeten onder één dak", "8900.00", "13750.00"),
 "mail": {"from": ("Sofie Dehaene", "sofie.dehaene@example.net"), "date": "2019-05-14 09:26:15",
          "subject": "Kandidatuur dorpshuis Houtem",
          "body": "Beste Jonas,\n\nHierbij het kandidatuurformulier van vzw Dorpshuis Houtem.\n\n"
                  "Vriendelijke groet,\nSofie Dehaene\n"},
 "a": {"org": "vzw Dorpshuis Houtem – ondernemingsnummer 0822.530.417",
       "seat": "Kerkplein 2\n8630 Houtem (Veurne)",
       "contact": "Sofie Dehaene\nOude Kasteelstraat 15, 8630 Houtem\n0496 30 18 45\nsofie.dehaene@example.net",
       "board": "Voorzitter: Johan Cattoor, 058 31 47 22, johan.cattoor@example.net\nPenningmeester: Erik Verhelst",
       "title": "Ontmoeten onder één dak",
       "location": "De oude jongensschool naast de kerk, Kerkplein 4, Houtem",
       "desc": "De oude jongensschool ombouwen tot dorpshuis met een ontmoetingsruimte, een kleine bibliotheek en "
               "een lokaal voor thuiswerkers. Open op vaste momenten, beheerd door een groep vrijwilligers.",
       "particip": "Dorpsbevraging (96 antwoorden), drie werksessies met de inwoners, samenwerking met de "
                   "bibliotheek van Veurne, de landelijke ruiters en de school.",
       "total": "Het totale budget bedraagt 13.750 euro, waarvan 2.350 euro eigen middelen.",
       "amount": "Wij vragen 8.900 euro aan de provincie.",
       "cofin": "Stad Veurne: 2.500 euro (toegezegd). Eigen middelen vzw: 2.350 euro."}},

{"n": 4, "format": "pdf_form", "design": "TPF2", "lang": "nl",
 "filename": "formulier praatcafes Hondschoote.pdf",
 "truth": T("Spreekgroep Moedertaal Hondschoote", "Dominique Verhille", "dominique.verhille@example.org",
            "+33651274809", "23 rue de la Liberté", "59122", "Hondschoote", "FR", "Vlaamse praatcafés in Hondschoote",
            "3500.00", None),
 "mail": {"from": ("Dominique Verhille", "dominique.verhille@example.org"), "date": "2019-06-15 16:40:02",
          "subject": "Kandidatuur praatcafés Hondschoote",
          "body": "Goeiendag,\n\nIn bijlage ons formulier. De offerte voor de boekjes sturen we zo snel mogelijk.\n\n"
                  "Hartelijke groeten,\nDominique Verhille\n"},
 "a": {"org": "Spreekgroep Moedertaal Hondschoote (association loi 1901, RNA W594010375)\n"
              "c/o Dominique Verhille, +33 6 51 27 48 09, dominique.verhille@example.org",
       "seat": "23 rue de la Liberté\n59122 Hondschoote\n(bij de penningmeester)",
       "contact": "Dominique Verhille, penningmeester – zie A1.",
       "board": "Voorzitster: Marie-Thérèse Coudeville, +33 3 28 68 34 19",
       "title": "Vlaamse praatcafés in Hondschoote",
       "location": "In de herbergen van Hondschoote en Les Moëres; de laatste avond in de zaal van het gemeentehuis.",
       "desc": "Elke maand een praatcafé waar mensen het Frans-Vlaams kunnen spreken en leren, met spelletjes, "
               "liederen en verhalen van de ouderen. Ook nieuwe inwoners zijn welkom.",
       "particip": "De ouderen van het dorp vertellen, de muziekschool speelt, de herbergiers stellen hun zaal "
                   "gratis ter beschikking.",
       "total": "Het budget is nog niet volledig: we wachten op een offerte voor de lesboekjes. Zie ook C3.",
       "amount": "3 500 euro (drieduizend vijfhonderd)",
       "cofin": "Lidgelden, en de herbergiers geven de zaal gratis. Geen andere subsidies."}},

{"n": 5, "format": "pdf_form", "design": "TPF3", "lang": "fr",
 "filename": "Questionnaire_Square_du_Rossignol.pdf",
 "truth": T("Comité de quartier du Rossignol", "Karine Dewaele", "karine.dewaele@example.com", "+33620478315",
            "17 rue des Fauvettes", "59270", "Bailleul", "FR", "Le Square du Rossignol", "6650.00", "8150.00"),
 "mail": {"from": ("Karine Dewaele", "karine.dewaele@example.com"), "date": "2019-05-30 22:33:18",
          "subject": "questionnaire projet square",
          "body": "Bonsoir,\n\nVoici notre questionnaire pour le square du Rossignol. Les devis sont disponibles si "
                  "besoin.\n\nKarine\n"},
 "a": {"org": "Le Comité de quartier du Rossignol (association de fait) à Bailleul. Président : Olivier Lesage.",
       "seat": "17 rue des Fauvettes, 59270 Bailleul (chez Karine Dewaele)",
       "contact": "Karine Dewaele\n17 rue des Fauvettes, 59270 Bailleul\nkarine.dewaele@example.com\n"
                  "(téléphone : voir Q10)",
       "title": "Le Square du Rossignol",
       "location": "Espace vert au bout de l'allée des Mésanges (terrain du bailleur social, accord obtenu)",
       "desc": "Aménager le square : deux tables de pique-nique, un jeu à ressort, des bacs potagers et une fête de "
               "quartier pour l'inauguration. Avec le bailleur, l'école du quartier et les habitants des immeubles.",
       "total": "Environ 8 150 € selon les devis (tables 2 100 €, jeu 3 200 €, bacs 1 950 €, fête 900 €).",
       "amount": "Nous demandons 6 650 €.",
       "cofin": "1 000 € de la fête des voisins 2018 et 500 € de la ville de Bailleul.",
       "remarks": "Karine est joignable en journée au 06 20 47 83 15. Olivier (président) le soir au 03 28 49 22 67."}},

{"n": 6, "format": "pdf_form", "design": "TPF3", "lang": "fr",
 "filename": "Verger_des_Peupliers.pdf",
 "truth": T(None, "Élodie Vanacker", "elodie.vanacker@example.net", "+33612553907",
            "8 chemin des Peupliers", "59190", "Caëstre", "FR", "Le Verger des Peupliers", "3900.00", "4450.00"),
 "mail": {"from": ("Elodie Vanacker", "elodie.vanacker@example.net"), "date": "2019-06-13 06:51:09",
          "subject": "Projet verger - Caëstre",
          "body": "Bonjour,\n\nJe vous envoie le questionnaire pour notre petit projet de verger entre voisins.\n\n"
                  "Merci et bonne journée,\nÉlodie Vanacker\n"},
 "a": {"org": "Moi-même, avec quelques voisins du chemin des Peupliers. Nous ne sommes pas une association.",
       "seat": "8 chemin des Peupliers\n59190 Caëstre",
       "contact": "Élodie Vanacker\n8 chemin des Peupliers\n59190 Caëstre\n06 12 55 39 07\nelodie.vanacker@example.net",
       "title": "Le Verger des Peupliers",
       "location": "Talus communal le long du chemin des Peupliers, entre les numéros 2 et 20",
       "desc": "Planter un petit verger de variétés anciennes (pommiers, poiriers), installer une boîte à partage "
               "et deux bancs, et organiser une fête de la récolte chaque automne.",
       "total": "4 450 €, dont 550 € que nous réunissons entre voisins.",
       "amount": "Trois mille neuf cents euros (3 900 €).",
       "cofin": "550 € des voisins. La commune nous prête la tarière et la remorque.",
       "remarks": "Je travaille de nuit : merci de m'appeler plutôt l'après-midi. Mon voisin Hervé Marquis "
                  "(06 70 13 28 44) peut aussi répondre."}},

{"n": 7, "format": "pdf_form", "design": "TPF4", "lang": "fr",
 "filename": "Vragenlijst_Questionnaire_ACAE.pdf",
 "truth": T("Association des Commerçants et Artisans d'Esquelbecq", "Sébastien Looten",
            "sebastien.looten@example.org", "+33328629417", "5 place du Marché", "59470", "Esquelbecq", "FR",
            "Esquelbecq, village boutique", "8750.00", "13900.00"),
 "mail": {"from": ("Sébastien Looten", "sebastien.looten@example.org"), "date": "2019-06-06 18:05:57",
          "subject": "Questionnaire Partons 2.0 – ACAE Esquelbecq",
          "body": "Bonjour Monsieur Polin,\n\nVeuillez trouver ci-joint le questionnaire complété de notre "
                  "association de commerçants.\n\nCordialement,\nSébastien Looten\n"},
 "a": {"org": "Association des Commerçants et Artisans d'Esquelbecq (ACAE)",
       "legal": "Association loi 1901 – SIRET 790 112 584 00012",
       "seat": "5 place du Marché\n59470 Esquelbecq",
       "contact": "Sébastien Looten (libraire)\n03 28 62 94 17\nsebastien.looten@example.org",
       "board": "Président : Philippe Gheeraert, 06 71 22 35 90\nTrésorière : Anne-Sophie Delporte, "
                "as.delporte@example.org",
       "title": "Esquelbecq, village boutique",
       "location": "Centre-bourg : place du Marché et rue de Wormhout, Esquelbecq",
       "desc": "Une boutique éphémère partagée dans une cellule vide de la place, ouverte aux artisans et "
               "producteurs du village, avec un coin café et des animations le samedi. Les habitants ont "
               "choisi les animations lors d'une soirée ouverte en avril.",
       "total": "13 900,00 €",
       "amount": "8 750,00 €",
       "cofin": "Commune d'Esquelbecq : 2 500,00 €\nApport des commerçants : 2 650,00 €",
       "sig": "Esquelbecq, le 6 juin 2019 – Philippe Gheeraert, président"}},

# ---------------------------------------------------------------- pdf_letter
{"n": 8, "format": "pdf_letter", "design": "TL", "lang": "nl",
 "filename": "Brief_Groene_Plein_Elverdinge.pdf",
 "truth": T("vzw Dorpsfeest Elverdinge", "Kathleen Vermote", "kathleen.vermote@example.org", "+32474582916",
            "Veldstraat 6", "8906", "Elverdinge", "BE", "Het Groene Plein van Elverdinge", "10000.00", "16850.00"),
 "mail": {"from": ("Luc Mahieu", "luc.mahieu@example.org"), "date": "2019-06-08 10:02:26",
          "subject": "Projectidee Elverdinge – Maak werk van je buurt",
          "body": "Beste heer Polin,\n\nIn bijlage onze brief voor de projectenoproep.\n\nMet vriendelijke groeten,\n"
                  "Luc Mahieu\nvoorzitter vzw Dorpsfeest Elverdinge\n057 42 18 63\n"},
 "letter": {
     "letterhead": ["vzw Dorpsfeest Elverdinge", "Veldstraat 6, 8906 Elverdinge",
                    "ondernemingsnummer 0475.302.118 – IBAN BE33 0015 6612 3446 – tel. 057 42 18 63"],
     "place_date": "Elverdinge, 8 juni 2019",
     "recipient": ["Provincie West-Vlaanderen", "Dienst gebiedswerking Westhoek", "t.a.v. Jonas Polin",
                   "Woumenweg 100", "8600 Diksmuide"],
     "subject": "Onderwerp: kandidatuur ‘Maak werk van je buurt!’ – Het Groene Plein van Elverdinge",
     "salutation": "Beste heer Polin,",
     "intro": "Graag stellen wij ons project voor. We beantwoorden hieronder de vragen uit de oproep.",
     "sections": [
         ("Wie dient het project in?", [
             "De vzw Dorpsfeest Elverdinge organiseert al dertig jaar de jaarmarkt en het dorpsfeest. Ons bestuur "
             "telt elf vrijwilligers; voorzitter is Luc Mahieu."]),
         ("Wat is ons idee?", [
             "Het dorpsplein is een grijze parking. Wij willen er ‘Het Groene Plein van Elverdinge’ van maken: "
             "bomen, een speelhoek, zitbanken en een kiosk voor kleine optredens. Een landschapsarchitect maakt "
             "het ontwerp samen met de inwoners."]),
         ("Hoe werken we samen met de inwoners?", [
             "We organiseren drie ontwerpavonden in de parochiezaal en een bevraging via de schoolkinderen. De "
             "handelaars rond het plein en de jeugdbeweging zitten mee in de stuurgroep."]),
         ("Wat kost het en hoeveel steun vragen we?", [
             "Het volledige project kost 16.850 euro. We vragen 10.000 euro, het maximum van de oproep. De "
             "overige 6.850 euro komt van de vzw (3.850 euro) en van de stad Ieper (3.000 euro)."]),
         ("Met wie neemt u contact op?", [
             "Onze secretaris Kathleen Vermote volgt het dossier op: 0474 58 29 16 – kathleen.vermote@example.org. "
             "Zij of Luc komen naar de begeleidingssessies."]),
     ],
     "closing": "Met vriendelijke groeten,",
     "signature": ["Luc Mahieu", "voorzitter"],
 }},

{"n": 9, "format": "pdf_letter", "design": "TL", "lang": "nl",
 "filename": "Dorpspunt_bakkerij_Oostvleteren.pdf",
 "truth": T("Bakkerij Ghesquière", "Evelien Ghesquière", "evelien.ghesquiere@example.net", "+32478340527",
            "Kerkstraat 52", "8640", "Oostvleteren", "BE", "Dorpspunt in de bakkerij", "5200.00", "6500.00"),
 "mail": {"from": ("Evelien Ghesquière", "evelien.ghesquiere@example.net"), "date": "2019-05-20 15:15:51",
          "subject": "Projectidee dorpspunt",
          "body": "Beste,\n\nIn bijlage mijn brief voor de oproep ‘Maak werk van je buurt’.\n\nGroeten,\n"
                  "Evelien Ghesquière\nBakkerij Ghesquière\n"},
 "letter": {
     "letterhead": ["Bakkerij Ghesquière", "brood – banket – dorpswinkeltje",
                    "Kerkstraat 52 – 8640 Oostvleteren – tel. 057 40 11 36", "btw BE 0598.207.644"],
     "place_date": "Oostvleteren, 20 mei 2019",
     "recipient": ["Provincie West-Vlaanderen", "t.a.v. Jonas Polin", "Woumenweg 100", "8600 Diksmuide"],
     "subject": "Onderwerp: projectidee ‘Dorpspunt in de bakkerij’",
     "salutation": "Beste meneer Polin,",
     "intro": "Hieronder vindt u ons antwoord op de vragen van de projectenoproep.",
     "sections": [
         ("Wie zijn wij?", ["Sinds 2009 baten wij de bakkerij van Oostvleteren uit. Het is de laatste winkel in "
                            "het dorp; veel oudere mensen komen hier ook voor een babbel."]),
         ("Wat willen we doen?", ["In de ruimte naast de winkel richten we een dorpspunt in: een zithoek met "
                                  "koffie, een infobord voor verenigingen en een ophaalpunt voor boodschappen voor "
                                  "wie niet mobiel is."]),
         ("Wie doet er mee?", ["De seniorenvereniging, de school en het lokaal dienstencentrum. Een bevraging "
                               "aan de toonbank leverde 88 reacties op."]),
         ("Wat kost het?", [
             {"table": [("Inrichting zithoek", "2.600 euro"), ("Meubilair", "1.900 euro"),
                        ("Infobord en communicatie", "650 euro"), ("Opening", "1.350 euro"),
                        ("Totaal", "6.500 euro")]},
             "We vragen 5.200 euro (80 %). De bakkerij legt zelf 1.300 euro bij."]),
         ("Contact", ["Evelien Ghesquière, zaakvoerder – 0478 34 05 27 – evelien.ghesquiere@example.net"]),
     ],
     "closing": "Vriendelijke groeten,",
     "signature": ["Evelien Ghesquière", "zaakvoerder"],
 }},

{"n": 10, "format": "pdf_letter", "design": "TL", "lang": "fr",
 "filename": "Lettre_Cassel_Demain.pdf",
 "truth": T("Collectif Cassel Demain", "Julie Ramon", "julie.ramon@example.org", None,
            "3 rue des Remparts", "59670", "Cassel", "FR", "Frigo solidaire et boîte à dons", "2850.00", "3400.00"),
 "mail": {"from": ("Julie Ramon", "julie.ramon@example.org"), "date": "2019-06-09 22:47:35",
          "subject": "Candidature Cassel Demain",
          "body": "Bonsoir,\n\nVeuillez trouver notre lettre de candidature en pièce jointe.\n\nJulie Ramon\n"},
 "letter": {
     "letterhead": ["Collectif Cassel Demain", "3 rue des Remparts – 59670 Cassel", "cassel.demain@example.org"],
     "place_date": "Cassel, le 9 juin 2019",
     "recipient": ["Province de Flandre-Occidentale", "M. Jonas Polin, coordinateur Partons 2.0",
                   "Woumenweg 100", "8600 Diksmuide – Belgique"],
     "subject": "Objet : appel à projets Partons 2.0 – « Frigo solidaire et boîte à dons »",
     "salutation": "Monsieur,",
     "intro": "Voici nos réponses aux questions de l'appel à projets.",
     "sections": [
         ("Qui sommes-nous ?", ["Un collectif d'une vingtaine d'habitants de Cassel et d'Oxelaëre, créé en 2018, "
                                "qui lutte contre le gaspillage et l'isolement."]),
         ("Quel est notre projet ?", ["Installer un frigo solidaire et une boîte à dons sous le porche de la "
                                      "maison paroissiale, rue Saint-Nicolas, avec des permanences de bénévoles "
                                      "et un goûter mensuel."]),
         ("Avec qui ?", ["Les commerçants du marché, l'épicerie partenaire (M. Lucas Debeyer, 03 28 42 16 30), "
                         "la paroisse et la mairie de Cassel (service vie associative, 03 28 42 40 13)."]),
         ("Combien ?", ["Le coût total est de 3 400 euros (frigo et installation électrique 1 900 euros, boîte à "
                        "dons 650 euros, hygiène et communication 850 euros). Nous demandons 2 850 euros ; le "
                        "collectif apporte 550 euros."]),
         ("Comment nous joindre ?", ["Merci de me contacter par courriel uniquement : julie.ramon@example.org "
                                     "(je réponds le soir)."]),
     ],
     "closing": "Veuillez agréer, Monsieur, nos salutations distinguées.",
     "signature": ["Julie Ramon", "pour le Collectif Cassel Demain"],
 }},

# ---------------------------------------------------------------- docx_form
{"n": 11, "format": "docx_form", "design": "TDX1", "lang": "nl",
 "filename": "Projectvoorstel_Samentuin_Reninge.docx",
 "truth": T("Tuinclub De Groene Vingers", "Nele Vandewalle", "nele.vandewalle@example.com", "+32472193064",
            "Molenstraat 14", "8647", "Reninge", "BE", "Samentuin Reninge", "6500.00", "7150.00"),
 "mail": {"from": ("Nele Vandewalle", "nele.vandewalle@example.com"), "date": "2019-05-11 11:45:09",
          "subject": "Projectvoorstel samentuin",
          "body": "Dag Jonas,\n\nHierbij ons projectvoorstel voor de samentuin in Reninge.\n\nGroetjes,\nNele\n"},
 "doc": {"author": "Nele Vandewalle"},
 "a": {"org": "Tuinclub De Groene Vingers, Molenstraat 14, 8647 Reninge (Lo-Reninge). Voorzitter: Rik Bouckaert.",
       "contact": "Nele Vandewalle – +32 (0)472 19 30 64 – nele.vandewalle@example.com",
       "title": "Samentuin Reninge",
       "location": "Perceel achter het woonzorgcentrum aan de Noordstraat in Reninge",
       "desc": "Een samentuin met verhoogde bakken, zodat ook bewoners van het woonzorgcentrum en mensen in een "
               "rolstoel kunnen tuinieren. Tuinclubleden begeleiden, de school komt wekelijks.",
       "total": "- tuinhuis en gereedschap: € 3.250\n- verhoogde bakken: € 2.100\n- regenwatertank: € 1.150\n"
                "- startdag: € 650\nTotaal: € 7.150",
       "amount": "€ 6.500,-",
       "coaching": "Ja, Nele en Rik."}},

{"n": 12, "format": "docx_form", "design": "TDX1", "lang": "nl",
 "filename": "Projectvoorstel dorpsraad Vinkem.docx",
 "truth": T("Dorpsraad Vinkem", "Dirk Bollaert", "dirk.bollaert@example.org", "+3258312649",
            "Lindendreef 5", "8630", "Vinkem", "BE", "Vinkem in beweging", "5850.00", "8100.00"),
 "mail": {"from": ("Lien Goethals", "lien.goethals@example.net"), "date": "2019-06-11 14:19:48",
          "subject": "FW: projectvoorstel dorpsraad Vinkem",
          "agent": "Microsoft Outlook 16.0",
          "body": "Dag Jonas,\n\nHierbij het projectvoorstel van de dorpsraad Vinkem, dat bij ons op de dienst "
                  "participatie terechtkwam. Voor inhoudelijke vragen verwijs ik graag naar Dirk Bollaert.\n\n"
                  "Met vriendelijke groet,\nLien Goethals\nDienst participatie\n058 33 55 21\n"},
 "doc": {"author": "Dirk B"},
 "a": {"org": "Dorpsraad Vinkem. We hebben geen eigen adres; post mag naar de voorzitter (zie vraag 2).",
       "contact": "Dirk Bollaert, voorzitter\nLindendreef 5, 8630 Vinkem\n058 31 26 49\ndirk.bollaert@example.org\n"
                  "Secretaris: An Degrieck, 0494 77 02 15",
       "title": "Vinkem in beweging",
       "location": "Het dorpsplein en het grasveld achter de kerk van Vinkem",
       "desc": "Een petanque- en kubbterrein, een fietsherstelpunt voor de fietsers van de Westhoekroute en "
               "zitbanken, aangelegd samen met de inwoners tijdens twee klusdagen.",
       "total": "8.100 euro (waarvan 2.250 euro toelage van de stad Veurne)\n- petanque- en kubbterrein 3.300\n"
                "- fietsherstelpunt 1.900\n- zitbanken 2.050\n- openingsdag 850",
       "amount": "Wij vragen 5.850 euro aan de provincie.",
       "coaching": "Ja, Dirk of An."}},

{"n": 13, "format": "docx_form", "design": "TDX3", "lang": "nl",
 "filename": "Invulformulier_Zomermarkt_Koekelare.docx",
 "truth": T("Middenstandsvereniging Koekelare Centrum", "Ward Vanhove", "ward.vanhove@example.com", "+32476128350",
            "Marktplaats 11", "8680", "Koekelare", "BE", "Zomermarkt Koekelare", "4600.00", "6850.00"),
 "mail": {"from": ("Ward Vanhove", "ward.vanhove@example.com"), "date": "2019-04-26 17:03:59",
          "subject": "Invulformulier zomermarkt",
          "body": "Beste meneer Polin,\n\nIn bijlage het invulformulier van onze middenstandsvereniging.\n\n"
                  "Vriendelijke groeten,\nWard Vanhove\n"},
 "doc": {"author": "Ward Vanhove"},
 "a": {"org": "Middenstandsvereniging Koekelare Centrum, p/a Marktplaats 11, 8680 Koekelare – ondernemingsnummer "
              "0743.218.665",
       "seat": "",
       "contact": "Ward Vanhove\nward.vanhove@example.com\n0476 12 83 50",
       "title": "Zomermarkt Koekelare",
       "location": "Marktplein en Dorpsstraat in Koekelare, vier vrijdagavonden in juli en augustus",
       "desc": "Avondmarkten met lokale producenten, een terras van de jeugdbeweging en optredens van "
               "muziekverenigingen, zodat het centrum ’s avonds weer leeft.",
       "total": "EUR 6 850",
       "amount": "EUR 4 600",
       "cofin": "Bijdrage handelaars: EUR 1 250\nGemeente Koekelare: EUR 1 000"}},

{"n": 14, "format": "docx_form", "design": "TDX2", "lang": "fr",
 "filename": "Formulaire_Jardin_des_Rencontres.docx",
 "truth": T("Le Relais de Merville", "Chantal Bekaert", "chantal.bekaert@example.net", "+33328487395",
            "6 allée des Tilleuls", "59660", "Merville", "FR", "Le Jardin des Rencontres", "8800.00", "11900.00"),
 "mail": {"from": ("Chantal Bekaert", "chantal.bekaert@example.net"), "date": "2019-05-27 10:41:22",
          "subject": "Formulaire Partons 2.0 – Le Relais de Merville",
          "body": "Bonjour,\n\nVous trouverez ci-joint notre formulaire de candidature.\n\nCordialement,\n"
                  "Chantal Bekaert\n"},
 "doc": {"author": "Chantal"},
 "a": {"org": "Le Relais de Merville (association loi 1901, créée en 2009, 60 adhérents) – lien social et entraide",
       "seat": "Même adresse que l'interlocutrice (point 3).",
       "contact": "Chantal Bekaert\n6 allée des Tilleuls\n59660 Merville\n+33 (0)3 28 48 73 95\nchantal.bekaert@example.net",
       "board": "Président : Daniel Wallyn (06 52 18 40 77)",
       "title": "Le Jardin des Rencontres",
       "location": "Jardin de l'ancien presbytère, rue de la Lys, Merville",
       "desc": "Ouvrir le jardin de l'ancien presbytère aux habitants : potager collectif, bancs, four à pain et "
               "après-midis intergénérationnels. Les voisins ont dessiné le plan lors de deux ateliers.",
       "total": "11 900 € au total. Financement : Province (demandé) 8 800 €, Ville de Merville 1 600 €, fonds "
                "propres 1 500 €.",
       "amount": "8 800 €",
       "cofin": "Voir point 8."}},

{"n": 15, "format": "docx_form", "design": "TDX2", "lang": "fr",
 "filename": "Route_de_la_Paix_a_velo.docx",
 "truth": T("Messines sans Frontières", "Valérie Lambert", "valerie.lambert@example.com", "+32485617203",
            "Nieuwkerkestraat 22", "8957", "Messines", "BE", "La Route de la Paix à vélo", "4200.00", "5900.00"),
 "mail": {"from": ("Valérie Lambert", "valerie.lambert@example.com"), "date": "2019-06-01 09:30:44",
          "subject": "Candidature – La Route de la Paix à vélo",
          "body": "Bonjour Monsieur Polin,\n\nVoici notre formulaire pour le circuit vélo entre Messines et Nieppe.\n\n"
                  "Bien cordialement,\nValérie Lambert\n"},
 "doc": {"author": "V. Lambert"},
 "a": {"org": "Messines sans Frontières : association de fait d'habitants de Messines (Mesen, B) et de Nieppe (F), "
              "31 membres.",
       "seat": "Nieuwkerkestraat 22\n8957 Messines (Belgique)",
       "contact": "Valérie Lambert (même adresse)\nGSM +32 485 61 72 03\nvalerie.lambert@example.com\n"
                  "Côté français : Bruno Delannoy, +33 6 30 28 74 11",
       "board": "Présidente : Valérie Lambert ; trésorier : Marc Haelewyn",
       "title": "La Route de la Paix à vélo",
       "location": "Circuit de 24 km entre Messines (B) et Nieppe (F)",
       "desc": "Baliser un circuit vélo transfrontalier avec des panneaux bilingues sur l'histoire des deux "
               "villages, éditer une carte et organiser des balades guidées par des habitants.",
       "total": "Le projet coûte 5.900 € au total (panneaux 2.400 €, carte 1.100 €, balades 1.500 €, assurance 900 €).",
       "amount": "Nous demandons 4.200 €.",
       "cofin": "Le reste (1.700 €) : les membres et la ville de Mesen."}},

# ---------------------------------------------------------------- odt_form
{"n": 16, "format": "odt_form", "design": "TOD1", "lang": "fr",
 "filename": "reponse_appel_Zegerscappel.odt",
 "truth": T("Zegerscappel Patrimoine", "Gilles Deneuville", "gilles.deneuville@example.com", "+33663184027",
            "12 bis route de Bollezeele", "59470", "Zegerscappel", "FR", "Chapelles et calvaires de Zegerscappel",
            "7650.00", "9900.00"),
 "mail": {"from": ("Gilles Deneuville", "gilles.deneuville@example.com"), "date": "2019-05-25 16:26:13",
          "subject": "Réponse à l'appel Partons 2.0 – Zegerscappel Patrimoine",
          "body": "Bonjour,\n\nVeuillez trouver ci-joint notre réponse à l'appel à projets.\n\nCordialement,\n"
                  "Gilles Deneuville\n"},
 "doc": {"author": "Gilles Deneuville"},
 "a": {"org": "Zegerscappel Patrimoine, association loi 1901 (RNA W594007729)\n"
              "Siège : 12 bis route de Bollezeele, 59470 Zegerscappel",
       "contact": "Gilles Deneuville, secrétaire – 06 63 18 40 27 – gilles.deneuville@example.com\n"
                  "Présidente : Thérèse Blanckaert (03 28 68 92 14)",
       "title": "Chapelles et calvaires de Zegerscappel",
       "location": "Les onze chapelles et calvaires de la commune, départ de la place de l'église",
       "desc": "Restaurer les petites chapelles avec les habitants, créer un circuit de promenade avec panneaux "
               "et organiser une fête annuelle des chapelles. Les familles qui entretiennent les chapelles "
               "forment le groupe de pilotage.",
       "total": "Le coût global est de 9 900 € ; nous sollicitons 7 650 € auprès de la Province, le solde (2 250 €) "
                "étant couvert par l'association et la buvette de la fête.",
       "amount": "Voir la rubrique F.",
       "remarks": "Nous participerons volontiers aux sessions d'accompagnement."}},

{"n": 17, "format": "odt_form", "design": "TOD1", "lang": "fr",
 "filename": "Voisins relais - candidature.odt",
 "truth": T("Espace de vie sociale Le Trait d'Union", "Samia Haddad", "samia.haddad@example.org", "+33328227645",
            "14 rue des Écluses", "59630", "Bourbourg", "FR", "Voisins relais", "9700.00", "21600.00"),
 "mail": {"from": ("Accueil Trait d'Union", "contact.traitdunion@example.org"), "date": "2019-06-12 11:58:04",
          "subject": "Candidature Partons 2.0 – Voisins relais",
          "body": "Bonjour,\n\nÀ la demande de Samia Haddad, nous vous transmettons notre candidature.\n\n"
                  "Cordialement,\nL'accueil du Trait d'Union\n03 28 22 76 00\n"},
 "doc": {"author": "accueil"},
 "a": {"org": "Espace de vie sociale Le Trait d'Union (association loi 1901)\n14 rue des Écluses, 59630 Bourbourg\n"
              "Accueil : 03 28 22 76 00",
       "contact": "Samia Haddad, animatrice – ligne directe 03 28 22 76 45 – samia.haddad@example.org\n"
                  "Président : Alain Ducrocq ; coordinatrice : Hélène Pruvost (helene.pruvost@example.org, "
                  "03 28 22 76 02)",
       "title": "Voisins relais",
       "location": "Cité des Jardins et quartier de la Gare, Bourbourg",
       "desc": "Former dix habitants « voisins relais » qui accueillent les nouveaux arrivants, orientent vers les "
               "services et animent une fête de quartier par semestre.",
       "total": "Coût total : 21 600 €.\nVille de Bourbourg 5 000 € ; CAF du Nord 4 900 € ; fonds propres 2 000 € ; "
                "Province (Partons 2.0) 9 700 €.",
       "amount": "9 700 €",
       "remarks": "Les voisins relais seront présentés lors de la session d'accompagnement du 28/11/2019."}},

{"n": 18, "format": "odt_form", "design": "TOD2", "lang": "nl",
 "filename": "Projectfiche_bewonersgroep_Sint-Joris.odt",
 "truth": T("Bewonersgroep Sint-Joris", "Hans Vandromme", "hans.vandromme@example.net", "+3258236019",
            "Polderweg 45", "8620", "Sint-Joris", "BE", None, "2950.00", "3700.00"),
 "mail": {"from": ("Hans Vandromme", "hans.vandromme@example.net"), "date": "2019-05-06 19:37:21",
          "subject": "projectfiche Sint-Joris",
          "body": "Goedenavond,\n\nHierbij de projectfiche van onze bewonersgroep.\n\nMvg,\nHans Vandromme\n"},
 "doc": {"author": "Hans"},
 "a": {"org": "Bewonersgroep Sint-Joris (Nieuwpoort)",
       "seat": "Polderweg 45, 8620 Sint-Joris",
       "contact": "Hans Vandromme – 058 23 60 19 (na 18 u) – hans.vandromme@example.net",
       "title": "Hebben we nog niet. De naam kiezen we samen met de buurt.",
       "location": "Rond de kerk en de oude pastorie van Sint-Joris",
       "desc": "Een bevraging en twee buurtavonden met een participatiebegeleider om te bepalen wat er met de oude "
               "pastorie en het plein moet gebeuren.",
       "total": "3.700 EUR (bevraging en drukwerk 700, participatiebegeleiding 2.300, buurtavond 700)",
       "amount": "2.950 EUR",
       "cofin": "750 EUR uit de kas van de bewonersgroep."}},

# ---------------------------------------------------------------- xlsx / ods
{"n": 19, "format": "xlsx_form", "design": "TXL", "lang": "fr",
 "filename": "Questionnaire_Rendez-vous_de_la_Peene.xlsx",
 "truth": T("Noordpeene Animation", "Ludovic Decool", "ludovic.decool@example.net", "+33675208163",
            "9 rue du Bois", "59670", "Noordpeene", "FR", "Les Rendez-vous de la Peene", "5350.00", "6450.00"),
 "mail": {"from": ("Martine Lheureux", "martine.lheureux@example.net"), "date": "2019-05-17 20:03:12",
          "subject": "Questionnaire Noordpeene Animation",
          "body": "Bonsoir,\n\nJe suis la présidente de Noordpeene Animation. Ci-joint notre questionnaire ; "
                  "c'est Ludovic Decool qui suit le projet.\n\nCordialement,\nMartine Lheureux\n"},
 "doc": {"author": "M. Lheureux"},
 "sheet": {
     "title": "PARTONS 2.0 – Questionnaire de candidature",
     "note": "Date limite : 16/06/2019 – contact : Jonas Polin, +32 51 51 94 37",
     "rows": [
         ("q", "1. Nom du porteur de projet", "Noordpeene Animation (association loi 1901)"),
         ("q", "2. Adresse (numéro, rue, code postal, commune)", "9 rue du Bois, 59670 Noordpeene"),
         ("q", "3. Présidente", "Martine Lheureux – 06 24 18 59 30"),
         ("q", "4. Personne qui suit le projet : nom, téléphone, courriel",
          "Ludovic Decool\n06 75 20 81 63\nludovic.decool@example.net"),
         ("q", "5. Titre du projet", "Les Rendez-vous de la Peene"),
         ("q", "6. Où ?", "Pâture communale au bord de la Peene Becque, près de la salle des fêtes"),
         ("q", "7. Quoi et avec qui ?",
          "Trois dimanches festifs par an (concerts, jeux, repas partagé) préparés avec les habitants, l'école et "
          "les agriculteurs du village."),
         ("budget", "8. Budget prévisionnel (en euros)",
          [("Location chapiteau", 1900), ("Sonorisation", 1200), ("Artistes", 2150), ("Communication", 400),
           ("Sécurité", 800)], "Total du projet"),
         ("num", "9. Montant demandé à la Province (€)", 5350),
         ("q", "10. Autres financements", "Commune : 600 € ; fonds propres : 500 €"),
     ],
 }},

{"n": 20, "format": "ods_form", "design": "TOS", "lang": "nl",
 "filename": "Aanvraag_Klusjesdienst_Beselare.ods",
 "truth": T("Buurtwerk Beselare", "Inge Dumoulin", "inge.dumoulin@example.com", "+32471285930",
            "Kouterstraat 3", "8980", "Beselare", "BE", "Klusjesdienst Beselare", "6800.00", "8050.00"),
 "mail": {"from": ("Inge Dumoulin", "inge.dumoulin@example.com"), "date": "2019-05-08 13:13:13",
          "subject": "Aanvraag klusjesdienst Beselare",
          "body": "Dag Jonas,\n\nIn bijlage onze aanvraag (rekenblad, LibreOffice).\n\nGroeten,\nInge\n"},
 "doc": {"author": "Inge"},
 "sheet": {
     "title": "Aanvraag ‘Maak werk van je buurt!’ 2019",
     "note": "Provincie West-Vlaanderen – Partons 2.0 – Woumenweg 100, 8600 Diksmuide",
     "rows": [
         ("sec", "Aanvrager"),
         ("q", "Naam vereniging", "Buurtwerk Beselare", "feitelijke vereniging"),
         ("q", "Adres", "Kouterstraat 3", None),
         ("q", "Postcode / gemeente", "8980 Beselare", "deelgemeente Zonnebeke"),
         ("q", "Contactpersoon", "Inge Dumoulin", None),
         ("q", "GSM", "0471 28 59 30", None),
         ("q", "E-mail", "inge.dumoulin@example.com", None),
         ("q", "Tweede contact", "Pieter Slembrouck – 0485 33 12 07", None),
         ("sec", "Project"),
         ("q", "Naam project", "Klusjesdienst Beselare", None),
         ("q", "Plaats", "Heel Beselare; materiaal in de garage van het parochiecentrum", None),
         ("q", "Omschrijving", "Buurtbewoners helpen elkaar met kleine klusjes (lamp vervangen, gras maaien, "
                               "boodschappen). Een vaste coördinator verdeelt de vragen.", None),
         ("sec", "Budget"),
         ("budget", [("Vergoeding vrijwilligers", 2300), ("Gereedschap", 1850), ("Verzekering", 1100),
                     ("Opleiding", 1200), ("Communicatie", 600), ("Startmoment", 1000)]),
         ("num", "Eigen middelen", 1250, None),
         ("num", "Gevraagde steun provincie", 6800, "max. 10 000 euro"),
     ],
 }},
]
