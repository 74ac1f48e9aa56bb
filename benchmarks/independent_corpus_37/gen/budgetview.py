"""Turn a Budget into table rows / text lines in many of the ways associations
lay out the money part of a form. Output is format-neutral (lists of strings
with light markup: **bold**, ~~strike~~, //italic//)."""
from decimal import Decimal
from num2words import num2words

from budget import CATS, CAT_ALT
from data import D, fmt_amt

T = {
    "nl": {
        "exp_h": ["Uitgaven", "Kosten", "Geraamde uitgaven", "Kostenraming", "UITGAVEN"],
        "inc_h": ["Inkomsten", "Financiering", "Ontvangsten", "Financieringsplan", "INKOMSTEN"],
        "desc": ["Omschrijving", "Kostenpost", "Wat?", "Post"],
        "cat": ["Categorie", "Soort kost", "Rubriek"],
        "amount": ["Bedrag", "Bedrag (€)", "Raming", "Kost", "€"],
        "inc_amount": ["Bedrag", "Bedrag (€)", "€", "Bedrag in euro"],
        "qty": ["Aantal", "Aant.", "#"], "unit": ["Eenheidsprijs", "Prijs/st.", "Prijs per stuk"],
        "excl": ["excl. btw", "zonder btw", "bedrag excl. BTW"], "vat": ["btw", "BTW {r}%"],
        "incl": ["incl. btw", "bedrag incl. BTW", "totaal incl."],
        "sub": ["Subtotaal", "Subtot.", "Tussentotaal"],
        "total": ["Totaal uitgaven", "TOTAAL KOSTEN", "Totale projectkost", "Totaal", "Totale kostprijs project"],
        "total_inc": ["Totaal inkomsten", "TOTAAL FINANCIERING", "Totaal ontvangsten"],
        "src": ["Bron", "Financieringsbron", "Wie?", "Herkomst"],
        "status": ["Status", "Stand van zaken"],
        "vat_line": "BTW {r} %", "sub_excl": "Subtotaal excl. btw", "total_incl": "Totaal incl. btw",
        "inkind_row": "Inbreng in natura: {what}",
        "inkind_total": ["Totaal incl. inbreng in natura", "Totaal inclusief gevaloriseerde inbreng",
                         "Totaal mét vrijwilligersinzet"],
        "cash_total": ["Totaal uitgaven (zonder inbreng in natura)", "Totaal reële kosten (excl. inbreng in natura)",
                       "Totaal uitgaven in geld"],
        "req_line": ["Gevraagd aan Partons 2.0 (deze oproep)", "Projectoproep 'Maak werk van je buurt!'",
                     "Provincie West-Vlaanderen / Partons 2.0 (gevraagd)", "Subsidie Partons 2.0 – deze aanvraag",
                     "Bijdrage Partons 2.0 (aangevraagd)"],
        "balance": ["Saldo – te financieren via Partons 2.0", "Saldo: gevraagd aan de projectoproep",
                    "Tekort = gevraagde steun Partons 2.0"],
        "phase": "Partons 2.0 – fase {n} ({y})", "phase_tot": "Totaal gevraagd aan Partons 2.0",
        "hours": "{h} u × {r}",
    },
    "fr": {
        "exp_h": ["Dépenses", "Charges", "Dépenses prévisionnelles", "CHARGES", "Budget des dépenses"],
        "inc_h": ["Recettes", "Produits", "Financement", "Ressources", "PRODUITS"],
        "desc": ["Désignation", "Poste de dépense", "Nature de la dépense", "Libellé"],
        "cat": ["Catégorie", "Type de dépense", "Poste"],
        "amount": ["Montant", "Montant (€)", "Montant en euros", "Coût", "€"],
        "inc_amount": ["Montant", "Montant (€)", "€", "Montant en euros"],
        "qty": ["Qté", "Quantité", "Nb"], "unit": ["Prix unitaire", "P.U.", "Prix unit."],
        "excl": ["HT", "Montant HT"], "vat": ["TVA", "TVA {r} %"], "incl": ["TTC", "Montant TTC"],
        "sub": ["Sous-total", "Sous-total", "S/total"],
        "total": ["Total des dépenses", "TOTAL DES CHARGES", "Coût total du projet", "Total", "Total général des dépenses"],
        "total_inc": ["Total des recettes", "TOTAL DES PRODUITS", "Total des ressources"],
        "src": ["Financeur", "Origine", "Source de financement", "Partenaire financier"],
        "status": ["État", "Statut", "Acquis / sollicité"],
        "vat_line": "TVA {r} %", "sub_excl": "Sous-total HT", "total_incl": "Total TTC",
        "inkind_row": "Contribution en nature : {what}",
        "inkind_total": ["Total y compris contributions en nature", "TOTAL avec valorisation du bénévolat",
                         "Total général (avec apports en nature)"],
        "cash_total": ["Total des dépenses (hors contributions en nature)", "Total des charges réelles (hors valorisation)",
                       "Total dépenses financières"],
        "req_line": ["Subvention sollicitée – Partons 2.0", "Aide demandée à l'appel à projets Partons 2.0",
                     "Interreg Partons 2.0 (montant sollicité)", "Province de Flandre occidentale – Partons 2.0 (demande)",
                     "Appel à projets transfrontalier Partons 2.0"],
        "balance": ["Solde – financé par Partons 2.0", "Reste à financer : demande Partons 2.0",
                    "Solde sollicité auprès de Partons 2.0"],
        "phase": "Partons 2.0 – phase {n} ({y})", "phase_tot": "Total demandé à Partons 2.0",
        "hours": "{h} h × {r}",
    },
}


