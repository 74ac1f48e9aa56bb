# -*- coding: utf-8 -*-
"""PDF designs of the test half: bilingual official form (Acrobat auto-detected
widget names), an association's flat 3-column grid, a two-column fillable
template of a village network, a flat 'answer over the line, label under the
line' form, a cerfa-like fillable form, and three letters."""
from pdfkit import Pdf, W, H, GREY, LIGHT, PALE_BLUE, NAVY, DARKRED, GREEN, wrap, sw
from reportlab.lib.colors import black, white, Color
from common import fmt_amt

TEAL = Color(0.0, 0.42, 0.45)
PURPLE = Color(0.36, 0.18, 0.46)
ORANGE = Color(0.80, 0.38, 0.05)
TYPED = Color(0.08, 0.08, 0.30)


def A(r, v):
    return "" if v is None else fmt_amt(v, r["style"])


def REQ(r):
    return r.get("req_w") or A(r, r["req"])


def TOT(r):
    if r["total"] is None:
        return ""
    return r.get("total_w") or A(r, r["total"])


# =====================================================================
def t_pf_bilingual(r):
    p = Pdf("Aanvraagformulier - Formulaire de candidature", "Partons 2.0", "Adobe Acrobat Pro DC 19.8")
    names = iter(["fill_1", "fill_2", "undefined", "fill_4", "fill_5", "fill_6", "fill_7", "undefined_2",
                  "fill_9", "fill_10", "fill_11", "fill_12", "fill_13", "undefined_3", "fill_15", "fill_16",
                  "fill_17", "fill_18", "fill_19", "fill_20", "Text1", "fill_22", "fill_23", "undefined_4",
                  "fill_25", "fill_26", "fill_27", "fill_28", "fill_29", "fill_30", "fill_31", "fill_32",
                  "fill_33", "fill_34", "fill_35", "fill_36", "fill_37", "fill_38", "fill_39", "fill_40"])
    L, R = 42, W - 42
    nl = r["lang"] == "nl"

    def header():
        p.rect(L, H - 64, R - L, 30, fill=TEAL, stroke=None)
        p.text(L + 8, H - 46, "Maak werk van je buurt!  ·  Partons 2.0", "Helvetica-Bold", 13, white)
        p.text(R - 8, H - 44, "Provincie West-Vlaanderen", "Helvetica", 8, white, "right")
        p.text(R - 8, H - 55, "Province de Flandre occidentale", "Helvetica-Oblique", 8, white, "right")

    def footer():
        p.line(L, 46, R, 46, 0.4, TEAL)
        p.text(L, 36, "Partons 2.0 – Woumenweg 100, B-8600 Diksmuide – jonas.polin@west-vlaanderen.be – "
               "+32 489 309 839", "Helvetica", 7, GREY)
        p.text(R, 26, "p. %d/2" % p.page, "Helvetica", 7, GREY, "right")

    def lab(x, y, nlt, frt):
        p.text(x, y, nlt, "Helvetica-Bold", 8)
        p.text(x, y - 9, frt, "Helvetica-Oblique", 7.5, GREY)

    def line_field(x, y, w, value, h=14, multiline=False):
        p.line(x, y, x + w, y, 0.6, black)
        p.tf(next(names), x, y, w, h, value, multiline=multiline, size=9.5, border=False)

    def row(y, nlt, frt, value, lw=150, h=14, multiline=False):
        lab(L, y + 4, nlt, frt)
        if multiline:
            p.rect(L + lw, y - h + 14, R - L - lw, h, fill=None, stroke=black, lw=0.5)
            p.tf(next(names), L + lw, y - h + 14, R - L - lw, h, value, multiline=True, size=9, border=False)
            return y - h - 12
        line_field(L + lw, y - 2, R - L - lw, value, h)
        return y - 28

    def band(y, nlt, frt):
        p.text(L, y, nlt.upper(), "Helvetica-Bold", 10, TEAL)
        p.text(L + sw(nlt.upper(), "Helvetica-Bold", 10) + 6, y, "/ " + frt, "Helvetica-Oblique", 9, TEAL)
        p.line(L, y - 4, R, y - 4, 0.8, TEAL)
        return y - 24

    header()
    y = H - 88
    p.text(L, y, "AANVRAAGFORMULIER  /  FORMULAIRE DE CANDIDATURE", "Helvetica-Bold", 14)
    y -= 14
    y = p.para(L, y, R - L, "Invullen in het Nederlands of in het Frans – à compléter en français ou en "
               "néerlandais. Indienen/à envoyer vóór/avant le 16.06.2019. Maximaal/maximum 10 000 €.",
               "Helvetica", 8, 10, GREY)
    y -= 10
    y = band(y, "Aanvrager", "Porteur")
    y = row(y, "Organisatie", "Organisation", r["org"] or "")
    ident = r["ids"].get("kbo") or r["ids"].get("siret") or r["ids"].get("iban", "")
    lab(L, y + 4, "Rechtsvorm", "Forme juridique")
    line_field(L + 150, y - 2, 140, r.get("legal", ""))
    lab(L + 305, y + 4, "Ond.nr. / IBAN", "SIRET / IBAN")
    line_field(L + 385, y - 2, R - L - 385, ident)
    y -= 28
    y = row(y, "Adres (straat, nr.)", "Adresse (n°, rue)", r["addr"])
    lab(L, y + 4, "Postcode", "Code postal")
    line_field(L + 150, y - 2, 60, r["pc"])
    lab(L + 225, y + 4, "Gemeente", "Commune")
    line_field(L + 280, y - 2, 130, r["city"])
    lab(L + 420, y + 4, "Land", "Pays")
    line_field(L + 450, y - 2, R - L - 450, r.get("country_w", ""))
    y -= 30
    y = band(y, "Contact", "Contact")
    y = row(y, "Contactpersoon", "Personne de contact", "%s (%s)" % (r["name"], r["role"]))
    lab(L, y + 4, "Tel.", "Tél.")
    line_field(L + 150, y - 2, 120, r["phone"] or "")
    lab(L + 285, y + 4, "E-mail", "Courriel")
    line_field(L + 330, y - 2, R - L - 330, r["email"])
    y -= 28
    pres = r["people"][0]
    y = row(y, "Voorzitter", "Président(e)", pres["name"])
    lab(L, y + 4, "Tel. voorzitter", "Tél. président(e)")
    line_field(L + 150, y - 2, 120, pres["phone"] or "")
    lab(L + 285, y + 4, "E-mail", "Courriel")
    line_field(L + 330, y - 2, R - L - 330, pres["email"] or "")
    y -= 28
    sub = r["people"][1] if len(r["people"]) > 1 else None
    y = row(y, "Ingediend door (indien anders)", "Déposé par (si différent)",
            "%s – %s – %s" % (sub["name"], sub["phone"], sub["email"]) if sub else "")
    y = band(y, "Project", "Projet")
    y = row(y, "Projecttitel", "Titre du projet", r["title"] or "")
    y = row(y, "Projectlocatie", "Lieu du projet", r["location"])
    y = row(y, "Beschrijving", "Description", r["desc"], h=64, multiline=True)
    footer()
    p.newpage()
    header()
    y = H - 92
    y = row(y, "Participatie van de inwoners", "Participation des habitants", r["particip"], h=52,
            multiline=True, lw=150)
    y = band(y, "Budget", "Budget")
    y = row(y, "Totaal budget", "Budget total", TOT(r))
    y = row(y, "Gevraagd bedrag (max. 10 000 €)", "Montant demandé (max. 10 000 €)", REQ(r))
    cof = "; ".join(["%s %s" % (("eigen inbreng" if nl else "fonds propres"), A(r, r["own"]))] +
                    ["%s %s" % (s, A(r, v)) for s, v in r["other"]])
    y = row(y, "Cofinanciering", "Cofinancement", cof)
    lines = "\n".join("%s: %s" % (l, A(r, v)) for l, v in r["budget"])
    y = row(y, "Kostenraming", "Détail des coûts", lines, h=70, multiline=True)
    y = band(y, "Engagement", "Engagement")
    p.cb("Check Box1", L, y - 2, True, size=9)
    p.text(L + 14, y, "Wij nemen deel aan de begeleidingssessies / Nous participerons aux séances "
           "(26/09, 7/11, 28/11, 19/12/2019, 30/01/2020).", "Helvetica", 8)
    y -= 30
    lab(L, y + 4, "Datum", "Date")
    line_field(L + 60, y - 2, 110, r["doc_date"])
    lab(L + 190, y + 4, "Naam + handtekening", "Nom + signature")
    line_field(L + 300, y - 2, R - L - 300, r["name"])
    y -= 50
    p.rect(L, y - 40, R - L, 46, fill=LIGHT, stroke=None)
    p.text(L + 8, y - 8, "In te vullen door de administratie / Réservé à l'administration", "Helvetica-Bold", 8,
           GREY)
    p.text(L + 8, y - 24, "Dossier nr.: __________   Ontvangen / reçu le: ___/___/2019   Coach: __________",
           "Helvetica", 8, GREY)
    footer()
    return p.bytes()


