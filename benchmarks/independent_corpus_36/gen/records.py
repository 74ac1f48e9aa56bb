"""The 40 invented applicants.  All names, groups, streets, house numbers, phone
numbers and e-mail addresses are made up (e-mail only at example.org/.net/.com).

Per record:
  phone       as written by the applicant (None = not given anywhere)
  amt         pattern used for every amount in that document
  layout      renderer variant for the document format
  knobs       document-design choices forced for this case (others are drawn by rng)
  sender      who sends the e-mail if not the contact person
"""

R = []


def rec(**kw):
    kw.setdefault("knobs", {})
    kw.setdefault("sender", None)
    kw.setdefault("postcode_in_doc", True)
    R.append(kw)


# =============================================================== DEV HALF
rec(key="d01", half="dev", fmt="pdf_form", layout="left", lang="nl", country="BE",
    org="Buurtcomité Pastoorsveld", org_kind="feitelijke vereniging",
    first="Annelies", last="Debruyne", role="secretaris",
    email="annelies.debruyne@example.org", phone="0478 21 36 54",
    street="Pastoorsveld 17", pc="8956", muni="Kemmel",
    title="Samentuin Pastoorsveld", req="6850", total="9420", amt="{be0} euro", theme="garden",
    desc="Op het braakliggende hoekperceel aan het Pastoorsveld willen we met de buren een samentuin aanleggen, "
         "met bakken op hoogte zodat ook de oudere bewoners mee kunnen tuinieren.",
    knobs={"names": "meaningful", "traps": ["chair", "coord_box", "own"]})

rec(key="d02", half="dev", fmt="pdf_form", layout="above", lang="fr", country="FR",
    org="Association Les Jardins du Houtland", org_kind="association loi 1901",
    first="Marie", last="Vanhille", role="secrétaire",
    email="m.vanhille@example.net", phone="03 28 65 19 47",
    street="12 rue du Moulin", pc="59470", muni="Wormhout",
    title="Un verger partagé à Wormhout", req="7500", total="12800", amt="{fr0} €", theme="garden",
    desc="Plantation d'un verger de variétés anciennes sur un terrain mis à disposition par la commune, "
         "entretenu par les habitants et les élèves de l'école voisine.",
    knobs={"names": "generic", "tooltips": True, "name_mode": "LAST_first", "traps": ["chair", "rna", "other"]})

rec(key="d03", half="dev", fmt="pdf_form", layout="grid", lang="nl", country="BE",
    org="Dorpsraad Beveren-aan-de-IJzer", org_kind="feitelijke vereniging",
    first="Koen", last="Vandamme", role="voorzitter",
    email="dorpsraad.beveren@example.net", phone="058/28.74.19",
    street="Roesbruggestraat 4", pc="8691", muni="Beveren-aan-de-IJzer",
    title="Dorpspunt in de oude pastorij", req="10000", total="18750", amt="€ {be0}", theme="meeting",
    desc="De leegstaande benedenverdieping van de oude pastorij wordt een ontmoetingspunt met koffiehoek, "
         "boekenruil en een wekelijkse zitdag van de buurtmeesters.",
    knobs={"names": "acrobat", "addr_mode": "nr_split", "traps": ["coord_box", "other", "location", "iban"]},
    sender={"first": "Lies", "last": "Moerman", "email": "lies.moerman@example.com", "role": "secretaris"})

rec(key="d04", half="dev", fmt="pdf_form", layout="below", lang="fr", country="FR",
    org="Comité des fêtes de Rexpoëde", org_kind="association loi 1901",
    first="Jean-Luc", last="Deconinck", role="trésorier",
    email="jl.deconinck@example.com", phone="06 12 45 88 30",
    street="27 rue de la Chapelle", pc="59122", muni="Rexpoëde",
    title="Marché de producteurs du dimanche", req="3250.75", total="4890", amt="{fr_sp} €", theme="event",
    desc="Un petit marché de producteurs locaux un dimanche matin par mois sur la place, avec un coin café "
         "tenu par les bénévoles du comité.",
    knobs={"names": "fill", "traps": ["chair", "own", "coord_box"], "bilingual": True})

