# -*- coding: utf-8 -*-
"""Word designs. Dev: X1 (tables), X2 (inline content controls + checkbox controls).
Test: Y1 (bilingual two-column table), Y2 (block-level content controls)."""
import datetime
import io
import random

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor
from xml.sax.saxutils import escape

from common import (fmt_amount, fmt_phone, normalize_zip, COORD_EMAIL, COORD_NAME, COORD_PHONE_FIXED,
                    COORD_PHONE_MOBILE, PROV_STREET, PROV_PC_CITY, SESSIONS)
from texts import role, role_generic_fr, long_date, short_date, pc_city, lc_first

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


class Dx:
    def __init__(self, rec, title):
        self.rec = rec
        self.doc = Document()
        self.sdt_id = 1000 + rec.idx * 100
        d = self.doc
        st = d.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(10)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2)
        sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
        cp = d.core_properties
        cp.author = rec.sender.name
        cp.last_modified_by = rec.sender.name
        cp.title = title
        cp.comments = ""
        cp.subject = ""
        cp.keywords = ""
        cp.category = ""
        cp.revision = 3
        dt = datetime.datetime(*rec.date[:3], 9, 30, 0)
        cp.created = dt - datetime.timedelta(days=2)
        cp.modified = dt

    def p(self, text="", bold=False, italic=False, size=None, style=None, color=None, container=None):
        c = container if container is not None else self.doc
        par = c.add_paragraph(style=style) if style else c.add_paragraph()
        if text:
            r = par.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor(*color)
        return par

    def run(self, par, text, bold=False, italic=False, size=None):
        r = par.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return r

    def heading(self, text, level=2):
        return self.doc.add_heading(text, level=level)

    def table(self, rows, cols, widths=None, style="Table Grid", container=None):
        c = container if container is not None else self.doc
        t = c.add_table(rows=rows, cols=cols)
        t.style = self.doc.styles[style]
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    def cell(self, t, r, c, text, bold=False, size=None, italic=False):
        cell = t.cell(r, c)
        lines = text.split("\n") if isinstance(text, str) else text
        par = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i > 0:
                par = cell.add_paragraph()
            run = par.add_run(ln)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        return cell

    def shade(self, cell, fill="D9E2F3"):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))

    def _next_id(self):
        self.sdt_id += 1
        return self.sdt_id

    def sdt_inline(self, par, text, tag, alias=None, placeholder=None):
        """Plain-text content control inside a paragraph."""
        show = ""
        if not text and placeholder:
            text = placeholder
            show = "<w:showingPlcHdr/>"
            rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
        else:
            rpr = "<w:rPr><w:b/></w:rPr>"
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s<w:text/>'
               '</w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
               % (nsdecls("w"), escape(alias or tag, {'"': "&quot;"}), escape(tag), self._next_id(), show, rpr,
                  escape(text)))
        par._p.append(parse_xml(xml))

    def sdt_check(self, par, checked, tag):
        glyph = "\u2612" if checked else "\u2610"
        xml = ('<w:sdt %s %s><w:sdtPr><w:tag w:val="%s"/><w:id w:val="%d"/><w14:checkbox>'
               '<w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
               '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
               'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
               % (nsdecls("w"), W14, escape(tag), self._next_id(), 1 if checked else 0, glyph))
        par._p.append(parse_xml(xml))

    def sdt_block(self, tag, alias, paragraphs, bold_first=False):
        """Rich-text block content control around one or more paragraphs."""
        body = self.doc.element.body
        inner = "".join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % ("<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else "", escape(t))
                        for i, t in enumerate(paragraphs))
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr>'
               '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (nsdecls("w"), escape(alias, {'"': "&quot;"}),
                                                            escape(tag), self._next_id(), inner))
        el = parse_xml(xml)
        body.insert(len(body) - 1, el)   # before sectPr

    def header_footer(self, head, foot):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = head
        for r in hp.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        fp = sec.footer.paragraphs[0]
        fp.text = foot
        for r in fp.runs:
            r.font.size = Pt(7.5)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def bytes(self):
        buf = io.BytesIO()
        self.doc.save(buf)
        return normalize_zip(buf.getvalue(), "%04d-%02d-%02dT09:30:00" % self.rec.date[:3])


