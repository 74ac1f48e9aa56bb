# -*- coding: utf-8 -*-
"""The 40 invented applications of corpus 18 ("an ordinary post-bag").

Every person, association, street, phone number and e-mail address here is
invented.  Villages and postcodes are real.  Amounts are numbers; the way they
are written is chosen by `amt` (see build.py), so truth and text cannot drift.

mode: which amounts the applicant writes
  req_total      request and total
  req_total_own  request, total and own contribution
  total_own      only total and own contribution (request = total - own)
  req_only       only the request
"""

COORD = "coordinator@example.org"

R = []


def rec(**kw):
    kw.setdefault("extra", {})
    kw.setdefault("org", None)
    kw.setdefault("email", None)
    kw.setdefault("phone", None)
    kw.setdefault("street", None)
    kw.setdefault("pc", None)
    kw.setdefault("town", None)
    kw.setdefault("total", None)
    kw.setdefault("own", None)
    kw.setdefault("req", None)
    kw.setdefault("name_w", None)
    kw.setdefault("cover", None)
    kw.setdefault("attach", None)
    R.append(kw)


# ---------------------------------------------------------------- dev half
rec(id="d01", half="dev", fmt="pdf_form", lang="nl",
    org="Dorpsraad Westouter vzw", first="Griet", last="Vanneste",
    email="griet.vanneste@example.net", from_name="Griet Vanneste", from_addr="griet.vanneste@example.net",
    phone="+32478215590", phone_style="slash", street="Zwaluwstraat 12", pc="8954", town="Westouter", country="BE",
    title="Ontmoetingsplek in de oude pastorietuin", req=9500, total=12800, mode="req_total", amt_style="be_eur",
    desc="De pastorietuin ligt er al jaren verwaarloosd bij. Met de buren willen we er een ontmoetingsplek van maken: "
         "een paar banken, een pergola, een kleine speelhoek en een kast waar iedereen boeken of zaden kan ruilen.",
    subject="Projectidee dorpsraad Westouter - Maak werk van je buurt",
    cover="Beste,\n\nIn bijlage vindt u het ingevulde aanvraagformulier van de dorpsraad van Westouter "
          "voor de projectenoproep 'Maak werk van je buurt!'.\nWij kijken uit naar uw antwoord.\n\n"
          "Met vriendelijke groeten,\nGriet Vanneste\nsecretaris dorpsraad",
    date=(2019, 6, 3, 20, 41), charset="utf-8", cte="quoted-printable", attach="aanvraag_dorpsraad_westouter.pdf",
    extra={"variant": "left", "widgets": ["txtVereniging", "txtContact", "txtMail", "txtTel", "txtStraat",
                                            "txtPostcode", "txtGemeente", "txtTitel", "txtBedrag", "txtTotaal", "txtOmschrijving"]})

rec(id="d02", half="dev", fmt="pdf_form", lang="fr",
    org="Comité des fêtes de Houtkerque", first="Bernard", last="Lefebvre", name_w="LEFEBVRE Bernard",
    email="comitefetes.houtkerque@example.org", from_name="Bernard Lefebvre", from_addr="b.lefebvre59@example.net",
    phone="+33328425517", phone_style="fr_sp", street="3 bis, rue des Tilleuls", pc="59470", town="Houtkerque", country="FR",
    title="Un marché de producteurs sur la place, un dimanche par mois", req=7800, total=10400, mode="req_total",
    amt_style="fr_dec",
    desc="Nous voulons relancer un petit marché de producteurs locaux (fromages, légumes, bière, pain) avec une "
         "buvette tenue par les bénévoles et un coin pour les enfants. Achat de barnums, tables et signalétique.",
    subject="Candidature Partons 2.0 – comité des fêtes",
    cover="Bonjour Monsieur,\n\nVeuillez trouver ci-joint notre formulaire de candidature pour l'appel à projets "
          "« Partons 2.0 ».\nN'hésitez pas à me contacter pour toute question.\n\nBien cordialement,\n"
          "Bernard Lefebvre\nPrésident du comité des fêtes",
    date=(2019, 5, 22, 9, 12), charset="iso-8859-1", cte="quoted-printable", attach="formulaire_candidature.pdf",
    extra={"variant": "above", "widgets": ["Nom_asso", "nom_prenom", "courriel", "telephone", "adresse", "cp",
                                             "commune", "intitule", "montant_demande", "cout_total", "resume"]})

rec(id="d03", half="dev", fmt="docx_form", lang="nl",
    org="Oudercomité VBS De Zonnebloem", first="Sofie", last="Debruyne",
    email="oudercomite.zonnebloem@example.org", from_name="Sofie Debruyne", from_addr="sofie.debruyne@example.com",
    phone="+32486307142", phone_style="spaces", street="Noordstraat 41", pc="8647", town="Reninge", country="BE",
    title="Veilige schoolroute en speelstraat", req=6250, total=8100, own=1850, mode="req_total_own", amt_style="be_dash",
    desc="Elke ochtend is het gevaarlijk aan de schoolpoort. Samen met buurtbewoners en de gemeente willen we een "
         "veilige route uittekenen, paaltjes en fietsenrekken plaatsen en in de zomer een speelstraat organiseren.",
    subject="aanvraag oudercomité Zonnebloem Reninge",
    cover="Dag Jo,\n\nzoals beloofd op de infoavond: hierbij onze aanvraag. Het formulier zit in bijlage (Word).\n\n"
          "Groetjes,\nSofie (oudercomité)",
    date=(2019, 6, 11, 22, 5), charset="utf-8", cte="8bit", attach="Aanvraag oudercomite Zonnebloem.docx",
    extra={"variant": "table"})

