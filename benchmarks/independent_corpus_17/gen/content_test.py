# -*- coding: utf-8 -*-
"""Test half of corpus c17. All people, organisations, addresses, e-mail
addresses and phone numbers are invented."""
import datetime as dt

from lib import P, UL, desc_plain, fill, quote

COORD = ("Bram Verhelst", "coordinator@example.org")
TB = ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1")
OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
ANDROID = ("X-Mailer", "Android Mail")

MAILS = []

# --------------------------------------------------------------------- D01
MAILS.append(dict(
    slot="D01",
    mail=dict(date="2019-06-01T13:05:00+02:00", from_=("Marnix Dedeyne", "marnix.dedeyne@example.com"),
              subject="deelname projectoproep - Landelijke Gilde Stavele"),
    fields=dict(organisation="Landelijke Gilde Stavele", contact_name="Marnix Dedeyne", email="marnix.dedeyne@example.com",
                phone="+32498621470", address="Kruisstraat 22", postcode="8690", municipality="Alveringem", country="BE",
                project_title="Boerenmarkt op het dorpsplein", requested_amount="9000.00", total_budget="11400.00"),
    desc=[P("Samen met de bakker en vier landbouwers uit de streek willen we vanaf september elke eerste vrijdagavond van de maand een kleine boerenmarkt houden op het dorpsplein van Stavele. De landbouwers verkopen er hun groenten, zuivel en vlees, de plaatselijke brouwerij schenkt een streekbier en de leerlingen van de dorpsschool verzorgen een kraampje met zelfgemaakte soep. Met de steun kopen we marktkramen, verlichting en een elektriciteitskast aan, zodat de markt ook in de winter kan doorgaan en een vast ontmoetingsmoment wordt voor jong en oud.")],
    body="""Goedemiddag,

Onze vereniging wil graag deelnemen aan de projectoproep ‘Maak werk van je buurt!’ van Partons 2.0.

{DESC}

Het project kost in totaal 11.400 euro, waarvan we 9.000 euro aanvragen.

Gegevens:
Landelijke Gilde Stavele
Marnix Dedeyne, voorzitter
Kruisstraat 22, 8690 Alveringem
tel. 0498 62 14 70
marnix.dedeyne@example.com
Titel: Boerenmarkt op het dorpsplein

Vriendelijke groeten,
Marnix
""",
))

# --------------------------------------------------------------------- D02
MAILS.append(dict(
    slot="D02",
    mail=dict(date="2019-06-06T21:48:00+02:00", from_=("Jean-Marie Dehondt", "jm.dehondt@example.net"),
              subject="Partons 2.0 : projet Les Navettes du Cœur"),
    fields=dict(organisation="Familles Rurales de Hondschoote", contact_name="Jean-Marie Dehondt", email="jm.dehondt@example.net",
                phone="+33353011962", address="8 rue des Moulins", postcode="59122", municipality="Hondschoote", country="FR",
                project_title="Les Navettes du Cœur", requested_amount="8200.00", total_budget="9750.00"),
    desc=[P("Dans nos villages, beaucoup de personnes âgées n'ont plus de voiture et le bus ne passe que deux fois par jour. Nous souhaitons mettre en place un réseau de chauffeurs bénévoles qui conduiront les habitants peu mobiles chez le médecin, au marché de Hondschoote, à la pharmacie ou tout simplement chez un proche."),
          P("Les demandes seront centralisées par une permanence téléphonique tenue deux matinées par semaine à la maison des associations. Les chauffeurs utiliseront leur propre véhicule et seront défrayés pour l'essence ; une réunion trimestrielle réunira chauffeurs et passagers autour d'un goûter pour faire le point et garder le lien.")],
    body="""Bonsoir,

Je suis bénévole retraité à l'association Familles Rurales de Hondschoote, et je vous écris au nom de notre petite équipe.

{DESC}

Pour ce projet, nous sollicitons huit mille deux cents euros (8 200 €), sur un budget total de 9 750 €.

Jean-Marie Dehondt
Familles Rurales de Hondschoote
8 rue des Moulins, 59122 Hondschoote
03 53 01 19 62
Titre du projet : Les Navettes du Cœur

Cordialement
""",
))

# --------------------------------------------------------------------- D03
MAILS.append(dict(
    slot="D03",
    mail=dict(date="2019-05-27T10:15:00+02:00", from_=("Roland Vanhee", "roland.vanhee@example.net"),
              subject="Projectoproep Partons - Seniorenclub Duinenzicht"),
    fields=dict(organisation="Seniorenclub Duinenzicht", contact_name="Roland Vanhee", email="roland.vanhee@example.net",
                phone="+3258513682", address="Polderstraat 14", postcode="8670", municipality="Koksijde", country="BE",
                project_title="Bankjesroute Oostduinkerke", requested_amount="7000.00", total_budget="8300.00"),
    desc=[P("Oudere mensen wandelen graag, maar tussen de kerk van Oostduinkerke-Dorp en de zee zijn er bijna geen plaatsen om even uit te rusten. Daarom willen we een ‘bankjesroute’ uitwerken:"),
          UL(["langs een lus van vier kilometer twaalf nieuwe zitbanken plaatsen, om de driehonderd meter",
              "bij elke bank een bordje met een weetje over de geschiedenis van de buurt, opgesteld samen met de leerlingen van de dorpsschool",
              "op de eerste dinsdag van elke maand een begeleide wandeling met koffie achteraf in het parochiecentrum",
              "per bank een peter of meter zoeken die het bankje proper houdt en een oogje in het zeil houdt"], marker="* ")],
    charset="windows-1252",
    body="""Beste mevrouw, mijnheer,

Wij, een groepje gepensioneerde vrijwilligers van seniorenclub Duinenzicht, hebben uw projectoproep gelezen in het gemeentelijk infoblad. Ons project noemt "Bankjesroute Oostduinkerke".

{DESC}

Wij vragen zevenduizend euro (7.000 €). Het hele project kost 8.300 €; het verschil leggen wij zelf bij.

Met vriendelijke groeten,
Roland Vanhee
Seniorenclub Duinenzicht
Polderstraat 14
8670 Koksijde
Tel. 058 51 36 82
""",
))

