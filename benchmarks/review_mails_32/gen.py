# Generates the review mails (round 32) and truth.jsonl.
# Invented people and groups; addresses at example.org/.net/.com only.
import json, io, os
from email.message import EmailMessage
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []


def mail(name, frm, subject, date, body, truth, behaviours, note, html=None, attach=None, accept=None,
         expect_low=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = "coordinator@example.org"
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{name}@review32.example.net>"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data, maintype, subtype in (attach or []):
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(bytes(m))
    MAILS.append({"file": name + ".eml", "behaviours": behaviours, "note": note, "truth": truth,
                  "accept": accept or {}, "expect_low": expect_low or []})


def T(**kw):
    keys = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
            "country", "project_title", "requested_amount", "total_budget"]
    return {k: kw.get(k) for k in keys}


def docx_bytes(paragraphs, table=None, table_after=None):
    import docx
    d = docx.Document()
    for i, p in enumerate(paragraphs):
        d.add_paragraph(p)
        if table and table_after == i:
            t = d.add_table(rows=0, cols=len(table[0]))
            for row in table:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
    if table and table_after is None:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def pdf_bytes(lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4)
    c.setFont("DV", 11)
    y = 800
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 17
    c.save()
    return b.getvalue()


def png_bytes(lines):
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 34)
    img = Image.new("L", (2480, 3508), 255)  # A4 at 300 dpi
    d = ImageDraw.Draw(img)
    y = 200
    for ln in lines:
        d.text((180, y), ln, fill=0, font=font)
        y += 58
    b = io.BytesIO()
    img.save(b, "PNG", dpi=(300, 300))
    return b.getvalue()


# ---------------------------------------------------------------- 1. founding sentences
mail("m01_nl_harmonie_partner",
     formataddr(("Sofie Vandenbussche", "sofie.vandenbussche@example.com")),
     "Projectaanvraag Maak werk van je buurt - Stavele", "Mon, 03 Jun 2019 20:14:00 +0200",
     """Beste,

Hierbij stuurt het Buurtcomité Stavele-Dorp zijn aanvraag voor de projectenoproep.

Ons idee is een overdekte muziekkiosk op het dorpsplein, de "Kiosk op 't Plein". De Koninklijke Harmonie Sint-Cecilia Stavele werd opgericht in 1896 en speelt elke zomer in open lucht, maar bij regen valt alles in het water. Met de kiosk kunnen de harmonie, de school en alle dorpsbewoners er het hele jaar terecht, ook voor de rommelmarkt en de kerstmarkt.

We vragen 8.200 euro. Het hele project kost 11.450 euro; de rest komt van onze eigen acties en van de harmonie.

Met vriendelijke groeten,
Sofie Vandenbussche
voor het Buurtcomité Stavele-Dorp
Pastoor De Brouwerstraat 7, 8691 Stavele
0476 21 43 65
""",
     T(organisation="Buurtcomité Stavele-Dorp", contact_name="Sofie Vandenbussche",
       email="sofie.vandenbussche@example.com", phone="+32476214365", address="Pastoor De Brouwerstraat 7",
       postcode="8691", municipality="Stavele", country="BE", project_title="Kiosk op 't Plein",
       requested_amount="8200.00", total_budget="11450.00"),
     [1, 4], "trap: a partner's (the harmonie's) founding sentence; applicant named in the first sentence and the signature")

mail("m02_fr_ecole_fondee",
     formataddr(("Claire Deswarte", "claire.deswarte@example.net")),
     "Candidature Partons 2.0 - Oxelaëre", "Tue, 04 Jun 2019 09:02:00 +0200",
     """Bonjour,

Je me permets de vous présenter, au nom de l'Association des Parents d'Élèves d'Oxelaëre, notre projet de jardin pédagogique.

L'école Saint-Joseph a été fondée en 1921 et accueille aujourd'hui 64 élèves. Derrière la cour, un terrain de 600 m² est en friche : avec les parents, les grands-parents et le club des aînés, nous voulons y créer un potager et un petit verger partagés, ouverts aux habitants le samedi matin.

Montant demandé : 6 300 €
Budget total : 7 800 €

Bien cordialement,

Claire Deswarte
présidente de l'APE
3 rue de l'Église
59670 Oxelaëre
06 12 45 78 90
""",
     T(organisation="Association des Parents d'Élèves d'Oxelaëre", contact_name="Claire Deswarte",
       email="claire.deswarte@example.net", phone="+33612457890", address="3 rue de l'Église",
       postcode="59670", municipality="Oxelaëre", country="FR", project_title=None,
       requested_amount="6300.00", total_budget="7800.00"),
     [1], "trap: the school's founding sentence; applicant = parents' association",
     accept={"project_title": ["Jardin pédagogique"]})

mail("m03_nl_chiro_bewoners",
     formataddr(("Ward Lievens", "ward.lievens@example.com")),
     "idee voor het speelpleintje in Merkem", "Wed, 29 May 2019 22:41:00 +0200",
     """Dag,

Ik woon al twintig jaar naast het speelpleintje aan de Kasteelstraat in Merkem. Chiro Merkem bestaat al sinds 1965 en gebruikt het pleintje elke zondag, maar de toestellen zijn versleten en er is geen bank voor de ouders of de oudere buren.

Met een paar buren (we zijn geen vereniging, gewoon bewoners van de Kasteelstraat en de Lindelaan) willen we het pleintje opknappen: twee nieuwe speeltoestellen, drie banken en een picknicktafel. We hielden al een bewonersavond met 23 mensen. De Chiro helpt mee bij het plaatsen.

Kostprijs volgens de offerte: 9.640 euro. We vragen 9.000 euro, de rest leggen de buren samen.

Groeten,
Ward Lievens
Kasteelstraat 14
8650 Merkem
0498 55 61 72
""",
     T(organisation=None, contact_name="Ward Lievens", email="ward.lievens@example.com", phone="+32498556172",
       address="Kasteelstraat 14", postcode="8650", municipality="Merkem", country="BE", project_title=None,
       requested_amount="9000.00", total_budget="9640.00"),
     [1], "trap: residents (explicitly 'geen vereniging'); the Chiro's 'bestaat al sinds 1965' is a neighbour group")

mail("m04_nl_fanfare_eigen",
     formataddr(("Koen Dewitte", "koen.dewitte@example.com")),
     "aanvraag fanfare Reninge", "Fri, 31 May 2019 18:05:00 +0200",
     """Geachte,

De Koninklijke Fanfare De Eendracht Reninge werd opgericht in 1896. Met onze 38 muzikanten spelen we op alle feesten in het dorp, maar ons repetitielokaal in de oude jongensschool is koud en vochtig. We willen het lokaal isoleren en openstellen voor andere verenigingen en voor een wekelijkse koffienamiddag voor de oudere inwoners.

Project: Een warm lokaal voor Reninge
Gevraagd bedrag: 7.500 euro
Totale kostprijs: 12.300 euro (4.800 euro eigen inbreng)

Met muzikale groeten,
Koen Dewitte, secretaris
Noordstraat 22
8647 Reninge
tel. 057 40 12 34
""",
     T(organisation="Koninklijke Fanfare De Eendracht Reninge", contact_name="Koen Dewitte",
       email="koen.dewitte@example.com", phone="+3257401234", address="Noordstraat 22", postcode="8647",
       municipality="Reninge", country="BE", project_title="Een warm lokaal voor Reninge",
       requested_amount="7500.00", total_budget="12300.00"),
     [1], "ordinary: the applicant's own founding sentence")

mail("m05_fr_amicale_eigen",
     formataddr(("Bernadette Vancassel", "bernadette.vancassel@example.net")),
     "Appel à projets Faites bouger votre quartier - Bambecque", "Sat, 01 Jun 2019 11:30:00 +0200",
     """Madame, Monsieur,

L'Amicale Laïque de Bambecque a été fondée en 1962 par les instituteurs du village. Aujourd'hui, nos 45 bénévoles font vivre la bibliothèque du mercredi, la ducasse et le repas des anciens.

Nous souhaitons ouvrir un café-tricot intergénérationnel dans l'ancienne salle de classe de la mairie : deux après-midi par semaine, les anciens apprennent le tricot et la dentelle aux plus jeunes, qui les aident en retour avec leur téléphone et leur tablette.

Titre du projet : Le Café des Deux Générations
Montant sollicité : 4 200 euros
Coût total : 5 100 euros

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Bernadette Vancassel, trésorière
8 rue de la Mairie, 59470 Bambecque
03 28 27 61 15
""",
     T(organisation="Amicale Laïque de Bambecque", contact_name="Bernadette Vancassel",
       email="bernadette.vancassel@example.net", phone="+33328276115", address="8 rue de la Mairie",
       postcode="59470", municipality="Bambecque", country="FR", project_title="Le Café des Deux Générations",
       requested_amount="4200.00", total_budget="5100.00"),
     [1], "ordinary: the applicant's own founding sentence (FR)",
     accept={"organisation": ["L'Amicale Laïque de Bambecque"]})

