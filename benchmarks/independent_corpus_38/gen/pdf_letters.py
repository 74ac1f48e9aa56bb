# -*- coding: utf-8 -*-
"""Letter-like PDFs: a cover letter that still holds all the fields, written as
people write letters (letterhead, recipient block, prose, a short summary)."""
from reportlab.lib import colors

from common import money, budget_rows, funding_rows
from pdfkit import Doc, St, MM

GREY = colors.HexColor("#555555")
NAVY = colors.HexColor("#1B2A4A")
RED = colors.HexColor("#8E1B1B")


def recipient_nl(f, x):
    for ln in ("Provincie West-Vlaanderen", "t.a.v. de heer Jonas Polin", "Projectcoördinator Partons 2.0",
               "Woumenweg 100", "8600 Diksmuide"):
        f.line((x, ln))


def recipient_fr(f, x, country=True):
    lines = ["Province de Flandre-Occidentale", "À l'attention de M. Jonas Polin",
             "Woumenweg 100", "8600 Diksmuide"]
    if country:
        lines.append("BELGIQUE")
    for ln in lines:
        f.line((x, ln))


# ----------------------------------------------------------------- dev-007
def dev_007(r):
    st = St("Helvetica", 10.5)
    d = Doc("Brief projectidee", r["contact"], st, lead=14.5)
    d.line((0, r["org"], st.b(size=13)), lead=16)
    d.line((0, r["address"] + " - " + r["postcode"] + " " + r["municipality"], st(size=9, color=GREY)), lead=12)
    d.line((0, r["email"] + " - " + r["phone_w"], st(size=9, color=GREY)), lead=40)
    recipient_nl(d, 270)
    d.down(20)
    d.line((270, r["municipality"] + ", 2 juni 2019"), lead=30)
    d.para([("Betreft: ", st.b), ("projectoproep 'Maak werk van je buurt' - projectidee \u201c"
                                 + r["title"] + "\u201d", st)], after=14)
    P = lambda t: d.para(t, st, lead=14.5, after=8)
    P("Geachte heer Polin,")
    P("Met deze brief dient " + r["org"] + " een projectidee in voor de projectenoproep 'Maak werk van je "
      "buurt!'. " + r["desc"])
    P("De totale kostprijs van het project ramen we op " + r["total_w"] + ". Wij vragen een bijdrage van "
      + r["req_w"] + "; de rest (" + money(funding_rows(r)[0][1], "be", " euro") + ") brengen we zelf in met "
      "de opbrengst van ons jaarlijks eetfestijn. De belangrijkste uitgaven zijn tafels en stoelen ("
      + money("2650", "be", " euro") + "), kookmateriaal (" + money("2100", "be", " euro")
      + ") en de begeleiding van de vrijwilligers (" + money("1800", "be", " euro") + ").")
    P("Wij nemen graag deel aan de begeleidingssessies in het najaar. Hieronder vindt u onze gegevens "
      "nog eens op een rijtje.")
    d.down(2)
    tab = 130
    for lab, val in (("Organisatie", r["org"]), ("Contactpersoon", r["contact"] + ", " + r["role"]),
                     ("Adres", r["address"] + ", " + r["postcode"] + " " + r["municipality"]),
                     ("Telefoon", r["phone_w"]), ("E-mail", r["email"]),
                     ("Projecttitel", r["title"]), ("Totale kostprijs", r["total_w"]),
                     ("Gevraagd bedrag", r["req_w"])):
        d.line((20, lab), (tab, ":"), (tab + 10, val))
    d.down(12)
    d.line((0, "Met vriendelijke groeten,"), lead=40)
    d.line((0, r["contact"]), (250, r["people"]["secretary"]))
    d.line((0, "voorzitter", st.i), (250, "secretaris", st.i))
    return d.finish()


