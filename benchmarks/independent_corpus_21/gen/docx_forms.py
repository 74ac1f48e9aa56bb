# -*- coding: utf-8 -*-
"""Word forms (python-docx): label|answer table, content controls, 'Label : answer' paragraphs,
4-column table, checkbox content controls, numbered questions; and the two cover letters."""
import io
import random

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

from common import home_of
from paper_forms import dmy, d_fr

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _doc(font="Calibri", size=10.5, author="", title=""):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2)
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2019, 5, 2, 9, 0, 0)
    cp.modified = datetime.datetime(2019, 5, 20, 9, 0, 0)
    cp.revision = 3
    return d


def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcol}"/>'))


def _set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = str(text).split("\n") if text is not None else [""]
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def _bytes(d):
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


# ---------------------------------------------------------------- D05 nl: table label | answer
def docx_table2(r, rng):
    d = _doc("Calibri", 10.5, author="Kobe", title="Aanvraagformulier")
    h = d.add_paragraph()
    run = h.add_run("Aanvraagformulier - Maak werk van je buurt!")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Projectenoproep voor leefbare dorpen en buurten (Partons 2.0). Vul de rechterkolom in.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def sec(txt):
        c = t.add_row().cells
        m = c[0].merge(c[1])
        _set_cell(m, txt, bold=True, size=11)
        _shade(m, "D9E2F3")

    def row(a, b):
        c = t.add_row().cells
        _set_cell(c[0], a)
        _set_cell(c[1], b)

    sec("A. Gegevens van de aanvrager")
    row("Naam vereniging", r["org"])
    row("Rechtsvorm", "☐ vzw   ☒ feitelijke vereniging   ☐ lokaal bestuur   ☐ andere")
    row("Adres van de vereniging (lokaal)", f"{r['addr']}\n{r['pc']} {r['town']}")
    row("Voorzitter", r["chair"])
    row("Contactpersoon", r["contact_w"])
    row("Adres contactpersoon", "idem")
    row("Telefoon", r["phone"])
    row("E-mail", r["email"])
    sec("B. Het project")
    row("Titel van het project", r["title"])
    row("Omschrijving", r["descr"])
    row("Hoe betrek je de inwoners?", r["partic"])
    row("Timing", r["timing"])
    sec("C. Begroting")
    for k, v in r["budget"]:
        row(k, v)
    row("Totale kostprijs", r["total"])
    row("Eigen inbreng", r["own"])
    row("Gevraagd bedrag", r["request"])
    for rr in t.rows:
        rr.cells[0].width = Cm(6)
        rr.cells[1].width = Cm(10.5)
    d.add_paragraph()
    d.add_paragraph(f"Datum: {dmy(r)}")
    d.add_paragraph(f"Handtekening: {r['contact']}")
    return _bytes(d)


# ---------------------------------------------------------------- content-control helpers
_sid = [100]


