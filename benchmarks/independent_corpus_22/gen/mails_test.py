"""Test half: 20 invented applications (10 Westhoek/NL, 10 French Nord/FR).
No person, group, street or village is shared with the dev half."""
import io

import pymupdf
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx.shared import Cm, Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.colors import HexColor, black, white

from engines import (PForm, OForm, add_sdt, cell_text, docx_bytes, docx_new, set_col_widths,
                     shade, signature_png, table_borders, xlsx_bytes)
from mails_dev import T

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# =====================================================================  NL  ==
@mail
def nl_vladslo_pdf():
    """Boxed grid form reused from another subsidy: widget names are left-over, misleading names."""
    f = PForm(names=lambda i: "Text%d" % i, font="LiberationSans-Regular", bold="LiberationSans-Bold",
              label_fs=7.5, border=None, fill=None, widget_fs=10.5)
    pg = f.page
    f.text("AANVRAAGFORMULIER", fs=17, bold=True, gap=0)
    f.text("Maak werk van je buurt 2019 – Partons 2.0", fs=11, gap=0)
    f.text("(formulier gebaseerd op de aanvraag ‘cultuurfonds’ 2017 van de ouderraad)", fs=8,
           color=(0.45, 0.45, 0.45), gap=10)
    X0, X1, XM = 48, 547, 297

    def box(x0, x1, label, value, name, h=30, multiline=False, fs=None):
        r = pymupdf.Rect(x0, f.y, x1, f.y + h)
        f.page.draw_rect(r, color=(0, 0, 0), width=0.8)
        f.text_at(x0 + 3, f.y + 8, label, fs=7.5, color=(0.25, 0.25, 0.25))
        f.widget((x0 + 2, f.y + 10, x1 - 2, f.y + h - 2), value, name=name, border=False,
                 multiline=multiline, fs=fs)

    def rowbox(items, h=30):
        for x0, x1, label, value, name in items:
            box(x0, x1, label, value, name, h)
        f.y += h

    rowbox([(X0, X1, "NAAM VAN DE VERENIGING / ORGANISATIE", "Ouderraad Gemeentelijke Basisschool Vladslo", "Naam")])
    rowbox([(X0, XM, "ADRES (straat + nr.)", "Kloosterdreef 8", "Adres"),
            (XM, 380, "POSTCODE", "8600", "Postcode"), (380, X1, "GEMEENTE", "Vladslo", "Gemeente")])
    rowbox([(X0, XM, "VOORZITTER", "Frederik Vanoverberghe", "Voornaam"),
            (XM, X1, "CONTACTPERSOON (voor vragen over dit dossier)", "Tine Bulckaert", "Achternaam")])
    rowbox([(X0, XM, "TELEFOON / GSM CONTACTPERSOON", "0494 71 26 58", "Telefoon"),
            (XM, X1, "E-MAIL", "ouderraad.gbsvladslo@example.org", "Email")])
    rowbox([(X0, X1, "TITEL VAN HET PROJECT",
             "De schoolpoort gaat open: speelplein voor het hele dorp na 16 uur", "Datum")])
    box(X0, X1, "OMSCHRIJVING (doel, doelgroep, betrokkenheid van de buurt)",
        "Na schooltijd en tijdens de vakanties blijft de speelplaats van de gemeentelijke basisschool nu gesloten. "
        "Samen met de gemeente, de buren en de kinderen willen we er een speelplein voor het hele dorp van maken: "
        "nieuwe speeltoestellen, een petanquebaan voor de senioren en zitbanken. Vrijwillige ‘pleinpeters’ openen "
        "en sluiten de poort. Een participatietraject met twee buurtavonden bepaalt de inrichting.",
        "Handtekening", h=92, multiline=True, fs=9.5)
    f.y += 92
    rowbox([(X0, XM, "TOTALE KOSTPRIJS VAN HET PROJECT", "12.300,00 EUR", "Bedrag1"),
            (XM, X1, "GEVRAAGD BEDRAG (max. 10.000 euro)", "9.500,00 EUR", "Bedrag2")])
    f.y += 10
    f.text("Kostenraming", bold=True, fs=10, gap=3)
    f.table(["Omschrijving", "Bedrag"], [
        [("w", "Speeltoestellen (2)"), ("w", "6.800,00")],
        [("w", "Petanquebaan + zitbanken"), ("w", "2.600,00")],
        [("w", "Participatietraject (begeleider, 2 avonden)"), ("w", "1.900,00")],
        [("w", "Openingsfeest"), ("w", "1.000,00")],
        [("tb", "Totaal"), ("w", "12.300,00")],
    ], [360, 139], h=17, fs=9)
    f.text("Ander deel: eigen middelen ouderraad (opbrengst schoolfeest) 2.800,00 EUR.", fs=9)
    f.y += 6
    rowbox([(X0, XM, "DATUM", "03/06/2019", None), (XM, X1, "HANDTEKENING", "", None)], h=40)
    f.page.insert_image(pymupdf.Rect(XM + 40, f.y - 32, XM + 180, f.y - 2),
                        stream=signature_png("F. Vanoverberghe", size=38, slant=0.1))
    pdf = f.tobytes({"creator": "Acrobat PDFMaker 17 voor Word", "producer": "Adobe PDF Library 15.0",
                     "title": "Aanvraag cultuurfonds", "author": "ouderraad"})
    body = ("Beste,\n\nIn bijlage de aanvraag van de ouderraad van de gemeentelijke basisschool Vladslo.\n"
            "Het formulier is ondertekend door onze voorzitter. Voor vragen kan u terecht bij mij.\n\n"
            "Met vriendelijke groeten,\nTine Bulckaert\n")
    return dict(
        lang="nl", fmt="pdf-acroform",
        truth=T("Ouderraad Gemeentelijke Basisschool Vladslo", "Tine Bulckaert", "ouderraad.gbsvladslo@example.org",
                "+32494712658", "Kloosterdreef 8", "8600", "Vladslo", "BE",
                "De schoolpoort gaat open: speelplein voor het hele dorp na 16 uur", "9500.00", "12300.00"),
        mail={"from": ("Tine Bulckaert", "ouderraad.gbsvladslo@example.org"), "date": "2019-06-03 21:10:44",
              "subject": "Aanvraag ouderraad GBS Vladslo", "body": body,
              "agent": ("X-Mailer", "Microsoft Outlook 16.0"),
              "attachments": [("Aanvraag Maak werk van je buurt - ouderraad.pdf", pdf)]},
        notes="Boxed grid with labels inside the boxes; widget names left over from an older form and "
              "misleading (the chair sits in 'Voornaam', the contact in 'Achternaam', the title in 'Datum', "
              "total in 'Bedrag1', requested in 'Bedrag2'); total listed before the requested amount.")


@mail
def nl_watou_pdf():
    """PDF-XChange-like form: 'untitled' names, right-aligned labels, underline-only widgets."""
    f = PForm(names=lambda i: "untitled%d" % i, font="DejaVuSerif", bold="DejaVuSans-Bold", label_fs=9.5,
              border=None, fill=None, widget_fs=10, widget_font="Helv", widget_text_color=(0, 0, 0.5))
    f.text("Toneelkring Hoppebloem – Watou", fs=9, color=(0.4, 0.2, 0.0), gap=2)
    f.text("Projectvoorstel ‘Maak werk van je buurt!’", fs=16, bold=True, gap=14)
    LW = 170

    def uline(label, value, w=None, tip=None):
        f.ensure(24)
        tl = f.font.text_length(label, fontsize=9.5)
        f.text_at(48 + LW - 8 - tl, f.y + 12, label)
        ww = w or (547 - 48 - LW)
        f.widget((48 + LW, f.y, 48 + LW + ww, f.y + 16), value, tooltip=tip, border=False)
        f.page.draw_line((48 + LW, f.y + 16), (48 + LW + ww, f.y + 16), color=(0.3, 0.3, 0.3), width=0.6)
        f.y += 24

    uline("Vereniging:", "Toneelkring Hoppebloem")
    uline("Maatschappelijke zetel:", "Hommelhof 15, 8978 Watou")
    uline("Voorzitter:", "Marijke Devos")
    uline("Contactpersoon:", "Stefaan Lahaye (secretaris)")
    uline("Telefoon:", "+32 57 38 81 04", w=180)
    uline("E-mail:", "hoppebloem.watou@example.net", w=250)
    f.y += 8
    uline("Titel project:", "Zomeravonden op het plein: theater en babbel voor jong en oud")
    f.text("Waarover gaat het?", bold=True, gap=3)
    f.widget((48, f.y, 547, f.y + 84),
             "Vier zomeravonden op het dorpsplein met korte voorstellingen, muziek en een ‘babbelbar’ waar "
             "bewoners elkaar ontmoeten. De stoelen en tafels die we aankopen blijven ter beschikking van alle "
             "verenigingen van het dorp. Buurtbewoners spelen mee in een stuk over de hopteelt.",
             multiline=True, fs=9.5, border=True)
    f.y += 96
    f.text("Begroting", bold=True, gap=3)
    f.table(["Post", "Toelichting", "Bedrag"], [
        [("w", "Podium + belichting"), ("w", "huur, 4 avonden"), ("w", "€ 2.400", None, 2)],
        [("w", "Stoelen en tafels"), ("w", "aankoop, blijven voor het dorp"), ("w", "€ 2.875", None, 2)],
        [("w", "Promotie"), ("w", "affiches, flyers"), ("w", "€ 650", None, 2)],
        [("w", "Regisseur"), ("w", "begeleiding buurtbewoners"), ("w", "€ 2.000", None, 2)],
        [("w", "Drank en hapjes"), ("w", "babbelbar"), ("w", "€ 1.000", None, 2)],
        [("tb", "Totaal"), ("t", ""), ("w", "€ 8.925", None, 2)],
    ], [150, 229, 120], h=17, header_fill=(0.95, 0.9, 0.8))
    uline("Gevraagde steun:", "€ 5.750", w=120)
    uline("Totale kostprijs:", "€ 8.925", w=120)
    uline("Eigen middelen + sponsoring:", "€ 3.175", w=120)
    pdf = f.tobytes({"creator": "PDF-XChange Editor 7.0.328.0", "producer": "PDF-XChange Core API SDK (7.0.328.0)",
                     "title": "Projectvoorstel"})
    body = ("Goeiendag,\n\nHierbij ons projectvoorstel voor de zomeravonden in Watou.\n"
            "Met vriendelijke groet,\nStefaan Lahaye\nsecretaris Toneelkring Hoppebloem\n")
    return dict(
        lang="nl", fmt="pdf-acroform",
        truth=T("Toneelkring Hoppebloem", "Stefaan Lahaye", "hoppebloem.watou@example.net", "+3257388104",
                "Hommelhof 15", "8978", "Watou", "BE",
                "Zomeravonden op het plein: theater en babbel voor jong en oud", "5750.00", "8925.00"),
        mail={"from": ("Stefaan Lahaye", "hoppebloem.watou@example.net"), "date": "2019-05-19 10:51:30",
              "subject": "Projectvoorstel Toneelkring Hoppebloem", "body": body, "msgid_style": 1,
              "agent": ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
              "attachments": [("projectvoorstel Hoppebloem.pdf", pdf)]},
        notes="'untitledN' names, labels right-aligned before underline-only widgets; address, postcode and "
              "town in one widget; contact value carries '(secretaris)'; three-column budget widget grid.")


