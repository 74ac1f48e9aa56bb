"""Format-neutral document model for the flowing forms (PDF/DOCX/ODT).

A document is a dict with title/subtitle/header/footer and a list of blocks:
  {'t':'h', 'text'}                         section heading
  {'t':'p', 'text', 'style'}                paragraph (style: normal/note/instr/small)
  {'t':'fields', 'rows':[(label, value)], 'layout'}  grid2/grid4/lines/dots/above/numbered
  {'t':'table', 'head', 'rows', 'kinds', 'caption'}
  {'t':'box', 'title', 'lines'}             framed box
  {'t':'check', 'label', 'options':[(text, checked)]}
  {'t':'sign', 'lines'}
  {'t':'pb'}                                page break
Text may carry **bold**, ~~strike~~ and //italic// markup.
"""
import re

from budgetview import View, words
from data import COORD, fmt_amt, fmt_phone, fr_de

MARK = re.compile(r"(\*\*.+?\*\*|~~.+?~~|//.+?//)")


def runs(text):
    """Split markup into [(text, bold, strike, italic)]."""
    out = []
    for part in MARK.split(text or ""):
        if not part:
            continue
        if part.startswith("**"):
            out.append((part[2:-2], True, False, False))
        elif part.startswith("~~"):
            out.append((part[2:-2], False, True, False))
        elif part.startswith("//"):
            out.append((part[2:-2], False, False, True))
        else:
            out.append((part, False, False, False))
    return out


def plain(text):
    return "".join(r[0] for r in runs(text))


LBL = {
    "nl": {
        "org": ["Naam organisatie", "Naam van de vereniging / groep", "Organisatie", "Aanvragende organisatie",
                "Naam bewonersgroep of vereniging", "Indiener (organisatie)"],
        "legal": ["Rechtsvorm", "Juridisch statuut", "Statuut"],
        "kbo": ["Ondernemingsnummer", "KBO-nummer", "Ondernemingsnr."],
        "iban": ["Rekeningnummer", "IBAN", "Bankrekening (IBAN)"],
        "contact": ["Contactpersoon", "Naam contactpersoon", "Aanspreekpunt voor dit project", "Contactpersoon (naam + voornaam)"],
        "last": ["Naam"], "first": ["Voornaam"],
        "role": ["Functie", "Functie in de vereniging", "Rol"],
        "street": ["Adres", "Straat en nummer", "Straat + nr.", "Adres (straat, nr.)"],
        "pc_city": ["Postcode en gemeente", "Postcode + woonplaats", "PC / Gemeente"],
        "pc": ["Postcode"], "city": ["Gemeente", "Woonplaats"],
        "phone": ["Telefoon", "Tel./gsm", "GSM", "Telefoonnummer", "Tel."],
        "email": ["E-mail", "E-mailadres", "Mail"],
        "org_email": ["Algemeen e-mailadres vereniging", "E-mail vereniging"],
        "title": ["Titel van het project", "Naam van het project", "Projecttitel", "Werktitel project", "Titel projectidee"],
        "full_addr": ["Adres", "Volledig adres", "Correspondentieadres"],
    },
    "fr": {
        "org": ["Nom de la structure porteuse", "Porteur du projet", "Nom de l'association / du collectif", "Structure",
                "Organisme demandeur"],
        "legal": ["Statut juridique", "Forme juridique", "Statut"],
        "kbo": ["N° SIRET", "N° RNA"],
        "iban": ["IBAN", "Coordonnées bancaires (IBAN)"],
        "contact": ["Personne référente", "Personne à contacter", "Référent(e) du projet", "Nom et prénom du contact"],
        "last": ["Nom"], "first": ["Prénom"],
        "role": ["Qualité", "Fonction", "Rôle dans la structure"],
        "street": ["Adresse", "N° et rue", "Adresse postale"],
        "pc_city": ["Code postal – Commune", "CP / Ville", "Code postal et commune"],
        "pc": ["Code postal"], "city": ["Commune", "Ville"],
        "phone": ["Téléphone", "Tél.", "Tél. portable", "N° de téléphone"],
        "email": ["Courriel", "Adresse électronique", "E-mail", "Mél"],
        "org_email": ["Courriel de l'association", "Adresse mail générique"],
        "title": ["Intitulé du projet", "Titre du projet", "Nom du projet", "Nom de l'action"],
        "full_addr": ["Adresse complète", "Adresse", "Adresse de correspondance"],
    },
}
# labels used when the form itself belongs to the province (trap: coordinator in the form)
SECT = {
    "nl": {"app": ["Gegevens aanvrager", "Wie dient in?", "De aanvrager", "Identificatie van de groep", "Aanvrager"],
           "contact": ["Contactpersoon", "Contactgegevens", "Wie mogen we contacteren?"],
           "proj": ["Het project", "Projectidee", "Beschrijving van het project", "Jullie idee"],
           "budget": ["Begroting", "Financieel plan", "Budget", "Kostenraming en financiering", "Het financiële luik"],
           "sign": ["Ondertekening", "Handtekening", "Verklaring op eer"]},
    "fr": {"app": ["Identification du porteur", "Le porteur de projet", "Qui dépose le projet ?", "Structure porteuse"],
           "contact": ["Personne à contacter", "Coordonnées", "Contact"],
           "proj": ["Le projet", "Présentation du projet", "Description de l'action", "Votre idée"],
           "budget": ["Budget prévisionnel", "Plan de financement", "Budget", "Volet financier"],
           "sign": ["Signature", "Engagement", "Attestation sur l'honneur"]},
}

