# -*- coding: utf-8 -*-
"""PDF designs of the test half: T1 (AcroForm with a people grid and radio buttons),
T2 (printed boxed form over two pages), T3 (bilingual AcroForm over two pages), L2 (letter)."""
import random

from reportlab.lib.utils import simpleSplit

from common import (fmt_amount, fmt_phone, COORD_EMAIL, COORD_NAME, COORD_PHONE_FIXED, COORD_PHONE_MOBILE,
                    PROV_STREET, PROV_PC_CITY, SESSIONS, SESSION_HOURS)
from pdfkit import Pdf, W, H
from texts import role, role_generic_fr, long_date, short_date, pc_city, lc_first

GREY = (0.35, 0.35, 0.35)
NAVY = (0.16, 0.25, 0.42)


# =====================================================================================
# T1: AcroForm, title in the header field "Projet :", people grid with radio buttons
# =====================================================================================
T1L = {
    "fr": dict(band="PARTONS 2.0  -  Appel à projets 2019 « Villages et quartiers vivants »",
               proj="Projet :", cadre="Cadre réservé", c1="N° dossier", c2="Reçu le", c3="Avis",
               s1="1. Structure porteuse", den="Dénomination", stat="Statut", num="N° RNA / SIRET",
               seat="Adresse du siège", cp="CP", com="Commune", tel="Tél.", mail="Courriel", web="Site internet",
               created="Année de création",
               s2="2. Les personnes", g=["Fonction", "Nom et prénom", "Téléphone", "Courriel", "Contact"],
               gnote="Cochez dans la dernière colonne la personne à contacter pour ce dossier (une seule).",
               paddr="Adresse personnelle de la personne à contacter",
               s3="3. Le projet", loc="Lieu de réalisation", desc="Description", pub="Public visé",
               pub_v="habitants du village, toutes générations", vol="Bénévoles",
               s4="4. Plan de financement (TTC)", dep="Dépenses", rec="Recettes", mt="Montant",
               tot="TOTAL", cap="Le montant demandé à Partons 2.0 ne peut pas dépasser 10 000 €. "
                                "Le budget doit être équilibré (total dépenses = total recettes).",
               call="Partons 2.0 - Province de Flandre-Occidentale",
               s5="5. Accompagnement", s5t="Dates auxquelles nous serons présents (séances Partons 2.0) :",
               s6="6. Signature", fait="Fait à", le="le", nom="Nom du représentant légal", qual="Qualité",
               foot="Province de Flandre-Occidentale - %s - %s - %s - %s" % (PROV_STREET, PROV_PC_CITY,
                                                                            COORD_EMAIL, COORD_PHONE_MOBILE)),
    "nl": dict(band="PARTONS 2.0  -  Projectenoproep 2019 'Maak werk van je buurt!'",
               proj="Project:", cadre="Voorbehouden", c1="Dossiernr.", c2="Ontvangen", c3="Advies",
               s1="1. Aanvragende organisatie", den="Naam", stat="Statuut", num="Ondernemingsnr.",
               seat="Adres van de zetel", cp="Postcode", com="Gemeente", tel="Tel.", mail="E-mail",
               web="Website", created="Opgericht in",
               s2="2. Betrokken personen", g=["Functie", "Naam", "Telefoon", "E-mail", "Contact"],
               gnote="Duid in de laatste kolom de contactpersoon voor dit dossier aan (één persoon).",
               paddr="Adres van de contactpersoon",
               s3="3. Het project", loc="Locatie", desc="Omschrijving", pub="Doelgroep",
               pub_v="alle inwoners van het dorp", vol="Vrijwilligers",
               s4="4. Financieringsplan", dep="Uitgaven", rec="Inkomsten", mt="Bedrag", tot="TOTAAL",
               cap="De steun van de provincie bedraagt maximaal 10 000 euro. De begroting moet in evenwicht "
                   "zijn (totaal uitgaven = totaal inkomsten).",
               call="Provincie West-Vlaanderen - Maak werk van je buurt",
               s5="5. Begeleiding", s5t="Data waarop wij aanwezig zullen zijn (sessies Partons 2.0):",
               s6="6. Ondertekening", fait="Te", le="op", nom="Naam wettelijk vertegenwoordiger",
               qual="Hoedanigheid",
               foot="Provincie West-Vlaanderen - %s - %s - %s - %s" % (PROV_STREET, PROV_PC_CITY, COORD_EMAIL,
                                                                      COORD_PHONE_MOBILE)),
}


