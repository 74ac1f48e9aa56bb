# -*- coding: utf-8 -*-
"""Dev half of corpus c17. All people, organisations, addresses, e-mail
addresses and phone numbers are invented."""
import datetime as dt

from lib import P, UL, desc_plain, fill, quote

COORD = ("Bram Verhelst", "coordinator@example.org")
TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0")
OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
IPHONE = ("X-Mailer", "iPhone Mail (16F203)")

MAILS = []

# --------------------------------------------------------------------- D01
MAILS.append(dict(
    slot="D01",
    mail=dict(date="2019-06-04T20:41:00+02:00", from_=("Griet Vanhoutte", "griet.vanhoutte@example.net"),
              subject="Projectoproep Maak werk van je buurt - Dorpsraad Woesten", agent=TB),
    fields=dict(organisation="Dorpsraad Woesten", contact_name="Griet Vanhoutte", email="griet.vanhoutte@example.net",
                phone="+32472318509", address="Elzendammestraat 12", postcode="8640", municipality="Vleteren",
                country="BE", project_title="Dorpsontmoetingspunt 't Oud Schooltje",
                requested_amount="7800.00", total_budget="9650.00"),
    desc=[P("Met de dorpsraad willen we het leegstaande oude schooltje naast de kerk van Woesten opnieuw openstellen als ontmoetingspunt voor het hele dorp. Elke woensdagnamiddag en zaterdagvoormiddag zetten vrijwilligers er de koffie klaar, er komt een hoek met boeken en gezelschapsspelen, en de ruimte kan ook gebruikt worden door de KVLV, de jeugdbeweging en de seniorenclub. Zo krijgen vooral oudere dorpsgenoten die alleen wonen opnieuw een plek om elkaar te zien, nu het laatste café in het dorp de deuren gesloten heeft.")],
    body="""Beste,

Via de gemeente kregen we de projectoproep 'Maak werk van je buurt!' doorgestuurd. Hierbij dienen we met veel plezier ons projectidee in.

{DESC}

Wij vragen hiervoor een bijdrage van € 7.800,- op een totaal budget van € 9.650,- (de rest komt uit eigen werking en onze spaghettiavond).

Projecttitel: Dorpsontmoetingspunt 't Oud Schooltje
Contactpersoon: Griet Vanhoutte (secretaris dorpsraad)
Adres: Elzendammestraat 12, 8640 Vleteren
Tel.: 0472 31 85 09
E-mail: griet.vanhoutte@example.net

Alvast bedankt en hopelijk tot binnenkort,
Griet Vanhoutte
namens Dorpsraad Woesten
""",
))

# --------------------------------------------------------------------- D02
MAILS.append(dict(
    slot="D02",
    mail=dict(date="2019-05-29T09:12:00+02:00", from_=("Nathalie Bollengier", "nathalie.bollengier@example.com"),
              subject="Appel à projets Partons 2.0 - candidature Voisins Solidaires"),
    fields=dict(organisation="Voisins Solidaires de Steenvoorde", contact_name="Nathalie Bollengier",
                email="nathalie.bollengier@example.com", phone="+33639981427", address="12 rue de la Gare",
                postcode="59114", municipality="Steenvoorde", country="FR", project_title="Le Potager des Voisins",
                requested_amount="7250.00", total_budget="8900.00"),
    desc=[P("Nous souhaitons créer un potager partagé sur un terrain de 600 m² que la commune met à notre disposition derrière la salle Saint-Pierre. Le terrain sera divisé en petites parcelles pour les familles qui n'ont pas de jardin, avec une grande parcelle commune cultivée par les enfants de l'accueil de loisirs le mercredi."),
          P("Nous voulons aussi installer un abri à outils, un récupérateur d'eau de pluie et quelques bancs, pour que le potager devienne un lieu où l'on s'arrête pour discuter. Un jardinier retraité du village a accepté d'animer un atelier par mois (semis, compost, taille)."),
          P("Enfin, chaque automne, une soupe des voisins sera préparée avec les légumes récoltés et partagée sur la place, ouverte à tous les habitants.")],
    body="""Bonjour Monsieur,

Je me permets de vous écrire au nom de l'association Voisins Solidaires de Steenvoorde, suite à la réunion d'information de Bailleul.

{DESC}

Le budget total est de 8 900 euros ; nous sollicitons 7 250 euros dans le cadre de Partons 2.0.

Titre du projet : Le Potager des Voisins
Contact : Nathalie Bollengier, présidente
12 rue de la Gare, 59114 Steenvoorde
Tél. 06 39 98 14 27
nathalie.bollengier@example.com

Bien cordialement,
Nathalie Bollengier
""",
))

# --------------------------------------------------------------------- D03
MAILS.append(dict(
    slot="D03",
    mail=dict(date="2019-06-09T22:05:00+02:00", from_=("Ward Ryckewaert", "ward.ryckewaert@example.com"),
              subject="Projectoproep - Chiro Krombeke"),
    fields=dict(organisation="Chiro Krombeke", contact_name="Ward Ryckewaert", email="ward.ryckewaert@example.com",
                phone="+32485772064", address="Pastorijstraat 9", postcode="8972", municipality="Krombeke",
                country="BE", project_title="De Pastorijtuin speelt!", requested_amount="6400.00", total_budget="7150.00"),
    desc=[P("We willen van de verwaarloosde pastorijtuin in het centrum van Krombeke een speel- en ontmoetingsplek voor het hele dorp maken. Concreet willen we:"),
          UL(["samen met de kinderen en hun ouders een natuurlijke speelzone aanleggen met boomstammen, een wilgenhut en een zandbak;",
              "drie picknicktafels en een overdekte bank plaatsen voor grootouders en wandelaars;",
              "in oktober een werkdag organiseren waarop buren, leiding en ouders samen planten en bouwen;",
              "in het voorjaar de tuin feestelijk openen met een buurtfeest en een petanquetornooi."], marker="- ")],
    body="""Hallo,

Wij zijn de leiding van Chiro Krombeke en we willen graag meedoen met de projectoproep. Ons project heet "De Pastorijtuin speelt!".

{DESC}

Voor het hele project rekenen we op een kostprijs van 7.150 euro. We vragen 6.400 euro steun; de rest betalen we met de opbrengst van onze jaarlijkse wafelverkoop.

Groetjes,

Ward Ryckewaert
Hoofdleiding Chiro Krombeke
Pastorijstraat 9
8972 Krombeke
0485 77 20 64
ward.ryckewaert@example.com

-- 
Chiro Krombeke - samen spelen, samen groeien!
Elke zondag van 14u tot 17u in ons lokaal aan de Pastorijstraat.
Volg ons op Facebook en Instagram: @chirokrombeke
Inschrijvingen werkjaar 2019-2020 vanaf 1 september.
""",
))

