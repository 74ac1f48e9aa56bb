"""TEST half, part A: paper forms (AcroForm, flattened, printed to PDF)."""
from reportlab.lib.pagesizes import A4, letter, landscape
from formkit import build
from deco import (logo, NL_CALL_INTRO, NL_CALL_OFFER, NL_CALL_SESSIONS, NL_CALL_TIMING,
                  FR_CALL_INTRO, FR_CALL_OFFER, FR_CALL_SESSIONS, FR_CALL_TIMING)
from casekit import T, mail, OUTLOOK, OUTLOOK_FR, THUNDERBIRD, THUNDERBIRD_FR, APPLEMAIL, IPHONE, WEBMAIL, ROUNDCUBE, ANDROID


# ====================================================================== T01  NL  AcroForm, labels left (city form)
def t01():
    def hdr(f, c, p):
        c.setFont("Times-Bold", 20); c.setFillColorRGB(0.0, 0.2, 0.4)
        c.drawString(f.x0, f.H - 58, "Stad Nieuwpoort")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Times-Roman", 9.5); c.drawString(f.x0, f.H - 72, "Dienst Cultuur en Evenementen  -  Marktplein 1")
        logo(c, f.x1 - 40, f.H - 80, "waves", (0.0, 0.2, 0.4), size=40)
        c.setLineWidth(2); c.setStrokeColorRGB(0.0, 0.2, 0.4); c.line(f.x0, f.H - 86, f.x1, f.H - 86)
        return f.H - 100

    def ftr(f, c, p, n):
        c.setFont("Times-Roman", 7.5)
        c.drawString(f.x0, 26, "Aanvraag toelage evenementen en initiatieven - ref. CUL/EV/03")
        c.drawRightString(f.x1, 26, "%d / %s" % (p, n))

    st = dict(names=dict(text_pat="Text%d", check_pat="Check%d", start=12), font="Times-Roman", bold="Times-Bold",
              italic="Times-Italic", size=10.5, label_w=120, lpos="left", fstyle="fill", box_fill=(0.87, 0.9, 1.0),
              fh=15, gap=5, section_style="caps", section_color=(0.0, 0.2, 0.4), section_size=11,
              header=hdr, footer=ftr, margin=(62, 62, 40, 44))

    def content(f):
        f.title("Aanvraag toelage evenementen en initiatieven", size=14, font="Times-Bold", align="center", after=2)
        f.para("Eén formulier per evenement. Het college beslist over de toelage op basis van het reglement van "
               "12 december 2016 (max. € 750 per evenement).", size=9, font="Times-Italic")
        f.section("Aanvrager")
        f.field("Aanvrager", "Speelpleinwerking De Hommelhoek vzw")
        f.checks("Statuut", ["vzw", "feitelijke vereniging", "school", "particulier"], "vzw", label_w=120, cols=4)
        f.row([dict(frac=0.55, label="KBO-nummer", value="0687.214.903", label_w=120),
               dict(frac=0.45, label="IBAN", value="BE12 7795 9841 0292", label_w=35)])
        f.field("Straat + nr.", "Hommelhof 7")
        f.row([dict(frac=0.4, label="Postnummer", value="8972", label_w=120),
               dict(frac=0.6, label="Plaats", value="Proven", label_w=40)])
        f.field("Verantwoordelijke", "Katrien Vandecasteele")
        f.row([dict(frac=0.5, label="Telefoon", value="057 33 47 90", label_w=120),
               dict(frac=0.5, label="Gsm", value="", label_w=35)])
        f.field("E-mail", "katrien.vdc@example.org")
        f.section("Het evenement / initiatief")
        f.field("Benaming", "Speelbos en picknickplek achter de sporthal")
        f.field("Omschrijving", "Samen met de buurt en de speelpleinmonitoren richten we het stukje bos achter de "
                "sporthal in als speelbos (hutten, balanceerstammen, wilgentunnel) met een overdekte picknickplek "
                "die het hele jaar open is.", lines=4)
        f.row([dict(frac=0.5, label="Datum", value="werkdagen okt. 2019", label_w=120),
               dict(frac=0.5, label="Verwacht aantal deelnemers", value="250", label_w=120)])
        f.section("Financiële gegevens")
        f.field("Totale begroting", "10.985,00", w=120 + 120)
        f.field("Gevraagde toelage", "€ 9.200,-", w=120 + 120)
        f.field("Opmerking", "Aanvraag in het kader van de projectoproep Maak werk van je buurt (provincie)")
        f.section("Ondertekening")
        f.row([dict(frac=0.5, label="Datum", value="6 juni 2019", label_w=120),
               dict(frac=0.5, label="Handtekening", value="K. Vandecasteele", label_w=70)])

    return dict(
        key="t01", lang="nl", fmt="pdf_form", family="AcroForm, labels left, highlighted fields (city events form reused)",
        truth=T("Speelpleinwerking De Hommelhoek vzw", "Katrien Vandecasteele", "katrien.vdc@example.org",
                "+3257334790", "Hommelhof 7", "8972", "Proven", "BE", "Speelbos en picknickplek achter de sporthal",
                "9200.00", "10985.00"),
        mail=mail("Katrien Vandecasteele", "katrien.vdc@example.org", "Aanvraag speelbos - Maak werk van je buurt",
                  "2019-06-06 13:20",
                  "Beste,\n\nIn bijlage onze aanvraag voor het speelbos in Proven.\n\nMet vriendelijke groeten,\n"
                  "Katrien Vandecasteele\nSpeelpleinwerking De Hommelhoek vzw\n",
                  "aanvraag toelage - speelbos.pdf", headers=OUTLOOK, html=True),
        pdf=lambda: build(st, "acro", content, check_on="Yes"),
        meta=dict(Producer="Adobe Acrobat Pro DC 17.12.20098", Creator="Acrobat PDFMaker 17 voor Word",
                  Title="Aanvraag toelage evenementen", Author="cultuur"),
        created="2017-02-06 09:40:12+01")


