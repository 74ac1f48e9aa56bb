# -*- coding: utf-8 -*-
"""OpenDocument designs (odfpy). Writer: O1 (dev), O2 (test). Calc: OS1 (dev, two sheets), OS2 (test, one sheet)."""
import io
import random
from decimal import Decimal

from odf import dc, meta
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H, Span

from common import (fmt_amount, fmt_phone, normalize_zip, COORD_EMAIL, COORD_NAME, COORD_PHONE_FIXED,
                    COORD_PHONE_MOBILE, PROV_STREET, PROV_PC_CITY, SESSIONS)
from texts import role, role_generic_fr, long_date, short_date, pc_city


def _meta(doc, rec, title):
    iso = "%04d-%02d-%02dT10:15:00" % rec.date[:3]
    doc.meta.addElement(dc.Title(text=title))
    doc.meta.addElement(dc.Creator(text=rec.sender.name))
    doc.meta.addElement(meta.InitialCreator(text=rec.sender.name))
    doc.meta.addElement(meta.CreationDate(text=iso))
    doc.meta.addElement(dc.Date(text=iso))


def _save(doc, rec):
    buf = io.BytesIO()
    doc.write(buf)
    return normalize_zip(buf.getvalue(), "%04d-%02d-%02dT10:15:00" % rec.date[:3], odf=True)


