# -*- coding: utf-8 -*-
"""PDF application forms that imitate word-processor forms exported to PDF.

Each function draws one applicant's form with its own design.  There are no
form widgets: labels and answers are plain positioned text, lines and boxes.
"""
from reportlab.lib import colors

from common import money, budget_rows, funding_rows, D
from data import COORD
from pdfkit import Doc, St, MM

BLUE = colors.HexColor("#1F3D9B")
DARKBLUE = colors.HexColor("#14306B")
GREY = colors.HexColor("#6B6B6B")
LIGHT = colors.HexColor("#E6E6E6")
GREEN = colors.HexColor("#2E6B30")


def us(label, value, width, lead=3, ch="_"):
    """'Label: ____value______' padded with underscores to `width` characters."""
    s = label + " " + ch * lead + (value or "")
    if len(s) < width:
        s += ch * (width - len(s))
    return s


# ----------------------------------------------------------------- dev-001
def dev_001(r):
    st = St("Courier", 9.5)
    d = Doc("Aanvraagformulier projectidee", r["contact"], st, lead=14)
    d.line((d.width / 2, "AANVRAAGFORMULIER PROJECTIDEE", st.b(size=13), "center"), lead=18)
    d.line((d.width / 2, "Maak werk van je buurt! - Partons 2.0 - oproep 2019", st, "center"), lead=14)
    d.para("Terug te sturen voor 16 juni 2019 naar: Provincie West-Vlaanderen, t.a.v. Jonas Polin, "
           "Woumenweg 100, 8600 Diksmuide - of per mail naar jonas.polin@west-vlaanderen.be",
           st(size=8, color=GREY), lead=11, after=10)
    W = 78
    d.line((0, "1. GEGEVENS VAN DE AANVRAGER", st.b), lead=18)
    d.line((0, us("Naam organisatie:", r["org"], W, 4)))
    d.line((0, us("Contactpersoon:", r["contact"] + " (" + r["role"] + ")", W, 4)))
    d.line((0, us("Straat + nr:", r["address"], 40, 3) + "  " + us("Postcode:", r["postcode"], 16, 1)))
    d.line((0, us("Gemeente:", r["municipality"], 40, 5) + "  " + us("Land:", "België", 16, 1)))
    d.line((0, us("Telefoon/GSM:", r["phone_w"], 32, 2) + "  " + us("E-mail:", r["email"], 44, 1)))
    d.line((0, us("Voorzitter:", r["people"]["chair"], 38, 3) + "  "
            + us("Penningmeester:", r["people"]["treasurer"], 38, 1)))
    d.down(8)
    d.line((0, "2. HET PROJECT", st.b), lead=18)
    d.line((0, us("Titel van het project:", r["title"], W, 3)))
    d.line((0, "Korte omschrijving (waarom, wat, voor wie?):"))
    from pdfkit import wrap_runs
    for ln in wrap_runs([(r["desc"], st)], 74 * st.w("x")):
        txt = "".join(t for t, _ in ln)
        d.line((0, txt + "_" * max(0, W - len(txt))))
    d.line((0, us("Aantal betrokken vrijwilligers:", r["volunteers"], 38, 2) + "  "
            + us("Start:", r["start"], 38, 2)))
    d.down(8)
    d.line((0, "3. BUDGET", st.b), lead=18)
    d.line((0, "Uitgaven (zie ook voorbeelden in de oproep)"))
    for label, amt in budget_rows(r):
        a = money(amt, "be", "€ ")
        d.line((0, "- " + label + " " * max(1, 60 - len(label)) + " " * (12 - len(a)) + a))
    d.line((0, "-" * W))
    d.line((0, "TOTALE KOSTPRIJS PROJECT:" + " " * 36 + r["total_w"], st.b))
    d.down(6)
    d.line((0, us("Gevraagde bijdrage Partons 2.0 (max. 10.000 euro):", r["req_w"], W, 2)))
    for label, amt in funding_rows(r):
        d.line((0, us(label + ":", money(amt, "bed", "€ "), W, 2)))
    d.down(10)
    d.line((0, "4. ENGAGEMENT", st.b), lead=18)
    d.para("Wij engageren ons om deel te nemen aan het begeleidingstraject (26/09, 7/11, 28/11, "
           "19/12/2019 en 30/01/2020).  [X] ja   [ ] nee", st, lead=13, after=8)
    d.line((0, us("Datum:", "04/06/2019", 30, 2) + "   " + us("Handtekening:", "  G. Vandenbussche", 44, 2)))
    return d.finish()