rec(key="d05", half="dev", fmt="pdf_form", layout="boxed", lang="nl", country="BE",
    org="VZW Het Kapelhof", org_kind="vzw",
    first="Marleen", last="Vanneste", role="coördinator vrijwilligers",
    email="marleen.vanneste@example.org", phone=None,
    street="Kapelhofstraat 2A", pc="8978", muni="Watou",
    title="Buurtmoestuin 't Kapelhof", req="4300", total="5120.50", amt="{plain}", theme="garden",
    desc="Achter ons ontmoetingshuis leggen we een moestuin aan waar buurtbewoners, ook mensen met een beperking, "
         "samen groenten kweken en koken.",
    knobs={"names": "untitled", "traps": ["enterprise", "treasurer", "own"], "empty_phone_field": True, "flat": True})

rec(key="d06", half="dev", fmt="pdf_form", layout="left2p", lang="fr", country="FR",
    org="Centre social La Passerelle", org_kind="association loi 1901",
    first="Nadia", last="Benali", role="référente familles",
    email="n.benali@example.org", phone="03.28.42.90.16",
    street="48 rue des Brasseurs", pc="59270", muni="Bailleul",
    title="Des bancs et des rencontres : mobilier pour la place du quartier Ouest",
    req="8900", total="14300", amt="{fr} €", theme="meeting",
    desc="Les habitants du quartier Ouest ont dessiné avec un architecte des bancs et des tables pour la petite place "
         "entre les immeubles ; nous voulons les construire lors de chantiers participatifs.",
    knobs={"names": "meaningful", "tooltips": True, "traps": ["coord_header", "other", "siret", "director"]},
    sender={"first": "Thierry", "last": "Lemaire", "email": "direction.passerelle@example.org", "role": "directeur",
            "phone": "03 28 42 90 10"})

rec(key="d07", half="dev", fmt="pdf_letter", layout="letter_school", lang="nl", country="BE",
    org="Vrije Basisschool De Zonnebloem", org_kind="school",
    first="Pieter", last="Declercq", role="leerkracht 5de leerjaar",
    email="pieter.declercq@example.com", phone="057 40 12 88",
    street="Vaartstraat 9", pc="8691", muni="Stavele",
    title="Speelbos De Zonnebloem", req="7500", total="11200", amt="€ {be_dash}", theme="play",
    desc="",
    knobs={"signer": "director"})

rec(key="d08", half="dev", fmt="pdf_letter", layout="letter_fr_formal", lang="fr", country="FR",
    org="Collectif d'habitants « Vivre à Oost-Cappel »", org_kind="collectif",
    first="Brigitte", last="Verhaeghe", role="",
    email="b.verhaeghe@example.net", phone="03 28 68 45 12",
    street="8 chemin du Steenakker", pc="59122", muni="Oost-Cappel",
    title="Point de rencontre au village : l'ancienne école", req="9500", total="15200", amt="{fr0} euros", theme="meeting",
    desc="")

rec(key="d09", half="dev", fmt="pdf_letter", layout="letter_simple", lang="nl", country="BE",
    org="Landelijke Gilde Merkem", org_kind="vereniging",
    first="Jos", last="Lefever", role="voorzitter",
    email="jos.lefever@example.org", phone="051 57 80 13",
    street="Kasteelstraat 31", pc="8650", muni="Merkem",
    title="Trage wegen rond Merkem", req="5000", total=None, amt="{plain} euro", theme="heritage",
    desc="")

