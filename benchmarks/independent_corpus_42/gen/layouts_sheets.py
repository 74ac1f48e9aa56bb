# -*- coding: utf-8 -*-
"""Spreadsheet forms: dev xlsx (merged label/value blocks, budget table) and ods
(label column + spanned value cells); test xlsx (identity sheet + French
associative budget with in-kind contributions) and ods (two sheets, quantity x
unit price budget)."""
import io
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, TableRowProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P
from odf import meta, dc
from common import fmt_amt, normalise_zip


def A(r, v):
    return "" if v is None else fmt_amt(v, r["style"])


def stamp(r, minutes=40):
    d = datetime.datetime.strptime(r["date"][5:25], "%d %b %Y %H:%M:%S") - datetime.timedelta(minutes=minutes)
    return d


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _xlsx_bytes(wb, when):
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.lastModifiedBy = wb.properties.creator
    buf = io.BytesIO()
    wb.save(buf)
    dt = (when.year, when.month, when.day, when.hour, when.minute, 0)
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    import re

    def patch(name, blob):
        if name == "docProps/core.xml":
            s = blob.decode("utf-8")
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % iso, s)
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % iso, s)
            return s.encode("utf-8")
        return blob
    return normalise_zip(buf.getvalue(), dt, patch)


# =====================================================================
def d_xlsx_nl(r):
    wb = Workbook()
    wb.properties.creator = r["name"]
    wb.properties.title = "Aanvraag projectsteun"
    ws = wb.active
    ws.title = "Aanvraag"
    for col, w in zip("ABCDEF", (14, 16, 16, 14, 14, 16)):
        ws.column_dimensions[col].width = w
    EUR = '#,##0.00 [$€-813]'
    blue = PatternFill("solid", fgColor="DDEBF7")
    head = PatternFill("solid", fgColor="1F4E78")
    ws.merge_cells("A1:F1")
    ws["A1"] = "AANVRAAG PROJECTSTEUN – MAAK WERK VAN JE BUURT! (Partons 2.0)"
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = head
    ws.merge_cells("A2:F2")
    ws["A2"] = ("Provincie West-Vlaanderen – t.a.v. Jonas Polin – Woumenweg 100, 8600 Diksmuide – "
                "jonas.polin@west-vlaanderen.be")
    ws["A2"].font = Font(italic=True, size=8, color="595959")
    row = 4
    vz = r["people"][0]

    def kv(label, value, fmt=None, h=None):
        nonlocal row
        ws.merge_cells("A%d:B%d" % (row, row))
        ws.merge_cells("C%d:F%d" % (row, row))
        ws["A%d" % row] = label
        ws["A%d" % row].font = Font(bold=True, size=10)
        ws["A%d" % row].fill = blue
        ws["C%d" % row] = value
        ws["C%d" % row].alignment = Alignment(wrap_text=True, vertical="top")
        if fmt:
            ws["C%d" % row].number_format = fmt
        if h:
            ws.row_dimensions[row].height = h
        row += 1

    def sec(t):
        nonlocal row
        row += 1
        ws.merge_cells("A%d:F%d" % (row, row))
        ws["A%d" % row] = t
        ws["A%d" % row].font = Font(bold=True, size=11, color="1F4E78")
        row += 1

    sec("1. Vereniging")
    kv("Organisatie", r["org"])
    kv("Ondernemingsnr.", r["ids"]["kbo"])
    kv("Straat + nr.", r["addr"])
    # postcode and municipality side by side
    ws.merge_cells("A%d:B%d" % (row, row))
    ws["A%d" % row] = "Postcode"
    ws["A%d" % row].font = Font(bold=True, size=10)
    ws["A%d" % row].fill = blue
    ws["C%d" % row] = int(r["pc"])
    ws["C%d" % row].alignment = Alignment(horizontal="left")
    ws["D%d" % row] = "Gemeente"
    ws["D%d" % row].font = Font(bold=True, size=10)
    ws["D%d" % row].fill = blue
    ws.merge_cells("E%d:F%d" % (row, row))
    ws["E%d" % row] = r["city"]
    row += 1
    kv("IBAN", r["ids"]["iban"])
    sec("2. Contact")
    kv("Contactpersoon", r["name"])
    kv("Functie", r["role"])
    kv("GSM", r["phone"])
    kv("E-mail", r["email"])
    kv("Voorzitter", "%s (tel. %s, %s)" % (vz["name"], vz["phone"], vz["email"]))
    sec("3. Project")
    kv("Titel", r["title"])
    kv("Plaats", r["location"])
    kv("Omschrijving", r["desc"], h=48)
    kv("Participatie", r["particip"], h=30)
    sec("4. Begroting")
    ws.merge_cells("A%d:D%d" % (row, row))
    ws["A%d" % row] = "Kostenpost"
    ws["E%d" % row] = "Bedrag"
    for c in ("A", "E"):
        ws["%s%d" % (c, row)].font = Font(bold=True, color="FFFFFF")
        ws["%s%d" % (c, row)].fill = head
    row += 1
    for lab, v in r["budget"]:
        ws.merge_cells("A%d:D%d" % (row, row))
        ws["A%d" % row] = lab
        ws["E%d" % row] = float(v)
        ws["E%d" % row].number_format = EUR
        row += 1
    ws.merge_cells("A%d:D%d" % (row, row))
    ws["A%d" % row] = "Totale kostprijs project"
    ws["A%d" % row].font = Font(bold=True)
    ws["E%d" % row] = float(r["total"])
    ws["E%d" % row].number_format = EUR
    ws["E%d" % row].font = Font(bold=True)
    row += 2
    ws.merge_cells("A%d:D%d" % (row, row))
    ws["A%d" % row] = "Financiering"
    ws["A%d" % row].font = Font(bold=True, color="1F4E78")
    row += 1
    fin = [("Gevraagd aan Partons 2.0", r["req"], "max. 10 000 €")] + \
          [("Eigen inbreng", r["own"], None)] + [(s[0].upper() + s[1:], v, None) for s, v in r["other"]]
    for lab, v, note in fin:
        ws.merge_cells("A%d:D%d" % (row, row))
        ws["A%d" % row] = lab
        ws["E%d" % row] = float(v)
        ws["E%d" % row].number_format = EUR
        if note:
            ws["F%d" % row] = note
            ws["F%d" % row].font = Font(italic=True, size=8, color="808080")
        row += 1
    row += 1
    ws["A%d" % row] = "Datum"
    ws["B%d" % row] = r["doc_date"]
    ws["D%d" % row] = "Naam"
    ws.merge_cells("E%d:F%d" % (row, row))
    ws["E%d" % row] = r["name"]
    for rr in ws.iter_rows(min_row=4, max_row=row, max_col=6):
        for c in rr:
            if c.value is not None and c.row > 3:
                c.border = BOX
    info = wb.create_sheet("Info provincie")
    info.column_dimensions["A"].width = 100
    lines = ["Info uit de oproep (overgenomen door het secretariaat):",
             "Deadline indienen projectidee: 16 juni 2019",
             "Via e-mail: jonas.polin@west-vlaanderen.be – tel. +32 51 51 94 37 / +32 489 309 839",
             "Financiële bijdrage van max. 10 000 euro",
             "Begeleidingstraject: 26/09/2019, 7/11/2019, 28/11/2019, 19/12/2019, 30/01/2020",
             "Selectie projecten: eind juni 2019"]
    for i, l in enumerate(lines, 1):
        info["A%d" % i] = l
    info["A1"].font = Font(bold=True)
    return _xlsx_bytes(wb, stamp(r))


