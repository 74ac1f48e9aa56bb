"""Dev half, Dutch applications (West Flemish villages)."""
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib.colors import HexColor

from common import COORD_GSM, COORD_NAME, COORD_TEL, D, amt
from r_docx import Docx
from r_odt import Odt
from r_pdfform import PdfForm
from r_pdfletter import PdfLetter
from r_sheet import xlsx_bytes
from registry import be, case, truth

CALL_NL = ("Projectoproep 'Maak werk van je buurt' (Partons 2.0): financiële bijdrage van max. 10 000 euro "
           "per project, in totaal 100 000 euro voor 10 initiatieven. Indienen vóór 16 juni 2019 bij "
           f"{COORD_NAME}, jonas.polin@west-vlaanderen.be, {COORD_GSM}.")


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "pdf_form")
def d_nl_watou_markt():
    """Municipal event-subsidy form re-used; Text1..n widgets; board table with contact ticks."""
    org = "Dorpsraad Watou"
    title = "Watou Proeft - boerenmarkt op het Dorpsplein"
    costs = [("Huur marktkramen en tenten", 2400), ("Promotie (affiches, flyers, facebook)", 850),
             ("Geluid en elektriciteit", 1200), ("Participatie-avond met bewoners", 650),
             ("Klein materiaal (tafels, kisten, borden)", 2100)]
    total = sum(c for _, c in costs)
    own = 1000
    req = total - own

    def hdr(f, first):
        c = f.c
        if first:
            c.setFillColor(HexColor("#7A1F2B"))
            c.rect(f.ml, f.H - 62, 46, 30, stroke=0, fill=1)
            f.text(f.ml + 6, f.H - 52, "STAD", f.bold, 10, HexColor("#FFFFFF"))
            f.text(f.ml + 56, f.H - 42, "STAD POPERINGE - dienst Evenementen", f.bold, 12)
            f.text(f.ml + 56, f.H - 56, "Aanvraagformulier subsidie evenementen en buurtfeesten", f.font, 10)
            f.text(f.x1 - 60, f.H - 42, "EVT-03/2018", f.font, 7)
            f.y = f.H - 80
        else:
            f.text(f.ml, f.H - 40, "Aanvraag subsidie evenementen - vervolg", f.font, 7)

    def ftr(f):
        f.text(f.ml, 30, f"Stad Poperinge - evenementen@poperinge.example.org - tel. 057 34 66 00    p. {f.page}",
               f.font, 7)

    f = PdfForm(naming="Text", header=hdr, footer=ftr, fill="#DCE6F2", head="bar", head_color="#7A1F2B",
                label_w=165, title="Aanvraag subsidie evenementen", author="Dienst Evenementen",
                creator="Adobe Acrobat Pro DC 15")
    f.para("Bezorg dit formulier minstens 8 weken voor het evenement aan de dienst Evenementen. "
           "Onvolledige aanvragen worden niet behandeld.", size=8)
    f.heading("Organisator", numbered="{n}. ")
    f.field("Naam organisatie", org)
    f.checks("Juridische vorm", ["vzw", "feitelijke vereniging", "school", "andere"], [1])
    f.field("Adres maatschappelijke zetel", "Hoogstraat 27")
    f.row([("Postcode", "8978", .3), ("Gemeente", "Watou", .7)])
    f.field("Ondernemingsnummer", "")
    f.field("Rekeningnummer (IBAN)", "BE71 0961 2345 6769")
    f.heading("Bestuur en contactpersoon", numbered="{n}. ")
    f.para("Vink aan wie de contactpersoon is voor deze aanvraag.", size=8)
    f.table(["Naam", "Functie", "Telefoon / gsm", "E-mail", "Contact"],
            [["Jan Dewulf", "voorzitter", "057 38 81 42", "jan.dewulf@example.net", ""],
             ["Lien Vandamme", "secretaris", "0474/28.61.93", "lien.vandamme@example.org", 1],
             ["Frank Decock", "penningmeester", "0475/90.12.36", "", ""]],
            [.22, .17, .2, .31, .1], check_cols=(4,))
    f.heading("Het evenement", numbered="{n}. ")
    f.field("Naam van het evenement", title)
    f.field("Datum / periode", "zaterdagvoormiddagen van 7/9 tot 26/10/2019")
    f.field("Locatie", "Dorpsplein Watou (rond de kiosk)")
    f.field("Korte omschrijving", "Elke zaterdag een kleine markt met boeren en makers uit Watou en de "
            "buurgemeenten over de grens. Bewoners kiezen mee de standhouders (bevraging via de dorpsraad) "
            "en er komt een koffiehoek voor ontmoeting.", lines=5)
    f.field("Verwacht aantal bezoekers", "250 per marktdag")
    f.heading("Financieel", numbered="{n}. ")
    f.table(["Uitgavenpost", "Bedrag (EUR)"], [[n, amt(c, "nosym_c")] for n, c in costs] +
            [["Totaal uitgaven", amt(total, "nosym_c")]], [.7, .3])
    f.field("Eigen inbreng", amt(own, "be_dash"))
    f.field("Gevraagd subsidiebedrag", amt(req, "be_dash"))
    f.heading("Ondertekening", numbered="{n}. ")
    f.row([("Datum", "9/06/2019", .4), ("Naam", "Lien Vandamme", .6)])
    data = f.finish()
    body = ("Beste Jonas,\n\nHierbij onze aanvraag voor de projectoproep 'Maak werk van je buurt'. "
            "We hebben het formulier van de stad gebruikt dat we nog hadden van de kermis, ik hoop dat "
            "dat geen probleem is. Alles staat erin, ook de begroting.\n\n"
            "Als er nog iets ontbreekt, laat maar weten.\n\nGroetjes,\nLien Vandamme\nsecretaris Dorpsraad Watou\n")
    return dict(sender=("Lien Vandamme", "lien.vandamme@example.org"),
                subject="aanvraag Maak werk van je buurt - Dorpsraad Watou", body=body, when=(2019, 6, 9, 21, 37),
                filename="aanvraag evenementensubsidie Watou Proeft.pdf", data=data,
                mailer="Microsoft Outlook 16.0", html=True,
                truth=truth(org, "Lien Vandamme", "lien.vandamme@example.org", be("0474/28.61.93"),
                            "Hoogstraat 27", "8978", "Watou", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "pdf_form")
def d_nl_zonnebeke_kring():
    """The call's own style of form: semantic names, labels above, numbered questions; no total."""
    org = "vzw Buurthuis De Kring"
    title = "Repair Café en buurtontbijt in De Kring"

    def hdr(f, first):
        if first:
            f.text(f.ml, f.H - 45, "Partons 2.0 - Maak werk van je buurt!", f.bold, 15, HexColor("#00703C"))
            f.text(f.ml, f.H - 62, "Aanvraagformulier projectidee - oproep 2019", f.font, 10)
            f.c.setStrokeColor(HexColor("#00703C"))
            f.c.line(f.ml, f.H - 70, f.x1, f.H - 70)
            f.y = f.H - 78

    f = PdfForm(naming="Text", header=hdr, head="underline", head_color="#00703C", label_pos="above",
                border="solid", fill=None, title="Aanvraagformulier Maak werk van je buurt")
    # semantic names for this one
    f.names.text = lambda label=None, _n=iter(range(1, 99)): {
        "1.1": "naam_organisatie", "1.2": "straat_nr", "1.3": "postcode", "1.4": "gemeente",
        "1.5": "contactpersoon", "1.6": "functie", "1.7": "telefoon", "1.8": "email",
    }.get((label or "")[:3], f"veld_{next(_n)}")
    f.para(CALL_NL, size=8)
    f.para("Vul het formulier digitaal in en stuur het per e-mail terug. Wil je liever op papier indienen? "
           "Stuur het dan naar Provincie West-Vlaanderen, t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide.",
           size=8)
    f.heading("1. Wie dient het project in?")
    f.field("1.1 Hoe heet uw vereniging, bewonersgroep of bestuur?", org)
    f.field("1.2 Straat en huisnummer", "Ieperstraat 88")
    f.row([("1.3 Postcode", "8980", .25), ("1.4 Gemeente / deelgemeente", "Zonnebeke", .75)], pos="above")
    f.field("1.5 Wie is de contactpersoon?", "Hilde Verhaeghe")
    f.field("1.6 Functie in de vereniging", "voorzitter")
    f.row([("1.7 Telefoon of gsm", "0496 51 07 33", .4), ("1.8 E-mailadres", "hilde.verhaeghe@example.com", .6)],
          pos="above")
    f.heading("2. Het project")
    f.field("2.1 Titel van het project", title)
    f.field("2.2 Wat wil je doen? Beschrijf kort je idee.", "Maandelijks een Repair Café in het buurthuis "
            "waar vrijwilligers samen met bewoners kapotte spullen herstellen, gekoppeld aan een gratis "
            "buurtontbijt. We willen vooral alleenstaande ouderen en nieuwe inwoners bereiken.", lines=5)
    f.field("2.3 Met wie werk je samen?", "OCMW Zonnebeke, de lagere school, Okra, de lokale bakker", lines=2)
    f.field("2.4 Hoe betrek je de inwoners?", "Bevraging aan huis in de wijk rond de kerk, open "
            "brainstormavond in september, vrijwilligers worden 'herstellers'.", lines=3)
    f.field("2.5 Wanneer start het project?", "september 2019")
    f.heading("3. Budget")
    f.field("3.1 Welk bedrag vraag je aan (max. 10 000 euro)?", "9500")
    f.field("3.2 Waarvoor zal je het geld gebruiken?", "gereedschap en werkbanken, naaimachines, "
            "ontbijtmateriaal, begeleiding door een participatie-expert, communicatie", lines=3)
    data = f.finish()
    body = ("Dag meneer Polin,\n\nIn bijlage ons ingevulde formulier voor de projectoproep. "
            "We zijn heel benieuwd!\n\nMet vriendelijke groet\nHilde Verhaeghe\nvzw Buurthuis De Kring\n")
    return dict(sender=("Hilde Verhaeghe", "hilde.verhaeghe@example.com"), subject="Projectidee De Kring Zonnebeke",
                body=body, when=(2019, 5, 27, 10, 4), filename="Aanvraagformulier_MWVJB_DeKring.pdf", data=data,
                truth=truth(org, "Hilde Verhaeghe", "hilde.verhaeghe@example.com", be("0496 51 07 33"),
                            "Ieperstraat 88", "8980", "Zonnebeke", title, 9500, None, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "pdf_form")
def d_nl_lo_straatmeesters():
    """Foundation form, Tekstvak n widgets, address boxes with tooltip-only labels; private person."""
    title = "Straatmeesters in Lo"
    total = 4850

    def hdr(f, first):
        if first:
            c = f.c
            c.setFillColor(HexColor("#F2B705"))
            c.circle(f.ml + 14, f.H - 48, 14, stroke=0, fill=1)
            f.text(f.ml + 36, f.H - 44, "Fonds Dorpsleven", f.bold, 14)
            f.text(f.ml + 36, f.H - 58, "Oproep 'Buren aan zet' - kandidaatstelling", f.font, 10)
            f.y = f.H - 80

    f = PdfForm(naming="Tekstvak", header=hdr, head="left", head_color="#B07D00", label_pos="below",
                fill="#FFF8E1", border="underlined", border_color="#806000", title="Buren aan zet")
    f.heading("Wie bent u?")
    f.checks("Ik dien in als", ["privépersoon", "feitelijke vereniging", "vzw", "lokaal bestuur"], [0],
             label_w=90)
    f.field("Naam van de vereniging (indien van toepassing)", "")
    f.row([("Voornaam", "Bart", .4), ("Naam", "Lermytte", .6)], pos="below")
    f.para("Adres", size=9)
    f.row([("", "Kloosterhoek 5", .55, {"tip": "Straat en huisnummer"}),
           ("", "8647", .15, {"tip": "Postcode"}),
           ("", "Lo-Reninge", .3, {"tip": "Gemeente"})], pos="tooltip")
    f.row([("Telefoon", "+32 476 12 90 58", .4), ("E-mail", "bart.lermytte@example.net", .6)], pos="below")
    f.heading("Uw project")
    f.field("Titel", title)
    f.field("Wat is het probleem of de kans in uw buurt?", "In onze straten wonen veel ouderen alleen. "
            "Nieuwe inwoners kennen niemand. Er is geen aanspreekpunt.", lines=3)
    f.field("Wat gaat u doen?", "We zoeken per straat een straatmeester: een buur die een oogje in het zeil "
            "houdt, mensen helpt of doorverwijst. Opleiding, een kleine startdag en een buurtkaart.", lines=4)
    f.field("Wie doet mee?", "al 9 kandidaat-straatmeesters, OCMW, de pastoor, de dorpsraad", lines=2)
    f.heading("Kosten")
    f.row([("Totale kostprijs", str(total), .5), ("Gevraagde steun", str(total), .5)], pos="below")
    f.para("Het Fonds kent maximaal 5 000 euro per project toe. Eigen inbreng is niet verplicht.", size=7.5)
    f.row([("Datum", "02-06-2019", .35), ("Handtekening", "B. Lermytte", .65)], pos="below")
    data = f.finish()
    body = ("Beste,\n\nIk had dit formulier nog liggen van een andere oproep van het Fonds Dorpsleven waar "
            "ons idee net niet geselecteerd werd. Ik heb het opnieuw ingevuld, het is hetzelfde project. "
            "Ik doe het voorlopig als privépersoon, we hebben (nog) geen vereniging.\n\n"
            "Vriendelijke groeten\nBart Lermytte\nLo-Reninge\n")
    return dict(sender=("Bart Lermytte", "bart.lermytte@example.net"), subject="Straatmeesters Lo - kandidatuur",
                body=body, when=(2019, 6, 2, 16, 12), filename="buren aan zet - straatmeesters.pdf", data=data,
                mailer="Apple Mail (2.3445.104.11)",
                truth=truth(None, "Bart Lermytte", "bart.lermytte@example.net", be("+32 476 12 90 58"),
                            "Kloosterhoek 5", "8647", "Lo-Reninge", title, total, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "pdf_letter")
def d_nl_stavele_erfgoed():
    """Provincial culture-fund form filled in Word and exported; income table with the call as one line."""
    org = "Heemkundige Kring Stavele vzw"
    title = "Stavele vertelt - erfgoedwandeling met buurtbanken"
    costs = [("Ontwerp wandelroute en infoborden (grafisch ontwerper)", 3200),
             ("Zes buurtbanken (hout, gemaakt door de lokale schrijnwerker)", 4350),
             ("Verteltafels met bewoners, opname van verhalen", 1450),
             ("Openingswandeling en drukwerk", 2000)]
    total = sum(c for _, c in costs)
    incomes = [("Eigen inbreng heemkring", 1250), ("Gemeente Alveringem (cultuurraad)", 1000)]
    req = total - sum(i for _, i in incomes)

    def page(c, doc):
        c.saveState()
        c.setFont("LibSans", 7.5)
        c.drawString(doc.leftMargin, 20, "Provincie West-Vlaanderen - Cultuurfonds - aanvraagformulier projectsubsidie "
                     "(versie januari 2018)")
        c.drawRightString(doc.pagesize[0] - doc.rightMargin, 20, f"Pagina {doc.page}")
        c.restoreState()

    L = PdfLetter(font="LibSans", size=9.5, label_fill="#EDEDED", head_fill="#C6D9F1", on_page=page,
                  title="Aanvraag projectsubsidie Cultuurfonds", author="Marc Vanhee",
                  creator="Microsoft® Word 2016", producer="Microsoft® Word 2016")
    L.title("Aanvraagformulier projectsubsidie", "Cultuurfonds Provincie West-Vlaanderen")
    L.para("Lees eerst het reglement. Aanvragen worden ingediend uiterlijk drie maanden voor de start van het "
           "project. Voor vragen: cultuur@provincie.example.org.", small=True, italic=True)
    L.heading("Deel A - Identificatie van de aanvrager")
    L.grid([["Naam organisatie", org], ["Rechtsvorm", "vzw"], ["Ondernemingsnummer", "0452.318.770"],
            ["Adres", "Dorpsstraat 41 bus 1"], ["Postcode en gemeente", "8691 Stavele"],
            ["Voorzitter", "Rita Coussens - 058 28 83 50 - rita.coussens@example.org"],
            ["Contactpersoon voor dit dossier", "Marc Vanhee (secretaris)"],
            ["Telefoon contactpersoon", "058 28 84 17"], ["E-mail contactpersoon", "marc.vanhee@example.net"],
            ["Rekeningnummer", "BE33 7380 1234 5646"]])
    L.heading("Deel B - Het project")
    L.grid([["Titel van het project", title],
            ["Korte inhoud", "Samen met bewoners verzamelen we verhalen over de boerderijen, de oude brouwerij "
             "en de IJzer. Die komen op een wandelroute langs zes nieuwe buurtbanken, waar je met een QR-code "
             "de verhalen kan beluisteren. De banken worden plekken om elkaar te ontmoeten."],
            ["Plaats", "Stavele dorpskern en IJzerdijk"], ["Periode", "augustus 2019 - april 2020"],
            ["Doelgroep", "alle inwoners, scholen, wandelaars"]])
    L.heading("Deel C - Begroting")
    L.para("C1. Uitgaven", markup=False)
    L.table(["Omschrijving", "Bedrag"], [[n, amt(c, "be_dash")] for n, c in costs] +
            [["Totaal uitgaven", amt(total, "be_dash")]], [.72, .28], align_right=(1,), bold_last=True,
            answer_cols=(0, 1))
    L.para("C2. Inkomsten")
    L.table(["Bron", "Bedrag"], [[n, amt(v, "be_dash")] for n, v in incomes] +
            [["Projectoproep 'Maak werk van je buurt' (Partons 2.0)", amt(req, "be_dash")],
             ["Totaal inkomsten", amt(total, "be_dash")]], [.72, .28], align_right=(1,), bold_last=True,
            answer_cols=(0, 1))
    L.heading("Deel D - Ondertekening")
    L.grid([["Datum", "12 juni 2019"], ["Naam en functie", "Rita Coussens, voorzitter"]])
    data = L.finish()
    body = ("Beste Jonas\n\nNamens de heemkundige kring stuur ik u onze aanvraag. Marc Vanhee, onze secretaris, "
            "volgt het dossier op en is uw aanspreekpunt (zijn gegevens staan in het formulier).\n"
            "We hebben het formulier van het provinciaal cultuurfonds gebruikt omdat daar alles al in stond.\n\n"
            "Met vriendelijke groeten\nRita Coussens\nvoorzitter Heemkundige Kring Stavele\n")
    return dict(sender=("Rita Coussens", "rita.coussens@example.org"), cc="marc.vanhee@example.net",
                subject="Aanvraag projectoproep - Heemkundige Kring Stavele", body=body, when=(2019, 6, 12, 19, 2),
                filename="Aanvraag Stavele vertelt.pdf", data=data,
                truth=truth(org, "Marc Vanhee", "marc.vanhee@example.net", be("058 28 84 17"),
                            "Dorpsstraat 41 bus 1", "8691", "Stavele", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "pdf_letter")
def d_nl_elverdinge_samentuin():
    """Regional fund form typed over dotted lines; phone only in the mail signature."""
    org = "Landelijke Gilde Elverdinge"
    title = "Samentuin achter de pastorie"
    total, req = 6380, 5000
    L = PdfLetter(font="LibSerif", size=11, answer_font="LibSans", title="Projectfiche",
                  author="Koen", creator="Writer", producer="LibreOffice 6.0")
    L.title("STREEKFONDS WESTHOEK", "Aanvraag kleine projecten - projectfiche")
    L.para("Stuur deze fiche volledig ingevuld terug. Het streekfonds steunt projecten tot 7 500 euro.",
           small=True)
    L.space(8)
    L.heading("1. Aanvrager")
    L.dots("Naam vereniging:", org)
    L.dots("Verantwoordelijke:", "Koen Deschodt")
    L.dots("Straat + nr.:", "Veurnseweg 312")
    L.dots("Postnummer + gemeente:", "8906 Elverdinge")
    L.dots("Telefoon:", "")
    L.dots("E-mail:", "koen.deschodt@example.com")
    L.heading("2. Project")
    L.dots("Titel:", title)
    L.dots("Waar:", "braakliggend perceel achter de pastorie (eigendom kerkfabriek)")
    L.para("Omschrijving:")
    L.para("Een gemeenschappelijke moestuin met 12 bakken, een kruidentuin voor de school en een schuur met "
           "gedeeld gereedschap. Elke eerste zaterdag tuinieren we samen en eindigen we met soep.",
           markup=False)
    L.dots("Start:", "september 2019")
    L.heading("3. Financiën")
    L.dots("Totale kostprijs project:", amt(total, "euro_nl"))
    L.dots("Gevraagde steun:", amt(req, "euro_nl"))
    L.dots("Andere steun:", "gemeente Ieper (zaad en compost, in natura)")
    L.space(14)
    L.dots("Datum:", "3/06/2019")
    data = L.finish()
    body = ("Dag Jonas,\n\nZoals afgesproken op de infoavond in Diksmuide: hierbij de fiche van onze samentuin. "
            "Het is de fiche van het streekfonds maar de inhoud is dezelfde.\n\n"
            "Groeten,\nKoen Deschodt\nLandelijke Gilde Elverdinge\ngsm 0472 63 19 04\n")
    return dict(sender=("Koen Deschodt", "koen.deschodt@example.com"), subject="samentuin Elverdinge",
                body=body, when=(2019, 6, 3, 22, 48), filename="projectfiche_samentuin.pdf", data=data,
                truth=truth(org, "Koen Deschodt", "koen.deschodt@example.com", be("0472 63 19 04"),
                            "Veurnseweg 312", "8906", "Elverdinge", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "docx_form")
def d_nl_merkem_ouderraad():
    """Parents' council form with content controls; empty ones keep the placeholder."""
    org = "Ouderraad VBS De Klimop"
    title = "Speelstraat en buurtpicknick Merkem"
    total, own = Decimal("3950"), Decimal("500")
    req = total - own
    ph = "Klik of tik om tekst in te voeren."
    W = Docx(font="Calibri", size=11, author="Pieter Ghesquière", title="Aanvraagformulier ouderraad",
             created=(2017, 9, 4, 8, 30), modified=(2019, 6, 5, 20, 55), answer_color="1F3864")
    W.p("Vrije Basisschool De Klimop - Merkem", bold=True, size=14, color="2E74B5")
    W.p("Ouderraad - aanvraagformulier projecten en werkingsmiddelen", size=12)
    W.p("Dit formulier gebruiken werkgroepen om middelen aan te vragen bij de ouderraad. Vul de grijze "
        "velden in.", italic=True, size=9)

    def cc(label, alias, value):
        par = W.d.add_paragraph()
        r = par.add_run(label + " ")
        r.bold = True
        W.sdt_in(par, alias, value, ph)

    W.heading("Gegevens aanvrager", level=2)
    cc("Naam werkgroep / vereniging:", "Naam", org)
    cc("Adres:", "Adres", "Kasteelstraat 3")
    cc("Postcode en gemeente:", "Gemeente", "8650 Merkem")
    cc("Ondernemingsnummer:", "KBO", "")
    cc("Voorzitter:", "Voorzitter", "Pieter Ghesquière")
    cc("Contactpersoon:", "Contact", "Sofie Debaene (penningmeester)")
    cc("Telefoon contactpersoon:", "Tel", "0479 33 21 08")
    cc("E-mail contactpersoon:", "Mail", "sofie.debaene@example.org")
    W.heading("Het project", level=2)
    cc("Titel:", "Titel", title)
    cc("Beschrijving:", "Beschrijving", "Op drie woensdagnamiddagen wordt de Kasteelstraat een speelstraat. "
       "Ouders, buren en de school organiseren spelen en een picknick voor de hele buurt. "
       "We kopen herbruikbaar speelmateriaal dat buurtbewoners daarna kunnen ontlenen.")
    cc("Periode:", "Periode", "september - oktober 2019")
    cc("Betrokken partners:", "Partners", "")
    W.heading("Financiën", level=2)
    cc("Totale kostprijs:", "Totaal", amt(total, "eu_cents"))
    cc("Eigen middelen:", "Eigen", amt(own, "eu_cents"))
    cc("Gevraagd bedrag:", "Gevraagd", amt(req, "eu_cents"))
    cc("Rekeningnummer:", "IBAN", "")
    W.p("")
    W.p("Ruimte voor opmerkingen van het bestuur:", italic=True, size=9)
    par = W.d.add_paragraph()
    W.sdt_in(par, "Opmerkingen", "", ph)
    data = W.save()
    body = ("Beste meneer Polin,\n\nIn bijlage de aanvraag van onze ouderraad voor de projectoproep Maak werk van "
            "je buurt. We hebben het formulier van de ouderraad zelf gebruikt. Sofie Debaene is de "
            "contactpersoon voor dit project.\n\nVriendelijke groeten,\nPieter Ghesquière\nvoorzitter ouderraad\n")
    return dict(sender=("Pieter Ghesquière", "pieter.ghesquiere@example.com"),
                subject="Projectoproep: speelstraat Merkem", body=body, when=(2019, 6, 5, 21, 3),
                filename="Aanvraag speelstraat Merkem.docx", data=data, mailer="Microsoft Outlook 16.0", html=True,
                truth=truth(org, "Sofie Debaene", "sofie.debaene@example.org", be("0479 33 21 08"),
                            "Kasteelstraat 3", "8650", "Merkem", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "docx_form")
def d_nl_reninge_dorpshuis():
    """Old Word form with legacy FORMTEXT fields; two pairs per table row; request = the maximum."""
    org = "VZW Dorpshuis Reninge"
    title = "Dorpsontmoetingspunt De Ploeg in de oude pastorij"
    total, own, req = Decimal("14200"), Decimal("4200"), Decimal("10000")
    W = Docx(font="Arial", size=10, author="gemeente", title="aanvraagformulier", created=(2012, 3, 1, 10, 0),
             modified=(2019, 6, 14, 23, 12), last_by="Annemie")
    W.p("AANVRAAGFORMULIER PROJECTSTEUN", bold=True, size=14, align="center")
    W.p("Leefbaarheid in de dorpen - Westhoek", align="center")
    W.p(f"Opgelet: de projectoproep geeft max. 10 000 euro per project. Deadline 16 juni 2019. "
        f"Vragen? {COORD_NAME}, {COORD_TEL}.", italic=True, size=8)
    t = W.d.add_table(rows=6, cols=4)
    t.style = W.d.styles["Table Grid"]
    pairs = [("Naam organisatie", org, "Rechtsvorm", "vzw"),
             ("Straat + nr", "Kerkplein 2", "Postcode", "8647"),
             ("Gemeente", "Reninge", "Ondernemingsnr.", "0661.204.387"),
             ("Voorzitter", "Annemie Soenen", "Tel.", "057 40 12 66"),
             ("Secretaris", "Luc Vanneste", "Tel.", "0497 15 63 28"),
             ("E-mail voorzitter", "annemie.soenen@example.org", "E-mail secretaris", "luc.vanneste@example.org")]
    k = 0
    for ri, (l1, v1, l2, v2) in enumerate(pairs):
        for ci, (lab, val) in enumerate(((l1, v1), (l2, v2))):
            lc = t.cell(ri, ci * 2)
            lc.paragraphs[0].add_run(lab).bold = True
            W.shade(lc, "F2F2F2")
            k += 1
            W.formtext(t.cell(ri, ci * 2 + 1).paragraphs[0], f"Tekst{k}", val)
    W.p("")
    W.inline("Contactpersoon voor deze aanvraag", "de voorzitter")
    W.p("Projectomschrijving", bold=True)
    par = W.d.add_paragraph()
    k += 1
    W.formtext(par, f"Tekst{k}", title)
    par = W.d.add_paragraph()
    k += 1
    W.formtext(par, f"Tekst{k}", "De pastorij staat leeg sinds 2017. We richten het gelijkvloers in als "
               "dorpsontmoetingspunt met een kleine bibliotheek, koffie en een telewerkplek. Vrijwilligers "
               "houden het 4 dagen per week open. Een participatie-expert begeleidt drie bewonersavonden.")
    W.p("Budget", bold=True)
    bt = W.d.add_table(rows=3, cols=4)
    bt.style = W.d.styles["Table Grid"]
    for ri, (l1, v1, l2, v2) in enumerate([("Totale projectkost", amt(total, "be_eur"), "Eigen inbreng", amt(own, "be_eur")),
                                           ("Gevraagd bedrag", amt(req, "be_eur"), "Andere subsidies", "geen"),
                                           ("Startdatum", "1 september 2019", "Einddatum", "30 juni 2020")]):
        for ci, (lab, val) in enumerate(((l1, v1), (l2, v2))):
            bt.cell(ri, ci * 2).paragraphs[0].add_run(lab).bold = True
            k += 1
            W.formtext(bt.cell(ri, ci * 2 + 1).paragraphs[0], f"Tekst{k}", val)
    W.p("")
    par = W.d.add_paragraph()
    par.add_run("Aanvinken: ")
    W.formcheck(par, "Selectievakje1", True)
    par.add_run(" wij nemen deel aan het begeleidingstraject (26/09, 7/11, 28/11, 19/12/2019, 30/01/2020)")
    data = W.save()
    body = ("Goedenavond,\n\nNet op tijd: hierbij de aanvraag van VZW Dorpshuis Reninge. Het formulier is een "
            "oud formulier van de gemeente dat we hebben aangepast.\n\nMvg\nAnnemie Soenen\n")
    return dict(sender=("Annemie Soenen", "annemie.soenen@example.org"), subject="Aanvraag dorpshuis Reninge",
                body=body, when=(2019, 6, 14, 23, 20), filename="aanvraagformulier Reninge.docx", data=data, generic_mime=True,
                truth=truth(org, "Annemie Soenen", "annemie.soenen@example.org", be("057 40 12 66"),
                            "Kerkplein 2", "8647", "Reninge", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "docx_form")
def d_nl_dranouter_vervoer():
    """Questions with answers on the next line; tab dot leaders; cost table + separate request line."""
    org = "Femma Dranouter"
    title = "Dranouter Rijdt Mee"
    costs = [("Opleiding vrijwillige chauffeurs (2 sessies)", "640,00"), ("Verzekering vrijwilligers 1 jaar", "1.150,00"),
             ("Onkostenvergoeding chauffeurs (km)", "4.200,00"), ("Gsm + abonnement voor de centrale", "450,00"),
             ("Flyers en infomoment", "2.200,00")]
    total = Decimal("8640")
    req = Decimal("7500")
    W = Docx(font="Cambria", size=11, author="Griet Pattyn", title="Projectaanvraag",
             created=(2019, 5, 30, 14, 0), modified=(2019, 6, 10, 9, 41))
    W.p("Projectaanvraag 'Maak werk van je buurt'", bold=True, size=16)
    W.p("Vragenlijst - gebaseerd op het model van het dorpsradenoverleg", italic=True, size=9)
    W.heading("A. Over jullie", level=2)
    W.nextline("1. Hoe heet uw vereniging?", org)
    W.nextline("2. Wie is de contactpersoon en hoe kunnen we haar of hem bereiken?", None)
    W.tabdots("Naam", "Griet Pattyn")
    W.tabdots("Adres", "Lindestraat 19")
    W.tabdots("Postcode / gemeente", "8951 Dranouter")
    W.tabdots("Telefoon", "+32 (0)486 70 45 12")
    W.tabdots("E-mail", "griet.pattyn@example.net")
    W.nextline("3. Met hoeveel vrijwilligers zijn jullie?", "een 15-tal, waarvan 8 kandidaat-chauffeurs")
    W.heading("B. Over het project", level=2)
    W.nextline("4. Hoe heet het project?", title)
    W.nextline("5. Wat is het idee?", "Een groep vrijwillige chauffeurs brengt minder mobiele mensen naar de "
               "dokter, de markt in Ieper of familie. Een centraal gsm-nummer regelt de ritten.")
    W.nextline("6. Hoe betrekken jullie de bewoners?", "Bevraging bij alle 65-plussers samen met het "
               "OCMW, oproep in het parochieblad, infomoment in de zaal.")
    W.heading("C. Begroting", level=2)
    W.table([["Kostenpost", "Bedrag (€)"]] + [[a, b] for a, b in costs] + [["TOTAAL", amt(total, "nosym_c")]],
            [12.5, 4], header=True, answer_cols=(1,))
    W.tabdots("Gevraagd aan de projectoproep", amt(req, "eur_prefix"))
    W.tabdots("Rest gefinancierd door", "Femma nationaal + eigen kas")
    data = W.save()
    body = ("Beste Jonas,\n\nHierbij onze vragenlijst voor Dranouter Rijdt Mee. Sorry voor het late antwoord, "
            "we moesten nog wachten op de offerte van de verzekering.\n\nHartelijke groeten,\nGriet\n\n"
            "--\nGriet Pattyn\nFemma Dranouter\n")
    return dict(sender=("Griet Pattyn", "griet.pattyn@example.net"), subject="Re: projectoproep Maak werk van je buurt",
                body=body, when=(2019, 6, 10, 9, 50), filename="Projectaanvraag Femma Dranouter.docx", data=data,
                truth=truth(org, "Griet Pattyn", "griet.pattyn@example.net", be("+32 (0)486 70 45 12"),
                            "Lindestraat 19", "8951", "Dranouter", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "odt_form")
def d_nl_alveringem_tragewegen():
    """LibreOffice form with input fields (text:text-input); amounts with cents."""
    org = "Werkgroep Trage Wegen Alveringem"
    title = "Trage wegen terug op de kaart"
    total, req = Decimal("5275.50"), Decimal("4775.50")
    O = Odt(font="Liberation Serif", size="11pt", author="Tom Vermeersch", title="kandidatuur",
            created="2019-06-07T18:20:00", answer_color="#000080", head_color="#385723")
    O.title("Kandidatuurformulier", "Burgerinitiatieven voor leefbare dorpen en buurten - Westhoek 2019")
    O.par("Dit formulier mag u vrij aanpassen. Het is enkel een hulpmiddel om uw projectidee voor te stellen.",
          "Small")
    O.heading("Aanvrager")
    O.input_field("Naam groep/vereniging:", org)
    O.input_field("Soort:", "feitelijke vereniging")
    O.input_field("Voorzitter:", "Mieke Vandenberghe")
    O.input_field("Contactpersoon:", "Tom Vermeersch")
    O.input_field("Adres contactpersoon:", "Boterweg 14, 8690 Alveringem")
    O.input_field("Telefoon:", "0468 12 75 90")
    O.input_field("E-mail:", "tom.vermeersch@example.net")
    O.heading("Project")
    O.input_field("Titel:", title)
    O.input_field("Doel:", "Verdwenen kerkwegels en voetpaden opnieuw openstellen, samen met de landbouwers "
                  "en de buurt, zodat kinderen veilig naar school en de sporthal kunnen.")
    O.input_field("Acties:", "3 verkenningswandelingen, overleg met eigenaars, maaien en bebording, "
                  "een kaart in elke brievenbus")
    O.input_field("Timing:", "september 2019 - mei 2020")
    O.heading("Begroting")
    O.input_field("Totale kost (EUR):", amt(total, "nosym_c"))
    O.input_field("Gevraagde bijdrage (EUR):", amt(req, "nosym_c"))
    O.input_field("Eigen inbreng:", amt(total - req, "eu_cents") + " (werkgroep) + vrijwilligerswerk")
    data = O.save()
    body = ("Beste Jonas,\n\nZoals beloofd op de brainstorm in Alveringem: onze kandidatuur. Ik ben de "
            "contactpersoon, Mieke is voorzitter.\n\nGroeten\nTom\n")
    return dict(sender=("Tom Vermeersch", "tom.vermeersch@example.net"), subject="kandidatuur trage wegen Alveringem",
                body=body, when=(2019, 6, 7, 18, 31), filename="kandidatuur_tragewegen.odt", data=data,
                mailer="Mozilla Thunderbird 60.7.0",
                truth=truth(org, "Tom Vermeersch", "tom.vermeersch@example.net", be("0468 12 75 90"),
                            "Boterweg 14", "8690", "Alveringem", title, req, total, "BE"))


# --------------------------------------------------------------------------------------------
@case("dev", "nl", "xlsx_form")
def d_nl_oostvleteren_kermis():
    """Excel form: labels in column A, answers in merged cells, income table with the request as a line."""
    org = "Kermiscomité Oostvleteren"
    title = "Dorpsfeest en zomerbar op het kerkplein"
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanvraag"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    lab = PatternFill("solid", fgColor="E2EFDA")
    ws.column_dimensions["A"].width = 34
    for col in "BCD":
        ws.column_dimensions[col].width = 20
    ws["A1"] = "AANVRAAG PROJECTSTEUN - DORPEN EN BUURTEN"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Vul enkel de groene en witte vakken in. Max. 10 000 euro per project."
    ws["A2"].font = Font(italic=True, size=9)
    rows = [("Naam vereniging", org), ("Adres (straat en nummer)", "Hoornstraat 7"), ("Postcode", "8640"),
            ("Gemeente", "Oostvleteren"), ("Contactpersoon", "Stijn Maes (voorzitter)"),
            ("Gsm", ""), ("E-mail", "stijn.maes@example.com"),
            ("Titel van het project", title),
            ("Korte omschrijving", "Een driedaags dorpsfeest met een zomerbar die door de verenigingen om "
             "beurten wordt open gehouden, plus aankoop van tafels en stoelen die alle verenigingen mogen lenen.")]
    r = 4
    for k, v in rows:
        ws.cell(r, 1, k).fill = lab
        ws.cell(r, 1).border = box
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
        for c in range(2, 5):
            ws.cell(r, c).border = box
        if k == "Korte omschrijving":
            ws.row_dimensions[r].height = 60
        r += 1
    r += 1
    ws.cell(r, 1, "UITGAVEN").font = Font(bold=True)
    ws.cell(r, 3, "INKOMSTEN").font = Font(bold=True)
    r += 1
    exp = [("Tafels en stoelen (60 + 15)", 4380), ("Tentoverkapping", 2650), ("Geluid en podium", 1490),
           ("Affiches en communicatie", 500), ("Bewonersavond", 800)]
    inc = [("Eigen middelen", 1320), ("Verkoop bar (raming)", 500), ("Projectoproep Partons 2.0", 8000)]
    total = sum(v for _, v in exp)
    assert total == sum(v for _, v in inc)
    for i in range(max(len(exp), len(inc))):
        if i < len(exp):
            ws.cell(r + i, 1, exp[i][0]).border = box
            ws.cell(r + i, 2, exp[i][1]).number_format = '#,##0.00 "€"'
            ws.cell(r + i, 2).border = box
        if i < len(inc):
            ws.cell(r + i, 3, inc[i][0]).border = box
            ws.cell(r + i, 4, inc[i][1]).number_format = '#,##0.00 "€"'
            ws.cell(r + i, 4).border = box
    r += max(len(exp), len(inc))
    ws.cell(r, 1, "Totaal").font = Font(bold=True)
    ws.cell(r, 2, total).number_format = '#,##0.00 "€"'
    ws.cell(r, 3, "Totaal").font = Font(bold=True)
    ws.cell(r, 4, total).number_format = '#,##0.00 "€"'
    data = xlsx_bytes(wb, "2019-06-11T20:14:00Z", "Stijn")
    body = ("Hallo,\n\nIn bijlage onze aanvraag (excel). De begroting staat onderaan.\n\n"
            "groeten\nStijn Maes\nKermiscomité Oostvleteren\n")
    return dict(sender=("Stijn Maes", "stijn.maes@example.com"), subject="aanvraag kermiscomité",
                body=body, when=(2019, 6, 11, 20, 20), filename="aanvraag_kermiscomite.xlsx", data=data,
                truth=truth(org, "Stijn Maes", "stijn.maes@example.com", None,
                            "Hoornstraat 7", "8640", "Oostvleteren", title, 8000, total, "BE"))
