# -*- coding: utf-8 -*-
"""PDF designs of the dev half: official NL form (Acrobat-style widget names),
official FR form (LibreOffice-style names), a youth-house project sheet and a
social-centre 'fiche action' (flat, typed answers), a club's home-made fillable
form, and three letters."""
from pdfkit import Pdf, W, H, GREY, LIGHT, PALE_BLUE, NAVY, DARKRED, GREEN, wrap, sw
from reportlab.lib.colors import black, white, Color
from common import fmt_amt

SESSIONS = ["26/09/2019 (10u-14u)", "7/11/2019 (10u-14u)", "28/11/2019 (18u-21u)",
            "19/12/2019 (10u-14u)", "30/01/2020 (18u-21u)"]


def A(r, v):
    return "" if v is None else fmt_amt(v, r["style"])


def REQ(r):
    return r.get("req_w") or A(r, r["req"])


def TOT(r):
    if r["total"] is None:
        return ""
    return r.get("total_w") or A(r, r["total"])


# =====================================================================
def d_pf_official_nl(r):
    p = Pdf("Aanvraagformulier projectidee Partons 2.0", "Provincie West-Vlaanderen",
            "Adobe Acrobat Pro DC 15.0")
    cnt = [0]

    def nm(kind="Text"):
        cnt[0] += 1
        return "%s%d" % (kind, cnt[0])

    def header():
        p.rect(0, H - 58, W, 58, fill=NAVY, stroke=None)
        p.text(40, H - 30, "Provincie West-Vlaanderen", "Helvetica-Bold", 15, white)
        p.text(40, H - 46, "Strategie en ontwikkeling – gebiedswerking regio Westhoek", "Helvetica", 8.5, white)
        p.text(W - 40, H - 28, "Partons 2.0", "Helvetica-Bold", 12, white, "right")
        p.text(W - 40, H - 42, "Interreg V France-Wallonie-Vlaanderen", "Helvetica", 7.5, white, "right")

    def footer():
        p.line(40, 42, W - 40, 42, 0.4, GREY)
        p.text(40, 30, "Provincie West-Vlaanderen · Woumenweg 100, 8600 Diksmuide · T +32 51 51 94 37 · "
               "jonas.polin@west-vlaanderen.be", "Helvetica", 7, GREY)
        p.text(W - 40, 20, "aanvraagformulier projectidee – versie maart 2019 – p. %d/2" % p.page, "Helvetica", 7,
               GREY, "right")

    def section(y, title):
        y -= 6
        p.rect(40, y - 16, W - 80, 16, fill=PALE_BLUE, stroke=None)
        p.text(46, y - 12, title, "Helvetica-Bold", 10, NAVY)
        return y - 24

    def row(y, label, value, h=16, lw=180, multiline=False, hint=None):
        p.text(46, y - 11, label, "Helvetica", 8.5)
        if hint:
            p.text(46, y - 21, hint, "Helvetica-Oblique", 7, GREY)
        p.tf(nm(), 40 + lw, y - h, W - 80 - lw, h, value, multiline=multiline, size=9)
        return y - h - 6

    header()
    y = H - 88
    p.text(40, y, "AANVRAAGFORMULIER PROJECTIDEE", "Helvetica-Bold", 16, NAVY)
    y -= 16
    p.text(40, y, "Projectenoproep ‘Maak werk van je buurt!’ – leefbare dorpen en buurten in de Westhoek",
           "Helvetica", 10)
    y -= 16
    y = p.para(40, y, W - 80,
               "Vul dit formulier digitaal in en bezorg het uiterlijk op 16 juni 2019 aan Jonas Polin, bij voorkeur "
               "per e-mail (jonas.polin@west-vlaanderen.be) of per post (Woumenweg 100, 8600 Diksmuide). De "
               "financiële bijdrage bedraagt maximaal 10 000 euro per project. Schrijf voluit, bv. ‘Dorpsraad "
               "Voorbeeldegem’ en niet ‘DRV’.", "Helvetica-Oblique", 8, 10.5, GREY)
    y -= 8
    y = section(y, "1. Gegevens van de aanvrager")
    y = row(y, "Naam organisatie / vereniging", r["org"] or "")
    # legal form check boxes
    p.text(46, y - 11, "Juridisch statuut", "Helvetica", 8.5)
    x = 220
    for lab in ("feitelijke vereniging", "vzw", "lokaal bestuur", "andere"):
        p.cb(nm("Check Box"), x, y - 13, r.get("legal") == lab, size=9)
        p.text(x + 13, y - 11, lab, "Helvetica", 8.5)
        x += 26 + sw(lab, "Helvetica", 8.5) + 8
    y -= 22
    y = row(y, "Ondernemingsnummer", r.get("ids", {}).get("kbo", ""), hint="(indien van toepassing)", h=20)
    y = row(y, "Adres (straat en nummer)", r["addr"])
    p.text(46, y - 11, "Postcode", "Helvetica", 8.5)
    p.tf(nm(), 220, y - 16, 70, 16, r["pc"])
    p.text(305, y - 11, "Gemeente", "Helvetica", 8.5)
    p.tf(nm(), 355, y - 16, W - 40 - 355, 16, r["city"])
    y -= 22
    y = row(y, "Rekeningnummer (IBAN)", r.get("ids", {}).get("iban", ""))
    y -= 4
    y = section(y, "2. Contactpersoon voor deze aanvraag")
    y = row(y, "Naam en voornaam", r["name"])
    y = row(y, "Functie binnen de organisatie", r["role"])
    y = row(y, "Telefoon of gsm", r["phone"] or "")
    y = row(y, "E-mailadres", r["email"])
    y -= 4
    y = section(y, "3. Voorzitter of tweede contactpersoon")
    o = r["people"][0]
    y = row(y, "Naam en voornaam", o["name"])
    p.text(46, y - 11, "Telefoon", "Helvetica", 8.5)
    p.tf(nm(), 220, y - 16, 110, 16, o["phone"] or "")
    p.text(340, y - 11, "E-mail", "Helvetica", 8.5)
    p.tf(nm(), 375, y - 16, W - 40 - 375, 16, o["email"] or "")
    y -= 26
    y = section(y, "4. Uw project")
    y = row(y, "Titel van het project", r["title"] or "")
    y = row(y, "Waar vindt het project plaats?", r["location"], hint="(adres of plek)", h=20)
    y = row(y, "Korte omschrijving", r["desc"], h=78, multiline=True, hint="(max. 10 regels)")
    y = row(y, "Hoe betrekt u de inwoners?", r["particip"], h=46, multiline=True, hint="(participatie)")
    footer()
    p.newpage()
    header()
    y = H - 90
    y = section(y, "5. Financiering")
    y = row(y, "Totale kostprijs van het project", TOT(r), hint="(in euro, alle kosten samen)", h=20)
    y = row(y, "Gevraagde bijdrage Partons 2.0", REQ(r), hint="(maximaal 10 000 euro)", h=20)
    y = row(y, "Eigen inbreng", A(r, r["own"]))
    oth = "; ".join("%s: %s" % (s, A(r, v)) for s, v in r["other"])
    y = row(y, "Andere subsidies / sponsoring", oth, hint="(bron en bedrag)", h=20)
    lines = "\n".join("- %s: %s" % (l, A(r, v)) for l, v in r["budget"])
    y = row(y, "Belangrijkste kostenposten", lines, h=90, multiline=True, hint="(post + bedrag)")
    y -= 4
    y = section(y, "6. Begeleidingstraject")
    y = p.para(46, y - 4, W - 92,
               "Geselecteerde projecten nemen deel aan de sessies van het begeleidingstraject Partons 2.0, telkens "
               "ter plaatse bij een project: " + ", ".join(SESSIONS) + ".", "Helvetica", 8.5, 11)
    p.cb(nm("Check Box"), 46, y - 2, True, size=9)
    p.text(60, y, "Wij engageren ons om aan deze sessies deel te nemen.", "Helvetica", 8.5)
    y -= 14
    p.text(46, y - 11, "Datum", "Helvetica", 8.5)
    p.tf(nm(), 90, y - 16, 100, 16, r["doc_date"])
    p.text(205, y - 11, "Naam + handtekening", "Helvetica", 8.5)
    p.tf(nm(), 300, y - 16, W - 40 - 300, 16, r["name"])
    y -= 50
    p.rect(40, y - 70, W - 80, 78, fill=LIGHT, stroke=GREY)
    p.text(48, y - 6, "VOORBEHOUDEN AAN DE ADMINISTRATIE – niet invullen", "Helvetica-Bold", 8.5, GREY)
    p.text(48, y - 24, "Dossiernummer: P2.0-WH-2019-____", "Helvetica", 8.5, GREY)
    p.text(300, y - 24, "Ontvangen op: ___ / ___ / 2019", "Helvetica", 8.5, GREY)
    p.text(48, y - 42, "Ontvankelijk:  ja / nee", "Helvetica", 8.5, GREY)
    p.text(300, y - 42, "Behandeld door: J. Polin", "Helvetica", 8.5, GREY)
    p.text(48, y - 60, "Advies jury: ...............................................................", "Helvetica",
           8.5, GREY)
    footer()
    return p.bytes()


