"""The 20 applications of the test half. Same make-up as the dev half."""
import datetime as dt

from common import D, money, NBSP, write_zip
from kit import app, truth, when, HAND_DELICIOUS
from sheets import build_xlsx, ods_form, ods_budget, build_csv
from docs import docx_form, docx_letter, pdf_letter, pdf_form
from images import logo_png, site_photo, render_page, scan_jpeg, jpeg_pdf, hand_form, phone_photo
from specs_dev import _outlook_html_with_logo

HALF = "test"


# ------------------------------------------------------------------ xlsx_form

def t01():
    a = app("fr", [
        ("Étude de faisabilité (cabinet spécialisé)", 4500),
        ("Enquête auprès des habitants", 1250),
        ("Accompagnement participatif (4 réunions)", 2000),
        ("Communication", 600),
        ("Soirée de restitution", 450),
    ], own=800,
        org="Herzeele Village Vivant", legal="association loi 1901",
        org_truth="Herzeele Village Vivant (association loi 1901)",
        contact="Sandrine Verhaeghe", role="secrétaire", address="27 rue du Bois", postcode="59470",
        postcode_disp="59470", muni="Herzeele", muni_disp="HERZEELE", country="FR",
        phone="+33645198327", phone_disp="+33 (0)6 45 19 83 27", email="sandrine.verhaeghe@example.net",
        title="Une épicerie solidaire et un point rencontre à Herzeele : étude de faisabilité",
        desc=("Depuis la fermeture de l'épicerie, les habitants sans voiture dépendent de leurs voisins. Nous "
              "voulons étudier avec eux la possibilité d'une épicerie solidaire, tenue en partie par des "
              "bénévoles, avec un coin café pour se retrouver."),
        who="Association, mairie d'Herzeele, CCAS, deux producteurs locaux, l'épicerie sociale de Wormhout.",
        timing="Septembre 2019 - mars 2020")
    x = build_xlsx(a, dict(second_sheet=True, sheet2="Budget", sheet1="Fiche projet", numfmt='#,##0.00 [$€-40C]',
                           text_amounts={"req": "8 000,00 €"}, summary_req=False, creator="Sandrine V.",
                           fill="D9E1F2", own_label="Fonds propres"))
    body = ("Bonjour,\n\n"
            "Veuillez trouver ci-joint la fiche projet de l'association Herzeele Village Vivant.\n"
            "Le budget détaillé est dans le deuxième onglet.\n\n"
            "Cordialement,\n"
            "Sandrine Verhaeghe, secrétaire")
    m = dict(key="t01", from_name="Sandrine Verhaeghe", from_addr=a["email"], date=when(12, 9, 31),
             subject="Appel à projets - fiche projet Herzeele", body=body, client="orange", lang="fr",
             attachments=[dict(filename="Fiche projet Herzeele Village Vivant.xlsx", data=x, name_style="plain")])
    return dict(key="t01", format="xlsx_form", language="fr", truth=truth(a), mail=m)


def t02():
    a = app("nl", [
        ("Meubilair (tafels, stoelen, leestafel)", 3250),
        ("Koelkast en koffiemachine", 1480),
        ("Begeleiding door participatie-expert", 1500),
        ("Communicatie", 420),
        ("Openingsdag", 850),
    ], own=1000,
        org="VV Vladslo vzw", contact="Bart Hoste", role="penningmeester", address="Beerststraat 27",
        postcode="8600", postcode_disp="8600", muni="Vladslo", muni_disp="Vladslo", country="BE",
        phone="+32494125780", phone_disp="0494 12 57 80", email="bart.hoste@example.com",
        title="Zondagscafé in de kantine: een ontmoetingsplek voor heel Vladslo",
        desc=("Onze kantine staat elke zondagvoormiddag open voor de wedstrijden van de jeugd. We willen ze "
              "openstellen voor alle dorpsbewoners als zondagscafé, met een leestafel, kranten, een "
              "kaarttafel en af en toe een kleine activiteit."),
        who="Bestuur en vrijwilligers van de club, dorpsraad Vladslo, OKRA Vladslo.",
        timing="opstart september 2019")
    x = build_xlsx(a, dict(numfmt='[$€-813] #,##0.00', text_amounts={"own": "€ 1.000,-"}, creator="Bart Hoste",
                           fill="FFE699", sheet1="Blad1", own_label="Eigen inbreng club"))
    logo = logo_png("VV Vladslo", "sinds 1946", color=(0, 112, 192))
    cid = "image002.png@01D51D41.A6B32C10"
    body = ("Beste,\n\n"
            "Hierbij het formulier van onze club voor de projectoproep.\n\n"
            "Opgelet: onze eigen inbreng is 1.000 euro en het gevraagde bedrag staat onderaan het formulier.\n\n"
            "Sportieve groeten,\n\n"
            "Bart Hoste\n"
            "Penningmeester VV Vladslo vzw\n"
            "0494 12 57 80\n\n"
            f"[cid:{cid}]")
    m = dict(key="t02", from_name="Bart Hoste", from_addr=a["email"], date=when(13, 21, 12),
             subject="Projectoproep Maak werk van je buurt - VV Vladslo", body=body, client="outlook", lang="nl",
             html=_outlook_html_with_logo(body, cid, "nl"),
             inline=[dict(filename="image002.png", data=logo, cid=cid, name_style="plain")],
             attachments=[dict(filename="Aanvraagformulier VV Vladslo.xlsx", data=x, name_style="plain",
                               outlook_dates="Thu, 13 Jun 2019 19:05:00 GMT")])
    return dict(key="t02", format="xlsx_form", language="nl", truth=truth(a), mail=m)


def t03():
    a = app("fr", [
        ("Enquête sur les besoins du quartier (questionnaire et analyse)", 1900),
        ("Sonorisation et animation", 1350),
        ("Achat de barnums, tables et chaises", 2680),
        ("Communication", 500),
        ("Repas de quartier", 1070),
    ], own=1500,
        org="Comité de quartier des Remparts", contact="Thierry Lemaire", role="président",
        address="8 rue des Arbalétriers", postcode="59380", postcode_disp="59380", muni="Bergues", muni_disp="Bergues",
        country="FR", phone="+33328681593", phone_disp="03.28.68.15.93", email="thierry.lemaire@example.com",
        title="Fête des Remparts et enquête sur les besoins du quartier",
        desc=("Le quartier des Remparts a beaucoup changé : nouveaux habitants, commerces fermés. Nous voulons "
              "d'abord interroger les habitants sur leurs besoins, puis lancer une fête annuelle du quartier "
              "avec du matériel que les habitants pourront emprunter pour leurs propres fêtes."),
        who="Comité de quartier, mairie de Bergues, école du quartier, commerçants de la rue.")
    x = build_xlsx(a, dict(layout="under", second_sheet=True, sheet2="Budget", numfmt='#,##0 "€"', req_formula=True,
                           own_lines=[("Autofinancement (buvette)", 900), ("Subvention mairie de Bergues", 600)],
                           creator="Thierry", fill="F8CBAD"))
    body = ("Bonjour,\n\n"
            "Ci-joint le dossier du Comité de quartier des Remparts (Bergues).\n"
            "Notre participation : 900 € de buvette et 600 € de la mairie, soit 1 500 € au total.\n\n"
            "Merci et bonne journée,\n"
            "Thierry Lemaire\n"
            "Président du comité")
    m = dict(key="t03", from_name="Thierry Lemaire", from_addr=a["email"], date=when(1, 11, 2),
             subject="Dossier Comité de quartier des Remparts", body=body, client="gmail", lang="fr",
             attachments=[dict(filename="Dossier_Remparts_Bergues.xlsx", data=x, name_style="plain")])
    return dict(key="t03", format="xlsx_form", language="fr", truth=truth(a), mail=m)


