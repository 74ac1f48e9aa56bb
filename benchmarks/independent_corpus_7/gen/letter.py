"""Builds the logical content of a letter (shared by odt / docx / pdf letters)."""
from texts import COORD, long_date, LBL
from data import name_written


def build_letter(r, rng):
    lang = r["lang"]
    L = LBL[lang]
    org = r["org"]
    W = {}  # written evidence per truth field
    lt = {}
    # letterhead
    head = []
    if org:
        style = rng.choice(["caps", "plain", "plain"])
        head.append(org.upper() if style == "caps" else org)
        if style == "caps":
            W["organisation_caps"] = True
        seatline = f"{r['seat']} - {r['postcode']} {r['municipality']}"
        head.append(("Maatschappelijke zetel: " if lang == "nl" else "Siège : " if lang == "fr" else "Registered office: ") + seatline
                    if rng.random() < 0.5 else seatline)
        if lang == "nl" and "vzw" in org and rng.random() < 0.6:
            head.append(f"Ondernemingsnummer 0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}")
        if lang == "fr" and rng.random() < 0.5:
            head.append(f"Association loi 1901 - SIRET {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} 000{rng.randint(10, 99)}")
    lt["head"] = head
    lt["recipient"] = COORD[lang]
    place_d = r["municipality"]
    if lang == "nl":
        lt["dateline"] = f"{place_d}, {long_date(r['sign_date'], lang)}"
    elif lang == "fr":
        lt["dateline"] = f"{place_d}, le {long_date(r['sign_date'], lang)}"
    else:
        lt["dateline"] = f"{place_d}, {long_date(r['sign_date'], lang)}"
    t = r["title"]
    if lang == "nl":
        lt["subject"] = rng.choice([f"Betreft: {t}", f"Betreft: projectaanvraag 'Maak werk van je buurt!' - \"{t}\""])
        salute = rng.choice(["Geachte,", "Beste,", "Geachte mevrouw, geachte heer,"])
    elif lang == "fr":
        lt["subject"] = rng.choice([f"Objet : {t}", f"Objet : appel à projets Partons 2.0 - \"{t}\""])
        salute = rng.choice(["Madame, Monsieur,", "Madame la Coordinatrice, Monsieur le Coordinateur,"])
    else:
        lt["subject"] = f"Re: {t}"
        salute = "Dear Sir or Madam,"
    lt["salute"] = salute
    paras = []
    org_in_sentence = org and rng.random() < 0.65
    if lang == "nl":
        if org_in_sentence:
            paras.append(f"Namens {org} dien ik graag ons project in voor de projectenoproep 'Maak werk van je buurt!'. "
                         f"Wij zijn actief in {r['municipality']} en willen samen met de bewoners werk maken van ons dorp.")
        elif org:
            paras.append("Hierbij dienen wij ons project in voor de projectenoproep 'Maak werk van je buurt!'. "
                         f"Onze vereniging is al jaren actief in {r['municipality']}.")
        else:
            paras.append("Als inwoner van ons dorp wil ik graag een idee indienen voor de projectenoproep "
                         "'Maak werk van je buurt!'. Ik doe dit voorlopig op eigen naam, samen met enkele buren.")
    elif lang == "fr":
        if org_in_sentence:
            au = (f"Au nom du {org}" if org.startswith(("CCAS", "Centre", "Club")) else
                  f"Au nom de l'association {org}" if not org.startswith("Association") else f"Au nom de l'{org}")
            paras.append(f"{au}, j'ai le plaisir de vous adresser notre candidature à l'appel "
                         f"à projets Partons 2.0. Nous agissons à {r['municipality']} depuis plusieurs années.")
        elif org:
            paras.append("Nous avons l'honneur de vous présenter notre candidature à l'appel à projets Partons 2.0 "
                         "pour des villages et quartiers vivants.")
        else:
            paras.append("Habitant du village, je souhaite vous présenter à titre personnel un projet pour l'appel "
                         "Partons 2.0, porté avec quelques voisins.")
    else:
        if org_in_sentence:
            paras.append(f"On behalf of {org} I would like to submit our idea for the call 'Maak werk van je buurt!' / Partons 2.0.")
        elif org:
            paras.append("We would like to submit our idea for the call 'Maak werk van je buurt!' / Partons 2.0.")
        else:
            paras.append("As a resident I would like to submit an idea for the call 'Maak werk van je buurt!' / Partons 2.0.")
    if org and not org_in_sentence and not head:
        pass
    from texts import DESCR
    paras.append(rng.choice(DESCR[lang]))
    if org and rng.random() < 0.35:
        f2, l2, role2 = r["p2"]
        paras.append({"nl": f"Voor financiële vragen kan u ook terecht bij onze {role2.lower()}, {f2} {l2} ({r['p2_phone_w']}).",
                      "fr": f"Pour les questions financières, vous pouvez aussi joindre notre {role2.lower()}, {f2} {l2} ({r['p2_phone_w']}).",
                      "en": f"For financial questions you can also contact our {role2.lower()}, {f2} {l2} ({r['p2_phone_w']})."}[lang])
    # budget
    budget_table = rng.random() < 0.45
    words = f" ({r['req_words']})" if r["req_words"] else ""
    if lang == "nl":
        if r["own"] > 0:
            bsent = (f"De totale kostprijs van het project bedraagt {r['total_w']}. Wij brengen zelf {r['own_w']} in "
                     f"(eigen middelen en sponsoring) en vragen u dus een bijdrage van {r['req_w']}{words}.")
        elif r["state_total"]:
            bsent = f"Het project kost in totaal {r['total_w']}; wij vragen het volledige bedrag van {r['req_w']}{words} aan."
        else:
            bsent = f"Wij vragen een bijdrage van {r['req_w']}{words} voor de aankoop van materiaal en de begeleiding."
    elif lang == "fr":
        if r["own"] > 0:
            bsent = (f"Le coût total du projet s'élève à {r['total_w']}. L'association apporte {r['own_w']} sur ses fonds "
                     f"propres ; nous sollicitons donc une aide de {r['req_w']}{words}.")
        elif r["state_total"]:
            bsent = f"Le projet coûte au total {r['total_w']} et nous sollicitons la totalité, soit {r['req_w']}{words}."
        else:
            bsent = f"Nous sollicitons une aide de {r['req_w']}{words} pour l'achat de matériel et l'accompagnement."
    else:
        if r["own"] > 0:
            bsent = (f"The total cost is {r['total_w']}. We contribute {r['own_w']} ourselves and therefore request "
                     f"{r['req_w']}.")
        elif r["state_total"]:
            bsent = f"The project costs {r['total_w']} in total and we request the full {r['req_w']}."
        else:
            bsent = f"We request {r['req_w']} for materials and support."
    lt["budget_sentence"] = bsent
    lt["paras"] = paras
    lt["budget_table"] = budget_table
    W["requested_amount"] = r["req_w"]
    if r["state_total"]:
        W["total_budget"] = r["total_w"]
    close = {"nl": "Met vriendelijke groeten,", "fr": "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
             "en": "Kind regards,"}[lang]
    lt["closing"] = close
    nm = f"{r['first']} {r['last']}"
    sig = [nm, r["role1"] + (f" - {org}" if org else "")] if org else [nm]
    lt["signature"] = sig
    # contact block
    cb = []
    name_w = name_written(r)
    W["contact_name"] = nm
    if lang == "nl":
        cb.append(("Contactpersoon", name_w))
        cb.append(("Adres", f"{r['address']}, {r['postcode']} {r['municipality']}"))
        if r["phone_w"]:
            cb.append(("Tel.", r["phone_w"]))
        if r["doc_email"]:
            cb.append(("E-mail", r["doc_email"]))
    elif lang == "fr":
        cb.append(("Contact", name_w))
        cb.append(("Adresse", f"{r['address']}, {r['postcode']} {r['municipality']}"))
        if r["phone_w"]:
            cb.append(("Tél.", r["phone_w"]))
        if r["doc_email"]:
            cb.append(("Courriel", r["doc_email"]))
    else:
        cb.append(("Contact", name_w))
        cb.append(("Address", f"{r['address']}, {r['postcode']} {r['municipality']}"
                   + (", Belgium" if r["country"] == "BE" else ", France")))
        if r["phone_w"]:
            cb.append(("Phone", r["phone_w"]))
        if r["doc_email"]:
            cb.append(("E-mail", r["doc_email"]))
    lt["contact"] = cb
    # individual: no letterhead -> sender block at the top instead of contact block
    if not org:
        lt["head"] = [nm, r["address"], f"{r['postcode']} {r['municipality']}"] + ([r["phone_w"]] if r["phone_w"] else []) + \
                     ([r["doc_email"]] if r["doc_email"] else [])
        lt["contact"] = []
        W["contact_name"] = nm
    W["address"] = r["address"]
    W["postcode"] = r["postcode"]
    W["municipality"] = r["municipality"]
    if r["phone_w"]:
        W["phone"] = r["phone_w"]
    if r["doc_email"]:
        W["email"] = r["doc_email"]
    if org:
        W["organisation"] = org
    W["project_title"] = r["title"]
    W["contact_name_w"] = name_w if org else nm
    return lt, W
