# -*- coding: utf-8 -*-
"""Invented applicants for the c38 corpus ("Maak werk van je buurt!" / Partons 2.0).

Every person, group, street, phone number and e-mail address below is invented.
E-mail addresses only use example.org / example.net / example.com.

Each record holds the truth (what a careful coordinator records), the way the
applicant *writes* some values (phone_w, req_w, total_w) and the supporting
material the documents are built from (budget lines, other people, text).
"""

COORD = {
    "name": "Jonas Polin",
    "email": "jonas.polin@west-vlaanderen.be",
    "org": "Provincie West-Vlaanderen",
    "street": "Woumenweg 100",
    "pc": "8600",
    "city": "Diksmuide",
    "gsm": "+32 489 309 839",
    "tel": "+32 51 51 94 37",
}

R = []


def rec(**kw):
    R.append(kw)


# ---------------------------------------------------------------- DEV half
rec(id="dev-001", fmt="pdf_form", lang="nl", country="BE",
    org="Dorpsraad Stavele", contact="Griet Vandenbussche", role="secretaris",
    email="griet.vandenbussche@example.org", phone="+3258299417", phone_w="058 29 94 17",
    address="Kapellestraat 23", postcode="8691", municipality="Stavele",
    title="Dorpscafé in de oude pastorij",
    req="9500.00", req_w="€ 9.500,-", total="13250.00", total_w="€ 13.250,-",
    budget=[("Herinrichting zaal (tafels, stoelen, verlichting)", "6200"),
            ("Tweedehands toog en koelkast", "2400"),
            ("Participatietraject met bewoners (externe begeleider)", "2500"),
            ("Communicatie (flyers, affiches, dorpskrantje)", "650"),
            ("Openingsfeest", "1500")],
    funding=[("Eigen inbreng dorpsraad", "2750"), ("Gemeente Alveringem (toegezegd)", "1000")],
    people={"chair": "Marc Deraedt", "treasurer": "Inge Lobbestael"},
    volunteers="14", start="september 2019",
    desc="Sinds de sluiting van het laatste café heeft Stavele geen plek meer waar dorpsgenoten "
         "elkaar ongedwongen ontmoeten. Wij willen de benedenverdieping van de oude pastorij "
         "inrichten als dorpscafé dat door vrijwilligers wordt opengehouden, twee avonden per week "
         "en op zondagvoormiddag.",
    mail=dict(from_name="Griet Vandenbussche", from_addr="griet.vandenbussche@example.org",
              date="Tue, 04 Jun 2019 20:41:12 +0200",
              subject="Projectidee Dorpsraad Stavele - Maak werk van je buurt",
              filename="Projectidee dorpsraad Stavele.pdf",
              body="Beste Jonas,\n\nIn bijlage vind je het ingevulde formulier met het projectidee van onze "
                   "dorpsraad voor de oproep 'Maak werk van je buurt'. Als er nog iets ontbreekt, laat "
                   "het gerust weten.\n\nMet vriendelijke groeten,\n\nGriet Vandenbussche\n"
                   "secretaris Dorpsraad Stavele\n"))

rec(id="dev-002", fmt="pdf_form", lang="fr", country="FR",
    org="Les Jardins du Pont-Rouge", contact="Sandrine Lefebvre", role="secrétaire",
    email="s.lefebvre@example.net", phone="+33328421937", phone_w="03 28 42 19 37",
    address="17 rue du Pont-Rouge", postcode="59660", municipality="Merville",
    title="Un potager partagé au cœur du quartier du Pont-Rouge",
    req="6800.00", req_w="6 800 €", total="9350.00", total_w="9 350 €",
    budget=[("Outillage et abri de jardin", "2900"), ("Bacs surélevés accessibles", "2650"),
            ("Animation participative (association partenaire)", "1800"),
            ("Semences et plants", "600"), ("Fête des récoltes", "1400")],
    funding=[("Fonds propres de l'association", "1550"), ("Subvention de la commune", "1000")],
    people={"chair": "Jean-Luc Vanhove", "treasurer": "Martine Dequidt",
            "partner": "Service vie associative, Mairie de Merville, tél. 03 28 42 50 00"},
    volunteers="11", start="octobre 2019",
    desc="Une friche de 600 m² derrière les logements du Pont-Rouge sera transformée en potager "
         "partagé. Les habitants, l'école voisine et le club des aînés cultiveront ensemble des "
         "parcelles, avec des bacs surélevés pour les personnes à mobilité réduite.",
    mail=dict(from_name="Sandrine Lefebvre", from_addr="s.lefebvre@example.net",
              date="Wed, 29 May 2019 18:03:55 +0200",
              subject="Appel à projets Partons 2.0 - potager partagé Pont-Rouge",
              filename="fiche projet Jardins du Pont-Rouge.pdf",
              body="Bonjour Monsieur Polin,\n\nVous trouverez ci-joint la fiche projet de notre "
                   "association pour l'appel à projets Partons 2.0. Nous restons à votre disposition "
                   "pour toute précision.\n\nBien cordialement,\n\nSandrine Lefebvre\n"
                   "Les Jardins du Pont-Rouge\n"))

rec(id="dev-003", fmt="pdf_form", lang="nl", country="BE",
    org="Buurtcomité De Vierlinden", contact="Pieter-Jan Lauwers", role="voorzitter",
    email="pj.lauwers@example.com", phone="+32475318264", phone_w="0475/31.82.64",
    address="Lindenlaan 41", postcode="8900", municipality="Ieper",
    title="Straatmeesters voor De Vierlinden",
    req="4250.00", req_w="4250 euro", total="5780.00", total_w="5780 euro",
    budget=[("Opleiding straatmeesters (participatie-expert)", "2400"),
            ("Hesjes, badges en drukwerk", "880"), ("Buurtdrink en startmoment", "1300"),
            ("Enquête bij de bewoners", "1200")],
    funding=[("Eigen middelen buurtcomité", "1530")],
    people={"second": "Rita Vanhoutte", "second_phone": "0472 18 44 90"},
    volunteers="9", start="oktober 2019",
    desc="In elke straat van de wijk komt een straatmeester: een vrijwilliger die nieuwe bewoners "
         "verwelkomt, oudere buren af en toe bezoekt en mensen doorverwijst naar de juiste dienst.",
    mail=dict(from_name="Pieter-Jan Lauwers", from_addr="pj.lauwers@example.com",
              date="Sat, 08 Jun 2019 10:12:40 +0200",
              subject="kandidatuur buurtcomité De Vierlinden",
              filename="aanvraag_vierlinden.pdf",
              body="Dag Jonas,\n\nZoals afgesproken op de infoavond stuur ik je hierbij ons "
                   "projectidee rond straatmeesters in de wijk De Vierlinden.\n\nGroeten,\n"
                   "Pieter-Jan Lauwers\nBuurtcomité De Vierlinden\n0475/31.82.64\n"))

rec(id="dev-004", fmt="pdf_form", lang="fr", country="FR",
    org="Comité des fêtes de Rexpoëde", contact="Aurélie Deschodt", role="présidente",
    email="aurelie.deschodt@example.org", phone="+33612457809", phone_w="06 12 45 78 09",
    address="8 rue de Bambecque", postcode="59122", municipality="Rexpoëde",
    title="Marché paysan du vendredi soir",
    req="7500.00", req_w="7 500,00 €", total="11900.00", total_w="11 900,00 €",
    budget=[("Barnums, tables et bancs", "3800"),
            ("Étude de faisabilité et enquête auprès des producteurs", "2500"),
            ("Communication (affiches, site, réseaux)", "1200"),
            ("Animations musicales", "1900"), ("Électricité et sécurité", "2500")],
    funding=[("Recettes buvette (fonds propres)", "2400"), ("Commune de Rexpoëde", "2000")],
    people={"treasurer": "Didier Vandenbussche"},
    volunteers="20", start="mai 2020",
    desc="Un petit marché de producteurs locaux chaque premier vendredi du mois, de mai à "
         "septembre, sur la place du village, avec une buvette tenue par les bénévoles et un coin "
         "pour les enfants.",
    mail=dict(from_name="Aurélie Deschodt", from_addr="aurelie.deschodt@example.org",
              date="Mon, 10 Jun 2019 22:18:03 +0200",
              subject="Candidature Partons 2.0 - Comité des fêtes de Rexpoëde",
              filename="Candidature_Rexpoëde_marché.pdf",
              body="Bonsoir,\n\nJe vous adresse en pièce jointe la candidature du comité des fêtes "
                   "de Rexpoëde pour notre projet de marché paysan.\n\nCordialement,\n\n"
                   "Aurélie Deschodt\nPrésidente\n06 12 45 78 09\n"))

