"""Corpus 39, TEST half: 20 applications on forms other bodies designed.
Different bodies, layouts, wording and organisations than the DEV half."""
from reportlab.lib.colors import Color, white

import pdfform
import pdfletter
import docxform
import odtform
import sheets
from model import Doc, H, F, R, C, T, P, Box, Space, PageBreak
from common import D, money, phone, mail_date
from kit import (COACH_NL, COACH_FR, PROV_NL, PROV_FR, check_budget, rows, truth, iso, created, total)


# =====================================================================
# 1. pdf_form nl BE - a welfare association's operating-grant form, labels above, Times
def t01():
    org = "vzw Buurtzorg Kemmelberg"
    title = "Buurtkeuken Kemmelberg: samen koken, samen eten"
    contact, c_tel, c_mail = "Tine Devos", "+32479821056", "tine.devos@example.org"
    chair, ch_tel, ch_mail = "Dirk Vandenberghe", "+3257446031", "dirk.vandenberghe@example.net"
    street, pc, city = "Berenstraat 15", "8956", "Kemmel"
    req, tot = 8800, 13275
    exp = [("Inrichting gedeelde keuken (toestellen, werkbank)", 6150), ("Kookbegeleiding (20 sessies)", 2600),
           ("Vervoer van minder mobiele deelnemers", 1875), ("Hygiëneopleiding vrijwilligers", 650),
           ("Promotie en huis-aan-huisbrief", 700), ("Aankoop kleine keukenmaterialen", 1300)]
    inc = [("Gevraagde toelage", req), ("Deelnemersbijdragen (1 euro per maaltijd)", 1475),
           ("Eigen werkingsmiddelen vzw", 3000)]
    check_budget(exp, inc, req, tot)
    st = "be_dec_eur"
    items = [
        P("Lees eerst de toelichting bij het reglement. Alle velden met * zijn verplicht. Een aanvraag kan "
          "enkel ingediend worden door een vereniging met rechtspersoonlijkheid.", "italic"),
        H("Deel I. De aanvragende organisatie"),
        F("* Officiële naam van de organisatie", org),
        F("Ondernemingsnummer", "0810.377.652"),
        F("* Maatschappelijke zetel – straat en huisnummer", street),
        R([F("* Postnummer", pc, kind="comb", maxlen=4, w=1), F("* Deelgemeente / gemeente", city, w=4)]),
        F("Website", ""),
        H("Deel II. Wettelijke vertegenwoordiger"),
        R([F("Naam", chair, w=2), F("Hoedanigheid", "voorzitter raad van bestuur", w=2)]),
        R([F("Telefoon", phone(ch_tel, "intl0")), F("E-mailadres", ch_mail, w=1.6)]),
        H("Deel III. Aanspreekpunt voor deze aanvraag"),
        R([F("Naam", contact, w=2), F("Functie", "coördinator (deeltijds)", w=2)]),
        R([F("GSM", phone(c_tel, "nat")), F("E-mailadres", c_mail, w=1.6)]),
        F("Postadres (indien anders dan zetel)", "p/a Polenstraat 4, 8956 Kemmel"),
        H("Deel IV. Het initiatief"),
        F("* Naam van het initiatief", title),
        F("* Beschrijf het initiatief", "Eén keer per week koken buren samen in de gedeelde keuken van het "
          "ontmoetingscentrum en eten ze samen. Alleenstaande ouderen worden thuis opgehaald. Jongeren van "
          "de jeugdbeweging helpen mee koken.", kind="multi", lines=5),
        F("Adres waar het initiatief plaatsvindt", "Ontmoetingscentrum De Kemmelhoeve, Lokerstraat 2, 8956 Kemmel"),
        R([F("Aanvang", "oktober 2019"), F("Duur", "1 jaar, daarna structureel")]),
        H("Deel V. Begroting"),
        T(["Uitgavenpost", "Raming"], rows(exp, st), widths=[4, 1.4], field_cols=[0, 1]),
        R([F("Totale kostprijs van het initiatief", money(tot, st)), F("Gevraagde toelage", money(req, st))]),
        T(["Andere inkomsten", "Bedrag"], rows(inc[1:], st), widths=[4, 1.4], field_cols=[0, 1]),
        F("Werd voor dit initiatief elders steun aangevraagd?", "ja: Provincie West-Vlaanderen – Partons 2.0 (deze aanvraag)"),
        H("Deel VI. Ondertekening"),
        R([F("Opgemaakt te", "Kemmel"), F("op", "04/06/2019")]),
        R([F("Naam wettelijk vertegenwoordiger", chair), F("Handtekening", "")]),
        Box("Enkel voor intern gebruik", [("Ontvangen", ""), ("Behandeld door", ""), ("Toegekend bedrag", "")]),
    ]
    doc = Doc("Aanvraag werkingstoelage buurtinitiatieven 2017", items,
              subtitle="Welzijnsvereniging Ijzerhoek – Reglement buurtgerichte initiatieven",
              header_left=["Welzijnsvereniging Ijzerhoek", "Elverdingestraat 88 – 8900 Ieper",
                           "T 057 22 80 10 – buurtinitiatieven@example.net"],
              header_right=["FORMULIER B2", "blad 1 van 2"],
              footer="Welzijnsvereniging Ijzerhoek – aanvraag werkingstoelage – pagina {page}",
              meta={"title": "Aanvraag werkingstoelage", "author": "Welzijnsvereniging Ijzerhoek",
                    "creator": "PScript5.dll Version 5.2.2"})
    att = pdfform.render(doc, dict(font="Times-Roman", bold="Times-Bold", vfont="Times-Roman", lab_pos="above",
                                   head="line", title_size=15, vsize=10, field_h=16,
                                   thead_fill=None, box_dash=False),
                         pdfform.Namer("Tekstveld {n}", "Selectievakje {n}", start=7))
    body = ("Beste Jonas\n\n"
            "In bijlage de aanvraag voor de buurtkeuken in Kemmel. We hebben het formulier van de "
            "Welzijnsvereniging gebruikt (daar dienen we ook altijd in), ik hoop dat het duidelijk is.\n"
            "Ik ben op dinsdag en donderdag het best bereikbaar.\n\n"
            "Groetjes\nTine\n")
    return dict(fmt="pdf_form", lang="nl", date=mail_date(2019, 6, 4, 14, 21),
                sender=(contact, c_mail), subject="Aanvraag buurtkeuken Kemmel",
                body=body, client="outlook", att_name="B2_aanvraag_buurtkeuken.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 2. pdf_form nl BE - an old rural-desk call form (Text Field N); chair sends, secretary is contact
def t02():
    org = "Dorpsraad 't Provenhoekje"
    title = "Proven plukt: een pluktuin en fruitboomgaard voor het dorp"
    contact, c_tel, c_mail = "Ria Decrock", "+3257301187", "ria.decrock@example.net"
    chair, ch_tel, ch_mail = "Filip Lobelle", "+3257300214", "filip.lobelle@example.com"
    street, pc, city = "Hoppeland 6", "8972", "Proven"
    req, tot = 6950, 9310
    exp = [("Hoogstamfruitbomen en kleinfruit (80 st.)", 2860), ("Afrastering en poortjes", 1740),
           ("Begeleiding door boomgaardvereniging (snoeicursus)", 1450), ("Pluktuinbordjes en infopaneel", 960),
           ("Plantdag en bloesemfeest", 1300), ("Waterput en gieter-station", 1000)]
    inc = [("Subsidie gevraagd", req), ("Inbreng dorpsraad", 860), ("Sponsoring (lokale brouwerij)", 1500)]
    check_budget(exp, inc, req, tot)
    st = "be_eur"
    items = [
        Box("In te vullen door het Plattelandsloket", [("Nr. projectvoorstel", ""), ("Datum binnenkomst", "")]),
        H("1   Projectindiener"),
        F("Organisatie", org),
        C("Type", ["gemeente/OCMW", "vzw", "feitelijke vereniging", "landbouwer", "andere"], ["feitelijke vereniging"]),
        F("Adres", street),
        R([F(None, pc, tip="postcode", w=1), F(None, city, tip="gemeente", w=3)], label="Postcode / gemeente"),
        F("Verantwoordelijke (voorzitter)", chair),
        R([F("tel.", phone(ch_tel, "slash")), F("e-mail", ch_mail, w=1.7)], label="Contact voorzitter"),
        F("Contactpersoon projectopvolging", contact),
        R([F("tel.", phone(c_tel, "intl0")), F("e-mail", c_mail, w=1.7)], label="Contact projectopvolging"),
        H("2   Projectvoorstel"),
        F("Titel van het project", title),
        F("Situering en doel", "Op een perceel van de kerkfabriek aan de rand van het dorp planten we met de "
          "inwoners een hoogstamboomgaard en pluktuin aan die voor iedereen vrij toegankelijk is. Scholen en "
          "de seniorenvereniging krijgen een eigen rij.", kind="multi", lines=4),
        F("Projectlocatie", "perceel Roesbruggestraat (sectie B 412), Proven"),
        F("Aantal betrokken inwoners / vrijwilligers", "± 35 vrijwilligers"),
        F("Timing", "plantdag 23/11/2019 – bloesemfeest april 2020"),
        H("3   Kosten en financiering"),
        T(["Omschrijving kost", "Bedrag incl. btw"], rows(exp, st) + [["TOTAAL", money(tot, st)]],
          widths=[4, 1.4], field_cols=[1], bold_rows=[len(exp)]),
        R([F("Gevraagde steun", money(req, st)), F("Eigen inbreng", money(860, st)),
           F("Andere financiering", money(1500, st))]),
        P("Het Plattelandsloket kent maximaal 5.000 euro per projectvoorstel toe (oproep 2016).", "small"),
        H("4   Handtekening"),
        R([F("Datum", "30 mei 2019"), F("Naam", chair)]),
    ]
    doc = Doc("Projectvoorstel 'Dorpen met Toekomst' 2016", items,
              subtitle="Plattelandsloket Westhoek – in te dienen vóór 15 september 2016",
              header_left=["Plattelandsloket Westhoek", "Kazernestraat 11 – 8630 Veurne", "058 31 46 70"],
              footer="Dorpen met Toekomst 2016 – projectvoorstel – {page}",
              meta={"title": "Projectvoorstel Dorpen met Toekomst", "creator": "Adobe Acrobat 9.0"})
    att = pdfform.render(doc, dict(head="bar", head_fill=Color(0.78, 0.87, 0.72), lab_w=175, tips="all",
                                   thead_fill=Color(0.9, 0.95, 0.87), box_dash=False),
                         pdfform.Namer("Text Field {n}", "Check Box {n}", start=12))
    body = ("Dag Jonas,\n\n"
            "Zoals beloofd op de infoavond in Poperinge: ons projectvoorstel voor de pluktuin. We hebben het "
            "formulier van 'Dorpen met Toekomst' gebruikt. Ria Decrock, onze secretaris, volgt het verder op.\n\n"
            "Groeten,\nFilip Lobelle\nvoorzitter Dorpsraad 't Provenhoekje\n")
    return dict(fmt="pdf_form", lang="nl", date=mail_date(2019, 5, 31, 8, 47),
                sender=(chair, ch_mail), subject="Projectvoorstel pluktuin Proven",
                body=body, client="thunderbird", att_name="projectvoorstel_Proven_plukt.pdf", att=att, ext="pdf",
                cc="%s <%s>" % (contact, c_mail),
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 3. pdf_form nl FR - a bilingual EGTC small-projects form with LiveCycle (XFA-like) field names
def t03():
    org = "Kring De Hooge Wacht"
    title = "Dorpsbabbels: Nederlandse conversatietafels en buurtcafé in Bambecque"
    contact, c_tel, c_mail = "Pieter Vanhoutte", "+33353016418", "p.vanhoutte@example.com"
    pres, pr_tel = "Christian Verstraete", "+33639985530"
    sender, s_mail = "Anne-Sophie Top", "as.top@example.net"
    street, pc, city = "14 rue de la Gare", "59470", "Bambecque"
    req, tot = 7800, 10950
    exp = [("Taalbegeleiders / animateurs", 3600), ("Huur zaal en koffie / location salle", 2100),
           ("Boeken en spelmateriaal / livres et jeux", 1250), ("Uitstap naar Poperinge / sortie", 1800),
           ("Communicatie / communication", 1200), ("Kleine uitrusting / petit équipement", 1000)]
    inc = [("Aangevraagd / demandé", req), ("Gemeente / commune de Bambecque", 1500), ("Leden / membres", 1650)]
    check_budget(exp, inc, req, tot)
    st = "fr_int"
    items = [
        H("A. Aanvrager / Demandeur"),
        F("Naam / Dénomination", org),
        F("Statuut / Statut", "association loi 1901 (Vereniging)"),
        F("Adres / Adresse", street),
        R([F("Postcode / Code postal", pc, kind="comb", maxlen=5, w=1), F("Gemeente / Commune", city, w=2),
           F("Land / Pays", "FR", w=0.6)]),
        F("Voorzitter / Président", pres),
        F("Telefoon voorzitter / Tél. président", phone(pr_tel, "nat")),
        H("B. Verantwoordelijke voor het dossier / Responsable du dossier"),
        F("Naam / Nom", contact),
        R([F("Telefoon / Téléphone", phone(c_tel, "intl")), F("E-mail", c_mail, w=1.5)]),
        F("Taal voor correspondentie / Langue", "Nederlands"),
        H("C. Project / Projet"),
        F("Titel / Titre", title),
        F("Samenvatting / Résumé", "Elke maand een Nederlandse conversatietafel en een buurtcafé in de "
          "oude pastorie, voor inwoners van Bambecque die Nederlands of West-Vlaams willen (her)leren, met "
          "vrijwilligers uit Frans-Vlaanderen en de Westhoek.", kind="multi", lines=4),
        F("Belgische partner / Partenaire belge", "Davidsfonds Haringe"),
        F("Plaats / Lieu", "ancien presbytère, place de l'Église, Bambecque"),
        H("D. Financieel plan / Plan de financement"),
        T(["Uitgaven / Dépenses", "Bedrag / Montant"], rows(exp, st), widths=[4, 1.3], field_cols=[1]),
        T(["Inkomsten / Recettes", "Bedrag / Montant"], rows(inc, st), widths=[4, 1.3], field_cols=[1]),
        R([F("Totale kost / Coût total", money(tot, st)), F("Gevraagde steun / Aide demandée", money(req, st))]),
        P("Kleine projecten: maximaal 15 000 € EGTS-steun, eigen inbreng min. 20 %. / Petits projets : "
          "aide GECT plafonnée à 15 000 €, autofinancement min. 20 %.", "small"),
        H("E. Handtekening / Signature"),
        R([F("Datum / Date", "17/05/2019"), F("Naam / Nom", pres)]),
    ]
    doc = Doc("Aanvraagformulier kleine projecten / Formulaire petits projets", items,
              subtitle="EGTS Grensland – GECT Pays frontalier – oproep 2015",
              header_left=["EGTS Grensland / GECT Pays frontalier", "Rijselstraat 1 – 8900 Ieper",
                           "+32 57 23 91 00 – kleineprojecten@example.org"],
              footer="EGTS Grensland – formulier KP/PP 2015 – {page}",
              meta={"title": "KP-PP 2015", "creator": "Adobe LiveCycle Designer ES 8.2"})
    att = pdfform.render(doc, dict(head="box", lab_w=200, title_size=13, thead_fill=Color(0.87, 0.92, 0.97)), pdfform.Namer("xfa"))
    body = ("Goedendag meneer Polin,\n\n"
            "Ik stuur u het aanvraagformulier van de Kring De Hooge Wacht uit Bambecque, ik help hen met de "
            "computer. Ze hebben het formulier van de kleine projecten van het EGTS gebruikt. Voor alle vragen: "
            "Pieter Vanhoutte, zie deel B.\n\n"
            "Met vriendelijke groet\nAnne-Sophie Top\n")
    return dict(fmt="pdf_form", lang="nl", date=mail_date(2019, 5, 17, 18, 9),
                sender=(sender, s_mail), subject="Aanvraag Kring De Hooge Wacht (Bambecque)",
                body=body, client="webmail", att_name="KP_formulier_Hooge_Wacht.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 4. pdf_form fr FR - a commune's subsidy request 2019 (Cadre 1-6, Champ texte N from 12)
def t04():
    org = "Association Les Courtils de Flêtre"
    title = "Verger conservatoire et jardin des simples de Flêtre"
    contact, c_tel, c_mail = "Laurence Becuwe", "+33639985214", "laurence.becuwe@example.org"
    pres, pr_tel, pr_mail = "Dominique Vandewalle", "+33353012077", "d.vandewalle@example.net"
    street, pc, city = "27 rue du Presbytère", "59270", "Flêtre"
    req, tot = 6250, 8930
    st = "fr"
    exp = [("Arbres fruitiers de variétés locales (45)", 2480), ("Plantes médicinales et aromatiques", 890),
           ("Clôture et portillon", 1760), ("Panneaux pédagogiques", 1300), ("Journées de plantation", 1100),
           ("Intervention d'un arboriculteur", 1400)]
    inc = [("Province de Flandre-Occidentale (Partons 2.0)", req), ("Commune de Flêtre", 1000),
           ("Cotisations", 680), ("Fonds propres", 1000)]
    check_budget(exp, inc, req, tot)
    items = [
        Box("Cadre réservé aux services municipaux", [("Dossier reçu le", ""), ("Complet", ""), ("Délibération n°", "")]),
        H("Cadre 1 – Identification de l'association"),
        F("Nom de l'association", org),
        F("Adresse du siège", street),
        R([F("Code postal", pc, kind="comb", maxlen=5, w=1), F("Commune", city, w=3)]),
        F("Adresse de gestion / correspondance (si différente)", "5 impasse des Saules, 59270 Méteren"),
        R([F("N° SIRET", "848 330 917 00012", w=2), F("N° RNA", "W592011458", w=1.2)]),
        H("Cadre 2 – Le président (représentant légal)"),
        F("Nom et prénom", pres),
        R([F("Téléphone", phone(pr_tel, "nat")), F("Courriel", pr_mail, w=1.6)]),
        H("Cadre 3 – La personne chargée du dossier"),
        F("Nom et prénom", contact),
        F("Qualité", "secrétaire"),
        R([F("Téléphone", phone(c_tel, "nat")), F("Courriel", c_mail, w=1.6)]),
        H("Cadre 4 – Objet de la demande"),
        C("Nature", ["fonctionnement", "manifestation / projet", "investissement"], ["manifestation / projet"]),
        F("Intitulé du projet", title),
        F("Description", "Planter sur un terrain communal un verger de variétés anciennes de Flandre et un "
          "jardin des simples entretenus par les habitants, avec des journées de greffe et de plantation "
          "ouvertes à tous.", kind="multi", lines=4),
        F("Lieu", "terrain communal rue du Mont-Noir, Flêtre"),
        H("Cadre 5 – Budget prévisionnel du projet"),
        T(["Dépenses", "Montant"], rows(exp, st) + [["Total", money(tot, st)]], widths=[4, 1.3],
          field_cols=[1], bold_rows=[len(exp)]),
        T(["Recettes", "Montant"], rows(inc, st) + [["Total", money(tot, st)]], widths=[4, 1.3],
          field_cols=[1], bold_rows=[len(inc)]),
        H("Cadre 6 – Montant sollicité et engagement"),
        F("Montant de la subvention sollicitée", money(req, st)),
        F("Subvention municipale perçue en 2018", "600,00 €"),
        R([F("Fait à", "Flêtre"), F("le", "22/05/2019"), F("Signature du président", "D. Vandewalle")]),
    ]
    doc = Doc("Demande de subvention – Exercice 2019", items, subtitle="Associations",
              header_left=["Commune de Hondeghem-la-Vallée", "Hôtel de ville – 1 place du Général-de-Gaulle",
                           "59190 Hondeghem – 03 53 01 29 90"],
              footer="Mairie – demande de subvention 2019 – page {page}",
              meta={"title": "Demande de subvention 2019", "creator": "Microsoft Word 2010"})
    att = pdfform.render(doc, dict(head="bar", head_fill=Color(0.9, 0.85, 0.7), lab_w=190,
                                   thead_fill=Color(0.96, 0.93, 0.85), box_dash=False),
                         pdfform.Namer("Champ texte {n}", "Case à cocher {n}", start=12))
    body = ("Bonjour Monsieur Polin,\n\n"
            "Je vous prie de trouver ci-joint la demande de notre association pour le verger de Flêtre. "
            "Nous avons utilisé le formulaire de demande de subvention de la mairie pour 2019.\n\n"
            "Cordialement,\nLaurence Becuwe\nSecrétaire des Courtils de Flêtre\n")
    return dict(fmt="pdf_form", lang="fr", date=mail_date(2019, 5, 23, 9, 15),
                sender=(contact, c_mail), subject="Demande Partons 2.0 - Les Courtils de Flêtre",
                body=body, client="thunderbird_fr", att_name="Demande_subvention_2019_Courtils_Flêtre.pdf", att=att,
                ext="pdf", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 5. pdf_form fr FR - a rural-development agency's call sheet (untitledN); phone NOT given
def t05():
    org = "Les Ateliers du Moulin"
    title = "Repair café et atelier vélo du Moulin"
    contact, c_mail = "Claire Dumont", "claire.dumont@example.com"
    street, pc, city = "11 rue du Moulin", "59670", "Cassel"
    req, tot = 4100, 5260
    st = "fr_int"
    exp = [("Outillage repair café", 1450), ("Atelier vélo : pieds d'atelier, pièces", 1620),
           ("Aménagement du local (étagères, éclairage)", 1190), ("Communication", 400), ("Assurance", 600)]
    inc = [("Aide sollicitée", req), ("Adhésions et dons", 660), ("Ventes de vélos remis en état", 500)]
    check_budget(exp, inc, req, tot)
    items = [
        P("Dispositif « Villages vivants » : soutien aux initiatives d'habitants dans les communes de moins de "
          "3 500 habitants. Aide plafonnée à 2 000 €. Contact ADAR : 03 53 01 62 00.", "small"),
        H("1. LE PORTEUR"),
        F("Nom de la structure", org),
        F("Statut", "association (loi 1901) depuis 2016"),
        F("Adresse postale", street),
        R([F(None, pc, tip="Code postal", w=1), F(None, city, tip="Localité", w=3)], label="CP – Localité"),
        F("Référent(e) du projet", contact),
        R([F("Tél. :", "", w=1), F("Mél. :", c_mail, w=1.7)]),
        F("Élu(e) référent(e) de la commune", "Patrick Goudaert, adjoint au maire – 03 53 01 90 12"),
        H("2. L'INITIATIVE"),
        F("Nom de l'initiative", title),
        F("En quelques lignes", "Deux samedis par mois, des bénévoles réparent avec les habitants petits "
          "appareils et vélos dans l'ancien moulin à huile. Les vélos abandonnés sont remis en état et prêtés "
          "aux jeunes du village.", kind="multi", lines=4),
        F("Où ?", "ancien moulin à huile, rue du Moulin, Cassel"),
        F("Habitants concernés", "tout public, surtout jeunes et personnes âgées"),
        H("3. LE FINANCEMENT"),
        T(["Postes de dépenses", "€"], rows(exp, st), widths=[4, 1.3], field_cols=[1]),
        R([F("Coût total", money(tot, st)), F("Aide sollicitée", money(req, st)),
           F("Autofinancement", money(1160, st))]),
        H("4. SIGNATURE"),
        R([F("Date", "29/05/2019"), F("Nom", contact)]),
        Box("Avis du comité technique ADAR", [("Date du comité", ""), ("Avis", "")]),
    ]
    doc = Doc("Dispositif « Villages vivants » – Fiche de candidature", items,
              header_left=["ADAR Nord – Agence d'animation rurale", "Maison des associations, 59670 Cassel"],
              header_right=["Fiche VV-2018"], footer="ADAR Nord – Villages vivants – {page}",
              meta={"title": "Fiche candidature Villages vivants", "creator": "OpenOffice.org 3.4"})
    att = pdfform.render(doc, dict(head="line", border="under", lab_w=165, thead_fill=None),
                         pdfform.Namer("untitled{n}", "untitled{n}", shared=True))
    body = ("Bonjour,\n\n"
            "Voici la candidature des Ateliers du Moulin (Cassel). Nous avons reçu la fiche « Villages "
            "vivants » de l'ADAR et l'avons remplie pour votre appel à projets, le plafond de l'ADAR étant trop "
            "bas pour nous.\n\n"
            "Claire Dumont\n")
    return dict(fmt="pdf_form", lang="fr", date=mail_date(2019, 5, 29, 23, 11),
                sender=(contact, c_mail), subject="Candidature Ateliers du Moulin - Cassel",
                body=body, client="iphone", att_name="candidature_ateliers_moulin.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, None, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 6. pdf_form fr FR - a mutual bank's local-initiative award entry form (TexteN); treasurer sends
def t06():
    org = "Amicale des Jardiniers de Bourbourg-Campagne"
    title = "Marché paysan du samedi et grainothèque de Bourbourg"
    contact, c_tel, c_mail = "Didier Vanpeperstraete", "+33639984766", "didier.vanpeperstraete@example.net"
    sender, s_mail = "Josiane Lheureux", "josiane.lheureux@example.com"
    street, pc, city = "8 rue des Marais", "59630", "Bourbourg"
    req, tot = 9600, 14200
    st = "fr_plain"
    exp = [("Stands et parasols", 4100), ("Grainothèque (meuble, sachets, étiquettes)", 1250),
           ("Balance, caisse et petit matériel", 1650), ("Animation et communication (1re saison)", 3200),
           ("Aménagement électrique de la place", 2800), ("Assurance et frais de dossier", 1200)]
    inc = [("Demande Partons 2.0", req), ("Commune de Bourbourg", 2000), ("Droits de place producteurs", 1600),
           ("Fonds propres", 1000)]
    check_budget(exp, inc, req, tot)
    items = [
        P("Trophées de l'initiative locale : 3 lauréats par département. Prix de 1 000 à 5 000 €. "
          "Bulletin à renvoyer à trophees.bml@example.com.", "small"),
        H("Votre association"),
        F("Nom", org),
        F("Adresse", street),
        R([F("Code postal", pc), F("Ville", city)]),
        F("Date de création", "1982"),
        F("Président(e)", "Marcel Ducrocq"),
        F("Trésorier(ère)", "%s – %s" % (sender, s_mail)),
        C("Sociétaire de la Banque Mutuelle du Littoral ?", ["oui", "non"], ["oui"]),
        H("Responsable du projet"),
        F("Nom – prénom", contact),
        F("Téléphone portable", phone(c_tel, "dots")),
        F("Adresse e-mail", c_mail),
        H("Le projet"),
        F("Titre", title),
        F("Décrivez votre projet", "Chaque samedi matin, un marché de producteurs de Bourbourg-Campagne sur la "
          "place, avec une grainothèque où chacun dépose et prend des semences, et des démonstrations de "
          "jardinage par les membres de l'amicale.", kind="multi", lines=4),
        C("Catégorie", ["Solidarité", "Environnement", "Patrimoine", "Jeunesse"], ["Environnement", "Solidarité"]),
        F("Budget global du projet", money(tot, st)),
        F("Montant demandé", money(req, st)),
        T(["Financements obtenus ou demandés", "Montant"], rows(inc, st), widths=[4, 1.3], field_cols=[0, 1]),
        T(["Dépenses principales", "Montant"], rows(exp, st), widths=[4, 1.3], field_cols=[0, 1]),
        R([F("Date", "12/06/2019"), F("Signature", "D. Vanpeperstraete")]),
    ]
    doc = Doc("Trophées de l'initiative locale 2018 – Bulletin de candidature", items,
              header_left=["Banque Mutuelle du Littoral", "Direction du Sociétariat – 30 quai des Hollandais",
                           "59140 Dunkerque – 03 53 01 81 81"],
              footer="BML – Trophées de l'initiative locale 2018",
              meta={"title": "Bulletin de candidature", "creator": "QuarkXPress 2016"})
    att = pdfform.render(doc, dict(head="bar", head_fill=Color(0.0, 0.45, 0.55), head_text=white, lab_w=170,
                                   fill=Color(0.94, 0.97, 1.0), thead_fill=Color(0.8, 0.9, 0.92)),
                         pdfform.Namer("Texte{n}", "Case{n}"))
    body = ("Bonjour Monsieur Polin,\n\n"
            "Je suis la trésorière de l'Amicale des Jardiniers. Je vous envoie notre dossier pour le marché "
            "paysan ; c'est le bulletin des Trophées de notre banque, complété avec notre budget. Le responsable "
            "du projet est Didier Vanpeperstraete.\n\n"
            "Bien à vous,\nJosiane Lheureux\n")
    return dict(fmt="pdf_form", lang="fr", date=mail_date(2019, 6, 12, 16, 40),
                sender=(sender, s_mail), subject="Marché paysan Bourbourg - dossier",
                body=body, client="outlook14", att_name="Bulletin_candidature_Amicale_Jardiniers.pdf", att=att,
                ext="pdf", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 7. pdf_form fr FR - a foundation's 'living together' call (mixed English/French widget names)
def t07():
    org = "Godewaersvelde Anim'"
    title = "Place du village en fête : estaminet éphémère et jeux flamands"
    contact, c_tel, c_mail = "Mathieu Lefranc", "+33353017193", "mathieu.lefranc@example.org"
    pres, pr_tel = "Régis Dekeister", "+33639988114"
    street, pc, city = "3 rue de la Gare", "59270", "Godewaersvelde"
    req, tot = 6000, 8740
    st = "fr_nb"
    exp = [("Jeux flamands traditionnels (fabrication)", 1980), ("Estaminet éphémère : mobilier, vaisselle", 2460),
           ("Musiciens et conteur", 1500), ("Communication bilingue", 700), ("Location chapiteau", 1300),
           ("Sécurité et assurance", 800)]
    inc = [("Aide demandée", req), ("Buvette et petite restauration", 1940), ("Commune", 800)]
    check_budget(exp, inc, req, tot)
    items = [
        H("PARTIE 1 : Présentation de la structure"),
        F("Raison sociale", org),
        F("Siège : n°, voie", street),
        R([F("Code postal", pc, kind="comb", maxlen=5), F("Commune", city, w=2)]),
        F("Téléphone / e-mail de la structure", "anim.godewaersvelde@example.com"),
        F("Président(e) et coordonnées", "%s – %s" % (pres, phone(pr_tel, "intl"))),
        F("Objet de l'association", "animation de la vie locale, fêtes et traditions flamandes"),
        H("PARTIE 2 : Contact pour le suivi du dossier"),
        F("Nom, prénom", contact),
        F("Fonction", "coordinateur bénévole"),
        F("Ligne directe", phone(c_tel, "nat")),
        F("E-mail", c_mail),
        H("PARTIE 3 : Le projet « Vivre ensemble au village »"),
        F("Nom du projet", title),
        F("Résumé", "Quatre dimanches par an, la place du village devient un estaminet éphémère tenu par les "
          "habitants, avec jeux flamands, musique et conteur. Les nouveaux arrivants sont invités "
          "personnellement par des voisins.", kind="multi", lines=4),
        C("Le projet concerne", ["enfants", "jeunes", "familles", "seniors", "tous publics"], ["tous publics"]),
        F("Lieu", "place du village, Godewaersvelde"),
        H("PARTIE 4 : Budget prévisionnel"),
        T(["Dépenses", "Montant", "Ressources", "Montant"],
          [[e[0], money(e[1], st)] + ([inc[i][0], money(inc[i][1], st)] if i < len(inc) else ["", ""])
           for i, e in enumerate(exp)] + [["Total", money(tot, st), "Total", money(tot, st)]],
          widths=[3, 1.2, 2.4, 1.2], field_cols=[1, 3], bold_rows=[len(exp)]),
        F("Montant sollicité auprès de la Fondation", money(req, st),
          hint="(dotation Fondation : 1 500 € à 4 000 €)"),
        H("PARTIE 5 : Engagement"),
        R([F("Date", "06/05/2019"), F("Nom et qualité du signataire", "%s, président" % pres, w=2)]),
    ]
    doc = Doc("Appel à projets « Vivre ensemble au village » 2017", items, subtitle="Dossier de candidature",
              header_left=["Fondation Terres du Nord", "reconnue d'utilité publique",
                           "22 rue Nationale – 59000 Lille – 03 53 01 07 07"],
              footer="Fondation Terres du Nord – AAP Vivre ensemble au village – p. {page}",
              meta={"title": "Dossier de candidature VEV 2017", "creator": "Adobe Acrobat Pro DC 15.0"})
    att = pdfform.render(doc, dict(head="plain", lab_w=185, title_align="center", border="box", thead_fill=None),
                         pdfform.Namer("Champ de texte {n}", "Check Box {n}", shared=True))
    body = ("Bonjour Monsieur Polin,\n\n"
            "Vous trouverez ci-joint notre dossier de candidature pour Godewaersvelde. Il s'agit du dossier de "
            "la Fondation Terres du Nord, que nous avons complété pour Partons 2.0.\n\n"
            "Cordialement,\nMathieu Lefranc\nGodewaersvelde Anim'\n")
    return dict(fmt="pdf_form", lang="fr", date=mail_date(2019, 5, 6, 19, 28),
                sender=(contact, c_mail), subject="Candidature Godewaersvelde Anim'",
                body=body, client="thunderbird_fr", att_name="Dossier_candidature_Godewaersvelde.pdf", att=att,
                ext="pdf", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 8. pdf_letter nl BE - letter following a LEADER application form (Deel A-D); NO total given
def t08():
    org = "vzw 't Hommelhof"
    title = "Hoppepluk voor iedereen: ontmoetingsdagen op het hommelveld"
    contact, c_tel, c_mail = "Bart Vandekerckhove", "+32475286190", "bart.vandekerckhove@example.com"
    chair = "Greet Lahaye"
    street, pc, city = "Hommelstraat 19", "8640", "Westvleteren"
    req = 5500
    L = dict(
        font="Helvetica",
        sender=[org, street, "%s %s" % (pc, city), "KBO 0692.114.508"],
        recipient=PROV_NL,
        place_date="Westvleteren, 24 april 2019",
        subject="Projectidee voor de oproep 'Maak werk van je buurt!'",
        blocks=[
            ("p", "Beste heer Polin,"),
            ("p", "Vorig jaar dienden we een dossier in bij het LEADER-programma. We gebruiken hier dezelfde "
                  "indeling (deel A tot D) om ons idee voor jullie oproep voor te stellen."),
            ("h", "Deel A – Promotor"),
            ("p", "%s, %s, %s %s. Voorzitter: %s." % (org, street, pc, city, chair)),
            ("h", "Deel B – Contactpersoon"),
            ("p", "%s, bestuurder – gsm %s – %s" % (contact, phone(c_tel, "slash2"), c_mail)),
            ("h", "Deel C – Projectomschrijving"),
            ("p", "Titel: %s." % title),
            ("p", "Tijdens de hoppepluk in september nodigen we de hele buurt uit om mee te plukken op het "
                  "hommelveld achter de hoeve, met een gezamenlijke maaltijd, een rondleiding voor nieuwe "
                  "inwoners en een verhalenhoek voor de oudere plukkers. We willen er drie ontmoetingsdagen "
                  "per jaar van maken."),
            ("h", "Deel D – Gevraagde steun"),
            ("p", "We vragen een bijdrage van %s voor de huur van een plukkar, tafels en stoelen, de "
                  "begeleiding van een participatie-expert en de communicatie (het plafond van de oproep is "
                  "10.000 euro). De gemeente stelt de feesttent gratis ter beschikking." % money(req, "euro")),
            ("p", COACH_NL),
        ],
        closing="Met vriendelijke groeten,",
        signature=[contact, "namens vzw 't Hommelhof"],
        dash=True,
        meta={"title": "Projectidee Hommelhof", "creator": "Pages"},
    )
    att = pdfletter.render(L)
    body = ("Beste Jonas,\n\nHierbij ons projectidee voor de oproep. De brief volgt de indeling van het "
            "LEADER-formulier.\n\nVriendelijke groeten,\nBart\n")
    return dict(fmt="pdf_letter", lang="nl", date=mail_date(2019, 4, 24, 20, 17),
                sender=(contact, c_mail), subject="Projectidee 't Hommelhof Westvleteren",
                body=body, client="apple", att_name="Projectidee Hommelhof.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, None))


# =====================================================================
# 9. pdf_letter nl BE - a café owner's letter along the municipal local-economy form; partner sends
def t09():
    org = "Café De Molenwiek – Callewaert bv"
    title = "Dienstencafé De Molenwiek: het dorpscafé als dorpspunt"
    contact, c_tel, c_mail = "Sarah Callewaert", "+3257425518", "sarah.callewaert@example.com"
    sender, s_mail = "Nico Ghekiere", "nico.ghekiere@example.net"
    street, pc, city = "Molenwiekstraat 2", "8920", "Bikschote"
    req, tot = 8000, 12450
    exp = [("Inrichting dienstenhoek (balie, kasten, pc)", 4350), ("Pakjesautomaat en kluisjes", 3100),
           ("Toegankelijk toilet", 2700), ("Opstart: promotie en infoavond", 800), ("Opleiding vrijwilligers", 1500)]
    inc = [("Gevraagd aan Partons 2.0", req), ("Eigen inbreng bv", 3450), ("Gemeente (lokale economie)", 1000)]
    check_budget(exp, inc, req, tot)
    st = "be_dash"
    L = dict(
        font="Times-Roman",
        letterhead=["Café De Molenwiek", "Molenwiekstraat 2 – 8920 Bikschote – 057 42 55 18",
                    "Callewaert bv – BTW BE 0667.203.841 – IBAN BE33 0689 3017 2246"],
        recipient=PROV_NL,
        place_date="Bikschote, 7 juni 2019",
        ref="Uw oproep: Partons 2.0 – Maak werk van je buurt!",
        subject="Aanvraag projectsteun dienstencafé",
        blocks=[
            ("p", "Geachte heer Polin,"),
            ("p", "Voor onze aanvraag gebruiken we de indeling van het gemeentelijk formulier 'projectsubsidie "
                  "lokale economie' (rubrieken A tot D), dat we al klaar hadden."),
            ("h", "A. Aanvrager"),
            ("kv", [("Handelszaak", org), ("Adres", "%s, %s %s" % (street, pc, city)),
                    ("Zaakvoerder en contactpersoon", contact), ("Telefoon", phone(c_tel, "nat")),
                    ("E-mail", c_mail)]),
            ("h", "B. Project"),
            ("kv", [("Naam", title),
                    ("Inhoud", "Naast het café richten we een dienstenhoek in: afhaalpunt voor pakjes en "
                               "apotheekbestellingen, een pc met hulp voor online formulieren en een prikbord "
                               "voor vraag en aanbod. De buurt beslist mee over de openingsuren."),
                    ("Partners", "Dorpsraad Bikschote, Okra, apotheek Langemark")]),
            ("h", "C. Kosten"),
            ("tab", ["Omschrijving", "Bedrag"], rows(exp, st) + [["Totaal", money(tot, st)]]),
            ("h", "D. Financiering"),
            ("tab", ["Bron", "Bedrag"], rows(inc, st)),
            ("p", "Gevraagde steun: %s op een totaal van %s." % (money(req, st), money(tot, st))),
        ],
        closing="Met vriendelijke groeten,",
        signature=[contact, "zaakvoerder"],
        meta={"title": "Aanvraag dienstencafe", "creator": "Microsoft Word 2016"},
    )
    att = pdfletter.render(L)
    body = ("Goeiedag,\n\nIk stuur dit door voor mijn vriendin Sarah Callewaert van café De Molenwiek in "
            "Bikschote. Ze staat zelf achter de toog en heeft weinig tijd om te mailen; haar gegevens staan in "
            "de brief.\n\nMvg\nNico Ghekiere\n0494 71 20 58\n")
    return dict(fmt="pdf_letter", lang="nl", date=mail_date(2019, 6, 8, 11, 3),
                sender=(sender, s_mail), subject="aanvraag café De Molenwiek Bikschote",
                body=body, client="roundcube", att_name="aanvraag_molenwiek.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 10. pdf_letter fr BE - French-speaking neighbourhood committee on the coast
def t10():
    org = "Comité de quartier Les Oyats"
    title = "Les Oyats se rencontrent : fête de quartier et boîte à idées"
    contact, c_tel, c_mail = "Françoise Delvaux-Maes", "+3258517340", "f.delvaux@example.net"
    pres, pr_tel = "André Vanlerberghe", "+32496218807"
    street, pc, city = "Helmgrasstraat 9", "8670", "Oostduinkerke"
    req, tot = 9000, 12600
    exp = [("Enquête porte-à-porte et boîte à idées", 1900), ("Accompagnement par un expert en participation", 3800),
           ("Fête de quartier (tente, musique, repas)", 4100), ("Petit mobilier pour la placette", 1800),
           ("Communication bilingue", 1000)]
    st = "fr_dot"
    check_budget(exp, [], req, tot)
    L = dict(
        font="Times-Roman",
        sender=["%s – c/o %s" % (org, contact), street, "%s %s" % (pc, city), "Belgique"],
        recipient=PROV_FR,
        place_date="Oostduinkerke, le 15 mai 2019",
        subject="Objet : candidature à l'appel « Maak werk van je buurt ! » / Partons 2.0",
        blocks=[
            ("p", "Monsieur,"),
            ("p", "Notre comité réunit une quarantaine de familles, en majorité francophones, du quartier des "
                  "Oyats. Nous avons rempli l'an dernier le formulaire « Quartiers en transition » d'une "
                  "fondation bruxelloise ; nous en reprenons ici les rubriques."),
            ("h", "Rubrique 1 – Identité du demandeur"),
            ("b", ["Nom : %s (association de fait)" % org, "Adresse : %s, %s %s" % (street, pc, city),
                   "Président : %s, %s" % (pres, phone(pr_tel, "nat"))]),
            ("h", "Rubrique 2 – Personne de contact"),
            ("b", ["%s, secrétaire" % contact, "Téléphone : %s" % phone(c_tel, "intl"), "Courriel : %s" % c_mail]),
            ("h", "Rubrique 3 – Projet"),
            ("p", "« %s ». Nous voulons d'abord interroger tous les habitants (porte-à-porte et boîte à idées), "
                  "puis réaménager la petite placette avec eux et y organiser une fête de quartier annuelle." % title),
            ("h", "Rubrique 4 – Budget"),
            ("tab", ["Poste", "Montant"], rows(exp, st) + [["Budget total", money(tot, st)]]),
            ("p", "Nous sollicitons %s. Le solde (%s) est couvert par le comité et une fête de soutien." % (
                money(req, st), money(tot - req, st))),
        ],
        closing="Veuillez agréer, Monsieur, nos salutations distinguées.",
        signature=[[contact, "secrétaire"], [pres, "président"]],
        meta={"title": "Candidature Les Oyats", "creator": "LibreOffice Writer"},
    )
    att = pdfletter.render(L)
    body = ("Bonjour,\n\nVeuillez trouver ci-joint la candidature de notre comité de quartier à Oostduinkerke.\n\n"
            "Bien cordialement,\nFrançoise Delvaux\n")
    return dict(fmt="pdf_letter", lang="fr", date=mail_date(2019, 5, 15, 17, 33),
                sender=("Françoise Delvaux", c_mail), subject="Candidature comité Les Oyats",
                body=body, client="thunderbird_fr", att_name="candidature_les_oyats.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 11. docx_form nl BE - a youth service's project-grant form with check-box content controls
def t11():
    org = "Jeugdhuis De Kelder vzw"
    title = "Jeugdhuis als buurthuis: open namiddagen voor jong en oud"
    contact, c_tel, c_mail = "Jonas Goethals", "+32468127739", "jonas.goethals@example.com"
    chair, ch_tel = "Lotte Mahieu", "+32472550183"
    street, pc, city = "Kastanjedreef 3", "8600", "Esen"
    req, tot = 5200, 7480
    exp = [("Aanpassing zaal (toegankelijkheid, verlichting)", 2950), ("Gezelschapsspelen en leesbib", 780),
           ("Begeleiding intergenerationele werking", 2250), ("Promotie", 500), ("Drank en versnaperingen opstart", 1000)]
    inc = [("Gevraagd", req), ("Eigen middelen jeugdhuis", 1480), ("Jeugddienst", 800)]
    check_budget(exp, inc, req, tot)
    st = "be"
    items = [
        H("1. Organisatie"),
        F("Naam jeugdvereniging", org),
        C("Soort", ["jeugdbeweging", "jeugdhuis", "speelpleinwerking", "andere"], ["jeugdhuis"]),
        F("Adres lokaal / zetel", street),
        R([F("Postcode", pc), F("Deelgemeente", city)]),
        F("Voorzitter + gsm", "%s – %s" % (chair, phone(ch_tel, "nat"))),
        F("Verantwoordelijke voor dit project", contact),
        F("Gsm verantwoordelijke", phone(c_tel, "nat")),
        F("E-mail verantwoordelijke", c_mail),
        F("Aantal leden", "62"),
        H("2. Project"),
        F("Naam van het project", title),
        F("Wat willen jullie doen?", "Op woensdag- en zondagnamiddag opent het jeugdhuis voor de hele buurt: "
          "gezelschapsspelen, een leeshoek, hulp bij smartphone en computer door jongeren. Zo wordt het "
          "jeugdhuis een ontmoetingsplek voor jong en oud in Esen.", kind="multi"),
        C("Doelgroep", ["kinderen", "jongeren", "volwassenen", "senioren"], ["jongeren", "volwassenen", "senioren"]),
        F("Startdatum", "15/09/2019"),
        H("3. Financiën"),
        T(["Uitgaven", "Bedrag (€)"], rows(exp, st) + [["Totaal", money(tot, st)]], widths=[5, 1.5],
          field_cols=[1], bold_rows=[len(exp)]),
        T(["Inkomsten", "Bedrag (€)"], rows(inc, st) + [["Totaal", money(tot, st)]], widths=[5, 1.5],
          field_cols=[1], bold_rows=[len(inc)]),
        F("Gevraagde subsidie (€)", money(req, st)),
        P("De jeugddienst kent maximaal 800 € projectsubsidie toe per werkjaar.", "small"),
        H("4. Handtekening"),
        F("Datum / naam", "11/06/2019 – Jonas Goethals"),
    ]
    doc = Doc("Aanvraagformulier projectsubsidie jeugdwerk", items, subtitle="Jeugddienst Ijzerdamme – 2018",
              header_left=["Jeugddienst Ijzerdamme", "Jeugdcentrum, Kaaiplein 5, 8600 Diksmuide",
                           "051 00 38 20 – jeugddienst.ijzerdamme@example.net"],
              footer="Jeugddienst – projectsubsidie jeugdwerk",
              meta={"title": "Projectsubsidie jeugdwerk", "author": "Jeugddienst", "last_modified_by": "Jonas G",
                    "created": created(2018, 1, 8, 14, 0), "revision": 9})
    att = docxform.render(doc, created(2019, 6, 11, 22, 15), dict(sdt=True, check="sdt", head="style",
                                                                   label_fill="F2F2F2"), "nl")
    body = ("Hoi Jonas,\n\nToevallig dezelfde voornaam :-) In bijlage de aanvraag van Jeugdhuis De Kelder uit "
            "Esen. Ik heb het formulier van de jeugddienst gebruikt.\n\nGroetjes\nJonas Goethals\n"
            "jeugdhuis De Kelder\n")
    return dict(fmt="docx_form", lang="nl", date=mail_date(2019, 6, 11, 22, 31),
                sender=(contact, c_mail), subject="aanvraag jeugdhuis De Kelder Esen",
                body=body, client="thunderbird", att_name="Projectsubsidie_De_Kelder.docx", att=att, ext="docx",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 12. docx_form nl BE - a welfare council's residents'-initiative form, by a resident (no organisation)
def t12():
    title = "Mesen deelt: een gereedschapsbib voor de buurt"
    contact, c_tel, c_mail = "Hans Vervaecke", "+32491550386", "hans.vervaecke@example.net"
    street, pc, city = "Kerkhofweg 4", "8957", "Mesen"
    req, tot = 1850, 2430
    exp = [("Gereedschap (boormachine, ladder, hogedrukreiniger, ...)", 1380), ("Rekken en slot container", 450),
           ("Uitleensysteem en stickers", 200), ("Buurtmoment", 400)]
    inc = [("Gevraagde steun", req), ("Bijdrage buren", 580)]
    check_budget(exp, inc, req, tot)
    st = "euro"
    items = [
        P("Voor bewoners die zelf iets willen organiseren in hun straat of wijk. Ook individuele inwoners "
          "kunnen een aanvraag doen.", "small"),
        H("Wie vraagt aan?"),
        F("Vereniging / groep", "geen – ik doe de aanvraag als inwoner"),
        F("Naam en voornaam", contact),
        F("Straat + nummer", street),
        F("Postcode + woonplaats", "%s %s" % (pc, city)),
        F("Telefoonnummer", phone(c_tel, "slash")),
        F("Mailadres", c_mail),
        F("Geboortejaar", "1971"),
        H("Jouw initiatief"),
        F("Titel", title),
        F("Wat en waarom?", "In een oude container op het erf van de pastorij komt een gereedschapsbib: buren "
          "lenen gereedschap uit in plaats van het zelf te kopen. Een vaste groep van 6 buren beheert de "
          "uitleen op zaterdagvoormiddag.", kind="multi"),
        F("Wie helpt mee?", "6 buren van de Kerkhofweg en de Markt"),
        H("Budget"),
        T(["Uitgave", "Bedrag"], rows(exp, st) + [["Totaal", money(tot, st)]], widths=[5, 1.5], bold_rows=[len(exp)]),
        F("Hoeveel vraag je?", money(req, st)),
        H("Voor de Welzijnsraad"),
        F("Advies", ""),
    ]
    doc = Doc("Aanvraag bewonersinitiatief", items, subtitle="Welzijnsraad Heuvelland-Oost",
              header_left=["Welzijnsraad Heuvelland-Oost", "p/a Sociaal Huis, Markt 3, 8957 Mesen",
                           "057 44 00 77"],
              footer="Welzijnsraad – aanvraag bewonersinitiatief",
              meta={"title": "Aanvraag bewonersinitiatief", "author": "Welzijnsraad", "last_modified_by": "Hans"})
    att = docxform.render(doc, created(2019, 5, 20, 19, 0), dict(head="shade", head_fill="FCE4D6", header_in="body",
                                                                   font="Arial", empty="…"), "nl")
    body = ("Goedenavond,\n\nIk wil met een paar buren een gereedschapsbib starten in Mesen. In bijlage het "
            "formulier van de welzijnsraad met alle info.\n\nHans Vervaecke\n")
    return dict(fmt="docx_form", lang="nl", date=mail_date(2019, 5, 20, 19, 26),
                sender=(contact, c_mail), subject="gereedschapsbib Mesen",
                body=body, client="webmail", att_name="aanvraag_bewonersinitiatief_Mesen.docx", att=att, ext="docx",
                fields=truth(None, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 13. docx_form fr FR - an agglomeration's association subsidy file (Cadres 1-6); president sends
def t13():
    org = "Steenwerck Patrimoine Vivant"
    title = "Chemins de mémoire : balade patrimoniale et fête des voisins du bourg"
    contact, c_tel, c_mail = "Hélène Dumortier", "+33353013992", "helene.dumortier@example.com"
    pres, pr_mail = "Alain Vermersch", "alain.vermersch@example.org"
    street, pc, city = "2 place de l'Église", "59181", "Steenwerck"
    req, tot = 7350, 10080
    exp = [("Panneaux et bornes de la balade (conception, fabrication)", 4680), ("Recherches historiques, collecte de témoignages", 1800),
           ("Fête des voisins (location, animation)", 1900), ("Carte-dépliant bilingue", 1100), ("Frais divers", 600)]
    inc = [("Partons 2.0 – sollicité", req), ("Commune de Steenwerck", 1200), ("Fonds propres", 1530)]
    check_budget(exp, inc, req, tot)
    st = "fr_int"
    items = [
        H("Cadre 1 – Identité de l'association"),
        F("Nom", org),
        F("Adresse du siège social", street),
        F("CP / Commune", "%s %s" % (pc, city)),
        F("Téléphone / courriel de l'association", "patrimoine.steenwerck@example.com"),
        F("N° SIRET", "819 004 662 00015"),
        H("Cadre 2 – Représentant légal"),
        F("Nom, prénom, qualité", "%s, président" % pres),
        F("Courriel", pr_mail),
        H("Cadre 3 – Personne chargée du dossier"),
        F("Nom, prénom", contact),
        F("Fonction", "secrétaire"),
        F("Téléphone", phone(c_tel, "nat")),
        F("Courriel", c_mail),
        H("Cadre 4 – Présentation de l'action"),
        F("Intitulé", title),
        F("Objectifs", "Faire découvrir le patrimoine du bourg aux nouveaux habitants et créer du lien : balade "
          "balisée de 12 étapes, témoignages des anciens, fête des voisins à l'arrivée.", kind="multi"),
        F("Territoire concerné", "bourg de Steenwerck et hameau du Pont-d'Achelles"),
        F("Date de mise en œuvre", "printemps 2020"),
        H("Cadre 5 – Budget de l'action"),
        T(["Charges", "Montant"], rows(exp, st) + [["Total charges", money(tot, st)]], widths=[5, 1.5],
          bold_rows=[len(exp)]),
        T(["Produits", "Montant"], rows(inc, st) + [["Total produits", money(tot, st)]], widths=[5, 1.5],
          bold_rows=[len(inc)]),
        H("Cadre 6 – Attestation"),
        P("Je soussigné, représentant légal, certifie l'exactitude des informations et sollicite une subvention de :"),
        F("Montant", money(req, st)),
        F("Fait à / le", "Steenwerck, le 2 mai 2019"),
    ]
    doc = Doc("Dossier de demande de subvention – Associations", items,
              subtitle="Communauté d'agglomération Cœur de Flandre-Lys – Cadres 1 à 6",
              header_left=["Communauté d'agglomération Cœur de Flandre-Lys", "Direction de la Vie associative",
                           "Parc d'activités de la Lys – 59280 Armentières – 03 53 01 14 14"],
              header_right=["Formulaire VA-01"],
              footer="CA Cœur de Flandre-Lys – dossier de subvention",
              meta={"title": "Dossier de subvention associations", "author": "CA CFL", "last_modified_by": "H. Dumortier"})
    att = docxform.render(doc, created(2019, 5, 2, 16, 45), dict(head="row", head_fill="D9E1F2",
                                                                   font="Times New Roman"), "fr")
    body = ("Monsieur,\n\nJe vous adresse le dossier de Steenwerck Patrimoine Vivant pour l'appel à projets "
            "Partons 2.0. Nous avons utilisé le dossier de subvention de l'agglomération. Pour tout "
            "renseignement, veuillez vous adresser à notre secrétaire, Hélène Dumortier.\n\n"
            "Cordialement,\nAlain Vermersch, président\n")
    return dict(fmt="docx_form", lang="fr", date=mail_date(2019, 5, 3, 8, 20),
                sender=(pres, pr_mail), subject="Steenwerck Patrimoine Vivant - demande Partons 2.0",
                body=body, client="outlook", att_name="Dossier subvention SPV.docx", att=att, ext="docx",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 14. docx_form fr FR - a school's educational-project template reused by the parents' association
def t14():
    org = "Association des parents d'élèves de l'école des Trois Moulins"
    title = "Cour d'école ouverte : potager et jeux pour le quartier"
    contact, c_tel, c_mail = "Émilie Rousseau", "+33639982108", "emilie.rousseau@example.net"
    street, pc, city = "21 rue de Dunkerque", "59470", "Wormhout"
    req, tot = 9900, 21500
    exp = [("Désimperméabilisation partielle de la cour", 9200), ("Potager pédagogique et composteur", 2600),
           ("Jeux au sol et cabane", 5400), ("Mobilier (bancs, tables)", 2900), ("Fête d'ouverture au quartier", 1400)]
    inc = [("Province de Flandre-Occidentale (Partons 2.0)", req), ("Commune de Wormhout", 10000),
           ("APE (kermesse, tombola)", 1600)]
    check_budget(exp, inc, req, tot)
    st = "fr"
    items = [
        P("Modèle de fiche à utiliser pour tout projet présenté au conseil d'école (enseignants, APE, "
          "partenaires).", "small"),
        H("1. Porteur(s) du projet"),
        F("Nom du porteur", org),
        F("Adresse", "%s – %s %s" % (street, pc, city)),
        F("Responsable / interlocuteur", contact),
        F("Téléphone", phone(c_tel, "nat")),
        F("Courriel", c_mail),
        F("Classe(s) concernée(s)", "toutes (CP au CM2)"),
        H("2. Le projet"),
        F("Titre du projet", title),
        F("Constat de départ", "La cour est entièrement bitumée et fermée en dehors du temps scolaire, alors que "
          "le quartier ne dispose d'aucun espace de jeux.", kind="multi"),
        F("Objectifs", "Végétaliser la cour avec les élèves et les habitants, créer un potager, et ouvrir la cour "
          "au quartier le mercredi après-midi et le samedi.", kind="multi"),
        F("Partenaires", "mairie, centre social, conseil de quartier"),
        H("3. Budget"),
        T(["Dépenses", "Montant"], rows(exp, st) + [["Coût global", money(tot, st)]], widths=[5, 1.5],
          bold_rows=[len(exp)]),
        T(["Financements", "Montant"], rows(inc, st), widths=[5, 1.5]),
        F("Montant demandé au financeur extérieur", money(req, st)),
        H("4. Avis de la direction"),
        F("Nom de la directrice", "Sabine Hennebelle"),
        F("Coordonnées de l'école", "03 53 01 58 00 – ce.trois-moulins@example.org"),
        F("Avis", "favorable"),
    ]
    doc = Doc("Fiche projet – modèle", items, subtitle="École publique des Trois Moulins – projet d'école 2017-2020",
              header_left=["École des Trois Moulins", "21 rue de Dunkerque – 59470 Wormhout"],
              header_right=["Conseil d'école"], footer="Fiche projet – école des Trois Moulins",
              meta={"title": "Fiche projet modèle", "author": "Direction école", "last_modified_by": "Emilie R"})
    att = docxform.render(doc, created(2019, 6, 5, 21, 0), dict(head="shade", head_fill="E2EFDA", font="Calibri"), "fr")
    body = ("Bonjour,\n\nL'association des parents d'élèves de l'école des Trois Moulins à Wormhout souhaite "
            "participer à l'appel à projets. Nous avons repris la fiche projet de l'école.\n\nMerci !\n"
            "Émilie Rousseau\n")
    return dict(fmt="docx_form", lang="fr", date=mail_date(2019, 6, 5, 21, 22),
                sender=(contact, c_mail), subject="Projet cour d'école ouverte - Wormhout",
                body=body, client="iphone", att_name="Fiche projet cour ouverte.docx", att=att, ext="docx",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 15. docx_form fr FR - a foundation's social-innovation prize entry with content controls
def t15():
    org = "Recyclerie Les Mains Vertes"
    title = "Ressourcerie de quartier et ateliers de réparation"
    contact, c_tel, c_mail = "Julie Marchand", "+33353012764", "julie.marchand@example.com"
    pres = "Olivier Leroy"
    street, pc, city = "64 rue d'Armentières", "59850", "Nieppe"
    req, tot = 9200, 13900
    exp = [("Aménagement du local de quartier", 5400), ("Outillage des ateliers", 3100), ("Animateur réparation (vacations)", 3300),
           ("Communication", 900), ("Assurance", 1200)]
    inc = [("Montant demandé", req), ("Ventes solidaires", 2700), ("Commune de Nieppe", 2000)]
    check_budget(exp, inc, req, tot)
    st = "fr_eur"
    items = [
        H("A – Candidat"),
        F("Structure", org),
        F("Forme juridique", "association loi 1901 – SIRET 827 551 209 00019"),
        F("Adresse", street),
        R([F("Code postal", pc), F("Commune", city)]),
        F("Dirigeant(e)", "%s (président)" % pres),
        F("Interlocuteur pour la candidature", contact),
        F("Fonction", "chargée de projet"),
        F("Tél.", phone(c_tel, "intl0")),
        F("E-mail", c_mail),
        H("B – Projet"),
        F("Nom du projet", title),
        F("Caractère innovant", "Une ressourcerie de proximité tenue par les habitants : dépôt d'objets, "
          "ateliers de réparation hebdomadaires et prêt d'outils, dans un ancien commerce du centre.", kind="multi"),
        C("Stade d'avancement", ["idée", "en préparation", "démarré"], ["en préparation"]),
        F("Nombre de bénévoles", "17"),
        H("C – Chiffres clés"),
        T(["Dépenses prévues", "Montant"], rows(exp, st), widths=[5, 1.6], field_cols=[1]),
        T(["Ressources prévues", "Montant"], rows(inc, st), widths=[5, 1.6], field_cols=[1]),
        F("Budget total", money(tot, st)),
        F("Dotation du prix (pour information)", "1er prix 5 000 euros, 2e prix 3 000 euros"),
        H("D – Engagement"),
        F("Date", "13/05/2019"),
        F("Nom du signataire", pres),
    ]
    doc = Doc("Prix de l'innovation sociale de proximité – Fiche de candidature", items,
              subtitle="Fondation Initiatives Solidaires des Flandres – édition 2018",
              header_left=["Fondation Initiatives Solidaires des Flandres", "BP 40 – 59190 Hazebrouck",
                           "prix.fisf@example.org"],
              footer="FISF – Prix de l'innovation sociale 2018",
              meta={"title": "Fiche de candidature Prix", "author": "FISF", "last_modified_by": "julie.marchand"})
    att = docxform.render(doc, created(2019, 5, 13, 15, 30), dict(sdt=True, check="glyph", head="shade",
                                                                   head_fill="FFF2CC", font="Cambria"), "fr")
    body = ("Bonjour Monsieur Polin,\n\nComme évoqué au téléphone, je vous fais parvenir notre fiche de "
            "candidature (au format de la Fondation Initiatives Solidaires). Le montant demandé est indiqué en "
            "partie C.\n\nJulie Marchand\nRecyclerie Les Mains Vertes\n")
    return dict(fmt="docx_form", lang="fr", date=mail_date(2019, 5, 13, 15, 47),
                sender=(contact, c_mail), subject="Candidature Recyclerie Les Mains Vertes",
                body=body, client="outlook", att_name="Fiche_candidature_Mains_Vertes.docx", att=att, ext="docx",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 16. odt_form nl BE - a heritage cell's project sheet (Writer, headings as text:h)
def t16():
    org = "Heemkring Het Blauwe Huis"
    title = "Zillebeke herinnert: buurtwandelingen en verhalenbank"
    contact, c_tel, c_mail = "Annelies Baert", "+3257216604", "annelies.baert@example.org"
    chair = "Roland Vanacker"
    street, pc, city = "Blauwhuisstraat 5", "8902", "Zillebeke"
    req, tot = 4950, 6820
    exp = [("Opname en montage van getuigenissen", 2100), ("Wandelbrochure en bewegwijzering", 1870),
           ("Drie buurtwandelingen met gids", 1050), ("Verhalenavond", 900), ("Website verhalenbank", 900)]
    inc = [("Partons 2.0", req), ("Erfgoedcel (projectbudget)", 1000), ("Eigen middelen", 870)]
    check_budget(exp, inc, req, tot)
    st = "eur_post"
    items = [
        H("Projectdrager"),
        F("Naam organisatie", org),
        F("Adres", "%s, %s %s" % (street, pc, city)),
        F("Voorzitter", chair),
        F("Contactpersoon (naam – tel. – e-mail)", "%s – %s – %s" % (contact, phone(c_tel, "nat"), c_mail)),
        H("Project"),
        F("Projectnaam", title),
        F("Erfgoedthema", "oorlogs- en dorpsherinneringen, immaterieel erfgoed"),
        F("Omschrijving", "We verzamelen de verhalen van oudere buurtbewoners en nieuwe inwoners over het leven in "
          "Zillebeke en maken er drie buurtwandelingen en een online verhalenbank van. Buren gidsen buren."),
        F("Betrokken partners", "basisschool, Okra, Toerisme Ieper"),
        F("Periode", "oktober 2019 – mei 2020"),
        H("Begroting"),
        T(["Uitgaven", "Bedrag"], rows(exp, st), widths=[5, 1.5]),
        T(["Inkomsten", "Bedrag"], rows(inc, st), widths=[5, 1.5]),
        R([F("Totale kosten", money(tot, st)), F("Aangevraagd", money(req, st))], label="Samenvatting"),
        H("Handtekening"),
        F("Plaats en datum", "Zillebeke, 25 april 2019"),
    ]
    doc = Doc("Projectfiche erfgoedprojecten", items, subtitle="Erfgoedcel Ijzer-Kemmel – projectoproep 2018",
              header_left=["Erfgoedcel Ijzer-Kemmel", "Lakenhalle-Noord 2, 8900 Ieper", "erfgoedcel.ijk@example.net"],
              footer="Erfgoedcel Ijzer-Kemmel – projectfiche")
    att = odtform.render(doc, iso(created(2019, 4, 25, 17, 10)), "Annelies Baert", dict(head="h", font="DejaVu Sans"))
    body = ("Beste Jonas,\n\nOnze heemkring wil graag deelnemen aan de oproep. In bijlage de projectfiche "
            "(sjabloon van de erfgoedcel).\n\nMet vriendelijke groeten,\nAnnelies Baert\nHeemkring Het Blauwe Huis\n")
    return dict(fmt="odt_form", lang="nl", date=mail_date(2019, 4, 26, 10, 5),
                sender=(contact, c_mail), subject="Projectfiche heemkring Zillebeke",
                body=body, client="thunderbird", att_name="projectfiche_zillebeke_herinnert.odt", att=att, ext="odt",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 17. odt_form nl BE - a social-cohesion fund's application (Writer tables with shaded rows)
def t17():
    org = "Dorpshuis Woesten vzw"
    title = "Het Woesters Dorpsontbijt: maandelijks ontbijt en dienstenruil"
    contact, c_tel, c_mail = "Yves Ryckewaert", "+32477902431", "yves.ryckewaert@example.net"
    chair, ch_tel, ch_mail = "Nele Desmet", "+3257400512", "nele.desmet@example.org"
    street, pc, city = "Woestendorp 12", "8640", "Woesten"
    req, tot = 4400, 6050
    exp = [("Keukenmateriaal en servies", 1650), ("Ruilkast en prikbord", 700), ("Aankoop ontbijtproducten (opstart)", 1500),
           ("Begeleiding dienstenruil", 1400), ("Communicatie", 800)]
    inc = [("Aangevraagde steun", req), ("Vrije bijdragen ontbijt", 1150), ("Eigen middelen", 500)]
    check_budget(exp, inc, req, tot)
    st = "eur_sym"
    items = [
        H("Rubriek 1 – Identificatie"),
        F("Naam aanvrager", org),
        F("Zetel", "%s – %s %s" % (street, pc, city)),
        F("Ondernemingsnummer", "0478.302.915"),
        F("Voorzitter (naam, tel., e-mail)", "%s, %s, %s" % (chair, phone(ch_tel, "nat"), ch_mail)),
        F("Projectverantwoordelijke", contact),
        F("Tel. projectverantwoordelijke", phone(c_tel, "intl")),
        F("E-mail projectverantwoordelijke", c_mail),
        H("Rubriek 2 – Projectgegevens"),
        F("Titel", title),
        F("Doel", "Elke eerste zondag van de maand een dorpsontbijt in het dorpshuis, gekoppeld aan een "
          "dienstenruil: buren bieden hulp aan (klusjes, vervoer, boodschappen) en vragen hulp."),
        F("Doelgroep", "alle inwoners van Woesten, in het bijzonder alleenstaanden"),
        F("Aantal verwachte deelnemers", "60 per ontbijt"),
        H("Rubriek 3 – Kostenraming en financiering"),
        T(["Kosten", "Bedrag"], rows(exp, st) + [["Totale kostprijs", money(tot, st)]], widths=[5, 1.5],
          bold_rows=[len(exp)]),
        T(["Financiering", "Bedrag"], rows(inc, st), widths=[5, 1.5]),
        F("Bedrag aangevraagd", money(req, st)),
        H("Rubriek 4 – Ondertekening"),
        F("Datum", "18 mei 2019"),
        F("Naam", chair),
    ]
    doc = Doc("Aanvraagformulier Fonds Sociale Cohesie", items, subtitle="Fonds Sociale Cohesie Westhoek – oproep 2018",
              header_left=["Fonds Sociale Cohesie Westhoek", "Bollingstraat 4, 8630 Veurne", "058 33 44 01"],
              footer="FSC Westhoek – aanvraagformulier",
              intro=["Per aanvraag max. 3.000 euro. Reglement op eenvoudige vraag."])
    att = odtform.render(doc, iso(created(2019, 5, 18, 11, 25)), "Yves", dict(head="row", head_fill="#c5e0b4",
                                                                                 label_fill="#f7f7f7"))
    body = ("Dag Jonas,\n\nIn bijlage onze aanvraag voor het dorpsontbijt in Woesten. Het is het formulier "
            "van het Fonds Sociale Cohesie, maar de info is dezelfde.\n\nGroeten\nYves Ryckewaert\nDorpshuis Woesten\n")
    return dict(fmt="odt_form", lang="nl", date=mail_date(2019, 5, 18, 11, 52),
                sender=(contact, c_mail), subject="Aanvraag dorpsontbijt Woesten",
                body=body, client="roundcube", att_name="Aanvraag_dorpsontbijt_Woesten.odt", att=att, ext="odt",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 18. odt_form fr FR - a social centre's neighbourhood participatory fund; amount at the 10 000 cap
def t18():
    org = "Bray-Dunes Plage et Voisinage"
    title = "Les Mouettes solidaires : cabane de quartier et bancs partagés"
    contact, c_tel, c_mail = "Sandrine Caron", "+33639986612", "sandrine.caron@example.org"
    pres, pr_tel = "Gilles Verove", "+33353013018"
    street, pc, city = "18 avenue des Mouettes", "59123", "Bray-Dunes"
    req, tot = 10000, 16250
    exp = [("Cabane de quartier en bois (kit et montage)", 7900), ("Bancs partagés (6)", 3300),
           ("Ateliers de construction participatifs", 2450), ("Inauguration et animations", 1400),
           ("Communication", 1200)]
    inc = [("Partons 2.0", req), ("Commune de Bray-Dunes", 3500), ("Fonds propres et dons", 2750)]
    check_budget(exp, inc, req, tot)
    st = "fr_int"
    items = [
        H("Le groupe porteur"),
        F("Nom du groupe ou de l'association", org),
        C("Forme", ["groupe d'habitants", "association"], ["association"]),
        F("Adresse", street),
        F("Code postal et ville", "%s %s" % (pc, city)),
        F("Président(e)", "%s (%s)" % (pres, phone(pr_tel, "dots"))),
        F("Contact du projet", "%s, animatrice bénévole" % contact),
        F("Téléphone du contact", phone(c_tel, "nat")),
        F("Courriel du contact", c_mail),
        H("Le projet"),
        F("Nom du projet", title),
        F("Description", "Construire avec les habitants une cabane de quartier (boîte à dons, bibliothèque, "
          "rangement pour les jeux de plage) et six bancs partagés le long de l'avenue, lieux de rencontre entre "
          "résidents permanents et saisonniers."),
        F("Lieu", "placette de l'avenue des Mouettes"),
        H("Le budget"),
        T(["Dépenses", "Montant"], rows(exp, st), widths=[5, 1.5]),
        T(["Recettes", "Montant"], rows(inc, st), widths=[5, 1.5]),
        F("Coût total", money(tot, st)),
        F("Somme demandée", money(req, st)),
        P("Rappel : le fonds participatif de quartier finance au maximum 800 € par projet.", "small"),
        H("Partie réservée au comité d'attribution"),
        F("Décision", ""),
    ]
    doc = Doc("Fonds participatif de quartier – Formulaire de demande", items,
              header_left=["Centre social Les Dunes", "5 rue du Nord, 59123 Bray-Dunes", "03 53 01 46 46"],
              footer="Centre social Les Dunes – FPQ")
    att = odtform.render(doc, iso(created(2019, 6, 14, 9, 5)), "Sandrine", dict(head="h", check="glyph",
                                                                                  font="Liberation Sans"))
    body = ("Bonjour,\n\nNous vous envoyons notre projet pour l'avenue des Mouettes à Bray-Dunes, sur le "
            "formulaire du fonds participatif du centre social.\n\nSandrine Caron\n")
    return dict(fmt="odt_form", lang="fr", date=mail_date(2019, 6, 14, 9, 30),
                sender=(contact, c_mail), subject="Projet Les Mouettes solidaires (Bray-Dunes)",
                body=body, client="webmail", att_name="formulaire_FPQ_Mouettes.odt", att=att, ext="odt",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 19. xlsx_form fr FR - a syndicate's rural-call application table (Excel, one sheet, formulas)
def t19():
    org = "Tiers-Lieu La Grange Numérique"
    title = "Espace de télétravail et café numérique à la Grange"
    contact, c_tel, c_mail = "Romain Lesage", "+33353019325", "romain.lesage@example.net"
    pres, pr_mail = "Sophie Vandenabeele", "sophie.vandenabeele@example.com"
    street, pc, city = "12 rue de la Brasserie", "59470", "Esquelbecq"
    req, tot = 8750, 19600
    exp = [("Travaux d'isolation et d'électricité", 8400), ("Mobilier de coworking (8 postes)", 4300),
           ("Matériel informatique partagé", 3100), ("Animation café numérique (6 mois)", 2400),
           ("Communication et inauguration", 1400)]
    inc = [("Partons 2.0 (demande)", req), ("Région – appel tiers-lieux (acquis)", 6000),
           ("Loyers postes de travail (1re année)", 2850), ("Fonds propres", 2000)]
    check_budget(exp, inc, req, tot)
    s = sheets.Sheet("Candidature", [2, 34, 15, 15, 18])
    s.put(0, 1, "APPEL À PROJETS RURALITÉ 2017 – TABLEAU DE CANDIDATURE", bold=True, size=12, span=(1, 4))
    s.put(1, 1, "Syndicat mixte des Flandres intérieures – 7 rue de Bergues, 59470 Wormhout – 03 53 01 33 00",
          size=8, span=(1, 4))
    s.put(2, 1, "Remplir uniquement les cellules bleues. Ne pas modifier les formules.", italic=True, color="FFC00000",
          span=(1, 4))
    r = 4
    s.put(r, 1, "A. PORTEUR", bold=True, fill="FF1F4E79", color="FFFFFFFF", span=(1, 4))
    r += 1
    for lab, val in [("Dénomination", org), ("Forme juridique", "SCIC"), ("SIRET", "838 207 114 00010"),
                     ("Adresse (n°, voie)", street), ("Code postal", pc), ("Commune", city),
                     ("Représentant légal", "%s, présidente – %s" % (pres, pr_mail)),
                     ("Chef de projet", contact), ("Téléphone chef de projet", phone(c_tel, "nat")),
                     ("Courriel chef de projet", c_mail)]:
        s.put(r, 1, lab, border=True)
        s.put(r, 2, val, fill="FFDDEBF7", span=(1, 3), border=True, align="left")
        r += 1
    r += 1
    s.put(r, 1, "B. PROJET", bold=True, fill="FF1F4E79", color="FFFFFFFF", span=(1, 4))
    r += 1
    for lab, val in [("Intitulé", title),
                     ("Résumé", "Transformer la grange de l'ancienne brasserie en tiers-lieu : 8 postes de télétravail, "
                                "un café numérique pour aider les habitants dans leurs démarches en ligne, "
                                "des ateliers intergénérationnels."),
                     ("Commune(s) concernée(s)", "Esquelbecq, Ledringhem, Zegerscappel"),
                     ("Calendrier", "travaux automne 2019 – ouverture janvier 2020")]:
        s.put(r, 1, lab, border=True)
        s.put(r, 2, val, fill="FFDDEBF7", span=(1, 3), border=True, wrap=True)
        if lab == "Résumé":
            s.heights[r] = 58
        r += 1
    r += 1
    s.put(r, 1, "C. PLAN DE FINANCEMENT", bold=True, fill="FF1F4E79", color="FFFFFFFF", span=(1, 4))
    r += 1
    s.put(r, 1, "Dépenses", bold=True, border=True)
    s.put(r, 2, "Montant HT", bold=True, border=True)
    r += 1
    f0 = r
    for lab, v in exp:
        s.put(r, 1, lab, border=True)
        s.put(r, 2, v, numfmt='#,##0.00\\ "€"', fill="FFDDEBF7", border=True)
        r += 1
    s.put(r, 1, "Coût total du projet", bold=True, border=True)
    s.put(r, 2, tot, formula="SUM(C%d:C%d)" % (f0 + 1, r), numfmt='#,##0.00\\ "€"', bold=True, border=True)
    tot_ref = "C%d" % (r + 1)
    r += 2
    s.put(r, 1, "Ressources", bold=True, border=True)
    s.put(r, 2, "Montant", bold=True, border=True)
    s.put(r, 3, "%", bold=True, border=True)
    s.put(r, 4, "Statut", bold=True, border=True)
    r += 1
    g0 = r
    for (lab, v), stt in zip(inc, ["sollicité", "acquis", "prévisionnel", "acquis"]):
        s.put(r, 1, lab, border=True)
        s.put(r, 2, v, numfmt='#,##0.00\\ "€"', fill="FFDDEBF7", border=True)
        s.put(r, 3, float(D(v) / D(tot)), formula="C%d/%s" % (r + 1, tot_ref), numfmt="0.0%", border=True)
        s.put(r, 4, stt, border=True)
        r += 1
    s.put(r, 1, "Total ressources", bold=True, border=True)
    s.put(r, 2, tot, formula="SUM(C%d:C%d)" % (g0 + 1, r), numfmt='#,##0.00\\ "€"', bold=True, border=True)
    r += 2
    s.put(r, 1, "Taux d'aide maximal de l'appel à projets : 40 % ; plafond 30 000 €", italic=True, span=(1, 4))
    r += 1
    s.put(r, 1, "Date : 03/06/2019", span=(1, 2))
    att = sheets.render_xlsx([s], dict(creator="SMFI", last_modified_by="Romain Lesage",
                                       title="Tableau de candidature AAP Ruralité 2017",
                                       created=created(2017, 3, 2, 8, 30), modified=created(2019, 6, 3, 17, 12)))
    body = ("Bonjour Monsieur Polin,\n\nSuite à votre présentation à Wormhout, voici le dossier de La Grange "
            "Numérique. Nous avons repris le tableau de candidature du Syndicat mixte (onglet unique), qui "
            "contient le plan de financement complet.\n\nBien à vous,\nRomain Lesage\n")
    return dict(fmt="xlsx_form", lang="fr", date=mail_date(2019, 6, 3, 17, 30),
                sender=(contact, c_mail), subject="La Grange Numérique - candidature Partons 2.0",
                body=body, client="outlook", att_name="Tableau_candidature_Grange_Numerique.xlsx", att=att,
                ext="xlsx", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 20. ods_form nl BE - a regional fund's application + budget form in LibreOffice Calc
def t20():
    org = "Hoevemarkt Alveringem cv"
    title = "Wekelijkse boerenmarkt op het dorpsplein"
    contact, c_tel, c_mail = "Evelien Pattyn", "+3258294177", "evelien.pattyn@example.com"
    street, pc, city = "Boerenstraat 14", "8690", "Alveringem"
    req, tot = 7300, 11900
    exp = [("Marktkramen en luifels", 4600), ("Koelvitrine gedeeld gebruik", 2350), ("Elektriciteitskast dorpsplein", 1900),
           ("Promotie en marktbord", 1250), ("Proefmarkt met buurtbevraging", 1800)]
    inc = [("Gevraagd: Partons 2.0", req), ("Kapitaal coöperanten", 3100), ("Standgelden eerste jaar", 1500)]
    check_budget(exp, inc, req, tot)
    s1 = sheets.Sheet("Aanvraag", [2, 30, 14, 14, 14])
    s1.put(0, 1, "Streekfonds Westhoek-Polder", bold=True, size=13, span=(1, 4))
    s1.put(1, 1, "Aanvraag- en begrotingsformulier – versie 2018 – Polderstraat 1, 8630 Veurne – 058 31 00 90",
           size=8, span=(1, 4))
    r = 3
    s1.put(r, 1, "Gegevens aanvrager", bold=True, fill="FFE2EFDA", span=(1, 4))
    r += 1
    for lab, val in [("Naam", org), ("Rechtsvorm", "coöperatieve vennootschap"), ("Ondernemingsnr.", "0701.559.348"),
                     ("Adres", street), ("Postcode", int(pc)), ("Gemeente", city), ("Contactpersoon", contact),
                     ("Telefoon", phone(c_tel, "slash")), ("E-mail", c_mail),
                     ("Bestuurder", "Wim Decroos – 0475 66 20 41")]:
        s1.put(r, 1, lab, border=True)
        s1.put(r, 2, val, span=(1, 3), border=True, align="left")
        r += 1
    r += 1
    s1.put(r, 1, "Project", bold=True, fill="FFE2EFDA", span=(1, 4))
    r += 1
    s1.put(r, 1, "Projectnaam", border=True)
    s1.put(r, 2, title, span=(1, 3), border=True)
    r += 1
    s1.put(r, 1, "Omschrijving", border=True)
    s1.put(r, 2, "Elke vrijdagavond een boerenmarkt met producten van 12 hoeves uit Alveringem en omgeving, "
                 "met een proefmarkt en bevraging van de inwoners vooraf.", span=(1, 3), border=True, wrap=True)
    r += 2
    s2 = sheets.Sheet("Begroting", [2, 40, 16])
    s2.put(0, 1, "Begroting", bold=True, size=12)
    s2.put(2, 1, "Uitgaven", bold=True, border=True, fill="FFE2EFDA")
    s2.put(2, 2, "Bedrag", bold=True, border=True, fill="FFE2EFDA")
    rr = 3
    for lab, v in exp:
        s2.put(rr, 1, lab, border=True)
        s2.put(rr, 2, v, numfmt="eur", border=True)
        rr += 1
    s2.put(rr, 1, "Totaal uitgaven", bold=True, border=True)
    s2.put(rr, 2, tot, formula="SUM(C4:C%d)" % rr, numfmt="eur", bold=True, border=True)
    rr += 2
    s2.put(rr, 1, "Inkomsten", bold=True, border=True, fill="FFE2EFDA")
    s2.put(rr, 2, "Bedrag", bold=True, border=True, fill="FFE2EFDA")
    rr += 1
    i0 = rr
    for lab, v in inc:
        s2.put(rr, 1, lab, border=True)
        s2.put(rr, 2, v, numfmt="eur", border=True)
        rr += 1
    s2.put(rr, 1, "Totaal inkomsten", bold=True, border=True)
    s2.put(rr, 2, tot, formula="SUM(C%d:C%d)" % (i0 + 1, rr), numfmt="eur", bold=True, border=True)
    rr += 2
    s2.put(rr, 1, "Steun Streekfonds: max. 4.000 euro", italic=True)
    att = sheets.render_ods([s1, s2], dict(creator="Evelien", created_iso=iso(created(2019, 5, 9, 20, 45))))
    body = ("Beste meneer Polin\n\nIn de bijlage vindt u de aanvraag van onze coöperatie voor een wekelijkse "
            "boerenmarkt in Alveringem. Het gevraagde bedrag staat op het tweede blad (Begroting).\n\n"
            "Vriendelijke groeten\nEvelien Pattyn\n")
    return dict(fmt="ods_form", lang="nl", date=mail_date(2019, 5, 9, 21, 3),
                sender=(contact, c_mail), subject="Aanvraag boerenmarkt Alveringem",
                body=body, client="thunderbird", att_name="aanvraag_streekfonds_hoevemarkt.ods", att=att, ext="ods",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))
