# -*- coding: utf-8 -*-
"""The 40 invented applications of corpus 13 (20 dev, 20 test).

Every person, street, phone number and e-mail address is invented.
Raw strings are written exactly as they appear in the mail/document;
truth values are derived in build.py (normalised).
"""

R = []


def rec(**kw):
    kw.setdefault('org', None)
    kw.setdefault('email_doc', None)
    kw.setdefault('total', None)
    kw.setdefault('own', None)
    kw.setdefault('req', None)
    kw.setdefault('caps', False)
    kw.setdefault('hand', None)
    kw.setdefault('role', None)
    kw.setdefault('cc', None)
    R.append(kw)


# ----------------------------------------------------------------- DEV
rec(half='dev', key='D01', fmt='pdf_form', lang='nl',
    org='Dorpsraad Stavele vzw', contact='Griet Vandenbroucke',
    email_doc='dorpsraad.stavele@example.org',
    frm=('Griet Vandenbroucke', 'griet.vdb@example.net'),
    phone='0475/12.34.56', address='Kerkstraat 15 bus 2', postcode='8691', muni='Stavele', country='BE',
    title='Ontmoetingsplek in de pastorijtuin',
    total='12.400 euro', own='2.400 euro', req='10.000 euro', date='2019-05-22 21:14',
    desc='De verwaarloosde pastorijtuin naast de kerk wordt een groene ontmoetingsplek met zitbanken, '
         'een petanqueveld en een boekenkast. Bewoners, de dorpsschool en de seniorenvereniging '
         'tekenen samen het plan uit tijdens twee dorpsavonden.')

rec(half='dev', key='D02', fmt='pdf_form', lang='fr',
    org='Association Les Jardins du Blootland', contact='Sylvie Deswarte',
    frm=('Sylvie Deswarte', 'sylvie.deswarte@example.com'),
    phone='06 12 34 56 78', address='12 bis rue de la Gare', postcode='59470', muni='Wormhout', country='FR',
    title='Jardin partagé de la gare', total='11 200 €', req='8 400,00 €', date='2019-06-03 18:40',
    desc="Transformer la friche derrière l'ancienne gare en jardin partagé : bacs surélevés pour les "
         "personnes âgées, composteur collectif, récupérateur d'eau et un abri à outils construit "
         "avec les jeunes du quartier.")

rec(half='dev', key='D03', fmt='docx_form', lang='nl',
    contact='Koen Verhaeghe', email_doc='koen.verhaeghe@example.net',
    frm=('Koen Verhaeghe', 'koen.verhaeghe@example.net'),
    phone='+32 57 44 81 92', address='Zuidstraat 4', postcode='8647', muni='Reninge', country='BE',
    title='Boekenkastjes in de straten van Reninge', req='€ 3.750,00', date='2019-04-29 07:55',
    desc='Zes weerbestendige boekenkastjes op plaatsen waar mensen elkaar kruisen (bushalte, '
         'kerkplein, speeltuin). Elke kast krijgt een buur als peter of meter die ze onderhoudt.')

rec(half='dev', key='D04', fmt='docx_form', lang='fr', sdt=True,
    org="Comité des fêtes d'Esquelbecq", contact='Jean-Marc Vanpeperstraete',
    email_doc='comite.esquelbecq@example.com',
    frm=('Jean-Marc Vanpeperstraete', 'jm.vanpeperstraete@example.net'),
    phone='03.28.65.21.47', address='3 place Alphonse Bergerot', postcode='59470', muni='Esquelbecq', country='FR',
    title='Marché paysan du dimanche', total='14 800 €', req='10 000 €', req_words='dix mille euros',
    date='2019-06-11 10:02',
    desc="Un marché de producteurs locaux un dimanche par mois sur la place, avec une buvette tenue "
         "par les associations du village et un coin jeux pour les enfants.")

