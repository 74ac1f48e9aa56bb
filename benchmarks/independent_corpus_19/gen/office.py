"""PDF AcroForms, DOCX, ODT, XLSX renderers (deterministic)."""
import io, zipfile, copy
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import black, white, Color
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
import docx
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import parse_xml
import openpyxl
from openpyxl.styles import Font
from texts import L, budget_lines, letter_paragraphs, subject_line, sender_block

FIXED_DT = (2019, 5, 1, 12, 0, 0)
KEYS = ["org", "name", "addr", "pcm", "phone", "email", "title", "desc", "total", "own", "req"]


# ---------------- PDF forms ----------------
def _canvas(buf, title):
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    return c


def pdf_form(r, d):
    v = r["variant"]; lab = L[r["language"]]
    buf = io.BytesIO()
    W, H = A4
    names = {}
    if v == 0:  # labels left, Text1.., reportlab fills with appearance streams, checkboxes
        c = _canvas(buf, "Formulier")
        c.setFont("Helvetica-Bold", 14); c.drawString(50, H - 60, lab["head"])
        y = H - 110
        c.setFont("Helvetica", 10)
        c.drawString(50, y, lab["kind_org"]); c.acroForm.checkbox(name="Check Box1", x=130, y=y - 4, size=12, checked=bool(r["org"]))
        c.drawString(170, y, lab["kind_priv"]); c.acroForm.checkbox(name="Check Box2", x=250, y=y - 4, size=12, checked=not r["org"])
        y -= 34
        n = 1
        for k in KEYS:
            c.drawString(50, y + 5, lab[k] + ":")
            h = 60 if k == "desc" else 18
            if k == "desc":
                y -= 42
            names[f"Text{n}"] = d[k]
            c.acroForm.textfield(name=f"Text{n}", value="", x=210, y=y, width=330, height=h, fontName="Helvetica",
                                 fontSize=9, borderWidth=1, fieldFlags="multiline" if k == "desc" else "")
            n += 1; y -= 30
        c.showPage(); c.save()
        return _fill(buf, names, {})
    if v == 1:  # labels above, 'Tekstveld N', comb boxes for postcode and phone
        c = _canvas(buf, "Fiche")
        c.setFont("Helvetica-Bold", 13); c.drawString(50, H - 55, lab["head"])
        y = H - 90; n = 3
        digits = "".join(ch for ch in r["phone"] if ch.isdigit())
        nat = "0" + (digits[2:])
        items = [("org", d["org"]), ("name", d["name"]), ("addr", d["addr"]), ("pc", r["postcode"]),
                 ("muni", r["municipality"]), ("phone", nat), ("email", d["email"]), ("title", d["title"]),
                 ("desc", d["desc"]), ("total", d["total"]), ("req", d["req"])]
        labels = dict(lab); labels["pc"] = "Code postal"; labels["muni"] = "Commune"
        labels["phone"] = "Téléphone (10 chiffres)"
        for k, val in items:
            c.setFont("Helvetica", 9); c.drawString(52, y, labels[k])
            y -= 22
            if k in ("pc", "phone"):
                ml = 5 if k == "pc" else 10
                names[f"Tekstveld {n}"] = val
                c.acroForm.textfield(name=f"Tekstveld {n}", value="", x=52, y=y, width=ml * 18, height=18, maxlen=ml,
                                     fieldFlags="comb", fontName="Courier", fontSize=11, borderWidth=1)
            else:
                h = 48 if k == "desc" else 18
                if k == "desc":
                    y -= 30
                names[f"Tekstveld {n}"] = val
                c.acroForm.textfield(name=f"Tekstveld {n}", value="", x=52, y=y, width=480, height=h, fontName="Helvetica",
                                     fontSize=9, borderWidth=1, fieldFlags="multiline" if k == "desc" else "")
            n += 2; y -= 18
        c.setFont("Helvetica", 9); c.drawString(52, y, lab["kind_org"] + " ?")
        c.acroForm.checkbox(name="Case1", x=130, y=y - 3, size=11, checked=bool(r["org"]))
        c.showPage(); c.save()
        return _fill(buf, names, {})
    # v2 / v3: blank form made with reportlab, filled afterwards with pypdf
    c = _canvas(buf, "aanvraag")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 55, "Partons 2.0 / Maak werk van je buurt!")
    names = {}
    y = H - 100
    if v == 2:  # labels only in tooltips, fields fill_N, boxes numbered
        c.setFont("Helvetica", 8)
        c.drawString(50, H - 72, "Vul alle velden in (beweeg over een vak voor uitleg)." if r["language"] == "nl" else "Remplir tous les champs.")
        for i, k in enumerate(KEYS):
            fn = f"fill_{i + 4}"
            h = 54 if k == "desc" else 18
            if k == "desc":
                y -= 36
            c.drawString(40, y + 5, f"{i + 1}.")
            c.acroForm.textfield(name=fn, tooltip=lab[k], value="", x=60, y=y, width=470, height=h, fontName="Helvetica",
                                 fontSize=9, borderWidth=1, fieldFlags="multiline" if k == "desc" else "")
            names[fn] = d[k]; y -= 30
        c.acroForm.checkbox(name="fill_20", tooltip=lab["kind_org"], x=60, y=y - 5, size=11, checked=False)
        c.drawString(76, y - 3, "?")
        cb = {"fill_20": bool(r["org"])}
    else:  # v3: veldN, labels left; requested left empty (only total + own)
        c.setFont("Helvetica", 9)
        for i, k in enumerate(KEYS):
            fn = f"veld{i + 1}"
            h = 54 if k == "desc" else 18
            if k == "desc":
                y -= 36
            c.drawString(50, y + 5, lab[k])
            c.acroForm.textfield(name=fn, value="", x=200, y=y, width=340, height=h, fontName="Helvetica", fontSize=9,
                                 borderWidth=1, fieldFlags="multiline" if k == "desc" else "")
            names[fn] = d[k]; y -= 30
        c.drawString(50, y + 2, lab["kind_org"]); c.acroForm.checkbox(name="veld20", x=200, y=y, size=11, checked=False)
        c.drawString(230, y + 2, "Partons 2.0 - sessies / sessions OK"); c.acroForm.checkbox(name="veld21", x=420, y=y, size=11, checked=False)
        cb = {"veld20": bool(r["org"]), "veld21": True}
    c.showPage(); c.save()
    return _fill(buf, names, cb)