# --------------------------------------------------------------------- D04
MAILS.append(dict(
    slot="D04",
    mail=dict(date="2019-06-10T19:26:00+02:00", from_=("Maxime Leroy", "maxime.leroy@example.com"),
              subject="Projet Partons 2.0 - Patro de Warneton", agent=ANDROID),
    fields=dict(organisation="Patro Saint-Joseph de Warneton", contact_name="Maxime Leroy", email="maxime.leroy@example.com",
                phone="+32471932854", address="Rue de la Lys 57", postcode="7784", municipality="Comines-Warneton",
                country="BE", project_title="Le Patro ouvre ses portes", requested_amount="5300.00", total_budget="6050.00"),
    desc=[P("Nous, les animateurs du Patro Saint-Joseph de Warneton, souhaitons ouvrir notre local et son grand jardin à tous les habitants du quartier pendant les vacances d'été, et pas seulement aux enfants inscrits au patro."),
          P("Chaque mercredi de juillet et d'août, nous organiserons un après-midi de jeux pour les enfants du quartier, un tournoi de pétanque pour les adultes et un souper partagé où chacun apporte un plat. Nous voulons aussi aménager le jardin avec des tables, des bancs et un abri en bois construit avec les jeunes, pour que le lieu puisse servir à d'autres associations du village.")],
    body="""Bonjour Monsieur,

{DESC}

Nous demandons un soutien de 5.300 € pour un budget total de 6.050 €.

Titre du projet : Le Patro ouvre ses portes
Contact : Maxime Leroy, responsable du Patro Saint-Joseph de Warneton
Rue de la Lys 57 – 7784 Comines-Warneton
0471 93 28 54 – maxime.leroy@example.com

Bien à vous,
Maxime
""",
))

# --------------------------------------------------------------------- D05
MAILS.append(dict(
    slot="D05",
    mail=dict(date="2019-06-12T08:20:00+02:00", from_=("Annelies Verbeke", "annelies.verbeke@example.net"),
              subject="Projectidee Dorpsraad Esen: Werkplek Esen"),
    fields=dict(organisation="Dorpsraad Esen", contact_name="Annelies Verbeke", email="annelies.verbeke@example.net",
                phone="+3251508326", address="Kasteelstraat 19", postcode="8600", municipality="Diksmuide", country="BE",
                project_title="Werkplek Esen", requested_amount="8750.00", total_budget="10400.00"),
    desc=[P("In de oude pastorij van Esen, die sinds vorig jaar leeg staat, willen we een gedeelde werkplek inrichten met zes bureaus, snel internet en een printer, waar dorpsgenoten kunnen telewerken in plaats van elke dag naar Brugge of Kortrijk te pendelen.\nIn dezelfde ruimte komt op dinsdag- en donderdagvoormiddag een dorpsloket, waar vrijwilligers oudere inwoners helpen met online bankieren, formulieren en afspraken bij de gemeente."),
          P("Zo wordt de pastorij opnieuw een plek waar het dorp elkaar ontmoet.")],
    html=True,
    body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div dir="ltr">
<p>Dag Bram,</p>
<p>Zoals beloofd na jouw bezoek aan onze dorpsraad, hier ons projectidee voor &quot;Maak werk van je buurt!&quot;.</p>
{DESC}
<p>Budget: totaal <b>€ 10.400</b>, waarvan we <b>€ 8.750</b> vragen aan Partons 2.0.</p>
<table style="border:1px solid #cccccc" cellpadding="3">
<tr><th align="left" colspan="2">Gegevens aanvrager</th></tr>
<tr><td>Vereniging</td><td>Dorpsraad Esen</td></tr>
<tr><td>Projectnaam</td><td>Werkplek Esen</td></tr>
<tr><td>Contact</td><td>Annelies Verbeke</td></tr>
<tr><td>Straat</td><td>Kasteelstraat 19</td></tr>
<tr><td>Gemeente</td><td>8600 Diksmuide</td></tr>
<tr><td>Tel.</td><td>051 50 83 26</td></tr>
<tr><td>Mail</td><td>annelies.verbeke@example.net</td></tr>
</table>
<p>Groetjes,<br>Annelies</p>
</div>
</body></html>
""",
))

# --------------------------------------------------------------------- D06
MAILS.append(dict(
    slot="D06",
    mail=dict(date="2019-06-04T15:41:00+02:00", from_=("Julien Verhaeghe", "j.verhaeghe@example.com"),
              subject="Commune de Steenwerck - candidature Partons 2.0 - La Place aux Enfants", agent=OUTLOOK),
    fields=dict(organisation="Commune de Steenwerck", contact_name="Julien Verhaeghe", email="j.verhaeghe@example.com",
                phone="+33353017440", address="2 rue de la Mairie", postcode="59181", municipality="Steenwerck",
                country="FR", project_title="La Place aux Enfants", requested_amount="10000.00", total_budget="18500.00"),
    desc=[P("La commune souhaite transformer le parking peu utilisé situé derrière l'église en une petite place plantée, pensée avec et pour les enfants et leurs familles. Le projet se déroulera en quatre étapes :"),
          UL(["trois ateliers de concertation avec les élèves des deux écoles et les habitants du centre-bourg, animés par une paysagiste ;",
              "la réalisation d'une maquette et d'un plan d'aménagement présentés lors d'une réunion publique ;",
              "un chantier participatif de plantation (haies, arbres fruitiers, bancs en bois) un samedi d'automne ;",
              "une inauguration festive avec goûter et jeux anciens prêtés par la ludothèque."])],
    html=True,
    body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Monsieur le Coordinateur,</p>
<p>J'ai l'honneur de vous adresser la candidature de la Commune de Steenwerck à l'appel à projets transfrontalier Partons 2.0, pour le projet intitulé <b>« La Place aux Enfants »</b>.</p>
{DESC}
<p>Le budget prévisionnel s'élève à 18 500 € TTC ; la commune sollicite une aide de 10 000 €, le solde étant pris en charge sur le budget communal.</p>
<p>Restant à votre disposition, je vous prie d'agréer, Monsieur le Coordinateur, mes salutations distinguées.</p>
<p>Julien Verhaeghe<br>
Chargé de mission vie locale<br>
Mairie de Steenwerck – 2 rue de la Mairie – 59181 Steenwerck<br>
Tél. 03 53 01 74 40</p>
<p style="font-size:7.5pt;color:#7f7f7f">AVERTISSEMENT : Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Ils sont destinés exclusivement à la personne ou à l'entité à laquelle ils sont adressés. Si vous n'êtes pas le destinataire visé, toute lecture, diffusion, copie ou utilisation est strictement interdite ; merci d'en avertir immédiatement l'expéditeur et de supprimer ce message. La Mairie de Steenwerck ne saurait être tenue responsable de l'altération, du détournement ou de la falsification de ce courriel. Conformément au Règlement général sur la protection des données, vous disposez d'un droit d'accès et de rectification des données vous concernant.</p>
</body></html>
""",
))

