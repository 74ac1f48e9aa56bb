# -*- coding: utf-8 -*-
"""Invented applicants for corpus c31 ("forms made and filled with other software").

Every person, street, phone number and e-mail address here is invented.
Village names and postcodes are real places in the Westhoek (BE) and Nord (FR).

Keys:
  slot      internal id, used only by build.py to pick the renderer
  design    renderer key (see render_*.py)
  split     dev | test
  lang      nl | fr
  f         truth fields (what the mail says)
  disp      how values are typed in the document (spelling variants)
  x         design-specific extras / traps
"""

COORDINATOR = ("Jonas Polin", "jonas.polin@west-vlaanderen.be")

R = []


def rec(slot, split, lang, design, f, disp=None, x=None, sender=None, date=None, body=None, fname=None):
    R.append(dict(slot=slot, split=split, lang=lang, design=design, f=f, disp=disp or {}, x=x or {},
                  sender=sender, date=date, body=body, fname=fname))


def F(org, contact, email, phone, address, postcode, municipality, country, title, req, total):
    return dict(organisation=org, contact_name=contact, email=email, phone=phone, address=address,
                postcode=postcode, municipality=municipality, country=country, project_title=title,
                requested_amount=req, total_budget=total)


# ----------------------------------------------------------------- NL, dev
rec(1, "dev", "nl", "PF1_acrobat",
    F("Dorpsraad Beveren-aan-de-IJzer", "Annelies Vandecasteele", "annelies.vdc@example.org", "+32473184562",
      "Kapelleweg 14", "8691", "Beveren-aan-de-IJzer", "BE", "Dorpsontmoetingspunt in de oude pastorij",
      "7500.00", "11250.00"),
    disp=dict(phone="0473/18.45.62", req="€ 7.500", total="€ 11.250", own="€ 2.250", other="Gemeente Alveringem: € 1.500"),
    sender=("Annelies Vandecasteele", "annelies.vdc@example.org"), date="2019-05-14 20:41",
    fname="Projectfiche Partons 2.0 - Dorpsraad Beveren.pdf")

rec(2, "dev", "nl", "PF3_lo",
    F("Buurtcomité Lindenhof", "Bart Declercq", "bart.declercq@example.net", "+3257421890",
      "Lindenhofstraat 27", "8956", "Kemmel", "BE", "Samentuin De Groene Hoek",
      "4850.00", "6100.00"),
    disp=dict(phone="057 42 18 90", req="4850,00 EUR", total="6100,00 EUR", own="1250,00 EUR (vrijwilligers + kas comité)", other="geen"),
    sender=("Bart Declercq", "bart.declercq@example.net"), date="2019-05-21 09:12",
    fname="aanvraag_samentuin.pdf")

rec(3, "dev", "nl", "PF4_viewer",
    F("vzw De Speelvogel", "Ward Vanneste", "ward@example.com", "+32496551207",
      "Molenhoekweg 3", "8640", "Westvleteren", "BE", "Speelbos achter de school",
      "9800.00", "14300.00"),
    disp=dict(phone="+32 496 55 12 07", req="9 800 euro", total="14 300 euro", own="1.500", other="Fonds Natuurlijk Spelen: 3.000"),
    sender=("Nele Samyn", "secretariaat.speelvogel@example.com"), date="2019-06-03 14:05",
    x=dict(sender_role="secretaris"), fname="Partons2_aanvraagformulier_ingevuld.pdf")

rec(4, "dev", "nl", "PL1_gforms",
    F("Straatcomité Bremstraat", "Hilde Samyn", "hilde.samyn@example.org", "+32478902314",
      "Bremstraat 41", "8650", "Merkem", "BE", "Straatmeesters voor de Bremwijk",
      "3200.00", None),
    disp=dict(phone="0478 90 23 14", req="3200"),
    x=dict(respondent="bremstraat.comite@example.net"),
    sender=("Straatcomité Bremstraat", "bremstraat.comite@example.net"), date="2019-05-09 22:17",
    fname="Maak werk van je buurt! - projectidee.pdf")

