# -*- coding: utf-8 -*-
"""Development cases for corpus c32 (volunteer-filled forms).

Each case: meta (split, lang, fmt), mail (sender, date, subject, body,
attachment filename), form (design + rows) and truth fields.
Rows: (label, value) or (label, value, opts).  Section: ("#", title).
Text-only paragraph: ("~", text).
opts: hint=grey hint text shown with the box, in_label=True (value typed
into the label cell), name=widget name, ml=True multi-line, h=height.
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- NL 1
case(
    key="d01", split="dev", lang="nl", fmt="pdf_form",
    sender=("Roger Declercq", "roger.declercq@example.org"),
    date="Tue, 21 May 2019 19:42:10 +0200",
    subject="aanvraag buurtcomité Sint-Jan",
    body="""Goeiedag,

In bijlage het formulier voor de projectoproep "Maak werk van je buurt".
Ik typ dit voor mijn vrouw Marleen, zij is de voorzitter van ons
buurtcomité en zij is ook de contactpersoon. Zij heeft zelf geen computer,
dus als er iets is mag u haar bellen of naar haar adres mailen dat op het
formulier staat.

Het bedrag heb ik eerst verkeerd ingevuld, het juiste staat erachter.

Met vriendelijke groeten,
Roger Declercq
""",
    attachment="formulier Sint-Jan.pdf",
    design=dict(layout="left", naming="meaningful", font="Helvetica", accent="#1F5C99",
                title="Projectoproep 'Maak werk van je buurt!' - Aanvraagformulier",
                subtitle="Partons 2.0 - Westhoek / Noord-Frankrijk",
                intro="Vul dit formulier in en stuur het per e-mail terug voor 16 juni 2019."),
    rows=[
        ("#", "1. Aanvrager"),
        ("Naam van de vereniging / groep", "Buurtcomité Sint-Jan", dict(name="vereniging")),
        ("Contactpersoon", "Marleen Declercq", dict(name="contactpersoon")),
        ("Adres (straat en nummer)", "Sint-Jansstraat 41", dict(name="adres")),
        ("Postcode", "8970", dict(name="postcode")),
        ("Gemeente", "Poperinge", dict(name="gemeente")),
        ("Telefoon", "057 33 45 12", dict(name="telefoon")),
        ("E-mail", "marleen.declercq@example.org", dict(name="email")),
        ("#", "2. Project"),
        ("Titel van het project", "Bankjes en bloembakken in de Sint-Jansstraat", dict(name="titel")),
        ("Korte omschrijving", "Met de buren willen we zes zitbanken en bloembakken plaatsen zodat "
         "de oudere mensen uit de straat een plek hebben om samen te zitten. "
         "De buren zorgen zelf voor het water geven.", dict(name="omschrijving", ml=True, h=70)),
        ("Aantal betrokken bewoners", "ongeveer 35", dict(name="aantal")),
        ("#", "3. Financiën"),
        ("Gevraagd bedrag (max. 10 000 euro)", "8.000 euro -> nee, 7.500 (zie begroting)", dict(name="gevraagd_bedrag")),
        ("Totale kostprijs van het project", "9.850 euro", dict(name="totaal_budget")),
        ("Datum", "21/05/2019", dict(name="datum")),
    ],
    truth=dict(organisation="Buurtcomité Sint-Jan", contact_name="Marleen Declercq",
               email="marleen.declercq@example.org", phone="+3257334512",
               address="Sint-Jansstraat 41", postcode="8970", municipality="Poperinge", country="BE",
               project_title="Bankjes en bloembakken in de Sint-Jansstraat",
               requested_amount="7500.00", total_budget="9850.00"),
)

# ---------------------------------------------------------------- NL 2
case(
    key="d02", split="dev", lang="nl", fmt="pdf_form",
    sender=("Jozef Vermeersch", "jozef.vermeersch@example.net"),
    date="Mon, 3 Jun 2019 10:05:33 +0200",
    subject="PROJECTOPROEP DORPSRAAD WATOU",
    body="""GOEDEMORGEN,

HIERBIJ ONS FORMULIER VOOR DE WANDELKAART.
MET DANK EN GROETEN

JOZEF VERMEERSCH
DORPSRAAD WATOU
""",
    attachment="DORPSRAAD WATOU.pdf",
    design=dict(layout="above", naming="generic:Text{}", font="Times-Roman", accent="#2E7D32",
                title="Aanvraag projectidee - Maak werk van je buurt",
                subtitle="In te vullen door de aanvragende vereniging",
                intro=None),
    rows=[
        ("Naam vereniging", "VZW DORPSRAAD WATOU"),
        ("Naam contactpersoon", "JOZEF VERMEERSCH"),
        ("Straat + nr", "ZUIDHOEKSTRAAT 18"),
        ("Postcode", "8978"),
        ("Woonplaats", "WATOU"),
        ("Telefoon / GSM", "0475 / 61 22 09"),
        ("E-mailadres", "JOZEF.VERMEERSCH@EXAMPLE.NET"),
        ("Projecttitel", "TRAGE WEGEN WANDELKAART WATOU"),
        ("Wat wil je doen?", "EEN KAART MAKEN MET ALLE TRAGE WEGEN ROND WATOU EN DE WEGJES "
         "OPNIEUW BEWEGWIJZEREN, SAMEN MET DE SCHOOL EN DE WANDELCLUB.", dict(ml=True, h=60)),
        ("Gevraagde subsidie", "6000 EURO"),
        ("Totale begroting", "7250 EURO"),
        ("Andere financiering", "GEMEENTE 1250 EURO"),
    ],
    truth=dict(organisation="vzw Dorpsraad Watou", contact_name="Jozef Vermeersch",
               email="jozef.vermeersch@example.net", phone="+32475612209",
               address="Zuidhoekstraat 18", postcode="8978", municipality="Watou", country="BE",
               project_title="Trage wegen wandelkaart Watou",
               requested_amount="6000.00", total_budget="7250.00"),
)

# ---------------------------------------------------------------- NL 3
case(
    key="d03", split="dev", lang="nl", fmt="pdf_form",
    sender=("Jan Peeters", "jan.peeters@example.org"),
    date="Sat, 8 Jun 2019 23:17:02 +0200",
    subject="projectidee jeugdhuis",
    body="""hey,

