"""The call's own application form, as a fillable PDF (AcroForm) or DOCX (content controls).

Every box is named after the contract's field (``organisation``, ``requested_amount``, ...), so a filled
form is read back exactly by ``parsers``: a named box is the strongest source there is. Budget rows are
``budget_line_<n>_description`` / ``budget_line_<n>_amount``.
The fill helpers are what an applicant's PDF viewer or Word does; the demo and the tests use them.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Mapping
from pathlib import Path

from config.call import CallDefinition
from notifications.wording import long_datetime
from parsers.field_table import FIELDS, FieldKind, FieldSpec
from parsers.money import format_amount_local

BUDGET_ROWS = 6


# Every box of the form but the budget, which has rows of its own (below); labels from the field table.
FORM_FIELDS: tuple[FieldSpec, ...] = tuple(spec for spec in FIELDS if spec.kind is not FieldKind.BUDGET_LINES)
BUDGET_FIELD_NAMES: tuple[str, ...] = tuple(
    f"budget_line_{row}_{part}" for row in range(1, BUDGET_ROWS + 1) for part in ("description", "amount"))

_TEXT = {
    "nl": {"deadline": "Indienen vóór", "max": "Maximaal bedrag per project", "send": "Indienen per e-mail",
           "post": "of per post", "budget": "Begroting", "description": "Omschrijving", "amount": "Bedrag (EUR)",
           "intro": "Vul elk vak in. Bedragen in euro."},
    "fr": {"deadline": "À envoyer avant le", "max": "Montant maximum par projet", "send": "Envoi par courriel",
           "post": "ou par la poste", "budget": "Budget prévisionnel", "description": "Dépense",
           "amount": "Montant (EUR)", "intro": "Merci de remplir chaque case. Montants en euros."},
}


def header_lines(call: CallDefinition, language: str, send_to: str) -> list[str]:
    """The call's facts at the top of the form: name, deadline, maximum, where to send."""
    text = _TEXT[language]
    deadline = call.deadline_local
    when = long_datetime(deadline, language)
    # a plain space in "10 000,00 €": the narrow no-break space is not in the PDF's standard fonts
    maximum = format_amount_local(call.max_amount, language).replace("\u202f", " ")
    lines = [f"{text['deadline']} {when}", f"{text['max']}: {maximum}"]
    where = f"{text['send']}: {send_to}" if send_to else ""
    if call.postal_address:
        where = f"{where} {text['post']}: {call.postal_address}".strip()
    lines.append(where)
    return lines