# --------------------------------------------------------------------- D04
MAILS.append(dict(
    slot="D04",
    mail=dict(date="2019-06-12T18:30:00+02:00", from_=("Murielle Vanneste", "murielle.vanneste@example.net"),
              subject="Candidature Partons 2.0 - Le Verger du Touquet", agent=IPHONE),
    fields=dict(contact_name="Murielle Vanneste", email="murielle.vanneste@example.net", phone="+32476520813",
                address="Rue du Touquet 118", postcode="7783", municipality="Comines-Warneton", country="BE",
                project_title="Le Verger du Touquet", requested_amount="4800.00", total_budget="5600.00"),
    desc=[P("Nous sommes une quinzaine de voisins de la rue du Touquet, au Bizet, et nous souhaitons transformer le terrain communal abandonné au bout de notre rue en petit verger partagé avec un coin de jeux pour les enfants. Nous planterons une vingtaine d'arbres fruitiers de variétés anciennes, nous installerons deux bancs et une grande table, et les élèves de l'école communale du Bizet participeront à la plantation en novembre. Les fruits seront cueillis ensemble et partagés entre les habitants du quartier, et un voisin apiculteur y installera deux ruches.")],
    body="""Bonjour,

{DESC}

Nous ne sommes pas une association, juste un groupe de voisins motivés qui se retrouvent depuis deux ans pour la fête des voisins.

Titre : Le Verger du Touquet
Montant demandé : 4 800 € (budget total : 5 600 €)
Personne de contact : Murielle Vanneste
Rue du Touquet 118, 7783 Comines-Warneton
GSM : 0476 52 08 13
Mail : murielle.vanneste@example.net

Merci d'avance et bonne journée,
Murielle Vanneste, pour les voisins de la rue du Touquet

Envoyé de mon iPhone
""",
))

# --------------------------------------------------------------------- D05
MAILS.append(dict(
    slot="D05",
    mail=dict(date="2019-06-06T12:47:00+02:00", from_=("Sofie Desmyter", "sofie.desmyter@example.com"),
              subject="Projectidee ouderraad VBS De Klimop Kemmel", agent=OUTLOOK),
    fields=dict(organisation="Ouderraad VBS De Klimop", contact_name="Sofie Desmyter", email="sofie.desmyter@example.com",
                phone="+3257216490", address="Lokerstraat 15", postcode="8950", municipality="Heuvelland", country="BE",
                project_title="De Klimop kleurt groen", requested_amount="10000.00", total_budget="14200.00"),
    desc=[P("Wij willen de betonnen speelplaats van onze school vergroenen en na de schooluren openstellen voor alle kinderen uit de buurt.\nSamen met ouders, leerkrachten en buren planten we hagen en fruitbomen, leggen we een klein moestuintje aan en plaatsen we een houten klimtoestel. Op woensdagnamiddag en in het weekend blijft de poort open, zodat Kemmel er een speel- en ontmoetingsplek bij krijgt.")],
    html=True,
    body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste heer Verhelst,</p>
<p>Namens de ouderraad van VBS De Klimop in Kemmel sturen wij u graag ons projectidee voor de oproep &lsquo;Maak werk van je buurt!&rsquo;.</p>
{DESC}
<p>Het totale budget bedraagt 14.200 euro. Wij vragen hiervan 10.000 euro aan bij Partons 2.0; het saldo komt van het schoolfeest en de gemeente.</p>
<p>Hieronder vindt u onze gegevens:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Organisatie</b></td><td>Ouderraad VBS De Klimop</td></tr>
<tr><td><b>Project</b></td><td>De Klimop kleurt groen</td></tr>
<tr><td><b>Contactpersoon</b></td><td>Sofie Desmyter (voorzitter)</td></tr>
<tr><td><b>Adres</b></td><td>Lokerstraat 15<br>8950 Heuvelland</td></tr>
<tr><td><b>Telefoon</b></td><td>057 21 64 90</td></tr>
<tr><td><b>E-mail</b></td><td><a href="mailto:sofie.desmyter@example.com">sofie.desmyter@example.com</a></td></tr>
</table>
<p>Met vriendelijke groeten,<br>
Sofie Desmyter<br>
voorzitter ouderraad</p>
</body></html>
""",
))

# --------------------------------------------------------------------- D06
MAILS.append(dict(
    slot="D06",
    mail=dict(date="2019-06-14T11:03:00+02:00", from_=("Karine Deschodt", "karine.deschodt@example.com"),
              subject="Candidature appel à projets Partons 2.0 - Centre social La Ruche", agent=OUTLOOK),
    fields=dict(organisation="Centre social La Ruche", contact_name="Karine Deschodt", email="karine.deschodt@example.com",
                phone="+33353014622", address="14 rue des Tisserands", postcode="59270", municipality="Bailleul",
                country="FR", project_title="Le Café du Quartier", requested_amount="8500.00", total_budget="11300.00"),
    desc=[P("Notre projet « Le Café du Quartier » consiste à ouvrir, un samedi matin sur deux, un lieu de rencontre convivial dans l'ancienne loge du gardien de la résidence du Ravel, au cœur du quartier. L'idée est née d'un questionnaire rempli par 80 habitants, qui regrettent de ne plus avoir d'endroit où se croiser depuis la fermeture de l'épicerie."),
          P("Au programme :"),
          UL(["un petit-déjeuner partagé préparé par des habitants bénévoles ;",
              "une permanence d'écrivain public pour aider aux démarches administratives ;",
              "un coin jeux pour les enfants animé par les jeunes du quartier ;",
              "une fois par trimestre, une soirée « soupe et musique » ouverte à tous."])],
    html=True,
    body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Bonjour,</p>
<p>Suite à notre échange téléphonique de la semaine dernière, je vous transmets la candidature du centre social La Ruche pour l'appel à projets Partons 2.0.</p>
{DESC}
<p><b>Budget :</b> le coût total est estimé à 11 300,00 €, et nous sollicitons une participation de 8 500,00 €.</p>
<p>Je reste à votre disposition pour tout complément.</p>
<p>Bien cordialement,</p>
<p>Karine Deschodt<br>
Référente familles<br>
Centre social La Ruche<br>
14 rue des Tisserands<br>
59270 Bailleul<br>
Tél. : 03 53 01 46 22<br>
<a href="mailto:karine.deschodt@example.com">karine.deschodt@example.com</a></p>
<hr>
<p style="font-size:8pt;color:#888888">Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de ce message, le centre social La Ruche décline toute responsabilité au titre de ce message, dans l'hypothèse où il aurait été modifié.<br>
Pensez à l'environnement avant d'imprimer ce courriel.</p>
</body></html>
""",
))

