"""Word attachments filled in every which way."""
import io
import datetime

from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from common import A, doc_title, zip_normalize
from pdfgen import PALETTE

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOTS = "……………………………………………………"


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _dt(c, minus_h=1):
    y, m, d, hh, mm = c["date"]
    return datetime.datetime(y, m, d, max(6, hh - minus_h), mm, 0)


def base_doc(c, rng, title=None):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(rng.choice([2.0, 2.2, 2.5]))
    sec.top_margin = Cm(rng.choice([1.8, 2.0, 2.5]))
    st = doc.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Verdana", "Trebuchet MS", "Garamond"])
    st.font.size = Pt(rng.choice([10, 10.5, 11]))
    col = RGBColor(*[int(v * 255) for v in rng.choice(PALETTE)])
    cp = doc.core_properties
    cp.author = rng.choice(["Provincie West-Vlaanderen", "Partons 2.0", "jpolin"])
    cp.last_modified_by = f"{c['first']} {c['last']}" if rng.random() < 0.5 else f"{c['other_first']} {c['other_last']}"
    cp.created = datetime.datetime(2019, 3, rng.randrange(4, 28), 9, 30, 0)
    cp.modified = _dt(c)
    cp.revision = rng.randrange(2, 9)
    cp.title = ""
    cp.comments = ""
    t = title or doc_title(c, rng)
    p = doc.add_paragraph()
    r = p.add_run(t)
    r.bold = True
    r.font.size = Pt(rng.choice([14, 15, 16]))
    r.font.color.rgb = col
    intro = ("Stuur dit formulier vóór 16 juni 2019 naar jonas.polin@west-vlaanderen.be of per post naar "
             "Provincie West-Vlaanderen, t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide."
             if c["lang"] == "nl" else
             "Merci de renvoyer cette fiche avant le 16 juin 2019 à jonas.polin@west-vlaanderen.be "
             "(Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide, Belgique).")
    ip = doc.add_paragraph(intro)
    ip.runs[0].italic = True
    ip.runs[0].font.size = Pt(8.5)
    doc._c35_col = col
    return doc


def letterhead(doc, c, rng, where="header"):
    sec = doc.sections[0]
    hf = sec.header if where == "header" else sec.footer
    p = hf.paragraphs[0]
    r = p.add_run(c["org"] or f"{c['first']} {c['last']}")
    r.bold = True
    r.font.size = Pt(12 if where == "header" else 9)
    p2 = hf.add_paragraph()
    sep = " – " if rng.random() < 0.5 else " | "
    extra = (rng.choice(["ondernemingsnr. 0", "KBO 0"]) + f"{rng.randrange(400, 899)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}"
             if c["lang"] == "nl" else f"SIRET {rng.randrange(300, 899)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} 000{rng.randrange(10, 99)}")
    r2 = p2.add_run(f"{c['address']}{sep}{c['postcode']} {c['municipality']}{sep}{extra}")
    r2.font.size = Pt(8.5 if where == "header" else 8)
    if where == "header":
        p.alignment = p2.alignment = rng.choice([WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT])
    else:
        p.alignment = p2.alignment = WD_ALIGN_PARAGRAPH.CENTER


def heading(doc, text, rng):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = doc._c35_col
    return p


def budget_par(doc, c):
    if c["total"] is None:
        return
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Kostenpost" if c["lang"] == "nl" else "Dépense"
    t.rows[0].cells[1].text = "Bedrag" if c["lang"] == "nl" else "Montant"
    for bl, ba in c["budget"]:
        row = t.add_row().cells
        row[0].text = bl
        row[1].text = A(c, ba)


