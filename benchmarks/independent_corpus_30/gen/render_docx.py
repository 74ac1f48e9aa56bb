"""Word .docx forms: label/value tables, content controls, legacy FORMTEXT fields,
and dotted label lines."""
import io
import random
import re
import unicodedata
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _run(text, bold=False, size=None, color=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rpr.append(c)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


_sdt_id = [1000]


def add_sdt(paragraph, tag, alias, value, placeholder="Klik of tik om tekst in te voeren."):
    """Run-level plain-text content control, filled with value."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_sdt_id[0]))
    pr.extend([a, t, i])
    if not value:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run(value if value else placeholder, color=None if value else "808080"))
    sdt.append(content)
    paragraph._p.append(sdt)


def add_legacy(paragraph, name, value, maxlen=None):
    """Legacy Word 97 text form field (FORMTEXT) with its result text."""
    def fld(kind):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            ff = OxmlElement("w:ffData")
            n = OxmlElement("w:name")
            n.set(qn("w:val"), name[:20])
            en = OxmlElement("w:enabled")
            ce = OxmlElement("w:calcOnExit")
            ce.set(qn("w:val"), "0")
            ti = OxmlElement("w:textInput")
            if maxlen:
                ml = OxmlElement("w:maxLength")
                ml.set(qn("w:val"), str(maxlen))
                ti.append(ml)
            ff.extend([n, en, ce, ti])
            fc.append(ff)
        r.append(fc)
        return r
    p = paragraph._p
    p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " FORMTEXT "
    r.append(it)
    p.append(r)
    p.append(fld("separate"))
    p.append(_run(value if value else "\u2002" * 5))
    p.append(fld("end"))


def _ascii(s):
    return re.sub(r"[^A-Za-z0-9]+", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode())


def render(spec, case, design):
    r = random.Random(case["seed"] + 11)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = design.get("font", "Calibri")
    st.font.size = Pt(design.get("size", 10))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(design.get("margin", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    doc.core_properties.author = design.get("author", "")
    doc.core_properties.title = spec["title"]
    accent = design.get("accent", "1F3864")
    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = spec["issuer"]
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = design.get("footer", spec["title"] + " – versie 2018")
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    run = t.add_run(spec["title"])
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor.from_string(accent)
    if design.get("center_title"):
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get("form_no"):
        doc.add_paragraph(spec["form_no"]).runs[0].font.size = Pt(8)
    for p in spec.get("intro", []):
        para = doc.add_paragraph(p)
        para.runs[0].font.size = Pt(8.5)
        para.runs[0].italic = True

    mode = design["mode"]  # table | sdt | legacy | lines | table_sdt
    counter = [0]
    lang = spec["lang"]

    def fill(paragraph, f):
        counter[0] += 1
        v = f["value"]
        if mode in ("sdt", "table_sdt"):
            tag = f["key"] if design.get("tags", "key") == "key" else f"{_ascii(f['label'])[:30]}"
            add_sdt(paragraph, tag, f["label"][:60], v,
                    placeholder="Klik of tik om tekst in te voeren." if lang == "nl" else "Cliquez ou appuyez ici pour entrer du texte.")
        elif mode == "legacy":
            name = design.get("legacy_prefix", "Tekst") + str(counter[0]) if design.get("legacy_generic") else _ascii(f["key"])[:20]
            add_legacy(paragraph, name, v)
        else:
            paragraph.add_run(v)

    def heading(text):
        if design.get("heading_style") == "word":
            doc.add_heading(text, level=2)
        else:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            rr = p.add_run(text.upper() if design.get("upper") else text)
            rr.bold = True
            rr.font.size = Pt(11)
            rr.font.color.rgb = RGBColor.from_string(accent)

    def field_table(fields):
        tb = doc.add_table(rows=0, cols=2)
        tb.style = design.get("table_style", "Table Grid")
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for f in fields:
            row = tb.add_row().cells
            row[0].text = f["label"]
            row[0].paragraphs[0].runs[0].font.size = Pt(9)
            if design.get("shade_labels", True):
                _shade(row[0], design.get("label_fill", "F2F2F2"))
            fill(row[1].paragraphs[0], f)
        for row in tb.rows:
            row.cells[0].width = Cm(6.0)
            row.cells[1].width = Cm(11.0)

    def field_lines(fields):
        for f in fields:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            rr = p.add_run(f["label"] + (" : " if lang == "fr" else ": "))
            rr.bold = design.get("bold_labels", False)
            if mode == "lines":
                if f["value"]:
                    p.add_run(f["value"])
                else:
                    p.add_run("." * 40)
            else:
                fill(p, f)

    for s in spec["sections"]:
        kind = s.get("kind", "fields")
        heading(s["heading"])
        if s.get("note"):
            doc.add_paragraph(s["note"]).runs[0].italic = True
        if kind == "budget":
            budget_table(doc, s, design, fill, lang)
            continue
        if kind in ("attest", "note_budget"):
            doc.add_paragraph(s["text"])
        if mode in ("table", "table_sdt") or (mode == "legacy" and design.get("legacy_in_table")):
            field_table(s["fields"])
        else:
            field_lines(s["fields"])
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


def budget_table(doc, b, design, fill, lang):
    layout = design.get("budget", "stacked")
    if layout == "side":
        n = max(len(b["charges"]), len(b["produits"]))
        tb = doc.add_table(rows=n + 2, cols=4)
        tb.style = "Table Grid"
        hdr = tb.rows[0].cells
        hdr[0].text, hdr[1].text, hdr[2].text, hdr[3].text = b["charges_title"], "Montant" if lang == "fr" else "Bedrag", b["produits_title"], "Montant" if lang == "fr" else "Bedrag"
        for c_ in hdr:
            _shade(c_, "D9E2F3")
        for k in range(n):
            cells = tb.rows[k + 1].cells
            if k < len(b["charges"]):
                code, lab, val = b["charges"][k]
                cells[0].text = lab if (lang == "nl" or lab[:2].isdigit()) else ("   – " + lab.strip() if lab.startswith("  ") else f"{code} {lab}")
                _put(cells[1], val, fill, f"ch_{code}_{k}", lab)
            if k < len(b["produits"]):
                code, lab, val = b["produits"][k]
                cells[2].text = lab.strip()
                if not (code == "74" and lab.startswith("74")):
                    _put(cells[3], val, fill, f"pr_{code}_{k}", lab)
        last = tb.rows[n + 1].cells
        last[0].text, last[2].text = b["total_label_c"], b["total_label_p"]
        _put(last[1], b["total"], fill, "total_charges", b["total_label_c"])
        _put(last[3], b["total"], fill, "total_produits", b["total_label_p"])
        if b.get("inkind"):
            tb2 = doc.add_table(rows=len(b["inkind"]), cols=2)
            tb2.style = "Table Grid"
            for k, (code, lab, val) in enumerate(b["inkind"]):
                tb2.rows[k].cells[0].text = lab
                _put(tb2.rows[k].cells[1], val, fill, f"vol_{code}", lab)
    else:
        for title, rows, tl, tk in ((b["charges_title"], b["charges"], b["total_label_c"], "tot_c"), (b["produits_title"], b["produits"], b["total_label_p"], "tot_p")):
            p = doc.add_paragraph()
            p.add_run(title).bold = True
            tb = doc.add_table(rows=len(rows) + 1, cols=3 if design.get("codes") else 2)
            tb.style = "Table Grid"
            for k, (code, lab, val) in enumerate(rows):
                cells = tb.rows[k].cells
                if design.get("codes"):
                    cells[0].text = code
                    cells[1].text = lab.strip()
                    vc = cells[2]
                else:
                    cells[0].text = lab.strip() if (lang == "nl" or lab[:2].isdigit()) else ("   – " + lab.strip() if lab.startswith("  ") else f"{code} - {lab}")
                    vc = cells[1]
                if not (code == "74" and lab.startswith("74")):
                    _put(vc, val, fill, f"b_{code}_{k}", lab)
            cells = tb.rows[len(rows)].cells
            cells[-2].text = tl
            cells[-2].paragraphs[0].runs[0].bold = True
            _put(cells[-1], b["total"], fill, tk, tl)
        if b.get("inkind"):
            tb2 = doc.add_table(rows=len(b["inkind"]), cols=2)
            tb2.style = "Table Grid"
            for k, (code, lab, val) in enumerate(b["inkind"]):
                tb2.rows[k].cells[0].text = lab
                _put(tb2.rows[k].cells[1], val, fill, f"vol_{code}", lab)
    if b.get("note"):
        doc.add_paragraph(b["note"]).runs[0].font.size = Pt(8)


def _put(cell, val, fill, key, label):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fill(p, {"key": key, "label": label.strip(), "value": val})
