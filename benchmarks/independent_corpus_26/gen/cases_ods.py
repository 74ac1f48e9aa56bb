"""LibreOffice Calc (.ods) application forms: 6 cases, 3 families x (dev, test)."""
from caselib import case, truth, result
from common import dt
from odfxml import scell, covered, srow, sheet, ods_package


def colstyles(widths):
    return "".join('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties '
                   'fo:break-before="auto" style:column-width="%.2fcm"/></style:style>' % (i, w)
                   for i, w in enumerate(widths))


def cols(n):
    return ["co%d" % i for i in range(n)]


def base_styles(lang, country, cur_before=True, accent="#dae3f3"):
    sym = '<number:currency-symbol number:language="%s" number:country="%s">€</number:currency-symbol>' % (lang, country)
    num = ('<number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" '
           'number:grouping="true"/>')
    body = (sym + "<number:text> </number:text>" + num) if cur_before else (num + "<number:text> </number:text>" + sym)
    return (
        '<number:currency-style style:name="NEUR" number:language="%s" number:country="%s">%s</number:currency-style>' % (lang, country, body) +
        '<number:number-style style:name="NINT"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>'
        '<style:style style:name="ceCur" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NEUR"/>'
        '<style:style style:name="ceCurB" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NEUR">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ceInt" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NINT">'
        '<style:paragraph-properties fo:text-align="start"/></style:style>'
        '<style:style style:name="ceB" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ceT" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ceI" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-style="italic" fo:font-size="9pt" fo:color="#7f7f7f"/></style:style>'
        '<style:style style:name="ceH" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="%s" fo:border="0.06pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ceBox" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.06pt solid #000000" fo:wrap-option="wrap"/></style:style>'
        % accent)


# =====================================================================
# S1  "Fiche" sheet with merged answer cells, currency cells, SUM total with cached value
# =====================================================================
@case("dev", "nl", "ods", "S1-fiche-merged-currency")
def dev_s1():
    L = lambda label, val, **kw: srow(scell(label, style="ceB"), scell(val, span=3, style="ceBox", **kw), covered(2))
    fiche = [
        srow(scell("Subsidiefiche buurtinitiatief", style="ceT", span=4), covered(3)),
        srow(scell("Stad Ieper – dienst Wijkwerking – 057 45 18 00 – wijkwerking.ieper@example.org", style="ceI", span=4), covered(3)),
        srow(),
        L("Naam vereniging", "Vzw 't Vijverhuisje"),
        L("Contactpersoon", "Greet Vanlerberghe"),
        L("Adres", "Reigersweg 2"),
        srow(scell("Postcode", style="ceB"), scell(8900, kind="float", text="8900", style="ceInt"),
             scell("Gemeente", style="ceB"), scell("Dikkebus", style="ceBox")),
        L("GSM", "0496 70 31 24"),
        L("E-mail", "greet.vanlerberghe@example.net"),
        srow(),
        L("Projecttitel", "Vijverterras: een buurtterras met speelhoek"),
        srow(),
        srow(scell("Gevraagde steun provincie", style="ceB"),
             scell(8000, kind="currency", text="€ 8.000,00", style="ceCur"), scell(None), scell(None)),
        srow(scell("Totale kostprijs", style="ceB"),
             scell(10420, kind="currency", text="€ 10.420,00", style="ceCur", formula="of:=[$Begroting.C7]"),
             scell(None), scell(None)),
    ]
    beg = [
        srow(scell("Uitgaven", style="ceH"), scell(None, style="ceH"), scell("Bedrag", style="ceH")),
        srow(scell("Terrasvloer (hout, fundering)"), scell(None), scell(4280, kind="currency", text="€ 4.280,00", style="ceCur")),
        srow(scell("Meubilair (tafels, parasols)"), scell(None), scell(2950, kind="currency", text="€ 2.950,00", style="ceCur")),
        srow(scell("Speelhoek"), scell(None), scell(2190, kind="currency", text="€ 2.190,00", style="ceCur")),
        srow(scell("Opening met de buurt"), scell(None), scell(1000, kind="currency", text="€ 1.000,00", style="ceCur")),
        srow(),
        srow(scell("Totaal", style="ceB"), scell(None),
             scell(10420, kind="currency", text="€ 10.420,00", style="ceCurB", formula="of:=SUM([.C2:.C6])")),
    ]
    xml = sheet("Fiche", cols(4), fiche) + sheet("Begroting", cols(3), beg)
    data = ods_package(xml, auto_styles=colstyles([5.2, 3.5, 2.6, 6.5]) + base_styles("nl", "BE"),
                       title="Subsidiefiche", creator="Greet", lang="nl", country="BE")
    t = truth(organisation="Vzw 't Vijverhuisje", contact_name="Greet Vanlerberghe",
              email="greet.vanlerberghe@example.net", phone="+32496703124", address="Reigersweg 2",
              postcode="8900", municipality="Dikkebus", country="BE",
              project_title="Vijverterras: een buurtterras met speelhoek",
              requested_amount="8000.00", total_budget="10420.00")
    mail = dict(sender="Greet Vanlerberghe <greet.vanlerberghe@example.net>",
                subject="Aanvraag 't Vijverhuisje",
                date=dt(2019, 6, 6, 13, 18),
                body="Beste Jonas,\n\nIn bijlage onze subsidiefiche in rekenblad (LibreOffice).\n\nGroetjes,\nGreet\n")
    return result(attachment=data, filename="subsidiefiche_vijverhuisje.ods", truth=t, mail=mail)


