"""Excel .xlsx form: label column, merged value cells, budget with SUM formulas
(cached results are written into the file, as Excel itself does)."""
import io
import re
import zipfile
from decimal import Decimal
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from render_odf import _num


def render(spec, case, design):
    lang = spec["lang"]
    wb = Workbook()
    ws = wb.active
    ws.title = design.get("sheet1", "Formulier" if lang == "nl" else "Formulaire")
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["D"].width = 30
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    accent = design.get("accent", "C55A11")
    hfill = PatternFill("solid", fgColor=accent)
    lfill = PatternFill("solid", fgColor="FBE5D6")
    row = 1
    ws.cell(row, 2, spec["title"]).font = Font(size=15, bold=True)
    row += 1
    ws.cell(row, 2, spec["issuer"]).font = Font(italic=True, size=9)
    row += 2
    for p in spec.get("intro", []):
        ws.cell(row, 2, p).font = Font(size=8)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        ws.cell(row, 2).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[row].height = 26
        row += 1
    row += 1
    cached = {}
    for s in spec["sections"]:
        kind = s.get("kind", "fields")
        c = ws.cell(row, 1, None)
        ws.cell(row, 2, s["heading"]).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 5):
            ws.cell(row, col).fill = hfill
        row += 1
        if kind == "budget":
            for title, lines, tl in ((s["charges_title"], s["charges"], s["total_label_c"]), (s["produits_title"], s["produits"], s["total_label_p"])):
                ws.cell(row, 2, title).font = Font(bold=True)
                ws.cell(row, 4, "Bedrag (€)" if lang == "nl" else "Montant (€)").font = Font(bold=True)
                row += 1
                first = row
                for code, lab, val in lines:
                    if lang == "fr" and not lab[:2].isdigit():
                        ws.cell(row, 1, int(code) if code.isdigit() else code)
                        ws.cell(row, 2, lab.strip())
                    else:
                        ws.cell(row, 2, lab.strip())
                    v = _num(val) if val else None
                    if v is not None:
                        cc = ws.cell(row, 4, float(v))
                        cc.number_format = '#,##0.00 "€"' if lang == "fr" else '"€" #,##0.00'
                    ws.cell(row, 4).border = box
                    row += 1
                ws.cell(row, 2, tl).font = Font(bold=True)
                ref = f"D{row}"
                cc = ws.cell(row, 4, f"=SUM(D{first}:D{row - 1})")
                cc.number_format = '#,##0.00 "€"' if lang == "fr" else '"€" #,##0.00'
                cc.font = Font(bold=True)
                cached[ref] = _num(s["total"])
                row += 2
            for code, lab, val in s.get("inkind", []):
                ws.cell(row, 2, lab)
                ws.cell(row, 4, float(_num(val))).number_format = '#,##0.00 "€"'
                row += 1
            if s.get("note"):
                ws.cell(row, 2, s["note"]).font = Font(italic=True, size=8)
                row += 1
            row += 1
            continue
        if kind in ("attest", "note_budget"):
            ws.cell(row, 2, s["text"]).alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
            ws.row_dimensions[row].height = 48
            row += 1
        for f in s["fields"]:
            ws.cell(row, 2, f["label"]).fill = lfill
            ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
            if f["value"]:
                ws.cell(row, 3, f["value"])
            ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=4)
            ws.cell(row, 3).border = box
            if f["multi"]:
                ws.cell(row, 3).alignment = Alignment(wrap_text=True, vertical="top")
                ws.row_dimensions[row].height = 60
            row += 1
        row += 1
    wb.properties.creator = design.get("author", "")
    wb.properties.title = spec["title"]
    bio = io.BytesIO()
    wb.save(bio)
    return _add_cached(bio.getvalue(), cached)


def _add_cached(data, cached):
    """Write formula results (<v>) next to the formulas, like a file saved by Excel."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        buf = zin.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            x = buf.decode("utf-8")
            for ref, val in cached.items():
                x = re.sub(r'(<c r="%s"[^>]*>)<f>([^<]*)</f>(?:<v\s*/>|<v></v>)' % ref, lambda m: f"{m.group(1)}<f>{m.group(2)}</f><v>{val}</v>", x)
                x = re.sub(r'(<c r="%s"[^>]*>)<f>([^<]*)</f>(</c>)' % ref, lambda m: f"{m.group(1)}<f>{m.group(2)}</f><v>{val}</v>{m.group(3)}", x)
            buf = x.encode("utf-8")
        zout.writestr(item, buf)
    zout.close()
    return out.getvalue()