rec(half='dev', key='D05', fmt='odt_form', lang='fr',
    contact='Martine Lefebvre', email_doc='martine.lefebvre@example.org',
    frm=('Martine Lefebvre', 'martine.lefebvre@example.org'),
    phone='06.70.45.12.88', address='7 route de Wormhout', postcode='59670', muni='Zermezeele', country='FR',
    title='Navette solidaire des villages', total='7 900€', req='6500€', date='2019-05-16 14:21',
    desc="Un groupe de chauffeurs bénévoles conduit les habitants sans voiture au marché de Cassel, "
         "chez le médecin ou à la gare. Le budget couvre l'assurance, les frais kilométriques et "
         "un téléphone de permanence.")

rec(half='dev', key='D06', fmt='odt_form', lang='nl',
    org="Jeugdhuis 't Kanon", contact='Lotte Desmet', email_doc='jeugdhuis.kanon@example.org',
    frm=('Lotte Desmet', 'lotte.desmet@example.com'),
    phone='0498 55 21 07', address='Menenstraat 212', postcode='8940', muni='Geluwe', country='BE',
    title='Skatehoek aan de sporthal', total='15.300 EUR', req='9.950 EUR', date='2019-06-14 23:48',
    desc='Samen met de jongeren ontwerpen en bouwen we een kleine skatehoek met banken en een '
         'overdekte hangplek naast de sporthal. Een landschapsarchitect begeleidt de workshops.')

rec(half='dev', key='D07', fmt='docx_letter', lang='nl',
    org='vzw De Mesenaar', contact='Paul Lemahieu', role='voorzitter',
    email_doc='pl.lemahieu@example.net', frm=('Paul Lemahieu', 'pl.lemahieu@example.net'),
    phone='057 44 50 12', address='Nieuwkerkestraat 9', postcode='8957', muni='Mesen', country='BE',
    title='Straatmeesters voor Mesen', total='8.650 euro', own='1.150 euro', date='2019-05-08 16:30',
    paras=['Als voorzitter van vzw De Mesenaar dien ik hierbij ons projectidee in voor de projectenoproep '
           '"Maak werk van je buurt!".',
           'In Mesen wonen veel alleenstaande ouderen. We willen in elke straat een straatmeester: een '
           'buur die een aanspreekpunt is, eens aanbelt en mensen doorverwijst naar de juiste '
           'dorpsgenoot. We starten met een bewonersavond en een kleine opleiding voor de vrijwilligers.',
           'We schatten de totale kost op {total}. Zelf brengen we {own} in uit de opbrengst van ons '
           'jaarlijks mosselfeest. Het verschil vragen we aan via deze oproep.',
           'Wij hopen op een positief antwoord en zijn graag bereid ons idee toe te lichten.'])

rec(half='dev', key='D08', fmt='pdf_letter', lang='fr',
    org="Les Amis de l'Estaminet", contact='Bernadette Vermersch', role='Présidente',
    frm=('Bernadette Vermersch', 'bernadette.vermersch@example.com'),
    phone='+33 3 28 68 44 10', address="28 rue de l'Église", postcode='59122', muni='Oost-Cappel', country='FR',
    title="Réouverture d'un café associatif au village", total='13 000 €', req='9 500 €',
    req_words='neuf mille cinq cents euros', date='2019-06-05 09:12',
    paras=["Au nom de l'association Les Amis de l'Estaminet, j'ai le plaisir de vous présenter notre "
           "projet dans le cadre de l'appel à projets transfrontalier Partons 2.0.",
           "Depuis la fermeture du dernier café en 2016, Oost-Cappel n'a plus de lieu de rencontre. "
           "Une vingtaine d'habitants se sont réunis pour rouvrir l'estaminet sous forme associative, "
           "trois après-midi par semaine, avec des jeux flamands et un dépôt de pain.",
           "Le budget total s'élève à {total}. Nous sollicitons une aide de {req_words} ({req}) pour "
           "l'aménagement de la salle et l'achat de mobilier.",
           "Nous restons à votre disposition pour tout renseignement et vous prions d'agréer, "
           "Madame, Monsieur, nos salutations distinguées."])

