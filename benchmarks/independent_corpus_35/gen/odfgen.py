"""OpenDocument attachments (odt, ods)."""
import io

from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, GraphicProperties, MasterPage,
                       PageLayout, PageLayoutProperties, Header, Footer, TableColumnProperties,
                       TableCellProperties)
from odf.text import P, Span, TextInput, Placeholder, UserFieldDecls, UserFieldDecl, UserFieldGet, LineBreak
from odf.draw import Frame, TextBox
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.office import Annotation
from odf import dc, meta

from common import A, doc_title, zip_normalize

DOTS = "……………………………………………………"


def _meta(doc, c, rng):
    y, m, d, hh, mm = c["date"]
    doc.meta.addElement(dc.Creator(text=f"{c['first']} {c['last']}"))
    doc.meta.addElement(dc.Date(text=f"{y}-{m:02d}-{d:02d}T{max(6, hh - 1):02d}:{mm:02d}:00"))
    doc.meta.addElement(meta.CreationDate(text=f"2019-03-{rng.randrange(4, 28):02d}T09:{rng.randrange(60):02d}:00"))


def _save(doc):
    buf = io.BytesIO()
    doc.write(buf)
    return zip_normalize(buf.getvalue())


def _styles(doc, rng, c):
    s = {}
    fam = rng.choice(["Liberation Sans", "Liberation Serif", "DejaVu Sans", "Carlito"])
    s["title"] = Style(name="C35Title", family="paragraph")
    s["title"].addElement(TextProperties(fontsize=f"{rng.choice([15, 16, 17])}pt", fontweight="bold",
                                         color=rng.choice(["#1f4e79", "#7b1e1e", "#2e6b30", "#5b3a8c"]), fontfamily=fam))
    s["label"] = Style(name="C35Label", family="text")
    s["label"].addElement(TextProperties(fontweight="bold"))
    s["small"] = Style(name="C35Small", family="paragraph")
    s["small"].addElement(TextProperties(fontsize="8.5pt", fontstyle="italic"))
    s["p"] = Style(name="C35P", family="paragraph")
    s["p"].addElement(TextProperties(fontsize=f"{rng.choice([10, 10.5, 11])}pt", fontfamily=fam))
    s["p"].addElement(ParagraphProperties(margintop="0.15cm", marginbottom="0.15cm"))
    s["frame"] = Style(name="C35Frame", family="graphic")
    s["frame"].addElement(GraphicProperties(stroke="none", fill="none", wrap="run-through",
                                            verticalpos="from-top", horizontalpos="from-left",
                                            verticalrel="paragraph", horizontalrel="paragraph"))
    s["ans"] = Style(name="C35Ans", family="text")
    s["ans"].addElement(TextProperties(color="#1a3f9a", fontfamily="Liberation Mono" if rng.random() < 0.4 else fam))
    for v in s.values():
        (doc.styles if v.getAttribute("name") in ("C35Title",) else doc.automaticstyles).addElement(v)
    return s


def _intro(doc, c, rng, s):
    doc.text.addElement(P(stylename=s["title"], text=doc_title(c, rng)))
    doc.text.addElement(P(stylename=s["small"], text=(
        "In te dienen vóór 16 juni 2019 – jonas.polin@west-vlaanderen.be" if c["lang"] == "nl"
        else "À déposer avant le 16 juin 2019 – jonas.polin@west-vlaanderen.be")))


