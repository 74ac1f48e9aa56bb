"""Corpus 39, DEV half: 20 applications on forms other bodies designed.
Each function returns one mail description (see build.py)."""
from reportlab.lib.colors import Color, white

import pdfform
import pdfletter
import docxform
import odtform
import sheets
from model import Doc, H, F, R, C, T, P, Box, Space, PageBreak
from common import D, money, phone, mail_date
from kit import (COACH_NL, COACH_FR, PROV_NL, PROV_FR, check_budget, rows, truth, iso, created, total)

X = "X"


# =====================================================================
# 1. pdf_form nl BE - a municipality's generic subsidy form (Text1, Text2 ...)
def d01():
    org = "Krombeke Kiest Kleur"
    title = "Pastorietuin voor iedereen"
    contact, c_tel, c_mail = "Lies Vanneste", "+32478521906", "lies.vanneste@example.org"
    chair, ch_tel, ch_mail = "Marc Verhaeghe", "+3257401283", "marc.verhaeghe@example.net"
    street, pc, city = "Bellestraat 41", "8972", "Krombeke"
    exp = [("Ontwerp en begeleiding landschapsarchitect", 2400), ("Speeltoestel in natuurhout", 3850),
           ("Zitbanken en 2 picknicktafels", 1920), ("Plantgoed en hagen", 1180),
           ("Infomoment en buurtfeest bij de opening", 650), ("Communicatie (flyers, affiches)", 350),
           ("Verzekering en keuring speeltoestel", 900)]
    req, tot = 7500, 11250
    inc = [("Gevraagde subsidie (Partons 2.0)", req), ("Eigen inbreng vereniging", 1750),
           ("Toelage kerkfabriek / gemeente (toegezegd)", 2000)]
    check_budget(exp, inc, req, tot)
    st = "be"
    items = [
        Box("Voorbehouden aan de administratie", [("Dossiernummer", ""), ("Datum ontvangst", ""),
                                                  ("Advies dienst", ""), ("Beslissing college d.d.", "")]),
        P("Dit formulier volledig ingevuld en ondertekend terugbezorgen aan de Dienst Vrije Tijd, uiterlijk "
          "drie maanden vóór de start van het project. Onvolledige aanvragen worden niet behandeld.", "small"),
        H("Rubriek 1 – Gegevens van de vereniging"),
        F("Naam van de vereniging", org),
        C("Juridisch statuut", ["vzw", "feitelijke vereniging", "stichting", "andere"], ["vzw"]),
        F("Ondernemingsnummer (KBO)", "0687.512.334", hint="bv. 0123.456.789 – enkel voor vzw's"),
        F("Adres maatschappelijke zetel (straat + nr.)", street),
        R([F("Postcode", pc, kind="comb", maxlen=4, w=1), F("Gemeente", city, w=3)]),
        F("Aantal leden", "38"),
        F("Erkend door de gemeente sinds", "2014"),
        H("Rubriek 2 – Verantwoordelijke van de vereniging (voorzitter)"),
        F("Naam en voornaam", chair),
        F("Adres", "Bellestraat 41, 8972 Krombeke"),
        F("Telefoon", phone(ch_tel, "nat")),
        F("E-mail", ch_mail),
        H("Rubriek 3 – Contactpersoon voor dit dossier"),
        P("In te vullen indien verschillend van de verantwoordelijke in rubriek 2.", "italic"),
        F("Naam en voornaam", contact),
        F("Functie in de vereniging", "secretaris"),
        F("Adres", "Sint-Bavostraat 7, 8972 Krombeke"),
        F("Telefoon (vast)", ""),
        F("GSM", phone(c_tel, "slash")),
        F("E-mail", c_mail),
        H("Rubriek 4 – Het project"),
        F("Titel van het project", title),
        F("Korte omschrijving (doel, doelgroep, werkwijze)",
          "De verwaarloosde pastorietuin achter de kerk wordt samen met de buurt heraangelegd tot een "
          "groene speel- en ontmoetingsplek voor jong en oud. Bewoners beslissen mee over het ontwerp "
          "tijdens twee inspraakmomenten; vrijwilligers van de vereniging en de schoolkinderen planten "
          "mee. Na de opening organiseren we elke maand een picknick.", kind="multi", lines=6),
        F("Plaats van uitvoering", "Pastorietuin, Pastoriestraat z/n (achter de Sint-Blasiuskerk), Krombeke"),
        R([F("Startdatum", "01/09/2019"), F("Einddatum", "30/04/2020")], label="Periode"),
        F("Subsidie aangevraagd in het kader van", "Partons 2.0 – oproep 'Maak werk van je buurt!' (Provincie West-Vlaanderen)",
          hint="reglement projectsubsidies art. 4 / andere (vermeld welke)"),
        H("Rubriek 5 – Financieel plan"),
        T(["Uitgaven (omschrijving)", "Bedrag (EUR)"], rows(exp, st) + [["Totale kostprijs van het project", money(tot, st)]],
          widths=[4, 1.3], field_cols=[0, 1], bold_rows=[len(exp)]),
        T(["Inkomsten (omschrijving)", "Bedrag (EUR)"], rows(inc, st) + [["Totaal inkomsten", money(tot, st)]],
          widths=[4, 1.3], field_cols=[0, 1], bold_rows=[len(inc)]),
        F("Gevraagd subsidiebedrag", money(req, st), hint="max. 50 % van de totale kostprijs volgens het gemeentelijk reglement"),
        C("Reeds eerder subsidie ontvangen van de gemeente voor dit project?", ["ja", "nee"], ["nee"]),
        H("Rubriek 6 – Bankgegevens"),
        F("Rekeningnummer (IBAN)", "BE62 7380 4412 9061"),
        F("Op naam van", "vzw Krombeke Kiest Kleur"),
        H("Rubriek 7 – Verklaring op eer en handtekening"),
        P("De ondergetekende verklaart dat dit formulier naar waarheid werd ingevuld en dat de vereniging de "
          "bepalingen van het subsidiereglement aanvaardt.", "normal"),
        R([F("Datum", "20/05/2019"), F("Naam", chair), F("Functie", "voorzitter")]),
        P("Bijlagen: begroting, statuten (enkel bij eerste aanvraag), foto's van de huidige toestand.", "small"),
    ]
    doc = Doc("Aanvraagformulier projectsubsidie voor verenigingen",
              items, subtitle="Reglement projectsubsidies – versie januari 2017",
              header_left=["Gemeente Ijzervallei", "Dienst Vrije Tijd en Verenigingen",
                           "Vaartstraat 2 – 8650 Merkem", "tel. 051 50 17 40 – vrijetijd.ijzervallei@example.org"],
              header_right=["Formulier VT-07", "Ref. 2017/REG/004"],
              footer="Gemeente Ijzervallei – aanvraag projectsubsidie – p. {page}",
              meta={"title": "Aanvraagformulier projectsubsidie", "author": "Dienst Vrije Tijd",
                    "creator": "Microsoft Word 2013"})
    att = pdfform.render(doc, dict(head="bar"), pdfform.Namer("Text{n}", "Check Box{n}"))
    body = ("Dag Jonas,\n\n"
            "Zoals afgesproken na de brainstorm in Krombeke sturen we ons projectidee door. We hebben het "
            "subsidieformulier van de gemeente gebruikt omdat we dat toch al ingevuld hadden, ik hoop dat "
            "dat geen probleem is. Alle info zit erin, ook de begroting.\n\n"
            "Voor vragen mag je mij altijd bellen.\n\n"
            "Groetjes,\nLies Vanneste\nsecretaris Krombeke Kiest Kleur\n")
    return dict(fmt="pdf_form", lang="nl", date=mail_date(2019, 5, 22, 21, 14),
                sender=(contact, c_mail), subject="Projectidee Krombeke - Pastorietuin voor iedereen",
                body=body, client="thunderbird", att_name="aanvraagformulier_pastorietuin_ingevuld.pdf",
                att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 2. pdf_form nl BE - a cooperative bank's community fund (veld1 ...)
def d02():
    org = "Bewonersgroep Kasteelhoek"
    title = "Straatmeesters Kasteelhoek"
    contact, c_tel, c_mail = "Griet Vandenbussche", "+3257468320", "griet.vandenbussche@example.com"
    c2, c2_tel, c2_mail = "Tom Lermyte", "+32494276013", "tom.lermyte@example.net"
    street, pc, city = "Kasteelhoekstraat 18", "8980", "Beselare"
    req, tot = 4250, 6100
    exp = [("Vorming straatmeesters door participatie-expert", 2200), ("Bevraging van alle bewoners", 950),
           ("Communicatie en buurtkrantje", 850), ("Drie buurtmomenten", 1400),
           ("Materiaal (hesjes, visitekaartjes, buurtkaart)", 700)]
    inc = [("Gevraagde steun", req), ("Eigen bijdrage bewoners", 600), ("Sponsoring lokale handelaars", 1250)]
    check_budget(exp, inc, req, tot)
    st = "be_dash"
    items = [
        P("Het Buurtfonds steunt kleine projecten van buurtbewoners met maximaal € 2.500 per project. Vul dit "
          "formulier in en bezorg het aan uw kantoor of via buurtfonds.spaarkas@example.com.", "small"),
        H("1. Wie dient de aanvraag in?"),
        F("Naam van de groep / vereniging", org),
        C("Soort", ["vzw", "feitelijke vereniging / bewonersgroep", "school", "andere"],
          ["feitelijke vereniging / bewonersgroep"]),
        F("Correspondentieadres (straat en nummer)", street),
        R([F("Postcode", pc, w=1), F("Gemeente", city, w=3)]),
        F("Indiener – naam", contact),
        F("Indiener – telefoon", phone(c_tel, "nat")),
        F("Indiener – e-mail", c_mail),
        F("Tweede contactpersoon – naam", c2),
        F("Tweede contactpersoon – telefoon", phone(c2_tel, "nat")),
        F("Tweede contactpersoon – e-mail", c2_mail),
        C("Bent u klant bij de Spaarkas?", ["ja", "nee"], ["ja"]),
        F("Klantnummer (indien gekend)", "0036 11829"),
        H("2. Uw project"),
        F("Naam van het project", title),
        F("Wat wilt u doen?",
          "In elke straat van de Kasteelhoek komt een straatmeester: een buur die het aanspreekpunt is, "
          "nieuwe bewoners verwelkomt en mensen met een vraag doorverwijst naar de juiste dorpsgenoot. "
          "We starten met een bevraging aan alle deuren en een vorming voor de vrijwilligers.",
          kind="multi", lines=5),
        F("Waar?", "Kasteelhoek en zijstraten, Beselare (Zonnebeke)"),
        F("Wanneer?", "september 2019 – juni 2020"),
        F("Hoeveel mensen zijn betrokken?", "ca. 120 gezinnen, 9 vrijwillige straatmeesters"),
        H("3. Budget"),
        T(["Uitgaven", "Bedrag"], rows(exp, st) + [["Totaal", money(tot, st)]], widths=[4, 1.2],
          field_cols=[1], bold_rows=[len(exp)]),
        T(["Inkomsten", "Bedrag"], rows(inc, st) + [["Totaal", money(tot, st)]], widths=[4, 1.2],
          field_cols=[1], bold_rows=[len(inc)]),
        F("Bedrag aangevraagd bij het Buurtfonds (max. € 2.500)", money(req, st)),
        F("Rekeningnummer waarop de steun mag gestort worden", "BE71 0018 2265 4469"),
        H("4. Handtekening"),
        R([F("Plaats", "Beselare"), F("Datum", "2 juni 2019"), F("Handtekening", "G. Vandenbussche")]),
        Box("In te vullen door de Spaarkas", [("Kantoor", ""), ("Klantadviseur", ""), ("Beslissing comité", "")]),
    ]
    doc = Doc("Buurtfonds 2018 – Aanvraagformulier", items,
              subtitle="Samen maken we de buurt sterker",
              header_left=["Spaarkas Ijzerland cv", "Coöperatieve bank – Buurtfonds",
                           "Ieperstraat 120, 8980 Zonnebeke", "tel. 051 78 40 00"],
              footer="Spaarkas Ijzerland cv – Buurtfonds – aanvraagformulier 2018 – blz. {page}",
              meta={"title": "Buurtfonds aanvraagformulier 2018", "author": "Spaarkas Ijzerland",
                    "creator": "Adobe InDesign CS6 (Windows)"})
    att = pdfform.render(doc, dict(lab_pos="above", head="line", fill=Color(1, 1, 0.88), border="box",
                                   tips="all"), pdfform.Namer("veld{n}", "keuze{n}"))
    body = ("Beste meneer Polin\n\n"
            "In bijlage vindt u de aanvraag van onze bewonersgroep voor de projectoproep. We hadden nog het "
            "formulier van het Buurtfonds van de Spaarkas liggen en hebben dat gebruikt. Daar staat max. 2500 "
            "euro op maar voor jullie oproep vragen we iets meer, zie punt 3.\n\n"
            "Met vriendelijke groeten\nGriet Vandenbussche\nBewonersgroep Kasteelhoek\n")
    return dict(fmt="pdf_form", lang="nl", date=mail_date(2019, 6, 3, 19, 42),
                sender=(contact, c_mail), subject="aanvraag Maak werk van je buurt - Kasteelhoek Beselare",
                body=body, client="outlook", att_name="Buurtfonds_aanvraag_Kasteelhoek.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 3. pdf_form nl BE - a previous call's project sheet (Tekstveld 1 ...) ; merchant
def d03():
    org = "Bakkerij Dewaele bv"
    title = "De Broodnodige Babbel – dorpsontmoetingspunt in de bakkerij"
    contact, c_tel, c_mail = "Stefaan Dewaele", "+32472184495", "bakkerij.dewaele@example.com"
    sender, s_mail = "Ellen Dewaele", "ellen.dewaele@example.net"
    partner, p_tel, p_mail = "Ann Debruyne", "+3258297314", "ann.debruyne@example.org"
    street, pc, city = "Dorpsstraat 64", "8691", "Beveren-aan-den-IJzer"
    req, tot = 9000, 15800
    exp = [("Meubilair en inrichting ontmoetingshoek", 6300), ("Koffie-installatie", 2100),
           ("Toegankelijke ingang (helling, deur)", 4200), ("Communicatie", 1200),
           ("Opening en eerste activiteiten", 2000)]
    inc = [("Gevraagde steun", req), ("Eigen inbreng zaak", 5800), ("Bijdrage dorpsraad", 1000)]
    check_budget(exp, inc, req, tot)
    st = "plain"
    items = [
        Box("Kader voorbehouden aan IVWL", [("Projectnummer", ""), ("Ontvangen", ""), ("Score jury", "")]),
        H("A. Identificatie van de projectindiener"),
        F("Naam projectindiener (organisatie, bestuur, onderneming)", org),
        C("Type indiener", ["lokaal bestuur", "vereniging", "lokale handelaar / onderneming", "school", "andere"],
          ["lokale handelaar / onderneming"]),
        F("Ondernemingsnummer / BTW", "BE 0712.448.905"),
        F("Straat en huisnummer", street),
        R([F("Postcode", pc, kind="comb", maxlen=4, w=1, tip="Postcode"), F("Gemeente", city, w=3, tip="Gemeente")]),
        F("Contactpersoon", contact),
        F("Functie", "zaakvoerder"),
        F("Telefoon / GSM", phone(c_tel, "nat")),
        F("E-mail", c_mail),
        F("Website", "n.v.t."),
        H("B. Partners in het project"),
        T(["Partner", "Contactpersoon", "Telefoon", "E-mail"],
          [["Dorpsraad Beveren (mede-indiener)", partner, phone(p_tel, "nat"), p_mail],
           ["Seniorenvereniging", "Roger Cnockaert", "058 29 80 55", ""],
           ["", "", "", ""]], widths=[2.2, 1.6, 1.3, 2.2], field_cols=[0, 1, 2, 3]),
        H("C. Projectbeschrijving"),
        F("Titel van het project", title),
        F("Samenvatting (max. 10 lijnen)",
          "De achterzaal van de bakkerij wordt een gratis ontmoetingsplek voor het dorp: koffie, krant, een "
          "leestafel en een prikbord voor vraag en aanbod. Sinds het café sloot is er in Beveren geen plek "
          "meer waar mensen elkaar toevallig ontmoeten. De dorpsraad en de seniorenvereniging organiseren er "
          "wekelijks een activiteit.", kind="multi", lines=6),
        F("Locatie", "achterzaal bakkerij, ingang Leenstraat 2, Beveren-aan-den-IJzer"),
        F("Timing", "start oktober 2019"),
        C("Thema (meerdere mogelijk)", ["dorpsontmoetingspunt", "buurtwinkel / diensten", "mobiliteit", "groen",
                                        "erfgoed", "andere"], ["dorpsontmoetingspunt", "buurtwinkel / diensten"]),
        F("Werd dit project al ingediend bij een vorige oproep?", "nee"),
        H("D. Financiering"),
        T(["Kostenpost", "Bedrag (EUR)"], rows(exp, st), widths=[4, 1.2], field_cols=[1]),
        F("Totale projectkost (EUR)", money(tot, st)),
        F("Gevraagde steun (EUR)", money(req, st), hint="max. 10 000 EUR en max. 80 % van de totale projectkost"),
        F("Eigen inbreng en andere financiering (EUR)", "5800 eigen inbreng + 1000 dorpsraad"),
        H("E. Ondertekening"),
        R([F("Datum", "28/05/2019"), F("Naam", contact), F("Handtekening", "S. Dewaele")]),
    ]
    doc = Doc("Oproep Leefbare Dorpskernen 2017 – Projectfiche", items,
              subtitle="In te dienen vóór 31 maart 2017 bij IVWL, Leiestraat 55, 8940 Wervik",
              header_left=["Intergemeentelijke Vereniging Westhoek-Leie (IVWL)", "Leiestraat 55 – 8940 Wervik",
                           "056 31 20 90 – dorpskernen@example.org"],
              footer="IVWL – projectfiche Leefbare Dorpskernen 2017 – {page}",
              meta={"title": "Projectfiche Leefbare Dorpskernen 2017", "author": "IVWL", "creator": "Writer"})
    att = pdfform.render(doc, dict(head="box", lab_w=185), pdfform.Namer("Tekstveld {n}", "Selectievakje {n}"))
    body = ("Goedemiddag,\n\n"
            "Namens mijn vader Stefaan Dewaele (Bakkerij Dewaele) stuur ik u ons projectidee voor de oproep "
            "'Maak werk van je buurt'. We hebben de projectfiche van de oproep van IVWL van 2017 hergebruikt, "
            "daar stond alles al in. De dorpsraad doet mee.\n"
            "Voor vragen kunt u best mijn vader contacteren, zijn gegevens staan in het formulier.\n\n"
            "Vriendelijke groeten,\nEllen Dewaele\n0470 33 12 84\n")
    return dict(fmt="pdf_form", lang="nl", date=mail_date(2019, 5, 29, 13, 5),
                sender=(sender, s_mail), subject="Projectfiche bakkerij Dewaele Beveren",
                body=body, client="iphone", att_name="projectfiche bakkerij.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 4. pdf_form nl FR - bilingual cross-border project sheet, Acrobat auto names
def d04():
    org = "Vrienden van 't Blauwershof"
    title = "Blauwershof, huis van het dorp"
    contact, c_tel, c_mail = "Henri Vandaele", "+33639984127", "h.vandaele@example.org"
    pres, pr_tel = "Bernard Decool", "+33353012217"
    sender, s_mail = "Joost Verbeke", "joost.verbeke@example.net"
    street, pc, city = "7 route de Winnezeele", "59114", "Steenvoorde"
    req, tot = 8000, 11460
    exp = [("Begeleiding / animation (zangavonden)", 3200), ("Stoelen en tafels / chaises et tables", 2860),
           ("Gereedschap repair café / outillage", 1900), ("Tweetalige communicatie / communication", 1500),
           ("Evenementen / événements", 2000)]
    inc = [("Gevraagd / sollicité Partons 2.0", req), ("Eigen middelen / fonds propres", 1460),
           ("Commune de Steenvoorde", 2000)]
    check_budget(exp, inc, req, tot)
    st = "fr_int"
    items = [
        H("1. Projectdrager / Porteur de projet"),
        F("Naam van de organisatie / Nom de la structure", org),
        F("Rechtsvorm / Statut juridique", "association loi 1901"),
        F("SIRET / KBO", "812 447 305 00017"),
        F("Adres zetel / Adresse du siège", street),
        R([F(None, pc, tip="Code postal / Postcode", w=1), F(None, city, tip="Commune / Gemeente", w=3)],
          label="Postcode – Gemeente / Code postal – Commune"),
        F("Land / Pays", "Frankrijk / France"),
        F("Wettelijk vertegenwoordiger / Représentant légal", "%s, voorzitter / président" % pres),
        F("Tel. wettelijk vertegenwoordiger", phone(pr_tel, "nat")),
        H("2. Contactpersoon / Personne de contact"),
        F("Naam / Nom", contact),
        F("Functie / Fonction", "secretaris / secrétaire"),
        F("Telefoon / Téléphone", phone(c_tel, "intl")),
        F("E-mail / Courriel", c_mail),
        H("3. Project / Projet"),
        F("Titel / Intitulé", title),
        F("Beschrijving / Description",
          "Het oude boerenhof wordt het huis van het dorp: maandelijkse Vlaamse zangavonden, een repair café "
          "en een vertelnamiddag voor de kinderen, tweetalig georganiseerd met de inwoners van Steenvoorde "
          "en de Belgische buren.", kind="multi", lines=5),
        F("Plaats van uitvoering / Lieu", "hameau de Droogland, 59114 Steenvoorde"),
        F("Grensoverschrijdende partner / Partenaire transfrontalier", "Dorpsraad Watou (België)"),
        H("4. Begroting / Budget"),
        T(["Uitgaven / Dépenses", "EUR"], rows(exp, st) + [["Totaal / Total", money(tot, st)]],
          widths=[4, 1.2], field_cols=[1], bold_rows=[len(exp)]),
        T(["Inkomsten / Recettes", "EUR"], rows(inc, st) + [["Totaal / Total", money(tot, st)]],
          widths=[4, 1.2], field_cols=[1], bold_rows=[len(inc)]),
        F("Gevraagd bedrag / Montant demandé", money(req, st)),
        P("Plafond micro-projet : 25 000 € / max. 25.000 € per microproject (programma 2016-2018).", "small"),
        H("5. Handtekening / Signature"),
        R([F(None, "Steenvoorde", tip="Plaats / Lieu"), F(None, "25/05/2019", tip="Datum / Date"),
           F(None, pres, tip="Naam / Nom")]),
    ]
    doc = Doc("Projectfiche microprojecten / Fiche projet micro-projets", items,
              subtitle="Platform Grensdorpen – Plateforme Villages frontaliers 2016-2018",
              header_left=["Platform Grensdorpen / Plateforme Villages frontaliers",
                           "Secretariaat: Grote Markt 9, 8970 Poperinge", "tel. +32 57 33 80 15"],
              header_right=["Interreg V France-Wallonie-Vlaanderen"],
              footer="Projectfiche / Fiche projet – {page}",
              meta={"title": "Fiche projet", "creator": "Adobe Acrobat Pro 11.0.23"})
    att = pdfform.render(doc, dict(head="bar", head_fill=Color(0.16, 0.33, 0.55), head_text=white, lab_w=205),
                         pdfform.Namer("auto"))
    body = ("Beste Jonas,\n\n"
            "Ik stuur dit door in naam van de Vrienden van 't Blauwershof uit Steenvoorde; zij hebben niet zo "
            "veel ervaring met e-mail. Ze hebben de tweetalige projectfiche van het Platform Grensdorpen "
            "ingevuld, die ze nog hadden van een vorig microproject.\n"
            "Contactpersoon is Henri Vandaele, hij spreekt goed Nederlands.\n\n"
            "Hartelijke groet,\nJoost Verbeke\nPoperinge\n\n"
            "---------- Doorgestuurd bericht ----------\n"
            "Van: Henri Vandaele <h.vandaele@example.org>\n"
            "Datum: zo 26 mei 2019 om 18:40\n"
            "Onderwerp: fiche projet Partons\n"
            "Aan: Joost Verbeke <joost.verbeke@example.net>\n\n"
            "Bonjour Joost, hier is de fiche van het Blauwershof. Kan jij ze naar de Provincie sturen? "
            "Merci !\nHenri\n")
    return dict(fmt="pdf_form", lang="nl", date=mail_date(2019, 5, 27, 9, 31),
                sender=(sender, s_mail), subject="Fw: projectfiche Blauwershof Steenvoorde",
                body=body, client="apple", att_name="Fiche_projet_Blauwershof.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 5. pdf_form fr FR - association subsidy request form, CERFA-like (Champ texte N)
def d05():
    org = "Les Potagers de la Becque"
    title = "Jardin partagé intergénérationnel de la Becque"
    contact, c_tel, c_mail = "Sylvie Delattre", "+33639982571", "sylvie.delattre@example.org"
    pres, pr_tel, pr_mail = "Gérard Vanhove", "+33353014862", "g.vanhove@example.net"
    street, pc, city = "4 bis rue de l'Église", "59270", "Saint-Jans-Cappel"
    req, tot = 6800, 9350
    st = "fr_int"
    charges = [("60 – Achats (plants, semences, outillage, bois)", 3650),
               ("61 – Services extérieurs (location motoculteur, assurance)", 1100),
               ("62 – Autres services extérieurs (animateur jardin, communication)", 4600),
               ("63 – Impôts et taxes", 0), ("64 – Charges de personnel", 0)]
    produits = [("70 – Vente de produits, prestations", 0), ("74 – Subventions d'exploitation : État", 0),
                ("Région", 0), ("Département", 0), ("Commune(s) : Saint-Jans-Cappel", 1200),
                ("Autres : Province de Flandre-Occidentale (Partons 2.0)", req),
                ("75 – Cotisations, dons", 850), ("Fonds propres", 500)]
    check_budget(charges, produits, req, tot)

    def m(v):
        return money(v, st) if v else ""
    items = [
        P("Ce formulaire permet à une association de solliciter une subvention de fonctionnement ou pour un "
          "projet. Il est à remplir en un seul exemplaire. Les rubriques sans objet sont à laisser en blanc.", "small"),
        H("1. Identification de l'association"),
        F("Nom – Dénomination", org),
        F("Sigle", "PdlB"),
        R([F("Numéro SIRET", "829 114 576 00014", w=2), F("Numéro RNA", "W593006214", w=1.3)]),
        F("Date de publication au Journal officiel", "12/03/2014"),
        F("Adresse du siège social", street),
        R([F("Code postal", pc, kind="comb", maxlen=5, w=1), F("Commune", city, w=3)]),
        F("Adresse de correspondance, si différente du siège", "15 rue des Tilleuls, 59270 Bailleul"),
        R([F("Téléphone", "", w=1), F("Courriel", "potagers.becque@example.org", w=2)]),
        F("Adresse site internet", ""),
        H("2. Identification du représentant légal (président ou autre personne désignée par les statuts)"),
        R([F("Nom", "Vanhove"), F("Prénom", "Gérard")]),
        F("Fonction", "Président"),
        R([F("Téléphone", phone(pr_tel, "nat")), F("Courriel", pr_mail, w=1.6)]),
        H("3. Identification de la personne chargée du présent dossier de subvention"),
        R([F("Nom", "Delattre"), F("Prénom", "Sylvie")]),
        F("Fonction", "Trésorière"),
        R([F("Téléphone", phone(c_tel, "dots")), F("Courriel", c_mail, w=1.6)]),
        H("4. Relations avec l'administration"),
        C("L'association bénéficie-t-elle d'un agrément administratif ?", ["oui", "non"], ["non"]),
        C("L'association est-elle reconnue d'utilité publique ?", ["oui", "non"], ["non"]),
        H("5. Moyens humains de l'association"),
        R([F("Nombre de bénévoles", "22"), F("Nombre de salariés", "0"), F("Adhérents", "46")]),
        PageBreak(),
        H("6. Projet – Objet de la demande"),
        F("Intitulé", title),
        F("Objectifs et description de l'action",
          "Transformer une parcelle en friche prêtée par la commune en jardin partagé ouvert à tous les "
          "habitants : 20 bacs, un abri, un composteur collectif. Les écoliers et les résidents de la maison "
          "de retraite voisine y jardinent avec les bénévoles ; une fête des récoltes clôture la saison.",
          kind="multi", lines=6),
        F("Lieu(x) de réalisation", "parcelle communale, chemin de la Becque, 59270 Saint-Jans-Cappel"),
        R([F("Date de début", "septembre 2019"), F("Durée", "12 mois")]),
        H("7. Budget prévisionnel de l'action"),
        T(["Charges", "Montant"], [[l, m(v)] for l, v in charges] + [["TOTAL DES CHARGES", money(tot, st)]],
          widths=[4, 1.3], field_cols=[1], bold_rows=[len(charges)]),
        T(["Produits", "Montant"], [[l, m(v)] for l, v in produits] + [["TOTAL DES PRODUITS", money(tot, st)]],
          widths=[4, 1.3], field_cols=[1], bold_rows=[len(produits)]),
        T(["Contributions volontaires en nature", "Montant"],
          [["86 – Emplois des contributions volontaires", ""], ["87 – Contributions volontaires en nature", ""]],
          widths=[4, 1.3], field_cols=[1]),
        H("8. Attestations"),
        P("Je soussigné(e), représentant(e) légal(e) de l'association, certifie que l'association est "
          "régulièrement déclarée, certifie exactes les informations du présent dossier et demande une "
          "subvention de :"),
        F("Montant de la subvention demandée", money(req, st)),
        R([F("Fait à", "Saint-Jans-Cappel"), F("le", "18/05/2019"), F("Signature", "G. Vanhove")]),
    ]
    doc = Doc("Demande de subvention(s) – Associations", items,
              subtitle="Formulaire type – réf. DS-ASSO / version 2017",
              header_left=["Formulaire unique de demande de subvention",
                           "à adresser au financeur sollicité"],
              header_right=["Loi n° 2000-321 du 12 avril 2000"],
              footer="Demande de subvention(s) – associations – page {page}",
              meta={"title": "Demande de subvention associations", "creator": "Adobe LiveCycle Designer ES 9.0"})
    att = pdfform.render(doc, dict(head="bar", head_fill=Color(0.85, 0.88, 0.95), font="Helvetica", lab_w=170),
                         pdfform.Namer("Champ texte {n}", "Case à cocher {n}"))
    body = ("Bonjour Monsieur Polin,\n\n"
            "Veuillez trouver ci-joint notre demande pour l'appel à projets Partons 2.0. Nous avons utilisé le "
            "formulaire de demande de subvention des associations que nous remplissons d'habitude pour la "
            "mairie, j'espère qu'il vous conviendra.\n\n"
            "Bien cordialement,\n"
            "Sylvie Delattre\nTrésorière – Les Potagers de la Becque\n")
    return dict(fmt="pdf_form", lang="fr", date=mail_date(2019, 5, 19, 17, 48),
                sender=(contact, c_mail), subject="Appel à projets Partons 2.0 - Les Potagers de la Becque",
                body=body, client="thunderbird_fr", att_name="Demande_subvention_Potagers_Becque.pdf", att=att,
                ext="pdf", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 6. pdf_form fr FR - community of municipalities' citizen fund; phone NOT given
def d06():
    org = "Collectif du Hameau du Steenmeulen"
    title = "Boîte à livres et banc des rencontres du Steenmeulen"
    contact, c_mail = "Amandine Lefebvre", "amandine.lefebvre@example.com"
    street, pc, city = "23 chemin du Steenmeulen", "59299", "Boeschepe"
    req, tot = 3480, 3980
    st = "fr"
    exp = [("Fabrication boîte à livres (bois, quincaillerie)", 640), ("Deux bancs en chêne", 1480),
           ("Plantations autour du banc", 420), ("Fête d'inauguration", 560),
           ("Intervention d'un menuisier pour l'atelier participatif", 880)]
    inc = [("Aide sollicitée", req), ("Participation des habitants", 500)]
    check_budget(exp, inc, req, tot)
    items = [
        P("Dossier à retourner au service Développement local de la Communauté de communes. Renseignements : "
          "03 53 01 00 40 – fic@example.net. Joindre un RIB.", "small"),
        H("Partie A – Le porteur"),
        F("Nom du collectif ou de l'association", org),
        C("Statut", ["association déclarée", "collectif d'habitants (non déclaré)", "autre"],
          ["collectif d'habitants (non déclaré)"]),
        F("Nom et prénom du référent", contact),
        F("Adresse", street),
        R([F(None, pc, kind="comb", maxlen=5, tip="Code postal", w=1), F(None, city, tip="Commune", w=3)],
          label="Code postal et commune"),
        F("Téléphone", ""),
        F("Adresse électronique", c_mail),
        F("Nombre d'habitants mobilisés", "environ 15 foyers"),
        H("Partie B – Le projet"),
        F("Titre du projet", title),
        F("Description",
          "Installer au carrefour du hameau une boîte à livres construite par les habitants lors d'un atelier "
          "avec un menuisier, et deux bancs pour se retrouver. Le hameau n'a plus de lieu de rencontre "
          "depuis la fermeture de l'estaminet.", kind="multi", lines=5),
        F("Lieu", "carrefour du Steenmeulen, Boeschepe"),
        F("Calendrier", "atelier en octobre 2019, inauguration au printemps 2020"),
        H("Partie C – Financement"),
        T(["Dépenses prévues", "Montant"], rows(exp, st) + [["Coût global du projet", money(tot, st)]],
          widths=[4, 1.3], field_cols=[1], bold_rows=[len(exp)]),
        T(["Recettes prévues", "Montant"], rows(inc, st) + [["Total", money(tot, st)]],
          widths=[4, 1.3], field_cols=[1], bold_rows=[len(inc)]),
        F("Montant de l'aide sollicitée", money(req, st), hint="Fonds d'initiatives citoyennes : plafond 1 500 € par projet"),
        H("Partie D – Avis du maire de la commune concernée"),
        F("Avis", "Favorable – la commune autorise l'installation sur le domaine public.", kind="multi", lines=2),
        R([F("Nom du maire / de l'élu", "M. Daniel Ghesquière"), F("Tél. mairie", "03 53 01 60 60")]),
        H("Partie E – Structure d'appui (facultatif)"),
        R([F("Structure", "Centre social du Houtland"), F("Contact", "Julien Coppin"), F("Tél.", "03 53 01 77 40")]),
        R([F("Fait à", "Boeschepe"), F("le", "6 juin 2019")]),
    ]
    doc = Doc("Fonds d'initiatives citoyennes 2018 – Dossier de candidature", items,
              header_left=["Communauté de communes des Monts et du Houtland", "Service Développement local",
                           "1 place du Marché – 59670 Cassel"],
              header_right=["FIC 2018"], footer="CCMH – Fonds d'initiatives citoyennes – {page}",
              meta={"title": "FIC 2018 dossier", "creator": "Microsoft Word 2016"})
    att = pdfform.render(doc, dict(head="plain", border="under", lab_w=160),
                         pdfform.Namer("Text{n}", "Check Box{n}", shared=True))
    body = ("Bonjour,\n\n"
            "Je vous envoie le dossier de notre collectif pour l'appel à projets « Partons 2.0 ». Nous avions "
            "préparé ce dossier pour le fonds d'initiatives citoyennes de la communauté de communes, mais le "
            "montant est trop faible pour notre projet, alors je vous le transmets tel quel.\n\n"
            "Merci d'avance,\nAmandine Lefebvre\n")
    return dict(fmt="pdf_form", lang="fr", date=mail_date(2019, 6, 7, 22, 3),
                sender=(contact, c_mail), subject="Candidature hameau du Steenmeulen (Boeschepe)",
                body=body, client="webmail", att_name="dossier_FIC_Steenmeulen.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, None, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 7. pdf_form fr FR - a bank foundation's call (Zone de texte N); president sends
def d07():
    org = "Oost-Cappel en Fête"
    title = "Le Marché du Vendredi à Oost-Cappel"
    contact, c_tel, c_mail = "Thierry Ryckebusch", "+33639986302", "t.ryckebusch@example.net"
    pres, pr_tel, pr_mail = "Jean-Claude Bollengier", "+33353013345", "jc.bollengier@example.org"
    street, pc, city = "2 place de la Mairie", "59122", "Oost-Cappel"
    req, tot = 5000, 7420
    st = "fr_dot"
    exp = [("Barnums et tables", 2380), ("Signalétique", 740), ("Animation musicale (saison)", 1200),
           ("Communication", 900), ("Raccordements électriques", 1500), ("Assurance", 700)]
    inc = [("Montant sollicité", req), ("Fonds propres de l'association", 920),
           ("Participation des producteurs", 1500)]
    check_budget(exp, inc, req, tot)
    items = [
        P("La Fondation soutient des projets d'intérêt général portés par des associations du territoire. "
          "Dotation maximale : 3 000 € par lauréat. Dossier à déposer dans votre agence.", "small"),
        H("1 | L'organisme bénéficiaire"),
        F("Nom de l'organisme", org),
        F("Forme juridique", "Association loi 1901"),
        F("N° SIRET", "803 552 190 00011"),
        F("Adresse du siège", street),
        F("Complément d'adresse", "Mairie – boîte aux lettres de l'association"),
        R([F("Code postal", pc, w=1), F("Ville", city, w=3)]),
        F("Président(e)", pres),
        R([F("Tél. président(e)", phone(pr_tel, "nat")), F("E-mail président(e)", pr_mail, w=1.5)]),
        F("Client de la Caisse Solidaire ?", "oui – compte n° 10278 02871 00020417401"),
        H("2 | Le porteur du projet (personne référente)"),
        F("Nom, prénom", contact),
        F("Qualité", "Trésorier"),
        F("Téléphone", phone(c_tel, "nat")),
        F("E-mail", c_mail),
        H("3 | Le projet"),
        F("Intitulé du projet", title),
        F("Présentation",
          "Un petit marché de producteurs locaux chaque vendredi soir d'avril à octobre sur la place du "
          "village, avec un coin buvette tenu par les bénévoles et une animation musicale une fois par mois. "
          "Objectif : recréer un lieu de rencontre et soutenir les fermes du village.", kind="multi", lines=5),
        F("Public visé", "habitants d'Oost-Cappel et des villages voisins, y compris côté belge"),
        F("Lieu de réalisation", "place de la Mairie, Oost-Cappel"),
        C("Domaine", ["solidarité", "environnement", "culture", "sport", "vie locale"], ["vie locale", "environnement"]),
        H("4 | Budget"),
        T(["Dépenses", "Montant TTC"], rows(exp, st) + [["Budget total", money(tot, st)]],
          widths=[4, 1.3], field_cols=[0, 1], bold_rows=[len(exp)]),
        T(["Ressources", "Montant"], rows(inc, st) + [["Total", money(tot, st)]],
          widths=[4, 1.3], field_cols=[0, 1], bold_rows=[len(inc)]),
        H("5 | Engagement"),
        P("Le représentant légal certifie l'exactitude des renseignements fournis."),
        R([F("Date", "10/05/2019"), F("Nom du signataire", pres), F("Signature", "JC Bollengier")]),
        Box("Réservé à la Fondation", [("Agence", ""), ("Conseiller", ""), ("Avis du comité local", "")]),
    ]
    doc = Doc("Appel à projets « Coups de cœur locaux » 2018", items, subtitle="Dossier de candidature",
              header_left=["Fondation Caisse Solidaire des Flandres", "sous l'égide de la Caisse Solidaire",
                           "45 rue de Lille – 59190 Hazebrouck – 03 53 01 45 00"],
              footer="Fondation Caisse Solidaire des Flandres – dossier 2018 – {page}",
              meta={"title": "Dossier de candidature Coups de coeur locaux", "creator": "Adobe Acrobat Pro DC"})
    att = pdfform.render(doc, dict(head="bar", head_fill=Color(0.55, 0.1, 0.2), head_text=white,
                                   title_align="center", lab_w=150),
                         pdfform.Namer("Zone de texte {n}", "Case à cocher {n}"))
    body = ("Bonjour Monsieur,\n\n"
            "Le comité d'Oost-Cappel en Fête souhaite participer à l'appel à projets Partons 2.0 avec son "
            "marché du vendredi. Vous trouverez en pièce jointe le dossier que nous avions rempli pour la "
            "fondation de notre banque ; les chiffres ont été mis à jour. Pour le suivi, merci de contacter "
            "notre trésorier Thierry Ryckebusch (coordonnées dans le dossier).\n\n"
            "Cordialement,\nJean-Claude Bollengier\nPrésident\n")
    return dict(fmt="pdf_form", lang="fr", date=mail_date(2019, 5, 11, 10, 26),
                sender=(pres, pr_mail), subject="Dossier Marché du Vendredi - Oost-Cappel en Fête",
                body=body, client="outlook14", att_name="Dossier candidature Oost-Cappel.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 8. pdf_letter nl BE - letter laid out along the OCMW 'Buurtinitiatieven' form; chair sends
def d08():
    org = "Buurthuis De Lindeboom vzw"
    title = "Buurtmoestuin De Lindeboom"
    contact, c_tel, c_mail = "Koen Ghesquiere", "+32486317702", "koen.ghesquiere@example.org"
    chair, ch_mail, ch_tel = "Rita Lambrecht", "rita.lambrecht@example.com", "+3256317445"
    street, pc, city = "Lindeboomplein 3", "8940", "Wervik"
    req, tot = 7000, 11200
    exp = [("Aanleg 14 verhoogde bakken en paden", 4300), ("Tuingereedschap en tuinhuis", 2650),
           ("Begeleiding door een tuincoach (10 sessies)", 2200), ("Regenwateropvang", 1150),
           ("Opening en oogstfeest", 900)]
    inc = [("Gevraagd aan Partons 2.0", req), ("Eigen middelen vzw", 2200), ("Stad (toegezegd)", 2000)]
    check_budget(exp, inc, req, tot)
    st = "be_int"
    L = dict(
        font="Times-Roman",
        letterhead=["Buurthuis De Lindeboom vzw", "Lindeboomplein 3 – 8940 Wervik – ondernemingsnr. 0455.918.207",
                    "tel. 056 31 74 45 – info.lindeboom@example.org – IBAN BE29 7370 1188 4064"],
        recipient=PROV_NL,
        place_date="Wervik, 14 mei 2019",
        subject="Betreft: projectoproep 'Maak werk van je buurt!' – aanvraag Buurtmoestuin De Lindeboom",
        blocks=[
            ("p", "Geachte heer Polin,"),
            ("p", "Hierbij dienen wij ons projectidee in. Omdat er voor deze oproep geen vast formulier is, "
                  "volgen we de rubrieken van het aanvraagformulier 'Buurtinitiatieven' van het OCMW, dat we "
                  "vorig jaar voor ons repair café gebruikten."),
            ("h", "Rubriek 1 – Aanvrager"),
            ("kv", [("Naam", org), ("Adres", "%s, %s %s" % (street, pc, city)),
                    ("Ondernemingsnummer", "0455.918.207"),
                    ("Voorzitter", "%s (%s)" % (chair, phone(ch_tel, "slash")))]),
            ("h", "Rubriek 2 – Contactpersoon voor dit dossier"),
            ("kv", [("Naam", contact + ", coördinator vrijwilligers"), ("GSM", phone(c_tel, "nat")),
                    ("E-mail", c_mail)]),
            ("h", "Rubriek 3 – Het initiatief"),
            ("kv", [("Titel", title),
                    ("Wat", "Op het braakliggende perceel naast het buurthuis leggen we met de buurtbewoners een "
                            "moestuin aan met verhoogde bakken, ook bruikbaar voor rolstoelgebruikers."),
                    ("Waar", "perceel achter de Lindeboomhal, Kruiseikestraat, Wervik"),
                    ("Wanneer", "aanleg najaar 2019, eerste oogst zomer 2020")]),
            ("h", "Rubriek 4 – Financiering"),
            ("tab", ["Uitgaven", "Bedrag"], rows(exp, "euro") + [["Totale kostprijs", money(tot, "eur_post")]]),
            ("p", "De totale kostprijs bedraagt %s. Wij vragen een bijdrage van zevenduizend euro (%s). De rest "
                  "wordt gedragen door eigen middelen (%s) en de stad (%s, toegezegd)." % (
                      money(tot, "eur_post"), money(req, "be_eur").replace(",00", ""), money(2200, "euro"),
                      money(2000, "euro"))),
            ("p", COACH_NL),
        ],
        closing="Met vriendelijke groeten,",
        signature=[[chair, "voorzitter"], [contact, "coördinator vrijwilligers"]],
        meta={"title": "Aanvraag Buurtmoestuin", "author": "Koen", "creator": "Microsoft Word 2016"},
    )
    att = pdfletter.render(L)
    body = ("Beste Jonas,\n\n"
            "In bijlage onze aanvraag voor de buurtmoestuin. Koen Ghesquiere volgt het dossier op, je mag "
            "hem rechtstreeks contacteren.\n\n"
            "Vriendelijke groet,\nRita Lambrecht\nvoorzitter Buurthuis De Lindeboom\n")
    return dict(fmt="pdf_letter", lang="nl", date=mail_date(2019, 5, 14, 16, 2),
                sender=(chair, ch_mail), subject="Aanvraag buurtmoestuin Lindeboom Wervik",
                body=body, client="outlook", att_name="Aanvraag Partons Lindeboom.pdf", att=att, ext="pdf",
                cc="%s <%s>" % (contact, c_mail),
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 9. pdf_letter fr FR - letter following the commune's subsidy form (A-E); NO total given
def d09():
    org = "Rexpoede Village Fleuri"
    title = "Village fleuri et partagé : bacs potagers en libre-service"
    contact, c_tel, c_mail = "Maryse Coppin", "+33353011984", "maryse.coppin@example.net"
    pres = "Francis Deschodt"
    street, pc, city = "6 rue de Bergues", "59122", "Rexpoede"
    req = 3500
    L = dict(
        font="Helvetica",
        sender=["Association Rexpoede Village Fleuri", street, "%s %s" % (pc, city),
                "Association loi 1901 – RNA W593008841"],
        recipient=PROV_FR,
        place_date="Rexpoede, le 3 juin 2019",
        subject="Objet : appel à projets Partons 2.0 – « Maak werk van je buurt ! »",
        blocks=[
            ("p", "Monsieur,"),
            ("p", "Notre association souhaite présenter un projet dans le cadre de l'appel à projets Partons 2.0. "
                  "Pour vous présenter notre demande, nous reprenons les rubriques A à E du dossier de demande "
                  "de subvention de la commune de Rexpoede."),
            ("h", "A. Identification de l'association"),
            ("kv", [("Nom", org), ("Siège social", "%s – %s %s" % (street, pc, city)),
                    ("SIRET", "834 206 511 00018")]),
            ("h", "B. Représentant légal"),
            ("kv", [("Président", pres), ("Téléphone", "03 53 01 40 72")]),
            ("h", "C. Personne à contacter pour ce dossier"),
            ("kv", [("Nom", contact + " (secrétaire)"), ("Téléphone", phone(c_tel, "dots")), ("Courriel", c_mail)]),
            ("h", "D. Le projet"),
            ("kv", [("Intitulé", title),
                    ("Description", "Installation de douze bacs potagers en libre-service dans les rues du "
                                    "village, entretenus par des familles « parrains ». Chacun peut cueillir. "
                                    "Deux ateliers de plantation avec l'école."),
                    ("Lieux", "place de l'Église, rue de Bergues et lotissement des Tilleuls")]),
            ("h", "E. Aide sollicitée"),
            ("p", "Nous sollicitons une aide de %s pour l'achat des bacs, du terreau et des plants, et pour "
                  "l'intervention d'un animateur nature (le plafond de l'appel étant de 10 000 €). La commune "
                  "met gracieusement à disposition la salle des fêtes et l'eau." % money(req, "fr_eur")),
            ("p", COACH_FR),
        ],
        closing="Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.",
        signature=[pres, "Président"],
        meta={"title": "Courrier Partons 2.0", "author": "Maryse", "creator": "LibreOffice 6.2"},
    )
    att = pdfletter.render(L)
    body = ("Bonjour Monsieur Polin,\n\n"
            "Veuillez trouver ci-joint le courrier de notre association pour l'appel à projets. "
            "Je reste à votre disposition.\n\n"
            "Maryse Coppin\nsecrétaire de Rexpoede Village Fleuri\n")
    return dict(fmt="pdf_letter", lang="fr", date=mail_date(2019, 6, 4, 11, 37),
                sender=(contact, c_mail), subject="Rexpoede Village Fleuri - appel à projets",
                body=body, client="thunderbird_fr", att_name="courrier_appel_projets_Rexpoede.pdf", att=att,
                ext="pdf", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, None))


# =====================================================================
# 10. pdf_letter fr BE - French-speaking group on the Belgian coast
def d10():
    org = "ASBL Vivre à Adinkerke"
    title = "Un banc, un voisin : bancs de rencontre et carte des voisins solidaires"
    contact, c_tel, c_mail = "Véronique Lambert-Decock", "+32477612248", "v.lambert@example.com"
    pres, pr_tel = "Jean-Pierre Dufour", "+3258412093"
    street, pc, city = "Zeepaardjeslaan 14", "8660", "De Panne"
    req, tot = 8250, 13480
    exp = [("Six bancs (fabrication atelier social)", 5400), ("Carte des voisins solidaires (graphisme, impression)", 2380),
           ("Accompagnement par une experte en participation", 3100), ("Trois goûters de quartier", 1200),
           ("Communication bilingue", 1400)]
    inc = [("Partons 2.0 (demandé)", req), ("Commune de De Panne (prévu)", 3000), ("Fonds propres ASBL", 2230)]
    check_budget(exp, inc, req, tot)
    st = "fr_dot"
    L = dict(
        font="Helvetica",
        sender=[org, street, "%s %s (Belgique)" % (pc, city), "n° d'entreprise 0631.557.846"],
        recipient=PROV_FR,
        place_date="De Panne, le 12 juin 2019",
        subject="Concerne : projet « %s »" % title,
        blocks=[
            ("p", "Monsieur Polin,"),
            ("p", "Suite à la séance d'information, nous vous adressons notre projet. Nous avions préparé un dossier "
                  "sur le formulaire de l'appel « Quartiers solidaires » de la Fondation Horizon Village ; en voici "
                  "les éléments principaux, dans le même ordre."),
            ("h", "1. Le demandeur"),
            ("kv", [("Organisme", org), ("Siège", "%s, %s %s" % (street, pc, city)),
                    ("Président", "%s – %s" % (pres, phone(pr_tel, "nat")))]),
            ("h", "2. La personne de contact"),
            ("kv", [("Nom", contact), ("GSM", phone(c_tel, "slash")), ("E-mail", c_mail)]),
            ("h", "3. Le projet"),
            ("p", "Six bancs « Un banc, un voisin » seront installés dans le quartier avec une petite plaque "
                  "indiquant le prénom d'un voisin prêt à rendre service. Une carte des voisins solidaires sera "
                  "distribuée dans toutes les boîtes aux lettres, en français et en néerlandais."),
            ("h", "4. Le budget"),
            ("tab", ["Dépenses", "Montant"], rows(exp, st) + [["Coût total du projet", money(tot, st)]]),
            ("tab", ["Recettes", "Montant"], rows(inc, st)),
            ("p", "Montant demandé à Partons 2.0 : %s." % money(req, st)),
        ],
        closing="Avec nos salutations distinguées,",
        signature=[[contact, "secrétaire"], [pres, "président"]],
        meta={"title": "Projet Un banc un voisin", "creator": "Microsoft Word pour Mac"},
    )
    att = pdfletter.render(L)
    body = ("Bonjour Monsieur Polin,\n\n"
            "Comme convenu je vous envoie notre projet pour Adinkerke. Nous écrivons en français, j'espère que "
            "ce n'est pas un souci.\n\n"
            "Bien à vous,\nVéronique Lambert\n")
    return dict(fmt="pdf_letter", lang="fr", date=mail_date(2019, 6, 12, 20, 55),
                sender=("Véronique Lambert", c_mail), subject="Projet Un banc, un voisin - Adinkerke",
                body=body, client="apple", att_name="Projet_banc_voisin.pdf", att=att, ext="pdf",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 11. docx_form nl BE - a primary school's project-proposal template (Word table)
def d11():
    org = "Ouderraad VBS De Klimop"
    title = "Groene speelplaats, open voor de buurt"
    contact, c_tel, c_mail = "Pieter-Jan Vermeulen", "+32496402871", "pj.vermeulen@example.com"
    street, pc, city = "Statiestraat 19", "8980", "Passendale"
    req, tot = 9950, 24300
    exp = [("Ontwerp en participatietraject met leerlingen en buren (landschapsarchitect)", 3800),
           ("Ontharding en grondwerken", 8600), ("Speelheuvel, boomstammen en wilgenhut", 5200),
           ("Bomen, hagen en moestuinbakken", 3100), ("Zitbanken en poortje naar de straat", 2700),
           ("Opening en buurtpicknick", 900)]
    inc = [("Gevraagd aan Partons 2.0 (Provincie)", req), ("Schoolbestuur", 10000),
           ("Ouderraad (acties, eetfestijn)", 4350)]
    check_budget(exp, inc, req, tot)
    st = "be_eur"
    items = [
        P("Gebruik dit sjabloon om een projectvoorstel van de ouderraad of een werkgroep voor te leggen aan "
          "de directie en het schoolbestuur. Vul alle grijze vakken in. Schrappen wat niet past.", "small"),
        H("1. Indiener"),
        F("Naam werkgroep / ouderraad", org),
        F("Adres (school)", "%s, %s %s" % (street, pc, city)),
        F("Verantwoordelijke indiener", contact),
        F("Functie", "voorzitter ouderraad"),
        F("Telefoon / gsm", phone(c_tel, "nat")),
        F("E-mail", c_mail),
        F("Klas / kind(eren) op school", "n.v.t."),
        H("2. Projectvoorstel"),
        F("Titel", title),
        F("Waarom dit project?",
          "De speelplaats is volledig verhard en 's avonds en in het weekend gesloten. In Passendale-centrum "
          "is er geen speelplein. We willen de speelplaats vergroenen én na schooltijd openstellen voor de "
          "kinderen en ouders uit de buurt.", kind="multi"),
        F("Wat gaan jullie concreet doen?",
          "Samen met leerlingen, buren en een landschapsarchitect een ontwerp maken, 400 m² ontharden, "
          "speelheuvel en moestuinbakken aanleggen, een poortje naar de straat zodat de speelplaats na 17 u "
          "open kan.", kind="multi"),
        F("Betrokkenen / partners", "schoolteam, leerlingenraad, buurtcomité Statiewijk, gemeentelijke jeugddienst"),
        F("Timing", "ontwerp najaar 2019 – aanleg krokusvakantie en paasvakantie 2020"),
        H("3. Begroting"),
        T(["Uitgave", "Bedrag"], rows(exp, st) + [["Totaal projectkost", money(tot, st)]], widths=[5, 1.4],
          bold_rows=[len(exp)]),
        T(["Financiering", "Bedrag"], rows(inc, st) + [["Totaal", money(tot, st)]], widths=[5, 1.4],
          bold_rows=[len(inc)]),
        F("Gevraagd bedrag bij externe subsidiegever", "%s (oproep Maak werk van je buurt! – Partons 2.0)" % money(req, st)),
        H("4. Akkoord directie"),
        F("Naam directeur", "Hilde Casteleyn"),
        F("Contact directie", "051 77 12 00 – directie.klimop@example.org"),
        C("Akkoord", ["ja", "nee", "mits aanpassingen"], ["ja"]),
        F("Datum", "10/05/2019"),
        H("5. In te vullen door het schoolbestuur"),
        F("Beslissing", ""),
        F("Datum vergadering", ""),
    ]
    doc = Doc("Projectvoorstel – sjabloon", items, subtitle="Ouderraad en werkgroepen – schooljaar 2018-2019",
              header_left=["Vrije Basisschool De Klimop", "Statiestraat 19 – 8980 Passendale",
                           "051 77 12 00 – www.vbsdeklimop.example.org"],
              header_right=["Sjabloon PV-OR-03"],
              footer="VBS De Klimop – sjabloon projectvoorstel",
              meta={"title": "Projectvoorstel sjabloon", "author": "secretariaat VBS De Klimop",
                    "last_modified_by": "Pieter-Jan"})
    att = docxform.render(doc, created(2019, 5, 10, 22, 40), dict(head="row", label_fill="EDEDED", check="glyph"), "nl")
    body = ("Dag meneer Polin,\n\n"
            "Namens de ouderraad van VBS De Klimop stuur ik ons voorstel voor de oproep. We gebruikten het "
            "sjabloon van de school, het bevat alle gegevens en de begroting. De directie is akkoord.\n\n"
            "Met vriendelijke groeten,\nPieter-Jan Vermeulen\n")
    return dict(fmt="docx_form", lang="nl", date=mail_date(2019, 5, 13, 7, 58),
                sender=(contact, c_mail), subject="Projectvoorstel groene speelplaats Passendale",
                body=body, client="roundcube", att_name="Projectvoorstel groene speelplaats.docx", att=att,
                ext="docx", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 12. docx_form nl BE - an older provincial call form with content controls (w:sdt)
def d12():
    org = "Dorpsplatform Stavele Vooruit"
    title = "Dorpsbusje Stavele: vrijwillige chauffeurs voor minder mobiele dorpsgenoten"
    contact, c_tel, c_mail = "Wout Verhaeghe", "+3258289341", "wout.verhaeghe@example.net"
    street, pc, city = "Kapelleweg 22", "8691", "Stavele"
    req, tot = 6480, 8640
    exp = [("Vorming chauffeurs (EHBO, rolstoeltransfer)", 1200), ("Verzekering vrijwilligers en inzittenden", 1860),
           ("Communicatie", 680), ("Tablet en planningssoftware", 1100), ("Kilometervergoeding vrijwilligers", 3000),
           ("Evaluatie-enquête", 800)]
    inc = [("Gevraagde provinciale steun", req), ("Sociaal Huis (toelage)", 1000), ("Eigen middelen", 1160)]
    check_budget(exp, inc, req, tot)
    st = "post_eur"
    items = [
        P("Dien dit formulier elektronisch in bij de provinciale dienst Plattelandsbeleid. Vul de grijze velden in; "
          "laat velden die niet van toepassing zijn leeg.", "small"),
        H("Deel 1 – Aanvrager"),
        F("Naam aanvrager (organisatie)", org),
        F("Rechtsvorm", "feitelijke vereniging"),
        F("Ondernemingsnummer", ""),
        F("Straat en nummer", street),
        R([F("Postcode", pc), F("Gemeente", city)]),
        F("Contactpersoon", contact),
        F("Telefoon", phone(c_tel, "slash")),
        F("E-mail", c_mail),
        F("Website / Facebook", "facebook.com/stavelevooruit"),
        H("Deel 2 – Projectinhoud"),
        F("Projecttitel", title),
        F("Probleemstelling",
          "Stavele heeft geen winkel of dokter meer en slechts twee bussen per dag. Oudere inwoners zonder "
          "auto raken geïsoleerd.", kind="multi"),
        F("Doelstellingen en acties",
          "Een groep van 12 vrijwillige chauffeurs rijdt met de eigen wagen mensen naar de huisarts, de markt "
          "in Veurne of familiebezoek. Ritten worden aangevraagd via één telefoonnummer en ingepland met een "
          "eenvoudige planningstool.", kind="multi"),
        F("Doelgroep", "inwoners van Stavele, Beveren-IJzer en Izenberge zonder eigen vervoer"),
        F("Projectperiode", "01/09/2019 – 31/08/2020"),
        F("Samenwerking met", "Sociaal Huis, ziekenzorg, dorpsraad Izenberge"),
        H("Deel 3 – Begroting"),
        T(["Kostensoort", "Bedrag"], rows(exp, st) + [["Totaal kosten", money(tot, st)]], widths=[5, 1.5],
          field_cols=[1], bold_rows=[len(exp)]),
        T(["Financieringsbron", "Bedrag"], rows(inc, st) + [["Totaal", money(tot, st)]], widths=[5, 1.5],
          field_cols=[1], bold_rows=[len(inc)]),
        F("Gevraagde provinciale steun", money(req, st)),
        F("Percentage van de totale kost", "75 %"),
        H("Deel 4 – Ondertekening"),
        F("Naam ondertekenaar", contact),
        F("Datum", "27/05/2019"),
        Box("Voorbehouden aan de provincie", [("Dossiernummer", ""), ("Dossierbeheerder", ""),
                                             ("Ontvankelijk", "")]),
    ]
    doc = Doc("Aanvraagformulier projectoproep 'Dorpen in Actie' 2015", items,
              subtitle="Plattelandsbeleid – projectsubsidies voor kleine kernen",
              header_left=["Provincie West-Vlaanderen", "Dienst Plattelandsbeleid", "Woumenweg 100 – 8600 Diksmuide",
                           "Tel. +32 51 51 94 37 – jonas.polin@west-vlaanderen.be"],
              footer="Dorpen in Actie 2015 – aanvraagformulier",
              meta={"title": "Aanvraagformulier Dorpen in Actie 2015", "author": "Provincie West-Vlaanderen",
                    "last_modified_by": "Wout Verhaeghe", "created": created(2015, 2, 3, 9, 30), "revision": 14})
    att = docxform.render(doc, created(2019, 5, 27, 21, 5), dict(sdt=True, head="shade", check="sdt"), "nl")
    body = ("Hallo Jonas,\n\n"
            "Hierbij ons idee voor het dorpsbusje. Ik heb het oude formulier van 'Dorpen in Actie' van 2015 "
            "gebruikt dat ik nog op mijn computer had staan, dan zit alles er ten minste in.\n\n"
            "Groeten\nWout\n\n-- \nWout Verhaeghe\nDorpsplatform Stavele Vooruit\n")
    return dict(fmt="docx_form", lang="nl", date=mail_date(2019, 5, 27, 21, 20),
                sender=(contact, c_mail), subject="dorpsbusje Stavele",
                body=body, client="thunderbird", att_name="Aanvraagformulier_Dorpen_in_Actie_Stavele.docx", att=att,
                ext="docx", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 13. docx_form nl BE - a city's neighbourhood-budget form, filled in by a resident (no organisation)
def d13():
    title = "Boek & Babbel: buurtbibliotheek en deelkast"
    contact, c_tel, c_mail = "Els Vandamme", "+32485632019", "els.vandamme@example.com"
    street, pc, city = "Langestraat 112 bus 3", "8620", "Nieuwpoort"
    req, tot = 2500, 3140
    exp = [("Twee houten deelkasten op maat", 1480), ("Bankje en verlichting", 690),
           ("Startcollectie boeken en spellen", 320), ("Flyers en buurtmoment", 450), ("Verzekering", 200)]
    inc = [("Gevraagd", req), ("Bijdrage buren", 640)]
    check_budget(exp, inc, req, tot)
    st = "euro"
    items = [
        P("Met het buurtbudget ondersteunt de stad kleine initiatieven van bewoners (max. 1.000 euro). "
          "Vragen? Bel de buurtregisseur op 058 00 41 20.", "small"),
        H("A. Wie ben je?"),
        F("Naam vereniging (indien van toepassing)", "n.v.t. – we zijn een groep buren"),
        F("Voornaam en naam aanvrager", contact),
        F("Adres", street),
        F("Postcode en gemeente", "%s %s" % (pc, city)),
        F("Telefoon of gsm", phone(c_tel, "slash")),
        F("E-mail", c_mail),
        F("Medeaanvrager (naam + gsm)", "Ronny Maes – 0472 90 13 66"),
        H("B. Wat wil je doen?"),
        F("Naam van het initiatief", title),
        F("Beschrijving",
          "Aan de hoek van de Langestraat en de Kaai plaatsen we twee deelkasten: één met boeken en "
          "gezelschapsspellen, één voor gereedschap en keukenmateriaal dat buren uitlenen. Een bankje ernaast "
          "wordt een plek om even te babbelen.", kind="multi"),
        F("Waar?", "hoek Langestraat – Kaai, Nieuwpoort-stad"),
        F("Hoeveel buren doen mee?", "14 gezinnen"),
        H("C. Budget"),
        T(["Wat?", "Hoeveel?"], rows(exp, st) + [["Totaal", money(tot, st)]], widths=[5, 1.5], bold_rows=[len(exp)]),
        F("Gevraagd bedrag", money(req, st)),
        F("Eigen inbreng", money(640, st)),
        H("D. Handtekening"),
        F("Datum en handtekening", "2 juni 2019 – Els Vandamme"),
    ]
    doc = Doc("Aanvraag buurtbudget – bewonersinitiatieven", items,
              header_left=["Stad Ijzerdamme – dienst Samenleven", "Marktplein 1 – 8620 Nieuwpoort",
                           "samenleven.ijzerdamme@example.org"],
              footer="Buurtbudget – aanvraagformulier",
              meta={"title": "Aanvraag buurtbudget", "author": "Dienst Samenleven", "last_modified_by": "Els"})
    att = docxform.render(doc, created(2019, 6, 2, 15, 12), dict(head="style", header_in="body", label_fill=None), "nl")
    body = ("Beste,\n\n"
            "Met een paar buren willen we een buurtbibliotheek en deelkast maken in de Langestraat. Ik heb het "
            "formulier van het buurtbudget van de stad ingevuld maar daar mag het maar 1000 euro zijn, dus "
            "probeer ik het ook bij jullie.\n\n"
            "Els\n")
    return dict(fmt="docx_form", lang="nl", date=mail_date(2019, 6, 2, 15, 30),
                sender=(contact, c_mail), subject="buurtbibliotheek Langestraat",
                body=body, client="iphone", att_name="aanvraag buurtbudget Els Vandamme.docx", att=att,
                ext="docx", fields=truth(None, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 14. docx_form fr FR - a commune's subsidy request form (Word tables); secretary sends
def d14():
    org = "Les Voisins Solidaires des Moëres"
    title = "Navettes solidaires des Moëres"
    contact, c_tel, c_mail = "Christophe Dehaene", "+33639987013", "christophe.dehaene@example.net"
    pres, pr_tel = "Nathalie Verhaeghe", "+33353015590"
    sender, s_mail = "Chloé Verhaeghe", "chloe.verhaeghe@example.org"
    street, pc, city = "18 rue des Moëres", "59254", "Ghyvelde"
    req, tot = 7200, 9870
    exp = [("Formation des chauffeurs bénévoles", 1350), ("Assurance", 1640), ("Indemnités kilométriques", 4200),
           ("Téléphone portable dédié et abonnement", 480), ("Communication", 900), ("Réunions d'habitants", 1300)]
    inc = [("Subvention sollicitée (Partons 2.0)", req), ("Commune", 1200), ("Cotisations et dons", 1470)]
    check_budget(exp, inc, req, tot)
    st = "fr_nb"
    items = [
        Box("Cadre réservé à la mairie", [("Date de réception", ""), ("N° de dossier", ""), ("Avis de la commission", "")]),
        H("1. Présentation de l'association"),
        F("Nom de l'association", org),
        F("Adresse du siège social", street),
        F("Code postal – Ville", "%s %s" % (pc, city)),
        F("N° SIRET / RNA", "851 903 227 00016 / W594010377"),
        F("Président(e)", "%s – tél. %s" % (pres, phone(pr_tel, "nat"))),
        F("Personne à contacter", contact + " (vice-président)"),
        F("Téléphone", phone(c_tel, "nat")),
        F("Courriel", c_mail),
        F("Nombre d'adhérents", "31"),
        H("2. Objet de la demande"),
        C("Type de subvention", ["fonctionnement", "projet / action spécifique", "investissement"],
          ["projet / action spécifique"]),
        F("Intitulé de l'action", title),
        F("Description de l'action",
          "Un réseau de chauffeurs bénévoles conduit les habitants isolés des Moëres (personnes âgées, sans "
          "voiture) chez le médecin, au marché de Ghyvelde ou à la gare. Réservation par un numéro unique.",
          kind="multi"),
        F("Public concerné", "habitants des hameaux des Moëres"),
        F("Date(s) ou période", "à partir de septembre 2019"),
        H("3. Budget de l'action"),
        T(["Dépenses", "Montant", "Recettes", "Montant"],
          [[e[0], money(e[1], st)] + ([inc[i][0], money(inc[i][1], st)] if i < len(inc) else ["", ""])
           for i, e in enumerate(exp)] + [["Total des dépenses", money(tot, st), "Total des recettes", money(tot, st)]],
          widths=[3, 1.3, 3, 1.3], bold_rows=[len(exp)]),
        F("Montant de la subvention sollicitée", money(req, st)),
        F("Subvention accordée l'année précédente par la commune", "450 €"),
        H("4. Pièces à joindre"),
        P("Statuts (1re demande), RIB, compte rendu de la dernière assemblée générale, budget prévisionnel."),
        F("Fait à / le", "Ghyvelde, le 21 mai 2019"),
    ]
    doc = Doc("Demande de subvention 2019", items, subtitle="Associations et porteurs de projets",
              header_left=["Commune de Saint-Éloi-des-Monts", "Service Vie associative",
                           "Place de la Mairie – 59254 Ghyvelde – 03 53 01 12 00"],
              footer="Mairie – demande de subvention – formulaire 2018",
              meta={"title": "Demande de subvention", "author": "Mairie", "last_modified_by": "Chloé V."})
    att = docxform.render(doc, created(2019, 5, 21, 18, 0), dict(head="shade", head_fill="BDD7EE", font="Arial"), "fr")
    body = ("Bonjour,\n\n"
            "Je vous transmets le dossier de l'association Les Voisins Solidaires des Moëres pour l'appel à "
            "projets Partons 2.0. Nous avons repris le formulaire de demande de subvention de la mairie. "
            "La personne à contacter est Christophe Dehaene, notre vice-président.\n\n"
            "Cordialement,\nChloé Verhaeghe, secrétaire\n")
    return dict(fmt="docx_form", lang="fr", date=mail_date(2019, 5, 21, 18, 12),
                sender=(sender, s_mail), subject="Dossier Navettes solidaires - Ghyvelde",
                body=body, client="outlook", att_name="Demande de subvention - Voisins Solidaires des Moëres.docx", att=att,
                ext="docx", fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 15. docx_form fr FR - intermunicipal 'fiche projet' with content controls and check boxes
def d15():
    org = "Association de gestion de la Maison de quartier du Pont-Rouge"
    title = "Café des habitants du Pont-Rouge"
    contact, c_tel, c_mail = "Élodie Vanhille", "+33353015236", "e.vanhille@example.com"
    pres, pr_mail = "Hervé Lamote", "herve.lamote@example.net"
    street, pc, city = "57 rue de la Lys", "59280", "Armentières"
    req, tot = 8400, 12650
    exp = [("Aménagement de l'espace café (mobilier, électroménager)", 5300),
           ("Animation participative (prestataire)", 3150), ("Ateliers cuisine et soirées jeux", 1800),
           ("Communication", 1100), ("Petit matériel", 1300)]
    inc = [("Province de Flandre-Occidentale – Partons 2.0", req), ("CAF", 2000), ("Ville", 1500),
           ("Fonds propres", 750)]
    check_budget(exp, inc, req, tot)
    st = "fr"
    items = [
        H("Volet 1 – Maître d'ouvrage / porteur"),
        F("Structure porteuse", org),
        F("Sigle", "AGMQ Pont-Rouge"),
        C("Nature juridique", ["commune", "EPCI", "association", "entreprise", "autre"], ["association"]),
        F("Adresse", street),
        R([F("CP", pc), F("Commune", city)]),
        F("Représentant légal (nom, fonction)", "%s, président" % pres),
        F("Courriel du représentant légal", pr_mail),
        F("Référent technique du projet", "%s, coordinatrice" % contact),
        F("Tél. référent", phone(c_tel, "intl0")),
        F("Courriel référent", c_mail),
        H("Volet 2 – Le projet"),
        F("Intitulé de l'opération", title),
        F("Contexte et objectifs",
          "Le quartier du Pont-Rouge n'a plus de commerce ni de café. La maison de quartier veut ouvrir un café "
          "des habitants trois après-midis par semaine, tenu par des bénévoles, avec des ateliers cuisine et "
          "des soirées jeux.", kind="multi"),
        F("Localisation précise", "Maison de quartier, 2 place du Pont-Rouge, 59280 Armentières"),
        C("Axe du contrat", ["services et commerces de proximité", "mobilité", "cohésion sociale",
                             "transition écologique"], ["services et commerces de proximité", "cohésion sociale"]),
        F("Calendrier prévisionnel", "travaux été 2019, ouverture octobre 2019"),
        H("Volet 3 – Plan de financement"),
        T(["Postes de dépenses (HT)", "Montant"], rows(exp, st) + [["Coût total de l'opération", money(tot, st)]],
          widths=[5, 1.6], field_cols=[1], bold_rows=[len(exp)]),
        T(["Financeurs", "Montant", "Statut"], [[l, money(v, st), s] for (l, v), s in
                                               zip(inc, ["sollicité", "acquis", "sollicité", "acquis"])],
          widths=[4, 1.6, 1.2], field_cols=[1, 2]),
        F("Montant sollicité", money(req, st)),
        H("Volet 4 – Visa"),
        F("Date et signature du représentant légal", "24/04/2019 – H. Lamote"),
    ]
    doc = Doc("Contrat de ruralité – Fiche projet", items, subtitle="Pays des Moulins de Flandre – programmation 2017-2020",
              header_left=["Pays des Moulins de Flandre", "Syndicat mixte – 12 rue des Moulins, 59190 Hazebrouck",
                           "contrat.ruralite@example.org"],
              footer="Fiche projet contrat de ruralité – v2",
              meta={"title": "Fiche projet", "author": "PMF", "last_modified_by": "Elodie"})
    att = docxform.render(doc, created(2019, 4, 24, 11, 0), dict(sdt=True, head="row", check="sdt",
                                                                   head_fill="C6E0B4", font="Calibri"), "fr")
    body = ("Bonjour Monsieur Polin,\n\n"
            "Suite à notre échange téléphonique, voici la fiche projet du café des habitants. Il s'agit de la "
            "fiche du contrat de ruralité, que nous avons adaptée pour votre appel.\n\n"
            "Bien cordialement,\n\nÉlodie Vanhille\nCoordinatrice – Maison de quartier du Pont-Rouge\n")
    return dict(fmt="docx_form", lang="fr", date=mail_date(2019, 4, 25, 9, 12),
                sender=(contact, c_mail), subject="Fiche projet - Café des habitants du Pont-Rouge",
                body=body, client="outlook", att_name="Fiche projet cafe habitants.docx", att=att, ext="docx",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 16. odt_form nl BE - a cultural council's project-subsidy form (Writer tables)
def d16():
    org = "Toneelkring De Vlasbloem"
    title = "Westouter Vertelt: buurtenquête en zomerfeest"
    contact, c_tel, c_mail = "Marijke Dequidt", "+3257449126", "marijke.dequidt@example.com"
    chair, ch_tel = "Jozef Vanhove", "+32475330918"
    street, pc, city = "Dranouterstraat 31", "8954", "Westouter"
    req, tot = 3750, 5900
    exp = [("Buurtenquête (vormgeving, drukwerk, verwerking)", 1150), ("Begeleiding door verhalenverteller", 1600),
           ("Zomerfeest: tent, podium, geluid", 2200), ("Promotie", 450), ("Onthaal vrijwilligers", 500)]
    inc = [("Aangevraagd (Partons 2.0)", req), ("Eigen middelen toneelkring", 1350), ("Cultuurraad", 800)]
    check_budget(exp, inc, req, tot)
    st = "eur_post"
    items = [
        H("1. Gegevens van de vereniging"),
        F("Naam", org),
        F("Erkend als culturele vereniging sinds", "1987"),
        F("Adres secretariaat / zetel", street),
        F("Postcode en gemeente", "%s %s" % (pc, city)),
        F("Voorzitter (naam, telefoon)", "%s, %s" % (chair, phone(ch_tel, "nat"))),
        F("Contactpersoon voor deze aanvraag", contact),
        F("Telefoon contactpersoon", phone(c_tel, "nat")),
        F("E-mail contactpersoon", c_mail),
        F("Rekeningnummer", "BE04 0639 1227 5931"),
        H("2. Het project"),
        F("Titel", title),
        F("Omschrijving",
          "Vrijwilligers gaan langs bij alle bewoners van Westouter-dorp met een korte enquête: wat mist u in "
          "het dorp, welk verhaal wil u delen? Een verhalenverteller verwerkt de verhalen tot een voorstelling "
          "die we tijdens een zomerfeest op het dorpsplein brengen. De resultaten van de enquête gaan naar de "
          "dorpsraad."),
        F("Plaats", "dorpsplein en parochiezaal, Westouter"),
        F("Datum / periode", "enquête sept.–nov. 2019, zomerfeest juni 2020"),
        F("Samenwerking met andere verenigingen", "KWB Westouter, schutterij, basisschool"),
        H("3. Financieel"),
        T(["Uitgaven", "Bedrag"], rows(exp, st) + [["Totaal uitgaven", money(tot, st)]], widths=[5, 1.5],
          bold_rows=[len(exp)]),
        T(["Inkomsten", "Bedrag"], rows(inc, st) + [["Totaal inkomsten", money(tot, st)]], widths=[5, 1.5],
          bold_rows=[len(inc)]),
        F("Gevraagde projectsubsidie", money(req, st)),
        F("Maximale projectsubsidie Cultuurraad", "800 EUR (art. 6 van het reglement)"),
        H("4. Ondertekening"),
        F("Datum", "8 mei 2019"),
        F("Naam en handtekening voorzitter", chair),
        F("Naam en handtekening secretaris", contact),
    ]
    doc = Doc("Aanvraagformulier projectsubsidie culturele verenigingen", items,
              subtitle="Cultuurraad Ijzerland – werkjaar 2018-2019",
              header_left=["Cultuurraad Ijzerland", "p/a Cultuurdienst, Stationsstraat 3, 8640 Oostvleteren",
                           "cultuurraad.ijzerland@example.net"],
              footer="Cultuurraad Ijzerland – formulier PS-2",
              intro=["Terugsturen naar het secretariaat van de Cultuurraad ten laatste 6 weken voor de activiteit."])
    att = odtform.render(doc, iso(created(2019, 5, 8, 20, 30)), "Marijke Dequidt",
                         dict(head="row", label_fill="#f2f2f2"))
    body = ("Dag Jonas,\n\n"
            "Ons projectje voor Westouter zit in bijlage. Het is het formulier van de cultuurraad, met alle "
            "gegevens en de begroting. Het zomerfeest valt na de begeleidingssessies, dat is geen probleem "
            "hoop ik.\n\n"
            "Vriendelijke groeten\nMarijke Dequidt\nsecretaris Toneelkring De Vlasbloem\n")
    return dict(fmt="odt_form", lang="nl", date=mail_date(2019, 5, 8, 21, 2),
                sender=(contact, c_mail), subject="Westouter Vertelt - projectidee",
                body=body, client="thunderbird", att_name="aanvraag_westouter_vertelt.odt", att=att, ext="odt",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 17. odt_form fr FR - a participatory-budget proposal sheet
def d17():
    org = "Association des Riverains de la Rue Verte"
    title = "Rue Verte, rue jardin : jardinières et fête de rue"
    contact, c_tel, c_mail = "Benoît Deswarte", "+33639981755", "benoit.deswarte@example.org"
    street, pc, city = "41 rue Verte", "59190", "Hazebrouck"
    req, tot = 4600, 5750
    exp = [("Jardinières en bois (12)", 2280), ("Terre, plantes, paillage", 1370), ("Atelier de conception avec un paysagiste", 900),
           ("Fête de rue (location, sono, buffet)", 1200)]
    inc = [("Demandé", req), ("Cotisations des riverains", 650), ("Vide-grenier", 500)]
    check_budget(exp, inc, req, tot)
    st = "fr_int"
    items = [
        H("Qui propose ?"),
        C("Vous êtes", ["un habitant", "un collectif d'habitants", "une association"], ["une association"]),
        F("Nom de l'association ou du collectif", org),
        F("Nom et prénom du porteur de la proposition", contact),
        F("Adresse", street),
        F("Code postal / Ville", "%s %s" % (pc, city)),
        F("Téléphone", phone(c_tel, "nat")),
        F("Courriel", c_mail),
        F("Âge (facultatif)", ""),
        H("Votre proposition"),
        F("Titre de la proposition", title),
        F("Décrivez votre idée",
          "Végétaliser la rue Verte (qui ne l'est pas !) avec douze grandes jardinières entretenues par les "
          "riverains, et organiser une fête de rue chaque année au moment des plantations."),
        F("Où ?", "rue Verte, entre la place du Marché et la rue de Vieux-Berquin"),
        F("Quartier", "Centre / Nord"),
        F("Coût estimé du projet", money(tot, st)),
        F("Montant demandé", money(req, st)),
        T(["Détail des dépenses", "Montant"], rows(exp, st), widths=[5, 1.5]),
        H("Cadre réservé au service Démocratie participative"),
        F("Recevabilité", ""),
        F("Estimation technique des services", ""),
        F("Vote des habitants", ""),
    ]
    doc = Doc("Budget participatif citoyen 2018 – Fiche de proposition", items,
              header_left=["Commune nouvelle des Monts de Flandre", "Service Démocratie participative",
                           "Hôtel de ville – 59190 Hazebrouck – 03 53 01 88 10"],
              footer="Budget participatif 2018 – fiche proposition",
              intro=["Une fiche par proposition. Projets d'investissement de 500 € à 30 000 €."])
    att = odtform.render(doc, iso(created(2019, 4, 29, 12, 15)), "Benoît D.", dict(head="h", check="brackets"))
    body = ("Bonjour,\n\n"
            "Voici notre proposition pour la rue Verte à Hazebrouck. Nous l'avions déposée au budget "
            "participatif l'an dernier sans être retenus, nous tentons notre chance avec Partons 2.0.\n\n"
            "Cordialement\nBenoît Deswarte\n")
    return dict(fmt="odt_form", lang="fr", date=mail_date(2019, 4, 29, 12, 44),
                sender=(contact, c_mail), subject="Proposition rue Verte Hazebrouck",
                body=body, client="thunderbird_fr", att_name="fiche_proposition_rue_verte.odt", att=att, ext="odt",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 18. odt_form fr FR - an endowment fund's support request; amount at the 10 000 cap
def d18():
    org = "Épicerie solidaire La Gerbe"
    title = "Épicerie mobile dans les hameaux d'Estaires"
    contact, c_tel, c_mail = "Bernadette Decool", "+33353018409", "bernadette.decool@example.net"
    pres, pr_tel = "Jacques Lemaire", "+33639989021"
    street, pc, city = "9 rue du Collège", "59940", "Estaires"
    req, tot = 10000, 18400
    exp = [("Aménagement d'un utilitaire d'occasion", 9800), ("Étagères et vitrine réfrigérée", 3400),
           ("Carburant et assurance (1re année)", 2900), ("Communication dans les hameaux", 800),
           ("Formation des bénévoles", 1500)]
    inc = [("Province de Flandre-Occidentale – Partons 2.0", req), ("Fonds Nord Solidaire (sollicité)", 5000),
           ("Fonds propres", 3400)]
    check_budget(exp, inc, req, tot)
    st = "fr"
    items = [
        H("I. Organisme demandeur"),
        F("Dénomination", org),
        F("Statut", "association loi 1901"),
        F("Adresse", "%s – %s %s" % (street, pc, city)),
        F("SIRET", "793 661 054 00023"),
        F("Représentant légal", "%s, président – %s" % (pres, phone(pr_tel, "nat"))),
        F("Personne en charge du dossier", "%s, coordinatrice" % contact),
        F("Téléphone", phone(c_tel, "intl")),
        F("Courriel", c_mail),
        H("II. Projet"),
        F("Nom du projet", title),
        F("Description",
          "Une fois par semaine, l'épicerie solidaire se déplace dans les hameaux (La Gorgue-Ouest, "
          "Le Sart, Les Puresbecques) avec un utilitaire aménagé : produits de base à prix solidaire, "
          "café offert et point d'information."),
        F("Bénéficiaires estimés", "120 foyers"),
        F("Date de démarrage", "1er octobre 2019"),
        H("III. Budget"),
        T(["Charges", "Montant"], rows(exp, st) + [["Budget total du projet", money(tot, st)]], widths=[5, 1.6],
          bold_rows=[len(exp)]),
        T(["Produits", "Montant"], rows(inc, st), widths=[5, 1.6]),
        F("Montant de l'aide demandée", money(req, st)),
        P("Le Fonds Nord Solidaire intervient au maximum à hauteur de 50 % du budget et de 15 000 €.", "small"),
        H("IV. Engagement"),
        F("Fait à", "Estaires"),
        F("Le", "15 mai 2019"),
        F("Signature", pres),
    ]
    doc = Doc("Formulaire de demande de soutien", items, subtitle="Fonds de dotation Nord Solidaire – session 2019",
              header_left=["Fonds de dotation Nord Solidaire", "8 boulevard Vauban – 59000 Lille",
                           "contact.nordsolidaire@example.com – 03 53 01 05 05"],
              footer="Nord Solidaire – formulaire de demande")
    att = odtform.render(doc, iso(created(2019, 5, 15, 9, 45)), "Bernadette Decool",
                         dict(head="row", head_fill="#ffe699", font="Liberation Serif"))
    body = ("Bonjour Monsieur Polin,\n\n"
            "Veuillez trouver ci-joint notre demande pour l'épicerie mobile. Le formulaire est celui du fonds "
            "Nord Solidaire, auprès duquel nous faisons aussi une demande (indiqué dans le budget).\n\n"
            "Avec mes salutations,\nBernadette Decool\nCoordinatrice, La Gerbe\n")
    return dict(fmt="odt_form", lang="fr", date=mail_date(2019, 5, 16, 8, 50),
                sender=(contact, c_mail), subject="Demande de soutien - Épicerie solidaire La Gerbe",
                body=body, client="webmail", att_name="Demande_soutien_La_Gerbe.odt", att=att, ext="odt",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))


# =====================================================================
# 19. xlsx_form nl BE - a support centre's Excel application + budget workbook
def d19():
    org = "Buurtwerking Zonnebloem-Leet"
    title = "Speelstraat & buurtfeest Zonnebloemwijk"
    contact, c_tel, c_mail = "Stijn Lefever", "+32471935824", "stijn.lefever@example.com"
    street, pc, city = "Zonnebloemstraat 44", "8900", "Ieper"
    req, tot = 6500, 9870
    exp = [("Speelmateriaal en verkeersborden speelstraat", 2450), ("Buurtfeest: tent, podium, sanitair", 3120),
           ("Participatietraject (3 buurtavonden met begeleider)", 2100), ("Communicatie (affiches, flyers)", 640),
           ("Verzekering", 560), ("Onkosten vrijwilligers", 1000)]
    inc = [("Gevraagd bij Partons 2.0", req), ("Stad Ieper (buurtfeestsubsidie)", 750), ("Eigen inbreng", 2620)]
    check_budget(exp, inc, req, tot)
    s1 = sheets.Sheet("Aanvraag", [3, 22, 14, 14, 14, 14])
    s1.put(0, 1, "Steunpunt Dorpen West vzw – Fonds Buurtinitiatieven", bold=True, size=13, span=(1, 5))
    s1.put(1, 1, "Aanvraagformulier (versie 2017) – vul de gele cellen in", italic=True, span=(1, 5))
    s1.put(2, 1, "Steunpunt Dorpen West, Boterstraat 9, 8900 Ieper – 057 20 11 48 – fonds@example.org", size=8, span=(1, 5))
    r = 4
    s1.put(r, 1, "1. AANVRAGER", bold=True, fill="FFD9D9D9", span=(1, 5))
    pairs = [("Naam organisatie", org), ("Statuut", "feitelijke vereniging"), ("Straat + nr.", street),
             ("Postcode", int(pc)), ("Gemeente", city), ("Contactpersoon", contact),
             ("Telefoon", phone(c_tel, "00")), ("E-mail", c_mail),
             ("Voorzitter", "Hilde Deconinck – 057 21 90 34")]
    r += 1
    for lab, val in pairs:
        s1.put(r, 1, lab, border=True)
        s1.put(r, 2, val, fill="FFFFF2CC", span=(1, 4), border=True, align="left")
        r += 1
    r += 1
    s1.put(r, 1, "2. PROJECT", bold=True, fill="FFD9D9D9", span=(1, 5))
    r += 1
    for lab, val in [("Titel", title), ("Doel", "De Zonnebloemstraat wordt in juli en augustus een speelstraat; "
                                                   "de buurt organiseert samen een groot buurtfeest en drie buurtavonden "
                                                   "over een veiliger en groener Zonnebloemwijk."),
                     ("Locatie", "Zonnebloemstraat en pleintje Leet, Ieper"), ("Periode", "juli 2019 – juni 2020")]:
        s1.put(r, 1, lab, border=True)
        s1.put(r, 2, val, fill="FFFFF2CC", span=(1, 4), border=True, wrap=True)
        if lab == "Doel":
            s1.heights[r] = 60
        r += 1
    r += 1
    s1.put(r, 1, "3. SAMENVATTING FINANCIEN (zie blad Begroting)", bold=True, fill="FFD9D9D9", span=(1, 5))
    r += 1
    s1.put(r, 1, "Totale kost", border=True)
    s1.put(r, 2, tot, formula="Begroting!C12", numfmt='#,##0.00 "EUR"', border=True)
    r += 1
    s1.put(r, 1, "Gevraagd bedrag", border=True)
    s1.put(r, 2, req, formula="Begroting!C15", numfmt='#,##0.00 "EUR"', border=True)
    s1.put(r, 3, "max. 2.500 EUR bij het Fonds Buurtinitiatieven", italic=True, size=8, span=(1, 3))
    r += 2
    s1.put(r, 1, "Datum: 09/06/2019", span=(1, 2))
    s1.put(r, 3, "Handtekening: S. Lefever", span=(1, 3))
    s2 = sheets.Sheet("Begroting", [3, 48, 16])
    s2.put(0, 1, "Begroting project", bold=True, size=12)
    s2.put(2, 1, "UITGAVEN", bold=True, fill="FFD9D9D9", border=True)
    s2.put(2, 2, "Bedrag", bold=True, fill="FFD9D9D9", border=True)
    rr = 3
    for lab, v in exp:
        s2.put(rr, 1, lab, border=True)
        s2.put(rr, 2, v, numfmt='#,##0.00 "EUR"', border=True, fill="FFFFF2CC")
        rr += 1
    # rows 4..9 (excel) hold the lines; C12 the total
    rr = 11
    s2.put(rr, 1, "Totaal uitgaven", bold=True, border=True)
    s2.put(rr, 2, tot, formula="SUM(C4:C11)", numfmt='#,##0.00 "EUR"', bold=True, border=True)
    s2.put(13, 1, "INKOMSTEN", bold=True, fill="FFD9D9D9", border=True)
    s2.put(13, 2, "Bedrag", bold=True, fill="FFD9D9D9", border=True)
    rr = 14
    for lab, v in inc:
        s2.put(rr, 1, lab, border=True)
        s2.put(rr, 2, v, numfmt='#,##0.00 "EUR"', border=True, fill="FFFFF2CC")
        rr += 1
    s2.put(rr, 1, "Totaal inkomsten", bold=True, border=True)
    s2.put(rr, 2, tot, formula="SUM(C15:C17)", numfmt='#,##0.00 "EUR"', bold=True, border=True)
    s2.put(rr + 1, 1, "Verschil (moet 0 zijn)", italic=True)
    s2.put(rr + 1, 2, 0, formula="C12-C18", numfmt='#,##0.00 "EUR"', italic=True)
    att = sheets.render_xlsx([s1, s2], dict(creator="Steunpunt Dorpen West", last_modified_by="Stijn Lefever",
                                            title="Aanvraagformulier Fonds Buurtinitiatieven",
                                            created=created(2017, 1, 16, 9, 0), modified=created(2019, 6, 9, 20, 41)))
    body = ("Beste Jonas\n\n"
            "Ik stuur u de aanvraag van onze buurtwerking voor de speelstraat en het buurtfeest. We gebruikten "
            "het Excel-formulier van het Steunpunt, dat rekent de begroting vanzelf uit.\n\n"
            "mvg\nStijn Lefever\nBuurtwerking Zonnebloem-Leet\n0471 93 58 24\n")
    return dict(fmt="xlsx_form", lang="nl", date=mail_date(2019, 6, 9, 20, 58),
                sender=(contact, c_mail), subject="Aanvraag speelstraat Zonnebloemwijk Ieper",
                body=body, client="outlook", att_name="Aanvraag_Fonds_Buurtinitiatieven_Zonnebloem.xlsx",
                att=att, ext="xlsx",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "BE", title, req, tot))


# =====================================================================
# 20. ods_form fr FR - a social centre's residents' fund sheet (LibreOffice Calc)
def d20():
    org = "Association des habitants de la Cité des Cheminots"
    title = "Jardin et four à pain de la Cité"
    contact, c_tel, c_mail = "Karima Benali", "+33639983450", "karima.benali@example.com"
    street, pc, city = "3 allée des Cheminots", "59210", "Coudekerque-Branche"
    req, tot = 2900, 3860
    exp = [("Four à pain en briques (matériaux)", 1650), ("Intervention d'un maçon-formateur", 900),
           ("Outils et bacs de jardin", 610), ("Fête d'inauguration", 700)]
    inc = [("Aide demandée", req), ("Participation des habitants", 460), ("Centre social", 500)]
    check_budget(exp, inc, req, tot)
    s = sheets.Sheet("Fiche initiative", [2, 30, 16, 16, 16])
    s.put(0, 1, "Fonds de participation des habitants (FPH)", bold=True, size=13, span=(1, 4))
    s.put(1, 1, "Fiche initiative – Centre social L'Escale – 14 rue de la Paix, 59210 Coudekerque-Branche – 03 53 01 36 36",
          size=8, span=(1, 4))
    s.put(3, 1, "LE GROUPE D'HABITANTS", bold=True, fill="FFBDD7EE", span=(1, 4))
    rows_ = [("Nom du groupe / de l'association", org), ("Personne référente", contact),
             ("Adresse", street), ("Code postal", int(pc)), ("Commune", city),
             ("Téléphone", phone(c_tel, "dots")), ("Mail", c_mail), ("Nombre d'habitants impliqués", 18)]
    r = 4
    for lab, val in rows_:
        s.put(r, 1, lab, border=True)
        s.put(r, 2, val, span=(1, 3), border=True, align="left")
        r += 1
    r += 1
    s.put(r, 1, "L'INITIATIVE", bold=True, fill="FFBDD7EE", span=(1, 4))
    r += 1
    s.put(r, 1, "Titre", border=True)
    s.put(r, 2, title, span=(1, 3), border=True)
    r += 1
    s.put(r, 1, "Description", border=True)
    s.put(r, 2, "Construire avec les habitants un four à pain au milieu du jardin collectif de la Cité et "
                "organiser chaque mois une fournée partagée.", span=(1, 3), border=True, wrap=True)
    r += 1
    s.put(r, 1, "Date(s)", border=True)
    s.put(r, 2, "septembre 2019 – juin 2020", span=(1, 3), border=True)
    r += 2
    s.put(r, 1, "BUDGET", bold=True, fill="FFBDD7EE", span=(1, 4))
    r += 1
    s.put(r, 1, "Dépenses", bold=True, border=True)
    s.put(r, 2, "Montant", bold=True, border=True)
    s.put(r, 3, "Recettes", bold=True, border=True)
    s.put(r, 4, "Montant", bold=True, border=True)
    r += 1
    first = r
    for i in range(max(len(exp), len(inc))):
        if i < len(exp):
            s.put(r, 1, exp[i][0], border=True)
            s.put(r, 2, exp[i][1], numfmt="eur", border=True)
        if i < len(inc):
            s.put(r, 3, inc[i][0], border=True)
            s.put(r, 4, inc[i][1], numfmt="eur", border=True)
        r += 1
    last = r - 1
    s.put(r, 1, "TOTAL", bold=True, border=True)
    s.put(r, 2, tot, formula="SUM(C%d:C%d)" % (first + 1, last + 1), numfmt="eur", bold=True, border=True)
    s.put(r, 3, "TOTAL", bold=True, border=True)
    s.put(r, 4, tot, formula="SUM(E%d:E%d)" % (first + 1, last + 1), numfmt="eur", bold=True, border=True)
    r += 2
    s.put(r, 1, "Plafond FPH : 1 500 € par initiative", italic=True, span=(1, 4))
    r += 1
    s.put(r, 1, "Cadre réservé au comité de gestion du FPH : date de passage ……  décision ……", italic=True, span=(1, 4))
    att = sheets.render_ods([s], dict(creator="Karima", created_iso=iso(created(2019, 6, 10, 18, 20))))
    body = ("Bonjour,\n\n"
            "Je vous envoie la fiche de notre projet de four à pain à la Cité des Cheminots. C'est la fiche du "
            "fonds de participation des habitants du centre social, nous l'avons remplie pour vous.\n\n"
            "Merci et bonne journée\nKarima Benali\n")
    return dict(fmt="ods_form", lang="fr", date=mail_date(2019, 6, 11, 10, 4),
                sender=(contact, c_mail), subject="four à pain Cité des Cheminots - Partons 2.0",
                body=body, client="roundcube", att_name="fiche_initiative_four_a_pain.ods", att=att, ext="ods",
                fields=truth(org, contact, c_mail, c_tel, street, pc, city, "FR", title, req, tot))