def _sdt_run(alias, tag, value, placeholder="Klik of tik om tekst in te voeren."):
    _sid[0] += 1
    if value in (None, ""):
        return parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{_sid[0]}"/>'
            f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="Tekstvantijdelijkeaanduiding"/>'
            f'<w:color w:val="808080"/></w:rPr><w:t>{placeholder}</w:t></w:r></w:sdtContent></w:sdt>')
    v = (value.replace("&", "&amp;").replace("<", "&lt;"))
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{_sid[0]}"/>'
        f'<w:text/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{v}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_check(alias, tag, checked):
    _sid[0] += 1
    ch = "1" if checked else "0"
    sym = "☒" if checked else "☐"
    return parse_xml(
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{_sid[0]}"/>'
        f'<w14:checkbox><w14:checked w14:val="{ch}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r>'
        f'<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        f'<w:t>{sym}</w:t></w:r></w:sdtContent></w:sdt>')


# ---------------------------------------------------------------- D06 nl: content controls in paragraphs
def docx_sdt(r, rng):
    d = _doc("Arial", 10, author="Evelien Sturtewagen", title="Aanvraag")
    p = d.add_paragraph()
    rr = p.add_run("PROJECTENOPROEP 'MAAK WERK VAN JE BUURT!'")
    rr.bold = True
    rr.font.size = Pt(14)
    rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    d.add_paragraph("Aanvraagformulier - vul de grijze velden in.").runs[0].italic = True

    def fld(label, alias, tag, value):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        lab = p.add_run(label + "\t")
        lab.bold = True
        p.paragraph_format.tab_stops.add_tab_stop(Cm(6.5))
        p._p.append(_sdt_run(alias, tag, value))

    def head(t):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        x = p.add_run(t)
        x.bold = True
        x.font.size = Pt(12)
        x.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    head("1. Aanvrager")
    fld("Naam van de vereniging:", "Naam vereniging", "naam_vereniging", r["org"])
    fld("Rechtsvorm:", "Rechtsvorm", "rechtsvorm", r["legal"])
    fld("Straat en nummer:", "Adres", "adres", r["addr"])
    fld("Postcode:", "Postcode", "postcode", r["pc"])
    fld("Gemeente / deelgemeente:", "Gemeente", "gemeente", r["town"])
    fld("Contactpersoon:", "Contactpersoon", "contactpersoon", r["contact_w"])
    fld("Functie:", "Functie", "functie", r["role"])
    fld("Telefoon:", "Telefoon", "telefoon", r["phone"])
    fld("E-mailadres:", "E-mail", "email", r["email"])
    head("2. Project")
    fld("Titel van het project:", "Titel", "titel", r["title"])
    fld("Omschrijving:", "Omschrijving", "omschrijving", r["descr"])
    fld("Participatie:", "Participatie", "participatie", r["partic"])
    fld("Timing:", "Timing", "timing", r["timing"])
    head("3. Budget")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set_cell(t.rows[0].cells[0], "Kostenpost", bold=True)
    _set_cell(t.rows[0].cells[1], "Bedrag", bold=True)
    for k, v in r["budget"]:
        c = t.add_row().cells
        _set_cell(c[0], k)
        _set_cell(c[1], v)
    d.add_paragraph()
    fld("Totale kostprijs:", "Totaal", "totaal", r["total"])
    fld("Eigen inbreng:", "Eigen inbreng", "eigen_inbreng", r["own"])
    fld("Gevraagd bedrag:", "Gevraagd bedrag", "gevraagd_bedrag", r["request"])
    fld("Andere subsidies:", "Andere subsidies", "andere_subsidies", r["others_text"])
    fld("Datum:", "Datum", "datum", dmy(r))
    return _bytes(d)


# ---------------------------------------------------------------- D07 fr: "Label : answer" paragraphs + budget table
def docx_label_colon(r, rng):
    d = _doc("Times New Roman", 11.5, author="Martine", title="Demande de subvention")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run("DEMANDE DE SUBVENTION\nAppel à projets Partons 2.0")
    x.bold = True
    x.font.size = Pt(14)
    d.add_paragraph()

    def lc(label, value, dots=False):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        a = p.add_run(label + " : ")
        a.bold = True
        if value:
            p.add_run(value)
        elif dots:
            p.add_run("." * 60)

    d.add_paragraph().add_run("1) L'association").underline = True
    lc("Nom de l'association", r["org"])
    lc("Statut", r["legal"])
    lc("Adresse", r["addr"])
    p = d.add_paragraph()
    p.add_run("Code postal : ").bold = True
    p.add_run(r["pc"] + "\t\t")
    p.add_run("Commune : ").bold = True
    p.add_run(r["town"])
    lc("Responsable du projet", f"{r['contact_w']}, {r['role']}")
    lc("Tél.", r["phone"])
    lc("Courriel", r["email"])
    lc("Site internet", None, dots=True)
    lc("N° SIRET", None, dots=True)
    d.add_paragraph().add_run("2) Le projet").underline = True
    lc("Titre du projet", r["title"])
    d.add_paragraph().add_run("Description du projet :").bold = True
    d.add_paragraph(r["descr"])
    d.add_paragraph().add_run("Comment les habitants participent-ils ?").bold = True
    d.add_paragraph(r["partic"])
    lc("Période de réalisation", r["timing"])
    d.add_paragraph().add_run("3) Budget prévisionnel").underline = True
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set_cell(t.rows[0].cells[0], "Poste", bold=True)
    _set_cell(t.rows[0].cells[1], "Montant", bold=True)
    for k, v in r["budget"]:
        c = t.add_row().cells
        _set_cell(c[0], k)
        _set_cell(c[1], v)
    for lab, v in [("TOTAL", r["total"]), ("Autofinancement", r["own"]), ("Montant demandé", r["request"])]:
        c = t.add_row().cells
        _set_cell(c[0], lab, bold=True)
        _set_cell(c[1], v, bold=True)
    d.add_paragraph()
    d.add_paragraph(f"Fait à {r['town']}, le {d_fr(r)}")
    d.add_paragraph(f"{r['contact']}, présidente")
    return _bytes(d)


# ---------------------------------------------------------------- T25 nl: 4-column table + budget table
def docx_table4(r, rng):
    d = _doc("Verdana", 9.5, author="Marc", title="Aanvraag")
    p = d.add_paragraph()
    x = p.add_run("Aanvraag steun lokaal initiatief")
    x.bold = True
    x.font.size = Pt(15)
    d.add_paragraph("Oproep 'Maak werk van je buurt!' - Partons 2.0")
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def r4(a, b, c, dd):
        cs = t.add_row().cells
        _set_cell(cs[0], a, bold=True)
        _set_cell(cs[1], b)
        _set_cell(cs[2], c, bold=True)
        _set_cell(cs[3], dd)
        _shade(cs[0], "EDEDED")
        _shade(cs[2], "EDEDED")

    def r2(a, b):
        cs = t.add_row().cells
        _set_cell(cs[0], a, bold=True)
        _shade(cs[0], "EDEDED")
        m = cs[1].merge(cs[2]).merge(cs[3])
        _set_cell(m, b)

    r4("Naam", r["org"], "Rechtsvorm", "☒ vzw\n☐ feitelijke vereniging")
    r4("Adres", r["addr"], "Postcode", r["pc"])
    r4("Gemeente", r["town"], "Land", "België")
    r4("Contact", r["contact_w"], "Functie", r["role"])
    r4("Tel.", r["phone"], "E-mail", r["email"])
    r2("Projecttitel", r["title"])
    r2("Wat?", r["descr"])
    r2("Met wie?", r["partic"])
    r2("Wanneer?", r["timing"])
    d.add_paragraph()
    d.add_paragraph().add_run("Begroting").bold = True
    b = d.add_table(rows=1, cols=2)
    b.style = "Table Grid"
    _set_cell(b.rows[0].cells[0], "Uitgaven", bold=True)
    _set_cell(b.rows[0].cells[1], "Bedrag (EUR)", bold=True)
    for k, v in r["budget"]:
        c = b.add_row().cells
        _set_cell(c[0], k)
        _set_cell(c[1], v)
    for lab, v in [("Totaal", r["total"]), ("Eigen inbreng club", r["own"]), ("Gevraagd bedrag", r["request"])]:
        c = b.add_row().cells
        _set_cell(c[0], lab, bold=True)
        _set_cell(c[1], v, bold=True)
    d.add_paragraph()
    d.add_paragraph(f"Vladslo, {dmy(r)}")
    d.add_paragraph(f"{r['contact']} (voorzitter)")
    return _bytes(d)


# ---------------------------------------------------------------- T26 fr: table with content controls + checkbox sdt
def docx_sdt_checkbox(r, rng):
    d = _doc("Calibri", 11, author="APE", title="Dossier de candidature")
    p = d.add_paragraph()
    x = p.add_run("Dossier de candidature « Partons 2.0 »")
    x.bold = True
    x.font.size = Pt(16)
    x.font.color.rgb = RGBColor(0x7B, 0x2C, 0x83)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, alias, tag, value):
        cs = t.add_row().cells
        _set_cell(cs[0], label, bold=True)
        cs[1].paragraphs[0]._p.append(_sdt_run(alias, tag, value, "Cliquez ou appuyez ici pour entrer du texte."))

    row("Nom de l'association", "Nom", "nom_asso", r["org"])
    cs = t.add_row().cells
    _set_cell(cs[0], "Statut", bold=True)
    para = cs[1].paragraphs[0]
    for lab, on in [("Association loi 1901", True), ("Collectivité", False), ("Autre", False)]:
        para._p.append(_sdt_check(lab, "statut_" + lab[:5].lower(), on))
        para.add_run(" " + lab + "   ")
    row("Adresse du siège", "Adresse", "adresse", r["addr"])
    row("Code postal", "CP", "cp", r["pc"])
    row("Commune", "Commune", "commune", r["town"])
    row("Présidente / contact", "Contact", "contact", r["contact_w"])
    row("Téléphone", "Téléphone", "tel", r["phone"])
    row("Adresse mail", "Mail", "mail", r["email"])
    row("Titre du projet", "Titre", "titre", r["title"])
    row("Description", "Description", "description", r["descr"])
    row("Participation des habitants", "Participation", "participation", r["partic"])
    row("Calendrier", "Calendrier", "calendrier", r["timing"])
    d.add_paragraph()
    d.add_paragraph().add_run("Budget prévisionnel").bold = True
    b = d.add_table(rows=1, cols=2)
    b.style = "Light Grid Accent 4" if "Light Grid Accent 4" in [s.name for s in d.styles] else "Table Grid"
    _set_cell(b.rows[0].cells[0], "Dépense", bold=True)
    _set_cell(b.rows[0].cells[1], "Montant", bold=True)
    for k, v in r["budget"]:
        c = b.add_row().cells
        _set_cell(c[0], k)
        _set_cell(c[1], v)
    d.add_paragraph()
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for lab, tag, v in [("Coût total du projet", "total", r["total"]), ("Autofinancement", "autofi", r["own"]),
                        ("Montant demandé", "demande", r["request"])]:
        cs = t2.add_row().cells
        _set_cell(cs[0], lab, bold=True)
        cs[1].paragraphs[0]._p.append(_sdt_run(lab, tag, v, "Cliquez ou appuyez ici pour entrer du texte."))
    return _bytes(d)


