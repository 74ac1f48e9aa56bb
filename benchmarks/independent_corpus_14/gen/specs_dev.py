"""The 20 applications of the dev half. Each function returns one mail spec."""
import datetime as dt

from common import D, money, NBSP, write_zip
from kit import app, truth, when, eur_be, eur_fr, HAND_SCHOOLBELL
from sheets import build_xlsx, ods_form, ods_budget, build_csv
from docs import docx_form, docx_letter, pdf_letter, pdf_form
from images import logo_png, site_photo, render_page, scan_jpeg, jpeg_pdf, hand_form, phone_photo
from mail import COORD

HALF = "dev"


# ------------------------------------------------------------------ xlsx_form

def d01():
    a = app("nl", [
        ("Begeleiding participatietraject (3 bewonersavonden)", 2400),
        ("Tafels en stoelen voor de ontmoetingsruimte", 3200),
        ("Koffiemachine en keukenmateriaal", 1150),
        ("Communicatie: flyers, affiches, nieuwsbrief", 650),
        ("Openingsmoment met de bewoners", 1100),
    ], own=500,
        org="Dorpsraad Krombeke", legal="feitelijke vereniging", org_truth="Dorpsraad Krombeke (feitelijke vereniging)",
        contact="Griet Vandenbussche", role="secretaris", address="Bellestraat 14", postcode="8972",
        postcode_disp="8972", muni="Krombeke", muni_disp="Krombeke", country="BE",
        phone="+32478526109", phone_disp="0478 52 61 09", email="griet.vandenbussche@example.net",
        title="Dorpsontmoetingspunt in de oude pastorijschuur",
        desc=("Sinds de sluiting van het laatste café heeft Krombeke geen plek meer waar mensen elkaar "
              "spontaan ontmoeten. We willen de schuur achter de oude pastorij inrichten als "
              "ontmoetingspunt: twee namiddagen per week koffie, een leestafel, een plek voor de "
              "breiclub en de kaartersclub, en op zaterdag een broodjesmoment."),
        who="Dorpsraad, KWB, de breiclub, de kaartersclub, de parochie en een twintigtal bewoners die zich al opgaven als vrijwilliger.",
        timing="september 2019 - juni 2020")
    x = build_xlsx(a, dict(second_sheet=True, sheet2="Begroting", numfmt='[$€-813] #,##0.00', text_amounts={"req": "€ 8.000,-"},
                           summary_req=False, creator="Griet", fill="E2EFDA",
                           footer="Ingevuld door Griet Vandenbussche, 2 juni 2019"))
    logo = logo_png("Dorpsraad", "Krombeke leeft!", color=(84, 130, 53))
    body = ("Beste,\n\n"
            "In bijlage vindt u het aanvraagformulier van de Dorpsraad Krombeke voor de projectoproep "
            "'Maak werk van je buurt!'. Het gaat om een ontmoetingspunt in de schuur van de oude pastorij.\n\n"
            "De begroting staat op het tweede blad van het Excel-bestand.\n\n"
            "Mocht u nog vragen hebben, dan hoor ik het graag.\n\n"
            "Met vriendelijke groeten,\n\n"
            "Griet Vandenbussche\n"
            "secretaris Dorpsraad Krombeke\n"
            "0478 52 61 09\n\n"
            "[cid:image001.png@01D51983.6E5A1C40]")
    html = None
    m = dict(key="d01", from_name="Griet Vandenbussche", from_addr=a["email"], date=when(2, 20, 41),
             subject="Projectidee Dorpsraad Krombeke - Maak werk van je buurt!", body=body, client="outlook", lang="nl",
             inline=[dict(filename="image001.png", data=logo, cid="image001.png@01D51983.6E5A1C40", name_style="plain")],
             attachments=[dict(filename="Aanvraag Maak werk van je buurt - Dorpsraad Krombeke.xlsx", data=x, name_style="plain",
                               outlook_dates="Sun, 02 Jun 2019 18:15:00 GMT")])
    m["html"] = _outlook_html_with_logo(body, "image001.png@01D51983.6E5A1C40", "nl")
    return dict(key="d01", format="xlsx_form", language="nl", truth=truth(a), mail=m)


def _outlook_html_with_logo(body, cid, lang):
    import html as h
    lines = body.split("\n")
    out = []
    for ln in lines:
        if ln.startswith("[cid:"):
            out.append(f'<p class="MsoNormal"><img width="173" height="60" style="width:1.8in;height:.625in" id="Afbeelding_x0020_1" src="cid:{cid}" alt="logo"><o:p></o:p></p>')
        elif ln:
            out.append(f'<p class="MsoNormal">{h.escape(ln)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}\r\n--></style></head>'
            f'<body lang="{"NL-BE" if lang == "nl" else "FR"}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\r\n'
            + "\r\n".join(out) + "\r\n</div></body></html>")


def d02():
    a = app("fr", [
        ("Étude paysagère (paysagiste, 3 réunions publiques)", 2800),
        ("Outils, bacs de culture et composteurs", "1945.50"),
        ("Barnums et tables pour le marché paysan", 2300),
        ("Communication (affiches, flyers, page web)", 780),
        ("Journée d'inauguration avec les habitants", 1200),
    ], own="1025.50",
        org="Les Amis du Moulin de Boeschèpe", legal="association loi 1901",
        org_truth="Les Amis du Moulin de Boeschèpe (association loi 1901)",
        contact="Françoise Delattre", role="présidente", address="23 rue du Moulin", postcode="59299",
        postcode_disp="59299", muni="Boeschèpe", muni_disp="Boeschèpe", country="FR",
        phone="+33328491762", phone_disp="03 28 49 17 62", email="francoise.delattre@example.com",
        title="Jardin partagé et petit marché paysan au pied du moulin",
        desc=("Transformer la prairie communale au pied du moulin en jardin partagé, ouvert aux habitants "
              "et à l'école, et y accueillir un petit marché de producteurs locaux un samedi matin par mois "
              "d'avril à octobre."),
        who="Mairie de Boeschèpe (mise à disposition du terrain), école communale, 4 producteurs du Mont Noir, une trentaine d'habitants.",
        timing="Automne 2019 : étude et réunions ; printemps 2020 : plantations et premier marché")
    x = build_xlsx(a, dict(numfmt='#,##0.00\\ "€"', req_formula=True, pc_numeric=True, creator="Françoise Delattre",
                           fill="FCE4D6", sheet1="Candidature"))
    body = ("Bonjour Monsieur,\n\n"
            "Suite à notre échange téléphonique de la semaine dernière, je vous prie de trouver ci-joint la fiche "
            "de candidature de notre association pour l'appel à projets Partons 2.0.\n\n"
            "Nous avons rempli le tableau Excel en reprenant les rubriques de la fiche. Le budget se trouve en bas "
            "de la feuille.\n\n"
            "Je reste à votre disposition pour tout renseignement complémentaire et serais heureuse de vous "
            "accueillir au moulin.\n\n"
            "Bien cordialement,\n\n"
            "Françoise Delattre\n"
            "Présidente des Amis du Moulin de Boeschèpe\n"
            "03 28 49 17 62")
    m = dict(key="d02", from_name="Françoise Delattre", from_addr=a["email"], date=when(4, 10, 12),
             subject="Candidature appel à projets Partons 2.0 - Les Amis du Moulin", body=body, client="orange", lang="fr",
             attachments=[dict(filename="fiche candidature moulin Boeschèpe.xlsx", data=x, name_style="rfc2231")])
    return dict(key="d02", format="xlsx_form", language="fr", truth=truth(a), mail=m)


