# -*- coding: utf-8 -*-
"""OpenDocument renderers: Writer forms (.odt) and Calc forms / exports (.ods)."""
import io
import datetime

from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf import style as S, text as T, table as TB, form as FM, draw as D, office as O, meta as M, dc as DC
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       FontFace)

from common import texts, CALL_NL, CALL_FR, eur, budget_from_x


def _meta(doc, r, generator, author=None):
    doc.meta.addElement(M.Generator(text=generator))
    dt = datetime.datetime.strptime(r["date"], "%Y-%m-%d %H:%M") - datetime.timedelta(hours=2)
    doc.meta.addElement(M.CreationDate(text=(dt - datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S")))
    doc.meta.addElement(DC.Date(text=dt.strftime("%Y-%m-%dT%H:%M:%S")))
    if author:
        doc.meta.addElement(M.InitialCreator(text=author))
        doc.meta.addElement(DC.Creator(text=author))


def _save(doc):
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def _styles_text(doc, font="Liberation Sans"):
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric="swiss", fontpitch="variable"))
    st = {}
    st["title"] = Style(name="Titel1", family="paragraph")
    st["title"].addElement(TextProperties(fontsize="16pt", fontweight="bold", fontname=font))
    st["title"].addElement(ParagraphProperties(marginbottom="0.3cm"))
    st["h"] = Style(name="Kop2", family="paragraph")
    st["h"].addElement(TextProperties(fontsize="12pt", fontweight="bold", fontname=font, color="#1f5f8b"))
    st["h"].addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
    st["p"] = Style(name="Std", family="paragraph")
    st["p"].addElement(TextProperties(fontsize="10pt", fontname=font))
    st["small"] = Style(name="Klein", family="paragraph")
    st["small"].addElement(TextProperties(fontsize="8pt", fontname=font, fontstyle="italic"))
    st["b"] = Style(name="Vet", family="text")
    st["b"].addElement(TextProperties(fontweight="bold"))
    for s in st.values():
        doc.automaticstyles.addElement(s)
    return st


# =====================================================================  O1: Writer document with form controls
def o1_lo_controls(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    doc = OpenDocumentText()
    _meta(doc, r, "LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe267cc68dde00352a451aa867b3b546ac",
          f["contact_name"])
    st = _styles_text(doc)
    forms = O.Forms(applydesignmode="false", automaticfocus="false")
    frm = FM.Form(name="Formulier" if nl else "Formulaire", applyfilter="true", commandtype="table",
                  controlimplementation="ooo:com.sun.star.form.component.Form")
    forms.addElement(frm)
    doc.text.addElement(forms)
    TBX = "Tekstvak %d" if nl else "Zone de texte %d"
    CBX = "Selectievakje %d" if nl else "Case à cocher %d"
    counter = {"n": 0, "t": 0, "c": 0}

    def ctl(val, multi=False, w="9cm", h="0.6cm"):
        counter["n"] += 1
        counter["t"] += 1
        cid = "control%d" % counter["n"]
        cls = FM.Textarea if multi else FM.Text
        el = cls(id=cid, name=TBX % counter["t"],
                 controlimplementation="ooo:com.sun.star.form.component.TextField",
                 currentvalue=val or "")
        frm.addElement(el)
        return D.Control(control=cid, width=w, height=h, anchortype="as-char", zindex=str(counter["n"]))

    def chk(label, on):
        counter["n"] += 1
        counter["c"] += 1
        cid = "control%d" % counter["n"]
        el = FM.Checkbox(id=cid, name=CBX % counter["c"], label=label, currentstate="checked" if on else "unchecked",
                         controlimplementation="ooo:com.sun.star.form.component.CheckBox")
        frm.addElement(el)
        return D.Control(control=cid, width="4cm", height="0.5cm", anchortype="as-char", zindex=str(counter["n"]))

    doc.text.addElement(T.P(stylename=st["title"], text="Projectfiche Partons 2.0 – Maak werk van je buurt!" if nl
                            else "Fiche projet Partons 2.0 – Faites bouger votre quartier !"))
    doc.text.addElement(T.P(stylename=st["small"], text=CALL_NL if nl else CALL_FR))

    def line(label, val, multi=False):
        p = T.P(stylename=st["p"])
        p.addElement(T.Span(stylename=st["b"], text=label))
        p.addElement(T.Tab())
        p.addElement(ctl(val, multi=multi, h="2.2cm" if multi else "0.6cm"))
        doc.text.addElement(p)

    doc.text.addElement(T.P(stylename=st["h"], text="Aanvrager" if nl else "Porteur de projet"))
    if nl:
        line("Naam vereniging", f["organisation"]); line("Contactpersoon", f["contact_name"])
        line("Straat en nr.", f["address"]); line("Postcode", f["postcode"]); line("Gemeente", f["municipality"])
        line("Telefoon", d["phone"]); line("E-mail", f["email"])
    else:
        line("Association", f["organisation"]); line("Personne de contact", f["contact_name"])
        line("N° et rue", f["address"]); line("Code postal", f["postcode"]); line("Commune", f["municipality"])
        line("Téléphone", d["phone"]); line("Courriel", f["email"])
    p = T.P(stylename=st["p"])
    p.addElement(T.Span(stylename=st["b"], text="Type: " if nl else "Type : "))
    for i, o in enumerate(["vereniging", "bewonersgroep", "lokaal bestuur"] if nl else ["association", "collectif", "commune"]):
        p.addElement(chk(o, i == 0))
    doc.text.addElement(p)
    doc.text.addElement(T.P(stylename=st["h"], text="Project" if nl else "Projet"))
    line("Titel" if nl else "Titre", f["project_title"])
    line("Omschrijving" if nl else "Description", desc, multi=True)
    line("Participatie" if nl else "Participation", part, multi=True)
    doc.text.addElement(T.P(stylename=st["h"], text="Budget"))
    line("Totale kost" if nl else "Coût total", d.get("total"))
    line("Eigen inbreng" if nl else "Autofinancement", d.get("own"))
    line("Andere financiering" if nl else "Autres financements", d.get("other"))
    line("Gevraagd bedrag" if nl else "Montant demandé", d.get("req"))
    return _save(doc)


# =====================================================================  O2: Writer table form
def o2_lo_table(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    doc = OpenDocumentText()
    _meta(doc, r, "LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3", f["contact_name"])
    st = _styles_text(doc, "DejaVu Sans")
    colA = Style(name="TabA", family="table-column"); colA.addElement(TableColumnProperties(columnwidth="5.5cm"))
    colB = Style(name="TabB", family="table-column"); colB.addElement(TableColumnProperties(columnwidth="11cm"))
    cellL = Style(name="CelL", family="table-cell")
    cellL.addElement(TableCellProperties(backgroundcolor="#e6e6e6", border="0.05pt solid #000000", padding="0.1cm"))
    cellR = Style(name="CelR", family="table-cell")
    cellR.addElement(TableCellProperties(border="0.05pt solid #000000", padding="0.1cm"))
    tstyle = Style(name="Tab", family="table")
    tstyle.addElement(S.TableProperties(width="16.5cm", align="left"))
    for s in (colA, colB, cellL, cellR, tstyle):
        doc.automaticstyles.addElement(s)
    # header / footer via master page
    pl = S.PageLayout(name="pm1")
    pl.addElement(S.PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
    doc.automaticstyles.addElement(pl)
    mp = S.MasterPage(name="Standard", pagelayoutname=pl)
    ft = S.Footer()
    ft.addElement(T.P(stylename=st["small"], text=("Partons 2.0 – indienen vóór 16 juni 2019 – max. 10 000 euro per project"
                                                 if nl else "Partons 2.0 – à déposer avant le 16 juin 2019 – 10 000 euros max. par projet")))
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)
    doc.text.addElement(T.P(stylename=st["title"], text="Projectidee indienen" if nl else "Dépôt d'une idée de projet"))
    t = TB.Table(name="Tabel1" if nl else "Tableau1", stylename=tstyle)
    t.addElement(TB.TableColumn(stylename=colA))
    t.addElement(TB.TableColumn(stylename=colB))
    if nl:
        rows = [("Vraag", "Antwoord"), ("Organisatie / groep", f["organisation"]),
                ("Adres van de organisatie", "%s, %s %s" % (f["address"], f["postcode"], f["municipality"])),
                ("Contactpersoon", f["contact_name"]), ("Adres contactpersoon", "zie hierboven"),
                ("Telefoon", d["phone"]), ("E-mail", f["email"]), ("Titel van het project", f["project_title"]),
                ("Wat?", desc), ("Met wie?", part), ("Wanneer?", timing),
                ("Totaal budget", d.get("total")), ("Eigen inbreng", d.get("own")),
                ("Gevraagd aan Partons 2.0", d.get("req"))]
    else:
        rows = [("Question", "Réponse"), ("Association / collectif", f["organisation"]),
                ("Adresse de l'association", "%s, %s %s" % (f["address"], f["postcode"], f["municipality"])),
                ("Personne de contact", f["contact_name"]), ("Adresse de la personne de contact", "idem"),
                ("Téléphone", d["phone"]), ("Courriel", f["email"]), ("Titre du projet", f["project_title"]),
                ("Quoi ?", desc), ("Avec qui ?", part), ("Quand ?", timing),
                ("Budget total", d.get("total")), ("Autofinancement", d.get("own")),
                ("Demandé à Partons 2.0", d.get("req"))]
    for i, (a, b) in enumerate(rows):
        tr = TB.TableRow()
        c1 = TB.TableCell(stylename=cellL, valuetype="string")
        p = T.P(stylename=st["p"])
        p.addElement(T.Span(stylename=st["b"], text=a))
        c1.addElement(p)
        c2 = TB.TableCell(stylename=cellL if i == 0 else cellR, valuetype="string")
        c2.addElement(T.P(stylename=st["p"], text=b or ""))
        tr.addElement(c1)
        tr.addElement(c2)
        t.addElement(tr)
    doc.text.addElement(t)
    doc.text.addElement(T.P(stylename=st["p"], text=("Datum: %s/%s/2019" if nl else "Date : %s/%s/2019") % (r["date"][8:10], r["date"][5:7])))
    return _save(doc)


# =====================================================================  Calc helpers
def _ods_styles(doc):
    st = {}
    def mk(name, fam, **cellprops):
        s = Style(name=name, family=fam)
        tp = cellprops.pop("text", None)
        if cellprops:
            s.addElement(TableCellProperties(**cellprops))
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s
    st["title"] = mk("ceT", "table-cell", backgroundcolor="#ffd966", text=dict(fontsize="14pt", fontweight="bold"))
    st["lab"] = mk("ceL", "table-cell", backgroundcolor="#eeeeee", border="0.06pt solid #000000", text=dict(fontweight="bold"))
    st["val"] = mk("ceV", "table-cell", border="0.06pt solid #000000")
    st["num"] = mk("ceN", "table-cell", border="0.06pt solid #000000")
    st["tot"] = mk("ceS", "table-cell", border="0.06pt solid #000000", backgroundcolor="#d9ead3", text=dict(fontweight="bold"))
    st["note"] = mk("ceI", "table-cell", text=dict(fontstyle="italic", fontsize="8pt"))
    for i, w in enumerate(["0.8cm", "6.5cm", "7.5cm", "3cm", "3cm"]):
        s = Style(name="co%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        st["co%d" % i] = s
    return st


def _row(cells):
    tr = TB.TableRow()
    for c in cells:
        tr.addElement(c)
    return tr


def _sc(text, style=None, span=1):
    kw = {}
    if style is not None:
        kw["stylename"] = style
    if span > 1:
        kw["numbercolumnsspanned"] = str(span)
    if text in (None, ""):
        return TB.TableCell(**kw)
    c = TB.TableCell(valuetype="string", **kw)
    c.addElement(T.P(text=str(text)))
    return c


def _nc(val, style=None, formula=None, disp=None):
    kw = {"valuetype": "float", "value": str(val)}
    if style is not None:
        kw["stylename"] = style
    if formula:
        kw["formula"] = formula
    c = TB.TableCell(**kw)
    c.addElement(T.P(text=disp if disp is not None else eur(val, "nl")))
    return c


# =====================================================================  S1: Calc form (label col / answer col, merged cells, budget formulas)
def s1_calc(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    lines, total, own, other, req = budget_from_x(r)
    doc = OpenDocumentSpreadsheet()
    _meta(doc, r, "LibreOffice/6.2.4.2$Windows_X86_64 LibreOffice_project/2412653d852ce75f65fbfa83fb7e7b669a126d64",
          f["contact_name"])
    st = _ods_styles(doc)
    t = TB.Table(name="Aanvraag" if nl else "Demande")
    for i in range(5):
        t.addElement(TB.TableColumn(stylename=st["co%d" % i]))
    cov = TB.CoveredTableCell
    t.addElement(_row([_sc(None), _sc("PARTONS 2.0 – Maak werk van je buurt! – aanvraag", st["title"], span=4), cov(), cov(), cov()]))
    t.addElement(_row([_sc(None), _sc("Indienen vóór 16/06/2019 – maximaal 10 000 EUR per project", st["note"], span=4), cov(), cov(), cov()]))
    t.addElement(_row([_sc(None)]))
    rows = [("1", "Naam organisatie", f["organisation"]), ("2", "Contactpersoon", f["contact_name"]),
            ("3", "Adres", f["address"]), ("4", "Postcode", f["postcode"]), ("5", "Gemeente", f["municipality"]),
            ("6", "Telefoon", d["phone"]), ("7", "E-mail", f["email"]), ("8", "Titel project", f["project_title"]),
            ("9", "Omschrijving", desc)]
    for n, lab, val in rows:
        if lab == "Postcode":
            # typed as a number, as Calc does with a bare postcode
            t.addElement(_row([_sc(n), _sc(lab, st["lab"]), _nc(int(val), st["val"], disp=val), _sc(None, st["val"], span=2), cov()]))
        else:
            t.addElement(_row([_sc(n), _sc(lab, st["lab"]), _sc(val, st["val"], span=3), cov(), cov()]))
    t.addElement(_row([_sc(None)]))
    t.addElement(_row([_sc("10"), _sc("Begroting", st["lab"]), _sc("Omschrijving", st["lab"]), _sc("Bedrag", st["lab"]), _sc(None)]))
    first = 15
    for i, (lab, amt) in enumerate(lines):
        t.addElement(_row([_sc(None), _sc(None), _sc(lab, st["val"]), _nc(amt, st["num"])]))
    last = first + len(lines) - 1
    rt = last + 1
    t.addElement(_row([_sc(None), _sc("Totaal", st["tot"]), _sc(None, st["tot"]),
                       _nc(total, st["tot"], formula="of:=SUM([.D%d:.D%d])" % (first, last))]))
    t.addElement(_row([_sc(None), _sc("Eigen inbreng", st["lab"]), _sc(None, st["val"]), _nc(own, st["num"])]))
    t.addElement(_row([_sc(None), _sc("Andere subsidies", st["lab"]), _sc(None, st["val"]), _nc(other, st["num"])]))
    t.addElement(_row([_sc(None), _sc("Gevraagd aan Partons 2.0", st["tot"]), _sc(None, st["tot"]),
                       _nc(req, st["tot"], formula="of:=[.D%d]-[.D%d]-[.D%d]" % (rt, rt + 1, rt + 2))]))
    doc.spreadsheet.addElement(t)
    return _save(doc)


# =====================================================================  S2: Framaforms (Drupal webform) export opened & saved in Calc
def s2_framaforms(r):
    f, d = r["f"], r["disp"]
    x = r["x"]
    desc, part, timing = texts(r)
    doc = OpenDocumentSpreadsheet()
    _meta(doc, r, "LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3", x["respondent"])
    t = TB.Table(name="framaforms_export")
    dd = r["date"]
    head1 = ["", "", "", "", "", "", "", "Partons 2.0 – Dépôt de projet (Nord)"] + [""] * 14
    cols = [("N° de série", "118"), ("SID", "40" + x["resp_id"]), ("Soumis le", "%s/%s/%s - %s" % (dd[8:10], dd[5:7], dd[:4], dd[11:16])),
            ("Brouillon", "0"), ("Adresse IP", "192.0.2.%d" % (r["slot"] + 40)), ("UID", "0"), ("Nom d'utilisateur", "Anonyme"),
            ("Vos nom et prénom (personne qui remplit ce formulaire)", x["respondent"]),
            ("Votre adresse électronique", x["resp_mail"]),
            ("Nom de la structure porteuse", f["organisation"]),
            ("Responsable du projet : nom et prénom", f["contact_name"]),
            ("Responsable du projet : téléphone", d["phone"]),
            ("Responsable du projet : courriel", f["email"]),
            ("Adresse de la structure : numéro et rue", f["address"]),
            ("Adresse de la structure : code postal", f["postcode"]),
            ("Adresse de la structure : commune", f["municipality"]),
            ("Titre du projet", f["project_title"]),
            ("Présentation du projet", desc),
            ("Participation des habitants", part),
            ("Coût total estimé (€)", d.get("total")),
            ("Montant demandé à Partons 2.0 (€) – 10 000 € maximum", d.get("req")),
            ("J'accepte que mes données soient transmises aux partenaires du projet", "Oui")]
    t.addElement(TB.TableColumn(numbercolumnsrepeated=str(len(cols))))
    t.addElement(_row([_sc(h) for h in head1[:len(cols)]]))
    t.addElement(_row([_sc(c) for c, _ in cols]))
    cells = []
    for c, v in cols:
        if c in ("Responsable du projet : téléphone",):
            cells.append(_sc(v))
        elif v and v.replace(" ", "").isdigit():
            cells.append(_nc(int(v.replace(" ", "")), disp=v))
        else:
            cells.append(_sc(v))
    t.addElement(_row(cells))
    doc.spreadsheet.addElement(t)
    return _save(doc)
