# -*- coding: utf-8 -*-
"""Corpus c29, dev half: 20 invented applications (10 nl, 10 fr)."""
from blocks import T, S, N, P, H, F, FF, TB, CK, SIG, BR, SP
from callinfo import CALL_NL, COACH_NL, CALL_FR, COACH_FR
from common import truth, case

CASES = []
add = CASES.append

# --------------------------------------------------------------- D01
add(case("D01", "pdf_form", "nl",
    truth("Dorpsraad Watou", "Lieve Decroos", "lieve.decroos@example.org", "+32473123456",
          "Hoppestraat 14", "8978", "Watou", "BE",
          "Buurtkeuken in de oude pastorij", "8000.00", "12500.00"),
    dict(**{"from": ("Lieve Decroos", "lieve.decroos@example.org")},
         date=(2019, 6, 14, 22, 41, 7), agent="Mozilla/5.0 (Windows NT 10.0; rv:60.0) Thunderbird/60.7.0",
         subject="Aanvraag Maak werk van je buurt - Dorpsraad Watou",
         filename="Aanvraagformulier_MaakWerkVanJeBuurt_DorpsraadWatou.pdf",
         body="""Dag Jonas,

Hierbij ons aanvraagformulier voor de projectenoproep 'Maak werk van je buurt!'.
Het is wat last minute, excuses daarvoor: we konden het pas gisteren op de
dorpsraad afkloppen.

Als er nog iets ontbreekt, laat maar weten.

Groetjes,
Lieve Decroos
secretaris Dorpsraad Watou
"""),
    {"style": {"field": "colon", "label_width": 215, "heading": "bar", "accent": (0.78, 0.86, 0.93),
               "header": "Interreg V France-Wallonie-Vlaanderen – Partons 2.0", "footer":
               "Aanvraagformulier 'Maak werk van je buurt!' – versie april 2019", "pagefmt": "pagina {} van 2",
               "wfill": (0.93, 0.96, 1.0)},
     "blocks": [
        T("Projectenoproep ‘Maak werk van je buurt!’ – Aanvraagformulier"),
        S("Leefbare dorpen en buurten in de Westhoek en Noord-Frankrijk"),
        N(CALL_NL),
        H("1. De aanvrager"),
        F("1.1 Naam van de organisatie / vereniging / groep", "Dorpsraad Watou", name="aanvrager_naam"),
        F("1.2 Straat en huisnummer", "Hoppestraat 14", name="aanvrager_straat"),
        FF(F("1.3 Postcode", "8978", name="aanvrager_postcode"),
           F("1.4 Gemeente / deelgemeente", "Watou", name="aanvrager_gemeente"), widths=[0.4, 0.6]),
        F("1.5 Contactpersoon (naam en functie)", "Lieve Decroos (secretaris)", name="contact_naam"),
        FF(F("1.6 Telefoon / gsm", "0473/12.34.56", name="contact_tel"),
           F("1.7 E-mail", "lieve.decroos@example.org", name="contact_email")),
        F("1.8 Website of Facebookpagina", "", name="website"),
        H("2. Het project"),
        F("2.1 Titel van het project", "Buurtkeuken in de oude pastorij", name="project_titel"),
        F("2.2 Omschrijf kort je project (max. 10 lijnen)",
          "De oude pastorij staat al twee jaar leeg. Met vrijwilligers richten we de keuken en de grote "
          "zaal in als buurtkeuken: elke donderdag samen koken en eten, open voor iedereen uit het dorp, "
          "met aandacht voor alleenstaanden en ouderen. De gemeente stelt het gebouw ter beschikking.",
          lines=6, name="project_omschrijving"),
        F("2.3 Waar vindt het project plaats?", "Oude pastorij, Pastorijstraat 2, Watou", name="project_locatie"),
        F("2.4 Wie werkt mee? (inwoners, verenigingen, partners)",
          "KVLV Watou, de seniorenraad, de basisschool en een 15-tal vrijwilligers", lines=2, name="partners"),
        BR(),
        H("3. Financiën"),
        F("3.1 Totale kostprijs van het project (euro)", "12.500", name="kost_totaal"),
        F("3.2 Gevraagde bijdrage (max. 10 000 euro)", "8.000", name="bijdrage_gevraagd"),
        F("3.3 Andere financiering / eigen inbreng",
          "4.500 (eigen middelen dorpsraad + gemeente Poperinge)", lines=2, name="andere_financiering"),
        H("4. Begeleidingstraject"),
        N(COACH_NL),
        CK("Wij engageren ons om deel te nemen aan de sessies:", [("ja", True), ("nee", False)]),
        SIG("Datum en naam:", value="14/06/2019 - Lieve Decroos"),
     ]},
    {"title": "Aanvraagformulier Maak werk van je buurt", "author": "Provincie West-Vlaanderen"}))

# --------------------------------------------------------------- D02
add(case("D02", "pdf_form", "fr",
    truth("Les Jardins du Moulin", "Martine Vanhée", "m.vanhee@example.net", "+33328684107",
          "27 rue des Moëres", "59122", "Hondschoote", "FR",
          "Un verger partagé au pied du moulin", "7500.00", "9800.00"),
    dict(**{"from": ("Bernard Lefebvre", "bernard.lefebvre@example.com")},
         cc=[("Martine Vanhée", "m.vanhee@example.net")],
         date=(2019, 6, 15, 19, 5, 44), agent="Microsoft Outlook 16.0",
         subject="Candidature appel à projets - Les Jardins du Moulin (Hondschoote)",
         filename="dossier subvention Jardins du Moulin.pdf",
         body="""Bonsoir Monsieur Polin,

Veuillez trouver ci-joint notre dossier pour l'appel à projets Partons 2.0.
Faute de temps nous avons repris le formulaire de demande de subvention de
la mairie, j'espère que cela conviendra.

Pour toute question, merci de voir avec Martine Vanhée, notre trésorière,
qui suit le dossier (en copie).

Bien cordialement,
Bernard Lefebvre
Président – Les Jardins du Moulin
"""),
    {"style": {"field": "next", "font": "Times-Roman", "size": 10.5, "heading": "caps",
               "naming": "generic", "prefix": "Texte", "tooltips": False, "title_align": "center",
               "wfill": (1, 1, 1), "wborder": (0, 0, 0), "footer": "Mairie de Hondschoote – service vie associative",
               "pagenum": False},
     "blocks": [
        S("MAIRIE DE HONDSCHOOTE", bold=True, size=12),
        T("Dossier de demande de subvention 2019 – Associations", align="center"),
        N("Dossier à retourner complet en mairie avant le 31 janvier 2019. Pièces à joindre : statuts, "
          "RIB, compte rendu de la dernière assemblée générale, budget prévisionnel."),
        H("1. Identification de l'association"),
        F("Nom de l'association", "Les Jardins du Moulin"),
        F("Sigle", ""),
        F("Adresse du siège social", "27 rue des Moëres"),
        FF(F("Code postal", "59122"), F("Commune", "Hondschoote"), widths=[0.35, 0.65]),
        F("N° RNA ou SIRET", "W594001234"),
        H("2. Représentant légal (président)"),
        FF(F("Nom, prénom", "LEFEBVRE Bernard"), F("Téléphone", "06 71 22 90 13")),
        H("3. Personne chargée du dossier"),
        F("Nom, prénom, fonction", "Mme VANHÉE Martine (trésorière)"),
        FF(F("Téléphone", "03.28.68.41.07"), F("Courriel", "m.vanhee@example.net")),
        H("4. Présentation de l'action"),
        F("Intitulé de l'action", "Un verger partagé au pied du moulin"),
        F("Objectifs et description de l'action",
          "Planter un verger de variétés anciennes (pommiers, poiriers, cerisiers) sur le terrain communal "
          "près du moulin, entretenu par les habitants, avec une fête des récoltes chaque automne et des "
          "ateliers de taille ouverts à tous.", lines=5),
        F("Date ou période de réalisation", "automne 2019 – printemps 2020"),
        H("5. Budget de l'action"),
        FF(F("Coût total de l'action", "9 800,00 €"), F("Montant de la subvention demandée", "7 500 €")),
        F("Observations",
          "Dossier déposé dans le cadre de l'appel à projets Partons 2.0 (et non au titre de la subvention "
          "municipale annuelle).", lines=2),
        SIG("Fait à Hondschoote, le", value="15 juin 2019"),
     ]},
    {"title": "Demande de subvention associations 2019", "author": "Mairie de Hondschoote"}))

