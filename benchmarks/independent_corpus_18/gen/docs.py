# -*- coding: utf-8 -*-
"""Text composition and the born-digital attachments (pdf/docx/odt/xlsx/rtf) of corpus 18."""
import io
import zipfile

from textutil import amt, fr_words, nl_words, phone

MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                 "oktober", "november", "december"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}

# label sets: keys org name email phone street pc town title req total own desc
LABELS = {
    "nl": {
        "A": dict(org="Naam organisatie", name="Contactpersoon", email="E-mail", phone="Telefoon",
                  street="Straat en nummer", pc="Postcode", town="Gemeente", title="Titel van het project",
                  req="Gevraagd bedrag", total="Totale kostprijs", own="Eigen inbreng", desc="Korte omschrijving"),
        "B": dict(org="Vereniging of groep", name="Naam en voornaam contactpersoon", email="E-mailadres",
                  phone="Tel. of gsm", street="Adres", pc="Postnr.", town="Deelgemeente", title="Naam van het project",
                  req="Gevraagde steun (max. 10 000 euro)", total="Totaal budget", own="Eigen middelen",
                  desc="Wat wil je doen?"),
        "C": dict(org="Indiener (organisatie)", name="Verantwoordelijke", email="Mail", phone="GSM",
                  street="Straat + nr", pc="Postcode", town="Woonplaats", title="Projecttitel",
                  req="Bedrag aangevraagd bij Partons 2.0", total="Totale projectkost", own="Eigen inbreng",
                  desc="Beschrijving van het projectidee"),
        "D": dict(org="Wie dient in?", name="Aanspreekpersoon", email="e-mail", phone="telefoonnummer",
                  street="adres", pc="postcode", town="gemeente", title="projectnaam", req="subsidiebedrag",
                  total="begroting totaal", own="zelf in te brengen", desc="omschrijving"),
    },
    "fr": {
        "A": dict(org="Nom de l'association", name="Personne de contact", email="Courriel", phone="Téléphone",
                  street="Adresse", pc="Code postal", town="Commune", title="Intitulé du projet",
                  req="Montant demandé", total="Coût total du projet", own="Autofinancement",
                  desc="Résumé du projet"),
        "B": dict(org="Structure porteuse", name="Nom, prénom du référent", email="Adresse électronique",
                  phone="Tél.", street="N° et rue", pc="CP", town="Ville", title="Titre du projet",
                  req="Aide sollicitée (10 000 € max.)", total="Budget global", own="Apport propre",
                  desc="Description"),
        "C": dict(org="Porteur de projet", name="Responsable", email="E-mail", phone="Portable",
                  street="Adresse postale", pc="Code postal", town="Localité", title="Nom du projet",
                  req="Subvention demandée", total="Montant total", own="Apport propre",
                  desc="Votre idée en quelques lignes"),
        "D": dict(org="Organisme", name="Contact", email="Mél", phone="Numéro de téléphone", street="Domicile",
                  pc="C.P.", town="Commune", title="Projet", req="Montant sollicité",
                  total="Budget prévisionnel total", own="Part financée par nos soins", desc="Présentation"),
    },
}
LABELSET = {"d01": "A", "d02": "A", "d03": "B", "d04": "B", "d05": "C", "d06": "C", "d15": "D", "d16": "D",
            "d19": "C", "t01": "D", "t02": "B", "t03": "C", "t04": "D", "t05": "A", "t06": "A", "t15": "C",
            "t16": "B", "t19": "A"}

FORM_TITLE = {
    "nl": ["Projectenoproep 'Maak werk van je buurt!' - aanvraagformulier", "Maak werk van je buurt! Partons 2.0",
           "AANVRAAGFORMULIER projectidee", "Formulier projectidee Westhoek"],
    "fr": ["Appel à projets « Partons 2.0 » – fiche de candidature", "Partons 2.0 – Formulaire de candidature",
           "FICHE PROJET", "Appel à projets villages et quartiers – Partons 2.0"],
}


def cap_title(s):
    return s