rec(key="d10", half="dev", fmt="pdf_letter", layout="letter_mairie", lang="fr", country="FR",
    org="Mairie de Boeschepe", org_kind="commune",
    first="Claire", last="Vandewalle", role="chargée de la vie associative",
    email="c.vandewalle@example.org", phone="03 28 49 22 50",
    street="6 rue des Meuniers", pc="59299", muni="Boeschepe",
    title="Navette solidaire des Monts", req="8000", total="16400", amt="{fr0} €", theme="mobility",
    desc="",
    sender={"first": "Sylvie", "last": "Marteel", "email": "accueil.mairie@example.org", "role": "secrétariat de mairie"})

rec(key="d11", half="dev", fmt="docx_form", layout="table2", lang="nl", country="BE",
    org="Gezinsbond afdeling Nieuwpoort", org_kind="afdeling van een vzw",
    first="Els", last="Vandenberghe", role="bestuurslid",
    email="els.vdb@example.net", phone="0496/55.20.71",
    street="Duinenlaan 112 bus 3", pc="8620", muni="Nieuwpoort",
    title="Speelstraatkoffer voor Nieuwpoort", req="2480", total="3100", amt="€ {be}", theme="play",
    desc="Een koffer met spelmateriaal, nadarhekken en borden die buurten gratis kunnen ontlenen om in de zomer "
         "een speelstraat te organiseren.",
    knobs={"traps": ["treasurer", "coord_box", "own", "iban"]})

rec(key="d12", half="dev", fmt="docx_form", layout="sdt", lang="fr", country="FR",
    org="APE de l'école des Tilleuls", org_kind="association de parents d'élèves",
    first="Sandrine", last="Lemahieu", role="présidente",
    email="sandrine.lemahieu@example.com", phone="07 71 82 93 04",
    street="19 rue des Tisserands", pc="59190", muni="Hazebrouck",
    title="Rue aux enfants devant l'école", req="6200", total="8750", amt="{plain} €", theme="play",
    desc="Fermer la rue devant l'école le mercredi après-midi pour en faire une rue aux enfants, avec du mobilier "
         "mobile et des jeux construits avec les parents.",
    knobs={"name_mode": "LAST_first", "traps": ["school_director", "other", "coord_box"]})

rec(key="d13", half="dev", fmt="docx_form", layout="questions", lang="nl", country="BE",
    org=None, org_kind=None,
    first="Bart", last="Vermeersch", role="",
    email="bart.vermeersch@example.com", phone="0473 11 89 02",
    street="Zwaluwenhoek 6", pc=None, muni="Oostduinkerke",
    title="Straatmeesters Zwaluwenhoek", req="1850", total="2300", amt="{plain} euro", theme="meeting",
    desc="Met vijf gezinnen uit de Zwaluwenhoek willen we straatmeesters worden: een vast aanspreekpunt voor de "
         "oudere buren, een buurtlijst en twee buurtmomenten per jaar.",
    knobs={"org_absent": "group", "addr_mode": "oneline_nopc", "traps": ["neighbours", "coord_box"]})

rec(key="d14", half="dev", fmt="docx_form", layout="legacy", lang="nl", country="BE",
    org="Davidsfonds Wervik", org_kind="afdeling",
    first="Hilde", last="Goethals", role="secretaris",
    email="hilde.goethals@example.org", phone="056 31 56 74",
    street="Koestraat 45", pc="8940", muni="Wervik",
    title="Erfgoedwandeling langs de Leie", req="3900", total="6450", amt="{be}", theme="heritage",
    desc="Een bewegwijzerde wandeling van 6 km langs tabaksschuren en oude grensposten, met infoborden in het "
         "Nederlands en het Frans.",
    knobs={"names": "legacy", "name_mode": "split", "traps": ["chair", "other", "coord_box"]})

