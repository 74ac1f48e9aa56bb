"""TEST half, part B: online-form summaries and word-processor exports (no widgets)."""
from reportlab.lib.pagesizes import A4, letter
from docs import (PS, P, Spacer, Table, TableStyle, PageBreak, KeepTogether, colors, build_doc, esc,
                  HRule, Box, CondPageBreak, TA_CENTER, TA_RIGHT, TA_JUSTIFY)
from deco import (logo, NL_CALL_INTRO, NL_CALL_OFFER, NL_CALL_SESSIONS, NL_CALL_TIMING,
                  FR_CALL_INTRO, FR_CALL_OFFER, FR_CALL_SESSIONS, FR_CALL_TIMING)
from casekit import T, mail, OUTLOOK, OUTLOOK_FR, THUNDERBIRD, THUNDERBIRD_FR, APPLEMAIL, IPHONE, WEBMAIL, ROUNDCUBE, ANDROID


# ====================================================================== T13  NL  form-builder submission (label | value rows)
def t13():
    orange = colors.Color(0.93, 0.42, 0.13)

    def pdf():
        lab = PS("lab", "Sans-Bold", 9, 12, textColor=colors.Color(0.35, 0.35, 0.35))
        val = PS("val", "Sans", 10, 13)
        story = [P("Inzending #112", PS("t", "Sans-Bold", 18, 22)),
                 P("Formulier: <b>Ideeënbus jeugd &amp; buurt</b> &nbsp;·&nbsp; Ingezonden: 09-06-2019 16:05:27 "
                   "&nbsp;·&nbsp; IP: 192.0.2.41", PS("s", "Sans", 8.5, 11, textColor=colors.grey)),
                 Spacer(1, 12)]
        rows = [("Naam jeugdhuis / groep", "Jeugdhuis 't Zeekraaltje"),
                ("Wie vult dit formulier in?", "Lotte Devos"),
                ("Functie", "coördinator vrijwilligers"),
                ("Telefoon", "+32 (0)470 93 15 28"),
                ("E-mail", "lotte.devos@example.org"),
                ("Adres", "Helmweg 27"),
                ("Postcode", "8670"),
                ("Woonplaats", "Oostduinkerke"),
                ("Naam van je idee", "Buitenbar en terras als ontmoetingsplek voor jong en oud"),
                ("Vertel ons meer", "We bouwen met de jongeren een houten buitenbar en een terras aan het "
                 "jeugdhuis. Op vrijdagavond en zondagnamiddag is het open voor iedereen uit de wijk, met "
                 "spelletjes, quiz en optredens van lokale bandjes."),
                ("Hoeveel kost je idee in totaal?", "7.900"),
                ("Hoeveel steun vraag je?", "5.600"),
                ("Hoe heb je van de oproep gehoord?", "via de nieuwsbrief van de provincie"),
                ("Ik ga akkoord met de privacyverklaring", "Ja")]
        data = [[P(esc(k), lab), P(esc(v), val)] for k, v in rows]
        t = Table(data, colWidths=[170, A4[0] - 110 - 170])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.Color(0.85, 0.85, 0.85)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        story.append(t)

        def on_page(c, p, n):
            c.setFillColor(orange)
            c.rect(0, A4[1] - 36, A4[0], 36, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("Sans-Bold", 11); c.drawString(55, A4[1] - 23, "formulieren.example.org")
            c.setFillColorRGB(0.5, 0.5, 0.5); c.setFont("Sans", 7.5)
            c.drawString(55, 22, "Inzending #112 - Ideeënbus jeugd & buurt")
            c.drawRightString(A4[0] - 55, 22, "Pagina %d van %d" % (p, n))
        return build_doc(story, margins=(55, 55, 60, 44), on_page=on_page)

    return dict(
        key="t13", lang="nl", fmt="pdf_letter", family="Form-builder submission export: label and value on one row, submission number, phone with (0)",
        truth=T("Jeugdhuis 't Zeekraaltje", "Lotte Devos", "lotte.devos@example.org", "+32470931528", "Helmweg 27",
                "8670", "Oostduinkerke", "BE", "Buitenbar en terras als ontmoetingsplek voor jong en oud",
                "5600.00", "7900.00"),
        mail=mail("Jeugdhuis 't Zeekraaltje", "info.zeekraaltje@example.org", "ons idee voor Maak werk van je buurt",
                  "2019-06-09 16:30",
                  "Hoi!\n\nIn bijlage ons idee zoals we het in ons eigen formulier hadden ingevuld.\n"
                  "Contact: Lotte (zie pdf).\n\nJeugdhuis 't Zeekraaltje\n", "inzending_112.pdf", headers=ROUNDCUBE),
        pdf=pdf,
        meta=dict(Producer="dompdf 0.8.3 + CPDF", Creator="formulieren.example.org", Title="Inzending #112"),
        created="2019-06-09 16:05:30+02")


# ====================================================================== T14  FR  webform submission (fieldsets, label:value)
def t14():
    def pdf():
        lg = PS("lg", "DVSerif-Bold", 11, 14, textColor=colors.Color(0.25, 0.15, 0.45))
        lab = PS("lab", "DVSerif-Bold", 9.5, 12.5)
        val = PS("val", "DVSerif", 9.5, 12.5, leftIndent=10, spaceAfter=5)
        story = [P("Soumission n° 58 - Fête des voisins transfrontalière", PS("t", "DVSerif-Bold", 15, 19)),
                 P("Soumis par : anonyme (non vérifié) · 13/06/2019 - 20:47", PS("s", "DVSerif", 8.5, 11,
                                                                                textColor=colors.grey)),
                 Spacer(1, 10)]

        def fieldset(legend, items):
            flows = [P(esc(legend), lg), Spacer(1, 4)]
            for k, v in items:
                flows += [P(esc(k) + " :", lab), P(esc(v), val)]
            story.append(Box(flows, fill=None, stroke=(0.6, 0.55, 0.7), pad=10, radius=0))
            story.append(Spacer(1, 10))

        fieldset("Votre structure", [("Nom de l'association", "Les Randonneurs du Bois d'Hout"),
                                     ("Adresse", "14 rue des Hublonnières"),
                                     ("Code postal", "59470"),
                                     ("Ville", "Houtkerque")])
        fieldset("Contact", [("Nom du contact", "Jérôme Vercoutre"),
                             ("Téléphone", "03 28 27 61 40"),
                             ("Courriel", "jerome.vercoutre@example.net")])
        fieldset("Votre projet", [("Intitulé", "Fête transfrontalière des voisins et randonnée des deux pays"),
                                  ("Description", "Une randonnée qui relie Houtkerque et le village belge voisin "
                                   "par les chemins de campagne, suivie d'une fête des voisins avec repas partagé "
                                   "et musique, préparée par des habitants des deux côtés de la frontière."),
                                  ("Date envisagée", "dimanche 22 septembre 2019")])
        fieldset("Budget", [("Budget total", "3 960 €"), ("Montant sollicité", "2 750 €")])

        def on_page(c, p, n):
            c.setFont("DVSerif", 7.5)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawString(50, A4[1] - 24, "Framaforms · Formulaire « Fête des voisins transfrontalière »")
            c.drawRightString(A4[0] - 50, 22, "%d" % p)
        return build_doc(story, margins=(50, 50, 50, 40), on_page=on_page)

    return dict(
        key="t14", lang="fr", fmt="pdf_letter", family="Web-form submission (fieldsets with legends, label then indented value)",
        truth=T("Les Randonneurs du Bois d'Hout", "Jérôme Vercoutre", "jerome.vercoutre@example.net", "+33328276140",
                "14 rue des Hublonnières", "59470", "Houtkerque", "FR",
                "Fête transfrontalière des voisins et randonnée des deux pays", "2750.00", "3960.00"),
        mail=mail("Jérôme Vercoutre", "jerome.vercoutre@example.net", "Fête des voisins transfrontalière",
                  "2019-06-13 20:58",
                  "Bonsoir,\n\nNous avions rempli le formulaire en ligne de la communauté de communes, voici "
                  "l'export de notre réponse pour votre appel à projets.\n\nCordialement,\nJérôme Vercoutre\n"
                  "Les Randonneurs du Bois d'Hout\n", "soumission-58.pdf", headers=THUNDERBIRD_FR),
        pdf=pdf,
        meta=dict(Producer="wkhtmltopdf 0.12.5", Creator="", Title="Soumission n° 58"),
        created="2019-06-13 20:50:04+02")


# ====================================================================== T15  NL  e-loket stepper summary
def t15():
    def pdf():
        step = PS("st", "DV-Bold", 11, 14, textColor=colors.Color(0.6, 0.1, 0.2))
        small = PS("sm", "DV", 7.5, 9.5, textColor=colors.Color(0.45, 0.45, 0.45))
        val = PS("v", "DV", 9.5, 12.5)
        story = [P("Overzicht van uw aanvraag", PS("t", "DV-Bold", 16, 20)),
                 P("Dossiernummer 2019/0457 · aangemaakt op 31/05/2019 · laatst gewijzigd op 31/05/2019 11:02",
                   small), Spacer(1, 10)]

        def card(title, pairs, cols=2):
            cells = []
            row = []
            for k, v in pairs:
                row.append([P(esc(k), small), P(esc(v), val)])
                if len(row) == cols:
                    cells.append(row)
                    row = []
            if row:
                cells.append(row + [""] * (cols - len(row)))
            w = (A4[0] - 120) / cols
            t = Table(cells, colWidths=[w] * cols)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story.extend([P(esc(title), step), HRule(color=(0.6, 0.1, 0.2), thick=1, space=3), t, Spacer(1, 10)])

        card("Stap 1 van 4 - Organisatie", [("Naam organisatie", "Vzw Zarrense Volksspelen"),
                                             ("Algemeen e-mailadres", "info.volksspelen@example.org"),
                                             ("Straat en huisnummer", "Ravenhoekstraat 88"),
                                             ("Postcode en gemeente", "8610 Zarren")])
        card("Stap 2 van 4 - Contactpersoon", [("Voornaam en naam", "Johan Lermytte"),
                                                ("Telefoonnummer", "051 56 20 49"),
                                                ("E-mailadres contactpersoon", "johan.lermytte@example.com"),
                                                ("Rol in de organisatie", "bestuurslid")])
        card("Stap 3 van 4 - Project", [("Titel", "Volksspelenhoek en speelnamiddagen voor alle generaties"),
                                         ("Locatie", "dorpsplein en parochiezaal")], cols=1)
        story.append(P("Omschrijving", small))
        story.append(P("Een vaste volksspelenhoek op het dorpsplein (krulbol, sjoelbak, tonspel) en één "
                       "speelnamiddag per maand waar grootouders en kleinkinderen samen spelen. De vzw herstelt "
                       "de oude spelen en leidt vrijwilligers op.", val))
        story.append(Spacer(1, 10))
        card("Stap 4 van 4 - Financiering", [("Gevraagd bedrag", "€1.850"),
                                              ("Cofinanciering", "nog niet gekend")])
        story.append(P("Door te verzenden verklaart u dat de gegevens correct zijn.", small))

        def on_page(c, p, n):
            c.setFillColorRGB(0.6, 0.1, 0.2)
            c.rect(0, A4[1] - 50, 14, 50, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("DV-Bold", 11); c.drawString(60, A4[1] - 30, "Gemeente Kortemark")
            c.setFont("DV", 8); c.drawString(60, A4[1] - 42, "digitaal loket - subsidies en projecten")
            c.setFont("DV", 7); c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(60, 22, "2019/0457")
            c.drawRightString(A4[0] - 60, 22, "Pagina %d van %d" % (p, n))
        return build_doc(story, margins=(60, 60, 64, 40), on_page=on_page)

    return dict(
        key="t15", lang="nl", fmt="pdf_letter", family="E-loket 'stepper' summary in cards (small grey label above value); organisation mailbox vs contact's own address; no total budget",
        truth=T("Vzw Zarrense Volksspelen", "Johan Lermytte", "johan.lermytte@example.com", "+3251562049",
                "Ravenhoekstraat 88", "8610", "Zarren", "BE", "Volksspelenhoek en speelnamiddagen voor alle generaties",
                "1850.00", None),
        mail=mail("Vzw Zarrense Volksspelen", "info.volksspelen@example.org", "Aanvraag volksspelenhoek Zarren",
                  "2019-05-31 11:15", "", "overzicht_aanvraag_2019-0457.pdf", headers=OUTLOOK, html=True),
        pdf=pdf,
        meta=dict(Producer="iText® 7.1.5 ©2000-2019 iText Group NV", Creator="digitaal loket",
                  Title="Overzicht van uw aanvraag 2019/0457"),
        created="2019-05-31 11:02:54+02")


# ====================================================================== T16  FR  e-mail receipt of an online form, 'Réponse' headings
def t16():
    def pdf():
        q = PS("q", "Narrow-Bold", 11, 14, spaceBefore=8)
        rl = PS("rl", "Narrow", 8.5, 11, textColor=colors.Color(0.45, 0.45, 0.45))
        a = PS("a", "Narrow", 11, 14)
        story = [P("Merci d'avoir rempli « Appel à idées - Vivre ensemble au village »", PS("t", "Narrow-Bold", 15, 19)),
                 P("Voici ce qui a été enregistré :", PS("s", "Narrow", 10, 13)), Spacer(1, 6)]
        items = [("Vous êtes", "une habitante, sans association"),
                 ("Vos nom et prénom", "Hélène Dufour"),
                 ("Votre adresse", "9 rue des Brasseurs"),
                 ("Code postal", "59143"),
                 ("Commune", "Watten"),
                 ("Téléphone", "07 81 56 09 32"),
                 ("E-mail", "helene.dufour@example.com"),
                 ("Nom de votre idée", "Bibliothèque de rue et après-midis jeux de société"),
                 ("Votre idée en quelques lignes", "Une petite bibliothèque de rue devant chez moi, près de "
                  "l'école, et un après-midi jeux de société par mois dans la salle des fêtes, pour que les "
                  "voisins de tous âges se rencontrent."),
                 ("Coût total estimé", "1 480 €"),
                 ("Aide souhaitée", "1 200 €")]
        for i, (qq, aa) in enumerate(items, 1):
            story.append(KeepTogether([P("%d. %s" % (i, esc(qq)), q), P("Réponse", rl), P(esc(aa), a)]))
        story.append(Spacer(1, 12))
        story.append(HRule())
        story.append(P("Créez votre propre formulaire · Signaler un abus", rl))

        def on_page(c, p, n):
            c.setFont("Helvetica", 7.5)
            c.drawString(40, A4[1] - 20, "Messagerie - Appel à idées - Vivre ensemble au village - Mozilla Firefox")
            c.drawRightString(A4[0] - 40, A4[1] - 20, "14/06/2019 09:12")
            c.drawRightString(A4[0] - 40, 18, "Page %d sur %d" % (p, n))
        return build_doc(story, margins=(64, 64, 50, 40), on_page=on_page)

    return dict(
        key="t16", lang="fr", fmt="pdf_letter", family="Printed e-mail receipt of an online form: numbered questions, 'Réponse' heading above each answer; private person",
        truth=T(None, "Hélène Dufour", "helene.dufour@example.com", "+33781560932", "9 rue des Brasseurs", "59143",
                "Watten", "FR", "Bibliothèque de rue et après-midis jeux de société", "1200.00", "1480.00"),
        mail=mail("Hélène Dufour", "helene.dufour@example.com", "Mon idée pour le village", "2019-06-14 09:20",
                  "Bonjour,\n\nJe vous envoie mon idée, que j'avais déposée sur le formulaire de la mairie.\n"
                  "Bien à vous,\nHélène Dufour\n", "accuse_reception_formulaire.pdf", headers=APPLEMAIL),
        pdf=pdf,
        meta=dict(Producer="cairo 1.14.8 (http://cairographics.org)", Creator="Mozilla Firefox 67.0",
                  Title="Appel à idées - Vivre ensemble au village"),
        created="2019-06-14 09:12:40+02")


# ====================================================================== T17  NL  LibreOffice form: big table, question + answer lines in the cell
def t17():
    def pdf():
        sec = PS("sec", "DV-Bold", 10, 13, textColor=colors.white)
        qq = PS("qq", "DV-Bold", 9, 12)
        aa = PS("aa", "DV", 9.5, 12.5, spaceAfter=5)
        story = [P("Aanvraag - Maak werk van je buurt!", PS("t", "DV-Bold", 15, 19)), Spacer(1, 8)]

        def cell(pairs):
            out = []
            for q, a in pairs:
                out += [P(esc(q), qq), P(esc(a).replace("\n", "<br/>"), aa)]
            return out
        data = [
            [P("1. WIE", sec), cell([("Naam van de groep of vereniging", "Woestense Buurtwerking Den Hoek"),
                                      ("Adres", "Steenakkerstraat 29\n8640 Woesten"),
                                      ("Contactpersoon + telefoon + e-mail",
                                       "An Sercu, 057/42.38.16, an.sercu@example.net")])],
            [P("2. WAT", sec), cell([("Titel", "Buurtbakoven en maandelijkse broodbakdag"),
                                      ("Beschrijving", "We bouwen met de buurt een houtgestookte bakoven op het "
                                       "pleintje aan de Steenakkerstraat. Elke eerste zaterdag van de maand bakken "
                                       "we samen brood en pizza; de opbrengst gaat naar de werking.")])],
            [P("3. WANNEER", sec), cell([("Planning", "bouw in augustus-september 2019, eerste bakdag oktober 2019")])],
            [P("4. HOEVEEL", sec), cell([("Totale kost", "€ 3.875,- (oven) + € 435,- (gereedschap) = € 4.310,-"),
                                          ("Gevraagde steun", "€ 3.875,-")])],
        ]
        t = Table(data, colWidths=[90, A4[0] - 120 - 90])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.Color(0.3, 0.45, 0.6)),
                               ("GRID", (0, 0), (-1, -1), 0.8, colors.Color(0.3, 0.45, 0.6)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (1, 0), (1, -1), 10)]))
        story += [t, Spacer(1, 14), P("Woesten, 1 juni 2019", PS("d", "DV", 9.5, 12))]
        return build_doc(story, margins=(60, 60, 60, 60), on_page=None)

    return dict(
        key="t17", lang="nl", fmt="pdf_letter", family="LibreOffice export: one big layout table, section name left, questions and answers on separate lines in the right cell; total given as a sum",
        truth=T("Woestense Buurtwerking Den Hoek", "An Sercu", "an.sercu@example.net", "+3257423816",
                "Steenakkerstraat 29", "8640", "Woesten", "BE", "Buurtbakoven en maandelijkse broodbakdag",
                "3875.00", "4310.00"),
        mail=mail("An Sercu", "an.sercu@example.net", "aanvraag bakoven Woesten", "2019-06-01 09:47",
                  "Beste,\n\nIn bijlage onze aanvraag.\n\nGroeten,\nAn\n", "aanvraag_bakoven.pdf",
                  headers=THUNDERBIRD),
        pdf=pdf,
        meta=dict(Producer="LibreOffice 6.2", Creator="Writer", Title="Aanvraag Maak werk van je buurt"),
        created="2019-06-01 09:40:27+02")


