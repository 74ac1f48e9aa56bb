# -*- coding: utf-8 -*-
"""PDF renderers: fillable forms (pdf_form) and exports/printouts without widgets (pdf_letter)."""
import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject, BooleanObject, DictionaryObject
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from common import CALL_NL, CALL_FR, texts, eur, budget_from_x

W, H = A4
_PENDING = {}   # field values, written with pypdf after the layout is saved (reportlab cannot encode the euro sign)


def _canvas(buf, title, author, creator):
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    return c


def wrap(c, text, x, y, width, font="Helvetica", size=10, leading=None, color=colors.black):
    leading = leading or size * 1.25
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    c.setFillColor(colors.black)
    return y


def _zadb(wr):
    """Checkbox appearances refer to /ZaDb: declare it in the form's resources, as Acrobat does."""
    af = wr._root_object.get("/AcroForm")
    if af is None:
        return
    fonts = af["/DR"]["/Font"]
    if "/ZaDb" not in fonts:
        fd = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                               NameObject("/BaseFont"): NameObject("/ZapfDingbats"), NameObject("/Name"): NameObject("/ZaDb")})
        fonts[NameObject("/ZaDb")] = wr._add_object(fd)


def set_producer(data, producer, creator=None, drop_ap=False, need_app=False):
    """Rewrite metadata (and optionally strip appearance streams, as a viewer that only stores /V would)."""
    rd = PdfReader(io.BytesIO(data))
    wr = PdfWriter(clone_from=rd)
    meta = {"/Producer": producer}
    if creator:
        meta["/Creator"] = creator
    wr.add_metadata(meta)
    if _PENDING and "/AcroForm" in wr._root_object:
        vals = {k: v for k, v in _PENDING.items() if v}
        for page in wr.pages:
            names = [a.get_object().get("/T") for a in (page.get("/Annots") or [])]
            pv = {k: v for k, v in vals.items() if k in names}
            if pv:
                wr.update_page_form_field_values(page, pv, auto_regenerate=False)
        need_app = True
    _PENDING.clear()
    _zadb(wr)
    if drop_ap or need_app:
        af = wr._root_object["/AcroForm"]
        af[NameObject("/NeedAppearances")] = BooleanObject(True)
    if drop_ap:
        for page in wr.pages:
            for a in page.get("/Annots", []) or []:
                a = a.get_object()
                if a.get("/FT") == "/Tx" and "/AP" in a:
                    del a["/AP"]
    out = io.BytesIO()
    wr.write(out)
    return out.getvalue()


def fill_v_only(data, values):
    """Put values only into the widgets' /V (no appearance): as filled in a simple viewer."""
    _PENDING.clear()
    rd = PdfReader(io.BytesIO(data))
    wr = PdfWriter(clone_from=rd)
    for page in wr.pages:
        for a in page.get("/Annots", []) or []:
            a = a.get_object()
            nm = a.get("/T")
            if nm in values:
                v = values[nm]
                if a.get("/FT") == "/Btn":
                    a[NameObject("/V")] = NameObject("/Yes" if v else "/Off")
                    a[NameObject("/AS")] = NameObject("/Yes" if v else "/Off")
                else:
                    a[NameObject("/V")] = TextStringObject(v)
                    if "/AP" in a:
                        del a["/AP"]
    wr._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    _zadb(wr)
    wr.add_metadata({"/Producer": "Adobe Acrobat Pro DC 19.12.20034", "/Creator": "Acrobat PDFMaker 19 voor Word"})
    out = io.BytesIO()
    wr.write(out)
    return out.getvalue()


def tf(c, name, value, x, y, w, h=16, multiline=False, size=9, border=colors.black, fill=None, tooltip=None):
    _PENDING[name] = value or ""
    kw = dict(name=name, tooltip=tooltip or name, value="", x=x, y=y, width=w, height=h,
              fontName="Helvetica", fontSize=size, borderWidth=0.6, borderColor=border,
              fillColor=fill or colors.Color(0.93, 0.95, 1), textColor=colors.black, forceBorder=True)
    if multiline:
        kw["fieldFlags"] = "multiline"
    c.acroForm.textfield(**kw)


def cb(c, name, checked, x, y, size=10):
    c.acroForm.checkbox(name=name, tooltip=name, checked=checked, x=x, y=y, size=size, buttonStyle="check",
                        borderWidth=0.6, borderColor=colors.black, fillColor=colors.white, forceBorder=True)


def std_rows(r):
    """Generic (label_nl, label_fr, value) rows of the applicant block."""
    f, d = r["f"], r["disp"]
    return [
        ("Naam vereniging / organisatie", "Nom de l'association / structure", f["organisation"]),
        ("Contactpersoon", "Personne de contact", f["contact_name"]),
        ("Adres (straat en nummer)", "Adresse (n° et rue)", f["address"]),
        ("Postcode", "Code postal", f["postcode"]),
        ("Gemeente", "Commune", f["municipality"]),
        ("Telefoon / GSM", "Téléphone", d.get("phone")),
        ("E-mail", "Courriel", f["email"]),
    ]


