# -*- coding: utf-8 -*-
"""Word (.docx) forms made by hand: tab stops, dot leaders, runs of spaces,
underscores, tables with merged and nested cells, two newspaper columns,
check-box characters.  Built with python-docx (no content controls, no fields)."""
import datetime
import io

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from common import money, budget_rows, funding_rows, normalise_zip

BLUE = RGBColor(0x1F, 0x3D, 0x9B)
RED = RGBColor(0x9B, 0x1B, 0x1B)
GREEN = RGBColor(0x2E, 0x6B, 0x30)
GREY = RGBColor(0x66, 0x66, 0x66)
PURPLE = RGBColor(0x5B, 0x2C, 0x83)

ON, OFF = "\u2612", "\u2610"  # ☒ ☐


# ------------------------------------------------------------------ helpers
def new_doc(r, font="Calibri", size=11, title="Aanvraagformulier", margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2)
    cp = d.core_properties
    cp.author = r["contact"]
    cp.last_modified_by = r["contact"]
    cp.title = title
    cp.created = datetime.datetime(2019, 5, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2019, 5, 20, 9, 0, 0)
    cp.revision = 3
    cp.comments = ""
    return d


def save(d):
    b = io.BytesIO()
    d.save(b)
    return normalise_zip(b.getvalue(), first="[Content_Types].xml")


def run(p, text, bold=False, italic=False, color=None, size=None, font=None, underline=False):
    rn = p.add_run(text)
    rn.bold = bold or None
    rn.italic = italic or None
    rn.underline = underline or None
    if color is not None:
        rn.font.color.rgb = color
    if size:
        rn.font.size = Pt(size)
    if font:
        rn.font.name = font
        rpr = rn._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
    return rn