def d03():
    a = app("nl", [
        ("Ontwerp door landschapsarchitect", 1800),
        ("2 picknicktafels en 3 zitbanken", 2640),
        ("Plantgoed en tuinmateriaal", 935),
        ("Twee bewonersavonden (zaal, drank)", 400),
        ("Openingsfeest met de buurt", 1225),
    ], own=700,
        org="Jeugdhuis De Kelder", legal="vzw", org_truth="Jeugdhuis De Kelder vzw",
        contact="Jens Desmet", role="voorzitter", address="Kapelleweg 7", postcode="8980", postcode_disp="8980",
        muni="Passendale", muni_disp="Passendale", country="BE",
        phone="+32492441873", phone_disp="0492 44 18 73", email="jens.desmet@example.net",
        title="Buurtspeelplein achter het jeugdhuis",
        desc=("Het grasveld achter het jeugdhuis ligt er de hele week verlaten bij. Samen met de buren willen we "
              "er een klein buurtspeelplein van maken met zitbanken, picknicktafels en wat groen, zodat kinderen, "
              "jongeren en ouderen er elkaar tegenkomen."),
        who="Leiding en leden van het jeugdhuis, de buren van de Kapelleweg en de Schoolstraat, het oudercomité van de dorpsschool.",
        timing="najaar 2019 ontwerp, voorjaar 2020 aanleg, opening mei 2020")
    x = build_xlsx(a, dict(layout="under", cached=False, req_formula=True, numfmt='"€"#,##0.00', creator="openpyxl",
                           fill="FFF2CC"))
    body = ("Hoi,\n\n"
            "Hierbij de aanvraag van Jeugdhuis De Kelder uit Passendale voor de projectoproep.\n\n"
            "Ik stuur dit door in naam van Jens, onze voorzitter. Hij is de contactpersoon voor het project, dus "
            "mails en telefoons best naar hem: jens.desmet@example.net of 0492 44 18 73.\n\n"
            "Het formulier hebben we in Excel gezet (Jens heeft het met een scriptje uit onze ledenlijst-tool "
            "gemaakt, hopelijk opent het goed).\n\n"
            "groetjes\n"
            "Lotte Vermeersch\n"
            "secretaris Jeugdhuis De Kelder vzw")
    m = dict(key="d03", from_name="Lotte Vermeersch", from_addr="lotte.vermeersch@example.com", date=when(11, 23, 7),
             subject="aanvraag jeugdhuis de kelder", body=body, client="gmail", lang="nl",
             cc="Jens Desmet <jens.desmet@example.net>",
             attachments=[dict(filename="aanvraag_dekelder_2019.xlsx", data=x, name_style="plain")])
    return dict(key="d03", format="xlsx_form", language="nl", truth=truth(a), mail=m)


# ------------------------------------------------------------------ ods_form

def d04():
    a = app("fr", [
        ("Enquête auprès des habitants (besoins de mobilité)", 1500),
        ("Formation des chauffeurs bénévoles", 900),
        ("Communication (flyers, affiches, bulletin municipal)", 650),
        ("Signalétique et magnets pour les voitures", 420),
        ("Réunion de lancement avec les habitants", 380),
    ], own=350,
        org="Comité des fêtes de Killem", legal="association loi 1901",
        org_truth="Comité des fêtes de Killem (association loi 1901)",
        contact="Bernard Ryckebusch", role="trésorier", address="5 rue de la Chapelle", postcode="59122",
        postcode_disp="59122", muni="Killem", muni_disp="Killem", country="FR",
        phone="+33672143891", phone_disp="06 72 14 38 91", email="b.ryckebusch@example.net",
        title="Navette solidaire des villages",
        desc=("Mettre en place un réseau de chauffeurs bénévoles qui conduisent les personnes âgées ou sans "
              "voiture de Killem, Hondschoote et Rexpoëde vers le médecin, le marché et les services. "
              "Une enquête auprès des habitants précisera les besoins avant le démarrage."),
        who="Comité des fêtes, club des aînés, mairie de Killem, une douzaine de chauffeurs volontaires.",
        timing="Enquête en septembre-octobre 2019, démarrage des trajets en janvier 2020")
    o = ods_form(a, dict(req_formula=True, author="Bernard Ryckebusch", money="fr", pc_float=True))
    body = ("Bonjour,\n\n"
            "Veuillez trouver en pièce jointe le dossier de candidature du Comité des fêtes de Killem pour l'appel "
            "à projets « Maak werk van je buurt » / Partons 2.0.\n\n"
            "Le fichier a été fait avec LibreOffice (format .ods). Si vous ne parvenez pas à l'ouvrir, dites-le "
            "moi et je vous l'enverrai en PDF.\n\n"
            "Cordialement,\n"
            "Bernard Ryckebusch\n"
            "Trésorier du Comité des fêtes\n"
            "06 72 14 38 91")
    m = dict(key="d04", from_name="Bernard Ryckebusch", from_addr=a["email"], date=when(28, 18, 55, month=5),
             subject="Dossier candidature navette solidaire - Comité des fêtes Killem", body=body, client="laposte", lang="fr",
             attachments=[dict(filename="candidature_navette_killem.ods", data=o, name_style="plain")])
    return dict(key="d04", format="ods_form", language="fr", truth=truth(a), mail=m)


def d05():
    a = app("nl", [
        ("Ontwerp samentuin door tuinarchitect", 1250),
        ("Kleine serre (3 x 4 m)", "2890.75"),
        ("Tuinmateriaal, regenton en compostbakken", "745.20"),
        ("Drie workshops met buurtbewoners", 600),
        ("Buurtfeest bij de opening", "514.05"),
    ], own="645.20",
        org="Buurtcomité Zillebeke-Dorp", legal="feitelijke vereniging",
        org_truth="Buurtcomité Zillebeke-Dorp (feitelijke vereniging)",
        contact="Hilde Bouckaert", role="voorzitter", address="Kasteelhofstraat 3", postcode="8902", postcode_disp="8902",
        muni="Zillebeke", muni_disp="Zillebeke", country="BE",
        phone="+32476812530", phone_disp="+32 476 81 25 30", email="hilde.bouckaert@example.com",
        title="Samentuin en buurtserre achter de parochiezaal",
        desc=("Op het braakliggende stuk achter de parochiezaal leggen we samen met de buurt een samentuin aan "
              "met een kleine serre. Iedereen kan er een bak onderhouden; de serre wordt ook gebruikt door de "
              "kinderen van de lagere school."),
        who="Buurtcomité, parochieteam, basisschool Zillebeke, Velt-afdeling Ieper, 15 gezinnen uit de buurt.",
        timing="oktober 2019 tot juni 2020")
    o = ods_form(a, dict(layout="under", second_sheet=True, sheet2="Begroting", author="Hilde", req_formula=True,
                         footer="Hilde Bouckaert - buurtcomité Zillebeke-Dorp"))
    body = ("Dag meneer/mevrouw,\n\n"
            "Hierbij stuur ik u de aanvraag van ons buurtcomité voor de projectoproep Maak werk van je buurt. "
            "Ik heb het formulier overgenomen in een rekenblad (LibreOffice), de begroting staat op het tweede "
            "tabblad.\n\n"
            "Vriendelijke groeten,\n"
            "Hilde Bouckaert\n"
            "Buurtcomité Zillebeke-Dorp")
    m = dict(key="d05", from_name="Hilde Bouckaert", from_addr=a["email"], date=when(9, 14, 26),
             subject="Aanvraag samentuin Zillebeke", body=body, client="thunderbird", lang="nl",
             attachments=[dict(filename="Aanvraag samentuin Zillebeke.ods", data=o, name_style="rfc2231")])
    return dict(key="d05", format="ods_form", language="nl", truth=truth(a), mail=m)


# ------------------------------------------------------------------ body_with_sheet