hierbij ons formulier voor de oproep, we hopen echt dat het lukt want de
muur aan het jeugdhuis is al jaren een doorn in het oog van de buurt.

groetjes
Jan
Jeugdhuis De Kelder
""",
    attachment="aanvraag_dekelder.pdf",
    design=dict(layout="grid", naming="meaningful", font="Helvetica", accent="#C62828",
                title="MAAK WERK VAN JE BUURT! - formulier projectidee",
                subtitle="Provincie West-Vlaanderen - Partons 2.0",
                intro="Alle velden met * zijn verplicht."),
    rows=[
        ("Organisatie *", "Jeugdhuis De Kelder", dict(name="org")),
        ("Contactpersoon + telefoon *", "Jan Peeters, 0477 12 34 56", dict(name="contact")),
        ("E-mail *", "jan.peeters@example.org", dict(name="mail")),
        ("Telefoon", "", dict(name="tel")),
        ("Straat en huisnummer *", "Rijselstraat 201, 8900 Ieper", dict(name="straat")),
        ("Postcode *", "", dict(name="pc")),
        ("Gemeente *", "", dict(name="gem")),
        ("Titel project *", "Graffitimuur en zitplek aan het jeugdhuis", dict(name="titel", wide=True)),
        ("Gevraagd bedrag *", "€ 4 300", dict(name="bedrag")),
        ("Totaal budget *", "5 100", dict(name="totaal")),
    ],
    truth=dict(organisation="Jeugdhuis De Kelder", contact_name="Jan Peeters",
               email="jan.peeters@example.org", phone="+32477123456",
               address="Rijselstraat 201", postcode="8900", municipality="Ieper", country="BE",
               project_title="Graffitimuur en zitplek aan het jeugdhuis",
               requested_amount="4300.00", total_budget="5100.00"),
)

# ---------------------------------------------------------------- NL 4
case(
    key="d04", split="dev", lang="nl", fmt="pdf_letter",
    sender=("Godelieve Vanneste", "godelieve.vanneste@example.com"),
    date="Wed, 29 May 2019 14:20:45 +0200",
    subject="Projectoproep - samentuin Kaaskerke",
    body="""Geachte,

Hierbij stuur ik u ons ingevuld formulier voor de projectoproep.
Mijn kleindochter heeft het in pdf gezet, ik hoop dat het zo goed is.

Vriendelijke groeten,
Godelieve Vanneste
""",
    attachment="Samentuin Kaaskerke.pdf",
    design=dict(layout="table", font="Times-Roman", value_font="Helvetica", accent="#6A1B9A",
                title="Aanvraagformulier projectidee",
                subtitle="Samentuin van Buurtwerking Kaaskerke",
                intro="Projectoproep 'Maak werk van je buurt!' (Partons 2.0)"),
    rows=[
        ("Naam van de aanvrager (vereniging)", ""),
        ("Contactpersoon", "Godelieve Vanneste"),
        ("Adres", "Vaartstraat 14"),
        ("Postcode en gemeente", "8600 Diksmuide"),
        ("Telefoon", "051 50 12 34"),
        ("E-mail", "godelieve.vanneste@example.com"),
        ("Titel van het project", "Samentuin van Buurtwerking Kaaskerke"),
        ("Beschrijving", "Op het braakliggend stuk grond naast de kerk leggen we met de buurt een "
         "moestuin aan. Iedereen mag meehelpen en de oogst wordt verdeeld."),
        ("Kostprijs totaal", "14 200 euro"),
        ("Waarvan gevraagd aan deze projectoproep", "9 500 euro"),
        ("Andere inkomsten", "gemeente Diksmuide 3 000 euro, eigen middelen 1 700 euro"),
    ],
    truth=dict(organisation="Buurtwerking Kaaskerke", contact_name="Godelieve Vanneste",
               email="godelieve.vanneste@example.com", phone="+3251501234",
               address="Vaartstraat 14", postcode="8600", municipality="Diksmuide", country="BE",
               project_title="Samentuin van Buurtwerking Kaaskerke",
               requested_amount="9500.00", total_budget="14200.00"),
)

# ---------------------------------------------------------------- NL 5
case(
    key="d05", split="dev", lang="nl", fmt="pdf_letter",
    sender=("Rita Maes", "ritamaes@example.com"),
    date="Fri, 17 May 2019 09:12:00 +0200",
    subject="Buurtbarbecue en speelstraat - aanvraag",
    body="""Dag,