def render_T1(rec):
    lang = rec.lang
    L = T1L[lang]
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = r.choice(["intl", "nat"])
    amt = "fr_num" if lang == "fr" else "nl_num"
    pdf = Pdf(L["band"], rec.sender.name)
    p = pdf
    p.c.setFillColorRGB(*NAVY)
    p.c.rect(0, 800, W, 42, stroke=0, fill=1)
    p.text(36, 817, L["band"], "Helvetica-Bold", 12, (1, 1, 1))
    p.text(36, 777, L["proj"], "Helvetica-Bold", 11)
    p.field("projet", 95, 772, 300, 18, o["title"], 9.5)
    p.rect(410, 740, 150, 54, lw=0.5)
    p.text(415, 785, L["cadre"], "Helvetica-Bold", 7)
    for i, k in enumerate(["c1", "c2", "c3"]):
        p.text(415, 773 - i * 13, L[k], "Helvetica", 7)
        p.field("admin_%d" % i, 465, 770 - i * 13, 90, 11, "", 7)
    y = 722
    p.band(36, y, 523, 14, L["s1"], 9.5)
    y -= 20

    def lf(label, name, x, w, value, lw=75, size=8.5):
        p.text(x, y + 4, label, "Helvetica", 7.5)
        p.field(name, x + lw, y, w - lw, 14, value, size)

    lf(L["den"], "denomination", 36, 523, o["org"])
    y -= 18
    num = o.get("number") or ""
    if o.get("siret"):
        num = "%s / %s" % (num, o["siret"])
    lf(L["stat"], "statut", 36, 250, o["legal"])
    lf(L["num"], "numero", 295, 264, num)
    y -= 18
    lf(L["seat"], "siege_adresse", 36, 523, o["street"])
    y -= 18
    lf(L["cp"], "siege_cp", 36, 150, o["pc"])
    lf(L["com"], "siege_commune", 195, 364, o["city"], 50)
    y -= 18
    lf(L["tel"], "siege_tel", 36, 200, fmt_phone(o["phone"], pst))
    lf(L["mail"], "siege_courriel", 245, 314, o["email"], 45)
    y -= 18
    lf(L["web"], "site", 36, 300, o.get("website") or "")
    lf(L["created"], "creation", 345, 214, str(o["founded"]), 90)
    y -= 28
    p.band(36, y, 523, 14, L["s2"], 9.5)
    y -= 14
    p.text(36, y, L["gnote"], "Helvetica-Oblique", 7.5, GREY)
    y -= 16
    cols = [36, 136, 256, 356, 519, 559]
    p.rect(36, y - 3, 523, 13, lw=0.4, fill=(0.88, 0.9, 0.95))
    for i, h in enumerate(L["g"]):
        p.text(cols[i] + 3, y + 1, h, "Helvetica-Bold", 7.5)
    roles = ["chair", "secretary", "treasurer", "projectleader"]
    for ri, rk in enumerate(roles):
        per = rec.people[rk]
        y -= 17
        p.rect(36, y - 4, 523, 17, lw=0.3)
        fn = role_generic_fr(rk) if lang == "fr" else role(rk, "nl", per.gender, cap=True)
        p.text(cols[0] + 3, y + 1, fn, "Helvetica", 7.5)
        tel = fmt_phone(per.phone, pst)
        p.field("ligne%d_col1" % (ri + 1), cols[1] + 2, y - 2, cols[2] - cols[1] - 4, 13, per.name, 8)
        p.field("ligne%d_col2" % (ri + 1), cols[2] + 2, y - 2, cols[3] - cols[2] - 4, 13, tel, 7.5)
        p.field("ligne%d_col3" % (ri + 1), cols[3] + 2, y - 2, cols[4] - cols[3] - 4, 13, per.email, 7.5)
        p.radio("Groupe1", ("Choix%d" if lang == "fr" else "Keuze%d") % (ri + 1), cols[4] + 14, y - 2,
                rk == rec.contact_role, size=11)
    y -= 26
    ct = rec.contact
    p.text(36, y + 4, L["paddr"], "Helvetica-Bold", 7.5)
    y -= 16
    lf(L["seat"].split()[0], "contact_adresse", 36, 260, ct.street, 45)
    lf(L["cp"], "contact_cp", 305, 110, ct.pc, 45)
    lf(L["com"], "contact_commune", 420, 139, ct.city, 45)
    y -= 28
    p.band(36, y, 523, 14, L["s3"], 9.5)
    y -= 20
    lf(L["loc"], "lieu", 36, 523, o["location"])
    y -= 18
    p.text(36, y + 4, L["desc"], "Helvetica", 7.5)
    p.field("description", 111, y - 50, 448, 64, o["summary"], 8, multiline=True)
    y -= 68
    lf(L["pub"], "public", 36, 380, L["pub_v"])
    lf(L["vol"], "benevoles", 425, 134, str(o["volunteers"]), 60)
    p.text(36, 30, L["foot"], "Helvetica", 6.5, GREY)
    p.rtext(559, 30, "1/2", "Helvetica", 7)
    p.page()
    # ---- page 2 ----------------------------------------------------------------------
    y = 800
    p.band(36, y, 523, 14, L["s4"], 9.5)
    y -= 16
    y = p.para(36, y, 523, L["cap"], "Helvetica-Oblique", 7.5, 9, GREY)
    y -= 8
    p.text(36, y, L["dep"], "Helvetica-Bold", 8.5)
    p.text(210, y, L["mt"], "Helvetica-Bold", 8.5)
    p.text(300, y, L["rec"], "Helvetica-Bold", 8.5)
    p.text(474, y, L["mt"], "Helvetica-Bold", 8.5)
    y -= 20
    inc = list(b["income"]) + [(L["call"], b["requested"])]
    n = max(5, len(inc), len(b["expenses"]))
    for i in range(n):
        if i < len(b["expenses"]):
            lab, a = b["expenses"][i]
            p.field("dep_lib_%d" % i, 36, y, 170, 14, lab, 7.5)
            p.field("dep_mt_%d" % i, 210, y, 80, 14, fmt_amount(a, amt), 8)
        else:
            p.field("dep_lib_%d" % i, 36, y, 170, 14, "", 7.5)
            p.field("dep_mt_%d" % i, 210, y, 80, 14, "", 8)
        if i < len(inc):
            lab, a = inc[i]
            p.field("rec_lib_%d" % i, 300, y, 170, 14, lab, 7)
            p.field("rec_mt_%d" % i, 474, y, 85, 14, fmt_amount(a, amt), 8)
        else:
            p.field("rec_lib_%d" % i, 300, y, 170, 14, "", 7)
            p.field("rec_mt_%d" % i, 474, y, 85, 14, "", 8)
        y -= 17
    p.text(150, y + 4, L["tot"], "Helvetica-Bold", 8.5)
    p.field("dep_total", 210, y, 80, 14, fmt_amount(b["total"], amt), 8)
    p.text(420, y + 4, L["tot"], "Helvetica-Bold", 8.5)
    p.field("rec_total", 474, y, 85, 14, fmt_amount(b["total"], amt), 8)
    y -= 32
    p.band(36, y, 523, 14, L["s5"], 9.5)
    y -= 18
    p.text(36, y, L["s5t"], "Helvetica", 8)
    y -= 18
    present = [True, True, r.random() < 0.7, True, r.random() < 0.8]
    for i, (d, hh) in enumerate(zip(SESSIONS, SESSION_HOURS)):
        x = 36 + i * 104
        p.checkbox("seance_%d" % i, x, y - 2, present[i], size=10)
        p.text(x + 14, y, "%s (%s)" % (d, hh), "Helvetica", 7.5)
    y -= 32
    p.band(36, y, 523, 14, L["s6"], 9.5)
    y -= 22
    ch = rec.people["chair"]
    p.text(36, y + 4, L["fait"], "Helvetica", 8)
    p.field("fait_a", 70, y, 150, 14, o["city"], 8.5)
    p.text(228, y + 4, L["le"], "Helvetica", 8)
    p.field("date", 245, y, 90, 14, short_date(rec.date), 8.5)
    y -= 20
    p.text(36, y + 4, L["nom"], "Helvetica", 8)
    p.field("signataire", 175, y, 180, 14, ch.name, 8.5)
    p.text(365, y + 4, L["qual"], "Helvetica", 8)
    p.field("qualite", 425, y, 134, 14, role("chair", lang, ch.gender), 8.5)
    p.text(36, 30, L["foot"], "Helvetica", 6.5, GREY)
    p.rtext(559, 30, "2/2", "Helvetica", 7)
    p.page()
    return pdf.bytes()