# --------------------------------------------------------------------- D07
_d07_question = """Beste,

Wij zijn een groepje ouders uit Passendale en we hebben een idee voor de projectoproep. Moeten we een vzw zijn om te kunnen indienen, of kan dat ook als groep bewoners?

Groetjes,
Hilde Vermeersch"""

_d07_answer = """Beste Hilde,

Bedankt voor je vraag. Jullie hoeven geen vzw te zijn: ook een feitelijke vereniging of een groep bewoners kan een projectidee indienen. Belangrijk is dat het project gedragen wordt door de buurt en dat jullie samenwerken met andere inwoners en verenigingen.

De bijdrage bedraagt maximaal 10 000 euro en kan bijvoorbeeld gebruikt worden voor de aankoop van kleine materialen (tuinmateriaal, stoelen, tafels…) of voor de organisatie van een moment met inwoners. Denk aan een dorpsontmoetingspunt, een lokale boerenmarkt of een moestuin om samen te tuinieren.

Stuur jullie idee gerust door vóór 16 juni.

Met vriendelijke groeten,

Bram Verhelst
Projectcoördinator Partons 2.0
+32 473 55 20 81
"""


def _d07_body(desc):
    new = fill("""Beste Bram,

Bedankt voor je snelle antwoord! Dan dienen we hierbij ons idee in.

{DESC}

We schatten de totale kost op 4.650 euro en vragen daarvan 3.900 euro.

Projectnaam: Spelotheek Passendale
Contact: Hilde Vermeersch, Kapelstraat 31, 8980 Zonnebeke - 0494 18 62 37

Groeten,
Hilde
""", desc, desc_plain)
    inner = "Op ma 27 mei 2019 om 21:40 schreef Hilde Vermeersch <hilde.vermeersch@example.net>:\n" + quote(_d07_question)
    return new + "\nOp di 28 mei 2019 om 16:12 schreef Bram Verhelst <coordinator@example.org>:\n" + quote(_d07_answer + "\n" + inner) + "\n"


MAILS.append(dict(
    slot="D07",
    mail=dict(date="2019-06-05T21:15:00+02:00", from_=("Hilde Vermeersch", "hilde.vermeersch@example.net"),
              subject="Re: vraag over projectoproep", in_reply_to="<c17d07coord.0528@example.org>"),
    fields=dict(contact_name="Hilde Vermeersch", email="hilde.vermeersch@example.net", phone="+32494186237",
                address="Kapelstraat 31", postcode="8980", municipality="Zonnebeke", country="BE",
                project_title="Spelotheek Passendale", requested_amount="3900.00", total_budget="4650.00"),
    desc=[P("Met een groep van een tiental ouders willen we in het parochiezaaltje van Passendale een spelotheek openen: een uitleendienst voor gezelschapsspelen, buitenspeelgoed en loopfietsjes, zodat gezinnen niet alles zelf moeten kopen. Elke eerste en derde zaterdag van de maand is de spelotheek open van 10 tot 12 uur en kunnen kinderen ter plaatse spelen terwijl de ouders een koffie drinken. De oudste kinderen van de lagere school helpen mee bij het uitlenen, en we nodigen ook de grootouders uit om spelletjes van vroeger aan te leren.")],
    body=_d07_body,
))

# --------------------------------------------------------------------- D08
_d08_original = """Bonjour,

Veuillez trouver ci-dessous la candidature de notre association pour l'appel à projets « Partons 2.0 ».

{DESC}

Titre : Les Remparts des Jeunes
Association : Bergues Jeunesse et Patrimoine
Responsable : Pascal Vandenbussche
Adresse : 18 rue des Arbalétriers, 59380 Bergues
Montant sollicité : 9 000 € pour un budget total de 12 500 €

Cordialement,
Pascal Vandenbussche"""