# --------------------------------------------------------------- D03
add(case("D03", "pdf_form", "nl",
    truth("Buurtcomité Kapelhoek", "Pieter Vandamme", "pieter.vandamme@example.com", "+3257218843",
          "Kapelhoek 7", "8957", "Mesen", "BE",
          "Trage wegen rond Mesen opnieuw bewandelbaar", "6200.00", None),
    dict(**{"from": ("Pieter Vandamme", "pieter.vandamme@example.com")},
         date=(2019, 6, 12, 7, 58, 30), agent="Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:60.0) Thunderbird/60.7.1",
         subject="projectfiche buurtcomité Kapelhoek",
         filename="projectfiche_kapelhoek.pdf",
         body="""Beste,

In bijlage onze projectfiche voor de oproep.
De totale kost weten we nog niet precies, we wachten nog op een offerte van
de aannemer voor de vlonders.

mvg
Pieter Vandamme
Buurtcomité Kapelhoek
"""),
    {"style": {"field": "tip", "naming": "generic", "prefix": "fill_", "tooltips": True,
               "heading": "plain", "wfill": (1, 1, 0.88), "wborder": (0.5, 0.5, 0.3), "pagenum": False,
               "header": "PF-2019/03"},
     "blocks": [
        T("PROJECTFICHE", size=20),
        S("Vul alle velden in. Beweeg de muis over een vak voor uitleg."),
        H("A"),
        F("Naam vereniging of groep", "Buurtcomité Kapelhoek", num=1),
        F("Contactpersoon (NAAM Voornaam)", "VANDAMME Pieter", num=2),
        F("Straat + huisnummer", "Kapelhoek 7", num=3),
        FF(F("Postcode", "8957", style="tip", num=4), F("Gemeente", "Mesen", style="tip", num=5),
           widths=[0.3, 0.7]),
        FF(F("Telefoon", "057 21 88 43", style="tip", num=6),
           F("E-mail", "PIETER.VANDAMME@EXAMPLE.COM", style="tip", num=7)),
        H("B"),
        F("Titel van het project", "Trage wegen rond Mesen opnieuw bewandelbaar", num=8),
        F("Beschrijving van het project",
          "Drie oude kerkwegels tussen Kapelhoek en het centrum van Mesen zijn dichtgegroeid. "
          "Met de buurt maken we ze weer vrij, leggen we vlonders over de natte stukken en "
          "zetten we wegwijzers en twee rustbanken.", lines=5, num=9),
        H("C"),
        FF(F("Gevraagd bedrag (max. 10 000 euro)", "€ 6.200", style="tip", num=10),
           F("Totale kost van het project", "", style="tip", num=11)),
        FF(F("Datum", "12/06/2019", style="tip", num=12), F("Handtekening (naam)", "P. Vandamme", style="tip", num=13)),
     ]},
    {"title": "projectfiche", "author": "dienst lokale economie"}))

# --------------------------------------------------------------- D04
add(case("D04", "pdf_form", "fr",
    truth("Comité de quartier du Perroquet", "Nathalie Cordier", "nathalie.cordier@example.net", "+33633194285",
          "14 rue des Dunes Blanches", "59123", "Bray-Dunes", "FR",
          "Fête des voisins et boîte à livres du Perroquet", "3200.00", "3950.00"),
    dict(**{"from": ("Jean-Marc Duhamel", "jm.duhamel@example.org")},
         cc=[("Nathalie Cordier", "nathalie.cordier@example.net")],
         date=(2019, 6, 13, 23, 12, 2), html=True,
         subject="Fiche de candidature Partons 2.0 – Comité de quartier du Perroquet",
         filename="Fiche_candidature_Partons2.0_Perroquet.pdf",
         body="""Bonjour,

Veuillez trouver ci-joint la fiche de candidature du Comité de quartier du
Perroquet (Bray-Dunes).
La personne de contact pour ce dossier est notre secrétaire, Nathalie Cordier
(coordonnées dans la fiche, elle est en copie).

Merci et bonne soirée,
Jean-Marc Duhamel, président
"""),
    {"style": {"field": "colon", "label_width": 150, "heading": "dark", "naming": "meaningful",
               "header": "Interreg V France-Wallonie-Vlaanderen – Partons 2.0 – Province de Flandre-Occidentale",
               "pagefmt": "{}/2", "accent": (0.87, 0.9, 0.95), "wfill": (0.95, 0.97, 1.0)},
     "blocks": [
        T("Appel à projets transfrontalier « Villages et quartiers vivants » – Fiche de candidature"),
        N(CALL_FR),
        H("A. Le porteur de projet"),
        F("A1. Nom de la structure", "Comité de quartier du Perroquet", name="A1_structure"),
        F("A2. Adresse (n° et rue)", "14 rue des Dunes Blanches", name="A2_adresse"),
        FF(F("A3. Code postal", "59123", name="A3_cp"), F("A4. Commune", "Bray-Dunes", name="A4_commune"),
           widths=[0.4, 0.6]),
        S("A5. Composition du bureau – cochez la personne à contacter pour ce dossier", bold=True),
        TB(["Fonction", "Nom et prénom", "Téléphone", "Courriel", "Contact"],
           [["Président(e)", "DUHAMEL Jean-Marc", "06 12 48 77 30", "jm.duhamel@example.org", False],
            ["Secrétaire", "Nathalie Cordier", "06 33 19 42 85", "nathalie.cordier@example.net", True],
            ["Trésorier(ère)", "Paul Dewaele", "03 28 26 51 19", "p.dewaele@example.com", False]],
           widths=[0.15, 0.23, 0.19, 0.31, 0.12], static_cols=[0], cell_tip="{h} – {r}",
           names=[[None, "pres_nom", "pres_tel", "pres_mail", "pres_contact"],
                  [None, "secr_nom", "secr_tel", "secr_mail", "secr_contact"],
                  [None, "tres_nom", "tres_tel", "tres_mail", "tres_contact"]]),
        H("B. Le projet"),
        F("B1. Titre du projet", "Fête des voisins et boîte à livres du Perroquet", name="B1_titre"),
        F("B2. Description",
          "Construire avec les enfants du quartier une boîte à livres sur la placette, et organiser une "
          "grande fête des voisins en septembre pour relancer la vie de quartier après la fermeture du "
          "dernier café.", lines=5, name="B2_description"),
        F("B3. Habitants et partenaires associés",
          "une trentaine d'habitants, l'école Pasteur, la médiathèque", lines=2, name="B3_partenaires"),
        BR(),
        H("C. Budget prévisionnel"),
        TB(["Poste de dépense", "Montant (€)"],
           [["Construction boîte à livres (matériaux)", "1 200,00"],
            ["Animation fête des voisins", "2 150,00"],
            ["Communication, affiches", "600,00"],
            ["TOTAL DES DÉPENSES", "3 950,00"],
            ["Montant demandé à l'appel à projets (max. 10 000 €)", "3 200,00"],
            ["Autofinancement / autres", "750,00"]],
           widths=[0.7, 0.3], static_cols=[0], bold_rows=[3], cell_tip="{r}",
           names=[[None, f"dep{i}"] for i in range(1, 4)] + [[None, "dep_total"], [None, "montant_demande"],
                                                             [None, "autofinancement"]]),
        H("D. Accompagnement"),
        N(COACH_FR),
        CK("Le porteur s'engage à participer aux sessions :", [("oui", True), ("non", False)]),
        SIG("Date :", value="13/06/2019"),
     ]},
    {"title": "Fiche de candidature Partons 2.0", "author": "Partons 2.0"}))