# ---------------------------------------------------------------- 2. group in the e-mail address
mail("m06_nl_gouden_leeuw",
     formataddr(("De Gouden Leeuw", "degoudenleeuw.proven@example.com")),
     "dorpswinkeltje Proven", "Sun, 02 Jun 2019 23:10:00 +0200",
     """Goeiedag,

Wij baten sinds 2011 café De Gouden Leeuw uit op het marktplein van Proven. Sinds de bakker en de kruidenier gesloten zijn, is het café het enige ontmoetingspunt van het dorp. We willen achteraan een klein dorpswinkeltje inrichten met brood, melk en streekproducten, open als het café open is, en één namiddag per week een babbelhoek voor alleenstaande ouderen.

We vragen 6.000 euro voor rekken, een koeltoog en de verbouwing. Het geheel kost ongeveer 9.500 euro.

Vriendelijke groeten,
Lieve en Dirk Maerten
Sint-Victorplein 4, 8972 Proven
057 30 02 19
""",
     T(organisation="Café De Gouden Leeuw", contact_name="Lieve Maerten", email="degoudenleeuw.proven@example.com",
       phone="+3257300219", address="Sint-Victorplein 4", postcode="8972", municipality="Proven", country="BE",
       project_title=None, requested_amount="6000.00", total_budget="9500.00"),
     [2], "ordinary: the café's own address; the café applies (a local trader)",
     accept={"organisation": ["De Gouden Leeuw"], "contact_name": ["Lieve en Dirk Maerten", "Dirk Maerten"]})

mail("m07_nl_familie_adres",
     formataddr(("Familie Vandenberghe", "familie.vandenberghe@example.net")),
     "buurtmoestuin Woesten", "Mon, 27 May 2019 21:55:00 +0200",
     """Beste,

Ik ben Annelies Vandenberghe en ik woon met mijn gezin in de Zuidstraat in Woesten. Met de buren van de Zuidstraat en de Hoogstraat willen we een buurtmoestuin beginnen op het braakliggende stuk grond naast het kerkhof. De grond is van de gemeente, die al akkoord is. Bij de familie Vandenberghe staat de koffie klaar voor wie wil komen helpen.

We rekenen op ongeveer 2.900 euro voor plantbakken, aarde, een regenwaterton en een tuinhuisje voor het gereedschap, en vragen daarvoor jullie steun.

Groetjes,
Annelies Vandenberghe
Zuidstraat 31
8640 Woesten
0472 81 90 36
""",
     T(organisation=None, contact_name="Annelies Vandenberghe", email="familie.vandenberghe@example.net",
       phone="+32472819036", address="Zuidstraat 31", postcode="8640", municipality="Woesten", country="BE",
       project_title=None, requested_amount="2900.00", total_budget="2900.00"),
     [2], "trap: a family's address (familie.vandenberghe@) and 'de familie Vandenberghe' in the text; residents apply",
     accept={"total_budget": [None]})

mail("m08_fr_boulangerie_adresse",
     formataddr(("Boulangerie Dufour", "boulangerie.dufour.steenvoorde@example.com")),
     "boîte à livres au Steent'je", "Thu, 30 May 2019 14:20:00 +0200",
     """Bonjour,

Je suis Nathalie Dufour ; je tiens la Boulangerie Dufour sur la place de Steenvoorde, mais je vous écris à titre personnel, comme habitante du hameau du Steent'je. Avec une dizaine de voisins, nous voudrions installer une boîte à livres et deux bancs près de l'arrêt de bus, et organiser une fois par mois un goûter entre voisins.

Le tout coûterait 1 850 €, nous demandons la totalité.

Merci d'avance,
Nathalie Dufour
145 route de Winnezeele
59114 Steenvoorde
06 71 22 48 05
""",
     T(organisation=None, contact_name="Nathalie Dufour", email="boulangerie.dufour.steenvoorde@example.com",
       phone="+33671224805", address="145 route de Winnezeele", postcode="59114", municipality="Steenvoorde",
       country="FR", project_title=None, requested_amount="1850.00", total_budget="1850.00"),
     [2], "trap: the shop's address, but she writes 'à titre personnel' for a group of neighbours")

# ---------------------------------------------------------------- 3. letterhead + legal form line
lettre = [
    "Les Jardins Partagés du Mont des Cats",
    "association loi 1901",
    "12 rue du Mont des Cats – 59270 Godewaersvelde",
    "jardins.montdescats@example.org",
    "",
    "Godewaersvelde, le 2 juin 2019",
    "",
    "Objet : candidature à l'appel à projets « Faites bouger votre quartier ! »",
    "",
    "Madame, Monsieur,",
    "Depuis trois ans, notre association cultive avec une trentaine de familles un terrain prêté par la commune "
    "au pied du Mont des Cats. Nous voulons y construire une serre partagée, accessible aux personnes en fauteuil, "
    "et y accueillir chaque mercredi les enfants du centre de loisirs.",
    "Nous sollicitons une aide de 5 600 € pour un budget total de 7 250 €.",
    "Veuillez recevoir, Madame, Monsieur, nos salutations les meilleures.",
    "",
    "Pour le bureau,",
    "Thomas Verhaeghe, président",
    "06 33 18 29 40",
]
mail("m09_fr_entete_loi1901",
     formataddr(("Thomas Verhaeghe", "thomas.verhaeghe@example.org")),
     "Candidature Jardins Partagés", "Sun, 02 Jun 2019 17:45:00 +0200",
     """Bonjour,

Veuillez trouver ci-joint notre lettre de candidature.

Cordialement,
Thomas Verhaeghe
""",
     T(organisation="Les Jardins Partagés du Mont des Cats", contact_name="Thomas Verhaeghe",
       email="thomas.verhaeghe@example.org", phone="+33633182940", address="12 rue du Mont des Cats",
       postcode="59270", municipality="Godewaersvelde", country="FR", project_title=None,
       requested_amount="5600.00", total_budget="7250.00"),
     [3, 4], "ordinary letterhead + 'association loi 1901' (docx); trap: the call's own name in « » is the only quoted name",
     attach=[("candidature_jardins.docx", docx_bytes(lettre), "application",
              "vnd.openxmlformats-officedocument.wordprocessingml.document")],
     accept={"email": ["jardins.montdescats@example.org"], "project_title": ["Serre partagée"],
             "organisation": ["Jardins Partagés du Mont des Cats"]})

mail("m10_nl_handtekening_fv",
     formataddr(("Griet Lamote", "griet.lamote@example.com")),
     "aanvraag trage wegen Loker", "Tue, 04 Jun 2019 21:12:00 +0200",
     """Beste coördinator,

Graag dienen wij ons project in. We willen de oude kerkwegels tussen Loker, Dranouter en de Kemmelberg opnieuw begaanbaar maken, met bewegwijzering en zes rustbanken, samen met de landbouwers die er grond hebben.

Gevraagd: 9.800 euro (totale kost 14.200 euro, de gemeente Heuvelland legt 4.400 euro bij).

Met vriendelijke groeten,

Griet Lamote
voorzitter Dorpsraad Loker
feitelijke vereniging
Dranouterstraat 9, 8958 Loker
0495 62 13 07
""",
     T(organisation="Dorpsraad Loker", contact_name="Griet Lamote", email="griet.lamote@example.com",
       phone="+32495621307", address="Dranouterstraat 9", postcode="8958", municipality="Loker", country="BE",
       project_title=None, requested_amount="9800.00", total_budget="14200.00"),
     [3], "trap: the line before 'feitelijke vereniging' is 'voorzitter Dorpsraad Loker' (role + group)")

