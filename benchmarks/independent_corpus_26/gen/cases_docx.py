"""Word (.docx) application forms: 14 cases, 7 design families x (dev, test)."""
from caselib import case, truth, result
from common import dt
from ooxml import (p, r, tbl, tc, Rev, formtext, formcheck, Sdt, Shapes, Comments,
                   build_docx, sym_box, sectpr, section_break, COLBREAK)

CM = 360000  # EMU per cm
DOTS = "\u2026" * 30


def H(text, lvl=2):
    return p(text, style="Heading%d" % lvl)


def lab(label, answer, bold_answer=False, tabs=None, **kw):
    return p(r(label), r(answer, b=bold_answer), tabs=tabs, **kw)


# =====================================================================
# D1  horizontal contact table (labels are column headers)
# =====================================================================
@case("dev", "nl", "docx", "D1-horizontal-people-table")
def dev_d1():
    people = [("Dirk Vanrobaeys", "voorzitter", "057 38 81 40", "dirk.vanrobaeys@example.net"),
              ("Lieve Bollengier", "secretaris", "0472 55 18 07", "lieve.bollengier@example.org"),
              ("Tom Decrock", "contactpersoon project", "0485 21 66 39", "tom.decrock@example.com")]
    W = [2700, 2200, 1900, 2838]
    rows = [[tc(p(h, jc="left"), w=w, shade="D9E2F3") for h, w in zip(["Naam", "Functie", "Telefoon", "E-mail"], W)]]
    for n, f, t, e in people:
        rows.append([n, f, t, e])
    addr = [[tc(p(h), w=w, shade="D9E2F3") for h, w in zip(["Straat en huisnummer", "Postcode", "Gemeente"], [4800, 1600, 3238])],
            ["Hoppeveldstraat 14", "8978", "Watou"]]
    bud = [[tc(p(r("Omschrijving uitgave", b=True)), w=6900, shade="F2F2F2"), tc(p(r("Bedrag", b=True), jc="right"), w=2738, shade="F2F2F2")]]
    for a, b in [("Natuurlijke speelelementen (boomstammen, wilgenhut, zandput)", "€ 6.850"),
                 ("3 houten zitbanken + picknicktafel", "€ 2.430"),
                 ("Plantgoed en aanleg door buurtbewoners", "€ 1.900"),
                 ("Opening en buurtfeest", "€ 1.300")]:
        bud.append([a, tc(p(b, jc="right"), w=2738)])
    bud.append([tc(p(r("Totaal kostprijs project", b=True)), w=6900), tc(p(r("€ 12.480", b=True), jc="right"), w=2738)])
    body = "".join([
        p("Aanvraag projectsubsidie buurtwerking", style="Title"),
        p(r("(formulier Dienst Vrije Tijd – ook te gebruiken voor andere subsidieaanvragen)", i=True, color="7F7F7F"), jc="center"),
        H("1. Aanvrager"),
        lab("Naam vereniging / buurtcomité: ", "Buurtcomité Hoppeveld Watou", bold_answer=True),
        p(r("Rechtsvorm: "), sym_box(True), r(" feitelijke vereniging   "), sym_box(False), r(" vzw   "),
          sym_box(False), r(" andere")),
        H("2. Bestuur en contactpersonen"),
        p(r("Vermeld minstens de voorzitter, de secretaris en de contactpersoon voor deze aanvraag.", i=True, sz=18)),
        tbl(rows, W, header_rows=1),
        H("3. Correspondentieadres"),
        tbl(addr, [4800, 1600, 3238], header_rows=1),
        H("4. Het project"),
        lab("Titel van het project: ", "Speelbos en ontmoetingsplek aan de Hoppeveldweide", bold_answer=True),
        p("Omschrijving: Op de braakliggende weide achter de Hoppeveldstraat willen we samen met de buren een klein "
          "speelbos aanleggen met natuurlijke speelelementen, een paar zitbanken en een picknicktafel. Zo krijgen de "
          "kinderen van de wijk een veilige speelplek en de ouderen een plek om elkaar te ontmoeten."),
        p("Wie werkt mee: ongeveer 25 gezinnen uit de buurt, de jeugdbeweging en de lokale boomkwekerij."),
        H("5. Financieel plan"),
        tbl(bud, [6900, 2738], header_rows=1),
        p(),
        lab("Gevraagde subsidie: ", "€ 9.500,-", bold_answer=True),
        lab("Eigen inbreng (werkuren niet meegerekend) en sponsoring: ", "€ 2.980"),
        p(),
        p("Datum: 11/06/2019", "\t", "Handtekening: L. Bollengier, secretaris", tabs=[5200]),
    ])
    header = p(r("Stad Poperinge", b=True), "\t\t", r("Dienst Vrije Tijd en Verenigingen"), style="Header")
    footer = p("Stad Poperinge – Vrijheidsplein 1 – 8970 Poperinge – T 057 34 61 00 – vrijetijd.poperinge@example.net",
               style="Footer", jc="center")
    data = build_docx(body, header=header, footer=footer, title="Aanvraag projectsubsidie buurtwerking",
                      author="Stad Poperinge", last_by="Lieve Bollengier", company="Stad Poperinge")
    t = truth(organisation="Buurtcomité Hoppeveld Watou", contact_name="Tom Decrock",
              email="tom.decrock@example.com", phone="+32485216639", address="Hoppeveldstraat 14",
              postcode="8978", municipality="Watou", country="BE",
              project_title="Speelbos en ontmoetingsplek aan de Hoppeveldweide",
              requested_amount="9500.00", total_budget="12480.00")
    mail = dict(sender="Lieve Bollengier <lieve.bollengier@example.org>",
                subject="Aanvraag Maak werk van je buurt - Buurtcomité Hoppeveld",
                date=dt(2019, 6, 11, 21, 14),
                body="Beste Jonas,\n\nIn bijlage onze aanvraag voor het speelbos aan de Hoppeveldweide.\n"
                     "We hebben het formulier van de stad gebruikt, hopelijk is dat geen probleem.\n"
                     "Tom is onze contactpersoon voor dit project.\n\nMet vriendelijke groeten,\n"
                     "Lieve Bollengier\nsecretaris Buurtcomité Hoppeveld\n")
    return result(attachment=data, filename="aanvraag subsidie buurtwerking Hoppeveld.docx", truth=t, mail=mail)


