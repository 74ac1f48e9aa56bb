# -*- coding: utf-8 -*-
"""PDF designs of the dev half: D1 (fillable AcroForm), D2 (printed bilingual two-column form),
D3 (printed two-page form) and L1 (letter)."""
import random

from common import (fmt_amount, fmt_phone, COORD_EMAIL, COORD_NAME, COORD_PHONE_FIXED, COORD_PHONE_MOBILE,
                    PROV_STREET, PROV_PC_CITY, SESSIONS, SESSION_HOURS)
from pdfkit import Pdf, W, H
from texts import role, role_generic_fr, long_date, short_date, pc_city, lc_first, civ

GREY = (0.35, 0.35, 0.35)


def _other_income(rec):
    return rec.budget["income"][1:]


# =====================================================================================
# D1: fillable AcroForm, every person in a block with a 'contact for this file' box
# =====================================================================================
D1L = {
    "nl": dict(prov="Provincie West-Vlaanderen", sub="Interreg V  Partons 2.0  -  gebiedswerking Westhoek",
               admin="Voorbehouden aan de administratie", adm1="Dossiernr.:", adm2="Ontvangen op:",
               adm3="Behandeld door: " + COORD_NAME,
               title="AANVRAAGFORMULIER PROJECTIDEE",
               subtitle="Projectenoproep 'Maak werk van je buurt!' 2019  -  maximaal 10 000 euro per project",
               instr=("Vul dit formulier digitaal in en mail het vóór 16 juni 2019 naar %s of stuur het per "
                      "post naar Provincie West-Vlaanderen, t.a.v. %s, %s, %s. Vragen? Bel %s. Noteer bedragen "
                      "zonder euroteken, bv. 2.500,00." % (COORD_EMAIL, COORD_NAME, PROV_STREET, PROV_PC_CITY,
                                                           COORD_PHONE_FIXED)),
               s1="1. Gegevens van de organisatie", org="Naam van de organisatie", legal="Rechtsvorm",
               num="Ondernemingsnummer", numfr="Ondernemingsnummer", street="Adres zetel (straat en nummer)",
               pc="Postcode", city="Gemeente", tel="Telefoon", mail="E-mail", iban="Rekeningnummer (IBAN)",
               s2="2. Bestuur en contactpersonen",
               instr2=("Vul per persoon een blok in. Kruis bij één persoon aan dat hij of zij de "
                       "contactpersoon voor dit dossier is."),
               name="Naam", addr="Adres", pcc="Postcode en gemeente", gsm="Telefoon / GSM", pmail="E-mail",
               iscontact="Contactpersoon voor dit dossier",
               s3="3. Het project", ptitle="Titel van het project", loc="Locatie van het project",
               desc="Korte omschrijving", vol="Aantal betrokken vrijwilligers", timing="Timing",
               timing_v="september 2019 - juni 2020",
               s4="4. Financieel overzicht (in euro)", exp="Uitgavenpost", amt="Bedrag",
               tot="Totale kostprijs van het project", own="Eigen inbreng",
               other="Andere financiering (wie en hoeveel)", req="Gevraagd bedrag (max. 10.000,00)",
               s5="5. Engagement en ondertekening",
               engage="Wij nemen deel aan de begeleidingssessies van Partons 2.0 (%s)." % ", ".join(SESSIONS),
               place="Opgemaakt te", on="op", signer="Naam ondertekenaar", func="Functie",
               foot="Aanvraagformulier Maak werk van je buurt! 2019  -  blz. %d/2"),
    "fr": dict(prov="Province de Flandre-Occidentale", sub="Interreg V  Partons 2.0  -  Westhoek / Nord",
               admin="Cadre réservé à l'administration", adm1="N° de dossier :", adm2="Reçu le :",
               adm3="Suivi par : " + COORD_NAME,
               title="FORMULAIRE DE CANDIDATURE",
               subtitle="Appel à projets transfrontalier Partons 2.0 - 2019  -  aide de 10 000 euros maximum",
               instr=("Complétez ce formulaire et renvoyez-le avant le 16 juin 2019 à %s ou par courrier à la "
                      "Province de Flandre-Occidentale, à l'attention de %s, %s, %s. Questions : %s. "
                      "Indiquez les montants sans le signe euro, ex. 2 500,00." % (
                          COORD_EMAIL, COORD_NAME, PROV_STREET, PROV_PC_CITY, COORD_PHONE_MOBILE)),
               s1="1. Identification de la structure", org="Nom de la structure", legal="Statut juridique",
               num="N° RNA / SIRET", numfr="N° RNA / SIRET", street="Adresse du siège (n° et rue)",
               pc="Code postal", city="Commune", tel="Téléphone", mail="Courriel", iban="IBAN",
               s2="2. Bureau et personnes de contact",
               instr2=("Remplissez un cadre par personne et cochez, pour une seule personne, la case "
                       "« personne à contacter pour ce dossier »."),
               name="Nom, prénom", addr="Adresse", pcc="Code postal et commune", gsm="Téléphone",
               pmail="Courriel", iscontact="Personne à contacter pour ce dossier",
               s3="3. Le projet", ptitle="Intitulé du projet", loc="Lieu de réalisation",
               desc="Description succincte", vol="Nombre de bénévoles impliqués", timing="Calendrier",
               timing_v="septembre 2019 - juin 2020",
               s4="4. Budget prévisionnel (en euros)", exp="Poste de dépense", amt="Montant",
               tot="Coût total du projet", own="Autofinancement",
               other="Autres financements (origine et montant)", req="Montant sollicité (max. 10 000,00)",
               s5="5. Engagement et signature",
               engage="Nous participerons aux séances d'accompagnement Partons 2.0 (%s)." % ", ".join(SESSIONS),
               place="Fait à", on="le", signer="Nom du signataire", func="Qualité",
               foot="Formulaire de candidature Partons 2.0 - 2019  -  page %d/2"),
}