# ----------------------------------------------------------------- dev-008
def dev_008(r):
    st = St("Times-Roman", 11.5)
    d = Doc("Courrier de candidature", r["contact"], st, lead=15)
    for ln, s in ((r["org"], st.b), (r["address"], st), (r["postcode"] + " " + r["municipality"], st),
                  ("Tél. " + r["phone_w"], st), (r["email"], st)):
        d.line((0, ln, s))
    d.down(10)
    recipient_fr(d, 260)
    d.down(18)
    d.line((260, r["municipality"] + ", le 11 juin 2019"), lead=30)
    d.para([("Objet : ", st.b), ("candidature à l'appel à projets « Partons 2.0 » – " + r["title"], st)],
           after=4)
    d.para([("P.J. : ", st.b), ("aucune", st)], after=16)
    P = lambda t: d.para(t, st, lead=15, after=9)
    P("Madame, Monsieur,")
    P("Au nom de l'association " + r["org"] + ", j'ai l'honneur de vous présenter notre projet intitulé « "
      + r["title"] + " ». " + r["desc"])
    P("Le coût total de l'opération est estimé à " + r["total_w"] + ". Nous sollicitons une aide de "
      + r["req_w"] + " au titre de l'appel à projets ; le solde, soit "
      + money(funding_rows(r)[0][1], "plain", " euros") + ", sera autofinancé par l'association.")
    W = d.width
    rows = [[{"c": [[("Dépenses prévues", st.b)]]}, {"c": [[("Montant", st.b)]], "align": "right"}]]
    rows += [[{"c": [lab]}, {"c": [money(a, "plain", " €")], "align": "right"}] for lab, a in budget_rows(r)]
    rows += [[{"c": [[("Total", st.b)]]}, {"c": [[(money(r["total"], "plain", " €"), st.b)]], "align": "right"}]]
    d.table(40, [W - 170, 90], rows, st(size=10.5), lead=13, pad=3)
    P("Sept bénévoles de la rue sont déjà prêts à s'investir. Je reste à votre disposition pour tout "
      "renseignement complémentaire, par téléphone au " + r["phone_w"] + " ou par courriel.")
    P("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.")
    d.down(14)
    d.line((280, r["contact"]))
    d.line((280, "Présidente", st.i))
    return d.finish()


# ----------------------------------------------------------------- dev-009
def dev_009(r):
    st = St("Times-Roman", 11)

    def header(d):
        d.draw(d.width / 2, "VRIENDEN VAN DE DRIE MOLENS", st.b(size=16, color=NAVY), y=d.top_y, align="center")
        d.draw(d.width / 2, "Amis des Trois Moulins \u2013 Steenvoorde (Frans-Vlaanderen)",
               st.i(size=10, color=NAVY), y=d.top_y - 15, align="center")
        d.hline(0, d.width, dy=-6, y=d.top_y - 15, width=0.8, color=NAVY)

    def footer(d):
        d.hline(0, d.width, dy=12, y=36, width=0.5, color=NAVY)
        d.draw(d.width / 2, r["org"] + " \u00b7 " + r["address"] + " \u00b7 " + r["postcode"] + " "
               + r["municipality"] + " (Frankrijk) \u00b7 " + r["email"] + " \u00b7 " + r["phone_w"],
               st(size=8, color=NAVY), y=36, align="center")

    d = Doc("Brief projectidee", r["contact"], st, lead=15, top=20 * MM, header=header, footer=footer)
    d.y -= 50
    recipient_nl(d, 0)
    d.down(14)
    d.line((d.width, "Steenvoorde, 6 juni 2019", st, "right"), lead=26)
    d.para([("Onderwerp: ", st.b), ("projectidee voor de oproep Partons 2.0", st)], after=14)
    P = lambda t, **k: d.para(t, st, lead=15, after=k.get("after", 9))
    P("Geachte heer Polin, beste Jonas,")
    P("Onze vereniging bestaat sinds 1987 en zet zich in voor het Vlaamse erfgoed aan deze kant van de grens. "
      "Met veel plezier dienen wij een projectidee in voor de tweede grensoverschrijdende oproep.")
    P("Ons projectidee heet: " + r["title"] + ". " + r["desc"])
    P("Wij ramen de kosten als volgt:", after=4)
    for lab, a in budget_rows(r):
        d.line((20, "\u2013 " + lab), (330, money(a, "fr", " euro"), st, "right"))
    d.line((20, "Totaal", st.b), (330, r["total_w"], st.b, "right"), lead=22)
    P("Aan Partons 2.0 vragen wij " + r["req_w"] + ". De gemeente Steenvoorde draagt "
      + money(funding_rows(r)[1][1], "fr", " euro") + " bij, de vereniging zelf "
      + money(funding_rows(r)[0][1], "fr", " euro") + ".")
    P("Contactpersoon voor dit dossier is ondergetekende, " + r["contact"] + ", secretaris. U kunt mij "
      "bereiken op " + r["phone_w"] + " of via " + r["email"] + ".")
    P("Met vriendelijke groeten,", after=30)
    d.line((0, r["contact"]), (260, r["people"]["chair"]))
    d.line((0, "secretaris", st.i), (260, "voorzitter", st.i))
    return d.finish()


