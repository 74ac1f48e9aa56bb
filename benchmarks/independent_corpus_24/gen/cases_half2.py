# -*- coding: utf-8 -*-
"""Second half of the corpus. All people, groups, streets, numbers invented."""
from blocks import BX, CK, F, GAP, HD, N, P, PB, R, S, SG, T, TB
from common import money

CASES = []


def add(**kw):
    CASES.append(kw)


def table_rows(items, style):
    return [[lab, money(v, style)] for lab, v in items]


# -------------------------------------------------------------------------------------
def _c():  # pdf_form nl — two-column boxes, labels above, request only as income line
    m = lambda v: money(v, "nl_plain")
    exp = [("Renovatie zaal: verf, verlichting, gordijnen", 4650), ("Tafels en stoelen (40 plaatsen)", 3980),
           ("Koffiemachine en servies", 1270), ("Begeleiding door participatie-expert", 2200),
           ("Openingsweekend", 600)]
    inc = [("Eigen inbreng buurtvereniging", 1300), ("Gemeente Heuvelland", 2000),
           ("Partons 2.0 - Maak werk van je buurt", 9400)]
    truth = dict(organisation="Buurtvereniging Dranouterse Velden", contact_name="Jolien Dewitte",
                 email="jolien.dewitte@example.org", phone="0477 63 20 15", address="Vijverhoekstraat 6",
                 postcode="8951", municipality="Dranouter", country="BE",
                 project_title="Trefpunt in het oude gemeentehuis", requested=9400, total=12700)
    blocks = [
        HD(["Westhoek - leefbare dorpen", "projectenoproep 2019"], logo=("square", "WH"),
           right=["Voorbehouden", "Ingediend op:", "Nr.:"]),
        T("Projectaanvraag Maak werk van je buurt!"),
        N("Alle velden zijn invulbaar. Sla het document op na het invullen en stuur het als bijlage terug. "
          "Handgeschreven formulieren worden niet aanvaard."),
        S("Organisatie"),
        R(F("Naam organisatie", "Buurtvereniging Dranouterse Velden", w=3),
          F("Opgericht in", "2011", w=1)),
        R(F("Straat + nr.", "Vijverhoekstraat 6", w=3), F("Postcode", "8951", w=1), F("Plaats", "Dranouter", w=2)),
        S("Personen"),
        R(F("Contactpersoon", "Jolien Dewitte", w=2), F("Gsm", "0477 63 20 15", w=1),
          F("E-mail", "jolien.dewitte@example.org", w=2)),
        R(F("Voorzitter", "Frans Lemahieu", w=2), F("Telefoon", "057 44 12 78", w=1),
          F("E-mail", "frans.lemahieu@example.com", w=2)),
        R(F("Penningmeester", "An Vermote", w=2), F("Gsm", "0491 30 58 76", w=1),
          F("E-mail", "an.vermote@example.net", w=2)),
        S("Project"),
        F("Titel", "Trefpunt in het oude gemeentehuis"),
        F("Wat is de nood in jullie dorp of buurt?",
          "Na de sluiting van de laatste herberg en de bankautomaat is er geen plek meer waar dorpsbewoners "
          "elkaar toevallig tegenkomen.", lines=2),
        F("Wat gaan jullie doen?",
          "De benedenzaal van het oude gemeentehuis inrichten als trefpunt met koffiebar, open op dinsdag, "
          "vrijdag en zondagvoormiddag, uitgebaat door vrijwilligers.", lines=3),
        F("Hoe werken de inwoners mee?",
          "Bevraging huis-aan-huis (april 2019), werkgroep van 11 bewoners, klusdagen", lines=2),
        S("Financieel"),
        N("Neem de bijdrage die u vraagt aan de projectenoproep op bij de inkomsten. Het totaal van de inkomsten "
          "moet gelijk zijn aan het totaal van de uitgaven."),
        TB(["Uitgaven", "Bedrag (euro)"], table_rows(exp, "nl_plain") + [["Totaal", m(12700)]], widths=[3, 1],
           fill_labels=True, bold=[5]),
        TB(["Inkomsten", "Bedrag (euro)"], table_rows(inc, "nl_plain") + [["Totaal", m(12700)]], widths=[3, 1],
           fill_labels=True, bold=[3]),
        SG([("Datum", "11-06-2019"), ("Handtekening", None)]),
    ]
    style = dict(header="plain", lab="above", names="Tekstvak {}", name_start=12, name_step=2,
                 accent=(0.4, 0.15, 0.45), font="Helvetica", bold="Helvetica-Bold", ital="Helvetica-Oblique",
                 size=9, ffill=(0.96, 0.93, 0.98), fborder=(0.45, 0.3, 0.5), sec="under", frame=True,
                 producer="Adobe Acrobat Pro DC 17.12.20098", creator="Acrobat PDFMaker 17 voor Word",
                 epoch=1557900000, pageno="Pagina {} van 2")
    mail = dict(from_name="Jolien Dewitte", from_addr="jolien.dewitte@example.org",
                subject="Projectaanvraag trefpunt Dranouter",
                date=(2019, 6, 11, 20, 14, 36), att="Projectaanvraag_Trefpunt_Dranouter.pdf",
                body="Beste,\n\nHierbij onze projectaanvraag voor het trefpunt in het oude gemeentehuis.\n\n"
                     "Met vriendelijke groeten,\nJolien Dewitte\nBuurtvereniging Dranouterse Velden\n")
    add(fmt="pdf_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # pdf_form nl — bilingual stacked labels left, tooltips none, separate contact address
    truth = dict(organisation="Samenhuizen Watou", contact_name="Maarten Vanackere",
                 email="maarten.vanackere@example.net", phone="0486 72 05 39", address="Hoppestraat 22",
                 postcode="8978", municipality="Watou", country="BE",
                 project_title="Deelbakfiets en dorpsklusdienst", requested=8250, total=8250)
    blocks = [
        T("Maak werk van je buurt!  |  Faites bouger votre village !", sub="Aanvraag / Demande - 2019"),
        S("1. Groep", alt="Groupe"),
        F("Naam van de groep", "Samenhuizen Watou", alt="Nom du groupe"),
        F("Rechtsvorm", "feitelijke vereniging", alt="Forme juridique"),
        F("Adres van de groep", "Hoppestraat 22", alt="Adresse du groupe"),
        F("Postcode en gemeente", "8978 Watou", alt="Code postal et commune"),
        S("2. Contact", alt="Contact"),
        F("Contactpersoon", "Maarten Vanackere", alt="Personne de contact"),
        F("Adres contactpersoon", "Trappistenweg 3, 8978 Watou", alt="Adresse de la personne de contact"),
        F("Telefoon", "0486 72 05 39", alt="Téléphone"),
        F("E-mail", "maarten.vanackere@example.net", alt="Courriel"),
        F("Voorzitter", "Lotte Desmyter (0473 18 92 60)", alt="Président(e)"),
        S("3. Project", alt="Projet"),
        F("Titel van het project", "Deelbakfiets en dorpsklusdienst", alt="Titre du projet"),
        F("Beschrijving", "Een elektrische bakfiets die alle inwoners kunnen reserveren, en een ploeg "
                          "vrijwillige klussers die kleine herstellingen doen bij oudere dorpsgenoten.",
          alt="Description", lines=3),
        F("Totale kost", "8.250 EUR", alt="Coût total"),
        F("Gevraagd bedrag", "8.250 EUR", alt="Montant demandé"),
        F("Andere inkomsten", "geen", alt="Autres recettes"),
        SG([("Datum / Date", "02/05/2019")]),
    ]
    style = dict(header="band", lab="left", lab_w=160, bi="stack", names="Text{}", name_start=101,
                 accent=(0.75, 0.45, 0.0), font="Serif", bold="Serif-Bold", ital="Serif-Italic", size=10,
                 ffont="Courier", fsize=10, ffill=(1, 1, 1), fborder=(0.3, 0.3, 0.3), tip="none", sec="grey",
                 epoch=1556600000, producer="Nitro Pro 9", pageno=None)
    mail = dict(from_name="Maarten Vanackere", from_addr="maarten.vanackere@example.net",
                subject="aanvraag bakfiets watou",
                date=(2019, 5, 2, 7, 58, 12), att="aanvraag samenhuizen watou.pdf",
                mailer="Mozilla Thunderbird 60.6.1",
                body="Dag,\n\nin bijlage onze aanvraag.\n\nGroeten,\nMaarten\n")
    add(fmt="pdf_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # pdf_form nl — numbered questions, labels left, board in tooltip-only grid
    m = lambda v: money(v, "dot_c")
    exp = [("Inrichting studie- en telewerkplek (6 bureaus, stoelen)", 4100), ("Glasvezelaansluiting + wifi", 1350),
           ("Printer en lockers", 1480), ("Begeleiding communicatie", 1900), ("Opening + infoavond", 520)]
    inc = [("Eigen middelen jeugdhuis", 2350), ("Maak werk van je buurt", 7000)]
    truth = dict(organisation="Jeugdhuis De Schuur", contact_name="Jens Debruyne",
                 email="jens.debruyne@example.com", phone="0494 07 81 23", address="Pachthofweg 41",
                 postcode="8950", municipality="Nieuwkerke", country="BE",
                 project_title="Telewerk- en studieplek in het jeugdhuis", requested=7000, total=9350)
    blocks = [
        HD(["Aanvraagformulier", "Maak werk van je buurt! - Partons 2.0"]),
        T("Deel 3 tot 5 - aanvraag"),
        N("Deel 1 en 2 (voorwaarden en privacy) vindt u in de oproeptekst. Vul hieronder de vragen 3.1 tot 5.3 in."),
        S("3. Aanvrager"),
        F("Naam van de organisatie", "Jeugdhuis De Schuur", num="3.1"),
        F("Adres (straat en huisnummer)", "Pachthofweg 41", num="3.2"),
        R(F("Postcode", "8950", num="3.3", w=1), F("Gemeente", "Nieuwkerke", num="3.4", w=3)),
        F("Wie is de contactpersoon?", "Jens Debruyne", num="3.5"),
        R(F("Telefoon contactpersoon", "0494 07 81 23", num="3.6", w=1),
          F("E-mail contactpersoon", "jens.debruyne@example.com", num="3.7", w=2)),
        N("3.8 Bestuur (voorzitter en penningmeester)"),
        R(F("", "Elise Vanbrabant", tiponly=True, tip="Naam voorzitter", w=2),
          F("", "0472 19 44 08", tiponly=True, tip="Telefoon voorzitter", w=1),
          F("", "elise.vanbrabant@example.org", tiponly=True, tip="E-mail voorzitter", w=2)),
        R(F("", "Robbe Maes", tiponly=True, tip="Naam penningmeester", w=2),
          F("", "0468 51 27 90", tiponly=True, tip="Telefoon penningmeester", w=1),
          F("", "robbe.maes@example.net", tiponly=True, tip="E-mail penningmeester", w=2)),
        S("4. Project"),
        F("Titel", "Telewerk- en studieplek in het jeugdhuis", num="4.1"),
        F("Omschrijving", "Overdag staat het jeugdhuis leeg. We richten de bovenzaal in als rustige werkplek met "
                          "snel internet voor studenten en telewerkers uit de omgeving; 's avonds blijft het "
                          "jeugdhuis gewoon open.", num="4.2", lines=3),
        S("5. Begroting"),
        TB(["Uitgaven", "EUR"], table_rows(exp, "dot_c") + [["Totaal", m(9350)]], widths=[3, 1], fill_labels=True,
           bold=[5]),
        TB(["Inkomsten", "EUR"], table_rows(inc, "dot_c") + [["Totaal", m(9350)]], widths=[3, 1], fill_labels=True,
           bold=[2]),
        F("Totale projectkost", m(9350), num="5.2"),
        F("Gevraagde bijdrage", m(7000), num="5.3"),
    ]
    style = dict(header="rule", lab="left", lab_w=200, names="Tekstveld{}", name_start=1, accent=(0.0, 0.45, 0.45),
                 font="Sans", size=9.5, ffill=(0.9, 0.97, 0.97), fborder=(0.2, 0.5, 0.5), tip="label", sec="bar",
                 epoch=1558100000, producer="Microsoft® Word 2016; modified using iText® 5.5.9", pageno="{}")
    mail = dict(from_name="Jens Debruyne", from_addr="jens.debruyne@example.com",
                subject="Aanvraag Jeugdhuis De Schuur - telewerkplek",
                date=(2019, 5, 18, 15, 33, 50), att="aanvraag_jh_de_schuur.pdf",
                body="Hallo,\n\nHier is de aanvraag van ons jeugdhuis. Alles staat in het formulier.\n\n"
                     "Groeten,\nJens Debruyne\n")
    add(fmt="pdf_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # docx_form nl — content controls inline in paragraphs, some left empty (placeholders)
    truth = dict(organisation="VZW Bosrand", contact_name="Sarah Vanlerberghe",
                 email="sarah.vanlerberghe@example.org", phone="051 70 38 64", address="Driegrachtenweg 15",
                 postcode="8650", municipality="Houthulst", country="BE",
                 project_title="Natuurspeelplek aan de bosrand", requested=7850, total=11900)
    blocks = [
        HD(["Maak werk van je buurt!", "Tweede grensoverschrijdende projectenoproep"]),
        T("Kandidatuurformulier"),
        N("Klik in de grijze vakken om uw antwoord te typen.", box=True),
        S("Over de organisatie"),
        F("Naam organisatie:", "VZW Bosrand"),
        F("Ondernemingsnummer:", "0556.208.913"),
        F("Straat en nummer:", "Driegrachtenweg 15"),
        R(F("Postcode:", "8650"), F("Gemeente:", "Houthulst")),
        F("Website:", ""),
        S("Contact"),
        F("Contactpersoon:", "Sarah Vanlerberghe"),
        F("Tel./gsm contactpersoon:", "051 70 38 64"),
        F("E-mail contactpersoon:", "sarah.vanlerberghe@example.org"),
        F("Voorzitter + e-mail:", "Kris Desmet - kris.desmet@example.com"),
        F("Penningmeester + e-mail:", "Veerle Hoornaert - veerle.hoornaert@example.net"),
        S("Project"),
        F("Titel van uw project:", "Natuurspeelplek aan de bosrand"),
        F("Beschrijf uw project:", "Op een perceel aan de rand van het bos leggen we samen met kinderen, ouders en "
                                   "de jeugdbewegingen een natuurspeelplek aan: wilgenhutten, boomstammen, een "
                                   "zandhoek en een blotevoetenpad."),
        F("Hoe betrekt u de buurt?", "Tekenwedstrijd in de scholen, 2 bouwdagen, beheergroep van ouders"),
        F("Totale kostprijs:", money(11900, "nl_cents")),
        F("Gevraagde bijdrage:", money(7850, "nl_cents")),
        F("Overige financiering:", "Gemeente Houthulst " + money(2500, "nl_cents") + ", eigen middelen " +
          money(1550, "nl_cents")),
        SG([("Datum:", "16/05/2019"), ("Handtekening:", None)]),
    ]
    style = dict(mode="sdt_inline", font="Calibri", size=11, ans_color="1F3864", accent="2F5496",
                 sdt_ph="Klik of tik om tekst in te voeren.", author="Provinciebestuur",
                 created=(2019, 3, 22, 8, 45), title_meta="Kandidatuurformulier", header_in="header",
                 footer="Kandidatuurformulier - Maak werk van je buurt! 2019")
    mail = dict(from_name="Sarah Vanlerberghe", from_addr="sarah.vanlerberghe@example.org",
                subject="Kandidatuur VZW Bosrand - natuurspeelplek",
                date=(2019, 5, 16, 11, 9, 3), att="Kandidatuurformulier VZW Bosrand.docx",
                mailer="Microsoft Outlook 16.0",
                cc="kris.desmet@example.com",
                body="Beste,\n\nIn bijlage vindt u het ingevulde kandidatuurformulier van VZW Bosrand.\n"
                     "Onze voorzitter staat in cc.\n\nMet vriendelijke groeten,\nSarah Vanlerberghe\n")
    add(fmt="docx_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # docx_form nl — bilingual 3-column table (NL | FR | answer); request only as income line
    m = lambda v: money(v, "nl_dash")
    exp = [("Marktkramen en partytent", 2600), ("Gereedschap en werkbanken repaircafé", 1150),
           ("Verzekering en vergunningen", 420), ("Communicatie (affiches, buurtkrant)", 680),
           ("Begeleiding opstart (Samenlevingsopbouw)", 1500)]
    inc = [("Standgelden", 350), ("Stad Staden", 500), ("Maak werk van je buurt! (aangevraagd)", 5500)]
    truth = dict(organisation="Buurtwerk Staden-Statie", contact_name="Hannelore Vercruysse",
                 email="hannelore.vercruysse@example.net", phone="0479 55 14 82", address="Seinhuisstraat 28",
                 postcode="8840", municipality="Staden", country="BE",
                 project_title="Buurtmarkt en repaircafé aan het station", requested=5500, total=6350)
    blocks = [
        HD(["Partons 2.0"], right=["Dossiernummer / N° de dossier:", ""]),
        T("Aanvraag - Demande"),
        S("Aanvrager", alt="Demandeur"),
        F("Naam", "Buurtwerk Staden-Statie", alt="Nom"),
        F("Adres", "Seinhuisstraat 28", alt="Adresse"),
        F("Postcode", "8840", alt="Code postal"),
        F("Gemeente", "Staden", alt="Commune"),
        S("Contactpersoon", alt="Personne de contact"),
        F("Naam", "Hannelore Vercruysse", alt="Nom"),
        F("Telefoon", "0479 55 14 82", alt="Téléphone"),
        F("E-mail", "hannelore.vercruysse@example.net", alt="Courriel"),
        S("Voorzitter", alt="Président"),
        F("Naam", "Ronny Degraeve", alt="Nom"),
        F("Telefoon", "051 70 11 35", alt="Téléphone"),
        S("Project", alt="Projet"),
        F("Titel", "Buurtmarkt en repaircafé aan het station", alt="Titre"),
        F("Doel", "Het stationsplein terug tot leven brengen met een maandelijkse buurtmarkt en een repaircafé in "
                  "de oude wachtzaal.", alt="Objectif"),
        F("Periode", "oktober 2019 - juni 2020", alt="Période"),
    ]
    blocks += [
        N("Vermeld de gevraagde steun bij de inkomsten. / Indiquez l'aide demandée dans les recettes."),
        TB(["Uitgaven / Dépenses", "€"], table_rows(exp, "nl_dash") + [["Totaal / Total", m(6350)]], widths=[3, 1],
           bold=[5]),
        TB(["Inkomsten / Recettes", "€"], table_rows(inc, "nl_dash") + [["Totaal / Total", m(6350)]], widths=[3, 1],
           bold=[3]),
        SG([("Datum / Date:", "8 juni 2019"), ("Handtekening / Signature:", None)]),
    ]
    style = dict(mode="table3", font="Trebuchet MS", size=10, lab_w=7.0, ans_w=11.0, shade="E2EFD9",
                 lab_shade="F2F2F2", accent="538135", author="Partons", created=(2019, 4, 2, 13, 20),
                 title_meta="Aanvraag - Demande", sec_color="375623")
    mail = dict(from_name="Hannelore Vercruysse", from_addr="hannelore.vercruysse@example.net",
                subject="Aanvraag Buurtwerk Staden-Statie",
                date=(2019, 6, 8, 10, 27, 44), att="Aanvraag Partons Buurtwerk Staden-Statie.docx",
                body="Beste,\n\nIn bijlage onze aanvraag voor de buurtmarkt en het repaircafé.\n\n"
                     "Vriendelijke groeten,\nHannelore Vercruysse\nBuurtwerk Staden-Statie\n")
    add(fmt="docx_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # odt_form nl — tab leader dots, answers in colour after the dots
    m = lambda v: money(v, "nl_eur_c")
    exp = [("8 zitbanken met bloembakken", 4480), ("Straatfeest (tent, muziek, drank)", 1950),
           ("Ontwerpavond met landschapsarchitect", 1100)]
    inc = [("Opbrengst straatfeest en ledengeld", 1530), ("Maak werk van je buurt", 6000)]
    truth = dict(organisation="Vriendenkring Elverdinge-Noord", contact_name="Bert Vanneste",
                 email="bert.vanneste@example.com", phone="057 42 63 17", address="Kasteelhoeve 5",
                 postcode="8906", municipality="Elverdinge", country="BE",
                 project_title="Straatfeest en zitbanken voor de Noordwijk", requested=6000, total=7530)
    blocks = [
        T("AANVRAAG MAAK WERK VAN JE BUURT"),
        N("In te vullen door de aanvrager. Alle rubrieken invullen a.u.b."),
        S("I. Vereniging"),
        F("Naam vereniging", "Vriendenkring Elverdinge-Noord"),
        F("Adres", "Kasteelhoeve 5"),
        F("Postnummer en gemeente", "8906 Elverdinge"),
        F("Voorzitter", "Jeroen Bouckaert"),
        F("Tel. voorzitter", "0475 29 83 40"),
        F("Secretaris / contactpersoon", "Bert Vanneste"),
        F("Tel. secretaris", "057 42 63 17"),
        F("E-mail secretaris", "bert.vanneste@example.com"),
        F("Penningmeester", "Marleen Dochy"),
        S("II. Project"),
        F("Titel", "Straatfeest en zitbanken voor de Noordwijk"),
        F("Korte uitleg", "Samen met de bewoners kiezen we 8 plekken voor zitbanken met bloembakken; de "
                          "onthulling gebeurt tijdens een groot straatfeest."),
        F("Totale kostprijs", m(7530)),
        F("Gevraagde steun", m(6000)),
        S("III. Begroting"),
        TB(["Uitgaven", "Bedrag"], table_rows(exp, "nl_eur_c") + [["Totaal", m(7530)]], widths=[3, 1], bold=[3]),
        TB(["Inkomsten", "Bedrag"], table_rows(inc, "nl_eur_c") + [["Totaal", m(7530)]], widths=[3, 1], bold=[2]),
        SG([("Elverdinge,", "19/05/2019")]),
    ]
    style = dict(mode="leader", font="DejaVu Sans", size=10, tab=7.0, ans_color="#c00000", accent="#000000",
                 lab_bold=True, author="Bert Vanneste", created="2019-05-19T08:55:00")
    mail = dict(from_name="Bert Vanneste", from_addr="bert.vanneste@example.com",
                subject="aanvraag vriendenkring Elverdinge-Noord",
                date=(2019, 5, 19, 10, 2, 9), att="AANVRAAG MWVJB vriendenkring.odt",
                body="Beste,\n\nHierbij de aanvraag van onze vriendenkring voor de zitbanken in de Noordwijk.\n\n"
                     "Bert Vanneste, secretaris\n")
    add(fmt="odt_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # odt_form nl — printed dots, bilingual stacked, no phone given for the contact
    truth = dict(organisation="Boezingse Buurtbende", contact_name="Katrien Sinnaeve",
                 email="katrien.sinnaeve@example.org", phone=None, address="Kanaaldreef 19",
                 postcode="8904", municipality="Boezinge", country="BE",
                 project_title="Dierenweide en kinderboerderijhoek voor de wijk", requested=4950, total=6200)
    blocks = [
        HD(["Partons 2.0 - Maak werk van je buurt!", "formulier / formulaire 2019"]),
        T("Projectidee", sub="Idée de projet"),
        S("Wie? / Qui ?"),
        F("Naam groep", "Boezingse Buurtbende", alt="Nom du groupe"),
        F("Adres", "Kanaaldreef 19", alt="Adresse"),
        R(F("Postcode", "8904"), F("Gemeente", "Boezinge")),
        F("Contactpersoon", "Katrien Sinnaeve", alt="Personne de contact"),
        F("Telefoon", "/", alt="Téléphone"),
        F("E-mail", "katrien.sinnaeve@example.org", alt="Courriel"),
        S("Wat? / Quoi ?"),
        F("Titel project", "Dierenweide en kinderboerderijhoek voor de wijk", alt="Titre du projet"),
        F("Beschrijving", "Op het braakliggende stuk achter de sporthal komt een kleine dierenweide met geiten en "
                          "kippen, verzorgd door een beurtrol van gezinnen uit de wijk.", alt="Description"),
        S("Hoeveel? / Combien ?"),
        F("Totaalbudget", money(6200, "nl_euro"), alt="Budget total"),
        F("Gevraagd", money(4950, "nl_euro"), alt="Demandé"),
        SG([("Datum / Date:", "13/06/2019")]),
    ]
    style = dict(mode="dots", font="Liberation Sans Narrow", size=10.5, ans_color="#2e75b6", bi="stack",
                 accent="#2e75b6", ndots=20, author="", created="2019-06-13T07:30:00")
    mail = dict(from_name="Katrien Sinnaeve", from_addr="katrien.sinnaeve@example.org",
                subject="Projectidee Boezingse Buurtbende",
                date=(2019, 6, 13, 8, 41, 30), att="projectidee buurtbende.odt",
                body="Beste,\n\nIn bijlage ons projectidee. Je kan mij best per mail bereiken.\n\n"
                     "Groetjes,\nKatrien\nBoezingse Buurtbende\n")
    add(fmt="odt_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # xlsx_form nl — answers on the row under the question, budget side by side
    exp = [("Hoogstambomen (40 stuks) + palen", 2360), ("Snoeicursus en begeleiding", 900),
           ("Boomgaardfeest", 1240), ("Infobord", 450)]
    inc = [("Dorpsgroep (eigen middelen)", 400), ("Maak werk van je buurt", 4550)]
    truth = dict(organisation="Dorpsgroep Wulveringem", contact_name="Stijn Boone",
                 email="stijn.boone@example.net", phone="0496/84 31 70", address="Beauvoordeweg 8",
                 postcode="8630", municipality="Wulveringem", country="BE",
                 project_title="Hoogstamboomgaard voor het dorp", requested=4550, total=4950)
    tb_inc = TB(["Inkomsten", "Bedrag"], [[a, v] for a, v in inc] + [["TOTAAL", 4950]], bold=[2])
    tb_inc["side"] = True
    blocks = [
        T("Fiche - Maak werk van je buurt! 2019"),
        F("1. Naam van de vereniging", "Dorpsgroep Wulveringem", under=True),
        F("2. Adres", "Beauvoordeweg 8", under=True),
        F("3. Postcode en gemeente", "8630 Wulveringem", under=True),
        F("4. Contactpersoon", "Stijn Boone", under=True),
        F("5. Gsm", "0496/84 31 70", under=True),
        F("6. E-mail", "stijn.boone@example.net", under=True),
        F("7. Voorzitter (naam, e-mail)", "Paul Ameloot, paul.ameloot@example.com", under=True),
        F("8. Titel van het project", "Hoogstamboomgaard voor het dorp", under=True),
        F("9. Wat willen jullie doen?", "Op het dorpsplein en langs de kerkwegel planten we een hoogstamboomgaard "
                                        "met oude fruitrassen; elk gezin kan een boom adopteren.", under=True, lines=2),
        F("10. Gevraagd bedrag", "€ 4.550", under=True),
        F("11. Totaal budget", "€ 4.950", under=True),
        PB(),
        TB(["Uitgaven", "Bedrag"], [[a, v] for a, v in exp] + [["TOTAAL", 4950]], bold=[4]),
        tb_inc,
    ]
    style = dict(lab_col=1, val_col=1, val_span=1, widths={"A": 90}, fill=None, val_border=True,
                 sec_fill="A9D08E", sec_font="000000", creator="Stijn Boone", created=(2019, 5, 25, 20, 0),
                 budget_layout="side", b_widths={"A": 36, "B": 12, "C": 4, "D": 36, "E": 12},
                 num_fmt='"€" #,##0', ans_color="0070C0", lab_bold=True)
    mail = dict(from_name="Stijn Boone", from_addr="stijn.boone@example.net",
                subject="Fiche dorpsgroep Wulveringem",
                date=(2019, 5, 26, 21, 33, 7), att="fiche_dorpsgroep_wulveringem.xlsx",
                body="Dag,\n\nHierbij onze fiche in Excel (2 tabbladen).\n\nMvg\nStijn Boone\n")
    add(fmt="xlsx_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # pdf_letter nl — Word form with dotted leaders, answers after the dots
    m = lambda v: money(v, "nl_cents")
    truth = dict(organisation="Mesen Bloeit", contact_name="Ilse Vandenbroucke",
                 email="ilse.vandenbroucke@example.com", phone="057 66 21 09", address="Vestingstraatje 3",
                 postcode="8957", municipality="Mesen", country="BE",
                 project_title="Bloembakken en stadstuin in het kleinste stadje", requested=3750.50, total=4980.50)
    blocks = [
        T("Inschrijvingsformulier projectenoproep", sub="Maak werk van je buurt! - Partons 2.0"),
        S("Gegevens"),
        F("Naam van de groep", "Mesen Bloeit"),
        F("Adres van de groep", "Vestingstraatje 3"),
        F("Postcode en gemeente", "8957 Mesen"),
        F("Verantwoordelijke", "Ilse Vandenbroucke"),
        F("Telefoon", "057 66 21 09"),
        F("E-mail", "ilse.vandenbroucke@example.com"),
        F("Tweede verantwoordelijke", "Noël Verhelst, 0470 28 16 59"),
        S("Project"),
        F("Titel", "Bloembakken en stadstuin in het kleinste stadje"),
        F("Uitleg", "In de straten rond de markt hangen we met de bewoners bloembakken aan de gevels, en de "
                    "verwaarloosde hoek achter het stadhuis wordt een stadstuin met zitplek.", under=True, lines=2),
        F("Totaal budget", m(4980.50)),
        F("Gevraagde subsidie", m(3750.50)),
        F("Eigen inbreng", m(1230)),
        SG([("Mesen, 7 juni 2019", None)]),
    ]
    style = dict(lab="left", lab_w=160, grid=False, dots=True, font="Serif", bold="Serif-Bold", ital="Serif-Italic",
                 size=11, accent=(0.2, 0.35, 0.1), header="rule", sec="under", ans_font="Sans",
                 ans_color=(0.0, 0.2, 0.6), producer="Microsoft® Word 2010", creator="Microsoft® Word 2010",
                 author="Ilse", title_meta="Inschrijvingsformulier", epoch=1559900000, pageno=None)
    mail = dict(from_name="Ilse Vandenbroucke", from_addr="ilse.vandenbroucke@example.com",
                subject="Inschrijving Mesen Bloeit",
                date=(2019, 6, 7, 14, 12, 55), att="Inschrijvingsformulier Mesen Bloeit.pdf",
                body="Goeiemiddag,\n\nIn bijlage het inschrijvingsformulier van Mesen Bloeit.\n\n"
                     "Met bloemrijke groeten,\nIlse Vandenbroucke\n")
    add(fmt="pdf_letter", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # pdf_letter nl — numbered questions, answers in table cells under each question
    m = lambda v: money(v, "nl_plain")
    exp = [("Vorming vrijwilligers (bezoekdienst)", 850), ("Vervoer naar activiteiten", 2300),
           ("Maandelijkse buurtmaaltijd (10 x)", 3400), ("Bevraging ouderen (enquête)", 1200)]
    inc = [("Deelnemersbijdragen", 1100), ("Stad Wervik - seniorenraad", 750), ("Maak werk van je buurt", 5900)]
    truth = dict(organisation="Buurtcomité Hogeweg", contact_name="Mieke Vandecasteele",
                 email="mieke.vandecasteele@example.net", phone="0473 60 58 12", address="Hogeweg 142",
                 postcode="8940", municipality="Geluwe", country="BE",
                 project_title="Niemand alleen in de Hogeweg", requested=5900, total=7750)
    blocks = [
        HD(["Buurtcomité Hogeweg"]),
        T("Aanvraag projectsubsidie", sub="projectenoproep Maak werk van je buurt! (Westhoek)"),
        F("Naam van de aanvrager (vereniging)", "Buurtcomité Hogeweg", num="1.", under=True),
        F("Adres van de vereniging", "Hogeweg 142, 8940 Geluwe", num="2.", under=True),
        F("Contactpersoon - naam, gsm en e-mail",
          "Mieke Vandecasteele, gsm 0473 60 58 12, mieke.vandecasteele@example.net", num="3.", under=True),
        F("Voorzitter en penningmeester",
          "voorzitter: Willy Vanhaecke (056 31 24 87) - penningmeester: Gino Coussement", num="4.", under=True),
        F("Titel van het project", "Niemand alleen in de Hogeweg", num="5.", under=True),
        F("Beschrijving",
          "Een bezoekdienst door buren voor alleenstaande ouderen, een maandelijkse buurtmaaltijd in het "
          "parochiecentrum en vervoer voor wie niet meer zelf kan rijden. Eerst bevragen we alle 75-plussers "
          "van de wijk.", num="6.", under=True, lines=3),
        S("7. Begroting"),
        TB(["Uitgaven", "Euro"], table_rows(exp, "nl_plain") + [["Totaal", m(7750)]], widths=[3, 1], bold=[4]),
        TB(["Inkomsten", "Euro"], table_rows(inc, "nl_plain") + [["Totaal", m(7750)]], widths=[3, 1], bold=[3]),
        F("Gevraagd bedrag", m(5900) + " euro", num="8.", under=True),
        SG([("Geluwe, 30 mei 2019", None), ("Mieke Vandecasteele", None)]),
    ]
    style = dict(lab="above", grid=True, font="Sans", bold="Sans-Bold", ital="Sans-Italic", size=10,
                 accent=(0.0, 0.0, 0.0), header="plain", sec="grey", producer="Microsoft® Word 2016",
                 creator="Microsoft® Word 2016", author="Mieke", title_meta="Aanvraag projectsubsidie",
                 epoch=1559200000, pageno="{}")
    mail = dict(from_name="Willy Vanhaecke", from_addr="willy.vanhaecke@example.com",
                subject="Aanvraag projectsubsidie buurtcomité Hogeweg",
                date=(2019, 5, 30, 19, 49, 21), att="Aanvraag projectsubsidie Hogeweg.pdf",
                body="Geachte,\n\nNamens het buurtcomité Hogeweg stuur ik u onze aanvraag. Mieke Vandecasteele is "
                     "de contactpersoon voor dit project.\n\nMet vriendelijke groeten,\nWilly Vanhaecke\n"
                     "voorzitter\n056 31 24 87\n")
    add(fmt="pdf_letter", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# French side
# =====================================================================================
def _c():  # pdf_form fr — labels under underlined boxes, Nom / Prénom separate
    truth = dict(organisation="Vivre ensemble au Faubourg", contact_name="Élodie Verbrugghe",
                 email="elodie.verbrugghe@example.org", phone="06 47 30 92 15", address="25 rue des Remparts-Sud",
                 postcode="59380", municipality="Bergues", country="FR",
                 project_title="Conciergerie solidaire de quartier", requested=8800, total=11350, composed_name=True)
    m = lambda v: money(v, "fr_plain")
    blocks = [
        HD(["Appel à projets transfrontalier Partons 2.0", "Villages et quartiers vivants - Nord"]),
        T("FORMULAIRE DE CANDIDATURE"),
        S("Le porteur"),
        F("Dénomination de l'association", "Vivre ensemble au Faubourg"),
        R(F("N° et rue du siège", "25 rue des Remparts-Sud", w=3), F("Code postal", "59380", w=1),
          F("Commune", "Bergues", w=2)),
        R(F("Président(e) - nom et prénom", "Michel Deroo", w=2), F("Téléphone", "03 28 68 51 40", w=1)),
        N("Personne chargée du suivi du dossier"),
        R(F("Nom", "Verbrugghe", w=1), F("Prénom", "Élodie", w=1), F("Fonction", "coordinatrice bénévole", w=1)),
        R(F("Téléphone", "06 47 30 92 15", w=1), F("Courriel", "elodie.verbrugghe@example.org", w=2)),
        S("Le projet"),
        F("Titre", "Conciergerie solidaire de quartier"),
        F("Présentation", "Un local ouvert trois demi-journées par semaine où les habitants déposent et "
                          "récupèrent colis, clés, prêts d'outils, et trouvent un coup de main pour les démarches "
                          "en ligne.", lines=3),
        F("Partenaires", "Centre social, bailleur, deux commerçants du faubourg"),
        S("Le financement"),
        R(F("Coût total du projet (€)", m(11350)), F("Aide sollicitée (€)", m(8800))),
        F("Autres financements (€)", "Ville : 1 500 - fonds propres : 1 050"),
        SG([("Date", "22/05/2019"), ("Signature du président", None)]),
    ]
    style = dict(header="band", lab="below", names="Texte{}", name_start=1, accent=(0.55, 0.0, 0.15),
                 font="Sans", size=9.5, ffill=None, bstyle="underlined", fborder=(0.1, 0.1, 0.1), tip="label",
                 sec="under", epoch=1558500000, producer="Adobe Acrobat 11.0.23", pageno="{}/1")
    mail = dict(from_name="Élodie Verbrugghe", from_addr="elodie.verbrugghe@example.org",
                subject="Candidature Partons 2.0 - Conciergerie solidaire Bergues",
                date=(2019, 5, 22, 9, 16, 47), att="Formulaire candidature Vivre ensemble au Faubourg.pdf",
                body="Bonjour,\n\nVeuillez trouver en pièce jointe notre formulaire de candidature.\n\n"
                     "Bien à vous,\nÉlodie Verbrugghe\n")
    add(fmt="pdf_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # pdf_form fr — bilingual FR/NL stacked labels above, only the request given
    truth = dict(organisation="Club de l'amitié des Dunes", contact_name="Josiane Mortier",
                 email="josiane.mortier@example.net", phone="03 28 26 74 08", address="8 avenue des Oyats",
                 postcode="59123", municipality="Bray-Dunes", country="FR",
                 project_title="Navette solidaire vers le marché et les commerces", requested=9000, total=None)
    blocks = [
        HD(["Partons 2.0", "Fiche d'intention / Intentieformulier"], logo=("round", "P2.0")),
        T("Fiche d'intention de projet"),
        N("Cette fiche permet au comité de sélection d'apprécier votre idée. Un budget détaillé sera demandé aux "
          "projets retenus. / Met deze fiche beoordeelt het selectiecomité uw idee. Een gedetailleerde begroting "
          "wordt gevraagd aan de geselecteerde projecten.", box=True),
        F("Nom de l'association", "Club de l'amitié des Dunes", alt="Naam vereniging"),
        F("Adresse", "8 avenue des Oyats", alt="Adres"),
        R(F("Code postal", "59123", alt="Postcode"), F("Commune", "Bray-Dunes", alt="Gemeente")),
        F("Responsable du projet", "Josiane Mortier", alt="Projectverantwoordelijke"),
        R(F("Téléphone", "03 28 26 74 08", alt="Telefoon"), F("Courriel", "josiane.mortier@example.net",
                                                                alt="E-mail")),
        F("Président(e)", "Raymond Bossaert - raymond.bossaert@example.com", alt="Voorzitter"),
        F("Titre du projet", "Navette solidaire vers le marché et les commerces", alt="Titel project"),
        F("Résumé", "Des bénévoles conduisent chaque semaine les personnes isolées de la commune vers le marché, "
                    "les commerces et le cabinet médical, avec un minibus prêté par la commune.",
          alt="Samenvatting", lines=3),
        F("Montant demandé (EUR)", "9 000,00", alt="Gevraagd bedrag (EUR)"),
        SG([("Date / Datum", "04/06/2019")]),
    ]
    style = dict(header="plain", lab="above", bi="stack", names="untitled{}", name_start=1, accent=(0.0, 0.4, 0.6),
                 font="Helvetica", bold="Helvetica-Bold", ital="Helvetica-Oblique", size=9.5,
                 ffill=(0.93, 0.97, 1.0), fborder=(0.5, 0.6, 0.7), tip="none", sec="bar", ffont="Helvetica",
                 epoch=1559600000, producer="PDFill PDF Editor", pageno=None)
    mail = dict(from_name="Josiane Mortier", from_addr="josiane.mortier@example.net",
                subject="fiche d'intention navette solidaire",
                date=(2019, 6, 4, 16, 50, 2), att="Fiche intention Club amitié des Dunes.pdf",
                body="Bonjour,\n\nJe vous envoie la fiche d'intention du Club de l'amitié pour notre navette "
                     "solidaire.\n\nCordialement\nJosiane Mortier\n")
    add(fmt="pdf_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # pdf_form fr — people grid (names by position only), budget charges/produits, request as income line
    m = lambda v: money(v, "fr_plain_c")
    charges = [["Aménagement du local (mobilier, cloisons)", m(5400)], ["Équipement numérique", m(2950)],
               ["Animation et médiation (prestataire)", m(1800)], ["Communication et inauguration", m(650)],
               ["Total des charges", m(10800)]]
    produits = [["Adhésions et location des postes", m(1300)], ["Commune d'Estaires", m(2000)],
                ["Appel à projets Partons 2.0", m(7500)], ["Total des produits", m(10800)]]
    truth = dict(organisation="Lys et Vie de quartier", contact_name="Nicolas Wallart",
                 email="nicolas.wallart@example.com", phone="07 81 46 29 53", address="12 rue du Halage",
                 postcode="59940", municipality="Estaires", country="FR",
                 project_title="Tiers-lieu associatif et coworking rural", requested=7500, total=10800)
    blocks = [
        HD(["Dossier de candidature 2019", "Villages et quartiers vivants"],
           right=["Partie réservée", "Date d'arrivée :", "Référence :"]),
        T("Appel à projets - candidature"),
        S("A - Association"),
        F("Nom complet de l'association", "Lys et Vie de quartier"),
        F("Numéro RNA", "W595021190"),
        F("Siège social : n°, voie", "12 rue du Halage"),
        R(F("Code postal", "59940", w=1), F("Localité", "Estaires", w=3)),
        S("B - Interlocuteurs"),
        N("Indiquez ci-dessous le président, le trésorier et la personne à contacter pour le suivi du dossier."),
        TB(["Rôle", "Nom et prénom", "Téléphone", "Courriel"],
           [["Président", "Hubert Caron", "03 28 48 17 26", "hubert.caron@example.org"],
            ["Trésorière", "Sylvie Delplace", "06 15 82 47 30", "sylvie.delplace@example.net"],
            ["Contact dossier", "Nicolas Wallart", "07 81 46 29 53", "nicolas.wallart@example.com"]],
           widths=[1.2, 1.8, 1.3, 2.4]),
        S("C - Projet"),
        F("Intitulé du projet", "Tiers-lieu associatif et coworking rural"),
        F("Description", "Ouvrir dans l'ancienne poste un tiers-lieu : six postes de coworking pour les "
                         "télétravailleurs, un espace pour les associations et une permanence numérique pour les "
                         "habitants.", lines=3),
        S("D - Budget prévisionnel"),
        TB(["Charges", "Montant (€)"], charges, widths=[3, 1], bold=[4]),
        TB(["Produits", "Montant (€)"], produits, widths=[3, 1], bold=[3],
           note="La subvention sollicitée est à faire figurer dans les produits."),
        SG([("Fait à Estaires, le", "26/05/2019")]),
    ]
    style = dict(header="rule", lab="left", lab_w=165, names="Champ de texte {}", name_start=1, name_step=1,
                 accent=(0.15, 0.35, 0.15), font="Narrow", bold="Narrow-Bold", ital="Sans-Italic", size=10,
                 ffill=(0.95, 0.98, 0.95), fborder=(0.3, 0.45, 0.3), tip="none", sec="grey",
                 epoch=1558800000, producer="Foxit PhantomPDF 9.5", pageno="{}")
    mail = dict(from_name="Nicolas Wallart", from_addr="nicolas.wallart@example.com",
                subject="Dossier de candidature - tiers-lieu Estaires",
                date=(2019, 5, 26, 17, 3, 39), att="Dossier candidature Lys et Vie.pdf",
                mailer="Mozilla Thunderbird 60.7.0",
                body="Madame, Monsieur,\n\nJe vous prie de trouver ci-joint le dossier de candidature de Lys et Vie "
                     "de quartier.\n\nCordialement,\nNicolas Wallart\n")
    add(fmt="pdf_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # docx_form fr — numbered questions, answer typed under a printed dotted line
    m = lambda v: money(v, "fr_e_pre")
    truth = dict(organisation="Foyer culturel de Steenwerck", contact_name="Laurence Deblock",
                 email="laurence.deblock@example.net", phone="03 28 50 21 94", address="4 sentier des Orties",
                 postcode="59181", municipality="Steenwerck", country="FR",
                 project_title="Fête des voisins et troc de plantes", requested=2600, total=3150)
    blocks = [
        HD(["Foyer culturel"], right=None),
        T("Questionnaire de candidature", sub="Appel à projets Partons 2.0 - villages vivants"),
        N("Répondez sous chaque question, sur les pointillés."),
        S("1. Votre structure"),
        F("Nom de la structure", "Foyer culturel de Steenwerck", num="1.1"),
        F("Adresse complète du siège", "4 sentier des Orties, 59181 Steenwerck", num="1.2"),
        F("Qui préside la structure ?", "Benoît Vanuxem (06 86 14 57 22)", num="1.3"),
        S("2. Contact"),
        F("Qui est la personne à contacter ?", "Laurence Deblock", num="2.1"),
        F("Son téléphone", "03 28 50 21 94", num="2.2"),
        F("Son adresse électronique", "laurence.deblock@example.net", num="2.3"),
        S("3. Votre projet"),
        F("Quel est le titre de votre projet ?", "Fête des voisins et troc de plantes", num="3.1"),
        F("Décrivez-le en quelques lignes", "Une journée de troc de plantes, graines et boutures dans le jardin "
                                           "du foyer, suivie d'un repas partagé entre voisins ; une grainothèque "
                                           "permanente prend le relais toute l'année.", num="3.2"),
        F("Quel est son coût total ?", m(3150), num="3.3"),
        F("Quel montant demandez-vous ?", m(2600), num="3.4"),
        SG([("Le", "03/05/2019"), ("Signature :", None)]),
    ]
    style = dict(mode="under", font="Garamond", size=11.5, ans_color="375623", under_dots=True, accent="375623",
                 author="Foyer culturel", created=(2019, 4, 28, 15, 0), title_meta="Questionnaire")
    mail = dict(from_name="Laurence Deblock", from_addr="laurence.deblock@example.net",
                subject="Questionnaire candidature Foyer culturel Steenwerck",
                date=(2019, 5, 3, 18, 20, 15), att="Questionnaire_candidature_Foyer_culturel.docx",
                body="Bonjour,\n\nVoici notre questionnaire de candidature rempli.\n\nBonne soirée,\n"
                     "Laurence Deblock\n")
    add(fmt="docx_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # docx_form fr — Cerfa-like table with SIRET digit boxes, Nom/Prénom separate
    m = lambda v: money(v, "fr_cents")
    charges = [["60 - Achats (tablettes, ordinateurs portables)", m(4200)], ["61 - Locations, assurance", m(480)],
               ["62 - Honoraires de l'animateur numérique", m(3600)], ["64 - Charges de personnel", ""],
               ["Total des charges", m(8280)]]
    produits = [["70 - Participation des usagers", m(380)], ["74 - Commune de Ghyvelde", m(1000)],
                ["74 - Fonds européens (Partons 2.0)", m(6900)], ["Total des produits", m(8280)]]
    truth = dict(organisation="Ghyvelde Solidarité Seniors", contact_name="Christiane Vasseur",
                 email="christiane.vasseur@example.com", phone="06 03 58 71 44", address="17 rue des Moëres",
                 postcode="59254", municipality="Ghyvelde", country="FR",
                 project_title="Atelier numérique et café des aînés", requested=6900, total=8280, composed_name=True)
    blocks = [
        HD(["Demande de subvention", "Fiche 1 - Présentation de l'association"],
           right=["Cadre réservé à l'administration", "Date de réception :"]),
        T("Demande de subvention - appel à projets Partons 2.0"),
        S("Identification de l'association"),
        F("Nom - Dénomination", "Ghyvelde Solidarité Seniors"),
        F("Sigle", "GSS"),
        F("Adresse du siège social", "17 rue des Moëres"),
        F("Code postal", "59254"),
        F("Commune", "Ghyvelde"),
    ]
    blocks += [
        BX("Numéro SIRET", "83906152400014", 14),
        S("Identification du représentant légal"),
        F("Nom", "Lagache"),
        F("Prénom", "Gérard"),
        F("Fonction", "Président"),
        F("Téléphone", "03 28 26 13 85"),
        S("Personne chargée du présent dossier"),
        F("Nom", "Vasseur"),
        F("Prénom", "Christiane"),
        F("Fonction", "Vice-présidente"),
        F("Téléphone", "06 03 58 71 44"),
        F("Courriel", "christiane.vasseur@example.com"),
        S("Description de l'action"),
        F("Intitulé", "Atelier numérique et café des aînés"),
        F("Objectifs", "Rompre l'isolement des aînés et les accompagner dans leurs démarches en ligne, autour d'un "
                       "café hebdomadaire animé par des jeunes bénévoles et un animateur numérique."),
        TB(["Charges", "Montant"], charges, widths=[3, 1], bold=[4], title="Budget prévisionnel de l'action"),
        TB(["Produits", "Montant"], produits, widths=[3, 1], bold=[3]),
        SG([("Fait à Ghyvelde, le", "14 juin 2019"), ("Signature :", None)]),
    ]
    style = dict(mode="table2", font="Times New Roman", size=11, lab_w=5.5, ans_w=11.0, shade="D9D9D9",
                 head_shade="BFBFBF", lab_shade="F2F2F2", accent="000000", author="GSS",
                 created=(2019, 6, 12, 9, 30), title_meta="Demande de subvention", label_colon=" :")
    mail = dict(from_name="Christiane Vasseur", from_addr="christiane.vasseur@example.com",
                subject="Demande de subvention Ghyvelde Solidarité Seniors",
                date=(2019, 6, 14, 16, 25, 48), att="Demande de subvention GSS.docx",
                mailer="Microsoft Outlook 16.0",
                body="Madame, Monsieur,\n\nVous trouverez ci-joint notre demande de subvention pour l'atelier "
                     "numérique et café des aînés.\n\nRestant à votre disposition,\nChristiane Vasseur\n"
                     "Vice-présidente GSS\n")
    add(fmt="docx_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # docx_form fr — bilingual "FR / NL" labels with tab leader dots, answered in French
    m = lambda v: money(v, "fr_euros")
    truth = dict(organisation="Renescure en Transition", contact_name="Guillaume Dewaele",
                 email="guillaume.dewaele@example.org", phone="06 92 37 15 68", address="2 ruelle du Moulin-Blanc",
                 postcode="59173", municipality="Renescure", country="FR",
                 project_title="Grainothèque et vergers de rue", requested=5300, total=6480)
    blocks = [
        HD(["Partons 2.0 - Interreg V"]),
        T("Candidature  /  Kandidatuur", sub="Villages vivants  -  Leefbare dorpen"),
        S("Association", alt="Vereniging"),
        F("Nom", "Renescure en Transition", alt="Naam"),
        F("Adresse", "2 ruelle du Moulin-Blanc", alt="Adres"),
        F("Code postal", "59173", alt="Postcode"),
        F("Commune", "Renescure", alt="Gemeente"),
        S("Contact", alt="Contact"),
        F("Nom", "Guillaume Dewaele", alt="Naam"),
        F("Téléphone", "06 92 37 15 68", alt="Telefoon"),
        F("Courriel", "guillaume.dewaele@example.org", alt="E-mail"),
        F("Président(e)", "Anne-Sophie Leroy, annesophie.leroy@example.net", alt="Voorzitter"),
        S("Projet", alt="Project"),
        F("Titre", "Grainothèque et vergers de rue", alt="Titel"),
        F("Description", "Une grainothèque dans la médiathèque et des arbres fruitiers plantés dans les rues avec "
                         "les riverains, qui en assurent l'entretien et partagent la récolte.", alt="Beschrijving"),
        F("Coût total", m(6480), alt="Totale kost"),
        F("Montant demandé", m(5300), alt="Gevraagd bedrag"),
        SG([("Date / Datum :", "24/05/2019")]),
    ]
    style = dict(mode="leader", font="Cambria", size=10.5, tab=8.0, ans_color="7030A0", bi="slash",
                 accent="7030A0", author="R en T", created=(2019, 5, 23, 18, 0), title_meta="Candidature")
    mail = dict(from_name="Guillaume Dewaele", from_addr="guillaume.dewaele@example.org",
                subject="Candidature Renescure en Transition",
                date=(2019, 5, 24, 12, 40, 10), att="candidature RenescureEnTransition.docx",
                body="Bonjour,\n\nCi-joint notre candidature (grainothèque et vergers de rue).\n\n"
                     "Au plaisir,\nGuillaume Dewaele\n")
    add(fmt="docx_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # odt_form fr — table with shaded labels and hints; request only as a 'recettes' line
    m = lambda v: money(v, "fr_eur")
    dep = [("Conception du sentier (bureau d'études paysage)", 3900), ("Pupitres et panneaux", 3350),
           ("Balades de concertation avec les habitants", 600), ("Impression du guide", 1150)]
    rec = [("Association (fonds propres)", 700), ("Communauté de communes", 1500),
           ("Partons 2.0 - villages vivants", 6800)]
    truth = dict(organisation="Watten Rando Patrimoine", contact_name="Francine Hochart",
                 email="francine.hochart@example.com", phone="03 21 88 40 63", address="5 quai des Bateliers",
                 postcode="59143", municipality="Watten", country="FR",
                 project_title="Sentier d'interprétation du canal", requested=6800, total=9000)
    blocks = [
        T("Dossier de candidature", sub="Appel à projets Partons 2.0"),
        S("1. L'association"),
        F("Nom", "Watten Rando Patrimoine", hint="tel qu'il figure dans les statuts"),
        F("Adresse du siège", "5 quai des Bateliers", hint="numéro et voie"),
        F("CP - Commune", "59143 Watten"),
        F("Président", "Yves Dupuis - 03 21 88 12 50"),
        S("2. Personne à contacter"),
        F("Nom, prénom", "Francine Hochart", hint="personne qui suivra le dossier"),
        F("Téléphone", "03 21 88 40 63"),
        F("Courriel", "francine.hochart@example.com"),
        F("Adresse postale (si différente du siège)", "19 rue de la Colme, 59143 Watten"),
        S("3. Le projet"),
        F("Intitulé", "Sentier d'interprétation du canal"),
        F("Résumé", "Un sentier de 4 km le long du canal et de l'Aa, avec des pupitres conçus avec les habitants "
                    "et les écoles sur l'histoire de la batellerie."),
        S("4. Budget"),
        N("La subvention sollicitée doit apparaître dans les recettes.", box=False),
        TB(["Dépenses", "Montant"], table_rows(dep, "fr_eur") + [["TOTAL", m(9000)]], widths=[3, 1], bold=[4]),
        TB(["Recettes", "Montant"], table_rows(rec, "fr_eur") + [["TOTAL", m(9000)]], widths=[3, 1], bold=[3]),
        SG([("Date :", "09/05/2019"), ("Signature :", None)]),
    ]
    style = dict(mode="table2", font="Liberation Serif", size=11, lab_w=5.0, ans_w=11.5, accent="#7f6000",
                 shade="#fff2cc", lab_shade="#fff2cc", lab_bold=False, nl_names=False, notes_in_table=True,
                 author="F. Hochart", created="2019-05-09T13:15:00",
                 generator="LibreOffice/6.1.5.2$Windows_X86_64 LibreOffice_project/90f8dcf33c87b3705e78202e3df5142b201bd805")
    mail = dict(from_name="Francine Hochart", from_addr="francine.hochart@example.com",
                subject="Dossier de candidature Watten Rando Patrimoine",
                date=(2019, 5, 9, 14, 30, 0), att="Dossier candidature WRP sentier canal.odt",
                body="Bonjour,\n\nVeuillez trouver ci-joint notre dossier de candidature pour le sentier du canal.\n\n"
                     "Cordialement,\nFrancine Hochart\n")
    add(fmt="odt_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # odt_form fr — printed dots, answers typed after them in colour
    m = lambda v: money(v, "fr_plain")
    truth = dict(organisation="Pitgam Animation", contact_name="Damien Bollengier",
                 email="damien.bollengier@example.net", phone="06 28 71 53 09", address="1 chemin du Blootland",
                 postcode="59284", municipality="Pitgam", country="FR",
                 project_title="Fête de la moisson et marché du terroir", requested=4450, total=5900)
    blocks = [
        HD(["PITGAM ANIMATION", "association loi 1901"]),
        T("Fiche de candidature", sub="appel à projets Partons 2.0"),
        F("Nom de l'association", "Pitgam Animation"),
        F("Adresse", "1 chemin du Blootland"),
        R(F("Code postal", "59284"), F("Commune", "Pitgam")),
        F("Président", "Jacques Delannoy"),
        F("Tél. du président", "03 28 62 90 31"),
        F("Secrétaire (contact)", "Damien Bollengier"),
        F("Portable", "06 28 71 53 09"),
        F("Mail", "damien.bollengier@example.net"),
        F("Titre du projet", "Fête de la moisson et marché du terroir"),
        F("Résumé", "Une fête de village autour de la moisson avec un marché de producteurs, des démonstrations "
                    "de battage à l'ancienne et un repas champêtre préparé par les habitants."),
        F("Coût total (euros)", m(5900)),
        F("Montant demandé (euros)", m(4450)),
        SG([("Pitgam, le", "28/05/2019")]),
    ]
    style = dict(mode="dots", font="Liberation Sans", size=10, ans_color="#0070c0", ndots=25, accent="#0070c0",
                 lab_bold=False, nl_names=False, author="", created="2019-05-28T10:00:00")
    mail = dict(from_name="Damien Bollengier", from_addr="damien.bollengier@example.net",
                subject="candidature Pitgam Animation",
                date=(2019, 5, 28, 11, 20, 37), att="fiche candidature Pitgam Animation.odt",
                body="Bonjour,\n\nCi-joint la fiche de candidature de Pitgam Animation.\n\nDamien Bollengier\n")
    add(fmt="odt_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # xlsx_form fr — FR | NL label columns, budget side by side with SUM formulas (cached values)
    dep = [("Achat de 6 vélos à assistance électrique", 8400), ("Abri sécurisé", 2150), ("Assurance et entretien",
                                                                                      940), ("Communication", 510)]
    rec = [("Locations (estimation 1re année)", 600), ("Commune de Morbecque", 2000), ("Appel à projets Partons 2.0",
                                                                                       9400)]
    total = sum(v for _, v in dep)
    truth = dict(organisation="Morbecque à Vélo", contact_name="Pierre-Yves Lambin",
                 email="pierre-yves.lambin@example.com", phone="06 40 19 83 27", address="46 rue de la Forêt-Basse",
                 postcode="59190", municipality="Morbecque", country="FR",
                 project_title="Vélos électriques en prêt pour les habitants sans voiture", requested=9400,
                 total=total)
    tb_rec = TB(["Recettes / Inkomsten", "Montant €"], [[a, v] for a, v in rec] + [["Total", {"sum": True, "v": total}]],
                bold=[3])
    tb_rec["side"] = True
    blocks = [
        T("Fiche projet / Projectfiche"),
        S("Porteur de projet", alt="Projectindiener"),
        F("Nom de l'association", "Morbecque à Vélo", alt="Naam vereniging"),
        F("Adresse", "46 rue de la Forêt-Basse", alt="Adres"),
        F("Code postal", 59190, alt="Postcode"),
        F("Commune", "Morbecque", alt="Gemeente"),
        F("Pays", "France", alt="Land"),
        S("Contact", alt="Contact"),
        F("Nom et prénom", "Pierre-Yves Lambin", alt="Naam"),
        F("Téléphone", "06 40 19 83 27", alt="Telefoon"),
        F("Courriel", "pierre-yves.lambin@example.com", alt="E-mail"),
        F("Président(e)", "Véronique Catteau", alt="Voorzitter"),
        F("Trésorier(ère)", "Jean-Marc Sockeel", alt="Penningmeester"),
        S("Projet", alt="Project"),
        F("Titre", "Vélos électriques en prêt pour les habitants sans voiture", alt="Titel"),
        F("Résumé", "Six vélos électriques prêtés à la semaine aux habitants sans voiture, en priorité aux "
                    "jeunes en apprentissage et aux demandeurs d'emploi.", alt="Samenvatting", lines=2),
        N("Le budget est détaillé dans l'onglet Budget. / De begroting staat op het tabblad Budget."),
        PB(),
        TB(["Dépenses / Uitgaven", "Montant €"], [[a, v] for a, v in dep] + [["Total", {"sum": True, "v": total}]],
           bold=[4]),
        tb_rec,
    ]
    style = dict(lab_col=1, alt_col=2, val_col=3, val_span=1, widths={"A": 26, "B": 26, "C": 60}, fill="E2EFDA",
                 sec_fill="548235", creator="PY Lambin", created=(2019, 6, 9, 15, 20), budget_layout="side",
                 b_widths={"A": 40, "B": 14, "C": 4, "D": 36, "E": 14}, num_fmt='#,##0.00 €')
    mail = dict(from_name="Pierre-Yves Lambin", from_addr="pierre-yves.lambin@example.com",
                subject="Fiche projet Morbecque à Vélo",
                date=(2019, 6, 9, 16, 45, 18), att="Fiche projet Morbecque a Velo.xlsx",
                body="Bonjour,\n\nVous trouverez ci-joint la fiche projet de Morbecque à Vélo (deux onglets : Fiche "
                     "et Budget).\n\nCordialement,\nPierre-Yves Lambin\n")
    add(fmt="xlsx_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# -------------------------------------------------------------------------------------
def _c():  # pdf_letter fr — municipal form filled in Word, separate correspondence address
    m = lambda v: money(v, "fr_cents")
    dep = [("Matériaux (peinture, sol, isolation)", 5200), ("Mobilier et électroménager", 2600),
           ("Encadrement chantier participatif", 2400), ("Inauguration", 300)]
    rec = [("Ville de Bourbourg", 1500), ("Fonds propres", 600), ("Appel à projets Partons 2.0", 8400)]
    truth = dict(organisation="Bourbourg Jeunesse Avenir", contact_name="Kévin Marquis",
                 email="kevin.marquis@example.org", phone="06 75 02 48 91", address="33 rue des Écluses",
                 postcode="59630", municipality="Bourbourg", country="FR",
                 project_title="Rénovation participative du local des jeunes", requested=8400, total=10500)
    blocks = [
        HD(["DEMANDE DE SUBVENTION EXCEPTIONNELLE", "Associations"], right=["Réservé au service",
                                                                            "N° :", "Reçu le :"]),
        T("Projet : appel à projets Partons 2.0"),
        S("Association"),
        F("Nom de l'association", "Bourbourg Jeunesse Avenir"),
        F("Adresse du siège social", "33 rue des Écluses"),
        F("Code postal et ville", "59630 Bourbourg"),
        F("Adresse de correspondance", "Maison des associations, 2 place du Marché-aux-Grains, 59630 Bourbourg"),
        F("N° RNA", "W595017733"),
        S("Responsables"),
        F("Président", "Samir Haddou"),
        F("Téléphone président", "03 28 22 47 05"),
        F("Responsable du projet", "Kévin Marquis"),
        F("Téléphone", "06 75 02 48 91"),
        F("Courriel", "kevin.marquis@example.org"),
        S("Projet"),
        F("Intitulé", "Rénovation participative du local des jeunes"),
        F("Description", "Les jeunes de 14 à 20 ans rénovent eux-mêmes, avec un encadrant et des habitants "
                         "bénévoles, l'ancien local de la rue du Port pour en faire un lieu ouvert à tous les "
                         "âges.", lines=3),
        F("Montant sollicité", m(8400)),
        S("Budget prévisionnel"),
        TB(["Dépenses", "Montant"], table_rows(dep, "fr_cents") + [["Total", m(10500)]], widths=[3, 1], bold=[4]),
        TB(["Recettes", "Montant"], table_rows(rec, "fr_cents") + [["Total", m(10500)]], widths=[3, 1], bold=[3]),
        SG([("Fait à Bourbourg, le 12 juin 2019", None), ("Le président", None)]),
    ]
    style = dict(lab="left", lab_w=175, grid=False, font="Serif", bold="Serif-Bold", ital="Serif-Italic", size=10.5,
                 ans_font="Sans", accent=(0.1, 0.1, 0.4), header="plain", sec="under", title_align="center",
                 producer="Microsoft® Word 2013", creator="Microsoft® Word 2013", author="BJA",
                 title_meta="DEMANDE DE SUBVENTION", epoch=1560300000, pageno="Page {}")
    mail = dict(from_name="Kévin Marquis", from_addr="kevin.marquis@example.org",
                subject="Demande de subvention BJA - local des jeunes",
                date=(2019, 6, 12, 10, 18, 24), att="Demande subvention BJA.pdf",
                body="Bonjour,\n\nVeuillez trouver ci-joint notre demande de subvention pour la rénovation du local "
                     "des jeunes.\n\nCordialement,\nKévin Marquis\nBourbourg Jeunesse Avenir\n")
    add(fmt="pdf_letter", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()