def raw_fields(r):
    """The strings as written in the application for each truth field."""
    d = {}
    if r["org"]:
        d["org"] = r["org"]
    d["name"] = r["name_w"] or "%s %s" % (r["first"], r["last"])
    if r["email"]:
        d["email"] = r["email"]
    if r["phone"]:
        d["phone"] = phone(r["phone"], r["phone_style"])
    if r["street"]:
        d["street"] = r["street"]
    if r["pc"]:
        d["pc"] = r["pc"]
        d["town"] = r["town"]
    d["title"] = r["title"]
    st = r["amt_style"]
    if r["mode"] != "total_own":
        d["req"] = amt(r["req"], st)
    if r["total"] is not None:
        d["total"] = amt(r["total"], st)
    if r["own"] is not None:
        d["own"] = amt(r["own"], st)
    return d


def form_rows(r, raw, labels):
    """(label, value, multiline) rows of a form, in order."""
    rows = []
    if "org" in raw:
        rows.append((labels["org"], raw["org"], False))
    rows.append((labels["name"], raw["name"], False))
    rows.append((labels["street"], raw.get("street", ""), False))
    rows.append((labels["pc"], raw.get("pc", ""), False))
    rows.append((labels["town"], raw.get("town", ""), False))
    rows.append((labels["phone"], raw.get("phone", ""), False))
    rows.append((labels["email"], raw.get("email", ""), False))
    rows.append((labels["title"], raw["title"], False))
    if "req" in raw:
        rows.append((labels["req"], raw["req"], False))
    if "total" in raw:
        rows.append((labels["total"], raw["total"], False))
    if "own" in raw:
        rows.append((labels["own"], raw["own"], False))
    rows.append((labels["desc"], r["desc"], True))
    return rows


def date_line(r, place=True):
    y, m, d = r["date"][:3]
    d = d - 1 if d > 1 else d
    lang = r["lang"]
    mon = MONTHS[lang][m - 1]
    if lang == "nl":
        return ("%s, %d %s %d" % (r["town"], d, mon, y)) if place and r["town"] else "%d %s %d" % (d, mon, y)
    return ("%s, le %d %s %d" % (r["town"], d, mon, y)) if place and r["town"] else "Le %d %s %d" % (d, mon, y)


def money_sentence(r, raw):
    lang, mode = r["lang"], r["mode"]
    words = r["extra"].get("words")
    if lang == "nl":
        we = "ik" if not r["org"] else "wij"
        We = we.capitalize()
        if mode == "req_only":
            if words:
                return "Voor dit project vraag %s een bijdrage van %s (%s euro)." % (we, raw["req"], nl_words(r["req"]))
            return "%s vragen een steun van %s." % (We, raw["req"]) if r["org"] else \
                "Ik vraag een steun van %s." % raw["req"]
        if mode == "req_total":
            return "De totale kostprijs wordt geraamd op %s. %s vragen een bijdrage van %s." % (
                raw["total"], We if r["org"] else "Ik", raw["req"])
        if mode == "req_total_own":
            return ("Het project kost in totaal %s. %s brengen zelf %s in en vragen dus %s aan via deze "
                    "projectenoproep." % (raw["total"], We, raw["own"], raw["req"]))
        if mode == "total_own":
            return ("Het totale budget bedraagt %s, waarvan %s eigen inbreng (vrijwilligerswerk en middelen van de "
                    "werkgroep). Het saldo vragen wij aan via deze oproep." % (raw["total"], raw["own"]))
    else:
        if mode == "req_only":
            if words:
                return "Pour ce projet, je sollicite une aide de %s (%s euros)." % (raw["req"], fr_words(r["req"]))
            return ("Nous sollicitons une aide de %s." if r["org"] else "Je sollicite une aide de %s.") % raw["req"]
        if mode == "req_total":
            return ("Le coût total est estimé à %s ; nous sollicitons une participation de %s (%s euros)."
                    % (raw["total"], raw["req"], fr_words(r["req"]))) if words or r["amt_style"] == "fr_eur_word" \
                else "Le coût total est estimé à %s ; nous sollicitons une participation de %s." % (
                    raw["total"], raw["req"])
        if mode == "req_total_own":
            return ("Le projet représente un coût total de %s. La commune en prend %s à sa charge et sollicite "
                    "donc une aide de %s." % (raw["total"], raw["own"], raw["req"]))
        if mode == "total_own":
            return ("Le budget total s'élève à %s, dont %s d'apport de l'association (cotisations et fête de "
                    "l'école) ; le solde serait couvert par l'appel à projets." % (raw["total"], raw["own"]))
    raise ValueError(mode)


