"""Design B (test half): 'Projectfiche Partons 2.0' / 'Fiche projet Partons 2.0'.

Label-above layout: numbered questions (A1, A2 ...), several short answers side
by side on one row, status tick list, budget table with a numbered column and
the administration box at the end."""
from common import COORD_EMAIL, COORD_TEL1, SESSIONS

STYLE = "above"

L = {
    "nl": {
        "header": ["PARTONS 2.0  -  grensoverschrijdend netwerk voor leefbare dorpen en buurten",
                   "Westhoek (BE) - Flandre intérieure & Dunkerquois (FR)"],
        "title": "PROJECTFICHE - oproep 'Maak werk van je buurt!' 2019",
        "sub": "Eén fiche per project. Max. 2 bladzijden tekst, bijlagen mogen.",
        "note": ("Terugsturen vóór 16/06/2019 naar " + COORD_EMAIL + " of per post naar Provincie "
                 "West-Vlaanderen, t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide. Vragen? Bel "
                 + COORD_TEL1 + ". Voorbeeld van invullen: A1 'Buurtvereniging Voorbeeldwijk', "
                 "B2 '0470 00 00 00'. Steun: maximaal 10 000 euro per project."),
        "sA": "A. Wie dient het project in?",
        "org": "A1. Naam van de groep, vereniging of het bestuur",
        "status": "A2. Statuut",
        "status_opts": ["feitelijke vereniging", "vzw", "lokaal bestuur", "handelaar", "andere: ..........."],
        "nr": "A3. Ondernemingsnummer (KBO)",
        "iban": "A4. Rekeningnummer",
        "street": "A5. Straat en huisnummer",
        "pc": "A6. Postcode",
        "city": "A7. Gemeente / deelgemeente",
        "sB": "B. Aanspreekpunt voor dit dossier",
        "contact": "B1. Naam aanspreekpunt",
        "phone": "B2. Tel. / gsm",
        "email": "B3. E-mailadres",
        "others": "B4. Andere bestuursleden (naam - functie - tel.)",
        "sC": "C. Het project",
        "title_f": "C1. Projectnaam",
        "location": "C2. Waar vindt het project plaats?",
        "what": "C3. Wat willen jullie doen?",
        "who": "C4. Hoe betrekken jullie de buurt? Met wie werken jullie samen?",
        "when": "C5. Timing",
        "sD": "D. Financiering",
        "b_head": ["Nr.", "Omschrijving kosten", "Bedrag"],
        "b_total": "TOTAAL KOSTEN",
        "own": "D2. Eigen middelen",
        "other": "D3. Andere subsidies / sponsors",
        "req": "D4. Gevraagde steun Partons 2.0 (max. 10 000 euro)",
        "sE": "E. Engagement",
        "sess": "E1. Wij zijn aanwezig op de uitwisselingsmomenten (" + ", ".join(SESSIONS) + "):",
        "sess_opts": ["ja, op alle data", "gedeeltelijk", "nee"],
        "remarks": "E2. Nog iets kwijt?",
        "sF": "F. Handtekening",
        "sig_name": "F1. Naam",
        "sig_date": "F2. Datum",
        "admin_t": "IN TE VULLEN DOOR DE PROVINCIE",
        "admin": ["Datum ontvangst: ......", "Volgnummer: WH-2019-......", "Advies jury: O ja  O nee  O aanvullen"],
        "foot": "Projectfiche Partons 2.0 - versie mei 2019",
    },
    "fr": {
        "header": ["PARTONS 2.0  -  réseau transfrontalier pour des villages et quartiers vivants",
                   "Westhoek (BE) - Flandre intérieure & Dunkerquois (FR)"],
        "title": "FICHE PROJET - appel « Partons 2.0 » 2019",
        "sub": "Une fiche par projet. 2 pages de texte maximum, annexes possibles.",
        "note": ("À renvoyer avant le 16/06/2019 à " + COORD_EMAIL + " ou par courrier à la Provincie "
                 "West-Vlaanderen, à l'att. de Jonas Polin, Woumenweg 100, 8600 Diksmuide (B). Questions : "
                 + COORD_TEL1 + ". Exemple : A1 « Association Exemple », B2 « 06 00 00 00 00 ». "
                 "Soutien : 10 000 euros maximum par projet."),
        "sA": "A. Qui porte le projet ?",
        "org": "A1. Nom du collectif, de l'association ou de la structure",
        "status": "A2. Statut",
        "status_opts": ["association loi 1901", "collectif d'habitants", "commune", "commerçant", "autre : ..........."],
        "nr": "A3. N° SIRET / RNA",
        "iban": "A4. IBAN",
        "street": "A5. N° et rue",
        "pc": "A6. Code postal",
        "city": "A7. Commune",
        "sB": "B. Référent du dossier",
        "contact": "B1. Nom du référent",
        "phone": "B2. Tél. / portable",
        "email": "B3. Adresse électronique",
        "others": "B4. Autres membres du bureau (nom - fonction - tél.)",
        "sC": "C. Le projet",
        "title_f": "C1. Nom du projet",
        "location": "C2. Où se déroule le projet ?",
        "what": "C3. Que voulez-vous faire ?",
        "who": "C4. Comment impliquez-vous le quartier ? Avec quels partenaires ?",
        "when": "C5. Calendrier",
        "sD": "D. Financement",
        "b_head": ["N°", "Nature des dépenses", "Montant"],
        "b_total": "TOTAL DES DÉPENSES",
        "own": "D2. Fonds propres",
        "other": "D3. Autres subventions / mécènes",
        "req": "D4. Aide demandée à Partons 2.0 (10 000 euros max.)",
        "sE": "E. Engagement",
        "sess": "E1. Nous serons présents aux rencontres d'échange (" + ", ".join(SESSIONS) + ") :",
        "sess_opts": ["oui, à toutes les dates", "en partie", "non"],
        "remarks": "E2. Autre chose à ajouter ?",
        "sF": "F. Signature",
        "sig_name": "F1. Nom",
        "sig_date": "F2. Date",
        "admin_t": "À REMPLIR PAR LA PROVINCE",
        "admin": ["Date de réception : ......", "N° d'ordre : WH-2019-......", "Avis du jury : O oui  O non  O à compléter"],
        "foot": "Fiche projet Partons 2.0 - version mai 2019",
    },
}


