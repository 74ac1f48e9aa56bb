# -*- coding: utf-8 -*-
"""Language-level content: form items (label/value) and letters (paragraph blocks)."""

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

LABELS = {
    "nl": [
        dict(org="Naam vereniging / organisatie", contact="Contactpersoon", address="Adres", pcplace="Postcode + gemeente",
             phone="Telefoon / GSM", email="E-mail", title="Naam van het project", desc="Korte omschrijving van het project",
             total="Totale kostprijs", own="Eigen inbreng", req="Gevraagde bijdrage", budget="Begroting", item="Post", amount="Bedrag", sum="Totaal",
             head="Aanvraagformulier projectidee"),
        dict(org="Indiener (vereniging)", contact="Naam initiatiefnemer", address="Straat en nr.", pcplace="Postcode / Woonplaats",
             phone="Tel.", email="Mailadres", title="Projectnaam", desc="Wat willen jullie doen?", total="Totaal budget",
             own="Eigen middelen", req="Gevraagd aan de provincie", budget="Kostenraming", item="Omschrijving", amount="Kost", sum="TOTAAL",
             head="Projectfiche"),
        dict(org="Organisatie", contact="Verantwoordelijke", address="Adres (straat, nummer)", pcplace="Postcode en gemeente",
             phone="Telefoonnummer", email="E-mailadres", title="Titel project", desc="Beschrijving", total="Totale kost project",
             own="Zelf ingebracht", req="Gevraagd bedrag (max. 10.000 euro)", budget="Budget", item="Uitgave", amount="Bedrag (EUR)", sum="Totaal",
             head="Maak werk van je buurt! – ons projectvoorstel"),
    ],
    "fr": [
        dict(org="Nom de l'association", contact="Porteur de projet", address="Adresse", pcplace="Code postal / Commune",
             phone="Téléphone", email="Courriel", title="Intitulé du projet", desc="Description du projet",
             total="Coût total du projet", own="Autofinancement", req="Montant sollicité", budget="Budget prévisionnel", item="Poste", amount="Montant", sum="Total",
             head="Fiche projet – Appel à projets Partons 2.0"),
        dict(org="Structure porteuse", contact="Responsable", address="Adresse postale", pcplace="CP – Ville",
             phone="Tél.", email="E-mail", title="Nom du projet", desc="Votre projet en quelques lignes", total="Budget total",
             own="Apport de l'association", req="Aide demandée", budget="Dépenses prévues", item="Dépense", amount="Coût", sum="TOTAL",
             head="Dossier de candidature"),
        dict(org="Association", contact="Personne à contacter", address="Adresse (n° et rue)", pcplace="Code postal et commune",
             phone="Portable", email="Adresse mail", title="Titre", desc="Présentation", total="Montant total",
             own="Part autofinancée", req="Subvention demandée", budget="Budget", item="Nature", amount="Montant (€)", sum="Total",
             head="Appel à projets « Maak werk van je buurt » – Formulaire"),
    ],
    "en": [
        dict(org="Organisation", contact="Contact person", address="Address", pcplace="Postcode / Town", phone="Phone",
             email="E-mail", title="Project name", desc="Project description", total="Total cost", own="Own contribution",
             req="Amount requested", budget="Budget", item="Item", amount="Amount", sum="Total", head="Project idea – application form"),
    ],
}

PARTICIPATION = {
    "nl": ["We hebben al een eerste bewonersavond gehouden waar een dertigtal mensen op afkwamen.",
           "De school, de seniorenvereniging en de jeugdbeweging zitten mee in de werkgroep.",
           "Iedereen uit het dorp kan mee nadenken: we hangen een ideeënbus op in de bakkerij.",
           "Ook de gemeente staat achter ons idee.",
           "We willen zoveel mogelijk verschillende mensen betrekken, ook nieuwe inwoners en jongeren."],
    "fr": ["Une première réunion avec les habitants a déjà rassemblé une trentaine de personnes.",
           "L'école, le club des aînés et les associations sportives font partie du groupe de travail.",
           "La mairie soutient notre démarche.",
           "Nous voulons associer le plus de monde possible, y compris les nouveaux habitants et les jeunes.",
           "Une boîte à idées a été installée à la boulangerie."],
    "en": ["About thirty residents came to our first meeting.", "The local school and the village council support the idea.",
           "We want to involve as many people as possible, including young people and newcomers."],
}