rec(5, "dev", "nl", "PL2_msforms",
    F("Landelijke Gilde Stavele", "Koen Lefever", "koen.lefever@example.net", "+32475660981",
      "Hoppeland 8", "8691", "Stavele", "BE", "Lokale boerenmarkt op het dorpsplein",
      "6000.00", "9400.00"),
    disp=dict(phone="0475 66 09 81", req="6000", total="9400", own="1400", other="Landelijke Gilde nationaal: 2000"),
    x=dict(respondent=("Katrien Debruyne", "katrien.debruyne@example.com"), resp_id="7"),
    sender=("Koen Lefever", "koen.lefever@example.net"), date="2019-06-11 08:33",
    fname="Partons 2.0 projectidee(1-7).pdf")

rec(6, "dev", "nl", "PL4_gdocs",
    F("Vrienden van de Sint-Rictrudiskerk", "Griet Vandenbroucke", "griet.vdb@example.org", "+32499123870",
      "Kerkhofdreef 2 bus 1", "8647", "Reninge", "BE", "Trage wegen rond Reninge in kaart",
      "5375.00", "5375.00"),
    disp=dict(phone="0499 12 38 70", req="€ 5.375,00", total="€ 5.375,00", own="/", other="/"),
    x=dict(letter_addr="Sint-Rictrudisplein 1, 8647 Reninge", letter_phone="057 40 00 12"),
    sender=("Griet Vandenbroucke", "griet.vdb@example.org"), date="2019-05-28 19:55",
    fname="Projectfiche Trage wegen Reninge.pdf")

rec(7, "dev", "nl", "D1_gdocs",
    F("Gezinsbond Watou", "Stijn Ghekiere", "stijn.ghekiere@example.com", "+32471220456",
      "Zwaluwstraat 19", "8978", "Watou", "BE", "Repair Café en buurtatelier De Schroevendraaier",
      "2750.00", "4100.00"),
    disp=dict(phone="+32 471 22 04 56", req="2.750 euro", total="4.100 euro", own="1.350 euro"),
    x=dict(contact_addr_idem=True),
    sender=("Stijn Ghekiere", "stijn.ghekiere@example.com"), date="2019-06-14 23:48",
    fname="Projectfiche Repair Café Watou.docx")

rec(8, "dev", "nl", "D2_wordlh",
    F("Oudercomité VBS De Klimop", "Marijke Dewulf", "marijke.dewulf@example.org", "+32472310598",
      "Vijverdreef 6", "8958", "Loker", "BE", "Buurtbibliotheek in de oude telefooncel",
      "6500.00", "8200.00"),
    disp=dict(phone="0472 31 05 98", req="zesduizend vijfhonderd euro", total="€ 8.200", own="€ 700", other="Gemeente Heuvelland: € 1.000"),
    x=dict(letter_addr="Schoolstraat 12, 8958 Loker", letter_phone="057 44 61 30", letter_mail="klimop.loker@example.net"),
    sender=("Marijke Dewulf", "marijke.dewulf@example.org"), date="2019-06-06 12:02",
    fname="Aanvraagformulier Partons - De Klimop.docx")

rec(9, "dev", "nl", "O1_lo_controls",
    F("Dorpshuis 't Kruispunt vzw", "Pieter-Jan Verhaeghe", "pj.verhaeghe@example.net", "+3258312277",
      "Oude Kasteelweg 33", "8630", "Wulveringem", "BE", "Dorpscafé 't Kruispunt heropent",
      "10000.00", "26500.00"),
    disp=dict(phone="058 31 22 77", req="10.000 EUR", total="26.500 EUR", own="6.500 EUR", other="Leader Westhoek: 10.000 EUR"),
    sender=("Pieter-Jan Verhaeghe", "pj.verhaeghe@example.net"), date="2019-05-31 17:26",
    fname="projectfiche_kruispunt.odt")

rec(10, "dev", "nl", "X1_excel",
    F("Jeugdhuis De Kelder", "Ellen Coussement", "ellen.coussement@example.com", "+32468115723",
      "Schuttershofstraat 5", "8980", "Passendale", "BE", "Buurtfeest en graffitimuur aan het jeugdhuis",
      "4275.00", "6275.00"),
    disp=dict(phone="0468 11 57 23"),
    x=dict(budget=[("Verf en materiaal graffitimuur", 1850), ("Begeleiding graffitikunstenaar", 1200),
                   ("Huur podium en geluid buurtfeest", 2100), ("Communicatie (flyers, affiches)", 525),
                   ("Verzekering", 600)], own=1200, other=800, other_label="Jeugddienst gemeente Zonnebeke"),
    sender=("Ellen Coussement", "ellen.coussement@example.com"), date="2019-06-15 21:09",
    fname="aanvraag Partons 2.0 - De Kelder.xlsx")

