#!/usr/bin/env python3
"""Deterministic generator for independent corpus 12.

40 application e-mails for the "Maak werk van je buurt!" call (Westhoek / Nord):
each carries the application only as an image (image-only scan PDF or phone photo)
of a hand-filled printed form or a handwritten letter.

Usage:  python gen/build.py            (writes dev/, test/, gen/drawn_*.jsonl)
Needs:  Pillow, numpy, fontTools (fonts in gen/fonts/, Debian fonts-dejavu-core + fonts-liberation2)
"""
import hashlib
import io
import json
import math
import os
import random
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SEED = 20190616
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FONTDIR = os.path.join(HERE, "fonts")

# ----------------------------------------------------------------------------
# fonts
# ----------------------------------------------------------------------------
SYS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "lib": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "libb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "condb": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
}

# name, file, size factor (relative x-height correction)
HANDS = [
    ("Gloria Hallelujah", "gloria-hallelujah.ttf", 0.92),
    ("Homemade Apple", "homemade-apple.ttf", 0.86),
    ("La Belle Aurore", "la-belle-aurore.ttf", 1.22),
    ("Mynerve", "mynerve.ttf", 1.0),
    ("Sue Ellen Francisco", "sue-ellen-francisco.ttf", 1.25),
    ("Waiting for the Sunrise", "waiting-for-the-sunrise.ttf", 1.12),
    ("Grape Nuts", "grape-nuts.ttf", 1.05),
    ("Dawning of a New Day", "dawning-of-a-new-day.ttf", 1.35),
]

_fcache = {}


def font(path, px):
    px = max(6, int(round(px)))
    key = (path, px)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(path, px)
    return _fcache[key]


_cmaps = {}


def hand_has(fname, text):
    if fname not in _cmaps:
        from fontTools.ttLib import TTFont
        _cmaps[fname] = set(TTFont(os.path.join(FONTDIR, fname)).getBestCmap())
    return all(ord(c) in _cmaps[fname] or c in " \u00a0" for c in text)


# ----------------------------------------------------------------------------
# page + drawing helpers
# ----------------------------------------------------------------------------
class Page:
    def __init__(self, dpi, paper=(250, 250, 246)):
        self.dpi = dpi
        self.W = int(210 / 25.4 * dpi)
        self.H = int(297 / 25.4 * dpi)
        self.img = Image.new("RGB", (self.W, self.H), paper)
        self.d = ImageDraw.Draw(self.img)
        self.log = []  # every handwritten string, as drawn

    def px(self, mm):
        return mm * self.dpi / 25.4

    def pt(self, pt):  # font points -> px
        return pt * self.dpi / 72.0

    # printed
    def ptext(self, xmm, ymm, s, size=9, f="sans", fill=(20, 20, 20), anchor="la"):
        self.d.text((self.px(xmm), self.px(ymm)), s, font=font(SYS[f], self.pt(size)), fill=fill, anchor=anchor)

    def plen(self, s, size=9, f="sans"):
        return font(SYS[f], self.pt(size)).getlength(s) * 25.4 / self.dpi

    def rect(self, x, y, w, h, width=0.3, fill=None, outline=(30, 30, 30)):
        self.d.rectangle([self.px(x), self.px(y), self.px(x + w), self.px(y + h)], fill=fill,
                         outline=outline, width=max(1, int(self.px(width))))

    def line(self, x1, y1, x2, y2, width=0.25, fill=(30, 30, 30)):
        self.d.line([self.px(x1), self.px(y1), self.px(x2), self.px(y2)], fill=fill, width=max(1, int(self.px(width))))

    def dotted(self, x1, x2, y, fill=(90, 90, 90)):
        step = self.px(1.2)
        x = self.px(x1)
        r = max(1, int(self.px(0.15)))
        while x < self.px(x2):
            yy = self.px(y)
            self.d.ellipse([x - r, yy - r, x + r, yy + r], fill=fill)
            x += step

    def checkbox(self, x, y, size=3.2):
        self.rect(x, y, size, size, width=0.25)


class Writer:
    """Draws handwriting word by word: per-word size + rotation jitter, wobbly baseline."""

    def __init__(self, page, hand, rng, ink, caps=False):
        self.p = page
        self.name, self.file, self.factor = hand
        self.path = os.path.join(FONTDIR, self.file)
        self.rng = rng
        self.ink = ink
        self.caps = caps
        self.phase = rng.uniform(0, 6.28)
        self.wob = rng.uniform(0.04, 0.10)

    def prep(self, s, keep_case=False):
        return s.upper() if (self.caps and not keep_case) else s

    def width(self, s, size_mm):
        f = font(self.path, self.p.px(size_mm) * self.factor)
        return f.getlength(s) * 25.4 / self.p.dpi

    def write(self, xmm, ymm, s, size_mm=5.0, keep_case=False, maxw=None, log=True):
        """Write s with baseline at ymm; returns end x in mm. size_mm ~ cap height-ish."""
        s = self.prep(s, keep_case)
        assert hand_has(self.file, s), (self.file, s)
        if maxw is not None:
            w = self.width(s, size_mm) * 1.08
            if w > maxw:
                size_mm *= maxw / w
        if log:
            self.p.log.append(s)
        rng = self.rng
        p = self.p
        x = p.px(xmm)
        y0 = p.px(ymm)
        slope = rng.uniform(-0.012, 0.012)
        base_px = p.px(size_mm) * self.factor
        x_start = x
        for wi, word in enumerate(s.split(" ")):
            if word == "":
                x += font(self.path, base_px).getlength(" ") * 0.6
                continue
            fs = base_px * rng.uniform(0.93, 1.07)
            f = font(self.path, fs)
            asc, desc = f.getmetrics()
            pad = int(fs * 0.3) + 2
            wlen = f.getlength(word)
            mw = int(wlen + 2 * pad)
            mh = int(asc + desc + 2 * pad)
            m = Image.new("L", (mw, mh), 0)
            ImageDraw.Draw(m).text((pad, pad + asc), word, font=f, fill=255, anchor="ls")
            ang = rng.uniform(-2.6, 2.6)
            m2 = m.rotate(ang, resample=Image.BICUBIC, expand=True)
            # keep the baseline anchor roughly where it was
            dx = (m2.size[0] - mw) / 2
            dy = (m2.size[1] - mh) / 2
            opacity = rng.uniform(0.78, 0.97)
            m2 = m2.point(lambda v, o=opacity: int(v * o))
            wob = math.sin((x - x_start) / p.px(38) + self.phase) * base_px * self.wob
            yy = y0 + (x - x_start) * slope + wob + rng.gauss(0, base_px * 0.035)
            px0 = int(x - pad - dx)
            py0 = int(yy - pad - asc - dy)
            ink = tuple(max(0, min(255, c + rng.randint(-12, 12))) for c in self.ink)
            p.img.paste(Image.new("RGB", m2.size, ink), (px0, py0), m2)
            x += wlen + f.getlength(" ") * rng.uniform(0.85, 1.35)
        return (x - f.getlength(" ")) * 25.4 / p.dpi

    def cross(self, xmm, ymm, size=3.2):
        p = self.p
        r = self.rng
        w = max(2, int(p.px(0.45)))
        a = [p.px(xmm + r.uniform(-0.4, 0.6)), p.px(ymm + r.uniform(-0.4, 0.6))]
        b = [p.px(xmm + size + r.uniform(-0.3, 0.8)), p.px(ymm + size + r.uniform(-0.3, 0.8))]
        p.d.line(a + b, fill=self.ink, width=w)
        p.d.line([a[0] + r.uniform(-2, 2), b[1], b[0], a[1]], fill=self.ink, width=w)

    def signature(self, xmm, ymm, name, size_mm=8):
        """A scribbled signature (not logged as data)."""
        p = self.p
        r = self.rng
        parts = name.split()
        sig = parts[0][0] + ". " + parts[-1] if r.random() < 0.6 else parts[-1]
        f = font(self.path, p.px(size_mm) * self.factor)
        asc, desc = f.getmetrics()
        m = Image.new("L", (int(f.getlength(sig) + 40), asc + desc + 40), 0)
        ImageDraw.Draw(m).text((20, 20 + asc), sig, font=f, fill=255, anchor="ls")
        m = m.transform(m.size, Image.AFFINE, (1, 0.35, -20, 0, 1, 0), resample=Image.BICUBIC)
        m = m.rotate(r.uniform(4, 10), resample=Image.BICUBIC, expand=True)
        p.img.paste(Image.new("RGB", m.size, self.ink), (int(p.px(xmm)), int(p.px(ymm) - asc - 20)), m)
        # underline flourish
        pts = []
        x0 = p.px(xmm) + 10
        L = m.size[0] * r.uniform(0.7, 1.0)
        for i in range(30):
            t = i / 29
            pts.append((x0 + t * L, p.px(ymm) + p.px(2) + math.sin(t * 6 + r.random()) * p.px(1.2) - t * p.px(2)))
        p.d.line(pts, fill=self.ink, width=max(2, int(p.px(0.35))))


