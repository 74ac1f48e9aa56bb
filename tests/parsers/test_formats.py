"""The formats applicants send beside PDF and DOCX: ODT, RTF, legacy .doc, scans and phone photos.

Tesseract runs for real (single-threaded, on small pages these tests make); under CI=true a missing
tesseract or antiword fails the test, elsewhere it is skipped with the reason.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image

from parsers import field_to_json, parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.doc_margins import page_margins
from parsers.ocr import deskew_angle, pgm_bytes, prepare_photo, read_page, without_rules
from parsers.sheet import _perspective, rectified, sheet_corners
from tests.conftest import missing
from tests.parsers.corpus import APPLICANTS, LABELS, letter_pdf, table_pdf
from tests.parsers.format_samples import odt_file, photo_from_afar, photo_of, render_page, rtf_file, scan_pdf_of

FIXTURES = Path(__file__).parent / "fixtures"
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@pytest.fixture(scope="module")
def tesseract() -> None:
    if shutil.which("tesseract") is None:
        missing("tesseract", "Debian's tesseract-ocr is not installed; the README's test command installs it")
    languages = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if not {"nld", "fra"} <= set(languages):
        missing("tesseract", "the nld/fra data (tesseract-ocr-nld, tesseract-ocr-fra) is not installed")


@pytest.fixture(scope="module")
def antiword() -> None:
    if shutil.which("antiword") is None:
        missing("antiword", "Debian's antiword is not installed; the README's test command installs it")


def _rows(person, language: str) -> list[tuple[str, str]]:
    labels = LABELS[language]
    return [(labels["organisation"], person.organisation), (labels["contact_name"], person.contact_name),
            (labels["address"], person.address), (labels["postcode"], person.postcode),
            (labels["municipality"], person.municipality_written), (labels["phone"], person.phone_written),
            (labels["email"], person.email), (labels["project_title"], person.project_title),
            (labels["total_budget"], person.money(person.total)),
            (labels["requested_amount"], person.money(person.requested))]


def _values(document) -> dict[str, object]:
    return {name: field.value for name, field in document.fields.items()}


def test_odt_table_and_paragraphs_are_read_as_a_form() -> None:
    person = APPLICANTS[2]  # 6200.50: cents are kept
    data = odt_file(["Aanvraagformulier Maak werk van je buurt", "Beste,  hierbij onze aanvraag."],
                    _rows(person, "nl"), ["Met vriendelijke groeten,", person.contact_name])
    document = parse_document(data, "aanvraag.odt")
    assert document.parse_status == "parsed" and document.language == "nl"
    assert document.content_type == "application/vnd.oasis.opendocument.text"
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    for name, value in person.expected(with_summary=False, with_lines=False).items():
        assert values.get(name) == value, name
    assert document.fields["requested_amount"].source == "table"


def test_rtf_letter_with_a_table_and_accents() -> None:
    person = APPLICANTS[4]
    data = rtf_file(["Madame, Monsieur,", f"Au nom de l'{person.organisation}, je vous adresse notre projet."],
                    _rows(person, "fr"), ["Cordialement,", person.contact_name])
    document = parse_document(data, "projet.rtf")
    assert document.parse_status == "parsed" and document.language == "fr"
    values = _values(document)
    assert values["organisation"] == "Association Les Jardins de Killem"
    assert values["municipality"] == "Killem" and values["postcode"] == "59122"
    assert values["phone"] == "+33328681234" and values["email"] == "claire.dubois@example.org"
    assert str(values["requested_amount"]) == "8000.00" and str(values["total_budget"]) == "9650.00"
    assert "Crédit" not in document.text and "été" not in document.text  # accents decoded, nothing invented
    assert "Killem" in document.text


def test_a_legacy_word_docs_first_page_header_and_footer_are_read_from_the_file() -> None:
    header, footer = page_margins((FIXTURES / "brief-reninge.doc").read_bytes())
    assert header == ["Feestcomité Reninge", "Dorpsplein 4 – 8647 Reninge", "GSM 0478 21 43 65"]
    assert footer == ["Feestcomité Reninge vzw – Dorpsplein 4, 8647 Reninge"]  # not the other pages' "pagina 2"
    assert page_margins(b"not a Word file") == ([], [])
    assert page_margins((FIXTURES / "aanvraag-vijfwegen.doc").read_bytes()) == ([], [])


def test_a_damaged_legacy_word_doc_has_no_margins_and_raises_nothing() -> None:
    data = (FIXTURES / "brief-reninge.doc").read_bytes()
    cut = data[:len(data) // 2]  # the compound file's chains point past the end
    scrambled = data[:512] + bytes(byte ^ 0x5A for byte in data[512:4096]) + data[4096:]  # its FAT and directory
    for damaged in (cut, scrambled, data[:8] + b"\0" * 600):
        assert page_margins(damaged) == ([], [])


def test_a_legacy_word_letters_group_in_its_page_header(antiword: None) -> None:
    document = parse_document((FIXTURES / "brief-reninge.doc").read_bytes(), "brief.doc")
    values = _values(document)
    assert values["organisation"] == "Feestcomité Reninge"
    assert values["phone"] == "+32478214365" and values["address"] == "Dorpsplein 4"
    assert values["contact_name"] == "Hilde Vanhee" and values["project_title"] == "Zomerbar op het dorpsplein"


def test_legacy_word_doc_through_antiword(antiword: None) -> None:
    document = parse_document((FIXTURES / "aanvraag-vijfwegen.doc").read_bytes(), "aanvraag.doc")
    assert document.parse_status == "parsed", document.error
    assert document.content_type == "application/msword" and document.language == "nl"
    values = _values(document)
    assert values["organisation"] == "Buurtcomité De Vijfwegen"
    assert values["contact_name"] == "Griet Vermeersch"
    assert values["address"] == "Kasteelstraat 7"
    assert values["postcode"] == "8640" and values["municipality"] == "Vleteren"
    assert values["phone"] == "+32470112233"
    assert values["email"] == "griet.vermeersch@example.org"
    assert str(values["requested_amount"]) == "6250.50" and str(values["total_budget"]) == "7850.50"


def test_scanned_letter_without_a_text_layer_is_read_by_ocr_and_marked_to_check(tesseract: None) -> None:
    person = APPLICANTS[0]
    scan = scan_pdf_of(letter_pdf(person, 0).data, tilt=1.5)
    document = parse_document(scan, "scan.pdf")
    assert document.parse_status == "parsed", document.error
    values = _values(document)
    assert values["email"] == person.email
    assert values["phone"] == person.phone
    assert values["municipality"] == "Lo-Reninge" and values["postcode"] == "8647"
    assert str(values["requested_amount"]) == "9500.00"
    # read by OCR: every value is shown to the coordinator to check
    assert all(field.confidence < REVIEW_THRESHOLD for field in document.fields.values())


def test_phone_photo_of_a_printed_form_tilted_and_unevenly_lit(tesseract: None) -> None:
    person = APPLICANTS[5]
    photo = photo_of(table_pdf(person).data, tilt=-4.0)
    document = parse_document(photo, "IMG_2041.jpg")
    assert document.parse_status == "parsed", document.error
    assert document.content_type == "image/jpeg" and document.language == "fr"
    values = _values(document)
    assert values["email"] == person.email
    assert values["municipality"] == "Bergues"
    assert str(values.get("requested_amount")) == "7500.00"
    assert all(field.confidence < REVIEW_THRESHOLD for field in document.fields.values())


def test_phone_photo_taken_from_afar_and_at_a_slant_is_rectified_and_read(tesseract: None) -> None:
    # the sheet is some 900 px wide in the photo (~140 dpi) and a trapezium: read as it is, digits and
    # labels came out wrong ("10.900" for "10.000"); rectified and brought to ~300 dpi they are read right
    person = APPLICANTS[2]
    photo, _ = photo_from_afar(table_pdf(person).data)
    document = parse_document(photo, "IMG_20190525_107226.jpg")
    assert document.parse_status == "parsed", document.error
    values = _values(document)
    assert values["email"] == person.email
    assert values["phone"] == person.phone
    assert values.get("requested_amount") == person.requested
    assert all(field.confidence < REVIEW_THRESHOLD for field in document.fields.values())


def test_the_corners_of_a_photographed_sheet_are_found() -> None:
    photo, corners = photo_from_afar(table_pdf(APPLICANTS[0]).data)
    with Image.open(io.BytesIO(photo)) as image:
        found = sheet_corners(image.convert("L"))
    assert found is not None
    # within a few pixels of the small copy it is found on (and a pixel inside, to leave the table out)
    assert np.abs(found - np.array(corners)).max() <= 20


def test_an_enlarged_sheet_has_its_print_exactly_as_one_bicubic_warp_of_the_whole_sheet_gives() -> None:
    # only the rows with print are resampled with bicubic (the costly part of a photo from afar); the print
    # must come out as the whole-sheet warp gives it, including a line that runs off the sheet's edge
    photo, _ = photo_from_afar(letter_pdf(APPLICANTS[4], 1).data)
    with Image.open(io.BytesIO(photo)) as image:
        grey = image.convert("L")
    corners = sheet_corners(grey)
    assert corners is not None
    sheet = rectified(grey, corners, 2480, 4000 * 4000)
    whole = grey.transform(sheet.size, Image.Transform.PERSPECTIVE, _perspective(corners, *sheet.size),
                           resample=Image.Resampling.BICUBIC, fillcolor=255)
    ours, reference = np.asarray(sheet).astype(int), np.asarray(whole).astype(int)
    printed = reference < 150
    assert printed.sum() > 50_000 and printed[:, -40:].any()  # a page of print, some of it at the right edge
    assert np.abs(ours - reference)[printed].max() <= 1
    # the blank paper between is enlarged more cheaply, but it is the same paper
    assert np.abs(ours - reference).mean() < 0.1


def test_a_photo_turned_by_its_exif_orientation_is_read_upright(tesseract: None) -> None:
    person = APPLICANTS[5]
    photo = Image.open(io.BytesIO(photo_of(table_pdf(person).data, tilt=-2.0)))
    sideways = photo.transpose(Image.Transpose.ROTATE_90)  # as the phone stored it: on its side
    exif = sideways.getexif()
    exif[0x0112] = 6  # "turn me a quarter clockwise to view"
    for kind, mode in (("JPEG", "RGB"), ("PNG", "RGBA")):
        buffer = io.BytesIO()
        sideways.convert(mode).save(buffer, format=kind, exif=exif.tobytes())
        document = parse_document(buffer.getvalue(), f"IMG_2042.{kind.lower()}")
        assert document.parse_status == "parsed", document.error
        assert _values(document)["email"] == person.email, kind


def test_an_iphone_heic_photo_is_read_as_any_photo(tesseract: None) -> None:
    import pillow_heif

    person = APPLICANTS[5]
    photo = Image.open(io.BytesIO(photo_of(table_pdf(person).data, tilt=-2.0)))
    buffer = io.BytesIO()
    # written by libheif without registering its opener in Pillow here: the parser must do that itself
    pillow_heif.from_pillow(photo).save(buffer, quality=70)
    data = buffer.getvalue()
    assert data[4:12] == b"ftypheic"
    document = parse_document(data, "IMG_4512.HEIC")
    assert (document.parse_status, document.content_type) == ("parsed", "image/heic"), document.error
    values = _values(document)
    assert values["email"] == person.email
    assert values.get("requested_amount") == person.requested
    assert all(field.confidence < REVIEW_THRESHOLD for field in document.fields.values())
    damaged = parse_document(data[: len(data) // 3], "IMG_4513.HEIC")
    assert (damaged.parse_status, damaged.content_type) == ("failed", "image/heic"), damaged


Grid = npt.NDArray[np.float64]
Lighting = Callable[[Grid, Grid], tuple[Grid, Grid | float]]  # (across, down) -> (sheet's factor, table's grey)


def _lit_photo(light: Lighting, cut: int = 0) -> tuple[Image.Image, npt.NDArray[np.uint8], npt.NDArray[np.float64]]:
    """A photo of a form from afar, lit anew: ``light(across, down)`` gives the sheet's brightness factor and
    the table's grey level at each point (both from 0 to 1 across and down the picture); ``cut`` rows are cut
    off its top. The photo, its small copy as the sheet finder sees it, and the sheet's true corners."""
    from PIL import ImageDraw, ImageFilter

    photo, corners = photo_from_afar(table_pdf(APPLICANTS[0]).data)
    with Image.open(io.BytesIO(photo)) as image:
        grey = np.asarray(image.convert("L")).astype(float)
    height, width = grey.shape
    outline = Image.new("L", (width, height), 0)
    ImageDraw.Draw(outline).polygon(corners, fill=255)
    across = np.arange(width)[None, :].repeat(height, 0) / width
    down = np.arange(height)[:, None].repeat(width, 1) / height
    sheet, table = light(across, down)
    lit = np.where(np.asarray(outline) > 0, grey * sheet, table)[cut:]
    photo_lit = Image.fromarray(np.clip(lit, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.5))
    small = np.asarray(photo_lit.reduce(max(1, max(photo_lit.size) // 256)))
    return photo_lit, small, np.array(corners, dtype=np.float64) - [0, cut]


def test_the_sheet_is_found_under_uneven_light_where_no_one_threshold_splits_it_from_the_table() -> None:
    # a lamp to the right: the table brightens towards it, the sheet's far side lies in a soft shadow, so the
    # dim paper is darker than the lit table; the sheet's own edges still stand out
    from parsers.sheet import _candidate_sheets, _corners_of

    photo_lit, small, corners = _lit_photo(lambda across, down: (
        0.6 + 0.4 * np.clip((across - 0.3) / 0.3, 0, 1), 95 + 110 * np.clip((across - 0.3) / 0.4, 0, 1)))
    kind, otsu_region = next(_candidate_sheets(small))
    assert kind == "threshold" and _corners_of(otsu_region) is None  # the one threshold fails: edges must find it
    found = sheet_corners(photo_lit)
    assert found is not None
    assert np.abs(found - corners).max() <= 30


# rows cut off the photo's top: none, or so many that the sheet's corner touches the frame, where the region
# within sharp edges is no sheet any more and the hull of the edges is what is left
@pytest.mark.parametrize("cut", [0, 116])
def test_a_sheet_whose_corner_lies_in_a_shadow_is_found_whole(cut: int) -> None:
    # a hand's or the phone's shadow over the sheet's lower part: one threshold takes the lit paper only, a
    # quadrilateral still (the corner cut off), and the page was rectified from it, askew and cut short
    from parsers.sheet import _candidate_sheets, _corners_of

    photo_shaded, small, corners = _lit_photo(
        lambda across, down: (1.0 - 0.45 * np.clip((down - 0.55) / 0.15, 0, 1), 60.0), cut)
    kind, otsu_region = next(_candidate_sheets(small))
    assert kind == "threshold" and _corners_of(otsu_region) is not None  # a sheet to it: the lit part
    found = sheet_corners(photo_shaded)
    assert found is not None
    assert np.abs(found - corners).max() <= 30


def test_a_scan_or_a_blank_page_has_no_sheet_to_take_out() -> None:
    scan = render_page(letter_pdf(APPLICANTS[1], 1).data, dpi=100)
    assert sheet_corners(scan) is None
    assert sheet_corners(Image.new("L", (1240, 1754), 255)) is None


def test_of_two_readings_of_a_page_the_surer_one_that_reads_as_much_is_kept() -> None:
    from parsers.ocr import OcrPage, surer

    plain = OcrPage("Naam Feestcomite\nContactpersoon Denys Bart", 72.6, 174)
    assert surer(plain, OcrPage("Naam\nContactpersoon", 73.0, 131)) is plain  # surer, but the answers are gone
    clearer = OcrPage("Naam Feestcomite\nContactpersoon Denys Bart", 80.0, 170)
    assert surer(plain, clearer) is clearer
    assert surer(plain, OcrPage("Naam", 60.0, 180)) is plain


def test_deskew_finds_the_tilt_of_a_page() -> None:
    page = render_page(letter_pdf(APPLICANTS[1], 1).data, dpi=100)
    tilted = page.rotate(-3.0, fillcolor=255, expand=True)
    assert abs(deskew_angle(tilted) - 3.0) <= 0.5


def test_deskew_is_not_held_straight_by_the_dark_edge_a_scanner_lid_leaves_along_the_frame() -> None:
    from PIL import ImageDraw

    page = render_page(letter_pdf(APPLICANTS[1], 1).data, dpi=100)
    tilted = page.rotate(-3.0, fillcolor=255, expand=True)
    width, height = tilted.size
    # the lid's shadow: dark bands along the top and the right side of the picture, straight with its frame
    ImageDraw.Draw(tilted).rectangle((0, 0, width, 25), fill=40)
    ImageDraw.Draw(tilted).rectangle((width - 30, 0, width, height), fill=60)
    assert abs(deskew_angle(tilted) - 3.0) <= 0.5


def _form_end_at_the_top(top: int, size: int) -> Image.Image:
    """A form's last page: a few lines at its top (an amount, a section band, a date), the rest blank."""
    from PIL import ImageDraw, ImageFont

    page = Image.new("L", (827, 1169), 245)
    draw = ImageDraw.Draw(page)
    small, large = ImageFont.truetype("DejaVuSans.ttf", 13), ImageFont.truetype("DejaVuSans.ttf", size)
    draw.text((60, top), "Montant sollicité (max. 10 000 €)", font=small, fill=30)
    draw.text((70, top + 30), "7 750,00 euros", font=large, fill=20)
    draw.rectangle((60, top + 65, 750, top + 90), fill=205)
    draw.text((70, top + 70), "5. Signature", font=small, fill=20)
    draw.text((60, top + 105), "Date et signature", font=small, fill=30)
    draw.text((70, top + 125), "Killem, 26/05/2019", font=large, fill=20)
    return page


@pytest.mark.parametrize(("top", "size"), [(40, 20), (75, 20)])
def test_deskew_of_a_page_whose_print_is_all_at_its_top(top: int, size: int) -> None:
    # the lines stand near the top of the part of the page judged: turned, they came into it or left it at
    # once, and that jump in the row profile made 2.5 or 3 degrees the "straightest" for a 1.5 degree tilt
    page = _form_end_at_the_top(top, size)
    assert deskew_angle(page) == 0.0
    assert abs(deskew_angle(page.rotate(-1.5, fillcolor=245, expand=True)) - 1.5) <= 0.5


def test_a_nearly_blank_pages_paper_is_not_stretched_into_grey_noise() -> None:
    # a form's last page: two lines at its top, the rest paper with a scanner's grain. The darkest 1% of its
    # points is paper, not ink: stretched to black and white, the grain became noise and black specks
    from PIL import ImageDraw, ImageFont, ImageOps

    from parsers.ocr import stretched

    grain = np.random.default_rng(7).normal(228, 3, (1169, 827)).clip(0, 255).astype(np.uint8)
    page = Image.fromarray(grain)
    ImageDraw.Draw(page).text((60, 80), "Gevraagde subsidie: 7.500 euro", font=ImageFont.truetype(
        "DejaVuSans.ttf", 16), fill=30)
    paper = np.asarray(stretched(page))[300:, :]
    assert np.median(paper) > 200 and (paper < 128).mean() < 0.001
    assert (np.asarray(ImageOps.autocontrast(page, cutoff=1))[300:, :] < 128).mean() > 0.005  # as it was
    inked = Image.fromarray(np.where(np.arange(827) % 10 < 3, 40, grain).astype(np.uint8))  # ink enough
    assert np.array_equal(np.asarray(stretched(inked)), np.asarray(ImageOps.autocontrast(inked, cutoff=1)))


def test_a_blank_scan_is_no_text(tesseract: None) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (1240, 1754), 255).save(buffer, format="PDF", resolution=150)
    document = parse_document(buffer.getvalue(), "leeg.pdf")
    assert document.parse_status == "no_text"


def _broken_odt() -> bytes:
    import zipfile

    whole = odt_file(["Beste,"], [("Gemeente", "Alveringem")])
    with zipfile.ZipFile(io.BytesIO(whole)) as archive:
        content = archive.read("content.xml")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content[: len(content) // 2])
    return buffer.getvalue()


@pytest.mark.parametrize(("filename", "data", "status"), [
    ("kapot.odt", _broken_odt(), "failed"),  # its content.xml cut off halfway
    ("kapot.rtf", b"{\\rtf1\\ansi " + b"{" * 5000, "no_text"),  # unbalanced groups: nothing readable in it
    ("kapot.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200, "failed"),
    ("kapot.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "failed"),
])
def test_a_corrupt_file_is_a_status_with_a_reason_not_a_crash(filename: str, data: bytes, status: str) -> None:
    document = parse_document(data, filename)
    assert document.parse_status == status
    if status == "failed":
        assert document.error


def test_a_corrupt_doc_is_failed_with_antiwords_reason(antiword: None) -> None:
    real = (FIXTURES / "aanvraag-vijfwegen.doc").read_bytes()
    # the OLE header and directory (at the end) survive; the Word stream's own header does not
    broken = real[:512] + b"\x00" * 2048 + real[2560:]
    document = parse_document(broken, "kapot.doc")
    assert document.parse_status == "failed"
    assert "antiword" in (document.error or "")


def test_an_odt_without_body_text_is_no_text() -> None:
    document = parse_document(odt_file([], []), "leeg.odt")
    assert document.parse_status == "no_text"


def test_ocr_words_are_put_back_on_their_visual_lines() -> None:
    from parsers.ocr import _text_from_tsv

    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    # tesseract gave the labels as one block and the answers as another (two columns)
    rows = [(1, 1, 100, 100, "Contact"), (1, 2, 100, 160, "Ville"),
            (2, 1, 600, 102, "Jérôme"), (2, 2, 760, 101, "Vanrycke"), (2, 3, 600, 161, "Bergues"),
            (3, 1, 100, 400, "Montant"), (3, 2, 600, 402, "2 250,00 €")]
    tsv = "\n".join([header, *(f"5\t1\t{block}\t1\t{line}\t1\t{left}\t{top}\t120\t30\t91.5\t{text}"
                               for block, line, left, top, text in rows)])
    page = _text_from_tsv(tsv)
    assert page.text.split("\n") == ["Contact\tJérôme Vanrycke", "Ville\tBergues", "", "Montant\t2 250,00 €"]
    assert page.words == 7 and page.mean_confidence == 91.5


def test_ocr_a_tall_handwritten_answer_higher_than_its_label_is_on_the_labels_line() -> None:
    from parsers.ocr import Word, _page_of

    # read off a scanned form: the answer written twice the print's height, its middle 28 px above the label's
    label = [Word(234, 929, 113, 37, "Straat", 88.1), Word(359, 935, 40, 22, "en", 95.6),
             Word(414, 935, 140, 22, "nummer", 95.6)]
    answer = [Word(945, 872, 293, 93, "Kerkstraat", 92.5), Word(1271, 872, 130, 93, "101A", 92.5)]
    above = [Word(254, 723, 44, 19, "niet", 95.7), Word(308, 725, 96, 17, "invullen", 94.1)]
    print_lines = [Word(234, 1000, 300, 35, "Eerste", 95.0), Word(234, 1040, 300, 35, "Tweede", 95.0)]
    page = _page_of([*above, *label, *answer, *print_lines])
    assert page.text.split("\n") == ["niet invullen", "", "Straat en nummer\tKerkstraat 101A", "Eerste", "Tweede"]
    # lines that share their width are two lines, however close (print above print, an answer under its label)
    under = [Word(234, 960, 200, 37, "Kerkstraat", 92.5)]
    assert _page_of([*label, *under]).text.split("\n") == ["Straat en nummer", "Kerkstraat"]
    over = [Word(300, 872, 293, 93, "Kerkstraat", 92.5)]  # written across the label: no answer beside it
    assert _page_of([*label, *over]).text.split("\n") == ["Kerkstraat", "Straat en nummer"]


def test_ocr_slips_inside_an_address_or_a_number_are_mended() -> None:
    from parsers.ocr import _mend

    text = ("E-mail\nvermeulen. lien12@example.org\nGSM\t0473/12 .34.56\nstuur een mail. lien@example.org is goed\n"
            "Courriel\tclaireéexample .org\nUne église du village, un café.")
    assert _mend(text).split("\n") == ["E-mail", "vermeulen.lien12@example.org", "GSM\t0473/12.34.56",
                                       "stuur een mail. lien@example.org is goed", "Courriel\tclaire@example.org",
                                       "Une église du village, un café."]


def test_ocr_a_thousands_separator_read_with_a_space_after_it_is_mended_beside_a_euro_sign_or_cents() -> None:
    from parsers.ocr import _mend

    assert _mend("Total cost\t€9, 900\nGrant\t€ 9, 500\nChairs\t1, 700.00") == \
        "Total cost\t€9,900\nGrant\t€ 9,500\nChairs\t1,700.00"
    assert _mend("de huisnummers 12, 140 en 3") == "de huisnummers 12, 140 en 3"  # two numbers in a sentence


def test_ocr_an_amounts_digits_or_euro_sign_read_as_letters_are_put_back() -> None:
    from parsers.ocr import _euro_read_as_e, _mend

    assert _mend("Subvention sollicitée\n3 GOO €") == "Subvention sollicitée\n3 600 €"
    assert _mend("le 3 GOO ans") == "le 3 GOO ans"  # no amount
    # a house number's letter read with an accent: "79À" is 79A; "à" after a number is a word
    assert _mend("Kasteelstraat 79À\n12 à 15 personnes") == "Kasteelstraat 79A\n12 à 15 personnes"
    # the euro sign read as an "É" is put back only once the number was read again (its mark of a garbled number)
    assert _mend("Coût total\t11107,00 É") == "Coût total\t11107,00 É"
    assert _euro_read_as_e("Coût total\t11107,00 É\nMontant\t2750 Ë\nrue 12 É") == \
        "Coût total\t11107,00 €\nMontant\t2750 €\nrue 12 É"  # not a house number's letter


def test_ocr_a_form_lines_dots_read_up_to_an_amounts_first_digit_leave_it_its_digit() -> None:
    from parsers.ocr import _dots_before_an_amount

    assert _dots_before_an_amount("Montant demandé: ..5 600 €") == "Montant demandé: .. 5 600 €"
    # a number's own dot, a sum with cents, and dots before a lone number stay as read
    kept = "Totaal 1..5 600 €\nNr ..5\nprijs ..12 €"
    assert _dots_before_an_amount(kept) == kept


def test_ocr_an_addresss_last_dot_not_read_is_put_back() -> None:
    from parsers.ocr import _mend

    assert _mend("E-mail\tbdenys@example org\nmail: an@mail.example net") == \
        "E-mail\tbdenys@example.org\nmail: an@mail.example.net"


def test_ocr_an_address_alone_in_its_box_cut_beside_a_dot_is_joined() -> None:
    from parsers.ocr import _mend

    assert _mend("Courriel\tfoyer .godewaersvelde@example.org\nE-mail\tverhaeghe. femke74@example.org") == \
        "Courriel\tfoyer.godewaersvelde@example.org\nE-mail\tverhaeghe.femke74@example.org"
    # in a sentence, the word before is another word; a label's fill-in line, a small word or a box's mark
    # before the address are no part of it
    for read in ("mail naar jan .peeters@example.org of bel", "Courriel ____contact@example.org",
                 "E-mail .dorpsraad@example.org", "E-mail\tou .dorpsraad@example.org",
                 "E-mail\tx -dorpsraad@example.org", "Contact\tPeeters _jan@example.org"):
        assert _mend(read) == read


def test_ocr_an_apostrophe_read_apart_from_its_letters_joins_them() -> None:
    from parsers.ocr import _mend

    assert _mend("15 Grand ' Place\nl ’ école\nit ' s 5 ' 6") == "15 Grand'Place\nl'école\nit's 5 ' 6"


def test_ocr_guillemets_read_as_angle_brackets_are_put_back() -> None:
    from parsers.ocr import _mend

    assert _mend("Objet : < Verger conservatoire >\nTitre\t<< Les bancs >>") == \
        "Objet : « Verger conservatoire »\nTitre\t« Les bancs »"
    assert _mend("x<y>z\n<Verger") == "x<y>z\n<Verger"  # no pair, or inside a word
    # an address in brackets, a comparison
    assert _mend("Jan <jan@example.org>\nLeeftijd < 12 en > 65") == "Jan <jan@example.org>\nLeeftijd < 12 en > 65"


def test_ocr_a_bracket_read_glued_to_an_addresss_at_sign_is_left_out() -> None:
    from parsers.ocr import _mend

    assert _mend("(0479-70 21 39, femmalangemark(@example.com).") == "(0479-70 21 39, femmalangemark@example.com)."
    assert _mend("zie (@example.com) en f(@x)") == "zie (@example.com) en f(@x)"  # no word before, or no domain


def test_a_whole_label_in_its_own_cell_leaves_the_colon_to_the_answer() -> None:
    from parsers.documents import default_call, extract

    text = "Titel van het project\tBuurtfeest en enquête: wat wil ons dorp?\nNaam\tLien Vermeulen\n"
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["project_title"].value == "Buurtfeest en enquête: wat wil ons dorp?"


def test_two_labels_of_one_field_offered_as_alternatives_are_no_part_of_the_answer() -> None:
    from parsers.documents import default_call, extract

    text = "Vereniging / organisatie\tDorpsraad De Linde\nContactpersoon\tLien Vermeulen\n"
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["organisation"].value == "Dorpsraad De Linde"


def test_a_form_read_without_its_column_of_answers_is_told_from_one_with_answers_under_the_labels() -> None:
    from parsers.documents import _lone_labels

    lost = "1. Applicant\nApplicant\tWesthoek Circle\nPhone\nE-mail\n2. The project\nProject title\nShort description\n"
    under = "Vereniging\nFemma Zonnebeke\nVerantwoordelijke\nAn Baert\nGSM / tel.\n051-98 50 72\nProject\nNaaicafé\n"
    assert _lone_labels(lost) >= 3
    assert _lone_labels(under) == 0


def test_a_one_block_reading_leaves_out_what_tesseract_barely_recognised() -> None:
    from parsers.ocr import _text_from_tsv

    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [(100, 96.8, "Address"), (400, 92.5, "Heirweg-Noord"), (700, 73.7, "88"), (900, 22.1, "ee"),
            (1000, 0.0, "on"), (1100, 1.3, "LOS")]
    tsv = "\n".join([header] + [f"5\t1\t1\t1\t1\t1\t{left}\t100\t80\t30\t{conf}\t{word}"
                                for left, conf, word in rows])
    assert _text_from_tsv(tsv, least_sure=30).text == "Address\tHeirweg-Noord\t88"
    assert "LOS" in _text_from_tsv(tsv).text  # the page's own layout reading keeps every word


def test_a_label_the_ocr_garbled_never_becomes_a_value() -> None:
    from parsers.documents import _labels_restored, default_call, extract

    # "Naam initiatiefnemer" read with a letter lost: its "Naam" made the rest the contact's name
    text = ("Naam ini iatiefnemer\nWijkraad De Vijver\nContactpersoon\nLien Vermeulen\n"
            "Telefoonummer\t0470 12 34 56\nUitieg\nEen buurtfeest.\n")
    restored = _labels_restored(text)
    assert restored.split("\n")[0] == "naam initiatiefnemer" and "Lien Vermeulen" in restored
    fields, _ = extract(restored, default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Lien Vermeulen"
    assert fields["organisation"].value == "Wijkraad De Vijver"
    assert fields["phone"].value == "+32470123456"


@pytest.mark.parametrize(("line", "title"), [
    ("Ohjet : «Aire de jeux nature »", "Aire de jeux nature"),  # the subject's word a letter off
    ("Betreft \u2018Repair café Het Hoekje", "Repair café Het Hoekje"),  # colon and closing quote not read
    ("Objet : « Jardin partagé du presbytère", "Jardin partagé du presbytère"),
    ("Betrefl: Speelplein aan de kerk", "Speelplein aan de kerk"),
    ("Onderwerp \"Buurtfeest\"", "Buurtfeest"),
    ("Objet : « Jardin partagé\ndu presbytère »", "Jardin partagé du presbytère"),  # its quote closes wrapped
    # a letter left out of the subject's word, its colon lost before the subject's own word
    ("Betref aanvraag Maak werk van je buurt! - Buurtkeuken in het parochiezaaltje",
     "Buurtkeuken in het parochiezaaltje"),
    ("Objet candidature Partons 2.0 - Jardin partagé", "Jardin partagé"),
    ("Onderwep: Speelplein aan de kerk", "Speelplein aan de kerk"),
    # the subject's word with its last letter read apart
    ("Betref t aanvraag Maak werk van je buurt! - Buurtkeuken in het parochiezaaltje",
     "Buurtkeuken in het parochiezaaltje"),
    ("Betref t: Speelplein aan de kerk", "Speelplein aan de kerk"),
])
def test_an_ocr_d_letter_s_subject_line_gives_its_title(line: str, title: str) -> None:
    from parsers.documents import _labels_restored, default_call, extract

    text = f"Winnezeele, le 2 juin 2019\n\n{line}\n\nMadame, Monsieur,\nNous souhaitons présenter un projet.\n"
    fields, _ = extract(_labels_restored(text), default_call(), lost_columns=True)
    assert fields["project_title"].value == title


def test_a_form_s_printed_euro_sign_read_as_a_cell_of_its_own_is_part_of_the_amount() -> None:
    from parsers.documents import _labels_restored, default_call, extract

    # a form that prints "€" in the box, the hand writing only the number: OCR reads "5 250<tab>€", a row
    # of two cells, under its label
    text = ("3. BUDGET\nCoût total du projet\n7000\t€\nMontant demandé (max. 10 000 €)\n5 250\t€\n\n"
            "Date\tSignature\n14/06/2019\n")
    fields, _ = extract(_labels_restored(text), default_call(), lost_columns=True)
    assert fields["requested_amount"].value == Decimal("5250.00")
    assert fields["total_budget"].value == Decimal("7000.00")


@pytest.mark.parametrize("line", ["Objet de la demande : subvention", "Betreft deze aanvraag heb ik een vraag",
                                  "Bereft \u2018Speeltuin", "Beste aanvraag collega",
                                  "Bedankt aanvraag ontvangen"])
def test_a_line_that_is_no_subject_line_stays_as_read(line: str) -> None:
    from parsers.documents import _labels_restored

    assert _labels_restored(f"{line}\n") == f"{line}\n"


def test_a_row_of_labels_whose_second_ocr_garbled_is_no_answer() -> None:
    from parsers.documents import _labels_restored, default_call, extract

    # "Téléphone" read "Telphore" beside the contact's label had been the contact's name; the garbled
    # alternative "de fassociation" had made its label the group's name
    text = ("1. LE PORTEUR DE PROJET\nNom du groupe / de fassociation\n\n"
            "Personne de contact (prénom et nom)\tTelphore\nCéline Vercoutre\t07 69 88 93 42\n"
            "Adresse (n° et rue)\n4 place de la Mairie\n")
    fields, _ = extract(_labels_restored(text), default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Céline Vercoutre"
    assert fields["phone"].value == "+33769889342"
    assert "organisation" not in fields


@pytest.mark.parametrize("line", ["Contactpersoon\tTelefoon", "Naam\tJan Peeters", "Gezinsbond / Davidsfonds",
                                  "Nom du groupe / de l'association", "Association / collectif",
                                  # a word of a label read right may be an answer (a role), or another label
                                  "Naam organisatie\tVoorzitter", "Naam vereniging / voorzitter",
                                  "Vereniging / Buurtcomité De Vlinder",  # an answer starting with a label's word
                                  "Naam vereniging\tGezinsbond"])
def test_labels_and_answers_read_right_stay_as_read(line: str) -> None:
    from parsers.documents import _labels_restored

    assert _labels_restored(f"{line}\n") == f"{line}\n"


@pytest.mark.parametrize(("text", "place"), [
    # the box under "Commune" left unread: the description's first line is no place
    ("Code postal\tCommune\n\nLa subvention servira à l'achat de matériel, à un animateur\n", None),
    ("Gemeente\tMoere bij Gistel\n", "Moere bij Gistel"),  # a place the call does not list, as written
    ("Commune\tVilleneuve-d'Ascq\n", "Villeneuve-d'Ascq"),
    ("Commune\tArmentières,\n", "Armentières"),  # the sentence's comma is not the place's
    ("Woonplaats\tKortrijk - Heule\n", "Kortrijk - Heule"),  # a town and its village
    ("Woonplaats\tKortrijk/Heule\n", "Kortrijk/Heule"),
])
def test_a_place_the_call_does_not_list_is_kept_only_when_it_reads_as_a_place(text: str, place: str | None) -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract(text, default_call(), lost_columns=True)
    assert (fields["municipality"].value if "municipality" in fields else None) == place


@pytest.mark.parametrize(("text", "place"), [
    # a place of the call's with a letter OCR read as a digit, or a speck of the box after it: mended from the list
    ("Code postal\t59114\nCommune\tSteenv0orde\n", "Steenvoorde"),
    ("Code postal\t59122\nCommune\tHondsch00te\n", "Hondschoote"),
    ("Postcode\t8970\nGemeente\tPoperinge |\n", "Poperinge"),
    # a number alone, a sentence's mark is no place: the place of the postcode stands, or none (59380 is
    # five villages' postcode)
    ("Postcode\t8970\nGemeente\tKerkstraat 12\n", "Poperinge"),
    ("Postcode\t8640\nGemeente\tTel. 0477 12 34 56\n", "Vleteren"),
    ("Code postal\t59380\nCommune\tAchat de 20 tables\n", None),
    ("Code postal\t59380\nCommune\tle 25/05/2019\n", None),
    ("Code postal\t59380\nVille\tde Bergues — service associatif\n", "Bergues"),  # the place it names
])
def test_a_place_ocr_garbled_is_mended_not_refused(text: str, place: str | None) -> None:
    from parsers.documents import default_call, extract
    from parsers.ocr_places import mended_places

    fields, _ = extract(text, default_call(), lost_columns=True)
    mended = mended_places(fields, default_call(), text)
    assert (mended["municipality"].value if "municipality" in mended else None) == place


def test_numbered_labels_with_their_article_are_still_labels() -> None:
    from parsers.documents import _labels_restored, default_call, extract

    text = ("1. De aanvrager\nVzw De Kring\n\n2. De contactpersoon\nJan Peeters\n\n3. De projecttitel\n"
            "Speelbos in de wijk\n\n4. Het gevraagde bedrag\n2 500 euro\n")
    fields, _ = extract(_labels_restored(text), default_call(), lost_columns=True)
    assert {name: fields[name].value for name in ("organisation", "contact_name", "project_title")} == {
        "organisation": "Vzw De Kring", "contact_name": "Jan Peeters", "project_title": "Speelbos in de wijk"}
    assert fields["requested_amount"].value == 2500


@pytest.mark.parametrize("heading", ["2. LE PROJET", "2. Le projet", "2. HET PROJECT"])
def test_a_sections_heading_read_right_is_no_garbled_label(heading: str) -> None:
    from parsers.documents import _labels_restored, default_call, extract

    # the heading's words are a label's ("projet") with an article: restored as that label, it had made the
    # description's first line the project's title
    text = ("1. LE PORTEUR DE PROJET\nNom du groupe / de l'association\n\n"
            "Personne de contact (prénom et nom)\tTéléphone\nCéline Vercoutre\t06 12 34 56 78\n\n"
            f"{heading}\n\nUne enquête auprès de 90 familles a montré que c'est ce qui manque le plus au\n"
            "village: La subvention servira à l'achat de matériel\n\n3. BUDGET\nMontant demandé\n3 500 €\n")
    fields, _ = extract(_labels_restored(text), default_call(), lost_columns=True)
    assert "project_title" not in fields
    assert fields["contact_name"].value == "Céline Vercoutre" and fields["requested_amount"].value == 3500


@pytest.mark.parametrize(("line", "label"), [
    ("Le titre du projet", "titre du projet"),  # a label with its article, not a heading: still restored
    ("3. Le titre du projet", "titre du projet"),
    ("LA PERSONNE DE CONTACT", "personne de contact"),
    ("L Naam van de vereniging", "naam van de vereniging"),  # "1." read as "L"
    ("DE PROJECTTITEL", "projecttitel"),
    ("Titel van het projcet", "titel van het project"),
    ("Persunne de contact (prenom et nom)", "personne de contact"),
])
def test_labels_misread_are_still_restored(line: str, label: str) -> None:
    from parsers.labels import misread_label

    assert misread_label(line) == label


def test_the_scribble_under_a_signature_label_is_nobodys_name() -> None:
    from parsers.documents import _labels_restored, default_call, extract

    # "Signature" is near enough "Signataire" (who signs for the group) to have been taken for it, and the
    # scribble under it ("SA A") for the contact; the contact's own row has a label with words after it
    text = ("Structure (association, collectif.)\tAssociation Jardins Partagés du Kapelleveld\n"
            "Nom et prénom du référent\tBenoît Wemaere\nFonction\tsecrétaire\n"
            "Fait à Rexpoëde, le 15/06/2019\nSignature:\nSA A\n\nBenoît Wemaere\n")
    restored = _labels_restored(text)
    assert "Signature:" in restored
    fields, _ = extract(restored, default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Benoît Wemaere"


@pytest.mark.parametrize("none", ["néant", "Aucune", "geen", "n.v.t."])
def test_a_group_box_answered_none_names_no_group(none: str) -> None:
    from parsers.documents import default_call, extract

    # an applicant alone writes "none" in the group's box: neither the box's label nor "néant" is a group
    text = f"Structure (association, collectif...)\t{none}\nNom et prénom du référent\tAgnès Dehaene\n"
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert "organisation" not in fields and fields["contact_name"].value == "Agnès Dehaene"


def test_a_crumb_of_a_boxs_border_under_a_label_is_not_its_answer() -> None:
    from parsers.documents import default_call, extract

    text = ("Naam van de vereniging / organisatie\net\nChirojeugd Hoogstade vzw\nContactpersoon\nFien Wyffels\n"
            "Gemeente\nLo\nHuisnummer\n12\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["organisation"].value == "Chirojeugd Hoogstade vzw"
    assert fields["municipality"].value == "Lo-Reninge"  # a place of two letters is an answer, not a crumb


def test_the_programmes_number_is_no_amount() -> None:
    from parsers.documents import default_call, extract

    # the row's amount left unread by OCR: "2.0" of "Partons 2.0" is not a request of 2 euros
    text = ("PRODUITS (€)\nSubvention Partons 2.0 sollicitée\nAutofinancement / fonds propres\nTOTAL\n"
            "Montant sollicité (en lettres): sept mille deux cents euros\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["requested_amount"].value == Decimal("7200.00")
    fields, _ = extract("Bedrag: Partons 2.0 - 4.500 €\n", default_call())
    assert fields["requested_amount"].value == Decimal("4500.00")


def test_a_pictured_forms_label_cell_may_say_whose_field_it_is() -> None:
    from parsers.documents import default_call, extract

    text = "Nom et prénom du référent\tBenoît Wemaere\nOrganisatie bewonersavond\t340,00\n"
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Benoît Wemaere"
    assert "organisation" not in fields  # a cost line whose first word is a label's is still a cost
    typed, _ = extract(text, default_call(), lost_columns=False)
    assert "contact_name" not in typed or typed["contact_name"].value != "du référent Benoît Wemaere"


def _dotted_form(rows: list[tuple[str, str]]) -> Image.Image:
    """A printed form as a scanner sees it: labels on the left, each answer on a dotted line."""
    from PIL import ImageDraw, ImageFont

    page = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 42)
    for index, (label, value) in enumerate(rows):
        top = 150 + index * 110
        draw.text((150, top), label, font=font, fill=0)
        draw.text((1000, top), value, font=font, fill=0)
        for left in range(990, 2300, 12):  # dots of 5 px every 12 px, just under the answer
            draw.ellipse((left, top + 58, left + 5, top + 63), fill=0)
    return page


def test_dotted_lines_under_the_answers_are_removed_and_the_letters_kept() -> None:
    page = _dotted_form([("Structure porteuse", "Association Boeschepe Patrimoine"), ("Nom", "Ludovic")])
    cleaned = np.asarray(without_rules(page))
    before = np.asarray(page)
    dots = (slice(150 + 58, 150 + 64), slice(1400, 2300))
    assert (before[dots] < 128).any() and not (cleaned[dots] < 128).any()
    words = (slice(150, 150 + 50), slice(150, 1900))
    # the letters keep nearly all their ink (a descender touching a dot may lose a pixel or two)
    assert (cleaned[words] < 128).sum() >= 0.98 * (before[words] < 128).sum()


def test_pale_blurred_dotted_lines_of_a_photo_are_removed_and_a_grey_heading_band_kept() -> None:
    from PIL import ImageDraw, ImageFilter, ImageFont

    page = Image.new("L", (2480, 600), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 42)
    draw.rectangle((150, 60, 2300, 110), fill=185)  # a grey band behind a section heading
    draw.text((160, 62), "1. Porteur de projet", font=font, fill=0)
    draw.text((150, 150), "Nom", font=font, fill=0)
    draw.text((1000, 150), "Ludovic Vandamme", font=font, fill=0)
    for left in range(990, 2300, 12):  # taken from afar, the dots come out as a pale grey blur
        draw.ellipse((left, 208, left + 5, 213), fill=150)
    photo = page.filter(ImageFilter.GaussianBlur(1.5))
    before = np.asarray(photo)
    cleaned = np.asarray(without_rules(photo))
    dots = (slice(204, 218), slice(1400, 2300))
    assert (before[dots] < 200).any() and not (cleaned[dots] < 200).any()
    band = (slice(70, 100), slice(1400, 2300))
    assert (cleaned[band] == before[band]).all()
    words = (slice(150, 200), slice(150, 1900))
    assert (cleaned[words] < 128).sum() >= 0.98 * (before[words] < 128).sum()


def test_a_form_with_dotted_lines_is_read_with_its_answers(tesseract: None) -> None:
    rows = [("Structure porteuse", "Association Boeschepe Patrimoine"), ("Nom", "BOLLENGIER"),
            ("Adresse", "59 route de Bergues"), ("Aide demandée", "9.250 €")]
    page = read_page(pgm_bytes(prepare_photo(_dotted_form(rows))))
    for _, value in rows:
        assert value in page.text, page.text


LETTERHEAD = ["Buurtcomité De Pijpestraat vzw", "Pijpestraat 12, 8970 Poperinge",
              "tel. 0470 12 34 56 – pijpestraat@example.org"]
LETTER = ["Aan de provincie West-Vlaanderen", "Betreft: projectidee Maak werk van je buurt", "Beste coördinator,",
          "Met ons project 'Samen tuinieren in de Pijpestraat' willen we de buren samenbrengen. De totale kost "
          "bedraagt 6.400 euro; wij vragen 5.900 euro.", "Met vriendelijke groeten,", "Marleen Voorbeeld"]


def _letter_docx_with_letterhead() -> bytes:
    import docx

    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = LETTERHEAD[0]
    for line in LETTERHEAD[1:]:
        header.add_paragraph(line)
    document.sections[0].footer.paragraphs[0].text = "Ondernemingsnummer 0123.456.789"
    for line in LETTER:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("filename", ["brief.odt", "brief.docx"])
def test_the_letterhead_in_a_templates_page_header_is_read(filename: str) -> None:
    # a letter template keeps the association, its address and phone in the page header, not in the text
    data = (odt_file(LETTER, [], header=LETTERHEAD, footer=["Ondernemingsnummer 0123.456.789"])
            if filename.endswith(".odt") else _letter_docx_with_letterhead())
    values = _values(parse_document(data, filename))
    assert values["organisation"] == "Buurtcomité De Pijpestraat vzw"
    assert (values["address"], values["postcode"], values["municipality"]) == ("Pijpestraat 12", "8970", "Poperinge")
    assert (values["phone"], values["email"]) == ("+32470123456", "pijpestraat@example.org")
    assert str(values["requested_amount"]) == "5900.00"


def test_ocr_an_amounts_comma_before_the_cents_not_read_after_a_thousands_space_is_put_back() -> None:
    from parsers.ocr import _mend

    # a slanted, handwriting-like font: "7 200,00 €" read "7 20000 €", which was taken for 20 000
    assert _mend("Subvention sollicitée\t7 20000 €\nTotal\t3 95000") == \
        "Subvention sollicitée\t7 200,00 €\nTotal\t3 950,00"
    assert _mend("de huisnummers 2 12345 en 3") == "de huisnummers 2 12345 en 3"


def test_ocr_an_amounts_first_digit_read_as_a_letter_is_put_back() -> None:
    from parsers.ocr import _mend

    # "3 800 €" in a slanted font: its 3 read as a J, and only 800 € was left
    assert _mend("Subvention Partons 2.0 sollicitée\tJ 800 €") == "Subvention Partons 2.0 sollicitée\t3 800 €"
    # right after a form line's dots, and not after a number's dot
    assert _mend("Montant demandé : ..S 600 €") == "Montant demandé : ..5 600 €"
    assert _mend("Total 1.S 600 €") == "Total 1.S 600 €"
    assert _mend("Jan en Els: 800 € elk") == "Jan en Els: 800 € elk"


def test_a_garbled_label_ending_a_line_is_no_part_of_the_answer_before_it() -> None:
    from parsers.documents import _labels_restored, default_call, extract

    # "E-mailadres :" read "E-maladres :" in the phone's row: the phone and the garbled label were one answer
    text = ("Ondernemingsnummer (indien van toepassing): 0671189688\nContactpersoon : Jozef Vermeersch\n"
            "Telefoon / gsm : 0475 729 228\tE-maladres :\nRekeningnummer (IBAN) :\n")
    fields, _ = extract(_labels_restored(text), default_call(), lost_columns=True)
    assert fields["phone"].value == "+32475729228" and fields["phone"].source == "label"


def test_an_ocrd_amount_a_hundred_times_too_large_lost_the_comma_before_its_cents() -> None:
    from decimal import Decimal

    from parsers.documents import _cents_restored, default_call
    from parsers.model import FieldValue

    call = default_call()  # a maximum grant of 10 000
    text = "TOTAL\t720000\nSubvention\t7 200,00 €\nBudget total\t250 000 €\n"
    fields = {"total_budget": FieldValue("total_budget", Decimal("720000.00"), "label", 0.85),
              "requested_amount": FieldValue("requested_amount", Decimal("7200.00"), "label", 0.85)}
    restored = _cents_restored(fields, text, call)
    assert restored["total_budget"].value == Decimal("7200.00")
    assert restored["requested_amount"].value == Decimal("7200.00")
    # written with its thousands space, a large budget is read as written
    large = {"total_budget": FieldValue("total_budget", Decimal("250000.00"), "label", 0.85)}
    assert _cents_restored(large, text, call)["total_budget"].value == Decimal("250000.00")


def test_ocr_the_right_edge_of_an_amounts_box_read_as_a_one_is_left_out() -> None:
    from parsers.ocr import _mend

    # "TOTAL<tab>9700.00<tab>1": the box's edge made the row no amount at all
    assert _mend("TOTAL\t9700.00\t1\nTotaal\t€ 2.500,00\tl") == "TOTAL\t9700.00\nTotaal\t€ 2.500,00"
    assert _mend("Aantal stoelen\t40\t1") == "Aantal stoelen\t40\t1"


def test_a_given_name_beside_a_surname_in_capitals_whose_label_the_ocr_lost_is_the_persons() -> None:
    from parsers.documents import _labels_restored, default_call, extract

    # "Prénom :" read as a dot: the contact's section gave a surname alone and the legal representative won
    text = ("2. Représentant légal\nNom: DUMONT\nPrénom: Sylvie\n\n3. Personne chargée du dossier\n"
            "Nom: LEMAIRE\t. Nathalie\nFonction: Secrétaire adjointe\n")
    fields, _ = extract(_labels_restored(text), default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Nathalie Lemaire"
    # the label read back (a line of the form read again alone) but its colon as a dot
    fields, _ = extract(_labels_restored(text.replace("\t. Nathalie", "\tPrénom . Nathalie")), default_call(),
                        lost_columns=True)
    assert fields["contact_name"].value == "Nathalie Lemaire"
    assert _labels_restored("Naam: PEETERS\tKerkstraat") == "Naam: PEETERS\tKerkstraat"  # no given name


def test_a_budget_s_own_share_row_is_no_form_box_left_unanswered() -> None:
    from parsers.documents import _lone_labels

    # a budget whose amounts stand in their own column: its "Autofinancement" row is no box left empty
    budget = "Code postal : 59299\nCommune : Boeschepe\nAutofinancement / fonds propres\nEigen inbreng\nTOTAL 9700.00\n"
    assert _lone_labels(budget) == 0


def test_labels_offered_together_are_never_a_name() -> None:
    from parsers.documents import _labels_restored, default_call, extract

    # two fields' labels on one line over one answer: which part is whose is not said, and the labels are no
    # group's name (they had been, at 0.85)
    fields, _ = extract(_labels_restored("Naam vereniging / voorzitter\nOkra Loker - Els Maes\n"), default_call(),
                        lost_columns=True)
    assert all("voorzitter" not in str(value.value).lower() for value in fields.values())