@case("test", "fr", "docx", "D1-horizontal-people-table")
def test_d1():
    W = [2500, 2000, 2100, 3038]
    hdr = ["Nom et prénom", "Qualité", "Téléphone", "Courriel"]
    people = [("Bernard Dequeker", "Président", "03 28 65 77 02", "b.dequeker@example.net"),
              ("Christine Lamotte", "Secrétaire", "06 62 18 40 97", "christine.lamotte@example.org"),
              ("Julien Spriet", "Personne à contacter", "07 70 42 18 65", "julien.spriet@example.com"),
              ("", "", "", "")]
    rows = [[tc(p(r(h, b=True, color="FFFFFF"), jc="center"), w=w, shade="2E75B6") for h, w in zip(hdr, W)]]
    rows += [list(x) for x in people]
    # the address is also a horizontal table, with the labels as header cells
    A = [3600, 1200, 2300, 2538]
    arows = [[tc(p(r(h, b=True), jc="center"), w=w, shade="DEEAF6") for h, w in zip(["N° et rue", "CP", "Ville", "N° SIRET"], A)],
             ["15 rue du Vieux Moulin", "59470", "Wormhout", "824 613 509 00014"]]
    B = [6400, 3238]
    brow = [[tc(p(r("Poste de dépense", b=True)), w=6400, shade="DEEAF6"), tc(p(r("Montant TTC", b=True), jc="right"), w=3238, shade="DEEAF6")]]
    for a, b in [("Bacs potagers en bois (6) et terreau", "3 180 €"), ("Boîte à partage (menuiserie, pose)", "1 450 €"),
                 ("Outillage de jardin partagé", "960 €"), ("Récupérateurs d'eau de pluie (2)", "650 €"),
                 ("Animation participative (4 ateliers)", "2 400 €"), ("Fête d'inauguration, communication", "2 300 €")]:
        brow.append([a, tc(p(b, jc="right"), w=3238)])
    brow.append([tc(p(r("TOTAL", b=True)), w=6400), tc(p(r("10 940 €", b=True), jc="right"), w=3238)])
    body = "".join([
        p(r("DOSSIER DE DEMANDE DE SUBVENTION", b=True, sz=32), jc="center"),
        p(r("Vie associative – exercice 2019", sz=24, color="2E75B6"), jc="center"),
        H("Identification de l'association"),
        lab("Nom de l'association : ", "Association Quartier du Vieux Moulin", bold_answer=True),
        p(r("Statut : "), sym_box(True, font="Segoe UI Symbol"), r(" association loi 1901   "),
          sym_box(False, font="Segoe UI Symbol"), r(" collectif d'habitants   "),
          sym_box(False, font="Segoe UI Symbol"), r(" autre")),
        lab("Objet : ", "animation du quartier, entraide entre voisins"),
        p(),
        tbl(arows, A, header_rows=1),
        H("Composition du bureau / personnes référentes"),
        tbl(rows, W, header_rows=1),
        H("Le projet"),
        lab("Intitulé : ", "Jardin des voisins et boîte à partage", bold_answer=True),
        p("Description : aménager sur la parcelle communale au bout de la rue un petit jardin partagé avec six bacs "
          "potagers, une boîte à partage (livres, graines, outils) et organiser quatre ateliers avec les habitants."),
        p("Calendrier : septembre 2019 – mai 2020"),
        H("Budget prévisionnel"),
        tbl(brow, B, header_rows=1),
        p(),
        lab("Montant de la subvention sollicitée : ", "8 200 €", bold_answer=True),
        lab("Autofinancement et autres aides : ", "2 740 €"),
        p(),
        p("Fait à Wormhout, le 6 juin 2019"),
    ])
    header = p(r("MAIRIE DE WORMHOUT", b=True), "\t\t", r("Service Vie associative"), style="Header")
    footer = p("Mairie de Wormhout – Service Vie associative – 1 place du Général de Gaulle – 59470 Wormhout – "
               "Tél. 03 28 65 60 00 – vie.associative.wormhout@example.net", style="Footer", jc="center")
    data = build_docx(body, header=header, footer=footer, title="Dossier de demande de subvention",
                      author="Mairie", last_by="Christine Lamotte", lang="fr-FR", font="Arial", size=20,
                      accent="2E75B6")
    t = truth(organisation="Association Quartier du Vieux Moulin", contact_name="Julien Spriet",
              email="julien.spriet@example.com", phone="+33770421865", address="15 rue du Vieux Moulin",
              postcode="59470", municipality="Wormhout", country="FR",
              project_title="Jardin des voisins et boîte à partage", requested_amount="8200.00",
              total_budget="10940.00")
    mail = dict(sender="Christine Lamotte <christine.lamotte@example.org>",
                subject="Candidature appel à projets Partons 2.0",
                date=dt(2019, 6, 6, 18, 2),
                body="Bonjour Monsieur Polin,\n\nVeuillez trouver ci-joint notre dossier pour l'appel à projets "
                     "« Maak werk van je buurt ». Nous avons repris le dossier de subvention de la mairie.\n"
                     "Julien Spriet suit le projet, n'hésitez pas à le contacter.\n\nBien cordialement,\n"
                     "Christine Lamotte\nSecrétaire – Association Quartier du Vieux Moulin\n")
    return result(attachment=data, filename="dossier_subvention_AQVM_2019.docx", truth=t, mail=mail)


# =====================================================================
# D2  the whole form is one big layout table; tracked change on the amount
# =====================================================================
@case("dev", "nl", "docx", "D2-layout-table-tracked-amount")
def dev_d2():
    rv = Rev()
    A, D = "Marleen Vandenbussche", "2019-06-12T20:31:00Z"
    W = [2500, 7138]
    left = lambda s: tc([p(r(s, b=True, color="FFFFFF"))], w=2500, shade="548235", valign="top")
    rows = [
        [tc([p(r("AANVRAAGFORMULIER – PROJECTOPROEP LEEFBARE DORPEN (editie 2017)", b=True), jc="center")],
            span=2, shade="E2EFDA")],
        [left("1. Aanvrager"), tc([
            p("Naam van de vereniging of groep: Dorpsraad Proven"),
            p("Contactpersoon: Marleen Vandenbussche"),
            p("Adres: Lindenhofstraat 31, 8972 Proven"),
            p("Telefoon/GSM: 0476 / 33 80 12"),
            p("E-mail: marleen.vdbussche@example.net"),
            p("Rechtsvorm: feitelijke vereniging (dorpsraad erkend door de stad)"),
        ], w=7138)],
        [left("2. Projectidee"), tc([
            p("Titel: Proven Proeft – dorpsontmoetingspunt in de oude pastorie"),
            p("Wat willen jullie doen? De benedenverdieping van de oude pastorie inrichten als ontmoetingsplek met "
              "een kleine dorpsbar, een leeshoek en een ruimte voor de boerenmarkt op zaterdag.",
              rv.ins(" Een vaste groep van 12 vrijwilligers houdt de zaak open.", A, D)),
        ], w=7138)],
        [left("3. Wie doet mee?"), tc([
            p("De dorpsraad, de landelijke gilde, de school en een tiental lokale producenten. We hielden een "
              "bevraging bij 140 gezinnen (78 antwoorden)."),
        ], w=7138)],
        [left("4. Begroting"), tc([
            p("- inrichting (tafels, stoelen, toog): 6.200 euro"),
            p("- kleine verbouwing en schilderwerken: 3.450 euro"),
            p("- communicatie en openingsmoment: 1.700 euro"),
            p(r("Totale kostprijs van het project: 11.350 euro", b=True)),
            p(r("Gevraagde bijdrage: ", b=True), rv.dele("9.000", A, "2019-06-12T20:28:00Z", b=True),
              rv.ins("8.500", A, "2019-06-12T20:28:00Z", b=True), r(" euro", b=True)),
            p("Eigen middelen en sponsoring: ", rv.dele("2.350", A, "2019-06-12T20:29:00Z"),
              rv.ins("2.850", A, "2019-06-12T20:29:00Z"), " euro"),
        ], w=7138)],
        [left("5. Ondertekening"), tc([
            p("Naam: Marleen Vandenbussche", "\t", "Datum: 12 juni 2019", tabs=[4200]),
        ], w=7138)],
    ]
    body = "".join([
        p(r("Maak werk van je buurt! – projectidee", b=True, sz=28, color="548235")),
        tbl(rows, W, layout_fixed=True),
        p(),
        p(r("Dit formulier mag per e-mail ingediend worden.", i=True, sz=18)),
    ])
    data = build_docx(body, title="Aanvraagformulier Leefbare Dorpen", author="Plattelandsloket",
                      last_by=A, track=True)
    t = truth(organisation="Dorpsraad Proven", contact_name="Marleen Vandenbussche",
              email="marleen.vdbussche@example.net", phone="+32476338012", address="Lindenhofstraat 31",
              postcode="8972", municipality="Proven", country="BE",
              project_title="Proven Proeft – dorpsontmoetingspunt in de oude pastorie",
              requested_amount="8500.00", total_budget="11350.00")
    mail = dict(sender="Marleen Vandenbussche <marleen.vdbussche@example.net>",
                subject="projectidee Proven Proeft",
                date=dt(2019, 6, 12, 22, 40),
                body="Dag Jonas,\n\nHierbij ons projectidee voor de oude pastorie. Het bedrag heb ik nog wat "
                     "aangepast na de vergadering van gisteren.\n\nGroetjes,\nMarleen\nDorpsraad Proven\n")
    return result(attachment=data, filename="Projectidee Proven Proeft.docx", truth=t, mail=mail,
                  checks={"absent_accepted": ["9.000", "2.350"]})