# --------------------------------------------------------------------- D07
_d07_question = """Dag,

Ons buurtcomité ligt in Abele, pal op de grens met Frankrijk. Mag ons project ook over de grens gaan, met bewoners van de Franse kant erbij?

Groetjes,
Evelien Cappoen
Buurtcomité Abele"""

_d07_answer = """Dag Evelien,

Zeker! Grensoverschrijdende samenwerking is net de bedoeling van Partons 2.0: de oproep loopt tegelijk in de Westhoek en in Noord-Frankrijk, en alle geselecteerde projecten volgen samen een begeleidingstraject. Vergeet niet dat de deelname aan de sessies (o.a. 26/09 en 7/11) verwacht wordt.

De bijdrage is maximaal 10 000 euro, bijvoorbeeld voor de organisatie van een evenement in jullie buurt of voor begeleiding door een participatie-expert.

Vriendelijke groeten,
Bram Verhelst
Projectcoördinator Partons 2.0
T +32 473 55 20 81"""


def _d07_body(desc):
    new = fill("""Dag Bram,

Super, dan dienen we ons idee in!

{DESC}

Budget: € 8.000,00 in totaal, gevraagde steun € 6.750,00.
Naam van het project: Grensdorp Abele leeft

Buurtcomité Abele
Evelien Cappoen
Grensstraat 88
8970 Poperinge
0468 27 53 19
""", desc, desc_plain)
    return (new + """
Van: Bram Verhelst [mailto:coordinator@example.org]
Verzonden: donderdag 30 mei 2019 11:02
Aan: Evelien Cappoen <evelien.cappoen@example.com>
Onderwerp: RE: vraag projectoproep

""" + _d07_answer + """

Van: Evelien Cappoen [mailto:evelien.cappoen@example.com]
Verzonden: woensdag 29 mei 2019 20:17
Aan: coordinator@example.org
Onderwerp: vraag projectoproep

""" + _d07_question + "\n")


MAILS.append(dict(
    slot="D07",
    mail=dict(date="2019-06-07T22:30:00+02:00", from_=("Evelien Cappoen", "evelien.cappoen@example.com"),
              subject="RE: vraag projectoproep", in_reply_to="<c17t07coord.0530@example.org>", agent=OUTLOOK),
    fields=dict(organisation="Buurtcomité Abele", contact_name="Evelien Cappoen", email="evelien.cappoen@example.com",
                phone="+32468275319", address="Grensstraat 88", postcode="8970", municipality="Poperinge", country="BE",
                project_title="Grensdorp Abele leeft", requested_amount="6750.00", total_budget="8000.00"),
    desc=[P("Abele ligt op de grens: de ene kant van de straat is Belgisch, de andere Frans, maar de bewoners kennen elkaar nauwelijks. Met ons buurtcomité willen we de twee kanten samenbrengen met een grensfeest in september op het pleintje aan de oude douanepost, met een Frans-Vlaamse markt, volksspelen en een gezamenlijke maaltijd."),
          P("Ter voorbereiding houden we in de zomer twee avonden bij de mensen thuis, telkens aan een andere kant van de grens, waar bewoners samen het programma bedenken. We maken ook een tweetalige buurtfolder met de verenigingen, handelaars en diensten van beide kanten.")],
    body=_d07_body,
))

