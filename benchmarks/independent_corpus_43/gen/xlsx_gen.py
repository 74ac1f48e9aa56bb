# -*- coding: utf-8 -*-
"""Excel designs (openpyxl). XS1: dev, one sheet (Dutch). XS2: test, two sheets (French).
Total cells are SUM formulas; their cached values are written into the sheet XML afterwards, as Excel would."""
import datetime
import io
import re
import zipfile
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

from common import (fmt_amount, fmt_phone, normalize_zip, COORD_EMAIL, COORD_NAME, COORD_PHONE_FIXED,
                    COORD_PHONE_MOBILE, PROV_STREET, PROV_PC_CITY, SESSIONS)
from texts import role, role_generic_fr, short_date, pc_city

BOLD = Font(bold=True)
HEAD = Font(bold=True, size=13)
SMALL = Font(italic=True, size=8, color="555555")
FILL = PatternFill("solid", fgColor="DDEBF7")
YEL = PatternFill("solid", fgColor="FFF2CC")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
EUR_NL = '[$€-813] #,##0.00'
EUR_FR = '#,##0.00 [$€-40C]'


def _num(v):
    v = Decimal(v)
    return int(v) if v == int(v) else float(v)


class XBook:
    def __init__(self, rec, title):
        self.rec = rec
        self.wb = Workbook()
        dt = datetime.datetime(*rec.date[:3], 11, 0, 0)
        p = self.wb.properties
        p.creator = rec.sender.name
        p.lastModifiedBy = rec.sender.name
        p.title = title
        p.created = dt
        p.modified = dt
        self.cached = {}   # (sheet title, cell) -> value

    def put(self, ws, ref, value, font=None, fill=None, fmt=None, border=False, wrap=False):
        c = ws[ref]
        c.value = value
        if font:
            c.font = font
        if fill:
            c.fill = fill
        if fmt:
            c.number_format = fmt
        if border:
            c.border = BOX
        if wrap:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        return c

    def formula(self, ws, ref, formula, value, **kw):
        self.put(ws, ref, formula, **kw)
        self.cached[(ws.title, ref)] = value

    def bytes(self):
        buf = io.BytesIO()
        self.wb.save(buf)
        data = buf.getvalue()
        # insert the cached values of the formula cells
        zin = zipfile.ZipFile(io.BytesIO(data))
        names = {ws.title: "xl/worksheets/sheet%d.xml" % (i + 1) for i, ws in enumerate(self.wb.worksheets)}
        out = io.BytesIO()
        zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
        for n in zin.namelist():
            blob = zin.read(n)
            for (title, ref), v in self.cached.items():
                if names[title] == n:
                    txt = blob.decode("utf-8")
                    pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(?:<v\s*/>|<v></v>)?(</c>)' % ref)
                    txt, k = pat.subn(lambda m: "%s%s<v>%s</v>%s" % (m.group(1), m.group(2), v, m.group(3)), txt)
                    assert k == 1, (n, ref)
                    blob = txt.encode("utf-8")
            zout.writestr(n, blob)
        zout.close()
        return normalize_zip(out.getvalue(), "%04d-%02d-%02dT11:00:00" % self.rec.date[:3])