Zoals gevraagd ons formulier. Ik heb het in Word ingevuld en dan als pdf
opgeslagen. Er stond eerst een fout in mijn gsm-nummer, dat heb ik erbij
gezet.

Groeten
Rita Maes
Buurtvereniging Witte Duinen
""",
    attachment="aanvraagformulier Witte Duinen.pdf",
    design=dict(layout="dotted", font="Helvetica", value_font="Courier", accent="#00695C",
                title="Formulier projectidee 2019",
                subtitle="'Maak werk van je buurt!' - burgerinitiatieven in de Westhoek",
                intro="Vul in op de stippellijnen."),
    rows=[
        ("Naam vereniging", "Buurtvereniging Witte Duinen"),
        ("Contactpersoon", "Rita Maes"),
        ("Straat en nummer", "Duinenlaan 27 bus 2"),
        ("Postcode", "8670"),
        ("Gemeente", "Oostduinkerke"),
        ("GSM", "0478 22 31 90 -> sorry fout, moet 0478 22 31 09 zijn"),
        ("E-mail", "ritamaes@example.com"),
        ("Titel", "Buurtbarbecue en speelstraat in de zomer"),
        ("Gevraagd bedrag", "3 750 EUR"),
        ("Totale kost", "3 750 EUR"),
        ("Handtekening", "Rita Maes"),
    ],
    truth=dict(organisation="Buurtvereniging Witte Duinen", contact_name="Rita Maes",
               email="ritamaes@example.com", phone="+32478223109",
               address="Duinenlaan 27 bus 2", postcode="8670", municipality="Oostduinkerke", country="BE",
               project_title="Buurtbarbecue en speelstraat in de zomer",
               requested_amount="3750.00", total_budget="3750.00"),
)

# ---------------------------------------------------------------- NL 6
case(
    key="d06", split="dev", lang="nl", fmt="docx_form",
    sender=("Sofie Lemahieu", "sofie.lemahieu@example.net"),
    date="Thu, 6 Jun 2019 21:03:51 +0200",
    subject="Projectoproep: natuurspeelplek Kemmel",
    body="""Beste,

In bijlage vindt u onze aanvraag voor de natuurspeelplek achter de school
in Kemmel. Bij vragen mag u mij altijd bellen, liefst na 17 uur.

Vriendelijke groet,
Sofie Lemahieu
""",
    attachment="Aanvraag natuurspeelplek Kemmel.docx",
    design=dict(layout="table2", font="Calibri", accent="D9E2F3", hint_color="808080",
                title="Aanvraagformulier 'Maak werk van je buurt!'",
                subtitle="Burgerinitiatieven voor leefbare dorpen en buurten"),
    rows=[
        ("#", "Gegevens aanvrager"),
        ("Naam vereniging:", "Gezinsbond Kemmel", dict(in_label=True)),
        ("Contactpersoon", "Sofie Lemahieu", dict(hint="(naam + voornaam)")),
        ("Adres", "Nieuwe Dreef 8"),
        ("Postcode / gemeente", "8956 Kemmel"),
        ("Telefoon", "+32 (0)486 55 12 70"),
        ("E-mail", "sofie.lemahieu@example.net"),
        ("#", "Project"),
        ("Titel", "Natuurspeelplek achter de school"),
        ("Gevraagd bedrag", "5000 euro (exclusief btw)"),
        ("Totale begroting", "6.050 euro (inclusief btw)"),
        ("Planning", "najaar 2019 aanleg, opening voorjaar 2020"),
    ],
    truth=dict(organisation="Gezinsbond Kemmel", contact_name="Sofie Lemahieu",
               email="sofie.lemahieu@example.net", phone="+32486551270",
               address="Nieuwe Dreef 8", postcode="8956", municipality="Kemmel", country="BE",
               project_title="Natuurspeelplek achter de school",
               requested_amount="5000.00", total_budget="6050.00"),
)

# ---------------------------------------------------------------- NL 7
case(
    key="d07", split="dev", lang="nl", fmt="docx_form",
    sender=("Bart Vandenbussche", "bart.vandenbussche@example.org"),
    date="Tue, 11 Jun 2019 18:30:12 +0200",
    subject="Feestcomité Hoogstade - dorpsontmoetingspunt",
    body="""Beste,

Hierbij ons aanvraagformulier voor het dorpsontmoetingspunt in de oude
pastorij. De offertes voor de keuken waren nog niet allemaal binnen toen
ik het formulier invulde, daarom staat er bij de totale kost "zie mail".
Intussen weten we het: de totale kost van het project is 11.400 euro.

