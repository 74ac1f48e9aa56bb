# -*- coding: utf-8 -*-
"""Writer designs. dev: tab-aligned labels, question/answer table, numbered
questions.  test: label-above-value cells, dotted-leader tabs, 2-column table
with spanning section rows."""
import datetime
from odf.table import TableRow, CoveredTableCell
from odfkit import Odt, cell
from common import fmt_amt


def A(r, v):
    return "" if v is None else fmt_amt(v, r["style"])


def REQ(r):
    return r.get("req_w") or A(r, r["req"])


def TOT(r):
    if r["total"] is None:
        return ""
    return r.get("total_w") or A(r, r["total"])


def stamp(r):
    d = datetime.datetime.strptime(r["date"][5:25], "%d %b %Y %H:%M:%S") - datetime.timedelta(minutes=25)
    return d.strftime("%Y-%m-%dT%H:%M:%S"), (d.year, d.month, d.day, d.hour, d.minute, 0)


# =====================================================================
def d_odt_tabs_fr(r):
    iso, dt = stamp(r)
    o = Odt(r["name"], iso, "Projet grainothèque")
    T = o.pstyle(size=11, tabs=["5.2cm"], after="0.12cm")
    o.p("Projet d'habitante – appel « Partons 2.0 » / « Maak werk van je buurt ! »", size=15, bold=True,
        after="0.1cm")
    o.p("Province de Flandre occidentale – à l'attention de M. Jonas Polin – jonas.polin@west-vlaanderen.be",
        size=9, italic=True, color="#666666", after="0.4cm")
    o.p("Qui suis-je ?", size=12.5, bold=True, color="#385723", before="0.2cm")
    for lab, val in (("Nom :", r["last"].upper()), ("Prénom :", r["first"]), ("Adresse :", r["addr"]),
                     ("Code postal / Ville :", "%s %s" % (r["pc"], r["city"])), ("Téléphone :", r["phone"]),
                     ("Courriel :", r["email"]), ("Statut :", "habitante (pas d'association)")):
        o.p([("b", lab), ("tab",), val], style=T)
    o.p("Mon projet", size=12.5, bold=True, color="#385723", before="0.3cm")
    o.p([("b", "Titre du projet :"), ("tab",), r["title"]], style=T)
    o.p([("b", "Lieu :"), ("tab",), r["location"]], style=T)
    o.p([("b", "Description :")], style=T)
    o.p(r["desc"], size=11, after="0.2cm")
    o.p([("b", "Qui participe ?")], style=T)
    o.p(r["particip"], size=11, after="0.2cm")
    o.p("Budget", size=12.5, bold=True, color="#385723", before="0.3cm")
    o.p("Utilisation de la somme demandée :", size=11, italic=True)
    TB = o.pstyle(size=11, tabs=["9cm"], indent="0.6cm")
    for lab, v in r["budget"]:
        o.p("%s\t%s" % (lab, A(r, v)), style=TB)
    o.p([("b", "Montant demandé :"), ("tab",), REQ(r)], style=T)
    o.p([("b", "Budget total :"), ("tab",), "à préciser (la mairie fournirait peut-être la terre et le bois)"],
        style=T)
    v = r["people"][0]
    o.p("Voisine associée au projet : %s, %s." % (v["name"], v["phone"]), size=10, italic=True, before="0.3cm")
    o.p("%s, le %s" % (r["sign_place"], r["doc_date"]), size=11, before="0.4cm")
    o.p("%s %s" % (r["first"], r["last"]), size=11)
    return o.bytes(dt)