# =====================================================================
def d_pf_official_fr(r):
    p = Pdf("Formulaire de candidature Partons 2.0", "Partons 2.0", "Writer")
    cnt = {"z": 0, "c": 0}

    def nz():
        cnt["z"] += 1
        return "Zone de texte %d" % cnt["z"]

    def nc():
        cnt["c"] += 1
        return "Case à cocher %d" % cnt["c"]

    L, R = 45, W - 45

    def header():
        p.text(W / 2, H - 40, "Appel à projets « Partons 2.0 »", "Times-Bold", 17, DARKRED, "center")
        p.text(W / 2, H - 56, "Villages et quartiers vivants – Westhoek & Nord", "Times-Italic", 11, black, "center")
        p.text(L, H - 74, "Interreg France-Wallonie-Vlaanderen", "Helvetica", 7, GREY)
        p.text(R, H - 74, "Province de Flandre occidentale & partenaires français", "Helvetica", 7, GREY, "right")
        p.line(L, H - 80, R, H - 80, 0.8, DARKRED)

    def footer():
        p.text(W / 2, 28, "Formulaire de candidature – page %d/2" % p.page, "Helvetica", 7, GREY, "center")

    def title(y, t):
        y -= 6
        p.text(L, y, t, "Times-Bold", 12, DARKRED)
        p.line(L, y - 3, R, y - 3, 0.4, DARKRED)
        return y - 16

    def cells(y, specs, h=15):
        """specs: list of (label, value, fraction)."""
        x = L
        tot = R - L
        for lab, val, fr in specs:
            w = tot * fr
            p.text(x + 1, y, lab, "Helvetica", 7.5, GREY)
            p.tf(nz(), x, y - h - 2, w - 6, h, val, multiline=h > 20, size=9, bcolor=black)
            x += w
        return y - h - 14

    header()
    y = H - 98
    y = p.para(L, y, R - L,
               "Formulaire à renvoyer au plus tard le 16 juin 2019 à : Province de Flandre occidentale, à "
               "l'attention de Jonas Polin, Woumenweg 100, 8600 Diksmuide (Belgique) – jonas.polin@west-vlaanderen.be"
               " – tél. +32 51 51 94 37. Subvention de 10 000 € maximum par projet.", "Helvetica", 8, 10)
    y -= 6
    y = title(y, "1. Porteur du projet")
    y = cells(y, [("Nom de la structure", r["org"] or "", 1.0)])
    y = cells(y, [("Statut juridique", r.get("legal", ""), 0.4), ("N° SIRET", r["ids"].get("siret", ""), 0.35),
                  ("N° RNA", r["ids"].get("rna", ""), 0.25)])
    y = cells(y, [("Adresse du siège (n°, rue)", r["addr"], 1.0)])
    y = cells(y, [("Code postal", r["pc"], 0.25), ("Commune", r["city"], 0.75)])
    y = cells(y, [("Téléphone de la structure", r.get("org_phone", ""), 0.4),
                  ("Courriel de la structure", r.get("org_email", ""), 0.6)])
    y = title(y, "2. Personne référente du projet")
    y = cells(y, [("Nom", r["last"].upper(), 0.5), ("Prénom", r["first"], 0.5)])
    y = cells(y, [("Fonction", r["role"], 0.5), ("Téléphone", r["phone"] or "", 0.5)])
    y = cells(y, [("Courriel", r["email"], 1.0)])
    y = title(y, "3. Représentant(e) légal(e)")
    if r.get("legal_is_contact"):
        y = cells(y, [("Nom et prénom", "idem", 0.6), ("Qualité", "", 0.4)])
        y = cells(y, [("Téléphone", "", 0.4), ("Courriel", "", 0.6)])
    else:
        o = r["people"][0]
        y = cells(y, [("Nom et prénom", o["name"], 0.6), ("Qualité", o["role"], 0.4)])
        y = cells(y, [("Téléphone", o["phone"] or "", 0.4), ("Courriel", o["email"] or "", 0.6)])
    y = title(y, "4. Le projet")
    y = cells(y, [("Intitulé du projet", r["title"] or "", 1.0)])
    y = cells(y, [("Lieu de réalisation", r["location"], 1.0)])
    y = cells(y, [("Description (objectifs, actions, public)", r["desc"], 1.0)], h=62)
    footer()
    p.newpage()
    header()
    y = H - 100
    y = cells(y, [("Démarche participative : comment les habitants sont-ils associés ?", r["particip"], 1.0)], h=48)
    y = cells(y, [("Calendrier prévisionnel", r.get("calendar", ""), 1.0)])
    y = title(y, "5. Plan de financement")
    y = cells(y, [("Coût total du projet (TTC)", TOT(r), 0.5),
                  ("Montant sollicité (10 000 € maximum)", REQ(r), 0.5)])
    oth = " ; ".join("%s : %s" % (s, A(r, v)) for s, v in r["other"])
    y = cells(y, [("Autofinancement", A(r, r["own"]), 0.4), ("Autres financements (origine et montant)", oth, 0.6)])
    det = "\n".join("%s : %s" % (l, A(r, v)) for l, v in r["budget"])
    y = cells(y, [("Détail des dépenses prévues", det, 1.0)], h=70)
    y = title(y, "6. Engagement")
    p.cb(nc(), L, y - 10, True, size=9)
    y = p.para(L + 16, y - 8, R - L - 16,
               "Je m'engage, si le projet est retenu, à participer aux séances d'accompagnement : 26/09/2019, "
               "7/11/2019, 28/11/2019, 19/12/2019 et 30/01/2020.", "Helvetica", 8.5, 11)
    y -= 8
    y = cells(y, [("Fait à", r["sign_place"], 0.35), ("le", r["doc_date"], 0.25), ("Nom du signataire", r["name"], 0.4)])
    y -= 10
    p.rect(L, y - 62, R - L, 62, fill=None, stroke=black, lw=0.8)
    p.text(L + 6, y - 14, "Cadre réservé au service instructeur", "Helvetica-Bold", 8.5)
    p.text(L + 6, y - 30, "N° de dossier : ................    Date de réception : ..../..../2019", "Helvetica", 8.5)
    p.text(L + 6, y - 46, "Dossier complet :  oui  /  non      Avis du comité : ..............................",
           "Helvetica", 8.5)
    footer()
    return p.bytes()