# ------------------------------------------------------------------ ods_form

def t04():
    a = app("nl", [
        ("Tuinontwerp met de buurt (landschapsarchitect)", 1100),
        ("Tuinmateriaal en plantgoed", "1480.50"),
        ("Bijenhotel en insectenwand (materiaal)", 390),
        ("Drie workshops", 750),
        ("Oogstfeest", 600),
    ], own="320.50",
        org="Buurtvereniging De Vierweg", contact="Ann Lefever", role="secretaris",
        address="Zwartemolenstraat 9", postcode="8954", postcode_disp="8954", muni="Westouter", muni_disp="Westouter",
        country="BE", phone="+32477640921", phone_disp="0032 477 64 09 21", email="ann.lefever@example.net",
        title="Buurtmoestuin met bijenhotel aan de Vierweg",
        desc=("Op het hoekperceel aan de Vierweg, dat een landbouwer ons ter beschikking stelt, leggen we een "
              "buurtmoestuin aan met een bijenhotel. Drie workshops leren de buren samen tuinieren."),
        who="Buurtvereniging, de eigenaar van het perceel, de imkersbond, de school van Westouter.",
        timing="oktober 2019 - september 2020")
    o = ods_form(a, dict(author="Ann Lefever", req_formula=True, created="2019-06-10T20:11:53", vtype="float"))
    body = ("Hallo,\n\n"
            "In bijlage het formulier van onze buurtvereniging, ingevuld in LibreOffice.\n\n"
            "Groetjes,\n"
            "Ann Lefever\n"
            "Buurtvereniging De Vierweg, Westouter")
    m = dict(key="t04", from_name="Ann Lefever", from_addr=a["email"], date=when(10, 20, 30),
             subject="Buurtmoestuin Westouter", body=body, client="apple", lang="nl",
             attachments=[dict(filename="Buurtmoestuin De Vierweg.ods", data=o, name_style="plain")])
    return dict(key="t04", format="ods_form", language="nl", truth=truth(a), mail=m)


def t05():
    a = app("fr", [
        ("Barnums et stands (achat)", 3240),
        ("Accompagnement par un animateur territorial", 2000),
        ("Communication", 900),
        ("Sonorisation et éclairage", 1100),
        ("Marché inaugural avec animations", 1400),
    ], own=1140,
        org="Comité d'animation de Méteren", legal="association loi 1901",
        org_truth="Comité d'animation de Méteren (association loi 1901)",
        contact="Patrick Dewaele", role="trésorier", address="31 rue des Prés", postcode="59270",
        postcode_disp="59270", muni="Méteren", muni_disp="Méteren", country="FR",
        phone="+33328415602", phone_disp="03 28 41 56 02", email="patrick.dewaele@example.com",
        title="Marché de producteurs du vendredi soir",
        desc=("Un marché de producteurs locaux chaque premier vendredi du mois, de 17 h à 21 h, sur la place "
              "de la mairie, avec une buvette tenue par les associations : un rendez-vous pour faire ses "
              "courses et se retrouver après le travail."),
        who="Comité d'animation, mairie de Méteren, une dizaine de producteurs, les associations du village.",
        timing="Préparation été 2019, premier marché en septembre 2019")
    o = ods_form(a, dict(layout="under", second_sheet=True, sheet2="Budget", author="Patrick Dewaele",
                         money="fr", req_formula=True, created="2019-06-05T08:47:20"))
    body = ("Bonjour,\n\n"
            "Je vous transmets la fiche de candidature du Comité d'animation de Méteren (document LibreOffice "
            "Calc).\n\n"
            "Salutations distinguées,\n"
            "P. Dewaele, trésorier")
    m = dict(key="t05", from_name="Patrick Dewaele", from_addr=a["email"], date=when(5, 9, 2),
             subject="Candidature Comité d'animation Méteren", body=body, client="laposte", lang="fr",
             attachments=[dict(filename="candidature Méteren.ods", data=o, name_style="encword")])
    return dict(key="t05", format="ods_form", language="fr", truth=truth(a), mail=m)


# ------------------------------------------------------------------ body_with_sheet

def t06():
    a = app("fr", [
        ("Conseils d'un maraîcher-paysagiste", 800),
        ("Bacs, outils et récupérateur d'eau", "1350.60"),
        ("Graines et plants", 325),
        ("Ateliers avec les habitants (intervenant)", 500),
        ("Fête de la récolte", 300),
    ], own="275.60", org="Coopérative scolaire de l'école des Tilleuls", contact="Émilie Vanhove",
        address="1 rue de l'École", postcode="59122", muni="Rexpoëde", country="FR",
        phone="+33328683451", email="emilie.vanhove@example.com",
        title="Un potager pédagogique ouvert aux habitants")
    rows = [["Dépenses", "Montant en euros"]]
    for lab, amt in a["lines"]:
        rows.append([lab, money(amt, "plain")])
    rows += [["TOTAL DES DEPENSES", money(a["total"], "plain")], ["", ""],
             ["Participation de la coopérative scolaire", money(a["own"], "plain")],
             ["Aide demandée", money(a["requested"], "plain")]]
    csvb = build_csv(rows, "cp1252")
    body = ("Madame, Monsieur,\n\n"
            "Directrice de l'école des Tilleuls à Rexpoëde, je vous adresse, au nom de la Coopérative scolaire "
            "de l'école des Tilleuls, notre projet « Un potager pédagogique ouvert aux habitants ».\n\n"
            "Derrière l'école se trouve un terrain en friche que la commune nous laisse utiliser. Nous voulons y "
            "créer un potager entretenu par les élèves pendant l'année scolaire et par les habitants volontaires "
            "pendant les vacances. Des ateliers réuniront enfants, parents et grands-parents, et une fête de la "
            "récolte clôturera la saison. Un maraîcher du village nous conseillera.\n\n"
            "Le budget se trouve dans le fichier joint.\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
            "Émilie Vanhove\n"
            "Directrice - École des Tilleuls\n"
            "1 rue de l'École, 59122 Rexpoëde\n"
            "Tél. école : 03 28 68 34 51")
    m = dict(key="t06", from_name="Émilie Vanhove", from_addr=a["email"], date=when(29, 12, 18, month=5),
             subject="Projet potager pédagogique - école de Rexpoëde", body=body, client="outlook", lang="fr",
             attachments=[dict(filename="budget potager.csv", data=csvb, ctype="application/vnd.ms-excel", name_style="plain")])
    return dict(key="t06", format="body_with_sheet", language="fr", truth=truth(a), mail=m)