_d08_coord = """Bonjour Monsieur Vandenbussche,

Merci pour votre candidature, bien reçue. Pour compléter votre dossier, pourriez-vous nous communiquer un numéro de téléphone où vous joindre ? Le comité de sélection se réunira fin juin.

Bien cordialement,
Bram Verhelst
Coordinateur Partons 2.0"""


def _d08_body(desc):
    orig = fill(_d08_original, desc, desc_plain)
    inner = "Le sam. 1 juin 2019 à 10:05, Pascal Vandenbussche <pascal.vandenbussche@example.com> a écrit :\n" + quote(orig)
    return ("""Bonjour Monsieur Verhelst,

Bien sûr : vous pouvez me joindre au 03 53 01 27 84 (de préférence après 17 h).

Cordialement,
Pascal Vandenbussche

Le lun. 3 juin 2019 à 09:30, Bram Verhelst <coordinator@example.org> a écrit :
""" + quote(_d08_coord + "\n\n" + inner) + "\n")


MAILS.append(dict(
    slot="D08",
    mail=dict(date="2019-06-03T12:50:00+02:00", from_=("Pascal Vandenbussche", "pascal.vandenbussche@example.com"),
              subject="Re: Candidature Partons 2.0 - Les Remparts des Jeunes", in_reply_to="<c17d08coord.0603@example.org>", agent=TB),
    fields=dict(organisation="Bergues Jeunesse et Patrimoine", contact_name="Pascal Vandenbussche",
                email="pascal.vandenbussche@example.com", phone="+33353012784", address="18 rue des Arbalétriers",
                postcode="59380", municipality="Bergues", country="FR", project_title="Les Remparts des Jeunes",
                requested_amount="9000.00", total_budget="12500.00"),
    desc=[P("Avec une dizaine de jeunes de 14 à 18 ans du quartier, nous souhaitons organiser pendant les vacances d'été deux chantiers participatifs pour nettoyer et mettre en valeur un tronçon des remparts de Bergues, le long du canal. Encadrés par un tailleur de pierre et des bénévoles retraités de l'association, les jeunes apprendront à dégager la végétation, à rejointoyer les pierres et à poser des panneaux expliquant l'histoire des fortifications."),
          P("Le projet se terminera par une balade contée sur les remparts, ouverte à tous les habitants, où les jeunes présenteront eux-mêmes leur travail à leurs familles et aux voisins.")],
    body=_d08_body,
))

# --------------------------------------------------------------------- D09
MAILS.append(dict(
    slot="D09",
    mail=dict(date="2019-06-10T17:22:00+02:00", from_=("Rik Deconinck", "rik.deconinck@example.net"),
              subject="projectvoorstel Heemkring Ten Hove", agent=OUTLOOK),
    fields=dict(organisation="Heemkring Ten Hove vzw", contact_name="Rik Deconinck", email="rik.deconinck@example.net",
                phone="+3258289340", address="Noordstraat 23", postcode="8647", municipality="Lo-Reninge", country="BE",
                project_title="Lo vertelt: een wandeling vol dorpsverhalen", requested_amount="5800.00", total_budget="6900.00"),
    desc=[P("We willen samen met de inwoners een wandelroute van ongeveer vijf kilometer uitstippelen langs plekken in Lo die een verhaal hebben: de oude stadspoort, de voormalige brouwerij, de watermolen en de plaats waar vroeger de jaarmarkt plaatsvond. Op tien plekken komt een klein paneel met een QR-code, waarachter opnames zitten van oudere dorpsbewoners die hun herinneringen vertellen."),
          P("De opnames maken we tijdens vertelnamiddagen in het woonzorgcentrum en in het dorpshuis, waar jongeren van de jeugdbeweging de gesprekken mee begeleiden. In het najaar openen we de wandeling met een gezamenlijke wandeltocht en een tentoonstelling van oude foto’s in de bibliotheek.")],
    body="""Beste,
Zie bijlage voor ons projectvoorstel.

Mvg,
Rik Deconinck
""",
    doc=dict(kind="docx_letter", filename="Projectvoorstel Heemkring Ten Hove.docx", spec=dict(
        author="Rik Deconinck", when=dt.datetime(2019, 6, 10, 16, 40),
        letterhead=["Heemkring Ten Hove vzw", "Noordstraat 23", "8647 Lo-Reninge",
                    "tel. 058 28 93 40 – rik.deconinck@example.net"],
        blocks=["Aan de projectcoördinator Partons 2.0\nProvincie West-Vlaanderen",
                ("right", "Lo, 10 juni 2019"),
                ("bold", "Betreft: projectoproep ‘Maak werk van je buurt!’ – Lo vertelt: een wandeling vol dorpsverhalen"),
                "Geachte heer Verhelst,",
                "Heemkring Ten Hove werd in 1984 opgericht en verzamelt sindsdien foto’s, documenten en getuigenissen over het verleden van Lo en de omliggende dorpen. Onze leden zijn vooral gepensioneerden met een hart voor de streek.",
                "{DESC}",
                "De totale kostprijs van het project bedraagt € 6 900. Wij vragen een financiële bijdrage van € 5 800; het resterende bedrag draagt de heemkring zelf.",
                "Wij hopen dat ons voorstel uw aandacht kan wegdragen en lichten het graag verder toe.",
                "Met vriendelijke groeten,",
                "Rik Deconinck\nsecretaris Heemkring Ten Hove vzw"])),
))