@case("test", "fr", "ods", "S1-fiche-merged-currency")
def test_s1():
    L = lambda label, val, **kw: srow(scell(label, style="ceB", span=2), covered(1),
                                      scell(val, span=4, style="ceBox", **kw), covered(3))
    rows = [
        srow(scell("FICHE PROJET", style="ceT", span=6), covered(5)),
        srow(),
        L("Porteur de projet", "Association Le Pré Commun"),
        L("Interlocutrice", "Nadège Vanhille"),
        L("Adresse", "19 rue des Aulnes"),
        srow(scell("Code postal", style="ceB", span=2), covered(1), scell(59470, kind="float", text="59470", style="ceInt"),
             scell("Ville", style="ceB"), scell("Bollezeele", span=2, style="ceBox"), covered(1)),
        L("Portable", "06 58 24 71 03"),
        L("Courriel", "nadege.vanhille@example.org"),
        L("Intitulé", "Un verger partagé et des ateliers de taille"),
        srow(),
        srow(scell("Dépenses prévues", style="ceH", span=4), covered(3), scell("Montant", style="ceH", span=2), covered(1)),
    ]
    exp = [("Plants fruitiers (30 hautes tiges)", 3600), ("Outils, tuteurs, protections", 1415),
           ("Ateliers de taille et de greffe", 2300), ("Fête de la pomme", 2000)]
    for a, v in exp:
        rows.append(srow(scell(a, span=4), covered(3),
                         scell(v, kind="currency", text="%s €" % format(v, ",.2f").replace(",", " ").replace(".", ","),
                               style="ceCur", span=2), covered(1)))
    rows += [
        srow(scell("Coût total du projet", style="ceB", span=4), covered(3),
             scell(9315, kind="currency", text="9 315,00 €", style="ceCurB", formula="of:=SUM([.E12:.E15])", span=2), covered(1)),
        srow(scell("Aide sollicitée", style="ceB", span=4), covered(3),
             scell(7400, kind="currency", text="7 400,00 €", style="ceCurB", span=2), covered(1)),
    ]
    xml = sheet("Fiche projet", cols(6), rows)
    data = ods_package(xml, auto_styles=colstyles([3, 3, 3, 3, 3, 3]) + base_styles("fr", "FR", cur_before=False),
                       title="Fiche projet", creator="Nadège")
    t = truth(organisation="Association Le Pré Commun", contact_name="Nadège Vanhille",
              email="nadege.vanhille@example.org", phone="+33658247103", address="19 rue des Aulnes",
              postcode="59470", municipality="Bollezeele", country="FR",
              project_title="Un verger partagé et des ateliers de taille",
              requested_amount="7400.00", total_budget="9315.00")
    mail = dict(sender="Nadège Vanhille <nadege.vanhille@example.org>",
                subject="Fiche projet - Le Pré Commun",
                date=dt(2019, 6, 13, 16, 37),
                body="Bonjour,\n\nci-joint notre fiche projet (format LibreOffice).\n\nBien cordialement,\nNadège\n")
    return result(attachment=data, filename="fiche_projet_pre_commun.ods", truth=t, mail=mail)


