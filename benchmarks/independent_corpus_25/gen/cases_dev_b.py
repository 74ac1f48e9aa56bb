"""DEV half, part B: online-form summaries and word-processor exports (no widgets)."""
from reportlab.lib.pagesizes import A4, letter
from docs import (PS, P, Spacer, Table, TableStyle, PageBreak, KeepTogether, colors, build_doc, esc,
                  HRule, Box, CondPageBreak, TA_CENTER, TA_RIGHT, TA_JUSTIFY)
from deco import (logo, NL_CALL_INTRO, NL_CALL_OFFER, NL_CALL_SESSIONS, NL_CALL_TIMING,
                  FR_CALL_INTRO, FR_CALL_OFFER, FR_CALL_SESSIONS, FR_CALL_TIMING)
from casekit import T, mail, OUTLOOK, OUTLOOK_FR, THUNDERBIRD, THUNDERBIRD_FR, APPLEMAIL, IPHONE, WEBMAIL, ROUNDCUBE, ANDROID


# ====================================================================== D13  NL  Google-Forms-like response, browser print
def d13():
    purple = (0.40, 0.23, 0.72)

    def pdf():
        q = PS("q", "Sans", 10.5, 14, textColor=colors.Color(0.13, 0.13, 0.13))
        a = PS("a", "Sans", 10, 13, textColor=colors.Color(0.2, 0.2, 0.2))
        sm = PS("sm", "Sans", 8, 10, textColor=colors.Color(0.4, 0.4, 0.4))
        ti = PS("ti", "Sans", 20, 25)
        story = []
        story.append(Box([P("Projectideeën voor je dorp - Maak werk van je buurt 2019", ti),
                          P("Dit formulier helpt dorpsraden en verenigingen uit de Westhoek om hun projectidee "
                            "klaar te maken. Je krijgt een kopie van je antwoorden per e-mail. Het bedrag dat je "
                            "vraagt kan maximaal 10 000 euro zijn.", a),
                          P("<font color='#d93025'>* Vereist</font>", sm)],
                         fill=(1, 1, 1), stroke=(0.85, 0.85, 0.85), left_bar=None))
        story.append(Spacer(1, 8))

        def qa(question, answer, req=True):
            star = " <font color='#d93025'>*</font>" if req else ""
            story.append(KeepTogether([Box([P(esc(question) + star, q), Spacer(1, 4),
                                            P(esc(answer) if answer else "<font color='#999999'>Jouw antwoord</font>", a),
                                            HRule(thick=0.5, color=(0.75, 0.75, 0.75), space=2)],
                                           fill=(1, 1, 1), stroke=(0.85, 0.85, 0.85)), Spacer(1, 8)]))

        qa("E-mailadres", "jelle.vandamme@example.org")
        qa("Naam van de vereniging, groep of organisatie", "Jeugdclub De Duinstappers")
        qa("Wie is de contactpersoon?", "Jelle Vandamme")
        qa("Telefoonnummer contactpersoon", "+32 470 18 35 92")
        qa("Adres (straat en huisnummer)", "Zeepannestraat 8")
        qa("Postcode", "8660")
        qa("Gemeente / deelgemeente", "Adinkerke")
        qa("Titel van je projectidee", "Opknappen van het jeugdlokaal tot buurtontmoetingsplek")
        qa("Beschrijf je idee in een paar zinnen",
           "Ons jeugdlokaal staat de hele week leeg behalve op zondag. We willen het samen met de buurt opknappen "
           "(isolatie, nieuwe keuken, meubels) zodat het ook een plek wordt voor de buurtbewoners: een "
           "breicafé, huiswerkbegeleiding en een maandelijkse spelavond.")
        qa("Met wie werk je samen?", "ouders, de Gezinsbond, buurtbewoners van de Zeepannestraat", req=False)
        qa("Totale kostprijs van het project (in euro)", "11400")
        qa("Welk bedrag vraag je aan? (max. 10 000 euro)", "9.500")
        qa("Opmerkingen", "", req=False)

        def on_page(c, p, n):
            c.setFont("Helvetica", 7.5)
            c.drawString(28, A4[1] - 20, "12/6/2019")
            c.drawCentredString(A4[0] / 2, A4[1] - 20, "Projectideeën voor je dorp - Maak werk van je buurt 2019")
            c.drawString(28, 16, "https://docs.google.com/forms/d/e/1FAIpQLSf3dR0x-VZ9kq7YyTbq2mW5bY0oN1d/viewform?edit2=2_ABaOnud")
            c.drawRightString(A4[0] - 28, 16, "%d/%d" % (p, n))
            if p == 1:
                c.setFillColorRGB(*purple)
                c.rect(56, A4[1] - 62, A4[0] - 112, 8, stroke=0, fill=1)
        return build_doc(story, margins=(56, 56, 62, 40), on_page=on_page)

    return dict(
        key="d13", lang="nl", fmt="pdf_letter", family="Online form response (Google-Forms-like card layout) printed from the browser",
        truth=T("Jeugdclub De Duinstappers", "Jelle Vandamme", "jelle.vandamme@example.org", "+32470183592",
                "Zeepannestraat 8", "8660", "Adinkerke", "BE",
                "Opknappen van het jeugdlokaal tot buurtontmoetingsplek", "9500.00", "11400.00"),
        mail=mail("Jelle Vandamme", "jelle.vandamme@example.org", "Fwd: projectidee jeugdlokaal",
                  "2019-06-12 21:55",
                  "Hallo,\n\nIk heb ons idee ingevuld in het formulier van de dorpsraden, hierbij de afdruk.\n\n"
                  "groetjes\nJelle (Jeugdclub De Duinstappers)\n", "Projectideeën voor je dorp - antwoorden.pdf",
                  headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0")]),
        pdf=pdf,
        meta=dict(Producer="Skia/PDF m75", Creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                  "(KHTML, like Gecko) Chrome/75.0.3770.80 Safari/537.36",
                  Title="Projectideeën voor je dorp - Maak werk van je buurt 2019"),
        created="2019-06-12 21:50:33+02")


# ====================================================================== D14  FR  Microsoft-Forms-like response
def d14():
    teal = colors.Color(0.0, 0.47, 0.45)

    def pdf():
        h = PS("h", "DV-Bold", 17, 22, textColor=colors.white)
        meta = PS("m", "DV", 8.5, 12, textColor=colors.Color(0.3, 0.3, 0.3))
        q = PS("q", "DV", 10, 13)
        a = PS("a", "DV", 10, 13, textColor=colors.Color(0.1, 0.1, 0.1))
        story = []
        t = Table([[P("Candidature - Villages et quartiers vivants 2019", h)]], colWidths=[A4[0] - 100])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), teal), ("TOPPADDING", (0, 0), (-1, -1), 14),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 14), ("LEFTPADDING", (0, 0), (-1, -1), 12)]))
        story += [t, Spacer(1, 10)]
        mt = Table([[P("Réponses", PS("r", "DV-Bold", 12, 15)), ""],
                    [P("ID", meta), P("27", meta)],
                    [P("Heure de début", meta), P("11/06/2019 09:12:40", meta)],
                    [P("Heure de fin", meta), P("11/06/2019 09:41:05", meta)],
                    [P("Adresse de messagerie", meta), P("anonymous", meta)]], colWidths=[150, 200], hAlign="LEFT")
        mt.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [mt, Spacer(1, 12)]
        qs = [("Nom de votre structure", "Association Les P'tits Lys"),
              ("Type de structure", "Association loi 1901"),
              ("Adresse (numéro et rue)", "31 rue des Bateliers"),
              ("Code postal", "59660"),
              ("Commune", "Merville"),
              ("Nom et prénom du ou de la référent(e) du projet", "Sophie Caron"),
              ("Téléphone", "03.28.43.56.02"),
              ("Adresse e-mail", "sophie.caron@example.net"),
              ("Titre du projet", "Ateliers de cuisine intergénérationnels au centre social"),
              ("Décrivez votre projet", "Un samedi par mois, des grands-parents et des enfants du quartier "
               "cuisinent ensemble des recettes de la région avec les légumes du jardin du centre social, puis "
               "partagent le repas. Les recettes seront réunies dans un petit livret."),
              ("Quel est le coût total de votre projet ?", "5 640 euros"),
              ("Quel montant demandez-vous ? (10 000 euros maximum)", "4 200 euros"),
              ("Comment avez-vous connu l'appel à projets ?", "Par la mairie")]
        for i, (qq, aa) in enumerate(qs, 1):
            story.append(KeepTogether([P("%d. %s" % (i, esc(qq)), q), Spacer(1, 3),
                                       Box([P(esc(aa), a)], fill=(0.95, 0.95, 0.95), pad=8, radius=2),
                                       Spacer(1, 11)]))

        def on_page(c, p, n):
            c.setFont("DV", 7)
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(50, 22, "Microsoft Forms")
            c.drawRightString(A4[0] - 50, 22, "Page %d sur %d" % (p, n))
        return build_doc(story, margins=(50, 50, 46, 40), on_page=on_page)

    return dict(
        key="d14", lang="fr", fmt="pdf_letter", family="Online form response (numbered questions, answers in grey boxes, respondent ID and timestamps)",
        truth=T("Association Les P'tits Lys", "Sophie Caron", "sophie.caron@example.net", "+33328435602",
                "31 rue des Bateliers", "59660", "Merville", "FR",
                "Ateliers de cuisine intergénérationnels au centre social", "4200.00", "5640.00"),
        mail=mail("Sophie Caron", "sophie.caron@example.net", "Dossier Les P'tits Lys", "2019-06-11 09:58",
                  "Bonjour,\n\nSuite à notre échange téléphonique, voici le récapitulatif de notre réponse au "
                  "formulaire.\n\nSophie Caron\n", "Réponse formulaire - Les P'tits Lys.pdf", headers=OUTLOOK_FR,
                  html=True),
        pdf=pdf,
        meta=dict(Producer="Microsoft® Edge PDF", Creator="Microsoft Edge 44.17763.1.0",
                  Title="Candidature - Villages et quartiers vivants 2019"),
        created="2019-06-11 09:44:12+02")