# --------------------------------------------------------------------- D08
_d08_original = """Bonjour,

Voici la candidature du Comité des habitants de Houthem pour l'appel à projets « Partons 2.0 ».

Titre : Façades fleuries à Houthem

{DESC}

Montant demandé : 2.800 euros
Budget total : 3.350 euros

Contact : Nadine Deprez
Rue de l'Abbaye 12, 7781 Comines-Warneton
Tél. 056 55 20 41
nadine.deprez@example.net

Bien à vous,
Nadine Deprez
Comité des habitants de Houthem"""


def _d08_body(desc):
    return ("""Bonjour Monsieur Verhelst,

Je me permets de vous renvoyer ci-dessous notre candidature envoyée le 28 mai, car je n'ai pas reçu d'accusé de réception. Pourriez-vous me confirmer qu'elle vous est bien parvenue ?

Merci d'avance,
Nadine Deprez

-----Message d'origine-----
De : Nadine Deprez <nadine.deprez@example.net>
Envoyé : mardi 28 mai 2019 19:44
À : coordinator@example.org
Objet : Candidature Partons 2.0 - Façades fleuries à Houthem

""" + fill(_d08_original, desc, desc_plain) + "\n")


MAILS.append(dict(
    slot="D08",
    mail=dict(date="2019-06-11T08:55:00+02:00", from_=("Nadine Deprez", "nadine.deprez@example.net"),
              subject="TR: Candidature Partons 2.0 - Façades fleuries à Houthem", agent=OUTLOOK),
    fields=dict(organisation="Comité des habitants de Houthem", contact_name="Nadine Deprez", email="nadine.deprez@example.net",
                phone="+3256552041", address="Rue de l'Abbaye 12", postcode="7781", municipality="Comines-Warneton",
                country="BE", project_title="Façades fleuries à Houthem", requested_amount="2800.00", total_budget="3350.00"),
    desc=[P("Le long de la rue principale de Houthem, beaucoup de façades sont grises et les trottoirs étroits. Nous souhaitons proposer aux habitants volontaires de créer des « jardins de façade » : une bande de terre de 30 cm le long du mur, ouverte avec l'accord de la commune, et plantée de rosiers grimpants, de vivaces et d'aromatiques."),
          P("Une journée de plantation collective sera organisée en octobre, avec des conseils du cercle horticole, et les enfants de l'école réaliseront des petits panneaux avec le nom des plantes. Au printemps, une promenade fleurie permettra aux habitants de découvrir toutes les façades.")],
    body=_d08_body,
))

# --------------------------------------------------------------------- D09
MAILS.append(dict(
    slot="D09",
    mail=dict(date="2019-06-15T16:02:00+02:00", from_=("Bert Lemahieu", "bert.lemahieu@example.com"),
              subject="projectoproep Maak werk van je buurt - Jeugdhuis Den Tap"),
    fields=dict(organisation="Jeugdhuis Den Tap vzw", contact_name="Bert Lemahieu", email="bert.lemahieu@example.com",
                phone="+32489641108", address="Melkerijstraat 5", postcode="8650", municipality="Houthulst", country="BE",
                project_title="Onder de luifel", requested_amount="8000.00", total_budget="9500.00"),
    desc=[P("Jongeren in Houthulst hebben buiten het jeugdhuis geen plek waar ze samen kunnen zitten zonder dat buren klagen. Daarom willen we naast het jeugdhuis, aan de rand van het sportpark, samen met de jongeren een overdekte ontmoetingsplek bouwen: een houten luifel met zitbanken, verlichting op zonne-energie en een fietsenstalling."),
          P("De jongeren tekenen het ontwerp zelf uit tijdens drie workshops met een architect, en bouwen de luifel mee tijdens twee bouwweekends met vrijwilligers van de bouwvakkersvereniging. Bij de opening nodigen we de buren uit op een barbecue, zodat jong en oud elkaar leren kennen en afspraken kunnen maken over het gebruik van de plek.")],
    body="""Dag, zie bijlage.
Bert Lemahieu - Jeugdhuis Den Tap
""",
    doc=dict(kind="docx_letter", filename="brief_partons_dentap.docx", spec=dict(
        author="Bert Lemahieu", when=dt.datetime(2019, 6, 15, 15, 30),
        letterhead=["Jeugdhuis Den Tap vzw", "Melkerijstraat 5, 8650 Houthulst",
                    "Bert Lemahieu – 0489 64 11 08 – bert.lemahieu@example.com"],
        blocks=[("right", "Houthulst, 15 juni 2019"),
                "Aan de Provincie West-Vlaanderen\nt.a.v. de coördinator van Partons 2.0",
                ("bold", "Projectvoorstel ‘Onder de luifel’"),
                "Beste,",
                "Jeugdhuis Den Tap bestaat sinds 1979 en is het enige jeugdhuis in Houthulst. Elk weekend komen er zo’n zestig jongeren tussen 15 en 25 jaar over de vloer, en de werking draait volledig op vrijwilligers.",
                "{DESC}",
                "Het project kost in totaal 9500 euro. We vragen 8000 euro aan Partons 2.0 en leggen zelf 1500 euro bij.",
                "Bedankt om ons voorstel te bekijken!",
                "Met vriendelijke groeten,",
                "Bert Lemahieu\nvoorzitter Jeugdhuis Den Tap vzw"])),
))