def _finish(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return zip_normalize(buf.getvalue())


def _append_xml(p, xml):
    root = parse_xml(f'<w:wrap {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                        f'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
                        f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                        f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{xml}</w:wrap>')
    for el in list(root):
        p._p.append(el)


# ------------------------------------------------------------ FORMTEXT
def docx_formtext(c, items, rng):
    doc = base_doc(c, rng)
    if "letterhead" in c["opts"]:
        letterhead(doc, c, rng)
    in_table = rng.random() < 0.5
    n = [0]

    def field_xml(val):
        n[0] += 1
        res = _esc(val) if val else "\u2002" * 5
        return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Tekst{n[0]}"/><w:enabled/>'
                f'<w:calcOnExit w:val="0"/><w:textInput><w:maxLength w:val="250"/></w:textInput></w:ffData></w:fldChar></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{res}</w:t></w:r>'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    if in_table:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
    for k, label, v in items:
        if in_table:
            row = t.add_row().cells
            row[0].text = label
            _append_xml(row[1].paragraphs[0], field_xml(v))
        else:
            p = doc.add_paragraph()
            r = p.add_run(label + (": " if c["lang"] == "nl" else " : "))
            r.bold = True
            _append_xml(p, field_xml(v))
    heading(doc, c["budget_label"], rng)
    budget_par(doc, c)
    doc.add_paragraph()
    doc.add_paragraph(("Handtekening: " if c["lang"] == "nl" else "Signature : ") + f"{c['first']} {c['last']}")
    # settings: protected form, as the original template was
    settings = doc.settings.element
    settings.append(parse_xml(f'<w:documentProtection {W_NS} w:edit="forms" w:enforcement="1"/>'))
    return _finish(doc)


# -------------------------------------------------------- content ctrl
PLACEHOLDER = {"nl": "Klik of tik om tekst in te voeren.", "fr": "Cliquez ou appuyez ici pour entrer du texte."}


def docx_sdt(c, items, rng):
    doc = base_doc(c, rng)
    if "letterhead" in c["opts"]:
        letterhead(doc, c, rng, where=rng.choice(["header", "footer"]))
    sid = [1000]
    cur = None
    for k, label, v in items:
        sid[0] += 7
        if k in ("title", "requested") and cur != k:
            heading(doc, {"title": ("Het project" if c["lang"] == "nl" else "Le projet"),
                          "requested": ("Financiering" if c["lang"] == "nl" else "Financement")}[k], rng)
            cur = k
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run("\t")
        if v:
            content = f'<w:r><w:t xml:space="preserve">{_esc(v)}</w:t></w:r>'
            plc = ""
        else:
            content = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>{_esc(PLACEHOLDER[c["lang"]])}</w:t></w:r>'
            plc = "<w:showingPlcHdr/>"
        kind = "<w:text w:multiLine=\"1\"/>" if k == "descr" else "<w:text/>"
        if k == "date" and v:
            kind = '<w:date w:fullDate="2019-%02d-%02dT00:00:00Z"><w:dateFormat w:val="d/MM/yyyy"/><w:lid w:val="nl-BE"/></w:date>' % (c["date"][1], c["date"][2])
        _append_xml(p, f'<w:sdt><w:sdtPr><w:alias w:val="{_esc(label)}"/><w:tag w:val="{k}"/><w:id w:val="{sid[0]}"/>{plc}{kind}</w:sdtPr>'
                       f'<w:sdtContent>{content}</w:sdtContent></w:sdt>')
    heading(doc, c["budget_label"], rng)
    budget_par(doc, c)
    return _finish(doc)


# ------------------------------------------------------------ text box
def docx_textbox(c, items, rng, kind="vml"):
    doc = base_doc(c, rng)
    if "letterhead" in c["opts"]:
        letterhead(doc, c, rng)
    nid = [1]
    for k, label, v in items:
        nl = 3 if k == "descr" else 1
        p = doc.add_paragraph()
        p.add_run(label + ": ")
        p.add_run(DOTS[: rng.randrange(28, 40)])
        for _ in range(nl - 1):
            p.add_run().add_break()
            p.add_run(DOTS + DOTS[:20])
        if not v:
            continue
        nid[0] += 1
        left = rng.choice([150, 160, 170, 180])
        width = 300 if nl == 1 else 420
        height = 16 if nl == 1 else 54
        if nl == 1 and len(v) > 42:
            width, height = 330, 30
        top = -3 if nl == 1 else 14
        vv = _esc(v)
        if kind == "vml":
            xml = (f'<w:r><w:pict><v:shape id="Tekstvak {nid[0]}" o:spid="_x0000_s10{nid[0]:02d}" '
                   f'style="position:absolute;margin-left:{left if nl == 1 else 0}pt;margin-top:{top}pt;width:{width}pt;height:{height}pt;z-index:{nid[0]};'
                   f'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" filled="f" stroked="f">'
                   f'<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:r><w:rPr><w:color w:val="1F3864"/></w:rPr>'
                   f'<w:t xml:space="preserve">{vv}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        else:
            emu = 12700
            xml = (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
                   f'relativeHeight="{251659264 + nid[0]}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                   f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{(left if nl == 1 else 0) * emu}</wp:posOffset></wp:positionH>'
                   f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{top * emu}</wp:posOffset></wp:positionV>'
                   f'<wp:extent cx="{width * emu}" cy="{height * emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
                   f'<wp:docPr id="{nid[0]}" name="Zone de texte {nid[0]}"/><wp:cNvGraphicFramePr/>'
                   f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                   f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width * emu}" cy="{height * emu}"/></a:xfrm>'
                   f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
                   f'<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:ascii="Comic Sans MS" w:hAnsi="Comic Sans MS"/><w:color w:val="2E74B5"/></w:rPr>'
                   f'<w:t xml:space="preserve">{vv}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
                   f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
                   f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
        _append_xml(p, xml)
    heading(doc, c["budget_label"], rng)
    budget_par(doc, c)
    return _finish(doc)


# ------------------------------------------------------------ comments
def docx_comments(c, items, rng):
    """Protected-looking form: the answers were left as Word comments on the lines."""
    doc = base_doc(c, rng)
    author = f"{c['first']} {c['last']}" if "sender_other" not in c["opts"] else f"{c['other_first']} {c['other_last']}"
    initials = "".join(w[0] for w in author.split())
    typed = set(k for k, _, v in items if k in ("org", "title") and rng.random() < 0.5)
    for k, label, v in items:
        p = doc.add_paragraph()
        p.add_run(label + (": " if c["lang"] == "nl" else " : ")).bold = True
        if k in typed and v:
            p.add_run(v)
            continue
        r = p.add_run(DOTS[: rng.randrange(25, 40)])
        if v:
            cm = doc.add_comment(r, text=v, author=author, initials=initials)
    heading(doc, c["budget_label"], rng)
    if c["total"] is not None:
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "Poste" if c["lang"] == "fr" else "Post"
        t.rows[0].cells[1].text = "Montant" if c["lang"] == "fr" else "Bedrag"
        for bl, ba in c["budget"]:
            row = t.add_row().cells
            row[0].text = bl
            rr = row[1].paragraphs[0].add_run("……")
            doc.add_comment(rr, text=A(c, ba), author=author, initials=initials)
    _set_comment_dates(doc, c)
    return _finish(doc)


def _set_comment_dates(doc, c):
    try:
        part = doc.part._comments_part
    except Exception:
        return
    y, m, d, hh, mm = c["date"]
    for el in part.element.iter(qn("w:comment")):
        el.set(qn("w:date"), f"{y}-{m:02d}-{d:02d}T{max(6, hh - 1):02d}:{mm:02d}:00Z")


# -------------------------------------------------------- tracked ins
def _ins(val, author, date, rid, dots=None):
    x = ""
    if dots:
        x += (f'<w:del w:id="{rid}" w:author="{_esc(author)}" w:date="{date}"><w:r><w:delText xml:space="preserve">{dots}</w:delText></w:r></w:del>')
    x += (f'<w:ins w:id="{rid + 1}" w:author="{_esc(author)}" w:date="{date}"><w:r><w:rPr><w:color w:val="0070C0"/></w:rPr>'
          f'<w:t xml:space="preserve">{_esc(val)}</w:t></w:r></w:ins>')
    return x


def docx_tracked(c, items, rng):
    doc = base_doc(c, rng)
    author = f"{c['first']} {c['last']}"
    y, m, d, hh, mm = c["date"]
    date = f"{y}-{m:02d}-{d:02d}T{max(6, hh - 1):02d}:{mm:02d}:00Z"
    rid = 10
    for k, label, v in items:
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        dots = DOTS[: rng.randrange(25, 40)]
        if v:
            _append_xml(p, _ins(v, author, date, rid, dots if rng.random() < 0.7 else None))
            rid += 2
        else:
            p.add_run(dots)
    heading(doc, c["budget_label"], rng)
    if c["total"] is not None:
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "Kostenpost" if c["lang"] == "nl" else "Dépense"
        t.rows[0].cells[1].text = "Bedrag" if c["lang"] == "nl" else "Montant"
        for bl, ba in c["budget"]:
            row = t.add_row().cells
            _append_xml(row[0].paragraphs[0], _ins(bl, author, date, rid))
            _append_xml(row[1].paragraphs[0], _ins(A(c, ba), author, date, rid + 2))
            rid += 4
    doc.settings.element.append(parse_xml(f'<w:trackRevisions {W_NS}/>'))
    return _finish(doc)


# ---------------------------------------------------- table variants
HELP = {
    "nl": {"org": "Naam van de vereniging, school, groep", "contact": "Wie mogen we contacteren?",
           "role": "Voorzitter, secretaris, …", "street": "Straat en nummer", "pccity": "Postcode en deelgemeente",
           "phone": "Liefst een gsm-nummer", "email": "Wij mailen de uitnodigingen naar dit adres",
           "chair": "Naam en gegevens", "title": "Korte, wervende titel", "location": "Adres of plek",
           "descr": "Wat, voor wie, met wie?", "requested": "Maximum 10 000 euro", "total": "Alle kosten samen",
           "own": "Geld of prestaties", "other": "Gemeente, sponsors, …", "date": "dd/mm/jjjj"},
    "fr": {"org": "Nom de l'association, école, collectif", "contact": "Qui pouvons-nous joindre ?",
           "role": "Président, secrétaire…", "street": "Numéro et rue", "pccity": "Code postal et commune",
           "phone": "De préférence un portable", "email": "Les invitations seront envoyées à cette adresse",
           "chair": "Nom et coordonnées", "title": "Un titre court", "location": "Adresse ou lieu",
           "descr": "Quoi, pour qui, avec qui ?", "requested": "10 000 € maximum", "total": "Toutes dépenses",
           "own": "Argent ou temps bénévole", "other": "Commune, sponsors…", "date": "jj/mm/aaaa"},
}


def docx_table_newcol(c, items, rng):
    """Form table (question | guidance); the applicant added a third column for the answers."""
    doc = base_doc(c, rng)
    if "letterhead" in c["opts"]:
        letterhead(doc, c, rng)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text = "Rubriek" if c["lang"] == "nl" else "Rubrique"
    h[1].text = "Toelichting" if c["lang"] == "nl" else "Précisions"
    h[2].text = rng.choice(["Ons antwoord", "Antwoord", "Invullen"]) if c["lang"] == "nl" else "Réponse"
    cm_keys = {"requested"} if "comment_one" in c["opts"] else set()
    for k, label, v in items:
        row = t.add_row().cells
        row[0].text = label
        row[1].text = HELP[c["lang"]][k]
        if k in cm_keys:
            r = row[2].paragraphs[0].add_run("zie opmerking" if c["lang"] == "nl" else "voir commentaire")
            doc.add_comment(r, text=v, author=f"{c['first']} {c['last']}", initials=c["first"][0] + c["last"][0])
        else:
            row[2].text = v
    heading(doc, c["budget_label"], rng)
    budget_par(doc, c)
    _set_comment_dates(doc, c)
    return _finish(doc)


def docx_below_table(c, items, rng):
    """Numbered questions in a table with tiny empty cells; answers typed below, by number."""
    doc = base_doc(c, rng)
    if "letterhead" in c["opts"]:
        letterhead(doc, c, rng)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i, (k, label, v) in enumerate(items, 1):
        row = t.add_row().cells
        row[0].text = f"{i}"
        row[1].text = label
    doc.add_paragraph()
    doc.add_paragraph("Antwoorden (de vakjes waren te klein):" if c["lang"] == "nl" else "Réponses (les cases étaient trop petites) :").runs[0].italic = True
    author = f"{c['first']} {c['last']}"
    y, m, d, hh, mm = c["date"]
    date = f"{y}-{m:02d}-{d:02d}T{max(6, hh - 1):02d}:{mm:02d}:00Z"
    tracked = "tracked_one" in c["opts"]
    for i, (k, label, v) in enumerate(items, 1):
        if not v:
            continue
        p = doc.add_paragraph()
        p.add_run(f"{i}) " if rng.random() < 0.5 else f"{i}. ")
        if tracked and k == "email":
            _append_xml(p, _ins(v, author, date, 50 + i))
        else:
            p.add_run(v)
    heading(doc, c["budget_label"], rng)
    budget_par(doc, c)
    if tracked:
        doc.settings.element.append(parse_xml(f'<w:trackRevisions {W_NS}/>'))
    return _finish(doc)