# ---------------------------------------------------------------- T27 fr: numbered questions, answers on the same line
def docx_numbered(r, rng):
    d = _doc("Arial", 11, author="Gérard", title="demande")
    p = d.add_paragraph()
    x = p.add_run("Appel à projets Partons 2.0 - Questionnaire")
    x.bold = True
    x.font.size = Pt(13)
    d.add_paragraph()
    qs = [
        ("1. Nom de l'association :", r["org"]),
        ("2. Adresse du siège :", f"{r['addr']}, {r['pc']} {r['town']}"),
        ("3. Nom et fonction du responsable :", f"{r['contact_w']}, {r['role']}"),
        ("4. Téléphone :", r["phone"]),
        ("5. E-mail :", r["email"]),
        ("6. Titre du projet :", r["title"]),
    ]
    for q, a in qs:
        p = d.add_paragraph()
        p.add_run(q).bold = True
        p.add_run(" " + a)
    p = d.add_paragraph()
    p.add_run("7. Décrivez votre projet :").bold = True
    d.add_paragraph(r["descr"])
    p = d.add_paragraph()
    p.add_run("8. Qui participe au projet ?").bold = True
    d.add_paragraph(r["partic"])
    p = d.add_paragraph()
    p.add_run("9. Calendrier :").bold = True
    p.add_run(" " + r["timing"])
    p = d.add_paragraph()
    p.add_run("10. Budget prévisionnel :").bold = True
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _set_cell(t.rows[0].cells[0], "Dépenses", bold=True)
    _set_cell(t.rows[0].cells[1], "Montant", bold=True)
    for k, v in r["budget"]:
        c = t.add_row().cells
        _set_cell(c[0], k)
        _set_cell(c[1], v)
    c = t.add_row().cells
    _set_cell(c[0], "Total", bold=True)
    _set_cell(c[1], r["total"], bold=True)
    p = d.add_paragraph()
    p.add_run("11. Part financée par l'association :").bold = True
    p.add_run(" " + r["own"])
    p = d.add_paragraph()
    p.add_run("12. Somme demandée :").bold = True
    p.add_run(" " + r["request"])
    p = d.add_paragraph()
    p.add_run("13. Autres aides demandées :").bold = True
    p.add_run(" non")
    d.add_paragraph()
    d.add_paragraph(f"Crochte, le {d_fr(r)}")
    d.add_paragraph("Gérard Maes")
    return _bytes(d)


