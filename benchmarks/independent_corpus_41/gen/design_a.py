"""Design A (dev half): 'Aanvraagformulier projectidee' / 'Formulaire de candidature'.

Label-left layout: every question is a row with the label on the left and the
answer box on the right; sections numbered 1-6; admin box at the top."""
from common import COORD_EMAIL, COORD_TEL2, SESSIONS, SESSION_HOURS

STYLE = "left"

L = {
    "nl": {
        "header": ["Provincie West-Vlaanderen  |  Interreg V  Partons 2.0",
                   "Projectenoproep 'Maak werk van je buurt!' 2019"],
        "title": "AANVRAAGFORMULIER PROJECTIDEE",
        "sub": "Maak werk van je buurt! - oproep voor dorpen en buurten in de Westhoek",
        "admin_t": "Voorbehouden voor de administratie",
        "admin": ["Dossiernr.: PWV/P2.0/2019/ ......", "Ontvangen op: ..../..../2019", "Behandeld door: ............"],
        "note": ("Vul dit formulier volledig in en bezorg het uiterlijk op 16 juni 2019 aan Jonas Polin, "
                 "Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide, of per e-mail aan "
                 + COORD_EMAIL + " (tel. " + COORD_TEL2 + "). De provincie kent max. 10 000 euro per project toe. "
                 "Schrijf in de vakjes. Bedragen in euro, btw inbegrepen."),
        "s1": "1. De aanvrager (organisatie, vereniging, groep bewoners)",
        "org": "Naam van de organisatie / groep",
        "legal": "Juridische vorm + ondernemingsnr. (indien van toepassing)",
        "street": "Adres (straat + nr.)",
        "pc_city": "Postcode + gemeente",
        "bank": "Rekeningnummer (IBAN)",
        "s2": "2. Contactpersoon voor deze aanvraag",
        "contact": "Naam + voornaam",
        "role": "Functie in de organisatie",
        "phone": "Telefoon / gsm",
        "phone_h": "bv. 0470 00 00 00",
        "email": "E-mail",
        "contact2": "Tweede contactpersoon (naam, tel.)",
        "chair": "Voorzitter (naam, tel., e-mail) - indien niet de contactpersoon",
        "s3": "3. Het project",
        "title_f": "Titel van het project",
        "location": "Waar? (plaats / adres van het project)",
        "desc": "Korte omschrijving: wat willen jullie doen, waarom en voor wie?",
        "partic": "Wie werkt mee? Hoe betrekken jullie de bewoners?",
        "planning": "Planning (start - einde)",
        "s4": "4. Begroting",
        "b_head": ["Uitgavenpost", "Bedrag (EUR)"],
        "b_total": "Totale kostprijs van het project",
        "own": "Eigen inbreng (geld, vrijwilligerswerk, sponsoring)",
        "other": "Andere subsidies (welke? hoeveel?)",
        "req": "Gevraagd bedrag Partons 2.0 (max. 10 000 EUR)",
        "s5": "5. Begeleidingstraject",
        "sess": "Wij nemen deel aan de uitwisselingssessies op (aankruisen):",
        "remarks": "Opmerkingen",
        "s6": "6. Ondertekening",
        "sig_name": "Naam en handtekening",
        "sig_pd": "Plaats en datum",
        "foot": "Partons 2.0 - Interreg V France-Wallonie-Vlaanderen - formulier v2 (april 2019)",
    },
    "fr": {
        'header': ['Province de Flandre occidentale  |  Interreg V  Partons 2.0', "Appel à projets 'Maak werk van je buurt !' 2019 - volet Nord (France)"],
        'title': 'FORMULAIRE DE CANDIDATURE - IDÉE DE PROJET',
        'sub': 'Partons 2.0 - appel pour les villages et quartiers du Westhoek et du Nord',
        'admin_t': "Cadre réservé à l'administration",
        'admin': ['N° de dossier : PWV/P2.0/2019/ ......', 'Reçu le : ..../..../2019', 'Suivi par : ............'],
        "note": ('Merci de compléter ce formulaire et de le renvoyer au plus tard le 16 juin 2019 à Jonas Polin, '
                 'Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide (Belgique), ou par courriel à '
                 + COORD_EMAIL + " (tél. " + COORD_TEL2 + "). Aide maximale : 10 000 euros par projet. "
                 "Écrire dans les cases. Montants en euros TTC."),
        's1': '1. Le porteur de projet (association, collectif, commune...)',
        'org': "Nom de l'organisation / du collectif",
        'legal': 'Statut juridique + n° SIRET ou RNA (le cas échéant)',
        'street': 'Adresse (n° + rue)',
        'pc_city': 'Code postal + commune',
        'bank': 'IBAN',
        's2': '2. Personne de contact pour ce dossier',
        'contact': 'Nom + prénom',
        'role': 'Fonction dans la structure',
        'phone': 'Téléphone',
        'phone_h': 'ex. 06 00 00 00 00',
        'email': 'Courriel',
        'contact2': 'Second contact (nom, tél.)',
        'chair': 'Président(e) (nom, tél., courriel) - si différent du contact',
        's3': '3. Le projet',
        'title_f': 'Titre du projet',
        'location': 'Où ? (lieu / adresse du projet)',
        'desc': 'Description courte : que voulez-vous faire, pourquoi, pour qui ?',
        'partic': 'Qui participe ? Comment associez-vous les habitants ?',
        'planning': 'Calendrier (début - fin)',
        's4': '4. Budget prévisionnel',
        'b_head': ['Poste de dépense', 'Montant (EUR)'],
        'b_total': 'Coût total du projet',
        'own': 'Apport propre (argent, bénévolat, sponsoring)',
        'other': 'Autres subventions (lesquelles ? montant ?)',
        'req': 'Montant demandé à Partons 2.0 (max. 10 000 EUR)',
        's5': '5. Accompagnement',
        'sess': "Nous participerons aux sessions d'échange du (cocher) :",
        'remarks': 'Remarques',
        's6': '6. Signature',
        'sig_name': 'Nom et signature',
        'sig_pd': 'Lieu et date',
        'foot': 'Partons 2.0 - Interreg V France-Wallonie-Vlaanderen - formulaire v2 (avril 2019)',
    },
}