@case("test", "fr", "docx", "D2-layout-table-tracked-amount")
def test_d2():
    rv = Rev()
    A = "Elodie V."
    W = [3000, 6638]
    sec = lambda s: tc([p(r(s, b=True, caps=True, sz=20))], w=3000, shade="FBE4D5", valign="center")
    rows = [
        [sec("Porteur du projet"), tc([
            p(r("Structure : ", b=True), "Comité des Fêtes de la Place Verte"),
            p(r("Statut : ", b=True), "association loi 1901 – déclarée en sous-préfecture"),
            p(r("Représenté par : ", b=True), "Élodie Vanuxem, présidente"),
            p(r("Adresse : ", b=True), "4 sentier des Houblons – 59114 Godewaersvelde"),
            p(r("Tél. portable : ", b=True), "06 51 37 92 08"),
            p(r("Mél : ", b=True), "elodie.vanuxem@example.net"),
        ], w=6638)],
        [sec("Le projet"), tc([
            p(r("Titre : ", b=True), "Estaminet éphémère et ludothèque de village"),
            p("Chaque premier dimanche du mois, transformer la salle des fêtes en estaminet éphémère tenu par des "
              "bénévoles, avec une ludothèque de jeux flamands traditionnels prêtés aux familles."),
            p("Partenaires : école, club des aînés, deux brasseurs locaux."),
        ], w=6638)],
        [sec("Budget"), tc([
            p("Achat de jeux flamands traditionnels : 3 900 €"),
            p("Mobilier (tables, bancs pliants) : ", rv.dele("4 100 €", A, "2019-06-03T09:12:00Z"),
              rv.ins("3 600 €", A, "2019-06-03T09:12:00Z")),
            p("Animation, communication, vaisselle réutilisable : 3 200 €"),
            p(r("Coût total : ", b=True), rv.dele("11 200 €", A, "2019-06-03T09:14:00Z", b=True),
              rv.ins("10 700 €", A, "2019-06-03T09:14:00Z", b=True)),
            p(r("Subvention demandée à l'appel à projets : ", b=True),
              rv.dele("9 000 €", A, "2019-06-03T09:14:00Z", b=True),
              rv.ins("8 500 €", A, "2019-06-03T09:15:00Z", b=True)),
            p("Part du comité : 2 200 €"),
        ], w=6638)],
        [sec("Signature"), tc([p("Le 3 juin 2019 – É. Vanuxem")], w=6638)],
    ]
    body = "".join([
        p(r("Fiche projet", b=True, sz=36), jc="left", border_bottom=True),
        p(r("À retourner complétée par courriel", i=True, sz=18)),
        tbl(rows, W),
    ])
    data = build_docx(body, title="Fiche projet", author="Elodie V.", track=True, lang="fr-FR",
                      font="Calibri", accent="C55A11")
    t = truth(organisation="Comité des Fêtes de la Place Verte", contact_name="Élodie Vanuxem",
              email="elodie.vanuxem@example.net", phone="+33651379208", address="4 sentier des Houblons",
              postcode="59114", municipality="Godewaersvelde", country="FR",
              project_title="Estaminet éphémère et ludothèque de village",
              requested_amount="8500.00", total_budget="10700.00")
    mail = dict(sender="Elodie Vanuxem <elodie.vanuxem@example.net>",
                subject="Appel à projets - Comité des Fêtes",
                date=dt(2019, 6, 3, 9, 30),
                body="Bonjour,\n\nci-joint notre fiche projet pour l'estaminet éphémère.\n\nBonne journée\nElodie\n")
    return result(attachment=data, filename="fiche projet estaminet.docx", truth=t, mail=mail,
                  checks={"absent_accepted": ["9 000 €", "11 200 €"]})


# =====================================================================
# D3  answers in text boxes placed beside printed labels
# =====================================================================
@case("dev", "nl", "docx", "D3-textboxes")
def dev_d3():
    sh = Shapes()
    lead = [(9600, "dot")]

    def row(label, answer, h=0.75):
        box = sh.textbox(p(r(answer, color="1F3864"), after=0), int(5.2 * CM), -int(0.12 * CM),
                         int(11.5 * CM), int(h * CM), border=False)
        return p(box, r(label, b=True), "\t", tabs=lead, after=220)

    body = "".join([
        p(r("Aanvraag subsidie jeugd- en buurtinitiatieven", b=True, sz=32)),
        p(r("Vul de gegevens in op de stippellijnen. Onvolledige aanvragen worden niet behandeld.", i=True, sz=18)),
        H("Gegevens aanvrager"),
        row("Naam initiatiefnemer", "Speelpleinwerking De Keikop vzw"),
        row("Ondernemingsnummer", "0712.846.395"),
        row("Contactpersoon", "Jens Coutteau"),
        row("Straat en nummer", "Kapelhoekstraat 7"),
        row("Postcode en gemeente", "8640 Westvleteren"),
        row("Telefoon", "0471/44.09.58"),
        row("E-mail", "jens.coutteau@example.org"),
        H("Het initiatief"),
        row("Titel", "Buurtmoestuin en speelhoek aan ’t Keikopveld"),
        row("Gevraagd bedrag", "10 000 euro (het maximum)"),
        row("Totale kostprijs", "€ 14.200,00"),
        p(r("Korte omschrijving", b=True), after=60),
        p(sh.textbox(p("Naast het speelplein ligt een stuk grond dat we samen met de buurt willen omvormen tot een "
                       "moestuin met zes bakken en een overdekte speelhoek voor regenweer. Kinderen van de "
                       "speelpleinwerking en gepensioneerde buren tuinieren samen; de oogst gaat naar het "
                       "buurtfeest in september.", after=0),
                     0, 0, int(17 * CM), int(3.2 * CM), border=True)),
        p(), p(), p(), p(),
        p("Datum: 8 juni 2019"),
    ])
    header = p(r("Gemeente Vleteren", b=True), " – jeugddienst", "\t\t", "tel. 057 40 03 50 – jeugd.vleteren@example.net",
               style="Header")
    data = build_docx(body, header=header, title="Subsidieaanvraag jeugd", author="Jeugddienst",
                      last_by="Jens Coutteau", font="Verdana", size=18)
    t = truth(organisation="Speelpleinwerking De Keikop vzw", contact_name="Jens Coutteau",
              email="jens.coutteau@example.org", phone="+32471440958", address="Kapelhoekstraat 7",
              postcode="8640", municipality="Westvleteren", country="BE",
              project_title="Buurtmoestuin en speelhoek aan ’t Keikopveld",
              requested_amount="10000.00", total_budget="14200.00")
    mail = dict(sender="Jens Coutteau <jens.coutteau@example.org>",
                subject="Aanvraag buurtmoestuin De Keikop",
                date=dt(2019, 6, 8, 16, 5),
                body="Beste,\n\nin bijlage ons formulier.\n\nGroeten,\nJens\nSpeelpleinwerking De Keikop\n")
    return result(attachment=data, filename="Formulier_subsidie_Keikop.docx", truth=t, mail=mail)