mail("m11_nl_steunbrief_gilde",
     formataddr(("Pieter Bouckaert", "pieter.bouckaert@example.com")),
     "Maak werk van je buurt - voetbalveldje Watou", "Wed, 05 Jun 2019 19:33:00 +0200",
     """Beste,

Hieronder onze aanvraag voor Maak werk van je buurt.

Wij zijn een groep ouders en buren uit Watou die van het oude voetbalveldje achter de brouwerij een speel- en ontmoetingsplek willen maken: een petanquebaan, een klein speeltuig, een overdekte zitplek en een drinkwaterfontein. Iedereen kan meedoen; we hebben al 40 handtekeningen.

Budget: 8.750 euro, we vragen 8.000 euro.

Pieter Bouckaert
Watouplein 17, 8978 Watou
0468 12 90 55

---------------------------------------------
Steunbrief

Koninklijke Handboogmaatschappij Sint-Sebastiaan Watou
vzw
Callicanesweg 3, 8978 Watou

Onze gilde steunt van harte het initiatief van de buurtbewoners om het voetbalveldje opnieuw tot leven te brengen. Onze leden helpen bij de aanleg van de petanquebaan.

Marc Degrave, hoofdman
""",
     T(organisation=None, contact_name="Pieter Bouckaert", email="pieter.bouckaert@example.com",
       phone="+32468129055", address="Watouplein 17", postcode="8978", municipality="Watou", country="BE",
       project_title=None, requested_amount="8000.00", total_budget="8750.00"),
     [3], "trap: a partner's letter of support pasted below, with its letterhead + 'vzw'")

# ---------------------------------------------------------------- 4. the only quoted name as title
mail("m12_nl_quoted_titel",
     formataddr(("Lotte Vercruysse", "lotte.vercruysse@example.net")),
     "speelzone Lindehoek", "Thu, 06 Jun 2019 08:15:00 +0200",
     """Hallo,

Met de bewoners van de Lindehoek in Zonnebeke willen we het grasveld in het midden van onze wijk omvormen tot een "Groene Speelzone Lindehoek": een bloemenweide, een wilgenhut, boomstammen om op te klauteren en een bank voor de grootouders. Het plan maakten we samen met de kinderen van de wijk.

We vragen 4.300 euro.

Vriendelijke groet,
Lotte Vercruysse
Lindehoek 5, 8980 Zonnebeke
0479 30 11 82
""",
     T(organisation=None, contact_name="Lotte Vercruysse", email="lotte.vercruysse@example.net",
       phone="+32479301182", address="Lindehoek 5", postcode="8980", municipality="Zonnebeke", country="BE",
       project_title="Groene Speelzone Lindehoek", requested_amount="4300.00", total_budget=None),
     [4], "ordinary: the only quoted name is the project's name (should come weak)",
     expect_low=["project_title"])

mail("m13_fr_devise",
     formataddr(("Gérard Bollaert", "gerard.bollaert@example.com")),
     "demande de subvention - comité des fêtes Hondeghem", "Fri, 07 Jun 2019 10:00:00 +0200",
     """Bonjour,

Le Comité des Fêtes de Hondeghem, fidèle à sa devise « Tous Ensemble à Hondeghem », souhaite acheter un grand barnum, des tables et des bancs que toutes les associations du village pourront emprunter gratuitement, pour la ducasse comme pour les fêtes des voisins.

Nous demandons 3 900 € pour un budget total de 4 600 €.

Bien à vous,
Gérard Bollaert
président du Comité des Fêtes
2 place de l'Église, 59190 Hondeghem
06 48 22 91 37
""",
     T(organisation="Comité des Fêtes de Hondeghem", contact_name="Gérard Bollaert",
       email="gerard.bollaert@example.com", phone="+33648229137", address="2 place de l'Église",
       postcode="59190", municipality="Hondeghem", country="FR", project_title=None,
       requested_amount="3900.00", total_budget="4600.00"),
     [4], "trap: the only quoted name is the committee's motto")

mail("m14_nl_zaal_quoted",
     formataddr(("Veerle Debaene", "veerle.debaene@example.com")),
     "aanvraag Gezinsbond Esen", "Mon, 03 Jun 2019 13:37:00 +0200",
     """Beste,

Ik schrijf namens de Gezinsbond Esen. Sinds het dorpsrestaurant dicht is, eten veel oudere mensen alleen. Wij willen elke tweede donderdag van de maand een buurtmaaltijd koken in zaal "De Oude Linde" aan de Esenkerkstraat: een maaltijd voor 5 euro, met vervoer voor wie niet meer met de auto rijdt.

Voor een professionele vaatwasser, kookpotten en een warmhoudkast vragen we 3.600 euro.

Met vriendelijke groeten,
Veerle Debaene
Roeselarestraat 112, 8600 Esen
051 50 21 84
""",
     T(organisation="Gezinsbond Esen", contact_name="Veerle Debaene", email="veerle.debaene@example.com",
       phone="+3251502184", address="Roeselarestraat 112", postcode="8600", municipality="Esen", country="BE",
       project_title=None, requested_amount="3600.00", total_budget=None),
     [4], "trap: the only quoted name is the venue (zaal \"De Oude Linde\")")

mail("m15_fr_voix_du_nord",
     formataddr(("Jean-Pierre Lamotte", "jp.lamotte@example.net")),
     "épicerie solidaire Rexpoëde", "Tue, 04 Jun 2019 16:50:00 +0200",
     """Bonjour,

Comme l'a annoncé « La Voix du Nord » le mois dernier, la dernière épicerie de Rexpoëde a fermé. Les habitants sans voiture doivent aller jusqu'à Hondschoote pour acheter du pain.

Nous sommes un groupe d'habitants réunis dans l'association Rexpoëde Village Vivant, créée en mars 2019. Nous voulons ouvrir une petite épicerie solidaire tenue par des bénévoles dans l'ancien presbytère, avec un dépôt de pain et des produits des fermes voisines.

Montant demandé : 10 000 €
Coût total estimé : 23 500 €

Cordialement,
Jean-Pierre Lamotte, président
17 rue de Bergues, 59122 Rexpoëde
03 28 68 34 50
""",
     T(organisation="Rexpoëde Village Vivant", contact_name="Jean-Pierre Lamotte", email="jp.lamotte@example.net",
       phone="+33328683450", address="17 rue de Bergues", postcode="59122", municipality="Rexpoëde", country="FR",
       project_title=None, requested_amount="10000.00", total_budget="23500.00"),
     [4, 1], "trap: the only quoted name is a newspaper")

# ---------------------------------------------------------------- 5. two signers side by side
mail("m16_nl_twee_ondertekenaars",
     formataddr(("Dorpsraad Oostvleteren", "dorpsraad.oostvleteren@example.org")),
     "aanvraag Dorpsraad Oostvleteren", "Wed, 05 Jun 2019 20:00:00 +0200",
     """Geachte,

De Dorpsraad Oostvleteren vraagt steun voor het project "Oostvleteren Fietst": een overdekte fietsenstalling aan de kerk, een deelfiets-systeem met vier elektrische fietsen voor bewoners zonder auto, en maandelijkse fietstochten met de school en de seniorenvereniging.

Gevraagd bedrag: 5.400 euro
Totale kostprijs: 6.100 euro

Met vriendelijke groeten,

Marc Dewulf\tAnnick Lemahieu
voorzitter\tsecretaris
0474 22 33 41\t0477 90 80 70

Dorpsraad Oostvleteren
p/a Dorpsstraat 30
8640 Oostvleteren
""",
     T(organisation="Dorpsraad Oostvleteren", contact_name="Marc Dewulf", email="dorpsraad.oostvleteren@example.org",
       phone="+32474223341", address="Dorpsstraat 30", postcode="8640", municipality="Oostvleteren", country="BE",
       project_title="Oostvleteren Fietst", requested_amount="5400.00", total_budget="6100.00"),
     [5, 12], "ordinary: two signers tab-separated (names, roles, phones in columns); 'p/a' address")

mail("m17_nl_burgemeester_eerst",
     formataddr(("Els Casteleyn", "els.casteleyn@example.com")),
     "aanvraag buurtcomité De Kapelhoek Westvleteren", "Thu, 06 Jun 2019 12:12:00 +0200",
     """Beste,

In bijlage en hieronder de aanvraag van het buurtcomité De Kapelhoek uit Westvleteren. We willen de kapel aan het kruispunt opknappen en er een rustplek met een bank, een fietsrek en een infobord over de geschiedenis van de Kapelhoek maken. De gemeente steunt het idee; de burgemeester heeft mee ondertekend.

Gevraagd bedrag: 3.250 euro
Totaal: 4.000 euro

Voor akkoord,\tDe aanvrager,
de burgemeester\tvoor het buurtcomité
Hendrik Vandromme\tEls Casteleyn

Els Casteleyn
Kapelhoek 3, 8640 Westvleteren
0473 61 24 09
""",
     T(organisation="Buurtcomité De Kapelhoek", contact_name="Els Casteleyn", email="els.casteleyn@example.com",
       phone="+32473612409", address="Kapelhoek 3", postcode="8640", municipality="Westvleteren", country="BE",
       project_title=None, requested_amount="3250.00", total_budget="4000.00"),
     [5], "trap: the mayor signs first ('Voor akkoord'), the applicant second",
     accept={"organisation": ["Buurtcomité De Kapelhoek Westvleteren", "buurtcomité De Kapelhoek"]})