# ----------------------------------------------------------------- dev-002
def dev_002(r):
    st = St("Times-Roman", 11)
    d = Doc("Fiche de candidature Partons 2.0", r["contact"], st, lead=16)
    d.line((d.width / 2, "APPEL À PROJETS « PARTONS 2.0 »", st.b(size=15), "center"), lead=19)
    d.line((d.width / 2, "FICHE DE CANDIDATURE – Faites vivre votre quartier !", st.b(size=12), "center"), lead=16)
    d.line((d.width / 2, "Aide maximale : 10 000 € par projet – date limite : 16 juin 2019", st.i(size=10), "center"),
           lead=22)
    xv = 170

    def sec(t):
        d.down(4)
        d.line((0, t, st.b))
        d.hline(0, d.c.stringWidth(t, st.b.font, st.b.size), dy=14 + 2, width=0.8)

    sec("I – LE PORTEUR DE PROJET")
    d.dotted("Nom de l'association", r["org"], 0, xv)
    # legal status with check boxes
    y0 = d.y
    d.draw(0, "Statut juridique")
    x = xv
    for lab, on in (("association loi 1901", True), ("collectif d'habitants", False), ("commune", False)):
        x += d.checkbox(x, on, "zapfsq")
        x += d.draw(x, lab) + 12
    d.down()
    d.dotted("Personne référente", r["contact"] + ", " + r["role"], 0, xv)
    d.dotted("Président(e)", r["people"]["chair"], 0, xv)
    d.dotted("Trésorier(e)", r["people"]["treasurer"], 0, xv)
    d.dotted("Adresse", r["address"], 0, xv)
    # two pairs on one line
    d.draw(0, "Code postal")
    d.draw(70, "." * 26)
    d.draw(xv - 40 + 40, r["postcode"])
    d.draw(250, "Commune")
    d.draw(300, "." * 8)
    d.draw(340, r["municipality"])
    d.down()
    d.draw(0, "Téléphone")
    d.draw(55, "." * 35)
    d.draw(xv, r["phone_w"])
    d.draw(250, "Courriel")
    d.draw(290, "...")
    d.draw(305, r["email"])
    d.down()
    sec("II – LE PROJET")
    d.dotted("Intitulé du projet", r["title"], 0, xv - 40)
    d.line((0, "Description du projet (10 lignes maximum) :"))
    d.para(r["desc"], st.i, x=15, lead=14, after=4)
    d.dotted("Lieu", "friche derrière les logements, rue du Pont-Rouge", 0, xv)
    d.dotted("Nombre de bénévoles", r["volunteers"], 0, xv)
    d.dotted("Démarrage prévu", r["start"], 0, xv)
    d.dotted("Partenaires", r["people"]["partner"], 0, 80)
    sec("III – BUDGET PRÉVISIONNEL")
    right = d.width

    def mline(label, amount, bold=False):
        s = st.b if bold else st
        aw = s.w(amount)
        d.dotted(label, None, 10, right - aw, st=s)
        d.y += d.lead
        d.draw(right - aw, amount, s)
        d.down()

    d.line((0, "Dépenses", st.i))
    for lab, a in budget_rows(r):
        mline(lab, money(a, "fr", " €"))
    mline("Coût total du projet", r["total_w"], True)
    d.line((0, "Recettes", st.i))
    mline("Montant sollicité (appel à projets Partons 2.0)", r["req_w"], True)
    for lab, a in funding_rows(r):
        mline(lab, money(a, "fr", " €"))
    d.down(10)
    d.line((0, "Fait à Merville, le 29 mai 2019"), (260, "Signature du président :"))
    d.line((260, "J.-L. Vanhove", st.i))
    return d.finish()


# ----------------------------------------------------------------- dev-003
def dev_003(r):
    st = St("Helvetica", 9.5)
    v = st(color=BLUE)

    def footer(d):
        d.draw(0, "Formulier terugsturen naar jonas.polin@west-vlaanderen.be - Provincie West-Vlaanderen, "
                  "Woumenweg 100, 8600 Diksmuide - tel. 051 51 94 37", st(size=7, color=GREY), y=30)

    d = Doc("Projectfiche", r["contact"], st, footer=footer)
    d.line((0, "PROJECTFICHE", st.b(size=18)), (d.width, "Maak werk van je buurt! 2019", st(size=10), "right"),
           lead=26)
    W2 = d.width / 2
    H = lambda t: {"c": [[(t, st.b)]], "span": 2, "fill": LIGHT}
    lv = lambda l, val: [(l + " ", st), (val, v)]
    rows = [
        [H("A. AANVRAGER")],
        [{"c": [lv("Naam vereniging:", r["org"]), lv("Straat en nr.:", r["address"]),
                lv("Postcode en gemeente:", r["postcode"] + " " + r["municipality"])]},
         {"c": [lv("Contactpersoon:", r["contact"]), lv("Functie:", r["role"]),
                lv("Tel./gsm:", r["phone_w"]), lv("E-mail:", r["email"])]}],
        [{"c": [lv("Tweede contactpersoon (bij afwezigheid):",
                   r["people"]["second"] + " - " + r["people"]["second_phone"])], "span": 2}],
        [H("B. PROJECT")],
        [{"c": [lv("Titel:", r["title"])], "span": 2}],
        [{"c": [[("Korte beschrijving", st.b)], [(r["desc"], v)]]},
         {"c": [[("Wie doet mee?", st.b)],
                [(r["volunteers"] + " vrijwilligers uit de wijk, de seniorenraad en het "
                  "OCMW-antennepunt. Startmoment: " + r["start"] + ".", v)]]}],
        [H("C. FINANCIEEL")],
        [{"c": [[("Begroting (uitgaven)", st.b)],
                {"widths": [W2 * 2 - 120, 110],
                 "rows": [[{"c": [[(lab, v)]]}, {"c": [[(money(a, "plain", " euro"), v)]], "align": "right"}]
                          for lab, a in budget_rows(r)]
                 + [[{"c": [[("Totaal", st.b)]]}, {"c": [[(r["total_w"], v)]], "align": "right"}]]}],
          "span": 2}],
        [{"c": [lv("Gevraagd bedrag:", r["req_w"])]},
         {"c": [lv("Eigen inbreng:", money(funding_rows(r)[0][1], "plain", " euro"))]}],
    ]
    d.table(0, [W2, W2], rows, st, lead=13)
    d.down(6)
    d.line((0, [("Datum: ", st), ("08/06/2019", v)]), (W2, [("Naam en handtekening: ", st), (r["contact"], v)]))
    return d.finish()