# =====================================================================  PF1: Acrobat-made form
def pf1_acrobat(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    buf = io.BytesIO()
    c = _canvas(buf, "Projectfiche Partons 2.0" if nl else "Fiche projet Partons 2.0", "Provincie West-Vlaanderen",
                "Acrobat PDFMaker 19 voor Word" if nl else "Acrobat PDFMaker 19 pour Word")
    T = "Text" if nl else "Texte"
    CB = "Check Box" if nl else "Case à cocher"
    # creation order deliberately not visual order (fields added/re-added in Acrobat)
    order = [1, 2, 3, 14, 4, 5, 6, 7, 8, 9, 10, 15, 11, 12, 13]
    c.setFillColor(colors.Color(0.0, 0.36, 0.6))
    c.rect(0, H - 80, W, 80, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, H - 45, "Maak werk van je buurt!" if nl else "Faites bouger votre quartier !")
    c.setFont("Helvetica", 11)
    c.drawString(40, H - 65, "Projectfiche – grensoverschrijdende projectenoproep Partons 2.0" if nl
                 else "Fiche projet – appel à projets transfrontalier Partons 2.0")
    y = wrap(c, CALL_NL if nl else CALL_FR, 40, H - 100, W - 80, size=8.5, color=colors.Color(.3, .3, .3))
    y -= 8
    labels = std_rows(r)
    vals = [v for _, _, v in labels]
    labs = [a if nl else b for a, b, _ in labels]
    sec = ["1. Gegevens aanvrager", "2. Het project", "3. Budget"] if nl else ["1. Le porteur de projet", "2. Le projet", "3. Budget"]
    k = 0

    def head(t, y):
        c.setFillColor(colors.Color(0.0, 0.36, 0.6))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, y, t)
        c.setStrokeColor(colors.Color(0.0, 0.36, 0.6))
        c.line(40, y - 3, W - 40, y - 3)
        c.setFillColor(colors.black)
        return y - 22

    y = head(sec[0], y)
    c.setFont("Helvetica", 9)
    c.drawString(40, y, "Type aanvrager:" if nl else "Type de porteur :")
    opts = ["vereniging", "bewonersgroep", "lokaal bestuur", "handelaar"] if nl else ["association", "collectif d'habitants", "commune", "commerçant"]
    xx = 150
    for i, o in enumerate(opts):
        cb(c, "%s%d" % (CB, i + 1), i == 0, xx, y - 2)
        c.setFont("Helvetica", 9)
        c.drawString(xx + 14, y, o)
        xx += 95
    y -= 24
    for lab, val in zip(labs, vals):
        c.setFont("Helvetica", 9.5)
        c.drawString(40, y + 4, lab)
        tf(c, "%s%d" % (T, order[k]), val, 200, y, 355)
        k += 1
        y -= 24
    y = head(sec[1], y - 4)
    c.setFont("Helvetica", 9.5)
    c.drawString(40, y + 4, "Titel van het project" if nl else "Intitulé du projet")
    tf(c, "%s%d" % (T, order[k]), f["project_title"], 200, y, 355); k += 1
    y -= 24
    for lab, val in [("Korte omschrijving" if nl else "Description succincte", desc),
                     ("Betrokkenheid bewoners" if nl else "Participation des habitants", part)]:
        c.drawString(40, y + 4, lab)
        tf(c, "%s%d" % (T, order[k]), val, 200, y - 44, 355, h=62, multiline=True, size=8.5); k += 1
        y -= 74
    y = head(sec[2], y - 4)
    for lab, val in [("Totale kostprijs project" if nl else "Coût total du projet", d.get("total")),
                     ("Eigen inbreng" if nl else "Autofinancement", d.get("own")),
                     ("Andere financiering" if nl else "Autres financements", d.get("other")),
                     ("Gevraagd bedrag Partons 2.0" if nl else "Montant demandé à Partons 2.0", d.get("req"))]:
        c.setFont("Helvetica", 9.5)
        c.drawString(40, y + 4, lab)
        tf(c, "%s%d" % (T, order[k]), val, 200, y, 355); k += 1
        y -= 24
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(40, 40, "Het gevraagde bedrag mag niet hoger zijn dan 10 000 euro." if nl
                 else "Le montant demandé ne peut dépasser 10 000 euros.")
    c.drawRightString(W - 40, 40, "Partons 2.0 – Interreg V France-Wallonie-Vlaanderen")
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "Adobe Acrobat Pro DC 19.10.20069")


# =====================================================================  PF2: Word table -> Acrobat auto-detected names
def pf2_wordacro(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    buf = io.BytesIO()
    c = _canvas(buf, "Aanvraagformulier" if nl else "Formulaire de candidature", "pvdb" if nl else "Utilisateur",
                "Microsoft Word 2016")
    c.setFont("Times-Bold", 16)
    c.drawCentredString(W / 2, H - 60, "AANVRAAGFORMULIER PROJECTIDEE" if nl else "FORMULAIRE DE CANDIDATURE")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, H - 78, "Projectenoproep ‘Maak werk van je buurt!’ – Partons 2.0" if nl
                        else "Appel à projets « Faites bouger votre quartier ! » – Partons 2.0")
    y = wrap(c, ("In te dienen ten laatste op 16 juni 2019. Maximale steun: 10 000 euro per project. "
                 "Vul alle velden in en bezorg dit formulier per e-mail aan de projectcoördinator.") if nl else
             ("À renvoyer au plus tard le 16 juin 2019. Aide maximale : 10 000 euros par projet. "
              "Merci de compléter tous les champs et d'envoyer ce formulaire par courriel au coordinateur."),
             60, H - 100, W - 120, font="Times-Italic", size=10)
    y -= 10
    if nl:
        rows = [("Naam vereniging", "Naam_vereniging", f["organisation"]),
                ("Contactpersoon", "Contactpersoon", f["contact_name"]),
                ("Adres", "Adres", f["address"]),
                ("Postcode en gemeente", "Postcode_en_gemeente", "%s %s" % (f["postcode"], f["municipality"])),
                ("Telefoon/GSM", "TelefoonGSM", d["phone"]),
                ("E-mailadres", "Emailadres", f["email"]),
                ("Titel van het project", "Titel_van_het_project", f["project_title"]),
                ("Omschrijving van het project", "Omschrijving_van_het_project", desc),
                ("Hoe betrekt u de bewoners?", "Hoe_betrekt_u_de_bewoners", part),
                ("Planning", "Planning", timing),
                ("Totale kostprijs", "Totale_kostprijs", d.get("total")),
                ("Eigen inbreng", "Eigen_inbreng", d.get("own")),
                ("Andere subsidies", "Andere_subsidies", d.get("other")),
                ("Gevraagde steun (max. 10 000 euro)", "Gevraagde_steun_max_10_000_euro", d.get("req"))]
    else:
        rows = [("Nom de l'association", "Nom_association", f["organisation"]),
                ("Personne à contacter", "Personne_a_contacter", f["contact_name"]),
                ("Adresse", "Adresse", f["address"]),
                ("Code postal et commune", "Code_postal_et_commune", "%s %s" % (f["postcode"], f["municipality"])),
                ("Téléphone", "Telephone", d["phone"]),
                ("Adresse électronique", "Adresse_electronique", f["email"]),
                ("Intitulé du projet", "Intitule_du_projet", f["project_title"]),
                ("Description du projet", "Description_du_projet", desc),
                ("Comment associez-vous les habitants ?", "Comment_associezvous_les_habitants", part),
                ("Calendrier", "Calendrier", timing),
                ("Coût total", "Cout_total", d.get("total")),
                ("Autofinancement", "Autofinancement", d.get("own")),
                ("Autres aides", "Autres_aides", d.get("other")),
                ("Aide sollicitée (max. 10 000 euros)", "Aide_sollicitee_max_10_000_euros", d.get("req"))]
    x0, x1, x2 = 60, 230, W - 60
    c.setLineWidth(0.5)
    for lab, name, val in rows:
        multi = len(val or "") > 70
        h = 62 if multi else 24
        c.rect(x0, y - h, x1 - x0, h)
        c.rect(x1, y - h, x2 - x1, h)
        wrap(c, lab, x0 + 4, y - 14, x1 - x0 - 8, font="Times-Bold", size=10)
        tf(c, name, val, x1 + 2, y - h + 2, x2 - x1 - 4, h=h - 4, multiline=multi, size=9,
           border=colors.white, fill=colors.Color(0.87, 0.9, 0.97))
        y -= h
    y -= 20
    c.setFont("Times-Roman", 10)
    c.drawString(x0, y, "Datum:" if nl else "Date :")
    tf(c, "Datum" if nl else "Date", r["date"][8:10] + "/" + r["date"][5:7] + "/2019", x0 + 45, y - 4, 100)
    c.drawString(x0 + 220, y, "Handtekening:" if nl else "Signature :")
    tf(c, "Handtekening" if nl else "Signature", "", x0 + 290, y - 4, 150)
    c.setFont("Times-Roman", 8)
    c.drawCentredString(W / 2, 30, "1")
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "Adobe Acrobat Pro DC 19.12.20034", "Acrobat PDFMaker 19 for Word")