# ----------------------------------------------------------------- NL, test
rec(11, "test", "nl", "PF2_wordacro",
    F("Buurtwerking Adinkerke Noord", "Dries Vermeersch", "dries.vermeersch@example.org", "+32494770321",
      "Duinhoekstraat 52", "8660", "Adinkerke", "BE", "Buurtbus De Panne-Adinkerke",
      "7250.50", "12480.00"),
    disp=dict(phone="0494/77.03.21", req="7 250,50", total="12 480,00", own="2 229,50", other="Gemeente De Panne 3 000,00"),
    sender=("Dries Vermeersch", "dries.vermeersch@example.org"), date="2019-06-12 10:44",
    fname="Aanvraagformulier_MaakWerkVanJeBuurt.pdf")

rec(12, "test", "nl", "PF5_budget",
    F("Velt Westhoek - afdeling Houthulst", "Veerle Lobelle", "veerle.lobelle@example.net", "+32477218840",
      "Klerkenstraat 118", "8650", "Houthulst", "BE", "Moestuin om samen te tuinieren aan het OCMW-huis",
      "3960.00", "5460.00"),
    disp=dict(phone="0477 21 88 40"),
    x=dict(budget=[("Tuingereedschap en serre", 1890), ("Zaden, plantgoed, compostbak", 620),
                   ("Workshop permacultuur (2 sessies)", 950), ("Startmoment met buren", 500),
                   ("Houten zitbanken", 1500)], own=1500, other=0),
    sender=("Veerle Lobelle", "veerle.lobelle@example.net"), date="2019-05-17 13:30",
    fname="Formulier_projectidee_Velt.pdf")

rec(13, "test", "nl", "PF6_bilingual",
    F("Toneelkring Vrij en Blij Proven", "Frederik Delanghe", "f.delanghe@example.com", "+32486407715",
      "Lijsterbeslaan 9", "8972", "Proven", "BE", "Openluchttheater op de dorpsweide",
      "8400.00", "13900.00"),
    disp=dict(phone="+32 (0)486 40 77 15", req="8.400,00", total="13.900,00", own="3.000,00", other="Cultuurraad Poperinge 2.500,00"),
    sender=("Frederik Delanghe", "f.delanghe@example.com"), date="2019-06-08 16:18",
    fname="Partons2.0_formulaire-formulier.pdf")

rec(14, "test", "nl", "PL3_jotform",
    F("Femma Elverdinge", "Lieve Deprez", "lieve.deprez@example.org", "+32470556619",
      "Brugseweg 201", "8906", "Elverdinge", "BE", "Wekelijks soepmoment voor alleenstaanden",
      "2400.00", "3150.00"),
    disp=dict(phone="0470 55 66 19", req="€2.400,00", total="€3.150,00"),
    x=dict(sub_id="4360198825413729104"),
    sender=("Lieve Deprez", "lieve.deprez@example.org"), date="2019-05-06 11:51",
    fname="Femma_Elverdinge_inzending.pdf")

rec(15, "test", "nl", "PL5_pages",
    F("Heemkundige Kring De Lovie", "Hendrik Bulckaert", "hendrik.bulckaert@example.net", "+32476883412",
      "Abeelseweg 74", "8970", "Poperinge", "BE", "Erfgoedwandeling met QR-paaltjes langs de hoppevelden",
      "5900.00", "7900.00"),
    disp=dict(phone="0476 88 34 12", req="5.900 €", total="7.900 €", own="2.000 € (kas kring)"),
    x=dict(letter_addr="Gasthuisstraat 5, 8970 Poperinge", letter_phone="057 33 40 81", letter_mail="info.delovie@example.org"),
    sender=("Hendrik Bulckaert", "hendrik.bulckaert@example.net"), date="2019-06-13 07:58",
    fname="Projectfiche_DeLovie.pdf")

