"""docx (python-docx) and odt (odfpy) renderers."""
import io
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from xml.sax.saxutils import escape


def fix_zip(data, when=(2019, 5, 1, 12, 0, 0)):
    """Rewrite a zip (docx/odt) with fixed timestamps so the output is byte-reproducible."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _flat_rows(m):
    """Yield (kind, payload) lines from a form model."""
    for sec in m["sections"]:
        yield "sec", sec["title"]
        for row in sec["rows"]:
            f = row[0]
            if f[0] == "__budget__":
                _, hl, lr, hr, rr, tot = f
                yield "hdr", hl
                for lab, v in lr:
                    yield "item", (lab, v, "text")
                yield "item", ("Total des charges", tot[1], "text")
                yield "hdr", hr
                for lab, v in rr:
                    yield "item", (lab, v, "text")
                yield "item", ("Total des produits", tot[2], "text")
            elif f[0] == "__costs__":
                yield "hdr", f[1]
                for lab, v in f[2]:
                    yield "item", (lab, v, "text")
            elif f[2].startswith("check"):
                yield "check", (f[0], [(k.split(":", 1)[1], v) for _, v, k in row])
            else:
                for it in row:
                    yield "item", it


def _sdt(value, label, ph):
    txt = escape(value) if value else escape(ph)
    showing = "" if value else "<w:showingPlcHdr/>"
    return parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(label[:40])}"/><w:tag w:val="f"/>{showing}</w:sdtPr>'
                     f'<w:sdtContent><w:r><w:t xml:space="preserve">{txt}</w:t></w:r></w:sdtContent></w:sdt>')


def render_docx_form(m, variant, rng, lang):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Verdana"])
    st.font.size = Pt(10)
    d.core_properties.author = rng.choice(["Gebruiker", "pc", "Utilisateur", "Provincie WVL", "HP"])
    d.core_properties.title = m["title"]
    d.add_heading(m["title"], 1)
    d.add_paragraph(m["subtitle"]).runs[0].italic = True
    sec0 = d.sections[0]
    sec0.footer.paragraphs[0].text = m["footer"]
    table = None
    ph = {"fr": "Cliquez ici pour entrer du texte.", "nl": "Klik hier als u tekst wilt invoeren.", "en": "Click here to enter text."}[lang]
    dots = "." * rng.randint(14, 30)
    for kind, pl in _flat_rows(m):
        if kind == "sec":
            d.add_heading(pl, 2)
            table = None
            continue
        if kind == "hdr":
            p = d.add_paragraph()
            p.add_run(pl).bold = True
            table = None
            continue
        if kind == "check":
            lab, opts = pl
            d.add_paragraph((lab + " : " if lab else "") + "   ".join(("☒ " if v else "☐ ") + o for o, v in opts))
            table = None
            continue
        lab, val, k = pl
        if variant in ("table", "sdt"):
            if table is None:
                table = d.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            r = table.add_row().cells
            r[0].text = lab
            r[0].width = Cm(6)
            if variant == "sdt" and k != "sig":
                r[1].paragraphs[0]._p.append(_sdt(val, lab, ph))
            else:
                r[1].text = val
        elif variant == "dotted":
            if k == "multi":
                d.add_paragraph(lab + " :")
                d.add_paragraph(val)
            else:
                sep = rng.choice([" ", "\u00a0"]) if lang == "fr" else ""
                d.add_paragraph(f"{lab}{sep}: {dots} {val}" if val else f"{lab}{sep}: {dots}{dots}")
        else:  # below
            p = d.add_paragraph()
            p.add_run(lab + (" ?" if lang == "fr" and rng.random() < 0.3 else "")).bold = True
            q = d.add_paragraph(val if val else "")
            q.paragraph_format.left_indent = Cm(1)
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue())


# ------------------------------------------------------------------ odt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell


def _odt_base():
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    right = Style(name="R", family="paragraph")
    right.addElement(ParagraphProperties(textalign="end"))
    doc.automaticstyles.addElement(right)
    small = Style(name="S", family="paragraph")
    small.addElement(TextProperties(fontsize="8pt", color="#555555"))
    doc.automaticstyles.addElement(small)
    head = Style(name="Hd", family="paragraph")
    head.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#2d5a1e"))
    doc.automaticstyles.addElement(head)
    cell = Style(name="C", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cell)
    return doc, dict(bold=bold, right=right, small=small, head=head, cell=cell)


def render_odt_form(m, rng):
    doc, s = _odt_base()
    doc.text.addElement(P(stylename=s["head"], text=m["title"]))
    doc.text.addElement(P(text=m["subtitle"]))
    t = None
    n = 0
    for kind, pl in _flat_rows(m):
        if kind in ("sec", "hdr"):
            p = P()
            p.addElement(Span(stylename=s["bold"], text=pl))
            doc.text.addElement(p)
            t = None
            continue
        if kind == "check":
            lab, opts = pl
            doc.text.addElement(P(text=(lab + " : " if lab else "") + "   ".join(("[X] " if v else "[ ] ") + o for o, v in opts)))
            continue
        lab, val, k = pl
        if t is None:
            n += 1
            t = Table(name=f"Tabel{n}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            doc.text.addElement(t)
        tr = TableRow()
        for txt in (lab, val):
            tc = TableCell(stylename=s["cell"])
            tc.addElement(P(text=txt))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(P(stylename=s["small"], text=m["footer"]))
    b = io.BytesIO()
    doc.write(b)
    return fix_zip(b.getvalue())


def render_odt_letter(L, rng):
    doc, s = _odt_base()
    first = True
    for line in L["head"]:
        if first:
            doc.text.addElement(P(stylename=s["head"], text=line))
            first = False
        else:
            doc.text.addElement(P(stylename=s["small"], text=line))
    doc.text.addElement(P(text=""))
    for line in L["to"]:
        doc.text.addElement(P(stylename=s["right"], text=line))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=s["right"], text=L["placedate"]))
    p = P()
    p.addElement(Span(stylename=s["bold"], text=L["subject"]))
    doc.text.addElement(p)
    for para in L["paras"]:
        doc.text.addElement(P(text=para))
        doc.text.addElement(P(text=""))
    for line in L["sign"]:
        if line:
            doc.text.addElement(P(text=line))
    b = io.BytesIO()
    doc.write(b)
    return fix_zip(b.getvalue())