# ====================================================================== T18  FR  Word export, answers after colon or below, mixed fonts
def t18():
    def pdf():
        tmpl = PS("tm", "Serif", 11, 15)
        tmplb = PS("tmb", "Serif-Bold", 11, 15, spaceBefore=8)
        ans = PS("an", "Sans", 10, 13.5, textColor=colors.Color(0.1, 0.1, 0.1))
        story = [P("ASSOCIATION LES AMIS DU KIOSQUE DE MÉTEREN", PS("t", "Serif-Bold", 13, 17, alignment=TA_CENTER)),
                 P("Présentation de projet", PS("t2", "Serif-Italic", 11, 15, alignment=TA_CENTER)),
                 Spacer(1, 16)]
        story.append(P("Nom de l'association : <font name='Sans' size='10'>Les Amis du Kiosque de Méteren</font>", tmpl))
        story.append(P("Adresse : <font name='Sans' size='10'>6 rue des Hallebardiers, 59270 Méteren</font>", tmpl))
        story.append(P("Personne en charge du dossier : <font name='Sans' size='10'>Isabelle Wallyn</font>", tmpl))
        story.append(P("Téléphone : <font name='Sans' size='10'>03 28 41 85 93</font>", tmpl))
        story.append(P("Courriel : ", tmpl))
        for qq, aa in [("Titre du projet :", "Concerts au kiosque et scène ouverte pour les associations"),
                       ("Objectif du projet :", "Faire revivre le kiosque de la place en proposant six concerts "
                        "gratuits le dimanche et une scène ouverte où les associations, les écoles et les "
                        "musiciens amateurs de la commune peuvent se produire."),
                       ("Public concerné :", "tous les habitants, en particulier les familles et les aînés"),
                       ("Budget global :", "7 420"),
                       ("Subvention demandée :", "6 300"),
                       ("Observations :", "Montants en euros. Le reste est pris en charge par l'association.")]:
            story.append(P(esc(qq), tmplb))
            story.append(P(esc(aa), ans))
        story.append(Spacer(1, 20))
        story.append(P("Méteren, le 16 juin 2019", tmpl))
        return build_doc(story, pagesize=A4, margins=(72, 72, 72, 72), on_page=None)

    return dict(
        key="t18", lang="fr", fmt="pdf_letter", family="Word template export: identity answered after the colon in another font, project answers on the line below; e-mail line left blank",
        truth=T("Les Amis du Kiosque de Méteren", "Isabelle Wallyn", "wallyn.famille@example.net", "+33328418593",
                "6 rue des Hallebardiers", "59270", "Méteren", "FR",
                "Concerts au kiosque et scène ouverte pour les associations", "6300.00", "7420.00"),
        mail=mail("WALLYN Isabelle", "wallyn.famille@example.net", "projet kiosque", "2019-06-16 18:22",
                  "Bonjour,\n\nJe vous transmets notre projet pour le kiosque.\nBonne fin de journée.\n\n"
                  "Isabelle\n", "Projet kiosque Méteren.pdf", headers=OUTLOOK_FR, html=True),
        pdf=pdf,
        meta=dict(Producer="Microsoft® Word 2010", Creator="Microsoft® Word 2010", Title="Présentation de projet",
                  Author="Isabelle"),
        created="2019-06-16 18:15:51+02")