# ----------------------------------------------------------------------------
# data pools (invented people; real villages/postcodes of the Westhoek and the Nord)
# ----------------------------------------------------------------------------
NL_PLACES = [("Woumen", "8600"), ("Esen", "8600"), ("Vladslo", "8600"), ("Oostkerke", "8600"),
             ("Lampernisse", "8600"), ("Reninge", "8647"), ("Noordschote", "8647"), ("Pollinkhove", "8647"),
             ("Alveringem", "8690"), ("Hoogstade", "8690"), ("Stavele", "8691"), ("Izenberge", "8691"),
             ("Beveren-aan-de-IJzer", "8691"), ("Proven", "8972"), ("Krombeke", "8972"), ("Watou", "8978"),
             ("Reningelst", "8970"), ("Westvleteren", "8640"), ("Woesten", "8640"), ("Kemmel", "8956"),
             ("Dranouter", "8951"), ("Loker", "8958"), ("Westouter", "8954"), ("Wijtschate", "8953"),
             ("Zillebeke", "8902"), ("Boezinge", "8904"), ("Elverdinge", "8906"), ("Vlamertinge", "8908"),
             ("Merkem", "8650"), ("Klerken", "8650"), ("Bikschote", "8920"), ("Poelkapelle", "8920"),
             ("Passendale", "8980"), ("Beselare", "8980"), ("Houtem", "8630"), ("Bulskamp", "8630"),
             ("Handzame", "8610"), ("Zarren", "8610")]
FR_PLACES = [("Bailleul", "59270"), ("Méteren", "59270"), ("Flêtre", "59270"), ("Steenvoorde", "59114"),
             ("Godewaersvelde", "59114"), ("Eecke", "59114"), ("Boeschèpe", "59299"), ("Hondschoote", "59122"),
             ("Killem", "59122"), ("Rexpoëde", "59122"), ("Oost-Cappel", "59122"), ("Wormhout", "59470"),
             ("Esquelbecq", "59470"), ("Herzeele", "59470"), ("Houtkerque", "59470"), ("Bambecque", "59470"),
             ("Zegerscappel", "59470"), ("Bergues", "59380"), ("Cassel", "59670"), ("Winnezeele", "59670"),
             ("Caëstre", "59190"), ("Hondeghem", "59190"), ("Steenwerck", "59181"), ("Nieppe", "59850"),
             ("Arnèke", "59285")]
NL_FIRST = ["Jan", "Els", "Pieter", "Katrien", "Wouter", "Lies", "Bart", "Griet", "Stijn", "Annelies", "Koen",
            "Sofie", "Dirk", "Marijke", "Joris", "Hilde", "Thijs", "Ine", "Ward", "Fien", "Lieven", "Nele"]
NL_LAST = ["Vandenbroucke", "Decoene", "Vanhee", "Lefever", "Deschrijver", "Verhaeghe", "Vandamme", "Cappelle",
           "Debaene", "Ghesquière", "Lermytte", "Vanneste", "Dewulf", "Haesebrouck", "Boone", "Vermeersch",
           "Lobbestael", "Dequidt", "Vanhaverbeke", "Roelens", "Van Eecke", "Degroote"]
FR_FIRST = ["Marie", "Jean-Pierre", "Sophie", "Thierry", "Hélène", "Benoît", "Céline", "François", "Élodie",
            "Gérard", "Nathalie", "Jérôme", "Aurélie", "Luc", "Brigitte", "Mathieu", "Chloé", "Pascal", "Amélie",
            "Régis", "Maïté", "Noël"]
FR_LAST = ["Delattre", "Vanderheyde", "Lefebvre", "Decool", "Vandaele", "Hennebelle", "Dewaele", "Coppin", "Devos",
           "Ryckebusch", "Bollengier", "Vercoutre", "Deswarte", "Lebrun", "Caudron", "Degrave", "Declercq",
           "Merlen", "Vanpeperstraete", "Top", "Dehondt", "Lefranc"]
NL_STREETS = ["Kerkstraat", "Molenstraat", "Dorpsplein", "Stationsstraat", "Veurnestraat", "Ieperstraat",
              "Hoogstraat", "Pastorijstraat", "Schoolstraat", "Sint-Jansstraat", "Zuidstraat", "Kapelstraat",
              "Beekstraat", "Lindenlaan", "Hoprankstraat", "Vijverstraat", "Brugstraat", "Meersstraat"]
FR_STREETS = ["rue de la Gare", "rue de l'Église", "place du Général de Gaulle", "rue du Moulin", "route de Bergues",
              "chemin des Prés", "impasse des Tilleuls", "rue Nationale", "rue d'Ypres", "rue des Écoles",
              "rue du Château", "allée des Peupliers", "rue de Cassel", "place de la Mairie"]
NL_ORGS = ["Dorpsraad {v}", "Oudercomité GBS {v}", "Chiro {v}", "KLJ {v}", "Feestcomité {v}",
           "vzw Dorpshuis {v}", "Landelijke Gilde {v}", "Gemeentebestuur {g}", "Gezinsbond {v}",
           "Buurtcomité De Molenwijk", "Jeugdhuis De Kelder", "Oudercomité VBS De Klimop", "Okra {v}",
           "Tuinhiers {v}"]
FR_ORGS = ["Comité des fêtes de {v}", "Association des parents d'élèves de l'école Saint-Joseph",
           "Foyer rural de {v}", "Mairie de {v}", "Club des aînés de {v}", "Les Jardiniers de {v}",
           "Association Vivre à {v}", "Amicale laïque de {v}", "APE de l'école du Moulin",
           "Comité de quartier du Moulin", "Jeunesse de {v}", "Les Amis du patrimoine de {v}"]
GEMEENTE = {"8600": "Diksmuide", "8647": "Lo-Reninge", "8690": "Alveringem", "8691": "Alveringem",
            "8972": "Poperinge", "8978": "Poperinge", "8970": "Poperinge", "8640": "Vleteren",
            "8956": "Heuvelland", "8951": "Heuvelland", "8958": "Heuvelland", "8954": "Heuvelland",
            "8953": "Heuvelland", "8902": "Ieper", "8904": "Ieper", "8906": "Ieper", "8908": "Ieper",
            "8650": "Houthulst", "8920": "Langemark-Poelkapelle", "8980": "Zonnebeke", "8630": "Veurne",
            "8610": "Kortemark"}
NL_TITLES = ["Dorpsmoestuin aan de pastorij", "Buurtbank en speelhoek", "Boerenmarkt op het dorpsplein",
             "Vervoer voor minder mobiele dorpsgenoten", "Straatmeesters in de Molenwijk",
             "Ontmoetingsplek in het oude station", "Speelbos achter de school", "Repair café Het Hoekje",
             "Groene speelplaats", "Buurtfeest en bevraging: wat mist ons dorp?", "Boekenruilkast en zitbanken",
             "Dorpscafé in de oude pastorij", "Samen tuinieren in de kloostertuin", "Trage wegen opnieuw open",
             "Picknickweide aan de IJzer", "Deelfietsen voor het dorp", "Buurtkeuken in het parochiezaaltje",
             "Een hoogstamboomgaard voor iedereen", "Kunst in de dorpskern", "Oud-Vlaamse spelen op het plein",
             "Wandelroute langs de hopvelden", "Zomerbar bij de kerk"]