def t07():
    a = app("nl", [
        ("Ontwerp speelbos (landschapsarchitect)", 2500, "offerte ontvangen"),
        ("Plantgoed (inheemse struiken en bomen)", 1300, "via plantactie"),
        ("Speelmateriaal (boomstammen, touwbrug, zandbak)", 1900, ""),
        ("Bouwdag met buurtbewoners", 600, "catering en huur"),
        ("Communicatie", 300, ""),
    ], own=600, org="Jeugdclub De Spetters", contact="Ruben Coene",
        address="Kasteelweg 4", postcode="8906", muni="Elverdinge", country="BE",
        phone="+32471832056", email="ruben.coene@example.net", title="Speelbos De Spetters")
    x = build_xlsx(a, dict(budget_only=True, sheet2="Begroting", numfmt='€ #,##0.00;[Red]-€ #,##0.00', remark_col="Opmerking",
                           budget_title="Begroting Speelbos De Spetters", creator="Ruben", req_formula=True,
                           own_label="Eigen inbreng (wafelverkoop)", req_label="Gevraagd aan Partons"))
    ph = site_photo(702, kind="grass")
    body = ("Dag,\n\n"
            "Ik ben Ruben, hoofdleiding van Jeugdclub De Spetters in Elverdinge. Wij willen graag meedoen met "
            "'Maak werk van je buurt!' met ons project Speelbos De Spetters.\n\n"
            "Naast ons lokaal ligt een stuk grond van de parochie dat nu enkel gemaaid wordt. Samen met de buren "
            "willen we er een speelbos van maken: inheemse struiken en bomen, boomstammen, een touwbrug en een "
            "zandbak. Niet alleen voor onze leden, maar voor alle kinderen van de wijk, ook buiten de "
            "activiteiten. Een landschapsarchitect maakt het ontwerp mee met de kinderen en de buren, en tijdens "
            "een bouwdag leggen we alles samen aan.\n\n"
            "In bijlage de begroting en een foto van het terrein.\n\n"
            "Groetjes,\n"
            "Ruben Coene\n"
            "Kasteelweg 4, 8906 Elverdinge\n"
            "0471 83 20 56")
    m = dict(key="t07", from_name="Ruben Coene", from_addr=a["email"], date=when(2, 17, 50),
             subject="Speelbos De Spetters - projectidee", body=body, client="gmail", lang="nl",
             attachments=[dict(filename="begroting speelbos.xlsx", data=x, name_style="plain"),
                          dict(filename="terrein.jpg", data=ph, name_style="plain")])
    return dict(key="t07", format="body_with_sheet", language="nl", truth=truth(a), mail=m)


def t08():
    a = app("fr", [
        ("Étude d'aménagement (architecte)", 3200),
        ("Mobilier", 2900),
        ("Petit matériel informatique", 1200),
        ("Inauguration", 700),
        ("Communication", 500),
    ], own=500, org="Ensemble pour Godewaersvelde", org_truth="Ensemble pour Godewaersvelde (association loi 1901)",
        contact="Christine Baert", address="6 rue des Houblons", postcode="59270", muni="Godewaersvelde",
        country="FR", phone="+33768224195", email="christine.baert@example.net",
        title="Un tiers-lieu avec espace de télétravail dans l'ancienne poste")
    o = ods_budget(a, dict(heading="Budget prévisionnel - tiers-lieu", author="Christine Baert", money="fr",
                           sheet="Feuille1", own_label="Apport de l'association"))
    body = ("Bonjour,\n\n"
            "Notre association « Ensemble pour Godewaersvelde » (loi 1901) souhaite déposer un projet dans le "
            "cadre de l'appel Partons 2.0.\n\n"
            "Le projet : Un tiers-lieu avec espace de télétravail dans l'ancienne poste. Le bureau de poste est "
            "fermé depuis 2017 et la commune est prête à nous le louer pour un euro symbolique. Nous voulons en "
            "faire un lieu ouvert : quatre postes de télétravail pour les habitants qui travaillent loin, un coin "
            "café, un point d'aide aux démarches en ligne pour les aînés, et une salle pour les associations. "
            "Un architecte nous aidera à aménager le lieu avec les futurs usagers.\n\n"
            "Le budget est joint (fichier LibreOffice).\n\n"
            "Bien cordialement,\n"
            "Christine Baert\n"
            "6 rue des Houblons\n"
            "59270 Godewaersvelde\n"
            "07 68 22 41 95")
    m = dict(key="t08", from_name="Christine Baert", from_addr=a["email"], date=when(8, 10, 15),
             subject="Projet tiers-lieu Godewaersvelde", body=body, client="orange", lang="fr",
             attachments=[dict(filename="budget_tiers-lieu.ods", data=o, name_style="plain")])
    return dict(key="t08", format="body_with_sheet", language="fr", truth=truth(a), mail=m)