def d06():
    a = app("nl", [
        ("Marktkramen (6 stuks)", 3480),
        ("Kassa en weegschalen", 690),
        ("Communicatie (borden langs de weg, flyers, facebook)", 1200),
        ("Participatie-expert: begeleiding 4 sessies met producenten en bewoners", 2000),
        ("Openingsmarkt met animatie", 750),
    ], own=1120, org="Werkgroep Hoevemarkt Alveringem", contact="Pieter-Jan Coussement",
        org_truth="Werkgroep Hoevemarkt Alveringem (feitelijke vereniging)",
        address="Hoogstadestraat 41", postcode="8690", muni="Hoogstade", country="BE",
        phone="+32497316208", email="pj.coussement@example.net", title="Hoevemarkt Alveringem")
    rows = [["Omschrijving", "Bedrag (€)"]]
    for lab, amt in a["lines"]:
        rows.append([lab, money(amt, "plainc")])
    rows += [["", ""], ["TOTAAL", money(a["total"], "plainc")],
             ["Eigen inbreng (bijdrage producenten)", money(a["own"], "plainc")],
             ["Gevraagde steun", money(a["requested"], "plainc")]]
    csvb = build_csv(rows, "cp1252")
    body = ("Beste,\n\n"
            "Namens een groep van acht landbouwers en producenten uit Alveringem en omgeving dien ik graag ons "
            "projectidee in: de Hoevemarkt Alveringem.\n\n"
            "Het idee is eenvoudig: elke eerste zaterdag van de maand een kleine boerenmarkt op het dorpsplein van "
            "Alveringem, met groenten, zuivel, vlees, brood en bier van hier. Sinds de bakker en de beenhouwer "
            "verdwenen zijn, moeten de mensen voor alles naar Veurne. Met de markt willen we niet alleen lokaal "
            "verkopen, maar vooral een plek maken waar de mensen van de deelgemeenten elkaar terugzien. De "
            "dorpsraad en de gemeente zijn mee, en we willen de eerste maanden met een participatie-expert en de "
            "bewoners bekijken welke producten en welk uur het best passen.\n\n"
            "We zijn een feitelijke vereniging (werkgroep), nog zonder vzw.\n\n"
            "De begroting zit in bijlage (csv, opent in Excel).\n\n"
            "Met vriendelijke groeten,\n\n"
            "Pieter-Jan Coussement\n"
            "Werkgroep Hoevemarkt Alveringem\n"
            "Hoogstadestraat 41\n"
            "8690 Hoogstade\n"
            "gsm 0497/31.62.08")
    m = dict(key="d06", from_name="Pieter-Jan Coussement", from_addr=a["email"], date=when(13, 7, 48),
             subject="Maak werk van je buurt: Hoevemarkt Alveringem", body=body, client="outlook", lang="nl",
             cc="Lieve Dewitte <lieve.dewitte@example.com>", charset="windows-1252",
             attachments=[dict(filename="begroting_hoevemarkt.csv", data=csvb, ctype="application/vnd.ms-excel",
                               name_style="plain")])
    return dict(key="d06", format="body_with_sheet", language="nl", truth=truth(a), mail=m)


def d07():
    a = app("fr", [
        ("Paysagiste : plan de la cour et 3 ateliers", 3600),
        ("Plantations (arbres fruitiers, haies)", 2150),
        ("Mobilier : 4 bancs et 2 tables", 2480),
        ("Ateliers participatifs enfants-habitants", 520),
        ("Fête d'inauguration", 750),
    ], own=1500, org="APEL de l'école Sainte-Marie de Bambecque",
        org_truth="APEL de l'école Sainte-Marie de Bambecque (association loi 1901)",
        contact="Aurélie Deconinck", address="14 rue des Tilleuls", postcode="59470", muni="Bambecque",
        country="FR", phone="+33681254790", email="aurelie.deconinck@example.com",
        title="Une cour d'école ouverte au village")
    x = build_xlsx(a, dict(budget_only=True, sheet2="Budget", numfmt='#,##0\\ [$€-40C]',
                           budget_title="Budget prévisionnel - cour d'école ouverte", own_label="Autofinancement (kermesse, tombola)",
                           req_label="Subvention demandée", creator="Aurélie", req_formula=True))
    photo = site_photo(701, kind="square")
    body = ("Bonjour,\n\n"
            "Je me permets de vous écrire au nom de l'APEL de l'école Sainte-Marie de Bambecque (association "
            "loi 1901), dont je suis la présidente, pour vous présenter notre projet « Une cour d'école ouverte "
            "au village ».\n\n"
            "Notre cour est entièrement goudronnée et fermée en dehors des heures de classe, alors que le "
            "village n'a pas d'autre espace de jeu. Avec les enfants, les parents, l'équipe enseignante et les "
            "habitants, nous voudrions la transformer : plantations, coins ombragés, bancs et tables, et "
            "l'ouvrir le mercredi après-midi et le week-end aux familles du village. La mairie est d'accord "
            "pour assurer l'ouverture et la fermeture du portail.\n\n"
            "Un paysagiste animera trois ateliers avec les enfants et les habitants pour dessiner la future "
            "cour. Les travaux de plantation seront faits lors d'une journée citoyenne.\n\n"
            "Vous trouverez le budget détaillé dans le fichier Excel joint, ainsi qu'une photo de la cour "
            "actuelle.\n\n"
            "Avec mes remerciements,\n\n"
            "Aurélie Deconinck\n"
            "Présidente de l'APEL Sainte-Marie\n"
            "14 rue des Tilleuls - 59470 Bambecque\n"
            "06.81.25.47.90")
    m = dict(key="d07", from_name="Aurélie Deconinck", from_addr=a["email"], date=when(31, 21, 33, month=5),
             subject="Projet cour d'école ouverte - Bambecque", body=body, client="gmail", lang="fr",
             attachments=[dict(filename="Budget cour ouverte.xlsx", data=x, name_style="plain"),
                          dict(filename="IMG_20190528_171204.jpg", data=photo, name_style="plain")])
    return dict(key="d07", format="body_with_sheet", language="fr", truth=truth(a), mail=m)


def d08():
    a = app("nl", [
        ("Opleiding straatmeesters door een expert (4 avonden)", 1600),
        ("Drukwerk: folder en kaartjes voor elke brievenbus", 480),
        ("Startmoment voor alle bewoners", 650),
        ("Hesjes, badges en klein materiaal", 370),
    ], own=300, org="Helpende Handen Reninge", contact="Roger Deprez",
        address="Sint-Maartensstraat 7", postcode="8647", muni="Lo-Reninge", country="BE",
        phone="+3258288312", email="roger.deprez@example.com", title="Straatmeesters in Reninge")
    o = ods_budget(a, dict(heading="Begroting straatmeesters Reninge", no_req=True, author="Roger Deprez",
                           own_label="Eigen inbreng (kas vrijwilligersgroep)"))
    body = ("Geachte heer,\n\n"
            "Op de infoavond in Diksmuide hebt u ons aangemoedigd om een projectidee in te dienen. Bij deze.\n\n"
            "Wij zijn een groep van een tiental gepensioneerden uit Reninge die al een paar jaar boodschappen "
            "doen en vervoer regelen voor oudere dorpsgenoten. Wij merken dat veel mensen niet weten bij wie "
            "ze terecht kunnen, en dat ouderen die alleen wonen soms dagen niemand zien.\n\n"
            "Ons project noemen we 'Straatmeesters in Reninge': in elke straat van Reninge een "
            "'straatmeester', een buur die de mensen van zijn straat "
            "kent, af en toe eens aanbelt, en weet naar wie hij iemand kan doorverwijzen (OCMW, dokter, "
            "vrijwilligers, de gemeente). We willen de straatmeesters een korte opleiding geven door iemand die "
            "dat al in andere gemeenten gedaan heeft, een folder en een kaartje in elke bus steken met de naam "
            "en het telefoonnummer van de straatmeester, en een startmoment organiseren in de parochiezaal.\n\n"
            "De begroting heb ik in een rekenblad gezet (in bijlage). Onze vrijwilligersgroep legt zelf 300 euro "
            "bij uit de kas; wij vragen de provincie het saldo van de kosten te dragen.\n\n"
            "Ik ben bereikbaar op het nummer 058 28 83 12 (liefst 's voormiddags).\n\n"
            "Hoogachtend,\n\n"
            "Roger Deprez\n"
            "namens de vrijwilligersgroep 'Helpende Handen Reninge'\n"
            "Sint-Maartensstraat 7\n"
            "8647 Lo-Reninge")
    m = dict(key="d08", from_name="roger deprez", from_addr=a["email"], date=when(6, 9, 17),
             subject="projectidee straatmeesters Reninge", body=body, client="outlook_web", lang="nl",
             attachments=[dict(filename="begroting straatmeesters.ods", data=o, name_style="plain")])
    return dict(key="d08", format="body_with_sheet", language="nl", truth=truth(a), mail=m)


