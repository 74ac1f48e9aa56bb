"""Pages that arrive as pictures inside another file: a filled form photographed and pasted into Word or
Writer under one line of text, a phone scanner app's PDF (the page a picture, the app's recognition drawn
invisibly over it, or a "Scanned with ..." line only). Tesseract runs for real, as in test_formats."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import docx
from docx.shared import Cm
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from parsers import parse_document
from parsers.confidence import REVIEW_THRESHOLD
from tests.parsers.corpus import APPLICANTS, table_pdf
from tests.parsers.format_samples import opendocument_zip, photo_of, render_page
from tests.parsers.test_formats import tesseract  # noqa: F401 - the fixture: a missing tesseract fails under CI

PERSON = APPLICANTS[5]
LONG_LETTER = ("Beste, hierbij stellen wij ons project voor aan de jury van de oproep. Wij zijn een groep buren die "
               "al enkele jaren samen activiteiten organiseren in de wijk, zoals een jaarlijks buurtfeest, een "
               "opruimactie in het voorjaar en een kerstmarkt. Met dit project willen wij het pleintje vernieuwen.")


def _values(document) -> dict[str, object]:
    return {name: value.value for name, value in document.fields.items()}


def _word_with_picture(line: str, picture: bytes) -> bytes:
    document = docx.Document()
    document.add_paragraph(line)
    document.add_picture(io.BytesIO(picture), width=Cm(16))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_photo_of_the_form_pasted_in_word_is_read_as_the_photo(tesseract: None) -> None:  # noqa: F811
    photo = photo_of(table_pdf(PERSON).data, tilt=-2.0)
    document = parse_document(_word_with_picture("Voir le formulaire ci-dessous", photo), "candidature.docx")
    assert document.parse_status == "parsed", document.error
    assert document.content_type.endswith("wordprocessingml.document") and document.language == "fr"
    values = _values(document)
    assert values["email"] == PERSON.email
    assert values.get("requested_amount") == PERSON.requested
    # what a picture gave is recognised, not typed: all of it to check
    assert all(field.confidence < REVIEW_THRESHOLD for field in document.fields.values())


def test_a_picture_pasted_in_writer_is_read_too(tesseract: None) -> None:  # noqa: F811
    picture = io.BytesIO()
    render_page(table_pdf(PERSON).data, dpi=200).save(picture, format="PNG")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
               'xmlns:xlink="http://www.w3.org/1999/xlink"><office:body><office:text>'
               "<text:p>Ci-joint notre demande.</text:p><text:p><draw:frame><draw:image "
               'xlink:href="Pictures/10000001000006E0000009B0.png"/></draw:frame></text:p>'
               "</office:text></office:body></office:document-content>")
    packed = io.BytesIO(opendocument_zip("application/vnd.oasis.opendocument.text", {"content.xml": content}))
    with zipfile.ZipFile(packed, "a") as archive:
        archive.writestr("Pictures/10000001000006E0000009B0.png", picture.getvalue())
        archive.writestr("Thumbnails/thumbnail.png", picture.getvalue())  # the file's preview: not a page
    document = parse_document(packed.getvalue(), "demande.odt")
    assert document.parse_status == "parsed", document.error
    assert _values(document)["email"] == PERSON.email
    assert document.text.count(PERSON.email) == 1  # the preview was not read as a second page


def test_a_letter_with_a_photo_of_the_place_is_read_as_a_letter_only() -> None:
    site = Image.new("RGB", (1600, 1200), (120, 160, 90))
    buffer = io.BytesIO()
    site.save(buffer, format="JPEG")
    document = parse_document(_word_with_picture(LONG_LETTER, buffer.getvalue()), "brief.docx")
    assert document.parse_status == "parsed"
    assert document.text.strip() == LONG_LETTER  # no OCR of the photo: the letter has its own words


def _scanner_app_pdf(picture: Image.Image, *, recognised: list[str] | None, visible: str | None = None) -> bytes:
    """A PDF as a phone's scanner app saves it: the page a picture, and the app's recognition drawn invisibly
    (render mode 3) over it, or a visible line of the app's own."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    page.drawImage(ImageReader(picture), 0, 0, width=width, height=height)
    if recognised is not None:
        page.saveState()  # the invisible render mode stays in the recognition's own graphics state
        text = page.beginText()
        text.setTextRenderMode(3)
        text.setFont("Helvetica", 11)
        for row, line in enumerate(recognised):
            # "Postcode\tGemeente": cells in columns, 280 pt apart, as the boxes of a form stand
            for column, cell in enumerate(line.split("\t")):
                text.setTextOrigin(40 + 280 * column, height - 60 - 16 * row)
                text.textOut(cell)
        page.drawText(text)
        page.restoreState()
    if visible is not None:
        page.setFont("Helvetica", 7)
        page.drawString(40, 20, visible)
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_scanner_app_s_invisible_recognition_is_read_and_every_value_is_to_check() -> None:
    blank = Image.new("L", (1240, 1754), 245)
    data = _scanner_app_pdf(blank, recognised=[
        "AANVRAAGFORMULIER", "Naam vereniging: JEUGDHUIS 'T KATTEKOT", "Contactpersoon: Lotte Verhaeghe",
        "Straat en huisnummer\tPostcode", "SINT-JANSSTRAAT 1O9A\t8951", "Woonplaats\tTel.", "DRANOUTER\t0473 64 52 77",
        "E-mail: lotte.v@example.net",
        "Titel project: ZITBANKEN VOOR HET PLEINTJE", "Totale kostprijs: 9.800 euro", "Gevraagd bedrag: 8.750 euro"])
    document = parse_document(data, "Adobe Scan 27 mei 2019.pdf")
    assert document.parse_status == "parsed", document.error
    values = _values(document)
    assert values["email"] == "lotte.v@example.net"
    # a row of two labels over a row of two answers: each answer under its own label
    assert (values["postcode"], values["phone"]) == ("8951", "+32473645277")
    assert values["address"] == "Sint-Jansstraat 109A"
    assert values["requested_amount"] == Decimal("8750")
    # the app's recognition is no typed text: to check, and written as a person writes it, not in capitals
    assert all(field.confidence < REVIEW_THRESHOLD for field in document.fields.values())
    assert values["organisation"] != "JEUGDHUIS 'T KATTEKOT"


