"""Render blocks into source documents that LibreOffice then opens and converts:
HTML (with optional HTML form controls), DOCX (python-docx), flat ODT (.fodt with fill-in fields).
Plus a reportlab AcroForm renderer for part of the pdf_form cases."""
from html import escape as esc
from xml.sax.saxutils import escape as xesc, quoteattr


# ------------------------------------------------------------------ HTML
def to_html(blocks, title, form=False, font="Arial", author=""):
    out = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="author" content="{esc(author)}">',
           f'<style>body{{font-family:"{font}";font-size:10pt}} td{{vertical-align:top}}</style></head><body>']
    if form:
        out.append('<form name="Formulier" action="">')
    for kind, val in blocks:
        if kind == "h":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind == "p":
            out.append(f"<p>{esc(val)}</p>")
        elif kind == "lines":
            out.append("<p>" + "<br>".join(esc(x) for x in val) + "</p>")
        elif kind == "fill":
            out.append('<table border="0" cellpadding="3" width="100%">')
            for lbl, v, name in val:
                if form and name:
                    cell = html_input(name, v, lbl)
                else:
                    cell = esc(v) if v else "&nbsp;"
                out.append(f'<tr><td width="35%">{esc(lbl)}:</td><td>{cell}</td></tr>')
            out.append("</table>")
        elif kind == "table":
            out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
            for row in val:
                out.append("<tr>")
                for cell in row:
                    span = f' colspan="{cell["span"]}"' if cell["span"] > 1 else ""
                    if form and cell.get("field"):
                        txt = html_input(cell["field"], cell["t"], cell.get("label"))
                    else:
                        txt = "<br>".join(esc(x) for x in cell["t"].split("\n")) or "&nbsp;"
                        if cell["bold"]:
                            txt = f"<b>{txt}</b>"
                    bg = ' bgcolor="#dddddd"' if cell["bold"] and cell["span"] > 1 else ""
                    out.append(f"<td{span}{bg}>{txt}</td>")
                out.append("</tr>")
            out.append("</table><p></p>")
    if form:
        out.append("</form>")
    out.append("</body></html>")
    return "\n".join(out)


def html_input(name, value, label):
    if len(value) > 45:
        return (f'<textarea name={quoteattr(name)} rows="3" cols="45">{esc(value)}</textarea>')
    size = 40
    return f'<input type="text" name={quoteattr(name)} value={quoteattr(value)} size="{size}">'


