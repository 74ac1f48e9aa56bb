# -*- coding: utf-8 -*-
"""Test cases for corpus c32 (same structure as cases_dev.py)."""

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- NL 21
case(
    key="t01", split="test", lang="nl", fmt="pdf_form",
    sender=("Stefaan Lermytte", "secretariaat.dorpsraad@example.org"),
    date="Tue, 28 May 2019 12:14:09 +0200",
    subject="Fwd: projectidee speelpleintje Klerken",
    body="""Beste,

Namens de dorpsraad stuur ik het formulier door van het speelpleinproject.
Hilde Coulier trekt dit project, zij is de contactpersoon (haar gegevens
staan in het formulier). Ik ben enkel de secretaris die de mails verstuurt.

Vriendelijke groeten,
Stefaan Lermytte
secretaris Dorpsraad Klerken
""",
    attachment="speelpleintje Klerken - formulier.pdf",
    design=dict(layout="above", naming="meaningful", font="Helvetica", accent="#EF6C00",
                title="Maak werk van je buurt! Indienen projectidee",
                subtitle="Grensoverschrijdende projectoproep Partons 2.0",
                intro="Typ uw antwoorden in de grijze vakken."),
    rows=[
        ("Naam dorpsraad / vereniging", "Dorpsraad Klerken", dict(name="txtVereniging")),
        ("Wie is de contactpersoon voor dit project?", "Hilde Coulier", dict(name="txtContact")),
        ("Adres contactpersoon (straat, nr)", "Vijverstraat 14", dict(name="txtStraat")),
        ("Postcode", "8650", dict(name="txtPostcode")),
        ("Gemeente", "Klerken", dict(name="txtGemeente")),
        ("Telefoon / gsm", "0470/998.877", dict(name="txtTel")),
        ("E-mail", "hilde.coulier@example.com", dict(name="txtMail")),
        ("Titel van het project", "Opknappen van het speelpleintje", dict(name="txtTitel")),
        ("Hoeveel vraagt u aan de projectoproep?", "4.800,-", dict(name="txtBedrag")),
        ("Totale kostprijs", "6.100,-", dict(name="txtTotaal")),
    ],
    truth=dict(organisation="Dorpsraad Klerken", contact_name="Hilde Coulier",
               email="hilde.coulier@example.com", phone="+32470998877",
               address="Vijverstraat 14", postcode="8650", municipality="Klerken", country="BE",
               project_title="Opknappen van het speelpleintje",
               requested_amount="4800.00", total_budget="6100.00"),
)

# ---------------------------------------------------------------- NL 22
case(
    key="t02", split="test", lang="nl", fmt="pdf_form",
    sender=("Luc Vanhee", "luc.vanhee@example.net"),
    date="Mon, 20 May 2019 20:40:31 +0200",
    subject="Buurtwinkel Mesen",
    body="""Dag,

Hierbij onze aanvraag voor de buurtwinkel op zaterdag. In sommige vakjes
stond al tekst, ik heb mijn antwoord er gewoon achter getypt.

Groeten,
Luc Vanhee
""",
    attachment="aanvraag buurtwinkel.pdf",
    design=dict(layout="left", naming="generic:Tekstveld{}", font="Helvetica", accent="#5D4037",
                title="Aanvraagformulier burgerinitiatief",
                subtitle="Projectoproep voor dorpen en buurten in de Westhoek",
                intro=None, defaults=True),
    rows=[
        ("Vereniging", "Buurtwerking Mesen Centrum"),
        ("Contactpersoon", "Naam + voornaam: Luc Vanhee"),
        ("Adres", "Straat + nr: Hollandstraat 17"),
        ("Postcode", "8957"),
        ("Gemeente", "Mesen"),
        ("Telefoon", "057/44.55.66"),
        ("E-mail", "luc.vanhee@example.net"),
        ("Projecttitel", "Buurtwinkel op zaterdag in het oude gemeentehuis"),
        ("Gevraagd bedrag", "Bedrag in euro: 10 000 EUR"),
        ("Totaal budget", "Bedrag in euro: 22 500 EUR"),
    ],
    truth=dict(organisation="Buurtwerking Mesen Centrum", contact_name="Luc Vanhee",
               email="luc.vanhee@example.net", phone="+3257445566",
               address="Hollandstraat 17", postcode="8957", municipality="Mesen", country="BE",
               project_title="Buurtwinkel op zaterdag in het oude gemeentehuis",
               requested_amount="10000.00", total_budget="22500.00"),
)

