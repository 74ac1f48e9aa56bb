"""Turn a case into a format-neutral form model (list of blocks) + mail body."""
from common import fa, label, D

COORD = "jonas.polin@west-vlaanderen.be"

HEAD = {
    "nl": ["Aanvraagformulier projectidee", "Maak werk van je buurt! - Fiche projectidee", "Projectenoproep leefbare dorpen en buurten - aanvraag",
           "Indienen projectidee Westhoek", "Formulier burgerinitiatief"],
    "fr": ["Fiche idée de projet", "Partons 2.0 - Formulaire de candidature", "Appel à projets villages et quartiers vivants",
           "Dossier de candidature - initiatives citoyennes", "Fiche projet transfrontalière"],
    "en": ["Project idea form", "Partons 2.0 - Application form for local initiatives", "Cross-border call for citizen initiatives - project sheet",
           "Interreg V Partons 2.0 - Small projects form"],
}
SUB = {
    "nl": "Grensoverschrijdende oproep Partons 2.0 - Westhoek en Noord-Frankrijk",
    "fr": "Appel transfrontalier Partons 2.0 - Westhoek et Nord de la France",
    "en": "Interreg V France-Wallonie-Vlaanderen - Westhoek / Flandre intérieure",
}


def heading(c):
    ls, v = c["ls"], c["v"]
    langs = {"nl": ["nl"], "fr": ["fr"], "en": ["en"], "nl/fr": ["nl", "fr"], "fr/nl": ["fr", "nl"],
             "nl+fr": ["nl", "fr"], "fr+nl": ["fr", "nl"], "cols_nl_fr": ["nl", "fr"], "cols_fr_nl": ["fr", "nl"]}[ls]
    main = HEAD[langs[0]][v % len(HEAD[langs[0]])]
    sub = None
    if len(langs) > 1:
        sub = HEAD[langs[1]][v % len(HEAD[langs[1]])]
    sub2 = SUB[langs[0]]
    return main, sub, sub2


def addr_line(street, pc, town, country_word=None):
    s = "%s, %s %s" % (street, pc, town)
    if country_word:
        s += " (%s)" % country_word
    return s