def d09():
    a = app("fr", [
        ("Étude de faisabilité (cabinet conseil)", 4200, "devis reçu en mai"),
        ("Accompagnement participatif (3 ateliers)", 1800, ""),
        ("Mobilier (tables, chaises, comptoir)", 2650, "en partie d'occasion"),
        ("Vaisselle et petit électroménager", 520, ""),
        ("Soirée d'ouverture", 700, "avec les associations du village"),
    ], own=870, org="Ledringhem Ensemble", contact="Marc Vandewalle",
        address="11 rue de l'Église", postcode="59470", muni="Ledringhem", country="FR",
        phone="+33614528733", email="marc.vandewalle@example.net",
        title="Un café associatif dans l'ancienne école")
    rows = [["Poste", "Montant", "Commentaire"]]
    for lab, amt, com in a["lines"]:
        rows.append([lab, money(amt, "frn") + NBSP + "€", com])
    rows += [["Total", money(a["total"], "frn") + NBSP + "€", ""],
             ["Autofinancement (cotisations, buvette)", money(a["own"], "frn") + NBSP + "€", ""],
             ["Montant sollicité", money(a["requested"], "frn") + NBSP + "€", ""]]
    csvb = build_csv(rows, "utf-8", bom=True)
    body = ("Bonjour,\n\n"
            "Nous sommes un petit groupe d'habitants de Ledringhem réunis dans l'association « Ledringhem "
            "Ensemble ». Depuis la fermeture du dernier café du village, il n'y a plus aucun lieu où se "
            "retrouver en dehors des fêtes. L'ancienne école, propriété de la commune, est vide depuis trois "
            "ans.\n\n"
            "Notre projet : Un café associatif dans l'ancienne école. Ouvert trois demi-journées par semaine et "
            "tenu par des bénévoles, il servirait aussi de dépôt de pain, de point d'information et de salle pour "
            "les associations. Avant de nous lancer, nous voulons une étude de faisabilité et trois ateliers "
            "avec les habitants pour définir ensemble horaires et activités.\n\n"
            "Le budget est dans le fichier joint (export CSV de notre tableur).\n\n"
            "Bien à vous,\n"
            "Marc Vandewalle\n"
            "11 rue de l'Église\n"
            "59470 Ledringhem\n"
            "+33 6 14 52 87 33")
    m = dict(key="d09", from_name="Marc Vandewalle", from_addr=a["email"], date=when(14, 22, 5),
             subject="Candidature : café associatif à Ledringhem", body=body, client="apple", lang="fr",
             attachments=[dict(filename="budget_cafe_associatif.csv", data=csvb, ctype="text/csv", name_style="plain")])
    return dict(key="d09", format="body_with_sheet", language="fr", truth=truth(a), mail=m)


# ------------------------------------------------------------------ zip_bundle

def d10():
    a = app("nl", [
        ("Ontwerp dorpsplein door landschapsarchitect", 3500),
        ("Participatietraject (2 bewonersavonden + enquête)", 1750),
        ("Zitbanken en picknicktafels", 2900),
        ("Plantvakken en bloembakken", 1300),
        ("Inhuldigingsfeest", 1000),
    ], own=1450,
        org="Feestcomité Dranouter vzw", contact="Tom Vanneste", role="voorzitter", address="Lindestraat 12",
        postcode="8951", postcode_disp="8951", muni="Dranouter", muni_disp="Dranouter", country="BE",
        phone="+32473901264", phone_disp="0473 90 12 64", email="tom.vanneste@example.com",
        title="Dorpsplein Dranouter: ontmoeten onder de linde",
        desc=("Het dorpsplein rond de oude linde is vandaag vooral een parking. Met de bewoners willen we "
              "bekijken hoe het plein weer een ontmoetingsplek kan worden: zitbanken, picknicktafels, groen, "
              "en een vaste plek voor de zomerse dorpsfeesten. Een landschapsarchitect maakt een ontwerp op "
              "basis van een enquête en twee bewonersavonden."),
        who="Feestcomité, dorpsraad Dranouter, de handelaars rond het plein, de gemeente Heuvelland.",
        timing="enquête september 2019, ontwerp tegen december, uitvoering voorjaar 2020")
    fm = lambda v: "€ " + money(v, "be0")
    dx = docx_form(a, dict(fmt=fm, author="Tom Vanneste", created=dt.datetime(2019, 6, 8, 16, 2), pc_with_muni=True))
    x = build_xlsx(a, dict(budget_only=True, sheet2="Raming", numfmt='_-[$€-813] * #,##0.00_-', req_formula=True,
                           budget_title="Financiële raming dorpsplein Dranouter", creator="Tom Vanneste"))
    logo = logo_png("Feestcomité", "Dranouter vzw", color=(192, 0, 0))
    z = write_zip([("Dossier Dranouter/", b""),
                   ("Dossier Dranouter/Aanvraagformulier Dranouter.docx", dx),
                   ("Dossier Dranouter/Financiële raming.xlsx", x),
                   ("Dossier Dranouter/logo feestcomité.png", logo)], utf8_flag=True, when=(2019, 6, 8, 16, 20, 44))
    body = ("Beste,\n\n"
            "Zie bijlage voor ons dossier.\n\n"
            "Groeten,\n"
            "Tom\n"
            "Feestcomité Dranouter\n\n"
            "Verzonden vanaf mijn Samsung Galaxy-smartphone.")
    m = dict(key="d10", from_name="Feestcomité Dranouter", from_addr="feestcomite.dranouter@example.net", date=when(8, 16, 31),
             subject="Dossier Maak werk van je buurt - Dranouter", body=body, client="samsung", lang="nl",
             attachments=[dict(filename="Dossier Dranouter.zip", data=z, ctype="application/x-zip-compressed", name_style="plain")])
    return dict(key="d10", format="zip_bundle", language="nl", truth=truth(a), mail=m)


