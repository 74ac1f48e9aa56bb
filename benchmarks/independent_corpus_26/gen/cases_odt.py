"""LibreOffice Writer (.odt) application forms: 10 cases, 5 families x (dev, test)."""
from caselib import case, truth, result
from common import dt
from odfxml import (P, H, span, otable, otable_styles, frame, Tracker, text_input, placeholder,
                    odt_package, inline, x)

AUTO = """<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="T3" style:family="text"><style:text-properties fo:color="#666666" fo:font-size="8pt"/></style:style>
<style:style style:name="T4" style:family="text"><style:text-properties fo:color="#1f3864"/></style:style>
<style:style style:name="PCenter" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="PBig" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PDots" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="PDash" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"><style:tab-stops><style:tab-stop style:position="6cm" style:leader-style="dash" style:leader-text="-"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="PTab5" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="5.5cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="PLabel" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.45cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:border="0.5pt solid #808080" fo:background-color="#f7f7f7" fo:padding="0.1cm"/></style:style>
<style:style style:name="fr2" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>"""


def tsty(name, widths, **kw):
    return otable_styles(name, widths, **kw)


def Hc(text, style):
    return {"content": P(span(text, "T1"), style="Table_20_Contents"), "style": style}


# =====================================================================
# O1  tables with merged cells (row and column spans)
# =====================================================================
@case("dev", "nl", "odt", "O1-merged-cell-tables")
def dev_o1():
    Wd = [4.2, 4.6, 3.2, 5.0]
    h = "Form.H"
    S = lambda t, n=4: [dict(content=P(span(t, "T1")), span=n, style=h)] + [None] * (n - 1)
    sp3 = lambda t: [dict(content=t, span=3), None, None]
    rows = [
        S("A. GEGEVENS VAN DE AANVRAGER"),
        ["Naam buurtcomité / vereniging"] + sp3("Buurtcomité Hooiweide Vladslo"),
        ["Adres (straat + nr)"] + sp3("Hooiweideplein 5"),
        ["Postcode", "8600", "Gemeente", "Vladslo"],
        ["Rekeningnummer"] + sp3("BE71 0689 3325 4169"),
        S("B. BESTUUR EN CONTACT"),
        [Hc("Functie", h), Hc("Naam", h), Hc("GSM / tel.", h), Hc("E-mail", h)],
        ["Voorzitter", "Hilde Verbrugghe", "0494 12 73 58", "hilde.verbrugghe@example.org"],
        ["Penningmeester", "Wim Ryckebusch", "051 50 33 91", "wim.ryckebusch@example.net"],
        ["Contactpersoon"] + sp3("idem voorzitter"),
        S("C. HET PROJECT"),
        ["Titel"] + sp3("Samen koken, samen eten: buurtkeuken in zaal De Hooiweide"),
        ["Omschrijving"] + sp3("Eén keer per maand koken buurtbewoners samen met een kok en eten ze samen in de zaal; "
                               "alleenstaanden en nieuwe inwoners worden persoonlijk uitgenodigd."),
        [dict(content="Begroting", rspan=2), "Totale kostprijs", dict(content="8 740,00 €", span=2), None],
        [None, "Gevraagd bedrag provincie", dict(content="6 200,00 €", span=2), None],
    ]
    body = "".join([
        P("Aanvraag werkingstoelage buurtcomités", style="PBig"),
        P(span("Gebruik dit formulier ook voor projectaanvragen. Vul alle vakken in.", "T2")),
        otable("Formulier", Wd, rows, style_prefix="Form"),
        P(""),
        H("Detail begroting", 2),
        P("Kookmateriaal en -toestellen: 3 950,00 €"),
        P("Tafels en stoelen: 2 640,00 €"),
        P("Workshops met een kok: 1 350,00 €"),
        P("Promotie en uitnodigingen: 800,00 €"),
        P(""),
        P("Opgemaakt te Vladslo op 4 juni 2019, Hilde Verbrugghe (voorzitter)"),
    ])
    header = P("Stad Diksmuide – Dienst Samenleven", style="Header")
    footer = P("Stad Diksmuide • Dienst Samenleven • 051 79 30 00 • samenleven.diksmuide@example.net", style="Footer")
    data = odt_package(body, auto_styles=AUTO + tsty("Form", Wd, shade="#c5e0b4"), header=header, footer=footer,
                       title="Aanvraag werkingstoelage", creator="Hilde Verbrugghe")
    t = truth(organisation="Buurtcomité Hooiweide Vladslo", contact_name="Hilde Verbrugghe",
              email="hilde.verbrugghe@example.org", phone="+32494127358", address="Hooiweideplein 5",
              postcode="8600", municipality="Vladslo", country="BE",
              project_title="Samen koken, samen eten: buurtkeuken in zaal De Hooiweide",
              requested_amount="6200.00", total_budget="8740.00")
    mail = dict(sender="Hilde Verbrugghe <hilde.verbrugghe@example.org>",
                subject="aanvraag buurtkeuken Hooiweide",
                date=dt(2019, 6, 4, 20, 9),
                body="Beste,\n\nin bijlage ons formulier.\n\nGroeten,\nHilde\n")
    return result(attachment=data, filename="aanvraag_buurtkeuken_hooiweide.odt", truth=t, mail=mail)


