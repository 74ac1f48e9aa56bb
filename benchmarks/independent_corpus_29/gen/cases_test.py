# -*- coding: utf-8 -*-
"""Corpus c29, test half: 20 invented applications (10 nl, 10 fr)."""
from blocks import T, S, N, P, H, F, FF, TB, CK, SIG, BR, SP
from callinfo import CALL_NL, COACH_NL, CALL_FR, COACH_FR, COORD_NL
from common import truth, case

CASES = []
add = CASES.append

# --------------------------------------------------------------- T01
add(case("T01", "pdf_form", "nl",
    truth("Dorpsraad Beveren-aan-den-IJzer", "Nele Vanacker", "nele.vanacker@example.net", "+32494276185",
          "Roesbruggestraat 12", "8691", "Beveren-aan-den-IJzer", "BE",
          "Een dorpsontmoetingspunt in de oude schoolkapel", "9500.00", "23750.00"),
    dict(**{"from": ("Nele Vanacker", "nele.vanacker@example.net")},
         date=(2019, 6, 16, 20, 13, 45), agent="Microsoft Outlook 16.0",
         subject="Aanvraag dorpsraad Beveren-aan-den-IJzer",
         filename="aanvraag_ontmoetingspunt_schoolkapel.pdf",
         body="""Beste Jonas,

In bijlage onze aanvraag voor 'Maak werk van je buurt!'. We gebruikten het
formulier van het provinciale fonds omdat daar alle bestuursleden op staan;
het gevraagde bedrag is wel voor jullie projectenoproep.

Met vriendelijke groeten,
Nele Vanacker
secretaris dorpsraad
"""),
    {"style": {"field": "colon", "label_width": 150, "heading": "caps", "naming": "generic",
               "prefix": "Tekstveld ", "tooltips": False, "size": 9.5, "wfill": (0.96, 0.96, 0.96),
               "wstyle": "inset", "band": (0.1, 0.35, 0.2), "pagefmt": "blz. {}"},
     "blocks": [
        S("Provincie West-Vlaanderen – Plattelandsbeleid", bold=True),
        T("Aanvraag ondersteuning Fonds Leefbare Dorpen"),
        N("Het fonds kent per dossier maximaal 25 000 euro toe. Aanvragen indienen vóór 1 maart bij de "
          "dienst Plattelandsbeleid."),
        CK("Type aanvrager:", [("lokaal bestuur", False), ("vereniging / dorpsraad", True),
                               ("handelaar", False), ("feitelijke bewonersgroep", False)]),
        H("Gegevens aanvrager"),
        F("Naam", "Dorpsraad Beveren-aan-den-IJzer"),
        F("Adres", "Roesbruggestraat 12"),
        FF(F("Postcode", "8691"), F("Gemeente", "Beveren-aan-den-IJzer"), widths=[0.35, 0.65]),
        H("Voorzitter"),
        FF(F("Naam", "Rik Coussement"), F("Tel.", "0477 81 20 63"), F("E-mail", "rik.coussement@example.org"),
           widths=[0.34, 0.26, 0.4]),
        H("Secretaris"),
        FF(F("Naam", "Nele Vanacker"), F("Tel.", "0494 27 61 85"), F("E-mail", "nele.vanacker@example.net"),
           widths=[0.34, 0.26, 0.4]),
        H("Penningmeester"),
        FF(F("Naam", "Bart Cappoen"), F("Tel.", "058 31 74 02"), F("E-mail", "bart.cappoen@example.com"),
           widths=[0.34, 0.26, 0.4]),
        F("Contactpersoon voor dit dossier", "secretaris (zie hierboven)"),
        H("Project"),
        F("Titel", "Een dorpsontmoetingspunt in de oude schoolkapel"),
        F("Omschrijving", "De kapel van de vroegere meisjesschool wordt een ontmoetingspunt met een kleine "
          "bar, een leeshoek en ruimte voor de verenigingen. De dorpsraad baat het uit met vrijwilligers; "
          "de gemeente zorgt voor de renovatie van het dak.", lines=5),
        F("Timing", "inrichting najaar 2019, opening voorjaar 2020"),
        H("Financiering"),
        FF(F("Totale projectkost", "23.750"), F("Gevraagd bedrag", "9.500")),
        F("Andere financiering", "gemeente Alveringem 8.000, eigen middelen 6.250"),
        SIG("Datum:", value="16/06/2019"),
     ]},
    {"title": "Aanvraag Fonds Leefbare Dorpen", "author": "Provincie West-Vlaanderen"}))

# --------------------------------------------------------------- T02
add(case("T02", "pdf_form", "nl",
    truth("Chiro Westvleteren", "Arne Dequidt", "arne.dequidt@example.org", "+32478520917",
          "Kapelaanstraat 4", "8640", "Westvleteren", "BE",
          "Een speelbos voor alle kinderen van het dorp", "2500.00", "3100.00"),
    dict(**{"from": ("Arne Dequidt", "arne.dequidt@example.org")},
         date=(2019, 6, 15, 1, 12, 9),
         subject="chiro westvleteren - speelbos",
         filename="Chiro Westvleteren speelbos.pdf",
         body="""Hey,

Hierbij de aanvraag van onze chiro. Het formulier is dat van de jeugdraad,
maar dit is voor jullie oproep Maak werk van je buurt (de jeugdraadsubsidie
vragen we apart aan).

Groetjes,
Arne
hoofdleiding Chiro Westvleteren
"""),
    {"style": {"field": "grid", "label_width": 190, "heading": "bar", "naming": "meaningful",
               "tooltips": True, "accent": (0.85, 0.93, 0.85), "font": "Helvetica", "size": 10,
               "pagenum": False, "footer": "Jeugdraad Vleteren – projectsubsidie"},
     "blocks": [
        T("Jeugdraad Vleteren", box=True),
        S("Aanvraag projectsubsidie jeugdinitiatief", bold=True),
        N("Jeugdverenigingen kunnen per werkjaar max. 1.250 euro projectsubsidie aanvragen. Bezorg het "
          "formulier aan de jeugddienst; de jeugdraad adviseert op de eerstvolgende algemene vergadering."),
        H("Vereniging"),
        F("Naam jeugdvereniging", "Chiro Westvleteren"),
        F("Lokaal (adres)", "Kapelaanstraat 4, 8640 Westvleteren"),
        F("Verantwoordelijke (leiding)", "Arne Dequidt – hoofdleiding"),
        F("GSM", "+32 (0)478 52 09 17"),
        F("E-mail", "arne.dequidt@example.org"),
        H("Project"),
        F("Naam project", "Een speelbos voor alle kinderen van het dorp"),
        F("Wat?", "Het bosje achter het lokaal wordt een speelbos dat ook buiten de chiro open is: "
          "boomstammen, een hut, een blotevoetenpad en een infobord, aangelegd op een doe-dag met "
          "ouders en buren.", lines=4),
        F("Wanneer?", "doe-dag in oktober 2019"),
        F("Begroting: totale kost", "3.100 euro"),
        F("Gevraagde subsidie", "2.500"),
        F("Rekeningnummer vereniging", ""),
     ]},
    {"title": "Projectsubsidie jeugd", "author": "Jeugddienst"}))

