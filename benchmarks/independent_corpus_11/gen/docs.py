"""Born-digital documents: fillable PDF, Word table forms, letters (docx → rtf/doc/odt), HTML bodies."""
import html
import io
import os
import subprocess
import tempfile

import pypdf
from docx import Document
from docx.shared import Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from content import FORM_TITLES, form_rows, letter_parts, name, doc_date

FIELD_STYLES = [lambda i: f"Text{i}", lambda i: f"veld{i}", lambda i: f"champ{i}", lambda i: f"Tekstvak {i}",
                lambda i: f"fill_{i}"]


def pdf_form(r, rng):
    L = r["lang"]
    rows = form_rows(r, rng)
    desc_label = "Korte omschrijving" if L == "nl" else "Description du projet"
    rows = rows + [("desc", desc_label, r["desc"]), ("date", "Datum" if L == "nl" else "Date", doc_date(r, rng))]
    style = rng.choice(FIELD_STYLES)
    nums = list(range(1, len(rows) + 1))
    if rng.random() < 0.5:
        rng.shuffle(nums)
    above = rng.random() < 0.5
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("")
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 60, rng.choice(FORM_TITLES[L]))
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 78, "Invulbaar formulier – bewaar en stuur per e-mail" if L == "nl" else
                 "Formulaire à compléter à l'écran puis à renvoyer par courriel")
    y = H - 110
    names = {}
    for (key, label, value), n in zip(rows, nums):
        fname = style(n)
        hgt = 48 if key == "desc" else 18
        c.setFont("Helvetica", 10)
        if above:
            c.drawString(50, y, label)
            fy = y - hgt - 3
            c.acroForm.textfield(name=fname, x=50, y=fy, width=480, height=hgt, value="", fontName="Helvetica",
                                 fontSize=10, borderWidth=1, forceBorder=True,
                                 fieldFlags="multiline" if key == "desc" else "")
            y = fy - 14
        else:
            c.drawString(50, y + 5, label)
            fy = y - (hgt - 18)
            c.acroForm.textfield(name=fname, x=215, y=fy, width=330, height=hgt, value="", fontName="Helvetica",
                                 fontSize=10, borderWidth=1, forceBorder=True,
                                 fieldFlags="multiline" if key == "desc" else "")
            y = fy - 12
        names[fname] = (key, value)
    c.save()
    rd = pypdf.PdfReader(io.BytesIO(buf.getvalue()))
    w = pypdf.PdfWriter(clone_from=rd)
    w.update_page_form_field_values(w.pages[0], {k: v for k, (_, v) in names.items()}, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    out = io.BytesIO()
    w.write(out)
    raw = {key: value for _, (key, value) in names.items()}
    return out.getvalue(), raw, {"field_names": {k: kv[0] for k, kv in names.items()}, "labels_above": above}


def docx_form(r, rng, variant=None):
    L = r["lang"]
    rows = form_rows(r, rng)
    variant = variant or rng.choice(["two_col", "four_col", "two_col_shaded"])
    d = Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Times New Roman", "Verdana"])
    st.font.size = Pt(10.5)
    d.add_heading(rng.choice(FORM_TITLES[L]), level=1)
    d.add_paragraph("Gelieve dit formulier in te vullen en terug te sturen vóór 16 juni 2019." if L == "nl"
                    else "Merci de compléter ce formulaire et de le renvoyer avant le 16 juin 2019.")
    if variant == "four_col":
        n = (len(rows) + 1) // 2
        t = d.add_table(rows=n, cols=4)
        t.style = "Table Grid"
        for i, (k, lab, v) in enumerate(rows):
            rr, cc = (i % n, 0) if i < n else (i - n, 2)
            t.cell(rr, cc).text = lab
            t.cell(rr, cc + 1).text = v
    else:
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (k, lab, v) in enumerate(rows):
            t.cell(i, 0).text = lab + (":" if variant == "two_col" else "")
            t.cell(i, 1).text = v
            if variant == "two_col_shaded":
                for p in t.cell(i, 0).paragraphs:
                    for run in p.runs:
                        run.bold = True
    d.add_paragraph("")
    d.add_paragraph(("Omschrijving: " if L == "nl" else "Description : ") + r["desc"])
    d.add_paragraph(("Datum: " if L == "nl" else "Date : ") + doc_date(r, rng))
    raw = {k: v for k, _, v in rows}
    return d, raw, {"variant": variant}


def docx_letter(r, rng):
    L = r["lang"]
    parts = letter_parts(r, rng)
    d = Document()
    d.styles["Normal"].font.name = rng.choice(["Calibri", "Arial", "Times New Roman", "Georgia"])
    d.styles["Normal"].font.size = Pt(11)
    contact_sep = parts["contact_line"] is not None and name(r["contact"]) != parts["signer"]
    tel = f"{parts['tel_label']} {r['phone_raw']}"
    mail = f"{parts['mail_label']} {r['email']}" if r["doc_has_email"] else None
    blk = ([r["org"]] if r["org"] else [name(r["contact"])]) + [r["street"], f"{r['postcode']} {r['muni']}"]
    if not contact_sep:
        blk.append(tel)
        if mail:
            blk.append(mail)
    p = d.add_paragraph()
    for i, ln in enumerate(blk):
        run = p.add_run(ln)
        if i == 0 and r["org"]:
            run.bold = True
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        if i < len(blk) - 1:
            run.add_break()
    d.add_paragraph("")
    d.add_paragraph(f"{r['village']}, {parts['date']}")
    sp = d.add_paragraph()
    sp.add_run(parts["subject"]).bold = True
    d.add_paragraph(parts["greeting"])
    for para in parts["body"]:
        d.add_paragraph(para)
    d.add_paragraph(parts["close"])
    d.add_paragraph("")
    sig = d.add_paragraph(parts["signer"])
    if parts["signer_role"]:
        sig.add_run().add_break()
        sig.add_run(parts["signer_role"])
    if parts["contact_line"]:
        cp = d.add_paragraph(parts["contact_line"])
        if contact_sep:
            cp.add_run().add_break()
            cp.add_run(tel + ("  –  " + mail if mail else ""))
    return d, {"subject": parts["subject"]}, {"signer": parts["signer"]}, parts


def soffice_convert(docx_bytes, target):
    """docx → rtf / doc / odt with LibreOffice."""
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.docx")
        open(src, "wb").write(docx_bytes)
        filt = {"doc": "doc:MS Word 97", "rtf": "rtf", "odt": "odt"}[target]
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/prof", "--headless", "--convert-to", filt,
                        "--outdir", td, src], check=True, capture_output=True, timeout=180)
        return open(os.path.join(td, "in." + target), "rb").read()


