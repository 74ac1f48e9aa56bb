"""Turn a record into a format-neutral form: title, instructions, sections of rows.
Row kinds:
  ("f", key, label, value)            a labelled answer (value "" = left empty)
  ("t", key, headers, rows)          a table (people / expenses / income)
  ("p", text)                        printed text (instructions, not answers)
  ("c", label, options, chosen)      tick boxes
"""
from data import amt, show_phone

L = {
    "nl": {
        "org": ["Naam van de vereniging / organisatie", "Organisatie", "Naam groep of vereniging",
                "Aanvrager (naam vereniging)", "Naam van de indiener (groep)", "Vereniging / comité / school",
                "Naam organisatie", "Groep", "Naam van de vereniging", "Indienende organisatie"],
        "kind": ["Juridische vorm", "Soort organisatie", "Type aanvrager", "Statuut"],
        "contact": ["Contactpersoon", "Naam contactpersoon", "Aanspreekpunt voor dit project",
                    "Contactpersoon (voor- en achternaam)", "Verantwoordelijke", "Naam en voornaam contactpersoon",
                    "Wie mogen we contacteren?", "Contact", "Projectverantwoordelijke", "Naam aanvrager"],
        "street": ["Straat en nummer", "Adres", "Straat + nr.", "Adres (straat, nr)", "Correspondentieadres",
                   "Straat, huisnummer", "Adres contactpersoon", "Straat/nr", "Adres", "Straat en huisnr."],
        "pcplace": ["Postcode en gemeente", "Postcode + woonplaats", "PC / Gemeente", "Postcode, gemeente"],
        "postcode": ["Postcode", "Postnummer", "PC"],
        "place": ["Gemeente", "Woonplaats", "Deelgemeente", "Plaats"],
        "phone": ["Telefoon", "Tel.", "GSM / telefoon", "Telefoonnummer", "Gsm", "Tel./gsm", "Telefoon of gsm"],
        "email": ["E-mail", "E-mailadres", "Mail", "e-mail", "E-mail contactpersoon"],
        "title": ["Titel van het project", "Naam van het project", "Projecttitel", "Titel projectidee", "Korte titel",
                  "Naam project", "Werktitel van je idee"],
        "desc": ["Korte omschrijving", "Beschrijf kort je projectidee", "Wat willen jullie doen?",
                 "Omschrijving van het project", "Inhoud van het project"],
        "req": ["Gevraagd bedrag", "Gevraagde bijdrage (max. 10 000 euro)", "Bedrag gevraagd aan de provincie",
                "Gevraagde subsidie", "Gevraagde steun 'Maak werk van je buurt!'", "Gevraagd subsidiebedrag",
                "Hoeveel vraag je?"],
        "total": ["Totale kostprijs van het project", "Totaal budget", "Totale projectkost", "Totaal uitgaven",
                  "Geraamde totale kost", "Totale begroting", "Kostprijs project (totaal)"],
        "own": ["Eigen inbreng", "Eigen middelen", "Eigen bijdrage"],
        "iban": ["Rekeningnummer (IBAN)", "IBAN", "Bankrekening"],
        "regno": ["Ondernemingsnummer", "KBO-nummer", "Ondernemingsnr."],
        "date": ["Datum", "Opgemaakt op", "Datum aanvraag"],
        "sign": ["Handtekening", "Naam en handtekening", "Voor akkoord"],
        "role": "Functie", "name": "Naam", "amount": "Bedrag", "item": "Omschrijving",
        "exp": "Uitgaven", "inc": "Inkomsten", "tot": "Totaal", "call_inc": ["Bijdrage Maak werk van je buurt", "Provincie West-Vlaanderen (Partons 2.0)", "Gevraagd aan projectoproep"],
        "own_inc": "Eigen inbreng vereniging", "people_h": ["Functie", "Naam", "Telefoon", "E-mail"],
        "sec_app": ["Gegevens aanvrager", "1. De aanvrager", "Wie ben je?", "A. Identificatie", "Aanvrager"],
        "sec_con": ["Contactgegevens", "2. Contactpersoon", "Bestuur en contact", "B. Contact"],
        "sec_proj": ["Het project", "3. Projectidee", "Jullie idee", "C. Project"],
        "sec_bud": ["Begroting", "4. Financieel plan", "Kosten en financiering", "D. Budget"],
        "kinds": ["feitelijke vereniging", "vzw", "school", "jeugdbeweging", "vereniging", "particulier"],
    },
    "fr": {
        "org": ["Nom de l'association / structure", "Structure porteuse", "Nom du groupement", "Association / collectif",
                "Organisme demandeur", "Dénomination", "Nom de la structure", "Porteur de projet (structure)",
                "Raison sociale", "Association"],
        "kind": ["Statut juridique", "Type de structure", "Forme juridique", "Statut"],
        "contact": ["Personne à contacter", "Nom et prénom du référent", "Contact", "Responsable du projet",
                    "Interlocuteur", "Référent du projet", "Nom du contact", "Porteur du projet", "Contact principal",
                    "Nom, prénom"],
        "street": ["Adresse", "N° et rue", "Adresse postale", "Adresse du siège", "Adresse (n°, rue)",
                   "Adresse de correspondance", "Rue", "Adresse", "N°, voie", "Domicile"],
        "pcplace": ["Code postal et commune", "CP / Ville", "Code postal - Commune", "CP et localité"],
        "postcode": ["Code postal", "CP", "Code postal"],
        "place": ["Commune", "Ville", "Localité", "Commune"],
        "phone": ["Téléphone", "Tél.", "Portable", "N° de téléphone", "Tél. / portable", "Téléphone fixe ou portable"],
        "email": ["Courriel", "E-mail", "Adresse mail", "Mél", "Adresse électronique"],
        "title": ["Intitulé du projet", "Titre du projet", "Nom du projet", "Projet", "Intitulé de l'action",
                  "Titre de l'initiative", "Votre projet en quelques mots"],
        "desc": ["Description succincte", "Décrivez votre projet", "Objet de la demande", "Présentation du projet",
                 "En quoi consiste le projet ?"],
        "req": ["Montant sollicité", "Subvention demandée", "Aide demandée (10 000 € maximum)",
                "Montant demandé au titre de l'appel", "Montant de l'aide sollicitée", "Subvention sollicitée",
                "Participation demandée"],
        "total": ["Coût total du projet", "Budget global", "Montant total", "Budget prévisionnel total",
                  "Coût global de l'action", "Total des dépenses", "Budget total"],
        "own": ["Autofinancement", "Fonds propres", "Apport de la structure"],
        "iban": ["IBAN", "RIB / IBAN", "Coordonnées bancaires"],
        "regno": ["N° SIRET", "SIRET", "N° RNA / SIRET"],
        "date": ["Date", "Fait le", "Date de la demande"],
        "sign": ["Signature", "Nom et signature", "Signature du représentant légal"],
        "role": "Fonction", "name": "Nom", "amount": "Montant", "item": "Poste",
        "exp": "Dépenses", "inc": "Recettes", "tot": "Total", "call_inc": ["Appel à projets Partons 2.0", "Subvention « Maak werk van je buurt »", "Aide sollicitée (appel à projets)"],
        "own_inc": "Autofinancement", "people_h": ["Fonction", "Nom", "Téléphone", "Courriel"],
        "sec_app": ["Identification du demandeur", "1. Le porteur de projet", "Qui êtes-vous ?", "A. Structure", "Demandeur"],
        "sec_con": ["Coordonnées", "2. Personne référente", "Bureau et contact", "B. Contact"],
        "sec_proj": ["Le projet", "3. Votre projet", "Présentation de l'action", "C. Projet"],
        "sec_bud": ["Budget prévisionnel", "4. Plan de financement", "Dépenses et recettes", "D. Budget"],
        "kinds": ["association loi 1901", "collectif d'habitants", "établissement scolaire", "association", "particulier"],
    },
}