@mail
def nl_stavele_pdf():
    """'Text Box N' names, numbered questions, check boxes; requested amount only in the financing table."""
    f = PForm(names=lambda i: "Text Box %d" % i, check_names=lambda i: "Check Box %d" % i,
              font="LiberationSans-Regular", bold="LiberationSans-Bold", label_fs=10,
              border=(0.55, 0.55, 0.55), fill=(0.97, 0.97, 0.97), widget_fs=10)
    f.text("Seniorenclub Den Ouden Dijk", fs=14, bold=True, gap=0)
    f.text("Aanvraag ondersteuning – projectoproep Partons 2.0 ‘Maak werk van je buurt’", fs=10, gap=12)
    f.checks("1. Wie vraagt aan?", [("vereniging", True), ("lokaal bestuur", False), ("handelaar", False),
                                     ("inwoner(s)", False)], per_line=4, colw=120)
    f.field("2. Naam van de vereniging", "Seniorenclub Den Ouden Dijk", pos="above", h=18)
    f.field("3. Adres (straat, nummer)", "Moerdijkstraat 27", pos="above", h=18, w=320)
    f.row([("4. Postcode", "8691", 0, 90), ("5. Deelgemeente", "Stavele", 0, 220)], pos="above", h=18)
    f.field("6. Contactpersoon (naam, telefoon, e-mail)", "Paula Degryse – 058 28 55 13 – paula.degryse@example.com",
            pos="above", h=18)
    f.field("7. Voorzitter", "Omer Vandenberghe", pos="above", h=18, w=320)
    f.field("8. Projecttitel", "Vervoer op maat: vrijwillige chauffeurs voor wie niet meer rijdt", pos="above", h=18)
    f.field("9. Beschrijf kort uw project",
            "Veel senioren in Stavele en de omliggende gehuchten rijden niet meer en de bus komt er twee keer per "
            "dag. Tien vrijwillige chauffeurs brengen hen met hun eigen wagen naar de dokter, de markt of familie. "
            "Een centrale gsm regelt de ritten. Vrijwilligers krijgen een kilometervergoeding en zijn verzekerd.",
            pos="above", h=70, multiline=True, fs=9.5)
    f.text("10. Kosten en financiering", bold=True, gap=3)
    f.table(["Kosten", "Bedrag"], [
        [("t", "Kilometervergoeding vrijwilligers (raming 1e jaar)"), ("w", "2.600,00", None, 2)],
        [("t", "Verzekering vrijwilligers"), ("w", "450,00", None, 2)],
        [("t", "Gsm + abonnement ritcentrale"), ("w", "480,00", None, 2)],
        [("t", "Infobrochure"), ("w", "370,00", None, 2)],
        [("t", "Opstartvergadering + vorming chauffeurs"), ("w", "600,00", None, 2)],
        [("tb", "Totaal kosten"), ("w", "4.500,00", None, 2)],
    ], [370, 129], h=17)
    f.table(["Financiering", "Bedrag"], [
        [("t", "Eigen middelen seniorenclub"), ("w", "900,00", None, 2)],
        [("t", "Gevraagd aan Partons 2.0"), ("w", "3.600,00", None, 2)],
        [("tb", "Totaal"), ("w", "4.500,00", None, 2)],
    ], [370, 129], h=17)
    f.field("11. Opmerkingen", "", pos="above", h=18)
    pdf = f.tobytes({"creator": "Writer", "producer": "LibreOffice 5.4", "title": ""})
    body = ("Beste,\n\nIn bijlage onze aanvraag voor het vervoer op maat.\n\nVriendelijke groeten,\n"
            "Paula Degryse\nSeniorenclub Den Ouden Dijk\n")
    return dict(
        lang="nl", fmt="pdf-acroform",
        truth=T("Seniorenclub Den Ouden Dijk", "Paula Degryse", "paula.degryse@example.com", "+3258285513",
                "Moerdijkstraat 27", "8691", "Stavele", "BE",
                "Vervoer op maat: vrijwillige chauffeurs voor wie niet meer rijdt", "3600.00", "4500.00"),
        mail={"from": ("Paula Degryse", "paula.degryse@example.com"), "date": "2019-05-06 14:02:19",
              "subject": "aanvraag Partons seniorenclub", "body": body, "msgid_style": 2,
              "attachments": [("Aanvraag Partons Den Ouden Dijk.pdf", pdf)]},
        notes="Numbered questions, labels above; contact name, phone and e-mail typed in one widget; no requested "
              "or total field: both only in the cost/financing widget tables.")


@mail
def nl_adinkerke_docx():
    """Word grid with the label as a small grey line inside each cell, value below."""
    d = docx_new(font="Verdana", size=9.5, margins_cm=1.8)
    p = d.add_paragraph()
    r = p.add_run("’t Duinhuisje")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0xE0, 0x7A, 0x10)
    p.add_run("   jongerenwerking Adinkerke").font.size = Pt(10)
    d.add_paragraph("AANVRAAG – Maak werk van je buurt (Partons 2.0)").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]

    def lab_val(cell, label, value):
        p0 = cell.paragraphs[0]
        rr = p0.add_run(label)
        rr.font.size = Pt(7.5)
        rr.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        p1 = cell.add_paragraph()
        p1.add_run(value)

    grid = [(("Naam organisatie", "Jongerenwerking ’t Duinhuisje"), ("Rechtsvorm", "feitelijke vereniging")),
            (("Straat en huisnummer", "Helmgrasstraat 4"), ("Postcode en gemeente", "8660 Adinkerke")),
            (("Contactpersoon", "Yannick Debaene"), ("Voorzitter / verantwoordelijke uitgever", "Els Goethals")),
            (("Gsm contactpersoon", "0468 22 90 17"), ("E-mail contactpersoon", "yannick.debaene@example.net"))]
    for a, b in grid:
        row = t.add_row()
        lab_val(row.cells[0], *a)
        lab_val(row.cells[1], *b)
    row = t.add_row()
    m = row.cells[0].merge(row.cells[1])
    lab_val(m, "Titel van het project", "Chillplek met skatehoek aan de sporthal")
    row = t.add_row()
    m = row.cells[0].merge(row.cells[1])
    lab_val(m, "Wat willen jullie doen?",
            "Jongeren uit Adinkerke hebben geen eigen plek. Met hen ontwerpen we een overdekte chillplek met "
            "zitbanken en twee skate-elementen naast de sporthal. Een jeugdwerker begeleidt vijf ontwerpavonden; "
            "de buren van de sporthal worden uitgenodigd op een infomoment en op de opening.")
    row = t.add_row()
    lab_val(row.cells[0], "Gevraagd bedrag", "10 000 euro")
    lab_val(row.cells[1], "Totale kostprijs", "18 400 euro")
    set_col_widths(t, [8.7, 8.7])
    d.add_paragraph()
    d.add_paragraph("Kostenraming").runs[0].bold = True
    b = d.add_table(rows=0, cols=2)
    b.style = d.styles["Light List Accent 2"]
    for k, v in [("Skate-elementen (2)", "8.900"), ("Zitbanken + overkapping", "5.300"),
                 ("Participatietraject met jongeren (begeleider)", "2.200"), ("Opening", "1.000"),
                 ("Communicatie", "1.000"), ("TOTAAL", "18.400")]:
        row = b.add_row()
        cell_text(row.cells[0], k)
        cell_text(row.cells[1], v, align="right")
    set_col_widths(b, [13.0, 4.4])
    d.add_paragraph("Rest van de financiering: gemeente (jeugddienst) 5.000 euro en eigen acties 3.400 euro.")
    data = docx_bytes(d, author="Yannick Debaene", title="aanvraag")
    body = ("Hey,\n\nHierbij onze aanvraag voor de chillplek. Alvast bedankt om ernaar te kijken!\n\n"
            "Yannick\n’t Duinhuisje\n")
    return dict(
        lang="nl", fmt="docx",
        truth=T("Jongerenwerking ’t Duinhuisje", "Yannick Debaene", "yannick.debaene@example.net", "+32468229017",
                "Helmgrasstraat 4", "8660", "Adinkerke", "BE", "Chillplek met skatehoek aan de sporthal",
                "10000.00", "18400.00"),
        mail={"from": ("Yannick Debaene", "yannick.debaene@example.net"), "date": "2019-06-14 16:39:02",
              "subject": "aanvraag chillplek Duinhuisje", "body": body, "msgid_style": 2,
              "attachments": [("Aanvraag_chillplek_Duinhuisje.docx", data)]},
        notes="Word grid, label as a small grey first line inside each cell with the value below it, two "
              "label/value cells per row; organisation name with a typographic apostrophe (’t); '10 000 euro'.")