# --------------------------------------------------------------- D05
add(case("D05", "pdf_form", "nl",
    truth("Ouderraad VBS De Klimop", "Ellen Verhaeghe", "ellen.verhaeghe@example.com", "+32496551208",
          "Kloosterweg 3", "8690", "Alveringem (Hoogstade)", "BE",
          "Speelplaats wordt buurtspeelplein", "5000.00", "7500.00"),
    dict(**{"from": ("Ellen Verhaeghe", "ellen.verhaeghe@example.com")},
         date=(2019, 6, 11, 21, 17, 53), agent="Microsoft Outlook 16.0",
         subject="RE: projectenoproep - speelplaats Klimop",
         filename="aanvraag gemeente - speelplaats Klimop.pdf",
         body="""Hallo Jonas,

Zoals afgesproken na je uitleg op school: hierbij onze aanvraag.
Ik had het formulier van de gemeente nog liggen en heb dat maar gebruikt,
ik hoop dat dat geen probleem is. Het bedrag dat we aan jullie vragen staat
in de tabel bij de inkomsten.

Vriendelijke groet,
Ellen Verhaeghe
ouderraad VBS De Klimop
"""),
    {"style": {"field": "under", "heading": "underline", "naming": "meaningful", "tooltips": False,
               "wfill": (1, 1, 1), "wborder": (0.2, 0.2, 0.2), "wstyle": "underlined",
               "footer": "Gemeente Alveringem – dienst Vrije Tijd – formulier VT-07"},
     "blocks": [
        T("Gemeente Alveringem"),
        S("Aanvraagformulier subsidie eenmalige initiatieven", bold=True, size=12),
        N("Aanvragen minstens 6 weken voor de activiteit indienen bij de dienst Vrije Tijd. Het college "
          "beslist over de toekenning. Max. 500 euro per initiatief."),
        H("Aanvrager"),
        F("Naam vereniging", "Ouderraad VBS De Klimop"),
        F("Straat + nummer", "Kloosterweg 3"),
        FF(F("Postcode", "8690"), F("Gemeente", "Alveringem (Hoogstade)"), widths=[0.3, 0.7]),
        F("Naam contactpersoon", "Ellen Verhaeghe – mama van Lotte (3de lj.), lid ouderraad"),
        FF(F("GSM / telefoon", "0496 55 12 08"), F("E-mailadres", "ellen.verhaeghe@example.com")),
        H("Initiatief"),
        F("Naam van het initiatief", "Speelplaats wordt buurtspeelplein"),
        F("Omschrijving",
          "Na de schooluren en in het weekend openen we de speelplaats voor alle kinderen van Hoogstade. "
          "We vervangen het oude klimrek, zetten picknicktafels en zitbanken en maken afspraken met de "
          "buren over toezicht en sluiting.", lines=4),
        F("Datum / periode", "najaar 2019"),
        H("Financieel overzicht"),
        TB(["Inkomsten", "Bedrag"],
           [["Eigen middelen ouderraad (spaghettiavond)", "1.500"],
            ["Gemeente Alveringem", "1.000"],
            ["Partons 2.0 – Maak werk van je buurt", "5.000"],
            ["Totaal inkomsten", "7.500"]], widths=[0.7, 0.3], bold_rows=[3], cell_tip="inkomsten {r}"),
        TB(["Uitgaven", "Bedrag"],
           [["Speeltoestel + valondergrond", "5.200"],
            ["Zitbanken en picknicktafels", "1.650"],
            ["Opening / buurtfeest", "650"],
            ["Totaal uitgaven", "7.500"]], widths=[0.7, 0.3], bold_rows=[3], cell_tip="uitgaven {r}"),
        SIG("Handtekening + datum:", value="Ellen V. – 11/6/19"),
     ]},
    {"title": "subsidie eenmalige initiatieven", "author": "Gemeente Alveringem"}))

# --------------------------------------------------------------- D06
add(case("D06", "pdf_form", "fr",
    truth(None, "Sophie Lambrecht", "sophie.lambrecht@example.org", "+33681472590",
          "9 chemin des Trois Rois", "59470", "Bambecque", "FR",
          "Un banc, une boîte, un voisin : la place de Bambecque", "4000.00", "5200.00"),
    dict(**{"from": ("Sophie Lambrecht", "sophie.lambrecht@example.org")},
         date=(2019, 6, 10, 12, 31, 9),
         subject="demande - place de Bambecque",
         filename="demande_subvention_bambecque.pdf",
         body="""Bonjour,

Nous ne sommes pas une association, juste un petit groupe de voisins de la
place. J'ai rempli le formulaire du Département que j'avais sous la main,
j'espère que ça ira pour votre appel à projets.

Merci d'avance,
Sophie Lambrecht
"""),
    {"style": {"field": "colon", "heading": "dark", "naming": "generic", "prefix": "Champ",
               "tooltips": True, "size": 9.5, "accent": (0.9, 0.9, 0.9), "wfill": (0.9, 0.94, 0.98),
               "header": "Département du Nord – Direction de la vie associative", "pagefmt": "page {}"},
     "blocks": [
        S("Département du Nord", bold=True, size=13),
        T("Demande de subvention – Fonds départemental d'animation locale"),
        N("Le dossier complet est à adresser au Département au plus tard trois mois avant le début de "
          "l'action. Plafond : 3 000 € par projet. Formulaire 2018."),
        H("1 – Le demandeur"),
        CK("Vous êtes :", [("une association", False), ("une commune", False),
                           ("un collectif d'habitants / particulier", True)]),
        FF(F("Nom de l'association", "—"), F("N° RNA", "")),
        FF(F("Nom", "LAMBRECHT"), F("Prénom", "Sophie")),
        F("Adresse", "9 chemin des Trois Rois"),
        FF(F("Code postal", "59470"), F("Ville", "Bambecque")),
        FF(F("Tél.", "06 81 47 25 90"), F("Mél.", "sophie.lambrecht@example.org")),
        H("2 – L'action"),
        F("Intitulé", "Un banc, une boîte, un voisin : la place de Bambecque"),
        F("Description", "Réaménager le coin de la place avec des bancs fabriqués par les habitants, une "
          "boîte d'échange (livres, graines, outils) et un tableau d'affichage pour l'entraide entre "
          "voisins.", lines=4),
        F("Public visé / nombre de personnes", "les habitants du centre-bourg, env. 150 personnes"),
        H("3 – Plan de financement"),
        FF(F("Coût total du projet (€)", "5 200 €"), F("Subvention sollicitée (€)", "4000")),
        F("Autres financements", "Commune de Bambecque : prêt de matériel ; habitants : 1 200 € en nature",
          lines=2),
        SIG("Date et signature :", value="Bambecque, le 10/06/2019 – S. Lambrecht"),
     ]},
    {"title": "Demande de subvention FDAL", "author": "CD59"}))