def _fill(buf, names, cb):
    rd = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=rd)
    from pypdf.generic import DictionaryObject
    helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    cour = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Courier"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    af = w._root_object["/AcroForm"]
    af[NameObject("/DR")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): w._add_object(helv), NameObject("/Cour"): w._add_object(cour)})})
    w.update_page_form_field_values(w.pages[0], {k: v_ for k, v_ in names.items()}, auto_regenerate=False)
    for annot in w.pages[0].get("/Annots", []):
        a = annot.get_object()
        nm = a.get("/T")
        if nm in cb and cb[nm]:
            ap = a["/AP"]["/N"]
            on = [k for k in ap.keys() if k != "/Off"][0]
            a[NameObject("/V")] = NameObject(on); a[NameObject("/AS")] = NameObject(on)
    out = io.BytesIO(); w.write(out)
    return out.getvalue()


# ---------------- DOCX ----------------
def _fix_core(doc):
    import datetime
    cp = doc.core_properties
    cp.author = ""; cp.last_modified_by = ""
    cp.created = datetime.datetime(*FIXED_DT); cp.modified = datetime.datetime(*FIXED_DT)
    cp.revision = 1


def _save_docx(doc):
    _fix_core(doc)
    b = io.BytesIO(); doc.save(b)
    return _normalize_zip(b.getvalue())


def _normalize_zip(data, stored_first=None):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 5, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the current time
                import re
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2019-05-01T12:00:00Z", body)
            z.writestr(zi, body)
    return out.getvalue()


def _shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{color}"/>'))