def letter(r, raw):
    """Compose a letter: dict with header lines, subject, salutation, paragraphs, closing, signature lines."""
    lang = r["lang"]
    ex = r["extra"]
    org = r["org"]
    letterhead = bool(org) and (ex.get("letterhead") or ex.get("role") in (
        "schepen van Landbouw en Plattelandsbeleid", "Maire", "Directrice", "secretaris", "Président de l'APE",
        "coördinator werkgroep"))
    namens = bool(org) and not letterhead
    L = {"letterhead": [], "sender": [], "recipient": [], "paras": []}
    name = "%s %s" % (r["first"], r["last"])
    contact = []
    if letterhead:
        L["letterhead"] = [org, "%s - %s %s" % (raw["street"], raw["pc"], raw["town"])]
        tl = []
        if "phone" in raw:
            tl.append(("Tél. " if lang == "fr" else "Tel. ") + raw["phone"])
        if "email" in raw:
            tl.append(raw["email"])
        if tl:
            L["letterhead"].append("  |  ".join(tl))
    else:
        L["sender"] = [name, raw["street"], "%s %s" % (raw["pc"], raw["town"])]
        if "phone" in raw:
            L["sender"].append(raw["phone"])
        if "email" in raw:
            L["sender"].append(raw["email"])
    if lang == "nl":
        L["recipient"] = ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0"]
        L["subject"] = "Betreft: " + raw["title"]
        L["salutation"] = "Geachte heer, mevrouw," if r["id"] not in ("t20",) else "Beste mensen,"
        if namens:
            L["paras"].append("Namens %s dien ik graag een projectidee in voor de oproep 'Maak werk van je buurt!'."
                              % org)
        elif org:
            L["paras"].append("Graag stellen wij onze kandidatuur voor de projectenoproep 'Maak werk van je "
                              "buurt!' voor.")
        else:
            L["paras"].append("Als inwoner van %s wil ik graag een idee indienen voor de projectenoproep 'Maak "
                              "werk van je buurt!'." % r["town"])
        L["paras"].append(r["desc"])
        L["paras"].append(money_sentence(r, raw))
        L["closing"] = "Met vriendelijke groeten," if r["id"] != "d08" else "Hoogachtend,"
    else:
        L["recipient"] = ["Province de Flandre occidentale", "À l'attention du coordinateur Partons 2.0"]
        L["subject"] = "Objet : " + raw["title"]
        L["salutation"] = "Madame, Monsieur," if r["id"] not in ("d20",) else "Monsieur,"
        if namens:
            L["paras"].append("Au nom du %s, je me permets de vous présenter notre projet dans le cadre de "
                              "l'appel à projets « Partons 2.0 »." % org[0].lower() + org[1:]
                              if org.lower().startswith(("club", "collectif")) else
                              "Au nom de %s, je me permets de vous présenter notre projet dans le cadre de "
                              "l'appel à projets « Partons 2.0 »." % org)
        elif org:
            L["paras"].append("Nous avons l'honneur de vous présenter notre candidature à l'appel à projets "
                              "« Partons 2.0 » pour des villages et quartiers vivants.")
        else:
            L["paras"].append("Habitante de %s depuis de nombreuses années, je vous écris au sujet de l'appel "
                              "à projets « Partons 2.0 »." % r["town"] if r["first"] in ("Monique", "Yvonne")
                              else "J'habite %s et je voudrais vous proposer un petit projet pour l'appel "
                                   "« Partons 2.0 »." % r["town"])
        L["paras"].append(r["desc"])
        L["paras"].append(money_sentence(r, raw))
        L["closing"] = ("Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
                        if r["id"] not in ("d20", "t17") else "Avec mes remerciements, bien cordialement,")
    # contact sentence when the letterhead is absent and phone/email are not in a sender block
    L["sign"] = [name]
    if ex.get("role"):
        L["sign"].append(ex["role"])
    if namens and ex.get("role"):
        pass
    return L


