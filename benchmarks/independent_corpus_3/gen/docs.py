"""Build the abstract content (blocks) of a form or a letter for one case.

Block kinds:
  ("h", text)                      heading
  ("p", text)                      paragraph
  ("table", rows)                  rows = list of rows, row = list of cells
        cell = dict(t=text, span=n, bold=bool, field=name-or-None, label=label-of-field)
  ("fill", [(label, value, name)]) "Label: [fill-in field]" lines
"""
import random
from cases import fmt_amount, plain_amount

L = {
    "nl": dict(
        form_title=["Projectfiche „Maak werk van je buurt!”", "Aanvraagformulier projectidee – Maak werk van je buurt!",
                    "PROJECTIDEE Partons 2.0 – oproep 2019", "Formulier projectoproep leefbare dorpen en buurten"],
        sec1=["1. Initiatiefnemer", "Gegevens aanvrager", "A. Wie dient in?"],
        sec2=["2. Het project", "Projectidee", "B. Wat willen jullie doen?"],
        sec3=["3. Begroting", "Budget", "C. Financiering"],
        org=["Naam initiatiefnemer", "Vereniging / groep", "Organisatie", "Naam vereniging"],
        initiator_person=["Naam initiatiefnemer", "Aanvrager", "Naam en voornaam"],
        contact=["Contactpersoon", "Verantwoordelijke", "Naam contactpersoon"],
        address=["Adres", "Straat + nr.", "Straat en huisnummer"],
        pc=["Postcode"], place=["Gemeente", "Deelgemeente / gemeente", "Woonplaats"],
        pcplace=["Postcode en gemeente", "Postcode + gemeente"],
        fulladdr=["Adres", "Correspondentieadres"],
        phone=["Telefoon", "GSM", "Tel.", "Telefoonnummer"], email=["E-mail", "E-mailadres", "Mail"],
        title=["Titel van het project", "Naam van het project", "Projecttitel", "Titel projectidee"],
        descr=["Korte omschrijving", "Beschrijving van het idee", "Wat is het idee?"],
        partners=["Partners / betrokken inwoners", "Wie werkt mee?"],
        timing=["Timing", "Planning"],
        req=["Gevraagd bedrag", "Gevraagde subsidie", "Gevraagde bijdrage Partons 2.0", "Bedrag gevraagd aan de oproep"],
        total=["Totale kostprijs", "Totaal budget", "Totale kost project", "TOTAAL"],
        own=["Eigen inbreng", "Eigen middelen", "Inbreng vereniging"],
        costhead=("Omschrijving", "Bedrag (€)"), total_row="Totaal", country="België",
        seebijlage="zie bijlage", seeabove="zie hierboven",
        date_sig=["Datum en handtekening", "Handtekening"],
        descr_texts=["We willen samen met de bewoners {t}. Er zijn al een twintigtal mensen die willen meehelpen.",
                     "Ons dorp heeft nood aan een plek waar jong en oud elkaar ontmoeten. Met dit project willen we daar werk van maken.",
                     "Na een bevraging bij de inwoners kwam dit idee als eerste naar boven. De gemeente steunt het initiatief."],
        partner_texts=["de school, de jeugdbeweging, het OCMW", "buren uit de straat en de lokale middenstand",
                       "de parochie, de seniorenvereniging en de gemeente"],
        timing_texts=["september 2019 – juni 2020", "start na de zomer, afronding voorjaar 2020", "najaar 2019"],
    ),
    "fr": dict(
        form_title=["Fiche projet – appel à projets Partons 2.0", "Formulaire de candidature – villages et quartiers vivants",
                    "FICHE IDÉE PROJET 2019", "Dossier de candidature « Maak werk van je buurt ! »"],
        sec1=["1. Porteur de projet", "Identification du demandeur", "A. Qui êtes-vous ?"],
        sec2=["2. Le projet", "Présentation du projet", "B. Votre idée"],
        sec3=["3. Budget prévisionnel", "Plan de financement", "C. Budget"],
        org=["Porteur de projet", "Structure porteuse", "Nom de l'association", "Association / collectif"],
        initiator_person=["Porteur de projet", "Demandeur", "Nom et prénom"],
        contact=["Personne référente", "Nom du contact", "Responsable du projet"],
        address=["Adresse", "N° et rue"],
        pc=["Code postal"], place=["Commune", "Ville"],
        pcplace=["Code postal / Commune", "CP et commune"],
        fulladdr=["Adresse", "Adresse postale"],
        phone=["Téléphone", "Tél.", "Portable", "N° de téléphone"], email=["Courriel", "E-mail", "Adresse mail"],
        title=["Intitulé du projet", "Titre du projet", "Nom du projet"],
        descr=["Description succincte", "Description du projet", "En quelques lignes"],
        partners=["Partenaires", "Habitants et partenaires associés"],
        timing=["Calendrier", "Période de réalisation"],
        req=["Montant sollicité", "Subvention demandée", "Aide demandée", "Montant demandé à l'appel à projets"],
        total=["Coût total du projet", "Budget total", "TOTAL", "Montant total"],
        own=["Autofinancement", "Apport propre", "Fonds propres"],
        costhead=("Poste de dépense", "Montant (€)"), total_row="Total", country="France",
        seebijlage="voir pièce jointe", seeabove="voir ci-dessus",
        date_sig=["Date et signature", "Fait à ........., le ........"],
        descr_texts=["Nous souhaitons, avec les habitants, créer « {t} ». Une vingtaine de bénévoles sont déjà partants.",
                     "Le village manque d'un lieu où jeunes et anciens se rencontrent. Ce projet veut y répondre.",
                     "L'idée est ressortie d'une réunion publique organisée en mairie au printemps."],
        partner_texts=["la mairie, l'école et le comité des fêtes", "les voisins, les commerçants du bourg",
                       "le club des aînés, la paroisse, la médiathèque"],
        timing_texts=["septembre 2019 – juin 2020", "de la rentrée 2019 au printemps 2020", "automne 2019"],
    ),
    "en": dict(
        form_title=["Project idea form – Partons 2.0 call 2019", "Application: liveable villages and neighbourhoods"],
        sec1=["1. Applicant", "About us"], sec2=["2. The project", "Our idea"], sec3=["3. Budget", "Costs"],
        org=["Name of initiator", "Group / association"], initiator_person=["Name of initiator", "Applicant"],
        contact=["Contact person", "Contact"], address=["Address", "Street and number"], pc=["Postcode"],
        place=["Town / village"], pcplace=["Postcode and town"], fulladdr=["Address"],
        phone=["Telephone", "Phone", "Mobile"], email=["E-mail", "Email address"],
        title=["Project title", "Name of the project"], descr=["Short description", "What is the idea?"],
        partners=["Partners"], timing=["Timing"],
        req=["Amount requested", "Grant requested"], total=["Total cost", "Total budget"], own=["Own contribution"],
        costhead=("Item", "Amount (€)"), total_row="Total", country="Belgium",
        seebijlage="see attachment", seeabove="see above", date_sig=["Date and signature"],
        descr_texts=["Together with residents we want to create '{t}'. About fifteen neighbours have offered to help.",
                     "There is no place in the village where newcomers and long-time residents meet."],
        partner_texts=["the parish council, the primary school", "local farmers and the village café"],
        timing_texts=["autumn 2019 to spring 2020"],
    ),
}