# ---------------------------------------------------------------- NL 23
case(
    key="t03", split="test", lang="nl", fmt="pdf_form",
    sender=("Tom Ryckebusch", "tom.r@example.com"),
    date="Sat, 15 Jun 2019 11:21:50 +0200",
    subject="Tuimelaars - aanvraag projectoproep",
    body="""Hallo,

In bijlage onze aanvraag. De offerte voor de inrichting viel hoger uit dan
gedacht, ik heb het aangepast in het formulier.

Tom (leiding De Tuimelaars)
""",
    attachment="Tuimelaars_projectoproep.pdf",
    design=dict(layout="below", naming="generic:Text{}", font="Helvetica", accent="#1565C0",
                title="Projectoproep leefbare dorpen 2019",
                subtitle="'Maak werk van je buurt!' - invulformulier",
                intro="Na het invullen: opslaan en mailen."),
    rows=[
        ("Naam van de jeugdbeweging / vereniging", "Jeugdbeweging De Tuimelaars"),
        ("Contactpersoon", "Tom Ryckebusch / tom.r@example.com"),
        ("E-mail", ""),
        ("GSM", "0498 765 432"),
        ("Adres", "Schoolstraat 40"),
        ("Postcode", "8980"),
        ("Deelgemeente", "Passendale"),
        ("Titel", "Nieuwe lokalen inrichten als ontmoetingsplek voor de buurt"),
        ("Gevraagd bedrag", "8000"),
        ("Totale begroting", "12.000 -> nee 12.800 (offerte kwam hoger)"),
    ],
    truth=dict(organisation="Jeugdbeweging De Tuimelaars", contact_name="Tom Ryckebusch",
               email="tom.r@example.com", phone="+32498765432",
               address="Schoolstraat 40", postcode="8980", municipality="Passendale", country="BE",
               project_title="Nieuwe lokalen inrichten als ontmoetingsplek voor de buurt",
               requested_amount="8000.00", total_budget="12800.00"),
)

# ---------------------------------------------------------------- NL 24
case(
    key="t04", split="test", lang="nl", fmt="pdf_letter",
    sender=("Marc Decock", "marc.decock@example.org"),
    date="Wed, 5 Jun 2019 16:08:22 +0200",
    subject="AANVRAAG BOERENMARKT",
    body="""GOEDENDAG

IN BIJLAGE DE AANVRAAG VAN ONS BUURTCOMITE VOOR DE BOERENMARKT.

GROETEN
MARC DECOCK
""",
    attachment="BOERENMARKT NOORDWIJK.pdf",
    design=dict(layout="dotted", font="Times-Roman", value_font="Helvetica-Bold", accent="#000000",
                title="Aanvraag projectoproep 'Maak werk van je buurt'",
                subtitle="Westhoek - Partons 2.0",
                intro="Gelieve alle vragen te beantwoorden."),
    rows=[
        ("Naam vereniging", "BUURTCOMITE NOORDWIJK"),
        ("Naam contactpersoon", "MARC DECOCK"),
        ("Adres", "NOORDSTRAAT 65"),
        ("Postcode", "8630"),
        ("Gemeente", "VEURNE"),
        ("Tel", "058 31 22 90"),
        ("E-mail", "MARC.DECOCK@EXAMPLE.ORG"),
        ("Projecttitel", "BOERENMARKT OP HET WIJKPLEIN"),
        ("Gevraagd bedrag", "7 250 EURO"),
        ("Totaal budget", "9 000 EURO"),
    ],
    truth=dict(organisation="Buurtcomite Noordwijk", contact_name="Marc Decock",
               email="marc.decock@example.org", phone="+3258312290",
               address="Noordstraat 65", postcode="8630", municipality="Veurne", country="BE",
               project_title="Boerenmarkt op het wijkplein",
               requested_amount="7250.00", total_budget="9000.00"),
)

# ---------------------------------------------------------------- NL 25
case(
    key="t05", split="test", lang="nl", fmt="pdf_letter",
    sender=("Annick Depoorter", "annick.depoorter@example.net"),
    date="Fri, 31 May 2019 08:37:45 +0200",
    subject="samentuinen Elverdinge",
    body="""Goedemorgen,

Hierbij ons projectidee. Mijn telefoonnummer stond niet op het blad, mijn
gsm is 0468 12 90 33.

Vriendelijke groeten,
Annick
""",
    attachment="projectidee samentuinen.pdf",
    design=dict(layout="boxed", font="Helvetica", value_font="Helvetica-Oblique", accent="#558B2F",
                title="Projectidee 'Maak werk van je buurt!'",
                subtitle="Samentuinen met Buurthuis Het Klaverblad",
                intro=None),
    rows=[
        ("#", "Wie dient in?"),
        ("Naam contactpersoon", "Annick Depoorter"),
        ("Adres", "Hoge Akkerstraat 50"),
        ("Postcode", "8906"),
        ("Gemeente", "Elverdinge"),
        ("Telefoon", "zie mail"),
        ("E-mail", "annick.depoorter@example.net"),
        ("#", "Wat is het project?"),
        ("Titel", "Samentuinen met Buurthuis Het Klaverblad"),
        ("Doel", "Een gemeenschappelijke moestuin en fruitgaard voor de buren, "
         "met workshops voor kinderen."),
        ("Gevraagd bedrag", "5 600"),
        ("Totaal", "7 000"),
    ],
    truth=dict(organisation="Buurthuis Het Klaverblad", contact_name="Annick Depoorter",
               email="annick.depoorter@example.net", phone="+32468129033",
               address="Hoge Akkerstraat 50", postcode="8906", municipality="Elverdinge", country="BE",
               project_title="Samentuinen met Buurthuis Het Klaverblad",
               requested_amount="5600.00", total_budget="7000.00"),
)