# =====================================================================
def d_pf_flat_nl(r):
    """Youth house's own project sheet, filled in a PDF editor and flattened."""
    p = Pdf("Projectfiche", "JH De Schuur", "Microsoft® Word 2016")
    L, R = 42, W - 42
    p.rect(L, H - 70, R - L, 34, fill=Color(0.95, 0.55, 0.10), stroke=None)
    p.text(L + 10, H - 52, "JEUGDHUIS DE SCHUUR vzw", "Helvetica-Bold", 15, white)
    p.text(R - 10, H - 50, "ond.nr. %s" % r["ids"]["kbo"], "Helvetica", 8, white, "right")
    p.text(R - 10, H - 61, "%s · %s %s" % (r["addr"], r["pc"], r["city"]), "Helvetica", 8, white, "right")
    y = H - 96
    p.text(L, y, "PROJECTFICHE", "Helvetica-Bold", 13)
    p.text(L + 105, y, "kandidatuur ‘Maak werk van je buurt!’ (Partons 2.0 – Provincie West-Vlaanderen)",
           "Helvetica", 9)
    y -= 14
    p.text(L, y, "Sjabloon: kolom rechts invullen. Max. 1 A4 per vraag. Indienen vóór 16 juni 2019 bij "
           "jonas.polin@west-vlaanderen.be.", "Helvetica-Oblique", 7.5, GREY)
    y -= 10
    lw = 150
    vw = R - L - lw
    rows = [
        ("Organisatie", r["org"]),
        ("Ondernemingsnummer", r["ids"]["kbo"]),
        ("Maatschappelijke zetel", "%s, %s %s" % (r["addr"], r["pc"], r["city"])),
        ("Aanspreekpunt project", "%s (%s)" % (r["name"], r["role"])),
        ("Gsm / e-mail", "%s / %s" % (r["phone"], r["email"])),
        ("Voorzitter raad van bestuur", "%s - %s - %s" % (r["people"][0]["name"], r["people"][0]["phone"],
                                                          r["people"][0]["email"])),
        ("Penningmeester", "%s - %s" % (r["people"][1]["name"], r["people"][1]["phone"])),
        ("Rekeningnummer", r["ids"]["iban"]),
        ("Naam van het project", r["title"]),
        ("Locatie project", r["location"]),
        ("Wat willen we doen?", r["desc"]),
        ("Wie doet mee?", r["particip"]),
        ("Totale kostprijs", TOT(r)),
        ("Gevraagd aan Partons 2.0", "%s  (max. € 10 000)" % REQ(r)),
        ("Eigen middelen", A(r, r["own"])),
        ("Andere financiering", "; ".join("%s %s" % (s, A(r, v)) for s, v in r["other"])),
        ("Kostenraming", "\n".join("%s: %s" % (l, A(r, v)) for l, v in r["budget"])),
        ("Timing", "Bouw juli-augustus 2019, opening eind september (na de eerste sessie van het "
                   "begeleidingstraject op 26/09/2019)."),
    ]
    for lab, val in rows:
        lines = []
        for chunk in (val or "").split("\n"):
            lines.extend(wrap(chunk, "Courier", 9, vw - 10) or [""])
        h = max(18, 11 * len(lines) + 7)
        p.rect(L, y - h, lw, h, fill=LIGHT, stroke=GREY, lw=0.5)
        p.rect(L + lw, y - h, vw, h, fill=None, stroke=GREY, lw=0.5)
        p.text(L + 5, y - 12, lab, "Helvetica-Bold", 8.5)
        yy = y - 12
        for ln in lines:
            p.text(L + lw + 5, yy, ln, "Courier", 9, Color(0.05, 0.05, 0.35))
            yy -= 11
        y -= h
    y -= 22
    p.text(L, y, "Opgemaakt te", "Helvetica", 9)
    p.text(L + 62, y, "%s, %s" % (r["sign_place"], r["doc_date"]), "Courier", 9, Color(0.05, 0.05, 0.35))
    p.text(L + 250, y, "Voor het bestuur:", "Helvetica", 9)
    p.text(L + 330, y, r["name"], "Courier", 9, Color(0.05, 0.05, 0.35))
    p.text(W / 2, 26, "projectfiche v2 – intern sjabloon JH De Schuur", "Helvetica", 7, GREY, "center")
    return p.bytes()