# =====================================================================
def t_pf_grid_fr(r):
    p = Pdf("Demande de subvention", "Amicale Bouliste", "PDFCreator 3.2")
    L, R = 36, W - 36
    p.text(L, H - 44, r["org"].upper(), "Times-Bold", 16, PURPLE)
    p.text(L, H - 58, "Association affiliée %s – SIRET %s" % (r["ids"]["affiliation"], r["ids"]["siret"]),
           "Times-Roman", 9)
    p.text(R, H - 44, "Boulodrome du Kouter", "Times-Italic", 10, GREY, "right")
    p.line(L, H - 66, R, H - 66, 1.5, PURPLE)
    p.text(W / 2, H - 92, "DEMANDE DE SUBVENTION – PROJET ASSOCIATIF", "Times-Bold", 14, black, "center")
    p.text(W / 2, H - 106, "Appel à projets « Partons 2.0 » – Province de Flandre occidentale et partenaires du Nord",
           "Times-Roman", 9.5, black, "center")
    y = H - 124
    cw = [120, 265, R - L - 385]
    heads = ["Rubrique", "Renseignements", "Observations"]
    x = L
    for w, h in zip(cw, heads):
        p.rect(x, y - 16, w, 16, fill=Color(0.85, 0.80, 0.90), stroke=black, lw=0.5)
        p.text(x + 4, y - 11, h, "Times-Bold", 10)
        x += w
    y -= 16
    pres, = [o for o in r["people"] if o["role"] == "président"]
    tres, = [o for o in r["people"] if o["role"] == "trésorière"]
    rows = [
        ("Association", r["org"], "affiliée %s" % r["ids"]["affiliation"]),
        ("N° SIRET", r["ids"]["siret"], ""),
        ("Siège social", "%s\n%s %s" % (r["addr"], r["pc"], r["city"]), "courrier chez le secrétaire"),
        ("Président", pres["name"], "tél. %s" % pres["phone"]),
        ("Secrétaire – contact du dossier", "%s\n%s\n%s" % (r["name"], r["phone"], r["email"]),
         "à contacter en priorité"),
        ("Trésorière", tres["name"], "%s – %s" % (tres["phone"], tres["email"])),
        ("Intitulé du projet", r["title"], ""),
        ("Lieu", r["location"], "terrain communal (convention avec la mairie)"),
        ("Description", r["desc"], ""),
        ("Participation", r["particip"], "120 licenciés dont 40 % de plus de 65 ans"),
        ("Coût total du projet", TOT(r), "devis joints sur demande"),
        ("Subvention sollicitée", REQ(r), "plafond de l'appel : 10 000 €"),
        ("Autres financements", "; ".join("%s : %s" % (s, A(r, v)) for s, v in r["other"]) +
         "\nfonds propres : %s" % A(r, r["own"]), "délibération attendue"),
        ("Détail des dépenses", "\n".join("%s : %s" % (l, A(r, v)) for l, v in r["budget"]), ""),
    ]
    for a, b, c in rows:
        cols = []
        for txt, w, font in ((a, cw[0], "Times-Bold"), (b, cw[1], "Courier"), (c, cw[2], "Times-Italic")):
            lines = []
            for chunk in txt.split("\n"):
                lines.extend(wrap(chunk, font, 9, w - 8) or [""])
            cols.append(lines)
        h = max(len(c_) for c_ in cols) * 11 + 8
        x = L
        for (lines, w, font) in zip(cols, cw, ("Times-Bold", "Courier", "Times-Italic")):
            p.rect(x, y - h, w, h, fill=None, stroke=black, lw=0.5)
            yy = y - 12
            for ln in lines:
                p.text(x + 4, yy, ln, font, 9, TYPED if font == "Courier" else black)
                yy -= 11
            x += w
        y -= h
    y -= 26
    p.text(L, y, "Certifié exact,", "Times-Roman", 10)
    p.text(L, y - 14, "à %s, le %s" % (r["sign_place"], r["doc_date"]), "Courier", 9.5, TYPED)
    p.text(L + 300, y, "Le secrétaire,", "Times-Roman", 10)
    p.text(L + 300, y - 14, r["name"], "Courier", 9.5, TYPED)
    p.text(W / 2, 24, "Envoi : jonas.polin@west-vlaanderen.be – Woumenweg 100, 8600 Diksmuide (Belgique)",
           "Times-Italic", 8, GREY, "center")
    return p.bytes()


