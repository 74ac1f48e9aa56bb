"""DEV half, part A: paper forms (AcroForm, flattened, printed to PDF)."""
from reportlab.lib.pagesizes import A4, letter
from formkit import build
from deco import (logo, NL_CALL_INTRO, NL_CALL_OFFER, NL_CALL_SESSIONS, NL_CALL_TIMING,
                  FR_CALL_INTRO, FR_CALL_OFFER, FR_CALL_SESSIONS, FR_CALL_TIMING)
from casekit import T, mail, OUTLOOK, OUTLOOK_FR, THUNDERBIRD, THUNDERBIRD_FR, APPLEMAIL, IPHONE, WEBMAIL, ROUNDCUBE, ANDROID


# ====================================================================== D01  NL  AcroForm, labels left
def d01():
    def hdr(f, c, p):
        logo(c, f.x0, f.H - 92, "shield", (0.05, 0.33, 0.6), "A")
        c.setFillColorRGB(0.05, 0.33, 0.6)
        c.setFont("Helvetica-Bold", 14); c.drawString(f.x0 + 44, f.H - 70, "Gemeente Alveringem")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 8.5); c.drawString(f.x0 + 44, f.H - 82, "Dienst Vrije Tijd  |  Cultuur  |  Jeugd  |  Sport")
        c.setFont("Helvetica", 7.5); c.drawRightString(f.x1, f.H - 70, "formulier VT-07")
        c.drawRightString(f.x1, f.H - 80, "in te vullen op pc of in drukletters")
        return f.H - 112

    def ftr(f, c, p, n):
        c.setFont("Helvetica", 7); c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(f.x0, 28, "Aanvraagformulier projectsubsidie dorpsraden en buurtinitiatieven - versie januari 2018")
        c.drawRightString(f.x1, 28, "blz. %d/%s" % (p, n or "?"))

    st = dict(names=dict(text_pat="Tekstvak %d"), label_w=190, lpos="left", fstyle="box",
              box_fill=(0.91, 0.94, 1.0), fh=15, section_style="bar", section_color=(0.05, 0.33, 0.6),
              header=hdr, footer=ftr, size=9.2)

    def content(f):
        f.title("Aanvraag projectsubsidie dorpsraden en buurtinitiatieven", size=13.5)
        f.para("Bezorg dit formulier volledig ingevuld en ondertekend aan de dienst Vrije Tijd, ten laatste "
               "één maand vóór de start van het project. De subsidie bedraagt maximaal 50 % van de bewezen "
               "kosten, met een maximum van € 2.500 per project en per kalenderjaar.", size=8.3, color=(0.3, 0.3, 0.3))
        f.section("1. Gegevens van de aanvrager")
        f.field("Naam van de vereniging / organisatie", "Dorpsraad Hoogstade")
        f.checks("Rechtsvorm", ["vzw", "feitelijke vereniging", "lokaal bestuur", "andere"], "feitelijke vereniging", label_w=190, cols=2)
        f.field("Ondernemingsnummer (enkel voor vzw)", "")
        f.field("Adres (straat + huisnummer)", "Kapelaniestraat 17")
        f.row([dict(frac=0.42, label="Postcode", value="8690", label_w=190 * 0.42 / 0.42 * 0.9),
               dict(frac=0.58, label="Gemeente", value="Hoogstade", label_w=55)])
        f.field("Contactpersoon (naam + voornaam)", "Ann Vandenbussche")
        f.field("Functie binnen de vereniging", "secretaris")
        f.row([dict(frac=0.55, label="Telefoon / gsm", value="058 28 71 46", label_w=190 * 0.9),
               dict(frac=0.45, label="Fax", value="", label_w=30)])
        f.field("E-mailadres", "ann.vandenbussche@example.net")
        f.field("Rekeningnummer (IBAN)", "BE71 7380 2465 1169")
        f.field("op naam van", "Dorpsraad Hoogstade")
        f.section("2. Het project")
        f.field("Titel van het project / de activiteit", "Dorpsontmoetingspunt in de oude pastorij")
        f.field("Periode / datum", "september 2019 - juni 2020")
        f.field("Plaats", "pastorij, Kapelaniestraat 19")
        f.field("Korte omschrijving (doel, doelgroep, wie werkt mee?)",
                "De leegstaande benedenverdieping van de oude pastorij wordt twee dagen per week een "
                "ontmoetingspunt met koffie, een leeshoek en een babbelhoek voor oudere dorpsgenoten. "
                "Vrijwilligers van de dorpsraad, de KWB en de seniorenvereniging houden de permanentie.",
                lines=5)
        f.section("3. Financiën")
        f.para("Voeg een gedetailleerde begroting toe (uitgaven en inkomsten). Bedragen inclusief btw.", size=8.3,
               color=(0.3, 0.3, 0.3))
        f.field("Totale kostprijs van het project", "9.260,00", w=190 + 130)
        f.field("Gevraagd subsidiebedrag", "€ 8.000,-", w=190 + 130)
        f.field("Andere subsidies aangevraagd? (welke)", "neen")
        f.section("4. Ondertekening")
        f.para("Ondergetekende verklaart dat dit formulier naar waarheid werd ingevuld.", size=8.5)
        f.row([dict(frac=0.4, label="Datum", value="11/06/2019", label_w=60),
               dict(frac=0.6, label="Naam en handtekening", value="Ann Vandenbussche", label_w=110)])

    return dict(
        key="d01", lang="nl", fmt="pdf_form", family="AcroForm, labels left of widgets (municipal form reused)",
        truth=T("Dorpsraad Hoogstade", "Ann Vandenbussche", "ann.vandenbussche@example.net", "+3258287146",
                "Kapelaniestraat 17", "8690", "Hoogstade", "BE", "Dorpsontmoetingspunt in de oude pastorij",
                "8000.00", "9260.00"),
        mail=mail("Ann Vandenbussche", "ann.vandenbussche@example.net",
                  "projectidee Maak werk van je buurt - Dorpsraad Hoogstade", "2019-06-11 20:14",
                  "Beste,\n\nIn bijlage ons formulier voor de projectoproep.\n\nGroeten,\nAnn\n",
                  "VT-07 aanvraagformulier ingevuld.pdf", headers=THUNDERBIRD),
        pdf=lambda: build(st, "acro", content, check_on="Ja"),
        meta=dict(Producer="Adobe Acrobat Pro DC 15.23.20053", Creator="Acrobat PDFMaker 15 voor Word",
                  Title="Aanvraagformulier projectsubsidie", Author="dienst vrije tijd"),
        created="2018-01-22 10:03:11+01")