# =====================================================================
def t_xlsx_fr(r):
    wb = Workbook()
    wb.properties.creator = r["name"]
    wb.properties.title = "Navette solidaire"
    ws = wb.active
    ws.title = "Fiche"
    ws.column_dimensions["A"].width = 3
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 62
    tint = PatternFill("solid", fgColor="FCE4D6")
    band = PatternFill("solid", fgColor="C65911")
    ws.merge_cells("B1:C1")
    ws["B1"] = "%s – fiche projet" % r["org"]
    ws["B1"].font = Font(bold=True, size=13)
    ws.merge_cells("B2:C2")
    ws["B2"] = "Appel à projets Partons 2.0 – dossier à envoyer à jonas.polin@west-vlaanderen.be avant le 16/06/2019"
    ws["B2"].font = Font(italic=True, size=8, color="7F7F7F")
    pr = r["people"][0]
    blocks = [
        ("ASSOCIATION", [("Nom", r["org"]), ("SIRET", r["ids"]["siret"]), ("Adresse", r["addr"]),
                         ("Code postal", r["pc"]), ("Commune", r["city"]),
                         ("Présidente", "%s – %s – %s" % (pr["name"], pr["phone"], pr["email"]))]),
        ("CONTACT POUR CE DOSSIER", [("Nom", r["name"]), ("Fonction", r["role"]), ("Téléphone", r["phone"]),
                                     ("Courriel", r["email"])]),
        ("PROJET", [("Intitulé", r["title"]), ("Lieu", r["location"]), ("Description", r["desc"]),
                    ("Participation des habitants", r["particip"]),
                    ("Montants", "voir onglet « Budget prévisionnel »")]),
    ]
    row = 4
    for name, items in blocks:
        ws.merge_cells("B%d:C%d" % (row, row))
        ws["B%d" % row] = name
        ws["B%d" % row].font = Font(bold=True, color="FFFFFF")
        ws["B%d" % row].fill = band
        row += 1
        for lab, val in items:
            ws["B%d" % row] = lab
            ws["B%d" % row].fill = tint
            ws["B%d" % row].font = Font(bold=True)
            ws["C%d" % row] = val
            ws["C%d" % row].alignment = Alignment(wrap_text=True, vertical="top")
            ws["B%d" % row].border = BOX
            ws["C%d" % row].border = BOX
            row += 1
        row += 1
    ws["B%d" % row] = "Date"
    ws["C%d" % row] = r["doc_date"]
    b = wb.create_sheet("Budget prévisionnel")
    for col, w in zip("ABCD", (40, 14, 44, 14)):
        b.column_dimensions[col].width = w
    NUM = '#,##0.00\\ "€"'
    b.merge_cells("A1:D1")
    b["A1"] = "BUDGET PRÉVISIONNEL DU PROJET « %s »" % r["title"].upper()
    b["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["CHARGES", "Montant", "PRODUITS", "Montant"]):
        c = b.cell(row=3, column=j + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = band
    prods = [("Subvention Partons 2.0 (sollicitée)", r["req"])] + \
            [(s, v) for s, v in r["other"]] + [("Fonds propres de l'association", r["own"])]
    n = max(len(r["budget"]), len(prods))
    for i in range(n):
        rr = 4 + i
        if i < len(r["budget"]):
            b.cell(row=rr, column=1, value=r["budget"][i][0])
            c = b.cell(row=rr, column=2, value=float(r["budget"][i][1]))
            c.number_format = NUM
        if i < len(prods):
            b.cell(row=rr, column=3, value=prods[i][0])
            c = b.cell(row=rr, column=4, value=float(prods[i][1]))
            c.number_format = NUM
    rr = 4 + n
    for col, lab in ((1, "TOTAL DES CHARGES"), (3, "TOTAL DES PRODUITS")):
        c = b.cell(row=rr, column=col, value=lab)
        c.font = Font(bold=True)
        c2 = b.cell(row=rr, column=col + 1, value=float(r["total"]))
        c2.number_format = NUM
        c2.font = Font(bold=True)
    rr += 2
    b.cell(row=rr, column=1, value="Contributions volontaires en nature (hors budget)").font = Font(italic=True)
    rr += 1
    b.cell(row=rr, column=1, value="Bénévolat (chauffeurs, 600 h valorisées)")
    b.cell(row=rr, column=2, value=2400.0).number_format = NUM
    b.cell(row=rr, column=3, value="Prestations en nature (prêt du local)")
    b.cell(row=rr, column=4, value=2400.0).number_format = NUM
    for row_ in b.iter_rows(min_row=3, max_row=4 + n, max_col=4):
        for c in row_:
            c.border = BOX
    return _xlsx_bytes(wb, stamp(r))


# =====================================================================
class Ods:
    def __init__(self, creator, when):
        self.doc = OpenDocumentSpreadsheet()
        iso = when.strftime("%Y-%m-%dT%H:%M:%S")
        self.doc.meta.addElement(dc.Creator(text=creator))
        self.doc.meta.addElement(meta.CreationDate(text=iso))
        self.doc.meta.addElement(dc.Date(text=iso))
        self.when = when
        self._n = 0
        self.cache = {}

    def _style(self, key, family, *props):
        if key in self.cache:
            return self.cache[key]
        self._n += 1
        st = Style(name="s%d" % self._n, family=family)
        for pr in props:
            st.addElement(pr)
        self.doc.automaticstyles.addElement(st)
        self.cache[key] = st
        return st

    def col(self, width):
        return self._style(("col", width), "table-column", TableColumnProperties(columnwidth=width))

    def cst(self, bold=False, bg=None, color=None, italic=False, size=None, wrap=False):
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        if size:
            tp["fontsize"] = "%spt" % size
        cp = {"border": "0.5pt solid #808080"}
        if bg:
            cp["backgroundcolor"] = bg
        if wrap:
            cp["wrapoption"] = "wrap"
        return self._style(("cell", bold, bg, color, italic, size, wrap), "table-cell",
                           TableCellProperties(**cp), TextProperties(**tp) if tp else TextProperties())

    def sheet(self, name, widths):
        t = Table(name=name)
        for w in widths:
            t.addElement(TableColumn(stylename=self.col(w)))
        self.doc.spreadsheet.addElement(t)
        return t

    def row(self, t, cells):
        """cells: list of None | (text, style, span) | ('NUM', value, display, style, span)."""
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(TableCell())
                continue
            if c[0] == "NUM":
                _, val, disp, st, span = c
                tc = TableCell(valuetype="currency", currency="EUR", value=val, stylename=st)
                tc.addElement(P(text=disp))
            elif c[0] == "INT":
                _, val, st, span = c
                tc = TableCell(valuetype="float", value=val, stylename=st)
                tc.addElement(P(text=str(val)))
            else:
                txt, st, span = c
                tc = TableCell(valuetype="string", stylename=st)
                for line in txt.split("\n"):
                    tc.addElement(P(text=line))
            if span > 1:
                tc.setAttribute("numbercolumnsspanned", str(span))
            tr.addElement(tc)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        t.addElement(tr)

    def bytes(self):
        buf = io.BytesIO()
        self.doc.write(buf)
        w = self.when
        return normalise_zip(buf.getvalue(), (w.year, w.month, w.day, w.hour, w.minute, 0))


def d_ods_fr(r):
    o = Ods(r["name"], stamp(r))
    t = o.sheet("Candidature", ["5.2cm", "4.5cm", "4.5cm", "4.5cm"])
    LB = o.cst(bold=True, bg="#FFF2CC")
    V = o.cst(wrap=True)
    SEC = o.cst(bold=True, bg="#BF9000", color="#FFFFFF")
    o.row(t, [("Fiche de candidature – Appel à projets Partons 2.0 (Villages et quartiers vivants)",
               o.cst(bold=True, size=13), 4)])
    o.row(t, [("À renvoyer à : Province de Flandre occidentale, M. Jonas Polin, Woumenweg 100, 8600 Diksmuide – "
               "jonas.polin@west-vlaanderen.be", o.cst(italic=True, size=8), 4)])
    o.row(t, [None])
    pres = r["people"][0]
    rows = [
        ("SEC", "Structure"),
        ("Nom", r["org"]), ("N° RNA", r["ids"]["rna"]), ("Adresse", r["addr"]),
        ("CPVILLE",), ("Président", "%s – %s – %s" % (pres["name"], pres["phone"], pres["email"])),
        ("SEC", "Personne à contacter"),
        ("Nom", r["name"]), ("Rôle", r["role"]), ("Portable", r["phone"]), ("Courriel", r["email"]),
        ("SEC", "Projet"),
        ("Titre", r["title"]), ("Lieu", r["location"]), ("Description", r["desc"]),
        ("Habitants associés", r["particip"]),
        ("SEC", "Budget (en euros)"),
    ]
    for rw in rows:
        if rw[0] == "SEC":
            o.row(t, [(rw[1], SEC, 4)])
        elif rw[0] == "CPVILLE":
            o.row(t, [("Code postal", LB, 1), ("INT", int(r["pc"]), V, 1), ("Ville", LB, 1), (r["city"], V, 1)])
        else:
            o.row(t, [(rw[0], LB, 1), (rw[1], V, 3)])
    for lab, v in r["budget"]:
        o.row(t, [(lab, V, 3), ("NUM", v, A(r, v), V, 1)])
    o.row(t, [("Coût total du projet", LB, 3), ("NUM", r["total"], A(r, r["total"]), LB, 1)])
    o.row(t, [("Subvention demandée (max. 10 000 €)", LB, 3), ("NUM", r["req"], A(r, r["req"]), LB, 1)])
    o.row(t, [("Autofinancement", LB, 3), ("NUM", r["own"], A(r, r["own"]), LB, 1)])
    o.row(t, [None])
    o.row(t, [("Date", LB, 1), (r["doc_date"], V, 1), ("Signature", LB, 1), (r["name"], V, 1)])
    return o.bytes()


def t_ods_nl(r):
    o = Ods(r["name"], stamp(r))
    g = o.sheet("Gegevens", ["6cm", "11cm"])
    LB = o.cst(bold=True, bg="#E2EFDA")
    V = o.cst(wrap=True)
    H = o.cst(bold=True, bg="#548235", color="#FFFFFF")
    o.row(g, [("Buurtcomité De Vaartkant – aanvraag ‘Maak werk van je buurt!’", o.cst(bold=True, size=13), 2)])
    o.row(g, [("(zie tabblad Begroting voor de bedragen)", o.cst(italic=True, size=8), 2)])
    vz = r["people"][0]
    data = [
        ("H", "Aanvrager"), ("Naam buurtcomité", r["org"]), ("Rekeningnummer", r["ids"]["iban"]),
        ("Adres contactpersoon", r["addr"]), ("Postcode", ("INT", int(r["pc"]))), ("Gemeente", r["city"]),
        ("H", "Contactpersoon"), ("Naam", r["name"]), ("Gsm", r["phone"]), ("E-mail", r["email"]),
        ("H", "Voorzitter"), ("Naam", vz["name"]), ("Telefoon", vz["phone"]), ("E-mail", vz["email"]),
        ("H", "Project"), ("Titel", r["title"]), ("Locatie", r["location"]), ("Omschrijving", r["desc"]),
        ("Participatie", r["particip"]), ("Datum", r["doc_date"]),
    ]
    for k, v in data:
        if k == "H":
            o.row(g, [(v, H, 2)])
        elif isinstance(v, tuple):
            o.row(g, [(k, LB, 1), ("INT", v[1], V, 1)])
        else:
            o.row(g, [(k, LB, 1), (v, V, 1)])
    b = o.sheet("Begroting", ["7cm", "2.5cm", "3.5cm", "3.5cm"])
    o.row(b, [("Omschrijving", H, 1), ("Aantal", H, 1), ("Eenheidsprijs", H, 1), ("Totaal", H, 1)])
    qty = {"Bloembakken en beplanting": 10, "Zitbanken (3)": 3}
    for lab, v in r["budget"]:
        q = qty.get(lab, 1)
        o.row(b, [(lab, V, 1), ("INT", q, V, 1), ("NUM", v / q, fmt_amt(v / q, "be_euro_dec"), V, 1),
                  ("NUM", v, fmt_amt(v, "be_euro_dec"), V, 1)])
    o.row(b, [("Totale kostprijs", LB, 3), ("NUM", r["total"], fmt_amt(r["total"], "be_euro_dec"), LB, 1)])
    o.row(b, [None])
    o.row(b, [("Financiering", H, 4)])
    o.row(b, [("Gevraagd bij Partons 2.0", LB, 3), ("NUM", r["req"], fmt_amt(r["req"], "be_euro_dec"), V, 1)])
    o.row(b, [("Eigen inbreng buurtcomité", LB, 3), ("NUM", r["own"], fmt_amt(r["own"], "be_euro_dec"), V, 1)])
    o.row(b, [("Plafond oproep", LB, 3), ("NUM", 10000, fmt_amt(10000, "be_euro_dec"), V, 1)])
    return o.bytes()


LAYOUTS = {
    "d_xlsx_nl": d_xlsx_nl,
    "t_xlsx_fr": t_xlsx_fr,
    "d_ods_fr": d_ods_fr,
    "t_ods_nl": t_ods_nl,
}