rec(key="d15", half="dev", fmt="docx_form", layout="dots", lang="fr", country="FR",
    org="Les Amis du Moulin de Steenvoorde", org_kind="association",
    first="Gérard", last="Coussement", role="président",
    email="g.coussement@example.net", phone="03 28 48 77 31",
    street="112 chemin du Zwynland", pc="59114", muni="Steenvoorde",
    title="Fête du pain au moulin", req="2750", total="4100", amt="{fr0} €", theme="event",
    desc="Une journée autour du pain : visite du moulin, four à pain mobile, ateliers pour les enfants et repas "
         "partagé avec les habitants.",
    knobs={"email_in_doc": False, "traps": ["treasurer", "own", "coord_box"]})

rec(key="d16", half="dev", fmt="odt_form", layout="table2", lang="nl", country="BE",
    org="Jeugdhuis Den Tap", org_kind="vzw",
    first="Robbe", last="Desmet", role="jeugdwerker",
    email="robbe.desmet@example.net", phone="+32 485 66 04 17",
    street="Jonkershovestraat 88", pc="8650", muni="Houthulst",
    title="Chill-plek aan de sporthal", req="4750", total="6320.40", amt="€ {be0}", theme="meeting",
    desc="Samen met de jongeren bouwen we een overdekte zitplek met banken en verlichting naast de sporthal, "
         "zodat ze niet langer op de parking van de supermarkt rondhangen.",
    knobs={"traps": ["chair", "other", "coord_box"], "addr_mode": "twoline"})

rec(key="d17", half="dev", fmt="odt_form", layout="paragraphs", lang="fr", country="FR",
    org="Foyer rural d'Arnèke", org_kind="association loi 1901",
    first="Odile", last="Everaere", role="animatrice bénévole",
    email="odile.everaere@example.org", phone="03 28 42 03 68",
    street="9 rue de la Brasserie", pc="59285", muni="Arnèke",
    title="Jardin partagé du Foyer", req="3600", total="4800", amt="{fr0} €", theme="garden",
    desc="Transformer la pelouse derrière la salle du Foyer en jardin partagé, avec des ateliers mensuels "
         "animés par un jardinier.",
    knobs={"traps": ["chair", "own", "coord_box"], "name_mode": "LAST_first"})

rec(key="d18", half="dev", fmt="odt_form", layout="questions", lang="fr", country="FR",
    org="Association Vélo pour tous", org_kind="association loi 1901",
    first="Karim", last="Haddad", role="coordinateur",
    email="karim.haddad@example.com", phone="06.45.20.33.18",
    street="4 rue du Quai", pc="59380", muni="Bergues",
    title="Atelier vélo solidaire", req="6400", total="9950", amt="{fr} €", theme="repair",
    desc="Un atelier où les habitants apprennent à réparer leur vélo, avec des vélos remis en état prêtés aux "
         "personnes sans moyen de transport.",
    knobs={"traps": ["other", "treasurer", "coord_box"], "addr_mode": "pc_muni"})

rec(key="d19", half="dev", fmt="xlsx_form", layout="sheet_cols", lang="nl", country="BE",
    org="Heemkundige kring De Lanteern", org_kind="vzw",
    first="Frans", last="Vanhoutte", role="penningmeester",
    email="frans.vanhoutte@example.org", phone="051/50 31 26",
    street="Gistelhof 21", pc="8600", muni="Esen",
    title="Infoborden 'Esen vroeger en nu'", req="7240", total="9050", amt="num", theme="heritage",
    desc="Tien infoborden met oude foto's op de plaatsen waar ze genomen zijn, samengesteld met de bewoners "
         "tijdens drie fotoavonden.",
    knobs={"traps": ["chair", "own", "coord_box"]})

rec(key="d20", half="dev", fmt="ods_form", layout="sheet_rows", lang="fr", country="FR",
    org="Club des aînés Les Jonquilles", org_kind="association",
    first="Monique", last="Lebleu", role="secrétaire",
    email="monique.lebleu@example.net", phone="03 28 68 30 54",
    street="21 rue des Moëres", pc="59122", muni="Hondschoote",
    title="Ateliers intergénérationnels du mercredi", req="1980", total="2640", amt="num", theme="event",
    desc="Chaque mercredi, les aînés du club accueillent les enfants du centre de loisirs pour des jeux, "
         "de la cuisine et du jardinage.",
    knobs={"traps": ["chair", "other", "coord_box"]})

