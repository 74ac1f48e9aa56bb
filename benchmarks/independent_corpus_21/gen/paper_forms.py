# -*- coding: utf-8 -*-
"""Printed forms filled in by hand (or on the computer) for the scan_pdf and photo formats.
Each design function returns a list of PIL pages. Every design is its own layout."""
from common import Paper, home_of

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def dmy(r, sep="/"):
    y, m, d = r["date"][:10].split("-")
    return f"{d}{sep}{m}{sep}{y}"


def d_fr(r):
    y, m, d = r["date"][:10].split("-")
    return f"{int(d)} {MONTHS_FR[int(m) - 1]} {y}"


def budget_rows(r, extra_empty=1):
    rows = [[(k, True), (v, True)] for k, v in r["budget"]]
    rows += [[None, None]] * extra_empty
    return rows


# ----------------------------------------------------------------- D11: nl, hand, boxes, 1 page
def scan_hand_boxes(r, rng, dpi):
    p = Paper(dpi, rng, hand="fuzzy", ink="blue", printed="sans", margin_mm=16, hand_px_mm=4.6)
    p.title("AANVRAAGFORMULIER PROJECTIDEE", size=15, center=True, box=True)
    p.text("Projectenoproep 'Maak werk van je buurt!' - Partons 2.0. Bezorg dit formulier vóór 16 juni 2019 "
           "aan de projectcoördinator. Gelieve duidelijk in te vullen.", size=8.5)
    p.section("1. Gegevens aanvrager", style="bar", size=10.5)
    p.field("Naam vereniging / groep", r["org"], h=8.5)
    p.checks("Vorm:", ["vzw", "feitelijke vereniging", "lokaal bestuur", "handelaar", "andere"], [1], x_label_w=55)
    p.field("Contactpersoon", r["contact_w"], h=8.5)
    p.field("Adres (straat + nr)", r["addr"], h=8.5)
    p.pair("Postcode", r["pc"], "Gemeente", r["town"], label_w=25, split=0.4, h=8.5)
    p.field("Telefoon / gsm", r["phone"], h=8.5)
    p.field("E-mail", r["email"], h=8.5)
    p.section("2. Het project", style="bar", size=10.5)
    p.field("Titel van het project", r["title"], h=8.5)
    p.area("Korte omschrijving van het idee:", r["descr"], lines=3, line_mm=7.5)
    p.area("Hoe betrekken jullie de buurt?", r["partic"], lines=1, line_mm=7.5)
    p.field("Timing", r["timing"], h=8.5)
    p.section("3. Budget", style="bar", size=10.5)
    rows = budget_rows(r, 0)
    rows += [["Totale kostprijs", (r["total"], True)], ["Eigen inbreng", (r["own"], True)],
             ["Gevraagde steun", (r["request"], True)]]
    p.table([118, 60], ["Kostenpost", "Bedrag"], rows, row_h=7.3, bold_rows=(len(r["budget"]),
                                                                             len(r["budget"]) + 1,
                                                                             len(r["budget"]) + 2))
    p.sign("Datum:", dmy(r), "Handtekening:", r["contact"])
    return [p.img]