# ------------------------------------------------------------ PDF form (AcroForm)
def pdf_form(r, raw):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import Color, black
    from reportlab.pdfbase import acroform
    if not getattr(acroform, "_c18_euro", False):
        # the appearance-stream font uses PDFDocEncoding, where the euro sign is code 160
        _orig = acroform.escPDF
        acroform.escPDF = lambda s: _orig(s.replace("\u20ac", "\xa0"))
        acroform._c18_euro = True
    lang = r["lang"]
    labels = LABELS[lang][LABELSET[r["id"]]]
    rows = form_rows(r, raw, labels)
    widgets = r["extra"]["widgets"]
    keymap = ["org", "name", "email", "phone", "street", "pc", "town", "title", "req", "total", "desc"]
    # widget names by row label key
    lab2key = {v: k for k, v in labels.items()}
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(FORM_TITLE[lang][0 if r["half"] == "dev" else 1])
    W, H = A4
    variant = r["extra"]["variant"]
    y = H - 60
    c.setFont("Helvetica-Bold", 14)
    title = FORM_TITLE[lang][0 if r["half"] == "dev" else 1]
    c.drawString(50, y, title)
    y -= 18
    c.setFont("Helvetica", 8.5)
    sub = ("In te dienen voor 16 juni 2019 bij de projectcoördinator." if lang == "nl"
           else "À renvoyer avant le 16 juin 2019 au coordinateur du projet.")
    c.drawString(50, y, sub)
    y -= 30
    drawn = [title, sub]
    used = {}
    for label, value, multi in rows:
        key = lab2key[label]
        wname = widgets[keymap.index(key)] if key in keymap else "own_contrib"
        if multi:
            # a multi-line field: break the text so the appearance stream shows it wrapped
            from reportlab.pdfbase.pdfmetrics import stringWidth
            words, lines, cur = value.split(), [], ""
            for w_ in words:
                t_ = (cur + " " + w_).strip()
                if stringWidth(t_, "Helvetica", 9) <= (320 if variant == "left" else 485):
                    cur = t_
                else:
                    lines.append(cur)
                    cur = w_
            lines.append(cur)
            value = "\n".join(lines)
        used[wname] = value
        if variant == "left":
            c.setFont("Helvetica", 10)
            c.drawString(50, y + 5, label)
            drawn.append(label)
            h = 70 if multi else 18
            c.acroForm.textfield(name=wname, value=value, x=215, y=y - h + 18, width=330, height=h,
                                 fontName="Helvetica", fontSize=9 if multi else 10, borderWidth=0.6,
                                 borderColor=black, fillColor=Color(0.93, 0.95, 1),
                                 fieldFlags="multiline" if multi else "", forceBorder=True)
            y -= h + 10
        else:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y + 4, label)
            drawn.append(label)
            h = 80 if multi else 18
            c.acroForm.textfield(name=wname, value=value, x=50, y=y - h - 2, width=495, height=h,
                                 fontName="Helvetica", fontSize=9 if multi else 10, borderWidth=0.5,
                                 borderColor=black, fillColor=Color(1, 1, 0.92),
                                 fieldFlags="multiline" if multi else "", forceBorder=True)
            y -= h + 22
    c.setFont("Helvetica-Oblique", 8)
    foot = "Partons 2.0 - Interreg V France-Wallonie-Vlaanderen"
    c.drawString(50, 40, foot)
    drawn.append(foot)
    c.showPage()
    c.save()
    return buf.getvalue(), {"labels_drawn": drawn, "widget_values": used}


# ------------------------------------------------------------ DOCX
def _docx_base():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def _docx_dates(doc, r):
    import datetime
    t = datetime.datetime(*r["date"][:5]) - datetime.timedelta(hours=3)
    doc.core_properties.created = t
    doc.core_properties.modified = t
    doc.core_properties.last_modified_by = "%s %s" % (r["first"], r["last"])
    doc.core_properties.revision = 3


def _add_sdt(p, tag, alias, value):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(a)
    pr.append(t)
    sdt.append(pr)
    ct = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    te = OxmlElement("w:t")
    te.set(qn("xml:space"), "preserve")
    te.text = value
    run.append(te)
    ct.append(run)
    sdt.append(ct)
    p._p.append(sdt)