# =====================================================================================
# X1: tables (organisation table, people table with 'X' column, budget with separate line)
# =====================================================================================
X1L = {
    "nl": dict(title="Aanvraagformulier 'Maak werk van je buurt!' 2019",
               head="Provincie West-Vlaanderen  |  Partons 2.0  |  %s" % COORD_EMAIL,
               foot="Provincie West-Vlaanderen - %s, %s - T %s" % (PROV_STREET, PROV_PC_CITY, COORD_PHONE_FIXED),
               intro=("Gebruik dit formulier om je projectidee in te dienen (uiterlijk 16 juni 2019). Vul alle "
                      "grijze vakken in. Telefoonnummers noteer je als 0470 12 34 56, bedragen in euro. "
                      "Vragen? Contacteer %s (%s)." % (COORD_NAME, COORD_PHONE_MOBILE)),
               s1="1. De organisatie",
               org=["Naam van de organisatie", "Juridische vorm", "Ondernemingsnummer", "Adres zetel (straat en nr.)",
                    "Postcode en gemeente", "Telefoon", "E-mail", "Rekeningnummer"],
               s2="2. Bestuur en contactpersoon",
               s2i="Zet een X in de laatste kolom bij de persoon die wij mogen contacteren over dit dossier.",
               ph=["Functie", "Naam", "Adres", "Telefoon", "E-mail", "Contact dossier"],
               s3="3. Het project",
               proj="Project: %s",
               prj=["Locatie", "Korte omschrijving", "Aantal vrijwilligers", "Gewenste start"],
               start="september 2019",
               s4="4. Begroting",
               bh=["Uitgaven", "Bedrag", "Eigen middelen en andere steun", "Bedrag"],
               tot=("Totaal uitgaven", "Totaal eigen middelen en andere steun"),
               req="Gevraagd bedrag bij de provincie (max. € 10.000)",
               s5="5. Ondertekening",
               sign="Opgemaakt te %s op %s. Voor de vereniging: %s, %s.",
               sess="Wij engageren ons om deel te nemen aan de begeleidingssessies (%s)."),
    "fr": dict(title="Dossier de candidature - appel à projets Partons 2.0 - 2019",
               head="Province de Flandre-Occidentale  |  Partons 2.0  |  %s" % COORD_EMAIL,
               foot="Province de Flandre-Occidentale - %s, %s - Tél. %s" % (PROV_STREET, PROV_PC_CITY,
                                                                           COORD_PHONE_FIXED),
               intro=("Ce dossier est à renvoyer au plus tard le 16 juin 2019. Merci de compléter toutes les "
                      "cases grisées. Numéros de téléphone au format 06 12 34 56 78, montants en euros. "
                      "Renseignements : %s (%s)." % (COORD_NAME, COORD_PHONE_MOBILE)),
               s1="1. La structure",
               org=["Nom de la structure", "Forme juridique", "N° RNA / SIRET", "Adresse du siège (n° et rue)",
                    "Code postal et commune", "Téléphone", "Courriel", "IBAN"],
               s2="2. Bureau et personne de contact",
               s2i="Mettez une croix (X) dans la dernière colonne en face de la personne à contacter pour ce dossier.",
               ph=["Fonction", "Nom", "Adresse", "Téléphone", "Courriel", "Contact"],
               s3="3. Le projet",
               proj="Projet : %s",
               prj=["Lieu", "Description", "Nombre de bénévoles", "Démarrage souhaité"],
               start="septembre 2019",
               s4="4. Budget prévisionnel",
               bh=["Dépenses", "Montant", "Fonds propres et autres aides", "Montant"],
               tot=("Total des dépenses", "Total fonds propres et autres aides"),
               req="Montant sollicité auprès de la Province (max. 10 000 €)",
               s5="5. Signature",
               sign="Fait à %s le %s. Pour l'association : %s, %s.",
               sess="Nous nous engageons à participer aux séances d'accompagnement (%s)."),
}