# --------------------------------------------------------------------- D10
MAILS.append(dict(
    slot="D10",
    mail=dict(date="2019-06-07T14:18:00+02:00", from_=("Anne-Sophie Decool", "as.decool@example.com"),
              subject="Dossier candidature Partons 2.0 - Foyer rural de Wormhout"),
    fields=dict(organisation="Foyer rural de Wormhout", contact_name="Anne-Sophie Decool", email="as.decool@example.com",
                phone="+33639985210", address="27 rue de la Briqueterie", postcode="59470", municipality="Wormhout",
                country="FR", project_title="Des livres au coin de la rue", requested_amount="6000.00", total_budget="7400.00"),
    desc=[P("Nous souhaitons installer dans les hameaux de Wormhout six boîtes à livres fabriquées par les élèves de la section menuiserie du lycée professionnel voisin, à proximité des arrêts de bus et de la salle des fêtes. Chaque boîte sera parrainée par une famille du hameau qui veillera à son entretien."),
          P("Une fois par mois, de mars à octobre, des bénévoles proposeront à côté de chaque boîte une « heure du conte » pour les enfants et un moment d'échange autour des livres pour les adultes, afin que ces boîtes deviennent de véritables petits lieux de rencontre dans des quartiers éloignés du centre.")],
    body="""Bonjour,
Veuillez trouver ci-joint notre dossier.

Anne-Sophie Decool
""",
    doc=dict(kind="pdf_letter", filename="Candidature_Partons2.0_FoyerRural_Wormhout.pdf", spec=dict(
        author="Anne-Sophie Decool", title="Candidature Partons 2.0",
        letterhead=["Foyer rural de Wormhout", "27 rue de la Briqueterie – 59470 Wormhout",
                    "Tél. 06 39 98 52 10 – as.decool@example.com"],
        blocks=["À l'attention du coordinateur du projet Partons 2.0",
                ("right", "Wormhout, le 7 juin 2019"),
                ("bold", "Objet : appel à projets « Partons 2.0 » – candidature « Des livres au coin de la rue »"),
                "Monsieur,",
                "Le Foyer rural de Wormhout réunit depuis 1966 des bénévoles qui animent la vie du village : théâtre amateur, randonnées, atelier couture et fête de la Saint-Martin.",
                "{DESC}",
                "Le coût total du projet s'élève à 7 400 euros. Nous sollicitons une aide de 6 000 euros au titre de Partons 2.0.",
                "Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.",
                "Anne-Sophie Decool\nPrésidente du Foyer rural de Wormhout"])),
))

# --------------------------------------------------------------------- D11
MAILS.append(dict(
    slot="D11",
    mail=dict(date="2019-06-08T10:26:00+02:00", from_=("Dirk Vandewalle", "dirk.vandewalle@example.net"),
              subject="Projectfiche Buurtcomité De Vijfwegen"),
    fields=dict(organisation="Buurtcomité De Vijfwegen", contact_name="Dirk Vandewalle", email="dirk.vandewalle@example.net",
                phone="+32475409126", address="Molenstraat 48", postcode="8920", municipality="Langemark-Poelkapelle",
                country="BE", project_title="Buurtmeesters op De Vijfwegen", requested_amount="2500.00", total_budget="3100.00"),
    desc=[P("In onze wijk wonen veel alleenstaande ouderen die de weg naar hulp niet altijd vinden. We willen in elke straat van De Vijfwegen een buurtmeester aanduiden: een vrijwilliger die de bewoners kent, eens aanbelt, helpt bij kleine klusjes en doorverwijst naar de juiste dienst of dorpsgenoot."),
          P("De buurtmeesters krijgen een korte opleiding bij het OCMW, een herkenbare badge en een buurtgids met nuttige adressen. Twee keer per jaar nodigen we alle bewoners uit op een nieuwjaarsreceptie en een zomerbarbecue, zodat iedereen zijn buurtmeester leert kennen.")],
    body="""Dag Bram,

In bijlage vind je onze projectfiche voor Maak werk van je buurt.

Groeten,
Dirk Vandewalle
""",
    doc=dict(kind="docx_form", filename="projectfiche_vijfwegen.docx", spec=dict(
        author="Dirk Vandewalle", when=dt.datetime(2019, 6, 8, 9, 50),
        title="Projectfiche – Maak werk van je buurt! (Partons 2.0)",
        intro=["Ingevuld door het buurtcomité."],
        rows=[("Naam vereniging", "Buurtcomité De Vijfwegen"),
              ("Contactpersoon", "Dirk Vandewalle"),
              ("Straat en nummer", "Molenstraat 48"),
              ("Postcode en gemeente", "8920 Langemark-Poelkapelle"),
              ("Telefoon / gsm", "0475 40 91 26"),
              ("E-mail", "dirk.vandewalle@example.net"),
              ("Titel van het project", "Buurtmeesters op De Vijfwegen"),
              ("Korte omschrijving", "{DESC}"),
              ("Gevraagd bedrag", "2.500 €"),
              ("Totale kostprijs", "3.100 €"),
              ("Datum", "8 juni 2019")])),
))