class Wr:
    """Small Writer helper."""

    def __init__(self, rec, title):
        self.rec = rec
        self.doc = OpenDocumentText()
        _meta(self.doc, rec, title)
        d = self.doc
        self.st = {}

        def ps(name, size="10pt", bold=False, italic=False, color=None, mt="0cm", mb="0.1cm", family="paragraph"):
            s = Style(name=name, family=family)
            tp = dict(fontsize=size, fontfamily="Liberation Sans")
            if bold:
                tp["fontweight"] = "bold"
            if italic:
                tp["fontstyle"] = "italic"
            if color:
                tp["color"] = color
            s.addElement(TextProperties(**tp))
            if family == "paragraph":
                s.addElement(ParagraphProperties(margintop=mt, marginbottom=mb))
            d.automaticstyles.addElement(s)
            self.st[name] = s
            return s

        ps("Norm")
        ps("Small", "8pt", color="#555555")
        ps("SmallI", "8pt", italic=True, color="#555555")
        ps("Bold", bold=True)
        ps("Title", "15pt", bold=True, mb="0.2cm")
        ps("H", "12pt", bold=True, mt="0.35cm", mb="0.15cm", color="#1F3864")
        ps("Cell", "9pt")
        ps("CellB", "9pt", bold=True)
        ps("SecRow", "9.5pt", bold=True, color="#FFFFFF")
        c = Style(name="C", family="table-cell")
        c.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        d.automaticstyles.addElement(c)
        self.st["C"] = c
        c = Style(name="CG", family="table-cell")
        c.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#E7E6E6"))
        d.automaticstyles.addElement(c)
        self.st["CG"] = c
        c = Style(name="CS", family="table-cell")
        c.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#2F5496"))
        d.automaticstyles.addElement(c)
        self.st["CS"] = c
        c = Style(name="CY", family="table-cell")
        c.addElement(TableCellProperties(border="1pt solid #000000", padding="0.1cm", backgroundcolor="#FFF2CC"))
        d.automaticstyles.addElement(c)
        self.st["CY"] = c
        self.ntab = 0

    def p(self, text, style="Norm"):
        self.doc.text.addElement(P(stylename=self.st[style], text=text))

    def h(self, text, style="H"):
        self.doc.text.addElement(H(outlinelevel=2 if style == "H" else 1, stylename=self.st[style], text=text))

    def table(self, widths_cm):
        self.ntab += 1
        name = "Tabel%d" % self.ntab
        ts = Style(name=name, family="table")
        ts.addElement(TableProperties(width="%.2fcm" % sum(widths_cm), align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for i, w in enumerate(widths_cm):
            cs = Style(name="%s.%s" % (name, chr(65 + i)), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        self.doc.text.addElement(t)
        return t

    def row(self, t, cells, ncols=None):
        """cells: list of (content, cellstyle, parastyle, span). content: str or list of str."""
        tr = TableRow()
        for c in cells:
            if isinstance(c, str) or isinstance(c, list):
                c = (c, "C", "Cell", 1)
            content, cst, pst, span = (list(c) + [1])[:4] if len(c) < 4 else c
            kw = dict(stylename=self.st[cst])
            if span > 1:
                kw["numbercolumnsspanned"] = span
            tc = TableCell(**kw)
            for line in (content if isinstance(content, list) else [content]):
                tc.addElement(P(stylename=self.st[pst], text=line))
            tr.addElement(tc)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        t.addElement(tr)

    def bytes(self):
        return _save(self.doc, self.rec)


# =====================================================================================
# O1: Writer tables; people as columns, 'ja/oui' row marks the contact; separate requested row
# =====================================================================================
O1L = {
    "nl": dict(title="Aanvraagformulier projectidee - Maak werk van je buurt! 2019",
               adm="Voorbehouden aan de provincie: dossiernr. ........  ontvangen op ........  (%s, %s)"
                   % (COORD_NAME, COORD_EMAIL),
               intro="In te dienen vóór 16 juni 2019 bij Provincie West-Vlaanderen, %s, %s." % (PROV_STREET,
                                                                                              PROV_PC_CITY),
               s1="1. Identificatie van de organisatie",
               org=["Naam organisatie", "Rechtsvorm", "Ondernemingsnummer", "Straat en huisnummer zetel",
                    "Postcode", "Gemeente", "Algemeen telefoonnummer", "Algemeen e-mailadres", "IBAN"],
               s2="2. Personen",
               roles=[("chair", "Voorzitter"), ("secretary", "Secretaris"), ("treasurer", "Penningmeester"),
                      ("projectleader", "Projectleider")],
               prow=["Naam", "Adres", "Postcode en gemeente", "Telefoon", "E-mail", "Contactpersoon voor dit dossier?"],
               yes="ja", no="nee",
               proj="Project: %s",
               s3="3. Project", prj=["Locatie", "Omschrijving", "Timing"], timing="najaar 2019 - voorjaar 2020",
               s4="4. Begroting", eh=["Uitgaven", "Bedrag"], tote="Totaal uitgaven",
               fh=["Financiering", "Bedrag"], req="Provincie West-Vlaanderen - Maak werk van je buurt",
               totf="Totaal financiering",
               s5="5. Handtekening", sign="%s, %s - %s (%s)"),
    "fr": dict(title="Formulaire de candidature - Partons 2.0 - 2019",
               adm="Réservé à la Province : dossier n° ........  reçu le ........  (%s, %s)" % (COORD_NAME,
                                                                                           COORD_EMAIL),
               intro="À renvoyer avant le 16 juin 2019 à la Province de Flandre-Occidentale, %s, %s (Belgique)."
                     % (PROV_STREET, PROV_PC_CITY),
               s1="1. Identification de la structure",
               org=["Nom de la structure", "Forme juridique", "N° RNA", "Numéro et rue du siège", "Code postal",
                    "Commune", "Téléphone général", "Courriel général", "IBAN"],
               s2="2. Personnes",
               roles=[("chair", "Président(e)"), ("secretary", "Secrétaire"), ("treasurer", "Trésorier(ère)"),
                      ("projectleader", "Chef de projet")],
               prow=["Nom", "Adresse", "Code postal et commune", "Téléphone", "Courriel",
                     "Personne à contacter pour ce dossier ?"],
               yes="oui", no="non",
               proj="Projet : %s",
               s3="3. Projet", prj=["Lieu", "Description", "Calendrier"],
               timing="automne 2019 - printemps 2020",
               s4="4. Budget", eh=["Dépenses", "Montant"], tote="Total des dépenses",
               fh=["Financement", "Montant"], req="Partons 2.0 (Province de Flandre-Occidentale)",
               totf="Total du financement",
               s5="5. Signature", sign="%s, le %s - %s (%s)"),
}


def render_O1(rec):
    lang = rec.lang
    L = O1L[lang]
    o = rec.org
    b = rec.budget
    pst = "nat" if rec.country == "BE" else "dots"
    amt = "nl_eur" if lang == "nl" else "fr_eur2"
    w = Wr(rec, L["title"])
    w.p(L["adm"], "SmallI")
    w.p(L["title"], "Title")
    w.h(L["proj"] % o["title"])
    w.p(L["intro"], "Small")
    w.h(L["s1"])
    vals = [o["org"], o["legal"], o.get("number") or "", o["street"], o["pc"], o["city"], fmt_phone(o["phone"], pst),
            o["email"], o["iban"]]
    t = w.table([6, 11])
    for lab, v in zip(L["org"], vals):
        w.row(t, [(lab, "CG", "CellB", 1), (v, "C", "Cell", 1)])
    w.h(L["s2"])
    t = w.table([3.4] + [3.4] * 4)
    w.row(t, [("", "CG", "CellB", 1)] + [(lab, "CG", "CellB", 1) for _, lab in L["roles"]])
    people = [rec.people[rk] for rk, _ in L["roles"]]
    rows = [[p.name for p in people], [p.street for p in people], [pc_city(p) for p in people],
            [fmt_phone(p.phone, pst) for p in people], [p.email for p in people],
            [L["yes"] if rk == rec.contact_role else L["no"] for rk, _ in L["roles"]]]
    for lab, vals in zip(L["prow"], rows):
        w.row(t, [(lab, "CG", "CellB", 1)] + [(v, "C", "Cell", 1) for v in vals])
    w.h(L["s3"])
    t = w.table([4, 13])
    for lab, v in zip(L["prj"], [o["location"], o["summary"], L["timing"]]):
        w.row(t, [(lab, "CG", "CellB", 1), (v, "C", "Cell", 1)])
    w.h(L["s4"])
    t = w.table([12, 5])
    w.row(t, [(L["eh"][0], "CG", "CellB", 1), (L["eh"][1], "CG", "CellB", 1)])
    for l, a in b["expenses"]:
        w.row(t, [l, fmt_amount(a, amt)])
    w.row(t, [(L["tote"], "C", "CellB", 1), (fmt_amount(b["total"], amt), "C", "CellB", 1)])
    w.p("")
    t = w.table([12, 5])
    w.row(t, [(L["fh"][0], "CG", "CellB", 1), (L["fh"][1], "CG", "CellB", 1)])
    for l, a in b["income"]:
        w.row(t, [l, fmt_amount(a, amt)])
    w.row(t, [L["req"], fmt_amount(b["requested"], amt)])
    w.row(t, [(L["totf"], "C", "CellB", 1), (fmt_amount(b["total"], amt), "C", "CellB", 1)])
    w.h(L["s5"])
    ch = rec.people["chair"]
    w.p(L["sign"] % (o["city"], short_date(rec.date), ch.name, role("chair", lang, ch.gender)))
    return w.bytes()


# =====================================================================================
# O2: one long four-column table with section rows; title only in the heading; contact by sentence;
#     requested amount only in the income column named after the call
# =====================================================================================
O2L = {
    "nl": dict(proj="Project: %s", sub="Projectenoproep Maak werk van je buurt! - Partons 2.0 - aanvraag",
               intro=("Mail dit document naar %s of bel %s voor hulp. Vul alle velden in (bv. 'Dorpsraad "
                      "Voorbeeld vzw', '0470 12 34 56')." % (COORD_EMAIL, COORD_PHONE_MOBILE)),
               A="A. ORGANISATIE", name="Naam", legal="Rechtsvorm", st="Straat en nr.", pcg="Postcode en gemeente",
               tel="Telefoon", mail="E-mail", num="KBO-nummer", iban="IBAN",
               B="B. BESTUUR EN PROJECTTEAM", adr="Adres",
               roles=[("chair", "Voorzitter"), ("secretary", "Secretaris"), ("treasurer", "Penningmeester"),
                      ("projectleader", "Projectverantwoordelijke")],
               C="C. CONTACT", csent="Contactpersoon voor dit dossier",
               D="D. PROJECT", loc="Locatie", desc="Omschrijving", vol="Vrijwilligers",
               E="E. FINANCIERING", eh="Uitgaven", ih="Inkomsten", amt="Bedrag", tot="Totaal",
               call="Provincie West-Vlaanderen - Maak werk van je buurt",
               F="F. IN TE VULLEN DOOR DE PROVINCIE", f1="Ontvangen op", f2="Dossierbehandelaar",
               G="Datum en handtekening"),
    "fr": dict(proj="Projet : %s", sub="Appel à projets Partons 2.0 - Maak werk van je buurt! - demande",
               intro=("Envoyez ce document à %s ou appelez le %s en cas de question. Complétez tous les champs "
                      "(ex. « Association Exemple », « 06 12 34 56 78 »)." % (COORD_EMAIL, COORD_PHONE_MOBILE)),
               A="A. STRUCTURE", name="Nom", legal="Statut", st="N° et rue", pcg="Code postal et commune",
               tel="Téléphone", mail="Courriel", num="N° RNA", iban="IBAN",
               B="B. BUREAU ET ÉQUIPE PROJET", adr="Adresse",
               roles=[("chair", "Président(e)"), ("secretary", "Secrétaire"), ("treasurer", "Trésorier(ère)"),
                      ("projectleader", "Responsable du projet")],
               C="C. CONTACT", csent="Personne de contact pour ce dossier",
               D="D. PROJET", loc="Lieu", desc="Description", vol="Bénévoles",
               E="E. FINANCEMENT", eh="Dépenses", ih="Recettes", amt="Montant", tot="Total",
               call="Partons 2.0 - Province de Flandre-Occidentale",
               F="F. CADRE RÉSERVÉ À LA PROVINCE", f1="Reçu le", f2="Agent traitant",
               G="Date et signature"),
}


def render_O2(rec):
    lang = rec.lang
    L = O2L[lang]
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = r.choice(["slash", "nat"]) if rec.country == "BE" else "nat"
    amt = "eur_pre" if lang == "nl" else "fr_dot"
    w = Wr(rec, L["proj"] % o["title"])
    w.h(L["proj"] % o["title"], "Title")
    w.p(L["sub"], "Bold")
    w.p(L["intro"], "SmallI")
    t = w.table([3.6, 5.0, 3.4, 5.0])

    def sec(title):
        w.row(t, [(title, "CS", "SecRow", 4)])

    def lab(s):
        return (s, "CG", "CellB", 1)

    sec(L["A"])
    w.row(t, [lab(L["name"]), o["org"], lab(L["legal"]), o["legal"]])
    w.row(t, [lab(L["st"]), o["street"], lab(L["pcg"]), "%s %s" % (o["pc"], o["city"])])
    w.row(t, [lab(L["tel"]), fmt_phone(o["phone"], pst), lab(L["mail"]), o["email"]])
    w.row(t, [lab(L["num"]), o.get("number") or "-", lab(L["iban"]), o["iban"]])
    sec(L["B"])
    for rk, rl in L["roles"]:
        per = rec.people[rk]
        tel = fmt_phone(per.phone, pst)
        if per.phone2 and rk != rec.contact_role:
            tel = [fmt_phone(per.phone2, pst), tel]
        w.row(t, [lab(rl), per.name, lab(L["tel"]), tel])
        w.row(t, [lab(L["adr"]), [per.street, pc_city(per)], lab(L["mail"]), per.email])
    sec(L["C"])
    ct = rec.contact
    w.row(t, [lab(L["csent"]), (role(rec.contact_role, lang, ct.gender, article=True), "C", "Cell", 3)])
    sec(L["D"])
    w.row(t, [lab(L["loc"]), (o["location"], "C", "Cell", 3)])
    w.row(t, [lab(L["desc"]), (o["summary"], "C", "Cell", 3)])
    w.row(t, [lab(L["vol"]), (str(o["volunteers"]), "C", "Cell", 3)])
    sec(L["E"])
    w.row(t, [lab(L["eh"]), lab(L["amt"]), lab(L["ih"]), lab(L["amt"])])
    inc = list(b["income"]) + [(L["call"], b["requested"])]
    for i in range(max(len(inc), len(b["expenses"]))):
        e = b["expenses"][i] if i < len(b["expenses"]) else ("", None)
        n = inc[i] if i < len(inc) else ("", None)
        w.row(t, [e[0], fmt_amount(e[1], amt) if e[1] is not None else "",
                  n[0], fmt_amount(n[1], amt) if n[1] is not None else ""])
    w.row(t, [lab(L["tot"]), (fmt_amount(b["total"], amt), "C", "CellB", 1), lab(L["tot"]),
              (fmt_amount(b["total"], amt), "C", "CellB", 1)])
    sec(L["G"])
    ch = rec.people["chair"]
    w.row(t, [(("%s, %s - %s, %s" % (o["city"], long_date(rec.date, lang), ch.name,
                                     role("chair", lang, ch.gender))), "C", "Cell", 4)])
    sec(L["F"])
    w.row(t, [lab(L["f1"]), "", lab(L["f2"]), "%s (%s)" % (COORD_NAME, COORD_PHONE_FIXED)])
    return w.bytes()


# =====================================================================================
# Spreadsheets (ODS)
# =====================================================================================
class Calc:
    def __init__(self, rec, title):
        self.rec = rec
        self.doc = OpenDocumentSpreadsheet()
        _meta(self.doc, rec, title)
        d = self.doc
        self.st = {}
        for name, bold, bg, size in [("n", False, None, "10pt"), ("b", True, None, "10pt"),
                                     ("h", True, None, "13pt"), ("g", True, "#DDEBF7", "10pt"),
                                     ("y", True, "#FFF2CC", "10pt"), ("i", False, None, "8pt")]:
            s = Style(name="ce_" + name, family="table-cell")
            tp = dict(fontsize=size, fontfamily="Liberation Sans")
            if bold:
                tp["fontweight"] = "bold"
            if name == "i":
                tp["fontstyle"] = "italic"
                tp["color"] = "#555555"
            s.addElement(TextProperties(**tp))
            if bg:
                s.addElement(TableCellProperties(backgroundcolor=bg, border="0.5pt solid #808080"))
            d.automaticstyles.addElement(s)
            self.st[name] = s
        self.colstyles = {}
        self.nrows = {}

    def sheet(self, name, widths_cm):
        t = Table(name=name)
        for i, w in enumerate(widths_cm):
            key = "%.2f" % w
            if key not in self.colstyles:
                cs = Style(name="co%d" % len(self.colstyles), family="table-column")
                cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
                self.doc.automaticstyles.addElement(cs)
                self.colstyles[key] = cs
            t.addElement(TableColumn(stylename=self.colstyles[key]))
        self.doc.spreadsheet.addElement(t)
        return t

    def row(self, t, cells):
        """cells: None | str | ('num', value, display) | (str, style) | ('num', value, display, style)
        | ('sum', value, display, formula, style)"""
        self.nrows[id(t)] = self.nrows.get(id(t), 0) + 1
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(TableCell())
                continue
            if isinstance(c, str):
                c = (c, "n")
            if c[0] == "num":
                v, disp = c[1], c[2]
                sty = c[3] if len(c) > 3 else "n"
                tc = TableCell(valuetype="currency", currency="EUR", value=str(v), stylename=self.st[sty])
                tc.addElement(P(text=disp))
            elif c[0] == "sum":
                v, disp, formula, sty = c[1], c[2], c[3], c[4]
                tc = TableCell(valuetype="currency", currency="EUR", value=str(v), formula=formula,
                               stylename=self.st[sty])
                tc.addElement(P(text=disp))
            else:
                tc = TableCell(valuetype="string", stylename=self.st[c[1]])
                tc.addElement(P(text=c[0]))
            tr.addElement(tc)
        t.addElement(tr)

    def bytes(self):
        return _save(self.doc, self.rec)


def _num(v):
    v = Decimal(v)
    return ("%d" % v) if v == int(v) else ("%.2f" % v)


def render_OS1(rec):
    """Dev ODS (French): sheet 'Formulaire' + sheet 'Budget' with a separate requested line."""
    o = rec.org
    b = rec.budget
    lang = rec.lang
    pst = "nat"
    c = Calc(rec, "Formulaire Partons 2.0")
    t = c.sheet("Formulaire", [6.5, 5.5, 6.0, 3.5, 6.0, 2.5])
    c.row(t, [("Projet : %s" % o["title"], "h")])
    c.row(t, [("Appel à projets Partons 2.0 - formulaire de candidature 2019", "b")])
    c.row(t, [("À renvoyer avant le 16 juin 2019 à %s - Province de Flandre-Occidentale, %s, %s"
               % (COORD_EMAIL, PROV_STREET, PROV_PC_CITY), "i")])
    c.row(t, [])
    c.row(t, [("STRUCTURE", "g"), ("", "g")])
    for lab, v in [("Nom de l'association", o["org"]), ("Statut", o["legal"]), ("N° RNA", o.get("number") or ""),
                   ("SIRET", o.get("siret") or ""), ("Siège : n° et rue", o["street"]), ("Code postal", o["pc"]),
                   ("Commune", o["city"]), ("Téléphone", fmt_phone(o["phone"], pst)), ("Courriel", o["email"])]:
        c.row(t, [(lab, "b"), v])
    c.row(t, [])
    c.row(t, [("BUREAU ET ÉQUIPE", "g"), ("Nom", "g"), ("Adresse", "g"), ("Téléphone", "g"), ("Courriel", "g"),
              ("Contact (x)", "g")])
    for rk in ["chair", "secretary", "treasurer", "projectleader"]:
        per = rec.people[rk]
        c.row(t, [(role_generic_fr(rk), "b"), per.name, "%s, %s" % (per.street, pc_city(per)),
                  fmt_phone(per.phone, pst), per.email, ("x", "b") if rk == rec.contact_role else ""])
    c.row(t, [("Cochez (x) la personne à contacter pour ce dossier.", "i")])
    c.row(t, [])
    c.row(t, [("PROJET", "g"), ("", "g")])
    for lab, v in [("Lieu", o["location"]), ("Description", o["summary"]),
                   ("Bénévoles impliqués", str(o["volunteers"]))]:
        c.row(t, [(lab, "b"), v])
    c.row(t, [])
    ch = rec.people["chair"]
    c.row(t, [("Signature", "b"), "%s (%s), %s" % (ch.name, role("chair", "fr", ch.gender), short_date(rec.date))])
    t2 = c.sheet("Budget", [8.5, 4.0])
    c.row(t2, [("Budget prévisionnel", "h")])
    c.row(t2, [("Dépenses", "g"), ("Montant", "g")])
    amt = "fr_eur2"
    first = 3
    for l, a in b["expenses"]:
        c.row(t2, [l, ("num", _num(a), fmt_amount(a, amt))])
    last = first + len(b["expenses"]) - 1
    c.row(t2, [("Total des dépenses", "b"), ("sum", _num(b["total"]), fmt_amount(b["total"], amt),
                                              "of:=SUM([.B%d:.B%d])" % (first, last), "b")])
    c.row(t2, [])
    c.row(t2, [("Recettes", "g"), ("Montant", "g")])
    rfirst = c.nrows[id(t2)] + 1
    for l, a in list(b["income"]) + [("Partons 2.0 - Province de Flandre-Occidentale", b["requested"])]:
        c.row(t2, [l, ("num", _num(a), fmt_amount(a, amt))])
    rlast = c.nrows[id(t2)]
    c.row(t2, [("Total des recettes", "b"), ("sum", _num(b["total"]), fmt_amount(b["total"], amt),
                                              "of:=SUM([.B%d:.B%d])" % (rfirst, rlast), "b")])
    c.row(t2, [])
    c.row(t2, [("L'aide Partons 2.0 est plafonnée à 10 000 €.", "i")])
    c.row(t2, [("Séances d'accompagnement : " + ", ".join(SESSIONS), "i")])
    return c.bytes()


def render_OS2(rec):
    """Test ODS (Dutch): one sheet, people side by side, requested only as an income line."""
    o = rec.org
    b = rec.budget
    pst = "slash"
    c = Calc(rec, "Aanvraag Maak werk van je buurt")
    t = c.sheet("Aanvraag", [6.0, 5.5, 5.5, 5.5, 5.5])
    c.row(t, [("Project: %s" % o["title"], "h")])
    c.row(t, [("Maak werk van je buurt! 2019 - aanvraag - terug te sturen naar %s (%s)" % (COORD_EMAIL,
                                                                                        COORD_PHONE_FIXED), "i")])
    c.row(t, [])
    c.row(t, [("Organisatie", "g"), ("", "g")])
    for lab, v in [("Naam", o["org"]), ("Rechtsvorm", o["legal"]), ("Ondernemingsnummer", o.get("number") or ""),
                   ("Adres zetel", o["street"]), ("Postcode", o["pc"]), ("Gemeente", o["city"]),
                   ("Telefoon", fmt_phone(o["phone"], pst)), ("E-mail", o["email"]), ("IBAN", o["iban"])]:
        c.row(t, [(lab, "b"), v])
    c.row(t, [])
    roles = ["chair", "secretary", "treasurer", "projectleader"]
    c.row(t, [("Personen", "g")] + [(role(rk, "nl", "m", cap=True), "g") for rk in roles])
    ppl = [rec.people[rk] for rk in roles]
    for lab, f in [("Naam", lambda p: p.name), ("Adres", lambda p: p.street), ("Postcode", lambda p: p.pc),
                   ("Gemeente", lambda p: p.city), ("Telefoon", lambda p: fmt_phone(p.phone, pst)),
                   ("E-mail", lambda p: p.email)]:
        c.row(t, [(lab, "b")] + [f(p) for p in ppl])
    ct = rec.contact
    c.row(t, [("Contactpersoon voor dit dossier", "b"), role(rec.contact_role, "nl", ct.gender, article=True)])
    c.row(t, [])
    c.row(t, [("Project", "g"), ("", "g")])
    c.row(t, [("Locatie", "b"), o["location"]])
    c.row(t, [("Omschrijving", "b"), o["summary"]])
    c.row(t, [])
    amt = "nl_eur"
    c.row(t, [("Uitgaven", "g"), ("Bedrag", "g"), ("Inkomsten", "g"), ("Bedrag", "g")])
    inc = list(b["income"]) + [("Maak werk van je buurt (Provincie West-Vlaanderen)", b["requested"])]
    start = c.nrows[id(t)] + 1
    n = max(len(inc), len(b["expenses"]))
    for i in range(n):
        cells = []
        if i < len(b["expenses"]):
            l, a = b["expenses"][i]
            cells += [l, ("num", _num(a), fmt_amount(a, amt))]
        else:
            cells += [None, None]
        if i < len(inc):
            l, a = inc[i]
            cells += [l, ("num", _num(a), fmt_amount(a, amt))]
        c.row(t, cells)
    c.row(t, [("Totaal", "b"), ("sum", _num(b["total"]), fmt_amount(b["total"], amt),
                                "of:=SUM([.B%d:.B%d])" % (start, start + n - 1), "b"),
              ("Totaal", "b"), ("sum", _num(b["total"]), fmt_amount(b["total"], amt),
                                "of:=SUM([.D%d:.D%d])" % (start, start + n - 1), "b")])
    c.row(t, [])
    ch = rec.people["chair"]
    c.row(t, [("Ondertekend", "b"), "%s, voorzitter - %s" % (ch.name, short_date(rec.date))])
    c.row(t, [("Voorbehouden aan de provincie: ontvangen op ..........", "i")])
    return c.bytes()
