"""Office renderers: docx (python-docx), odt/ods (odfpy), xlsx (openpyxl)."""
import io
import re
import zipfile
from datetime import datetime
from decimal import Decimal

FIXED = (2019, 5, 1, 12, 0, 0)


def normalize_zip(data, fixed_dt, mimetype_first=False):
    """Rewrite a zip with fixed timestamps and deterministic order so reruns are byte-identical."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    names = zin.namelist()
    if mimetype_first and "mimetype" in names:
        names.remove("mimetype")
        zi = zipfile.ZipInfo("mimetype", fixed_dt)
        zi.compress_type = zipfile.ZIP_STORED
        zout.writestr(zi, zin.read("mimetype"))
    for n in names:
        d = zin.read(n)
        zi = zipfile.ZipInfo(n, fixed_dt)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, d)
    zout.close()
    return out.getvalue()


def dt_tuple(c):
    d = c["date"]
    return (d.year, d.month, d.day, d.hour, max(d.minute - 5, 0), 0)


# ------------------------------------------------------------------ DOCX
def docx_form(c, blocks):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    v = c["v"]
    doc = Document()
    fontname = ["Calibri", "Arial", "Cambria", "Verdana", "Georgia", "Trebuchet MS", "Garamond", "Tahoma", "Segoe UI", "Century Gothic"][v % 10]
    color = ["1F4E79", "7A1F1F", "2E6B30", "5B3A7A", "8A5A00", "0F6D6D", "444444", "9B2D5A", "24507A", "6B6B1F"][v % 10]
    doc.styles["Normal"].font.name = fontname
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "%s %s" % (c["cf"], c["cl"]) if v % 2 else "Provincie West-Vlaanderen"
    cp.title = blocks[0][1]
    cp.created = datetime(2019, 3, 20, 9, 0, 0)
    cp.modified = c["date"]
    cp.last_modified_by = "%s %s" % (c["cf"], c["cl"])
    cp.revision = 3
    cols = c["ls"].startswith("cols")
    mode = "cols" if cols else ["table", "lines", "table", "boxes", "lines"][v % 5]

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), fill)
        tcPr.append(sh)

    def labpara(container, lab, bold=True):
        main, sub = lab
        p = container.add_paragraph() if not hasattr(container, "paragraphs") or container.paragraphs[0].text else container.paragraphs[0]
        r = p.add_run(main)
        r.bold = bold
        if sub and not cols:
            p2 = container.add_paragraph()
            r2 = p2.add_run(sub)
            r2.italic = True
            r2.font.size = Pt(8)
            r2.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        return p

    table = [None]

    def get_table():
        if table[0] is None:
            ncol = 3 if cols else 2
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid" if mode in ("table", "cols") else None
            table[0] = t
        return table[0]

    for b in blocks:
        k = b[0]
        if k == "heading":
            _, main, sub, sub2 = b
            h = doc.add_paragraph()
            r = h.add_run(main)
            r.bold = True
            r.font.size = Pt(16)
            r.font.color.rgb = RGBColor.from_string(color)
            if v % 2:
                h.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if sub:
                p = doc.add_paragraph()
                rr = p.add_run(sub)
                rr.italic = True
                rr.font.size = Pt(12)
                if v % 2:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p = doc.add_paragraph()
            rr = p.add_run(sub2)
            rr.font.size = Pt(8)
            if cols:
                t = get_table()
                row = t.add_row().cells
                for i, tx in enumerate(["NL", "FR", ""] if c["ls"] == "cols_nl_fr" else ["FR", "NL", ""]):
                    row[i].paragraphs[0].add_run(tx).bold = True
                    shade(row[i], "D9E2F3")
        elif k == "section":
            table[0] = None
            main, sub = b[1]
            p = doc.add_paragraph()
            r = p.add_run(main if not sub else "%s / %s" % (main, sub))
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = RGBColor.from_string(color)
        elif k in ("field", "check"):
            if k == "field":
                _, key, lab, value, multi = b
            else:
                _, lab, opts = b
                value = "    ".join(("☒ " if on else "☐ ") + t for t, on in opts)
                multi = False
            if mode == "lines":
                p = doc.add_paragraph()
                r = p.add_run(lab[0] + (" (%s)" % lab[1] if lab[1] else "") + ": ")
                r.bold = True
                p.add_run(value or "")
                if multi:
                    p.paragraph_format.space_after = Pt(8)
            elif mode == "boxes":
                p = doc.add_paragraph()
                r = p.add_run(lab[0])
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor.from_string(color)
                if lab[1]:
                    r2 = p.add_run("  " + lab[1])
                    r2.italic = True
                    r2.font.size = Pt(8)
                t = doc.add_table(rows=1, cols=1)
                t.style = "Table Grid"
                t.rows[0].cells[0].paragraphs[0].add_run(value or "")
            else:
                t = get_table()
                row = t.add_row().cells
                if cols:
                    row[0].paragraphs[0].add_run(lab[0]).bold = True
                    rr = row[1].paragraphs[0].add_run(lab[1] or "")
                    rr.italic = True
                    row[2].paragraphs[0].add_run(value or "")
                    shade(row[0], "F2F2F2")
                    shade(row[1], "F2F2F2")
                else:
                    labpara(row[0], lab)
                    row[1].paragraphs[0].add_run(value or "")
                    if v % 2 == 0:
                        shade(row[0], "EAF1DD" if v % 4 == 0 else "FDE9D9")
        elif k == "table":
            table[0] = None
            _, tkey, lab, amt_hdr, rows, tot = b
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            hd = t.rows[0].cells
            hd[0].paragraphs[0].add_run(lab[0] if not lab[1] else "%s / %s" % lab).bold = True
            hd[1].paragraphs[0].add_run(amt_hdr[0] if not amt_hdr[1] else "%s / %s" % amt_hdr).bold = True
            for d, a in rows:
                r = t.add_row().cells
                r[0].paragraphs[0].add_run(d)
                r[1].paragraphs[0].add_run(a)
                r[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = t.add_row().cells
            r[0].paragraphs[0].add_run(tot[0][0] if not tot[0][1] else "%s / %s" % tot[0]).bold = True
            rr = r[1].paragraphs[0].add_run(tot[1])
            rr.bold = True
            r[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            doc.add_paragraph()
        elif k == "note":
            table[0] = None
            doc.add_paragraph(b[1], style="List Bullet")
        elif k == "footer":
            table[0] = None
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(7)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue(), dt_tuple(c))


# ------------------------------------------------------------------ ODT
def odt_form(c, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P, Span, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import meta, dc
    v = c["v"]
    doc = OpenDocumentText()
    color = ["#1f4e79", "#7a1f1f", "#2e6b30", "#5b3a7a", "#8a5a00", "#0f6d6d"][v % 6]
    font = ["Liberation Sans", "Liberation Serif", "DejaVu Sans", "Carlito", "Linux Libertine G", "Open Sans"][v % 6]
    S = {}

    def mk(name, family, **tp):
        s = Style(name=name, family=family)
        if tp.get("text"):
            s.addElement(TextProperties(**tp["text"]))
        if tp.get("para"):
            s.addElement(ParagraphProperties(**tp["para"]))
        if tp.get("col"):
            s.addElement(TableColumnProperties(**tp["col"]))
        if tp.get("cell"):
            s.addElement(TableCellProperties(**tp["cell"]))
        doc.automaticstyles.addElement(s)
        S[name] = s
        return s
    mk("Title", "paragraph", text=dict(fontsize="16pt", fontweight="bold", color=color, fontfamily=font))
    mk("Sub", "paragraph", text=dict(fontsize="11pt", fontstyle="italic", fontfamily=font))
    mk("Small", "paragraph", text=dict(fontsize="7.5pt", fontfamily=font, color="#666666"))
    mk("Sec", "paragraph", text=dict(fontsize="12pt", fontweight="bold", color=color, fontfamily=font),
       para=dict(margintop="0.3cm", marginbottom="0.15cm"))
    mk("Lab", "paragraph", text=dict(fontsize="9.5pt", fontweight="bold", fontfamily=font))
    mk("LabI", "paragraph", text=dict(fontsize="8pt", fontstyle="italic", color="#555555", fontfamily=font))
    mk("Val", "paragraph", text=dict(fontsize="10pt", fontfamily=font, color="#000080" if v % 2 else "#000000"))
    mk("cLab", "table-cell", cell=dict(border="0.5pt solid #999999", backgroundcolor="#eeeeee" if v % 2 else "#e8f0e8", padding="0.08cm"))
    mk("cVal", "table-cell", cell=dict(border="0.5pt solid #999999", padding="0.08cm"))
    mk("c1", "table-column", col=dict(columnwidth="5.5cm"))
    mk("c2", "table-column", col=dict(columnwidth="11cm"))
    mk("c3", "table-column", col=dict(columnwidth="4.5cm"))
    cols = c["ls"].startswith("cols")
    cur = [None]
    counter = [0]

    def table():
        if cur[0] is None:
            counter[0] += 1
            t = Table(name="Tableau%d" % counter[0])
            if cols:
                t.addElement(TableColumn(stylename=S["c3"]))
                t.addElement(TableColumn(stylename=S["c3"]))
                t.addElement(TableColumn(stylename=S["c2"]))
            else:
                t.addElement(TableColumn(stylename=S["c1"]))
                t.addElement(TableColumn(stylename=S["c2"]))
            doc.text.addElement(t)
            cur[0] = t
        return cur[0]

    def cell(texts, style):
        tc = TableCell(stylename=S[style], valuetype="string")
        for tx, ps in texts:
            tc.addElement(P(stylename=S[ps], text=tx))
        return tc

    for b in blocks:
        k = b[0]
        if k == "heading":
            _, main, sub, sub2 = b
            doc.text.addElement(P(stylename=S["Title"], text=main))
            if sub:
                doc.text.addElement(P(stylename=S["Sub"], text=sub))
            doc.text.addElement(P(stylename=S["Small"], text=sub2))
        elif k == "section":
            cur[0] = None
            main, sub = b[1]
            doc.text.addElement(P(stylename=S["Sec"], text=main if not sub else "%s / %s" % (main, sub)))
        elif k in ("field", "check"):
            if k == "field":
                _, key, lab, value, multi = b
            else:
                _, lab, opts = b
                value = "   ".join(("☒ " if on else "☐ ") + t for t, on in opts)
            tr = TableRow()
            if cols:
                tr.addElement(cell([(lab[0], "Lab")], "cLab"))
                tr.addElement(cell([(lab[1] or "", "LabI")], "cLab"))
            else:
                texts = [(lab[0], "Lab")] + ([(lab[1], "LabI")] if lab[1] else [])
                tr.addElement(cell(texts, "cLab"))
            tr.addElement(cell([(value or "", "Val")], "cVal"))
            table().addElement(tr)
        elif k == "table":
            cur[0] = None
            _, tkey, lab, amt_hdr, rows, tot = b
            counter[0] += 1
            t = Table(name="Budget%d" % counter[0])
            t.addElement(TableColumn(stylename=S["c2"]))
            t.addElement(TableColumn(stylename=S["c1"]))
            tr = TableRow()
            tr.addElement(cell([(lab[0] if not lab[1] else "%s / %s" % lab, "Lab")], "cLab"))
            tr.addElement(cell([(amt_hdr[0] if not amt_hdr[1] else "%s / %s" % amt_hdr, "Lab")], "cLab"))
            t.addElement(tr)
            for d, a in rows + [(tot[0][0] if not tot[0][1] else "%s / %s" % tot[0], tot[1])]:
                tr = TableRow()
                tr.addElement(cell([(d, "Val")], "cVal"))
                tr.addElement(cell([(a, "Val")], "cVal"))
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(stylename=S["Small"], text=""))
        elif k == "note":
            cur[0] = None
            doc.text.addElement(P(stylename=S["Val"], text="- " + b[1]))
        elif k == "footer":
            cur[0] = None
            doc.text.addElement(P(stylename=S["Small"], text=b[1]))
    doc.meta.addElement(dc.Title(text=blocks[0][1]))
    doc.meta.addElement(dc.Creator(text="%s %s" % (c["cf"], c["cl"])))
    doc.meta.addElement(dc.Date(text=c["date"].strftime("%Y-%m-%dT%H:%M:%S")))
    buf = io.BytesIO()
    doc.write(buf)
    return fix_odf(buf.getvalue(), c)


def fix_odf(data, c):
    """odfpy writes a generator string and a creation date; pin them."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    names = zin.namelist()
    dt = dt_tuple(c)
    zi = zipfile.ZipInfo("mimetype", dt)
    zi.compress_type = zipfile.ZIP_STORED
    zout.writestr(zi, zin.read("mimetype"))
    for n in names:
        if n == "mimetype":
            continue
        d = zin.read(n)
        if n == "meta.xml":
            s = d.decode("utf-8")
            s = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>", "<meta:creation-date>2019-03-20T09:00:00</meta:creation-date>", s)
            s = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>LibreOffice/6.2.3.2$Windows_X86_64</meta:generator>", s)
            d = s.encode("utf-8")
        zi = zipfile.ZipInfo(n, dt)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, d)
    zout.close()
    return out.getvalue()