# ---------------------------------------------------------------- NL 26
case(
    key="t06", split="test", lang="nl", fmt="docx_form",
    sender=("Dirk Vermeulen", "dirk.vermeulen@example.com"),
    date="Thu, 16 May 2019 19:25:58 +0200",
    subject="Straatmeesters Adinkerke",
    body="""Beste,

Bijgevoegd ons formulier. Het bedrag is vooral voor drukwerk van de
buurtkrant.

Met vriendelijke groeten,
Dirk Vermeulen
""",
    attachment="straatmeesters adinkerke.docx",
    design=dict(layout="table3", font="Segoe UI", accent="F2F2F2", hint_color="7F7F7F",
                title="Formulier projectoproep",
                subtitle="Maak werk van je buurt! (Partons 2.0)"),
    rows=[
        ("Vereniging: Buurtvereniging Adinkerke-Dorp", "", dict(in_label=True)),
        ("Contactpersoon: Dirk Vermeulen", "", dict(in_label=True)),
        ("Straat en nummer", "Kapelstraat 12, 8660 Adinkerke"),
        ("Postcode", ""),
        ("Gemeente", ""),
        ("Telefoon", "0476-31-42-58"),
        ("E-mail", "dirk.vermeulen@example.com"),
        ("Titel project", "Straatmeesters en een buurtkrant"),
        ("Gevraagd bedrag", "1.500 euro (voor drukwerk)"),
        ("Totaal begroting", "1.950 euro"),
    ],
    truth=dict(organisation="Buurtvereniging Adinkerke-Dorp", contact_name="Dirk Vermeulen",
               email="dirk.vermeulen@example.com", phone="+32476314258",
               address="Kapelstraat 12", postcode="8660", municipality="Adinkerke", country="BE",
               project_title="Straatmeesters en een buurtkrant",
               requested_amount="1500.00", total_budget="1950.00"),
)

# ---------------------------------------------------------------- NL 27
case(
    key="t07", split="test", lang="nl", fmt="docx_form",
    sender=("Lieve Bostyn", "lieve.bostyn@example.org"),
    date="Sun, 9 Jun 2019 15:50:03 +0200",
    subject="De Eendracht - dorpscafé",
    body="""Beste,

Hierbij onze aanvraag. Bij het gevraagde bedrag wist ik niet goed of we
het met of zonder onze eigen inbreng moesten invullen, daarom schrijf ik
het hier: we vragen 6.750 euro aan de projectoproep.

Vriendelijke groeten,
Lieve Bostyn
""",
    attachment="aanvraag_dorpscafe.docx",
    design=dict(layout="sdt", font="Calibri", accent="FBE4D5", hint_color="808080",
                title="Muziekvereniging De Eendracht",
                subtitle="Aanvraag projectoproep 'Maak werk van je buurt!'"),
    rows=[
        ("Naam vereniging", "Muziekvereniging De Eendracht"),
        ("Contactpersoon", "Lieve Bostyn"),
        ("Adres", "Houthulststraat 101"),
        ("Postcode", "8920"),
        ("Gemeente", "Poelkapelle"),
        ("Telefoon", "0472 33 21 10"),
        ("E-mail", "lieve.bostyn@example.org"),
        ("Fax", ""),
        ("Titel", "Repetitielokaal openstellen als dorpscafé"),
        ("Gevraagd bedrag", "zie mail"),
        ("Totale begroting", "8.900 euro (incl. eigen inbreng)"),
    ],
    truth=dict(organisation="Muziekvereniging De Eendracht", contact_name="Lieve Bostyn",
               email="lieve.bostyn@example.org", phone="+32472332110",
               address="Houthulststraat 101", postcode="8920", municipality="Poelkapelle", country="BE",
               project_title="Repetitielokaal openstellen als dorpscafé",
               requested_amount="6750.00", total_budget="8900.00"),
)