mail("m18_fr_contact_nommee",
     formataddr(("Sylvie Ryckebusch", "sylvie.ryckebusch@example.net")),
     "Candidature - Les Amis de la Chapelle Sainte-Mildrède", "Fri, 07 Jun 2019 18:25:00 +0200",
     """Madame, Monsieur,

L'association Les Amis de la Chapelle Sainte-Mildrède de Millam présente sa candidature : nous voulons restaurer le petit calvaire du chemin des Moines et y aménager une halte pour les marcheurs, avec une table de pique-nique et un panneau sur l'histoire du hameau.

Montant sollicité : 4 800 €
Budget total : 5 900 €

Personne à contacter : Mme Sylvie Ryckebusch (secrétaire), 06 22 71 40 83

Veuillez agréer nos salutations distinguées.

Le Président\tLa Secrétaire
Gérard Bollengier\tSylvie Ryckebusch

11 chemin des Moines, 59143 Millam
""",
     T(organisation="Les Amis de la Chapelle Sainte-Mildrède de Millam", contact_name="Sylvie Ryckebusch",
       email="sylvie.ryckebusch@example.net", phone="+33622714083", address="11 chemin des Moines",
       postcode="59143", municipality="Millam", country="FR", project_title=None,
       requested_amount="4800.00", total_budget="5900.00"),
     [5], "trap: a named contact person ('Personne à contacter'), who signs second",
     accept={"organisation": ["Les Amis de la Chapelle Sainte-Mildrède"]})

# ---------------------------------------------------------------- 6. forwarded mails
mail("m19_fr_transfert_propre",
     formataddr(("Hélène Cattoen", "helene.cattoen@example.net")),
     "TR: Projet Partons 2.0 - Boeschepe", "Mon, 10 Jun 2019 09:12:00 +0200",
     """Bonjour,

Je vous renvoie mon message du 20 mai, resté sans réponse ; je ne suis pas sûre qu'il soit bien arrivé.

Hélène Cattoen

-------- Message transféré --------
De : Hélène Cattoen <h.cattoen@example.net>
Date : lun. 20 mai 2019 à 21:14
À : coordinator@example.org
Objet : Projet Partons 2.0 - Boeschepe

Bonjour,

Au nom de l'association Les Amis du Moulin de Boeschepe, je vous présente notre projet « La Fête du Pain au Moulin » : un dimanche par mois, le moulin ouvre ses portes, on y moud de la farine et on cuit le pain dans le four du village avec les enfants de l'école et les habitants.

Nous demandons 3 000 € sur un budget total de 4 250 €.

Bien cordialement,
Hélène Cattoen
secrétaire
12 route du Moulin, 59299 Boeschepe
06 85 41 22 10
""",
     T(organisation="Les Amis du Moulin de Boeschepe", contact_name="Hélène Cattoen",
       email="helene.cattoen@example.net", phone="+33685412210", address="12 route du Moulin", postcode="59299",
       municipality="Boeschepe", country="FR", project_title="La Fête du Pain au Moulin",
       requested_amount="3000.00", total_budget="4250.00"),
     [6, 10], "ordinary: the sender forwards her own earlier mail (another address of hers)",
     accept={"email": ["h.cattoen@example.net"]})

mail("m20_fr_transfert_president",
     formataddr(("Martine Lebleu", "martine.lebleu@example.com")),
     "Fwd: projet minibus", "Tue, 11 Jun 2019 10:40:00 +0200",
     """Bonjour,

Vous trouverez ci-dessous le projet présenté par notre président ; je vous joins son message. Pour toute question, c'est lui qu'il faut contacter.

Martine Lebleu
secrétaire du Club des Aînés de Caëstre

---------- Forwarded message ---------
From: Bernard Coussement <bernard.coussement@example.com>
Date: Tue, May 28, 2019 at 6:02 PM
Subject: projet minibus
To: Martine Lebleu <martine.lebleu@example.com>

Martine,

Peux-tu envoyer ceci à la coordination ?

Le Club des Aînés de Caëstre voudrait organiser un service de transport solidaire : des bénévoles conduisent les aînés sans voiture au marché de Hazebrouck, chez le médecin et aux activités du club. Nous voulons acheter un minibus d'occasion à neuf places, adapté aux fauteuils.

Nous demandons 9 500 € ; le minibus et son aménagement coûtent 16 000 €, la commune et le club paient le reste.

Bernard Coussement
Président
5 rue de Bailleul, 59190 Caëstre
03 28 42 19 63
""",
     T(organisation="Club des Aînés de Caëstre", contact_name="Bernard Coussement",
       email="bernard.coussement@example.com", phone="+33328421963", address="5 rue de Bailleul",
       postcode="59190", municipality="Caëstre", country="FR", project_title=None,
       requested_amount="9500.00", total_budget="16000.00"),
     [6], "ordinary (the described case): the secretary sends on the president's message")

mail("m21_nl_dochter_stuurt_door",
     formataddr(("Eline Desmet", "eline.desmet@example.com")),
     "aanvraag van mijn vader (Elverdinge)", "Wed, 12 Jun 2019 19:05:00 +0200",
     """Beste,

Mijn vader heeft geen computer, daarom typ ik hieronder zijn aanvraag over. U kunt hem het best telefonisch bereiken.

Eline

----------
Geachte,

Ik ben 74 jaar en woon al mijn hele leven in Elverdinge. Samen met een paar gepensioneerde buren wil ik een repair café beginnen in de parochiezaal: één zaterdag per maand herstellen we fietsen, lampen en kleren, en er is koffie voor wie wil praten.

Voor gereedschap, werkbanken en een kast vragen we 2.200 euro.

Roger Desmet
Boezingestraat 50
8906 Elverdinge
057 42 21 09
""",
     T(organisation=None, contact_name="Roger Desmet", email="eline.desmet@example.com", phone="+3257422109",
       address="Boezingestraat 50", postcode="8906", municipality="Elverdinge", country="BE",
       project_title=None, requested_amount="2200.00", total_budget=None),
     [6], "trap: the daughter types over her father's letter (no 'forwarded' header); he is the contact")

mail("m22_nl_mail_schepen_doorgestuurd",
     formataddr(("Bart Hoflack", "bart.hoflack@example.com")),
     "speelstraten Klerken", "Thu, 13 Jun 2019 22:30:00 +0200",
     """Dag,

Hier onze aanvraag. Met de ouders van de Stationsstraat en de Bruggestraat willen we deze zomer vier speelstraten organiseren in Klerken, met verkeershekken, speelkoffers en een buurtbarbecue als afsluiter.

We vragen 2.400 euro.

Bart Hoflack
Stationsstraat 12, 8650 Klerken
0485 70 70 21

Ik stuur ook de mail van onze schepen door, als bewijs dat de gemeente ons steunt.

---------- Doorgestuurd bericht ---------
Van: Lieven Vandenbroucke <schepen.vandenbroucke@example.org>
Datum: ma 27 mei 2019 om 11:02
Onderwerp: steun speelstraten
Aan: Bart Hoflack <bart.hoflack@example.com>

Beste Bart,

Het college van burgemeester en schepenen steunt jullie aanvraag voor de speelstraten. De verkeershekken kunnen jullie gratis lenen bij de technische dienst.

Lieven Vandenbroucke
schepen van jeugd, gemeente Houthulst
Markt 1, 8650 Houthulst
051 70 00 00
""",
     T(organisation=None, contact_name="Bart Hoflack", email="bart.hoflack@example.com", phone="+32485707021",
       address="Stationsstraat 12", postcode="8650", municipality="Klerken", country="BE", project_title=None,
       requested_amount="2400.00", total_budget=None),
     [6], "trap: the applicant forwards a supporting mail of the alderman below his own application")

# ---------------------------------------------------------------- 7. company/tax/bank numbers
mail("m23_nl_ondnr_geen_telefoon",
     formataddr(("Hilde Pattyn", "hilde.pattyn@example.net")),
     "aanvraag vzw Dorpshuis Pollinkhove", "Fri, 14 Jun 2019 17:00:00 +0200",
     """Beste,

Onze vzw baat het dorpshuis van Pollinkhove uit. We willen de zaal en de toiletten toegankelijk maken voor rolstoelgebruikers en een kleine keuken inrichten, zodat ook de KVLV, de ziekenzorg en de jeugd er terecht kunnen.

We vragen 9.900 euro, de totale kost is 15.600 euro.

Betalingen graag op rekening BE68 5390 0754 7034.

Met vriendelijke groet,
Hilde Pattyn, penningmeester
vzw Dorpshuis Pollinkhove
ond.nr. 0456.789.123
BTW BE 0456 789 123
Pollinkhovestraat 40, 8647 Pollinkhove
""",
     T(organisation="vzw Dorpshuis Pollinkhove", contact_name="Hilde Pattyn", email="hilde.pattyn@example.net",
       phone=None, address="Pollinkhovestraat 40", postcode="8647", municipality="Pollinkhove", country="BE",
       project_title=None, requested_amount="9900.00", total_budget="15600.00"),
     [7, 8], "trap: no phone at all; the company number (ond.nr., BTW) looks like a Belgian mobile number")