rec(id="dev-005", fmt="pdf_form", lang="nl", country="BE",
    org="Vzw Speelpleinwerking De Zonnebloem", contact="Lotte Verhaeghe", role="coördinator",
    email="lotte.verhaeghe@example.net", phone=None, phone_w=None,
    address="Zuidstraat 7", postcode="8680", municipality="Koekelare",
    title="Natuurspeelplek achter de Sint-Martinusschool",
    req="10000.00", req_w="10.000 EUR", total="16400.00", total_w="16.400 EUR",
    budget=[("Ontwerp door landschapsarchitect", "3500"), ("Natuurlijke speelelementen", "8200"),
            ("Plantgoed", "1900"), ("Participatiemomenten met kinderen en ouders", "1400"),
            ("Inhuldiging", "1400")],
    funding=[("Eigen middelen vzw", "2400"), ("Bijdrage schoolbestuur", "4000")],
    people={"chair": "Wim Boutens", "legal": "vzw", "kbo": "0712.468.391"},
    volunteers="25", start="voorjaar 2020",
    desc="Het grasveld achter de school wordt na de schooluren open gesteld voor alle kinderen uit "
         "de buurt. Samen met kinderen, ouders en een landschapsarchitect ontwerpen we een "
         "natuurspeelplek met wilgenhutten, boomstammen en een waterpomp.",
    mail=dict(from_name="Lotte Verhaeghe", from_addr="lotte.verhaeghe@example.net",
              date="Thu, 13 Jun 2019 14:55:21 +0200",
              subject="Maak werk van je buurt - aanvraag speelpleinwerking",
              filename="Aanvraagformulier_natuurspeelplek.pdf",
              body="Beste meneer Polin,\n\nHierbij onze aanvraag voor de projectenoproep. Het "
                   "formulier is ingevuld door onze werkgroep.\n\nVriendelijke groet,\n"
                   "Lotte Verhaeghe\nSpeelpleinwerking De Zonnebloem\n"))

rec(id="dev-006", fmt="pdf_form", lang="fr", country="BE",
    org="Les Voisins Solidaires d'Adinkerke", contact="Michel Dubois", role="coordinateur",
    email="michel.dubois@example.com", phone="+32478120355", phone_w="+32 (0)478 12 03 55",
    address="Stationsstraat 112", postcode="8660", municipality="De Panne",
    title="Voisins au volant – transport bénévole pour les aînés",
    req="3950.50", req_w="3.950,50 €", total="4700.50", total_w="4.700,50 €",
    budget=[("Assurance des bénévoles", "950.50"), ("Formation des chauffeurs", "1200"),
            ("Carburant et défraiements", "1850"), ("Communication", "700")],
    funding=[("Participation des membres", "750")],
    people={"second": "Josiane Peeters", "second_phone": "058 41 27 63"},
    volunteers="8", start="septembre 2019",
    desc="Des bénévoles conduisent les aînés d'Adinkerke qui n'ont plus de voiture vers le "
         "médecin, le marché ou la gare. Les trajets sont réservés par téléphone auprès d'une "
         "permanence tenue par deux voisines.",
    mail=dict(from_name="Michel Dubois", from_addr="michel.dubois@example.com",
              date="Fri, 31 May 2019 09:27:44 +0200",
              subject="Projet Voisins au volant (appel Partons 2.0)",
              filename="Voisins au volant - formulaire.pdf",
              body="Bonjour Monsieur Polin,\n\nNous habitons Adinkerke et nous sommes "
                   "francophones, j'espère que ce n'est pas un problème. Voici notre formulaire "
                   "rempli pour l'appel à projets.\n\nMerci d'avance et bonne journée,\n"
                   "Michel Dubois\n"))

rec(id="dev-007", fmt="pdf_letter", lang="nl", country="BE",
    org="Vzw Dorpshuis Dranouter", contact="Koen Delanghe", role="voorzitter",
    email="koen.delanghe@example.org", phone="+3257445210", phone_w="057 44 52 10",
    address="Lettenburgstraat 9", postcode="8951", municipality="Dranouter",
    title="Samen aan tafel in Dranouter",
    req="5600.00", req_w="5.600 euro", total="8150.00", total_w="8.150 euro",
    budget=[("Kookmateriaal", "2100"), ("Tafels en stoelen", "2650"),
            ("Begeleiding vrijwilligers", "1800"), ("Communicatie", "400"),
            ("Opstartfeest", "1200")],
    funding=[("Eigen inbreng", "2550")],
    people={"secretary": "Els Vandromme"},
    volunteers="12", start="oktober 2019",
    desc="Eén keer per maand koken vrijwilligers in het dorpshuis een betaalbare maaltijd voor "
         "alleenstaanden, gezinnen en nieuwe inwoners.",
    mail=dict(from_name="Koen Delanghe", from_addr="koen.delanghe@example.org",
              date="Sun, 02 Jun 2019 17:30:09 +0200",
              subject="Brief projectidee 'Samen aan tafel in Dranouter'",
              filename="brief_provincie_samen_aan_tafel.pdf",
              body="Beste Jonas,\n\nIn bijlage onze brief met het projectidee van het dorpshuis. "
                   "Alle gegevens staan erin.\n\nMet vriendelijke groet,\nKoen Delanghe\n"))

rec(id="dev-008", fmt="pdf_letter", lang="fr", country="FR",
    org="Association Bailleul Centre Vivant", contact="Hélène Vandaele", role="présidente",
    email="helene.vandaele@example.net", phone="+33328497712", phone_w="03.28.49.77.12",
    address="23 rue d'Ypres", postcode="59270", municipality="Bailleul",
    title="Salon de lecture de la rue d'Ypres",
    req="2980.00", req_w="2980 euros", total="4120.00", total_w="4120 euros",
    budget=[("Fabrication de boîtes à livres (menuisier local)", "1450"),
            ("Mobilier extérieur", "1270"), ("Ateliers lecture", "900"), ("Inauguration", "500")],
    funding=[("Autofinancement", "1140")],
    people={},
    volunteers="7", start="septembre 2019",
    desc="Installer deux boîtes à livres et un petit salon de lecture en plein air devant "
         "l'ancienne mercerie de la rue d'Ypres, animé par des lectures pour les enfants le "
         "mercredi.",
    mail=dict(from_name="Hélène Vandaele", from_addr="helene.vandaele@example.net",
              date="Tue, 11 Jun 2019 11:02:37 +0200",
              subject="Partons 2.0 : courrier de candidature",
              filename="Courrier candidature BCV.pdf",
              body="Madame, Monsieur,\n\nVeuillez trouver en pièce jointe notre courrier de "
                   "candidature à l'appel à projets.\n\nSalutations distinguées,\n\nHélène Vandaele\n"
                   "Présidente, Bailleul Centre Vivant\n"))