# ====================================================================== D02  FR  AcroForm, labels above
def d02():
    def hdr(f, c, p):
        if p == 1:
            logo(c, f.x1 - 46, f.H - 88, "house", (0.55, 0.1, 0.15), "K")
            c.setFont("Times-Bold", 15); c.drawString(f.x0, f.H - 62, "COMMUNE DE KILLEM")
            c.setFont("Times-Roman", 10); c.drawString(f.x0, f.H - 76, "Mairie - Service Vie associative")
            c.setLineWidth(1.2); c.line(f.x0, f.H - 96, f.x1, f.H - 96)
            return f.H - 104
        return f.H - 50

    def ftr(f, c, p, n):
        c.setFont("Times-Italic", 8)
        c.drawCentredString(f.W / 2, 26, "Dossier de demande de subvention - page %d sur %s" % (p, n))

    st = dict(names=dict(text_pat="Champ texte %d"), font="Times-Roman", bold="Times-Bold", italic="Times-Italic",
              size=10, lpos="above", fstyle="box", fh=17, section_style="underline", section_color=(0.55, 0.1, 0.15),
              header=hdr, footer=ftr, margin=(48, 48, 50, 48), gap=5, section_size=12)

    def content(f):
        f.title("Demande de subvention - Associations - Année 2019", size=14, font="Times-Bold", align="center")
        f.para("Le dossier complet est à déposer en mairie avant le 31 mars. Toute demande incomplète ne pourra "
               "être instruite. Pièces à joindre : statuts, composition du bureau, RIB, budget prévisionnel.",
               size=9, font="Times-Italic")
        f.section("Identification de l'association")
        f.field("Nom de l'association", "Comité de quartier du Leet")
        f.row([dict(frac=0.5, label="N° RNA", value="W594005817"), dict(frac=0.5, label="N° SIRET", value="")])
        f.field("Adresse du siège social", "27 rue du Vieux Canal")
        f.row([dict(frac=0.3, label="Code postal", value="59122"), dict(frac=0.7, label="Commune", value="Hondschoote")])
        f.checks("Statut :", ["Association loi 1901", "Collectif d'habitants", "Autre"], "Association loi 1901",
                 lpos="above", cols=3)
        f.section("Personne responsable du dossier")
        f.row([dict(frac=0.5, label="Nom et prénom", value="Sandrine Delattre"),
               dict(frac=0.5, label="Qualité", value="présidente")])
        f.row([dict(frac=0.4, label="Téléphone", value="03 28 62 47 19"),
               dict(frac=0.6, label="Adresse électronique", value="sandrine.delattre@example.org")])
        f.section("Le projet")
        f.field("Intitulé de l'action", "Fête de quartier et marché de producteurs locaux")
        f.field("Objectifs et description de l'action", "Une journée de rencontre entre les habitants du quartier "
                "du Leet : marché de producteurs des villages voisins, jeux pour enfants, repas partagé. "
                "Le comité souhaite en faire un rendez-vous annuel et créer un groupe de bénévoles.", lines=4)
        f.row([dict(frac=0.5, label="Date(s) de réalisation", value="dimanche 8 septembre 2019"),
               dict(frac=0.5, label="Public visé", value="habitants du quartier, toutes générations")])
        f.page_break()
        f.section("Budget prévisionnel de l'action")
        f.para("Le budget doit être présenté en équilibre (total des dépenses = total des recettes).", size=9,
               font="Times-Italic")
        L, W = "L", "W"
        R = dict(align=2)
        f.grid([[(L, "Location chapiteau et tables"), (W, "1 800 €", R)],
                [(L, "Sonorisation"), (W, "650 €", R)],
                [(L, "Communication (affiches, flyers)"), (W, "420 €", R)],
                [(L, "Animations enfants"), (W, "1 130 €", R)],
                [(L, ""), (W, "", R)],
                [("B", "TOTAL DES DÉPENSES"), (W, "4 000 €", R)]],
               [0.7, 0.3], header=["DÉPENSES", "Montant"], rh=18, header_fill=(0.85, 0.75, 0.75))
        f.space(6)
        f.grid([[(L, "Participation des exposants"), (W, "300 €", R)],
                [(L, "Recettes buvette"), (W, "700 €", R)],
                [(L, "Subvention communale"), (W, "", R)],
                [(L, "Subvention sollicitée - précisez l'organisme :"), (W, "Partons 2.0 (Province de Flandre-Occ.)"), ],
                [(L, "   montant de la subvention sollicitée"), (W, "3 000 €", R)],
                [("B", "TOTAL DES RECETTES"), (W, "4 000 €", R)]],
               [0.6, 0.4], header=["RECETTES", "Montant"], rh=18, header_fill=(0.85, 0.75, 0.75))
        f.section("Attestation")
        f.para("Je soussigné(e), représentant(e) légal(e) de l'association, certifie exactes les informations "
               "du présent dossier.", size=9.5)
        f.row([dict(frac=0.35, label="Fait à", value="Hondschoote"), dict(frac=0.3, label="le", value="03/06/2019"),
               dict(frac=0.35, label="Signature", value="S. Delattre")])

    return dict(
        key="d02", lang="fr", fmt="pdf_form", family="AcroForm, labels above widgets, budget in recettes only",
        truth=T("Comité de quartier du Leet", "Sandrine Delattre", "sandrine.delattre@example.org", "+33328624719",
                "27 rue du Vieux Canal", "59122", "Hondschoote", "FR",
                "Fête de quartier et marché de producteurs locaux", "3000.00", "4000.00"),
        mail=mail("Sandrine Delattre", "sandrine.delattre@example.org", "Candidature appel à projets Partons 2.0",
                  "2019-06-03 18:42",
                  "Bonjour,\n\nVeuillez trouver ci-joint notre dossier de candidature pour l'appel à projets.\n"
                  "Nous avons utilisé le formulaire de subvention de la commune, j'espère que cela convient.\n\n"
                  "Bien cordialement,\nSandrine Delattre\nprésidente du Comité de quartier du Leet\n",
                  "dossier subvention comité du Leet.pdf", headers=THUNDERBIRD_FR),
        pdf=lambda: build(st, "acro", content, check_on="Oui", check_char="8"),
        meta=dict(Producer="Adobe Acrobat Pro DC 19.10.20098", Creator="Adobe Acrobat Pro DC 19.10.20098",
                  Title="Demande de subvention 2019"),
        created="2019-01-08 14:21:40+01")


