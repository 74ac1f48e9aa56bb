"""Spreadsheet application forms: XLSX (openpyxl) and ODS (odfpy).
Amounts are numeric cells with currency formats; totals are typed values
(as after 'paste values'), so every reader sees the figures."""
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from odf.opendocument import OpenDocumentSpreadsheet
from odf.number import CurrencyStyle, CurrencySymbol, Number, NumberStyle, Text as NText
from odf.style import ParagraphProperties, Style, TableCellProperties, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow, CoveredTableCell
from odf.text import P

from budgetview import T as BT, words
from content import Builder, coord_text, plain
from data import COORD, D

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# =========================================================================== XLSX
def render_xlsx(case, path):
    bld = Builder(case)
    design = case["spec"]["design"]
    if design == "xlsx_a":
        _xlsx_a(case, bld, path)
    else:
        _xlsx_b(case, bld, path)


def _fmt_cell(ws, cell, value, fmt=None, bold=False, fill=None, border=True, align=None, italic=False, strike=False,
              color=None, size=None):
    c = ws[cell]
    c.value = value
    if fmt:
        c.number_format = fmt
    c.font = Font(bold=bold, italic=italic, strike=strike, color=color, size=size)
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if border:
        c.border = BOX
    if align:
        c.alignment = Alignment(horizontal=align, vertical="top", wrap_text=True)
    else:
        c.alignment = Alignment(vertical="top", wrap_text=True)
    return c


