"""Budget model: expenses by eligible cost category, VAT, in-kind, income, request.

Convention (see README): total_budget = total project cost actually to be paid
(incl. VAT when the form shows excl./incl.), WITHOUT the valued in-kind
contributions (volunteer hours, lent rooms/material) when the form shows totals
with and without them. requested_amount = the amount asked of this call.
"""
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

from data import D, fr_de

CATS = {
    "survey": {"nl": "Enquête / bevraging", "fr": "Enquête auprès des habitants"},
    "feasibility": {"nl": "Haalbaarheidsstudie", "fr": "Étude de faisabilité"},
    "participation": {"nl": "Participatie-expert", "fr": "Accompagnement participatif"},
    "architect": {"nl": "Architect / landschapsarchitect", "fr": "Architecte / paysagiste"},
    "materials": {"nl": "Kleine materialen", "fr": "Petit matériel"},
    "communication": {"nl": "Communicatie", "fr": "Communication"},
    "meetings": {"nl": "Bewonersmomenten", "fr": "Rencontres avec les habitants"},
    "event": {"nl": "Evenement", "fr": "Événement"},
}

CAT_ALT = {  # alternative category labels, so forms do not all look alike
    "survey": {"nl": ["Enquêtes", "Bevraging inwoners", "Bevraging"], "fr": ["Questionnaire", "Enquêtes"]},
    "feasibility": {"nl": ["Studiewerk", "Haalbaarheidsonderzoek"], "fr": ["Étude d'opportunité", "Études"]},
    "participation": {"nl": ["Procesbegeleiding", "Begeleiding participatie"], "fr": ["Expert en participation", "Animation participative"]},
    "architect": {"nl": ["Ontwerp", "Ontwerper / planner"], "fr": ["Conception (paysagiste)", "Maîtrise d'œuvre"]},
    "materials": {"nl": ["Aankoop materiaal", "Materiaal"], "fr": ["Achats de matériel", "Matériel et fournitures"]},
    "communication": {"nl": ["Communicatie & drukwerk", "Promotie"], "fr": ["Communication et impression", "Information des habitants"]},
    "meetings": {"nl": ["Inwonersavonden", "Vergaderingen met bewoners"], "fr": ["Réunions publiques", "Soirées habitants"]},
    "event": {"nl": ["Buurtfeest / evenement", "Activiteit"], "fr": ["Fête / manifestation", "Animation"]},
}