# =====================================================================
def t_pf_twocol_nl(r):
    p = Pdf("Sjabloon projectaanvraag", "Netwerk Leefbare Dorpen Westhoek", "Microsoft® Word for Office 365")
    cnt = {"t": 11, "c": 0}

    def nt():
        cnt["t"] += 1
        return "Tekstveld%d" % cnt["t"]

    L, R = 40, W - 40
    MID = W / 2
    p.rect(L, H - 70, 6, 38, fill=ORANGE, stroke=None)
    p.text(L + 14, H - 46, "Netwerk Leefbare Dorpen Westhoek", "Helvetica-Bold", 14, ORANGE)
    p.text(L + 14, H - 60, "p/a Vredesstraat 14, 8970 Poperinge · 057 36 61 20 · info.leefbaredorpen@example.net",
           "Helvetica", 7.5, GREY)
    p.text(R, H - 46, "SJABLOON PROJECTAANVRAAG", "Helvetica-Bold", 9, black, "right")
    p.text(R, H - 58, "bruikbaar voor ‘Maak werk van je buurt!’ (Partons 2.0)", "Helvetica", 7.5, GREY, "right")
    y0 = H - 96

    def f(x, y, w, label, value, h=15, multiline=False):
        p.text(x, y, label.upper(), "Helvetica", 6.8, GREY)
        p.tf(nt(), x, y - h - 2, w, h, value, multiline=multiline, size=9, fill=Color(0.98, 0.95, 0.90),
             bcolor=ORANGE)
        return y - h - 14

    def head(x, y, t):
        p.text(x, y, t, "Helvetica-Bold", 10.5, ORANGE)
        return y - 14

    # left column
    cw = MID - L - 10
    y = head(L, y0, "1. Aanvrager")
    y = f(L, y, cw, "Naam organisatie", r["org"])
    y = f(L, y, cw, "Juridische vorm", r.get("legal", ""))
    y = f(L, y, cw, "Ondernemingsnummer", r["ids"].get("kbo", ""))
    y = f(L, y, cw, "IBAN", r["ids"].get("iban", ""))
    y = f(L, y, cw, "Straat en huisnummer", r["addr"])
    f(L, y, 70, "Postcode", r["pc"])
    yl = f(L + 80, y, cw - 80, "Gemeente", r["city"])
    # right column
    x = MID + 10
    cw2 = R - x
    y = head(x, y0, "2. Contactpersoon")
    y = f(x, y, cw2, "Naam", r["name"])
    y = f(x, y, cw2, "Functie", r["role"])
    y = f(x, y, cw2, "Telefoon", r["phone"] or "")
    y = f(x, y, cw2, "E-mail", r["email"])
    y = head(x, y - 2, "3. Voorzitter / verantwoordelijke")
    v = r["people"][0]
    y = f(x, y, cw2, "Naam", v["name"])
    f(x, y, 110, "Telefoon", v["phone"] or "")
    yr = f(x + 120, y, cw2 - 120, "E-mail", v["email"] or "")
    y = min(yl, yr) - 6
    if len(r["people"]) > 1:
        o = r["people"][1]
        y = f(L, y, R - L, "Andere betrokkene (naam, functie, telefoon)", "%s, %s, %s" % (o["name"], o["role"],
                                                                                          o["phone"]))
    y = head(L, y - 4, "4. Project")
    y = f(L, y, R - L, "Titel", r["title"] or "")
    y = f(L, y, R - L, "Locatie", r["location"])
    y = f(L, y, R - L, "Omschrijving", r["desc"], h=58, multiline=True)
    y = f(L, y, R - L, "Participatie / samenwerking", r["particip"], h=36, multiline=True)
    y = head(L, y - 4, "5. Budget")
    bw = (R - L - 40) / 3
    for i, (lab, val) in enumerate((("Totale kost", TOT(r)), ("Gevraagd bedrag (max. 10 000)", REQ(r)),
                                    ("Eigen inbreng", A(r, r["own"])))):
        xx = L + i * (bw + 20)
        f(xx, y, bw - 12, lab, val)
        p.text(xx + bw - 9, y - 13, "€", "Helvetica", 9)
    y -= 31
    y = f(L, y, R - L, "Kostenposten", "; ".join("%s %s" % (l, A(r, v)) for l, v in r["budget"]), h=28,
          multiline=True)
    f(L, y, 120, "Datum", r["doc_date"])
    f(L + 140, y, R - L - 140, "Naam", r["name"])
    p.text(W / 2, 22, "Sjabloon NLDW v1.3 – mag vrij gebruikt en aangepast worden", "Helvetica", 7, GREY, "center")
    return p.bytes()


