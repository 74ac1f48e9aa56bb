"""Turn a case into an abstract paper-form spec (list of items), with a per-case design."""
import random
from c33data import fmt_amount, fmt_amount_grid, fmt_phone

L = {
    "nl": {
        "titles": ["AANVRAAGFORMULIER PROJECTIDEE", "Projectenoproep 'Maak werk van je buurt!' – Formulier",
                   "Indienformulier projectidee Partons 2.0", "MAAK WERK VAN JE BUURT! — aanvraag",
                   "Formulier projectvoorstel leefbare dorpen en buurten", "Partons 2.0 – Aanvraag financiële steun"],
        "sub": "Provincie West-Vlaanderen · Interreg V Partons 2.0 · in te dienen vóór 16 juni 2019",
        "s_project": ["Het project", "Projectidee", "Over het initiatief", "Beschrijving van het project"],
        "s_appl": ["De aanvrager", "Gegevens aanvrager", "Identificatie van de initiatiefnemer", "Wie dient in?"],
        "s_persons": ["Verantwoordelijken", "Bestuur en contactpersoon", "Contactgegevens", "Personen"],
        "s_contact": ["Contactpersoon voor dit dossier", "Contactpersoon", "Aanspreekpunt"],
        "s_budget": ["Begroting", "Financieel plan", "Kosten en financiering", "Budget"],
        "s_sign": ["Ondertekening", "Handtekening", "Verklaring op eer"],
        "title": ["Titel van het project", "Naam van het project", "Projecttitel"],
        "desc": ["Korte omschrijving", "Wat wil je doen?", "Omschrijving (max. 10 regels)"],
        "org": ["Naam organisatie", "Naam van de vereniging / groep", "Aanvrager (naam organisatie)",
                "Naam initiatiefnemer"],
        "org_ind": "Naam organisatie (indien van toepassing)",
        "legal": "Rechtsvorm",
        "legal_opts": [("vzw", "vzw"), ("feitelijke vereniging", "fv"), ("school", "school"),
                       ("lokaal bestuur", "lb"), ("particulier", "particulier")],
        "street": ["Straat en nummer", "Straat + nr. (+ bus)", "Adres (straat, nummer)"],
        "pc": ["Postcode", "Postnummer"],
        "town": ["Gemeente", "Deelgemeente / dorp", "Woonplaats"],
        "country": "Land",
        "countries": [("België", "BE"), ("Frankrijk", "FR")],
        "name": ["Naam en voornaam", "Voornaam en naam", "Naam"],
        "first": "Voornaam", "last": "Naam",
        "phone": ["Telefoon", "GSM / telefoon", "Telefoonnummer"],
        "email": ["E-mail", "E-mailadres", "Mail"],
        "function": "Functie",
        "contact_role": "contactpersoon",
        "mark": "Contactpersoon (kruis aan)",
        "idem": "idem {r}",
        "req": ["Gevraagd bedrag", "Gevraagde steun (max. 10 000 euro)", "Bedrag gevraagd aan de projectenoproep"],
        "tot": ["Totale kostprijs van het project", "Totaal budget", "Totale projectkost"],
        "cost_head": ["Kostenpost", "Bedrag (€)"],
        "fund_head": ["Financiering", "Bedrag (€)"],
        "cost_total": "Totaal kosten",
        "fund_req": ["Gevraagd aan 'Maak werk van je buurt!'", "Steun Partons 2.0 (gevraagd)",
                     "Aanvraag projectenoproep"],
        "fund_own": "Eigen inbreng",
        "fund_other": ["Subsidie gemeente", "Bijdrage lokaal bestuur", "Sponsoring lokale handelaars"],
        "fund_total": "Totaal financiering",
        "participants": "Aantal betrokken bewoners (schatting)",
        "place_date": ["Plaats en datum", "Datum"],
        "signed": "Naam ondertekenaar",
        "notes": ["Schrijf in drukletters. Eén cijfer per vakje.",
                  "Vul alle velden in. Onvolledige formulieren kunnen niet behandeld worden.",
                  "Vermeld hier de persoon die we mogen contacteren over dit dossier.",
                  "Bedragen in euro, btw inbegrepen. De steun bedraagt maximaal 10 000 euro.",
                  "Kruis aan wat van toepassing is.",
                  "Het bestuur: vul per persoon één kolom in."],
    },
    "fr": {
        "titles": ["FORMULAIRE DE CANDIDATURE", "Appel à projets « Partons 2.0 » – Fiche projet",
                   "DOSSIER DE DEMANDE — Initiatives citoyennes", "Fiche de dépôt d'une idée de projet",
                   "Appel à projets villages et quartiers vivants — Formulaire", "Partons 2.0 : demande de soutien"],
        "sub": "Interreg V France-Wallonie-Vlaanderen · Partons 2.0 · à renvoyer avant le 16 juin 2019",
        "s_project": ["Le projet", "Votre idée de projet", "Présentation de l'initiative", "Description du projet"],
        "s_appl": ["Le porteur de projet", "Identification du demandeur", "La structure", "Qui dépose ?"],
        "s_persons": ["Les responsables", "Bureau et personne à contacter", "Coordonnées", "Personnes"],
        "s_contact": ["Personne à contacter pour ce dossier", "Contact", "Référent du projet"],
        "s_budget": ["Budget prévisionnel", "Plan de financement", "Dépenses et recettes", "Budget"],
        "s_sign": ["Signature", "Engagement", "Attestation sur l'honneur"],
        "title": ["Intitulé du projet", "Nom du projet", "Titre du projet"],
        "desc": ["Description courte", "Que voulez-vous faire ?", "Résumé (10 lignes max.)"],
        "org": ["Nom de la structure", "Nom de l'association", "Organisme demandeur", "Porteur de projet"],
        "org_ind": "Nom de la structure (le cas échéant)",
        "legal": "Statut juridique",
        "legal_opts": [("association loi 1901", "asso"), ("collectif d'habitants", "collectif"),
                       ("établissement scolaire", "school"), ("collectivité", "coll"), ("particulier", "particulier")],
        "street": ["N° et rue", "Adresse (n°, voie)", "Adresse postale"],
        "pc": ["Code postal", "CP"],
        "town": ["Commune", "Ville / village", "Localité"],
        "country": "Pays",
        "countries": [("Belgique", "BE"), ("France", "FR")],
        "name": ["Nom et prénom", "Prénom et nom", "Nom"],
        "first": "Prénom", "last": "Nom",
        "phone": ["Téléphone", "Tél. / portable", "N° de téléphone"],
        "email": ["Courriel", "Adresse e-mail", "Mél"],
        "function": "Fonction",
        "contact_role": "personne à contacter",
        "mark": "Personne à contacter (cocher)",
        "idem": "idem {r}",
        "req": ["Montant demandé", "Aide sollicitée (max. 10 000 €)", "Montant sollicité auprès de l'appel à projets"],
        "tot": ["Coût total du projet", "Budget total", "Montant total du projet"],
        "cost_head": ["Dépenses", "Montant (€)"],
        "fund_head": ["Recettes", "Montant (€)"],
        "cost_total": "Total des dépenses",
        "fund_req": ["Aide demandée à Partons 2.0", "Appel à projets (montant sollicité)", "Subvention Partons 2.0 demandée"],
        "fund_own": "Autofinancement",
        "fund_other": ["Subvention de la commune", "Aide de la Communauté de communes", "Mécénat commerçants locaux"],
        "fund_total": "Total des recettes",
        "participants": "Nombre d'habitants impliqués (estimation)",
        "place_date": ["Fait à / le", "Date"],
        "signed": "Nom du signataire",
        "notes": ["Écrire en majuscules. Un chiffre par case.",
                  "Merci de remplir tous les champs. Tout dossier incomplet ne pourra être instruit.",
                  "Indiquez ici la personne que nous pouvons joindre au sujet de ce dossier.",
                  "Montants en euros TTC. L'aide est plafonnée à 10 000 €.",
                  "Cochez la case correspondante.",
                  "Le bureau : une colonne par personne."],
    },
}
BI = {"name": "naam / nom", "phone": "telefoon / téléphone", "email": "e-mail / courriel",
      "pc": "postcode / code postal", "town": "gemeente / commune", "street": "straat en nr. / n° et rue",
      "org": "organisatie / structure", "title": "titel project / intitulé du projet"}