def html_body(r, rng, sub):
    L = r["lang"]
    e = html.escape
    if sub == "table":
        rows = form_rows(r, rng)
        trs = "\n".join(f"<tr><td style=\"padding:3px 8px;background:#eef\"><b>{e(lab)}</b></td>"
                        f"<td style=\"padding:3px 8px\">{e(v)}</td></tr>" for _, lab, v in rows)
        intro = ("<p>Bonjour,</p><p>Voici notre candidature pour l'appel à projets. Vous trouverez ci-dessous les informations demandées.</p>"
                 if L == "fr" else "<p>Beste,</p><p>Hieronder vindt u ons projectidee voor de oproep.</p>")
        desc = f"<p>{e(r['desc'])}</p>"
        end = ("<p>Cordialement,<br>" if L == "fr" else "<p>Met vriendelijke groeten,<br>") + e(name(r["sender"])) + "</p>"
        h = f"<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">{intro}<table border=\"1\" cellspacing=\"0\">{trs}</table>{desc}{end}</body></html>"
        raw = {k: v for k, _, v in rows}
        return h, raw, {"sub": "table"}, None
    parts = letter_parts(r, rng)
    contact_sep = parts["contact_line"] is not None and name(r["contact"]) != parts["signer"]
    tel = f"{parts['tel_label']} {r['phone_raw']}"
    mail = f"{parts['mail_label']} {r['email']}" if r["doc_has_email"] else None
    ps = [f"<p><b>{e(parts['subject'])}</b></p>", f"<p>{e(parts['greeting'])}</p>"]
    ps += [f"<p>{e(x)}</p>" for x in parts["body"]]
    ps.append(f"<p>{e(parts['close'])}</p>")
    sig = [parts["signer"]] + ([parts["signer_role"]] if parts["signer_role"] else [])
    if r["org"]:
        sig.append(r["org"])
    sig += [r["street"], f"{r['postcode']} {r['muni']}"]
    if not contact_sep:
        sig.append(tel)
        if mail:
            sig.append(mail)
    ps.append("<p>" + "<br>".join(e(s) for s in sig) + "</p>")
    if parts["contact_line"]:
        cl = [parts["contact_line"]] + ([tel + ("  –  " + mail if mail else "")] if contact_sep else [])
        ps.append("<p style=\"color:#555\">" + "<br>".join(e(s) for s in cl) + "</p>")
    h = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif\">\n" + "\n".join(ps) + "\n</body></html>"
    return h, {"subject": parts["subject"]}, {"sub": "letter", "signer": parts["signer"]}, parts