rec(id="d04", half="dev", fmt="docx_form", lang="fr",
    org="Les Jardins partagés de Bailleul", first="Nadia", last="Bouchez",
    email="jardins.bailleul@example.com", from_name="Jardins partagés Bailleul", from_addr="jardins.bailleul@example.com",
    phone="+33645128803", phone_style="fr_dot", street="27, rue des Glycines", pc="59270", town="Bailleul", country="FR",
    title="Potager collectif du quartier de la gare", req=5400, total=6900, mode="req_total", amt_style="fr_nodec",
    desc="Un terrain de 600 m² nous est prêté par un bailleur social. Nous voulons y créer un potager collectif "
         "avec des bacs surélevés accessibles aux personnes âgées, un abri à outils et un récupérateur d'eau.",
    subject="Dossier Jardins partagés – Partons 2.0",
    cover="Madame, Monsieur,\n\nVous trouverez en pièce jointe le dossier de notre association.\n\n"
          "Cordialement,\nNadia Bouchez",
    date=(2019, 5, 29, 14, 30), charset="utf-8", cte="base64", attach="Dossier_Jardins_partagés.docx",
    extra={"variant": "controls"})

rec(id="d05", half="dev", fmt="odt_form", lang="nl",
    org="Jeugdhuis 't Kruispunt", first="Thomas", last="Lermytte",
    email="info.kruispunt@example.org", from_name="Jeugdhuis 't Kruispunt", from_addr="info.kruispunt@example.org",
    phone="+32476901234", phone_style="plain", street="Kapelleweg 3", pc="8640", town="Westvleteren", country="BE",
    title="Buurtbus voor minder mobiele ouderen", req=8000, total=11250, mode="req_total", amt_style="sp_eur",
    desc="Jongeren van het jeugdhuis rijden op woensdag en zaterdag met een gedeelde minibus oudere dorpsgenoten "
         "naar de markt, de dokter of familie. We zoeken geld voor verzekering, brandstof en een opleiding.",
    subject="Project Buurtbus Westvleteren",
    cover="Hallo,\n\nin bijlage het formulier van ons jeugdhuis (OpenOffice-bestand).\n\nThomas\n"
          "voorzitter Jeugdhuis 't Kruispunt",
    date=(2019, 6, 14, 17, 55), charset="iso-8859-1", cte="8bit", attach="kruispunt_buurtbus.odt",
    extra={"variant": "table"})

rec(id="d06", half="dev", fmt="xlsx_form", lang="fr",
    org="Commune de Killem", first="Jean-Marc", last="Decroos",
    email="accueil.mairie-killem@example.org", from_name="Mairie de Killem", from_addr="accueil.mairie-killem@example.org",
    phone="+33328681234", phone_style="fr_sp", street="2 place Saint-Michel", pc="59122", town="Killem", country="FR",
    title="Tiers-lieu dans l'ancienne école", total=13500, own=3500, mode="total_own", amt_style="fr_dec",
    desc="Transformer deux classes de l'ancienne école en tiers-lieu : espace de télétravail, point lecture et "
         "café associatif animé par les habitants.",
    budget=[("Étude de faisabilité (architecte)", 4500), ("Mobilier (tables, chaises)", 3800),
            ("Matériel informatique et connexion", 2700), ("Animation de la concertation", 1500),
            ("Communication", 1000)],
    subject="Appel à projets Partons 2.0 - Commune de Killem",
    cover="Madame, Monsieur,\n\nPar la présente, la commune de Killem a l'honneur de vous transmettre sa fiche "
          "projet (tableur ci-joint).\nNous restons à votre disposition pour une visite sur place.\n\n"
          "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
          "Jean-Marc Decroos\nAdjoint au maire",
    date=(2019, 6, 7, 11, 2), charset="utf-8", cte="quoted-printable", attach="fiche_projet_killem.xlsx",
    extra={})

rec(id="d07", half="dev", fmt="docx_letter", lang="fr",
    first="Monique", last="Vandaele",
    email="monique.vandaele@example.net", from_name="Monique Vandaele", from_addr="monique.vandaele@example.net",
    phone="+33671224390", phone_style="fr_sp", street="18, chemin du Vieux Moulin", pc="59114", town="Steenvoorde",
    country="FR",
    title="Création d'un réseau de voisins-relais dans le hameau", req=3500, mode="req_only", amt_style="fr_nodec",
    extra={"words": True},
    desc="Je suis retraitée et j'habite un hameau où beaucoup de personnes âgées vivent seules. Avec quelques "
         "voisins, nous aimerions organiser un réseau de « voisins-relais » : une personne de contact par rue, "
         "un petit carnet d'adresses, des visites et un goûter mensuel dans la salle paroissiale.",
    subject="Projet voisins-relais",
    cover="Bonjour,\nje vous envoie ma lettre en pièce jointe.\nMerci d'avance,\nMonique Vandaele",
    date=(2019, 5, 3, 10, 18), charset="iso-8859-1", cte="8bit", attach="lettre voisins relais.docx")

rec(id="d08", half="dev", fmt="pdf_letter", lang="nl",
    org="Gemeente Alveringem", first="Katrien", last="Decock",
    email="katrien.decock@example.org", from_name="Secretariaat gemeente", from_addr="secretariaat@example.org",
    phone="+3258284170", phone_style="spaces", street="Eikhofstraat 20", pc="8690", town="Alveringem", country="BE",
    title="Dorpsboomgaard en picknickweide aan de pastorie", req=10000, total=14600, own=4600,
    mode="req_total_own", amt_style="be_dec",
    desc="Op een gemeentelijk perceel naast de pastorie willen we samen met de bewoners een hoogstamboomgaard met "
         "oude fruitrassen aanplanten, met een picknickweide en een jaarlijkse plukdag.",
    subject="Kandidatuur gemeente Alveringem - projectenoproep Partons 2.0",
    cover="Geachte,\n\nIn opdracht van schepen Decock bezorgen wij u hierbij de kandidatuur van de gemeente "
          "Alveringem.\n\nMet vriendelijke groet,\nHet secretariaat",
    date=(2019, 6, 13, 15, 47), charset="utf-8", cte="quoted-printable", attach="kandidatuur_Alveringem.pdf",
    extra={"role": "schepen van Landbouw en Plattelandsbeleid"})

