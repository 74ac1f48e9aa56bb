"""Builds an abstract description of one application form (sections, fields,
notes, budget table) from a record.  Label wording, order of sections,
where the address sits, which extra (distracting) data appears, etc. are
chosen here, partly forced by the record's knobs, partly drawn from a
per-case seeded RNG.  The format renderers turn this into PDF/DOCX/ODT/XLSX/ODS."""
import datetime
import re
from common import (COORD, money, amt, budget_lines, rand_person, rand_phone, rand_email, rand_iban, D)

# ---------------------------------------------------------------- label pools
L = {
    "nl": {
        "org": ["Naam van de vereniging", "Organisatie", "Naam organisatie / groep", "Aanvrager (naam vereniging)",
                "Naam initiatiefnemer", "Indiener", "Naam bewonersgroep / vereniging", "Vereniging",
                "Naam van de aanvragende organisatie", "Wie dient het project in?"],
        "org_kind": ["Juridische vorm", "Soort organisatie", "Statuut", "Rechtsvorm"],
        "contact": ["Contactpersoon", "Naam en voornaam contactpersoon", "Verantwoordelijke voor het project",
                    "Aanspreekpunt", "Naam contactpersoon", "Voor- en achternaam", "Trekker van het project"],
        "first": ["Voornaam"], "last": ["Naam", "Familienaam", "Achternaam"],
        "role": ["Functie", "Functie in de vereniging", "Rol in het project", "Hoedanigheid"],
        "email": ["E-mail", "E-mailadres", "Mail", "E-mail contactpersoon", "e-mail"],
        "phone": ["Telefoon", "Tel.", "Telefoon / gsm", "GSM", "Telefoonnummer", "Tel./gsm"],
        "street": ["Adres", "Straat en nr.", "Straat + huisnummer", "Straat, nummer (bus)", "Adres (straat en nummer)"],
        "street_only": ["Straat", "Straatnaam"], "nr": ["Nr.", "Huisnummer", "Nummer"], "bus": ["Bus", "Busnr."],
        "pc": ["Postcode", "Postnummer"], "muni": ["Gemeente", "Woonplaats", "(Deel)gemeente", "Plaats"],
        "pc_muni": ["Postcode en gemeente", "Postcode + gemeente", "PC / Gemeente"],
        "addr_full": ["Adres", "Correspondentieadres", "Volledig adres", "Adres van de vereniging"],
        "title": ["Titel van het project", "Naam van je project", "Projectnaam", "Werktitel", "Titel projectidee",
                  "Naam van het initiatief"],
        "desc": ["Korte omschrijving", "Beschrijf je idee in enkele zinnen", "Wat willen jullie doen?",
                 "Omschrijving van het project", "Projectbeschrijving (max. 10 regels)"],
        "location": ["Waar vindt het project plaats?", "Locatie", "Plaats van het project", "Projectlocatie"],
        "start": ["Geplande start", "Startdatum", "Wanneer wil je starten?", "Timing"],
        "partners": ["Partners", "Met wie werk je samen?", "Betrokken partners en bewoners"],
        "people": ["Aantal betrokken bewoners/vrijwilligers", "Aantal vrijwilligers", "Hoeveel mensen zijn betrokken?"],
        "req": ["Gevraagde subsidie", "Gevraagd bedrag", "Bedrag gevraagd aan Partons 2.0", "Gevraagde bijdrage",
                "Gevraagde financiële steun", "Gevraagde steun (max. 10 000 euro)"],
        "total": ["Totale kostprijs", "Totaal budget", "Totale projectkost", "Geraamde totale kost", "Totaal uitgaven",
                  "Totale kostprijs van het project"],
        "own": ["Eigen inbreng", "Eigen middelen", "Eigen bijdrage vereniging"],
        "other": ["Andere subsidies", "Andere financiering", "Bijdrage gemeente / andere"],
        "chair": ["Voorzitter", "Naam voorzitter"],
        "treasurer": ["Penningmeester", "Kassier"],
        "iban": ["Rekeningnummer (IBAN)", "IBAN", "Bankrekening"],
        "enterprise": ["Ondernemingsnummer", "KBO-nummer", "Ondernemingsnr."],
        "date": ["Datum"], "place": ["Plaats", "Opgemaakt te"], "sign": ["Handtekening", "Naam + handtekening"],
        "budget_item": ["Omschrijving", "Uitgave", "Kostenpost", "Wat?"], "budget_amt": ["Bedrag", "Kostprijs", "Raming"],
    },
    "fr": {
        "org": ["Nom de l'association", "Structure porteuse", "Porteur de projet", "Organisme", "Nom du collectif / de l'association",
                "Dénomination", "Association ou groupe d'habitants", "Nom de la structure", "Raison sociale"],
        "org_kind": ["Statut juridique", "Forme juridique", "Type de structure", "Statut"],
        "contact": ["Personne de contact", "Nom et prénom du référent", "Interlocuteur", "Responsable du projet",
                    "Nom / Prénom", "Personne référente", "Contact"],
        "first": ["Prénom"], "last": ["Nom", "NOM"],
        "role": ["Fonction", "Qualité", "Fonction dans la structure", "Rôle"],
        "email": ["Courriel", "Adresse électronique", "E-mail", "Adresse mail", "Mél"],
        "phone": ["Téléphone", "Tél.", "N° de téléphone", "Tél. / portable", "Portable"],
        "street": ["Adresse", "N° et rue", "Adresse postale", "Adresse (n°, rue)", "Rue"],
        "street_only": ["Rue", "Voie"], "nr": ["N°", "Numéro"], "bus": ["Complément"],
        "pc": ["Code postal", "CP"], "muni": ["Commune", "Ville", "Localité"],
        "pc_muni": ["Code postal et commune", "CP / Ville", "Code postal – Ville"],
        "addr_full": ["Adresse", "Adresse complète", "Adresse du siège", "Coordonnées postales"],
        "title": ["Intitulé du projet", "Titre du projet", "Nom de l'action", "Nom du projet", "Titre de l'initiative"],
        "desc": ["Description succincte", "Décrivez votre projet en quelques lignes", "Objectifs et contenu du projet",
                 "Présentation du projet", "Résumé du projet"],
        "location": ["Lieu de réalisation", "Où se déroule le projet ?", "Localisation du projet", "Lieu"],
        "start": ["Date de démarrage prévue", "Calendrier", "Début du projet", "Période de réalisation"],
        "partners": ["Partenaires", "Partenaires associés", "Avec qui ?"],
        "people": ["Nombre d'habitants impliqués", "Nombre de bénévoles", "Public touché"],
        "req": ["Montant sollicité", "Aide demandée", "Subvention demandée", "Montant demandé à Partons 2.0",
                "Montant de l'aide sollicitée (10 000 € max.)", "Participation demandée"],
        "total": ["Coût total du projet", "Budget global", "Montant total des dépenses", "Budget total prévisionnel",
                  "Coût total"],
        "own": ["Autofinancement", "Apport de la structure", "Fonds propres"],
        "other": ["Autres financements", "Autres aides (commune, département…)", "Cofinancements"],
        "chair": ["Président(e)", "Nom du président"],
        "treasurer": ["Trésorier(ère)", "Trésorier"],
        "iban": ["IBAN", "Coordonnées bancaires (IBAN)"],
        "siret": ["N° SIRET", "SIRET"], "rna": ["N° RNA", "N° W (RNA)"],
        "date": ["Date", "Le"], "place": ["Fait à", "Lieu"], "sign": ["Signature", "Nom et signature"],
        "budget_item": ["Poste de dépense", "Nature des dépenses", "Dépenses", "Intitulé"],
        "budget_amt": ["Montant", "Montant TTC", "Coût"],
    },
}