# (description, low, high, unit_price_or_None, qty_range)
ITEMS = {
    "nl": {
        "survey": [("Opmaak en druk vragenlijst (1.200 ex.)", 350, 900, None, None),
                   ("Verwerking resultaten door studiebureau", 600, 1800, None, None),
                   ("Online enquêtetool (jaarlicentie)", 120, 300, None, None)],
        "feasibility": [("Haalbaarheidsstudie extern bureau", 1800, 4500, None, None),
                        ("Juridisch en financieel advies", 400, 1200, None, None),
                        ("Bezoek aan inspirerende voorbeelden (bus)", 250, 600, None, None)],
        "participation": [("Begeleiding door participatie-expert (dagdelen)", 0, 0, (D("450"), D("650")), (3, 8)),
                          ("Moderator dorpsavonden", 400, 1200, None, None)],
        "architect": [("Ontwerp door landschapsarchitect", 1500, 4200, None, None),
                      ("Plannen en 3D-schetsen", 500, 1500, None, None),
                      ("Opmeting terrein", 250, 700, None, None)],
        "materials": [("Plooistoelen", 0, 0, (D("24.95"), D("39.90")), (20, 40)),
                      ("Picknicktafels", 0, 0, (D("189"), D("349")), (3, 6)),
                      ("Tuingereedschap (spades, harken, kruiwagens)", 300, 900, None, None),
                      ("Plantgoed en compost", 250, 800, None, None),
                      ("Regenton en plantbakken", 180, 600, None, None),
                      ("Koffiemachine en servies", 250, 700, None, None),
                      ("Partytent 6x3 m", 0, 0, (D("249"), D("499")), (1, 2)),
                      ("Boekenkastjes (bouwpakket)", 0, 0, (D("79"), D("149")), (4, 6))],
        "communication": [("Flyers en affiches", 150, 550, None, None),
                          ("Huis-aan-huisbrief (drukwerk + verdeling)", 200, 700, None, None),
                          ("Grafisch ontwerp logo en huisstijl", 300, 900, None, None),
                          ("Infobord aan de site", 250, 800, None, None),
                          ("Website / sociale media (begeleiding)", 200, 600, None, None)],
        "meetings": [("Zaalhuur dorpsavonden", 0, 0, (D("75"), D("150")), (2, 4)),
                     ("Drank en hapjes bewonersavonden", 150, 450, None, None),
                     ("Vrijwilligersmoment", 150, 400, None, None)],
        "event": [("Opstart- en feestmoment", 500, 1800, None, None),
                  ("Muziekgroep / animatie kinderen", 300, 900, None, None),
                  ("Huur springkasteel en geluid", 250, 650, None, None),
                  ("Verzekering evenement", 90, 250, None, None)],
    },
    "fr": {
        "survey": [("Conception et impression du questionnaire", 350, 900, None, None),
                   ("Analyse des réponses (bureau d'études)", 600, 1800, None, None),
                   ("Outil d'enquête en ligne", 120, 300, None, None)],
        "feasibility": [("Étude de faisabilité (cabinet)", 1800, 4500, None, None),
                        ("Conseil juridique (statuts, assurance)", 400, 1200, None, None),
                        ("Visite de projets inspirants (transport)", 250, 600, None, None)],
        "participation": [("Accompagnement par un expert en participation (demi-journées)", 0, 0, (D("450"), D("650")), (3, 8)),
                          ("Animation des réunions publiques", 400, 1200, None, None)],
        "architect": [("Esquisse et plans par un paysagiste", 1500, 4200, None, None),
                      ("Relevé du terrain", 250, 700, None, None),
                      ("Dossier de déclaration préalable", 300, 900, None, None)],
        "materials": [("Chaises pliantes", 0, 0, (D("24.90"), D("39.90")), (20, 40)),
                      ("Tables de pique-nique", 0, 0, (D("189"), D("349")), (3, 6)),
                      ("Outillage de jardin", 300, 900, None, None),
                      ("Plants, semences et terreau", 250, 800, None, None),
                      ("Bacs surélevés en bois", 0, 0, (D("119"), D("219")), (3, 6)),
                      ("Percolateur et vaisselle", 250, 700, None, None),
                      ("Barnum 6x3 m", 0, 0, (D("249"), D("499")), (1, 2)),
                      ("Boîtes à livres", 0, 0, (D("79"), D("149")), (4, 6))],
        "communication": [("Flyers et affiches", 150, 550, None, None),
                          ("Lettre aux habitants (impression + distribution)", 200, 700, None, None),
                          ("Création graphique (logo)", 300, 900, None, None),
                          ("Panneau d'information", 250, 800, None, None),
                          ("Page web / réseaux sociaux", 200, 600, None, None)],
        "meetings": [("Location de salle", 0, 0, (D("75"), D("150")), (2, 4)),
                     ("Boissons et collations des réunions", 150, 450, None, None),
                     ("Moment convivial bénévoles", 150, 400, None, None)],
        "event": [("Fête de lancement", 500, 1800, None, None),
                  ("Groupe de musique / animation enfants", 300, 900, None, None),
                  ("Location sono et structure gonflable", 250, 650, None, None),
                  ("Assurance manifestation", 90, 250, None, None)],
    },
}


@dataclass
class Line:
    cat: str
    label: str
    excl: Decimal
    qty: Optional[int] = None
    unit: Optional[Decimal] = None
    vat_rate: Optional[Decimal] = None
    vat: Decimal = D(0)
    incl: Decimal = D(0)


@dataclass
class Income:
    kind: str          # own, municipality, foundation, sponsor, tickets, department, request
    label: str
    amount: Decimal
    status: str = ""   # toegezegd / aangevraagd / acquis / sollicité