# --------------------------------------------------------------- D07
add(case("D07", "pdf_letter", "nl",
    truth("Koninklijke Harmonie Sint-Cecilia Proven", "Wout Lahaye", "wout.lahaye@example.net", "+32486721933",
          "Kasteelhoekstraat 22", "8972", "Proven", "BE",
          "Muziek op het dorpsplein – zomerconcerten voor jong en oud", "8000.00", "11250.00"),
    dict(**{"from": ("Wout Lahaye", "wout.lahaye@example.net")},
         date=(2019, 6, 16, 21, 2, 38), agent="Microsoft Outlook 16.0",
         subject="aanvraag harmonie Proven - Maak werk van je buurt",
         filename="aanvraag harmonie Proven.pdf",
         body="""Beste heer Polin,

In bijlage vindt u onze aanvraag. We hebben het formulier van de cultuurraad
gebruikt omdat we dat toch al half ingevuld hadden, de titel staat er dus nog
boven. Het gaat wel degelijk om een aanvraag voor 'Maak werk van je buurt'.

Met vriendelijke groeten,
Wout Lahaye
vrijwilliger – Kon. Harmonie Sint-Cecilia Proven
"""),
    {"style": {"field": "dots", "font": "Times-Roman", "size": 11, "vfont": "Times-Italic",
               "vcolor": (0.05, 0.1, 0.45), "heading": "underline", "title_align": "center",
               "pagenum": False},
     "blocks": [
        T("CULTUURRAAD POPERINGE", align="center"),
        S("Aanvraagformulier projectsubsidie 2019", bold=True, align="center"),
        N("In te dienen bij het secretariaat van de cultuurraad. Subsidie: max. 2.500 euro per project, "
          "uitbetaling na voorlegging van de bewijsstukken.", box=False),
        H("Gegevens van de vereniging"),
        F("Naam vereniging:", "Koninklijke Harmonie Sint-Cecilia Proven"),
        F("Adres (straat, nr):", "Kasteelhoekstraat 22"),
        F("Postcode en gemeente:", "8972 Proven"),
        F("Voorzitter:", "Dirk Vanneste – tel. 0475 66 23 11"),
        F("Contactpersoon voor dit dossier:", "Wout Lahaye (vrijwilliger, bestuurslid)"),
        F("Telefoon contactpersoon:", "0486.72.19.33"),
        F("E-mail contactpersoon:", "wout.lahaye@example.net"),
        F("Tweede contactpersoon (bij afwezigheid):", "Dirk Vanneste, zie hierboven"),
        H("Het project"),
        F("Titel:", "Muziek op het dorpsplein – zomerconcerten voor jong en oud"),
        F("Korte beschrijving:", "Vier gratis zondagconcerten op het dorpsplein met de harmonie, de "
          "muziekschool en jonge bands uit de streek; de buurt zorgt voor een bar en een kinderhoek.",
          lines=3),
        F("Plaats en data:", "Dorpsplein Proven, 4 zondagen in juli-augustus 2020"),
        H("Begroting"),
        F("Totale kostprijs:", "€ 11 250,00"),
        F("Gevraagde subsidie:", "€ 8 000,00 (aan Partons 2.0 / Maak werk van je buurt)"),
        F("Eigen inbreng + sponsoring:", "€ 3 250,00"),
        SIG("Opgemaakt te Proven op", value="13 juni 2019"),
     ]},
    {"title": "Aanvraagformulier projectsubsidie cultuurraad", "author": "cultuurdienst",
     "creator": "Microsoft® Word 2016"}))

# --------------------------------------------------------------- D08
add(case("D08", "pdf_letter", "fr",
    truth("Association des Parents d'Élèves de Godewaersvelde", "Claire Debruyne",
          "claire.debruyne@example.org", "+33624587136",
          "6 rue des Houblons", "59270", "Godewaersvelde", "FR",
          "Potager pédagogique et intergénérationnel", "8000.00", "10400.00"),
    dict(**{"from": ("Claire Debruyne", "claire.debruyne@example.org")},
         date=(2019, 6, 16, 17, 48, 0),
         subject="Candidature APE Godewaersvelde",
         filename="candidature_APE_Godewaersvelde.pdf",
         body="""Bonjour Monsieur,

Je vous transmets la candidature de l'APE de Godewaersvelde pour l'appel à
projets. Je suis l'enseignante qui coordonne le projet de potager avec les
parents ; n'hésitez pas à m'appeler si besoin.

Cordialement,
Claire Debruyne
"""),
    {"style": {"field": "next", "font": "Helvetica", "vfont": "Courier", "vsize": 10,
               "heading": "plain", "note_box": False, "lbold": True, "pagefmt": "{}"},
     "blocks": [
        T("FORMULAIRE DE CANDIDATURE"),
        S("Projets d'habitants – villages et quartiers"),
        H("A. Qui porte le projet ?"),
        F("A1. Nom de la structure", "Association des Parents d'Élèves de Godewaersvelde"),
        F("A2. Statut juridique", "association loi 1901"),
        F("A3. Adresse du siège", "6 rue des Houblons – 59270 Godewaersvelde"),
        F("A4. Personne à contacter (nom, fonction)",
          "Claire Debruyne, enseignante CM1-CM2, membre du bureau"),
        F("A5. Adresse de la personne à contacter", "cf. ci-dessus"),
        F("A6. Téléphone", "06-24-58-71-36"),
        F("A7. Courriel", "claire.debruyne@example.org"),
        H("B. Le projet"),
        F("B1. Intitulé", "Potager pédagogique et intergénérationnel"),
        F("B2. En quoi le projet améliore-t-il la vie du village ?",
          "Le terrain derrière l'école devient un potager cultivé par les élèves et les anciens du "
          "village ; pendant les vacances, les familles et les voisins prennent le relais. Les récoltes "
          "vont à la cantine et au repas des aînés."),
        F("B3. Qui participe ?", "les 3 classes de l'école, le club des aînés, une dizaine de parents"),
        H("C. Le budget"),
        F("C1. Coût total", "10 400 euros"),
        F("C2. Montant demandé", "8000 euros"),
        F("C3. Autres financements", "APE : 900 euros ; mairie : 1 500 euros"),
        F("C4. Calendrier", "septembre 2019 – juin 2020"),
     ]},
    {"title": "Formulaire de candidature", "author": "Claire", "creator": "Writer"}))