# --------------------------------------------------------------------- D10
MAILS.append(dict(
    slot="D10",
    mail=dict(date="2019-05-28T11:37:00+02:00", from_=("Monique Ryckebusch", "monique.ryckebusch@example.net"),
              subject="Appel à projets Partons 2.0 - Club des Aînés de Ghyvelde"),
    fields=dict(organisation="Club des Aînés de Ghyvelde", contact_name="Monique Ryckebusch",
                email="monique.ryckebusch@example.net", phone="+33353019127", address="3 rue des Dunes",
                postcode="59254", municipality="Ghyvelde", country="FR",
                project_title="Clic & Café : ateliers numériques intergénérationnels",
                requested_amount="4300.00", total_budget="5150.00"),
    desc=[P("Beaucoup de nos membres se sentent perdus face aux démarches en ligne et n'osent plus demander de l'aide. Nous souhaitons organiser, chaque mardi après-midi à la salle polyvalente, des ateliers numériques où des collégiens de Ghyvelde aideront les aînés à utiliser une tablette, envoyer des photos à leurs petits-enfants ou prendre un rendez-vous médical en ligne."),
          P("Les ateliers se termineront toujours par un café et un goûter, pour que les échanges entre générations aillent au-delà de l'informatique. Nous achèterons six tablettes qui resteront à la disposition des habitants à la salle polyvalente.")],
    body="""Madame, Monsieur,
Veuillez trouver ci-joint notre dossier de candidature.

Monique Ryckebusch
""",
    doc=dict(kind="pdf_letter", filename="dossier Club des Aines Ghyvelde.pdf", spec=dict(
        author="Monique Ryckebusch", title="Dossier Partons 2.0",
        letterhead=["Club des Aînés de Ghyvelde", "3 rue des Dunes, 59254 Ghyvelde",
                    "Contact : Monique Ryckebusch, présidente – 03 53 01 91 27 – monique.ryckebusch@example.net"],
        blocks=[("right", "Ghyvelde, le 27 mai 2019"),
                "Monsieur le Coordinateur du projet Partons 2.0",
                ("bold", "Objet : candidature « Clic & Café : ateliers numériques intergénérationnels »"),
                "Monsieur,",
                "Notre club, fondé en 1977, rassemble aujourd'hui 85 membres de Ghyvelde et des Moëres autour de jeux de cartes, de sorties et d'un repas mensuel. Il est entièrement animé par des bénévoles retraités.",
                "{DESC}",
                "Le budget total de l'opération est de 5 150 €, dont 4 300 € sont sollicités auprès de Partons 2.0.",
                "Dans l'attente de votre réponse, nous vous prions de croire, Monsieur, à l'assurance de nos sentiments les meilleurs.",
                "Monique Ryckebusch\nPrésidente"])),
))

# --------------------------------------------------------------------- D11
MAILS.append(dict(
    slot="D11",
    mail=dict(date="2019-06-03T20:09:00+02:00", from_=("Tine Boudry", "tine.boudry@example.net"),
              subject="Aanvraag samentuin Den Akker", agent=TB),
    fields=dict(organisation="Buurtwerking Den Akker", contact_name="Tine Boudry", email="tine.boudry@example.net",
                phone="+32493224871", address="Dikkebusseweg 140", postcode="8900", municipality="Ieper", country="BE",
                project_title="Samentuin Den Akker", requested_amount="5900.00", total_budget="7250.00"),
    desc=[P("Op het braakliggende stuk grond achter de sociale woningen van Den Akker willen we een samentuin aanleggen: twintig verhoogde plantenbakken die bewoners samen onderhouden, een composthoek, een regenwaterton en een grote tafel waar we na het tuinieren samen iets drinken."),
          P("Een tuinbegeleider van de stad komt de eerste maanden elke zaterdag langs, en de kinderen van de buurtschool krijgen twee eigen bakken. Zo willen we bewoners van alle leeftijden en achtergronden samenbrengen rond iets eenvoudigs: groenten kweken en delen.")],
    body="""Beste,

Hierbij ons aanvraagformulier voor de projectoproep (in bijlage).
Vriendelijke groet,

Tine Boudry
""",
    doc=dict(kind="docx_form", filename="Aanvraagformulier Den Akker.docx", spec=dict(
        author="Tine Boudry", when=dt.datetime(2019, 6, 3, 19, 40),
        title="Aanvraagformulier projectoproep ‘Maak werk van je buurt!’",
        intro=["Buurtwerking Den Akker – Ieper"],
        rows=[("Naam vereniging / groep", "Buurtwerking Den Akker"),
              ("Wie zijn jullie?", "Een groep van een twintigtal bewoners uit de wijk Den Akker, actief sinds 2012. We organiseren elk jaar het buurtfeest in juni en een kleine kerstmarkt, en we houden de speeltuin in de wijk mee netjes."),
              ("Contactpersoon", "Tine Boudry"),
              ("Adres", "Dikkebusseweg 140\n8900 Ieper"),
              ("Telefoon", "0493 22 48 71"),
              ("E-mail", "tine.boudry@example.net"),
              ("Naam van het project", "Samentuin Den Akker"),
              ("Wat willen jullie doen?", "{DESC}"),
              ("Hoeveel vragen jullie?", "€ 5.900"),
              ("Totale kostprijs", "€ 7.250")])),
))