# =====================================================================
def t_pf_underlabel_fr(r):
    p = Pdf("Formulaire commun de demande d'aide", "MQ Les Glycines", "Canon iR-ADV C5535 PDF")
    L, R = 48, W - 48
    p.text(L, H - 46, "Formulaire commun de demande d'aide", "Helvetica-Bold", 13)
    p.text(L, H - 74, "Projets d'habitants – quartiers et villages", "Helvetica-Bold", 10)
    p.text(L, H - 60, "(document partagé par les financeurs du territoire – 1 dossier par projet)",
           "Helvetica-Oblique", 8.5, GREY)
    p.rect(R - 150, H - 70, 150, 40, fill=None, stroke=black, lw=0.6)
    p.text(R - 145, H - 42, "Cadre réservé au financeur", "Helvetica-Bold", 7)
    p.text(R - 145, H - 54, "Dossier n° ..........", "Helvetica", 7)
    p.text(R - 145, H - 64, "Reçu le ...../...../2019", "Helvetica", 7)
    y = H - 110

    def cellrow(specs, gap=14):
        nonlocal y
        x = L
        tot = R - L - gap * (len(specs) - 1)
        nmax = max(len(wrap(v or "", "Helvetica", 10, tot * f - 4) or [""]) for _, v, f in specs)
        y -= 11 * (nmax - 1)
        for label, val, fr in specs:
            w = tot * fr
            lines = wrap(val or "", "Helvetica", 10, w - 4) or [""]
            yy = y + 11 * (len(lines) - 1)
            for ln in lines:
                p.text(x + 2, yy + 3, ln, "Helvetica", 10, TYPED)
                yy -= 11
            p.line(x, y, x + w, y, 0.7, black)
            p.text(x, y - 9, label, "Helvetica-Oblique", 7, GREY)
            x += w + gap
        y -= 36

    def sect(t):
        nonlocal y
        p.rect(L, y - 3, R - L, 15, fill=Color(0.93, 0.88, 0.80), stroke=None)
        p.text(L + 4, y + 1, t, "Helvetica-Bold", 9.5)
        y -= 30

    d = r["people"][0]
    sect("A. LA STRUCTURE")
    cellrow([("Nom de la structure", r["org"], 1)])
    cellrow([("N° SIRET", r["ids"]["siret"], 0.5), ("Statut juridique", r["legal"], 0.5)])
    cellrow([("N° et rue", r["addr"], 1)])
    cellrow([("Code postal", r["pc"], 0.25), ("Commune", r["city"], 0.75)])
    cellrow([("Directeur / directrice", d["name"], 0.4), ("Téléphone", d["phone"], 0.25),
             ("Courriel", d["email"], 0.35)])
    sect("B. LA PERSONNE QUI SUIT LE PROJET")
    cellrow([("Nom, prénom et fonction", "%s, %s" % (r["name"], r["role"]), 0.65),
             ("Téléphone direct", r["phone"], 0.35)])
    cellrow([("Adresse électronique", r["email"], 1)])
    sect("C. LE PROJET")
    cellrow([("Intitulé du projet", r["title"], 1)])
    cellrow([("Lieu(x)", r["location"], 1)])
    cellrow([("Description", r["desc"], 1)])
    cellrow([("Implication des habitants", r["particip"], 1)])
    sect("D. LE BUDGET")
    cellrow([("Coût total", TOT(r), 0.3), ("Montant sollicité", REQ(r), 0.3),
             ("Autres financements", "; ".join("%s %s" % (s, A(r, v)) for s, v in r["other"]) +
              " ; fonds propres %s" % A(r, r["own"]), 0.4)])
    cellrow([("Fait à", r["sign_place"], 0.3), ("le", r["doc_date"], 0.3), ("Nom du signataire", d["name"], 0.4)])
    p.text(L, 40, "Financeur destinataire : Partons 2.0 – Province de Flandre occidentale – M. Jonas Polin – "
           "jonas.polin@west-vlaanderen.be – +32 51 51 94 37", "Helvetica", 7, GREY)
    return p.bytes()


