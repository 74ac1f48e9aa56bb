"""OpenDocument text renderers (odfpy)."""
import io
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, MasterPage, Header, Footer, TabStops, TabStop,
                       GraphicProperties)
from odf.text import P, H, Span, Tab, List, ListItem, LineBreak
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.draw import Frame, TextBox
from texts import LBL, FORM_TITLE, FOOTER, DESCR, short_date, long_date
from data import name_written
from letter import build_letter


class Doc:
    def __init__(self, rng, header=None, footer=None, font="Liberation Sans"):
        self.d = OpenDocumentText()
        d = self.d
        self.bold = Style(name="B", family="text"); self.bold.addElement(TextProperties(fontweight="bold"))
        d.automaticstyles.addElement(self.bold)
        self.pstd = Style(name="Std", family="paragraph")
        self.pstd.addElement(TextProperties(fontname=font, fontfamily=font, fontsize=f"{rng.choice([10, 11, 11, 12])}pt"))
        d.styles.addElement(self.pstd)
        self.ph = Style(name="Head1", family="paragraph")
        self.ph.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
        self.ph.addElement(ParagraphProperties(marginbottom="0.3cm"))
        d.styles.addElement(self.ph)
        self.ptab = Style(name="Tabbed", family="paragraph", parentstylename="Std")
        pp = ParagraphProperties()
        ts = TabStops(); ts.addElement(TabStop(position="4.5cm")); pp.addElement(ts)
        self.ptab.addElement(pp)
        d.automaticstyles.addElement(self.ptab)
        self.pright = Style(name="Right", family="paragraph", parentstylename="Std")
        self.pright.addElement(ParagraphProperties(textalign="end"))
        d.automaticstyles.addElement(self.pright)
        self.shade = Style(name="Shade", family="table-cell")
        self.shade.addElement(TableCellProperties(backgroundcolor=rng.choice(["#d9d9d9", "#deebf7", "#e2efd9"]),
                                                  border="0.5pt solid #000000", padding="0.08cm"))
        d.automaticstyles.addElement(self.shade)
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        d.automaticstyles.addElement(self.cell)
        self.fr = Style(name="Fr1", family="graphic")
        self.fr.addElement(GraphicProperties(border="none", padding="0.1cm", wrap="none", fill="none", backgroundcolor="transparent"))
        d.automaticstyles.addElement(self.fr)
        pl = PageLayout(name="PL1")
        pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                           marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
        d.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        if header:
            h = Header()
            for line in header:
                h.addElement(P(text=line))
            mp.addElement(h)
        if footer:
            f = Footer()
            for line in footer:
                f.addElement(P(text=line))
            mp.addElement(f)
        d.masterstyles.addElement(mp)
        self.ncol = 0

    def p(self, text="", style=None, label=None):
        el = P(stylename=style or self.pstd)
        if label is not None:
            el.addElement(Span(stylename=self.bold, text=label))
        if text:
            el.addText(text)
        self.d.text.addElement(el)
        return el

    def h(self, text):
        self.d.text.addElement(P(stylename=self.ph, text=text))

    def table(self, rows, widths, shade_first=True, name=None):
        """rows: list of lists of cell texts; a cell may be ('span', text, n) to merge n columns."""
        self.ncol += 1
        t = Table(name=name or f"Tabel{self.ncol}")
        for i, w in enumerate(widths):
            cs = Style(name=f"T{self.ncol}C{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.d.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        for row in rows:
            tr = TableRow()
            col = 0
            for c in row:
                span = 1
                if isinstance(c, tuple):
                    _, c, span = c
                st = self.shade if (shade_first and col == 0) or (isinstance(c, str) and c.startswith("§")) else self.cell
                if isinstance(c, str) and c.startswith("§"):
                    c = c[1:]
                tc = TableCell(stylename=st, numbercolumnsspanned=span) if span > 1 else TableCell(stylename=st)
                for line in (c or "").split("\n"):
                    tc.addElement(P(stylename=self.pstd, text=line))
                tr.addElement(tc)
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
                col += span
            t.addElement(tr)
        self.d.text.addElement(t)

    def frame(self, lines, x="9.5cm", y="0cm", w="7cm", h="3.2cm"):
        anchor = P(stylename=self.pstd)
        fr = Frame(stylename=self.fr, anchortype="paragraph", width=w, height=h, x=x, y=y, name=f"Kader{self.ncol}")
        tb = TextBox()
        for line in lines:
            tb.addElement(P(stylename=self.pstd, text=line))
        fr.addElement(tb)
        anchor.addElement(fr)
        self.d.text.addElement(anchor)

    def bytes(self):
        b = io.BytesIO()
        self.d.write(b)
        return b.getvalue()


def odt_form(r, rng):
    lang = r["lang"]; L = LBL[lang]
    W = {}
    doc = Doc(rng, footer=[FOOTER[lang]] if rng.random() < 0.7 else None)
    doc.h(FORM_TITLE[lang])
    layout = rng.choice(["left", "above"])
    split_addr = r["split"]
    name_w = name_written(r)
    W["contact_name_w"] = name_w
    em = r["doc_email"] or (L["see_above"] if r["email_mode"] == "see_above" else "")
    rows = []
    rows.append((L["org"], r["org"] or ("/" if rng.random() < 0.5 else "")))
    rows.append((L["contact"], name_w))
    rows.append((L["role"], r["role1"] if r["org"] else ""))
    if split_addr:
        if r["country"] == "BE":
            st, nr = r["street"], r["address"][len(r["street"]) + 1:]
            bus = ""
            if " bus " in nr:
                nr, bus = nr.split(" bus ")
            rows.append((L["street"], st)); rows.append((L["num"] + " / " + L["bus"], nr + (" / " + bus if bus else "")))
            W["address_parts"] = [st, nr] + ([bus] if bus else [])
        else:
            nr, st = r["address"].split(" ", 1)
            if st.startswith("bis "):
                nr, st = nr + " bis", st[4:]
            rows.append((L["num"], nr)); rows.append((L["street"], st))
            W["address_parts"] = [nr, st]
    else:
        rows.append((L["addr"], r["address"]))
        W["address"] = r["address"]
    rows.append((L["pc"], r["postcode"])); rows.append((L["place"], r["municipality"]))
    rows.append((L["phone"], r["phone_w"] or ""))
    rows.append((L["email"], em))
    rows.append((L["title"], r["title"]))
    if layout == "left":
        trows = [[("span", "§1. " + ("Gegevens aanvrager" if lang == "nl" else "Coordonnées" if lang == "fr" else "Applicant"), 2)]]
        trows += [[a, b] for a, b in rows[:-1]]
        doc.table(trows, [6, 11])
        doc.p("")
        doc.table([[rows[-1][0], rows[-1][1]]], [6, 11])
    else:
        # labels above answers, one-column table
        trows = []
        for a, b in rows:
            trows.append(["§" + a]); trows.append([b])
        doc.table(trows, [17], shade_first=False)
    doc.p("")
    doc.p(label=L["descr"])
    doc.p(rng.choice(DESCR[lang]))
    doc.p("")
    doc.p(label=L["budget"])
    brows = [["§" + L["post"], "§" + L["amount"]]]
    for (lab, _), w in zip(r["lines"], r["line_w"]):
        brows.append([lab, w])
    brows.append(["§" + ("TOTAAL" if lang == "nl" else "TOTAL"), "§" + r["total_w"]])
    if r["own"] > 0:
        brows.append([L["own"], r["own_w"]])
    brows.append(["§" + L["req"], "§" + r["req_w"] + (f" ({r['req_words']})" if r["req_words"] else "")])
    doc.table(brows, [11, 6], shade_first=False)
    W["total_budget"] = r["total_w"]
    W["requested_amount"] = r["req_w"]
    doc.p("")
    doc.p(f"{L['date']}: {short_date(r['sign_date'])}\t{L['sign']}: {r['first']} {r['last']}", style=doc.ptab)
    if r["org"]:
        W["organisation"] = r["org"]
    W["postcode"] = r["postcode"]; W["municipality"] = r["municipality"]
    if r["phone_w"]:
        W["phone"] = r["phone_w"]
    if r["doc_email"]:
        W["email"] = r["doc_email"]
    W["project_title"] = r["title"]
    return doc.bytes(), W


def odt_letter_full(r, rng):
    lang = r["lang"]
    lt, W = build_letter(r, rng)
    use_header = bool(r["org"]) and rng.random() < 0.5
    footer = [" - ".join(lt["head"][:2])] if use_header and rng.random() < 0.5 else None
    doc = Doc(rng, header=lt["head"] if use_header else None, footer=footer,
              font=rng.choice(["Liberation Serif", "Liberation Sans", "DejaVu Sans"]))
    if not use_header:
        for i, line in enumerate(lt["head"]):
            if i == 0:
                doc.p(label=line)
            else:
                doc.p(line)
    doc.p("")
    if rng.random() < 0.4:
        doc.frame(lt["recipient"])
        for _ in range(4):
            doc.p("")
    else:
        for line in lt["recipient"]:
            doc.p(line)
    doc.p("")
    doc.p(lt["dateline"], style=doc.pright)
    doc.p("")
    doc.p(label=lt["subject"])
    doc.p("")
    doc.p(lt["salute"])
    for para in lt_paras(lt):
        doc.p(para)
    if lt["budget_table"]:
        style = rng.choice(["list", "tabs", "table"])
        if style == "list":
            lst = List()
            for (lab, _), w in zip(r["lines"], r["line_w"]):
                li = ListItem(); li.addElement(P(stylename=doc.pstd, text=f"{lab}: {w}")); lst.addElement(li)
            doc.d.text.addElement(lst)
        elif style == "tabs":
            for (lab, _), w in zip(r["lines"], r["line_w"]):
                el = doc.p(style=doc.ptab); el.addText(lab); el.addElement(Tab()); el.addText(w)
        else:
            doc.table([[lab, w] for (lab, _), w in zip(r["lines"], r["line_w"])], [10, 5], shade_first=False)
    doc.p(lt["budget_sentence"])
    doc.p("")
    doc.p(lt["closing"])
    doc.p("")
    for s in lt["signature"]:
        doc.p(s)
    if lt["contact"]:
        doc.p("")
        tabs = rng.random() < 0.5
        for k, v in lt["contact"]:
            if tabs:
                el = doc.p(style=doc.ptab); el.addText(k + ":"); el.addElement(Tab()); el.addText(v)
            else:
                doc.p(f"{k}: {v}")
    return doc.bytes(), W


def lt_paras(lt):
    return lt.get("paras", [])