# ----------------------------------------------------------------- dev-004
def dev_004(r):
    st = St("Helvetica", 9.5)
    d = Doc("Fiche projet", r["contact"], st)
    d.rect(0, d.y + 12, d.width, 44, fill=LIGHT, stroke=0)
    d.line((8, "PARTONS 2.0  —  Maak werk van je buurt / Faites bouger votre quartier", st.b(size=12)), lead=16)
    d.line((8, "Fiche projet 2019 – à renvoyer à jonas.polin@west-vlaanderen.be avant le 16 juin 2019",
            st(size=9)), lead=30)
    top = d.y
    cw = d.width / 2 - 12
    L = d.column(0, cw)
    Rc = d.column(cw + 24, cw)
    d.c.setLineWidth(0.4)
    d.c.line(d.x0 + cw + 12, top + 10, d.x0 + cw + 12, top - 560)

    def head(f, t):
        f.line((0, t, st.b(size=10.5)), lead=15)

    def stack(f, label, val):
        f.line((0, label, st(size=8, color=GREY)), lead=11)
        f.para(val, st.b, lead=13, after=3)

    head(L, "LE PORTEUR")
    stack(L, "Structure", r["org"])
    stack(L, "Personne à contacter", r["contact"] + " (" + r["role"] + ")")
    L.line((0, "Adresse", st(size=8, color=GREY)), lead=11)
    L.line((0, r["address"], st.b), lead=13)
    L.line((0, r["postcode"] + " " + r["municipality"], st.b), lead=16)
    stack(L, "Téléphone", r["phone_w"])
    stack(L, "E-mail", r["email"])
    stack(L, "Trésorier", r["people"]["treasurer"])
    L.down(6)
    head(L, "LE PROJET")
    stack(L, "Titre", r["title"])
    L.line((0, "En quelques mots", st(size=8, color=GREY)), lead=11)
    L.para(r["desc"], st, lead=12.5, after=4)
    stack(L, "Lieu", "place du village, Rexpoëde")

    head(Rc, "LE BUDGET")
    Rc.line((0, "Dépenses", st.i), lead=13)
    for lab, a in budget_rows(r):
        Rc.para(lab, st, lead=12)
        amt = money(a, "fr2", " €")
        Rc.y += 12
        Rc.line((cw, amt, st, "right"), lead=14)
    Rc.hline(0, cw, dy=8)
    Rc.line((0, "Total des dépenses", st.b), (cw, r["total_w"], st.b, "right"), lead=18)
    Rc.line((0, "Recettes", st.i), lead=13)
    Rc.line((0, "Aide demandée à Partons 2.0", st.b), (cw, r["req_w"], st.b, "right"), lead=14)
    for lab, a in funding_rows(r):
        Rc.line((0, lab), (cw, money(a, "fr2", " €"), st, "right"), lead=14)
    Rc.down(8)
    head(Rc, "CALENDRIER")
    Rc.line((0, "Début : " + r["start"]), lead=13)
    Rc.line((0, "Bénévoles mobilisés : " + r["volunteers"]), lead=13)
    Rc.para("Sessions d'accompagnement (à bloquer) : 26/09/2019, 07/11/2019, 28/11/2019, "
            "19/12/2019, 30/01/2020", st(size=8.5, color=GREY), lead=11, after=6)
    head(Rc, "SIGNATURE")
    Rc.line((0, "Rexpoëde, le 10 juin 2019"), lead=13)
    Rc.line((0, "A. Deschodt", st.i), lead=13)
    return d.finish()