FR_TITLES = ["Jardin partagé du presbytère", "Un café associatif au village", "Marché de producteurs locaux",
             "Navette solidaire pour les aînés", "Boîte à livres et bancs", "Fête des voisins et enquête",
             "Verger communal", "Aire de jeux nature", "Référents de rue", "Atelier de réparation solidaire",
             "Coin lecture à l'ancienne gare", "Potager pédagogique de l'école", "Sentiers de randonnée balisés",
             "Épicerie solidaire du bourg", "Fresque participative sur le mur de la salle", "Ruches au jardin public",
             "Estaminet éphémère", "Jeux flamands sur la place", "Composteur collectif du quartier",
             "Mobilier urbain en palettes", "Fête de la moisson"]
NL_DESC = ["Samen met de buurtbewoners willen we een plek maken waar jong en oud elkaar ontmoeten.",
           "We werken met vrijwilligers uit het dorp en de school; de gemeente stelt de grond ter beschikking.",
           "Het geld gaat naar materiaal, een begeleider en een startdag voor alle inwoners.",
           "Na een bevraging bij 120 gezinnen bleek dat dit het meest gemist wordt in ons dorp."]
FR_DESC = ["Avec les habitants du quartier nous voulons créer un lieu de rencontre pour tous les âges.",
           "Le projet est porté par des bénévoles, l'école et la mairie qui prête le terrain.",
           "La subvention servira à l'achat de matériel, à un animateur et à une fête de lancement.",
           "Une enquête auprès de 90 familles a montré que c'est ce qui manque le plus au village."]


# ----------------------------------------------------------------------------
# value formatting (raw as written) + normalisation (truth)
# ----------------------------------------------------------------------------
def grp(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def fmt_amount(v, lang, style):
    """v is integer euros or float with cents; style index picks a way of writing."""
    cents = int(round(v * 100)) % 100
    e = int(v)
    c2 = f"{cents:02d}"
    nl = [lambda: f"€ {grp(e, '.')}" + (f",{c2}" if cents else ""),
          lambda: f"{e} euro",
          lambda: f"{grp(e, '.')},{c2} EUR",
          lambda: f"€{grp(e, '.')},-",
          lambda: f"{grp(e, '.')} €",
          lambda: f"{e},00 euro",
          lambda: f"EUR {grp(e, '.')}"]
    fr = [lambda: f"{grp(e, ' ')} €",
          lambda: f"{e} euros",
          lambda: f"{grp(e, ' ')},{c2} €",
          lambda: f"€ {grp(e, '.')}",
          lambda: f"{grp(e, '.')},{c2} EUR",
          lambda: f"{e} €",
          lambda: f"{grp(e, ' ')} euros"]
    if cents:  # styles that cannot show cents are not used for amounts with cents
        nl = [nl[0], nl[2]]
        fr = [fr[2], fr[4]]
    tab = nl if lang == "nl" else fr
    return tab[style % len(tab)]()


def fmt_amount_bare(v, lang, style):
    """Number only (printed form has the € sign)."""
    e = int(v)
    opts = [grp(e, "."), str(e), f"{grp(e, '.')},00", f"{e},-"] if lang == "nl" else \
        [grp(e, " "), str(e), f"{grp(e, ' ')},00", f"{grp(e, '.')},00"]
    return opts[style % len(opts)]


def gen_phone(rng, lang):
    if lang == "nl":
        if rng.random() < 0.55:
            d = "04" + rng.choice("789") + str(rng.randint(0, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        else:
            d = rng.choice(["057", "058", "051"]) + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(5))
        return d, "+32" + d[1:]
    if rng.random() < 0.5:
        d = rng.choice(["06", "07"]) + str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    else:
        d = "0328" + str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(5))
    return d, "+33" + d[1:]


def fmt_phone(d, lang, style):
    if lang == "nl":
        if d.startswith("04"):
            a, b = d[:4], d[4:]
            opts = [f"{a}/{b[:2]}.{b[2:4]}.{b[4:]}", f"{a} {b[:2]} {b[2:4]} {b[4:]}",
                    f"+32 {a[1:]} {b[:2]} {b[2:4]} {b[4:]}", f"{a}-{b}", f"0032 {a[1:]} {b}"]
        else:
            a, b = d[:3], d[3:]
            opts = [f"{a} {b[:2]} {b[2:4]} {b[4:]}", f"{a}/{b[:2]}.{b[2:4]}.{b[4:]}",
                    f"+32 {a[1:]} {b[:2]} {b[2:4]} {b[4:]}", f"{a}/{b}", f"+32 (0){a[1:]} {b}"]
    else:
        pr = [d[i:i + 2] for i in range(0, 10, 2)]
        opts = [".".join(pr), " ".join(pr), "+33 (0)" + d[1] + " " + " ".join(pr[1:]),
                "+33 " + d[1] + " " + " ".join(pr[1:]), "".join(pr)]
    return opts[style % len(opts)]


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s):
    s = ascii_fold(s).lower().replace("'", "").replace("’", "")
    out = "".join(c if c.isalnum() else "." for c in s)
    while ".." in out:
        out = out.replace("..", ".")
    return out.strip(".")


# ----------------------------------------------------------------------------
# building the records
# ----------------------------------------------------------------------------
def make_records(rng, half, used):
    """20 records with identical make-up per half."""
    plan = []
    for fmt in ("scan_pdf", "photo"):
        for lang in ("nl", "fr"):
            for kind, n in (("form", 3), ("letter", 2)):
                for i in range(n):
                    plan.append({"format": fmt, "language": lang, "kind": kind})
    # 2 forms per half in capitals: one nl scan, one fr photo
    caps_done = set()
    for r in plan:
        key = (r["format"], r["language"])
        r["caps"] = False
        if r["kind"] == "form" and key in (("scan_pdf", "nl"), ("photo", "fr")) and key not in caps_done:
            r["caps"] = True
            caps_done.add(key)
    # forms: layouts 0,1,2 in each group of three
    for key in [("scan_pdf", "nl"), ("scan_pdf", "fr"), ("photo", "nl"), ("photo", "fr")]:
        forms = [r for r in plan if r["kind"] == "form" and (r["format"], r["language"]) == key]
        lays = [0, 1, 2]
        rng.shuffle(lays)
        for r, l in zip(forms, lays):
            r["layout"] = l
    hands = list(range(8)) * 3
    rng.shuffle(hands)
    for i, r in enumerate(plan):
        r["hand"] = hands[i]
        r["ink"] = rng.choice(["blue", "blue", "black"])
    # capitals are written in a print-like hand: swap a cursive hand away from capital forms
    PRINT = {0, 3, 4, 5, 6}
    for r in plan:
        if r["caps"] and r["hand"] not in PRINT:
            other = next(o for o in plan if not o["caps"] and o["hand"] in PRINT)
            r["hand"], other["hand"] = other["hand"], r["hand"]
    letters_sep_contact = 0
    for idx, r in enumerate(plan):
        lang = r["language"]
        places = NL_PLACES if lang == "nl" else FR_PLACES
        while True:
            v, pc = rng.choice(places)
            if v not in used:
                used.add(v)
                break
        first = rng.choice(NL_FIRST if lang == "nl" else FR_FIRST)
        last = rng.choice(NL_LAST if lang == "nl" else FR_LAST)
        individual = rng.random() < 0.2
        org = None
        if not individual:
            tpl = rng.choice(NL_ORGS if lang == "nl" else FR_ORGS)
            org = tpl.format(v=v, g=GEMEENTE.get(pc, v))
        if lang == "nl":
            st = rng.choice(NL_STREETS)
            num = rng.randint(1, 140)
            x = rng.random()
            address = f"{st} {num}" + (" bus 2" if x < 0.15 else ("A" if x < 0.25 else ""))
        else:
            st = rng.choice(FR_STREETS)
            num = rng.randint(1, 90)
            x = rng.random()
            address = f"{num}" + (" bis" if x < 0.15 else "") + f" {st}"
        digits, e164 = gen_phone(rng, lang)
        phone_raw = fmt_phone(digits, lang, rng.randint(0, 9))
        dom = rng.choice(["example.org", "example.net", "example.com"])
        person_mail = f"{slug(first)}.{slug(last)}@{dom}"
        org_mail = None
        if org:
            parts, local = slug(org).split("."), ""
            for pt in parts:
                if len(local) + len(pt) > 24 and local:
                    break
                local += pt
            org_mail = local + "@" + rng.choice(["example.org", "example.net"])
        doc_mail = org_mail if (org and rng.random() < 0.5) else person_mail
        mode = rng.random()
        if mode < 0.12:
            doc_mail = None  # no e-mail on the document: truth is the From address
        # the sender is often a member writing from a personal address while the form gives the group's
        from_mail = person_mail if (doc_mail is None or (doc_mail == org_mail and rng.random() < 0.6)) else doc_mail
        req = rng.choice([rng.randint(10, 40) * 250, rng.randint(50, 200) * 50, rng.randint(30, 99) * 100])
        req = min(req, 10000)
        own = rng.choice([0, rng.randint(2, 30) * 100, rng.randint(1, 8) * 250])
        total = req + own
        title = rng.choice([t for t in (NL_TITLES if lang == "nl" else FR_TITLES) if t not in used])
        used.add(title)
        r.update(dict(village=v, postcode=pc, first=first, last=last, org=org, address=address,
                      phone_raw=phone_raw, e164=e164, doc_mail=doc_mail, from_mail=from_mail,
                      req=req, total=total, own=own, title=title, country="BE" if lang == "nl" else "FR"))
        r["amount_style"] = rng.randint(0, 20)
        r["total_style"] = rng.randint(0, 20)
        if r["kind"] == "form":
            r["show_total"] = rng.random() < 0.75
            r["amount_mode"] = "req_total" if r["show_total"] else "req"
        else:
            m = rng.random()
            r["amount_mode"] = "req" if m < 0.3 else ("req_total" if m < 0.7 else "total_own")
            if r["amount_mode"] == "total_own" and own == 0:
                r["own"] = own = rng.randint(4, 20) * 100
                r["total"] = total = req + own
            r["show_total"] = r["amount_mode"] != "req"
            r["sep_contact"] = bool(org) and letters_sep_contact < 2 and rng.random() < 0.4
            if r["sep_contact"]:
                letters_sep_contact += 1
                r["signer"] = (rng.choice(NL_FIRST if lang == "nl" else FR_FIRST),
                               rng.choice(NL_LAST if lang == "nl" else FR_LAST))
        if r["caps"]:
            r["name_order"] = "first_last"
        else:
            r["name_order"] = "last_first" if (lang == "fr" and rng.random() < 0.4) else "first_last"
        r["day"] = rng.randint(2, 15)
    return plan