# ====================================================================== D15  NL  municipal e-loket summary
def d15():
    def pdf():
        b = PS("b", "DVC-Bold", 9, 11.5)
        r = PS("r", "DVC", 9, 11.5)
        hd = PS("hd", "DVC-Bold", 11, 14, textColor=colors.white)
        story = []
        story.append(P("Bevestiging van uw aanvraag", PS("t", "DVC-Bold", 16, 20)))
        story.append(P("Referentie: <b>EL-19-00418</b> &nbsp;&nbsp; Ingediend op 04/06/2019 om 20:31 &nbsp;&nbsp; "
                       "Status: ontvangen", r))
        story.append(Spacer(1, 10))

        def section(title, rows):
            data = [[P(esc(title), hd), ""]] + [[P(esc(k), b), P(esc(v), r)] for k, v in rows]
            t = Table(data, colWidths=[180, A4[0] - 100 - 180])
            t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.0, 0.36, 0.55)),
                                   ("GRID", (0, 1), (-1, -1), 0.4, colors.Color(0.75, 0.75, 0.75)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.95, 0.97, 0.99)])]))
            story.extend([t, Spacer(1, 10)])

        section("Gegevens aanvrager (persoon die het formulier invult)",
                [("Voornaam", "Dirk"), ("Naam", "Coussement"), ("Rijksregisternummer", "*** verborgen ***"),
                 ("E-mail", "dirk.coussement@example.net"), ("Telefoon", "057 40 15 77")])
        section("Organisatie",
                [("Vraagt u aan namens een organisatie?", "Ja"), ("Naam organisatie", "Wijkcomité Ter Vleter"),
                 ("Ondernemingsnummer", "niet van toepassing (feitelijke vereniging)"),
                 ("Straat", "Lindeplein"), ("Huisnummer", "2A"), ("Postcode", "8640"), ("Gemeente", "Westvleteren")])
        section("Aanspreekpunt",
                [("Wie is het aanspreekpunt voor dit project?", "Dezelfde persoon als de aanvrager")])
        section("Project",
                [("Titel van het project", "Repair Café en buurtontbijt in de parochiezaal"),
                 ("Korte omschrijving", "Vier keer per jaar een Repair Café met vrijwillige herstellers, gecombineerd "
                  "met een buurtontbijt. Aankoop van gereedschap, werktafels en een koffiemachine."),
                 ("Gewenste startdatum", "21/09/2019")])
        section("Financiering",
                [("Totale kostprijs", "€ 3.400,00"), ("Gevraagde ondersteuning", "€ 2.850,00"),
                 ("Eigen inbreng / andere", "€ 550,00 (kas wijkcomité)")])
        section("Bijlagen", [("Opgeladen bestanden", "geen")])
        story.append(P("U ontvangt binnen 14 dagen een antwoord. Vragen? Neem contact op met de dienst Vrije Tijd.",
                       PS("n", "DVC", 8, 10, textColor=colors.grey)))

        def on_page(c, p, n):
            c.setFillColorRGB(0.0, 0.36, 0.55)
            c.rect(0, A4[1] - 44, A4[0], 44, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("DVC-Bold", 13); c.drawString(50, A4[1] - 28, "Gemeente Vleteren  |  e-loket")
            c.setFont("DVC", 8); c.drawRightString(A4[0] - 50, A4[1] - 28, "Aanvraag ondersteuning buurtinitiatief")
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.setFont("DVC", 7)
            c.drawString(50, 22, "Afgedrukt op 04/06/2019 20:33 - EL-19-00418")
            c.drawRightString(A4[0] - 50, 22, "Pagina %d van %d" % (p, n))
        return build_doc(story, margins=(50, 50, 64, 40), on_page=on_page)

    return dict(
        key="d15", lang="nl", fmt="pdf_letter", family="Municipal e-loket confirmation (question/answer table, reference number); street and number in separate rows; contact = 'same as applicant'",
        truth=T("Wijkcomité Ter Vleter", "Dirk Coussement", "dirk.coussement@example.net", "+3257401577",
                "Lindeplein 2A", "8640", "Westvleteren", "BE",
                "Repair Café en buurtontbijt in de parochiezaal", "2850.00", "3400.00"),
        mail=mail("Dirk Coussement", "dirk.coussement@example.net", "aanvraag Repair Café Westvleteren",
                  "2019-06-04 20:40",
                  "Goedenavond,\n\nDe gemeente raadde ons aan om onze aanvraag ook bij jullie in te dienen. "
                  "In bijlage de bevestiging met alle gegevens.\n\nMvg,\nDirk Coussement\n",
                  "bevestiging_EL-19-00418.pdf", headers=WEBMAIL),
        pdf=pdf,
        meta=dict(Producer="OpenPDF 1.2.16", Creator="e-loket Vleteren", Title="Bevestiging EL-19-00418"),
        created="2019-06-04 20:31:44+02")


# ====================================================================== D16  FR  Typeform-like recap
def d16():
    def pdf():
        qn = PS("qn", "Sans-Bold", 9, 11, textColor=colors.Color(0.55, 0.2, 0.45))
        q = PS("q", "Sans", 13, 17, textColor=colors.Color(0.15, 0.15, 0.15))
        a = PS("a", "Sans", 14, 18, textColor=colors.Color(0.55, 0.2, 0.45))
        story = [P("Récapitulatif de votre réponse", PS("t", "Sans-Bold", 22, 28)),
                 P("Réponse n° #R-8F3K2Q · soumise le 14/06/2019 à 22:41", PS("s", "Sans", 9, 12,
                                                                             textColor=colors.grey)),
                 Spacer(1, 16)]
        items = [("Comment s'appelle votre association ou votre collectif ?", "Association Arnèke en Transition"),
                 ("Qui est la personne à contacter ?", "Thomas Dumont"),
                 ("Son numéro de téléphone ?", "+33 6 58 21 90 47"),
                 ("Son adresse e-mail ?", "t.dumont@example.com"),
                 ("Adresse de l'association", "17 rue des Houblons, 59285 Arnèke"),
                 ("Le nom de votre projet en une phrase", "Covoiturage solidaire pour les aînés du village"),
                 ("Racontez-nous votre projet !", "Des bénévoles emmènent les aînés qui n'ont plus de voiture "
                  "au marché, chez le médecin ou au cimetière. Une permanence téléphonique à la mairie organise "
                  "les trajets. Nous voulons acheter un téléphone dédié, faire des affiches et former les "
                  "bénévoles."),
                 ("De quel montant avez-vous besoin ?", "3 600 €"),
                 ("Avez-vous d'autres soutiens ?", "La mairie prête une salle et relaie l'information.")]
        for i, (qq, aa) in enumerate(items, 1):
            story.append(KeepTogether([P("%d →" % i, qn), P(esc(qq), q), Spacer(1, 4), P(esc(aa), a),
                                       Spacer(1, 14)]))

        def on_page(c, p, n):
            c.setFillColorRGB(0.55, 0.2, 0.45)
            c.rect(0, A4[1] - 8, A4[0] * p / n, 8, stroke=0, fill=1)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.setFont("Sans", 7.5)
            c.drawString(60, 24, "Mes démarches en ligne · Appel à idées « Bien vivre au village »")
            c.drawRightString(A4[0] - 60, 24, "%d / %d" % (p, n))
        return build_doc(story, margins=(60, 60, 50, 44), on_page=on_page)

    return dict(
        key="d16", lang="fr", fmt="pdf_letter", family="Conversational online form (one big question per block, arrows, respondent reference); address in one answer; no total budget",
        truth=T("Association Arnèke en Transition", "Thomas Dumont", "t.dumont@example.com", "+33658219047",
                "17 rue des Houblons", "59285", "Arnèke", "FR",
                "Covoiturage solidaire pour les aînés du village", "3600.00", None),
        mail=mail("Thomas Dumont", "t.dumont@example.com", "Appel à projets : covoiturage solidaire Arnèke",
                  "2019-06-14 22:49", "Bonsoir,\n\nVoici notre idée de projet (récapitulatif en PDF).\n\nThomas\n",
                  "recapitulatif_reponse_R-8F3K2Q.pdf", headers=ANDROID),
        pdf=pdf,
        meta=dict(Producer="Skia/PDF m74", Creator="Mozilla/5.0 (Linux; Android 9) AppleWebKit/537.36 Chrome/74.0",
                  Title="Récapitulatif de votre réponse"),
        created="2019-06-14 22:43:10+02")


# ====================================================================== D17  NL  Word form: one big layout table
def d17():
    def pdf():
        sec = PS("sec", "Serif-Bold", 11, 14, textColor=colors.Color(0.2, 0.2, 0.45))
        r = PS("r", "Serif", 10.5, 14)
        story = [P("Projectfiche", PS("t", "Serif-Bold", 18, 22)),
                 P("Maak werk van je buurt! - Westhoek 2019", PS("s", "Serif-Italic", 11, 14)), Spacer(1, 12)]
        cells = [
            ("Organisatie",
             "Naam vereniging: Handzaamse Dorpsgilde<br/>Adres: Spaarbekestraat 23, 8610 Handzame<br/>"
             "Rechtsvorm: feitelijke vereniging<br/>Aantal leden: 64"),
            ("Contact",
             "Voorzitter: Rik Dewitte<br/>Contactpersoon: Lieve Claeys (secretaris)<br/>"
             "Telefoon: 051 56 73 02<br/>E-mail: lieve.claeys@example.com"),
            ("Project",
             "Titel: Dorpsbib in een oude telefooncel<br/><br/>Wat: we kopen een afgedankte telefooncel, "
             "knappen ze samen met de leerlingen van het technisch instituut op en plaatsen ze op het dorpsplein "
             "als ruilbibliotheek. Er komt een bankje bij en 's avonds een zonnelampje.<br/><br/>"
             "Wie: leden van de gilde, leerlingen, de bibliotheek van Kortemark, buurtbewoners<br/>"
             "Wanneer: ingebruikname tijdens de kermis van oktober 2019"),
            ("Budget",
             "Aankoop telefooncel: € 650<br/>Materiaal opknappen (verf, glas, rekken): € 1.120<br/>"
             "Bankje en zonnelamp: € 980<br/>Openingsfeest: € 400<br/>"
             "<b>Totale kostprijs: € 3.150</b><br/><br/>"
             "We vragen het volledige bedrag van € 3.150 aan."),
            ("Handtekening", "Handzame, 2 juni 2019<br/>Rik Dewitte, voorzitter"),
        ]
        data = [[P(k, sec), P(v, r)] for k, v in cells]
        t = Table(data, colWidths=[110, A4[0] - 144 - 110])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.88, 0.88, 0.95)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story.append(t)

        def on_page(c, p, n):
            c.setFont("Serif", 8)
            c.drawCentredString(A4[0] / 2, 30, "%d" % p)
        return build_doc(story, margins=(72, 72, 72, 60), on_page=on_page)

    return dict(
        key="d17", lang="nl", fmt="pdf_letter", family="Word document exported to PDF: one big two-column layout table, answers after a colon inside the same cell; requested = total",
        truth=T("Handzaamse Dorpsgilde", "Lieve Claeys", "lieve.claeys@example.com", "+3251567302",
                "Spaarbekestraat 23", "8610", "Handzame", "BE", "Dorpsbib in een oude telefooncel",
                "3150.00", "3150.00"),
        mail=mail("Rik Dewitte", "rik.dewitte@example.org", "Projectfiche Dorpsgilde Handzame",
                  "2019-06-02 11:12",
                  "Beste,\n\nIn bijlage vindt u de projectfiche van onze gilde.\n\nMet vriendelijke groeten,\n"
                  "Rik Dewitte\n", "Projectfiche Handzaamse Dorpsgilde.pdf", headers=OUTLOOK, html=True),
        pdf=pdf,
        meta=dict(Producer="Microsoft® Word 2016", Creator="Microsoft® Word 2016", Title="Projectfiche",
                  Author="Rik"),
        created="2019-06-02 11:05:40+02")