rec(half='dev', key='D09', fmt='rtf', lang='nl',
    org='Gezinsbond afdeling Langemark', contact='Hilde Craeye', role='secretaris',
    email_doc='gezinsbond.langemark@example.org', frm=('Hilde Craeye', 'hilde.craeye@example.com'),
    phone='0476 33 18 90', address='Boezingestraat 31', postcode='8920', muni='Langemark', country='BE',
    title='Speelbos achter de sporthal', total='€ 7.200', req='€ 6.000', date='2019-05-27 20:05',
    paras=['Namens het bestuur van de Gezinsbond afdeling Langemark stellen wij graag ons projectidee voor.',
           'Achter de sporthal ligt een strook bos die nu niemand gebruikt. Met de ouders, de scouts en '
           'de buurtbewoners willen we er een natuurlijk speelbos van maken: boomstammen, een '
           'wilgenhut, een blotevoetenpad en een picknickplek.',
           'De totale kostprijs bedraagt {total}. Wij vragen een steun van {req}; de rest betalen we '
           'zelf met de opbrengst van onze tweedehandsbeurs.',
           'Met vriendelijke groeten,'])

rec(half='dev', key='D10', fmt='body_plain', lang='nl', variant='short',
    contact='Wim Beun', frm=('Wim Beun', 'wim.beun@example.net'),
    phone='0472/80.14.33', address='Sint-Sixtusstraat 52', postcode='8640', muni='Westvleteren', country='BE',
    title='Samentuin achter de parochiezaal', total='4.200 euro', req='4.200 euro', date='2019-06-15 22:37')

rec(half='dev', key='D11', fmt='body_plain', lang='fr', variant='reply',
    org="Association des parents d'élèves de l'école Saint-Joseph", contact='Nathalie Bollengier',
    role='présidente', email_doc='ape.herzeele@example.net',
    frm=('Nathalie Bollengier', 'nathalie.bollengier@example.com'),
    phone='07 81 22 45 90', address='5 rue de Winnezeele', postcode='59470', muni='Herzeele', country='FR',
    title="Une cour d'école verte ouverte au village", req='7 250 EUR', date='2019-05-24 12:48')

rec(half='dev', key='D12', fmt='body_html', lang='fr', variant='html_only',
    org='Mairie de Ledringhem', contact='Didier Top', role='adjoint au maire',
    email_doc='mairie.ledringhem@example.org', frm=('Mairie de Ledringhem', 'mairie.ledringhem@example.org'),
    phone='03 28 62 11 09', address="2 rue de l'Église", postcode='59470', muni='Ledringhem', country='FR',
    title="Tiers-lieu dans l'ancienne école", total='24 000,00 €', req='10 000,00 €', date='2019-06-12 11:30')

rec(half='dev', key='D13', fmt='body_html', lang='nl', variant='alternative',
    org='Buurtcomité Dikkebus-Vijver', contact='Sofie Coene', email_doc='sofie.coene@example.com',
    frm=('Sofie Coene', 'sofie.coene@example.com'),
    phone='+32 479 61 08 22', address='Vijverdreef 3A', postcode='8900', muni='Dikkebus', country='BE',
    title='Buurtfeest en zitbanken aan de vijver', total='€ 6.100,-', req='€ 5.480,-', date='2019-05-02 19:03')

rec(half='dev', key='D14', fmt='scan_pdf', lang='nl', layout='letter',
    org='Landelijke Gilde Houthulst', contact='Dirk Verbeke', role='voorzitter',
    frm=('Dirk Verbeke', 'dirk.verbeke@example.net'),
    phone='051 70 12 88', address='Klerkenstraat 77', postcode='8650', muni='Houthulst', country='BE',
    title='Lokale boerenmarkt op het dorpsplein', total='9.900,00 euro', req='8.400,00 euro', date='2019-06-06 08:15',
    paras=['Namens de Landelijke Gilde Houthulst willen wij graag deelnemen aan de projectenoproep.',
           'Wij willen elke eerste zaterdag van de maand een boerenmarkt organiseren op het dorpsplein, '
           'met producten van landbouwers uit Houthulst, Klerken en Merkem. Er komt ook een '
           'koffiehoek waar bewoners elkaar ontmoeten.',
           'De volledige kostprijs (marktkramen, elektriciteit, communicatie) ramen wij op {total}. '
           'Wij vragen een bijdrage van {req}.',
           'Met vriendelijke groeten,'])