def C(t, span=1, bold=False, field=None, label=None):
    return dict(t=t, span=span, bold=bold, field=field, label=label)


def field_items(c, rnd):
    """Ordered (key, label, value) list of the applicant fields as this applicant fills them in."""
    lab = L[c["lang"]]
    lang = c["lang"]
    items = []
    if c["org"]:
        if rnd.random() < 0.5:
            items.append(("org", rnd.choice(lab["org"]), c["org"]))
            items.append(("contact", rnd.choice(lab["contact"]), c["person"] if rnd.random() < 0.75 else f"{c['last']} {c['first']}"))
        else:
            items.append(("person", rnd.choice(lab["initiator_person"]), c["person"]))
            items.append(("org", rnd.choice(lab["org"][1:]), c["org"]))
    else:
        items.append(("person", rnd.choice(lab["initiator_person"]), c["person"]))
    # address
    style = rnd.random()
    ctry = (" – " + lab["country"]) if rnd.random() < 0.25 else ""
    if c["country"] == "BE" and lang != "en":
        ctry_name = "België" if lang == "nl" else "Belgique"
    elif c["country"] == "FR":
        ctry_name = "Frankrijk" if lang == "nl" else "France"
    else:
        ctry_name = "Belgium"
    ctry = f", {ctry_name}" if rnd.random() < 0.25 else ""
    if style < 0.35:
        items.append(("address", rnd.choice(lab["address"]), c["address"]))
        items.append(("pc", rnd.choice(lab["pc"]), c["postcode"]))
        items.append(("place", rnd.choice(lab["place"]), c["place"] + ctry))
    elif style < 0.7:
        items.append(("address", rnd.choice(lab["address"]), c["address"]))
        items.append(("pcplace", rnd.choice(lab["pcplace"]), f"{c['postcode']} {c['place']}{ctry}"))
    else:
        sep = rnd.choice([", ", " – ", ", "])
        items.append(("fulladdr", rnd.choice(lab["fulladdr"]), f"{c['address']}{sep}{c['postcode']} {c['place']}{ctry}"))
    items.append(("phone", rnd.choice(lab["phone"]), c["phone_written"] if c["phone_stated"] else ""))
    if c["email_stated"]:
        items.append(("email", rnd.choice(lab["email"]), c["email"]))
    else:
        items.append(("email", rnd.choice(lab["email"]), rnd.choice(["", "", lab["seeabove"]])))
    return items