# --------------------------------------------------------------- D09
add(case("D09", "pdf_letter", "nl",
    truth("Vzw Dorpshuis Stavele", "Hilde Mahieu", "hilde.mahieu@example.com", "+32472903361",
          "Zwaanhoekstraat 40", "8691", "Stavele", "BE",
          "Het Dorpshuis als ontmoetingsplek: zitbanken, tafels en een koffiehoek", "7500.00", "9600.00"),
    dict(**{"from": ("Hilde Mahieu", "hilde.mahieu@example.com")},
         date=(2019, 6, 15, 10, 3, 21),
         subject="Projectvoorstel Dorpshuis Stavele",
         filename="Projectvoorstel Dorpshuis Stavele.pdf",
         body="""Goeiemorgen,

Hierbij ons projectvoorstel voor de projectenoproep.
Voor vragen ben ik het best telefonisch bereikbaar (na 17u).

Vriendelijke groeten,

Hilde Mahieu
vzw Dorpshuis Stavele
0472 90 33 61
"""),
    {"style": {"field": "cell", "font": "Helvetica", "size": 10, "heading": "bar",
               "accent": (0.88, 0.93, 0.85), "pagenum": False, "gap": 0},
     "blocks": [
        T("Projectvoorstel Partons 2.0 – ‘Maak werk van je buurt!’"),
        H("Wie zijn we?"),
        F("Naam:", "Vzw Dorpshuis Stavele"),
        F("Adres:", "Zwaanhoekstraat 40, 8691 Stavele"),
        F("Contact:", "Hilde Mahieu (bestuurslid)"),
        F("E-mail:", "hilde.mahieu@example.com"),
        H("Wat willen we doen?"),
        F("Projecttitel:", "Het Dorpshuis als ontmoetingsplek: zitbanken, tafels en een koffiehoek"),
        F("Idee:", "Het Dorpshuis is nu alleen open voor vergaderingen. We willen een vaste koffiehoek "
          "inrichten die drie namiddagen per week open is, bemand door vrijwilligers, met nieuwe "
          "tafels en stoelen en zitbanken aan de voorkant."),
        F("Met wie?", "ziekenzorg, de landelijke gilde, de jeugdbeweging en de buren van de Zwaanhoek"),
        H("Wat kost het?"),
        F("Kostprijs totaal:", "9 600 euro"),
        F("Eigen inbreng:", "2 100 euro"),
        F("Gevraagd bedrag:", "7 500 euro"),
     ]},
    {"title": "Projectvoorstel", "author": "Hilde", "creator": "Microsoft® Word voor Office 365"}))

# --------------------------------------------------------------- D10
add(case("D10", "pdf_letter", "fr",
    truth("Collectif Jardin de la Gare", "Karim Benali", "karim.benali@example.net", "+33645187209",
          "18 rue du Tonnelier", "59270", "Bailleul", "FR",
          "Jardin partagé de la Gare", "6900.00", "8300.00"),
    dict(**{"from": ("Karim Benali", "karim.benali@example.net")},
         date=(2019, 6, 14, 8, 26, 40), html=True,
         subject="Appel à projets - Jardin partagé de la Gare (Bailleul)",
         filename="Fiche action FPH - Jardin de la Gare.pdf",
         body="""Bonjour,

Ci-joint notre fiche pour l'appel à projets. C'est la fiche action du centre
socioculturel (on l'avait déjà remplie pour le FPH), j'ai ajouté la ligne
Partons 2.0 dans le budget.

Bonne journée,
Karim Benali
Collectif Jardin de la Gare
"""),
    {"style": {"field": "grid", "font": "Helvetica", "size": 9.5, "label_width": 175,
               "accent": (0.96, 0.88, 0.8), "heading": "bar", "vfont": "Helvetica",
               "header": "Centre socioculturel – Bailleul", "pagenum": False},
     "blocks": [
        T("Fonds de Participation des Habitants – Fiche action"),
        N("Le FPH finance des micro-projets d'habitants : aide plafonnée à 800 € par action. "
          "Fiche à déposer à l'accueil du centre, le comité d'attribution se réunit chaque mois."),
        F("Nom du groupe / de l'association", "Collectif Jardin de la Gare"),
        F("Référent(e) du projet", "Karim BENALI"),
        F("Adresse", "18 rue du Tonnelier"),
        F("CP / Ville", "59270 Bailleul"),
        F("Téléphone", "06.45.18.72.09"),
        F("Mail", "KARIM.BENALI@EXAMPLE.NET"),
        F("Nom de l'action", "Jardin partagé de la Gare"),
        F("Description", "Transformer la friche derrière l'ancienne gare en jardin partagé : "
          "parcelles collectives, composteur de quartier, ateliers le samedi avec le centre social."),
        F("Date(s)", "à partir de septembre 2019"),
        H("Budget de l'action"),
        TB(["Dépenses", "€", "Recettes", "€"],
           [["Outils et graines", "1 450", "Autofinancement", "400"],
            ["Cabane de jardin", "3 900", "Ville de Bailleul", "1 000"],
            ["Récupérateurs d'eau", "1 150", "Appel à projets Partons 2.0", "6 900"],
            ["Animations", "1 800", "", ""],
            ["TOTAL", "8 300", "TOTAL", "8 300"]],
           widths=[0.32, 0.16, 0.36, 0.16], static_cols=[0, 2], bold_rows=[4],
           align={1: "right", 3: "right"}),
     ]},
    {"title": "Fiche action FPH", "author": "CSC", "creator": "Microsoft® Word 2013"}))

# --------------------------------------------------------------- D11
add(case("D11", "docx_form", "nl",
    truth("Bewonersgroep Kemmelberg-Noord", "Griet Ryckewaert", "griet.ryckewaert@example.org", "+3257449126",
          "Berghoekstraat 9", "8956", "Kemmel", "BE",
          "Buurtmoestuin aan de voet van de Kemmelberg", "5000.00", "6850.00"),
    dict(**{"from": ("Luc Vandenbussche", "luc.vandenbussche@example.net")},
         date=(2019, 6, 15, 23, 38, 12), agent="Microsoft Outlook 16.0",
         subject="Maak werk van je buurt: aanvraag bewonersgroep Kemmelberg-Noord",
         filename="Buurtbudget aanvraag Kemmelberg-Noord.docx",
         body="""Beste Jonas,

Zoals beloofd onze aanvraag. We hebben het formulier van het buurtbudget van
de gemeente hergebruikt. Griet, onze buurvrouw, volgt het verder op, zij is
ook de contactpersoon.

Groeten,
Luc Vandenbussche
"""),
    {"style": {"field": "grid", "font": "Arial", "size": 10, "heading": "shaded", "accent": "DEEAF6",
               "grid_lw_cm": 6.5, "header": "Gemeente Heuvelland – dienst Samenleving", "note_box": True},
     "blocks": [
        T("Gemeente Heuvelland – Buurtbudget 2019"),
        S("Aanvraagformulier voor bewonersinitiatieven"),
        N("Het buurtbudget bedraagt max. 1 000 euro per buurt. Indienen bij de dienst Samenleving vóór "
          "1 april 2019."),
        H("1. Jullie groep"),
        F("Naam van de buurt- of bewonersgroep", "Bewonersgroep Kemmelberg-Noord"),
        F("Adres van de groep (straat + nr)", "Berghoekstraat 9"),
        F("Postcode", "8956"),
        F("Deelgemeente", "Kemmel"),
        F("Correspondentieadres (indien anders)", "idem"),
        F("Woordvoerder / voorzitter", "Luc Vandenbussche"),
        F("Contactpersoon voor dit project", "Griet Ryckewaert (buurvrouw van nr. 11)"),
        F("Telefoon contactpersoon", "057/44.91.26"),
        F("E-mail contactpersoon", "GRIET.RYCKEWAERT@EXAMPLE.ORG"),
        H("2. Jullie idee"),
        F("Titel", "Buurtmoestuin aan de voet van de Kemmelberg"),
        F("Wat gaan jullie doen?", "Op een braakliggend stuk grond van een buur (gratis in gebruik) "
          "leggen we een gemeenschappelijke moestuin aan met bakken op hoogte, een tuinhuis en een "
          "regenwaterput. Elke zaterdag samen tuinieren, oogst delen."),
        F("Hoeveel buren doen mee?", "een 25-tal gezinnen"),
        H("3. Budget"),
        F("Totale kosten", "6.850 euro"),
        F("Gevraagd bedrag", "5000 euro"),
        F("Opmerking", "we dienen dit in bij de oproep Maak werk van je buurt (Partons 2.0), niet bij het "
          "buurtbudget van de gemeente"),
     ]},
    {"title": "Buurtbudget 2019 aanvraagformulier", "author": "Gemeente Heuvelland",
     "last_modified_by": "Luc"}))