@case("test", "fr", "odt", "O1-merged-cell-tables")
def test_o1():
    W1 = [4.0, 5.0, 8.0]
    rows1 = [
        [dict(content=P(span("IDENTIFICATION", "T1")), rspan=5, style="Id.H"), "Association", "Association Les Veillées du Hameau"],
        [None, "Adresse", "3 cour de la Ferme Blanche"],
        [None, "Code postal", "59670"],
        [None, "Commune", "Winnezeele"],
        [None, "N° RNA", "W595008812"],
    ]
    W2 = [4.0, 4.5, 3.5, 5.0]
    rows2 = [
        [dict(content=P(span("PERSONNES À CONTACTER", "T1"), style="PCenter"), span=4, style="Ct.H"), None, None, None],
        [Hc("Fonction", "Ct.H"), Hc("Nom", "Ct.H"), Hc("Portable", "Ct.H"), Hc("Courriel", "Ct.H")],
        ["Présidente", "Monique Vandeputte", "03 28 42 66 14", "monique.vandeputte@example.com"],
        ["Référent du projet", "Yannick Dewaele", "06 98 41 27 30", "yannick.dewaele@example.net"],
    ]
    W3 = [4.0, 7.0, 6.0]
    rows3 = [
        ["Intitulé du projet", dict(content="Des veillées contées dans les fermes du village", span=2), None],
        [dict(content="Dépenses prévues", rspan=4), "Conteurs et musiciens (6 veillées)", "2 400,00 €"],
        [None, "Sonorisation, éclairage", "1 850,00 €"],
        [None, "Communication, affiches", "970,00 €"],
        [None, "Accueil, collations", "1 900,00 €"],
        [dict(content=P(span("Coût total", "T1")), span=2), None, dict(content=P(span("7 120,00 €", "T1")))],
        [dict(content=P(span("Subvention demandée", "T1")), span=2), None, dict(content=P(span("5 600,00 €", "T1")))],
        [dict(content="Autres ressources", span=2), None, "1 520,00 € (entrées au chapeau, fonds propres)"],
    ]
    body = "".join([
        P("FORMULAIRE TYPE – DEMANDE D'AIDE À UN PROJET", style="PBig"),
        otable("Identification", W1, rows1, style_prefix="Id"),
        P(""),
        otable("Contacts", W2, rows2, style_prefix="Ct"),
        P(""),
        otable("Projet", W3, rows3, style_prefix="Pr"),
        P(""),
        P("Description : six veillées d'hiver dans des fermes du village, avec des conteurs en flamand et en français, "
          "ouvertes à tous et suivies d'une soupe partagée."),
        P("À Winnezeele, le 1er juin 2019"),
    ])
    footer = P("Fédération des foyers ruraux – formulaire type – 03 28 49 92 40 – contact.foyers@example.org", style="Footer")
    data = odt_package(body, auto_styles=AUTO + tsty("Id", W1, shade="#fce4d6") + tsty("Ct", W2, shade="#fce4d6")
                       + tsty("Pr", W3), footer=footer, title="Formulaire type", creator="Yannick",
                       lang="fr", country="FR", font="Liberation Serif", accent="#843c0c")
    t = truth(organisation="Association Les Veillées du Hameau", contact_name="Yannick Dewaele",
              email="yannick.dewaele@example.net", phone="+33698412730", address="3 cour de la Ferme Blanche",
              postcode="59670", municipality="Winnezeele", country="FR",
              project_title="Des veillées contées dans les fermes du village",
              requested_amount="5600.00", total_budget="7120.00")
    mail = dict(sender="Yannick Dewaele <yannick.dewaele@example.net>",
                subject="Partons 2.0 - dossier Les Veillées du Hameau",
                date=dt(2019, 6, 1, 15, 44),
                body="Bonjour,\n\nEn pièce jointe notre dossier de candidature.\n\nCordialement,\nYannick Dewaele\n"
                     "Les Veillées du Hameau\n06 98 41 27 30\n")
    return result(attachment=data, filename="dossier veillees hameau.odt", truth=t, mail=mail)


