"""Word (.docx) application forms in several house styles: label|answer tables,
4-column tables, content controls (inline or block), legacy form fields,
dotted/tabbed label lines, label-above-answer and numbered questions."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

QUESTIONS = {
    "nl": {"org": "Hoe heet jullie vereniging of groep?", "project_title": "Wat is de titel van jullie project?",
           "contact_name": "Wie is de contactpersoon?", "addr_full": "Op welk adres kunnen we jullie bereiken?",
           "phone": "Op welk nummer is de contactpersoon bereikbaar?", "email": "E-mailadres van de contactpersoon?",
           "requested_amount": "Hoeveel steun vragen jullie (max. 10 000 euro)?"},
    "fr": {"org": "Quel est le nom de votre association ou collectif ?", "project_title": "Quel est le titre de votre projet ?",
           "contact_name": "Qui est la personne à contacter ?", "addr_full": "Quelle est votre adresse ?",
           "phone": "À quel numéro peut-on la joindre ?", "email": "Quelle est son adresse électronique ?",
           "requested_amount": "Quel montant demandez-vous (10 000 € maximum) ?"},
}

FONTS = ["Calibri", "Arial", "Times New Roman", "Verdana", "Cambria", "Century Gothic", "Garamond"]
ACCENTS = ["1F4E79", "385623", "833C0B", "7030A0", "404040", "C00000", "2E75B6"]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _insert_front(pPr, el):
    """Insert el near the start of w:pPr (after pStyle/keepNext/...), respecting the schema order."""
    early = {qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines"), qn("w:pageBreakBefore"), qn("w:framePr"),
             qn("w:widowControl"), qn("w:numPr"), qn("w:suppressLineNumbers"), qn("w:pBdr")}
    idx = 0
    for i, ch in enumerate(list(pPr)):
        if ch.tag in early:
            idx = i + 1
    pPr.insert(idx, el)


def para_border(p, color="808080"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), color)
        bdr.append(e)
    _insert_front(pPr, bdr)


def run_el(text, bold=False, color=None, italic=False, style=None):
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    if style:
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), style)
        rPr.append(rs)
    if bold:
        rPr.append(OxmlElement("w:b"))
    if italic:
        rPr.append(OxmlElement("w:i"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rPr.append(c)
    r.append(rPr)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = part
        r.append(t)
    return r


class DocxForm:
    def __init__(self, doc, r, rng, path):
        self.d, self.r, self.rng, self.path = doc, r, rng, path
        self.lang = doc["lang"]
        self.v = r["layout"]
        self.doc = Document()
        self.font = rng.choice(FONTS)
        self.size = rng.choice([10, 10.5, 11])
        self.accent = rng.choice(ACCENTS)
        self.shade = rng.choice(["D9E2F3", "E2EFD9", "F2F2F2", "FBE4D5", "DEEAF6", "FFF2CC"])
        self.answer_color = rng.choice([None, None, "1F3864", "0070C0"])
        self.sdt_id = 1000 + rng.randint(0, 5000)
        self.ff = 0
        st = self.doc.styles["Normal"]
        st.font.name = self.font
        st.font.size = Pt(self.size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is not None:
            rfonts.set(qn("w:eastAsia"), self.font)
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        m = rng.choice([1.8, 2.0, 2.5])
        sec.left_margin = sec.right_margin = Cm(m)
        sec.top_margin = sec.bottom_margin = Cm(rng.choice([1.5, 2.0, 2.5]))
        cp = self.doc.core_properties
        cp.author = rng.choice([r["first"] + " " + r["last"], "Gebruiker" if self.lang == "nl" else "Utilisateur",
                                "secretariaat", "PC-Bureau", ""])
        cp.title = doc["title"] if rng.random() < 0.6 else ""
        import datetime
        cp.created = datetime.datetime(2019, rng.choice([2, 3, 4]), rng.randint(1, 28), 10, 0, 0)
        cp.modified = datetime.datetime.combine(r["date"], datetime.time(rng.randint(8, 22), rng.randint(0, 59)))
        cp.last_modified_by = r["first"] + " " + r["last"]
        cp.comments = ""
        cp.revision = rng.randint(2, 12)
        self.qn = 0

    # -------------------------------------------------------- generic bits
    def p(self, text="", bold=False, italic=False, size=None, color=None, align=None, after=None):
        par = self.doc.add_paragraph()
        if text:
            run = par.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
            if color:
                run.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        return par

    def header_footer(self):
        d = self.d
        sec = self.doc.sections[0]
        if d["org_header"]:
            hp = sec.header.paragraphs[0]
            hp.text = d["org_header"]
            hp.runs[0].font.size = Pt(8)
            hp.runs[0].font.color.rgb = RGBColor.from_string("7F7F7F")
        fp = sec.footer.paragraphs[0]
        if d["coord_header"]:
            if self.lang == "nl":
                fp.text = "Provincie West-Vlaanderen \u2013 Partons 2.0 \u2013 Jonas Polin \u2013 Woumenweg 100, 8600 Diksmuide \u2013 " \
                          "jonas.polin@west-vlaanderen.be \u2013 +32 51 51 94 37"
            else:
                fp.text = "Partons 2.0 \u2013 contact : Jonas Polin, Woumenweg 100, 8600 Diksmuide (B) \u2013 " \
                          "jonas.polin@west-vlaanderen.be \u2013 +32 489 309 839"
        else:
            fp.text = self.rng.choice(["", "versie maart 2019" if self.lang == "nl" else "version mars 2019",
                                       self.d["title"]])
        if fp.runs:
            fp.runs[0].font.size = Pt(7.5)

    def title(self):
        d = self.d
        style = self.rng.choice(["big", "heading", "boxed"])
        if style == "heading":
            h = self.doc.add_heading(d["title"], level=1)
        elif style == "boxed":
            h = self.p(d["title"], bold=True, size=self.size + 5, color=self.accent, align="center")
            para_border(h, self.accent)
        else:
            h = self.p(d["title"].upper(), bold=True, size=self.size + 4, color=self.accent)
        if d["subtitle"]:
            self.p(d["subtitle"], italic=True, size=self.size - 1)
        for t in d["intro"]:
            self.p(t, italic=True, size=self.size - 1, color="404040")

    def coord_box(self):
        cb = self.d["coord_box"]
        if not cb:
            return
        t = self.doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        lines = cb["text"].split("\n")
        c.paragraphs[0].add_run(lines[0]).bold = True
        for ln in lines[1:]:
            pp = c.add_paragraph(ln)
            pp.runs[0].font.size = Pt(8)
        shade(c, "F2F2F2")
        self.p("")

    def section_title(self, s):
        st = self.rng_style
        if st == "heading":
            self.doc.add_heading(s, level=2)
        elif st == "shaded":
            par = self.p(s, bold=True, color="FFFFFF")
            pPr = par._p.get_or_add_pPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), self.accent)
            _insert_front(pPr, shd)
        elif st == "underline":
            par = self.p()
            run = par.add_run(s)
            run.bold = True
            run.underline = True
        else:
            self.p(s, bold=True, size=self.size + 1.5, color=self.accent)

    def answer_runs(self, par, value):
        if not value:
            return
        lines = value.split("\n")
        for i, ln in enumerate(lines):
            run = par.add_run(ln)
            if self.answer_color:
                run.font.color.rgb = RGBColor.from_string(self.answer_color)
            if i < len(lines) - 1:
                run.add_break()

    # -------------------------------------------------------- content controls
    def sdt_inline(self, par, value, alias, placeholder):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias[:60])
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), alias[:30].lower().replace(" ", "_"))
        i = OxmlElement("w:id")
        self.sdt_id += 7
        i.set(qn("w:val"), str(self.sdt_id))
        pr.extend([a, tg, i])
        if not value:
            pr.append(OxmlElement("w:showingPlcHdr"))
        txt = OxmlElement("w:text")
        if "\n" in (value or ""):
            txt.set(qn("w:multiLine"), "1")
        pr.append(txt)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        if value:
            content.append(run_el(value, color=self.answer_color))
        else:
            content.append(run_el(placeholder, style="PlaceholderText", color="808080"))
        sdt.append(content)
        par._p.append(sdt)

    def placeholder(self):
        return "Klik of tik om tekst in te voeren." if self.lang == "nl" else "Cliquez ou appuyez ici pour entrer du texte."

    # -------------------------------------------------------- legacy fields
    def legacy_text(self, par, value):
        self.ff += 1
        name = ("Tekst%d" if self.lang == "nl" else "Texte%d") % self.ff
        r1 = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "begin")
        ffd = OxmlElement("w:ffData")
        nm = OxmlElement("w:name")
        nm.set(qn("w:val"), name)
        ffd.append(nm)
        ffd.append(OxmlElement("w:enabled"))
        coe = OxmlElement("w:calcOnExit")
        coe.set(qn("w:val"), "0")
        ffd.append(coe)
        ffd.append(OxmlElement("w:textInput"))
        fc.append(ffd)
        r1.append(fc)
        r2 = OxmlElement("w:r")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " FORMTEXT "
        r2.append(it)
        r3 = OxmlElement("w:r")
        fs = OxmlElement("w:fldChar")
        fs.set(qn("w:fldCharType"), "separate")
        r3.append(fs)
        par._p.extend([r1, r2, r3])
        if value:
            par._p.append(run_el(value))
        else:
            par._p.append(run_el("\u2002" * 5))
        r5 = OxmlElement("w:r")
        fe = OxmlElement("w:fldChar")
        fe.set(qn("w:fldCharType"), "end")
        r5.append(fe)
        par._p.append(r5)

    def legacy_check(self, par, on):
        self.ff += 1
        r1 = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "begin")
        ffd = OxmlElement("w:ffData")
        nm = OxmlElement("w:name")
        nm.set(qn("w:val"), "Selectievakje%d" % self.ff if self.lang == "nl" else "CaseACocher%d" % self.ff)
        ffd.append(nm)
        ffd.append(OxmlElement("w:enabled"))
        cb = OxmlElement("w:checkBox")
        cb.append(OxmlElement("w:sizeAuto"))
        df = OxmlElement("w:default")
        df.set(qn("w:val"), "1" if on else "0")
        cb.append(df)
        ffd.append(cb)
        fc.append(ffd)
        r1.append(fc)
        r2 = OxmlElement("w:r")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " FORMCHECKBOX "
        r2.append(it)
        r3 = OxmlElement("w:r")
        fe = OxmlElement("w:fldChar")
        fe.set(qn("w:fldCharType"), "end")
        r3.append(fe)
        par._p.extend([r1, r2, r3])

    def protect_forms(self):
        settings = self.doc.settings.element
        dp = OxmlElement("w:documentProtection")
        dp.set(qn("w:edit"), "forms")
        dp.set(qn("w:enforcement"), "1")
        later = settings.find(qn("w:defaultTabStop"))
        if later is not None:
            later.addprevious(dp)
        else:
            settings.append(dp)

    # -------------------------------------------------------- items per variant
    def checks_text(self, it):
        return "   ".join(("\u2612 " if on else "\u2610 ") + txt for txt, on in it["options"])

    def budget(self, it):
        rows = it["rows"]
        t = self.doc.add_table(rows=1, cols=2)
        t.style = self.rng.choice(["Table Grid", "Light List Accent 1", "Light Grid", "Table Grid"])
        h = t.rows[0].cells
        h[0].text, h[1].text = it["head"]
        for c in h:
            c.paragraphs[0].runs[0].bold = True
        for desc, a, _ in rows:
            cells = t.add_row().cells
            cells[0].text = desc
            cells[1].text = a
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if self.rng.random() < 0.5:
            t.add_row()
        cells = t.add_row().cells
        cells[0].text = it["total"][0]
        cells[1].text = it["total"][1]
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].paragraphs[0].runs[0].bold = True
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for lab, a, _ in it["fin"]:
            cells = t.add_row().cells
            cells[0].text = lab
            cells[1].text = a
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for row in t.rows:
            row.cells[0].width = Cm(12)
            row.cells[1].width = Cm(4)
        self.p("", after=2)

    def flat_fields(self, items):
        out = []
        for it in items:
            if it["t"] == "row":
                out.extend(it["fields"])
            else:
                out.append(it)
        return out

    # --- table2: one label|answer table per section
    def sec_table2(self, items):
        t = None
        for it in self.flat_fields(items):
            if it["t"] in ("field", "checks"):
                if t is None:
                    t = self.doc.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    t.alignment = WD_TABLE_ALIGNMENT.CENTER
                cells = t.add_row().cells
                cells[0].text = it["label"]
                shade(cells[0], self.shade)
                cells[0].width, cells[1].width = Cm(6), Cm(11)
                if it["t"] == "checks":
                    cells[1].text = self.checks_text(it)
                else:
                    self.answer_runs(cells[1].paragraphs[0], it["value"])
                    if it.get("hint"):
                        rr = cells[0].add_paragraph(it["hint"]).runs[0]
                        rr.italic = True
                        rr.font.size = Pt(8)
            else:
                t = None
                self.other(it)

    # --- table4: label|value|label|value
    def sec_table4(self, items):
        t = self.doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        pending = []

        def flush():
            if not pending:
                return
            cells = t.add_row().cells
            for i, f in enumerate(pending):
                cells[2 * i].text = f["label"]
                shade(cells[2 * i], self.shade)
                self.answer_runs(cells[2 * i + 1].paragraphs[0], f["value"])
            pending.clear()

        for it in items:
            if it["t"] == "row":
                flush()
                fs = it["fields"][:2]
                pending.extend(fs)
                flush()
                for f in it["fields"][2:]:
                    pending.append(f)
            elif it["t"] == "field" and (it.get("multiline") or len(it["value"] or "") > 38 or len(it["label"]) > 30):
                flush()
                cells = t.add_row().cells
                cells[0].text = it["label"]
                shade(cells[0], self.shade)
                m = cells[1].merge(cells[3])
                self.answer_runs(m.paragraphs[0], it["value"])
            elif it["t"] == "field":
                pending.append(it)
                if len(pending) == 2:
                    flush()
            elif it["t"] == "checks":
                flush()
                cells = t.add_row().cells
                cells[0].text = it["label"]
                shade(cells[0], self.shade)
                m = cells[1].merge(cells[3])
                m.text = self.checks_text(it)
            else:
                flush()
                self.other(it)
                t = self.doc.add_table(rows=0, cols=4)
                t.style = "Table Grid"
        flush()
        self.p("", after=2)

    # --- sdt: table with content controls in the answer column
    def sec_sdt(self, items):
        t = None
        for it in self.flat_fields(items):
            if it["t"] == "field":
                if t is None:
                    t = self.doc.add_table(rows=0, cols=2)
                    t.style = self.rng.choice(["Table Grid", "Light Shading Accent 1", "Table Grid"])
                cells = t.add_row().cells
                cells[0].text = it["label"]
                cells[0].width, cells[1].width = Cm(6), Cm(11)
                self.sdt_inline(cells[1].paragraphs[0], it["value"], it["label"].rstrip(": "), self.placeholder())
            elif it["t"] == "checks":
                if t is None:
                    t = self.doc.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                cells = t.add_row().cells
                cells[0].text = it["label"]
                cells[1].text = self.checks_text(it)
            else:
                t = None
                self.other(it)

    # --- sdt_above: label paragraph, block of content control below
    def sec_sdt_above(self, items):
        for it in self.flat_fields(items):
            if it["t"] == "field":
                lp = self.p(it["label"], bold=True, after=1)
                par = self.p(after=6)
                par.paragraph_format.left_indent = Cm(0.4)
                self.sdt_inline(par, it["value"], it["label"].rstrip(": "), self.placeholder())
            elif it["t"] == "checks":
                self.p(it["label"], bold=True, after=1)
                self.p(self.checks_text(it))
            else:
                self.other(it)

    # --- legacy form fields: 'Label:<tab>[field]'
    def sec_legacy(self, items):
        for it in items:
            if it["t"] == "field":
                par = self.p(after=3)
                par.paragraph_format.tab_stops.add_tab_stop(Cm(6.0))
                par.add_run(it["label"] + "\t")
                self.legacy_text(par, it["value"])
            elif it["t"] == "row":
                par = self.p(after=3)
                par.paragraph_format.tab_stops.add_tab_stop(Cm(6.0))
                for i, f in enumerate(it["fields"]):
                    par.add_run((f["label"] + "\t") if i == 0 else ("   " + f["label"] + " "))
                    self.legacy_text(par, f["value"])
            elif it["t"] == "checks":
                par = self.p(it["label"] + " ", after=3)
                for txt, on in it["options"]:
                    self.legacy_check(par, on)
                    par.add_run(" " + txt + "   ")
            else:
                self.other(it)

    # --- dots: 'Label : value ..........' lines
    def sec_dots(self, items):
        for it in self.flat_fields(items):
            if it["t"] == "field":
                v = it["value"] or ""
                if it.get("multiline"):
                    self.p(it["label"], after=1)
                    par = self.p(after=1)
                    self.answer_runs(par, v)
                    self.p("." * 120, color="7F7F7F", after=4)
                    continue
                par = self.p(after=4)
                par.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                par.add_run(it["label"] + " ")
                self.answer_runs(par, v)
                if self.rng.random() < 0.5:
                    par.add_run(" \t")
                else:
                    par.add_run(" " + "\u2026" * max(3, 40 - len(v) - len(it["label"])))
            elif it["t"] == "checks":
                self.p(it["label"] + "  " + self.checks_text(it), after=4)
            else:
                self.other(it)

    # --- tabs: 'Label<tab>: value'
    def sec_tabs(self, items):
        for it in self.flat_fields(items):
            if it["t"] == "field":
                par = self.p(after=2)
                par.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
                lab = it["label"].rstrip(": ")
                par.add_run(lab + "\t: ")
                self.answer_runs(par, it["value"])
            elif it["t"] == "checks":
                self.p(it["label"].rstrip(": ") + "\t: " + self.checks_text(it), after=2)
            else:
                self.other(it)

    # --- above: label line, answer line(s) below
    def sec_above(self, items):
        for it in self.flat_fields(items):
            if it["t"] == "field":
                lp = self.p(after=0)
                run = lp.add_run(it["label"])
                run.bold = self.rng.random() < 0.6
                run.underline = not run.bold
                par = self.p(after=6)
                par.paragraph_format.left_indent = Cm(0.5)
                self.answer_runs(par, it["value"] or "")
                if not it["value"]:
                    par.add_run("_" * 30)
            elif it["t"] == "checks":
                self.p(it["label"], bold=True, after=0)
                self.p(self.checks_text(it), after=6)
            else:
                self.other(it)

    # --- questions: numbered questions with answers
    def sec_questions(self, items):
        qs = QUESTIONS[self.lang]
        for it in self.flat_fields(items):
            if it["t"] == "field":
                self.qn += 1
                q = qs.get(it.get("key")) or it["label"].rstrip(": ")
                import re
                q = re.sub(r"^\d+\.\s*", "", q)
                self.p("%d. %s" % (self.qn, q), bold=True, after=1)
                par = self.p(after=6)
                par.paragraph_format.left_indent = Cm(0.6)
                self.answer_runs(par, it["value"] or "\u2014")
            elif it["t"] == "checks":
                self.qn += 1
                self.p("%d. %s" % (self.qn, it["label"].rstrip(": ")), bold=True, after=1)
                self.p(self.checks_text(it), after=6)
            else:
                self.other(it)

    def other(self, it):
        if it["t"] == "budget":
            self.budget(it)
        elif it["t"] == "text":
            if it.get("style") == "box":
                self.p(it["text"], size=8)
            else:
                self.p(it["text"], italic=True, size=self.size - 1, color="595959")

    def render(self):
        self.rng_style = self.rng.choice(["heading", "shaded", "underline", "plain"])
        self.header_footer()
        self.title()
        top_box = self.rng.random() < 0.5
        if top_box:
            self.coord_box()
        fn = getattr(self, "sec_" + self.v)
        for s in self.d["sections"]:
            self.section_title(s["title"])
            fn(s["items"])
        if not top_box:
            self.p("")
            self.coord_box()
        if self.v == "legacy":
            self.protect_forms()
        self.doc.save(self.path)


def render_docx(doc, r, rng, path):
    DocxForm(doc, r, rng, path).render()
