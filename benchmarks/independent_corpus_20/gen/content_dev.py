# -*- coding: utf-8 -*-
"""Invented application mails, half 'dev' (20 records).

Every person, group, street, phone number and e-mail address here is invented.
Block kinds used in 'doc' (letters): head, addr, right, p, b, table, sig, sig2, sp.
"""

RECORDS = []


def R(**kw):
    RECORDS.append(kw)


# ---------------------------------------------------------------- D01
R(key="D01", fmt="body_plain", lang="nl", variant="reply",
  date=(2019, 5, 23, 20, 47),
  from_=("Hilde Vermeersch", "hilde.vermeersch@example.net"),
  subject="Re: uw projectidee Woumen",
  body="""Dag Bram,

Sorry dat het wat langer duurde, ik moest het nog navragen bij onze
penningmeester.

Het totale project ramen we op € 8.400,- . De dorpsraad legt zelf 1.400 euro
bij (opbrengst van onze kaas- en wijnavond), dus we vragen 7.000 euro aan
Partons 2.0.
Mijn gsm is 0476 31 52 08, overdag best na 16u.

Als u eens wil langskomen in Woumen, graag!

Groetjes,
Hilde

Op di 21 mei 2019 om 10:12 schreef Partons 2.0 coördinatie <coordinator@example.org>:

> Beste Hilde,
>
> Bedankt voor het mooie projectidee. Kan u mij nog laten weten wat de
> totale kostprijs is, hoeveel jullie zelf inbrengen en welk bedrag u aan
> ons vraagt? Een telefoonnummer waarop ik u kan bereiken is ook handig.
>
> Met vriendelijke groeten,
>
> Bram Declercq
> Projectcoördinator Partons 2.0
> T +32 51 00 47 12
>
> Op zo 19 mei 2019 om 21:33 schreef Hilde Vermeersch <hilde.vermeersch@example.net>:
>
>> Goeiedag,
>>
>> Wij van de Dorpsraad Woumen willen graag een projectidee indienen voor
>> de oproep "Maak werk van je buurt!".
>>
>> Ons idee heet "Woumse Bankjes": we willen langs de wandelroute rond de
>> kerk tien bankjes zetten, gemaakt door bewoners zelf samen met de
>> leerlingen van de technische school. Bij elk bankje komt een bordje met
>> een verhaal van een oudere dorpsgenoot. In september openen we de route
>> met een wandeling en een drink voor het hele dorp.
>>
>> Er zijn al een 25-tal mensen die willen meehelpen.
>>
>> Vriendelijke groeten,
>>
>> Hilde Vermeersch
>> voorzitter Dorpsraad Woumen
>> Hazewindstraat 14, 8600 Woumen
""",
  fields=dict(organisation="Dorpsraad Woumen", contact_name="Hilde Vermeersch",
              email="hilde.vermeersch@example.net", phone="+32476315208",
              address="Hazewindstraat 14", postcode="8600", municipality="Woumen",
              country="BE", project_title="Woumse Bankjes",
              requested_amount="7000.00", total_budget="8400.00"))

# ---------------------------------------------------------------- D02
R(key="D02", fmt="body_plain", lang="nl", variant="iphone",
  date=(2019, 6, 2, 23, 12),
  from_=("Kristof Lefevere", "kristof.lefevere@example.com"),
  subject="aanvraag",
  body="""Goeienavond,

Ik ben Kristof Lefevere en ik baat sinds 2014 café De Gouden Leeuw uit op het dorpsplein in Proven. Sinds de bakker en de krantenwinkel dicht zijn, is mijn café zowat het enige dat nog open is in het dorp.

Mijn idee noem ik "Het Dorpsloket": in het achterzaaltje van het café kunnen mensen twee voormiddagen per week brood en de krant afhalen die ik laat leveren, een koffie drinken, en er zit een vrijwilliger om te helpen met formulieren en de computer. Op woensdagnamiddag geef ik de zaal gratis aan de breiclub en aan de kaarters.

Wat ik nodig heb: een toonbank en een koelkast, een paar tafels en stoelen, een computer met printer voor het loket, en wat reclame om het bekend te maken.

Totaal is dat 9500 EUR. Zelf leg ik 1500 EUR bij, dus vraag ik 8000 EUR.

Kristof Lefevere, Dorpsplein 6, 8972 Proven, 0498/12.34.56, degoudenleeuw.proven@example.com

Verzonden vanaf mijn iPhone
""",
  fields=dict(organisation="Café De Gouden Leeuw", contact_name="Kristof Lefevere",
              email="degoudenleeuw.proven@example.com", phone="+32498123456",
              address="Dorpsplein 6", postcode="8972", municipality="Proven",
              country="BE", project_title="Het Dorpsloket",
              requested_amount="8000.00", total_budget="9500.00"))