# =====================================================================  PF3: LibreOffice Writer form exported
def pf3_lo(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    buf = io.BytesIO()
    c = _canvas(buf, "", "", "Writer")
    TB = "Tekstvak %d" if nl else "Champ de texte %d"
    CB = "Selectievakje %d" if nl else "Case à cocher %d"
    c.setFont("Helvetica-Bold", 15)
    c.drawString(56, H - 62, "Projectidee ‘Maak werk van je buurt!’" if nl else "Idée de projet « Partons 2.0 »")
    c.setFont("Helvetica", 9)
    c.drawString(56, H - 78, "in te vullen door de aanvrager – terugsturen vóór 16/06/2019" if nl
                 else "à compléter par le porteur – à retourner avant le 16/06/2019")
    y = H - 115
    n = 1
    if nl:
        rows = [("Organisatie", f["organisation"]), ("Naam contactpersoon", f["contact_name"]),
                ("Straat + nr", f["address"]), ("Postcode + gemeente", "%s %s" % (f["postcode"], f["municipality"])),
                ("Tel.", d["phone"]), ("E-mail", f["email"])]
    else:
        rows = [("Structure porteuse", f["organisation"]), ("Nom du référent", f["contact_name"]),
                ("N° et rue", f["address"]), ("CP + commune", "%s %s" % (f["postcode"], f["municipality"])),
                ("Tél.", d["phone"]), ("Mél.", f["email"])]
    for lab, val in rows:
        c.setFont("Helvetica", 10)
        c.drawString(56, y + 4, lab)
        tf(c, TB % n, val, 190, y, 350, h=17, border=colors.Color(.5, .5, .5), fill=colors.white)
        n += 1
        y -= 26
    y -= 6
    c.setFont("Helvetica-Bold", 11)
    c.drawString(56, y, "Project" if nl else "Projet")
    y -= 24
    c.setFont("Helvetica", 10)
    c.drawString(56, y + 4, "Titel" if nl else "Titre")
    tf(c, TB % n, f["project_title"], 190, y, 350, h=17, border=colors.Color(.5, .5, .5), fill=colors.white); n += 1
    y -= 26
    c.drawString(56, y + 4, "Thema" if nl else "Thème")
    th = ["ontmoeting", "groen", "mobiliteit", "diensten"] if nl else ["rencontre", "nature", "mobilité", "services"]
    pick = {2: 1, 22: 0}.get(r["slot"], 0)
    xx = 190
    for i, t in enumerate(th):
        cb(c, CB % (i + 1), i == pick, xx, y + 2)
        c.drawString(xx + 14, y + 4, t)
        xx += 88
    y -= 26
    for lab, val in [("Omschrijving" if nl else "Description", desc), ("Participatie" if nl else "Participation", part),
                     ("Timing" if nl else "Calendrier", timing)]:
        c.drawString(56, y + 4, lab)
        tf(c, TB % n, val, 190, y - 50, 350, h=62, multiline=True, size=8.5, border=colors.Color(.5, .5, .5),
           fill=colors.white); n += 1
        y -= 74
    c.setFont("Helvetica-Bold", 11)
    c.drawString(56, y, "Financiering" if nl else "Financement")
    y -= 24
    for lab, val in [("Totaalbudget" if nl else "Budget total", d.get("total")),
                     ("Eigen middelen" if nl else "Fonds propres", d.get("own")),
                     ("Andere" if nl else "Autres", d.get("other")),
                     ("Vraag aan Partons 2.0" if nl else "Demande Partons 2.0", d.get("req"))]:
        c.setFont("Helvetica", 10)
        c.drawString(56, y + 4, lab)
        tf(c, TB % n, val, 190, y, 350, h=17, border=colors.Color(.5, .5, .5), fill=colors.white); n += 1
        y -= 26
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "LibreOffice 6.2", "Writer")


