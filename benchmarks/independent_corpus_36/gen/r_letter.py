"""Letter-like PDFs (flat, exported from a word processor) that still hold the
application data.  Each letter has its own composition."""
import datetime
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
from common import COORD, money
from spec import finance, A, long_date

TEXTS = {
    "d07": {
        "intro": "Met veel enthousiasme stellen wij ons project <b>\u2018{title}\u2019</b> kandidaat voor de projectoproep "
                 "\u2018Maak werk van je buurt!\u2019 van Partons 2.0.",
        "body": ["Achter onze school ligt een strook grasland van ongeveer 30 are die eigendom is van de kerkfabriek en "
                 "vandaag amper gebruikt wordt. Samen met de kinderen, de ouders en de buurtbewoners willen we er een "
                 "speelbos van maken: met boomstammen, een wilgenhut, een blotevoetenpad en een paar zitbanken. Na de "
                 "schooluren en in het weekend blijft het speelbos open voor alle kinderen van Stavele.",
                 "In maart hielden we al een bevraging bij de ouders en een infoavond in de parochiezaal, waar een "
                 "veertigtal dorpsgenoten op afkwamen. De landbouwers uit de buurt zegden hun hulp toe bij het "
                 "grondwerk, de jeugdbeweging helpt bij de plantdag."],
    },
    "d08": {
        "intro": "Nous avons l'honneur de vous présenter la candidature de notre collectif à l'appel à projets "
                 "transfrontalier Partons 2.0 pour le projet intitulé : <b>« {title} »</b>.",
        "body": ["Depuis la fermeture de l'école en 2016, le bâtiment reste vide au cœur du village. Une trentaine "
                 "d'habitants se réunissent depuis un an pour lui redonner vie : un point de rencontre ouvert deux "
                 "après-midis par semaine, un dépôt de pain, une petite bibliothèque et un coin numérique pour aider "
                 "les aînés dans leurs démarches.",
                 "La commune met les locaux à disposition gratuitement. L'aide demandée servira à l'aménagement (peinture, "
                 "mobilier, équipement de cuisine) et à l'accompagnement par une experte en participation."],
    },
    "d09": {
        "intro": "Als Landelijke Gilde Merkem willen we graag deelnemen aan de projectoproep \u2018Maak werk van je buurt!\u2019 "
                 "met ons project <b>\u2018{title}\u2019</b>.",
        "body": ["Rond Merkem liggen nog heel wat oude kerkwegels en voetwegen die stilaan verdwijnen. Met een groep van "
                 "vijftien vrijwilligers, de heemkundige kring en de landbouwers willen we drie wandellussen opnieuw "
                 "toegankelijk maken, met eenvoudige bewegwijzering en een folder.",
                 "We organiseren eerst twee wandelingen met de bewoners om samen de wegels te verkennen en te beslissen "
                 "welke we eerst aanpakken."],
    },
    "d10": {
        "intro": "J'ai le plaisir de vous adresser la candidature de la commune de Boeschepe à l'appel à projets Partons 2.0 "
                 "pour le projet <b>« {title} »</b>.",
        "body": ["Nos hameaux sont mal desservis par les transports en commun et de nombreux aînés n'ont plus de voiture. "
                 "Un groupe de douze bénévoles s'est constitué pour assurer des trajets vers le marché, le médecin et la "
                 "gare de Bailleul, à l'aide d'un véhicule de la commune.",
                 "Le projet a été construit lors de deux réunions publiques avec les habitants et le club des aînés. "
                 "L'aide sollicitée couvrira la formation des chauffeurs, l'assurance, un logiciel de réservation et la "
                 "communication."],
    },
    "t07": {
        "intro": "Hierbij dienen wij als dorpsraad ons projectidee <b>\u2018{title}\u2019</b> in voor de projectoproep "
                 "\u2018Maak werk van je buurt!\u2019.",
        "body": ["In Wulveringem wonen veel alleenstaande ouderen, vaak ver van familie. We willen in elke straat een "
                 "buurtmeester: een buur die een oogje in het zeil houdt, mensen doorverwijst en twee keer per jaar een "
                 "straatmoment organiseert. Twaalf bewoners hebben zich al kandidaat gesteld.",
                 "We laten ons begeleiden door een participatie-expert om de buurtmeesters op te leiden en maken een "
                 "kleine buurtgids met nuttige adressen."],
    },
    "t08": {
        "intro": "Au nom de l'association, je vous prie de bien vouloir trouver ci-dessous notre candidature à l'appel à "
                 "projets Partons 2.0 : <b>« {title} »</b>.",
        "body": ["Le village compte de nombreux petits producteurs (fromage, bière, légumes, miel) qui vendent peu sur place. "
                 "Nous voulons créer un marché paysan un vendredi soir par mois, de mai à octobre, sur la place au pied du "
                 "Mont, animé par les associations du village.",
                 "Une réunion publique en avril a réuni 55 habitants ; dix producteurs ont déjà confirmé leur participation."],
    },
    "t09": {
        "intro": "Graag stellen wij ons projectidee <b>\u2018{title}\u2019</b> voor in het kader van de projectoproep "
                 "\u2018Maak werk van je buurt!\u2019.",
        "body": ["Buurtwerking Den Appel is een groep bewoners die sinds 2017 activiteiten organiseert in de wijk achter "
                 "het station. We huren nu een leegstaande winkel die we willen openhouden als buurthuis, elke "
                 "woensdagnamiddag en -avond: huiswerkbegeleiding, een repaircorner en een soepbar.",
                 "In bijlage vindt u de projectfiche met de begroting."],
    },
    "t10": {
        "intro": "Je me permets de vous présenter, au nom de notre petite association, le projet <b>« {title} »</b> "
                 "pour l'appel à projets Partons 2.0.",
        "body": ["La Grange est une ancienne grange agricole que nous rénovons avec des habitants depuis deux ans. Nous "
                 "voulons y ouvrir un café-atelier : un lieu où l'on répare, où l'on apprend à bricoler, où l'on boit un "
                 "café et où les habitants de Herzeele et des villages voisins se retrouvent.",
                 "L'aide servirait à équiper l'atelier (établis, outillage, machines à coudre) et à financer "
                 "l'accompagnement par une architecte pour l'aménagement intérieur."],
    },
}