# ---------------------------------------------------------------- NL 28
case(
    key="t08", split="test", lang="nl", fmt="odt_form",
    sender=("Willy Coene", "willy.coene@example.com"),
    date="Wed, 22 May 2019 22:02:17 +0200",
    subject="Openluchttoneel Vlamertinge",
    body="""Beste,

Als voorzitter stuur ik u onze aanvraag. Voor verdere vragen kunt u best
onze secretaris contacteren, zijn gegevens staan in het formulier.

Groeten,
Willy Coene
voorzitter Toneelgroep Het Zotte Kot
""",
    attachment="Het Zotte Kot - openluchttoneel.odt",
    design=dict(layout="placeholders", font="Liberation Serif", accent="#E4DFEC",
                title="Toneelgroep Het Zotte Kot",
                subtitle="Formulier projectoproep Partons 2.0"),
    rows=[
        ("Vereniging", "Toneelgroep Het Zotte Kot"),
        ("Contactpersoon", "Jeroen Vandamme (onze secretaris)"),
        ("Adres", "Hospitaalstraat 3"),
        ("Postcode", "8908"),
        ("Gemeente", "Vlamertinge"),
        ("Telefoon", "+32 478 64 20 11"),
        ("E-mail", "jeroen.vandamme@example.org", dict(hint="<e-mailadres>")),
        ("Titel", "Openluchttoneel voor en door de buurt"),
        ("Gevraagd bedrag", "3.300 €"),
        ("Totaal budget", "5.000 €"),
    ],
    truth=dict(organisation="Toneelgroep Het Zotte Kot", contact_name="Jeroen Vandamme",
               email="jeroen.vandamme@example.org", phone="+32478642011",
               address="Hospitaalstraat 3", postcode="8908", municipality="Vlamertinge", country="BE",
               project_title="Openluchttoneel voor en door de buurt",
               requested_amount="3300.00", total_budget="5000.00"),
)

# ---------------------------------------------------------------- NL 29
case(
    key="t09", split="test", lang="nl", fmt="odt_form",
    sender=("Ellen Soete", "ellen.soete@example.net"),
    date="Mon, 10 Jun 2019 07:58:36 +0200",
    subject="Ruiterpad - projectoproep",
    body="""Goedemorgen,

Hierbij ons formulier voor het ruiterpad. Bij het bedrag had ik eerst
een typfout, dat staat er ook bij.

Groeten
Ellen Soete
""",
    attachment="ruiterpad_hoefslag.odt",
    design=dict(layout="paragraphs", font="Liberation Sans", accent="#FFF2CC",
                title="Aanvraagformulier",
                subtitle="Projectoproep Maak werk van je buurt! - Westhoek"),
    rows=[
        ("1. Vermeld hier de naam van uw vereniging.", "Ruitersclub De Hoefslag"),
        ("2. Wie is de contactpersoon?", "Ellen Soete"),
        ("3. Adres (straat en nummer)", "Hoekstraat 9"),
        ("4. Postcode en gemeente", "8610 Kortemark"),
        ("5. Telefoonnummer", "051/57.12.34"),
        ("6. E-mailadres", "ellen.soete@example.net"),
        ("7. Geef uw project een titel.", "Ruiterpad rond het dorp met picknickplaats"),
        ("8. Hoeveel vraagt u aan deze oproep?", "9.500 euro, nee sorry: 9.050 euro"),
        ("9. Wat is de totale kostprijs?", "11.300 euro"),
    ],
    truth=dict(organisation="Ruitersclub De Hoefslag", contact_name="Ellen Soete",
               email="ellen.soete@example.net", phone="+3251571234",
               address="Hoekstraat 9", postcode="8610", municipality="Kortemark", country="BE",
               project_title="Ruiterpad rond het dorp met picknickplaats",
               requested_amount="9050.00", total_budget="11300.00"),
)

# ---------------------------------------------------------------- NL 30
case(
    key="t10", split="test", lang="nl", fmt="ods_form",
    sender=("Gilbert Vandenberghe", "gilbert.vandenberghe@example.org"),
    date="Tue, 4 Jun 2019 14:44:00 +0200",
    subject="petanque kaartersclub",
    body="""Goeiemiddag,

hierbij ons formulier voor de petanquebaan.

Gilbert Vandenberghe
""",
    attachment="petanquebaan.ods",
    design=dict(layout="ods_a", font="Liberation Sans", accent="#DEEBF7",
                title="Projectoproep Maak werk van je buurt! 2019",
                subtitle="Invulblad aanvraag"),
    rows=[
        ("Naam club / vereniging", "Kaartersclub Den IJzer"),
        ("Contactpersoon en telefoon", "Gilbert Vandenberghe 0497 22 11 09"),
        ("E-mail", "gilbert.vandenberghe@example.org"),
        ("Adres", "Kerkstraat 7, 8691 Beveren-aan-den-IJzer"),
        ("Titel van het project", "Petanquebaan en zitbanken bij de kerk"),
        ("Gevraagd bedrag", "3900"),
    ],
    budget=dict(items=[("Aanleg petanquebaan", 2600), ("Twee zitbanken", 1320),
                       ("Opening met de buurt", 500)],
                total=4420, total_label="Totaal"),
    truth=dict(organisation="Kaartersclub Den IJzer", contact_name="Gilbert Vandenberghe",
               email="gilbert.vandenberghe@example.org", phone="+32497221109",
               address="Kerkstraat 7", postcode="8691", municipality="Beveren-aan-den-IJzer", country="BE",
               project_title="Petanquebaan en zitbanken bij de kerk",
               requested_amount="3900.00", total_budget="4420.00"),
)