def choose_design(case):
    rng = random.Random(f"c33-design-{case['half']}-{case['idx']}")
    d = {
        "font": rng.choice(["Helvetica", "Times-Roman", "Courier", "Helvetica", "Times-Roman"]),
        "numbering": rng.choice(["none", "n.", "n.m", "A.n", "Qn"]),
        "style": rng.choice(["under", "left", "right", "above", "under"]),
        "mix": rng.random() < 0.5,
        "comb_pc": rng.random() < 0.7, "comb_phone": rng.random() < 0.5, "comb_amount": rng.random() < 0.4,
        "persons": rng.choice(["table_col", "table_mark", "fields", "table_plus_fields", "table_col"]),
        "split_name": rng.random() < 0.5,
        "pairs": rng.random() < 0.6,
        "country_check": rng.random() < 0.6, "legal_check": rng.random() < 0.6,
        "budget": rng.choice(["grid_fund", "grid_plus_field", "fund_only", "grid_fund"]),
        "pages": rng.choice([1, 2, 2, 3]),
        "notes": rng.random() < 0.7,
        "order": rng.choice(["project_first", "applicant_first"]),
        "bilingual": rng.random() < 0.3,
        "head": rng.choice(["band", "box", "rule", "plain"]),
        "phone_style": rng.choice(["space", "slash", "plain", "intl", "intl0", "space"]),
        "amt_style": rng.randint(0, 5), "grid_style": rng.randint(0, 2),
        "idem": rng.random() < 0.3,
        "widget_comb": rng.choice(["comb", "perchar"]),
        "lbl": [rng.randint(0, 9) for _ in range(30)],
        "title_i": rng.randint(0, 5),
        "sign": rng.random() < 0.6,
        "fill_upper": rng.random() < 0.2,
    }
    if case["org"] is None:
        d["persons"] = "fields"
    if d["persons"] == "table_mark" and case["contact_role"] == "sep":
        d["persons"] = "table_col"
    if "no_total" in case["special"]:
        d["budget"] = "request_only"
    if d["pages"] == 1 and d["persons"] != "fields":
        d["pages"] = 2
    return d