# =====================================================================
def d_pf_flat_fr(r):
    """Federation 'fiche action' template; answers typed on the dotted lines."""
    p = Pdf("Fiche action", "UCSF", "Adobe Acrobat Reader DC")
    L, R = 50, W - 50
    BLUE = Color(0.05, 0.15, 0.55)
    p.text(L, H - 42, "UNION DES CENTRES SOCIAUX DES FLANDRES", "Helvetica-Bold", 11, GREEN)
    p.text(L, H - 54, "8 quai des Récollets – 59140 Dunkerque – 03 28 61 40 20 – contact.ucsf@example.net",
           "Helvetica", 7.5, GREY)
    p.line(L, H - 60, R, H - 60, 1, GREEN)
    p.text(W / 2, H - 84, "MODÈLE DE FICHE ACTION", "Helvetica-Bold", 14, black, "center")
    p.text(W / 2, H - 98, "à joindre à toute demande de financement (appel à projets, fondation, collectivité)",
           "Helvetica-Oblique", 8, GREY, "center")
    y = H - 124
    typed = lambda x, yy, s: p.text(x, yy, s, "Courier", 9.5, BLUE)

    def q(num, label, answers, extra_lines=0):
        nonlocal y
        p.text(L, y, "%s) %s" % (num, label), "Helvetica-Bold", 9)
        y -= 15
        lines = []
        for a in answers:
            lines.extend(wrap(a, "Courier", 9.5, R - L - 10) or [""])
        for ln in lines + [""] * extra_lines:
            p.dots(L, R, y - 2)
            typed(L + 4, y + 1, ln)
            y -= 15
        y -= 4

    q(1, "Structure porteuse :", [r["org"]])
    q(2, "Adresse (siège) :", ["%s – %s %s" % (r["addr"], r["pc"], r["city"].upper())])
    q(3, "N° SIRET :", [r["ids"]["siret"]])
    d = r["people"][0]
    q(4, "Directeur / Directrice de la structure (nom, tél., courriel) :",
      ["%s – %s – %s" % (d["name"], d["phone"], d["email"])])
    p.text(L, y, "5) Personne chargée de l'action (référent) :", "Helvetica-Bold", 9)
    y -= 15
    p.dots(L, R, y - 2)
    typed(L + 4, y + 1, "%s, %s" % (r["name"], r["role"]))
    y -= 15
    p.text(L, y, "Tél. :", "Helvetica", 9)
    p.dots(L + 28, L + 200, y - 2)
    typed(L + 32, y + 1, r["phone"])
    p.text(L + 215, y, "Courriel :", "Helvetica", 9)
    p.dots(L + 262, R, y - 2)
    typed(L + 266, y + 1, r["email"])
    y -= 19
    q(6, "Intitulé de l'action :", [r["title"]])
    q(7, "Lieu(x) de réalisation :", [r["location"]])
    q(8, "Objectifs et description de l'action :", [r["desc"]], extra_lines=1)
    q(9, "Participation des habitants :", [r["particip"]])
    p.text(L, y, "10) Budget prévisionnel de l'action :", "Helvetica-Bold", 9)
    y -= 8
    colw = (R - L) / 2 - 5
    top = y
    charges = [(l, v) for l, v in r["budget"]]
    produits = [("Partons 2.0 (Interreg) – montant sollicité", r["req"])] + list(r["other"]) + \
               [("Fonds propres", r["own"])]
    for ci, (head, items) in enumerate((("CHARGES", charges), ("PRODUITS", produits))):
        x0 = L + ci * (colw + 10)
        yy = top
        p.rect(x0, yy - 14, colw, 14, fill=LIGHT, stroke=black, lw=0.4)
        p.text(x0 + 4, yy - 10, head, "Helvetica-Bold", 8)
        p.text(x0 + colw - 4, yy - 10, "Montant", "Helvetica-Bold", 8, black, "right")
        yy -= 14
        for lab, v in items + [("TOTAL", r["total"])]:
            p.rect(x0, yy - 13, colw, 13, fill=None, stroke=black, lw=0.4)
            p.text(x0 + 4, yy - 9.5, lab[:44], "Helvetica-Bold" if lab == "TOTAL" else "Helvetica", 7.5)
            typed(x0 + colw - 4 - sw(A(r, v), "Courier", 9.5), yy - 10, A(r, v))
            yy -= 13
        if ci == 0:
            y1 = yy
        else:
            y2 = yy
    y = min(y1, y2) - 22
    p.text(L, y, "11) Date et signature du responsable :", "Helvetica-Bold", 9)
    typed(L + 200, y, "%s, le %s – %s" % (r["sign_place"], r["doc_date"], r["people"][0]["name"]))
    p.text(W / 2, 24, "Fiche action – modèle UCSF 2018 – à adapter à chaque financeur", "Helvetica", 7, GREY,
           "center")
    return p.bytes()