@dataclass
class Budget:
    lang: str
    country: str
    lines: list
    vat_mode: Optional[str]          # None / 'summary' / 'columns'
    vat_rate: Optional[Decimal]
    total_excl: Decimal
    vat_total: Decimal
    total: Decimal                   # TRUTH total_budget (cash, incl. VAT)
    inkind: list                     # [(label, hours or None, rate or None, value)]
    inkind_mode: Optional[str]       # None / 'note' / 'both'
    inkind_total: Decimal
    income: list                     # Income, incl. the request line
    request: Decimal                 # TRUTH requested_amount
    request_mode: str                # line / box / percent / words / corrected / balance / phases
    old_request: Optional[Decimal] = None
    old_total: Optional[Decimal] = None
    phases: list = field(default_factory=list)   # [(label, amount)] split of the request
    percent: Optional[Decimal] = None
    cats_used: list = field(default_factory=list)

    @property
    def grand_total(self):
        return self.total + (self.inkind_total if self.inkind_mode == "both" else D(0))

    def others(self):
        return [i for i in self.income if i.kind != "request"]


def _round_to(rng, lo, hi, step):
    lo_s = int(lo // step)
    hi_s = max(lo_s + 1, int(hi // step))
    return D(rng.randint(lo_s, hi_s) * step)


def make_budget(rng, lang, country, prefer_cats, spec):
    """spec keys: vat (None/summary/columns), inkind (None/note/both), request_mode,
    request_kind ('round'/'cents'/'max'), ncats, subtotals(bool), corrected_total(bool)"""
    vat_mode = spec.get("vat")
    vat_rate = None
    if vat_mode:
        vat_rate = D("0.21") if country == "BE" else D("0.20")
    ncats = spec.get("ncats", rng.randint(3, 5))
    cats = list(prefer_cats)[:ncats]
    lines = []
    items = ITEMS[lang]
    for cat in cats:
        pool = list(items[cat])
        rng.shuffle(pool)
        n = 1 if len(pool) == 1 else rng.choice([1, 1, 2, 2, 3])
        for desc, lo, hi, unit, qrange in pool[:n]:
            if unit:
                up = D(rng.choice([unit[0], unit[1], (unit[0] + unit[1]) / 2]))
                if cat in ("participation", "meetings"):
                    up = _round_to(rng, unit[0], unit[1], 25)
                q = rng.randint(*qrange)
                excl = D(up * q)
                lines.append(Line(cat, desc, excl, q, up))
            else:
                step = rng.choice([10, 25, 50, 50, 100]) if not spec.get("cents_lines") else 1
                excl = _round_to(rng, lo, hi, step)
                if spec.get("cents_lines") and rng.random() < 0.5:
                    excl = D(excl + D(rng.choice(["0.50", "0.95", "0.40", "0.99", "0.25"])))
                lines.append(Line(cat, desc, excl))
    # reach the target total the way a group would: more items first, then bigger quotes
    target = spec.get("target_total")
    if target:
        target = D(target)
        used = {l.label for l in lines}
        unused = [(cat, it) for cat in cats for it in items[cat] if it[0] not in used]
        rng.shuffle(unused)

        def tot():
            return sum((l.excl for l in lines), D(0))

        while tot() < target * D("0.8") and unused:
            cat, (desc, lo, hi, unit, qrange) = unused.pop()
            if unit:
                up = D(rng.choice([unit[0], unit[1]]))
                q = rng.randint(*qrange)
                lines.append(Line(cat, desc, D(up * q), q, up))
            else:
                lines.append(Line(cat, desc, _round_to(rng, lo, hi, rng.choice([10, 25, 50]))))
        q_sum = sum((l.excl for l in lines if l.qty), D(0))
        o_sum = sum((l.excl for l in lines if not l.qty), D(0))
        if tot() < target * D("0.95") and o_sum > 0:
            factor = min(D("2.5"), (target - q_sum) / o_sum)
            for l in lines:
                if not l.qty:
                    v = l.excl * factor
                    l.excl = D(int(v / 10) * 10) if not spec.get("cents_lines") or rng.random() < 0.5 else D(v)
        gap = target - tot()
        if gap > 150:
            big = max(cats, key=lambda c: sum(l.excl for l in lines if l.cat == c))
            extra = {"nl": {"materials": "Bijkomend materiaal (bouwpakket, bevestiging)",
                            "architect": "Uitwerking ontwerp en begeleiding uitvoering",
                            "feasibility": "Bijkomend studiewerk (businessplan)",
                            "survey": "Diepte-interviews en rapport",
                            "participation": "Extra begeleidingstraject",
                            "communication": "Filmpje en fotoreportage",
                            "meetings": "Catering slotavond",
                            "event": "Podium, tent en nutsvoorzieningen"},
                     "fr": {"materials": "Matériel complémentaire (kit, fixations)",
                            "architect": "Suivi de chantier par le paysagiste",
                            "feasibility": "Plan d'affaires complémentaire",
                            "survey": "Entretiens individuels et rapport",
                            "participation": "Parcours d'accompagnement complémentaire",
                            "communication": "Film et reportage photo",
                            "meetings": "Traiteur soirée de restitution",
                            "event": "Scène, chapiteau et branchements"}}[lang][big]
            cap = tot() * D("0.3")
            lines.append(Line(big, extra, D(int(min(gap, cap) / 10) * 10)))
        if spec.get("request_kind") == "max" and tot() < D(10800):
            factor = (D(11200) - q_sum) / sum((l.excl for l in lines if not l.qty), D(0))
            for l in lines:
                if not l.qty:
                    l.excl = D(int(l.excl * factor / 10) * 10)
    # order lines by category order
    lines.sort(key=lambda l: cats.index(l.cat))
    total_excl = sum((l.excl for l in lines), D(0))
    vat_total = D(0)
    for l in lines:
        if vat_rate is not None:
            l.vat_rate = vat_rate
            l.vat = D(l.excl * vat_rate)
            l.incl = D(l.excl + l.vat)
            vat_total += l.vat
        else:
            l.incl = l.excl
    total = D(total_excl + vat_total)

    # in-kind
    inkind = []
    inkind_mode = spec.get("inkind")
    if inkind_mode:
        hours = rng.choice([80, 120, 150, 200, 240, 300])
        rate = D(rng.choice(["12", "14", "15", "15", "20"]))
        if lang == "nl":
            inkind.append(("Vrijwilligersuren", hours, rate, D(hours * rate)))
            if rng.random() < 0.6:
                inkind.append((rng.choice(["Gratis gebruik zaal (gemeente)", "Materiaal in bruikleen (landbouwers)",
                                           "Gratis gebruik parochiezaal"]), None, None,
                               _round_to(rng, 200, 900, 50)))
        else:
            inkind.append(("Bénévolat valorisé", hours, rate, D(hours * rate)))
            if rng.random() < 0.6:
                inkind.append((rng.choice(["Mise à disposition de la salle (commune)", "Prêt de matériel (agriculteurs)",
                                           "Prêt de la salle paroissiale"]), None, None,
                               _round_to(rng, 200, 900, 50)))
    inkind_total = sum((x[3] for x in inkind), D(0))

    # request
    rk = spec.get("request_kind", "round")
    cap = min(D(10000), D(total - D(250)))
    if rk == "max":
        req = D(10000) if total > D(10600) else D(int(cap / 100) * 100)
    elif rk == "pct":
        req = D(total * D(spec["pct"]) / 100)
        if req > D(10000):
            req = D(10000)
    else:
        frac = rng.uniform(0.5, 0.85)
        req = min(cap, D(total * D(str(round(frac, 3)))))
        if req > D(9700):
            req = D(total * D(str(round(rng.uniform(0.45, 0.68), 3))))
            req = min(req, D(9600))
        if rk == "round":
            req = D(int(req / 250) * 250) if rng.random() < 0.6 else D(int(req / 100) * 100)
        elif rk == "cents":
            req = D(req)  # keep odd cents
            if req == req.to_integral():
                req = D(req - D("0.50"))
        elif rk == "fifty":
            req = D(int(req / 50) * 50)
    if req < D(1500):
        req = D(1500)
    assert req <= D(10000) and req < total, (req, total)

    # other income making up the rest
    rest = D(total - req)
    income = []
    muni_name = spec.get("muni_funder")
    if lang == "nl":
        labels = {
            "own": rng.choice(["Eigen inbreng (kas vereniging)", "Eigen middelen", "Eigen bijdrage vereniging"]),
            "municipality": f"Gemeente {muni_name}" + rng.choice([" (toelage)", "", " – subsidie"]),
            "foundation": rng.choice(["Stichting Dorpsleven Westhoek", "Fonds Levende Dorpen", "Stichting Leefbare Kernen"]),
            "sponsor": rng.choice(["Sponsoring lokale handelaars", "Sponsors (bakker, brouwerij)", "Giften en sponsoring"]),
            "tickets": rng.choice(["Opbrengst eetfestijn", "Inkomsten tickets / drank", "Verkoop tickets buurtfeest"]),
        }
        st = {"own": "", "municipality": rng.choice(["toegezegd", "aangevraagd"]),
              "foundation": "aangevraagd", "sponsor": "toegezegd", "tickets": "raming"}
    else:
        labels = {
            "own": rng.choice(["Fonds propres de l'association", "Autofinancement", "Apport de l'association"]),
            "municipality": f"Commune {fr_de(muni_name)}" + rng.choice(["", " (subvention)"]),
            "foundation": rng.choice(["Fondation Houtland Avenir", "Fonds Solidarité Villages", "Fondation Terres de Flandre"]),
            "sponsor": rng.choice(["Mécénat commerçants locaux", "Sponsors (brasserie, boulangerie)", "Dons et mécénat"]),
            "tickets": rng.choice(["Recettes buvette et repas", "Billetterie fête", "Participation des usagers"]),
            "department": "Conseil départemental du Nord",
        }
        st = {"own": "", "municipality": rng.choice(["acquis", "sollicité"]), "foundation": "sollicité",
              "sponsor": "acquis", "tickets": "estimation", "department": "sollicité"}
    kinds = spec.get("income_kinds") or rng.choice([["own", "municipality"], ["own", "municipality", "sponsor"],
                                                    ["own", "foundation", "tickets"], ["own", "sponsor"],
                                                    ["own", "municipality", "tickets"]])
    if lang == "nl":
        kinds = [k if k != "department" else "foundation" for k in kinds]
    # split rest: round figures for funders, the odd remainder is the group's own contribution
    if "own" in kinds:
        kinds = [k for k in kinds if k != "own"] + ["own"]
    weights = [rng.uniform(0.5, 1.5) for _ in kinds]
    ws = sum(weights)
    amounts = []
    acc = D(0)
    for k, w in zip(kinds[:-1], weights[:-1]):
        a = D(int(rest * D(str(w / ws)) / 50) * 50)
        if a < 50:
            a = D(50)
        amounts.append(a)
        acc += a
    amounts.append(D(rest - acc))
    # make sure the last one is positive
    if amounts[-1] <= 0:
        amounts = [D(rest)]
        kinds = ["own"]
    if kinds[-1] == "own":
        kinds = kinds[-1:] + kinds[:-1]
        amounts = amounts[-1:] + amounts[:-1]
    # own contribution first
    for k, a in zip(kinds, amounts):
        income.append(Income(k, labels[k], a, st.get(k, "")))
    req_label = spec.get("req_label")
    income.append(Income("request", req_label or "", req, ""))

    b = Budget(lang, country, lines, vat_mode, vat_rate, total_excl, vat_total, total, inkind,
               inkind_mode, inkind_total, income, req, spec.get("request_mode", "line"), cats_used=cats)
    if b.request_mode == "corrected":
        bump = D(rng.choice([300, 500, 750, 1000, 1200]))
        b.old_request = D(req + bump)
    if spec.get("corrected_total"):
        b.old_total = D(total - D(rng.choice([350, 420, 600, 875])))
    if b.request_mode == "phases":
        p1 = D(int(req * D(str(rng.uniform(0.35, 0.6))) / 50) * 50)
        b.phases = [(1, p1), (2, D(req - p1))]
    if b.request_mode == "percent":
        b.percent = D(spec["pct"]) if rk == "pct" and req == D(total * D(spec["pct"]) / 100) else (req / total * 100).quantize(D("0.1"))
    assert sum((i.amount for i in income), D(0)) == total
    return b