def model(c):
    """Return list of blocks."""
    ls, v, lang = c["ls"], c["v"], c["lang"]
    A = lambda d: fa(d, c["amt"])
    B = []
    main, sub, sub2 = heading(c)
    B.append(("heading", main, sub, sub2))
    B.append(("section", label("applicant", ls, v)))
    orgval = c.get("org_form") or c["org"]
    B.append(("field", "org", label("org", ls, v), orgval, False))
    if v % 4 == 1:
        B.append(("field", "surname", label_pair(ls, ("Naam", "Nom", "Surname")), c["cl"].upper() if lang == "fr" else c["cl"], False))
        B.append(("field", "first", label_pair(ls, ("Voornaam", "Prénom", "First name")), c["cf"], False))
    else:
        B.append(("field", "contact", label("contact", ls, v), "%s %s" % (c["cf"], c["cl"]), False))
    if c.get("role"):
        B.append(("field", "role", label("role", ls, v), c["role"], False))
    pc = c["pc_prefix"] + c["pc"]
    if v % 2 == 0:
        B.append(("field", "street", label("street", ls, v), c["street"], False))
        B.append(("field", "pc", label("pc", ls, v), pc, False))
        B.append(("field", "town", label("town", ls, v), c["town"], False))
    else:
        B.append(("field", "street", label("street", ls, v), c["street"], False))
        B.append(("field", "pctown", label("pctown", ls, v), "%s %s" % (pc, c["town"]), False))
    cf = c.get("country_form")
    if cf == "checkbox":
        B.append(("check", label("country", ls, v),
                  [("België / Belgique", c["country"] == "BE"), ("France / Frankrijk", c["country"] == "FR")]))
    elif cf:
        B.append(("field", "country", label("country", ls, v), cf, False))
    if c.get("phone_form"):
        B.append(("field", "phone", label("phone", ls, v), c["phone_form"], False))
    B.append(("field", "email", label("email", ls, v), c.get("email_form") or "", False))
    B.append(("section", label("project", ls, v)))
    B.append(("field", "title", label("title", ls, v), c["title"], False))
    B.append(("field", "loc", label("loc", ls, v), c["loc"], False))
    B.append(("field", "desc", label("desc", ls, v), c["desc"], True))
    p = c.get("partner")
    if p:
        B.append(("section", label("sec_partner", ls, v)))
        B.append(("field", "p_org", label("p_org", ls, v), p["org"], False))
        B.append(("field", "p_contact", label("p_contact", ls, v), p["name"] + (" (%s)" % p["role"] if p.get("role") else ""), False))
        B.append(("field", "p_addr", label("p_addr", ls, v), addr_line(p["street"], p["pc"], p["town"]), False))
        B.append(("field", "p_phone", label("p_phone", ls, v), p["phone"], False))
        B.append(("field", "p_email", label("p_email", ls, v), p["email"], False))
    B.append(("section", label("budget", ls, v)))
    amt_hdr = label_pair(ls, ("Bedrag", "Montant", "Amount"))
    if c.get("costs"):
        B.append(("table", "costs", label("costs", ls, v), amt_hdr, [(l, A(a)) for l, a in c["costs"]],
                  (label_pair(ls, ("Totaal", "Total", "Total")), A(c["total"]))))
        B.append(("table", "funding", label("funding", ls, v), amt_hdr, [(l, A(a)) for l, a, _ in c["funding"]],
                  (label_pair(ls, ("Totaal", "Total", "Total")), A(c["total"]))))
    if v % 3 != 2 or not c.get("costs"):
        B.append(("field", "requested", label("requested", ls, v), A(c.get("req_form", c["req"])), False))
    if c.get("total") is not None and v % 2 == 0:
        B.append(("field", "total", label("total", ls, v), A(c["total"]), False))
    for ex in c.get("extra_nl", []) + c.get("extra_fr", []):
        B.append(("note", ex))
    B.append(("field", "date", label("date", ls, v), c["date"].strftime("%d/%m/%Y" if v % 2 else "%d.%m.%Y"), False))
    B.append(("field", "sign", label("sign", ls, v), "%s %s" % (c["cf"], c["cl"]), False))
    if v % 3 == 0:
        B.append(("footer", footer(ls)))
    return B


def label_pair(ls, t):
    nl, fr, en = t
    return {"nl": (nl, None), "fr": (fr, None), "en": (en, None), "nl/fr": ("%s / %s" % (nl, fr), None),
            "fr/nl": ("%s / %s" % (fr, nl), None), "nl+fr": (nl, fr), "fr+nl": (fr, nl),
            "cols_nl_fr": (nl, fr), "cols_fr_nl": (fr, nl)}[ls]


def footer(ls):
    nl = "Terug te sturen vóór 16 juni 2019 naar Provincie West-Vlaanderen, t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide of %s" % COORD
    fr = "À renvoyer avant le 16 juin 2019 à la Province de Flandre occidentale, Jonas Polin, Woumenweg 100, 8600 Diksmuide ou %s" % COORD
    en = "Return before 16 June 2019 to Provincie West-Vlaanderen, Jonas Polin, Woumenweg 100, 8600 Diksmuide (Belgium), %s, +32 51 51 94 37" % COORD
    if ls in ("nl",):
        return nl
    if ls in ("fr",):
        return fr
    if ls == "en":
        return en
    if ls.startswith("nl") or ls == "cols_nl_fr":
        return nl + " / " + fr
    return fr + " / " + nl


# --------------------------------------------------------------- body
def intl(e164):
    d = e164
    if d.startswith("+32"):
        r = d[3:]
        if r.startswith("4"):
            return "+32 %s %s %s %s" % (r[:3], r[3:5], r[5:7], r[7:])
        return "+32 %s %s %s %s" % (r[:2], r[2:4], r[4:6], r[6:])
    r = d[3:]
    return "+33 %s %s %s %s %s" % (r[0], r[1:3], r[3:5], r[5:7], r[7:])