def build_pdf_form(call: CallDefinition, language: str, send_to: str = "") -> bytes:
    """A one-page fillable PDF; each box's tooltip is its label, so other readers see it too."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(call.name.get(language, call.call_id))
    _, height = A4
    y = height - 50
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(40, y, call.name.get(language, call.call_id))
    pdf.setFont("Helvetica", 9)
    for line in [*header_lines(call, language, send_to), _TEXT[language]["intro"]]:
        y -= 14
        pdf.drawString(40, y, line)
    y -= 16
    form = pdf.acroForm
    for field in FORM_FIELDS:
        multiline = field.kind is FieldKind.BLOCK
        box_height = 70 if multiline else 18
        y -= box_height + 8
        pdf.setFont("Helvetica", 10)
        pdf.drawString(40, y + box_height - 13, field.form_label[language])
        form.textfield(name=field.name, tooltip=field.form_label[language], x=215, y=y, width=340,
                       height=box_height, fontSize=10, borderWidth=1,
                       fieldFlags="multiline" if multiline else "")
    y -= 26
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(40, y, _TEXT[language]["budget"])
    pdf.setFont("Helvetica", 9)
    y -= 14
    pdf.drawString(40, y, _TEXT[language]["description"])
    pdf.drawString(430, y, _TEXT[language]["amount"])
    for row in range(1, BUDGET_ROWS + 1):
        y -= 22
        form.textfield(name=f"budget_line_{row}_description", tooltip=f"{_TEXT[language]['description']} {row}",
                       x=40, y=y, width=380, height=18, fontSize=10, borderWidth=1)
        form.textfield(name=f"budget_line_{row}_amount", tooltip=f"{_TEXT[language]['amount']} {row}",
                       x=430, y=y, width=125, height=18, fontSize=10, borderWidth=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _content_control(tag: str, alias: str, placeholder: str):
    """A plain-text content control (w:sdt) showing its placeholder until the applicant types."""
    from xml.sax.saxutils import escape, quoteattr

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr><w:alias w:val={quoteattr(alias)}/><w:tag w:val={quoteattr(tag)}/>"
        f"<w:showingPlcHdr/><w:text w:multiLine=\"1\"/></w:sdtPr>"
        f"<w:sdtContent><w:r><w:rPr><w:color w:val=\"808080\"/></w:rPr><w:t>{escape(placeholder)}</w:t></w:r>"
        f"</w:sdtContent></w:sdt>"
    )


def build_docx_form(call: CallDefinition, language: str, send_to: str = "") -> bytes:
    """A DOCX with a label/value table whose value cells are content controls tagged with field names."""
    import docx

    placeholder = "Klik om in te vullen." if language == "nl" else "Cliquez pour remplir."
    document = docx.Document()
    # The call's facts go in the page header: repeated on every page, and never read back as answers.
    header = document.sections[0].header
    header.paragraphs[0].text = call.name.get(language, call.call_id)
    for line in header_lines(call, language, send_to):
        header.add_paragraph(line)
    document.add_heading(call.name.get(language, call.call_id), level=1)
    document.add_paragraph(_TEXT[language]["intro"])
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for field in FORM_FIELDS:
        cells = table.add_row().cells
        cells[0].text = field.form_label[language]
        cells[1].paragraphs[0]._p.append(_content_control(field.name, field.form_label[language], placeholder))
    document.add_heading(_TEXT[language]["budget"], level=2)
    budget = document.add_table(rows=1, cols=2)
    budget.style = "Table Grid"
    budget.rows[0].cells[0].text = _TEXT[language]["description"]
    budget.rows[0].cells[1].text = _TEXT[language]["amount"]
    for row in range(1, BUDGET_ROWS + 1):
        cells = budget.add_row().cells
        for cell, part in zip(cells, ("description", "amount"), strict=True):
            cell.paragraphs[0]._p.append(
                _content_control(f"budget_line_{row}_{part}", f"{_TEXT[language][part]} {row}", placeholder))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_form(call: CallDefinition, language: str, file_format: str, send_to: str = "") -> bytes:
    if file_format == "pdf":
        return build_pdf_form(call, language, send_to)
    if file_format == "docx":
        return build_docx_form(call, language, send_to)
    raise ValueError(f"unknown form format: {file_format}")


def write_form(path: Path, call: CallDefinition, language: str, file_format: str, send_to: str = "") -> int:
    """Write the form; returns the number of bytes written."""
    data = build_form(call, language, file_format, send_to)
    path.write_bytes(data)
    return len(data)


def fill_pdf_form(data: bytes, values: Mapping[str, str]) -> bytes:
    """What a PDF viewer does when the applicant types and saves: set each field's value."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, dict(values), auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def fill_docx_form(data: bytes, values: Mapping[str, str]) -> bytes:
    """What Word does when the applicant types into the content controls and saves."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    for sdt in document.element.body.iter(qn("w:sdt")):
        properties = sdt.find(qn("w:sdtPr"))
        tag = properties.find(qn("w:tag")) if properties is not None else None
        name = tag.get(qn("w:val")) if tag is not None else None
        if name not in values:
            continue
        placeholder_flag = properties.find(qn("w:showingPlcHdr"))
        if placeholder_flag is not None:
            properties.remove(placeholder_flag)
        content = sdt.find(qn("w:sdtContent"))
        template_run = content.find(qn("w:r"))
        for run in list(content):
            content.remove(run)
        run = copy.deepcopy(template_run) if template_run is not None else OxmlElement("w:r")
        for child in list(run):
            if child.tag != qn("w:rPr"):
                run.remove(child)
        for rpr in run.findall(qn("w:rPr")):
            run.remove(rpr)  # typed text is not grey placeholder text
        for index, line in enumerate(str(values[name]).split("\n")):
            if index:
                run.append(OxmlElement("w:br"))
            text = OxmlElement("w:t")
            text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            text.text = line
            run.append(text)
        content.append(run)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
