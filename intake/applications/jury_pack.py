"""The jury pack: one PDF with a cover table of the applications, then per application a summary page and
its documents, numbered, with a bookmark per application and per document.

Assembly is pypdf: a PDF an applicant sent is merged page for page as it is (never re-rendered, so what
the jury reads is what was sent). Everything else is rendered to PDF with reportlab from what the
console already shows of it (``intake.web.documents.preview_of``): a DOCX as its paragraphs and tables,
an e-mail as its text, a photo or scan as an image on a page. A file that cannot be shown (an encrypted
PDF, an unknown type, a file erased under GDPR) is named on the summary page, never silently left out.
Late and withdrawn applications are left out unless ``include_all``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Image, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from config.call import CallDefinition
from intake.applications.linking import COORDINATOR
from intake.web.documents import Preview, blob_of, preview_of
from notifications.wording import CHANNEL, money, money_or_unknown, problem_label, status_label
from parsers.field_table import FIELDS, field_word
from storage.applications import Application, ApplicationStatus, Document, DocumentKind
from storage.blobs import BlobStore
from storage.records import to_check

LEFT_OUT = (ApplicationStatus.WITHDRAWN, ApplicationStatus.LATE)
_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian's fonts-dejavu-core: every accent and the euro sign


def _fonts() -> tuple[str, str]:
    regular, bold = _FONT_DIR / "DejaVuSans.ttf", _FONT_DIR / "DejaVuSans-Bold.ttf"
    if not (regular.exists() and bold.exists()):
        return "Helvetica", "Helvetica-Bold"
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
    return "DejaVuSans", "DejaVuSans-Bold"


@dataclass
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    font: str
    bold: str

    @classmethod
    def make(cls) -> _Styles:
        font, bold = _fonts()
        base = getSampleStyleSheet()
        return cls(
            body=ParagraphStyle("body", parent=base["BodyText"], fontName=font, fontSize=10, leading=13),
            small=ParagraphStyle("small", parent=base["BodyText"], fontName=font, fontSize=8, leading=10),
            heading=ParagraphStyle("heading", parent=base["Heading2"], fontName=bold, fontSize=13, leading=16),
            title=ParagraphStyle("title", parent=base["Title"], fontName=bold, fontSize=18, leading=22),
            font=font, bold=bold)


@dataclass
class PackReport:
    pages: int = 0
    applications: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    not_included: list[str] = field(default_factory=list)  # "MWB-2019-004: scan.heic (type not shown)"


def _text(application: Application, name: str) -> str:
    current = application.current_fields().get(name)
    if current is None or current.value in (None, "", []):
        return ""
    if name == "budget_lines" and isinstance(current.value, list):
        return "; ".join(f"{line.get('description', '')}: {line.get('amount', '')}" for line in current.value)
    return str(current.value)


def _corrected_from(application: Application, name: str) -> str | None:
    """The value a coordinator's correction replaced (the form's), None when the value is not a correction."""
    current = application.current_fields().get(name)
    if current is None or current.set_by != COORDINATOR:
        return None
    earlier = [f for f in application.fields if f.name == name and f.superseded_at is not None
               and f.set_by != COORDINATOR]
    return str(earlier[-1].value) if earlier and earlier[-1].value not in (None, "", []) else ""


def _shown(name: str, value: str, call: CallDefinition, language: str) -> str:
    if name in ("requested_amount", "total_budget") and value:
        return money(value, language, call.currency)
    return value


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _pdf_of(story: list, pagesize: tuple[float, float] = A4) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                      bottomMargin=18 * mm).build(story)
    return buffer.getvalue()


def _cover(call: CallDefinition, applications: Sequence[Application], styles: _Styles, now: datetime,
           include_all: bool) -> bytes:
    language = "nl"
    header = ["Referentie", "Organisatie", "Gemeente", "Titel", "Gevraagd", "Problemen / ontbreekt"]
    rows = [[_p(h, styles.small) for h in header]]
    for application in applications:
        doubts = [*(problem_label(code, language) for code in application.problems),
                  *(f"ontbreekt: {field_word(n, language)}" for n in application.missing),
                  *(f"na te kijken: {field_word(n, language)}" for n in to_check(application))]
        requested = money_or_unknown(application.requested_amount(), language, call.currency)
        if _corrected_from(application, "requested_amount") is not None:
            requested += " (verbeterd)"
        rows.append([_p(application.reference, styles.small), _p(_text(application, "organisation"), styles.small),
                     _p(_text(application, "municipality"), styles.small),
                     _p(_text(application, "project_title"), styles.small),
                     _p(requested, styles.small),
                     _p(", ".join(doubts), styles.small)])
    amounts = [a.requested_amount() for a in applications]
    total = sum((amount for amount in amounts if amount is not None), Decimal(0))
    unknown = sum(1 for amount in amounts if amount is None)
    table = LongTable(rows, colWidths=[30 * mm, 50 * mm, 32 * mm, 75 * mm, 30 * mm, 50 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), styles.bold), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])]))
    local_now = now.astimezone(call.timezone)
    story = [
        _p(f"Jurydossier – {call.name.get('nl', '')} / {call.name.get('fr', '')}", styles.title),
        _p(f"{len(applications)} aanvragen"
           + ("" if include_all else " op tijd (te laat en ingetrokken niet opgenomen)")
           + f"; samen gevraagd {money(total, language, call.currency)}"
           + (f" (zonder {unknown} aanvra{'ag' if unknown == 1 else 'gen'} met een onbekend bedrag)" if unknown else "")
           + " voor een pot van "
             f"{money(call.pot, language, call.currency)}. Opgemaakt op {local_now:%d/%m/%Y %H:%M}.", styles.body),
        Spacer(1, 6 * mm), table]
    return _pdf_of(story, landscape(A4))


def _summary(call: CallDefinition, application: Application, included: list[tuple[str, str]],
             not_included: list[tuple[str, str]], styles: _Styles) -> bytes:
    language = "nl"
    received = application.received_at.astimezone(call.timezone)
    facts = [["Status", status_label(application.effective_status, language)],
             ["Ontvangen", f"{received:%d/%m/%Y %H:%M}" + (" (op tijd)" if application.on_time else " (TE LAAT)")],
             ["Kanaal", CHANNEL[language].get(application.channel, application.channel)],
             ["Taal", application.language or "?"]]
    unsure = set(to_check(application))
    marks = []
    for spec in FIELDS:
        value = _shown(spec.name, _text(application, spec.name), call, language) or "—"
        corrected_from = _corrected_from(application, spec.name)
        if corrected_from is not None:
            # the jury reads the form's value further on: say why this one differs
            value += (f"  [verbeterd door de coördinator; in het formulier: "
                      f"{_shown(spec.name, corrected_from, call, language) or '—'}]")
            marks.append(f"{field_word(spec.name, language)} verbeterd")
        elif spec.name in unsure:
            value += "  [onzeker gelezen, nog na te kijken]"
            marks.append(f"{field_word(spec.name, language)} nog na te kijken")
        facts.append([field_word(spec.name, language), value])
    rows = [[_p(label, styles.small), _p(value, styles.body)] for label, value in facts]
    table = Table(rows, colWidths=[42 * mm, 136 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0d8"))]))
    story = [_p(f"{application.reference} – {_text(application, 'project_title') or '(zonder titel)'}", styles.heading),
             _p(_text(application, "organisation"), styles.body), Spacer(1, 4 * mm), table, Spacer(1, 4 * mm)]
    if application.problems or application.missing or marks:
        story.append(_p("Aandachtspunten: " + ", ".join(
            [*(problem_label(code, language) for code in application.problems),
             *(f"ontbreekt {field_word(n, language)}" for n in application.missing), *marks]),
            styles.body))
    story.append(_p("Documenten in dit dossier: " + ("; ".join(f"{name} ({how})" for name, how in included)
                                                      or "geen"), styles.body))
    if not_included:
        story.append(_p("Niet opgenomen: " + "; ".join(f"{name} ({why})" for name, why in not_included),
                        styles.body))
    return _pdf_of(story)


def _rendered(document_name: str, preview: Preview, data: bytes | None, styles: _Styles) -> bytes | None:
    story: list = [_p(document_name, styles.heading), Spacer(1, 3 * mm)]
    if preview.kind in ("email", "text"):
        story.extend(_p(block, styles.body) for block in preview.text.split("\n\n") if block.strip())
    elif preview.kind == "docx":
        for block in preview.blocks:
            if block.kind == "table":
                width = max((len(row) for row in block.rows), default=1)
                rows = [[_p(cell, styles.small) for cell in row] + [""] * (width - len(row)) for row in block.rows]
                if rows:
                    table = Table(rows, colWidths=[180 * mm / width] * width)
                    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                    story.extend([table, Spacer(1, 2 * mm)])
            else:
                story.append(_p(block.text, styles.heading if block.kind == "heading" else styles.body))
    elif preview.kind == "image" and data is not None:
        image = Image(io.BytesIO(data))
        scale = min(180 * mm / image.imageWidth, 240 * mm / image.imageHeight, 1.0)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        story.append(image)
    else:
        return None
    return _pdf_of(story)


def _document_name(document: Document) -> str:
    return "Tekst van de e-mail" if document.kind == DocumentKind.BODY else document.filename or f"#{document.id}"


def _stamp(writer: PdfWriter, labels: list[str], styles: _Styles) -> None:
    """Page numbers (and the application's reference) at the foot of every page, whatever its size."""
    total = len(writer.pages)
    buffer = io.BytesIO()
    stamp = canvas.Canvas(buffer)
    for index, page in enumerate(writer.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        stamp.setPageSize((width, height))
        stamp.setFont(styles.font, 8)
        stamp.setFillColor(colors.HexColor("#555555"))
        stamp.drawRightString(width - 12 * mm, 7 * mm, f"{labels[index]}   {index + 1} / {total}")
        stamp.showPage()
    stamp.save()
    overlay = PdfReader(io.BytesIO(buffer.getvalue()))
    for page, mark in zip(writer.pages, overlay.pages, strict=True):
        page.merge_page(mark)


def build_jury_pack(applications: Sequence[Application], call: CallDefinition, blobs: BlobStore, out: Path, *,
                    now: datetime, include_all: bool = False) -> PackReport:
    """Write the pack to ``out``; returns what is in it and what was left out."""
    styles = _Styles.make()
    report = PackReport()
    chosen = []
    for application in applications:
        if application.anonymised_at is not None or (not include_all and (
                application.effective_status in LEFT_OUT or not application.on_time)):
            report.left_out.append(application.reference)
        else:
            chosen.append(application)
    writer = PdfWriter()
    labels: list[str] = []

    def append(data: bytes, label: str) -> int:
        first = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(data)), import_outline=False)
        labels.extend([label] * (len(writer.pages) - first))
        return first

    cover_page = append(_cover(call, chosen, styles, now, include_all), "Jurydossier")
    writer.add_outline_item("Overzicht", cover_page)
    for application in chosen:
        parts: list[tuple[str, bytes]] = []
        included: list[tuple[str, str]] = []
        not_included: list[tuple[str, str]] = []
        for document in application.documents:
            name = _document_name(document)
            kind, sha256 = blob_of(document)
            if not blobs.exists(kind, sha256):
                not_included.append((name, "niet meer bewaard"))
                continue
            preview = preview_of(blobs, document)
            data = blobs.get(kind, sha256) if preview.kind in ("pdf", "image") else None
            if preview.kind == "pdf" and data is not None:
                try:
                    reader = PdfReader(io.BytesIO(data))
                    if reader.is_encrypted:
                        raise PdfReadError("encrypted")
                    _ = len(reader.pages)
                except (PdfReadError, ValueError, OSError) as exc:
                    not_included.append((name, "beveiligde PDF" if "encrypted" in str(exc) else "onleesbare PDF"))
                    continue
                parts.append((name, data))
                included.append((name, "PDF zoals ontvangen"))
                continue
            rendered = _rendered(name, preview, data, styles)
            if rendered is None:
                not_included.append((name, "dit bestandstype wordt niet getoond"))
                continue
            parts.append((name, rendered))
            included.append((name, {"email": "tekst", "text": "tekst", "docx": "DOCX als tekst",
                                    "image": "afbeelding"}.get(preview.kind, preview.kind)))
        report.not_included.extend(f"{application.reference}: {name} ({why})" for name, why in not_included)
        summary_page = append(_summary(call, application, included, not_included, styles), application.reference)
        title = _text(application, "project_title")
        parent = writer.add_outline_item(f"{application.reference} – {title}" if title else application.reference,
                                         summary_page)
        for name, data in parts:
            writer.add_outline_item(name, append(data, application.reference), parent=parent)
        report.applications.append(application.reference)
    _stamp(writer, labels, styles)
    writer.page_mode = "/UseOutlines"
    with out.open("wb") as handle:
        writer.write(handle)
    report.pages = len(writer.pages)
    return report