# =====================================================================================
# T2: printed boxed form over two pages, title only in the "Projet :" subject line,
#     contact given by a sentence
# =====================================================================================
T2L = {
    "fr": dict(t="FICHE PROJET", st="Appel à projets Partons 2.0 / Maak werk van je buurt! - date limite : 16 juin 2019",
               proj="Projet :", A="LE PORTEUR DE PROJET", nom="Nom de la structure", seat="Adresse du siège (n°, rue)",
               cp="Code postal", com="Commune", tel="Téléphone", mail="Courriel", num="N° d'entreprise / RNA",
               B="LE BUREAU", C="PERSONNE À CONTACTER POUR CE DOSSIER",
               cont="suite au verso  >>", D="LE PROJET", loc="Lieu", desc="Description", cal="Calendrier",
               cal_v="de septembre 2019 à juin 2020",
               E="BUDGET", dep="Dépenses", rec="Autres recettes", sub="Sous-total autres recettes",
               req="Montant demandé à la Province (Partons 2.0)", tot="Coût total du projet",
               adm="RÉSERVÉ À L'ADMINISTRATION", sess="Séances d'accompagnement (présence attendue) : ",
               sign="Signature du président / de la présidente :", p2="Fiche projet - page 2"),
    "nl": dict(t="PROJECTFICHE", st="Projectenoproep Maak werk van je buurt! / Partons 2.0 - indienen vóór 16 juni 2019",
               proj="Project:", A="DE AANVRAGER", nom="Naam van de organisatie", seat="Adres zetel (straat, nr.)",
               cp="Postcode", com="Gemeente", tel="Telefoon", mail="E-mail", num="Ondernemingsnummer",
               B="HET BESTUUR", C="CONTACTPERSOON VOOR DIT DOSSIER",
               cont="zie ommezijde  >>", D="HET PROJECT", loc="Plaats", desc="Omschrijving", cal="Timing",
               cal_v="september 2019 - juni 2020",
               E="BEGROTING", dep="Uitgaven", rec="Andere inkomsten", sub="Subtotaal andere inkomsten",
               req="Gevraagd bedrag aan de provincie (Partons 2.0)", tot="Totale kostprijs van het project",
               adm="VOORBEHOUDEN AAN DE ADMINISTRATIE", sess="Begeleidingssessies (aanwezigheid verwacht): ",
               sign="Handtekening voorzitter:", p2="Projectfiche - blz. 2"),
}