def render_D1(rec):
    lang = rec.lang
    L = D1L[lang]
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    amt_style = "nl_num" if lang == "nl" else "fr_num"
    pst = r.choice(["nat", "slash", "dots"]) if rec.country == "BE" else r.choice(["nat", "dots"])
    pdf = Pdf(L["title"], rec.sender.name)
    p = pdf
    # ---- page 1 -----------------------------------------------------------------
    p.text(40, 805, L["prov"], "Helvetica-Bold", 12)
    p.text(40, 792, L["sub"], "Helvetica", 8, GREY)
    p.text(40, 781, "%s - %s - %s - %s" % (PROV_STREET, PROV_PC_CITY, COORD_EMAIL, COORD_PHONE_FIXED),
           "Helvetica", 7, GREY)
    p.rect(390, 752, 165, 62, lw=0.5)
    p.text(395, 803, L["admin"], "Helvetica-Bold", 7)
    p.text(395, 789, L["adm1"] + " ....................", "Helvetica", 7)
    p.text(395, 776, L["adm2"] + " ..... / ..... / 2019", "Helvetica", 7)
    p.text(395, 763, L["adm3"], "Helvetica", 7)
    p.text(40, 728, L["title"], "Helvetica-Bold", 15)
    p.text(40, 713, L["subtitle"], "Helvetica", 9)
    y = p.para(40, 698, 515, L["instr"], "Helvetica-Oblique", 7.5, 9.5, GREY)
    y -= 6
    p.band(40, y - 14, 515, 15, L["s1"])
    y -= 34
    lx, fx, fw = 40, 200, 355

    def row(label, name, value, x=fx, w=fw, lab_x=lx):
        p.text(lab_x, y + 4, label, "Helvetica", 8)
        p.field(name, x, y, w, 14, value, 8.5)

    row(L["org"], "org_naam", o["org"])
    y -= 19
    row(L["legal"], "org_vorm", o["legal"])
    y -= 19
    num = o.get("number") or ""
    if rec.country == "FR" and o.get("siret"):
        num = "%s / SIRET %s" % (num, o["siret"])
    row(L["num"], "org_nummer", num)
    y -= 19
    row(L["street"], "zetel_adres", o["street"])
    y -= 19
    p.text(lx, y + 4, L["pc"] + " / " + L["city"], "Helvetica", 8)
    p.field("zetel_postcode", fx, y, 60, 14, o["pc"], 8.5)
    p.field("zetel_gemeente", fx + 70, y, fw - 70, 14, o["city"], 8.5)
    y -= 19
    p.text(lx, y + 4, L["tel"] + " / " + L["mail"], "Helvetica", 8)
    p.field("org_tel", fx, y, 120, 14, fmt_phone(o["phone"], pst), 8.5)
    p.field("org_mail", fx + 130, y, fw - 130, 14, o["email"], 8.5)
    y -= 19
    row(L["iban"], "org_iban", o["iban"])
    y -= 24
    p.band(40, y - 4, 515, 15, L["s2"])
    y -= 18
    y = p.para(40, y, 515, L["instr2"], "Helvetica-Oblique", 7.5, 9.5, GREY)
    y -= 4
    roles = ["chair", "secretary", "treasurer", "projectleader"]
    if rec.contact_role == "contact":
        roles = ["chair", "secretary", "treasurer", "contact"]
    top = y
    bw, bh = 255, 118
    for i, rk in enumerate(roles):
        per = rec.people[rk]
        bx = 40 if i % 2 == 0 else 300
        by = top - (i // 2) * (bh + 8) - bh
        p.rect(bx, by, bw, bh, lw=0.5)
        title = (role(rk, "nl", per.gender, cap=True) if lang == "nl" else role_generic_fr(rk))
        p.text(bx + 5, by + bh - 12, title, "Helvetica-Bold", 9)
        yy = by + bh - 30
        tel = fmt_phone(per.phone, pst)
        if per.phone2 and rk != rec.contact_role:
            tel = "%s / %s" % (fmt_phone(per.phone2, pst), tel)
        vals = [(L["name"], per.name), (L["addr"], per.street), (L["pcc"], pc_city(per)), (L["gsm"], tel),
                (L["pmail"], per.email)]
        for j, (lab, val) in enumerate(vals):
            p.text(bx + 5, yy + 3.5, lab, "Helvetica", 7)
            p.field("%s%d_%s" % ("blok" if lang == "nl" else "cadre", i + 1, "abcde"[j]), bx + 85, yy, bw - 92,
                    13, val, 8)
            yy -= 16
        p.checkbox(("Selectievakje%d" if lang == "nl" else "Case%d") % (i + 1), bx + 5, yy + 1,
                   rk == rec.contact_role, size=9)
        p.text(bx + 18, yy + 3, L["iscontact"], "Helvetica", 7.5)
    p.text(40, 30, L["foot"] % 1, "Helvetica", 7, GREY)
    p.page()
    # ---- page 2 -----------------------------------------------------------------
    y = 800
    p.band(40, y - 4, 515, 15, L["s3"])
    y -= 26
    p.text(lx, y + 4, L["ptitle"], "Helvetica", 8)
    p.field("project_titel", fx, y, fw, 14, o["title"], 8.5)
    y -= 19
    p.text(lx, y + 4, L["loc"], "Helvetica", 8)
    p.field("project_locatie", fx, y, fw, 14, o["location"], 8)
    y -= 19
    p.text(lx, y + 4, L["desc"], "Helvetica", 8)
    p.field("project_omschrijving", fx, y - 52, fw, 66, o["summary"], 8, multiline=True)
    y -= 71
    p.text(lx, y + 4, L["vol"], "Helvetica", 8)
    p.field("project_vrijwilligers", fx, y, 60, 14, str(o["volunteers"]), 8.5)
    p.text(fx + 80, y + 4, L["timing"], "Helvetica", 8)
    p.field("project_timing", fx + 140, y, fw - 140, 14, L["timing_v"], 8.5)
    y -= 26
    p.band(40, y - 4, 515, 15, L["s4"])
    y -= 22
    p.text(lx, y, L["exp"], "Helvetica-Bold", 8)
    p.text(440, y, L["amt"], "Helvetica-Bold", 8)
    y -= 18
    for i in range(6):
        lab, a = b["expenses"][i] if i < len(b["expenses"]) else ("", None)
        p.field("uitgave_%d" % (i + 1), lx, y, 390, 14, lab, 8)
        p.field("bedrag_%d" % (i + 1), 440, y, 115, 14, fmt_amount(a, amt_style) if a is not None else "", 8.5)
        y -= 17
    y -= 4
    p.text(lx, y + 4, L["tot"], "Helvetica-Bold", 8)
    p.field("totaal", 440, y, 115, 14, fmt_amount(b["total"], amt_style), 8.5)
    y -= 19
    p.text(lx, y + 4, L["own"], "Helvetica", 8)
    p.field("eigen_inbreng", 440, y, 115, 14, fmt_amount(b["own"], amt_style), 8.5)
    y -= 19
    other = "; ".join("%s: %s" % (l, fmt_amount(a, amt_style)) for l, a in _other_income(rec))
    p.text(lx, y + 4, L["other"], "Helvetica", 8)
    p.field("andere_financiering", fx, y, fw, 14, other, 7.5)
    y -= 19
    p.text(lx, y + 4, L["req"], "Helvetica-Bold", 8)
    p.field("gevraagd_bedrag", 440, y, 115, 14, fmt_amount(b["requested"], amt_style), 8.5)
    y -= 28
    p.band(40, y - 4, 515, 15, L["s5"])
    y -= 24
    p.checkbox("engagement", 40, y, True, size=9)
    p.para(54, y + 2, 500, L["engage"], "Helvetica", 7.5, 9)
    y -= 28
    p.text(lx, y + 4, L["place"], "Helvetica", 8)
    p.field("plaats", 110, y, 150, 14, o["city"], 8.5)
    p.text(270, y + 4, L["on"], "Helvetica", 8)
    p.field("datum", 290, y, 100, 14, short_date(rec.date), 8.5)
    y -= 19
    ch = rec.people["chair"]
    p.text(lx, y + 4, L["signer"], "Helvetica", 8)
    p.field("ondertekenaar", 140, y, 200, 14, ch.name, 8.5)
    p.text(350, y + 4, L["func"], "Helvetica", 8)
    p.field("functie", 390, y, 165, 14, role("chair", lang, ch.gender), 8.5)
    p.text(40, 30, L["foot"] % 2, "Helvetica", 7, GREY)
    p.page()
    return pdf.bytes()


# =====================================================================================
# D2: printed bilingual two-column form (NL left, FR right), answers typed in one column
# =====================================================================================
def render_D2(rec):
    lang = rec.lang
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = "slash" if rec.country == "BE" else "dots"
    amt_style = "nl_eur" if lang == "nl" else "fr_eur2"
    pdf = Pdf("Projectfiche - Fiche projet", rec.sender.name)
    p = pdf
    TF = "Courier"
    p.ctext(W / 2, 808, "Maak werk van je buurt!   |   Partons 2.0", "Helvetica-Bold", 13)
    p.ctext(W / 2, 792, "Projectfiche  -  Fiche projet", "Helvetica", 11)
    p.ctext(W / 2, 779, "Provincie West-Vlaanderen  -  Province de Flandre-Occidentale  -  %s, %s"
            % (PROV_STREET, PROV_PC_CITY), "Helvetica", 7.5)
    p.ctext(W / 2, 769, "Indienen vóór 16 juni 2019  -  À renvoyer avant le 16 juin 2019  -  %s" % COORD_EMAIL,
            "Helvetica", 7.5)
    y = 745
    p.text(40, y, "Project / Projet :", "Helvetica-Bold", 10)
    p.fit(140, y, o["title"], 415, TF + "-Bold", 10.5)
    p.hline(138, 555, y - 3)
    y -= 20
    p.text(40, y, "NEDERLANDS", "Helvetica-Bold", 7, GREY)
    p.text(305, y, "FRANÇAIS", "Helvetica-Bold", 7, GREY)
    p.text(120, y, "Vul in in één taal.", "Helvetica-Oblique", 7, GREY)
    p.text(370, y, "Remplir dans une seule langue.", "Helvetica-Oblique", 7, GREY)
    p.c.setLineWidth(0.4)
    p.c.line(297, 80, 297, y + 8)
    y -= 16
    colx = 40 if lang == "nl" else 305
    colw = 250

    def person_lines(per, rk):
        tel = fmt_phone(per.phone, pst)
        if per.phone2 and rk != rec.contact_role:
            tel = (("tel. %s  gsm %s" if lang == "nl" else "tél. %s  port. %s")
                   % (fmt_phone(per.phone2, pst), tel))
        return [per.name, per.street, pc_city(per), tel, per.email]

    num = o.get("number") or ""
    legal = o["legal"] + ((" - " + num) if num else "")
    ct = rec.contact
    items = [
        ("1. Aanvragende organisatie", "1. Organisation demanderesse", [o["org"]]),
        ("Rechtsvorm en ondernemingsnummer", "Forme juridique et n° RNA / d'entreprise", [legal]),
        ("Adres van de zetel", "Adresse du siège", [o["street"], "%s %s" % (o["pc"], o["city"])]),
        ("Telefoon en e-mail van de organisatie", "Téléphone et courriel de l'organisation",
         [fmt_phone(o["phone"], pst), o["email"]]),
        ("2. Voorzitter (naam, adres, telefoon, e-mail)", "2. Président(e) (nom, adresse, tél., courriel)",
         person_lines(rec.people["chair"], "chair")),
        ("3. Secretaris", "3. Secrétaire", person_lines(rec.people["secretary"], "secretary")),
        ("4. Penningmeester", "4. Trésorier(ère)", person_lines(rec.people["treasurer"], "treasurer")),
        ("5. Contactpersoon voor dit dossier (naam of functie)",
         "5. Personne de contact pour ce dossier (nom ou fonction)",
         [role(rec.contact_role, lang, ct.gender, article=True)]),
        ("6. Plaats van het project", "6. Lieu du projet", [o["location"]]),
    ]
    from reportlab.lib.utils import simpleSplit

    def draw_item(y, nl, fr, vals, page_min=90):
        p.text(40, y, nl, "Helvetica-Bold", 8)
        p.text(305, y, fr, "Helvetica-Bold", 8)
        y -= 12
        lines = []
        for v in vals:
            lines.extend(simpleSplit(v, TF, 9, colw - 4) or [""])
        for ln in lines:
            p.text(colx + 2, y, ln, TF, 9)
            p.hline(40, 290, y - 2.5, 0.25, dash=(1, 2))
            p.hline(305, 555, y - 2.5, 0.25, dash=(1, 2))
            y -= 11.5
        return y - 6

    for nl, fr, vals in items:
        y = draw_item(y, nl, fr, vals)
    y = draw_item(y, "7. Korte omschrijving", "7. Description succincte", [o["summary"]])
    p.text(40, 40, "Projectfiche / Fiche projet  -  1/2  -  zie ommezijde / voir au verso", "Helvetica", 7, GREY)
    p.page()
    # ---- page 2: budget ------------------------------------------------------------
    y = 805
    p.text(40, y, "Project / Projet :", "Helvetica-Bold", 9)
    p.text(140, y, "(vervolg / suite)", "Helvetica-Oblique", 8, GREY)
    y -= 22
    p.text(40, y, "8. Begroting  -  Budget", "Helvetica-Bold", 10)
    p.text(300, y, "Maximale steun / Aide maximale : 10 000 €", "Helvetica", 8, GREY)
    y -= 8
    cols = [40, 210, 297, 467, 555]
    rowh = 15
    n = max(len(b["expenses"]), len(b["income"]) + 1)
    heads = ["Uitgaven / Dépenses", "Bedrag / Montant", "Inkomsten / Recettes", "Bedrag / Montant"]
    y -= rowh
    p.rect(40, y, 515, rowh, lw=0.5, fill=(0.9, 0.9, 0.9))
    for i, h in enumerate(heads):
        p.text(cols[i] + 3, y + 4.5, h, "Helvetica-Bold", 7.5)
    call_label = ("Provincie West-Vlaanderen - Maak werk van je buurt" if lang == "nl"
                  else "Partons 2.0 (Province de Flandre-Occ.)")
    inc = list(b["income"]) + [(call_label, b["requested"])]
    for i in range(n):
        y -= rowh
        p.rect(40, y, 515, rowh, lw=0.3)
        if i < len(b["expenses"]):
            lab, a = b["expenses"][i]
            p.fit(cols[0] + 3, y + 4.5, lab, 165, TF, 7.5)
            p.rtext(cols[2] - 4, y + 4.5, fmt_amount(a, amt_style), TF, 8)
        if i < len(inc):
            lab, a = inc[i]
            p.fit(cols[2] + 3, y + 4.5, lab, 165, TF, 7.5)
            p.rtext(cols[4] - 4, y + 4.5, fmt_amount(a, amt_style), TF, 8)
    y -= rowh
    p.rect(40, y, 515, rowh, lw=0.6, fill=(0.95, 0.95, 0.95))
    p.text(cols[0] + 3, y + 4.5, "Totaal / Total", "Helvetica-Bold", 8)
    p.text(cols[2] + 3, y + 4.5, "Totaal / Total", "Helvetica-Bold", 8)
    p.rtext(cols[2] - 4, y + 4.5, fmt_amount(b["total"], amt_style), TF + "-Bold", 8)
    p.rtext(cols[4] - 4, y + 4.5, fmt_amount(b["total"], amt_style), TF + "-Bold", 8)
    for cx in cols[1:4]:
        p.c.setLineWidth(0.3)
        p.c.line(cx, y, cx, y + rowh * (n + 2))
    y -= 30
    p.text(40, y, "9. Begeleiding  -  Accompagnement", "Helvetica-Bold", 10)
    y -= 14
    y = p.para(40, y, 515, "Geselecteerde projecten nemen deel aan de sessies / Les projets retenus participent "
               "aux séances : " + "; ".join("%s (%s)" % (s, h) for s, h in zip(SESSIONS, SESSION_HOURS)),
               "Helvetica", 8, 10)
    y -= 4
    p.tick(40, y - 1, True)
    p.text(54, y, "Akkoord / D'accord", "Helvetica", 8)
    y -= 30
    p.text(40, y, "10. Handtekening  -  Signature", "Helvetica-Bold", 10)
    y -= 16
    ch = rec.people["chair"]
    p.text(40, y, "Naam / Nom :", "Helvetica", 8)
    p.text(120, y, "%s (%s)" % (ch.name, role("chair", lang, ch.gender)), TF, 9)
    y -= 14
    p.text(40, y, "Datum / Date :", "Helvetica", 8)
    p.text(120, y, short_date(rec.date), TF, 9)
    p.text(300, y, "Plaats / Lieu :", "Helvetica", 8)
    p.text(370, y, o["city"], TF, 9)
    y -= 40
    p.rect(40, y - 50, 515, 62, lw=0.5)
    p.text(46, y, "Voorbehouden aan de provincie  -  Réservé à la Province", "Helvetica-Bold", 8)
    p.text(46, y - 14, "Ontvangen op / Reçu le : ..... / ..... / 2019", "Helvetica", 8)
    p.text(300, y - 14, "Dossiernummer / N° : P2-WH-2019-.....", "Helvetica", 8)
    p.text(46, y - 28, "Opvolging / Suivi : %s  -  %s  -  %s" % (COORD_NAME, COORD_PHONE_MOBILE, COORD_EMAIL),
           "Helvetica", 8)
    p.text(46, y - 42, "Beslissing stuurgroep / Décision du comité : ........................................",
           "Helvetica", 8)
    p.text(40, 40, "Projectfiche / Fiche projet  -  2/2", "Helvetica", 7, GREY)
    p.page()
    return pdf.bytes()


# =====================================================================================
# D3: printed two-page form, typed answers in Times, separate contact block
# =====================================================================================
D3L = {
    "nl": dict(head="Aanvraag projectsteun", call="oproep 'Maak werk van je buurt!' 2019",
               dl="Uiterste indiendatum: 16 juni 2019", pg="blz. %d/2",
               A="A. Aanvrager", org="Naam vereniging", legal="Juridisch statuut", num="Registratienummer",
               st="Zetel - straat en nummer", pcc="Zetel - postcode en gemeente", tel="Telefoon zetel",
               mail="E-mail algemeen", iban="Bankrekening (IBAN)",
               B="B. Bestuur", func="Functie", name="Naam", ptel="Telefoon", pmail="E-mail",
               C="C. Contactpersoon voor dit dossier",
               Cnote="(persoon die wij contacteren over deze aanvraag; indien verschillend van de voorzitter)",
               cf="Functie in de vereniging", cst="Adres (straat en nummer)", cpc="Postcode en gemeente",
               cgsm="GSM", cmail="E-mail",
               cont="Zie vervolg op blz. 2",
               vervolg="Aanvraag projectsteun - vervolg",
               D="D. Project", title="Titel", loc="Plaats", desc="Omschrijving", vol="Betrokken vrijwilligers",
               plan="Planning", plan_v="van september 2019 tot juni 2020",
               E="E. Begroting", post="Uitgavenpost", amt="Bedrag", totexp="Totaal uitgaven",
               own="Eigen inbreng", other="Andere financiering", req="Gevraagd bedrag Partons 2.0 (max. 10 000 euro)",
               F="F. Ondertekening", sign="Voor akkoord,", adm="Kader voorbehouden aan de provincie",
               adm2="Ontvangstdatum: ............   Dossiernummer: ............   Beslissing stuurgroep: ............",
               other_member="bestuurslid"),
    "fr": dict(head="Demande de soutien", call="appel à projets « Partons 2.0 » 2019",
               dl="Date limite de dépôt : 16 juin 2019", pg="page %d/2",
               A="A. Porteur du projet", org="Nom de l'association", legal="Statut juridique",
               num="N° RNA", st="Siège - numéro et rue", pcc="Siège - code postal et commune",
               tel="Téléphone du siège", mail="Courriel général", iban="Compte bancaire (IBAN)",
               B="B. Bureau", func="Fonction", name="Nom", ptel="Téléphone", pmail="Courriel",
               C="C. Personne à contacter pour ce dossier",
               Cnote="(personne que nous contacterons au sujet de la demande, si autre que le président)",
               cf="Fonction dans l'association", cst="Adresse (n° et rue)", cpc="Code postal et commune",
               cgsm="Portable", cmail="Courriel",
               cont="Suite page 2",
               vervolg="Demande de soutien - suite",
               D="D. Projet", title="Intitulé", loc="Lieu", desc="Description", vol="Bénévoles impliqués",
               plan="Calendrier", plan_v="de septembre 2019 à juin 2020",
               E="E. Budget", post="Poste de dépense", amt="Montant", totexp="Total des dépenses",
               own="Autofinancement", other="Autres financements",
               req="Montant demandé à Partons 2.0 (max. 10 000 euros)",
               F="F. Signature", sign="Bon pour accord,", adm="Cadre réservé à la Province",
               adm2="Date de réception : ............   N° de dossier : ............   Décision : ............",
               other_member="membre du bureau"),
}


def render_D3(rec):
    lang = rec.lang
    L = D3L[lang]
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = r.choice(["nat", "intl"])
    amt_style = "nl_euro" if lang == "nl" else "fr_eur"
    TF = "Times-Roman"
    pdf = Pdf(L["head"], rec.sender.name)
    p = pdf
    p.text(40, 805, "PARTONS 2.0", "Helvetica-Bold", 16)
    p.text(40, 793, "Interreg V France-Wallonie-Vlaanderen", "Helvetica", 8, GREY)
    for i, s in enumerate(["Provincie West-Vlaanderen", PROV_STREET, PROV_PC_CITY, "T " + COORD_PHONE_FIXED]):
        p.rtext(555, 808 - i * 10, s, "Helvetica", 7.5)
    p.hline(40, 555, 765, 1)
    p.text(40, 745, "%s - %s" % (L["head"], L["call"]), "Helvetica-Bold", 12)
    p.text(40, 731, L["dl"], "Helvetica", 8)
    p.rtext(555, 731, L["pg"] % 1, "Helvetica", 8)
    y = 705

    def line(label, value, y, lw=150):
        p.text(40, y, label, "Helvetica", 8.5)
        p.fit(40 + lw + 5, y, value, 555 - 45 - lw, TF, 10.5)
        p.hline(40 + lw, 555, y - 3, 0.3, dash=(1, 2))
        return y - 17

    p.band(40, y - 4, 515, 15, L["A"])
    y -= 22
    num = o.get("number") or "-"
    y = line(L["org"], o["org"], y)
    y = line(L["legal"], o["legal"], y)
    y = line(L["num"], num, y)
    y = line(L["st"], o["street"], y)
    y = line(L["pcc"], "%s %s" % (o["pc"], o["city"]), y)
    y = line(L["tel"], fmt_phone(o["phone"], pst), y)
    y = line(L["mail"], o["email"], y)
    y = line(L["iban"], o["iban"], y)
    y -= 8
    p.band(40, y - 4, 515, 15, L["B"])
    y -= 22
    cols = [40, 140, 270, 380, 555]
    p.rect(40, y - 4, 515, 15, lw=0.4, fill=(0.92, 0.92, 0.92))
    for i, h in enumerate([L["func"], L["name"], L["ptel"], L["pmail"]]):
        p.text(cols[i] + 3, y + 1, h, "Helvetica-Bold", 8)
    for rk in ["chair", "secretary", "treasurer"]:
        per = rec.people[rk]
        y -= 16
        p.rect(40, y - 4, 515, 16, lw=0.3)
        fn = role(rk, "nl", per.gender) if lang == "nl" else role_generic_fr(rk)
        p.text(cols[0] + 3, y + 1, fn, "Helvetica", 8)
        p.fit(cols[1] + 3, y + 1, per.name, 124, TF, 10)
        tel = fmt_phone(per.phone2 or per.phone, pst) if rk != rec.contact_role else fmt_phone(per.phone, pst)
        p.fit(cols[2] + 3, y + 1, tel, 104, TF, 10)
        p.fit(cols[3] + 3, y + 1, per.email, 170, TF, 10)
    y -= 30
    p.band(40, y - 4, 515, 15, L["C"])
    y -= 16
    p.text(40, y, L["Cnote"], "Helvetica-Oblique", 7.5, GREY)
    y -= 18
    ct = rec.contact
    fn = role(rec.contact_role, lang, ct.gender) if rec.contact_role != "contact" else L["other_member"]
    y = line(L["name"], ct.name, y)
    y = line(L["cf"], fn, y)
    y = line(L["cst"], ct.street, y)
    y = line(L["cpc"], pc_city(ct), y)
    y = line(L["cgsm"], fmt_phone(ct.phone, pst), y)
    y = line(L["cmail"], ct.email, y)
    p.rtext(555, 40, L["cont"] + "  >>", "Helvetica-Bold", 8)
    p.page()
    # ---- page 2 -------------------------------------------------------------------
    p.text(40, 805, L["vervolg"], "Helvetica-Bold", 11)
    p.rtext(555, 805, L["pg"] % 2, "Helvetica", 8)
    p.hline(40, 555, 797, 1)
    y = 775
    p.band(40, y - 4, 515, 15, L["D"])
    y -= 22
    y = line(L["title"], o["title"], y)
    y = line(L["loc"], o["location"], y)
    p.text(40, y, L["desc"], "Helvetica", 8.5)
    y = p.para(195, y, 360, o["summary"], TF, 10, 12.5)
    y -= 5
    y = line(L["vol"], str(o["volunteers"]), y)
    y = line(L["plan"], L["plan_v"], y)
    y -= 8
    p.band(40, y - 4, 515, 15, L["E"])
    y -= 22
    p.text(43, y, L["post"], "Helvetica-Bold", 8)
    p.rtext(552, y, L["amt"], "Helvetica-Bold", 8)
    p.hline(40, 555, y - 4, 0.6)
    for lab, a in b["expenses"]:
        y -= 15
        p.text(43, y, lab, TF, 10)
        p.rtext(552, y, fmt_amount(a, amt_style), TF, 10)
        p.hline(40, 555, y - 4, 0.2)
    y -= 15
    p.text(43, y, L["totexp"], "Helvetica-Bold", 8.5)
    p.rtext(552, y, fmt_amount(b["total"], amt_style), "Times-Bold", 10)
    p.hline(40, 555, y - 4, 0.6)
    y -= 24
    y = line(L["own"], fmt_amount(b["own"], amt_style), y, 200)
    oth = ", ".join("%s : %s" % (l, fmt_amount(a, amt_style)) if lang == "fr" else "%s: %s" % (l, fmt_amount(a, amt_style))
                    for l, a in _other_income(rec)) or "-"
    y = line(L["other"], oth, y, 200)
    p.text(40, y, L["req"], "Helvetica-Bold", 8.5)
    p.text(310, y, fmt_amount(b["requested"], amt_style), "Times-Bold", 11)
    p.hline(305, 555, y - 3, 0.3, dash=(1, 2))
    y -= 30
    p.band(40, y - 4, 515, 15, L["F"])
    y -= 22
    ch = rec.people["chair"]
    p.text(40, y, L["sign"], "Helvetica", 9)
    y -= 16
    p.text(40, y, "%s, %s" % (ch.name, role("chair", lang, ch.gender)), TF, 11)
    y -= 14
    p.text(40, y, "%s, %s" % (o["city"], short_date(rec.date, ".")), TF, 11)
    y -= 40
    p.rect(40, y - 26, 515, 40, lw=0.5)
    p.text(46, y, L["adm"], "Helvetica-Bold", 8)
    p.text(46, y - 16, L["adm2"], "Helvetica", 7.5)
    p.page()
    return pdf.bytes()


# =====================================================================================
# L1: letter on letterhead, title only in the subject line
# =====================================================================================
def render_L1(rec):
    lang = rec.lang
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = r.choice(["nat", "dots"]) if lang == "fr" else "slash"
    amt_style = r.choice(["nl_dash", "nl_eur"]) if lang == "nl" else r.choice(["fr_eur_nb", "fr_euros"])
    ct = rec.contact
    ch = rec.people.get("chair")
    pdf = Pdf("Brief" if lang == "nl" else "Courrier", rec.sender.name)
    p = pdf
    # letterhead
    if o["org"]:
        p.text(60, 790, o["org"], "Times-Bold", 17)
        hd = [o["street"], "%s %s" % (o["pc"], o["city"])]
        if o.get("number"):
            hd.append(("Ondernemingsnummer " if lang == "nl" and rec.country == "BE" else
                       ("KBO " if rec.country == "BE" else "RNA ")) + o["number"])
        hd.append(("Tel. " if lang == "nl" else "Tél. ") + fmt_phone(o["phone"], pst) + "  -  " + o["email"])
        for i, s in enumerate(hd):
            p.text(60, 774 - i * 11, s, "Times-Roman", 9.5)
    else:
        p.text(60, 790, ct.name, "Times-Bold", 14)
        for i, s in enumerate([o["street"], "%s %s" % (o["pc"], o["city"])]):
            p.text(60, 776 - i * 11, s, "Times-Roman", 10)
    p.hline(60, 535, 728, 0.8)
    # place/date and addressee
    p.rtext(535, 705, "%s, %s" % (o["city"], long_date(rec.date, lang)) if lang == "nl"
            else "%s, le %s" % (o["city"], long_date(rec.date, lang)), "Times-Roman", 11)
    addr = (["Provincie West-Vlaanderen", "t.a.v. de heer %s" % COORD_NAME,
             "Gebiedswerking Westhoek", PROV_STREET, PROV_PC_CITY] if lang == "nl"
            else ["Province de Flandre-Occidentale", "À l'attention de M. %s" % COORD_NAME,
                  "Projet Partons 2.0", PROV_STREET, PROV_PC_CITY, "BELGIQUE" if rec.country == "FR" else ""])
    for i, s in enumerate([a for a in addr if a]):
        p.text(330, 670 - i * 13, s, "Times-Roman", 11)
    y = 575
    if lang == "nl":
        subj = "Betreft: projectidee '%s' - oproep Maak werk van je buurt!" % o["title"]
    else:
        subj = "Objet : candidature Partons 2.0 - « %s »" % o["title"]
    y = p.para(60, y, 475, subj, "Times-Bold", 11, 14)
    y -= 12
    req = fmt_amount(b["requested"], amt_style)
    tot = fmt_amount(b["total"], amt_style)
    if lang == "nl":
        sal = "Geachte heer Polin,"
        body = [
            "Met veel plezier dienen wij ons projectidee in voor de projectenoproep 'Maak werk van je buurt!'. "
            + o["summary"],
            "Het project komt er op deze plek: %s. We rekenen op een %d-tal vrijwilligers uit het dorp."
            % (o["location"], o["volunteers"]),
        ]
        costs = "; ".join("%s (%s)" % (lc_first(l), fmt_amount(a, amt_style)) for l, a in b["expenses"])
        if "total_budget" in rec.nulls:
            body.append("Wij vragen een provinciale bijdrage van %s, onder meer voor %s. Wij dragen "
                        "zelf de rest van de kosten, aangevuld met een bijdrage van de stad."
                        % (req, ", ".join(lc_first(l) for l, _ in b["expenses"][:2])))
        else:
            body.append("De begroting ziet er als volgt uit: %s. De totale kostprijs bedraagt %s. Wij vragen "
                        "een steun van %s; de rest komt uit eigen middelen en van de gemeente." % (costs, tot, req))
        body.append("Voor verdere inlichtingen kunt u terecht bij onze %s, %s (%s, %s, tel. %s, e-mail %s). "
                    "Wij nemen graag deel aan de begeleidingssessies vanaf 26 september."
                    % (role(rec.contact_role, "nl", ct.gender), ct.name, ct.street, pc_city(ct),
                       fmt_phone(ct.phone, pst), ct.email))
        close = "Met vriendelijke groeten,"
    else:
        sal = "Monsieur,"
        body = ["Nous avons le plaisir de vous présenter notre projet dans le cadre de l'appel Partons 2.0. "
                + o["summary"] if o["org"] else
                "Je me permets de vous adresser, au nom d'un groupe de voisins, une idée de projet pour l'appel "
                "Partons 2.0. " + o["summary"],
                "Lieu : %s." % o["location"]]
        costs = ", ".join("%s : %s" % (lc_first(l), fmt_amount(a, amt_style)) for l, a in b["expenses"])
        body.append("Le budget prévisionnel s'élève à %s (%s). Nous sollicitons une aide de %s ; le reste "
                    "est couvert par : %s." % (tot, costs, req,
                                             ", ".join("%s (%s)" % (lc_first(l), fmt_amount(a, amt_style))
                                                       for l, a in b["income"])))
        if o["org"]:
            body.append("Pour tout renseignement, %s de l'association, %s, reste votre interlocut%s : %s, %s, "
                        "tél. %s, courriel %s." % (role(rec.contact_role, "fr", ct.gender, article=True),
                                                    ct.name, "rice" if ct.gender == "f" else "eur",
                                                    ct.street, pc_city(ct), fmt_phone(ct.phone, pst), ct.email))
        else:
            nb = rec.people["neighbour"]
            body.append("Vous pouvez me joindre au %s ou par courriel à %s. %s %s, %s, m'aide à coordonner "
                        "le groupe (%s)." % (fmt_phone(ct.phone, pst), ct.email,
                                             "Ma voisine" if nb.gender == "f" else "Mon voisin", nb.name,
                                             nb.street, fmt_phone(nb.phone, pst)))
        body.append("Nous serons présents aux séances d'accompagnement prévues à partir du 26 septembre 2019.")
        close = ("Veuillez agréer, Monsieur, l'expression de nos salutations distinguées." if o["org"]
                 else "Je vous prie d'agréer, Monsieur, mes salutations distinguées.")
    p.text(60, y, sal, "Times-Roman", 11)
    y -= 20
    for para in body:
        y = p.para(60, y, 475, para, "Times-Roman", 11, 14)
        y -= 8
    y -= 4
    y = p.para(60, y, 475, close, "Times-Roman", 11, 14)
    y -= 40
    if o["org"]:
        signers = [ch, rec.people["secretary"]]
        keys = ["chair", "secretary"]
        for i, (per, rk) in enumerate(zip(signers, keys)):
            x = 60 + i * 250
            p.text(x, y, per.name, "Times-Bold", 11)
            p.text(x, y - 13, role(rk, lang, per.gender, cap=True), "Times-Roman", 10.5)
            if rk == "chair" and rec.contact_role != "chair":
                p.text(x, y - 26, fmt_phone(per.phone, pst), "Times-Roman", 10)
    else:
        p.text(60, y, ct.name, "Times-Bold", 11)
    if o["org"]:
        p.hline(60, 535, 60, 0.5)
        p.ctext(W / 2, 48, "IBAN %s  -  %s" % (o["iban"], o["email"]), "Times-Roman", 8.5)
    p.page()
    return pdf.bytes()