SECTIONS = {
    "nl": {"A": ["Gegevens aanvrager", "De aanvrager", "Wie zijn jullie?", "Identificatie van de aanvrager", "Organisatie",
                 "Over de vereniging"],
           "B": ["Contactpersoon", "Wie is het aanspreekpunt?", "Contactgegevens", "Verantwoordelijke"],
           "AB": ["Aanvrager en contactpersoon", "Gegevens van de aanvrager", "Identificatie"],
           "C": ["Het project", "Projectidee", "Over je idee", "Beschrijving van het project", "Het initiatief"],
           "D": ["Begroting", "Financiën", "Kostenraming", "Budget", "Financieel plan"],
           "E": ["Ondertekening", "Handtekening", "Verklaring op eer"]},
    "fr": {"A": ["Identification du porteur de projet", "Le porteur de projet", "Qui êtes-vous ?", "La structure",
                 "Présentation de la structure"],
           "B": ["Personne référente", "Contact", "Coordonnées du responsable", "Interlocuteur du projet"],
           "AB": ["Porteur de projet et contact", "Identification", "Coordonnées"],
           "C": ["Votre projet", "Description du projet", "Le projet", "Présentation de l'initiative"],
           "D": ["Budget prévisionnel", "Plan de financement", "Budget", "Dépenses et recettes"],
           "E": ["Engagement", "Signature", "Attestation sur l'honneur"]},
}