# ------------------------------------------------------------------ XLSX
def xlsx_form(c, blocks):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    v = c["v"]
    wb = Workbook()
    ws = wb.active
    ws.title = ["Aanvraag - Demande", "Project form", "Formulier"][v % 3]
    thin = Side(style="thin", color="999999")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor=["DDEBF7", "FCE4D6", "E2EFDA"][v % 3])
    cols = c["ls"].startswith("cols")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 34 if cols else 60
    ws.column_dimensions["C"].width = 60
    r = 1
    bud = wb.create_sheet(["Budget", "Begroting - Budget", "Budget (EUR)"][v % 3]) if v % 2 == 1 else ws
    br = [1]
    numfmt = '#,##0.00 "€"' if c["lang"] == "nl" else '#,##0.00 [$€-40C]'
    for b in blocks:
        k = b[0]
        if k == "heading":
            _, main, sub, sub2 = b
            ws.cell(r, 1, main).font = Font(bold=True, size=15)
            r += 1
            if sub:
                ws.cell(r, 1, sub).font = Font(italic=True, size=12)
                r += 1
            ws.cell(r, 1, sub2).font = Font(size=8, color="666666")
            r += 2
        elif k == "section":
            main, sub = b[1]
            ws.cell(r, 1, main if not sub else "%s / %s" % (main, sub)).font = Font(bold=True, size=12, color="1F4E79")
            r += 1
        elif k in ("field", "check"):
            if k == "field":
                _, key, lab, value, multi = b
            else:
                _, lab, opts = b
                value = "   ".join(("☒ " if on else "☐ ") + t for t, on in opts)
                key = "country"
            if key in ("requested", "total"):
                num = c.get("req_form", c["req"]) if key == "requested" else c["total"]
                value = float(num)
            a = ws.cell(r, 1, lab[0] if (cols or not lab[1]) else "%s\n%s" % lab)
            a.font = Font(bold=True)
            a.fill = fill
            a.border = bd
            a.alignment = Alignment(wrap_text=True, vertical="top")
            vc = 3 if cols else 2
            if cols:
                bcell = ws.cell(r, 2, lab[1] or "")
                bcell.font = Font(italic=True)
                bcell.fill = fill
                bcell.border = bd
            cell = ws.cell(r, vc, value)
            cell.border = bd
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, float):
                cell.number_format = numfmt
            r += 1
        elif k == "table":
            _, tkey, lab, amt_hdr, rows, tot = b
            src = c["costs"] if tkey == "costs" else [(l, a) for l, a, _ in c["funding"]]
            sh = bud
            rr = br[0] if bud is not ws else r
            sh.cell(rr, 1, lab[0] if not lab[1] else "%s / %s" % lab).font = Font(bold=True)
            sh.cell(rr, 2, amt_hdr[0] if not amt_hdr[1] else "%s / %s" % amt_hdr).font = Font(bold=True)
            rr += 1
            first = rr
            for d, a in src:
                sh.cell(rr, 1, d).border = bd
                x = sh.cell(rr, 2, float(a))
                x.number_format = numfmt
                x.border = bd
                rr += 1
            sh.cell(rr, 1, tot[0][0] if not tot[0][1] else "%s / %s" % tot[0]).font = Font(bold=True)
            x = sh.cell(rr, 2, "=SUM(B%d:B%d)" % (first, rr - 1)) if v % 2 == 0 else sh.cell(rr, 2, float(c["total"]))
            x.number_format = numfmt
            x.font = Font(bold=True)
            rr += 2
            if bud is ws:
                r = rr
            else:
                br[0] = rr
                bud.column_dimensions["A"].width = 50
                bud.column_dimensions["B"].width = 18
        elif k == "note":
            ws.cell(r, 1, b[1])
            r += 1
        elif k == "footer":
            r += 1
            ws.cell(r, 1, b[1]).font = Font(italic=True, size=8)
            r += 1
    wb.properties.creator = "%s %s" % (c["cf"], c["cl"])
    wb.properties.title = blocks[0][1]
    wb.properties.created = datetime(2019, 3, 20, 9, 0, 0)
    wb.properties.modified = c["date"]
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    # openpyxl stamps 'modified' with now(): pin it
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for n in zin.namelist():
        d = zin.read(n)
        if n == "docProps/core.xml":
            s = d.decode("utf-8")
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % c["date"].strftime("%Y-%m-%dT%H:%M:%SZ"), s)
            d = s.encode("utf-8")
        zi = zipfile.ZipInfo(n, dt_tuple(c))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, d)
    zout.close()
    return out.getvalue()