# ====================================================================== D18  FR  LibreOffice export, colon / line below
def d18():
    def pdf():
        body = PS("b", "DVSerif", 10.5, 14.5)
        qs = PS("q", "DVSerif-Bold", 10.5, 14.5)
        ans = PS("a", "DVSerif", 10.5, 14.5, leftIndent=14)
        h = PS("h", "DVSerif-Bold", 12.5, 17, spaceBefore=10, spaceAfter=4)
        story = [P("Projet « Guinguette éphémère » - fiche de présentation", PS("t", "DVSerif-Bold", 15, 19,
                                                                                alignment=TA_CENTER)),
                 Spacer(1, 14), P("1. L'association", h)]
        for line in ["Nom de l'association : Les Moëres en Fête",
                     "Adresse : 10 chemin des Wateringues",
                     "Code postal : 59254 \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Ville : Ghyvelde",
                     "Président : Jean-Marc Vandewalle",
                     "Personne chargée du dossier : Valérie Vandewalle",
                     "Téléphone : 03 28 26 74 31"]:
            story.append(P(esc(line), body))
        story.append(P("2. Le projet", h))
        for qq, aa in [("Titre du projet", "Guinguette éphémère et balades à vélo dans les Moëres"),
                       ("En quoi consiste le projet ?",
                        "Pendant quatre dimanches d'été, une guinguette éphémère au bord du canal : musique, "
                        "petite restauration avec les producteurs locaux, et balades à vélo commentées à travers "
                        "les Moëres, jusqu'à la frontière belge."),
                       ("Qui est concerné ?", "Les habitants de Ghyvelde et des Moëres, les familles, les aînés, "
                        "les cyclistes de passage."),
                       ("Calendrier", "juillet et août 2020")]:
            story.append(P(esc(qq) + " :", qs))
            story.append(P(esc(aa), ans))
            story.append(Spacer(1, 4))
        story.append(P("3. Budget", h))
        story.append(P("Coût total du projet :", qs))
        story.append(P("9\u00a0950 €", ans))
        story.append(P("Montant demandé :", qs))
        story.append(P("8\u00a0500 € (huit mille cinq cents euros)", ans))
        story.append(P("Le reste est couvert par la buvette et les cotisations.", body))
        story.append(Spacer(1, 20))
        story.append(P("Fait à Ghyvelde, le 15 juin 2019", body))
        return build_doc(story, margins=(70, 70, 70, 70), on_page=None)

    return dict(
        key="d18", lang="fr", fmt="pdf_letter", family="LibreOffice Writer export: identity as 'label : value' lines, project answers on the line below; no e-mail in the document",
        truth=T("Les Moëres en Fête", "Valérie Vandewalle", "famille.vandewalle@example.net", "+33328267431",
                "10 chemin des Wateringues", "59254", "Ghyvelde", "FR",
                "Guinguette éphémère et balades à vélo dans les Moëres", "8500.00", "9950.00"),
        mail=mail("Famille Vandewalle", "famille.vandewalle@example.net", "projet guinguette Moëres",
                  "2019-06-15 23:18",
                  "Bonjour,\n\nveuillez trouver notre projet en pièce jointe.\nCordialement\nValérie\n",
                  "projet guinguette.pdf", headers=THUNDERBIRD_FR),
        pdf=pdf,
        meta=dict(Producer="LibreOffice 6.1", Creator="Writer", Title=""),
        created="2019-06-15 23:10:02+02")