def render_X1(rec):
    lang = rec.lang
    L = X1L[lang]
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = "nat"
    amt = "nl_eur" if lang == "nl" else "fr_eur2"
    x = Dx(rec, L["title"])
    x.header_footer(L["head"], L["foot"])
    x.doc.add_heading(L["title"], level=1)
    x.doc.add_heading(L["proj"] % o["title"], level=2)
    x.p(L["intro"], italic=True, size=8.5, color=(0x55, 0x55, 0x55))
    x.heading(L["s1"])
    num = o.get("number") or ""
    if o.get("siret"):
        num = "%s / %s" % (num, o["siret"])
    vals = [o["org"], o["legal"], num, o["street"], "%s %s" % (o["pc"], o["city"]), fmt_phone(o["phone"], pst),
            o["email"], o["iban"]]
    t = x.table(len(vals), 2, [5.5, 11.5])
    for i, (lab, v) in enumerate(zip(L["org"], vals)):
        x.cell(t, i, 0, lab, bold=True)
        x.shade(t.cell(i, 0), "EDEDED")
        x.cell(t, i, 1, v)
    x.heading(L["s2"])
    x.p(L["s2i"], italic=True, size=8.5)
    roles = ["chair", "secretary", "treasurer", "projectleader"]
    t = x.table(len(roles) + 1, 6, [2.6, 3.0, 3.8, 2.6, 4.0, 1.4])
    for i, h in enumerate(L["ph"]):
        x.cell(t, 0, i, h, bold=True, size=8.5)
        x.shade(t.cell(0, i))
    for j, rk in enumerate(roles):
        per = rec.people[rk]
        fn = role(rk, "nl", per.gender, cap=True) if lang == "nl" else role_generic_fr(rk)
        x.cell(t, j + 1, 0, fn, size=8.5)
        x.cell(t, j + 1, 1, per.name, size=8.5)
        x.cell(t, j + 1, 2, [per.street, pc_city(per)], size=8.5)
        tel = fmt_phone(per.phone, pst)
        if per.phone2 and rk != rec.contact_role:
            tel = [fmt_phone(per.phone2, pst), tel]
        x.cell(t, j + 1, 3, tel, size=8.5)
        x.cell(t, j + 1, 4, per.email, size=8.5)
        x.cell(t, j + 1, 5, "X" if rk == rec.contact_role else "", bold=True)
    x.heading(L["s3"])
    pv = [o["location"], o["summary"], str(o["volunteers"]), L["start"]]
    t = x.table(len(pv), 2, [5.5, 11.5])
    for i, (lab, v) in enumerate(zip(L["prj"], pv)):
        x.cell(t, i, 0, lab, bold=True)
        x.shade(t.cell(i, 0), "EDEDED")
        x.cell(t, i, 1, v)
    x.page_break()
    x.heading(L["s4"])
    exp, inc = b["expenses"], b["income"]
    n = max(len(exp), len(inc))
    t = x.table(n + 2, 4, [5.6, 2.6, 6.2, 2.6])
    for i, h in enumerate(L["bh"]):
        x.cell(t, 0, i, h, bold=True)
        x.shade(t.cell(0, i))
    for i in range(n):
        if i < len(exp):
            x.cell(t, i + 1, 0, exp[i][0])
            x.cell(t, i + 1, 1, fmt_amount(exp[i][1], amt))
        if i < len(inc):
            x.cell(t, i + 1, 2, inc[i][0])
            x.cell(t, i + 1, 3, fmt_amount(inc[i][1], amt))
    x.cell(t, n + 1, 0, L["tot"][0], bold=True)
    x.cell(t, n + 1, 1, fmt_amount(b["total"], amt), bold=True)
    x.cell(t, n + 1, 2, L["tot"][1], bold=True)
    x.cell(t, n + 1, 3, fmt_amount(sum(a for _, a in inc), amt), bold=True)
    x.p("")
    t = x.table(1, 2, [14.4, 2.6])
    x.cell(t, 0, 0, L["req"], bold=True)
    x.shade(t.cell(0, 0), "FFF2CC")
    x.cell(t, 0, 1, fmt_amount(b["requested"], amt), bold=True)
    x.heading(L["s5"])
    x.p(L["sess"] % ", ".join(SESSIONS))
    ch = rec.people["chair"]
    x.p(L["sign"] % (o["city"], short_date(rec.date), ch.name, role("chair", lang, ch.gender)))
    return x.bytes()


