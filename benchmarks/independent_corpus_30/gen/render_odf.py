"""OpenDocument renderers: Writer form (.odt) and Calc form (.ods)."""
import io
import re
from decimal import Decimal
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import P, H, Span, LineBreak
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc


def _styles(doc, accent):
    s = {}
    h = Style(name="Kop", family="paragraph")
    h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#" + accent))
    h.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    doc.styles.addElement(h)
    s["h"] = h
    t = Style(name="Titel", family="paragraph")
    t.addElement(TextProperties(fontsize="17pt", fontweight="bold"))
    doc.styles.addElement(t)
    s["title"] = t
    sm = Style(name="Klein", family="paragraph")
    sm.addElement(TextProperties(fontsize="8pt", fontstyle="italic"))
    doc.styles.addElement(sm)
    s["small"] = sm
    b = Style(name="Vet", family="text")
    b.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(b)
    s["b"] = b
    lab = Style(name="LabelCel", family="table-cell")
    lab.addElement(TableCellProperties(backgroundcolor="#EDEDED", border="0.5pt solid #808080", padding="0.08cm"))
    doc.automaticstyles.addElement(lab)
    s["labcell"] = lab
    val = Style(name="WaardeCel", family="table-cell")
    val.addElement(TableCellProperties(border="0.5pt solid #808080", padding="0.08cm"))
    doc.automaticstyles.addElement(val)
    s["valcell"] = val
    c1 = Style(name="Kol1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="6.5cm"))
    doc.automaticstyles.addElement(c1)
    c2 = Style(name="Kol2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="10.5cm"))
    doc.automaticstyles.addElement(c2)
    c3 = Style(name="Kol3", family="table-column")
    c3.addElement(TableColumnProperties(columnwidth="3cm"))
    doc.automaticstyles.addElement(c3)
    s["c1"], s["c2"], s["c3"] = c1, c2, c3
    return s


def render_odt(spec, case, design):
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text=spec["title"]))
    doc.meta.addElement(meta.InitialCreator(text=design.get("author", "")))
    st = _styles(doc, design.get("accent", "2E5E1E"))
    lang = spec["lang"]
    doc.text.addElement(P(stylename=st["small"], text=spec["issuer"]))
    doc.text.addElement(P(stylename=st["title"], text=spec["title"]))
    for p in spec.get("intro", []):
        doc.text.addElement(P(stylename=st["small"], text=p))
    tn = [0]

    def table2(rows):
        tn[0] += 1
        t = Table(name=f"Tabel{tn[0]}")
        t.addElement(TableColumn(stylename=st["c1"]))
        t.addElement(TableColumn(stylename=st["c2"]))
        for lab, val in rows:
            tr = TableRow()
            c1 = TableCell(stylename=st["labcell"], valuetype="string")
            c1.addElement(P(text=lab))
            c2 = TableCell(stylename=st["valcell"], valuetype="string")
            c2.addElement(P(text=val))
            tr.addElement(c1)
            tr.addElement(c2)
            t.addElement(tr)
        doc.text.addElement(t)

    for s in spec["sections"]:
        kind = s.get("kind", "fields")
        doc.text.addElement(H(outlinelevel=2, stylename=st["h"], text=s["heading"]))
        if s.get("note"):
            doc.text.addElement(P(stylename=st["small"], text=s["note"]))
        if kind == "budget":
            for title, rows, tl in ((s["charges_title"], s["charges"], s["total_label_c"]), (s["produits_title"], s["produits"], s["total_label_p"])):
                p = P()
                p.addElement(Span(stylename=st["b"], text=title))
                doc.text.addElement(p)
                rr = []
                for code, lab, val in rows:
                    disp = lab.strip() if (lang == "nl" or lab[:2].isdigit()) else ("   – " + lab.strip() if lab.startswith("  ") else f"{code} {lab}")
                    if design.get("nl_codes") and lang == "nl":
                        disp = f"{code}. {disp}"
                    rr.append((disp, "" if (code == "74" and lab.startswith("74")) else val))
                rr.append((tl, s["total"]))
                table2(rr)
            for code, lab, val in s.get("inkind", []):
                doc.text.addElement(P(text=f"{lab} : {val}"))
            if s.get("note"):
                doc.text.addElement(P(stylename=st["small"], text=s["note"]))
            continue
        if kind in ("attest", "note_budget"):
            doc.text.addElement(P(text=s["text"]))
        if design["mode"] == "table":
            table2([(f["label"], f["value"]) for f in s["fields"]])
        else:
            for f in s["fields"]:
                p = P()
                p.addElement(Span(stylename=st["b"], text=f["label"] + (" : " if lang == "fr" else ": ")))
                p.addText(f["value"] if f["value"] else "…………………………")
                doc.text.addElement(p)
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