def render_T2(rec):
    lang = rec.lang
    L = T2L[lang]
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = "slash" if rec.country == "BE" else "nat"
    amt = "nl_eur" if lang == "nl" else "fr_eur"
    TF = "Courier"
    pdf = Pdf(L["t"], rec.sender.name)
    p = pdf
    p.ctext(W / 2, 805, L["t"], "Helvetica-Bold", 18)
    p.ctext(W / 2, 790, L["st"], "Helvetica", 8.5)
    p.text(40, 762, L["proj"], "Helvetica-Bold", 12)
    p.fit(40 + (62 if lang == "fr" else 55), 762, o["title"], 455, TF + "-Bold", 11)
    p.hline(40, 555, 757, 0.8)

    def box(x, y, w, h, label, lines, size=9):
        p.rect(x, y - h, w, h, lw=0.6)
        p.text(x + 3, y - 8, label, "Helvetica", 6.5, GREY)
        yy = y - 19
        for ln in lines:
            for sub in simpleSplit(ln, TF, size, w - 8) or [""]:
                p.text(x + 4, yy, sub, TF, size)
                yy -= size + 2

    y = 740
    p.text(40, y, L["A"], "Helvetica-Bold", 9)
    y -= 5
    box(40, y, 515, 28, L["nom"], [o["org"]])
    y -= 28
    box(40, y, 270, 28, L["seat"], [o["street"]])
    box(310, y, 75, 28, L["cp"], [o["pc"]])
    box(385, y, 170, 28, L["com"], [o["city"]])
    y -= 28
    box(40, y, 150, 28, L["tel"], [fmt_phone(o["phone"], pst)])
    box(190, y, 215, 28, L["mail"], [o["email"]])
    box(405, y, 150, 28, L["num"], [o.get("number") or "-"], 8)
    y -= 44
    p.text(40, y, L["B"], "Helvetica-Bold", 9)
    y -= 5
    bw = 515 / 3.0
    for i, rk in enumerate(["chair", "secretary", "treasurer"]):
        per = rec.people[rk]
        lab = role_generic_fr(rk) if lang == "fr" else role(rk, "nl", per.gender, cap=True)
        tel = fmt_phone(per.phone, pst)
        lines = [per.name, per.street, pc_city(per), tel]
        if per.phone2 and rk != rec.contact_role:
            lines.append(fmt_phone(per.phone2, pst))
        lines.append(per.email)
        box(40 + i * bw, y, bw, 92, lab, lines, 7.5)
    y -= 108
    p.text(40, y, L["C"], "Helvetica-Bold", 9)
    y -= 5
    ct = rec.contact
    if lang == "fr":
        sent = "La personne à contacter pour ce dossier est %s." % role(rec.contact_role, "fr", ct.gender,
                                                                          article=True)
    else:
        sent = "Contactpersoon voor dit dossier: %s." % role(rec.contact_role, "nl", ct.gender, article=True)
    box(40, y, 515, 30, "", [sent])
    y -= 50
    p.text(40, y, L["D"], "Helvetica-Bold", 9)
    y -= 5
    box(40, y, 515, 28, L["loc"], [o["location"]])
    y -= 28
    nlines = len(simpleSplit(o["summary"], TF, 9, 507))
    h = 22 + nlines * 11
    box(40, y, 515, h, L["desc"], [o["summary"]])
    y -= h
    box(40, y, 515, 28, L["cal"], [L["cal_v"]])
    p.rtext(555, 40, L["cont"], "Helvetica-Bold", 8.5)
    p.page()
    # ---- page 2 ------------------------------------------------------------------------
    p.text(40, 810, L["p2"], "Helvetica", 8, GREY)
    y = 790
    p.text(40, y, L["E"], "Helvetica-Bold", 9)
    y -= 8
    rowh = 16

    def table(y, head, rows, total_label=None, total=None):
        p.rect(40, y - rowh, 515, rowh, lw=0.5, fill=(0.9, 0.9, 0.9))
        p.text(44, y - 11, head, "Helvetica-Bold", 8)
        y -= rowh
        for lab, a in rows:
            p.rect(40, y - rowh, 515, rowh, lw=0.3)
            p.text(44, y - 11, lab, TF, 8.5)
            p.rtext(550, y - 11, fmt_amount(a, amt), TF, 8.5)
            y -= rowh
        if total_label:
            p.rect(40, y - rowh, 515, rowh, lw=0.6)
            p.text(44, y - 11, total_label, "Helvetica-Bold", 8)
            p.rtext(550, y - 11, fmt_amount(total, amt), TF + "-Bold", 8.5)
            y -= rowh
        p.c.setLineWidth(0.3)
        return y

    y = table(y, L["dep"], b["expenses"])
    y -= 6
    p.text(44, y - 10, L["tot"], "Helvetica-Bold", 9)
    p.rtext(550, y - 10, fmt_amount(b["total"], amt), TF + "-Bold", 9.5)
    y -= 26
    others = list(b["income"])
    y = table(y, L["rec"], others, L["sub"], sum(a for _, a in others))
    y -= 6
    p.rect(40, y - 20, 515, 20, lw=1)
    p.text(44, y - 13, L["req"], "Helvetica-Bold", 9)
    p.rtext(550, y - 13, fmt_amount(b["requested"], amt), TF + "-Bold", 10)
    y -= 40
    p.para(40, y, 515, L["sess"] + ", ".join("%s %s" % (d, h) for d, h in zip(SESSIONS, SESSION_HOURS)),
           "Helvetica", 8, 10)
    y -= 36
    ch = rec.people["chair"]
    p.text(40, y, L["sign"], "Helvetica", 8.5)
    p.text(230, y, "%s  -  %s" % (ch.name, short_date(rec.date)), TF, 9)
    y -= 40
    p.rect(40, y - 60, 515, 70, lw=0.6, fill=(0.96, 0.96, 0.96))
    p.text(46, y, L["adm"], "Helvetica-Bold", 8)
    p.text(46, y - 14, "%s  -  %s, %s  -  %s  -  %s  -  %s" % (
        "Provincie West-Vlaanderen" if lang == "nl" else "Province de Flandre-Occidentale",
        PROV_STREET, PROV_PC_CITY, COORD_NAME, COORD_PHONE_MOBILE, COORD_EMAIL), "Helvetica", 7.5)
    p.text(46, y - 30, ("Ontvangen op: ....................     Volledig: ja / nee     Dossier: P2-2019-......"
                        if lang == "nl" else
                        "Reçu le : ....................     Complet : oui / non     Dossier : P2-2019-......"),
           "Helvetica", 7.5)
    p.text(46, y - 46, ("Bedrag toegekend: ....................  euro" if lang == "nl"
                        else "Montant accordé : ....................  euros"), "Helvetica", 7.5)
    p.page()
    return pdf.bytes()


