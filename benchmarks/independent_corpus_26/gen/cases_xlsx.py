"""Excel (.xlsx) application forms: 10 cases, 5 families x (dev, test)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment
from caselib import case, truth, result
from common import dt
from xlsxhelp import save_xlsx, put, BOX, fill

EUR2 = '"€" #,##0.00'
EUR0 = '"€" #,##0'
EURF = '#,##0 "€"'
EURF2 = '#,##0.00 "€"'


def widths(ws, **w):
    for col, v in w.items():
        ws.column_dimensions[col].width = v


# =====================================================================
# X1  labels in column A, answers in column B; budget sheet with SUM totals (cached values)
# =====================================================================
@case("dev", "nl", "xlsx", "X1-labels-A-answers-B-budget-sheet")
def dev_x1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraag"
    bg = wb.create_sheet("Begroting")
    widths(ws, A=28, B=62)
    ws.merge_cells("A1:B1")
    put(ws, "A1", "AANVRAAG SUBSIDIE BUURTFEESTEN EN -INITIATIEVEN", bold=True, size=14)
    put(ws, "A2", "Gemeente De Panne – dienst Feestelijkheden – 058 42 16 00 – feesten.depanne@example.net",
        italic=True, size=8, color="808080")
    rows = [("Naam vereniging", "Buurtvereniging Zonnedauw"), ("Contactpersoon", "Evelien Dequidt"),
            ("Straat en nr", "Duinhoekstraat 18"), ("Postcode", 8660), ("Gemeente", "Adinkerke"),
            ("Telefoon", "058 41 27 93"), ("E-mail", "evelien.dequidt@example.org"),
            ("IBAN", "BE39 0018 4427 5219")]
    for i, (a, b) in enumerate(rows, start=4):
        put(ws, "A%d" % i, a, bold=True, box=True, fillc="FFF2CC")
        put(ws, "B%d" % i, b, box=True)
    put(ws, "A13", "Titel project", bold=True, box=True, fillc="FFF2CC")
    put(ws, "B13", "Zonnedauw-ontmoetingsbank en buurtbibliotheek", box=True)
    put(ws, "A14", "Omschrijving", bold=True, box=True, fillc="FFF2CC")
    put(ws, "B14", "Een grote ronde houten bank rond de linde op het pleintje, met een kast als ruilbibliotheek. "
                   "Buren beheren de kast; bij de opening houden we een buurtfeest.", box=True, wrap=True)
    ws.row_dimensions[14].height = 48
    put(ws, "A15", "Gevraagd bedrag", bold=True, box=True, fillc="FFF2CC")
    put(ws, "B15", "=Begroting!C14", fmt=EUR2, box=True)
    put(ws, "A16", "Totale kost project", bold=True, box=True, fillc="FFF2CC")
    put(ws, "B16", "=Begroting!C8", fmt=EUR2, box=True)
    widths(bg, A=42, B=4, C=16)
    put(bg, "A1", "Begroting", bold=True, size=13)
    put(bg, "A2", "Uitgaven", bold=True, fillc="DDEBF7")
    exp = [("Ontmoetingsbank (maatwerk, hout)", 3850), ("Buurtbibliotheekkast + eerste boeken", 1720),
           ("Verlichting op zonne-energie", 1490), ("Buurtfeest bij de opening", 1600), ("Drukwerk en flyers", 800)]
    for i, (a, v) in enumerate(exp, start=3):
        put(bg, "A%d" % i, a)
        put(bg, "C%d" % i, v, fmt=EUR2)
    put(bg, "A8", "Totaal uitgaven", bold=True)
    put(bg, "C8", "=SUM(C3:C7)", fmt=EUR2, bold=True)
    put(bg, "A10", "Inkomsten", bold=True, fillc="DDEBF7")
    put(bg, "A11", "Eigen inbreng")
    put(bg, "C11", 1260, fmt=EUR2)
    put(bg, "A12", "Sponsoring lokale handelaars")
    put(bg, "C12", 1200, fmt=EUR2)
    put(bg, "A13", "Gemeente (in natura: plaatsing)")
    put(bg, "A14", "Bijdrage Maak werk van je buurt")
    put(bg, "C14", 7000, fmt=EUR2)
    put(bg, "A15", "Totaal inkomsten", bold=True)
    put(bg, "C15", "=SUM(C11:C14)", fmt=EUR2, bold=True)
    data = save_xlsx(wb, {("Aanvraag", "B15"): 7000, ("Aanvraag", "B16"): 9460, ("Begroting", "C8"): 9460,
                          ("Begroting", "C15"): 9460}, creator="dienst feesten", last_by="Evelien",
                     title="Aanvraag subsidie")
    t = truth(organisation="Buurtvereniging Zonnedauw", contact_name="Evelien Dequidt",
              email="evelien.dequidt@example.org", phone="+3258412793", address="Duinhoekstraat 18",
              postcode="8660", municipality="Adinkerke", country="BE",
              project_title="Zonnedauw-ontmoetingsbank en buurtbibliotheek",
              requested_amount="7000.00", total_budget="9460.00")
    mail = dict(sender="Evelien Dequidt <evelien.dequidt@example.org>",
                subject="Aanvraag Maak werk van je buurt",
                date=dt(2019, 6, 3, 19, 27),
                body="Beste,\n\nIn bijlage ons formulier (Excel) met de begroting op het tweede blad.\n\n"
                     "Groeten,\nEvelien\nBuurtvereniging Zonnedauw\n")
    return result(attachment=data, filename="Aanvraag_Zonnedauw.xlsx", truth=t, mail=mail)


@case("test", "fr", "xlsx", "X1-labels-A-answers-B-budget-sheet")
def test_x1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Dossier"
    bg = wb.create_sheet("Budget prévisionnel")
    widths(ws, A=34, B=58)
    put(ws, "A1", "Appel à projets – Dossier de candidature", bold=True, size=15, color="1F4E78")
    put(ws, "A2", "À compléter par le porteur de projet (une ligne par information)", italic=True, size=9)
    put(ws, "A4", "LE PORTEUR", bold=True, fillc="1F4E78", color="FFFFFF")
    put(ws, "B4", None, fillc="1F4E78")
    rows = [("Nom de la structure :", "Association Les Mouettes Rieuses"), ("Forme juridique :", "association loi 1901"),
            ("Nom du responsable :", "Sébastien Caron"), ("Adresse :", "30 avenue des Mouettes"),
            ("Code postal :", 59123), ("Ville :", "Bray-Dunes"), ("Téléphone :", "+33 6 07 91 24 58"),
            ("Courriel :", "sebastien.caron@example.com")]
    for i, (a, b) in enumerate(rows, start=5):
        put(ws, "A%d" % i, a)
        put(ws, "B%d" % i, b, align="left")
    put(ws, "A14", "LE PROJET", bold=True, fillc="1F4E78", color="FFFFFF")
    put(ws, "B14", None, fillc="1F4E78")
    put(ws, "A15", "Intitulé :")
    put(ws, "B15", "Un kiosque de quartier pour les associations du front de mer")
    put(ws, "A16", "Résumé :")
    put(ws, "B16", "Construire un petit kiosque en bois sur la digue, prêté aux associations du quartier pour "
                   "leurs permanences, concerts et marchés aux livres.", wrap=True)
    ws.row_dimensions[16].height = 45
    put(ws, "A17", "Coût total du projet :")
    put(ws, "B17", "='Budget prévisionnel'!D9", fmt=EURF2, align="left")
    put(ws, "A18", "Montant sollicité :")
    put(ws, "B18", "='Budget prévisionnel'!D12", fmt=EURF2, align="left")
    widths(bg, A=12, B=44, C=4, D=16)
    put(bg, "A1", "BUDGET PRÉVISIONNEL", bold=True, size=13)
    put(bg, "A3", "Dépenses", bold=True)
    exp = [("Kiosque bois (fourniture et pose)", 4200), ("Panneaux d'information", 1150),
           ("Mobilier pliant (tables, chaises)", 1475), ("Inauguration", 1200)]
    for i, (a, v) in enumerate(exp, start=4):
        put(bg, "B%d" % i, a)
        put(bg, "D%d" % i, v, fmt=EURF2)
    put(bg, "B9", "TOTAL DÉPENSES", bold=True)
    put(bg, "D9", "=SUM(D4:D8)", fmt=EURF2, bold=True)
    put(bg, "A11", "Recettes", bold=True)
    put(bg, "B12", "Subvention Maak werk van je buurt / Partons 2.0")
    put(bg, "D12", 6300, fmt=EURF2)
    put(bg, "B13", "Fonds propres")
    put(bg, "D13", 1125, fmt=EURF2)
    put(bg, "B14", "Mairie (prêt de matériel, valorisé)")
    put(bg, "D14", 600, fmt=EURF2)
    put(bg, "B15", "TOTAL RECETTES", bold=True)
    put(bg, "D15", "=SUM(D12:D14)", fmt=EURF2, bold=True)
    data = save_xlsx(wb, {("Dossier", "B17"): 8025, ("Dossier", "B18"): 6300,
                          ("Budget prévisionnel", "D9"): 8025, ("Budget prévisionnel", "D15"): 8025},
                     creator="Sébastien Caron", last_by="Sébastien Caron", title="Dossier de candidature")
    t = truth(organisation="Association Les Mouettes Rieuses", contact_name="Sébastien Caron",
              email="sebastien.caron@example.com", phone="+33607912458", address="30 avenue des Mouettes",
              postcode="59123", municipality="Bray-Dunes", country="FR",
              project_title="Un kiosque de quartier pour les associations du front de mer",
              requested_amount="6300.00", total_budget="8025.00")
    mail = dict(sender="Sébastien Caron <sebastien.caron@example.com>",
                subject="Candidature - kiosque de quartier",
                date=dt(2019, 6, 11, 7, 58),
                body="Bonjour,\n\nCi-joint notre dossier de candidature (tableur, 2 onglets).\n\nCordialement,\n"
                     "Sébastien Caron\nLes Mouettes Rieuses\n")
    return result(attachment=data, filename="Dossier candidature Mouettes Rieuses.xlsx", truth=t, mail=mail)


# =====================================================================
# X2  question in a merged row, answer on the row below; hidden instruction sheet; no phone given
# =====================================================================
@case("dev", "nl", "xlsx", "X2-answer-below-hidden-instructions")
def dev_x2():
    wb = Workbook()
    ins = wb.active
    ins.title = "Instructies"
    ws = wb.create_sheet("Formulier")
    wb.active = 1
    ins.sheet_state = "hidden"
    for i, line in enumerate([
            "Instructies bij het formulier",
            "Financiële bijdrage van maximaal 10.000 euro per project.",
            "In totaal is 100.000 euro beschikbaar voor 10 lokale initiatieven.",
            "Indienen vóór 16 juni 2019 per e-mail of per post.",
            "Vul elke vraag in op de witte regel onder de vraag."], start=1):
        ins["A%d" % i] = line
    widths(ws, A=14, B=14, C=14, D=14, E=14, F=14)
    ws.merge_cells("A1:F1")
    put(ws, "A1", "Projectidee – aanvraagformulier", bold=True, size=14)
    qa = [("1. Naam van de vereniging", "Vrienden van de Vijverdreef"),
          ("2. Contactpersoon (voornaam en naam)", "Pieter-Jan Lobbestael"),
          ("3. Adres (straat, nummer, postcode, gemeente)", "Vijverdreef 40, 8902 Zillebeke"),
          ("4. Telefoonnummer", None),
          ("5. E-mailadres", "pj.lobbestael@example.com"),
          ("6. Titel van het project", "Rustbanken en infoborden langs de vijverwandeling"),
          ("7. Korte omschrijving", "Langs de wandeling rond de vijver plaatsen we zes rustbanken en drie infoborden "
                                    "over de geschiedenis van de buurt, gemaakt met de oudere bewoners."),
          ("8. Totale kostprijs van het project (EUR)", 6150),
          ("9. Gevraagd bedrag (EUR)", 4600)]
    r = 3
    for q, a in qa:
        ws.merge_cells("A%d:F%d" % (r, r))
        put(ws, "A%d" % r, q, bold=True, fillc="E2EFDA")
        ws.merge_cells("A%d:F%d" % (r + 1, r + 1))
        c = put(ws, "A%d" % (r + 1), a, box=True, wrap=isinstance(a, str) and len(a) > 60)
        if isinstance(a, int):
            c.number_format = EUR0
            c.alignment = Alignment(horizontal="left")
        if isinstance(a, str) and len(a) > 60:
            ws.row_dimensions[r + 1].height = 45
        r += 3
    data = save_xlsx(wb, {}, creator="Provincie", last_by="PJ", title="Projectidee")
    t = truth(organisation="Vrienden van de Vijverdreef", contact_name="Pieter-Jan Lobbestael",
              email="pj.lobbestael@example.com", phone=None, address="Vijverdreef 40", postcode="8902",
              municipality="Zillebeke", country="BE",
              project_title="Rustbanken en infoborden langs de vijverwandeling",
              requested_amount="4600.00", total_budget="6150.00")
    mail = dict(sender="Pieter-Jan Lobbestael <pj.lobbestael@example.com>",
                subject="Formulier projectidee Vijverdreef",
                date=dt(2019, 6, 15, 22, 17),
                body="Beste,\n\nin bijlage ons formulier.\n\nGroeten,\nPieter-Jan\n")
    return result(attachment=data, filename="projectidee_vijverdreef.xlsx", truth=t, mail=mail)


@case("test", "fr", "xlsx", "X2-answer-below-hidden-instructions")
def test_x2():
    wb = Workbook()
    ws = wb.active
    ws.title = "Formulaire"
    nt = wb.create_sheet("Notice")
    nt.sheet_state = "hidden"
    for i, line in enumerate(["NOTICE", "Plafond de l'aide : 10 000 € par projet.",
                              "Enveloppe globale : 100 000 € pour 10 projets.",
                              "Date limite : 16 juin 2019.",
                              "Ne pas modifier la structure du formulaire."], start=1):
        nt["B%d" % i] = line
    widths(ws, A=6, B=20, C=20, D=20, E=20)
    ws.merge_cells("B1:E1")
    put(ws, "B1", "FICHE PROJET DE QUARTIER", bold=True, size=14, color="833C0B")
    qs = [("Nom de la structure", "Comité de quartier des Prés Fleuris"),
          ("Personne référente", "Anne-Sophie Vermersch"),
          ("Adresse postale", "11 rue des Prés Fleuris"),
          ("Code postal", 59190),
          ("Commune", "Morbecque"),
          ("Téléphone", None),
          ("Courriel", "annesophie.vermersch@example.net"),
          ("Titre du projet", "Un espace de jeux et de pique-nique pour le quartier"),
          ("Budget total (€)", 5240),
          ("Montant demandé (€)", 3900)]
    r = 3
    for n, (q, a) in enumerate(qs, start=1):
        put(ws, "A%d" % r, n, bold=True, color="833C0B")
        ws.merge_cells("B%d:E%d" % (r, r))
        put(ws, "B%d" % r, q, italic=True)
        ws.merge_cells("B%d:E%d" % (r + 1, r + 1))
        c = put(ws, "B%d" % (r + 1), a, fillc="FBE5D6", align="left")
        if q.startswith(("Budget", "Montant")):
            c.number_format = '#,##0" €"'
        r += 2
    data = save_xlsx(wb, {}, creator="Mairie", last_by="Anne-Sophie", title="Fiche projet de quartier")
    t = truth(organisation="Comité de quartier des Prés Fleuris", contact_name="Anne-Sophie Vermersch",
              email="annesophie.vermersch@example.net", phone=None, address="11 rue des Prés Fleuris",
              postcode="59190", municipality="Morbecque", country="FR",
              project_title="Un espace de jeux et de pique-nique pour le quartier",
              requested_amount="3900.00", total_budget="5240.00")
    mail = dict(sender="Anne-Sophie Vermersch <annesophie.vermersch@example.net>",
                subject="fiche projet Prés Fleuris",
                date=dt(2019, 6, 8, 11, 3),
                body="Bonjour,\n\nvoici notre fiche projet.\n\nBonne journée,\nAnne-Sophie Vermersch\n"
                     "Comité de quartier des Prés Fleuris\n")
    return result(attachment=data, filename="Fiche_projet_PresFleuris.xlsx", truth=t, mail=mail)


# =====================================================================
# X3  horizontal people table with a contact mark; amounts typed as text; request only as income line
# =====================================================================
@case("dev", "fr", "xlsx", "X3-people-table-text-amounts")
def dev_x3():
    wb = Workbook()
    ws = wb.active
    ws.title = "Porteur"
    pj = wb.create_sheet("Projet")
    bg = wb.create_sheet("Budget")
    widths(ws, A=22, B=24, C=18, D=32, E=11)
    put(ws, "A1", "Porteur du projet", bold=True, size=14)
    for i, (a, b) in enumerate([("Structure porteuse", "Association Le Verger d'en Haut"),
                                ("Adresse du siège", "41 chemin du Verger"), ("CP", "59299"),
                                ("Commune", "Boeschepe")], start=3):
        put(ws, "A%d" % i, a, bold=True)
        put(ws, "B%d" % i, b)
    for col, h in zip("ABCDE", ["Rôle", "Nom Prénom", "Téléphone", "Courriel", "Contact ?"]):
        put(ws, "%s8" % col, h, bold=True, fillc="D9D9D9", box=True)
    ppl = [("Président", "DEHAENE Luc", "03 28 49 33 70", "luc.dehaene@example.net", ""),
           ("Trésorière", "VERSTAEVEL Odile", "06 40 18 92 66", "odile.verstaevel@example.org", ""),
           ("Référent projet", "BAERT Thierry", "06 84 12 39 50", "thierry.baert@example.com", "X")]
    for i, row in enumerate(ppl, start=9):
        for col, v in zip("ABCDE", row):
            put(ws, "%s%d" % (col, i), v or None, box=True, align="center" if col == "E" else None)
    widths(pj, A=20, B=80)
    put(pj, "A1", "Titre du projet", bold=True)
    put(pj, "B1", "Replanter le verger d'en haut avec les habitants")
    put(pj, "A2", "Description", bold=True)
    put(pj, "B2", "Replanter 40 arbres fruitiers de variétés locales sur le terrain communal, avec les écoles et les "
                  "habitants, puis organiser chaque automne une fête des récoltes avec pressage de jus.", wrap=True)
    pj.row_dimensions[2].height = 45
    put(pj, "A3", "Calendrier", bold=True)
    put(pj, "B3", "plantation en novembre 2019, fête des récoltes en octobre 2020")
    widths(bg, A=48, B=16)
    put(bg, "A1", "DÉPENSES", bold=True)
    for i, (a, v) in enumerate([("Arbres fruitiers (40)", "2 800 €"), ("Clôture et tuteurs", "1 960 €"),
                                ("Pressoir mobile (location) et fête", "2 420 €"),
                                ("Panneaux pédagogiques", "2 000 €")], start=2):
        put(bg, "A%d" % i, a)
        put(bg, "B%d" % i, v, align="right")
    put(bg, "A6", "TOTAL DÉPENSES", bold=True)
    put(bg, "B6", "9 180 €", bold=True, align="right")
    put(bg, "A8", "RECETTES", bold=True)
    for i, (a, v) in enumerate([("Subvention Maak werk van je buurt / Partons 2.0", "7 000 €"),
                                ("Adhésions et dons", "680 €"),
                                ("Commune (mise à disposition du terrain, valorisée)", "1 500 €")], start=9):
        put(bg, "A%d" % i, a)
        put(bg, "B%d" % i, v, align="right")
    put(bg, "A12", "TOTAL RECETTES", bold=True)
    put(bg, "B12", "9 180 €", bold=True, align="right")
    data = save_xlsx(wb, {}, creator="Odile", last_by="Odile Verstaevel", title="Candidature verger")
    t = truth(organisation="Association Le Verger d'en Haut", contact_name="Thierry Baert",
              email="thierry.baert@example.com", phone="+33684123950", address="41 chemin du Verger",
              postcode="59299", municipality="Boeschepe", country="FR",
              project_title="Replanter le verger d'en haut avec les habitants",
              requested_amount="7000.00", total_budget="9180.00")
    mail = dict(sender="Odile Verstaevel <odile.verstaevel@example.org>",
                subject="Candidature Verger d'en Haut",
                date=dt(2019, 6, 4, 14, 49),
                body="Bonjour Monsieur,\n\nVous trouverez en pièce jointe la candidature de notre association.\n"
                     "Thierry Baert est le référent du projet.\n\nCordialement,\nOdile Verstaevel, trésorière\n")
    return result(attachment=data, filename="candidature verger.xlsx", truth=t, mail=mail)


@case("test", "nl", "xlsx", "X3-people-table-text-amounts")
def test_x3():
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvrager"
    fi = wb.create_sheet("Financieel")
    widths(ws, A=20, B=22, C=16, D=30, E=10)
    put(ws, "A1", "Aanvraagformulier buurtproject", bold=True, size=14, color="375623")
    put(ws, "A3", "Bestuur en contact", bold=True)
    for col, h in zip("ABCDE", ["Rol", "Naam", "Telefoon", "E-mail", "Contact (x)"]):
        put(ws, "%s4" % col, h, bold=True, fillc="C6E0B4", box=True)
    ppl = [("Voorzitter", "Geert Dumoulin", "051 56 70 12", "geert.dumoulin@example.net", ""),
           ("Penningmeester", "Lut Vanhoutte", "0472 90 45 11", "lut.vanhoutte@example.org", ""),
           ("Lid kernploeg", "Ilse Mortier", "0486 27 14 90", "ilse.mortier@example.com", "x")]
    for i, row in enumerate(ppl, start=5):
        for col, v in zip("ABCDE", row):
            put(ws, "%s%d" % (col, i), v or None, box=True)
    for i, (a, b) in enumerate([("Naam vereniging", "Buurtwerking Zarren-Bos"), ("Adres", "Sleutelstraat 23"),
                                ("Postcode", "8610"), ("Gemeente", "Zarren"),
                                ("Projecttitel", "Buurtmoestuin met kippenren en bloemenpluktuin")], start=10):
        put(ws, "A%d" % i, a, bold=True)
        ws.merge_cells("B%d:D%d" % (i, i))
        put(ws, "B%d" % i, b)
    widths(fi, A=46, B=14)
    put(fi, "A1", "Uitgaven", bold=True, fillc="E2EFDA")
    for i, (a, v) in enumerate([("Moestuinbakken, grond, zaden", "€ 3.100"), ("Kippenren en 6 kippen", "€ 2.480"),
                                ("Bloemenpluktuin (plantgoed, afsluiting)", "€ 1.500"),
                                ("Startdag met de buurt", "€ 900")], start=2):
        put(fi, "A%d" % i, a)
        put(fi, "B%d" % i, v, align="right")
    put(fi, "A6", "Totaal", bold=True)
    put(fi, "B6", "€ 7.980", bold=True, align="right")
    put(fi, "A8", "Inkomsten", bold=True, fillc="E2EFDA")
    for i, (a, v) in enumerate([("Bijdrage provincie / Maak werk van je buurt", "€ 5.750"),
                                ("Eigen middelen buurtwerking", "€ 1.230"),
                                ("Gemeente Kortemark", "€ 1.000")], start=9):
        put(fi, "A%d" % i, a)
        put(fi, "B%d" % i, v, align="right")
    put(fi, "A12", "Totaal", bold=True)
    put(fi, "B12", "€ 7.980", bold=True, align="right")
    data = save_xlsx(wb, {}, creator="Lut", last_by="Lut Vanhoutte", title="Aanvraag buurtproject")
    t = truth(organisation="Buurtwerking Zarren-Bos", contact_name="Ilse Mortier", email="ilse.mortier@example.com",
              phone="+32486271490", address="Sleutelstraat 23", postcode="8610", municipality="Zarren", country="BE",
              project_title="Buurtmoestuin met kippenren en bloemenpluktuin",
              requested_amount="5750.00", total_budget="7980.00")
    mail = dict(sender="Lut Vanhoutte <lut.vanhoutte@example.org>",
                subject="aanvraag buurtmoestuin Zarren-Bos",
                date=dt(2019, 6, 2, 17, 36),
                body="Beste Jonas,\n\nHierbij onze aanvraag in Excel. Ilse Mortier volgt het project op.\n\n"
                     "Vriendelijke groeten,\nLut Vanhoutte\npenningmeester Buurtwerking Zarren-Bos\n")
    return result(attachment=data, filename="Aanvraag buurtmoestuin.xlsx", truth=t, mail=mail)


# =====================================================================
# X4  answers in a column further right; postcode and place in one cell; phone stored as a number
# =====================================================================
@case("dev", "fr", "xlsx", "X4-answers-col-C-phone-number")
def dev_x4():
    wb = Workbook()
    ws = wb.active
    ws.title = "Demande"
    bg = wb.create_sheet("Budget")
    widths(ws, A=30, B=16, C=56)
    put(ws, "A1", "Demande de soutien – projet de quartier", bold=True, size=14)
    rows = [("Nom de la structure", "(obligatoire)", "Comité de quartier des Hauts-Champs"),
            ("Nom du / de la responsable", "(obligatoire)", "Aurélie Desmet"),
            ("Adresse", "", "9 allée des Hauts-Champs"),
            ("Code postal et commune", "", "59270 Méteren"),
            ("Téléphone", "", 328491856),
            ("Courriel", "(obligatoire)", "aurelie.desmet@example.net"),
            ("Titre du projet", "(obligatoire)", "Fête des voisins et parcours de jeux pour les enfants"),
            ("Montant demandé", "max. 10 000 €", 3800),
            ("Coût total", "voir onglet Budget", "=Budget!B8")]
    for i, (a, b, c) in enumerate(rows, start=3):
        put(ws, "A%d" % i, a, bold=True)
        put(ws, "B%d" % i, b or None, italic=True, color="7F7F7F", size=9)
        cell = put(ws, "C%d" % i, c, box=True, align="left")
        if a == "Téléphone":
            cell.number_format = '00" "00" "00" "00" "00'
        if a in ("Montant demandé", "Coût total"):
            cell.number_format = EURF
    widths(bg, A=40, B=14)
    put(bg, "A1", "Poste", bold=True)
    put(bg, "B1", "Montant", bold=True)
    for i, (a, v) in enumerate([("Structure de jeux en bois", 2150), ("Bancs (3)", 890),
                                ("Fête des voisins (location, repas partagé)", 1020), ("Communication", 700)], start=2):
        put(bg, "A%d" % i, a)
        put(bg, "B%d" % i, v, fmt=EURF)
    put(bg, "A8", "Total", bold=True)
    put(bg, "B8", "=SUM(B2:B7)", fmt=EURF, bold=True)
    data = save_xlsx(wb, {("Demande", "C11"): 4760, ("Budget", "B8"): 4760}, creator="Aurélie Desmet",
                     last_by="Aurélie Desmet", title="Demande de soutien")
    t = truth(organisation="Comité de quartier des Hauts-Champs", contact_name="Aurélie Desmet",
              email="aurelie.desmet@example.net", phone="+33328491856", address="9 allée des Hauts-Champs",
              postcode="59270", municipality="Méteren", country="FR",
              project_title="Fête des voisins et parcours de jeux pour les enfants",
              requested_amount="3800.00", total_budget="4760.00")
    mail = dict(sender="Aurélie Desmet <aurelie.desmet@example.net>",
                subject="Demande de soutien Hauts-Champs",
                date=dt(2019, 5, 31, 20, 2),
                body="Bonsoir,\n\nje vous fais parvenir notre demande.\nMerci et bonne soirée,\n\nAurélie Desmet\n")
    return result(attachment=data, filename="demande soutien Hauts-Champs.xlsx", truth=t, mail=mail)


@case("test", "nl", "xlsx", "X4-answers-col-C-phone-number")
def test_x4():
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraagformulier"
    bg = wb.create_sheet("Begroting")
    widths(ws, A=5, B=30, C=50, D=26)
    put(ws, "B1", "Gemeente Koksijde – aanvraag ondersteuning dorpsinitiatief", bold=True, size=13)
    put(ws, "B2", "Info: dienst dorpsraden – 058 53 34 10 – dorpsraden.koksijde@example.com", size=8, color="808080")
    rows = [("Naam vereniging", "Vzw Wulpse Kring voor Dorpsleven", ""),
            ("Verantwoordelijke", "Hannelore Desodt", ""),
            ("Straat + nr", "Polderstraat 35", ""),
            ("Postcode + gemeente", "8670 Wulpen", ""),
            ("Telefoon", 58233490, "vast nummer of gsm"),
            ("E-mail", "hannelore.desodt@example.net", ""),
            ("Ondernemingsnummer", "0687.524.193", "enkel voor vzw"),
            ("Projecttitel", "Dorpsbankjes en een deelfietsenpunt", ""),
            ("Totale kostprijs", "=Begroting!C5", "zie tabblad Begroting"),
            ("Gevraagd bedrag", 5200, "maximum 10.000 euro")]
    for i, (b, c, d) in enumerate(rows, start=4):
        put(ws, "A%d" % i, "%d." % (i - 3))
        put(ws, "B%d" % i, b)
        cell = put(ws, "C%d" % i, c, fillc="FFF2CC", box=True, align="left")
        put(ws, "D%d" % i, d or None, italic=True, size=8, color="808080")
        if b == "Telefoon":
            cell.number_format = '000" "00" "00" "00'
        if b in ("Totale kostprijs", "Gevraagd bedrag"):
            cell.number_format = EUR2
    widths(bg, A=4, B=40, C=14)
    put(bg, "B1", "Uitgaven", bold=True)
    for i, (a, v) in enumerate([("Dorpsbankjes (6)", 2480), ("Deelfietsen (4)", 2960),
                                ("Overkapping en laadpunt", 1200)], start=2):
        put(bg, "B%d" % i, a)
        put(bg, "C%d" % i, v, fmt=EUR2)
    put(bg, "B5", "Totaal", bold=True)
    put(bg, "C5", "=SUM(C2:C4)", fmt=EUR2, bold=True)
    data = save_xlsx(wb, {("Aanvraagformulier", "C12"): 6640, ("Begroting", "C5"): 6640},
                     creator="Gemeente Koksijde", last_by="Hannelore", title="Aanvraag dorpsinitiatief")
    t = truth(organisation="Vzw Wulpse Kring voor Dorpsleven", contact_name="Hannelore Desodt",
              email="hannelore.desodt@example.net", phone="+3258233490", address="Polderstraat 35",
              postcode="8670", municipality="Wulpen", country="BE",
              project_title="Dorpsbankjes en een deelfietsenpunt", requested_amount="5200.00",
              total_budget="6640.00")
    mail = dict(sender="Hannelore Desodt <hannelore.desodt@example.net>",
                subject="Maak werk van je buurt – Wulpen",
                date=dt(2019, 6, 12, 9, 45),
                body="Beste,\n\nin bijlage ons formulier.\n\nGroeten,\nHannelore\n")
    return result(attachment=data, filename="aanvraagformulier_wulpen.xlsx", truth=t, mail=mail)


# =====================================================================
# X5  one sheet with side-by-side blocks and the budget below; call ceiling printed in instructions
# =====================================================================
@case("dev", "fr", "xlsx", "X5-blocks-budget-same-sheet")
def dev_x5():
    wb = Workbook()
    ws = wb.active
    ws.title = "Fiche projet"
    widths(ws, A=30, B=30, C=3, D=34, E=22)
    ws.merge_cells("A1:E1")
    put(ws, "A1", "FICHE PROJET", bold=True, size=16, align="center")
    ws.merge_cells("A2:E2")
    put(ws, "A2", "Aide plafonnée à 10 000 € par projet – enveloppe totale de 100 000 € – dépôt avant le 16 juin 2019",
        italic=True, size=9, align="center")
    put(ws, "A4", "PORTEUR", bold=True, fillc="BDD7EE")
    put(ws, "B4", None, fillc="BDD7EE")
    put(ws, "D4", "PROJET", bold=True, fillc="BDD7EE")
    put(ws, "E4", None, fillc="BDD7EE")
    left = [("Structure", "Les Jardiniers du Bourg"), ("Responsable", "Fabrice Leclercq"),
            ("Adresse", "18 rue de la Briqueterie"), ("Code postal", 59181), ("Commune", "Steenwerck"),
            ("Téléphone", "07 68 22 45 13"), ("Courriel", "f.leclercq@example.com")]
    for i, (a, b) in enumerate(left, start=5):
        put(ws, "A%d" % i, a)
        put(ws, "B%d" % i, b, box=True, align="left")
    right = [("Intitulé", "Jardin partagé et composteur collectif"), ("Lieu", "friche derrière la salle des sports"),
             ("Subvention demandée", "9 500,00 €"), ("Début", "septembre 2019")]
    for i, (a, b) in enumerate(right, start=5):
        put(ws, "D%d" % i, a)
        put(ws, "E%d" % i, b, box=True, align="left")
    put(ws, "A14", "DÉPENSES", bold=True, fillc="DDEBF7")
    put(ws, "B14", "Montant", bold=True, fillc="DDEBF7")
    put(ws, "D14", "RECETTES", bold=True, fillc="DDEBF7")
    put(ws, "E14", "Montant", bold=True, fillc="DDEBF7")
    exp = [("Bacs et cabanon", 4380.5), ("Composteurs collectifs (3)", 1245), ("Outils, récupérateurs d'eau", 2150),
           ("Animation (maître-composteur)", 3600), ("Inauguration", 1900)]
    for i, (a, v) in enumerate(exp, start=15):
        put(ws, "A%d" % i, a)
        put(ws, "B%d" % i, v, fmt=EURF2)
    rec = [("Subvention Maak werk van je buurt", 9500), ("Fonds propres", 1775.5), ("Commune", 2000)]
    for i, (a, v) in enumerate(rec, start=15):
        put(ws, "D%d" % i, a)
        put(ws, "E%d" % i, v, fmt=EURF2)
    put(ws, "A21", "TOTAL", bold=True)
    put(ws, "B21", "=SUM(B15:B20)", fmt=EURF2, bold=True)
    put(ws, "D21", "TOTAL", bold=True)
    put(ws, "E21", "=SUM(E15:E20)", fmt=EURF2, bold=True)
    data = save_xlsx(wb, {("Fiche projet", "B21"): 13275.5, ("Fiche projet", "E21"): 13275.5},
                     creator="F. Leclercq", last_by="F. Leclercq", title="Fiche projet")
    t = truth(organisation="Les Jardiniers du Bourg", contact_name="Fabrice Leclercq", email="f.leclercq@example.com",
              phone="+33768224513", address="18 rue de la Briqueterie", postcode="59181", municipality="Steenwerck",
              country="FR", project_title="Jardin partagé et composteur collectif",
              requested_amount="9500.00", total_budget="13275.50")
    mail = dict(sender="Fabrice Leclercq <f.leclercq@example.com>",
                subject="Fiche projet jardin partagé",
                date=dt(2019, 6, 14, 18, 26),
                body="Bonjour,\n\nEn PJ la fiche projet des Jardiniers du Bourg.\n\nFabrice\n")
    return result(attachment=data, filename="Fiche projet jardin partage.xlsx", truth=t, mail=mail)


@case("test", "nl", "xlsx", "X5-blocks-budget-same-sheet")
def test_x5():
    wb = Workbook()
    ws = wb.active
    ws.title = "Projectfiche"
    widths(ws, A=34, B=3, C=44, D=16, E=16)
    put(ws, "A1", "Projectfiche dorpsinitiatief", bold=True, size=15)
    ws.merge_cells("A2:E2")
    put(ws, "A2", "Sjabloon Stad Nieuwpoort – dienst cultuur – 058 22 44 40 – cultuur.nieuwpoort@example.org", size=8,
        color="808080")
    ws.merge_cells("A3:E3")
    put(ws, "A3", "Opgelet: max. 10.000 euro per project; totaal budget van de oproep 100.000 euro.", italic=True,
        size=9, color="C00000")
    put(ws, "A5", "AANVRAGER", bold=True)
    blk = [("Naam vereniging", "Vzw De Polderblomme"), ("Contactpersoon", "Wouter Devlieghe"),
           ("Adres", "Spoorwegstraat 5"), ("Postcode", "8620"), ("Gemeente", "Ramskapelle"),
           ("Gsm", "+32 495 64 08 27"), ("E-mail", "wouter.devlieghe@example.com")]
    r = 6
    for a, b in blk:
        put(ws, "A%d" % r, a)
        put(ws, "B%d" % r, ":")
        put(ws, "C%d" % r, b)
        r += 1
    put(ws, "A14", "PROJECT", bold=True)
    for i, (a, b) in enumerate([("Titel", "Overdekte ontmoetingsplek op het dorpsplein"),
                                ("Gevraagde steun Maak werk van je buurt", "9.250,00"),
                                ("Timing", "voorjaar 2020")], start=15):
        put(ws, "A%d" % i, a)
        put(ws, "B%d" % i, ":")
        put(ws, "C%d" % i, b)
    for col, h in zip("ACDE", ["BEGROTING", "Omschrijving", "Uitgaven", "Inkomsten"]):
        put(ws, "%s19" % col, h, bold=True, fillc="D9E1F2")
    lines = [("Overkapping (materiaal)", 6480.4, None), ("Plaatsing door lokale aannemer", 3150, None),
             ("Zitbanken en tafels", 1850, None), ("Opening", 1250, None),
             ("Gevraagde steun provincie", None, 9250), ("Eigen inbreng vzw", None, 1480.4),
             ("Sponsors", None, 2000)]
    for i, (a, u, k) in enumerate(lines, start=20):
        put(ws, "C%d" % i, a)
        if u is not None:
            put(ws, "D%d" % i, u, fmt='#,##0.00')
        if k is not None:
            put(ws, "E%d" % i, k, fmt='#,##0.00')
    put(ws, "C27", "Totaal", bold=True)
    put(ws, "D27", "=SUM(D20:D26)", fmt='#,##0.00', bold=True)
    put(ws, "E27", "=SUM(E20:E26)", fmt='#,##0.00', bold=True)
    data = save_xlsx(wb, {("Projectfiche", "D27"): 12730.4, ("Projectfiche", "E27"): 12730.4},
                     creator="Stad Nieuwpoort", last_by="Wouter", title="Projectfiche")
    t = truth(organisation="Vzw De Polderblomme", contact_name="Wouter Devlieghe",
              email="wouter.devlieghe@example.com", phone="+32495640827", address="Spoorwegstraat 5",
              postcode="8620", municipality="Ramskapelle", country="BE",
              project_title="Overdekte ontmoetingsplek op het dorpsplein",
              requested_amount="9250.00", total_budget="12730.40")
    mail = dict(sender="Wouter Devlieghe <wouter.devlieghe@example.com>",
                subject="projectfiche Polderblomme",
                date=dt(2019, 6, 7, 12, 14),
                body="Dag Jonas,\n\nZoals beloofd onze projectfiche.\n\nMet vriendelijke groet,\nWouter Devlieghe\n"
                     "Vzw De Polderblomme\n")
    return result(attachment=data, filename="Projectfiche Polderblomme.xlsx", truth=t, mail=mail)