def styles(font, size, accent):
    base = ParagraphStyle("base", fontName=font[0], fontSize=size, leading=size * 1.35, spaceAfter=size * 0.7,
                          alignment=TA_JUSTIFY)
    return {
        "p": base,
        "pl": ParagraphStyle("pl", parent=base, alignment=0, spaceAfter=0),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 2, leading=(size - 2) * 1.3, alignment=0, spaceAfter=0,
                                textColor=colors.HexColor("#444444")),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=font[1], fontSize=size + 5, leading=size + 8, textColor=accent,
                               alignment=0, spaceAfter=2),
        "b": ParagraphStyle("b", parent=base, fontName=font[1], alignment=0),
        "h2": ParagraphStyle("h2", parent=base, fontName=font[1], fontSize=size + 2, leading=size + 5, alignment=0,
                             spaceBefore=6, textColor=accent),
    }


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def budget_table(r, fin, S, lang, font, with_req=True):
    head = ["Omschrijving", "Bedrag"] if lang == "nl" else ["Dépenses", "Montant"]
    data = [head] + [[esc(it), A(r, v)] for it, v in fin["lines"]]
    data.append(["Totaal" if lang == "nl" else "Total", A(r, fin["total"])])
    rows_fin = []
    if with_req:
        rows_fin.append([("Gevraagd aan Partons 2.0" if lang == "nl" else "Aide sollicitée Partons 2.0"), A(r, fin["req"])])
    if fin["other"]:
        rows_fin.append([("Andere subsidies" if lang == "nl" else "Autres financements"), A(r, fin["other"])])
    if fin["own"]:
        rows_fin.append([("Eigen inbreng" if lang == "nl" else "Autofinancement"), A(r, fin["own"])])
    data += rows_fin
    t = Table(data, colWidths=[110 * mm, 40 * mm])
    n = len(fin["lines"])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font[0], 9.5),
        ("FONT", (0, 0), (-1, 0), font[1], 9.5),
        ("FONT", (0, n + 1), (-1, n + 1), font[1], 9.5),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, n + 1), (-1, n + 1), 0.8, colors.black),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#aaaaaa")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def render_letter(r, rng, path):
    lang = r["lang"]
    fin = finance(r, rng)
    key = r["key"]
    T = TEXTS[key]
    fam = rng.choice([("Times-Roman", "Times-Bold", "Times-Italic"), ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")])
    if key in ("d10", "t08"):
        fam = ("Times-Roman", "Times-Bold", "Times-Italic")
    if key in ("d07", "t09"):
        fam = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    size = rng.choice([10, 10.5, 11])
    accent = rng.choice([colors.HexColor("#1f5f8b"), colors.HexColor("#2e7d32"), colors.HexColor("#6a1b9a"), colors.black])
    S = styles(fam, size, accent)
    name = "%s %s" % (r["first"], r["last"])
    d = r["date"] - datetime.timedelta(days=rng.randint(0, 3))
    title = esc(r["title"])
    org = esc(r["org"])
    story = []
    recip_nl = ["Provincie West-Vlaanderen", "t.a.v. de heer Jonas Polin", "Strategie en ontwikkeling \u2013 gebiedswerking Westhoek",
                COORD["street"], "%s %s" % (COORD["pc"], COORD["muni"])]
    recip_fr = ["Province de Flandre-Occidentale", "À l'attention de M. Jonas Polin", "Projet Partons 2.0",
                COORD["street"], "%s %s" % (COORD["pc"], COORD["muni"]), "BELGIQUE"]
    req_s, tot_s = A(r, fin["req"]), (A(r, fin["total"]) if fin["total"] else None)
    phone = r["phone"]

    def sig(lines):
        return [Spacer(1, 10)] + [Paragraph(l, S["pl"]) for l in lines]

    if key == "d07":
        # school letterhead; phone of the school in the letterhead, contact teacher in the text, director signs
        story.append(Paragraph(org, S["head"]))
        story.append(Paragraph("Vrij gesubsidieerde basisschool \u2013 %s, %s %s \u2013 tel. %s" % (
            r["street"], r["pc"], r["muni"], phone), S["small"]))
        story.append(Paragraph("Scholengroep Sint-Victor \u2013 instellingsnummer 0%05d" % rng.randint(10000, 99999), S["small"]))
        story.append(Spacer(1, 26))
        for l in recip_nl:
            story.append(Paragraph(l, S["pl"]))
        story.append(Spacer(1, 16))
        story.append(Paragraph("%s, %s" % (r["muni"], long_date(d, "nl")), S["right"]))
        story.append(Spacer(1, 12))
        story.append(Paragraph("<b>Betreft: projectoproep Maak werk van je buurt! \u2013 %s</b>" % title, S["pl"]))
        story.append(Spacer(1, 12))
        story.append(Paragraph("Geachte heer Polin,", S["p"]))
        story.append(Paragraph(T["intro"].format(title=title), S["p"]))
        for b in T["body"]:
            story.append(Paragraph(b, S["p"]))
        story.append(Paragraph("De totale kostprijs van het speelbos wordt geraamd op %s (zie onderstaande raming). Voor dit "
                               "project vragen wij een bijdrage van <b>%s</b>. Het ouderraad en de gemeente Alveringem dragen "
                               "de rest bij." % (tot_s, req_s), S["p"]))
        story.append(budget_table(r, fin, S, "nl", fam, with_req=False))
        story.append(Spacer(1, 10))
        story.append(Paragraph("Contactpersoon voor dit project is meester %s (%s), bereikbaar via %s of op het "
                               "schoolnummer." % (name, r["role"], r["email"]), S["p"]))
        story.append(Paragraph("Met vriendelijke groeten,", S["p"]))
        a, b = ("Hilde", "Boussemaere")
        story += sig(["%s %s" % (a, b), "directeur", "", name, r["role"]])
    elif key in ("d08", "t08"):
        # French formal letter: sender block left, recipient right
        sender = [name, org if key == "t08" else esc(r["org"]), r["street"], "%s %s" % (r["pc"], r["muni"].upper()),
                  "Tél. : %s" % phone if phone else "", r["email"]]
        sender = [s for s in sender if s]
        left = [Paragraph(s, S["pl"]) for s in sender]
        right = [Paragraph(s, S["pl"]) for s in recip_fr]
        t = Table([[left, ""], ["", right]], colWidths=[95 * mm, 75 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, 1), 18)]))
        story.append(t)
        story.append(Spacer(1, 18))
        story.append(Paragraph("%s, le %s" % (r["muni"], long_date(d, "fr")), S["right"]))
        story.append(Spacer(1, 14))
        story.append(Paragraph("<b>Objet :</b> candidature à l'appel à projets Partons 2.0", S["pl"]))
        story.append(Paragraph("<b>P.J. :</b> budget prévisionnel" if key == "d08" else "", S["pl"]))
        story.append(Spacer(1, 14))
        story.append(Paragraph("Monsieur,", S["p"]))
        story.append(Paragraph(T["intro"].format(title=title), S["p"]))
        for b in T["body"]:
            story.append(Paragraph(b, S["p"]))
        story.append(Paragraph("Le coût total du projet est estimé à %s. Nous sollicitons une participation de <b>%s</b> "
                               "au titre de Partons 2.0, le solde étant couvert par %s." % (
                                   tot_s, req_s, "nos fonds propres et une aide de la commune" if fin["other"] else
                                   "nos fonds propres et le travail bénévole"), S["p"]))
        if key == "t08":
            story.append(Paragraph("Je reste à votre disposition pour tout renseignement (%s \u2013 %s)." % (phone, r["email"]),
                                   S["p"]))
        else:
            story.append(Paragraph("Notre collectif n'est pas encore constitué en association ; Mme %s en est la "
                                   "référente et peut être jointe aux coordonnées ci-dessus." % r["last"].upper(), S["p"]))
        story.append(Paragraph("Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.", S["p"]))
        if key == "t08":
            story += sig(["%s %s" % (r["first"], r["last"].upper()), "Président de l'association %s" % org])
        else:
            story += sig([name, "pour le collectif"])
        story.append(PageBreak())
        story.append(Paragraph("Annexe \u2013 budget prévisionnel" if key == "d08" else "Budget prévisionnel", S["h2"]))
        story.append(Paragraph(title, S["b"]))
        story.append(budget_table(r, fin, S, "fr", fam))
    elif key in ("d09", "t10"):
        # plain letter, no letterhead, details under the signature
        if lang == "nl":
            story.append(Paragraph("Aan de Provincie West-Vlaanderen<br/>Jonas Polin<br/>%s<br/>%s %s" % (
                COORD["street"], COORD["pc"], COORD["muni"]), S["pl"]))
            story.append(Spacer(1, 20))
            story.append(Paragraph("%s, %s" % (r["muni"], d.strftime("%d/%m/%Y")), S["pl"]))
            story.append(Spacer(1, 16))
            story.append(Paragraph("Beste Jonas,", S["p"]))
            story.append(Paragraph(T["intro"].format(title=title), S["p"]))
            for b in T["body"]:
                story.append(Paragraph(b, S["p"]))
            story.append(Paragraph("Voor de uitvoering vragen we <b>%s</b> steun. Dat is vooral voor de paaltjes en "
                                   "bordjes, de folder en een begeleider van de heemkundige kring. Een gedetailleerde "
                                   "begroting kunnen we bezorgen na de selectie." % req_s, S["p"]))
            story.append(Paragraph("Vriendelijke groeten,", S["p"]))
            story += sig([name, "%s %s" % (r["role"], org), r["street"], "%s %s" % (r["pc"], r["muni"]),
                          "tel. %s" % phone, r["email"]])
        else:
            story.append(Paragraph("%s, le %s" % (r["muni"], d.strftime("%d/%m/%Y")), S["right"]))
            story.append(Spacer(1, 16))
            story.append(Paragraph("À l'attention de Monsieur Jonas Polin, coordinateur Partons 2.0", S["b"]))
            story.append(Spacer(1, 10))
            story.append(Paragraph("Bonjour Monsieur Polin,", S["p"]))
            story.append(Paragraph(T["intro"].format(title=title), S["p"]))
            for b in T["body"]:
                story.append(Paragraph(b, S["p"]))
            story.append(Paragraph("Le budget total du projet s'élève à %s. Nous demandons <b>%s</b> à Partons 2.0 ; "
                                   "le reste est couvert par %s." % (tot_s, req_s,
                                                                   "la commune et nos adhérents" if fin["other"] else
                                                                   "nos adhérents et une campagne de financement participatif"),
                                   S["p"]))
            story.append(budget_table(r, fin, S, "fr", fam))
            story.append(Spacer(1, 8))
            story.append(Paragraph("Merci d'avance pour votre lecture, et au plaisir d'en discuter.", S["p"]))
            story += sig([name, "%s \u2013 %s" % (r["role"], org), "%s, %s %s" % (r["street"], r["pc"], r["muni"]),
                          r["email"]])
    elif key == "d10":
        # mairie letterhead, 'affaire suivie par', mayor signs
        head = Table([[Paragraph("<b>MAIRIE DE BOESCHEPE</b><br/>%s<br/>%s %s<br/>Standard : 03 28 49 %02d %02d" % (
            r["street"], r["pc"], r["muni"].upper(), rng.randint(10, 19), rng.randint(10, 99)), S["pl"]),
            Paragraph("Affaire suivie par : %s<br/>%s<br/>Ligne directe : %s<br/>%s" % (name, r["role"], phone, r["email"]),
                      S["small"])]], colWidths=[90 * mm, 80 * mm])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey)]))
        story.append(head)
        story.append(Spacer(1, 22))
        right = [Paragraph(s, S["pl"]) for s in recip_fr]
        t = Table([["", right]], colWidths=[90 * mm, 80 * mm])
        story.append(t)
        story.append(Spacer(1, 14))
        story.append(Paragraph("Boeschepe, le %s" % long_date(d, "fr"), S["right"]))
        story.append(Paragraph("N/Réf. : VA/%s/%03d" % (d.strftime("%Y"), rng.randint(10, 300)), S["small"]))
        story.append(Spacer(1, 12))
        story.append(Paragraph("<b>Objet : Appel à projets Partons 2.0 \u2013 candidature de la commune</b>", S["pl"]))
        story.append(Spacer(1, 12))
        story.append(Paragraph("Monsieur le Coordinateur,", S["p"]))
        story.append(Paragraph(T["intro"].format(title=title), S["p"]))
        for b in T["body"]:
            story.append(Paragraph(b, S["p"]))
        story.append(Paragraph("Le plan de financement est le suivant :", S["p"]))
        story.append(budget_table(r, fin, S, "fr", fam))
        story.append(Spacer(1, 10))
        story.append(Paragraph("Mes services, et en particulier Mme %s, se tiennent à votre disposition pour tout "
                               "complément d'information." % name, S["p"]))
        story.append(Paragraph("Je vous prie d'agréer, Monsieur le Coordinateur, l'expression de mes salutations "
                               "distinguées.", S["p"]))
        story += sig(["", "Le Maire,", "", "Francis Decroos"])
    elif key == "t07":
        # village council letter signed by two people, contact in a separate paragraph
        story.append(Paragraph("<b>%s</b>" % org, S["head"]))
        story.append(Paragraph("p/a %s, %s %s" % (r["street"], r["pc"], r["muni"]), S["small"]))
        story.append(Spacer(1, 24))
        for l in recip_nl[:2] + recip_nl[3:]:
            story.append(Paragraph(l, S["pl"]))
        story.append(Spacer(1, 18))
        story.append(Paragraph("Wulveringem, %s" % long_date(d, "nl"), S["pl"]))
        story.append(Spacer(1, 10))
        story.append(Paragraph("<u>Onderwerp</u>: kandidatuur projectoproep leefbare dorpen en buurten", S["pl"]))
        story.append(Spacer(1, 10))
        story.append(Paragraph("Geachte heer Polin, beste Jonas,", S["p"]))
        story.append(Paragraph(T["intro"].format(title=title), S["p"]))
        for b in T["body"]:
            story.append(Paragraph(b, S["p"]))
        story.append(Paragraph("<b>Budget</b>", S["b"]))
        story.append(Paragraph("De totale kost bedraagt %s. Wij vragen hiervoor <b>%s</b> aan Partons 2.0. De dorpsraad "
                               "legt zelf %s bij uit de opbrengst van het jaarlijkse mosselfeest." % (
                                   tot_s, req_s, A(r, fin["own"] + (fin["other"] or 0))), S["p"]))
        story.append(Paragraph("<b>Contactpersoon</b>", S["b"]))
        story.append(Paragraph("%s (%s)<br/>%s, %s %s<br/>gsm %s \u2013 %s" % (
            name, r["role"], r["street"], r["pc"], r["muni"], phone, r["email"]), S["pl"]))
        story.append(Spacer(1, 12))
        story.append(Paragraph("Met vriendelijke groeten,", S["p"]))
        sigt = Table([[Paragraph("Rita Bulcke<br/>voorzitter", S["pl"]), Paragraph("%s<br/>%s" % (name, r["role"]), S["pl"])]],
                     colWidths=[80 * mm, 80 * mm])
        story.append(Spacer(1, 24))
        story.append(sigt)
    elif key == "t09":
        # letter + project sheet annex
        story.append(Paragraph(org, S["head"]))
        story.append(Paragraph("buurthuis \u2013 %s \u2013 %s %s \u2013 %s" % (r["street"], r["pc"], r["muni"], r["email"]),
                               S["small"]))
        story.append(Spacer(1, 24))
        for l in recip_nl:
            story.append(Paragraph(l, S["pl"]))
        story.append(Spacer(1, 14))
        story.append(Paragraph("Poperinge, %s" % d.strftime("%d.%m.%Y"), S["pl"]))
        story.append(Spacer(1, 12))
        story.append(Paragraph("Beste Jonas,", S["p"]))
        story.append(Paragraph(T["intro"].format(title=title), S["p"]))
        for b in T["body"]:
            story.append(Paragraph(b, S["p"]))
        story.append(Paragraph("Met vriendelijke groeten,", S["p"]))
        story += sig([name, r["role"], "gsm %s" % phone])
        story.append(PageBreak())
        story.append(Paragraph("Bijlage: projectfiche", S["h2"]))
        rows = [["Naam project", title], ["Indiener", org], ["Adres", "%s, %s %s" % (r["street"], r["pc"], r["muni"])],
                ["Contactpersoon", "%s \u2013 %s \u2013 %s" % (name, phone, r["email"])],
                ["Doelgroep", "gezinnen en alleenstaanden uit de stationswijk"],
                ["Vrijwilligers", "14"],
                ["Gevraagde steun Partons 2.0", req_s], ["Totale kost", tot_s]]
        t = Table([[Paragraph("<b>%s</b>" % a, S["pl"]), Paragraph(b, S["pl"])] for a, b in rows],
                  colWidths=[55 * mm, 110 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
        story.append(t)
        story.append(Spacer(1, 12))
        story.append(Paragraph("Begroting", S["h2"]))
        story.append(budget_table(r, fin, S, "nl", fam))
    else:
        raise ValueError(key)

    def on_page(canv, doc_):
        canv.saveState()
        canv.setFont(fam[0], 7.5)
        canv.setFillColor(colors.grey)
        if key == "d10":
            canv.drawCentredString(A4[0] / 2, 12 * mm, "Toute correspondance doit être adressée à Monsieur le Maire")
        canv.drawRightString(A4[0] - 20 * mm, 12 * mm, str(doc_.page))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=rng.choice([22, 25]) * mm, rightMargin=20 * mm,
                            topMargin=rng.choice([18, 22, 25]) * mm, bottomMargin=20 * mm,
                            title=r["title"] if rng.random() < 0.5 else "Document1",
                            author=rng.choice([name, "Gebruiker", "Secretariaat", ""]),
                            creator=rng.choice(["Microsoft® Word 2013", "Microsoft® Word pour Office 365", "Writer",
                                                "LibreOffice 6.1"]),
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return fin
