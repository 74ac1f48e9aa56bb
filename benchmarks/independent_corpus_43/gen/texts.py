# -*- coding: utf-8 -*-
"""Language helpers: role names, dates, legal forms."""

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def long_date(date, lang):
    y, m, d = date[:3]
    if lang == "nl":
        return "%d %s %d" % (d, MONTHS_NL[m - 1], y)
    return "%s %s %d" % ("1er" if d == 1 else str(d), MONTHS_FR[m - 1], y)


def short_date(date, sep="/"):
    y, m, d = date[:3]
    return "%02d%s%02d%s%d" % (d, sep, m, sep, y)


ROLE_NL = {"chair": "voorzitter", "secretary": "secretaris", "treasurer": "penningmeester",
           "projectleader": "projectverantwoordelijke", "contact": "contactpersoon",
           "neighbour": "buur"}
ROLE_NL_CAP = {k: v[0].upper() + v[1:] for k, v in ROLE_NL.items()}


def role_fr(role, gender):
    f = gender == "f"
    return {"chair": "présidente" if f else "président",
            "secretary": "secrétaire",
            "treasurer": "trésorière" if f else "trésorier",
            "projectleader": "responsable du projet",
            "contact": "personne de contact",
            "neighbour": "voisine" if f else "voisin"}[role]


def role(role_key, lang, gender, article=False, cap=False):
    if lang == "nl":
        s = ROLE_NL[role_key]
        if article:
            s = "de " + s
    else:
        s = role_fr(role_key, gender)
        if article:
            if role_key == "contact":
                s = "la " + s
            else:
                s = ("la " if gender == "f" else "le ") + s
    if cap:
        s = s[0].upper() + s[1:]
    return s


def role_generic_fr(role_key):
    """Form label with both genders, as printed forms do."""
    return {"chair": "Président(e)", "secretary": "Secrétaire", "treasurer": "Trésorier(ère)",
            "projectleader": "Responsable du projet", "contact": "Personne de contact"}[role_key]


def pc_city(p):
    return "%s %s" % (p.pc, p.city)


def civ(p, lang):
    if lang == "nl":
        return "mevrouw" if p.gender == "f" else "de heer"
    return "Madame" if p.gender == "f" else "Monsieur"


PROPER = {"Commune", "Ville", "Gemeente", "Stad", "OCMW", "CCAS", "Province", "Provincie", "Bailleur", "Lokale",
          "Schoolbestuur", "Crowdfunding", "Kapitaal", "Mécénat", "Parrainage", "Emplacements", "Droits"}


def lc_first(label):
    """Lower-case the first letter of a budget label used inside a sentence, unless it is a name."""
    w = label.split()[0]
    if w in PROPER and w not in ("Lokale", "Schoolbestuur", "Crowdfunding", "Kapitaal", "Mécénat", "Parrainage",
                                 "Emplacements", "Droits", "Bailleur"):
        return label
    if len(w) > 1 and w[1].isupper():
        return label
    return label[0].lower() + label[1:]
