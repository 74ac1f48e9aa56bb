# -*- coding: utf-8 -*-
"""Writer (.odt) forms laid out by hand: tab stops with leaders, typed dots and
spaces, underscores, tables with merged and nested cells, two-column sections.
Built with odfpy."""
import io

from odf import teletype
from odf.dc import Creator, Title
from odf.opendocument import OpenDocumentText
from odf.style import (Column, Columns, FontFace, ParagraphProperties, SectionProperties, Style,
                       TableCellProperties, TableColumnProperties, TableProperties, TabStop, TabStops,
                       TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, P, Section, Span

from common import money, budget_rows, funding_rows, normalise_zip

ON, OFF = "\u2612", "\u2610"


class Odt(object):
    def __init__(self, r, font="Liberation Sans", generic="swiss", size="10pt", title="Formulier"):
        self.doc = doc = OpenDocumentText()
        doc.meta.addElement(Creator(text=r["contact"]))
        doc.meta.addElement(Title(text=title))
        doc.fontfacedecls.addElement(FontFace(name=font, fontfamily="'%s'" % font, fontfamilygeneric=generic,
                                              fontpitch="variable"))
        doc.fontfacedecls.addElement(FontFace(name="OpenSymbol", fontfamily="OpenSymbol", fontpitch="variable"))
        std = Style(name="Standard", family="paragraph")
        std.addElement(TextProperties(fontname=font, fontsize=size))
        std.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.08cm"))
        doc.styles.addElement(std)
        self.font = font
        self.size = size
        self._n = 0
        self.cache = {}

    def _name(self, prefix):
        self._n += 1
        return "%s%d" % (prefix, self._n)

    # ---- styles
    def pstyle(self, tabs=(), bold=False, size=None, align=None, before=None, after=None, indent=None,
               breakbefore=None, color=None, italic=False, border_bottom=None):
        key = ("p", tuple(tabs), bold, size, align, before, after, indent, breakbefore, color, italic, border_bottom)
        if key in self.cache:
            return self.cache[key]
        s = Style(name=self._name("P"), family="paragraph", parentstylename="Standard")
        kw = {}
        if align:
            kw["textalign"] = align
        if before is not None:
            kw["margintop"] = before
        if after is not None:
            kw["marginbottom"] = after
        if indent is not None:
            kw["marginleft"] = indent
        if breakbefore:
            kw["breakbefore"] = breakbefore
        if border_bottom:
            kw["borderbottom"] = border_bottom
            kw["padding"] = "0.05cm"
        pp = ParagraphProperties(**kw)
        if tabs:
            ts = TabStops()
            for pos, typ, leader in tabs:
                a = {"position": pos}
                if typ != "left":
                    a["type"] = typ
                if leader == ".":
                    a["leaderstyle"] = "dotted"
                    a["leadertext"] = "."
                elif leader == "_":
                    a["leaderstyle"] = "solid"
                    a["leadertext"] = "_"
                ts.addElement(TabStop(**a))
            pp.addElement(ts)
        s.addElement(pp)
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if italic:
            tk["fontstyle"] = "italic"
        if size:
            tk["fontsize"] = size
        if color:
            tk["color"] = color
        if tk:
            s.addElement(TextProperties(**tk))
        self.doc.automaticstyles.addElement(s)
        self.cache[key] = s
        return s

    def tstyle(self, bold=False, italic=False, color=None, size=None, underline=False, font=None):
        key = ("t", bold, italic, color, size, underline, font)
        if key in self.cache:
            return self.cache[key]
        s = Style(name=self._name("T"), family="text")
        kw = {}
        if bold:
            kw["fontweight"] = "bold"
        if italic:
            kw["fontstyle"] = "italic"
        if color:
            kw["color"] = color
        if size:
            kw["fontsize"] = size
        if underline:
            kw["textunderlinestyle"] = "solid"
            kw["textunderlinewidth"] = "auto"
            kw["textunderlinecolor"] = "font-color"
        if font:
            kw["fontname"] = font
        s.addElement(TextProperties(**kw))
        self.doc.automaticstyles.addElement(s)
        self.cache[key] = s
        return s

    def cellstyle(self, border="0.5pt solid #000000", bg=None, pad="0.1cm", valign=None):
        key = ("c", border, bg, pad, valign)
        if key in self.cache:
            return self.cache[key]
        s = Style(name=self._name("C"), family="table-cell")
        kw = {"padding": pad}
        if border:
            kw["border"] = border
        else:
            kw["border"] = "none"
        if bg:
            kw["backgroundcolor"] = bg
        if valign:
            kw["verticalalign"] = valign
        s.addElement(TableCellProperties(**kw))
        self.doc.automaticstyles.addElement(s)
        self.cache[key] = s
        return s

    # ---- content
    def fill(self, el, runs):
        for x in runs:
            if isinstance(x, str):
                teletype.addTextToElement(el, x)
            else:
                text, ts = x
                sp = Span(stylename=ts)
                teletype.addTextToElement(sp, text)
                el.addElement(sp)
        return el

    def p(self, *runs, style=None, parent=None):
        el = P(stylename=style or "Standard")
        self.fill(el, runs)
        (parent if parent is not None else self.doc.text).addElement(el)
        return el

    def h(self, text, level=1, style=None, parent=None):
        el = H(outlinelevel=level, stylename=style or self.pstyle(bold=True, size="12pt", before="0.3cm",
                                                                    after="0.15cm"))
        teletype.addTextToElement(el, text)
        (parent if parent is not None else self.doc.text).addElement(el)
        return el

    def table(self, widths_cm, name=None, parent=None):
        ts = Style(name=self._name("Tbl"), family="table")
        ts.addElement(TableProperties(width="%.2fcm" % sum(widths_cm), align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name or self._name("Tabel"), stylename=ts)
        for w in widths_cm:
            cs = Style(name=self._name("Col"), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        (parent if parent is not None else self.doc.text).addElement(t)
        return t

    def row(self, table, *cells):
        """cells: dict(lines=[runs-list,...] or table callback, span=1, rows=1, style=..., pstyle=...)
        or None for a covered cell."""
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(CoveredTableCell())
                continue
            kw = {"valuetype": "string", "stylename": c.get("style") or self.cellstyle()}
            if c.get("span", 1) > 1:
                kw["numbercolumnsspanned"] = c["span"]
            if c.get("rows", 1) > 1:
                kw["numberrowsspanned"] = c["rows"]
            tc = TableCell(**kw)
            lines = c.get("lines", [])
            if c.get("br"):
                # one paragraph, lines separated by line breaks
                el = P(stylename=c.get("pstyle") or "Standard")
                for i, ln in enumerate(lines):
                    self.fill(el, ln if isinstance(ln, list) else [ln])
                    if i < len(lines) - 1:
                        el.addElement(LineBreak())
                tc.addElement(el)
            else:
                for ln in lines:
                    self.p(*(ln if isinstance(ln, list) else [ln]), style=c.get("pstyle"), parent=tc)
            if c.get("sub"):
                c["sub"](tc)
                tc.addElement(P(stylename="Standard"))
            tr.addElement(tc)
            for _ in range(c.get("span", 1) - 1):
                tr.addElement(CoveredTableCell())
        table.addElement(tr)
        return tr

    def section(self, cols=2, gap="0.8cm", sep=False):
        s = Style(name=self._name("Sect"), family="section")
        sp = SectionProperties()
        c = Columns(columncount=str(cols), columngap=gap)
        sp.addElement(c)
        s.addElement(sp)
        self.doc.automaticstyles.addElement(s)
        sec = Section(name=self._name("Sectie"), stylename=s)
        self.doc.text.addElement(sec)
        return sec

    def save(self):
        b = io.BytesIO()
        self.doc.write(b)
        return normalise_zip(b.getvalue(), first="mimetype")


# ----------------------------------------------------------------- dev-016
def dev_016(r):
    o = Odt(r, "Liberation Sans", "swiss", "10pt", "Projectidee Levend Loker")
    B = o.tstyle(bold=True)
    o.p("PROJECTIDEE \u2013 MAAK WERK VAN JE BUURT!", style=o.pstyle(bold=True, size="15pt", after="0.1cm"))
    o.p("Werkgroep Levend Loker \u2013 ingevuld door de trekkers van de werkgroep",
        style=o.pstyle(italic=True, after="0.4cm"))
    full = o.pstyle(tabs=[("16.5cm", "right", "_")], after="0.18cm")
    two = o.pstyle(tabs=[("8cm", "right", "_"), ("16.5cm", "right", "_")], after="0.18cm")
    H = lambda t: o.p(t, style=o.pstyle(bold=True, before="0.35cm", after="0.15cm", border_bottom="0.5pt solid #000000"))
    H("1. AANVRAGER")
    o.p("Naam van de groep: ", (r["org"], B), "\t", style=full)
    o.p("Contactpersoon: ", (r["contact"], B), "\t Functie: ", (r["role"], B), "\t", style=two)
    o.p("Tweede contactpersoon: ", (r["people"]["second"], B), "\t", style=full)
    o.p("Straat en nummer: ", (r["address"], B), "\t", style=full)
    o.p("Postcode: ", (r["postcode"], B), "\t Gemeente: ", (r["municipality"], B), "\t", style=two)
    o.p("Telefoon: ", (r["phone_w"], B), "\t E-mail: ", (r["email"], B), "\t", style=two)
    H("2. PROJECT")
    o.p("Titel: ", (r["title"], B), "\t", style=full)
    o.p("Wat willen jullie doen?", style=o.pstyle(after="0.05cm"))
    o.p((r["desc"], B), style=o.pstyle(indent="0.6cm", after="0.2cm"))
    o.p("Aantal betrokken vrijwilligers: ", (r["volunteers"], B), "\t Start: ", (r["start"], B), "\t", style=two)
    H("3. BEGROTING")
    tr = o.pstyle(tabs=[("12cm", "right", ".")], after="0.05cm")
    for lab, a in budget_rows(r):
        o.p(lab + "\t", (money(a, "be", " \u20ac"), B), style=tr)
    o.p(("Totale kostprijs\t" + r["total_w"], B), style=o.pstyle(tabs=[("12cm", "right", ".")], before="0.15cm"))
    o.p("Gevraagde steun Partons 2.0 (max. 10.000 euro): ", (r["req_w"], B), "\t", style=full)
    for lab, a in funding_rows(r):
        o.p(lab + ": ", (money(a, "be", " \u20ac"), B), "\t", style=full)
    o.p("", style=o.pstyle(after="0.4cm"))
    o.p("Datum: ", ("5 juni 2019", B), "\t Handtekening: ", ("H. Vandamme", B), "\t", style=two)
    return o.save()


# ----------------------------------------------------------------- dev-017
def dev_017(r):
    o = Odt(r, "Liberation Serif", "roman", "11pt", "Formulaire Partons 2.0")
    B = o.tstyle(bold=True)
    o.p("FORMULAIRE DE CANDIDATURE", style=o.pstyle(bold=True, size="16pt", align="center"))
    o.p("Appel à projets Partons 2.0 – Flandre intérieure / Westhoek", style=o.pstyle(align="center",
                                                                                      after="0.4cm"))
    hd = o.cellstyle(bg="#d9d9d9")
    t = o.table([4.0, 4.5, 3.0, 5.5])
    o.row(t, {"lines": [[("ASSOCIATION", B)]], "span": 4, "style": hd})
    o.row(t, {"lines": ["Nom"]}, {"lines": [[(r["org"], B)]], "span": 3})
    o.row(t, {"lines": ["Présidente"]}, {"lines": [r["people"]["chair"]]}, {"lines": ["Trésorier"]},
          {"lines": [r["contact"]]})
    o.row(t, {"lines": [[("PERSONNE À CONTACTER", B)]], "span": 4, "style": hd})
    o.row(t, {"lines": ["Coordonnées"]},
          {"lines": ["Nom : " + r["contact"], "Adresse : " + r["address"], "Tél. : " + r["phone_w"],
                     "Courriel : " + r["email"]], "span": 3, "br": True})
    o.row(t, {"lines": ["Code postal"]}, {"lines": [r["postcode"]]}, {"lines": ["Commune"]},
          {"lines": [r["municipality"]]})
    o.row(t, {"lines": [[("PROJET", B)]], "span": 4, "style": hd})
    o.row(t, {"lines": ["Titre"]}, {"lines": [[(r["title"], B)]], "span": 3})
    o.row(t, {"lines": ["Description"]}, {"lines": [r["desc"]], "span": 3})
    o.row(t, {"lines": ["Bénévoles"]}, {"lines": [r["volunteers"]]}, {"lines": ["Début"]},
          {"lines": [r["start"]]})
    o.row(t, {"lines": [[("BUDGET", B)]], "span": 4, "style": hd})
    bl = budget_rows(r)
    first = True
    for lab, a in bl:
        cells = []
        if first:
            cells.append({"lines": ["Dépenses"], "rows": len(bl)})
        else:
            cells.append(None)
        cells += [{"lines": [lab], "span": 2}, {"lines": [money(a, "plain", " euros")]}]
        o.row(t, *cells)
        first = False
    o.row(t, {"lines": [[("Coût total", B)]], "span": 3}, {"lines": [[(r["total_w"], B)]]})
    o.row(t, {"lines": ["Montant demandé (max. 10 000 €)"], "span": 3}, {"lines": [[(r["req_w"], B)]]})
    o.row(t, {"lines": ["Fonds propres de l'association"], "span": 3},
          {"lines": [money(funding_rows(r)[0][1], "plain", " euros")]})
    o.p("")
    o.p("Fait à Bergues, le 27 mai 2019.")
    o.p("Pour l'association, le trésorier : F. Tillie")
    return o.save()


# ----------------------------------------------------------------- dev-018
def dev_018(r):
    o = Odt(r, "DejaVu Sans", "swiss", "9.5pt", "Vélo-bus")
    B = o.tstyle(bold=True)
    o.p("Vélo-bus des écoliers – idée de projet", style=o.pstyle(bold=True, size="14pt"))
    o.p("Appel à projets « Maak werk van je buurt » (Partons 2.0) – fiche simplifiée",
        style=o.pstyle(italic=True, after="0.35cm"))
    dot = lambda n: "." * n
    o.p("COLLECTIF", style=o.pstyle(bold=True, before="0.2cm"))
    o.p("Nom du collectif " + dot(22) + " " + r["org"])
    o.p("Référente " + dot(31) + " " + r["contact"] + " (" + r["role"] + ")")
    o.p("Adresse " + dot(34) + " " + r["address"])
    o.p("Code postal " + dot(10) + " " + r["postcode"] + "      Commune " + dot(10) + " " + r["municipality"])
    o.p("Téléphone " + dot(12) + " " + r["phone_w"] + "      Mail " + dot(8) + " " + r["email"])
    o.p("PROJET", style=o.pstyle(bold=True, before="0.3cm"))
    o.p("Intitulé " + dot(35) + " " + r["title"])
    o.p("En bref " + dot(35) + " " + r["desc"])
    o.p("Parents volontaires " + dot(18) + " " + r["volunteers"] + "        Démarrage " + dot(8) + " " + r["start"])
    o.p("Écoles concernées " + dot(20) + " école publique et école Sainte-Marie")
    o.p("BUDGET", style=o.pstyle(bold=True, before="0.3cm"))
    o.p("Dépenses prévues " + dot(20) + " gilets fluorescents, remorque pour enfants, formation sécurité routière")
    o.p("Budget total du projet " + dot(13) + " " + r["total_w"])
    o.p("Montant demandé " + dot(21) + " ", (r["req_w"], B))
    o.p("(plafond de l'appel : 10 000 €)", style=o.pstyle(italic=True, size="8pt"))
    o.p("", style=o.pstyle(after="0.3cm"))
    o.p("Hondschoote, le 13 juin 2019" + "  " * 12 + "É. Vermersch")
    return o.save()


# ================================================================== TEST half
# ----------------------------------------------------------------- test-016
def test_016(r):
    o = Odt(r, "Liberation Sans", "swiss", "9.5pt", "Projectidee De Zwaluw")
    B = o.tstyle(bold=True)
    G = o.tstyle(color="#2e6b30", bold=True)
    o.p("Natuurwerkgroep De Zwaluw", style=o.pstyle(bold=True, size="13pt", color="#2e6b30"))
    o.p("Projectidee voor de oproep \u2018Maak werk van je buurt!\u2019 (Partons 2.0)", style=o.pstyle(after="0.3cm"))
    lab = o.cellstyle(bg="#eaf1dd")
    t = o.table([3.2, 5.3, 3.0, 5.5])
    o.row(t, {"lines": ["Vereniging"], "style": lab}, {"lines": [[(r["org"], G)]], "span": 3})
    o.row(t, {"lines": ["Voorzitter"], "style": lab}, {"lines": [r["people"]["chair"]]},
          {"lines": ["Secretaris"], "style": lab}, {"lines": [r["contact"]]})
    o.row(t, {"lines": ["Contact voor dit dossier"], "style": lab, "rows": 2},
          {"lines": [[(r["contact"], G)], r["address"], r["postcode"] + " " + r["municipality"]], "br": True,
           "rows": 2},
          {"lines": ["Gsm"], "style": lab}, {"lines": [[(r["phone_w"], G)]]})
    o.row(t, None, None, {"lines": ["E-mail"], "style": lab}, {"lines": [[(r["email"], G)]]})
    o.row(t, {"lines": ["Projecttitel"], "style": lab}, {"lines": [[(r["title"], G)]], "span": 3})
    o.row(t, {"lines": ["Omschrijving"], "style": lab}, {"lines": [r["desc"]], "span": 3})
    o.row(t, {"lines": ["Wie doet mee?"], "style": lab},
          {"lines": ["de basisschool (3de graad), " + r["volunteers"] + " vrijwilligers, de landbouwer naast de "
                     "school"], "span": 3})
    o.row(t, {"lines": ["Kosten"], "style": lab},
          {"lines": ["zwaluwtil: ca. \u20ac 2.200 (offerte gevraagd)", "zaaigoed bloemenweide, infobord, "
                     "plantdag: nog te bepalen"], "span": 3, "br": True})
    o.row(t, {"lines": ["Totale kostprijs"], "style": lab}, {"lines": [r["total_w"]]},
          {"lines": ["Gevraagd bedrag"], "style": lab}, {"lines": [[(r["req_w"], G)]]})
    o.p("")
    o.p(("Opgelet: ", B), "het bedrag van de zwaluwtil is een schatting; de totale kostprijs bezorgen we na de "
                          "offertes.", style=o.pstyle(italic=True, size="8.5pt"))
    o.p("Poelkapelle, 21 mei 2019 \u2013 Nele Cardoen", style=o.pstyle(before="0.3cm"))
    return o.save()


# ----------------------------------------------------------------- test-017
def test_017(r):
    o = Odt(r, "Liberation Serif", "roman", "11pt", "Openluchttheater")
    B = o.tstyle(bold=True)
    I = o.tstyle(italic=True)
    o.p("Toneelkring De Kaproenen \u2013 Elverdinge", style=o.pstyle(italic=True, align="right"))
    o.p("AANVRAAG PROJECTSTEUN", style=o.pstyle(bold=True, size="16pt", before="0.2cm"))
    o.p("projectenoproep \u2018Maak werk van je buurt!\u2019 \u2013 Westhoek 2019", style=o.pstyle(after="0.4cm"))
    T1 = o.pstyle(tabs=[("5.5cm", "left", ".")], after="0.1cm")
    T2 = o.pstyle(tabs=[("3cm", "left", "."), ("9cm", "left", None), ("11.5cm", "left", ".")], after="0.1cm")
    o.h("De aanvrager", 2)
    o.p("Vereniging\t", (r["org"], B), style=T1)
    o.p("Voorzitter\t", (r["people"]["chair"], B), style=T1)
    o.p("Contactpersoon\t", (r["contact"] + " (" + r["role"] + ")", B), style=T1)
    o.p("Adres\t", (r["address"], B), style=T1)
    o.p("Postcode\t", (r["postcode"], B), "\tGemeente\t", (r["municipality"], B), style=T2)
    o.p("Telefoon\t", (r["phone_w"], B), "\tE-mail\t", (r["email"], B), style=T2)
    o.h("Het project", 2)
    o.p("Titel\t", (r["title"], B), style=T1)
    o.p("Beschrijving\t", (r["desc"], I), style=o.pstyle(tabs=[("5.5cm", "left", ".")], indent="0cm"))
    o.p("Medewerkers\t", (r["volunteers"] + " spelers en vrijwilligers", B), "\tWanneer\t", (r["start"], B),
        style=T2)
    o.h("Begroting en financiering", 2)
    sec = o.section(2, "1cm")
    tr = o.pstyle(tabs=[("7.6cm", "right", ".")], after="0.05cm")
    o.p(("Uitgaven", B), parent=sec)
    for lab, a in budget_rows(r):
        o.p(lab + "\t" + money(a, "be2", " euro"), style=tr, parent=sec)
    o.p(("Totaal uitgaven\t" + r["total_w"], B), style=tr, parent=sec)
    o.p(("Inkomsten", B), style=o.pstyle(breakbefore="column"), parent=sec)
    o.p("Partons 2.0 (gevraagd)\t", (r["req_w"], B), style=tr, parent=sec)
    for lab, a in funding_rows(r):
        o.p(lab + "\t" + money(a, "be2", " euro"), style=tr, parent=sec)
    o.p(("Totaal inkomsten\t" + r["total_w"], B), style=tr, parent=sec)
    o.p(("Partons 2.0 betaalt maximaal 10.000,00 euro per project.", I), parent=sec)
    o.p("")
    o.p("Elverdinge, 1 juni 2019\tKristof Lamaire", style=o.pstyle(tabs=[("9cm", "left", None)],
                                                                    before="0.4cm"))
    return o.save()


# ----------------------------------------------------------------- test-018
def test_018(r):
    o = Odt(r, "Liberation Sans", "swiss", "10pt", "Navette solidaire")
    V = o.tstyle(color="#1f3d9b")
    VB = o.tstyle(color="#1f3d9b", bold=True)
    o.p("APPEL À PROJETS PARTONS 2.0", style=o.pstyle(bold=True, size="14pt", align="center"))
    o.p("Formulaire de candidature – à remplir par le porteur de projet", style=o.pstyle(align="center",
                                                                                          italic=True))
    o.p("Les champs marqués * sont obligatoires. Aide plafonnée à 10 000 € ; date limite le 16 juin 2019.",
        style=o.pstyle(align="center", size="8pt", after="0.4cm"))
    S = lambda t: o.p(t, style=o.pstyle(bold=True, before="0.3cm", after="0.15cm", size="11pt"))
    u = lambda n: "_" * n
    S("A. PORTEUR DU PROJET")
    o.p("Nom de l'association* " + u(3), (r["org"], VB), u(20))
    o.p("Type* :  " + ON + " association   " + OFF + " collectif   " + OFF + " commune   " + OFF + " autre : " + u(10))
    o.p("Président " + u(3), (r["people"]["chair"], V), u(24))
    o.p("Personne à contacter* " + u(3), (r["contact"] + " (" + r["role"] + ")", VB), u(10))
    o.p("Adresse* " + u(3), (r["address"], V), u(10) + "   Code postal* " + u(2), (r["postcode"], V), u(2))
    o.p("Commune* " + u(3), (r["municipality"], V), u(10) + "   Tél.* " + u(2), (r["phone_w"], V), u(4))
    o.p("Courriel* " + u(3), (r["email"], V), u(24))
    S("B. LE PROJET")
    o.p("Titre du projet* " + u(3), (r["title"], VB), u(18))
    o.p("Description* :")
    o.p((r["desc"], V), style=o.pstyle(indent="0.5cm"))
    o.p("Le projet concerne :  " + ON + " la mobilité   " + OFF + " un lieu de rencontre   " + OFF
        + " l'environnement   " + OFF + " la culture")
    o.p("Bénévoles " + u(2), (r["volunteers"], V), u(6) + "   Démarrage " + u(2), (r["start"], V), u(6))
    S("C. BUDGET")
    for lab, a in budget_rows(r):
        o.p("– " + lab + " " + u(2), (money(a, "plain", " euros"), V), u(2))
    o.p("Coût total du projet* " + u(3), (r["total_w"], VB), u(10))
    o.p("Montant sollicité auprès de Partons 2.0* " + u(3), (r["req_w"], VB), u(10))
    for lab, a in funding_rows(r):
        o.p(lab + " " + u(3), (money(a, "plain", " euros"), V), u(10))
    S("D. ENGAGEMENTS")
    o.p(ON + " Nous participerons aux 5 sessions d'accompagnement.")
    o.p(ON + " Le projet est porté avec d'autres habitants et associations.")
    o.p("")
    o.p("Date : " + u(2), ("22/05/2019", V), u(2) + "     Signature : " + u(2), ("M.-C. Degrave", V), u(6))
    return o.save()


BUILDERS = {"dev-016": dev_016, "dev-017": dev_017, "dev-018": dev_018,
            "test-016": test_016, "test-017": test_017, "test-018": test_018}
