# -*- coding: utf-8 -*-
"""Invented application mails, half 'test' (20 records).

Every person, group, street, phone number and e-mail address here is invented.
Nothing (people, groups, streets, villages) is shared with content_dev.py.
"""

RECORDS = []


def R(**kw):
    RECORDS.append(kw)


# ---------------------------------------------------------------- T01
R(key="T01", fmt="body_plain", lang="fr", variant="reply",
  date=(2019, 5, 29, 10, 12),
  from_=("Nathalie Coppin", "nathalie.coppin@example.org"),
  subject="Re: Votre projet - Quaëdypre",
  body="""Bonjour Monsieur Declercq,

Merci pour votre retour rapide. Voici les précisions :

Le projet s'appelle « Les Jeudis de la Place ».
Coût total : 8 900 €
Notre apport (buvette des fêtes + commune) : 1 400 €
Montant demandé : 7 500 €

Pour le téléphone, le plus simple est mon portable : 06 09 55 31 84.

Bonne journée,
Nathalie

Le mar. 28 mai 2019 à 14:05, Coordination Partons 2.0 <coordinator@example.org> a écrit :

> Bonjour Madame Coppin,
>
> Merci pour votre message et pour cette belle idée. Afin de compléter
> votre dossier, pourriez-vous me préciser le nom du projet, son coût
> total et le montant que vous demandez ? Un numéro de téléphone serait
> également utile.
>
> Bien cordialement,
>
> Bram Declercq
> Coordinateur du projet Partons 2.0
> Tél. +32 51 00 47 12
>
> Le sam. 25 mai 2019 à 09:30, Nathalie Coppin <nathalie.coppin@example.org> a écrit :
>
>> Madame, Monsieur,
>>
>> Je suis bénévole au Comité d'animation de Quaëdypre. Depuis la
>> fermeture du dernier café, il n'y a plus de lieu de rencontre dans le
>> village. Nous aimerions animer la place de la mairie tous les jeudis
>> soir de juin à septembre : petit marché de producteurs, jeux pour les
>> enfants, musique et une buvette tenue à tour de rôle par les
>> associations.
>>
>> Il nous faudrait des barnums, des tables, un branchement électrique et
>> de quoi faire la publicité dans le village et les hameaux.
>>
>> Bien à vous,
>>
>> Nathalie Coppin
>> 5 place de la Mairie
>> 59380 Quaëdypre
""",
  fields=dict(organisation="Comité d'animation de Quaëdypre", contact_name="Nathalie Coppin",
              email="nathalie.coppin@example.org", phone="+33609553184",
              address="5 place de la Mairie", postcode="59380", municipality="Quaëdypre",
              country="FR", project_title="Les Jeudis de la Place",
              requested_amount="7500.00", total_budget="8900.00"))

# ---------------------------------------------------------------- T02
R(key="T02", fmt="body_plain", lang="fr", variant="iphone",
  date=(2019, 6, 4, 22, 37),
  from_=("Maxime Dehaene", "maxime.dehaene@example.com"),
  subject="projet local jeunes",
  body="""Bonjour

Je suis président de l'asso Les Jeunes de Wylder (association loi 1901, 23 membres de 15 à 25 ans). On voudrait transformer l'ancien vestiaire du foot en local jeunes, ouvert aussi aux autres assos du village le week-end : peinture, mobilier, un baby-foot, une petite cuisine. On fera les travaux nous-mêmes avec les parents, un menuisier du village nous aide.

On demande 9 800 € (on n'a pas encore le total exact, on attend un devis pour l'électricité).

Maxime Dehaene, 11 rue du Stade, 59380 Wylder, 06.47.21.80.36

Envoyé de mon iPhone
""",
  fields=dict(organisation="Les Jeunes de Wylder", contact_name="Maxime Dehaene",
              email="maxime.dehaene@example.com", phone="+33647218036",
              address="11 rue du Stade", postcode="59380", municipality="Wylder",
              country="FR", requested_amount="9800.00"))

# ---------------------------------------------------------------- T03
R(key="T03", fmt="body_plain", lang="nl", variant="forward",
  date=(2019, 6, 4, 8, 50),
  from_=("Stijn Goethals", "vrijetijd.alveringem@example.org"),
  subject="Fwd: projectidee buurtmeesters Molenhoek",
  body="""Beste,

Onderstaande mail kwam bij ons binnen op de dienst vrije tijd. Ik denk dat
dit voor jullie oproep bedoeld is, dus ik stuur het door. Mevrouw Lams is
op de hoogte.

Met vriendelijke groeten,

Stijn Goethals
Dienst Vrije Tijd – gemeente Alveringem
058 00 12 34


-------- Doorgestuurd bericht --------
Onderwerp: 	projectidee buurtmeesters Molenhoek
Datum: 	Mon, 3 Jun 2019 09:14:22 +0200
Van: 	Gerda Lams <gerda.lams@example.net>
Aan: 	vrijetijd.alveringem@example.org



Goedemorgen,

Ik schrijf u namens ons buurtcomité De Molenhoek in Beveren-aan-den-IJzer.
Ik las in het gemeenteblad over de oproep "Maak werk van je buurt" en we
hebben een idee.

In onze wijk wonen veel alleenstaande ouderen. We willen vier
"buurtmeesters" aanstellen: buren die een aanspreekpunt zijn voor hun
straat, die eens binnenspringen, weten wie kan helpen met een klusje en
nieuwe bewoners verwelkomen. Om te starten willen we een opleidingsavond,
een kleine brochure met alle contacten, een herkenbaar bordje aan de deur
en twee buurtfeesten.

We vragen daarvoor 2.750 euro.

Gerda Lams
Molenhoekstraat 6
8691 Beveren-aan-den-IJzer
gsm 0494 26 88 13
""",
  fields=dict(organisation="Buurtcomité De Molenhoek", contact_name="Gerda Lams",
              email="gerda.lams@example.net", phone="+32494268813",
              address="Molenhoekstraat 6", postcode="8691", municipality="Beveren-aan-den-IJzer",
              country="BE", requested_amount="2750.00"))