# =====================================================================
# O2  input fields / user fields after tab leaders
# =====================================================================
@case("dev", "nl", "odt", "O2-fields-tab-leaders")
def dev_o2():
    L = lambda label, val: P(label, "<text:tab/>", text_input(val, label) if val is not None else placeholder(label),
                             style="PDots")
    body = "".join([
        P("Aanvraag ondersteuning schoolproject", style="PBig"),
        P(span("In te vullen door de school of de oudervereniging. Klik op de grijze velden.", "T2")),
        H("Aanvrager", 2),
        L("Naam school / vereniging", "Oudervereniging Vrije Basisschool De Kiem"),
        L("Verantwoordelijke", "Sofie Lannoo (voorzitter oudervereniging)"),
        L("Adres", "Schoolstraat 3"),
        L("Postcode – gemeente", "8980 Passendale"),
        L("Telefoon", "051 77 40 62"),
        L("Fax", None),
        L("E-mail", "sofie.lannoo@example.com"),
        L("Instellingsnummer", None),
        H("Project", 2),
        L("Projecttitel", "Schoolstraat wordt speelstraat: groene speelplaats open voor de buurt"),
        L("Totaal budget", "EUR 7.250"),
        L("Gevraagde ondersteuning", "EUR 5.800"),
        L("Andere financiering", "EUR 1.450 (oudervereniging + schoolbestuur)"),
        P(""),
        P("Korte toelichting: de verharde speelplaats wordt deels onthard en groen ingericht (boompjes, "
          "wilgentunnel, zitstammen). Na schooltijd en in het weekend blijft het hek open voor de kinderen "
          "van de buurt."),
    ])
    header = P("Scholengemeenschap Zonnebeke – secretariaat 051 77 12 30 – secretariaat.sg@example.com", style="Header")
    data = odt_package(body, auto_styles=AUTO, header=header, title="Aanvraag ondersteuning schoolproject",
                       creator="Scholengemeenschap", font="DejaVu Sans")
    t = truth(organisation="Oudervereniging Vrije Basisschool De Kiem", contact_name="Sofie Lannoo",
              email="sofie.lannoo@example.com", phone="+3251774062", address="Schoolstraat 3", postcode="8980",
              municipality="Passendale", country="BE",
              project_title="Schoolstraat wordt speelstraat: groene speelplaats open voor de buurt",
              requested_amount="5800.00", total_budget="7250.00")
    mail = dict(sender="Oudervereniging De Kiem <oudervereniging.dekiem@example.com>",
                subject="Projectoproep - speelplaats De Kiem",
                date=dt(2019, 6, 13, 12, 31),
                body="Beste Jonas,\n\nIn bijlage onze aanvraag voor de groene speelplaats.\nVoor vragen mag je Sofie "
                     "contacteren.\n\nVriendelijke groet,\nSofie Lannoo\nvoorzitter oudervereniging De Kiem\n")
    return result(attachment=data, filename="Aanvraag ondersteuning schoolproject De Kiem.odt", truth=t, mail=mail)