# =====================================================================
def t_pf_cerfa_fr(r):
    p = Pdf("Dossier de demande de subvention", "", "Adobe LiveCycle Designer ES 9.0")
    cnt = {"f": 0, "c": 0}

    def nf():
        cnt["f"] += 1
        return "f1_%02d[0]" % cnt["f"]

    L, R = 34, W - 34

    def band(y, t):
        p.rect(L, y - 14, R - L, 16, fill=Color(0.25, 0.25, 0.25), stroke=None)
        p.text(L + 6, y - 9, t, "Helvetica-Bold", 9.5, white)
        return y - 22

    def boxes(y, specs, h=24):
        x = L
        for lab, val, w in specs:
            ww = (R - L) * w
            p.rect(x, y - h, ww, h, fill=None, stroke=black, lw=0.5)
            p.text(x + 3, y - 8, lab, "Helvetica", 6.5, GREY)
            p.tf(nf(), x + 2, y - h + 2, ww - 4, h - 11, val, size=9, border=False)
            x += ww
        return y - h

    def bigbox(y, lab, val, h):
        p.rect(L, y - h, R - L, h, fill=None, stroke=black, lw=0.5)
        p.text(L + 3, y - 8, lab, "Helvetica", 6.5, GREY)
        p.tf(nf(), L + 2, y - h + 2, R - L - 4, h - 11, val, size=9, multiline=True, border=False)
        return y - h

    p.text(L, H - 40, "Dossier de demande de subvention – Associations", "Helvetica-Bold", 14)
    p.text(L, H - 54, "Version simplifiée adaptée à l'appel à projets Partons 2.0 (Interreg France-Wallonie-"
           "Vlaanderen)", "Helvetica", 8, GREY)
    p.text(R, H - 40, "N° 12156-simpl.", "Helvetica-Bold", 9, black, "right")
    y = H - 70
    y = band(y, "1. Présentation de l'association – Identification")
    num, street = r["addr"].split(" ", 1)
    y = boxes(y, [("Nom – Dénomination", r["org"], 0.75), ("Sigle", "AHCJ", 0.25)])
    y = boxes(y, [("Numéro RNA", r["ids"]["rna"], 0.5), ("Numéro SIRET", r["ids"]["siret"], 0.5)])
    y = boxes(y, [("N°", num, 0.12), ("Voie (adresse du siège social)", street, 0.48),
                  ("Code postal", r["pc"], 0.15), ("Commune", r["city"], 0.25)])
    y -= 8
    y = band(y, "Identification du représentant légal (président ou autre personne désignée par les statuts)")
    pres = r["people"][0]
    pl, pf = pres["name"].split(" ", 1)[1], pres["name"].split(" ", 1)[0]
    y = boxes(y, [("Nom", pl.upper(), 0.3), ("Prénom", pf, 0.25), ("Fonction", pres["role"], 0.45)])
    y = boxes(y, [("Téléphone", pres["phone"], 0.35), ("Courriel", pres["email"], 0.65)])
    y -= 8
    y = band(y, "Identification de la personne chargée du présent dossier de subvention")
    y = boxes(y, [("Nom", r["last"].upper(), 0.3), ("Prénom", r["first"], 0.25), ("Fonction", r["role"], 0.45)])
    y = boxes(y, [("Téléphone", r["phone"] or "", 0.35), ("Courriel", r["email"], 0.65)])
    y -= 8
    y = band(y, "2. Le projet")
    y = boxes(y, [("Intitulé", r["title"], 1.0)])
    y = boxes(y, [("Lieu de réalisation", r["location"], 1.0)])
    y = bigbox(y, "Description (objectifs, actions, bénéficiaires)", r["desc"], 56)
    y = bigbox(y, "Participation des habitants", r["particip"], 34)
    y -= 8
    y = band(y, "3. Budget du projet")
    y = boxes(y, [("Total des charges (€)", TOT(r), 0.33), ("Montant de la subvention demandée (€)", REQ(r), 0.34),
                  ("Autofinancement (€)", A(r, r["own"]), 0.33)])
    y = bigbox(y, "Détail des charges", " ; ".join("%s %s" % (l, A(r, v)) for l, v in r["budget"]), 34)
    y -= 8
    y = band(y, "4. Attestation")
    y = p.para(L + 4, y - 4, R - L - 8,
               "Je soussigné(e), représentant(e) légal(e) de l'association, certifie que l'association est "
               "régulièrement déclarée et exactes les informations du présent formulaire.", "Helvetica", 8, 10)
    boxes(y + 4, [("Nom du signataire", pres["name"], 0.4), ("Fait le", r["doc_date"], 0.3),
                  ("à", r["sign_place"], 0.3)])
    p.text(W / 2, 18, "Adresser le dossier à : Province de Flandre occidentale – Partons 2.0 – Woumenweg 100 – "
           "8600 Diksmuide – Belgique", "Helvetica", 7, GREY, "center")
    return p.bytes()