TITLES = {
    "nl": ["Aanvraagformulier projectidee", "Projectfiche \u2018Maak werk van je buurt!\u2019",
           "Formulier projectoproep Partons 2.0", "Indienen projectidee \u2013 Maak werk van je buurt!",
           "Kandidatuur projectoproep leefbare dorpen en buurten", "Aanvraag steun burgerinitiatief",
           "Projectoproep Maak werk van je buurt! \u2013 aanvraagformulier"],
    "fr": ["Formulaire de candidature", "Fiche projet \u2013 appel à projets Partons 2.0",
           "Dossier de candidature \u2013 initiatives citoyennes", "Appel à projets Partons 2.0 \u2013 fiche de candidature",
           "Candidature \u2013 villages et quartiers vivants", "Demande de soutien à une initiative d'habitants"],
}

SUBTITLES = {
    "nl": ["Interreg V France-Wallonie-Vlaanderen \u2013 project Partons 2.0", "Projectoproep voor dorpen en buurten in de Westhoek",
           "Leefbare dorpen en buurten \u2013 Westhoek en Noord-Frankrijk", None],
    "fr": ["Interreg V France-Wallonie-Vlaanderen \u2013 projet Partons 2.0", "Villages et quartiers vivants \u2013 Westhoek et Nord",
           "Appel à projets transfrontalier 2019", None],
}


# the other language's wording, for forms with bilingual labels
BIL = {
    "fr": {"org": "Nom de l'association", "contact_name": "Personne de contact", "contact_first": "Prénom",
           "contact_last": "Nom", "email": "Courriel", "phone": "Téléphone", "address": "Adresse", "postcode": "Code postal",
           "municipality": "Commune", "pc_muni": "CP et commune", "addr_full": "Adresse", "project_title": "Titre du projet",
           "requested_amount": "Montant demandé"},
    "nl": {"org": "Naam vereniging", "contact_name": "Contactpersoon", "contact_first": "Voornaam", "contact_last": "Naam",
           "email": "E-mail", "phone": "Telefoon", "address": "Adres", "postcode": "Postcode", "municipality": "Gemeente",
           "pc_muni": "Postcode en gemeente", "addr_full": "Adres", "project_title": "Titel project",
           "requested_amount": "Gevraagd bedrag"},
}


def instr(lang, rng, coord):
    if lang == "nl":
        base = rng.choice([
            "Vul dit formulier zo volledig mogelijk in en bezorg het ten laatste op 16 juni 2019.",
            "Dit formulier is bedoeld om je projectidee kort voor te stellen. De steun bedraagt maximaal 10 000 euro per project.",
            "Beschrijf je idee zo concreet mogelijk. Onvolledige aanvragen kunnen niet worden beoordeeld.",
            "Let op: de financiële bijdrage bedraagt max. 10 000 euro. In totaal is er 100 000 euro voor 10 initiatieven.",
        ])
        if coord:
            base += " " + rng.choice([
                "Terug te sturen naar %s, t.a.v. %s, %s, %s %s of per e-mail naar %s." % (
                    COORD["org_nl"], COORD["name"], COORD["street"], COORD["pc"], COORD["muni"], COORD["email"]),
                "Meer info: %s \u2013 %s \u2013 %s." % (COORD["name"], COORD["email"], COORD["gsm"]),
                "Indienen via %s (Provincie West-Vlaanderen, %s, %s %s). Vragen? Bel %s." % (
                    COORD["email"], COORD["street"], COORD["pc"], COORD["muni"], COORD["tel"]),
            ])
        return base
    base = rng.choice([
        "Merci de compléter ce formulaire et de le renvoyer avant le 16 juin 2019.",
        "Ce formulaire permet de présenter brièvement votre idée de projet. L'aide est plafonnée à 10 000 € par projet.",
        "Soyez le plus concret possible. Les dossiers incomplets ne pourront pas être examinés.",
        "Attention : la participation financière est de 10 000 € maximum (enveloppe globale de 100 000 € pour 10 projets).",
    ])
    if coord:
        base += " " + rng.choice([
            "Dossier à envoyer à %s (Province de Flandre-Occidentale), %s, %s %s (Belgique) ou par courriel : %s." % (
                COORD["name"], COORD["street"], COORD["pc"], COORD["muni"], COORD["email"]),
            "Contact côté belge : %s, %s, tél. %s." % (COORD["name"], COORD["email"], COORD["gsm"]),
            "Renseignements : %s \u2013 %s \u2013 %s." % (COORD["email"], COORD["tel"], COORD["web"]),
        ])
    return base