@case("test", "fr", "odt", "O2-fields-tab-leaders")
def test_o2():
    vals = [("nom_structure", "APE de l'école du Petit Bois"), ("responsable", "Laetitia Fournier"),
            ("adresse", "8 rue du Petit Bois"), ("cp", "59470"), ("ville", "Houtkerque"),
            ("tel", "06 20 57 33 81"), ("mail", "laetitia.fournier@example.org"),
            ("titre", "Une cour d'école végétalisée ouverte au quartier le mercredi"),
            ("cout", "6300 €"), ("aide", "4950 €")]
    decls = "<text:user-field-decls>%s</text:user-field-decls>" % "".join(
        '<text:user-field-decl office:value-type="string" office:string-value="%s" text:name="%s"/>' % (x(v), k)
        for k, v in vals)
    V = dict(vals)
    g = lambda k: '<text:user-field-get text:name="%s">%s</text:user-field-get>' % (k, x(V[k]))
    L = lambda label, *c: P(label, "<text:tab/>", *c, style="PDash")
    body = "".join([
        P("CONSEIL D'ÉCOLE – DEMANDE DE SOUTIEN À UN PROJET", style="PBig"),
        P(span("Modèle de document : remplacer les champs par vos informations.", "T2")),
        H("Demandeur", 2),
        L("Structure", g("nom_structure")),
        L("Responsable", g("responsable")),
        L("Adresse", g("adresse")),
        L("Code postal", g("cp")),
        L("Commune", g("ville")),
        L("Téléphone", g("tel")),
        L("Télécopie", placeholder("fax")),
        L("Courriel", g("mail")),
        L("SIRET", placeholder("n° SIRET")),
        H("Projet", 2),
        L("Titre", g("titre")),
        L("Coût total", g("cout")),
        L("Aide demandée", g("aide")),
        P(""),
        P("Contenu : désimperméabiliser une partie de la cour, planter des arbres et créer un coin potager ; la cour "
          "sera ouverte aux enfants du quartier le mercredi après-midi, encadrés par des parents bénévoles."),
    ])
    header = P("Réseau des écoles rurales des Flandres – 03 28 48 70 70 – reseau.ecoles@example.com", style="Header")
    data = odt_package(body, auto_styles=AUTO, header=header, title="Demande de soutien", creator="APE",
                       lang="fr", country="FR", user_decls=decls)
    t = truth(organisation="APE de l'école du Petit Bois", contact_name="Laetitia Fournier",
              email="laetitia.fournier@example.org", phone="+33620573381", address="8 rue du Petit Bois",
              postcode="59470", municipality="Houtkerque", country="FR",
              project_title="Une cour d'école végétalisée ouverte au quartier le mercredi",
              requested_amount="4950.00", total_budget="6300.00")
    mail = dict(sender="APE Petit Bois <ape.petitbois@example.org>",
                subject="Demande de soutien - cour végétalisée",
                date=dt(2019, 6, 12, 13, 5),
                body="Bonjour,\n\nVeuillez trouver ci-joint la demande de l'APE pour notre projet de cour végétalisée.\n\n"
                     "Bien cordialement,\nLaetitia Fournier, présidente de l'APE\n")
    return result(attachment=data, filename="demande_soutien_APE.odt", truth=t, mail=mail)


