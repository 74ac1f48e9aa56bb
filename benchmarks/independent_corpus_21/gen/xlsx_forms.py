# -*- coding: utf-8 -*-
"""Excel forms (openpyxl): labels in column A, answers in column B, a budget block."""
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from paper_forms import dmy

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="E7E6E6")


def _wb_bytes(wb):
    import datetime
    wb.properties.created = datetime.datetime(2019, 5, 3, 14, 0, 0)
    wb.properties.modified = datetime.datetime(2019, 5, 28, 20, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


# ---------------------------------------------------------------- D10 nl: plain values
def xlsx_plain(r, rng):
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraag"
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 60
    ws["A1"] = "Aanvraagformulier 'Maak werk van je buurt!' (Partons 2.0)"
    ws["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Naam vereniging", r["org"]),
        ("Rechtsvorm", r["legal"]),
        ("Adres (straat + nr)", r["addr"]),
        ("Postcode", r["pc"]),
        ("Gemeente", r["town"]),
        ("Voorzitter", r["chair"]),
        ("Contactpersoon", r["contact_w"]),
        ("Functie", r["role"]),
        ("Telefoon", r["phone"]),
        ("E-mail", r["email"]),
        (None, None),
        ("Projecttitel", r["title"]),
        ("Omschrijving", r["descr"]),
        ("Betrokkenheid inwoners", r["partic"]),
        ("Timing", r["timing"]),
    ]
    y = 3
    for a, b in rows:
        if a:
            ws.cell(y, 1, a).font = Font(bold=True)
            c = ws.cell(y, 2, b)
            c.number_format = "@"
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(y, 1).border = BOX
            c.border = BOX
        y += 1
    y += 1
    ws.cell(y, 1, "BEGROTING").font = Font(bold=True, size=12)
    y += 1
    ws.cell(y, 1, "Kostenpost").font = Font(bold=True)
    ws.cell(y, 2, "Bedrag (EUR)").font = Font(bold=True)
    for c in (1, 2):
        ws.cell(y, c).fill = GREY
        ws.cell(y, c).border = BOX
    y += 1
    fmt = '#,##0.00 "€"'
    for k, v in r["budget"]:
        ws.cell(y, 1, k).border = BOX
        c = ws.cell(y, 2, v)
        c.number_format = fmt
        c.border = BOX
        y += 1
    for lab, v, bold in [("Totaal", r["total"], True), ("Eigen inbreng", r["own"], False),
                         (f"Andere subsidies ({r['others'][0][0]})", r["others"][0][1], False),
                         ("Gevraagd bedrag Partons 2.0", r["request"], True)]:
        ws.cell(y, 1, lab).font = Font(bold=bold)
        ws.cell(y, 1).border = BOX
        c = ws.cell(y, 2, v)
        c.number_format = fmt
        c.font = Font(bold=bold)
        c.border = BOX
        y += 1
    y += 1
    ws.cell(y, 1, "Datum")
    ws.cell(y, 2, dmy(r))
    wb.properties.creator = "Wim"
    wb.properties.title = "Aanvraag"
    return _wb_bytes(wb)


# ---------------------------------------------------------------- T30 fr: formulas with cached values, merged title
def xlsx_formulas(r, rng):
    wb = Workbook()
    ws = wb.active
    ws.title = "Candidature"
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 55
    ws.merge_cells("A1:B1")
    ws["A1"] = "APPEL À PROJETS PARTONS 2.0 - FICHE DE CANDIDATURE"
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="2F5597")
    ws["A1"].alignment = Alignment(horizontal="center")
    rows = [
        ("PORTEUR DE PROJET", None),
        ("Nom de l'association", r["org"]),
        ("Statut", r["legal"]),
        ("Adresse", r["addr"]),
        ("Code postal", r["pc"]),
        ("Commune", r["town"]),
        ("Personne référente", r["contact_w"]),
        ("Fonction", r["role"]),
        ("Téléphone", r["phone"]),
        ("Courriel", r["email"]),
        ("PROJET", None),
        ("Intitulé", r["title"]),
        ("Description", r["descr"]),
        ("Participation des habitants", r["partic"]),
        ("Calendrier", r["timing"]),
    ]
    y = 3
    for a, b in rows:
        if b is None:
            ws.cell(y, 1, a).font = Font(bold=True, color="2F5597")
        else:
            ws.cell(y, 1, a)
            c = ws.cell(y, 2, b)
            c.number_format = "@"
            c.alignment = Alignment(wrap_text=True)
        y += 1
    y += 1
    ws.cell(y, 1, "BUDGET").font = Font(bold=True, color="2F5597")
    y += 1
    ws.cell(y, 1, "Dépense").font = Font(bold=True)
    ws.cell(y, 2, "Montant").font = Font(bold=True)
    y += 1
    first = y
    fmt = '#,##0.00\\ "€"'
    for k, v in r["budget"]:
        ws.cell(y, 1, k)
        ws.cell(y, 2, v).number_format = fmt
        y += 1
    last = y - 1
    cached = {}
    ws.cell(y, 1, "Coût total").font = Font(bold=True)
    ws.cell(y, 2, f"=SUM(B{first}:B{last})").number_format = fmt
    cached[f"B{y}"] = r["total"]
    tot_row = y
    y += 1
    ws.cell(y, 1, "Autofinancement")
    ws.cell(y, 2, r["own"]).number_format = fmt
    own_row = y
    y += 1
    ws.cell(y, 1, "Montant demandé").font = Font(bold=True)
    ws.cell(y, 2, f"=B{tot_row}-B{own_row}").number_format = fmt
    cached[f"B{y}"] = r["request"]
    y += 2
    ws.cell(y, 1, "Date")
    ws.cell(y, 2, dmy(r))
    wb.properties.creator = "Mélanie R."
    raw = _wb_bytes(wb)
    # insert cached values for the formula cells, as Excel/LibreOffice would have saved them
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "xl/worksheets/sheet1.xml":
                s = data.decode("utf-8")
                for ref, val in cached.items():
                    pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?' % ref)
                    assert pat.search(s), ref
                    s = pat.sub(lambda m: m.group(1) + m.group(2) + "<v>%s</v>" % val, s)
                data = s.encode("utf-8")
            zo.writestr(it, data)
    return out.getvalue()


DESIGNS = {f.__name__: f for f in [xlsx_plain, xlsx_formulas]}