def truth_fields(r):
    f = {}
    if r["org"]:
        f["organisation"] = r["org"]
    f["contact_name"] = f"{r['first']} {r['last']}"
    f["email"] = r["doc_mail"] or r["from_mail"]
    f["phone"] = r["e164"]
    f["address"] = r["address"]
    f["postcode"] = r["postcode"]
    f["municipality"] = r["village"]
    f["country"] = r["country"]
    f["project_title"] = r["title"]
    f["requested_amount"] = f"{r['req']:.2f}"
    if r["show_total"]:
        f["total_budget"] = f"{r['total']:.2f}"
    return f


# ----------------------------------------------------------------------------
# form layouts
# ----------------------------------------------------------------------------
L = {
    "nl": dict(title="AANVRAAGFORMULIER", call="Projectenoproep ‘Maak werk van je buurt!’ – Partons 2.0",
               s1="1. Gegevens van de aanvrager", s2="2. Het project", s3="3. Budget",
               org="Naam van de groep / vereniging", contact="Contactpersoon (voornaam en naam)",
               address="Straat en huisnummer", pcplace="Postcode en gemeente", postcode="Postcode",
               place="Gemeente / deelgemeente", phone="Telefoon / GSM", email="E-mailadres",
               ptitle="Titel van het project", desc="Korte omschrijving", req="Gevraagd bedrag (max. 10.000 euro)",
               total="Totale kostprijs van het project", date="Datum", sign="Handtekening",
               admin="In te vullen door de provincie", dossier="Dossiernr.",
               type="Type aanvrager", types=["dorpsraad", "vereniging", "school", "lokaal bestuur", "particulier"],
               intro="Vul dit formulier in drukletters in en bezorg het vóór 16 juni 2019 aan de coördinator.",
               head2="Inschrijvingsformulier projectidee", resp="Verantwoordelijke",
               deadline="Uiterlijk indienen op 16 juni 2019"),
    "fr": dict(title="FORMULAIRE DE CANDIDATURE", call="Appel à projets « Maak werk van je buurt ! » – Partons 2.0",
               s1="1. Le porteur de projet", s2="2. Le projet", s3="3. Budget",
               org="Nom du groupe / de l'association", contact="Personne de contact (prénom et nom)",
               address="Adresse (n° et rue)", pcplace="Code postal et commune", postcode="Code postal",
               place="Commune", phone="Téléphone", email="Adresse e-mail",
               ptitle="Intitulé du projet", desc="Description succincte", req="Montant demandé (max. 10 000 €)",
               total="Coût total du projet", date="Date", sign="Signature",
               admin="Cadre réservé à l'administration", dossier="N° de dossier",
               type="Type de porteur", types=["comité", "association", "école", "commune", "particulier"],
               intro="Merci de remplir ce formulaire lisiblement et de le renvoyer avant le 16 juin 2019.",
               head2="Fiche de candidature – idée de projet", resp="Responsable",
               deadline="Date limite de dépôt : 16 juin 2019"),
}


def raw_values(r, w):
    """Strings as they will be written on a form (before caps)."""
    lang = r["language"]
    name = f"{r['first']} {r['last']}" if r["name_order"] == "first_last" else f"{r['last'].upper()} {r['first']}"
    return dict(
        org=r["org"] or "",
        contact=name,
        address=r["address"],
        postcode=r["postcode"],
        place=r["village"],
        pcplace=f"{r['postcode']} {r['village']}",
        phone=r["phone_raw"],
        email=r["doc_mail"] or "",
        title=r["title"],
        req=fmt_amount(r["req"], lang, r["amount_style"]),
        total=fmt_amount(r["total"], lang, r["total_style"]) if r["show_total"] else "",
        date=(f"{r['day']}/06/2019" if lang == "nl" else f"{r['day']:02d}/06/2019"),
    )


def form_layout_0(p, r, w, lab):
    """Boxed table with grey label column, section bars."""
    v = raw_values(r, w)
    p.rect(15, 12, 180, 24, width=0.5)
    p.ptext(20, 16, lab["title"], 17, "sansb")
    p.ptext(20, 26, lab["call"], 9.5, "sans")
    p.rect(150, 40, 45, 14, width=0.25, outline=(110, 110, 110))
    p.ptext(152, 41.5, lab["admin"], 5.5, "sans", fill=(90, 90, 90))
    p.ptext(152, 47, lab["dossier"] + " ............", 7, "sans", fill=(90, 90, 90))
    y = 60
    rows = []

    def section(title):
        nonlocal y
        p.rect(15, y, 180, 7, width=0.3, fill=(205, 205, 205))
        p.ptext(17, y + 1.3, title, 10, "sansb")
        y += 7

    def row(label, key, h=12):
        nonlocal y
        p.rect(15, y, 60, h, width=0.3, fill=(238, 238, 238))
        p.rect(75, y, 120, h, width=0.3)
        p.ptext(17, y + 2, label, 8, "sans")
        if v.get(key):
            rows.append((key, 79 + r["rng"].uniform(0, 4), y + h - 3.2 + r["rng"].uniform(-0.8, 0.6)))
        y += h

    section(lab["s1"])
    row(lab["org"], "org")
    row(lab["contact"], "contact")
    row(lab["address"], "address")
    row(lab["pcplace"], "pcplace")
    row(lab["phone"], "phone")
    row(lab["email"], "email")
    y += 6
    section(lab["s2"])
    row(lab["ptitle"], "title", 14)
    p.rect(15, y, 180, 36, width=0.3)
    p.ptext(17, y + 2, lab["desc"], 8, "sans")
    desc_y = y + 12
    y += 36 + 6
    section(lab["s3"])
    row(lab["req"], "req")
    row(lab["total"], "total")
    y += 10
    p.rect(15, y, 70, 20, width=0.3)
    p.ptext(17, y + 2, lab["date"], 8)
    p.rect(95, y, 100, 30, width=0.3)
    p.ptext(97, y + 2, lab["sign"], 8)
    date_pos = (25, y + 14)
    sig_pos = (110, y + 22)
    for key, x, yy in rows:
        keep = key == "email"
        w.write(x, yy, v[key], size_mm=5.2, keep_case=keep, maxw=195 - x - 3)
        r["drawn"].append((key, w.prep(v[key], keep)))
    return v, desc_y, 20, 185, date_pos, sig_pos


