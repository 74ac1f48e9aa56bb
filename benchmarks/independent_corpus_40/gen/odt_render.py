"""Writer (ODT) questionnaires with odfpy."""
import io
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, GraphicProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties, MasterPage,
                       Footer, Header)
from odf.text import P, H, Span
from odf.draw import Frame, TextBox
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf import meta, dc
from odf import teletype

from common import rezip


def new_doc(rec, d, font="Liberation Sans", size="10pt"):
    doc = OpenDocumentText()
    doc.meta.addElement(meta.InitialCreator(text=rec.get("doc", {}).get("author", "")))
    doc.meta.addElement(dc.Creator(text=rec.get("doc", {}).get("author", "")))
    doc.meta.addElement(meta.CreationDate(text="2019-05-02T09:00:00"))
    doc.meta.addElement(dc.Date(text="2019-06-%02dT18:00:00" % min(15, rec["n"] % 14 + 1)))
    doc.meta.addElement(dc.Title(text=d["title"]))
    st = {}
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.6cm",
                                       marginbottom="1.4cm", marginleft="2cm", marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    std = Style(name="Standard", family="paragraph")
    std.addElement(TextProperties(fontfamily=font, fontsize=size))
    std.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.1cm"))
    doc.styles.addElement(std)

    def ps(name, **tp):
        pp = tp.pop("pp", None)
        s = Style(name=name, family="paragraph", parentstylename="Standard")
        if tp:
            s.addElement(TextProperties(**tp))
        if pp:
            s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s)
        st[name] = s
        return s
    ps("Title", fontsize="16pt", fontweight="bold", color="#1f3a5f", pp={"marginbottom": "0.1cm"})
    ps("Sub", fontstyle="italic", pp={"marginbottom": "0.2cm"})
    ps("Small", fontsize="8.5pt")
    ps("Q", fontweight="bold", pp={"margintop": "0.35cm", "marginbottom": "0.1cm"})
    ps("QShade", fontweight="bold", color="#ffffff", pp={"margintop": "0.35cm", "marginbottom": "0.15cm",
                                                          "backgroundcolor": "#4a6b8a", "padding": "0.08cm"})
    ps("QIt", fontstyle="italic", color="#555555", fontsize="9pt")
    ps("Ans", pp={"marginleft": "0.4cm"})
    ps("Foot", fontsize="7.5pt", pp={"textalign": "center"})
    ps("Head", fontsize="8pt", color="#555555")
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hp = P(stylename=st["Head"])
    teletype.addTextToElement(hp, d.get("header", "Partons 2.0 – Maak werk van je buurt! – 2019"))
    hd.addElement(hp)
    mp.addElement(hd)
    ft = Footer()
    fp = P(stylename=st["Foot"])
    teletype.addTextToElement(fp, d["footer"])
    ft.addElement(fp)
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)
    return doc, st


def para(doc, style, text):
    p = P(stylename=style)
    teletype.addTextToElement(p, text)
    doc.text.addElement(p)
    return p


def frame_style(doc, name, border, bg=None, shadow=None):
    s = Style(name=name, family="graphic")
    kw = dict(border=border, padding="0.15cm", wrap="none", runthrough="foreground", verticalpos="top",
              verticalrel="paragraph", horizontalpos="left", horizontalrel="paragraph")
    if bg:
        kw["backgroundcolor"] = bg
    if shadow:
        kw["shadow"] = shadow
    s.addElement(GraphicProperties(**kw))
    doc.automaticstyles.addElement(s)
    return s


def answer_frame(doc, st, fstyle, text, idx, width="16.8cm"):
    holder = P(stylename=st["Ans"])
    fr = Frame(stylename=fstyle, width=width, anchortype="paragraph", name="Cadre%d" % idx, zindex=str(idx))
    tb = TextBox(minheight="1.2cm")
    for line in (text or " ").split("\n"):
        p = P(stylename=st["Ans"])
        teletype.addTextToElement(p, line)
        tb.addElement(p)
    fr.addElement(tb)
    holder.addElement(fr)
    doc.text.addElement(holder)


def canon_ns(xml):
    """odfpy declares on the root only the namespaces seen so far in the
    process; declare a fixed full set instead (deterministic output)."""
    import re
    from odf.namespaces import nsdict
    m = re.search(r"<office:document-[a-z]+[^>]*>", xml)
    tag = m.group(0)
    name = tag.split()[0]
    attrs = re.findall(r'\s([\w:-]+)="([^"]*)"', tag)
    keep = [(k, v) for k, v in attrs if not k.startswith("xmlns:")]
    decl = sorted((prefix, uri) for uri, prefix in nsdict.items())
    new = name + "".join(' xmlns:%s="%s"' % (p, u) for p, u in decl) + "".join(' %s="%s"' % kv for kv in keep) + ">"
    return xml[:m.start()] + new + xml[m.end():]


def finish(doc):
    buf = io.BytesIO()
    doc.write(buf)
    fx = {n: canon_ns for n in ("content.xml", "styles.xml", "meta.xml", "settings.xml")}
    return rezip(buf.getvalue(), stored_first="mimetype", fix_xml=fx)