# =====================================================================================
# T3: bilingual AcroForm (NL / FR labels stacked), answers in one language, two pages
# =====================================================================================
def render_T3(rec):
    lang = rec.lang
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = r.choice(["nat", "dots", "intl0"])
    amt = "lat_num"
    amt = "nl_num" if lang == "nl" else "fr_num"
    pdf = Pdf("Aanvraagformulier / Formulaire de demande", rec.sender.name)
    p = pdf

    def lab2(x, y, nl, fr, size=7.5):
        p.text(x, y + 6, nl, "Helvetica-Bold", size)
        p.text(x, y - 2.5, fr, "Helvetica-Oblique", size - 0.5, GREY)

    def fld(x, y, nl, fr, name, value, w, lw=110, size=8.5):
        lab2(x, y, nl, fr)
        p.field(name, x + lw, y - 3, w - lw, 15, value, size)

    p.text(40, 810, "Aanvraagformulier  /  Formulaire de demande", "Helvetica-Bold", 14)
    p.text(40, 795, "Partons 2.0  -  Maak werk van je buurt!  /  Appel à projets villages et quartiers",
           "Helvetica", 9)
    p.text(40, 783, "Vul in in het Nederlands of in het Frans  /  À remplir en français ou en néerlandais",
           "Helvetica-Oblique", 8, GREY)
    p.rtext(555, 810, "Interreg V", "Helvetica-Bold", 9)
    p.rtext(555, 799, "France-Wallonie-Vlaanderen", "Helvetica", 7.5)
    y = 760
    p.band(40, y, 515, 14, "1. Organisatie  /  Organisation", 9.5)
    y -= 24
    fld(40, y, "Naam", "Nom", "org_naam", o["org"], 515)
    y -= 24
    fld(40, y, "Adres (straat, nr.)", "Adresse (n°, rue)", "org_adres", o["street"], 515)
    y -= 24
    fld(40, y, "Postcode", "Code postal", "org_pc", o["pc"], 200)
    fld(250, y, "Gemeente", "Commune", "org_gemeente", o["city"], 305, 60)
    y -= 24
    fld(40, y, "Telefoon", "Téléphone", "org_tel", fmt_phone(o["phone"], pst), 250)
    fld(300, y, "E-mail", "Courriel", "org_mail", o["email"], 255, 50)
    y -= 24
    fld(40, y, "KBO / RNA", "BCE / RNA", "org_num", o.get("number") or "", 250)
    fld(300, y, "IBAN", "IBAN", "org_iban", o["iban"], 255, 50, 8)
    y -= 30
    p.band(40, y, 515, 14, "2. Bestuur  /  Bureau", 9.5)
    y -= 24
    blocks = [("chair", "Voorzitter", "Président(e)"), ("secretary", "Secretaris", "Secrétaire"),
              ("treasurer", "Penningmeester", "Trésorier(ère)")]
    for bi, (rk, nl, fr) in enumerate(blocks):
        per = rec.people[rk]
        lab2(40, y, nl, fr, 8.5)
        p.field("bestuur%d_naam" % (bi + 1), 150, y - 3, 200, 15, per.name, 8.5)
        lab2(360, y, "Telefoon", "Téléphone")
        p.field("bestuur%d_tel" % (bi + 1), 410, y - 3, 145, 15, fmt_phone(per.phone, pst), 8.5)
        y -= 20
        lab2(150, y, "E-mail", "Courriel")
        p.field("bestuur%d_mail" % (bi + 1), 200, y - 3, 150, 15, per.email, 8)
        lab2(360, y, "Adres", "Adresse")
        p.field("bestuur%d_adres" % (bi + 1), 410, y - 3, 145, 15, "%s, %s" % (per.street, pc_city(per)), 7)
        y -= 26
    y -= 4
    p.band(40, y, 515, 14, "3. Contactpersoon  /  Personne de contact", 9.5)
    y -= 26
    ct = rec.contact
    if rec.contact_role == "contact":
        val = ("zie hieronder" if lang == "nl" else "voir ci-dessous")
    else:
        val = role(rec.contact_role, lang, ct.gender, article=True)
    lab2(40, y, "De contactpersoon voor dit dossier is", "La personne de contact pour ce dossier est")
    p.field("contact_is", 230, y - 3, 325, 15, val, 9)
    y -= 26
    p.text(40, y + 4, "Andere contactpersoon (indien niet in het bestuur)  /  Autre personne de contact "
           "(si hors bureau)", "Helvetica", 7.5, GREY)
    y -= 20
    other = rec.contact_role == "contact"
    fld(40, y, "Naam", "Nom", "ander_naam", ct.name if other else "", 270, 60)
    fld(320, y, "Functie", "Fonction", "ander_functie",
        ("lid van de werkgroep" if lang == "nl" else "membre du conseil d'administration") if other else "",
        235, 55)
    y -= 24
    fld(40, y, "Adres", "Adresse", "ander_adres", ("%s, %s" % (ct.street, pc_city(ct))) if other else "",
        515, 60)
    y -= 24
    fld(40, y, "Telefoon", "Téléphone", "ander_tel", fmt_phone(ct.phone, pst) if other else "", 250, 60)
    fld(300, y, "E-mail", "Courriel", "ander_mail", ct.email if other else "", 255, 50)
    p.text(40, 30, "Partons 2.0  -  1/2", "Helvetica", 7, GREY)
    p.page()
    # ---- page 2 --------------------------------------------------------------------------
    y = 800
    p.band(40, y, 515, 14, "4. Project  /  Projet", 9.5)
    y -= 26
    fld(40, y, "Naam van het project", "Nom du projet", "project_naam", o["title"], 515, 110, 9)
    y -= 24
    fld(40, y, "Locatie", "Lieu", "project_locatie", o["location"], 515, 110, 8)
    y -= 22
    lab2(40, y, "Beschrijving", "Description")
    p.field("project_beschrijving", 150, y - 56, 405, 70, o["summary"], 8, multiline=True)
    y -= 84
    p.band(40, y, 515, 14, "5. Begroting  /  Budget (EUR)", 9.5)
    y -= 22
    lab2(40, y, "Uitgaven", "Dépenses", 8.5)
    lab2(300, y, "Inkomsten", "Recettes", 8.5)
    y -= 20
    call = "Partons 2.0 (Provincie West-Vlaanderen)" if lang == "nl" else "Partons 2.0 (Province de Fl.-Occ.)"
    inc = list(b["income"]) + [(call, b["requested"])]
    for i in range(max(len(inc), len(b["expenses"]))):
        if i < len(b["expenses"]):
            l, a = b["expenses"][i]
            p.field("uitg_%d" % i, 40, y, 175, 14, l, 7)
            p.field("uitg_bedrag_%d" % i, 218, y, 72, 14, fmt_amount(a, amt), 8)
        if i < len(inc):
            l, a = inc[i]
            p.field("ink_%d" % i, 300, y, 178, 14, l, 7)
            p.field("ink_bedrag_%d" % i, 481, y, 74, 14, fmt_amount(a, amt), 8)
        y -= 17
    lab2(150, y, "Totaal", "Total")
    p.field("uitg_totaal", 218, y - 3, 72, 14, fmt_amount(b["total"], amt), 8)
    lab2(420, y, "Totaal", "Total")
    p.field("ink_totaal", 481, y - 3, 74, 14, fmt_amount(b["total"], amt), 8)
    y -= 28
    lab2(40, y, "Gevraagd bedrag (max. 10 000 EUR)", "Montant demandé (max. 10 000 EUR)", 8.5)
    p.field("gevraagd", 218, y - 3, 72, 14, fmt_amount(b["requested"], amt), 8.5)
    y -= 34
    p.band(40, y, 515, 14, "6. Ondertekening  /  Signature", 9.5)
    y -= 26
    ch = rec.people["chair"]
    fld(40, y, "Naam", "Nom", "sign_naam", ch.name, 270, 60)
    fld(320, y, "Datum", "Date", "sign_datum", short_date(rec.date), 235, 45)
    y -= 30
    p.para(40, y, 515, "Begeleidingssessies / Séances d'accompagnement: " +
           " - ".join(SESSIONS) + ".  Contact: %s, %s, %s." % (COORD_NAME, COORD_EMAIL, COORD_PHONE_FIXED),
           "Helvetica", 7.5, 9, GREY)
    p.text(40, 30, "Partons 2.0  -  2/2", "Helvetica", 7, GREY)
    p.page()
    return pdf.bytes()