# ---------------------------------------------------------------- D03
R(key="D03", fmt="body_plain", lang="fr", variant="forward",
  date=(2019, 5, 29, 8, 5),
  from_=("Jean-Luc Vanhoutte", "jeanluc.vanhoutte@example.net"),
  subject="Fwd: Dossier fête des voisins - Killem",
  body="""Bonjour,

Je vous fais suivre le mail ci-dessous que j'avais envoyé par erreur à la
mairie. On m'a dit que c'était à vous qu'il fallait l'adresser.

Bien cordialement,
J-L Vanhoutte

---------- Forwarded message ---------
De : Jean-Luc Vanhoutte <jeanluc.vanhoutte@example.net>
Date: lun. 27 mai 2019 à 18:41
Subject: Dossier fête des voisins - Killem
To: <accueil.mairie@example.com>


Madame, Monsieur,

Au nom du Comité des fêtes de Killem, j'ai le plaisir de vous présenter notre projet « La grande table de Killem » dans le cadre de l'appel à projets Partons 2.0.

L'idée est simple : un dimanche de septembre, nous fermons la rue principale et installons une seule grande table de 200 mètres où chaque habitant apporte un plat. Avant cela, nous ferons du porte-à-porte dans les hameaux pour inviter les personnes isolées, et nous organiserons un transport pour celles qui ne conduisent plus. Les enfants de l'école décoreront les nappes.

Budget :
- location de tables, bancs et barnums : 2 900 €
- sonorisation et animation musicale : 1 400 €
- affiches, flyers, invitations : 600 €
- transport des personnes âgées : 450 €
- vaisselle réutilisable : 1 450 €
Total : 6 800 €

Le comité apporte 1 300 € sur ses fonds propres. Nous sollicitons donc une aide de 5 500 €.

Je reste à votre disposition pour tout renseignement.

Jean-Luc Vanhoutte
Président du Comité des fêtes de Killem
14 rue de la Chapelle
59122 KILLEM
Tél. : 03 28 68 41 77
""",
  fields=dict(organisation="Comité des fêtes de Killem", contact_name="Jean-Luc Vanhoutte",
              email="jeanluc.vanhoutte@example.net", phone="+33328684177",
              address="14 rue de la Chapelle", postcode="59122", municipality="Killem",
              country="FR", project_title="La grande table de Killem",
              requested_amount="5500.00", total_budget="6800.00"))

# ---------------------------------------------------------------- D04
R(key="D04", fmt="body_plain", lang="fr", variant="plain",
  date=(2019, 6, 5, 13, 26),
  from_=("Sandrine Lemaire", "sandrine.lemaire59@example.com"),
  subject="projet",
  body="""Bonjour,

Je suis la trésorière de l'APE (association des parents d'élèves) de l'école Les Petits Moulins à Herzeele, et je vous écris pour notre association.

Depuis deux ans, les parents entretiennent un petit potager derrière l'école, mais il est trop petit et fermé le week-end. Avec la commune, on a trouvé un terrain en friche rue du Calvaire, juste à côté de la salle des fêtes. Notre projet, que les enfants ont baptisé "Le Jardin des Curieux", c'est d'en faire un jardin ouvert à tous les habitants : des bacs surélevés (aussi pour les personnes en fauteuil), un composteur collectif, un abri à outils et des bancs. Les anciens du club de l'âge d'or ont promis de transmettre leurs savoirs aux enfants.

Le coût total est estimé à 8 250,50 €. L'APE met 1 000 € de côté (recettes de la kermesse), nous demandons donc 7 250,50 €.

Pour me joindre : 06 71 24 58 93 (après 17h) ou par mail.
Mon adresse : 9 rue du Calvaire, 59470 Herzeele.

Merci d'avance et bonne journée,

Sandrine Lemaire
Trésorière APE Les Petits Moulins
""",
  fields=dict(organisation="APE Les Petits Moulins", contact_name="Sandrine Lemaire",
              email="sandrine.lemaire59@example.com", phone="+33671245893",
              address="9 rue du Calvaire", postcode="59470", municipality="Herzeele",
              country="FR", project_title="Le Jardin des Curieux",
              requested_amount="7250.50", total_budget="8250.50"))