# ====================================================================== T02  FR  AcroForm, labels above, charges/produits
def t02():
    def hdr(f, c, p):
        c.setFillColorRGB(0.12, 0.35, 0.2); c.rect(0, f.H - 30, f.W, 30, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1); c.setFont("DVSerif-Bold", 11)
        c.drawString(f.x0, f.H - 20, "MAIRIE DE ZUYTPEENE")
        c.setFont("DVSerif", 8.5); c.drawRightString(f.x1, f.H - 20, "Dossier de demande de subvention")
        c.setFillColorRGB(0, 0, 0)
        return f.H - 46

    def ftr(f, c, p, n):
        c.setFont("DVSerif", 7); c.drawString(f.x0, 24, "Mairie de Zuytpeene - dossier associations")
        c.drawRightString(f.x1, 24, "%d / %s" % (p, n))

    st = dict(names=dict(text_pat="Champ de texte %d"), font="DVSerif", bold="DVSerif-Bold", italic="DVSerif-Italic",
              size=8.8, lpos="above", fstyle="box", fh=16, gap=4, section_style="shade", cell_fill=(0.88, 0.93, 0.88),
              section_color=(0.12, 0.35, 0.2), header=hdr, footer=ftr, margin=(44, 44, 40, 40), lw=0.8)

    def content(f):
        f.title("Demande de subvention", size=15, font="DVSerif-Bold", after=2)
        f.para("À remplir par l'association et à retourner au secrétariat de mairie accompagné des pièces demandées.",
               size=8.5, font="DVSerif-Italic")
        f.section("1. Présentation de l'association")
        f.row([dict(frac=0.65, label="Nom de l'association", value="Comité de quartier des Tilleuls"),
               dict(frac=0.35, label="Sigle", value="")])
        f.row([dict(frac=0.6, label="Adresse du siège (n°, rue)", value="7 allée des Tilleuls"),
               dict(frac=0.15, label="Code postal", value="59470"),
               dict(frac=0.25, label="Commune", value="Wormhout")])
        f.row([dict(frac=0.5, label="Numéro de SIRET", value=""), dict(frac=0.5, label="Numéro RNA ou de récépissé", value="W594009931")])
        f.section("2. Représentant légal et correspondant")
        f.row([dict(frac=0.5, label="Représentant légal (nom, prénom, qualité)", value="Gérard Hennebert, président"),
               dict(frac=0.5, label="Téléphone", value="03 28 65 18 40")])
        f.row([dict(frac=0.5, label="Correspondant pour cette demande (nom, prénom)", value="Aurélie Dequidt"),
               dict(frac=0.5, label="Téléphone du correspondant", value="03 28 65 30 82")])
        f.field("Courriel du correspondant", "aurelie.dequidt@example.com")
        f.section("3. Description de l'action")
        f.field("Intitulé", "Aire de jeux et bancs pour le quartier des Tilleuls")
        f.field("Objectifs, public, déroulement", "Créer avec les familles une petite aire de jeux pour les 3-10 ans "
                "et installer des bancs autour du square, lieu de rencontre des habitants. Chantier participatif "
                "un samedi, puis fête d'inauguration avec goûter.", lines=4)
        f.section("4. Budget prévisionnel de l'action")
        R = dict(align=2)
        f.grid([[("L", "60 - Achats (jeux, matériaux)"), ("W", "5 240 €", R), ("L", "70 - Participation des usagers"), ("W", "", R)],
                [("L", "61 - Locations (outillage)"), ("W", "1 860 €", R), ("L", "74 - Subventions :"), ("T", "")],
                [("L", "62 - Publicité, publications"), ("W", "420 €", R), ("L", "   État"), ("W", "", R)],
                [("L", "62 - Réception (inauguration)"), ("W", "780 €", R), ("L", "   Commune"), ("W", "", R)],
                [("L", "64 - Charges de personnel"), ("W", "", R), ("L", "   Autre : appel à projets Partons 2.0"), ("W", "7 500 €", R)],
                [("L", ""), ("W", "", R), ("L", "75 - Fonds propres"), ("W", "800 €", R)],
                [("B", "TOTAL DES CHARGES"), ("W", "8 300 €", R), ("B", "TOTAL DES PRODUITS"), ("W", "8 300 €", R)]],
               [0.3, 0.18, 0.34, 0.18], header=["CHARGES", "Montant", "PRODUITS", "Montant"], rh=17,
               header_fill=(0.75, 0.85, 0.75))
        f.section("5. Attestation sur l'honneur")
        f.row([dict(frac=0.5, label="Fait à", value="Wormhout"), dict(frac=0.5, label="Le", value="04/06/2019")])

    return dict(
        key="t02", lang="fr", fmt="pdf_form", family="AcroForm, labels above; legal representative vs named correspondent; request in a produits/subventions line",
        truth=T("Comité de quartier des Tilleuls", "Aurélie Dequidt", "aurelie.dequidt@example.com", "+33328653082",
                "7 allée des Tilleuls", "59470", "Wormhout", "FR",
                "Aire de jeux et bancs pour le quartier des Tilleuls", "7500.00", "8300.00"),
        mail=mail("Aurélie Dequidt", "aurelie.dequidt@example.com", "Demande appel à projets - quartier des Tilleuls",
                  "2019-06-04 21:15",
                  "Bonsoir,\n\nJe vous envoie le dossier du comité de quartier pour l'aire de jeux.\n\n"
                  "Bonne soirée\nAurélie\n", "dossier_subvention_Tilleuls.pdf", headers=THUNDERBIRD_FR),
        pdf=lambda: build(st, "acro", content, check_on="Oui"),
        meta=dict(Producer="Adobe Acrobat Pro DC 18.11.20040", Creator="PDFCreator 2.1.2.0",
                  Title="dossier demande subvention"),
        created="2018-03-12 10:11:02+01")