@mail
def nl_dranouter_docx():
    """Word paragraphs with dotted tab leaders; phone and e-mail typed in each other's place."""
    d = docx_new(font="Cambria", size=11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Buurtwerking Dranouter-Dorp")
    r.bold = True
    r.font.size = Pt(15)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Aanvraagformulier projectoproep ‘Maak werk van je buurt’").italic = True
    d.add_paragraph()

    def dotted(label, value):
        pp = d.add_paragraph()
        pp.paragraph_format.tab_stops.add_tab_stop(Cm(6.0), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        pp.paragraph_format.space_after = Pt(5)
        pp.add_run(label + "\t")
        pp.add_run(value).font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)

    dotted("Naam van de vereniging", "Buurtwerking Dranouter-Dorp")
    dotted("Contactpersoon", "Jens Vandoorne")
    dotted("Adres", "Neerhofstraat 9")
    dotted("Postnummer – Gemeente", "8951 Dranouter")
    dotted("Telefoon", "jens.vandoorne@example.com")
    dotted("E-mail", "0487 53 19 62")
    d.add_paragraph()
    dotted("Titel van het project", "Straatmeesters in Dranouter")
    pp = d.add_paragraph("Omschrijving:")
    pp.runs[0].bold = True
    d.add_paragraph("In elke straat van het dorp een ‘straatmeester’: een aanspreekpunt voor buren met vragen, "
                    "die nieuwe inwoners verwelkomt en mensen doorverwijst naar de juiste dorpsgenoot. We voorzien "
                    "een vorming, een klein handboek, naambordjes en een jaarlijkse straatmeestersdag.")
    dotted("Gevraagd bedrag", "3.000 €")
    dotted("Totale kost", "3.450 €")
    dotted("Eigen inbreng", "450 € (kas van de buurtwerking)")
    d.add_paragraph()
    d.add_paragraph("Dranouter, 25 mei 2019")
    data = docx_bytes(d, author="Jens", title="")
    body = ("Dag,\n\nHierbij onze aanvraag voor de straatmeesters.\n\nGroeten,\nJens\n")
    return dict(
        lang="nl", fmt="docx",
        truth=T("Buurtwerking Dranouter-Dorp", "Jens Vandoorne", "jens.vandoorne@example.com", "+32487531962",
                "Neerhofstraat 9", "8951", "Dranouter", "BE", "Straatmeesters in Dranouter", "3000.00", "3450.00"),
        mail={"from": ("Jens Vandoorne", "jens.vandoorne@example.com"), "date": "2019-05-25 08:14:57",
              "subject": "Aanvraag straatmeesters Dranouter", "body": body, "msgid_style": 2,
              "attachments": [("aanvraag straatmeesters.docx", data)]},
        notes="Dotted tab leaders between label and value; the e-mail address is typed on the 'Telefoon' line "
              "and the gsm number on the 'E-mail' line (truth: the real e-mail and phone).")


@mail
def nl_loker_odt():
    """ODT table with two label/value pairs per row; organisation seat vs contact home."""
    o = OForm(font="Liberation Sans", size="9.5pt")
    o.pstyle("H", size="14pt", bold=True, margin_bottom="0.1cm", color="#2F5496")
    o.pstyle("Sub", size="10pt", margin_bottom="0.35cm")
    o.cellstyle("L", bg="#D9E2F3")
    o.para("Dorpscomité Loker Vooruit", "H")
    o.para("Aanvraag steun – projectoproep ‘Maak werk van je buurt!’ (Partons 2.0)", "Sub")
    rows = [["Naam dorpscomité", "Dorpscomité Loker Vooruit", "Opgericht", "2014"],
            ["Adres zetel", "Smidsestraat 2", "Postcode / gemeente", "8958 Loker"],
            ["Voorzitter", "Luc Dewitte", "Contactpersoon", "Annelies Vanpeperstraete"],
            ["Adres contactpersoon", "Heuvelkouter 18, 8958 Loker", "Gsm contactpersoon", "0471 83 65 02"],
            ["E-mail", "lokervooruit@example.org", "Website", "/"],
            ["Projecttitel", "Haalbaarheidsstudie buurtwinkel en ontmoetingscafé in de oude smidse"],
            ["Omschrijving", "Sinds de bakker sloot heeft Loker geen winkel meer. In de oude smidse (eigendom van "
                             "de gemeente) willen we een buurtwinkel met ontmoetingscafé, uitgebaat door "
                             "vrijwilligers en een lokale handelaar. Eerst laten we onderzoeken of dit haalbaar "
                             "is, met een bevraging van alle inwoners, twee infoavonden, een schetsontwerp en "
                             "een proefweekend met een pop-upwinkel."],
            ["Gevraagde subsidie", "€ 10.000", "Totale projectkost", "€ 24.500"]]
    spans = {(5, 1): 3, (6, 1): 3}
    cs = {}
    for r, row in enumerate(rows):
        cs[(r, 0)] = "L"
        if len(row) == 4:
            cs[(r, 2)] = "L"
    o.table(rows, [3.6, 5.2, 3.6, 5.2], spans=spans, cell_styles=cs)
    o.para("")
    o.para([("Begroting", "B")])
    o.table([["Haalbaarheidsstudie (studiebureau)", "€ 7.500"], ["Architect – schetsontwerp", "€ 9.000"],
             ["Bewonersbevraging + 2 infoavonden", "€ 3.000"], ["Communicatie", "€ 1.500"],
             ["Proefweekend pop-upwinkel", "€ 3.500"], [[("Totaal", "B")], [("€ 24.500", "B")]]], [12.0, 5.0])
    o.para("Saldo: gemeente € 8.000 (toegezegd), eigen middelen € 6.500.")
    data = o.tobytes()
    body = ("Beste,\n\nNamens Dorpscomité Loker Vooruit bezorg ik u onze aanvraag.\nWe komen graag eens "
            "langs om het project toe te lichten.\n\nVriendelijke groet,\nAnnelies Vanpeperstraete\n")
    return dict(
        lang="nl", fmt="odt",
        truth=T("Dorpscomité Loker Vooruit", "Annelies Vanpeperstraete", "lokervooruit@example.org", "+32471836502",
                "Smidsestraat 2", "8958", "Loker", "BE",
                "Haalbaarheidsstudie buurtwinkel en ontmoetingscafé in de oude smidse", "10000.00", "24500.00"),
        mail={"from": ("Annelies Vanpeperstraete", "lokervooruit@example.org"), "date": "2019-05-31 19:27:41",
              "subject": "Aanvraag Dorpscomité Loker Vooruit", "body": body,
              "agent": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
              "attachments": [("Loker Vooruit - aanvraag Partons.odt", data)]},
        notes="ODT table, two label/value pairs per row, spanned cells for title and description; seat address "
              "vs contact's home address (truth = seat); budget exceeds the maximum grant, requested = max.")


@mail
def nl_reninge_odt():
    """ODT: bold label on one line, value on the next; one-person initiative with a name; e-mail left empty."""
    o = OForm(font="Liberation Serif", size="12pt", generator="LibreOffice/6.0.3.2$Windows_X86_64 LibreOffice_project/8f48d515416608e3a835360314dac7e47fd0b821")
    o.pstyle("H", size="16pt", bold=True, margin_bottom="0.4cm")
    o.pstyle("Lab", size="10pt", bold=True, margin_top="0.2cm", margin_bottom="0cm", color="#444444")
    o.pstyle("Val", margin_bottom="0.1cm")
    o.para("Aanvraag ‘Maak werk van je buurt’", "H")
    for k, v in [("Naam initiatief", "Boekenruilkast Reninge"),
                 ("Initiatiefnemer", "Jana Lams"),
                 ("Adres", "Kerkhofwegel 3"),
                 ("Postcode en gemeente", "8647 Reninge"),
                 ("Telefoon", "0477 14 09 36"),
                 ("E-mail", ""),
                 ("Projecttitel", "Een boekenruilkast en leesbank aan het dorpsplein"),
                 ("Wat wil je doen?", "Een weerbestendige boekenkast en een leesbank op het dorpsplein, waar "
                                      "iedereen boeken kan brengen en meenemen. De leerlingen van de school "
                                      "beschilderen de kast; buren zorgen om beurten voor de orde."),
                 ("Gevraagd bedrag", "750 euro"),
                 ("Totale kostprijs", "1.120,00"),
                 ("Wie betaalt de rest?", "ikzelf en twee buren (370 euro)")]:
        o.para(k, "Lab")
        o.para(v, "Val")
    data = o.tobytes()
    body = ("Hallo,\n\nIk ben geen vereniging maar wil graag een boekenruilkast zetten op ons dorpsplein. "
            "Mijn aanvraag zit in bijlage.\nU kan mij best mailen op dit adres.\n\nGroetjes,\nJana Lams\n")
    return dict(
        lang="nl", fmt="odt",
        truth=T("Boekenruilkast Reninge", "Jana Lams", "jana.lams@example.com", "+32477140936", "Kerkhofwegel 3",
                "8647", "Reninge", "BE", "Een boekenruilkast en leesbank aan het dorpsplein", "750.00", "1120.00"),
        mail={"from": ("Jana Lams", "jana.lams@example.com"), "date": "2019-05-13 12:55:08",
              "subject": "boekenruilkast Reninge", "body": body, "msgid_style": 2,
              "attachments": [("boekenruilkast.odt", data)]},
        notes="Label line above value line; one-person initiative named 'Boekenruilkast Reninge' (taken as "
              "organisation); the form's e-mail is empty, the initiator writes from her own address and says "
              "to use it -> truth e-mail from the From header.")


@mail
def nl_klerken_xlsx():
    """One-sheet spreadsheet form with the budget block below the identification block."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "AANVRAAG PARTONS 2.0 – Maak werk van je buurt"
    ws["A1"].font = Font(bold=True, size=12, color="375623")
    info = [("Vereniging", "Klerkse Marktvrienden"), ("Adres", "Hazelaarstraat 31"), ("Postcode", "8650"),
            ("Deelgemeente", "Klerken"), ("Voorzitter", "Sylvie Naert"), ("Contactpersoon", "Bram Coene"),
            ("Tel", "+32 (0)51 54 46 90"), ("Mail", "bram.coene@example.org"),
            ("Project", "Boerenmarkt op zaterdagvoormiddag"),
            ("Uitleg", "Elke zaterdagvoormiddag een kleine markt met boeren en producenten uit de streek op het "
                       "dorpsplein, met een koffiehoek. Aankoop van zes marktkramen en een elektriciteitskast.")]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(row=i, column=1, value=k + ":").font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["B12"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[12].height = 48
    ws["A15"] = "BEGROTING"
    ws["A15"].font = Font(bold=True, color="375623")
    ws["A16"], ws["B16"] = "Post", "Bedrag (EUR)"
    ws["A16"].font = ws["B16"].font = Font(bold=True)
    items = [("Marktkramen (6)", 4200), ("Elektriciteitskast", 1600), ("Promotie", 900),
             ("Startdag met proevertjes", 1100), ("Signalisatie", 1500)]
    for i, (k, v) in enumerate(items, start=17):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=v).number_format = "#,##0"
    ws["A22"] = "Totaal kostprijs"
    ws["A22"].font = Font(bold=True)
    ws["B22"] = "=SUM(B17:B21)"
    ws["B22"].number_format = "#,##0"
    ws["B22"].font = Font(bold=True)
    ws["A24"] = "Gevraagd bedrag"
    ws["A24"].font = Font(bold=True)
    ws["B24"] = 7000
    ws["B24"].number_format = "#,##0"
    ws["A25"] = "Eigen inbreng"
    ws["B25"] = "=B22-B24"
    ws["B25"].number_format = "#,##0"
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 58
    data = xlsx_bytes(wb, creator="Bram", cached={"xl/worksheets/sheet1.xml": {"B22": "9300", "B25": "2300"}})
    body = ("Beste,\n\nHierbij onze aanvraag in Excel voor de boerenmarkt van Klerken.\n\nMvg,\nBram Coene\n"
            "Klerkse Marktvrienden\n")
    return dict(
        lang="nl", fmt="xlsx",
        truth=T("Klerkse Marktvrienden", "Bram Coene", "bram.coene@example.org", "+3251544690", "Hazelaarstraat 31",
                "8650", "Klerken", "BE", "Boerenmarkt op zaterdagvoormiddag", "7000.00", "9300.00"),
        mail={"from": ("Bram Coene", "bram.coene@example.org"), "date": "2019-06-10 20:33:12",
              "subject": "aanvraag boerenmarkt Klerken", "body": body, "msgid_style": 1,
              "agent": ("X-Mailer", "Microsoft Outlook 16.0"),
              "attachments": [("Partons aanvraag Klerken.xlsx", data)]},
        notes="Single sheet: identification block then budget block; total is a SUM formula (cached value "
              "stored); postcode as text; labels end with a colon.")


@mail
def nl_boezinge_body():
    """HTML body with the form pasted as a table (from Word); sent by a city service."""
    rows = [("Naam vereniging / groep", "Bewonersgroep Vaartkant Boezinge"),
            ("Contactpersoon", "Griet Vanlerberghe"),
            ("Adres", "Jaagpadstraat 14"),
            ("Postcode", "8904"),
            ("Gemeente", "Boezinge"),
            ("Telefoon", "0495/62.18.73"),
            ("E-mail", "vaartkant.boezinge@example.net"),
            ("Titel van het project", "Samentuin aan de vaart"),
            ("Korte beschrijving", "Op een braakliggend perceel langs de vaart leggen bewoners samen een tuin "
                                   "aan met groenten, fruit en een zitplek. Een tuinbegeleider helpt het eerste "
                                   "seizoen. De school en het woonzorgcentrum krijgen elk een perceel."),
            ("Gevraagde subsidie", "€ 6.480,00"),
            ("Totale kostprijs", "€ 7.980,00")]
    trs = "\n".join(
        '<tr><td style="border:1px solid #999;padding:3px 6px;background:#EDEDED;width:190px"><b>%s</b></td>'
        '<td style="border:1px solid #999;padding:3px 6px">%s</td></tr>' % (k, v) for k, v in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Calibri, sans-serif; font-size: 11pt;">
<p>Beste,</p>
<p>De bewonersgroep Vaartkant uit Boezinge vroeg ons hun aanvraag door te sturen. Hieronder vindt u de gegevens uit hun formulier.</p>
<table style="border-collapse:collapse">
%s
</table>
<p>Wij als stad ondersteunen het project (perceel in bruikleen).</p>
<p>Met vriendelijke groeten,</p>
<p>Wout Decroos<br>Stad Ieper – dienst Participatie<br>tel. 057 45 10 77</p>
</div></body></html>
""" % trs
    text = ("Beste,\n\nDe bewonersgroep Vaartkant uit Boezinge vroeg ons hun aanvraag door te sturen. Hieronder vindt "
            "u de gegevens uit hun formulier.\n\n" +
            "\n".join("%s\t%s" % (k, v) for k, v in rows) +
            "\n\nWij als stad ondersteunen het project (perceel in bruikleen).\n\nMet vriendelijke groeten,\n\n"
            "Wout Decroos\nStad Ieper – dienst Participatie\ntel. 057 45 10 77\n")
    return dict(
        lang="nl", fmt="body-html",
        truth=T("Bewonersgroep Vaartkant Boezinge", "Griet Vanlerberghe", "vaartkant.boezinge@example.net",
                "+32495621873", "Jaagpadstraat 14", "8904", "Boezinge", "BE", "Samentuin aan de vaart",
                "6480.00", "7980.00"),
        mail={"from": ("Wout Decroos", "wout.decroos@example.com"), "date": "2019-05-15 15:44:26",
              "subject": "Doorsturen aanvraag bewonersgroep Vaartkant (Boezinge)", "body": text, "html": html,
              "agent": ("X-Mailer", "Microsoft Outlook 16.0")},
        notes="HTML table label|value pasted in the body (text part uses tabs); forwarded by a city employee "
              "whose own phone is in the signature.")


@mail
def nl_zarren_body():
    """Plain-text body; total cost not yet known."""
    body = """Goedendag,

Wij willen graag deelnemen aan de projectoproep. Hieronder onze gegevens:

Naam vereniging: Wielertoeristen De Zarrenaars
Contactpersoon: Kurt Maes
Adres: Brouwerijstraat 5, 8610 Zarren
Tel.: 051 56 41 27
E-mail: kurt.maes@example.net

Titel: Fietsherstelpunt en koffiehoek in het dorp
Wat: in ons clublokaal een fietsherstelpunt voor iedereen uit het dorp (elke eerste zaterdag van de maand), met gereedschap, een werkbank en een koffiehoek waar de mensen kunnen wachten en babbelen.
Gevraagde subsidie: 4500 euro
Totale kostprijs: nog te bepalen (offertes voor werkbank en gereedschap lopen nog)

Sportieve groeten,
Kurt Maes
voorzitter WT De Zarrenaars
"""
    return dict(
        lang="nl", fmt="body-text",
        truth=T("Wielertoeristen De Zarrenaars", "Kurt Maes", "kurt.maes@example.net", "+3251564127",
                "Brouwerijstraat 5", "8610", "Zarren", "BE", "Fietsherstelpunt en koffiehoek in het dorp",
                "4500.00", None),
        mail={"from": ("Kurt Maes", "kurt.maes@example.net"), "date": "2019-06-15 09:12:33",
              "subject": "projectoproep - WT De Zarrenaars", "body": body, "msgid_style": 2},
        notes="Plain-text body; address with postcode and town on one line; total cost 'nog te bepalen' -> "
              "total_budget null.")


# =====================================================================  FR  ==
@mail
def fr_meteren_pdf():
    """Two-page form, 'Text Field N' names, dotted leaders printed on the page, siège vs domicile."""
    f = PForm(names=lambda i: "Text Field %d" % i, font="LiberationSans-Regular", bold="LiberationSans-Bold",
              label_fs=10, border=None, fill=(0.9, 0.94, 1.0), widget_fs=10)
    f.text("COMITÉ DE QUARTIER DE LA BRIQUETERIE", fs=13, bold=True, gap=0)
    f.text("Méteren", fs=10, gap=10)
    f.text("Dossier de demande de subvention – Appel à projets Partons 2.0", fs=14, bold=True, gap=4)
    f.text("Partie 1 : présentation de l'association", fs=11, bold=True, color=(0.1, 0.3, 0.6), gap=8)

    def lead(label, value, w=270):
        f.ensure(22)
        f.text_at(48, f.y + 12, label + " " + "." * 60)
        f.page.draw_rect(pymupdf.Rect(547 - w - 2, f.y - 1, 549, f.y + 17), color=None, fill=(1, 1, 1))
        f.widget((547 - w, f.y, 547, f.y + 16), value)
        f.y += 22

    lead("Nom de l'association", "Comité de quartier de la Briqueterie")
    lead("Adresse du siège social", "12 allée des Briquetiers")
    lead("Code postal", "59270", w=80)
    lead("Commune", "Méteren")
    lead("Président(e)", "Alain Deschodt")
    lead("Nom du/de la responsable du projet", "Nadège Pruvost")
    lead("Adresse personnelle du/de la responsable", "40 rue des Glaïeuls, 59270 Méteren")
    lead("Téléphone du/de la responsable", "06 58 24 13 97", w=150)
    lead("Courriel du/de la responsable", "nadege.pruvost@example.com")
    lead("Nombre d'adhérents", "63", w=60)
    f.new_page()
    f.text("Partie 2 : le projet", fs=11, bold=True, color=(0.1, 0.3, 0.6), gap=8)
    lead("Intitulé", "Fête de quartier et enquête auprès des habitants sur un lieu de rencontre", w=330)
    f.text("Objectifs et déroulement :", gap=3)
    f.widget((48, f.y, 547, f.y + 90),
             "Lors de la fête de quartier de septembre, nous réaliserons avec un expert en participation une "
             "enquête auprès des 400 foyers du quartier : faut-il un lieu de rencontre, où, pour quoi faire ? "
             "Les résultats seront restitués en réunion publique et transmis à la mairie.",
             multiline=True, fs=10)
    f.y += 100
    f.text("Budget prévisionnel :", bold=True, gap=3)
    f.table(["Poste", "Montant"], [
        [("t", "Enquête (impression, saisie)"), ("w", "800 €")],
        [("t", "Accompagnement expert participation"), ("w", "2.500 €")],
        [("t", "Fête (structures gonflables, sono)"), ("w", "1.900 €")],
        [("t", "Communication"), ("w", "600 €")],
        [("t", "Goûter"), ("w", "500 €")],
        [("tb", "Total"), ("w", "6.300 €")],
    ], [349, 150], h=17)
    lead("Montant de la subvention sollicitée", "4.750 €", w=120)
    lead("Coût total du projet", "6.300 €", w=120)
    lead("Autres financements (préciser)", "fonds propres 1.550 €")
    f.y += 10
    f.text("Fait à Méteren, le 29 mai 2019. Le président, A. Deschodt", fs=9)
    pdf = f.tobytes({"creator": "Foxit PhantomPDF - Foxit Software Inc.", "producer": "Foxit PhantomPDF Printer Version 9.3.0.1220",
                     "title": "Dossier de demande de subvention"})
    body = ("Bonjour,\n\nCi-joint le dossier du Comité de quartier de la Briqueterie (Méteren).\n"
            "Je suis la responsable du projet, n'hésitez pas à m'appeler.\n\nNadège Pruvost\n")
    return dict(
        lang="fr", fmt="pdf-acroform",
        truth=T("Comité de quartier de la Briqueterie", "Nadège Pruvost", "nadege.pruvost@example.com",
                "+33658241397", "12 allée des Briquetiers", "59270", "Méteren", "FR",
                "Fête de quartier et enquête auprès des habitants sur un lieu de rencontre", "4750.00", "6300.00"),
        mail={"from": ("Nadège Pruvost", "nadege.pruvost@example.com"), "date": "2019-05-29 18:22:50",
              "subject": "Dossier subvention Partons 2.0 - Comité de quartier de la Briqueterie", "body": body,
              "msgid_style": 1, "agent": ("X-Mailer", "iPhone Mail (16E227)"),
              "attachments": [("Dossier subvention Briqueterie.pdf", pdf)]},
        notes="Two pages, dotted leaders printed to the right-aligned widgets ('Text Field N'); siège address "
              "and the responsable's home address both present (truth = siège); '4.750 €'.")


@mail
def fr_steenwerck_pdf():
    """Word-to-PDF grid where Acrobat auto-detected the fields: names 'undefined', 'undefined_2', ..."""
    names = ["Nom de lassociation", "undefined", "undefined_2", "undefined_3", "Text5", "undefined_4",
             "undefined_5", "undefined_6", "Intitulé du projet", "undefined_7", "undefined_8", "undefined_9",
             "undefined_10", "undefined_11", "undefined_12", "undefined_13", "undefined_14", "undefined_15",
             "undefined_16", "undefined_17", "undefined_18", "undefined_19", "undefined_20", "undefined_21"]
    f = PForm(names=lambda i: names[i - 1] if i <= len(names) else "undefined_%d" % (i + 2),
              font="LiberationSerif-Regular", bold="LiberationSerif-Bold", label_fs=10,
              border=None, fill=None, widget_fs=10, widget_font="Helv")
    f.text("Association des Parents d'Élèves du Bois Joli – Steenwerck", fs=10, color=(0.3, 0.3, 0.3), gap=2)
    f.text("FICHE PROJET PARTONS 2.0", fs=16, bold=True, align="center", gap=10)

    def grid(rows, lw=170, h=20):
        for label, value in rows:
            hh = h if "\n" not in label else h + 8
            f.ensure(hh)
            f.page.draw_rect(pymupdf.Rect(48, f.y, 48 + lw, f.y + hh), color=(0, 0, 0), fill=(0.93, 0.93, 0.93), width=0.5)
            f.page.draw_rect(pymupdf.Rect(48 + lw, f.y, 547, f.y + hh), color=(0, 0, 0), width=0.5)
            ly = f.y + 13
            for ln in label.split("\n"):
                f.text_at(52, ly, ln, bold=True)
                ly += 11
            f.widget((48 + lw + 2, f.y + 2, 545, f.y + hh - 2), value, border=False)
            f.y += hh

    grid([("Nom de l'association", "APE du Bois Joli"),
          ("Adresse", "3 sentier du Bois Joli"),
          ("Code postal", "59181"),
          ("Commune", "Steenwerck"),
          ("Président(e)", "Sophie Lemaire"),
          ("Contact projet", "Cédric Wallart"),
          ("Téléphone", "07 81 46 20 35"),
          ("Mail", "ape.boisjoli@example.org")])
    f.y += 12
    grid([("Intitulé du projet", "Potager pédagogique ouvert aux habitants le mercredi")])
    f.ensure(110)
    f.page.draw_rect(pymupdf.Rect(48, f.y, 547, f.y + 110), color=(0, 0, 0), width=0.5)
    f.text_at(52, f.y + 13, "Descriptif du projet", bold=True)
    f.widget((52, f.y + 18, 543, f.y + 106),
             "Nous créons un potager pédagogique derrière l'école : bacs, serre tunnel, récupérateur d'eau. Le "
             "mercredi après-midi, il est ouvert aux habitants, qui jardinent avec les enfants sous la conduite "
             "d'une animatrice nature (12 séances). Portes ouvertes à la récolte.", multiline=True, border=False)
    f.y += 122
    f.text("Budget", bold=True, gap=3)
    f.table(["Dépenses", "Montant TTC"], [
        [("t", "Bacs et terre"), ("w", "2 180,00 €")],
        [("t", "Serre tunnel"), ("w", "1 690,00 €")],
        [("t", "Outils"), ("w", "542,50 €")],
        [("t", "Animatrice nature (12 séances)"), ("w", "2 400,00 €")],
        [("t", "Récupérateur d'eau"), ("w", "300,00 €")],
        [("t", "Portes ouvertes"), ("w", "900,00 €")],
        [("tb", "TOTAL"), ("w", "8 012,50 €")],
    ], [349, 150], h=17)
    grid([("Montant sollicité", "6 412,50 €"), ("Coût total", "8 012,50 €"),
          ("Autofinancement", "1 600,00 € (bénéfices de la kermesse)")])
    pdf = f.tobytes({"creator": "Microsoft® Word 2016", "producer": "Adobe Acrobat Pro DC 19.12.20034",
                     "title": "Fiche projet"})
    body = ("Bonjour,\n\nVoici la fiche projet de l'APE du Bois Joli pour l'appel à projets Partons 2.0.\n\n"
            "Cordialement,\nCédric Wallart\nAPE du Bois Joli\n")
    return dict(
        lang="fr", fmt="pdf-acroform",
        truth=T("APE du Bois Joli", "Cédric Wallart", "ape.boisjoli@example.org", "+33781462035",
                "3 sentier du Bois Joli", "59181", "Steenwerck", "FR",
                "Potager pédagogique ouvert aux habitants le mercredi", "6412.50", "8012.50"),
        mail={"from": ("Cédric Wallart", "ape.boisjoli@example.org"), "date": "2019-05-12 17:06:45",
              "subject": "Fiche projet APE du Bois Joli", "body": body,
              "agent": ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1"),
              "attachments": [("Fiche projet Partons APE Bois Joli.pdf", pdf)]},
        notes="Grid of drawn cells (label cell | widget) like a Word table converted and auto-field-detected: "
              "names 'undefined', 'undefined_2', …; the page header spells the association's long name, the "
              "'Nom de l'association' cell the short one (truth follows the cell); amounts with cents.")


@mail
def fr_killem_pdf():
    """LiveCycle-like names, labels mostly only as tooltips; postcode and commune typed in swapped boxes."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    c.setTitle("DOSSIER DE CANDIDATURE")
    c.setCreator("Adobe LiveCycle Designer ES 9.0")
    c.setProducer("Adobe LiveCycle Designer ES 9.0")
    form = c.acroForm
    n = [0]

    def tf(x, y, w, h, v, tip, multi=False, fs=10):
        n[0] += 1
        kw = dict(name="topmostSubform[0].Page1[0].Champ_texte%d[0]" % n[0], value=v, x=x, y=y, width=w,
                  height=h, borderColor=HexColor("#000000"), fillColor=HexColor("#FFFFFF"), textColor=black,
                  fontSize=fs, fontName="Helvetica", forceBorder=True, borderWidth=0.5, tooltip=tip)
        if multi:
            kw["fieldFlags"] = "multiline"
        form.textfield(**kw)

    c.setFillColor(HexColor("#404040"))
    c.rect(0, 790, 595, 52, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(48, 810, "DOSSIER DE CANDIDATURE")
    c.setFont("Helvetica", 9)
    c.drawString(48, 797, "Appel à projets Partons 2.0 - villages et quartiers du Westhoek et de Flandre intérieure")
    c.setFillColor(black)
    y = 760
    c.setFont("Helvetica-Bold", 11)
    c.drawString(48, y, "1. Le demandeur")
    y -= 26
    tf(48, y, 499, 18, "Killem Patrimoine", "Nom de l'association")
    y -= 24
    tf(48, y, 320, 18, "16 rue du Moulin Tordu", "Adresse")
    tf(378, y, 70, 18, "Killem", "Code postal")
    tf(453, y, 94, 18, "59122", "Commune")
    y -= 24
    tf(48, y, 240, 18, "Benoît Delattre", "Nom du responsable")
    tf(298, y, 249, 18, "03 28 68 34 91", "Téléphone")
    y -= 24
    tf(48, y, 300, 18, "killem.patrimoine@example.net", "Courriel")
    c.setFont("Helvetica", 7)
    c.setFillColor(HexColor("#666666"))
    c.drawString(48, y - 10, "(nom, adresse, code postal, commune, responsable, téléphone, courriel)")
    c.setFillColor(black)
    y -= 40
    c.setFont("Helvetica-Bold", 11)
    c.drawString(48, y, "2. Le projet")
    y -= 26
    tf(48, y, 499, 18, "Sentier du patrimoine : chapelles, fermes et moulin racontés par les habitants",
       "Intitulé du projet", fs=9)
    y -= 100
    desc = ("Un sentier de 6 km relie les chapelles, les fermes flamandes et le moulin de Killem. Les habitants\n"
            "racontent leurs souvenirs (collecte de témoignages), qui seront mis sur des panneaux et en QR-codes.\n"
            "Balisage par des bénévoles, inauguration avec une marche gourmande.")
    tf(48, y, 499, 92, desc, "Description", multi=True, fs=9)
    y -= 40
    c.setFont("Helvetica-Bold", 11)
    c.drawString(48, y + 14, "3. Financement")
    c.setFont("Helvetica", 10)
    c.drawString(48, y - 2, "Montant demandé :")
    tf(160, y - 6, 387, 18, "huit mille euros (8 000)", "Montant demandé")
    y -= 26
    c.drawString(48, y - 2, "Coût total :")
    tf(160, y - 6, 150, 18, "10 450 euros", "Coût total")
    y -= 30
    c.setFont("Helvetica", 9)
    c.drawString(48, y, "Détail : panneaux 4 200 € - collecte des témoignages 1 800 € - balisage 1 350 € -")
    c.drawString(48, y - 12, "site et QR-codes 1 100 € - inauguration 2 000 €. Autofinancement : 2 450 €.")
    c.showPage()
    c.save()
    pdf = buf.getvalue()
    body = ("Bonjour,\n\nVeuillez trouver ci-joint le dossier de candidature de Killem Patrimoine.\n\n"
            "Cordialement,\nBenoît Delattre\nprésident de Killem Patrimoine\n")
    return dict(
        lang="fr", fmt="pdf-acroform",
        truth=T("Killem Patrimoine", "Benoît Delattre", "killem.patrimoine@example.net", "+33328683491",
                "16 rue du Moulin Tordu", "59122", "Killem", "FR",
                "Sentier du patrimoine : chapelles, fermes et moulin racontés par les habitants", "8000.00",
                "10450.00"),
        mail={"from": ("Benoît Delattre", "killem.patrimoine@example.net"), "date": "2019-06-08 11:45:19",
              "subject": "Dossier de candidature Killem Patrimoine", "body": body, "msgid_style": 2,
              "attachments": [("DOSSIER_CANDIDATURE_Killem_Patrimoine.pdf", pdf)]},
        notes="LiveCycle-style names 'topmostSubform[0].Page1[0].Champ_texteN[0]'; identification widgets have "
              "no page label, only tooltips (one caption lists the expected order); the town is typed in the "
              "'Code postal' box and the postcode in the 'Commune' box; requested amount in words plus figure.")


@mail
def fr_hondeghem_docx():
    """Word table, label left, merged header rows, check boxes as ☒/☐ characters."""
    d = docx_new(font="Arial", size=10)
    p = d.add_paragraph()
    r = p.add_run("HONDEGHEM VILLAGE VIVANT")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x7B, 0x3F, 0x00)
    d.add_paragraph("Association loi 1901 – demande de subvention Partons 2.0 (appel à projets 2019)")
    t = d.add_table(rows=0, cols=3)
    t.style = d.styles["Table Grid"]

    def hdr(s):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[2])
        cell_text(m, s, bold=True)
        shade(m, "F4B183")

    def kv(k, v):
        row = t.add_row()
        cell_text(row.cells[0], k, bold=True, size=9)
        m = row.cells[1].merge(row.cells[2])
        cell_text(m, v)

    hdr("IDENTIFICATION")
    kv("Nom de l'association", "Hondeghem Village Vivant")
    kv("Forme juridique", "☒ association loi 1901   ☐ collectivité   ☐ autre")
    kv("Siège social", "6 rue de la Forge")
    kv("Code postal – Commune", "59190 Hondeghem")
    kv("Téléphone de l'association", "+33 6 27 90 14 58")
    kv("Courriel de l'association", "hondeghem.vivant@example.org")
    kv("Présidente", "Monique Dehondt")
    hdr("PERSONNE EN CHARGE DU DOSSIER")
    kv("Nom et prénom", "Laetitia Calcoen")
    kv("Courriel", "laetitia.calcoen@example.net")
    hdr("PROJET")
    kv("Intitulé", "Un café associatif au cœur du village")
    kv("Résumé", "Le dernier café du village a fermé en 2017. Nous voulons ouvrir un café associatif dans "
                 "l'ancienne école : un lieu de rencontre tenu par des bénévoles, avec dépôt de pain, point "
                 "lecture et soirées jeux. Une étude de faisabilité et trois soirées participatives précèdent "
                 "l'aménagement.")
    kv("Calendrier", "septembre 2019 – juin 2020")
    kv("Montant sollicité", "10 000 €")
    kv("Coût total", "21 300 €")
    set_col_widths(t, [4.8, 6.1, 6.1])
    d.add_paragraph()
    d.add_paragraph("Plan de financement").runs[0].bold = True
    b = d.add_table(rows=1, cols=2)
    b.style = d.styles["Table Grid"]
    cell_text(b.rows[0].cells[0], "Dépenses", bold=True)
    cell_text(b.rows[0].cells[1], "Recettes", bold=True)
    dep = "Étude de faisabilité : 4 500 €\nAménagement (mobilier, comptoir) : 9 800 €\nÉquipement cuisine : 3 200 €\n" \
          "Animation participative (3 soirées) : 1 800 €\nCommunication : 2 000 €\nTOTAL : 21 300 €"
    rec = "Partons 2.0 : 10 000 €\nCommune de Hondeghem : 6 000 €\nFonds propres : 2 300 €\nMécénat : 3 000 €\nTOTAL : 21 300 €"
    cell_text(b.add_row().cells[0], dep)
    cell_text(b.rows[1].cells[1], rec)
    set_col_widths(b, [8.5, 8.5])
    data = docx_bytes(d, author="HVV", title="Demande de subvention")
    body = ("Madame, Monsieur,\n\nJe vous prie de trouver en pièce jointe la demande de subvention de "
            "l'association Hondeghem Village Vivant.\n\nRespectueusement,\nLaetitia Calcoen\n")
    return dict(
        lang="fr", fmt="docx",
        truth=T("Hondeghem Village Vivant", "Laetitia Calcoen", "laetitia.calcoen@example.net", "+33627901458",
                "6 rue de la Forge", "59190", "Hondeghem", "FR", "Un café associatif au cœur du village",
                "10000.00", "21300.00"),
        mail={"from": ("Laetitia Calcoen", "laetitia.calcoen@example.net"), "date": "2019-06-01 10:30:15",
              "subject": "Demande de subvention - Hondeghem Village Vivant", "body": body,
              "agent": ("X-Mailer", "Microsoft Outlook 16.0"),
              "attachments": [("Demande subvention HVV Partons.docx", data)]},
        notes="Word table with merged header rows and check-box characters; the only phone given is the "
              "association's (contact section has none) -> truth phone is the association's; association and "
              "contact e-mails both given (truth = contact's). Budget in two multi-line cells.")


@mail
def fr_rubrouck_docx():
    """Prose form with inline content controls ('Je soussigné(e) … sollicite …'); total left as placeholder."""
    d = docx_new(font="Garamond", size=12)
    PH = "Cliquez ou appuyez ici pour entrer du texte."
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Lettre-formulaire de demande – Partons 2.0")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph()
    p = d.add_paragraph("Je soussigné(e) ")
    add_sdt(p, "Jérôme Vandenabeele", PH, alias="Nom")
    p.add_run(", agissant au nom de l'association ")
    add_sdt(p, "Rubrouck Nature et Rencontres", PH, alias="Association")
    p.add_run(", dont le siège est situé ")
    add_sdt(p, "9 chemin du Verger", PH, alias="Adresse")
    p.add_run(" à ")
    add_sdt(p, "59285 Rubrouck", PH, alias="CP Commune")
    p.add_run(", sollicite une aide de ")
    add_sdt(p, "3 900 €", PH, alias="Montant")
    p.add_run(" pour le projet intitulé « ")
    add_sdt(p, "Verger partagé de variétés anciennes", PH, alias="Projet")
    p.add_run(" », dont le coût total s'élève à ")
    add_sdt(p, None, PH, alias="Cout total")
    p.add_run(".")
    d.add_paragraph()
    p = d.add_paragraph("Je peux être joint(e) au ")
    add_sdt(p, "06 09 83 52 74", PH, alias="Tel")
    p.add_run(" ou par courriel : ")
    add_sdt(p, "jerome.vandenabeele@example.com", PH, alias="Mail")
    p.add_run(".")
    p = d.add_paragraph("N° SIRET de l'association : ")
    add_sdt(p, None, PH, alias="SIRET")
    d.add_paragraph()
    p = d.add_paragraph("Présentation du projet : ")
    add_sdt(p, "Sur une parcelle communale, les habitants plantent un verger de 30 arbres de variétés "
               "anciennes de Flandre, entretenu collectivement. Un pépiniériste forme les bénévoles à la taille "
               "et à la greffe ; la récolte est partagée et une fête des fruits est organisée chaque automne.",
            PH, alias="Présentation", multiline=True)
    d.add_paragraph()
    d.add_paragraph("Fait à Rubrouck, le 20 mai 2019")
    d.add_paragraph("Signature")
    data = docx_bytes(d, author="Jérôme", title="")
    body = ("Bonjour,\n\nCi-joint notre lettre de demande pour le verger partagé.\nLe budget détaillé n'est pas "
            "encore finalisé, je vous l'enverrai dès que possible.\n\nJérôme Vandenabeele\n"
            "Rubrouck Nature et Rencontres\n")
    return dict(
        lang="fr", fmt="docx",
        truth=T("Rubrouck Nature et Rencontres", "Jérôme Vandenabeele", "jerome.vandenabeele@example.com", "+33609835274",
                "9 chemin du Verger", "59285", "Rubrouck", "FR", "Verger partagé de variétés anciennes",
                "3900.00", None),
        mail={"from": ("Jérôme Vandenabeele", "jerome.vandenabeele@example.com"), "date": "2019-05-20 22:03:37",
              "subject": "Demande Partons 2.0 - verger partagé Rubrouck", "body": body, "msgid_style": 2,
              "attachments": [("lettre demande verger.docx", data)]},
        notes="Prose 'Je soussigné(e) …' with inline content controls; the total-cost control still shows the "
              "placeholder and the mail says the budget is not final -> total_budget null; SIRET placeholder.")


@mail
def fr_socx_docx():
    """Word paragraphs with typed underscores; requested amount only in the financing table."""
    d = docx_new(font="Times New Roman", size=11)
    p = d.add_paragraph()
    r = p.add_run("CLUB DE L'AMITIÉ DE SOCX")
    r.bold = True
    r.underline = True
    d.add_paragraph("Formulaire de candidature – appel à projets « villages et quartiers » Partons 2.0")
    d.add_paragraph()
    for k, v in [("Nom de l'association", "Club de l'Amitié de Socx"),
                 ("Adresse", "25 rue des Prairies – 59380 Socx"),
                 ("Président", "André Lamote"),
                 ("Personne à contacter", "Gisèle Verbeke"),
                 ("Téléphone", "03.28.68.57.30"),
                 ("Adresse mail", "clubamitie.socx@example.net"),
                 ("Titre du projet", "Navette solidaire vers le marché de Bergues"),
                 ("Coût total du projet", "4 860 €")]:
        pp = d.add_paragraph()
        pp.paragraph_format.space_after = Pt(3)
        pp.add_run(k + " : ")
        pp.add_run(v)
        pp.add_run(" " + "_" * max(6, 58 - len(k) - len(v)))
    d.add_paragraph()
    pp = d.add_paragraph()
    pp.add_run("Description du projet : ").bold = True
    pp.add_run("chaque lundi, jour de marché à Bergues, un véhicule de 9 places conduit par des bénévoles du club "
               "emmène les habitants sans voiture au marché et les ramène. Les usagers participent aux frais "
               "(2 € l'aller-retour).")
    d.add_paragraph()
    d.add_paragraph("Budget prévisionnel").runs[0].bold = True
    b = d.add_table(rows=1, cols=4)
    b.style = d.styles["Table Grid"]
    for cc, s in zip(b.rows[0].cells, ["Dépenses", "Montant", "Recettes", "Montant"]):
        cell_text(cc, s, bold=True)
    rows = [("Location véhicule 9 places (1 jour/semaine)", "2 880 €", "Participation des usagers", "960 €"),
            ("Carburant", "760 €", "Fonds propres du club", "500 €"),
            ("Assurance bénévoles", "320 €", "Subvention sollicitée (Partons 2.0)", "3 400 €"),
            ("Communication", "400 €", "", ""),
            ("Réunion d'information", "500 €", "", ""),
            ("TOTAL", "4 860 €", "TOTAL", "4 860 €")]
    for rr in rows:
        row = b.add_row()
        for i, (cc, s) in enumerate(zip(row.cells, rr)):
            cell_text(cc, s, bold=(rr[0] == "TOTAL"), align="right" if i % 2 else None)
    set_col_widths(b, [6.0, 2.5, 6.0, 2.5])
    d.add_paragraph()
    d.add_paragraph("Socx, le 17 mai 2019 – Le président")
    data = docx_bytes(d, author="Club Amitié", title="")
    body = ("Bonjour,\n\nVoici la candidature du Club de l'Amitié pour la navette vers le marché.\n\n"
            "Gisèle Verbeke\nsecrétaire\n")
    return dict(
        lang="fr", fmt="docx",
        truth=T("Club de l'Amitié de Socx", "Gisèle Verbeke", "clubamitie.socx@example.net", "+33328685730",
                "25 rue des Prairies", "59380", "Socx", "FR", "Navette solidaire vers le marché de Bergues",
                "3400.00", "4860.00"),
        mail={"from": ("Club de l'Amitié de Socx", "clubamitie.socx@example.net"), "date": "2019-05-17 15:58:04",
              "subject": "candidature Club de l'Amitié Socx", "body": body, "msgid_style": 1,
              "attachments": [("candidature club amitie socx.docx", data)]},
        notes="'Label : value ____' lines; address with postcode and town after a dash on one line; requested "
              "amount only as 'Subvention sollicitée (Partons 2.0)' in the receipts column.")


@mail
def fr_terdeghem_odt():
    """ODT one-column table: shaded label row, value row underneath."""
    o = OForm(font="Liberation Sans", size="10pt")
    o.pstyle("H", size="15pt", bold=True, margin_bottom="0.05cm", color="#C00000")
    o.pstyle("Sub", size="9pt", margin_bottom="0.35cm", italic=True)
    o.pstyle("LabP", size="8.5pt", bold=True, color="#FFFFFF")
    o.cellstyle("LabC", bg="#C00000", border="0.5pt solid #C00000", padding="0.05cm")
    o.cellstyle("ValC", border="0.5pt solid #C00000", padding="0.12cm")
    o.para("Terdeghem Anim'", "H")
    o.para("Candidature à l'appel à projets Partons 2.0 – juin 2019", "Sub")
    items = [("NOM DE LA STRUCTURE", "Terdeghem Anim'"),
             ("ADRESSE POSTALE", "10 rue des Peupliers\n59114 Terdeghem"),
             ("PRÉSIDENTE", "Véronique Ternynck"),
             ("RÉFÉRENT DU PROJET", "Sébastien Goudenhooft"),
             ("TÉLÉPHONE", "06 72 15 98 40"),
             ("COURRIEL", "terdeghem.anim@example.org"),
             ("INTITULÉ DU PROJET", "Marché de producteurs locaux un vendredi soir par mois"),
             ("DESCRIPTION", "De mai à octobre, un marché de producteurs locaux sur la place, le premier vendredi "
                             "du mois, avec musique et petite restauration. Les habitants choisissent les "
                             "producteurs et tiennent la buvette ; le matériel sera prêté aux autres associations."),
             ("MONTANT SOLLICITÉ", "9 000,00 €"),
             ("COÛT TOTAL DU PROJET", "11 250,00 €")]
    rows, cs = [], {}
    for k, v in items:
        cs[(len(rows), 0)] = "LabC"
        rows.append([[(k, None)]])
        cs[(len(rows), 0)] = "ValC"
        rows.append([v])
    t = o.table(rows, [17.0], cell_styles=cs)
    # label rows use the white bold paragraph style
    from odf import text as otext, table as otable
    for i, tr in enumerate(t.getElementsByType(otable.TableRow)):
        if i % 2 == 0:
            for p in tr.getElementsByType(otext.P):
                p.setAttribute("stylename", "LabP")
    o.para("")
    o.para([("Budget : ", "B"), ("barnums (6) 3 600 € ; éclairage 1 450 € ; signalétique 1 200 € ; animations "
                                 "musicales 2 400 € ; communication 1 100 € ; tables et bancs 1 500 €. "
                                 "Total 11 250 €. Autofinancement (buvette) 2 250 €.", None)])
    data = o.tobytes()
    body = ("Bonjour,\n\nVous trouverez ci-joint la candidature de Terdeghem Anim'.\n\nSébastien Goudenhooft\n"
            "référent du projet\n")
    return dict(
        lang="fr", fmt="odt",
        truth=T("Terdeghem Anim'", "Sébastien Goudenhooft", "terdeghem.anim@example.org", "+33672159840",
                "10 rue des Peupliers", "59114", "Terdeghem", "FR",
                "Marché de producteurs locaux un vendredi soir par mois", "9000.00", "11250.00"),
        mail={"from": ("Sébastien Goudenhooft", "terdeghem.anim@example.org"), "date": "2019-06-05 13:14:29",
              "subject": "Candidature Partons 2.0 - Terdeghem Anim'", "body": body,
              "agent": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
              "attachments": [("Candidature Terdeghem Anim.odt", data)]},
        notes="ODT single-column table: coloured capitalised label row above each value row; street and "
              "'59114 Terdeghem' on two lines of one cell; organisation name ends with an apostrophe.")


@mail
def fr_vieuxberquin_odt():
    """ODT paragraphs with tab-separated label and value; collectif citoyen."""
    o = OForm(font="Liberation Sans", size="10.5pt", generator="LibreOffice/6.1.5.2$Linux_X86_64 LibreOffice_project/10$Build-2")
    o.pstyle("H", size="13pt", bold=True, margin_bottom="0.3cm")
    o.pstyle("Row", margin_bottom="0.12cm")
    o.para("Collectif citoyen La Becque – Vieux-Berquin", "H")
    o.para("Réponse à l'appel à projets « Faites vivre votre village » (Partons 2.0)", "Row")
    o.para("")
    for k, v in [("Collectif", "Collectif citoyen La Becque"),
                 ("Référente", "Hélène Verschaeve"),
                 ("Adresse", "4 rue du Pont de Pierre"),
                 ("CP", "59232"),
                 ("Commune", "Vieux-Berquin"),
                 ("Tél.", "+33 (0)3 28 42 70 16"),
                 ("Courriel", "collectif.labecque@example.com"),
                 ("Projet", "Référents de rue et annuaire des voisins"),
                 ("Montant", "2 980,40 €"),
                 ("Coût total", "3 480,40 €")]:
        o.para([(k, "B"), ("\t\t" + v, None)], "Row")
    o.para("")
    o.para([("Le projet en quelques mots", "B")])
    o.para("Un volontaire par rue devient « référent de rue » : il accueille les nouveaux habitants, repère les "
           "personnes isolées et tient à jour un petit annuaire des voisins (avec leur accord). Impression de "
           "l'annuaire, formation d'une soirée, deux apéros de rue.")
    o.para("Montant : aide demandée à Partons 2.0. Le reste (500 €) est apporté par le collectif.")
    data = o.tobytes()
    body = ("Bonjour,\n\nJe vous transmets la réponse de notre collectif à l'appel à projets.\n\n"
            "Bien à vous,\nHélène Verschaeve\n")
    return dict(
        lang="fr", fmt="odt",
        truth=T("Collectif citoyen La Becque", "Hélène Verschaeve", "collectif.labecque@example.com", "+33328427016",
                "4 rue du Pont de Pierre", "59232", "Vieux-Berquin", "FR", "Référents de rue et annuaire des voisins",
                "2980.40", "3480.40"),
        mail={"from": ("Hélène Verschaeve", "collectif.labecque@example.com"), "date": "2019-05-09 09:41:16",
              "subject": "Collectif La Becque - appel à projets", "body": body, "msgid_style": 1,
              "attachments": [("Reponse AAP Partons - Collectif La Becque.odt", data)]},
        notes="ODT paragraphs 'Label<tab><tab>value' with terse labels ('Montant' explained only in a later "
              "sentence); amounts with cents; phone '+33 (0)3 …'.")


@mail
def fr_winnezeele_xlsx():
    """Two-sheet workbook: labels in A, values in B, budget sheet with merged title."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Identité"
    ws.merge_cells("A1:C1")
    ws["A1"] = "Winnezeele Ensemble – dossier Partons 2.0"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    rows = [("Nom de l'association", "Winnezeele Ensemble"),
            ("Adresse du siège", "3 chemin des Vanneaux"),
            ("Code postal", "59670"),
            ("Commune", "Winnezeele"),
            ("Président(e)", "Jacqueline Decock"),
            ("Contact (nom)", "Mathieu Vandewalle"),
            ("Contact (téléphone)", "06 43 81 27 09"),
            ("Contact (courriel)", "winnezeele.ensemble@example.net"),
            ("Intitulé du projet", "Salle de rencontre : mobilier et équipement partagés"),
            ("Montant demandé (€)", 6840),
            ("Coût total (€)", "=Budget!C10")]
    fill = PatternFill("solid", fgColor="E2EFDA")
    for i, (k, v) in enumerate(rows, start=3):
        a = ws.cell(row=i, column=1, value=k)
        a.fill = fill
        a.font = Font(bold=True)
        b = ws.cell(row=i, column=2, value=v)
        if isinstance(v, (int, float)) or (isinstance(v, str) and v.startswith("=")):
            b.number_format = "# ##0"
    ws["A15"] = "Commentaire"
    ws["B15"] = ("La salle des fêtes est vide entre deux manifestations. Nous l'équipons (tables, chaises, "
                 "vidéoprojecteur, vaisselle) pour des rencontres régulières : repas partagés, ciné-club, réunions "
                 "de quartier. Le matériel est prêté aux associations.")
    ws["B15"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[15].height = 64
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    bs = wb.create_sheet("Budget")
    bs.merge_cells("A1:C1")
    bs["A1"] = "Budget prévisionnel"
    bs["A1"].font = Font(bold=True, size=12)
    bs["A3"], bs["B3"], bs["C3"] = "Dépense", "Détail", "Montant"
    for cc in ("A3", "B3", "C3"):
        bs[cc].font = Font(bold=True)
    items = [("Tables pliantes", "12 x 140", 1680), ("Chaises", "60 x 45", 2700),
             ("Vidéoprojecteur + écran", "", 1150), ("Vaisselle", "", 820), ("Rangements", "", 1200),
             ("Réunion publique", "", 1000)]
    for i, (k, dt, v) in enumerate(items, start=4):
        bs.cell(row=i, column=1, value=k)
        bs.cell(row=i, column=2, value=dt)
        bs.cell(row=i, column=3, value=v).number_format = "# ##0"
    bs["A10"] = "TOTAL"
    bs["A10"].font = Font(bold=True)
    bs["C10"] = "=SUM(C4:C9)"
    bs["C10"].number_format = "# ##0"
    bs["A12"] = "Fonds propres"
    bs["C12"] = 1710
    bs["A13"] = "Partons 2.0"
    bs["C13"] = "='Identité'!B12"
    bs.column_dimensions["A"].width = 28
    bs.column_dimensions["B"].width = 14
    data = xlsx_bytes(wb, creator="Mathieu V", cached={"xl/worksheets/sheet1.xml": {"B13": "8550"},
                                                      "xl/worksheets/sheet2.xml": {"C10": "8550", "C13": "6840"}})
    body = ("Bonjour,\n\nCi-joint notre dossier (tableur, deux onglets).\n\nCordialement,\nMathieu Vandewalle\n"
            "Winnezeele Ensemble\n")
    return dict(
        lang="fr", fmt="xlsx",
        truth=T("Winnezeele Ensemble", "Mathieu Vandewalle", "winnezeele.ensemble@example.net", "+33643812709",
                "3 chemin des Vanneaux", "59670", "Winnezeele", "FR",
                "Salle de rencontre : mobilier et équipement partagés", "6840.00", "8550.00"),
        mail={"from": ("Mathieu Vandewalle", "winnezeele.ensemble@example.net"), "date": "2019-05-02 19:37:52",
              "subject": "Dossier Partons 2.0 Winnezeele Ensemble", "body": body, "msgid_style": 2,
              "attachments": [("Dossier Partons Winnezeele Ensemble.xlsx", data)]},
        notes="Two sheets; total is a formula to the budget sheet, the budget's Partons line a formula back to "
              "the requested cell (cached values stored).")


@mail
def fr_zegerscappel_body():
    """Plain-text body, dash-bulleted label lines as typed on a phone."""
    body = """Bonjour,

Je vous envoie notre candidature directement par mail :

- Nom de l'association : Les Jeunes Pousses de Zegerscappel
- Responsable : Lucas Dehaese
- Adresse : 18 rue des Jardins 59470 Zegerscappel
- Tél : 06.22.14.58.39
- Mail : lucas.dehaese@example.org
- Titre du projet : Terrain multisports construit avec les jeunes
- Description : les jeunes du village (12-18 ans) conçoivent avec un architecte un petit terrain multisports près de la salle, participent à des chantiers (peinture, plantations) et organisent un tournoi d'inauguration avec les habitants.
- Montant demandé : 10000€
- Coût total du projet : 27 500€ (la commune finance le reste)

Merci d'avance,
Lucas Dehaese
Les Jeunes Pousses

Envoyé de mon iPhone
"""
    return dict(
        lang="fr", fmt="body-text",
        truth=T("Les Jeunes Pousses de Zegerscappel", "Lucas Dehaese", "lucas.dehaese@example.org", "+33622145839",
                "18 rue des Jardins", "59470", "Zegerscappel", "FR", "Terrain multisports construit avec les jeunes",
                "10000.00", "27500.00"),
        mail={"from": ("Lucas Dehaese", "lucas.dehaese@example.org"), "date": "2019-06-14 22:47:05",
              "subject": "Candidature Jeunes Pousses", "body": body, "msgid_style": 1,
              "agent": ("X-Mailer", "iPhone Mail (16F203)")},
        notes="Plain-text body with '- Label : value' bullets; address, postcode and town on one line without "
              "comma; '10000€' and '27 500€'; the signature shortens the association name.")