def t09():
    lines = [("Participatie-expert: 4 buurtbabbels", 2000), ("8 zitbanken", 4000),
             ("Communicatie", 800), ("Slotmoment", 1200)]
    incl = [(lab, D(v) * D("1.21")) for lab, v in lines]
    a = app("nl", incl, own=1180, org="Stad Mesen", contact="Elke Soenen",
            address="Kasteelstraat 1", postcode="8957", muni="Mesen", country="BE",
            phone="+3257445012", email="elke.soenen@example.com",
            title="Mesen zit samen: buurtbabbels en een netwerk van zitbanken")
    rows = [["Kostenpost", "Bedrag excl. btw", "Bedrag incl. btw"]]
    for (lab, ex), (_, inc) in zip(lines, incl):
        rows.append([lab, money(ex, "plainc"), money(inc, "plainc")])
    rows += [["Totaal", money(sum(D(v) for _, v in lines), "plainc"), money(a["total"], "plainc")],
             ["Eigen inbreng stad", "", money(a["own"], "plainc")],
             ["Gevraagd", "", money(a["requested"], "plainc")]]
    csvb = build_csv(rows, "utf-8", bom=True)
    logo = logo_png("Stad Mesen", "kleinste stad van België", color=(112, 48, 160))
    cid = "image001.png@01D51B2E.4C0D7F80"
    body = ("Goedemiddag,\n\n"
            "Namens het stadsbestuur van Mesen bezorg ik u ons projectidee voor de oproep 'Maak werk van je "
            "buurt!'.\n\n"
            "Mesen zit samen: buurtbabbels en een netwerk van zitbanken. Mesen is klein, maar de inwoners van "
            "de verschillende wijken kennen elkaar steeds minder. We willen in vier wijken een buurtbabbel "
            "organiseren, begeleid door een participatie-expert, waarin de bewoners zelf kiezen waar acht nieuwe "
            "zitbanken komen: rustpunten voor ouderen en ontmoetingsplekken voor iedereen. Een slotmoment op de "
            "Markt brengt alle wijken samen.\n\n"
            "De begroting vindt u in bijlage (csv-export). De bedragen incl. btw zijn voor ons de werkelijke "
            "kost, aangezien de stad de btw niet kan recupereren.\n\n"
            "Met vriendelijke groeten,\n\n"
            "Elke Soenen\n"
            "Beleidsmedewerker vrije tijd\n"
            "Stad Mesen - Kasteelstraat 1 - 8957 Mesen\n"
            "T 057 44 50 12\n\n"
            f"[cid:{cid}]\n\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten "
            "ontleend worden.")
    m = dict(key="t09", from_name="Soenen Elke", from_addr=a["email"], date=when(14, 15, 37),
             subject="Projectoproep Maak werk van je buurt - Stad Mesen", body=body, client="outlook", lang="nl",
             cc="Schepen Vrije Tijd <schepen.vrijetijd@example.com>",
             html=_outlook_html_with_logo(body, cid, "nl"),
             inline=[dict(filename="image001.png", data=logo, cid=cid, name_style="plain")],
             attachments=[dict(filename="begroting_mesen_zit_samen.csv", data=csvb, ctype="application/vnd.ms-excel",
                               name_style="plain")])
    return dict(key="t09", format="body_with_sheet", language="nl", truth=truth(a), mail=m)


# ------------------------------------------------------------------ zip_bundle

def t11():
    a = app("fr", [
        ("Plan d'aménagement (paysagiste)", 2200),
        ("Clôture, bacs et cabanon de jardin", 2890),
        ("Outils et récupérateurs d'eau", 890),
        ("Ateliers jardinage (intervenant)", 1200),
        ("Journée portes ouvertes", 800),
    ], own=980, org="Les Jardins Partagés de Caëstre", org_truth="Les Jardins Partagés de Caëstre (association loi 1901)",
        contact="Hélène Decroos", address="15 chemin du Paradis", postcode="59190", muni="Caëstre", country="FR",
        phone="+33658731240", email="helene.decroos@example.com",
        title="Des jardins partagés sur l'ancienne friche communale")
    fm = lambda v: money(v, "fr") + NBSP + "€"
    fiche = [
        ("Les Jardins Partagés de Caëstre", "b"),
        ("Association loi 1901 - 15 chemin du Paradis - 59190 Caëstre", "sig"),
        ("Contact : Hélène Decroos, présidente - 06 58 73 12 40 - helene.decroos@example.com", "sig"),
        ("", "blank"),
        ("FICHE PROJET - Appel à projets Partons 2.0", "b"),
        ("Titre : Des jardins partagés sur l'ancienne friche communale", "sig"),
        ("La friche derrière la salle polyvalente est inutilisée depuis des années. Notre association, créée en "
         "2018 par une vingtaine d'habitants, veut y aménager des jardins partagés : parcelles collectives et "
         "individuelles, bacs surélevés pour les personnes âgées ou en fauteuil, cabanon commun. Un paysagiste "
         "dessinera le plan avec les habitants lors de deux ateliers.", "p"),
        ("Budget : coût total " + fm(a["total"]) + " ; apport de l'association " + fm(a["own"])
         + " ; montant sollicité " + fm(a["requested"]) + ". Détail dans le fichier budget joint.", "p"),
        ("Calendrier : ateliers à l'automne 2019, aménagement au printemps 2020.", "p"),
    ]
    pdf = pdf_letter(fiche, "Hélène Decroos", "Fiche projet", font="Helvetica", bold="Helvetica-Bold", size=10)
    o = ods_budget(a, dict(heading="Budget prévisionnel", author="Hélène", money="fr", sheet="Budget",
                           own_label="Apport de l'association", req_label="Montant sollicité"))
    ph = site_photo(1102, kind="grass")
    folder = "Dossier candidature Caëstre/"
    z = write_zip([(folder, b""),
                   (folder + "Fiche projet – Jardins partagés.pdf", pdf),
                   (folder + "Budget prévisionnel.ods", o),
                   (folder + "photo friche été 2018.jpg", ph)], utf8_flag=True, when=(2019, 6, 11, 20, 40, 2))
    body = ("Bonjour,\n\n"
            "ci-joint notre dossier complet (fichier zip).\n\n"
            "Cordialement,\n"
            "Hélène Decroos")
    m = dict(key="t11", from_name="Hélène Decroos", from_addr=a["email"], date=when(11, 20, 47),
             subject="Dossier jardins partagés Caëstre", body=body, client="apple", lang="fr",
             attachments=[dict(filename="Dossier candidature Caëstre.zip", data=z, name_style="rfc2231")])
    return dict(key="t11", format="zip_bundle", language="fr", truth=truth(a), mail=m)


def t12():
    a = app("nl", [
        ("Podiumelementen en zitbanken (aankoop)", 2400),
        ("Kleine geluidsinstallatie", 1100),
        ("Communicatie", 600),
        ("4 zomerconcerten met buurtapero", 1500),
    ], own=1100,
        org="Harmonie Sint-Cecilia Poelkapelle vzw", contact="Geert Vanderhaeghe", role="secretaris",
        address="Stadenstraat 56", postcode="8920", postcode_disp="8920", muni="Poelkapelle", muni_disp="Poelkapelle",
        country="BE", phone="+32473551820", phone_disp="+32 (0)473 55 18 20", email="geert.vanderhaeghe@example.net",
        title="Zomerconcerten op het dorpsplein: muziek als ontmoetingsplek",
        desc=("Vier zomerconcerten op het dorpsplein, telkens gevolgd door een buurtapero. Met eigen podium- "
              "elementen en zitbanken die we daarna ook uitlenen aan andere verenigingen en buurtfeesten."),
        who="Harmonie, dorpsraad Poelkapelle, café De Zwaan, KWB, de school.",
        timing="juli-augustus 2020, voorbereiding vanaf september 2019")
    fm = lambda v: "€ " + money(v, "be")
    dx = docx_form(a, dict(fmt=fm, author="Geert", created=dt.datetime(2019, 6, 14, 20, 1)))
    x = build_xlsx(a, dict(budget_only=True, sheet2="Blad1", numfmt='#,##0.00 €', req_formula=True,
                           budget_title="Financiële planning zomerconcerten", creator="Geert"))
    ph = site_photo(1202, kind="square")
    z = write_zip([("Projectfiche Harmonie Poelkapelle.docx", dx),
                   ("Financiële planning.xlsx", x),
                   ("affiche zomerconcert 2018.jpg", ph)], utf8_flag=False, when=(2019, 6, 14, 20, 10, 30))
    body = ("Beste,\n\n"
            "zie bijlage.\n\n"
            "Geert")
    m = dict(key="t12", from_name="Geert Vanderhaeghe", from_addr=a["email"], date=when(14, 20, 14),
             subject="aanvraag harmonie Poelkapelle", body=body, client="outlook", lang="nl",
             attachments=[dict(filename="aanvraag_harmonie.zip", data=z, ctype="application/x-zip-compressed", name_style="plain")])
    return dict(key="t12", format="zip_bundle", language="nl", truth=truth(a), mail=m)