# =====================================================================
# O3  answers in frames; private person
# =====================================================================
@case("dev", "nl", "odt", "O3-frames-individual")
def dev_o3():
    n = [0]

    def row(label, answer, h=0.7):
        n[0] += 1
        fr = frame(P(span(answer, "T4"), style="Frame_20_contents"), "Kader%d" % n[0], 5.5, -0.1, 11.5, h, z=n[0])
        return P(fr, label, style="PLabel")

    body = "".join([
        P("Natuur in je buurt – aanvraagformulier", style="PBig"),
        P(span("Vul de kaders in. Ook particulieren kunnen een aanvraag indienen.", "T2")),
        row("Naam initiatiefnemer", "Koen Vermeersch"),
        row("Organisatie", "nvt – ik dien in als privépersoon"),
        row("Straat en nummer", "Meerhoekweg 12"),
        row("Postcode en gemeente", "8630 Bulskamp"),
        row("Telefoon", "0479 86 02 35"),
        row("E-mail", "koen.vermeersch@example.net"),
        row("Titel project", "Bloemenweide en bijenhotel langs de kerkwegel"),
        row("Gevraagd bedrag (in euro)", "3250"),
        row("Totale kostprijs (in euro)", "3980"),
        P("Beschrijving", style="PLabel"),
        P("Langs de kerkwegel ligt een strook gemeentegrond van 600 m². Samen met de buren zaaien we een "
          "bloemenweide in, plaatsen we een bijenhotel en twee zitbanken en houden we een jaarlijkse maaidag."),
    ])
    header = P("Stad Veurne – Milieudienst – 058 33 55 40 – milieu.veurne@example.org", style="Header")
    data = odt_package(body, auto_styles=AUTO, header=header, title="Natuur in je buurt", creator="Koen",
                       font="Liberation Sans")
    t = truth(organisation=None, contact_name="Koen Vermeersch", email="koen.vermeersch@example.net",
              phone="+32479860235", address="Meerhoekweg 12", postcode="8630", municipality="Bulskamp", country="BE",
              project_title="Bloemenweide en bijenhotel langs de kerkwegel", requested_amount="3250.00",
              total_budget="3980.00")
    mail = dict(sender="Koen Vermeersch <koen.vermeersch@example.net>",
                subject="Bloemenweide Bulskamp",
                date=dt(2019, 5, 29, 19, 48),
                body="Goedenavond,\n\nHierbij mijn aanvraag. Ik gebruikte het formulier van de milieudienst.\n\n"
                     "Groeten,\nKoen Vermeersch\n")
    return result(attachment=data, filename="Natuur_in_je_buurt_Vermeersch.odt", truth=t, mail=mail)


@case("test", "fr", "odt", "O3-frames-individual")
def test_o3():
    # page-anchored frames written at the start of the body; labels are plain paragraphs further on
    items = [("Porteur/porteuse", "Claire Vanbremeersch"), ("Association", "— (habitante)"),
             ("Adresse", "2 chemin de la Becque"), ("CP – Commune", "59270 Flêtre"),
             ("Téléphone", "03 28 40 18 52"), ("Courriel", "claire.vanbremeersch@example.com"),
             ("Titre du projet", "Une grainothèque et des bacs potagers devant la mairie"),
             ("Coût total", "3 450 €"), ("Aide demandée", "2 800 €")]
    frames = []
    labels = []
    y0 = 3.12
    for i, (lab, ans) in enumerate(items):
        y = y0 + i * 1.045
        frames.append('<draw:frame draw:style-name="fr2" draw:name="Cadre%d" text:anchor-type="page" '
                      'text:anchor-page-number="1" svg:x="7.2cm" svg:y="%.2fcm" svg:width="11.6cm" draw:z-index="%d">'
                      '<draw:text-box fo:min-height="0.6cm">%s</draw:text-box></draw:frame>'
                      % (i + 1, y, i, P(ans, style="Frame_20_contents")))
        labels.append(P(lab, style="PLabel"))
    body = "".join(frames) + "".join([
        P("Fiche candidature – projet d'habitant", style="PBig"),
        P(span("Inscrivez vos réponses dans les cadres à droite.", "T2")),
    ] + labels + [
        P(""),
        P("Mon idée : installer devant la mairie une grainothèque (échange libre de graines) et trois grands bacs "
          "potagers entretenus par les habitants, avec deux ateliers de semis par an à la médiathèque."),
        P("Le 9 juin 2019"),
    ])
    data = odt_package(body, auto_styles=AUTO, title="Fiche candidature", creator="Claire V.", lang="fr",
                       country="FR")
    t = truth(organisation=None, contact_name="Claire Vanbremeersch", email="claire.vanbremeersch@example.com",
              phone="+33328401852", address="2 chemin de la Becque", postcode="59270", municipality="Flêtre",
              country="FR", project_title="Une grainothèque et des bacs potagers devant la mairie",
              requested_amount="2800.00", total_budget="3450.00")
    mail = dict(sender="Claire Vanbremeersch <claire.vanbremeersch@example.com>",
                subject="ma candidature grainothèque",
                date=dt(2019, 6, 9, 21, 33),
                body="Bonsoir,\n\nje vous envoie ma fiche de candidature pour la grainothèque.\n\nBien à vous,\nClaire\n")
    return result(attachment=data, filename="fiche candidature grainothèque.odt", truth=t, mail=mail)