# --------------------------------------------------------------- D12
add(case("D12", "docx_form", "nl",
    truth(None, "Mieke Deconinck", "mieke.deconinck@example.com", "+32485312764",
          "Zuidschoteweg 3A", "8904", "Boezinge", "BE",
          "Straatmeesters voor Boezinge", "3500.00", None),
    dict(**{"from": ("Jan Lowie", "jan.lowie@example.net")},
         cc=[("Mieke Deconinck", "mieke.deconinck@example.com")],
         date=(2019, 6, 16, 22, 55, 1),
         subject="aanvraag straatmeesters Boezinge",
         filename="aanvraag straatmeesters.docx",
         body="""Hallo,

Nog net op tijd hoop ik: in bijlage onze aanvraag. We zijn twee buren die
dit samen trekken, Mieke is de contactpersoon (staat in cc).

Jan
"""),
    {"style": {"field": "next", "font": "Calibri", "size": 11, "heading": "plain", "lbold": True,
               "vitalic": False, "indent_cm": 0},
     "blocks": [
        T("Aanvraag projectenoproep Maak werk van je buurt"),
        F("Wie dient de aanvraag in?", "Twee buren uit de Zuidschoteweg: Mieke Deconinck en Jan Lowie. "
          "We zijn (nog) geen vereniging."),
        F("Naam organisatie (indien van toepassing)", "/"),
        F("Wie is de contactpersoon?", "Mieke Deconinck"),
        F("Adres?", "Zuidschoteweg 3A, 8904 Boezinge"),
        F("Hoe kunnen we je bereiken?", "+32 (0)485 31 27 64 – mieke.deconinck@example.com"),
        F("Hoe heet jullie project?", "Straatmeesters voor Boezinge"),
        F("Wat willen jullie doen?", "In elke straat van Boezinge een straatmeester: een buur die nieuwe "
          "bewoners verwelkomt, een oogje in het zeil houdt bij oudere buren en mensen doorverwijst. "
          "We organiseren een opleiding en maken een klein boekje met alle contacten."),
        F("Hoeveel geld vragen jullie?", "3.500 euro (vooral voor opleiding en communicatie)"),
        F("Wat kost het project in totaal?", ""),
        F("Wie helpt er nog mee?", "de pastoor, het OCMW, een 12-tal kandidaat-straatmeesters"),
     ]},
    {"title": "", "author": "Jan"}))

# --------------------------------------------------------------- D13
add(case("D13", "docx_form", "nl",
    truth("Boerenmarkt Passendale vzw", "Koen Desmet", "koen.desmet@example.com", "+32468203199",
          "Kaasmakerijstraat 61", "8980", "Passendale", "BE",
          "Wekelijkse boerenmarkt op het Passendaalse kerkplein", "6000.00", "6450.00"),
    dict(**{"from": ("Ann Vandenberghe", "ann.vandenberghe@example.net")},
         cc=[("Koen Desmet", "koen.desmet@example.com")],
         date=(2019, 6, 12, 20, 9, 15), agent="Microsoft Outlook 16.0", html=True,
         subject="Aanvraag Boerenmarkt Passendale",
         filename="Aanvraag Fonds Dorpsleven - Boerenmarkt Passendale.docx",
         body="""Beste meneer Polin,

Ik stuur u dit door namens Koen Desmet, onze penningmeester, die het dossier
trekt. We hebben het formulier van het Fonds Dorpsleven gebruikt waar we
vorig jaar ook bij indienden; de gegevens zijn wel allemaal nieuw.

Met vriendelijke groet,
Ann Vandenberghe
secretaris Boerenmarkt Passendale vzw
"""),
    {"style": {"field": "colon", "font": "Verdana", "size": 9.5, "heading": "builtin", "accent": "E2EFDA",
               "footer": "Fonds Dorpsleven West-Vlaanderen – aanvraagformulier 2019"},
     "blocks": [
        T("Fonds Dorpsleven West-Vlaanderen"),
        S("Aanvraagformulier projectsteun – ronde 2019"),
        N("Het Fonds ondersteunt dorpsprojecten met 2 500 tot 15 000 euro. Dossiers worden beoordeeld door "
          "een onafhankelijke jury."),
        H("Organisatie"),
        F("Naam", "Boerenmarkt Passendale vzw"),
        F("Ondernemingsnummer", "0712.345.678"),
        F("Maatschappelijke zetel", "Kaasmakerijstraat 61, 8980 Passendale"),
        H("Bestuur – duid met X aan wie de contactpersoon is"),
        TB(["Functie", "Naam", "Telefoon", "E-mail", "Contact (X)"],
           [["Voorzitter", "Geert Dewulf", "0479 12 80 54", "geert.dewulf@example.org", ""],
            ["Secretaris", "Ann Vandenberghe", "051 77 42 18", "ann.vandenberghe@example.net", ""],
            ["Penningmeester", "Koen Desmet", "0468 20 31 99", "koen.desmet@example.com", "X"]]),
        H("Project"),
        F("Projecttitel", "Wekelijkse boerenmarkt op het Passendaalse kerkplein"),
        F("Doel van het project", "Elke vrijdagavond een markt met producten van boeren uit de streek, "
          "met een ontmoetingshoek met zitplaatsen, zodat het kerkplein opnieuw een trefpunt wordt."),
        H("Begroting"),
        TB(["Uitgaven", "Bedrag (EUR)"],
           [["Marktkramen en tenten", "4 200,00"],
            ["Promotie (affiches, website)", "1 350,00"],
            ["Elektriciteitskast", "900,00"],
            ["Totaal", "6 450,00"],
            ["Gevraagd aan de oproep 'Maak werk van je buurt'", "6 000,00"],
            ["Eigen middelen", "450,00"]], bold_rows=[3], align={1: "right"}),
     ]},
    {"title": "Aanvraagformulier Fonds Dorpsleven", "author": "Fonds Dorpsleven",
     "last_modified_by": "Ann Vandenberghe"}))

# --------------------------------------------------------------- D14
add(case("D14", "docx_form", "fr",
    truth("Association Le Relais d'Oost-Cappel", "Élodie Verstraete", "elodie.verstraete@example.org",
          "+33768215433", "3 rue du Vieux Moulin", "59122", "Oost-Cappel", "FR",
          "Le Relais : un café associatif et point de services", "8000.00", "14300.00"),
    dict(**{"from": ("Didier Ryckebusch", "didier.ryckebusch@example.com")},
         date=(2019, 6, 14, 18, 40, 26),
         subject="Demande de soutien – Le Relais d'Oost-Cappel",
         filename="Demande soutien Le Relais.docx",
         body="""Bonjour Monsieur Polin,

Comme convenu par téléphone, voici notre demande. Nous avons utilisé le
dossier de la Fondation que nous avions déjà préparé ; le montant indiqué
est bien celui que nous sollicitons auprès de l'appel à projets.
Élodie Verstraete est la référente du projet.

Cordialement,
Didier Ryckebusch
Président, Le Relais
"""),
    {"style": {"field": "cell", "font": "Georgia", "size": 10, "heading": "caps", "cell_newline": True},
     "blocks": [
        T("Fondation Terres de Flandre"),
        S("Demande de soutien – projets de proximité"),
        N("La Fondation soutient des projets associatifs en Flandre intérieure et maritime. Montant maximum : "
          "5 000 €. Réponse sous deux mois."),
        H("1. Le demandeur"),
        F("1.1 Nom de l'association", "Association Le Relais d'Oost-Cappel"),
        F("1.2 Adresse complète", "3 rue du Vieux Moulin\n59122 Oost-Cappel"),
        F("1.3 Président(e)", "Didier Ryckebusch"),
        F("1.4 Référent du projet (personne à contacter)", "Élodie Verstraete"),
        F("1.5 Téléphone / courriel du référent", "07 68 21 54 33 / elodie.verstraete@example.org"),
        F("1.6 Second contact", "Didier Ryckebusch – 06 40 17 88 52"),
        H("2. Le projet"),
        F("2.1 Titre", "Le Relais : un café associatif et point de services"),
        F("2.2 Description", "Rouvrir l'ancien estaminet du village comme café associatif tenu par des "
          "bénévoles, avec un dépôt de pain, un point relais colis et un coin numérique."),
        F("2.3 Calendrier", "travaux à l'automne 2019, ouverture au printemps 2020"),
        H("3. Financement"),
        F("3.1 Budget total du projet", "14.300 €"),
        F("3.2 Montant sollicité", "8.000 €"),
        F("3.3 Autres financeurs sollicités", "Commune d'Oost-Cappel (2 000 €), Région (dossier en cours)"),
     ]},
    {"title": "Demande de soutien", "author": "Fondation TdF", "last_modified_by": "Didier"}))