# --------------------------------------------------------------- T03
add(case("T03", "pdf_form", "nl",
    truth(None, "Annelies Devos", "annelies.devos@example.com", "+32479306215",
          "Veldhoekstraat 27", "8906", "Elverdinge", "BE",
          "Plukbloemenstrook en insectenhotel langs de kerkweg", "1850.00", "2300.00"),
    dict(**{"from": ("Annelies Devos", "annelies.devos@example.com")},
         date=(2019, 6, 9, 19, 36, 28), html=True,
         subject="Idee voor Elverdinge",
         filename="burgerbudget_formulier_ADevos.pdf",
         body="""Beste,

Ik ben geen vereniging maar wil met een paar buren iets doen aan de kerkweg.
In bijlage het formulier (ik had dat van het burgerbudget van de stad, ik
hoop dat het ook voor jullie oproep kan).

Vriendelijke groeten,
Annelies Devos
Veldhoekstraat 27, Elverdinge
tel. 0479/30.62.15
"""),
    {"style": {"field": "colon", "label_width": 120, "heading": "plain", "naming": "meaningful",
               "tooltips": False, "font": "Helvetica", "size": 10, "wstyle": "underlined",
               "wfill": (1, 1, 1), "header": "Stad Ieper – dienst Participatie", "pagenum": False},
     "blocks": [
        T("Burgerbudget: aanvraagformulier voor inwoners"),
        N("Heb je een idee voor je buurt? Vul dit formulier in en bezorg het aan de dienst Participatie. "
          "Per idee kan max. 2 000 euro toegekend worden."),
        CK("Ik dien in als:", [("vereniging", False), ("individuele inwoner", True)]),
        F("Naam vereniging", "n.v.t."),
        FF(F("Voornaam", "Annelies"), F("Familienaam", "Devos")),
        F("Straat en nr", "Veldhoekstraat 27"),
        FF(F("Postcode", "8906", comb=4, name="postcode"), F("Deelgemeente", "Elverdinge"), widths=[0.4, 0.6]),
        FF(F("Telefoon", ""), F("E-mail", "annelies.devos@example.com")),
        H("Jouw idee"),
        F("Titel van je idee", "Plukbloemenstrook en insectenhotel langs de kerkweg"),
        F("Beschrijving", "Langs de oude kerkweg zaaien we met de buren een strook plukbloemen en bouwen "
          "we samen met de school een insectenhotel. Iedereen mag bloemen plukken; de buren maaien en "
          "onderhouden.", lines=5),
        FF(F("Totale kostprijs", "2 300 euro"), F("Gevraagd bedrag", "1 850 euro")),
        SIG("Datum:", value="9 juni 2019"),
     ]},
    {"title": "Burgerbudget aanvraagformulier", "author": "Stad Ieper"}))

# --------------------------------------------------------------- T04
add(case("T04", "pdf_form", "fr",
    truth("Association Steenvoorde Ensemble", "Hugo Maerten", "hugo.maerten@example.org", "+33674513620",
          "30 rue des Géants", "59114", "Steenvoorde", "FR",
          "Tiers-lieu « La Grange » : rencontres et services au village", "10000.00", "15400.00"),
    dict(**{"from": ("Hugo Maerten", "hugo.maerten@example.org")},
         date=(2019, 6, 14, 17, 2, 56),
         subject="Candidature tiers-lieu La Grange - Steenvoorde",
         filename="Demande_subvention_La_Grange.pdf",
         body="""Bonjour Monsieur Polin,

Vous trouverez ci-joint notre demande. Nous avons repris le formulaire de
subvention exceptionnelle de la commune, que nous avions déjà complété ; le
montant demandé correspond au plafond de l'appel à projets.

Je suis votre interlocuteur pour ce dossier.

Bien cordialement,
Hugo Maerten
Secrétaire – Steenvoorde Ensemble
"""),
    {"style": {"field": "colon", "label_width": 190, "heading": "underline", "naming": "generic",
               "prefix": "Zone", "tooltips": True, "font": "Times-Roman", "size": 10.5,
               "wfill": (0.97, 0.97, 0.9), "title_align": "center"},
     "blocks": [
        S("COMMUNE DE STEENVOORDE", bold=True, align="center"),
        T("Demande de subvention exceptionnelle", align="center"),
        N("Toute demande doit être accompagnée d'un budget détaillé. La subvention exceptionnelle ne peut "
          "dépasser 50 % du coût du projet."),
        H("Association"),
        F("Dénomination", "Association Steenvoorde Ensemble"),
        F("Adresse du siège", "30 rue des Géants"),
        FF(F("Code postal", "59114"), F("Ville", "Steenvoorde")),
        H("Membres du bureau"),
        TB(["Fonction", "Nom – Prénom", "Téléphone"],
           [["Président", "VANDENABEELE André", "06 19 44 28 73"],
            ["Trésorière", "BAERT Chantal", "03 28 42 57 90"],
            ["Secrétaire", "MAERTEN Hugo", "06 74 51 36 20"]], widths=[0.25, 0.45, 0.3]),
        H("Personne chargée du dossier"),
        S("(nom – téléphone – courriel)"),
        FF(F("Nom de la personne chargée du dossier", "Hugo Maerten", style="tip"),
           F("Téléphone de la personne chargée du dossier", "06 74 51 36 20", style="tip"),
           F("Courriel de la personne chargée du dossier", "hugo.maerten@example.org", style="tip"),
           widths=[0.33, 0.27, 0.4]),
        H("Projet"),
        F("Intitulé du projet", "Tiers-lieu « La Grange » : rencontres et services au village"),
        F("Description", "Aménager une ancienne grange en tiers-lieu : café associatif, espace de "
          "coworking, ateliers et permanences de services publics, géré par les habitants.", lines=4),
        F("Montant total du projet", "15 400,00"),
        F("Subvention sollicitée", "10 000"),
        F("Autres financements", "fonds propres 2 400 ; mécénat local 3 000"),
        SIG("Date :", value="14/06/19"),
     ]},
    {"title": "Demande de subvention exceptionnelle", "author": "Mairie"}))