# ---------------------------------------------------------------- T04
R(key="T04", fmt="body_plain", lang="nl", variant="plain",
  date=(2019, 5, 21, 21, 16),
  from_=("Bart Vanhee", "bart.vanhee@example.com"),
  subject="projectidee Loker Leeft",
  body="""Beste coördinator

namens de feitelijke vereniging 't Pleintje uit Loker willen wij graag ons project "Loker Leeft" indienen.

Ons dorp heeft geen winkel meer, geen café dat elke dag open is, en de jongeren trekken weg. Met een groep van 15 buren (jong en oud) willen we het dorpsplein terug tot leven brengen:
- elke laatste zondag van de maand een boerenmarkt met producten uit de streek
- een ontmoetingshoek met een koffiebar, gerund door vrijwilligers
- een speeltuintje voor de kleinsten
We willen ook een bevraging houden bij alle inwoners om te zien wat ze nog missen.

We ramen het geheel op 9.750 euro, zelf brengen we 750 euro in, dus vragen we 9.000 euro.

Contact: Bart Vanhee, Reningelststraat 8 bus 1, Loker 8958, 0472.18.44.90, bart.vanhee@example.com

Vriendelijke groeten
Bart
""",
  fields=dict(organisation="'t Pleintje", contact_name="Bart Vanhee",
              email="bart.vanhee@example.com", phone="+32472184490",
              address="Reningelststraat 8 bus 1", postcode="8958", municipality="Loker",
              country="BE", project_title="Loker Leeft",
              requested_amount="9000.00", total_budget="9750.00"))

