"""Test half, French applications (villages of the French Nord)."""
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib.colors import HexColor

from common import COORD_GSM, COORD_NAME, COORD_TEL, D, amt
from r_docx import Docx
from r_odt import Odt
from r_pdfform import PdfForm
from r_pdfletter import PdfLetter
from r_sheet import xlsx_bytes
from registry import case, fr, truth


# --------------------------------------------------------------------------------------------
@case("test", "fr", "pdf_form")
def t_fr_caestre_amis():
    """Mairie's grant request, 'Zone de texte n' widgets, labels above; contact is the treasurer."""
    org = "Association Les Amis de Caëstre"
    title = "Caëstre en fête : marché de Noël des habitants"
    total, req = Decimal("11600"), Decimal("9600")

    def hdr(f, first):
        if first:
            c = f.c
            c.setStrokeColor(HexColor("#1A237E"))
            c.rect(f.ml, f.H - 95, 120, 60, stroke=1, fill=0)
            f.text(f.ml + 8, f.H - 55, "RÉPUBLIQUE FRANÇAISE", f.bold, 7)
            f.text(f.ml + 8, f.H - 70, "Mairie de Caëstre", f.bold, 10)
            f.text(f.ml + 8, f.H - 84, "Département du Nord", f.font, 7)
            f.text(f.ml + 150, f.H - 58, "DEMANDE DE SUBVENTION", f.bold, 15, HexColor("#1A237E"))
            f.text(f.ml + 150, f.H - 75, "Associations locales - année 2019", f.font, 10)
            f.y = f.H - 110

    f = PdfForm(naming="Zone", header=hdr, head="underline", head_color="#1A237E", label_pos="above",
                fill=None, border="solid", border_color="#9FA8DA", title="Demande de subvention",
                creator="Microsoft Word - Acrobat PDFMaker 17")
    f.heading("Identification de l'association")
    f.field("Nom de l'association", org)
    f.row([("N° et rue", "21 rue du Vieux Moulin", .6), ("Code postal", "59190", .15), ("Ville", "Caëstre", .25)],
          pos="above")
    f.row([("Président(e) - nom, prénom", "Delbecque Isabelle", .5), ("Téléphone", "03 28 40 17 62", .5)],
          pos="above")
    f.row([("Trésorier(ère) - nom, prénom", "Dumont Mathieu", .5), ("Téléphone", "06.71.35.29.84", .5)],
          pos="above")
    f.field("Qui est la personne à contacter pour ce dossier ?", "Mathieu Dumont, trésorier")
    f.field("Adresse électronique de la personne à contacter", "mathieu.dumont@example.net")
    f.heading("Objet de la demande")
    f.field("Intitulé du projet", title)
    f.field("Présentation du projet", "Un marché de Noël entièrement tenu par les habitants et les "
            "associations : chalets en bois fabriqués lors d'ateliers, crèche vivante, chorale des écoles. "
            "Les chalets seront ensuite prêtés à toutes les associations du village.", lines=5)
    f.field("Date et lieu", "14 et 15 décembre 2019, place de l'église")
    f.heading("Budget")
    f.row([("Budget prévisionnel total", amt(total, "fr_cents"), .5),
           ("Montant de la subvention demandée", amt(req, "fr_cents"), .5)], pos="above")
    f.field("Autres financements", "Fonds propres 1 200,00 € - Sponsors (commerçants) 800,00 €")
    f.para("Rappel : la subvention municipale ne peut excéder 50 % du budget de l'action.", size=7.5)
    data = f.finish()
    body = ("Bonjour,\n\nJe vous adresse en pièce jointe notre demande de subvention pour le marché de Noël des "
            "habitants. Le dossier est suivi par notre trésorier Mathieu Dumont, en copie.\n\n"
            "Cordialement,\nIsabelle Delbecque\nPrésidente des Amis de Caëstre\n")
    return dict(sender=("Isabelle Delbecque", "isabelle.delbecque@example.com"), cc="mathieu.dumont@example.net",
                subject="Demande de subvention - Les Amis de Caëstre", body=body, when=(2019, 6, 7, 18, 3),
                filename="Demande subvention Amis de Caestre.pdf", data=data, html=True,
                truth=truth(org, "Mathieu Dumont", "mathieu.dumont@example.net", fr("06.71.35.29.84"),
                            "21 rue du Vieux Moulin", "59190", "Caëstre", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "pdf_form")
def t_fr_ledringhem_demain():
    """Simplified Cerfa-like dossier with 'Champ de texte n' widgets; income table with the request line."""
    org = "Association Ledringhem Demain"
    title = "Le Verger partagé de Ledringhem"
    charges = [("Achat d'arbres fruitiers et tuteurs", 3150), ("Clôture et portail", 2600),
               ("Intervention d'un paysagiste", 2400), ("Fête de plantation", 850), ("Panneaux pédagogiques", 1200)]
    total = sum(v for _, v in charges)
    produits = [("Fonds propres", 700), ("Commune de Ledringhem", 1000), ("Appel à projets Partons 2.0", 8500)]
    assert total == sum(v for _, v in produits)
    req = 8500

    def hdr(f, first):
        f.text(f.ml, f.H - 32, "DOSSIER DE DEMANDE DE SUBVENTION", f.bold, 9)
        f.text(f.x1 - 40, f.H - 32, f"{f.page}/2", f.font, 8)
        f.y = f.H - 48

    f = PdfForm(naming="ChampTexte", header=hdr, head="box", label_w=150, fill="#FFFDE7", border="solid",
                border_color="#555555", field_font="Times-Roman", font="Times-Roman", bold="Times-Bold", size=10,
                title="Dossier de demande de subvention")
    f.heading("Fiche 1 - Présentation de l'association")
    f.field("Nom", org)
    f.field("Adresse du siège social", "3 rue du Calvaire")
    f.row([("Code postal", "59470", .3), ("Commune", "Ledringhem", .7)])
    f.field("N° RNA", "W594009812")
    f.field("Objet de l'association", "animation et amélioration du cadre de vie du village", lines=2)
    f.heading("Fiche 2 - Personne chargée du dossier")
    f.row([("Nom", "Beun", .5), ("Prénom", "Patrick", .5)])
    f.field("Qualité", "président")
    f.row([("Téléphone", "03 28 62 17 45", .5), ("Courriel", "patrick.beun@example.org", .5)])
    f.heading("Fiche 3 - Description de l'action")
    f.field("Intitulé de l'action", title)
    f.field("Contenu et objectifs", "Planter un verger de 40 arbres de variétés anciennes de Flandre sur un "
            "terrain communal, avec les écoles et les habitants. Les fruits seront cueillis et partagés "
            "lors d'une fête annuelle.", lines=4)
    f.newpage()
    f.heading("Fiche 4 - Budget prévisionnel de l'action")
    f.table(["Dépenses", "Montant"], [[n, amt(v, "fr")] for n, v in charges] + [["Total", amt(total, "fr")]],
            [.7, .3])
    f.table(["Recettes", "Montant"], [[n, amt(v, "fr")] for n, v in produits] + [["Total", amt(total, "fr")]],
            [.7, .3])
    f.heading("Fiche 5 - Attestation sur l'honneur")
    f.para("Je soussigné(e), représentant(e) légal(e) de l'association, certifie exactes les informations du "
           "présent dossier.", size=9)
    f.row([("Fait à", "Ledringhem", .5), ("le", "29/05/2019", .5)])
    data = f.finish()
    body = ("Bonjour Monsieur Polin,\n\nSuite à notre échange, voici le dossier de Ledringhem Demain pour le "
            "verger partagé.\n\nCordialement\nPatrick Beun\n")
    return dict(sender=("Patrick Beun", "patrick.beun@example.org"), subject="Dossier verger partagé Ledringhem",
                body=body, when=(2019, 5, 29, 17, 47), filename="dossier_subvention_verger.pdf", data=data,
                truth=truth(org, "Patrick Beun", "patrick.beun@example.org", fr("03 28 62 17 45"),
                            "3 rue du Calvaire", "59470", "Ledringhem", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "pdf_form")
def t_fr_eecke_fleurs():
    """Collective's form with an English-Acrobat naming (Text n) and a grid whose labels are only tooltips."""
    org = "Collectif Eecke en Fleurs"
    title = "Eecke en Fleurs : fleurir les rues avec les habitants"
    total, req = 5350, 4800

    def hdr(f, first):
        if first:
            c = f.c
            for i, col in enumerate(("#E91E63", "#FFC107", "#8BC34A")):
                c.setFillColor(HexColor(col))
                c.circle(f.ml + 10 + i * 16, f.H - 45, 7, stroke=0, fill=1)
            f.text(f.ml + 62, f.H - 50, "Eecke en Fleurs - fiche projet", f.bold, 15)
            f.y = f.H - 70

    f = PdfForm(naming="Text", header=hdr, head="plain", label_pos="left", label_w=120, fill="#FCE4EC",
                border="solid", border_color="#AD1457", title="fiche projet")
    f.heading("Coordonnées")
    f.field("Collectif", org)
    f.para("Adresse (n°, rue / code postal / commune)", size=9)
    f.row([("", "10 rue de Caëstre", .5, {"tip": "Adresse"}), ("", "59114", .2, {"tip": "Code postal"}),
           ("", "Eecke", .3, {"tip": "Commune"})], pos="tooltip")
    f.para("Référente", size=9)
    f.row([("", "Sandrine Coudeville", .4, {"tip": "Nom de la référente"}),
           ("", "06 45 72 10 38", .25, {"tip": "Téléphone"}),
           ("", "sandrine.coudeville@example.com", .35, {"tip": "Courriel"})], pos="tooltip")
    f.heading("Projet")
    f.field("Titre", title)
    f.field("Description", "Distribuer des graines et des jardinières aux habitants, végétaliser les pieds de "
            "murs, créer un concours des rues fleuries et une grainothèque à la mairie.", lines=4)
    f.heading("Budget")
    f.row([("Total", amt(total, "fr"), .5), ("Demandé", amt(req, "fr"), .5)])
    data = f.finish()
    body = ("Bonjour,\n\nVeuillez trouver ci-joint la fiche projet de notre collectif. Nous ne sommes pas "
            "une association déclarée mais un collectif d'habitants.\n\nBien à vous\nSandrine Coudeville\n")
    return dict(sender=("Sandrine Coudeville", "sandrine.coudeville@example.com"),
                subject="Fiche projet Eecke en Fleurs", body=body, when=(2019, 6, 10, 12, 8),
                filename="fiche projet eecke.pdf", data=data,
                truth=truth(org, "Sandrine Coudeville", "sandrine.coudeville@example.com", fr("06 45 72 10 38"),
                            "10 rue de Caëstre", "59114", "Eecke", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "pdf_letter")
def t_fr_oostcappel_asc():
    """Word form printed to PDF with two label/answer pairs per row; amounts in 'EUR' after."""
    org = "Association Sportive et Culturelle d'Oost-Cappel"
    title = "Un city-stade pour se retrouver"
    total, req = 13900, 7500
    L = PdfLetter(font="LibSans", size=9, label_fill="#E8EAF6", title="Formulaire", author="ASC",
                  creator="Microsoft® Word 2010", producer="Microsoft® Word 2010", head_fill="#3949AB",
                  head_color="#FFFFFF")
    L.title("Formulaire de candidature", "Initiatives locales - villages de Flandre")
    L.heading("1. Demandeur")
    L.grid([["Structure", "ASC Oost-Cappel", "Forme juridique", "association loi 1901"],
            ["Nom complet", org, "Date de création", "1987"],
            ["Adresse", "1 rue de Houtkerque", "Code postal / Ville", "59122 Oost-Cappel"],
            ["Responsable", "Laurent Delattre", "Fonction", "président"],
            ["Téléphone", "06 45 19 82 73", "Courriel", "laurent.delattre@example.net"]],
           widths=(0.17, 0.33, 0.18, 0.32), label_bold=True)
    L.heading("2. Projet")
    L.grid([["Intitulé", title, "Lieu", "terrain derrière la salle des sports"],
            ["Début", "octobre 2019", "Fin", "mai 2020"]], widths=(0.17, 0.33, 0.18, 0.32), label_bold=True)
    L.para("Présentation : Le terrain de football n'est plus utilisé. Avec les jeunes et les parents nous "
           "voulons y installer un petit terrain multisports ouvert à tous et des bancs pour les aînés. "
           "Trois réunions publiques sont prévues pour choisir l'aménagement.")
    L.heading("3. Plan de financement")
    L.grid([["Coût total", amt(total, "fr_eur"), "Montant demandé", amt(req, "fr_eur")],
            ["Commune", amt(3400, "fr_eur"), "Fonds propres", amt(3000, "fr_eur")]],
           widths=(0.17, 0.33, 0.18, 0.32), label_bold=True)
    data = L.finish()
    body = ("Bonjour,\n\nVoici notre formulaire de candidature pour le city-stade d'Oost-Cappel.\n\n"
            "Sportivement,\nLaurent Delattre\nPrésident ASC Oost-Cappel\n")
    return dict(sender=("Laurent Delattre", "laurent.delattre@example.net"), subject="candidature city-stade",
                body=body, when=(2019, 6, 3, 19, 26), filename="Formulaire candidature ASC.pdf", data=data,
                truth=truth(org, "Laurent Delattre", "laurent.delattre@example.net", fr("06 45 19 82 73"),
                            "1 rue de Houtkerque", "59122", "Oost-Cappel", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "pdf_letter")
def t_fr_terdeghem_estaminet():
    """A typed 'fiche projet' with inline labels; the phone is only in the mail signature."""
    org = "Les Amis de l'Estaminet de Terdeghem"
    title = "Rouvrir l'estaminet du village"
    total, req = 12450, 9950
    L = PdfLetter(font="LibSerif", size=11, title="Fiche projet", author="Camille", creator="Pages",
                  producer="macOS Version 10.14.5 (Build 18F132) Quartz PDFContext")
    L.title("FICHE PROJET", None, align=0)
    L.inline("Porteur", org)
    L.inline("Siège", "6 rue du Mont des Récollets - 59114 Terdeghem")
    L.inline("Référente", "Camille Verhaeghe (camille.verhaeghe@example.com)")
    L.space(6)
    L.inline("Projet", title)
    L.para("Depuis la fermeture de l'estaminet en 2016, il n'y a plus aucun lieu de rencontre à Terdeghem. "
           "Une coopérative d'habitants reprendra le bail ; l'association organise les travaux avec des "
           "bénévoles, une étude de faisabilité et une consultation des habitants.")
    L.space(6)
    L.inline("Budget total", amt(total, "fr"))
    L.inline("Aide sollicitée (appel à projets)", amt(req, "fr"))
    L.inline("Reste", "parts sociales de la coopérative (2 500 €)")
    data = L.finish()
    body = ("Bonjour Monsieur Polin,\n\nComme promis lors de votre passage à Steenvoorde, voici notre fiche "
            "projet.\n\nBien cordialement,\nCamille Verhaeghe\nLes Amis de l'Estaminet de Terdeghem\n"
            "Tél : 06 98 41 20 57\n")
    return dict(sender=("Camille Verhaeghe", "camille.verhaeghe@example.com"), subject="Fiche projet estaminet",
                body=body, when=(2019, 6, 5, 8, 40), filename="Fiche projet - Estaminet Terdeghem.pdf", data=data,
                mailer="Apple Mail (2.3445.104.11)",
                truth=truth(org, "Camille Verhaeghe", "camille.verhaeghe@example.com", fr("06 98 41 20 57"),
                            "6 rue du Mont des Récollets", "59114", "Terdeghem", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "docx_form")
def t_fr_hondschoote_fleuri():
    """Old Word form with legacy fields, Cerfa-like blocks: legal representative vs. dossier person."""
    org = "Association Hondschoote Village Fleuri"
    title = "Jardins de façade et fleurissement participatif"
    total, req = Decimal("14650"), Decimal("9800")
    W = Docx(font="Arial", size=9, author="Marion Lemaire", title="Dossier", created=(2014, 4, 2, 10, 0),
             modified=(2019, 6, 14, 16, 2))
    W.p("DOSSIER DE DEMANDE DE SUBVENTION", bold=True, size=13, align="center")
    W.p(f"(à retourner avant le 16 juin 2019 à {COORD_NAME} - jonas.polin@west-vlaanderen.be)", size=8,
        align="center", italic=True)
    k = [0]

    def ff(label, value):
        par = W.d.add_paragraph()
        par.add_run(label + " ").bold = True
        k[0] += 1
        W.formtext(par, f"Texte{k[0]}", value)

    W.heading("Identification de l'association", level=2, word_style=False)
    ff("Nom :", org)
    ff("Adresse du siège :", "8 rue de Bergues")
    ff("Code postal :", "59122")
    ff("Commune :", "Hondschoote")
    ff("N° SIRET :", "")
    W.heading("Représentant légal", level=2, word_style=False)
    ff("Nom, prénom :", "Verbeke Alain")
    ff("Téléphone :", "03 28 68 31 07")
    ff("Courriel :", "alain.verbeke@example.com")
    W.heading("Personne chargée du dossier", level=2, word_style=False)
    ff("Nom, prénom :", "Lemaire Marion")
    ff("Fonction :", "secrétaire")
    ff("Téléphone :", "06 27 73 41 09")
    ff("Courriel :", "marion.lemaire@example.org")
    W.heading("Projet", level=2, word_style=False)
    ff("Intitulé :", title)
    ff("Description :", "Aider les habitants des rues du centre à créer des jardins de façade (dépavage, "
       "plantes grimpantes) et confier l'entretien des massifs communaux à des équipes de voisins.")
    W.heading("Budget", level=2, word_style=False)
    ff("Coût total de l'action :", amt(total, "fr_cents"))
    ff("Subvention demandée :", amt(req, "fr_cents"))
    par = W.d.add_paragraph()
    par.add_run("Cofinancements obtenus : ")
    W.formcheck(par, "CaseACocher1", True)
    par.add_run(" oui   ")
    W.formcheck(par, "CaseACocher2", False)
    par.add_run(" non")
    data = W.save()
    body = ("Bonjour,\n\nCi-joint le dossier de demande de subvention de l'association Hondschoote Village "
            "Fleuri.\n\nCordialement,\nMarion Lemaire\nSecrétaire\n")
    return dict(sender=("Marion Lemaire", "marion.lemaire@example.org"), subject="Dossier Hondschoote Village Fleuri",
                body=body, when=(2019, 6, 14, 16, 10), filename="Dossier_subvention_HVF.docx", data=data,
                truth=truth(org, "Marion Lemaire", "marion.lemaire@example.org", fr("06 27 73 41 09"),
                            "8 rue de Bergues", "59122", "Hondschoote", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "docx_form")
def t_fr_winnezeele_ape():
    """Parents' association form re-used: label column with a merged answer cell; sent by the secretary."""
    org = "APE de l'école Saint-Joseph de Winnezeele"
    title = "Une cour d'école ouverte au village"
    total, req = 3780, 3280
    W = Docx(font="Century Gothic", size=10, author="APE", title="fiche action", created=(2018, 9, 12, 20, 0),
             modified=(2019, 6, 2, 22, 15), answer_color="7030A0")
    W.p("APE - Fiche action", bold=True, size=16, color="7030A0")
    W.p("Fiche à remplir pour toute action nécessitant un financement", italic=True, size=9)
    t = W.d.add_table(rows=4, cols=2)
    t.style = W.d.styles["Table Grid"]
    for i, lab in enumerate(["Association", "Adresse", "Code postal", "Ville"]):
        t.cell(i, 0).paragraphs[0].add_run(lab).bold = True
        W.shade(t.cell(i, 0), "E4DFEC")
    W.answer_run(t.cell(0, 1).paragraphs[0], org)
    m = t.cell(1, 1).merge(t.cell(3, 1))
    m.paragraphs[0].text = ""
    W.answer_run(m.paragraphs[0], "2 rue des Écoles")
    W.answer_run(m.add_paragraph(), "59670 Winnezeele")
    W.p("")
    W.table([["Rôle", "Nom", "Tél.", "Mail"],
             ["Présidente - contact", "Virginie Declercq", "+33 6 11 52 87 40", "virginie.declercq@example.com"],
             ["Secrétaire", "Julien Bouquet", "06 80 33 21 95", "julien.bouquet@example.net"],
             ["Trésorière", "Anne-Sophie Boone", "", ""]],
            [4, 4.5, 3.5, 5.5], header=True, answer_cols=(1, 2, 3))
    W.table([["Nom de l'action", title],
             ["Description", "Ouvrir la cour de l'école le mercredi et le samedi aux familles du village, "
              "avec des jeux peints au sol, des bancs et un abri. Les parents assurent une permanence."],
             ["Coût", amt(total, "fr")], ["Financement demandé", amt(req, "fr")],
             ["Apport APE", amt(500, "fr")]], [5, 12], shade_cols=(0,), answer_cols=(1,))
    data = W.save()
    body = ("Bonsoir,\n\nJe vous transmets au nom de l'APE la fiche de notre projet. La présidente, Virginie "
            "Declercq, est la personne de contact.\n\nCordialement,\nJulien Bouquet, secrétaire de l'APE\n")
    return dict(sender=("Julien Bouquet", "julien.bouquet@example.net"), subject="Projet cour ouverte - APE Winnezeele",
                body=body, when=(2019, 6, 2, 22, 30), filename="fiche action APE.docx", data=data,
                truth=truth(org, "Virginie Declercq", "virginie.declercq@example.com", fr("+33 6 11 52 87 40"),
                            "2 rue des Écoles", "59670", "Winnezeele", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "docx_form")
def t_fr_quaedypre_particulier():
    """A private person's request: numbered blocks, no organisation, no phone anywhere."""
    title = "Repair café mensuel à la salle des fêtes"
    total, req = 2300, 1950
    W = Docx(font="Calibri", size=11, author="Hugo Vanhove", title="Demande", created=(2019, 6, 9, 14, 0),
             modified=(2019, 6, 9, 15, 30))
    W.p("Demande de soutien financier", bold=True, size=14)
    W.p("1) Identité du demandeur", bold=True)
    t = W.d.add_table(rows=4, cols=2)
    t.style = W.d.styles["Light Grid Accent 1"]
    for i, (lab, val) in enumerate([("Nom / prénom", "Vanhove Hugo"), ("Association", "- (habitant)"),
                                    ("Adresse", "14 rue Principale, 59380 Quaëdypre"),
                                    ("E-mail", "hugo.vanhove@example.net")]):
        t.cell(i, 0).paragraphs[0].add_run(lab)
        W.answer_run(t.cell(i, 1).paragraphs[0], val)
    W.p("")
    W.p("2) Projet", bold=True)
    W.inline("Titre", title, bold_label=False)
    W.p("Une fois par mois, des habitants bricoleurs réparent gratuitement les objets des voisins "
        "(petit électroménager, vélos, vêtements). Un café est offert. La commune prête la salle.")
    W.p("3) Budget", bold=True)
    W.inline("Dépenses prévues (outillage, consommables, assurance, communication)", amt(total, "fr"),
             bold_label=False)
    W.inline("Somme demandée", amt(req, "fr"), bold_label=False)
    data = W.save()
    body = ("Bonjour,\n\nJe suis habitant de Quaëdypre et je voudrais lancer un repair café. Vous trouverez "
            "ma demande en pièce jointe.\n\nSalutations,\nHugo Vanhove\n")
    return dict(sender=("Hugo Vanhove", "hugo.vanhove@example.net"), subject="Demande repair café Quaëdypre",
                body=body, when=(2019, 6, 9, 15, 41), filename="demande_repair_cafe.docx", data=data,
                truth=truth(None, "Hugo Vanhove", "hugo.vanhove@example.net", None,
                            "14 rue Principale", "59380", "Quaëdypre", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "odt_form")
def t_fr_houtkerque_marcheurs():
    """Mairie's grant form in LibreOffice, answers after dotted tab leaders; total larger than request."""
    org = "Les Marcheurs de Houtkerque"
    title = "Sentiers des deux frontières"
    total, req = 8100, 6800
    O = Odt(font="Liberation Sans", size="10pt", author="Sylvie Dubois", title="subvention",
            created="2019-05-24T14:00:00", head_color="#0B5345")
    O.title("Commune de Houtkerque", "Demande de subvention - associations")
    O.par("Les dossiers sont instruits par la commission vie associative. Joindre le dernier bilan financier "
          "et le RIB.", "Small")
    O.heading("Association")
    O.dots("Nom de l'association :", org)
    O.dots("Adresse :", "11 route de Winnezeele")
    O.dots("Code postal et commune :", "59470 Houtkerque")
    O.dots("Nom du président ou de la présidente :", "Sylvie Dubois")
    O.dots("Téléphone :", "03 28 62 40 88")
    O.dots("Mail :", "sylvie.dubois@example.org")
    O.heading("Action pour laquelle la subvention est demandée")
    O.dots("Intitulé :", title)
    O.dots("Description :", "balisage de 3 boucles de randonnée entre Houtkerque, Watou et Winnezeele, "
           "avec les habitants et les écoles ; marche inaugurale transfrontalière")
    O.dots("Coût global :", amt(total, "fr_cents"))
    O.dots("Montant demandé :", amt(req, "fr_cents"))
    O.dots("Date :", "24/05/2019")
    data = O.save()
    body = ("Bonjour,\n\nCi-joint notre demande. Nous avons utilisé le formulaire de la commune, en espérant "
            "que cela vous convienne.\n\nCordialement,\nSylvie Dubois\nPrésidente des Marcheurs de Houtkerque\n")
    return dict(sender=("Sylvie Dubois", "sylvie.dubois@example.org"), subject="demande subvention Marcheurs",
                body=body, when=(2019, 5, 24, 14, 22), filename="demande subvention marcheurs.odt", data=data,
                truth=truth(org, "Sylvie Dubois", "sylvie.dubois@example.org", fr("03 28 62 40 88"),
                            "11 route de Winnezeele", "59470", "Houtkerque", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("test", "fr", "xlsx_form")
def t_fr_oudezeele_patrimoine():
    """Excel dossier: identity block in two columns, a people table, an expense table with a request line."""
    org = "Association Oudezeele Patrimoine"
    title = "Le moulin, lieu de vie du village"
    wb = Workbook()
    ws = wb.active
    ws.title = "Dossier"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hd = PatternFill("solid", fgColor="833C0B")
    for col, w in zip("ABCDE", (26, 22, 18, 30, 14)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Dossier de candidature"
    ws["A1"].font = Font(bold=True, size=16, color="833C0B")
    ws["A2"] = "Appel à projets transfrontalier - villages et quartiers (Interreg Partons 2.0)"
    ws["A2"].font = Font(italic=True)
    ident = [("Nom de l'association", org), ("Adresse", "5 rue de Steenvoorde"), ("Code postal", 59670),
             ("Commune", "Oudezeele"), ("Titre du projet", title)]
    for i, (k, v) in enumerate(ident):
        ws.cell(4 + i, 1, k).font = Font(bold=True)
        ws.cell(4 + i, 2, v)
        ws.merge_cells(start_row=4 + i, start_column=2, end_row=4 + i, end_column=4)
    r = 10
    for j, h in enumerate(["Nom", "Fonction", "Téléphone", "Courriel", "Contact ?"]):
        c = ws.cell(r, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hd
    people = [("Pierre Lemahieu", "Président", "0033 3 28 42 19 63", "pierre.lemahieu@example.com", "X"),
              ("Agnès Mahieu", "Secrétaire", "06 74 02 58 11", "agnes.mahieu@example.net", ""),
              ("Régis Dequidt", "Trésorier", "", "", "")]
    for i, p in enumerate(people):
        for j, v in enumerate(p):
            ws.cell(r + 1 + i, 1 + j, v).border = box
    r = 15
    ws.cell(r, 1, "Dépenses").font = Font(bold=True)
    ws.cell(r, 2, "Montant (€)").font = Font(bold=True)
    exp = [("Étude d'un architecte du patrimoine", 4200), ("Consultation des habitants (animatrice)", 2150),
           ("Mobilier pour la salle du moulin", 3900), ("Journée portes ouvertes", 1300), ("Signalétique", 1200)]
    for i, (n, v) in enumerate(exp):
        ws.cell(r + 1 + i, 1, n).border = box
        c = ws.cell(r + 1 + i, 2, v)
        c.number_format = "#,##0.00"
        c.border = box
    total = sum(v for _, v in exp)
    rt = r + 1 + len(exp)
    ws.cell(rt, 1, "TOTAL").font = Font(bold=True)
    ws.cell(rt, 2, total).number_format = "#,##0.00"
    ws.cell(rt + 2, 1, "Montant sollicité auprès de l'appel à projets").font = Font(bold=True)
    ws.cell(rt + 2, 2, 9000).number_format = "#,##0.00"
    ws.cell(rt + 3, 1, "Autofinancement et commune")
    ws.cell(rt + 3, 2, total - 9000).number_format = "#,##0.00"
    ws.cell(rt + 5, 1, "Rappel : 10 000 € maximum par projet - envoi avant le 16/06/2019").font = Font(italic=True, size=8)
    data = xlsx_bytes(wb, "2019-06-15T09:12:00Z", "Pierre Lemahieu")
    body = ("Bonjour,\n\nVous trouverez ci-joint le dossier de l'association Oudezeele Patrimoine (fichier "
            "Excel).\n\nBien cordialement,\nPierre Lemahieu\n")
    return dict(sender=("Pierre Lemahieu", "pierre.lemahieu@example.com"), subject="Candidature moulin d'Oudezeele",
                body=body, when=(2019, 6, 15, 9, 20), filename="Dossier candidature Oudezeele.xlsx", data=data,
                truth=truth(org, "Pierre Lemahieu", "pierre.lemahieu@example.com", fr("0033 3 28 42 19 63"),
                            "5 rue de Steenvoorde", "59670", "Oudezeele", title, 9000, total, "FR"))