@case("test", "fr", "docx", "D3-textboxes")
def test_d3():
    sh = Shapes()
    # labels in a narrow borderless table, answers in framed text boxes anchored in each label paragraph
    def lbl(text, answer, h=0.8):
        box = sh.textbox(p(r(answer, font="Arial", sz=20), after=0), int(5.6 * CM), 0, int(11.0 * CM),
                         int(h * CM), border=True, rel_h="margin")
        return p(box, r(text, sz=20), after=280)

    body = "".join([
        p(r("APPEL À PROJETS – FICHE DE CANDIDATURE", b=True, sz=30, color="7030A0"), jc="center"),
        p(r("Merci de compléter les cadres ci-dessous.", i=True, sz=18), jc="center"),
        p(r("1 – Qui porte le projet ?", b=True, sz=24), after=200),
        lbl("Nom de la structure", "Foyer des Jeunes Les Castors"),
        lbl("Responsable du projet", "Mathieu Bernaert (animateur bénévole)"),
        lbl("Adresse", "10 allée des Peupliers", 0.8),
        lbl("Code postal / Commune", "59122 Rexpoëde"),
        lbl("Téléphone", "06 33 85 19 24"),
        lbl("Adresse mail", "mathieu.bernaert@example.org"),
        p(r("2 – Le projet", b=True, sz=24), after=200),
        lbl("Titre", "Un city-stade et un abri pour les jeunes du village"),
        lbl("Coût global", "12 450 €"),
        lbl("Aide sollicitée", "9 800 € (neuf mille huit cents euros)"),
        p(r("Présentation rapide", sz=20), after=60),
        p(sh.textbox(p("Les jeunes du foyer (14–19 ans) n'ont aucun lieu de rencontre en dehors de la salle "
                       "paroissiale. Nous proposons d'installer un petit city-stade et un abri couvert près du "
                       "terrain de football, conçus avec les jeunes lors de trois ateliers.", after=0),
                     0, 0, int(16.5 * CM), int(2.8 * CM), border=True, rel_h="margin")),
        p(), p(), p(), p(),
        p("Le 14 juin 2019"),
    ])
    data = build_docx(body, title="Fiche de candidature", author="Foyer des Jeunes", lang="fr-FR",
                      font="Arial", size=20)
    t = truth(organisation="Foyer des Jeunes Les Castors", contact_name="Mathieu Bernaert",
              email="mathieu.bernaert@example.org", phone="+33633851924", address="10 allée des Peupliers",
              postcode="59122", municipality="Rexpoëde", country="FR",
              project_title="Un city-stade et un abri pour les jeunes du village",
              requested_amount="9800.00", total_budget="12450.00")
    mail = dict(sender="Foyer Les Castors <foyer.lescastors@example.org>",
                subject="candidature city-stade",
                date=dt(2019, 6, 14, 23, 48),
                body="Bonsoir,\n\nVoici notre candidature, en pièce jointe.\n\nMathieu Bernaert\npour le Foyer des Jeunes\n")
    return result(attachment=data, filename="candidature_foyer_castors.docx", truth=t, mail=mail)


# =====================================================================
# D4  legacy form fields (FORMTEXT / FORMCHECKBOX), some left unfilled
# =====================================================================
@case("dev", "nl", "docx", "D4-legacy-formfields")
def dev_d4():
    W = [3600, 6038]
    n = [0]

    def ft(v, filled=True):
        n[0] += 1
        return formtext(v, "Tekst%d" % n[0], filled=filled)

    def row(label, field):
        return [tc(p(r(label, b=True, sz=18)), w=3600, shade="F2F2F2"), tc(p(field), w=6038)]

    rows = [
        row("Naam van de vereniging", ft("Feestcomité Hoogstade Leeft")),
        [tc(p(r("Juridische vorm", b=True, sz=18)), w=3600, shade="F2F2F2"),
         tc(p(formcheck(True, "Selectievakje1"), " feitelijke vereniging   ", formcheck(False, "Selectievakje2"),
              " vzw   ", formcheck(False, "Selectievakje3"), " andere: ", ft("", filled=False)), w=6038)],
        row("Ondernemingsnummer (enkel vzw)", ft("", filled=False)),
        row("Verantwoordelijke / contactpersoon", ft("Bart Demuynck")),
        row("Straat + nummer", ft("Zwaluwstraat 22")),
        row("Postcode", ft("8690")),
        row("Gemeente / deelgemeente", ft("Hoogstade")),
        row("Telefoon", ft("058 28 94 17")),
        row("GSM", ft("", filled=False)),
        row("E-mail", ft("bart.demuynck@example.net")),
        row("Rekeningnummer (IBAN)", ft("BE62 7380 1945 2261")),
    ]
    rows2 = [
        row("Naam van de activiteit / het project", ft("Dorpsontmoetingspunt in de oude melkerij")),
        row("Datum of periode", ft("september – december 2019")),
        row("Plaats", ft("oude melkerij, Hoogstade-dorp")),
        row("Verwacht aantal deelnemers", ft("ca. 300 inwoners")),
        row("Totale kosten (in EUR)", ft("9.260,00")),
        row("Gevraagde toelage (in EUR)", ft("7.500,00")),
        row("Andere subsidies aangevraagd?", ft("", filled=False)),
    ]
    body = "".join([
        p(r("AANVRAAGFORMULIER", b=True, sz=28), jc="center", after=0),
        p(r("toelage dorpsfeesten en buurtinitiatieven", sz=24), jc="center"),
        p(r("Klik in de grijze velden om ze in te vullen. Gebruik de Tab-toets om naar het volgende veld te gaan.",
            i=True, sz=16)),
        H("A. De vereniging"),
        tbl(rows, W),
        H("B. De activiteit"),
        tbl(rows2, W),
        p(),
        p(r("Ondergetekende verklaart dat alle gegevens correct zijn.", sz=18)),
        p("Datum: ", formtext("9/06/2019", "Datum1"), "\tHandtekening: ", formtext("", "Tekst99", filled=False),
          tabs=[4800]),
    ])
    header = p(r("Gemeente Alveringem", b=True), "\t\t", "Dienst Cultuur & Vrije Tijd", style="Header")
    footer = p("Gemeentehuis Alveringem • Boezingestraat 5 • 8690 Alveringem • 058 28 01 70 • vrijetijd.alveringem@example.net",
               style="Footer", jc="center")
    data = build_docx(body, header=header, footer=footer, protect_forms=True, title="Aanvraag toelage",
                      author="Gemeente Alveringem", last_by="Bart", font="Arial", size=20)
    t = truth(organisation="Feestcomité Hoogstade Leeft", contact_name="Bart Demuynck",
              email="bart.demuynck@example.net", phone="+3258289417", address="Zwaluwstraat 22",
              postcode="8690", municipality="Hoogstade", country="BE",
              project_title="Dorpsontmoetingspunt in de oude melkerij",
              requested_amount="7500.00", total_budget="9260.00")
    mail = dict(sender="Bart Demuynck <bart.demuynck@example.net>",
                subject="Maak werk van je buurt – Hoogstade",
                date=dt(2019, 6, 9, 10, 51),
                body="Goeiedag,\n\nHierbij het ingevulde formulier voor ons project in de oude melkerij. "
                     "We gebruikten het formulier van de gemeente omdat alle info daar al in stond.\n\n"
                     "Vriendelijke groeten\nBart Demuynck\nFeestcomité Hoogstade Leeft\n")
    return result(attachment=data, filename="aanvraagformulier toelage - Hoogstade Leeft.docx", truth=t, mail=mail)