rec(half='dev', key='D15', fmt='scan_pdf', lang='nl', layout='handform', caps=True, hand='shadows-into-light',
    contact='Marleen Dewulf', email_doc='marleen.dewulf@example.net',
    frm=('Marleen Dewulf', 'marleen.dewulf@example.net'),
    phone='0486 12 90 44', address='Ieperstraat 120', postcode='8980', muni='Zonnebeke', country='BE',
    title='Zitbanken langs de wandelroute', req='2.300 €', date='2019-05-19 17:26',
    desc='Vijf houten zitbanken langs de wandelroute rond de vijver, gemaakt door de buren.')

rec(half='dev', key='D16', fmt='scan_pdf', lang='fr', layout='typedform',
    org='Foyer rural de Godewaersvelde', contact='Christophe Blanckaert',
    email_doc='foyer.godewaersvelde@example.org', frm=('Christophe Blanckaert', 'c.blanckaert@example.com'),
    phone='03.28.42.50.63', address='45 rue du Mont des Cats', postcode='59270', muni='Godewaersvelde', country='FR',
    title='Atelier vélo solidaire', total='9 300 €', req='8 000 €', date='2019-06-10 15:44',
    desc="Un atelier où les habitants réparent ensemble leurs vélos, avec des vélos remis en état "
         "prêtés aux jeunes et aux saisonniers.")

rec(half='dev', key='D17', fmt='scan_pdf', lang='fr', layout='handform', hand='reenie-beanie',
    contact='Thérèse Ryckebusch', frm=('Thérèse Ryckebusch', 'therese.ryckebusch@example.org'),
    phone='06 71 18 30 52', address='12 bis rue du Moulin', postcode='59270', muni='Méteren', country='FR',
    title='Boîte à livres et bancs', req='1 850 €', date='2019-05-30 10:10',
    desc="Une boîte à livres devant la salle des fêtes et deux bancs pour se poser et discuter.")

rec(half='dev', key='D18', fmt='photo', lang='nl', layout='handform', hand='covered-by-your-grace',
    org='Dorpscomité Wulvergem', contact='Bart Vanneste', email_doc='dorpscomite.wulvergem@example.com',
    frm=('Bart Vanneste', 'bart.vanneste@example.net'),
    phone='0479 20 33 15', address='Dorpsstraat 41', postcode='8952', muni='Wulvergem', country='BE',
    title='Trage wegen herwaarderen', total='7.000 euro', req='6.200 euro', date='2019-06-09 20:51',
    desc='Oude kerkwegels terug openmaken, bewegwijzeren en een wandelkaart maken met de bewoners.')

rec(half='dev', key='D19', fmt='photo', lang='nl', layout='letter',
    org='Koninklijke Harmonie Sint-Cecilia Elverdinge', contact='Ann Bonte', role='secretaris',
    frm=('Harmonie Sint-Cecilia', 'harmonie.elverdinge@example.org'),
    phone='+32 57 42 33 18', address='Veurnseweg 402', postcode='8906', muni='Elverdinge', country='BE',
    title='Muziek op het dorpsplein', total='12.000 euro', own='3.000 euro', req='9.000 euro',
    date='2019-05-13 13:07',
    paras=['Namens de Koninklijke Harmonie Sint-Cecilia Elverdinge bezorgen wij u ons projectidee.',
           'Vier zomeravonden lang willen we het dorpsplein omtoveren tot een openluchtpodium waar '
           'de harmonie, de school en lokale groepjes spelen. Buren zorgen voor soep en taart.',
           'We schatten de kost op {total}, zelf brengen we {own} in, we vragen dus {req}.',
           'Met muzikale groeten,'])