def docx_form(r, d):
    v = r["variant"]; lab = L[r["language"]]
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10)
    if v == 0:  # two-column table with merged header rows
        doc.add_heading(lab["head"], level=1)
        t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
        def head(txt):
            row = t.add_row(); m = row.cells[0].merge(row.cells[1]); m.text = txt
            m.paragraphs[0].runs[0].bold = True; _shade(m)
        def line(k):
            row = t.add_row(); row.cells[0].text = lab[k]; row.cells[1].text = d[k]
        head("1. " + lab["sec1"])
        for k in ["org", "name", "addr", "pcm", "phone", "email"]:
            line(k)
        head("2. " + lab["sec2"])
        for k in ["title", "desc"]:
            line(k)
        head("3. " + lab["sec3"])
        for k in ["total", "own", "req"]:
            line(k)
        doc.add_paragraph(d["date"])
        return _save_docx(doc)
    if v == 1:  # content controls (w:sdt) with replaced placeholders
        doc.add_heading(lab["head"], level=1)
        W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        from xml.sax.saxutils import escape
        sid = 1000
        extra = ("Fax", "Cliquez ou appuyez ici pour entrer du texte.") if r["language"] == "fr" else ("Fax", "Klik of tik om tekst in te voeren.")
        for k in KEYS + ["fax"]:
            p = doc.add_paragraph()
            lbl = lab[k] if k != "fax" else extra[0]
            run = p.add_run(lbl + " : " if r["language"] == "fr" else lbl + ": "); run.bold = True
            sid += 7
            if k == "fax":
                content = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{escape(extra[1])}</w:t></w:r>'
                plc = "<w:showingPlcHdr/>"
            else:
                content = f'<w:r><w:t xml:space="preserve">{escape(d[k])}</w:t></w:r>'
                plc = ""
            ml = ' w:multiLine="1"' if k == "desc" else ""
            xml = (f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="{escape(lbl)}"/><w:tag w:val="cc{sid}"/><w:id w:val="{sid}"/>'
                   f'{plc}<w:text{ml}/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>')
            p._p.append(parse_xml(xml))
        doc.add_paragraph(d["date"])
        return _save_docx(doc)
    # v2: "Label: answer" lines + budget table
    doc.add_heading("Projectidee - " + r["title"] if r["language"] == "nl" else r["title"], level=1)
    pairs = [("Naam", d["name"]), ("Vereniging", d["org"]), ("Adres", f"{d['addr']}, {d['pcm']}"), ("Tel", d["phone"]),
             ("Mail", d["email"]), ("Titel", d["title"])] if r["language"] == "nl" else \
            [("Nom", d["name"]), ("Association", d["org"]), ("Adresse", f"{d['addr']}, {d['pcm']}"), ("Tél", d["phone"]),
             ("Mail", d["email"]), ("Titre", d["title"])]
    for a, b in pairs:
        doc.add_paragraph(f"{a}: {b}")
    doc.add_paragraph(("Omschrijving: " if r["language"] == "nl" else "Description : ") + d["desc"])
    doc.add_paragraph("Begroting" if r["language"] == "nl" else "Budget prévisionnel").runs[0].bold = True
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Post" if r["language"] == "nl" else "Poste"; t.rows[0].cells[1].text = "Bedrag" if r["language"] == "nl" else "Montant"
    from data import fmt_amount
    st = 0 if r["language"] == "nl" else 1
    for nm, val in budget_lines(r):
        row = t.add_row(); row.cells[0].text = nm; row.cells[1].text = fmt_amount(val, r["language"], st)
    row = t.add_row(); row.cells[0].text = "Totaal" if r["language"] == "nl" else "Total"; row.cells[1].text = fmt_amount(r["total"], r["language"], st)
    for cc in row.cells:
        cc.paragraphs[0].runs[0].bold = True
    if r["state_total"] is False:
        r["state_total"] = True  # the budget table states the total
    doc.add_paragraph((f"Eigen inbreng: {fmt_amount(r['own'], r['language'], st)}" if r["language"] == "nl" else f"Apport propre : {fmt_amount(r['own'], r['language'], st)}"))
    doc.add_paragraph((f"Gevraagd bedrag: {d['req']}" if r["language"] == "nl" else f"Montant demandé : {d['req']}"))
    return _save_docx(doc)


def docx_letter(r, d):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Cambria"; doc.styles["Normal"].font.size = Pt(11)
    for ln in sender_block(r, d):
        doc.add_paragraph(ln).paragraph_format.space_after = Pt(0)
    doc.add_paragraph("")
    for ln in ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0", "Woumenweg 100", "8600 Diksmuide"]:
        doc.add_paragraph(ln).paragraph_format.space_after = Pt(0)
    doc.add_paragraph("")
    doc.add_paragraph(d["date"])
    p = doc.add_paragraph(); p.add_run(subject_line(r)).bold = True
    for para in letter_paragraphs(r, d):
        for chunk in para.split("\n\n"):
            doc.add_paragraph(chunk)
    doc.add_paragraph(f"{r['first']} {r['last']}")
    return _save_docx(doc)