Met vriendelijke groeten,
Bart Vandenbussche
secretaris Feestcomité Hoogstade
""",
    attachment="projectidee_pastorij_Hoogstade.docx",
    design=dict(layout="sdt", font="Arial", accent="C5E0B3", hint_color="808080",
                title="Projectidee indienen",
                subtitle="Maak werk van je buurt! - Westhoek 2019"),
    rows=[
        ("Naam organisatie", "Feestcomité Hoogstade"),
        ("Voornaam en naam contactpersoon", "Bart Vandenbussche"),
        ("Straat + huisnummer", "Kerkwegel 4"),
        ("Postcode", "8690"),
        ("Deelgemeente / gemeente", "Hoogstade"),
        ("Telefoon of gsm", "0495.12.88.41"),
        ("E-mailadres", "bart.vandenbussche@example.org"),
        ("Website", ""),
        ("Titel van uw projectidee", "Dorpsontmoetingspunt in de oude pastorij"),
        ("Gevraagde bijdrage", "9.000,00 €"),
        ("Totale kost van het project", "zie mail"),
        ("Rekeningnummer", ""),
    ],
    truth=dict(organisation="Feestcomité Hoogstade", contact_name="Bart Vandenbussche",
               email="bart.vandenbussche@example.org", phone="+32495128841",
               address="Kerkwegel 4", postcode="8690", municipality="Hoogstade", country="BE",
               project_title="Dorpsontmoetingspunt in de oude pastorij",
               requested_amount="9000.00", total_budget="11400.00"),
)

# ---------------------------------------------------------------- NL 8
case(
    key="d08", split="dev", lang="nl", fmt="docx_form",
    sender=("Piet Dewulf", "piet.dewulf@example.com"),
    date="Thu, 23 May 2019 11:48:29 +0200",
    subject="aanvraag vervoer senioren",
    body="""Goeiedag,

Hierbij het formulier voor onze aanvraag. Een totale begroting hebben we
nog niet, we weten enkel wat we aan jullie willen vragen.

Met vriendelijke groeten,

Piet Dewulf
Voorzitter Seniorenclub Blijf Jong Westvleteren
""",
    attachment="formulier vervoer.docx",
    design=dict(layout="lines", font="Times New Roman", accent="000000", hint_color="999999",
                title="MAAK WERK VAN JE BUURT",
                subtitle="Aanvraag voor een burgerinitiatief"),
    rows=[
        ("Vereniging", ""),
        ("Contactpersoon", "Piet Dewulf"),
        ("Adres", "Molenhoekstraat 6"),
        ("Postcode + gemeente", "8640 Westvleteren"),
        ("Telefoon", "04 73 / 123 456"),
        ("E-mail", "piet.dewulf@example.com"),
        ("Naam van het project", "Vervoer voor minder mobiele senioren naar de markt"),
        ("Bedrag dat u vraagt", "6.400 EUR"),
        ("Totale kosten", ""),
    ],
    truth=dict(organisation="Seniorenclub Blijf Jong Westvleteren", contact_name="Piet Dewulf",
               email="piet.dewulf@example.com", phone="+32473123456",
               address="Molenhoekstraat 6", postcode="8640", municipality="Westvleteren", country="BE",
               project_title="Vervoer voor minder mobiele senioren naar de markt",
               requested_amount="6400.00", total_budget=None),
)

# ---------------------------------------------------------------- NL 9
case(
    key="d09", split="dev", lang="nl", fmt="odt_form",
    sender=("Kevin Goethals", "kevin.goethals@example.com"),
    date="Sun, 2 Jun 2019 16:55:40 +0200",
    subject="Aanvraag namens buurtcomité Kromme Hoek",
    body="""Hallo,

Ik stuur dit namens mijn moeder, Martine Goethals. Zij is de
contactpersoon voor het buurtcomité, haar gegevens staan in het formulier.
Ik help haar alleen met de computer.

Groeten,
Kevin
""",
    attachment="Kromme Hoek aanvraag.odt",
    design=dict(layout="placeholders", font="Liberation Sans", accent="#FFF2CC",
                title="Projectoproep Maak werk van je buurt!",
                subtitle="Formulier voor bewonersgroepen"),
    rows=[
        ("Naam van de bewonersgroep", "Buurtcomité Kromme Hoek", dict(hint="<naam van de groep>")),
        ("Contactpersoon", "Martine Goethals"),
        ("Straat en nummer", "Langestraat 88"),
        ("Postcode", "8620"),
        ("Gemeente", "Nieuwpoort"),
        ("Telefoon", "058 23 45 67"),
        ("E-mail", "martine.goethals@example.net"),
        ("Titel van het project", "Buurtfeest en straatmeesters in de Kromme Hoek"),
        ("Gevraagd bedrag", "2.500 €"),
        ("Totaal budget", "3.100 €"),
        ("Startdatum", "", dict(hint="<datum>")),
    ],
    truth=dict(organisation="Buurtcomité Kromme Hoek", contact_name="Martine Goethals",
               email="martine.goethals@example.net", phone="+3258234567",
               address="Langestraat 88", postcode="8620", municipality="Nieuwpoort", country="BE",
               project_title="Buurtfeest en straatmeesters in de Kromme Hoek",
               requested_amount="2500.00", total_budget="3100.00"),
)

# ---------------------------------------------------------------- NL 10
case(
    key="d10", split="dev", lang="nl", fmt="xlsx_form",
    sender=("Nathalie Vancayzeele", "nathalie.vancayzeele@example.org"),
    date="Fri, 14 Jun 2019 22:10:05 +0200",
    subject="Oudercomité De Regenboog - schoolplein",
    body="""Beste,

In bijlage onze aanvraag (in Excel, zo had de gemeente het ons doorgegeven).

