import io, zipfile
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from pypdf import PdfReader, PdfWriter

HEAD = {
    "nl": ["Aanvraagformulier projectenoproep 'Maak werk van je buurt!'",
           "Gemeente {muni} - Aanvraag subsidie cultuur en jeugd (aangepast voor Partons 2.0)",
           "Projectfiche Partons 2.0 - Westhoek",
           "Stichting Dorpsleven - aanvraag projectsteun (hergebruikt voor Maak werk van je buurt)",
           "Schoolraad - formulier projectaanvraag",
           "MAAK WERK VAN JE BUURT! - Indieningsformulier projectidee",
           "Sportdienst {muni} - aanvraag impulssubsidie (hergebruikt)",
           "Formulier 'Leefbare dorpen' 2019",
           "Projectvoorstel Westhoek - Partons 2.0",
           "Aanvraag ondersteuning burgerinitiatief"],
    "fr": ["Formulaire de candidature - appel à projets 'Maak werk van je buurt !'",
           "Commune de {muni} - Demande de subvention aux associations (réutilisé)",
           "Fiche projet Partons 2.0 - Flandre intérieure",
           "Fondation pour les villages - demande de soutien",
           "Dossier de candidature - initiatives citoyennes 2019",
           "APPEL À PROJETS PARTONS 2.0 - Fiche de candidature",
           "Mairie de {muni} - Formulaire de demande d'aide aux projets",
           "Fiche d'identification du projet",
           "Candidature - villages et quartiers vivants",
           "Demande d'aide - projet d'habitants"],
}


def head(r, v):
    return HEAD[r["lang"]][v % 10].format(muni=r["village"])