# ====================================================================== T03  NL  AcroForm grid, landscape, label cells
def t03():
    W_, H_ = landscape(A4)

    def hdr(f, c, p):
        logo(c, f.x0, f.H - 62, "square", (0.85, 0.45, 0.0), "SG", size=34)
        c.setFont("DV-Bold", 13); c.drawString(f.x0 + 44, f.H - 40, "Scholengemeenschap De Heuvels")
        c.setFont("DV", 8.5); c.drawString(f.x0 + 44, f.H - 53, "aanvraagformulier ouderwerking en schoolnabije projecten")
        c.setFont("DV", 7.5); c.drawRightString(f.x1, f.H - 40, "terug te bezorgen aan het secretariaat van de scholengemeenschap")
        return f.H - 76

    st = dict(names=dict(text_pat="Tekstvak %d"), pagesize=landscape(A4), font="DV", bold="DV-Bold", italic="DV-Oblique",
              size=8.5, fh=16, cell_fill=(0.99, 0.9, 0.78), section_style="tab", section_color=(0.85, 0.45, 0.0),
              section_size=9.5, header=hdr, margin=(36, 36, 30, 30), lw=0.5, gap=4)
    L, W = "L", "W"
    R = dict(align=2)

    def content(f):
        x_mid = W_ / 2
        top = f.y
        f.x0, f.x1 = 36, x_mid - 8
        f.section("1  Aanvrager")
        f.grid([[(L, "Naam oudercomité / school"), (W, "Oudercomité Basisschool 't Zonnetje")],
                [(L, "Straat en nummer"), (W, "Schoolstraat 15")],
                [(L, "Postcode + gemeente"), (W, "8951 Dranouter")],
                [(L, "Ondernemingsnr. / IBAN"), (W, "BE60 9799 3307 5170")]], [0.38, 0.62], rh=18)
        f.section("2  Bestuur")
        f.grid([[(L, "Voorzitter"), (W, "Tom Vanacker"), (W, "0497 21 63 08"), (W, "tom.vanacker@example.org")],
                [(L, "Secretaris"), (W, "Nele Boudry"), (W, "0468 30 11 52"), (W, "nele.boudry@example.com")],
                [(L, "Penningmeester"), (W, "Sofie Baert"), (W, "0486 40 72 19"), (W, "sofie.baert@example.net")]],
               [0.2, 0.24, 0.22, 0.34], header=["", "naam", "telefoon", "e-mail"], rh=17)
        f.grid([[(L, "Aanspreekpunt voor dit dossier"), (W, "Sofie Baert (penningmeester)")]], [0.38, 0.62], rh=18)
        left_end = f.y
        f.y = top
        f.x0, f.x1 = x_mid + 8, W_ - 36
        f.section("3  Project")
        f.grid([[(L, "Projectnaam"), (W, "Muziekhoek en buitenpodium voor school en buurt")],
                {"cells": [(L, "Omschrijving"), (W, "Een klein houten buitenpodium met overkapping op het "
                           "schoolterrein, dat na de schooluren gebruikt wordt door de muziekschool, de fanfare en "
                           "de buurt (zomerconcerten, vertelavonden).", dict(multiline=True))], "h": 62},
                [(L, "Periode"), (W, "schooljaar 2019-2020")]], [0.3, 0.7], rh=18)
        f.section("4  Begroting")
        f.grid([[(L, "Podiumelementen en overkapping"), (W, "3960", R)],
                [(L, "Geluidsinstallatie"), (W, "2215", R)],
                [(L, "Zitbanken"), (W, "1180", R)],
                [(L, "Opening (drank, affiches)"), (W, "345", R)],
                [("B", "Totaal uitgaven"), (W, "7700", R)],
                [(L, "Opbrengst schoolfeest"), (W, "1700", R)],
                [(L, "Gevraagd aan Maak werk van je buurt"), (W, "6000", R)],
                [("B", "Totaal inkomsten"), (W, "7700", R)]], [0.7, 0.3], rh=16)
        f.grid([[(L, "Datum"), (W, "29/05/2019"), (L, "Naam"), (W, "Nele Boudry")]], [0.2, 0.3, 0.2, 0.3], rh=18)
        f.y = min(f.y, left_end)

    return dict(
        key="t03", lang="nl", fmt="pdf_form", family="Landscape AcroForm grid, label cells before widgets; board table and a separate 'aanspreekpunt' cell; request as an income line",
        truth=T("Oudercomité Basisschool 't Zonnetje", "Sofie Baert", "sofie.baert@example.net", "+32486407219",
                "Schoolstraat 15", "8951", "Dranouter", "BE", "Muziekhoek en buitenpodium voor school en buurt",
                "6000.00", "7700.00"),
        mail=mail("Nele Boudry", "nele.boudry@example.com", "aanvraag oudercomité 't Zonnetje", "2019-05-29 22:47",
                  "Beste\n\nHierbij ons aanvraagformulier. Sofie Baert is ons aanspreekpunt.\n\nGroetjes,\nNele\n",
                  "aanvraag ouderwerking Zonnetje Dranouter.pdf", headers=IPHONE),
        pdf=lambda: build(st, "acro", content),
        meta=dict(Producer="Nitro Pro 9 (9. 5. 3. 8)", Creator="Nitro Pro 9", Title="aanvraagformulier ouderwerking"),
        created="2018-08-29 14:02:33+02")


# ====================================================================== T04  FR  AcroForm, tooltip-only with numbered bubbles
def t04():
    def hdr(f, c, p):
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.setFont("Sans-Bold", 22); c.drawString(f.x0, f.H - 56, "SOLIDARITÉ NORD RURAL")
        c.setFont("Sans", 9); c.drawString(f.x0, f.H - 70, "Fondation sous égide  -  Dossier de candidature 2019")
        c.setFillColorRGB(0, 0, 0)
        return f.H - 92

    def ftr(f, c, p, n):
        c.setFont("Sans", 7); c.setFillColorRGB(0.45, 0.45, 0.45)
        c.drawString(f.x0, 22, "Les rubriques numérotées correspondent à la notice jointe. Aide : survolez les champs.")
        c.drawRightString(f.x1, 22, "p. %d" % p)

    st = dict(names=dict(text_pat="undefined_%d", check_pat="undefined_c%d", start=2), font="Sans", bold="Sans-Bold",
              italic="Sans-Italic", size=9, lpos="tooltip", fstyle="underline", fh=17, gap=9,
              section_style="underline", section_color=(0.1, 0.3, 0.6), header=hdr, footer=ftr,
              margin=(70, 50, 40, 40), lw=0.7)
    counter = [0]

    def bubble(f):
        counter[0] += 1
        c = f.c
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.circle(f.x0 - 16, f.y - 9, 7, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1); c.setFont("Sans-Bold", 7.5)
        c.drawCentredString(f.x0 - 16, f.y - 11.5, str(counter[0]))
        c.setFillColorRGB(0, 0, 0)

    def fld(f, tip, value, **kw):
        f.need(30)
        bubble(f)
        f.field("", value, tip=tip, **kw)

    def content(f):
        counter[0] = 0
        f.section("A - Le porteur")
        fld(f, "Nom de l'association ou du collectif", "Association Les Sentiers du Katsberg")
        fld(f, "Adresse postale (numéro et rue)", "12 chemin du Kattenberg")
        fld(f, "Code postal", "59114", w=120)
        fld(f, "Commune", "Godewaersvelde", w=250)
        fld(f, "N° SIRET", "")
        f.section("B - La personne référente")
        fld(f, "Prénom et nom du référent", "Pauline Vanuxem")
        fld(f, "Téléphone du référent", "06 24 93 17 58", w=200)
        fld(f, "Adresse électronique du référent", "pauline.vanuxem@example.org")
        f.section("C - Le projet")
        fld(f, "Titre du projet", "Balisage de sentiers et sorties nature pour les familles")
        fld(f, "Résumé du projet", "Baliser avec les habitants trois boucles de promenade autour du Katsberg, "
            "éditer un petit guide des sentiers et organiser une sortie nature par mois pour les familles, "
            "avec un guide de la Maison du Parc.", lines=4, fstyle="box")
        f.section("D - Le financement")
        fld(f, "Budget global du projet", "8 020 €", w=200)
        fld(f, "Montant de l'aide sollicitée", "6 850 €", w=200)
        fld(f, "Cofinancements", "")
        f.section("E - Signature")
        fld(f, "Date et lieu", "Godewaersvelde, le 10 juin 2019")

    return dict(
        key="t04", lang="fr", fmt="pdf_form", family="AcroForm with numbered bubbles only; every label is in the tooltip; some widgets empty",
        truth=T("Association Les Sentiers du Katsberg", "Pauline Vanuxem", "pauline.vanuxem@example.org",
                "+33624931758", "12 chemin du Kattenberg", "59114", "Godewaersvelde", "FR",
                "Balisage de sentiers et sorties nature pour les familles", "6850.00", "8020.00"),
        mail=mail("Pauline Vanuxem", "pauline.vanuxem@example.org", "candidature Sentiers du Katsberg",
                  "2019-06-10 08:02", "", "dossier_candidature_SNR_2019.pdf", headers=ROUNDCUBE),
        pdf=lambda: build(st, "acro", content),
        meta=dict(Producer="GPL Ghostscript 9.26; modified using iText 2.1.7 by 1T3XT", Creator="Scribus 1.4.7",
                  Title="Dossier de candidature 2019"),
        created="2019-01-15 12:00:00+01")


