"""Decorations shared by several designs: simple vector 'logos' and the call's own text."""
import math


def logo(c, x, y, kind, color, text="", size=34, text_color=(1, 1, 1), font="Helvetica-Bold"):
    """Draw a simple emblem with its lower-left corner at (x, y)."""
    c.saveState()
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    s = size
    if kind == "circle":
        c.circle(x + s / 2, y + s / 2, s / 2, stroke=0, fill=1)
    elif kind == "square":
        c.rect(x, y, s, s, stroke=0, fill=1)
    elif kind == "shield":
        p = c.beginPath()
        p.moveTo(x, y + s)
        p.lineTo(x + s, y + s)
        p.lineTo(x + s, y + s * 0.45)
        p.curveTo(x + s, y + s * 0.15, x + s * 0.6, y, x + s / 2, y)
        p.curveTo(x + s * 0.4, y, x, y + s * 0.15, x, y + s * 0.45)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "leaf":
        p = c.beginPath()
        p.moveTo(x, y)
        p.curveTo(x, y + s, x + s * 0.2, y + s, x + s, y + s)
        p.curveTo(x + s, y, x + s * 0.8, y, x, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "waves":
        c.setLineWidth(3)
        for i in range(3):
            p = c.beginPath()
            yy = y + s * (0.25 + 0.25 * i)
            p.moveTo(x, yy)
            for k in range(1, 9):
                p.lineTo(x + s * k / 8, yy + 3 * math.sin(k * math.pi / 2))
            c.drawPath(p, stroke=1, fill=0)
        text = ""
    elif kind == "house":
        p = c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x, y + s * 0.6)
        p.lineTo(x + s / 2, y + s)
        p.lineTo(x + s, y + s * 0.6)
        p.lineTo(x + s, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "hex":
        p = c.beginPath()
        for k in range(6):
            a = math.pi / 6 + k * math.pi / 3
            px, py = x + s / 2 + s / 2 * math.cos(a), y + s / 2 + s / 2 * math.sin(a)
            (p.moveTo if k == 0 else p.lineTo)(px, py)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    if text:
        c.setFillColorRGB(*text_color)
        fs = s * (0.42 if len(text) <= 2 else 0.3)
        c.setFont(font, fs)
        c.drawCentredString(x + s / 2, y + s / 2 - fs * 0.35, text)
    c.restoreState()


# ---------------------------------------------------------------- the call's own text
NL_CALL_INTRO = (
    "Maak werk van je buurt! Een projectenoproep voor dorpen en buurten in de Westhoek. "
    "100 000 euro steun voor 10 lokale (burger)initiatieven! In het kader van het "
    "grensoverschrijdend Interreg V project 'Partons 2.0' lanceren de Provincie West-Vlaanderen "
    "en Franse partners een tweede grensoverschrijdende projectenoproep voor leefbare dorpen en "
    "buurten in de Westhoek en Noord-Frankrijk.")
NL_CALL_OFFER = ("Ons aanbod: een financiële bijdrage van max. 10 000 euro per project, bv. voor "
                 "enquêtes en haalbaarheidsstudies, ondersteuning door een participatie-expert of "
                 "landschapsarchitect, aankoop van kleine materialen, begeleiding inzake communicatie, "
                 "de organisatie van een moment met inwoners of van een evenement in jouw buurt.")
NL_CALL_SESSIONS = ["26/09/2019 • 10u-14u", "7/11/2019 • 10u-14u", "28/11/2019 • 18u-21u",
                    "19/12/2019 • 10u-14u", "30/01/2020 • 18u-21u"]
NL_CALL_TIMING = ("Deadline indienen projectidee: 16 juni 2019. Via de post: Provincie West-Vlaanderen, "
                  "t.a.v. de projectcoördinator Partons 2.0, Woumenweg 100, 8600 Diksmuide, of via e-mail. "
                  "Selectie projecten: eind juni 2019. Start begeleiding: juli/augustus 2019.")

FR_CALL_INTRO = (
    "Appel à projets transfrontalier pour des villages et quartiers vivants dans le Westhoek et "
    "le Nord de la France : 100 000 euros pour soutenir 10 initiatives locales et citoyennes ! "
    "Dans le cadre du projet Interreg V « Partons 2.0 », la Province de Flandre-Occidentale et ses "
    "partenaires français lancent un deuxième appel à projets transfrontalier.")
FR_CALL_OFFER = ("Notre offre : une participation financière de 10 000 euros maximum par projet, par "
                 "exemple pour des enquêtes ou études de faisabilité, l'accompagnement par un expert en "
                 "participation, un paysagiste ou un architecte, l'achat de petit matériel (outils de "
                 "jardinage, chaises, tables…), la communication, l'organisation d'un événement.")
FR_CALL_SESSIONS = ["26/09/2019 – 10h-14h", "07/11/2019 – 10h-14h", "28/11/2019 – 18h-21h",
                    "19/12/2019 – 10h-14h", "30/01/2020 – 18h-21h"]
FR_CALL_TIMING = ("Date limite de dépôt des idées de projet : 16 juin 2019. Sélection des projets : "
                  "fin juin 2019. Début de l'accompagnement : juillet/août 2019.")