def intro(doc, st, d):
    para(doc, st["Title"], d["title"])
    para(doc, st["Sub"], d["subtitle"])
    para(doc, st["Small"], d["intro"])


# ------------------------------------------------------------------ DOD1: frames under numbered questions
def render_DOD1(rec, d):
    d = dict(d, header="Province de Flandre-Occidentale – Woumenweg 100 – 8600 Diksmuide – Partons 2.0")
    doc, st = new_doc(rec, d, "Liberation Serif", "11pt")
    fs = frame_style(doc, "frAns", "0.5pt solid #000000")
    intro(doc, st, d)
    for i, (num, q, _, key) in enumerate(d["items"], 1):
        para(doc, st["Q"], "%s %s" % (num, q))
        answer_frame(doc, st, fs, rec["a"].get(key, ""), i)
    para(doc, st["Small"], "Cadre réservé : dossier reçu le ……/……/2019 par ……………")
    return finish(doc)


# ------------------------------------------------------------------ DOD2: 'Antwoord:' paragraphs
def render_DOD2(rec, d):
    d = dict(d, header="Provincie West-Vlaanderen – gebiedswerking Westhoek")
    doc, st = new_doc(rec, d, "Liberation Sans", "10pt")
    lab = Style(name="Lab", family="text")
    lab.addElement(TextProperties(fontweight="bold", color="#7a1f1f"))
    doc.automaticstyles.addElement(lab)
    intro(doc, st, d)
    for num, q, _, key in d["items"]:
        p = P(stylename=st["Q"])
        p.addElement(Span(stylename=lab, text=num + " – "))
        teletype.addTextToElement(p, q)
        doc.text.addElement(p)
        p = P(stylename=st["Ans"])
        p.addElement(Span(stylename=lab, text="Antwoord: "))
        teletype.addTextToElement(p, rec["a"].get(key, ""))
        doc.text.addElement(p)
    para(doc, st["Small"], "Bezorg dit document vóór 16 juni 2019 aan jonas.polin@west-vlaanderen.be.")
    return finish(doc)


# ------------------------------------------------------------------ TOD1: shaded banner + framed answer
def render_TOD1(rec, d):
    d = dict(d, header="Partons 2.0 · Interreg V · questionnaire")
    doc, st = new_doc(rec, d, "DejaVu Sans", "9.5pt")
    fs = frame_style(doc, "frA", "0.8pt solid #4a6b8a", bg="#f4f7fa", shadow="#808080 0.1cm 0.1cm")
    intro(doc, st, d)
    for i, (num, q, _, key) in enumerate(d["items"], 1):
        para(doc, st["QShade"], "%s %s" % (num, q))
        answer_frame(doc, st, fs, rec["a"].get(key, ""), i, "16.5cm")
    para(doc, st["Small"], "Dates des sessions d'accompagnement : 26/09/2019, 7/11/2019, 28/11/2019, 19/12/2019, 30/01/2020.")
    return finish(doc)


# ------------------------------------------------------------------ TOD2: bilingual table
def render_TOD2(rec, d):
    d = dict(d, header="Provincie West-Vlaanderen / Province de Flandre-Occidentale")
    doc, st = new_doc(rec, d, "Liberation Sans", "10pt")
    intro(doc, st, d)
    tstyle = Style(name="Tab", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    colst = Style(name="TabCol", family="table-column")
    colst.addElement(TableColumnProperties(columnwidth="8.5cm"))
    doc.automaticstyles.addElement(colst)
    qcell = Style(name="QCell", family="table-cell")
    qcell.addElement(TableCellProperties(backgroundcolor="#dde6d5", border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(qcell)
    acell = Style(name="ACell", family="table-cell")
    acell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.12cm"))
    doc.automaticstyles.addElement(acell)
    t = Table(name="Projectfiche", stylename=tstyle)
    t.addElement(TableColumn(numbercolumnsrepeated=2, stylename=colst))
    for num, nl, fr, key in d["items"]:
        tr = TableRow()
        c1 = TableCell(stylename=qcell, valuetype="string")
        p = P(stylename=st["Q"])
        teletype.addTextToElement(p, "%s. %s" % (num, nl))
        c1.addElement(p)
        c2 = TableCell(stylename=qcell, valuetype="string")
        p = P(stylename=st["QIt"])
        teletype.addTextToElement(p, "%s. %s" % (num, fr))
        c2.addElement(p)
        tr.addElement(c1)
        tr.addElement(c2)
        t.addElement(tr)
        tr = TableRow()
        c = TableCell(stylename=acell, numbercolumnsspanned=2, valuetype="string")
        for line in (rec["a"].get(key, "") or "").split("\n"):
            p = P(stylename=st["Ans"])
            teletype.addTextToElement(p, line)
            c.addElement(p)
        tr.addElement(c)
        tr.addElement(CoveredTableCell())
        t.addElement(tr)
    doc.text.addElement(t)
    para(doc, st["Small"], "Handtekening / signature: ……………………   Datum / date: ……/……/2019")
    return finish(doc)


RENDER = {"DOD1": render_DOD1, "DOD2": render_DOD2, "TOD1": render_TOD1, "TOD2": render_TOD2}