rec(16, "test", "nl", "D3_pages",
    F("Buurtvereniging Zillebeke Vijver", "Wouter Debruyne", "wouter.debruyne@example.com", "+32491332068",
      "Zillebekevijverdreef 61", "8902", "Zillebeke", "BE", "Vijverpicknick en zitbanken voor de buurt",
      "3450.00", "3950.00"),
    disp=dict(phone="0491 33 20 68", req="3 450 euro", total="3 950 euro", own="500 euro"),
    x=dict(email_see_sender=True),
    sender=("Wouter Debruyne", "wouter.debruyne@example.com"), date="2019-05-26 10:03",
    fname="Projectfiche Vijverpicknick.docx")

rec(17, "test", "nl", "D4_wps",
    F("KWB Vlamertinge", "Jozef Verleye", "jozef.verleye@example.org", "+3257469930",
      "Poperingseweg 160", "8908", "Vlamertinge", "BE", "Fietsherstelpunt en deelfietsen voor senioren",
      "8125.00", "10625.00"),
    disp=dict(phone="+32 (0)57 46 99 30", req="8125 EUR", total="10625 EUR", own="2500 EUR"),
    sender=("Jozef Verleye", "jozef.verleye@example.org"), date="2019-06-02 19:40",
    fname="KWB Vlamertinge aanvraag.docx")

rec(18, "test", "nl", "D5_wordcc",
    F("Bewonersplatform Pervijze", "Els Vanhee", "els.vanhee@example.net", "+32473009641",
      "Eierstraat 7", "8600", "Pervijze", "BE", "Zomerbar en ontmoetingsplek aan de oude stationsloods",
      "9000.00", None),
    disp=dict(phone="0473 00 96 41", req="€ 9.000,-"),
    sender=("Els Vanhee", "els.vanhee@example.net"), date="2019-06-15 11:27",
    fname="Projectfiche_Pervijze.docx")

rec(19, "test", "nl", "O2_lo_table",
    F("Seniorenraad Lo-Reninge", "Maarten Devos", "maarten.devos@example.com", "+32479514402",
      "Noordstraat 23", "8647", "Lo-Reninge", "BE", "Vrijwillige chauffeurs voor minder mobiele dorpsgenoten",
      "4600.00", "5800.00"),
    disp=dict(phone="0479 51 44 02", req="€ 4 600", total="€ 5 800", own="€ 1 200"),
    sender=("Maarten Devos", "maarten.devos@example.com"), date="2019-05-23 15:36",
    fname="projectidee seniorenraad.odt")

rec(20, "test", "nl", "S1_calc",
    F("Speelpleinwerking Koekelare", "Sofie Vandaele", "sofie.vandaele@example.org", "+32484208317",
      "Ichtegemstraat 15", "8680", "Koekelare", "BE", "Speelstraten in de zomer: materiaal en buurtmoment",
      "2980.00", "4180.00"),
    disp=dict(phone="0484 20 83 17"),
    x=dict(budget=[("Speelkoffer en spelmateriaal", 1480), ("Verkeersborden en hekken", 900),
                   ("Slotfeest met buren", 1100), ("Drukwerk uitnodigingen", 300), ("Verzekering vrijwilligers", 400)],
           own=1200, other=0),
    sender=("Sofie Vandaele", "sofie.vandaele@example.org"), date="2019-05-29 20:20",
    fname="Partons20_aanvraag_speelstraten.ods")

# ----------------------------------------------------------------- FR, dev
rec(21, "dev", "fr", "PF1_acrobat",
    F("Association Les Amis du Moulin", "Sandrine Deswarte", "sandrine.deswarte@example.org", "+33612457893",
      "12 rue du Moulin Brûlé", "59122", "Hondschoote", "FR", "Café associatif au pied du moulin",
      "8000.00", "13500.00"),
    disp=dict(phone="06 12 45 78 93", req="8 000 €", total="13 500 €", own="2 500 €", other="Commune de Hondschoote : 3 000 €"),
    sender=("Sandrine Deswarte", "sandrine.deswarte@example.org"), date="2019-05-20 21:34",
    fname="Fiche projet Partons 2.0 - Amis du Moulin.pdf")

rec(22, "dev", "fr", "PF3_lo",
    F("Comité des fêtes de Bambecque", "Thierry Ryckebusch", "thierry.ryckebusch@example.net", "+33328275134",
      "3 chemin des Courtils", "59470", "Bambecque", "FR", "Fête des voisins transfrontalière",
      "3500.00", "5200.00"),
    disp=dict(phone="03 28 27 51 34", req="3500,00 €", total="5200,00 €", own="1700,00 €", other="néant"),
    sender=("Thierry Ryckebusch", "thierry.ryckebusch@example.net"), date="2019-06-04 18:47",
    fname="formulaire_partons_bambecque.pdf")