# =====================================================================
def d_odt_table_nl(r):
    iso, dt = stamp(r)
    o = Odt("Lotte", iso, "Aanvraag Partons")
    o.p("Jeugdbeweging De Bosuilen – aanvraag ‘Maak werk van je buurt!’", size=14, bold=True, color="#375623",
        after="0.1cm")
    o.p("Vragen uit de oproep van de provincie (Partons 2.0). Indienen vóór 16 juni 2019.", size=9, italic=True,
        color="#666666", after="0.3cm")
    H = o.pstyle(size=9.5, bold=True)
    V = o.pstyle(size=10)
    t = o.table("Aanvraag", ["6.5cm", "10.5cm"])
    g = r["people"][0]
    qa = [
        ("Vraag", "Antwoord"),
        ("1. Naam van de vereniging", r["org"]),
        ("2. Adres van het lokaal", "%s\n%s %s" % (r["addr"], r["pc"], r["city"])),
        ("3. Rekeningnummer", r["ids"]["iban"]),
        ("4. Wie volgt het project op? (naam, functie)", "%s – %s" % (r["name"], r["role"])),
        ("5. Gsm-nummer", r["phone"]),
        ("6. E-mail", r["email"]),
        ("7. Groepsleiding", "%s (groepsleider), %s, %s" % (g["name"], g["phone"], g["email"])),
        ("8. Titel van het project", r["title"]),
        ("9. Waar?", r["location"]),
        ("10. Wat gaan jullie doen?", r["desc"]),
        ("11. Hoe betrekken jullie het dorp?", r["particip"]),
        ("12. Totale kostprijs", TOT(r)),
        ("13. Gevraagde bijdrage (max. 10 000 euro)", REQ(r)),
        ("14. Eigen inbreng", A(r, r["own"]) + " (opbrengst spaghettiavond)"),
    ]
    for i, (q, a) in enumerate(qa):
        row = TableRow()
        t.addElement(row)
        bg = "#E2EFDA" if i == 0 else None
        cell(o, row, [(q, H)], bg="#E2EFDA")
        cell(o, row, [(line, H if i == 0 else V) for line in a.split("\n")], bg=bg)
    o.p("", size=6)
    o.p("Kostenraming", size=11.5, bold=True, color="#375623", before="0.2cm")
    t2 = o.table("Raming", ["11cm", "4cm"])
    for lab, v in r["budget"] + [("Totaal", r["total"])]:
        row = TableRow()
        t2.addElement(row)
        st = H if lab == "Totaal" else V
        cell(o, row, [(lab, st)])
        cell(o, row, [(A(r, v), o.pstyle(size=10, bold=lab == "Totaal", align="end"))])
    o.p("", size=6)
    o.p("%s, %s – %s" % (r["sign_place"], r["doc_date"], r["name"]), size=10)
    return o.bytes(dt)


# =====================================================================
def d_odt_numq_fr(r):
    iso, dt = stamp(r)
    o = Odt("Gisèle", iso, "Réponses")
    o.p(r["org"].upper(), size=14, bold=True, align="center", after="0cm")
    o.p("Club des aînés – %s" % r["city"], size=10, align="center", color="#555555", after="0.4cm")
    o.p("Réponse à l'appel à projets « Partons 2.0 » (date limite le 16 juin 2019)", size=12, bold=True,
        after="0.3cm")
    Q = o.pstyle(size=11, bold=True, before="0.25cm", after="0.05cm")
    Rs = o.pstyle(size=11, italic=True, color="#1F3864", indent="0.8cm")
    pr = r["people"][0]
    qa = [
        ("Quel est le nom de votre association ou groupe ?", [r["org"] + " (association loi 1901)"]),
        ("Où se trouve votre siège ?", ["%s, %s %s" % (r["addr"], r["pc"], r["city"])]),
        ("Qui est la personne à contacter ? (nom, téléphone, courriel)",
         ["Mme %s, %s – %s – %s" % (r["name"], r["role"], r["phone"], r["email"])]),
        ("Qui sont les responsables de l'association ?",
         ["Présidente : Mme %s (tél. %s). Secrétaire : Mme %s." % (pr["name"], pr["phone"], r["name"])]),
        ("Intitulé du projet", ["—"]),
        ("Décrivez votre projet en quelques lignes.", [r["desc"]]),
        ("Où le projet aura-t-il lieu ?", [r["location"]]),
        ("Comment les habitants sont-ils associés ?", [r["particip"]]),
        ("Quel est le coût total du projet ?", [TOT(r)]),
        ("Quel montant demandez-vous ? (10 000 € maximum)", [REQ(r)]),
        ("Comment sera financé le reste ?", ["Par les cotisations du club : %s." % A(r, r["own"])]),
        ("Pouvez-vous participer aux séances d'accompagnement (26/09, 7/11, 28/11, 19/12/2019 et 30/01/2020) ?",
         ["Oui, au moins deux membres du bureau."]),
    ]
    for i, (q, ans) in enumerate(qa, 1):
        o.p("%d. %s" % (i, q), style=Q)
        for a in ans:
            o.p(a, style=Rs)
    o.p("Détail des dépenses prévues :", size=11, bold=True, before="0.3cm")
    TB = o.pstyle(size=10.5, tabs=["9cm"], indent="0.8cm")
    for lab, v in r["budget"]:
        o.p("%s\t%s" % (lab, A(r, v)), style=TB)
    o.p("Fait à %s, le %s." % (r["sign_place"], r["doc_date"]), size=11, before="0.4cm")
    return o.bytes(dt)