# =============================================================== TEST HALF
rec(key="t01", half="test", fmt="pdf_form", layout="cell", lang="nl", country="BE",
    org="Ferm Westvleteren", org_kind="afdeling",
    first="Greet", last="Cappoen", role="voorzitster",
    email="greet.cappoen@example.net", phone="057 40 09 13",
    street="Hoppeland 5", pc="8640", muni="Westvleteren",
    title="Repair café in de parochiezaal", req="2350", total="2940", amt="€ {be_dash}", theme="repair",
    desc="Elke derde zaterdag van de maand herstellen vrijwilligers kleren, fietsen en toestellen van dorpsgenoten "
         "in de parochiezaal, met koffie en taart.",
    knobs={"names": "generic_nl", "traps": ["treasurer", "coord_box", "own"], "tooltips": True})

rec(key="t02", half="test", fmt="pdf_form", layout="left", lang="fr", country="FR",
    org=None, org_kind=None,
    first="Julien", last="Capelle", role="",
    email="julien.capelle@example.com", phone="06 87 30 55 41",
    street="16 allée des Saules", pc="59181", muni="Steenwerck",
    title="Boîte à livres et bancs au lotissement des Saules", req="1450", total="1900", amt="{fr0} €", theme="meeting",
    desc="Avec une dizaine de voisins, nous voulons installer une boîte à livres et deux bancs à l'entrée du "
         "lotissement, et organiser une fête des voisins pour l'inauguration.",
    knobs={"names": "meaningful_fr", "org_absent": "particulier", "traps": ["neighbours", "coord_box"],
           "name_mode": "LAST_first"})

rec(key="t03", half="test", fmt="pdf_form", layout="grid", lang="nl", country="BE",
    org="Oudercomité VBS Sint-Jozef Zonnebeke", org_kind="oudercomité",
    first="Tom", last="Dewulf", role="voorzitter oudercomité",
    email="oudercomite.stjozef@example.org", phone="0472 90 55 83",
    street="Bremstraat 3", pc="8980", muni="Zonnebeke",
    title="Schoolstraat met een feestelijk tintje", req="3980", total="5200", amt="{plain} EUR", theme="play",
    desc="Bij de start van het schooljaar wordt de Bremstraat een schoolstraat. Met de buurt maken we plantenbakken, "
         "een fietsenstalling en een openingsfeest.",
    knobs={"names": "livecycle", "name_mode": "split", "addr_mode": "nr_split", "traps": ["treasurer", "school_director", "coord_box"]})

rec(key="t04", half="test", fmt="pdf_form", layout="left2p", lang="fr", country="FR",
    org="Épicerie solidaire Le Panier Mervillois", org_kind="association loi 1901",
    first="Fatima", last="Zerrouki", role="coordinatrice",
    email="f.zerrouki@example.org", phone="+33 3 28 43 77 90",
    street="27 rue de la Lys", pc="59660", muni="Merville",
    title="Livraison solidaire pour les personnes âgées", req="9200", total="21450", amt="{fr} €", theme="mobility",
    desc="Des bénévoles livrent chaque semaine les colis de l'épicerie aux personnes âgées isolées des hameaux, "
         "avec un véhicule partagé et un temps de visite.",
    knobs={"names": "livecycle", "traps": ["chair", "other", "siret", "coord_header"]},
    sender={"first": "Bernard", "last": "Dehondt", "email": "bernard.dehondt@example.net", "role": "président",
            "phone": "06 30 11 72 48"})