def coord_box(lang, rng):
    if lang == "nl":
        lines = ["Voorbehouden aan de administratie / Provincie West-Vlaanderen",
                 "Dossierbeheerder: %s \u2013 %s" % (COORD["name"], COORD["email"]),
                 "%s, %s %s \u2013 tel. %s" % (COORD["street"], COORD["pc"], COORD["muni"], COORD["tel"]),
                 "Ontvangen op: ........   Dossiernr.: ........"]
    else:
        lines = ["Cadre réservé à l'administration",
                 "Chargé de mission : %s \u2013 %s" % (COORD["name"], COORD["email"]),
                 "Province de Flandre-Occidentale, %s, %s %s \u2013 %s" % (COORD["street"], COORD["pc"], COORD["muni"], COORD["gsm"]),
                 "Reçu le : ........   N° de dossier : ........"]
    return {"t": "text", "style": "box", "text": "\n".join(lines)}


# ---------------------------------------------------------------- helpers
def split_street(street, country):
    m = re.match(r"^(.*?)\s+(\d+\w?)(?:\s+(?:bus|bte)\s+(\w+))?$", street)
    if country == "BE" and m:
        return m.group(1), m.group(2), m.group(3)
    m = re.match(r"^(\d+(?: bis| ter)?)\s+(.*)$", street)
    return m.group(2), m.group(1), None


def F(label, value, key=None, **kw):
    label = re.sub(r"([?)])\s*:$", r"\1", label) if label.endswith("?:") or label.endswith("? :") else label
    d = {"t": "field", "label": label, "value": value, "key": key}
    d.update(kw)
    return d


def ddmmyyyy(d, style):
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return d.strftime("%d.%m.%Y")
    return "%d-%d-%d" % (d.day, d.month, d.year)


MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}


def long_date(d, lang):
    if lang == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else d.day, MONTHS["fr"][d.month - 1], d.year)
    return "%d %s %d" % (d.day, MONTHS["nl"][d.month - 1], d.year)


# ---------------------------------------------------------------- financing
def finance(r, rng):
    """Returns dict with budget lines, total, own, other, req (Decimals) and labels."""
    req = money(r["req"])
    total = money(r["total"]) if r["total"] else None
    traps = r["knobs"].get("traps", [])
    fin = {"req": req, "total": total, "lines": None, "own": None, "other": None}
    if total is None:
        return fin
    rest = total - req
    if "other" in traps and rest > 200:
        other = money((rest * D(rng.uniform(0.35, 0.7)) / 50).quantize(D("1")) * 50)
        if other >= rest:
            other = rest / 2
        fin["other"] = money(other)
        fin["own"] = money(rest - fin["other"])
    else:
        fin["own"] = money(rest)
    fin["lines"] = budget_lines(rng, r["theme"], r["lang"], total)
    return fin


def A(r, value):
    """amount display for this record"""
    pat = r["amt"]
    if pat == "num":
        pat = "€ {be}" if r["lang"] == "nl" else "{fr} €"
    return amt(value, pat)