INSTR = {
    "nl": [
        "Projectenoproep 'Maak werk van je buurt!' - 100 000 euro steun voor 10 lokale initiatieven. "
        "Per project kan maximaal 10 000 euro gevraagd worden. Bezorg dit formulier vóór 16 juni 2019 aan "
        "Provincie West-Vlaanderen, t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide of via jonas.polin@west-vlaanderen.be.",
        "Geselecteerde projecten nemen deel aan het begeleidingstraject Partons 2.0. Hou deze data vrij: "
        "26/09/2019 (10h-14h), 7/11/2019 (10h-14h), 28/11/2019 (18h-21h), 19/12/2019 (10h-14h), 30/01/2020 (18h-21h).",
        "Vul alle velden in. Het gevraagde bedrag mag niet hoger zijn dan 10 000 EUR. Vragen? Bel +32 51 51 94 37.",
        "De steun kan gebruikt worden voor enquêtes, begeleiding door een expert, kleine materialen en communicatie. "
        "Selectie eind juni 2019, start begeleiding juli/augustus 2019.",
    ],
    "fr": [
        "Appel à projets transfrontalier 'Maak werk van je buurt !' : 100 000 euros pour 10 initiatives locales. "
        "Aide plafonnée à 10 000 euros par projet. Dossier à envoyer avant le 16 juin 2019 à jonas.polin@west-vlaanderen.be.",
        "Les projets retenus participent au parcours d'accompagnement Partons 2.0 : 26/09/2019 (10h-14h), "
        "7/11/2019 (10h-14h), 28/11/2019 (18h-21h), 19/12/2019 (10h-14h), 30/01/2020 (18h-21h).",
        "Merci de remplir toutes les rubriques. Le montant demandé ne peut excéder 10 000 €. Renseignements : +32 489 309 839.",
        "Sélection fin juin 2019 ; démarrage de l'accompagnement en juillet/août 2019.",
    ],
}