def words(v, lang):
    v = D(v)
    i = int(v)
    c = int((v - i) * 100)
    w = num2words(i, lang=lang)
    if lang == "nl":
        s = f"{w} euro"
        if c:
            s += f" en {num2words(c, lang='nl')} cent"
    else:
        s = f"{w} euros"
        if c:
            s += f" et {num2words(c, lang='fr')} centimes"
    return s


class View:
    """Collects the per-document wording choices so one document is consistent."""

    def __init__(self, b, rng, amount_style, opts=None):
        self.b = b
        self.rng = rng
        self.lang = b.lang
        self.t = T[b.lang]
        self.st = amount_style
        self.o = opts or {}
        pick = lambda k: rng.choice(self.t[k])
        self.L = {k: pick(k) for k in ["exp_h", "inc_h", "desc", "cat", "amount", "inc_amount", "qty", "unit", "excl",
                                        "vat", "incl", "sub", "total", "total_inc", "src", "status",
                                        "inkind_total", "cash_total", "req_line", "balance"]}
        if b.income[-1].label:
            self.L["req_line"] = b.income[-1].label
        self.alt_cats = rng.random() < 0.5
        self.catname = {}
        for c in b.cats_used:
            self.catname[c] = rng.choice(CAT_ALT[c][self.lang]) if self.alt_cats else CATS[c][self.lang]

    def pct(self):
        p = self.b.percent
        s = format(p.normalize(), "f") if p == p.to_integral() else str(p)
        return s.replace(".", ",")

    def f(self, v, style=None):
        return fmt_amt(v, style or self.st)

    def rate(self):
        r = self.b.vat_rate * 100
        return str(int(r))

    def vat_label(self):
        return self.L["vat"].replace("{r}", self.rate())

    def inkind_what(self, item):
        label, h, r, v = item
        if h:
            return f"{label} ({T[self.lang]['hours'].format(h=h, r=self.f(r, 'be_eur' if self.lang == 'nl' else 'fr_int'))})"
        return label

    # ------------------------------------------------------------------ expenses
    def expense_table(self, style):
        """style: cat_rows | qty | vatcols | simple | sections"""
        b, L = self.b, self.L
        head, rows, kinds = None, [], []
        if b.vat_mode == "columns":
            style = "vatcols"
        if style == "vatcols":
            head = [L["desc"], L["excl"], self.vat_label(), L["incl"]]
            for l in b.lines:
                rows.append([l.label, self.f(l.excl), self.f(l.vat), self.f(l.incl)])
                kinds.append("item")
            rows.append([L["total"], self.f(b.total_excl), self.f(b.vat_total), self.f(b.total)])
            kinds.append("total")
            ncol = 4
        elif style == "qty":
            head = [L["desc"], L["qty"], L["unit"], L["amount"]]
            for l in b.lines:
                rows.append([l.label, str(l.qty) if l.qty else "", self.f(l.unit) if l.unit else "", self.f(l.excl)])
                kinds.append("item")
            ncol = 4
        elif style == "cat_rows":
            head = [L["cat"], L["desc"], L["amount"]]
            for c in b.cats_used:
                first = True
                sub = D(0)
                for l in [x for x in b.lines if x.cat == c]:
                    lab = l.label + (f" ({l.qty} × {self.f(l.unit)})" if l.qty else "")
                    rows.append([self.catname[c] if first else "", lab, self.f(l.excl)])
                    kinds.append("item")
                    first = False
                    sub += l.excl
                if self.o.get("subtotals"):
                    rows.append(["", f"{L['sub']} {self.catname[c].lower()}", self.f(sub)])
                    kinds.append("sub")
            ncol = 3
        elif style == "sections":
            head = [L["desc"], L["amount"]]
            for i, c in enumerate(b.cats_used):
                rows.append([f"{chr(65 + i)}. {self.catname[c]}", ""])
                kinds.append("cat")
                sub = D(0)
                for l in [x for x in b.lines if x.cat == c]:
                    lab = "   " + l.label + (f" – {l.qty} × {self.f(l.unit)}" if l.qty else "")
                    rows.append([lab, self.f(l.excl)])
                    kinds.append("item")
                    sub += l.excl
                rows.append([f"{L['sub']} {chr(65 + i)}", self.f(sub)])
                kinds.append("sub")
            ncol = 2
        else:  # simple
            head = [L["desc"], L["amount"]]
            for l in b.lines:
                lab = l.label + (f" ({l.qty} st. à {self.f(l.unit)})" if l.qty and self.lang == "nl" else
                                 (f" ({l.qty} × {self.f(l.unit)})" if l.qty else ""))
                rows.append([lab, self.f(l.excl)])
                kinds.append("item")
            ncol = 2
        if ncol == 3:
            pad = lambda label, val: ["", label, val]
        else:
            pad = lambda label, val: [label] + [""] * (ncol - 2) + [val]
        if style != "vatcols":
            if b.vat_mode == "summary":
                rows.append(pad(T[self.lang]["sub_excl"], self.f(b.total_excl))); kinds.append("sub")
                rows.append(pad(T[self.lang]["vat_line"].format(r=self.rate()), self.f(b.vat_total))); kinds.append("vat")
                tot_label = T[self.lang]["total_incl"] if self.rng.random() < 0.5 else f"{L['total']} ({T[self.lang]['incl'][0]})"
            else:
                tot_label = L["total"]
            if b.inkind_mode == "both":
                tot_label = L["cash_total"]
            rows.append(pad(tot_label, self.total_cell())); kinds.append("total")
        else:
            if b.inkind_mode == "both":
                rows[-1][0] = L["cash_total"] + f" – {L['incl']}"
            if b.old_total is not None:
                rows[-1][-1] = self.total_cell()
        if b.inkind_mode == "both":
            for it in b.inkind:
                rows.append(pad(T[self.lang]["inkind_row"].format(what=self.inkind_what(it)), self.f(it[3])))
                kinds.append("inkind")
            rows.append(pad(L["inkind_total"], self.f(b.grand_total))); kinds.append("total2")
        return {"head": head, "rows": rows, "kinds": kinds, "title": L["exp_h"]}

    def total_cell(self):
        b = self.b
        if b.old_total is not None:
            return f"~~{self.f(b.old_total)}~~ **{self.f(b.total)}**"
        return f"**{self.f(b.total)}**"

    # ------------------------------------------------------------------ income
    def income_rows(self, style, include_request=True):
        b, L = self.b, self.L
        rows, kinds = [], []
        stat = style == "status"
        pct = style == "pct"

        def row(label, amount_cell, status="", amount=None):
            r = [label]
            if stat:
                r.append(status)
            r.append(amount_cell)
            if pct:
                r.append(f"{(amount / b.total * 100).quantize(D('0.1'))} %".replace(".", ",") if amount is not None else "")
            return r

        for inc in b.others():
            rows.append(row(inc.label, self.f(inc.amount), inc.status, inc.amount))
            kinds.append("item")
        st_req = "aangevraagd" if self.lang == "nl" else "sollicité"
        if include_request:
            m = b.request_mode
            if m == "balance":
                rows.append(row(L["balance"], f"**{self.f(b.request)}**", st_req, b.request)); kinds.append("request")
            elif m == "corrected":
                rows.append(row(L["req_line"] + " (*)", f"~~{self.f(b.old_request)}~~ **{self.f(b.request)}**", st_req, b.request))
                kinds.append("request")
            elif m == "phases":
                yrs = ["2019", "2020"]
                for (n, a), y in zip(b.phases, yrs):
                    rows.append(row(T[self.lang]["phase"].format(n=n, y=y), self.f(a), st_req, a)); kinds.append("item")
                rows.append(row(T[self.lang]["phase_tot"], f"**{self.f(b.request)}**", st_req, b.request)); kinds.append("request")
            else:
                rows.append(row(L["req_line"], f"**{self.f(b.request)}**", st_req, b.request)); kinds.append("request")
        if b.inkind_mode == "both":
            tl = L["total_inc"] + (" (zonder inbreng in natura)" if self.lang == "nl" else " (hors contributions en nature)")
            if include_request or b.request_mode == "balance":
                rows.append(row(tl, self.f(b.total), "", b.total)); kinds.append("total")
            for it in b.inkind:
                rows.append(row(T[self.lang]["inkind_row"].format(what=it[0]), self.f(it[3]), "", None)); kinds.append("inkind")
            if include_request:
                rows.append(row(L["inkind_total"], self.f(b.grand_total), "", None)); kinds.append("total2")
        elif include_request:
            rows.append(row(L["total_inc"], self.f(b.total), "", b.total)); kinds.append("total")
        else:
            others = sum((i.amount for i in b.others()), D(0))
            lab = "Totaal andere financiering" if self.lang == "nl" else "Total des autres financements"
            rows.append(row(lab, self.f(others), "", others)); kinds.append("sub")
        head = [L["src"]] + ([L["status"]] if stat else []) + [L["inc_amount"]] + (["%"] if pct else [])
        return {"head": head, "rows": rows, "kinds": kinds, "title": L["inc_h"]}

    # ------------------------------------------------------------------ request statements
    def request_statement(self, variant=None):
        """A sentence/box content stating the request, according to request_mode."""
        b, lang = self.b, self.lang
        m = variant or b.request_mode
        F = self.f
        if lang == "nl":
            if m == "percent":
                return (f"Wij vragen **{self.pct()} %** van de totale projectkost van {F(b.total)}, "
                        f"hetzij **{F(b.request)}**.")
            if m == "words":
                return f"Gevraagd bedrag: **{F(b.request)}** (in letters: {words(b.request, 'nl')})"
            if m == "corrected":
                return (f"Gevraagd bedrag: ~~{F(b.old_request)}~~ **{F(b.request)}** "
                        f"(*) aangepast na een nieuwe offerte; het verschil brengen we zelf in.")
            if m == "phases":
                return (f"Gevraagd aan Partons 2.0: fase 1 {F(b.phases[0][1])} + fase 2 {F(b.phases[1][1])} "
                        f"= **{F(b.request)}**")
            if m == "balance":
                return f"Het saldo van **{F(b.request)}** vragen we aan via deze projectoproep."
            return f"Gevraagde steun Partons 2.0: **{F(b.request)}**"
        else:
            if m == "percent":
                return (f"Nous sollicitons **{self.pct()} %** du coût total du projet ({F(b.total)}), "
                        f"soit **{F(b.request)}**.")
            if m == "words":
                return f"Montant sollicité : **{F(b.request)}** (en toutes lettres : {words(b.request, 'fr')})"
            if m == "corrected":
                return (f"Montant sollicité : ~~{F(b.old_request)}~~ **{F(b.request)}** "
                        f"(*) montant corrigé après réception d'un nouveau devis ; la différence est prise en charge par l'association.")
            if m == "phases":
                return (f"Demande Partons 2.0 : phase 1 {F(b.phases[0][1])} + phase 2 {F(b.phases[1][1])} "
                        f"= **{F(b.request)}**")
            if m == "balance":
                return f"Le solde, soit **{F(b.request)}**, est sollicité auprès de l'appel à projets."
            return f"Subvention sollicitée auprès de Partons 2.0 : **{F(b.request)}**"

    def inkind_note(self):
        b = self.b
        parts = []
        for it in b.inkind:
            parts.append(f"{self.inkind_what(it)}: {self.f(it[3])}" if self.lang == "nl" else f"{self.inkind_what(it)} : {self.f(it[3])}")
        if self.lang == "nl":
            return ("//Niet opgenomen in de begroting hierboven (inbreng in natura): " + "; ".join(parts) +
                    f". Samen {self.f(b.inkind_total)} aan vrijwillige inzet.//")
        return ("//Non inclus dans le budget ci-dessus (contributions en nature) : " + " ; ".join(parts) +
                f". Soit {self.f(b.inkind_total)} de valorisation.//")

    def corrected_total_note(self):
        b = self.b
        if b.old_total is None:
            return None
        if self.lang == "nl":
            return (f"//Totaal aangepast: de eerste raming was {self.f(b.old_total)}; na de offerte van de schrijnwerker "
                    f"bedraagt de totale projectkost {self.f(b.total)}.//")
        return (f"//Total corrigé : la première estimation était de {self.f(b.old_total)} ; après le devis du menuisier, "
                f"le coût total du projet s'élève à {self.f(b.total)}.//")

    def cerfa_table(self):
        """French association style: charges | montant | produits | montant, with 86/87 in-kind lines."""
        b = self.b
        left = [(l.label, self.f(l.incl)) for l in b.lines]
        left_tot = ("Total des charges", self.total_cell())
        right = [(i.label + (f" ({i.status})" if i.status else ""), self.f(i.amount)) for i in b.others()]
        rq = b.income[-1]
        if b.request_mode == "corrected":
            right.append((self.L["req_line"] + " (*)", f"~~{self.f(b.old_request)}~~ **{self.f(b.request)}**"))
        elif b.request_mode == "balance":
            right.append((self.L["balance"], f"**{self.f(b.request)}**"))
        else:
            right.append((self.L["req_line"], f"**{self.f(b.request)}**"))
        right_tot = ("Total des produits", self.f(b.total))
        n = max(len(left), len(right))
        rows, kinds = [], []
        for i in range(n):
            a = left[i] if i < len(left) else ("", "")
            c = right[i] if i < len(right) else ("", "")
            rows.append([a[0], a[1], c[0], c[1]]); kinds.append("item")
        rows.append([left_tot[0], left_tot[1], right_tot[0], right_tot[1]]); kinds.append("total")
        if b.inkind_mode == "both":
            what = ", ".join(self.inkind_what(x).lower() for x in b.inkind)
            rows.append(["86 – Emplois des contributions volontaires en nature (" + what + ")", self.f(b.inkind_total),
                         "87 – Contributions volontaires en nature", self.f(b.inkind_total)]); kinds.append("inkind")
            rows.append(["TOTAL", self.f(b.grand_total), "TOTAL", self.f(b.grand_total)]); kinds.append("total2")
        return {"head": ["Charges", "Montant", "Produits", "Montant"], "rows": rows, "kinds": kinds,
                "title": "Budget prévisionnel du projet"}