def fr_de(org):
    """French 'de' + organisation name with the article a careful writer would use."""
    first = org.split()[0].lower()
    if first in ("association", "amicale", "ape", "estaminet"):
        return "de l'" + org
    if first in ("comité", "club", "cercle", "ccas", "repair"):
        return "du " + org
    if first in ("ferme", "bibliothèque"):
        return "de la " + org
    return "de " + org


def date_str(dt, lang):
    if lang == "nl": return f"{dt.day} {MONTHS_NL[dt.month - 1]} {dt.year}"
    if lang == "fr": return f"{'1er' if dt.day == 1 else dt.day} {MONTHS_FR[dt.month - 1]} {dt.year}"
    return f"{dt.day} {MONTHS_EN[dt.month - 1]} {dt.year}"


def honor(c):
    if not c["honor"]: return ""
    if c["lang"] == "nl": return "Mevr. " if c["female"] else "Dhr. "
    if c["lang"] == "fr": return "Mme " if c["female"] else "M. "
    return "Mrs " if c["female"] else "Mr "


def pcplace(c):
    s = f'{c["postcode"]} {c["place"]}'
    if c["add_country"]:
        s += {"nl": " (België)", "fr": " (France)", "en": ", Belgium"}[c["lang"]] if c["country"] == "BE" or c["lang"] == "fr" else ""
    return s


def form_items(c, rng, L=None):
    """Return (labels, items). items: list of (key, label, value, kind); kind in line/multi/budget."""
    lang = c["lang"]
    L = L or rng.choice(LABELS[lang])
    it = []
    if c["org"]: it.append(("org", L["org"], c["org"], "line"))
    it.append(("contact", L["contact"], honor(c) + c["name"] + ((" (" + c["role"] + ")") if c["role"] and rng.random() < 0.4 else ""), "line"))
    if c["show_address"]:
        if rng.random() < 0.3:
            it.append(("address", L["address"], f'{c["address"]}, {pcplace(c)}', "line"))
        else:
            it.append(("address", L["address"], c["address"], "line"))
            it.append(("pcplace", L["pcplace"], pcplace(c), "line"))
    if c["show_phone"] and rng.random() < 0.2:
        it.append(("phone_email", L["phone"] + " / " + L["email"], f'{c["phone_disp"]} - {c["email_disp"]}', "line"))
    else:
        if c["show_phone"]: it.append(("phone", L["phone"], c["phone_disp"], "line"))
        it.append(("email", L["email"], c["email_disp"], "line"))
    if c["show_title"]: it.append(("title", L["title"], c["title"], "line"))
    d = " ".join(c["desc"][:rng.randint(2, 3)])
    it.append(("desc", L["desc"], d, "multi"))
    if c["mode"] in ("table", "table_own") and rng.random() < 0.7:
        it.append(("budget", L["budget"], c["line_disp"], "budget"))
    if c["show_total"]: it.append(("total", L["total"], c["total_disp"], "line"))
    if c["own_c"]: it.append(("own", L["own"], c["own_disp"], "line"))
    if c["req_c"]: it.append(("req", L["req"], c["req_disp"], "line"))
    return L, it


