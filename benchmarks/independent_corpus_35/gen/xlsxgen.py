"""Excel attachment: a form sheet where the answers sit right of, below, or in a comment on the label."""
import io
import datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

from common import doc_title, zip_normalize

EUR_FMT = '#,##0.00\\ "€"'


def xlsx_form(c, items, rng, layout="right"):
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraag" if c["lang"] == "nl" else "Candidature"
    y, m, d, hh, mm = c["date"]
    wb.properties.creator = "Provincie West-Vlaanderen"
    wb.properties.lastModifiedBy = f"{c['first']} {c['last']}"
    wb.properties.created = datetime.datetime(2019, 3, 12, 9, 0, 0)
    wb.properties.modified = datetime.datetime(y, m, d, max(6, hh - 1), mm, 0)
    fill = PatternFill("solid", fgColor=rng.choice(["DDEBF7", "FCE4D6", "E2EFDA", "EDEDED"]))
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 30
    ws["A1"] = doc_title(c, rng)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Vul de grijze vakjes in – deadline 16/06/2019" if c["lang"] == "nl"
                else "Remplir les cases grisées – date limite 16/06/2019")
    ws["A2"].font = Font(italic=True, size=9)
    row = 4
    money = {"requested": c["requested"], "total": c["total"], "own": c["own"]}
    author = f"{c['first']} {c['last']}"
    comment_keys = set(rng.sample([k for k, _, v in items if v and k in ("phone", "email", "title", "other", "descr")], 2))
    thin = Side(style="thin", color="999999")
    for k, label, v in items:
        ws.cell(row=row, column=1, value=label).font = Font(bold=True)
        # the form meant the grey box in column B; the applicant typed where it suited them
        if layout == "right":
            box = ws.cell(row=row, column=2)
            tgt = ws.cell(row=row, column=3)
        else:
            box = ws.cell(row=row, column=2)
            tgt = ws.cell(row=row + 1, column=1)
        box.fill = fill
        box.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if v:
            if k in comment_keys:
                box.comment = Comment(v, author, width=300, height=80)
            elif k in money and money[k] is not None:
                tgt.value = money[k]
                tgt.number_format = EUR_FMT
            else:
                tgt.value = v
                if k == "descr":
                    tgt.alignment = Alignment(wrap_text=True)
        row += 1 if layout == "right" else 2
    row += 1
    if c["total"] is not None:
        ws.cell(row=row, column=1, value=c["budget_label"]).font = Font(bold=True, size=12)
        row += 1
        for bl, ba in c["budget"]:
            ws.cell(row=row, column=1, value=bl)
            cl = ws.cell(row=row, column=2, value=ba)
            cl.number_format = EUR_FMT
            row += 1
        ws.cell(row=row, column=1, value="Totaal" if c["lang"] == "nl" else "Total").font = Font(bold=True)
        # a formula, as people do; the cached value is not stored by openpyxl
        ws.cell(row=row, column=2, value=f"=SUM(B{row - len(c['budget'])}:B{row - 1})").number_format = EUR_FMT
    buf = io.BytesIO()
    wb.save(buf)
    import re
    mod = datetime.datetime(y, m, d, max(6, hh - 1), mm, 0).strftime("%Y-%m-%dT%H:%M:%SZ")
    # openpyxl stamps the save time as 'modified'; put the applicant's time back
    fix = lambda b: re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", lambda m: m.group(1) + mod.encode(), b)
    return zip_normalize(buf.getvalue(), {"docProps/core.xml": fix})