# ------------------------------------------------------------------ the ordinary post-bag

def t13():
    a = app("fr", [
        ("Animation d'ateliers intergénérationnels (intervenant)", 1500),
        ("Petit matériel (jeux, vaisselle, tables pliantes)", 1180),
        ("Transport des aînés (location de minibus)", 800),
        ("Repas de lancement", 500),
    ], own=480,
        org="Club des Aînés « Les Blés d'Or » de Quaëdypre", legal="association loi 1901",
        org_truth="Club des Aînés « Les Blés d'Or » de Quaëdypre (association loi 1901)",
        contact="Gérard Beun", role="président", address="3 chemin du Moulin Blanc", postcode="59380",
        postcode_disp="59380", muni="Quaëdypre", muni_disp="Quaëdypre", country="FR",
        phone="+33328687219", phone_disp="03 28 68 72 19", email="gerard.beun@example.net",
        title="Atelier intergénérationnel et repas mensuel au foyer",
        desc=("Chaque mois, un après-midi d'ateliers (jeux, cuisine, jardinage, informatique) réunissant les "
              "aînés du club et les enfants de l'accueil de loisirs, suivi d'un repas ouvert à tous les "
              "habitants au foyer rural."),
        who="Club des aînés, accueil de loisirs, mairie de Quaëdypre, bénévoles.")
    pdf = pdf_form(a, dict(fmt=lambda v: money(v, "frsp") + " €", acro=False, author="Gérard Beun", date="4 juin 2019",
                           creator="Microsoft® Word 2013", typed_font="Times-Roman", color="#7f6000",
                           signed="Gérard Beun, président"))
    body = ("Bonjour,\n\n"
            "Je vous fais parvenir notre fiche de candidature remplie.\n\n"
            "Meilleures salutations,\n"
            "Gérard Beun\n"
            "Président du Club des Aînés de Quaëdypre")
    m = dict(key="t13", from_name="Gérard Beun", from_addr=a["email"], date=when(4, 16, 25),
             subject="Fiche de candidature Club des Aînés Quaëdypre", body=body, client="orange", lang="fr",
             attachments=[dict(filename="fiche candidature aînés Quaëdypre.pdf", data=pdf, name_style="encword")])
    return dict(key="t13", format="pdf_form", language="fr", truth=truth(a), mail=m)


def t14():
    a = app("nl", [
        ("Ontwerp stiltetuin (tuinarchitect)", 2750),
        ("Meubilair koffiehoek", 2480),
        ("Plantgoed en tuinmateriaal", 1900),
        ("Keukentje (koffiemachine, kleine vaatwasser)", 870),
        ("Opening en buurtontbijt", 1250),
    ], own=1250,
        org="Parochiale werkgroep Geluwe", contact="Rita Vandewiele", role="coördinator werkgroep",
        address="Kerkplein 4", postcode="8940", postcode_disp="8940", muni="Geluwe", muni_disp="Geluwe",
        country="BE", phone="+3256512790", phone_disp="056/51.27.90", email="rita.vandewiele@example.com",
        title="De kerk als ontmoetingsplek: koffiehoek en stiltetuin",
        desc=("In de zijbeuk van de kerk richten we een koffiehoek in die elke dinsdag en zaterdag open is, en "
              "het verwaarloosde tuintje naast de kerk wordt een stiltetuin voor iedereen, gelovig of niet."),
        who="Parochieploeg, kerkfabriek, Ferm Geluwe, de seniorenraad, buren van het Kerkplein.",
        timing="september 2019 - mei 2020")
    fm = lambda v: "€ " + money(v, "be")
    dx = docx_form(a, dict(fmt=fm, author="Rita", created=dt.datetime(2019, 5, 30, 15, 12), font="Calibri"))
    body = ("Goedendag,\n\n"
            "Hierbij ons ingevulde formulier voor de projectoproep 'Maak werk van je buurt!'.\n\n"
            "Met vriendelijke groet,\n"
            "Rita Vandewiele\n"
            "Parochiale werkgroep Geluwe")
    m = dict(key="t14", from_name="Rita Vandewiele", from_addr=a["email"], date=when(30, 15, 40, month=5),
             subject="Formulier projectoproep - parochie Geluwe", body=body, client="thunderbird", lang="nl",
             attachments=[dict(filename="formulier Maak werk van je buurt Geluwe.docx", data=dx, name_style="rfc2231")])
    return dict(key="t14", format="docx_form", language="nl", truth=truth(a), mail=m)