# =====================================================================
#                              TEST HALF
# =====================================================================
def t_odt_labelabove_nl(r):
    iso, dt = stamp(r)
    o = Odt("Tine Bogaert", iso, "aanvraag")
    o.p("Speelpleinwerking De Pluim vzw", size=15, bold=True, color="#C55A11", after="0cm")
    o.p("Aanvraag projectsteun – ‘Maak werk van je buurt!’ (Provincie West-Vlaanderen, Partons 2.0)", size=10,
        after="0.35cm")
    LBL = o.pstyle(size=7.5, color="#7F7F7F", after="0.02cm")
    VAL = o.pstyle(size=10.5, after="0.02cm")
    t = o.table("Formulier", ["8.5cm", "8.5cm"])
    vz = r["people"][0]
    rows = [
        [("Organisatie", r["org"]), ("Ondernemingsnummer", r["ids"]["kbo"])],
        [("Adres (straat + nr.)", r["addr"]), ("Postcode en gemeente", "%s %s" % (r["pc"], r["city"]))],
        [("Contactpersoon", r["name"]), ("Functie", r["role"])],
        [("Gsm", r["phone"]), ("E-mail", r["email"])],
        [("Voorzitter vzw", vz["name"]), ("Tel. / e-mail voorzitter", "%s – %s" % (vz["phone"], vz["email"]))],
        [("Projecttitel", r["title"])],
        [("Locatie", r["location"])],
        [("Omschrijving", r["desc"])],
        [("Participatie", r["particip"])],
        [("Gevraagd bedrag (max. 10 000 euro)", REQ(r)),
         ("Totaal budget", "nog niet gekend – we wachten op offertes")],
        [("Begeleidingstraject", "We schrijven ons in voor de sessies (26/09/2019 t.e.m. 30/01/2020)")],
    ]
    for rw in rows:
        row = TableRow()
        t.addElement(row)
        if len(rw) == 1:
            cell(o, row, [(rw[0][0], LBL), (rw[0][1], VAL)], span=2)
        else:
            for lab, val in rw:
                cell(o, row, [(lab, LBL), (val, VAL)])
    o.p("", size=6)
    o.p("%s, %s" % (r["sign_place"], r["doc_date"]), size=10.5, before="0.3cm")
    o.p("%s, %s" % (r["name"], r["role"]), size=10.5)
    return o.bytes(dt)


