# -*- coding: utf-8 -*-
"""Builders: hand-filled forms, mixed typed/hand forms, typed letters, handwritten letters."""
import random

from render import Page, Hand, stamp, font, INKS, clean_markup

NBSP = "\u00a0"
W, H = 1240, 1754
X0, X1 = 100, 1140


# ---------------------------------------------------------------- amounts
def _group(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def fmt_amount(v, style):
    """How a person writes an amount.  Spaces are non-breaking (one handwritten token)."""
    iv = int(round(v * 100)) // 100
    cents = int(round(v * 100)) % 100
    c = ",%02d" % cents
    S = NBSP
    table = {
        "eur_dash": lambda: "€" + S + _group(iv, ".") + (c if cents else ",-"),
        "eur_cents": lambda: "€" + S + _group(iv, ".") + c,
        "eur_plain": lambda: "€" + S + _group(iv, ".") + (c if cents else ""),
        "nl_euro_word": lambda: _group(iv, ".") + (c if cents else "") + S + "euro",
        "nl_after_eur": lambda: _group(iv, ".") + (c if cents else "") + S + "€",
        "nl_eur_nodec": lambda: "€" + S + _group(iv, ".") + (c if cents else ""),
        "nl_space_cents": lambda: "€" + S + _group(iv, S) + c,
        "eur_space": lambda: "€" + S + _group(iv, S) + (c if cents else ""),
        "eur_EUR": lambda: "EUR" + S + _group(iv, ".") + (c if cents else ""),
        "fr_space": lambda: _group(iv, S) + (c if cents else "") + S + "€",
        "fr_cents": lambda: _group(iv, S) + c + S + "€",
        "fr_nosep": lambda: str(iv) + (c if cents else "") + S + "€",
        "fr_eur": lambda: _group(iv, S) + (c if cents else "") + S + "EUR",
        "fr_euros": lambda: _group(iv, S) + (c if cents else "") + S + "euros",
        "fr_dot": lambda: _group(iv, ".") + (c if cents else "") + S + "€",
        "fr_e": lambda: str(iv) + (c if cents else "") + "€",
        # budget lines (no currency sign)
        "nl_cents": lambda: _group(iv, ".") + c,
        "nl_plain": lambda: _group(iv, ".") + (c if cents else ""),
        "nl_space": lambda: _group(iv, S) + (c if cents else ""),
        "fr_plain": lambda: _group(iv, S) + (c if cents else ""),
        "fr_cents_l": lambda: _group(iv, S) + c,
    }
    if style == "fr_cents" and False:
        pass
    return table[style]()


def line_amount(v, style):
    if style == "fr_cents":
        return fmt_amount(v, "fr_cents_l")
    return fmt_amount(v, style)


def nb(s):
    return s.replace(NBSP, " ")


# ---------------------------------------------------------------- labels
LABELS = {
    "nl": {
        "org": ["Naam vereniging / organisatie", "Naam van de groep of vereniging", "Organisatie",
                "Indiener (naam vereniging)", "Naam initiatiefnemer / vereniging", "Aanvragende organisatie",
                "Naam van de organisatie"],
        "contact": ["Contactpersoon", "Naam contactpersoon", "Verantwoordelijke", "Aanspreekpunt",
                    "Contactpersoon (voornaam + naam)", "Trekker van het project", "Contactpersoon"],
        "role": ["Functie", "Functie in de vereniging", "Rol", "Functie", "Functie", "Functie", "Functie"],
        "street": ["Adres", "Straat en nummer", "Straat + nr.", "Adres (straat, nr.)", "Adres",
                   "Straat + huisnummer", "Adres"],
        "pc": ["Postcode", "Postnummer", "Postcode", "Postcode", "Postcode", "Postcode", "Postcode"],
        "city": ["Gemeente", "Deelgemeente / dorp", "Woonplaats", "Plaats", "Gemeente", "Dorp", "Gemeente"],
        "pccity": ["Postcode + gemeente", "Postcode en gemeente", "Postnr. / Gemeente", "Postcode en plaats",
                   "Postcode – gemeente", "Postcode + woonplaats", "Postcode en gemeente"],
        "phone": ["Telefoon / gsm", "Tel.", "Telefoonnummer", "GSM", "Tel./gsm", "Telefoon", "Telefoon"],
        "email": ["E-mail", "E-mailadres", "Mail", "e-mail", "E-mail", "E-mailadres", "E-mail"],
        "chair": ["Voorzitter", "Naam voorzitter"],
        "chairphone": ["Tel. voorzitter", "Gsm voorzitter"],
        "title": ["Titel van het project", "Naam van het project", "Projecttitel", "Titel projectidee",
                  "Werktitel van het project", "Projectnaam", "Titel van het project"],
        "desc": ["Korte omschrijving van het project", "Wat wil je doen?", "Omschrijving projectidee",
                 "Beschrijf kort je idee", "Inhoud van het project", "Wat is jullie idee?",
                 "Korte beschrijving"],
        "partners": ["Wie werkt mee? (bewoners, verenigingen ...)", "Betrokken partners",
                     "Hoe betrek je de buurt?", "Met wie werk je samen?", "Betrokken bewoners en partners",
                     "Partners", "Wie doet mee?"],
        "req": ["Gevraagd bedrag", "Gevraagde subsidie", "Bedrag gevraagd aan de projectoproep",
                "Gevraagde bijdrage (max. € 10.000)", "Gevraagde steun", "Gevraagd bedrag", "Gevraagde bijdrage"],
        "total": ["Totale kostprijs", "Totaal budget", "Totale kost van het project", "Totale projectkost",
                  "Totale kostprijs project", "Totale kosten", "Totaal budget"],
        "own": ["Eigen inbreng", "Eigen bijdrage", "Eigen middelen", "Eigen inbreng", "Eigen bijdrage",
                "Eigen inbreng", "Eigen middelen"],
        "date": ["Datum", "Datum", "Datum", "Datum", "Datum", "Datum", "Datum"],
        "sign": ["Handtekening", "Handtekening contactpersoon", "Naam + handtekening", "Handtekening",
                 "Handtekening", "Handtekening aanvrager", "Handtekening"],
        "sections": [["Gegevens van de aanvrager", "Het project", "Begroting", "Ondertekening"],
                     ["Aanvrager", "Projectidee", "Financiën", "Handtekening"],
                     ["Wie zijn jullie?", "Wat willen jullie doen?", "Wat kost het?", "Ondertekening"],
                     ["Identificatie", "Project", "Kosten en financiering", "Ondertekening"]],
        "status": ("Type aanvrager", ["feitelijke vereniging", "vzw", "lokaal bestuur", "handelaar", "andere"]),
        "budget_hdr": [["Omschrijving", "Bedrag"], ["Uitgaven", "€"], ["Kostenpost", "Kostprijs (€)"]],
        "totalrow": "Totaal",
        "members": "Aantal leden / betrokken gezinnen",
        "kbo": "Ondernemingsnummer",
        "rna": "Nummer",
        "page": "pagina",
        "treasurer": "Penningmeester",
    },
    "fr": {
        "org": ["Nom de l'association / structure", "Structure porteuse du projet", "Association",
                "Nom du porteur de projet (association, collectif…)", "Organisme demandeur",
                "Nom de la structure", "Nom de l'association"],
        "contact": ["Personne à contacter", "Nom et prénom du référent", "Contact", "Responsable du projet",
                    "Référent(e) du projet", "Interlocuteur", "Personne à contacter"],
        "role": ["Fonction", "Qualité", "Fonction", "Fonction dans l'association", "Qualité", "Fonction", "Fonction"],
        "street": ["Adresse", "N° et rue", "Adresse postale", "Adresse du siège", "Adresse (n°, rue)", "Adresse",
                   "Adresse"],
        "pc": ["Code postal"] * 7,
        "city": ["Commune", "Ville", "Commune", "Commune", "Ville", "Commune", "Commune"],
        "pccity": ["Code postal / Commune", "CP – Commune", "Code postal et commune", "CP / Ville",
                   "Code postal – Commune", "CP et commune", "Code postal / Ville"],
        "phone": ["Téléphone", "Tél.", "Tél. / portable", "N° de téléphone", "Téléphone", "Tél.", "Téléphone"],
        "email": ["Courriel", "E-mail", "Adresse mail", "Mél", "Courriel", "E-mail", "Adresse électronique"],
        "chair": ["Président(e)", "Nom du président"],
        "chairphone": ["Tél. président(e)", "Téléphone du président"],
        "title": ["Intitulé du projet", "Titre du projet", "Nom du projet", "Titre de l'action", "Intitulé du projet",
                  "Titre du projet", "Intitulé de l'action"],
        "desc": ["Description succincte du projet", "Présentation du projet", "Votre idée en quelques lignes",
                 "Objectifs et contenu du projet", "Description du projet", "Le projet en bref",
                 "Présentation succincte"],
        "partners": ["Partenaires / habitants associés", "Comment les habitants sont-ils associés ?",
                     "Partenaires", "Qui participe ?", "Partenaires du projet", "Habitants et partenaires impliqués",
                     "Partenaires"],
        "req": ["Montant sollicité", "Montant demandé", "Aide demandée (10 000 € max.)", "Subvention sollicitée",
                "Montant de l'aide sollicitée", "Montant sollicité", "Aide sollicitée"],
        "total": ["Coût total du projet", "Budget total", "Montant total du projet", "Total des dépenses",
                  "Budget prévisionnel total", "Coût total", "Coût total du projet"],
        "own": ["Autofinancement", "Apport de l'association", "Fonds propres", "Autofinancement",
                "Apport de l'association", "Autofinancement", "Fonds propres"],
        "date": ["Date", "Fait le", "Date", "Date", "Fait le", "Date", "Date"],
        "sign": ["Signature", "Signature du responsable", "Nom et signature", "Signature", "Signature",
                 "Signature du porteur", "Signature"],
        "sections": [["Le porteur de projet", "Le projet", "Budget", "Signature"],
                     ["Identification", "Description du projet", "Budget prévisionnel", "Engagement"],
                     ["Présentation de la structure", "Votre projet", "Financement", "Signature"],
                     ["Porteur", "Projet", "Budget", "Signature"]],
        "status": ("Statut", ["association loi 1901", "collectif d'habitants", "commune", "commerçant", "autre"]),
        "budget_hdr": [["Dépenses", "Montant"], ["Poste", "Montant (€)"], ["Nature de la dépense", "Coût"]],
        "totalrow": "TOTAL",
        "members": "Nombre d'adhérents",
        "kbo": "SIRET",
        "rna": "N° RNA",
        "page": "page",
        "treasurer": "Trésorier",
    },
}


def lab(lang, key, L):
    v = LABELS[lang][key]
    return v[L % len(v)] if isinstance(v, list) else v


# ---------------------------------------------------------------- forms
class FormBuilder:
    def __init__(self, rec, hands, seed):
        self.r = rec
        self.d = rec["design"]
        self.lang = rec["lang"]
        self.L = self.d["L"]
        self.hands = hands
        self.h = hands[0]
        self.rng = random.Random(seed)
        self.pages = []
        self.caps = self.d.get("caps", False)
        self.typed_keys = set(self.d.get("typed", []))
        self.lab_key = self.d["lab"]
        self.lsize = self.d["lsize"]
        self.sec_i = 0
        cp = self.d.get("compact")
        self.c = (cp if isinstance(cp, float) else 0.84) if cp else 1.0
        self.new_page()

    # --- page management
    def new_page(self):
        self.p = Page()
        self.pages.append(self.p)
        self.y = 110
        self.grid_open = False
        if len(self.pages) > 1:
            self.y = 120

    def need(self, h):
        if self.y + h > H - 92:
            self.close_grid()
            self.new_page()

    def finish(self):
        self.close_grid()
        n = len(self.pages)
        for i, p in enumerate(self.pages):
            t = "%s %d/%d" % (LABELS[self.lang]["page"], i + 1, n)
            p.typed(W - 100, H - 60, t, self.lab_key, 17, fill=(90, 90, 90), anchor="rs", log=False)
        return self.pages

    # --- header
    def header(self):
        p, d = self.p, self.d
        t, s = d["form_title"], d.get("form_sub", "")
        bold = {"sans": "sans-b", "serif": "serif-b", "narrow": "narrow-b", "mono": "sans-b"}[self.lab_key]
        st = d["header"]
        if st == "boxed":
            p.rect(X0, 80, X1, 200, width=3)
            p.typed(W / 2, 135, t, bold, 34, anchor="ms")
            if s:
                p.typed(W / 2, 178, s, self.lab_key, 22, anchor="ms")
            self.y = 260
        elif st == "banner":
            p.rect(X0, 80, X1, 150, outline=(70, 70, 70), fill=(70, 70, 70))
            p.typed(X0 + 24, 128, t, bold, 34, fill=(255, 255, 255))
            if s:
                p.typed(X0, 190, s, self.lab_key, 22)
            self.y = 250
        elif st == "plain":
            p.typed(X0, 120, t, bold, 30)
            if s:
                p.typed(X0, 160, s, self.lab_key, 20, fill=(60, 60, 60))
            self.y = 225
        elif st == "logo":
            # a home-made emblem: circle with a little house and tree
            cx, cy = X0 + 55, 135
            p.d.ellipse([cx - 55, cy - 55, cx + 55, cy + 55], outline=(40, 90, 60), width=5)
            p.d.polygon([(cx - 30, cy + 5), (cx, cy - 28), (cx + 30, cy + 5)], outline=(40, 90, 60), width=4)
            p.rect(cx - 22, cy + 5, cx + 22, cy + 32, outline=(40, 90, 60), width=4)
            p.typed(X0 + 140, 128, t, bold, 32)
            if s:
                p.typed(X0 + 140, 168, s, self.lab_key, 21, fill=(50, 50, 50))
            p.line(X0, 212, X1, 212, width=2)
            self.y = 270
        elif st == "underlined":
            p.typed(W / 2, 125, t, bold, 34, anchor="ms")
            p.line(X0 + 80, 145, X1 - 80, 145, width=4)
            if s:
                p.typed(W / 2, 185, s, self.lab_key, 21, anchor="ms")
            self.y = 250
        elif st == "twoline":
            small = "Partons 2.0 · Interreg V France-Wallonie-Vlaanderen" if self.lang == "fr" else \
                "Partons 2.0 · Interreg V Frankrijk-Wallonië-Vlaanderen"
            p.typed(X0, 95, small, self.lab_key, 17, fill=(90, 90, 90))
            p.typed(X0, 150, t, bold, 36)
            if s:
                p.typed(X0, 190, s, self.lab_key, 22)
            p.line(X0, 208, X1, 208, width=1)
            self.y = 265
        else:  # centered with double rule
            p.line(X0, 85, X1, 85, width=2)
            p.line(X0, 91, X1, 91, width=1)
            p.typed(W / 2, 140, t, bold, 32, anchor="ms")
            if s:
                p.typed(W / 2, 178, s, self.lab_key, 21, anchor="ms")
            p.line(X0, 200, X1, 200, width=1)
            p.line(X0, 206, X1, 206, width=2)
            self.y = 265

    def intro(self, text):
        self.y = self.p.typed_wrap(X0, self.y, text, X1 - X0, self.lab_key, 18, fill=(60, 60, 60)) + 14

    def section(self, idx, room=90):
        self.close_grid()
        names = LABELS[self.lang]["sections"][self.L % 4]
        n = self.d["num"]
        pre = ""
        if n == "1.":
            pre = "%d. " % (idx + 1)
        elif n == "A.":
            pre = "%s. " % "ABCD"[idx]
        elif n == "I.":
            pre = "%s. " % ["I", "II", "III", "IV"][idx]
        self.need(room)
        bold = {"sans": "sans-b", "serif": "serif-b", "narrow": "narrow-b", "mono": "sans-b"}[self.lab_key]
        self.y += int((48 if self.d["style"] == "grid" else 62 if self.d["style"] != "boxes" else 58) * self.c)
        if self.d["style"] in ("grid",) or self.d["header"] in ("banner",):
            self.p.rect(X0, self.y - 30, X1, self.y + 10, outline=(120, 120, 120), fill=(225, 225, 225), width=1)
            self.p.typed(X0 + 10, self.y, pre + names[idx], bold, 24)
        else:
            self.p.typed(X0, self.y, pre + names[idx], bold, 25)
            if self.d["style"] != "boxes":
                self.p.line(X0, self.y + 8, X0 + 300, self.y + 8, width=1, fill=(120, 120, 120))
        self.y += 28

    # --- values
    def _val(self, key, value):
        return value.upper() if self.caps and key not in ("typedonly",) else value

    def _write_value(self, key, x, y, value, maxw, typed=False, size=None):
        """write (or type) a value at baseline y; returns nothing.  Logs full value."""
        p = self.p
        if typed:
            f = "sans" if self.lab_key != "serif" else "serif"
            p.typed(x, y, nb(value), f, 22, log=True)
            return
        h = self.cur_hand
        v = self._val(key, value)
        off = self.rng.uniform(-3, 9)
        h.write(p, x + self.rng.uniform(10, 28), y - off, v, size=size)

    @property
    def cur_hand(self):
        return getattr(self, "_hand", self.h)

    def use_hand(self, i):
        self._hand = self.hands[i]

    def close_grid(self):
        if self.grid_open:
            self.grid_open = False
            self.y += 8

    def field(self, key, label, value, typed=False, wrong_typed=None):
        """One labelled field in the form's style."""
        was_multi = getattr(self, "last", "") == "multi"
        st = self.d["style"]
        p = self.p
        lk, ls = self.lab_key, self.lsize
        label_txt = label + ("" if st in ("boxes", "comb") or label.endswith("?") else " :" if self.lang == "fr" else ":")
        h = self.cur_hand
        size = h.size
        avail_first = None
        if st in ("dotted", "underline", "twocol"):
            self.need(58)
            p = self.p
            self.y += int(53 * self.c)
            y = self.y
            p.typed(X0, y, label_txt, lk, ls)
            lx = X0 + max(p.typed_len(label_txt, lk, ls) + 12, 250 if st == "twocol" else 0)
            if st == "dotted":
                p.dotted(lx, X1, y + 4)
            else:
                p.line(lx, y + 5, X1, y + 5, width=1, fill=(70, 70, 70))
            if value is None:
                return
            v = self._val(key, value)
            if typed:
                self._typed_value(lx + 12, y - 4, value, wrong_typed)
                return
            maxw = X1 - lx - 30
            if h.length(v) <= maxw:
                self._write_value(key, lx, y, value, maxw)
            else:  # wrap over extra lines
                words = v.split(" ")
                first, rest = "", []
                for i, w in enumerate(words):
                    t = (first + " " + w).strip()
                    if h.length(t) > maxw and first:
                        rest = words[i:]
                        break
                    first = t
                h.write(p, lx + self.rng.uniform(4, 20), y - self.rng.uniform(-2, 8), first, log=False)
                rest = " ".join(rest)
                while rest:
                    self.need(60)
                    p = self.p
                    self.y += 52
                    yy = self.y
                    if st == "dotted":
                        p.dotted(X0, X1, yy + 4)
                    else:
                        p.line(X0, yy + 5, X1, yy + 5, width=1, fill=(70, 70, 70))
                    ws = rest.split(" ")
                    cur, left = "", []
                    for i, w in enumerate(ws):
                        t = (cur + " " + w).strip()
                        if h.length(t) > X1 - X0 - 40 and cur:
                            left = ws[i:]
                            break
                        cur = t
                    h.write(p, X0 + self.rng.uniform(4, 20), yy - self.rng.uniform(-2, 8), cur, log=False)
                    rest = " ".join(left)
                p.log.append(clean_markup(v))
        elif st == "boxes":
            self.need(int(92 * self.c))
            p = self.p
            self.y += int(30 * self.c)
            p.typed(X0, self.y, label_txt, lk, ls - 1, fill=(50, 50, 50))
            top = self.y + 8
            bh = int(56 * self.c) + 4
            v = self._val(key, value) if value is not None else None
            lines = 1
            if v is not None and not typed and h.length(v) > X1 - X0 - 40:
                lines = 2
            p.rect(X0, top, X1, top + bh * lines, width=2, outline=(60, 60, 60))
            if value is not None:
                if typed:
                    self._typed_value(X0 + 14, top + int(bh * 0.72), value, wrong_typed)
                elif lines == 1:
                    self._write_value(key, X0 + 4, top + int(bh * 0.8), value, X1 - X0)
                else:
                    h.write_wrapped(p, X0 + 10, top + 46, v, X1 - X0 - 50, lead=bh - 6)
            self.y = top + bh * lines
        elif st == "grid":
            rh = 56
            v = self._val(key, value) if value is not None else None
            lines = 1
            cx = X0 + 360
            if v is not None and not typed and h.length(v) > X1 - cx - 40:
                lines = 2
            if typed and value and p.typed_len(value, "sans", 22) > X1 - cx - 30:
                lines = 2
            self.need(rh * lines + 10)
            p = self.p
            if not self.grid_open:
                if getattr(self, "last", "") == "multi":
                    self.y += 16
                p.line(X0, self.y, X1, self.y, width=2)
                self.grid_open = True
            top = self.y
            bot = top + rh * lines
            p.rect(X0, top, cx, bot, outline=(40, 40, 40), fill=(236, 236, 236), width=2)
            p.rect(cx, top, X1, bot, outline=(40, 40, 40), width=2)
            self.cell_label(X0 + 12, top, rh, label, cx - X0 - 22)
            if value is not None:
                if typed:
                    if lines == 1:
                        self._typed_value(cx + 14, top + 40, value, wrong_typed)
                    else:
                        p.typed_wrap(cx + 14, top + 36, nb(value), X1 - cx - 30, "sans", 21, lead=1.3)
                elif lines == 1:
                    self._write_value(key, cx, top + 41, value, X1 - cx)
                else:
                    h.write_wrapped(p, cx + 8, top + 44, v, X1 - cx - 40, lead=rh - 6)
            self.y = bot
        elif st == "comb":
            bw, bh = 32, 46
            n = (X1 - X0) // bw
            v = nb(self._val(key, value)) if value is not None else ""
            rows = max(1, -(-len(v) // n)) if v else 1
            if rows > 1:  # break at a space
                pass
            self.need(40 + rows * (bh + 8))
            p = self.p
            self.y += 36
            p.typed(X0, self.y, label_txt, lk, ls, fill=(50, 50, 50))
            chunks = []
            rest = v
            while rest:
                if len(rest) <= n:
                    chunks.append(rest)
                    break
                cut = rest.rfind(" ", 0, n)
                if cut <= 0:
                    cut = n
                chunks.append(rest[:cut])
                rest = rest[cut:].lstrip()
            if not chunks:
                chunks = [""]
            for ch in chunks:
                top = self.y + 10
                for i in range(n):
                    p.rect(X0 + i * bw, top, X0 + (i + 1) * bw, top + bh, width=1, outline=(70, 70, 70))
                if ch:
                    h.caps_in_boxes(p, X0, top + bh, ch, bw, bh, n)
                    p.log.pop()
                self.y = top + bh
            if v:
                p.log.append(v)
        return

    def cell_label(self, x, top, rh, text, width):
        """Typed label inside a table cell: shrink, then wrap on two lines if needed."""
        p, lk, ls = self.p, self.lab_key, self.lsize
        size = ls
        while p.typed_len(text, lk, size) > width and size > 17:
            size -= 1
        if p.typed_len(text, lk, size) <= width:
            p.typed(x, top + rh / 2 + size * 0.36, text, lk, size)
            return
        words = text.split(" ")
        best = None
        for i in range(1, len(words)):
            a, b = " ".join(words[:i]), " ".join(words[i:])
            wmax = max(p.typed_len(a, lk, 17), p.typed_len(b, lk, 17))
            if best is None or wmax < best[0]:
                best = (wmax, a, b)
        _, a, b = best
        p.typed(x, top + rh / 2 - 4, a, lk, 17, log=False)
        p.typed(x, top + rh / 2 + 16, b, lk, 17, log=False)
        p.log.append(text)

    def _typed_value(self, x, y, value, wrong_typed=None):
        p = self.p
        f = "serif" if self.lab_key == "serif" else "sans"
        if wrong_typed:
            x_end = p.typed(x, y, wrong_typed, f, 22, log=False)
            p.struck.append(wrong_typed)
            self.cur_hand.strike(p, x - 4, x_end + 4, y - 8, 30, "line")
            self.cur_hand.write(p, x_end + 26, y + 2, value, size=self.cur_hand.size * 0.9)
        else:
            p.typed(x, y, nb(value), f, 22)

    def pair(self, k1, l1, v1, k2, l2, v2, typed1=False, typed2=False, split=380):
        """Two fields on one line; falls back to two rows when a value would not fit."""
        st = self.d["style"]
        h = self.cur_hand
        p = self.p
        lk, ls = self.lab_key, self.lsize
        mid = X0 + split
        if st == "comb":
            self.field(k1, l1, v1, typed=typed1)
            self.field(k2, l2, v2, typed=typed2)
            return

        def vlen(k, v, tp):
            if v is None:
                return 0
            return p.typed_len(v, "sans", 22) if tp else h.length(self._val(k, v))

        sep = " :" if self.lang == "fr" else ":"
        if st in ("dotted", "underline", "twocol"):
            room2 = X1 - mid - p.typed_len(l2 + sep, lk, ls) - 40
            room1 = mid - 20 - X0 - p.typed_len(l1 + sep, lk, ls) - 40
        elif st == "boxes":
            room1, room2 = mid - 20 - X0 - 30, X1 - mid - 30
        else:  # grid
            room1 = mid - (X0 + 200) - 30
            room2 = X1 - (mid + 200) - 30
        if vlen(k1, v1, typed1) > room1 or vlen(k2, v2, typed2) > room2:
            self.field(k1, l1, v1, typed=typed1)
            self.field(k2, l2, v2, typed=typed2)
            return
        if st in ("dotted", "underline", "twocol"):
            self.need(58)
            p = self.p
            self.y += int(53 * self.c)
            y = self.y
            for (k, l, v, tp, xa, xb) in ((k1, l1, v1, typed1, X0, mid - 20), (k2, l2, v2, typed2, mid, X1)):
                lt = l + sep
                p.typed(xa, y, lt, lk, ls)
                lx = xa + p.typed_len(lt, lk, ls) + 10
                if st == "dotted":
                    p.dotted(lx, xb, y + 4)
                else:
                    p.line(lx, y + 5, xb, y + 5, width=1, fill=(70, 70, 70))
                if v is not None:
                    if tp:
                        self._typed_value(lx + 10, y - 4, v)
                    else:
                        self._write_value(k, lx, y, v, xb - lx)
        elif st == "boxes":
            self.need(int(92 * self.c))
            p = self.p
            self.y += 30
            top = self.y + 8
            bh = int(56 * self.c) + 4
            for (k, l, v, tp, xa, xb) in ((k1, l1, v1, typed1, X0, mid - 20), (k2, l2, v2, typed2, mid, X1)):
                p.typed(xa, self.y, l, lk, ls - 1, fill=(50, 50, 50))
                p.rect(xa, top, xb, top + bh, width=2, outline=(60, 60, 60))
                if v is not None:
                    if tp:
                        self._typed_value(xa + 14, top + int(bh * 0.72), v)
                    else:
                        self._write_value(k, xa + 4, top + int(bh * 0.8), v, xb - xa)
            self.y = top + bh
        else:  # grid: label | value | label | value
            rh = 56
            self.need(rh + 10)
            p = self.p
            if not self.grid_open:
                if getattr(self, "last", "") == "multi":
                    self.y += 16
                p.line(X0, self.y, X1, self.y, width=2)
                self.grid_open = True
            top = self.y
            for (k, l, v, tp, xa, xb) in ((k1, l1, v1, typed1, X0, mid), (k2, l2, v2, typed2, mid, X1)):
                cx = xa + 200 if xa != X0 else X0 + 200
                p.rect(xa, top, cx, top + rh, outline=(40, 40, 40), fill=(236, 236, 236), width=2)
                p.rect(cx, top, xb, top + rh, outline=(40, 40, 40), width=2)
                self.cell_label(xa + 10, top, rh, l, cx - xa - 18)
                if v is not None:
                    if tp:
                        self._typed_value(cx + 12, top + 38, v)
                    else:
                        self._write_value(k, cx, top + 41, v, xb - cx)
            self.y = top + rh

    def multiline(self, key, label, text, nlines, typed=False):
        st = self.d["style"]
        p = self.p
        lk, ls = self.lab_key, self.lsize
        h = self.cur_hand
        v = self._val(key, text)
        self.close_grid()
        lead = int(47 * self.c) + 3
        self.need(50 + nlines * lead)
        p = self.p
        self.y += int(44 * self.c)
        sep = "" if st in ("boxes", "comb") or label.endswith("?") else (" :" if self.lang == "fr" else ":")
        p.typed(X0, self.y, label + sep, lk, ls)
        top = self.y + 8
        if st == "boxes" or st == "grid":
            p.rect(X0, top, X1, top + nlines * lead + 16, width=2, outline=(60, 60, 60))
            ys = [top + 44 + i * lead for i in range(nlines)]
        else:
            ys = [top + 40 + i * lead for i in range(nlines)]
            for yy in ys:
                if st == "dotted" or st == "twocol":
                    p.dotted(X0, X1, yy + 4)
                else:
                    p.line(X0, yy + 5, X1, yy + 5, width=1, fill=(110, 110, 110))
        if typed:
            p.typed_wrap(X0 + 14, ys[0] - 4, text, X1 - X0 - 40, "serif" if lk == "serif" else "sans", 21,
                         lead=lead / 21.0)
        else:
            h.write_wrapped(p, X0 + 6, ys[0], v, X1 - X0 - 60, lines_y=[yy - self.rng.uniform(-2, 7) for yy in ys] +
                            [ys[-1] + lead * (i + 1) for i in range(4)])
        self.y = top + nlines * lead + 16
        self.last = "multi"

    def checkboxes(self, checked):
        p = self.p
        title, opts = LABELS[self.lang]["status"]
        self.close_grid()
        self.need(60)
        p = self.p
        self.y += 50
        x = p.typed(X0, self.y, title + (" :" if self.lang == "fr" else ":"), self.lab_key, self.lsize) + 20
        for o in opts:
            p.checkbox(x, self.y + 2, 22, checked=(o == checked), ink="blue" if self.h.ink[2] > 100 else "black",
                       rng=self.rng)
            x = p.typed(x + 32, self.y, o, self.lab_key, self.lsize - 2, log=False) + 26
        self.y += 24

    def budget_table(self, rows, line_style, amt_style, total, two_sided=None):
        """rows: list of (desc, amount).  two_sided: list of (label, amount) for income."""
        p = self.p
        h = self.cur_hand
        lang = self.lang
        hdr = LABELS[lang]["budget_hdr"][self.L % 3]
        lk = self.lab_key
        bold = {"sans": "sans-b", "serif": "serif-b", "narrow": "narrow-b", "mono": "sans-b"}[lk]
        rh = 54
        nrows = len(rows) + 2
        self.close_grid()
        self.need(rh * (nrows + 2) + 40)
        p = self.p
        self.y += 30
        if two_sided is None:
            xa, xm, xb = X0, X1 - 300, X1
            tables = [(xa, xm, xb, hdr, rows + [("", None)] * 2, total)]
        else:
            midx = X0 + (X1 - X0) // 2 + 10
            inc_hdr = ["Recettes", "Montant"] if lang == "fr" else ["Inkomsten", "Bedrag"]
            tables = [(X0, X0 + 330, midx - 20, hdr, rows + [("", None)], total),
                      (midx, midx + 290, X1, inc_hdr, two_sided + [("", None)] * max(0, len(rows) + 1 - len(two_sided)),
                       total)]
        y0 = self.y
        maxy = y0
        for (xa, xm, xb, hd, rr, tot) in tables:
            y = y0
            p.rect(xa, y, xb, y + rh, fill=(220, 220, 220), width=2)
            p.line(xm, y, xm, y + rh, width=2)
            p.typed(xa + 10, y + 36, hd[0], bold, 20)
            p.typed(xm + 10, y + 36, hd[1], bold, 20)
            y += rh
            small = (xb - xa) < 600
            for desc, amt in rr:
                p.rect(xa, y, xb, y + rh, width=1)
                p.line(xm, y, xm, y + rh, width=1)
                if desc:
                    sz = h.size * (0.78 if small else 0.9)
                    dv = self._val("b", desc)
                    while h.length(dv, sz) > xm - xa - 20 and sz > 16:
                        sz -= 1
                    h.write(p, xa + 8, y + rh - 14 - self.rng.uniform(0, 5), dv, size=sz)
                if amt is not None:
                    s = amt if isinstance(amt, str) else line_amount(amt, line_style)
                    sz = h.size * (0.82 if small else 0.9)
                    L = h.length(s, sz)
                    h.write(p, xb - L - 22, y + rh - 14 - self.rng.uniform(0, 5), s, size=sz)
                y += rh
            p.rect(xa, y, xb, y + rh, width=3)
            p.line(xm, y, xm, y + rh, width=2)
            p.typed(xa + 10, y + 36, LABELS[lang]["totalrow"], bold, 21)
            if tot is not None:
                s = fmt_amount(tot, amt_style)
                sz = h.size * (0.82 if small else 0.92)
                L = h.length(s, sz)
                h.write(p, xb - L - 18, y + rh - 13, s, size=sz)
            y += rh
            maxy = max(maxy, y)
        self.y = maxy + 10

    def signature_block(self, date, place=None, name=None, sign_hand=None, label_sign=None):
        p = self.p
        lang = self.lang
        h = sign_hand or self.cur_hand
        self.close_grid()
        self.need(int(175 * self.c))
        p = self.p
        self.y += int(62 * self.c)
        y = self.y
        sep = " :" if lang == "fr" else ":"
        dl = lab(lang, "date", self.L)
        x = p.typed(X0, y, dl + sep, self.lab_key, self.lsize)
        if self.d["style"] == "dotted":
            p.dotted(x + 8, x + 260, y + 4)
        elif self.d["style"] in ("underline", "twocol"):
            p.line(x + 8, y + 5, x + 260, y + 5, width=1)
        dtxt = (place + ", " if place else "") + date
        xe = h.write(p, x + 16, y - self.rng.uniform(0, 6), self._val("d", dtxt))
        sx = max(X0 + 560, int(xe) + 30)
        p.typed(sx, y, (label_sign or lab(lang, "sign", self.L)) + sep, self.lab_key, self.lsize)
        h.signature(p, sx + 40, y + 90, w=230, h=55, initials=(name or "X")[0])
        if name:
            h.write(p, sx + 30, y + 140, self._val("n", name), size=h.size * 0.85)
        self.y = y + int(150 * self.c)

    def place_stamp(self, x, y, kind="rect", color="stamp-blue"):
        r = self.r
        if kind == "rect":
            stamp(self.p, x, y, [r["org"].upper(), r["street"], r["pc"] + " " + r["village"].upper()],
                  color=color, kind="rect", rng=self.rng, scale=0.9)
        else:
            stamp(self.p, x, y, [], color=color, kind="round", rng=self.rng, scale=0.85,
                  ring_text=r["org"].upper() + " • " + r["village"].upper() + " •", center_text=[r["pc"]])


def build_form(rec, seed):
    r = rec
    d = r["design"]
    lang = r["lang"]
    L = d["L"]
    hands = [Hand(f, ink, size, seed=seed * 10 + i, mess=1.0) for i, (f, ink, size) in enumerate(r["hands"])]
    fb = FormBuilder(r, hands, seed)
    rng = fb.rng
    typed = fb.typed_keys
    fb.header()
    if lang == "nl":
        intro = ("Vul dit formulier in en bezorg het vóór 16 juni 2019 aan de Provincie West-Vlaanderen, "
                 "t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide of via e-mail.")
    else:
        intro = ("Dossier à retourner avant le 16 juin 2019, par courrier ou par courriel, au coordinateur "
                 "du projet Partons 2.0.")
    if L % 2 == 0 and not d.get("nointro"):
        fb.intro(intro)
    fb.section(0)
    fb.field("org", lab(lang, "org", L), r["org"], typed="org" in typed)
    if d.get("check"):
        if lang == "nl":
            chk = "vzw" if "vzw" in r["org"] else "feitelijke vereniging"
        else:
            chk = "association loi 1901"
        fb.checkboxes(chk)
    fb.field("contact", lab(lang, "contact", L), r["contact"], typed="contact" in typed)
    if r.get("role"):
        fb.field("role", lab(lang, "role", L), r["role"], typed="role" in typed)
    street_w = r.get("street_w") or r["street"]
    fb.field("street", lab(lang, "street", L), street_w, typed="street" in typed,
             wrong_typed=d.get("street_typed_wrong"))
    if d["pcc"] == "split":
        fb.pair("pc", lab(lang, "pc", L), r["pc"], "city", lab(lang, "city", L), r["village"],
                typed1="pc" in typed, typed2="city" in typed)
    else:
        fb.field("pccity", lab(lang, "pccity", L), r["pc"] + " " + r["village"], typed="pccity" in typed)
    if L % 2 == 1:
        fb.pair("phone", lab(lang, "phone", L), r["phone"], "email", lab(lang, "email", L), r["email"],
                typed1="phone" in typed, typed2="email" in typed, split=460)
    else:
        fb.field("phone", lab(lang, "phone", L), r["phone"], typed="phone" in typed)
        fb.field("email", lab(lang, "email", L), r["email"], typed="email" in typed)
    if r.get("chair"):
        name, ph = r["chair"]
        if ph:
            fb.pair("chair", lab(lang, "chair", L), name, "chairphone", lab(lang, "chairphone", L), ph, split=520)
        else:
            fb.field("chair", lab(lang, "chair", L), name)
    for k, v in d.get("extra", []):
        fb.field(k, LABELS[lang][k], v)
    fb.section(1)
    fb.field("title", lab(lang, "title", L), r.get("title_w") or r["title"], typed="title" in typed)
    fb.multiline("desc", lab(lang, "desc", L), r["desc"], 4 if len(r["desc"]) > 150 else 3, typed="desc" in typed)
    if r.get("partners"):
        fb.multiline("partners", lab(lang, "partners", L), r["partners"], 1 if d["budget"] == "summary" else 2,
                     typed="partners" in typed)

    amt = r["amt"]
    req_txt = r.get("req_w") or fmt_amount(r["req"], amt)
    tot_txt = r.get("total_w") or (fmt_amount(r["total"], amt) if r["total"] is not None else None)
    own_txt = fmt_amount(r["own"], amt) if r.get("own") is not None else None
    others = [(n, fmt_amount(v, amt)) for n, v in r.get("other", [])]
    mixed = r["fmt"] == "scan_mixed"
    b = d["budget"]

    def summary_fields():
        fb.pair("total", lab(lang, "total", L), tot_txt, "own", lab(lang, "own", L), own_txt, split=520)
        for n, v in others:
            fb.field("other", n, v)
        fb.field("req", lab(lang, "req", L), req_txt)

    if b == "none":
        fb.section(2)
        fb.field("req", lab(lang, "req", L), req_txt)
        fb.field("total", lab(lang, "total", L), None)
        fb.field("own", lab(lang, "own", L), None)
    elif b == "summary":
        fb.section(2)
        summary_fields()
    else:
        if b in ("table-p2", "recettes-p2"):
            # short summary on page 1, details on page 2
            fb.pair("req", lab(lang, "req", L), req_txt, "total", lab(lang, "total", L), tot_txt, split=520)
            fb.close_grid()
            fb.new_page()
            if len(hands) > 1 and r.get("treasurer"):
                fb.use_hand(1)
        fb.section(2, room=54 * (len(r["budget"]) + 5) + 120)
        if b == "recettes-p2":
            inc = [("Partons 2.0" if lang == "fr" else "Projectenoproep", fmt_amount(r["req"], amt).replace(
                NBSP + "€", "").replace(NBSP + "EUR", ""))]
            inc = [("Partons 2.0 (sollicité)" if lang == "fr" else "Projectenoproep (gevraagd)",
                    line_amount(r["req"], r["line_amt"]))]
            inc.append((lab(lang, "own", L), line_amount(r["own"], r["line_amt"])))
            for n, v in r.get("other", []):
                inc.append((n, line_amount(v, r["line_amt"])))
            fb.budget_table(r["budget"], r["line_amt"], amt, r["total"], two_sided=inc)
        else:
            fb.budget_table(r["budget"], r["line_amt"], amt, r["total"])
        fb.field("own", lab(lang, "own", L), own_txt)
        for n, v in others:
            fb.field("other", n, v)
        fb.field("req", lab(lang, "req", L), req_txt)
    if not d.get("compact"):
        fb.section(3, room=int(250 * fb.c))
    place = r["village"] if (lang == "fr" and L % 2 == 1) else None
    if r.get("treasurer") and len(hands) > 1:
        fb.signature_block(r["doc_date"], place, r["treasurer"], sign_hand=hands[1],
                           label_sign=LABELS[lang]["treasurer"])
    elif r.get("chair") and len(hands) > 1:
        fb.use_hand(0)
        fb.signature_block(r["doc_date"], place, r["chair"][0], sign_hand=hands[1],
                           label_sign="Signature du président" if lang == "fr" else "Handtekening voorzitter")
    else:
        fb.signature_block(r["doc_date"], place, r["contact"])
    if rng.random() < 0.6 or mixed:
        fb.place_stamp(X0 + 720 + rng.uniform(-40, 60), fb.y - 60 + rng.uniform(-30, 20), kind="round" if rng.random() < 0.5 else "rect",
                       color=rng.choice(["stamp-blue", "stamp-violet", "stamp-red"]))
    return fb.finish()


# ---------------------------------------------------------------- typed letters
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]


def _fill(text, r):
    amt = r["amt"]
    vals = dict(title=r["title"], contact=r["contact"], phone=r["phone"] or "", email=r["email"] or "",
                req=fmt_amount(r["req"], amt),
                total=fmt_amount(r["total"], amt) if r.get("total") is not None else "",
                own=fmt_amount(r["own"], amt) if r.get("own") is not None else "",
                other0=fmt_amount(r["other"][0][1], amt) if r.get("other") else "")
    return text.format(**vals)


def build_letter(rec, seed):
    r = rec
    lt = r["letter"]
    lang = r["lang"]
    rng = random.Random(seed)
    hands = [Hand(f, ink, size, seed=seed * 10 + i) for i, (f, ink, size) in enumerate(r["hands"])]
    fk = lt["font"]
    bold = fk + "-b"
    p = Page()
    pages = [p]
    y = 110
    if lt.get("fax_header"):
        p.typed(60, 40, lt["fax_header"], "mono", 18)
    org_lines = [r["street"], r["pc"] + " " + r["village"]]
    head = lt["head"]
    if head == "centered":
        p.typed(W / 2, 120, r["org"], bold, 36, anchor="ms")
        p.typed(W / 2, 160, " – ".join(org_lines + ([r["email"]] if r.get("email") and r["email"].split("@")[0] in
                                                       r["org"].lower().replace(" ", ".") else [])),
                fk, 19, anchor="ms", fill=(60, 60, 60))
        if lt.get("extra"):
            p.typed(W / 2, 186, lt["extra"], fk, 17, anchor="ms", fill=(90, 90, 90))
        p.line(X0, 205, X1, 205, width=2, fill=(80, 80, 80))
        y = 280
    elif head == "right":
        yy = 110
        p.typed(X1, yy, r["org"], bold, 28, anchor="rs")
        for t in org_lines:
            yy += 30
            p.typed(X1, yy, t, fk, 20, anchor="rs")
        y = yy + 70
    else:  # left / fr-left
        # little emblem
        p.d.ellipse([X0, 70, X0 + 70, 140], outline=(30, 60, 120), width=4)
        p.typed(X0 + 35, 117, "".join(w[0] for w in r["org"].replace("'", " ").split()[:3]).upper(), "sans-b",
                22, anchor="ms", fill=(30, 60, 120), log=False)
        p.typed(X0 + 90, 105, r["org"], bold, 27)
        yy = 105
        for t in org_lines:
            yy += 27
            p.typed(X0 + 90, yy, t, fk, 19)
        if lt.get("extra"):
            yy += 25
            p.typed(X0 + 90, yy, lt["extra"], fk, 16, fill=(90, 90, 90))
        y = yy + 60
    # recipient
    if lang == "nl":
        rcp = ["Provincie West-Vlaanderen", "t.a.v. de heer Jonas Polin", "Woumenweg 100", "8600 Diksmuide"]
        rx = X0 if head != "right" else X0
    else:
        rcp = ["Province de Flandre-Occidentale", "À l’attention de M. Jonas Polin", "Woumenweg 100",
               "8600 Diksmuide (Belgique)"]
        rx = X0 + 560
    for t in rcp:
        p.typed(rx, y, t, fk, 21)
        y += 29
    y += 40
    if lang == "nl":
        dl = r["village"] + ", " + r["doc_date"]
        p.typed(X1 if head != "left" else X0, y, dl, fk, 21, anchor="rs" if head != "left" else "ls")
    else:
        p.typed(X1, y, r["village"] + ", le " + r["doc_date"], fk, 21, anchor="rs")
    y += 60
    subj = _fill(lt["subject"], r)
    pre = "Betreft: " if lang == "nl" else "Objet : "
    y = p.typed_wrap(X0, y, pre + subj, X1 - X0, bold, 21) + 25
    for para in lt["paras"]:
        t = _fill(para, r)
        y = p.typed_wrap(X0, y, t, X1 - X0, fk, 21, lead=1.42, justify=(fk == "serif")) + 16
    if lt.get("margin_note"):
        hands[0].write(p, X1 - 330, y - 10, lt["margin_note"], size=hands[0].size * 0.85)
        p.d.line([(X1 - 340, y - 18), (X1 - 400, y - 40)], fill=hands[0].ink, width=3)
    y += 20
    cx0 = X0 if lang == "nl" else X0 + 480
    y = p.typed_wrap(cx0, y, lt["close"], X1 - cx0, fk, 21, lead=1.35) + 4
    signers = lt["signers"]
    for i, (name, role) in enumerate(signers):
        sx = (X0 if lang == "nl" else X0 + 480) + i * 470
        hh = hands[i % len(hands)]
        hh.signature(p, sx + 10, y + 95, w=240, h=58, initials=name[0])
        p.typed(sx, y + 145, name, fk, 21)
        if role:
            p.typed(sx, y + 173, role, fk, 19, fill=(60, 60, 60))
    if lt.get("stamp"):
        sx = X0 + 300 if lang == "nl" else X0 + 250
        if len(signers) > 1:
            sx = X0 + 800
        if lt["stamp"] == "rect":
            stamp(p, sx + 120, y + 90, [r["org"].upper(), r["street"], r["pc"] + " " + r["village"].upper()],
                  color="stamp-violet", kind="rect", rng=rng, scale=0.85)
        else:
            stamp(p, sx + 60, y + 85, [], color="stamp-blue", kind="round", rng=rng, scale=0.8,
                  ring_text=r["org"].upper() + " • " + r["village"].upper() + " •", center_text=[r["pc"]])
    if lt.get("budget_page"):
        q = Page()
        pages.append(q)
        yy = 140
        q.typed(X0, yy, ("Bijlage – begroting: " if lang == "nl" else "Annexe – budget prévisionnel : ") + r["title"],
                bold, 24)
        yy += 60
        cols = (X0, X1 - 320, X1)
        q.rect(cols[0], yy, cols[2], yy + 46, fill=(225, 225, 225), width=2)
        q.typed(cols[0] + 12, yy + 31, "Kostenpost" if lang == "nl" else "Dépenses", bold, 20)
        q.typed(cols[2] - 12, yy + 31, "Bedrag" if lang == "nl" else "Montant", bold, 20, anchor="rs")
        yy += 46
        for desc, v in r["budget"]:
            q.rect(cols[0], yy, cols[2], yy + 44, width=1)
            q.line(cols[1], yy, cols[1], yy + 44, width=1)
            q.typed(cols[0] + 12, yy + 30, desc, fk, 20)
            q.typed(cols[2] - 12, yy + 30, nb(fmt_amount(v, r["amt"])), fk, 20, anchor="rs")
            yy += 44
        q.rect(cols[0], yy, cols[2], yy + 48, width=3)
        q.typed(cols[0] + 12, yy + 33, "Totaal" if lang == "nl" else "Total", bold, 21)
        q.typed(cols[2] - 12, yy + 33, nb(fmt_amount(r["total"], r["amt"])), bold, 21, anchor="rs")
        yy += 100
        fin = [("Eigen inbreng" if lang == "nl" else "Autofinancement", r["own"])]
        for n, v in r.get("other", []):
            fin.append((n, v))
        fin.append(("Gevraagd aan de projectenoproep" if lang == "nl" else "Montant sollicité (Partons 2.0)", r["req"]))
        for n, v in fin:
            q.typed(cols[0] + 12, yy, n, fk, 21)
            q.typed(cols[2] - 12, yy, nb(fmt_amount(v, r["amt"])), fk, 21, anchor="rs")
            yy += 40
        hands[0].signature(q, X0 + 600, yy + 120, w=200, h=50, initials=signers[0][0][0])
        q.typed(X1 - 12, H - 60, "2/2", fk, 17, anchor="rs", log=False)
    return pages


# ---------------------------------------------------------------- handwritten letters
def lined_paper(kind):
    if kind == "lined":
        p = Page(paper=(250, 250, 245))
        step = 47
        for yy in range(170, H - 60, step):
            p.line(0, yy, W, yy, fill=(165, 190, 222), width=2)
        p.line(150, 0, 150, H, fill=(225, 120, 130), width=2)
        p.line(156, 0, 156, H, fill=(225, 120, 130), width=1)
        # spiral-notebook perforation on the left
        for yy in range(60, H - 30, 56):
            p.d.ellipse([26, yy, 48, yy + 22], fill=(215, 215, 210))
        return p, 170, step, 185
    else:  # seyes
        p = Page(paper=(252, 251, 247))
        step = 47
        sub = step / 4
        for i in range(0, int((H - 120) / sub)):
            yy = 120 + i * sub
            if i % 4 == 0:
                p.line(0, yy, W, yy, fill=(150, 150, 205), width=2)
            else:
                p.line(0, yy, W, yy, fill=(208, 208, 232), width=1)
        for xx in range(235, W, step):
            p.line(xx, 120, xx, H - 40, fill=(208, 208, 232), width=1)
        p.line(200, 0, 200, H, fill=(225, 110, 130), width=2)
        return p, 120 + 4 * 4 * sub, step, 215


def build_handletter(rec, seed):
    r = rec
    hl = r["hletter"]
    rng = random.Random(seed)
    f, ink, size = r["hands"][0]
    h = Hand(f, ink, size, seed=seed * 10, mess=1.25, slope=-0.006)
    p, y0, step, xl = lined_paper(hl["paper"])
    pages = [p]
    ln = 0  # index of current ruled line
    y = y0
    maxx = W - 70
    for raw in hl["lines"]:
        if raw == "<PAGE>":
            p, y0, step, xl = lined_paper(hl["paper"])
            pages.append(p)
            y = y0
            continue
        if raw == "":
            y += step
            continue
        if raw == "{sign}":
            h.signature(p, xl + 520, y + step * 0.6, w=230, h=60, initials=r["contact"][0])
            y += step * 2
            continue
        text = _fill(raw, r)
        right = text.startswith(r["village"] + ",") or text.startswith(r["village"] + ", le")
        is_para = len(text) > 70
        x = xl + (60 if is_para else 0) + rng.uniform(-6, 10)
        if right:
            x = W - 120 - h.length(text)
        # wrap manually so the log holds the whole paragraph
        words = text.split(" ")
        line = ""
        first = True
        for w in words:
            t = (line + " " + w).strip()
            if h.length(t) > (maxx - x) and line:
                h.write(p, x, y - rng.uniform(0, 6), line, log=False)
                y += step
                x = xl + rng.uniform(-4, 8)
                line = w
                if y > H - 100:
                    p, y0, step, xl = lined_paper(hl["paper"])
                    pages.append(p)
                    y = y0
            else:
                line = t
        if line:
            h.write(p, x, y - rng.uniform(0, 6), line, log=False)
        p.log.append(nb(text))
        y += step
    return pages


def build(rec, seed):
    if rec["fmt"] in ("scan_form", "photo_form", "scan_mixed"):
        return build_form(rec, seed)
    if rec["fmt"] == "scan_letter":
        return build_letter(rec, seed)
    return build_handletter(rec, seed)