def d11():
    a = app("fr", [
        ("Construction de la boîte à livres par un menuisier local", 1350),
        ("Mobilier du coin lecture (bancs, petit abri)", 1980),
        ("Animations lecture avec la médiathèque", 430),
        ("Communication et inauguration", 1000),
    ], own=760,
        org="Association Vivre à Oost-Cappel", contact="Sylvie Dequidt", role="secrétaire",
        org_truth="Association Vivre à Oost-Cappel (association loi 1901)",
        address="6 rue des Peupliers", postcode="59122", muni="Oost-Cappel", country="FR",
        phone="+33328684027", email="sylvie.dequidt@example.net",
        title="Une boîte à livres et un coin lecture au cœur du village")
    fmsp = lambda v: money(v, "fr") + NBSP + "€"
    letter = [
        ("Association Vivre à Oost-Cappel (association loi 1901)\n6 rue des Peupliers\n59122 Oost-Cappel\nTél. 03 28 68 40 27\nsylvie.dequidt@example.net", "sig"),
        ("", "blank"),
        ("Provincie West-Vlaanderen\nProjet Partons 2.0\nÀ l'attention du coordinateur", "right"),
        ("Oost-Cappel, le 12 juin 2019", "right"),
        ("", "blank"),
        ("Objet : candidature à l'appel à projets « Maak werk van je buurt ! » - Une boîte à livres et un coin lecture au cœur du village", "b"),
        ("Madame, Monsieur,", "sig"),
        ("Oost-Cappel compte moins de 500 habitants et n'a ni bibliothèque ni commerce. Notre association "
         "souhaite installer sur la place, à côté de l'abribus, une boîte à livres construite par un menuisier "
         "du village et aménager autour un petit coin lecture abrité, avec des bancs, où parents, enfants et "
         "aînés pourront se retrouver.", "p"),
        ("La médiathèque intercommunale animera des lectures pour les enfants pendant la première année, et "
         "l'école ainsi que le club des aînés participeront à l'inauguration.", "p"),
        ("Le coût total du projet s'élève à " + fmsp(a["total"]) + ". L'association prendra en charge "
         + fmsp(a["own"]) + " sur ses fonds propres ; nous sollicitons donc une aide de " + fmsp(a["requested"]) + ".", "p"),
        ("Vous trouverez le détail du budget dans le tableau joint.", "p"),
        ("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", "p"),
        ("", "blank"),
        ("Sylvie Dequidt\nSecrétaire", "sig"),
    ]
    pdf = pdf_letter(letter, "Sylvie Dequidt", "Lettre de candidature")
    x = build_xlsx(a, dict(budget_only=True, sheet2="Feuil1", numfmt='#,##0.00\\ "€"', own_label="Fonds propres de l'association",
                           req_label="Aide sollicitée", budget_title="Budget prévisionnel", creator="Sylvie"))
    ph = site_photo(1101, size=(800, 600), kind="square")
    z = write_zip([("Lettre de candidature.pdf", pdf),
                   ("Budget prévisionnel.xlsx", x),
                   ("boîte à livres modèle.jpg", ph)], utf8_flag=False, when=(2019, 6, 12, 19, 2, 10))
    body = ("Bonjour,\n\n"
            "ci-joint notre dossier de candidature.\n\n"
            "Cordialement\n"
            "S. Dequidt")
    m = dict(key="d11", from_name="Sylvie Dequidt", from_addr=a["email"], date=when(12, 19, 8),
             subject="candidature Oost-Cappel", body=body, client="gmail", lang="fr",
             attachments=[dict(filename="candidature_oost-cappel.zip", data=z, name_style="plain")])
    return dict(key="d11", format="zip_bundle", language="fr", truth=truth(a), mail=m)


# ------------------------------------------------------------------ the ordinary post-bag

def d12():
    a = app("nl", [
        ("Enquête bij ouders en buurtbewoners", 900),
        ("Ontwerp door landschapsarchitect", 2600),
        ("Fietsenrekken en zitbanken", 2200),
        ("Plantgoed", 650),
        ("Feestelijke opening met fietsontbijt", 500),
    ], own=850,
        org="Oudercomité VBS De Zonnebloem", contact="Sofie Lermytte", role="voorzitter oudercomité",
        address="Brugstraat 19", postcode="8650", postcode_disp="8650", muni="Merkem", muni_disp="Merkem",
        country="BE", phone="+32486274015", phone_disp="+32 (0)486 27 40 15", email="sofie.lermytte@example.com",
        title="Groene schoolpoort: een veilige en gezellige plek aan de school",
        desc=("De schoolpoort is elke dag het drukste punt van Merkem. We willen de stoep en het pleintje ervoor "
              "samen met ouders en buren heraanleggen: fietsenrekken, zitbanken, groen, zodat wachtende ouders, "
              "grootouders en buren er elkaar ontmoeten."),
        who="Oudercomité, schoolteam, buurtbewoners Brugstraat, gemeente Houthulst (dienst openbare werken).")
    pdf = pdf_form(a, dict(fmt=lambda v: money(v, "be"), acro=True, author="Sofie", date="05/06/2019",
                           creator="Adobe Acrobat Reader DC 19.12.20034", color="#2e75b6"))
    body = ("Beste\n\n"
            "In bijlage ons ingevuld formulier (ingevuld in Acrobat).\n\n"
            "Vriendelijke groeten\n"
            "Sofie Lermytte\n"
            "Oudercomité VBS De Zonnebloem")
    m = dict(key="d12", from_name="Sofie Lermytte", from_addr=a["email"], date=when(5, 12, 46),
             subject="Aanvraag Maak werk van je buurt - oudercomité Merkem", body=body, client="apple", lang="nl",
             attachments=[dict(filename="Aanvraagformulier_ingevuld.pdf", data=pdf, name_style="plain")])
    return dict(key="d12", format="pdf_form", language="nl", truth=truth(a), mail=m)


def d13():
    a = app("fr", [
        ("Achat de bancs et tables pliantes", "1780.80"),
        ("Barnums (2)", 1140),
        ("Sonorisation et animation", 900),
        ("Communication (affiches, flyers)", 400),
        ("Goûter et repas partagé", 1200),
    ], own="1020.80",
        org="Union Sportive de Wormhout", legal="association loi 1901",
        org_truth="Union Sportive de Wormhout (association loi 1901)",
        contact="Kévin Lefebvre", role="éducateur, secrétaire de la section jeunes", address="17 rue des Jardins",
        postcode="59470", postcode_disp="59470", muni="Wormhout", muni_disp="Wormhout", country="FR",
        phone="+33633417058", phone_disp="06 33 41 70 58", email="kevin.lefebvre@example.com",
        title="Fête de quartier et mini-tournoi intergénérationnel au stade",
        desc=("Ouvrir le stade au quartier le temps d'une grande fête : mini-tournoi mixte jeunes-parents-"
              "grands-parents, jeux pour les petits, repas partagé. Le matériel acheté (bancs, tables, barnums) "
              "restera à disposition des associations et des habitants pour leurs fêtes de rue."),
        who="Section jeunes de l'US Wormhout, comité de quartier, parents, centre social.",
        timing="Réunions de préparation en septembre, fête le samedi 5 octobre 2019")
    fm = lambda v: money(v, "fr") + NBSP + "€"
    dx = docx_form(a, dict(fmt=fm, author="Kevin L", created=dt.datetime(2019, 6, 10, 22, 41), font="Arial",
                           closing=["Fait à Wormhout, le 10 juin 2019", "Kévin Lefebvre"]))
    body = ("Bonjour,\n\n"
            "Vous trouverez ci-joint la fiche de candidature de l'US Wormhout pour l'appel à projets.\n"
            "Je mets notre président en copie.\n\n"
            "Sportivement,\n"
            "Kévin Lefebvre\n"
            "US Wormhout - section jeunes")
    m = dict(key="d13", from_name="Kévin Lefebvre", from_addr=a["email"], date=when(10, 22, 58),
             subject="Candidature US Wormhout", body=body, client="gmail", lang="fr",
             cc="Alain Verbeke <alain.verbeke@example.net>",
             attachments=[dict(filename="Fiche candidature US Wormhout.docx", data=dx, name_style="plain")])
    return dict(key="d13", format="docx_form", language="fr", truth=truth(a), mail=m)