def t15():
    a = app("fr", [
        ("Trois bancs", 2100),
        ("Kiosque d'échange (menuisier)", 1450),
        ("Apéritifs des voisins (2)", 700),
        ("Communication", 600),
    ], own=850, org="asbl Les Amis de Saint-Idesbald", contact="Jacques Dumont",
        address="Meeuwenlaan 18", postcode="8670", muni="Koksijde", country="BE",
        phone="+3258517340", email="jacques.dumont@example.com",
        title="Un kiosque d'échange et des bancs conviviaux à Saint-Idesbald")
    fm = lambda v: money(v, "be0") + " €"
    paras = [
        ("asbl Les Amis de Saint-Idesbald", "b"),
        ("Meeuwenlaan 18 - 8670 Koksijde\nTél. +32 58 51 73 40 - jacques.dumont@example.com", "sig"),
        ("", "blank"),
        ("Koksijde, le 1er juin 2019", "right"),
        ("", "blank"),
        ("Objet : appel à projets « Maak werk van je buurt ! »", "b"),
        ("Madame, Monsieur,", "sig"),
        ("Notre asbl rassemble depuis 1994 des habitants, francophones et néerlandophones, de Saint-Idesbald. "
         "Hors saison, le quartier se vide et les résidents permanents, souvent seuls, ont peu d'occasions de "
         "se rencontrer.", "p"),
        ("Nous souhaitons installer sur la petite place près de la chapelle un kiosque d'échange (livres, "
         "jeux, plantes) réalisé par un menuisier de la région et trois bancs, et y organiser deux apéritifs "
         "des voisins par an. Projet : Un kiosque d'échange et des bancs conviviaux à Saint-Idesbald.", "p"),
        ("Le coût total est de " + fm(a["total"]) + ". La participation de l'asbl s'élève à " + fm(a["own"])
         + " ; nous sollicitons dès lors une subvention de " + fm(a["requested"]) + ".", "p"),
        ("En vous remerciant de l'attention portée à notre demande, je vous prie d'agréer, Madame, Monsieur, "
         "mes salutations distinguées.", "p"),
        ("", "blank"),
        ("Jacques Dumont\nPrésident", "sig"),
    ]
    dx = docx_letter(paras, "Jacques Dumont", dt.datetime(2019, 6, 1, 11, 20), font="Cambria", size=11)
    body = ("Madame, Monsieur,\n\n"
            "Veuillez trouver en annexe la lettre de candidature de notre asbl.\n\n"
            "Bien à vous,\n"
            "Jacques Dumont")
    m = dict(key="t15", from_name="Jacques Dumont", from_addr=a["email"], date=when(1, 11, 34),
             subject="Candidature asbl Les Amis de Saint-Idesbald", body=body, client="outlook_web", lang="fr",
             attachments=[dict(filename="Lettre candidature Amis de St-Idesbald.docx", data=dx, name_style="plain")])
    return dict(key="t15", format="docx_letter", language="fr", truth=truth(a), mail=m)


def t16():
    a = app("nl", [
        ("Onderzoek en teksten (historicus)", 1800),
        ("6 infoborden", 2700),
        ("3 verhalenavonden met bewoners", 900),
        ("Wandelfolder", 600),
        ("Inwandeling", 450),
    ], own=450, org="Heemkundige Kring Handzame vzw", contact="Luc Vanhaecke",
        address="Stationsstraat 31", postcode="8610", muni="Handzame", country="BE",
        phone="+3251567308", email="luc.vanhaecke@example.net",
        title="Erfgoedwandeling Handzame: infoborden en verhalenavonden")
    fm = lambda v: "€ " + money(v, "be")
    paras = [
        ("Stationsstraat 31\n8610 Handzame\ntel. 051 56 73 08", "right"),
        ("", "blank"),
        ("Aan de projectcoördinator Partons 2.0\nProvincie West-Vlaanderen", "sig"),
        ("", "blank"),
        ("Handzame, 9 juni 2019", "sig"),
        ("Betreft: Erfgoedwandeling Handzame: infoborden en verhalenavonden", "b"),
        ("Geachte,", "sig"),
        ("De Heemkundige Kring Handzame vzw wil samen met de inwoners het verhaal van ons dorp zichtbaar maken. "
         "Op drie verhalenavonden verzamelen we herinneringen van oudere inwoners aan het station, de "
         "vlasbewerking en de kasteelhoeve. Een historicus werkt die uit tot teksten voor zes infoborden langs "
         "een wandeling door het dorp, met een wandelfolder. We sluiten af met een inwandeling voor alle "
         "inwoners.", "p"),
        ("De totale kostprijs bedraagt " + fm(a["total"]) + ". De kring brengt zelf " + fm(a["own"])
         + " in. Wij vragen u een steun van " + fm(a["requested"]) + ".", "p"),
        ("Detail: onderzoek en teksten " + fm(1800) + "; infoborden " + fm(2700) + "; verhalenavonden "
         + fm(900) + "; wandelfolder " + fm(600) + "; inwandeling " + fm(450) + ".", "p"),
        ("Met vriendelijke groeten,", "sig"),
        ("", "blank"),
        ("Luc Vanhaecke\nvoorzitter Heemkundige Kring Handzame vzw", "sig"),
    ]
    pdf = pdf_letter(paras, "Luc Vanhaecke", "Brief projectoproep", font="Helvetica", bold="Helvetica-Bold", size=10.5,
                     letterhead=("Heemkundige Kring Handzame vzw", ["opgericht 1978"]))
    body = ("Beste,\n\n"
            "In bijlage onze aanvraagbrief voor de projectoproep.\n\n"
            "Met vriendelijke groeten,\n"
            "Luc Vanhaecke")
    m = dict(key="t16", from_name="Luc Vanhaecke", from_addr=a["email"], date=when(9, 19, 5),
             subject="Aanvraag Heemkundige Kring Handzame", body=body, client="gmail", lang="nl",
             attachments=[dict(filename="brief_partons_heemkring.pdf", data=pdf, name_style="plain")])
    return dict(key="t16", format="pdf_letter", language="nl", truth=truth(a), mail=m)


def t17():
    a = app("fr", [
        ("Plan du jardin avec un paysagiste", 1600),
        ("Bacs, outils, bancs", 2400),
        ("Ateliers parents-enfants-aînés", 1200),
        ("Fête d'ouverture", 1000),
    ], own=1200, org="Foyer rural d'Arnèke", org_truth="Foyer rural d'Arnèke (association loi 1901)",
        contact="Yves Deswarte", address="10 rue de Cassel", postcode="59285", muni="Arnèke", country="FR",
        phone="+33683175209", email="yves.deswarte@example.com", title="Jardin des générations au foyer rural")
    quote = ("----- Mail original -----\n"
             "De: \"Coordinateur Partons 2.0\" <coordinator@example.org>\n"
             "À: \"Yves Deswarte\" <yves.deswarte@example.com>\n"
             "Envoyé: Mardi 28 Mai 2019 09:47:12\n"
             "Objet: RE: question appel à projets\n\n"
             "Bonjour Monsieur Deswarte,\n\n"
             "Oui, les associations loi 1901 peuvent tout à fait déposer un projet. Il suffit de nous envoyer "
             "par courriel une description du projet, le budget prévu et les coordonnées d'une personne de "
             "contact, avant le 16 juin.\n\n"
             "Bien cordialement,\n\n"
             "Coordinateur Partons 2.0\n"
             "Provincie West-Vlaanderen\n"
             "+32 51 26 00 00\n")
    body = ("Bonjour,\n\n"
            "Merci pour votre réponse rapide. Voici donc notre projet.\n\n"
            "Association : Foyer rural d'Arnèke (association loi 1901)\n"
            "Contact : Yves Deswarte, vice-président\n"
            "Adresse : 10 rue de Cassel, 59285 Arnèke\n"
            "Tél : 06 83 17 52 09\n\n"
            "Projet : Jardin des générations au foyer rural\n"
            "Le terrain derrière le foyer rural deviendra un jardin où les enfants de l'accueil périscolaire et "
            "les aînés du village jardineront ensemble, avec des bancs pour se poser et discuter. Un paysagiste "
            "dessinera le jardin avec eux.\n\n"
            "Budget total : 6 200 €\n"
            "(plan 1 600 €, bacs, outils et bancs 2 400 €, ateliers 1 200 €, fête d'ouverture 1 000 €)\n"
            "Autofinancement : 1 200 €\n"
            "Montant sollicité : 5 000 €\n\n"
            "Cordialement,\n"
            "Yves Deswarte\n\n"
            + quote)
    m = dict(key="t17", from_name="Yves Deswarte", from_addr=a["email"], date=when(3, 8, 58),
             subject="Re: RE: question appel à projets", body=body, client="laposte", lang="fr", alt=False,
             in_reply_to="<1208834716.2291.1559029632118@example.org>")
    return dict(key="t17", format="body_plain", language="fr", truth=truth(a), mail=m)