rec(key="t05", half="test", fmt="pdf_form", layout="boxed", lang="nl", country="BE",
    org="Gemeente Alveringem – dienst vrije tijd", org_kind="lokaal bestuur",
    first="Sofie", last="Lernout", role="cultuurbeleidscoördinator",
    email="sofie.lernout@example.org", phone="058 28 71 64",
    street="Gemeenteplein 1", pc="8690", muni="Alveringem",
    title="Dorpsontmoetingspunt 'De Wissel' in Hoogstade", req="10000", total="24800", amt="€ {be}", theme="meeting",
    desc="In het voormalige stationsgebouw van Hoogstade richten we met de dorpsraad een ontmoetingspunt in, "
         "met een buurtcafé dat door vrijwilligers wordt uitgebaat.",
    knobs={"names": "meaningful", "traps": ["mayor", "location", "other", "coord_box"], "flat": True})

rec(key="t06", half="test", fmt="pdf_form", layout="inline", lang="fr", country="FR",
    org="Ludothèque Au fil du jeu", org_kind="association loi 1901",
    first="Aurélie", last="Delannoy", role="ludothécaire",
    email="aurelie.delannoy@example.net", phone="03 20 48 45 12",
    street="5 bis rue des Glycines", pc="59850", muni="Nieppe",
    title="Ludothèque mobile dans les hameaux", req="4500", total=None, amt="{fr0} €", theme="event",
    desc="Une fois par mois, la ludothèque s'installe dans une salle de hameau avec 200 jeux ; les habitants "
         "choisissent les lieux et aident à l'animation.",
    knobs={"names": "generic", "traps": ["chair", "coord_box"], "no_total": True})

rec(key="t07", half="test", fmt="pdf_letter", layout="letter_two_signers", lang="nl", country="BE",
    org="Dorpsraad Wulveringem", org_kind="feitelijke vereniging",
    first="Wim", last="Vanacker", role="secretaris",
    email="wim.vanacker@example.com", phone="0475 80 81 63",
    street="Pastorijstraat 14", pc="8630", muni="Wulveringem",
    title="Buurtmeesters in Wulveringem", req="2750", total="3640", amt="{be} euro", theme="meeting",
    desc="",
    sender={"first": "Rita", "last": "Bulcke", "email": "rita.bulcke@example.org", "role": "voorzitter"})

rec(key="t08", half="test", fmt="pdf_letter", layout="letter_fr_formal", lang="fr", country="FR",
    org="Association Bouge ton village", org_kind="association loi 1901",
    first="Laurent", last="Goudezeune", role="président",
    email="l.goudezeune@example.net", phone="06 14 72 09 85",
    street="3 impasse des Houblons", pc="59270", muni="Godewaersvelde",
    title="Marché paysan du Mont", req="7500", total="10900", amt="{fr0} €", theme="event",
    desc="")

rec(key="t09", half="test", fmt="pdf_letter", layout="letter_annex", lang="nl", country="BE",
    org="Buurtwerking Den Appel", org_kind="feitelijke vereniging",
    first="Katrien", last="Lams", role="coördinator",
    email="katrien.lams@example.org", phone="0486 31 27 09",
    street="Bermweg 40", pc="8970", muni="Poperinge",
    title="Buurthuis Den Appel: elke woensdag open", req="6000", total="8150", amt="{be} euro", theme="meeting",
    desc="")

rec(key="t10", half="test", fmt="pdf_letter", layout="letter_simple", lang="fr", country="FR",
    org="Tiers-lieu La Grange", org_kind="association",
    first="Chloé", last="Vanpeene", role="co-fondatrice",
    email="chloe.vanpeene@example.com", phone=None,
    street="2 route de Houtkerque", pc="59470", muni="Herzeele",
    title="Café-atelier La Grange", req="9850", total="19600", amt="{fr0} €", theme="repair",
    desc="")