# ---------------------------------------------------------------- build
def build(r, rng):
    lang = r["lang"]
    lab = L[lang]
    kn = r["knobs"]
    traps = set(kn.get("traps", []))
    pick = rng.choice
    sec_t = SECTIONS[lang]
    colon = pick([":", "", ":", " :"]) if lang == "fr" else pick([":", "", ":"])
    if r["fmt"] in ("xlsx_form", "ods_form"):
        colon = pick(["", ":"])

    mail_date = r["date"]
    extra = {}
    # ---- people used as distractors
    chair_first, chair_last = rand_person(rng, lang)
    tre_first, tre_last = rand_person(rng, lang)
    extra["chair"] = "%s %s" % (chair_first, chair_last)
    extra["chair_phone"] = rand_phone(rng, r["country"])
    extra["chair_email"] = rand_email(rng, chair_first, chair_last)
    extra["treasurer"] = "%s %s" % (tre_first, tre_last)
    extra["treasurer_email"] = rand_email(rng, tre_first, tre_last)
    extra["iban"] = rand_iban(rng, r["country"])
    if r["role"] and any(w in r["role"].lower() for w in ("voorzit", "présid")):
        extra["chair"] = None  # contact is the chair himself
    snd = r.get("sender")
    if snd and any(w in (snd.get("role") or "").lower() for w in ("voorzit", "présid")):
        # the person who sends the mail is the chair: keep the form consistent with that
        extra["chair"] = "%s %s" % (snd["first"], snd["last"])
        extra["chair_phone"] = snd.get("phone") or extra["chair_phone"]
        extra["chair_email"] = snd["email"]

    # ---- A: applicant
    secA = []
    if r["org"] is None:
        if kn.get("org_absent") == "group":
            secA.append(F(pick(["Naam vereniging", "Naam organisatie"]) + colon, "n.v.t.", "org"))
            secA.append({"t": "checks", "label": pick(["Type aanvrager", "Wij zijn"]) + colon,
                         "options": [("vzw", False), ("feitelijke vereniging", False),
                                     ("groep bewoners zonder vereniging", True), ("lokaal bestuur", False)]})
        else:
            secA.append(F(pick(["Nom de l'association", "Structure porteuse"]) + colon, "\u2014", "org",
                          hint="(si le projet est porté par une association)"))
            secA.append({"t": "checks", "label": "Le projet est porté par" + colon,
                         "options": [("une association", False), ("une commune", False),
                                     ("des habitants (particuliers)", True), ("un commerçant", False)]})
    else:
        secA.append(F(pick(lab["org"]) + colon, r["org"], "org"))
        if rng.random() < 0.6 and r["org_kind"]:
            secA.append(F(pick(lab["org_kind"]) + colon, r["org_kind"], None))
    if "enterprise" in traps:
        secA.append(F(pick(lab["enterprise"]) + colon, "0%d.%03d.%03d" % (rng.randint(400, 899), rng.randint(0, 999),
                                                                           rng.randint(0, 999)), None))
    if "rna" in traps:
        secA.append(F(pick(lab["rna"]) + colon, "W59%07d" % rng.randint(0, 9999999), None))
    if "siret" in traps:
        secA.append(F(pick(lab["siret"]) + colon, "%03d %03d %03d %05d" % (rng.randint(100, 999), rng.randint(0, 999),
                                                                            rng.randint(0, 999), rng.randint(10, 99999)), None))

    # address items
    addr_mode = kn.get("addr_mode") or pick(["split3", "split3", "pc_muni", "oneline", "split3"])
    muni_disp = r["muni"].upper() if (r["country"] == "FR" and rng.random() < 0.4) else r["muni"]
    addr_items = []
    if addr_mode == "split3":
        addr_items.append(F(pick(lab["street"]) + colon, r["street"], "address"))
        if rng.random() < 0.5:
            addr_items.append({"t": "row", "fields": [F(pick(lab["pc"]) + colon, r["pc"], "postcode", short=True),
                                                      F(pick(lab["muni"]) + colon, muni_disp, "municipality")]})
        else:
            addr_items.append(F(pick(lab["pc"]) + colon, r["pc"], "postcode", short=True))
            addr_items.append(F(pick(lab["muni"]) + colon, muni_disp, "municipality"))
    elif addr_mode == "nr_split":
        s, nr, bus = split_street(r["street"], r["country"])
        row = [F(pick(lab["street_only"]) + colon, s, "address"), F(pick(lab["nr"]) + colon, nr, "address", short=True)]
        row.append(F(pick(lab["bus"]) + colon, bus or "", None, short=True))
        addr_items.append({"t": "row", "fields": row})
        addr_items.append({"t": "row", "fields": [F(pick(lab["pc"]) + colon, r["pc"], "postcode", short=True),
                                                  F(pick(lab["muni"]) + colon, muni_disp, "municipality")]})
    elif addr_mode == "pc_muni":
        addr_items.append(F(pick(lab["street"]) + colon, r["street"], "address"))
        addr_items.append(F(pick(lab["pc_muni"]) + colon, "%s %s" % (r["pc"], muni_disp), "pc_muni"))
    elif addr_mode == "oneline":
        sep = pick([", ", " \u2013 ", ", ", " - "])
        addr_items.append(F(pick(lab["addr_full"]) + colon, "%s%s%s %s" % (r["street"], sep, r["pc"], muni_disp), "addr_full"))
    elif addr_mode == "oneline_nopc":
        sep = pick([", ", " \u2013 ", " te "]) if lang == "nl" else pick([", ", " \u2013 ", " à "])
        addr_items.append(F(pick(lab["addr_full"]) + colon, "%s%s%s" % (r["street"], sep, muni_disp), "addr_full"))
    elif addr_mode == "twoline":
        addr_items.append(F(pick(lab["addr_full"]) + colon, "%s\n%s %s" % (r["street"], r["pc"], muni_disp), "addr_full",
                            multiline=True, lines=2))
    addr_in = kn.get("addr_in") or pick(["org", "org", "contact"])
    if r["org"] is None:
        addr_in = "contact"

    # ---- B: contact
    secB = []
    name_mode = kn.get("name_mode") or pick(["full", "full", "full", "civ"])
    if name_mode == "split":
        if rng.random() < 0.5:
            secB.append({"t": "row", "fields": [F(pick(lab["first"]) + colon, r["first"], "contact_first"),
                                                F(pick(lab["last"]) + colon, r["last"], "contact_last")]})
        else:
            secB.append({"t": "row", "fields": [F(pick(lab["last"]) + colon, r["last"].upper() if lang == "fr" else r["last"],
                                                  "contact_last"),
                                                F(pick(lab["first"]) + colon, r["first"], "contact_first")]})
    else:
        if name_mode == "LAST_first":
            nm = "%s %s" % (r["last"].upper(), r["first"])
        elif name_mode == "civ":
            fem = r["first"] in ("Annelies", "Marie", "Marleen", "Nadia", "Brigitte", "Claire", "Els", "Sandrine", "Hilde",
                                 "Odile", "Monique", "Greet", "Fatima", "Sofie", "Aurélie", "Katrien", "Chloé", "Hélène",
                                 "An", "Lieve", "Isabelle")
            civ = ("Mevr." if fem else "Dhr.") if lang == "nl" else ("Mme" if fem else "M.")
            nm = "%s %s %s" % (civ, r["first"], r["last"])
        else:
            nm = "%s %s" % (r["first"], r["last"])
        secB.append(F(pick(lab["contact"]) + colon, nm, "contact_name"))
    if r["role"] and rng.random() < 0.7:
        secB.append(F(pick(lab["role"]) + colon, r["role"], None))
    contact_items = []
    mobile = bool(r["phone"]) and bool(re.match(r"^(04|0[67]|\+32 4|\+33 [67])", r["phone"]))
    phone_labels = [x for x in lab["phone"] if mobile or x not in ("GSM", "Portable")]
    if r["phone"] is not None:
        contact_items.append(F(pick(phone_labels) + colon, r["phone"], "phone", short=True))
    elif kn.get("empty_phone_field", True):
        contact_items.append(F(pick(phone_labels) + colon, "", None, short=True))
    if kn.get("email_in_doc", True):
        contact_items.append(F(pick(lab["email"]) + colon, r["email"], "email"))
    if len(contact_items) == 2 and rng.random() < 0.5:
        secB.append({"t": "row", "fields": contact_items})
    else:
        secB.extend(contact_items)

    if addr_in == "org":
        secA.extend(addr_items)
    else:
        # address of the contact person
        secB[1:1] = addr_items

    # chair / treasurer distractors
    if "chair" in traps and extra["chair"]:
        items = [F(pick(lab["chair"]) + colon, extra["chair"], None)]
        if rng.random() < 0.6:
            items.append(F(pick(lab["phone"]) + " " + ("voorzitter" if lang == "nl" else "président") + colon,
                           extra["chair_phone"], None, short=True))
        secA.extend(items)
    if "treasurer" in traps:
        secA.append(F(pick(lab["treasurer"]) + colon, extra["treasurer"], None))
        if rng.random() < 0.5:
            secA.append(F(pick(lab["email"]) + " " + ("penningmeester" if lang == "nl" else "trésorier") + colon,
                          extra["treasurer_email"], None))
    if "iban" in traps or "treasurer" in traps and rng.random() < 0.5:
        secA.append(F(pick(lab["iban"]) + colon, extra["iban"], None))
    if "director" in traps and snd:
        secA.append(F(("Directeur / directrice" if lang == "fr" else "Directeur") + colon,
                      "%s %s" % (snd["first"], snd["last"]), None))
    if "mayor" in traps:
        a, b = rand_person(rng, lang)
        secA.append(F("Burgemeester" + colon, "%s %s" % (a, b), None))
    if "school_director" in traps:
        a, b = rand_person(rng, lang)
        secA.append(F(("Directeur school" if lang == "nl" else "Directeur/directrice de l'école") + colon,
                      "%s %s" % (a, b), None))

    # ---- C: project
    secC = [F(pick(lab["title"]) + colon, r["title"], "project_title")]
    desc = r["desc"]
    secC.append(F(pick(lab["desc"]) + colon, desc, None, multiline=True, lines=5))
    if "location" in traps:
        if r["key"] == "t05":
            loc = "voormalig stationsgebouw, Stationsstraat 2, 8690 Hoogstade"
        elif r["key"] == "d03":
            loc = "oude pastorij, Kerkplein 3, Beveren-aan-de-IJzer"
        else:
            loc = "oude smidse, Dorpsplaats 11, Wulvergem" if lang == "nl" else "salle communale"
        secC.append(F(pick(lab["location"]) + colon, loc, None))
    elif r.get("loc") and rng.random() < 0.7:
        secC.append(F(pick(lab["location"]) + colon, r["loc"], None))
    start = datetime.date(2019, pick([8, 9, 9, 10]), pick([1, 1, 15]))
    if rng.random() < 0.6:
        secC.append(F(pick(lab["start"]) + colon, pick([ddmmyyyy(start, 0), long_date(start, lang),
                                                        MONTHS[lang][start.month - 1] + " 2019"]), None))
    if rng.random() < 0.5:
        secC.append(F(pick(lab["people"]) + colon, str(pick([8, 12, 15, 20, 25, 35, 40, 60])), None, short=True))
    if "neighbours" in traps:
        names = []
        for i in range(3):
            a, b = rand_person(rng, lang)
            names.append(("fam. %s (nr. %d)" if lang == "nl" else "%s (n° %d)") % (b if lang == "nl" else a + " " + b,
                                                                               rng.randint(1, 30)))
        secC.append(F(("Betrokken buren" if lang == "nl" else "Voisins impliqués") + colon, ", ".join(names), None,
                      multiline=True, lines=2))

    # ---- D: budget
    fin = finance(r, rng)
    secD = []
    if fin["lines"]:
        rows = [[it, A(r, v), v] for it, v in fin["lines"]]
        fin_rows = []
        if fin["own"] is not None and ("own" in traps or rng.random() < 0.5):
            fin_rows.append([pick(lab["own"]), A(r, fin["own"]), fin["own"]])
        if fin["other"] is not None:
            fin_rows.append([pick(lab["other"]), A(r, fin["other"]), fin["other"]])
        secD.append({"t": "budget", "head": [pick(lab["budget_item"]), pick(lab["budget_amt"])],
                     "rows": rows, "total": [pick(lab["total"]), A(r, fin["total"]), fin["total"]],
                     "fin": fin_rows})
        secD.append(F(pick(lab["req"]) + colon, A(r, fin["req"]), "requested_amount", num=fin["req"]))
    else:
        secD.append(F(pick(lab["req"]) + colon, A(r, fin["req"]), "requested_amount", num=fin["req"]))
        if lang == "fr":
            secD.append({"t": "text", "style": "note",
                         "text": "Le budget détaillé sera transmis après sélection (travail bénévole non chiffré)."})
        else:
            secD.append({"t": "text", "style": "note",
                         "text": "De rest van de kosten dragen we zelf via vrijwilligerswerk; een gedetailleerde begroting volgt."})

    # ---- E: signature
    signer = "%s %s" % (r["first"], r["last"])
    if extra["chair"] and "chair" in traps and rng.random() < 0.5:
        signer = extra["chair"]
    sign_place = r["muni"]
    secE = [{"t": "row", "fields": [F(pick(lab["place"]) + colon, sign_place, None),
                                    F(pick(lab["date"]) + colon, ddmmyyyy(mail_date - datetime.timedelta(days=rng.randint(0, 4)),
                                                                          rng.randint(0, 2)), None, short=True)]},
            F(pick(lab["sign"]) + colon, signer, None)]
    if lang == "nl":
        secE.insert(0, {"t": "text", "style": "note",
                        "text": pick(["Ik verklaar dat de gegevens in dit formulier correct zijn.",
                                      "Door dit formulier in te dienen, engageren wij ons om deel te nemen aan de begeleidingssessies "
                                      "(26/09, 7/11, 28/11, 19/12/2019 en 30/01/2020)."])})
    else:
        secE.insert(0, {"t": "text", "style": "note",
                        "text": pick(["Je certifie l'exactitude des informations fournies.",
                                      "En déposant ce dossier, nous nous engageons à participer aux sessions d'accompagnement "
                                      "(26/09, 7/11, 28/11, 19/12/2019 et 30/01/2020)."])})

    # ---- assemble sections in some order
    merge_ab = rng.random() < 0.3 and addr_in == "org"
    order = pick([["A", "B", "C", "D", "E"], ["C", "A", "B", "D", "E"], ["A", "B", "C", "D", "E"],
                  ["B", "A", "C", "D", "E"], ["C", "D", "A", "B", "E"], ["A", "C", "B", "D", "E"]])
    secs = {"A": secA, "B": secB, "C": secC, "D": secD, "E": secE}
    sections = []
    for k in order:
        if merge_ab and k == "B":
            continue
        if merge_ab and k == "A":
            sections.append({"title": pick(sec_t["AB"]), "items": secA + secB, "id": "AB"})
        else:
            sections.append({"title": pick(sec_t[k]), "items": secs[k], "id": k})
    numbering = pick(["", "", "num", "alpha", "roman", "deel"])
    for i, s in enumerate(sections):
        if numbering == "num":
            s["title"] = "%d. %s" % (i + 1, s["title"])
        elif numbering == "alpha":
            s["title"] = "%s. %s" % ("ABCDEF"[i], s["title"])
        elif numbering == "roman":
            s["title"] = "%s. %s" % (["I", "II", "III", "IV", "V", "VI"][i], s["title"])
        elif numbering == "deel":
            s["title"] = ("Deel %d \u2013 %s" if lang == "nl" else "Partie %d \u2013 %s") % (i + 1, s["title"])
    qnum = rng.random() < 0.3
    if qnum:
        n = 1
        for s in sections:
            for it in s["items"]:
                if it["t"] == "field":
                    it["label"] = "%d. %s" % (n, it["label"])
                    n += 1
                elif it["t"] == "row":
                    it["fields"][0]["label"] = "%d. %s" % (n, it["fields"][0]["label"])
                    n += 1

    if kn.get("bilingual"):
        other = BIL["fr" if lang == "nl" else "nl"]
        for sct in sections:
            fl = []
            for it in sct["items"]:
                fl.extend(it["fields"] if it["t"] == "row" else [it])
            for it in fl:
                if it["t"] == "field" and it.get("key") in other:
                    core = it["label"].rstrip(" :")
                    it["label"] = "%s / %s%s" % (core, other[it["key"]], colon)

    doc = {
        "lang": lang,
        "title": pick(TITLES[lang]),
        "subtitle": pick(SUBTITLES[lang]),
        "intro": [instr(lang, rng, "coord_box" in traps or "coord_header" in traps)],
        "sections": sections,
        "coord_box": coord_box(lang, rng) if "coord_box" in traps else None,
        "coord_header": "coord_header" in traps,
        "extra": extra,
        "fin": fin,
        "org_header": None,
    }
    # some organisations put their own name on top of the form they made
    if r["org"] and rng.random() < 0.35:
        doc["org_header"] = r["org"]
    if r["key"] == "t05":
        doc["org_header"] = "Gemeente Alveringem \u2013 sjabloon subsidieaanvraag (intern)"
    return doc