# ----------------------------------------------------------------- dev-010
def dev_010(r):
    st = St("Helvetica", 10)
    d = Doc("Courrier Mairie", r["contact"], st, lead=14)
    for ln, s in (("RÉPUBLIQUE FRANÇAISE", st.b(size=9)), ("Département du Nord", st(size=9)),
                  ("", st), (r["org"].upper(), st.b(size=13, color=RED)), (r["address"], st(size=9)),
                  (r["postcode"] + " " + r["municipality"], st(size=9)), ("Tél. " + r["phone_w"], st(size=9))):
        d.line((0, ln, s), lead=13)
    d.down(8)
    d.line((0, "N/Réf. : NB/2019-047", st(size=8.5)), lead=12)
    d.line((0, "Dossier suivi par : " + r["contact"] + ",", st(size=8.5)), lead=12)
    d.line((0, r["role"] + " – " + r["email"], st(size=8.5)), lead=12)
    d.y += 3 * 12
    recipient_fr(d, 285)
    d.down(26)
    d.line((285, r["municipality"] + ", le 14 juin 2019"), lead=26)
    d.para([("Objet : ", st.b), ("Appel à projets Partons 2.0 – « " + r["title"] + " »", st)], after=14)
    P = lambda t: d.para(t, st, lead=14, after=8)
    P("Monsieur,")
    P("La commune d'Oxelaëre souhaite répondre à l'appel à projets transfrontalier lancé dans le cadre du "
      "projet Interreg Partons 2.0. " + r["desc"])
    P("Le conseil municipal a approuvé le projet lors de sa séance du 6 juin 2019 (délibération "
      "n° 2019-23). Le plan de financement est le suivant :")
    W = d.width
    rows = [[{"c": [lab]}, {"c": [money(a, "be", " €")], "align": "right"}] for lab, a in budget_rows(r)]
    rows.append([{"c": [[("Coût total du projet", st.b)]]}, {"c": [[(r["total_w"], st.b)]], "align": "right"}])
    rows.append([{"c": ["Aide sollicitée auprès de Partons 2.0"]}, {"c": [r["req_w"]], "align": "right"}])
    rows.append([{"c": ["Part communale"]}, {"c": [money(funding_rows(r)[0][1], "be", " €")], "align": "right"}])
    d.table(30, [W - 150, 90], rows, st(size=9.5), lead=12, pad=3)
    P("Pour toute question, je vous invite à contacter " + r["contact"] + ", " + r["role"] + ", qui suit ce "
      "dossier (" + r["phone_w"] + ", " + r["email"] + ").")
    P("Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.")
    d.down(10)
    d.line((300, "Le Maire,"))
    d.down(18)
    d.line((300, r["people"]["mayor"], st.b))
    return d.finish()


# ================================================================== TEST half
# ----------------------------------------------------------------- test-007
def test_007(r):
    st = St("Times-Roman", 11)
    d = Doc("Lettre de candidature", r["contact"], st, lead=15)
    W = d.width
    d.line((W, r["org"], st.b(size=14), "right"), lead=16)
    d.line((W, "Association loi 1901 – Siège : " + r["address"] + ", " + r["postcode"] + " " + r["municipality"],
            st(size=9), "right"), lead=12)
    d.line((W, "Président : " + r["people"]["chair"] + " – " + r["people"]["chair_phone"] + " – "
            + r["people"]["chair_email"], st(size=9), "right"), lead=30)
    d.line((0, "M. Jonas Polin"))
    d.line((0, "Provincie West-Vlaanderen"))
    d.line((0, "Woumenweg 100"))
    d.line((0, "B-8600 Diksmuide"), lead=28)
    d.line((W, "Quaëdypre, le 26 mai 2019", st, "right"), lead=28)
    d.para([("Objet : ", st.b), ("appel à projets « Maak werk van je buurt / Partons 2.0 »", st)], after=14)
    P = lambda t, after=9: d.para(t, st, lead=15, after=after)
    P("Monsieur Polin,")
    P("Le comité d'animation de Quaëdypre a le plaisir de vous soumettre le projet « " + r["title"] + " ». "
      + r["desc"])
    P("Le projet représente un budget global de " + r["total_w"] + ". La commune de Quaëdypre s'est engagée "
      "à hauteur de " + money(funding_rows(r)[0][1], "fr", " euros") + " et le comité apportera "
      + money(funding_rows(r)[1][1], "fr", " euros") + " sur ses fonds propres. Nous sollicitons donc "
      "auprès de Partons 2.0 une aide de " + r["req_w"] + ".")
    P("Le dossier est suivi par notre secrétaire :", after=4)
    for ln in (r["contact"] + ", secrétaire du comité", r["address"] + ", " + r["postcode"] + " " + r["municipality"],
               "Portable : " + r["phone_w"], "Courriel : " + r["email"]):
        d.line((30, ln, st.b))
    d.down(8)
    P("Nous vous prions d'agréer, Monsieur, nos salutations les meilleures.")
    d.down(16)
    d.line((0, "Le Président"), (300, "La Secrétaire"))
    d.down(16)
    d.line((0, r["people"]["chair"], st.i), (300, r["contact"], st.i))
    return d.finish()