rec(id="dev-009", fmt="pdf_letter", lang="nl", country="FR",
    org="Vrienden van de Drie Molens", contact="Bernard Verhille", role="secretaris",
    email="b.verhille@example.org", phone="+33684219033", phone_w="06 84 21 90 33",
    address="14 rue de Cassel", postcode="59114", municipality="Steenvoorde",
    title="Erfgoedwandelpad langs de Steenvoordse molens",
    req="8000.00", req_w="8 000 euro", total="12500.00", total_w="12 500 euro",
    budget=[("Tweetalige infoborden", "4600"), ("Studie erfgoedconsulent", "3200"),
            ("Wandelkaart (drukwerk)", "1700"), ("Inhuldigingswandeling", "1000"),
            ("Bewegwijzering", "2000")],
    funding=[("Eigen middelen", "1500"), ("Gemeente Steenvoorde", "3000")],
    people={"chair": "Lucien Deswarte"},
    volunteers="10", start="voorjaar 2020",
    desc="Een bewegwijzerd wandelpad van 9 km dat de drie molens van Steenvoorde verbindt, met "
         "infoborden in het Frans en het Nederlands over het Vlaamse erfgoed van de streek.",
    mail=dict(from_name="Bernard Verhille", from_addr="b.verhille@example.org",
              date="Thu, 06 Jun 2019 16:45:00 +0200",
              subject="Projectidee uit Steenvoorde",
              filename="Brief Vrienden van de Drie Molens.pdf",
              body="Goedendag meneer Polin,\n\nOnze vereniging in Steenvoorde (Frans-Vlaanderen) "
                   "dient graag een projectidee in. Ik schrijf in het Nederlands, zoals we in onze "
                   "vereniging gewoon zijn. De brief zit in bijlage.\n\nVriendelijke groeten,\n"
                   "Bernard Verhille\n"))

rec(id="dev-010", fmt="pdf_letter", lang="fr", country="FR",
    org="Mairie d'Oxelaëre", contact="Nathalie Bouquet", role="adjointe à la vie associative",
    email="n.bouquet@example.com", phone="+33328405566", phone_w="03 28 40 55 66",
    address="2 rue de l'Église", postcode="59670", municipality="Oxelaëre",
    title="Un tiers-lieu dans l'ancienne école",
    req="9200.00", req_w="9.200 €", total="15800.00", total_w="15.800 €",
    budget=[("Étude d'architecte", "4800"), ("Consultation des habitants (expert en participation)", "3500"),
            ("Mobilier", "4200"), ("Équipement numérique (télétravail)", "2300"),
            ("Journée portes ouvertes", "1000")],
    funding=[("Budget communal", "6600")],
    people={"mayor": "Jean-Pierre Delbarre"},
    volunteers="6", start="janvier 2020",
    desc="L'ancienne école, vide depuis 2016, deviendrait un tiers-lieu : espace de télétravail, "
         "café associatif le samedi et salle pour les associations du village.",
    mail=dict(from_name="Nathalie Bouquet", from_addr="n.bouquet@example.com",
              date="Fri, 14 Jun 2019 15:20:18 +0200",
              subject="Appel à projets Partons 2.0 - commune d'Oxelaëre",
              filename="Oxelaere_courrier_tiers-lieu.pdf",
              body="Bonjour,\n\nVeuillez trouver ci-joint le courrier de la commune d'Oxelaëre "
                   "concernant notre projet de tiers-lieu.\n\nBien à vous,\n\nNathalie Bouquet\n"
                   "Adjointe à la vie associative\n"))

rec(id="dev-011", fmt="docx_form", lang="nl", country="BE",
    org="Markt- en feestcomité Proven", contact="Ward Vanneste", role="penningmeester",
    email="ward.vanneste@example.com", phone="+32496551742", phone_w="0496 55 17 42",
    address="Blekkerstraat 31", postcode="8972", municipality="Proven",
    title="Boerenmarkt Proven",
    req="6250.00", req_w="€ 6.250", total="8900.00", total_w="€ 8.900",
    budget=[("Marktkramen", "3600"), ("Haalbaarheidsstudie", "1800"), ("Promotie", "1100"),
            ("Muziek en animatie", "1400"), ("Sanitair", "1000")],
    funding=[("Eigen inbreng comité", "2650")],
    people={"chair": "Hilde Beun", "chair_phone": "0478 22 61 09"},
    volunteers="16", start="april 2020",
    desc="Een maandelijkse boerenmarkt op het dorpsplein met producenten uit Proven en de "
         "buurgemeenten, aan beide kanten van de grens.",
    mail=dict(from_name="Ward Vanneste", from_addr="ward.vanneste@example.com",
              date="Wed, 12 Jun 2019 21:05:48 +0200",
              subject="aanvraag boerenmarkt Proven",
              filename="Aanvraag boerenmarkt Proven.docx",
              body="Hallo Jonas,\n\nHierbij het aanvraagformulier voor onze boerenmarkt. Hilde "
                   "(onze voorzitter) is op reis, dus ik stuur het door.\n\nGroetjes,\nWard\n"))

rec(id="dev-012", fmt="docx_form", lang="nl", country="BE",
    org="Buurthuis De Kring vzw", contact="An Declercq", role="coördinator",
    email="an.declercq@example.net", phone="+3258236691", phone_w="058/23.66.91",
    address="Langestraat 54 bus 2", postcode="8620", municipality="Nieuwpoort",
    title="Telewerkplek en digitaal café in het buurthuis",
    req="7340.75", req_w="7.340,75 EUR", total="10210.75", total_w="10.210,75 EUR",
    budget=[("4 werkplekken (bureaus, stoelen)", "3280.75"), ("Laptops en printer", "4130"),
            ("Internetabonnement (1 jaar)", "600"), ("Begeleiding digitaal café", "1600"),
            ("Communicatie", "600")],
    funding=[("Eigen middelen vzw", "2870")],
    people={"chair": "Roger Vanmassenhove", "iban": "BE71 0961 2345 6769", "kbo": "0456.312.874"},
    volunteers="6", start="november 2019",
    desc="In de bovenzaal van het buurthuis richten we vier telewerkplekken in. Op dinsdag is er "
         "een digitaal café waar vrijwilligers oudere buurtbewoners helpen met hun smartphone, "
         "tablet of de website van de bank.",
    mail=dict(from_name="Buurthuis De Kring", from_addr="buurthuis.dekring@example.net",
              date="Mon, 03 Jun 2019 09:58:31 +0200",
              subject="Projectoproep Maak werk van je buurt - Buurthuis De Kring",
              filename="formulier De Kring telewerk.docx",
              body="Goedemorgen,\n\nIn bijlage het formulier van Buurthuis De Kring. Voor vragen "
                   "kan u terecht bij An, haar gegevens staan op het formulier.\n\nVriendelijke "
                   "groeten,\nAn Declercq\nnamens Buurthuis De Kring vzw\n"))

rec(id="dev-013", fmt="docx_form", lang="fr", country="FR",
    org="Wormhout en Transition", contact="Julien Maes", role="membre du bureau",
    email="julien.maes@example.org", phone="+33763184402", phone_w="07 63 18 44 02",
    address="46 rue des Tilleuls", postcode="59470", municipality="Wormhout",
    title="Repair café et atelier vélo solidaire",
    req="4500.00", req_w="4500 €", total="6380.00", total_w="6380 €",
    budget=[("Outillage", "2100"), ("Aménagement du local", "1580"),
            ("Formation des bénévoles", "1200"), ("Communication", "700"),
            ("Soirées conviviales", "800")],
    funding=[("Adhésions et dons", "1880")],
    people={"chair": "Odile Cappelaere", "rna": "W594001237"},
    volunteers="15", start="septembre 2019",
    desc="Un samedi par mois, des bénévoles réparent avec les habitants petits appareils, "
         "vêtements et vélos. Un atelier vélo permanent remet en état des vélos donnés pour les "
         "jeunes et les personnes sans voiture.",
    mail=dict(from_name="Julien Maes", from_addr="julien.maes@example.org",
              date="Sat, 01 Jun 2019 13:14:15 +0200",
              subject="candidature repair café Wormhout",
              filename="Dossier Repair café Wormhout.docx",
              body="Bonjour,\n\nci-joint notre dossier pour l'appel à projets (repair café + atelier "
                   "vélo). N'hésitez pas à m'appeler au 07 63 18 44 02 si besoin.\n\nJulien Maes\n"
                   "Wormhout en Transition\n"))

