"""Real files in the formats applicants also send, built in code: ODT, RTF, scanned PDFs and phone photos.

An ODT is written as LibreOffice writes one (a zip: ``mimetype`` stored first, ``content.xml``, a manifest);
an RTF as Word writes one (code page 1252, ``\\'e9`` escapes, ``\\trowd ... \\cell ... \\row`` tables);
a scan is a page rendered to pixels and put back into a PDF with no text layer; a photo is a rendered page
turned a few degrees, lit unevenly and saved as a JPEG.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import docx
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from intake.applications.form import fill_pdf_form

_ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" office:version="1.3"'
)


def odt_of_body(body: str) -> bytes:
    """The smallest .odt LibreOffice opens: ``mimetype`` first, and ``content.xml`` with ``body`` (ODF XML:
    paragraphs, tables, fields) as its text."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NAMESPACES}>'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def _odt_paragraph(text: str) -> str:
    # runs of spaces are text:s in ODF; a tab is text:tab
    return "<text:p>" + escape(text).replace("\t", "<text:tab/>").replace("  ", ' <text:s text:c="1"/>') + "</text:p>"


def odt_file(paragraphs: list[str], rows: list[tuple[str, str]], closing: list[str] | None = None, *,
             header: list[str] | None = None, footer: list[str] | None = None) -> bytes:
    """An .odt with paragraphs, one two-column table of label and value, then closing paragraphs; ``header``
    and ``footer`` go on the default page style in styles.xml, as a letter template keeps its letterhead."""
    table = "".join(
        "<table:table-row>" + "".join(f"<table:table-cell>{_odt_paragraph(cell)}</table:table-cell>"
                                      for cell in row) + "</table:table-row>" for row in rows)
    body = ("".join(_odt_paragraph(text) for text in paragraphs)
            + ('<table:table table:name="Tabel1"><table:table-column table:number-columns-repeated="2"/>'
               + table + "</table:table>" if rows else "")
            + "".join(_odt_paragraph(text) for text in closing or []))
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NAMESPACES}>'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    members = {"content.xml": content}
    if header or footer:
        margins = "".join(f"<style:{kind}>" + "".join(_odt_paragraph(text) for text in lines) + f"</style:{kind}>"
                          for kind, lines in (("header", header), ("footer", footer)) if lines)
        members["styles.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODT_NAMESPACES} '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:master-styles>'
            f'<style:master-page style:name="Standard">{margins}</style:master-page>'
            "</office:master-styles></office:document-styles>")
    members["META-INF/manifest.xml"] = manifest
    return opendocument_zip("application/vnd.oasis.opendocument.text", members)


def opendocument_zip(mimetype: str, members: dict[str, str]) -> bytes:
    """An OpenDocument file as LibreOffice packs one: ``mimetype`` first and stored, then the members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _rtf_escape(text: str) -> str:
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 128:
            out.append(char)
        else:
            try:
                out.extend(f"\\'{byte:02x}" for byte in char.encode("cp1252"))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(char)}?")
    return "".join(out)


def rtf_file(paragraphs: list[str], rows: list[tuple[str, str]] = (), closing: list[str] | None = None, *,
             header: list[str] = (), footer: list[str] = ()) -> bytes:
    """An RTF as a word processor writes it: a font table, paragraphs, a two-column table; a page header and
    footer as LibreOffice writes them, once in its page styles' table (an ignorable destination) and once in
    the section."""
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"]
    margins = "".join("{\\" + kind + r"\pard\plain "
                      + "".join(r"{\fs18 " + _rtf_escape(text) + r"}\par " for text in lines) + "}"
                      for kind, lines in (("header", header), ("footer", footer)) if lines)
    if margins:
        parts.append(r"{\*\pgdsctbl{\pgdsc0\pgdscuse451" + margins + r"\pgdscnxt0 Default Page Style;}}")
        parts.append(r"\sectd" + margins)
    parts.append(r"\f0\fs22 ")
    parts.extend(_rtf_escape(text) + r"\par " for text in paragraphs)
    for label, value in rows:
        parts.append(r"\trowd\cellx3000\cellx8000 \intbl " + _rtf_escape(label) + r"\cell \intbl "
                     + _rtf_escape(value) + r"\cell\row ")
    parts.append(r"\pard ")
    parts.extend(_rtf_escape(text) + r"\par " for text in closing or [])
    parts.append("}")
    return "".join(parts).encode("ascii")


def render_page(pdf: bytes, *, dpi: int = 200) -> Image.Image:
    """The first page of a PDF as a grey image, as a scanner or a camera sees it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def scan_pdf_of(pdf: bytes, *, tilt: float = 1.0) -> bytes:
    """A scanned copy: the page as pixels (slightly tilted, a little noise) in a PDF with no text layer."""
    page = render_page(pdf).rotate(tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=200)
    return buffer.getvalue()