def _letterhead(doc, c, rng):
    pl = PageLayout(name="C35PL")
    pl.addElement(PageLayoutProperties(margin="2cm", pagewidth="21cm", pageheight="29.7cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hd.addElement(P(text=c["org"] or f"{c['first']} {c['last']}"))
    hd.addElement(P(text=f"{c['address']}, {c['postcode']} {c['municipality']}" +
                    (" (België)" if c["lang"] == "nl" and rng.random() < 0.5 else "")))
    mp.addElement(hd)
    ft = Footer()
    ft.addElement(P(text=("Opgericht 1987 – lid van de Westhoekfederatie" if c["lang"] == "nl"
                          else "Association loi 1901 – fondée en 1992")))
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)


def _budget_table(doc, c, s, rng):
    if c["total"] is None:
        return
    doc.text.addElement(P(stylename=s["p"], text=c["budget_label"]))
    t = Table(name="Budget")
    t.addElement(TableColumn(numbercolumnsrepeated=2))
    for bl, ba in c["budget"]:
        tr = TableRow()
        for txt in (bl, A(c, ba)):
            tc = TableCell()
            tc.addElement(P(text=txt))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


def odt_frames(c, items, rng):
    """Dotted lines with the answers in frames (text boxes) laid over them."""
    doc = OpenDocumentText()
    _meta(doc, c, rng)
    s = _styles(doc, rng, c)
    if "letterhead" in c["opts"]:
        _letterhead(doc, c, rng)
    _intro(doc, c, rng, s)
    for i, (k, label, v) in enumerate(items):
        p = P(stylename=s["p"])
        p.addElement(Span(stylename=s["label"], text=label + (": " if c["lang"] == "nl" else " : ")))
        p.addText(DOTS[: rng.randrange(25, 40)])
        if v:
            fr = Frame(stylename=s["frame"], name=f"Kader{i + 1}", anchortype="paragraph",
                       x=f"{rng.choice([5.5, 6, 6.5])}cm", y="-0.05cm",
                       width="11cm" if k != "descr" else "16cm", height="0.6cm" if k != "descr" else "1.8cm", zindex=str(i))
            tb = TextBox()
            tp = P()
            tp.addElement(Span(stylename=s["ans"], text=v))
            tb.addElement(tp)
            fr.addElement(tb)
            p.addElement(fr)
        doc.text.addElement(p)
        if k == "descr":
            doc.text.addElement(P(stylename=s["p"], text=DOTS + DOTS))
    _budget_table(doc, c, s, rng)
    return _save(doc)


def odt_fields(c, items, rng):
    """A template with input fields; some filled as input fields, others as user fields, blanks keep placeholders."""
    doc = OpenDocumentText()
    _meta(doc, c, rng)
    s = _styles(doc, rng, c)
    if "letterhead" in c["opts"]:
        _letterhead(doc, c, rng)
    decls = UserFieldDecls()
    doc.text.addElement(decls)
    _intro(doc, c, rng, s)
    for i, (k, label, v) in enumerate(items):
        p = P(stylename=s["p"])
        p.addElement(Span(stylename=s["label"], text=label + (": " if c["lang"] == "nl" else " : ")))
        if not v:
            ph = Placeholder(placeholdertype="text", description=label)
            ph.addText(f"<{label}>")
            p.addElement(ph)
        elif rng.random() < 0.6:
            ti = TextInput(description=label)
            ti.addText(v)
            p.addElement(ti)
        else:
            name = f"veld_{k}"
            decls.addElement(UserFieldDecl(name=name, valuetype="string", stringvalue=v))
            g = UserFieldGet(name=name)
            g.addText(v)
            p.addElement(g)
        doc.text.addElement(p)
    _budget_table(doc, c, s, rng)
    return _save(doc)


def odt_table_annot(c, items, rng):
    """Two-column table; a couple of answers left as comments (annotations) instead of in the cell."""
    doc = OpenDocumentText()
    _meta(doc, c, rng)
    s = _styles(doc, rng, c)
    if "letterhead" in c["opts"]:
        _letterhead(doc, c, rng)
    _intro(doc, c, rng, s)
    t = Table(name="Formulier")
    t.addElement(TableColumn(numbercolumnsrepeated=2))
    y, m, d, hh, mm = c["date"]
    annot_keys = set(rng.sample([k for k, _, v in items if v and k in ("phone", "email", "title", "requested", "total", "contact")], 2))
    for k, label, v in items:
        tr = TableRow()
        tc = TableCell()
        tc.addElement(P(text=label))
        tr.addElement(tc)
        tc = TableCell()
        if k in annot_keys:
            p = P(text="")
            an = Annotation()
            an.addElement(dc.Creator(text=f"{c['first']} {c['last']}"))
            an.addElement(dc.Date(text=f"{y}-{m:02d}-{d:02d}T{max(6, hh - 1):02d}:{mm:02d}:00"))
            an.addElement(P(text=v))
            p.addElement(an)
            tc.addElement(p)
        else:
            tc.addElement(P(text=v))
        tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    _budget_table(doc, c, s, rng)
    return _save(doc)


# ------------------------------------------------------------------- ods
def _amount_cell(c, v):
    tc = TableCell(valuetype="currency", currency="EUR", value=str(v))
    tc.addElement(P(text=A(c, v, "fr_cents" if c["lang"] == "fr" else "nl_dot_cents")))
    return tc


def _str_cell(text):
    tc = TableCell(valuetype="string")
    tc.addElement(P(text=text))
    return tc


def ods_form(c, items, rng, layout="below"):
    doc = OpenDocumentSpreadsheet()
    _meta(doc, c, rng)
    bold = Style(name="C35B", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    colw = Style(name="C35W", family="table-column")
    colw.addElement(TableColumnProperties(columnwidth="7cm"))
    doc.automaticstyles.addElement(colw)
    t = Table(name="Fiche projet" if c["lang"] == "fr" else "Projectfiche")
    t.addElement(TableColumn(stylename=colw, numbercolumnsrepeated=3))
    tr = TableRow()
    tr.addElement(_str_cell(doc_title(c, rng)))
    t.addElement(tr)
    t.addElement(TableRow())
    money = {"requested": c["requested"], "total": c["total"], "own": c["own"]}
    y, m, d, hh, mm = c["date"]
    annot_key = rng.choice(["phone", "email", "title"]) if layout == "right" else None
    for k, label, v in items:
        tr = TableRow()
        lc = TableCell(valuetype="string", stylename=bold)
        lc.addElement(P(text=label))
        tr.addElement(lc)
        if k in money and v and money[k] is not None:
            vc = _amount_cell(c, money[k])
        else:
            vc = _str_cell(v) if v else TableCell()
        if k == annot_key and v:
            vc = TableCell()
            an = Annotation()
            an.addElement(dc.Creator(text=f"{c['first']} {c['last']}"))
            an.addElement(dc.Date(text=f"{y}-{m:02d}-{d:02d}T{max(6, hh - 1):02d}:{mm:02d}:00"))
            an.addElement(P(text=v))
            vc.addElement(an)
        if layout == "right":
            tr.addElement(vc)
            t.addElement(tr)
        else:
            t.addElement(tr)
            tr2 = TableRow()
            tr2.addElement(vc)
            t.addElement(tr2)
    t.addElement(TableRow())
    if c["total"] is not None:
        tr = TableRow()
        c1 = TableCell(valuetype="string", stylename=bold)
        c1.addElement(P(text=c["budget_label"]))
        tr.addElement(c1)
        t.addElement(tr)
        for bl, ba in c["budget"]:
            tr = TableRow()
            tr.addElement(_str_cell(bl))
            tr.addElement(_amount_cell(c, ba))
            t.addElement(tr)
    doc.spreadsheet.addElement(t)
    return _save(doc)