# =====================================================================
def t_letter_sociaal(r):
    p = Pdf("Kandidatuur Soep op de stoep", "De Brug", "Microsoft® Word 2016")
    p.rect(0, 0, 22, H, fill=ORANGE, stroke=None)
    L, R = 80, W - 60
    p.text(L, H - 60, "Sociaal Centrum", "Helvetica", 11, ORANGE)
    p.text(L, H - 80, "De Brug vzw", "Helvetica-Bold", 20, ORANGE)
    y = H - 130
    for s in ("Provincie West-Vlaanderen", "Partons 2.0 – projectenoproep", "t.a.v. Jonas Polin",
              "Woumenweg 100", "8600 Diksmuide"):
        p.text(L, y, s, "Helvetica", 10)
        y -= 13
    y -= 20
    p.text(L, y, "%s, %s" % (r["city"], r["doc_date"]), "Helvetica", 10)
    y -= 26
    p.text(L, y, "Onderwerp: kandidatuur ‘%s’" % r["title"], "Helvetica-Bold", 10)
    y -= 24
    coord = r["people"][0]
    paras = [
        "Beste heer Polin,",
        "Met veel enthousiasme stellen wij ons project ‘%s’ kandidaat voor de projectenoproep ‘Maak werk van je "
        "buurt!’." % r["title"],
        "In de Zonnebloemwijk wonen veel mensen alleen. Met een mobiele buurtkeuken koken vrijwilligers uit de "
        "wijk elke week een soep en een eenvoudige maaltijd die we samen op het pleintje opeten. Wie niet kan "
        "komen, krijgt een portie aan huis. Zo ontstaat er opnieuw contact tussen de buren.",
        "Het project kost in totaal %s euro. Wij vragen %s euro aan Partons 2.0. De rest wordt betaald met eigen "
        "middelen (%s euro) en het buurtbudget van de stad (%s euro)." % (
            TOT(r), REQ(r), A(r, r["own"]), A(r, r["other"][0][1])),
        "De kosten zijn:",
    ]
    for t in paras:
        y = p.para(L, y, R - L, t, "Helvetica", 10, 13.5)
        y -= 7
    for lab, v in r["budget"]:
        p.text(L + 10, y, "•  %s" % lab, "Helvetica", 10)
        p.text(R - 10, y, "%s euro" % A(r, v), "Helvetica", 10, black, "right")
        y -= 14
    y -= 8
    for t in ["Voor vragen kan u terecht bij %s, %s (%s, %s). Zij zal ook de sessies van het "
              "begeleidingstraject volgen." % (r["name"], r["role"], r["phone"], r["email"]),
              "Met vriendelijke groeten,"]:
        y = p.para(L, y, R - L, t, "Helvetica", 10, 13.5)
        y -= 7
    y -= 28
    p.text(L, y, coord["name"], "Helvetica-Bold", 10)
    p.text(L, y - 12, "coördinator", "Helvetica", 9, GREY)
    p.text(L + 220, y, r["name"], "Helvetica-Bold", 10)
    p.text(L + 220, y - 12, r["role"], "Helvetica", 9, GREY)
    p.line(L, 58, R, 58, 0.5, ORANGE)
    p.text(L, 46, "Sociaal Centrum De Brug vzw · %s, %s %s · %s · %s" % (
        r["addr"], r["pc"], r["city"], r["org_phone"], r["org_email"]), "Helvetica", 7.5, GREY)
    p.text(L, 36, "ondernemingsnummer %s · IBAN %s · RPR Gent, afdeling Ieper" % (r["ids"]["kbo"], r["ids"]["iban"]),
           "Helvetica", 7.5, GREY)
    return p.bytes()