def t18():
    a = app("nl", [
        ("5 rustbanken langs de grensroute", 2250),
        ("Wandelkaart (ontwerp en druk)", 850),
        ("Eerste grenswandeling met picknick", 500),
    ], org="De Grensstappers", contact="Kathleen Verstraete",
        address="14 rue de Watou", postcode="59470", muni="Houtkerque", country="FR",
        phone="+33632901475", email="kathleen.verstraete@example.net",
        title="Grensbanken: rustbanken en een wandelkaart tussen Houtkerque en Watou")
    body = ("Dag,\n\n"
            "Ik ben Vlaamse maar woon al twaalf jaar in Houtkerque, net over de grens. Met een groep buren, "
            "Fransen en Vlamingen, wandelen we elke zondag samen: we noemen ons De Grensstappers.\n\n"
            "Ons idee: Grensbanken: rustbanken en een wandelkaart tussen Houtkerque en Watou. Vijf rustbanken "
            "langs de wandelroute tussen de twee dorpen, zodat ook oudere mensen de wandeling aankunnen, en een "
            "tweetalige wandelkaart. Als start organiseren we een grenswandeling met picknick voor de inwoners "
            "van beide dorpen.\n\n"
            "Kosten: banken 2.250 euro, kaart 850 euro, wandeling met picknick 500 euro. Totaal 3.600 euro. We "
            "hebben zelf geen kas, dus we vragen het volledige bedrag van 3.600 euro.\n\n"
            "Groeten,\n"
            "Kathleen Verstraete\n"
            "14 rue de Watou\n"
            "59470 Houtkerque (Frankrijk)\n"
            "+33 6 32 90 14 75\n\n"
            "Verstuurd vanaf mijn iPhone")
    m = dict(key="t18", from_name="Kathleen Verstraete", from_addr=a["email"], date=when(15, 21, 26),
             subject="Projectidee grensbanken Houtkerque-Watou", body=body, client="iphone", lang="nl")
    return dict(key="t18", format="body_plain", language="nl", truth=truth(a), mail=m)


def t19():
    a = app("nl", [
        ("Gereedschap en werkbanken", 2150),
        ("Twee naaimachines", 640),
        ("Participatiemoment en enquête", 900),
        ("Communicatie", 460),
        ("Opening en eerste herstelcafé", 1000),
    ], own=650, org="Herstelcafé Oostduinkerke", org_truth="Herstelcafé Oostduinkerke (feitelijke vereniging)",
        contact="Dirk Vermeulen", address="Schuilhavenlaan 22", postcode="8670", muni="Oostduinkerke",
        country="BE", phone="+32486934127", email="dirk.vermeulen@example.com",
        title="Herstelcafé Oostduinkerke: samen repareren, samen babbelen")
    cid = "image001.jpg@01D5207C.91B4E2A0"
    row = lambda lab, v, b=False: (f'<tr><td style="padding:1pt 8pt 1pt 0">{"<b>" if b else ""}{lab}{"</b>" if b else ""}</td>'
                                   f'<td style="padding:1pt 0;text-align:right">{"<b>" if b else ""}€&nbsp;{money(v, "be")}{"</b>" if b else ""}</td></tr>\r\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="NL-BE"><div style="font-family:Verdana,sans-serif;font-size:10pt">\r\n'
            '<p>Beste projectcoördinator,</p>\r\n'
            '<p>Met een groep van zes handige vrijwilligers (feitelijke vereniging) willen we in Oostduinkerke een '
            'maandelijks <b>herstelcafé</b> opstarten. Ons project: <i>Herstelcafé Oostduinkerke: samen repareren, samen babbelen</i>.</p>\r\n'
            '<p>Eén zaterdag per maand kan iedereen in de zaal van het dienstencentrum kapotte spullen laten herstellen: '
            'fietsen, kleren, lampen, kleine toestellen. Terwijl er gerepareerd wordt, drinken bewoners samen koffie. '
            'Zo willen we vooral alleenstaande ouderen en nieuwe inwoners met elkaar in contact brengen.</p>\r\n'
            '<p><u>Begroting</u></p>\r\n<table style="border-collapse:collapse;font-family:Verdana;font-size:10pt">\r\n'
            + "".join(row(lab, v) for lab, v in a["lines"])
            + row("Totaal", a["total"], True) + row("Eigen inbreng (giften, koffiepot)", a["own"]) + row("Gevraagde steun", a["requested"], True)
            + '</table>\r\n'
            '<p>Met vriendelijke groeten,</p>\r\n'
            '<p><b>Dirk Vermeulen</b><br>Herstelcafé Oostduinkerke<br>Schuilhavenlaan 22, 8670 Oostduinkerke<br>'
            'gsm 0486 93 41 27</p>\r\n'
            f'<p><img src="cid:{cid}" width="120" height="42"></p>\r\n</div></body></html>')
    text = ("Beste projectcoördinator,\n\n"
            "Met een groep van zes handige vrijwilligers (feitelijke vereniging) willen we in Oostduinkerke een "
            "maandelijks herstelcafé opstarten. Ons project: Herstelcafé Oostduinkerke: samen repareren, samen babbelen.\n\n"
            "Eén zaterdag per maand kan iedereen in de zaal van het dienstencentrum kapotte spullen laten herstellen: "
            "fietsen, kleren, lampen, kleine toestellen. Terwijl er gerepareerd wordt, drinken bewoners samen koffie. "
            "Zo willen we vooral alleenstaande ouderen en nieuwe inwoners met elkaar in contact brengen.\n\n"
            "Begroting\n\n"
            + "".join(f"{lab}\t€ {money(v, 'be')}\n" for lab, v in a["lines"])
            + f"Totaal\t€ {money(a['total'], 'be')}\nEigen inbreng (giften, koffiepot)\t€ {money(a['own'], 'be')}\n"
            f"Gevraagde steun\t€ {money(a['requested'], 'be')}\n\n"
            "Met vriendelijke groeten,\n\n"
            "Dirk Vermeulen\nHerstelcafé Oostduinkerke\nSchuilhavenlaan 22, 8670 Oostduinkerke\ngsm 0486 93 41 27\n\n"
            f"[cid:{cid}]")
    import io
    from PIL import Image
    lg = Image.open(io.BytesIO(logo_png("Herstelcafé", "Oostduinkerke", color=(197, 90, 17)))).convert("RGB")
    b = io.BytesIO()
    lg.save(b, "JPEG", quality=85)
    m = dict(key="t19", from_name="Dirk Vermeulen", from_addr=a["email"], date=when(6, 19, 44),
             subject="Projectidee: Herstelcafé Oostduinkerke", body=text, html=html, client="outlook", lang="nl",
             inline=[dict(filename="image001.jpg", data=b.getvalue(), cid=cid, name_style="plain")])
    return dict(key="t19", format="body_html", language="nl", truth=truth(a), mail=m)


