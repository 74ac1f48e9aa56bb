"""Word renderers (python-docx + raw WordprocessingML for content controls / legacy fields)."""
import io
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from xml.sax.saxutils import escape
from texts import LBL, FORM_TITLE, FOOTER, DESCR, short_date
from data import name_written, elide
from letter import build_letter


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


PLACEHOLDER = "Klik of tik om tekst in te voeren."


def add_value(par, value, mode, name):
    """Insert value into paragraph as plain run, content control or legacy text form field."""
    v = escape(value)
    if mode == "plain" or value == "":
        if mode == "sdt" and value == "":
            pass
        else:
            par.add_run(value)
            return
    if mode == "sdt":
        placeholder = value == ""
        txt = v if not placeholder else PLACEHOLDER
        xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(name)}"/><w:tag w:val="{escape(name)}"/>'
               + ('<w:showingPlcHdr/>' if placeholder else '') +
               f'<w:text/></w:sdtPr><w:sdtContent><w:r>' + ('<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else '')
               + f'<w:t xml:space="preserve">{txt}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))
    elif mode == "legacy":
        show = v if value else "\u2002" * 5
        xml = [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{escape(name)}"/><w:enabled/>'
               f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
               f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
               f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
               f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{show}</w:t></w:r>',
               f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']
        for x in xml:
            par._p.append(parse_xml(x))


def checkbox_par(par, label, checked, legacy, idx):
    if legacy:
        xml = [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Selectievakje{idx}"/><w:enabled/>'
               f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/></w:checkBox></w:ffData></w:fldChar></w:r>',
               f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
               f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']
        for x in xml:
            par._p.append(parse_xml(x))
        par.add_run(" " + label + "   ")
    else:
        par.add_run(("\u2612 " if checked else "\u2610 ") + label + "   ")


def docx_form(r, rng):
    global PLACEHOLDER
    lang = r["lang"]; L = LBL[lang]; W = {}
    PLACEHOLDER = {"nl": "Klik of tik om tekst in te voeren.", "fr": "Cliquez ou appuyez ici pour entrer du texte.",
                   "en": "Click or tap here to enter text."}[lang]
    d = Document()
    st = d.styles["Normal"]; st.font.name = rng.choice(["Calibri", "Arial", "Verdana"]); st.font.size = Pt(rng.choice([10, 11]))
    maker = rng.choice(["gemeente", "koepel", "school"]) if lang == "nl" else rng.choice(["mairie", "fede", "ecole"])
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = {"gemeente": f"Gemeente {r['municipality']} - dienst vrije tijd", "koepel": "Vlaamse Dorpenfederatie - regio Westhoek",
                "school": "Scholengemeenschap Westhoek", "mairie": elide(f"Mairie de {r['municipality']} - service vie associative"),
                "fede": "Fédération des foyers ruraux du Nord", "ecole": "Réseau des écoles du Houtland"}[maker] \
        if lang != "en" else "Partons 2.0 - English version"
    d.sections[0].footer.paragraphs[0].text = FOOTER[lang]
    d.add_heading(FORM_TITLE[lang], level=1)
    mode = rng.choice(["plain", "sdt", "legacy"])
    fill = rng.choice(["D9D9D9", "DEEAF6", "E2EFD9", "FFF2CC"])
    numbered = rng.random() < 0.5
    qn_ = [0]

    def lab(t):
        if numbered:
            qn_[0] += 1
            return f"{qn_[0]}. {t}"
        return t
    # applicant type check boxes
    p = d.add_paragraph(); p.add_run(lab(L["type"]) + ": ").bold = True
    tsel = 4 if not r["org"] else rng.choice([0, 1, 2]) if lang != "en" else 0
    legacy_cb = rng.random() < 0.5
    for i, t in enumerate(L["types"]):
        checkbox_par(p, t, i == tsel, legacy_cb, i + 1)
    two_person = rng.random() < 0.5
    split = r["split"]
    name_w = name_written(r); W["contact_name_w"] = name_w
    em = r["doc_email"] or (L["see_above"] if r["email_mode"] == "see_above" else "")
    fld = [0]

    def fname():
        fld[0] += 1
        return rng.choice(["Tekst", "Text", "Veld", "txt"]) + str(fld[0])

    # org
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    def row2(label, value):
        c = t.add_row().cells
        c[0].text = ""; c[0].paragraphs[0].add_run(label).bold = True; shade(c[0], fill)
        add_value(c[1].paragraphs[0], value, mode, fname())
    row2(lab(L["org"]), r["org"] or "")
    if r["org"]:
        W["organisation"] = r["org"]
    row2(lab(L["title"]), r["title"]); W["project_title"] = r["title"]
    d.add_paragraph()
    if two_person:
        p2f, p2l, role2 = r["p2"]
        t2 = d.add_table(rows=1, cols=3); t2.style = "Table Grid"
        h = t2.rows[0].cells
        h[0].text = ""; h[1].text = ""; h[2].text = ""
        h[1].paragraphs[0].add_run(L["person1"]).bold = True
        h[2].paragraphs[0].add_run(L["second"] + f" ({role2.lower()})").bold = True
        for c in h: shade(c, fill)
        rows = [(L["contact"].split()[0] if lang != "fr" else "Nom et prénom", name_w, f"{p2l.upper()} {p2f}" if r["name_caps"] else f"{p2f} {p2l}"),
                (L["role"], r["role1"] if r["org"] else "", role2),
                (L["phone"], r["phone_w"] or "", r["p2_phone_w"]),
                (L["email"], em, r["p2_email"])]
        if lang == "nl":
            rows[0] = ("Naam", rows[0][1], rows[0][2])
        for a, b, c in rows:
            cc = t2.add_row().cells
            cc[0].text = ""; cc[0].paragraphs[0].add_run(a).bold = True; shade(cc[0], fill)
            add_value(cc[1].paragraphs[0], b, mode, fname()); add_value(cc[2].paragraphs[0], c, mode, fname())
        d.add_paragraph()
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    else:
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        row2(lab(L["contact"]), name_w)
        if r["org"]:
            row2(lab(L["role"]), r["role1"])
        row2(lab(L["phone"]), r["phone_w"] or "")
        row2(lab(L["email"]), em)
    if split:
        d.add_paragraph().add_run(lab(L["addr"].split("(")[0].strip() + (" contactpersoon" if lang == "nl" else " du contact" if lang == "fr" else " of contact person"))).bold = True
        if r["country"] == "BE":
            st_, nr = r["street"], r["address"][len(r["street"]) + 1:]
            bus = ""
            if " bus " in nr:
                nr, bus = nr.split(" bus ")
            heads = [L["street"], L["num"], L["bus"], L["pc"], L["place"]]
            vals = [st_, nr, bus, r["postcode"], r["municipality"]]
            W["address_parts"] = [st_, nr] + ([bus] if bus else [])
        else:
            nr, st_ = r["address"].split(" ", 1)
            if st_.startswith("bis "):
                nr, st_ = nr + " bis", st_[4:]
            heads = [L["num"], L["street"], L["pc"], L["place"]]
            vals = [nr, st_, r["postcode"], r["municipality"]]
            W["address_parts"] = [nr, st_]
        ta = d.add_table(rows=2, cols=len(heads)); ta.style = "Table Grid"
        for i, (hh, vv) in enumerate(zip(heads, vals)):
            ta.rows[0].cells[i].text = ""; ta.rows[0].cells[i].paragraphs[0].add_run(hh).bold = True
            shade(ta.rows[0].cells[i], fill)
            add_value(ta.rows[1].cells[i].paragraphs[0], vv, mode, fname())
    else:
        row2(lab(L["addr"]), r["address"]); W["address"] = r["address"]
        row2(lab(L["pc"] + " + " + L["place"].split("/")[0].strip().lower()), f"{r['postcode']} {r['municipality']}")
    W["postcode"] = r["postcode"]; W["municipality"] = r["municipality"]
    if r["phone_w"]:
        W["phone"] = r["phone_w"]
    if r["doc_email"]:
        W["email"] = r["doc_email"]
    d.add_paragraph()
    d.add_paragraph().add_run(lab(L["descr"])).bold = True
    d.add_paragraph(rng.choice(DESCR[lang]))
    d.add_paragraph().add_run(lab(L["budget"])).bold = True
    tb = d.add_table(rows=1, cols=2); tb.style = "Table Grid"
    tb.rows[0].cells[0].text = L["post"]; tb.rows[0].cells[1].text = L["amount"]
    for c in tb.rows[0].cells: shade(c, fill)
    for (lb, _), w in zip(r["lines"], r["line_w"]):
        c = tb.add_row().cells; c[0].text = lb; c[1].text = w
    c = tb.add_row().cells; c[0].text = ""; c[0].paragraphs[0].add_run(L["total"]).bold = True
    add_value(c[1].paragraphs[0], r["total_w"], mode, fname()); W["total_budget"] = r["total_w"]
    if r["own"] > 0:
        c = tb.add_row().cells; c[0].text = L["own"]; add_value(c[1].paragraphs[0], r["own_w"], mode, fname())
    c = tb.add_row().cells; c[0].text = ""; c[0].paragraphs[0].add_run(lab(L["req"])).bold = True
    shade(c[0], fill)
    add_value(c[1].paragraphs[0], r["req_w"] + (f" ({r['req_words']})" if r["req_words"] else ""), mode, fname())
    W["requested_amount"] = r["req_w"]
    d.add_paragraph()
    d.add_paragraph(f"{L['date']}: {short_date(r['sign_date'])}        {L['sign']}: {r['first']} {r['last']}")
    b = io.BytesIO(); d.save(b)
    return b.getvalue(), W


def docx_letter(r, rng):
    lt, W = build_letter(r, rng)
    d = Document()
    st = d.styles["Normal"]; st.font.name = rng.choice(["Calibri", "Cambria", "Arial", "Times New Roman"])
    st.font.size = Pt(11)
    in_header = bool(r["org"]) and rng.random() < 0.5
    if in_header:
        hp = d.sections[0].header.paragraphs[0]
        run = hp.add_run(lt["head"][0]); run.bold = True; run.font.size = Pt(14); run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        for line in lt["head"][1:]:
            d.sections[0].header.add_paragraph(line)
    else:
        for i, line in enumerate(lt["head"]):
            p = d.add_paragraph(); rr = p.add_run(line)
            if i == 0:
                rr.bold = True; rr.font.size = Pt(14)
            p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    # recipient block, right-indented like Belgian/French letters
    for line in lt["recipient"]:
        p = d.add_paragraph(line); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    p = d.add_paragraph(lt["dateline"]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(); p.add_run(lt["subject"]).bold = True
    d.add_paragraph(lt["salute"])
    for para in lt["paras"]:
        d.add_paragraph(para)
    if lt["budget_table"]:
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for (lb, _), w in zip(r["lines"], r["line_w"]):
            c = t.add_row().cells; c[0].text = lb; c[1].text = w
    d.add_paragraph(lt["budget_sentence"])
    d.add_paragraph(lt["closing"])
    d.add_paragraph()
    for s in lt["signature"]:
        p = d.add_paragraph(s); p.paragraph_format.space_after = Pt(0)
    if lt["contact"]:
        d.add_paragraph()
        for k, v in lt["contact"]:
            p = d.add_paragraph(f"{k}:\t{v}"); p.paragraph_format.space_after = Pt(0)
    b = io.BytesIO(); d.save(b)
    return b.getvalue(), W
