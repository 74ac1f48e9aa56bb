"""Dev half: 20 invented applications (10 Westhoek/NL, 10 French Nord/FR)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx.shared import Cm, Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.colors import HexColor, black, white
import io

from engines import (PForm, OForm, add_sdt, cell_text, docx_bytes, docx_new, set_col_widths,
                     shade, signature_png, table_borders, xlsx_bytes)

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def T(org, contact, email, phone, address, postcode, municipality, country, title, req, total):
    return {"organisation": org, "contact_name": contact, "email": email, "phone": phone,
            "address": address, "postcode": postcode, "municipality": municipality,
            "country": country, "project_title": title, "requested_amount": req,
            "total_budget": total}


# =====================================================================  NL  ==
@mail
def nl_kemmel_pdf():
    """Acrobat-made form, widgets Text1.., labels left, org vs contact address, budget widgets."""
    f = PForm(names=lambda i: "Text%d" % i, check_names=lambda i: "Check Box%d" % i,
              font="LiberationSans-Regular", bold="LiberationSans-Bold", label_fs=9.5,
              border=(0.45, 0.45, 0.45), fill=(0.93, 0.95, 1.0), widget_fs=9.5)
    f.text("Oudercomité VBS De Klimop", fs=9, color=(0.3, 0.3, 0.3), gap=0)
    f.text("AANVRAAG PROJECTSTEUN", fs=16, bold=True, gap=2)
    f.text("Projectoproep ‘Maak werk van je buurt!’ – Partons 2.0 (Provincie West-Vlaanderen)", fs=10, gap=10)
    f.band("1. De vereniging", fs=10.5, fill=(0.2, 0.35, 0.55), color=(1, 1, 1))
    f.field("Naam vereniging", "Oudercomité VBS De Klimop", lw=135)
    f.field("Adres (school)", "Vijverdreef 21", lw=135)
    f.row([("Postcode", "8956", 135, 60), ("Gemeente", "Kemmel", 55, 191)])
    f.row([("Telefoon school", "057 44 18 92", 135, 110), ("E-mail", "info.deklimop@example.org", 45, 195)])
    f.checks("Statuut:", [("feitelijke vereniging", True), ("vzw", False), ("lokaal bestuur", False)], colw=150)
    f.band("2. Contactpersoon voor dit dossier", fs=10.5, fill=(0.2, 0.35, 0.55), color=(1, 1, 1))
    f.row([("Naam", "Sofie Vandamme", 135, 170), ("Functie", "secretaris", 45, 130)])
    f.field("Adres contactpersoon", "Molenakker 7, 8956 Kemmel", lw=135)
    f.row([("Gsm", "0476/31.52.88", 135, 120), ("E-mail", "sofie.vandamme@example.net", 45, 185)])
    f.field("Voorzitter", "Pieter Dehaene", lw=135)
    f.band("3. Het project", fs=10.5, fill=(0.2, 0.35, 0.55), color=(1, 1, 1))
    f.field("Titel van het project", "Groene speelhoek voor school én buurt", lw=135)
    f.field("Korte omschrijving (wat, waar, met wie?)",
            "Onze speelplaats is na schooltijd en in het weekend dicht. Samen met de buurtbewoners "
            "willen we een hoek van de speelplaats vergroenen en openstellen: een houten klimtoestel, "
            "picknicktafels en plantvakken die de buurt mee onderhoudt. Een landschapsarchitect begeleidt "
            "twee ontwerpavonden met ouders, kinderen en buren. We sluiten af met een openingsfeest.",
            pos="above", h=74, multiline=True, fs=9)
    f.row([("Start", "september 2019", 135, 110), ("Einde", "juni 2020", 45, 120)])
    f.band("4. Begroting", fs=10.5, fill=(0.2, 0.35, 0.55), color=(1, 1, 1))
    f.table(["Uitgaven", "Bedrag (€)"], [
        [("w", "Houten klimcombinatie"), ("w", "5.400,00", None, 2)],
        [("w", "Plantgoed en boomschors"), ("w", "1.350,00", None, 2)],
        [("w", "2 picknicktafels"), ("w", "980,00", None, 2)],
        [("w", "Begeleiding landschapsarchitect"), ("w", "2.400,00", None, 2)],
        [("w", "Openingsfeest met de buurt"), ("w", "1.070,00", None, 2)],
        [("tb", "Totaal"), ("w", "11.200,00", None, 2)],
    ], [330, 169])
    f.table(["Inkomsten", "Bedrag (€)"], [
        [("t", "Eigen middelen oudercomité"), ("w", "2.600,00", None, 2)],
        [("t", "Gemeente Heuvelland (toelage)"), ("w", "750,00", None, 2)],
        [("t", "Gevraagd in deze oproep"), ("w", "7.850,00", None, 2)],
        [("tb", "Totaal"), ("w", "11.200,00", None, 2)],
    ], [330, 169])
    f.field("Gevraagde subsidie", "€ 7.850,-", lw=135, w=150)
    f.field("Totale kostprijs project", "€ 11.200,-", lw=135, w=150)
    f.text("Datum en handtekening voorzitter", fs=9, gap=2)
    f.row([("", "20/05/2019", 0, 110)])
    f.image(signature_png("P. Dehaene", slant=0.15), 150, 34)
    pdf = f.tobytes({"creator": "Adobe Acrobat Pro DC 19.12.20034",
                     "producer": "Adobe Acrobat Pro DC 19.12.20034", "title": "aanvraagformulier",
                     "author": "Pieter Dehaene"})
    body = ("Beste,\n\nIn bijlage vindt u de aanvraag van het oudercomité van VBS De Klimop voor de "
            "projectoproep Maak werk van je buurt.\nHet formulier is ingevuld en ondertekend door onze "
            "voorzitter.\n\nMet vriendelijke groeten,\nSofie Vandamme\nsecretaris oudercomité\n")
    return dict(
        lang="nl", fmt="pdf-acroform",
        truth=T("Oudercomité VBS De Klimop", "Sofie Vandamme", "sofie.vandamme@example.net",
                "+32476315288", "Vijverdreef 21", "8956", "Kemmel", "BE",
                "Groene speelhoek voor school én buurt", "7850.00", "11200.00"),
        mail={"from": ("Sofie Vandamme", "sofie.vandamme@example.net"), "date": "2019-05-21 20:14:05",
              "subject": "Aanvraag Partons - oudercomité De Klimop Kemmel", "body": body,
              "agent": ("X-Mailer", "Microsoft Outlook 16.0"),
              "attachments": [("Aanvraag Partons - Oudercomité De Klimop.pdf", pdf)]},
        notes="Acrobat-style widget names Text1..; school (organisation) address and phone differ from "
              "contact person's home address and gsm; amounts '€ 7.850,-'; budget widgets with total.")


@mail
def nl_merkem_pdf():
    """LibreOffice export (Tekstveld N), labels above, org + contact typed in one box, amount in words."""
    f = PForm(names=lambda i: "Tekstveld %d" % i, check_names=lambda i: "Selectievakje %d" % i,
              font="DejaVuSans", bold="DejaVuSans-Bold", label_fs=9, border=(0, 0, 0), fill=None,
              widget_fs=10, widget_font="TiRo")
    f.text("PROJECTFICHE", fs=15, bold=True, gap=0)
    f.text("Leefbare dorpen – hergebruikt voor: ‘Maak werk van je buurt!’ (Partons 2.0)", fs=9.5, gap=12)
    f.field("Aanvrager (naam vereniging en contactpersoon)", "Merkem Leeft! vzw – Bart Lefevere", pos="above", h=18)
    f.checks("Juridische vorm", [("feitelijke vereniging", False), ("vzw", True), ("lokaal bestuur", False),
                                 ("andere", False)], per_line=4, colw=125)
    f.field("Straat en nummer", "Steenakker 4", pos="above", w=300, h=18)
    f.field("Postcode en gemeente", "8650 Merkem", pos="above", w=300, h=18)
    f.row([("Telefoon", "051/56.72.09", 0, 200), ("E-mail", "merkemleeft@example.org", 0, 285)], pos="above", h=18)
    f.field("Verantwoordelijke / contact (indien verschillend)", "", pos="above", h=18)
    f.line(gap=10)
    f.field("Naam van het project", "Dorpsontmoetingspunt in de oude pastorijschuur", pos="above", h=18)
    f.field("Beschrijving van het project",
            "De schuur naast de pastorij staat al jaren leeg. Met een groep van 25 vrijwilligers willen we ze "
            "inrichten als ontmoetingsplek: koffie op zondag, een leeshoek, een plek voor de ruilmarkt en voor "
            "de seniorennamiddag. We vragen steun voor een bevraging bij alle inwoners, begeleiding door een "
            "architect (inrichtingsplan) en de aankoop van tafels, stoelen en een toog.",
            pos="above", h=90, multiline=True, fs=9.5)
    f.field("Hoe betrekt u de inwoners?",
            "Enquête huis aan huis (ca. 650 gezinnen), twee dorpsavonden, werkgroep met jongeren en senioren.",
            pos="above", h=36, multiline=True, fs=9.5)
    f.field("Gevraagd bedrag (in cijfers en letters)", "negenduizend vijfhonderd euro (9.500)", pos="above", w=330, h=18)
    f.field("Totale kostprijs van het project", "14 250 euro", pos="above", w=200, h=18)
    f.field("Andere financiering", "eigen werking 2.750 euro, sponsors 2.000 euro", pos="above", h=18)
    f.text("Opgemaakt te Merkem op 28 mei 2019", fs=9, gap=2)
    pdf = f.tobytes({"creator": "Writer", "producer": "LibreOffice 6.1", "title": "projectfiche"})
    body = ("Hallo,\n\nHierbij onze projectfiche voor de oproep van Partons 2.0. We gebruikten het formulier "
            "van 'Leefbare dorpen', hopelijk is dat geen probleem.\n\nGroeten\nBart\nMerkem Leeft! vzw\n")
    return dict(
        lang="nl", fmt="pdf-acroform",
        truth=T("Merkem Leeft! vzw", "Bart Lefevere", "merkemleeft@example.org", "+3251567209",
                "Steenakker 4", "8650", "Merkem", "BE",
                "Dorpsontmoetingspunt in de oude pastorijschuur", "9500.00", "14250.00"),
        mail={"from": ("Merkem Leeft", "merkemleeft@example.org"), "date": "2019-05-28 22:41:37",
              "subject": "projectfiche Merkem Leeft", "body": body,
              "agent": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
              "attachments": [("projectfiche_MerkemLeeft_2019.pdf", pdf)]},
        notes="LibreOffice-style names 'Tekstveld N'; labels above; organisation and contact typed together "
              "in the 'Aanvrager' box, separate contact box empty; requested amount in words with figure.")


@mail
def nl_proven_pdf():
    """Foxit-style fill_N names, one-person initiative (no organisation), e-mail widget labelled only by tooltip."""
    f = PForm(names=lambda i: "fill_%d" % i, font="LiberationSerif-Regular", bold="LiberationSerif-Bold",
              label_fs=11, border=None, fill=(1, 1, 0.88), widget_fs=10.5, widget_font="Cour")
    f.text("Aanvraag projectsteun", fs=18, bold=True, gap=0)
    f.text("Maak werk van je buurt – Westhoek 2019", fs=11, color=(0.4, 0.4, 0.4), gap=14)
    for lab, val in [("Naam vereniging / organisatie ....", "/"),
                     ("Initiatiefnemer ....", "Ward Vanneste"),
                     ("Straat + nr ....", "Hoppeland 33"),
                     ("Postcode ....", "8972"),
                     ("Gemeente ....", "Proven"),
                     ("Tel. / gsm ....", "+32 (0)473 58 20 14")]:
        f.field(lab, val, lw=190, h=17, gap=7)
    f.field("E-mail", "ward.vanneste@example.com", pos="tooltip", x=48 + 190, h=17, gap=12)
    f.field("Titel van het project ....", "Deelbakfiets voor Proven", lw=190, h=17, gap=7)
    f.text("Wat wil je doen?", bold=True, gap=3)
    f.widget((48, f.y, 547, f.y + 80),
             "Ik wil een elektrische bakfiets aankopen die alle inwoners van Proven gratis kunnen lenen via "
             "een eenvoudige reservatielijst bij de bakker. Zo kunnen ook mensen zonder auto boodschappen doen "
             "of kinderen naar school brengen. Buren helpen mee met het beheer (sleutels, nazicht).",
             multiline=True, fs=10)
    f.skip(90)
    f.text("Kostenraming", bold=True, gap=3)
    f.table(None, [
        [("t", "Elektrische bakfiets (offerte fietsenwinkel)"), ("w", "3.690,00")],
        [("t", "Slot + verzekering eerste jaar"), ("w", "340,00")],
        [("t", "Infoavond + flyers"), ("w", "350,00")],
        [("tb", "TOTAAL"), ("w", "4.380,00")],
    ], [330, 169], h=18)
    f.field("Gevraagd bedrag ....", "4.380,00", lw=190, w=120, h=17)
    f.field("Totale kostprijs ....", "4.380,00", lw=190, w=120, h=17)
    f.skip(10)
    f.text("Handtekening", fs=10, gap=2)
    f.image(signature_png("Ward Vanneste", size=40, slant=0.1), 140, 31)
    pdf = f.tobytes({"creator": "Foxit PhantomPDF - Foxit Software Inc.",
                     "producer": "Foxit PhantomPDF Printer Version 9.5.0.0530", "title": "Aanvraag projectsteun"})
    body = ("Goedemiddag,\n\nIk ben geen vereniging maar wil graag een deelbakfiets voor het dorp opstarten. "
            "Mijn aanvraag zit in bijlage.\n\nVriendelijke groet,\nWard Vanneste\n")
    return dict(
        lang="nl", fmt="pdf-acroform",
        truth=T(None, "Ward Vanneste", "ward.vanneste@example.com", "+32473582014", "Hoppeland 33",
                "8972", "Proven", "BE", "Deelbakfiets voor Proven", "4380.00", "4380.00"),
        mail={"from": ("Ward Vanneste", "ward.vanneste@example.com"), "date": "2019-06-03 13:05:52",
              "subject": "aanvraag deelbakfiets", "body": body, "msgid_style": 2,
              "attachments": [("aanvraag_bakfiets_WV.pdf", pdf)]},
        notes="One-person initiative: organisation box filled with '/' -> organisation null. E-mail widget has no "
              "page label, only a tooltip. Requested = total (no own contribution).")


@mail
def nl_woumen_docx():
    """Word table, label left, merged section rows, association address vs contact home address."""
    d = docx_new(font="Calibri", size=10.5)
    p = d.add_paragraph()
    r = p.add_run("Vrouwenclub De Spinnerij")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x8B, 0x1E, 0x3F)
    d.add_paragraph("Aanvraagformulier projectoproep ‘Maak werk van je buurt!’ 2019")
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]

    def sect(title):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[1])
        cell_text(c, title, bold=True, color="FFFFFF")
        shade(c, "8B1E3F")

    def kv(k, v):
        row = t.add_row()
        cell_text(row.cells[0], k)
        shade(row.cells[0], "F2E6EA")
        cell_text(row.cells[1], v)

    sect("1. Gegevens vereniging")
    kv("Naam vereniging", "Vrouwenclub De Spinnerij")
    kv("Adres vereniging", "Kasteelhoek 2")
    kv("Postcode – gemeente", "8600 Woumen")
    kv("Ondernemingsnummer", "niet van toepassing (feitelijke vereniging)")
    kv("Rekeningnummer", "BE71 0017 4412 8369")
    sect("2. Contactpersoon")
    kv("Naam", "Hilde Verhaeghe")
    kv("Functie in de vereniging", "secretaris")
    kv("Adres", "Zwaluwenweg 3, 8600 Diksmuide")
    kv("Telefoon", "+32 (0)51 50 27 63")
    kv("E-mail", "hilde.verhaeghe@example.net")
    sect("3. Voorzitter")
    kv("Naam voorzitter", "Rita Deconinck")
    kv("Tel. voorzitter", "0498 12 77 40")
    sect("4. Project")
    kv("Titel van het project", "Een bank om te babbelen: zitplekken en ontmoetingshoek aan de kerk")
    kv("Omschrijving",
       "Rond de kerk van Woumen is geen enkele zitbank meer. Veel oudere inwoners wandelen er dagelijks. "
       "We plaatsen vier banken, plantenbakken en een infobord waarop buren berichten kunnen hangen. Twee "
       "ontmoetingsnamiddagen brengen oud en jong samen; de jeugdbeweging helpt mee.")
    kv("Gevraagde subsidie", "€ 6000")
    kv("Totale kostprijs", "€ 8.400")
    set_col_widths(t, [5.0, 12.0])
    d.add_paragraph()
    d.add_paragraph("Begroting (uitgaven)").runs[0].bold = True
    b = d.add_table(rows=1, cols=2)
    b.style = d.styles["Table Grid"]
    cell_text(b.rows[0].cells[0], "Post", bold=True)
    cell_text(b.rows[0].cells[1], "Bedrag", bold=True)
    for k, v in [("4 zitbanken (gerecycleerd plastic)", "€ 3.960"), ("Plantenbakken + beplanting", "€ 1.240"),
                 ("Infobord ‘buurt’", "€ 700"), ("Ontmoetingsnamiddagen (2x)", "€ 900"),
                 ("Vormgeving en drukwerk uitnodigingen", "€ 1.600"), ("Totaal", "€ 8.400")]:
        row = b.add_row()
        cell_text(row.cells[0], k, bold=(k == "Totaal"))
        cell_text(row.cells[1], v, bold=(k == "Totaal"), align="right")
    set_col_widths(b, [12.0, 5.0])
    d.add_paragraph()
    d.add_paragraph("Woumen, 14 mei 2019")
    data = docx_bytes(d, author="Hilde", title="")
    body = ("Beste,\n\nHierbij de aanvraag van onze vrouwenclub voor de zitbanken aan de kerk.\n"
            "Bij vragen mag u mij altijd bellen.\n\nHilde Verhaeghe\nVrouwenclub De Spinnerij\n")
    return dict(
        lang="nl", fmt="docx",
        truth=T("Vrouwenclub De Spinnerij", "Hilde Verhaeghe", "hilde.verhaeghe@example.net", "+3251502763",
                "Kasteelhoek 2", "8600", "Woumen", "BE",
                "Een bank om te babbelen: zitplekken en ontmoetingshoek aan de kerk", "6000.00", "8400.00"),
        mail={"from": ("Hilde Verhaeghe", "hilde.verhaeghe@example.net"), "date": "2019-05-14 09:22:10",
              "subject": "aanvraag Maak werk van je buurt - Vrouwenclub De Spinnerij", "body": body,
              "agent": ("X-Mailer", "Microsoft Outlook 15.0"),
              "attachments": [("aanvraag De Spinnerij.docx", data)]},
        notes="Word table label-left with merged section rows; association address (Woumen) differs from the "
              "contact's home (Diksmuide); chair phone present as distractor; '€ 6000' without separators.")


@mail
def nl_zillebeke_docx():
    """Word content controls (w:sdt); some placeholders left; total only in budget table."""
    d = docx_new(font="Arial", size=10)
    h = d.add_paragraph()
    r = h.add_run("Jeugdbeweging De Vlasbloem Zillebeke – aanvraag Partons 2.0")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Vul de grijze velden in. Stuur het formulier terug per mail.").runs[0].italic = True
    PH = "Klik of tik om tekst in te voeren."
    t = d.add_table(rows=0, cols=2)
    table_borders(t, sz=2, color="BFBFBF")
    rows = [("Naam vereniging", "Jeugdbeweging De Vlasbloem"),
            ("Adres (lokaal)", "Dammestraat 48"),
            ("Postcode", "8902"),
            ("Gemeente", "Zillebeke"),
            ("Contactpersoon", "Lukas Verstraete (hoofdleiding)"),
            ("Telefoon", "0485 66 23 19"),
            ("E-mail", "hoofdleiding.devlasbloem@example.org"),
            ("Rekeningnummer", None),
            ("Projecttitel", "Ons speelterrein, ook jullie speelterrein"),
            ("Gevraagd bedrag", "10.000 euro (maximum)"),
            ("Totaal projectbudget", None)]
    for k, v in rows:
        row = t.add_row()
        cell_text(row.cells[0], k + ":", bold=True)
        add_sdt(row.cells[1].paragraphs[0], v, PH, alias=k)
    set_col_widths(t, [4.5, 12.5])
    d.add_paragraph()
    d.add_paragraph("Beschrijving van het project:").runs[0].bold = True
    p = d.add_paragraph()
    add_sdt(p, "Ons speelterrein aan de Dammestraat ligt er verloren bij en is enkel op zondag in gebruik. We "
               "willen het afsluiten met een poortje dat overdag openstaat, zitblokken en een vuurplaats "
               "plaatsen en samen met de leden en de buurt houten speelelementen bouwen. Zo wordt het ook "
               "door de gezinnen uit de buurt gebruikt. We starten met een buurtdag met BBQ.",
            PH, alias="Beschrijving", multiline=True)
    d.add_paragraph()
    d.add_paragraph("Begroting").runs[0].bold = True
    b = d.add_table(rows=1, cols=2)
    b.style = d.styles["Table Grid"]
    cell_text(b.rows[0].cells[0], "Omschrijving", bold=True)
    cell_text(b.rows[0].cells[1], "Bedrag", bold=True)
    for k, v in [("Afsluiting en poortje", "4.850,00"), ("Zitblokken + vuurplaats", "2.300,00"),
                 ("Houten speelelementen (zelfbouw, materiaal)", "6.120,00"), ("Buurtdag + BBQ", "1.480,00"),
                 ("Communicatie (affiches, banner)", "2.000,00"), ("Totaal", "16.750,00")]:
        row = b.add_row()
        cell_text(row.cells[0], k, bold=(k == "Totaal"))
        cell_text(row.cells[1], v, bold=(k == "Totaal"), align="right")
    set_col_widths(b, [12.0, 5.0])
    d.add_paragraph()
    d.add_paragraph("Het verschil betalen we zelf (kas + opbrengst spaghettiavond).")
    data = docx_bytes(d, author="Lukas", title="Aanvraag")
    body = ("Dag,\n\nIn bijlage onze aanvraag voor het speelterrein. Het rekeningnummer bezorg ik nog "
            "(moet het navragen bij onze kassier).\n\nStevige linkerhand,\nLukas\nhoofdleiding De Vlasbloem\n")
    return dict(
        lang="nl", fmt="docx",
        truth=T("Jeugdbeweging De Vlasbloem", "Lukas Verstraete", "hoofdleiding.devlasbloem@example.org",
                "+32485662319", "Dammestraat 48", "8902", "Zillebeke", "BE",
                "Ons speelterrein, ook jullie speelterrein", "10000.00", "16750.00"),
        mail={"from": ("Lukas Verstraete", "hoofdleiding.devlasbloem@example.org"), "date": "2019-06-09 17:48:21",
              "subject": "Aanvraag speelterrein De Vlasbloem", "body": body, "msgid_style": 2,
              "attachments": [("Aanvraagformulier Vlasbloem.docx", data)]},
        notes="Values in Word content controls (w:sdt); 'Totaal projectbudget' and 'Rekeningnummer' still show "
              "the placeholder text; total taken from the budget table's total line. Contact value carries "
              "'(hoofdleiding)' -> name only.")


@mail
def nl_oostduinkerke_docx():
    """Word paragraphs with labels and dotted lines, values typed over the dots."""
    d = docx_new(font="Times New Roman", size=11.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("AANVRAAGFORMULIER\nProjectoproep Maak werk van je buurt")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph()
    lines = [
        ("Naam vereniging", "Gepensioneerde Leerkrachten Oostduinkerke"),
        ("Adres van de vereniging", "Duinroosstraat 17"),
        ("Postnummer en gemeente", "8670 Oostduinkerke"),
        ("Voorzitter", "Godelieve Peene"),
        ("Contactpersoon", "Marc Lietaert"),
        ("Telefoon contactpersoon", "058 51 23 47"),
        ("E-mail contactpersoon", "marc.lietaert@example.net"),
        ("Titel van het project", "Wandelen langs de verhalen van de garnaalvissers"),
    ]
    for k, v in lines:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        p.add_run(k + ": ")
        p.add_run(v)
        p.add_run(" " + "." * max(8, 70 - len(k) - len(v)))
    p = d.add_paragraph("Korte beschrijving: ")
    p.add_run("Onze leden verzamelen verhalen van oud-vissers en hun families. Daarmee maken we een wandelkaart en "
              "zes verhaalpalen met QR-code door de wijk. Leerlingen van de lagere school helpen mee met "
              "tekeningen. De wandeling wordt voorgesteld op een buurtnamiddag.")
    p = d.add_paragraph()
    p.add_run("Gevraagde subsidie: 3 250 EUR ").bold = False
    p.add_run("." * 40)
    p = d.add_paragraph()
    p.add_run("Totale kostprijs: 5 100 EUR ")
    p.add_run("." * 44)
    d.add_paragraph()
    d.add_paragraph("Raming van de kosten en inkomsten").runs[0].underline = True
    b = d.add_table(rows=1, cols=4)
    b.style = d.styles["Table Grid"]
    hdr = ["Kosten", "EUR", "Inkomsten", "EUR"]
    for c, s in zip(b.rows[0].cells, hdr):
        cell_text(c, s, bold=True)
    rows = [("Onderzoek en interviews", "350", "Eigen inbreng vereniging", "1 850"),
            ("Vormgeving wandelkaart", "1 200", "Partons 2.0 (gevraagd)", "3 250"),
            ("Drukwerk 2 000 ex.", "1 450", "", ""),
            ("6 verhaalpalen met QR-code", "1 700", "", ""),
            ("Voorstelling aan de buurt", "400", "", ""),
            ("Totaal", "5 100", "Totaal", "5 100")]
    for rr in rows:
        row = b.add_row()
        for i, (c, s) in enumerate(zip(row.cells, rr)):
            cell_text(c, s, bold=(rr[0] == "Totaal"), align="right" if i % 2 else None)
    set_col_widths(b, [5.5, 2.5, 5.5, 2.5])
    d.add_paragraph()
    d.add_paragraph("Datum: 2 juni 2019                         Handtekening: G. Peene")
    data = docx_bytes(d, author="marc", title="")
    body = ("Geachte,\n\nNamens onze vereniging van gepensioneerde leerkrachten stuur ik u in bijlage ons "
            "aanvraagformulier.\nMet dank voor uw aandacht,\n\nMarc Lietaert\n")
    return dict(
        lang="nl", fmt="docx",
        truth=T("Gepensioneerde Leerkrachten Oostduinkerke", "Marc Lietaert", "marc.lietaert@example.net",
                "+3258512347", "Duinroosstraat 17", "8670", "Oostduinkerke", "BE",
                "Wandelen langs de verhalen van de garnaalvissers", "3250.00", "5100.00"),
        mail={"from": ("Marc Lietaert", "marc.lietaert@example.net"), "date": "2019-06-02 11:37:44",
              "subject": "aanvraagformulier Partons", "body": body,
              "agent": ("X-Mailer", "Apple Mail (2.3445.104.11)"),
              "attachments": [("Partons aanvraag gepensioneerden.docx", data)]},
        notes="Plain paragraphs 'Label: value ......' with dotted leaders; amounts '3 250 EUR'; four-column "
              "budget table with costs and income side by side; chair named apart from contact.")


@mail
def nl_pollinkhove_odt():
    """ODT label/value table with a section header row and a budget table, amounts with cents."""
    o = OForm(font="Liberation Sans", size="10pt")
    o.pstyle("H", size="15pt", bold=True, margin_bottom="0.3cm")
    o.pstyle("S", size="9pt", italic=True, color="#555555", margin_bottom="0.3cm")
    o.pstyle("TB", size="10pt", bold=True)
    o.pstyle("R", align="end")
    o.cellstyle("Lab", bg="#E8F0E0")
    o.cellstyle("Hdr", bg="#6A8F4E")
    o.tstyle("W", bold=True, color="#FFFFFF")
    o.para("Buurtcomité De Zeven Linden", "H")
    o.para("Projectaanvraag ‘Maak werk van je buurt!’ – Partons 2.0 – juni 2019", "S")
    rows = [[[("AANVRAGER", "W")]],
            ["Naam buurtcomité", "Buurtcomité De Zeven Linden"],
            ["Adres", "Lindeplein 5"],
            ["Postcode / Gemeente", "8647 Pollinkhove"],
            ["Voorzitter", "Koen Baert"],
            ["Contactpersoon", "Jolien Desmet"],
            ["GSM contactpersoon", "0479 20 64 11"],
            ["E-mail", "zevenlinden@example.org"],
            [[("PROJECT", "W")]],
            ["Titel", "Samen tuinieren achter de parochiezaal"],
            ["Wat?", "Een gemeenschappelijke moestuin met hoogbakken, een tuinhuis en compostbakken op het "
                     "braakliggende stuk grond achter de parochiezaal. Een ecologische tuinier begeleidt zes "
                     "sessies. Iedereen uit de buurt kan een bak gebruiken; de school krijgt er twee."],
            ["Wie doet mee?", "ongeveer 30 gezinnen, de school, de KVLV-afdeling en de seniorenclub"],
            ["Gevraagde subsidie", "8500"],
            ["Totale kostprijs", "12.040,75"]]
    cs = {(0, 0): "Hdr", (8, 0): "Hdr"}
    for i in range(len(rows)):
        if (i, 0) not in cs:
            cs[(i, 0)] = "Lab"
    o.table(rows, [5.0, 12.0], spans={(0, 0): 2, (8, 0): 2}, cell_styles=cs)
    o.para("")
    o.para("Begroting", "TB")
    o.table([["Post", "Bedrag (euro)"],
             ["Tuinhuis (bouwpakket)", "2.890,00"],
             ["Hoogbakken (8 stuks)", "2.345,75"],
             ["Gereedschap", "1.180,00"],
             ["Regenwaterton + pomp", "625,00"],
             ["Begeleiding ecologische tuinier (6 sessies)", "2.700,00"],
             ["Compostbakken", "1.500,00"],
             ["Oogstfeest", "800,00"],
             [[("Totaal", "B")], [("12.040,75", "B")]]], [12.0, 5.0])
    o.para("")
    o.para("Eigen inbreng van het buurtcomité: 3.540,75 euro (kas + tuinplantenverkoop).")
    data = o.tobytes()
    body = ("Beste,\n\nHierbij ons aanvraagformulier (in bijlage, LibreOffice-bestand).\n"
            "Groetjes van het buurtcomité,\nJolien Desmet\n0479 20 64 11\n")
    return dict(
        lang="nl", fmt="odt",
        truth=T("Buurtcomité De Zeven Linden", "Jolien Desmet", "zevenlinden@example.org", "+32479206411",
                "Lindeplein 5", "8647", "Pollinkhove", "BE", "Samen tuinieren achter de parochiezaal",
                "8500.00", "12040.75"),
        mail={"from": ("Jolien Desmet", "zevenlinden@example.org"), "date": "2019-06-07 19:02:33",
              "subject": "Aanvraag Buurtcomité De Zeven Linden", "body": body,
              "agent": ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1"),
              "attachments": [("aanvraag zeven linden.odt", data)]},
        notes="ODT table with spanned section rows; requested written bare '8500'; total with cents "
              "'12.040,75'; postcode and municipality in one cell.")


@mail
def nl_westouter_odt():
    """ODT 'label: value' paragraphs; requested amount only in the income part of the budget table."""
    o = OForm(font="DejaVu Sans", size="10pt", generator="LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe267cc68dde00352a451aa867b3b546ac")
    o.pstyle("H", size="13pt", bold=True, margin_bottom="0.2cm", align="center")
    o.pstyle("Sec", size="11pt", bold=True, margin_top="0.35cm", margin_bottom="0.15cm", color="#1F4E79")
    o.para("Dorpsfeestcomité Westouter", "H")
    o.para("Kandidatuur projectoproep Partons 2.0 – Maak werk van je buurt", "H")
    o.para("Gegevens", "Sec")
    for k, v in [("Naam van de vereniging", "Dorpsfeestcomité Westouter"),
                 ("Voorzitter", "Dirk Vanhee"),
                 ("Verantwoordelijke voor dit project", "Nele Cappoen"),
                 ("Adres", "Boomgaardweg 40"),
                 ("", "8954 Westouter"),
                 ("Telefoon", "057/33.48.02"),
                 ("Mail", "nele.cappoen@example.com")]:
        if k:
            o.para([(k + ": ", "B"), (v, None)])
        else:
            o.para([("\t\t" + v, None)])
    o.para("Ons project", "Sec")
    o.para([("Titel: ", "B"), ("Dorpsfeest én bevraging: hoe ziet ons dorpshuis eruit?", None)])
    o.para("Op het jaarlijkse dorpsfeest (eind augustus) houden we een grote bevraging: wat moet er in een "
           "dorpshuis komen? Een participatie-expert begeleidt twee avonden waarop we de resultaten samen "
           "bespreken. Er is animatie voor de kinderen zodat ook jonge ouders kunnen meedoen.")
    o.para("Begroting", "Sec")
    o.table([[[("Uitgaven", "B")], ""],
             ["Enquête (druk + verwerking)", "€ 650"],
             ["Begeleiding participatie-expert (2 avonden)", "€ 1.800"],
             ["Tent, stoelen en tafels (huur)", "€ 2.150"],
             ["Animatie kinderen", "€ 600"],
             ["Promotie", "€ 400"],
             [[("Totaal uitgaven", "B")], [("€ 5.600", "B")]],
             [[("Inkomsten", "B")], ""],
             ["Eigen middelen dorpsfeestcomité", "€ 1.200"],
             ["Bijdrage Partons 2.0 (gevraagd)", "€ 4.400"],
             [[("Totaal inkomsten", "B")], [("€ 5.600", "B")]]], [11.0, 4.0])
    o.para("")
    o.para("Westouter, 30 mei 2019 – Nele Cappoen")
    data = o.tobytes()
    body = ("Beste coördinator,\n\nIn de bijlage stuur ik de kandidatuur van ons dorpsfeestcomité.\n\n"
            "Vriendelijke groeten,\nNele Cappoen\n")
    return dict(
        lang="nl", fmt="odt",
        truth=T("Dorpsfeestcomité Westouter", "Nele Cappoen", "nele.cappoen@example.com", "+3257334802",
                "Boomgaardweg 40", "8954", "Westouter", "BE",
                "Dorpsfeest én bevraging: hoe ziet ons dorpshuis eruit?", "4400.00", "5600.00"),
        mail={"from": ("Nele Cappoen", "nele.cappoen@example.com"), "date": "2019-05-30 21:16:09",
              "subject": "Kandidatuur Partons 2.0 Westouter", "body": body, "msgid_style": 1,
              "attachments": [("Kandidatuur Partons Westouter.odt", data)]},
        notes="ODT 'Label: value' paragraphs; postcode+municipality on an unlabelled second address line; no "
              "requested-amount field: it is the 'Bijdrage Partons 2.0 (gevraagd)' income line.")


@mail
def nl_beveren_xlsx():
    """Spreadsheet form sent by a municipal employee for a residents' platform."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraag"
    bold = Font(bold=True)
    ws["A1"] = "Projectoproep Maak werk van je buurt 2019 – aanvraag"
    ws["A1"].font = Font(bold=True, size=13)
    rows = [("Naam organisatie", "Bewonersplatform Beveren Leeft"),
            ("Juridisch statuut", "feitelijke vereniging"),
            ("Adres", "Pastorieweg 6"),
            ("Postcode", 8691),
            ("Gemeente", "Beveren-aan-den-IJzer"),
            ("Contactpersoon", "Geert Vermeulen"),
            ("Telefoon", "+32 58 29 71 40"),
            ("E-mail", "geert.vermeulen@example.net"),
            ("Titel project", "Buurtmeters voor Beveren"),
            ("Gevraagd bedrag", 6200),
            ("Totaal project", "=Begroting!B9"),
            ("Ingediend via", "Dienst Vrije Tijd (gemeente)")]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(row=i, column=1, value=k).font = bold
        c = ws.cell(row=i, column=2, value=v)
        if k in ("Gevraagd bedrag", "Totaal project"):
            c.number_format = '#,##0.00 "€"'
        if k == "Postcode":
            c.alignment = Alignment(horizontal="left")
    ws["A16"] = "Omschrijving"
    ws["A16"].font = bold
    ws["B16"] = ("In elke straat van Beveren een ‘buurtmeter’: een vrijwilliger bij wie buren terechtkunnen met "
                 "vragen en die mensen doorverwijst. Opleiding, herkenbare jassen, een buurtkrantje en vier "
                 "ontmoetingsmomenten.")
    ws["B16"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[16].height = 75
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60
    bs = wb.create_sheet("Begroting")
    bs["A1"] = "Begroting"
    bs["A1"].font = Font(bold=True, size=12)
    bs["A2"], bs["B2"] = "Kostenpost", "Bedrag"
    bs["A2"].font = bs["B2"].font = bold
    items = [("Opleiding buurtmeters (3 sessies)", 1500), ("Herkenbare jassen + badges", 850),
             ("Drukwerk + buurtkrant", 1200), ("Ontmoetingsmomenten (4x)", 2400),
             ("Coördinatie / vrijwilligersvergoeding", 1500)]
    for i, (k, v) in enumerate(items, start=3):
        bs.cell(row=i, column=1, value=k)
        bs.cell(row=i, column=2, value=v).number_format = '#,##0.00 "€"'
    bs["A9"] = "Totaal"
    bs["A9"].font = bold
    bs["B9"] = "=SUM(B3:B7)"
    bs["B9"].number_format = '#,##0.00 "€"'
    bs["B9"].font = bold
    bs["A11"] = "Eigen inbreng platform"
    bs["B11"] = 1250
    bs["B11"].number_format = '#,##0.00 "€"'
    bs["A12"] = "Gevraagd Partons"
    bs["B12"] = "=B9-B11"
    bs["B12"].number_format = '#,##0.00 "€"'
    bs.column_dimensions["A"].width = 38
    bs.column_dimensions["B"].width = 14
    data = xlsx_bytes(wb, creator="lclaeys", cached={"xl/worksheets/sheet1.xml": {"B13": "7450"},
                                                    "xl/worksheets/sheet2.xml": {"B9": "7450", "B12": "6200"}})
    body = ("Goedemorgen,\n\nNamens het bewonersplatform ‘Beveren Leeft’ bezorg ik u hun aanvraag voor de "
            "projectoproep. Wij hebben als dienst Vrije Tijd geholpen met het formulier.\n"
            "Voor inhoudelijke vragen kunt u best rechtstreeks contact opnemen met hun contactpersoon "
            "(zie formulier).\n\nMet vriendelijke groeten,\n\nLotte Claeys\nDienst Vrije Tijd\n"
            "T 058 28 80 12\n")
    return dict(
        lang="nl", fmt="xlsx",
        truth=T("Bewonersplatform Beveren Leeft", "Geert Vermeulen", "geert.vermeulen@example.net",
                "+3258297140", "Pastorieweg 6", "8691", "Beveren-aan-den-IJzer", "BE",
                "Buurtmeters voor Beveren", "6200.00", "7450.00"),
        mail={"from": ("Lotte Claeys", "lotte.claeys@example.com"), "date": "2019-06-11 08:47:15",
              "subject": "Aanvraag Partons 2.0 - bewonersplatform Beveren Leeft",
              "body": body, "cc": "geert.vermeulen@example.net",
              "agent": ("X-Mailer", "Microsoft Outlook 16.0"),
              "attachments": [("Partons_aanvraag_BeverenLeeft.xlsx", data)]},
        notes="Sent by a municipal employee (her own phone in the signature) for the residents' platform; the "
              "contact is the platform's person. Postcode is a number cell; total is a formula pointing to "
              "the budget sheet (cached value stored); amounts formatted by Excel.")


@mail
def nl_handzame_body():
    """Form pasted into the plain-text body."""
    body = """Dag,

Het formulier van de website kreeg ik niet ingevuld op mijn computer, dus ik heb alles hieronder overgetypt.

Naam vereniging : Buurtvereniging De Kouterwijk
Contactpersoon : An Vermandere
Adres : Kouterwegel 11
Postcode + Gemeente : 8610 Handzame
Tel : 051 57 03 86
Email : an.vermandere@example.net

Titel project : Buurtbib en babbelbank in de Kouterwijk
Korte omschrijving : Een kleine buurtbibliotheek (kastje aan het speelpleintje) met een zitbank
ernaast, en drie keer per jaar een ‘babbelnamiddag’ voor de oudere buren. De buurtkinderen
schilderen het kastje.

Gevraagde subsidie : € 2.450,50
Totale kost : € 3.180,50
(verschil = eigen kas van de buurtvereniging)

Alvast bedankt!
An Vermandere
Buurtvereniging De Kouterwijk
"""
    return dict(
        lang="nl", fmt="body-text",
        truth=T("Buurtvereniging De Kouterwijk", "An Vermandere", "an.vermandere@example.net", "+3251570386",
                "Kouterwegel 11", "8610", "Handzame", "BE", "Buurtbib en babbelbank in de Kouterwijk",
                "2450.50", "3180.50"),
        mail={"from": ("An Vermandere", "an.vermandere@example.net"), "date": "2019-05-08 15:29:40",
              "subject": "projectvoorstel buurtvereniging De Kouterwijk", "body": body, "msgid_style": 2},
        notes="Plain text body, 'Label : value' lines; amounts with cents.")


# =====================================================================  FR  ==
@mail
def fr_eecke_pdf():
    """LibreOffice-FR export ('Zone de texte N'), labels left, siège vs référent, budget widgets."""
    f = PForm(names=lambda i: "Zone de texte %d" % i, check_names=lambda i: "Case à cocher %d" % i,
              font="LiberationSans-Regular", bold="LiberationSans-Bold", label_fs=9.5,
              border=(0.2, 0.2, 0.2), fill=None, widget_fs=10)
    f.text("Comité des fêtes d'Eecke", fs=11, bold=True, color=(0.6, 0.1, 0.1), gap=0)
    f.text("Appel à projets « Faites vivre votre quartier ! » – PARTONS 2.0", fs=13, bold=True, gap=1)
    f.text("Dossier de candidature", fs=11, gap=10)
    f.band("Identification de la structure", fs=10, fill=(0.95, 0.88, 0.85))
    f.field("Nom de l'association :", "Comité des fêtes d'Eecke", lw=160)
    f.field("Siège social :", "14 rue des Houblons", lw=160)
    f.row([("Code postal :", "59114", 160, 70), ("Commune :", "Eecke", 60, 199)])
    f.field("N° RNA :", "W595012384", lw=160, w=150)
    f.field("Courriel de l'association :", "comitedesfetes.eecke@example.org", lw=160)
    f.field("Président(e) :", "Jean-Marc Degrave", lw=160)
    f.band("Personne à contacter", fs=10, fill=(0.95, 0.88, 0.85))
    f.field("Nom, prénom :", "Delbaere Martine", lw=160)
    f.field("Adresse du référent :", "3 impasse du Bleuet, 59114 Eecke", lw=160)
    f.row([("Téléphone :", "06 12 47 83 20", 160, 110), ("Courriel :", "martine.delbaere@example.net", 55, 164)])
    f.band("Le projet", fs=10, fill=(0.95, 0.88, 0.85))
    f.field("Intitulé du projet :", "Fête des voisins et marché du terroir sur la place", lw=160)
    f.field("Description :",
            "Chaque premier dimanche de juin, la place du village accueillera une fête des voisins couplée à un "
            "marché de producteurs locaux. Les habitants décident du programme lors de deux réunions publiques. "
            "Nous souhaitons acheter des barnums et du mobilier qui resteront à disposition des associations "
            "du village.", lw=160, h=66, multiline=True, fs=9)
    f.field("Montant sollicité :", "9 500 €", lw=160, w=120)
    f.field("Coût total du projet :", "13 800 €", lw=160, w=120)
    f.band("Budget prévisionnel", fs=10, fill=(0.95, 0.88, 0.85))
    f.table(["Dépenses", "€", "Recettes", "€"], [
        [("t", "Location chapiteau"), ("w", "3 200"), ("t", "Fonds propres"), ("w", "2 300")],
        [("t", "Sonorisation"), ("w", "1 100"), ("t", "Commune d'Eecke"), ("w", "2 000")],
        [("t", "Communication"), ("w", "900"), ("t", "PARTONS 2.0"), ("w", "9 500")],
        [("t", "Animation enfants"), ("w", "1 600"), ("t", ""), ("w", "")],
        [("t", "Barnums producteurs (achat)"), ("w", "4 800"), ("t", ""), ("w", "")],
        [("t", "Mobilier (tables, bancs)"), ("w", "2 200"), ("t", ""), ("w", "")],
        [("tb", "TOTAL"), ("w", "13 800"), ("tb", "TOTAL"), ("w", "13 800")],
    ], [150, 80, 189, 80], h=17)
    f.text("Fait à Eecke, le 16/05/2019", fs=9)
    pdf = f.tobytes({"creator": "Writer", "producer": "LibreOffice 6.0", "title": "Dossier de candidature"})
    body = ("Bonjour,\n\nVeuillez trouver ci-joint le dossier de candidature du Comité des fêtes d'Eecke pour "
            "l'appel à projets Partons 2.0.\n\nBien cordialement,\n\nMartine Delbaere\nsecrétaire\n")
    return dict(
        lang="fr", fmt="pdf-acroform",
        truth=T("Comité des fêtes d'Eecke", "Martine Delbaere", "martine.delbaere@example.net", "+33612478320",
                "14 rue des Houblons", "59114", "Eecke", "FR",
                "Fête des voisins et marché du terroir sur la place", "9500.00", "13800.00"),
        mail={"from": ("Martine Delbaere", "martine.delbaere@example.net"), "date": "2019-05-16 10:12:48",
              "subject": "Candidature appel à projets PARTONS 2.0 – Comité des fêtes d'Eecke", "body": body,
              "agent": ("X-Mailer", "Microsoft Outlook 16.0"),
              "attachments": [("Dossier candidature PARTONS - Comité des fêtes Eecke.pdf", pdf)]},
        notes="'Zone de texte N' names; siège social vs référent's home address (truth = siège); contact "
              "written 'Nom Prénom' (Delbaere Martine) -> truth 'Martine Delbaere'; association e-mail and "
              "contact e-mail both given (truth = contact's); '9 500 €'.")


def captions(f, spans):
    """underline + small caption under widgets placed by f.row (labels printed under the line)."""
    for x0, x1, cap in spans:
        f.page.draw_line((x0, f.y), (x1, f.y), color=(0, 0, 0), width=0.7)
        f.text_at(x0, f.y + 9, cap, fs=8, color=(0.3, 0.3, 0.3))
    f.y += 18


@mail
def fr_godewaersvelde_pdf():
    """Acrobat-FR names (Texte1..), labels printed under the lines, several labels only as tooltips."""
    f = PForm(names=lambda i: "Texte%d" % i, check_names=lambda i: "Case%d" % i,
              font="LiberationSerif-Regular", bold="LiberationSerif-Bold", label_fs=10,
              border=None, widget_fs=11, widget_font="Helv", widget_text_color=(0.05, 0.1, 0.45))
    f.text("LES JARDINS DU MONT", fs=16, bold=True, align="center", gap=0)
    f.text("Association loi 1901 – Godewaersvelde", fs=10, align="center", gap=6)
    f.text("Demande de subvention – Appel à projets Partons 2.0 (2019)", fs=12, bold=True, align="center", gap=14)
    f.field("Nom de la structure", "Les Jardins du Mont", pos="below")
    f.checks(None, [("Association loi 1901", True), ("Commune", False), ("Autre", False)], colw=150)
    f.row([("N° RNA", "W592004187", 0, 160, "N° RNA"), ("Président", "Bernard Coudeville", 0, 320, "Président")],
          pos="above")
    f.field("Adresse du siège (numéro, rue)", "27 rue de la Brasserie", pos="below")
    f.row([("", "59270", 0, 100, "Code postal"), ("", "Godewaersvelde", 0, 389, "Commune")], h=18, gap=0)
    captions(f, [(48, 148, "Code postal"), (158, 547, "Commune")])
    f.field("Porteur du projet (nom et prénom)", "Élodie Vanhoutte", pos="below")
    f.row([("", "03.28.42.61.07", 0, 180, "Téléphone"), ("", "jardinsdumont@example.org", 0, 309, "Courriel")],
          h=18, gap=0)
    captions(f, [(48, 228, "Téléphone"), (238, 547, "Courriel")])
    f.field("Intitulé du projet", "Un jardin partagé au pied du Mont", pos="below")
    f.text("Présentation du projet", bold=True, gap=3)
    f.widget((48, f.y, 547, f.y + 96),
             "Sur un terrain prêté par un agriculteur, nous créons un jardin partagé ouvert à tous les habitants. "
             "Une paysagiste anime cinq ateliers pour concevoir le jardin avec les habitants et l'école. Le jardin "
             "comprendra une cabane à outils, des récupérateurs d'eau et des parcelles collectives.",
             multiline=True, fs=10, tooltip="Présentation du projet")
    f.skip(104)
    f.text("Budget", bold=True, gap=3)
    f.table(["Dépenses prévues", "Montant"], [
        [("t", "Clôture et portail"), ("w", "1 850 €")],
        [("t", "Cabane à outils"), ("w", "1 290 €")],
        [("t", "Outils"), ("w", "760 €")],
        [("t", "Semences et plants"), ("w", "540 €")],
        [("t", "Récupérateurs d'eau"), ("w", "400 €")],
        [("t", "Ateliers paysagiste (5)"), ("w", "3 500 €")],
        [("t", "Inauguration"), ("w", "1 300 €")],
        [("tb", "Total"), ("w", "9 640 €")],
    ], [330, 169], header_fill=(0.86, 0.93, 0.86))
    f.row([("Montant demandé", "7 200 €", 110, 120), ("Coût total", "9 640 €", 70, 120)])
    f.text("Date : 04/06/2019                         Signature :", fs=10, gap=0)
    f.image(signature_png("E. Vanhoutte", size=42, slant=0.2), 130, 30, x=330)
    pdf = f.tobytes({"creator": "Adobe Acrobat Pro DC 19.10.20064", "producer": "Adobe Acrobat Pro DC 19.10.20064",
                     "title": "Demande de subvention", "author": "jardinsdumont"})
    body = ("Bonjour Monsieur,\n\nSuite à notre échange téléphonique, je vous adresse la demande de subvention "
            "de notre association pour le jardin partagé.\n\nCordialement,\nÉlodie Vanhoutte\n"
            "Les Jardins du Mont\n")
    return dict(
        lang="fr", fmt="pdf-acroform",
        truth=T("Les Jardins du Mont", "Élodie Vanhoutte", "jardinsdumont@example.org", "+33328426107",
                "27 rue de la Brasserie", "59270", "Godewaersvelde", "FR", "Un jardin partagé au pied du Mont",
                "7200.00", "9640.00"),
        mail={"from": ("Elodie Vanhoutte", "jardinsdumont@example.org"), "date": "2019-06-04 18:55:03",
              "subject": "Demande de subvention - Les Jardins du Mont", "body": body, "msgid_style": 1,
              "agent": ("X-Mailer", "iPhone Mail (16F203)"),
              "attachments": [("demande subvention jardin partagé.pdf", pdf)]},
        notes="Acrobat-FR 'TexteN' names; labels printed under the lines; postcode/commune/phone/e-mail widgets "
              "carry their labels as tooltips, with a small caption line under them; président vs porteur.")


@mail
def fr_rexpoede_pdf():
    """reportlab-made form (fill_N), labels above, budget widgets."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    c.setTitle("Formulaire candidature")
    c.setAuthor("Rexpoede Autrement")
    c.setCreator("PDF-XChange Editor 7.0.326.1")
    c.setProducer("PDF-XChange Core API SDK (7.0.326.1)")
    form = c.acroForm
    n = [0]

    def tf(x, y, w, h, v, tip=None, multi=False, fs=10):
        n[0] += 1
        kw = dict(name="fill_%d" % n[0], value=v, x=x, y=y, width=w, height=h, borderColor=HexColor("#7F7F7F"),
                  fillColor=HexColor("#F4F7FB"), textColor=black, fontSize=fs, fontName="Helvetica",
                  forceBorder=True, borderWidth=0.7)
        if tip:
            kw["tooltip"] = tip
        if multi:
            kw["fieldFlags"] = "multiline"
        form.textfield(**kw)

    y = 790
    c.setFont("Helvetica-Bold", 15)
    c.drawString(48, y, "Rexpoëde Autrement")
    c.setFont("Helvetica", 10)
    c.drawString(48, y - 15, "Formulaire de candidature - appel à projets transfrontalier Partons 2.0")
    c.setStrokeColor(HexColor("#2E75B6"))
    c.setLineWidth(2)
    c.line(48, y - 22, 547, y - 22)
    y -= 48

    def lab(text, x=48):
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#333333"))
        c.drawString(x, y, text)
        c.setFillColor(black)

    items = [("Association", "Rexpoëde Autrement", 499),
             ("Adresse", "7 bis rue des Tisserands", 499)]
    for k, v, w in items:
        lab(k)
        tf(48, y - 22, w, 18, v)
        y -= 40
    lab("Code postal")
    lab("Ville", 160)
    tf(48, y - 22, 100, 18, "59122")
    tf(160, y - 22, 387, 18, "Rexpoëde")
    y -= 40
    lab("Président")
    lab("Secrétaire - contact pour ce dossier", 300)
    tf(48, y - 22, 240, 18, "Thierry Lebleu")
    tf(300, y - 22, 247, 18, "Chantal Hennebelle")
    y -= 40
    lab("Téléphone (contact)")
    lab("Adresse électronique (contact)", 220)
    tf(48, y - 22, 160, 18, "07 68 22 41 90")
    tf(220, y - 22, 327, 18, "chantal.hennebelle@example.com")
    y -= 48
    lab("Titre du projet")
    tf(48, y - 22, 499, 18, "Minibus solidaire : des chauffeurs bénévoles pour les habitants sans voiture", fs=9)
    y -= 40
    lab("Description du projet (objectifs, public, partenaires)")
    desc = ("Beaucoup d'habitants âgés ou sans voiture ne peuvent plus se rendre au marché,\n"
            "chez le médecin ou à la gare. Une équipe de 12 chauffeurs bénévoles conduira un\n"
            "minibus loué, sur réservation auprès de la mairie annexe. Partenaires : CCAS,\n"
            "club des aînés, école. Bilan avec les usagers après 6 mois.")
    tf(48, y - 80, 499, 76, desc, multi=True, fs=9)
    y -= 100
    lab("Budget prévisionnel")
    y -= 8
    rows = [("Location longue durée minibus (6 mois)", "4 800,00"), ("Assurance", "1 150,00"),
            ("Carburant", "1 200,00"), ("Formation des chauffeurs", "600,00"), ("Communication", "400,00"),
            ("TOTAL", "8 150,00")]
    c.setFont("Helvetica", 9)
    c.setStrokeColor(HexColor("#7F7F7F"))
    c.setLineWidth(0.7)
    for k, v in rows:
        c.rect(48, y - 18, 330, 18)
        c.setFont("Helvetica-Bold" if k == "TOTAL" else "Helvetica", 9)
        c.drawString(52, y - 13, k)
        tf(378, y - 18, 169, 18, v)
        y -= 18
    y -= 20
    lab("Montant sollicité auprès de Partons 2.0 (€)")
    lab("Coût total du projet (€)", 300)
    tf(48, y - 22, 200, 18, "6 000,00")
    tf(300, y - 22, 200, 18, "8 150,00")
    y -= 46
    lab("Autofinancement : cotisations et participation des usagers (2 150,00 €)")
    c.showPage()
    c.save()
    pdf = buf.getvalue()
    body = ("Bonjour,\n\nVous trouverez en pièce jointe notre formulaire de candidature pour le projet de "
            "minibus solidaire.\nN'hésitez pas à me contacter pour tout renseignement.\n\n"
            "Chantal Hennebelle\nsecrétaire de Rexpoëde Autrement\n")
    return dict(
        lang="fr", fmt="pdf-acroform",
        truth=T("Rexpoëde Autrement", "Chantal Hennebelle", "chantal.hennebelle@example.com", "+33768224190",
                "7 bis rue des Tisserands", "59122", "Rexpoëde", "FR",
                "Minibus solidaire : des chauffeurs bénévoles pour les habitants sans voiture",
                "6000.00", "8150.00"),
        mail={"from": ("Chantal Hennebelle", "chantal.hennebelle@example.com"), "date": "2019-05-24 14:33:27",
              "subject": "Candidature Partons 2.0 - Minibus solidaire", "body": body, "msgid_style": 2,
              "attachments": [("Formulaire_candidature_RexpoedeAutrement.pdf", pdf)]},
        notes="Built with another PDF library (reportlab AcroForm), names fill_N, labels above; président and "
              "secrétaire side by side, the contact is the secrétaire; '7 bis' street number.")


@mail
def fr_boeschepe_docx():
    """Word table with two label/value pairs per row, merged address cell."""
    d = docx_new(font="Calibri", size=10)
    p = d.add_paragraph()
    r = p.add_run("Comité de quartier des Trois Fermes – Boeschepe")
    r.bold = True
    r.font.size = Pt(12)
    p = d.add_paragraph()
    r = p.add_run("FICHE DE CANDIDATURE – APPEL À PROJETS PARTONS 2.0")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    t = d.add_table(rows=6, cols=4)
    t.style = d.styles["Table Grid"]
    data = [("Nom de l'association", "Comité de quartier des Trois Fermes", "N° RNA", "W596007731"),
            ("Président", "Patrick Ryckebusch", "Personne à contacter", "Sandrine Deswarte"),
            ("Téléphone", "03 28 49 07 55", "Courriel", "sandrine.deswarte@example.net"),
            ("Adresse du siège", "2 chemin des Trois Fermes", None, None),
            ("Code postal", "59299", "Commune", "Boeschepe"),
            ("Date de création", "mars 2016", "Nombre d'adhérents", "47 familles")]
    for row, (a, b, c2, dd) in zip(t.rows, data):
        cell_text(row.cells[0], a, bold=True, size=9)
        shade(row.cells[0], "DEEAF6")
        if c2 is None:
            m = row.cells[1].merge(row.cells[3])
            cell_text(m, b)
        else:
            cell_text(row.cells[1], b)
            cell_text(row.cells[2], c2, bold=True, size=9)
            shade(row.cells[2], "DEEAF6")
            cell_text(row.cells[3], dd)
    set_col_widths(t, [3.3, 5.2, 3.3, 5.2])
    d.add_paragraph()
    t2 = d.add_table(rows=4, cols=2)
    t2.style = d.styles["Table Grid"]
    for row, (a, b) in zip(t2.rows, [
            ("Intitulé du projet", "Une boîte à livres et deux bancs pour se retrouver"),
            ("Description", "Le quartier n'a aucun lieu de rencontre. Nous installons une boîte à livres "
                            "fabriquée par un menuisier du village, deux bancs et des plantations au carrefour "
                            "des Trois Fermes. Les enfants décorent la boîte lors d'un atelier peinture et un "
                            "goûter de quartier marque l'inauguration."),
            ("Montant sollicité", "4 200,00 €"),
            ("Coût total", "5 950,00 €")]):
        cell_text(row.cells[0], a, bold=True, size=9)
        shade(row.cells[0], "DEEAF6")
        cell_text(row.cells[1], b)
    set_col_widths(t2, [4.0, 13.0])
    d.add_paragraph()
    d.add_paragraph("Budget prévisionnel (dépenses)").runs[0].bold = True
    b = d.add_table(rows=1, cols=2)
    b.style = d.styles["Light Grid Accent 1"]
    cell_text(b.rows[0].cells[0], "Poste")
    cell_text(b.rows[0].cells[1], "Montant TTC")
    for k, v in [("Boîte à livres (menuisier local)", "1 450,00 €"), ("Bancs (2)", "1 600,00 €"),
                 ("Aménagement (dalles, plantations)", "1 300,00 €"), ("Goûter de quartier", "600,00 €"),
                 ("Atelier peinture avec les enfants", "1 000,00 €"), ("TOTAL", "5 950,00 €")]:
        row = b.add_row()
        cell_text(row.cells[0], k)
        cell_text(row.cells[1], v, align="right")
    set_col_widths(b, [12.0, 5.0])
    d.add_paragraph()
    d.add_paragraph("Reste à charge du comité : 1 750,00 € (fête de quartier et cotisations).")
    data = docx_bytes(d, author="Sandrine D.", title="")
    body = ("Bonjour,\n\nCi-joint la fiche de candidature du comité de quartier des Trois Fermes.\n"
            "Bonne réception,\nSandrine Deswarte\n")
    return dict(
        lang="fr", fmt="docx",
        truth=T("Comité de quartier des Trois Fermes", "Sandrine Deswarte", "sandrine.deswarte@example.net",
                "+33328490755", "2 chemin des Trois Fermes", "59299", "Boeschepe", "FR",
                "Une boîte à livres et deux bancs pour se retrouver", "4200.00", "5950.00"),
        mail={"from": ("Sandrine Deswarte", "sandrine.deswarte@example.net"), "date": "2019-05-10 12:41:58",
              "subject": "Candidature comité de quartier des Trois Fermes", "body": body,
              "agent": ("X-Mailer", "Microsoft Outlook 16.0"),
              "attachments": [("Fiche candidature Trois Fermes.docx", data)]},
        notes="Word table with two label/value pairs per row and a merged address cell; président next to "
              "the contact person in the same row.")


@mail
def fr_arneke_docx():
    """Word content controls, the phone control still shows its placeholder; phone given in the mail signature."""
    d = docx_new(font="Calibri Light", size=11)
    h = d.add_paragraph()
    r = h.add_run("Arnèke Patrimoine et Nature")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x38, 0x56, 0x23)
    d.add_paragraph("Formulaire de demande d'aide – projets de villages (Partons 2.0)")
    PH = "Cliquez ou appuyez ici pour entrer du texte."
    for k, v in [("Nom de l'association", "Arnèke Patrimoine et Nature"),
                 ("Adresse", "11 rue de la Peene"),
                 ("Code postal et commune", "59285 Arnèke"),
                 ("Responsable du projet", "Guillaume Dewaele"),
                 ("Téléphone", None),
                 ("Adresse e-mail", "g.dewaele@example.com"),
                 ("SIRET", None),
                 ("Titre du projet", "Restauration participative du lavoir et du chemin de la Becque"),
                 ("Montant demandé", "8 000 €"),
                 ("Coût total", "11 600 €"),
                 ("Autofinancement", "3 600 € (chantiers bénévoles valorisés + cotisations)")]:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
        rr = p.add_run(k + " :\t")
        rr.bold = True
        add_sdt(p, v, PH, alias=k, tag="ch_%d" % (len(k) * 7 % 97))
    p = d.add_paragraph()
    p.add_run("Description :").bold = True
    p = d.add_paragraph()
    add_sdt(p, "Le lavoir du XIXe siècle et le chemin qui longe la Becque sont envahis par la végétation. Nous "
               "organisons six chantiers participatifs avec les habitants et l'école, encadrés par un maçon "
               "spécialisé en patrimoine. Un panneau racontera l'histoire du lavoir (souvenirs recueillis auprès "
               "des anciens).", PH, alias="Description", multiline=True)
    data = docx_bytes(d, author="Guillaume", title="")
    body = ("Bonjour,\n\nJe vous prie de trouver ci-joint notre demande d'aide pour la restauration du lavoir.\n"
            "Je reste joignable au 06 31 77 20 58 pour toute question.\n\nBien à vous,\n"
            "Guillaume Dewaele\nArnèke Patrimoine et Nature\n")
    return dict(
        lang="fr", fmt="docx",
        truth=T("Arnèke Patrimoine et Nature", "Guillaume Dewaele", "g.dewaele@example.com", "+33631772058",
                "11 rue de la Peene", "59285", "Arnèke", "FR",
                "Restauration participative du lavoir et du chemin de la Becque", "8000.00", "11600.00"),
        mail={"from": ("Guillaume Dewaele", "g.dewaele@example.com"), "date": "2019-06-13 23:07:12",
              "subject": "Demande d'aide - lavoir d'Arnèke", "body": body, "msgid_style": 2,
              "attachments": [("demande_aide_lavoir_Arneke.docx", data)]},
        notes="Content controls after tab-aligned labels; 'Téléphone' and 'SIRET' still show the Word "
              "placeholder; the contact person (who sends the mail) gives his phone in the cover text -> "
              "truth phone from the mail body.")


@mail
def fr_caestre_odt():
    """ODT table, label left, club des aînés."""
    o = OForm(font="Liberation Serif", size="11pt", generator="OpenOffice/4.1.6$Win32 OpenOffice.org_project/416m1$Build-9790")
    o.pstyle("H", size="14pt", bold=True, align="center", margin_bottom="0.1cm")
    o.pstyle("H2", size="11pt", italic=True, align="center", margin_bottom="0.4cm")
    o.pstyle("Small", size="9pt")
    o.cellstyle("L", bg="#FFF2CC")
    o.para("CLUB DES AÎNÉS « LES COQUELICOTS »", "H")
    o.para("Demande de financement – Partons 2.0 – Appel à projets villages et quartiers", "H2")
    rows = [["Structure", "Club des Aînés Les Coquelicots"],
            ["Adresse", "19 rue du Calvaire"],
            ["CP", "59190"],
            ["Ville", "Caëstre"],
            ["Président", "Roger Vandenbussche"],
            ["Contact pour le projet", "Josiane Lefebvre"],
            ["Tél", "03 28 40 18 62"],
            ["E-mail", "coquelicots.caestre@example.org"],
            ["Nom du projet", "Jeux d'antan et tablettes : un après-midi par semaine entre générations"],
            ["Objectif", "Rompre l'isolement des aînés et faire se rencontrer les générations : chaque mercredi, "
                         "jeux flamands et jeux de société avec les enfants du centre de loisirs, puis initiation "
                         "aux tablettes donnée par les jeunes et un intervenant numérique."],
            ["Montant sollicité", "3.800 €"],
            ["Coût total", "5.200 €"]]
    o.table(rows, [4.5, 12.5], cell_styles={(i, 0): "L" for i in range(len(rows))})
    o.para("")
    o.para([("Détail des dépenses", "B")])
    o.table([["Tablettes (4)", "1 600 €"], ["Jeux de société et jeux flamands", "900 €"],
             ["Intervenant numérique (10 séances)", "1 500 €"], ["Goûters", "600 €"],
             ["Transport des aînés isolés", "600 €"], [[("Total", "B")], [("5 200 €", "B")]]], [12.0, 5.0])
    o.para("")
    o.para("Le solde (1 400 €) est pris en charge par le club.", "Small")
    data = o.tobytes()
    body = ("Madame, Monsieur,\n\nJe vous transmets la demande du Club des Aînés de Caëstre.\n"
            "Avec mes salutations distinguées,\n\nJosiane Lefebvre\n")
    return dict(
        lang="fr", fmt="odt",
        truth=T("Club des Aînés Les Coquelicots", "Josiane Lefebvre", "coquelicots.caestre@example.org",
                "+33328401862", "19 rue du Calvaire", "59190", "Caëstre", "FR",
                "Jeux d'antan et tablettes : un après-midi par semaine entre générations", "3800.00", "5200.00"),
        mail={"from": ("Josiane Lefebvre", "coquelicots.caestre@example.org"), "date": "2019-05-03 16:20:11",
              "subject": "demande Club des Aînés Caëstre", "body": body, "msgid_style": 1,
              "attachments": [("Demande financement Coquelicots.odt", data)]},
        notes="ODT table; amounts '3.800 €' (dot thousands in French); heading writes the name in capitals "
              "with guillemets, the 'Structure' cell writes it plainly (truth follows the cell).")


@mail
def fr_quaedypre_odt():
    """ODT paragraphs 'label : value'; full address typed in the street line, CP/Ville left blank."""
    o = OForm(font="DejaVu Sans", size="10pt")
    o.pstyle("H", size="13pt", bold=True, margin_bottom="0.4cm", border="0.06pt solid #000000", align="center")
    o.pstyle("L", margin_bottom="0.18cm")
    o.para("Appel à projets PARTONS 2.0 – Dossier de demande", "H")
    for k, v in [("Nom de l'association", "Quaëdypre en Fête"),
                 ("Président", "Didier Bollengier"),
                 ("Personne référente", "Aurélie Cnockaert"),
                 ("Adresse", "5 rue du Westhoek, 59380 Quaëdypre"),
                 ("Code postal", ""),
                 ("Ville", ""),
                 ("Tél.", "06.45.19.38.72"),
                 ("Mail", "aurelie.cnockaert@example.net"),
                 ("Intitulé du projet", "Kermesse flamande et enquête auprès des habitants"),
                 ("Montant sollicité", "5 000 euros"),
                 ("Budget total", "7 350 euros")]:
        o.para([(k + " : ", "B"), (v, None)], "L")
    o.para([("Description : ", "B"),
            ("Une kermesse flamande (jeux traditionnels, estaminet éphémère) sur la place, pendant laquelle "
             "des bénévoles interrogent les habitants sur leurs besoins : commerce, lieu de rencontre, "
             "transport. Les résultats seront présentés lors d'une réunion publique en octobre.", None)], "L")
    o.para([("Financement : ", "B"), ("commune 1 000 euros, fonds propres 1 350 euros, Partons 5 000 euros.", None)], "L")
    o.para("")
    o.para("Fait à Quaëdypre, le 22 mai 2019", "L")
    data = o.tobytes()
    body = ("Bonsoir,\n\nVoici notre dossier pour l'appel à projets. Je suis la référente du projet.\n\n"
            "Aurélie Cnockaert\nQuaëdypre en Fête\n")
    return dict(
        lang="fr", fmt="odt",
        truth=T("Quaëdypre en Fête", "Aurélie Cnockaert", "aurelie.cnockaert@example.net", "+33645193872",
                "5 rue du Westhoek", "59380", "Quaëdypre", "FR",
                "Kermesse flamande et enquête auprès des habitants", "5000.00", "7350.00"),
        mail={"from": ("Aurélie Cnockaert", "aurelie.cnockaert@example.net"), "date": "2019-05-22 21:48:50",
              "subject": "Dossier Partons 2.0 Quaëdypre en Fête", "body": body,
              "agent": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
              "attachments": [("dossier Partons Quaedypre.odt", data)]},
        notes="Whole address (street, postcode, town) typed on the 'Adresse' line while 'Code postal' and "
              "'Ville' are left empty; phone with dots.")


@mail
def fr_oxelaere_xlsx():
    """Spreadsheet form of a parents' association; requested amount only on the budget sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Fiche"
    hdr = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="C55A11")
    ws.merge_cells("A1:B1")
    ws["A1"] = "FICHE PROJET – PARTONS 2.0"
    ws["A1"].font = hdr
    ws["A1"].fill = fill
    rows = [("Structure", "Association des Parents d'Élèves Les P'tits Loups"),
            ("Statut", "association loi 1901"),
            ("Adresse", "4 rue des Écoliers"),
            ("CP", 59670),
            ("Commune", "Oxelaëre"),
            ("Référent projet", "Karine Vandaele"),
            ("Tél", "0633284571"),
            ("Courriel", "apeptitsloups@example.org"),
            ("Titre du projet", "Une cour d'école ouverte au village : jeux, potager et bancs"),
            ("Coût total", "=Budget!B9")]
    thin = Side(style="thin", color="999999")
    for i, (k, v) in enumerate(rows, start=3):
        a = ws.cell(row=i, column=1, value=k)
        a.font = Font(bold=True)
        b = ws.cell(row=i, column=2, value=v)
        for cc in (a, b):
            cc.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if k == "Coût total":
            b.number_format = '#,##0 "€"'
        if k == "CP":
            b.alignment = Alignment(horizontal="left")
    ws["A14"] = "Description"
    ws["A14"].font = Font(bold=True)
    ws["B14"] = ("Après l'école et le mercredi, la cour reste fermée. Avec la mairie, nous voulons l'ouvrir aux "
                 "familles du village : jeux peints au sol, bacs de potager, bancs, animations nature.")
    ws["B14"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[14].height = 60
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 62
    bs = wb.create_sheet("Budget")
    bs["A1"] = "Dépenses"
    bs["B1"] = "€"
    bs["D1"] = "Recettes"
    bs["E1"] = "€"
    for c in ("A1", "B1", "D1", "E1"):
        bs[c].font = Font(bold=True)
    dep = [("Jeux de cour (marelles, peinture au sol)", 850), ("Bacs potager", 1120), ("Outils enfants", 380),
           ("Bancs", 1900), ("Animation nature (intervenant)", 1620), ("Fête d'inauguration", 1000)]
    for i, (k, v) in enumerate(dep, start=2):
        bs.cell(row=i, column=1, value=k)
        bs.cell(row=i, column=2, value=v).number_format = '#,##0 "€"'
    rec = [("Bénéfice kermesse APE", 1370), ("Subvention PARTONS 2.0 demandée", 5500)]
    for i, (k, v) in enumerate(rec, start=2):
        bs.cell(row=i, column=4, value=k)
        bs.cell(row=i, column=5, value=v).number_format = '#,##0 "€"'
    bs["A9"] = "TOTAL dépenses"
    bs["B9"] = "=SUM(B2:B7)"
    bs["D9"] = "TOTAL recettes"
    bs["E9"] = "=SUM(E2:E7)"
    for c in ("A9", "B9", "D9", "E9"):
        bs[c].font = Font(bold=True)
    bs["B9"].number_format = bs["E9"].number_format = '#,##0 "€"'
    bs.column_dimensions["A"].width = 38
    bs.column_dimensions["D"].width = 34
    data = xlsx_bytes(wb, creator="Karine", cached={"xl/worksheets/sheet1.xml": {"B12": "6870"},
                                                   "xl/worksheets/sheet2.xml": {"B9": "6870", "E9": "6870"}})
    body = ("Bonjour,\n\nVous trouverez ci-joint la fiche projet de l'APE (onglets Fiche et Budget).\n\n"
            "Cordialement,\nKarine Vandaele, pour l'APE Les P'tits Loups\n")
    return dict(
        lang="fr", fmt="xlsx",
        truth=T("Association des Parents d'Élèves Les P'tits Loups", "Karine Vandaele", "apeptitsloups@example.org",
                "+33633284571", "4 rue des Écoliers", "59670", "Oxelaëre", "FR",
                "Une cour d'école ouverte au village : jeux, potager et bancs", "5500.00", "6870.00"),
        mail={"from": ("APE Les P'tits Loups", "apeptitsloups@example.org"), "date": "2019-06-06 09:03:36",
              "subject": "Fiche projet APE Oxelaëre", "body": body, "msgid_style": 1,
              "attachments": [("fiche projet APE.xlsx", data)]},
        notes="Spreadsheet; requested amount only as a receipt line on the 'Budget' sheet; total is a formula "
              "(cached value stored); phone typed without spaces; CP is a number cell.")


@mail
def fr_fletre_body():
    """HTML body with the form pasted as bold labels and line breaks."""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Arial, sans-serif; font-size: 13px;">
<p>Bonjour,</p>
<p>Notre association souhaite répondre à l'appel à projets Partons 2.0. N'ayant pas réussi à ouvrir le formulaire, je vous recopie les informations ci-dessous.</p>
<p><b>Nom de l'association :</b> Flêtre Solidaire<br>
<b>Personne à contacter :</b> Marie-Claude Beun<br>
<b>Adresse :</b> 8 rue de la Meteren Becque<br>
<b>Code postal / Commune :</b> 59270 Flêtre<br>
<b>Téléphone :</b> +33 (0)3 28 48 63 21<br>
<b>Courriel :</b> <a href="mailto:mc.beun@example.net">mc.beun@example.net</a></p>
<p><b>Intitulé du projet :</b> Voisins relais : un référent par rue<br>
<b>Description :</b> dans chaque rue, un habitant volontaire devient « voisin relais » : il connaît les personnes seules, relaie les informations de la mairie et oriente vers les bons interlocuteurs. Formation des relais, carnet d'adresses utiles, deux rencontres conviviales par an.<br>
<b>Montant demandé :</b> 7 000 euros<br>
<b>Coût total :</b> 9 860 euros</p>
<p>Je reste à votre disposition.<br>Bien cordialement,</p>
<p>Marie-Claude Beun<br>Flêtre Solidaire</p>
</div></body></html>
"""
    text = """Bonjour,

Notre association souhaite répondre à l'appel à projets Partons 2.0. N'ayant pas réussi à ouvrir le formulaire, je vous recopie les informations ci-dessous.

Nom de l'association : Flêtre Solidaire
Personne à contacter : Marie-Claude Beun
Adresse : 8 rue de la Meteren Becque
Code postal / Commune : 59270 Flêtre
Téléphone : +33 (0)3 28 48 63 21
Courriel : mc.beun@example.net

Intitulé du projet : Voisins relais : un référent par rue
Description : dans chaque rue, un habitant volontaire devient « voisin relais » : il connaît les personnes seules, relaie les informations de la mairie et oriente vers les bons interlocuteurs. Formation des relais, carnet d'adresses utiles, deux rencontres conviviales par an.
Montant demandé : 7 000 euros
Coût total : 9 860 euros

Je reste à votre disposition.
Bien cordialement,

Marie-Claude Beun
Flêtre Solidaire
"""
    return dict(
        lang="fr", fmt="body-html",
        truth=T("Flêtre Solidaire", "Marie-Claude Beun", "mc.beun@example.net", "+33328486321",
                "8 rue de la Meteren Becque", "59270", "Flêtre", "FR", "Voisins relais : un référent par rue",
                "7000.00", "9860.00"),
        mail={"from": ("Marie-Claude Beun", "mc.beun@example.net"), "date": "2019-05-27 11:18:02",
              "subject": "Appel à projets Partons 2.0 - Flêtre Solidaire", "body": text, "html": html,
              "agent": ("X-Mailer", "Microsoft Outlook 16.0")},
        notes="multipart/alternative with HTML (bold labels + <br>) and the same text; title itself contains "
              "a colon.")


@mail
def fr_esquelbecq_body():
    """Plain-text body; a municipal service forwards a residents' group's application."""
    body = """Bonjour,

Le service Vie associative de la mairie d'Esquelbecq accompagne un collectif d'habitants qui souhaite déposer un projet. Vous trouverez ci-dessous leur fiche, recopiée telle quelle.

-----
Porteur du projet : Collectif d'habitants du Pont-Rouge
Contact : Hervé Dufour
Adresse : 21 rue de la Yser
CP / Ville : 59470 Esquelbecq
Téléphone : 06 20 55 73 14
Mail : herve.dufour@example.com
Projet : Café associatif itinérant dans les hameaux
Objet : un triporteur aménagé en petit café, tenu par des bénévoles, qui s'installe chaque semaine dans un hameau différent pour créer un moment de rencontre.
Montant sollicité : 9.990 €
Coût global : 12 490 €
-----

Le collectif n'a pas encore de statut déclaré (démarches en cours pour une association loi 1901).
Pour toute question sur le projet, merci de contacter directement M. Dufour.

Cordialement,

Nathalie Caron
Service Vie associative
Mairie d'Esquelbecq
03 28 65 90 41
"""
    return dict(
        lang="fr", fmt="body-text",
        truth=T("Collectif d'habitants du Pont-Rouge", "Hervé Dufour", "herve.dufour@example.com", "+33620557314",
                "21 rue de la Yser", "59470", "Esquelbecq", "FR", "Café associatif itinérant dans les hameaux",
                "9990.00", "12490.00"),
        mail={"from": ("Nathalie Caron - Mairie d'Esquelbecq", "vie.associative@example.org"),
              "date": "2019-06-12 10:26:55", "subject": "Projet du collectif du Pont-Rouge - Partons 2.0",
              "body": body, "agent": ("X-Mailer", "Microsoft Outlook 16.0")},
        notes="Municipal service forwards for a residents' group; the agent's own phone in the signature is a "
              "distractor; 'Porteur du projet' carries the group's name; '9.990 €'.")