# ---------------- ODT ----------------
def _odt(body_xml):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.2">'
               '<office:automatic-styles><style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm"/></style:style></office:automatic-styles>'
               f'<office:body><office:text>{body_xml}</office:text></office:body></office:document-content>')
    styles = f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS} office:version="1.2"><office:styles/></office:document-styles>'
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/6.0.7.3$Linux_X86_64</meta:generator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        def put(n, s, comp):
            zi = zipfile.ZipInfo(n, date_time=FIXED_DT); zi.compress_type = comp
            z.writestr(zi, s)
        put("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        put("content.xml", content, zipfile.ZIP_DEFLATED); put("styles.xml", styles, zipfile.ZIP_DEFLATED)
        put("meta.xml", meta, zipfile.ZIP_DEFLATED); put("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def odt_form(r, d):
    from xml.sax.saxutils import escape as e
    lab = L[r["language"]]
    def cell(t, bold=False, span=1):
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        inner = f'<text:span text:style-name="B">{e(t)}</text:span>' if bold else e(t)
        return f'<table:table-cell office:value-type="string"{sp}><text:p>{inner}</text:p></table:table-cell>'
    body = f'<text:h text:outline-level="1">{e(lab["head"])}</text:h>'
    if r["variant"] == 0:
        rows = "".join(f"<table:table-row>{cell(lab[k], True)}{cell(d[k])}</table:table-row>" for k in KEYS)
        body += f'<table:table table:name="Formulaire" table:style-name="Tbl"><table:table-column table:number-columns-repeated="2"/>{rows}</table:table>'
        body += f"<text:p>{e(d['date'])}</text:p>"
    else:  # labels in the row above the answer, two pairs per row; phone in the e-mail box, phone box empty
        dd = dict(d)
        dd["email"] = d["phone"]; dd["phone"] = ""
        pairs = [("org", "name"), ("addr", "pcm"), ("phone", "email"), ("title", None), ("desc", None), ("total", "req")]
        rows = ""
        for a, b in pairs:
            if b:
                rows += f"<table:table-row>{cell(lab[a], True)}{cell(lab[b], True)}</table:table-row>"
                rows += f"<table:table-row>{cell(dd[a])}{cell(dd[b])}</table:table-row>"
            else:
                rows += f"<table:table-row>{cell(lab[a], True, 2)}<table:covered-table-cell/></table:table-row>"
                rows += f"<table:table-row>{cell(dd[a], False, 2)}<table:covered-table-cell/></table:table-row>"
        body += f'<table:table table:name="Tabel1" table:style-name="Tbl"><table:table-column table:number-columns-repeated="2"/>{rows}</table:table>'
        body += f"<text:p>{e(d['date'])}</text:p>"
    return _odt(body)


# ---------------- XLSX ----------------
def xlsx_form(r, d):
    from data import fmt_amount
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Candidature"
    lab = L[r["language"]]
    ws["A1"] = lab["head"]; ws["A1"].font = Font(bold=True, size=13)
    row = 3
    for k in ["org", "name", "addr", "pcm", "phone", "email", "title", "desc"]:
        ws.cell(row=row, column=1, value=lab[k]).font = Font(bold=True)
        ws.cell(row=row, column=2, value=d[k]); row += 1
    row += 1
    ws.cell(row=row, column=1, value="Budget").font = Font(bold=True, size=12); row += 1
    ws.cell(row=row, column=1, value="Poste").font = Font(bold=True); ws.cell(row=row, column=2, value="Montant (€)").font = Font(bold=True); row += 1
    for nm, val in budget_lines(r):
        ws.cell(row=row, column=1, value=nm); c = ws.cell(row=row, column=2, value=val); c.number_format = '#,##0.00 "€"'; row += 1
    ws.cell(row=row, column=1, value="TOTAL").font = Font(bold=True)
    c = ws.cell(row=row, column=2, value=r["total"]); c.number_format = '#,##0.00 "€"'; row += 1
    ws.cell(row=row, column=1, value=lab["own"]); c = ws.cell(row=row, column=2, value=r["own"]); c.number_format = '#,##0.00 "€"'; row += 1
    ws.cell(row=row, column=1, value=lab["req"])  # left empty: to compute from total - own
    ws.column_dimensions["A"].width = 34; ws.column_dimensions["B"].width = 60
    import datetime
    wb.properties.creator = "Utilisateur"; wb.properties.created = datetime.datetime(*FIXED_DT); wb.properties.modified = datetime.datetime(*FIXED_DT)
    b = io.BytesIO(); wb.save(b)
    return _normalize_zip(b.getvalue())