rec(key="t11", half="test", fmt="docx_form", layout="table4", lang="nl", country="BE",
    org="KWB Lo", org_kind="afdeling",
    first="Dirk", last="Pattyn", role="secretaris",
    email="dirk.pattyn@example.org", phone="058 28 85 30",
    street="Noordstraat 22", pc="8647", muni="Lo-Reninge",
    title="Lokale boerenmarkt aan de Westpoort", req="3180.60", total="4210", amt="{be}", theme="event",
    desc="Op de eerste vrijdagavond van de maand een kleine boerenmarkt met producten van boeren uit Lo, Reninge "
         "en Pollinkhove, met muziek van de plaatselijke harmonie.",
    knobs={"traps": ["chair", "own", "coord_header", "enterprise"]})

rec(key="t12", half="test", fmt="docx_form", layout="legacy", lang="fr", country="FR",
    org="Amicale laïque d'Esquelbecq", org_kind="association loi 1901",
    first="Hélène", last="Lagaisse", role="vice-présidente",
    email="h.lagaisse@example.net", phone="03.28.62.44.71",
    street="10 place du Tilleul", pc="59470", muni="Esquelbecq",
    title="Cinéma en plein air dans les quartiers", req="5400", total="7380.50", amt="{fr0} €", theme="event",
    desc="Quatre séances de cinéma en plein air l'été, chaque fois dans un autre quartier, avec un film choisi "
         "par les habitants et une soupe partagée.",
    knobs={"names": "legacy", "traps": ["chair", "other", "rna", "coord_box"], "name_mode": "split"})

rec(key="t13", half="test", fmt="docx_form", layout="sdt_above", lang="fr", country="FR",
    org="Ferme pédagogique du Bois Joli", org_kind="association loi 1901",
    first="Maxime", last="Dequidt", role="animateur",
    email="maxime.dequidt@example.org", phone="06 72 04 88 16",
    street="1340 route de Berthen", pc="59270", muni="Saint-Jans-Cappel",
    title="Poulailler et compost partagés", req="4980", total="6230", amt="{fr} €", theme="garden",
    desc="Un poulailler collectif et une aire de compostage à la ferme, gérés par un groupe de familles du village "
         "qui y apportent leurs déchets verts.",
    knobs={"traps": ["other", "own", "coord_box", "chair"], "addr_mode": "twoline"},
    sender={"first": "Camille", "last": "Dequidt", "email": "camille.dq@example.com", "role": ""})

rec(key="t14", half="test", fmt="docx_form", layout="above", lang="nl", country="BE",
    org="Feestcomité Wulvergem", org_kind="feitelijke vereniging",
    first="An", last="Depoorter", role="lid feestcomité",
    email="an.depoorter@example.net", phone="0494/11.76.05",
    street="Nieuwkerkestraat 5", pc=None, muni="Wulvergem",
    title="Dorpsfeest en buurtcafé in de oude smidse", req="4000", total="7350.50", amt="{plain} euro", theme="event",
    desc="We willen de oude smidse in het dorp tijdens het dorpsfeest en daarna één zondag per maand openen als "
         "buurtcafé, gerund door vrijwilligers.",
    knobs={"addr_mode": "oneline_nopc", "traps": ["chair", "other", "coord_box", "location"]})

rec(key="t15", half="test", fmt="docx_form", layout="tabs", lang="fr", country="FR",
    org="Comité de quartier du Kruysstraete", org_kind="association de fait",
    first="Patrick", last="Vandenbussche", role="",
    email="patrick.vdb@example.com", phone="03 28 41 19 67",
    street="31 rue du Kruysstraete", pc="59270", muni="Bailleul",
    title="Fresque et jardinières rue du Kruysstraete", req="2300", total="3050", amt="{fr0} €", theme="play",
    desc="Une fresque peinte avec les enfants sur le mur du parking et des jardinières fabriquées par les habitants "
         "le long de la rue.",
    knobs={"email_in_doc": False, "traps": ["own", "coord_box"], "name_mode": "LAST_first"})