# ---------------------------------------------------------------- D05
R(key="D05", fmt="body_html", lang="nl", variant="table",
  date=(2019, 5, 14, 19, 2),
  from_=("Jeugdclub De Schuur", "jeugdclubdeschuur@example.org"),
  subject="Projectidee Jeugdclub De Schuur – overdekte hangplek",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Beste,</p>
<p>Wij zijn Jeugdclub De Schuur uit Hoogstade, een groep van ongeveer 40 jongeren tussen 14 en 20 jaar. Sinds 2016 komen we samen in een oude schuur aan de rand van het dorp, maar die wordt volgend jaar afgebroken.</p>
<p>Ons project: <b>&quot;Den Overkant&quot;</b>, een overdekte hangplek op het grasplein naast de sporthal, die we samen met de buurt bouwen. Overdag kunnen wandelaars en de kleuters van de school er schuilen, 's avonds is het onze plek. De buren zijn uitgenodigd op twee bouwdagen en er komt een buurtbarbecue bij de opening.</p>
<p>Onze begroting:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Onderdeel</th><th align="right">Bedrag</th></tr>
<tr><td>Hout, dakplaten en bevestiging</td><td align="right">€ 4.200</td></tr>
<tr><td>Begeleiding door een architect (ontwerp + vergunning)</td><td align="right">€ 1.500</td></tr>
<tr><td>Banken en picknicktafels</td><td align="right">€ 650</td></tr>
<tr><td>Openingsfeest met buurtbarbecue</td><td align="right">€ 800</td></tr>
<tr><td><b>Totaal</b></td><td align="right"><b>€ 7.150</b></td></tr>
<tr><td>Eigen inbreng (fuif en wafelverkoop)</td><td align="right">€ 1.650</td></tr>
<tr><td><b>Gevraagd aan Partons 2.0</b></td><td align="right"><b>€ 5.500</b></td></tr>
</table>
<p>We hopen op een positief antwoord!</p>
<p>Met sportieve groeten,<br>
Ruben Vandenberghe<br>
voorzitter Jeugdclub De Schuur<br>
Heerweg 22 bus 3, 8690 Hoogstade<br>
gsm 0485 67 21 09<br>
jeugdclubdeschuur@example.org</p>
</body></html>
""",
  fields=dict(organisation="Jeugdclub De Schuur", contact_name="Ruben Vandenberghe",
              email="jeugdclubdeschuur@example.org", phone="+32485672109",
              address="Heerweg 22 bus 3", postcode="8690", municipality="Hoogstade",
              country="BE", project_title="Den Overkant",
              requested_amount="5500.00", total_budget="7150.00"))

# ---------------------------------------------------------------- D06
R(key="D06", fmt="body_html", lang="fr", variant="br",
  date=(2019, 5, 9, 10, 15),
  from_=("Amicale des Aînés de Zuytpeene", "amicale.aines.zuytpeene@example.net"),
  subject="Demande de subvention - Le petit bus des aînés",
  html="""<html><body>
<div style="font-family:Verdana;font-size:10pt">Madame, Monsieur,<br><br>
Pour notre association, l'Amicale des Aînés de Zuytpeene, je me permets de vous soumettre notre idée.<br><br>
Beaucoup de nos membres ne conduisent plus et le car ne passe que deux fois par jour. Nous voulons mettre en place <b>« Le petit bus des aînés »</b> : une équipe de huit chauffeurs bénévoles qui, avec un minibus prêté par une commune voisine, emmènent les personnes au marché, chez le médecin ou au club le jeudi.<br><br>
Il faudrait :<br>
- l'assurance et la formation des chauffeurs bénévoles<br>
- l'aménagement du minibus (marchepied, sangles pour les fauteuils)<br>
- le carburant pour la première année<br>
- une petite permanence téléphonique pour les réservations<br><br>
Le coût total est de 11 500 euros. Notre amicale peut apporter 2 500 euros. Nous demandons donc 9 000 euros.<br><br>
Contact : Gérard Vandaele, 3 rue du Moulin Blanc, 59670 Zuytpeene, tél. 03.28.40.19.62, courriel amicale.aines.zuytpeene@example.net<br><br>
Avec nos remerciements anticipés,<br>
Gérard Vandaele<br>
Secrétaire de l'Amicale</div>
</body></html>
""",
  fields=dict(organisation="Amicale des Aînés de Zuytpeene", contact_name="Gérard Vandaele",
              email="amicale.aines.zuytpeene@example.net", phone="+33328401962",
              address="3 rue du Moulin Blanc", postcode="59670", municipality="Zuytpeene",
              country="FR", project_title="Le petit bus des aînés",
              requested_amount="9000.00", total_budget="11500.00"))

# ---------------------------------------------------------------- D07
R(key="D07", fmt="docx_letter", lang="nl",
  date=(2019, 6, 3, 21, 30),
  from_=("Piet Callewaert", "piet.callewaert@example.org"),
  subject="aanvraag vzw 't Kasteeltje",
  body="""Dag,

In bijlage vindt u de aanvraag van vzw 't Kasteeltje.

Groeten,
Piet
""",
  attach_name="Aanvraag Partons vzw t Kasteeltje.docx",
  header=["vzw 't Kasteeltje – ontmoetingshuis Elverdinge",
          "Maatschappelijke zetel: Hospitaalstraat 9, 8906 Elverdinge – ondernemingsnr. 0654.321.987"],
  doc=[
      ("right", "Elverdinge, 3 juni 2019"),
      ("addr", ["Aan de coördinator van Partons 2.0", "per e-mail: coordinator@example.org"]),
      ("b", 'Betreft: projectidee "Het Buurtkantoor"'),
      ("p", "Beste,"),
      ("p", "Als secretaris van vzw 't Kasteeltje dien ik graag ons projectidee in voor de oproep \"Maak werk van je buurt!\"."),
      ("p", "Onze vzw beheert sinds 2012 de oude pastorij van Elverdinge als ontmoetingshuis. De bovenverdieping staat al jaren leeg. Veel jonge gezinnen in het dorp werken een of twee dagen per week thuis, maar thuis is het vaak te druk of is het internet te traag."),
      ("p", "Met \"Het Buurtkantoor\" willen we de bovenverdieping inrichten als telewerkplek voor dorpsbewoners: zes werkplekken, een vergadertafel en een koffiehoek. Wie er werkt, betaalt een kleine bijdrage die naar het onderhoud van de pastorij gaat. Op vrijdagnamiddag wordt het een 'digitaal spreekuur' waar jongeren ouderen helpen met hun smartphone of tablet."),
      ("p", "Voor de inrichting (bureaus, stoelen, verlichting, netwerk) en een enquête bij de inwoners ramen we de kosten op € 10.750. Zelf brengen we € 2.750 in. Wij vragen u dus achtduizend euro (8.000 €)."),
      ("p", "Voor meer uitleg kan u mij altijd bellen op 0479 80 11 35 of mailen naar piet.callewaert@example.org."),
      ("p", "Met vriendelijke groeten,"),
      ("sig", ["Piet Callewaert", "secretaris vzw 't Kasteeltje", "Hospitaalstraat 9", "8906 Elverdinge"]),
  ],
  fields=dict(organisation="vzw 't Kasteeltje", contact_name="Piet Callewaert",
              email="piet.callewaert@example.org", phone="+32479801135",
              address="Hospitaalstraat 9", postcode="8906", municipality="Elverdinge",
              country="BE", project_title="Het Buurtkantoor",
              requested_amount="8000.00", total_budget="10750.00"))

# ---------------------------------------------------------------- D08
R(key="D08", fmt="docx_letter", lang="fr",
  date=(2019, 5, 24, 17, 40),
  from_=("Claire Dumortier", "claire.dumortier@example.com"),
  subject="Candidature appel à projets",
  body="""Bonjour,
Veuillez trouver ci-joint notre lettre de candidature.
Cordialement,
Claire Dumortier
""",
  attach_name="candidature_Fletre_Autrement.docx",
  doc=[
      ("head", ["Flêtre Autrement", "association loi 1901",
                "22 route de Bailleul – 59270 Flêtre", "fletre.autrement@example.com"]),
      ("right", "Flêtre, le 24 mai 2019"),
      ("b", "Objet : Candidature – « Marché paysan du dimanche »"),
      ("p", "Madame, Monsieur,"),
      ("p", "Notre association, créée en 2017 par une quinzaine d'habitants, souhaite répondre à l'appel à projets transfrontalier Partons 2.0."),
      ("p", "Il n'y a plus de commerce à Flêtre depuis la fermeture de l'épicerie. Nous voulons lancer un marché paysan un dimanche matin par mois sur la place de l'église, avec les producteurs des fermes voisines (lait, fromage, légumes, bière), un stand café-croissants tenu par les bénévoles, et un coin « troc de graines et de plants ». Le marché sera aussi un lieu de rencontre pour les nouveaux habitants du lotissement."),
      ("p", "Pour démarrer, nous avons besoin de barnums, de tables, d'un branchement électrique sur la place, d'une signalétique et d'une campagne de communication. Nous sollicitons pour cela une subvention de 9500 EUR."),
      ("p", "Vous pouvez me joindre au 06 58 33 20 14."),
      ("p", "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."),
      ("sig", ["Claire Dumortier", "Présidente"]),
  ],
  fields=dict(organisation="Flêtre Autrement", contact_name="Claire Dumortier",
              email="fletre.autrement@example.com", phone="+33658332014",
              address="22 route de Bailleul", postcode="59270", municipality="Flêtre",
              country="FR", project_title="Marché paysan du dimanche",
              requested_amount="9500.00"))

# ---------------------------------------------------------------- D09
R(key="D09", fmt="pdf_letter", lang="nl",
  date=(2019, 5, 17, 11, 20),
  from_=("An Desmet", "an.desmet@example.net"),
  subject="Projectidee Boekenkastjes - Vrienden van de Bib Lo",
  body="""Beste coördinator,

In de bijlage ons projectidee (pdf). Bij vragen mag u mij altijd contacteren.

Vriendelijke groet,
An Desmet
""",
  attach_name="Projectidee_Vrienden_van_de_Bib_Lo.pdf",
  doc=[
      ("head", ["Vrienden van de Bib Lo", "feitelijke vereniging",
                "p/a An Desmet – Noordstraat 31 – 8647 Lo"]),
      ("right", "Lo, 17 mei 2019"),
      ("b", 'Betreft: projectidee "Een boekenkast in elk gehucht"'),
      ("p", "Beste,"),
      ("p", "Wij zijn een groep van twaalf vrijwilligers die de bibliotheek van Lo helpen: we brengen boeken aan huis bij wie niet meer mobiel is en we organiseren één keer per maand een voorleesuurtje."),
      ("p", "Niet iedereen raakt tot in het centrum. Daarom willen we in de gehuchten vijf boekenruilkastjes plaatsen, gemaakt door de leerlingen houtbewerking van een school in de buurt, telkens bij een bewoner die er 'peter' of 'meter' van wordt. Elk kastje wordt ingehuldigd met een voorleesmoment voor de buurt."),
      ("p", "Onze begroting:"),
      ("table", [["Vijf boekenkastjes (materiaal)", "€ 2.150,00"],
                 ["Plaatsing en sokkels", "€ 1.200,00"],
                 ["Startcollectie boeken", "€ 750,00"],
                 ["Inhuldigingsmomenten (5x)", "€ 760,00"],
                 ["Totaal", "€ 4.860,00"],
                 ["Eigen inbreng", "€ 360,00"],
                 ["Gevraagd bedrag", "€ 4.500,00"]], {"bold": [4, 6]}),
      ("p", "Contact: An Desmet, Noordstraat 31, 8647 Lo – tel. 058 28 90 14 – an.desmet@example.net"),
      ("p", "Met vriendelijke groeten,"),
      ("sig", ["An Desmet", "namens de Vrienden van de Bib Lo"]),
  ],
  fields=dict(organisation="Vrienden van de Bib Lo", contact_name="An Desmet",
              email="an.desmet@example.net", phone="+3258289014",
              address="Noordstraat 31", postcode="8647", municipality="Lo",
              country="BE", project_title="Een boekenkast in elk gehucht",
              requested_amount="4500.00", total_budget="4860.00"))

# ---------------------------------------------------------------- D10
R(key="D10", fmt="pdf_letter", lang="fr",
  date=(2019, 5, 20, 22, 5),
  from_=("Olivier Lambert", "olivier.lambert@example.org"),
  subject="Projet Zillebeke (en français, désolé)",
  body="""Bonjour,

Vous trouverez en pièce jointe ma lettre. Je l'ai écrite en français, j'espère que ce n'est pas un problème.

Bien à vous,
Olivier Lambert
""",
  attach_name="lettre_projet_Zillebeke.pdf",
  doc=[
      ("addr", ["Olivier Lambert", "Vijverstraat 5", "8902 Zillebeke", "GSM : +32 (0)472 55 16 03"]),
      ("right", "Zillebeke, le 20 mai 2019"),
      ("b", "Objet : appel « Maak werk van je buurt ! » – projet « Un banc, un livre »"),
      ("p", "Madame, Monsieur,"),
      ("p", "Je suis professeur de français dans une école secondaire d'Ypres et j'habite Zillebeke depuis huit ans. Je vous écris au nom du Buurtcomité Zillebeke-Meer, dont je suis le secrétaire. Nos membres sont surtout néerlandophones, mais comme c'est moi qui tiens la plume, la lettre est en français."),
      ("p", "Autour de l'étang, il y a beaucoup de promeneurs mais très peu d'endroits pour s'asseoir et se parler. Nous voudrions installer quatre bancs avec une petite boîte à livres en deux langues (néerlandais et français), et organiser chaque premier dimanche du mois une « lecture au bord de l'eau » pour les enfants et les aînés du quartier."),
      ("p", "Nous demandons un soutien de 3 950 € pour les bancs, les boîtes à livres, l'affichage bilingue et les animations. Les membres du comité se chargeront de l'entretien."),
      ("p", "Je reste bien entendu disponible, par téléphone ou à l'adresse olivier.lambert@example.org."),
      ("p", "Veuillez agréer, Madame, Monsieur, mes salutations distinguées."),
      ("sig", ["Olivier Lambert", "Secrétaire du Buurtcomité Zillebeke-Meer"]),
  ],
  fields=dict(organisation="Buurtcomité Zillebeke-Meer", contact_name="Olivier Lambert",
              email="olivier.lambert@example.org", phone="+32472551603",
              address="Vijverstraat 5", postcode="8902", municipality="Zillebeke",
              country="BE", project_title="Un banc, un livre",
              requested_amount="3950.00"))

# ---------------------------------------------------------------- D11
R(key="D11", fmt="rtf", lang="fr",
  date=(2019, 5, 31, 16, 48),
  from_=("Bernard Delattre", "b.delattre@example.net"),
  subject="Appel à projets - Les Amis du Moulin",
  body="""Bonjour,

Ci-joint notre dossier au format RTF (je n'ai pas Word).

Bernard Delattre
""",
  attach_name="Amis du Moulin - candidature.rtf",
  doc=[
      ("head", ["Les Amis du Moulin d'Esquelbecq",
                "Association loi 1901 – 7 chemin du Moulin – 59470 Esquelbecq"]),
      ("right", "Esquelbecq, le 31 mai 2019"),
      ("b", "Objet : projet « Le moulin raconté aux enfants »"),
      ("p", "Madame, Monsieur,"),
      ("p", "Pour notre association, qui veille depuis 1998 sur le moulin à vent de la commune, cet appel tombe à pic. Le moulin est restauré, mais les jeunes familles du village ne le connaissent presque pas."),
      ("p", "Nous voulons créer avec l'école et les anciens meuniers un parcours-découverte pour les enfants : un livret illustré en français et en flamand, six panneaux le long du chemin, et trois journées « Moulin ouvert » avec ateliers pain et farine. Une architecte paysagiste nous aidera à aménager un petit espace pique-nique."),
      ("table", [["Coût total du projet :", "9 200 €"],
                 ["Apport de l'association :", "1 500 €"],
                 ["Montant demandé :", "7 700 €"]], {"bold": [2]}),
      ("p", "Contact : Bernard Delattre, trésorier – tél. 06 14 87 52 30 – b.delattre@example.net"),
      ("p", "Avec nos remerciements,"),
      ("sig", ["Bernard Delattre"]),
  ],
  fields=dict(organisation="Les Amis du Moulin d'Esquelbecq", contact_name="Bernard Delattre",
              email="b.delattre@example.net", phone="+33614875230",
              address="7 chemin du Moulin", postcode="59470", municipality="Esquelbecq",
              country="FR", project_title="Le moulin raconté aux enfants",
              requested_amount="7700.00", total_budget="9200.00"))

# ---------------------------------------------------------------- D12
R(key="D12", fmt="scan_pdf", lang="nl", variant="typed",
  date=(2019, 5, 27, 9, 33),
  from_=("Els Vanneste", "oudercomite.dewingerd@example.org"),
  subject="aanvraag Maak werk van je buurt",
  body="""Goedemiddag,

In bijlage onze ingescande brief. De handtekeningen staan erop.

Mvg,
Els Vanneste
voor het oudercomité
""",
  attach_name="Scan_20190527_0933.pdf", dpi=150,
  doc=[
      ("addr", ["Oudercomité VBS De Wingerd", "p/a Els Vanneste", "Vleterbeekstraat 3",
                "8640 Westvleteren", "tel. 0468 21 73 50", "oudercomite.dewingerd@example.org"]),
      ("right", "Westvleteren, 25 mei 2019"),
      ("b", "Betreft: Een groen speelplein voor school én buurt"),
      ("p", "Geachte,"),
      ("p", "Namens het oudercomité van de Vrije Basisschool De Wingerd dienen wij graag dit projectidee in."),
      ("p", "Onze speelplaats is volledig verhard. Na schooltijd en in het weekend staat ze open voor de kinderen uit de buurt, maar er is geen schaduw, geen groen en niets om op te klimmen. Samen met de leerlingen, de buurtbewoners en een landschapsarchitect willen we de speelplaats ontharden en er een groen speelplein van maken: bomen, een wilgentunnel, een moestuinhoek en zitbanken voor de grootouders die hun kleinkinderen komen halen."),
      ("p", "In maart hielden we een bevraging bij 86 gezinnen; 71 ervan willen meehelpen op de plantdagen."),
      ("p", "De totale kost schatten we op € 12.000. Het oudercomité en de school brengen samen € 2.500 in. Wij vragen aan Partons 2.0 € 9.500,-."),
      ("p", "Met vriendelijke groeten,"),
      ("sig2", ["Els Vanneste", "voorzitter oudercomité"], ["Tom Deleu", "directeur"]),
  ],
  fields=dict(organisation="Oudercomité VBS De Wingerd", contact_name="Els Vanneste",
              email="oudercomite.dewingerd@example.org", phone="+32468217350",
              address="Vleterbeekstraat 3", postcode="8640", municipality="Westvleteren",
              country="BE", project_title="Een groen speelplein voor school én buurt",
              requested_amount="9500.00", total_budget="12000.00"))

# ---------------------------------------------------------------- D13
R(key="D13", fmt="scan_pdf", lang="fr", variant="hand",
  date=(2019, 5, 19, 18, 22),
  from_=("Sophie Deroo", "sophie.deroo@example.com"),
  subject="lettre de mon père - projet Godewaersvelde",
  body="""Bonjour,

Mon père, Marcel Deroo, n'a pas d'ordinateur. Il m'a demandé de vous envoyer sa lettre (scannée ci-jointe) pour votre appel à projets. Vous pouvez répondre à cette adresse, je lui transmettrai, ou l'appeler directement.

Bien cordialement,
Sophie Deroo
""",
  attach_name="lettre papa.pdf", dpi=140, font="Mansalva",
  doc=[
      ("right", "Godewaersvelde, le 18 mai 2019"),
      ("p", "Madame, Monsieur,"),
      ("p", "Je m'appelle Marcel Deroo, j'ai 74 ans et je suis bénévole depuis ma retraite (ancien facteur). Dans notre rue, beaucoup de personnes âgées vivent seules et ne savent pas à qui demander un petit coup de main."),
      ("p", "Mon idée : « Un voisin pour chacun ». Dans chaque rue, un voisin volontaire sert de relais : il passe dire bonjour, il sait qui peut réparer un robinet, faire une course ou conduire chez le docteur. On ferait un repas de lancement à la salle des fêtes et un petit annuaire des voisins."),
      ("p", "Je demande 2 500 euros pour le repas, l'annuaire et les affiches."),
      ("addr", ["Mon adresse : 41 rue de la Gare, 59114 Godewaersvelde", "Téléphone : 03 28 49 07 26"]),
      ("p", "Merci de votre attention."),
      ("sig", ["Marcel Deroo"]),
  ],
  fields=dict(contact_name="Marcel Deroo",
              email="sophie.deroo@example.com", phone="+33328490726",
              address="41 rue de la Gare", postcode="59114", municipality="Godewaersvelde",
              country="FR", project_title="Un voisin pour chacun",
              requested_amount="2500.00"))

# ---------------------------------------------------------------- D14
R(key="D14", fmt="scan_pdf", lang="nl", variant="form",
  date=(2019, 5, 30, 22, 51),
  from_=("Dries Vanpeteghem", "keikoppen.pop@example.net"),
  subject="formulier",
  body="""hallo
hierbij het ingevuld formulier
groeten Dries
""",
  attach_name="formulier keikoppen.pdf", dpi=130, font="CaveatBrush",
  form=dict(
      title="AANVRAAGFORMULIER PROJECTIDEE",
      subtitle="Maak werk van je buurt! – Partons 2.0 – in te dienen vóór 16 juni 2019",
      style="numbered",
      items=[
          ("1. Naam van de vereniging / groep", "Carnavalgroep De Keikoppen", 1),
          ("2. Contactpersoon", "Dries Vanpeteghem", 1),
          ("3. Adres (straat, nr, bus)", "Abeelseweg 41 bus 2", 1),
          ("4. Postcode en gemeente", "8970 Poperinge", 1),
          ("5. Telefoon / gsm", "0497.40.62.18", 1),
          ("6. E-mail", "keikoppen.pop@example.net", 1),
          ("7. Titel van het project", "Stoetatelier voor iedereen", 1),
          ("8. Korte omschrijving", "Een open atelier in onze loods waar buurtbewoners, jong en oud, mee bouwen aan de praalwagen en kostuums naaien. Elke zaterdag van oktober tot maart, met soep.", 3),
          ("9. Totale kostprijs", "€ 7.800", 1),
          ("10. Eigen inbreng", "€ 1.800", 1),
          ("11. Gevraagd bedrag", "€ 6.000", 1),
          ("Datum en handtekening", "30/05/2019   D. Vanpeteghem", 1),
      ]),
  fields=dict(organisation="Carnavalgroep De Keikoppen", contact_name="Dries Vanpeteghem",
              email="keikoppen.pop@example.net", phone="+32497406218",
              address="Abeelseweg 41 bus 2", postcode="8970", municipality="Poperinge",
              country="BE", project_title="Stoetatelier voor iedereen",
              requested_amount="6000.00", total_budget="7800.00"))

# ---------------------------------------------------------------- D15
R(key="D15", fmt="photo", lang="fr", variant="hand",
  date=(2019, 6, 4, 21, 3),
  from_=("Martine Ryckebusch", "martine.ryckebusch@example.net"),
  subject="candidature marché à la ferme",
  body="""Bonjour, voici ma lettre en photo, je n'ai pas de scanner.
Martine
""",
  attach_name="IMG_0412.JPG", font="JustMeAgainDownHere",
  doc=[
      ("right", "Winnezeele, le 4 juin 2019"),
      ("p", "Madame, Monsieur,"),
      ("p", "Je suis agricultrice à Winnezeele avec mon mari (élevage laitier). Avec six autres fermes du coin, nous avons créé l'association « Les Fermes du Houtland »."),
      ("p", "Notre projet s'appelle « La ferme ouverte » : un samedi par mois, une ferme différente accueille un petit marché de producteurs, une visite pour les écoles et un goûter pour les habitants. Beaucoup de gens du village ne savent plus comment on travaille à la ferme."),
      ("p", "Le tout coûte 6 000 €. Nous mettons 1 200 € nous-mêmes, donc nous demandons 4 800 €."),
      ("p", "Merci d'avance."),
      ("sig", ["Martine Ryckebusch", "12 route d'Herzeele", "59670 Winnezeele", "06 23 81 47 05"]),
  ],
  fields=dict(organisation="Les Fermes du Houtland", contact_name="Martine Ryckebusch",
              email="martine.ryckebusch@example.net", phone="+33623814705",
              address="12 route d'Herzeele", postcode="59670", municipality="Winnezeele",
              country="FR", project_title="La ferme ouverte",
              requested_amount="4800.00", total_budget="6000.00"))

# ---------------------------------------------------------------- D16
R(key="D16", fmt="photo", lang="nl", variant="typed",
  date=(2019, 5, 26, 20, 15),
  from_=("Johan Verhaeghe", "johan.verhaeghe@example.com"),
  subject="Taalcafé in Boeschepe",
  body="""Dag,

Hierbij een foto van onze brief (de printer scant niet meer...). Hopelijk is het leesbaar.

Johan
""",
  attach_name="20190526_201122.jpg",
  doc=[
      ("addr", ["Johan Verhaeghe", "31 rue de Berthen", "59299 Boeschepe (Frankrijk)",
                "tel. +33 6 44 90 12 73", "johan.verhaeghe@example.com"]),
      ("right", "Boeschepe, 26 mei 2019"),
      ("p", "Beste,"),
      ("p", "Wij zijn een Vlaams gezin dat sinds 2011 in Boeschepe woont, net over de grens. We voelen ons hier thuis, maar merken dat Vlamingen en Fransen in het dorp weinig met elkaar praten: veel Belgen kennen geen Frans, en veel Franse buren spreken nog wat Frans-Vlaams maar durven het niet."),
      ("p", "Daarom willen we een taalcafé starten: \"Praoten in Boeschepe\". Elke eerste vrijdagavond van de maand in de zaal van het estaminet, met tafels per taal, spelletjes en af en toe een verteller in het Frans-Vlaams. De burgemeester en het comité des fêtes zijn enthousiast."),
      ("p", "Wat kost het? Zaalhuur en drank voor de start: 1.350 euro. Affiches en flyers in twee talen: 600 euro. Vergoeding voor vertellers en een taalbegeleider: 2.200 euro. Totaal: 4.150 euro. Wij vragen 3.200 euro; de rest betalen we met een kleine bijdrage van de deelnemers."),
      ("p", "Met vriendelijke groeten,"),
      ("sig", ["Johan Verhaeghe", "(ook namens Els en de kinderen)"]),
  ],
  fields=dict(contact_name="Johan Verhaeghe",
              email="johan.verhaeghe@example.com", phone="+33644901273",
              address="31 rue de Berthen", postcode="59299", municipality="Boeschepe",
              country="FR", project_title="Praoten in Boeschepe",
              requested_amount="3200.00", total_budget="4150.00"))

# ---------------------------------------------------------------- D17
R(key="D17", fmt="photo", lang="fr", variant="form",
  date=(2019, 6, 2, 10, 44),
  from_=("Thérèse Vanuxem", "foyerrural.sjc@example.org"),
  subject="formulaire Foyer rural",
  body="""Bonjour,

Ci-joint le formulaire rempli (photo).

Thérèse Vanuxem
Foyer rural
""",
  attach_name="IMG_20190602_103951.jpg", font="Mansalva",
  form=dict(
      title="FORMULAIRE DE CANDIDATURE",
      subtitle="Appel à projets transfrontalier Partons 2.0 – villages et quartiers vivants",
      style="boxes",
      items=[
          ("Nom de l'association", "Foyer rural de Saint-Jans-Cappel", 1),
          ("Personne de contact", "Thérèse Vanuxem", 1),
          ("Adresse", "16 rue des Tilleuls", 1),
          ("Code postal", "59270", 1),
          ("Commune", "Saint-Jans-Cappel", 1),
          ("Téléphone", "06-31-72-84-19", 1),
          ("Courriel", "foyerrural.sjc@example.org", 1),
          ("Intitulé du projet", "Un four à pain pour le village", 1),
          ("Description", "Construire avec les habitants un four à pain dans le jardin du foyer, et organiser quatre fêtes du pain par an avec l'école et les anciens.", 3),
          ("Coût total", "7 400 €", 1),
          ("Montant demandé", "6 400 €", 1),
          ("Date et signature", "le 1er juin 2019   T. Vanuxem", 1),
      ]),
  fields=dict(organisation="Foyer rural de Saint-Jans-Cappel", contact_name="Thérèse Vanuxem",
              email="foyerrural.sjc@example.org", phone="+33631728419",
              address="16 rue des Tilleuls", postcode="59270", municipality="Saint-Jans-Cappel",
              country="FR", project_title="Un four à pain pour le village",
              requested_amount="6400.00", total_budget="7400.00"))

# ---------------------------------------------------------------- D18
R(key="D18", fmt="pdf_form", lang="nl",
  date=(2019, 6, 7, 15, 27),
  from_=("Lut Vandecasteele", "lut.vandecasteele@example.net"),
  subject="Projectfiche Ten Dorpe",
  body="""Beste,
Hierbij onze ingevulde projectfiche.
Lut
""",
  attach_name="projectfiche_TenDorpe_ingevuld.pdf",
  form=dict(
      title="Projectfiche – Maak werk van je buurt!",
      subtitle="Vul in en stuur terug per mail",
      layout="beside",
      items=[
          ("Text1", "Naam organisatie", "Buurtwerking Ten Dorpe", 1),
          ("Text2", "Naam contactpersoon", "Lut Vandecasteele", 1),
          ("veld3", "Adres", "Kapellestraat 17", 1),
          ("veld4", "Postcode + gemeente", "8630 Houtem (Veurne)", 1),
          ("Text5", "Telefoon", "058 31 77 20", 1),
          ("Text6", "E-mail", "tendorpe.houtem@example.net", 1),
          ("Text7", "Titel project", "Samen Moestuinieren in Houtem", 1),
          ("Text8", "Korte beschrijving", "Een gemeenschappelijke moestuin op het braakliggende\nperceel achter de parochiezaal, met bakken op hoogte\nvoor ouderen, een tuinkast en maandelijkse tuindagen\nmet de buren en de school.", 4),
          ("Text9", "Totale kost", "6.480,00 EUR", 1),
          ("Text10", "Gevraagd bedrag", "5.980,00 EUR", 1),
          ("Text11", "Datum", "07/06/2019", 1),
      ]),
  fields=dict(organisation="Buurtwerking Ten Dorpe", contact_name="Lut Vandecasteele",
              email="tendorpe.houtem@example.net", phone="+3258317720",
              address="Kapellestraat 17", postcode="8630", municipality="Houtem",
              country="BE", project_title="Samen Moestuinieren in Houtem",
              requested_amount="5980.00", total_budget="6480.00"))

# ---------------------------------------------------------------- D19
R(key="D19", fmt="docx_form", lang="fr",
  date=(2019, 6, 6, 12, 2),
  from_=("Aurélie Debruyne", "aurelie.debruyne@example.com"),
  subject="Dossier Les P'tits Loups",
  body="""Bonjour,

Voici notre dossier de candidature (fichier Word).

Bonne journée
Aurélie
""",
  attach_name="Dossier candidature P'tits Loups Socx.docx",
  form=dict(
      title="Appel à projets Partons 2.0 – Fiche projet",
      items=[
          ("Nom de la structure", "Les P'tits Loups de Socx (association loi 1901)"),
          ("Responsable du projet", "DEBRUYNE Aurélie"),
          ("Adresse", "8 allée des Peupliers"),
          ("Code postal – Ville", "59380 SOCX"),
          ("Téléphone", "07 68 52 19 40"),
          ("Courriel", "ptitsloups.socx@example.com"),
          ("Titre du projet", "Une aire de jeux pour Socx"),
          ("Description", "Il n'existe aucune aire de jeux dans la commune. Avec les parents, les assistantes maternelles et la mairie, nous voulons aménager un espace de jeux et de rencontre près de la salle polyvalente, choisi et dessiné avec les enfants lors de deux ateliers participatifs."),
          ("Coût total", "14 500 €"),
          ("Financement propre et autres aides", "4 500 € (association 2 500 €, commune 2 000 €)"),
          ("Montant sollicité", "10 000 €"),
      ]),
  fields=dict(organisation="Les P'tits Loups de Socx", contact_name="Aurélie Debruyne",
              email="ptitsloups.socx@example.com", phone="+33768521940",
              address="8 allée des Peupliers", postcode="59380", municipality="Socx",
              country="FR", project_title="Une aire de jeux pour Socx",
              requested_amount="10000.00", total_budget="14500.00"))

# ---------------------------------------------------------------- D20
R(key="D20", fmt="xlsx_form", lang="nl",
  date=(2019, 6, 8, 9, 58),
  from_=("Wim Ampe", "wim.ampe@example.net"),
  subject="inschrijving project Gijverinkhove",
  body="""Goeiendag,

In bijlage het Excel-bestand met onze gegevens en begroting.

Mvg
Wim Ampe
dorpscomité
""",
  attach_name="Partons2.0_Gijverinkhove.xlsx",
  form=dict(
      title="Aanvraag projectoproep Maak werk van je buurt!",
      items=[
          ("Naam vereniging", "Dorpscomité Gijverinkhove"),
          ("Contactpersoon", "Wim Ampe"),
          ("Adres", "Lindeweg 4"),
          ("Postcode", 8691),
          ("Gemeente", "Gijverinkhove"),
          ("Telefoon", 473192864),
          ("E-mail", "dorpscomite.gijverinkhove@example.org"),
          ("Project", "Gijverinkhove Spreekt!"),
          ("Omschrijving", "Bevraging bij alle inwoners over wat er in het dorp ontbreekt, drie avonden met een participatie-expert, en een dorpsfeest waar de resultaten en de eerste acties voorgesteld worden."),
      ],
      budget=[
          ("Enquête leefbaarheid (drukwerk + verwerking)", 1240.75),
          ("Participatie-expert (3 avonden)", 1800),
          ("Dorpsfeest", 2600),
          ("Totaal", 5640.75),
          ("Eigen inbreng", 640.75),
          ("Gevraagd bedrag", 5000),
      ]),
  fields=dict(organisation="Dorpscomité Gijverinkhove", contact_name="Wim Ampe",
              email="dorpscomite.gijverinkhove@example.org", phone="+32473192864",
              address="Lindeweg 4", postcode="8691", municipality="Gijverinkhove",
              country="BE", project_title="Gijverinkhove Spreekt!",
              requested_amount="5000.00", total_budget="5640.75"))