Met vriendelijke groeten,
Nathalie Vancayzeele
Oudercomité basisschool De Regenboog
""",
    attachment="aanvraag schoolplein Reninge.xlsx",
    design=dict(layout="xl_a", font="Calibri", accent="FCE4D6",
                title="Projectoproep 'Maak werk van je buurt!' 2019",
                subtitle="Aanvraagformulier (gemeente Lo-Reninge)"),
    rows=[
        ("Naam vereniging", "Oudercomité basisschool De Regenboog"),
        ("Contactpersoon", "Nathalie Vancayzeele"),
        ("Adres", "Dorpsstraat 23"),
        ("Postcode en gemeente: 8647 Lo-Reninge", "", dict(in_label=True)),
        ("Telefoon", "+32479 12 34 56"),
        ("E-mail", "nathalie.vancayzeele@example.org"),
        ("Titel project", "Schoolpleinvergroening Reninge"),
    ],
    budget=dict(items=[("Plantgoed en bomen", 2350), ("Houten speeltoestel", 3900),
                       ("Huur minigraver", 450), ("Drank en broodjes werkdagen", 300)],
                total=7000, total_label="TOTAAL",
                requested=("Gevraagd aan projectoproep", 6000),
                own=("Eigen inbreng oudercomité", 1000)),
    truth=dict(organisation="Oudercomité basisschool De Regenboog", contact_name="Nathalie Vancayzeele",
               email="nathalie.vancayzeele@example.org", phone="+32479123456",
               address="Dorpsstraat 23", postcode="8647", municipality="Lo-Reninge", country="BE",
               project_title="Schoolpleinvergroening Reninge",
               requested_amount="6000.00", total_budget="7000.00"),
)

# ================================================================= FR
# ---------------------------------------------------------------- FR 11
case(
    key="d11", split="dev", lang="fr", fmt="pdf_form",
    sender=("Chantal Deswarte", "chantal.deswarte@example.org"),
    date="Wed, 22 May 2019 15:33:18 +0200",
    subject="Dossier jardin partagé Hondschoote",
    body="""Bonjour,

Veuillez trouver ci-joint notre formulaire pour l'appel à projets Partons 2.0.

Bien cordialement,
Chantal Deswarte
Association Les Jardins du Moulin
""",
    attachment="formulaire_jardins_du_moulin.pdf",
    design=dict(layout="below", naming="meaningful", font="Helvetica", accent="#0D47A1",
                title="Appel à projets « Partons 2.0 » - Fiche projet",
                subtitle="Initiatives citoyennes - Westhoek / Nord",
                intro="Merci de compléter les champs ci-dessous."),
    rows=[
        ("Nom de l'association", "Association Les Jardins du Moulin", dict(name="nom_asso")),
        ("Personne à contacter", "Chantal Deswarte", dict(name="contact")),
        ("Adresse", "12 rue du Moulin 59122 HONDSCHOOTE", dict(name="adresse")),
        ("Code postal", "", dict(name="cp")),
        ("Commune", "", dict(name="commune")),
        ("Téléphone", "06.12.45.78.90", dict(name="tel")),
        ("Courriel", "chantal.deswarte@example.org", dict(name="courriel")),
        ("Titre du projet", "Jardin partagé derrière la salle des fêtes", dict(name="titre")),
        ("Montant sollicité", "6 500 €", dict(name="montant")),
        ("Coût total du projet", "8 200 €", dict(name="cout_total")),
    ],
    truth=dict(organisation="Association Les Jardins du Moulin", contact_name="Chantal Deswarte",
               email="chantal.deswarte@example.org", phone="+33612457890",
               address="12 rue du Moulin", postcode="59122", municipality="Hondschoote", country="FR",
               project_title="Jardin partagé derrière la salle des fêtes",
               requested_amount="6500.00", total_budget="8200.00"),
)

# ---------------------------------------------------------------- FR 12
case(
    key="d12", split="dev", lang="fr", fmt="pdf_form",
    sender=("Nathalie Bruneel", "accueil.mairie-wormhout@example.com"),
    date="Tue, 4 Jun 2019 11:02:44 +0200",
    subject="TR: candidature Comité des fêtes - marché paysan",
    body="""Bonjour,

Je vous transmets à la demande de M. Bernard Lefebvre, président du
Comité des fêtes, le dossier de candidature ci-joint. Merci de vous adresser
directement à lui pour toute question (coordonnées dans le formulaire).