# ------------------------------------------------------------------ ODS
def ods_form(c, blocks):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    from odf import dc
    v = c["v"]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#dde7f0" if v % 2 == 0 else "#f0e6dd", border="0.5pt solid #888888"))
    ital = Style(name="ital", family="table-cell")
    ital.addElement(TextProperties(fontstyle="italic", color="#555555"))
    ital.addElement(TableCellProperties(border="0.5pt solid #888888"))
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="15pt"))
    plain = Style(name="plain", family="table-cell")
    plain.addElement(TableCellProperties(border="0.5pt solid #888888"))
    wide = Style(name="wide", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="6.5cm"))
    wider = Style(name="wider", family="table-column")
    wider.addElement(TableColumnProperties(columnwidth="11cm"))
    for s in (bold, ital, big, plain, wide, wider):
        doc.automaticstyles.addElement(s)
    cols = c["ls"].startswith("cols")
    t = Table(name=["Formulaire - Formulier", "Projectidee", "Fiche"][v % 3])
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(stylename=wide if cols else wider))
    if cols:
        t.addElement(TableColumn(stylename=wider))
    doc.spreadsheet.addElement(t)

    def scell(text, style=None):
        tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
        tc.addElement(P(text=text))
        return tc

    def ncell(num, disp, style=None):
        kw = dict(valuetype="currency", currency="EUR", value=str(num))
        if style:
            kw["stylename"] = style
        tc = TableCell(**kw)
        tc.addElement(P(text=disp))
        return tc

    def row(*cells):
        tr = TableRow()
        for x in cells:
            tr.addElement(x)
        t.addElement(tr)

    from common import fa
    for b in blocks:
        k = b[0]
        if k == "heading":
            _, main, sub, sub2 = b
            row(scell(main, big))
            if sub:
                row(scell(sub, ital))
            row(scell(sub2))
            row(scell(""))
        elif k == "section":
            main, sub = b[1]
            row(scell(main if not sub else "%s / %s" % (main, sub), bold))
        elif k in ("field", "check"):
            if k == "field":
                _, key, lab, value, multi = b
            else:
                _, lab, opts = b
                value = "   ".join(("☒ " if on else "☐ ") + tt for tt, on in opts)
                key = "country"
            if cols:
                first = [scell(lab[0], bold), scell(lab[1] or "", ital)]
            else:
                first = [scell(lab[0] if not lab[1] else "%s\n%s" % lab, bold)]
            if key in ("requested", "total"):
                num = c.get("req_form", c["req"]) if key == "requested" else c["total"]
                row(*(first + [ncell(Decimal(num).quantize(Decimal("0.01")), value, "plain")]))
            else:
                row(*(first + [scell(value or "", "plain")]))
        elif k == "table":
            _, tkey, lab, amt_hdr, rows, tot = b
            src = c["costs"] if tkey == "costs" else [(l, a) for l, a, _ in c["funding"]]
            row(scell(lab[0] if not lab[1] else "%s / %s" % lab, bold), scell(amt_hdr[0] if not amt_hdr[1] else "%s / %s" % amt_hdr, bold))
            for d, a in src:
                row(scell(d, "plain"), ncell(Decimal(a).quantize(Decimal("0.01")), fa(a, c["amt"]), "plain"))
            row(scell(tot[0][0] if not tot[0][1] else "%s / %s" % tot[0], bold), ncell(Decimal(c["total"]).quantize(Decimal("0.01")), tot[1], bold))
            row(scell(""))
        elif k == "note":
            row(scell(b[1]))
        elif k == "footer":
            row(scell(b[1], ital))
    doc.meta.addElement(dc.Title(text=blocks[0][1]))
    doc.meta.addElement(dc.Creator(text="%s %s" % (c["cf"], c["cl"])))
    doc.meta.addElement(dc.Date(text=c["date"].strftime("%Y-%m-%dT%H:%M:%S")))
    buf = io.BytesIO()
    doc.write(buf)
    return fix_odf(buf.getvalue(), c)