# --------------------------------------------------------------- T05
add(case("T05", "pdf_form", "fr",
    truth("Association Vivre au Hameau du Leet", "Odile Beun", "odile.beun@example.net", "+33647831250",
          "2 chemin du Leet", "59270", "Flêtre", "FR",
          "Jardin de hameau et four à pain partagé", "5450.00", None),
    dict(**{"from": ("Rémi Dequeker", "remi.dequeker@example.com")},
         cc=[("Odile Beun", "odile.beun@example.net")],
         date=(2019, 6, 12, 22, 28, 40),
         subject="Fiche d'intention - Hameau du Leet (Flêtre)",
         filename="fiche intention hameau du Leet.pdf",
         body="""Bonsoir,

Ci-joint notre fiche. Odile, notre voisine, est la personne de contact
principale. Le coût total n'est pas encore chiffré précisément (devis du four
en attente), nous vous le transmettrons dès que possible.

Rémi Dequeker
Président
"""),
    {"style": {"field": "cell", "heading": "bar", "naming": "meaningful", "tooltips": True,
               "accent": (0.93, 0.88, 0.95), "font": "Helvetica", "size": 10, "gap": 3,
               "footer": "Pays des Monts et des Houblons – fiche d'intention"},
     "blocks": [
        S("Pays des Monts et des Houblons", bold=True),
        T("Fiche d'intention – Fonds d'initiatives rurales"),
        N("Cette fiche permet de présenter une idée de projet avant le dépôt d'un dossier complet."),
        H("A. Le porteur"),
        F("A1. Nom de l'association", "Association Vivre au Hameau du Leet"),
        F("A2. Adresse", "2 chemin du Leet"),
        FF(F("A3. Code postal", "59270", style="cell"), F("A4. Commune", "Flêtre", style="cell")),
        F("A5. Contact principal (nom)", "Odile Beun (voisine, membre)"),
        FF(F("A6. Téléphone", "+33 (0)6 47 83 12 50", style="cell"),
           F("A7. Courriel", "odile.beun@example.net", style="cell")),
        F("A8. Second contact (nom, fonction, tél.)", "Rémi Dequeker, président – 06 31 70 52 84"),
        H("B. Le projet"),
        F("B1. Titre", "Jardin de hameau et four à pain partagé"),
        F("B2. Résumé", "Un jardin commun et un four à pain construit avec les habitants du hameau, "
          "allumé un dimanche par mois pour une fournée collective et un repas partagé.", lines=3),
        F("B3. Lieu", "prairie communale au bout du chemin du Leet"),
        FF(F("B4. Montant demandé", "5 450 €", style="cell"), F("B5. Coût total estimé", "", style="cell")),
        F("B6. Date de démarrage", "septembre 2019"),
     ]},
    {"title": "Fiche d'intention", "author": "Pays MH"}))

# --------------------------------------------------------------- T06
add(case("T06", "pdf_form", "fr",
    truth("Association L'Épicerie du Village de Killem", "Yannick Lemaire", "yannick.lemaire@example.com",
          "+33658419027", "1 rue de la Colme", "59122", "Killem", "FR",
          "Une épicerie-dépôt tenue par des bénévoles", "7000.00", "8200.00"),
    dict(**{"from": ("Yannick Lemaire", "yannick.lemaire@example.com")},
         date=(2019, 6, 13, 9, 15, 3), agent="Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Thunderbird/60.7.0",
         subject="Appel à projets - épicerie de Killem",
         filename="Fondation_Coeur_de_Village_Killem.pdf",
         body="""Bonjour,

Je vous adresse la candidature de l'association L'Épicerie du Village de
Killem, sur le formulaire de la Fondation Cœur de Village que nous avions
(même projet). Le montant demandé à votre appel figure dans le tableau.

Cordialement,
Yannick Lemaire
"""),
    {"style": {"field": "next", "heading": "dark", "naming": "meaningful", "tooltips": True,
               "font": "Helvetica", "size": 9.5, "wstyle": "inset", "wfill": (0.94, 0.97, 0.94),
               "header": "Fondation Cœur de Village", "pagefmt": "- {} -"},
     "blocks": [
        T("Fondation Cœur de Village – Formulaire de demande"),
        N("La Fondation accorde jusqu'à 15 000 € aux projets de commerces et services de proximité en "
          "milieu rural. Joindre les devis."),
        H("Identification"),
        FF(F("Nom de la structure", "Association L'Épicerie du Village de Killem"),
           F("Forme juridique", "association loi 1901"), widths=[0.65, 0.35]),
        FF(F("N° et voie", "1 rue de la Colme"), F("Code postal", "59122"), F("Commune", "Killem"),
           widths=[0.45, 0.2, 0.35]),
        FF(F("Responsable du projet", "Yannick Lemaire, président"),
           F("Téléphone", "0033 6 58 41 90 27"), widths=[0.6, 0.4]),
        F("Courriel", "yannick.lemaire@example.com"),
        H("Projet"),
        F("Titre", "Une épicerie-dépôt tenue par des bénévoles"),
        F("Présentation", "Depuis la fermeture de la supérette, les habitants font 8 km pour acheter du pain. "
          "L'association ouvre une épicerie-dépôt (pain, produits locaux, colis) tenue par des "
          "bénévoles dans l'ancienne poste.", lines=4),
        H("Dépenses prévisionnelles"),
        TB(["Poste", "Montant TTC"],
           [["Aménagement du local", "3 800,00"], ["Équipement frigorifique", "2 950,00"],
            ["Communication", "450,00"], ["Formation des bénévoles", "1 000,00"],
            ["Total", "8 200,00"], ["Montant demandé à l'appel « Partons 2.0 »", "7 000,00"],
            ["Apport de l'association", "1 200,00"]],
           widths=[0.7, 0.3], bold_rows=[4], cell_tip="{r}"),
        SIG("Fait le", value="13 juin 2019"),
     ]},
    {"title": "Formulaire de demande", "author": "Fondation Coeur de Village"}))