# ----------------------------------------------------------------- dev-005
def dev_005(r):
    st = St("Helvetica", 10)
    d = Doc("Aanvraag projectoproep", r["contact"], st, lead=15)
    d.line((0, "Projectoproep Maak werk van je buurt!", st.b(size=14)), lead=18)
    d.line((0, "Aanvraagformulier voor lokale (burger)initiatieven in de Westhoek", st(size=10, color=GREY)),
           lead=24)
    tab = 175
    b = st.b

    def row(label, value, vst=None):
        d.line((0, label), (tab, value or "", vst or b))

    def sec(n, t):
        d.down(6)
        d.line((0, n), (22, t, st.b(size=11)), lead=17)

    sec("1", "WIE DIENT IN")
    row("Naam organisatie", r["org"])
    d.draw(0, "Rechtsvorm")
    x = tab
    for lab, on in (("vzw", True), ("feitelijke vereniging", False), ("lokaal bestuur", False)):
        x += d.checkbox(x, on, "bracket", st.b)
        x += d.draw(x, lab) + 14
    d.down()
    row("Ondernemingsnummer", r["people"]["kbo"])
    row("Contactpersoon", r["contact"])
    row("Functie", r["role"])
    row("Adres", r["address"])
    row("Postcode en gemeente", r["postcode"] + "  " + r["municipality"])
    row("Telefoon", "")
    row("E-mail", r["email"])
    row("Voorzitter", r["people"]["chair"])
    sec("2", "HET PROJECT")
    row("Naam van het project", r["title"])
    row("Locatie", "speelweide achter de school, Vladslostraat 30")
    d.line((0, "Omschrijving"))
    d.y += d.lead
    d.para(r["desc"], b, x=tab, lead=13.5, after=2)
    row("Aantal vrijwilligers", r["volunteers"])
    row("Timing", r["start"])
    sec("3", "FINANCIERING")
    d.para("Vul hier het bedrag in dat u vraagt aan Partons 2.0, maximaal 10 000 euro. De steun is "
           "geen werkingsmiddel.", st.i(size=8.5, color=GREY), lead=11, after=2)
    row("Totale kostprijs", r["total_w"])
    row("Gevraagde steun", r["req_w"])
    for lab, a in funding_rows(r):
        row(lab, money(a, "be", " EUR"))
    d.down(4)
    d.line((0, "Raming van de uitgaven", st.b))
    for lab, a in budget_rows(r):
        d.line((12, lab), (430, money(a, "be", " EUR"), st, "right"))
    d.hline(300, 430, dy=10)
    d.line((12, "Totaal", st.b), (430, r["total_w"], st.b, "right"))
    d.down(10)
    d.line((0, "Datum"), (tab, "13 juni 2019", b))
    d.line((0, "Handtekening"), (tab, "L. Verhaeghe", st.i))
    return d.finish()


# ----------------------------------------------------------------- dev-006
def dev_006(r):
    st = St("Times-Roman", 11)
    ans = St("Times-Italic", 11, DARKBLUE)
    d = Doc("Questionnaire", r["contact"], st, lead=15)
    d.line((0, "Questionnaire – Appel à projets « Maak werk van je buurt » / Partons 2.0", st.b(size=13)),
           lead=17)
    d.line((0, "Version française du formulaire néerlandophone – Province de Flandre-Occidentale",
            st.i(size=10)), lead=24)

    qn = [0]

    def q(text):
        qn[0] += 1
        d.down(4)
        d.para([(str(qn[0]) + ". ", st.b), (text, st.b)], lead=15)

    def a(*lines):
        for ln in lines:
            d.para(ln, ans, x=24, lead=14)

    q("Quel est le nom de votre groupe ou de votre association ?")
    a(r["org"])
    q("Qui est la personne de contact ? (nom, adresse, téléphone, e-mail)")
    a(r["contact"], r["address"], r["postcode"] + " " + r["municipality"], r["phone_w"], r["email"])
    q("Y a-t-il une deuxième personne de contact ?")
    a(r["people"]["second"] + ", tél. " + r["people"]["second_phone"] + " (permanence des réservations)")
    q("Quel est le titre de votre projet ?")
    a(r["title"])
    q("Décrivez votre projet en quelques lignes.")
    a(r["desc"])
    q("Avez-vous participé à une séance d'information ?")
    d.y += 0
    x = 24
    x += d.checkbox(x, False, "drawn")
    x += d.draw(x, "oui") + 16
    x += d.checkbox(x, True, "drawn")
    d.draw(x, "non")
    d.down()
    q("Combien coûte le projet au total ?")
    a(r["total_w"] + " (voir le détail ci-dessous)")
    for lab, am in budget_rows(r):
        d.line((40, "– " + lab, ans), (400, money(am, "be", " €"), ans, "right"), lead=14)
    q("Quel montant demandez-vous ? (maximum 10 000 €)")
    a(r["req_w"])
    q("Qui finance le reste ?")
    a("Participation des membres : " + money(funding_rows(r)[0][1], "be", " €"))
    d.down(12)
    d.line((0, "Adinkerke, le 31 mai 2019"), (300, "Michel Dubois", ans))
    return d.finish()