def project_items(c, rnd):
    lab = L[c["lang"]]
    items = [("title", rnd.choice(lab["title"]), c["title"])]
    d = rnd.choice(lab["descr_texts"]).format(t=c["title"].lower())
    if rnd.random() < 0.25:
        d = lab["seebijlage"]
    items.append(("descr", rnd.choice(lab["descr"]), d))
    if rnd.random() < 0.6:
        items.append(("partners", rnd.choice(lab["partners"]), rnd.choice(lab["partner_texts"]) if rnd.random() < 0.8 else ""))
    if rnd.random() < 0.6:
        items.append(("timing", rnd.choice(lab["timing"]), rnd.choice(lab["timing_texts"])))
    return items


def money_items(c, rnd):
    lab = L[c["lang"]]
    lang = c["lang"]
    items = []
    if c["total_stated"]:
        items.append(("total", rnd.choice(lab["total"][:-1] if "TOTAL" in lab["total"][-1] else lab["total"]), fmt_amount(c["total"], lang, rnd)))
    if c["own"]:
        items.append(("own", rnd.choice(lab["own"]), fmt_amount(c["own"], lang, rnd)))
    items.append(("req", rnd.choice(lab["req"]), fmt_amount(c["req"], lang, rnd)))
    return items


def budget_table(c, rnd, with_req=True):
    lab = L[c["lang"]]
    lang = c["lang"]
    h1, h2 = lab["costhead"]
    rows = [[C(h1, bold=True), C(h2, bold=True)]]
    for name, amt in c["costs"]:
        rows.append([C(name), C(plain_amount(amt, lang))])
    rows.append([C(lab["total_row"], bold=True), C(plain_amount(c["total"], lang), bold=True)])
    if c["own"]:
        rows.append([C(rnd.choice(lab["own"])), C(plain_amount(c["own"], lang))])
    if with_req:
        rows.append([C(rnd.choice(lab["req"]), bold=True), C(fmt_amount(c["req"], lang, rnd), bold=True)])
    return rows


def intro_letter(c, rnd):
    lang = c["lang"]
    if lang == "nl":
        return rnd.choice([
            "Beste Jonas, hieronder vindt u het ingevulde formulier voor ons projectidee. Alvast bedankt om het te bekijken.",
            "Geachte, met dit formulier stellen wij ons project kandidaat voor de oproep ‘Maak werk van je buurt!’.",
            "Beste projectcoördinator, graag dienen wij ons idee in voor de projectenoproep van Partons 2.0."])
    if lang == "fr":
        return rnd.choice([
            "Madame, Monsieur, nous avons le plaisir de vous adresser ci-dessous notre fiche projet pour l'appel Partons 2.0.",
            "Bonjour, voici le formulaire complété de notre association. Nous restons à votre disposition.",
            "Suite à la réunion d'information, nous déposons notre idée de projet pour notre village."])
    return "Dear coordinator, please find below our project idea for the 2019 call. Many thanks for considering it."