# =====================================================================================
# X2: paragraphs with inline content controls, checkbox controls name the contact
# =====================================================================================
X2L = {
    "nl": dict(title="Projectidee indienen - Maak werk van je buurt!",
               adm="Voorbehouden aan de provincie - dossiernummer: ............ - ontvangen: ............",
               s1="Over jullie organisatie",
               org=[("Naam organisatie", "org_naam"), ("Adres zetel", "org_adres"), ("Postcode", "org_postcode"),
                    ("Gemeente", "org_gemeente"), ("Telefoon", "org_telefoon"), ("E-mail", "org_email"),
                    ("Ondernemingsnummer", "org_kbo"), ("Website", "org_website")],
               ph="Klik of tik om tekst in te voeren.",
               s2="Wie is de contactpersoon voor dit dossier?",
               cb=[("chair", "Voorzitter"), ("secretary", "Secretaris"), ("treasurer", "Penningmeester"),
                   ("contact", "Andere persoon (vul het blok 'Andere contactpersoon' in)")],
               s3="Bestuursleden",
               blocks=[("chair", "Voorzitter"), ("secretary", "Secretaris"), ("treasurer", "Penningmeester"),
                       ("contact", "Andere contactpersoon")],
               pf=[("Naam", "naam"), ("Adres", "adres"), ("Postcode en gemeente", "pcgem"), ("Telefoon", "tel"),
                   ("E-mail", "mail")],
               s4="Jullie projectidee",
               prj=[("Titel van het project", "titel"), ("Waar?", "locatie"), ("Wat willen jullie doen?", "omschrijving"),
                    ("Hoeveel vrijwilligers zijn betrokken?", "vrijwilligers")],
               s5="Budget",
               bh=["Uitgavenpost", "Bedrag"], tot="Totale kostprijs",
               own="Eigen inbreng", other="Andere steun", req="Gevraagde steun Maak werk van je buurt (max. € 10.000)",
               s6="Ondertekening", sign="Naam en functie", date="Datum"),
    "fr": dict(title="Déposer une idée de projet - Partons 2.0",
               adm="Réservé à la Province - n° de dossier : ............ - reçu le : ............",
               s1="Votre association",
               org=[("Nom de l'association", "org_naam"), ("Adresse du siège", "org_adres"),
                    ("Code postal", "org_postcode"), ("Commune", "org_gemeente"), ("Téléphone", "org_telefoon"),
                    ("Courriel", "org_email"), ("N° d'entreprise", "org_kbo"), ("Site internet", "org_website")],
               ph="Cliquez ou appuyez ici pour entrer du texte.",
               s2="Qui est la personne de contact pour ce dossier ?",
               cb=[("chair", "Président(e)"), ("secretary", "Secrétaire"), ("treasurer", "Trésorier(ère)"),
                   ("contact", "Autre personne (compléter le cadre « Autre personne de contact »)")],
               s3="Membres du bureau",
               blocks=[("chair", "Président(e)"), ("secretary", "Secrétaire"), ("treasurer", "Trésorier(ère)"),
                       ("contact", "Autre personne de contact")],
               pf=[("Nom", "naam"), ("Adresse", "adres"), ("Code postal et commune", "pcgem"), ("Téléphone", "tel"),
                   ("Courriel", "mail")],
               s4="Votre idée de projet",
               prj=[("Intitulé du projet", "titel"), ("Où ?", "locatie"), ("Que voulez-vous faire ?", "omschrijving"),
                    ("Combien de bénévoles sont impliqués ?", "vrijwilligers")],
               s5="Budget",
               bh=["Poste de dépense", "Montant"], tot="Coût total",
               own="Fonds propres", other="Autres aides", req="Aide sollicitée Partons 2.0 (max. 10 000 €)",
               s6="Signature", sign="Nom et fonction", date="Date"),
}