def _xlsx_a(case, bld, path):
    """NL: one sheet form + budget, a separate instructions sheet."""
    rng = case["rng"]
    b = case["budget"]
    V = bld.V
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraag"
    acc = rng.choice(["1F5F8B", "2E7D32", "8E244D", "006B6B"])
    light = "EAF1F8"
    EUR = rng.choice(['€ #,##0.00', '#,##0.00 "€"', '"€" #,##0.00;[Red]-"€" #,##0.00'])
    for col, wdt in zip("ABCDE", [34, 30, 16, 14, 16]):
        ws.column_dimensions[col].width = wdt
    ws.merge_cells("A1:E1")
    _fmt_cell(ws, "A1", "Aanvraagformulier projectidee – Maak werk van je buurt! (Partons 2.0)", bold=True, fill=acc,
              color="FFFFFF", size=14, border=False)
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:E2")
    _fmt_cell(ws, "A2", "Vul de gele cellen in. Zie tabblad 'Info' voor de voorwaarden.", italic=True, border=False, color="666666")
    r = 4
    rows = bld.applicant_rows(split_name=False, split_addr=1)
    for tb in bld.trap_blocks("applicant"):
        rows += tb["rows"]
    rows.append((bld.L["title"], case["title"]))
    _fmt_cell(ws, f"A{r}", "1. Gegevens aanvrager en project", bold=True, border=False, color=acc, size=12)
    r += 1
    for l, v in rows:
        _fmt_cell(ws, f"A{r}", l, bold=True, fill=light)
        ws.merge_cells(f"B{r}:E{r}")
        val = v
        if l == bld.L["pc"] and v.isdigit():
            val = int(v)     # typed as a number, as people do
        _fmt_cell(ws, f"B{r}", val, fill="FFF9C4")
        r += 1
    r += 1
    _fmt_cell(ws, f"A{r}", "2. Begroting", bold=True, border=False, color=acc, size=12)
    r += 1
    head = ["Kostenpost", "Omschrijving", "Bedrag excl. btw", "Btw", "Bedrag incl. btw"] if b.vat_rate is not None else \
        ["Kostenpost", "Omschrijving", "", "", "Bedrag"]
    for j, h in enumerate(head):
        _fmt_cell(ws, f"{get_column_letter(j + 1)}{r}", h, bold=True, fill=light)
    r += 1
    for ln in b.lines:
        _fmt_cell(ws, f"A{r}", V.catname[ln.cat])
        _fmt_cell(ws, f"B{r}", ln.label + (f" ({ln.qty} x)" if ln.qty else ""))
        if b.vat_rate is not None:
            _fmt_cell(ws, f"C{r}", float(ln.excl), EUR)
            _fmt_cell(ws, f"D{r}", float(ln.vat), EUR)
        else:
            _fmt_cell(ws, f"C{r}", None)
            _fmt_cell(ws, f"D{r}", None)
        _fmt_cell(ws, f"E{r}", float(ln.incl), EUR)
        r += 1
    if b.vat_rate is not None:
        _fmt_cell(ws, f"B{r}", "Subtotaal excl. btw", italic=True)
        _fmt_cell(ws, f"C{r}", float(b.total_excl), EUR, italic=True)
        r += 1
        _fmt_cell(ws, f"B{r}", f"Btw {int(b.vat_rate * 100)} %", italic=True)
        _fmt_cell(ws, f"D{r}", float(b.vat_total), EUR, italic=True)
        r += 1
    tl = "TOTAAL UITGAVEN (incl. btw, zonder inbreng in natura)" if b.inkind_mode == "both" else "TOTAAL UITGAVEN"
    _fmt_cell(ws, f"B{r}", tl, bold=True, fill="EEEEEE")
    _fmt_cell(ws, f"E{r}", float(b.total), EUR, bold=True, fill="EEEEEE")
    r += 1
    if b.inkind_mode == "both":
        for it in b.inkind:
            _fmt_cell(ws, f"B{r}", "Inbreng in natura: " + V.inkind_what(it), italic=True)
            _fmt_cell(ws, f"E{r}", float(it[3]), EUR, italic=True)
            r += 1
        _fmt_cell(ws, f"B{r}", "Totaal inclusief inbreng in natura", bold=True)
        _fmt_cell(ws, f"E{r}", float(b.grand_total), EUR, bold=True)
        r += 1
    r += 1
    _fmt_cell(ws, f"A{r}", "Inkomsten", bold=True, fill=light)
    _fmt_cell(ws, f"B{r}", "Status", bold=True, fill=light)
    _fmt_cell(ws, f"E{r}", "Bedrag", bold=True, fill=light)
    r += 1
    for inc in b.others():
        _fmt_cell(ws, f"A{r}", inc.label)
        _fmt_cell(ws, f"B{r}", inc.status)
        _fmt_cell(ws, f"E{r}", float(inc.amount), EUR)
        r += 1
    _fmt_cell(ws, f"A{r}", V.L["req_line"], bold=True, fill="FFF9C4")
    _fmt_cell(ws, f"B{r}", "aangevraagd")
    _fmt_cell(ws, f"E{r}", float(b.request), EUR, bold=True, fill="FFF9C4")
    r += 1
    _fmt_cell(ws, f"A{r}", "Totaal inkomsten (zonder inbreng in natura)" if b.inkind_mode == "both" else "Totaal inkomsten", bold=True)
    _fmt_cell(ws, f"E{r}", float(b.total), EUR, bold=True)
    r += 1
    if b.inkind_mode == "both":
        _fmt_cell(ws, f"A{r}", "Inbreng in natura (vrijwilligers, zaal)", italic=True)
        _fmt_cell(ws, f"E{r}", float(b.inkind_total), EUR, italic=True)
        r += 1
        _fmt_cell(ws, f"A{r}", "Totaal inclusief inbreng in natura", bold=True)
        _fmt_cell(ws, f"E{r}", float(b.grand_total), EUR, bold=True)
        r += 1
    r += 1
    pct = (b.request / b.total * 100).quantize(D("0.1"))
    _fmt_cell(ws, f"A{r}", "Aandeel Partons 2.0 in de totale kost", border=False, italic=True)
    _fmt_cell(ws, f"B{r}", float(pct) / 100, "0.0%", border=False, italic=True)
    r += 2
    sb = bld.sign_block()
    for ln in sb["lines"][:2]:
        _fmt_cell(ws, f"A{r}", ln, border=False)
        r += 1
    ws2 = wb.create_sheet("Info")
    ws2.column_dimensions["A"].width = 110
    info = [("Projectenoproep ‘Maak werk van je buurt!’ – voorwaarden", True),
            ("Financiële bijdrage van max. 10 000 euro per project, bv. voor enquêtes, haalbaarheidsstudies, een participatie-expert, "
             "een (landschaps)architect, kleine materialen, communicatie, bewonersmomenten of een evenement.", False),
            ("Voorbeeld: zaalhuur 3 x € 120 = € 360; drukwerk flyers € 450.", False),
            (coord_text("nl", "local"), False),
            (f"Meer info: {COORD['web']}", False)]
    for i, (t, bold) in enumerate(info, 1):
        c = ws2.cell(row=i, column=1, value=t)
        c.font = Font(bold=bold)
        c.alignment = Alignment(wrap_text=True)
    wb.properties.created = case["date"].replace(day=1, hour=9, minute=0)
    wb.properties.modified = case["date"].replace(second=0)
    wb.properties.creator = "Provincie West-Vlaanderen"
    wb.properties.lastModifiedBy = f"{case['contact']['first']} {case['contact']['last']}"
    wb.save(path)