def docx_form(r, raw):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    lang = r["lang"]
    labels = LABELS[lang][LABELSET[r["id"]]]
    rows = form_rows(r, raw, labels)
    doc = _docx_base()
    v = r["extra"]["variant"]
    title = FORM_TITLE[lang][2 if v in ("table", "grid") else 3]
    h = doc.add_heading(title, level=1)
    intro = ("Vul dit formulier in en mail het naar de projectcoördinator." if lang == "nl"
             else "Merci de compléter cette fiche et de la renvoyer par courriel au coordinateur.")
    doc.add_paragraph(intro)
    if v == "table":
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value, multi in rows:
            if multi:
                continue
            cells = t.add_row().cells
            cells[0].text = label
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = value
        for label, value, multi in rows:
            if multi:
                doc.add_paragraph()
                p = doc.add_paragraph()
                p.add_run(label).bold = True
                doc.add_paragraph(value)
    elif v == "controls":
        for i, (label, value, multi) in enumerate(rows):
            p = doc.add_paragraph()
            p.add_run(label + " : ").bold = True
            if multi:
                p = doc.add_paragraph()
            _add_sdt(p, "champ%02d" % (i + 1), label, value)
    elif v == "inline":
        for label, value, multi in rows:
            p = doc.add_paragraph()
            p.add_run(label + ": ").bold = True
            p.add_run(value)
    elif v == "grid":
        single = [x for x in rows if not x[2]]
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        # title row first, then pairs
        tr = t.add_row().cells
        m = tr[0].merge(tr[3])
        lab, val = [x for x in single if x[0] == labels["title"]][0][:2]
        m.text = ""
        m.paragraphs[0].add_run(lab + " : ").bold = True
        m.paragraphs[0].add_run(val)
        rest = [x for x in single if x[0] != labels["title"]]
        for i in range(0, len(rest), 2):
            cells = t.add_row().cells
            for j in range(2):
                if i + j < len(rest):
                    cells[2 * j].text = rest[i + j][0]
                    cells[2 * j].paragraphs[0].runs[0].bold = True
                    cells[2 * j + 1].text = rest[i + j][1]
        doc.add_paragraph()
        for label, value, multi in rows:
            if multi:
                doc.add_paragraph().add_run(label).bold = True
                doc.add_paragraph(value)
    doc.add_paragraph()
    doc.add_paragraph(date_line(r))
    buf = io.BytesIO()
    doc.core_properties.author = "%s %s" % (r["first"], r["last"])
    _docx_dates(doc, r)
    doc.save(buf)
    return _fix_zip_dates(buf.getvalue(), r["date"]), {"title_drawn": title, "intro": intro, "rows": [[a, b] for a, b, _ in rows]}


def docx_letter(r, raw):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    L = letter(r, raw)
    doc = _docx_base()
    for line in L["sender"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = 0
    doc.add_paragraph()
    for line in L["recipient"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = 0
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    p = doc.add_paragraph(date_line(r))
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.add_run(L["subject"]).bold = True
    doc.add_paragraph(L["salutation"])
    for para in L["paras"]:
        doc.add_paragraph(para)
    doc.add_paragraph(L["closing"])
    doc.add_paragraph()
    for line in L["sign"]:
        doc.add_paragraph(line).paragraph_format.space_after = 0
    buf = io.BytesIO()
    doc.core_properties.author = "%s %s" % (r["first"], r["last"])
    _docx_dates(doc, r)
    doc.save(buf)
    return _fix_zip_dates(buf.getvalue(), r["date"]), {"letter": L}


# ------------------------------------------------------------ PDF letter (text layer)
def pdf_letter(r, raw):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_RIGHT
    from xml.sax.saxutils import escape
    L = letter(r, raw)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=L["subject"], author="%s %s" % (r["first"], r["last"]))
    n = ParagraphStyle("n", fontName="Helvetica", fontSize=10.5, leading=14.5)
    big = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=15, leading=19)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    right = ParagraphStyle("r", parent=n, alignment=TA_RIGHT)
    bold = ParagraphStyle("bo", parent=n, fontName="Helvetica-Bold")
    fl = []
    if L["letterhead"]:
        fl.append(Paragraph(escape(L["letterhead"][0]), big))
        for x in L["letterhead"][1:]:
            fl.append(Paragraph(escape(x), small))
        fl.append(Spacer(1, 14 * mm))
    for x in L["sender"]:
        fl.append(Paragraph(escape(x), n))
    for x in L["recipient"]:
        fl.append(Paragraph(escape(x), right))
    fl.append(Spacer(1, 8 * mm))
    fl.append(Paragraph(escape(date_line(r)), right))
    fl.append(Spacer(1, 8 * mm))
    fl.append(Paragraph(escape(L["subject"]), bold))
    fl.append(Spacer(1, 5 * mm))
    fl.append(Paragraph(escape(L["salutation"]), n))
    fl.append(Spacer(1, 3 * mm))
    for para in L["paras"]:
        fl.append(Paragraph(escape(para), n))
        fl.append(Spacer(1, 3 * mm))
    fl.append(Paragraph(escape(L["closing"]), n))
    fl.append(Spacer(1, 14 * mm))
    for x in L["sign"]:
        fl.append(Paragraph(escape(x), n))
    doc.build(fl)
    return buf.getvalue(), {"letter": L}