# --------------------------------------------------------------- T07
add(case("T07", "pdf_letter", "nl",
    truth("Buurtwerking Zillebeke-Vijver", "Tom Depuydt", "katrien.soenen@example.org", "+32470558124",
          "Vijverdreef 8", "8902", "Zillebeke", "BE",
          "Een buurtplein aan de vijver", "8000.00", "9450.00"),
    dict(**{"from": ("Katrien Soenen", "katrien.soenen@example.org")},
         date=(2019, 6, 16, 14, 51, 22),
         subject="Buurtwerking Zillebeke-Vijver: aanvraag",
         filename="aanvraag buurtplein Zillebeke.pdf",
         body="""Dag Jonas,

Ik stuur dit in namens Tom Depuydt, onze voorzitter en contactpersoon. Tom
gebruikt geen e-mail: bellen kan op zijn gsm (staat in het formulier), of je
mailt naar mij en ik geef het door.

Groeten,
Katrien Soenen
secretaris
"""),
    {"style": {"field": "colon", "label_width": 140, "font": "Helvetica", "size": 10,
               "vfont": "Helvetica-Bold", "vline": True, "heading": "plain", "pagenum": False},
     "blocks": [
        T("Aanvraag Maak werk van je buurt – Buurtwerking Zillebeke-Vijver"),
        H("Vereniging"),
        FF(F("Naam", "Buurtwerking Zillebeke-Vijver"), F("Rechtsvorm", "feitelijke vereniging"),
           widths=[0.62, 0.38]),
        F("Adres", "Vijverdreef 8"),
        FF(F("Postcode", "8902"), F("Gemeente", "Zillebeke")),
        H("Bestuur"),
        FF(F("Voorzitter", "Tom Depuydt"), F("GSM", "0470 55 81 24")),
        FF(F("Secretaris", "Katrien Soenen"), F("GSM", "")),
        F("Contactpersoon", "de voorzitter"),
        H("Project"),
        F("Titel", "Een buurtplein aan de vijver"),
        F("Wat", "Het grasveld aan de vijver inrichten als buurtplein met een petanquebaan, "
          "zitbanken en een deelkast; jaarlijks een buurtfeest."),
        H("Centen"),
        FF(F("Totaal budget", "9 450 euro"), F("Gevraagd", "8000 euro")),
     ]},
    {"title": "aanvraag", "author": "Katrien", "creator": "Microsoft® Word 2010"}))

# --------------------------------------------------------------- T08
add(case("T08", "pdf_letter", "nl",
    truth("Seniorenraad Koekelare", "Rita Verbeke", "rita.verbeke@example.net", "+3251582470",
          "Zuidstraat 51", "8680", "Koekelare", "BE",
          "Telewerk- en computerhoek voor jong en oud", "6250.00", "6250.00"),
    dict(**{"from": ("Rita Verbeke", "rita.verbeke@example.net")},
         date=(2019, 6, 11, 15, 30, 0),
         subject="Aanvraag seniorenraad Koekelare",
         filename="Aanvraag activiteitenbudget seniorenraad.pdf",
         body="""Goedemiddag meneer Polin,

Hierbij de aanvraag van de seniorenraad. Het is het formulier van het
dienstencentrum, maar we vragen het volledige bedrag aan de projectenoproep.

Met vriendelijke groeten,
Rita Verbeke
secretaris seniorenraad
"""),
    {"style": {"field": "under", "font": "Helvetica", "size": 10, "vfont": "Courier", "vsize": 10.5,
               "heading": "underline", "footer": "LDC De Zonnewijzer"},
     "blocks": [
        S("Lokaal Dienstencentrum De Zonnewijzer", bold=True),
        T("Aanvraag activiteitenbudget"),
        N("Verenigingen die activiteiten in het dienstencentrum organiseren, kunnen een activiteitenbudget "
          "aanvragen (max. 750 euro per jaar)."),
        F("Naam organisatie / vereniging", "Seniorenraad Koekelare"),
        FF(F("Straat + huisnummer", "Zuidstraat 51"), F("Postcode", "8680"), F("Gemeente", "Koekelare"),
           widths=[0.5, 0.18, 0.32], style="under"),
        FF(F("Verantwoordelijke", "Rita Verbeke (secretaris)"), F("Telefoon", "051 58 24 70"),
           style="under"),
        F("E-mail", "rita.verbeke@example.net"),
        F("Activiteit / project", "Telewerk- en computerhoek voor jong en oud"),
        F("Korte omschrijving", "In de cafetaria komt een hoek met twee laptops en een printer waar "
          "ouderen met hulp van jongeren leren werken met de computer en waar telewerkers terecht kunnen."),
        H("Uitgaven"),
        TB(["Omschrijving uitgave", "Bedrag"],
           [["2 laptops + printer", "3.600,00"], ["Meubilair (tafels, stoelen)", "1.150,00"],
            ["Begeleiding door lesgever", "1.500,00"], ["Totaal", "6.250,00"],
            ["Gevraagd aan Partons 2.0 – Maak werk van je buurt", "6.250,00"]],
           widths=[0.72, 0.28], bold_rows=[3], align={1: "right"}),
     ]},
    {"title": "Aanvraag activiteitenbudget", "author": "LDC", "creator": "Microsoft® Word 2016"}))

# --------------------------------------------------------------- T09
add(case("T09", "pdf_letter", "fr",
    truth("Association Caëstre Village Vivant", "Benoît Dehaene", "benoit.dehaene@example.org", "+33611527940",
          "15 rue de la Becque", "59190", "Caëstre", "FR",
          "Café-rencontre mensuel et répertoire des savoir-faire", "7500.00", "9900.00"),
    dict(**{"from": ("Benoît Dehaene", "benoit.dehaene@example.org")},
         date=(2019, 6, 15, 11, 47, 19),
         subject="Dossier de candidature Caëstre Village Vivant",
         filename="dossier_candidature_caestre.pdf",
         body="""Bonjour,

Ci-joint notre dossier de candidature (export PDF).
Bonne réception,

Benoît Dehaene
secrétaire de Caëstre Village Vivant
"""),
    {"style": {"font": "Times-Roman", "size": 10.5, "heading": "bar", "accent": (0.9, 0.9, 0.82),
               "vfont": "Times-Roman", "pagenum": False, "title_align": "center"},
     "blocks": [
        T("Dossier de candidature", align="center"),
        S("« Villages vivants » – Flandre française", align="center"),
        H("Renseignements sur le porteur"),
        TB(["Identification", ""],
           [["Association : Association Caëstre Village Vivant", "Statut : association loi 1901"],
            ["Adresse : 15 rue de la Becque", "Code postal / commune : 59190 Caëstre"],
            ["Contact : Benoît Dehaene (secrétaire)", "Tél. : 06 11 52 79 40"],
            ["Courriel : benoit.dehaene@example.org", "Président : Jacques Vanpeperstraete"]],
           widths=[0.55, 0.45], static_cols=[0, 1], rh=18),
        H("Le projet"),
        TB(["Rubrique", "Réponse"],
           [["Titre", "Café-rencontre mensuel et répertoire des savoir-faire"],
            ["Description", "Un café-rencontre le premier samedi du mois à la salle des fêtes, et un "
             "répertoire des savoir-faire des habitants (bricolage, couture, informatique) pour s'entraider."],
            ["Partenaires", "mairie de Caëstre, club des aînés, école"]],
           widths=[0.25, 0.75], static_cols=[0, 1]),
        H("Budget"),
        TB(["Financement", "€"],
           [["Budget total", "9 900 €"],
            ["Montant demandé", "sept mille cinq cents euros (7 500 €)"]],
           widths=[0.35, 0.65], static_cols=[0, 1]),
        SIG("Caëstre, le 15/06/2019"),
     ]},
    {"title": "Dossier de candidature", "author": "bdehaene", "creator": "Writer",
     }))