def build_form(c, layout, rnd, pdf_fields=False):
    """layout: twocol | above | fourcol | fill. Returns list of blocks.
    If pdf_fields, value cells carry field names (for HTML form controls)."""
    lab = L[c["lang"]]
    blocks = []
    if rnd.random() < 0.35:
        blocks.append(("p", intro_letter(c, rnd)))
    blocks.append(("h", rnd.choice(lab["form_title"])))
    fi = field_items(c, rnd)
    pi = project_items(c, rnd)
    mi = money_items(c, rnd)
    namer = field_namer(c, rnd) if pdf_fields else (lambda label: None)
    show_budget = c["total_stated"] and rnd.random() < 0.75

    def section_rows(title, items, ncols):
        rows = []
        if layout == "twocol":
            rows.append([C(title, span=2, bold=True)])
            for k, lbl, v in items:
                rows.append([C(lbl), C(v, field=namer(lbl), label=lbl)])
        elif layout == "above":
            rows.append([C(title, span=2, bold=True)])
            its = list(items)
            while its:
                pair = its[:2]
                its = its[2:]
                if len(pair) == 1 or pair[0][0] in ("descr",) or (len(pair) > 1 and pair[1][0] == "descr"):
                    if len(pair) == 2:
                        its.insert(0, pair[1])
                    k, lbl, v = pair[0]
                    rows.append([C(lbl, span=2, bold=True)])
                    rows.append([C(v, span=2, field=namer(lbl), label=lbl)])
                else:
                    rows.append([C(pair[0][1], bold=True), C(pair[1][1], bold=True)])
                    rows.append([C(pair[0][2], field=namer(pair[0][1]), label=pair[0][1]),
                                 C(pair[1][2], field=namer(pair[1][1]), label=pair[1][1])])
        else:  # fourcol
            rows.append([C(title, span=4, bold=True)])
            its = list(items)
            while its:
                k, lbl, v = its.pop(0)
                if k in ("descr", "title", "fulladdr", "org") or not its or its[0][0] in ("descr", "title"):
                    rows.append([C(lbl), C(v, span=3, field=namer(lbl), label=lbl)])
                else:
                    k2, lbl2, v2 = its.pop(0)
                    rows.append([C(lbl), C(v, field=namer(lbl), label=lbl), C(lbl2), C(v2, field=namer(lbl2), label=lbl2)])
        return rows

    if layout == "fill":
        blocks.append(("h", rnd.choice(lab["sec1"])))
        blocks.append(("fill", [(lbl, v, namer(lbl)) for k, lbl, v in fi]))
        blocks.append(("h", rnd.choice(lab["sec2"])))
        blocks.append(("fill", [(lbl, v, namer(lbl)) for k, lbl, v in pi]))
        blocks.append(("h", rnd.choice(lab["sec3"])))
        if show_budget:
            blocks.append(("table", budget_table(c, rnd, with_req=False)))
        blocks.append(("fill", [(lbl, v, namer(lbl)) for k, lbl, v in mi]))
    else:
        ncols = 4 if layout == "fourcol" else 2
        rows = section_rows(rnd.choice(lab["sec1"]), fi, ncols) + section_rows(rnd.choice(lab["sec2"]), pi, ncols)
        if show_budget and rnd.random() < 0.5 and not pdf_fields:
            # budget as separate table including requested amount
            blocks.append(("table", rows))
            blocks.append(("h", rnd.choice(lab["sec3"])))
            blocks.append(("table", budget_table(c, rnd, with_req=True)))
        else:
            rows += section_rows(rnd.choice(lab["sec3"]), mi, ncols)
            blocks.append(("table", rows))
            if show_budget:
                blocks.append(("p", {"nl": "Detail van de kosten:", "fr": "Détail des dépenses :", "en": "Cost breakdown:"}[c["lang"]]))
                blocks.append(("table", budget_table(c, rnd, with_req=False)))
    blocks.append(("p", rnd.choice(lab["date_sig"]) + ": " + c["date"].strftime("%d/%m/%Y") + "   " + c["person"]))
    if rnd.random() < 0.4:  # the blank form's own footer: the coordinator's details (distractor)
        blocks.append(("p", {
            "nl": "Formulier terug te sturen vóór 16 juni 2019 naar coordinator@example.org of per post: Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide – tel. 051 00 00 00",
            "fr": "Formulaire à renvoyer avant le 16 juin 2019 à coordinator@example.org ou par courrier : Woumenweg 100, 8600 Diksmuide (Belgique) – tél. +32 51 00 00 00",
            "en": "Return this form before 16 June 2019 to coordinator@example.org (Woumenweg 100, 8600 Diksmuide)."}[c["lang"]]))
    return blocks


def field_namer(c, rnd):
    scheme = rnd.choice(["Text", "Tekstveld ", "veld", "Champ texte ", "label"])
    if c["lang"] == "fr" and scheme in ("Tekstveld ", "veld"):
        scheme = rnd.choice(["Champ texte ", "champ", "Text"])
    counter = [rnd.choice([0, 0, 3, 10])]
    used = set()

    def name(label):
        counter[0] += 1
        if scheme == "label":
            import unicodedata
            s = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
            s = "".join(ch if ch.isalnum() else "_" for ch in s).strip("_")
            while "__" in s:
                s = s.replace("__", "_")
            n = s
            while n in used:
                n += "_2"
            used.add(n)
            return n
        return f"{scheme}{counter[0]}"
    return name