def d14():
    a = app("nl", [
        ("Begeleiding taalcafé (lesgever, 20 sessies)", 3000),
        ("Uitwerking van 3 erfgoedwandelingen met een gids", 2200),
        ("Drukwerk tweetalige wandelkaarten", 1250),
        ("Slotfeest met de inwoners", 800),
    ], own=1250, org="Taal- en Erfgoedkring Hondschoote", org_truth="Taal- en Erfgoedkring Hondschoote (association loi 1901)",
        contact="Jean-Marie Vandaele", address="12 rue des Moëres", postcode="59122", muni="Hondschoote",
        country="FR", phone="+33671284013", email="jm.vandaele@example.net",
        title="Taalcafé en erfgoedwandelingen in Hondschoote")
    fmt = lambda v: money(v, "frsp0") + " EUR"
    paras = [
        ("Taal- en Erfgoedkring Hondschoote\nvereniging (association loi 1901)\n12 rue des Moëres\n59122 Hondschoote\nFrankrijk", "sig"),
        ("tel. +33 6 71 28 40 13 - jm.vandaele@example.net", "sig"),
        ("", "blank"),
        ("Aan de projectcoördinator Partons 2.0\nProvincie West-Vlaanderen", "sig"),
        ("", "blank"),
        ("Hondschoote, 3 juni 2019", "right"),
        ("Betreft: projectoproep 'Maak werk van je buurt!' - Taalcafé en erfgoedwandelingen in Hondschoote", "b"),
        ("Geachte heer,", "sig"),
        ("Onze kring brengt sinds 2012 mensen samen die het Vlaams en het Nederlands in de Franse Westhoek "
         "levend willen houden. In Hondschoote wonen steeds meer Belgische gezinnen, en veel oudere inwoners "
         "spreken nog Vlaams, maar beide groepen komen elkaar weinig tegen.", "p"),
        ("Wij willen daarom een maandelijks taalcafé openen in het oude gemeentehuis, waar Frans- en "
         "Nederlandstaligen samen een koffie drinken en elkaars taal oefenen, en met de bewoners drie "
         "erfgoedwandelingen uitwerken langs de molens, de kerk en de Moeren, met een tweetalige wandelkaart.", "p"),
        ("Het totale budget bedraagt " + fmt(a["total"]) + ": begeleiding van het taalcafé door een lesgever "
         "(20 sessies) " + fmt(3000) + ", uitwerking van de wandelingen met een gids " + fmt(2200) + ", drukwerk "
         + fmt(1250) + " en een slotfeest " + fmt(800) + ". Wij dragen zelf " + fmt(a["own"]) + " bij en vragen "
         "dus " + fmt(a["requested"]) + ".", "p"),
        ("Met de meeste hoogachting,", "sig"),
        ("", "blank"),
        ("Jean-Marie Vandaele\nvoorzitter", "sig"),
    ]
    dx = docx_letter(paras, "Jean-Marie Vandaele", dt.datetime(2019, 6, 3, 10, 5), font="Times New Roman", size=12)
    body = ("Goedendag,\n\n"
            "In bijlage vindt u onze brief voor de projectoproep. Excuseer mijn Nederlands, ik heb het op school "
            "niet geleerd maar van mijn grootmoeder.\n\n"
            "Met vriendelijke groeten,\n"
            "Jean-Marie Vandaele")
    m = dict(key="d14", from_name="Jean-Marie Vandaele", from_addr=a["email"], date=when(3, 10, 22),
             subject="Projectoproep - Taalcafé Hondschoote", body=body, client="thunderbird", lang="nl",
             attachments=[dict(filename="brief projectoproep Hondschoote.docx", data=dx, name_style="rfc2231")])
    return dict(key="d14", format="docx_letter", language="nl", truth=truth(a, contact_name="Jean-Marie Vandaele"), mail=m)


def d15():
    a = app("fr", [
        ("Deux bancs", 1450),
        ("Boîte d'échange (livres, graines, jouets)", 380),
        ("Goûter des voisins et fête de rue (2 fois)", 850),
        ("Affichettes et invitations", 300),
    ], own=300, contact="Monique Lecomte", address="Zeelaan 231 bus 4", postcode="8660", muni="De Panne",
        country="BE", phone="+3258412763", email="monique.lecomte@example.net",
        title="Les voisins de la Zeelaan se rencontrent")
    fm = lambda v: money(v, "fr0") + NBSP + "€"
    letter = [
        ("Monique Lecomte\nZeelaan 231 bus 4\n8660 De Panne\nTél. +32 (0)58 41 27 63", "sig"),
        ("", "blank"),
        ("De Panne, le 27 mai 2019", "right"),
        ("", "blank"),
        ("Concerne : appel à projets « Maak werk van je buurt ! » - Les voisins de la Zeelaan se rencontrent", "b"),
        ("Monsieur,", "sig"),
        ("J'habite la Zeelaan depuis ma retraite, il y a huit ans. Beaucoup d'appartements de notre rue sont "
         "des secondes résidences et les habitants à l'année, souvent âgés, se connaissent à peine. Avec "
         "quelques voisins, néerlandophones et francophones, nous avons envie de changer cela.", "p"),
        ("Nous proposons d'installer deux bancs et une petite boîte d'échange (livres, graines, jouets) sur le "
         "terre-plein devant les numéros 225 à 241, et d'organiser deux fois par an un goûter des voisins et "
         "une fête de rue. La commune nous a dit qu'elle était favorable à l'emplacement.", "p"),
        ("Budget total : " + fm(a["total"]) + " (bancs " + fm(1450) + ", boîte d'échange " + fm(380)
         + ", goûters et fête " + fm(850) + ", affichettes et invitations " + fm(300) + "). Nous sollicitons "
         + fm(a["requested"]) + ", les " + fm(a["own"]) + " restants étant pris en charge par les voisins.", "p"),
        ("Nous ne sommes pas une association, seulement un groupe de voisins ; j'espère que ce n'est pas un "
         "obstacle.", "p"),
        ("Je vous prie d'agréer, Monsieur, l'expression de mes sentiments les meilleurs.", "p"),
        ("", "blank"),
        ("Monique Lecomte", "sig"),
    ]
    pdf = pdf_letter(letter, "Monique", "Lettre Zeelaan")
    body = ("Bonjour Monsieur,\n\n"
            "Je vous envoie en pièce jointe ma lettre pour l'appel à projets.\n\n"
            "Bien à vous,\n"
            "Monique Lecomte")
    m = dict(key="d15", from_name="Monique Lecomte", from_addr=a["email"], date=when(27, 15, 3, month=5),
             subject="appel à projets - lettre", body=body, client="outlook_web", lang="fr",
             attachments=[dict(filename="Lettre Zeelaan.pdf", data=pdf, name_style="plain")])
    return dict(key="d15", format="pdf_letter", language="fr", truth=truth(a), mail=m)


