"""Dev half, French applications (villages of the French Nord)."""
from decimal import Decimal

from reportlab.lib.colors import HexColor

from common import COORD_GSM, COORD_NAME, COORD_TEL, D, amt
from r_docx import Docx
from r_odt import Odt
from r_pdfform import PdfForm
from r_pdfletter import PdfLetter
from r_sheet import Ods
from registry import case, fr, truth

CALL_FR = ("Appel à projets transfrontalier Partons 2.0 : contribution financière de 10 000 euros maximum par "
           "projet (100 000 euros pour 10 initiatives locales). Date limite : 16 juin 2019. Contact : "
           f"{COORD_NAME}, jonas.polin@west-vlaanderen.be, {COORD_TEL}.")


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "pdf_form")
def d_fr_godewaersvelde_cerfa():
    """CERFA-like association grant form, LiveCycle-style hierarchical widget names, two people blocks."""
    org = "Comité des fêtes de Godewaersvelde"
    title = "Estaminet éphémère et marché de producteurs"
    charges = [("60 - Achats (matériel, fournitures)", 3870), ("61 - Services extérieurs (locations)", 4150),
               ("62 - Autres services extérieurs (communication, animation)", 3900),
               ("64 - Charges de personnel", 0), ("86 - Bénévolat (valorisation)", 1500)]
    total = sum(v for _, v in charges)
    produits = [("70 - Ventes (buvette)", 1200), ("74 - Commune de Godewaersvelde", 1220),
                ("74 - Fonds européens : Interreg Partons 2.0", 9500), ("87 - Bénévolat", 1500)]
    assert total == sum(v for _, v in produits)
    req = 9500

    def hdr(f, first):
        c = f.c
        f.text(f.ml, f.H - 30, "Cerfa N° 12156*05", f.font, 7)
        f.text(f.x1 - 140, f.H - 30, f"Demande de subvention(s) - page {f.page}", f.font, 7)
        if first:
            c.setFillColor(HexColor("#003189"))
            c.rect(f.ml, f.H - 80, f.x1 - f.ml, 38, stroke=0, fill=1)
            f.text(f.ml + 10, f.H - 60, "Demande de subvention(s)", f.bold, 16, HexColor("#FFFFFF"))
            f.text(f.ml + 10, f.H - 74, "Associations - Loi n° 2000-321 du 12 avril 2000", f.font, 9,
                   HexColor("#FFFFFF"))
            f.y = f.H - 90
        else:
            f.y = f.H - 45

    f = PdfForm(naming="xfa", header=hdr, head="box", label_w=170, fill="#EAF1FB", border="solid",
                border_color="#7F8FA9", title="Cerfa 12156*05", creator="Adobe LiveCycle Designer ES 9.0",
                size=8.5)
    f.para("Cochez la ou les case(s) correspondant à votre situation : [x] Première demande  "
           "[ ] Renouvellement d'une demande", size=8)
    f.heading("1. Identification de l'association")
    f.field("Nom - Dénomination :", org)
    f.field("Sigle :", "CDF Gode")
    f.field("Numéro RNA ou à défaut celui du récépissé en préfecture :", "W594012345")
    f.field("Numéro SIRET :", "448 312 907 00018")
    f.field("Adresse du siège social :", "12 rue de la Gare")
    f.row([("Code postal :", "59114", .35, {"comb": 5}), ("Commune :", "Godewaersvelde", .65)])
    f.row([("Téléphone :", "03 28 42 51 90", .45), ("Courriel :", "cdf.gode@example.net", .55)])
    f.heading("2. Identification du représentant légal (président ou autre personne désignée par les statuts)")
    f.row([("Nom :", "Vandewalle", .5), ("Prénom :", "Jean-Marc", .5)])
    f.field("Fonction :", "Président")
    f.row([("Téléphone :", "03 28 42 51 90", .45), ("Courriel :", "jm.vandewalle@example.com", .55)])
    f.heading("3. Identification de la personne chargée du présent dossier de subvention")
    f.row([("Nom :", "Deswarte", .5), ("Prénom :", "Nathalie", .5)])
    f.field("Fonction :", "Trésorière")
    f.row([("Téléphone :", "06 52 31 88 04", .45), ("Courriel :", "nathalie.deswarte@example.org", .55)])
    f.heading("4. Relations avec l'administration")
    f.checks("L'association bénéficie-t-elle d'agréments administratifs ?", ["oui", "non"], [1], label_w=300)
    f.checks("L'association est-elle reconnue d'utilité publique ?", ["oui", "non"], [1], label_w=300)
    f.newpage()
    f.heading("5. Description de l'action")
    f.field("Intitulé :", title)
    f.field("Objectifs de l'action :", "Recréer un lieu de rencontre au village après la fermeture du dernier "
            "café : un estaminet éphémère tenu par les bénévoles, un vendredi sur deux, avec un marché de "
            "producteurs locaux de part et d'autre de la frontière.", lines=4)
    f.field("Public(s) cible(s) :", "habitants, aînés isolés, familles, visiteurs du Mont des Cats", lines=2)
    f.field("Lieu(x) de réalisation :", "salle Ste-Cécile et place du village")
    f.field("Date de mise en oeuvre prévue :", "septembre 2019")
    f.heading("6. Budget prévisionnel de l'action")
    f.table(["Charges", "Montant (€)", "Produits", "Montant (€)"],
            [[charges[i][0] if i < len(charges) else "", amt(charges[i][1], "fr_nosym") if i < len(charges) else "",
              produits[i][0] if i < len(produits) else "", amt(produits[i][1], "fr_nosym") if i < len(produits) else ""]
             for i in range(5)] + [["TOTAL DES CHARGES", amt(total, "fr_nosym"), "TOTAL DES PRODUITS",
                                    amt(total, "fr_nosym")]],
            [.36, .14, .36, .14], row_h=15)
    f.heading("7. Attestation")
    f.field("Je soussigné(e), (nom et prénom) :", "Jean-Marc Vandewalle")
    f.field("demande une subvention de :", amt(req, "fr"))
    f.row([("Fait le :", "11/06/2019", .4), ("à :", "Godewaersvelde", .6)])
    data = f.finish(hierarchical=True)
    body = ("Bonjour Monsieur Polin,\n\nVeuillez trouver ci-joint notre dossier de candidature pour l'appel à "
            "projets Partons 2.0. Nous avons utilisé le formulaire Cerfa que nous remplissons habituellement "
            "pour la commune, j'espère que cela conviendra.\n\nJe reste à votre disposition.\n\n"
            "Bien cordialement,\nNathalie Deswarte\nTrésorière du Comité des fêtes de Godewaersvelde\n")
    return dict(sender=("Nathalie Deswarte", "nathalie.deswarte@example.org"),
                subject="Candidature appel à projets Partons 2.0 - Comité des fêtes de Godewaersvelde", body=body,
                when=(2019, 6, 11, 14, 26), filename="cerfa_12156_CDF_Godewaersvelde.pdf", data=data,
                truth=truth(org, "Nathalie Deswarte", "nathalie.deswarte@example.org", fr("06 52 31 88 04"),
                            "12 rue de la Gare", "59114", "Godewaersvelde", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "pdf_form")
def d_fr_wormhout_jardin():
    """Mairie's exceptional-grant form, Champ n widgets, labels printed under the boxes."""
    org = "Association Les Jardins du Moulin"
    title = "Un jardin partagé pour tous au coeur du village"
    total, req = 12300, 9500

    def hdr(f, first):
        if first:
            f.text(f.ml, f.H - 40, "MAIRIE DE WORMHOUT", f.bold, 13)
            f.text(f.ml, f.H - 53, "Service Vie associative", f.font, 9)
            f.text(f.x1 - 190, f.H - 40, "DEMANDE DE SUBVENTION", f.bold, 11)
            f.text(f.x1 - 190, f.H - 53, "EXCEPTIONNELLE - exercice 2019", f.font, 9)
            f.c.line(f.ml, f.H - 62, f.x1, f.H - 62)
            f.y = f.H - 70

    f = PdfForm(naming="Champ", header=hdr, head="plain", label_pos="below", border="underlined",
                fill=None, field_font="Courier", field_size=10, title="Subvention exceptionnelle")
    f.para("Dossier à déposer en mairie au plus tard le 31 mars de l'année. Toute demande incomplète sera "
           "retournée. Renseignements : vie.associative@wormhout.example.com", size=7.5)
    f.heading("L'ASSOCIATION")
    f.field("Nom de l'association", org)
    f.field("Adresse du siège", "18 rue des Tilleuls")
    f.row([("Code postal", "59470", .3), ("Ville", "Wormhout", .7)], pos="below")
    f.row([("Président(e)", "Didier Lebleu", .5), ("Trésorier(e)", "Maryse Dubus", .5)], pos="below")
    f.row([("Téléphone du président", "06 12 48 73 05", .5),
           ("Adresse électronique", "didier.lebleu@example.net", .5)], pos="below")
    f.row([("N° SIRET", "", .5), ("Nombre d'adhérents", "34", .5)], pos="below")
    f.heading("LE PROJET")
    f.field("Intitulé du projet", title)
    f.field("Description détaillée", "Transformer la friche derrière la salle des sports en jardin partagé : "
            "carrés potagers surélevés (accessibles aux fauteuils), composteur collectif, abri à outils "
            "et un verger de variétés locales. Ateliers avec l'école et le foyer-logement.", lines=5)
    f.row([("Date de début", "septembre 2019", .5), ("Date de fin", "juin 2020", .5)], pos="below")
    f.heading("FINANCEMENT")
    f.row([("Coût total du projet", amt(total, "fr"), .5), ("Subvention sollicitée", amt(req, "fr"), .5)],
          pos="below")
    f.field("Autres financements sollicités (précisez)", "Fonds propres 1 800 € ; Département (dossier en "
            "cours) 1 000 €", lines=2)
    f.space(10)
    f.row([("Date", "04/06/2019", .3), ("Signature du président", "D. Lebleu", .7)], pos="below")
    data = f.finish()
    body = ("Bonsoir,\n\nComme convenu au téléphone, je vous envoie notre demande pour le jardin partagé. "
            "J'ai repris le formulaire de la mairie de Wormhout car il contient toutes les infos.\n\n"
            "Cordialement,\nDidier Lebleu\nPrésident - Les Jardins du Moulin\n")
    return dict(sender=("Didier Lebleu", "didier.lebleu@example.net"), subject="Demande de subvention jardin partagé",
                body=body, when=(2019, 6, 4, 20, 41), filename="demande-subvention-jardins-du-moulin.pdf",
                data=data,
                truth=truth(org, "Didier Lebleu", "didier.lebleu@example.net", fr("06 12 48 73 05"),
                            "18 rue des Tilleuls", "59470", "Wormhout", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "pdf_form")
def d_fr_bambecque_familles():
    """Foundation's application sheet, fill_n widgets, radio group for status, comb postcode, pairs per row."""
    org = "Familles Rurales de Bambecque"
    title = "La Ruche : tiers-lieu pour parents et enfants"
    total, req = Decimal("7840"), Decimal("6000")

    def hdr(f, first):
        if first:
            c = f.c
            c.setFillColor(HexColor("#5B2C6F"))
            c.rect(0, f.H - 70, f.W, 70, stroke=0, fill=1)
            f.text(f.ml, f.H - 38, "Fondation des Pays de Flandre", f.bold, 16, HexColor("#FFFFFF"))
            f.text(f.ml, f.H - 56, "Fiche de candidature - Initiatives citoyennes en milieu rural",
                   f.font, 10, HexColor("#FFFFFF"))
            f.y = f.H - 85

    f = PdfForm(naming="fill", header=hdr, head="left", head_color="#5B2C6F", label_w=130, fill="#F4ECF7",
                border="solid", border_color="#5B2C6F", title="Fiche de candidature")
    f.heading("Porteur du projet")
    f.checks("Statut", ["Association loi 1901", "Collectif informel", "Commune", "Particulier"], [0],
             radio="statut_porteur")
    f.field("Dénomination", org)
    f.row([("N°", "7", .18), ("Rue", "rue de l'Église", .82)])
    f.row([("CP", "59470", .3, {"comb": 5}), ("Commune", "Bambecque", .7)])
    f.row([("Président(e)", "Bernadette Vanhove", .6), ("Tél.", "03 28 27 60 14", .4)])
    f.row([("Contact projet", "Élodie Ryckebusch", .6), ("Fonction", "secrétaire", .4)])
    f.row([("Portable", "+33 6 33 90 14 72", .45), ("Mél", "elodie.ryckebusch@example.com", .55)])
    f.heading("Le projet")
    f.field("Nom du projet", title)
    f.field("Résumé (5 lignes max.)", "Ouvrir deux après-midi par semaine un espace pour les parents et les "
            "jeunes enfants dans l'ancienne école : jeux, bourse aux vêtements, café des parents, "
            "permanence de la PMI. Le lieu est aménagé avec les familles lors de chantiers participatifs.",
            lines=5)
    f.row([("Début", "octobre 2019", .5), ("Durée", "12 mois", .5)])
    f.field("Partenaires", "Mairie de Bambecque (mise à disposition du local), CAF, relais assistantes "
            "maternelles", lines=2)
    f.heading("Budget")
    f.row([("Coût total TTC", amt(total, "fr_cents"), .5), ("Aide demandée", amt(req, "fr_cents"), .5)])
    f.row([("Autofinancement", amt(Decimal("840"), "fr_cents"), .5),
           ("Autres aides", amt(Decimal("1000"), "fr_cents") + " (CAF)", .5)])
    f.para("La Fondation intervient à hauteur de 80 % maximum du coût total. Le projet peut être présenté "
           "à d'autres financeurs.", size=7.5)
    data = f.finish()
    body = ("Bonjour,\n\nJe vous transmets la candidature de Familles Rurales de Bambecque pour l'appel à "
            "projets. La fiche est celle de la Fondation des Pays de Flandre (même projet, nous avons déposé "
            "là aussi).\n\nBonne réception,\nÉlodie Ryckebusch\nsecrétaire\n")
    return dict(sender=("Elodie Ryckebusch", "elodie.ryckebusch@example.com"),
                subject="Candidature La Ruche - Familles Rurales Bambecque", body=body, when=(2019, 6, 13, 9, 15),
                filename="Fiche candidature La Ruche.pdf", data=data,
                truth=truth(org, "Élodie Ryckebusch", "elodie.ryckebusch@example.com", fr("+33 6 33 90 14 72"),
                            "7 rue de l'Église", "59470", "Bambecque", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "pdf_letter")
def d_fr_boeschepe_aines():
    """Word table form with question labels; income table where the request is one line."""
    org = "Club des aînés Les Bons Amis"
    title = "Navette solidaire du mardi"
    incomes = [("Cotisations des adhérents", 360), ("Subvention de la mairie de Boeschepe", 500),
               ("Appel à projets Partons 2.0", 3000)]
    total = sum(v for _, v in incomes)
    L = PdfLetter(font="LibSans", size=10, title="Fiche projet", author="Club", creator="Microsoft® Word 2013",
                  producer="Microsoft® Word 2013", head_color="#C00000")
    L.title("Fiche de présentation du projet", "Club des aînés « Les Bons Amis » - Boeschepe")
    L.heading("L'association")
    L.grid([["Quel est le nom de votre association ?", org],
            ["Quelle est l'adresse de l'association ?", "3 route du Mont\n59299 Boeschepe"],
            ["Qui est le président ?", "M. Gérard Bollengier"],
            ["Qui est la personne à contacter ?", "Mme Françoise Bollengier, vice-présidente"],
            ["Son téléphone", "03 28 49 63 02"],
            ["Son adresse mail", "francoise.bollengier@example.net"]], widths=(0.42, 0.58), label_bold=True)
    L.heading("Le projet")
    L.grid([["Comment s'appelle le projet ?", title],
            ["Que voulez-vous faire ?", "Chaque mardi, deux bénévoles conduisent les aînés du village qui n'ont "
             "plus de voiture au marché de Bailleul, chez le médecin ou à la pharmacie. Nous louons un "
             "minibus et nous formons les bénévoles."],
            ["Qui en profite ?", "environ 25 personnes âgées de Boeschepe et du Mont Noir"],
            ["Quand ?", "à partir d'octobre 2019"]], widths=(0.42, 0.58), label_bold=True)
    L.heading("Le budget")
    L.table(["Recettes", "Montant"], [[n, amt(v, "euros")] for n, v in incomes] +
            [["Total", amt(total, "euros")]], [.7, .3], head_fill="#F4CCCC", align_right=(1,),
            bold_last=True, answer_cols=(1,))
    L.table(["Dépenses", "Montant"], [["Location minibus (40 mardis)", amt(2400, "euros")],
                                       ["Carburant", amt(860, "euros")],
                                       ["Formation et assurance des bénévoles", amt(600, "euros")],
                                       ["Total", amt(total, "euros")]],
            [.7, .3], head_fill="#F4CCCC", align_right=(1,), bold_last=True, answer_cols=(1,))
    L.para("Fait à Boeschepe, le 8 juin 2019", italic=True)
    data = L.finish()
    body = ("Bonjour,\n\nVoici la fiche de notre projet de navette pour les aînés. C'est Françoise qui "
            "s'occupe du dossier, vous pouvez la joindre directement (coordonnées dans la fiche).\n\n"
            "Amicalement,\nLe club des aînés Les Bons Amis\n")
    return dict(sender=("Les Bons Amis Boeschepe", "lesbonsamis.boeschepe@example.org"),
                subject="Projet navette solidaire", body=body, when=(2019, 6, 8, 11, 2),
                filename="fiche projet navette.pdf", data=data,
                truth=truth(org, "Françoise Bollengier", "francoise.bollengier@example.net", fr("03 28 49 63 02"),
                            "3 route du Mont", "59299", "Boeschepe", title, 3000, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "pdf_letter")
def d_fr_meteren_particuliere():
    """A private person's request typed over underscores; only a requested amount."""
    title = "Boîte à livres et bancs de rencontre rue du Moulin"
    L = PdfLetter(font="LibSerif", size=11, title="Demande de soutien", author="Claire Dehaene",
                  creator="Writer", producer="LibreOffice 6.2")
    L.title("Demande de soutien - initiative citoyenne", None)
    L.para("(formulaire à compléter par le porteur de l'initiative)", small=True, italic=True)
    L.space(10)
    L.heading("Vous")
    L.dots("Nom et prénom :", "Claire Dehaene", char="_", total=70)
    L.dots("Association (le cas échéant) :", "", char="_", total=70)
    L.dots("Adresse :", "24 rue du Moulin", char="_", total=70)
    L.dots("Code postal / Ville :", "59270 Méteren", char="_", total=70)
    L.dots("Téléphone :", "06.84.15.22.37", char="_", total=70)
    L.dots("Courriel :", "claire.dehaene@example.com", char="_", total=70)
    L.heading("Votre initiative")
    L.dots("Titre :", title, char="_", total=70)
    L.para("Décrivez votre initiative :")
    L.para("Installer une boîte à livres fabriquée par les jeunes du village et deux bancs à l'ombre du "
           "tilleul, pour que les voisins aient un endroit où se poser et discuter. Une fête de quartier "
           "pour l'inauguration. Douze voisins se sont déjà engagés.", italic=True)
    L.dots("Montant demandé :", amt(2450, "fr"), char="_", total=70)
    L.space(16)
    L.para("Fait le 15 juin 2019, Claire Dehaene")
    data = L.finish()
    body = ("Bonjour Monsieur,\n\nJe suis habitante de Méteren et je me permets de vous envoyer ma demande, "
            "je n'ai pas d'association mais les voisins me soutiennent.\n\nMerci d'avance,\n"
            "Claire Dehaene\n")
    return dict(sender=("Claire Dehaene", "claire.dehaene@example.com"), subject="demande de soutien boîte à livres",
                body=body, when=(2019, 6, 15, 17, 58), filename="Demande soutien Dehaene.pdf", data=data,
                mailer="Orange Mail",
                truth=truth(None, "Claire Dehaene", "claire.dehaene@example.com", fr("06.84.15.22.37"),
                            "24 rue du Moulin", "59270", "Méteren", title, 2450, None, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "docx_form")
def d_fr_rexpoede_geant():
    """Word form where labels and answers share a cell; board table with the contact marked."""
    org = "Association Les Porteurs du Géant Kobus"
    title = "Kobus fait le tour des quartiers"
    total, req = 10450, 8200
    W = Docx(font="Arial", size=10, author="Thomas Lootvoet", title="fiche candidature",
             created=(2019, 6, 1, 15, 10), modified=(2019, 6, 6, 22, 2))
    W.p("FICHE DE CANDIDATURE", bold=True, size=15, align="center", color="C55A11")
    W.p("Projets citoyens - villages et quartiers de Flandre", align="center", size=10)
    t = W.d.add_table(rows=4, cols=2)
    t.style = W.d.styles["Table Grid"]
    W.cell_text(t.cell(0, 0), "Nom de l'association :", org, bold_label=True)
    W.cell_text(t.cell(0, 1), "N° RNA :", "W593007766", bold_label=True)
    W.cell_text(t.cell(1, 0), "Adresse :", "9 rue de Bergues", bold_label=True)
    W.cell_text(t.cell(1, 1), "Code postal et commune :", "59122 Rexpoede", bold_label=True)
    W.cell_text(t.cell(2, 0), "Mail de l'association :", "geant.kobus@example.org", bold_label=True)
    W.cell_text(t.cell(2, 1), "Page Facebook :", "Géant Kobus Rexpoede", bold_label=True)
    W.cell_text(t.cell(3, 0), "Titre du projet :", title, bold_label=True)
    W.cell_text(t.cell(3, 1), "Lieu :", "Rexpoede, Oost-Cappel et Killem", bold_label=True)
    W.p("")
    W.p("Membres du bureau (indiquez (contact) à côté de la personne à joindre)", bold=True)
    W.table([["Nom Prénom", "Fonction", "Téléphone", "Courriel"],
             ["Delanghe Michel", "Président", "03 28 68 30 12", "michel.delanghe@example.net"],
             ["Lootvoet Thomas (contact)", "Secrétaire", "06.71.28.43.90", "thomas.lootvoet@example.com"],
             ["Vanhee Josiane", "Trésorière", "06.22.81.47.19", ""]],
            [4.5, 3, 3.5, 6], header=True, answer_cols=(0, 1, 2, 3))
    W.p("Description du projet", bold=True)
    W.p("Notre géant Kobus sortira dans chaque quartier et hameau pour une fête de rue préparée avec les "
        "habitants : repas partagé, musique, atelier de fabrication d'un petit géant par quartier. "
        "Objectif : que les nouveaux habitants rencontrent les anciens.")
    W.p("Budget", bold=True)
    t2 = W.d.add_table(rows=3, cols=1)
    t2.style = W.d.styles["Table Grid"]
    W.cell_text(t2.cell(0, 0), "Coût total du projet :", amt(total, "fr"), bold_label=True)
    W.cell_text(t2.cell(1, 0), "Montant demandé à l'appel à projets :", amt(req, "fr"), bold_label=True)
    W.cell_text(t2.cell(2, 0), "Autres financements :", "communes 1 250 €, fonds propres 1 000 €",
                bold_label=True)
    data = W.save()
    body = ("Bonjour,\n\nVous trouverez ci-joint la fiche de candidature des Porteurs du Géant Kobus.\n"
            "Je suis votre contact pour ce dossier.\n\nCordialement\nThomas Lootvoet\nSecrétaire\n")
    return dict(sender=("Thomas Lootvoet", "thomas.lootvoet@example.com"), subject="Candidature Géant Kobus",
                body=body, when=(2019, 6, 6, 22, 10), filename="Fiche_candidature_Kobus.docx", data=data,
                truth=truth(org, "Thomas Lootvoet", "thomas.lootvoet@example.com", fr("06.71.28.43.90"),
                            "9 rue de Bergues", "59122", "Rexpoede", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "docx_form")
def d_fr_killem_fetes():
    """Word content controls with French placeholders left in empty ones; 'EUR' amounts."""
    org = "Comité des fêtes de Killem"
    title = "Fête des voisins géante et création de comités de rue"
    total, req = Decimal("11250"), Decimal("9000")
    ph = "Cliquez ou appuyez ici pour entrer du texte."
    W = Docx(font="Calibri", size=11, author="Mairie", title="Formulaire", created=(2018, 1, 15, 9, 0),
             modified=(2019, 6, 12, 21, 30), last_by="Dominique Vandaele")
    W.p("Commune de Killem", bold=True, size=13)
    W.p("Formulaire de demande de soutien aux manifestations", size=12)
    W.p(CALL_FR, italic=True, size=8)
    t = W.d.add_table(rows=0, cols=2)
    t.style = W.d.styles["Table Grid"]
    items = [("Organisateur", org), ("Statut juridique", "association loi 1901"), ("N° SIRET", ""),
             ("Adresse", "2 rue de l'Église"), ("Code postal", "59122"), ("Commune", "Killem"),
             ("Responsable de la manifestation", "Dominique Vandaele, président"),
             ("Téléphone", "03 28 68 14 57"), ("Courriel", "dominique.vandaele@example.net"),
             ("Intitulé de la manifestation", title), ("Date(s)", "samedi 21 septembre 2019"),
             ("Lieu", "rues du centre, salle polyvalente"), ("Nombre de participants attendus", "400"),
             ("Budget global", amt(total, "be_eur")), ("Montant sollicité", amt(req, "be_eur")),
             ("Observations", "")]
    for lab, val in items:
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(lab).bold = True
        W.shade(row.cells[0], "DEEAF6")
        W.sdt_in(row.cells[1].paragraphs[0], lab, val, ph)
    W.p("")
    W.p("Description (joindre tout document utile)", bold=True)
    W.p("Une grande fête des voisins dans toutes les rues du village, préparée rue par rue. Chaque rue élit "
        "un « référent de rue » qui reste ensuite le relais entre voisins (aide, prêt de matériel). "
        "Achat de tables, bancs et barnums communs.")
    data = W.save()
    body = ("Bonjour,\n\nCi-joint notre demande. Le formulaire est celui de la commune pour les manifestations, "
            "nous l'avons complété pour votre appel à projets.\nBien à vous,\n\nDominique Vandaele\n"
            "Président du Comité des fêtes de Killem\n")
    return dict(sender=("Dominique Vandaele", "dominique.vandaele@example.net"),
                subject="Appel à projets - Comité des fêtes de Killem", body=body, when=(2019, 6, 12, 21, 40),
                filename="Formulaire manifestation Killem.docx", data=data, html=True,
                truth=truth(org, "Dominique Vandaele", "dominique.vandaele@example.net", fr("03 28 68 14 57"),
                            "2 rue de l'Église", "59122", "Killem", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "odt_form")
def d_fr_steenwerck_amicale():
    """LibreOffice form with underscores; contact without own e-mail, sent from the association's box."""
    org = "Amicale laïque de Steenwerck"
    title = "Café-tricot et bibliothèque de rue"
    total, req = 7920, 6750
    O = Odt(font="Liberation Sans", size="10pt", author="Amicale", title="Dossier",
            created="2019-06-09T10:05:00", head_color="#1F4E79")
    O.title("Dossier de candidature", "Amicale laïque de Steenwerck")
    O.heading("1. Présentation de la structure")
    O.inline("Nom", org + " ___________________", bold=False)
    O.inline("Adresse", "15 rue de la Chapelle ____________", bold=False)
    O.inline("Code postal", "59181 ____", bold=False)
    O.inline("Commune", "Steenwerck ______________", bold=False)
    O.inline("Président", "Bernard Carpentier _____________", bold=False)
    O.inline("Personne à contacter", "Aurélie Wyckaert, secrétaire ____", bold=False)
    O.inline("Téléphone de la personne à contacter", "07 81 22 39 64 _____", bold=False)
    O.heading("2. Le projet")
    O.inline("Intitulé", title, bold=False)
    O.nextline("Objectifs", "Rompre l'isolement en créant un rendez-vous hebdomadaire ouvert à tous : "
               "tricot, couture, échange de livres et de recettes. Une bibliothèque de rue installée "
               "devant l'école est gérée par les habitants.")
    O.nextline("Calendrier", "démarrage en septembre 2019, tous les jeudis après-midi")
    O.heading("3. Budget")
    O.table([["Poste", "Montant"], ["Achat de laine, matériel, livres", amt(2100, "euros")],
             ["Fabrication de la bibliothèque de rue (menuisier)", amt(3200, "euros")],
             ["Animation par une intervenante (10 séances)", amt(1500, "euros")],
             ["Communication", amt(1120, "euros")], ["Coût total", amt(total, "euros")]],
            [11, 5], header=True, answer_cols=(1,))
    O.inline("Subvention demandée", amt(req, "euros"))
    O.inline("Apport de l'association", amt(total - req, "euros"))
    data = O.save()
    body = ("Bonjour Monsieur Polin,\n\nVous trouverez en pièce jointe le dossier de candidature de "
            "l'Amicale laïque de Steenwerck. Pour toute question, merci de contacter Aurélie Wyckaert "
            "(coordonnées dans le dossier) ou de répondre à ce mail.\n\nCordialement,\n"
            "Bernard Carpentier, président\n")
    return dict(sender=("Amicale laïque Steenwerck", "amicale.steenwerck@example.net"),
                subject="Dossier de candidature Amicale laïque", body=body, when=(2019, 6, 9, 10, 30),
                filename="dossier candidature amicale.odt", data=data,
                truth=truth(org, "Aurélie Wyckaert", "amicale.steenwerck@example.net", fr("07 81 22 39 64"),
                            "15 rue de la Chapelle", "59181", "Steenwerck", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "odt_form")
def d_fr_cassel_halle():
    """Foundation call form with numbered sub-questions; phone only in the mail signature."""
    org = "Association Cassel Horizons"
    title = "La Halle aux initiatives"
    total, req = 15600, 10000
    O = Odt(font="DejaVu Sans", size="9.5pt", author="H. Flahaut", title="Appel à projets",
            created="2019-06-14T08:45:00", answer_color="#1A5276", head_color="#117864")
    O.title("Fondation Terres de Flandre", "Appel à projets « Vivre ensemble au village » - formulaire de réponse")
    O.par("Le formulaire complété est à retourner par courriel. Le soutien de la Fondation est plafonné à "
          "8 000 € ; les projets peuvent être cofinancés.", "Small")
    O.heading("1. Le porteur de projet")
    O.table([["1.1 Nom de la structure", org], ["1.2 Adresse postale", "4 Grand'Place, 59670 Cassel"],
             ["1.3 Représentant(e)", "Hélène Flahaut, présidente"],
             ["1.4 Courriel", "helene.flahaut@example.org"], ["1.5 Site internet", ""]],
            [5, 11], shade_cols=(0,), answer_cols=(1,))
    O.heading("2. Le projet")
    O.table([["2.1 Titre", title],
             ["2.2 Constat de départ", "Le centre-bourg se vide de ses commerces ; les associations n'ont pas "
              "de lieu commun."],
             ["2.3 Actions prévues", "Ouvrir une ancienne halle aux grains comme lieu partagé : marché de "
              "producteurs, permanences d'associations, espace de coworking, cinéma de plein air."],
             ["2.4 Participation des habitants", "enquête auprès de 300 foyers, deux ateliers de programmation, "
              "comité d'usagers"],
             ["2.5 Calendrier", "septembre 2019 - juin 2020"]],
            [5, 11], shade_cols=(0,), answer_cols=(1,))
    O.heading("3. Financement")
    O.table([["3.1 Budget total du projet", amt(total, "fr")], ["3.2 Montant sollicité", amt(req, "fr")],
             ["3.3 Cofinancements", "Commune de Cassel 3 000 €, fonds propres 2 600 €"]],
            [5, 11], shade_cols=(0,), answer_cols=(1,))
    data = O.save()
    body = ("Bonjour,\n\nNous répondons à l'appel Partons 2.0 avec le formulaire que nous avions préparé pour "
            "la Fondation Terres de Flandre (le projet est le même). Le montant demandé à l'appel à projets "
            "est bien de 10 000 euros.\n\nBien cordialement,\n\nHélène Flahaut\nPrésidente, Cassel Horizons\n"
            "Tél. 06 20 45 77 18\n")
    return dict(sender=("Hélène Flahaut", "helene.flahaut@example.org"), subject="Candidature Halle aux initiatives",
                body=body, when=(2019, 6, 14, 9, 12), filename="Formulaire Vivre ensemble - Cassel Horizons.odt",
                data=data,
                truth=truth(org, "Hélène Flahaut", "helene.flahaut@example.org", fr("06 20 45 77 18"),
                            "4 Grand'Place", "59670", "Cassel", title, req, total, "FR"))


# --------------------------------------------------------------------------------------------
@case("dev", "fr", "ods_form")
def d_fr_zegerscappel_transition():
    """Calc sheet: identity block + charges/produits with formulas and cached values; cents."""
    org = "Zegerscappel en Transition"
    title = "Grainothèque et vélos partagés"
    charges = [("Achat de 6 vélos et cadenas", Decimal("3870.50")), ("Abri à vélos (bois local)", Decimal("2480.00")),
               ("Meuble grainothèque et graines", Decimal("910.00")), ("Ateliers réparation (intervenant)", Decimal("1600.00")),
               ("Communication et inauguration", Decimal("1120.00"))]
    total = sum(v for _, v in charges)
    produits = [("Cotisations et dons", Decimal("1030.00")), ("Commune de Zegerscappel", Decimal("1500.00")),
                ("Appel à projets Partons 2.0 (Interreg)", Decimal("7450.50"))]
    assert total == sum(v for _, v in produits)
    req = produits[2][1]
    S = Ods(author="Vincent Decool", title="Budget", created="2019-06-10T21:00:00")
    S.cstyle("T", bold=True, border=False, size="14pt")
    S.cstyle("L", bold=True, bg="#FCE4D6")
    S.cstyle("V")
    S.cstyle("H", bold=True, bg="#C65911", color="#FFFFFF")
    S.cstyle("N", numfmt="num")
    S.cstyle("Tot", bold=True, bg="#F8CBAD")
    S.cstyle("TotN", bold=True, bg="#F8CBAD", numfmt="num")
    S.cstyle("I", italic=True, border=False, size="8pt")
    sh = S.sheet("Candidature", [5.4, 2.9, 5.4, 2.9])
    sh.set(0, 0, "CANDIDATURE - PROJETS CITOYENS PARTONS 2.0", style="T", span=(1, 4))
    sh.set(1, 0, "Une ligne par information. Montants en euros TTC.", style="I", span=(1, 4))
    info = [("Association", org), ("Adresse", "27 route de Bollezeele"), ("Code postal", "59470"),
            ("Commune", "Zegerscappel"), ("Contact (nom)", "Vincent Decool, trésorier"),
            ("Téléphone", "+33 3 28 65 90 12"), ("E-mail", "vincent.decool@example.com"), ("Projet", title)]
    r = 3
    for k, v in info:
        sh.set(r, 0, k, style="L")
        sh.set(r, 1, v, style="V", span=(1, 3))
        r += 1
    r += 1
    sh.set(r, 0, "Charges", style="H")
    sh.set(r, 1, "€", style="H")
    sh.set(r, 2, "Produits", style="H")
    sh.set(r, 3, "€", style="H")
    r0 = r + 1
    for i in range(len(charges)):
        rr = r0 + i
        sh.set(rr, 0, charges[i][0], style="V")
        sh.set(rr, 1, style="N", num=charges[i][1], disp=amt(charges[i][1], "fr_nosym"))
        if i < len(produits):
            sh.set(rr, 2, produits[i][0], style="V")
            sh.set(rr, 3, style="N", num=produits[i][1], disp=amt(produits[i][1], "fr_nosym"))
    rt = r0 + len(charges)
    sh.set(rt, 0, "TOTAL", style="Tot")
    sh.set(rt, 1, style="TotN", num=total, disp=amt(total, "fr_nosym"),
           formula=f"of:=SUM([.B{r0 + 1}:.B{rt}])")
    sh.set(rt, 2, "TOTAL", style="Tot")
    sh.set(rt, 3, style="TotN", num=total, disp=amt(total, "fr_nosym"),
           formula=f"of:=SUM([.D{r0 + 1}:.D{rt}])")
    data = S.save()
    body = ("Bonjour,\n\nCi-joint notre candidature sous forme de tableur (plus simple pour le budget).\n\n"
            "Cordialement,\nVincent Decool\nZegerscappel en Transition\n")
    return dict(sender=("Vincent Decool", "vincent.decool@example.com"), subject="Candidature Partons 2.0",
                body=body, when=(2019, 6, 10, 21, 12), filename="candidature_zegerscappel.ods", data=data,
                mailer="Mozilla Thunderbird 60.7.0",
                truth=truth(org, "Vincent Decool", "vincent.decool@example.com", fr("+33 3 28 65 90 12"),
                            "27 route de Bollezeele", "59470", "Zegerscappel", title, req, total, "FR"))