mail("m24_fr_siret_rna",
     formataddr(("Amandine Taffin", "amandine.taffin@example.com")),
     "Candidature Partons 2.0 - ressourcerie Hondschoote", "Sat, 15 Jun 2019 11:11:00 +0200",
     """Bonjour,

L'association Récup'Houtland ouvre une petite ressourcerie à Hondschoote : on y répare et on revend à petit prix les meubles et l'électroménager donnés par les habitants, avec des ateliers de réparation ouverts à tous le samedi.

Montant demandé : 7 000 €
Coût total : 11 200 €

Amandine Taffin, coordinatrice
Récup'Houtland – association loi 1901
3 rue de Warhem, 59122 Hondschoote
N° RNA W591012345 – SIREN 812 345 678 – SIRET 812 345 678 00019
IBAN FR76 3000 4000 0312 3456 7890 143
Tél. 03 28 68 31 20
""",
     T(organisation="Récup'Houtland", contact_name="Amandine Taffin", email="amandine.taffin@example.com",
       phone="+33328683120", address="3 rue de Warhem", postcode="59122", municipality="Hondschoote",
       country="FR", project_title=None, requested_amount="7000.00", total_budget="11200.00"),
     [7], "ordinary: RNA/SIREN/SIRET/IBAN labelled, the real phone after them")

# ---------------------------------------------------------------- 8. lower-case group names
mail("m25_nl_kleine_letters",
     formataddr(("Jonas Vermeersch", "jonas.vermeersch@example.com")),
     "aanvraag", "Sat, 15 Jun 2019 23:40:00 +0200",
     """Naam van de vereniging: jeugdhuis 't kliekske
Contactpersoon: Jonas Vermeersch
Adres: Kortemarkstraat 8, 8650 Houthulst
Telefoon: 0496 33 20 11
Projecttitel: een podium voor de jeugd
Gevraagd bedrag: 4.500 euro
Totale kostprijs: 6.000 euro

We willen in de tuin van het jeugdhuis een klein openluchtpodium bouwen, waar de jeugd, de muziekschool en de buurt concerten en filmavonden kunnen houden.

Jonas
""",
     T(organisation="Jeugdhuis 't Kliekske", contact_name="Jonas Vermeersch", email="jonas.vermeersch@example.com",
       phone="+32496332011", address="Kortemarkstraat 8", postcode="8650", municipality="Houthulst",
       country="BE", project_title="Een podium voor de jeugd", requested_amount="4500.00", total_budget="6000.00"),
     [8], "a group name in small letters with a 't: expect 'Jeugdhuis 't kliekske' / 'Jeugdhuis 't Kliekske', never 'T'",
     accept={"organisation": ["Jeugdhuis 't kliekske", "jeugdhuis 't kliekske"],
             "project_title": ["een podium voor de jeugd"]})

mail("m26_nl_vzw_kleine_letters",
     formataddr(("Tine Ghesquiere", "tine.ghesquiere@example.net")),
     "projectaanvraag 't ezelsoor", "Sun, 16 Jun 2019 10:15:00 +0200",
     """Hallo,

Naam aanvrager: vzw 't ezelsoor
Contact: Tine Ghesquiere, Bulskampveld 2, 8630 Bulskamp, 0478 12 09 87

Wij zijn een kleine boekenvereniging. Met 'De Kleine Prins' als eerste boek starten we een voorleesuurtje voor kinderen en grootouders in de voormalige pastorij, elke woensdag. We kopen een boekenkast, kussens en 150 kinderboeken.

Gevraagd: 1.900 euro.

Groetjes,
Tine
""",
     T(organisation="vzw 't Ezelsoor", contact_name="Tine Ghesquiere", email="tine.ghesquiere@example.net",
       phone="+32478120987", address="Bulskampveld 2", postcode="8630", municipality="Bulskamp", country="BE",
       project_title=None, requested_amount="1900.00", total_budget=None),
     [8, 4], "'vzw' stays small, 't stays small; trap: the only quoted name is a book",
     accept={"organisation": ["vzw 't ezelsoor", "'t Ezelsoor vzw", "'t ezelsoor", "'t Ezelsoor"]})

# ---------------------------------------------------------------- 9. two street addresses
form_lines = [
    "Aanvraagformulier Maak werk van je buurt! 2019",
    "",
    "Naam vereniging: Dorpsraad Westouter",
    "Adres maatschappelijke zetel: Dorp 1, 8954 Westouter",
    "Contactpersoon: Kris Vanneste",
    "Adres contactpersoon: Rodebergstraat 18, 8954 Westouter",
    "Telefoon: 0471 23 45 67",
    "E-mail: kris.vanneste@example.com",
    "Projecttitel: Westouter Leeft",
    "Gevraagd bedrag: € 6.750",
    "Totale kostprijs: € 8.100",
]
mail("m27_nl_twee_adressen_pdf",
     formataddr(("Kris Vanneste", "kris.vanneste@example.com")),
     "Aanvraagformulier Dorpsraad Westouter", "Mon, 10 Jun 2019 08:00:00 +0200",
     "Beste,\n\nIn bijlage ons ingevulde formulier.\n\nKris Vanneste\n",
     T(organisation="Dorpsraad Westouter", contact_name="Kris Vanneste", email="kris.vanneste@example.com",
       phone="+32471234567", address="Dorp 1", postcode="8954", municipality="Westouter", country="BE",
       project_title="Westouter Leeft", requested_amount="6750.00", total_budget="8100.00"),
     [9], "ordinary: a form with the seat's and the contact's address (same village): address to check",
     attach=[("formulier_westouter.pdf", pdf_bytes(form_lines), "application", "pdf")],
     accept={"address": ["Rodebergstraat 18"]}, expect_low=["address"])

mail("m28_fr_deux_adresses_deux_communes",
     formataddr(("Pascal Deneuville", "pascal.deneuville@example.com")),
     "Formulaire de candidature - Les Marcheurs de l'Houtland", "Tue, 11 Jun 2019 07:45:00 +0200",
     """Bonjour, voici notre formulaire.

Nom de l'association : Les Marcheurs de l'Houtland
Adresse du siège : 1 place du Général de Gaulle, 59122 Hondschoote
Responsable du projet : Pascal Deneuville
Adresse du responsable : 27 rue du Quaai, 59380 Bergues
Téléphone : 06 09 55 73 18
Titre du projet : Les Chemins de la Colme
Montant demandé : 8 400 €
Budget total : 9 900 €

Pascal Deneuville
""",
     T(organisation="Les Marcheurs de l'Houtland", contact_name="Pascal Deneuville",
       email="pascal.deneuville@example.com", phone="+33609557318", address="1 place du Général de Gaulle",
       postcode="59122", municipality="Hondschoote", country="FR", project_title="Les Chemins de la Colme",
       requested_amount="8400.00", total_budget="9900.00"),
     [9], "trap-ish: seat and contact in two different communes: the postcode and place must go with the address",
     accept={"address": ["27 rue du Quaai"], "postcode": ["59380"], "municipality": ["Bergues"]},
     expect_low=["address", "postcode", "municipality"])

mail("m29_fr_lieu_du_projet",
     formataddr(("Sandrine Vanhove", "sandrine.vanhove@example.net")),
     "candidature terrain de pétanque Killem", "Wed, 12 Jun 2019 13:13:00 +0200",
     """Bonjour,

Nom de l'association : Pétanque Club Killemois
Personne de contact : Sandrine Vanhove
Adresse : 6 rue de la Chapelle, 59122 Killem
Téléphone : 06 31 75 20 44
Lieu du projet : terrain communal, 2 rue de Hondschoote, 59122 Killem
Titre du projet : Boules et Bancs pour Tous
Montant demandé : 2 750 €

Nous voulons éclairer le terrain et y installer des bancs pour que les habitants de tous âges puissent s'y retrouver le soir.

Sandrine Vanhove
""",
     T(organisation="Pétanque Club Killemois", contact_name="Sandrine Vanhove", email="sandrine.vanhove@example.net",
       phone="+33631752044", address="6 rue de la Chapelle", postcode="59122", municipality="Killem",
       country="FR", project_title="Boules et Bancs pour Tous", requested_amount="2750.00", total_budget=None),
     [9], "ordinary: one party address and a project site; the address is the contact's")