def _num(v):
    """Parse a formatted amount back to Decimal."""
    s = v.replace("€", "").replace("EUR", "").replace("euro", "").replace("\u00a0", "").replace(" ", "").strip()
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    return Decimal(s) if s else None


def render_ods(spec, case, design):
    doc = OpenDocumentSpreadsheet()
    doc.meta.addElement(dc.Title(text=spec["title"]))
    lang = spec["lang"]
    bold = Style(name="ce1", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    head = Style(name="ce2", family="table-cell")
    head.addElement(TextProperties(fontweight="bold", color="#FFFFFF"))
    head.addElement(TableCellProperties(backgroundcolor="#" + design.get("accent", "385723")))
    doc.automaticstyles.addElement(head)
    money = Style(name="ce3", family="table-cell")
    money.addElement(TableCellProperties(border="0.5pt solid #808080"))
    doc.automaticstyles.addElement(money)
    wide = Style(name="co1", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="7cm"))
    doc.automaticstyles.addElement(wide)
    vwide = Style(name="co2", family="table-column")
    vwide.addElement(TableColumnProperties(columnwidth="9cm"))
    doc.automaticstyles.addElement(vwide)

    def cell(text=None, style=None, value=None, formula=None):
        kw = {}
        if style:
            kw["stylename"] = style
        if value is not None:
            c = TableCell(valuetype="float", value=str(value), **kw)
            if formula:
                c.setAttribute("formula", formula)
            c.addElement(P(text=text if text is not None else str(value)))
            return c
        c = TableCell(valuetype="string", **kw) if text else TableCell(**kw)
        if text:
            c.addElement(P(text=text))
        return c

    sheet = Table(name=design.get("sheet1", "Aanvraag" if lang == "nl" else "Demande"))
    sheet.addElement(TableColumn(stylename=wide))
    sheet.addElement(TableColumn(stylename=vwide))
    rows = []
    rows.append([cell(spec["title"], bold)])
    rows.append([cell(spec["issuer"])])
    for p in spec.get("intro", []):
        rows.append([cell(p)])
    rows.append([])
    budget = None
    for s in spec["sections"]:
        kind = s.get("kind", "fields")
        if kind == "budget":
            budget = s
            rows.append([cell(s["heading"], head), cell("→ " + ("zie blad Begroting" if lang == "nl" else "voir onglet Budget"), head)])
            continue
        rows.append([cell(s["heading"], head), cell(None, head)])
        if kind in ("attest", "note_budget"):
            rows.append([cell(s["text"])])
        for f in s["fields"]:
            rows.append([cell(f["label"]), cell(f["value"] or None)])
        rows.append([])
    for rw in rows:
        tr = TableRow()
        for c in rw:
            tr.addElement(c)
        sheet.addElement(tr)
    doc.spreadsheet.addElement(sheet)
    if budget:
        bs = Table(name="Begroting" if lang == "nl" else "Budget")
        bs.addElement(TableColumn(stylename=wide))
        bs.addElement(TableColumn())
        r_i = 0
        for title, lines, tl in ((budget["charges_title"], budget["charges"], budget["total_label_c"]), (budget["produits_title"], budget["produits"], budget["total_label_p"])):
            tr = TableRow()
            tr.addElement(cell(title, head))
            tr.addElement(cell("EUR", head))
            bs.addElement(tr)
            r_i += 1
            first = r_i + 1
            for code, lab, val in lines:
                tr = TableRow()
                disp = lab.strip() if (lang == "nl" or lab[:2].isdigit()) else ("   – " + lab.strip() if lab.startswith("  ") else f"{code} {lab}")
                tr.addElement(cell(disp))
                v = _num(val) if val else None
                if v is not None:
                    tr.addElement(cell(val.strip(), money, value=v))
                else:
                    tr.addElement(cell(None, money))
                bs.addElement(tr)
                r_i += 1
            tr = TableRow()
            tr.addElement(cell(tl, bold))
            tot = _num(budget["total"])
            tr.addElement(cell(budget["total"], bold, value=tot, formula=f"of:=SUM([.B{first}:.B{r_i}])"))
            bs.addElement(tr)
            r_i += 1
            bs.addElement(TableRow())
            r_i += 1
        doc.spreadsheet.addElement(bs)
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()