def d16():
    a = app("nl", [
        ("Opleiding chauffeurs (EHBO en rijvaardigheid)", 900),
        ("Infoavond en enquête bij 75-plussers", 600),
        ("Begeleiding door een participatie-expert", 1200),
        ("Communicatie (folder, advertentie gemeenteblad)", 800),
        ("Gsm en abonnement voor de centrale", 450),
        ("Startmoment", 400),
    ], own=350, org="Seniorenvereniging De Zonnewende Staden", contact="Willy Vandenbroucke",
        address="Westrozebekestraat 118", postcode="8840", muni="Staden", country="BE",
        phone="+3251703194", email="willy.vandenbroucke@example.net",
        title="Vrijwillige chauffeurs voor minder mobiele ouderen in Staden")
    quote = ("Op 21-05-19 om 14:12 schreef Coördinator Partons 2.0:\n"
             "> Beste meneer Vandenbroucke,\n"
             ">\n"
             "> Bedankt voor uw vraag. Een seniorenvereniging zonder vzw kan zeker\n"
             "> indienen; het volstaat dat u een contactpersoon opgeeft. Stuur ons\n"
             "> gerust een korte beschrijving en een begroting per mail, een formulier\n"
             "> is niet verplicht. De deadline is 16 juni.\n"
             ">\n"
             "> Met vriendelijke groeten,\n"
             ">\n"
             "> Projectcoördinator Partons 2.0\n"
             "> Provincie West-Vlaanderen - gebiedswerking Westhoek\n"
             "> Provinciaal kantoor Westhoek, 8600 Diksmuide\n"
             "> +32 51 26 00 00\n"
             "> coordinator@example.org\n"
             ">\n"
             "> Van: Willy Vandenbroucke <willy.vandenbroucke@example.net>\n"
             "> Verzonden: zondag 19 mei 2019 17:40\n"
             "> Onderwerp: vraag over projectoproep\n"
             ">\n"
             ">> Goedendag, wij zijn een seniorenclub in Staden zonder vzw. Kunnen wij\n"
             ">> ook meedoen aan de oproep? Met dank, W. Vandenbroucke\n")
    body = ("Goedendag,\n\n"
            "Dank u voor uw antwoord. Zoals gevraagd hierbij onze beschrijving en begroting.\n\n"
            "Wie zijn wij: Seniorenvereniging De Zonnewende Staden, 140 leden. Ik ben penningmeester en "
            "contactpersoon.\n\n"
            "Ons project: Vrijwillige chauffeurs voor minder mobiele ouderen in Staden. Veel van onze leden "
            "rijden niet meer met de auto en de bus komt maar twee keer per dag. Wij willen een groep van "
            "vrijwillige chauffeurs opstarten die ouderen naar de dokter, de winkel of een activiteit brengen, "
            "met een centrale gsm die om beurten door een vrijwilliger wordt opgenomen. Eerst willen we met een "
            "enquête en een infoavond nagaan wat de noden zijn.\n\n"
            "Begroting:\n"
            "- opleiding chauffeurs (EHBO en rijvaardigheid): 900 EUR\n"
            "- infoavond en enquête bij 75-plussers: 600 EUR\n"
            "- begeleiding door een participatie-expert: 1.200 EUR\n"
            "- communicatie (folder, advertentie gemeenteblad): 800 EUR\n"
            "- gsm en abonnement voor de centrale: 450 EUR\n"
            "- startmoment: 400 EUR\n"
            "Totaal: 4.350 EUR\n"
            "Eigen inbreng uit de kas van de vereniging: 350 EUR\n"
            "Gevraagd bedrag: 4.000 EUR\n\n"
            "Mijn adres: Westrozebekestraat 118, 8840 Staden. Telefoon 051 70 31 94.\n\n"
            "Met vriendelijke groeten,\n"
            "Willy Vandenbroucke\n"
            "penningmeester\n\n"
            + quote)
    m = dict(key="d16", from_name="Willy Vandenbroucke", from_addr=a["email"], date=when(24, 10, 2, month=5),
             subject="Re: vraag over projectoproep", body=body, client="thunderbird", lang="nl",
             in_reply_to="<5f2a91c0e4d84b1f9a7c@example.org>",
             references="<a81be2f04c1d@example.net> <5f2a91c0e4d84b1f9a7c@example.org>")
    return dict(key="d16", format="body_plain", language="nl", truth=truth(a), mail=m)


def d17():
    a = app("fr", [
        ("Inventaire avec une historienne", 2400),
        ("Petits panneaux et balisage", 1800),
        ("Carte et dépliants", 950),
        ("Journée du patrimoine avec les habitants", 600),
    ], own=750, org="Équipe d'animation paroissiale du relais de Steenvoorde", contact="Marie-Thérèse Ryckewaert",
        address="9 impasse des Tilleuls", postcode="59114", muni="Steenvoorde", country="FR",
        phone="+33328426715", email="mt.ryckewaert@example.com",
        title="Chapelles et calvaires de Steenvoorde : inventaire participatif et circuit de découverte")
    body = ("Bonjour,\n\n"
            "Je vous écris de la part de l'équipe d'animation paroissiale du relais de Steenvoorde.\n\n"
            "Projet : Chapelles et calvaires de Steenvoorde : inventaire participatif et circuit de découverte.\n\n"
            "Notre commune compte plus de trente chapelles et calvaires, souvent entretenus par une seule "
            "famille âgée. Nous voulons les recenser avec les habitants des hameaux, recueillir leurs histoires "
            "avec l'aide d'une historienne, puis créer un circuit balisé avec une carte, inauguré lors d'une "
            "journée du patrimoine.\n\n"
            "Budget :\n"
            "Inventaire avec une historienne : 2.400,00 €\n"
            "Petits panneaux et balisage : 1.800,00 €\n"
            "Carte et dépliants : 950,00 €\n"
            "Journée du patrimoine : 600,00 €\n"
            "Budget total : 5.750,00 €\n"
            "Participation de la paroisse : 750,00 €\n"
            "Montant demandé : 5.000,00 €\n\n"
            "Contact : Marie-Thérèse Ryckewaert, 9 impasse des Tilleuls, 59114 Steenvoorde, 03.28.42.67.15\n\n"
            "Avec nos remerciements et nos salutations,\n"
            "Marie-Thérèse Ryckewaert")
    m = dict(key="d17", from_name="Marie-Thérèse Ryckewaert", from_addr=a["email"], date=when(15, 11, 40),
             subject="Appel à projets : chapelles et calvaires de Steenvoorde", body=body, client="orange", lang="fr",
             alt=False, hdr_charset="iso-8859-15", charset="iso-8859-15")
    return dict(key="d17", format="body_plain", language="fr", truth=truth(a), mail=m)


def d18():
    a = app("fr", [
        ("Bancs et tables (6 ensembles)", 3600),
        ("Éclairage solaire (4 mâts)", 4200),
        ("Plantations et ombrage", 1400),
        ("Tournoi inaugural et repas des voisins", 2000),
    ], own=2200, org="La Boule Flêtroise", org_truth="La Boule Flêtroise (association loi 1901)",
        contact="Daniel Verhille", address="5 rue du Calvaire", postcode="59270", muni="Flêtre",
        country="FR", phone="+33607458216", email="daniel.verhille@example.net",
        title="Le boulodrome, lieu de rencontre pour tout le village")
    nb = NBSP
    rows = "".join(
        f'<tr><td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt">{lab}</td>'
        f'<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt;text-align:right">{money(v, "fr").replace(nb, "&nbsp;")}&nbsp;€</td></tr>\r\n'
        for lab, v in a["lines"])
    tot = lambda lab, v, b=True: (f'<tr><td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><b>{lab}</b></td>'
                                  f'<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt;text-align:right"><b>{money(v, "fr").replace(nb, "&nbsp;")}&nbsp;€</b></td></tr>\r\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>'
            '<body lang="FR" style="font-family:Calibri,sans-serif;font-size:11pt">\r\n'
            '<p>Bonjour,</p><p>&nbsp;</p>\r\n'
            '<p>Au nom du club de pétanque <b>La Boule Flêtroise</b> (association loi 1901), j\'ai le plaisir de vous présenter notre projet '
            '<b>« Le boulodrome, lieu de rencontre pour tout le village »</b>.</p><p>&nbsp;</p>\r\n'
            '<p>Notre boulodrome, derrière la salle des fêtes, est le seul espace public de Flêtre où jeunes et anciens se croisent. '
            'Nous voulons le rendre plus accueillant pour tous : des bancs et des tables, un éclairage solaire pour les soirées '
            'd\'été, des arbres pour l\'ombre, et un grand tournoi ouvert suivi d\'un repas des voisins pour l\'inauguration. '
            'L\'école et le comité des fêtes sont partants.</p><p>&nbsp;</p>\r\n'
            '<p><u>Budget prévisionnel</u></p>\r\n'
            '<table style="border-collapse:collapse">\r\n' + rows +
            tot("Coût total", a["total"]) + tot("Autofinancement du club", a["own"]) + tot("Montant demandé", a["requested"]) +
            '</table><p>&nbsp;</p>\r\n'
            '<p>Je reste à votre disposition pour une visite sur place.</p><p>&nbsp;</p>\r\n'
            '<p>Cordialement,</p><p>&nbsp;</p>\r\n'
            '<p><b>Daniel Verhille</b><br>Président - La Boule Flêtroise<br>5 rue du Calvaire, 59270 Flêtre<br>06 07 45 82 16</p>\r\n'
            '<p><img src="cid:logo_boule@flêtre" width="160" height="55" alt="La Boule Flêtroise"></p>\r\n'
            '</body></html>').replace("cid:logo_boule@flêtre", "cid:image001.png@01D51F0A.2B7C9E30")
    text = ("Bonjour,\n\n"
            "Au nom du club de pétanque La Boule Flêtroise (association loi 1901), j'ai le plaisir de vous présenter "
            "notre projet « Le boulodrome, lieu de rencontre pour tout le village ».\n\n"
            "Notre boulodrome, derrière la salle des fêtes, est le seul espace public de Flêtre où jeunes et anciens "
            "se croisent. Nous voulons le rendre plus accueillant pour tous : des bancs et des tables, un éclairage "
            "solaire pour les soirées d'été, des arbres pour l'ombre, et un grand tournoi ouvert suivi d'un repas des "
            "voisins pour l'inauguration. L'école et le comité des fêtes sont partants.\n\n"
            "Budget prévisionnel\n\n"
            + "".join(f"{lab}\n{money(v, 'fr')} €\n" for lab, v in a["lines"]) +
            f"Coût total\n{money(a['total'], 'fr')} €\n"
            f"Autofinancement du club\n{money(a['own'], 'fr')} €\n"
            f"Montant demandé\n{money(a['requested'], 'fr')} €\n\n"
            "Je reste à votre disposition pour une visite sur place.\n\n"
            "Cordialement,\n\n"
            "Daniel Verhille\nPrésident - La Boule Flêtroise\n5 rue du Calvaire, 59270 Flêtre\n06 07 45 82 16\n\n"
            "[cid:image001.png@01D51F0A.2B7C9E30]")
    logo = logo_png("La Boule", "Flêtroise - pétanque", color=(31, 78, 121))
    m = dict(key="d18", from_name="Daniel Verhille", from_addr=a["email"], date=when(7, 18, 20),
             subject="Projet boulodrome Flêtre - appel à projets", body=text, html=html, client="outlook", lang="fr",
             inline=[dict(filename="image001.png", data=logo, cid="image001.png@01D51F0A.2B7C9E30", name_style="plain")])
    return dict(key="d18", format="body_html", language="fr", truth=truth(a), mail=m)