def norm_zip(data):
    """Rewrite a zip with fixed timestamps (deterministic output)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2019, 6, 1, 12, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2019-06-03T08:00:00Z", blob)
            z.writestr(ni, blob)
    return out.getvalue()


def wrap(text, font, size, width, c):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- PDF AcroForm
PDF_FORM_STYLES = [
    dict(labelpos="left", font="Helvetica", names=lambda i: f"Text{i}", border="solid", cols=1, banner=True, lw=170),
    dict(labelpos="above", font="Times-Roman", names=lambda i: f"fld_{i:03d}", border="underlined", cols=1, banner=False, lw=0),
    dict(labelpos="tooltip", font="Helvetica", names=lambda i: f"untitled{i}", border="solid", cols=1, banner=True, lw=0),
    dict(labelpos="below", font="Helvetica", names=lambda i: f"T{i}a", border="underlined", cols=1, banner=False, lw=0),
    dict(labelpos="left", font="Times-Roman", names=lambda i: f"Zone de texte {i}", border="solid", cols=2, banner=True, lw=95),
    dict(labelpos="above", font="Helvetica", names=lambda i: f"topmostSubform[0].Page1[0].TextField{i}[0]", border="solid", cols=2, banner=False, lw=0),
    dict(labelpos="left", font="Courier", names=lambda i: f"Tekstvak {i}", border="underlined", cols=1, banner=False, lw=190),
    dict(labelpos="tooltip", font="Times-Roman", names=lambda i: f"f{i * 7 + 3}", border="inset", cols=1, banner=False, lw=0),
    dict(labelpos="below", font="Helvetica", names=lambda i: f"Champ{i}", border="solid", cols=2, banner=True, lw=0),
    dict(labelpos="left", font="Helvetica", names=lambda i: f"Veld_{chr(65 + i % 26)}{i}", border="inset", cols=1, banner=True, lw=150),
]


def pdf_form(r, content, v):
    st = PDF_FORM_STYLES[v]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(head(r, v))
    W, H = A4
    font, bold = st["font"], {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[st["font"]]
    y = H - 50
    counter = [0]
    values = {}

    def newpage():
        nonlocal y
        c.showPage(); y = H - 50

    def need(h):
        if y - h < 50:
            newpage()

    def field(label, value, x, w, h=16, multiline=False):
        counter[0] += 1
        name = st["names"](counter[0])
        kw = dict(name=name, x=x, y=y - h, width=w, height=h, value="", borderStyle=st["border"],
                  borderColor=colors.black, fillColor=colors.Color(0.92, 0.95, 1) if st["banner"] else colors.white,
                  textColor=colors.black, forceBorder=True, fontName="Helvetica", fontSize=9)
        kw["tooltip"] = label if st["labelpos"] == "tooltip" else ("" if v % 2 else name)
        if not kw["tooltip"]:
            del kw["tooltip"]
        if multiline:
            kw["fieldFlags"] = "multiline"
        c.acroForm.textfield(**kw)
        if value:
            values[name] = value

    # header
    if st["banner"]:
        c.setFillColor(colors.Color(0.15, 0.3, 0.55)); c.rect(40, y - 30, W - 80, 40, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont(bold, 13); c.drawString(50, y - 16, head(r, v)[:80])
        c.setFillColor(colors.black); y -= 50
    else:
        c.setFont(bold, 14); c.drawString(40, y, head(r, v)[:80]); y -= 8
        c.line(40, y, W - 40, y); y -= 18
    c.setFont(font, 8)
    for t in content["instr"]:
        for ln in wrap(t, font, 8, W - 90, c):
            need(10); c.drawString(45, y, ln); y -= 10
        y -= 4
    if st["labelpos"] == "tooltip":
        c.setFont(font, 7)
        c.drawString(45, y, "(Beweeg de muis over een vak voor uitleg / survolez une case pour l'aide)" if r["lang"] == "nl"
                     else "(Survolez chaque case pour afficher l'intitulé)"); y -= 12
    qn = 0
    for heading, rows in content["sections"]:
        need(40)
        if heading:
            y -= 6; c.setFont(bold, 11); c.drawString(40, y, heading); y -= 16
        col = 0
        for row in rows:
            if row[0] == "f":
                _, key, label, value = row
                qn += 1
                multi = key == "desc"
                h = 36 if multi else 16
                if st["cols"] == 2 and not multi and key not in ("title",):
                    w = (W - 100) / 2
                    x0 = 45 + col * (w + 10)
                else:
                    w = W - 90; x0 = 45; col = 0
                lp = st["labelpos"]
                if lp == "left":
                    lw = st["lw"] if st["cols"] == 1 else st["lw"]
                    need(h + 6); c.setFont(font, 8.5)
                    c.drawString(x0, y - 11, label[:45] if st["cols"] == 2 else label)
                    field(label, value, x0 + lw, w - lw, h, multi)
                    adv = h + 6
                elif lp == "above":
                    need(h + 18); c.setFont(font, 8.5); c.drawString(x0, y, label); yy = y
                    y -= 3; field(label, value, x0, w, h, multi); y = yy
                    adv = h + 18
                elif lp == "below":
                    need(h + 18); field(label, value, x0, w, h, multi)
                    c.setFont(font, 7); c.drawString(x0 + 2, y - h - 8, label)
                    adv = h + 18
                else:
                    need(h + 6); c.setFont(font, 7); c.drawString(x0 - 2 if x0 > 45 else 30, y - 10, f"{qn}")
                    field(label, value, x0 + 4, w - 4, h, multi); adv = h + 6
                if st["cols"] == 2 and not multi and key != "title":
                    if col == 1:
                        y -= adv
                    col = 1 - col
                else:
                    y -= adv
            elif row[0] == "c":
                if col == 1:
                    y -= 24; col = 0
                _, label, opts, chosen = row
                need(20); c.setFont(font, 8.5)
                x = 45
                if st["labelpos"] != "tooltip":
                    c.drawString(x, y - 10, label + ":"); x += c.stringWidth(label + ":", font, 8.5) + 8
                for o in opts:
                    counter[0] += 1
                    c.acroForm.checkbox(name=st["names"](counter[0]), x=x, y=y - 12, size=10, checked=(o == chosen),
                                        buttonStyle="cross", tooltip=o, borderColor=colors.black, fillColor=colors.white)
                    c.drawString(x + 13, y - 10, o); x += c.stringWidth(o, font, 8.5) + 24
                    if x > W - 100:
                        x = 45; y -= 15
                y -= 20
            elif row[0] == "t":
                if col == 1:
                    y -= 24; col = 0
                _, key, hdr, trows = row
                n = len(hdr)
                widths = [(W - 90) / n] * n if key == "people" else [W - 90 - 120, 120]
                need(16 * (len(trows) + 1) + 6)
                c.setFont(bold, 8.5)
                x = 45
                for hh, ww in zip(hdr, widths):
                    c.drawString(x + 2, y - 11, hh); x += ww
                y -= 15
                for tr in trows:
                    need(17)
                    x = 45
                    for j, (cell, ww) in enumerate(zip(tr, widths)):
                        if key == "people" and j == 0 or (key != "people" and j == 0):
                            # first column printed, rest are widgets
                            c.setFont(font, 8.5); c.drawString(x + 2, y - 11, cell)
                            c.rect(x, y - 15, ww, 15)
                        else:
                            lab = (tr[0] + " - " + hdr[j])
                            field(lab, cell, x, ww, 15)
                        x += ww
                    y -= 15
                y -= 8
        if col == 1:
            y -= 24; col = 0
    c.setFont(font, 7)
    c.drawString(40, 30, ("Provincie West-Vlaanderen - Partons 2.0" if r["lang"] == "nl" else "Interreg V France-Wallonie-Vlaanderen - Partons 2.0"))
    c.save()
    rd = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=rd)
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    w._ID = None
    out = io.BytesIO(); w.write(out)
    return out.getvalue()


# ---------------------------------------------------------------- PDF without widgets
def pdf_letter(r, content, v):
    """Forms filled in a word processor and exported / printed to PDF. No widgets."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    W, H = A4
    kind = v % 4  # 0 grid table, 1 dotted leaders, 2 numbered questions, 3 boxed two-column
    font = ["Helvetica", "Times-Roman", "Helvetica", "Times-Roman", "Times-Roman", "Helvetica", "Helvetica", "Times-Roman"][v]
    bold = font.replace("-Roman", "") + "-Bold" if font != "Helvetica" else "Helvetica-Bold"
    if font == "Times-Roman":
        bold = "Times-Bold"
    c.setTitle(head(r, v + 2) if v < 8 else "")
    c.setAuthor(r["sender"]["name"])
    c.setCreator(["Microsoft® Word 2016", "LibreOffice 6.2", "Microsoft: Print To PDF", "Writer"][kind])
    y = H - 60

    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage(); y = H - 60

    c.setFont(bold, 13 if kind != 2 else 12)
    c.drawCentredString(W / 2, y, head(r, v + 2)); y -= 22
    if kind in (0, 2):
        c.setFont(font, 8)
        for t in content["instr"]:
            for ln in wrap(t, font, 8, W - 120, c):
                need(10); c.drawString(60, y, ln); y -= 10
            y -= 4
    qn = 0
    for heading, rows in content["sections"]:
        need(30)
        if heading:
            y -= 6; c.setFont(bold, 10.5)
            if kind == 3:
                c.setFillColor(colors.Color(0.85, 0.85, 0.85)); c.rect(55, y - 4, W - 110, 15, fill=1, stroke=0)
                c.setFillColor(colors.black)
            c.drawString(60, y, heading.upper() if kind == 1 else heading); y -= 16
        for row in rows:
            if row[0] == "f":
                _, key, label, value = row
                qn += 1
                if kind == 0:
                    lines = wrap(value or " ", font, 9.5, W - 120 - 180, c) or [" "]
                    hh = 14 * len(lines) + 4
                    need(hh)
                    c.rect(60, y - hh + 10, 170, hh); c.rect(230, y - hh + 10, W - 290, hh)
                    c.setFont(bold, 9); c.drawString(64, y, label)
                    c.setFont(font, 9.5)
                    for k, ln in enumerate(lines):
                        c.drawString(234, y - 14 * k, ln)
                    y -= hh
                elif kind == 1:
                    need(16); c.setFont(font, 10)
                    lab = label + " : " if r["lang"] == "fr" else label + ": "
                    c.drawString(60, y, lab)
                    x = 60 + c.stringWidth(lab, font, 10)
                    c.setDash(1, 2); c.line(x, y - 2, W - 60, y - 2); c.setDash()
                    c.setFont("Helvetica-Oblique", 10)
                    for k, ln in enumerate(wrap(value, "Helvetica-Oblique", 10, W - 70 - x, c)):
                        if k:
                            y -= 14; need(14)
                        c.drawString(x + 4, y + 1, ln)
                    y -= 18
                elif kind == 2:
                    need(34); c.setFont(bold, 9.5); c.drawString(60, y, f"{qn}. {label}?" if not label.endswith("?") else f"{qn}. {label}")
                    y -= 13; c.setFont(font, 10)
                    for ln in wrap(value, font, 10, W - 140, c) or [""]:
                        c.drawString(75, y, ln); y -= 13
                    y -= 5
                else:
                    need(28); c.setFont(font, 7.5); c.drawString(62, y + 2, label)
                    c.rect(60, y - 14, W - 120, 24)
                    c.setFont(font, 10); c.drawString(66, y - 10, (value or "")[:95]); y -= 28
            elif row[0] == "c":
                _, label, opts, chosen = row
                need(18); c.setFont(font, 9.5)
                txt = label + ": " + "   ".join(("[X] " if o == chosen else "[  ] ") + o for o in opts)
                for ln in wrap(txt, font, 9.5, W - 120, c):
                    c.drawString(60, y, ln); y -= 13
                y -= 4
            elif row[0] == "t":
                _, key, hdr, trows = row
                n = len(hdr)
                widths = [(W - 120) / n] * n if key == "people" else [W - 120 - 130, 130]
                need(15 * (len(trows) + 1) + 8)
                x = 60; c.setFont(bold, 9)
                for hh, ww in zip(hdr, widths):
                    if kind != 1:
                        c.rect(x, y - 4, ww, 15)
                    c.drawString(x + 3, y, hh); x += ww
                y -= 15
                c.setFont(font, 9)
                for tr in trows:
                    need(15); x = 60
                    for j, (cell, ww) in enumerate(zip(tr, widths)):
                        if kind != 1:
                            c.rect(x, y - 4, ww, 15)
                        if key != "people" and j == 1:
                            c.drawRightString(x + ww - 4, y, cell)
                        else:
                            c.drawString(x + 3, y, cell)
                        x += ww
                    y -= 15
                y -= 8
    if kind in (1, 3):
        need(40); c.setFont(font, 8)
        for t in content["instr"]:
            for ln in wrap(t, font, 8, W - 120, c):
                need(10); c.drawString(60, y, ln); y -= 10
    c.setFont(font, 7); c.drawString(60, 30, "1/1" if kind == 3 else "")
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def docx_form(r, content, v):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    import datetime
    d = docx.Document()
    d.core_properties.author = r["sender"]["name"]
    d.core_properties.created = datetime.datetime(2019, 5, 20, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2019, 6, 1, 9, 0, 0)
    d.core_properties.last_modified_by = r["sender"]["name"]
    d.core_properties.revision = 3
    d.core_properties.title = head(r, v + 4)
    style = d.styles["Normal"]; style.font.name = ["Calibri", "Arial", "Cambria", "Verdana", "Calibri"][v % 5]
    style.font.size = Pt(10)
    kind = v % 5  # 0 table label|answer, 1 numbered q + answer below, 2 content controls, 3 two pairs per row, 4 people table + mixed
    d.add_heading(head(r, v + 4), level=1 if kind != 3 else 0)
    if kind != 2:
        for t in content["instr"]:
            p = d.add_paragraph(t); p.runs[0].font.size = Pt(8); p.runs[0].italic = True

    def sdt(paragraph, tag, alias, text):
        s = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
        t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
        i = OxmlElement("w:id"); i.set(qn("w:val"), str(abs(hash(tag)) % 100000 if False else sum(map(ord, tag)) * 7)); pr.append(i)
        if not text:
            sp = OxmlElement("w:showingPlcHdr"); pr.append(sp)
        s.append(pr)
        cont = OxmlElement("w:sdtContent")
        run = OxmlElement("w:r"); te = OxmlElement("w:t")
        te.text = text or ("Klik hier om tekst in te voeren." if r["lang"] == "nl" else "Cliquez ici pour entrer du texte.")
        te.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(te); cont.append(run); s.append(cont)
        paragraph._p.append(s)

    qn_ = 0
    for heading, rows in content["sections"]:
        if heading:
            d.add_heading(heading, level=2)
        pairs = []
        def flush():
            if not pairs:
                return
            if kind == 3:
                tb = d.add_table(rows=0, cols=4); tb.style = "Table Grid"
                for k in range(0, len(pairs), 2):
                    cells = tb.add_row().cells
                    for j, (lab, val) in enumerate(pairs[k:k + 2]):
                        cells[2 * j].text = lab; cells[2 * j + 1].text = val
                        cells[2 * j].paragraphs[0].runs[0].bold = True
            elif kind in (0, 4):
                tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid" if kind == 0 else "Light List Accent 1"
                for lab, val in pairs:
                    cells = tb.add_row().cells
                    cells[0].text = lab + ("" if kind == 0 else " :"); cells[1].text = val
            pairs.clear()
        for row in rows:
            if row[0] == "f":
                _, key, label, value = row
                qn_ += 1
                if kind in (0, 3, 4):
                    pairs.append((label, value))
                elif kind == 1:
                    p = d.add_paragraph(); rr = p.add_run(f"{qn_}. {label}"); rr.bold = True
                    d.add_paragraph(value if value else "……………………………………")
                else:
                    p = d.add_paragraph(); rr = p.add_run(label + ": "); rr.bold = True
                    sdt(p, f"ctl{qn_:02d}", f"Veld {qn_}" if r["lang"] == "nl" else f"Champ {qn_}", value)
            elif row[0] == "c":
                flush()
                _, label, opts, chosen = row
                d.add_paragraph(label + ":  " + "   ".join(("☒ " if o == chosen else "☐ ") + o for o in opts))
            elif row[0] == "t":
                flush()
                _, key, hdr, trows = row
                tb = d.add_table(rows=1, cols=len(hdr)); tb.style = "Table Grid"
                for j, h in enumerate(hdr):
                    tb.rows[0].cells[j].text = h
                for tr in trows:
                    cells = tb.add_row().cells
                    for j, cell in enumerate(tr):
                        cells[j].text = cell
                d.add_paragraph("")
        flush()
    if kind == 2:
        for t in content["instr"]:
            p = d.add_paragraph(t); p.runs[0].font.size = Pt(8)
    b = io.BytesIO(); d.save(b)
    return norm_zip(b.getvalue())