# =====================================================================
def t_letter_resident_nl(r):
    p = Pdf("brief", r["name"], "Writer")
    L, R = 72, W - 72
    y = H - 70
    for s in (r["name"], r["addr"], "%s %s" % (r["pc"], r["city"]), "tel. %s" % r["phone"], r["email"]):
        p.text(R, y, s, "Times-Roman", 11.5, black, "right")
        y -= 14
    y -= 10
    for s in ("Provincie West-Vlaanderen", "Dhr. Jonas Polin", "Woumenweg 100", "8600 Diksmuide"):
        p.text(L, y, s, "Times-Roman", 11.5)
        y -= 14
    y -= 24
    p.text(L, y, "%s, %s" % (r["sign_place"], r["doc_date"]), "Times-Roman", 11.5)
    y -= 30
    o = r["people"][0]
    paras = [
        "Geachte heer Polin,",
        "Ik woon sinds 1987 in de Zwaluwhoek in Mesen. Naast nummer 10 ligt al jaren een braakliggend stuk "
        "grond van de gemeente. Samen met een paar buren, onder wie mevrouw %s (%s), wil ik daar een "
        "buurtmoestuin beginnen: ‘%s’." % (o["name"], o["phone"], r["title"]),
        "We denken aan acht bakken, een regenton, een klein tuinhuis voor het gereedschap en een bank. De "
        "kinderen van de school in de Kerkstraat zouden er ook een bak krijgen. De gemeente is akkoord dat we "
        "het perceel gebruiken.",
        "Ik zou graag %s steun krijgen voor het materiaal. Hoeveel alles samen zal kosten weet ik nog niet "
        "precies; een deel van het hout krijgen we misschien van een aannemer uit het dorp." % REQ(r),
        "U kan mij altijd bellen of mailen, en u bent welkom om eens te komen kijken.",
        "Met vriendelijke groeten,",
    ]
    for t in paras:
        y = p.para(L, y, R - L, t, "Times-Roman", 11.5, 15)
        y -= 9
    y -= 24
    p.text(L, y, r["name"], "Times-Italic", 12)
    return p.bytes()