def render_X2(rec):
    lang = rec.lang
    L = X2L[lang]
    o = rec.org
    b = rec.budget
    pst = "slash" if rec.country == "BE" else "nat"
    amt = "nl_dash" if lang == "nl" else "fr_eur"
    x = Dx(rec, L["title"])
    x.header_footer("Partons 2.0  -  Interreg V France-Wallonie-Vlaanderen",
                    "%s - %s - %s" % (COORD_NAME, COORD_EMAIL, COORD_PHONE_MOBILE))
    t = x.table(1, 1, [17])
    x.cell(t, 0, 0, L["adm"], size=7.5, italic=True)
    x.doc.add_heading(L["title"], level=1)
    x.heading(L["s1"])
    orgvals = [o["org"], o["street"], o["pc"], o["city"], fmt_phone(o["phone"], pst), o["email"],
               o.get("number") or "", o.get("website") or ""]
    for (lab, tag), v in zip(L["org"], orgvals):
        par = x.p(lab + ": " if lang == "nl" else lab + " : ")
        x.sdt_inline(par, v, tag, lab, placeholder=L["ph"])
    x.heading(L["s2"])
    for rk, lab in L["cb"]:
        par = x.p()
        x.sdt_check(par, rk == rec.contact_role, "contact_" + rk)
        x.run(par, " " + lab)
    x.heading(L["s3"])
    for rk, lab in L["blocks"]:
        x.p(lab, bold=True, size=10.5)
        per = rec.people[rk]
        filled = rk != "contact" or rec.contact_role == "contact"
        vals = [per.name, per.street, pc_city(per), fmt_phone(per.phone, pst), per.email] if filled else [""] * 5
        for (flab, ftag), v in zip(L["pf"], vals):
            par = x.p("    " + flab + (": " if lang == "nl" else " : "))
            x.sdt_inline(par, v, "%s_%s" % (rk, ftag), "%s - %s" % (lab, flab), placeholder=L["ph"])
    x.heading(L["s4"])
    pvals = [o["title"], o["location"], o["summary"], str(o["volunteers"])]
    for (lab, tag), v in zip(L["prj"], pvals):
        par = x.p(lab + " ")
        x.sdt_inline(par, v, "project_" + tag, lab, placeholder=L["ph"])
    x.heading(L["s5"])
    t = x.table(len(b["expenses"]) + 2, 2, [13, 4])
    x.cell(t, 0, 0, L["bh"][0], bold=True)
    x.cell(t, 0, 1, L["bh"][1], bold=True)
    for i, (l, a) in enumerate(b["expenses"]):
        x.cell(t, i + 1, 0, l)
        x.sdt_inline(t.cell(i + 1, 1).paragraphs[0], fmt_amount(a, amt), "bedrag_%d" % (i + 1))
    k = len(b["expenses"]) + 1
    x.cell(t, k, 0, L["tot"], bold=True)
    x.sdt_inline(t.cell(k, 1).paragraphs[0], fmt_amount(b["total"], amt), "totaal")
    x.p("")
    par = x.p(L["own"] + ": " if lang == "nl" else L["own"] + " : ")
    x.sdt_inline(par, fmt_amount(b["own"], amt), "eigen_inbreng")
    par = x.p(L["other"] + ": " if lang == "nl" else L["other"] + " : ")
    x.sdt_inline(par, "; ".join("%s %s" % (l, fmt_amount(a, amt)) for l, a in b["income"][1:]), "andere_steun")
    par = x.p(L["req"] + ": " if lang == "nl" else L["req"] + " : ")
    x.sdt_inline(par, fmt_amount(b["requested"], amt), "gevraagd")
    x.heading(L["s6"])
    ch = rec.people["chair"]
    par = x.p(L["sign"] + ": " if lang == "nl" else L["sign"] + " : ")
    x.sdt_inline(par, "%s, %s" % (ch.name, role("chair", lang, ch.gender)), "ondertekenaar")
    par = x.p(L["date"] + ": " if lang == "nl" else L["date"] + " : ")
    x.sdt_inline(par, short_date(rec.date), "datum")
    return x.bytes()