# =====================================================================
def d_pf_home_nl(r):
    """Club's own fillable form built in LibreOffice (Dutch UI names)."""
    p = Pdf("aanvraag projectsteun", "secretariaat", "Writer")
    cnt = {"t": 0, "c": 0}

    def nt():
        cnt["t"] += 1
        return "Tekstvak %d" % cnt["t"]

    def nc():
        cnt["c"] += 1
        return "Selectievakje %d" % cnt["c"]

    L, R = 48, W - 48
    p.rect(L, H - 76, R - L, 40, fill=GREEN, stroke=None)
    p.text(L + 12, H - 54, r["org"], "Helvetica-Bold", 16, white)
    p.text(L + 12, H - 68, "aangesloten bij de Vlaamse petanquefederatie – stamnummer 8-117", "Helvetica", 8, white)
    y = H - 100
    p.text(L, y, "Aanvraag projectsteun ‘Maak werk van je buurt!’", "Helvetica-Bold", 13, GREEN)
    y -= 13
    p.text(L, y, "(eigen formulier – gegevens voor de provincie, zie oproep: max. 10 000 euro, indienen vóór 16/06/2019)",
           "Helvetica-Oblique", 8, GREY)
    y -= 20

    def fld(label, value, x=L, w=None, h=15, multiline=False):
        w = w or (R - x)
        p.text(x, y, label, "Helvetica-Bold", 8.5)
        p.tf(nt(), x, y - h - 3, w, h, value, multiline=multiline, size=9)

    def step(h=15):
        nonlocal y
        y -= h + 16

    def head(t):
        nonlocal y
        y -= 5
        p.text(L, y, t, "Helvetica-Bold", 10.5, GREEN)
        p.line(L, y - 3, R, y - 3, 0.6, GREEN)
        y -= 16

    head("Vereniging")
    fld("Naam van de club", r["org"]); step()
    fld("Adres secretariaat (straat + nr.)", r["addr"], w=250)
    fld("Postcode", r["pc"], x=L + 265, w=60)
    fld("Gemeente", r["city"], x=L + 340); step()
    p.text(L, y, "Soort vereniging", "Helvetica-Bold", 8.5)
    x = L + 90
    for lab in ("sportclub", "jeugdvereniging", "buurtcomité", "andere"):
        p.cb(nc(), x, y - 2, lab == "sportclub", size=9)
        p.text(x + 13, y, lab, "Helvetica", 8.5)
        x += 95
    y -= 20
    fld("Rekeningnummer club", r["ids"]["iban"], w=250); step()
    head("Contactpersoon")
    fld("Naam", r["name"], w=250)
    fld("Functie", r["role"], x=L + 265); step()
    fld("Telefoon / gsm", r["phone"] or "", w=160)
    fld("E-mail", r["email"], x=L + 175); step()
    head("Penningmeester")
    t = r["people"][0]
    fld("Naam", t["name"], w=160)
    fld("Telefoon", t["phone"], x=L + 175, w=110)
    fld("E-mail", t["email"], x=L + 300); step()
    head("Voorzitter")
    v = r["people"][1]
    fld("Naam", v["name"], w=160)
    fld("Telefoon", v["phone"], x=L + 175, w=110); step()
    head("Het project")
    fld("Titel", r["title"]); step()
    fld("Waar?", r["location"]); step()
    fld("Wat willen jullie doen?", r["desc"], h=44, multiline=True); step(44)
    fld("Met wie werken jullie samen?", r["particip"], h=30, multiline=True); step(30)
    head("Centen")
    fld("Totaal budget (euro)", TOT(r), w=120)
    fld("Gevraagd bedrag (euro)", REQ(r), x=L + 135, w=120)
    fld("Eigen inbreng", A(r, r["own"]), x=L + 270, w=90)
    fld("Andere inkomsten", "; ".join("%s %s" % (s, A(r, v)) for s, v in r["other"]), x=L + 375); step()
    fld("Datum", r["doc_date"], w=120)
    fld("Ingevuld door", r["name"], x=L + 135, w=200)
    p.text(W / 2, 26, "Petanqueclub Den Ijzeren Bol – formulier gemaakt door het secretariaat", "Helvetica", 7,
           GREY, "center")
    return p.bytes()


