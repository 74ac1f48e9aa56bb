"""Document content (forms and letters) as a list of neutral blocks, rendered later by render.py."""
from cases import fmt_amount, words, NL_MONTHS, FR_MONTHS, EN_MONTHS

COORD_BLOCK = ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0", "Woumenweg 100",
               "8600 Diksmuide"]
FOOTER = {
    "nl": "Terug te bezorgen vóór 16 juni 2019 aan Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide – "
          "coordinator@example.org – tel. 051 00 00 00",
    "fr": "À renvoyer avant le 16 juin 2019 : Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide (Belgique) – "
          "coordinator@example.org – tél. +32 51 00 00 00",
    "en": "Return before 16 June 2019 to Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide, Belgium – "
          "coordinator@example.org – +32 51 00 00 00",
}


def datestr(d, lang, numeric=False):
    if numeric:
        return d.strftime("%d/%m/%Y")
    m = {"nl": NL_MONTHS, "fr": FR_MONTHS, "en": EN_MONTHS}[lang][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def name_written(c):
    if c["last_first"]:
        last = c["last"].upper() if c["caps_last"] else c["last"]
        return f"{last} {c['first']}"
    return c["contact_name"]


def place_line(c):
    s = f"{c['postcode']} {c['municipality']}"
    if c["country_written"]:
        names = {"BE": {"nl": ", België", "fr": ", Belgique", "en": ", Belgium"},
                 "FR": {"nl": ", Frankrijk", "fr": ", France", "en": ", France"}}
        s += names[c["country"]][c["lang"]]
    return s


def fr_de(org):
    """'de' + organisation name with the article a French writer would use; the name itself stays intact."""
    lo = org.lower()
    if lo.startswith(("comité", "club", "foyer")):
        return "du " + org
    if lo.startswith("maison"):
        return "de la " + org
    if lo.startswith(("association", "ape")):
        return "de l'" + org
    if lo.startswith("les "):
        return "de l'association « " + org + " »"
    return "de " + org


def amt(c, v, style=None):
    return fmt_amount(v, c["lang"], style or c["amount_style"])


def req_written(c):
    s = amt(c, c["req"])
    if c["amount_words"]:
        w = words(int(c["req"]), c["lang"])
        unit = {"nl": "euro", "fr": "euros", "en": "euros"}[c["lang"]]
        return f"{w} {unit} ({s})"
    return s


def email_written(c):
    if c["email_mode"] == "stated":
        return c["email_doc"]
    if c["email_mode"] == "above":
        return {"nl": "zie hierboven", "fr": "voir ci-dessus", "en": "see above"}[c["lang"]]
    return ""


L = {
    "nl": dict(h1="Projectoproep ‘Maak werk van je buurt!’ 2019", h1b="Aanvraagformulier projectidee",
               s1="1. Gegevens van de initiatiefnemer", s2="2. Het project", s3="3. Begroting",
               init="Naam initiatiefnemer", org="Vereniging / organisatie", contact="Contactpersoon",
               func="Functie", addr="Adres (straat, nr, bus)", place="Postcode en gemeente", phone="Telefoon / gsm",
               mail="E-mail", title="Titel van het project", desc="Korte omschrijving", costh=("Kostenpost", "Bedrag"),
               total="Totale kostprijs", own="Eigen inbreng", req="Gevraagd bedrag", made="Opgemaakt te {p} op {d}",
               sign="Handtekening", none="/"),
    "fr": dict(h1="Appel à projets « Partons 2.0 » – Westhoek / Flandre", h1b="Fiche de candidature",
               s1="1. Porteur de projet", s2="2. Le projet", s3="3. Budget prévisionnel",
               init="Porteur de projet", org="Structure (association, collectif…)", contact="Nom et prénom du référent",
               func="Fonction", addr="Adresse", place="Code postal – Commune", phone="Téléphone",
               mail="Courriel", title="Intitulé du projet", desc="Description succincte", costh=("Dépenses", "Montant"),
               total="Coût total du projet", own="Autofinancement", req="Montant sollicité", made="Fait à {p}, le {d}",
               sign="Signature", none="néant"),
    "en": dict(h1="Call for projects ‘Maak werk van je buurt!’ 2019", h1b="Application form",
               s1="1. Applicant", s2="2. The project", s3="3. Budget",
               init="Applicant", org="Organisation / group", contact="Contact person",
               func="Role", addr="Address", place="Postcode and town", phone="Phone",
               mail="E-mail", title="Project title", desc="Short description", costh=("Cost item", "Amount"),
               total="Total cost", own="Own contribution", req="Grant requested", made="{p}, {d}",
               sign="Signature", none="n/a"),
}


def form_blocks(c, variant, two_pages):
    t = L[c["lang"]]
    b = [("h1", t["h1"]), ("h2c", t["h1b"]), ("spacer", 8), ("h2", t["s1"])]
    nm = name_written(c)
    if variant == "A":  # org in "Naam initiatiefnemer"
        b.append(("kv", t["init"], c["organisation"] or nm))
        b.append(("kv", t["contact"], nm))
    else:  # separate organisation field
        b.append(("kv", t["org"], c["organisation"] or t["none"]))
        b.append(("kv", t["contact"], nm))
    if c["organisation"]:
        b.append(("kv", t["func"], c["func"]))
    b.append(("kv", t["addr"], c["address"]))
    b.append(("kv", t["place"], place_line(c)))
    b.append(("kv", t["phone"], c["phone_written"] if c.get("phone_in_doc", True) else ""))
    b.append(("kv", t["mail"], email_written(c)))
    b += [("spacer", 6), ("h2", t["s2"]), ("kv", t["title"], c["title"]), ("kv", t["desc"], c["desc"])]
    if two_pages:
        b.append(("footer", FOOTER[c["lang"]]))
        b.append(("pagebreak",))
        b.append(("small", f"{c['title']} – {t['s3'].split(' ', 1)[1]} ({'p. 2/2'})"))
    b += [("spacer", 6), ("h2", t["s3"])]
    rows = [(n, amt(c, a, "plain")) for n, a in c["cost_lines"]]
    tail = [(t["total"], amt(c, c["total"]))]
    if c["own"] > 0:
        tail.append((t["own"], amt(c, c["own"])))
    elif c.get("own_zero_row"):
        tail.append((t["own"], amt(c, c["own"], "plain")))
    tail.append((t["req"], req_written(c)))
    b.append(("table", (t["costh"][0], t["costh"][1] + " (€)"), rows, tail))
    b += [("spacer", 10), ("p", t["made"].format(p=c["municipality"], d=datestr(c["sign_date"], c["lang"], numeric=True))),
          ("sig", [t["sign"] + ":", c["contact_name"]]), ("footer", FOOTER[c["lang"]])]
    return b


def budget_sentence(c, variant):
    lang = c["lang"]
    T, O, R = amt(c, c["total"]), amt(c, c["own"]), req_written(c)
    if lang == "nl":
        if c["own"] > 0:
            return [f"De totale kost is {T}; {O} brengen we zelf in, dus vragen we {R}.",
                    f"Het project kost in totaal {T}. Wij vragen een bijdrage van {R}; het saldo van {O} "
                    f"betalen we zelf (eigen inbreng).",
                    f"Volgens onze raming bedraagt de totale kostprijs {T}. Met een eigen inbreng van {O} "
                    f"blijft er {R} over, en dat bedrag vragen wij aan u."][variant % 3]
        return [f"De totale kost van het project is {T}. We hebben zelf geen middelen, dus vragen we het "
                f"volledige bedrag van {R}.",
                f"Wij vragen een bijdrage van {R}, wat de volledige kostprijs ({T}) dekt.",
                f"Het project kost in totaal {T}; we vragen u daarvoor {R}."][variant % 3]
    if lang == "fr":
        if c["own"] > 0:
            return [f"Le coût total du projet est de {T} ; nous apportons {O} en autofinancement et sollicitons donc {R}.",
                    f"Le projet coûte au total {T}. Nous sollicitons une aide de {R}, le solde ({O}) étant couvert "
                    f"par nos fonds propres.",
                    f"Notre budget s'élève à {T}. Après déduction de notre autofinancement de {O}, le montant "
                    f"sollicité est de {R}."][variant % 3]
        return [f"Le coût total du projet est de {T}. N'ayant pas de fonds propres, nous sollicitons la totalité, "
                f"soit {R}.",
                f"Nous sollicitons une aide de {R}, ce qui couvre l'ensemble du budget ({T}).",
                f"Le projet coûte au total {T} et nous vous demandons {R}."][variant % 3]
    if c["own"] > 0:
        return f"The total cost is {T}; we will contribute {O} ourselves, so we are asking for {R}."
    return f"The total cost is {T} and we are asking for the full amount, {R}."


def letter_blocks(c, two_pages, variant):
    lang = c["lang"]
    nm = c["contact_name"]
    org = c["organisation"]
    head = [org] if org else [nm]
    head += [c["address"], place_line(c)]
    phone_in_head = c.get("phone_in_doc", True) and variant % 2 == 0
    if phone_in_head:
        head.append({"nl": "tel. ", "fr": "Tél. ", "en": "Tel. "}[lang] + c["phone_written"])
    if c["email_mode"] == "stated":
        head.append(c["email_doc"])
    b = [("letterhead", head), ("spacer", 14), ("addr", COORD_BLOCK), ("spacer", 10),
         ("dateline", f"{c['municipality']}, {datestr(c['sign_date'], lang)}"),
         ("subject", {"nl": "Betreft: ", "fr": "Objet : ", "en": "Subject: "}[lang] + c["title"])]
    if lang == "nl":
        b.append(("p", "Geachte heer," if variant % 3 else "Beste,"))
        if org:
            b.append(("p", f"Namens {org} dien ik hierbij ons projectidee „{c['title']}” in voor de projectoproep "
                           f"‘Maak werk van je buurt!’."))
        else:
            b.append(("p", f"Als inwoner van {c['municipality']} dien ik, op eigen initiatief en samen met enkele buren, "
                           f"het projectidee „{c['title']}” in voor de projectoproep ‘Maak werk van je buurt!’."))
    elif lang == "fr":
        b.append(("p", "Monsieur," if variant % 3 else "Madame, Monsieur,"))
        if org:
            b.append(("p", f"Au nom {fr_de(org)}, j'ai le plaisir de vous présenter notre projet « {c['title']} » "
                           f"dans le cadre de l'appel à projets Partons 2.0."))
        else:
            b.append(("p", f"Habitant(e) de {c['municipality']}, je vous présente à titre personnel, avec quelques "
                           f"voisins, le projet « {c['title']} » dans le cadre de l'appel à projets Partons 2.0."))
    else:
        b.append(("p", "Dear Sir or Madam,"))
        if org:
            b.append(("p", f"On behalf of {org} I am pleased to submit our project idea “{c['title']}” for the call "
                           f"‘Maak werk van je buurt!’."))
        else:
            b.append(("p", f"As a resident of {c['municipality']} I would like to submit, together with a few "
                           f"neighbours, the project idea “{c['title']}”."))
    b.append(("p", c["desc"]))
    if two_pages:
        b.append(("pagebreak",))
        b.append(("small", {"nl": "- 2 -", "fr": "- 2 -", "en": "- 2 -"}[lang]))
    if variant % 4 == 1:
        lab = {"nl": "Raming van de kosten:", "fr": "Estimation des dépenses :", "en": "Estimated costs:"}[lang]
        b.append(("p", lab))
        for n, a in c["cost_lines"]:
            b.append(("li", f"{n}: {amt(c, a)}"))
    b.append(("p", budget_sentence(c, variant)))
    if c.get("phone_in_doc", True) and not phone_in_head:
        b.append(("p", {"nl": f"U kunt mij steeds bereiken op {c['phone_written']}.",
                        "fr": f"Vous pouvez me joindre au {c['phone_written']}.",
                        "en": f"You can reach me on {c['phone_written']}."}[lang]))
    b.append(("p", {"nl": "Wij hopen op een positief antwoord en komen ons project graag toelichten.",
                    "fr": "Dans l'attente de votre réponse, nous restons à votre disposition pour vous présenter le projet.",
                    "en": "We would be delighted to present the project to you in person."}[lang]))
    b.append(("p", {"nl": "Met vriendelijke groeten,", "fr": "Veuillez agréer, Monsieur, nos salutations distinguées.",
                    "en": "Kind regards,"}[lang]))
    sig = [nm]
    if org:
        sig.append(f"{c['func']}, {org}" if lang != "nl" else f"{c['func']} {org}")
    b.append(("sig", sig))
    return b