rec(id="dev-014", fmt="docx_form", lang="nl", country="BE",
    org=None, contact="Sofie Maertens", role="bewoner",
    email="sofie.maertens@example.com", phone="+32471906233", phone_w="0471 90 62 33",
    address="Molenhoekstraat 88", postcode="8904", municipality="Boezinge",
    title="Samentuin aan de Molenhoek",
    req="3200.00", req_w="3.200,00 euro", total="4400.00", total_w="4.400,00 euro",
    budget=[("Tuinmateriaal en bakken", "1650"), ("Compostvoorziening", "450"),
            ("Zaden en plantgoed", "400"), ("Begeleiding door tuinexpert", "1200"),
            ("Startdag", "700")],
    funding=[("Bijdrage van de deelnemende buren", "1200")],
    people={"neighbours": "Luc Hoornaert, Kathleen Vanlerberghe, Ahmed Benali"},
    volunteers="8", start="maart 2020",
    desc="Een braakliggend perceel aan de Molenhoek mag van de eigenaar gebruikt worden. Met acht "
         "gezinnen uit de straat willen we er een samentuin van maken, open voor iedereen die wil "
         "meedoen.",
    mail=dict(from_name="Sofie Maertens", from_addr="sofie.maertens@example.com",
              date="Sun, 09 Jun 2019 22:47:10 +0200",
              subject="Idee samentuin Boezinge",
              filename="samentuin molenhoek.docx",
              body="Beste,\n\nWe zijn geen vereniging maar een paar buren die iets willen doen met "
                   "het lege stuk grond in onze straat. Ik hoop dat we toch mogen meedoen. Ons idee "
                   "zit in bijlage.\n\nGroetjes,\nSofie Maertens\n"))

rec(id="dev-015", fmt="docx_form", lang="fr", country="FR",
    org="Association Quartier des Peupliers", contact="Karima Benali", role="animatrice bénévole",
    email="k.benali@example.net", phone="+33328435017", phone_w="03 28 43 50 17",
    address="12 allée des Peupliers", postcode="59190", municipality="Hazebrouck",
    title="Fresque participative et jeux peints dans la cour des Peupliers",
    req="5150.00", req_w="5 150 euros", total="7020.00", total_w="7 020 euros",
    budget=[("Artiste intervenant", "2600"), ("Peinture et matériel", "1450"),
            ("Jeux peints au sol", "1420"), ("Fête de quartier", "950"), ("Communication", "600")],
    funding=[("Bailleur social (participation)", "1870")],
    people={"chair": "Patrick Lemaire", "chair_phone": "06 33 21 90 45"},
    volunteers="12", start="avril 2020",
    desc="Les enfants et les habitants dessinent avec un artiste une fresque sur le mur du garage "
         "collectif et peignent des jeux (marelle, labyrinthe) dans la cour.",
    mail=dict(from_name="Karima Benali", from_addr="k.benali@example.net",
              date="Tue, 28 May 2019 19:36:02 +0200",
              subject="Fiche projet - Quartier des Peupliers Hazebrouck",
              filename="fiche-projet-peupliers.docx",
              body="Bonjour Monsieur,\n\nComme convenu au téléphone, voici la fiche projet de "
                   "l'association.\n\nMerci et à bientôt,\nKarima Benali\n"))

rec(id="dev-016", fmt="odt_form", lang="nl", country="BE",
    org="Werkgroep Levend Loker", contact="Hannelore Vandamme", role="trekker",
    email="hannelore.vandamme@example.org", phone="+3257213408", phone_w="057 21 34 08",
    address="Sulferbergstraat 17", postcode="8958", municipality="Loker",
    title="Dorpsontmoetingspunt in de oude melkerij",
    req="8760.00", req_w="8.760 €", total="14600.00", total_w="14.600 €",
    budget=[("Haalbaarheidsstudie architect", "4200"), ("Participatietraject", "2800"),
            ("Inrichting", "5100"), ("Communicatie", "1000"), ("Openingsmoment", "1500")],
    funding=[("Eigen inbreng werkgroep", "2340"), ("Gemeente Heuvelland", "3500")],
    people={"second": "Dirk Vanneste"},
    volunteers="18", start="januari 2020",
    desc="De oude melkerij in het centrum van Loker staat leeg. Wij onderzoeken met de bewoners of "
         "ze een ontmoetingspunt kan worden met een kleine dorpswinkel en een leeshoek.",
    mail=dict(from_name="Hannelore Vandamme", from_addr="hannelore.vandamme@example.org",
              date="Wed, 05 Jun 2019 12:11:29 +0200",
              subject="Maak werk van je buurt: Levend Loker",
              filename="Levend Loker - projectidee.odt",
              body="Beste Jonas,\n\nHierbij ons projectidee (gemaakt in LibreOffice, ik hoop dat "
                   "het bestand opent).\n\nGroeten,\nHannelore\nWerkgroep Levend Loker\n"))

rec(id="dev-017", fmt="odt_form", lang="fr", country="FR",
    org="Les Amis des Remparts de Bergues", contact="François Tillie", role="trésorier",
    email="francois.tillie@example.com", phone="+33674550128", phone_w="+33 6 74 55 01 28",
    address="3 rue des Arbalétriers", postcode="59380", municipality="Bergues",
    title="Des bancs et des histoires sur les remparts",
    req="6000.00", req_w="6000 euros", total="9450.00", total_w="9450 euros",
    budget=[("Bancs (menuiserie locale)", "4200"), ("Panneaux de récit", "2350"),
            ("Ateliers d'écriture avec les habitants", "1500"), ("Inauguration", "800"),
            ("Communication", "600")],
    funding=[("Fonds propres", "3450")],
    people={"chair": "Christiane Beck"},
    volunteers="9", start="mars 2020",
    desc="Poser dix bancs le long de la promenade des remparts, chacun accompagné d'un petit "
         "panneau racontant une histoire recueillie auprès des habitants du quartier.",
    mail=dict(from_name="François Tillie", from_addr="francois.tillie@example.com",
              date="Mon, 27 May 2019 08:49:50 +0200",
              subject="Appel à projets Partons 2.0 - Amis des Remparts",
              filename="Formulaire Partons Bergues.odt",
              body="Bonjour Monsieur Polin,\n\nJe vous transmets le formulaire de notre "
                   "association, rempli avec notre présidente.\n\nCordialement\n"
                   "François Tillie, trésorier\n"))

rec(id="dev-018", fmt="odt_form", lang="fr", country="FR",
    org="Collectif Hondschoote à vélo", contact="Émilie Vermersch", role="référente",
    email="emilie.vermersch@example.net", phone="+33328683314", phone_w="03 28 68 33 14",
    address="21 rue de Warhem", postcode="59122", municipality="Hondschoote",
    title="Vélo-bus des écoliers",
    req="2400.00", req_w="2 400 €", total=None, total_w="à préciser avec la commune",
    budget=None,
    funding=None,
    people={},
    volunteers="12", start="septembre 2019",
    desc="Des parents accompagnent à vélo, sur un itinéraire fixe, les enfants qui se rendent à "
         "l'école. Nous avons besoin de gilets, d'une remorque et d'une formation sécurité.",
    mail=dict(from_name="Émilie Vermersch", from_addr="emilie.vermersch@example.net",
              date="Thu, 13 Jun 2019 20:02:11 +0200",
              subject="Vélo-bus Hondschoote",
              filename="velobus_hondschoote.odt",
              body="Bonjour,\n\nVoici notre idée de projet, encore modeste. Le budget global n'est "
                   "pas encore arrêté, nous en discutons avec la commune.\n\nBonne soirée,\n"
                   "Émilie Vermersch\n"))

rec(id="dev-019", fmt="xlsx_form", lang="nl", country="BE",
    org="Jeugdhuis 't Kapelleke", contact="Bram Coussement", role="voorzitter",
    email="bram.coussement@example.org", phone="+32486773015", phone_w="0486/77 30 15",
    address="Klerkenstraat 65", postcode="8650", municipality="Houthulst",
    title="Chill- en speelplek aan het jeugdhuis",
    req="7000.00", req_w="7000", total="9875.40", total_w="9875.40",
    budget=[("Picknicktafels", "1890.40"), ("Pannakooi", "4600"), ("Beplanting", "985"),
            ("Workshop participatie", "1400"), ("Opening", "1000")],
    funding=[("Eigen middelen jeugdhuis", "2875.40")],
    people={"second": "Jana Vandewalle"},
    volunteers="22", start="juni 2020",
    desc="Het grasveld naast het jeugdhuis wordt een chill- en speelplek voor jongeren en "
         "kinderen uit de buurt, ontworpen met de jongeren zelf.",
    mail=dict(from_name="Bram Coussement", from_addr="bram.coussement@example.org",
              date="Fri, 07 Jun 2019 23:12:57 +0200",
              subject="Aanvraag jeugdhuis 't Kapelleke",
              filename="aanvraag_kapelleke.xlsx",
              body="Dag Jonas,\n\nIk heb het formulier in Excel ingevuld, dat was voor ons het "
                   "makkelijkst. Hopelijk is dat ok.\n\nMvg\nBram Coussement\nJeugdhuis 't Kapelleke\n"))