# ---------------------------------------------------------------- ODT
def odt_form(r, content, v):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import P, H, Span, LineBreak, Tab
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import meta, dc
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text=head(r, v + 6)))
    doc.meta.addElement(meta.InitialCreator(text=r["sender"]["name"]))
    doc.meta.addElement(meta.CreationDate(text="2019-05-28T10:00:00"))
    doc.meta.addElement(meta.Generator(text="LibreOffice/6.2.3.2$Windows_X86_64"))
    bs = Style(name="B", family="text"); bs.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bs)
    sm = Style(name="Sm", family="paragraph"); sm.addElement(TextProperties(fontsize="8pt", fontstyle="italic")); doc.automaticstyles.addElement(sm)
    cellst = Style(name="C1", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm")); doc.automaticstyles.addElement(cellst)
    h1 = Style(name="H1", family="paragraph"); h1.addElement(TextProperties(fontsize="15pt", fontweight="bold")); doc.automaticstyles.addElement(h1)
    h2 = Style(name="H2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1f4e79")); doc.automaticstyles.addElement(h2)
    kind = v % 3  # 0 table, 1 label<tab>answer paragraphs, 2 question then answer + people table
    doc.text.addElement(P(stylename=h1, text=head(r, v + 6)))
    for t in content["instr"]:
        doc.text.addElement(P(stylename=sm, text=t))
    tcount = [0]

    def table(rows, ncols):
        tcount[0] += 1
        t = Table(name=f"Tabel{tcount[0]}")
        t.addElement(TableColumn(numbercolumnsrepeated=ncols))
        for rw in rows:
            tr = TableRow()
            for cell in rw:
                tc = TableCell(stylename=cellst, valuetype="string")
                tc.addElement(P(text=cell)); tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)

    qn = 0
    for heading, rows in content["sections"]:
        if heading:
            doc.text.addElement(P(stylename=h2, text=heading))
        pend = []
        for row in rows + [("end",)]:
            if row[0] == "f" and kind == 0:
                pend.append([row[2], row[3]]); continue
            if pend:
                table(pend, 2); pend = []
            if row[0] == "f":
                qn += 1
                _, key, label, value = row
                if kind == 1:
                    p = P(); p.addElement(Span(stylename=bs, text=label + (" :" if r["lang"] == "fr" else ":")))
                    p.addElement(Tab()); p.addText(value or "____________"); doc.text.addElement(p)
                else:
                    p = P(); p.addElement(Span(stylename=bs, text=f"{qn}) {label}")); doc.text.addElement(p)
                    doc.text.addElement(P(text=value or "-"))
            elif row[0] == "c":
                _, label, opts, chosen = row
                doc.text.addElement(P(text=label + " : " + " / ".join(("[x] " if o == chosen else "[ ] ") + o for o in opts)))
            elif row[0] == "t":
                _, key, hdr, trows = row
                table([hdr] + trows, len(hdr))
    b = io.BytesIO(); doc.write(b)
    return norm_zip(b.getvalue())


