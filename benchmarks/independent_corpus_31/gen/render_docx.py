# -*- coding: utf-8 -*-
"""DOCX renderers imitating Google Docs, Word (letterhead, content controls), Apple Pages and WPS exports."""
import io
import re
import zipfile
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from common import texts, CALL_NL, CALL_FR


def _dt(r):
    return datetime.datetime.strptime(r["date"], "%Y-%m-%d %H:%M") - datetime.timedelta(hours=3)


def _save(doc, app=None, template=None):
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    if not app:
        return data
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        b = zin.read(it.filename)
        if it.filename == "docProps/app.xml":
            s = b.decode("utf-8")
            s = re.sub(r"<Application>.*?</Application>", "<Application>%s</Application>" % app, s)
            if "<Application>" not in s:
                s = s.replace("</Properties>", "<Application>%s</Application></Properties>" % app)
            if template:
                s = re.sub(r"<Template>.*?</Template>", "<Template>%s</Template>" % template, s)
            b = s.encode("utf-8")
        zout.writestr(it, b)
    zout.close()
    return out.getvalue()


def _font(doc, name, size, east=None):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(k), name)
    if east:
        rf.set(qn("w:eastAsia"), east)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _cell_text(cell, text, bold=False, size=None, color=None):
    p = cell.paragraphs[0]
    for i, part in enumerate((text or "").split("\n")):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    return p