# ------------------------------------------------------------ RTF written by hand
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_doc(r, raw):
    L = letter(r, raw)
    e = rtf_escape
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang%s" % ("1036" if r["lang"] == "fr" else "2067"),
             r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}",
             r"{\colortbl ;\red0\green51\blue102;}",
             r"{\*\generator Riched20 10.0.17763}\viewkind4\uc1",
             r"\pard\sa0\sl276\slmult1\f0\fs20\lang%s" % ("1036" if r["lang"] == "fr" else "2067")]
    if L["letterhead"]:
        parts.append(r"{\cf1\b\fs30 %s\par}" % e(L["letterhead"][0]))
        for x in L["letterhead"][1:]:
            parts.append(r"{\fs17 %s\par}" % e(x))
        parts.append(r"\par\par")
    for x in L["sender"]:
        parts.append(e(x) + r"\par")
    parts.append(r"\par\pard\qr\sa0 ")
    for x in L["recipient"]:
        parts.append(e(x) + r"\par")
    parts.append(r"\par " + e(date_line(r)) + r"\par\par\pard\sa200\sl276\slmult1 ")
    parts.append(r"{\b %s}\par" % e(L["subject"]))
    parts.append(e(L["salutation"]) + r"\par")
    for para in L["paras"]:
        parts.append(e(para) + r"\par")
    parts.append(e(L["closing"]) + r"\par\par")
    parts.append(r"\pard\sa0 " + r"\par ".join(e(x) for x in L["sign"]) + r"\par")
    parts.append("}")
    text = "\r\n".join(parts) + "\r\n"
    return text.encode("ascii"), {"letter": L}


# ------------------------------------------------------------ ODT written by hand
def _x(s):
    from xml.sax.saxutils import escape
    return escape(s)