def form_layout_1(p, r, w, lab):
    """Municipal style: dotted lines, separate postcode/place, checkboxes."""
    v = raw_values(r, w)
    rng = r["rng"]
    # logo-ish
    p.d.ellipse([p.px(16), p.px(12), p.px(34), p.px(30)], outline=(40, 40, 40), width=int(p.px(0.6)))
    p.ptext(25, 21, "P2.0", 8, "condb", anchor="mm")
    p.ptext(40, 14, "Partons 2.0 · Interreg V", 8.5, "serifb")
    p.ptext(40, 19, "Westhoek – Flandre intérieure / Noord-Frankrijk", 7.5, "serif")
    p.ptext(105, 40, lab["head2"], 15, "serifb", anchor="ma")
    p.ptext(105, 48, lab["call"], 9, "serif", anchor="ma")
    p.ptext(20, 57, lab["intro"], 8, "serif")
    p.line(20, 62, 190, 62, width=0.4)
    y = 74
    drawn = []

    def field(label, key, x0=20, x1=190, num=None):
        nonlocal y
        t = (f"{num}. " if num else "") + label + " :" if r["language"] == "fr" else (f"{num}. " if num else "") + label + ":"
        p.ptext(x0, y - 4, t, 10, "serif")
        lx = x0 + p.plen(t, 10, "serif") + 2
        p.dotted(lx, x1, y + 0.8)
        if v.get(key):
            drawn.append((key, lx + rng.uniform(1, 5), y - 0.6 + rng.uniform(-0.6, 0.4), x1))

    field(lab["org"], "org", num=1)
    y += 11
    p.ptext(20, y - 4, lab["type"] + (" :" if r["language"] == "fr" else ":"), 10, "serif")
    xx = 58
    boxes = []
    for t in lab["types"]:
        p.checkbox(xx, y - 4)
        p.ptext(xx + 5, y - 4, t, 9, "serif")
        boxes.append(xx)
        xx += 5 + p.plen(t, 9, "serif") + 7
    o = r["org"] or ""
    if not o:
        tick = 4
    elif any(k in o for k in ("GBS", "VBS", "école", "APE", "Ouder")):
        tick = 2
    elif any(k in o for k in ("Gemeente", "Mairie")):
        tick = 3
    elif any(k in o for k in ("raad", "omité")):
        tick = 0
    else:
        tick = 1
    w.cross(boxes[tick], y - 4)
    y += 12
    field(lab["resp"], "contact", num=2)
    y += 11
    field(lab["address"], "address")
    y += 11
    # postcode + place on one line, separate fields
    lab_pc = lab["postcode"] + (" :" if r["language"] == "fr" else ":")
    p.ptext(20, y - 4, lab_pc, 10, "serif")
    lx = 20 + p.plen(lab_pc, 10, "serif") + 2
    p.dotted(lx, lx + 25, y + 0.8)
    drawn.append(("postcode", lx + rng.uniform(1, 3), y - 0.6, lx + 25))
    lab_pl = lab["place"] + (" :" if r["language"] == "fr" else ":")
    x2 = lx + 30
    p.ptext(x2, y - 4, lab_pl, 10, "serif")
    lx2 = x2 + p.plen(lab_pl, 10, "serif") + 2
    p.dotted(lx2, 190, y + 0.8)
    drawn.append(("place", lx2 + rng.uniform(1, 4), y - 0.6, 190))
    y += 11
    field(lab["phone"], "phone", x1=100)
    y += 11
    field(lab["email"], "email")
    y += 16
    field(lab["ptitle"], "title", num=3)
    y += 11
    p.dotted(20, 190, y + 0.8)
    y += 13
    p.ptext(20, y - 4, f"4. {lab['desc']}" + (" :" if r["language"] == "fr" else ":"), 10, "serif")
    desc_y = y + 8
    for k in range(3):
        p.dotted(20, 190, y + 8 + k * 9 + 0.8)
    y += 8 + 3 * 9 + 8
    p.ptext(20, y - 4, "5. " + lab["s3"].split(". ")[1] + (" :" if r["language"] == "fr" else ":"), 10, "serif")
    y += 9
    field(lab["total"], "total", x0=28)
    y += 10
    field(lab["req"], "req", x0=28)
    y += 18
    lab_d = lab["date"] + (" :" if r["language"] == "fr" else ":")
    p.ptext(20, y - 4, lab_d, 10, "serif")
    p.dotted(20 + p.plen(lab_d, 10, "serif") + 2, 80, y + 0.8)
    lab_s = lab["sign"] + (" :" if r["language"] == "fr" else ":")
    p.ptext(110, y - 4, lab_s, 10, "serif")
    date_pos = (20 + p.plen(lab_d, 10, "serif") + 4, y - 0.6)
    sig_pos = (135, y + 2)
    p.ptext(105, 285, lab["deadline"] + " – coordinator@example.org", 7.5, "serif", anchor="ma")
    for key, x, yy, x1 in drawn:
        keep = key == "email"
        w.write(x, yy, v[key], size_mm=5.0, keep_case=keep, maxw=x1 - x - 1)
        r["drawn"].append((key, w.prep(v[key], keep)))
    return v, desc_y, 22, 188, date_pos, sig_pos


def form_layout_2(p, r, w, lab):
    """Cerfa-like grid: small labels in the box corner, comb boxes for the postcode, € printed."""
    v = raw_values(r, w)
    rng = r["rng"]
    lang = r["language"]
    p.rect(12, 10, 186, 18, width=0.2, fill=(30, 30, 30))
    p.ptext(16, 13, lab["title"], 14, "libb", fill=(255, 255, 255))
    p.ptext(16, 21, lab["call"], 8, "lib", fill=(235, 235, 235))
    p.ptext(194, 13, "Partons 2.0", 9, "libb", fill=(255, 255, 255), anchor="ra")
    y = 34
    p.ptext(12, y, lab["s1"].upper(), 9, "libb")
    y += 5
    todo = []

    def box(x, yy, wdt, h, label, key, size=5.0):
        p.rect(x, yy, wdt, h, width=0.25)
        p.ptext(x + 1.2, yy + 0.8, label, 6.2, "lib", fill=(60, 60, 60))
        if key and v.get(key):
            todo.append((key, x + 2 + rng.uniform(0, 3), yy + h - 2.6 + rng.uniform(-0.6, 0.5), x + wdt - 1, size))

    box(12, y, 186, 13, lab["org"], "org")
    y += 13
    box(12, y, 110, 13, lab["contact"], "contact")
    box(122, y, 76, 13, lab["phone"], "phone", 4.6)
    y += 13
    box(12, y, 186, 13, lab["address"], "address")
    y += 13
    # comb postcode
    n = len(r["postcode"])
    p.rect(12, y, 60, 15, width=0.25)
    p.ptext(13.2, y + 0.8, lab["postcode"], 6.2, "lib", fill=(60, 60, 60))
    cw = 7.5
    cx = 16
    for i in range(n):
        p.rect(cx + i * cw, y + 5, cw, 8.5, width=0.25)
    box(72, y, 126, 15, lab["place"], "place")
    y += 15
    box(12, y, 186, 13, lab["email"], "email")
    y += 20
    p.ptext(12, y, lab["s2"].upper(), 9, "libb")
    y += 5
    box(12, y, 186, 15, lab["ptitle"], "title")
    y += 15
    p.rect(12, y, 186, 42, width=0.25)
    p.ptext(13.2, y + 0.8, lab["desc"], 6.2, "lib", fill=(60, 60, 60))
    desc_y = y + 10
    y += 49
    p.ptext(12, y, lab["s3"].upper(), 9, "libb")
    y += 5
    for key, label in (("total", lab["total"]), ("req", lab["req"])):
        p.rect(12, y, 186, 13, width=0.25)
        p.ptext(13.2, y + 0.8, label, 6.2, "lib", fill=(60, 60, 60))
        p.ptext(192, y + 6, "€", 11, "libb", anchor="ma")
        if key == "req" or r["show_total"]:
            amt = r["req"] if key == "req" else r["total"]
            raw = fmt_amount_bare(amt, lang, r["amount_style"] if key == "req" else r["total_style"])
            v[key] = raw
            todo.append((key, 120 + rng.uniform(0, 20), y + 10.4, 188, 5.0))
        y += 13
    y += 8
    p.rect(12, y, 70, 22, width=0.25)
    p.ptext(13.2, y + 0.8, lab["date"], 6.2, "lib", fill=(60, 60, 60))
    p.rect(82, y, 116, 30, width=0.25)
    p.ptext(83.2, y + 0.8, lab["sign"], 6.2, "lib", fill=(60, 60, 60))
    date_pos = (18, y + 14)
    sig_pos = (100, y + 22)
    p.ptext(12, 287, "Partons 2.0 – coordinator@example.org", 6.5, "lib", fill=(90, 90, 90))
    # comb digits
    s = r["postcode"]
    comb_y = 34 + 5 + 13 * 3 + 11.8
    for i, ch in enumerate(s):
        w.write(cx + i * cw + 1.8 + rng.uniform(-0.5, 0.5), comb_y + rng.uniform(-0.4, 0.4), ch, size_mm=5.4, log=False)
    p.log.append(s)  # the comb as a whole
    r["drawn"].append(("postcode", s))
    for key, x, yy, x1, size in todo:
        keep = key == "email"
        w.write(x, yy, v[key], size_mm=size, keep_case=keep, maxw=x1 - x)
        r["drawn"].append((key, w.prep(v[key], keep)))
    return v, desc_y, 16, 194, date_pos, sig_pos