# --------------------------------------------------------------- T10
add(case("T10", "pdf_letter", "fr",
    truth(None, "Mélanie Carpentier", "melanie.carpentier@example.com", "+33781642239",
          None, "59380", "Quaëdypre", "FR",
          "Des boîtes à partage et un tableau d'entraide", "1200.00", None),
    dict(**{"from": ("Mélanie Carpentier", "melanie.carpentier@example.com")},
         date=(2019, 6, 10, 21, 3, 47),
         subject="ma proposition pour Quaëdypre",
         filename="proposition Quaedypre.pdf",
         body="""Bonsoir,

J'ai vu votre appel à projets à la mairie. Je ne fais pas partie d'une
association mais j'ai une petite idée pour le village, voici ma proposition.

Bonne soirée
Mélanie
"""),
    {"style": {"field": "next", "font": "Helvetica", "size": 11, "vfont": "Helvetica-Oblique",
               "vsize": 11, "vcolor": (0.15, 0.15, 0.15), "heading": "plain", "pagenum": False},
     "blocks": [
        T("Ma proposition pour mon village"),
        F("Êtes-vous une association ?", "Non, je suis habitante. Association : néant"),
        F("Votre nom", "CARPENTIER Mélanie"),
        F("Votre adresse", ""),
        F("Commune", "Quaëdypre (59380)"),
        F("Téléphone", "07.81.64.22.39"),
        F("Courriel", "melanie.carpentier@example.com"),
        F("Nom du projet", "Des boîtes à partage et un tableau d'entraide"),
        F("Décrivez votre idée", "Installer deux boîtes à partage (devant l'église et à l'arrêt de bus) "
          "et un tableau où chacun peut proposer ou demander un coup de main."),
        F("Combien demandez-vous ?", "1 200 €"),
        F("Budget total", "je ne sais pas encore"),
     ]},
    {"title": "proposition", "author": "Mélanie", "creator": "Microsoft® Word pour Office 365"}))

# --------------------------------------------------------------- T11
add(case("T11", "docx_form", "nl",
    truth("Wijkcomité Ten Bunder", "Filip Lernout", "filip.lernout@example.com", "+32468451298",
          "Bunderweg 19", "8900", "Ieper", "BE",
          "Wijkmeesters in Ten Bunder", "7250.00", "8400.00"),
    dict(**{"from": ("Greet Baert", "greet.baert@example.net")},
         cc=[("Filip Lernout", "filip.lernout@example.com")],
         date=(2019, 6, 16, 18, 22, 31), agent="Microsoft Outlook 16.0",
         subject="Maak werk van je buurt - aanvraag Wijkcomité Ten Bunder",
         filename="Aanvraagformulier Maak werk van je buurt - Ten Bunder.docx",
         body="""Beste Jonas,

Hierbij het ingevulde aanvraagformulier van ons wijkcomité. Filip, onze
secretaris, is de contactpersoon voor het dossier; ik sta erop als tweede
contact.

Vriendelijke groet,
Greet Baert
voorzitter Wijkcomité Ten Bunder
"""),
    {"style": {"field": "tab", "tab_cm": 7.5, "font": "Calibri", "size": 10.5, "heading": "builtin",
               "note_box": True, "vbold": False, "vcolor": "1F3864",
               "header": "Partons 2.0 – Interreg V France-Wallonie-Vlaanderen",
               "footer": "Aanvraagformulier ‘Maak werk van je buurt!’ – 2 pagina's"},
     "blocks": [
        T("Aanvraagformulier ‘Maak werk van je buurt!’"),
        S("Projectenoproep voor dorpen en buurten in de Westhoek"),
        N(CALL_NL),
        H("1. Aanvrager"),
        F("Naam organisatie", "Wijkcomité Ten Bunder"),
        F("Straat + nr", "Bunderweg 19"),
        F("Postcode", "8900"),
        F("Gemeente", "Ieper"),
        F("Contactpersoon", "Filip Lernout (secretaris)"),
        F("Telefoon / gsm", "0468/45 12 98"),
        F("E-mail", "filip.lernout@example.com"),
        F("Tweede contactpersoon", "Greet Baert (voorzitter) – 0476 90 12 35 – greet.baert@example.net"),
        H("2. Project"),
        F("Titel", "Wijkmeesters in Ten Bunder"),
        F("Omschrijving", "Vrijwillige wijkmeesters per blok: aanspreekpunt voor nieuwe bewoners en "
          "oudere buren, doorverwijzen naar diensten, jaarlijkse buurtbabbel.", style="next"),
        F("Betrokken partners", "OCMW Ieper, wijkagent, basisschool"),
        BR(),
        H("3. Financiën"),
        F("Totale kostprijs", "8.400,00 EUR"),
        F("Gevraagd bedrag (max. 10 000 euro)", "7.250,00 EUR"),
        F("Andere inkomsten", "eigen middelen 1.150,00 EUR"),
        H("4. Begeleiding"),
        N(COACH_NL),
        CK("Wij nemen deel aan het traject:", [("ja", True), ("nee", False)]),
        SIG("Ieper,", value="16 juni 2019"),
     ]},
    {"title": "Aanvraagformulier Maak werk van je buurt", "author": "Provincie West-Vlaanderen",
     "last_modified_by": "Greet"}))

# --------------------------------------------------------------- T12
add(case("T12", "docx_form", "nl",
    truth("Buurtvereniging Esen-Dorp", "Jef Verhelst", "jef.verhelst@example.org", "+3251503488",
          "Hoogwegel 6", "8600", "Esen (Diksmuide)", "BE",
          "Samen groen: geveltuintjes en bloembakken in Esen", "4000.00", "5600.00"),
    dict(**{"from": ("Jef Verhelst", "jef.verhelst@example.org")},
         date=(2019, 6, 13, 21, 58, 14),
         subject="aanvraag buurtvereniging Esen",
         filename="buurtbudget Diksmuide - Esen-Dorp.docx",
         body="""Beste,

In bijlage onze aanvraag. Het formulier is dat van het buurtbudget van de
stad, maar het is bedoeld voor jullie oproep.

Jef Verhelst
voorzitter buurtvereniging Esen-Dorp
"""),
    {"style": {"field": "dots", "font": "Cambria", "size": 11, "heading": "caps"},
     "blocks": [
        T("Stad Diksmuide – Buurtbudget"),
        S("Aanvraagformulier"),
        N("Het buurtbudget steunt initiatieven van bewoners met max. 1 500 euro. Aanvragen worden "
          "behandeld door de dienst Burgerzaken."),
        H("1 Aanvrager"),
        F("1.1 Naam buurtvereniging", "Buurtvereniging Esen-Dorp"),
        F("1.2 Straat en nummer", "Hoogwegel 6"),
        FF(F("1.3 Postcode", "8600"), F("1.4 Gemeente", "Esen (Diksmuide)")),
        F("1.5 Verantwoordelijke", "Jef Verhelst, voorzitter"),
        F("1.6 Telefoon", "051 50 34 88"),
        F("1.7 E-mail", "jef.verhelst@example.org"),
        H("2 Initiatief"),
        F("2.1 Titel", "Samen groen: geveltuintjes en bloembakken in Esen"),
        F("2.2 Beschrijving", "Met de bewoners leggen we geveltuintjes aan en plaatsen we bloembakken "
          "langs de dorpsstraat; een plantdag in het najaar en een bloemenwandeling in de lente."),
        H("3 Budget"),
        F("3.1 Totale kost", "5 600 EUR"),
        F("3.2 Gevraagd", "4 000 EUR"),
        F("3.3 Eigen inbreng", "1 600 EUR (materiaal en werkuren)"),
     ]},
    {"title": "Buurtbudget aanvraagformulier", "author": "Stad Diksmuide", "last_modified_by": "Jef"}))