def render_XS1(rec):
    """Dev: one sheet 'Aanvraag' (Dutch), people table with an x column, separate requested row."""
    o = rec.org
    b = rec.budget
    pst = "nat"
    x = XBook(rec, "Aanvraag Maak werk van je buurt")
    ws = x.wb.active
    ws.title = "Aanvraag"
    for col, w in zip("ABCDEF", [30, 24, 30, 16, 32, 10]):
        ws.column_dimensions[col].width = w
    x.put(ws, "A1", "Maak werk van je buurt! - aanvraagformulier 2019", HEAD)
    x.put(ws, "A2", "Provincie West-Vlaanderen - %s, %s - %s - %s" % (PROV_STREET, PROV_PC_CITY, COORD_EMAIL,
                                                                      COORD_PHONE_FIXED), SMALL)
    x.put(ws, "A3", "Vul de blauwe cellen in. Bedragen in euro zonder teken (bv. 1250).", SMALL)
    r = 5
    x.put(ws, "A%d" % r, "ORGANISATIE", BOLD, FILL)
    x.put(ws, "B%d" % r, None, fill=FILL)
    rows = [("Naam organisatie", o["org"]), ("Statuut", o["legal"]), ("Adres zetel", o["street"]),
            ("Postcode", o["pc"]), ("Gemeente", o["city"]), ("Telefoon", fmt_phone(o["phone"], pst)),
            ("E-mail", o["email"]), ("Rekeningnummer", o["iban"])]
    for lab, v in rows:
        r += 1
        x.put(ws, "A%d" % r, lab, BOLD)
        x.put(ws, "B%d" % r, v, border=True)
    r += 2
    heads = ["BESTUUR / TEAM", "Naam", "Adres", "Telefoon", "E-mail", "Contact (x)"]
    for col, h in zip("ABCDEF", heads):
        x.put(ws, "%s%d" % (col, r), h, BOLD, FILL)
    for rk in ["chair", "secretary", "treasurer", "projectleader"]:
        per = rec.people[rk]
        r += 1
        x.put(ws, "A%d" % r, role(rk, "nl", per.gender, cap=True), BOLD)
        x.put(ws, "B%d" % r, per.name, border=True)
        x.put(ws, "C%d" % r, "%s, %s" % (per.street, pc_city(per)), border=True)
        x.put(ws, "D%d" % r, fmt_phone(per.phone, pst), border=True)
        x.put(ws, "E%d" % r, per.email, border=True)
        x.put(ws, "F%d" % r, "x" if rk == rec.contact_role else None, BOLD, border=True)
    r += 1
    x.put(ws, "A%d" % r, "Zet een x bij de contactpersoon voor dit dossier.", SMALL)
    r += 2
    x.put(ws, "A%d" % r, "PROJECT", BOLD, FILL)
    x.put(ws, "B%d" % r, None, fill=FILL)
    for lab, v in [("Titel", o["title"]), ("Locatie", o["location"]), ("Omschrijving", o["summary"]),
                   ("Aantal vrijwilligers", o["volunteers"])]:
        r += 1
        x.put(ws, "A%d" % r, lab, BOLD)
        x.put(ws, "B%d" % r, v, border=True)
    r += 2
    x.put(ws, "A%d" % r, "BEGROTING", BOLD, FILL)
    x.put(ws, "B%d" % r, "Bedrag", BOLD, FILL)
    first = r + 1
    for l, a in b["expenses"]:
        r += 1
        x.put(ws, "A%d" % r, l)
        x.put(ws, "B%d" % r, _num(a), fmt=EUR_NL, border=True)
    r += 1
    x.put(ws, "A%d" % r, "Totaal kosten", BOLD)
    x.formula(ws, "B%d" % r, "=SUM(B%d:B%d)" % (first, r - 1), _num(b["total"]), font=BOLD, fmt=EUR_NL,
              border=True)
    r += 2
    for l, a in b["income"]:
        x.put(ws, "A%d" % r, l)
        x.put(ws, "B%d" % r, _num(a), fmt=EUR_NL, border=True)
        r += 1
    x.put(ws, "A%d" % r, "Gevraagd bedrag (max. 10 000)", BOLD, YEL)
    x.put(ws, "B%d" % r, _num(b["requested"]), BOLD, YEL, fmt=EUR_NL, border=True)
    r += 2
    ch = rec.people["chair"]
    x.put(ws, "A%d" % r, "Ingevuld door", BOLD)
    x.put(ws, "B%d" % r, "%s (voorzitter), %s" % (ch.name, short_date(rec.date)))
    r += 1
    x.put(ws, "A%d" % r, "Begeleidingssessies: " + ", ".join(SESSIONS), SMALL)
    return x.bytes()