LAYOUTS = [form_layout_0, form_layout_1, form_layout_2]


def render_form(r, dpi):
    rng = r["rng"]
    p = Page(dpi, paper=(252, 252, 249) if rng.random() < 0.5 else (247, 247, 243))
    ink = (28, 48, 150) if r["ink"] == "blue" else (30, 30, 36)
    w = Writer(p, HANDS[r["hand"]], rng, ink, caps=r["caps"])
    lab = L[r["language"]]
    v, desc_y, x0, x1, date_pos, sig_pos = LAYOUTS[r["layout"]](p, r, w, lab)
    # description: 2 lines of handwriting (not a truth field)
    desc = (NL_DESC if r["language"] == "nl" else FR_DESC)[:]
    rng.shuffle(desc)
    wrap_write(w, desc[0] + " " + desc[1], x0, desc_y, x1, 8.5, 4.4, max_lines=3)
    w.write(date_pos[0], date_pos[1], v["date"], size_mm=4.6)
    w.signature(sig_pos[0], sig_pos[1], f"{r['first']} {r['last']}")
    return p


def wrap_write(w, text, x0, y, x1, lh, size, max_lines=99, protect=()):
    """Word-wrap text into lines; phrases in `protect` are never split. Returns next y."""
    for ph in protect:
        text = text.replace(ph, ph.replace(" ", "\u00a0"))
    words = text.split(" ")
    lines, cur = [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if w.width(w.prep(t.replace("\u00a0", " ")), size) * 1.1 > (x1 - x0) and cur:
            lines.append(cur)
            cur = wd
        else:
            cur = t
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines[:max_lines]):
        w.write(x0 + w.rng.uniform(-0.5, 1.5), y, ln.replace("\u00a0", " "), size_mm=size)
        y += lh
    return y


# ----------------------------------------------------------------------------
# letters
# ----------------------------------------------------------------------------
NL_MONTH = "juni"
FR_MONTH = "juin"