# ====================================================================== T05  NL  AcroForm, captions under widgets in cards
def t05():
    def hdr(f, c, p):
        c.setFillColorRGB(0.95, 0.93, 0.85); c.rect(0, 0, f.W, f.H, stroke=0, fill=1)
        c.setFillColorRGB(0.45, 0.3, 0.1)
        c.setFont("DVSerif-Bold", 15); c.drawCentredString(f.W / 2, f.H - 48, "Stichting Dorp & Landschap")
        c.setFont("DVSerif-Italic", 9.5); c.drawCentredString(f.W / 2, f.H - 62, "Projectaanvraag - kleine projecten in landelijke gemeenten")
        c.setFillColorRGB(0, 0, 0)
        return f.H - 82

    st = dict(names=dict(text_pat="Tekstveld%d"), font="DVSerif", bold="DVSerif-Bold", italic="DVSerif-Italic",
              size=9.5, lpos="below", fstyle="box", box_fill=(1, 1, 1), fh=17, gap=6, section_style="box",
              section_color=(0.45, 0.3, 0.1), header=hdr, margin=(56, 56, 40, 40))

    def content(f):
        f.section("Naam initiatiefnemer en contact")
        f.field("Naam initiatiefnemer (vereniging, groep of persoon)", "Werkgroep Stavele Bloeit")
        f.field("straat en nummer", "Kerselarenhoek 11")
        f.row([dict(frac=0.3, label="postcode", value="8691"),
               dict(frac=0.7, label="woonplaats", value="Stavele")])
        f.row([dict(frac=0.5, label="aanspreekpunt", value="Geert Pauwels"),
               dict(frac=0.5, label="telefoonnummer aanspreekpunt", value="0474 58 16 29")])
        f.section("Projectvoorstel")
        f.field("projecttitel", "Bloemenweides en insectenhotels in het dorp")
        f.field("korte beschrijving", "Met de bewoners zaaien we bloemenweides in de bermen en op drie "
                "braakliggende perceeltjes, we bouwen insectenhotels met de jeugdbeweging en plaatsen "
                "infobordjes. Oogstfeest in september.", lines=4)
        f.field("wie werkt mee?", "landbouwers, jeugdbeweging, natuurvereniging, gepensioneerden", lines=2)
        f.section("Begroting")
        for d, a in [("zaaigoed en grondbewerking", "EUR 1.950"), ("hout en materiaal insectenhotels", "EUR 2.180"),
                     ("infobordjes", "EUR 860"), ("oogstfeest", "EUR 490")]:
            f.row([dict(frac=0.7, label="uitgave", value=d), dict(frac=0.3, label="bedrag", value=a, align=2)])
        f.row([dict(frac=0.7, label="", value="totaal", fstyle="none"),
               dict(frac=0.3, label="totaal uitgaven", value="EUR 5.480", align=2)])
        for d, a in [("Eigen middelen werkgroep", "EUR 500"), ("Bijdrage Maak werk van je buurt", "EUR 4.980")]:
            f.row([dict(frac=0.7, label="inkomst", value=d), dict(frac=0.3, label="bedrag", value=a, align=2)])
        f.section("Ondertekening")
        f.row([dict(frac=0.5, label="datum", value="15/06/2019"), dict(frac=0.5, label="naam", value="Geert Pauwels")])

    return dict(
        key="t05", lang="nl", fmt="pdf_form", family="AcroForm on a tinted page, captions under boxed widgets; request typed into an income line; no e-mail in form",
        truth=T("Werkgroep Stavele Bloeit", "Geert Pauwels", "geert.pauwels@example.net", "+32474581629",
                "Kerselarenhoek 11", "8691", "Stavele", "BE", "Bloemenweides en insectenhotels in het dorp",
                "4980.00", "5480.00"),
        mail=mail("Geert Pauwels", "geert.pauwels@example.net", "Projectaanvraag Stavele Bloeit", "2019-06-15 17:44",
                  "Goedemiddag,\n\nIn de bijlage onze projectaanvraag.\n\nGeert\n", "projectaanvraag.pdf",
                  headers=WEBMAIL),
        pdf=lambda: build(st, "acro", content),
        meta=dict(Producer="LibreOffice 5.4", Creator="Draw", Title="projectaanvraag kleine projecten"),
        created="2018-12-04 16:20:45+01")