# =====================================================================
def t_letter_mairie(r):
    p = Pdf("Candidature Partons 2.0", "Commune", "Microsoft® Word 2016")
    L, R = 56, W - 56
    BLUE = Color(0.08, 0.22, 0.48)
    p.rect(0, H - 80, W, 80, fill=BLUE, stroke=None)
    p.text(W / 2, H - 36, "Commune de %s" % r["city"], "Times-Bold", 20, white, "center")
    p.text(W / 2, H - 54, "%s – %s %s – %s – %s" % (r["addr"], r["pc"], r["city"], r["org_phone"], r["org_email"]),
           "Times-Roman", 9, white, "center")
    p.text(W / 2, H - 68, "Département du Nord", "Times-Italic", 8.5, white, "center")
    y = H - 116
    p.text(L, y, "Réf. : %s" % r["ref"], "Times-Roman", 9.5)
    p.text(L, y - 12, "Dossier suivi par : M. %s" % r["name"], "Times-Roman", 9.5)
    yy = y
    for s in ("Monsieur Jonas Polin", "Coordinateur Partons 2.0", "Province de Flandre occidentale",
              "Woumenweg 100", "B-8600 DIKSMUIDE"):
        p.text(330, yy, s, "Times-Roman", 11)
        yy -= 14
    y = yy - 20
    p.text(R, y, "À %s, le %s" % (r["city"], r["doc_date"]), "Times-Roman", 11, black, "right")
    y -= 28
    p.text(L, y, "Objet : Appel à projets « Partons 2.0 » – candidature communale", "Times-Bold", 11)
    y -= 24
    sec = r["people"][1]
    paras = [
        "Monsieur le Coordinateur,",
        "Le conseil municipal de %s a décidé, par délibération du 27 mai 2019, de présenter à l'appel à "
        "projets « Partons 2.0 » le projet intitulé « %s »." % (r["city"], r["title"]),
        "Notre commune de 800 habitants a perdu son école en 2015. Les locaux de l'%s sont "
        "aujourd'hui vides. Avec un groupe d'habitants, nous souhaitons y créer un tiers-lieu : espace de "
        "travail partagé, point d'accès numérique accompagné, petite bibliothèque et salle pour les "
        "associations." % r["location"][0].lower().__add__(r["location"][1:]),
        "Le budget global de l'opération s'élève à %s. La participation sollicitée auprès de Partons 2.0 est de "
        "%s, soit le plafond de l'appel. Le Département du Nord est sollicité à hauteur de %s et la commune "
        "apportera %s (voir annexe)." % (TOT(r), REQ(r), A(r, r["other"][0][1]), A(r, r["own"])),
        "M. %s, %s, est chargé du suivi de ce dossier ; vous pouvez le joindre directement au %s ou par "
        "courriel (%s). Le secrétariat de mairie (%s) reste également à votre disposition." % (
            r["name"], r["role"], r["phone"], r["email"], sec["phone"]),
        "Je vous prie d'agréer, Monsieur le Coordinateur, l'expression de ma considération distinguée.",
    ]
    for t in paras:
        y = p.para(L, y, R - L, t, "Times-Roman", 11, 14.5)
        y -= 7
    y -= 10
    mayor = r["people"][0]
    p.text(360, y, "Le Maire,", "Times-Roman", 11)
    p.text(360, y - 40, mayor["name"], "Times-Bold", 11)
    p.text(L, 30, "PJ : annexe budgétaire (1 page)", "Times-Italic", 8.5, GREY)
    p.newpage()
    y = H - 70
    p.text(L, y, "ANNEXE – Budget prévisionnel « %s »" % r["title"], "Times-Bold", 12)
    y -= 26
    for title, items in (("Dépenses", r["budget"]),
                         ("Recettes", [("Partons 2.0 (sollicité)", r["req"])] + list(r["other"]) +
                          [("Autofinancement communal", r["own"])])):
        p.text(L, y, title, "Times-Bold", 11)
        y -= 6
        for lab, v in items + [("Total", r["total"])]:
            p.line(L, y, R, y, 0.4, GREY)
            y -= 14
            f = "Times-Bold" if lab == "Total" else "Times-Roman"
            p.text(L + 4, y + 4, lab, f, 10.5)
            p.text(R - 4, y + 4, A(r, v), f, 10.5, black, "right")
        p.line(L, y, R, y, 0.4, GREY)
        y -= 26
    p.text(L, y, "Montants TTC. Plafond de l'appel à projets : 10 000 € par projet.", "Times-Italic", 9.5, GREY)
    p.text(W / 2, 30, "SIRET %s" % r["ids"]["siret"], "Times-Roman", 8, GREY, "center")
    return p.bytes()


LAYOUTS = {
    "t_pf_bilingual": t_pf_bilingual,
    "t_pf_grid_fr": t_pf_grid_fr,
    "t_pf_twocol_nl": t_pf_twocol_nl,
    "t_pf_underlabel_fr": t_pf_underlabel_fr,
    "t_pf_cerfa_fr": t_pf_cerfa_fr,
    "t_letter_sociaal": t_letter_sociaal,
    "t_letter_resident_nl": t_letter_resident_nl,
    "t_letter_mairie": t_letter_mairie,
}