# =====================================================================  PF4: dotted-line form, filled in a viewer (/V only)
def pf4_viewer(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    buf = io.BytesIO()
    c = _canvas(buf, "Aanvraagformulier Partons 2.0" if nl else "Dossier de candidature Partons 2.0",
                "Provincie West-Vlaanderen", "Microsoft Word")
    c.setFont("Times-Bold", 14)
    c.drawString(60, H - 60, "Projectenoproep Maak werk van je buurt! – Aanvraagformulier" if nl
                 else "Appel à projets Partons 2.0 – Dossier de candidature")
    y = wrap(c, CALL_NL if nl else CALL_FR, 60, H - 80, W - 120, font="Times-Roman", size=9.5)
    y -= 14
    if nl:
        labs = ["Naam van de organisatie", "Contactpersoon", "Adres", "Postcode", "Gemeente", "Telefoonnummer",
                "E-mailadres", "Naam van het project", "Beschrijving", "Wie doet mee?", "Totale kost",
                "Eigen middelen", "Andere subsidies", "Bedrag gevraagd aan Partons 2.0"]
    else:
        labs = ["Nom de la structure", "Contact", "Adresse", "Code postal", "Commune", "Numéro de téléphone",
                "Adresse mail", "Nom du projet", "Description", "Qui participe ?", "Coût total",
                "Fonds propres", "Autres subventions", "Montant demandé à Partons 2.0"]
    vals = [f["organisation"], f["contact_name"], f["address"], f["postcode"], f["municipality"], d["phone"],
            f["email"], f["project_title"], desc, part, d.get("total"), d.get("own"), d.get("other"), d.get("req")]
    values = {}
    for i, (lab, val) in enumerate(zip(labs, vals)):
        name = "fill_%d" % (i + 1)
        multi = i in (8, 9)
        c.setFont("Times-Roman", 11)
        c.drawString(60, y, lab + " :" if not nl else lab + ":")
        lx = 60 + c.stringWidth(lab + " : ", "Times-Roman", 11) + 4
        c.setDash(1, 2)
        if multi:
            for k in range(3):
                c.line(60 if k else lx, y - 2 - k * 16, W - 60, y - 2 - k * 16)
            c.setDash()
            tf(c, name, "", 60, y - 36, W - 120, h=46, multiline=True, border=colors.white, fill=colors.white, size=9)
            y -= 60
        else:
            c.line(lx, y - 2, W - 60, y - 2)
            c.setDash()
            tf(c, name, "", lx, y - 3, W - 60 - lx, h=15, border=colors.white, fill=colors.white, size=10)
            y -= 26
        values[name] = val or ""
    c.setDash()
    y -= 10
    c.setFont("Times-Roman", 11)
    c.drawString(60, y, "Ik verklaar dat de gegevens correct zijn" if nl else "Je certifie l'exactitude des informations")
    cb(c, "Check Box15", False, W - 90, y - 2)
    values["Check Box15"] = True
    c.showPage()
    c.save()
    return fill_v_only(buf.getvalue(), values)


# =====================================================================  PF5: itemised budget form with calculated fields
def pf5_budget(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    lines, total, own, other, req = budget_from_x(r)
    sty = "nl" if nl else "fr"
    buf = io.BytesIO()
    c = _canvas(buf, "Formulier projectidee" if nl else "Formulaire idée de projet", "", "Adobe Acrobat Pro DC")
    green = colors.Color(0.2, 0.5, 0.25)
    c.setFillColor(green)
    c.rect(40, H - 70, W - 80, 36, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 57, "FORMULIER PROJECTIDEE – Partons 2.0" if nl else "FORMULAIRE IDÉE DE PROJET – Partons 2.0")
    c.setFillColor(colors.black)
    y = wrap(c, ("Belangrijk: de bijdrage van Partons 2.0 bedraagt maximaal 10 000 euro. Projectideeën worden ingediend "
                 "vóór 16 juni 2019. De selectie gebeurt eind juni 2019.") if nl else
             ("Important : la contribution de Partons 2.0 est de 10 000 euros maximum. Les idées de projet sont "
              "à déposer avant le 16 juin 2019. Sélection fin juin 2019."), 40, H - 90, W - 80, size=9)
    y -= 30
    pre = "aanvrager." if nl else "porteur."
    if nl:
        rows = [("Organisatie", "naam", f["organisation"]), ("Contactpersoon", "contact", f["contact_name"]),
                ("Adres", "adres", f["address"]), ("Postcode", "postcode", f["postcode"]),
                ("Gemeente", "gemeente", f["municipality"]), ("Telefoon", "tel", d["phone"]),
                ("E-mail", "email", f["email"]), ("Projecttitel", "titel", f["project_title"])]
    else:
        rows = [("Structure", "nom", f["organisation"]), ("Contact", "contact", f["contact_name"]),
                ("Adresse", "adresse", f["address"]), ("Code postal", "cp", f["postcode"]),
                ("Commune", "commune", f["municipality"]), ("Téléphone", "tel", d["phone"]),
                ("E-mail", "email", f["email"]), ("Titre du projet", "titre", f["project_title"])]
    for i in range(0, len(rows), 2):
        for j, (lab, key, val) in enumerate(rows[i:i + 2]):
            x = 40 + j * 262
            c.setFont("Helvetica", 7.5)
            c.setFillColor(green)
            c.drawString(x, y + 18, lab.upper())
            c.setFillColor(colors.black)
            tf(c, pre + key, val, x, y, 250, h=16, border=green, fill=colors.Color(.95, .98, .95))
        y -= 36
    y -= 6
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, y, "Begroting" if nl else "Budget prévisionnel")
    y -= 18
    c.setFont("Helvetica-Bold", 9)
    c.drawString(44, y, "Omschrijving uitgave" if nl else "Nature de la dépense")
    c.drawRightString(W - 44, y, "Bedrag (EUR)" if nl else "Montant (EUR)")
    y -= 20
    bp = "budget."
    for i in range(6):
        desc_v, amt = (lines[i][0], eur(lines[i][1], sty)) if i < len(lines) else ("", "")
        tf(c, bp + ("post" if nl else "poste") + ".%d" % i, desc_v, 40, y, 380, h=15, border=colors.grey, fill=colors.white)
        tf(c, bp + ("bedrag" if nl else "montant") + ".%d" % i, amt, 425, y, W - 465, h=15, border=colors.grey, fill=colors.white)
        y -= 18
    y -= 4
    for lab, key, val in [("TOTALE KOST" if nl else "COÛT TOTAL", "totaal" if nl else "total", total),
                          ("Eigen inbreng" if nl else "Autofinancement", "eigen" if nl else "autofin", own),
                          ("Andere financiering" if nl else "Autres financements", "andere" if nl else "autres", other),
                          ("GEVRAAGD AAN PARTONS 2.0" if nl else "DEMANDÉ À PARTONS 2.0", "gevraagd" if nl else "demande", req)]:
        c.setFont("Helvetica-Bold" if lab.isupper() else "Helvetica", 9.5)
        c.drawRightString(418, y + 4, lab)
        tf(c, bp + key, eur(val, sty), 425, y, W - 465, h=16, border=green,
           fill=colors.Color(.9, .9, .9) if key in ("totaal", "total", "gevraagd", "demande") else colors.white)
        y -= 20
    x = r["x"]
    if x.get("other_label"):
        c.setFont("Helvetica", 8)
        c.drawString(40, y, ("Andere financiering: " if nl else "Autres financements : ") + x["other_label"])
        y -= 14
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(40, y - 4, ("Velden TOTALE KOST en GEVRAAGD worden automatisch berekend." if nl else
                             "Les champs COÛT TOTAL et DEMANDÉ sont calculés automatiquement."))
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "Adobe Acrobat Pro DC 19.10.20069", "Adobe Acrobat Pro DC 19.10.20069")