Cordialement,
Nathalie Bruneel
Accueil - Mairie de Wormhout
""",
    attachment="Candidature marche paysan.pdf",
    design=dict(layout="left", naming="generic:Champ texte {}", font="Times-Roman", accent="#8D6E63",
                title="FORMULAIRE DE CANDIDATURE",
                subtitle="Appel à initiatives « Maak werk van je buurt ! » / Partons 2.0",
                intro="Date limite de dépôt : 16 juin 2019."),
    rows=[
        ("#", "Le porteur de projet"),
        ("Structure", "Comité des fêtes de Wormhout"),
        ("Nom et prénom du responsable", "Bernard Lefebvre"),
        ("Adresse", "7 rue des Tisserands"),
        ("CP / Ville", "59470 Wormhout"),
        ("Tél.", "03 28 62 11 45"),
        ("Mail", "bernard.lefebvre59@example.com"),
        ("#", "Le projet"),
        ("Intitulé", "Marché paysan du dimanche"),
        ("Montant demandé", "9000 € -> non, 8 500 € (après devis)"),
        ("Budget global", "12 300 €"),
    ],
    truth=dict(organisation="Comité des fêtes de Wormhout", contact_name="Bernard Lefebvre",
               email="bernard.lefebvre59@example.com", phone="+33328621145",
               address="7 rue des Tisserands", postcode="59470", municipality="Wormhout", country="FR",
               project_title="Marché paysan du dimanche",
               requested_amount="8500.00", total_budget="12300.00"),
)

# ---------------------------------------------------------------- FR 13
case(
    key="d13", split="dev", lang="fr", fmt="pdf_form",
    sender=("Gérard Bouten", "gerard.bouten@example.net"),
    date="Mon, 27 May 2019 09:41:55 +0200",
    subject="CANDIDATURE MINIBUS",
    body="""BONJOUR,

CI-JOINT NOTRE DOSSIER POUR LE MINIBUS SOLIDAIRE.

SALUTATIONS DISTINGUÉES
G. BOUTEN
""",
    attachment="MINIBUS STEENVOORDE.pdf",
    design=dict(layout="grid", naming="meaningful", font="Courier", accent="#455A64",
                title="Appel à projets - Vivre mieux dans nos villages",
                subtitle="Fiche de candidature (Partons 2.0)",
                intro=None),
    rows=[
        ("Nom de la structure", "CLUB DES AÎNÉS DE STEENVOORDE", dict(name="structure")),
        ("Représentant / contact", "GÉRARD BOUTEN", dict(name="representant")),
        ("Adresse (n° et rue)", "23 RUE DES HOUBLONS", dict(name="rue")),
        ("Code postal", "59114", dict(name="code_postal")),
        ("Commune", "STEENVOORDE", dict(name="ville")),
        ("Téléphone", "0033 6 71 22 38 45", dict(name="telephone")),
        ("Adresse électronique", "GERARD.BOUTEN@EXAMPLE.NET", dict(name="email")),
        ("Nom du projet", "MINIBUS SOLIDAIRE POUR LES COURSES", dict(name="projet", wide=True)),
        ("Aide demandée", "10 000 €", dict(name="aide")),
        ("Budget total", "18 000 €", dict(name="budget")),
    ],
    truth=dict(organisation="Club des aînés de Steenvoorde", contact_name="Gérard Bouten",
               email="gerard.bouten@example.net", phone="+33671223845",
               address="23 rue des Houblons", postcode="59114", municipality="Steenvoorde", country="FR",
               project_title="Minibus solidaire pour les courses",
               requested_amount="10000.00", total_budget="18000.00"),
)

# ---------------------------------------------------------------- FR 14
case(
    key="d14", split="dev", lang="fr", fmt="pdf_letter",
    sender=("Aurélie Vandaele", "aurelie.vandaele@example.com"),
    date="Sat, 1 Jun 2019 20:14:37 +0200",
    subject="Fête des voisins + boîte à livres",
    body="""Bonjour,

Voici notre fiche projet. Je n'ai pas mis mon téléphone dans le
formulaire : vous pouvez me joindre au 07 81 22 64 10 (plutôt le soir).

Merci et bonne soirée,
Aurélie Vandaele
""",
    attachment="fiche projet voisins.pdf",
    design=dict(layout="table", font="Helvetica", value_font="Times-Roman", accent="#AD1457",
                title="Fiche projet - Appel à initiatives citoyennes 2019",
                subtitle="Partons 2.0 - Nord / Westhoek",
                intro="A renvoyer par courriel avant le 16 juin 2019."),
    rows=[
        ("Nom du collectif", "Collectif des Glycines"),
        ("Personne de contact", "Aurélie Vandaele"),
        ("Adresse", "14 allée des Glycines"),
        ("Code postal / Commune", "59270 Bailleul"),
        ("Téléphone", "voir mail"),
        ("Courriel", "aurelie.vandaele@example.com"),
        ("Titre du projet", "Fête des voisins et boîte à livres"),
        ("Montant demandé", "1 800 €"),
        ("Budget total", "2 350 €"),
    ],
    truth=dict(organisation="Collectif des Glycines", contact_name="Aurélie Vandaele",
               email="aurelie.vandaele@example.com", phone="+33781226410",
               address="14 allée des Glycines", postcode="59270", municipality="Bailleul", country="FR",
               project_title="Fête des voisins et boîte à livres",
               requested_amount="1800.00", total_budget="2350.00"),
)

# ---------------------------------------------------------------- FR 15
case(
    key="d15", split="dev", lang="fr", fmt="pdf_letter",
    sender=("Odile Verhaeghe", "odile.verhaeghe@example.org"),
    date="Thu, 30 May 2019 10:27:03 +0200",
    subject="Restauration du lavoir - candidature",
    body="""Madame, Monsieur,

Je vous prie de trouver ci-joint la candidature de notre association
pour la restauration participative du lavoir.

Veuillez agréer mes salutations distinguées.