# ================================================================= FR
# ---------------------------------------------------------------- FR 31
case(
    key="t11", split="test", lang="fr", fmt="pdf_form",
    sender=("Nadia Hamadi", "nadia.hamadi@example.com"),
    date="Thu, 23 May 2019 18:12:40 +0200",
    subject="Bourbourg en Fleurs - candidature",
    body="""Bonjour,

Veuillez trouver ci-joint notre candidature pour le fleurissement
participatif. Pour me joindre par mail, répondez simplement à ce message.

Bien à vous,
Nadia Hamadi
""",
    attachment="Bourbourg_en_Fleurs_candidature.pdf",
    design=dict(layout="left", naming="meaningful", font="Helvetica", accent="#C2185B",
                title="Candidature - Appel à projets citoyens",
                subtitle="« Maak werk van je buurt ! » - Partons 2.0",
                intro="Document à compléter à l'écran."),
    rows=[
        ("Association", "Association Bourbourg en Fleurs", dict(name="association")),
        ("Contact", "Mme Nadia Hamadi (coordinatrice bénévole)", dict(name="contact_nom")),
        ("Adresse", "10 rue des Marais", dict(name="adresse_rue")),
        ("Code postal", "59630", dict(name="adresse_cp")),
        ("Ville", "Bourbourg", dict(name="adresse_ville")),
        ("Téléphone", "06 11 22 33 44", dict(name="contact_tel")),
        ("E-mail", "voir mail", dict(name="contact_mail")),
        ("Titre du projet", "Fleurissement participatif des rues", dict(name="projet_titre")),
        ("Description", "Avec les habitants, fleurir les façades et les pieds de murs "
         "de la rue des Marais et des rues voisines.", dict(name="projet_desc", ml=True, h=50)),
        ("Montant demandé", "2 400 €", dict(name="projet_montant")),
        ("Budget total", "3 000 €", dict(name="projet_budget")),
    ],
    truth=dict(organisation="Association Bourbourg en Fleurs", contact_name="Nadia Hamadi",
               email="nadia.hamadi@example.com", phone="+33611223344",
               address="10 rue des Marais", postcode="59630", municipality="Bourbourg", country="FR",
               project_title="Fleurissement participatif des rues",
               requested_amount="2400.00", total_budget="3000.00"),
)

# ---------------------------------------------------------------- FR 32
case(
    key="t12", split="test", lang="fr", fmt="pdf_form",
    sender=("Martine Leroy", "martine.leroy@example.net"),
    date="Fri, 14 Jun 2019 17:03:29 +0200",
    subject="GUINGUETTE - DOSSIER",
    body="""BONJOUR

VOICI LE DOSSIER DU COLLECTIF.
CORDIALEMENT
MARTINE LEROY
""",
    attachment="DOSSIER GUINGUETTE.pdf",
    design=dict(layout="grid", naming="generic:Champ{}", font="Helvetica", accent="#283593",
                title="Partons 2.0 - Appel à projets",
                subtitle="Formulaire de candidature",
                intro=None),
    rows=[
        ("Nom du collectif", "COLLECTIF LA LYS EN FÊTE"),
        ("Nom du contact", "MARTINE LEROY"),
        ("Adresse", "4 QUAI DES BATELIERS"),
        ("CP", "59660"),
        ("Ville", "MERVILLE"),
        ("Tél", "0328480011"),
        ("Mail", "MARTINE.LEROY@EXAMPLE.NET"),
        ("Titre", "GUINGUETTE DES BORDS DE LYS", dict(wide=True)),
        ("Montant demandé", "9 800 €"),
        ("Budget total", "15 000 € -> NON 16 200 € (AVEC LA SONO)", dict(wide=True)),
    ],
    truth=dict(organisation="Collectif La Lys en Fête", contact_name="Martine Leroy",
               email="martine.leroy@example.net", phone="+33328480011",
               address="4 quai des Bateliers", postcode="59660", municipality="Merville", country="FR",
               project_title="Guinguette des bords de Lys",
               requested_amount="9800.00", total_budget="16200.00"),
)