# ---------------------------------------------------------------- 10. "Partons 2.0" next to amounts
mail("m30_nl_partons_bedrag",
     formataddr(("Stijn Decoene", "stijn.decoene@example.com")),
     "Partons 2.0 aanvraag buurthuis Zillebeke", "Thu, 13 Jun 2019 15:00:00 +0200",
     """Beste,

Onze aanvraag binnen Partons 2.0: 7.500 euro voor de inrichting van het buurthuis De Vijver in Zillebeke (een keuken, tafels en stoelen, en een hoek met boeken en spelletjes). De volledige inrichting kost 9.000 euro.

Het buurthuis wordt opengehouden door de bewonersgroep Zillebeke Samen.

Groeten,
Stijn Decoene
Zillebekedorp 21, 8902 Zillebeke
0477 18 52 63
""",
     T(organisation="Zillebeke Samen", contact_name="Stijn Decoene", email="stijn.decoene@example.com",
       phone="+32477185263", address="Zillebekedorp 21", postcode="8902", municipality="Zillebeke", country="BE",
       project_title=None, requested_amount="7500.00", total_budget="9000.00"),
     [10], "ordinary: 'Partons 2.0: 7.500 euro'",
     accept={"organisation": ["bewonersgroep Zillebeke Samen", "Bewonersgroep Zillebeke Samen"]})

html31 = """<html><body>
<p>Bonjour,</p>
<p>Dans le cadre du programme Partons 2.0, qui finance jusqu'à 10 000&nbsp;€ par projet, nous sollicitons
2&nbsp;500&nbsp;€ pour notre fête des voisins du quartier de la Gare à Esquelbecq&nbsp;: barnum, tables,
animations pour les enfants et un repas partagé.</p>
<p>Nous sommes une vingtaine de voisins, sans association.</p>
<p>Cordialement,<br>
Julie Vandaele<br>
4 rue de la Gare<br>
59470 Esquelbecq<br>
06 58 30 41 72</p>
</body></html>"""
mail("m31_fr_partons_max_html",
     formataddr(("Julie Vandaele", "julie.vandaele@example.com")),
     "Partons 2.0 - fête des voisins quartier de la Gare", "Fri, 14 Jun 2019 21:21:00 +0200",
     "Bonjour,\n\nDans le cadre du programme Partons 2.0, qui finance jusqu'à 10 000 € par projet, nous sollicitons\n"
     "2 500 € pour notre fête des voisins du quartier de la Gare à Esquelbecq : barnum, tables,\n"
     "animations pour les enfants et un repas partagé.\n\nNous sommes une vingtaine de voisins, sans association.\n\n"
     "Cordialement,\nJulie Vandaele\n4 rue de la Gare\n59470 Esquelbecq\n06 58 30 41 72\n",
     T(organisation=None, contact_name="Julie Vandaele", email="julie.vandaele@example.com", phone="+33658304172",
       address="4 rue de la Gare", postcode="59470", municipality="Esquelbecq", country="FR", project_title=None,
       requested_amount="2500.00", total_budget=None),
     [10], "trap: 'Partons 2.0' and the call's maximum (10 000 €) before the real request 2 500 € (HTML + text)",
     html=html31)

mail("m32_nl_partons_20_bedrag",
     formataddr(("Mieke Vanhoutte", "mieke.vanhoutte@example.net")),
     "aanvraag Partons 2.0", "Sat, 15 Jun 2019 09:45:00 +0200",
     """Beste,

Vanuit de Dorpsraad Dranouter vragen wij voor Partons 2.0 2.000 euro om een trage-wegenwandeling met infoborden en een wandelkaart voor de bewoners te maken. Het geheel kost 2.600 euro.

Met vriendelijke groeten,
Mieke Vanhoutte
Kerkstraat 15, 8951 Dranouter
0494 21 60 38
""",
     T(organisation="Dorpsraad Dranouter", contact_name="Mieke Vanhoutte", email="mieke.vanhoutte@example.net",
       phone="+32494216038", address="Kerkstraat 15", postcode="8951", municipality="Dranouter", country="BE",
       project_title=None, requested_amount="2000.00", total_budget="2600.00"),
     [10], "trap: 'Partons 2.0 2.000 euro' (the '2.0' directly before the amount)")

# ---------------------------------------------------------------- 11. scanned forms, French postcodes
scan1 = [
    "FORMULAIRE DE CANDIDATURE - Faites bouger votre quartier ! 2019",
    "",
    "Nom de l'association : Les Amis de Terdeghem",
    "Personne de contact : Odile Vanpeene",
    "Adresse : 9 rue de l'Église",
    "Code postal et commune : 51114 Terdeghem",
    "Téléphone : 03 28 48 15 62",
    "Titre du projet : Un Four à Pain pour Terdeghem",
    "Montant demandé : 4 600 euros",
    "Budget total : 5 300 euros",
]
mail("m33_fr_scan_code_postal",
     formataddr(("Odile Vanpeene", "odile.vanpeene@example.net")),
     "formulaire scanné", "Sun, 16 Jun 2019 12:00:00 +0200",
     "Bonjour,\n\nJe vous envoie notre formulaire scanné.\n\nOdile Vanpeene\n",
     T(organisation="Les Amis de Terdeghem", contact_name="Odile Vanpeene", email="odile.vanpeene@example.net",
       phone="+33328481562", address="9 rue de l'Église", postcode="59114", municipality="Terdeghem",
       country="FR", project_title="Un Four à Pain pour Terdeghem", requested_amount="4600.00",
       total_budget="5300.00"),
     [11], "scan (PNG) whose postcode reads 51114 beside Terdeghem (59114): should be mended",
     attach=[("formulaire.png", png_bytes(scan1), "image", "png")])

scan2 = [
    "FORMULAIRE DE CANDIDATURE - Faites bouger votre quartier ! 2019",
    "",
    "Nom de l'association : Audomarois Solidaire",
    "Personne de contact : Rémi Lheureux",
    "Adresse : 14 rue de Dunkerque",
    "Code postal et commune : 62500 Saint-Omer",
    "Téléphone : 03 21 38 40 27",
    "Titre du projet : Un Jardin Partagé à Watten",
    "Montant demandé : 3 800 euros",
]
mail("m34_fr_scan_pas_de_calais",
     formataddr(("Rémi Lheureux", "remi.lheureux@example.com")),
     "candidature (scan)", "Sun, 16 Jun 2019 13:30:00 +0200",
     "Bonjour,\n\nNotre formulaire en pièce jointe (projet à Watten).\n\nRémi Lheureux\n",
     T(organisation="Audomarois Solidaire", contact_name="Rémi Lheureux", email="remi.lheureux@example.com",
       phone="+33321384027", address="14 rue de Dunkerque", postcode="62500", municipality="Saint-Omer",
       country="FR", project_title="Un Jardin Partagé à Watten", requested_amount="3800.00", total_budget=None),
     [11], "trap: a real Pas-de-Calais postcode (62500 Saint-Omer) on a scan must not become 59500",
     attach=[("formulaire.png", png_bytes(scan2), "image", "png")])

# ---------------------------------------------------------------- 12. budget headings, p/a
budget1 = [
    ["Post", "Bedrag"],
    ["Bewegwijzering (12 palen)", "1.800 euro"],
    ["Rustbanken (4)", "2.400 euro"],
    ["Wandelkaart (druk 2.000 ex.)", "900 euro"],
    ["Openingswandeling", "300 euro"],
    ["Totaal", "5.400 euro"],
    ["Gevraagd aan Maak werk van je buurt", "5.000 euro"],
]
mail("m35_nl_begroting_kop",
     formataddr(("Jens Verhaeghe", "jens.verhaeghe@example.com")),
     "begroting Dorpsraad Woesten", "Mon, 10 Jun 2019 20:20:00 +0200",
     """Beste,

In bijlage onze begroting. De uitleg volgt nog met het formulier.

Groeten,
Jens Verhaeghe
Dorpsraad Woesten
p/a Elverdingseweg 61
8640 Woesten
0470 55 18 29
""",
     T(organisation="Dorpsraad Woesten", contact_name="Jens Verhaeghe", email="jens.verhaeghe@example.com",
       phone="+32470551829", address="Elverdingseweg 61", postcode="8640", municipality="Woesten", country="BE",
       project_title="Trage wegen in Woesten", requested_amount="5000.00", total_budget="5400.00"),
     [12], "ordinary: budget heading 'Dorpsraad Woesten – begroting ‘Trage wegen in Woesten’' (docx); p/a",
     attach=[("begroting.docx", docx_bytes(["Dorpsraad Woesten – begroting ‘Trage wegen in Woesten’", ""], budget1, 0),
              "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")])