def photo_of(pdf: bytes, *, tilt: float = 4.0, quality: int = 70) -> bytes:
    """A phone photo: turned a few degrees on a darker table, one side in shadow, saved as a JPEG."""
    page = render_page(pdf, dpi=220).convert("RGB")
    page = page.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(90, 80, 70))
    width, height = page.size
    # light falls from the left: the right-hand side gets down to 60% of the brightness
    shade = Image.linear_gradient("L").rotate(90).resize((width, height)).point(lambda v: 255 - (v * 100) // 255)
    page = Image.composite(page, Image.new("RGB", (width, height), (0, 0, 0)), shade)
    buffer = io.BytesIO()
    page.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def _homography(source: list[tuple[float, float]], target: list[tuple[float, float]]) -> tuple[float, ...]:
    """Pillow's perspective coefficients that take each ``target`` point to its ``source`` point."""
    import numpy as np

    rows, values = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        values += [u, v]
    return tuple(float(value) for value in np.linalg.solve(np.array(rows, dtype=float), np.array(values)))


def photo_from_afar(pdf: bytes, *, quality: int = 80) -> tuple[bytes, list[tuple[float, float]]]:
    """A phone photo taken from a step back and at a slant: the sheet ~70% of a 1300 px wide picture (some
    140 dpi), its top edge further away than its bottom one, on a brown table; with the sheet's corners
    (top left, top right, bottom right, bottom left) in the photo."""
    page = render_page(pdf, dpi=150).convert("RGB")
    width, height = 1300, 1650
    corners = [(230.0, 150.0), (1110.0, 120.0), (1180.0, 1500.0), (150.0, 1530.0)]
    page_corners = [(0.0, 0.0), (float(page.size[0]), 0.0), (float(page.size[0]), float(page.size[1])),
                    (0.0, float(page.size[1]))]
    table = Image.new("RGB", (width, height), (110, 85, 60))
    warped = page.transform((width, height), Image.Transform.PERSPECTIVE, _homography(page_corners, corners),
                            resample=Image.Resampling.BICUBIC)
    mask = Image.new("L", (width, height), 0)
    ImageDraw.Draw(mask).polygon(corners, fill=255)
    table.paste(warped, (0, 0), mask)
    buffer = io.BytesIO()
    table.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue(), corners


_WORD_SHAPES = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
                'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
                'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                'xmlns:v="urn:schemas-microsoft-com:vml"')


def _text_box_run(lines: list[str]) -> object:
    """A run holding a text box, as Word saves one: the shape (mc:Choice) and, for older readers, the same text
    again in a VML copy (mc:Fallback)."""
    from docx.oxml import parse_xml

    inner = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in lines)
    return parse_xml(
        f'<w:r {_WORD_SHAPES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        f"<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r>")


def docx_typed_in_boxes(rows: list[tuple[str, str]]) -> bytes:
    """A Word form of "Label: ……" lines, each answer typed in a text box laid over its dotted line."""
    import docx

    document = docx.Document()
    for label, answer in rows:
        document.add_paragraph(f"{label}: ……………………………")._p.append(_text_box_run([answer]))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_with_text_box(box: list[str], paragraphs: list[str]) -> bytes:
    """A Word letter whose letterhead is a text box anchored in its first paragraph."""
    import docx

    document = docx.Document()
    document.add_paragraph("")._p.append(_text_box_run(box))
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


PAGE_HEIGHT = A4[1]


def legacy_field(paragraph: object, name: str, text: str) -> None:
    """A FORMTEXT field named ``name`` holding ``text``, at the end of the paragraph (a python-docx element)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    for run in (f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                f"<w:textInput/></w:ffData></w:fldChar>", "<w:instrText> FORMTEXT </w:instrText>",
                '<w:fldChar w:fldCharType="separate"/>', f'<w:t xml:space="preserve">{escape(text)}</w:t>',
                '<w:fldChar w:fldCharType="end"/>'):
        paragraph.append(parse_xml(f"<w:r {nsdecls('w')}>{run}</w:r>"))  # type: ignore[attr-defined]


def word_form(*tables: list[tuple[str, ...]] | list[list[str]], paragraphs: tuple[str, ...] = ()) -> bytes:
    """A Word document with paragraphs, then one table per list of rows (rows as wide as their cells)."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=False):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_lines(lines: list[str]) -> bytes:
    """A Word document of one paragraph per line, nothing else: a form typed as lines."""
    return word_form(paragraphs=tuple(lines))


def word_sections(*sections: tuple[str, list[tuple[str, str]]], paragraphs: tuple[str, ...] = ()) -> bytes:
    """A Word document with paragraphs, then each section's heading paragraph over its own table of
    label/value rows (a dossier's "B. Le président ou représentant légal" over "Nom et prénom | ...")."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for heading, rows in sections:
        document.add_paragraph(heading)
        table = document.add_table(rows=len(rows), cols=2)
        for row, (label, value) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def fillable_pdf(draw: list[tuple[float, float, str]], boxes: list[tuple[str, float, float, float, float, str]],
                 radios: list[tuple[str, str, float, float]] = (),
                 checks: list[tuple[str, float, float, bool]] = ()) -> bytes:
    """Printed words ``(x, top, text)``, text boxes ``(name, x, top, width, height, value)``, radio
    buttons ``(group, option, x, top)`` and check boxes ``(name, x, top, ticked)``, all placed from the top of
    the page, then filled as a viewer does."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    for x, top, text in draw:
        pdf.drawString(x, PAGE_HEIGHT - top - 8, text)
    for name, x, top, width, height, _ in boxes:
        pdf.acroForm.textfield(name=name, x=x, y=PAGE_HEIGHT - top - height, width=width, height=height,
                               fieldFlags="multiline" if height > 30 else "")
    for group, option, x, top in radios:
        pdf.acroForm.radio(name=group, value=option, x=x, y=PAGE_HEIGHT - top - 10, size=10, selected=False)
    for name, x, top, ticked in checks:
        pdf.acroForm.checkbox(name=name, x=x, y=PAGE_HEIGHT - top - 10, size=10, checked=ticked)
    pdf.showPage()
    pdf.save()
    return fill_pdf_form(buffer.getvalue(), {name: value for name, *_, value in boxes if value})