# =====================================================================
# S2  answer on the row under the question; request only as income line; hidden notice sheet
# =====================================================================
@case("dev", "fr", "ods", "S2-answer-below-income-line-hidden")
def dev_s2():
    qa = [("Nom de l'association :", "Club Loisirs et Rencontres"),
          ("Responsable du dossier :", "Véronique Deldicque"),
          ("Adresse :", "22 rue des Dunes"),
          ("Code postal :", 59254),
          ("Commune :", "Ghyvelde"),
          ("Téléphone :", "03 28 26 47 81"),
          ("Courriel :", "veronique.deldicque@example.org"),
          ("Intitulé du projet :", "Un café-rencontre mensuel pour les aînés isolés"),
          ("Objectifs :", "rompre l'isolement des personnes âgées du village grâce à un après-midi convivial par "
                          "mois, avec un transport solidaire assuré par des bénévoles.")]
    rows = [srow(scell("DOSSIER DE CANDIDATURE", style="ceT")), srow()]
    for q, a in qa:
        rows.append(srow(scell(q, style="ceB")))
        if isinstance(a, int):
            rows.append(srow(scell(a, kind="float", text=str(a), style="ceInt")))
        else:
            rows.append(srow(scell(a, style="ceBox")))
    bud = [
        srow(scell("Dépenses", style="ceH"), scell("€", style="ceH")),
        srow(scell("Location de salle (12 séances)"), scell(960, kind="currency", text="960,00 €", style="ceCur")),
        srow(scell("Goûters"), scell(1440, kind="currency", text="1 440,00 €", style="ceCur")),
        srow(scell("Transport solidaire (frais km bénévoles)"), scell(1920, kind="currency", text="1 920,00 €", style="ceCur")),
        srow(scell("Animations"), scell(800, kind="currency", text="800,00 €", style="ceCur")),
        srow(scell("Total dépenses", style="ceB"),
             scell(5120, kind="currency", text="5 120,00 €", style="ceCurB", formula="of:=SUM([.B2:.B5])")),
        srow(),
        srow(scell("Recettes", style="ceH"), scell("€", style="ceH")),
        srow(scell("Subvention sollicitée (Maak werk van je buurt)"), scell(4300, kind="currency", text="4 300,00 €", style="ceCur")),
        srow(scell("Participation des adhérents"), scell(820, kind="currency", text="820,00 €", style="ceCur")),
        srow(scell("Total recettes", style="ceB"),
             scell(5120, kind="currency", text="5 120,00 €", style="ceCurB", formula="of:=SUM([.B9:.B10])")),
    ]
    notice = [srow(scell("Notice – à lire avant de remplir")),
              srow(scell("Le soutien financier est de 10 000 € maximum par projet.")),
              srow(scell("100 000 € sont répartis entre 10 initiatives locales.")),
              srow(scell("Les réponses se saisissent sous chaque question."))]
    xml = (sheet("Candidature", cols(1), rows) + sheet("Budget", cols(2), bud)
           + sheet("Notice", cols(1), notice, hidden=True))
    data = ods_package(xml, auto_styles=colstyles([14.0, 3.5]) + base_styles("fr", "FR", cur_before=False),
                       title="Dossier de candidature", creator="V. Deldicque")
    t = truth(organisation="Club Loisirs et Rencontres", contact_name="Véronique Deldicque",
              email="veronique.deldicque@example.org", phone="+33328264781", address="22 rue des Dunes",
              postcode="59254", municipality="Ghyvelde", country="FR",
              project_title="Un café-rencontre mensuel pour les aînés isolés",
              requested_amount="4300.00", total_budget="5120.00")
    mail = dict(sender="Véronique Deldicque <veronique.deldicque@example.org>",
                subject="Candidature café-rencontre",
                date=dt(2019, 6, 12, 15, 51),
                body="Bonjour,\n\nVoici notre dossier de candidature pour le café-rencontre des aînés.\n\n"
                     "Cordialement,\nVéronique Deldicque\nClub Loisirs et Rencontres\n")
    return result(attachment=data, filename="Dossier candidature Club Loisirs.ods", truth=t, mail=mail)