@case("test", "fr", "docx", "D4-legacy-formfields")
def test_d4():
    n = [0]

    def ft(v, filled=True, **kw):
        n[0] += 1
        return formtext(v, "Texte%d" % n[0], filled=filled, **kw)

    tabs = [(3400, None)]
    L = lambda label, *f: p(r(label, sz=20), "\t", *f, tabs=tabs, after=100)
    body = "".join([
        p(r("Communauté de communes – Demande d'aide aux manifestations et projets associatifs", b=True, sz=26),
          jc="center", border_bottom=True),
        p(r("Formulaire à compléter à l'écran (champs gris).", i=True, sz=16)),
        p(r("IDENTITÉ DU DEMANDEUR", b=True, color="385623"), before=200),
        L("Association :", ft("Association Les Haies Vives", b=True)),
        L("Statut :", formcheck(True, "CaseACocher1"), r(" association loi 1901  "), formcheck(False, "CaseACocher2"),
          r(" collectif d'habitants  "), formcheck(False, "CaseACocher3"), r(" commune")),
        L("N° SIRET :", ft("", filled=False)),
        L("N° RNA :", ft("W595012347")),
        L("Président(e) :", ft("Pascal Delerue")),
        L("Adresse :", ft("25 chemin des Haies")),
        L("Code postal :", ft("59270"), "   Commune : ", ft("Saint-Jans-Cappel")),
        L("Téléphone :", ft("03 28 41 36 90"), "   Fax : ", ft("", filled=False)),
        L("Courriel :", ft("pascal.delerue@example.net")),
        p(r("LE PROJET", b=True, color="385623"), before=200),
        L("Intitulé :", ft("Plantation d'une haie bocagère avec les habitants")),
        L("Lieu :", ft("chemin rural n° 12, le long des pâtures communales")),
        L("Date(s) :", ft("novembre 2019 – mars 2020")),
        L("Budget total TTC :", ft("15 300"), " €"),
        L("Aide demandée :", ft("10 000"), " €  (en lettres : ", ft("dix mille euros"), ")"),
        L("Autres financeurs :", ft("commune (plants) : 2 500 € ; fonds propres : 2 800 €")),
        p(),
        p(r("Pour rappel : aide plafonnée à 10 000 € par projet (voir règlement).", i=True, sz=16)),
        p("Fait le ", ft("15/06/2019"), " à ", ft("Saint-Jans-Cappel")),
    ])
    footer = p("Service Vie associative – tél. 03 28 50 12 12 – vie.associative.cc@example.com", style="Footer", jc="center")
    data = build_docx(body, footer=footer, protect_forms=True, title="Demande d'aide", author="CC service vie asso",
                      last_by="Pascal", lang="fr-FR", font="Tahoma", size=20)
    t = truth(organisation="Association Les Haies Vives", contact_name="Pascal Delerue",
              email="pascal.delerue@example.net", phone="+33328413690", address="25 chemin des Haies",
              postcode="59270", municipality="Saint-Jans-Cappel", country="FR",
              project_title="Plantation d'une haie bocagère avec les habitants",
              requested_amount="10000.00", total_budget="15300.00")
    mail = dict(sender="Pascal Delerue <pascal.delerue@example.net>",
                subject="Dossier haie bocagère",
                date=dt(2019, 6, 15, 17, 20),
                body="Bonjour,\n\nJe vous adresse en pièce jointe notre demande pour la haie bocagère.\n"
                     "Cordialement,\n\nPascal Delerue\nPrésident des Haies Vives\n")
    return result(attachment=data, filename="demande aide Haies Vives.docx", truth=t, mail=mail)


# =====================================================================
# D5  content controls (text, dropdown, checkbox, date), placeholders left, comments
# =====================================================================
@case("dev", "fr", "docx", "D5-content-controls-comments")
def dev_d5():
    s = Sdt(-1731412)
    cm = Comments()
    PH = "Cliquez ou appuyez ici pour entrer du texte."
    L = lambda label, ctrl: p(r(label, b=True), ctrl, after=80)
    amount = cm.wrap(s.text("6 750 €", "Montant demandé"), "Secrétariat école", "SE", "2019-06-11T10:02:00Z",
                     "Plafond de l'appel : 10 000 € par projet – OK. À valider par Caroline.")
    body = "".join([
        p(r("DEMANDE DE SUBVENTION", b=True, sz=30), jc="center", after=0),
        p(r("Dossier associatif", sz=22), jc="center"),
        p(s.check(True), r(" Première demande    "), s.check(False), r(" Renouvellement")),
        H("1. Présentation de l'association"),
        L("Nom de l'association : ", s.text("APE de l'école Les Tilleuls", "Nom association")),
        L("Statut juridique : ", s.dropdown("Association loi 1901", "Statut",
                                            ["Association loi 1901", "Collectif", "Établissement scolaire", "Autre"],
                                            placeholder="Choisissez un élément.")),
        L("N° SIRET : ", s.text("812 347 569 00018", "SIRET")),
        L("Adresse du siège : ", s.text("14 rue des Tilleuls", "Adresse")),
        p(r("Code postal : ", b=True), s.text("59114", "CP"), r("     Commune : ", b=True), s.text("Steenvoorde", "Commune")),
        L("Représentant légal : ", s.text("Caroline Devos", "Représentant")),
        L("Qualité : ", s.text("Présidente", "Qualité")),
        H("2. Personne chargée du dossier"),
        L("Nom, prénom : ", s.text("Devos Caroline", "Contact nom")),
        L("Téléphone : ", s.text("06 71 28 43 90", "Contact tel")),
        L("Télécopie : ", s.text(None, "Fax", placeholder=PH)),
        L("Courriel : ", s.text("caroline.devos@example.net", "Contact mail")),
        H("3. Le projet"),
        L("Intitulé : ", s.text("Un jardin partagé entre l'école et le quartier", "Intitulé")),
        L("Description : ", s.text("Créer dans la cour arrière de l'école un jardin ouvert aux voisins le mercredi et "
                                   "le samedi : carrés potagers, hôtel à insectes, bancs. Les enfants et les habitants "
                                   "jardinent ensemble avec l'aide d'un jardinier bénévole.", "Description", multiline=True)),
        L("Public visé : ", s.text(None, "Public", placeholder=PH)),
        L("Coût total du projet : ", s.text("8 900 €", "Coût total")),
        p(r("Montant de la subvention demandée : ", b=True), amount),
        L("Date de la demande : ", s.date("11/06/2019", "Date", "2019-06-11")),
    ])
    header = p(r("Commune de Steenvoorde", b=True), "\t\t", "Service Vie associative – 03 28 42 86 00 – mairie.steenvoorde@example.com",
               style="Header")
    data = build_docx(body, header=header, comments=cm, title="Demande de subvention", author="Mairie",
                      last_by="Secrétariat école", lang="fr-FR", font="Calibri", accent="385623")
    t = truth(organisation="APE de l'école Les Tilleuls", contact_name="Caroline Devos",
              email="caroline.devos@example.net", phone="+33671284390", address="14 rue des Tilleuls",
              postcode="59114", municipality="Steenvoorde", country="FR",
              project_title="Un jardin partagé entre l'école et le quartier",
              requested_amount="6750.00", total_budget="8900.00")
    mail = dict(sender="Secrétariat École Les Tilleuls <secretariat.lestilleuls@example.org>",
                subject="Dossier APE - Maak werk van je buurt / Partons 2.0",
                date=dt(2019, 6, 11, 10, 20),
                body="Bonjour,\n\nÀ la demande de Mme Devos, présidente de l'APE, je vous transmets le dossier "
                     "de candidature en pièce jointe.\n\nCordialement,\n\nLe secrétariat\nÉcole Les Tilleuls\n")
    return result(attachment=data, filename="Demande subvention APE Tilleuls – école.docx", truth=t, mail=mail)