# =====================================================================  PF6: bilingual LibreOffice form (English UI names), 2 pages
def pf6_bilingual(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    buf = io.BytesIO()
    c = _canvas(buf, "Partons 2.0 formulier / formulaire", "", "Writer")
    n = [1]

    def box(val, x, y, w, h=16, multi=False):
        tf(c, "Text Box %d" % n[0], val, x, y, w, h=h, multiline=multi, size=9, border=colors.black,
           fill=colors.Color(1, 1, .88))
        n[0] += 1

    def header(pg):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 50, "Partons 2.0 – Maak werk van je buurt! / Faites bouger votre quartier !")
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 64, "Interreg V France-Wallonie-Vlaanderen · Westhoek – Nord")
        c.drawRightString(W - 50, 30, "%d/2" % pg)
        c.line(50, H - 70, W - 50, H - 70)

    header(1)
    y = H - 100
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "Taal / Langue :")
    cb(c, "Check Box 1", nl, 140, y - 2); c.setFont("Helvetica", 9); c.drawString(154, y, "Nederlands")
    cb(c, "Check Box 2", not nl, 230, y - 2); c.drawString(244, y, "Français")
    y -= 30
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "A. Aanvrager / Porteur de projet")
    y -= 26
    for lab, val in [("Naam organisatie / Nom de la structure", f["organisation"]),
                     ("Contactpersoon / Personne de contact", f["contact_name"]),
                     ("Straat, nr / Rue, n°", f["address"])]:
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y + 4, lab)
        box(val, 230, y, 315)
        y -= 26
    c.drawString(50, y + 4, "Postcode / Code postal")
    box(f["postcode"], 230, y, 70)
    c.drawString(310, y + 4, "Gemeente / Commune")
    box(f["municipality"], 395, y, 150)
    y -= 26
    c.drawString(50, y + 4, "Land / Pays")
    box("België" if nl else "France", 230, y, 120)
    y -= 26
    for lab, val in [("Telefoon / Téléphone", d["phone"]), ("E-mail / Courriel", f["email"])]:
        c.drawString(50, y + 4, lab)
        box(val, 230, y, 315)
        y -= 26
    y -= 10
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "B. Project / Projet")
    y -= 26
    c.setFont("Helvetica", 8.5)
    c.drawString(50, y + 4, "Titel / Titre")
    box(f["project_title"], 230, y, 315)
    y -= 26
    c.drawString(50, y + 4, "Beschrijving / Description")
    box(desc, 230, y - 76, 315, h=90, multi=True)
    c.showPage()
    header(2)
    y = H - 100
    c.setFont("Helvetica", 8.5)
    c.drawString(50, y + 4, "Participatie / Participation")
    box(part, 230, y - 76, 315, h=90, multi=True)
    y -= 100
    c.drawString(50, y + 4, "Planning / Calendrier")
    box(timing, 230, y - 46, 315, h=60, multi=True)
    y -= 80
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "C. Budget (EUR)")
    y -= 26
    for lab, val in [("Totale kost / Coût total", d.get("total")), ("Eigen inbreng / Autofinancement", d.get("own")),
                     ("Andere steun / Autres aides", d.get("other")),
                     ("Gevraagd / Demandé (max. 10 000)", d.get("req"))]:
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y + 4, lab)
        box(val, 230, y, 130)
        y -= 26
    y -= 10
    c.setFont("Helvetica-Oblique", 8)
    wrap(c, "Indienen vóór 16 juni 2019 / À envoyer avant le 16 juin 2019 – jonas.polin@west-vlaanderen.be",
         50, y, W - 100, font="Helvetica-Oblique", size=8)
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "LibreOffice 6.1", "Writer")


# =====================================================================  PL1: Google Forms response printout
def pl1_gforms(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    x = r["x"]
    buf = io.BytesIO()
    title = "Maak werk van je buurt! - projectidee" if nl else "Partons 2.0 - Dépôt de projet"
    c = _canvas(buf, title, "", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36")
    purple = colors.Color(0.40, 0.23, 0.72)
    url = "https://docs.google.com/forms/d/e/1FAIpQLSfX3pQ9bT7cW2kzH1uYV0aRj8mN4eLq6sG5dPo2Zt/viewform?edit2=2_ABaOnud"
    when = "%s/%s/2019" % (r["date"][8:10], r["date"][5:7])
    pg = [1]
    ans_empty = "Uw antwoord" if nl else "Votre réponse"

    def chrome():
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.black)
        c.drawString(25, H - 18, when)
        c.drawCentredString(W / 2, H - 18, title)
        c.drawString(25, 14, url[:100])
        c.drawRightString(W - 25, 14, "%d/3" % pg[0])

    chrome()
    y = H - 40
    c.setFillColor(purple)
    c.roundRect(100, y - 12, W - 200, 12, 4, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.Color(.85, .85, .85))
    c.rect(100, y - 150, W - 200, 140, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 20)
    c.drawString(115, y - 45, title)
    yy = wrap(c, CALL_NL if nl else CALL_FR, 115, y - 65, W - 230, size=8.5)
    c.setFillColor(colors.red)
    c.setFont("Helvetica", 8)
    c.drawString(115, yy - 4, "* Vereist" if nl else "* Obligatoire")
    c.setFillColor(colors.black)
    y -= 162
    qs = []
    qs.append(("E-mailadres" if nl else "Adresse e-mail", True, x["respondent"]))
    qs.append(("SEC", "Deel 1 – De aanvrager" if nl else "Section 1 – Le porteur de projet", None))
    qs += [("Naam van je vereniging of groep" if nl else "Nom de votre association ou collectif", True, f["organisation"]),
           ("Naam contactpersoon" if nl else "Nom et prénom du référent", True, f["contact_name"]),
           ("Straat en huisnummer" if nl else "Adresse (numéro et rue)", True, f["address"]),
           ("Postcode" if nl else "Code postal", True, f["postcode"]),
           ("Gemeente / deelgemeente" if nl else "Commune", True, f["municipality"]),
           ("GSM of telefoon contactpersoon" if nl else "Téléphone du référent", True, d["phone"]),
           ("E-mail contactpersoon (als die verschilt van het adres hierboven)" if nl
            else "E-mail du référent (si différent de l'adresse ci-dessus)", False, f["email"])]
    qs.append(("SEC", "Deel 2 – Je project" if nl else "Section 2 – Votre projet", None))
    qs += [("Titel van je project" if nl else "Titre du projet", True, f["project_title"]),
           ("Wat wil je doen?" if nl else "Que voulez-vous faire ?", True, desc),
           ("Wie doet er mee?" if nl else "Qui participe ?", False, part),
           ("RADIO", "Thema" if nl else "Thème", (["Ontmoeting", "Groen en spelen", "Mobiliteit", "Diensten in het dorp"]
                                                 if nl else ["Rencontre", "Nature et jeux", "Mobilité", "Services de proximité"], 0 if nl else 3))]
    qs.append(("SEC", "Deel 3 – Budget" if nl else "Section 3 – Budget", None))
    qs += [("Hoeveel vraag je aan Partons 2.0? (max. 10 000 euro)" if nl else
            "Quel montant demandez-vous à Partons 2.0 ? (max. 10 000 euros)", True, d.get("req")),
           ("Totale kostprijs van het project (als gekend)" if nl else "Coût total du projet (si connu)", False, d.get("total")),
           ("Andere opmerkingen" if nl else "Autres remarques", False, None)]

    def newpage():
        c.showPage()
        pg[0] += 1
        chrome()
        return H - 40

    for q in qs:
        if q[0] == "SEC":
            if y < 120:
                y = newpage()
            c.setFillColor(purple)
            c.rect(100, y - 26, W - 200, 26, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica", 11)
            c.drawString(112, y - 17, q[1])
            c.setFillColor(colors.black)
            y -= 36
            continue
        if q[0] == "RADIO":
            opts, sel = q[2]
            hgt = 40 + 18 * len(opts)
            if y - hgt < 40:
                y = newpage()
            c.setStrokeColor(colors.Color(.85, .85, .85))
            c.rect(100, y - hgt, W - 200, hgt)
            c.setFont("Helvetica", 11)
            c.drawString(115, y - 22, q[1])
            yy = y - 44
            for i, o in enumerate(opts):
                c.setStrokeColor(purple if i == sel else colors.grey)
                c.circle(122, yy + 3, 6)
                if i == sel:
                    c.setFillColor(purple)
                    c.circle(122, yy + 3, 3, stroke=0, fill=1)
                    c.setFillColor(colors.black)
                c.setFont("Helvetica", 10)
                c.drawString(136, yy, o)
                yy -= 18
            y -= hgt + 10
            continue
        lab, req, val = q
        lines = simpleSplit(val or ans_empty, "Helvetica", 10, W - 240)
        hgt = 52 + 13 * len(lines)
        if y - hgt < 40:
            y = newpage()
        c.setStrokeColor(colors.Color(.85, .85, .85))
        c.rect(100, y - hgt, W - 200, hgt)
        c.setFont("Helvetica", 11)
        c.drawString(115, y - 22, lab)
        if req:
            c.setFillColor(colors.red)
            c.drawString(115 + c.stringWidth(lab, "Helvetica", 11) + 3, y - 22, "*")
            c.setFillColor(colors.black)
        c.setFont("Helvetica", 10)
        yy = y - 44
        c.setFillColor(colors.black if val else colors.grey)
        for ln in lines:
            c.drawString(115, yy, ln)
            yy -= 13
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.grey)
        c.line(115, yy + 8, W / 2 + 60, yy + 8)
        y -= hgt + 10
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "Skia/PDF m74")