budget2 = [
    ["Post", "Bedrag"],
    ["Verkeershekken (huur)", "250 euro"],
    ["Speelkoffer", "600 euro"],
    ["Buurtfeest", "650 euro"],
    ["Totaal", "1.500 euro"],
]
mail("m36_nl_begroting_oproepnaam",
     formataddr(("Katrien Lernout", "katrien.lernout@example.net")),
     "aanvraag speelstraat Zuidschote", "Tue, 11 Jun 2019 21:00:00 +0200",
     """Beste,

De buurtwerking Zuidschote Leeft vraagt 1.500 euro voor een speelstraat in de zomervakantie. De begroting zit in bijlage.

Vriendelijke groeten,
Katrien Lernout
Buurtwerking Zuidschote Leeft
p/a familie Lernout, Zuidschotestraat 9
8904 Zuidschote
0486 40 77 12
""",
     T(organisation="Buurtwerking Zuidschote Leeft", contact_name="Katrien Lernout",
       email="katrien.lernout@example.net", phone="+32486407712", address="Zuidschotestraat 9", postcode="8904",
       municipality="Zuidschote", country="BE", project_title="Speelstraat Zuidschote",
       requested_amount="1500.00", total_budget="1500.00"),
     [12], "trap: budget heading starts with the call's name; 'p/a familie Lernout, <street>'",
     attach=[("begroting.docx", docx_bytes(["Maak werk van je buurt – begroting ‘Speelstraat Zuidschote’", ""],
                                           budget2, 0),
              "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")])

# ---------------------------------------------------------------- extra mails from the probes (round 32)
mail("m37_fr_soutien_loi1901",
     formataddr(("Claire Deswarte", "claire.deswarte@example.net")),
     "fleurir la place d'Oxelaëre", "Mon, 03 Jun 2019 18:00:00 +0200",
     """Bonjour,

Avec les voisins de la place, nous voulons fleurir la place de l'église et y installer trois bancs et une boîte à livres. Nous sommes une quinzaine d'habitants, sans association.

Nous demandons 3 000 €.

Cordialement,
Claire Deswarte
3 rue de l'Église, 59670 Oxelaëre
06 12 45 78 90


Lettre de soutien

Office de Tourisme des Hauts de Flandre
association loi 1901

Nous soutenons le projet des habitants de la place d'Oxelaëre, qui embellira le village pour ses habitants comme pour les randonneurs.

Sophie Delannoy, directrice
""",
     T(organisation=None, contact_name="Claire Deswarte", email="claire.deswarte@example.net", phone="+33612457890",
       address="3 rue de l'Église", postcode="59670", municipality="Oxelaëre", country="FR", project_title=None,
       requested_amount="3000.00", total_budget=None),
     [3], "trap: a partner's support letter below, its letterhead + 'association loi 1901' then a sentence")

mail("m38_nl_geadresseerde_vzw",
     formataddr(("Pieter Bouckaert", "pieter.bouckaert@example.com")),
     "aanvraag speelplek Watou", "Wed, 05 Jun 2019 19:40:00 +0200",
     """Westhoek Partners
vzw
t.a.v. de coördinator van Maak werk van je buurt

Watou, 5 juni 2019

Geachte,

Wij zijn een groep ouders en buren uit Watou en willen van het oude voetbalveldje achter de brouwerij een speel- en ontmoetingsplek maken, met een petanquebaan en een overdekte zitplek.

We vragen 8.000 euro.

Met vriendelijke groeten,
Pieter Bouckaert
Watouplein 17, 8978 Watou
0468 12 90 55
""",
     T(organisation=None, contact_name="Pieter Bouckaert", email="pieter.bouckaert@example.com", phone="+32468129055",
       address="Watouplein 17", postcode="8978", municipality="Watou", country="BE", project_title=None,
       requested_amount="8000.00", total_budget=None),
     [3], "trap: a formal letter's addressee block (the recipient, a vzw) above the letter")

mail("m39_nl_kbo_nummer_gsm",
     formataddr(("Stefaan Boone", "stefaan.boone@example.com")),
     "aanvraag vzw Parochiezaal Sint-Jan Boezinge", "Thu, 06 Jun 2019 10:10:00 +0200",
     """Beste,

De vzw Parochiezaal Sint-Jan wil de oude parochiezaal van Boezinge openstellen als dorpsontmoetingsplek: een wekelijkse koffieklets, een boekenruilkast en een hoek met wifi en twee computers voor wie thuis geen internet heeft.

We vragen 6.800 euro; het hele project kost 8.300 euro.

Met vriendelijke groeten,
Stefaan Boone, voorzitter
vzw Parochiezaal Sint-Jan
Kerkstraat 2, 8904 Boezinge
KBO-nummer: 0417.123.456
BTW-nr. BE 0417.123.456
""",
     T(organisation="vzw Parochiezaal Sint-Jan", contact_name="Stefaan Boone", email="stefaan.boone@example.com",
       phone=None, address="Kerkstraat 2", postcode="8904", municipality="Boezinge", country="BE", project_title=None,
       requested_amount="6800.00", total_budget="8300.00"),
     [7], "trap: 'KBO-nummer:' and 'BTW-nr.' (labels with a hyphen/colon), no phone at all",
     accept={"municipality": ["Ieper"], "organisation": ["Parochiezaal Sint-Jan"]})

mail("m40_nl_ons_buurtcomite",
     formataddr(("Sofie Vandenbussche", "sofie.vandenbussche@example.com")),
     "aanvraag dorpsplein Stavele", "Thu, 06 Jun 2019 21:00:00 +0200",
     """Beste,

Ons buurtcomité, Stavele-Dorp, bestaat sinds 2015. Met de buren willen we het dorpsplein vergroenen met bomen, banken en een speelhoek.

We vragen 6.000 euro.

Met vriendelijke groeten,
Sofie Vandenbussche
Pastoor De Brouwerstraat 7, 8691 Stavele
0476 21 43 65
""",
     T(organisation="Buurtcomité Stavele-Dorp", contact_name="Sofie Vandenbussche",
       email="sofie.vandenbussche@example.com", phone="+32476214365", address="Pastoor De Brouwerstraat 7",
       postcode="8691", municipality="Stavele", country="BE", project_title=None, requested_amount="6000.00",
       total_budget=None),
     [1], "founding sentence 'Ons buurtcomité, Stavele-Dorp, bestaat sinds 2015'",
     accept={"organisation": ["Stavele-Dorp"]})

mail("m41_nl_zetel_be_contact_fr",
     formataddr(("Kris Vanneste", "kris.vanneste@example.com")),
     "Aanvraagformulier Dorpsraad Westouter", "Mon, 10 Jun 2019 08:30:00 +0200",
     """Beste,

Naam vereniging: Dorpsraad Westouter
Adres maatschappelijke zetel: Dorp 1, 8954 Westouter
Contactpersoon: Kris Vanneste
Adres contactpersoon: 12 rue de la Gare, 59270 Bailleul
Telefoon: 0471 23 45 67
Projecttitel: Westouter Leeft
Gevraagd bedrag: € 6.750

(Ik woon sinds vorig jaar net over de grens, maar ben nog altijd voorzitter van de dorpsraad.)

Kris Vanneste
""",
     T(organisation="Dorpsraad Westouter", contact_name="Kris Vanneste", email="kris.vanneste@example.com",
       phone="+32471234567", address="Dorp 1", postcode="8954", municipality="Westouter", country="BE",
       project_title="Westouter Leeft", requested_amount="6750.00", total_budget=None),
     [9], "trap: a Belgian group (seat Westouter) whose contact lives in France: country/postcode/place go with the contact, sure",
     accept={"address": ["12 rue de la Gare"]}, expect_low=["address", "postcode", "municipality", "country"])

mail("m42_nl_zetel_correspondentie",
     formataddr(("Kris Vanneste", "kris.vanneste@example.com")),
     "Aanvraag Dorpsraad Westouter", "Mon, 10 Jun 2019 08:40:00 +0200",
     """Beste,

Naam vereniging: Dorpsraad Westouter
Zetel: Dorp 1, 8954 Westouter
Correspondentieadres: Rodebergstraat 18, 8954 Westouter
Contactpersoon: Kris Vanneste
Telefoon: 0471 23 45 67
Projecttitel: Westouter Leeft
Gevraagd bedrag: € 6.750

Kris Vanneste
""",
     T(organisation="Dorpsraad Westouter", contact_name="Kris Vanneste", email="kris.vanneste@example.com",
       phone="+32471234567", address="Dorp 1", postcode="8954", municipality="Westouter", country="BE",
       project_title="Westouter Leeft", requested_amount="6750.00", total_budget=None),
     [9], "two street addresses labelled 'Zetel' and 'Correspondentieadres': should be to check like m27",
     accept={"address": ["Rodebergstraat 18"]}, expect_low=["address"])