rec(half='dev', key='D20', fmt='photo', lang='fr', layout='letter',
    org='Club Ados Bergues', contact='Mehdi Lambrecht', role='animateur',
    email_doc='club.ados.bergues@example.org', frm=('Mehdi L.', 'mehdi.lambrecht@example.com'),
    phone='06 45 82 19 73', address='14 rue Nationale', postcode='59380', muni='Bergues', country='FR',
    title='Un local pour les jeunes près des remparts', req='4 500 €', date='2019-06-13 18:02',
    paras=["Je vous écris au nom du Club Ados Bergues, qui réunit une trentaine de jeunes de 12 à 17 ans.",
           "Les jeunes n'ont aucun endroit où se retrouver le soir. La commune met à disposition une "
           "ancienne remise près des remparts ; les jeunes veulent la repeindre, l'équiper et la gérer "
           "eux-mêmes avec un animateur.",
           "Nous sollicitons une aide de {req} pour le matériel, la peinture et le mobilier.",
           "Dans l'attente de votre réponse, veuillez recevoir mes salutations distinguées."])

# ----------------------------------------------------------------- TEST
rec(half='test', key='T01', fmt='pdf_form', lang='nl',
    contact='Jozef Debruyne', email_doc='jozef.debruyne@example.com',
    frm=('Jozef Debruyne', 'jozef.debruyne@example.com'),
    phone='+32 478 44 10 09', address='Komenseweg 88', postcode='8902', muni='Zillebeke', country='BE',
    title='Bloemenweide langs het kerkhofpad', total='€ 2.640,00', req='€ 2.640,00', date='2019-04-24 09:33',
    desc='Een strook gemeentegrond langs het kerkhofpad inzaaien als bloemenweide, met een bank en '
         'een infobord. De buren helpen bij het maaien.')

rec(half='test', key='T02', fmt='pdf_form', lang='fr',
    org='Association Arnèke Demain', contact='Pascale Degrave', email_doc='arneke.demain@example.org',
    frm=('Pascale Degrave', 'pascale.degrave@example.net'),
    phone='03 28 42 73 15', address='9 rue de Cassel', postcode='59285', muni='Arnèke', country='FR',
    title='Épicerie solidaire au village', total='18 500 €', req='10 000 €', date='2019-06-07 16:16',
    desc="Depuis la fermeture de la supérette, les personnes âgées doivent aller à Cassel. Nous "
         "voulons ouvrir une petite épicerie solidaire tenue par des bénévoles, avec des produits "
         "des fermes voisines.")

rec(half='test', key='T03', fmt='docx_form', lang='nl', sdt=True,
    org='vzw Buurthuis De Spie', contact='Jens Vandamme', email_doc='buurthuis.despie@example.net',
    frm=('Jens Vandamme', 'jens.vandamme@example.com'),
    phone='051 58 77 40', address='Zandestraat 23', postcode='8680', muni='Koekelare', country='BE',
    title='Telewerkplek in het buurthuis', total='9.200,00 euro', req='7.800,00 euro', date='2019-05-21 08:47',
    desc='Het bovenzaaltje van het buurthuis inrichten als telewerkplek met vier bureaus, snel '
         'internet en een printer, open voor alle inwoners.')

rec(half='test', key='T04', fmt='docx_form', lang='fr',
    contact='Gérard Decool', email_doc='gerard.decool@example.org',
    frm=('Gérard Decool', 'gerard.decool@example.org'),
    phone='06 08 17 45 22', address='3 rue de la Chapelle', postcode='59270', muni='Flêtre', country='FR',
    title='Verger collectif du Mont', req='3 150 euros', date='2019-05-10 11:11',
    desc="Planter vingt arbres fruitiers de variétés anciennes sur un terrain prêté par un "
         "agriculteur et organiser la cueillette avec l'école.")