# --------------------------------------------------------------------- D12
MAILS.append(dict(
    slot="D12",
    mail=dict(date="2019-06-11T19:07:00+02:00", from_=("Sandrine Lefebvre", "sandrine.lefebvre@example.net"),
              subject="formulaire Partons 2.0"),
    fields=dict(organisation="Amicale des locataires du Pont d'Achelles", contact_name="Sandrine Lefebvre",
                email="sandrine.lefebvre@example.net", phone="+33353016318", address="4 allée des Tilleuls",
                postcode="59850", municipality="Nieppe", country="FR", project_title="Des couleurs pour la cité",
                requested_amount="7500.00", total_budget="9200.00"),
    desc=[P("Avec les habitants de la cité du Pont d'Achelles, nous voulons réaliser une grande fresque participative sur le pignon du bâtiment B, dessinée avec un artiste de la région et peinte par les enfants, les jeunes et les anciens de la résidence. Nous installerons aussi des bacs à fleurs et à aromates au pied des immeubles, entretenus par les locataires volontaires, et nous terminerons par une fête des voisins pour inaugurer la fresque.")],
    body="""Bonjour,

Veuillez trouver ci-joint notre formulaire de candidature complété.

Sandrine Lefebvre
Amicale des locataires du Pont d'Achelles
""",
    doc=dict(kind="pdf_form", filename="formulaire_candidature_amicale.pdf", spec=dict(
        author="Sandrine Lefebvre", title="Appel à projets Partons 2.0 – Formulaire de candidature",
        subtitle=["Formulaire préparé par l'Amicale des locataires – à renvoyer avant le 16 juin 2019"],
        rows=[dict(label="Nom de la structure", name="structure", value="Amicale des locataires du Pont d'Achelles"),
              dict(label="Personne de contact", name="contact", value="Sandrine Lefebvre"),
              dict(label="Adresse", name="adresse", value="4 allée des Tilleuls"),
              dict(label="Code postal", name="cp", value="59850"),
              dict(label="Commune", name="commune", value="Nieppe"),
              dict(label="Téléphone", name="tel", value="03 53 01 63 18"),
              dict(label="Courriel", name="courriel", value="sandrine.lefebvre@example.net"),
              dict(label="Titre du projet", name="titre", value="Des couleurs pour la cité"),
              dict(label="Description du projet", name="description", value="{DESC}", lines=9),
              dict(label="Montant demandé (€)", name="montant", value="7 500"),
              dict(label="Budget total (€)", name="budget", value="9 200")],
        footer=["Signature : Sandrine Lefebvre, présidente de l'Amicale"])),
))

# --------------------------------------------------------------------- D13
MAILS.append(dict(
    slot="D13",
    mail=dict(date="2019-05-31T08:44:00+02:00", from_=("Geert Callewaert", "geert.callewaert@example.com"),
              subject="Projectidee Kiosk op zondag - Harmonie De Verenigde Vrienden Wervik"),
    fields=dict(organisation="Koninklijke Harmonie De Verenigde Vrienden", contact_name="Geert Callewaert",
                email="geert.callewaert@example.com", phone="+3256317205", address="Kruisekestraat 64",
                postcode="8940", municipality="Wervik", country="BE", project_title="Kiosk op zondag",
                requested_amount="9500.00", total_budget="12000.00"),
    desc=[P("Met ons project willen we de vergeten muziekkiosk op het Sint-Maartensplein opnieuw een plaats in het dorpsleven geven. Samen met de buurtbewoners frissen we de kiosk op en voorzien we verlichting en een kleine geluidsinstallatie. Van juni tot september organiseren we er elke laatste zondag van de maand ‘Kiosk op zondag’: een gratis aperitiefconcert waarop naast de harmonie ook de muziekschool, lokale bandjes en het koor van het woonzorgcentrum optreden, met een drankje geschonken door de buurtbewoners.")],
    charset="windows-1252",
    body="""Geachte,

Graag stellen wij onze vereniging en ons project aan u voor.

De Koninklijke Harmonie De Verenigde Vrienden werd opgericht in 1896 door een groep tabaksarbeiders uit Wervik. Na de verwoestingen van de Eerste Wereldoorlog bouwden de overlevende muzikanten de harmonie in 1920 opnieuw op, en sindsdien speelde ze op elke kermis, processie en wapenstilstandsviering in de stad. In 1971 kregen we de titel ‘Koninklijk’, en in de jaren negentig groeide de vereniging uit tot meer dan zestig muzikanten, met een eigen jeugdorkest en drumband. Vandaag telt de harmonie nog 38 muzikanten tussen 9 en 84 jaar, en repeteren we elke vrijdagavond in de zaal van het Sint-Jozefsinstituut.

{DESC}

Voor dit project vragen wij € 9.500,- aan steun, op een totaal budget van € 12.000,-.

Met muzikale groeten,

Geert Callewaert
voorzitter
Kruisekestraat 64, 8940 Wervik
056 31 72 05
geert.callewaert@example.com
""",
))

# --------------------------------------------------------------------- D14
MAILS.append(dict(
    slot="D14",
    mail=dict(date="2019-06-13T09:35:00+02:00", from_=("Véronique Ghesquière", "veronique.ghesquiere@example.net"),
              subject="Fiche de candidature Partons 2.0 - Maison de quartier de Ploegsteert"),
    fields=dict(organisation="Maison de quartier de Ploegsteert ASBL", contact_name="Véronique Ghesquière",
                email="veronique.ghesquiere@example.net", phone="+3256481793", address="Rue du Moulin 35",
                postcode="7782", municipality="Comines-Warneton", country="BE", project_title="Plug'Street Repair Café",
                requested_amount="3200.00", total_budget="4100.00"),
    desc=[P("Nous voulons lancer un Repair Café à la Maison de quartier : un samedi par mois, des bénévoles bricoleurs du village aident les habitants à réparer eux-mêmes leurs petits appareils électriques, vélos, vêtements et jouets, autour d'un café et d'une part de tarte. Nous achèterons l'outillage nécessaire et organiserons des ateliers pour que les jeunes de l'école de devoirs apprennent aussi à réparer.")],
    body="""Bonjour,

Veuillez trouver en annexe notre fiche de candidature pour l'appel Partons 2.0.

Bien à vous,
Véronique Ghesquière
""",
    doc=dict(kind="docx_form", filename="Fiche candidature MQ Ploegsteert.docx", spec=dict(
        author="Véronique Ghesquière", when=dt.datetime(2019, 6, 12, 21, 15),
        title="Appel à projets Partons 2.0 – Fiche de candidature",
        rows=[("Nom de l'association", "Maison de quartier de Ploegsteert ASBL"),
              ("Présentation de l'association", "La Maison de quartier de Ploegsteert a été créée en 1998 par un groupe de parents du village, à la fermeture de la dernière école de la rue du Moulin. Depuis plus de vingt ans, elle accueille l'école de devoirs, les goûters des aînés et le club de cartes du jeudi, et elle a organisé en 2014 les commémorations du centenaire de la trêve de Noël avec les écoles de la commune."),
              ("Personne de contact", "Véronique Ghesquière"),
              ("Adresse", "Rue du Moulin 35"),
              ("Code postal – Commune", "7782 Comines-Warneton"),
              ("Pays", "Belgique"),
              ("Téléphone", "056 48 17 93"),
              ("Courriel", "veronique.ghesquiere@example.net"),
              ("Titre du projet", "Plug'Street Repair Café"),
              ("Votre idée en quelques lignes", "{DESC}"),
              ("Montant demandé", "3 200 €"),
              ("Budget total", "4 100 €")])),
))