# =====================================================================================
# Y1: bilingual table (Dutch column left, French column right), answers in one language
# =====================================================================================
def render_Y1(rec):
    lang = rec.lang
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = "nat" if rec.country == "BE" else "dots"
    amt = "nl_EUR" if lang == "nl" else "fr_EUR"
    x = Dx(rec, "Aanvraag - Candidature Partons 2.0")
    x.header_footer("Maak werk van je buurt!  /  Partons 2.0  -  Provincie West-Vlaanderen / Province de "
                    "Flandre-Occidentale", "Terug te sturen naar / À renvoyer à : %s - %s, %s"
                    % (COORD_EMAIL, PROV_STREET, PROV_PC_CITY))
    x.doc.add_heading("Aanvraagformulier  /  Formulaire de candidature", level=1)
    x.p("Maak werk van je buurt!  /  Partons 2.0  -  2019", bold=True, size=11)
    x.p("Vul de kolom in uw taal in.  /  Complétez la colonne de votre langue.", italic=True, size=8.5,
        color=(0x55, 0x55, 0x55))
    col = 0 if lang == "nl" else 1

    def person(rk):
        per = rec.people[rk]
        tel = fmt_phone(per.phone, pst)
        lines = [per.name, "%s, %s" % (per.street, pc_city(per)), tel, per.email]
        if per.phone2 and rk != rec.contact_role:
            lines.insert(3, fmt_phone(per.phone2, pst))
        return lines

    ct = rec.contact
    rows = [
        ("Naam van de organisatie", "Nom de l'organisation", [o["org"]]),
        ("Rechtsvorm / ondernemingsnummer", "Statut / n° RNA",
         ["%s - %s" % (o["legal"], o["number"]) if o.get("number") else o["legal"]]),
        ("Adres van de zetel", "Adresse du siège", [o["street"], "%s %s" % (o["pc"], o["city"])]),
        ("Telefoon en e-mail organisatie", "Téléphone et courriel de l'organisation",
         [fmt_phone(o["phone"], pst), o["email"]]),
        ("Voorzitter", "Président(e)", person("chair")),
        ("Secretaris", "Secrétaire", person("secretary")),
        ("Penningmeester", "Trésorier(ère)", person("treasurer")),
        ("Projectverantwoordelijke", "Responsable du projet", person("projectleader")),
        ("Contactpersoon voor dit dossier", "Personne de contact pour ce dossier",
         [role(rec.contact_role, lang, ct.gender, article=True)]),
        ("Naam van het project", "Nom du projet", [o["title"]]),
        ("Plaats van het project", "Lieu du projet", [o["location"]]),
        ("Korte omschrijving", "Description succincte", [o["summary"]]),
    ]
    t = x.table(len(rows) + 1, 2, [8.5, 8.5])
    x.cell(t, 0, 0, "NEDERLANDS", bold=True, size=8)
    x.cell(t, 0, 1, "FRANÇAIS", bold=True, size=8)
    x.shade(t.cell(0, 0))
    x.shade(t.cell(0, 1))
    for i, (nl, fr, vals) in enumerate(rows):
        for c, lab in ((0, nl), (1, fr)):
            cell = t.cell(i + 1, c)
            run = cell.paragraphs[0].add_run(lab)
            run.bold = True
            run.font.size = Pt(8.5)
            if c == col:
                for v in vals:
                    cell.add_paragraph().add_run(v)
            else:
                cell.add_paragraph().add_run("")
    x.p("")
    x.p("Begroting  /  Budget", bold=True, size=11)
    inc = list(b["income"])
    t = x.table(len(b["expenses"]) + len(inc) + 4, 2, [13, 4])
    k = 0
    x.cell(t, k, 0, "Uitgaven / Dépenses", bold=True)
    x.cell(t, k, 1, "Bedrag / Montant", bold=True)
    x.shade(t.cell(k, 0))
    x.shade(t.cell(k, 1))
    for l, a in b["expenses"]:
        k += 1
        x.cell(t, k, 0, l)
        x.cell(t, k, 1, fmt_amount(a, amt))
    k += 1
    x.cell(t, k, 0, "Totale kostprijs / Coût total", bold=True)
    x.cell(t, k, 1, fmt_amount(b["total"], amt), bold=True)
    k += 1
    x.cell(t, k, 0, "Eigen middelen en andere steun / Fonds propres et autres aides", bold=True)
    x.cell(t, k, 1, "Bedrag / Montant", bold=True)
    x.shade(t.cell(k, 0))
    x.shade(t.cell(k, 1))
    for l, a in inc:
        k += 1
        x.cell(t, k, 0, l)
        x.cell(t, k, 1, fmt_amount(a, amt))
    k += 1
    x.cell(t, k, 0, "Subtotaal / Sous-total", bold=True)
    x.cell(t, k, 1, fmt_amount(sum(a for _, a in inc), amt), bold=True)
    x.p("")
    par = x.p("Gevraagd bedrag / Montant demandé (max. 10 000 EUR) : ", bold=True)
    x.run(par, fmt_amount(b["requested"], amt), bold=True)
    x.p("Maximale steun / Aide maximale : 10 000 EUR. Begeleidingssessies / Séances : %s." % ", ".join(SESSIONS),
        size=8.5)
    ch = rec.people["chair"]
    x.p("Handtekening / Signature : %s  -  %s" % (ch.name, short_date(rec.date)))
    t = x.table(1, 1, [17])
    x.cell(t, 0, 0, ["Voorbehouden aan de administratie / Réservé à l'administration",
                     "Ontvangen op / Reçu le : ..........   Dossier : ..........",
                     "Contact provincie / Province : %s, %s, %s" % (COORD_NAME, COORD_PHONE_FIXED, COORD_EMAIL)],
           size=8)
    return x.bytes()