# ----------------------------------------------------------------- test-008
def test_008(r):
    st = St("Helvetica", 9.5)
    side = St("Helvetica", 7.5, GREY)
    d = Doc("Brief projectoproep", r["contact"], st, lead=13.5, left=18 * MM)
    d.line((0, "GEMEENTE", st.b(size=9, color=GREY)), lead=21)
    d.line((0, "HEUVELLAND", st.b(size=20)), lead=34)
    top = d.y
    S = d.column(0, 120, st=side, lead=10)
    for lab, val in (("Uw contactpersoon", r["contact"]), ("", r["role"]), ("", "T " + r["phone_w"]),
                     ("", r["email"]), (None, None), ("Ons kenmerk", "VT/2019/112"),
                     ("Uw kenmerk", "-"), ("Bijlage(n)", "geen"), (None, None),
                     ("Gemeentehuis", r["address"]), ("", r["postcode"] + " " + r["municipality"]),
                     ("", "T 057 45 04 00"), ("", "ondernemingsnr. 0207.490.215")):
        if lab is None:
            S.down(8)
            continue
        if lab:
            S.line((0, lab, side(font="Helvetica-Bold")))
        S.line((0, val))
    B = d.column(150, d.width - 150, y=top)
    B.bottom = 40
    for ln in ("Provincie West-Vlaanderen", "Jonas Polin - projectcoördinator Partons 2.0",
               "Woumenweg 100", "8600 Diksmuide"):
        B.line((0, ln))
    B.down(20)
    B.line((0, "Heuvelland, 11 juni 2019"), lead=24)
    B.para([("Projectoproep Maak werk van je buurt! - " + r["title"], st.b)], lead=13.5, after=12)
    P = lambda t: B.para(t, st, lead=13.5, after=8)
    P("Geachte heer Polin,")
    P("In zitting van 3 juni 2019 keurde het college van burgemeester en schepenen de deelname van "
      "de gemeente Heuvelland aan de projectenoproep goed. " + r["desc"])
    P("Het project heeft een totale kostprijs van " + r["total_w"] + ". Wij vragen een bijdrage van "
      + r["req_w"] + " van Partons 2.0. Het saldo van " + money(funding_rows(r)[0][1], "be2", "€ ")
      + " wordt gedragen door het gemeentebestuur (budget 2020, actie 1.4.2).")
    P("Raming per post:")
    for lab, a in budget_rows(r):
        B.line((10, "- " + lab), (250, money(a, "be2", "€ "), st, "right"))
    B.down(6)
    P("Voor verdere inlichtingen kunt u terecht bij " + r["contact"] + ", " + r["role"] + " (" + r["phone_w"]
      + ", " + r["email"] + ").")
    P("Met vriendelijke groeten,")
    B.down(8)
    B.line((0, "Namens het college,"))
    B.down(22)
    B.line((0, r["people"]["director"], st.b), (170, r["people"]["mayor"], st.b))
    B.line((0, "algemeen directeur"), (170, "burgemeester"))
    return d.finish()


# ----------------------------------------------------------------- test-009
def test_009(r):
    st = St("Helvetica", 11)
    d = Doc("plukbos", r["contact"], st, lead=15.5)
    for ln in (r["contact"], r["address"], r["postcode"] + " " + r["municipality"], "gsm " + r["phone_w"],
               r["email"]):
        d.line((0, ln))
    d.down(10)
    d.line((d.width, "Alveringem, 25 mei 2019", st, "right"), lead=24)
    d.line((0, "Aan de Provincie West-Vlaanderen"))
    d.line((0, "Jonas Polin"))
    d.line((0, "(per mail: jonas.polin@west-vlaanderen.be)"), lead=28)
    d.line((0, "Projectidee: " + r["title"], st.b), lead=24)
    P = lambda t: d.para(t, st, lead=15.5, after=10)
    P("Beste Jonas,")
    P("Ik ben geen lid van een vereniging, maar samen met een tiental buren uit de Zandstraat wil ik iets "
      "doen met het verwaarloosde hoekje grond naast de bushalte. De gemeente vindt het goed. "
      + r["desc"])
    P("We schatten de totale kosten op " + r["total_w"] + ". Daarvan vragen we " + r["req_w"]
      + " aan de provincie. De buren leggen samen " + money(funding_rows(r)[0][1], "fr", " euro")
      + " bij. De grootste post zijn de fruitbomen en struiken (" + money("1150", "fr", " euro")
      + "), daarnaast een afsluiting met poortje, een halve dag begeleiding door een tuinaannemer en "
      "soep en koffie op de plantdag.")
    P("We hopen in november te kunnen planten, dat is het beste plantseizoen.")
    P("Vriendelijke groeten,")
    d.line((0, r["contact"]), lead=28)
    d.para("PS: wie er al mee trekt: " + r["people"]["neighbours"] + " en ikzelf. Je mag mij altijd bellen.",
           st.i(size=10), lead=14)
    return d.finish()