# --------------------------------------------------------------------- N01
MAILS.append(dict(
    slot="N01",
    mail=dict(date="2019-06-13T16:52:00+02:00", from_=("Jolien Devos", "jolien.devos@example.net"),
              subject="Kandidatuur projectoproep Maak werk van je buurt - Stad Mesen", agent=OUTLOOK),
    fields=dict(organisation="Stad Mesen", contact_name="Jolien Devos", email="jolien.devos@example.net",
                phone="+3257443912", address="Markt 3", postcode="8957", municipality="Mesen", country="BE",
                project_title="Mesen Maakt Plaats", requested_amount="10000.00", total_budget="16500.00"),
    desc=None,
    body="""Goeiemiddag,

Hierbij onze kandidatuur voor de projectoproep Maak werk van je buurt.

Projecttitel: Mesen Maakt Plaats
Aanvrager: Stad Mesen
Contactpersoon: Jolien Devos
Adres: Markt 3, 8957 Mesen
Telefoon: 057 44 39 12
E-mail: jolien.devos@example.net
Gevraagd bedrag: € 10.000
Totale projectkost: € 16.500

Met vriendelijke groeten,

Jolien Devos
Deskundige vrije tijd

Stad Mesen | Dienst Vrije Tijd
Markt 3 | 8957 Mesen
T 057 44 39 12 | jolien.devos@example.net
Openingsuren: maandag tot vrijdag van 9u tot 12u, woensdag ook van 14u tot 17u
Stad Mesen - klein maar fijn!

------------------------------------------------------------
DISCLAIMER: Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n) en kunnen vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwittig dan onmiddellijk de afzender en verwijder het bericht. Het is verboden dit bericht te kopiëren, te verspreiden of er op enige andere wijze gebruik van te maken. Het stadsbestuur kan niet aansprakelijk worden gesteld voor de juistheid en volledigheid van de overgebrachte informatie, noch voor vertraging in de ontvangst ervan. Aan dit bericht kunnen geen rechten worden ontleend.
Denk aan het milieu voor u deze e-mail afdrukt.
""",
))

# --------------------------------------------------------------------- N02
MAILS.append(dict(
    slot="N02",
    mail=dict(date="2019-05-24T17:38:00+02:00", from_=("Bernard Vanuxeem", "bernard.vanuxeem@example.com"),
              subject="Merci pour la soirée + une question"),
    fields=dict(organisation="Méteren Village Vivant", contact_name="Bernard Vanuxeem", email="bernard.vanuxeem@example.com",
                phone="+33353018846", address="6 rue des Peupliers", postcode="59270", municipality="Méteren", country="FR"),
    desc=None,
    body="""Bonjour Monsieur Verhelst,

Je tiens tout d'abord à vous remercier très chaleureusement, au nom de tout le bureau de Méteren Village Vivant, pour la séance de brainstorming que vous avez animée chez nous le 21 mai. Nous étions plus de trente habitants autour de la table, ce qui ne nous était pas arrivé depuis bien longtemps, et l'enthousiasme était palpable du début à la fin. Merci aussi pour votre patience et pour la documentation très claire que vous nous avez laissée ; elle circule maintenant de main en main dans le village. C'est une vraie chance pour une petite commune comme la nôtre de pouvoir bénéficier d'un tel accompagnement, et nous tenions à vous le dire.

Suite à cette soirée, plusieurs pistes ont émergé et deux groupes de travail se sont formés. D'où ma question : une même association peut-elle déposer deux projets, ou faut-il choisir ?

Nous vous enverrons notre idée (ou nos idées) un peu plus tard, après la réunion de notre conseil d'administration du 11 juin, mais en tout cas avant la date limite.

Avec toute ma gratitude,

Bernard Vanuxeem
Président de Méteren Village Vivant
6 rue des Peupliers – 59270 Méteren
03 53 01 88 46
""",
))

# --------------------------------------------------------------------- N03
MAILS.append(dict(
    slot="N03",
    mail=dict(date="2019-05-22T15:30:00+02:00", from_=("Kristof Lannoo", "kristof.lannoo@example.com"),
              subject="vraag: mag een school ook indienen?"),
    fields=dict(organisation="Gemeentelijke Basisschool Reninge", contact_name="Kristof Lannoo",
                email="kristof.lannoo@example.com", phone="+3258291477", address="Schoolstraat 6", postcode="8647",
                municipality="Lo-Reninge", country="BE"),
    desc=None,
    body="""Beste meneer Verhelst,

Ik ben leerkracht in de gemeentelijke basisschool van Reninge en kreeg via een collega de projectoproep 'Maak werk van je buurt!' in handen.

Mag een school ook indienen, of moet dat via een vereniging zoals het oudercomité? En als een school mag indienen, moet de directie dan mee ondertekenen?

Alvast bedankt voor uw antwoord.

Met vriendelijke groet,

Kristof Lannoo
leerkracht 5de leerjaar
Gemeentelijke Basisschool Reninge
Schoolstraat 6, 8647 Lo-Reninge
058 29 14 77
""",
))