rec(id="d09", half="dev", fmt="rtf", lang="fr",
    org="Union Sportive Esquelbecq", first="Kévin", last="Deswarte",
    email="us.esquelbecq@example.com", from_name="Kévin Deswarte", from_addr="kevin.deswarte@example.net",
    phone="+33687345612", phone_style="fr_sp", street="5 rue des Peupliers", pc="59470", town="Esquelbecq", country="FR",
    title="Un city-stade ouvert à tous les enfants du village", req=9000, total=25000, mode="req_total",
    amt_style="fr_eur_word",
    desc="Notre club compte 140 licenciés. Nous voulons aménager, avec la commune, un city-stade en accès libre "
         "près de la salle des sports, et organiser des tournois inter-quartiers animés par nos éducateurs.",
    subject="Candidature US Esquelbecq",
    cover="Bonsoir,\n\nCi-joint la lettre de candidature du club (format RTF).\n\nSportivement,\nKévin Deswarte\n"
          "Secrétaire US Esquelbecq",
    date=(2019, 6, 10, 21, 33), charset="utf-8", cte="8bit", attach="candidature_US_Esquelbecq.rtf",
    extra={"role": "Secrétaire", "letterhead": True})

rec(id="d10", half="dev", fmt="body_plain", lang="nl",
    first="Pieter", last="Dewulf", from_name="Pieter Dewulf", from_addr="P.Dewulf@Example.net",
    phone="+32497332108", phone_style="spaces", street="Lindenlaan 9", pc="8956", town="Kemmel", country="BE",
    title="Buurtmoestuin aan de Lindenlaan", req=2500, mode="req_only", amt_style="plain_euro",
    subject="idee voor de projectenoproep",
    date=(2019, 4, 26, 8, 14), charset="utf-8", cte="8bit",
    extra={"kind": "short"})

rec(id="d11", half="dev", fmt="body_plain", lang="nl",
    org="vzw Buurtwerking Sint-Jan", first="Hilde", last="Lambrecht",
    email="hilde.lambrecht@example.com", from_name="Hilde Lambrecht", from_addr="hilde.lambrecht@example.com",
    phone="+32473556677", phone_style="intl", street="Zonnebloemlaan 14 bus 2", pc="8900", town="Ieper", country="BE",
    title="Straatmeesters in de wijk Sint-Jan", req=6500, total=7450, own=950, mode="req_total_own", amt_style="be_nodec",
    desc="In elke straat van de wijk willen we een straatmeester: iemand die de buren kent, nieuwe bewoners "
         "verwelkomt en mensen doorverwijst. We organiseren drie buurtavonden en een opleiding voor de vrijwilligers.",
    subject="Re: vraag over de projectenoproep Maak werk van je buurt",
    date=(2019, 5, 17, 19, 26), charset="utf-8", cte="quoted-printable",
    extra={"kind": "reply"})

rec(id="d12", half="dev", fmt="body_html", lang="fr",
    org="Bergues Patrimoine Vivant", first="Claire", last="Hennebelle",
    from_name="Claire Hennebelle", from_addr="claire.hennebelle@example.org",
    phone="+33328654012", phone_style="fr_intl", street="11 rue des Arbalétriers", pc="59380", town="Bergues",
    country="FR",
    title="Restauration participative du lavoir", req=4750.50, total=6200, mode="req_total", amt_style="fr_dec",
    desc="Le vieux lavoir au bord du canal se dégrade. Nous proposons des chantiers participatifs le samedi, "
         "encadrés par un tailleur de pierre, avec les écoles et les habitants, puis une fête de l'eau.",
    subject="Projet lavoir – association Bergues Patrimoine Vivant",
    date=(2019, 6, 4, 18, 0), charset="utf-8", cte="quoted-printable",
    extra={"kind": "html_only"})

rec(id="d13", half="dev", fmt="body_html", lang="nl",
    org="Petanqueclub De Boule Zillebeke", first="Rik", last="Vandromme",
    email="deboule.zillebeke@example.net", from_name="Rik Vandromme", from_addr="rik.vandromme@example.net",
    phone="+3257361290", phone_style="slash", street="Vijverweg 5", pc="8902", town="Zillebeke", country="BE",
    title="Overdekte petanquebanen als ontmoetingsplek", req=8750, total=11000, mode="req_total", amt_style="be_nodec_eur",
    desc="Onze club telt vooral gepensioneerden, maar iedereen is welkom. Met een overkapping boven twee banen en "
         "een paar tafels kunnen we het hele jaar door spelen en er ook buurtactiviteiten organiseren.",
    subject="Aanvraag Partons 2.0 petanqueclub",
    date=(2019, 6, 15, 23, 40), charset="iso-8859-1", cte="quoted-printable",
    extra={"kind": "alternative"})

