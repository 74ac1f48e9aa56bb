# -*- coding: utf-8 -*-
"""Forms drawn in a spreadsheet: merged cells, borders, labels and answers in
arbitrary columns, amounts as numbers with a currency format (values, not
formulas, so every reader sees them)."""
import datetime
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from odf.number import CurrencyStyle, CurrencySymbol, Number, Text as NText
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (ParagraphProperties, Style, TableCellProperties, TableColumnProperties,
                       TableRowProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P
from odf.dc import Creator, Title

from common import D, budget_rows, funding_rows, normalise_zip

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
EUR = '#,##0.00 "€"'
EUR_BE = '"€" #,##0.00'


def _xl_save(wb, r, title):
    for ws in wb.worksheets:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.properties.creator = r["contact"]
    wb.properties.lastModifiedBy = r["contact"]
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2019, 5, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2019, 5, 20, 9, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    # openpyxl stamps the save time into docProps/core.xml; pin it for a reproducible build
    import re
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in src.namelist():
            blob = src.read(n)
            if n == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2019-05-20T09:00:00Z\g<2>", blob)
            dst.writestr(n, blob)
    return normalise_zip(out.getvalue(), first="[Content_Types].xml")


def _box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def _put(ws, ref, value, merge_to=None, bold=False, fill=None, fmt=None, wrap=False, color=None, size=None,
         align=None, box=True):
    c = ws[ref]
    c.value = value
    c.font = Font(bold=bold, color=color, size=size or 10, name="Arial")
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if fmt:
        c.number_format = fmt
    c.alignment = Alignment(wrap_text=wrap, vertical="top" if wrap else "center", horizontal=align)
    if merge_to:
        ws.merge_cells(ref + ":" + merge_to)
        if box:
            _box(ws, ref + ":" + merge_to)
    elif box:
        c.border = BOX
    return c


# ----------------------------------------------------------------- dev-019
def dev_019(r):
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraag"
    for col, w in zip("ABCDEFGH", (2, 24, 12, 12, 12, 12, 14, 14)):
        ws.column_dimensions[col].width = w
    _put(ws, "B2", "AANVRAAGFORMULIER \u2013 Maak werk van je buurt! (Partons 2.0)", "H2", bold=True, size=14,
         box=False)
    _put(ws, "B3", "Terug te sturen naar Provincie West-Vlaanderen, t.a.v. Jonas Polin \u2013 "
                   "jonas.polin@west-vlaanderen.be \u2013 +32 51 51 94 37", "H3", size=8, color="666666", box=False)
    BLUE = "1F3D9B"
    _put(ws, "B5", "1. AANVRAGER", "H5", bold=True, fill="D9E1F2")
    _put(ws, "B6", "Organisatie")
    _put(ws, "C6", r["org"], "H6", color=BLUE)
    _put(ws, "B7", "Contactpersoon")
    _put(ws, "C7", r["contact"], "E7", color=BLUE)
    _put(ws, "F7", "Functie")
    _put(ws, "G7", r["role"], "H7", color=BLUE)
    _put(ws, "B8", "Adres (straat + nr)")
    _put(ws, "C8", r["address"], "H8", color=BLUE)
    _put(ws, "B9", "Postcode")
    _put(ws, "C9", r["postcode"], color=BLUE)
    _put(ws, "D9", "Gemeente")
    _put(ws, "E9", r["municipality"], "H9", color=BLUE)
    _put(ws, "B10", "Telefoon / gsm")
    _put(ws, "C10", r["phone_w"], "E10", color=BLUE)
    _put(ws, "F10", "E-mail")
    _put(ws, "G10", r["email"], "H10", color=BLUE)
    _put(ws, "B11", "Tweede contactpersoon")
    _put(ws, "C11", r["people"]["second"], "H11", color=BLUE)
    _put(ws, "B13", "2. PROJECT", "H13", bold=True, fill="D9E1F2")
    _put(ws, "B14", "Titel")
    _put(ws, "C14", r["title"], "H14", color=BLUE, bold=True)
    _put(ws, "B15", "Omschrijving", wrap=True)
    _put(ws, "C15", r["desc"], "H17", color=BLUE, wrap=True)
    _put(ws, "B18", "Vrijwilligers")
    _put(ws, "C18", int(r["volunteers"]), color=BLUE, align="left")
    _put(ws, "D18", "Start")
    _put(ws, "E18", r["start"], "F18", color=BLUE)
    _put(ws, "B20", "3. BUDGET", "H20", bold=True, fill="D9E1F2")
    _put(ws, "B21", "Post", "E21", bold=True)
    _put(ws, "F21", "Bedrag", bold=True)
    _put(ws, "G21", "Offerte?", "H21", bold=True)
    row = 22
    notes = ["ja (2)", "ja", "nee", "ja", ""]
    for i, (lab, a) in enumerate(budget_rows(r)):
        _put(ws, "B%d" % row, lab, "E%d" % row)
        _put(ws, "F%d" % row, float(a), fmt=EUR_BE, color=BLUE)
        _put(ws, "G%d" % row, notes[i] if i < len(notes) else "", "H%d" % row)
        row += 1
    _put(ws, "B%d" % row, "TOTAAL", "E%d" % row, bold=True)
    _put(ws, "F%d" % row, float(D(r["total"])), fmt=EUR_BE, bold=True, color=BLUE)
    row += 2
    _put(ws, "D%d" % row, "Gevraagd bedrag (max. 10.000 euro)", "F%d" % row, bold=True)
    _put(ws, "G%d" % row, float(D(r["req"])), fmt=EUR_BE, bold=True, color=BLUE)
    row += 1
    _put(ws, "D%d" % row, "Eigen middelen jeugdhuis", "F%d" % row)
    _put(ws, "G%d" % row, float(funding_rows(r)[0][1]), fmt=EUR_BE, color=BLUE)
    row += 2
    _put(ws, "B%d" % row, "Datum: 7 juni 2019", box=False)
    _put(ws, "E%d" % row, "Naam: " + r["contact"], box=False)
    ws.sheet_view.showGridLines = False
    return _xl_save(wb, r, "Aanvraag jeugdhuis")


# ----------------------------------------------------------------- test-019
def test_019(r):
    wb = Workbook()
    ws = wb.active
    ws.title = "Candidature"
    for col, w in zip("ABCDEFGH", (20, 18, 16, 3, 16, 16, 14, 10)):
        ws.column_dimensions[col].width = w
    _put(ws, "A1", "APPEL À PROJETS PARTONS 2.0 \u2013 DOSSIER DE CANDIDATURE", "H1", bold=True, size=13,
         fill="FFF2CC")
    _put(ws, "A2", "Plafond de l'aide :", box=False, size=8)
    _put(ws, "B2", 10000, fmt=EUR, box=False, size=8)
    _put(ws, "E2", "Date limite : 16/06/2019", "F2", box=False, size=8)
    _put(ws, "A4", "PORTEUR", "C4", bold=True, fill="EDEDED")
    _put(ws, "E4", "CONTACT", "H4", bold=True, fill="EDEDED")
    _put(ws, "A5", "Association")
    _put(ws, "B5", r["org"], "C5", bold=True)
    _put(ws, "A6", "Statut")
    _put(ws, "B6", "association loi 1901", "C6")
    _put(ws, "A7", "Adresse")
    _put(ws, "B7", r["address"], "C7", bold=True)
    _put(ws, "A8", "CP / Commune")
    _put(ws, "B8", r["postcode"], bold=True, align="left")
    _put(ws, "C8", r["municipality"], bold=True)
    _put(ws, "E5", "Nom")
    _put(ws, "F5", r["contact"], "H5", bold=True)
    _put(ws, "E6", "Fonction")
    _put(ws, "F6", r["role"], "H6")
    _put(ws, "E7", "Téléphone")
    _put(ws, "F7", r["phone_w"], "H7", bold=True)
    _put(ws, "E8", "Mail")
    _put(ws, "F8", r["email"], "H8", bold=True)
    _put(ws, "E9", "Suppléante")
    _put(ws, "F9", r["people"]["second"] + " \u2013 " + r["people"]["second_phone"], "H9")
    _put(ws, "A11", "PROJET", "H11", bold=True, fill="EDEDED")
    _put(ws, "A12", "Intitulé")
    _put(ws, "B12", r["title"], "H12", bold=True)
    _put(ws, "A13", "Résumé", wrap=True)
    _put(ws, "B13", r["desc"], "H15", wrap=True)
    _put(ws, "A16", "Bénévoles")
    _put(ws, "B16", int(r["volunteers"]), align="left")
    _put(ws, "E16", "Démarrage")
    _put(ws, "F16", r["start"], "H16")
    _put(ws, "A18", "FINANCEMENT", "H18", bold=True, fill="EDEDED")
    _put(ws, "A19", "Montant demandé", "B19")
    _put(ws, "C19", float(D(r["req"])), fmt=EUR, bold=True)
    _put(ws, "E19", "Voir le détail du budget dans l'onglet « Budget »", "H19", size=8, box=False)
    ws.sheet_view.showGridLines = False
    b = wb.create_sheet("Budget")
    b.column_dimensions["A"].width = 34
    b.column_dimensions["B"].width = 16
    b.column_dimensions["C"].width = 30
    _put(b, "A1", "BUDGET PRÉVISIONNEL", "C1", bold=True, fill="FFF2CC")
    _put(b, "A2", "Dépense", bold=True)
    _put(b, "B2", "Montant", bold=True)
    _put(b, "C2", "Commentaire", bold=True)
    row = 3
    for lab, a in budget_rows(r):
        _put(b, "A%d" % row, lab)
        _put(b, "B%d" % row, float(a), fmt=EUR)
        _put(b, "C%d" % row, "")
        row += 1
    _put(b, "A%d" % row, "Total du projet", bold=True)
    _put(b, "B%d" % row, float(D(r["total"])), fmt=EUR, bold=True)
    row += 2
    _put(b, "A%d" % row, "Recettes", bold=True)
    row += 1
    _put(b, "A%d" % row, "Partons 2.0")
    _put(b, "B%d" % row, float(D(r["req"])), fmt=EUR)
    row += 1
    for lab, a in funding_rows(r):
        _put(b, "A%d" % row, lab)
        _put(b, "B%d" % row, float(a), fmt=EUR)
        row += 1
    return _xl_save(wb, r, "Rucher pédagogique")


# ================================================================== ODS
class Ods(object):
    def __init__(self, r, title, lang="fr", country="FR"):
        self.doc = doc = OpenDocumentSpreadsheet()
        doc.meta.addElement(Creator(text=r["contact"]))
        doc.meta.addElement(Title(text=title))
        cs = CurrencyStyle(name="EUR")
        if lang == "fr":
            cs.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
            cs.addElement(NText(text=" "))
            cs.addElement(CurrencySymbol(language=lang, country=country, text="\u20ac"))
        else:
            cs.addElement(CurrencySymbol(language=lang, country=country, text="\u20ac"))
            cs.addElement(NText(text=" "))
            cs.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
        doc.styles.addElement(cs)
        self._n = 0
        self.cache = {}

    def _name(self, p):
        self._n += 1
        return "%s%d" % (p, self._n)

    def cs(self, border=True, bold=False, bg=None, cur=False, color=None, wrap=False, size=None):
        key = (border, bold, bg, cur, color, wrap, size)
        if key in self.cache:
            return self.cache[key]
        kw = {"name": self._name("ce"), "family": "table-cell"}
        if cur:
            kw["datastylename"] = "EUR"
        s = Style(**kw)
        p = {}
        if border:
            p["border"] = "0.06pt solid #000000"
        if bg:
            p["backgroundcolor"] = bg
        if wrap:
            p["wrapoption"] = "wrap"
            p["verticalalign"] = "top"
        s.addElement(TableCellProperties(**p))
        t = {}
        if bold:
            t["fontweight"] = "bold"
        if color:
            t["color"] = color
        if size:
            t["fontsize"] = size
        if t:
            s.addElement(TextProperties(**t))
        self.doc.automaticstyles.addElement(s)
        self.cache[key] = s
        return s

    def table(self, name, widths_cm):
        t = Table(name=name)
        for w in widths_cm:
            s = Style(name=self._name("co"), family="table-column")
            s.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.doc.automaticstyles.addElement(s)
            t.addElement(TableColumn(stylename=s))
        self.doc.spreadsheet.addElement(t)
        return t

    def row(self, t, ncols, cells, height=None):
        """cells: {col_index: dict(v=..., span=1, rows=1, style=..., money=bool)}; None entries = covered."""
        kw = {}
        if height:
            s = Style(name=self._name("ro"), family="table-row")
            s.addElement(TableRowProperties(rowheight=height, useoptimalrowheight="false"))
            self.doc.automaticstyles.addElement(s)
            kw["stylename"] = s
        tr = TableRow(**kw)
        c = 0
        while c < ncols:
            spec = cells.get(c)
            if spec == "covered":
                tr.addElement(CoveredTableCell())
                c += 1
                continue
            if spec is None:
                tr.addElement(TableCell())
                c += 1
                continue
            v = spec["v"]
            a = {}
            if spec.get("style") is not None:
                a["stylename"] = spec["style"]
            if spec.get("span", 1) > 1:
                a["numbercolumnsspanned"] = spec["span"]
            if spec.get("rows", 1) > 1:
                a["numberrowsspanned"] = spec["rows"]
            if spec.get("money"):
                a.update(valuetype="currency", currency="EUR", value=str(v))
                text = spec["text"]
            elif isinstance(v, (int, float)):
                a.update(valuetype="float", value=str(v))
                text = str(v)
            else:
                a["valuetype"] = "string"
                text = v
            cell = TableCell(**a)
            for ln in text.split("\n"):
                cell.addElement(P(text=ln))
            tr.addElement(cell)
            for _ in range(spec.get("span", 1) - 1):
                tr.addElement(CoveredTableCell())
            c += spec.get("span", 1)
        t.addElement(tr)
        return tr

    def save(self):
        b = io.BytesIO()
        self.doc.write(b)
        return normalise_zip(b.getvalue(), first="mimetype")


def fr_money_text(v):
    from common import money
    return money(v, "fr2", " \u20ac")


def be_money_text(v):
    from common import money
    return money(v, "be2", "\u20ac ")


# ----------------------------------------------------------------- dev-020
def dev_020(r):
    o = Ods(r, "Candidature APE Boeschepe")
    t = o.table("Candidature", [0.6, 4.2, 3.0, 3.0, 2.6, 3.4, 3.2])
    N = 7
    L = o.cs()
    Bd = o.cs(bold=True)
    V = o.cs(color="#1f3d9b")
    VB = o.cs(color="#1f3d9b", bold=True)
    H = o.cs(bold=True, bg="#e2efda")
    M = o.cs(cur=True, color="#1f3d9b")
    MB = o.cs(cur=True, color="#1f3d9b", bold=True)
    o.row(t, N, {1: {"v": "APPEL À PROJETS PARTONS 2.0 \u2013 « Faites vivre votre village »", "span": 6,
                     "style": o.cs(border=False, bold=True, size="13pt")}})
    o.row(t, N, {1: {"v": "Fiche à renvoyer à jonas.polin@west-vlaanderen.be avant le 16 juin 2019",
                     "span": 6, "style": o.cs(border=False, size="8pt")}})
    o.row(t, N, {})
    o.row(t, N, {1: {"v": "L'ASSOCIATION", "span": 6, "style": H}})
    o.row(t, N, {1: {"v": "Nom", "style": L}, 2: {"v": r["org"], "span": 5, "style": VB}})
    o.row(t, N, {1: {"v": "Adresse du siège", "style": L}, 2: {"v": r["address"], "span": 2, "style": V},
                 4: {"v": "CP", "style": L}, 5: {"v": r["postcode"], "style": V},
                 6: {"v": r["municipality"], "style": V}})
    o.row(t, N, {1: {"v": "Présidente / contact", "style": L}, 2: {"v": r["contact"], "span": 2, "style": V},
                 4: {"v": "Portable", "style": L}, 5: {"v": r["phone_w"], "span": 2, "style": V}})
    o.row(t, N, {1: {"v": "Courriel", "style": L}, 2: {"v": r["email"], "span": 5, "style": V}})
    o.row(t, N, {1: {"v": "Partenaire", "style": L}, 2: {"v": r["people"]["director"], "span": 5, "style": V}})
    o.row(t, N, {})
    o.row(t, N, {1: {"v": "LE PROJET", "span": 6, "style": H}})
    o.row(t, N, {1: {"v": "Titre", "style": L}, 2: {"v": r["title"], "span": 5, "style": VB}})
    o.row(t, N, {1: {"v": "Description", "style": L, "rows": 2},
                 2: {"v": r["desc"], "span": 5, "rows": 2, "style": o.cs(color="#1f3d9b", wrap=True)}},
          height="0.9cm")
    o.row(t, N, {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered", 6: "covered"},
          height="0.9cm")
    o.row(t, N, {1: {"v": "Bénévoles", "style": L}, 2: {"v": int(r["volunteers"]), "style": V},
                 4: {"v": "Début", "style": L}, 5: {"v": r["start"], "span": 2, "style": V}})
    o.row(t, N, {})
    o.row(t, N, {1: {"v": "BUDGET", "span": 6, "style": H}})
    o.row(t, N, {1: {"v": "Dépenses", "span": 3, "style": Bd}, 4: {"v": "Montant", "span": 2, "style": Bd}})
    for lab, a in budget_rows(r):
        o.row(t, N, {1: {"v": lab, "span": 3, "style": L},
                     4: {"v": float(a), "money": True, "text": fr_money_text(a), "span": 2, "style": M}})
    o.row(t, N, {1: {"v": "TOTAL", "span": 3, "style": Bd},
                 4: {"v": float(D(r["total"])), "money": True, "text": fr_money_text(r["total"]), "span": 2,
                     "style": MB}})
    o.row(t, N, {})
    o.row(t, N, {2: {"v": "Aide demandée à Partons 2.0", "span": 2, "style": Bd},
                 4: {"v": float(D(r["req"])), "money": True, "text": fr_money_text(r["req"]), "span": 2,
                     "style": MB}})
    o.row(t, N, {2: {"v": "Fonds propres APE", "span": 2, "style": L},
                 4: {"v": float(funding_rows(r)[0][1]), "money": True,
                     "text": fr_money_text(funding_rows(r)[0][1]), "span": 2, "style": M}})
    o.row(t, N, {})
    o.row(t, N, {1: {"v": "Boeschepe, le 15 mai 2019", "span": 3, "style": o.cs(border=False)}})
    return o.save()


# ----------------------------------------------------------------- test-020
def test_020(r):
    o = Ods(r, "Jeugdraad Lo-Reninge", "nl", "BE")
    fr_money_text = be_money_text
    t = o.table("Formulier", [3.5, 3.5, 3.5, 3.5, 3.0])
    N = 5
    lab = o.cs(border=True, bg="#f2f2f2", size="8pt")
    val = o.cs(border=True, bold=True)
    H = o.cs(border=False, bold=True, size="12pt")
    M = o.cs(border=True, cur=True, bold=True)
    o.row(t, N, {0: {"v": "Projectenoproep Maak werk van je buurt! \u2013 aanvraagformulier", "span": 5,
                     "style": o.cs(border=False, bold=True, size="14pt")}})
    o.row(t, N, {})
    o.row(t, N, {0: {"v": "AANVRAGER", "span": 5, "style": H}})
    # labels in a row, the answers in the row below
    o.row(t, N, {0: {"v": "naam organisatie", "span": 3, "style": lab},
                 3: {"v": "voorzitter / contactpersoon", "span": 2, "style": lab}})
    o.row(t, N, {0: {"v": r["org"], "span": 3, "style": val}, 3: {"v": r["contact"], "span": 2, "style": val}})
    o.row(t, N, {0: {"v": "straat en nummer", "span": 2, "style": lab}, 2: {"v": "postcode", "style": lab},
                 3: {"v": "gemeente", "span": 2, "style": lab}})
    o.row(t, N, {0: {"v": r["address"], "span": 2, "style": val}, 2: {"v": r["postcode"], "style": val},
                 3: {"v": r["municipality"], "span": 2, "style": val}})
    o.row(t, N, {0: {"v": "gsm", "span": 2, "style": lab}, 2: {"v": "e-mail", "span": 3, "style": lab}})
    o.row(t, N, {0: {"v": r["phone_w"], "span": 2, "style": val}, 2: {"v": r["email"], "span": 3, "style": val}})
    o.row(t, N, {0: {"v": "reservecontact (als ik niet bereikbaar ben)", "span": 5, "style": lab}})
    o.row(t, N, {0: {"v": r["people"]["second"] + " \u2013 " + r["people"]["second_phone"], "span": 5,
                     "style": o.cs(border=True)}})
    o.row(t, N, {})
    o.row(t, N, {0: {"v": "PROJECT", "span": 5, "style": H}})
    o.row(t, N, {0: {"v": "titel van het project", "span": 5, "style": lab}})
    o.row(t, N, {0: {"v": r["title"], "span": 5, "style": val}})
    o.row(t, N, {0: {"v": "korte omschrijving", "span": 5, "style": lab}})
    o.row(t, N, {0: {"v": r["desc"], "span": 5, "style": o.cs(border=True, wrap=True)}}, height="1.0cm")
    o.row(t, N, {0: {"v": "aantal jongeren betrokken", "span": 2, "style": lab},
                 2: {"v": "start", "span": 3, "style": lab}})
    o.row(t, N, {0: {"v": int(r["volunteers"]), "span": 2, "style": val}, 2: {"v": r["start"], "span": 3,
                                                                               "style": val}})
    o.row(t, N, {})
    o.row(t, N, {0: {"v": "BUDGET", "span": 5, "style": H}})
    for l, a in budget_rows(r):
        o.row(t, N, {0: {"v": l, "span": 3, "style": o.cs(border=True)},
                     3: {"v": float(a), "money": True, "text": fr_money_text(a), "span": 2,
                         "style": o.cs(border=True, cur=True)}})
    o.row(t, N, {0: {"v": "totaal project", "span": 3, "style": val},
                 3: {"v": float(D(r["total"])), "money": True, "text": fr_money_text(r["total"]), "span": 2,
                     "style": M}})
    o.row(t, N, {0: {"v": "gevraagd aan Partons 2.0 (max. 10 000 euro)", "span": 3, "style": val},
                 3: {"v": float(D(r["req"])), "money": True, "text": fr_money_text(r["req"]), "span": 2,
                     "style": M}})
    o.row(t, N, {0: {"v": "eigen middelen jeugdraad", "span": 3, "style": o.cs(border=True)},
                 3: {"v": float(funding_rows(r)[0][1]), "money": True,
                     "text": fr_money_text(funding_rows(r)[0][1]), "span": 2,
                     "style": o.cs(border=True, cur=True)}})
    return o.save()


BUILDERS = {"dev-019": dev_019, "dev-020": dev_020, "test-019": test_019, "test-020": test_020}