# =====================================================================================
# Y2: block-level content controls, title only in the "Projet :" heading
# =====================================================================================
Y2L = {
    "fr": dict(title="Candidature Partons 2.0", proj="Projet : ",
               head="Partons 2.0 - Appel à projets 2019 - Province de Flandre-Occidentale",
               foot="Dossier à envoyer avant le 16 juin 2019 à %s" % COORD_EMAIL,
               s1="La structure", s2="Le bureau", s3="Personne à contacter pour ce dossier", s4="Le projet",
               s5="Le budget", s6="Engagement",
               web="Site internet / réseaux sociaux", ph="Cliquez ou appuyez ici pour entrer du texte.",
               roles=[("chair", "Président(e)"), ("secretary", "Secrétaire"), ("treasurer", "Trésorier(ère)")],
               sent="La personne à contacter est %s.",
               other="La personne à contacter est %s, %s - %s - %s - tél. %s - %s.",
               om="membre du conseil d'administration",
               loc="Lieu", desc="Description", bh=["Dépenses", "Montant", "Recettes (hors Partons 2.0)", "Montant"],
               tot="Total", totc="Coût total du projet : ", req="Montant demandé : ",
               eng="Nous participerons aux séances d'accompagnement du %s." % ", ".join(SESSIONS),
               sign="Fait à %s, le %s - %s, %s"),
    "nl": dict(title="Aanvraag Maak werk van je buurt!", proj="Project: ",
               head="Maak werk van je buurt! - Projectenoproep 2019 - Provincie West-Vlaanderen",
               foot="Indienen vóór 16 juni 2019 via %s" % COORD_EMAIL,
               s1="De organisatie", s2="Het bestuur", s3="Contactpersoon voor dit dossier", s4="Het project",
               s5="De begroting", s6="Engagement",
               web="Website / sociale media", ph="Klik of tik om tekst in te voeren.",
               roles=[("chair", "Voorzitter"), ("secretary", "Secretaris"), ("treasurer", "Penningmeester")],
               sent="De contactpersoon is %s.",
               other="De contactpersoon is %s, %s - %s - %s - tel. %s - %s.",
               om="lid van de werkgroep",
               loc="Locatie", desc="Omschrijving", bh=["Uitgaven", "Bedrag", "Inkomsten (zonder provinciale steun)", "Bedrag"],
               tot="Totaal", totc="Totale kostprijs van het project: ", req="Gevraagd bedrag: ",
               eng="Wij nemen deel aan de begeleidingssessies van %s." % ", ".join(SESSIONS),
               sign="Opgemaakt te %s op %s - %s, %s"),
}