def labels(lang):
    return dict(L[lang])


def field(rec, key, label, name=None, short=False, multi=0, hint=None):
    v = rec["v"].get(key, "")
    return {"t": "field", "key": key, "label": label, "value": v, "mode": rec.get("m", {}).get(key, "box"),
            "name": name or key, "short": short, "multi": multi, "hint": hint}


def build(rec):
    lab = labels(rec["lang"])
    B = []
    B.append({"t": "header", "lines": lab["header"], "foot": lab["foot"]})
    B.append({"t": "admin", "title": lab["admin_t"], "lines": lab["admin"]})
    B.append({"t": "title", "text": lab["title"], "sub": lab["sub"]})
    B.append({"t": "note", "text": lab["note"]})
    B.append({"t": "section", "text": lab["s1"]})
    B.append(field(rec, "org", lab["org"]))
    B.append(field(rec, "legal", lab["legal"]))
    B.append(field(rec, "street", lab["street"], multi=rec.get("street_lines", 0)))
    B.append(field(rec, "pc_city", lab["pc_city"], short=True))
    B.append(field(rec, "bank", lab["bank"], short=True))
    B.append({"t": "section", "text": lab["s2"]})
    B.append(field(rec, "contact", lab["contact"]))
    B.append(field(rec, "role", lab["role"], short=True))
    B.append(field(rec, "phone", lab["phone"], short=True, hint=lab["phone_h"]))
    B.append(field(rec, "email", lab["email"], short=True))
    B.append(field(rec, "contact2", lab["contact2"]))
    B.append(field(rec, "chair", lab["chair"]))
    B.append({"t": "section", "text": lab["s3"]})
    B.append(field(rec, "title", lab["title_f"]))
    B.append(field(rec, "location", lab["location"]))
    B.append(field(rec, "desc", lab["desc"], multi=5))
    B.append(field(rec, "partic", lab["partic"], multi=3))
    B.append(field(rec, "planning", lab["planning"]))
    B.append({"t": "section", "text": lab["s4"]})
    bud = rec["budget"]
    rows = [[d, a] for d, a in bud["rows"]]
    while len(rows) < bud.get("min_rows", 6):
        rows.append(["", ""])
    B.append({"t": "budget", "head": lab["b_head"], "widths": [0.7, 0.3], "rows": rows,
              "total": (lab["b_total"], bud.get("total") or ""),
              "extras": [(lab["own"], bud.get("own") or "", "own"), (lab["other"], bud.get("other") or "", "other"),
                         (lab["req"], bud.get("req") or "", "req")],
              "m": bud.get("m", {})})
    B.append({"t": "section", "text": lab["s5"]})
    marks = rec.get("sessions", ["X"] * 5)
    B.append({"t": "check", "label": lab["sess"],
              "options": [("%s (%s)" % (d, h), mk) for d, h, mk in zip(SESSIONS, SESSION_HOURS, marks)]})
    B.append(field(rec, "remarks", lab["remarks"], multi=2))
    B.append({"t": "section", "text": lab["s6"]})
    B.append(field(rec, "sig_name", lab["sig_name"]))
    B.append(field(rec, "sig_pd", lab["sig_pd"], short=True))
    return B