# ---------------------------------------------------------------- letters
def letter_docx_nl(r, rng):
    d = _doc("Cambria", 11, author="Katrien Dewulf", title="Projectidee Het Dorpsloket")
    for ln in [r["org"], f"p/a {r['addr']}", f"{r['pc']} {r['town']}"]:
        p = d.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for ln in ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0"]:
        p = d.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph(f"{r['town']}, 2 juni 2019")
    p = d.add_paragraph()
    p.add_run("Betreft: projectidee 'Het Dorpsloket' - projectenoproep Maak werk van je buurt!").bold = True
    body = [
        "Beste,",
        "Met deze brief dient het Bewonersplatform Beveren-aan-den-IJzer zijn projectidee in voor de projectenoproep "
        "'Maak werk van je buurt!'. Ons dorp heeft sinds de sluiting van de bank en het postkantoor geen enkele plek "
        "meer waar mensen terechtkunnen met een vraag of voor een babbel.",
        "Met 'Het Dorpsloket' willen we het voormalige schoolhuisje in de Oude Kloosterweg inrichten als "
        "dorpsontmoetingspunt: twee voormiddagen per week een loket waar vrijwilligers helpen met formulieren, "
        "een koffiehoek, en drie telewerkplekken die inwoners kunnen reserveren. Het project werd voorbereid op twee "
        "dorpsavonden in maart en april, waar een zestigtal inwoners hun ideeën gaven; de jeugdraad en de "
        "seniorenvereniging zitten mee in de werkgroep.",
        "De totale kostprijs van het project ramen we op 10.250 euro (inrichting en meubilair, begeleiding door een "
        "participatie-expert, communicatie en een openingsdag). Het bewonersplatform brengt zelf 1.500 euro in. "
        "We vragen daarom een steun van 8.750 euro.",
        f"Ik ben de contactpersoon voor dit dossier. U kan mij bereiken op {r['phone']} of via {r['email']}. "
        "Ons postadres is dat van het bewonersplatform hierboven.",
        "Wij nemen graag deel aan het begeleidingstraject en houden de data alvast vrij.",
        "Met vriendelijke groeten,",
    ]
    for b in body:
        d.add_paragraph(b)
    d.add_paragraph()
    d.add_paragraph(f"{r['contact']}\nTrekker Bewonersplatform Beveren-aan-den-IJzer")
    return _bytes(d)


