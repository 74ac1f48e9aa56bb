# -*- coding: utf-8 -*-
"""LibreOffice renderers: .odt forms and .ods sheets (odfpy)."""
import io

from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, FontFace)
from odf.text import P, Span, Placeholder
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf import meta, dc


def _norm(rows):
    return [(r[0], r[1], {}) if len(r) == 2 else r for r in rows]


def _fonts(doc, font):
    generic = "roman" if "Serif" in font else "swiss"
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily="'%s'" % font,
                                          fontfamilygeneric=generic, fontpitch="variable"))


def _meta(doc, case):
    d = case["design"]
    doc.meta.addElement(dc.Title(text=d["title"]))
    doc.meta.addElement(meta.InitialCreator(text=case["sender"][0]))
    doc.meta.addElement(meta.Generator(text="LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe267cc68dde00352a451aa867b3b546ac"))


def _styles_text(doc, d):
    font = d["font"]
    S = {}
    s = Style(name="Title1", family="paragraph")
    s.addElement(TextProperties(fontname=font, fontsize="16pt", fontweight="bold", color="#1F4E79"))
    s.addElement(ParagraphProperties(marginbottom="0.1cm"))
    doc.automaticstyles.addElement(s); S["title"] = s
    s = Style(name="Sub1", family="paragraph")
    s.addElement(TextProperties(fontname=font, fontsize="11pt", fontstyle="italic"))
    s.addElement(ParagraphProperties(marginbottom="0.4cm"))
    doc.automaticstyles.addElement(s); S["sub"] = s
    s = Style(name="Body1", family="paragraph")
    s.addElement(TextProperties(fontname=font, fontsize="10.5pt"))
    s.addElement(ParagraphProperties(margintop="0.05cm", marginbottom="0.1cm"))
    doc.automaticstyles.addElement(s); S["body"] = s
    s = Style(name="Q1", family="paragraph")
    s.addElement(TextProperties(fontname=font, fontsize="10.5pt", fontweight="bold"))
    s.addElement(ParagraphProperties(margintop="0.25cm"))
    doc.automaticstyles.addElement(s); S["q"] = s
    s = Style(name="A1", family="paragraph")
    s.addElement(TextProperties(fontname=font, fontsize="10.5pt", color="#203864"))
    s.addElement(ParagraphProperties(marginleft="0.8cm", borderbottom="0.5pt dotted #808080"))
    doc.automaticstyles.addElement(s); S["a"] = s
    s = Style(name="Grey1", family="text")
    s.addElement(TextProperties(color="#8C8C8C", fontstyle="italic"))
    doc.automaticstyles.addElement(s); S["grey"] = s
    s = Style(name="B1", family="text")
    s.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(s); S["bold"] = s
    s = Style(name="Tbl1", family="table")
    s.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(s); S["tbl"] = s
    s = Style(name="ColA", family="table-column")
    s.addElement(TableColumnProperties(columnwidth="6cm"))
    doc.automaticstyles.addElement(s); S["cola"] = s
    s = Style(name="ColB", family="table-column")
    s.addElement(TableColumnProperties(columnwidth="11cm"))
    doc.automaticstyles.addElement(s); S["colb"] = s
    s = Style(name="CellL", family="table-cell")
    s.addElement(TableCellProperties(backgroundcolor=d.get("accent", "#EEEEEE"), border="0.5pt solid #000000",
                                     padding="0.1cm"))
    doc.automaticstyles.addElement(s); S["celll"] = s
    s = Style(name="CellV", family="table-cell")
    s.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(s); S["cellv"] = s
    return S


def odt_form(case):
    d = case["design"]
    lang = case["lang"]
    rows = _norm(case["rows"])
    doc = OpenDocumentText()
    _fonts(doc, d["font"])
    _meta(doc, case)
    S = _styles_text(doc, d)
    body = doc.text
    body.addElement(P(stylename=S["title"], text=d["title"]))
    if d.get("subtitle"):
        body.addElement(P(stylename=S["sub"], text=d["subtitle"]))
    layout = d["layout"]

    def placeholder(hint):
        ph = Placeholder(placeholdertype="text", description=hint.strip("<>"))
        ph.addText(hint)
        return ph

    if layout == "table":
        t = Table(name="Formulier" if lang == "nl" else "Formulaire", stylename=S["tbl"])
        t.addElement(TableColumn(stylename=S["cola"]))
        t.addElement(TableColumn(stylename=S["colb"]))
        for label, value, opts in rows:
            tr = TableRow()
            c1 = TableCell(stylename=S["celll"], valuetype="string")
            c1.addElement(P(stylename=S["body"], text=label))
            c2 = TableCell(stylename=S["cellv"], valuetype="string")
            p = P(stylename=S["body"])
            if opts.get("hint") and value:
                p.addElement(Span(stylename=S["grey"], text=opts["hint"] + " "))
                p.addText(value)
            elif opts.get("hint"):
                p.addElement(placeholder(opts["hint"]))
            else:
                p.addText(value)
            c2.addElement(p)
            tr.addElement(c1)
            tr.addElement(c2)
            t.addElement(tr)
        body.addElement(t)
    elif layout == "placeholders":
        for label, value, opts in rows:
            p = P(stylename=S["body"])
            p.addElement(Span(stylename=S["bold"], text=label + ": "))
            if opts.get("hint"):
                # the grey field placeholder was left in place and the answer typed beside it
                p.addElement(placeholder(opts["hint"]))
                if value:
                    p.addText(" " + value)
            else:
                p.addText(value if value else "…………………………")
            body.addElement(p)
    elif layout == "paragraphs":
        for label, value, opts in rows:
            body.addElement(P(stylename=S["q"], text=label))
            body.addElement(P(stylename=S["a"], text=value if value else " "))
    body.addElement(P(stylename=S["body"], text=""))
    body.addElement(P(stylename=S["body"], text=(
        "Datum: " if lang == "nl" else "Date : ") + case["date_short"]))
    body.addElement(P(stylename=S["body"], text=(
        "Handtekening:" if lang == "nl" else "Signature :")))
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