# --------------------------------------------------------------- D15
add(case("D15", "docx_form", "fr",
    truth("Foyer rural de Ledringhem", "Agnès Delattre", "agnes.delattre@example.net", "+33328621745",
          "12 rue du Calvaire", "59470", "Ledringhem", "FR",
          "Navette solidaire pour les aînés du village", "8000.00", "9150.00"),
    dict(**{"from": ("Agnès Delattre", "agnes.delattre@example.net")},
         date=(2019, 6, 16, 11, 20, 5),
         subject="Candidature Foyer rural de Ledringhem",
         filename="candidature navette Ledringhem.docx",
         body="""Bonjour,

Je vous prie de trouver ci-joint la candidature du Foyer rural de Ledringhem
pour l'appel à projets « villages vivants ».

Bien à vous,
Agnès Delattre, secrétaire
"""),
    {"style": {"field": "colon", "font": "Times New Roman", "size": 11.5, "heading": "underline",
               "lbold": True},
     "blocks": [
        T("Appel à projets Partons 2.0 – notre candidature"),
        FF(F("Association", "Foyer rural de Ledringhem"), F("N° RNA", "W593002217")),
        FF(F("Adresse", "12 rue du Calvaire"), F("CP", "59470")),
        FF(F("Commune", "Ledringhem"), F("Pays", "France")),
        FF(F("Contact", "Agnès Delattre, secrétaire"), F("Tél.", "03 28 62 17 45")),
        FF(F("Courriel", "agnes.delattre@example.net"), F("Site", "—")),
        H("Le projet"),
        F("Titre", "Navette solidaire pour les aînés du village"),
        F("Lieu de réalisation", "cf. ci-dessus (salle du foyer) et communes voisines"),
        F("Description", "Des bénévoles conduisent les personnes âgées sans voiture au marché, chez le "
          "médecin et aux activités du foyer, avec un petit véhicule partagé et un planning en ligne.",
          style="next"),
        H("Budget"),
        FF(F("Coût total", "9 150 €"), F("Autofinancement", "1 150 €")),
        FF(F("Montant sollicité", "8 000 €"), F("Autres aides", "néant")),
        SIG("Ledringhem, le 16 juin 2019"),
     ]},
    {"title": "candidature", "author": "Foyer rural"}))

# --------------------------------------------------------------- D16
add(case("D16", "odt_form", "nl",
    truth("Vrijwillige Chauffeursdienst Lo-Reninge", "Marc Vanhove", "marc.vanhove@example.org",
          "+3258289104", "Westvleterenweg 18", "8647", "Lo-Reninge", "BE",
          "Samen op weg: vervoer voor minder mobiele dorpsgenoten", "7000.00", "7000.00"),
    dict(**{"from": ("Marc Vanhove", "marc.vanhove@example.org")},
         date=(2019, 6, 13, 16, 44, 50),
         subject="aanvraag chauffeursdienst Lo-Reninge",
         filename="aanvraag_chauffeursdienst.odt",
         body="""Beste Jonas,

Hierbij onze aanvraag voor de projectenoproep. We gebruikten het formulier
van het plattelandsloket, ik hoop dat dat volstaat.

Groeten,
Marc Vanhove
coördinator vrijwilligers
"""),
    {"style": {"field": "next", "font": "Liberation Serif", "size": 11, "vitalic": True,
               "heading": "underline"},
     "blocks": [
        S("Plattelandsloket Westhoek", bold=True),
        T("Aanvraagformulier kleine dorpsprojecten"),
        N("Het plattelandsloket helpt verenigingen met kleine projecten in de landelijke gemeenten van de "
          "Westhoek. Stuur het formulier naar je contactpersoon bij het loket."),
        H("A. Aanvrager"),
        F("Naam van de vereniging/groep", "Vrijwillige Chauffeursdienst Lo-Reninge"),
        F("Adres", "Westvleterenweg 18"),
        F("Postcode – gemeente", "8647 Lo-Reninge"),
        F("Contactpersoon", "Marc Vanhove, coördinator vrijwilligers"),
        F("Telefoon", "058 28 91 04"),
        F("E-mail", "marc.vanhove@example.org"),
        H("B. Project"),
        F("Projectnaam", "Samen op weg: vervoer voor minder mobiele dorpsgenoten"),
        F("Beschrijving", "Een groep van 14 vrijwillige chauffeurs brengt ouderen en mensen zonder "
          "vervoer naar de dokter, de markt en activiteiten. We willen een centrale telefoonlijn, een "
          "planningstool en een opleiding voor de chauffeurs."),
        F("Doelgroep", "ouderen en minder mobiele inwoners van Lo, Reninge, Pollinkhove, Noordschote"),
        H("C. Kosten"),
        F("Totale kost van het project", "7 000 euro"),
        F("Gevraagde steun", "7000 euro (= volledige kost, zie hierboven)"),
     ]},
    {"title": "Aanvraagformulier kleine dorpsprojecten", "author": "Plattelandsloket"}))

# --------------------------------------------------------------- D17
add(case("D17", "odt_form", "fr",
    truth("Les Jeunes du Bourg", "Laurence Vandaele", "laurence.vandaele@example.com", "+33658221497",
          "7 allée des Tilleuls", "59470", "Wormhout", "FR",
          "Un espace jeunes au city-stade", "6500.00", "8900.00"),
    dict(**{"from": ("Tom Vandaele", "tom.vdl@example.net")},
         date=(2019, 6, 15, 15, 7, 33),
         subject="projet espace jeunes Wormhout",
         filename="fiche projet espace jeunes.odt",
         body="""Bonjour monsieur,

Je suis Tom, du groupe Les Jeunes du Bourg à Wormhout. Voici notre fiche
projet (on a pris celle du conseil municipal des jeunes). Comme je suis
mineur c'est ma mère qui est la personne à contacter, ses coordonnées sont
dans la fiche.

Merci beaucoup
Tom
"""),
    {"style": {"field": "grid", "font": "Liberation Sans", "size": 10, "heading": "shaded",
               "accent": "#fde9d9", "grid_lw": 0.42},
     "blocks": [
        S("Ville de Wormhout – Conseil Municipal des Jeunes"),
        T("Fiche projet jeunes"),
        N("À remplir avec l'animateur jeunesse. Les projets retenus sont présentés en séance plénière du CMJ."),
        F("Nom du projet", "Un espace jeunes au city-stade"),
        F("Porté par (groupe / association)", "Les Jeunes du Bourg"),
        F("Adresse", "7 allée des Tilleuls"),
        F("Code postal", "59470"),
        F("Ville", "Wormhout"),
        F("Jeune référent", "Tom Vandaele, 16 ans"),
        F("Adulte référent (parent) – à contacter", "Laurence Vandaele (maman de Tom)"),
        F("Téléphone adulte référent", "06/58/22/14/97"),
        F("Mail adulte référent", "laurence.vandaele@example.com"),
        F("Description", "Installer un abri, des bancs et un point d'eau à côté du city-stade, et organiser "
          "avec les jeunes un tournoi et un chantier de peinture murale avec un artiste."),
        F("Budget total", "8 900,00 €"),
        F("Aide demandée", "6 500,00 € (appel à projets Partons 2.0)"),
     ]},
    {"title": "Fiche projet CMJ", "author": "Service jeunesse"}))