rec(id="dev-020", fmt="ods_form", lang="fr", country="FR",
    org="Association des Parents d'Élèves de Boeschepe", contact="Virginie Lemaire", role="présidente",
    email="virginie.lemaire@example.com", phone="+33651094287", phone_w="06 51 09 42 87",
    address="9 chemin du Moulin", postcode="59299", municipality="Boeschepe",
    title="Jardin pédagogique de l'école",
    req="3600.00", req_w="3600", total="5210.00", total_w="5210",
    budget=[("Bacs et composteurs", "1480"), ("Abri à outils", "1650"),
            ("Intervention animatrice nature", "1200"), ("Plants et semences", "480"),
            ("Fête du jardin", "400")],
    funding=[("Fonds propres APE", "1610")],
    people={"director": "M. Olivier Dewaele (directeur de l'école)"},
    volunteers="10", start="mars 2020",
    desc="Un jardin pédagogique ouvert aux enfants, aux parents et aux voisins, "
         "entretenu ensemble pendant les vacances.",
    mail=dict(from_name="Virginie Lemaire", from_addr="virginie.lemaire@example.com",
              date="Wed, 15 May 2019 13:40:06 +0200",
              subject="Candidature APE Boeschepe - jardin pédagogique",
              filename="candidature APE Boeschepe.ods",
              body="Bonjour,\n\nVeuillez trouver notre candidature ci-jointe (tableur).\n\n"
                   "Cordialement,\nVirginie Lemaire\nPrésidente de l'APE\n"))

# ---------------------------------------------------------------- TEST half
rec(id="test-001", fmt="pdf_form", lang="fr", country="FR",
    org="Association Renescure Animation", contact="Stéphanie Coppin", role="secrétaire",
    email="stephanie.coppin@example.org", phone="+33328401273", phone_w="03 28 40 12 73",
    address="15 rue du Château", postcode="59173", municipality="Renescure",
    title="Café associatif itinérant",
    req="8400.00", req_w="8400,00 €", total="11250.00", total_w="11250,00 €",
    budget=[("Triporteur aménagé", "5200"), ("Mobilier pliant", "1650"),
            ("Animation participative", "2100"), ("Communication", "800"), ("Inauguration", "1500")],
    funding=[("Fonds propres", "2850")],
    people={"chair": "Alain Delassus", "treasurer": "Brigitte Hochart"},
    volunteers="13", start="avril 2020",
    desc="Un triporteur aménagé en petit café circule de hameau en hameau le samedi matin pour "
         "recréer des moments de rencontre là où il n'y a plus de commerce.",
    mail=dict(from_name="Stéphanie Coppin", from_addr="stephanie.coppin@example.org",
              date="Tue, 04 Jun 2019 10:05:33 +0200",
              subject="Renescure Animation - appel à projets",
              filename="Renescure Animation formulaire.pdf",
              body="Bonjour Monsieur Polin,\n\nEn pièce jointe, notre formulaire pour le café "
                   "associatif itinérant.\n\nCordialement,\nStéphanie Coppin\nSecrétaire\n"))

rec(id="test-002", fmt="pdf_form", lang="nl", country="BE",
    org="Feestcomité Westouter", contact="Dries Vanthuyne", role="secretaris",
    email="dries.vanthuyne@example.net", phone="+32497142086", phone_w="+32 497 14 20 86",
    address="Bellegoedstraat 12", postcode="8954", municipality="Westouter",
    title="Buurtbus Westouter: vrijwillige chauffeurs voor minder mobiele dorpsgenoten",
    req="9100.00", req_w="€ 9 100", total="14300.00", total_w="€ 14 300",
    budget=[("Leasing busje (1 jaar)", "7800"), ("Verzekering", "1900"),
            ("Opleiding chauffeurs", "1700"), ("Communicatie", "900"), ("Coördinatie", "2000")],
    funding=[("Eigen inbreng", "2200"), ("Gemeente Heuvelland", "3000")],
    people={"chair": "Marnix Dequeker", "chair_phone": "057 44 71 02"},
    volunteers="11", start="januari 2020",
    desc="Vrijwillige chauffeurs rijden minder mobiele dorpsgenoten naar de dokter, de apotheek of "
         "de markt in Poperinge. Ritten worden aangevraagd via één telefoonnummer.",
    mail=dict(from_name="Dries Vanthuyne", from_addr="dries.vanthuyne@example.net",
              date="Mon, 10 Jun 2019 19:22:48 +0200",
              subject="Buurtbus Westouter",
              filename="Aanvraagformulier buurtbus Westouter.pdf",
              body="Beste Jonas,\n\nHierbij ons ingevuld formulier voor de buurtbus.\n\n"
                   "Met vriendelijke groeten\nDries Vanthuyne\n"))

rec(id="test-003", fmt="pdf_form", lang="nl", country="BE",
    org="Buurtwerking Geluwe-Centrum", contact="Evelien Depoorter", role="vrijwilliger",
    email="evelien.depoorter@example.com", phone="+3256314577", phone_w="056 31 45 77",
    address="Menenstraat 140", postcode="8940", municipality="Geluwe",
    title="Buurtmoestuin achter de sporthal",
    req="3780.00", req_w="3.780 EUR", total="5040.00", total_w="5.040 EUR",
    budget=[("Moestuinbakken", "1620"), ("Gereedschap en tuinhuis", "1480"),
            ("Begeleiding", "1200"), ("Regenwatertank", "340"), ("Startmoment", "400")],
    funding=[("Eigen middelen", "1260")],
    people={"second": "Johan Vandenbroucke", "second_phone": "0485 60 12 39"},
    volunteers="10", start="maart 2020",
    desc="Op het grasveld achter de sporthal leggen we met buurtbewoners en de school een "
         "moestuin aan. De oogst wordt verdeeld onder de deelnemers en de sociale kruidenier.",
    mail=dict(from_name="Evelien Depoorter", from_addr="evelien.depoorter@example.com",
              date="Wed, 12 Jun 2019 08:31:19 +0200",
              subject="Maak werk van je buurt - Geluwe",
              filename="MWVJB Geluwe buurtmoestuin.pdf",
              body="Hallo,\n\nIn bijlage vindt u ons formulier voor de projectenoproep.\n\n"
                   "Vriendelijke groeten,\nEvelien Depoorter\nBuurtwerking Geluwe-Centrum\n"))

rec(id="test-004", fmt="pdf_form", lang="fr", country="FR",
    org="Foyer rural d'Arnèke", contact="Thierry Decock", role="président",
    email="thierry.decock@example.com", phone="+33328427186", phone_w="03 28 42 71 86",
    address="4 impasse des Tisserands", postcode="59285", municipality="Arnèke",
    title="Épicerie solidaire et point rencontre",
    req="10000.00", req_w="10 000 €", total="23500.00", total_w="23 500 €",
    budget=[("Étude de faisabilité", "3500"), ("Aménagement du local", "9800"),
            ("Équipement frigorifique", "5200"), ("Formation des bénévoles", "2000"),
            ("Communication", "3000")],
    funding=[("Fonds propres", "3500"), ("Commune d'Arnèke", "10000")],
    people={"treasurer": "Sylvie Bollengier", "siret": "412 365 987 00018"},
    volunteers="17", start="février 2020",
    desc="Ouvrir dans l'ancienne boulangerie une épicerie solidaire tenue par des bénévoles, avec "
         "un coin café où les habitants peuvent se retrouver.",
    mail=dict(from_name="Thierry Decock", from_addr="thierry.decock@example.com",
              date="Sat, 15 Jun 2019 23:40:12 +0200",
              subject="Partons 2.0 Foyer rural Arnèke",
              filename="FoyerRural_Arneke_candidature.pdf",
              body="Bonsoir,\n\nJuste avant la date limite, voici la candidature du foyer rural "
                   "d'Arnèke.\n\nCordialement,\nThierry Decock\n"))