rec(half='test', key='T05', fmt='odt_form', lang='nl',
    org='Bewonersplatform Loker', contact='Els Deleu', email_doc='bewonersplatform.loker@example.org',
    frm=('Els Deleu', 'els.deleu@example.com'),
    phone='0470 91 82 73', address='Reningelststraat 11 bus 1', postcode='8958', muni='Loker', country='BE',
    title='Vrijwillige chauffeurs voor Loker', req='5.000 EUR', date='2019-06-02 10:58',
    desc='Een groep vrijwilligers brengt minder mobiele dorpsgenoten naar de dokter, de markt in '
         'Ieper of familie. Het geld gaat naar verzekering, een gsm voor de permanentie en vorming.')

rec(half='test', key='T06', fmt='odt_form', lang='fr',
    org='Association Boeschepe Village Vivant', contact='Aurélie Vandaele', email_doc='villagevivant@example.com',
    frm=(None, 'villagevivant@example.com'),
    phone='+33 6 62 14 87 03', address='27 rue de Poperinghe', postcode='59299', muni='Boeschepe', country='FR',
    title='Repair café itinérant', total='6 780,50 €', req='5 780,50 €', date='2019-05-28 21:40',
    desc="Un repair café qui se déplace chaque mois dans un hameau différent, avec une remorque "
         "équipée d'outils et des bénévoles réparateurs.")

rec(half='test', key='T07', fmt='docx_letter', lang='fr',
    org='Comité de quartier de la Gare', contact='Francis Delattre', role='Président',
    frm=('Francis Delattre', 'francis.delattre@example.net'),
    phone='03 28 41 09 87', address='8 rue de Lille', postcode='59270', muni='Bailleul', country='FR',
    title='Des bacs potagers au square de la Gare', total='11 500 €', own='2 000 €', req='9 500 €',
    date='2019-06-04 17:25',
    paras=["En tant que président du Comité de quartier de la Gare, je vous adresse notre candidature.",
           "Le square de la Gare est aujourd'hui peu utilisé. Avec les habitants des immeubles voisins, "
           "nous voulons y installer des bacs potagers, une table de pique-nique et organiser des "
           "ateliers de jardinage avec le centre social.",
           "Le coût total est estimé à {total}, nous apportons nous-mêmes {own}, nous sollicitons donc "
           "{req}.",
           "Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments les meilleurs."])

rec(half='test', key='T08', fmt='pdf_letter', lang='nl',
    org='vzw Dorpshuis Watou', contact='Luc Vandenberghe', role='voorzitter',
    email_doc='dorpshuis.watou@example.org', frm=('Luc Vandenberghe', 'luc.vandenberghe@example.com'),
    phone='057/38.81.27', address='Watouplein 6', postcode='8978', muni='Watou', country='BE',
    title='Dorpsontmoetingspunt in de oude pastorij', total='€ 21.000,-', req='€ 9.500,-', date='2019-06-01 14:00',
    paras=['Namens de raad van bestuur van vzw Dorpshuis Watou dien ik ons projectidee in.',
           'De oude pastorij staat al jaren leeg. Wij willen er een dorpsontmoetingspunt van maken met '
           'een kleine bibliotheek, een koffiehoek en een lokaal voor telewerk. Er waren al drie '
           'bewonersavonden met meer dan 80 deelnemers.',
           'De totale begroting bedraagt {total}. Wij vragen u een bijdrage van {req} '
           '(negenduizend vijfhonderd euro); de rest komt van de vzw en de gemeente.',
           'Met vriendelijke groet,'])

rec(half='test', key='T09', fmt='rtf', lang='fr',
    org='École primaire publique de Rexpoëde', contact='Isabelle Cappelaere', role='Directrice',
    email_doc='ecole.rexpoede@example.net', frm=('Ecole Rexpoede', 'ecole.rexpoede@example.net'),
    phone='03 28 68 30 44', address='1 rue des Écoles', postcode='59122', muni='Rexpoëde', country='FR',
    title='Un potager pédagogique ouvert aux habitants', total='8 100 EUR', req='7 250 EUR', date='2019-05-14 16:45',
    paras=["Madame, Monsieur,",
           "L'équipe enseignante et les parents de l'École primaire publique de Rexpoëde souhaitent "
           "créer un potager pédagogique derrière l'école, ouvert aux habitants le mercredi et le samedi.",
           "Le coût global du projet est de {total}. Nous sollicitons {req} pour les bacs, les outils, "
           "la serre et l'intervention d'un maraîcher.",
           "Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses."])