# ----------------------------------------------------------------- test-010
def test_010(r):
    st = St("Times-Roman", 11)
    d = Doc("Lettre et fiche de synthèse", r["contact"], st, lead=15)
    d.line((0, r["org"].upper(), st.b(size=13)), lead=15)
    d.line((0, "Atelier partagé – " + r["address"] + " – " + r["postcode"] + " " + r["municipality"],
            st(size=9.5)), lead=40)
    recipient_fr(d, 250, country=False)
    d.down(16)
    d.line((250, "Watten, le 3 juin 2019"), lead=28)
    d.para([("Objet : ", st.b), ("dépôt d'une idée de projet – appel Partons 2.0", st)], after=14)
    P = lambda t: d.para(t, st, lead=15, after=9)
    P("Monsieur,")
    P("Notre association, créée en 2017 par un petit groupe d'artisans et d'habitants de Watten, souhaite "
      "participer à l'appel à projets transfrontalier. " + r["desc"])
    P("Vous trouverez en page 2 une fiche de synthèse reprenant nos coordonnées, le budget et le plan de "
      "financement. Nous serions heureux de vous accueillir sur place pour une visite.")
    P("Veuillez agréer, Monsieur, nos sincères salutations.")
    d.down(10)
    d.line((280, r["contact"]))
    d.line((280, "coordinatrice", st.i))
    d.new_page()
    d.line((d.width / 2, "FICHE DE SYNTHÈSE", st.b(size=14), "center"), lead=26)
    t = [0, 100, 235, 300]

    def pair(l1, v1, l2=None, v2=None):
        segs = [(t[0], l1, st.b), (t[1], v1)]
        if l2:
            segs += [(t[2], l2, st.b), (t[3], v2)]
        d.line(*segs)

    pair("Porteur", r["org"])
    pair("Président", r["people"]["chair"])
    pair("Contact", r["contact"], "Fonction", r["role"])
    pair("Adresse", r["address"])
    pair("Code postal", r["postcode"], "Commune", r["municipality"])
    pair("Téléphone", r["phone_w"], "Courriel", r["email"])
    d.down(8)
    pair("Projet", r["title"])
    pair("Bénévoles", r["volunteers"], "Démarrage", r["start"])
    d.down(12)
    W = d.width
    rows = [[{"c": [[("Dépenses", st.b)]]}, {"c": [[("€", st.b)]], "align": "right"},
             {"c": [[("Recettes", st.b)]]}, {"c": [[("€", st.b)]], "align": "right"}]]
    b = budget_rows(r)
    rec = [("Partons 2.0 (demandé)", r["req_w"])] + [(l, money(a, "fr2", " €")) for l, a in funding_rows(r)]
    for i in range(max(len(b), len(rec))):
        row = []
        if i < len(b):
            row += [{"c": [b[i][0]]}, {"c": [money(b[i][1], "fr2", " €")], "align": "right"}]
        else:
            row += [{"c": [""]}, {"c": [""]}]
        if i < len(rec):
            row += [{"c": [rec[i][0]]}, {"c": [rec[i][1]], "align": "right"}]
        else:
            row += [{"c": [""]}, {"c": [""]}]
        rows.append(row)
    rows.append([{"c": [[("Total", st.b)]]}, {"c": [[(r["total_w"], st.b)]], "align": "right"},
                 {"c": [[("Total", st.b)]]}, {"c": [[(r["total_w"], st.b)]], "align": "right"}])
    d.table(0, [130, 90, 140, W - 360], rows, st(size=10), lead=12.5, pad=3)
    return d.finish()


BUILDERS = {
    "dev-007": dev_007, "dev-008": dev_008, "dev-009": dev_009, "dev-010": dev_010,
    "test-007": test_007, "test-008": test_008, "test-009": test_009, "test-010": test_010,
}