# ====================================================================== D03  NL  AcroForm, label in cell before widget
def d03():
    def hdr(f, c, p):
        c.setFillColorRGB(0.0, 0.45, 0.35)
        c.rect(0, f.H - 58, f.W, 58, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Sans-Bold", 15); c.drawString(f.x0, f.H - 32, "Scholengroep Westhoek-Yzer")
        c.setFont("Sans", 9); c.drawString(f.x0, f.H - 46, "Ouderparticipatie  ·  aanvraag projectmiddelen")
        c.setFillColorRGB(0, 0, 0)
        return f.H - 78

    def ftr(f, c, p, n):
        c.setFont("Sans", 7); c.drawString(f.x0, 26, "SGWY/OP/2018-3")
        c.drawRightString(f.x1, 26, "%d" % p)

    st = dict(names=dict(text_pat="Text%d"), font="Sans", bold="Sans-Bold", italic="Sans-Italic", size=9,
              fh=16, cell_fill=(0.86, 0.93, 0.9), section_style="caps", section_color=(0.0, 0.45, 0.35),
              header=hdr, footer=ftr, margin=(40, 40, 40, 40), line_color=(0.2, 0.4, 0.35), lw=0.5)
    L, W, C = "L", "W", "C"

    def content(f):
        f.title("Aanvraag projectmiddelen ouderraad / oudercomité", size=13, font="Sans-Bold")
        f.section("A. School en oudercomité")
        f.grid([[(L, "Naam school"), (W, "VBS De Hoppebel"), (L, "Schoolnummer"), (W, "")],
                [(L, "Naam ouderraad / oudercomité"), (W, "Oudervereniging VBS De Hoppebel"), (L, "Aantal leerlingen"), (W, "118")],
                [(L, "Adres (straat, nummer)"), (W, "Hoppestraat 21"), (L, "Postcode en gemeente"), (W, "8978 Watou")]],
               [0.22, 0.33, 0.18, 0.27], rh=22)
        f.section("B. Bestuur (vink aan wie contactpersoon is voor dit dossier)")
        f.grid([[(L, "Voorzitter"), (W, "Pieter Lahaye"), (W, "0475 61 20 83"), (W, "pieter.lahaye@example.com"), (C, False)],
                [(L, "Secretaris"), (W, "Griet Decock"), (W, "0496 13 58 72"), (W, "griet.decock@example.org"), (C, True)],
                [(L, "Penningmeester"), (W, "Koen Vanrobaeys"), (W, "0478 90 44 15"), (W, "koen.vrb@example.net"), (C, False)],
                [(L, "Directie"), (W, "Mieke Ryckewaert"), (W, "057 38 84 10"), (W, ""), (C, False)]],
               [0.15, 0.22, 0.17, 0.34, 0.12], header=["Functie", "Naam", "Telefoon", "E-mail", "Contactpersoon"], rh=19)
        f.section("C. Project")
        f.grid([[(L, "Titel"), (W, "Groene speelplaats open voor de buurt")],
                [(L, "Wat willen jullie doen?"), (W, "Een deel van de verharde speelplaats wordt onthard en "
                 "ingericht met plantvakken, een houten speeltoestel en zitbanken. Na de schooluren en in het weekend "
                 "staat de speelplaats open voor de kinderen en ouders uit de buurt.", dict(multiline=True))],
                {"cells": [(L, "Wie doet mee?"), (W, "ouders, leerkrachten, de buurtbewoners van de Hoppestraat en de "
                            "Speelpleinwerking", dict(multiline=True))], "h": 34},
                [(L, "Timing"), (W, "werken tijdens de herfstvakantie 2019, opening maart 2020")]],
               [0.22, 0.78], rh=58)
        f.section("D. Financiering")
        R = dict(align=2)
        f.grid([[(L, "Plantgoed en aarde"), (W, "2340", R), (L, "Eigen middelen oudercomité"), (W, "1270", R)],
                [(L, "Houten speeltoestel"), (W, "4980", R), (L, "Sponsoring"), (W, "", R)],
                [(L, "Zitbanken (3 st.)"), (W, "1450", R), (L, "Gevraagd bij de provincie"), (W, "7500", R)],
                [(L, ""), (W, "", R), (L, ""), (W, "", R)],
                [("B", "Totaal uitgaven"), (W, "8770", R), ("B", "Totaal inkomsten"), (W, "8770", R)]],
               [0.3, 0.17, 0.36, 0.17], header=["Uitgaven", "€", "Inkomsten", "€"], rh=18)
        f.section("E. Ondertekening")
        f.grid([[(L, "Datum"), (W, "05-06-2019"), (L, "Naam voorzitter"), (W, "Pieter Lahaye")]],
               [0.15, 0.3, 0.2, 0.35], rh=22)

    return dict(
        key="d03", lang="nl", fmt="pdf_form", family="AcroForm grid, label in the cell before the widget; contact ticked in a board table; request as an income line",
        truth=T("Oudervereniging VBS De Hoppebel", "Griet Decock", "griet.decock@example.org", "+32496135872",
                "Hoppestraat 21", "8978", "Watou", "BE", "Groene speelplaats open voor de buurt", "7500.00", "8770.00"),
        mail=mail("Pieter Lahaye", "pieter.lahaye@example.com", "Aanvraag Maak werk van je buurt - oudervereniging De Hoppebel",
                  "2019-06-05 22:03",
                  "Dag,\n\nHierbij onze aanvraag. We hebben het formulier van de scholengroep gebruikt, "
                  "alle gegevens staan erin. Griet volgt het dossier verder op.\n\nMet vriendelijke groet,\n"
                  "Pieter Lahaye\nvoorzitter oudervereniging\n",
                  "aanvraag_projectmiddelen_Hoppebel.pdf", html=True, headers=OUTLOOK),
        pdf=lambda: build(st, "acro", content, check_on="Yes", check_char="4"),
        meta=dict(Producer="Adobe Acrobat Pro DC 18.11.20058", Creator="Adobe InDesign CC 13.1 (Windows)",
                  Title="aanvraag projectmiddelen ouderraad"),
        created="2018-09-03 09:12:00+02")


# ====================================================================== D04  FR  AcroForm, labels only in tooltips
def d04():
    def hdr(f, c, p):
        c.setFillColorRGB(0.98, 0.72, 0.2)
        c.rect(f.x0, f.H - 84, 6, 44, stroke=0, fill=1)
        c.setFillColorRGB(0.15, 0.15, 0.3)
        c.setFont("DV-Bold", 17); c.drawString(f.x0 + 14, f.H - 58, "Fondation Terres & Voisins")
        c.setFont("DV", 9.5); c.drawString(f.x0 + 14, f.H - 74, "Appel à projets « Solidarités de proximité » - formulaire de candidature")
        c.setFillColorRGB(0, 0, 0)
        return f.H - 104

    def ftr(f, c, p, n):
        c.setFont("DV", 6.5); c.setFillColorRGB(0.5, 0.5, 0.5)
        c.drawString(f.x0, 24, "Formulaire interactif - survolez chaque case pour afficher l'aide. Fondation Terres & Voisins, reconnue d'utilité publique.")
        c.drawRightString(f.x1, 24, "%d/%s" % (p, n))

    st = dict(names=dict(text_pat="untitled%d", check_pat="untitled%d", start=1), font="DV", bold="DV-Bold",
              italic="DV-Oblique", size=9, lpos="tooltip", fstyle="fill", box_fill=(0.93, 0.93, 0.97), fh=17, gap=7,
              section_style="tab", section_color=(0.15, 0.15, 0.3), header=hdr, footer=ftr, margin=(52, 52, 40, 40))

    def content(f):
        f.para("Complétez les zones grisées. Les informations demandées apparaissent dans l'info-bulle de chaque zone.",
               size=8.5, color=(0.35, 0.35, 0.35))
        f.section("1   Qui porte le projet ?")
        f.field("", "Collectif des habitants du Blootland", tip="Nom de la structure porteuse")
        f.row([dict(frac=0.5, label="", value="", tip="N° SIRET (le cas échéant)"),
               dict(frac=0.5, label="", value="", tip="Site internet")])
        f.field("", "5 impasse des Tisserands", tip="Adresse : numéro et voie")
        f.row([dict(frac=0.3, label="", value="59380", tip="Code postal"),
               dict(frac=0.7, label="", value="Bergues", tip="Commune")])
        f.section("2   Votre interlocuteur")
        f.row([dict(frac=0.5, label="", value="Julien", tip="Prénom du référent"),
               dict(frac=0.5, label="", value="Vanhoutte", tip="Nom du référent")])
        f.row([dict(frac=0.4, label="", value="06 71 84 23 09", tip="Téléphone du référent"),
               dict(frac=0.6, label="", value="julien.vanhoutte@example.net", tip="Courriel du référent")])
        f.field("", "", tip="Fax")
        f.section("3   Le projet")
        f.field("", "Jardin partagé au pied des remparts", tip="Intitulé du projet")
        f.field("", "Transformer une friche communale au pied des remparts en jardin partagé : bacs surélevés "
                "accessibles aux personnes âgées, composteur collectif, récupérateur d'eau et une petite cabane "
                "à outils. Les plantations seront faites avec l'école voisine et l'EHPAD.",
                tip="Description du projet (10 lignes maximum)", lines=6)
        f.row([dict(frac=0.5, label="", value="octobre 2019", tip="Date de début"),
               dict(frac=0.5, label="", value="juin 2020", tip="Date de fin")])
        f.section("4   Budget")
        f.row([dict(frac=0.33, label="", value="12 300 €", tip="Coût total du projet (TTC)"),
               dict(frac=0.33, label="", value="9 500 €", tip="Montant demandé"),
               dict(frac=0.34, label="", value="2 800 € (mairie + bénévolat valorisé)", tip="Autres financements")])
        f.section("5   Engagement")
        f.row([dict(frac=0.5, label="", value="Julien Vanhoutte", tip="Nom du signataire"),
               dict(frac=0.5, label="", value="9 juin 2019", tip="Date")])

    return dict(
        key="d04", lang="fr", fmt="pdf_form", family="AcroForm whose labels exist only as tooltips; empty widgets",
        truth=T("Collectif des habitants du Blootland", "Julien Vanhoutte", "julien.vanhoutte@example.net", "+33671842309",
                "5 impasse des Tisserands", "59380", "Bergues", "FR", "Jardin partagé au pied des remparts",
                "9500.00", "12300.00"),
        mail=mail("Julien Vanhoutte", "julien.vanhoutte@example.net", "candidature jardin partagé Bergues",
                  "2019-06-09 23:51", "Bonjour,\nci-joint notre formulaire.\nJulien\n",
                  "formulaire_candidature_jardin.pdf", headers=APPLEMAIL),
        pdf=lambda: build(st, "acro", content, check_on="Yes"),
        meta=dict(Producer="Mac OS X 10.13.6 Quartz PDFContext", Creator="Aperçu", Title="candidature_fondation_2019"),
        created="2019-02-14 16:30:02+01")


# ====================================================================== D05  NL  AcroForm, captions under widgets
def d05():
    def hdr(f, c, p):
        c.setStrokeColorRGB(0.35, 0.55, 0.2); c.setLineWidth(2)
        c.line(f.x0, f.H - 40, f.x1, f.H - 40)
        logo(c, f.x1 - 30, f.H - 78, "leaf", (0.35, 0.55, 0.2), size=28)
        c.setFont("Serif-Bold", 16); c.drawString(f.x0, f.H - 62, "Stichting Vrienden van het Platteland")
        c.setFont("Serif-Italic", 10); c.drawString(f.x0, f.H - 76, "aanvraagformulier projectsteun kleine dorpen")
        return f.H - 100

    def ftr(f, c, p, n):
        c.setFont("Serif-Italic", 7.5)
        c.drawString(f.x0, 30, "Stichting Vrienden van het Platteland - formulier 2019 - pagina %d" % p)

    st = dict(names=dict(text_pat="fill_%d", start=1), font="Serif", bold="Serif-Bold", italic="Serif-Italic",
              size=10, lpos="below", fstyle="underline", fh=15, gap=8, section_style="underline",
              section_color=(0.35, 0.55, 0.2), header=hdr, footer=ftr, margin=(60, 60, 40, 45), section_size=11.5)

    def content(f):
        f.section("I. Aanvrager")
        f.field("Aanvrager (naam organisatie, vereniging of groep)", "Trage Wegen Werkgroep Zillebeke")
        f.field("Straat en huisnummer", "Vijverdreef 9")
        f.row([dict(frac=0.25, label="Postcode", value="8902"), dict(frac=0.75, label="Gemeente / deelgemeente", value="Zillebeke")])
        f.row([dict(frac=0.5, label="Aanspreekpunt (naam)", value="Bart Desmyter"),
               dict(frac=0.5, label="Telefoon aanspreekpunt", value="0471/38.26.94")])
        f.row([dict(frac=0.5, label="Website / facebook", value="facebook: tragewegenzillebeke"),
               dict(frac=0.5, label="Aantal leden / vrijwilligers", value="ca. 15")])
        f.section("II. Project")
        f.field("Titel van het project", "Wandelkaart en bewegwijzering trage wegen Zillebeke")
        f.field("Omschrijving en doelstelling", "We brengen de kerkwegels en veldwegen rond Zillebeke opnieuw in "
                "kaart, samen met de oudste dorpsbewoners. Er komt een gedrukte wandelkaart, paaltjes en bordjes "
                "aan elke trage weg en een openingswandeling voor het hele dorp.", lines=4)
        f.field("Beoogde startdatum en duur", "september 2019, ca. 8 maanden")
        f.section("III. Begroting")
        f.para("Uitgaven", font="Serif-Bold", after=1)
        for d, a in [("Ontwerp kaart (grafisch vormgever)", "EUR 1.250"), ("Drukwerk 3.000 ex.", "EUR 3.000"),
                     ("Paaltjes en bordjes", "EUR 2.480"), ("Openingswandeling (drank, hapje)", "EUR 520")]:
            f.row([dict(frac=0.7, label="omschrijving uitgave", value=d), dict(frac=0.3, label="bedrag", value=a, align=2)])
        f.row([dict(frac=0.7, label="", value="TOTAAL", fstyle="none"), dict(frac=0.3, label="totaal uitgaven", value="EUR 7.250", align=2)])
        f.para("Inkomsten", font="Serif-Bold", after=1)
        for d, a in [("Eigen inbreng werkgroep", "EUR 250"), ("Bijdrage Maak werk van je buurt", "EUR 7.000"), ("", "")]:
            f.row([dict(frac=0.7, label="omschrijving inkomst", value=d), dict(frac=0.3, label="bedrag", value=a, align=2)])
        f.row([dict(frac=0.7, label="", value="", fstyle="none"), dict(frac=0.3, label="totaal inkomsten", value="EUR 7.250", align=2)])
        f.section("IV. Handtekening")
        f.row([dict(frac=0.5, label="plaats en datum", value="Zillebeke, 14 juni 2019"),
               dict(frac=0.5, label="naam", value="Bart Desmyter")])

    return dict(
        key="d05", lang="nl", fmt="pdf_form", family="AcroForm, captions under the lines; request typed into a free income line; no e-mail in form",
        truth=T("Trage Wegen Werkgroep Zillebeke", "Bart Desmyter", "b.desmyter@example.com", "+32471382694",
                "Vijverdreef 9", "8902", "Zillebeke", "BE", "Wandelkaart en bewegwijzering trage wegen Zillebeke",
                "7000.00", "7250.00"),
        mail=mail("Bart Desmyter", "b.desmyter@example.com", "Maak werk van je buurt", "2019-06-14 07:36",
                  "Goeiemorgen,\n\nHierbij het ingevulde formulier van onze werkgroep trage wegen.\n\nBart\n",
                  "projectsteun_tragewegen.pdf", headers=ROUNDCUBE),
        pdf=lambda: build(st, "acro", content),
        meta=dict(Producer="iText 2.1.7 by 1T3XT", Creator="Adobe Acrobat 11.0.23",
                  Title="Aanvraagformulier projectsteun"),
        created="2019-01-30 11:45:10+01")


# ====================================================================== D06  FR  AcroForm, 3 pages with the call text
def d06():
    def hdr(f, c, p):
        c.setFont("Sans-Bold", 9); c.setFillColorRGB(0.1, 0.3, 0.55)
        c.drawString(f.x0, f.H - 36, "PARTONS 2.0 - APPEL À PROJETS TRANSFRONTALIER")
        c.setFont("Sans", 8); c.drawRightString(f.x1, f.H - 36, "Fiche projet - version française")
        c.setStrokeColorRGB(0.1, 0.3, 0.55); c.line(f.x0, f.H - 41, f.x1, f.H - 41)
        c.setFillColorRGB(0, 0, 0)
        return f.H - 58

    def ftr(f, c, p, n):
        c.setFont("Sans", 7.5); c.drawCentredString(f.W / 2, 28, "- %d / %s -" % (p, n))

    st = dict(names=dict(text_pat="Zone de texte %d", start=3), font="Sans", bold="Sans-Bold", italic="Sans-Italic",
              size=9.5, lpos="left", label_w=165, fstyle="dotted", fh=15, gap=6, section_style="box",
              section_color=(0.1, 0.3, 0.55), header=hdr, footer=ftr, margin=(55, 55, 40, 45))

    def content(f):
        f.title("Fiche de candidature", size=18, font="Sans-Bold", color=(0.1, 0.3, 0.55))
        f.para(FR_CALL_INTRO, size=9)
        f.para(FR_CALL_OFFER, size=9)
        f.para("Les projets sélectionnés participent à un parcours d'accompagnement. Réservez dès à présent ces dates :",
               size=9, after=1)
        f.bullets(FR_CALL_SESSIONS, size=9)
        f.para(FR_CALL_TIMING, size=9, font="Sans-Bold")
        f.section("A. Votre projet")
        f.field("Titre du projet", "Café associatif itinérant dans les hameaux")
        f.field("Description", "Un triporteur aménagé en café mobile s'arrête chaque semaine dans un hameau "
                "différent d'Esquelbecq. Les bénévoles y servent café et gâteaux, on y échange des livres, des "
                "graines et des nouvelles. Les habitants choisissent ensemble les lieux et les horaires.", lines=5)
        f.field("Qui participe ?", "bénévoles de l'association, club des aînés, école de musique", lines=2)
        f.page_break()
        f.section("B. La structure porteuse")
        f.field("Nom de la structure", "Association Les Veilleurs de l'Yser")
        f.field("Adresse", "8 rue de la Briqueterie")
        f.row([dict(frac=0.45, label="Code postal", value="59470", label_w=80),
               dict(frac=0.55, label="Ville", value="Esquelbecq", label_w=40)])
        f.para("Composition du bureau", font="Sans-Bold", after=2)
        f.grid([[("L", "Président"), ("W", "Bernard Degrave"), ("W", "03 28 65 02 77"), ("W", "b.degrave@example.com")],
                [("L", "Secrétaire"), ("W", "Nathalie Bollengier"), ("W", "06 20 58 13 94"), ("W", "n.bollengier@example.net")],
                [("L", "Trésorier"), ("W", "Guy Vermersch"), ("W", ""), ("W", "")]],
               [0.16, 0.28, 0.2, 0.36], header=["Fonction", "Nom", "Téléphone", "Courriel"], rh=18)
        f.section("C. Personne à contacter pour ce dossier")
        f.field("Nom, prénom", "Claire Ryckebusch")
        f.field("Fonction", "coordinatrice bénévole du projet")
        f.field("Téléphone", "07 82 44 19 63")
        f.field("Courriel", "claire.ryckebusch@example.com")
        f.para("Rappel : le projet retenu s'engage à participer aux cinq sessions d'accompagnement "
               "(26/09/2019, 07/11/2019, 28/11/2019, 19/12/2019 et 30/01/2020).", size=8.5, font="Sans-Italic")
        f.page_break()
        f.section("D. Budget prévisionnel")
        f.para("La participation financière de l'appel à projets est plafonnée à 10 000 euros par projet "
               "(enveloppe totale : 100 000 euros pour 10 projets).", size=8.5, font="Sans-Italic")
        R = dict(align=2)
        f.grid([[("L", "Triporteur et aménagement"), ("W", "6 200,00 €", R)],
                [("L", "Percolateur, vaisselle, mobilier pliant"), ("W", "1 950,00 €", R)],
                [("L", "Communication et signalétique"), ("W", "1 300,00 €", R)],
                [("L", "Animation des rencontres (intervenant)"), ("W", "1 000,00 €", R)],
                [("B", "Coût total du projet"), ("W", "10 450,00 €", R)]], [0.68, 0.32],
               header=["Dépenses", "Montant TTC"], rh=18)
        f.field("Montant demandé à l'appel à projets", "7 800,00 €", label_w=220)
        f.field("Autres financements (préciser)", "fonds propres 1 650,00 € ; Crédit agricole (mécénat) 1 000,00 €",
                label_w=220, lines=2)
        f.field("Date et signature", "Esquelbecq, le 12 juin 2019 - C. Ryckebusch", label_w=220)

    return dict(
        key="d06", lang="fr", fmt="pdf_form", family="3-page AcroForm: call text and coaching dates on page 1, contact on page 2, budget on page 3; board table plus separate contact block",
        truth=T("Association Les Veilleurs de l'Yser", "Claire Ryckebusch", "claire.ryckebusch@example.com",
                "+33782441963", "8 rue de la Briqueterie", "59470", "Esquelbecq", "FR",
                "Café associatif itinérant dans les hameaux", "7800.00", "10450.00"),
        mail=mail("Nathalie Bollengier", "n.bollengier@example.net", "Appel à projets - Les Veilleurs de l'Yser",
                  "2019-06-12 12:17",
                  "Bonjour,\n\nVous trouverez en pièce jointe la fiche de candidature de notre association.\n"
                  "Pour toute question, merci de contacter Claire Ryckebusch (coordonnées dans la fiche).\n\n"
                  "Cordialement,\nNathalie Bollengier, secrétaire\n",
                  "Fiche candidature Veilleurs de l'Yser.pdf", html=True, headers=OUTLOOK_FR),
        pdf=lambda: build(st, "acro", content, check_on="Oui"),
        meta=dict(Producer="Microsoft® Word 2016; modified using iText® 5.5.13 ©2000-2018 iText Group NV",
                  Creator="Microsoft® Word 2016", Title="Fiche de candidature Partons 2.0"),
        created="2019-04-02 15:08:44+02")


# ====================================================================== D07  NL  AcroForm, comb fields, individual
def d07():
    def hdr(f, c, p):
        logo(c, f.x0, f.H - 80, "hex", (0.5, 0.2, 0.55), "VP", size=36)
        c.setFont("Narrow-Bold", 15); c.drawString(f.x0 + 46, f.H - 58, "Vrijwilligerspunt Westhoek")
        c.setFont("Narrow", 9.5); c.drawString(f.x0 + 46, f.H - 71, "Inschrijving project  ·  microsubsidie vrijwilligerswerk")
        c.setFont("Narrow", 8); c.drawRightString(f.x1, f.H - 58, "dossiernr. (in te vullen door VP): ..................")
        return f.H - 96

    st = dict(names=dict(text_pat="Veld%d", check_pat="Selectievakje%d", start=1), font="Narrow", bold="Narrow-Bold",
              italic="Narrow", size=10, lpos="left", label_w=150, fstyle="box", fh=17, gap=7,
              section_style="shade", cell_fill=(0.93, 0.88, 0.95), section_color=(0.5, 0.2, 0.55), header=hdr,
              margin=(50, 50, 40, 40), box_fill=None)

    def content(f):
        f.section("Wie vraagt aan?")
        f.checks("U bent", ["een vereniging", "een feitelijke groep", "een individuele burger"],
                 "een individuele burger", label_w=150)
        f.field("Naam aanvrager", "Marleen Vanhove")
        f.field("Naam vereniging (indien van toepassing)", "")
        f.field("Straat en nummer", "Zandhoekstraat 42")
        f.field("Postcode", "8980", comb=4, w=150 + 80)
        f.field("Woonplaats", "Passendale")
        f.field("Telefoon", "0472351860", comb=10, w=150 + 190)
        f.field("E-mail", "marleen.vanhove@example.net")
        f.field("IBAN", "BE39063511824919", comb=16, w=150 + 300)
        f.section("Uw project")
        f.field("Projectnaam", "Buurtchauffeurs Passendale: vrijwilligers rijden minder mobiele dorpsgenoten")
        f.field("Wat is het probleem?", "Sinds de bushalte aan de kerk verdween, raken oudere dorpsgenoten moeilijk "
                "bij de huisarts, de apotheek of de markt in Zonnebeke.", lines=3)
        f.field("Uw oplossing", "Een groep van 12 vrijwillige chauffeurs met een gedeelde planning. Ritten worden "
                "aangevraagd via één telefoonnummer; de passagier betaalt een kleine kilometervergoeding.", lines=3)
        f.field("Startdatum", "01092019", comb=8, w=150 + 130)
        f.section("Budget")
        f.field("Totale kost project", "€ 13.500", w=150 + 150, align=2)
        f.field("Andere inkomsten", "Gemeente Zonnebeke € 3.000 - kilometervergoedingen € 3.750", lines=2)
        f.field("Gevraagd bedrag (max. € 10.000)", "6.750 euro", w=150 + 150, align=2)
        f.section("Handtekening")
        f.field("Datum", "28052019", comb=8, w=150 + 130)
        f.field("Naam", "Marleen Vanhove")

    return dict(
        key="d07", lang="nl", fmt="pdf_form", family="AcroForm with comb fields (postcode, phone, IBAN, dates); individual applicant",
        truth=T(None, "Marleen Vanhove", "marleen.vanhove@example.net", "+32472351860", "Zandhoekstraat 42",
                "8980", "Passendale", "BE",
                "Buurtchauffeurs Passendale: vrijwilligers rijden minder mobiele dorpsgenoten", "6750.00", "13500.00"),
        mail=mail("Marleen Vanhove", "marleen.vanhove@example.net", "Projectoproep", "2019-05-28 15:22",
                  "", "inschrijving_project.pdf", headers=WEBMAIL),
        pdf=lambda: build(st, "acro", content, check_on="Aan", check_char="8"),
        meta=dict(Producer="LibreOffice 6.0", Creator="Writer", Title="Inschrijving project VP"),
        created="2018-11-19 13:40:00+01")


# ====================================================================== D08  FR  AcroForm, two columns, individual
def d08():
    W_, H_ = A4

    def hdr(f, c, p):
        c.setFillColorRGB(0.88, 0.92, 0.96); c.rect(0, f.H - 70, f.W, 70, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.2, 0.35)
        c.setFont("Serif-Bold", 16); c.drawString(36, f.H - 40, "Fonds citoyen des Flandres")
        c.setFont("Serif", 9.5); c.drawString(36, f.H - 55, "Fiche « Petite initiative » - à retourner complétée")
        c.setFillColorRGB(0, 0, 0)
        return f.H - 86

    st = dict(names=dict(text_pat="Texte%d", check_pat="Case à cocher %d"), font="Serif", bold="Serif-Bold",
              italic="Serif-Italic", size=9.5, lpos="above", fstyle="box", fh=16, gap=5, section_style="caps",
              section_color=(0.1, 0.2, 0.35), header=hdr, margin=(36, 36, 40, 36))

    def content(f):
        top = f.y
        # left column
        f.x0, f.x1 = 36, W_ / 2 - 8
        f.section("Le porteur du projet")
        f.checks("Statut", ["Association", "Collectif d'habitants", "Particulier", "Commune"], "Particulier",
                 lpos="above", cols=2)
        f.field("Porteur du projet", "Mme Lucie Deswarte")
        f.field("Structure (si association)", "")
        f.field("Adresse", "41 chemin du Steenbeek")
        f.row([dict(frac=0.35, label="CP", value="59270"), dict(frac=0.65, label="Ville", value="Bailleul")])
        f.field("Tél.", "06 12 47 85 30")
        f.field("Courriel", "lucie.deswarte@example.org")
        f.field("Comment avez-vous connu le fonds ?", "bulletin municipal")
        left_end = f.y
        # right column
        f.y = top
        f.x0, f.x1 = W_ / 2 + 8, W_ - 36
        f.section("L'initiative")
        f.field("Nom de l'initiative", "Boîte à livres et bancs de lecture au hameau")
        f.field("En quelques mots", "Installer une boîte à livres fabriquée par les voisins à l'arrêt de bus du "
                "hameau, avec deux bancs et un panneau d'information. Une fête d'inauguration réunira les familles.",
                lines=6)
        f.field("Lieu", "hameau du Steent'je")
        f.field("Coût global", "2 300 €")
        f.field("Aide demandée", "1 950 €")
        f.field("Date", "01/06/2019")
        f.y = min(f.y, left_end)
        f.x0, f.x1 = 36, W_ - 36
        f.space(6)
        f.para("Le fonds finance des initiatives jusqu'à 2 000 € ; pour l'appel à projets transfrontalier le "
               "plafond est de 10 000 €.", size=8, font="Serif-Italic")

    return dict(
        key="d08", lang="fr", fmt="pdf_form", family="AcroForm in two columns; status checkboxes; private person as 'porteur du projet'",
        truth=T(None, "Lucie Deswarte", "lucie.deswarte@example.org", "+33612478530", "41 chemin du Steenbeek",
                "59270", "Bailleul", "FR", "Boîte à livres et bancs de lecture au hameau", "1950.00", "2300.00"),
        mail=mail("Lucie Deswarte", "lucie.deswarte@example.org", "Ma petite initiative - boîte à livres",
                  "2019-06-01 10:05",
                  "Bonjour Monsieur,\n\nJe vous adresse ma fiche pour la boîte à livres du hameau.\n\n"
                  "Bonne journée,\nLucie Deswarte\n", "fiche petite initiative.pdf", headers=IPHONE),
        pdf=lambda: build(st, "acro", content, check_on="Oui", check_char="8"),
        meta=dict(Producer="Adobe PDF Library 15.0", Creator="Adobe InDesign CC 2018 (Macintosh)",
                  Title="Fiche Petite initiative"),
        created="2018-10-02 17:55:31+02")


# ====================================================================== D09  NL  flattened municipal form
def d09():
    def hdr(f, c, p):
        c.setFillColorRGB(0.75, 0.1, 0.1); c.rect(f.x0, f.H - 50, 4, 30, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("DVSerif-Bold", 13); c.drawString(f.x0 + 10, f.H - 32, "LO-RENINGE")
        c.setFont("DVSerif", 8.5); c.drawString(f.x0 + 10, f.H - 45, "gemeentebestuur - dienst samenleving")
        c.setFont("DVSerif", 8); c.drawRightString(f.x1, f.H - 32, "Aanvraag projectsubsidie leefbaarheid")
        return f.H - 70

    def ftr(f, c, p, n):
        c.setFont("DVSerif", 7); c.drawRightString(f.x1, 30, "pagina %d van %s" % (p, n))

    st = dict(names=dict(text_pat="Text Field %d"), font="DVSerif", bold="DVSerif-Bold", italic="DVSerif-Italic",
              size=9, lpos="inline", fstyle="underline", fh=15, gap=5, section_style="caps",
              section_color=(0.75, 0.1, 0.1), header=hdr, footer=ftr, margin=(58, 58, 40, 45))

    def content(f):
        f.title("Aanvraag projectsubsidie leefbaarheid", size=14, font="DVSerif-Bold")
        f.para("Artikel 4 van het reglement: het subsidiebedrag bedraagt maximaal € 1.250 per project. Een project "
               "kan slechts één keer per jaar betoelaagd worden.", size=8, color=(0.35, 0.35, 0.35))
        f.section("1 Organisatie")
        f.field("Naam organisatie:", "Vzw Feestcomité Reninge")
        f.field("Ondernemingsnummer:", "0712.345.618")
        f.field("Adres:", "Tempelstraat 6")
        f.row([dict(frac=0.35, label="Postcode:", value="8647", lpos="inline"),
               dict(frac=0.65, label="Deelgemeente:", value="Reninge", lpos="inline")])
        f.field("IBAN:", "BE58 9731 2270 4479")
        f.section("2 Verantwoordelijken")
        f.row([dict(frac=0.5, label="Voorzitter:", value="Stefaan Delanghe", lpos="inline"),
               dict(frac=0.5, label="Tel.:", value="0473 16 52 08", lpos="inline")])
        f.field("E-mail voorzitter:", "stefaan.delanghe@example.org")
        f.para("Contactpersoon voor dit dossier (indien verschillend van de voorzitter):", font="DVSerif-Bold", after=2)
        f.row([dict(frac=0.5, label="Naam:", value="Els Verhaeghe", lpos="inline"),
               dict(frac=0.5, label="Tel.:", value="058 28 90 17", lpos="inline")])
        f.field("E-mail:", "els.verhaeghe@example.com")
        f.section("3 Project")
        f.field("Naam van het project:", "Boerenmarkt op het dorpsplein van Reninge")
        f.field("Omschrijving:", "Elke eerste zaterdag van de maand een kleine markt met producten van boeren uit "
                "de streek, met koffiehoek van het feestcomité en een standje van de bibliotheek.", lines=3)
        f.field("Datum of periode:", "vanaf zaterdag 7 september 2019, maandelijks")
        f.section("4 Begroting")
        f.row([dict(frac=0.5, label="Totale kostprijs:", value="6.200 EUR", lpos="inline"),
               dict(frac=0.5, label="Gevraagde subsidie:", value="5.000 EUR", lpos="inline")])
        f.field("Andere inkomsten:", "standgeld marktkramers 1.200 EUR")
        f.space(10)
        f.row([dict(frac=0.5, label="Datum:", value="13 juni 2019", lpos="inline"),
               dict(frac=0.5, label="Handtekening:", value="S. Delanghe", lpos="inline")])

    return dict(
        key="d09", lang="nl", fmt="pdf_letter", family="Municipal AcroForm filled in and flattened (answers become page content); chair plus named contact person",
        truth=T("Vzw Feestcomité Reninge", "Els Verhaeghe", "els.verhaeghe@example.com", "+3258289017",
                "Tempelstraat 6", "8647", "Reninge", "BE", "Boerenmarkt op het dorpsplein van Reninge",
                "5000.00", "6200.00"),
        mail=mail("Stefaan Delanghe", "stefaan.delanghe@example.org", "Aanvraag boerenmarkt Reninge",
                  "2019-06-13 19:09",
                  "Beste,\n\nIn bijlage het aanvraagformulier van ons feestcomité.\nEls Verhaeghe is onze "
                  "contactpersoon voor dit dossier.\n\nVriendelijke groeten,\nStefaan Delanghe\n",
                  "aanvraag projectsubsidie boerenmarkt (ingevuld).pdf", headers=THUNDERBIRD),
        pdf=lambda: build(st, "flat", content),
        meta=dict(Producer="Foxit PhantomPDF Printer Version 9.5.0.1020", Creator="Foxit PhantomPDF",
                  Title="aanvraag projectsubsidie leefbaarheid"),
        created="2019-06-13 18:57:20+02")


# ====================================================================== D10  FR  flattened commune form
def d10():
    def hdr(f, c, p):
        logo(c, f.x0, f.H - 86, "circle", (0.1, 0.4, 0.2), "C", size=40)
        c.setFont("Sans-Bold", 12); c.drawString(f.x0 + 50, f.H - 60, "Mairie de Cassel")
        c.setFont("Sans", 8.5); c.drawString(f.x0 + 50, f.H - 72, "Pôle vie locale et associative")
        c.setFont("Sans-Bold", 10); c.drawRightString(f.x1, f.H - 60, "FORMULAIRE DE DEMANDE")
        c.drawRightString(f.x1, f.H - 72, "DE SUBVENTION")
        return f.H - 100

    def ftr(f, c, p, n):
        c.setFont("Sans", 7); c.drawString(f.x0, 26, "Mairie de Cassel - formulaire 2019")
        c.drawRightString(f.x1, 26, "Page %d" % p)

    st = dict(names=dict(text_pat="Texte%d"), font="Sans", bold="Sans-Bold", italic="Sans-Italic", size=9,
              lpos="left", label_w=140, fstyle="box", fh=16, gap=4, section_style="bar",
              section_color=(0.1, 0.4, 0.2), header=hdr, footer=ftr, margin=(42, 42, 40, 40))

    def content(f):
        f.section("IDENTIFICATION DE L'ASSOCIATION")
        f.field("Dénomination", "Les Jardiniers du Mont")
        f.field("Siège social", "16 rue de la Vigne")
        f.row([dict(frac=0.45, label="Code postal", value="59670", label_w=140),
               dict(frac=0.55, label="Commune", value="Cassel", label_w=60)])
        f.row([dict(frac=0.5, label="N° SIRET", value="812 447 309 00014", label_w=140),
               dict(frac=0.5, label="N° RNA", value="W594012238", label_w=60)])
        f.grid([[("L", "Président(e)"), ("W", "Hubert Lamote"), ("W", "03 28 42 55 61"), ("W", "")],
                [("L", "Trésorier(e)"), ("W", "Émilie Vandenbroucke"), ("W", "03 28 42 17 90"), ("W", "emilie.vdb@example.com")]],
               [0.2, 0.3, 0.2, 0.3], header=["", "Nom Prénom", "Téléphone", "Courriel"], rh=18)
        f.field("Personne à contacter pour ce dossier", "Émilie Vandenbroucke (trésorière)", label_w=200)
        f.section("OBJET DE LA DEMANDE")
        f.field("Intitulé du projet", "Verger conservatoire et atelier de greffe pour les habitants")
        f.field("Présentation", "Plantation de 40 arbres fruitiers de variétés régionales sur un terrain prêté par "
                "la commune, ateliers de greffe et de taille ouverts à tous, fête des récoltes à l'automne.", lines=4)
        f.section("BUDGET")
        f.field("Coût total de l'action", "8 900 €")
        f.field("Montant sollicité", "6 400 € (six mille quatre cents euros)")
        f.field("Autres financements", "cotisations et fonds propres : 2 500 €")
        f.section("ENGAGEMENT")
        f.row([dict(frac=0.5, label="Fait à", value="Cassel", label_w=50),
               dict(frac=0.5, label="le", value="07/06/2019", label_w=30)])

    return dict(
        key="d10", lang="fr", fmt="pdf_letter", family="Commune AcroForm filled in and flattened; two officers, contact named in a separate box",
        truth=T("Les Jardiniers du Mont", "Émilie Vandenbroucke", "emilie.vdb@example.com", "+33328421790",
                "16 rue de la Vigne", "59670", "Cassel", "FR",
                "Verger conservatoire et atelier de greffe pour les habitants", "6400.00", "8900.00"),
        mail=mail("Émilie Vandenbroucke", "emilie.vdb@example.com", "Demande de participation - verger conservatoire",
                  "2019-06-07 17:31",
                  "Bonjour,\n\nCi-joint notre demande pour le verger conservatoire.\n\nCordialement,\n"
                  "Émilie Vandenbroucke\nTrésorière - Les Jardiniers du Mont\n03 28 42 17 90\n",
                  "demande subvention verger.pdf", headers=OUTLOOK_FR, html=True),
        pdf=lambda: build(st, "flat", content),
        meta=dict(Producer="PDF-XChange Core API SDK (7.0.326.1)", Creator="PDF-XChange Editor 7.0.326.1",
                  Title="formulaire demande subvention"),
        created="2019-06-07 17:20:05+02")


# ====================================================================== D11  NL  printed via Microsoft Print to PDF
def d11():
    def hdr(f, c, p):
        c.setFont("Times-Bold", 12); c.drawCentredString(f.W / 2, f.H - 50, "ADVIESRAAD VOOR PLATTELANDSBELEID")
        c.setFont("Times-Roman", 10); c.drawCentredString(f.W / 2, f.H - 63, "Houthulst - Merkem - Jonkershove")
        c.setLineWidth(0.4); c.line(f.x0, f.H - 70, f.x1, f.H - 70)
        return f.H - 88

    st = dict(names=None, font="Times-Roman", bold="Times-Bold", italic="Times-Italic", size=11, lpos="inline",
              fstyle="dots", fh=16, gap=7, section_style="caps", section_color=(0, 0, 0), header=hdr,
              margin=(70, 70, 40, 50), ans_font="Sans", ans_size=10.5, ans_off=(1.5, -3.5), ans_jitter=2.2,
              print_scale=0.94, print_shift=(4, -6), seed=11)

    def content(f):
        f.title("Aanvraag buurtbudget", size=16, font="Times-Bold", align="center", after=4)
        f.para("(reglement buurtbudget - enkel voor initiatieven van bewoners)", size=9, font="Times-Italic")
        f.section("Aanvragers")
        f.field("Naam van het buurtcomité / de bewonersgroep:", "Buurtcomité Kapelhoek")
        f.field("Contactpersoon:", "Hilde Vermeersch")
        f.field("Adres:", "Korte Veldstraat 31")
        f.field("Postcode en gemeente:", "8650 Merkem")
        f.field("Telefoon:", "0479 22 81 64")
        f.field("E-mail:", "hilde.vermeersch@example.com")
        f.section("Het initiatief")
        f.field("Titel:", "Buurtmoestuin De Kapelhoek")
        f.field("Wat?", "Op het braakliggend stuk naast de kapel leggen we samen met de buren een moestuin aan met")
        f.field("", "bakken voor de school en een bank om te verpozen. Oogst wordt verdeeld onder de deelnemers.")
        f.field("Met wie?", "22 gezinnen uit de wijk, de KVLV en de basisschool")
        f.field("Wanneer?", "najaar 2019")
        f.section("Financieel")
        f.field("Gevraagd bedrag:", "€ 4200,00")
        f.field("Waarvoor dient het geld?", "bakken, aarde, gereedschap, regenton, zitbank, startdag")
        f.space(14)
        f.field("Datum:", "10/06/2019", w=200)
        f.field("Handtekening:", "H. Vermeersch", w=260)

    return dict(
        key="d11", lang="nl", fmt="pdf_letter", family="Form filled on screen then printed with 'Microsoft Print to PDF': answers as page text in another font, offset over dotted lines; no total budget",
        truth=T("Buurtcomité Kapelhoek", "Hilde Vermeersch", "hilde.vermeersch@example.com", "+32479228164",
                "Korte Veldstraat 31", "8650", "Merkem", "BE", "Buurtmoestuin De Kapelhoek", "4200.00", None),
        mail=mail("Hilde Vermeersch", "vermeersch.hilde@example.com", "Maak werk van je buurt - moestuin Kapelhoek",
                  "2019-06-10 21:40",
                  "Beste,\n\nIn bijlage onze aanvraag voor de buurtmoestuin.\nIk heb het formulier van het "
                  "buurtbudget gebruikt, ik hoop dat dat ook goed is.\n\nGroetjes\nHilde\n",
                  "Aanvraag buurtbudget.pdf", headers=OUTLOOK, html=True),
        pdf=lambda: build(st, "print", content),
        meta=dict(Producer="Microsoft: Print To PDF", Title="Microsoft Word - aanvraag buurtbudget.docx"),
        created="2019-06-10 21:36:52+02")


# ====================================================================== D12  FR  printed via macOS Quartz
def d12():
    def hdr(f, c, p):
        c.setFillColorRGB(0.9, 0.35, 0.1)
        c.rect(f.x0, f.H - 78, 120, 40, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1); c.setFont("Sans-Bold", 13); c.drawString(f.x0 + 8, f.H - 56, "CC Flandre")
        c.setFont("Sans", 8); c.drawString(f.x0 + 8, f.H - 69, "Fonds d'initiatives locales")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Sans-Bold", 14); c.drawString(f.x0 + 135, f.H - 56, "Fiche de candidature")
        c.setFont("Sans", 9); c.drawString(f.x0 + 135, f.H - 70, "Projets de jeunes - édition 2019")
        return f.H - 95

    def ftr(f, c, p, n):
        c.setFont("Sans", 7); c.drawCentredString(f.W / 2, 22, "%d" % p)

    st = dict(names=None, font="Sans", bold="Sans-Bold", italic="Sans-Italic", size=9, lpos="left", label_w=145,
              fstyle="box", fh=18, gap=3, section_style="underline", section_color=(0.9, 0.35, 0.1), header=hdr,
              footer=ftr, margin=(45, 45, 40, 40), ans_font="Courier", ans_size=9.5, ans_off=(3, 0.5),
              ans_jitter=1.0, ans_color=(0.05, 0.1, 0.45), print_scale=0.97, seed=12, pagesize=letter)

    def content(f):
        f.section("1. Le groupe")
        f.field("Nom du groupe / de la structure", "Foyer des Jeunes de Boeschepe")
        f.field("Adresse postale", "22 rue de l'Ermitage")
        f.field("Code postal - Ville", "59299 Boeschepe")
        f.field("Nombre de jeunes impliqués", "14 (de 13 à 19 ans)")
        f.section("2. L'adulte référent")
        f.field("Nom et prénom", "Kevin Lemaire")
        f.field("Téléphone portable", "06 33 18 72 45")
        f.field("E-mail", "kevin.lemaire@example.org")
        f.section("3. Le projet")
        f.field("Titre", "Skate-park participatif et fresque avec les jeunes")
        f.field("Description", "Les jeunes du foyer dessinent et construisent avec un animateur spécialisé des "
                "modules de skate en bois sur le plateau sportif, et réalisent une fresque sur le mur du foyer "
                "avec un artiste local. Un après-midi d'inauguration ouvert à tous les habitants.", lines=5)
        f.field("Période", "été 2019 - printemps 2020")
        f.section("4. Le budget")
        f.field("Budget total du projet", "24 600 €")
        f.field("Aide demandée", "10 000 €")
        f.field("Autres aides", "Commune 6 000 € ; CAF 5 600 € ; autofinancement 3 000 €", lines=2)
        f.para("Plafond de l'aide au titre du Fonds d'initiatives locales : 3 000 €.", size=8, font="Sans-Italic")

    return dict(
        key="d12", lang="fr", fmt="pdf_letter", family="Form printed from macOS (Quartz PDFContext): typewriter answers in blue, slightly offset; request equal to the 10 000 ceiling",
        truth=T("Foyer des Jeunes de Boeschepe", "Kevin Lemaire", "kevin.lemaire@example.org", "+33633187245",
                "22 rue de l'Ermitage", "59299", "Boeschepe", "FR",
                "Skate-park participatif et fresque avec les jeunes", "10000.00", "24600.00"),
        mail=mail("Kevin Lemaire", "kevin.lemaire@example.org", "Candidature - Foyer des Jeunes de Boeschepe",
                  "2019-06-15 16:58",
                  "Bonjour,\n\nJe vous transmets la candidature du Foyer des Jeunes.\n\nKevin Lemaire\n"
                  "Animateur - Foyer des Jeunes de Boeschepe\n", "Fiche de candidature Foyer.pdf",
                  headers=APPLEMAIL),
        pdf=lambda: build(st, "print", content),
        meta=dict(Producer="macOS Version 10.14.5 (Build 18F132) Quartz PDFContext", Creator="Aperçu",
                  Title="fiche_candidature_FIL_2019"),
        created="2019-06-15 16:49:07+02")


CASES = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]