# =====================================================================
# O4  tracked changes (text:tracked-changes): amount and e-mail corrected
# =====================================================================
@case("dev", "fr", "odt", "O4-tracked-changes")
def dev_o4():
    tr = Tracker()
    A, D = "Sandrine Vanhee", "2019-06-10T21:12:43"
    L = lambda label, *c: P(span(label, "T1"), "<text:tab/>", *c, style="PTab5")
    body = "".join([
        P("Dossier de candidature – Appel à projets", style="PBig"),
        H("1. Le porteur de projet", 2),
        L("Nom :", "Collectif Bouge ton Bourg"),
        L("Forme :", "collectif d'habitants (association en cours de création)"),
        L("Responsable :", "Sandrine Vanhee"),
        L("Adresse :", "12 rue du Calvaire"),
        L("", "59470 Esquelbecq"),
        L("Portable :", "06 12 58 77 31"),
        L("Courriel :", tr.dele("sandrine.vanhee@example.net", A, D), tr.ins("s.vanhee@example.org", A, D)),
        H("2. Le projet", 2),
        L("Titre :", "Marché de producteurs locaux sur la place"),
        P("Un marché mensuel de producteurs locaux, le vendredi soir, avec une buvette tenue par les associations "
          "du village." + "", tr.ins(" Les enfants de l'école tiendront un stand de plants.", A, D)),
        H("3. Budget", 2),
        P("Barnums et stands : 3 900 €"),
        P("Signalétique : 1 240 €"),
        P("Animation musicale : 2 300 €"),
        P("Communication : 1 200 €"),
        P("Électricité, raccordements : 1 000 €"),
        P(span("Coût total du projet : 9 640 €", "T1")),
        P(span("Montant sollicité : ", "T1"), tr.dele("7 800 €", A, D), tr.ins("7 250 €", A, D)),
        P("Autofinancement : ", tr.dele("1 840 €", A, D), tr.ins("2 390 €", A, D)),
    ])
    data = odt_package(body, auto_styles=AUTO, tracker=tr, title="Dossier de candidature", creator=A,
                       lang="fr", country="FR")
    t = truth(organisation="Collectif Bouge ton Bourg", contact_name="Sandrine Vanhee", email="s.vanhee@example.org",
              phone="+33612587731", address="12 rue du Calvaire", postcode="59470", municipality="Esquelbecq",
              country="FR", project_title="Marché de producteurs locaux sur la place",
              requested_amount="7250.00", total_budget="9640.00")
    mail = dict(sender="Sandrine Vanhee <s.vanhee@example.org>",
                subject="Dossier Bouge ton Bourg",
                date=dt(2019, 6, 10, 21, 30),
                body="Bonsoir Monsieur Polin,\n\nvoici notre dossier (version corrigée).\n\nSandrine\n")
    return result(attachment=data, filename="Dossier_BougeTonBourg_v2.odt", truth=t, mail=mail,
                  checks={"absent_accepted": ["7 800 €", "sandrine.vanhee@example.net"]})