PARTIC_NL = [
    "We organiseren drie open dorpsavonden en een bevraging bij alle gezinnen; wie wil, kan aansluiten bij de kerngroep.",
    "De kerngroep bestaat uit twaalf bewoners van verschillende leeftijden. Elke maand is er een open werkmoment.",
    "Samen met de school, de seniorenvereniging en de jeugdbeweging werken we het plan verder uit.",
    "Via huisbezoeken en een babbelbox op het dorpsplein verzamelen we ideeën van zoveel mogelijk buren.",
]
PARTIC_FR = [
    "Trois réunions publiques et un questionnaire distribué dans toutes les boîtes aux lettres ; chacun peut rejoindre le groupe de pilotage.",
    "Le groupe moteur compte une quinzaine d'habitants de tous âges ; un atelier ouvert a lieu chaque mois.",
    "Nous travaillons avec l'école, le club des aînés et les associations sportives du village.",
    "Porte-à-porte et stand sur le marché pour recueillir les idées du plus grand nombre d'habitants.",
]
TIMING_NL = ["Juli 2019 – juni 2020", "Start na de zomer 2019, oplevering voorjaar 2020", "September 2019 tot mei 2020",
             "Najaar 2019 (voorbereiding), voorjaar 2020 (uitvoering)"]
TIMING_FR = ["Juillet 2019 – juin 2020", "De septembre 2019 à mai 2020", "Automne 2019 (préparation), printemps 2020 (réalisation)",
             "Lancement à la rentrée 2019, inauguration au printemps 2020"]


def name_variants(c, lang):
    f, l = c["first"], c["last"]
    if lang == "nl":
        tit = "Mevr." if c["gender"] == "F" else "Dhr."
        return [f"{f} {l}", f"{l} {f}", f"{l.upper()} {f}", f"{tit} {f} {l}"]
    tit = "Mme" if c["gender"] == "F" else "M."
    return [f"{f} {l}", f"{l.upper()} {f}", f"{tit} {f} {l.upper()}", f"{tit} {l} {f}"]