@case("test", "nl", "ods", "S2-answer-below-income-line-hidden")
def test_s2():
    qa = [("Naam van de groep of vereniging", "Feestcomité De Kleine Kouter"),
          ("Wie is de contactpersoon?", "Jelle Vandewalle"),
          ("Adres contactpersoon", "Kouterstraat 9"),
          ("Postcode en gemeente", "8920 Bikschote"),
          ("Telefoon", "057 42 18 66"),
          ("E-mail", "jelle.vandewalle@example.net"),
          ("Titel van je project", "Buurtfeest en wandelknooppunt in het dorp")]
    rows = [srow(scell(None), scell("Aanvraag – Maak werk van je buurt", style="ceT")), srow()]
    for n, (q, a) in enumerate(qa, start=1):
        rows.append(srow(scell("%d" % n, style="ceB"), scell(q, style="ceB")))
        rows.append(srow(scell(None), scell(a, style="ceBox")))
        rows.append(srow())
    bud = [
        srow(scell("UITGAVEN", style="ceH"), scell(None, style="ceH")),
        srow(scell("Wandelbordjes en knooppuntpaal"), scell(1340, kind="currency", text="€ 1.340,00", style="ceCur")),
        srow(scell("Buurtfeest (tent, muziek, eten)"), scell(1875, kind="currency", text="€ 1.875,00", style="ceCur")),
        srow(scell("Rustbank"), scell(700, kind="currency", text="€ 700,00", style="ceCur")),
        srow(scell("Drukwerk wandelkaart"), scell(500, kind="currency", text="€ 500,00", style="ceCur")),
        srow(scell("Totaal uitgaven", style="ceB"),
             scell(4415, kind="currency", text="€ 4.415,00", style="ceCurB", formula="of:=SUM([.B2:.B5])")),
        srow(),
        srow(scell("INKOMSTEN", style="ceH"), scell(None, style="ceH")),
        srow(scell("Bijdrage provincie (Maak werk van je buurt)"), scell(3700, kind="currency", text="€ 3.700,00", style="ceCur")),
        srow(scell("Opbrengst buurtfeest"), scell(715, kind="currency", text="€ 715,00", style="ceCur")),
        srow(scell("Totaal inkomsten", style="ceB"),
             scell(4415, kind="currency", text="€ 4.415,00", style="ceCurB", formula="of:=SUM([.B9:.B10])")),
    ]
    tl = [srow(scell("Toelichting")),
          srow(scell("Maximaal 10.000 euro per project, 100.000 euro in totaal.")),
          srow(scell("Antwoord telkens op de lijn onder de vraag."))]
    xml = (sheet("Toelichting", cols(1), tl, hidden=True) + sheet("Aanvraag", ["co0", "co1"], rows)
           + sheet("Begroting", ["co2", "co3"], bud))
    data = ods_package(xml, auto_styles=colstyles([0.8, 13.0, 8.0, 3.5]) + base_styles("nl", "BE"),
                       title="Aanvraag", creator="Jelle", lang="nl", country="BE")
    t = truth(organisation="Feestcomité De Kleine Kouter", contact_name="Jelle Vandewalle",
              email="jelle.vandewalle@example.net", phone="+3257421866", address="Kouterstraat 9",
              postcode="8920", municipality="Bikschote", country="BE",
              project_title="Buurtfeest en wandelknooppunt in het dorp",
              requested_amount="3700.00", total_budget="4415.00")
    mail = dict(sender="Jelle Vandewalle <jelle.vandewalle@example.net>",
                subject="Aanvraag Kleine Kouter",
                date=dt(2019, 6, 9, 18, 44),
                body="Hallo,\n\nIn bijlage onze aanvraag, met de begroting op het tweede tabblad.\n\nGroeten,\nJelle\n")
    return result(attachment=data, filename="aanvraag_kleine_kouter.ods", truth=t, mail=mail)