# --------------------------------------------------------------------- N04
MAILS.append(dict(
    slot="N04",
    mail=dict(date="2019-06-15T10:12:00+02:00", from_=("Marie-Thérèse Dewaele", "mt.dewaele@example.net"),
              subject="Demande de subvention Partons 2.0 - Saint-Jans-Cappel Loisirs"),
    fields=dict(organisation="Saint-Jans-Cappel Loisirs", contact_name="Marie-Thérèse Dewaele", email="mt.dewaele@example.net",
                phone="+33353013559", address="41 route du Mont Noir", postcode="59270", municipality="Saint-Jans-Cappel",
                country="FR", project_title="La Grange en fête", requested_amount="6500.00", total_budget="8000.00"),
    desc=None,
    charset="iso-8859-1",
    body="""Madame, Monsieur,

Permettez-moi de vous présenter notre association.

Saint-Jans-Cappel Loisirs a été fondée en 1972 par un petit groupe de parents et d'agriculteurs du village, qui voulaient offrir aux jeunes autre chose que le café du dimanche. Les premières années, l'association organisait surtout la ducasse de juillet et un bal dans la grange de la ferme Verhaeghe. Dans les années 1980 sont venus le club de gymnastique, la chorale et le voyage annuel des aînés, puis, en 1995, la course cycliste du Mont Noir qui a attiré jusqu'à trois cents coureurs. Aujourd'hui, nous comptons 140 adhérents et une vingtaine de bénévoles, dont certains sont là depuis le tout début, et l'association reste l'un des piliers de la vie du village.

C'est à ce titre que nous sollicitons une aide de 6 500 euros pour notre projet « La Grange en fête », dont le budget total s'élève à 8 000 euros.

Restant à votre disposition,

Marie-Thérèse Dewaele
Secrétaire de Saint-Jans-Cappel Loisirs
41 route du Mont Noir
59270 Saint-Jans-Cappel
Tél. : 03 53 01 35 59
""",
))

# --------------------------------------------------------------------- N05
MAILS.append(dict(
    slot="N05",
    mail=dict(date="2019-06-14T23:02:00+02:00", from_=("Lien Vandaele", "lien.vandaele@example.com"),
              subject="projectoproep", agent=IPHONE),
    fields=dict(organisation="Buurtcomité De Zuidhoek", contact_name="Lien Vandaele", email="lien.vandaele@example.com",
                project_title="Zomer in de Zuidhoek", requested_amount="4500.00", total_budget="5600.00"),
    desc=None,
    body="""Zie bijlage.

Lien Vandaele
""",
    doc=dict(kind="docx_table", filename="begroting zuidhoek.docx", spec=dict(
        author="Lien Vandaele", when=dt.datetime(2019, 6, 14, 22, 31),
        title="Buurtcomité De Zuidhoek – begroting ‘Zomer in de Zuidhoek’",
        header=["Omschrijving", "Bedrag (€)"],
        rows=[["Huur tent en podium (2 dagen)", "1.450,00"],
              ["Tafels en stoelen (aankoop, 10 sets)", "1.980,00"],
              ["Begeleiding participatie-expert (3 avonden)", "900,00"],
              ["Drukwerk affiches en flyers", "320,00"],
              ["Verzekering en auteursrechten", "410,00"],
              ["Eten en drank vrijwilligersmoment", "540,00"],
              ["*Totaal", "5.600,00"],
              ["Eigen inbreng (opbrengst quiz)", "1.100,00"],
              ["*Gevraagd aan Partons 2.0", "4.500,00"]],
        notes=["Alle bedragen in euro, btw inbegrepen."])),
))

# --------------------------------------------------------------------- N06
MAILS.append(dict(
    slot="N06",
    mail=dict(date="2019-06-02T20:14:00+02:00", from_=("Thierry Delassus", "t.delassus@example.com"),
              subject="Appel à projets - formulaire Marcheurs du Mont des Cats"),
    fields=dict(organisation="Les Marcheurs du Mont des Cats", contact_name="Thierry Delassus", email="t.delassus@example.com",
                phone="+33639987103", address="12 chemin du Vieux Moulin", postcode="59299", municipality="Boeschepe",
                country="FR", project_title="Sentier des Sept Chapelles", requested_amount="5000.00", total_budget="6200.00"),
    desc=None,
    body="""Bonjour,

Ci-joint notre formulaire pour l'appel à projets.

Cordialement,
Thierry Delassus
""",
    doc=dict(kind="pdf_form", filename="formulaire_marcheurs.pdf", spec=dict(
        author="Thierry Delassus", title="Partons 2.0 – Formulaire de candidature",
        subtitle=["Association Les Marcheurs du Mont des Cats"],
        rows=[dict(label="Nom de l'association", name="asso", value="Les Marcheurs du Mont des Cats"),
              dict(label="Responsable du projet", name="responsable", value="Thierry Delassus"),
              dict(label="Adresse", name="adresse", value="12 chemin du Vieux Moulin"),
              dict(label="Code postal", name="cp", value="59299"),
              dict(label="Commune", name="commune", value="Boeschepe"),
              dict(label="Téléphone", name="tel", value="06 39 98 71 03"),
              dict(label="Courriel", name="mail", value="t.delassus@example.com"),
              dict(label="Titre du projet", name="titre", value="Sentier des Sept Chapelles"),
              dict(label="Description du projet", name="description", value="", lines=9),
              dict(label="Montant demandé (€)", name="montant", value="5 000"),
              dict(label="Budget total (€)", name="budget", value="6 200")],
        footer=["Fait à Boeschepe, le 2 juin 2019"])),
))