def labels(lang):
    return dict(L[lang])


def f(rec, key, label, frac=1.0, multi=0):
    return {"t": "field", "key": key, "label": label, "value": rec["v"].get(key, ""),
            "mode": rec.get("m", {}).get(key, "box"), "name": key, "frac": frac, "multi": multi, "short": frac < 1}


def build(rec):
    lab = labels(rec["lang"])
    B = []
    B.append({"t": "header", "lines": lab["header"], "foot": lab["foot"]})
    B.append({"t": "title", "text": lab["title"], "sub": lab["sub"]})
    B.append({"t": "note", "text": lab["note"]})
    B.append({"t": "section", "text": lab["sA"]})
    B.append(f(rec, "org", lab["org"]))
    st = rec.get("status", 0)
    B.append({"t": "check", "label": lab["status"], "inline": True,
              "options": [(o, "X" if i == st else "") for i, o in enumerate(lab["status_opts"])]})
    B.append({"t": "row", "fields": [f(rec, "nr", lab["nr"], 0.45), f(rec, "iban", lab["iban"], 0.55)]})
    B.append(f(rec, "street", lab["street"], multi=rec.get("street_lines", 0)))
    B.append({"t": "row", "fields": [f(rec, "pc", lab["pc"], 0.3), f(rec, "city", lab["city"], 0.7)]})
    B.append({"t": "section", "text": lab["sB"]})
    B.append(f(rec, "contact", lab["contact"]))
    B.append({"t": "row", "fields": [f(rec, "phone", lab["phone"], 0.42), f(rec, "email", lab["email"], 0.58)]})
    B.append(f(rec, "others", lab["others"], multi=3))
    B.append({"t": "section", "text": lab["sC"]})
    B.append(f(rec, "title", lab["title_f"]))
    B.append(f(rec, "location", lab["location"]))
    B.append(f(rec, "what", lab["what"], multi=5))
    B.append(f(rec, "who", lab["who"], multi=3))
    B.append(f(rec, "when", lab["when"]))
    B.append({"t": "section", "text": lab["sD"]})
    bud = rec["budget"]
    rows = [[str(i + 1), d, a] for i, (d, a) in enumerate(bud["rows"])]
    while len(rows) < bud.get("min_rows", 5):
        rows.append([str(len(rows) + 1), "", ""])
    B.append({"t": "budget", "head": lab["b_head"], "widths": [0.08, 0.64, 0.28], "rows": rows,
              "total": (lab["b_total"], bud.get("total") or ""),
              "extras": [(lab["own"], bud.get("own") or "", "own"), (lab["other"], bud.get("other") or "", "other"),
                         (lab["req"], bud.get("req") or "", "req")],
              "m": bud.get("m", {})})
    B.append({"t": "section", "text": lab["sE"]})
    sess = rec.get("sessions", 0)
    B.append({"t": "check", "label": lab["sess"],
              "options": [(o, "X" if i == sess else "") for i, o in enumerate(lab["sess_opts"])], "inline": True})
    B.append(f(rec, "remarks", lab["remarks"], multi=2))
    B.append({"t": "section", "text": lab["sF"]})
    B.append({"t": "row", "fields": [f(rec, "sig_name", lab["sig_name"], 0.6), f(rec, "sig_date", lab["sig_date"], 0.4)]})
    B.append({"t": "admin", "title": lab["admin_t"], "lines": lab["admin"], "at_end": True})
    return B