@case("test", "nl", "odt", "O4-tracked-changes")
def test_o4():
    tr = Tracker()
    A, D = "Stijn Lermytte", "2019-06-14T07:55:10"
    W = [6.0, 11.0]
    rows = [
        ["Naam vereniging", "Vriendenkring De IJzerbocht"],
        ["Contactpersoon", "Stijn Lermytte"],
        ["Adres", "Oude Vaartstraat 8"],
        ["Postcode + gemeente", "8647 Pollinkhove"],
        ["GSM", "0478 52 90 36"],
        ["E-mail", P(tr.dele("stijn.lermytte@example.com", A, D), tr.ins("lermytte.stijn@example.net", A, D),
                     style="Table_20_Contents")],
        ["Project", "Een ontmoetingsplek met petanquebanen aan de oude vaart"],
        ["Totale kost", "9.870 euro"],
        ["Gevraagd bedrag", P(tr.dele("8.000 euro", A, D), tr.ins("7.600 euro", A, D), style="Table_20_Contents")],
    ]
    body = "".join([
        P("Aanvraag cultuur- en buurtprojecten", style="PBig"),
        otable("Gegevens", W, rows, style_prefix="G"),
        P(""),
        H("Begroting", 2),
        P("4 petanquebanen (aanleg, kader, zand): 4.350 euro"),
        P("Banken en picknicktafels: 2.620 euro"),
        P("Verlichting op zonne-energie: 1.900 euro"),
        P("Openingstornooi en communicatie: 1.000 euro"),
        P("Eigen inbreng vriendenkring: ", tr.dele("1.870 euro", A, D), tr.ins("2.270 euro", A, D)),
    ])
    header = P("Gemeente Lo-Reninge – cultuurdienst – 058 28 80 20 – cultuur.loreninge@example.net", style="Header")
    data = odt_package(body, auto_styles=AUTO + tsty("G", W, shade="#ddebf7"), header=header, tracker=tr,
                       title="Aanvraag cultuur- en buurtprojecten", creator="cultuurdienst")
    t = truth(organisation="Vriendenkring De IJzerbocht", contact_name="Stijn Lermytte",
              email="lermytte.stijn@example.net", phone="+32478529036", address="Oude Vaartstraat 8",
              postcode="8647", municipality="Pollinkhove", country="BE",
              project_title="Een ontmoetingsplek met petanquebanen aan de oude vaart",
              requested_amount="7600.00", total_budget="9870.00")
    mail = dict(sender="Stijn Lermytte <lermytte.stijn@example.net>",
                subject="Aanvraag Maak werk van je buurt - IJzerbocht",
                date=dt(2019, 6, 14, 8, 2),
                body="Hallo Jonas,\n\nIn bijlage onze aanvraag. Ik heb het bedrag nog wat naar beneden "
                     "bijgesteld en mijn nieuw mailadres ingevuld.\n\nMvg\nStijn\n")
    return result(attachment=data, filename="aanvraag IJzerbocht.odt", truth=t, mail=mail,
                  checks={"absent_accepted": ["8.000 euro", "stijn.lermytte@example.com"]})


# =====================================================================
# O5  labels and answers in one paragraph after a colon; several people, no contact named; no total
# =====================================================================
@case("dev", "fr", "odt", "O5-colon-paragraphs-no-total")
def dev_o5():
    C = lambda label, val: P(span(label + " : ", "T1"), val)
    body = "".join([
        P("Comité départemental de randonnée pédestre", style="PCenter"),
        P("Demande d'aide – projets des clubs", style="PBig"),
        C("Nom du club / de l'association", "Les Marcheurs du Mont"),
        C("N° d'affiliation", "05932"),
        C("Siège", "5 rue de la Bergère, 59670 Cassel"),
        C("Président", "Gérard Hennebelle – tél. 03 28 40 71 66"),
        C("Secrétaire", "Isabelle Bollaert – 06 45 90 21 37 – isabelle.bollaert@example.com"),
        C("Trésorier", "Patrick Vandevoorde – 03 28 40 55 09"),
        C("Nombre de licenciés", "64"),
        C("Objet de la demande", "Un circuit de promenade accessible à tous autour du Mont"),
        C("Description", "baliser une boucle de 4 km praticable en poussette et en fauteuil, installer six bancs "
                         "et deux panneaux d'interprétation, et organiser des sorties accompagnées pour les "
                         "personnes âgées de la commune."),
        C("Montant demandé", "3 500 euros (trois mille cinq cents euros)"),
        C("Plan de financement", "le club prendra en charge le complément sur ses fonds propres."),
        P(""),
        P(span("Rappel : les projets sont soutenus à hauteur de 10 000 € maximum.", "T3")),
    ])
    footer = P("Comité départemental de randonnée – 03 20 44 10 10 – comite.rando@example.org", style="Footer")
    data = odt_package(body, auto_styles=AUTO, footer=footer, title="Demande d'aide", creator="CDRP",
                       lang="fr", country="FR", font="Liberation Sans Narrow")
    t = truth(organisation="Les Marcheurs du Mont", contact_name="Isabelle Bollaert",
              email="isabelle.bollaert@example.com", phone="+33645902137", address="5 rue de la Bergère",
              postcode="59670", municipality="Cassel", country="FR",
              project_title="Un circuit de promenade accessible à tous autour du Mont",
              requested_amount="3500.00", total_budget=None)
    mail = dict(sender="Isabelle Bollaert <isabelle.bollaert@example.com>",
                subject="Demande Les Marcheurs du Mont",
                date=dt(2019, 6, 5, 9, 12),
                body="Bonjour,\n\nJe vous transmets la demande de notre club pour le circuit accessible.\n"
                     "Je reste votre interlocutrice pour ce dossier.\n\nCordialement,\nIsabelle Bollaert\n"
                     "Secrétaire des Marcheurs du Mont\n")
    return result(attachment=data, filename="demande aide club - Marcheurs du Mont.odt", truth=t, mail=mail)


