# -*- coding: utf-8 -*-
"""Excel .xlsx form renderer (openpyxl)."""
import io
import datetime

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side, Alignment

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
EUR = '#,##0.00 "€"'


def _norm(rows):
    return [(r[0], r[1], {}) if len(r) == 2 else r for r in rows]


def xlsx_form(case):
    d = case["design"]
    lang = case["lang"]
    rows = _norm(case["rows"])
    wb = Workbook()
    wb.properties.creator = case["sender"][0]
    wb.properties.title = d["title"]
    wb.properties.created = datetime.datetime(2019, 4, 2, 10, 0, 0)
    ws = wb.active
    fill = PatternFill("solid", fgColor=d["accent"])
    fnt = d["font"]
    b = case["budget"]
    if d["layout"] == "xl_a":
        ws.title = "Aanvraag" if lang == "nl" else "Candidature"
        ws.page_setup.fitToWidth = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.column_dimensions["A"].width = 36
        ws.column_dimensions["B"].width = 44
        for col in "CD":
            ws.column_dimensions[col].width = 6
        ws["A1"] = d["title"]
        ws["A1"].font = Font(name=fnt, size=14, bold=True)
        ws.merge_cells("A1:D1")
        ws["A2"] = d.get("subtitle", "")
        ws["A2"].font = Font(name=fnt, italic=True)
        r = 4
        for label, value, opts in rows:
            a = ws.cell(row=r, column=1, value=label + (" " + value if opts.get("in_label") and value else ""))
            a.fill = fill
            a.border = BOX
            a.font = Font(name=fnt, bold=True)
            v = ws.cell(row=r, column=2, value=None if opts.get("in_label") or not value else value)
            v.font = Font(name=fnt)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            for cc in range(2, 5):
                ws.cell(row=r, column=cc).border = BOX
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Begroting" if lang == "nl" else "Budget").font = Font(name=fnt, bold=True, size=12)
        r += 1
        bs, bc = ws, 1
    else:
        ws.title = "Fiche" if lang == "fr" else "Formulier"
        ws.column_dimensions["A"].width = 3
        ws.column_dimensions["B"].width = 24
        ws.column_dimensions["C"].width = 2
        ws.column_dimensions["D"].width = 46
        ws.page_setup.fitToWidth = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws["B2"] = d["title"]
        ws["B2"].font = Font(name=fnt, size=13, bold=True, color="1F4E78")
        ws["B3"] = d.get("subtitle", "")
        r = 5
        for label, value, opts in rows:
            a = ws.cell(row=r, column=2, value=label + (" " + value if opts.get("in_label") and value else ""))
            a.font = Font(name=fnt)
            a.alignment = Alignment(horizontal="right")
            v = ws.cell(row=r, column=4, value=None if opts.get("in_label") or not value else value)
            v.fill = fill
            v.border = BOX
            v.font = Font(name=fnt, color="000080")
            r += 2
        ws.cell(row=r, column=2, value="(voir onglet Budget)" if lang == "fr" else "(zie tabblad Begroting)").font = Font(name=fnt, italic=True, color="7F7F7F")
        bs = wb.create_sheet("Budget" if lang == "fr" else "Begroting")
        bs.column_dimensions["A"].width = 40
        bs.column_dimensions["B"].width = 16
        bs["A1"] = "Budget prévisionnel" if lang == "fr" else "Begroting"
        bs["A1"].font = Font(name=fnt, bold=True, size=12)
        r, bc = 3, 1
    head = ("Kostenpost", "Bedrag") if lang == "nl" else ("Poste de dépense", "Montant")
    for k, t in enumerate(head):
        c = bs.cell(row=r, column=bc + k, value=t)
        c.font = Font(name=fnt, bold=True)
        c.fill = fill
        c.border = BOX
    r += 1
    for name, amt in b["items"]:
        bs.cell(row=r, column=bc, value=name).border = BOX
        c = bs.cell(row=r, column=bc + 1, value=amt)
        c.number_format = EUR
        c.border = BOX
        r += 1
    bs.cell(row=r, column=bc, value=b["total_label"]).font = Font(name=fnt, bold=True)
    # typed as a value (volunteers often type the total themselves)
    c = bs.cell(row=r, column=bc + 1, value=b["total"])
    c.number_format = EUR
    c.font = Font(name=fnt, bold=True)
    r += 2
    for k in ("requested", "own"):
        if b.get(k):
            bs.cell(row=r, column=bc, value=b[k][0])
            c = bs.cell(row=r, column=bc + 1, value=b[k][1])
            c.number_format = EUR
            r += 1
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