# ====================================================================== T06  FR  3-page AcroForm, sidebar, call text
def t06():
    def hdr(f, c, p):
        c.setFillColorRGB(0.55, 0.12, 0.35); c.rect(0, 0, 22, f.H, stroke=0, fill=1)
        c.saveState(); c.translate(15, f.H / 2); c.rotate(90)
        c.setFillColorRGB(1, 1, 1); c.setFont("Sans-Bold", 9)
        c.drawCentredString(0, 0, "APPEL À PROJETS PARTONS 2.0  ·  VILLAGES ET QUARTIERS VIVANTS")
        c.restoreState()
        c.setFillColorRGB(0, 0, 0)
        return f.H - 40

    def ftr(f, c, p, n):
        c.setFont("Sans", 7.5); c.drawRightString(f.x1, 24, "Formulaire de candidature  |  page %d / %s" % (p, n))

    st = dict(names=dict(text_pat="Texte %d", start=101), font="Sans", bold="Sans-Bold", italic="Sans-Italic",
              size=9.5, lpos="left", label_w=175, fstyle="underline", fh=15, gap=7, section_style="caps",
              section_color=(0.55, 0.12, 0.35), section_size=12, header=hdr, footer=ftr, margin=(60, 48, 40, 44))

    def content(f):
        f.title("Formulaire de candidature", size=19, font="Sans-Bold", color=(0.55, 0.12, 0.35), after=4)
        f.c.setFillColorRGB(0.95, 0.92, 0.94)
        f.c.rect(f.x0, f.y - 178, f.x1 - f.x0, 176, stroke=0, fill=1)
        f.c.setFillColorRGB(0, 0, 0)
        f.x0 += 8; f.x1 -= 8
        f.space(6)
        f.para(FR_CALL_INTRO, size=8.5)
        f.para(FR_CALL_OFFER, size=8.5)
        f.para("Sessions d'accompagnement : " + " ; ".join(FR_CALL_SESSIONS) + ".", size=8.5)
        f.para(FR_CALL_TIMING, size=8.5, font="Sans-Bold")
        f.x0 -= 8; f.x1 += 8
        f.space(10)
        f.section("Votre projet")
        f.field("Nom du projet", "Tiers-lieu rural dans l'ancienne forge")
        f.field("Le projet en quelques lignes", "Réhabiliter avec les habitants l'ancienne forge du village en "
                "tiers-lieu : espace de travail partagé, point relais de services publics, petite épicerie "
                "solidaire et salle pour les associations.", lines=4)
        f.field("Lieu de réalisation", "ancienne forge, centre-bourg")
        f.page_break()
        f.section("La structure")
        f.field("Dénomination", "Association Bien Vivre à Rexpoëde")
        f.field("Adresse", "3 rue du Moulin à Huile")
        f.row([dict(frac=0.45, label="Code postal", value="59122", label_w=80),
               dict(frac=0.55, label="Localité", value="REXPOEDE", label_w=60)])
        f.field("Date de création", "2014")
        f.section("Membres du bureau")
        f.grid([[("L", "Présidente"), ("W", "Jacqueline Wyckaert"), ("W", "03 28 68 40 22"), ("W", "j.wyckaert@example.org")],
                [("L", "Secrétaire"), ("W", "Annick Top"), ("W", "06 33 09 81 47"), ("W", "annick.top@example.com")],
                [("L", "Trésorier"), ("W", "Marcel Devulder"), ("W", "03 28 68 12 05"), ("W", "")]],
               [0.17, 0.3, 0.2, 0.33], rh=18, header=["", "Nom", "Téléphone", "Courriel"])
        f.section("Référent du projet")
        f.para("Personne chargée du suivi du dossier et présente aux sessions d'accompagnement.", size=8.5,
               font="Sans-Italic")
        f.field("Nom et prénom", "Damien Sergeant")
        f.field("Téléphone", "07 68 31 44 02")
        f.field("Courriel", "damien.sergeant@example.net")
        f.page_break()
        f.section("Budget du projet")
        f.para("Rappel : l'appel à projets dispose d'une enveloppe de 100 000 euros ; la participation est de "
               "10 000 euros maximum par projet.", size=8.5, font="Sans-Italic")
        R = dict(align=2)
        f.grid([[("L", "Études et architecte"), ("W", "3 500,00 €", R)],
                [("L", "Travaux de remise en état (matériaux)"), ("W", "7 450,00 €", R)],
                [("L", "Mobilier et équipement"), ("W", "2 600,00 €", R)],
                [("L", "Animation et communication"), ("W", "1 200,00 €", R)],
                [("B", "Total"), ("W", "14 750,00 €", R)]], [0.7, 0.3], rh=18, header=["Poste de dépense", "Montant"])
        f.field("Participation demandée", "9 000,00 €")
        f.field("Autres ressources", "Commune 3 000,00 € ; fonds propres 2 750,00 €", lines=2)
        f.space(8)
        f.field("Fait à, le", "Rexpoëde, le 13 juin 2019")

    return dict(
        key="t06", lang="fr", fmt="pdf_form", family="3-page AcroForm with coloured sidebar: call text box on p.1, board table and 'référent du projet' on p.2, budget on p.3; town in capitals",
        truth=T("Association Bien Vivre à Rexpoëde", "Damien Sergeant", "damien.sergeant@example.net",
                "+33768314402", "3 rue du Moulin à Huile", "59122", "REXPOEDE", "FR",
                "Tiers-lieu rural dans l'ancienne forge", "9000.00", "14750.00"),
        mail=mail("Annick Top", "annick.top@example.com", "Candidature Partons 2.0 - Bien Vivre à Rexpoëde",
                  "2019-06-13 11:30",
                  "Bonjour,\n\nVeuillez trouver ci-joint notre formulaire de candidature.\n\nCordialement,\n"
                  "Annick Top\nsecrétaire\n", "Formulaire candidature BVR.pdf", headers=OUTLOOK_FR, html=True),
        pdf=lambda: build(st, "acro", content),
        meta=dict(Producer="Adobe Acrobat Pro DC 19.12.20034", Creator="Adobe Acrobat Pro DC 19.12.20034",
                  Title="Formulaire de candidature"),
        created="2019-04-10 10:10:10+02")


# ====================================================================== T07  NL  AcroForm with comb fields, individual
def t07():
    def hdr(f, c, p):
        c.setStrokeColorRGB(0.0, 0.5, 0.6); c.setLineWidth(6); c.line(f.x0, f.H - 34, f.x0 + 60, f.H - 34)
        c.setFont("DVC-Bold", 14); c.drawString(f.x0, f.H - 56, "Welzijnsschakels Westhoek")
        c.setFont("DVC", 9); c.drawString(f.x0, f.H - 69, "Aanvraag burgerinitiatief  -  startbudget")
        return f.H - 90

    def ftr(f, c, p, n):
        c.setFont("DVC", 7); c.drawString(f.x0, 24, "WSW-F12  ·  %d/%s" % (p, n))

    st = dict(names=dict(text_pat="Veld %d", check_pat="Vakje %d"), font="DVC", bold="DVC-Bold", italic="DVC",
              size=9, lpos="above", fstyle="box", fh=18, gap=6, section_style="underline",
              section_color=(0.0, 0.5, 0.6), header=hdr, footer=ftr, margin=(64, 64, 40, 40))

    def content(f):
        f.section("1. Gegevens aanvrager")
        f.checks("Aanvraag als:", ["privépersoon", "vereniging", "groep bewoners"], "privépersoon", lpos="left",
                 label_w=90)
        f.row([dict(frac=0.5, label="Voornaam", value="Hannelore"), dict(frac=0.5, label="Familienaam", value="Soenen")])
        f.field("Straat", "Vijverhoek", w=300)
        f.row([dict(frac=0.2, label="Nummer", value="64"), dict(frac=0.2, label="Bus", value=""),
               dict(frac=0.25, label="Postcode", value="8904", comb=4),
               dict(frac=0.35, label="Gemeente", value="Boezinge")])
        f.field("Telefoon / gsm (cijfers zonder spaties)", "0468279013", comb=10, w=230)
        f.field("E-mail", "hannelore.soenen@example.com", w=300)
        f.section("2. Uw initiatief")
        f.field("Naam van het initiatief", "Buurtfeest en straatmeesters voor de Vijverhoek")
        f.field("Wat wilt u doen?", "Een eerste buurtfeest om de buren te leren kennen en daarna per straat een "
                "'straatmeester' die nieuwe bewoners verwelkomt en oudere buren helpt met kleine klusjes.", lines=3)
        f.row([dict(frac=0.5, label="Start (ddmmjjjj)", value="07092019", comb=8),
               dict(frac=0.5, label="Aantal betrokken gezinnen", value="35")])
        f.section("3. Budget")
        f.row([dict(frac=0.5, label="Totale kosten", value="2.950 euro"),
               dict(frac=0.5, label="Gevraagd startbudget", value="2.400 euro")])
        f.section("4. Handtekening")
        f.row([dict(frac=0.5, label="Datum (ddmmjjjj)", value="02062019", comb=8),
               dict(frac=0.5, label="Naam", value="Hannelore Soenen")])

    return dict(
        key="t07", lang="nl", fmt="pdf_form", family="AcroForm, labels above, comb boxes (postcode, phone, dates); street and number in separate widgets; private person",
        truth=T(None, "Hannelore Soenen", "hannelore.soenen@example.com", "+32468279013", "Vijverhoek 64",
                "8904", "Boezinge", "BE", "Buurtfeest en straatmeesters voor de Vijverhoek", "2400.00", "2950.00"),
        mail=mail("Hannelore Soenen", "hannelore.soenen@example.com", "buurtfeest Vijverhoek", "2019-06-02 10:31",
                  "Dag,\n\nzie bijlage.\n\nHannelore\n\nVerzonden vanaf mijn iPad\n", "WSW-F12 Soenen.pdf",
                  headers=[("X-Mailer", "iPad Mail (16F203)")]),
        pdf=lambda: build(st, "acro", content, check_on="Ja", check_char="8"),
        meta=dict(Producer="Adobe Acrobat Pro DC 18.11.20055", Creator="Adobe InDesign CC 13.0 (Windows)",
                  Title="WSW-F12 aanvraag burgerinitiatief"),
        created="2018-05-22 08:55:01+02")