@case("test", "nl", "docx", "D5-content-controls-comments")
def test_d5():
    s = Sdt(-1969230)
    cm = Comments()
    PH = "Klik of tik om tekst in te voeren."
    W = [2900, 3800, 2938]
    hd = [tc(p(r(h, b=True)), w=w, shade="FFF2CC") for h, w in zip(["Vraag", "Antwoord", "Toelichting"], W)]

    def row(q, ctrl, note=None):
        return [tc(p(q), w=2900), tc(p(ctrl), w=3800),
                tc(p(s.text(None, "Toelichting", placeholder=PH)) if note is None else p(r(note, i=True, sz=18)), w=2938)]

    amt = cm.wrap(s.text("€ 6.400", "Gevraagd bedrag"), "Nele Vandamme", "NV", "2019-06-05T15:40:00Z",
                  "Max. 10.000 euro volgens de oproep, wij vragen minder.")
    rows = [hd,
            row("Naam aanvrager (vereniging of groep)", s.text("Oudercomité Gemeentelijke Basisschool Westouter", "Aanvrager")),
            row("Juridisch statuut", s.dropdown("feitelijke vereniging", "Statuut", ["vzw", "feitelijke vereniging", "lokaal bestuur", "andere"])),
            row("Contactpersoon", s.text("Nele Vandamme", "Contactpersoon"), "voorzitter oudercomité"),
            row("Adres", s.text("Zwartemolenstraat 6", "Adres")),
            row("Postcode", s.text("8954", "Postcode")),
            row("Gemeente", s.text("Westouter", "Gemeente")),
            row("Telefoon / gsm", s.text("0473 61 20 84", "Telefoon")),
            row("E-mail", s.text("nele.vandamme@example.com", "Email")),
            row("Ondernemingsnummer", s.text(None, "KBO", placeholder=PH), "niet van toepassing"),
            row("Titel van het project", s.text("Naschoolse speelplaats open voor het dorp", "Titel")),
            row("Totale kostprijs", s.text("€ 8.150", "Totaal")),
            row("Gevraagd bedrag", amt),
            row("Startdatum", s.date("1/09/2019", "Start", "2019-09-01")),
            ]
    body = "".join([
        p(r("Aanvraag toelage – verenigingen en scholen", b=True, sz=30, color="BF8F00")),
        p(r("Vul elk antwoordvak in. Laat de toelichting leeg als die niet nodig is.", i=True, sz=18)),
        tbl(rows, W, header_rows=1),
        p(),
        p(r("Ik wens op de hoogte gehouden te worden: ", b=True), s.check(True), " ja  ", s.check(False), " nee"),
        p("Beknopte omschrijving: ", s.text("De speelplaats van de school blijft na 16 uur en op woensdagnamiddag open "
                                             "voor alle kinderen van het dorp. We plaatsen een klimrek, zitbanken en "
                                             "een overdekte hoek; ouders en buren houden beurtelings toezicht.",
                                             "Omschrijving", multiline=True)),
    ])
    footer = p("Gemeente Heuvelland – dienst vrije tijd – 057 45 04 50 – vrijetijd.heuvelland@example.net",
               style="Footer", jc="center")
    data = build_docx(body, footer=footer, comments=cm, title="Aanvraag toelage", author="Gemeente Heuvelland",
                      last_by="Secretariaat GBS", font="Calibri")
    t = truth(organisation="Oudercomité Gemeentelijke Basisschool Westouter", contact_name="Nele Vandamme",
              email="nele.vandamme@example.com", phone="+32473612084", address="Zwartemolenstraat 6",
              postcode="8954", municipality="Westouter", country="BE",
              project_title="Naschoolse speelplaats open voor het dorp",
              requested_amount="6400.00", total_budget="8150.00")
    mail = dict(sender="Secretariaat GBS Westouter <secretariaat.gbs.westouter@example.org>",
                subject="Projectoproep Maak werk van je buurt – oudercomité",
                date=dt(2019, 6, 5, 16, 3),
                body="Beste meneer Polin,\n\nIn naam van het oudercomité (voorzitter Nele Vandamme) bezorg ik u "
                     "hierbij hun aanvraagformulier.\n\nMet vriendelijke groet,\nAn\nsecretariaat GBS Westouter\n")
    return result(attachment=data, filename="Aanvraag toelage oudercomite GBS.docx", truth=t, mail=mail)