rec(id="test-005", fmt="pdf_form", lang="nl", country="BE",
    org="Dorpsraad Passendale", contact="Jelle Vermeulen", role="lid kernbestuur",
    email="jelle.vermeulen@example.org", phone="+3251775023", phone_w="051 77 50 23",
    address="Kalvestraat 8", postcode="8980", municipality="Passendale",
    title="Dorpsbankjes en wandellus rond de kerk",
    req="2750.00", req_w="2750 euro", total="3830.00", total_w="3830 euro",
    budget=[("6 bankjes", "2280"), ("Bewegwijzering", "650"), ("Wandelkaart", "500"),
            ("Inwandeling", "400")],
    funding=[("Eigen inbreng dorpsraad", "1080")],
    people={"chair": "Godelieve Lamote"},
    volunteers="8", start="oktober 2019",
    desc="Een korte wandellus van 3 km rond de kerk met zes rustbankjes, zodat ook oudere "
         "inwoners en mensen met een rollator weer een ommetje kunnen maken.",
    mail=dict(from_name="Jelle Vermeulen", from_addr="jelle.vermeulen@example.org",
              date="Thu, 30 May 2019 17:18:26 +0200",
              subject="Dorpsraad Passendale - projectidee",
              filename="Projectidee_Passendale.pdf",
              body="Beste Jonas,\n\nHierbij het formulier van de dorpsraad. Bedankt nog voor de "
                   "uitleg vorige week.\n\nGroeten\nJelle\n"))

rec(id="test-006", fmt="pdf_form", lang="fr", country="FR",
    org="Nieppe Loisirs Seniors", contact="Monique Delattre", role="vice-présidente",
    email="monique.delattre@example.net", phone="+33320480516", phone_w="03.20.48.05.16",
    address="31 rue d'Armentières", postcode="59850", municipality="Nieppe",
    title="Les jeudis de la place : rencontres intergénérationnelles",
    req="4930.00", req_w="4.930 euros", total="6100.00", total_w="6.100 euros",
    budget=[("Animateurs et intervenants", "2400"), ("Mobilier (tables, parasols)", "1900"),
            ("Goûters", "800"), ("Communication", "500"), ("Transport", "500")],
    funding=[("Cotisations", "1170")],
    people={"chair": "Roland Vermeersch"},
    volunteers="9", start="mai 2020",
    desc="Tous les jeudis après-midi d'été, la place s'anime : jeux de société, tricot, "
         "pétanque et goûter partagé entre aînés, enfants du centre de loisirs et habitants.",
    mail=dict(from_name="Monique Delattre", from_addr="monique.delattre@example.net",
              date="Fri, 07 Jun 2019 15:51:09 +0200",
              subject="Les jeudis de la place - Nieppe",
              filename="jeudis_de_la_place.pdf",
              body="Bonjour Monsieur Polin,\n\nJe vous envoie notre fiche pour l'appel à projets."
                   "\n\nAvec mes salutations,\nMonique Delattre\nNieppe Loisirs Seniors\n"))

rec(id="test-007", fmt="pdf_letter", lang="fr", country="FR",
    org="Comité d'animation de Quaëdypre", contact="Laurence Ryckebusch", role="secrétaire",
    email="laurence.ryckebusch@example.org", phone="+33674018833", phone_w="06 74 01 88 33",
    address="7 rue de Socx", postcode="59380", municipality="Quaëdypre",
    title="Un kiosque pour se retrouver sur la place",
    req="9800.00", req_w="9 800 euros", total="16750.00", total_w="16 750 euros",
    budget=[("Kiosque (structure bois)", "9600"), ("Étude d'architecte", "2750"),
            ("Participation des habitants", "1900"), ("Éclairage", "1500"), ("Inauguration", "1000")],
    funding=[("Commune de Quaëdypre", "5000"), ("Fonds propres", "1950")],
    people={"chair": "Gérard Top", "chair_email": "gerard.top@example.net",
            "chair_phone": "03 28 68 21 47"},
    volunteers="14", start="printemps 2020",
    desc="Un kiosque en bois sur la place du village pour les concerts, le marché de Noël et "
         "tout simplement pour se retrouver à l'abri.",
    mail=dict(from_name="Gérard Top", from_addr="gerard.top@example.net",
              date="Sun, 26 May 2019 11:26:44 +0200",
              subject="Candidature comité d'animation Quaëdypre",
              filename="Lettre candidature Quaëdypre.pdf",
              body="Bonjour Monsieur Polin,\n\nVous trouverez ci-joint notre lettre de candidature. "
                   "C'est notre secrétaire, Laurence, qui suit le dossier : ses coordonnées sont "
                   "dans la lettre.\n\nBien cordialement,\nGérard Top\nPrésident\n"))

rec(id="test-008", fmt="pdf_letter", lang="nl", country="BE",
    org="Gemeente Heuvelland", contact="Lieselot Dewitte", role="deskundige vrije tijd",
    email="lieselot.dewitte@example.com", phone="+3257450411", phone_w="057 45 04 11",
    address="Sint-Jansstraat 5", postcode="8950", municipality="Heuvelland",
    title="Buurtmeters in de deelgemeenten",
    req="7650.00", req_w="€ 7.650,00", total="12400.00", total_w="€ 12.400,00",
    budget=[("Opleiding buurtmeters", "3600"), ("Coördinatie", "3000"), ("Communicatie", "1800"),
            ("Ontmoetingsmomenten", "2500"), ("Vervoer", "1500")],
    funding=[("Gemeentelijke middelen", "4750")],
    people={"mayor": "Filip Vanackere", "director": "Annelies Ghekiere"},
    volunteers="30", start="januari 2020",
    desc="In elk van de acht deelgemeenten engageren zich vrijwillige buurtmeters die een oogje "
         "in het zeil houden bij alleenwonende ouderen en hen wegwijs maken in het aanbod.",
    mail=dict(from_name="Lieselot Dewitte", from_addr="lieselot.dewitte@example.com",
              date="Tue, 11 Jun 2019 14:09:52 +0200",
              subject="Projectoproep Partons 2.0 - aanvraag gemeente Heuvelland",
              filename="20190611 brief projectoproep buurtmeters.pdf",
              body="Beste Jonas,\n\nIn bijlage vind je de ondertekende brief van het college met "
                   "ons projectidee rond buurtmeters.\n\nMet vriendelijke groeten,\n\n"
                   "Lieselot Dewitte\nDienst Vrije Tijd\n"))

rec(id="test-009", fmt="pdf_letter", lang="nl", country="BE",
    org=None, contact="Ruben Ghesquiere", role="bewoner",
    email="ruben.ghesquiere@example.net", phone="+32468205571", phone_w="0468 20 55 71",
    address="Zandstraat 203", postcode="8690", municipality="Alveringem",
    title="Plukbos aan de Zandstraat",
    req="1850.00", req_w="1 850 euro", total="2600.00", total_w="2 600 euro",
    budget=[("Fruitbomen en struiken", "1150"), ("Afsluiting en poortje", "650"),
            ("Begeleiding", "500"), ("Plantdag", "300")],
    funding=[("Bijdrage van de buren", "750")],
    people={"neighbours": "Jozefien Vandewiele, Stijn Mortier"},
    volunteers="10", start="november 2019",
    desc="Een plukbos met fruitbomen en bessenstruiken op de hoek van de Zandstraat, waar "
         "iedereen mag plukken.",
    mail=dict(from_name="Ruben Ghesquiere", from_addr="ruben.ghesquiere@example.net",
              date="Sat, 25 May 2019 09:14:38 +0200",
              subject="plukbos Zandstraat Alveringem",
              filename="brief plukbos.pdf",
              body="Goeiemorgen Jonas,\n\nIk stuur je een brief met ons idee voor een plukbos. We "
                   "zijn maar een paar buren, geen vereniging.\n\nGroetjes\nRuben\n"))