# =====================================================================  PL2: Microsoft Forms response PDF
def pl2_msforms(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    x = r["x"]
    buf = io.BytesIO()
    c = _canvas(buf, "Microsoft Forms", "", "Microsoft Edge")
    form = "Partons 2.0 projectidee" if nl else "Partons 2.0 - Dépôt de projet"
    dd = r["date"]
    start = "%d-%d-%s %s:%02d" % (int(dd[8:10]), int(dd[5:7]), dd[:4], int(dd[11:13]) - 1, 7) if nl else \
        "%s/%s/%s %s:07" % (dd[8:10], dd[5:7], dd[:4], "%02d" % (int(dd[11:13]) - 1))
    end = "%d-%d-%s %s:%s" % (int(dd[8:10]), int(dd[5:7]), dd[:4], dd[11:13], dd[14:16]) if nl else \
        "%s/%s/%s %s" % (dd[8:10], dd[5:7], dd[:4], dd[11:16])
    c.setFillColor(colors.Color(0.0, 0.47, 0.45))
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 18)
    c.drawString(40, H - 45, form)
    c.setFillColor(colors.black)
    y = H - 100
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y, ("Antwoord %s" if nl else "Réponse %s") % x["resp_id"])
    y -= 20
    rows = [("ID", x["resp_id"]), ("Begintijd" if nl else "Heure de début", start),
            ("Tijd van voltooiing" if nl else "Heure de fin", end),
            ("E-mail" if nl else "Adresse de messagerie", x["respondent"][1]),
            ("Naam" if nl else "Nom", x["respondent"][0])]
    qs = [("Naam van de vereniging" if nl else "Nom de l'association", f["organisation"]),
          ("Contactpersoon voor dit project" if nl else "Personne référente pour ce projet", f["contact_name"]),
          ("Telefoon contactpersoon" if nl else "Téléphone du référent", d["phone"]),
          ("E-mail contactpersoon" if nl else "Courriel du référent", f["email"]),
          ("Adres (straat, nummer)" if nl else "Adresse (numéro, rue)", f["address"]),
          ("Postcode" if nl else "Code postal", f["postcode"]),
          ("Woonplaats" if nl else "Ville / village", f["municipality"]),
          ("Naam van het project" if nl else "Nom du projet", f["project_title"]),
          ("Beschrijf je project" if nl else "Décrivez votre projet", desc),
          ("Hoe worden de inwoners betrokken?" if nl else "Comment les habitants sont-ils impliqués ?", part),
          ("Totaal budget (€)" if nl else "Budget total (€)", d.get("total")),
          ("Eigen inbreng (€)" if nl else "Autofinancement (€)", d.get("own")),
          ("Andere financiering (€)" if nl else "Autres financements (€)", d.get("other")),
          ("Gevraagd bedrag (€, max. 10 000)" if nl else "Montant demandé (€, max. 10 000)", d.get("req"))]
    rows += [("%d. %s" % (i + 1, q), v) for i, (q, v) in enumerate(qs)]
    c.setLineWidth(0.4)
    for q, v in rows:
        ql = simpleSplit(q, "Helvetica-Bold", 9, 190)
        vl = simpleSplit(v or "", "Helvetica", 9, 300)
        h = max(len(ql), len(vl), 1) * 11 + 8
        if y - h < 50:
            c.showPage()
            y = H - 50
        c.setFillColor(colors.Color(.95, .95, .95))
        c.rect(40, y - h, 200, h, stroke=1, fill=1)
        c.setFillColor(colors.white)
        c.rect(240, y - h, W - 280, h, stroke=1, fill=1)
        c.setFillColor(colors.black)
        yy = y - 12
        c.setFont("Helvetica-Bold", 9)
        for l in ql:
            c.drawString(45, yy, l); yy -= 11
        yy = y - 12
        c.setFont("Helvetica", 9)
        for l in vl:
            c.drawString(245, yy, l); yy -= 11
        y -= h
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "Microsoft: Print To PDF")