# ------------------------------------------------------------------ DOCX (python-docx)
def to_docx(blocks, path, font="Calibri", author="", when=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.title = ""
    if when is not None:
        cp.created = when.replace(tzinfo=None)
        cp.modified = when.replace(tzinfo=None)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "lines":
            p = d.add_paragraph()
            for i, x in enumerate(val):
                r = p.add_run(x)
                if i < len(val) - 1:
                    r.add_break()
        elif kind == "fill":
            for lbl, v, name in val:
                p = d.add_paragraph()
                p.add_run(lbl + ": ").bold = True
                p.add_run(v if v else "………………………")
        elif kind == "table":
            ncols = max(sum(c["span"] for c in row) for row in val)
            t = d.add_table(rows=len(val), cols=ncols)
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                ci = 0
                for cell in row:
                    dc = t.cell(ri, ci)
                    if cell["span"] > 1:
                        dc = dc.merge(t.cell(ri, ci + cell["span"] - 1))
                    dc.text = ""
                    lines = cell["t"].split("\n")
                    p = dc.paragraphs[0]
                    for i, x in enumerate(lines):
                        r = p.add_run(x)
                        r.bold = cell["bold"]
                        if i < len(lines) - 1:
                            r.add_break()
                    ci += cell["span"]
            d.add_paragraph("")
    d.save(path)


# ------------------------------------------------------------------ FODT (flat ODT, fill-in fields)
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>{author}</meta:initial-creator><meta:creation-date>{when}</meta:creation-date><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{author}</dc:creator><dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">{when}</dc:date></office:meta>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="{font}" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="{font}" fo:font-size="10pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#d9d9d9" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
"""


def to_fodt(blocks, font="Liberation Sans", fields=True, author="", when=None):
    w = when.strftime("%Y-%m-%dT%H:%M:%S") if when else ""
    o = [FODT_HEAD.replace("{font}", font).replace("{author}", xesc(author)).replace("{when}", w)]
    for kind, val in blocks:
        if kind == "h":
            o.append(f'<text:h text:style-name="Heading" text:outline-level="2">{xesc(val)}</text:h>')
        elif kind == "p":
            o.append(f"<text:p>{xesc(val)}</text:p>")
        elif kind == "lines":
            o.append("<text:p>" + "<text:line-break/>".join(xesc(x) for x in val) + "</text:p>")
        elif kind == "fill":
            for lbl, v, name in val:
                if fields:
                    o.append(f'<text:p><text:span text:style-name="B">{xesc(lbl)}:</text:span> '
                             f'<text:text-input text:description={quoteattr(lbl)}>{xesc(v)}</text:text-input></text:p>')
                else:
                    o.append(f'<text:p><text:span text:style-name="B">{xesc(lbl)}:</text:span> {xesc(v)}</text:p>')
        elif kind == "table":
            ncols = max(sum(c["span"] for c in row) for row in val)
            o.append(f'<table:table table:style-name="Tbl"><table:table-column table:number-columns-repeated="{ncols}"/>')
            for row in val:
                o.append("<table:table-row>")
                for cell in row:
                    sty = "CellH" if cell["bold"] and cell["span"] > 1 else "Cell"
                    sp = f' table:number-columns-spanned="{cell["span"]}"' if cell["span"] > 1 else ""
                    paras = []
                    for x in cell["t"].split("\n"):
                        if cell["bold"]:
                            paras.append(f'<text:p><text:span text:style-name="B">{xesc(x)}</text:span></text:p>')
                        elif fields and cell.get("field") is not None and cell.get("label"):
                            paras.append(f'<text:p><text:text-input text:description={quoteattr(cell["label"])}>{xesc(x)}</text:text-input></text:p>')
                        else:
                            paras.append(f"<text:p>{xesc(x)}</text:p>")
                    o.append(f'<table:table-cell table:style-name="{sty}" office:value-type="string"{sp}>' + "".join(paras) + "</table:table-cell>")
                    for _ in range(cell["span"] - 1):
                        o.append("<table:covered-table-cell/>")
                o.append("</table:table-row>")
            o.append("</table:table><text:p/>")
    o.append("</office:text></office:body></office:document>")
    return "\n".join(o)


# ------------------------------------------------------------------ reportlab AcroForm
def reportlab_form(path, title, sections, rnd, mode, author):
    """sections: list of (heading, [(label, value, name)]).
    mode: 'left' labels left of widget, 'above' label above widget, 'tooltip' no page labels, /TU only."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.colors import black, white, Color
    cv = canvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setAuthor(author)
    cv.setTitle(title)
    W, H = A4
    y = H - 60
    cv.setFont("Helvetica-Bold", 14)
    cv.drawString(50, y, title)
    y -= 30
    form = cv.acroForm
    values = {}
    for heading, items in sections:
        if y < 120:
            cv.showPage()
            y = H - 60
        cv.setFont("Helvetica-Bold", 11)
        if mode != "tooltip":
            cv.drawString(50, y, heading)
        else:
            cv.drawString(50, y, heading.split(".")[0] if "." in heading[:3] else heading)
        y -= 22
        for lbl, val, name in items:
            long = len(val) > 55
            h = 40 if long else 18
            if y < 80 + h:
                cv.showPage()
                y = H - 60
            cv.setFont("Helvetica", 9)
            if mode == "left":
                cv.drawString(50, y + 5, lbl)
                x, w = 200, 345
                fy = y
                y -= h + 8
            elif mode == "above":
                cv.drawString(50, y + 2, lbl)
                y -= h + 2
                x, w = 50, 495
                fy = y
                y -= 12
            else:
                x, w = 50, 495
                fy = y - h + 18
                y -= h + 10
            kw = dict(name=name, value="", x=x, y=fy, width=w, height=h, fontName="Helvetica", fontSize=9,
                      borderWidth=0.5, borderColor=black, fillColor=Color(0.93, 0.95, 1), textColor=black, forceBorder=True)
            if mode == "tooltip":
                kw["tooltip"] = lbl
            elif rnd.random() < 0.3:
                kw["tooltip"] = lbl
            if long:
                kw["fieldFlags"] = "multiline"
            form.textfield(**kw)
            values[name] = val
        y -= 8
    cv.save()
    # second step, as a person filling the blank form in a viewer: pypdf writes /V and appearances
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(path)
    w = PdfWriter(clone_from=r)
    for page in w.pages:
        w.update_page_form_field_values(page, {k: v for k, v in values.items()}, auto_regenerate=True)
    w.set_need_appearances_writer(True)
    with open(path, "wb") as f:
        w.write(f)