mail("m43_nl_geen_maximum",
     formataddr(("Mieke Vanhoutte", "mieke.vanhoutte@example.net")),
     "wandelkaart Dranouter", "Sat, 15 Jun 2019 10:30:00 +0200",
     """Beste,

Met de buren willen we een wandelkaart met infoborden maken langs de trage wegen rond Dranouter.

We vragen geen 10.000 euro, maar 3.500 euro: meer hebben we niet nodig.

Met vriendelijke groeten,
Mieke Vanhoutte
Kerkstraat 15, 8951 Dranouter
0494 21 60 38
""",
     T(organisation=None, contact_name="Mieke Vanhoutte", email="mieke.vanhoutte@example.net", phone="+32494216038",
       address="Kerkstraat 15", postcode="8951", municipality="Dranouter", country="BE", project_title=None,
       requested_amount="3500.00", total_budget=None),
     [10], "trap: the call's maximum named and refused before the real request")

mail("m44_fr_pas_le_maximum",
     formataddr(("Julie Vandaele", "julie.vandaele@example.com")),
     "fête des voisins quartier de la Gare", "Sat, 15 Jun 2019 11:00:00 +0200",
     """Bonjour,

Avec les voisins du quartier de la Gare à Esquelbecq, nous voulons organiser une fête des voisins avec un repas partagé et des jeux pour les enfants.

Nous ne demandons pas les 10 000 € maximum, mais 3 500 €.

Cordialement,
Julie Vandaele
4 rue de la Gare, 59470 Esquelbecq
06 58 30 41 72
""",
     T(organisation=None, contact_name="Julie Vandaele", email="julie.vandaele@example.com", phone="+33658304172",
       address="4 rue de la Gare", postcode="59470", municipality="Esquelbecq", country="FR", project_title=None,
       requested_amount="3500.00", total_budget=None),
     [10], "trap: 'pas les 10 000 € maximum, mais 3 500 €'")

mail("m45_fr_code_postal_tape",
     formataddr(("Odile Vanpeene", "odile.vanpeene@example.net")),
     "formulaire Les Amis de Terdeghem", "Sun, 16 Jun 2019 12:30:00 +0200",
     """Nom de l'association : Les Amis de Terdeghem
Personne de contact : Odile Vanpeene
Adresse : 9 rue de l'Église
Code postal et commune : 51114 Terdeghem
Téléphone : 03 28 48 15 62
Titre du projet : Un Four à Pain pour Terdeghem
Montant demandé : 4 600 euros

Odile Vanpeene
""",
     T(organisation="Les Amis de Terdeghem", contact_name="Odile Vanpeene", email="odile.vanpeene@example.net",
       phone="+33328481562", address="9 rue de l'Église", postcode="59114", municipality="Terdeghem",
       country="FR", project_title="Un Four à Pain pour Terdeghem", requested_amount="4600.00", total_budget=None),
     [11], "typed (not scanned) '51114 Terdeghem': a typo; 51114 does not exist; must not be sure")

mail("m46_nl_postcode_verwisseld",
     formataddr(("Sofie Vandenbussche", "sofie.vandenbussche@example.com")),
     "aanvraag bloemenweide Stavele", "Fri, 07 Jun 2019 20:30:00 +0200",
     """Beste,

Met de buren willen we langs de IJzerdijk in Stavele een bloemenweide en een bijenhotel aanleggen, met een bank om naar de IJzer te kijken.

We vragen 2.300 euro.

Met vriendelijke groeten,
Sofie Vandenbussche
Pastoor De Brouwerstraat 7, 8961 Stavele
0476 21 43 65
""",
     T(organisation=None, contact_name="Sofie Vandenbussche", email="sofie.vandenbussche@example.com",
       phone="+32476214365", address="Pastoor De Brouwerstraat 7", postcode="8691", municipality="Stavele",
       country="BE", project_title=None, requested_amount="2300.00", total_budget=None),
     [11], "a Belgian postcode with two digits swapped (8961 for 8691 Stavele): must not be sure")

mail("m47_nl_adres_pa_label",
     formataddr(("Katrien Lernout", "katrien.lernout@example.net")),
     "formulier speelstraat Zuidschote", "Tue, 11 Jun 2019 21:30:00 +0200",
     """Naam vereniging: Buurtwerking Zuidschote Leeft
Contactpersoon: Katrien Lernout
Adres: p/a Zuidschotestraat 9, 8904 Zuidschote
Telefoon: 0486 40 77 12
Projecttitel: Speelstraat Zuidschote
Gevraagd bedrag: 1.500 euro

Katrien
""",
     T(organisation="Buurtwerking Zuidschote Leeft", contact_name="Katrien Lernout",
       email="katrien.lernout@example.net", phone="+32486407712", address="Zuidschotestraat 9", postcode="8904",
       municipality="Zuidschote", country="BE", project_title="Speelstraat Zuidschote",
       requested_amount="1500.00", total_budget=None),
     [12], "'p/a' inside a labelled address field")

mail("m48_nl_burgemeester_dorpsraad",
     formataddr(("Els Casteleyn", "els.casteleyn@example.com")),
     "aanvraag dorpsraad Westvleteren", "Thu, 06 Jun 2019 12:40:00 +0200",
     """Beste,

De Dorpsraad Westvleteren vraagt steun voor een overdekte fietsenstalling en een fietsherstelpunt aan de kerk.

Gevraagd bedrag: 5.400 euro

Voor akkoord,\tDe aanvrager,
de burgemeester\tvoor de dorpsraad
Hendrik Vandromme\tEls Casteleyn

Kapelhoek 3, 8640 Westvleteren
0473 61 24 09
""",
     T(organisation="Dorpsraad Westvleteren", contact_name="Els Casteleyn", email="els.casteleyn@example.com",
       phone="+32473612409", address="Kapelhoek 3", postcode="8640", municipality="Westvleteren", country="BE",
       project_title=None, requested_amount="5400.00", total_budget=None),
     [5], "trap: the mayor signs first ('Voor akkoord'), role lines side by side")

mail("m49_nl_ksa_kleine_letters",
     formataddr(("Robbe Declercq", "robbe.declercq@example.com")),
     "aanvraag ksa", "Sun, 16 Jun 2019 14:00:00 +0200",
     """Naam van de vereniging: ksa houthulst
Contactpersoon: Robbe Declercq
Adres: Vrijgeweid 12, 8650 Houthulst
Telefoon: 0489 11 72 30
Gevraagd bedrag: 3.000 euro

We willen het grasveld naast ons lokaal openstellen als speelweide voor de hele wijk, met doelen en een omheining.

Robbe
""",
     T(organisation="KSA Houthulst", contact_name="Robbe Declercq", email="robbe.declercq@example.com",
       phone="+32489117230", address="Vrijgeweid 12", postcode="8650", municipality="Houthulst", country="BE",
       project_title=None, requested_amount="3000.00", total_budget=None),
     [8], "a group name with an acronym in small letters: 'Ksa houthulst' would be a new misspelling",
     accept={"organisation": ["ksa houthulst", "Ksa Houthulst"]})

FUSION = {"Stavele": "Alveringem", "Merkem": "Houthulst", "Klerken": "Houthulst", "Reninge": "Lo-Reninge",
          "Pollinkhove": "Lo-Reninge", "Proven": "Poperinge", "Watou": "Poperinge", "Woesten": "Vleteren",
          "Oostvleteren": "Vleteren", "Westvleteren": "Vleteren", "Loker": "Heuvelland",
          "Dranouter": "Heuvelland", "Westouter": "Heuvelland", "Esen": "Diksmuide", "Elverdinge": "Ieper",
          "Zillebeke": "Ieper", "Zuidschote": "Ieper", "Boezinge": "Ieper", "Bulskamp": "Veurne", "Boeschepe": "Boëschèpe"}
for m in MAILS:  # the fusion municipality (gemeente) of a Belgian deelgemeente is right too
    mu = m["truth"]["municipality"]
    if mu in FUSION:
        m["accept"].setdefault("municipality", []).append(FUSION[mu])

with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
    for m in MAILS:
        f.write(json.dumps(m, ensure_ascii=False) + "\n")
print(len(MAILS), "mails")