# ====================================================================== D19  NL  3-page Word template with call text
def d19():
    blue = colors.Color(0.1, 0.25, 0.65)

    def pdf():
        h1 = PS("h1", "Sans-Bold", 16, 20, textColor=colors.Color(0.0, 0.4, 0.45), spaceAfter=6)
        h2 = PS("h2", "Sans-Bold", 12, 15, textColor=colors.Color(0.0, 0.4, 0.45), spaceBefore=10, spaceAfter=4)
        body = PS("b", "Sans", 9.5, 12.5, alignment=TA_JUSTIFY)
        q = PS("q", "Sans-Bold", 9.5, 12.5, spaceBefore=6)
        ans = PS("a", "Sans-Italic", 10, 13, textColor=blue)
        story = [P("Aanvraagformulier projectenoproep 'Maak werk van je buurt!'", h1),
                 P(esc(NL_CALL_INTRO), body), Spacer(1, 4), P(esc(NL_CALL_OFFER), body), Spacer(1, 4),
                 P("Als geselecteerd project wordt van jou verwacht dat je deelneemt aan de sessies van het "
                   "begeleidingstraject. Hou onderstaande data alvast vrij:", body)]
        for s in NL_CALL_SESSIONS:
            story.append(P("• " + esc(s), PS("bl", "Sans", 9.5, 12.5, leftIndent=12)))
        story += [Spacer(1, 4), P(esc(NL_CALL_TIMING), body), P("Deel 1 - Jullie idee", h2)]
        for qq, aa in [("1.1 Geef je project een naam.", "Samen tuinieren op de Kemmelse moestuinweide"),
                       ("1.2 Wat willen jullie doen?",
                        "Op de weide naast de kinderboerderij leggen we 20 moestuinbedden aan die gezinnen uit "
                        "Kemmel kunnen 'adopteren'. De dieren van de boerderij zorgen voor mest, de kinderen voor "
                        "het onderhoud van de kruidentuin. Elke maand is er een tuindag met een lesgever."),
                       ("1.3 Wie werkt er mee en hoe betrekken jullie de buurt?",
                        "De vrijwilligers van de kinderboerderij, de KWB, de lagere school en de buren. We starten "
                        "met een infoavond en een enquête in de brievenbus.")]:
            story += [P(esc(qq), q), P(esc(aa), ans)]
        story.append(PageBreak())
        story.append(P("Deel 2 - Wie zijn jullie?", h2))
        for qq, aa in [("2.1 Naam van de vereniging / het initiatief", "Vzw Kinderboerderij De Kraaienhoek"),
                       ("2.2 Adres", "Kraaiveld 5\n8956 Kemmel"),
                       ("2.3 Voorzitter (naam, telefoon, e-mail)",
                        "Hendrik Lamerant - 057 44 90 31 - hendrik.lamerant@example.org"),
                       ("2.4 Contactpersoon voor dit dossier (naam, telefoon, e-mail)",
                        "Wim Vanneste - 0478 12 39 90 - wim.vanneste@example.net"),
                       ("2.5 Rekeningnummer", "BE27 0018 4419 7473")]:
            story += [P(esc(qq), q), P(esc(aa).replace("\n", "<br/>"), ans)]
        story.append(Spacer(1, 10))
        story.append(P("Let op: de financiële bijdrage bedraagt max. 10 000 euro per project. In totaal is er "
                       "100 000 euro beschikbaar voor 10 initiatieven in de Westhoek en Noord-Frankrijk.", body))
        story.append(PageBreak())
        story.append(P("Deel 3 - Budget", h2))
        story.append(P("Vul de tabel in. Vermeld alle uitgaven en alle inkomsten (ook eigen inbreng).", body))
        story.append(Spacer(1, 6))
        ai = PS("ai", "Sans-Italic", 9.5, 12, textColor=blue)
        air = PS("air", "Sans-Italic", 9.5, 12, textColor=blue, alignment=TA_RIGHT)
        bb = PS("bb", "Sans-Bold", 9.5, 12)
        rows = [[P("Uitgaven", bb), P("Bedrag", bb)],
                [P("Hout en grond voor 20 moestuinbedden", ai), P("€ 5.480,-", air)],
                [P("Tuingereedschap, regenwatertank", ai), P("€ 2.350,-", air)],
                [P("Lesgever tuindagen (12 x)", ai), P("€ 3.600,-", air)],
                [P("Infoavond, enquête, affiches", ai), P("€ 1.050,-", air)],
                [P("Totaal uitgaven", bb), P("€ 12.480,-", air)],
                [P("Inkomsten", bb), P("", bb)],
                [P("Eigen inbreng vzw", ai), P("€ 1.630,-", air)],
                [P("Huurbijdrage gezinnen (20 x € 50)", ai), P("€ 1.000,-", air)],
                [P("Gevraagde bijdrage provincie (max. 10.000 euro)", ai), P("€ 9.850,-", air)],
                [P("Totaal inkomsten", bb), P("€ 12.480,-", air)]]
        t = Table(rows, colWidths=[300, 120])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.93, 0.93)),
                               ("BACKGROUND", (0, 6), (-1, 6), colors.Color(0.85, 0.93, 0.93))]))
        story.append(t)
        story.append(Spacer(1, 18))
        story.append(P("Datum en handtekening:", q))
        story.append(P("8 juni 2019 - Wim Vanneste", ans))

        def on_page(c, p, n):
            c.setFont("Sans", 7.5)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawString(60, 28, "Partons 2.0 - aanvraagformulier Maak werk van je buurt")
            c.drawRightString(A4[0] - 60, 28, "Pagina %d van %d" % (p, n))
        return build_doc(story, margins=(60, 60, 60, 50), on_page=on_page)

    return dict(
        key="d19", lang="nl", fmt="pdf_letter", family="3-page word-processor template with the call text, answers typed in blue italics below each question; contact on p.2, budget table on p.3",
        truth=T("Vzw Kinderboerderij De Kraaienhoek", "Wim Vanneste", "wim.vanneste@example.net", "+32478123990",
                "Kraaiveld 5", "8956", "Kemmel", "BE", "Samen tuinieren op de Kemmelse moestuinweide",
                "9850.00", "12480.00"),
        mail=mail("Wim Vanneste", "wim.vanneste@example.net", "Aanvraag Maak werk van je buurt - Kinderboerderij",
                  "2019-06-08 14:27", "", "aanvraagformulier_kraaienhoek.pdf", headers=APPLEMAIL),
        pdf=pdf,
        meta=dict(Producer="macOS Version 10.14.5 (Build 18F132) Quartz PDFContext",
                  Creator="Word", Title="aanvraagformulier Maak werk van je buurt"),
        created="2019-06-08 14:20:18+02")