Odile Verhaeghe
""",
    attachment="Candidature lavoir Cassel.pdf",
    design=dict(layout="boxed", font="Times-Roman", value_font="Times-Italic", accent="#37474F",
                title="Association Cassel Patrimoine Vivant",
                subtitle="Dossier de candidature - appel à projets Partons 2.0",
                intro=None),
    rows=[
        ("#", "1. Identification"),
        ("Association", "Association Cassel Patrimoine Vivant"),
        ("Responsable du projet", "Mme Odile Verhaeghe (présidente, retraitée)"),
        ("Adresse postale", "3 chemin des Moulins"),
        ("Code postal", "59670"),
        ("Ville", "Cassel"),
        ("Téléphone fixe", "03.28.40.55.12"),
        ("E-mail", "odile.verhaeghe@example.org"),
        ("#", "2. Projet"),
        ("Titre", "Restauration participative du lavoir"),
        ("Subvention sollicitée", "4 200 € (soit environ 60 % du budget)"),
        ("Coût total", "7 000 €"),
        ("Calendrier", "septembre 2019 - mars 2020"),
    ],
    truth=dict(organisation="Association Cassel Patrimoine Vivant", contact_name="Odile Verhaeghe",
               email="odile.verhaeghe@example.org", phone="+33328405512",
               address="3 chemin des Moulins", postcode="59670", municipality="Cassel", country="FR",
               project_title="Restauration participative du lavoir",
               requested_amount="4200.00", total_budget="7000.00"),
)

# ---------------------------------------------------------------- FR 16
case(
    key="d16", split="dev", lang="fr", fmt="docx_form",
    sender=("Karim Benali", "karim.benali@example.net"),
    date="Mon, 10 Jun 2019 17:45:20 +0200",
    subject="atelier vélo - dossier",
    body="""Bonjour,

je vous envoie le dossier pour l'atelier vélo avec les jeunes du quartier.
N'hésitez pas si il manque quelque chose.

Karim
animateur bénévole
""",
    attachment="dossier atelier velo.docx",
    design=dict(layout="table2", font="Verdana", accent="FFE699", hint_color="A6A6A6",
                title="Appel à projets « Partons 2.0 »",
                subtitle="Formulaire de candidature - initiatives d'habitants"),
    rows=[
        ("#", "Porteur du projet"),
        ("Nom de l'association :", "Maison de quartier des Remparts", dict(in_label=True)),
        ("Nom du responsable", "Karim Benali", dict(hint="(indiquez le nom complet)")),
        ("Adresse", "5 rue des Remparts Nord"),
        ("Code postal", "59380"),
        ("Commune", "Bergues"),
        ("Téléphone", "065 012 34 56"),
        ("Courriel", "karim.benali@example.net"),
        ("#", "Projet"),
        ("Titre du projet", "Atelier vélo pour les jeunes du quartier"),
        ("Montant demandé", "7 000 euros"),
        ("Budget total", "9 400 euros"),
    ],
    truth=dict(organisation="Maison de quartier des Remparts", contact_name="Karim Benali",
               email="karim.benali@example.net", phone="+33650123456",
               address="5 rue des Remparts Nord", postcode="59380", municipality="Bergues", country="FR",
               project_title="Atelier vélo pour les jeunes du quartier",
               requested_amount="7000.00", total_budget="9400.00"),
)

# ---------------------------------------------------------------- FR 17
case(
    key="d17", split="dev", lang="fr", fmt="docx_form",
    sender=("Sylvie Dumont", "sylvie.dumont@example.com"),
    date="Wed, 12 Jun 2019 08:55:11 +0200",
    subject="Potager pédagogique - candidature",
    body="""Bonjour,

Ci-joint notre candidature. Pour le montant je n'étais pas sûre de ce
qu'il fallait mettre, nous demandons 5 200 € à l'appel à projets.

Merci d'avance,

Sylvie Dumont
Association Parents Ensemble
École du Nouveau Monde - Hazebrouck
""",
    attachment="candidature potager.docx",
    design=dict(layout="sdt", font="Cambria", accent="DEEAF6", hint_color="808080",
                title="Formulaire de candidature",
                subtitle="Appel à initiatives citoyennes - Partons 2.0 (2019)"),
    rows=[
        ("Nom de la structure porteuse", ""),
        ("Nom, prénom du contact", "Sylvie Dumont"),
        ("N° et rue", "18 rue de l'Église"),
        ("Code postal", "59190"),
        ("Ville", "Hazebrouck"),
        ("Téléphone", "+33 (0)6 22 33 44 55"),
        ("Courriel", "sylvie.dumont@example.com"),
        ("Intitulé du projet", "Potager pédagogique des familles"),
        ("Montant demandé", "voir mail"),
        ("Budget prévisionnel total", "6 900 €"),
        ("Site internet", ""),
    ],
    truth=dict(organisation="Association Parents Ensemble", contact_name="Sylvie Dumont",
               email="sylvie.dumont@example.com", phone="+33622334455",
               address="18 rue de l'Église", postcode="59190", municipality="Hazebrouck", country="FR",
               project_title="Potager pédagogique des familles",
               requested_amount="5200.00", total_budget="6900.00"),
)

# ---------------------------------------------------------------- FR 18
case(
    key="d18", split="dev", lang="fr", fmt="odt_form",
    sender=("Céline Delattre", "celine.delattre@example.net"),
    date="Fri, 7 Jun 2019 13:19:26 +0200",
    subject="Candidature Les Amis du Jardin d'Esquelbecq",
    body="""Bonjour,