# ====================================================================== T08  FR  AcroForm landscape two columns, collectif
def t08():
    W_, H_ = landscape(A4)

    def hdr(f, c, p):
        c.setFillColorRGB(0.2, 0.5, 0.3); c.rect(0, f.H - 46, f.W, 46, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1); c.setFont("Serif-Bold", 16)
        c.drawString(36, f.H - 30, "Budget participatif de quartier - fiche idée")
        c.setFont("Serif", 9); c.drawRightString(f.W - 36, f.H - 30, "Centre social intercommunal des Flandres")
        c.setFillColorRGB(0, 0, 0)
        return f.H - 62

    st = dict(names=dict(text_pat="Zone de texte %d", check_pat="Case %d"), pagesize=landscape(A4), font="Serif",
              bold="Serif-Bold", italic="Serif-Italic", size=10, lpos="inline", fstyle="underline", fh=16, gap=6,
              section_style="bar", section_color=(0.2, 0.5, 0.3), header=hdr, margin=(36, 36, 30, 30))

    def content(f):
        top = f.y
        f.x0, f.x1 = 36, W_ / 2 - 12
        f.section("QUI PROPOSE ?")
        f.checks("Vous êtes :", ["Association", "Collectif d'habitants (non constitué)", "Habitant seul", "École"],
                 "Collectif d'habitants (non constitué)", lpos="above", cols=2)
        f.field("Nom du collectif :", "Collectif des habitants de la Cité des Cheminots")
        f.field("Porteur du projet :", "M. Yannick Lebrun")
        f.field("Adresse :", "18 rue des Cheminots")
        f.field("Code postal et ville :", "59190 Hazebrouck")
        f.field("Téléphone :", "06 45 12 88 37")
        f.field("Courriel :", "yannick.lebrun@example.net")
        f.field("Autres membres :", "une quinzaine de familles de la cité")
        left_end = f.y
        f.y = top
        f.x0, f.x1 = W_ / 2 + 12, W_ - 36
        f.section("QUELLE IDÉE ?")
        f.field("Titre :", "Jardins familiaux et composteur collectif")
        f.field("Description :", "Aménager la parcelle en friche derrière la cité en douze jardins familiaux avec "
                "un composteur collectif, un abri à outils partagé et une table de pique-nique.", lines=4)
        f.field("Où ?", "parcelle communale rue des Cheminots")
        f.section("COMBIEN ?")
        f.field("Coût estimé de l'idée :", "5 180 €")
        f.field("Montant demandé :", "4 500 €")
        f.field("Date :", "14/06/2019")
        f.y = min(f.y, left_end)

    return dict(
        key="t08", lang="fr", fmt="pdf_form", family="Landscape AcroForm in two columns, inline labels over underlines; status checkboxes; group name and 'porteur' separate",
        truth=T("Collectif des habitants de la Cité des Cheminots", "Yannick Lebrun", "yannick.lebrun@example.net",
                "+33645128837", "18 rue des Cheminots", "59190", "Hazebrouck", "FR",
                "Jardins familiaux et composteur collectif", "4500.00", "5180.00"),
        mail=mail("Yannick Lebrun", "yannick.lebrun@example.net", "Fiche idée jardins familiaux", "2019-06-14 19:02",
                  "Bonjour,\n\nJe vous transmets la fiche de notre collectif pour les jardins familiaux.\n\n"
                  "Yannick Lebrun\n", "fiche idée - cité des cheminots.pdf", headers=THUNDERBIRD_FR),
        pdf=lambda: build(st, "acro", content, check_on="Oui", check_char="8"),
        meta=dict(Producer="Adobe PDF Library 15.0", Creator="Adobe InDesign CC 2017 (Windows)",
                  Title="fiche idée budget participatif"),
        created="2018-09-17 11:22:33+02")