# --------------------------------------------------------------- T13
add(case("T13", "docx_form", "fr",
    truth("Association Ghyvelde Bouge", "Isabelle Vandewalle", "isabelle.vandewalle@example.org",
          "+33652301844", "8 chemin des Glaises", "59254", "Ghyvelde", "FR",
          "Ghyvelde en transition : ateliers réparation et troc", "6800.00", "8600.00"),
    dict(**{"from": ("Thierry Bollengier", "thierry.bollengier@example.net")},
         date=(2019, 6, 14, 23, 59, 2), html=True,
         subject="Ghyvelde Bouge – candidature appel à projets",
         filename="Demande subvention initiatives citoyennes - Ghyvelde Bouge.docx",
         body="""Bonsoir Monsieur Polin,

Veuillez trouver ci-joint la candidature de Ghyvelde Bouge. Nous avons
utilisé le formulaire du Département (initiatives citoyennes) que nous avions
déjà rempli pour le même projet. La personne de contact est cochée dans le
tableau du bureau.

Bien cordialement,
Thierry Bollengier, secrétaire
"""),
    {"style": {"font": "Arial", "size": 10, "heading": "shaded", "accent": "D9E2F3", "field": "colon",
               "header": "Département du Nord – Initiatives citoyennes 2019"},
     "blocks": [
        T("Demande de subvention – Projets d'initiative citoyenne"),
        S("Département du Nord – Direction de la Citoyenneté"),
        N("Les projets doivent associer les habitants à chaque étape. Subvention plafonnée à 5 000 €."),
        H("Le demandeur"),
        FF(F("Association", "Association Ghyvelde Bouge"), F("Date de création", "2016"), style="table"),
        FF(F("Adresse", "8 chemin des Glaises"), F("CP / Commune", "59254 Ghyvelde"), style="table"),
        H("Le bureau (cocher la personne à contacter)"),
        TB(["Fonction", "Nom", "Téléphone", "Courriel", "Contact"],
           [["Présidente", "Isabelle Vandewalle", "06 52 30 18 44", "isabelle.vandewalle@example.org", "☒"],
            ["Secrétaire", "Thierry Bollengier", "06 28 77 40 15", "thierry.bollengier@example.net", "☐"],
            ["Trésorière", "Sandrine Top", "03 28 29 63 11", "s.top@example.com", "☐"]]),
        H("Le projet"),
        F("Titre", "Ghyvelde en transition : ateliers réparation et troc"),
        F("Description", "Un repair café mensuel, une grainothèque et un troc de printemps, animés par "
          "des bénévoles dans la salle polyvalente."),
        H("Financement"),
        P("Budget total : 8 600,00 € — dont subvention Partons 2.0 : 6 800,00 € ; le reste en fonds propres."),
     ]},
    {"title": "Demande de subvention initiatives citoyennes", "author": "CD59",
     "last_modified_by": "Thierry"}))

# --------------------------------------------------------------- T14
add(case("T14", "docx_form", "fr",
    truth("Coopérative scolaire de l'école publique de Zuydcoote", "Mathieu Declercq",
          "mathieu.declercq@example.net", "+33328299047", "22 rue des Oyats", "59123", "Zuydcoote", "FR",
          "Cour d'école ouverte le week-end pour le quartier", "5000.00", "6500.00"),
    dict(**{"from": ("Mathieu Declercq", "mathieu.declercq@example.net")},
         date=(2019, 6, 12, 12, 5, 37),
         subject="Candidature école de Zuydcoote",
         filename="candidature_cour_ecole_zuydcoote.docx",
         body="""Bonjour,

Je vous envoie la candidature de la coopérative scolaire de notre école.
Je suis l'enseignant référent ; le plus simple est de m'appeler à l'école
le midi.

Cordialement,
M. Declercq
"""),
    {"style": {"field": "under", "font": "Calibri", "size": 11, "heading": "builtin", "vcolor": "C00000"},
     "blocks": [
        T("Appel à projets – Formulaire de candidature"),
        S("à compléter par le porteur de projet"),
        CK("Type de porteur :", [("association", True), ("collectivité", False), ("commerçant", False),
                                 ("habitant(s)", False)]),
        F("Nom du porteur", "Coopérative scolaire de l'école publique de Zuydcoote"),
        F("Adresse", "22 rue des Oyats"),
        F("Code postal", "59123"),
        F("Commune", "Zuydcoote"),
        F("Personne référente", "Mathieu Declercq, professeur des écoles"),
        F("Téléphone", "03 28 29 90 47"),
        F("Courriel", "mathieu.declercq@example.net"),
        F("Titre du projet", "Cour d'école ouverte le week-end pour le quartier"),
        F("Description", "Ouvrir la cour le samedi après-midi aux familles du quartier, avec des jeux "
          "peints au sol, des bancs et un local de prêt de jeux géré par des parents."),
        H("Recettes prévisionnelles"),
        TB(["Origine", "Montant"],
           [["Coopérative scolaire", "300,00"], ["Mairie de Zuydcoote", "1 200,00"],
            ["Appel à projets Partons 2.0 (Interreg)", "5 000,00"], ["Total des recettes", "6 500,00"]],
           bold_rows=[3]),
     ]},
    {"title": "Formulaire de candidature", "author": "M. Declercq"}))