rec(id="test-010", fmt="pdf_letter", lang="fr", country="FR",
    org="Les Ateliers de la Colme", contact="Céline Vandewalle", role="coordinatrice",
    email="celine.vandewalle@example.com", phone="+33328657740", phone_w="03 28 65 77 40",
    address="56 quai de la Colme", postcode="59143", municipality="Watten",
    title="Un atelier partagé pour les artisans et habitants",
    req="6725.50", req_w="6 725,50 €", total="9480.50", total_w="9 480,50 €",
    budget=[("Outillage partagé", "4380.50"), ("Aménagement", "2600"), ("Animation", "1500"),
            ("Communication", "1000")],
    funding=[("Fonds propres", "2755")],
    people={"chair": "Hervé Lesage"},
    volunteers="8", start="novembre 2019",
    desc="Un atelier partagé dans un ancien entrepôt du quai, ouvert aux artisans et aux "
         "habitants pour bricoler, apprendre et réparer ensemble.",
    mail=dict(from_name="Céline Vandewalle", from_addr="celine.vandewalle@example.com",
              date="Mon, 03 Jun 2019 16:37:25 +0200",
              subject="Candidature Partons 2.0 - Ateliers de la Colme",
              filename="Ateliers_Colme_lettre+fiche.pdf",
              body="Bonjour,\n\nCi-joint notre lettre de candidature, avec la fiche de synthèse en "
                   "page 2.\n\nCordialement\nCéline Vandewalle\n"))

rec(id="test-011", fmt="docx_form", lang="fr", country="FR",
    org="Bourbourg Ensemble", contact="Yannick Lamote", role="secrétaire",
    email="y.lamote@example.org", phone="+33328225109", phone_w="03 28 22 51 09",
    address="18 rue de la Briqueterie", postcode="59630", municipality="Bourbourg",
    title="Jardins de poche au pied des immeubles",
    req="5300.00", req_w="5.300,00 €", total="7450.00", total_w="7.450,00 €",
    budget=[("Bacs", "2900"), ("Terre et plants", "1350"), ("Récupérateurs d'eau", "700"),
            ("Animation", "1800"), ("Fête", "700")],
    funding=[("Fonds propres", "2150")],
    people={"chair": "Nadine Verbeke", "chair_phone": "06 21 48 77 30"},
    volunteers="10", start="mars 2020",
    desc="Des petits jardins en bacs au pied des trois immeubles de la résidence, cultivés par les "
         "locataires avec l'aide d'une animatrice.",
    mail=dict(from_name="Yannick Lamote", from_addr="y.lamote@example.org",
              date="Wed, 05 Jun 2019 21:55:16 +0200",
              subject="appel à projets - Bourbourg Ensemble",
              filename="BourbourgEnsemble_fiche.docx",
              body="Bonjour,\n\nVoici notre fiche remplie. Bonne réception.\n\nYannick Lamote\n"
                   "Bourbourg Ensemble\n"))

rec(id="test-012", fmt="docx_form", lang="nl", country="BE",
    org="Vzw Zorgzame Buurt Vleteren", contact="Marleen Vandenberghe", role="voorzitter",
    email="marleen.vandenberghe@example.com", phone="+3257401922", phone_w="057/40.19.22",
    address="Hoppestraat 14", postcode="8640", municipality="Vleteren",
    title="Buurtmeesters in Vleteren",
    req="6400.00", req_w="6400 €", total="8600.00", total_w="8600 €",
    budget=[("Opleiding", "2800"), ("Materiaal", "1400"), ("Coördinatie", "2600"),
            ("Communicatie", "900"), ("Ontmoeting", "900")],
    funding=[("Eigen middelen", "2200")],
    people={"treasurer": "Geert Beernaert", "kbo": "0478.215.336", "iban": "BE43 7380 1234 5601"},
    volunteers="15", start="oktober 2019",
    desc="Buurtmeesters zijn het aanspreekpunt in hun straat: ze helpen buren met kleine vragen en "
         "verwijzen door naar de juiste persoon of dienst.",
    mail=dict(from_name="Marleen Vandenberghe", from_addr="marleen.vandenberghe@example.com",
              date="Thu, 23 May 2019 10:44:02 +0200",
              subject="Projectidee Zorgzame Buurt Vleteren",
              filename="Projectfiche Zorgzame Buurt.docx",
              body="Beste Jonas,\n\nHierbij ons projectidee voor Vleteren. Ik ben bereikbaar op "
                   "057/40.19.22.\n\nVriendelijke groeten,\nMarleen Vandenberghe\n"))

rec(id="test-013", fmt="docx_form", lang="fr", country="FR",
    org="Collectif Estaires Demain", contact="Pauline Caron", role="membre",
    email="pauline.caron@example.net", phone=None, phone_w=None,
    address="27 rue de la Fonderie", postcode="59940", municipality="Estaires",
    title="Boîte à partage et frigo solidaire",
    req="2150.00", req_w="2 150 €", total="3025.00", total_w="3 025 €",
    budget=[("Réfrigérateur", "1290"), ("Boîte à partage", "985"),
            ("Hygiène et entretien", "250"), ("Communication", "500")],
    funding=[("Dons", "875")],
    people={},
    volunteers="6", start="janvier 2020",
    desc="Un frigo solidaire et une boîte à partage devant la salle des fêtes, pour limiter le "
         "gaspillage et créer du lien entre voisins.",
    mail=dict(from_name="Pauline Caron", from_addr="pauline.caron@example.net",
              date="Fri, 14 Jun 2019 07:58:40 +0200",
              subject="Frigo solidaire Estaires",
              filename="Estaires_frigo_solidaire.docx",
              body="Bonjour,\n\nNous vous transmettons notre projet de frigo solidaire. Merci de "
                   "privilégier le mail pour nous répondre.\n\nPauline Caron\n"
                   "pour le Collectif Estaires Demain\n"))

rec(id="test-014", fmt="docx_form", lang="nl", country="BE",
    org="Bewonersplatform Oostduinkerke-Dorp", contact="Tom Verlinde", role="woordvoerder",
    email="tom.verlinde@example.org", phone="+32494667120", phone_w="0494 66 71 20",
    address="Polderstraat 233", postcode="8670", municipality="Oostduinkerke",
    title="Groene dorpskern: geveltuinen en plantvakken",
    req="8990.00", req_w="8.990,- euro", total="12180.00", total_w="12.180,- euro",
    budget=[("Ontwerp", "2980"), ("Plantgoed", "4200"), ("Uitbreken tegels", "2600"),
            ("Begeleiding", "1400"), ("Plantdag", "1000")],
    funding=[("Eigen inbreng bewoners", "1190"), ("Gemeente Koksijde", "2000")],
    people={"second": "Ann-Sophie Lootens"},
    volunteers="20", start="najaar 2019",
    desc="Bewoners breken samen tegels uit voor geveltuinen en beplanten de grijze pleintjes in de "
         "dorpskern, begeleid door een tuinarchitect.",
    mail=dict(from_name="Tom Verlinde", from_addr="tom.verlinde@example.org",
              date="Sun, 16 Jun 2019 12:03:29 +0200",
              subject="Groene dorpskern Oostduinkerke - projectidee",
              filename="Groene dorpskern Oostduinkerke.docx",
              body="Beste Jonas,\n\nNet op tijd: in bijlage het projectidee van ons "
                   "bewonersplatform.\n\nGroeten,\nTom Verlinde\n0494 66 71 20\n"))