rec(half='test', key='T10', fmt='body_plain', lang='nl', variant='reply',
    org='Buurtwerking Nieuwkerke', contact='Stefaan Lermyte', email_doc='stefaan.lermyte@example.org',
    frm=('Stefaan Lermyte', 'stefaan.lermyte@example.org'),
    phone='0495 12 70 33', address='Dranouterstraat 18', postcode='8950', muni='Nieuwkerke', country='BE',
    title='Buurtmeesters in Nieuwkerke', req='4.850 euro', date='2019-05-20 22:03')

rec(half='test', key='T11', fmt='body_plain', lang='fr', variant='short',
    contact='Chantal Bouquet', frm=('Chantal Bouquet', 'chantal.bouquet@example.com'),
    phone='06.33.12.84.50', address='21 rue Saint-Nicolas', postcode='59670', muni='Cassel', country='FR',
    title='Fresque participative sur le mur de la salle des fêtes', total='3500€', req='3000€',
    date='2019-06-15 20:19')

rec(half='test', key='T12', fmt='body_html', lang='nl', variant='html_only',
    org="vzw 't Oud Schooltje", contact='Karel Depuydt', email_doc='oudschooltje@example.net',
    frm=('Karel Depuydt', 'karel.depuydt@example.org'),
    phone='058 28 81 03', address='Eikhofstraat 2', postcode='8647', muni='Pollinkhove', country='BE',
    title='Buurtcafé in het oude schooltje', total='16.750,00 EUR', req='10.000,00 EUR', date='2019-06-10 09:26')

rec(half='test', key='T13', fmt='body_html', lang='fr', variant='alternative',
    org='Bambecque en Transition', contact='Olivier Schoonheere', email_doc='bambecque.transition@example.org',
    frm=('Olivier Schoonheere', 'o.schoonheere@example.com'),
    phone='06 24 58 91 37', address="4 rue de l'Yser", postcode='59470', muni='Bambecque', country='FR',
    title='Réseau de covoiturage solidaire', total='3 400 €', req='2 900 €', date='2019-05-06 13:38')

rec(half='test', key='T14', fmt='scan_pdf', lang='nl', layout='handform', hand='architects-daughter',
    org='Chiro Proven', contact='Robbe Vanderhaeghe', email_doc='chiro.proven@example.com',
    frm=('Robbe Vanderhaeghe', 'robbe.vdh@example.net'),
    phone='0468 22 71 90', address='Couthoflaan 7', postcode='8972', muni='Proven', country='BE',
    title='Speelplein in de dorpskern', total='6.900 euro', req='6.000 euro', date='2019-06-12 19:19',
    desc='Een speelplein op het grasveld achter de kerk, met de chiroleiding en de ouders gebouwd.')

rec(half='test', key='T15', fmt='scan_pdf', lang='nl', layout='letter',
    contact='Rita Vanhoutte', frm=('Rita Vanhoutte', 'rita.vanhoutte@example.org'),
    phone='058/29.44.10', address='Kloosterstraat 25 bus 4', postcode='8690', muni='Alveringem', country='BE',
    title='Wekelijkse koffieklets voor alleenstaanden', req='1.250 EUR', date='2019-05-03 10:41',
    paras=['Ik ben een gepensioneerde verpleegster en woon al veertig jaar in Alveringem.',
           'Veel alleenstaanden in ons dorp zien soms dagen niemand. Ik wil elke woensdagnamiddag een '
           'koffieklets organiseren in de parochiezaal, met vervoer voor wie niet meer goed te been is.',
           'Voor koffie, taart, een kleine geluidsinstallatie en het vervoer vraag ik {req}.',
           'Alvast bedankt,'])