rec(id="d14", half="dev", fmt="scan_pdf", lang="fr",
    org="École Saint-Joseph", first="Anne-Sophie", last="Verhaeghe",
    email="ecole.stjoseph.hondschoote@example.org", from_name="Secrétariat École Saint-Joseph",
    from_addr="secretariat.stjoseph@example.org",
    phone="+33328683011", phone_style="fr_sp", street="22 rue des Écoles", pc="59122", town="Hondschoote", country="FR",
    title="Une cour d'école végétalisée ouverte au quartier", req=8500, total=12000, mode="req_total", amt_style="fr_nodec",
    desc="Notre cour est entièrement goudronnée. Avec les parents, les enfants et les voisins, nous voulons la "
         "végétaliser (arbres, potager, mare) et l'ouvrir aux familles du quartier le mercredi et le week-end.",
    subject="candidature école Saint-Joseph (scan)",
    cover="Bonjour,\n\nVous trouverez ci-joint le courrier signé de Mme Verhaeghe, directrice.\n\n"
          "Le secrétariat",
    date=(2019, 6, 12, 9, 40), charset="utf-8", cte="quoted-printable", attach="courrier_signe.pdf",
    extra={"kind": "typed_letter", "role": "Directrice"})

rec(id="d15", half="dev", fmt="scan_pdf", lang="nl",
    org="Landelijke Gilde Proven", first="Wim", last="Ryckewaert",
    email="wim.ryckewaert@example.com", from_name="wim ryckewaert", from_addr="wim.ryckewaert@example.com",
    phone="+32472189034", phone_style="slash", street="Hoogweg 33", pc="8972", town="Proven", country="BE",
    title="Boerenmarkt op het dorpsplein", req=6000, total=9250, mode="req_total", amt_style="be_dec_eur",
    desc="Vier keer per jaar een boerenmarkt met producten van boeren uit Proven en omgeving, met muziek en een "
         "bar van de Gilde. We kopen marktkramen en laten een logo en affiches maken.",
    subject="zie bijlage", cover="zie bijlage\n\nWim",
    date=(2019, 6, 15, 12, 3), charset="utf-8", cte="8bit", attach="scan0001.pdf",
    extra={"kind": "typed_form"})

rec(id="d16", half="dev", fmt="scan_pdf", lang="fr",
    org="Collectif des habitants du Haut-Cassel", first="Sylvie", last="Lemaire",
    email="sylvie.lemaire@example.net", from_name="Sylvie Lemaire", from_addr="sylvie.lemaire@example.net",
    phone="+33612778945", phone_style="fr_sp", street="4 chemin des Moulins", pc="59670", town="Cassel", country="FR",
    title="Fête des voisins et boîte à livres", req=1800, total=2400, mode="req_total", amt_style="fr_nodec",
    desc="Une grande fête des voisins en septembre et deux boîtes à livres fabriquées par les habitants.",
    subject="scan", cover=None,
    date=(2019, 6, 9, 16, 21), charset="utf-8", cte="8bit", attach="Numérisation_09062019.pdf",
    extra={"kind": "hand_form", "hand": "neucha", "caps": True})

rec(id="d17", half="dev", fmt="scan_pdf", lang="nl",
    org="Seniorenraad Lo", first="Roger", last="Vermeulen",
    from_name="Roger Vermeulen", from_addr="roger.vermeulen1947@example.net",
    phone="+3257401233", phone_style="spaces", street="Boterstraat 8", pc="8647", town="Lo", country="BE",
    title="Chauffeursdienst voor minder mobiele dorpsgenoten", req=5000, mode="req_only", amt_style="plain_euro",
    desc="Wij willen met een tiental gepensioneerde vrijwilligers een chauffeursdienst opstarten voor mensen die "
         "niet meer met de auto rijden.",
    subject="brief van de seniorenraad",
    cover="Geachte mevrouw, geachte heer,\n\nHierbij stuur ik u de brief die ik met de hand geschreven heb. "
          "Mijn kleinzoon heeft hem ingescand. Ik hoop dat alles leesbaar is.\n\nMet de meeste hoogachting,\n"
          "Roger Vermeulen",
    date=(2019, 5, 12, 11, 8), charset="iso-8859-1", cte="quoted-printable", attach="brief seniorenraad.pdf",
    extra={"kind": "hand_letter", "hand": "chilanka"})

rec(id="d18", half="dev", fmt="photo", lang="fr",
    org="Association des Parents d'Élèves de l'école publique de Godewaersvelde", first="Julien", last="Maes",
    email="ape.godewaersvelde@example.com", from_name="Julien Maes", from_addr="julien.maes@example.com",
    phone="+33658442109", phone_style="fr_intl_sp", street="13 rue des Houblons", pc="59114", town="Godewaersvelde",
    country="FR",
    title="Pédibus et abris vélos pour les enfants", total=7900, own=1400, mode="total_own", amt_style="fr_nodec",
    desc="Mettre en place deux lignes de pédibus encadrées par des parents et des retraités, installer des abris "
         "vélos couverts devant l'école et à la salle des fêtes.",
    subject="Candidature APE",
    cover="Bonjour,\nJe n'ai pas de scanner, voici une photo de notre lettre.\nBonne journée\nJulien Maes",
    date=(2019, 6, 6, 7, 52), charset="utf-8", cte="base64", attach="IMG_20190606_075012.jpg",
    extra={"kind": "typed_letter", "role": "Président de l'APE"})

rec(id="d19", half="dev", fmt="photo", lang="nl",
    org="Chiro Woesten", first="Lotte", last="Deconinck",
    email="lotte.deconinck@example.com", from_name="Lotte", from_addr="lotte.d@example.org",
    phone="+32468120455", phone_style="plain", street="Elzenhoek 4", pc="8640", town="Woesten", country="BE",
    title="Speelbos achter de kerk", req=4200, total=5100, mode="req_total", amt_style="plain_euro_sign",
    desc="Van het bosje achter de kerk een speelbos maken voor alle kinderen van Woesten: hutten, een "
         "balanceerparcours, een vuurplaats, samen met de buren en de boswachter.",
    subject="IMG_1234.jpg", cover=None,
    date=(2019, 6, 2, 13, 15), charset="utf-8", cte="8bit", attach="IMG_1234.jpg",
    extra={"kind": "hand_form", "hand": "sriracha", "caps": False})