# =====================================================================
def d_letter_gemeente(r):
    p = Pdf("Kandidatuur projectenoproep", "Gemeente Vlaemsbrugge", "Microsoft® Word 2016")
    L = 170
    R = W - 60
    p.text(60, H - 60, "GEMEENTE", "Helvetica", 10, GREEN)
    p.text(60, H - 78, "VLAEMSBRUGGE", "Helvetica-Bold", 18, GREEN)
    p.line(60, H - 86, R, H - 86, 1.2, GREEN)
    sb = ["Dienst Vrije Tijd", "", "Contactpersoon", r["name"], r["role"], "T " + r["phone"], r["email"], "",
          "Ons kenmerk", r["ref"], "", "Uw kenmerk", "–", "", "Bijlage", "1 (raming)"]
    y = H - 120
    for s in sb:
        bold = s in ("Dienst Vrije Tijd", "Contactpersoon", "Ons kenmerk", "Uw kenmerk", "Bijlage")
        p.text(60, y, s, "Helvetica-Bold" if bold else "Helvetica", 7.5, GREEN if bold else black)
        y -= 10
    y = H - 120
    for s in ("Provincie West-Vlaanderen", "t.a.v. de heer Jonas Polin", "projectcoördinator Partons 2.0",
              "Woumenweg 100", "8600 Diksmuide"):
        p.text(330, y, s, "Helvetica", 10)
        y -= 13
    y = H - 220
    p.text(L, y, "%s, %s" % (r["city"], r["doc_date"]), "Helvetica", 10)
    y -= 24
    p.text(L, y, "Betreft: kandidatuur projectenoproep ‘Maak werk van je buurt!’", "Helvetica-Bold", 10)
    y -= 22
    body = [
        "Geachte heer Polin,",
        "Het college van burgemeester en schepenen besliste in zitting van 3 juni 2019 om met het project "
        "‘%s’ in te tekenen op de projectenoproep ‘Maak werk van je buurt!’ van Partons 2.0." % r["title"],
        "In de sociale woonwijk Ter Beke wonen veel alleenstaande ouderen en jonge gezinnen die elkaar nauwelijks "
        "kennen. We willen er samen met de huisvestingsmaatschappij en de bewoners twaalf buurtmeesters opleiden: "
        "vaste aanspreekpunten die buren helpen of doorverwijzen naar de juiste dorpsgenoot of dienst.",
        "De totale kostprijs van het project wordt geraamd op %s. De gemeente neemt de helft voor haar rekening "
        "(%s eigen middelen, voorzien in het budget 2019). Wij vragen een bijdrage van %s vanuit de "
        "projectenoproep." % (TOT(r), A(r, r["own"]), REQ(r)),
    ]
    for b in body:
        y = p.para(L, y, R - L, b, "Helvetica", 10, 13.5)
        y -= 7
    # budget table
    p.text(L, y, "Raming", "Helvetica-Bold", 9)
    y -= 4
    for lab, v in r["budget"] + [("Totaal", r["total"])]:
        p.line(L, y, R, y, 0.3, GREY)
        y -= 12
        f = "Helvetica-Bold" if lab == "Totaal" else "Helvetica"
        p.text(L + 4, y + 3, lab, f, 9)
        p.text(R - 4, y + 3, A(r, v), f, 9, black, "right")
    p.line(L, y, R, y, 0.3, GREY)
    y -= 20
    for b in ["Contactpersoon voor dit dossier is mevrouw %s, %s (%s, %s). Zij neemt ook deel aan de sessies "
              "van het begeleidingstraject (26 september, 7 en 28 november, 19 december 2019 en 30 januari 2020)."
              % (r["name"], r["role"], r["phone"], r["email"]),
              "Met vriendelijke groeten,"]:
        y = p.para(L, y, R - L, b, "Helvetica", 10, 13.5)
        y -= 7
    y -= 30
    p.text(L, y, "Ann Verbeke", "Helvetica", 10)
    p.text(L, y - 12, "algemeen directeur", "Helvetica", 8.5, GREY)
    p.text(L + 190, y, "Dirk Vanmassenhove", "Helvetica", 10)
    p.text(L + 190, y - 12, "burgemeester", "Helvetica", 8.5, GREY)
    p.line(60, 52, R, 52, 0.5, GREEN)
    p.text(60, 40, "Gemeente Vlaemsbrugge · %s · %s %s · T %s · %s · ondernemingsnr. %s" % (
        r["addr"], r["pc"], r["city"], r["org_phone"], r["org_email"], r["ids"]["kbo"]), "Helvetica", 7, GREEN)
    p.text(60, 30, "Gelieve bij antwoord ons kenmerk te vermelden.", "Helvetica-Oblique", 7, GREY)
    return p.bytes()