class Numberer:
    def __init__(self, scheme):
        self.scheme, self.sec, self.q = scheme, 0, 0

    def section(self, text):
        self.sec += 1
        self.q = 0
        if self.scheme in ("n.m", "n."):
            return f"{self.sec}. {text}"
        if self.scheme == "A.n":
            return f"{'ABCDEFGH'[self.sec - 1]}. {text}"
        return text

    def label(self, text):
        self.q += 1
        if self.scheme == "n.m":
            return f"{self.sec}.{self.q} {text}"
        if self.scheme == "A.n":
            return f"{'ABCDEFGH'[self.sec - 1]}{self.q} {text}"
        if self.scheme == "Qn":
            self.sec_q = getattr(self, "sec_q", 0) + 1
            return f"Q{self.sec_q}. {text}"
        if self.scheme == "n.":
            self.flat = getattr(self, "flat", 0) + 1
            return f"({self.flat}) {text}"
        return text


def build_spec(case, d):
    lang = case["lang"]
    T = L[lang]
    pick = lambda key, i: T[key][d["lbl"][i] % len(T[key])]
    N = Numberer(d["numbering"])
    styles = ["under", "left", "right", "above"]
    srng = random.Random(f"c33-style-{case['half']}-{case['idx']}")

    def st():
        return srng.choice(styles) if d["mix"] else d["style"]

    def up(v):
        return v.upper() if (d["fill_upper"] and v) else v

    def F(key, label, value, comb=None, style=None, bi=None, multiline=False):
        lab = N.label(label)
        if d["bilingual"] and bi:
            lab = f"{lab}  ({bi})" if (style or d["style"]) != "under" else f"{lab} / {bi.split(' / ')[1 if lang == 'nl' else 0]}"
        return {"t": "field", "key": key, "label": lab, "value": value, "comb": comb,
                "style": style or st(), "multiline": multiline}

    def maybe_pair(a, b):
        if d["pairs"]:
            return [{"t": "pair", "fields": [a, b]}]
        return [a, b]

    notes = list(T["notes"])
    items_project, items_appl, items_persons, items_budget, items_sign = [], [], [], [], []
    phone_disp = lambda p: fmt_phone(p["phone"], case["country"], d["phone_style"])
    amt = lambda v: fmt_amount(v, lang, d["amt_style"])
    gamt = lambda v: fmt_amount_grid(v, lang, d["grid_style"])

    def sec_project():
        items_project.append({"t": "head", "text": N.section(pick("s_project", 0))})
        items_project.append(F("title", pick("title", 1), case["title"], bi=BI["title"], style="under" if d["style"] == "under" else None))
        items_project.append(F("desc", pick("desc", 2), " ".join(case["desc"]), multiline=True, style="above"))
        items_project.append(F("participants", T["participants"], str(case["participants"]),
                               comb=3 if d["comb_amount"] else None))

    def sec_appl():
        items_appl.append({"t": "head", "text": N.section(pick("s_appl", 3))})
        if d["notes"]:
            items_appl.append({"t": "note", "text": notes[0] if (d["comb_pc"] or d["comb_phone"]) else notes[1]})
        org_val = case["org"] if case["org"] else ("n.v.t." if lang == "nl" else "sans objet")
        if case["org"] is None and d["lbl"][4] % 2:
            org_val = ""
        items_appl.append(F("org", T["org_ind"] if case["org"] is None else pick("org", 4), org_val, bi=BI["org"]))
        if d["legal_check"]:
            key = case["legal"]
            items_appl.append({"t": "check", "key": "legal", "label": N.label(T["legal"]),
                               "options": [(t, k == key) for t, k in T["legal_opts"]]})
        items_appl.append(F("street", pick("street", 5), case["address"], bi=BI["street"]))
        pc_f = F("postcode", pick("pc", 6), case["postcode"], comb=len(case["postcode"]) if d["comb_pc"] else None, bi=BI["pc"])
        items_appl.extend(maybe_pair(pc_f, F("town", pick("town", 7), case["village"], bi=BI["town"])))
        if d["country_check"]:
            items_appl.append({"t": "check", "key": "country", "label": N.label(T["country"]),
                               "options": [(t, k == case["country"]) for t, k in T["countries"]]})

    if d["order"] == "project_first":
        sec_project()
        sec_appl()
    else:
        sec_appl()
        sec_project()

    # --- persons
    c = case["contact"]
    email_val = "" if "email_from_sig" in case["special"] else c["email"]
    phone_val_nat = "" if "no_phone" in case["special"] else c["phone"]

    def contact_fields(head=True):
        out = []
        if head:
            out.append({"t": "head", "text": N.section(pick("s_contact", 8))})
        if d["notes"]:
            out.append({"t": "note", "text": notes[2]})
        if d["split_name"]:
            out += maybe_pair(F("c_first", T["first"], c["first"]), F("c_last", T["last"], up(c["last"])))
        else:
            nm = f"{c['first']} {c['last']}" if d["lbl"][9] % 2 else f"{c['last'].upper()} {c['first']}"
            out.append(F("c_name", pick("name", 9), nm, bi=BI["name"]))
        if d["comb_phone"]:
            ph = F("c_phone", pick("phone", 10), phone_val_nat, comb=10, bi=BI["phone"])
        else:
            ph = F("c_phone", pick("phone", 10), phone_disp(c) if phone_val_nat else "", bi=BI["phone"])
        out += maybe_pair(ph, F("c_email", pick("email", 11), email_val, bi=BI["email"]))
        return out

    def person_table(include_contact_col, mark_row):
        roles = list(case["roles"])
        keys = ["pres", "sec", "tres"]
        cols = [case["board"][k] for k in keys]
        idem_col = None
        if include_contact_col:
            roles.append(T["contact_role"])
            if case["contact_role"] != "sep" and d["idem"]:
                idem_col = keys.index(case["contact_role"])
            cols.append(c)
        rows = []

        def cell(i, p, field):
            if idem_col is not None and i == len(cols) - 1:
                return T["idem"].format(r=roles[idem_col]) if field in ("name", "last") else ""
            if p is c and field == "email":
                return email_val
            if p is c and field == "phone":
                return (phone_disp(p) if phone_val_nat else "")
            return {"name": f"{p['first']} {p['last']}", "first": p["first"], "last": p["last"],
                    "phone": phone_disp(p), "email": p["email"]}[field]
        if d["split_name"]:
            rows.append((T["last"], [up(cell(i, p, "last")) for i, p in enumerate(cols)]))
            rows.append((T["first"], [(cell(i, p, "first")) for i, p in enumerate(cols)]))
        else:
            rows.append((pick("name", 12), [(cell(i, p, "name")) for i, p in enumerate(cols)]))
        rows.append((pick("phone", 13), [cell(i, p, "phone") for i, p in enumerate(cols)]))
        rows.append((pick("email", 14), [cell(i, p, "email") for i, p in enumerate(cols)]))
        if mark_row:
            rows.append((T["mark"], ["X" if p is c else "" for p in cols]))
        return {"t": "persons", "key": "persons", "roles": roles, "rows": rows,
                "label": N.label(pick("s_persons", 15))}

    pm = d["persons"]
    if pm == "fields":
        items_persons += contact_fields()
    elif pm in ("table_col", "table_mark"):
        items_persons.append({"t": "head", "text": N.section(pick("s_persons", 16))})
        if d["notes"]:
            items_persons.append({"t": "note", "text": notes[5]})
        items_persons.append(person_table(pm == "table_col", pm == "table_mark"))
    else:  # table_plus_fields
        items_persons.append({"t": "head", "text": N.section(pick("s_persons", 16))})
        items_persons.append(person_table(False, False))
        items_persons += contact_fields(head=False)

    # --- budget
    items_budget.append({"t": "head", "text": N.section(pick("s_budget", 17))})
    if d["notes"]:
        items_budget.append({"t": "note", "text": notes[3]})
    req_form = case["req_form"]
    cost_grid = lambda: {"t": "grid", "key": "costs", "label": T["cost_head"][0], "cols": T["cost_head"],
                 "rows": [(lab, gamt(a)) for lab, a in case["lines"]], "total": (T["cost_total"], gamt(case["total"]))}
    fund_rows = [(pick("fund_req", 18), gamt(req_form)), (T["fund_own"], gamt(case["own"]))]
    if case["other"]:
        fund_rows.append((pick("fund_other", 19), gamt(case["other"])))
    fsr = random.Random(f"c33-fund-{case['half']}-{case['idx']}")
    fsr.shuffle(fund_rows)
    fund_grid = lambda: {"t": "grid", "key": "funding", "label": T["fund_head"][0], "cols": T["fund_head"],
                 "rows": fund_rows, "total": (T["fund_total"], gamt(case["total"]))}
    req_field = lambda: F("req", pick("req", 20), str(req_form).rjust(6) if d["comb_amount"] else amt(req_form),
                  comb=6 if d["comb_amount"] else None)
    tot_field = lambda: F("tot", pick("tot", 21), str(case["total"]).rjust(6) if d["comb_amount"] else amt(case["total"]),
                  comb=6 if d["comb_amount"] else None)
    b = d["budget"]
    if b == "grid_fund":
        items_budget += [cost_grid(), fund_grid()]
    elif b == "grid_plus_field":
        items_budget += [cost_grid()] + maybe_pair(req_field(), tot_field())
    elif b == "fund_only":
        items_budget += maybe_pair(tot_field(), F("own", T["fund_own"], amt(case["own"]))) + [fund_grid()]
    else:  # request_only
        items_budget += maybe_pair(req_field(), F("own", T["fund_own"] + (" (uren vrijwilligers)" if lang == "nl" else " (bénévolat)"),
                                                 amt(case["own"])))

    # --- signature
    if d["sign"]:
        s = case["sender"]
        mon, day = case["day"]
        items_sign.append({"t": "head", "text": N.section(pick("s_sign", 22))})
        items_sign += maybe_pair(F("place_date", pick("place_date", 23), f"{case['village']}, {day:02d}/{mon:02d}/2019"),
                                 F("signed", T["signed"], f"{s['first']} {s['last']}"))

    # --- assemble with page breaks: contact/persons on page 2
    first = items_project + items_appl if d["order"] == "project_first" else items_appl + items_project
    items = first + ([{"t": "break"}] if d["pages"] >= 2 else []) + items_persons
    if d["pages"] == 3:
        items += [{"t": "break"}]
    items += items_budget + items_sign
    title = T["titles"][d["title_i"]]
    return {"title": title, "sub": T["sub"], "items": items, "lang": lang}
