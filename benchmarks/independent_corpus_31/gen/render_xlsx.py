# -*- coding: utf-8 -*-
"""XLSX renderers: an Excel-made form with formulas (cached values patched in) and a Microsoft Forms export."""
import io
import re
import zipfile
import datetime

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

from common import texts, budget_from_x


def _patch(data, cached, app="Microsoft Excel"):
    """openpyxl writes formulas without results; Excel stores the last computed value in <v>. Add those."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        b = zin.read(it.filename)
        if it.filename == "xl/worksheets/sheet1.xml" and cached:
            s = b.decode("utf-8")
            for ref, val in cached.items():
                pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?(</c>)' % ref)
                s, n = pat.subn(lambda m: m.group(1) + m.group(2) + "<v>%s</v>" % val + m.group(4), s)
                assert n == 1, ref
            b = s.encode("utf-8")
        if it.filename == "docProps/app.xml":
            s = b.decode("utf-8")
            s = re.sub(r"<Application>.*?</Application>", "<Application>%s</Application>" % app, s)
            b = s.encode("utf-8")
        zout.writestr(it, b)
    zout.close()
    return out.getvalue()


def x1_excel(r):
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    lines, total, own, other, req = budget_from_x(r)
    wb = Workbook()
    ws = wb.active
    ws.title = "Projectfiche"
    wb.properties.creator = f["contact_name"]
    wb.properties.lastModifiedBy = f["contact_name"]
    wb.properties.created = datetime.datetime(2019, 6, 10, 19, 2)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    lab_fill = PatternFill("solid", fgColor="DDEBF7")
    ws.column_dimensions["A"].width = 34
    for col in "BCD":
        ws.column_dimensions[col].width = 22
    ws.merge_cells("A1:D1")
    ws["A1"] = "Maak werk van je buurt! – Aanvraagformulier Partons 2.0"
    ws["A1"].font = Font(size=14, bold=True, color="1F4E78")
    ws.merge_cells("A2:D2")
    ws["A2"] = "Steun: max. 10 000 euro per project. Bezorg dit bestand vóór 16 juni 2019 aan de projectcoördinator."
    ws["A2"].font = Font(italic=True, size=9)
    rows = [("Naam vereniging", f["organisation"], "B"), ("Contactpersoon", f["contact_name"], "B"),
            ("Adres (straat + nr)", f["address"], "B"), ("Postcode", f["postcode"], "B"),
            ("Gemeente", f["municipality"], "B"), ("GSM", d["phone"], "C"),          # typed one column too far
            ("E-mail", f["email"], "C"), ("Titel van het project", f["project_title"], "B"),
            ("Korte omschrijving", desc, "B")]
    rr = 4
    for lab, val, col in rows:
        ws["A%d" % rr] = lab
        ws["A%d" % rr].fill = lab_fill
        ws["A%d" % rr].font = Font(bold=True)
        ws["A%d" % rr].border = box
        ws.merge_cells("B%d:D%d" % (rr, rr)) if col == "B" else None
        if lab == "Postcode":
            ws["%s%d" % (col, rr)] = int(val)
        else:
            ws["%s%d" % (col, rr)] = val
        ws["%s%d" % (col, rr)].alignment = Alignment(wrap_text=True, vertical="top")
        if lab == "Korte omschrijving":
            ws.row_dimensions[rr].height = 60
        rr += 1
    rr += 1
    ws["A%d" % rr] = "BEGROTING"
    ws["A%d" % rr].font = Font(bold=True, size=12)
    rr += 1
    ws["A%d" % rr], ws["D%d" % rr] = "Post", "Bedrag (€)"
    ws.merge_cells("A%d:C%d" % (rr, rr))
    for c in ("A", "D"):
        ws["%s%d" % (c, rr)].font = Font(bold=True)
        ws["%s%d" % (c, rr)].fill = lab_fill
    rr += 1
    first = rr
    for lab, amt in lines:
        ws.merge_cells("A%d:C%d" % (rr, rr))
        ws["A%d" % rr] = lab
        ws["D%d" % rr] = amt
        ws["D%d" % rr].number_format = '#,##0.00 "€"'
        rr += 1
    last = rr - 1
    cached = {}
    ws["A%d" % rr] = "Totale kostprijs"
    ws["D%d" % rr] = "=SUM(D%d:D%d)" % (first, last)
    cached["D%d" % rr] = total
    tot_row = rr
    rr += 1
    ws["A%d" % rr] = "Eigen inbreng"
    ws["D%d" % rr] = own
    rr += 1
    ws["A%d" % rr] = "Andere subsidie (%s)" % r["x"].get("other_label", "")
    ws["D%d" % rr] = other
    rr += 1
    ws["A%d" % rr] = "Gevraagd bedrag Partons 2.0"
    ws["D%d" % rr] = "=D%d-D%d-D%d" % (tot_row, tot_row + 1, tot_row + 2)
    cached["D%d" % rr] = req
    ws["E%d" % rr] = '=IF(D%d>10000,"te hoog! max 10 000","OK")' % rr
    cached["E%d" % rr] = None
    for row in range(tot_row, rr + 1):
        ws["A%d" % row].font = Font(bold=True)
        ws["D%d" % row].number_format = '#,##0.00 "€"'
        ws["D%d" % row].font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    # string result for E: Excel stores t="str" with the value
    data = buf.getvalue()
    ecell = [k for k, v in cached.items() if v is None][0]
    del cached[ecell]
    data = _patch(data, cached)
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        b = zin.read(it.filename)
        if it.filename == "xl/worksheets/sheet1.xml":
            s = b.decode("utf-8")
            s, n = re.subn(r'<c r="%s"([^>]*)>(<f>[^<]*</f>)(<v\s*/>|<v></v>)?</c>' % ecell,
                           lambda m: '<c r="%s"%s t="str">%s<v>OK</v></c>' % (ecell, m.group(1).replace(' t="str"', ""), m.group(2)), s)
            assert n == 1
            b = s.encode("utf-8")
        zout.writestr(it, b)
    zout.close()
    return out.getvalue()


def x2_msforms_xlsx(r):
    f, d = r["f"], r["disp"]
    x = r["x"]
    desc, part, timing = texts(r)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    end = datetime.datetime.strptime(r["date"], "%Y-%m-%d %H:%M") - datetime.timedelta(minutes=40)
    start = end - datetime.timedelta(minutes=23, seconds=12)
    cols = [("ID", int(x["resp_id"])), ("Heure de début", start), ("Heure de fin", end),
            ("Adresse de messagerie", x["respondent"][1]), ("Nom", x["respondent"][0]),
            ("Nom de l'association", f["organisation"]),
            ("Nom et prénom du référent du projet", f["contact_name"]),
            ("Téléphone du référent", d["phone"]),
            ("Adresse e-mail du référent", f["email"]),
            ("Adresse postale (numéro et rue)", f["address"]),
            ("Code postal", f["postcode"]),
            ("Commune", f["municipality"]),
            ("Titre du projet", f["project_title"]),
            ("Décrivez votre projet en quelques lignes", desc),
            ("Comment les habitants sont-ils associés ?", part),
            ("Coût total du projet", d.get("total")),
            ("Apport de l'association", d.get("own")),
            ("Montant demandé à Partons 2.0 (10 000 € maximum)", d.get("req")),
            ("Vous avez participé à la séance de brainstorming proposée ?", "Non")]
    for i, (h, v) in enumerate(cols, start=1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="008272")
        v2 = ws.cell(row=2, column=i, value=v)
        if isinstance(v, datetime.datetime):
            v2.number_format = "m/d/yy h:mm:ss"
        ws.column_dimensions[c.column_letter].width = 20
    ws.auto_filter.ref = "A1:%s2" % ws.cell(row=1, column=len(cols)).column_letter
    wb.properties.creator = "Microsoft Forms"
    buf = io.BytesIO()
    wb.save(buf)
    return _patch(buf.getvalue(), {}, app="Microsoft Excel Online")