# ====================================================================== D20  FR  3-page Word export, call text first
def d20():
    def pdf():
        h1 = PS("h1", "Serif-Bold", 17, 21, alignment=TA_CENTER, spaceAfter=8)
        h2 = PS("h2", "Serif-Bold", 12.5, 16, spaceBefore=12, spaceAfter=6, textColor=colors.Color(0.5, 0.15, 0.1))
        body = PS("b", "Serif", 10.5, 13.5, alignment=TA_JUSTIFY)
        c9 = PS("c9", "Serif", 10, 12.5)
        c9b = PS("c9b", "Serif-Bold", 10, 12.5)
        story = [P("Appel à projets Partons 2.0<br/>Dossier de candidature", h1), P(esc(FR_CALL_INTRO), body),
                 Spacer(1, 6), P(esc(FR_CALL_OFFER), body), Spacer(1, 8)]
        dates = Table([[P("<b>Sessions d'accompagnement (présence obligatoire)</b>", c9)]] +
                      [[P(esc(s), c9)] for s in FR_CALL_SESSIONS], colWidths=[300])
        dates.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.9, 0.88))]))
        story += [dates, Spacer(1, 8), P(esc(FR_CALL_TIMING), body), P("1. Votre projet", h2),
                  P("<b>Titre :</b> Atelier vélo et bricolage partagé", body), Spacer(1, 4),
                  P("<b>Description :</b> Dans l'ancienne grange prêtée par la paroisse, un atelier ouvert "
                    "deux soirs par semaine où chacun peut réparer son vélo, emprunter des outils et apprendre avec "
                    "des bénévoles. Un samedi par mois, atelier pour les enfants.", body),
                  PageBreak(), P("2. Coordonnées", h2)]
        idt = Table([[P("Nom de l'association", c9b), P("Association Les Ateliers du Moulin Blanc", c9)],
                     [P("Adresse du siège", c9b), P("25 rue du Vieux Moulin", c9)],
                     [P("Code postal / Commune", c9b), P("59114 / Steenvoorde", c9)],
                     [P("N° SIRET", c9b), P("843 120 557 00012", c9)]], colWidths=[160, 290])
        idt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [idt, Spacer(1, 12), P("Membres du bureau", PS("mb", "Serif-Bold", 11, 14, spaceAfter=4))]
        ppl = Table([[P("Fonction", c9b), P("Nom", c9b), P("Téléphone", c9b), P("Courriel", c9b)],
                     [P("Président", c9), P("Hervé Lefebvre", c9), P("03 28 48 30 16", c9), P("herve.lefebvre@example.com", c9)],
                     [P("Secrétaire", c9), P("Marie-Christine Deroo", c9), P("06 80 14 27 56", c9), P("mc.deroo@example.org", c9)],
                     [P("Trésorier", c9), P("Patrick Goudeseune", c9), P("06 11 72 40 83", c9), P("p.goudeseune@example.net", c9)]],
                    colWidths=[75, 130, 95, 150])
        ppl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.9, 0.88))]))
        story += [ppl, Spacer(1, 10),
                  P("<b>Personne à contacter :</b> Marie-Christine Deroo (secrétaire)", body),
                  PageBreak(), P("3. Budget prévisionnel", h2)]
        bt = Table([[P("Dépenses", c9b), P("Montant", c9b)],
                    [P("Établis, outillage, pieds d'atelier", c9), P("3 840,50 €", c9)],
                    [P("Pièces détachées (stock de départ)", c9), P("1 125,00 €", c9)],
                    [P("Aménagement électrique de la grange", c9), P("1 650,00 €", c9)],
                    [P("Assurance et communication", c9), P("600,00 €", c9)],
                    [P("TOTAL", c9b), P("7 215,50 €", c9b)]], colWidths=[300, 120])
        bt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
        story += [bt, Spacer(1, 10),
                  P("Montant sollicité dans le cadre de l'appel à projets (10 000 € maximum) : <b>5 000,00 €</b>", body),
                  P("Autofinancement : 2 215,50 €", body), Spacer(1, 24),
                  P("Fait à Steenvoorde, le 30 mai 2019", body), P("Le président, Hervé Lefebvre", body)]

        def on_page(c, p, n):
            c.setFont("Serif-Italic", 8)
            c.drawString(62, 30, "Dossier de candidature - Les Ateliers du Moulin Blanc")
            c.drawRightString(A4[0] - 62, 30, "%d/%d" % (p, n))
        return build_doc(story, margins=(62, 62, 62, 56), on_page=on_page)

    return dict(
        key="d20", lang="fr", fmt="pdf_letter", family="3-page Word export: call text and session dates on p.1, board table and contact line on p.2, budget with cents on p.3",
        truth=T("Association Les Ateliers du Moulin Blanc", "Marie-Christine Deroo", "mc.deroo@example.org",
                "+33680142756", "25 rue du Vieux Moulin", "59114", "Steenvoorde", "FR",
                "Atelier vélo et bricolage partagé", "5000.00", "7215.50"),
        mail=mail("Hervé Lefebvre", "herve.lefebvre@example.com", "Dossier de candidature Ateliers du Moulin Blanc",
                  "2019-05-30 18:04",
                  "Madame, Monsieur,\n\nVeuillez trouver ci-joint le dossier de candidature de notre association.\n"
                  "Restant à votre disposition,\n\nHervé Lefebvre\nPrésident\n",
                  "Dossier candidature Partons 2.0 - Moulin Blanc.pdf", headers=OUTLOOK_FR, html=True),
        pdf=pdf,
        meta=dict(Producer="Microsoft® Word 2013", Creator="Microsoft® Word 2013",
                  Title="Dossier de candidature", Author="Hervé"),
        created="2019-05-30 17:58:41+02")


CASES = [d13, d14, d15, d16, d17, d18, d19, d20]