def pick(lang, key, i):
    lst = L[lang][key]
    return lst[i % len(lst)]


def build(r, li, pc_mode="two", order="std", instr=(0,), show_iban=True, show_regno=True,
          show_desc=True, show_kind=True, section_style=None, phone_style=None):
    """Return dict(title, instr=[...], sections=[(heading, rows)])."""
    lang = r["lang"]
    sec = li if section_style is None else section_style
    ps = phone_style or r["pstyle"]
    A = lambda x: amt(x, r["astyle"])
    ph = lambda p: show_phone(p["phone"], ps)
    c = r["contact"]
    app = []
    app.append(("f", "org", pick(lang, "org", li), r["org"] or ""))
    if show_kind:
        app.append(("c", pick(lang, "kind", li), L[lang]["kinds"], r["kind"] if r["kind"] in L[lang]["kinds"] else L[lang]["kinds"][-2]))
    if show_regno and r["org"]:
        app.append(("f", "regno", pick(lang, "regno", li), r["regno"] if r["kind"] not in ("feitelijke vereniging", "collectif d'habitants") else ""))
    # contact / people
    con = []
    phone_in_form = r["phone_where"] == "form"
    if r["pm"] == "fields":
        if r["org"] and len(r["people"]) > 1:
            ch = r["people"][0]
            app.append(("f", "chair", ("Voorzitter" if lang == "nl" else "Président(e)"), ch["name"]))
        con.append(("f", "contact", pick(lang, "contact", li), c["name"]))
        con.append(("f", "street", pick(lang, "street", li), r["address"]))
        if pc_mode == "one":
            con.append(("f", "pcplace", pick(lang, "pcplace", li), f"{r['postcode']} {r['village']}"))
        else:
            con.append(("f", "postcode", pick(lang, "postcode", li), r["postcode"]))
            con.append(("f", "place", pick(lang, "place", li), r["village"]))
        con.append(("f", "phone", pick(lang, "phone", li), ph(c) if phone_in_form else ""))
        if r["form_email"]:
            con.append(("f", "email", pick(lang, "email", li), c["email"]))
    elif r["pm"] == "table":
        app.append(("f", "street", pick(lang, "street", li), r["address"]))
        if pc_mode == "one":
            app.append(("f", "pcplace", pick(lang, "pcplace", li), f"{r['postcode']} {r['village']}"))
        else:
            app.append(("f", "postcode", pick(lang, "postcode", li), r["postcode"]))
            app.append(("f", "place", pick(lang, "place", li), r["village"]))
        hdr = L[lang]["people_h"][:]
        rows = []
        for p in r["people"]:
            row = [p["role"], p["name"], ph(p)]
            if r["form_email"]:
                row.append(p["email"])
            rows.append(row)
        if not r["form_email"]:
            hdr = hdr[:3]
        con.append(("t", "people", hdr, rows))
    else:  # signer: association phone/email = signer's; no contact named
        app.append(("f", "street", pick(lang, "street", li), r["address"]))
        if pc_mode == "one":
            app.append(("f", "pcplace", pick(lang, "pcplace", li), f"{r['postcode']} {r['village']}"))
        else:
            app.append(("f", "postcode", pick(lang, "postcode", li), r["postcode"]))
            app.append(("f", "place", pick(lang, "place", li), r["village"]))
        app.append(("f", "phone", pick(lang, "phone", li), ph(c)))
        app.append(("f", "email", pick(lang, "email", li), c["email"]))
    if show_iban:
        app.append(("f", "iban", pick(lang, "iban", li), r["iban"]))
    proj = [("f", "title", pick(lang, "title", li), r["title"])]
    if show_desc:
        proj.append(("f", "desc", pick(lang, "desc", li), r["desc"]))
    bud = []
    Lg = L[lang]
    if r["bm"] == "reqonly":
        bud.append(("f", "req", pick(lang, "req", li), A(r["req"])))
    elif r["bm"] == "fields":
        bud.append(("f", "total", pick(lang, "total", li), A(r["total"])))
        bud.append(("f", "own", pick(lang, "own", li), A(r["own"]) if r["own"] else "0"))
        bud.append(("f", "req", pick(lang, "req", li), A(r["req"])))
    elif r["bm"] == "table":
        rows = [[lab, A(a)] for lab, a in r["expenses"]]
        rows.append([Lg["tot"], A(r["total"])])
        bud.append(("t", "expenses", [Lg["item"] if li % 2 else Lg["exp"], Lg["amount"]], rows))
        bud.append(("f", "req", pick(lang, "req", li), A(r["req"])))
    else:  # income: request only as an income line
        rows = [[lab, A(a)] for lab, a in r["expenses"]]
        rows.append([Lg["tot"] + " " + Lg["exp"].lower(), A(r["total"])])
        bud.append(("t", "expenses", [Lg["exp"], Lg["amount"]], rows))
        inc = []
        if r["own"]:
            inc.append([Lg["own_inc"], A(r["own"])])
        inc.append([Lg["call_inc"][li % 3], A(r["req"])])
        inc.append([Lg["tot"] + " " + Lg["inc"].lower(), A(r["total"])])
        bud.append(("t", "income", [Lg["inc"], Lg["amount"]], inc))
    sign = [("f", "date", pick(lang, "date", li), r["date"]),
            ("f", "signname", pick(lang, "sign", li), r["signer"]["name"] + (
                (" (" + r["signer"]["role"].lower() + ")") if r["org"] and r["pm"] != "table" else ""))]
    secs = [
        (pick(lang, "sec_app", sec), app),
        (pick(lang, "sec_con", sec), con),
        (pick(lang, "sec_proj", sec), proj),
        (pick(lang, "sec_bud", sec), bud),
        ("", sign),
    ]
    if order == "project_first":
        secs = [secs[2], secs[0], secs[1], secs[3], secs[4]]
    secs = [s for s in secs if s[1]]
    return {"instr": [INSTR[lang][k] for k in instr], "sections": secs}


def flat_fields(content):
    for h, rows in content["sections"]:
        for row in rows:
            yield h, row