rec(id="d20", half="dev", fmt="photo", lang="fr",
    first="Gérard", last="Decool",
    from_name="gerard decool", from_addr="gerard.decool@example.net",
    phone="+33328411922", phone_style="fr_dot", street="7 rue des Saules", pc="59270", town="Méteren", country="FR",
    title="Des bancs et une table de pique-nique près de l'étang", req=2000, mode="req_only", amt_style="fr_nodec",
    desc="Autour de l'étang communal il n'y a aucun banc. Les anciens du quartier aimeraient pouvoir s'y asseoir "
         "et les familles y pique-niquer. Les voisins sont prêts à faire la pose et l'entretien.",
    subject="demande", cover="voici ma demande en photo\nG. Decool",
    date=(2019, 5, 27, 18, 44), charset="iso-8859-1", cte="8bit", attach="photo.jpg",
    extra={"kind": "hand_letter", "hand": "playpen-sans"})

# ---------------------------------------------------------------- test half
rec(id="t01", half="test", fmt="pdf_form", lang="nl",
    org="Buurtcomité Kaaskerke", first="Elke", last="Boone",
    email="buurtcomite.kaaskerke@example.net", from_name="Elke Boone", from_addr="elke.boone@example.com",
    phone="+3251552388", phone_style="spaces", street="Polderweg 17", pc="8600", town="Kaaskerke", country="BE",
    title="Dorpsontmoetingspunt in de oude melkerij", req=9800, total=13250.75, mode="req_total", amt_style="be_dec_eur",
    desc="De oude melkerij staat leeg. We willen ze samen met de eigenaar en de bewoners inrichten als "
         "ontmoetingspunt met een koffiehoek, een ruilkast en een telewerkplek.",
    subject="Maak werk van je buurt - formulier Buurtcomité Kaaskerke",
    cover="Goedemiddag,\n\nHierbij het formulier voor de oproep, ingevuld in de pdf.\nMocht er iets ontbreken, "
          "laat het gerust weten.\n\nVriendelijke groet,\nElke Boone",
    date=(2019, 6, 12, 13, 5), charset="utf-8", cte="quoted-printable", attach="formulier_kaaskerke.pdf",
    extra={"variant": "above", "widgets": ["f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11"]})

rec(id="t02", half="test", fmt="pdf_form", lang="fr",
    org="Foyer rural de Zegerscappel", first="Mathilde", last="Ryckebusch",
    email="foyer.zegerscappel@example.org", from_name="Foyer rural Zegerscappel", from_addr="foyer.zegerscappel@example.org",
    phone="+33633215487", phone_style="fr_sp", street="2 bis, allée des Charmes", pc="59470", town="Zegerscappel",
    country="FR",
    title="Café associatif au foyer rural", req=8200, total=10250, mode="req_total", amt_style="fr_nodec_eur",
    desc="Ouvrir un café associatif deux soirs par semaine au foyer rural, tenu par des bénévoles, avec des "
         "soirées jeux, des repas partagés et un point d'information pour les nouveaux habitants.",
    subject="Dossier de candidature foyer rural",
    cover="Bonjour,\n\nCi-joint notre formulaire rempli.\n\nPour le foyer rural,\nMathilde Ryckebusch",
    date=(2019, 6, 1, 10, 22), charset="utf-8", cte="8bit", attach="Formulaire_Foyer_rural.pdf",
    extra={"variant": "left", "widgets": ["structure", "referent", "mail_ref", "tel_ref", "rue", "code_postal",
                                            "ville", "titre_projet", "aide_sollicitee", "budget_global", "description"]})

rec(id="t03", half="test", fmt="docx_form", lang="nl",
    org="vzw Kinderopvang 't Klavertje", first="Nathalie", last="Verschoore",
    email="klavertje.merkem@example.com", from_name="Nathalie Verschoore", from_addr="klavertje.merkem@example.com",
    phone="+32479654321", phone_style="spaces", street="Klaverweg 21A", pc="8650", town="Merkem", country="BE",
    title="Buitenspeelruimte en moestuintje voor de opvang", req=6750, total=8900, own=2150, mode="req_total_own",
    amt_style="be_dec_eur",
    desc="De opvang deelt haar tuin met de buurt. We willen een natuurlijke speelruimte en een moestuintje "
         "aanleggen dat na de openingsuren open is voor de kinderen van de straat.",
    subject="Aanvraag projectenoproep - vzw Kinderopvang 't Klavertje",
    cover="Beste heer, mevrouw,\n\nIn de bijlage onze aanvraag.\n\nMet vriendelijke groeten\nNathalie Verschoore\n"
          "coördinator",
    date=(2019, 5, 31, 16, 12), charset="iso-8859-1", cte="quoted-printable", attach="aanvraag_klavertje.docx",
    extra={"variant": "inline"})