# ================================================================== TEST half
# ----------------------------------------------------------------- test-001
def test_001(r):
    st = St("Helvetica", 9)
    ans = St("Courier-Bold", 10, BLUE)
    d = Doc("Formulaire de candidature", r["contact"], st, lead=22)
    d.line((d.width / 2, "FORMULAIRE DE CANDIDATURE", st.b(size=14), "center"), lead=17)
    d.line((d.width / 2, "Appel à projets transfrontalier Partons 2.0 – « Faites bouger votre quartier »",
            st(size=9.5), "center"), lead=14)
    d.line((d.width / 2, "Projet cofinancé par le programme Interreg V France-Wallonie-Vlaanderen", st.i(size=8),
            "center"), lead=22)

    def band(t):
        d.down(2)
        d.rect(0, d.y + 11, d.width, 15, fill=LIGHT, stroke=0)
        d.line((4, t, st.b(size=9.5)), lead=20)

    def field(x1, x2, label, value):
        lw = d.draw(x1, label)
        d.hline(x1 + lw + 4, x2, dy=-2, width=0.4)
        if value:
            d.draw(x1 + lw + 10, value, ans, y=d.y + 1)

    def row(*fields):
        for f in fields:
            field(*f)
        d.down()

    W = d.width
    band("1. IDENTIFICATION DU PORTEUR")
    row((0, W, "Nom de la structure", r["org"]))
    d.draw(0, "Forme")
    x = 60
    for lab, on in (("Association", True), ("Collectif", False), ("Commune / EPCI", False), ("Autre", False)):
        x += d.checkbox(x, on, "drawn", st)
        x += d.draw(x, lab) + 14
    d.down()
    row((0, W * 0.6, "Personne à contacter", r["contact"]), (W * 0.6 + 10, W, "Fonction", r["role"]))
    row((0, W, "Adresse (n° et rue)", r["address"]))
    row((0, W * 0.35, "Code postal", r["postcode"]), (W * 0.35 + 10, W, "Commune", r["municipality"]))
    row((0, W * 0.45, "Téléphone", r["phone_w"]), (W * 0.45 + 10, W, "E-mail", r["email"]))
    row((0, W * 0.5, "Président", r["people"]["chair"]), (W * 0.5 + 10, W, "Trésorière", r["people"]["treasurer"]))
    band("2. LE PROJET")
    row((0, W, "Titre du projet", r["title"]))
    d.line((0, "Présentation du projet"), lead=14)
    from pdfkit import wrap_runs
    for ln in wrap_runs([(r["desc"], ans(size=9.5))], W - 20):
        d.draw_runs(10, ln, y=d.y + 1)
        d.hline(0, W, dy=-2, width=0.3, color=GREY)
        d.down(17)
    row((0, W * 0.5, "Nombre de bénévoles", r["volunteers"]), (W * 0.5 + 10, W, "Date de début", r["start"]))
    band("3. BUDGET")
    for lab, a in budget_rows(r):
        field(0, W, lab, None)
        d.draw(W - 5 - ans.w(money(a, "plain2", " €")), money(a, "plain2", " €"), ans, y=d.y + 1)
        d.down(18)
    row((0, W, "Coût total du projet", r["total_w"]))
    row((0, W, "Aide sollicitée (plafond 10 000 €)", r["req_w"]))
    row((0, W, "Autofinancement", money(funding_rows(r)[0][1], "plain2", " €")))
    d.down(6)
    d.rect(0, d.y + 10, d.width, 40)
    d.line((6, "Cadre réservé à l'administration – dossier n° ______   reçu le ____/____/2019", st.i(size=8)),
           lead=12)
    d.line((6, "Province de Flandre-Occidentale – J. Polin – Woumenweg 100, 8600 Diksmuide", st.i(size=8)),
           lead=30)
    return d.finish()