def t20():
    a = app("fr", [
        ("Étude et conception du sentier (paysagiste)", 1800),
        ("Panneaux et balisage", 1350),
        ("Dépliants", 650),
        ("Journée de découverte", 600),
    ], own=400, org="Terdeghem Patrimoine et Nature", org_truth="Terdeghem Patrimoine et Nature (association loi 1901)",
        contact="Odile Vandamme", address="2 rue des Meuniers", postcode="59114", muni="Terdeghem", country="FR",
        phone="+33328481136", email="odile.vandamme@example.net", title="Sentier du patrimoine de Terdeghem")
    fm = lambda v: money(v, "frsp") + " €"
    tab = [(lab, fm(v)) for lab, v in a["lines"]]
    tab += [("*TOTAL", fm(a["total"])), ("Apport de l'association", fm(a["own"])), ("*SUBVENTION SOLLICITÉE", fm(a["requested"]))]
    lines = [
        ("Terdeghem Patrimoine et Nature", "head"),
        ("Association loi 1901 - 2 rue des Meuniers - 59114 Terdeghem - 03 28 48 11 36", "small"),
        ("", "blank"), ("", "blank"),
        ("Monsieur le coordinateur du projet Partons 2.0\nProvince de Flandre occidentale", "right"),
        ("", "blank"),
        ("Terdeghem, le 5 juin 2019", "right"),
        ("", "blank"),
        ("Objet : candidature - Sentier du patrimoine de Terdeghem", "b"),
        ("", "blank"),
        ("Monsieur,", "sig"),
        ("", "blank"),
        ("Notre association souhaite créer, avec les habitants, un sentier de découverte reliant le moulin, "
         "l'église, les fermes flamandes et les anciens chemins de Terdeghem. Les habitants seront invités à "
         "choisir les étapes et à raconter l'histoire des lieux ; un paysagiste concevra le tracé et les "
         "panneaux. Une journée de découverte ouvrira le sentier au public.", "p"),
        ("", "blank"),
        ("Budget prévisionnel :", "b"),
        (tab, "table"),
        ("", "blank"),
        ("Personne de contact : Odile Vandamme, secrétaire, odile.vandamme@example.net", "sig"),
        ("", "blank"),
        ("Veuillez agréer, Monsieur, nos salutations distinguées.", "sig"),
        ("", "blank"), ("", "blank"),
        ("Odile Vandamme", "sig"),
    ]
    page = render_page(lines)
    j = scan_jpeg(page, 2002, angle=0.7, quality=66, paper=236)
    pdf = jpeg_pdf([j], "t20", producer="HP Scan")
    text_drawn = [t for t, k in lines if k != "table"] + [x for row in tab for x in row]
    body = ("Bonjour,\n\n"
            "Veuillez trouver ci-joint notre courrier de candidature signé.\n\n"
            "Cordialement\n"
            "Odile Vandamme")
    m = dict(key="t20", from_name="Odile Vandamme", from_addr=a["email"], date=when(6, 14, 38),
             subject="Candidature sentier du patrimoine Terdeghem", body=body, client="orange", lang="fr",
             attachments=[dict(filename="Numérisation_20190606.pdf", data=pdf, name_style="encword")])
    return dict(key="t20", format="scan_pdf", language="fr", truth=truth(a), mail=m, image_text=text_drawn)


def t21():
    a = app("nl", [("(enkel totaal)", 2450)], own=250,
            org="Buurtcomité Sint-Juliaan", contact="Noël Declercq",
            address="Poelkapellestraat 3", postcode="8920", muni="Sint-Juliaan", country="BE",
            phone="+32475621893", email="noel.declercq@example.net",
            title="Buurtfeest en zitbanken op het pleintje")
    fields = [
        ("Naam vereniging / groep:", "Buurtcomité Sint-Juliaan", 1),
        ("Contactpersoon:", "Noël Declercq", 1),
        ("Adres:", "Poelkapellestraat 3", 1),
        ("Postcode en gemeente:", "8920 Sint-Juliaan", 1),
        ("Telefoon / gsm:", "0475/62.18.93", 1),
        ("E-mail:", "noel.declercq@example.net", 1),
        ("Titel van het project:", "Buurtfeest en zitbanken op het pleintje", 2),
        ("Korte omschrijving:", "Drie zitbanken en een picknicktafel op het pleintje aan de kerk, ingehuldigd met "
                                "een buurtfeest voor jong en oud.", 3),
        ("Totale kostprijs:", "€ 2.450", 1),
        ("Eigen inbreng:", "€ 250", 1),
        ("Gevraagd bedrag:", "€ 2.200", 1),
        ("Datum en handtekening:", "12/6/19  N. Declercq", 1),
    ]
    page = hand_form(fields, ["AANVRAAGFORMULIER PROJECTIDEE", "Maak werk van je buurt! - Partons 2.0",
                              "Indienen voor 16 juni 2019"], HAND_DELICIOUS, 2101, ink=(30, 30, 40), scale=1.08)
    ph = phone_photo(page, 2101, orientation=6, exif_model=("samsung", "SM-A520F"), when="2019:06:12 18:44:55",
                     quality=72)
    body = ("Hallo, hierbij ons formulier. Groeten Noël\n\n"
            "Verzonden vanaf mijn Samsung Galaxy-smartphone.")
    m = dict(key="t21", from_name="Noël Declercq", from_addr=a["email"], date=when(12, 18, 47),
             subject="formulier buurtcomité", body=body, client="samsung", lang="nl",
             attachments=[dict(filename="20190612_184455.jpg", data=ph, name_style="plain")])
    return dict(key="t21", format="photo", language="nl", truth=truth(a), mail=m,
                image_text=[f[1] for f in fields])


ALL = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21]