def d19():
    a = app("nl", [
        ("Haalbaarheidsstudie door extern bureau", 5000),
        ("Enquête bij alle inwoners", 1200),
        ("Twee bewonersavonden", 450),
        ("Communicatie", 350),
    ], own=500, org="Dorpscomité Beveren-aan-den-IJzer", contact="Marleen Degrave",
        address="Oude Kerkstraat 5", postcode="8691", muni="Beveren-aan-den-IJzer", country="BE",
        phone="+3258299461", email="marleen.degrave@example.com",
        title="Haalbaarheidsstudie dorpswinkel met ontmoetingshoek")
    tab = [(lab, "€ " + money(v, "be")) for lab, v in a["lines"]]
    tab += [("*TOTAAL", "€ " + money(a["total"], "be")), ("Eigen inbreng dorpscomité", "€ " + money(a["own"], "be")),
            ("*GEVRAAGD BEDRAG", "€ " + money(a["requested"], "be"))]
    lines = [
        ("Dorpscomité Beveren-aan-den-IJzer", "head"),
        ("p/a Marleen Degrave - Oude Kerkstraat 5 - 8691 Beveren-aan-den-IJzer\ntel. 058 29 94 61 - marleen.degrave@example.com", "small"),
        ("", "blank"), ("", "blank"),
        ("Provincie West-Vlaanderen\nt.a.v. de projectcoördinator Partons 2.0\nProvinciaal kantoor Westhoek\n8600 Diksmuide", "sig"),
        ("", "blank"),
        ("Beveren-aan-den-IJzer, 6 juni 2019", "right"),
        ("", "blank"),
        ("Betreft: projectidee 'Haalbaarheidsstudie dorpswinkel met ontmoetingshoek'", "b"),
        ("", "blank"),
        ("Geachte,", "sig"),
        ("", "blank"),
        ("Sinds de sluiting van de kruidenier in 2017 heeft ons dorp geen enkele winkel meer. Veel oudere "
         "inwoners zijn afhankelijk van familie om boodschappen te doen. Het dorpscomité wil onderzoeken of "
         "een kleine dorpswinkel met een ontmoetingshoek, uitgebaat door vrijwilligers en een lokale "
         "ondernemer, leefbaar is in de leegstaande garage naast de pastorij.", "p"),
        ("Wij vragen steun voor een haalbaarheidsstudie door een extern bureau, een enquête bij alle inwoners "
         "en twee bewonersavonden waarop de resultaten besproken worden.", "p"),
        ("", "blank"),
        ("Begroting:", "b"),
        (tab, "table"),
        ("", "blank"),
        ("Met vriendelijke groeten,", "sig"),
        ("", "blank"), ("", "blank"),
        ("Marleen Degrave\nvoorzitter dorpscomité", "sig"),
    ]
    page = render_page(lines)
    j = scan_jpeg(page, 1901, angle=-1.3, quality=58, paper=228)
    pdf = jpeg_pdf([j], "d19", title=None, producer="Canon MF Toolbox")
    text_drawn = [t for t, k in lines if k != "table"] + [x for row in tab for x in row]
    body = ("Goedemiddag,\n\n"
            "In bijlage onze aanvraag (gescand, met handtekening).\n\n"
            "Mvg\n"
            "Marleen Degrave\n"
            "Dorpscomité Beveren-aan-den-IJzer")
    m = dict(key="d19", from_name="Marleen Degrave", from_addr=a["email"], date=when(7, 13, 52),
             subject="Aanvraag dorpswinkel Beveren-aan-den-IJzer", body=body, client="outlook_web", lang="nl",
             attachments=[dict(filename="Scan_20190607_1432.pdf", data=pdf, name_style="plain")])
    return dict(key="d19", format="scan_pdf", language="nl", truth=truth(a), mail=m, image_text=text_drawn)


def d20():
    a = app("fr", [("(total seulement)", 6300)], own=700,
            org="Collectif des habitants du quartier de la gare", contact="Nadège Vermersch",
            address="17 rue des Cerisiers", postcode="59190", muni="Hazebrouck", country="FR",
            phone="+33621873904", email="nadege.vermersch@example.com",
            title="Fresque participative et bancs au square de la gare")
    fields = [
        ("Nom de l'association / du groupe :", "Collectif des habitants du quartier de la gare", 1),
        ("Personne de contact :", "Nadège Vermersch", 1),
        ("Adresse :", "17 rue des Cerisiers", 1),
        ("Code postal et commune :", "59190 Hazebrouck", 1),
        ("Téléphone :", "06 21 87 39 04", 1),
        ("Courriel :", "nadege.vermersch@example.com", 1),
        ("Titre du projet :", "Fresque participative et bancs au square de la gare", 2),
        ("Description courte :", "Peindre avec les enfants du quartier et un artiste une fresque sur le mur du square, "
                                 "installer 3 bancs et organiser une fête des voisins pour l'inauguration.", 3),
        ("Budget total du projet :", "6 300 €", 1),
        ("Apport propre :", "700 € (fête des voisins + peinture offerte)", 1),
        ("Montant demandé :", "5 600 €", 1),
        ("Date et signature :", "8/06/2019   N. Vermersch", 1),
    ]
    page = hand_form(fields, ["FICHE PROJET", "Appel à projets Partons 2.0 - villages et quartiers",
                              "À renvoyer avant le 16 juin 2019"], HAND_SCHOOLBELL, 2001)
    ph = phone_photo(page, 2001, orientation=1, exif_model=("Apple", "iPhone 8"), when="2019:06:09 16:42:17")
    body = ("Bonjour, voici notre fiche remplie (photo). Je n'ai pas de scanner, désolée !\n"
            "Bonne réception\n"
            "Nadège\n\n"
            "Envoyé de mon iPhone")
    m = dict(key="d20", from_name="Nadège Vermersch", from_addr=a["email"], date=when(9, 16, 44),
             subject="Fiche projet square de la gare", body=body, client="iphone", lang="fr",
             attachments=[dict(filename="IMG_4127.JPG", data=ph, ctype="image/jpeg", name_style="plain")])
    return dict(key="d20", format="photo", language="fr", truth=truth(a), mail=m,
                image_text=[f[1] for f in fields])


ALL = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20]