# ----------------------------------------------------------------- test-002
def test_002(r):
    st = St("Times-Roman", 10)
    ans = st.b
    d = Doc("Aanvraagformulier buurtbus", r["contact"], st, lead=14)
    d.line((0, "MAAK WERK VAN JE BUURT!", st.b(size=16)), lead=18)
    d.line((0, "Aanvraagformulier projectidee - oproep 2019 (deadline 16 juni 2019)", st.i(size=10)), lead=12)
    d.hline(0, d.width, dy=4, width=1.2)
    d.down(12)
    top = d.y
    cw = d.width / 2 - 10
    L = d.column(0, cw)
    Rc = d.column(cw + 20, cw)

    def field(f, label, value, xv=95):
        if st.w(label) + 20 > xv or ans.w(value or "") > cw - xv:
            f.dotted(label, "", 0, cw - 2)
            f.para(value, ans, x=10, lead=13)
        else:
            f.dotted(label, value, 0, xv, vst=ans)

    L.line((0, "1. AANVRAGER", st.b(size=11)), lead=16)
    field(L, "Vereniging", r["org"])
    field(L, "Contactpersoon", r["contact"])
    field(L, "Functie", r["role"])
    field(L, "Straat en nummer", r["address"])
    field(L, "Postcode", r["postcode"])
    field(L, "Gemeente", r["municipality"])
    field(L, "Gsm", r["phone_w"])
    field(L, "E-mail", r["email"])
    field(L, "Voorzitter", r["people"]["chair"] + " (tel. " + r["people"]["chair_phone"] + ")")
    L.down(6)
    L.line((0, "2. PROJECT", st.b(size=11)), lead=16)
    L.dotted("Titel", "", 0, cw - 2)
    L.para(r["title"], ans, x=10, lead=13)
    L.line((0, "Omschrijving"), lead=14)
    L.para(r["desc"], st.i, x=10, lead=12.5)

    Rc.line((0, "3. BEGROTING", st.b(size=11)), lead=16)
    for lab, a in budget_rows(r):
        Rc.dotted(lab, None, 0, cw - 50)
        Rc.y += Rc.lead
        Rc.line((cw, money(a, "fr", "€ "), st, "right"))
    Rc.hline(cw - 60, cw, dy=10)
    Rc.line((0, "Totale projectkost", st.b), (cw, r["total_w"], st.b, "right"))
    Rc.down(6)
    Rc.line((0, "4. FINANCIERING", st.b(size=11)), lead=16)
    Rc.line((0, "Gevraagd aan Partons 2.0"), (cw, r["req_w"], ans, "right"))
    Rc.line((0, "(max. 10 000 euro per project)", st.i(size=8.5)), lead=13)
    for lab, a in funding_rows(r):
        Rc.line((0, lab), (cw, money(a, "fr", "€ "), st, "right"))
    Rc.down(6)
    Rc.line((0, "5. ENGAGEMENT", st.b(size=11)), lead=16)
    for txt, on in (("We nemen deel aan de begeleidingssessies", True),
                    ("We werken samen met andere inwoners en verenigingen", True),
                    ("We vroegen al eerder steun aan voor dit project", False)):
        w = Rc.checkbox(0, on, "zapf")
        Rc.para(txt, st, x=w + 2, lead=13)
    Rc.down(6)
    Rc.line((0, "Aantal vrijwilligers: " + r["volunteers"]))
    Rc.line((0, "Start: " + r["start"]))
    Rc.down(10)
    Rc.line((0, "Westouter, 10 juni 2019"))
    Rc.line((0, "Dries Vanthuyne", st.i))
    d.c.setLineWidth(0.4)
    d.c.line(d.x0 + cw + 10, top + 8, d.x0 + cw + 10, min(L.y, Rc.y))
    return d.finish()


# ----------------------------------------------------------------- test-003
def test_003(r):
    st = St("Times-Roman", 10.5)
    v = st
    lab = st.b
    d = Doc("Projectfiche Maak werk van je buurt", r["contact"], st, lead=14)
    d.line((0, "Provincie West-Vlaanderen  |  Partons 2.0", st(size=9, color=GREY)), lead=14)
    d.line((0, "Projectfiche 'Maak werk van je buurt!'", st.b(size=15)), lead=18)
    d.para("In te vullen door de aanvrager. Gebruik zoveel ruimte als nodig. Vragen? Bel Jonas Polin "
           "(+32 489 309 839).", st.i(size=9), lead=12, after=6)
    W = d.width
    c1 = 125
    c2 = W - c1

    def lrow(label, items):
        return [{"c": [[(label, lab)]], "fill": LIGHT}, {"c": items}]

    sub_b = {"widths": [c2 - 110, 100],
             "rows": [[{"c": [x]}, {"c": [money(a, "be", " EUR")], "align": "right"}]
                      for x, a in budget_rows(r)]
             + [[{"c": [[("Totaal", lab)]]}, {"c": [[(r["total_w"], lab)]], "align": "right"}]]}
    sub_f = {"widths": [c2 - 110, 100],
             "rows": [[{"c": ["Gevraagd aan Partons 2.0"]}, {"c": [r["req_w"]], "align": "right"}]]
             + [[{"c": [x]}, {"c": [money(a, "be", " EUR")], "align": "right"}] for x, a in funding_rows(r)]}
    rows = [
        [{"c": [[("DEEL 1 - DE AANVRAGER", lab(size=11))]], "span": 2}],
        lrow("Organisatie", [r["org"]]),
        lrow("Contactpersoon", [r["contact"] + " (" + r["role"] + ")", r["address"],
                                r["postcode"] + " " + r["municipality"], "Tel. " + r["phone_w"], r["email"]]),
        lrow("Tweede contactpersoon", [r["people"]["second"] + " - " + r["people"]["second_phone"]]),
        [{"c": [[("DEEL 2 - HET PROJECT", lab(size=11))]], "span": 2}],
        lrow("Projecttitel", [r["title"]]),
        lrow("Omschrijving", [r["desc"]]),
        lrow("Betrokkenen", [r["volunteers"] + " vrijwilligers, de basisschool en de sociale kruidenier"]),
        lrow("Planning", ["Start " + r["start"] + "; oogstfeest in september 2020"]),
        [{"c": [[("DEEL 3 - BUDGET", lab(size=11))]], "span": 2}],
        lrow("Begroting", [sub_b]),
        lrow("Financieringsplan", [sub_f]),
    ]
    d.table(0, [c1, c2], rows, st, lead=13.5, pad=4)
    d.down(8)
    d.line((0, "Opgemaakt te Geluwe op 11 juni 2019"), (300, "Evelien Depoorter"))
    return d.finish()