# ---------------------------------------------------------------- XLSX
def xlsx_form(r, content, v):
    import openpyxl, datetime
    from openpyxl.styles import Font, PatternFill, Border, Side, Alignment
    from decimal import Decimal
    wb = openpyxl.Workbook()
    wb.properties.creator = r["sender"]["name"]
    wb.properties.created = datetime.datetime(2019, 5, 15, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2019, 6, 3, 8, 0, 0)
    kind = v % 3  # 0 vertical label|value, 1 label row / value row below, 2 labels in col B, values in col D, merged title
    numeric = v in (0, 2, 4)
    ws = wb.active; ws.title = "Fiche"
    bud = wb.create_sheet("Budget")
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=["DDEBF7", "FCE4D6", "E2EFDA", "FFF2CC", "EDEDED", "D9E1F2"][v % 6])
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = head(r, v + 1); ws["A1"].font = Font(bold=True, size=14)
    if kind == 2:
        ws.merge_cells("A1:F1")
    row = 3
    for t in content["instr"]:
        ws.cell(row=row, column=1, value=t).font = Font(italic=True, size=8); row += 1
    row += 1
    ws.column_dimensions["A"].width = 38; ws.column_dimensions["B"].width = 45
    ws.column_dimensions["D"].width = 45; ws.column_dimensions["C"].width = 30

    def money(s, d):
        if numeric:
            return float(d)
        return s

    budget_rows = []
    for heading, rows in content["sections"]:
        is_bud = any(rw[0] == "t" and rw[1] in ("expenses", "income") for rw in rows) or any(rw[0] == "f" and rw[1] in ("req", "total", "own") for rw in rows)
        if is_bud:
            budget_rows.append((heading, rows)); continue
        if heading:
            ws.cell(row=row, column=1, value=heading).font = bold
            ws.cell(row=row, column=1).fill = fill; row += 1
        if kind == 1:
            fl = [rw for rw in rows if rw[0] == "f"]
            for j, rw in enumerate(fl):
                ws.cell(row=row, column=1 + j, value=rw[2]).font = bold
                ws.cell(row=row + 1, column=1 + j, value=rw[3] or None).border = box
            row += 3
            rows = [rw for rw in rows if rw[0] != "f"]
        for rw in rows:
            if rw[0] == "f":
                col_l, col_v = (1, 2) if kind == 0 else (2, 4)
                ws.cell(row=row, column=col_l, value=rw[2])
                cval = ws.cell(row=row, column=col_v, value=rw[3] or None); cval.border = box
                row += 1
            elif rw[0] == "c":
                ws.cell(row=row, column=1, value=rw[1])
                ws.cell(row=row, column=2, value=rw[3]).border = box; row += 1
            elif rw[0] == "t":
                _, key, hdr, trows = rw
                for j, h in enumerate(hdr):
                    ws.cell(row=row, column=1 + j, value=h).font = bold
                row += 1
                for tr in trows:
                    for j, cell in enumerate(tr):
                        ws.cell(row=row, column=1 + j, value=cell).border = box
                    row += 1
        row += 1
    # Budget sheet
    bud["A1"] = ("Begroting - " if r["lang"] == "nl" else "Budget prévisionnel - ") + r["title"]
    bud["A1"].font = Font(bold=True, size=12)
    bud.column_dimensions["A"].width = 44; bud.column_dimensions["B"].width = 16
    br = 3
    amounts = {lab: a for lab, a in r["expenses"]}
    from data import amt
    for heading, rows in budget_rows:
        for rw in rows:
            if rw[0] == "f":
                _, key, label, value = rw
                d = {"req": r["req"], "total": r["total"], "own": r["own"]}[key]
                bud.cell(row=br, column=1, value=label).font = bold
                bud.cell(row=br, column=2, value=money(value, d)).border = box
                if numeric:
                    bud.cell(row=br, column=2).number_format = '#,##0.00 "€"'
                br += 1
            elif rw[0] == "t":
                _, key, hdr, trows = rw
                for j, h in enumerate(hdr):
                    bud.cell(row=br, column=1 + j, value=h).font = bold
                    bud.cell(row=br, column=1 + j).fill = fill
                br += 1
                for tr in trows:
                    lab, s = tr
                    if key == "expenses":
                        d = amounts.get(lab, r["total"])
                    else:
                        d = r["own"] if lab in ("Eigen inbreng vereniging", "Autofinancement") else (r["total"] if lab.startswith("Tot") else r["req"])
                    bud.cell(row=br, column=1, value=lab)
                    cc = bud.cell(row=br, column=2, value=money(s, d)); cc.border = box
                    if numeric:
                        cc.number_format = '#,##0.00'
                    if lab.startswith("Tot"):
                        bud.cell(row=br, column=1).font = bold
                    br += 1
                br += 1
    b = io.BytesIO(); wb.save(b)
    return norm_zip(b.getvalue())