def _xlsx_b(case, bld, path):
    """FR: 'Fiche projet' sheet + 'Budget prévisionnel' in charges/produits layout with 86/87 lines."""
    rng = case["rng"]
    b = case["budget"]
    V = bld.V
    wb = Workbook()
    ws = wb.active
    ws.title = "Fiche projet"
    acc = rng.choice(["4A4A8A", "B35C00", "37474F"])
    EUR = rng.choice(['#,##0.00 "€"', '# ##0 "€"', '#,##0.00 [$€-40C]'])
    ws.column_dimensions["A"].width = 3
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions["C"].width = 52
    ws.merge_cells("B2:C2")
    _fmt_cell(ws, "B2", "APPEL À PROJETS PARTONS 2.0 – FICHE PROJET", bold=True, size=14, color=acc, border=False)
    ws.merge_cells("B3:C3")
    _fmt_cell(ws, "B3", coord_text("fr"), italic=True, color="777777", border=False)
    ws.row_dimensions[3].height = 48
    r = 5
    secs = [("Le porteur de projet", bld.applicant_rows(split_name=True, split_addr=0))]
    extra = []
    for tb in bld.trap_blocks("applicant"):
        extra += tb["rows"]
    if extra:
        secs.append(("Autres membres du bureau", extra))
    prj = [(bld.L["title"], case["title"]), ("Description", case["desc"])]
    for tb in bld.trap_blocks("project"):
        prj += tb["rows"]
    secs.append(("Le projet", prj))
    for title, rows in secs:
        _fmt_cell(ws, f"B{r}", title.upper(), bold=True, fill=acc, color="FFFFFF")
        _fmt_cell(ws, f"C{r}", None, fill=acc)
        r += 1
        for l, v in rows:
            _fmt_cell(ws, f"B{r}", l, fill="F2F2F2")
            _fmt_cell(ws, f"C{r}", v)
            r += 1
        r += 1
    _fmt_cell(ws, f"B{r}", "Montant sollicité (voir onglet Budget)", bold=True)
    _fmt_cell(ws, f"C{r}", float(b.request), EUR, bold=True, align="left")
    r += 1
    _fmt_cell(ws, f"B{r}", "Coût total du projet", bold=True)
    _fmt_cell(ws, f"C{r}", float(b.total), EUR, bold=True, align="left")
    r += 2
    for ln in bld.sign_block()["lines"][:2]:
        _fmt_cell(ws, f"B{r}", ln, border=False)
        r += 1

    bs = wb.create_sheet("Budget prévisionnel")
    for col, wdt in zip("ABCDE", [44, 14, 3, 44, 14]):
        bs.column_dimensions[col].width = wdt
    bs.merge_cells("A1:E1")
    _fmt_cell(bs, "A1", f"Budget prévisionnel – {case['title']}", bold=True, size=13, border=False)
    _fmt_cell(bs, "A3", "CHARGES", bold=True, fill="DDDDDD")
    _fmt_cell(bs, "B3", "Montant", bold=True, fill="DDDDDD")
    _fmt_cell(bs, "D3", "PRODUITS", bold=True, fill="DDDDDD")
    _fmt_cell(bs, "E3", "Montant", bold=True, fill="DDDDDD")
    left = []
    for c in b.cats_used:
        left.append(("60/62 – " + V.catname[c] if rng.random() < 0.3 else V.catname[c], None, True))
        for ln in [x for x in b.lines if x.cat == c]:
            left.append(("   " + ln.label, ln.incl, False))
    right = [(i.label + (f" ({i.status})" if i.status else ""), i.amount, False) for i in b.others()]
    right.append(("74 – " + V.L["req_line"], b.request, True))
    n = max(len(left), len(right))
    r = 4
    for i in range(n):
        if i < len(left):
            _fmt_cell(bs, f"A{r}", left[i][0], bold=left[i][2])
            _fmt_cell(bs, f"B{r}", float(left[i][1]) if left[i][1] is not None else None, EUR)
        if i < len(right):
            _fmt_cell(bs, f"D{r}", right[i][0], bold=right[i][2])
            _fmt_cell(bs, f"E{r}", float(right[i][1]), EUR, bold=right[i][2])
        r += 1
    _fmt_cell(bs, f"A{r}", "TOTAL DES CHARGES", bold=True, fill="EEEEEE")
    _fmt_cell(bs, f"B{r}", float(b.total), EUR, bold=True, fill="EEEEEE")
    _fmt_cell(bs, f"D{r}", "TOTAL DES PRODUITS", bold=True, fill="EEEEEE")
    _fmt_cell(bs, f"E{r}", float(b.total), EUR, bold=True, fill="EEEEEE")
    r += 1
    if b.inkind_mode == "both":
        _fmt_cell(bs, f"A{r}", "86 – Emplois des contributions volontaires en nature", italic=True)
        _fmt_cell(bs, f"B{r}", float(b.inkind_total), EUR, italic=True)
        _fmt_cell(bs, f"D{r}", "87 – Contributions volontaires en nature", italic=True)
        _fmt_cell(bs, f"E{r}", float(b.inkind_total), EUR, italic=True)
        r += 1
        for it in b.inkind:
            _fmt_cell(bs, f"A{r}", "   dont " + V.inkind_what(it).lower(), italic=True, border=False)
            _fmt_cell(bs, f"B{r}", float(it[3]), EUR, italic=True, border=False)
            r += 1
        _fmt_cell(bs, f"A{r}", "TOTAL GÉNÉRAL", bold=True)
        _fmt_cell(bs, f"B{r}", float(b.grand_total), EUR, bold=True)
        _fmt_cell(bs, f"D{r}", "TOTAL GÉNÉRAL", bold=True)
        _fmt_cell(bs, f"E{r}", float(b.grand_total), EUR, bold=True)
        r += 1
    r += 1
    bs.merge_cells(f"A{r}:E{r}")
    _fmt_cell(bs, f"A{r}", "La subvention demandée ne peut dépasser 10 000 € (plafond de l'appel à projets).", italic=True,
              border=False, color="777777")
    wb.properties.created = case["date"].replace(day=1, hour=9, minute=0)
    wb.properties.modified = case["date"].replace(second=0)
    wb.properties.creator = f"{case['contact']['first']} {case['contact']['last']}"
    wb.save(path)