def para(container, *runs, tabs=(), align=None, before=None, after=None, indent=None, style=None):
    """runs: strings or (text, dict(kw)) tuples. tabs: (pos_cm, align, leader)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pf = p.paragraph_format
    for pos, al, lead in tabs:
        pf.tab_stops.add_tab_stop(Cm(pos), al, lead)
    if align is not None:
        p.alignment = align
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    for x in runs:
        if isinstance(x, str):
            run(p, x)
        else:
            run(p, x[0], **x[1])
    return p


def cell_text(cell, lines, first=True, **kw):
    """Write lines into a cell; line breaks inside one paragraph (Shift+Enter)."""
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    for i, ln in enumerate(lines):
        if isinstance(ln, str):
            ln = [(ln, kw)]
        for t, k in ln:
            run(p, t, **k)
        if i < len(lines) - 1:
            p.runs[-1].add_break()
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def columns(section, num, space_cm=1.0, sep=False):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep:
        cols.set(qn("w:sep"), "1")


def column_break(p):
    p.add_run().add_break(WD_BREAK.COLUMN)


def bottom_border(p, sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "auto")
    bdr.append(b)
    pPr.append(bdr)


L, R, C = WD_TAB_ALIGNMENT.LEFT, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_ALIGNMENT.CENTER
DOTS, NONE, LINE = WD_TAB_LEADER.DOTS, WD_TAB_LEADER.SPACES, WD_TAB_LEADER.LINES
B = {"bold": True}


# ----------------------------------------------------------------- dev-011
def dev_011(r):
    d = new_doc(r, "Calibri", 11, "Aanvraagformulier projectidee")
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "Provincie West-Vlaanderen \u2013 projectenoproep \u2018Maak werk van je buurt\u2019 \u2013 "
            "terugsturen naar jonas.polin@west-vlaanderen.be", size=8, color=GREY)
    para(d, ("AANVRAAGFORMULIER PROJECTIDEE", {"bold": True, "size": 16}), align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, ("Maak werk van je buurt! \u2013 Partons 2.0 \u2013 indienen v\u00f3\u00f3r 16 juni 2019",
             {"italic": True}), align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    T1 = [(6.0, L, DOTS)]
    T2 = [(2.6, L, DOTS), (8.5, L, NONE), (11.0, L, DOTS)]

    def head(t):
        para(d, (t, {"bold": True, "underline": True}), before=10, after=4)

    head("GEGEVENS AANVRAGER")
    para(d, "Naam vereniging\t" + r["org"], tabs=T1)
    para(d, "Type aanvrager\t" + OFF + " vzw   " + ON + " feitelijke vereniging   " + OFF + " lokaal bestuur   "
         + OFF + " handelaar", tabs=T1)
    para(d, "Voorzitter\t" + r["people"]["chair"] + "\tGsm\t" + r["people"]["chair_phone"],
         tabs=[(6.0, L, DOTS), (11.0, L, NONE), (12.2, L, DOTS)])
    para(d, "Contactpersoon voor dit dossier\t" + r["contact"] + " (" + r["role"] + ")", tabs=T1)
    para(d, "Adres\t" + r["address"], tabs=T1)
    para(d, "Postcode\t" + r["postcode"] + "\tGemeente\t" + r["municipality"], tabs=T2)
    para(d, "Gsm\t" + r["phone_w"] + "\tE-mail\t" + r["email"], tabs=T2)
    head("HET PROJECT")
    para(d, "Titel\t" + r["title"], tabs=T1)
    para(d, "Korte omschrijving", after=0)
    para(d, (r["desc"], {"italic": True}), indent=0.8)
    para(d, "Partners\tgemeente Poperinge (marktleider), landbouwersbond, Franse producenten uit Watou en "
         "Houtkerque", tabs=T1)
    para(d, "Aantal vrijwilligers\t" + r["volunteers"] + "\tStart\t" + r["start"],
         tabs=[(6.0, L, DOTS), (8.5, L, NONE), (11.0, L, DOTS)])
    head("BEGROTING")
    TR = [(13.5, R, DOTS)]
    for lab, a in budget_rows(r):
        para(d, lab + "\t" + money(a, "be", "\u20ac "), tabs=TR, after=0)
    para(d, ("TOTAAL\t" + r["total_w"], B), tabs=TR, before=4)
    para(d, "Eigen inbreng comit\u00e9\t" + money(funding_rows(r)[0][1], "be", "\u20ac "), tabs=TR)
    para(d, ("Gevraagd bedrag (max. \u20ac 10.000)\t" + r["req_w"], B), tabs=TR)
    para(d, "Datum: 12 juni 2019\tHandtekening: W. Vanneste", tabs=[(9.0, L, NONE)], before=18)
    return save(d)


# ----------------------------------------------------------------- dev-012
def dev_012(r):
    d = new_doc(r, "Arial", 10, "Formulier Buurthuis De Kring")
    t = d.add_table(rows=11, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [3.2, 4.0, 9.8])
    top = t.cell(0, 0).merge(t.cell(0, 2))
    cell_text(top, [[("AANVRAAGFORMULIER \u2013 Maak werk van je buurt!", B)],
                    [("Projectenoproep Partons 2.0 \u2013 Provincie West-Vlaanderen", {"size": 8})]])
    shade(top, "D9D9D9")
    a = t.cell(1, 0).merge(t.cell(3, 0))
    cell_text(a, [[("Aanvrager", B)]])
    shade(a, "F2F2F2")
    x = t.cell(1, 1).merge(t.cell(1, 2))
    cell_text(x, ["Naam: " + r["org"], "KBO-nummer: " + r["people"]["kbo"], "IBAN: " + r["people"]["iban"],
                  "Voorzitter: " + r["people"]["chair"]])
    cell_text(t.cell(2, 1), ["Contactpersoon"])
    cell_text(t.cell(2, 2), [[(r["contact"], {"color": BLUE}), (" (" + r["role"] + ")", {})]])
    cell_text(t.cell(3, 1), ["Adres"])
    c = t.cell(3, 2)
    inner = c.add_table(rows=3, cols=2)
    inner.style = "Table Grid"
    set_widths(inner, [3.5, 5.8])
    cell_text(inner.cell(0, 0), ["Straat + nr"])
    cell_text(inner.cell(0, 1), [[(r["address"], {"color": BLUE})]])
    cell_text(inner.cell(1, 0), ["Postcode + gemeente"])
    cell_text(inner.cell(1, 1), [[(r["postcode"] + " " + r["municipality"], {"color": BLUE})]])
    cell_text(inner.cell(2, 0), ["Tel. / e-mail"])
    cell_text(inner.cell(2, 1), [[(r["phone_w"], {"color": BLUE})], [(r["email"], {"color": BLUE})]])
    cell_text(c, ["(adres van de contactpersoon = adres buurthuis)"])
    c.paragraphs[0].runs[0].italic = True
    c.paragraphs[0].runs[0].font.size = Pt(8)
    p = t.cell(4, 0).merge(t.cell(6, 0))
    cell_text(p, [[("Project", B)]])
    shade(p, "F2F2F2")
    cell_text(t.cell(4, 1), ["Titel"])
    cell_text(t.cell(4, 2), [[(r["title"], {"color": BLUE, "bold": True})]])
    cell_text(t.cell(5, 1), ["Omschrijving"])
    cell_text(t.cell(5, 2), [[(r["desc"], {"color": BLUE})]])
    cell_text(t.cell(6, 1), ["Planning"])
    cell_text(t.cell(6, 2), [[("Start " + r["start"] + ", daarna elke dinsdag digitaal caf\u00e9", {"color": BLUE})]])
    f = t.cell(7, 0).merge(t.cell(10, 0))
    cell_text(f, [[("Financieel", B)]])
    shade(f, "F2F2F2")
    cell_text(t.cell(7, 1), ["Uitgaven"])
    bc = t.cell(7, 2)
    bl = budget_rows(r)
    bt = bc.add_table(rows=len(bl) + 1, cols=2)
    bt.style = "Table Grid"
    set_widths(bt, [6.8, 2.5])
    for i, (lab, am) in enumerate(bl):
        cell_text(bt.cell(i, 0), [lab])
        cell_text(bt.cell(i, 1), [money(am, "be2", "")]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell_text(bt.cell(len(bl), 0), [[("Totaal (EUR)", B)]])
    cell_text(bt.cell(len(bl), 1), [[(money(r["total"], "be2", ""), B)]]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell_text(t.cell(8, 1), ["Totale kostprijs"])
    cell_text(t.cell(8, 2), [[(r["total_w"], {"color": BLUE})]])
    cell_text(t.cell(9, 1), ["Gevraagd aan Partons 2.0"])
    cell_text(t.cell(9, 2), [[(r["req_w"], {"color": BLUE, "bold": True})],
                             [("(maximum 10.000 EUR per project)", {"size": 8, "italic": True})]])
    cell_text(t.cell(10, 1), ["Eigen inbreng"])
    cell_text(t.cell(10, 2), [[(money(funding_rows(r)[0][1], "be2", " EUR"), {"color": BLUE})]])
    para(d, "")
    para(d, "Nieuwpoort, 3 juni 2019", after=14)
    para(d, "Voor de vzw,\t\t" + r["contact"], tabs=[(3, L, NONE), (9, L, NONE)])
    return save(d)


# ----------------------------------------------------------------- dev-013
def dev_013(r):
    d = new_doc(r, "Cambria", 10.5, "Dossier de candidature")
    para(d, ("Appel \u00e0 projets Partons 2.0", {"bold": True, "size": 18, "color": PURPLE}), after=0)
    p = para(d, ("\u00ab Faites vivre votre village \u00bb \u2013 dossier de candidature 2019", {"italic": True}),
             after=6)
    bottom_border(p)
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    columns(sec, 2, 1.0, sep=True)
    V = {"color": RED}

    def lv(label, value, **k):
        return para(d, (label + " : ", B), (value, V), after=3, **k)

    para(d, ("LE PORTEUR DU PROJET", {"bold": True, "color": PURPLE}), after=4)
    lv("Structure", r["org"])
    para(d, ("Vous \u00eates : ", B), ON + " une association  " + OFF + " un collectif d'habitants  " + OFF
         + " une commune", after=3)
    lv("N\u00b0 RNA", r["people"]["rna"])
    lv("Pr\u00e9sidente", r["people"]["chair"])
    lv("Personne \u00e0 contacter", r["contact"] + ", " + r["role"])
    lv("Adresse", r["address"])
    lv("Code postal / ville", r["postcode"] + " " + r["municipality"])
    lv("Portable", r["phone_w"])
    lv("Courriel", r["email"])
    para(d, ("LE PROJET", {"bold": True, "color": PURPLE}), before=8, after=4)
    lv("Titre", r["title"])
    para(d, ("Description : ", B), (r["desc"], V), after=3)
    lv("Lieu", "ancienne salle paroissiale, rue de l'\u00c9glise")
    p = lv("B\u00e9n\u00e9voles", r["volunteers"] + " personnes")
    column_break(p)
    para(d, ("LE BUDGET", {"bold": True, "color": PURPLE}), after=4)
    TR = [(7.6, R, DOTS)]
    for lab, a in budget_rows(r):
        para(d, lab + "\t", (money(a, "plain", " \u20ac"), V), tabs=TR, after=1)
    para(d, ("Total des d\u00e9penses\t", B), (r["total_w"], dict(V, bold=True)), tabs=TR, before=4, after=6)
    para(d, ("Ressources", {"italic": True}), after=2)
    para(d, "Aide demand\u00e9e (Partons 2.0)\t", (r["req_w"], dict(V, bold=True)), tabs=TR, after=1)
    para(d, "Adh\u00e9sions et dons\t", (money(funding_rows(r)[0][1], "plain", " \u20ac"), V), tabs=TR, after=6)
    para(d, ("Rappel : l'aide est plafonn\u00e9e \u00e0 10 000 \u20ac par projet.", {"italic": True, "size": 8.5,
                                                                                       "color": GREY}))
    para(d, ("CALENDRIER", {"bold": True, "color": PURPLE}), before=8, after=4)
    para(d, ("D\u00e9marrage : ", B), (r["start"], V))
    para(d, ("Premier repair caf\u00e9 : ", B), ("samedi 5 octobre 2019", V))
    para(d, ("ENGAGEMENT", {"bold": True, "color": PURPLE}), before=8, after=4)
    para(d, ON + " Nous participerons aux sessions d'accompagnement (26/09, 07/11, 28/11, 19/12/2019, 30/01/2020).")
    para(d, ("Wormhout, le 1er juin 2019", {}), before=10)
    para(d, ("Julien Maes", {"italic": True}))
    return save(d)


# ----------------------------------------------------------------- dev-014
def dev_014(r):
    d = new_doc(r, "Calibri", 11, "samentuin")
    para(d, ("Maak werk van je buurt \u2013 ons projectidee", {"bold": True, "size": 14}), after=10)
    V = {"color": BLUE}

    def sp(label, value, n=32):
        # alignment with runs of spaces (as typed, no tab stops)
        pad = " " * max(2, n - len(label))
        return para(d, label + pad, (value, V), after=2)

    sp("Naam vereniging/organisatie:", "", 32).add_run("____ n.v.t. ____ (wij zijn een groep buren, geen vereniging)"
                                                       ).font.color.rgb = BLUE
    sp("Contactpersoon:", r["contact"])
    sp("Straat en nummer:", r["address"])
    sp("Postcode en gemeente:", r["postcode"] + " " + r["municipality"])
    sp("Telefoon/gsm:", r["phone_w"])
    sp("E-mail:", r["email"])
    sp("Andere trekkers:", r["people"]["neighbours"])
    para(d, "")
    para(d, "Titel van het project:  ____", (r["title"], dict(V, bold=True)), "______________")
    para(d, "Wat willen we doen?  ", (r["desc"], V), after=6)
    para(d, "Wie doet mee?  ____", (r["volunteers"] + " gezinnen uit de straat, de school en de eigenaar van "
                                    "het perceel", V), "____")
    para(d, "Wanneer?  ____", (r["start"] + " (eerste plantdag)", V), "____")
    para(d, "")
    para(d, ("Wat kost het?", B))
    for lab, a in budget_rows(r):
        para(d, "     " + lab + " " * max(2, 44 - len(lab)), (money(a, "be2", " euro"), V), after=0)
    para(d, "     Totaal" + " " * 38, (r["total_w"], dict(V, bold=True)), before=4)
    para(d, "")
    para(d, "Bedrag dat we vragen:   ____", (r["req_w"], dict(V, bold=True)), "____   (max. 10.000 euro)")
    para(d, "Wat brengen we zelf in:   ____", (money(funding_rows(r)[0][1], "be2", " euro"), V),
         "____ (bijdrage van de deelnemende buren)")
    para(d, "")
    para(d, "Boezinge, 9 juni 2019" + " " * 30 + "Sofie Maertens")
    return save(d)


# ----------------------------------------------------------------- dev-015
def dev_015(r):
    d = new_doc(r, "Times New Roman", 11, "Fiche projet")
    para(d, ("FICHE PROJET", {"bold": True, "size": 16}), align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(d, "Appel \u00e0 projets \u00ab Maak werk van je buurt \u00bb \u2013 Partons 2.0 (Interreg V)",
         align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    t = d.add_table(rows=12, cols=2)
    t.style = "Table Grid"
    set_widths(t, [5.0, 12.0])
    V = {"bold": True}

    def sect(i, txt):
        c = t.cell(i, 0).merge(t.cell(i, 1))
        cell_text(c, [[(txt, {"bold": True, "color": RGBColor(0xFF, 0xFF, 0xFF)})]])
        shade(c, "4F6228")

    def row(i, label, lines):
        cell_text(t.cell(i, 0), [label])
        cell_text(t.cell(i, 1), lines, **V)

    sect(0, "1 \u2013 PORTEUR DU PROJET")
    row(1, "NOM DE L'ASSOCIATION", [r["org"]])
    row(2, "PR\u00c9SIDENT", [r["people"]["chair"] + " \u2013 " + r["people"]["chair_phone"]])
    row(3, "PERSONNE RESSOURCE", [r["contact"] + " (" + r["role"] + ")"])
    row(4, "COORDONN\u00c9ES DE LA PERSONNE RESSOURCE",
        ["T\u00e9l. : " + r["phone_w"], "Mail : " + r["email"],
         "Adresse : " + r["address"] + ", " + r["postcode"] + " " + r["municipality"]])
    sect(5, "2 \u2013 LE PROJET")
    row(6, "INTITUL\u00c9", [r["title"]])
    row(7, "DESCRIPTION", [r["desc"]])
    row(8, "PUBLIC ET B\u00c9N\u00c9VOLES", ["enfants et familles de la r\u00e9sidence, " + r["volunteers"]
                                             + " b\u00e9n\u00e9voles"])
    sect(9, "3 \u2013 FINANCEMENT")
    cell_text(t.cell(10, 0), ["BUDGET D\u00c9TAILL\u00c9"])
    c = t.cell(10, 1)
    bl = budget_rows(r)
    bt = c.add_table(rows=len(bl) + 1, cols=2)
    bt.style = "Table Grid"
    set_widths(bt, [8.5, 3.0])
    for i, (lab, a) in enumerate(bl):
        cell_text(bt.cell(i, 0), [lab])
        cell_text(bt.cell(i, 1), [money(a, "fr", " \u20ac")]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell_text(bt.cell(len(bl), 0), [[("CO\u00dbT TOTAL", B)]])
    cell_text(bt.cell(len(bl), 1), [[(r["total_w"], B)]]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell_text(t.cell(11, 0), ["AIDE SOLLICIT\u00c9E"])
    cell_text(t.cell(11, 1), [[(r["req_w"], B)],
                              [("autre financement : bailleur social " + money(funding_rows(r)[0][1], "fr", " euros"),
                                {})]])
    para(d, "")
    para(d, "Fait \u00e0 Hazebrouck, le 28 mai 2019\tSignature", tabs=[(11, L, NONE)])
    para(d, "\tK. Benali", tabs=[(11, L, NONE)])
    return save(d)


# ================================================================== TEST half
# ----------------------------------------------------------------- test-011
def test_011(r):
    d = new_doc(r, "Times New Roman", 12, "Fiche de candidature", margins=2.2)
    fp = d.sections[0].footer.paragraphs[0]
    run(fp, "Province de Flandre-Occidentale \u2013 Woumenweg 100 \u2013 8600 Diksmuide \u2013 "
            "+32 51 51 94 37 \u2013 jonas.polin@west-vlaanderen.be", size=8, italic=True)
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell_text(box.cell(0, 0), [[("FICHE DE CANDIDATURE", {"bold": True, "size": 15})],
                               [("Appel \u00e0 projets transfrontalier Partons 2.0 \u2013 2019", {"italic": True})]]
              ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "")
    T1 = [(5.5, L, DOTS)]
    T2 = [(3.0, L, DOTS), (8.0, L, NONE), (10.5, L, DOTS)]

    def h(t):
        para(d, (t, {"bold": True, "size": 12.5}), before=8, after=4)

    h("1. Le porteur de projet")
    para(d, "D\u00e9nomination\t" + r["org"], tabs=T1)
    para(d, "Nature\t" + ON + " association  " + OFF + " collectif  " + OFF + " commerce  " + OFF + " commune",
         tabs=T1)
    para(d, "Pr\u00e9sidente\t" + r["people"]["chair"] + "\tT\u00e9l.\t" + r["people"]["chair_phone"],
         tabs=[(5.5, L, DOTS), (10.5, L, NONE), (11.5, L, DOTS)])
    para(d, "Contact pour le dossier\t" + r["contact"] + ", " + r["role"], tabs=T1)
    para(d, "N\u00b0 et rue\t" + r["address"], tabs=T1)
    para(d, "CP\t" + r["postcode"] + "\tVille\t" + r["municipality"], tabs=T2)
    para(d, "T\u00e9l.\t" + r["phone_w"] + "\tMail\t" + r["email"], tabs=T2)
    h("2. Le projet")
    para(d, "Titre\t" + r["title"], tabs=[(2.5, L, DOTS)])
    para(d, "Objectifs et description :", after=0)
    para(d, r["desc"], indent=1.0)
    para(d, "Nombre de b\u00e9n\u00e9voles\t" + r["volunteers"] + "\tD\u00e9but\t" + r["start"],
         tabs=[(5.5, L, DOTS), (8.0, L, NONE), (10.5, L, DOTS)])
    h("3. Budget")
    TR = [(15.0, R, DOTS)]
    for lab, a in budget_rows(r):
        para(d, "\u2022 " + lab + "\t" + money(a, "be2", " \u20ac"), tabs=TR, after=0)
    para(d, ("Co\u00fbt total\t" + r["total_w"], B), tabs=TR, before=4)
    para(d, "Autofinancement\t" + money(funding_rows(r)[0][1], "be2", " \u20ac"), tabs=TR)
    para(d, ("Subvention demand\u00e9e \u00e0 Partons 2.0 (10 000 \u20ac max.)\t" + r["req_w"], B), tabs=TR)
    para(d, "")
    para(d, "Fait \u00e0 Bourbourg, le 5 juin 2019\tLe secr\u00e9taire, Y. Lamote", tabs=[(9.5, L, NONE)])
    return save(d)


# ----------------------------------------------------------------- test-012
def test_012(r):
    d = new_doc(r, "Verdana", 9, "Projectfiche")
    para(d, ("Projectfiche Zorgzame Buurt \u2013 oproep \u2018Maak werk van je buurt!\u2019",
             {"bold": True, "size": 13}), after=8)
    t = d.add_table(rows=10, cols=3)
    t.style = "Table Grid"
    set_widths(t, [2.8, 4.2, 10.0])
    g = t.cell(0, 0).merge(t.cell(4, 0))
    cell_text(g, [[("AANVRAGER", B)]])
    shade(g, "DDEBF7")
    rows = [("Naam vereniging", [r["org"]]),
            ("Juridische gegevens", ["KBO " + r["people"]["kbo"], "Rekeningnr. " + r["people"]["iban"]]),
            ("Contactpersoon", [r["contact"], r["role"]]),
            ("Adres", [r["address"], r["postcode"] + "  " + r["municipality"]]),
            ("Bereikbaarheid", ["tel " + r["phone_w"], r["email"]])]
    for i, (lab, lines) in enumerate(rows):
        cell_text(t.cell(i, 1), [lab])
        cell_text(t.cell(i, 2), lines)
    g = t.cell(5, 0).merge(t.cell(7, 0))
    cell_text(g, [[("PROJECT", B)]])
    shade(g, "DDEBF7")
    cell_text(t.cell(5, 1), ["Titel"])
    cell_text(t.cell(5, 2), [[(r["title"], B)]])
    cell_text(t.cell(6, 1), ["Beschrijving"])
    cell_text(t.cell(6, 2), [r["desc"], "Vrijwilligers: " + r["volunteers"], "Start: " + r["start"]])
    cell_text(t.cell(7, 1), ["Penningmeester"])
    cell_text(t.cell(7, 2), [r["people"]["treasurer"]])
    g = t.cell(8, 0).merge(t.cell(9, 0))
    cell_text(g, [[("BUDGET", B)]])
    shade(g, "DDEBF7")
    cell_text(t.cell(8, 1), ["Kosten"])
    c = t.cell(8, 2)
    bl = budget_rows(r)
    bt = c.add_table(rows=len(bl) + 2, cols=2)
    bt.style = "Table Grid"
    set_widths(bt, [6.5, 3.0])
    cell_text(bt.cell(0, 0), [[("post", {"italic": True})]])
    cell_text(bt.cell(0, 1), [[("bedrag", {"italic": True})]])
    for i, (lab, a) in enumerate(bl, 1):
        cell_text(bt.cell(i, 0), [lab])
        cell_text(bt.cell(i, 1), [money(a, "plain", " \u20ac")]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tot = bt.cell(len(bl) + 1, 0).merge(bt.cell(len(bl) + 1, 1))
    cell_text(tot, [[("Totale kostprijs: " + r["total_w"], B)]]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell_text(t.cell(9, 1), ["Financiering"])
    cell_text(t.cell(9, 2), [[("Gevraagd aan Partons 2.0: ", {}), (r["req_w"], B)],
                             "Eigen middelen vzw: " + money(funding_rows(r)[0][1], "plain", " \u20ac")])
    para(d, "")
    para(d, "Westvleteren, 23 mei 2019")
    return save(d)


# ----------------------------------------------------------------- test-013
def test_013(r):
    d = new_doc(r, "Arial", 10, "Frigo solidaire")
    para(d, ("PARTONS 2.0 \u2013 FAITES BOUGER VOTRE QUARTIER", {"bold": True, "size": 14, "color": GREEN}))
    para(d, "Formulaire de candidature \u2013 \u00e0 envoyer au plus tard le 16 juin 2019", after=8)
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    columns(sec, 2, 0.8)
    V = {"color": GREEN, "bold": True}
    T = [(3.3, L, NONE)]

    def lv(label, value, after=2):
        return para(d, label + "\t", (value, V) if value else "", tabs=T, after=after)

    para(d, ("QUI \u00caTES-VOUS", B), after=4)
    lv("Groupe", r["org"])
    lv("Statut", "collectif d'habitants (non d\u00e9clar\u00e9)")
    lv("Contact", r["contact"])
    lv("R\u00f4le", r["role"])
    lv("Adresse", r["address"])
    lv("Code postal", r["postcode"])
    lv("Commune", r["municipality"])
    lv("T\u00e9l\u00e9phone", "")
    lv("Courriel", r["email"])
    para(d, ("VOTRE PROJET", B), before=8, after=4)
    lv("Titre", r["title"])
    para(d, "Description", after=0)
    para(d, (r["desc"], {"color": GREEN}), indent=0.4)
    lv("Lieu", "devant la salle des f\u00eates")
    p = lv("Lancement", r["start"])
    column_break(p)
    para(d, ("BUDGET PR\u00c9VISIONNEL", B), after=4)
    TR = [(7.8, R, NONE)]
    for lab, a in budget_rows(r):
        para(d, lab + "\t", (money(a, "fr", " \u20ac"), {"color": GREEN}), tabs=TR, after=1)
    para(d, "Total\t", (r["total_w"], V), tabs=TR, before=3, after=6)
    para(d, ("FINANCEMENT", B), after=4)
    para(d, "Demande Partons 2.0\t", (r["req_w"], V), tabs=TR, after=1)
    para(d, "Dons collect\u00e9s\t", (money(funding_rows(r)[0][1], "fr", " \u20ac"), {"color": GREEN}),
         tabs=TR, after=6)
    para(d, ("Pour rappel : aide de 10 000 \u20ac maximum ; accompagnement obligatoire (5 sessions).",
             {"italic": True, "size": 8, "color": GREY}))
    para(d, ("PARTENAIRES", B), before=8, after=4)
    para(d, ("Mairie d'Estaires (mise \u00e0 disposition de l'emplacement), \u00e9picerie du centre, "
             "banque alimentaire", {"color": GREEN}))
    para(d, "Estaires, le 14 juin 2019", before=10)
    return save(d)


# ----------------------------------------------------------------- test-014
def test_014(r):
    d = new_doc(r, "Calibri", 11, "Groene dorpskern")
    hp = d.sections[0].header.paragraphs[0]
    run(hp, "Partons 2.0 \u2013 Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide \u2013 tel. 051 51 94 37",
        size=8, color=GREY)
    para(d, ("PROJECTIDEE \u2013 MAAK WERK VAN JE BUURT!", {"bold": True, "size": 15}), after=2)
    para(d, ("Vul in op de lijntjes. Maximum 2 bladzijden.", {"italic": True, "size": 9}), after=10)
    V = {"bold": True}

    def ul(label, value, tail=6, lead=3):
        return para(d, label + " " + "_" * lead, (value, V), "_" * tail, after=4)

    para(d, ("1. AANVRAGER", B), before=4, after=4)
    ul("Naam bewonersplatform / vereniging:", r["org"])
    ul("Contactpersoon:", r["contact"] + ", " + r["role"], 12)
    ul("Tweede contactpersoon:", r["people"]["second"], 20)
    p = para(d, "Straat + nummer: ___", (r["address"], V), "_______   Postcode: __", (r["postcode"], V),
             "__   Gemeente: __", (r["municipality"], V), "____", after=4)
    p = para(d, "Tel./gsm: ___", (r["phone_w"], V), "______   E-mail: ___", (r["email"], V), "____", after=4)
    para(d, ("2. PROJECT", B), before=8, after=4)
    ul("Titel:", r["title"], 4)
    para(d, "Beschrijving: ___", (r["desc"], V), "___", after=4)
    ul("Aantal betrokken bewoners:", r["volunteers"] + " gezinnen", 20)
    ul("Timing:", r["start"] + " (plantseizoen)", 20)
    para(d, ("3. BUDGET", B), before=8, after=4)
    for lab, a in budget_rows(r):
        para(d, "      " + lab + " " * max(2, 34 - 2 * len(lab) // 2) + "________ ",
             (money(a, "bed", " euro"), V), after=0)
    para(d, "      TOTAAL                              ________ ", (r["total_w"], V), before=4, after=6)
    ul("Gevraagde bijdrage Partons 2.0:", r["req_w"], 10)
    ul("Eigen inbreng bewoners:", money(funding_rows(r)[0][1], "bed", " euro"), 10)
    ul("Bijdrage gemeente Koksijde (toegezegd):", money(funding_rows(r)[1][1], "bed", " euro"), 10)
    para(d, "")
    para(d, "Datum: ___16/06/2019___          Naam + handtekening: ___Tom Verlinde___")
    return save(d)


# ----------------------------------------------------------------- test-015
def test_015(r):
    d = new_doc(r, "Century Gothic", 10, "Dossier Partons 2.0")
    para(d, ("DOSSIER DE CANDIDATURE", {"bold": True, "size": 16}), after=0)
    para(d, ("Partons 2.0 \u2013 Interreg France-Wallonie-Vlaanderen", {"color": GREY}), after=10)
    t = d.add_table(rows=9, cols=2)
    t.style = "Table Grid"
    set_widths(t, [4.5, 12.5])
    hdr = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(hdr, [[("IDENTIFICATION", B)]])
    shade(hdr, "FCE4D6")
    data = [("NOM DU GROUPE", [[(r["org"], B)]]),
            ("CONTACT", [[(r["contact"], B)], [(r["role"], {})]]),
            ("COORDONN\u00c9ES", [[("Adresse  ", {}), (r["address"], B)],
                                  [("            ", {}), (r["postcode"] + " " + r["municipality"], B)],
                                  [("T\u00e9l.  ", {}), (r["phone_w"], B)],
                                  [("Mail  ", {}), (r["email"], B)]]),
            ("AUTRE CONTACT", [[(r["people"]["second"] + "  (t\u00e9l. " + r["people"]["second_phone"] + ")", {})]])]
    for i, (lab, lines) in enumerate(data, 1):
        cell_text(t.cell(i, 0), [lab])
        cell_text(t.cell(i, 1), lines)
    hdr = t.cell(5, 0).merge(t.cell(5, 1))
    cell_text(hdr, [[("PROJET", B)]])
    shade(hdr, "FCE4D6")
    cell_text(t.cell(6, 0), ["TITRE"])
    cell_text(t.cell(6, 1), [[(r["title"], B)]])
    cell_text(t.cell(7, 0), ["DESCRIPTIF"])
    cell_text(t.cell(7, 1), [r["desc"]])
    cell_text(t.cell(8, 0), ["B\u00c9N\u00c9VOLES / D\u00c9BUT"])
    cell_text(t.cell(8, 1), [r["volunteers"] + " / " + r["start"]])
    para(d, "")
    para(d, ("BUDGET", B), after=4)
    bl = budget_rows(r)
    bt = d.add_table(rows=len(bl) + 4, cols=3)
    bt.style = "Table Grid"
    set_widths(bt, [9.0, 3.5, 4.5])
    cell_text(bt.cell(0, 0), [[("Poste", B)]])
    cell_text(bt.cell(0, 1), [[("Montant", B)]])
    cell_text(bt.cell(0, 2), [[("Remarque", B)]])
    notes = ["devis en cours", "2 tables PMR", "", "apéritif offert"]
    for i, (lab, a) in enumerate(bl, 1):
        cell_text(bt.cell(i, 0), [lab])
        cell_text(bt.cell(i, 1), [money(a, "fr2", " euros")]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        cell_text(bt.cell(i, 2), [notes[i - 1] if i - 1 < len(notes) else ""])
    n = len(bl) + 1
    cell_text(bt.cell(n, 0), [[("TOTAL", B)]])
    m = bt.cell(n, 1).merge(bt.cell(n, 2))
    cell_text(m, [[(r["total_w"], B)]])
    cell_text(bt.cell(n + 1, 0), ["Aide demand\u00e9e \u00e0 Partons 2.0"])
    m = bt.cell(n + 1, 1).merge(bt.cell(n + 1, 2))
    cell_text(m, [[(r["req_w"], B)]])
    cell_text(bt.cell(n + 2, 0), ["Fonds propres de l'association"])
    m = bt.cell(n + 2, 1).merge(bt.cell(n + 2, 2))
    cell_text(m, [money(funding_rows(r)[0][1], "fr2", " euros")])
    para(d, "")
    para(d, "Gravelines, le 16 mai 2019 \u2013 le pr\u00e9sident, S. Hennebelle")
    return save(d)


BUILDERS = {"dev-011": dev_011, "dev-012": dev_012, "dev-013": dev_013, "dev-014": dev_014, "dev-015": dev_015,
            "test-011": test_011, "test-012": test_012, "test-013": test_013, "test-014": test_014,
            "test-015": test_015}