# ---------------------------------------------------------------- FR 33
case(
    key="t13", split="test", lang="fr", fmt="pdf_form",
    sender=("Julien Marchand", "j.marchand@example.org"),
    date="Wed, 5 Jun 2019 10:48:52 +0200",
    subject="Candidature ateliers cuisine - Collectif des Habitants du Moulin",
    body="""Bonjour,

Je suis animateur au centre social et j'ai aidé le collectif à remplir le
formulaire. La personne à contacter est Mme Fatima Zerrouki, habitante du
quartier, qui porte le projet.

Cordialement,
Julien Marchand
""",
    attachment="formulaire ateliers cuisine.pdf",
    design=dict(layout="above", naming="generic:Champ texte {}", font="Times-Roman", accent="#00838F",
                title="Fiche de candidature",
                subtitle="Appel à initiatives Partons 2.0 - quartiers et villages",
                intro="Merci de remplir en lettres lisibles ou à l'écran.", defaults=True),
    rows=[
        ("Nom du groupe / de l'association", "Collectif des Habitants du Moulin"),
        ("Personne à contacter", "Fatima Zerrouki"),
        ("Adresse de la personne à contacter", "27 avenue des Saules"),
        ("Code postal", "59760"),
        ("Commune", "Grande-Synthe"),
        ("Téléphone", "07 68 12 3456"),
        ("Courriel", "fatima.zerrouki@example.com"),
        ("Titre du projet", "Ateliers cuisine du monde entre voisins"),
        ("Montant demandé", "4 000 €"),
        ("Coût total", "5 500 €"),
        ("Date de démarrage souhaitée", "jj/mm/aaaa"),
    ],
    truth=dict(organisation="Collectif des Habitants du Moulin", contact_name="Fatima Zerrouki",
               email="fatima.zerrouki@example.com", phone="+33768123456",
               address="27 avenue des Saules", postcode="59760", municipality="Grande-Synthe", country="FR",
               project_title="Ateliers cuisine du monde entre voisins",
               requested_amount="4000.00", total_budget="5500.00"),
)

# ---------------------------------------------------------------- FR 34
case(
    key="t14", split="test", lang="fr", fmt="pdf_letter",
    sender=("Jacques Vanhove", "jacques.vanhove@example.com"),
    date="Mon, 27 May 2019 19:30:15 +0200",
    subject="nettoyage plage - candidature",
    body="""Bonsoir,

Je vous adresse notre fiche de candidature. Le budget total du projet est
de 1 750 € (je ne l'avais pas encore au moment de remplir la fiche).

Cordialement,

Jacques Vanhove, trésorier
Association Les Pêcheurs du Chenal
""",
    attachment="candidature nettoyage plage.pdf",
    design=dict(layout="table", font="Times-Roman", value_font="Helvetica", accent="#0277BD",
                title="Fiche candidature - Partons 2.0",
                subtitle="Projets d'habitants Nord / Westhoek",
                intro=None),
    rows=[
        ("Structure", ""),
        ("Contact", "Jacques Vanhove"),
        ("Adresse", "31 rue des Goélands"),
        ("Code postal", "59820"),
        ("Commune", "Gravelines"),
        ("Téléphone", "06 47 58 69 70"),
        ("Mail", "jacques.vanhove@example.com"),
        ("Projet", "Nettoyage participatif de la plage et des dunes"),
        ("Montant demandé", "1 200 €"),
        ("Budget total", "voir mail"),
    ],
    truth=dict(organisation="Association Les Pêcheurs du Chenal", contact_name="Jacques Vanhove",
               email="jacques.vanhove@example.com", phone="+33647586970",
               address="31 rue des Goélands", postcode="59820", municipality="Gravelines", country="FR",
               project_title="Nettoyage participatif de la plage et des dunes",
               requested_amount="1200.00", total_budget="1750.00"),
)

# ---------------------------------------------------------------- FR 35
case(
    key="t15", split="test", lang="fr", fmt="pdf_letter",
    sender=("Pascal Duriez", "pascal.duriez@example.org"),
    date="Tue, 11 Jun 2019 21:17:08 +0200",
    subject="Renescure Demain - fiche projet",
    body="""Bonsoir,

Vous trouverez notre fiche projet en pièce jointe. Le titre a changé en
cours de route (on a finalement retenu l'espace jeux), c'est précisé
dans la fiche.

Pascal Duriez
""",
    attachment="Fiche projet Renescure Demain.pdf",
    design=dict(layout="dotted", font="Helvetica", value_font="Times-Roman", accent="#4E342E",
                title="Fiche projet",
                subtitle="Appel à projets « Partons 2.0 » - 2019",
                intro="Complétez les rubriques ci-dessous après chaque question."),
    rows=[
        ("Nom de votre association (en toutes lettres)", "Association Renescure Demain"),
        ("Qui est la personne à contacter ?", "Pascal Duriez"),
        ("Son adresse", "6 rue des Prairies"),
        ("Code postal", "59173"),
        ("Commune", "Renescure"),
        ("Téléphone", "06 . 33 . 21 . 45 . 87"),
        ("Courriel", "pascal.duriez@example.org"),
        ("Titre du projet", "Terrain multisport -> finalement : Espace jeux et rencontres du Bourg"),
        ("Montant demandé", "8 800 €"),
        ("Budget total", "11 000 €"),
    ],
    truth=dict(organisation="Association Renescure Demain", contact_name="Pascal Duriez",
               email="pascal.duriez@example.org", phone="+33633214587",
               address="6 rue des Prairies", postcode="59173", municipality="Renescure", country="FR",
               project_title="Espace jeux et rencontres du Bourg",
               requested_amount="8800.00", total_budget="11000.00"),
)