rec(23, "dev", "fr", "PF4_viewer",
    F("Les Jardins de la Houblonnière", "Nathalie Dewaele", "nathalie.dewaele@example.com", "+33687320416",
      "27 rue de la Houblonnière", "59114", "Steenvoorde", "FR", "Jardin partagé et verger de la Houblonnière",
      "9250.00", "15750.00"),
    disp=dict(phone="06.87.32.04.16", req="9.250 euros", total="15.750 euros", own="2.500 euros", other="Région Hauts-de-France : 4.000 euros"),
    sender=("Nathalie Dewaele", "nathalie.dewaele@example.com"), date="2019-05-12 10:09",
    fname="Dossier Partons 2.0.pdf")

rec(24, "dev", "fr", "PL1_gforms",
    F("Association Esquelbecq Demain", "Benoît Hennebelle", "benoit.hennebelle@example.org", "+33645129870",
      "8 allée des Peupliers", "59470", "Esquelbecq", "FR", "Boîte à livres et coin lecture sur la place",
      "2600.00", "3100.00"),
    disp=dict(phone="06 45 12 98 70", req="2600", total="3100"),
    x=dict(respondent="esquelbecq.demain@example.net"),
    sender=("Esquelbecq Demain", "esquelbecq.demain@example.net"), date="2019-05-03 16:22",
    fname="Partons 2.0 - Dépôt de projet.pdf")

rec(25, "dev", "fr", "PL3_limesurvey",
    F("Les Voisins Relais de Wormhout", "Aurélie Delattre", "aurelie.delattre@example.net", "+33328650271",
      "45 rue de l'Église", "59470", "Wormhout", "FR", "Voisins relais dans chaque rue",
      "4100.00", "4100.00"),
    disp=dict(phone="03.28.65.02.71", req="4100", total="4100"),
    x=dict(resp_id="53", respondent="Séverine Leroy"),
    sender=("Aurélie Delattre", "aurelie.delattre@example.net"), date="2019-06-10 09:15",
    fname="reponse_53.pdf")

rec(26, "dev", "fr", "D1_gdocs",
    F("Association Flêtre Village Vivant", "Régis Coudeville", "regis.coudeville@example.com", "+33761884205",
      "2 route de Méteren", "59270", "Flêtre", "FR", "Tiers-lieu dans l'ancienne école",
      "10000.00", "32000.00"),
    disp=dict(phone="07 61 88 42 05", req="10 000 €", total="32 000 €", own="4 000 €", other="Commune : 8 000 € ; Département du Nord : 10 000 €"),
    x=dict(contact_addr_idem=True),
    sender=("Régis Coudeville", "regis.coudeville@example.com"), date="2019-06-14 22:31",
    fname="Fiche projet - Flêtre Village Vivant.docx")

rec(27, "dev", "fr", "D2_wordlh",
    F("Foyer rural de Godewaersvelde", "Séverine Bollengier", "severine.bollengier@example.org", "+33698017743",
      "19 rue des Trois Fermes", "59270", "Godewaersvelde", "FR", "Navette solidaire du Houtland",
      "7800.00", "10300.00"),
    disp=dict(phone="06 98 01 77 43", req="sept mille huit cents euros", total="10 300 €", own="1 000 €", other="CCAS : 1 500 €"),
    x=dict(letter_addr="Place de l'Église, 59270 Godewaersvelde", letter_phone="03 28 42 00 00", letter_mail="foyerrural.gode@example.net"),
    sender=("Séverine Bollengier", "severine.bollengier@example.org"), date="2019-05-24 14:12",
    fname="Fiche Partons 2.0 Foyer rural.docx")

rec(28, "dev", "fr", "D3_pages",
    F("Collectif Caëstre en Transition", "Didier Vandaele", "didier.vandaele@example.net", "+33620336184",
      "5 impasse des Alouettes", "59190", "Caëstre", "FR", "Repair café et grainothèque",
      "2150.00", "2750.00"),
    disp=dict(phone="06 20 33 61 84", req="2 150,00 €", total="2 750,00 €", own="600,00 €"),
    sender=("Didier Vandaele", "didier.vandaele@example.net"), date="2019-06-01 08:46",
    fname="Fiche projet Repair café Caëstre.docx")