def test_a_scan_under_a_scanned_with_line_is_read_from_its_picture(tesseract: None) -> None:  # noqa: F811
    picture = render_page(table_pdf(PERSON).data, dpi=300)
    data = _scanner_app_pdf(picture, recognised=None, visible="Scanned with CamScanner")
    document = parse_document(data, "CamScanner 06-10-2019 18.28.pdf")
    assert document.parse_status == "parsed", document.error
    values = _values(document)
    assert values["email"] == PERSON.email
    assert values.get("requested_amount") == PERSON.requested



def test_a_word_file_of_many_large_pictures_costs_a_bounded_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from parsers.page_images import MAX_PICTURES_BYTES, pasted_pictures

    small = io.BytesIO()
    Image.new("L", (400, 300), 128).save(small, format="BMP")  # a picture, but no page: too small
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for index in range(20):  # 20 x 8 MB of zeros behind a small picture's head: 160 MB inflated, 160 kB packed
            archive.writestr(f"word/media/image{index}.bmp", small.getvalue() + b"\x00" * (8 * 1024 * 1024))
    opened: list[object] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, name, *a, **k: opened.append(name) or real_open(
        self, name, *a, **k))
    assert pasted_pictures(io.BytesIO(packed.getvalue())) == []
    assert 0 < len(opened) * 8 * 1024 * 1024 <= MAX_PICTURES_BYTES + 8 * 1024 * 1024


def test_a_typed_form_with_one_scanned_page_after_it_keeps_its_typed_values() -> None:
    from pypdf import PdfReader, PdfWriter

    typed = table_pdf(PERSON)
    statement = _scanner_app_pdf(Image.new("L", (1240, 1754), 240), recognised=["Rekeninguittreksel", "Saldo 120,00"])
    writer = PdfWriter()
    for data in (typed.data, statement):
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    merged = io.BytesIO()
    writer.write(merged)
    document = parse_document(merged.getvalue(), "dossier.pdf")
    for name in ("email", "contact_name", "requested_amount"):
        assert str(document.fields[name].value) == str(typed.expected[name]), name
        assert document.fields[name].confidence >= REVIEW_THRESHOLD, name  # typed, not recognised


def test_an_app_s_visible_line_beside_its_invisible_recognition_is_still_a_recognition() -> None:
    data = _scanner_app_pdf(Image.new("L", (1240, 1754), 245), visible="Scanned with CamScanner", recognised=[
        "Naam vereniging: Buurtcomité De Linde", "Contactpersoon: Lotte Verhaeghe", "E-mail: lotte.v@example.net",
        "Titel project: Een bank voor iedereen", "Totale kostprijs: 6.800 euro", "Gevraagd bedrag: 6.000 euro",
        "Korte omschrijving: wij plaatsen zitbanken en plantenbakken op het pleintje aan de kerk, zodat de buren",
        "elkaar er kunnen ontmoeten, en sluiten het project af met een buurtfeest voor jong en oud in september."])
    document = parse_document(data, "CamScanner 06-10-2019 18.28.pdf")
    assert document.fields["email"].value == "lotte.v@example.net"
    assert all(field.confidence < REVIEW_THRESHOLD for field in document.fields.values())


def test_a_picture_under_a_short_typed_letter_adds_what_the_letter_lacks_and_changes_nothing_it_says(
        tesseract: None) -> None:  # noqa: F811
    leaflet = io.BytesIO()
    render_page(table_pdf(APPLICANTS[2]).data, dpi=200).save(leaflet, format="PNG")  # someone else's page
    letter = ("Beste, hierbij ons idee.\nJan Peeters\njan.peeters@example.be\n0475 12 34 56")
    document = parse_document(_word_with_picture(letter, leaflet.getvalue()), "brief.docx")
    assert document.fields["email"].value == "jan.peeters@example.be"
    assert document.fields["phone"].value == "+32475123456"
    # a field only the picture gives is added, to check
    assert document.fields["requested_amount"].confidence < REVIEW_THRESHOLD