# =====================================================================
# S3  horizontal people table; amounts typed as text; no total budget
# =====================================================================
@case("dev", "fr", "ods", "S3-people-table-text-amount-no-total")
def dev_s3():
    rows = [
        srow(scell("Demande d'aide – fiche de synthèse", style="ceT", span=4), covered(3)),
        srow(),
        srow(scell("Porteur du projet", style="ceB"), scell("Les Amis de la Chapelle Sainte-Anne", span=3), covered(2)),
        srow(scell("Adresse", style="ceB"), scell("6 rue de la Chapelle", span=3), covered(2)),
        srow(scell("Code postal", style="ceB"), scell("59285"), scell("Commune", style="ceB"), scell("Arnèke")),
        srow(),
        srow(scell("Fonction", style="ceH"), scell("Nom", style="ceH"), scell("Tél.", style="ceH"), scell("Mail", style="ceH")),
        srow(scell("Président", style="ceBox"), scell("Bruno Vanacker", style="ceBox"), scell("03 28 48 51 07", style="ceBox"),
             scell("bruno.vanacker@example.com", style="ceBox")),
        srow(scell("Secrétaire", style="ceBox"), scell("Josiane Ducrocq", style="ceBox"), scell("06 11 47 85 20", style="ceBox"),
             scell(None, style="ceBox")),
        srow(scell("Contact dossier", style="ceBox"), scell("Hervé Vanpeperstraete", style="ceBox"),
             scell("06 29 73 05 84", style="ceBox"), scell("herve.vpp@example.net", style="ceBox")),
        srow(),
        srow(scell("Projet", style="ceB"), scell("Restauration participative de la chapelle et fête du quartier", span=3), covered(2)),
        srow(scell("Montant demandé", style="ceB"), scell("6 000,00 €")),
        srow(scell("Financement", style="ceB"), scell("le reste par nos fonds propres et des chantiers bénévoles", span=3), covered(2)),
    ]
    xml = sheet("Synthèse", cols(4), rows)
    data = ods_package(xml, auto_styles=colstyles([4.2, 5.2, 3.4, 5.5]) + base_styles("fr", "FR", cur_before=False),
                       title="Fiche de synthèse", creator="Hervé")
    t = truth(organisation="Les Amis de la Chapelle Sainte-Anne", contact_name="Hervé Vanpeperstraete",
              email="herve.vpp@example.net", phone="+33629730584", address="6 rue de la Chapelle", postcode="59285",
              municipality="Arnèke", country="FR",
              project_title="Restauration participative de la chapelle et fête du quartier",
              requested_amount="6000.00", total_budget=None)
    mail = dict(sender="Hervé Vanpeperstraete <herve.vpp@example.net>",
                subject="Demande d'aide - Chapelle Sainte-Anne",
                date=dt(2019, 6, 10, 10, 26),
                body="Bonjour Monsieur Polin,\n\nComme convenu par téléphone, voici notre fiche.\n\n"
                     "Salutations,\nHervé Vanpeperstraete\n")
    return result(attachment=data, filename="fiche synthese chapelle.ods", truth=t, mail=mail)


@case("test", "nl", "ods", "S3-people-table-text-amount-no-total")
def test_s3():
    H = lambda *t: srow(*[scell(x, style="ceH") for x in t])
    B = lambda *t: srow(*[scell(x or None, style="ceBox") for x in t])
    rows = [
        srow(scell("Projectaanvraag buurtvereniging", style="ceT", span=4), covered(3)),
        srow(),
        H("Naam vereniging", "Adres", "Postcode", "Gemeente"),
        B("Buurtvereniging De Linde", "Lindeplein 3", "8680", "Bovekerke"),
        srow(),
        H("Functie", "Naam", "Tel", "Mail"),
        B("Voorzitter", "Marc Coene", "051 74 20 38", ""),
        B("Secretaris", "Ann Vlaeminck", "0473 80 21 55", "ann.vlaeminck@example.org"),
        B("Contact dossier", "Mieke Vandenberghe", "0475 18 63 42", "mieke.vandenberghe@example.com"),
        srow(),
        srow(scell("Project", style="ceB"), scell("Speeltuigen en zitbanken rond de dorpslinde", span=3), covered(2)),
        srow(scell("Gevraagd bedrag", style="ceB"), scell("€ 4.300,-")),
        srow(scell("Opmerking", style="ceB"), scell("de rest betalen we met de opbrengst van ons jaarlijks eetfestijn", span=3), covered(2)),
    ]
    xml = sheet("Blad1", cols(4), rows)
    data = ods_package(xml, auto_styles=colstyles([5.0, 5.0, 3.2, 5.6]) + base_styles("nl", "BE"),
                       title="Projectaanvraag", creator="Mieke", lang="nl", country="BE")
    t = truth(organisation="Buurtvereniging De Linde", contact_name="Mieke Vandenberghe",
              email="mieke.vandenberghe@example.com", phone="+32475186342", address="Lindeplein 3", postcode="8680",
              municipality="Bovekerke", country="BE", project_title="Speeltuigen en zitbanken rond de dorpslinde",
              requested_amount="4300.00", total_budget=None)
    mail = dict(sender="Mieke Vandenberghe <mieke.vandenberghe@example.com>",
                subject="projectaanvraag De Linde",
                date=dt(2019, 6, 1, 9, 3),
                body="Beste,\n\nin bijlage ons formulier.\n\nGroeten,\nMieke\n")
    return result(attachment=data, filename="projectaanvraag De Linde.ods", truth=t, mail=mail)