# ----------------------------------------------------------------- D12: fr, typed, printed, signed
def scan_typed_signed(r, rng, dpi):
    p = Paper(dpi, rng, hand="mali", ink="blue", typed_font="serif", printed="sans", margin_mm=18, hand_px_mm=5)
    # letterhead-ish block
    p.d.rectangle([p.m, p.y, p.m + p.mm(38), p.y + p.mm(16)], outline=0, width=3)
    p.d.text((p.m + p.mm(4), p.y + p.mm(4)), "Partons 2.0", font=p.pf(13, True), fill=0)
    p.d.text((p.m + p.mm(46), p.y + p.mm(1)), "FICHE PROJET", font=p.pf(17, True), fill=0)
    p.d.text((p.m + p.mm(46), p.y + p.mm(9)), "Appel à projets - villages et quartiers vivants", font=p.pf(9), fill=0)
    p.y += p.mm(22)
    p.section("LE PORTEUR DE PROJET", style="underline", size=10.5)
    p.field("Nom de la structure", r["org"], style="cell", label_w=58, h=9)
    p.field("Statut", "Association loi 1901", style="cell", label_w=58, h=9)
    p.field("Adresse du siège", r["addr"], style="cell", label_w=58, h=9)
    p.field("Code postal / Commune", f"{r['pc']} {r['town']}", style="cell", label_w=58, h=9)
    p.field("Personne à contacter", r["contact_w"] + f" ({r['role']})", style="cell", label_w=58, h=9)
    p.field("Téléphone", r["phone"], style="cell", label_w=58, h=9)
    p.field("Courriel", r["email"], style="cell", label_w=58, h=9)
    p.field("Site internet", None, style="cell", label_w=58, h=9)
    p.gap(3)
    p.section("LE PROJET", style="underline", size=10.5)
    p.field("Intitulé du projet", r["title"], style="cell", label_w=58, h=9)
    p.field("Description", r["descr"], style="cell", label_w=58, h=20)
    p.field("Participation des habitants", r["partic"], style="cell", label_w=58, h=15)
    p.field("Calendrier", r["timing"], style="cell", label_w=58, h=9)
    p.gap(3)
    p.section("BUDGET PRÉVISIONNEL", style="underline", size=10.5)
    rows = budget_rows(r, 0)
    rows += [["Coût total du projet", (r["total"], True)], ["Autofinancement", (r["own"], True)],
             ["Montant sollicité", (r["request"], True)]]
    n = len(r["budget"])
    p.table([120, 54], ["Dépenses", "Montant TTC"], rows, row_h=7.5, bold_rows=(n, n + 1, n + 2))
    p.text(f"Fait à {r['town']}, le {d_fr(r)}", size=10)
    p.val(p.m, p.y, None)
    from common import draw_signature
    p.d.text((p.W // 2, p.y - p.mm(6)), "Signature du président :", font=p.pf(9.5), fill=0)
    draw_signature(p.img, p.W // 2 + p.mm(8), p.y + p.mm(2), "P. Delannoy", p.hand, p.mm(6), "blue", rng)
    return [p.img]


# ----------------------------------------------------------------- D13: fr, hand, two pages
def scan_hand_2pages(r, rng, dpi):
    p = Paper(dpi, rng, hand="shortstack", ink="black", printed="serif", margin_mm=20, hand_px_mm=4.4)
    p.title("Appel à projets « Partons 2.0 »", size=16, center=True)
    p.title("Formulaire de candidature", size=12, center=True, bold=False)
    p.gap(2)
    p.section("1 - Identification", style="plain", size=12)
    p.field("Nom de l'association :", r["org"], style="above", h=9)
    p.pair("Président(e) :", r["chair"], "Personne référente :", r["contact_w"], style="above", h=9, split=0.5)
    p.field("Adresse du siège :", r["addr"], style="above", h=9)
    p.pair("Code postal :", r["pc"], "Ville :", r["town"], style="above", h=9, split=0.35)
    p.pair("Téléphone :", r["phone"], "Mail :", r["email"], style="above", h=9, split=0.38)
    p.gap(2)
    p.section("2 - Le projet", style="plain", size=12)
    p.field("Titre du projet :", r["title"], style="above", h=16)
    p.area("Décrivez votre projet en quelques lignes :", r["descr"], lines=4, style="box", line_mm=8)
    p.area("Comment les habitants sont-ils associés ?", r["partic"], lines=2, style="box", line_mm=8)
    p.field("Période de réalisation :", r["timing"], style="above", h=9)
    p.footer("Formulaire de candidature - page 1/2")
    p1 = p.img
    p = Paper(dpi, rng, hand="shortstack", ink="black", printed="serif", margin_mm=20, hand_px_mm=4.4)
    p.section("3 - Budget prévisionnel", style="plain", size=12)
    p.text("Détaillez les dépenses prévues (en euros TTC).", size=9)
    rows = budget_rows(r, 2)
    p.table([115, 55], ["Nature de la dépense", "Montant"], rows, row_h=9)
    p.table([115, 55], None, [["TOTAL DES DÉPENSES", (r["total"], True)],
                              ["Autofinancement", (r["own"], True)],
                              ["Autres financements (préciser)", (f"{r['others'][0][0]} : {r['others'][0][1]}", True)],
                              ["Montant demandé à Partons 2.0", (r["request"], True)]], row_h=10)
    p.gap(4)
    p.section("4 - Engagement", style="plain", size=12)
    p.text("Je soussigné(e) certifie l'exactitude des renseignements fournis et m'engage à participer aux "
           "sessions d'accompagnement du projet Partons 2.0.", size=9.5)
    p.gap(4)
    p.sign("Date :", dmy(r), "Nom et signature :", r["contact"])
    p.footer("Formulaire de candidature - page 2/2")
    return [p1, p.img]


# ----------------------------------------------------------------- D14: nl, hand, dotted lines (photo)
def photo_hand_lines(r, rng, dpi):
    p = Paper(dpi, rng, hand="mali", ink="blue", printed="serif", margin_mm=20, hand_px_mm=5.0)
    p.title("Maak werk van je buurt!", size=18)
    p.text("Aanvraag voor een projectidee - in te vullen en terug te bezorgen vóór 16 juni 2019", size=10)
    p.gap(3)
    p.field("Naam vereniging:", r["org"], style="dotted", h=10)
    p.field("Contactpersoon:", r["contact_w"], style="dotted", h=10)
    p.field("Adres:", r["addr"], style="dotted", h=10)
    p.field("Postcode en gemeente:", f"{r['pc']} {r['town']}", style="dotted", h=10)
    p.pair("Telefoon:", r["phone"], "E-mail:", r["email"], style="dotted", split=0.4, h=10)
    p.gap(2)
    p.field("Naam van het project:", r["title"], style="dotted", h=10)
    p.area("Wat willen jullie doen?", r["descr"], lines=2, style="dots", line_mm=8.5)
    p.field("Wie doet er mee?", r["partic"], style="dotted", h=10)
    p.field("Wanneer?", r["timing"], style="dotted", h=10)
    costs = "\n".join(f"{k}: {v}" for k, v in r["budget"])
    p.area("Wat gaat het kosten? (opsomming)", costs, lines=len(r["budget"]), style="dots", line_mm=8)
    p.field("Totaal:", r["total"], style="dotted", h=10)
    p.field("Eigen inbreng:", r["own"], style="dotted", h=10)
    p.field("Gevraagd bedrag:", r["request"], style="dotted", h=10)
    p.gap(1)
    p.sign("Datum", dmy(r, "-"), "Handtekening", r["contact"])
    return [p.img]


# ----------------------------------------------------------------- D15: fr (BE), hand, grid table (photo)
def photo_hand_table(r, rng, dpi):
    p = Paper(dpi, rng, hand="fuzzy", ink="blue2", printed="sans", margin_mm=15, hand_px_mm=4.6)
    p.title("PARTONS 2.0 - FICHE DE CANDIDATURE", size=14, center=True)
    p.text("Appel à projets pour des villages et quartiers vivants (Westhoek / Nord). À renvoyer avant le 16 juin 2019.",
           size=8.5)
    W = 180
    def head(t):
        p.d.rectangle([p.m, p.y, p.m + p.mm(W), p.y + p.mm(7)], fill=(200, 200, 200), outline=0, width=2)
        p.d.text((p.m + p.mm(2), p.y + p.mm(1.2)), t, font=p.pf(10, True), fill=0)
        p.y += p.mm(7)
    head("DEMANDEUR")
    for lab, v in [("Nom de l'organisation", r["org"]), ("Forme juridique", r["legal"]),
                   ("Adresse (rue, n°)", r["addr"]), ("Code postal", r["pc"]), ("Localité", r["town"]),
                   ("Personne de contact", r["contact_w"]), ("Tél. / GSM", r["phone"]), ("E-mail", r["email"])]:
        p.field(lab, v, style="cell", label_w=52, h=9.5, x1=p.m + p.mm(W))
    head("PROJET")
    p.field("Titre", r["title"], style="cell", label_w=52, h=9.5, x1=p.m + p.mm(W))
    p.field("Description courte", r["descr"], style="cell", label_w=52, h=19, x1=p.m + p.mm(W))
    p.field("Participation", r["partic"], style="cell", label_w=52, h=9.5, x1=p.m + p.mm(W))
    p.field("Calendrier", r["timing"], style="cell", label_w=52, h=9.5, x1=p.m + p.mm(W))
    head("BUDGET")
    rows = [[(k, True), (v, True)] for k, v in r["budget"]]
    p.table([120, 60], ["Poste de dépense", "Montant"], rows, row_h=8.5, head_fill=None)
    p.y -= p.mm(3)
    for lab, v in [("Coût total", r["total"]), ("Apport propre", r["own"]), ("Montant demandé", r["request"])]:
        p.field(lab, v, style="cell", label_w=52, h=9, x1=p.m + p.mm(W))
    p.gap(4)
    p.sign("Date :", dmy(r, "."), "Signature :", r["contact"])
    return [p.img]


# ----------------------------------------------------------------- D16: fr, hand, checkboxes, underline (photo)
def photo_hand_checks(r, rng, dpi):
    p = Paper(dpi, rng, hand="shortstack", ink="black", printed="sans", margin_mm=18, hand_px_mm=4.4)
    p.title("Candidature - Appel à projets Partons 2.0", size=15)
    p.text("Merci de remplir lisiblement toutes les rubriques.", size=9)
    p.checks("Vous êtes :", ["une association", "une commune", "un établissement scolaire", "un commerçant",
                             "un groupe d'habitants"], [2], mark="tick")
    p.field("Nom de la structure :", r["org"], style="line", h=10)
    p.field("Adresse :", r["addr"], style="line", h=10)
    p.pair("Code postal :", r["pc"], "Commune :", r["town"], style="line", split=0.4, h=10)
    p.field("Nom du / de la responsable :", f"{r['contact_w']}, {r['role']}", style="line", h=10)
    p.field("Téléphone :", r["phone"], style="line", h=10)
    p.field("Adresse électronique :", r["email"], style="line", h=10)
    p.gap(3)
    p.field("Nom du projet :", r["title"], style="line", h=10)
    p.area("Le projet en bref :", r["descr"], lines=3, style="lines", line_mm=8.5)
    p.field("Avec qui ?", r["partic"], style="line", h=10)
    p.field("Quand ?", r["timing"], style="line", h=10)
    p.gap(3)
    p.section("Budget", style="underline", size=11)
    rows = [[(k, True), (v, True)] for k, v in r["budget"]]
    p.table([120, 52], ["Dépense", "Montant"], rows, row_h=8.5)
    p.field("Coût total du projet :", r["total"], style="line", h=10)
    p.field("Part financée par l'école :", r["own"], style="line", h=10)
    p.field("Montant demandé :", r["request"], style="line", h=10)
    p.gap(2)
    p.sign("Date :", dmy(r), "Signature :", r["contact"])
    return [p.img]


# ----------------------------------------------------------------- T31: nl, hand, numbered questions, 2 pages
def scan_hand_2pages_nl(r, rng, dpi):
    p = Paper(dpi, rng, hand="mali", ink="blue", printed="sans", margin_mm=18, hand_px_mm=4.6)
    p.title("Projectfiche 'Maak werk van je buurt!'", size=16)
    p.text("Beantwoord de vragen zo concreet mogelijk. Bijlagen (foto's, plannen) mag je toevoegen.", size=9)
    qs = [("1. Naam van de vereniging of groep", r["org"], 9),
          ("2. Rechtsvorm (vzw, feitelijke vereniging, ...)", r["legal"], 9),
          ("3. Adres van de vereniging", f"{r['addr']}, {r['pc']} {r['town']}", 9),
          ("4. Contactpersoon (naam)", r["contact_w"], 9),
          ("5. Telefoon of gsm van de contactpersoon", r["phone"], 9),
          ("6. E-mailadres", r["email"], 9),
          ("7. Naam van het project", r["title"], 9),
          ("8. Beschrijf het project", r["descr"], 24),
          ("9. Hoe betrek je de inwoners?", r["partic"], 16),
          ("10. Wanneer wil je het project uitvoeren?", r["timing"], 9)]
    for q, v, h in qs:
        p.field(q, v, style="above", h=h, size=9.5)
    p.footer("blz. 1/2")
    p1 = p.img
    p = Paper(dpi, rng, hand="mali", ink="blue", printed="sans", margin_mm=18, hand_px_mm=4.6)
    p.text("11. Begroting: welke kosten verwacht je?", size=9.5, color=(0, 0, 0))
    rows = budget_rows(r, 2)
    p.table([125, 49], ["Omschrijving", "Bedrag"], rows, row_h=9)
    p.field("12. Totale kostprijs van het project:", r["total"], style="dotted", h=10)
    p.field("13. Eigen inbreng:", r["own"], style="dotted", h=10)
    p.field("14. Bedrag gevraagd aan Partons 2.0:", r["request"], style="dotted", h=10)
    p.field("15. Andere subsidies aangevraagd?", "neen", style="dotted", h=10)
    p.gap(6)
    p.sign("Datum en plaats", f"{r['town']}, {dmy(r)}", "Handtekening contactpersoon", r["contact"])
    p.footer("blz. 2/2")
    return [p1, p.img]


# ----------------------------------------------------------------- T32: nl, typed, printed, signed
def scan_typed_signed_nl(r, rng, dpi):
    p = Paper(dpi, rng, hand="fuzzy", ink="black", typed_font="sans", printed="serif", margin_mm=17, hand_px_mm=5)
    p.title("Aanvraagformulier", size=20)
    p.text("Projectenoproep voor leefbare dorpen en buurten - Westhoek en Noord-Frankrijk", size=10)
    p.section("A. Aanvrager", style="dark", size=11)
    p.pair("Naam organisatie", r["org"], "Rechtsvorm", "vzw", style="cell", label_w=34, split=0.66, h=9)
    p.field("Adres maatschappelijke zetel", f"{r['addr']}, {r['pc']} {r['town']}", style="cell", label_w=55, h=9)
    p.pair("Contactpersoon", r["contact_w"], "Functie", r["role"], style="cell", label_w=34, split=0.66, h=9)
    p.pair("Telefoon", r["phone"], "Fax", None, style="cell", label_w=34, split=0.66, h=9)
    p.field("E-mail", r["email"], style="cell", label_w=55, h=9)
    p.field("Ondernemingsnummer", None, style="cell", label_w=55, h=9)
    p.section("B. Project", style="dark", size=11)
    p.field("Projecttitel", r["title"], style="cell", label_w=55, h=9)
    p.field("Omschrijving", r["descr"], style="cell", label_w=55, h=16)
    p.field("Participatie", r["partic"], style="cell", label_w=55, h=14)
    p.field("Periode", r["timing"], style="cell", label_w=55, h=9)
    p.section("C. Budget", style="dark", size=11)
    n = len(r["budget"])
    rows = budget_rows(r, 0) + [["Totaal", (r["total"], True)], ["Eigen middelen", (r["own"], True)],
                                ["Gevraagde subsidie", (r["request"], True)]]
    p.table([120, 56], ["Kostenpost", "Bedrag"], rows, row_h=7.5, bold_rows=(n, n + 1, n + 2))
    p.gap(2)
    p.text(f"Opgemaakt te {r['town']} op {dmy(r)}", size=10)
    from common import draw_signature
    p.d.text((p.W // 2, p.y), "Handtekening voorzitter", font=p.pf(9.5), fill=0)
    draw_signature(p.img, p.W // 2 + p.mm(6), p.y + p.mm(6), "Bart Deconinck", F_SIG, p.mm(6.5), "blue", rng)
    return [p.img]


from common import F
F_SIG = F["fuzzy"]


# ----------------------------------------------------------------- T33: fr, hand, dotted
def scan_hand_dotted_fr(r, rng, dpi):
    p = Paper(dpi, rng, hand="fuzzy", ink="black", printed="sans", margin_mm=18, hand_px_mm=5.0)
    p.title("DOSSIER DE CANDIDATURE", size=16, center=True)
    p.text("Appel à projets transfrontalier Partons 2.0 - date limite : 16 juin 2019", size=9.5)
    p.section("Le demandeur", style="underline", size=11)
    p.field("Nom de l'association :", r["org"], style="dotted", h=10)
    p.field("Adresse :", r["addr"], style="dotted", h=10)
    p.pair("CP :", r["pc"], "Commune :", r["town"], style="dotted", split=0.33, h=10)
    p.field("Contact :", r["contact_w"], style="dotted", h=10)
    p.pair("Tél. :", r["phone"], "Fax :", None, style="dotted", split=0.6, h=10)
    p.field("Mail :", r["email"], style="dotted", h=10)
    p.section("Le projet", style="underline", size=11)
    p.field("Intitulé :", r["title"], style="dotted", h=10)
    p.area("Description :", r["descr"], lines=2, style="dots", line_mm=9)
    p.field("Participation des habitants :", r["partic"], style="dotted", h=10)
    p.field("Date(s) :", r["timing"], style="dotted", h=10)
    p.section("Le budget", style="underline", size=11)
    for k, v in r["budget"]:
        p.pair("Dépense :", k, "Montant :", v, style="dotted", split=0.68, h=10)
    p.field("Coût total :", r["total"], style="dotted", h=10)
    p.field("Autofinancement :", r["own"], style="dotted", h=10)
    p.field("Subvention demandée :", r["request"], style="dotted", h=10)
    p.gap(3)
    p.sign("Le :", dmy(r), "Signature :", r["contact"])
    return [p.img]


# ----------------------------------------------------------------- T34: nl, hand, two pairs per row (photo)
def photo_hand_grid_nl(r, rng, dpi):
    p = Paper(dpi, rng, hand="shortstack", ink="blue", printed="sans", margin_mm=15, hand_px_mm=4.3)
    p.title("Aanvraag projectsteun buurtinitiatief", size=15)
    p.text("Partons 2.0 / Maak werk van je buurt! - één formulier per project", size=9)
    p.section("Aanvrager", style="bar", size=10.5)
    p.field("Vereniging", r["org"], label_w=30, h=9)
    p.pair("Contact", r["contact_w"], "Tel.", r["phone"], label_w=18, split=0.55, h=9)
    p.pair("Straat + nr", r["addr"], "Postcode", r["pc"], label_w=24, split=0.66, h=9)
    p.pair("Gemeente", r["town"], "Land", "België", label_w=22, split=0.6, h=9)
    p.field("E-mail", r["email"], label_w=30, h=9)
    p.section("Project", style="bar", size=10.5)
    p.field("Projectnaam", r["title"], label_w=30, h=9)
    p.field("Wat?", r["descr"], label_w=30, h=17)
    p.field("Met wie?", r["partic"], label_w=30, h=9)
    p.field("Wanneer?", r["timing"], label_w=30, h=9)
    p.section("Financiën", style="bar", size=10.5)
    rows = [[(k, True), (v, True)] for k, v in r["budget"]] + [[None, None]]
    p.table([125, 55], ["Uitgave", "Bedrag"], rows, row_h=8.5)
    p.pair("Totaal", r["total"], "Eigen inbreng", r["own"], label_w=22, split=0.5, h=9)
    p.pair("Gevraagd", r["request"], "Andere steun", None, label_w=22, split=0.5, h=9)
    p.gap(3)
    p.sign("Datum", dmy(r), "Handtekening", r["contact"])
    return [p.img]


# ----------------------------------------------------------------- T35: nl, hand, numbered + underline (photo)
def photo_hand_numbered_nl(r, rng, dpi):
    p = Paper(dpi, rng, hand="fuzzy", ink="black", printed="serif", margin_mm=19, hand_px_mm=4.6)
    p.title("Projectidee - aanvraagformulier", size=16)
    p.gap(1)
    items = [("1. Naam van de vereniging:", r["org"]), ("2. Voorzitter:", r["chair"]),
             ("3. Contactpersoon voor dit project:", r["contact_w"]), ("4. Adres lokaal:", r["addr"]),
             ("5. Postcode en gemeente:", f"{r['pc']} {r['town']}"), ("6. Telefoon contactpersoon:", r["phone"]),
             ("7. E-mail contactpersoon:", r["email"]), ("8. Titel van het project:", r["title"])]
    for lab, v in items:
        p.field(lab, v, style="line", h=10.5)
    p.gap(2)
    p.area("9. Wat is jullie idee?", r["descr"], lines=2, line_mm=9)
    p.field("10. Wie werkt mee?", r["partic"], style="line", h=10.5)
    p.field("11. Planning:", r["timing"], style="line", h=10.5)
    p.text("12. Budget", size=10, bold=True, color=(0, 0, 0))
    rows = [[(k, True), (v, True)] for k, v in r["budget"]]
    p.table([118, 54], ["post", "bedrag"], rows, row_h=9)
    p.field("13. Totaal budget:", r["total"], style="line", h=10.5)
    p.field("14. Eigen inbreng:", r["own"], style="line", h=10.5)
    p.field("15. Gevraagd bedrag:", r["request"], style="line", h=10.5)
    p.gap(2)
    p.sign("Datum:", dmy(r), "Handtekening:", r["contact"])
    return [p.img]


# ----------------------------------------------------------------- T36: fr, hand, labels above boxes (photo)
def photo_hand_boxes_fr(r, rng, dpi):
    p = Paper(dpi, rng, hand="mali", ink="blue", printed="sans", margin_mm=17, hand_px_mm=4.6)
    p.title("Formulaire - Appel à projets « Partons 2.0 »", size=15)
    p.text("Pour les initiatives citoyennes des villages et quartiers du Westhoek et du Nord.", size=9)
    p.section("A. Qui êtes-vous ?", style="plain", size=12)
    p.pair("Nom de l'association", r["org"], "Statut", "assoc. loi 1901", style="above", split=0.62, h=9)
    p.field("Adresse", r["addr"], style="above", h=9)
    p.pair("Code postal", r["pc"], "Commune", r["town"], style="above", split=0.35, h=9)
    p.pair("Personne de contact", r["contact_w"], "Téléphone", r["phone"], style="above", split=0.55, h=9)
    p.field("E-mail", r["email"], style="above", h=9)
    p.section("B. Votre projet", style="plain", size=12)
    p.field("Titre", r["title"], style="above", h=9)
    p.field("En quelques mots", r["descr"], style="above", h=18)
    p.pair("Qui participe ?", r["partic"], "Quand ?", r["timing"], style="above", split=0.6, h=9)
    p.section("C. Budget", style="plain", size=12)
    rows = [[(k, True), (v, True)] for k, v in r["budget"]]
    p.table([120, 56], ["Dépense", "Montant"], rows, row_h=8.5)
    p.pair("Total", r["total"], "Apport de l'association", r["own"], style="above", split=0.45, h=9)
    p.field("Montant demandé", r["request"], style="above", h=9, x1=p.m + p.mm(90))
    p.gap(2)
    p.sign("Date", dmy(r), "Signature", r["contact"])
    return [p.img]


DESIGNS = {f.__name__: f for f in [scan_hand_boxes, scan_typed_signed, scan_hand_2pages, photo_hand_lines,
                                    photo_hand_table, photo_hand_checks, scan_hand_2pages_nl, scan_typed_signed_nl,
                                    scan_hand_dotted_fr, photo_hand_grid_nl, photo_hand_numbered_nl,
                                    photo_hand_boxes_fr]}