J'envoie ce dossier pour ma mère, Jeannine Delattre, qui s'occupe du
projet avec l'association. C'est elle qu'il faut contacter (son numéro est
dans le formulaire).

Cordialement,
Céline Delattre
""",
    attachment="dossier_amis_du_jardin.odt",
    design=dict(layout="table", font="Liberation Serif", accent="#E2EFDA",
                title="Appel à projets Partons 2.0",
                subtitle="Fiche de candidature - projets citoyens"),
    rows=[
        ("Association", "Les Amis du Jardin d'Esquelbecq"),
        ("Personne de contact", "Jeannine Delattre", dict(hint="<Nom Prénom>")),
        ("Adresse", "2 impasse des Peupliers"),
        ("Code postal", "59470"),
        ("Commune", "Esquelbecq"),
        ("Téléphone", "03 28 65 90 12"),
        ("Courriel", "jeannine.delattre@example.net"),
        ("Titre du projet", "Circuit vélo-découverte entre les villages"),
        ("Montant demandé", "3 000€"),
        ("Budget total", "4 500€"),
        ("Date de début", "", dict(hint="<jj/mm/aaaa>")),
    ],
    truth=dict(organisation="Les Amis du Jardin d'Esquelbecq", contact_name="Jeannine Delattre",
               email="jeannine.delattre@example.net", phone="+33328659012",
               address="2 impasse des Peupliers", postcode="59470", municipality="Esquelbecq", country="FR",
               project_title="Circuit vélo-découverte entre les villages",
               requested_amount="3000.00", total_budget="4500.00"),
)

# ---------------------------------------------------------------- FR 19
case(
    key="d19", split="dev", lang="fr", fmt="odt_form",
    sender=("Paul Lemaire", "paul.lemaire@example.org"),
    date="Sun, 26 May 2019 18:02:14 +0200",
    subject="Repair café Nieppe",
    body="""Bonjour,

Notre dossier pour le repair café est en pièce jointe (fait avec LibreOffice).

Bonne journée,
Paul Lemaire
""",
    attachment="repair cafe Nieppe.odt",
    design=dict(layout="paragraphs", font="DejaVu Sans", accent="#DDEBF7",
                title="Nieppe Solidaire - candidature",
                subtitle="Appel à projets Partons 2.0 - « Maak werk van je buurt ! »"),
    rows=[
        ("Nom du porteur de projet (tel qu'il figure dans les statuts) :", "Association Nieppe Solidaire"),
        ("Contact (nom et courriel) :", "Paul Lemaire – paul.lemaire@example.org"),
        ("Téléphone :", "06-08-77-12-34"),
        ("Adresse :", "41 rue des Brasseurs"),
        ("Code postal et commune :", "59850 Nieppe"),
        ("Titre du projet :", "Repair café mensuel"),
        ("Montant demandé à l'appel à projets :", "2 900,00 €"),
        ("Budget total du projet :", "3 600,00 €"),
    ],
    truth=dict(organisation="Association Nieppe Solidaire", contact_name="Paul Lemaire",
               email="paul.lemaire@example.org", phone="+33608771234",
               address="41 rue des Brasseurs", postcode="59850", municipality="Nieppe", country="FR",
               project_title="Repair café mensuel",
               requested_amount="2900.00", total_budget="3600.00"),
)

# ---------------------------------------------------------------- FR 20
case(
    key="d20", split="dev", lang="fr", fmt="ods_form",
    sender=("Thierry Debacker", "thierry.debacker@example.net"),
    date="Thu, 13 Jun 2019 21:36:48 +0200",
    subject="sentier transfrontalier - fiche",
    body="""Bonsoir,

Voici la fiche remplie (tableur LibreOffice). Le montant demandé a changé
après notre réunion, c'est indiqué dans la case.

Thierry Debacker
Association Mont Noir Nature
""",
    attachment="fiche_sentier.ods",
    design=dict(layout="ods_b", font="Liberation Sans", accent="#D9EAD3",
                title="Appel à projets Partons 2.0 - fiche candidature",
                subtitle="Nord / Westhoek"),
    rows=[
        ("Nom de l'association", "Association Mont Noir Nature"),
        ("Contact", "Thierry Debacker"),
        ("Adresse", "9 chemin des Hêtres"),
        ("Code postal", "59299"),
        ("Commune", "Boeschepe"),
        ("Téléphone", "0320.12.34.56"),
        ("Mail", "thierry.debacker@example.net"),
        ("Titre du projet", "Sentier de randonnée transfrontalier balisé"),
        ("Montant demandé", "9 000 € -> corrigé : 8 000 €"),
    ],
    budget=dict(items=[("Panneaux et balisage", 4200), ("Cartes imprimées", 2600),
                       ("Journée inaugurale", 1100), ("Outils et matériel", 2500)],
                total=10400, total_label="Total dépenses"),
    truth=dict(organisation="Association Mont Noir Nature", contact_name="Thierry Debacker",
               email="thierry.debacker@example.net", phone="+33320123456",
               address="9 chemin des Hêtres", postcode="59299", municipality="Boeschepe", country="FR",
               project_title="Sentier de randonnée transfrontalier balisé",
               requested_amount="8000.00", total_budget="10400.00"),
)