# ---------------------------------------------------------------- T05
R(key="T05", fmt="body_html", lang="fr", variant="table",
  date=(2019, 5, 16, 20, 41),
  from_=("Amicale des Parents d'Élèves d'Oost-Cappel", "ape.oostcappel@example.com"),
  subject="Projet cour de récréation ouverte",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
<p>Madame, Monsieur,</p>
<p>L'Amicale des Parents d'Élèves d'Oost-Cappel souhaite vous présenter le projet <i>« Une cour pour tout le village »</i>.</p>
<p>La cour de l'école est le seul espace de jeu du village. Avec la mairie, nous voulons l'ouvrir le mercredi après-midi et le samedi à tous les enfants et à leurs familles. Les élèves ont dessiné leurs jeux idéaux : marelles, parcours, un mur d'escalade bas et des bancs pour les parents et les grands-parents.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td colspan="2"><b>Budget prévisionnel</b></td></tr>
<tr><td>Jeux de cour et mur d'escalade</td><td align="right">3 200 €</td></tr>
<tr><td>Peinture des jeux au sol</td><td align="right">1 450 €</td></tr>
<tr><td>Fête d'inauguration</td><td align="right">600 €</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>5 250 €</b></td></tr>
<tr><td>Apport de l'amicale</td><td align="right">450 €</td></tr>
<tr><td><b>Subvention demandée</b></td><td align="right"><b>4 800 €</b></td></tr>
</table>
<p>Nos coordonnées :</p>
<table cellpadding="3">
<tr><td>Contact</td><td>Émilie Dufour, présidente</td></tr>
<tr><td>Adresse</td><td>19 rue de l'École</td></tr>
<tr><td>Ville</td><td>59122 Oost-Cappel</td></tr>
<tr><td>Téléphone</td><td>03 28 62 05 91</td></tr>
<tr><td>Courriel</td><td>ape.oostcappel@example.com</td></tr>
</table>
<p>Cordialement,<br>Émilie Dufour</p>
</body></html>
""",
  fields=dict(organisation="Amicale des Parents d'Élèves d'Oost-Cappel", contact_name="Émilie Dufour",
              email="ape.oostcappel@example.com", phone="+33328620591",
              address="19 rue de l'École", postcode="59122", municipality="Oost-Cappel",
              country="FR", project_title="Une cour pour tout le village",
              requested_amount="4800.00", total_budget="5250.00"))

# ---------------------------------------------------------------- T06
R(key="T06", fmt="body_html", lang="nl", variant="br",
  date=(2019, 5, 11, 15, 3),
  from_=("Roger Debaene", "roger.debaene@example.net"),
  subject="Rij mee !",
  html="""<html><body><font face="Arial" size="3">
Geachte heer of mevrouw,<br><br>
Ik ben Roger Debaene, 68 jaar en gepensioneerd (vroeger vrachtwagenchauffeur). Met een paar andere gepensioneerden uit Wulveringem willen we een vrijwillige chauffeursdienst opzetten: <b>&quot;Rij-Mee Wulveringem&quot;</b>. Wie niet meer met de auto kan, kan ons bellen om naar de dokter, de markt of het ziekenhuis te gaan. We zijn nu met zeven chauffeurs.<br><br>
We hebben geld nodig voor een verzekering, een gsm voor de permanentie, een opleiding 'veilig rijden met minder mobiele mensen' en folders.<br><br>
Kostprijs: &euro; 6.200<br>
Wat we vragen: &euro; 5.000<br><br>
Mijn adres: Zuidstraat 27, 8630 Wulveringem<br>
Telefoon: 058 29 61 40<br><br>
Met vriendelijke groet,<br>
Roger Debaene
</font></body></html>
""",
  fields=dict(contact_name="Roger Debaene",
              email="roger.debaene@example.net", phone="+3258296140",
              address="Zuidstraat 27", postcode="8630", municipality="Wulveringem",
              country="BE", project_title="Rij-Mee Wulveringem",
              requested_amount="5000.00", total_budget="6200.00"))

# ---------------------------------------------------------------- T07
R(key="T07", fmt="docx_letter", lang="nl",
  date=(2019, 6, 7, 19, 25),
  from_=("Ria Vandenbroucke", "ria.vandenbroucke@example.com"),
  subject="brief van Dirk Deprez - Vriendenkring",
  body="""Goeiedag,

Ik stuur dit door voor mijn man Dirk, hij heeft de brief geschreven maar zit niet graag achter de computer. Zijn eigen mailadres staat in de brief.

Groeten,
Ria
""",
  attach_name="brief Partons.docx",
  doc=[
      ("addr", ["Vriendenkring Sint-Jacobskapelle", "Dirk Deprez, voorzitter", "Dorpsweg 15",
                "8600 Sint-Jacobskapelle", "dirk.deprez@example.net – 0475 63 09 82"]),
      ("right", "Sint-Jacobskapelle, 7 juni 2019"),
      ("addr", ["Aan: coördinator Partons 2.0"]),
      ("b", "Onderwerp: Een dorpshuis in de oude school"),
      ("p", "Beste,"),
      ("p", "Ons dorp telt amper 200 inwoners. Sinds de school in 2009 dichtging, staat het gebouw leeg en hebben we geen plek meer om samen te komen. De Vriendenkring organiseert wel nog de kermis en de kerstmarkt, maar dan in een tent."),
      ("p", "De stad is bereid het gebouw voor 1 euro per jaar aan ons te verhuren. Wij willen er een eenvoudig dorpshuis van maken: een zaal voor 60 personen, een kleine keuken en een bibliotheekhoekje. Om te beginnen laten we een architect een plan maken en houden we drie bewonersavonden om samen te beslissen wat er moet gebeuren."),
      ("p", "De volledige opknapbeurt kost volgens de eerste raming € 24.500. Een deel betalen we met onze eigen spaarpot en een deel met hulp van de stad. Van Partons 2.0 vragen we 9.990,00 EUR voor het architectenwerk, de bewonersavonden en de eerste inrichting (tafels, stoelen, keukentje)."),
      ("p", "Met dank en vriendelijke groeten,"),
      ("sig", ["Dirk Deprez", "voorzitter"]),
  ],
  fields=dict(organisation="Vriendenkring Sint-Jacobskapelle", contact_name="Dirk Deprez",
              email="dirk.deprez@example.net", phone="+32475630982",
              address="Dorpsweg 15", postcode="8600", municipality="Sint-Jacobskapelle",
              country="BE", project_title="Een dorpshuis in de oude school",
              requested_amount="9990.00", total_budget="24500.00"))

# ---------------------------------------------------------------- T08  (ODT letter, counted as docx_letter)
R(key="T08", fmt="docx_letter", lang="fr", variant="odt",
  date=(2019, 5, 22, 10, 30),
  from_=("Hélène Vanbelle", "helene.vanbelle@example.org"),
  subject="dossier candidature",
  body="""Bonjour,
Je vous adresse ci-joint notre lettre (format LibreOffice).
Cordialement,
Hélène Vanbelle
""",
  attach_name="Lettre candidature Patrimoine Caestre.odt",
  doc=[
      ("head", ["Patrimoine et Mémoire de Caëstre", "Association loi 1901",
                "4 rue de la Brasserie – 59190 Caëstre"]),
      ("right", "Caëstre, le 22 mai 2019"),
      ("p", "Madame, Monsieur,"),
      ("p", "Au nom de l'association Patrimoine et Mémoire de Caëstre, j'ai l'honneur de vous présenter notre projet « Le chemin des chapelles »."),
      ("p", "Notre commune compte onze chapelles et oratoires, dont plusieurs sont en mauvais état et que les habitants ne connaissent plus. Nous proposons de créer un circuit de promenade de 9 km qui les relie, avec un dépliant, des panneaux explicatifs rédigés avec les anciens du village et les élèves de CM2, et une journée inaugurale avec une marche commentée et un goûter."),
      ("p", "Le coût total du projet est estimé à 6 300 €. L'association prendra en charge 1 800 € grâce à ses adhérents et à la brocante annuelle."),
      ("p", "Vous pouvez me contacter au 03 28 41 36 07 ou par courriel : helene.vanbelle@example.org."),
      ("p", "Veuillez recevoir, Madame, Monsieur, mes salutations respectueuses."),
      ("sig", ["Hélène Vanbelle", "Secrétaire"]),
  ],
  fields=dict(organisation="Patrimoine et Mémoire de Caëstre", contact_name="Hélène Vanbelle",
              email="helene.vanbelle@example.org", phone="+33328413607",
              address="4 rue de la Brasserie", postcode="59190", municipality="Caëstre",
              country="FR", project_title="Le chemin des chapelles",
              requested_amount="4500.00", total_budget="6300.00"))

# ---------------------------------------------------------------- T09
R(key="T09", fmt="pdf_letter", lang="fr",
  date=(2019, 5, 12, 18, 0),
  from_=("Patrick Verhille", "patrick.verhille@example.net"),
  subject="Comité des Fêtes d'Eecke - candidature",
  body="""Bonsoir,

Veuillez trouver en pièce jointe la candidature du Comité des Fêtes d'Eecke.

Salutations,
Patrick Verhille
""",
  attach_name="Candidature_CDF_Eecke.pdf",
  doc=[
      ("head", ["COMITÉ DES FÊTES D'EECKE"]),
      ("right", "Eecke, le 12 mai 2019"),
      ("b", "Objet : candidature Partons 2.0 – « La ducasse des enfants »"),
      ("p", "Madame, Monsieur,"),
      ("p", "Notre comité organise depuis 40 ans la ducasse d'Eecke. Cette année, nous voulons y ajouter une journée pensée par et pour les enfants, avec les anciens du village : des jeux flamands traditionnels fabriqués ensemble pendant des ateliers du mercredi, des jeux d'estaminet et un grand goûter sous chapiteau."),
      ("p", "Les grands-parents transmettent leurs savoir-faire, les enfants apprennent les règles des jeux, et tout le village se retrouve."),
      ("table", [["Fabrication de jeux flamands (bois, quincaillerie)", "3 800 €"],
                 ["Animation et encadrement", "2 600 €"],
                 ["Location chapiteau", "1 700 €"],
                 ["Communication", "500 €"],
                 ["Goûter et boissons", "1 000 €"],
                 ["Total", "9 600 €"],
                 ["Apport du comité", "1 600 €"],
                 ["Subvention demandée", "8 000 €"]], {"bold": [5, 7]}),
      ("p", "Pour tout renseignement : Patrick Verhille, 27 bis rue de Steenvoorde, 59114 Eecke – 06 86 12 45 30 – patrick.verhille@example.net"),
      ("p", "Recevez, Madame, Monsieur, nos salutations les meilleures."),
      ("sig", ["Patrick Verhille", "Président du Comité des Fêtes"]),
  ],
  fields=dict(organisation="Comité des Fêtes d'Eecke", contact_name="Patrick Verhille",
              email="patrick.verhille@example.net", phone="+33686124530",
              address="27 bis rue de Steenvoorde", postcode="59114", municipality="Eecke",
              country="FR", project_title="La ducasse des enfants",
              requested_amount="8000.00", total_budget="9600.00"))

# ---------------------------------------------------------------- T10
R(key="T10", fmt="pdf_letter", lang="nl",
  date=(2019, 5, 19, 16, 35),
  from_=("Jana Vereecke", "jana.vereecke@example.org"),
  subject="Aanvraag Jeugdhuis 't Kelderke",
  body="""Hoi,

Hierbij onze aanvraag voor de projectoproep, in pdf.

Groetjes
Jana
""",
  attach_name="Kelderke_Buiten_aanvraag.pdf",
  doc=[
      ("head", ["Jeugdhuis 't Kelderke", "Bikschotestraat 12A, 8650 Merkem", "jhkelderke@example.org"]),
      ("right", "Merkem, 19 mei 2019"),
      ("b", "Betreft: projectoproep Maak werk van je buurt! – Kelderke Buiten"),
      ("p", "Beste,"),
      ("p", "Wij zijn het jeugdhuis van Merkem, gerund door 18 vrijwilligers tussen 16 en 24 jaar. Achter ons gebouw ligt een tuin die al jaren niet gebruikt wordt."),
      ("p", "Met \"Kelderke Buiten\" willen we die tuin samen met de buurt omvormen tot een ontmoetingsplek voor het hele dorp: een terras met zomerbar, een petanquebaan die we delen met de seniorenclub en een paar moestuinbakken die de buren mogen gebruiken. We bouwen alles zelf tijdens drie werkweekends, met hulp van een tuinaannemer uit het dorp."),
      ("p", "Begroting: totaal € 8.650 – eigen inbreng € 850 (opbrengst van onze spaghettiavond) – gevraagd € 7.800."),
      ("p", "Contactpersoon: Jana Vereecke, 0491 33 72 05, jana.vereecke@example.org"),
      ("p", "Met vriendelijke groeten,"),
      ("sig", ["Jana Vereecke", "voor het bestuur van Jeugdhuis 't Kelderke"]),
  ],
  fields=dict(organisation="Jeugdhuis 't Kelderke", contact_name="Jana Vereecke",
              email="jana.vereecke@example.org", phone="+32491337205",
              address="Bikschotestraat 12A", postcode="8650", municipality="Merkem",
              country="BE", project_title="Kelderke Buiten",
              requested_amount="7800.00", total_budget="8650.00"))

# ---------------------------------------------------------------- T11
R(key="T11", fmt="rtf", lang="nl",
  date=(2019, 5, 28, 21, 48),
  from_=("Annelies Vandevoorde", "annelies.vandevoorde@example.com"),
  subject="projectidee De Kerkhoek",
  body="""Dag,
In bijlage ons projectidee (RTF-bestand).
Groetjes, Annelies
""",
  attach_name="projectidee_Kerkhoek.rtf",
  doc=[
      ("head", ["Buurtvereniging De Kerkhoek", "Oostkerke – Diksmuide"]),
      ("right", "Oostkerke, 28 mei 2019"),
      ("b", "Betreft: projectidee ‘Kerkhoekse Pluktuin’"),
      ("p", "Beste coördinator,"),
      ("p", "Onze buurtvereniging telt een 45-tal gezinnen rond de kerk van Oostkerke. Achter de pastorijtuin ligt een stuk grond van de kerkfabriek dat we mogen gebruiken. Daar willen we een pluktuin aanleggen: fruitbomen, bessenstruiken, bloemen en kruiden, vrij te plukken voor iedereen uit het dorp."),
      ("p", "We werken samen met de imker van het dorp en met de kinderen van de jeugdbeweging. Een tuinarchitecte helpt ons met het ontwerp, en we plannen twee plantdagen en een oogstfeest in het najaar. Zo leren de oude en nieuwe inwoners elkaar beter kennen. Ideeën van de buren zijn altijd welkom."),
      ("p", "Financieel: het hele project kost € 7.000,-. Onze vereniging zorgt zelf voor € 750,- (materiaal en drank voor de plantdagen). We vragen dus € 6.250,-."),
      ("p", "Contact: Annelies Vandevoorde, Pastorijstraat 3, 8600 Oostkerke, tel. 051 50 63 28, annelies.vandevoorde@example.com"),
      ("p", "Met vriendelijke groeten,"),
      ("sig", ["Annelies Vandevoorde", "secretaris"]),
  ],
  fields=dict(organisation="Buurtvereniging De Kerkhoek", contact_name="Annelies Vandevoorde",
              email="annelies.vandevoorde@example.com", phone="+3251506328",
              address="Pastorijstraat 3", postcode="8600", municipality="Oostkerke",
              country="BE", project_title="Kerkhoekse Pluktuin",
              requested_amount="6250.00", total_budget="7000.00"))

# ---------------------------------------------------------------- T12
R(key="T12", fmt="scan_pdf", lang="fr", variant="typed",
  date=(2019, 6, 6, 11, 15),
  from_=("Union commerciale de Steenvoorde", "uc.steenvoorde@example.net"),
  subject="Candidature - marché du vendredi soir",
  body="""Bonjour,

Veuillez trouver ci-joint notre courrier signé (scan).

Cordialement,
Le bureau de l'Union commerciale
""",
  attach_name="SKM_C25819060611150.pdf", dpi=160,
  doc=[
      ("head", ["UNION COMMERCIALE DE STEENVOORDE",
                "Siège : 8 Grand'Place – 59114 Steenvoorde",
                "Tél. 03 28 43 27 90 – uc.steenvoorde@example.net"]),
      ("right", "Steenvoorde, le 6 juin 2019"),
      ("b", "Objet : Appel à projets Partons 2.0 — « Le marché du vendredi soir »"),
      ("p", "Madame, Monsieur,"),
      ("p", "L'Union commerciale regroupe 34 commerçants et artisans de Steenvoorde. Le centre-bourg se vide après 18 heures et beaucoup d'habitants font leurs courses dans les zones commerciales."),
      ("p", "Nous souhaitons créer un marché du vendredi soir, d'avril à octobre, sur la Grand'Place : producteurs locaux, food-trucks, musique, et un espace « troc et réparation » animé par des bénévoles. Une enquête auprès des habitants et l'accompagnement d'un expert en participation nous aideront à construire le projet avec eux."),
      ("p", "Le budget total s'élève à 13 750 €. Les commerçants apportent 3 750 €. Nous sollicitons donc 10 000 €."),
      ("p", "La personne de contact pour ce dossier est notre secrétaire, Mme Isabelle Vanhove (06 72 40 18 95)."),
      ("p", "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées."),
      ("sig2", ["Le Président", "Jacques Blondeel"], ["La Secrétaire", "Isabelle Vanhove"]),
  ],
  fields=dict(organisation="Union commerciale de Steenvoorde", contact_name="Isabelle Vanhove",
              email="uc.steenvoorde@example.net", phone="+33672401895",
              address="8 Grand'Place", postcode="59114", municipality="Steenvoorde",
              country="FR", project_title="Le marché du vendredi soir",
              requested_amount="10000.00", total_budget="13750.00"))

# ---------------------------------------------------------------- T13
R(key="T13", fmt="scan_pdf", lang="nl", variant="hand",
  date=(2019, 6, 1, 14, 20),
  from_=("Rita Coussement", "rita.coussement@example.net"),
  subject="brief",
  body="""Goeiedag, hierbij mijn brief.
Rita Coussement
""",
  attach_name="doc00231.pdf", dpi=150, font="CaveatBrush",
  doc=[
      ("right", "Pollinkhove, 1 juni 2019"),
      ("p", "Beste mensen van Partons,"),
      ("p", "Ik ben boerin in Pollinkhove, we hebben een melkveebedrijf en een kleine hoevewinkel. Met een paar andere boerinnen uit het dorp willen we iets doen tegen de eenzaamheid van de ouderen op de boerderijen hier rond."),
      ("p", "Ons plan: elke 2de dinsdag van de maand een koffienamiddag met taart en een kaartspel, telkens op een andere boerderij, en we halen de mensen thuis op met de auto. In de zomer een grote picknick voor heel het dorp."),
      ("p", "Daarvoor vragen we drieduizend vijfhonderd euro (3.500 €) voor tafels, stoelen, een tent en het vervoer."),
      ("p", "Vriendelijke groeten,"),
      ("sig", ["Rita Coussement", "Hoogweg 2, 8647 Pollinkhove", "tel 058 28 45 17"]),
  ],
  fields=dict(contact_name="Rita Coussement",
              email="rita.coussement@example.net", phone="+3258284517",
              address="Hoogweg 2", postcode="8647", municipality="Pollinkhove",
              country="BE", requested_amount="3500.00"))

# ---------------------------------------------------------------- T14
R(key="T14", fmt="scan_pdf", lang="fr", variant="form",
  date=(2019, 5, 24, 10, 5),
  from_=("Denise Schepman", "club.amitie.hardifort@example.org"),
  subject="projet du club",
  body="""Bonjour,

Voici notre demande remplie et scannée.

Denise Schepman
Club de l'Amitié
""",
  attach_name="numerisation0007.pdf", dpi=170, font="JustMeAgainDownHere",
  form=dict(
      title="DEMANDE DE SOUTIEN",
      subtitle="Appel à projets « Partons 2.0 » – date limite : 16 juin 2019",
      style="boxes",
      items=[
          ("Organisme", "Club de l'Amitié de Hardifort", 1),
          ("Nom, prénom du responsable", "SCHEPMAN Denise", 1),
          ("Adresse", "3 rue Principale", 1),
          ("Code postal", "59670", 1),
          ("Commune", "Hardifort", 1),
          ("Téléphone", "03.28.42.61.09", 1),
          ("Courriel", "club.amitie.hardifort@example.org", 1),
          ("Nom du projet", "Jeux et numérique pour tous", 1),
          ("Votre projet en quelques lignes", "Des après-midis jeux de société ouverts à tout le village, avec une tablette et un animateur pour aider les anciens à utiliser internet et à garder le contact avec les petits-enfants.", 3),
          ("Coût total", "2 800 €", 1),
          ("Montant demandé", "2 300 €", 1),
          ("Fait à ... le ...", "Hardifort, le 23/05/2019", 1),
      ]),
  fields=dict(organisation="Club de l'Amitié de Hardifort", contact_name="Denise Schepman",
              email="club.amitie.hardifort@example.org", phone="+33328426109",
              address="3 rue Principale", postcode="59670", municipality="Hardifort",
              country="FR", project_title="Jeux et numérique pour tous",
              requested_amount="2300.00", total_budget="2800.00"))

# ---------------------------------------------------------------- T15
R(key="T15", fmt="photo", lang="nl", variant="hand",
  date=(2019, 6, 9, 17, 52),
  from_=("Lotte Dewitte", "lotte.dewitte@example.com"),
  subject="onze brief (foto)",
  body="""Hallo,

In bijlage een foto van onze brief.

Groetjes
Lotte (Jongerenraad Bulskamp)
""",
  attach_name="IMG_20190609_174803.jpg", font="Mansalva",
  doc=[
      ("right", "Bulskamp, 9 juni 2019"),
      ("p", "Beste,"),
      ("p", "Wij zijn de Jongerenraad van Bulskamp, 9 jongeren tussen 14 en 19 jaar. In ons dorp is er niets voor jongeren: geen jeugdhuis, geen sportveld."),
      ("p", "Ons idee heet \"Het Speelveld\": een klein sportveldje met een pannakooi en een zitplek op het grasveld naast de zaal. Voor jong en oud, want er komt ook een petanquebaan voor de senioren. We maken het plan samen met de buurt en we openen met een dorpsbarbecue."),
      ("p", "In totaal kost het 8.200 euro. We hebben zelf al 1.200 euro (taartenverkoop en sponsors), dus we vragen 7.000 euro."),
      ("sig", ["Contact: Lotte Dewitte", "Oude Kerkweg 41, 8630 Bulskamp", "0489 72 15 36", "lotte.dewitte@example.com"]),
  ],
  fields=dict(organisation="Jongerenraad Bulskamp", contact_name="Lotte Dewitte",
              email="lotte.dewitte@example.com", phone="+32489721536",
              address="Oude Kerkweg 41", postcode="8630", municipality="Bulskamp",
              country="BE", project_title="Het Speelveld",
              requested_amount="7000.00", total_budget="8200.00"))

# ---------------------------------------------------------------- T16
R(key="T16", fmt="photo", lang="fr", variant="typed",
  date=(2019, 5, 15, 19, 40),
  from_=("Valérie Lheureux", "valerie.lheureux@example.net"),
  subject="Projet Les Mots de Méteren",
  body="""Bonjour,

Je vous envoie une photo de notre lettre, désolée pour la qualité.

Valérie Lheureux
""",
  attach_name="IMG_3187.JPG",
  doc=[
      ("head", ["Les Mots de Méteren", "association loi 1901"]),
      ("addr", ["Valérie Lheureux, présidente", "12 rue des Tisserands", "59270 Méteren",
                "06 35 90 27 14 – valerie.lheureux@example.net"]),
      ("right", "Méteren, le 15 mai 2019"),
      ("b", "Objet : « Boîtes à livres et lectures au jardin »"),
      ("p", "Madame, Monsieur,"),
      ("p", "Je suis professeure de français au collège et présidente de l'association Les Mots de Méteren, qui anime depuis trois ans un club de lecture pour adultes et des ateliers d'écriture pour les collégiens."),
      ("p", "Nous souhaitons installer trois boîtes à livres dans le village (sur la place, près de l'école et au lotissement des Prés), construites par l'atelier menuiserie d'un lycée professionnel, et organiser de mai à septembre des « lectures au jardin » : chaque mois, un habitant ouvre son jardin et des bénévoles lisent des textes, en français et en flamand, pour petits et grands."),
      ("p", "Coût total : 4 900 € – apport de l'association : 750 € – montant demandé : 4 150 €."),
      ("p", "En vous remerciant par avance de l'attention portée à notre demande, je vous prie d'agréer mes salutations distinguées."),
      ("sig", ["Valérie Lheureux"]),
  ],
  fields=dict(organisation="Les Mots de Méteren", contact_name="Valérie Lheureux",
              email="valerie.lheureux@example.net", phone="+33635902714",
              address="12 rue des Tisserands", postcode="59270", municipality="Méteren",
              country="FR", project_title="Boîtes à livres et lectures au jardin",
              requested_amount="4150.00", total_budget="4900.00"))

# ---------------------------------------------------------------- T17
R(key="T17", fmt="photo", lang="nl", variant="form",
  date=(2019, 6, 3, 20, 30),
  from_=("Jens Lannoo", "jens.lannoo@example.net"),
  subject="inschrijvingsfiche speelplein",
  body="""Dag,

Zie foto in bijlage.

Jens
""",
  attach_name="IMG_20190603_202611.jpg", font="CaveatBrush",
  form=dict(
      title="INSCHRIJVINGSFICHE PROJECTIDEE",
      subtitle="Maak werk van je buurt! – projectenoproep Westhoek",
      style="numbered",
      items=[
          ("Organisatie", "Speelpleinwerking De Knikker", 1),
          ("Naam contactpersoon", "Jens Lannoo", 1),
          ("Straat + nr", "Kaaskerkestraat 23", 1),
          ("Postcode", "8600", 1),
          ("Gemeente", "Pervijze", 1),
          ("Tel./gsm", "0496 / 58 21 07", 1),
          ("E-mail", "deknikker.pervijze@example.net", 1),
          ("Naam van het project", "Speelbos De Knikker", 1),
          ("Wat willen jullie doen?", "Het bosje achter de sporthal ombouwen tot speelbos voor alle kinderen van het dorp: hutten, een evenwichtsparcours en een vuurplaats. Met twee bouwdagen voor ouders en buren.", 3),
          ("Totale kost", "€ 6.900", 1),
          ("Eigen inbreng", "€ 1.400", 1),
          ("Gevraagd bedrag", "€ 5.500", 1),
      ]),
  fields=dict(organisation="Speelpleinwerking De Knikker", contact_name="Jens Lannoo",
              email="deknikker.pervijze@example.net", phone="+32496582107",
              address="Kaaskerkestraat 23", postcode="8600", municipality="Pervijze",
              country="BE", project_title="Speelbos De Knikker",
              requested_amount="5500.00", total_budget="6900.00"))

# ---------------------------------------------------------------- T18
R(key="T18", fmt="pdf_form", lang="fr",
  date=(2019, 5, 30, 13, 13),
  from_=("Thierry Devos", "thierry.devos@example.com"),
  subject="formulaire rempli",
  body="""Bonjour,

Ci-joint le formulaire rempli pour notre association.

Cordialement,
Thierry Devos
""",
  attach_name="formulaire_Vivre_a_Ledringhem.pdf",
  form=dict(
      title="Fiche de candidature – Partons 2.0",
      subtitle="Villages et quartiers vivants – Westhoek / Flandre intérieure",
      layout="above",
      items=[
          ("Texte1", "Nom de l'association", "Vivre à Ledringhem", 1),
          ("Texte2", "Responsable", "Thierry Devos", 1),
          ("champ3", "Adresse", "6 rue de Wormhout", 1),
          ("champ4", "Code postal", "59470", 1),
          ("champ5", "Commune", "Ledringhem", 1),
          ("Zone6", "Téléphone", "+33 3 28 62 77 45", 1),
          ("Zone7", "Courriel", "vivre.ledringhem@example.com", 1),
          ("Texte8", "Titre du projet", "Le verger partagé de Ledringhem", 1),
          ("Texte9", "Description", "Planter un verger de variétés anciennes sur le terrain\ncommunal derrière l'église, avec les écoliers et les\nhabitants, et organiser une fête des vergers à l'automne.", 4),
          ("Texte10", "Montant demandé", "5 600 euros", 1),
          ("Texte11", "Coût total du projet", "7 000 euros", 1),
      ]),
  fields=dict(organisation="Vivre à Ledringhem", contact_name="Thierry Devos",
              email="vivre.ledringhem@example.com", phone="+33328627745",
              address="6 rue de Wormhout", postcode="59470", municipality="Ledringhem",
              country="FR", project_title="Le verger partagé de Ledringhem",
              requested_amount="5600.00", total_budget="7000.00"))

# ---------------------------------------------------------------- T19
R(key="T19", fmt="docx_form", lang="nl",
  date=(2019, 6, 10, 22, 14),
  from_=("Mieke Lievens", "mieke.lievens@example.org"),
  subject="projectfiche wijkcomité",
  body="""Beste,

Hierbij de projectfiche van ons wijkcomité.

Vriendelijke groeten,
Mieke Lievens
""",
  attach_name="projectfiche Sint-Jan-Noord.docx",
  form=dict(
      title="Projectfiche Maak werk van je buurt!",
      items=[
          ("Naam organisatie", "Wijkcomité Sint-Jan-Noord (feitelijke vereniging)"),
          ("Contactpersoon", "LIEVENS Mieke"),
          ("Adres", "Zonnebloemlaan 28"),
          ("Postcode en gemeente", "Sint-Jan (Ieper), 8900"),
          ("Telefoon", "0477/45.12.83"),
          ("E-mail", "wijkcomite.sintjannoord@example.org"),
          ("Titel project", "Groene Long Sint-Jan"),
          ("Beschrijving", "Het grasveld tussen de blokken wordt een groene ontmoetingsplek: bloemenweide, bomen, een pergola met zitbanken en een buurtmoestuin. Ontwerp samen met een landschapsarchitect en drie buurtavonden."),
          ("Totale kost", "€ 9.250"),
          ("Eigen inbreng", "€ 1.250"),
          ("Gevraagd bedrag", "€ 8.000"),
      ]),
  fields=dict(organisation="Wijkcomité Sint-Jan-Noord", contact_name="Mieke Lievens",
              email="wijkcomite.sintjannoord@example.org", phone="+32477451283",
              address="Zonnebloemlaan 28", postcode="8900", municipality="Sint-Jan",
              country="BE", project_title="Groene Long Sint-Jan",
              requested_amount="8000.00", total_budget="9250.00"))

# ---------------------------------------------------------------- T20
R(key="T20", fmt="odt_form", lang="fr",
  date=(2019, 6, 8, 16, 0),
  from_=("Pascal Ducrocq", "pascal.ducrocq@example.net"),
  subject="candidature Amicale laïque",
  body="""Bonjour,

Vous trouverez ci-joint notre fiche de candidature au format ODT.

Bien cordialement,
Pascal Ducrocq
""",
  attach_name="fiche_candidature_amicale_rubrouck.odt",
  form=dict(
      title="Fiche de candidature – appel à projets Partons 2.0",
      items=[
          ("Nom de l'association", "Amicale laïque de Rubrouck"),
          ("Personne à contacter", "M. Pascal Ducrocq"),
          ("Adresse", "21 rue de Cassel"),
          ("CP / Ville", "59285 Rubrouck"),
          ("Téléphone", "06 62 18 33 47"),
          ("Courriel", "amicale.rubrouck@example.net"),
          ("Titre du projet", "Café associatif du samedi"),
          ("Description", "Ouvrir chaque samedi matin un café associatif dans la salle de l'amicale : point de rencontre, dépôt de pain, petites annonces, aide aux démarches en ligne, animé par des bénévoles de toutes les associations du village."),
          ("Budget total", "7 450 €"),
          ("Autofinancement", "1 450 €"),
          ("Montant sollicité", "6 000 €"),
      ]),
  fields=dict(organisation="Amicale laïque de Rubrouck", contact_name="Pascal Ducrocq",
              email="amicale.rubrouck@example.net", phone="+33662183347",
              address="21 rue de Cassel", postcode="59285", municipality="Rubrouck",
              country="FR", project_title="Café associatif du samedi",
              requested_amount="6000.00", total_budget="7450.00"))