# ====================================================================== T19  NL  3-page Word template, call text on p.1 and p.3
def t19():
    green = colors.Color(0.2, 0.45, 0.25)

    def pdf():
        h1 = PS("h1", "Serif-Bold", 17, 21, textColor=green)
        h2 = PS("h2", "Serif-Bold", 12.5, 16, textColor=green, spaceBefore=10, spaceAfter=5)
        body = PS("b", "Serif", 10, 13, alignment=TA_JUSTIFY)
        lab = PS("l", "Serif-Bold", 10, 13)
        val = PS("v", "Sans", 9.5, 12.5)
        story = [P("Projectfiche Maak werk van je buurt!", h1), Spacer(1, 6),
                 P(esc(NL_CALL_INTRO), body), Spacer(1, 4), P(esc(NL_CALL_OFFER), body), Spacer(1, 4),
                 P("Data begeleidingstraject: " + "; ".join(esc(s) for s in NL_CALL_SESSIONS) + ".", body),
                 Spacer(1, 4), P(esc(NL_CALL_TIMING), body),
                 P("A. Het project", h2)]
        pt = Table([[P("Projectnaam", lab), P("Erfgoedwandeling met QR-bordjes en verhalenavonden", val)],
                    [P("Wat?", lab), P("We verzamelen verhalen van oudere Geluwenaars over het dorp van vroeger, "
                                       "zetten een erfgoedwandeling uit met 15 bordjes met QR-code en organiseren "
                                       "drie verhalenavonden in het parochiehuis.", val)],
                    [P("Wie?", lab), P("heemkring, school, seniorenraad, jeugdbeweging", val)]],
                   colWidths=[110, A4[0] - 130 - 110])
        pt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [pt, PageBreak(), P("B. De aanvragers", h2)]
        ct = Table([[P("Vereniging", lab), P("Vriendenkring Oud-Geluwe", val)],
                    [P("Adres", lab), P("Molenwijk 14, 8940 Geluwe", val)],
                    [P("Voorzitter", lab), P("Jan Coulier (0477 83 52 10)", val)],
                    [P("Aanspreekpunt", lab), P("Frederik Maes", val)],
                    [P("Tel. aanspreekpunt", lab), P("0494 71 20 56", val)],
                    [P("Mail aanspreekpunt", lab), P("frederik.maes@example.org", val)]],
                   colWidths=[130, A4[0] - 130 - 130])
        ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.92, 0.96, 0.92))]))
        story += [ct, Spacer(1, 10),
                  P("Het aanspreekpunt neemt deel aan de sessies van het begeleidingstraject.", body),
                  PageBreak(), P("C. Budget", h2),
                  P("Herinnering: de provincie draagt max. 10 000 euro bij per project; in totaal is 100 000 euro "
                    "beschikbaar.", body), Spacer(1, 8)]
        for k, v in [("Verhalen opnemen en uitschrijven", "1.450,00"), ("Ontwerp en plaatsing 15 bordjes", "6.870,00"),
                     ("Website en QR-codes", "1.320,00"), ("Drie verhalenavonden", "1.600,00")]:
            story.append(P("%s: € %s" % (esc(k), v), val))
        story += [Spacer(1, 6), P("Totale projectkost: € 11.240,00", lab),
                  P("Gevraagd bedrag: € 9.990,00", lab),
                  P("Rest: eigen middelen heemkring (€ 1.250,00)", val), Spacer(1, 18),
                  P("Geluwe, 26 mei 2019", body)]

        def on_page(c, p, n):
            c.setFont("Serif-Italic", 8)
            c.setFillColor(green)
            c.drawString(65, A4[1] - 36, "Vriendenkring Oud-Geluwe")
            c.drawRightString(A4[0] - 65, 30, "p. %d/%d" % (p, n))
        return build_doc(story, margins=(65, 65, 56, 50), on_page=on_page)

    return dict(
        key="t19", lang="nl", fmt="pdf_letter", family="3-page word-processor export: call text and session dates on p.1, contact table with chair and 'aanspreekpunt' on p.2, budget lines and call reminder on p.3",
        truth=T("Vriendenkring Oud-Geluwe", "Frederik Maes", "frederik.maes@example.org", "+32494712056",
                "Molenwijk 14", "8940", "Geluwe", "BE", "Erfgoedwandeling met QR-bordjes en verhalenavonden",
                "9990.00", "11240.00"),
        mail=mail("Jan Coulier", "jan.coulier@example.com", "Projectfiche Vriendenkring Oud-Geluwe",
                  "2019-05-26 20:05",
                  "Geachte,\n\nHierbij onze projectfiche. Frederik Maes is het aanspreekpunt.\n\n"
                  "Met vriendelijke groeten,\nJan Coulier\nvoorzitter\n", "projectfiche_OudGeluwe.pdf",
                  headers=OUTLOOK, html=True),
        pdf=pdf,
        meta=dict(Producer="Microsoft® Word for Office 365", Creator="Microsoft® Word for Office 365",
                  Title="Projectfiche", Author="Jan Coulier"),
        created="2019-05-26 19:58:13+02")