rec(half='test', key='T16', fmt='scan_pdf', lang='fr', layout='letter',
    org='Association Quaëdypre Patrimoine', contact='Hervé Dequidt', role='Trésorier',
    email_doc='quaedypre.patrimoine@example.net', frm=('Hervé Dequidt', 'quaedypre.patrimoine@example.net'),
    phone='03 28 68 51 72', address='6 bis rue de Socx', postcode='59380', muni='Quaëdypre', country='FR',
    title='Restauration du calvaire et sentier du patrimoine', total='12 700 €', req='8 900 €',
    date='2019-06-08 11:54',
    paras=["Au nom de l'association Quaëdypre Patrimoine, nous avons l'honneur de vous présenter notre projet.",
           "Nous voulons restaurer le calvaire du carrefour avec les habitants et créer un petit sentier "
           "balisé reliant les chapelles du village, avec des panneaux rédigés par les anciens.",
           "Le budget total est de {total} ; nous sollicitons {req}.",
           "Veuillez agréer nos salutations distinguées."])

rec(half='test', key='T17', fmt='scan_pdf', lang='fr', layout='handform', caps=True, hand='just-another-hand',
    contact='Émilie Coudeville', email_doc='emilie.coudeville@example.com',
    frm=('Émilie Coudeville', 'emilie.coudeville@example.com'),
    phone='07 66 21 43 08', address='15 rue de Steenvoorde', postcode='59670', muni='Winnezeele', country='FR',
    title='Fête des voisins et troc de plantes', req='950 €', date='2019-05-25 15:02',
    desc='Une grande fête des voisins au printemps avec un troc de plantes et de graines.')

rec(half='test', key='T18', fmt='photo', lang='nl', layout='letter',
    org='Ouderraad VBS De Klimop', contact='Nele Goethals', role='voorzitter',
    email_doc='ouderraad.klimop@example.org', frm=('Nele Goethals', 'nele.goethals@example.com'),
    phone='0473 58 19 62', address='Dadizelestraat 14', postcode='8980', muni='Beselare', country='BE',
    title='Een groene speelplaats die na schooltijd open blijft', total='10.250 euro', own='1.500 euro',
    date='2019-06-11 21:30',
    paras=['Als voorzitter van de Ouderraad VBS De Klimop stel ik u graag ons idee voor.',
           'De betonnen speelplaats wordt groen: bomen, een heuvel, een buitenklas en een moestuin. '
           "Na schooltijd en in het weekend blijft de speelplaats open voor alle kinderen van Beselare.",
           'We schatten de kost op {total}. Zelf brengen we {own} in (eetfestijn en sponsoring); '
           'het resterende bedrag vragen we aan de Provincie.',
           'Vriendelijke groeten,'])

rec(half='test', key='T19', fmt='photo', lang='fr', layout='handform', hand='shadows-into-light',
    org='Les Amis du Mont-Noir', contact='Jacques Lamerant',
    frm=('Jacques Lamerant', 'jacques.lamerant@example.org'),
    phone='03 28 49 46 20', address='52 route du Mont-Noir', postcode='59270', muni='Saint-Jans-Cappel', country='FR',
    title='Sentier de découverte du Mont-Noir', req='4 600 €', date='2019-06-14 08:08',
    desc='Un sentier balisé avec des panneaux sur la faune et la flore, conçu avec les habitants.')

rec(half='test', key='T20', fmt='photo', lang='fr', layout='typedform',
    org='Association Ciné-Village', contact='Sandrine Vanrobaeys', email_doc='cinevillage@example.net',
    frm=('Sandrine Vanrobaeys', 'sandrine.vanrobaeys@example.com'),
    phone='06 81 47 25 93', address="17 place de l'Église", postcode='59470', muni='Houtkerque', country='FR',
    title='Cinéma en plein air itinérant', total='9 960,00 €', req='8 960,00 €', date='2019-05-31 22:12',
    desc="Six séances de cinéma en plein air dans les villages voisins, films choisis par les habitants.")