# ---------------------------------------------------------------- FR 36
case(
    key="t16", split="test", lang="fr", fmt="docx_form",
    sender=("Hélène Vanlande", "h.vanlande@example.net"),
    date="Sat, 18 May 2019 10:06:41 +0200",
    subject="Comité d'animation d'Herzeele - marché des producteurs",
    body="""Bonjour,

Ci-joint le dossier du Comité d'animation.

Bonne journée,
Hélène Vanlande
""",
    attachment="dossier Herzeele.docx",
    design=dict(layout="table3", font="Arial", accent="E7E6E6", hint_color="808080",
                title="Comité d'animation d'Herzeele",
                subtitle="Candidature à l'appel à projets Partons 2.0"),
    rows=[
        ("Nom de l'association : Comité d'animation d'Herzeele", "", dict(in_label=True)),
        ("Contact (nom, téléphone)", "Hélène Vanlande, 06 44 55 66 77"),
        ("Courriel", "h.vanlande@example.net"),
        ("Adresse", "2 rue de Wormhout, 59470 Herzeele"),
        ("Titre du projet", "Marché des producteurs locaux"),
        ("Montant demandé", "5 000 €"),
        ("Budget total", "6 500 €"),
    ],
    truth=dict(organisation="Comité d'animation d'Herzeele", contact_name="Hélène Vanlande",
               email="h.vanlande@example.net", phone="+33644556677",
               address="2 rue de Wormhout", postcode="59470", municipality="Herzeele", country="FR",
               project_title="Marché des producteurs locaux",
               requested_amount="5000.00", total_budget="6500.00"),
)

# ---------------------------------------------------------------- FR 37
case(
    key="t17", split="test", lang="fr", fmt="docx_form",
    sender=("Claire Fournier", "claire.fournier@example.com"),
    date="Thu, 13 Jun 2019 12:31:27 +0200",
    subject="Épicerie solidaire - candidature Voisins Solidaires",
    body="""Bonjour,

Je vous transmets la candidature de notre association. Le contact pour
ce dossier est notre président, M. Julien Castel (voir formulaire).

Cordialement,
Claire Fournier, secrétaire
""",
    attachment="Candidature epicerie solidaire.docx",
    design=dict(layout="sdt", font="Georgia", accent="E2EFD9", hint_color="808080",
                title="Dossier de candidature",
                subtitle="Appel à projets citoyens « Partons 2.0 »"),
    rows=[
        ("Nom de l'association", "Association Voisins Solidaires du Quartier des Prés"),
        ("Personne à contacter", "M. Julien Castel"),
        ("Adresse", "15 rue des Prés"),
        ("Code postal", "59280"),
        ("Ville", "Armentières"),
        ("Téléphone", "+33 320 77 88 99"),
        ("Courriel", "julien.castel@example.com"),
        ("Numéro SIRET", ""),
        ("Titre du projet", "Épicerie solidaire de quartier"),
        ("Montant demandé", "10 000 €"),
        ("Budget total", "24 000 €"),
    ],
    truth=dict(organisation="Association Voisins Solidaires du Quartier des Prés", contact_name="Julien Castel",
               email="julien.castel@example.com", phone="+33320778899",
               address="15 rue des Prés", postcode="59280", municipality="Armentières", country="FR",
               project_title="Épicerie solidaire de quartier",
               requested_amount="10000.00", total_budget="24000.00"),
)