# =====================================================================================
# L2: letter, centred letterhead, seat address only in the footer, contact in the body
# =====================================================================================
def render_L2(rec):
    lang = rec.lang
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = "nat" if lang == "nl" else "dots"
    amt = r.choice(["nl_eur", "nl_dash"]) if lang == "nl" else "fr_eur2"
    ct = rec.contact
    pdf = Pdf("Brief" if lang == "nl" else "Lettre", rec.sender.name)
    p = pdf
    if o["org"]:
        p.ctext(W / 2, 800, o["org"], "Helvetica-Bold", 15)
        tag = o["legal"] if o["legal"] else ""
        p.ctext(W / 2, 786, tag, "Helvetica-Oblique", 9)
        p.hline(150, 445, 778, 0.6)
        # footer with the seat
        p.hline(50, 545, 62, 0.5)
        bits = ["%s %s, %s %s" % ("Zetel:" if lang == "nl" else "Siège :", o["street"], o["pc"], o["city"]),
                ("tel. " if lang == "nl" else "tél. ") + fmt_phone(o["phone"], pst), o["email"]]
        p.ctext(W / 2, 50, "  |  ".join(bits), "Helvetica", 7.5)
        bits2 = []
        if o.get("number"):
            bits2.append(("KBO " if rec.country == "BE" else "RNA ") + o["number"])
        bits2.append("IBAN " + o["iban"])
        p.ctext(W / 2, 40, "  |  ".join(bits2), "Helvetica", 7.5)
    else:
        p.text(50, 800, ct.name, "Helvetica-Bold", 12)
        p.text(50, 787, o["street"], "Helvetica", 9)
        p.text(50, 776, "%s %s" % (o["pc"], o["city"]), "Helvetica", 9)
        p.rtext(545, 800, fmt_phone(ct.phone, pst), "Helvetica", 9)
        p.rtext(545, 788, ct.email, "Helvetica", 9)
    y = 740
    addr = (["Provincie West-Vlaanderen", "Gebiedswerking Westhoek", "Dhr. %s, projectcoördinator Partons 2.0"
             % COORD_NAME, PROV_STREET, PROV_PC_CITY] if lang == "nl" else
            ["Province de Flandre-Occidentale", "M. %s, coordinateur Partons 2.0" % COORD_NAME, PROV_STREET,
             "%s (Belgique)" % PROV_PC_CITY])
    for s in addr:
        p.text(50, y, s, "Helvetica", 9.5)
        y -= 12.5
    y -= 16
    p.text(50, y, "%s, %s" % (o["city"], long_date(rec.date, lang)), "Helvetica", 9.5)
    y -= 28
    subj = ("Projectidee: %s" if lang == "nl" else "Projet : %s") % o["title"]
    y = p.para(50, y, 495, subj, "Helvetica-Bold", 10.5, 13)
    y -= 12
    if lang == "nl":
        sal = "Beste heer Polin"
        intro = ("Graag stellen wij ons idee voor in het kader van de oproep 'Maak werk van je buurt!'. "
                 if o["org"] else
                 "Graag stel ik een idee voor in het kader van de oproep 'Maak werk van je buurt!'. ") + o["summary"]
        where = "Waar? %s." % o["location"]
    else:
        sal = "Monsieur Polin,"
        intro = "Nous souhaitons vous présenter notre projet pour l'appel Partons 2.0. " + o["summary"]
        where = "Lieu : %s." % o["location"]
    p.text(50, y, sal + ("," if lang == "nl" else ""), "Helvetica", 9.5)
    y -= 18
    y = p.para(50, y, 495, intro, "Helvetica", 9.5, 12.5) - 6
    y = p.para(50, y, 495, where, "Helvetica", 9.5, 12.5) - 6
    if "total_budget" in rec.nulls:
        y = p.para(50, y, 495, "Voor de verlichting en de kramen vragen wij een steun van %s. De overige kosten "
                   "(promotie, muziek) nemen de handelaars zelf voor hun rekening." % fmt_amount(b["requested"], amt),
                   "Helvetica", 9.5, 12.5) - 6
    else:
        y = p.para(50, y, 495, "Onze raming:" if lang == "nl" else "Notre estimation :", "Helvetica", 9.5,
                   12.5) - 2
        for l, a in b["expenses"]:
            p.text(70, y, "- " + l, "Helvetica", 9)
            p.rtext(400, y, fmt_amount(a, amt), "Helvetica", 9)
            y -= 12
        p.hline(300, 400, y + 8, 0.4)
        p.text(70, y, "Totaal" if lang == "nl" else "Total", "Helvetica-Bold", 9)
        p.rtext(400, y, fmt_amount(b["total"], amt), "Helvetica-Bold", 9)
        y -= 12
        for l, a in b["income"]:
            p.text(70, y, ("waarvan " if lang == "nl" else "dont ") + lc_first(l), "Helvetica-Oblique", 9)
            p.rtext(400, y, fmt_amount(a, amt), "Helvetica-Oblique", 9)
            y -= 12
        p.text(70, y, "Gevraagd aan de provincie" if lang == "nl" else "Demandé à la Province",
               "Helvetica-Bold", 9)
        p.rtext(400, y, fmt_amount(b["requested"], amt), "Helvetica-Bold", 9)
        y -= 18
    if o["org"]:
        if lang == "nl":
            txt = ("Het dossier wordt opgevolgd door onze %s, %s. U kunt %s bereiken op %s of via %s."
                   % (role(rec.contact_role, "nl", ct.gender), ct.name, "haar" if ct.gender == "f" else "hem",
                      fmt_phone(ct.phone, pst), ct.email))
        else:
            txt = ("Merci d'adresser toute correspondance à %s, %s (%s, %s) : tél. %s, courriel %s."
                   % (role(rec.contact_role, "fr", ct.gender, article=True), ct.name, ct.street, pc_city(ct),
                      fmt_phone(ct.phone, pst), ct.email))
    else:
        nb = rec.people["neighbour"]
        txt = ("U kunt mij bereiken via de gegevens bovenaan. Mijn buur%s %s (%s) helpt mee met de "
               "praktische organisatie." % ("vrouw" if nb.gender == "f" else "man", nb.name,
                                            fmt_phone(nb.phone, pst)))
    y = p.para(50, y, 495, txt, "Helvetica", 9.5, 12.5) - 6
    y = p.para(50, y, 495, ("We zijn vrij op de data van de begeleidingssessies (eerste sessie 26/09/2019)."
                            if lang == "nl" else
                            "Nous sommes disponibles aux dates des séances d'accompagnement (première séance "
                            "le 26/09/2019)."), "Helvetica", 9.5, 12.5) - 10
    y = p.para(50, y, 495, "Met vriendelijke groet," if lang == "nl" else
               "Avec nos remerciements, veuillez recevoir nos salutations les meilleures.", "Helvetica", 9.5,
               12.5) - 30
    if o["org"]:
        ch = rec.people["chair"]
        p.text(50, y, ch.name, "Helvetica-Bold", 9.5)
        p.text(50, y - 12, role("chair", lang, ch.gender, cap=True) + " - " + o["org"], "Helvetica", 9)
        p.text(50, y - 24, fmt_phone(ch.phone, pst) + "  -  " + ch.email, "Helvetica", 8.5)
        if rec.contact_role != "chair":
            x = 320
            p.text(x, y, ct.name, "Helvetica-Bold", 9.5)
            p.text(x, y - 12, role(rec.contact_role, lang, ct.gender, cap=True), "Helvetica", 9)
    else:
        p.text(50, y, ct.name, "Helvetica-Bold", 9.5)
    p.page()
    return pdf.bytes()
