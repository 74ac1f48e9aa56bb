"""Test half, Dutch applications (West Flemish villages)."""
from decimal import Decimal

from reportlab.lib.colors import HexColor
from docx.shared import Cm, Pt

from common import COORD_GSM, COORD_NAME, COORD_POST, COORD_TEL, D, amt
from r_docx import Docx
from r_odt import Odt
from r_pdfform import PdfForm
from r_pdfletter import PdfLetter
from r_sheet import Ods
from registry import be, case, truth


# --------------------------------------------------------------------------------------------
@case("test", "nl", "pdf_form")
def t_nl_proven_platteland():
    """Province rural-policy form, fill_n widgets, printed dotted leaders, board grid without contact column."""
    org = "Dorpscomité Proven"
    title = "Proven, dorp van ontmoeting: een overdekt dorpsplein"
    costs = [("Studie landschapsarchitect", Decimal("3500")), ("Participatietraject (3 avonden + enquête)", Decimal("1840")),
             ("Overkapping in hout (materiaal)", Decimal("4600")), ("Zitbanken en fietsrekken", Decimal("1400"))]
    total = sum(v for _, v in costs)
    req = Decimal("9340")

    def hdr(f, first):
        if first:
            f.text(f.ml, f.H - 38, "PROVINCIE WEST-VLAANDEREN", f.bold, 11, HexColor("#004B87"))
            f.text(f.ml, f.H - 52, "Dienst Plattelandsbeleid", f.font, 9)
            f.text(f.ml, f.H - 74, "Aanvraag projectsubsidie - leefbare dorpen", f.bold, 14)
            f.c.setStrokeColor(HexColor("#004B87"))
            f.c.setLineWidth(2)
            f.c.line(f.ml, f.H - 82, f.x1, f.H - 82)
            f.c.setLineWidth(1)
            f.y = f.H - 92

    def ftr(f):
        f.text(f.ml, 28, f"formulier PB-07 - versie 2019 - blz. {f.page}/2", f.font, 7)

    f = PdfForm(naming="fill", header=hdr, footer=ftr, head="underline", head_color="#004B87",
                label_pos="dots", label_w=185, fill=None, border="underlined", border_color="#004B87",
                title="Aanvraag projectsubsidie")
    f.para("Na ontvangst krijgt u binnen 14 dagen een ontvangstbevestiging. De maximale subsidie in het kader "
           "van de projectoproep 'Maak werk van je buurt' bedraagt 10 000 euro. Contact: "
           f"{COORD_NAME}, {COORD_TEL} of {COORD_GSM}.", size=8)
    f.heading("Rubriek 1 - Aanvrager")
    f.field("Naam van de aanvrager", org)
    f.field("Straat en nummer", "Blokellestraat 23")
    f.field("Postnummer en gemeente", "8972 Proven")
    f.field("Website of facebookpagina", "")
    f.para("Samenstelling van het bestuur", size=9, font="Helvetica-Bold")
    f.table(["Naam", "Functie", "Telefoon", "E-mailadres"],
            [["Wim Vanlerberghe", "voorzitter", "0495 80 61 27", "wim.vanlerberghe@example.org"],
             ["Ann Lamote", "secretaris", "057 30 12 85", "ann.lamote@example.org"],
             ["Jef Verdonck", "penningmeester", "", ""], ["", "", "", ""]],
            [.28, .18, .2, .34])
    f.field("Wie is de contactpersoon? (naam)", "Wim Vanlerberghe")
    f.heading("Rubriek 2 - Project")
    f.field("Titel", title)
    f.field("Doelstelling", "Een overdekte plek op het dorpsplein waar markten, optredens en de wekelijkse "
            "koffieklap kunnen doorgaan, ook bij regen. Ontworpen samen met de inwoners.", lines=4)
    f.field("Betrokken partners", "gemeente Poperinge, KLJ Proven, bibliotheek, handelaars", lines=2)
    f.field("Timing", "ontwerp najaar 2019, bouw voorjaar 2020")
    f.heading("Rubriek 3 - Kosten en financiering")
    f.table(["Kostenpost", "Bedrag"], [[n, amt(v, "be_eur")] for n, v in costs] + [["Totaal", amt(total, "be_eur")]],
            [.7, .3])
    f.field("Gevraagde subsidie", amt(req, "be_eur"))
    f.field("Eigen middelen en andere financiering", amt(total - req, "be_eur") + " (dorpscomité + gemeente)")
    f.heading("Rubriek 4 - Verklaring")
    f.checks("", ["Ik verklaar dat de gegevens in dit formulier correct zijn."], [0])
    f.row([("Datum", "13/06/2019", .4), ("Naam", "Wim Vanlerberghe", .6)], pos="left")
    data = f.finish()
    body = ("Beste,\n\nIn bijlage onze aanvraag. We gebruikten het formulier van Plattelandsbeleid, dat is "
            "toch ook de provincie :-)\n\nMvg,\nWim Vanlerberghe\nDorpscomité Proven\n")
    return dict(sender=("Wim Vanlerberghe", "wim.vanlerberghe@example.org"), subject="aanvraag dorpscomité Proven",
                body=body, when=(2019, 6, 13, 12, 17), filename="PB07_aanvraag_Proven.pdf", data=data,
                truth=truth(org, "Wim Vanlerberghe", "wim.vanlerberghe@example.org", be("0495 80 61 27"),
                            "Blokellestraat 23", "8972", "Proven", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "pdf_form")
def t_nl_loker_rozenhoek():
    """Acrobat-wizard names taken from labels, a combo box for the legal form, two pages."""
    org = "Buurtvereniging Rozenhoek"
    title = "Speel- en ontmoetingsplein Rozenhoek"
    total, req = 14500, 9500

    def hdr(f, first):
        if first:
            c = f.c
            c.setFillColor(HexColor("#E8F5E9"))
            c.rect(f.ml, f.H - 90, f.x1 - f.ml, 60, stroke=0, fill=1)
            f.text(f.ml + 12, f.H - 55, "Aanvraagformulier buurtinitiatieven", f.bold, 16, HexColor("#1B5E20"))
            f.text(f.ml + 12, f.H - 72, "Gemeente Heuvelland - Dienst Welzijn en Samenleving", f.font, 9)
            f.y = f.H - 100
        else:
            f.text(f.ml, f.H - 36, "Aanvraagformulier buurtinitiatieven (vervolg)", f.bold, 9)

    f = PdfForm(naming="acrobat", header=hdr, head="plain", label_w=140, fill="#F1F8E9", border="solid",
                border_color="#8BC34A", label_pos="left", title="buurtinitiatieven", creator="Adobe Acrobat 11")
    f.heading("A. De aanvrager")
    f.field("Naam", org)
    f.choice("Rechtsvorm", ["- kies -", "vzw", "feitelijke vereniging", "privépersoon", "andere"],
             "feitelijke vereniging")
    f.field("Adres", "Rozenhoekstraat 16")
    f.row([("Postcode", "8958", .3), ("Deelgemeente", "Loker", .7)])
    f.field("Voorzitter", "Karel Bossaert")
    f.row([("Telefoon", "+32 57 44 86 21", .5), ("Email", "karel.bossaert@example.net", .5)])
    f.field("Secretaris", "Els Vandromme")
    f.row([("Telefoon", "+32 498 21 67 05", .5), ("Email", "els.vandromme@example.net", .5)])
    f.checks("Contactpersoon", ["voorzitter", "secretaris", "andere"], [0], label_w=140)
    f.heading("B. Het initiatief")
    f.field("Titel van het initiatief", title)
    f.field("Omschrijving", "Het grasveld aan de Rozenhoek wordt een speel- en ontmoetingsplein met "
            "natuurlijke speeltuigen, een petanquebaan en een picknicktafel. Kinderen en ouderen tekenen "
            "mee het ontwerp tijdens twee buurtmomenten.", lines=5)
    f.field("Aantal betrokken bewoners", "ongeveer 60 gezinnen")
    f.newpage()
    f.heading("C. Begroting")
    f.field("Totale kostprijs", str(total))
    f.field("Gevraagd bedrag", str(req))
    f.field("Andere inkomsten", "gemeente 3000 (toegezegd), eigen werk en sponsoring 2000", lines=2)
    f.heading("D. Bijlagen")
    f.checks("", ["schets van het plein", "foto's", "steunbrieven buren"], [0, 1])
    f.row([("Datum", "16/06/2019", .4), ("Handtekening", "K. Bossaert", .6)])
    data = f.finish()
    body = ("Goedemorgen,\n\nWij dienen ons project in met het formulier van de gemeente (zelfde vragen). "
            "Contact via mij.\n\nKarel Bossaert\nBuurtvereniging Rozenhoek, Loker\n")
    return dict(sender=("Karel Bossaert", "karel.bossaert@example.net"), subject="Rozenhoek speelplein - aanvraag",
                body=body, when=(2019, 6, 16, 8, 55), filename="aanvraag buurtinitiatief Rozenhoek.pdf", data=data,
                truth=truth(org, "Karel Bossaert", "karel.bossaert@example.net", be("+32 57 44 86 21"),
                            "Rozenhoekstraat 16", "8958", "Loker", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "pdf_form")
def t_nl_woumen_moestuin():
    """LiveCycle-style form (form1[0].#subform[0]...), private person, only a requested amount."""
    title = "Buurtmoestuin Kapelhoek"

    def hdr(f, first):
        if first:
            f.text(f.ml, f.H - 44, "BURGERBUDGET - ideeënformulier", f.bold, 15)
            f.text(f.ml, f.H - 58, "Heb je een idee voor je straat of wijk? Vul dit formulier in.", f.font, 9)
            f.y = f.H - 70

    f = PdfForm(naming="xfa2", header=hdr, head="bar", head_color="#444444", label_pos="above", fill="#F5F5F5",
                border="inset", border_color="#666666", title="ideeenformulier", creator="Adobe LiveCycle Designer 11")
    f.heading("Jouw gegevens")
    f.row([("Voornaam", "Ellen", .4), ("Familienaam", "Maes", .6)], pos="above")
    f.field("Namens welke groep of vereniging? (laat leeg als je als inwoner indient)", "")
    f.row([("Straat", "Kapelhoek", .6), ("Nummer", "9", .15), ("Bus", "", .25)], pos="above")
    f.row([("Postcode", "8600", .25), ("Woonplaats", "Woumen", .75)], pos="above")
    f.row([("Gsm-nummer", "0471 38 92 15", .45), ("E-mail", "ellen.maes@example.com", .55)], pos="above")
    f.heading("Jouw idee")
    f.field("Geef je idee een naam", title)
    f.field("Wat wil je doen en waarom?", "Op het hoekperceel naast het kapelletje (eigendom van de gemeente, "
            "nu enkel gras) samen met de buren een moestuin aanleggen, met bakken voor de kinderen van de "
            "buurt en een regenton. Elke maand een oogstmoment.", lines=5)
    f.field("Hoeveel geld heb je nodig?", amt(3200, "eur_tight"))
    f.field("Wie helpt er mee?", "7 gezinnen uit de Kapelhoek, de imker van hiernaast", lines=2)
    data = f.finish(hierarchical=True)
    body = ("Hallo,\n\nIk heb dit formulier van het burgerbudget van de stad gebruikt om mijn idee in te sturen "
            "voor jullie oproep. We zijn geen vereniging, gewoon buren.\n\nGroetjes\nEllen Maes\n")
    return dict(sender=("Ellen Maes", "ellen.maes@example.com"), subject="idee buurtmoestuin Woumen",
                body=body, when=(2019, 5, 19, 15, 33), filename="ideeenformulier_moestuin.pdf", data=data,
                mailer="Apple Mail (2.3445.104.11)",
                truth=truth(None, "Ellen Maes", "ellen.maes@example.com", be("0471 38 92 15"),
                            "Kapelhoek 9", "8600", "Woumen", title, 3200, None, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "pdf_letter")
def t_nl_ieper_sintjan():
    """Municipal neighbourhood-budget form exported from Word; contact is not the sender; cents."""
    org = "Bewonersplatform Sint-Jan"
    title = "Sint-Jan kookt: buurtrestaurant in het parochiezaaltje"
    total, req = Decimal("6237.45"), Decimal("4987.45")

    def page(c, doc):
        c.saveState()
        c.setFillColor(HexColor("#B71C1C"))
        c.rect(0, doc.pagesize[1] - 18, doc.pagesize[0], 18, stroke=0, fill=1)
        c.setFont("LibSans-Bold", 8)
        c.setFillColor(HexColor("#FFFFFF"))
        c.drawString(doc.leftMargin, doc.pagesize[1] - 12, "STAD IEPER - BUURTBUDGET 2019")
        c.restoreState()

    L = PdfLetter(font="LibSans", size=9.5, label_fill="#FDECEA", on_page=page, title="Buurtbudget aanvraag",
                  author="Ann Delanghe", creator="Microsoft® Word voor Office 365",
                  producer="Microsoft® Word voor Office 365", answer_color="#0D47A1")
    L.title("Aanvraag buurtbudget", "in te vullen door het bewonerscollectief")
    L.grid([["Naam bewonerscollectief", org, "Aantal leden", "22"],
            ["Straat + huisnummer", "Meenseweg 118", "Postcode", "8900"],
            ["Gemeente", "Ieper", "Wijk", "Sint-Jan"],
            ["Indiener", "Ann Delanghe", "E-mail indiener", "ann.delanghe@example.org"],
            ["Contactpersoon project", "Rudi Cappoen", "Tel. contactpersoon", "0485 62 19 70"],
            ["E-mail contactpersoon", "rudi.cappoen@example.net", "", ""]],
            widths=(0.22, 0.33, 0.18, 0.27), label_bold=True, spans=[((1, 5), (3, 5))])
    L.heading("Wat willen jullie doen?")
    L.grid([["Naam project", title],
            ["Beschrijving", "Eén keer per maand koken buren samen een betaalbare maaltijd voor de wijk, met "
             "voorrang voor alleenstaanden. We kopen keukenmateriaal en laten het zaaltje keuren."],
            ["Startdatum", "oktober 2019"]], widths=(0.22, 0.78), label_bold=True)
    L.heading("Financieel")
    L.grid([["Totale kostprijs van het project", amt(total, "eu_cents")],
            ["Bedrag gevraagd aan 'Maak werk van je buurt'", amt(req, "eu_cents")],
            ["Eigen inbreng / andere middelen", amt(total - req, "eu_cents") + " (opbrengst maaltijden)"]],
           widths=(0.55, 0.45), label_bold=True)
    L.para("Het buurtbudget van de stad bedraagt max. 2 500 euro per wijk per jaar.", small=True, italic=True)
    data = L.finish()
    body = ("Beste Jonas,\n\nNamens het bewonersplatform stuur ik je onze aanvraag. We hebben het formulier "
            "van het buurtbudget van de stad gebruikt. Rudi Cappoen trekt het project, mag ik vragen om "
            "hem te contacteren bij vragen?\n\nDank en groeten,\nAnn Delanghe\n")
    return dict(sender=("Ann Delanghe", "ann.delanghe@example.org"), subject="Aanvraag Sint-Jan kookt",
                body=body, when=(2019, 6, 6, 13, 44), filename="Aanvraag buurtbudget Sint-Jan kookt.pdf",
                data=data,
                truth=truth(org, "Rudi Cappoen", "rudi.cappoen@example.net", be("0485 62 19 70"),
                            "Meenseweg 118", "8900", "Ieper", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "pdf_letter")
def t_nl_beselare_kwb():
    """Questions with italic answers below; cost table with total and a separate 'requested' line."""
    org = "KWB Beselare"
    title = "Fietsherstelpunt en deelfietsen voor Beselare"
    costs = [("Werkbank, standaard en gereedschap", "1.240,00"), ("5 tweedehands deelfietsen + sloten", "1.850,00"),
             ("Container als fietsenstalling", "2.900,00"), ("Opleiding vrijwilligers door Fietsersbond", "450,00"),
             ("Communicatie en opening", "560,00")]
    total = Decimal("7000")
    req = Decimal("6000")
    L = PdfLetter(font="LibSerif", size=10.5, answer_font="LibSerif-Italic", title="Projectvoorstel",
                  author="Geert Thoré", creator="Writer", producer="LibreOffice 6.1", head_color="#1B4F72")
    L.title("Projectvoorstel", "Oproep 'Maak werk van je buurt' - Westhoek 2019", align=0)
    L.heading("1. Wie zijn jullie?")
    L.nextline("Naam van de vereniging", org)
    L.nextline("Adres", "Kasteelhoek 40, 8980 Beselare")
    L.nextline("Wie mogen we contacteren?", "Geert Thoré - 0486/11.27.53 - geert.thore@example.com")
    L.heading("2. Wat is jullie project?")
    L.nextline("Titel", title)
    L.nextline("Korte beschrijving", "Een fietsherstelpunt in een container naast de sporthal, open op "
               "zaterdag, waar vrijwilligers leren herstellen. Vijf deelfietsen voor wie tijdelijk geen "
               "vervoer heeft (bv. nieuwkomers, jongeren zonder brommer).")
    L.nextline("Hoe betrekken jullie het dorp?", "enquête via de school, infomarkt, de jeugdraad levert "
               "twee vrijwilligers")
    L.heading("3. Budget")
    L.table(["Uitgave", "Bedrag (euro)"], [[a, b] for a, b in costs] + [["Totaal", amt(total, "nosym_c")]],
            [.72, .28], align_right=(1,), bold_last=True, answer_cols=(0, 1))
    L.inline("Gevraagd aan de projectoproep", amt(req, "nosym_c") + " euro")
    L.inline("Eigen middelen", "1.000,00 euro (kas KWB)")
    data = L.finish()
    body = ("Beste Jonas,\n\nHierbij ons voorstel voor het fietsherstelpunt. Als jullie meer uitleg willen "
            "komen we graag langs.\n\nMet vriendelijke groeten,\nGeert Thoré\nKWB Beselare\n")
    return dict(sender=("Geert Thoré", "geert.thore@example.com"), subject="Projectvoorstel KWB Beselare",
                body=body, when=(2019, 6, 1, 10, 12), filename="projectvoorstel KWB Beselare.pdf", data=data,
                truth=truth(org, "Geert Thoré", "geert.thore@example.com", be("0486/11.27.53"),
                            "Kasteelhoek 40", "8980", "Beselare", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "docx_form")
def t_nl_houthulst_zorgzaam():
    """Checkbox content controls for the legal form; merged answer cell beside the address labels;
    phone only in the mail signature."""
    org = "vzw Zorgzame Buurt Houthulst"
    title = "Buurtpunt Vrijgeweide: koffie, hulp en een luisterend oor"
    total, req = Decimal("12650"), Decimal("9650")
    W = Docx(font="Segoe UI", size=10, author="Martine Dequidt", title="Aanvraag",
             created=(2019, 6, 2, 9, 0), modified=(2019, 6, 15, 11, 20), answer_color="2F5496")
    W.p("Aanvraagformulier projectsubsidie", bold=True, size=16, color="2F5496")
    W.p("Welzijnsraad Houthulst - oproep zorgzame buurten", size=10)
    W.heading("1. Aanvrager", level=2)
    t = W.d.add_table(rows=5, cols=2)
    t.style = W.d.styles["Table Grid"]
    labels = ["Naam organisatie", "Straat en nummer", "Postcode", "Gemeente", "E-mail"]
    for i, lab in enumerate(labels):
        t.cell(i, 0).paragraphs[0].add_run(lab).bold = True
        W.shade(t.cell(i, 0), "D9E2F3")
    W.answer_run(t.cell(0, 1).paragraphs[0], org)
    m = t.cell(1, 1).merge(t.cell(3, 1))
    m.paragraphs[0].text = ""
    W.answer_run(m.paragraphs[0], "Vrijgeweide 61")
    for extra in ("8650", "Houthulst"):
        W.answer_run(m.add_paragraph(), extra)
    W.answer_run(t.cell(4, 1).paragraphs[0], "martine.dequidt@example.org")
    W.p("")
    par = W.d.add_paragraph()
    par.add_run("Rechtsvorm:  ").bold = True
    for lab, on in (("vzw", True), ("feitelijke vereniging", False), ("lokaal bestuur", False), ("andere", False)):
        W.checkbox_sdt(par, on)
        par.add_run(f" {lab}    ")
    W.inline("Contactpersoon", "Martine Dequidt (coördinator vrijwilligers)")
    W.heading("2. Project", level=2)
    W.inline("Titel", title)
    W.inline("Omschrijving", "In de oude kapsalon op de hoek openen we een buurtpunt, 3 voormiddagen per week. "
             "Vrijwilligers onthalen buren met een vraag (boodschappen, papieren, vervoer) en verwijzen door. "
             "Met een participatie-expert bevragen we eerst 200 gezinnen.")
    W.heading("3. Financiering", level=2)
    W.table([["Totale projectkost", amt(total, "be_eur")], ["Gevraagd aan de projectoproep", amt(req, "be_eur")],
             ["Eigen inbreng", amt(total - req, "be_eur")]], [9, 6], shade_cols=(0,), answer_cols=(1,))
    data = W.save()
    body = ("Beste meneer Polin,\n\nIn bijlage vindt u onze aanvraag voor het buurtpunt Vrijgeweide.\n"
            "Voor vragen kan u mij altijd bellen.\n\nVriendelijke groeten\n\nMartine Dequidt\n"
            "Zorgzame Buurt Houthulst vzw\n0473 55 92 16\n")
    return dict(sender=("Martine Dequidt", "martine.dequidt@example.org"), subject="aanvraag buurtpunt Vrijgeweide",
                body=body, when=(2019, 6, 15, 11, 31), filename="Aanvraag projectsubsidie Buurtpunt.docx",
                data=data, mailer="Microsoft Outlook 16.0", html=True,
                truth=truth(org, "Martine Dequidt", "martine.dequidt@example.org", be("0473 55 92 16"),
                            "Vrijgeweide 61", "8650", "Houthulst", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "docx_form")
def t_nl_westouter_gezinsbond():
    """Underscore lines partly typed over; people table with '(contactpersoon)' on one row."""
    org = "Gezinsbond Westouter"
    title = "Babbelbank en speelkoffer op de Rodeberg"
    total, req = 4200, 3700
    W = Docx(font="Times New Roman", size=12, author="Gezinsbond", title="formulier",
             created=(2016, 2, 10, 12, 0), modified=(2019, 6, 4, 21, 5), margins_cm=2.5)
    W.p("Aanvraag ondersteuning lokaal project", bold=True, size=14)
    W.p("(formulier afdelingswerking)", italic=True, size=9)
    W.p("")
    W.underscore("Naam afdeling:", org, 45)
    W.underscore("Adres secretariaat:", "Rodebergstraat 8, 8954 Westouter", 45)
    W.underscore("Naam project:", title, 45)
    W.p("")
    W.p("Bestuursleden", bold=True)
    W.table([["Naam", "Functie", "Telefoon", "E-mail"],
             ["Bram Ryckewaert", "voorzitter", "057 44 51 20", "bram.ryckewaert@example.com"],
             ["Lotte Bailleul (contactpersoon)", "secretaris", "0478 20 33 41", "lotte.bailleul@example.net"],
             ["Wouter Vandekerckhove", "penningmeester", "0468 40 71 22", "wouter.vdk@example.com"]],
            [5, 3, 3.3, 5.5], header=True, answer_cols=(0, 1, 2, 3), font_size=10)
    W.p("Korte omschrijving van het project:", bold=True)
    W.p("Een babbelbank bij de speelweide en een speelkoffer die gezinnen kunnen ontlenen in het café. "
        "Twee keer per jaar een gezinsnamiddag met grootouders.")
    W.underscore("Totale kostprijs:", amt(4200, "euro_nl"), 30)
    W.underscore("Bedrag dat u vraagt:", amt(req, "euro_nl"), 30)
    W.underscore("Datum:", "4 juni 2019", 30)
    data = W.save()
    body = ("Dag Jonas,\n\nHierbij de aanvraag van onze afdeling. Lotte is de contactpersoon, zij volgt het "
            "verder op.\n\nGroeten\nBram\n")
    return dict(sender=("Bram Ryckewaert", "bram.ryckewaert@example.com"), subject="projectaanvraag Gezinsbond",
                body=body, when=(2019, 6, 4, 21, 12), filename="aanvraag gezinsbond westouter.docx", data=data,
                truth=truth(org, "Lotte Bailleul", "lotte.bailleul@example.net", be("0478 20 33 41"),
                            "Rodebergstraat 8", "8954", "Westouter", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "odt_form")
def t_nl_nieuwkerke_wielke():
    """LibreOffice table where each cell holds 'label: answer'; foundation call re-used; EUR prefix."""
    org = "vzw 't Wielke"
    title = "Het Wielke draait: dorpsontmoeting in de oude smidse"
    total, req = 12300, 9800
    O = Odt(font="Liberation Sans", size="10pt", author="Dirk", title="projectaanvraag",
            created="2019-06-12T19:00:00", head_color="#7B241C")
    O.title("Projectoproep Dorpen met Toekomst", "Kandidaatstellingsformulier - editie 2019")
    O.par("De Stichting Dorpen met Toekomst steunt jaarlijks vijf dorpsprojecten met telkens 5 000 euro.",
          "Small")
    O.heading("Gegevens")
    O.table([[("Organisatie:", org), ("Ondernemingsnummer:", "0712.944.105")],
             [("Adres:", "Seulestraat 5"), ("Postcode + gemeente:", "8950 Nieuwkerke")],
             [("Contactpersoon:", "Dirk Vandenbroucke"), ("Functie:", "voorzitter")],
             [("Telefoon:", "0472 91 40 56"), ("E-mail:", "dirk.vandenbroucke@example.org")]],
            [8.5, 8.5])
    O.heading("Project")
    O.table([[("Titel:", title)],
             [("Beschrijving:", "De leegstaande smidse wordt een ontmoetingsplek: koffie op zondag, "
               "repair café, tentoonstellingen van lokale kunstenaars. De buurt bouwt mee tijdens "
               "klusdagen.")],
             [("Planning:", "klusdagen najaar 2019, opening maart 2020")]], [17])
    O.heading("Financiën")
    O.table([[("Totaal budget:", amt(total, "eur_prefix")), ("Gevraagd:", amt(req, "eur_prefix"))],
             [("Eigen inbreng:", amt(1500, "eur_prefix")), ("Andere:", "gemeente Heuvelland " + amt(1000, "eur_prefix"))]],
            [8.5, 8.5])
    data = O.save()
    body = ("Beste,\n\nDit is ons formulier voor de oproep, ingevuld op het model van de stichting Dorpen met "
            "Toekomst. Het bedrag dat we aan jullie vragen staat bij 'Gevraagd'.\n\nDirk Vandenbroucke\n"
            "vzw 't Wielke\n")
    return dict(sender=("Dirk Vandenbroucke", "dirk.vandenbroucke@example.org"), subject="kandidatuur 't Wielke",
                body=body, when=(2019, 6, 12, 19, 10), filename="Kandidaatstelling t Wielke.odt", data=data,
                truth=truth(org, "Dirk Vandenbroucke", "dirk.vandenbroucke@example.org", be("0472 91 40 56"),
                            "Seulestraat 5", "8950", "Nieuwkerke", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "odt_form")
def t_nl_passendale_boerenmarkt():
    """Answers on the next line; no street address asked (only the village)."""
    org = "Boerenmarktcomité Passendale"
    title = "Passendaalse Boerenmarkt: elke derde zondag"
    total, req = 7900, 6900
    O = Odt(font="Liberation Serif", size="11pt", author="Hannes", title="vragenlijst",
            created="2019-06-08T08:00:00", answer_color="#2E4053")
    O.title("Vragenlijst projectidee")
    O.par("Beantwoord de vragen zo kort mogelijk. Je mag altijd bijlagen toevoegen.", "Small")
    O.nextline("Naam van uw groep", org)
    O.nextline("In welk dorp of welke gemeente (met postcode)?", "8980 Passendale")
    O.nextline("Naam en gsm van de trekker", "Hannes Lefevere, 0491 22 68 30")
    O.nextline("E-mail", "hannes.lefevere@example.net")
    O.nextline("Titel van het project", title)
    O.nextline("Wat is het idee?", "Een maandelijkse markt met uitsluitend producten van boeren uit de streek, "
               "aangevuld met een ruilhoek voor zaden en planten en een kinderboerderij voor een dag.")
    O.nextline("Wat kost het in totaal?", amt(total, "fr_nb"))
    O.nextline("Hoeveel vraagt u aan de projectoproep?", amt(req, "fr_nb"))
    O.nextline("Welke partners?", "gemeente Zonnebeke, Boerenbond, 14 boeren, de basisschool")
    data = O.save()
    body = ("Hallo Jonas,\n\nZie bijlage voor ons projectidee. Laat maar iets weten als we iets moeten "
            "aanvullen.\n\nHannes\n")
    return dict(sender=("Hannes Lefevere", "hannes.lefevere@example.net"), subject="projectidee boerenmarkt Passendale",
                body=body, when=(2019, 6, 8, 8, 30), filename="projectidee boerenmarkt.odt", data=data,
                truth=truth(org, "Hannes Lefevere", "hannes.lefevere@example.net", be("0491 22 68 30"),
                            None, "8980", "Passendale", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("test", "nl", "ods_form")
def t_nl_esen_dorpsraad():
    """Calc form: two-column label/answer layout with a people block and a cost sheet on a second tab."""
    org = "Dorpsraad Esen"
    title = "Esen leeft! Dorpsfeest en buurtbank-route"
    costs = [("Participatiebegeleiding", Decimal("2400")), ("Buurtbanken (8 st.)", Decimal("4800")),
             ("Dorpsfeest (tent, geluid)", Decimal("2700")), ("Communicatie", Decimal("1000"))]
    total = sum(v for _, v in costs)
    req = Decimal("8400")
    S = Ods(author="Dorpsraad", title="Aanvraag", created="2019-06-13T20:00:00", lang="nl", country="BE")
    S.cstyle("T", bold=True, border=False, size="13pt")
    S.cstyle("L", bold=True, bg="#DDEBF7")
    S.cstyle("V")
    S.cstyle("H", bold=True, bg="#9BC2E6")
    S.cstyle("N", numfmt="eur")
    S.cstyle("LN", bold=True, bg="#DDEBF7", numfmt="eur")
    S.cstyle("I", italic=True, border=False, size="8pt")
    sh = S.sheet("Gegevens", [3.8, 5.0, 3.0, 5.0])
    sh.set(0, 0, "Aanvraag projectoproep - Dorpsraad Esen", style="T", span=(1, 4))
    sh.set(1, 0, f"Indienen vóór 16 juni 2019 bij {COORD_NAME}. Max. 10 000 euro.", style="I", span=(1, 4))
    rows = [("Organisatie", org, "Rechtsvorm", "feitelijke vereniging"),
            ("Straat + nr", "Zarrenstraat 112", "Postcode", "8600"),
            ("Gemeente", "Esen", "Aantal leden", "11"),
            ("Projecttitel", title, "", "")]
    r = 3
    for a, b, c, d in rows:
        sh.set(r, 0, a, style="L")
        sh.set(r, 1, b, style="V")
        if c:
            sh.set(r, 2, c, style="L")
            sh.set(r, 3, d, style="V")
        r += 1
    r += 1
    sh.set(r, 0, "Naam", style="H")
    sh.set(r, 1, "Rol", style="H")
    sh.set(r, 2, "Telefoon", style="H")
    sh.set(r, 3, "E-mail", style="H")
    people = [("Nicole Verstraete", "voorzitter", "051 50 11 72", "nicole.verstraete@example.com"),
              ("Sander Debruyne", "contactpersoon project", "051 50 23 87", "sander.debruyne@example.net"),
              ("Joke Vermeulen", "kassier", "0499 60 12 44", "")]
    for p in people:
        r += 1
        for j, v in enumerate(p):
            sh.set(r, j, v, style="V")
    sh2 = S.sheet("Begroting", [7.0, 4.0])
    sh2.set(0, 0, "Kosten", style="H")
    sh2.set(0, 1, "Bedrag", style="H")
    for i, (n, v) in enumerate(costs):
        sh2.set(1 + i, 0, n, style="V")
        sh2.set(1 + i, 1, style="N", cur=v, disp=amt(v, "eu_cents"))
    rt = 1 + len(costs)
    sh2.set(rt, 0, "Totaal", style="L")
    sh2.set(rt, 1, style="LN", cur=total, disp=amt(total, "eu_cents"), formula=f"of:=SUM([.B2:.B{rt}])")
    sh2.set(rt + 2, 0, "Gevraagd aan de oproep", style="L")
    sh2.set(rt + 2, 1, style="LN", cur=req, disp=amt(req, "eu_cents"))
    sh2.set(rt + 3, 0, "Eigen middelen + gemeente", style="V")
    sh2.set(rt + 3, 1, style="N", cur=total - req, disp=amt(total - req, "eu_cents"),
            formula=f"of:=[.B{rt + 1}]-[.B{rt + 3}]")
    data = S.save()
    body = ("Beste Jonas,\n\nIn bijlage de aanvraag van de dorpsraad (2 tabbladen: gegevens en begroting). "
            "Sander is onze contactpersoon voor het project.\n\nMet vriendelijke groeten,\nNicole Verstraete\n"
            "voorzitter Dorpsraad Esen\n")
    return dict(sender=("Nicole Verstraete", "nicole.verstraete@example.com"), subject="Aanvraag Dorpsraad Esen",
                body=body, when=(2019, 6, 13, 20, 25), filename="aanvraag dorpsraad esen.ods", data=data, generic_mime=True,
                truth=truth(org, "Sander Debruyne", "sander.debruyne@example.net", be("051 50 23 87"),
                            "Zarrenstraat 112", "8600", "Esen", title, req, total, "BE"))