def render_letter(r, dpi):
    rng = r["rng"]
    lang = r["language"]
    p = Page(dpi, paper=(250, 250, 246))
    paper = rng.choice(["plain", "lined"] if lang == "nl" else ["plain", "seyes"])
    if paper == "lined":
        for k in range(28):
            yy = 30 + k * 9
            p.line(8, yy, 202, yy, width=0.15, fill=(160, 185, 215))
        p.line(28, 0, 28, 297, width=0.2, fill=(220, 120, 120))
    elif paper == "seyes":
        for k in range(0, 270 // 2):
            yy = 22 + k * 2
            p.line(0, yy, 210, yy, width=0.08 if k % 4 else 0.18, fill=(200, 204, 236) if k % 4 else (165, 172, 225))
        for k in range(0, 210 // 8 + 1):
            p.line(k * 8, 22, k * 8, 297, width=0.08, fill=(200, 204, 236))
        p.line(32, 0, 32, 297, width=0.3, fill=(220, 100, 150))
    ink = (28, 48, 150) if r["ink"] == "blue" else (30, 30, 36)
    w = Writer(p, HANDS[r["hand"]], rng, ink, caps=False)
    lh = 9.0 if paper == "lined" else (8.0 if paper == "seyes" else rng.uniform(8.2, 9.4))
    y0 = 29.4 if paper == "lined" else (29.6 if paper == "seyes" else 24)
    x0 = 31 if paper == "lined" else (35 if paper == "seyes" else 20)
    size = 4.6
    y = y0
    d = r["drawn"]

    def put(key, s, x=None, raw=None):
        nonlocal y
        w.write((x if x is not None else x0) + rng.uniform(-0.5, 0.8), y, s, size_mm=size)
        if key:
            d.append((key, raw if raw is not None else s))
        y += lh

    name = f"{r['first']} {r['last']}"
    sep = r.get("sep_contact")
    # sender block
    if r["org"]:
        put("org", r["org"])
    if not sep:
        put("contact", name)
    put("address", r["address"])
    put("pcplace", f"{r['postcode']} {r['village']}")
    if not sep:
        tel = rng.choice(["Tel. ", "GSM ", "tel: "] if lang == "nl" else ["Tél. : ", "Tél : ", "Port. "])
        put("phone", tel + r["phone_raw"], raw=r["phone_raw"])
        if r["doc_mail"]:
            put("email", rng.choice(["", "e-mail: ", "mail: "] if lang == "nl" else ["", "Courriel : ", "Mail : "]) + r["doc_mail"],
                raw=r["doc_mail"])
    y += lh
    date = f"{r['village']}, {r['day']} {NL_MONTH} 2019" if lang == "nl" else f"{r['village']}, le {r['day']} {FR_MONTH} 2019"
    w.write(118, y, date, size_mm=size)
    y += lh * 1.5
    addr = ["Provincie West-Vlaanderen", "t.a.v. de coördinator Partons 2.0"] if lang == "nl" else \
        ["À l'attention du coordinateur", "Appel à projets Partons 2.0"]
    for a in addr:
        w.write(105, y, a, size_mm=size)
        y += lh
    y += lh * 0.6
    style = rng.randint(0, 2)
    if lang == "nl":
        subj = ["Betreft: " + r["title"], "Betreft: aanvraag Maak werk van je buurt! – " + r["title"],
                "Betreft: ‘" + r["title"] + "’"][style]
    else:
        subj = ["Objet : " + r["title"], "Objet : appel à projets Maak werk van je buurt ! – " + r["title"],
                "Objet : « " + r["title"] + " »"][style]
    w.write(x0 + rng.uniform(-0.5, 0.8), y, subj, size_mm=size, maxw=192 - x0)
    d.append(("subject", subj))
    y += lh
    # underline the subject
    y += lh * 0.4
    put(None, "Geachte heer, mevrouw," if lang == "nl" else "Madame, Monsieur,")
    who = (r["org"] if r["org"] else ("ik" if lang == "nl" else "je"))
    req = fmt_amount(r["req"], lang, r["amount_style"])
    tot = fmt_amount(r["total"], lang, r["total_style"])
    own = fmt_amount(r["own"], lang, r["total_style"] + 1)
    if lang == "nl":
        intro = (f"Met deze brief dient {who} een projectidee in voor de oproep ‘Maak werk van je buurt!’."
                 if r["org"] else "Met deze brief dien ik als inwoner een projectidee in voor de oproep ‘Maak werk van je buurt!’.")
        body = rng.choice(NL_DESC[:3])
        if r["amount_mode"] == "req":
            money = f"{'Wij vragen' if r['org'] else 'Ik vraag'} hiervoor een steun van {req}."
            prot = [req]
        elif r["amount_mode"] == "req_total":
            money = f"Het project kost in totaal {tot}. {'Wij vragen' if r['org'] else 'Ik vraag'} een bijdrage van {req}."
            prot = [req, tot]
        else:
            money = f"De totale kostprijs bedraagt {tot}, waarvan {'wij' if r['org'] else 'ik'} zelf {own} {'inbrengen' if r['org'] else 'inbreng'}."
            prot = [tot, own]
        close = "Wij hopen op een positieve reactie." if r["org"] else "Ik hoop op een positieve reactie."
        greet = "Met vriendelijke groeten,"
    else:
        intro = (f"Par la présente, {who} souhaite présenter un projet dans le cadre de l'appel « Maak werk van je buurt ! »."
                 if r["org"] else "Par la présente, je souhaite présenter un projet d'habitant dans le cadre de l'appel « Maak werk van je buurt ! ».")
        body = rng.choice(FR_DESC[:3])
        if r["amount_mode"] == "req":
            money = f"{'Nous sollicitons' if r['org'] else 'Je sollicite'} pour cela une aide de {req}."
            prot = [req]
        elif r["amount_mode"] == "req_total":
            money = f"Le coût total du projet est de {tot}. {'Nous demandons' if r['org'] else 'Je demande'} une subvention de {req}."
            prot = [req, tot]
        else:
            money = f"Le budget total s'élève à {tot}, dont {own} d'apport propre."
            prot = [tot, own]
        close = "Dans l'attente de votre réponse, veuillez agréer nos salutations distinguées." if r["org"] else \
            "Dans l'attente de votre réponse, veuillez agréer mes salutations distinguées."
        greet = ""
    y = wrap_write(w, intro, x0, y, 190, lh, size, protect=[r["org"]] if r["org"] else [])
    y = wrap_write(w, body, x0, y, 190, lh, size)
    start = len(p.log)
    y = wrap_write(w, money, x0, y, 190, lh, size, protect=prot)
    money_lines = p.log[start:]
    for ph in prot:
        assert any(ph in ln for ln in money_lines), (ph, money_lines)
    if r["amount_mode"] == "req":
        d.append(("req", req))
    elif r["amount_mode"] == "req_total":
        d.append(("req", req))
        d.append(("total", tot))
    else:
        d.append(("total", tot))
        d.append(("own", own))
    if sep:
        cl = (f"Contactpersoon voor dit dossier: {name}, " if lang == "nl" else f"Personne de contact : {name}, ")
        tail = r["phone_raw"] + (", " + r["doc_mail"] if r["doc_mail"] else "")
        start = len(p.log)
        y = wrap_write(w, cl + tail, x0, y, 190, lh, size, protect=[name, r["phone_raw"]])
        got = p.log[start:]
        assert any(name in ln for ln in got) and any(r["phone_raw"] in ln for ln in got)
        d.append(("contact", name))
        d.append(("phone", r["phone_raw"]))
        if r["doc_mail"]:
            assert any(r["doc_mail"] in ln for ln in got)
            d.append(("email", r["doc_mail"]))
    y = wrap_write(w, close, x0, y, 190, lh, size)
    if greet:
        put(None, greet)
    y += lh * 0.5
    signer = " ".join(r["signer"]) if sep else name
    w.signature(x0 + 60, y + lh * 1.1, signer)
    y += lh * 2.9
    w.write(x0 + 60, y, signer, size_mm=size)
    if r["org"]:
        y += lh
        fn = rng.choice(["voorzitter", "secretaris", "namens het bestuur"] if lang == "nl" else
                        ["pour le bureau", "secrétaire", "pour l'association"])
        w.write(x0 + 60, y, fn, size_mm=size)
    return p


# ----------------------------------------------------------------------------
# degradation: scans and photos
# ----------------------------------------------------------------------------
def scan_pdf(page, r, name_stub):
    rng = r["rng"]
    img = page.img
    gray = page.dpi >= 300 or rng.random() < 0.7
    if gray:
        img = img.convert("L")
    tilt = rng.uniform(0.3, 3.0) * rng.choice([-1, 1])
    r["tilt"] = round(tilt, 2)
    img = img.rotate(tilt, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    a = np.asarray(img).astype(np.float32)
    nrs = np.random.default_rng(rng.randint(0, 2 ** 31))
    # brightness / contrast drift and speckle
    a = a * rng.uniform(0.92, 1.0) + rng.uniform(0, 10)
    n_spk = int(a.shape[0] * a.shape[1] * rng.uniform(0.0002, 0.0006))
    ys = nrs.integers(0, a.shape[0], n_spk)
    xs = nrs.integers(0, a.shape[1], n_spk)
    a[ys, xs] = nrs.uniform(0, 120, n_spk)[:, None] if a.ndim == 3 else nrs.uniform(0, 120, n_spk)
    # dark scanner edge strip
    edge = int(page.px(rng.uniform(0.5, 2.5)))
    a[:, :edge] *= 0.55
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.9)))
    q = rng.randint(35, 45) if page.dpi >= 300 else (rng.randint(40, 65) if gray else rng.randint(35, 50))
    r["jpeg_quality"] = q
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=True, dpi=(page.dpi, page.dpi))
    jpg = buf.getvalue()
    return image_pdf([(jpg, img.size, "L" if gray else "RGB", page.dpi)], f"Scan {r['day']:02d}-06-2019")