def budget_sentences(c, rng, inline_table=True):
    """list of paragraphs (strings); table lines as '- item: amount' when inline_table."""
    lang, m = c["lang"], c["mode"]
    T, O, Rq = c["total_disp"], c["own_disp"], c["req_disp"]
    out = []
    if lang == "nl":
        if m == "req_only":
            out.append(rng.choice([f"Voor dit project vragen wij een bijdrage van {Rq}.", f"Het bedrag dat we aanvragen is {Rq}.",
                                   f"We zouden graag {Rq} steun krijgen om dit te realiseren."]))
        elif m == "full":
            out.append(f"De totale kostprijs schatten we op {T}." + (" We vragen dit volledige bedrag aan via de projectoproep." if Rq == T else f" We vragen het volledige bedrag, dus {Rq}."))
        elif m == "own":
            out.append(rng.choice([f"We schatten de totale kost op {T}. Zelf brengen we {O} in (eetfestijn en sponsoring), dus vragen we {Rq}.",
                                   f"Het project kost in totaal {T}, waarvan de vereniging {O} zelf draagt. Wij vragen daarom een bijdrage van {Rq}."]))
        elif m in ("table", "table_own"):
            out.append("Onze raming ziet er zo uit:")
            if inline_table:
                out.append("\n".join(f"- {a}: {b}" for a, b in c["line_disp"]) + f"\nTotaal: {T}")
            if m == "table":
                out.append(rng.choice([f"We vragen het volledige bedrag van {Rq}.", f"Gevraagd bedrag: {Rq}."]))
            else:
                out.append(f"Daarvan brengen we zelf {O} in, zodat we {Rq} vragen.")
        else:
            out.append("Het budget zijn we nog aan het uitwerken; dat bezorgen we u zo snel mogelijk.")
    elif lang == "fr":
        if m == "req_only":
            out.append(rng.choice([f"Pour ce projet, nous sollicitons une aide de {Rq}.", f"Le montant demandé est de {Rq}.",
                                   f"Nous souhaiterions obtenir {Rq} pour mener à bien ce projet."]))
        elif m == "full":
            out.append(f"Le coût total est estimé à {T}." + (" Nous sollicitons la totalité de ce montant." if Rq == T else f" Nous demandons donc {Rq}."))
        elif m == "own":
            out.append(rng.choice([f"Le coût total est estimé à {T} ; l'association apporte {O} sur fonds propres, nous demandons donc {Rq}.",
                                   f"Sur un budget global de {T}, nous prenons en charge {O} (buvette, sponsors). La subvention demandée s'élève à {Rq}."]))
        elif m in ("table", "table_own"):
            out.append("Voici notre budget prévisionnel :")
            if inline_table:
                out.append("\n".join(f"- {a} : {b}" for a, b in c["line_disp"]) + f"\nTotal : {T}")
            if m == "table":
                out.append(rng.choice([f"Nous sollicitons la totalité, soit {Rq}.", f"Montant demandé : {Rq}."]))
            else:
                out.append(f"L'association finance elle-même {O}, nous demandons donc {Rq}.")
        else:
            out.append("Le budget est en cours d'élaboration, nous vous le transmettrons rapidement.")
    else:
        if m == "req_only":
            out.append(f"We would like to ask for {Rq}.")
        elif m == "full":
            out.append(f"We estimate the total cost at {T}" + (" and ask for the full amount." if Rq == T else f", so we ask for {Rq}."))
        elif m == "own":
            out.append(f"We estimate the total at {T}. We bring {O} ourselves, so we ask {Rq}.")
        elif m in ("table", "table_own"):
            out.append("Our budget:")
            if inline_table:
                out.append("\n".join(f"- {a}: {b}" for a, b in c["line_disp"]) + f"\nTotal: {T}")
            out.append(f"We request {Rq}." if m == "table" else f"We contribute {O} ourselves and request {Rq}.")
        else:
            out.append("We are still working out the budget.")
    return out