# --------------------------------------------------------------- D18
add(case("D18", "odt_form", "fr",
    truth("Association Herzeele Patrimoine", "Francis Deswarte", "f.deswarte@example.org", "+33620374588",
          "21 rue de la Brasserie", "59470", "HERZEELE", "FR",
          "Restauration participative du calvaire et balade du patrimoine", "8000.00", "11600.00"),
    dict(**{"from": ("Francis Deswarte", "f.deswarte@example.org")},
         date=(2019, 6, 16, 23, 41, 17),
         subject="Herzeele Patrimoine - candidature",
         filename="DEMANDE HERZEELE PATRIMOINE.odt",
         body="""Monsieur,

Veuillez trouver en pièce jointe notre demande de participation.
Désolé pour l'heure tardive.

Francis Deswarte
Président, Herzeele Patrimoine
"""),
    {"style": {"field": "dots", "font": "Liberation Sans", "size": 10.5, "lbold": False,
               "vfont": "Liberation Mono", "title_align": "center"},
     "blocks": [
        T("DEMANDE DE PARTICIPATION"),
        S("Appel à projets « villages vivants » – Westhoek / Flandre française"),
        F("Nom de l'association", "Association Herzeele Patrimoine"),
        F("Responsable du projet", "Francis Deswarte, président"),
        F("Adresse", "21 rue de la Brasserie"),
        F("Code postal et commune", "59470 HERZEELE"),
        F("Téléphone", "06 20 37 45 88"),
        F("Adresse électronique", "F.DESWARTE@EXAMPLE.ORG"),
        F("Titre du projet", "Restauration participative du calvaire et balade du patrimoine"),
        F("Résumé du projet", "Chantiers du samedi avec les habitants pour restaurer le calvaire du "
          "carrefour, puis création d'une balade commentée (panneaux bilingues) reliant les chapelles."),
        F("Coût global de l'opération", "11 600 €"),
        F("Aide sollicitée auprès de l'appel à projets", "huit mille euros (8 000 €)"),
        F("Date", "16/06/2019"),
     ]},
    {"title": "Demande de participation", "author": "F. Deswarte"}))

# --------------------------------------------------------------- D19
add(case("D19", "xlsx_form", "nl",
    truth("Buurtvereniging Adinkerke-Dorp", "Sofie Vermeulen", "sofie.vermeulen@example.net", "+32471382650",
          "Moeresteenweg 112", "8660", "Adinkerke", "BE",
          "Buurtfeest en zitbanken voor het dorpsplein", "4750.00", "6280.00"),
    dict(**{"from": ("Sofie Vermeulen", "sofie.vermeulen@example.net")},
         date=(2019, 6, 14, 13, 2, 11),
         subject="aanvraag buurtvereniging Adinkerke (excel)",
         filename="aanvraag_Adinkerke.xlsx",
         body="""Dag Jonas,

Ik heb alles in een excelletje gegoten, hopelijk is dat ok. Tweede tabblad is
de begroting.

Groetjes
Sofie
"""),
    {"style": {"widths": [34, 52, 14], "lbold": True, "box_values": True, "merge_titles": False,
               "sheet": "Aanvraag", "accent": "FFF2CC"},
     "blocks": [
        T("Aanvraag Maak werk van je buurt – Adinkerke"),
        H("Gegevens aanvrager"),
        F("Vereniging", "Buurtvereniging Adinkerke-Dorp"),
        F("Contactpersoon (NAAM Voornaam)", "VERMEULEN Sofie"),
        F("Straat en nr", "Moeresteenweg 112"),
        F("Postcode", "8660"),
        F("Gemeente", "Adinkerke"),
        F("GSM", "0471 38 26 50"),
        F("E-mail", "sofie.vermeulen@example.net"),
        H("Project"),
        F("Projecttitel", "Buurtfeest en zitbanken voor het dorpsplein"),
        F("Korte uitleg", "Nieuwe zitbanken en plantvakken op het dorpsplein, samen met de buren "
          "geplaatst, en een buurtfeest bij de inhuldiging."),
        T("Begroting", sheet="Begroting"),
        TB(["Post", "Bedrag"],
           [["Zitbanken (4 st.)", 2480.0], ["Plantvakken", 1350.0], ["Buurtfeest (tent, geluid)", 1650.0],
            ["Drukwerk", 800.0], ["TOTAAL", 6280.0], ["Eigen inbreng", 1530.0],
            ["Gevraagd aan Partons 2.0", 4750.0]], bold_rows=[4]),
     ]},
    {"title": "aanvraag", "author": "Sofie"}))

# --------------------------------------------------------------- D20
add(case("D20", "ods_form", "fr",
    truth("Comité des fêtes de Houtkerque", "Jean-Pierre Looten", "jp.looten@example.com", "+33328401266",
          "5 rue du Bois Carré", "59470", "Houtkerque", "FR",
          "Marché de producteurs transfrontalier Houtkerque-Watou", "5600.00", "7500.00"),
    dict(**{"from": ("Marie-Christine Hennebelle", "mc.hennebelle@example.org")},
         date=(2019, 6, 11, 9, 54, 2),
         subject="Comité des fêtes de Houtkerque – dossier appel à projets",
         filename="budget previsionnel comite des fetes.ods",
         body="""Bonjour Monsieur Polin,

Voici notre dossier sous forme de tableur (budget prévisionnel avec nos
coordonnées en haut). Jean-Pierre, notre trésorier, est la personne à
contacter pour ce projet.

Cordialement,
Marie-Christine Hennebelle
Présidente du Comité des fêtes
"""),
    {"style": {"widths_cm": [5.5, 6.5, 3.2, 6], "sheet": "Budget 2019-2020", "lbold": True},
     "blocks": [
        T("Comité des fêtes de Houtkerque – Budget prévisionnel 2019-2020"),
        H("Identification"),
        FF(F("Association", "Comité des fêtes de Houtkerque"), F("Contact", "Jean-Pierre Looten (trésorier)")),
        FF(F("Adresse", "5 rue du Bois Carré"), F("Téléphone", "03 28 40 12 66")),
        FF(F("CP Ville", "59470 Houtkerque"), F("Courriel", "jp.looten@example.com")),
        F("Projet", "Marché de producteurs transfrontalier Houtkerque-Watou"),
        SP(),
        H("Charges"),
        TB(["Charges", "Montant"],
           [["Location chapiteaux", 2900], ["Animation musicale", 1600], ["Communication bilingue", 1200],
            ["Sécurité / barrières", 1000], ["Frais divers", 800], ["Total charges", 7500]], bold_rows=[5]),
        SP(),
        H("Produits"),
        TB(["Produits", "Montant"],
           [["Subvention appel à projets « Partons 2.0 »", 5600], ["Commune de Houtkerque", 800],
            ["Fonds propres", 1100], ["Total produits", 7500]], bold_rows=[3]),
     ]},
    {"title": "Budget prévisionnel", "author": "JP Looten"}))