# =====================================================================
def d_letter_mairie(r):
    p = Pdf("Candidature Partons 2.0", "Mairie", "Microsoft® Word 2013")
    L, R = 60, W - 60
    y = H - 50
    for s, f, z in (("RÉPUBLIQUE FRANÇAISE", "Times-Bold", 9), ("Département du Nord", "Times-Roman", 9),
                    ("Arrondissement de Dunkerque", "Times-Roman", 9), ("", "Times-Roman", 6),
                    ("MAIRIE DE %s" % r["city"].upper(), "Times-Bold", 13), (r["addr"], "Times-Roman", 9),
                    ("%s %s" % (r["pc"], r["city"].upper()), "Times-Roman", 9),
                    ("Tél. %s" % r["org_phone"], "Times-Roman", 9), (r["org_email"], "Times-Roman", 9)):
        p.text(L, y, s, f, z)
        y -= z + 3
    y = H - 150
    for s in ("Province de Flandre occidentale", "À l'attention de M. Jonas Polin", "Projet Partons 2.0",
              "Woumenweg 100", "8600 DIKSMUIDE", "BELGIQUE"):
        p.text(330, y, s, "Times-Roman", 11)
        y -= 14
    y -= 14
    p.text(R, y, "%s, le %s" % (r["city"], r["doc_date"]), "Times-Roman", 11, black, "right")
    y -= 26
    p.text(L, y, "Nos réf. : %s" % r["ref"], "Times-Roman", 10)
    y -= 13
    p.text(L, y, "Affaire suivie par : %s, %s" % (r["name"], r["role"]), "Times-Roman", 10)
    y -= 13
    p.text(L + 92, y, "%s – %s" % (r["phone"], r["email"]), "Times-Roman", 10)
    y -= 13
    p.text(L, y, "Objet : candidature à l'appel à projets « Partons 2.0 »", "Times-Bold", 10)
    y -= 26
    paras = [
        "Monsieur,",
        "J'ai l'honneur de vous présenter la candidature de la commune de %s à l'appel à projets « Partons 2.0 » "
        "pour des villages et quartiers vivants, avec le projet « %s »." % (r["city"], r["title"]),
        "Depuis la fermeture du dernier estaminet en 2016, le village ne dispose plus d'aucun lieu de rencontre. "
        "Un collectif d'une trentaine d'habitants propose d'ouvrir un café associatif dans l'ancienne forge "
        "(%s), propriété communale, géré par des bénévoles et ouvert trois jours par semaine." % r["location"],
        "Le coût total du projet est estimé à %s TTC. La commune sollicite une participation de %s au titre de "
        "l'appel à projets, le solde (%s) étant pris en charge sur le budget communal (délibération du conseil "
        "municipal du 6 juin 2019). Le détail figure ci-dessous :" % (TOT(r), REQ(r), A(r, r["own"])),
    ]
    for t in paras:
        y = p.para(L, y, R - L, t, "Times-Roman", 11, 14)
        y -= 6
    for lab, v in r["budget"]:
        p.text(L + 14, y, "– %s" % lab, "Times-Roman", 11)
        p.text(R - 20, y, A(r, v), "Times-Roman", 11, black, "right")
        y -= 14
    y -= 6
    for t in ["Mme %s, %s, suivra ce dossier et représentera la commune aux séances d'accompagnement. Elle "
              "reste à votre disposition au %s." % (r["name"], r["role"], r["phone"]),
              "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées."]:
        y = p.para(L, y, R - L, t, "Times-Roman", 11, 14)
        y -= 6
    y -= 10
    p.text(360, y, "Le Maire,", "Times-Roman", 11)
    p.text(360, y - 44, r["people"][0]["name"], "Times-Bold", 11)
    c = p.c
    c.setStrokeColor(Color(0.2, 0.3, 0.7))
    c.circle(300, y - 28, 30, stroke=1, fill=0)
    p.text(300, y - 22, "MAIRIE DE", "Times-Roman", 6, Color(0.2, 0.3, 0.7), "center")
    p.text(300, y - 31, r["city"].upper(), "Times-Bold", 6.5, Color(0.2, 0.3, 0.7), "center")
    p.text(300, y - 40, "(Nord)", "Times-Roman", 6, Color(0.2, 0.3, 0.7), "center")
    p.text(W / 2, 30, "SIRET %s – toute correspondance doit être adressée à M. le Maire" % r["ids"]["siret"],
           "Times-Italic", 7.5, GREY, "center")
    return p.bytes()