rec(id="test-015", fmt="docx_form", lang="fr", country="FR",
    org="Les Voisins du Pont de Pierre", contact="Sébastien Hennebelle", role="président",
    email="s.hennebelle@example.com", phone="+33617884032", phone_w="06-17-88-40-32",
    address="3 rue du Pont de Pierre", postcode="59820", municipality="Gravelines",
    title="Un terrain de pétanque et un coin pique-nique pour le quartier",
    req="4100.00", req_w="4 100,00 euros", total="5875.00", total_w="5 875,00 euros",
    budget=[("Terrain de pétanque", "2900"), ("Tables de pique-nique", "1675"),
            ("Éclairage", "800"), ("Inauguration", "500")],
    funding=[("Fonds propres", "1775")],
    people={"second": "Corinne Baert", "second_phone": "03 28 23 64 10"},
    volunteers="12", start="avril 2020",
    desc="Aménager l'espace vert au bout de la rue avec un terrain de pétanque et des tables de "
         "pique-nique, pour que les voisins se rencontrent.",
    mail=dict(from_name="Sébastien Hennebelle", from_addr="s.hennebelle@example.com",
              date="Thu, 16 May 2019 18:20:14 +0200",
              subject="Dossier Partons 2.0 - Voisins du Pont de Pierre",
              filename="Dossier Pont de Pierre.docx",
              body="Bonjour,\n\nVoici notre dossier. Merci de nous confirmer la bonne réception."
                   "\n\nSébastien Hennebelle\n"))

rec(id="test-016", fmt="odt_form", lang="nl", country="BE",
    org="Natuurwerkgroep De Zwaluw", contact="Nele Cardoen", role="secretaris",
    email="nele.cardoen@example.net", phone="+32479332814", phone_w="0479 33 28 14",
    address="Koekuitstraat 10", postcode="8920", municipality="Poelkapelle",
    title="Zwaluwtillen en een bloemenweide bij de school",
    req="3350.00", req_w="€ 3.350", total=None, total_w="nog te bepalen na offertes",
    budget=None, funding=None,
    people={"chair": "Bart Demuynck"},
    volunteers="7", start="voorjaar 2020",
    desc="Een zwaluwtil en een bloemenweide naast de basisschool, aangelegd samen met de "
         "leerlingen en de buurt.",
    mail=dict(from_name="Nele Cardoen", from_addr="nele.cardoen@example.net",
              date="Tue, 21 May 2019 20:30:55 +0200",
              subject="projectidee De Zwaluw Poelkapelle",
              filename="projectidee_zwaluw.odt",
              body="Dag Jonas,\n\nHierbij ons projectidee. Het totale budget kennen we nog niet, "
                   "we wachten op offertes.\n\nGroetjes,\nNele\n"))

rec(id="test-017", fmt="odt_form", lang="nl", country="BE",
    org="Toneelkring De Kaproenen", contact="Kristof Lamaire", role="regisseur",
    email="kristof.lamaire@example.com", phone="+3257336290", phone_w="057 33 62 90",
    address="Hospitaalstraat 48", postcode="8906", municipality="Elverdinge",
    title="Openluchttheater in de pastorietuin",
    req="9999.00", req_w="9.999,00 euro", total="18250.00", total_w="18.250,00 euro",
    budget=[("Podium en tribune", "8400"), ("Licht en geluid", "4600"), ("Begeleiding", "2250"),
            ("Communicatie", "1500"), ("Première", "1500")],
    funding=[("Eigen middelen", "4251"), ("Stad Ieper", "4000")],
    people={"chair": "Veerle Dumon"},
    volunteers="35", start="zomer 2020",
    desc="Een openluchttheater in de pastorietuin met een voorstelling door en voor de "
         "inwoners, met verhalen uit het dorp.",
    mail=dict(from_name="Kristof Lamaire", from_addr="kristof.lamaire@example.com",
              date="Sat, 01 Jun 2019 14:44:21 +0200",
              subject="De Kaproenen - Maak werk van je buurt",
              filename="Kaproenen openluchttheater.odt",
              body="Beste,\n\nIn bijlage het formulier van onze toneelkring.\n\nMet vriendelijke "
                   "groet\nKristof Lamaire\n"))

rec(id="test-018", fmt="odt_form", lang="fr", country="FR",
    org="Cassel Horizons", contact="Marie-Christine Degrave", role="trésorière",
    email="mc.degrave@example.org", phone="+33328401598", phone_w="03 28 40 15 98",
    address="11 rue du Tambour", postcode="59670", municipality="Cassel",
    title="Navette solidaire du Mont Cassel",
    req="7200.00", req_w="7200 euros", total="10640.00", total_w="10640 euros",
    budget=[("Location minibus", "5400"), ("Assurance", "1640"), ("Formation", "1800"),
            ("Communication", "800"), ("Carburant", "1000")],
    funding=[("Fonds propres", "1440"), ("Commune de Cassel", "2000")],
    people={"chair": "Philippe Dhellemmes"},
    volunteers="9", start="octobre 2019",
    desc="Une navette conduite par des bénévoles relie les hameaux au centre de Cassel et au "
         "marché, deux fois par semaine.",
    mail=dict(from_name="Marie-Christine Degrave", from_addr="mc.degrave@example.org",
              date="Wed, 22 May 2019 09:09:09 +0200",
              subject="Navette solidaire - Cassel Horizons",
              filename="navette_cassel.odt",
              body="Bonjour Monsieur Polin,\n\nCi-joint notre formulaire.\n\nMeilleures "
                   "salutations,\nMarie-Christine Degrave\n"))

rec(id="test-019", fmt="xlsx_form", lang="fr", country="FR",
    org="Les Ruches d'Herzeele", contact="Guillaume Bulteel", role="président",
    email="guillaume.bulteel@example.net", phone="+33612978341", phone_w="06 12 97 83 41",
    address="2 route d'Houtkerque", postcode="59470", municipality="Herzeele",
    title="Rucher pédagogique communal",
    req="4875.25", req_w="4875.25", total="6630.25", total_w="6630.25",
    budget=[("Ruches et essaims", "2150.25"), ("Matériel apicole", "1480"), ("Abri", "1500"),
            ("Animations scolaires", "1000"), ("Panneau", "500")],
    funding=[("Fonds propres", "1755")],
    people={"second": "Anne-Sophie Herreman", "second_phone": "06 41 20 33 58"},
    volunteers="6", start="avril 2020",
    desc="Un rucher pédagogique sur un terrain communal, avec des visites pour les écoles et les "
         "habitants.",
    mail=dict(from_name="Guillaume Bulteel", from_addr="guillaume.bulteel@example.net",
              date="Mon, 20 May 2019 21:17:45 +0200",
              subject="Candidature rucher pédagogique Herzeele",
              filename="Rucher_Herzeele.xlsx",
              body="Bonjour,\n\nVoici notre dossier sous forme de tableur.\n\nBien "
                   "cordialement,\nGuillaume Bulteel\n"))

rec(id="test-020", fmt="ods_form", lang="nl", country="BE",
    org="Jeugdraad Lo-Reninge", contact="Femke Dedeyne", role="voorzitter",
    email="femke.dedeyne@example.com", phone="+32470558812", phone_w="0470 55 88 12",
    address="Noordstraat 9", postcode="8647", municipality="Lo-Reninge",
    title="Hangplek met overkapping aan het sportveld",
    req="6600.00", req_w="6600", total="9150.00", total_w="9150",
    budget=[("Overkapping", "5400"), ("Zitelementen", "1850"), ("Verlichting", "900"),
            ("Participatie", "600"), ("Opening", "400")],
    funding=[("Eigen middelen jeugdraad", "2550")],
    people={"second": "Tibo Vanhee", "second_phone": "0491 22 73 05"},
    volunteers="12", start="mei 2020",
    desc="Een overdekte hangplek aan het sportveld waar jongeren elkaar kunnen ontmoeten.",
    mail=dict(from_name="Femke Dedeyne", from_addr="femke.dedeyne@example.com",
              date="Thu, 06 Jun 2019 18:48:33 +0200",
              subject="Jeugdraad Lo-Reninge projectidee",
              filename="jeugdraad_lo-reninge.ods",
              body="Hoi Jonas,\n\nIn bijlage ons formulier (rekenblad).\n\nGroetjes\nFemke\n"
                   "Jeugdraad Lo-Reninge\n"))

RECORDS = {r["id"]: r for r in R}
