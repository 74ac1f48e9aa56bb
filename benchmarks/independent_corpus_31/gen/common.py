# -*- coding: utf-8 -*-
"""Shared texts for the c31 generators."""
import hashlib
import random


def rng_for(r):
    return random.Random(int(hashlib.md5(("c31-%d" % r["slot"]).encode()).hexdigest()[:8], 16))


def eur(v, style="nl"):
    """Format a number as typed by a person in a given convention."""
    v = float(v)
    whole = int(round(v * 100)) // 100
    cents = int(round(v * 100)) % 100
    if style == "nl":          # 7.500,00
        s = "{:,}".format(whole).replace(",", ".")
        return "%s,%02d" % (s, cents)
    if style == "fr":          # 7 500,00
        s = "{:,}".format(whole).replace(",", " ")
        return "%s,%02d" % (s, cents)
    if style == "plain":
        return "%d" % whole if cents == 0 else "%d,%02d" % (whole, cents)
    raise ValueError(style)


CALL_NL = ("Financiële bijdrage van max. 10 000 euro per project. Deadline indienen projectidee: 16 juni 2019, "
           "via de post (Provincie West-Vlaanderen, t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide) of via e-mail "
           "(jonas.polin@west-vlaanderen.be).")
CALL_FR = ("Contribution financière de max. 10 000 euros par projet. Date limite de dépôt de l'idée de projet : "
           "16 juin 2019, par courrier (Provincie West-Vlaanderen, à l'attention de Jonas Polin, Woumenweg 100, "
           "8600 Diksmuide, Belgique) ou par e-mail (jonas.polin@west-vlaanderen.be).")

CALL_TITLE = {"nl": "Maak werk van je buurt!", "fr": "Partons 2.0 – Faites bouger votre quartier !"}


def texts(r):
    """Free-text answers (description, participation, timing) for a record."""
    f = r["f"]
    t = f["project_title"]
    m = f["municipality"]
    if r["lang"] == "nl":
        desc = (f"Met het project '{t}' willen we in {m} een plek en een werking creëren waar buren elkaar "
                f"opnieuw ontmoeten. Het idee groeide uit een bewonersavond in het voorjaar. We willen starten "
                f"in het najaar van 2019 en het project na de subsidieperiode zelf verder dragen met vrijwilligers.")
        part = ("Bewoners, de lokale school, de seniorenraad en enkele handelaars denken mee. We organiseren een "
                "bevraging bij de buren en een werkdag waarop iedereen mee de handen uit de mouwen steekt.")
        timing = "September 2019: startmoment – oktober-december: uitwerking – voorjaar 2020: opening en evaluatie."
    else:
        desc = (f"Avec le projet « {t} », nous souhaitons créer à {m} un lieu et une dynamique où les habitants "
                f"se rencontrent. L'idée est née lors d'une réunion publique au printemps. Le démarrage est prévu "
                f"à l'automne 2019 ; les bénévoles de l'association assureront la suite après l'accompagnement.")
        part = ("Les habitants, l'école, le club des aînés et plusieurs commerçants participent. Un questionnaire "
                "sera distribué dans les boîtes aux lettres et un chantier participatif sera organisé.")
        timing = "Septembre 2019 : lancement – octobre à décembre : réalisation – printemps 2020 : inauguration et bilan."
    return desc, part, timing


def budget_from_x(r):
    """(lines, total, own, other, requested) from an itemised budget in r['x']."""
    x = r["x"]
    lines = x["budget"]
    total = sum(a for _, a in lines)
    own = x.get("own", 0)
    other = x.get("other", 0)
    req = total - own - other
    return lines, total, own, other, req