rec(key="t16", half="test", fmt="odt_form", layout="paragraphs", lang="nl", country="BE",
    org="Vzw Dorpshuis Dranouter", org_kind="vzw",
    first="Lieve", last="Dumoulin", role="bestuurder",
    email="lieve.dumoulin@example.org", phone="0497 63 02 28",
    street="Lindenstraat 3", pc="8951", muni="Dranouter",
    title="Dorpshuis als warme huiskamer", req="8750", total="12300", amt="€ {be}", theme="meeting",
    desc="Het dorpshuis wordt op dinsdag en donderdag een open huiskamer met soep, krant en een aanspreekpunt "
         "voor wie hulp zoekt bij papieren of vervoer.",
    knobs={"traps": ["chair", "other", "enterprise", "coord_box"], "name_mode": "split"})

rec(key="t17", half="test", fmt="odt_form", layout="table2", lang="nl", country="BE",
    org="Werkgroep Samen Tuinieren Koekelare", org_kind="werkgroep",
    first="Nico", last="Dejonckheere", role="trekker",
    email="nico.dejonckheere@example.com", phone=None,
    street="Hoogveldstraat 77", pc="8680", muni="Koekelare",
    title="Moestuin voor iedereen aan het OCMW-park", req="3200", total="4100", amt="{plain}", theme="garden",
    desc="Twaalf tuinpercelen en een gemeenschappelijk kruidenperk aan de rand van het park, open voor iedereen "
         "uit de gemeente, met een tuinhuis voor gereedschap.",
    knobs={"traps": ["own", "coord_box", "treasurer"], "empty_phone_field": True})

rec(key="t18", half="test", fmt="odt_form", layout="table_bilingual", lang="fr", country="FR",
    org="Association Les Jardiniers de Cassel", org_kind="association loi 1901",
    first="Isabelle", last="Caron", role="secrétaire",
    email="isabelle.caron@example.net", phone="03 28 40 25 17",
    street="7 rue du Vent", pc="59670", muni="Cassel",
    title="Potagers partagés sur les remparts", req="5600", total="8200", amt="{fr0} €", theme="garden",
    desc="Des potagers partagés dans les anciens jardins au pied des remparts, avec des visites pour les écoles "
         "et un troc de graines au printemps.",
    knobs={"traps": ["chair", "other", "coord_box"]})

rec(key="t19", half="test", fmt="xlsx_form", layout="sheet_rows", lang="fr", country="FR",
    org="Association Terre d'Yser", org_kind="association loi 1901",
    first="Sébastien", last="Declerck", role="trésorier",
    email="seb.declerck@example.com", phone="06 66 12 84 03",
    street="2 chemin de l'Yser", pc="59470", muni="Bambecque",
    title="Balades nature le long de l'Yser", req="6750", total="9120", amt="num", theme="heritage",
    desc="Un sentier balisé de 8 km entre Bambecque et Oost-Cappel avec des panneaux sur la faune et la flore, "
         "et des balades guidées par les habitants.",
    knobs={"traps": ["chair", "other", "coord_box"]})

rec(key="t20", half="test", fmt="ods_form", layout="sheet_cols", lang="nl", country="BE",
    org="Buurtvereniging Duinhoek", org_kind="feitelijke vereniging",
    first="Marc", last="Vandewiele", role="voorzitter",
    email="marc.vandewiele@example.org", phone="058 41 22 76",
    street="Kasteelhoeklaan 12", pc="8660", muni="Adinkerke",
    title="Speelbos in de Duinhoek", req="8250", total="11780", amt="num", theme="play",
    desc="Een stukje gemeentelijk bos wordt met de buurt en de jeugdbeweging omgevormd tot speelbos met "
         "boomstammen, een wilgenhut en een picknickplek.",
    knobs={"traps": ["treasurer", "own", "coord_box"], "name_mode": "split", "bilingual": True})

RECORDS = {r["key"]: r for r in R}