@case("test", "nl", "odt", "O5-colon-paragraphs-no-total")
def test_o5():
    C = lambda label, val: P(label + ": " + val)
    body = "".join([
        P("Sportfederatie Recreatief Fietsen West", style="PCenter"),
        P("Aanvraag clubproject 2019", style="PBig"),
        C("Naam club", "Wielerclub De Merkemse Trappers"),
        C("Aansluitingsnummer", "RFW-0417"),
        C("Zetel", "Kloosterhoekstraat 17, 8650 Merkem"),
        C("Voorzitter", "Filip Vanthuyne, tel. 051 54 12 73"),
        C("Secretaris", "Katrien Dewitte, gsm 0497 33 61 08, katrien.dewitte@example.org"),
        C("Penningmeester", "Johan Verstraete, 051 54 60 21"),
        C("Projecttitel", "Veilige fietsroute en fietsherstelpunt voor de dorpskern"),
        C("Wat willen jullie doen", "een veilige fietsroute voor schoolgaande kinderen uittekenen met de buurt, "
                                    "een zelfherstelpunt voor fietsen plaatsen aan de kerk en vier fietslessen "
                                    "voor senioren organiseren"),
        C("Gevraagd bedrag", "2.950 euro (tweeduizend negenhonderdvijftig euro)"),
        C("Eigen inbreng", "de club draagt de rest van de kosten"),
        P(""),
        P(span("De federatie komt tussen voor maximaal 1.500 euro per club; andere subsidies mogen gecombineerd worden.", "T3")),
    ])
    footer = P("Sportfederatie Recreatief Fietsen West – 056 22 41 00 – info.rfw@example.com", style="Footer")
    data = odt_package(body, auto_styles=AUTO, footer=footer, title="Aanvraag clubproject", creator="RFW")
    t = truth(organisation="Wielerclub De Merkemse Trappers", contact_name="Katrien Dewitte",
              email="katrien.dewitte@example.org", phone="+32497336108", address="Kloosterhoekstraat 17",
              postcode="8650", municipality="Merkem", country="BE",
              project_title="Veilige fietsroute en fietsherstelpunt voor de dorpskern",
              requested_amount="2950.00", total_budget=None)
    mail = dict(sender="Katrien Dewitte <katrien.dewitte@example.org>",
                subject="aanvraag wielerclub",
                date=dt(2019, 6, 15, 10, 40),
                body="Dag Jonas,\n\nHierbij onze aanvraag. We hebben het formulier van de federatie gebruikt.\n"
                     "Je mag mij contacteren voor meer info.\n\nGroetjes,\nKatrien Dewitte\nsecretaris\n")
    return result(attachment=data, filename="aanvraag_clubproject_trappers.odt", truth=t, mail=mail)