def letter(c, rng, contact_mode=None, in_body=False):
    """Return dict of letter blocks."""
    lang = c["lang"]
    org, name, role = c["org"], c["name"], c["role"]
    contact_mode = contact_mode or rng.choice(["letterhead", "signature", "signature", "sentence"])
    if not c["show_address"] and contact_mode == "letterhead":
        contact_mode = "signature"
    L = {"contact_mode": contact_mode}
    addr_lines = [c["address"], pcplace(c)] if c["show_address"] else []
    tel = {"nl": "Tel. ", "fr": "Tél. ", "en": "Tel. "}[lang]
    tel = rng.choice([tel, "GSM ", ""]) if lang == "nl" else tel
    phone_line = [tel + c["phone_disp"]] if c["show_phone"] else []
    if contact_mode == "letterhead":
        L["letterhead"] = ([org] if org else [name]) + addr_lines + phone_line + [c["email_disp"]]
    else:
        L["letterhead"] = [org] if org and rng.random() < 0.5 else []
    if rng.random() < 0.5:
        L["recipient"] = {"nl": ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0", "Woumenweg 100", "8600 Diksmuide"],
                          "fr": ["Province de Flandre-Occidentale", "Projet Interreg Partons 2.0", "Woumenweg 100", "8600 Diksmuide (Belgique)"],
                          "en": ["Province of West Flanders", "Partons 2.0 project coordinator", "Woumenweg 100", "8600 Diksmuide"]}[lang]
    else:
        L["recipient"] = []
    L["place_date"] = {"nl": f'{c["place"]}, {date_str(c["date"], lang)}', "fr": f'{c["place"]}, le {date_str(c["date"], lang)}',
                       "en": f'{c["place"]}, {date_str(c["date"], lang)}'}[lang]
    T = c["title"] if c["show_title"] else None
    if lang == "nl":
        L["subject"] = "Betreft: projectoproep 'Maak werk van je buurt!'" + (f" – {T}" if T and rng.random() < 0.5 else "")
        L["salutation"] = rng.choice(["Geachte heer Polin,", "Beste Jonas,", "Geachte,", "Beste projectcoördinator,"])
        who = (f"Als {role} van {org} " if role and rng.random() < 0.5 else f"Namens {org} ") if org else "Ik "
        verb = "stel ik " if who != "Ik " else "stel "
        intro = who + (verb if who != "Ik " else "stel ") + "graag ons projectidee voor" + (f", “{T}”." if T and (in_body or T not in L["subject"]) else ".")
        if who == "Ik ":
            intro = "Als inwoner van " + c["place"] + " stel ik graag mijn projectidee voor" + (f": “{T}”." if T and (in_body or T not in L["subject"]) else ".")
        L["closing"] = rng.choice(["Met vriendelijke groeten,", "Met vriendelijke groet,", "Hoogachtend,", "Alvast bedankt en vriendelijke groeten,"])
    elif lang == "fr":
        L["subject"] = "Objet : candidature à l'appel à projets Partons 2.0" + (f" – « {T} »" if T and rng.random() < 0.5 else "")
        L["salutation"] = rng.choice(["Madame, Monsieur,", "Monsieur Polin,", "Bonjour,", "Monsieur le coordinateur,"])
        if org:
            intro = (f"En tant que {role} {fr_de(org)}, " if role and rng.random() < 0.5 else f"Au nom {fr_de(org)}, ") + \
                    "j'ai le plaisir de vous présenter notre projet" + (f" « {T} »." if T and (in_body or T not in L["subject"]) else ".")
        else:
            intro = f"Habitant{'e' if c['female'] else ''} de {c['place']}, je souhaite vous présenter mon idée de projet" + (f" « {T} »." if T and (in_body or T not in L["subject"]) else ".")
        L["closing"] = rng.choice(["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "Bien cordialement,", "Cordialement,", "Dans l'attente de votre réponse, recevez nos meilleures salutations."])
    else:
        L["subject"] = "Re: Call for projects 'Maak werk van je buurt!'" + (f" – {T}" if T else "")
        L["salutation"] = rng.choice(["Dear Mr Polin,", "Dear Sir or Madam,", "Hello Jonas,"])
        intro = (f"On behalf of {org}, " if org else f"As a resident of {c['place']}, ") + "I would like to submit our project idea" + (f", \"{T}\"." if T and (in_body or T not in L["subject"]) else ".")
        L["closing"] = rng.choice(["Kind regards,", "Best wishes,", "Yours sincerely,"])
    paras = [intro] + [" ".join(c["desc"])]
    paras.append(" ".join(rng.sample(PARTICIPATION[lang], 2)))
    # distractors: other people and other amounts a careless reader could pick up
    r = rng.random()
    if r < 0.18:
        other = rng.choice(["Koen Vermeersch", "Sabine Dedeyne", "Marc Vanhoutte", "Frédéric Lamote", "Annick Deleu"])
        paras[-1] += {"nl": f" De directeur van de school, {other}, en de schepen van Vrije Tijd steunen het project.",
                      "fr": f" Le maire, {other}, et la directrice de l'école soutiennent le projet.",
                      "en": f" The mayor, {other}, supports the project."}[lang]
    elif r < 0.34:
        paras[-1] += {"nl": " We weten dat de bijdrage beperkt is tot maximaal 10.000 euro per project en hebben ons budget daarop afgestemd.",
                      "fr": " Nous savons que l'aide est plafonnée à 10 000 euros par projet.",
                      "en": " We understand the maximum contribution is 10,000 euro."}[lang]
    elif r < 0.44:
        paras[-1] += {"nl": " Vorig jaar kregen we al 1.500 euro van de gemeente voor een eerste bewonersavond.",
                      "fr": " L'an dernier, la commune nous avait déjà accordé 1 200 euros pour une première réunion.",
                      "en": " Last year the municipality gave us 1,500 euro for a first meeting."}[lang]
    L["budget"] = budget_sentences(c, rng, inline_table=True)
    paras += L["budget"]
    if contact_mode == "sentence":
        bits = []
        if lang == "nl":
            s = "U kunt mij bereiken"
            if c["show_address"]: s = f"Mijn adres is {c['address']}, {pcplace(c)}. " + s
            s += (f" op {c['phone_disp']} of" if c["show_phone"] else "") + f" via {c['email_disp']}."
        elif lang == "fr":
            s = "Vous pouvez me joindre"
            if c["show_address"]: s = f"Mon adresse : {c['address']}, {pcplace(c)}. " + s
            s += (f" au {c['phone_disp']} ou" if c["show_phone"] else "") + f" par mail : {c['email_disp']}."
        else:
            s = "You can reach me"
            if c["show_address"]: s = f"My address is {c['address']}, {pcplace(c)}. " + s
            s += (f" on {c['phone_disp']} or" if c["show_phone"] else "") + f" at {c['email_disp']}."
        paras.append(s)
    paras.append({"nl": "We kijken uit naar uw antwoord.", "fr": "Nous restons à votre disposition pour tout renseignement complémentaire.",
                  "en": "We look forward to hearing from you."}[lang])
    L["paras"] = paras
    sig = [name]
    if org:
        sig.append((role[0].upper() + role[1:] + ", " if role else "") + org) if not (contact_mode == "letterhead" and rng.random() < 0.5) else None
    if contact_mode == "signature":
        sig += addr_lines + phone_line + [c["email_disp"]]
    L["signature"] = sig
    return L


def letter_text(L, c, with_head=True):
    """Flatten letter to plain text lines."""
    out = []
    if with_head:
        if L["letterhead"]: out += L["letterhead"] + [""]
        if L["recipient"]: out += L["recipient"] + [""]
        out += [L["place_date"], "", L["subject"], ""]
    out += [L["salutation"], ""]
    for p in L["paras"]:
        out += [p, ""]
    out += [L["closing"], ""] + L["signature"]
    return "\n".join(out)