# =====================================================================  PL3a: Jotform submission PDF (NL)
def pl3_jotform(r):
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    buf = io.BytesIO()
    c = _canvas(buf, "Projectidee Maak werk van je buurt", "Jotform", "Jotform PDF Editor")
    orange = colors.Color(1, .38, 0)
    c.setFillColor(colors.Color(.1, .13, .2))
    c.rect(0, H - 90, W, 90, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, H - 45, "Projectidee 'Maak werk van je buurt!'")
    c.setFont("Helvetica", 9)
    dd = r["date"]
    c.drawString(40, H - 65, "Inzendingsdatum: %s-%s-%s %s" % (dd[8:10], dd[5:7], dd[:4], dd[11:16]))
    c.drawString(40, H - 78, "Inzendings-ID: %s" % r["x"]["sub_id"])
    c.setFillColor(orange)
    c.rect(0, H - 94, W, 4, stroke=0, fill=1)
    c.setFillColor(colors.black)
    y = H - 125
    rows = [("Naam vereniging", f["organisation"]),
            ("Naam", f["contact_name"].split()[0] + "   " + " ".join(f["contact_name"].split()[1:])),
            ("Adres", "%s\n%s %s\nBelgië" % (f["address"], f["postcode"], f["municipality"])),
            ("Telefoonnummer", d["phone"]), ("E-mail", f["email"]),
            ("Projecttitel", f["project_title"]), ("Korte beschrijving", desc),
            ("Welke partners werken mee?", part),
            ("Kostprijs van het project", d.get("total")),
            ("Gevraagde steun (maximaal 10 000 euro)", d.get("req")),
            ("Ik ga akkoord met de voorwaarden van de oproep", "Ja"),
            ("Handtekening", "(handtekening afbeelding)")]
    for lab, val in rows:
        vl = []
        for part_ in (val or "").split("\n"):
            vl += simpleSplit(part_, "Helvetica", 10, 320)
        h = max(len(vl), 1) * 13 + 14
        c.setFont("Helvetica-Bold", 9.5)
        c.setFillColor(colors.Color(.3, .3, .35))
        ll = simpleSplit(lab, "Helvetica-Bold", 9.5, 150)
        yy = y - 14
        for l in ll:
            c.drawString(40, yy, l); yy -= 12
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 10)
        yy = y - 14
        for l in vl:
            c.drawString(210, yy, l); yy -= 13
        h = max(h, len(ll) * 12 + 14)
        c.setStrokeColor(colors.Color(.88, .88, .9))
        c.line(40, y - h, W - 40, y - h)
        y -= h
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.grey)
    c.drawCentredString(W / 2, 25, "Gemaakt met Jotform")
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "Jotform PDF Generator")


# =====================================================================  PL3b: LimeSurvey response export (FR)
def pl3_limesurvey(r):
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    x = r["x"]
    buf = io.BytesIO()
    c = _canvas(buf, "Réponse", "", "LimeSurvey")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, H - 50, "Dépôt d'idées de projet Partons 2.0 (Nord)")
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 66, "Résumé de la réponse – questionnaire 467215")
    y = H - 90
    dd = r["date"]
    rows = [("id", "ID de la réponse", x["resp_id"]),
            ("submitdate", "Date de soumission", "%s-%s-%s %s:00" % (dd[:4], dd[5:7], dd[8:10], dd[11:16])),
            ("lastpage", "Dernière page", "3"), ("startlanguage", "Langue de départ", "fr"),
            ("token", "Jeton", ""),
            ("G01Q01", "Nom de la structure porteuse", f["organisation"]),
            ("G01Q02[SQ001]", "Référent du projet [Nom]", f["contact_name"].split(" ", 1)[1]),
            ("G01Q02[SQ002]", "Référent du projet [Prénom]", f["contact_name"].split(" ", 1)[0]),
            ("G01Q03[SQ001]", "Coordonnées [Adresse]", f["address"]),
            ("G01Q03[SQ002]", "Coordonnées [Code postal]", f["postcode"]),
            ("G01Q03[SQ003]", "Coordonnées [Commune]", f["municipality"]),
            ("G01Q03[SQ004]", "Coordonnées [Téléphone]", d["phone"]),
            ("G01Q03[SQ005]", "Coordonnées [Courriel]", f["email"]),
            ("G01Q04", "Personne ayant rempli le formulaire (si différente)", x["respondent"]),
            ("G02Q01", "Titre du projet", f["project_title"]),
            ("G02Q02", "Description", desc),
            ("G02Q03", "Implication des habitants", part),
            ("G03Q01", "Budget total du projet (en euros)", d.get("total")),
            ("G03Q02", "Montant sollicité (en euros, 10 000 maximum)", d.get("req")),
            ("G03Q03", "Le projet bénéficie-t-il d'autres financements ?", "Non")]
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, "Question")
    c.drawString(300, y, "Réponse")
    y -= 6
    c.line(40, y, W - 40, y)
    y -= 4
    for code, q, v in rows:
        ql = simpleSplit("%s  %s" % (q, "(" + code + ")"), "Helvetica", 8.5, 250)
        vl = simpleSplit(v or "", "Helvetica", 8.5, W - 350)
        h = max(len(ql), len(vl), 1) * 10.5 + 6
        yy = y - 10
        c.setFont("Helvetica", 8.5)
        for l in ql:
            c.drawString(40, yy, l); yy -= 10.5
        yy = y - 10
        for l in vl:
            c.drawString(300, yy, l); yy -= 10.5
        y -= h
        c.setStrokeColor(colors.Color(.8, .8, .8))
        c.line(40, y, W - 40, y)
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "TCPDF 6.2.26 (http://www.tcpdf.org)")