rec(29, "dev", "fr", "O1_lo_controls",
    F("Association des parents d'élèves de Killem", "Émilie Decool", "emilie.decool@example.com", "+33614785523",
      "31 rue du Marais Vert", "59122", "Killem", "FR", "Aire de jeux participative",
      "9900.00", "18900.00"),
    disp=dict(phone="06 14 78 55 23", req="9 900 €", total="18 900 €", own="1 900 €", other="Commune de Killem : 7 100 €"),
    sender=("Émilie Decool", "emilie.decool@example.com"), date="2019-05-16 20:05",
    fname="Fiche_projet_APE_Killem.odt")

rec(30, "dev", "fr", "S2_framaforms",
    F("Marché paysan de Bergues", "Laurent Beun", "laurent.beun@example.org", "+33632905518",
      "14 rue de Dunkerque", "59380", "Bergues", "FR", "Marché de producteurs du dimanche",
      "5500.00", "8700.00"),
    disp=dict(phone="06 32 90 55 18", req="5 500", total="8 700"),
    x=dict(respondent="Valérie Warnier", resp_mail="valerie.warnier@example.com", resp_id="118"),
    sender=("Valérie Warnier", "valerie.warnier@example.com"), date="2019-06-07 12:40",
    fname="framaforms_export_partons_projet_118.ods")

# ----------------------------------------------------------------- FR, test
rec(31, "test", "fr", "PF2_wordacro",
    F("Association Zuydcoote Nature", "Hervé Lesage", "herve.lesage@example.com", "+33607218894",
      "6 avenue de la Mer", "59123", "Zuydcoote", "FR", "Sentier dunaire pédagogique",
      "6750.00", "9750.00"),
    disp=dict(phone="06 07 21 88 94", req="6 750,00", total="9 750,00", own="750,00", other="Conservatoire du littoral 2 250,00"),
    sender=("Hervé Lesage", "herve.lesage@example.com"), date="2019-05-27 11:19",
    fname="Formulaire_candidature_Partons.pdf")

rec(32, "test", "fr", "PF5_budget",
    F("Comité de quartier du Vieux Bourbourg", "Camille Cornette", "camille.cornette@example.org", "+33612880347",
      "9 rue des Tilleuls", "59630", "Bourbourg", "FR", "Voisins solidaires : un local partagé",
      "7320.00", "9820.00"),
    disp=dict(phone="06 12 88 03 47"),
    x=dict(budget=[("Aménagement du local (peinture, mobilier)", 3900), ("Équipement cuisine partagée", 1620),
                   ("Animation participative (prestataire)", 1800), ("Communication", 500),
                   ("Inauguration avec les habitants", 2000)], own=1000, other=1500, other_label="Bailleur social"),
    sender=("Camille Cornette", "camille.cornette@example.org"), date="2019-06-05 19:03",
    fname="Partons2.0_formulaire_Bourbourg.pdf")

rec(33, "test", "fr", "PF6_bilingual",
    F("Les Estaminets de Houtkerque", "Franck Vandaele", "franck.vandaele@example.net", "+33328680942",
      "1 rue de Watou", "59470", "Houtkerque", "FR", "Route des estaminets à vélo",
      "4800.00", "6800.00"),
    disp=dict(phone="03 28 68 09 42", req="4.800,00", total="6.800,00", own="2.000,00", other="-"),
    sender=("Franck Vandaele", "franck.vandaele@example.net"), date="2019-06-13 17:57",
    fname="Partons2.0_formulier-formulaire_Houtkerque.pdf")

rec(34, "test", "fr", "PL2_msforms",
    F("Association Socx en Fête", "Isabelle Ducrocq", "isabelle.ducrocq@example.com", "+33688451206",
      "22 rue du Vieux Kasteel", "59380", "Socx", "FR", "Ciné plein air au village",
      "3000.00", "4450.00"),
    disp=dict(phone="06 88 45 12 06", req="3000", total="4450", own="950", other="Commune : 500"),
    x=dict(respondent=("Ludovic Ducrocq", "ludo.ducrocq@example.net"), resp_id="12"),
    sender=("Ludovic Ducrocq", "ludo.ducrocq@example.net"), date="2019-05-30 22:45",
    fname="Partons 2.0 - Dépôt de projet(1-12).pdf")

