"""Labels, display strings and letter texts."""
from data import fmt_amount

L = {
    "nl": dict(org="Naam vereniging / groep", name="Contactpersoon", addr="Straat + nr", pcm="Postcode + gemeente",
               phone="Telefoon / gsm", email="E-mail", title="Titel van het projectidee", desc="Korte omschrijving",
               total="Totale kostprijs", own="Eigen inbreng", req="Gevraagde steun", date="Datum",
               head="Projectenoproep 'Maak werk van je buurt!' - aanvraag", sec1="Aanvrager", sec2="Project",
               sec3="Budget", kind_org="Vereniging", kind_priv="Privépersoon"),
    "fr": dict(org="Nom de l'association / du groupe", name="Personne de contact", addr="Adresse (n°, rue)",
               pcm="Code postal + commune", phone="Téléphone", email="Courriel", title="Titre du projet",
               desc="Description succincte", total="Coût total", own="Apport propre", req="Montant demandé",
               date="Date", head="Appel à projets « Partons 2.0 » - fiche de candidature", sec1="Porteur de projet",
               sec2="Projet", sec3="Budget", kind_org="Association", kind_priv="Particulier"),
}


def disp(r):
    """All display strings of a record, as they appear in the documents."""
    lang = r["language"]
    st = r["amount_style"]
    d = {}
    d["org"] = r["org"] or ""
    d["name"] = f"{r['last'].upper()} {r['first']}" if r["name_caps"] else f"{r['first']} {r['last']}"
    d["addr"] = r["address"]
    d["pcm"] = f"{r['postcode']} {r['municipality']}"
    if r["country"] == "FR" and lang == "nl":
        d["pcm"] += " (Frankrijk)"
    d["phone"] = r["phone_display"]
    d["email"] = r["doc_email"] or ""
    d["title"] = r["title"]
    d["desc"] = r["description"]
    d["total"] = fmt_amount(r["total"], lang, st) if r["state_total"] else ""
    d["own"] = fmt_amount(r["own"], lang, 2 if st == 4 else st) if (r["state_total"] or r["only_total_and_own"]) else ""
    d["req"] = "" if r["only_total_and_own"] else fmt_amount(r["requested"], lang, st)
    dt = r["date"]
    if lang == "nl":
        months = ["januari", "februari", "maart", "april", "mei", "juni"]
        d["date"] = f"{r['municipality']}, {dt.day} {months[dt.month - 1]} 2019"
    else:
        months = ["janvier", "février", "mars", "avril", "mai", "juin"]
        d["date"] = f"{r['municipality']}, le {dt.day} {months[dt.month - 1]} 2019"
    d["date_short"] = dt.strftime("%d/%m/%Y")
    return d


def budget_lines(r):
    """Cost lines summing to the total (own + requested)."""
    lang = r["language"]
    tot = r["total"]
    names = (["Materiaal en gereedschap", "Begeleiding / expert", "Communicatie (flyers, affiches)",
              "Bewonersmoment / evenement"] if lang == "nl" else
             ["Matériel et outillage", "Accompagnement / expert", "Communication (flyers, affiches)",
              "Moment avec les habitants"])
    shares = [0.45, 0.25, 0.1]
    vals = [round(tot * s, 0) for s in shares]
    vals.append(round(tot - sum(vals), 2))
    return list(zip(names, vals))


def letter_paragraphs(r, d):
    lang = r["language"]
    who = r["org"]
    if lang == "nl":
        if r["country"] == "FR":
            intro = "Geachte heer Polin,\n\nWij wonen in Frans-Vlaanderen en lazen over de projectenoproep 'Maak werk van je buurt!' / Partons 2.0. Graag dienen wij hierbij ons projectidee in."
        else:
            intro = "Beste,\n\nMet deze brief dien ik graag een projectidee in voor de oproep 'Maak werk van je buurt!'."
        p = [intro]
        if who:
            p.append(f"Ik schrijf namens {who}. {d['desc']}")
        else:
            p.append(f"Ik doe dit als bewoner, samen met enkele buren. {d['desc']}")
        if r["only_total_and_own"]:
            p.append(f"Het project kost in totaal {d['total']}. Zelf brengen we {d['own']} in, het overige vragen we aan de oproep.")
        elif r["state_total"]:
            p.append(f"De totale kostprijs schatten we op {d['total']}. Wij vragen een steun van {d['req']}.")
        else:
            p.append(f"Wij vragen hiervoor een bijdrage van {d['req']}.")
        contact = f"U kunt mij bereiken op {d['phone']}"
        contact += f" of via {d['email']}." if d["email"] else "."
        p.append(contact)
        p.append("Met vriendelijke groeten,")
    else:
        p = ["Monsieur,\n\nJe me permets de vous adresser notre idée de projet dans le cadre de l'appel à projets Partons 2.0 pour les villages et quartiers."]
        if who:
            p.append(f"Je vous écris au nom de l'association « {who} ». {d['desc']}")
        else:
            p.append(f"J'écris en tant qu'habitant(e), avec quelques voisins. {d['desc']}")
        if r["only_total_and_own"]:
            p.append(f"Le coût total est estimé à {d['total']}, dont {d['own']} d'apport propre ; nous sollicitons le reste auprès de l'appel.")
        elif r["state_total"]:
            p.append(f"Le budget total s'élève à {d['total']} et nous sollicitons une aide de {d['req']}.")
        else:
            p.append(f"Nous sollicitons une aide de {d['req']}.")
        contact = f"Vous pouvez me joindre au {d['phone']}"
        contact += f" ou par courriel : {d['email']}." if d["email"] else "."
        p.append(contact)
        p.append("Je vous prie d'agréer, Monsieur, mes salutations distinguées.")
    return p


def subject_line(r):
    return ("Betreft: " if r["language"] == "nl" else "Objet : ") + r["title"]


def sender_block(r, d):
    lines = []
    if r["org"]:
        lines.append(r["org"])
    lines.append(d["name"] if not r["org"] else (f"p/a {d['name']}" if r["language"] == "nl" else f"c/o {d['name']}"))
    lines += [d["addr"], d["pcm"], ("Tel. " if r["language"] == "nl" else "Tél. ") + d["phone"]]
    if d["email"]:
        lines.append(d["email"])
    return lines