rec(id="t04", half="test", fmt="docx_form", lang="fr",
    org="Ping Club Steenwerck", first="Laurent", last="Desmet", name_w="DESMET Laurent",
    email="pingclub.steenwerck@example.net", from_name="Laurent Desmet", from_addr="laurent.desmet@example.com",
    phone="+33328499210", phone_style="fr_intl", street="40 rue des Bleuets", pc="59181", town="Steenwerck", country="FR",
    title="Ping pour tous : tables en plein air au coeur du village", req=3900, total=4600, mode="req_total",
    amt_style="fr_dec",
    desc="Installer trois tables de ping-pong en béton sur la place, organiser des initiations gratuites pour "
         "les jeunes et les aînés et un tournoi de quartier chaque été.",
    subject="candidature Ping Club",
    cover="Bonjour,\nvoir pièce jointe.\nLaurent",
    date=(2019, 6, 8, 9, 1), charset="utf-8", cte="base64", attach="candidature_pingclub.docx",
    extra={"variant": "grid"})

rec(id="t05", half="test", fmt="odt_form", lang="fr",
    org="Association Les Moëres Vivantes", first="Pascale", last="Dewaele",
    email="moeres.vivantes@example.org", from_name="Pascale Dewaele", from_addr="pascale.dewaele@example.net",
    phone="+33328267714", phone_style="fr_sp", street="8, chemin du Canal", pc="59122", town="Les Moëres", country="FR",
    title="Balades accompagnées et navette pour les aînés", req=7000, total=9400, mode="req_total", amt_style="fr_nodec",
    desc="Beaucoup d'aînés des Moëres sont isolés. Des bénévoles proposent une navette hebdomadaire vers le "
         "marché et des balades accompagnées dans les wateringues, suivies d'un goûter.",
    subject="Fiche projet – Les Moëres Vivantes",
    cover="Madame, Monsieur,\n\nJe vous prie de trouver ci-joint la fiche projet de notre association, au format "
          "OpenOffice.\n\nRespectueusement,\nPascale Dewaele, présidente",
    date=(2019, 6, 5, 20, 10), charset="iso-8859-1", cte="quoted-printable", attach="Fiche_projet_Moëres.odt",
    extra={"variant": "paragraphs"})

rec(id="t06", half="test", fmt="xlsx_form", lang="nl",
    org="Dorpsraad Beveren-aan-de-IJzer", first="Bart", last="Maerten",
    email="bart.maerten@example.org", from_name="Bart Maerten", from_addr="bart.maerten@example.org",
    phone="+32475889102", phone_style="slash", street="Hofstraat 5", pc="8691", town="Beveren-aan-de-IJzer", country="BE",
    title="Dorpsfeest en buurtenquête naar een buurtwinkel", req=9437.50, total=10437.50, mode="req_total",
    amt_style="be_dec",
    desc="Een enquête bij alle gezinnen over een buurtwinkel, een haalbaarheidsstudie en een dorpsfeest om de "
         "resultaten voor te stellen.",
    budget=[("Enquête en verwerking", 2450), ("Haalbaarheidsstudie buurtwinkel", 5200),
            ("Dorpsfeest (tent, geluid)", 1987.50), ("Drukwerk en affiches", 800)],
    subject="zie bijlage", cover="Zie bijlage.\nBart",
    date=(2019, 6, 16, 8, 2), charset="utf-8", cte="8bit", attach="Dorpsraad Beveren aanvraag.xlsx",
    extra={})

rec(id="t07", half="test", fmt="docx_letter", lang="nl",
    first="Marleen", last="Coene",
    email="marleen.coene@example.net", from_name="Marleen & Dirk", from_addr="marleen.en.dirk@example.com",
    phone="+3257388145", phone_style="intl0", street="Sint-Bernardusstraat 27", pc="8978", town="Watou", country="BE",
    title="Boekenruilkast en zitbank op het dorpsplein", req=2750, mode="req_only", amt_style="be_nodec",
    extra={"words": True},
    desc="Ik woon al dertig jaar in Watou. Op het dorpsplein ontbreekt een plek om even te zitten en te praten. "
         "Ik wil samen met de buren een boekenruilkast en een zitbank plaatsen, gemaakt door de houtbewerkers "
         "van het dorp.",
    subject="aanvraag Marleen Coene",
    cover="Dag,\n\nHierbij mijn brief voor de oproep 'Maak werk van je buurt'.\n\nMarleen",
    date=(2019, 5, 20, 14, 48), charset="utf-8", cte="quoted-printable", attach="brief aanvraag.docx")

rec(id="t08", half="test", fmt="pdf_letter", lang="fr",
    org="Commune de Wylder", first="Dominique", last="Vandenbussche",
    email="mairie.wylder@example.org", from_name="Mairie de Wylder", from_addr="mairie.wylder@example.org",
    phone="+33328621050", phone_style="fr_sp", street="3 place des Tilleuls", pc="59380", town="Wylder", country="FR",
    title="Aménagement d'un verger communal et d'une aire de jeux", req=10000, total=15000, own=5000,
    mode="req_total_own", amt_style="fr_dec",
    desc="Sur une prairie communale au centre du village, nous souhaitons planter un verger de variétés anciennes "
         "et installer une aire de jeux, en associant les habitants dès la conception.",
    subject="Candidature de la commune de Wylder – Partons 2.0",
    cover="Madame, Monsieur,\n\nVeuillez trouver ci-joint le courrier de Monsieur le Maire.\n\nCordialement,\n"
          "Le secrétariat de mairie",
    date=(2019, 6, 14, 10, 30), charset="utf-8", cte="base64", attach="courrier_maire_wylder.pdf",
    extra={"role": "Maire"})