def odt_form(r, raw):
    lang = r["lang"]
    labels = LABELS[lang][LABELSET[r["id"]]]
    rows = form_rows(r, raw, labels)
    v = r["extra"]["variant"]
    title = FORM_TITLE[lang][1 if lang == "nl" else 3]
    body = ['<text:h text:style-name="H1" text:outline-level="1">%s</text:h>' % _x(title)]
    if v == "table":
        body.append('<table:table table:name="Gegevens" table:style-name="Tbl">'
                    '<table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>')
        for label, value, multi in rows:
            body.append('<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Lbl">'
                        '%s</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>%s'
                        '</text:p></table:table-cell></table:table-row>' % (_x(label), _x(value)))
        body.append("</table:table>")
    else:
        for label, value, multi in rows:
            if multi:
                body.append('<text:p text:style-name="Lbl">%s :</text:p><text:p>%s</text:p>' % (_x(label), _x(value)))
            else:
                body.append('<text:p><text:span text:style-name="B">%s :</text:span><text:tab/>%s</text:p>'
                            % (_x(label), _x(value)))
    body.append("<text:p/><text:p>%s</text:p>" % _x(date_line(r)))
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm"/>'
               '</style:style>'
               '<style:style style:name="ColA" style:family="table-column"><style:table-column-properties '
               'style:column-width="6cm"/></style:style>'
               '<style:style style:name="ColB" style:family="table-column"><style:table-column-properties '
               'style:column-width="10cm"/></style:style>'
               '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/>'
               '</style:style>'
               '<style:style style:name="Lbl" style:family="paragraph"><style:text-properties fo:font-weight="bold"/>'
               '</style:style>'
               '<style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="16pt" '
               'fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>' % (ns, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
              'fo:font-size="11pt"/></style:default-style></office:styles></office:document-styles>' % ns)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/6.0.7.3$Linux_X86_64</meta:generator><dc:creator>%s %s</dc:creator>'
            '<meta:creation-date>%04d-%02d-%02dT%02d:%02d:00</meta:creation-date></office:meta>'
            '</office:document-meta>' % ((ns, r["first"], r["last"]) + tuple(r["date"][:5])))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        def w(name, data, comp):
            zi = zipfile.ZipInfo(name, date_time=tuple(r["date"][:5]) + (0,))
            zi.compress_type = comp
            z.writestr(zi, data)
        w("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        w("content.xml", content, zipfile.ZIP_DEFLATED)
        w("styles.xml", styles, zipfile.ZIP_DEFLATED)
        w("meta.xml", meta, zipfile.ZIP_DEFLATED)
        w("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buf.getvalue(), {"title_drawn": title, "rows": [[a, b] for a, b, _ in rows]}


# ------------------------------------------------------------ XLSX
def xlsx_form(r, raw):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    lang = r["lang"]
    labels = LABELS[lang][LABELSET[r["id"]]]
    rows = form_rows(r, raw, labels)
    wb = Workbook()
    ws = wb.active
    ws.title = "Fiche projet" if lang == "fr" else "Aanvraag"
    title = FORM_TITLE[lang][0]
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 38
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["D"].width = 16
    rown = 3
    fill = PatternFill("solid", fgColor="DDEBF7")
    sec = "1. Identification du porteur" if lang == "fr" else "1. Gegevens van de indiener"
    ws.cell(rown, 1, sec).font = Font(bold=True)
    rown += 1
    amount_keys = {labels["req"], labels["total"], labels["own"]}
    for label, value, multi in rows:
        if label in amount_keys:
            continue
        if label == labels["title"]:
            rown += 1
            ws.cell(rown, 1, "2. Le projet" if lang == "fr" else "2. Het project").font = Font(bold=True)
            rown += 1
        ws.cell(rown, 2, label).font = Font(bold=True)
        c = ws.cell(rown, 3, value)
        c.fill = fill
        if multi:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[rown].height = 75
        if label == labels["pc"]:
            c.number_format = "@"
        rown += 1
    rown += 1
    ws.cell(rown, 1, "3. Budget" if lang == "fr" else "3. Begroting").font = Font(bold=True)
    rown += 1
    ws.cell(rown, 2, "Poste de dépense" if lang == "fr" else "Kostenpost").font = Font(bold=True)
    ws.cell(rown, 4, "Montant (€)" if lang == "fr" else "Bedrag (EUR)").font = Font(bold=True)
    rown += 1
    for item, val in r["budget"]:
        ws.cell(rown, 2, item)
        c = ws.cell(rown, 4, float(val))
        c.number_format = '#,##0.00 "€"' if lang == "fr" else '#,##0.00'
        rown += 1
    tot = sum(v for _, v in r["budget"])
    assert abs(tot - r["total"]) < 0.001, (r["id"], tot)
    ws.cell(rown, 2, labels["total"]).font = Font(bold=True)
    c = ws.cell(rown, 4, float(r["total"]))
    c.number_format = '#,##0.00 "€"' if lang == "fr" else '#,##0.00'
    c.font = Font(bold=True)
    rown += 1
    if r["own"] is not None:
        ws.cell(rown, 2, labels["own"])
        c = ws.cell(rown, 4, float(r["own"]))
        c.number_format = '#,##0.00 "€"' if lang == "fr" else '#,##0.00'
        rown += 1
    if r["mode"] != "total_own":
        ws.cell(rown, 2, labels["req"]).font = Font(bold=True)
        c = ws.cell(rown, 4, float(r["req"]))
        c.number_format = '#,##0.00 "€"' if lang == "fr" else '#,##0.00'
        c.font = Font(bold=True)
        rown += 1
    rown += 1
    ws.cell(rown, 2, "Fait à %s, le %02d/%02d/%d" % ((r["town"],) + tuple(reversed(r["date"][:3])))
            if lang == "fr" else "Datum: %02d/%02d/%d" % tuple(reversed(r["date"][:3])))
    wb.properties.creator = "%s %s" % (r["first"], r["last"])
    wb.properties.created = datetime.datetime(*r["date"][:5])
    wb.properties.modified = datetime.datetime(*r["date"][:5])
    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl writes a fixed timestamp into docProps; re-zip with fixed dates for determinism
    return _fix_zip_dates(buf.getvalue(), r["date"]), {"title_drawn": title, "rows": [[a, b] for a, b, _ in rows],
                                                       "budget": r["budget"]}


def _fix_zip_dates(data, date):
    import re
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:00Z" % tuple(date[:5])
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=tuple(date[:5]) + (0,))
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", body)
            z.writestr(zi, body)
    return out.getvalue()