# =====================================================================
# D6  contact replaced with tracked changes, two-column section, answers typed over printed dots
# =====================================================================
@case("dev", "fr", "docx", "D6-tracked-contact-two-columns")
def dev_d6():
    rv = Rev()
    cm = Comments()
    A, D = "Michel Vandenabeele", "2019-06-07T19:05:00Z"
    dots = "………………"
    body = "".join([
        p(r("COMMUNE DE HONDSCHOOTE", b=True, sz=20), r("  –  Fiche projet « Fête de quartier »", sz=20), jc="center"),
        p(r("Fiche à compléter par le porteur de projet", i=True, sz=18), jc="center"),
        section_break(cols=None, footer=True),
        p(r("LE PORTEUR", b=True, color="C00000")),
        p("Nom : Comité des Fêtes du Quartier des Moissons", dots),
        p("Adresse : 27 rue des Moissons", dots),
        p("CP / Ville : 59122 Hondschoote", "……"),
        p("Référent : ", cm.wrap(rv.dele("Michel Vandenabeele", A, D) + rv.ins("Nathalie Decool", A, D), A, "MV", D,
                                "Nathalie reprend le dossier à partir de juin."), dots),
        p("Tél. : ", rv.dele("03 28 68 12 40", A, D), rv.ins("07 81 36 52 09", A, D), "………"),
        p("Courriel : ", rv.dele("michel.vandenabeele@example.net", A, D), rv.ins("nathalie.decool@example.org", A, D)),
        p("Nombre de bénévoles : 18", dots),
        p(COLBREAK, r("LE PROJET", b=True, color="C00000")),
        p("Titre : Des bancs et une boîte à livres pour le quartier des Moissons"),
        p("Lieu : placette au bout de la rue des Moissons", "……"),
        p("Date : fête de lancement le 21 septembre 2019"),
        p("Description : fabriquer avec les habitants quatre bancs en bois et une boîte à livres, puis organiser "
          "une fête de quartier pour les inaugurer."),
        section_break(cols=2, footer=True),
        p(r("BUDGET", b=True, color="C00000")),
        p("Bois, quincaillerie et peinture : 2 150 €", "\t", tabs=[(9000, "dot")]),
        p("Boîte à livres (fabrication locale) : 780 €", "\t", tabs=[(9000, "dot")]),
        p("Fête de quartier (location, boissons, animation) : 2 420 €", "\t", tabs=[(9000, "dot")]),
        p(r("Total : 5 350 euros", b=True)),
        p(r("Subvention demandée : 4 200 euros", b=True)),
        p("Apport du comité : 1 150 €"),
    ])
    sect = sectpr(footer=True, continuous=True)
    footer = p("Mairie de Hondschoote – service animation – 03 28 62 53 00 – animation.hondschoote@example.com",
               style="Footer", jc="center")
    data = build_docx(body, footer=footer, comments=cm, track=True, sect=sect, title="Fiche projet fête de quartier",
                      author="Mairie", last_by=A, lang="fr-FR", font="Calibri", size=21)
    t = truth(organisation="Comité des Fêtes du Quartier des Moissons", contact_name="Nathalie Decool",
              email="nathalie.decool@example.org", phone="+33781365209", address="27 rue des Moissons",
              postcode="59122", municipality="Hondschoote", country="FR",
              project_title="Des bancs et une boîte à livres pour le quartier des Moissons",
              requested_amount="4200.00", total_budget="5350.00")
    mail = dict(sender="Michel Vandenabeele <michel.vandenabeele@example.net>",
                subject="Fiche projet - quartier des Moissons",
                date=dt(2019, 6, 7, 19, 22),
                body="Bonsoir Monsieur,\n\nVoici la fiche projet de notre comité. J'ai changé la personne de contact : "
                     "c'est désormais Nathalie qui suit le dossier.\n\nBien à vous,\nMichel Vandenabeele\n"
                     "Président du Comité des Fêtes\n")
    return result(attachment=data, filename="Fiche projet Moissons.docx", truth=t, mail=mail,
                  checks={"absent_accepted": ["Michel Vandenabeele", "03 28 68 12 40"]})


@case("test", "nl", "docx", "D6-tracked-contact-two-columns")
def test_d6():
    rv = Rev()
    cm = Comments()
    A, D = "Rik Vancayseele", "2019-06-13T08:47:00Z"
    dl = "....................."
    body = "".join([
        p(r("Vrijwilligerspunt Westhoek", b=True, sz=22, color="2F5496"), after=0),
        p(r("Inschrijvingsformulier buurtproject", sz=30, b=True)),
        section_break(cols=None, header=True),
        p(r("WIE?", b=True, sz=24, color="2F5496")),
        p("Naam groep: Bewonersplatform Kemmel-Noord", dl),
        p("Verantwoordelijke: ", rv.dele("Rik Vancayseele", A, D), rv.ins("Charlotte Bouckaert", A, D), "........"),
        p("Adres: Bergvoetstraat 11", dl),
        p("Postcode: 8956", ".........", " Gemeente: Kemmel", "......."),
        p("Tel./gsm: ", rv.dele("057 45 02 13", A, D), rv.ins("0468 19 55 72", A, D), "..........."),
        p("E-mail: ", rv.dele("rik.vancayseele@example.com", A, D), rv.ins("charlotte.bouckaert@example.net", A, D)),
        p("Aantal leden: ± 40 gezinnen", "......"),
        p(COLBREAK, r("WAT?", b=True, sz=24, color="2F5496")),
        p("Titel: ", cm.wrap(r("Dorpsontmoetingspunt met repaircafé"), A, "RV", D, "titel zo ok voor iedereen?")),
        p("Waar: parochiezaal, Bergvoetstraat", "......"),
        p("Korte beschrijving: elke derde zaterdag een repaircafé met koffie en soep, en een vast "
          "aanspreekpunt voor buren die hulp nodig hebben.", dl),
        section_break(cols=2, header=True),
        p(r("KOSTEN EN FINANCIERING", b=True, sz=24, color="2F5496")),
        p("Gereedschap en werkbanken repaircafé", "\t", "3.180 euro", tabs=[(8200, "dot", "right")]),
        p("Inrichting ontmoetingshoek", "\t", "2.990 euro", tabs=[(8200, "dot", "right")]),
        p("Promotie, opleiding vrijwilligers", "\t", "2.250 euro", tabs=[(8200, "dot", "right")]),
        p(r("Totale kost", b=True), "\t", r("8.420 euro", b=True), tabs=[(8200, "dot", "right")]),
        p(r("Gevraagde steun", b=True), "\t", r("6.750 euro", b=True), tabs=[(8200, "dot", "right")]),
        p("Eigen inbreng", "\t", "1.670 euro", tabs=[(8200, "dot", "right")]),
    ])
    sect = sectpr(header=True, continuous=True)
    header = p("Vrijwilligerspunt Westhoek – info 057 20 20 90 – vrijwilligerspunt@example.org", style="Header")
    data = build_docx(body, header=header, comments=cm, track=True, sect=sect, title="Inschrijvingsformulier",
                      author="Vrijwilligerspunt", last_by=A, font="Calibri")
    t = truth(organisation="Bewonersplatform Kemmel-Noord", contact_name="Charlotte Bouckaert",
              email="charlotte.bouckaert@example.net", phone="+32468195572", address="Bergvoetstraat 11",
              postcode="8956", municipality="Kemmel", country="BE",
              project_title="Dorpsontmoetingspunt met repaircafé",
              requested_amount="6750.00", total_budget="8420.00")
    mail = dict(sender="Rik Vancayseele <rik.vancayseele@example.com>",
                subject="inschrijving buurtproject Kemmel-Noord",
                date=dt(2019, 6, 13, 8, 55),
                body="Beste Jonas\n\nHierbij ons formulier. Charlotte neemt vanaf nu de opvolging over, "
                     "ik heb haar gegevens aangepast in het document.\n\nGroeten\nRik\n")
    return result(attachment=data, filename="inschrijving buurtproject.docx", truth=t, mail=mail,
                  checks={"absent_accepted": ["Rik Vancayseele", "057 45 02 13"]})