def render_Y2(rec):
    lang = rec.lang
    L = Y2L[lang]
    o = rec.org
    b = rec.budget
    r = random.Random(rec.extra["rng_seed"])
    pst = r.choice(["dots", "nat"]) if rec.country == "FR" else "slash"
    amt = "fr_eur_nb" if lang == "fr" else "nl_euro"
    x = Dx(rec, L["title"])
    x.header_footer(L["head"], L["foot"])
    h = x.doc.add_heading("", level=1)
    h.add_run(L["proj"])
    x.sdt_inline(h, o["title"], "projet", "Projet")
    x.heading(L["s1"])
    num = o.get("number") or ""
    x.sdt_block("structure", L["s1"], [o["org"], o["street"], "%s %s" % (o["pc"], o["city"]),
                                        fmt_phone(o["phone"], pst), o["email"],
                                        ("RNA " if rec.country == "FR" else "KBO ") + num], bold_first=True)
    par = x.p(L["web"] + " : " if lang == "fr" else L["web"] + ": ")
    x.sdt_inline(par, o.get("website") or "", "web", L["web"], placeholder=L["ph"])
    x.heading(L["s2"])
    for rk, lab in L["roles"]:
        per = rec.people[rk]
        x.p(lab, bold=True)
        lines = [per.name, per.street, pc_city(per), fmt_phone(per.phone, pst), per.email]
        if per.phone2 and rk != rec.contact_role:
            lines.insert(4, fmt_phone(per.phone2, pst))
        x.sdt_block(rk, lab, lines)
    x.heading(L["s3"])
    ct = rec.contact
    if rec.contact_role == "contact":
        s = L["other"] % (ct.name, L["om"], ct.street, pc_city(ct), fmt_phone(ct.phone, pst), ct.email)
    else:
        s = L["sent"] % role(rec.contact_role, lang, ct.gender, article=True)
    x.sdt_block("contact", L["s3"], [s])
    x.heading(L["s4"])
    x.p(L["loc"], bold=True)
    x.sdt_block("lieu", L["loc"], [o["location"]])
    x.p(L["desc"], bold=True)
    x.sdt_block("description", L["desc"], [o["summary"]])
    x.heading(L["s5"])
    exp, inc = b["expenses"], b["income"]
    n = max(len(exp), len(inc))
    t = x.table(n + 2, 4, [6, 2.5, 6, 2.5])
    for i, hh in enumerate(L["bh"]):
        x.cell(t, 0, i, hh, bold=True)
        x.shade(t.cell(0, i), "E2EFDA")
    for i in range(n):
        if i < len(exp):
            x.cell(t, i + 1, 0, exp[i][0])
            x.cell(t, i + 1, 1, fmt_amount(exp[i][1], amt))
        if i < len(inc):
            x.cell(t, i + 1, 2, inc[i][0])
            x.cell(t, i + 1, 3, fmt_amount(inc[i][1], amt))
    x.cell(t, n + 1, 0, L["tot"], bold=True)
    x.cell(t, n + 1, 1, fmt_amount(b["total"], amt), bold=True)
    x.cell(t, n + 1, 2, L["tot"], bold=True)
    x.cell(t, n + 1, 3, fmt_amount(sum(a for _, a in inc), amt), bold=True)
    par = x.p(L["totc"])
    x.sdt_inline(par, fmt_amount(b["total"], amt), "cout_total")
    par = x.p(L["req"])
    x.sdt_inline(par, fmt_amount(b["requested"], amt), "montant_demande")
    x.heading(L["s6"])
    x.p(L["eng"])
    ch = rec.people["chair"]
    x.p(L["sign"] % (o["city"], long_date(rec.date, lang), ch.name, role("chair", lang, ch.gender)))
    return x.bytes()