# --------------------------------------------------------------------- D12
MAILS.append(dict(
    slot="D12",
    mail=dict(date="2019-06-09T14:51:00+02:00", from_=("Élodie Deroo", "elodie.deroo@example.com"),
              subject="Candidature Cassel Horizons - Ciné sous les étoiles"),
    fields=dict(organisation="Association Cassel Horizons", contact_name="Élodie Deroo", email="elodie.deroo@example.com",
                phone="+33639982655", address="5 rue d'Aire", postcode="59670", municipality="Cassel", country="FR",
                project_title="Ciné sous les étoiles", requested_amount="6900.00", total_budget="8600.00"),
    desc=[P("Nous voulons organiser l'été prochain quatre séances de cinéma en plein air dans quatre hameaux de Cassel, avec un écran gonflable et un vidéoprojecteur achetés pour l'occasion. Les films seront choisis par les habitants lors d'un vote en ligne et à la boulangerie, et avant chaque séance les voisins partageront un pique-nique géant sur l'herbe.")],
    body="""Bonjour,

Ci-joint le formulaire rempli pour notre projet.
Merci et bonne journée,

Élodie Deroo
""",
    doc=dict(kind="pdf_form", filename="Cassel_Horizons_formulaire.pdf", spec=dict(
        author="Élodie Deroo", title="Partons 2.0 – Fiche candidature",
        subtitle=["Association Cassel Horizons", "Document à compléter et à renvoyer par courriel"],
        rows=[dict(label="Association", name="association", value="Association Cassel Horizons"),
              dict(label="Nom et prénom du contact", name="contact", value="Élodie Deroo"),
              dict(label="Adresse", name="adresse", value="5 rue d'Aire"),
              dict(label="Code postal", name="code_postal", value="59670"),
              dict(label="Ville", name="ville", value="Cassel"),
              dict(label="Téléphone", name="telephone", value="06 39 98 26 55"),
              dict(label="E-mail", name="email", value="elodie.deroo@example.com"),
              dict(label="Titre du projet", name="titre", value="Ciné sous les étoiles"),
              dict(label="Votre idée en quelques lignes", name="idee", value="{DESC}", lines=8),
              dict(label="Aide demandée (€)", name="aide", value="6900"),
              dict(label="Coût total du projet (€)", name="cout", value="8600")],
        footer=["Cassel, le 9 juin 2019"])),
))

# --------------------------------------------------------------------- D13
MAILS.append(dict(
    slot="D13",
    mail=dict(date="2019-05-23T14:27:00+02:00", from_=("Marleen Debaene", "marleen.debaene@example.com"),
              subject="Soep & Babbel - aanvraag Vrouwengilde Elverdinge"),
    fields=dict(organisation="Vrouwengilde Elverdinge", contact_name="Marleen Debaene", email="marleen.debaene@example.com",
                phone="+3257423618", address="Hoge Akkerstraat 21", postcode="8906", municipality="Elverdinge",
                country="BE", project_title="Soep & Babbel", requested_amount="3500.00", total_budget="4200.00"),
    desc=[P("Elke dinsdagmiddag willen we in de parochiezaal van Elverdinge een soepmaaltijd aanbieden voor alleenstaande ouderen en iedereen die graag in gezelschap eet. De soep koken we samen met de bewoners met groenten van de lokale boeren, en wie niet meer tot in de zaal geraakt, krijgt een kom soep aan huis gebracht met een bakfiets door vrijwilligers. Na de soep blijft de zaal open voor een kaartje, een babbel of een spelletje.")],
    body="""Beste heer Verhelst,

{DESC}

Ons project heet ‘Soep & Babbel’. We vragen hiervoor 3500 EUR; de totale kost bedraagt 4200 EUR (aankoop bakfiets, kookmateriaal, tafels en stoelen, en bekendmaking).

Misschien is het goed dat u ook weet wie wij zijn. De Vrouwengilde Elverdinge werd opgericht in 1932 door de vrouwen van de boerenbond, die samen kookten, naaiden en elkaar bijstonden in moeilijke tijden. Tijdens de Tweede Wereldoorlog organiseerde de gilde voedselpakketten voor de vluchtelingen in het dorp. In de jaren zestig en zeventig volgden kooklessen, bloemschikken en uitstappen naar de kust, en in 1982 vierden we ons vijftigjarig bestaan met een groot feest in de feestzaal. Vandaag tellen we nog 64 leden, de jongste is 41 en de oudste 93, en we komen maandelijks samen in de parochiezaal.

Met vriendelijke groeten,
Marleen Debaene
voorzitster Vrouwengilde Elverdinge
Hoge Akkerstraat 21, 8906 Elverdinge
057 42 36 18
""",
))

# --------------------------------------------------------------------- D14
MAILS.append(dict(
    slot="D14",
    mail=dict(date="2019-06-05T18:03:00+02:00", from_=("Christophe Dewitte", "c.dewitte@example.net"),
              subject="Partons 2.0 - Les Rendez-vous du Lavoir (Esquelbecq)"),
    fields=dict(organisation="Comité des fêtes d'Esquelbecq", contact_name="Christophe Dewitte", email="c.dewitte@example.net",
                phone="+33353015709", address="11 rue de Wormhout", postcode="59470", municipality="Esquelbecq",
                country="FR", project_title="Les Rendez-vous du Lavoir", requested_amount="7700.00", total_budget="9900.00"),
    desc=[P("Nous souhaitons redonner vie au vieux lavoir du village, aujourd'hui caché par les ronces, en nettoyant ses abords et en y installant des bancs et une petite scène en bois. De mai à septembre, le premier dimanche du mois, le lavoir accueillera un « rendez-vous » gratuit : concert acoustique, lecture de contes en flamand et en français, atelier de vannerie ou pique-nique partagé, préparé chaque fois par une association différente du village.")],
    body="""Bonjour,

Je vous prie de trouver ci-joint notre fiche projet.

Cordialement,
Christophe Dewitte
Comité des fêtes d'Esquelbecq
""",
    doc=dict(kind="docx_form", filename="fiche_projet_lavoir.docx", spec=dict(
        author="Christophe Dewitte", when=dt.datetime(2019, 6, 5, 17, 20),
        title="Fiche projet – Partons 2.0",
        intro=["Appel à projets transfrontalier pour des villages et quartiers vivants."],
        rows=[("Structure porteuse", "Comité des fêtes d'Esquelbecq"),
              ("Historique de l'association", "Le Comité des fêtes d'Esquelbecq existe depuis 1949. Il a longtemps organisé la ducasse, le carnaval des enfants et le feu d'artifice du 14 juillet, et il prépare chaque année depuis 1986 la fête du houblon, qui attire des visiteurs de toute la Flandre."),
              ("Nom du responsable", "Christophe Dewitte"),
              ("Adresse", "11 rue de Wormhout"),
              ("Code postal", "59470"),
              ("Commune", "Esquelbecq"),
              ("Pays", "France"),
              ("Téléphone", "03 53 01 57 09"),
              ("Courriel", "c.dewitte@example.net"),
              ("Intitulé du projet", "Les Rendez-vous du Lavoir"),
              ("Description du projet", "{DESC}"),
              ("Subvention sollicitée", "7 700 €"),
              ("Coût total", "9 900 €")])),
))