def letter_docx_fr(r, rng):
    d = _doc("Garamond", 12, author="Bruno Wallaert", title="Lettre de candidature")
    for ln in [r["org"], r["addr"], f"{r['pc']} {r['town']}", f"Tél. {r['phone']}", r["email"]]:
        p = d.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for ln in ["À l'attention du coordinateur du projet Partons 2.0", "Province de Flandre occidentale"]:
        p = d.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    p = d.add_paragraph(f"{r['town']}, le {d_fr(r)}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    p.add_run("Objet : candidature à l'appel à projets Partons 2.0 - « Balisage et bancs sur le circuit des chapelles »").bold = True
    body = [
        "Monsieur,",
        "L'Amicale des Randonneurs de Merckeghem a le plaisir de vous présenter sa candidature à l'appel à projets "
        "transfrontalier Partons 2.0. Notre association, qui compte une soixantaine de membres, entretient depuis dix "
        "ans les chemins ruraux du village.",
        "Notre projet, intitulé « Balisage et bancs sur le circuit des chapelles », consiste à baliser une boucle de "
        "neuf kilomètres reliant les chapelles du village, à installer cinq bancs aux points de vue et à éditer une "
        "petite carte réalisée avec les écoliers. Les habitants ont choisi le tracé lors de deux balades ouvertes à "
        "tous au printemps.",
        "Le coût total du projet s'élève à 7 300 €. L'Amicale apporte 800 € sur ses fonds propres ; nous sollicitons "
        "donc une aide de 6 500 € au titre de l'appel à projets.",
        "Je reste à votre disposition pour tout renseignement complémentaire et vous prie d'agréer, Monsieur, "
        "l'expression de mes salutations distinguées.",
    ]
    for b in body:
        d.add_paragraph(b)
    d.add_paragraph()
    d.add_paragraph(f"{r['contact']}\nPrésident de l'Amicale des Randonneurs de Merckeghem")
    return _bytes(d)


DESIGNS = {f.__name__: f for f in [docx_table2, docx_sdt, docx_label_colon, docx_table4, docx_sdt_checkbox,
                                    docx_numbered, letter_docx_nl, letter_docx_fr]}