rec(id="t09", half="test", fmt="rtf", lang="nl",
    org="Wielerclub De Plaatse Trappers", first="Koen", last="Hollevoet",
    email="koen.hollevoet@example.com", from_name="Koen Hollevoet", from_addr="koen.hollevoet@example.com",
    phone="+32494226187", phone_style="slash", street="Kanaalstraat 11", pc="8691", town="Stavele", country="BE",
    title="Fietsherstelpunt en fietsbieb voor het dorp", req=4600, total=5350, mode="req_total", amt_style="be_dec",
    desc="Elke eerste zaterdag van de maand herstellen onze leden gratis fietsen van dorpsgenoten. Daarnaast "
         "starten we een fietsbieb met kinderfietsen die meegroeien.",
    subject="Kandidatuur wielerclub Stavele",
    cover="Beste,\n\nHierbij onze kandidatuur in bijlage.\n\nSportieve groeten\nKoen Hollevoet",
    date=(2019, 6, 9, 19, 55), charset="utf-8", cte="8bit", attach="kandidatuur_wielerclub.rtf",
    extra={"role": "voorzitter", "namens": True})

rec(id="t10", half="test", fmt="body_plain", lang="fr",
    first="Yvonne", last="Cappelaere", from_name="Yvonne Cappelaere", from_addr="yvonne.cappelaere@example.org",
    street="12 rue des Lilas", pc="59270", town="Flêtre", country="FR",
    title="Un composteur de quartier", req=1500, mode="req_only", amt_style="plain_sign",
    subject="petit projet à Flêtre",
    date=(2019, 5, 14, 9, 31), charset="utf-8", cte="8bit",
    extra={"kind": "short"})

rec(id="t11", half="test", fmt="body_plain", lang="fr",
    org="Comité de quartier des Fusains", first="Fabrice", last="Lebleu",
    email="fabrice.lebleu@example.net", from_name="Fabrice Lebleu", from_addr="fabrice.lebleu@example.net",
    phone="+33621904733", phone_style="fr_sp", street="45, rue des Fusains", pc="59190", town="Hazebrouck", country="FR",
    title="Jardin des saveurs au pied des immeubles", req=9000, total=9650, own=650, mode="req_total_own",
    amt_style="fr_nodec",
    desc="Au pied des trois immeubles du quartier, une pelouse inutilisée pourrait devenir un jardin des saveurs : "
         "aromatiques, petits fruits, bancs, ateliers cuisine avec le centre social.",
    subject="RE: Question appel à projets Partons 2.0",
    date=(2019, 6, 3, 12, 44), charset="utf-8", cte="quoted-printable",
    extra={"kind": "reply"})

rec(id="t12", half="test", fmt="body_html", lang="nl",
    org="Oudervereniging GBS De Regenboog", first="Jeroen", last="Vandevoorde",
    email="ouders.regenboog@example.org", from_name="Jeroen Vandevoorde", from_addr="jeroen.vdvoorde@example.com",
    phone="+32485120977", phone_style="spaces", street="Regenbooglaan 3", pc="8904", town="Boezinge", country="BE",
    title="Schoolpoort als buurtplein", req=7200, total=9000, mode="req_total", amt_style="be_nodec_eur",
    desc="Het pleintje voor de schoolpoort is nu een parking. We willen er met een landschapsarchitect en de "
         "buurt een groen buurtplein van maken waar kinderen na school kunnen spelen.",
    subject="Projectidee: Schoolpoort als buurtplein (Boezinge)",
    date=(2019, 5, 28, 21, 17), charset="utf-8", cte="base64",
    extra={"kind": "html_only"})

rec(id="t13", half="test", fmt="body_html", lang="fr",
    org="Les Amis du Livre de Quaëdypre", first="Isabelle", last="Declerck",
    email="amisdulivre.quaedypre@example.com", from_name="Isabelle Declerck", from_addr="isabelle.declerck@example.com",
    phone="+33611486235", phone_style="fr_intl0", street="6 impasse des Rosiers", pc="59380", town="Quaëdypre",
    country="FR",
    title="Une bibliothèque de rue et des lectures au jardin", req=2980, total=3580, mode="req_total",
    amt_style="fr_nodec_eur",
    desc="Installer une bibliothèque de rue près de l'arrêt de bus et organiser, l'été, des lectures au jardin "
         "pour les enfants et les aînés, avec une conteuse.",
    subject="Projet bibliothèque de rue",
    date=(2019, 6, 11, 8, 36), charset="iso-8859-1", cte="quoted-printable",
    extra={"kind": "alternative"})

rec(id="t14", half="test", fmt="scan_pdf", lang="nl",
    org="KFC Dranouter", first="Dieter", last="Lamerant",
    email="kfc.dranouter@example.com", from_name="Dieter Lamerant", from_addr="dieter.lamerant@example.net",
    phone="+32476129834", phone_style="spaces", street="Sportlaan 2", pc="8951", town="Dranouter", country="BE",
    title="Clubhuis open als dorpscafé", req=9500, total=12500, own=3000, mode="req_total_own", amt_style="be_dash",
    desc="Sinds het laatste café dicht is, heeft Dranouter geen ontmoetingsplaats meer. Ons clubhuis kan op "
         "weekdagen dienen als dorpscafé, uitgebaat door vrijwilligers van de club en de buurt.",
    subject="Kandidatuur KFC Dranouter",
    cover="Geachte,\n\nIn bijlage de ondertekende brief van onze club (ingescand).\n\nMet sportieve groeten,\n"
          "Dieter Lamerant\nsecretaris KFC Dranouter",
    date=(2019, 6, 6, 20, 20), charset="utf-8", cte="quoted-printable", attach="brief_KFC_Dranouter.pdf",
    extra={"kind": "typed_letter", "role": "secretaris"})