# ====================================================================== T09  NL  flattened municipal grid form
def t09():
    def hdr(f, c, p):
        logo(c, f.x0, f.H - 78, "shield", (0.15, 0.45, 0.2), "K", size=36)
        c.setFont("Sans-Bold", 13); c.drawString(f.x0 + 46, f.H - 55, "gemeente Koekelare")
        c.setFont("Sans", 8.5); c.drawString(f.x0 + 46, f.H - 68, "cultuurdienst - socio-culturele projecten")
        return f.H - 96

    def ftr(f, c, p, n):
        c.setFont("Sans", 7); c.drawCentredString(f.W / 2, 22, "pagina %d van %s" % (p, n))

    st = dict(names=dict(text_pat="Text%d"), font="Sans", bold="Sans-Bold", italic="Sans-Italic", size=9,
              fh=17, cell_fill=(0.9, 0.95, 0.9), section_style="bar", section_color=(0.15, 0.45, 0.2),
              header=hdr, footer=ftr, margin=(46, 46, 40, 40), gap=5)
    L, W = "L", "W"

    def content(f):
        f.title("Aanvraag toelage socio-culturele projecten", size=13.5, font="Sans-Bold")
        f.para("Toelage: max. 30 % van de aanvaarde kosten, begrensd tot € 1.500.", size=8, color=(0.4, 0.4, 0.4))
        f.section("Vereniging")
        f.grid([[(L, "Naam"), (W, "Vzw Dorpshuis Beselare")],
                [(L, "Adres"), (W, "Ter Hulstweg 19")],
                [(L, "Postcode / gemeente"), (W, "8980 Beselare")],
                [(L, "KBO-nummer"), (W, "0765.118.402")],
                [(L, "Rekeningnummer"), (W, "BE90 0689 0412 7732")]], [0.3, 0.7], rh=20)
        f.section("Bestuur")
        f.grid([[(L, "Voorzitter"), (W, "Luc Debaene"), (W, "0495 63 08 21"), (W, "luc.debaene@example.org")],
                [(L, "Penningmeester"), (W, "Martine Vandenberghe"), (W, "0479 40 26 13"), (W, "martine.vdberghe@example.net")]],
               [0.2, 0.25, 0.2, 0.35], rh=20, header=["functie", "naam", "telefoon", "e-mail"])
        f.section("Project")
        f.grid([[(L, "Projecttitel"), (W, "Dorpshuis als ontmoetingsplek: inrichting en opstart")],
                {"cells": [(L, "Beschrijving"), (W, "Het oude patronaat wordt ingericht als dorpshuis met een "
                           "ontmoetingscafé, een vergaderzaal voor de verenigingen en een hoek voor de "
                           "jeugdbeweging. Opstartjaar met een programma van activiteiten voor alle leeftijden.",
                           dict(multiline=True))], "h": 56},
                [(L, "Periode"), (W, "september 2019 - augustus 2020")]], [0.3, 0.7], rh=20)
        f.section("Financiën")
        f.grid([[(L, "Totale kostprijs van het project"), (W, "€ 18.400")],
                [(L, "Gevraagde toelage"), (W, "€ 9.750")],
                [(L, "Andere financiering"), (W, "eigen middelen € 4.650, sponsors € 4.000")]], [0.45, 0.55], rh=20)
        f.section("Handtekening")
        f.grid([[(L, "Datum"), (W, "12/06/2019"), (L, "Naam + functie"), (W, "Luc Debaene, voorzitter")]],
               [0.15, 0.25, 0.2, 0.4], rh=24)

    return dict(
        key="t09", lang="nl", fmt="pdf_letter", family="Municipal grid form, filled and flattened; two board members, no contact named (signer is contact)",
        truth=T("Vzw Dorpshuis Beselare", "Luc Debaene", "luc.debaene@example.org", "+32495630821",
                "Ter Hulstweg 19", "8980", "Beselare", "BE", "Dorpshuis als ontmoetingsplek: inrichting en opstart",
                "9750.00", "18400.00"),
        mail=mail("Luc Debaene", "luc.debaene@example.org", "Aanvraag dorpshuis Beselare", "2019-06-12 16:40",
                  "Beste,\n\nIn bijlage vindt u onze aanvraag.\n\nMet vriendelijke groeten\nLuc Debaene\n"
                  "voorzitter vzw Dorpshuis Beselare\n", "aanvraag_toelage_dorpshuis.pdf", headers=OUTLOOK, html=True),
        pdf=lambda: build(st, "flat", content),
        meta=dict(Producer="Adobe Acrobat Reader DC 19.12.20034", Creator="Adobe Acrobat Pro DC",
                  Title="aanvraag toelage socio-culturele projecten"),
        created="2019-06-12 16:31:48+02")


# ====================================================================== T10  FR  flattened commune form, dotted lines
def t10():
    def hdr(f, c, p):
        c.setFont("Times-Bold", 11); c.drawString(f.x0, f.H - 46, "République française")
        c.setFont("Times-Roman", 10); c.drawString(f.x0, f.H - 59, "Département du Nord")
        c.setFont("Times-Bold", 13); c.drawString(f.x0, f.H - 76, "MAIRIE DE SERCUS")
        logo(c, f.x1 - 34, f.H - 80, "circle", (0.2, 0.2, 0.55), "RF", size=34)
        return f.H - 96

    st = dict(names=dict(text_pat="Text Field %d"), font="Times-Roman", bold="Times-Bold", italic="Times-Italic",
              size=10.5, lpos="inline", fstyle="dotted", fh=16, gap=6, section_style="caps",
              section_color=(0.2, 0.2, 0.55), header=hdr, margin=(64, 64, 40, 48))

    def content(f):
        f.title("Demande de subvention exceptionnelle", size=14, font="Times-Bold", align="center")
        f.section("L'association")
        f.field("Nom de l'association :", "Association Les Potagers de la Becque")
        f.field("Adresse du siège :", "21 rue de la Becque")
        f.row([dict(frac=0.4, label="Code postal :", value="59181"), dict(frac=0.6, label="Ville :", value="Steenwerck")])
        f.field("Président(e) :", "Odile Ramery - 03 28 49 60 38")
        f.field("Personne à contacter :", "Cédric Dewaele")
        f.row([dict(frac=0.45, label="Tél. :", value="03 28 49 72 15"),
               dict(frac=0.55, label="Mail :", value="cedric.dewaele@example.com")])
        f.section("Objet de la demande")
        f.field("Intitulé du projet :", "Potager pédagogique et marché paysan mensuel")
        f.field("Description :", "Potager pédagogique ouvert aux écoles et aux habitants, et marché paysan le")
        f.field("", "premier samedi du mois sur la place, avec les producteurs de la commune.")
        f.section("Montants")
        f.field("Coût total du projet :", "6 240 €", w=300)
        f.field("Subvention demandée :", "5 500 € (cinq mille cinq cents euros)", w=400)
        f.space(12)
        f.field("Fait à Steenwerck, le :", "11 juin 2019", w=300)
        f.field("Signature :", "C. Dewaele", w=300)

    return dict(
        key="t10", lang="fr", fmt="pdf_letter", family="Commune form with dotted lines, filled and flattened; president with phone vs named contact; amount also in words",
        truth=T("Association Les Potagers de la Becque", "Cédric Dewaele", "cedric.dewaele@example.com",
                "+33328497215", "21 rue de la Becque", "59181", "Steenwerck", "FR",
                "Potager pédagogique et marché paysan mensuel", "5500.00", "6240.00"),
        mail=mail("Cédric Dewaele", "cedric.dewaele@example.com", "Demande de subvention - Potagers de la Becque",
                  "2019-06-11 12:08", "Bonjour,\nci-joint notre demande.\nCordialement,\nCédric Dewaele\n",
                  "demande subvention Potagers.pdf", headers=WEBMAIL),
        pdf=lambda: build(st, "flat", content),
        meta=dict(Producer="Mac OS X 10.14.5 Quartz PDFContext", Creator="Aperçu", Title="demande_subvention"),
        created="2019-06-11 11:58:03+02")