# =====================================================================
def t_odt_dots_nl(r):
    iso, dt = stamp(r)
    o = Odt("B. Vercruysse", iso, "aanvraag")
    o.p("KRING ZUID-VLAAMS ERFGOED", size=13, bold=True, align="center", after="0cm")
    o.p("Cercle du patrimoine de Flandre française – %s %s" % (r["pc"], r["city"]), size=9, italic=True,
        align="center", after="0.4cm")
    o.p("Aanvraagformulier projectenoproep ‘Maak werk van je buurt!’", size=12, bold=True, after="0.3cm")
    D = o.pstyle(size=10.5, tabs=[("6.5cm",)], after="0.14cm")
    s = r["people"][0]
    lines = [
        ("Naam vereniging", r["org"]),
        ("Rechtsvorm", "%s (RNA %s)" % (r["legal"], r["ids"]["rna"])),
        ("Adres", r["addr"]),
        ("Postcode en gemeente", "%s %s (Frankrijk)" % (r["pc"], r["city"])),
        ("Contactpersoon", "%s, %s" % (r["name"], r["role"])),
        ("Telefoon", r["phone"]),
        ("E-mail", r["email"]),
        ("Secretaris", "%s – %s – %s" % (s["name"], s["phone"], s["email"])),
        ("Titel van het project", r["title"]),
        ("Plaats", r["location"]),
        ("Totale kostprijs", TOT(r)),
        ("Gevraagde bijdrage", REQ(r)),
        ("Eigen middelen", A(r, r["own"])),
    ]
    for lab, val in lines:
        o.p("%s\t%s" % (lab, val), style=D)
    o.p("Beschrijving van het project", size=11, bold=True, before="0.3cm")
    o.p(r["desc"], size=10.5)
    o.p("Betrokkenheid van de inwoners", size=11, bold=True, before="0.2cm")
    o.p(r["particip"], size=10.5)
    o.p("Kosten", size=11, bold=True, before="0.2cm")
    for lab, v in r["budget"]:
        o.p("%s\t%s" % (lab, A(r, v)), style=D)
    o.p("%s, %s" % (r["sign_place"], r["doc_date"]), size=10.5, before="0.4cm")
    return o.bytes(dt)


# =====================================================================
def t_odt_sections_fr(r):
    iso, dt = stamp(r)
    o = Odt("Rose", iso, "projet")
    o.p("Fiche projet – « Partons 2.0 »", size=15, bold=True, color="#2F5496", after="0.05cm")
    o.p("Appel à projets pour des villages et quartiers vivants (Westhoek – Nord). Aide : 10 000 € au maximum.",
        size=9, color="#666666", after="0.35cm")
    SEC = o.pstyle(size=10.5, bold=True, color="#FFFFFF")
    L = o.pstyle(size=10, bold=True)
    V = o.pstyle(size=10)
    t = o.table("Fiche", ["5.5cm", "11.5cm"])
    vs = r["people"][0]
    blocks = [
        ("PORTEUR DU PROJET", [("Structure", "aucune – je dépose le projet à titre personnel"),
                               ("Nom", r["last"].upper()), ("Prénom", r["first"]), ("Adresse", r["addr"]),
                               ("Code postal et commune", "%s %s" % (r["pc"], r["city"])),
                               ("Téléphone portable", r["phone"]), ("Adresse électronique", r["email"]),
                               ("Soutien", "%s, voisin – %s" % (vs["name"], vs["phone"]))]),
        ("LE PROJET", [("Titre", r["title"]), ("Lieu", r["location"]), ("Description", r["desc"]),
                       ("Participants", r["particip"])]),
        ("BUDGET", [("Dépenses", "; ".join("%s : %s" % (l, A(r, v)) for l, v in r["budget"])),
                    ("Total", TOT(r)), ("Aide demandée", REQ(r)),
                    ("Reste à ma charge", A(r, r["own"]))]),
    ]
    for name, items in blocks:
        row = TableRow()
        t.addElement(row)
        cell(o, row, [(name, SEC)], bg="#2F5496", span=2)
        for lab, val in items:
            row = TableRow()
            t.addElement(row)
            cell(o, row, [(lab, L)], bg="#D9E2F3")
            cell(o, row, [(val, V)])
    o.p("", size=6)
    o.p("À %s, le %s" % (r["sign_place"], r["doc_date"]), size=10.5, before="0.3cm")
    return o.bytes(dt)


LAYOUTS = {
    "d_odt_tabs_fr": d_odt_tabs_fr,
    "d_odt_table_nl": d_odt_table_nl,
    "d_odt_numq_fr": d_odt_numq_fr,
    "t_odt_labelabove_nl": t_odt_labelabove_nl,
    "t_odt_dots_nl": t_odt_dots_nl,
    "t_odt_sections_fr": t_odt_sections_fr,
}