# =====================================================================
# D7  plain "label: answer" lines, private person, request only as income line, amounts in words,
#     header of an earlier edition with its coordinator's phone and mail
# =====================================================================
@case("dev", "fr", "docx", "D7-plain-individual-income-line")
def dev_d7():
    tabs = [(3800, None)]
    L = lambda a, b: p(r(a, b=True), "\t", b, tabs=tabs, after=60)
    W = [6700, 2938]
    bud = lambda rows: tbl([[tc(p(r(a, b=bb)), w=6700), tc(p(r(v, b=bb), jc="right"), w=2938)] for a, v, bb in rows], W)
    body = "".join([
        p(r("Appel à projets « Villages et quartiers vivants »", b=True, sz=30)),
        p(r("Formulaire de candidature", sz=24)),
        H("Le porteur du projet", 2),
        L("Porteur du projet :", "Jean-Marc Lefebvre (habitant, à titre individuel)"),
        L("Adresse :", "3 impasse des Remparts"),
        L("Code postal – Ville :", "59380 Bergues"),
        L("Téléphone fixe :", "03 28 68 57 21"),
        L("E-mail :", "jm.lefebvre@example.com"),
        H("Le projet", 2),
        L("Nom du projet :", "Un four à pain partagé pour le quartier"),
        p("Résumé : construire avec les voisins un four à pain en briques dans le jardin communautaire et y "
          "organiser chaque mois une cuisson collective ouverte à tous."),
        H("Budget prévisionnel", 2),
        p(r("Dépenses", i=True)),
        bud([("Briques réfractaires, chaux, sable", "2 640 €", False), ("Abri en bois et toiture", "1 830 €", False),
             ("Accompagnement par un artisan fournier (3 jours)", "900 €", False),
             ("Inauguration et ustensiles", "500 €", False), ("Total des dépenses", "5 870 €", True)]),
        p(),
        p(r("Recettes", i=True)),
        bud([("Participation des habitants (dons, journée portes ouvertes)", "870 €", False),
             ("Subvention sollicitée – Maak werk van je buurt / Partons 2.0", "5 000 € (cinq mille euros)", True),
             ("Total des recettes", "5 870 €", True)]),
        p(),
        p("Signature : J.-M. Lefebvre"),
    ])
    header = p(r("Partons – appel à projets 2017 (1re édition)", i=True), "\t\t",
               "Renseignements : 03 28 50 33 10 – partons.2017@example.net", style="Header")
    data = build_docx(body, header=header, title="Formulaire de candidature Partons 2017", author="Partons",
                      last_by="JML", lang="fr-FR", font="Garamond", size=23, accent="7F6000")
    t = truth(organisation=None, contact_name="Jean-Marc Lefebvre", email="jm.lefebvre@example.com",
              phone="+33328685721", address="3 impasse des Remparts", postcode="59380", municipality="Bergues",
              country="FR", project_title="Un four à pain partagé pour le quartier",
              requested_amount="5000.00", total_budget="5870.00")
    mail = dict(sender="Jean-Marc Lefebvre <jm.lefebvre@example.com>",
                subject="candidature four à pain",
                date=dt(2019, 6, 2, 11, 37),
                body="Bonjour,\n\nJ'ai retrouvé le formulaire de la première édition, j'espère qu'il convient. "
                     "Je porte ce projet en tant qu'habitant, avec mes voisins.\n\nCordialement\n"
                     "Jean-Marc Lefebvre\n")
    return result(attachment=data, filename="Formulaire candidature - four a pain.docx", truth=t, mail=mail)


@case("test", "nl", "docx", "D7-plain-individual-income-line")
def test_d7():
    L = lambda a, b: p(r(a), r(b, b=True), after=40)
    W = [7000, 2638]
    body = "".join([
        p(r("Projectoproep Partons – Leefbare dorpen in de Westhoek", b=True, sz=28)),
        p(r("Aanvraagformulier", sz=24, color="7F7F7F")),
        p(r("Gegevens", b=True, u=True)),
        L("Naam initiatiefnemer: ", "Sarah Debruyne"),
        p(r("Ik dien in als: "), sym_box(True), r(" inwoner   "), sym_box(False), r(" vereniging   "),
          sym_box(False), r(" lokaal bestuur"), after=40),
        L("Adres: ", "Schapenweg 4"),
        L("Postcode en gemeente: ", "8958 Loker"),
        L("Telefoon: ", "057 21 39 07"),
        L("E-mail: ", "sarah.debruyne@example.org"),
        p(r("Project", b=True, u=True), before=200),
        L("Naam van het project: ", "Boomgaard met oude fruitrassen voor het dorp"),
        p("Wat: op een perceel dat een landbouwer ter beschikking stelt, planten we met de buren 30 hoogstamfruitbomen "
          "van oude West-Vlaamse rassen. Elk gezin kan een boom peteren; de oogst is voor het dorp."),
        p(r("Begroting", b=True, u=True), before=200),
        tbl([[tc(p(r("Uitgaven", b=True)), w=7000, shade="EDEDED"), tc(p(r("euro", b=True), jc="right"), w=2638, shade="EDEDED")],
             ["Fruitbomen (30 hoogstammen) en boompalen", tc(p("2.340", jc="right"), w=2638)],
             ["Afrastering en schapengaas", tc(p("1.260", jc="right"), w=2638)],
             ["Snoeicursus en plantdag", tc(p("780", jc="right"), w=2638)],
             ["Infobord en drukwerk", tc(p("500", jc="right"), w=2638)],
             [tc(p(r("Totaal uitgaven", b=True)), w=7000), tc(p(r("4.880 euro", b=True), jc="right"), w=2638)]], W),
        p(),
        tbl([[tc(p(r("Inkomsten", b=True)), w=7000, shade="EDEDED"), tc(p(r("euro", b=True), jc="right"), w=2638, shade="EDEDED")],
             ["Peterschap fruitbomen (30 x 20 euro) + eigen bijdrage", tc(p("880", jc="right"), w=2638)],
             ["Bijdrage provincie / Maak werk van je buurt", tc(p("4.000 euro (vierduizend euro)", jc="right"), w=2638)],
             [tc(p(r("Totaal inkomsten", b=True)), w=7000), tc(p(r("4.880 euro", b=True), jc="right"), w=2638)]], W),
        p(),
        p("Loker, 10 juni 2019 – Sarah Debruyne"),
    ])
    header = p(r("Partons – projectoproep 2017", i=True), "\t\t", "Info: 057 23 08 40 – partons.westhoek@example.com",
               style="Header")
    data = build_docx(body, header=header, title="Aanvraagformulier Partons 2017", author="Partons Westhoek",
                      last_by="Sarah", font="Cambria", size=22)
    t = truth(organisation=None, contact_name="Sarah Debruyne", email="sarah.debruyne@example.org",
              phone="+3257213907", address="Schapenweg 4", postcode="8958", municipality="Loker", country="BE",
              project_title="Boomgaard met oude fruitrassen voor het dorp",
              requested_amount="4000.00", total_budget="4880.00")
    mail = dict(sender="Sarah Debruyne <sarah.debruyne@example.org>",
                subject="project boomgaard",
                date=dt(2019, 6, 10, 14, 12),
                body="Hallo,\n\nIk stuur mijn projectidee voor een dorpsboomgaard. Ik had nog het formulier van "
                     "2017, ik hoop dat dat ook goed is.\n\nVriendelijke groeten\nSarah Debruyne\n")
    return result(attachment=data, filename="aanvraag boomgaard.docx", truth=t, mail=mail)