def coord_text(lang, phone_style="local"):
    p = fmt_phone(COORD["phones_e164"][1], phone_style)
    if lang == "nl":
        return (f"Bezorg dit formulier uiterlijk op 16 juni 2019 aan de Provincie West-Vlaanderen, t.a.v. {COORD['name']}, "
                f"{COORD['street']}, {COORD['postcode']} {COORD['city']} of mail het naar {COORD['email']}. "
                f"Vragen? Bel {p}. De financiële bijdrage bedraagt maximaal 10.000 euro per project.")
    return (f"À renvoyer avant le 16 juin 2019 à la Province de Flandre occidentale, à l'attention de {COORD['name']}, "
            f"{COORD['street']}, {COORD['postcode']} {COORD['city']} (Belgique) ou par courriel à {COORD['email']} – "
            f"tél. {fmt_phone(COORD['phones_e164'][1], 'intl')}. Aide maximale : 10 000 € par projet.")


class Builder:
    def __init__(self, case):
        self.c = case
        self.rng = case["rng"]
        self.lang = case["lang"]
        r = self.rng
        self.L = {k: r.choice(v) for k, v in LBL[self.lang].items()}
        self.S = {k: r.choice(v) for k, v in SECT[self.lang].items()}
        self.amount_style = r.choice(["be", "be_eur", "be_int", "be_dash", "be_suffix", "eur_code", "plain"]
                                     if self.lang == "nl" else ["fr", "fr", "fr_int", "fr_int", "fr_plain", "eur_code_fr", "be_suffix"])
        if case["budget"].request != case["budget"].request.to_integral() and self.amount_style == "be_dash":
            self.amount_style = "be_eur"
        self.V = View(case["budget"], r, self.amount_style, {"subtotals": case["spec"].get("subt")})
        self.phone_style = r.choice(["local", "slash", "intl", "intl0", "local3", "slash2", "00"]) if case["country"] == "BE" \
            else r.choice(["local", "slash", "intl", "intl0", "compact"])

    # ------------------------------------------------------------------ pieces
    def name(self, c=None, style=None):
        c = c or self.c["contact"]
        vs = name_variants(c, self.lang)
        return vs[style if style is not None else self.rng.randrange(len(vs))]

    def phone(self, e164=None, style=None):
        return fmt_phone(e164 or self.c["phone"], style or self.phone_style)

    def applicant_rows(self, split_name=None, split_addr=None, with_ids=True):
        c, L, r = self.c, self.L, self.rng
        rows = []
        if c["org"]:
            rows.append((L["org"], c["org"]))
        else:
            rows.append((L["org"], "/" if self.lang == "nl" else "—"))
            rows.append(("Aanvraag als" if self.lang == "nl" else "Candidature en tant que",
                         "particulier (bewoner), samen met buren" if self.lang == "nl" else "particulier (habitant), avec des voisins"))
        if c["legal"]:
            rows.append((L["legal"], c["legal"]))
        if with_ids and c["org"]:
            if c["country"] == "BE" and c["legal"] == "vzw":
                rows.append((L["kbo"], c["kbo"]))
            elif c["country"] == "FR" and self.lang == "fr" and r.random() < 0.7:
                rows.append(("N° SIRET", c["siret"]) if r.random() < 0.5 else ("N° RNA", c["rna"]))
        split_name = r.random() < 0.35 if split_name is None else split_name
        if split_name:
            rows.append((L["last"], c["contact"]["last"].upper() if r.random() < 0.5 else c["contact"]["last"]))
            rows.append((L["first"], c["contact"]["first"]))
        else:
            rows.append((L["contact"], self.name()))
        rows.append((L["role"], c["contact"]["role"]))
        split_addr = r.choice([0, 1, 2]) if split_addr is None else split_addr
        if split_addr == 0:
            rows.append((L["street"], c["address"]))
            rows.append((L["pc_city"], f"{c['postcode']} {c['city']}"))
        elif split_addr == 1:
            rows.append((L["street"], c["address"]))
            rows.append((L["pc"], c["postcode"]))
            rows.append((L["city"], c["city"]))
        else:
            sep = ", " if r.random() < 0.7 else " – "
            rows.append((L["full_addr"], f"{c['address']}{sep}{c['postcode']} {c['city']}"))
        if c["phone"]:
            rows.append((L["phone"], self.phone()))
        else:
            rows.append((L["phone"], ""))
        rows.append((L["email"], c["email"]))
        if c["org_email"] and r.random() < 0.6:
            rows.append((L["org_email"], c["org_email"]))
        return rows

    def project_rows(self):
        c, r = self.c, self.rng
        rows = [(self.L["title"], c["title"])]
        return rows

    def description_blocks(self):
        c, r, lang = self.c, self.rng, self.lang
        out = []
        if lang == "nl":
            out.append({"t": "p", "text": f"**Korte omschrijving.** {c['desc']}"})
            out.append({"t": "p", "text": f"**Hoe betrekken jullie de bewoners?** {r.choice(PARTIC_NL)}"})
            out.append({"t": "fields", "rows": [("Timing", r.choice(TIMING_NL))], "layout": "lines"})
        else:
            out.append({"t": "p", "text": f"**Description.** {c['desc']}"})
            out.append({"t": "p", "text": f"**Participation des habitants.** {r.choice(PARTIC_FR)}"})
            out.append({"t": "fields", "rows": [("Calendrier", r.choice(TIMING_FR))], "layout": "lines"})
        return out

    # ------------------------------------------------------------------ traps
    def trap_blocks(self, where):
        c, lang, r = self.c, self.lang, self.rng
        T = c["traps"]
        out = []
        if where == "top" and "coord_box" in T:
            out.append({"t": "box", "title": "Praktisch" if lang == "nl" else "Informations pratiques",
                        "lines": [coord_text(lang, r.choice(["local", "slash", "intl"]))]})
        if where == "applicant":
            if "chair" in T or "chair_signs" in T:
                ch = c["others"]["chair"]
                if "chair" in T:
                    lab = "Voorzitter" if lang == "nl" else ("Présidente" if ch["gender"] == "F" else "Président")
                    out.append({"t": "fields", "rows": [(lab, self.name(ch, 0)),
                                                         (self.L["phone"], self.phone(ch["phone"])),
                                                         (self.L["email"], ch["email"])], "layout": None})
            if "treasurer" in T:
                tr = c["others"]["treasurer"]
                lab = "Penningmeester" if lang == "nl" else ("Trésorière" if tr["gender"] == "F" else "Trésorier")
                out.append({"t": "fields", "rows": [(lab, self.name(tr, 0) + f" ({self.phone(tr['phone'], 'local')})"),
                                                     (self.L["iban"], c["iban"])], "layout": None})
        if where == "project":
            if "location" in T:
                lab = "Locatie van het project" if lang == "nl" else "Lieu du projet"
                if lang == "nl" and c["country"] == "FR":
                    v = r.choice(["oude school, rue de l'École 11", "parochiezaal naast de kerk", "gemeentelijk terrein aan de rue du Moulin"])
                elif lang == "nl":
                    v = r.choice(["Dorpsplein, naast de kerk", "Pastorietuin, Kerkstraat 2", "Oude school, Schoolstraat 11",
                                  "Gemeentelijk domein De Zavel"])
                else:
                    v = r.choice(["terrain communal derrière la salle des fêtes", "ancienne école, 2 rue de l'Église"])
                other = c["muni"] if c["country"] == "BE" else c["city"]
                out.append({"t": "fields", "rows": [(lab, f"{v}, {other}")], "layout": "lines"})
            if "location_mairie" in T:
                if lang == "fr":
                    out.append({"t": "fields", "rows": [("Lieu du projet", f"salle des fêtes, place de la Mairie, {c['postcode']} {c['city']}"),
                                                         ("Commune partenaire", f"Mairie {fr_de(c['city'])}, 1 place de la Mairie")],
                                "layout": "lines"})
                else:
                    out.append({"t": "fields", "rows": [("Locatie", f"gemeentezaal, Markt 1, {c['muni']}")], "layout": "lines"})
            if "partners" in T:
                if lang == "nl" and c["country"] == "FR":
                    ps = r.sample(["gemeente " + c["city"], "het Frans-Vlaamse cultuurhuis", "de lagere school",
                                   "de bejaardenclub", "Office de tourisme " + c["city"]], 3)
                    out.append({"t": "fields", "rows": [("Partners", ", ".join(ps))], "layout": "lines"})
                elif lang == "nl":
                    ps = r.sample(["Gemeente " + c["muni"], "basisschool De Regenboog", "KWB-afdeling", "Seniorenraad",
                                   "jeugdbeweging Chiro", "Landelijke Gilde", "OCMW " + c["muni"], "Toerisme Westhoek"], 3)
                    out.append({"t": "fields", "rows": [("Partners", ", ".join(ps))], "layout": "lines"})
                else:
                    ps = r.sample(["Commune " + fr_de(c["city"]), "école Jean Rostand", "Club des aînés", "Centre social du Houtland",
                                   "Office de tourisme", "Association des commerçants", "CCAS " + fr_de(c["city"])], 3)
                    out.append({"t": "fields", "rows": [("Partenaires", ", ".join(ps))], "layout": "lines"})
        if where == "budget":
            if "previous_funding" in T:
                if lang == "nl":
                    out.append({"t": "p", "style": "note",
                                "text": f"Ter info: in 2017 ontvingen we al {fmt_amt(r.choice([1500, 2000, 2500, 3000]), 'be_eur')} van de gemeente "
                                        f"voor de opstart van de werkgroep (afgerond en verantwoord)."})
                else:
                    out.append({"t": "p", "style": "note",
                                "text": f"Pour information : en 2017, l'association a reçu {fmt_amt(r.choice([1500, 2000, 2500, 3000]), 'fr_int')} "
                                        f"de la commune pour un précédent projet (soldé)."})
            if "examples" in T:
                if lang == "nl":
                    out.append({"t": "p", "style": "instr",
                                "text": "//Vul per kostenpost het bedrag in (bv. zaalhuur € 150, drukwerk € 400). "
                                        "De gevraagde steun bedraagt maximaal € 10.000 en nooit meer dan de totale kost.//"})
                else:
                    out.append({"t": "p", "style": "instr",
                                "text": "//Indiquez le montant de chaque dépense (ex. : location de salle 150 €, impression 400 €). "
                                        "L'aide demandée est plafonnée à 10 000 € et ne peut dépasser le coût total.//"})
        return out

    # ------------------------------------------------------------------ budget
    def budget_blocks(self, arr):
        c, V, lang, r = self.c, self.V, self.lang, self.rng
        b = c["budget"]
        sp = c["spec"]
        out = []
        exp_style = sp.get("exp", "simple")
        inc_style = sp.get("inc", "simple")
        out += self.trap_blocks("budget")
        req_box = {"t": "box", "title": ("Gevraagd bedrag" if lang == "nl" else "Montant sollicité"),
                   "lines": [V.request_statement()]}
        if b.request_mode == "max":
            req_box["lines"].append("Wij vragen het maximumbedrag." if lang == "nl" else "Nous sollicitons le montant maximal.")
        if exp_style == "cerfa":
            t = V.cerfa_table()
            out.append({"t": "table", **t, "caption": t["title"]})
            if b.request_mode in ("words", "percent", "corrected", "phases", "max", "balance"):
                out.append(req_box)
        else:
            et = V.expense_table(exp_style)
            it = V.income_rows(inc_style, include_request=(arr != "B" or r.random() < 0.5))
            if arr == "B":
                out.append(req_box)
            out.append({"t": "table", "head": et["head"], "rows": et["rows"], "kinds": et["kinds"], "caption": et["title"]})
            if b.inkind_mode == "note" and arr == "C":
                out.append({"t": "p", "text": V.inkind_note(), "style": "note"})
            if arr != "E":
                out.append({"t": "table", "head": it["head"], "rows": it["rows"], "kinds": it["kinds"], "caption": it["title"]})
            if arr == "E":
                # no income table: short summary lines instead
                own = sum((i.amount for i in b.others()), type(b.total)(0))
                if lang == "nl":
                    rows = [("Totale projectkost", V.f(b.total)), ("Eigen middelen en andere steun", V.f(own)),
                            ("Gevraagd aan Partons 2.0", V.f(b.request))]
                else:
                    rows = [("Coût total du projet", V.f(b.total)), ("Fonds propres et autres aides", V.f(own)),
                            ("Montant demandé à Partons 2.0", V.f(b.request))]
                out.append({"t": "fields", "rows": rows, "layout": "grid2"})
            if b.inkind_mode == "note" and arr != "C":
                out.append({"t": "p", "text": V.inkind_note(), "style": "note"})
            if arr != "B" and b.request_mode in ("words", "percent", "phases", "max"):
                out.append(req_box)
        if b.request_mode == "corrected":
            if lang == "nl":
                out.append({"t": "p", "style": "note", "text": f"(*) Eerder doorgegeven bedrag ({V.f(b.old_request)}) vervangen door "
                                                                 f"{V.f(b.request)} na de nieuwe offerte; de eigen inbreng werd verhoogd."})
            else:
                out.append({"t": "p", "style": "note", "text": f"(*) Le montant indiqué initialement ({V.f(b.old_request)}) est remplacé par "
                                                                 f"{V.f(b.request)} suite au nouveau devis ; l'apport de l'association a été augmenté."})
        n = V.corrected_total_note()
        if n:
            out.append({"t": "p", "text": n, "style": "note"})
        return out

    def summary_rows(self):
        """Short money summary (used on the first page in arrangement F and sometimes elsewhere)."""
        b, V, lang = self.c["budget"], self.V, self.lang
        tot = b.total
        if lang == "nl":
            rows = [("Totale projectkost", V.f(tot)), ("Gevraagd bedrag Partons 2.0", V.f(b.request))]
            if b.request_mode == "words":
                rows.append(("Gevraagd bedrag in letters", words(b.request, "nl")))
        else:
            rows = [("Coût total du projet", V.f(tot)), ("Montant sollicité (Partons 2.0)", V.f(b.request))]
            if b.request_mode == "words":
                rows.append(("Montant en lettres", words(b.request, "fr")))
        return rows

    def sign_block(self):
        c, lang, r = self.c, self.lang, self.rng
        d = c["date"]
        signer = c["others"]["chair"] if "chair_signs" in c["traps"] else c["contact"]
        months_nl = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli"]
        months_fr = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet"]
        if lang == "nl":
            lines = [f"Opgemaakt te {c['city']} op {d.day} {months_nl[d.month]} {d.year}",
                     f"Naam: {self.name(signer, 0)} ({signer['role']})", "Handtekening:"]
        else:
            lines = [f"Fait à {c['city']}, le {d.day} {months_fr[d.month]} {d.year}",
                     f"{self.name(signer, 0)}, {signer['role']}", "Signature :"]
        return {"t": "sign", "lines": lines}

    # ------------------------------------------------------------------ assembly
    def build(self):
        c, sp, lang, r = self.c, self.c["spec"], self.lang, self.rng
        design = sp["design"]
        arr = sp.get("arr", "A")
        official = design in ("platy", "official", "odt_a", "paper") or "coord_box" in c["traps"]
        if lang == "nl":
            title = r.choice(["Aanvraagformulier projectidee", "Formulier projectidee", "Projectfiche", "Aanvraag projectsteun"]) \
                if official else r.choice(["Projectidee", "Aanvraag ondersteuning", "Projectvoorstel"])
            subtitle = r.choice(["Projectenoproep ‘Maak werk van je buurt!’ – Partons 2.0",
                                 "Maak werk van je buurt! – grensoverschrijdende projectenoproep 2019",
                                 "Partons 2.0 – leefbare dorpen en buurten in de Westhoek"])
        else:
            title = r.choice(["Dossier de candidature", "Fiche projet", "Formulaire de candidature", "Fiche de présentation du projet"]) \
                if official else r.choice(["Présentation de notre projet", "Demande de soutien", "Candidature"])
            subtitle = r.choice(["Appel à projets transfrontalier Partons 2.0 – 2019",
                                 "Partons 2.0 – villages et quartiers vivants (Westhoek / Nord)",
                                 "Appel à projets « Partons 2.0 » – initiatives citoyennes"])
        header = footer = None
        if official:
            header = "Interreg V France-Wallonie-Vlaanderen · Partons 2.0" if r.random() < 0.5 else \
                ("Provincie West-Vlaanderen – Partons 2.0" if lang == "nl" else "Province de Flandre occidentale – Partons 2.0")
        if "coord_footer" in c["traps"]:
            footer = (f"Contact: {COORD['name']} – {COORD['email']} – {COORD['phones'][1]} – {COORD['street']}, "
                      f"{COORD['postcode']} {COORD['city']}" if lang == "nl" else
                      f"Contact : {COORD['name']} – {COORD['email']} – {COORD['phones'][1]} – {COORD['street']}, "
                      f"{COORD['postcode']} {COORD['city']}")
        numbered = design in ("platy", "numbered", "odt_c", "official") or r.random() < 0.3
        layout = {"platy": "grid2", "platy2": "lines", "platy3": r.choice(["grid4", "lines"]), "official": "grid2",
                  "own_lines": "lines", "grid4": "grid4", "numbered": "numbered", "dots": "dots", "odt_a": "grid2",
                  "odt_b": "above", "odt_c": "lines", "paper": "above"}.get(design, "grid2")
        blocks = []
        n = [0]

        def H(text):
            n[0] += 1
            blocks.append({"t": "h", "text": (f"{n[0]}. " if numbered else "") + text})

        blocks += self.trap_blocks("top")
        if arr == "F":
            blocks.append({"t": "fields", "rows": [(self.L["title"], c["title"])] + self.summary_rows(), "layout": "grid2"})
        H(self.S["app"])
        app = self.applicant_rows()
        if layout == "numbered":
            blocks.append({"t": "fields", "rows": app, "layout": "numbered", "prefix": f"{n[0]}."})
        else:
            blocks.append({"t": "fields", "rows": app, "layout": layout})
        for tb in self.trap_blocks("applicant"):
            tb["layout"] = tb["layout"] or layout if layout != "numbered" else "lines"
            blocks.append(tb)
        H(self.S["proj"])
        if arr != "F":
            blocks.append({"t": "fields", "rows": self.project_rows(), "layout": layout if layout != "numbered" else "lines"})
        blocks += self.description_blocks()
        blocks += self.trap_blocks("project")
        if arr == "F":
            blocks.append({"t": "pb"})
            blocks.append({"t": "h", "text": ("Bijlage – gedetailleerde begroting" if lang == "nl" else
                                              "Annexe – budget détaillé")})
        else:
            H(self.S["budget"])
        blocks += self.budget_blocks(arr)
        H(self.S["sign"])
        if lang == "nl":
            blocks.append({"t": "check", "label": "Wij nemen deel aan het begeleidingstraject (5 sessies)",
                           "options": [("ja", True), ("nee", False)]})
        else:
            blocks.append({"t": "check", "label": "Nous participerons au parcours d'accompagnement (5 sessions)",
                           "options": [("oui", True), ("non", False)]})
        blocks.append(self.sign_block())
        return {"lang": lang, "title": title, "subtitle": subtitle, "header": header, "footer": footer,
                "official": official, "blocks": blocks, "design": design, "org": c["org"]}