# =====================================================================  PL4: Google Docs document exported as PDF
def pl4_gdocs(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    x = r["x"]
    buf = io.BytesIO()
    c = _canvas(buf, "Projectfiche" if nl else "Fiche projet", "", "")
    # header (org letterhead typed in the Docs header)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, H - 40, f["organisation"])
    c.setFont("Helvetica", 8)
    c.drawString(72, H - 52, x["letter_addr"] + "  ·  tel. " + x["letter_phone"] if nl else
                 x["letter_addr"] + "  ·  tél. " + x["letter_phone"])
    c.setFont("Helvetica", 22)
    c.drawString(72, H - 100, "Projectfiche Partons 2.0" if nl else "Fiche projet Partons 2.0")
    c.setFont("Helvetica", 11)
    c.setFillColor(colors.Color(.4, .4, .4))
    c.drawString(72, H - 118, "Maak werk van je buurt! – oproep 2019" if nl else "Faites bouger votre quartier ! – appel 2019")
    c.setFillColor(colors.black)
    y = H - 145
    if nl:
        rows = [("Naam organisatie", f["organisation"]), ("Contactpersoon", f["contact_name"]),
                ("Adres contactpersoon", "%s, %s %s" % (f["address"], f["postcode"], f["municipality"])),
                ("Tel / gsm", d["phone"]), ("Mail", f["email"]), ("Projectnaam", f["project_title"]),
                ("Wat?", desc), ("Met wie?", part), ("Wanneer?", timing),
                ("Budget totaal", d.get("total")), ("Eigen middelen", d.get("own")),
                ("Andere subsidies", d.get("other") or "/"), ("Gevraagd aan Partons", d.get("req"))]
    else:
        rows = [("Nom de la structure", f["organisation"]), ("Référent", f["contact_name"]),
                ("Adresse du référent", "%s, %s %s" % (f["address"], f["postcode"], f["municipality"])),
                ("Tél.", d["phone"]), ("Mail", f["email"]), ("Nom du projet", f["project_title"]),
                ("Quoi ?", desc), ("Avec qui ?", part), ("Quand ?", timing),
                ("Budget total", d.get("total")), ("Fonds propres", d.get("own")),
                ("Autres financements", d.get("other") or "aucun"), ("Demandé à Partons 2.0", d.get("req"))]
    c.setLineWidth(0.5)
    for lab, val in rows:
        vl = simpleSplit(val or "", "Helvetica", 10, 290)
        h = max(len(vl), 1) * 13 + 10
        c.setFillColor(colors.Color(.85, .92, .83))
        c.rect(72, y - h, 150, h, stroke=1, fill=1)
        c.setFillColor(colors.white)
        c.rect(222, y - h, W - 72 - 222, h, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(77, y - 14, lab)
        c.setFont("Helvetica", 10)
        yy = y - 14
        for l in vl:
            c.drawString(227, yy, l); yy -= 13
        y -= h
    c.setFont("Helvetica", 8)
    c.drawString(72, 40, ("Indienen vóór 16 juni 2019 (max. 10 000 euro)" if nl else "Dépôt avant le 16 juin 2019 (max. 10 000 euros)"))
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "Skia/PDF m76 Google Docs Renderer")


# =====================================================================  PL5: Pages / Word document exported as PDF, letterhead + checkboxes
def pl5_pages(r):
    nl = r["lang"] == "nl"
    f, d = r["f"], r["disp"]
    desc, part, timing = texts(r)
    x = r["x"]
    buf = io.BytesIO()
    c = _canvas(buf, "Projectfiche" if nl else "Fiche projet", f["contact_name"], "Pages")
    navy = colors.Color(.1, .2, .35)

    def letterhead():
        c.setFillColor(navy)
        c.setFont("Times-Bold", 16)
        c.drawString(60, H - 55, f["organisation"])
        c.setFont("Times-Roman", 9)
        c.drawString(60, H - 70, x["letter_addr"])
        c.drawString(60, H - 82, ("Tel. " if nl else "Tél. ") + x["letter_phone"] + "   ·   " + x["letter_mail"])
        c.setStrokeColor(navy)
        c.setLineWidth(1.2)
        c.line(60, H - 90, W - 60, H - 90)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 30, "%s – %s – %s" % (f["organisation"], x["letter_addr"], x["letter_phone"]))
        c.setFillColor(colors.black)

    letterhead()
    y = H - 125
    c.setFont("Times-Bold", 14)
    c.drawString(60, y, "Projectfiche – Maak werk van je buurt!" if nl else "Fiche projet – Partons 2.0")
    y -= 26

    def check(x0, y0, on):
        c.setLineWidth(0.6)
        c.rect(x0, y0 - 1, 9, 9)
        if on:
            c.setFont("ZapfDingbats", 9)
            c.drawString(x0 + 1, y0, "4")

    c.setFont("Times-Roman", 11)
    c.drawString(60, y, "Wij zijn:" if nl else "Nous sommes :")
    opts = ["een vereniging", "een bewonersgroep", "een lokaal bestuur"] if nl else ["une association", "un collectif d'habitants", "une commune"]
    xx = 140
    for i, o in enumerate(opts):
        check(xx, y, i == 0)
        c.setFont("Times-Roman", 11)
        c.drawString(xx + 13, y, o)
        xx += 130
    y -= 26
    if nl:
        items = [("Contactpersoon", f["contact_name"]),
                 ("Adres", "%s\n%s %s" % (f["address"], f["postcode"], f["municipality"])),
                 ("Telefoon", d["phone"]), ("E-mail", f["email"]),
                 ("Titel van het project", f["project_title"]), ("Wat willen we doen?", desc),
                 ("Wie werkt mee?", part),
                 ("Budget", "Totale kost: %s\nEigen inbreng: %s\nGevraagd aan Partons 2.0: %s" % (d["total"], d["own"], d["req"]))]
    else:
        items = [("Personne de contact", f["contact_name"]),
                 ("Adresse", "%s\n%s %s" % (f["address"], f["postcode"], f["municipality"])),
                 ("Téléphone", d["phone"]), ("Courriel", f["email"]),
                 ("Titre du projet", f["project_title"]), ("Que voulons-nous faire ?", desc),
                 ("Qui participe ?", part),
                 ("Budget", "Coût total : %s\nAutofinancement : %s\nMontant demandé à Partons 2.0 : %s" % (d["total"], d["own"], d["req"]))]
    for lab, val in items:
        c.setFont("Times-Bold", 11)
        c.drawString(60, y, lab)
        y -= 15
        c.setFont("Times-Roman", 11)
        for para in val.split("\n"):
            for l in simpleSplit(para, "Times-Roman", 11, W - 140):
                c.drawString(72, y, l)
                y -= 14
        y -= 8
    check(60, y, True)
    c.setFont("Times-Roman", 11)
    c.drawString(75, y, "Wij nemen deel aan de begeleidingssessies (26/09/2019 – 30/01/2020)" if nl
                 else "Nous participerons aux sessions d'accompagnement (26/09/2019 – 30/01/2020)")
    c.showPage()
    c.save()
    return set_producer(buf.getvalue(), "Mac OS X 10.14.5 Quartz PDFContext", "Pages")