# --------------------------------------------------------------- T15
add(case("T15", "docx_form", "fr",
    truth("Association Les Voisins de Socx", "Gérard Wemaere", "gerard.wemaere@example.org", None,
          "3 impasse des Saules", "59380", "Socx", "FR",
          "Fête de village et création d'un comité de voisins", "9000.00", None),
    dict(**{"from": ("Gérard Wemaere", "gerard.wemaere@example.org")},
         date=(2019, 6, 16, 23, 50, 58),
         subject="dossier Voisins de Socx",
         filename="Voisins de Socx.docx",
         body="""Bonsoir, voici notre dossier, rempli un peu vite, désolé.
Gérard
"""),
    {"style": {"field": "colon", "font": "Segoe UI", "size": 10, "heading": "plain", "lbold": False,
               "sep": " :"},
     "blocks": [
        T("Fiche projet"),
        F("Nom de l'association", "Association Les Voisins de Socx"),
        F("Adresse", "3 impasse des Saules"),
        F("Code postal", "59380"),
        F("Ville", "Socx"),
        F("Représentant", "Gérard Wemaere"),
        F("Tél", ""),
        F("E-mail", "gerard.wemaere@example.org"),
        F("Intitulé du projet", "Fête de village et création d'un comité de voisins"),
        F("Objectifs", ""),
        F("Public", ""),
        F("Partenaires", ""),
        F("Montant demandé", "9000€"),
        F("Budget global", ""),
     ]},
    {"title": "", "author": "utilisateur"}))

# --------------------------------------------------------------- T16
add(case("T16", "odt_form", "nl",
    truth("Oudercomité Gemeentelijke Basisschool Merkem", "Leen Demuynck", "leen.demuynck@example.com",
          "+3251573320", "Lindeweg 14", "8650", "Merkem", "BE",
          "Een schoolmoestuin die de buurt mee onderhoudt", "3750.00", "4410.00"),
    dict(**{"from": ("Stijn Goethals", "stijn.goethals@example.org")},
         date=(2019, 6, 10, 20, 40, 11),
         subject="aanvraag oudercomité GBS Merkem",
         filename="aanvraag schoolmoestuin Merkem.odt",
         body="""Beste Jonas,

Namens het oudercomité stuur ik je onze aanvraag. Juf Leen is de
contactpersoon, zij coördineert de moestuin.

Groeten,
Stijn Goethals
voorzitter oudercomité
"""),
    {"style": {"field": "cell", "font": "Liberation Sans", "size": 10, "heading": "shaded",
               "accent": "#e4dfec"},
     "blocks": [
        S("Ontmoetingscentrum De Hoeve – Houthulst", bold=True),
        T("Aanvraag ondersteuning buurtinitiatief"),
        N("Het ontmoetingscentrum ondersteunt buurtinitiatieven met materiaal en een kleine financiële "
          "bijdrage (max. 400 euro)."),
        H("Aanvrager"),
        F("Naam vereniging:", "Oudercomité Gemeentelijke Basisschool Merkem"),
        F("Adres:", "Lindeweg 14"),
        F("Postcode:", "8650"),
        F("Gemeente:", "Merkem"),
        F("Contactpersoon:", "Leen Demuynck (juf 2de leerjaar)"),
        F("Telefoon:", "051 57 33 20 (school)"),
        F("E-mail:", "leen.demuynck@example.com"),
        H("Initiatief"),
        F("Naam initiatief:", "Een schoolmoestuin die de buurt mee onderhoudt"),
        F("Beschrijving:", "De kinderen leggen met de buren een moestuin aan naast de school; tijdens de "
          "vakanties zorgen buurtbewoners voor de tuin en delen ze de oogst."),
        F("Totale kost:", "4.410 euro"),
        F("Gevraagde bijdrage:", "3.750 euro"),
     ]},
    {"title": "Aanvraag ondersteuning buurtinitiatief", "author": "OC De Hoeve"}))

# --------------------------------------------------------------- T17
add(case("T17", "odt_form", "nl",
    truth("Vriendenkring Nieuwkerke", "Dries Bouckenooghe", "dries.bouckenooghe@example.com", "+3257446381",
          "Ravelsbergstraat 88", "8950", "Nieuwkerke (Heuvelland)", "BE",
          "Het oude pompstation wordt een dorpscafé", "9800.00", "31500.00"),
    dict(**{"from": ("Hans Vermeersch", "hans.vermeersch@example.net")},
         date=(2019, 6, 15, 17, 19, 4),
         subject="Vriendenkring Nieuwkerke - projectenoproep",
         filename="Projectaanvraag Vriendenkring Nieuwkerke.odt",
         body="""Dag Jonas,

Hierbij onze aanvraag. Het is een groter project, we vragen jullie een deel
ervan. Dries, onze penningmeester, is het aanspreekpunt.

Hans Vermeersch
voorzitter Vriendenkring Nieuwkerke
"""),
    {"style": {"field": "colon", "font": "DejaVu Sans", "size": 9.5, "heading": "underline",
               "accent": "#dbe5f1"},
     "blocks": [
        T("Projectaanvraag"),
        S("Vriendenkring Nieuwkerke – voor de oproep ‘Maak werk van je buurt!’"),
        H("Vereniging"),
        FF(F("Naam", "Vriendenkring Nieuwkerke"), F("Opgericht", "1987"), style="table"),
        FF(F("Adres", "Ravelsbergstraat 88"), F("Postcode + gemeente", "8950 Nieuwkerke (Heuvelland)"),
           style="table"),
        FF(F("Voorzitter", "Hans Vermeersch"), F("Penningmeester", "Dries Bouckenooghe"), style="table"),
        H("Contactpersoon"),
        FF(F("Naam", "Dries Bouckenooghe"), F("Adres", "zie hierboven"), style="table"),
        FF(F("Tel.", "057.44.63.81"), F("E-mail", "DRIES.BOUCKENOOGHE@EXAMPLE.COM"), style="table"),
        H("Project"),
        F("Titel", "Het oude pompstation wordt een dorpscafé"),
        F("Uitleg", "Het leegstaande pompstation aan de dorpsingang wordt een dorpscafé en "
          "ontmoetingsplek, uitgebaat door vrijwilligers, met een kleine dorpswinkel.", style="next"),
        FF(F("Totaal projectbudget", "€ 31.500"), F("Gevraagd aan deze oproep", "€ 9.800"), style="table"),
     ]},
    {"title": "Projectaanvraag", "author": "Hans"}))