# --------------------------------------------------------------------- N01
MAILS.append(dict(
    slot="N01",
    mail=dict(date="2019-06-06T07:12:00+02:00", from_=("Stijn Vandenbroucke", "stijn.vandenbroucke@example.com"),
              subject="aanvraag projectoproep Maak werk van je buurt", agent=OUTLOOK),
    fields=dict(organisation="Bakkerij Het Gouden Korenaar bv", contact_name="Stijn Vandenbroucke",
                email="stijn.vandenbroucke@example.com", phone="+3258314762", address="Zuidstraat 44", postcode="8630",
                municipality="Veurne", country="BE", project_title="Vers brood in elk dorp",
                requested_amount="9800.00", total_budget="21000.00"),
    desc=None,
    body="""Goeiedag,

Hierbij stuur ik u onze aanvraag voor de projectoproep.

Aanvrager: Bakkerij Het Gouden Korenaar bv
Contactpersoon: Stijn Vandenbroucke
Adres: Zuidstraat 44, 8630 Veurne
Telefoon: 058 31 47 62
E-mail: stijn.vandenbroucke@example.com
Project: Vers brood in elk dorp
Gevraagde steun: 9.800 EUR
Totaal budget: 21.000 EUR

Met vriendelijke groet,

Stijn Vandenbroucke
Zaakvoerder

Bakkerij Het Gouden Korenaar bv
Zuidstraat 44 - 8630 Veurne
T 058 31 47 62
www.goudenkorenaar.example.com
Open van dinsdag tot zondag van 6u30 tot 18u - maandag gesloten
Volg ons op Facebook voor onze taart van de week!

Dit bericht en alle bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Hebt u dit bericht per vergissing ontvangen, gelieve de afzender onmiddellijk te verwittigen en het bericht te verwijderen. Elke andere vorm van gebruik, kopie of verspreiding is verboden. Bakkerij Het Gouden Korenaar bv kan niet aansprakelijk gesteld worden voor de volledige en correcte overbrenging van de inhoud van dit bericht, noch voor de tijdige ontvangst ervan.
""",
))

# --------------------------------------------------------------------- N02
MAILS.append(dict(
    slot="N02",
    mail=dict(date="2019-06-03T11:46:00+02:00", from_=("Isabelle Mortier", "isabelle.mortier@example.com"),
              subject="Merci !"),
    fields=dict(organisation="Comité de quartier des Trois Rois", contact_name="Isabelle Mortier",
                email="isabelle.mortier@example.com", phone="+32479356280", address="Rue des Trois Rois 9",
                postcode="7780", municipality="Comines-Warneton", country="BE"),
    desc=None,
    body="""Bonjour,

Un tout grand merci pour votre passage parmi nous jeudi dernier et pour la séance de brainstorming ! Nous avons été très touchés par votre disponibilité et par la qualité de l'animation : tout le monde a pu s'exprimer, même les plus timides, et les voisins en parlent encore à la boulangerie. Merci également pour le beau travail de la Province et des partenaires français : c'est rare qu'on vienne jusque chez nous pour écouter les habitants, et cela fait vraiment plaisir.

Nous n'avons pas encore tout à fait finalisé notre idée et nous vous l'enverrons plus tard, normalement avant le 14 juin. Petite question en attendant : le dossier doit-il obligatoirement être rédigé en néerlandais, ou pouvons-nous l'envoyer en français ?

Bien à vous,

Isabelle Mortier
Comité de quartier des Trois Rois
Rue des Trois Rois 9
7780 Comines-Warneton
0479 35 62 80
""",
))

# --------------------------------------------------------------------- N03
MAILS.append(dict(
    slot="N03",
    mail=dict(date="2019-05-20T19:58:00+02:00", from_=("Pieter Goethals", "pieter.goethals@example.net"),
              subject="Vragen projectoproep Partons 2.0"),
    fields=dict(organisation="Dorpsraad Ramskapelle", contact_name="Pieter Goethals", email="pieter.goethals@example.net",
                phone="+32477830592", address="Dorpsstraat 15", postcode="8620", municipality="Nieuwpoort", country="BE"),
    desc=None,
    body="""Hallo,

Wij zijn de dorpsraad van Ramskapelle. Twee vragen over de projectoproep:

1. Mogen we samen met de dorpsraad van Sint-Joris één gezamenlijk project indienen, of moet elk dorp apart indienen?
2. Tellen de uren van onze vrijwilligers mee als eigen inbreng in het budget?

Bedankt alvast!

Pieter Goethals
secretaris Dorpsraad Ramskapelle
Dorpsstraat 15, 8620 Nieuwpoort
0477 83 05 92
""",
))

