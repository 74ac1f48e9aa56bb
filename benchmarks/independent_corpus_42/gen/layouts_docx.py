# -*- coding: utf-8 -*-
"""Word designs.  dev: province template copied into a 2-column table, a French
form with content controls, free paragraphs, header-row/value-row table, a
merged-cell table with tick boxes.  test: content controls in table cells,
underscore blanks, 4-column table, numbered questions, vertically merged
section column."""
import datetime
from docx.shared import Pt, Cm
from docxkit import (new_doc, save, shade, run, cell_set, set_col_widths, para, add_tab_stop, sdt_inline,
                     header_footer, borders)
from common import fmt_amt


def A(r, v):
    return "" if v is None else fmt_amt(v, r["style"])


def REQ(r):
    return r.get("req_w") or A(r, r["req"])


def TOT(r):
    if r["total"] is None:
        return ""
    return r.get("total_w") or A(r, r["total"])


def when(r, hour=20):
    d = datetime.datetime.strptime(r["date"][5:25], "%d %b %Y %H:%M:%S")
    return d - datetime.timedelta(hours=2)


# =====================================================================
def d_docx_table2(r):
    d = new_doc(r["name"], when(r), title="Aanvraagformulier projectidee")
    header_footer(d, "Provincie West-Vlaanderen", "Partons 2.0 – projectenoproep ‘Maak werk van je buurt!’",
                  "Woumenweg 100 – 8600 Diksmuide – jonas.polin@west-vlaanderen.be – 051 51 94 37")
    para(d, "Aanvraagformulier projectidee", bold=True, size=16, color="1F3864", after=2)
    para(d, "Vul de rechterkolom in. Bezorg het formulier vóór 16 juni 2019 aan Jonas Polin. "
            "Maximale bijdrage: 10.000 euro per project.", italic=True, size=8.5, color="7F7F7F", after=8)
    o = r["people"][0]
    rows = [
        ("Naam van de organisatie", r["org"], None),
        ("Adres (straat, nummer, postcode, gemeente)", "%s\n%s %s" % (r["addr"], r["pc"], r["city"]), None),
        ("Contactpersoon (naam, functie)", "%s, %s" % (r["name"], r["role"]), None),
        ("Telefoon", r["phone"], None),
        ("E-mail", r["email"], None),
        ("Voorzitter", "%s – %s – %s" % (o["name"], o["phone"], o["email"]), None),
        ("Ondernemingsnummer", "(niet verplicht voor feitelijke verenigingen)", "grey"),
        ("Rekeningnummer", r["ids"]["iban"], None),
        ("Titel van het project", r["title"], None),
        ("Locatie", r["location"], None),
        ("Omschrijving van het project", r["desc"], None),
        ("Hoe werden de inwoners betrokken?", r["particip"], None),
        ("Totale kostprijs", TOT(r), None),
        ("Gevraagde steun (max. 10.000 EUR)", REQ(r), None),
        ("Eigen inbreng en andere financiering", "eigen inbreng %s + %s" % (
            A(r, r["own"]), "; ".join("%s %s" % (s, A(r, v)) for s, v in r["other"])), None),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    borders(t)
    for i, (lab, val, how) in enumerate(rows):
        a, b = t.rows[i].cells
        cell_set(a, lab, bold=True, size=9.5)
        shade(a, "D9E2F3")
        if how == "grey":
            cell_set(b, val, italic=True, size=9, color="808080")
        else:
            cell_set(b, val, size=10)
    set_col_widths(t, [5.5, 11.5])
    para(d, "", after=2)
    para(d, "Raming van de kosten", bold=True, size=11, color="1F3864", after=2)
    t2 = d.add_table(rows=1 + len(r["budget"]), cols=2)
    borders(t2)
    cell_set(t2.rows[0].cells[0], "Kostenpost", bold=True)
    cell_set(t2.rows[0].cells[1], "Bedrag", bold=True)
    for i, (lab, v) in enumerate(r["budget"], 1):
        cell_set(t2.rows[i].cells[0], lab)
        cell_set(t2.rows[i].cells[1], A(r, v), align="right")
    set_col_widths(t2, [12, 5])
    para(d, "", after=2)
    para(d, "Datum: %s\t\tHandtekening: %s" % (r["doc_date"], r["name"]), after=2)
    return save(d, when(r))


# =====================================================================
def d_docx_sdt_fr(r):
    d = new_doc("APE Hirondelles", when(r), font="Arial", size=10, title="Fiche de candidature")
    header_footer(d, "Appel à projets Partons 2.0", "Villages et quartiers vivants",
                  "Dossier à adresser avant le 16/06/2019 à jonas.polin@west-vlaanderen.be – Province de Flandre "
                  "occidentale, Woumenweg 100, 8600 Diksmuide (B)")
    para(d, "FICHE DE CANDIDATURE", bold=True, size=15, color="C00000", after=0, align="center")
    para(d, "Merci de compléter les champs gris. Montant maximal de l'aide : 10 000 €.", italic=True, size=8.5,
         color="7F7F7F", align="center", after=10)
    PH = "Cliquez ou appuyez ici pour entrer du texte."

    def line(label, tag, value, kind="text", items=None, tab=6.0):
        p = para(d, "", after=3)
        add_tab_stop(p, tab)
        run(p, label + " :\t", bold=True)
        sdt_inline(p, tag, label, value, PH, kind, items)
        return p

    para(d, "L'association", bold=True, size=11.5, color="C00000", after=3)
    line("Nom de l'association", "nom_asso", r["org"])
    line("Statut", "statut", r["legal"], "dropdown", ["association loi 1901", "collectif d'habitants", "commune",
                                                       "autre"])
    line("N° RNA", "rna", r["ids"]["rna"])
    line("Adresse", "adresse", r["addr"])
    line("Code postal", "cp", r["pc"])
    line("Ville", "ville", r["city"])
    para(d, "Personne à contacter", bold=True, size=11.5, color="C00000", after=3)
    line("Nom et prénom", "contact_nom", "%s (%s)" % (r["name"], r["role"]))
    line("Téléphone", "contact_tel", r["phone"])
    line("Courriel", "contact_mail", r["email"])
    para(d, "Autres membres du bureau", bold=True, size=11.5, color="C00000", after=3)
    tr = r["people"][1]
    line("Trésorier", "tresorier", "%s – %s – %s" % (tr["name"], tr["phone"], tr["email"]))
    line("Présidente", "presidente", None)
    di = r["people"][0]
    p = para(d, "Pour information : directrice de l'école, %s (%s)." % (di["name"], di["phone"]), italic=True,
             size=9, color="595959", after=6)
    para(d, "Le projet", bold=True, size=11.5, color="C00000", after=3)
    line("Titre", "titre", r["title"])
    line("Lieu", "lieu", r["location"])
    para(d, "Description :", bold=True, after=1)
    p = para(d, "", after=3)
    sdt_inline(p, "description", "Description", r["desc"], PH)
    para(d, "Participation des habitants :", bold=True, after=1)
    p = para(d, "", after=3)
    sdt_inline(p, "participation", "Participation", r["particip"], PH)
    para(d, "Budget", bold=True, size=11.5, color="C00000", after=3)
    t = d.add_table(rows=len(r["budget"]) + 1, cols=2)
    borders(t)
    for i, (lab, v) in enumerate(r["budget"]):
        cell_set(t.rows[i].cells[0], lab)
        cell_set(t.rows[i].cells[1], A(r, v), align="right")
    cell_set(t.rows[-1].cells[0], "Total des dépenses", bold=True)
    cell_set(t.rows[-1].cells[1], TOT(r), bold=True, align="right")
    para(d, "", after=2)
    line("Coût total du projet", "cout_total", TOT(r))
    line("Aide demandée à Partons 2.0", "aide", REQ(r))
    line("Apport de l'association", "apport", A(r, r["own"]))
    line("Date", "date", r["doc_date"], "date")
    return save(d, when(r))


# =====================================================================
def d_docx_paras_nl(r):
    d = new_doc(r["name"], when(r), font="Cambria", size=11, title="Projectvoorstel")
    para(d, "Projectvoorstel – %s" % r["org"], bold=True, size=16, after=0)
    para(d, "(Steenvoorde, Frans-Vlaanderen) – voor de oproep ‘Maak werk van je buurt!’ / Partons 2.0",
         italic=True, size=10, color="595959", after=12)
    v = r["people"][0]
    sections = [
        ("1. Wie zijn we?",
         ["De %s is een vereniging (association loi 1901, RNA %s) die sinds 1998 de Vlaamse taal en cultuur in "
          "Steenvoorde en omstreken levend houdt. We tellen een zeventigtal leden, van 8 tot 91 jaar. "
          "Voorzitster is %s (%s, %s)." % (r["org"], r["ids"]["rna"], v["name"], v["phone"], v["email"])]),
        ("2. Ons project: %s" % r["title"],
         ["We willen elke maand een dorpswandeling organiseren met gidsen die de plekken in het Frans en in het "
          "Vlaams (streektaal) uitleggen, en vier streektaalavonden in de cafés van %s. Er komt een tweetalige "
          "wandelkaart die ook aan de Belgische kant van de grens verspreid wordt." % r["location"]]),
        ("3. Met wie?",
         ["Met de school, de toeristische dienst, de cafés en een zustervereniging uit Poperinge. De ideeën "
          "komen uit twee open avonden met de dorpelingen in maart 2019."]),
        ("4. Wat kost het?",
         ["We vragen een bijdrage van %s; het totale project kost ongeveer %s. De rest (%s) betalen we uit eigen "
          "middelen (lidgelden en de opbrengst van ons jaarlijks feest)." % (REQ(r), TOT(r), A(r, r["own"])),
          "De grootste posten zijn:"]),
    ]
    for head, ps in sections:
        para(d, head, bold=True, size=12.5, color="2E5496", after=3)
        for t in ps:
            para(d, t, after=5)
    for lab, val in r["budget"]:
        p = d.add_paragraph(style="List Bullet")
        run(p, "%s: %s" % (lab, A(r, val)))
    para(d, "5. Contact", bold=True, size=12.5, color="2E5496", after=3)
    for t in ("Contactpersoon: %s (%s)" % (r["name"], r["role"]),
              "Adres: %s, %s %s (Frankrijk)" % (r["addr"], r["pc"], r["city"]),
              "Tel.: %s" % r["phone"], "E-mail: %s" % r["email"]):
        para(d, t, after=0)
    para(d, "", after=6)
    para(d, "Wij nemen graag deel aan de begeleidingssessies (de eerste op 26 september 2019).", italic=True,
         after=6)
    para(d, "%s, %s" % (r["sign_place"], r["doc_date"]), after=0)
    return save(d, when(r))


# =====================================================================
def d_docx_hdrrow_fr(r):
    d = new_doc("JSM", when(r), font="Arial", size=10, title="Dossier de candidature")
    header_footer(d, "Jeunesse Sportive des Moëres", "club affilié – agrément %s" % r["ids"]["agrement"],
                  "JSM – stade des Moëres – Ghyvelde")
    para(d, "DOSSIER DE CANDIDATURE — Partons 2.0", bold=True, size=15, color="00612E", after=2)
    para(d, "Appel à projets transfrontalier « villages et quartiers vivants » – date limite : 16 juin 2019",
         size=9, color="595959", after=8)
    pres = r["people"][0]
    blocks = [
        (["Nom de l'association", "Sigle", "N° SIRET"], [r["org"], "JSM", r["ids"]["siret"]]),
        (["Adresse du siège", "Code postal", "Commune"], [r["addr"], r["pc"], r["city"]]),
        (["Président(e)", "Téléphone", "Courriel"], [pres["name"], pres["phone"], pres["email"]]),
        (["Responsable du projet", "Téléphone", "Courriel"], ["%s (%s)" % (r["name"], r["role"]), r["phone"],
                                                              r["email"]]),
    ]
    merged = [("Titre du projet", r["title"]), ("Lieu", r["location"]), ("Description", r["desc"]),
              ("Participation des habitants", r["particip"])]
    t = d.add_table(rows=2 * len(blocks) + 2 * len(merged), cols=3)
    borders(t)
    i = 0
    for heads, vals in blocks:
        for j in range(3):
            cell_set(t.rows[i].cells[j], heads[j], bold=True, size=8.5, color="FFFFFF")
            shade(t.rows[i].cells[j], "00612E")
            cell_set(t.rows[i + 1].cells[j], vals[j], size=10)
        i += 2
    for head, val in merged:
        c = t.rows[i].cells[0].merge(t.rows[i].cells[2])
        cell_set(c, head, bold=True, size=8.5, color="FFFFFF")
        shade(c, "00612E")
        c2 = t.rows[i + 1].cells[0].merge(t.rows[i + 1].cells[2])
        cell_set(c2, val, size=10)
        i += 2
    set_col_widths(t, [7.5, 4, 5.5])
    para(d, "", after=4)
    para(d, "Budget prévisionnel", bold=True, size=12, color="00612E", after=3)
    t2 = d.add_table(rows=1 + max(len(r["budget"]), len(r["other"]) + 2), cols=4)
    borders(t2)
    for j, h in enumerate(["Dépenses", "Montant", "Recettes", "Montant"]):
        cell_set(t2.rows[0].cells[j], h, bold=True)
        shade(t2.rows[0].cells[j], "E2EFDA")
    for k, (lab, v) in enumerate(r["budget"], 1):
        cell_set(t2.rows[k].cells[0], lab)
        cell_set(t2.rows[k].cells[1], A(r, v), align="right")
    rec = [("Partons 2.0", r["req"])] + list(r["other"]) + [("Fonds propres du club", r["own"])]
    for k, (lab, v) in enumerate(rec, 1):
        cell_set(t2.rows[k].cells[2], lab)
        cell_set(t2.rows[k].cells[3], A(r, v), align="right")
    para(d, "", after=4)
    p = para(d, "", after=2)
    run(p, "Coût total : ", bold=True)
    run(p, TOT(r))
    p = para(d, "", after=2)
    run(p, "Subvention demandée à Partons 2.0 : ", bold=True)
    run(p, REQ(r))
    para(d, "Fait à %s, le %s." % (r["sign_place"], r["doc_date"]), after=2)
    para(d, "Le président, %s" % pres["name"], after=2)
    return save(d, when(r))


# =====================================================================
def d_docx_merged_nl(r):
    d = new_doc("Roger", when(r), font="Times New Roman", size=11, title="aanvraag")
    para(d, r["org"], bold=True, size=14, after=0, align="center")
    para(d, "aanvraagformulier projectenoproep ‘Maak werk van je buurt!’ – Partons 2.0", size=10, after=8,
         align="center")
    t = d.add_table(rows=18, cols=4)
    borders(t)
    tr = r["people"][0]
    box = lambda b: "☒" if b else "☐"
    layout = [
        ("SEC", "A. GEGEVENS VERENIGING"),
        ("ROW", ["Naam vereniging", r["org"], "Statuut",
                 "%s feitelijke vereniging  %s vzw" % (box(r["legal"] == "feitelijke vereniging"),
                                                      box(r["legal"] == "vzw"))]),
        ("ROW", ["Straat", r["street"], "Nr.", r["nr"]]),
        ("ROW", ["Postcode", r["pc"], "Gemeente", r["city"]]),
        ("ROW", ["Rekeningnr.", r["ids"]["iban"], "Ondernemingsnr.", "/"]),
        ("SEC", "B. CONTACTPERSOON"),
        ("ROW", ["Naam", r["name"], "Functie", r["role"]]),
        ("ROW", ["Tel.", r["phone"], "E-mail", r["email"]]),
        ("ROW", ["Penningmeester", tr["name"], "Tel. / e-mail", "%s / %s" % (tr["phone"], tr["email"])]),
        ("SEC", "C. PROJECT"),
        ("WIDE", ["Projecttitel", r["title"]]),
        ("WIDE", ["Waar?", r["location"]]),
        ("WIDE", ["Omschrijving", r["desc"]]),
        ("WIDE", ["Betrokkenheid inwoners", r["particip"]]),
        ("SEC", "D. BUDGET (bedragen in euro)"),
        ("ROW", ["Totale projectkost", TOT(r), "Gevraagd bedrag", REQ(r)]),
        ("ROW", ["Eigen inbreng", A(r, r["own"]), "Andere subsidies", "geen"]),
        ("WIDE", ["Kostenposten", "; ".join("%s %s" % (l, A(r, v)) for l, v in r["budget"])]),
    ]
    for i, (kind, data) in enumerate(layout):
        cells = t.rows[i].cells
        if kind == "SEC":
            c = cells[0].merge(cells[3])
            cell_set(c, data, bold=True, size=10.5)
            shade(c, "BFBFBF")
        elif kind == "ROW":
            for j in range(4):
                cell_set(cells[j], data[j], bold=(j % 2 == 0), size=10 if j % 2 else 9.5)
                if j % 2 == 0:
                    shade(cells[j], "F2F2F2")
        else:
            cell_set(cells[0], data[0], bold=True, size=9.5)
            shade(cells[0], "F2F2F2")
            c = cells[1].merge(cells[3])
            cell_set(c, data[1], size=10)
    set_col_widths(t, [3.6, 5.4, 3.2, 4.8])
    para(d, "", after=4)
    para(d, "Ondergetekende verklaart dat de gegevens correct zijn en dat de vereniging deelneemt aan de "
            "sessies van het begeleidingstraject.", size=9.5, after=6)
    para(d, "Kemmel, %s" % r["doc_date"], after=0)
    para(d, "%s, %s" % (r["name"], r["role"]), after=0)
    return save(d, when(r))


# =====================================================================
#                              TEST HALF
# =====================================================================
def t_docx_sdt_table_fr(r):
    d = new_doc("Mathis", when(r), font="Calibri", size=10.5, title="Dossier junior association")
    header_footer(d, "Jeunes en Action de Ledringhem — Junior Association",
                  foot="Partons 2.0 · réponse à l'appel à projets · 2019")
    para(d, "Demande de soutien – appel « Partons 2.0 »", bold=True, size=15, color="7030A0", after=2)
    para(d, "(formulaire rempli par les jeunes – les cases grises sont des champs à compléter)", italic=True,
         size=8.5, color="7F7F7F", after=8)
    PH = "Cliquez ici pour taper du texte."
    ref = r["people"][0]
    mairie = r["people"][1]
    rows = [
        ("Nom du groupe", "groupe", r["org"]),
        ("Statut", "statut", r["legal"]),
        ("N° RNA", "rna", r["ids"]["rna"]),
        ("Adresse (n° et rue)", "adresse", r["addr"]),
        ("Code postal", "cp", r["pc"]),
        ("Commune", "commune", r["city"]),
        ("Porte-parole / contact du projet", "contact", "%s, %s" % (r["name"], r["role"])),
        ("Téléphone du contact", "tel", r["phone"]),
        ("Mail du contact", "mail", r["email"]),
        ("Adulte référent", "referent", "%s – %s – %s" % (ref["name"], ref["phone"], ref["email"])),
        ("Mairie partenaire", "mairie", "Mairie de Ledringhem, secrétariat : %s" % mairie["phone"]),
        ("Nom du projet", "projet", r["title"]),
        ("Où ?", "lieu", r["location"]),
        ("Notre idée", "idee", r["desc"]),
        ("Qui participe ?", "participants", r["particip"]),
        ("Budget total du projet", "budget_total", TOT(r)),
        ("Somme demandée", "demande", REQ(r)),
        ("Autres aides", "autres", "; ".join("%s : %s" % (s, A(r, v)) for s, v in r["other"]) +
         " – apport des jeunes (vente de crêpes) : %s" % A(r, r["own"])),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    borders(t)
    for i, (lab, tag, val) in enumerate(rows):
        a, b = t.rows[i].cells
        cell_set(a, lab, bold=True, size=9.5)
        shade(a, "E4DFEC")
        b.paragraphs[0].text = ""
        sdt_inline(b.paragraphs[0], tag, lab, val if val else None, PH)
    set_col_widths(t, [5.2, 11.8])
    para(d, "", after=4)
    para(d, "Détail des dépenses", bold=True, size=11, color="7030A0", after=2)
    for lab, v in r["budget"]:
        para(d, "• %s ........ %s" % (lab, A(r, v)), after=0)
    para(d, "", after=4)
    p = para(d, "Date : ", after=0)
    sdt_inline(p, "date", "Date", r["doc_date"], PH, "date")
    return save(d, when(r))


# =====================================================================
def t_docx_underscore_nl(r):
    d = new_doc("Marleen", when(r), font="Arial", size=10.5, title="AANVRAAG PROJECTSTEUN")
    para(d, "AANVRAAG PROJECTSTEUN", bold=True, size=14, after=0)
    para(d, "Projectenoproep ‘Maak werk van je buurt!’ – Provincie West-Vlaanderen / Partons 2.0", size=9.5,
         after=2)
    para(d, "Invullen op de stippellijnen. Terugsturen vóór 16 juni 2019 naar jonas.polin@west-vlaanderen.be "
            "of Woumenweg 100, 8600 Diksmuide. Vragen? Bel 051 51 94 37.", italic=True, size=8.5,
         color="7F7F7F", after=10)
    U = "_" * 14
    vz, sb = r["people"]

    def blank(label, answer, tail=True):
        p = para(d, "", after=5)
        run(p, label + ": ")
        run(p, answer, color="1F3864", font="Courier New")
        if tail:
            run(p, U)
        return p

    para(d, "1. De vereniging", bold=True, size=11.5, after=4)
    blank("Naam van de vereniging", r["org"])
    blank("Adres", "%s, %s %s" % (r["addr"], r["pc"], r["city"]))
    blank("Rekeningnummer", r["ids"]["iban"])
    blank("Voorzitter (naam + telefoon)", "%s, %s" % (vz["name"], vz["phone"]))
    blank("Schatbewaarder (naam + telefoon)", "%s, %s, %s" % (sb["name"], sb["phone"], sb["email"]))
    para(d, "2. Wie mogen we contacteren over deze aanvraag?", bold=True, size=11.5, after=4)
    blank("Naam", "%s (%s)" % (r["name"], r["role"]))
    blank("Telefoon", r["phone"])
    blank("E-mail", r["email"])
    para(d, "3. Het project", bold=True, size=11.5, after=4)
    blank("Naam van het project", r["title"])
    blank("Plaats", r["location"])
    p = para(d, "Korte beschrijving: ", after=5)
    run(p, "Aan het dorpshuis ligt een grasplein waar niemand komt. We willen er vijf zitbanken zetten en "
           "een petanqueplein aanleggen, zodat de ouderen uit het dorp er 's namiddags samenkomen en de "
           "kinderen van de speelpleinwerking er ook kunnen spelen.", color="1F3864", font="Courier New")
    para(d, "4. Financiering", bold=True, size=11.5, after=4)
    p = para(d, "Hoeveel vraagt u aan de provincie? (maximum 10.000 euro) ", after=5)
    run(p, "Wij zouden graag %s ontvangen van de provincie, op een totaal van zo'n %s. " % (REQ(r), TOT(r)),
        color="1F3864", font="Courier New")
    run(p, U)
    p = para(d, "Hoe wordt de rest betaald? ", after=5)
    run(p, "eigen kas (%s)" % A(r, r["own"]), color="1F3864", font="Courier New")
    run(p, U)
    p = para(d, "Kosten: ", after=5)
    run(p, "; ".join("%s %s" % (l, A(r, v)) for l, v in r["budget"]), color="1F3864", font="Courier New")
    para(d, "", after=6)
    blank("Datum", r["doc_date"], False)
    blank("Naam en handtekening", r["name"], False)
    return save(d, when(r))


# =====================================================================
def t_docx_4col_fr(r):
    d = new_doc("Comité Dunes et Polders", when(r), font="Calibri", size=10, title="Candidature")
    header_footer(d, "Comité de quartier Dunes et Polders – Adinkerke", "candidature Partons 2.0",
                  "Destinataire : Province de Flandre occidentale – M. Jonas Polin – Woumenweg 100 – 8600 "
                  "Diksmuide")
    para(d, "Candidature « Maak werk van je buurt ! » / Partons 2.0", bold=True, size=14, color="1F4E79", after=8)
    sec = r["people"][0]
    rows = [
        ("Comité / association", r["org"], "Forme", r["legal"]),
        ("Adresse", r["addr"], "Code postal – commune", "%s %s" % (r["pc"], r["city"])),
        ("Pays", "Belgique", "Compte bancaire", r["ids"]["iban"]),
        ("Personne de contact", "%s (%s)" % (r["name"], r["role"]), "Téléphone", r["phone"]),
        ("Courriel", r["email"], "Langue", "français / néerlandais"),
        ("Secrétaire", sec["name"], "Tél. / courriel", "%s / %s" % (sec["phone"], sec["email"])),
        ("Titre du projet", r["title"], "Lieu", r["location"]),
        ("Coût total", TOT(r), "Montant demandé", REQ(r)),
        ("Apport propre", A(r, r["own"]), "Autres soutiens", "; ".join("%s %s" % (s, A(r, v))
                                                                       for s, v in r["other"])),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    borders(t)
    for i, row in enumerate(rows):
        for j in range(4):
            c = t.rows[i].cells[j]
            cell_set(c, row[j], bold=(j % 2 == 0), size=9 if j % 2 == 0 else 10)
            if j % 2 == 0:
                shade(c, "DEEAF6")
    set_col_widths(t, [3.4, 5.1, 3.4, 5.1])
    para(d, "", after=4)
    para(d, "Description du projet", bold=True, size=11.5, color="1F4E79", after=2)
    para(d, r["desc"], after=6)
    para(d, "Participation des habitants", bold=True, size=11.5, color="1F4E79", after=2)
    para(d, r["particip"], after=6)
    para(d, "Postes de dépenses", bold=True, size=11.5, color="1F4E79", after=2)
    for lab, v in r["budget"]:
        para(d, "– %s : %s" % (lab, A(r, v)), after=0)
    para(d, "", after=4)
    para(d, "Adinkerke, le %s – pour le comité, %s, présidente" % (r["doc_date"], r["name"]), italic=True)
    return save(d, when(r))


# =====================================================================
def t_docx_numq_nl(r):
    d = new_doc("Stijn", when(r), font="Calibri", size=11, title="Antwoorden projectenoproep")
    para(d, "Maak werk van je buurt! – onze antwoorden", bold=True, size=15, after=2)
    para(d, "(vragen overgenomen uit de oproep van de provincie; onze antwoorden in cursief)", size=9,
         color="7F7F7F", after=10)
    m = r["people"][0]
    qa = [
        ("Wie dient het project in? (naam vereniging of groep)", [r["org"]]),
        ("Wie is de contactpersoon? Geef naam, adres, telefoon en e-mail.",
         [r["name"] + " (" + r["role"] + ")", r["addr"], "%s %s" % (r["pc"], r["city"]), r["phone"], r["email"]]),
        ("Is er een tweede contactpersoon?", ["%s – %s – %s" % (m["name"], m["phone"], m["email"])]),
        ("Hoe heet uw project?", ["Nog te bepalen – we laten de buurt een naam kiezen op het eerste buurtfeest."]),
        ("Waar gaat het door?", [r["location"]]),
        ("Wat wilt u doen?", [r["desc"]]),
        ("Hoe betrekt u de buurtbewoners?", [r["particip"]]),
        ("Wat is de totale kostprijs en hoeveel vraagt u? (max. 10 000 euro)",
         ["Totaal: %s" % TOT(r), "Gevraagd: %s" % REQ(r),
          "Rest: %s eigen inbreng en %s" % (A(r, r["own"]), "; ".join("%s %s" % (s, A(r, v))
                                                                      for s, v in r["other"]))]),
        ("Kan u deelnemen aan de sessies van het begeleidingstraject (26/09, 7/11, 28/11, 19/12/2019, 30/01/2020)?",
         ["Ja, Stijn of Hilde zal er telkens bij zijn (behalve misschien op 19/12)."]),
    ]
    for q, answers in qa:
        p = d.add_paragraph(style="List Number")
        run(p, q, bold=True)
        p.paragraph_format.space_after = Pt(2)
        for a in answers:
            pa = para(d, "", after=0)
            pa.paragraph_format.left_indent = Cm(0.9)
            run(pa, a, italic=True, color="1F3864")
        para(d, "", after=2)
    para(d, "Kostenraming:", bold=True, after=2)
    for lab, v in r["budget"]:
        para(d, "%s – %s" % (lab, A(r, v)), after=0)
    para(d, "", after=4)
    para(d, "%s, %s" % (r["sign_place"], r["doc_date"]), after=0)
    return save(d, when(r))


# =====================================================================
def t_docx_vmerge_fr(r):
    d = new_doc("Émilie G.", when(r), font="Georgia", size=10, title="Dossier de candidature")
    header_footer(d, "LES COMMERÇANTS DU MONT", "Association des commerçants et artisans de Cassel",
                  "SIRET %s – siège : %s, %s %s" % (r["ids"]["siret"], r["addr"], r["pc"], r["city"]))
    para(d, "Dossier de candidature – Partons 2.0", bold=True, size=15, after=2)
    para(d, "Appel à projets transfrontalier – aide plafonnée à 10 000 € – remise des dossiers : 16 juin 2019",
         size=9, color="7F7F7F", after=8)
    pres, tres = r["people"]
    groups = [
        ("PORTEUR", [("Dénomination", r["org"]), ("Statut", r["legal"]), ("N° SIRET", r["ids"]["siret"]),
                     ("Siège (n°, rue)", r["addr"]), ("Code postal / commune", "%s %s" % (r["pc"], r["city"]))]),
        ("BUREAU", [("Président", "%s – %s – %s" % (pres["name"], pres["phone"], pres["email"])),
                    ("Trésorier", "%s – %s" % (tres["name"], tres["phone"]))]),
        ("CONTACT", [("Nom, fonction", "%s, %s" % (r["name"], r["role"])), ("Téléphone", r["phone"]),
                     ("Courriel", r["email"])]),
        ("PROJET", [("Intitulé", r["title"]), ("Lieu", r["location"]), ("Description", r["desc"]),
                    ("Participation", r["particip"])]),
        ("FINANCEMENT", [("Budget global", TOT(r)), ("Aide sollicitée", REQ(r)),
                         ("Fonds propres", A(r, r["own"])),
                         ("Autres", "; ".join("%s : %s" % (s, A(r, v)) for s, v in r["other"]))]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = d.add_table(rows=n, cols=3)
    borders(t)
    i = 0
    for gname, items in groups:
        top = t.rows[i].cells[0]
        bottom = t.rows[i + len(items) - 1].cells[0]
        m = top.merge(bottom) if len(items) > 1 else top
        cell_set(m, gname, bold=True, size=9, color="FFFFFF")
        shade(m, "833C0B")
        for lab, val in items:
            cell_set(t.rows[i].cells[1], lab, bold=True, size=9)
            shade(t.rows[i].cells[1], "FBE4D5")
            cell_set(t.rows[i].cells[2], val, size=10)
            i += 1
    set_col_widths(t, [2.8, 4.2, 10])
    para(d, "", after=4)
    para(d, "Détail des dépenses", bold=True, size=11, after=2)
    t2 = d.add_table(rows=len(r["budget"]) + 1, cols=2)
    borders(t2)
    for k, (lab, v) in enumerate(r["budget"]):
        cell_set(t2.rows[k].cells[0], lab)
        cell_set(t2.rows[k].cells[1], A(r, v), align="right")
    cell_set(t2.rows[-1].cells[0], "TOTAL", bold=True)
    cell_set(t2.rows[-1].cells[1], TOT(r), bold=True, align="right")
    para(d, "", after=4)
    para(d, "Fait à %s, le %s" % (r["sign_place"], r["doc_date"]), after=0)
    return save(d, when(r))


LAYOUTS = {
    "d_docx_table2": d_docx_table2,
    "d_docx_sdt_fr": d_docx_sdt_fr,
    "d_docx_paras_nl": d_docx_paras_nl,
    "d_docx_hdrrow_fr": d_docx_hdrrow_fr,
    "d_docx_merged_nl": d_docx_merged_nl,
    "t_docx_sdt_table_fr": t_docx_sdt_table_fr,
    "t_docx_underscore_nl": t_docx_underscore_nl,
    "t_docx_4col_fr": t_docx_4col_fr,
    "t_docx_numq_nl": t_docx_numq_nl,
    "t_docx_vmerge_fr": t_docx_vmerge_fr,
}