rec(id="t15", half="test", fmt="scan_pdf", lang="fr",
    org="Familles Rurales de Caëstre", first="Aurélie", last="Vanpeene",
    email="famillesrurales.caestre@example.org", from_name="Aurélie Vanpeene", from_addr="aurelie.vanpeene@example.net",
    phone="+33328401566", phone_style="fr_dot", street="17, rue de la Blanchisserie", pc="59190", town="Caëstre",
    country="FR",
    title="Accueil des jeunes le mercredi : un local à rénover", req=9200, total=12800, mode="req_total",
    amt_style="fr_dec",
    desc="Rénover avec les jeunes eux-mêmes l'ancien local des pompiers pour y accueillir les 11-17 ans le "
         "mercredi après-midi, avec un animateur et des parents bénévoles.",
    subject="formulaire scanné",
    cover="Bonjour,\n\nJe vous transmets notre formulaire rempli et scanné.\n\nBien à vous,\nAurélie Vanpeene",
    date=(2019, 6, 13, 18, 12), charset="utf-8", cte="8bit", attach="formulaire_rempli.pdf",
    extra={"kind": "typed_form"})

rec(id="t16", half="test", fmt="scan_pdf", lang="nl",
    org="Ferm Vlamertinge", first="Rita", last="Debaene",
    email="rita.debaene@example.net", from_name="Rita Debaene", from_addr="rita.debaene@example.net",
    phone="+32473456712", phone_style="slash", street="Kapelstraat 44 bus 2", pc="8908", town="Vlamertinge",
    country="BE",
    title="Samen koken in het parochiehuis", req=3250, total=4000, mode="req_total", amt_style="plain_euro",
    desc="Een keer per maand koken we met vrijwilligers voor alleenstaanden uit het dorp.",
    subject="Scan", cover=None,
    date=(2019, 5, 24, 15, 0), charset="iso-8859-1", cte="8bit", attach="SKM_C22419052414590.pdf",
    extra={"kind": "hand_form", "hand": "sriracha", "caps": True})

rec(id="t17", half="test", fmt="scan_pdf", lang="fr",
    org="Club des aînés de Boeschepe", first="Marcel", last="Vandewalle",
    from_name="Marcel Vandewalle", from_addr="marcel.vandewalle@example.org",
    phone="+33328494517", phone_style="fr_sp", street="2 rue des Mésanges", pc="59299", town="Boeschepe", country="FR",
    title="Une navette pour aller au marché", req=6000, mode="req_only", amt_style="fr_nodec",
    desc="Beaucoup de nos membres ne conduisent plus. Nous voudrions organiser une navette avec des chauffeurs "
         "bénévoles pour le marché du mardi et les rendez-vous médicaux.",
    subject="lettre du club des aînés",
    cover="Bonjour,\nci-joint ma lettre scannée par ma fille.\nMarcel Vandewalle",
    date=(2019, 5, 30, 10, 5), charset="utf-8", cte="quoted-printable", attach="lettre_aînés.pdf",
    extra={"kind": "hand_letter", "hand": "neucha"})

rec(id="t18", half="test", fmt="photo", lang="nl",
    org="Werkgroep Trage Wegen Zonnebeke", first="Lien", last="Dejonghe",
    email="tragewegen.zonnebeke@example.org", from_name="Lien Dejonghe", from_addr="lien.dejonghe@example.net",
    phone="+32491553410", phone_style="intl", street="Molenhoek 6", pc="8980", town="Zonnebeke", country="BE",
    title="Trage wegen terug open voor wandelaars en fietsers", total=8400, own=1400, mode="total_own",
    amt_style="be_dec_eur",
    desc="Samen met de landbouwers en de buurt willen we vier oude kerkwegels opnieuw openmaken, bewegwijzeren "
         "en met een wandeldag inhuldigen.",
    subject="aanvraag trage wegen",
    cover="Hoi,\n\nIk heb de brief even gefotografeerd, de printer thuis scant niet.\n\nLien",
    date=(2019, 6, 10, 7, 38), charset="utf-8", cte="base64", attach="IMG_20190610_073512.jpg",
    extra={"kind": "typed_letter", "role": "coördinator werkgroep"})

rec(id="t19", half="test", fmt="photo", lang="fr",
    org="Comité des fêtes de Bambecque", first="Sandrine", last="Lootens",
    email="sandrine.lootens@example.com", from_name="Sandrine Lootens", from_addr="sandrine.lootens@example.com",
    phone="+33684123579", phone_style="fr_sp", street="5 rue des Jardins", pc="59470", town="Bambecque", country="FR",
    title="Guinguette au bord de l'Yser", req=5500, total=7300, mode="req_total", amt_style="fr_nodec",
    desc="Trois dimanches d'été, une guinguette avec bal, jeux flamands et produits locaux.",
    subject="IMG_0457.jpg", cover=None,
    date=(2019, 6, 4, 22, 31), charset="utf-8", cte="8bit", attach="IMG_0457.jpg",
    extra={"kind": "hand_form", "hand": "chilanka", "caps": False})

rec(id="t20", half="test", fmt="photo", lang="nl",
    first="Gilbert", last="Declercq",
    from_name="Gilbert Declercq", from_addr="gilbert.declercq@example.com",
    phone="+3257445521", phone_style="slash", street="Bergweg 3", pc="8958", town="Loker", country="BE",
    title="Zitbanken langs de wandelweg", req=1200, mode="req_only", amt_style="be_nodec",
    desc="Langs de wandelweg rond het dorp staat geen enkele bank. Voor oudere wandelaars is dat te lang zonder "
         "rusten. Ik zou er met de buren vier banken willen plaatsen.",
    subject="foto brief",
    cover="hierbij mijn aanvraag als foto",
    date=(2019, 6, 1, 17, 26), charset="iso-8859-1", cte="quoted-printable", attach="DSC_0831.JPG",
    extra={"kind": "hand_letter", "hand": "playpen-sans"})