# ----------------------------------------------------------------- test-004
def test_004(r):
    st = St("Helvetica-Bold", 8)
    ans = St("Courier", 10.5)
    d = Doc("Candidature Partons 2.0", r["contact"], st, lead=17)
    d.line((0, "PARTONS 2.0", St("Helvetica-Bold", 18)), (d.width, "Dossier de candidature", St("Helvetica", 11),
                                                            "right"), lead=14)
    d.line((0, "Appel à projets « Maak werk van je buurt » – Westhoek / Flandre intérieure", St("Helvetica", 9)),
           lead=20)
    d.hline(0, d.width, dy=8, width=2)
    d.down(4)
    t1, t2, t3 = 0, 95, 270
    t4 = 335

    def two(l1, v1, l2=None, v2=None):
        d.line((t1, l1), (t2, v1 or "", ans), *(((t3, l2), (t4, v2 or "", ans)) if l2 else ()))

    d.line((0, "A  IDENTITÉ DU DEMANDEUR", St("Helvetica-Bold", 10.5)), lead=18)
    two("ORGANISME", r["org"])
    two("N° SIRET", r["people"]["siret"], "STATUT", "association")
    two("RESPONSABLE", r["contact"], "QUALITÉ", r["role"])
    two("ADRESSE", r["address"])
    two("CODE POSTAL", r["postcode"], "VILLE", r["municipality"])
    two("TÉLÉPHONE", r["phone_w"], "TRÉSORIÈRE", r["people"]["treasurer"])
    two("COURRIEL", r["email"])
    d.down(6)
    d.line((0, "B  PROJET", St("Helvetica-Bold", 10.5)), lead=18)
    two("INTITULÉ", r["title"])
    d.line((t1, "RÉSUMÉ"))
    d.y += d.lead
    d.para(r["desc"], ans(size=10), x=t2, lead=13, after=4)
    two("BÉNÉVOLES", r["volunteers"], "DÉBUT", r["start"])
    d.down(6)
    d.line((0, "C  PLAN DE FINANCEMENT", St("Helvetica-Bold", 10.5)), lead=18)
    for lab, a in budget_rows(r):
        d.line((t1, lab.upper(), st(size=7.5)), (440, money(a, "fr", " €"), ans, "right"))
    d.line((t1, "COÛT TOTAL"), (440, r["total_w"], ans, "right"))
    d.down(4)
    d.line((t1, "MONTANT DEMANDÉ"), (440, r["req_w"], ans, "right"))
    for lab, a in funding_rows(r):
        d.line((t1, lab.upper()), (440, money(a, "fr", " €"), ans, "right"))
    d.down(8)
    d.line((t1, "DATE"), (t2, "15/06/2019", ans), (t3, "SIGNATURE"), (t4, "T. Decock", ans))
    d.down(14)
    d.rect(0, d.y + 12, d.width, 58)
    sm = St("Helvetica", 8)
    d.line((6, "CADRE RÉSERVÉ À L'ADMINISTRATION", st), lead=12)
    d.line((6, "Dossier suivi par : Jonas Polin, Provincie West-Vlaanderen – tél. +32 51 51 94 37", sm), lead=12)
    d.line((6, "Reçu le : ........................   Recevable :  oui / non   Montant proposé : ............ €", sm),
           lead=12)
    return d.finish()


