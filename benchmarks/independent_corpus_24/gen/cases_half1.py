# -*- coding: utf-8 -*-
"""First half of the corpus (published as dev/). All people, groups, streets, numbers invented."""
from blocks import BX, CK, F, GAP, HD, N, P, PB, R, S, SG, T, TB
from common import money

CASES = []


def add(**kw):
    CASES.append(kw)


def table_rows(items, style):
    return [[lab, money(v, style)] for lab, v in items]


# =====================================================================================
# 1  pdf_form  nl  Alveringem
# =====================================================================================
def _c():
    m = lambda v: money(v, "nl_plain")
    exp = [("Tuingereedschap en 2 kruiwagens", 1450), ("Hoogstamfruitbomen en plantgoed", 2180),
           ("Begeleiding tuinarchitect (3 sessies)", 2400), ("Regenwaterton en compostbakken", 1310),
           ("Opendeurdag + flyers", 1600)]
    inc = [("Eigen inbreng (ledengeld, pannenkoekenslag)", 1190), ("Gemeente Alveringem - buurtbudget", 1000),
           ("Maak werk van je buurt (gevraagd)", 6750)]
    truth = dict(organisation="Buurtwerking Den Hoek", contact_name="Ine Deconinck",
                 email="ine.deconinck@example.net", phone="0474 28 61 93", address="Kasteelhoekstraat 23",
                 postcode="8690", municipality="Alveringem", country="BE",
                 project_title="Samen tuinieren in de pastorijtuin", requested=6750, total=8940)
    blocks = [
        HD(["Provincie West-Vlaanderen", "Gebiedswerking Westhoek - Partons 2.0", "Woumenweg 100 - 8600 Diksmuide"],
           right=["In te vullen door de provincie", "Dossiernummer: ....................", "Ontvangen op: ...................."]),
        T("Aanvraagformulier projectidee 'Maak werk van je buurt!' 2019",
          sub="Projectenoproep voor leefbare dorpen en buurten in de Westhoek - indienen uiterlijk 16 juni 2019"),
        N("Vul dit formulier digitaal in (Adobe Reader) en stuur het terug per e-mail. Gebruik de tab-toets om van vak "
          "naar vak te gaan. Vakken met een * zijn verplicht.", box=True),
        S("1. Gegevens van de aanvragende groep"),
        F("Naam vereniging / groep *", "Buurtwerking Den Hoek"),
        CK("Rechtsvorm *", [("vzw", False), ("feitelijke vereniging", True), ("lokaal bestuur", False),
                            ("andere", False)]),
        F("Ondernemingsnummer (enkel vzw)", ""),
        F("Straat en huisnummer *", "Kasteelhoekstraat 23"),
        R(F("Postcode *", "8690", w=1), F("Gemeente *", "Alveringem", w=3)),
        F("Algemeen e-mailadres groep", "buurtwerking.denhoek@example.net"),
        S("2. Contactpersoon voor dit project"),
        N("Het secretariaat van Partons 2.0 neemt voor alle vragen over dit dossier contact op met deze persoon."),
        F("Voor- en achternaam *", "Ine Deconinck"),
        F("Functie in de groep", "secretaris"),
        F("Telefoon of gsm *", "0474 28 61 93"),
        F("E-mail *", "ine.deconinck@example.net"),
        S("3. Bestuur"),
        TB(["Functie", "Naam", "Telefoon", "E-mail"],
           [["Voorzitter", "Marnix Verhaeghe", "058 28 47 12", "marnix.verhaeghe@example.com"],
            ["Penningmeester", "Koen Baert", "0497 55 20 14", "koen.baert@example.com"]],
           widths=[1.2, 1.6, 1.3, 2.4]),
        F("Rekeningnummer (IBAN) van de groep", "BE71 0961 2345 6769"),
        S("4. Het project"),
        F("Titel van het project *", "Samen tuinieren in de pastorijtuin"),
        F("Korte omschrijving (max. 10 lijnen)",
          "De tuin achter de oude pastorij ligt er al jaren verwaarloosd bij. Met buren van alle leeftijden willen we "
          "er een gemeenschappelijke moestuin en een kleine boomgaard van maken. Iedereen kan een bak huren voor een "
          "symbolisch bedrag, de oogst van de boomgaard is voor het hele gehucht.", lines=5),
        F("Wie werkt mee? (verenigingen, bewoners, school ...)",
          "ongeveer 25 gezinnen uit Den Hoek, KVLV, de lagere school (2 klassen)", lines=2),
        F("Periode van uitvoering", "september 2019 - juni 2020"),
        N("Denk aan de participatieve aanpak: beschrijf hoe bewoners mee beslissen, niet alleen hoe ze geinformeerd "
          "worden. Projecten die met veel verschillende mensen uit het dorp of de buurt worden opgezet, krijgen "
          "voorrang."),
        S("5. Begroting"),
        TB(["Uitgaven (omschrijving)", "Bedrag in euro"], table_rows(exp, "nl_plain") + [["Totaal uitgaven", m(8940)]],
           widths=[3, 1], fill_labels=True, bold=[5]),
        TB(["Inkomsten (omschrijving)", "Bedrag in euro"], table_rows(inc, "nl_plain") + [["Totaal inkomsten", m(8940)]],
           widths=[3, 1], fill_labels=True, bold=[3]),
        F("Totale kostprijs van het project (euro) *", "8940"),
        F("Gevraagde bijdrage (max. 10 000 euro) *", "6750"),
        SG([("Datum", "14/05/2019"), ("Naam en handtekening", "Ine Deconinck")]),
    ]
    style = dict(header="band", lab="left", lab_w=190, names="Text{}", accent=(0.0, 0.36, 0.55),
                 footer="Partons 2.0 - Maak werk van je buurt! - aanvraagformulier", epoch=1556700000,
                 producer="Adobe Acrobat Pro DC 15.0", creator="Adobe InDesign CC 2018",
                 title_meta="Aanvraagformulier Maak werk van je buurt", pageno="pagina {}")
    mail = dict(from_name="Ine Deconinck", from_addr="ine.deconinck@example.net",
                subject="Aanvraag Maak werk van je buurt - Buurtwerking Den Hoek",
                date=(2019, 5, 14, 21, 37, 5), att="Aanvraagformulier MWVJB Den Hoek.pdf", mailer="Microsoft Outlook 16.0",
                body="Beste,\n\nHierbij ons ingevulde aanvraagformulier voor de oproep 'Maak werk van je buurt!'.\n"
                     "We hopen dat ons idee voor de pastorijtuin in aanmerking komt.\n\n"
                     "Met vriendelijke groeten,\nIne Deconinck\nsecretaris Buurtwerking Den Hoek\n")
    add(fmt="pdf_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 2  pdf_form  nl  Lo  (bilingual, labels under the boxes)
# =====================================================================================
def _c():
    truth = dict(organisation="Handelsvereniging Lo-Centrum", contact_name="Bart Goethals",
                 email="bart.goethals@example.com", phone="0485 63 12 07", address="Zwaluwenhof 4",
                 postcode="8647", municipality="Lo", country="BE",
                 project_title="Boerenmarkt op vrijdagavond", requested=7200, total=12450)
    blocks = [
        HD(["Partons 2.0", "Interreg V France-Wallonie-Vlaanderen", "Leefbare dorpen / Villages vivants"],
           logo=("round", "P 2.0")),
        T("Projectfiche  -  Fiche projet", sub="Maak werk van je buurt! 2019  -  appel à projets transfrontalier"),
        S("A. Aanvrager", alt="Demandeur"),
        F("Naam van de vereniging", "Handelsvereniging Lo-Centrum", alt="Nom de l'association"),
        F("Adres (straat, nummer)", "Zwaluwenhof 4", alt="Adresse (rue, numéro)"),
        R(F("Postcode", "8647", alt="Code postal", w=1), F("Gemeente", "Lo", alt="Commune", w=2),
          F("Land", "België", alt="Pays", w=1)),
        R(F("Voorzitter", "Hilde Soete", alt="Président(e)", w=2), F("Tel.", "058 28 90 33", alt="Tél.", w=1)),
        N("Is de contactpersoon niet de voorzitter, vul dan ook het volgende vak in.  /  Si la personne de contact "
          "n'est pas le président, remplissez aussi la case suivante."),
        R(F("Contactpersoon (indien verschillend)", "Bart Goethals", alt="Personne de contact (si différente)", w=2),
          F("Gsm", "0485 63 12 07", alt="Portable", w=1)),
        F("E-mail contactpersoon", "bart.goethals@example.com", alt="Courriel de la personne de contact"),
        S("B. Project", alt="Projet"),
        F("Titel", "Boerenmarkt op vrijdagavond", alt="Titre"),
        F("Beschrijving", "Elke eerste vrijdag van de maand (april tot oktober) een markt met lokale boeren, "
                          "bakkers en brouwers op het plein, met zitplaatsen en een kinderhoek. Inwoners helpen "
                          "mee als vrijwilliger en kiezen mee de standhouders.", alt="Description", lines=4),
        F("Partners", "Landbouwersbond afdeling Lo, jeugdhuis, 14 handelaars", alt="Partenaires", lines=1),
        S("C. Financiën", alt="Finances"),
        R(F("Totale kostprijs (euro)", "12.450,00", alt="Coût total (euros)"),
          F("Gevraagd bedrag (euro)", "7.200,00", alt="Montant demandé (euros)")),
        F("Andere financiering", "5.250,00 (eigen middelen handelaars + sponsoring brouwerij)",
          alt="Autres financements"),
        SG([("Datum / Date", "03/06/2019"), ("Handtekening / Signature", None)]),
    ]
    style = dict(header="rule", lab="below", bi="stack", names="Tekstvak {}", name_start=3, accent=(0.55, 0.12, 0.1),
                 font="Serif", bold="Serif-Bold", ital="Serif-Italic", ffont="Times-Roman", ffill=None,
                 bstyle="underlined", fborder=(0.2, 0.2, 0.2), tip="none", epoch=1556900000,
                 producer="LibreOffice 6.0", creator="Writer", pageno=None, sec="under")
    mail = dict(from_name="Bart Goethals", from_addr="bart.goethals@example.com",
                subject="projectfiche boerenmarkt Lo",
                date=(2019, 6, 3, 22, 4, 51), att="projectfiche_boerenmarkt.pdf", mailer="Mozilla Thunderbird 60.7.0",
                body="Goedenavond,\n\nIn bijlage de projectfiche van onze handelsvereniging voor de boerenmarkt. "
                     "Het formulier is ingevuld in het Nederlands.\n\nGroeten,\nBart Goethals\n")
    add(fmt="pdf_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 3  pdf_form  nl  Beveren-aan-de-IJzer  (tooltip-only address boxes, request only as income line)
# =====================================================================================
def _c():
    m = lambda v: money(v, "dot_c")
    exp = [("Ontwerp route + bewegwijzering (landschapsarchitect)", 3200), ("6 zitbanken in hout", 2940),
           ("Infoborden bij de start", 1150), ("Wandeldag met inwoners", 860)]
    inc = [("Eigen middelen feestcomité", 1450), ("Sponsoring lokale bedrijven", 800),
           ("Maak werk van je buurt (Partons 2.0)", 5900)]
    truth = dict(organisation="Feestcomité Beveren-aan-de-IJzer", contact_name="Lieve Demuynck",
                 email="lieve.demuynck@example.org", phone="0478 91 27 40", address="Groenhovestraat 8",
                 postcode="8691", municipality="Beveren-aan-de-IJzer", country="BE",
                 project_title="Trage-wegenroute met rustbanken langs de IJzer", requested=5900, total=8150)
    blocks = [
        T("Kandidatuur Maak werk van je buurt!", sub="Oproep 2019 voor dorpen en buurten in de Westhoek"),
        N("Lees eerst de oproeptekst. Dit formulier bestaat uit drie delen: de groep, het project en de "
          "financiering. Een ingediend formulier is nog geen toezegging van steun. Na de selectie (eind juni 2019) "
          "wordt elk geselecteerd project uitgenodigd voor het begeleidingstraject van Partons 2.0; deelname aan de "
          "sessies is verplicht."),
        S("DEEL 1 - DE GROEP"),
        F("Officiële naam van de groep", "Feestcomité Beveren-aan-de-IJzer"),
        R(F("", "Groenhovestraat 8", tiponly=True, tip="Straat en nummer", w=3),
          F("", "8691", tiponly=True, tip="Postcode", w=1),
          F("", "Beveren-aan-de-IJzer", tiponly=True, tip="Gemeente", w=3), label="Adres van de groep"),
        N("Contactgegevens van het bestuur. Duid aan wie de contactpersoon is voor dit dossier."),
        TB(["", "Naam", "Telefoon / gsm", "E-mail"],
           [["Voorzitter", "Dirk Vandenberghe", "058 29 81 56", "dirk.vandenberghe@example.org"],
            ["Secretaris = contactpersoon", "Lieve Demuynck", "0478 91 27 40", "lieve.demuynck@example.org"],
            ["Penningmeester", "Marc Lefever", "0494 16 83 02", "m.lefever@example.net"]],
           widths=[1.5, 1.6, 1.2, 2.2]),
        S("DEEL 2 - HET PROJECT"),
        F("Naam van het project", "Trage-wegenroute met rustbanken langs de IJzer"),
        F("Wat willen jullie doen en waarom?",
          "Een lus van 7 km over bestaande trage wegen en jaagpaden, bewegwijzerd en met rustbanken, zodat ook "
          "oudere inwoners en gezinnen met kinderen veilig kunnen wandelen. Het tracé wordt uitgetekend tijdens "
          "twee wandelavonden met de inwoners.", lines=4),
        F("Hoe betrekken jullie de inwoners?",
          "2 wandelavonden, bevraging via het parochieblad, keuze van de plaatsen voor de banken door de buurt", lines=2),
        S("DEEL 3 - FINANCIERING"),
        TB(["Uitgaven", "Bedrag (EUR)"], table_rows(exp, "dot_c") + [["TOTAAL", m(8150)]], widths=[3, 1],
           fill_labels=True, bold=[4]),
        TB(["Inkomsten", "Bedrag (EUR)"], table_rows(inc, "dot_c") + [["TOTAAL", m(8150)]], widths=[3, 1],
           fill_labels=True, bold=[3], note="De gevraagde steun van Maak werk van je buurt vermeldt u bij de inkomsten."),
        SG([("Opgemaakt te", "Beveren-aan-de-IJzer"), ("op", "9 mei 2019")]),
    ]
    style = dict(header="plain", lab="above", names="undefined_{}", name_start=2, accent=(0.13, 0.42, 0.2),
                 frame=True, ffill=(0.95, 0.97, 0.92), fborder=(0.4, 0.5, 0.4), tip="label", font="Narrow",
                 bold="Narrow-Bold", ital="Sans-Italic", size=10, epoch=1557300000, sec="grey",
                 producer="Adobe LiveCycle Designer ES 9.0", pageno="{} / 2")
    mail = dict(from_name="Dirk Vandenberghe", from_addr="dirk.vandenberghe@example.org",
                subject="kandidatuur feestcomité - trage wegen",
                date=(2019, 5, 9, 18, 12, 40), att="Kandidatuur Feestcomité Beveren.pdf",
                body="Dag,\n\nNamens het feestcomité stuur ik u onze kandidatuur. Voor verdere vragen mag u "
                     "contact opnemen met onze secretaris Lieve (zie formulier).\n\nVriendelijke groeten,\n"
                     "Dirk Vandenberghe\nvoorzitter\n")
    add(fmt="pdf_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 4  docx_form  nl  Vladslo  (bilingual labels stacked, two-column table)
# =====================================================================================
def _c():
    m = lambda v: money(v, "nl_cents")
    truth = dict(organisation="Dorpsraad Vladslo vzw", contact_name="Pieter Lannoo",
                 email="pieter.lannoo@example.org", phone="051 50 62 18", address="Lindenhofdreef 2",
                 postcode="8600", municipality="Vladslo", country="BE",
                 project_title="Dorpsontmoetingspunt in de oude pastorij", requested=10000, total=23560)
    exp = [("Haalbaarheidsstudie en plan (architect)", 6800), ("Participatietraject (3 dorpsavonden, expert)", 4250),
           ("Inrichting: tafels, stoelen, keukenmateriaal", 9870), ("Communicatie en opening", 2640)]
    inc = [("Stad Diksmuide (toegezegd)", 8000), ("Eigen middelen dorpsraad", 3560),
           ("Gevraagd aan Maak werk van je buurt", 10000), ("Sponsoring", 2000)]
    blocks = [
        HD(["Provincie West-Vlaanderen  |  Province de Flandre occidentale",
            "Partons 2.0 - grensoverschrijdende projectenoproep / appel à projets transfrontalier"],
           right=["Ruimte voorbehouden aan de administratie", "Cadre réservé à l'administration", "Nr./N°:"]),
        T("Formulier projectidee", sub="Formulaire idée de projet - Maak werk van je buurt! 2019"),
        S("1. Aanvrager", alt="Demandeur"),
        F("Naam vereniging", "Dorpsraad Vladslo vzw", alt="Nom de l'association"),
        F("Ondernemingsnummer", "0867.412.309", alt="Numéro d'entreprise"),
        F("Adres maatschappelijke zetel", "Lindenhofdreef 2", alt="Adresse du siège"),
        F("Postcode en gemeente", "8600 Vladslo", alt="Code postal et commune"),
        F("Land", "België", alt="Pays"),
        S("2. Contactpersoon", alt="Personne de contact"),
        F("Naam", "Pieter Lannoo", alt="Nom"),
        F("Functie", "secretaris dorpsraad", alt="Fonction"),
        F("Telefoon", "051 50 62 18", alt="Téléphone"),
        F("E-mail", "pieter.lannoo@example.org", alt="Courriel"),
        F("Correspondentieadres (indien verschillend van zetel)", "Esenstraat 117, 8600 Vladslo",
          alt="Adresse de correspondance (si différente du siège)"),
        S("3. Voorzitter", alt="Président"),
        F("Naam", "Jozef Vermaut", alt="Nom"),
        F("Telefoon", "0476 02 33 19", alt="Téléphone"),
        F("E-mail", "jozef.vermaut@example.net", alt="Courriel"),
        S("4. Project", alt="Projet"),
        F("Titel van het project", "Dorpsontmoetingspunt in de oude pastorij", alt="Titre du projet"),
        F("Omschrijving", "Sinds het café aan de kerk gesloten is, heeft Vladslo geen plek meer om elkaar te "
                          "ontmoeten. De stad stelt de leegstaande pastorij ter beschikking. Met de inwoners willen "
                          "we uitzoeken wat er nodig is (koffiehoek, leeshoek, ruimte voor verenigingen) en de "
                          "benedenverdieping inrichten als ontmoetingspunt, open op woensdag en zondag.",
          alt="Description"),
        F("Betrokken partners", "Stad Diksmuide, OKRA Vladslo, KWB, jeugdraad", alt="Partenaires impliqués"),
        S("5. Budget", alt="Budget"),
        F("Totale projectkost", m(23560), alt="Coût total du projet"),
        F("Gevraagd bedrag (max. 10.000 euro)", m(10000), alt="Montant demandé (max. 10.000 euros)"),
        TB(["Uitgaven / Dépenses", "€"], table_rows(exp, "nl_cents") + [["Totaal / Total", m(23560)]],
           widths=[3, 1], bold=[4]),
        TB(["Inkomsten / Recettes", "€"], table_rows(inc, "nl_cents") + [["Totaal / Total", m(23560)]],
           widths=[3, 1], bold=[4]),
        SG([("Datum / Date:", "21/05/2019"), ("Handtekening / Signature:", "P. Lannoo")]),
    ]
    style = dict(mode="table2", font="Calibri", bi="stack", shade="DEEAF6", lab_w=6.5, ans_w=10.0,
                 author="Provincie West-Vlaanderen", created=(2019, 3, 28, 14, 5), title_meta="Formulier projectidee",
                 footer="Partons 2.0 - Formulier projectidee / Formulaire idée de projet - versie 2019")
    mail = dict(from_name="Pieter Lannoo", from_addr="pieter.lannoo@example.org",
                subject="Projectidee dorpsraad Vladslo - oude pastorij",
                date=(2019, 5, 21, 8, 15, 2), att="Formulier projectidee Dorpsraad Vladslo.docx",
                mailer="Microsoft Outlook 16.0",
                body="Geachte,\n\nHierbij bezorgen wij u het formulier projectidee van de Dorpsraad Vladslo.\n"
                     "De stad Diksmuide heeft haar bijdrage reeds bevestigd.\n\nMet vriendelijke groet,\n\n"
                     "Pieter Lannoo\nSecretaris Dorpsraad Vladslo vzw\n")
    add(fmt="docx_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 5  docx_form  nl  Proven  (dotted leader tabs, answer typed in blue after the dots; total unknown)
# =====================================================================================
def _c():
    truth = dict(organisation="Buurtcomité De Hoge Akker", contact_name="Els Cappoen",
                 email="els.cappoen@example.net", phone="0471/44.09.58", address="Hopland 14",
                 postcode="8972", municipality="Proven", country="BE",
                 project_title="Speelstraat en buurtfeest De Hoge Akker", requested=5000, total=None)
    blocks = [
        HD(["Aanvraag ondersteuning buurtinitiatief"]),
        T("Aanvraagformulier buurtinitiatieven", sub="(formulier overgenomen van de stedelijke buurtwerking, aangepast "
                                                     "voor de oproep Maak werk van je buurt!)"),
        N("Schrijf duidelijk of vul digitaal in. Onvolledige aanvragen kunnen niet behandeld worden. De aanvraag moet "
          "minstens 6 weken voor de start van het initiatief ingediend worden. Bij de aanvraag voegt u, indien "
          "mogelijk, een begroting van de kosten."),
        S("Het buurtcomité"),
        F("Naam buurtcomité:", "Buurtcomité De Hoge Akker"),
        F("Adres van het comité (straat + nr.):", "Hopland 14"),
        F("Postcode + gemeente:", "8972 Proven"),
        F("Aantal gezinnen in de buurt:", "ca. 60"),
        S("Verantwoordelijke"),
        F("Naam verantwoordelijke:", "Els Cappoen"),
        F("Adres verantwoordelijke:", "Bellestraat 31, 8972 Proven"),
        F("Telefoon/gsm:", "0471/44.09.58"),
        F("E-mail:", "els.cappoen@example.net"),
        S("Het initiatief"),
        F("Naam van het initiatief:", "Speelstraat en buurtfeest De Hoge Akker"),
        F("Datum/periode:", "zomervakantie 2019 (speelstraat), buurtfeest 31 augustus 2019"),
        F("Korte beschrijving:", "Tijdens de zomer wordt het Hopland op woensdagnamiddag speelstraat. We kopen "
                                 "speelmateriaal en verkeersborden aan en sluiten af met een buurtfeest waar de "
                                 "bewoners samen plannen maken voor een vaste speelplek."),
        F("Geraamde totale kost:", "nog te bepalen, offertes zijn opgevraagd"),
        F("Gevraagd bedrag:", money(5000, "nl_euro")),
        F("Rekeningnummer:", "BE29 7380 1122 5664 t.n.v. Buurtcomité De Hoge Akker"),
        SG([("Datum:", "28 mei 2019"), ("Handtekening:", None)]),
    ]
    style = dict(mode="leader", font="Arial", size=10, tab=8.5, ans_color="1F4E9E", lab_bold=False,
                 author="Els", created=(2017, 2, 6, 11, 30), title_meta="aanvraagformulier buurtinitiatief")
    mail = dict(from_name="Els Cappoen", from_addr="els.cappoen@example.net",
                subject="aanvraag speelstraat Hoge Akker",
                date=(2019, 5, 28, 13, 48, 19), att="aanvraag hoge akker.docx",
                body="Hallo,\n\nHierbij onze aanvraag. De offertes voor het speelmateriaal heb ik nog niet allemaal "
                     "binnen, ik stuur die later door.\n\nGroetjes\nEls\n")
    add(fmt="docx_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 6  docx_form  nl  Zonnebeke  (school-board form, numbered questions, answers on the line below)
# =====================================================================================
def _c():
    m = lambda v: money(v, "nl_euro")
    exp = [("Ontwerp groene speelplaats (landschapsarchitect)", 3600), ("Plantgoed, wilgentenen en boomstammen", 4150),
           ("Zitbanken en picknicktafels", 3900), ("Plantdag met ouders en buren", 650), ("Onvoorzien", 2000)]
    inc = [("Ouderraad (eetfestijn)", 2450), ("Schoolbestuur", 2000), ("Maak werk van je buurt", 9850)]
    truth = dict(organisation="Ouderraad Basisschool De Klaproos", contact_name="Tine Descamps",
                 email="tine.descamps@example.com", phone="0472 80 14 36", address="Speelpleinstraat 3",
                 postcode="8980", municipality="Zonnebeke", country="BE",
                 project_title="Groene speelplaats, ook voor de buurt", requested=9850, total=14300)
    blocks = [
        HD(["Scholengroep - aanvraag projectsteun voor ouderraden", "model 2018-2019"], right=None),
        T("Aanvraag projectsteun", sub="Dit formulier werd door de ouderraad gebruikt voor de oproep "
                                       "'Maak werk van je buurt!' (Partons 2.0)"),
        S("1. De aanvrager"),
        F("Naam van de ouderraad of vereniging", "Ouderraad Basisschool De Klaproos", num="1.1", under=True),
        F("Adres van de school / vereniging (straat, nummer, postcode, gemeente)",
          "Speelpleinstraat 3, 8980 Zonnebeke", num="1.2", under=True),
        S("2. Het bestuur"),
        F("Wie is de voorzitter? (naam, telefoon, e-mail)",
          "Ward Verstraete - 051 77 42 90 - ward.verstraete@example.com", num="2.1", under=True),
        F("Wie is de penningmeester? (naam, e-mail)", "Bram Lievens - bram.lievens@example.net", num="2.2",
          under=True),
        S("3. Contact"),
        N("Let op: de contactpersoon ontvangt alle briefwisseling over de aanvraag en is aanwezig op de "
          "begeleidingsmomenten."),
        F("Wie dient de aanvraag in?", "de werkgroep Groene Speelplaats van de ouderraad", num="3.1", under=True),
        F("Wie is de contactpersoon?", "Tine Descamps (mama van Lotte, 3de leerjaar)", num="3.2", under=True),
        F("Telefoonnummer contactpersoon", "0472 80 14 36", num="3.3", under=True),
        F("E-mailadres contactpersoon", "tine.descamps@example.com", num="3.4", under=True),
        S("4. Het project"),
        F("Hoe heet het project?", "Groene speelplaats, ook voor de buurt", num="4.1", under=True),
        F("Wat is het doel en wie heeft er baat bij?",
          "De betonnen speelplaats wordt een groene speelplek met heuvel, wilgenhut en moestuinbakken. Na de "
          "schooluren en in het weekend blijft de poort open voor de kinderen en ouderen van de wijk.",
          num="4.2", under=True),
        F("Hoe worden de buurtbewoners betrokken?",
          "Ontwerpavond met leerlingen, ouders en buren; plantdag in november; buren nemen peterschap van de bakken.",
          num="4.3", under=True),
        S("5. Financieel plan"),
        TB(["Uitgaven", "Bedrag"], table_rows(exp, "nl_euro") + [["Totaal kost project", m(14300)]],
           widths=[3, 1], bold=[5]),
        TB(["Inkomsten", "Bedrag"], table_rows(inc, "nl_euro") + [["Totaal", m(14300)]], widths=[3, 1], bold=[3]),
        F("Welk bedrag vraagt u aan?", m(9850), num="5.1", under=True),
        SG([("Datum:", "6/06/2019"), ("Handtekening voorzitter:", None)]),
    ]
    style = dict(mode="under", font="Verdana", size=9.5, ans_color="2E74B5", ans_italic=False, under_dots=False,
                 accent="385623", author="Directie", created=(2018, 9, 3, 16, 40), title_meta="Aanvraag projectsteun")
    mail = dict(from_name="Tine Descamps", from_addr="tine.descamps@example.com",
                subject="Aanvraag ouderraad De Klaproos - groene speelplaats",
                date=(2019, 6, 6, 20, 55, 31), att="Aanvraag_projectsteun_groene_speelplaats.docx",
                mailer="Apple Mail (2.3445.104.11)",
                body="Beste,\n\nIn bijlage onze aanvraag voor de groene speelplaats. We hebben het formulier van de "
                     "scholengroep gebruikt, hopelijk is dat geen probleem.\n\nVriendelijke groeten,\nTine Descamps\n"
                     "ouderraad De Klaproos\n")
    add(fmt="docx_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 7  odt_form  nl  Westvleteren  (three columns: NL label | FR label | answer)
# =====================================================================================
def _c():
    m = lambda v: money(v, "nl_dash")
    exp = [("Zaaimengsel inheemse bloemen + grondbewerking", 1350), ("2 picknicktafels en fietsrek", 1980),
           ("Infobord + bijenhotel", 720), ("Plantdag en drank vrijwilligers", 750)]
    inc = [("Landelijke Gilde (eigen kas)", 600), ("Maak werk van je buurt", 4200)]
    truth = dict(organisation="Landelijke Gilde Westvleteren", contact_name="Wim Ryckewaert",
                 email="wim.ryckewaert@example.org", phone="057 40 12 88", address="Kapelleweg 12",
                 postcode="8640", municipality="Westvleteren", country="BE",
                 project_title="Bloemenweide en picknickplek aan de oude spoorwegberm", requested=4200, total=4800)
    blocks = [
        HD(["Partons 2.0 - Maak werk van je buurt! / Faites bouger votre quartier !"],
           right=["Ontvangen / Reçu le:", "Dossier:"]),
        T("Aanvraagformulier - Formulaire de demande"),
        S("Aanvrager", alt="Demandeur"),
        F("Naam vereniging", "Landelijke Gilde Westvleteren", alt="Nom de l'association"),
        F("Straat en nummer", "Kapelleweg 12", alt="Rue et numéro"),
        F("Postcode", "8640", alt="Code postal"),
        F("Gemeente", "Westvleteren", alt="Commune"),
        CK("Soort organisatie", [("vzw", False), ("feitelijke vereniging", True), ("bestuur", False)],
           alt="Type d'organisation"),
        S("Contactpersoon", alt="Personne de contact"),
        F("Naam", "Wim Ryckewaert", alt="Nom"),
        F("Telefoon", "057 40 12 88", alt="Téléphone"),
        F("Gsm", "", alt="Portable"),
        F("E-mail", "wim.ryckewaert@example.org", alt="E-mail"),
        S("Project", alt="Projet"),
        F("Titel", "Bloemenweide en picknickplek aan de oude spoorwegberm", alt="Titre"),
        F("Beschrijving", "Op de berm van de vroegere spoorlijn zaaien we met de buurt een bloemenweide in en "
                          "zetten we twee picknicktafels, zodat fietsers en wandelaars er kunnen halt houden.",
          alt="Description"),
        F("Startdatum", "15/09/2019", alt="Date de début"),
        F("Gevraagd bedrag", m(4200), alt="Montant demandé"),
        S("Begroting", alt="Budget"),
    ]
    blocks += [
        TB(["Uitgaven / Dépenses", "Bedrag / Montant"], table_rows(exp, "nl_dash") + [["Totaal / Total", m(4800)]],
           widths=[3, 1], bold=[4]),
        TB(["Inkomsten / Recettes", "Bedrag / Montant"], table_rows(inc, "nl_dash") + [["Totaal / Total", m(4800)]],
           widths=[3, 1], bold=[2]),
        SG([("Datum / Date:", "17/05/2019"), ("Naam / Nom:", "Wim Ryckewaert")]),
    ]
    style = dict(mode="table3", font="Liberation Sans", lab_w=6.0, ans_w=10.5, accent="#375623", shade="#e2efda",
                 lab_shade="#f2f2f2", author="Wim Ryckewaert", created="2019-05-16T19:22:10")
    mail = dict(from_name="Wim Ryckewaert", from_addr="wim.ryckewaert@example.org",
                subject="Aanvraag Landelijke Gilde Westvleteren",
                date=(2019, 5, 17, 9, 3, 44), att="aanvraag LG Westvleteren bloemenweide.odt",
                body="Goeiedag,\n\nIn bijlage ons aanvraagformulier (LibreOffice-bestand). Laat maar weten als het "
                     "niet opent.\n\nMet vriendelijke groeten,\nWim Ryckewaert\nLandelijke Gilde Westvleteren\n")
    add(fmt="odt_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 8  odt_form  nl  Langemark  (numbered questions, answers under; request only as income line)
# =====================================================================================
def _c():
    m = lambda v: money(v, "nl_cents")
    exp = [("Opleiding buurtmeesters (2 avonden)", 1200), ("Herkenbare jassen en badges", 650),
           ("Drukwerk: buurtkrantje en kaartjes", 480), ("Participatietraject met externe begeleider", 3500),
           ("Startmoment met alle bewoners", 870)]
    inc = [("Eigen middelen bewonersplatform", 500), ("Provincie West-Vlaanderen - Maak werk van je buurt", 6200)]
    truth = dict(organisation="Bewonersplatform Langemark-Noord", contact_name="Annelies Vandewalle",
                 email="annelies.vandewalle@example.net", phone="0468 12 77 30", address="Zonnedauwstraat 56",
                 postcode="8920", municipality="Langemark", country="BE",
                 project_title="Buurtmeesters voor Langemark-Noord", requested=6200, total=6700)
    blocks = [
        T("Projectvoorstel 'Maak werk van je buurt!'", sub="Bewonersplatform - formulier voor de projectenoproep 2019"),
        N("Beantwoord elke vraag onder de vraag zelf. Houd het kort: de selectiecommissie leest tientallen "
          "voorstellen. Voeg geen extra bijlagen toe.", box=True),
        S("Deel A - Wie zijn jullie?"),
        F("Wat is de naam van jullie groep?", "Bewonersplatform Langemark-Noord", num="A1"),
        F("Op welk adres is de groep gevestigd?", "Zonnedauwstraat 56\n8920 Langemark", num="A2"),
        F("Hoeveel leden/vrijwilligers telt de groep?", "14 vaste vrijwilligers", num="A3"),
        S("Deel B - Contact"),
        F("Wie mogen we contacteren over dit voorstel? (naam)", "Annelies Vandewalle", num="B1"),
        F("Telefoonnummer", "0468 12 77 30", num="B2"),
        F("E-mailadres", "annelies.vandewalle@example.net", num="B3"),
        F("Wie is de voorzitter? (naam en telefoon)", "Geert Casteleyn, 057 48 93 05", num="B4"),
        S("Deel C - Het project"),
        F("Hoe heet het project?", "Buurtmeesters voor Langemark-Noord", num="C1"),
        F("Wat willen jullie bereiken?",
          "In elke straat van de wijk een aanspreekpunt (buurtmeester) dat nieuwe bewoners verwelkomt, oudere "
          "buren helpt met kleine vragen en mensen doorverwijst naar de juiste dienst of dorpsgenoot.", num="C2"),
        F("Wie doet er mee?", "OCMW, seniorenraad, 2 scholen, ongeveer 20 kandidaat-buurtmeesters", num="C3"),
        S("Deel D - Begroting"),
        N("Geef een overzicht van de uitgaven en van alle inkomsten, ook de bijdrage die jullie vragen aan de "
          "projectenoproep. Het totaal van de uitgaven en de inkomsten moet gelijk zijn."),
        TB(["Uitgaven", "Bedrag"], table_rows(exp, "nl_cents") + [["Totaal uitgaven", m(6700)]], widths=[3, 1],
           bold=[5]),
        TB(["Inkomsten", "Bedrag"], table_rows(inc, "nl_cents") + [["Totaal inkomsten", m(6700)]], widths=[3, 1],
           bold=[2]),
        SG([("Datum:", "2 juni 2019"), ("Voor het bewonersplatform:", "Annelies Vandewalle")]),
    ]
    style = dict(mode="under", font="Liberation Serif", size=11, ans_color="#7030a0", ans_italic=True,
                 accent="#7030a0", author="bewonersplatform", created="2019-04-11T20:03:00")
    mail = dict(from_name="Bewonersplatform Langemark-Noord", from_addr="bewonersplatform.lmk@example.net",
                subject="projectvoorstel buurtmeesters",
                date=(2019, 6, 2, 17, 26, 8), att="Projectvoorstel Buurtmeesters Langemark-Noord.odt",
                body="Beste,\n\nHierbij ons projectvoorstel voor de projectenoproep. Contactpersoon is Annelies "
                     "(gegevens in het formulier).\n\nVriendelijke groet,\nhet bewonersplatform\n")
    add(fmt="odt_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 9  xlsx_form  nl  Oostduinkerke  (NL | FR | value columns; SUM formulas with cached values)
# =====================================================================================
def _c():
    exp = [("Opleiding vrijwillige chauffeurs", 900), ("Tweedehands rolstoeltaxi (bijdrage)", 5500),
           ("Verzekering eerste jaar", 1240), ("Planningssoftware en gsm", 610), ("Infomoment en folders", 450)]
    inc = [("Eigen inbreng vzw", 1200), ("Gemeente Koksijde", 1500), ("Maak werk van je buurt", 6000)]
    total = sum(v for _, v in exp)
    truth = dict(organisation="Samen Onderweg vzw", contact_name="Nadine Vanhoutte",
                 email="nadine.vanhoutte@example.com", phone="0499 27 61 45", address="Strandwindlaan 77",
                 postcode="8670", municipality="Oostduinkerke", country="BE",
                 project_title="Dorpsbus: vrijwilligers rijden minder mobiele buren", requested=6000, total=total)
    blocks = [
        T("Maak werk van je buurt! - Fiche projectidee / Fiche idée de projet"),
        N("Vul enkel de witte vakken in kolom C in. / Remplir uniquement les cases blanches de la colonne C."),
        S("Organisatie", alt="Organisation"),
        F("Naam", "Samen Onderweg vzw", alt="Nom"),
        F("Adres", "Strandwindlaan 77", alt="Adresse"),
        F("Postcode", "8670", alt="Code postal"),
        F("Gemeente", "Oostduinkerke", alt="Commune"),
        F("Ondernemingsnummer", "0712.906.448", alt="N° d'entreprise"),
        S("Contactpersoon", alt="Personne de contact"),
        F("Naam", "Nadine Vanhoutte", alt="Nom"),
        F("Gsm", "0499 27 61 45", alt="GSM"),
        F("E-mail", "nadine.vanhoutte@example.com", alt="Courriel"),
        S("Voorzitter", alt="Président"),
        F("Naam", "Luc Dewulf", alt="Nom"),
        F("E-mail", "luc.dewulf@example.org", alt="Courriel"),
        S("Project", alt="Projet"),
        F("Titel", "Dorpsbus: vrijwilligers rijden minder mobiele buren", alt="Titre"),
        F("Korte omschrijving", "Een groep van 12 vrijwillige chauffeurs brengt oudere en minder mobiele inwoners "
                                "naar de dokter, de markt of het dienstencentrum. Ritten worden aangevraagd via één "
                                "telefoonnummer.", alt="Description courte", lines=3),
        F("Gevraagd bedrag (€)", 6000.0, alt="Montant demandé (€)"),
        F("Totale kost (€) - zie blad Budget", float(total), alt="Coût total (€) - voir onglet Budget"),
        PB(),
        TB(["Uitgaven / Dépenses", "Bedrag (€)"], [[a, v] for a, v in exp] + [["Totaal", {"sum": True, "v": total}]],
           bold=[5], title="Begroting / Budget"),
        TB(["Inkomsten / Recettes", "Bedrag (€)"], [[a, v] for a, v in inc] + [["Totaal", {"sum": True, "v": total}]],
           bold=[3]),
    ]
    style = dict(lab_col=1, alt_col=2, val_col=3, val_span=2, widths={"A": 30, "B": 30, "C": 40, "D": 12},
                 fill="FFF2CC", sec_fill="C65911", creator="Nadine Vanhoutte", created=(2019, 5, 10, 14, 2),
                 b_widths={"A": 42, "B": 16})
    mail = dict(from_name="Nadine Vanhoutte", from_addr="nadine.vanhoutte@example.com",
                subject="Fiche projectidee Samen Onderweg - dorpsbus",
                date=(2019, 5, 12, 10, 41, 27), att="Fiche projectidee dorpsbus.xlsx",
                body="Goedemorgen,\n\nIn bijlage de fiche (Excel) van onze vzw voor de projectenoproep, met het "
                     "budget op het tweede tabblad.\n\nMet vriendelijke groeten\nNadine Vanhoutte\n")
    add(fmt="xlsx_form", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 10  pdf_letter  nl  Kemmel  (Word table exported to PDF: label column + answer column)
# =====================================================================================
def _c():
    m = lambda v: money(v, "nl_eur")
    exp = [("Twee babbelbanken (hout, op maat)", 2900), ("Boekenruilkast met dakje", 1450),
           ("Begeleiding participatie-expert", 3200), ("Openingsfeest", 770), ("Communicatie", 1000)]
    inc = [("Eigen middelen dorpsraad", 1820), ("Maak werk van je buurt - Partons 2.0", 7500)]
    truth = dict(organisation="Dorpsraad Kemmel", contact_name="Griet Vandamme",
                 email="griet.vandamme@example.org", phone="057 44 86 21", address="Bergstraatje 9",
                 postcode="8956", municipality="Kemmel", country="BE",
                 project_title="Babbelbank en boekenruil op het dorpsplein", requested=7500, total=9320)
    blocks = [
        HD(["Dorpsraad Kemmel", "aanvraag projectenoproep"], logo=None),
        T("AANVRAAGFORMULIER", sub="Projectenoproep Maak werk van je buurt! - Westhoek 2019"),
        S("Gegevens aanvrager"),
        F("Naam organisatie", "Dorpsraad Kemmel"),
        F("Juridisch statuut", "feitelijke vereniging"),
        F("Adres", "Bergstraatje 9"),
        F("Postcode / Gemeente", "8956 Kemmel"),
        F("Contactpersoon", "Griet Vandamme"),
        F("Telefoon", "057 44 86 21"),
        F("E-mail", "griet.vandamme@example.org"),
        F("Voorzitter", "Hendrik Debaene (0475 66 31 02)"),
        F("Penningmeester", "Rita Beun (rita.beun@example.net)"),
        S("Project"),
        F("Titel", "Babbelbank en boekenruil op het dorpsplein"),
        F("Omschrijving",
          "Op het dorpsplein komen twee babbelbanken en een boekenruilkast. Wie op de bank gaat zitten, geeft aan "
          "dat hij of zij graag een praatje maakt. Vrijwilligers van de dorpsraad onderhouden de kast en "
          "organiseren elke maand een voorleesmoment.", lines=3),
        F("Timing", "oktober 2019 - maart 2020"),
        F("Totale kostprijs", m(9320)),
        F("Gevraagde steun", m(7500)),
        S("Begroting"),
        TB(["Uitgaven", "Bedrag"], table_rows(exp, "nl_eur") + [["Totaal", m(9320)]], widths=[3, 1], bold=[5]),
        TB(["Inkomsten", "Bedrag"], table_rows(inc, "nl_eur") + [["Totaal", m(9320)]], widths=[3, 1], bold=[2]),
        SG([("Kemmel, 24 mei 2019", None), ("Griet Vandamme, secretaris", None)]),
    ]
    style = dict(lab="left", lab_w=150, grid=True, font="Sans", bold="Sans-Bold", ital="Sans-Italic", size=10,
                 accent=(0.0, 0.0, 0.0), sec="grey", header="plain", title_align="center", pageno=None,
                 producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="Griet Vandamme",
                 title_meta="AANVRAAGFORMULIER", epoch=1558690000)
    mail = dict(from_name="Griet Vandamme", from_addr="griet.vandamme@example.org",
                subject="Aanvraagformulier dorpsraad Kemmel",
                date=(2019, 5, 24, 16, 2, 13), att="Aanvraagformulier Dorpsraad Kemmel.pdf",
                mailer="Microsoft Outlook 16.0",
                body="Beste,\n\nZoals besproken op de infoavond stuur ik u hierbij onze aanvraag voor de babbelbank en "
                     "de boekenruilkast.\n\nGroeten,\nGriet Vandamme\nDorpsraad Kemmel\n057 44 86 21\n")
    add(fmt="pdf_letter", lang="nl", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 11  pdf_form  fr  Steenvoorde  (Cerfa-like: SIRET boxes, représentant légal / personne chargée du dossier)
# =====================================================================================
def _c():
    m = lambda v: money(v, "fr_plain")
    charges = [["60 - Achats (fournitures, petit matériel, plants)", m(3450)],
               ["61 - Services extérieurs (locations, assurance)", m(980)],
               ["62 - Autres services extérieurs (honoraires, publicité)", m(5900)],
               ["63 - Impôts et taxes", ""], ["64 - Charges de personnel", ""],
               ["65 - Autres charges de gestion courante", m(770)],
               ["TOTAL DES CHARGES", m(11100)]]
    produits = [["70 - Ventes, prestations de services", ""], ["74 - Subventions d'exploitation :", ""],
                ["   - État", ""], ["   - Région(s)", ""], ["   - Département(s)", ""],
                ["   - Commune(s)", m(1500)], ["   - Fonds européens (Interreg - Partons 2.0)", m(9000)],
                ["75 - Autres produits (cotisations, dons)", m(600)], ["TOTAL DES PRODUITS", m(11100)]]
    truth = dict(organisation="Les Jardins du Houtland", contact_name="Sandrine Delattre",
                 email="sandrine.delattre@example.net", phone="03 28 48 21 67", address="14 rue des Tisserands",
                 postcode="59114", municipality="Steenvoorde", country="FR",
                 project_title="Verger partagé du Houtland", requested=9000, total=11100, composed_name=True)
    blocks = [
        HD(["DOSSIER DE DEMANDE DE SUBVENTION", "Associations - modèle simplifié"],
           right=["Cadre réservé au service instructeur", "N° de dossier :", "Date de réception :"]),
        T("Appel à projets Partons 2.0 - villages et quartiers vivants",
          sub="Formulaire à compléter informatiquement et à renvoyer avant le 16 juin 2019"),
        S("1. Identification de l'association"),
        F("Nom - Dénomination :", "Les Jardins du Houtland"),
        F("Sigle de l'association :", "JDH"),
        F("Forme juridique :", "Association loi 1901"),
        BX("Numéro SIRET :", "81234567900018", 14),
        BX("Numéro RNA ou à défaut celui du récépissé en préfecture :", "W595012345", 10),
        F("Adresse de son siège social :", "14 rue des Tisserands"),
        R(F("Code postal :", "59114", w=1), F("Commune :", "Steenvoorde", w=3)),
        R(F("Téléphone :", "03 28 48 30 04", w=1), F("Courriel :", "jardins.houtland@example.net", w=2)),
        N("Adresse de correspondance, si différente du siège : indiquez-la uniquement si le courrier ne doit pas "
          "être envoyé au siège social."),
        F("Adresse de correspondance :", ""),
        S("2. Identification du représentant légal (président ou autre personne désignée par les statuts)"),
        R(F("Nom :", "Vandaele", w=1), F("Prénom :", "Jean-Michel", w=1)),
        R(F("Fonction :", "Président", w=1), F("Téléphone :", "06 45 12 78 90", w=1)),
        F("Courriel :", "jm.vandaele@example.com"),
        S("3. Identification de la personne chargée du présent dossier de subvention"),
        R(F("Nom :", "Delattre", w=1), F("Prénom :", "Sandrine", w=1)),
        R(F("Fonction :", "Secrétaire", w=1), F("Téléphone :", "03 28 48 21 67", w=1)),
        F("Courriel :", "sandrine.delattre@example.net"),
        S("4. Description du projet"),
        F("Intitulé :", "Verger partagé du Houtland"),
        F("Objectifs :", "Planter un verger de variétés anciennes sur un terrain communal en friche, ouvert à tous, "
                         "entretenu par les habitants et les écoles. Cueillette et pressage collectif à l'automne.",
          lines=3),
        F("Public(s) cible(s) et participation des habitants :",
          "Habitants du quartier, deux écoles, résidence pour personnes âgées ; ateliers de conception en mairie.",
          lines=2),
        F("Date de mise en oeuvre prévue :", "novembre 2019"),
        S("5. Budget prévisionnel du projet"),
        N("Le total des charges doit être égal au total des produits. L'aide sollicitée au titre de l'appel à "
          "projets est à inscrire à la ligne « Fonds européens »."),
        TB(["CHARGES", "Montant (en euros)"], charges, widths=[3, 1], bold=[6]),
        TB(["PRODUITS", "Montant (en euros)"], produits, widths=[3, 1], bold=[8]),
        SG([("Fait à", "Steenvoorde"), ("le", "29/05/2019")]),
    ]
    style = dict(header="plain", lab="above", names="Champ texte {}", name_start=1, accent=(0.05, 0.2, 0.45),
                 font="Sans", size=9, ffill=(0.92, 0.92, 0.92), fborder=(0.3, 0.3, 0.3), sec="bar",
                 ffont="Helvetica", tip="label", producer="Adobe Acrobat Pro DC 19.8.20071",
                 creator="Adobe Acrobat Pro DC 19.8.20071", epoch=1559000000, pageno="Page {}",
                 footer="Dossier de demande de subvention - appel à projets Partons 2.0")
    mail = dict(from_name="Sandrine Delattre", from_addr="sandrine.delattre@example.net",
                subject="Dossier de candidature - Verger partagé du Houtland",
                date=(2019, 5, 29, 11, 22, 9), att="Dossier_subvention_Jardins_du_Houtland.pdf",
                body="Madame, Monsieur,\n\nVeuillez trouver ci-joint le dossier de demande de subvention de "
                     "l'association Les Jardins du Houtland dans le cadre de l'appel à projets Partons 2.0.\n\n"
                     "Je reste à votre disposition pour tout renseignement complémentaire.\n\n"
                     "Cordialement,\nSandrine Delattre\nSecrétaire\n")
    add(fmt="pdf_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 12  pdf_form  fr  Hondschoote  (tooltip-only contact boxes; no total given)
# =====================================================================================
def _c():
    truth = dict(organisation="Comité d'animation du quartier du Moulin", contact_name="Karine Vermersch",
                 email="karine.vermersch@example.org", phone="06 71 28 43 90", address="3 allée des Meuniers",
                 postcode="59122", municipality="Hondschoote", country="FR",
                 project_title="Jardinières partagées et fête des voisins", requested=6500, total=None)
    blocks = [
        HD(["Villages et quartiers vivants", "Partons 2.0 - côté français"], logo=("circle", "VQ")),
        T("Fiche de candidature", sub="À retourner par courriel avant le 16 juin 2019"),
        S("Le porteur de projet"),
        F("Nom de la structure", "Comité d'animation du quartier du Moulin"),
        F("Statut", "association de fait (en cours de déclaration)"),
        F("Adresse", "3 allée des Meuniers"),
        R(F("CP", "59122", w=1), F("Ville", "Hondschoote", w=3)),
        F("Président(e)", "Francis Ducrocq - 03 28 68 14 52"),
        R(F("", "Karine Vermersch", tiponly=True, tip="Nom et prénom de la personne à contacter", w=2.2),
          F("", "06 71 28 43 90", tiponly=True, tip="Téléphone de la personne à contacter", w=1.6),
          F("", "karine.vermersch@example.org", tiponly=True, tip="Courriel de la personne à contacter", w=3.4),
          label="Personne à contacter"),
        N("(nom - téléphone - courriel)"),
        S("Le projet"),
        F("Titre du projet", "Jardinières partagées et fête des voisins"),
        F("Description", "Installer une quinzaine de grandes jardinières en bois dans les rues du quartier, "
                         "plantées et entretenues par les habitants, et organiser une fête des voisins pour "
                         "l'inauguration.", lines=4),
        F("Nombre d'habitants impliqués", "environ 40"),
        F("Calendrier", "septembre 2019 - mai 2020"),
        S("Aide demandée"),
        F("Montant sollicité (en euros, 10 000 maximum)", "6 500"),
        N("Un budget détaillé pourra être demandé aux projets présélectionnés."),
        SG([("Date", "12/06/2019"), ("Signature", None)]),
    ]
    style = dict(header="rule", lab="left", lab_w=175, names="Zone de texte {}", name_start=1,
                 accent=(0.6, 0.3, 0.0), font="Serif", bold="Serif-Bold", ital="Serif-Italic", size=10,
                 ffill=(1.0, 0.98, 0.9), fborder=(0.6, 0.45, 0.2), ffont="Helvetica", fsize=9.5, tip="label",
                 sec="under", epoch=1559800000, producer="Microsoft® Word pour Office 365", pageno=None)
    mail = dict(from_name="Karine Vermersch", from_addr="karine.vermersch@example.org",
                subject="Candidature comité du Moulin Hondschoote",
                date=(2019, 6, 12, 19, 8, 55), att="fiche candidature comite du moulin.pdf",
                body="Bonjour,\n\nVous trouverez ci-joint notre fiche de candidature pour les jardinières partagées.\n"
                     "Bonne réception,\n\nKarine Vermersch\n")
    add(fmt="pdf_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 13  pdf_form  fr  Esquelbecq  (bilingual labels FR / NL side by side, answers in French)
# =====================================================================================
def _c():
    m = lambda v: money(v, "fr_plain_c")
    exp = [("Machines à coudre et outillage (repair café)", 1890.50), ("Laine, fournitures", 640),
           ("Animation par une intervenante (10 séances)", 1800), ("Communication", 790)]
    inc = [("Cotisations et participation des adhérents", 470), ("Commune d'Esquelbecq", 800),
           ("Appel à projets Partons 2.0", 3850.50)]
    truth = dict(organisation="Foyer rural d'Esquelbecq", contact_name="Mathilde Coppin",
                 email="mathilde.coppin@example.com", phone="07 68 12 45 30", address="7 impasse des Tanneurs",
                 postcode="59470", municipality="Esquelbecq", country="FR",
                 project_title="Café-tricot et repair café intergénérationnel", requested=3850.50, total=5120.50)
    blocks = [
        HD(["Partons 2.0", "Formulaire bilingue / Tweetalig formulier"]),
        T("Candidature / Kandidatuur", sub="Villages et quartiers vivants - Maak werk van je buurt! 2019"),
        N("Remplissez le formulaire dans la langue de votre choix. / Vul het formulier in in de taal van uw keuze."),
        S("1. Structure", alt="Organisatie"),
        F("Nom de l'association", "Foyer rural d'Esquelbecq", alt="Naam vereniging"),
        F("Adresse du siège", "7 impasse des Tanneurs", alt="Adres zetel"),
        F("Code postal", "59470", alt="Postcode"),
        F("Commune", "Esquelbecq", alt="Gemeente"),
        F("Pays", "France", alt="Land"),
        S("2. Contacts", alt="Contactpersonen"),
        F("Personne de contact", "Mathilde Coppin", alt="Contactpersoon"),
        F("Téléphone", "07 68 12 45 30", alt="Telefoon"),
        F("Courriel", "mathilde.coppin@example.com", alt="E-mail"),
        F("Président(e)", "Gérard Lemaire", alt="Voorzitter"),
        F("Tél. président(e)", "03 28 65 90 21", alt="Tel. voorzitter"),
        F("Trésorier(ère)", "Nadia Bourel - nadia.bourel@example.net", alt="Penningmeester"),
        S("3. Projet", alt="Project"),
        F("Titre du projet", "Café-tricot et repair café intergénérationnel", alt="Titel project"),
        F("Description", "Un après-midi par mois, la salle du foyer devient café-tricot et atelier de réparation : "
                         "les anciens transmettent leur savoir-faire aux jeunes, et chacun repart avec un objet "
                         "réparé.", alt="Beschrijving", lines=3),
        S("4. Budget", alt="Begroting"),
        TB(["Dépenses / Uitgaven", "EUR"], table_rows(exp, "fr_plain_c") + [["Total / Totaal", m(5120.50)]],
           widths=[3, 1], fill_labels=True, bold=[4]),
        TB(["Recettes / Inkomsten", "EUR"], table_rows(inc, "fr_plain_c") + [["Total / Totaal", m(5120.50)]],
           widths=[3, 1], fill_labels=True, bold=[3]),
        F("Coût total du projet", m(5120.50), alt="Totale kostprijs"),
        F("Montant demandé", m(3850.50), alt="Gevraagd bedrag"),
        SG([("Date / Datum", "20/05/2019"), ("Signature / Handtekening", None)]),
    ]
    style = dict(header="band", lab="left", lab_w=215, bi="slash", names="fill_{}", name_start=1,
                 accent=(0.2, 0.2, 0.5), font="Sans", size=9, ffill=(0.93, 0.95, 1.0), bstyle="inset",
                 fborder=(0.5, 0.5, 0.6), tip="name", epoch=1558300000, sec="grey",
                 producer="Acrobat Distiller 11.0", creator="PScript5.dll Version 5.2.2", pageno="{}")
    mail = dict(from_name="Mathilde Coppin", from_addr="mathilde.coppin@example.com",
                subject="Candidature Foyer rural d'Esquelbecq - café-tricot",
                date=(2019, 5, 20, 14, 31, 2), att="Candidature Foyer rural Esquelbecq.pdf",
                body="Bonjour,\n\nJe vous prie de trouver en pièce jointe la candidature du Foyer rural pour le "
                     "café-tricot / repair café.\n\nBien cordialement,\nMathilde Coppin\n")
    add(fmt="pdf_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 14  docx_form  fr  Godewaersvelde  (commune subsidy form with content controls in a table)
# =====================================================================================
def _c():
    m = lambda v: money(v, "fr_eur")
    exp = [("Formation des chauffeurs bénévoles", 1200), ("Téléphone et logiciel de réservation", 850),
           ("Assurance des bénévoles", 1650), ("Défraiement kilométrique (1re année)", 6400),
           ("Communication (flyers, réunion publique)", 850)]
    inc = [("Participation des bénéficiaires", 1300), ("Mairie (subvention sollicitée)", 1250),
           ("Partons 2.0", 8400)]
    truth = dict(organisation="Les Voisins Solidaires de Godewaersvelde", contact_name="Hervé Lheureux",
                 email="herve.lheureux@example.net", phone="06 33 90 17 26", address="18 chemin des Hoblons",
                 postcode="59114", municipality="Godewaersvelde", country="FR",
                 project_title="Réseau de chauffeurs bénévoles pour les aînés", requested=8400, total=10950)
    blocks = [
        HD(["DEMANDE DE SUBVENTION", "Associations - année 2019"], right=["Réservé à l'administration",
                                                                         "Reçu le :", "Avis :"]),
        T("Dossier de demande de subvention", sub="(formulaire municipal réutilisé pour l'appel à projets Partons 2.0 "
                                                   "- Villages et quartiers vivants)"),
        S("I - Présentation de l'association"),
        F("Nom de l'association", "Les Voisins Solidaires de Godewaersvelde"),
        F("Adresse du siège social", "18 chemin des Hoblons"),
        F("Code postal", "59114"),
        F("Commune", "Godewaersvelde"),
        F("N° SIRET", ""),
        F("N° RNA", "W595013872"),
        F("Site internet", ""),
        S("II - Composition du bureau"),
        F("Président(e) : nom, téléphone", "Monique Baelen, 03 28 42 61 75"),
        F("Trésorier(ère) : nom, téléphone", "Patrick Delbecque, 06 20 44 18 97"),
        F("Secrétaire : nom, téléphone", "Hervé Lheureux, 06 33 90 17 26"),
        S("III - Personne chargée du dossier"),
        F("Nom et prénom", "Hervé Lheureux"),
        F("Qualité", "Secrétaire"),
        F("Téléphone", "06 33 90 17 26"),
        F("Courriel", "herve.lheureux@example.net"),
        S("IV - Le projet"),
        F("Intitulé de l'action", "Réseau de chauffeurs bénévoles pour les aînés"),
        F("Description de l'action", "Mettre en relation les personnes âgées ou sans voiture du village avec des "
                                     "chauffeurs bénévoles pour leurs rendez-vous médicaux, courses et visites. "
                                     "Réservation par un numéro unique tenu par deux bénévoles."),
        F("Date de début", "1er octobre 2019"),
        F("Montant de la subvention demandée", m(8400)),
        F("Coût total de l'action", m(10950)),
    ]
    blocks += [
        TB(["Dépenses prévues", "Montant"], table_rows(exp, "fr_eur") + [["Total", m(10950)]], widths=[3, 1],
           bold=[5]),
        TB(["Recettes prévues", "Montant"], table_rows(inc, "fr_eur") + [["Total", m(10950)]], widths=[3, 1],
           bold=[3]),
        N("Je soussigné(e), représentant(e) légal(e) de l'association, certifie exactes les informations du présent "
          "dossier et que l'association est à jour de ses obligations sociales et fiscales."),
        SG([("Fait à Godewaersvelde, le", "7 juin 2019"), ("Signature :", None)]),
    ]
    style = dict(mode="sdt_table", font="Arial", size=10, lab_w=6.0, ans_w=10.5, shade="FBE4D5", lab_bold=True,
                 accent="833C0B", sdt_ph="Cliquez ou appuyez ici pour entrer du texte.", ans_color=None,
                 author="Mairie", created=(2018, 11, 19, 10, 0), title_meta="Demande de subvention associations",
                 footer="Dossier de demande de subvention - associations")
    mail = dict(from_name="Hervé Lheureux", from_addr="herve.lheureux@example.net",
                subject="Demande de subvention Partons 2.0 - Voisins Solidaires",
                date=(2019, 6, 7, 9, 45, 38), att="Demande subvention Voisins Solidaires.docx",
                mailer="Microsoft Outlook 16.0",
                body="Madame, Monsieur,\n\nNous vous transmettons notre demande pour le réseau de chauffeurs "
                     "bénévoles. Nous avons repris le formulaire de la mairie, qui contient toutes les informations "
                     "demandées.\n\nCordialement,\n\nHervé Lheureux\nSecrétaire - Les Voisins Solidaires\n")
    add(fmt="docx_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 15  docx_form  fr  Méteren  (printed dotted lines, answers typed in colour after the dots / on the line below)
# =====================================================================================
def _c():
    m = lambda v: money(v, "fr_euros")
    truth = dict(organisation="APE de l'école des Tilleuls", contact_name="Aurélie Lefranc",
                 email="aurelie.lefranc@example.com", phone="06 58 24 71 03", address="9 rue des Hirondelles",
                 postcode="59270", municipality="Méteren", country="FR",
                 project_title="Potager pédagogique ouvert aux habitants", requested=4200, total=5600)
    blocks = [
        HD(["Association des Parents d'Élèves"]),
        T("Fiche projet", sub="Formulaire interne de l'APE utilisé pour l'appel à projets Partons 2.0"),
        N("Merci de compléter chaque rubrique. Les informations recueillies servent uniquement au traitement de la "
          "demande."),
        S("L'association"),
        F("Nom de l'association :", "APE de l'école des Tilleuls"),
        F("Adresse :", "9 rue des Hirondelles"),
        R(F("Code postal :", "59270"), F("Ville :", "Méteren")),
        F("Président :", "Sébastien Hennebelle"),
        F("Téléphone du président :", "03 28 41 07 66"),
        S("Contact pour ce dossier"),
        F("Nom, prénom :", "Aurélie Lefranc", under=True),
        F("Téléphone portable :", "06 58 24 71 03"),
        F("Adresse électronique :", "aurelie.lefranc@example.com"),
        S("Le projet"),
        F("Titre :", "Potager pédagogique ouvert aux habitants"),
        F("En quelques lignes :", "Transformer la pelouse derrière l'école en potager : les classes y jardinent "
                                  "en semaine, les habitants du quartier le week-end. Un comité mixte parents-"
                                  "voisins décide des cultures et partage les récoltes.", under=True),
        F("Budget total du projet :", m(5600)),
        F("Montant demandé :", m(4200)),
        F("Autres financements :", "kermesse de l'APE (900 euros), mairie (500 euros)"),
        SG([("Fait le", "27/05/2019"), ("Signature :", None)]),
    ]
    style = dict(mode="dotsline", font="Century Gothic", size=10, ans_color="C00000", ndots=35, accent="C55A11",
                 author="APE", created=(2016, 9, 12, 21, 10), title_meta="Fiche projet")
    mail = dict(from_name="Aurélie Lefranc", from_addr="aurelie.lefranc@example.com",
                subject="Fiche projet potager APE Tilleuls",
                date=(2019, 5, 27, 21, 18, 40), att="Fiche projet potager.docx",
                body="Bonsoir,\n\nVoici la fiche projet de l'APE pour le potager. J'ai rempli notre fiche habituelle, "
                     "j'espère que cela conviendra.\n\nAurélie Lefranc\npour l'APE\n")
    add(fmt="docx_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 16  odt_form  fr  Oxelaëre  (table form; request only as a 'recettes' line)
# =====================================================================================
def _c():
    m = lambda v: money(v, "fr_eur")
    dep = [("Boîte à livres (menuisier local)", 1150), ("Tables et bancs pliants", 1240),
           ("Animation musicale fête des voisins", 600), ("Affiches et invitations", 490)]
    rec = [("Buvette et petite restauration", 430), ("Commune", 300),
           ("Appel à projets Partons 2.0 (Province de Flandre occidentale)", 2750)]
    truth = dict(organisation="Comité des fêtes d'Oxelaëre", contact_name="Pascale Vanhee",
                 email="pascale.vanhee@example.org", phone="03 28 40 57 12", address="6 rue des Glycines",
                 postcode="59670", municipality="Oxelaëre", country="FR",
                 project_title="Boîte à livres et fête des voisins au coeur du village", requested=2750, total=3480)
    blocks = [
        T("Appel à projets « Villages vivants » - dossier de candidature"),
        S("Renseignements administratifs"),
        F("Nom de l'association", "Comité des fêtes d'Oxelaëre"),
        F("Adresse du siège", "6 rue des Glycines"),
        F("Code postal / Commune", "59670 Oxelaëre"),
        F("Président", "Roger Top - 03 28 40 22 91"),
        F("Trésorière", "Chantal Dumont - chantal.dumont@example.net"),
        F("Contact pour le dossier", "Pascale Vanhee (secrétaire)"),
        F("Téléphone", "03 28 40 57 12"),
        F("Courriel", "pascale.vanhee@example.org"),
        S("Projet"),
        F("Nom du projet", "Boîte à livres et fête des voisins au coeur du village"),
        F("Objectifs", "Créer un point de rencontre devant la salle des fêtes avec une boîte à livres, et réunir "
                       "tous les habitants lors d'une grande fête des voisins pour l'inaugurer."),
        F("Implication des habitants", "Choix de l'emplacement par vote, construction avec le club des aînés"),
        S("Budget prévisionnel"),
        N("Inscrivez la subvention demandée dans le tableau des recettes."),
        TB(["Dépenses", "Montant"], table_rows(dep, "fr_eur") + [["Total dépenses", m(3480)]], widths=[3, 1],
           bold=[4]),
        TB(["Recettes", "Montant"], table_rows(rec, "fr_eur") + [["Total recettes", m(3480)]], widths=[3, 1],
           bold=[3]),
        SG([("Date :", "04/06/2019"), ("Signature :", None)]),
    ]
    style = dict(mode="table2", font="Liberation Sans", lab_w=5.5, ans_w=11.0, accent="#833c0b", shade="#fce4d6",
                 lab_bold=True, nl_names=False, author="Pascale", created="2019-06-03T21:40:00",
                 generator="LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe267cc68dde00352a451aa867b3b546ac")
    mail = dict(from_name="Pascale Vanhee", from_addr="pascale.vanhee@example.org",
                subject="dossier comité des fêtes Oxelaëre",
                date=(2019, 6, 4, 10, 2, 17), att="dossier candidature comité des fêtes.odt",
                body="Bonjour,\n\nCi-joint le dossier de candidature du comité des fêtes.\n\nCordialement\n"
                     "Pascale Vanhee\n")
    add(fmt="odt_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 17  odt_form  fr  Rexpoëde  (numbered questions, answers under; separate contact address)
# =====================================================================================
def _c():
    m = lambda v: money(v, "fr_cents")
    truth = dict(organisation="Rexpoëde Patrimoine et Nature", contact_name="Thierry Looten",
                 email="thierry.looten@example.net", phone="06 12 84 55 07", address="11 chemin du Zeelhof",
                 postcode="59122", municipality="Rexpoëde", country="FR",
                 project_title="Inventaire participatif du petit patrimoine rural", requested=9950, total=12400)
    blocks = [
        T("Dossier de candidature", sub="Partons 2.0 - appel à projets pour des villages vivants (Nord)"),
        N("Répondez à chaque question dans l'espace prévu en dessous. Les réponses trop longues peuvent être "
          "résumées ; le jury ne tiendra pas compte des pièces jointes non demandées."),
        S("I. Le demandeur"),
        F("Dénomination de l'association", "Rexpoëde Patrimoine et Nature", num="1."),
        F("Adresse du siège social", "11 chemin du Zeelhof, 59122 Rexpoëde", num="2."),
        F("Responsable du projet (nom, fonction)", "Thierry Looten, vice-président", num="3."),
        F("Adresse personnelle du responsable, si différente", "27 rue des Peupliers, 59122 Rexpoëde", num="4."),
        F("Téléphone et courriel du responsable", "06 12 84 55 07 / thierry.looten@example.net", num="5."),
        S("II. Le projet"),
        F("Intitulé", "Inventaire participatif du petit patrimoine rural", num="6."),
        F("Résumé", "Recenser avec les habitants les chapelles, calvaires, fermes et moulins de la commune, "
                    "restaurer deux chapelles avec des bénévoles et éditer un livret-balade.", num="7."),
        F("Coût total prévisionnel", m(12400), num="8."),
        F("Subvention sollicitée au titre de l'appel à projets", m(9950), num="9."),
        F("Autres partenaires financiers", "Commune de Rexpoëde (1 500,00 €), fonds propres (950,00 €)", num="10."),
        SG([("Fait à Rexpoëde, le", "15 mai 2019"), ("Le président, Bernard Vandenbussche", None)]),
    ]
    style = dict(mode="under", font="Liberation Sans", size=10, ans_color="#1f3864", under_dots=True,
                 accent="#1f3864", author="Thierry Looten", created="2019-05-14T22:10:00")
    mail = dict(from_name="Thierry Looten", from_addr="thierry.looten@example.net",
                subject="Candidature Rexpoëde Patrimoine et Nature",
                date=(2019, 5, 15, 23, 5, 11), att="Candidature_RPN_petit_patrimoine.odt",
                body="Madame, Monsieur,\n\nJe vous adresse ci-joint le dossier de candidature de notre association "
                     "pour l'inventaire du petit patrimoine.\n\nRespectueusement,\nThierry Looten\n")
    add(fmt="odt_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 18  xlsx_form  fr  Boeschepe  (Fiche + Budget sheets, typed totals)
# =====================================================================================
def _c():
    dep = [("Barnums et tables (achat)", 3100), ("Signalétique et banderoles", 1260), ("Animation musicale", 1800),
           ("Communication (affiches, réseaux sociaux)", 900), ("Étude de faisabilité (chambre d'agriculture)", 2200)]
    rec = [("Droits de place producteurs", 960), ("Union commerciale (fonds propres)", 1300),
           ("Appel à projets Partons 2.0", 7000)]
    truth = dict(organisation="Union commerciale de Boeschepe", contact_name="Céline Ryckebusch",
                 email="celine.ryckebusch@example.com", phone="03 28 49 36 82", address="30 rue des Brasseurs",
                 postcode="59299", municipality="Boeschepe", country="FR",
                 project_title="Marché de producteurs du premier samedi", requested=7000, total=9260)
    blocks = [
        T("FICHE DE CANDIDATURE - APPEL À PROJETS PARTONS 2.0"),
        S("Porteur du projet"),
        F("Nom de la structure", "Union commerciale de Boeschepe"),
        F("Statut juridique", "Association loi 1901"),
        F("Adresse", "30 rue des Brasseurs"),
        F("Code postal", "59299"),
        F("Commune", "Boeschepe"),
        S("Personnes"),
        F("Président", "Didier Samyn"),
        F("Tél. président", "06 09 55 31 48"),
        F("Référente du projet", "Céline Ryckebusch"),
        F("Tél. référente", "03 28 49 36 82"),
        F("Mail référente", "celine.ryckebusch@example.com"),
        S("Projet"),
        F("Intitulé", "Marché de producteurs du premier samedi"),
        F("Description", "Un marché de producteurs locaux le premier samedi de chaque mois sur la place, avec un "
                         "coin café tenu par les habitants et des animations pour les enfants.", lines=3),
        F("Montant demandé", "7 000 €"),
        F("Coût total", "9 260 €"),
        PB(),
        TB(["Dépenses", "Montant (€)"], [[a, v] for a, v in dep] + [["TOTAL", 9260]], bold=[5], title="BUDGET"),
        TB(["Recettes", "Montant (€)"], [[a, v] for a, v in rec] + [["TOTAL", 9260]], bold=[3]),
    ]
    style = dict(lab_col=1, val_col=2, val_span=1, widths={"A": 28, "B": 70}, fill=None, sec_fill="D9D9D9",
                 sec_font="000000", creator="Céline", created=(2019, 6, 1, 8, 12), val_border=False,
                 num_fmt='#,##0 "€"', lab_bold=True)
    mail = dict(from_name="Union commerciale Boeschepe", from_addr="union.commerciale.boeschepe@example.com",
                subject="Candidature marché de producteurs",
                date=(2019, 6, 1, 9, 30, 0), att="candidature_marche_producteurs.xlsx",
                body="Bonjour,\n\nVeuillez trouver ci-joint la fiche de candidature de l'Union commerciale de "
                     "Boeschepe (onglets Fiche et Budget).\n\nPour l'Union commerciale,\nCéline Ryckebusch\n")
    add(fmt="xlsx_form", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 19  pdf_letter  fr  Arnèke  (Cerfa-like form filled in Word, exported to PDF; request only as income line)
# =====================================================================================
def _c():
    m = lambda v: money(v, "fr_plain")
    charges = [["60 - Achats", m(9300)], ["61 - Services extérieurs", m(1180)],
               ["62 - Autres services extérieurs (paysagiste, concertation)", m(5200)],
               ["64 - Charges de personnel", ""], ["65 - Autres charges", m(800)],
               ["TOTAL DES CHARGES", m(16480)]]
    produits = [["70 - Ventes de produits finis, prestations", ""], ["74 - Subventions d'exploitation", ""],
                ["  Commune d'Arnèke", m(4500)], ["  Département du Nord", ""],
                ["  Fonds européens (Interreg Partons 2.0)", m(10000)], ["75 - Autres produits de gestion courante", m(1980)],
                ["TOTAL DES PRODUITS", m(16480)]]
    truth = dict(organisation="Arnèke Loisirs et Culture", contact_name="Julien Beauvois",
                 email="julien.beauvois@example.org", phone="06 81 20 64 13", address="3 rue des Sureaux",
                 postcode="59285", municipality="Arnèke", country="FR",
                 project_title="Aire de jeux participative près de la salle polyvalente", requested=10000,
                 total=16480, composed_name=True)
    blocks = [
        HD(["Demande de subvention", "Formulaire type association"], right=["Cadre réservé à l'administration",
                                                                            "Dossier n° :"]),
        T("Identification de l'association"),
        F("Nom - Dénomination :", "Arnèke Loisirs et Culture"),
        F("Sigle :", "ALC"),
        BX("Numéro SIRET :", "79481236500027", 14),
        F("Numéro RNA :", "W595008811"),
        F("Adresse du siège social :", "3 rue des Sureaux"),
        R(F("Code postal :", "59285"), F("Commune :", "Arnèke")),
        T("Représentant légal"),
        R(F("Nom :", "Deswarte"), F("Prénom :", "Bernadette")),
        F("Fonction :", "Présidente"),
        R(F("Téléphone :", "03 28 42 70 93"), F("Courriel :", "b.deswarte@example.com")),
        T("Personne chargée du dossier"),
        R(F("Nom :", "Beauvois"), F("Prénom :", "Julien")),
        F("Fonction :", "Trésorier"),
        R(F("Téléphone :", "06 81 20 64 13"), F("Courriel :", "julien.beauvois@example.org")),
        PB(),
        T("Description de l'action"),
        F("Intitulé :", "Aire de jeux participative près de la salle polyvalente"),
        F("Objectifs :", "Concevoir avec les enfants, les parents et les assistantes maternelles du village une aire "
                         "de jeux en matériaux naturels, et l'entretenir ensemble.", lines=2),
        F("Date ou période de réalisation :", "mars à juin 2020"),
        T("Budget prévisionnel de l'action"),
        TB(["Charges", "Montant en euros"], charges, widths=[3, 1], bold=[5]),
        TB(["Produits", "Montant en euros"], produits, widths=[3, 1], bold=[6]),
        N("L'aide demandée au titre de l'appel à projets figure à la ligne « Fonds européens »."),
        SG([("Fait à Arnèke, le 10/06/2019", None), ("Signature", None)]),
    ]
    style = dict(lab="left", lab_w=150, grid=False, dots=True, font="Serif", bold="Serif-Bold", ital="Serif-Italic",
                 size=10.5, accent=(0.0, 0.0, 0.0), header="rule", title_align="left", sec="under",
                 producer="Microsoft® Word 2013", creator="Microsoft® Word 2013", author="ALC",
                 title_meta="Demande de subvention", epoch=1560150000, pageno="{}")
    mail = dict(from_name="Julien Beauvois", from_addr="julien.beauvois@example.org",
                subject="Demande de subvention - aire de jeux Arnèke",
                date=(2019, 6, 10, 18, 44, 3), att="Demande de subvention ALC aire de jeux.pdf",
                body="Madame, Monsieur,\n\nVeuillez trouver ci-joint notre demande de subvention pour l'aire de "
                     "jeux participative.\n\nSincères salutations,\nJulien Beauvois, trésorier d'ALC\n")
    add(fmt="pdf_letter", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()


# =====================================================================================
# 20  pdf_letter  fr  Nieppe  (bilingual labels one under the other, Word export)
# =====================================================================================
def _c():
    m = lambda v: money(v, "bare_eur")
    truth = dict(organisation="Collectif des habitants de la Briqueterie", contact_name="Fatima Benali",
                 email="fatima.benali@example.net", phone="06 24 73 81 59", address="41 rue des Argiles",
                 postcode="59850", municipality="Nieppe", country="FR",
                 project_title="Jardin partagé et compost collectif", requested=6000, total=7750)
    exp = [("Clôture, cabane à outils, bacs", 3650), ("Outils et composteurs", 1400),
           ("Accompagnement par une animatrice nature", 2000), ("Inauguration", 700)]
    inc = [("Bailleur social (participation)", 1000), ("Collectif (fonds propres)", 750),
           ("Appel à projets Partons 2.0", 6000)]
    blocks = [
        HD(["Partons 2.0", "Appel à projets / Projectenoproep 2019"]),
        T("Formulaire de candidature", sub="Kandidatuurformulier"),
        S("Porteur de projet", alt="Projectindiener"),
        F("Nom de la structure", "Collectif des habitants de la Briqueterie", alt="Naam organisatie"),
        F("Adresse", "41 rue des Argiles", alt="Adres"),
        F("Code postal - Commune", "59850 Nieppe", alt="Postcode - Gemeente"),
        F("Personne de contact", "Fatima Benali", alt="Contactpersoon"),
        F("Téléphone", "06 24 73 81 59", alt="Telefoon"),
        F("Courriel", "fatima.benali@example.net", alt="E-mail"),
        F("Autre membre référent", "Olivier Decroix, 03 20 48 15 62", alt="Ander lid"),
        S("Projet", alt="Project"),
        F("Titre", "Jardin partagé et compost collectif", alt="Titel"),
        F("Description", "Sur la pelouse inutilisée au pied des immeubles, créer avec les locataires un jardin "
                         "partagé et un point de compostage collectif.", alt="Beschrijving", lines=2),
        F("Montant demandé", m(6000), alt="Gevraagd bedrag"),
        F("Budget total", m(7750), alt="Totaal budget"),
        TB(["Dépenses / Uitgaven", "€"], table_rows(exp, "bare_eur") + [["Total", m(7750)]], widths=[3, 1], bold=[4]),
        TB(["Recettes / Inkomsten", "€"], table_rows(inc, "bare_eur") + [["Total", m(7750)]], widths=[3, 1], bold=[3]),
        SG([("Date / Datum : 31/05/2019", None)]),
    ]
    style = dict(lab="left", lab_w=170, bi="stack", grid=True, font="Sans", bold="Sans-Bold", ital="Sans-Italic",
                 size=10, accent=(0.2, 0.4, 0.2), header="band", sec="bar", title_align="left",
                 producer="Microsoft® Word pour Office 365", creator="Microsoft® Word pour Office 365",
                 author="Fatima", title_meta="Formulaire de candidature", epoch=1559290000, pageno=None)
    mail = dict(from_name="Fatima Benali", from_addr="fatima.benali@example.net",
                subject="Candidature jardin partagé Briqueterie Nieppe",
                date=(2019, 5, 31, 12, 7, 26), att="formulaire candidature briqueterie.pdf",
                body="Bonjour,\n\nCi-joint notre formulaire de candidature pour le jardin partagé de la Briqueterie.\n\n"
                     "Merci et bonne journée,\nFatima Benali\n")
    add(fmt="pdf_letter", lang="fr", truth=truth, blocks=blocks, style=style, mail=mail)


_c()