# ======================================================================  D1: Google Docs
def d1_gdocs(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    doc = Document()
    _font(doc, "Arial", 11)
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    doc.core_properties.created = None if False else _dt(r)
    p = doc.add_paragraph(style="Title")
    p.add_run("Projectfiche" if nl else "Fiche projet")
    p = doc.add_paragraph(style="Subtitle")
    p.add_run("Maak werk van je buurt! – Partons 2.0" if nl else "Partons 2.0 – appel à projets 2019")
    doc.add_paragraph(CALL_NL if nl else CALL_FR).runs[0].italic = True
    doc.add_heading("Organisatie" if nl else "Structure", level=2)
    addr_full = "%s\n%s %s" % (f["address"], f["postcode"], f["municipality"])
    if nl:
        rows1 = [("Naam organisatie", f["organisation"]), ("Adres organisatie", addr_full),
                 ("Contactpersoon", f["contact_name"]), ("Adres contactpersoon", "idem"),
                 ("Telefoon contactpersoon", d["phone"]), ("E-mail contactpersoon", f["email"])]
        rows2 = [("Titel", f["project_title"]), ("Omschrijving", desc), ("Betrokkenheid inwoners", part),
                 ("Planning", timing)]
        rows3 = [("Totale kostprijs", d.get("total")), ("Eigen inbreng", d.get("own")),
                 ("Andere financiering", d.get("other") or "geen"), ("Gevraagd bedrag Partons 2.0", d.get("req"))]
    else:
        rows1 = [("Nom de la structure", f["organisation"]), ("Adresse du siège", addr_full),
                 ("Référent du projet", f["contact_name"]), ("Adresse du référent", "voir ci-dessus"),
                 ("Téléphone du référent", d["phone"]), ("Mail du référent", f["email"])]
        rows2 = [("Titre", f["project_title"]), ("Description", desc), ("Participation des habitants", part),
                 ("Calendrier", timing)]
        rows3 = [("Coût total", d.get("total")), ("Autofinancement", d.get("own")),
                 ("Autres financements", d.get("other") or "aucun"), ("Montant sollicité Partons 2.0", d.get("req"))]
    for hd, rows in [(None, rows1), ("Project" if nl else "Projet", rows2), ("Budget", rows3)]:
        if hd:
            doc.add_heading(hd, level=2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in rows:
            cells = t.add_row().cells
            _shade(cells[0], "D9EAD3" if nl else "CFE2F3")
            _cell_text(cells[0], lab, bold=True)
            _cell_text(cells[1], val)
            cells[0].width = Cm(5)
            cells[1].width = Cm(11)
    return _save(doc, app=None)


# ======================================================================  D2: Word template with letterhead, label+answer in one cell
def d2_wordlh(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    x = r["x"]
    desc, part, timing = texts(r)
    doc = Document()
    _font(doc, "Calibri", 11)
    doc.core_properties.author = f["contact_name"]
    doc.core_properties.last_modified_by = f["contact_name"]
    doc.core_properties.created = _dt(r)
    sec = doc.sections[0]
    sec.top_margin = Cm(3.2)
    hp = sec.header.paragraphs[0]
    rr = hp.add_run(f["organisation"])
    rr.bold = True
    rr.font.size = Pt(14)
    rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    hp2 = sec.header.add_paragraph()
    rr = hp2.add_run("%s  |  %s %s  |  %s" % (x["letter_addr"], "Tel." if nl else "Tél.", x["letter_phone"], x["letter_mail"]))
    rr.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = fp.add_run(("%s – maatschappelijke zetel: %s" if nl else "%s – siège social : %s") % (f["organisation"], x["letter_addr"]))
    rr.font.size = Pt(8)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = h.add_run("AANVRAAGFORMULIER PARTONS 2.0" if nl else "FICHE DE CANDIDATURE PARTONS 2.0")
    rr.bold = True
    rr.font.size = Pt(16)
    doc.add_paragraph(("Projectenoproep ‘Maak werk van je buurt!’ – indienen vóór 16 juni 2019 – "
                       "steun tot max. 10 000 euro") if nl else
                      ("Appel à projets « Faites bouger votre quartier ! » – dépôt avant le 16 juin 2019 – "
                       "aide jusqu'à 10 000 euros maximum")).alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, val, span=True):
        cells = t.add_row().cells
        if span:
            c = cells[0].merge(cells[1])
        else:
            c = cells[0]
        p = c.paragraphs[0]
        rn = p.add_run(label + " ")
        rn.bold = True
        p.add_run(val or "")
        return cells

    chk = lambda on: "☑" if on else "☐"
    if nl:
        row("1. Naam van de vereniging:", f["organisation"])
        row("2. Soort aanvrager:", "%s vereniging   %s bewonersplatform/dorpsraad   %s lokaal bestuur   %s handelaar" % (chk(True), chk(False), chk(False), chk(False)))
        row("3. Contactpersoon:", f["contact_name"])
        row("4. Adres contactpersoon:", "%s, %s %s" % (f["address"], f["postcode"], f["municipality"]))
        row("5. Telefoon/gsm:", d["phone"])
        row("6. E-mail:", f["email"])
        row("7. Titel van het project:", f["project_title"])
        row("8. Beschrijving:", desc)
        row("9. Participatie:", part)
        row("10. Financieel plan:", "")
        row("     Totale kostprijs van het project:", d.get("total"))
        row("     Eigen inbreng:", d.get("own"))
        row("     Andere financiers:", d.get("other"))
        row("     Gevraagd bedrag aan Partons 2.0:", d.get("req"))
        row("11. Wij nemen deel aan het begeleidingstraject:", "%s ja   %s nee" % (chk(True), chk(False)))
    else:
        row("1. Nom de l'association :", f["organisation"])
        row("2. Type de porteur :", "%s association   %s collectif d'habitants   %s commune   %s commerçant" % (chk(True), chk(False), chk(False), chk(False)))
        row("3. Personne responsable du projet :", f["contact_name"])
        row("4. Adresse personnelle du responsable :", "%s, %s %s" % (f["address"], f["postcode"], f["municipality"]))
        row("5. Téléphone :", d["phone"])
        row("6. Courriel :", f["email"])
        row("7. Intitulé du projet :", f["project_title"])
        row("8. Description :", desc)
        row("9. Participation :", part)
        row("10. Plan de financement :", "")
        row("     Coût total du projet :", d.get("total"))
        row("     Autofinancement :", d.get("own"))
        row("     Autres financeurs :", d.get("other"))
        row("     Montant sollicité auprès de Partons 2.0 :", d.get("req"))
        row("11. Nous participerons au parcours d'accompagnement :", "%s oui   %s non" % (chk(True), chk(False)))
    doc.add_paragraph()
    doc.add_paragraph(("Opgemaakt te %s op %s" if nl else "Fait à %s, le %s") % (f["municipality"], "%s/%s/2019" % (r["date"][8:10], r["date"][5:7])))
    return _save(doc, app="Microsoft Office Word", template="Normal.dotm")


# ======================================================================  D3: Apple Pages export
def d3_pages(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    x = r["x"]
    desc, part, timing = texts(r)
    doc = Document()
    _font(doc, "Helvetica Neue", 11)
    doc.core_properties.author = f["contact_name"]
    doc.core_properties.created = _dt(r)
    p = doc.add_paragraph()
    rr = p.add_run(("Projectidee – Maak werk van je buurt!" if nl else "Idée de projet – Partons 2.0"))
    rr.bold = True
    rr.font.size = Pt(20)
    rr.font.name = "Helvetica Neue Light"
    doc.add_paragraph()
    email_val = "zie afzender van de mail" if x.get("email_see_sender") else f["email"]
    if nl:
        items = [("Vereniging", f["organisation"]), ("Contactpersoon", f["contact_name"]),
                 ("Adres", f["address"]), ("Postcode en gemeente", "%s %s" % (f["postcode"], f["municipality"])),
                 ("Telefoon", d["phone"]), ("E-mail", email_val), ("Naam van het project", f["project_title"]),
                 ("Wat willen we doen", desc), ("Met wie", part), ("Planning", timing),
                 ("Kostprijs", "totaal: %s, waarvan %s eigen inbreng" % (d["total"], d["own"])),
                 ("Gevraagd bedrag", d["req"])]
    else:
        items = [("Association", f["organisation"]), ("Contact", f["contact_name"]),
                 ("Adresse", f["address"]), ("Code postal et commune", "%s %s" % (f["postcode"], f["municipality"])),
                 ("Téléphone", d["phone"]), ("E-mail", email_val), ("Nom du projet", f["project_title"]),
                 ("Ce que nous voulons faire", desc), ("Avec qui", part), ("Calendrier", timing),
                 ("Coût", "total : %s, dont %s d'autofinancement" % (d["total"], d["own"])),
                 ("Montant demandé", d["req"])]
    for lab, val in items:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(lab)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x8E, 0x3B, 0x2F)
        p2 = doc.add_paragraph(val)
        p2.paragraph_format.space_after = Pt(10)
    return _save(doc, app="Pages")


# ======================================================================  D4: WPS Office, numbered questions with answer rows
def d4_wps(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    doc = Document()
    _font(doc, "Calibri", 10.5, east="宋体")
    doc.core_properties.author = "WPS_1558%05d" % (r["slot"] * 131 % 99999)
    doc.core_properties.created = _dt(r)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run("Partons 2.0 – " + ("Aanvraag projectsteun" if nl else "Demande de soutien"))
    rr.bold = True
    rr.font.size = Pt(15)
    if nl:
        qs = [("Wie dient het project in? (naam vereniging)", f["organisation"]),
              ("Wie is de contactpersoon?", f["contact_name"]),
              ("Contactgegevens (adres, telefoon, e-mail)",
               "%s\n%s %s\n%s\n%s" % (f["address"], f["postcode"], f["municipality"], d["phone"], f["email"])),
              ("Hoe heet het project?", f["project_title"]),
              ("Wat is het doel?", desc),
              ("Hoe worden de bewoners betrokken?", part),
              ("Wat is de timing?", timing),
              ("Wat kost het project in totaal?", d.get("total")),
              ("Hoeveel brengt u zelf in?", d.get("own")),
              ("Krijgt u nog andere steun?", d.get("other") or "Nee"),
              ("Welk bedrag vraagt u aan Partons 2.0? (max. 10 000 euro)", d.get("req"))]
    else:
        qs = [("Qui porte le projet ? (nom de l'association)", f["organisation"]),
              ("Qui est la personne de contact ?", f["contact_name"]),
              ("Coordonnées (adresse, téléphone, courriel)",
               "%s\n%s %s\n%s\n%s" % (f["address"], f["postcode"], f["municipality"], d["phone"], f["email"])),
              ("Quel est le nom du projet ?", f["project_title"]),
              ("Quel est l'objectif ?", desc),
              ("Comment les habitants sont-ils associés ?", part),
              ("Quel est le calendrier ?", timing),
              ("Quel est le coût total du projet ?", d.get("total")),
              ("Quel est votre apport propre ?", d.get("own")),
              ("Bénéficiez-vous d'autres aides ?", d.get("other") or "Non"),
              ("Quel montant demandez-vous à Partons 2.0 ? (max. 10 000 euros)", d.get("req"))]
    t = doc.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for i, (q, a) in enumerate(qs):
        c = t.add_row().cells[0]
        _shade(c, "F2F2F2")
        _cell_text(c, "%d. %s" % (i + 1, q), bold=True)
        c2 = t.add_row().cells[0]
        _cell_text(c2, a)
    return _save(doc, app="WPS Office_11.2.0.8641")


# ======================================================================  D5: Word form with content controls
def _sdt(paragraph, value, placeholder, tag):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    if not value:
        sh = OxmlElement("w:showingPlcHdr"); pr.append(sh)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if not value:
        col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr.append(col)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = value or placeholder
    run.append(t)
    content.append(run)
    sdt.append(content)
    paragraph._p.append(sdt)


def _sdt_check(paragraph, checked, tag):
    W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    from lxml import etree
    chk = etree.SubElement(pr, "{%s}checkbox" % W14)
    ch = etree.SubElement(chk, "{%s}checked" % W14)
    ch.set("{%s}val" % W14, "1" if checked else "0")
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts"); rf.set(qn("w:ascii"), "MS Gothic"); rf.set(qn("w:hAnsi"), "MS Gothic"); rpr.append(rf)
    run.append(rpr)
    t = OxmlElement("w:t"); t.text = "☒" if checked else "☐"
    run.append(t)
    content.append(run)
    sdt.append(content)
    paragraph._p.append(sdt)


def d5_wordcc(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    doc = Document()
    _font(doc, "Calibri", 11)
    doc.core_properties.author = "Provincie West-Vlaanderen"
    doc.core_properties.last_modified_by = f["contact_name"]
    doc.core_properties.created = datetime.datetime(2019, 3, 18, 9, 0)
    doc.core_properties.modified = _dt(r)
    ph = "Klik of tik om tekst in te voeren." if nl else "Cliquez ou appuyez ici pour entrer du texte."
    doc.add_heading("Projectfiche ‘Maak werk van je buurt!’" if nl else "Fiche projet « Faites bouger votre quartier ! »", 1)
    doc.add_paragraph(CALL_NL if nl else CALL_FR)
    if nl:
        items = [("Aanvrager", None), ("Naam organisatie", f["organisation"]), ("Naam contactpersoon", f["contact_name"]),
                 ("Straat en nummer", f["address"]), ("Postcode", f["postcode"]), ("Gemeente", f["municipality"]),
                 ("Telefoon", d["phone"]), ("E-mail", f["email"]), ("Website", None),
                 ("Project", None), ("Projecttitel", f["project_title"]), ("Korte beschrijving", desc),
                 ("Participatie", part), ("Timing", timing),
                 ("Financiën", None), ("Gevraagd bedrag (max. 10 000 euro)", d.get("req")),
                 ("Totale kostprijs project", d.get("total")), ("Andere financieringsbronnen", d.get("other"))]
    else:
        items = [("Porteur", None), ("Nom de la structure", f["organisation"]), ("Nom du contact", f["contact_name"]),
                 ("N° et rue", f["address"]), ("Code postal", f["postcode"]), ("Commune", f["municipality"]),
                 ("Téléphone", d["phone"]), ("Courriel", f["email"]), ("Site internet", None),
                 ("Projet", None), ("Titre du projet", f["project_title"]), ("Description courte", desc),
                 ("Participation", part), ("Calendrier", timing),
                 ("Finances", None), ("Montant demandé (max. 10 000 euros)", d.get("req")),
                 ("Coût total du projet", d.get("total")), ("Autres sources de financement", d.get("other"))]
    sec_idx = 0
    for i, (lab, val) in enumerate(items):
        if lab in ("Aanvrager", "Project", "Financiën", "Porteur", "Projet", "Finances") and val is None:
            doc.add_heading(lab, 2)
            sec_idx += 1
            continue
        p = doc.add_paragraph()
        rr = p.add_run(lab + ": " if nl else lab + " : ")
        rr.bold = True
        tag = re.sub(r"[^A-Za-z]", "", lab)[:20]
        _sdt(p, val, ph, tag)
    p = doc.add_paragraph()
    _sdt_check(p, True, "akkoord")
    p.add_run(" Ik bevestig dat onze organisatie deelneemt aan de begeleidingssessies." if nl else
              " Je confirme que notre structure participera aux sessions d'accompagnement.")
    return _save(doc, app="Microsoft Office Word", template="Projectfiche_Partons2.dotx")