def build_letter(c, rnd):
    """A letter with sender block, subject, body and a small budget table."""
    lang = c["lang"]
    lab = L[lang]
    blocks = []
    sender = []
    if c["org"]:
        sender.append(c["org"])
        sender.append(("p.a. " if lang == "nl" else "c/o " if lang == "en" else "") + c["person"] if rnd.random() < 0.4 else c["person"])
    else:
        sender.append(c["person"])
    sender.append(c["address"])
    sender.append(f"{c['postcode']} {c['place']}")
    if c["phone_stated"]:
        sender.append(("Tel. " if lang != "fr" else "Tél. ") + c["phone_written"])
    if c["email_stated"]:
        sender.append(c["email"])
    blocks.append(("lines", sender))
    if lang == "nl":
        rec = ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0", "Woumenweg 100", "8600 Diksmuide"]
        d = f"{c['place']}, {c['date'].day} {['mei','juni'][c['date'].month-5]} 2019"
        subj = f"Betreft: projectidee „{c['title']}”"
        body = [
            "Beste,",
            f"Met deze brief dienen wij ons projectidee „{c['title']}” in voor de projectenoproep ‘Maak werk van je buurt!’.",
            rnd.choice(lab["descr_texts"]).format(t=c["title"].lower()),
        ]
        money = f"Wij vragen hiervoor een bijdrage van {fmt_amount(c['req'], lang, rnd)}."
        if c["total_stated"]:
            money += f" De totale kostprijs van het project bedraagt {fmt_amount(c['total'], lang, rnd)}"
            money += f", waarvan {fmt_amount(c['own'], lang, rnd)} eigen inbreng." if c["own"] else "."
        bt = "De kosten zien er als volgt uit:"
        close = ["Wij hopen op een positief antwoord en komen het project graag toelichten.", "Met vriendelijke groeten,"]
    elif lang == "fr":
        rec = ["Province de Flandre occidentale", "À l'attention du coordinateur Partons 2.0", "Woumenweg 100", "8600 Diksmuide (Belgique)"]
        mois = ["mai", "juin"][c['date'].month - 5]
        d = f"{c['place']}, le {c['date'].day} {mois} 2019"
        subj = f"Objet : candidature – « {c['title']} »"
        body = ["Madame, Monsieur,",
                f"Nous avons l'honneur de vous présenter notre projet « {c['title']} » dans le cadre de l'appel à projets Partons 2.0.",
                rnd.choice(lab["descr_texts"]).format(t=c["title"].lower())]
        money = f"Nous sollicitons une aide de {fmt_amount(c['req'], lang, rnd)}."
        if c["total_stated"]:
            money += f" Le coût total du projet s'élève à {fmt_amount(c['total'], lang, rnd)}"
            money += f", dont {fmt_amount(c['own'], lang, rnd)} d'autofinancement." if c["own"] else "."
        bt = "Le budget prévisionnel est le suivant :"
        close = ["Nous restons à votre disposition pour tout renseignement complémentaire.",
                 "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."]
    else:
        rec = ["Province of West Flanders", "Partons 2.0 project coordinator", "Woumenweg 100", "8600 Diksmuide"]
        d = f"{c['place']}, {c['date'].day} {['May','June'][c['date'].month-5]} 2019"
        subj = f"Re: project idea – {c['title']}"
        body = ["Dear Sir or Madam,",
                f"We would like to submit our project idea “{c['title']}” for the call 'Maak werk van je buurt!'.",
                rnd.choice(lab["descr_texts"]).format(t=c["title"].lower())]
        money = f"We are asking for a grant of {fmt_amount(c['req'], lang, rnd)}."
        if c["total_stated"]:
            money += f" The total cost of the project is {fmt_amount(c['total'], lang, rnd)}"
            money += f", of which {fmt_amount(c['own'], lang, rnd)} is our own contribution." if c["own"] else "."
        bt = "Budget:"
        close = ["We would be happy to show you around the village.", "Kind regards,"]
    blocks.append(("p", ""))
    blocks.append(("lines", rec))
    blocks.append(("p", d))
    blocks.append(("h", subj))
    for b in body:
        blocks.append(("p", b))
    blocks.append(("p", money))
    if c["total_stated"]:
        blocks.append(("p", bt))
        blocks.append(("table", budget_table(c, rnd, with_req=rnd.random() < 0.5)))
    for b in close:
        blocks.append(("p", b))
    blocks.append(("lines", [c["person"]] + ([c["org"]] if c["org"] and rnd.random() < 0.5 else [])))
    return blocks