def body(c):
    v, lang = c["v"], c["lang"]
    name = "%s %s" % (c["cf"], c["cl"])
    sender = c.get("sender")
    sname = sender[0] if sender else name
    A = lambda d: fa(d, c["amt"])
    org = c["org"]
    lines = []
    if lang == "nl":
        lines.append(["Beste Jonas,", "Beste heer Polin,", "Dag Jonas,", "Geachte,"][v % 4])
        lines.append("")
        if org:
            opener = ["In bijlage vindt u het ingevulde aanvraagformulier van %s voor de projectenoproep 'Maak werk van je buurt!'." % org,
                      "Hierbij dienen we ons projectidee \"%s\" in voor de oproep Partons 2.0." % c["title"],
                      "Graag bezorgen wij u onze kandidatuur voor de grensoverschrijdende oproep 'Maak werk van je buurt!'.",
                      "Zoals afgesproken na de brainstormsessie sturen we hierbij ons formulier door."][v % 4]
        else:
            opener = "Als inwoner wil ik graag een idee indienen voor 'Maak werk van je buurt!'. Het formulier zit in bijlage."
        lines.append(opener)
        if c.get("partner") and v % 2 == 0:
            lines.append("We werken hiervoor samen met %s aan de andere kant van de grens." % c["partner"]["org"])
        if v % 3 == 1 and c["req"] is not None:
            lines.append("We vragen een bijdrage van %s." % A(c["req"]))
        if c.get("note_nl"):
            lines += ["", c["note_nl"]]
        lines += ["", "Alvast bedankt voor uw reactie.", "", ["Met vriendelijke groeten,", "Vriendelijke groet,", "Groetjes,", "Met vriendelijke groeten / Cordialement,"][v % 4], sname]
    else:
        lines.append(["Bonjour Monsieur Polin,", "Monsieur,", "Bonjour,", "Cher Monsieur Polin,"][v % 4])
        lines.append("")
        if org:
            opener = ["Veuillez trouver ci-joint la fiche projet de %s pour l'appel « Partons 2.0 »." % org,
                      "Nous avons le plaisir de vous adresser notre idée de projet « %s »." % c["title"],
                      "Suite à votre appel à projets transfrontalier, voici notre candidature en pièce jointe.",
                      "Comme convenu par téléphone, je vous transmets notre formulaire rempli."][v % 4]
        else:
            opener = "Habitant(e) du village, je souhaite proposer un projet dans le cadre de l'appel « Maak werk van je buurt ! / Partons 2.0 ». Vous trouverez le formulaire en pièce jointe."
        lines.append(opener)
        if c.get("partner") and v % 2 == 0:
            lines.append("Le projet est mené avec %s, de l'autre côté de la frontière." % c["partner"]["org"])
        if v % 3 == 1 and c["req"] is not None:
            lines.append("Nous sollicitons une aide de %s." % A(c["req"]))
        if c.get("note_fr"):
            lines += ["", c["note_fr"]]
        lines += ["", "Je reste à votre disposition pour tout renseignement.", "", ["Cordialement,", "Bien à vous,", "Bien cordialement,", "Met vriendelijke groeten / Cordialement,"][v % 4], sname]
    # signature
    if sender:
        lines.append({"nl": "secretaris", "fr": "secrétaire"}[lang])
        if c["org"]:
            lines.append(c["org"])
        if c.get("sig_phone_sender"):
            lines.append(c["sig_phone_sender"])
    else:
        if c.get("role") and v % 2 == 0:
            lines.append(c["role"])
        if org:
            lines.append(org)
        if v % 3 != 2:
            lines.append(("Tel. " if lang == "nl" else "Tél. ") + (intl(c["phone"]) if v % 2 else (c.get("phone_form") or intl(c["phone"]))))
        if c.get("email_form") is None:
            lines.append(c["email"])
    return "\n".join(lines) + "\n"


def subject(c):
    v = c["v"]
    if c["lang"] == "nl":
        return ["Projectidee Maak werk van je buurt - %s" % c["title"], "Aanvraag Partons 2.0", "Kandidatuur projectenoproep: %s" % c["title"],
                "Maak werk van je buurt! - formulier %s" % (c["org"] or "%s %s" % (c["cf"], c["cl"]))][v % 4]
    return ["Candidature Partons 2.0 - %s" % c["title"], "Appel à projets Partons 2.0", "Fiche projet : %s" % c["title"],
            "Maak werk van je buurt / Partons 2.0 - dossier %s" % (c["org"] or "%s %s" % (c["cf"], c["cl"]))][v % 4]