# --------------------------------------------------------------------- N04
MAILS.append(dict(
    slot="N04",
    mail=dict(date="2019-06-14T09:22:00+02:00", from_=("Gérard Beun", "g.beun@example.net"),
              subject="Candidature - Confrérie Saint-Sébastien de Caëstre"),
    fields=dict(organisation="Confrérie Saint-Sébastien de Caëstre", contact_name="Gérard Beun", email="g.beun@example.net",
                phone="+33353014066", address="27 rue de Strazeele", postcode="59190", municipality="Caëstre", country="FR",
                project_title="L'Archerie ouverte", requested_amount="7900.00", total_budget="9300.00"),
    desc=None,
    body="""Monsieur,

La Confrérie Saint-Sébastien de Caëstre est l'une des plus anciennes sociétés d'archers de Flandre intérieure. Fondée en 1854 par une vingtaine d'ouvriers agricoles, elle tirait à l'époque à la perche verticale dans la pâture derrière l'estaminet « Au Roi des Archers ». Pendant la Grande Guerre, la perche fut abattue et la confrérie mise en sommeil ; elle fut reconstituée en 1923 par les anciens combattants du village. Dans les années 1970, la confrérie a accueilli à deux reprises le championnat régional de tir à la perche, et elle a fêté en 2004 ses 150 ans avec un grand défilé des sociétés d'archers de la région. Aujourd'hui, elle compte 45 archers de 12 à 87 ans et perpétue la tradition du Roi de l'Oiseau chaque mois de mai.

Nous sollicitons 7 900 euros pour le projet « L'Archerie ouverte », sur un budget total de 9 300 euros.

Veuillez agréer, Monsieur, nos salutations sportives.

Gérard Beun
Trésorier de la Confrérie Saint-Sébastien de Caëstre
27 rue de Strazeele, 59190 Caëstre
03 53 01 40 66
""",
))

# --------------------------------------------------------------------- N05
MAILS.append(dict(
    slot="N05",
    mail=dict(date="2019-06-10T13:33:00+02:00", from_=("Koen Deruyter", "koen.deruyter@example.net"),
              subject="Partons 2.0"),
    fields=dict(organisation="Oudercomité VBS De Vlinder", contact_name="Koen Deruyter", email="koen.deruyter@example.net",
                project_title="Speelbos Keibergbos", requested_amount="8000.00", total_budget="9950.00"),
    desc=None,
    body="""zie bijlage

-- 
Koen Deruyter
""",
    doc=dict(kind="docx_table", filename="Kostenraming speelbos.docx", spec=dict(
        author="Koen Deruyter", when=dt.datetime(2019, 6, 10, 13, 10),
        title="Kostenraming – Speelbos Keibergbos",
        subtitle=["Oudercomité VBS De Vlinder"],
        header=["Post", "Raming"],
        rows=[["Ontwerp door landschapsarchitect", "€ 1.800,00"],
              ["Boomstammen, keien en zand", "€ 2.350,00"],
              ["Wilgentenen en plantgoed", "€ 650,00"],
              ["Huur graafmachine (1 dag)", "€ 480,00"],
              ["Infobord en bewegwijzering", "€ 720,00"],
              ["Verzekering vrijwilligers", "€ 250,00"],
              ["Buurtfeest bij de opening", "€ 900,00"],
              ["Participatietraject (2 workshops met begeleider)", "€ 2.800,00"],
              ["*Totaal", "€ 9.950,00"],
              ["*Gevraagde subsidie Partons 2.0", "€ 8.000,00"],
              ["Eigen middelen oudercomité", "€ 1.950,00"]],
        notes=["Prijzen op basis van offertes, btw inbegrepen."])),
))

# --------------------------------------------------------------------- N06
MAILS.append(dict(
    slot="N06",
    mail=dict(date="2019-06-13T21:19:00+02:00", from_=("Laurence Carton", "laurence.carton@example.com"),
              subject="candidature Bray-Dunes Solidarité"),
    fields=dict(organisation="Bray-Dunes Solidarité", contact_name="Laurence Carton", email="laurence.carton@example.com",
                phone="+33639984012", address="19 rue des Tamaris", postcode="59123", municipality="Bray-Dunes",
                country="FR", project_title="Les Cabanes de la Plage", requested_amount="9200.00", total_budget="11000.00"),
    desc=None,
    body="""Bonsoir,
Voici notre formulaire.
Laurence Carton
""",
    doc=dict(kind="pdf_form", filename="formulaire Bray-Dunes Solidarite.pdf", spec=dict(
        author="Laurence Carton", title="Appel à projets Partons 2.0 – Formulaire",
        subtitle=["Bray-Dunes Solidarité"],
        rows=[dict(label="Association", name="association", value="Bray-Dunes Solidarité"),
              dict(label="Contact", name="contact", value="Laurence Carton"),
              dict(label="Adresse", name="adresse", value="19 rue des Tamaris"),
              dict(label="Code postal", name="cp", value="59123"),
              dict(label="Commune", name="commune", value="Bray-Dunes"),
              dict(label="Téléphone", name="tel", value="06 39 98 40 12"),
              dict(label="Courriel", name="courriel", value="laurence.carton@example.com"),
              dict(label="Titre du projet", name="titre", value="Les Cabanes de la Plage"),
              dict(label="Votre idée en quelques lignes", name="idee", value="", lines=8),
              dict(label="Montant demandé (€)", name="montant", value="9 200"),
              dict(label="Budget total (€)", name="budget", value="11 000")],
        footer=["Bray-Dunes, le 13 juin 2019"])),
))