# =========================================================================== ODS
class Ods:
    def __init__(self, rng, lang):
        self.doc = OpenDocumentSpreadsheet()
        self.rng = rng
        A = self.doc.automaticstyles
        S = self.doc.styles
        # currency style
        cs = CurrencyStyle(name="EURfmt", volatile="true")
        if lang == "fr":
            cs.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
            cs.addElement(NText(text="\u00a0"))
            cs.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
        else:
            cs.addElement(CurrencySymbol(language="nl", country="BE", text="€"))
            cs.addElement(NText(text=" "))
            cs.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
        S.addElement(cs)
        self.st = {}
        acc = rng.choice(["#2e7d32", "#8e244d", "#1f5f8b"])
        defs = {
            "lab": ({"fontweight": "bold"}, {"backgroundcolor": "#eeeeee", "border": "0.5pt solid #999999"}, None),
            "val": ({}, {"border": "0.5pt solid #999999", "backgroundcolor": "#fffde7"}, None),
            "txt": ({}, {}, None),
            "it": ({"fontstyle": "italic", "color": "#555555"}, {}, None),
            "title": ({"fontweight": "bold", "fontsize": "14pt", "color": acc}, {}, None),
            "head": ({"fontweight": "bold", "color": "#ffffff"}, {"backgroundcolor": acc}, None),
            "cur": ({}, {"border": "0.5pt solid #999999"}, "EURfmt"),
            "curb": ({"fontweight": "bold"}, {"border": "0.5pt solid #999999", "backgroundcolor": "#eeeeee"}, "EURfmt"),
            "curs": ({"textlinethroughstyle": "solid", "color": "#888888"}, {"border": "0.5pt solid #999999"}, "EURfmt"),
            "bold": ({"fontweight": "bold"}, {"border": "0.5pt solid #999999", "backgroundcolor": "#eeeeee"}, None),
            "pct": ({"fontstyle": "italic"}, {}, None),
        }
        for nm, (tp, cp, ds) in defs.items():
            kw = {"name": nm, "family": "table-cell"}
            if ds:
                kw["datastylename"] = ds
            s = Style(**kw)
            if tp:
                s.addElement(TextProperties(**tp))
            if cp:
                s.addElement(TableCellProperties(**cp))
            A.addElement(s)
            self.st[nm] = s
        self.ncol = 0

    def sheet(self, name, widths):
        t = Table(name=name)
        for i, w in enumerate(widths):
            cs = Style(name=f"{name[:3]}co{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        self.doc.spreadsheet.addElement(t)
        return t

    def row(self, t, cells):
        """cells: list of None | (kind, value, style); kind: s(tring)/c(urrency)/f(loat)/p(ercentage)"""
        tr = TableRow()
        for cell in cells:
            if cell is None:
                tr.addElement(TableCell())
                continue
            kind, v, sty = cell
            st = self.st[sty] if sty else None
            if kind == "s":
                tc = TableCell(valuetype="string", stylename=st) if st else TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
            elif kind == "c":
                disp = v[1]
                tc = TableCell(valuetype="currency", currency="EUR", value=str(v[0]), stylename=st)
                tc.addElement(P(text=disp))
            elif kind == "f":
                tc = TableCell(valuetype="float", value=str(v), stylename=st)
                tc.addElement(P(text=str(v)))
            elif kind == "p":
                tc = TableCell(valuetype="percentage", value=str(v[0]), stylename=st)
                tc.addElement(P(text=v[1]))
            tr.addElement(tc)
        t.addElement(tr)


def render_ods(case, path):
    bld = Builder(case)
    if case["spec"]["design"] == "ods_a":
        _ods_a(case, bld, path)
    else:
        _ods_b(case, bld, path)


def _cur(v, lang):
    from data import fmt_amt
    return ("c", (D(v), fmt_amt(v, "fr" if lang == "fr" else "be_eur")), None)


def _ods_a(case, bld, path):
    """FR: one sheet 'Candidature' – fields on top, charges then produits below, % line for the request."""
    rng = case["rng"]
    b = case["budget"]
    V = bld.V
    o = Ods(rng, "fr")
    t = o.sheet("Candidature", [7.5, 7.0, 3.5, 3.5])
    cur = lambda v, s="cur": ("c", (D(v), V.f(v, "fr")), s)
    o.row(t, [("s", "Candidature Partons 2.0 – initiatives citoyennes", "title")])
    o.row(t, [("s", "Document rempli par le porteur de projet – à joindre au courriel de candidature", "it")])
    o.row(t, [])
    o.row(t, [("s", "IDENTIFICATION", "head"), ("s", "", "head")])
    for l, v in bld.applicant_rows(split_name=False, split_addr=rng.choice([0, 1])):
        o.row(t, [("s", l, "lab"), ("s", v, "val")])
    for tb in bld.trap_blocks("applicant"):
        for l, v in tb["rows"]:
            o.row(t, [("s", l, "lab"), ("s", v, "val")])
    o.row(t, [])
    o.row(t, [("s", "PROJET", "head"), ("s", "", "head")])
    o.row(t, [("s", bld.L["title"], "lab"), ("s", case["title"], "val")])
    o.row(t, [("s", "Résumé", "lab"), ("s", case["desc"], "val")])
    for tb in bld.trap_blocks("project"):
        for l, v in tb["rows"]:
            o.row(t, [("s", l, "lab"), ("s", v, "val")])
    o.row(t, [])
    o.row(t, [("s", "DÉPENSES PRÉVISIONNELLES", "head"), ("s", "Détail", "head"), ("s", "Montant TTC", "head")])
    for ln in b.lines:
        det = f"{ln.qty} x {V.f(ln.unit, 'fr')}" if ln.qty else ""
        o.row(t, [("s", V.catname[ln.cat] + " – " + ln.label, None), ("s", det, None), cur(ln.incl)])
    o.row(t, [("s", "Total des dépenses", "bold"), ("s", "", "bold"), cur(b.total, "curb")])
    o.row(t, [])
    o.row(t, [("s", "RECETTES PRÉVISIONNELLES", "head"), ("s", "État", "head"), ("s", "Montant", "head"), ("s", "% du total", "head")])
    for inc in b.others():
        p = inc.amount / b.total
        o.row(t, [("s", inc.label, None), ("s", inc.status, None), cur(inc.amount),
                  ("p", (f"{p:.4f}", f"{(p * 100).quantize(D('0.1'))} %".replace(".", ",")), "pct")])
    p = b.request / b.total
    o.row(t, [("s", V.L["req_line"], "bold"), ("s", "sollicité", None), cur(b.request, "curb"),
              ("p", (f"{p:.4f}", f"{V.pct()} %"), "pct")])
    o.row(t, [("s", "Total des recettes", "bold"), ("s", "", "bold"), cur(b.total, "curb"), ("p", ("1", "100 %"), "pct")])
    o.row(t, [])
    if b.inkind_mode == "note":
        o.row(t, [("s", plain(V.inkind_note()), "it")])
    o.row(t, [("s", plain(V.request_statement()), "it")])
    o.row(t, [("s", "Rappel : aide plafonnée à 10 000 € par projet.", "it")])
    o.row(t, [])
    for ln in bld.sign_block()["lines"][:2]:
        o.row(t, [("s", ln, None)])
    o.doc.save(path)


def _ods_b(case, bld, path):
    """NL: sheet 'Gegevens' + sheet 'Begroting' with VAT columns and a corrected request."""
    rng = case["rng"]
    b = case["budget"]
    V = bld.V
    o = Ods(rng, "nl")
    cur = lambda v, s="cur": ("c", (D(v), V.f(v, "be_eur")), s)
    g = o.sheet("Gegevens", [7.0, 9.0])
    o.row(g, [("s", "Projectidee 'Maak werk van je buurt!'", "title")])
    o.row(g, [])
    rows = bld.applicant_rows(split_name=True, split_addr=1)
    for tb in bld.trap_blocks("applicant"):
        rows += tb["rows"]
    rows.append((bld.L["title"], case["title"]))
    rows.append(("Korte omschrijving", case["desc"]))
    for tb in bld.trap_blocks("project"):
        rows += tb["rows"]
    for l, v in rows:
        if l == bld.L["pc"] and v.isdigit():
            o.row(g, [("s", l, "lab"), ("f", int(v), "val")])
        else:
            o.row(g, [("s", l, "lab"), ("s", v, "val")])
    o.row(g, [])
    for ln in bld.sign_block()["lines"][:2]:
        o.row(g, [("s", ln, None)])

    t = o.sheet("Begroting", [8.0, 3.2, 3.2, 3.2, 5.0])
    o.row(t, [("s", f"Begroting – {case['title']}", "title")])
    o.row(t, [])
    rate = int(b.vat_rate * 100) if b.vat_rate is not None else 0
    if b.vat_rate is not None:
        o.row(t, [("s", "Uitgaven", "head"), ("s", "excl. btw", "head"), ("s", f"btw {rate}%", "head"), ("s", "incl. btw", "head")])
    else:
        o.row(t, [("s", "Uitgaven", "head"), ("s", "", "head"), ("s", "", "head"), ("s", "Bedrag", "head")])
    for ln in b.lines:
        if b.vat_rate is not None:
            o.row(t, [("s", ln.label, None), cur(ln.excl), cur(ln.vat), cur(ln.incl)])
        else:
            o.row(t, [("s", ln.label, None), None, None, cur(ln.incl)])
    if b.vat_rate is not None:
        o.row(t, [("s", "TOTAAL UITGAVEN", "bold"), cur(b.total_excl, "curb"), cur(b.vat_total, "curb"), cur(b.total, "curb")])
    else:
        o.row(t, [("s", "TOTAAL UITGAVEN", "bold"), None, None, cur(b.total, "curb")])
    o.row(t, [])
    o.row(t, [("s", "Inkomsten", "head"), ("s", "", "head"), ("s", "", "head"), ("s", "Bedrag", "head"), ("s", "Opmerking", "head")])
    for inc in b.others():
        o.row(t, [("s", inc.label, None), None, None, cur(inc.amount), ("s", inc.status, None)])
    if b.request_mode == "corrected":
        o.row(t, [("s", V.L["req_line"], "bold"), ("s", "eerste versie", "it"), cur(b.old_request, "curs"), cur(b.request, "curb"),
                  ("s", "aangepast na nieuwe offerte (eigen inbreng verhoogd)", "it")])
    else:
        o.row(t, [("s", V.L["req_line"], "bold"), None, None, cur(b.request, "curb")])
    o.row(t, [("s", "TOTAAL INKOMSTEN", "bold"), None, None, cur(b.total, "curb")])
    o.row(t, [])
    if b.inkind_mode == "note":
        o.row(t, [("s", plain(V.inkind_note()), "it")])
    o.row(t, [("s", "Gevraagd bedrag Partons 2.0 (na correctie)" if b.request_mode == "corrected" else "Gevraagd bedrag Partons 2.0", "bold"),
              None, None, cur(b.request, "curb")])
    o.row(t, [("s", "Max. 10.000 euro per project.", "it")])
    o.doc.save(path)