def image_pdf(pages, title):
    """Minimal PDF: one full-page JPEG (DCTDecode) per page, no fonts, no text."""
    objs = []  # object bodies, 1-based numbering
    kids = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 info, then per page: page, contents, image
    for i, (jpg, (w, h), mode, dpi) in enumerate(pages):
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        base = 4 + i * 3
        kids.append(f"{base} 0 R")
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        cs = "/DeviceGray" if mode == "L" else "/DeviceRGB"
        objs.append((base, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                           f"/Resources << /XObject << /Im0 {base + 2} 0 R >> >> /Contents {base + 1} 0 R >>".encode()))
        objs.append((base + 1, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"))
        objs.append((base + 2, (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} "
                                f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n").encode()
                     + jpg + b"\nendstream"))
    objs.append((1, b"<< /Type /Catalog /Pages 2 0 R >>"))
    objs.append((2, f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {n_pages} >>".encode()))
    objs.append((3, f"<< /Producer (Scan) /Title ({title}) >>".encode()))
    objs.sort()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in objs:
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref = out.tell()
    n = len(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for num in range(1, n):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref))
    return out.getvalue()


def photo_jpeg(page, r):
    rng = r["rng"]
    W, H = 1200, 1600
    nrs = np.random.default_rng(rng.randint(0, 2 ** 31))
    # table: wood-ish or plain desk
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    kind = rng.choice(["wood", "desk", "cloth"])
    if kind == "wood":
        base = np.array([150, 105, 65], np.float32) * rng.uniform(0.8, 1.1)
        grain = np.sin(xx / rng.uniform(9, 17) + np.sin(yy / 90) * 3) * 14 + nrs.normal(0, 6, (H, W))
        bg = base[None, None, :] + grain[..., None]
    elif kind == "desk":
        base = np.array([rng.randint(170, 215)] * 3, np.float32) * np.array([1, 0.98, 0.93])
        bg = base[None, None, :] + nrs.normal(0, 5, (H, W, 1))
    else:
        base = np.array([70, 90, 120], np.float32) * rng.uniform(0.8, 1.2)
        bg = base[None, None, :] + (np.sin(xx / 3) * np.sin(yy / 3) * 8)[..., None] + nrs.normal(0, 5, (H, W, 1))
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    canvas_img = Image.fromarray(bg, "RGB")
    # sheet corners in the photo (perspective)
    m = 60
    j = lambda s: rng.uniform(-s, s)
    tl = (m + j(45), m + j(45) + 20)
    tr = (W - m + j(45), m + j(45))
    br = (W - m + j(35) + 10, H - m + j(45))
    bl = (m + j(35) - 5, H - m + j(45) - 10)
    # shrink top edge a bit (phone held at an angle)
    k = rng.uniform(0, 45)
    tl = (tl[0] + k, tl[1])
    tr = (tr[0] - k, tr[1])
    src = page.img
    sw, sh = src.size
    coeffs = find_coeffs([tl, tr, br, bl], [(0, 0), (sw, 0), (sw, sh), (0, sh)])
    sheet = src.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (sw, sh), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    # soft shadow under the sheet
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    sh_arr = np.asarray(canvas_img).astype(np.float32) * (1 - 0.35 * np.asarray(shadow, np.float32)[..., None] / 255)
    canvas_img = Image.fromarray(np.clip(sh_arr, 0, 255).astype(np.uint8))
    canvas_img.paste(sheet, (0, 0), mask)
    a = np.asarray(canvas_img).astype(np.float32)
    # uneven light: gradient + vignette + warm/cool cast
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    grad = 1 + 0.16 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy) * 2
    cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
    vig = 1 - 0.22 * (((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2) * 2
    light = (grad * vig)[..., None]
    cast = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.97)], np.float32)
    a = a * light * cast * rng.uniform(0.82, 0.95)
    a += nrs.normal(0, 3.5, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    buf = io.BytesIO()
    q = rng.randint(55, 72)
    r["jpeg_quality"] = q
    img.save(buf, "JPEG", quality=q, optimize=True)
    return buf.getvalue()


def find_coeffs(dst, src):
    """Perspective coefficients mapping output (dst quad) to input (src rect)."""
    A = []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(A, dtype=np.float64)
    B = np.array([c for pt in src for c in pt], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


# ----------------------------------------------------------------------------
# e-mail
# ----------------------------------------------------------------------------
NL_SUBJ = ["Aanvraag Maak werk van je buurt", "projectaanvraag", "Aanvraag projectoproep", "Ons projectidee",
           "Fwd: aanvraag", "Maak werk van je buurt!", "kandidatuur"]
FR_SUBJ = ["Candidature appel à projets", "Dossier de candidature", "Notre projet", "appel à projets Partons 2.0",
           "Demande de subvention", "TR: candidature", "Maak werk van je buurt"]
NL_BODY = ["Beste,\n\nIn bijlage onze aanvraag.\n\nMet vriendelijke groeten,\n{n}",
           "Goedendag,\n\nIn bijlage vindt u ons aanvraagformulier.\n\nGroeten\n{n}",
           "Hallo,\n\nHierbij onze aanvraag voor de projectoproep (ingescand).\n\nMvg,\n{n}",
           "Beste coördinator,\n\nZie bijlage.\n\n{n}\n\nVerzonden vanaf mijn smartphone"]
FR_BODY = ["Bonjour,\n\nVeuillez trouver ci-joint notre dossier.\n\nCordialement,\n{n}",
           "Madame, Monsieur,\n\nVous trouverez en pièce jointe notre candidature.\n\nBien à vous,\n{n}",
           "Bonjour,\n\nCi-joint notre demande (scan).\n\n{n}",
           "Bonjour,\n\nVoici notre dossier en photo.\n\nBonne journée\n{n}\n\nEnvoyé de mon iPhone"]


def build_mail(r, fname, attach, idx):
    rng = r["rng"]
    lang = r["language"]
    msg = EmailMessage()
    sender_name = f"{r['first']} {r['last']}" if rng.random() < 0.8 else (r["org"] or f"{r['first']} {r['last']}")
    msg["From"] = formataddr((sender_name, r["from_mail"]))
    msg["To"] = "coordinator@example.org"
    msg["Subject"] = rng.choice(NL_SUBJ if lang == "nl" else FR_SUBJ)
    import datetime
    dt = datetime.datetime(2019, 6, r["day"], rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59),
                           tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    msg["Date"] = format_datetime(dt)
    h = hashlib.sha1((fname + str(SEED)).encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{h}.{idx}@{r['from_mail'].split('@')[1]}>"
    msg["MIME-Version"] = "1.0"
    body = rng.choice(NL_BODY if lang == "nl" else FR_BODY).format(n=r["first"])
    msg.set_content(body)
    if rng.random() < 0.35:
        html = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in body.split("\n") if ln) + "</body></html>"
        msg.add_alternative(html, subtype="html")
    if r["format"] == "scan_pdf":
        an = rng.choice(["scan_aanvraag.pdf", "Scan 2019-06-%02d.pdf" % r["day"], "aanvraagformulier.pdf", "doc%05d.pdf" % rng.randint(1, 99999)]
                        if lang == "nl" else
                        ["numérisation.pdf", "candidature.pdf", "Scan_%02d06.pdf" % r["day"], "dossier_projet.pdf"])
        msg.add_attachment(attach, maintype="application", subtype="pdf", filename=an)
    else:
        an = "IMG_201906%02d_%02d%02d%02d.jpg" % (r["day"], rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))
        msg.add_attachment(attach, maintype="image", subtype="jpeg", filename=an)
    r["attachment_name"] = an
    # deterministic MIME boundaries (the email package would pick random ones)
    for k, part in enumerate(msg.walk()):
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary("=_c12_" + hashlib.sha1(f"{fname}-{k}".encode()).hexdigest()[:24])
    return msg.as_bytes(policy=SMTP)


# ----------------------------------------------------------------------------
def main():
    rng = random.Random(SEED)
    used = set()
    halves = {}
    for half in ("dev", "test"):
        recs = make_records(rng, half, used)
        order = list(range(len(recs)))
        rng.shuffle(order)
        for num, i in enumerate(order, start=1):
            recs[i]["file"] = f"c12-{half}-{num:03d}.eml"
        recs.sort(key=lambda x: x["file"])
        halves[half] = recs
    for half, recs in halves.items():
        outdir = os.path.join(ROOT, half)
        os.makedirs(outdir, exist_ok=True)
        truth_lines, side_lines = [], []
        for idx, r in enumerate(recs):
            r["rng"] = random.Random(f"{SEED}-{r['file']}")
            r["drawn"] = []
            dpi = (200 if r["rng"].random() < 0.75 else 300) if r["format"] == "scan_pdf" else 150
            page = render_form(r, dpi) if r["kind"] == "form" else render_letter(r, dpi)
            if os.environ.get("C12_PREVIEW"):
                os.makedirs(os.environ["C12_PREVIEW"], exist_ok=True)
                page.img.save(os.path.join(os.environ["C12_PREVIEW"], r["file"][:-4] + ".png"))
            if r["format"] == "scan_pdf":
                att = scan_pdf(page, r, r["file"][:-4])
            else:
                att = photo_jpeg(page, r)
            raw = build_mail(r, r["file"], att, idx)
            with open(os.path.join(outdir, r["file"]), "wb") as fh:
                fh.write(raw)
            truth = {"file": r["file"], "format": r["format"], "language": r["language"],
                     "fields": truth_fields(r)}
            truth_lines.append(json.dumps(truth, ensure_ascii=False))
            side = {"file": r["file"], "kind": r["kind"], "layout": r.get("layout"), "caps": r["caps"],
                    "hand": HANDS[r["hand"]][0], "ink": r["ink"], "dpi": dpi,
                    "tilt": r.get("tilt"), "jpeg_quality": r["jpeg_quality"],
                    "amount_mode": r["amount_mode"], "name_order": r["name_order"],
                    "attachment": r["attachment_name"],
                    "attachment_sha256": hashlib.sha256(att).hexdigest(),
                    "fields_drawn": [[k, s] for k, s in r["drawn"]],
                    "page_log": page.log}
            side_lines.append(json.dumps(side, ensure_ascii=False))
            print(r["file"], r["format"], r["language"], r["kind"], r.get("layout"), "caps" if r["caps"] else "",
                  HANDS[r["hand"]][0], f"{len(raw) // 1024} KiB", file=sys.stderr)
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(truth_lines) + "\n")
        with open(os.path.join(HERE, f"drawn_{half}.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(side_lines) + "\n")



if __name__ == "__main__":
    main()