rec(35, "test", "fr", "PL4_gdocs",
    F("Association Ghyvelde Autrement", "Delphine Verdier", "delphine.verdier@example.org", "+33673556021",
      "40 chemin du Dyck", "59254", "Ghyvelde", "FR", "Potager pédagogique et poulailler partagé",
      "5650.00", "7350.00"),
    disp=dict(phone="06 73 55 60 21", req="5.650,00 €", total="7.350,00 €", own="1.700,00 €"),
    x=dict(letter_addr="Mairie annexe, 2 rue de l'Abbé Lemire, 59254 Ghyvelde", letter_phone="03 28 26 00 00"),
    sender=("Delphine Verdier", "delphine.verdier@example.org"), date="2019-06-09 10:28",
    fname="Fiche projet Ghyvelde Autrement (1).pdf")

rec(36, "test", "fr", "PL5_pages",
    F("Association Noordpeene Patrimoine", "Grégory Debril", "gregory.debril@example.net", "+33649027718",
      "11 rue de l'Yser", "59670", "Noordpeene", "FR", "Restauration participative du calvaire et fleurissement",
      "4380.00", "6380.00"),
    disp=dict(phone="06 49 02 77 18", req="4 380 €", total="6 380 €", own="2 000 €"),
    x=dict(letter_addr="2 place de la Mairie, 59670 Noordpeene", letter_phone="03 28 40 00 00", letter_mail="noordpeene.patrimoine@example.com"),
    sender=("Grégory Debril", "gregory.debril@example.net"), date="2019-05-08 18:11",
    fname="Fiche_projet_Noordpeene.pdf")

rec(37, "test", "fr", "D4_wps",
    F("Association Rexpoëde Solidaire", "Marie-Christine Vanhoutte", "mc.vanhoutte@example.com", "+33328683374",
      "17 rue de Bergues", "59122", "Rexpoëde", "FR", "Épicerie solidaire itinérante",
      "9600.00", "16600.00"),
    disp=dict(phone="+33 (0)3 28 68 33 74", req="9600 €", total="16600 €", own="2000 €", other="Fondation de France : 5000 €"),
    sender=("Marie-Christine Vanhoutte", "mc.vanhoutte@example.com"), date="2019-06-11 15:52",
    fname="dossier épicerie solidaire.docx")

rec(38, "test", "fr", "D5_wordcc",
    F("Les Amis de Warhem", "Jean-Luc Lefebvre", "jeanluc.lefebvre@example.org", "+33677104482",
      "3 rue du Presbytère", "59380", "Warhem", "FR", "Parcours de santé autour de l'étang",
      "6200.00", None),
    disp=dict(phone="06 77 10 44 82", req="6.200,00 EUR"),
    sender=("Jean-Luc Lefebvre", "jeanluc.lefebvre@example.org"), date="2019-06-15 23:02",
    fname="Fiche projet Warhem.docx")

rec(39, "test", "fr", "O2_lo_table",
    F("Association Arnèke Loisirs", "Valérie Leroy", "valerie.leroy@example.net", "+33634771950",
      "25 route de Cassel", "59285", "Arnèke", "FR", "Atelier couture et tricot intergénérationnel",
      "1850.00", "2350.00"),
    disp=dict(phone="06 34 77 19 50", req="1 850 €", total="2 350 €", own="500 €"),
    sender=("Valérie Leroy", "valerie.leroy@example.net"), date="2019-05-15 14:37",
    fname="fiche_projet_arneke.odt")

rec(40, "test", "fr", "X2_msforms_xlsx",
    F("Association Les Moëres Vivantes", "Ludovic Warnier", "ludovic.warnier@example.com", "+33650218836",
      "4 chemin du Fort", "59122", "Les Moëres", "FR", "Observatoire des oiseaux et balade commentée",
      "7100.00", "9600.00"),
    disp=dict(phone="06 50 21 88 36", req="7 100 €", total="9 600 €", own="2 500 €"),
    x=dict(respondent=("Isabelle Warnier", "isabelle.warnier@example.net"), resp_id="9"),
    sender=("Ludovic Warnier", "ludovic.warnier@example.com"), date="2019-06-12 21:14",
    fname="Partons 2.0 - Dépôt de projet(1-9).xlsx")