# ---------------------------------------------------------------- FR 38
case(
    key="t18", split="test", lang="fr", fmt="docx_form",
    sender=("Marie-Thérèse Degrave", "mt.degrave@example.org"),
    date="Wed, 29 May 2019 15:55:02 +0200",
    subject="Chapelle de Killem",
    body="""Bonjour,

Voici notre dossier pour la chapelle. J'espère l'avoir bien rempli.

Sincères salutations,
Marie-Thérèse Degrave
""",
    attachment="dossier chapelle Killem.docx",
    design=dict(layout="lines", font="Book Antiqua", accent="000000", hint_color="A6A6A6",
                title="LES AMIS DE LA CHAPELLE DE KILLEM",
                subtitle="Candidature - appel à projets Partons 2.0"),
    rows=[
        ("Association", "Les Amis de la Chapelle de Killem"),
        ("Responsable", "Marie-Thérèse Degrave", dict(hint="(Nom, Prénom)")),
        ("Adresse", "8 rue de la Chapelle"),
        ("Code postal - Commune", "59122 Killem"),
        ("Téléphone", "03.28.68.01.23"),
        ("Courriel", "mt.degrave@example.org"),
        ("Projet", "Remise en valeur de la chapelle et pique-nique villageois"),
        ("Somme demandée", "six mille euros (6 000 €)"),
        ("Coût total du projet", "7 650 €"),
    ],
    truth=dict(organisation="Les Amis de la Chapelle de Killem", contact_name="Marie-Thérèse Degrave",
               email="mt.degrave@example.org", phone="+33328680123",
               address="8 rue de la Chapelle", postcode="59122", municipality="Killem", country="FR",
               project_title="Remise en valeur de la chapelle et pique-nique villageois",
               requested_amount="6000.00", total_budget="7650.00"),
)

# ---------------------------------------------------------------- FR 39
case(
    key="t19", split="test", lang="fr", fmt="odt_form",
    sender=("Kévin Delvoye", "kevin.delvoye@example.net"),
    date="Sat, 15 Jun 2019 23:20:44 +0200",
    subject="dossier local jeunes Arnèke",
    body="""Salut,

Voici notre dossier pour le local jeunes. J'ai oublié l'adresse dans le
formulaire : c'est 12 rue des Écoles, 59285 Arnèke.

Merci !
Kévin Delvoye
""",
    attachment="local jeunes arneke.odt",
    design=dict(layout="table", font="DejaVu Sans", accent="#FCE4D6",
                title="Association Arnèke Jeunesse",
                subtitle="Dossier de candidature - Partons 2.0"),
    rows=[
        ("Nom de l'association", "Association Arnèke Jeunesse"),
        ("Contact", "Kévin Delvoye (animateur bénévole, 22 ans)"),
        ("Adresse", "voir mail"),
        ("Téléphone", "06 98 76 54 32"),
        ("Email", "kevin.delvoye@example.net"),
        ("Titre du projet", "Local jeunes et sorties en vélo"),
        ("Montant demandé", "3 500 €"),
        ("Budget total", "4 200 €"),
    ],
    truth=dict(organisation="Association Arnèke Jeunesse", contact_name="Kévin Delvoye",
               email="kevin.delvoye@example.net", phone="+33698765432",
               address="12 rue des Écoles", postcode="59285", municipality="Arnèke", country="FR",
               project_title="Local jeunes et sorties en vélo",
               requested_amount="3500.00", total_budget="4200.00"),
)

# ---------------------------------------------------------------- FR 40
case(
    key="t20", split="test", lang="fr", fmt="xlsx_form",
    sender=("Daniel Lebleu", "daniel.lebleu@example.org"),
    date="Mon, 3 Jun 2019 18:49:33 +0200",
    subject="Kermesse flamande - comité des fêtes",
    body="""Bonjour,

Ci-joint notre candidature sous Excel.

Cordialement
Daniel Lebleu
Comité des fêtes de Bavinchove
""",
    attachment="Candidature kermesse Bavinchove.xlsx",
    design=dict(layout="xl_b", font="Arial", accent="DDEBF7",
                title="APPEL A PROJETS PARTONS 2.0",
                subtitle="Fiche de candidature"),
    rows=[
        ("Structure porteuse", "Comité des fêtes de Bavinchove"),
        ("Nom du contact", "Daniel Lebleu"),
        ("Adresse complète", "1 rue du Moulin Blanc 59670 Bavinchove"),
        ("Téléphone", "0662 13 24 55"),
        ("Courriel", "daniel.lebleu@example.org"),
        ("Titre du projet", "Kermesse flamande intergénérationnelle"),
        ("Montant demandé", "6 500 € -> non 6 200 € (erreur de calcul)"),
    ],
    budget=dict(items=[("Location chapiteau", 2400), ("Jeux flamands en bois", 1800),
                       ("Musiciens", 1500), ("Communication (affiches, flyers)", 600),
                       ("Goûter des aînés", 1800)],
                total=8100, total_label="TOTAL DU PROJET"),
    truth=dict(organisation="Comité des fêtes de Bavinchove", contact_name="Daniel Lebleu",
               email="daniel.lebleu@example.org", phone="+33662132455",
               address="1 rue du Moulin Blanc", postcode="59670", municipality="Bavinchove", country="FR",
               project_title="Kermesse flamande intergénérationnelle",
               requested_amount="6200.00", total_budget="8100.00"),
)