# --------------------------------------------------------------- T18
add(case("T18", "odt_form", "fr",
    truth("Les Amis de la Place de Rexpoëde", "Véronique Coussemaker", "veronique.coussemaker@example.org",
          "+33673402918", "10 rue des Brasseurs", "59122", "Rexpoëde", "FR",
          "Place du village : bancs, ombrage et marché du jeudi", "8750.00", "10250.00"),
    dict(**{"from": ("Hervé Coudeville", "herve.coudeville@example.com")},
         cc=[("Véronique Coussemaker", "veronique.coussemaker@example.org")],
         date=(2019, 6, 16, 9, 8, 52),
         subject="Fiche de candidature - Les Amis de la Place de Rexpoëde",
         filename="fiche_candidature_Rexpoede.odt",
         body="""Bonjour,

Ci-joint la fiche de candidature complétée (format LibreOffice). Véronique
Coussemaker, notre secrétaire, est la personne de contact (en copie).

Cordialement,
Hervé Coudeville
Président
"""),
    {"style": {"field": "tab", "tab": "7cm", "font": "Liberation Sans", "size": 10, "heading": "shaded",
               "accent": "#dde8cb", "note_box": True},
     "blocks": [
        S("Interreg V France-Wallonie-Vlaanderen – Partons 2.0"),
        T("Appel à projets transfrontalier – Fiche de candidature"),
        N(CALL_FR),
        H("1. Porteur de projet"),
        F("Nom de la structure", "Les Amis de la Place de Rexpoëde"),
        F("Adresse", "10 rue des Brasseurs"),
        F("Code postal", "59122"),
        F("Commune", "Rexpoëde"),
        F("Personne de contact", "Véronique Coussemaker, secrétaire"),
        F("Téléphone", "06 73 40 29 18"),
        F("Courriel", "veronique.coussemaker@example.org"),
        H("2. Projet"),
        F("Titre", "Place du village : bancs, ombrage et marché du jeudi"),
        F("Description", "Réaménager la place avec les habitants : bancs, arbres d'ombrage, bornes "
          "électriques pour un petit marché du jeudi soir avec les producteurs du coin.", style="next"),
        BR(),
        H("3. Budget"),
        F("Coût total", "10 250,00 €"),
        F("Montant demandé (max. 10 000 €)", "8 750,00 €"),
        F("Cofinancements", "commune de Rexpoëde 1 000,00 € ; association 500,00 €"),
        H("4. Accompagnement"),
        N(COACH_FR),
        CK("Participation aux sessions :", [("oui", True), ("non", False)]),
        SIG("Date :", value="16/06/2019"),
     ]},
    {"title": "Fiche de candidature Partons 2.0", "author": "Partons 2.0"}))

# --------------------------------------------------------------- T19
add(case("T19", "xlsx_form", "fr",
    truth("Association Esquelbecq Autrement", "Pascale Wyckaert", "pascale.wyckaert@example.net",
          "+33658902134", "6 allée des Houblonnières", "59470", "Esquelbecq", "FR",
          "Les rendez-vous du jardin : potager partagé au bord de l'Yser", "6900.00", "8120.50"),
    dict(**{"from": ("Olivier Dedrie", "olivier.dedrie@example.com")},
         date=(2019, 6, 11, 22, 14, 30),
         subject="Esquelbecq Autrement - dossier appel à projets",
         filename="Dossier_Esquelbecq_Autrement.xlsx",
         body="""Bonsoir,

Voici notre dossier sous forme de tableur. La personne à contacter est notre
trésorière Pascale Wyckaert.

Bien à vous,
Olivier Dedrie
Président
"""),
    {"style": {"widths": [6, 30, 55, 12, 24], "numcol": True, "lbold": True, "box_values": True,
               "field": "colon", "sheet": "Dossier", "accent": "E2EFDA", "lead_cols": 0,
               "numfmt": '#,##0.00 "€"'},
     "blocks": [
        T("DEMANDE DE SUBVENTION – APPEL À PROJETS"),
        H("1. Le porteur"),
        F("Nom de l'association", "Association Esquelbecq Autrement", num="1.1"),
        F("Adresse", "6 allée des Houblonnières", num="1.2"),
        FF(F("Code postal", "59470"), F("Commune", "Esquelbecq"), num="1.3"),
        F("Personne à contacter", "WYCKAERT Pascale, trésorière", num="1.4"),
        F("Téléphone", "06 58 90 21 34", num="1.5"),
        F("Courriel", "pascale.wyckaert@example.net", num="1.6"),
        H("2. Le projet"),
        F("Titre", "Les rendez-vous du jardin : potager partagé au bord de l'Yser", num="2.1"),
        F("Description", "Un potager partagé ouvert à tous avec un rendez-vous mensuel (atelier, troc de "
          "plants, repas).", num="2.2"),
        H("3. Budget"),
        F("Coût total du projet", 8120.50, num="3.1"),
        F("Montant sollicité", 6900, num="3.2"),
        F("Autofinancement", 1220.50, num="3.3"),
     ]},
    {"title": "Dossier", "author": "Olivier"}))

# --------------------------------------------------------------- T20
add(case("T20", "ods_form", "nl",
    truth("Dorpsraad Reninge", "Wim Ghesquiere", "wim.ghesquiere@example.org", "+32475208139",
          "Vijfwegestraat 15", "8647", "Reninge", "BE",
          "Reninge leest: boekenkast en leescafé in de dorpszaal", "4800.00", "5075.00"),
    dict(**{"from": ("Wim Ghesquiere", "wim.ghesquiere@example.org")},
         date=(2019, 6, 14, 7, 11, 26),
         subject="Reninge leest - aanvraag",
         filename="Reninge_leest_aanvraag.ods",
         body="""Dag Jonas,

Hierbij onze aanvraag voor de projectenoproep, als rekenblad (gegevens
bovenaan, begroting eronder).

Groeten,
Wim Ghesquiere
Dorpsraad Reninge
"""),
    {"style": {"widths_cm": [6, 0.8, 8.5, 3], "sheet": "Aanvraag", "field": "skip1", "lbold": False, "box_values": True,
               "accent": "#fce4d6"},
     "blocks": [
        T("Reninge leest – aanvraag projectenoproep"),
        N("ingevuld door de dorpsraad"),
        F("Aanvrager", "Dorpsraad Reninge"),
        F("Adres", "Vijfwegestraat 15"),
        F("Postcode", "8647"),
        F("Dorp", "Reninge"),
        F("Contact (voorzitter)", "Wim Ghesquiere"),
        F("Telefoon", "0475-20-81-39"),
        F("Mail", "wim.ghesquiere@example.org"),
        F("Project", "Reninge leest: boekenkast en leescafé in de dorpszaal"),
        SP(),
        H("Begroting"),
        TB(["Uitgaven", "Bedrag"],
           [["Boekenkasten en leeshoek", 2650.0], ["Koffiemachine en servies", 975.0],
            ["Opening en voorleesnamiddagen", 1450.0], ["Totaal uitgaven", 5075.0]], bold_rows=[3]),
        TB(["Inkomsten", "Bedrag"],
           [["Interreg Partons 2.0 (projectenoproep)", 4800.0], ["Eigen middelen dorpsraad", 275.0],
            ["Totaal inkomsten", 5075.0]], bold_rows=[2]),
     ]},
    {"title": "Reninge leest", "author": "Wim"}))