# ----------------------------------------------------------------- test-005
def test_005(r):
    st = St("Helvetica", 10)
    ans = St("Helvetica", 10, GREEN)
    ex = St("Helvetica-Oblique", 8.5, GREY)
    d = Doc("Invulformulier projectidee", r["contact"], st, lead=15)
    d.line((0, "Invulformulier projectidee", st.b(size=15)), lead=18)
    d.line((0, "Maak werk van je buurt! - een projectenoproep voor dorpen en buurten in de Westhoek",
            st(size=9.5)), lead=22)
    n = [0]

    def q(label, example=None, answer=None, width=None):
        n[0] += 1
        d.line((0, "%d." % n[0], st.b), (18, label, st.b))
        if example:
            d.line((18, example, ex), lead=12)
        if answer is not None:
            for a in (answer if isinstance(answer, list) else [answer]):
                d.para(a, ans, x=30, lead=14)
                d.hline(30, width or d.width, dy=11.5 + 2, width=0.3, color=GREY)
        d.down(4)

    q("Naam van de vereniging, dorpsraad of groep", "bv. Buurtcomité De Linde, Dorpsraad Oostvleteren ...",
      r["org"])
    q("Contactpersoon en functie", None, r["contact"] + ", " + r["role"])
    q("Adres contactpersoon (straat, nummer, postcode, gemeente)", None,
      [r["address"], r["postcode"] + " " + r["municipality"]])
    q("Telefoon en e-mail", "Jonas Polin neemt contact op met deze persoon.", [r["phone_w"], r["email"]])
    q("Naam van het project", None, r["title"])
    q("Wat wil je doen?", "Beschrijf kort je idee en waarom het je dorp of buurt aangenamer maakt.", r["desc"])
    d.line((0, "%d." % (n[0] + 1), st.b), (18, "Werk je samen met andere inwoners of verenigingen?", st.b))
    n[0] += 1
    x = 30
    for lab, on in (("ja", True), ("nee", False), ("nog niet", False)):
        x += d.checkbox(x, on, "zapf", ans)
        x += d.draw(x, lab) + 14
    d.down()
    d.para("De dorpsraad, de seniorenvereniging en de parochieploeg. Voorzitter dorpsraad: "
           + r["people"]["chair"] + ".", ans, x=30, lead=14, after=4)
    q("Hoeveel kost het project in totaal?", "bv. 12.000 euro", r["total_w"])
    q("Welk bedrag vraag je aan? (max. 10.000 euro)", "bv. 2.500 euro", r["req_w"])
    d.line((30, "Detail:", ans))
    for lab, a in budget_rows(r):
        d.line((50, lab, ans), (330, money(a, "plain", " euro"), ans, "right"))
    d.down(8)
    d.line((0, "Passendale, 30 mei 2019", st))
    return d.finish()


# ----------------------------------------------------------------- test-006
def test_006(r):
    st = St("Courier", 9.5)
    d = Doc("fiche projet", r["contact"], st, lead=13, left=20 * MM, right=18 * MM)
    L = 80

    def pad(a, n):
        return a + " " * max(1, n - len(a))

    d.line((0, "=" * L))
    d.line((0, "   FICHE PROJET  -  APPEL A PROJETS PARTONS 2.0 (MAAK WERK VAN JE BUURT)"))
    d.line((0, "   a retourner avant le 16/06/2019 a : jonas.polin@west-vlaanderen.be"))
    d.line((0, "=" * L))
    d.down(6)
    nom = r["contact"].split()[-1].upper()
    pre = " ".join(r["contact"].split()[:-1])
    d.line((0, "ASSOCIATION"))
    d.line((0, "-----------"))
    d.line((0, pad("Nom :", 18) + r["org"]))
    d.line((0, pad("Objet :", 18) + "loisirs et animations pour les retraites"))
    d.line((0, pad("President :", 18) + r["people"]["chair"]))
    d.down(6)
    d.line((0, "PERSONNE A CONTACTER"))
    d.line((0, "--------------------"))
    d.line((0, pad(pad("NOM :", 18) + nom, 44) + pad("Prenom :", 12) + pre))
    d.line((0, pad(pad("Qualite :", 18) + r["role"], 44)))
    d.line((0, pad("Adresse :", 18) + r["address"]))
    d.line((0, pad(pad("Code postal :", 18) + r["postcode"], 44) + pad("Ville :", 12) + r["municipality"]))
    d.line((0, pad(pad("Tel. :", 18) + r["phone_w"], 44) + pad("Portable :", 12) + "-"))
    d.line((0, pad("Mel :", 18) + r["email"]))
    d.down(6)
    d.line((0, "PROJET"))
    d.line((0, "------"))
    d.line((0, pad("Titre :", 18) + r["title"]))
    d.line((0, "Description :"))
    d.para(r["desc"], st, x=6 * 18, lead=13)
    d.line((0, pad("Benevoles :", 18) + r["volunteers"]))
    d.line((0, pad("Calendrier :", 18) + r["start"] + " a septembre 2020"))
    d.down(6)
    d.line((0, "BUDGET"))
    d.line((0, "------"))
    for lab, a in budget_rows(r):
        amt = money(a, "be", " euros")
        d.line((0, "  " + pad(lab, 50) + " " * (16 - len(amt)) + amt))
    d.line((0, "  " + " " * 50 + "-" * 16))
    d.line((0, "  " + pad("TOTAL DU PROJET", 50) + " " * (16 - len(r["total_w"])) + r["total_w"]))
    d.down(4)
    d.line((0, "  " + pad("Montant demande (plafond : 10 000 euros)", 50) + " " * (16 - len(r["req_w"]))
            + r["req_w"]))
    for lab, a in funding_rows(r):
        amt = money(a, "be", " euros")
        d.line((0, "  " + pad(lab, 50) + " " * (16 - len(amt)) + amt))
    d.down(6)
    d.line((0, "=" * L))
    d.line((0, "Fait a Nieppe le 07/06/2019              Signature : M. Delattre"))
    return d.finish()


BUILDERS = {
    "dev-001": dev_001, "dev-002": dev_002, "dev-003": dev_003, "dev-004": dev_004,
    "dev-005": dev_005, "dev-006": dev_006,
    "test-001": test_001, "test-002": test_002, "test-003": test_003, "test-004": test_004,
    "test-005": test_005, "test-006": test_006,
}