def render_XS2(rec):
    """Test: sheets 'Candidature' and 'Budget' (French). Title only in the merged header 'Projet : ...';
    contact given by a sentence; requested amount only as the Partons 2.0 income line."""
    o = rec.org
    b = rec.budget
    pst = "dots"
    x = XBook(rec, "Candidature Partons 2.0")
    ws = x.wb.active
    ws.title = "Candidature"
    for col, w in zip("ABCD", [26, 34, 22, 34]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:D1")
    x.put(ws, "A1", "Projet : %s" % o["title"], HEAD)
    x.put(ws, "A2", "Appel à projets Partons 2.0 - dossier à retourner à %s avant le 16 juin 2019 "
                    "(renseignements : %s)" % (COORD_EMAIL, COORD_PHONE_MOBILE), SMALL)
    x.put(ws, "A4", "LA STRUCTURE", BOLD, FILL)
    for c in "BCD":
        x.put(ws, "%s4" % c, None, fill=FILL)
    grid = [("Nom", o["org"], "Statut", o["legal"]),
            ("Adresse du siège", o["street"], "N° RNA", o.get("number") or ""),
            ("Code postal", o["pc"], "Commune", o["city"]),
            ("Téléphone", fmt_phone(o["phone"], pst), "Courriel", o["email"]),
            ("SIRET", o.get("siret") or "", "IBAN", o["iban"])]
    r = 4
    for a, bb, c, d in grid:
        r += 1
        x.put(ws, "A%d" % r, a, BOLD)
        x.put(ws, "B%d" % r, bb, border=True)
        x.put(ws, "C%d" % r, c, BOLD)
        x.put(ws, "D%d" % r, d, border=True)
    r += 2
    x.put(ws, "A%d" % r, "LE BUREAU", BOLD, FILL)
    for c in "BCD":
        x.put(ws, "%s%d" % (c, r), None, fill=FILL)
    for rk in ["chair", "secretary", "treasurer", "projectleader"]:
        per = rec.people[rk]
        r += 1
        x.put(ws, "A%d" % r, role_generic_fr(rk), BOLD)
        x.put(ws, "B%d" % r, per.name, border=True)
        x.put(ws, "C%d" % r, "Téléphone")
        x.put(ws, "D%d" % r, fmt_phone(per.phone, pst), border=True)
        r += 1
        x.put(ws, "B%d" % r, "%s, %s" % (per.street, pc_city(per)), border=True)
        x.put(ws, "C%d" % r, "Courriel")
        x.put(ws, "D%d" % r, per.email, border=True)
    r += 2
    ct = rec.contact
    x.put(ws, "A%d" % r, "Personne à contacter :", BOLD, YEL)
    x.put(ws, "B%d" % r, role(rec.contact_role, "fr", ct.gender, article=True), border=True)
    r += 2
    x.put(ws, "A%d" % r, "LE PROJET", BOLD, FILL)
    for c in "BCD":
        x.put(ws, "%s%d" % (c, r), None, fill=FILL)
    r += 1
    x.put(ws, "A%d" % r, "Lieu", BOLD)
    x.put(ws, "B%d" % r, o["location"], border=True)
    r += 1
    x.put(ws, "A%d" % r, "Description", BOLD)
    ws.merge_cells("B%d:D%d" % (r, r))
    x.put(ws, "B%d" % r, o["summary"], wrap=True)
    ws.row_dimensions[r].height = 45
    r += 2
    ch = rec.people["chair"]
    x.put(ws, "A%d" % r, "Fait le", BOLD)
    x.put(ws, "B%d" % r, "%s par %s, %s" % (short_date(rec.date), ch.name, role("chair", "fr", ch.gender)))
    # ---- budget sheet ------------------------------------------------------------------
    wb2 = x.wb.create_sheet("Budget")
    for col, w in zip("ABCD", [34, 14, 40, 14]):
        wb2.column_dimensions[col].width = w
    x.put(wb2, "A1", "Plan de financement", HEAD)
    x.put(wb2, "A2", "Le budget doit être équilibré. Aide Partons 2.0 : 10 000 € maximum.", SMALL)
    for col, h in zip("ABCD", ["Dépenses", "Montant", "Recettes", "Montant"]):
        x.put(wb2, "%s4" % col, h, BOLD, FILL)
    inc = list(b["income"]) + [("Partons 2.0 (Province de Flandre-Occidentale)", b["requested"])]
    n = max(len(inc), len(b["expenses"]))
    for i in range(n):
        r = 5 + i
        if i < len(b["expenses"]):
            l, a = b["expenses"][i]
            x.put(wb2, "A%d" % r, l)
            x.put(wb2, "B%d" % r, _num(a), fmt=EUR_FR, border=True)
        if i < len(inc):
            l, a = inc[i]
            x.put(wb2, "C%d" % r, l)
            x.put(wb2, "D%d" % r, _num(a), fmt=EUR_FR, border=True)
    r = 5 + n
    x.put(wb2, "A%d" % r, "TOTAL", BOLD)
    x.formula(wb2, "B%d" % r, "=SUM(B5:B%d)" % (r - 1), _num(b["total"]), font=BOLD, fmt=EUR_FR, border=True)
    x.put(wb2, "C%d" % r, "TOTAL", BOLD)
    x.formula(wb2, "D%d" % r, "=SUM(D5:D%d)" % (r - 1), _num(b["total"]), font=BOLD, fmt=EUR_FR, border=True)
    return x.bytes()