# ====================================================================== T11  NL  printed from Chrome ('Opslaan als PDF')
def t11():
    def hdr(f, c, p):
        c.saveState()
        c.setFont("Helvetica", 7)
        # browser header/footer live outside the scaled page
        c.restoreState()
        c.setFillColorRGB(0.2, 0.35, 0.15)
        c.rect(f.x0, f.H - 70, f.x1 - f.x0, 30, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1); c.setFont("DV-Bold", 12)
        c.drawString(f.x0 + 10, f.H - 60, "Regionaal Welzijnsfonds Westhoek - aanvraagformulier")
        c.setFillColorRGB(0, 0, 0)
        return f.H - 84

    def ftr(f, c, p, n):
        pass

    st = dict(names=None, font="DV", bold="DV-Bold", italic="DV-Oblique", size=8.8, lpos="left", label_w=170,
              fstyle="box", fh=17, gap=3, section_style="tab", section_color=(0.2, 0.35, 0.15), header=hdr,
              footer=ftr, margin=(50, 50, 40, 60), ans_font="Helvetica", ans_size=9, ans_off=(1, 0.5),
              ans_jitter=0.6, print_scale=0.9, print_shift=(0, 4), seed=111)

    def content(f):
        f.section("Organisatie")
        f.field("Naam organisatie / buurtgroep", "Buurtvereniging Klerkenhoek")
        f.field("Adres (straat, nummer, bus)", "Vaartdijk 3 bus 2")
        f.field("Postcode", "8650", w=230)
        f.field("Deelgemeente", "Klerken")
        f.section("Contactpersoon")
        f.field("Naam", "Bram Verbeke")
        f.field("Gsm", "0479 52 18 06")
        f.field("E-mail", "bram.verbeke@example.net")
        f.section("Project")
        f.field("Projecttitel", "Buurthuiskamer in de oude melkerij")
        f.field("Beschrijving", "In de voormalige melkerij richten we een huiskamer in voor de buurt: open "
                "op woensdagnamiddag en zondagvoormiddag, met koffie, kranten, een speelhoek en een ruilkast.", lines=3)
        f.field("Gevraagd bedrag", "7.250,00")
        f.field("Totale projectkost", "€ 8.100")
        f.field("Datum", "03/06/2019")

    def pdf():
        raw = build(st, "print", content)
        # add a browser header/footer on top of each page
        import io
        from pypdf import PdfReader, PdfWriter
        from reportlab.pdfgen import canvas as cv
        w = PdfWriter(clone_from=io.BytesIO(raw))
        n = len(w.pages)
        for i, page in enumerate(w.pages):
            buf = io.BytesIO()
            c = cv.Canvas(buf, pagesize=A4, invariant=1)
            c.setFont("Helvetica", 7.5)
            c.drawString(22, A4[1] - 16, "3/6/2019")
            c.drawCentredString(A4[0] / 2, A4[1] - 16, "RWF_aanvraagformulier_2019.pdf")
            c.drawString(22, 12, "file:///C:/Users/Bram/Downloads/RWF_aanvraagformulier_2019.pdf")
            c.drawRightString(A4[0] - 22, 12, "%d/%d" % (i + 1, n))
            c.save()
            page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
        out = io.BytesIO()
        w.write(out)
        return out.getvalue()

    return dict(
        key="t11", lang="nl", fmt="pdf_letter", family="Form filled in the browser's PDF viewer and saved with 'Opslaan als PDF' (scaled page, browser header/footer with file path)",
        truth=T("Buurtvereniging Klerkenhoek", "Bram Verbeke", "bram.verbeke@example.net", "+32479521806",
                "Vaartdijk 3 bus 2", "8650", "Klerken", "BE", "Buurthuiskamer in de oude melkerij",
                "7250.00", "8100.00"),
        mail=mail("Bram Verbeke", "bram.verbeke@example.net", "Projectoproep Maak werk van je buurt", "2019-06-03 22:12",
                  "Hallo,\n\nIn bijlage het formulier voor onze buurthuiskamer.\n\nvriendelijke groet\nBram Verbeke\n"
                  "Buurtvereniging Klerkenhoek\n", "RWF_aanvraagformulier_2019.pdf", headers=THUNDERBIRD),
        pdf=pdf,
        meta=dict(Producer="Skia/PDF m75", Creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                  "(KHTML, like Gecko) Chrome/75.0.3770.80 Safari/537.36", Title="RWF_aanvraagformulier_2019.pdf"),
        created="2019-06-03 22:05:11+02")


# ====================================================================== T12  FR  Microsoft Print to PDF
def t12():
    def hdr(f, c, p):
        c.setFont("Sans-Bold", 12); c.drawString(f.x0, f.H - 50, "Centre social La Passerelle")
        c.setFont("Sans", 8.5); c.drawString(f.x0, f.H - 62, "Fiche action habitants - Fonds de participation des habitants (FPH)")
        c.setLineWidth(0.5); c.rect(f.x1 - 130, f.H - 70, 130, 32, stroke=1, fill=0)
        c.setFont("Sans", 7); c.drawString(f.x1 - 126, f.H - 48, "Cadre réservé au centre social")
        c.drawString(f.x1 - 126, f.H - 60, "Reçu le : ..............")
        return f.H - 90

    st = dict(names=None, font="Sans", bold="Sans-Bold", italic="Sans-Italic", size=9.5, lpos="above",
              fstyle="underline", fh=15, gap=6, section_style="caps", section_color=(0.3, 0.3, 0.3), header=hdr,
              margin=(56, 56, 40, 50), ans_font="DVC", ans_size=10.5, ans_off=(0, -4.5), ans_jitter=1.5,
              print_scale=0.95, seed=12)

    def content(f):
        f.section("Le groupe d'habitants")
        f.field("Nom du groupe", "Jeunesse Active Bourbourg")
        f.row([dict(frac=0.6, label="Adresse de contact", value="5 quai des Péniches"),
               dict(frac=0.4, label="CP / Ville", value="59630 Bourbourg")])
        f.row([dict(frac=0.5, label="Personne référente", value="Mehdi Ait Ouali"),
               dict(frac=0.5, label="Téléphone", value="06 98 07 34 61")])
        f.field("Mail", "mehdi.aitouali@example.org")
        f.section("L'action")
        f.field("Nom de l'action", "Tournoi de quartier et terrain multisports rénové")
        f.field("Pourquoi cette action ?", "Le terrain du quartier est abîmé et plus personne ne s'y retrouve. Les")
        f.field("", "jeunes veulent le rénover avec les habitants et lancer un tournoi inter-quartiers chaque été.")
        f.field("Avec qui ?", "les jeunes du quartier, le club de foot, les parents, le service des sports")
        f.section("Le financement")
        f.field("Somme demandée", "8 000 €")
        f.field("Dépenses prévues", "filets, buts, marquage au sol, maillots, goûter du tournoi")
        f.space(6)
        f.field("Date", "07/06/2019")

    return dict(
        key="t12", lang="fr", fmt="pdf_letter", family="Form printed with 'Microsoft Print to PDF': answers in a condensed font sitting on the underline, slightly offset; no total budget",
        truth=T("Jeunesse Active Bourbourg", "Mehdi Ait Ouali", "mehdi.aitouali@example.org", "+33698073461",
                "5 quai des Péniches", "59630", "Bourbourg", "FR",
                "Tournoi de quartier et terrain multisports rénové", "8000.00", None),
        mail=mail("Mehdi Ait Ouali", "mehdi.aitouali@example.org", "projet terrain multisports", "2019-06-07 15:36",
                  "Bonjour,\n\nvoici notre fiche action pour le projet du terrain.\n\nMehdi\n",
                  "fiche action JAB.pdf", headers=OUTLOOK_FR),
        pdf=lambda: build(st, "print", content),
        meta=dict(Producer="Microsoft: Print To PDF", Title="fiche action FPH.pdf"),
        created="2019-06-07 15:30:09+02")


CASES = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12]