# ---------------------------------------------------------------------- ods
def _cell(text=None, num=None, style=None, currency=False, span=None):
    kw = {}
    if style is not None:
        kw["stylename"] = style
    if span:
        kw["numbercolumnsspanned"] = span
    if num is not None:
        c = TableCell(valuetype="float", value=num, **kw)
        c.addElement(P(text=("%s €" % format(num, ",.2f").replace(",", " ").replace(".", ","))
                       if currency else str(num)))
        return c
    c = TableCell(valuetype="string", **kw) if text is not None else TableCell(**kw)
    if text:
        c.addElement(P(text=text))
    return c


def ods_form(case):
    d = case["design"]
    lang = case["lang"]
    rows = _norm(case["rows"])
    doc = OpenDocumentSpreadsheet()
    _fonts(doc, d["font"])
    _meta(doc, case)
    st = {}
    s = Style(name="tit", family="table-cell")
    s.addElement(TextProperties(fontname=d["font"], fontsize="14pt", fontweight="bold"))
    doc.automaticstyles.addElement(s); st["tit"] = s
    s = Style(name="lab", family="table-cell")
    s.addElement(TableCellProperties(backgroundcolor=d["accent"], border="0.5pt solid #808080"))
    s.addElement(TextProperties(fontname=d["font"], fontweight="bold"))
    doc.automaticstyles.addElement(s); st["lab"] = s
    s = Style(name="val", family="table-cell")
    s.addElement(TableCellProperties(border="0.5pt solid #808080"))
    s.addElement(TextProperties(fontname=d["font"]))
    doc.automaticstyles.addElement(s); st["val"] = s
    s = Style(name="cola", family="table-column")
    s.addElement(TableColumnProperties(columnwidth="6.5cm"))
    doc.automaticstyles.addElement(s); st["cola"] = s
    s = Style(name="colb", family="table-column")
    s.addElement(TableColumnProperties(columnwidth="9cm"))
    doc.automaticstyles.addElement(s); st["colb"] = s

    def sheet(name):
        t = Table(name=name)
        t.addElement(TableColumn(stylename=st["cola"]))
        t.addElement(TableColumn(stylename=st["colb"]))
        return t

    def row(t, *cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    main = sheet("Aanvraag" if lang == "nl" else "Fiche")
    row(main, _cell(d["title"], style=st["tit"]))
    row(main, _cell(d.get("subtitle", "")))
    row(main, _cell())
    for label, value, opts in rows:
        if opts.get("in_label"):
            row(main, _cell(label + (" " + value if value else ""), style=st["lab"]), _cell(style=st["val"]))
        else:
            row(main, _cell(label, style=st["lab"]), _cell(value, style=st["val"]) if value else _cell(style=st["val"]))
    b = case["budget"]
    if d["layout"] == "ods_b":
        bt = sheet("Budget")
        row(bt, _cell("Budget prévisionnel" if lang == "fr" else "Begroting", style=st["tit"]))
        row(bt, _cell())
    else:
        bt = main
        row(bt, _cell())
        row(bt, _cell("Begroting" if lang == "nl" else "Budget", style=st["tit"]))
    row(bt, _cell("Dépense" if lang == "fr" else "Kostenpost", style=st["lab"]),
        _cell("Montant (€)" if lang == "fr" else "Bedrag (€)", style=st["lab"]))
    for name, amt in b["items"]:
        row(bt, _cell(name, style=st["val"]), _cell(num=amt, style=st["val"], currency=True))
    row(bt, _cell(b["total_label"], style=st["lab"]), _cell(num=b["total"], style=st["lab"], currency=True))
    for k in ("requested", "own"):
        if b.get(k):
            row(bt, _cell(b[k][0], style=st["val"]), _cell(num=b[k][1], style=st["val"], currency=True))
    doc.spreadsheet.addElement(main)
    if bt is not main:
        doc.spreadsheet.addElement(bt)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()