# ====================================================================== T20  FR  4-page Word export, contacts as text lines
def t20():
    def pdf():
        h1 = PS("h1", "DV-Bold", 15, 19, alignment=TA_CENTER, spaceAfter=10)
        h2 = PS("h2", "DV-Bold", 11.5, 15, spaceBefore=10, spaceAfter=5, textColor=colors.Color(0.1, 0.35, 0.5))
        body = PS("b", "DV", 9.5, 13, alignment=TA_JUSTIFY)
        c9 = PS("c9", "DV", 9, 12)
        c9b = PS("c9b", "DV-Bold", 9, 12)
        story = [P("DOSSIER DE CANDIDATURE<br/>Appel à projets transfrontalier « Partons 2.0 »", h1),
                 P(esc(FR_CALL_INTRO), body), Spacer(1, 5), P(esc(FR_CALL_OFFER), body), Spacer(1, 5),
                 P("Les porteurs de projets retenus s'engagent à participer aux sessions d'accompagnement "
                   "organisées chez les projets : " + ", ".join(esc(s) for s in FR_CALL_SESSIONS) + ".", body),
                 Spacer(1, 5), P(esc(FR_CALL_TIMING), body),
                 P("1. Présentation du projet", h2),
                 P("<b>Nom du projet :</b> Estaminet associatif et repair café mensuel", body), Spacer(1, 4),
                 P("<b>Résumé :</b> Ouvrir dans l'ancien café de la place un estaminet associatif géré par des "
                   "bénévoles, avec un repair café le premier samedi du mois et des soirées jeux flamands.", body),
                 PageBreak(), P("2. Le porteur de projet", h2),
                 P("Association : L'Estaminet Solidaire d'Estaires", body),
                 P("Siège : 40 rue des Tanneurs - 59940 Estaires", body),
                 P("N° RNA : W595017744", body), Spacer(1, 8),
                 P("Président : Alain Delbecq - 03 28 48 77 02 - alain.delbecq@example.com", body),
                 P("Trésorière : Brigitte Delrue - 06 51 44 30 19 - b.delrue@example.net", body),
                 P("Secrétaire : Romain Lefranc - 06 03 27 48 95 - romain.lefranc@example.org", body),
                 Spacer(1, 8),
                 P("<b>Personne à contacter pour ce dossier :</b> le secrétaire, Romain Lefranc.", body),
                 PageBreak(), P("3. Budget prévisionnel", h2)]
        bt = Table([[P("Postes", c9b), P("Montant", c9b)],
                    [P("Remise en état du local (peinture, électricité)", c9), P("4 260,25 €", c9)],
                    [P("Mobilier et vaisselle", c9), P("2 180,00 €", c9)],
                    [P("Outillage repair café", c9), P("1 522,50 €", c9)],
                    [P("Jeux flamands (réparation, achat)", c9), P("1 650,00 €", c9)],
                    [P("Total des dépenses", c9b), P("9 612,75 €", c9b)],
                    [P("Participation sollicitée (appel à projets)", c9), P("7 480,50 €", c9)],
                    [P("Fonds propres et bénévolat", c9), P("2 132,25 €", c9)],
                    [P("Total des recettes", c9b), P("9 612,75 €", c9b)]], colWidths=[310, 110])
        bt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.1, 0.35, 0.5)),
                                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.92, 0.96)),
                                ("BACKGROUND", (0, 5), (-1, 5), colors.Color(0.94, 0.94, 0.94)),
                                ("BACKGROUND", (0, 8), (-1, 8), colors.Color(0.94, 0.94, 0.94))]))
        story += [bt, Spacer(1, 8),
                  P("Pour mémoire : participation maximale de 10 000 € par projet, enveloppe globale de 100 000 €.",
                    PS("i", "DV-Oblique", 8.5, 11)),
                  PageBreak(), P("4. Engagements", h2),
                  P("L'association s'engage à associer les habitants à chaque étape du projet, à participer au "
                    "parcours d'accompagnement, à communiquer sur le soutien reçu et à transmettre un bilan "
                    "à la fin du projet.", body), Spacer(1, 20),
                  P("Fait à Estaires, le 15 juin 2019", body), P("Pour l'association, la trésorière, Brigitte Delrue", body)]

        def on_page(c, p, n):
            c.setFont("DV", 7)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(A4[0] / 2, 26, "L'Estaminet Solidaire d'Estaires - dossier de candidature - %d / %d" % (p, n))
        return build_doc(story, margins=(64, 64, 60, 50), on_page=on_page)

    return dict(
        key="t20", lang="fr", fmt="pdf_letter", family="4-page word-processor export: call text on p.1, officers as text lines and a contact sentence on p.2, budget with cents on p.3, commitments on p.4",
        truth=T("L'Estaminet Solidaire d'Estaires", "Romain Lefranc", "romain.lefranc@example.org", "+33603274895",
                "40 rue des Tanneurs", "59940", "Estaires", "FR", "Estaminet associatif et repair café mensuel",
                "7480.50", "9612.75"),
        mail=mail("Brigitte Delrue", "b.delrue@example.net", "Candidature L'Estaminet Solidaire", "2019-06-15 10:44",
                  "Bonjour,\n\nVous trouverez ci-joint notre dossier de candidature.\n\nBien cordialement,\n"
                  "Brigitte Delrue\ntrésorière\n", "Dossier candidature Estaminet Solidaire.pdf", headers=IPHONE),
        pdf=pdf,
        meta=dict(Producer="Microsoft® Word 2016", Creator="Microsoft® Word 2016", Title="DOSSIER DE CANDIDATURE",
                  Author="Utilisateur"),
        created="2019-06-15 10:30:00+02")


CASES = [t13, t14, t15, t16, t17, t18, t19, t20]