# =====================================================================
def d_letter_resident_fr(r):
    p = Pdf("lettre", r["name"], "LibreOffice Writer")
    L, R = 70, W - 70
    y = H - 70
    for s in (r["name"], r["addr"], "%s %s" % (r["pc"], r["city"]), "Tél. %s" % r["phone"], r["email"]):
        p.text(L, y, s, "Times-Roman", 11)
        y -= 14
    y = H - 150
    for s in ("Monsieur Jonas Polin", "Province de Flandre occidentale", "Woumenweg 100", "8600 Dixmude"):
        p.text(330, y, s, "Times-Roman", 11)
        y -= 14
    y -= 24
    p.text(R, y, "%s, le %s" % (r["sign_place"], r["doc_date"]), "Times-Roman", 11, black, "right")
    y -= 30
    p.text(L, y, "Objet : projet « %s »" % r["title"], "Times-Bold", 11)
    y -= 28
    o = r["people"][0]
    paras = [
        "Monsieur,",
        "Habitante de La Panne depuis douze ans, j'ai lu votre appel « Maak werk van je buurt ! » dans le journal "
        "communal. Dans notre quartier, le petit square des Oyats (Helmplein) est devenu un lieu où plus personne "
        "ne s'arrête : deux bancs cassés, un bac à sable vide.",
        "Avec mes voisins, notamment M. %s (%s), nous voudrions en faire un coin lecture : une boîte à livres "
        "en bois fabriquée par les enfants de la rue, deux nouveaux bancs, un petit auvent et quelques bacs de "
        "fleurs. Nous organiserions un après-midi de lecture par mois, en français et en néerlandais." % (
            o["name"], o["phone"]),
        "Pour cela, je sollicite une aide de %s. Je ne connais pas encore le coût total exact : nous attendons "
        "les devis du menuisier et la commune nous prêterait peut-être les bancs." % REQ(r),
        "Je suis bien entendu disponible pour vous rencontrer sur place et, si le projet est retenu, pour "
        "participer aux séances d'accompagnement de l'automne.",
        "Je vous prie d'agréer, Monsieur, mes salutations distinguées.",
    ]
    for t in paras:
        y = p.para(L, y, R - L, t, "Times-Roman", 11.5, 15)
        y -= 8
    y -= 20
    p.text(330, y, r["name"], "Times-Italic", 12)
    return p.bytes()


LAYOUTS = {
    "d_pf_official_nl": d_pf_official_nl,
    "d_pf_official_fr": d_pf_official_fr,
    "d_pf_flat_nl": d_pf_flat_nl,
    "d_pf_flat_fr": d_pf_flat_fr,
    "d_pf_home_nl": d_pf_home_nl,
    "d_letter_gemeente": d_letter_gemeente,
    "d_letter_mairie": d_letter_mairie,
    "d_letter_resident_fr": d_letter_resident_fr,
}
