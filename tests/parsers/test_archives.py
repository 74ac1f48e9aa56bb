""".zip attachments ("ci-joint notre dossier"): their documents read as attachments, at a bounded cost."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest

from parsers import parse_document
from parsers.archive import MAX_MEMBERS, members
from parsers.confidence import REVIEW_THRESHOLD
from tests.parsers.corpus import APPLICANTS, letter_pdf
from tests.parsers.sheet_samples import csv_of, zip_of
from tests.support.applications import filled_form, values

BUDGET = csv_of([["Poste", "Montant"], ["Animation", "2.500,00"], ["Communication", "700,00"],
                 ["Total", "3.200,00"], ["Montant demandé", "2.900,00"]])


def _values(document) -> dict[str, object]:
    return {name: value.value for name, value in document.fields.items()}


def test_a_letter_and_a_budget_in_a_folder_of_a_zip_are_read_as_one_dossier() -> None:
    letter = letter_pdf(APPLICANTS[0], 0)
    data = zip_of({"dossier Méteren/lettre.pdf": letter.data, "dossier Méteren/budget.csv": BUDGET,
                   "__MACOSX/dossier Méteren/._lettre.pdf": b"\x00\x05\x16\x07 mac resource fork",
                   "dossier Méteren/~$lettre.docx": b"lock", "dossier Méteren/Thumbs.db": b"\x00" * 64})
    document = parse_document(data, "dossier.zip")
    assert (document.parse_status, document.content_type) == ("parsed", "application/zip"), document.error
    values = _values(document)
    for name in ("contact_name", "email", "postcode"):
        assert values[name] == letter.expected[name]
    # the budget sheet's request, a later file than the letter
    assert values["requested_amount"] == Decimal("2900.00")
    assert "[dossier Méteren/lettre.pdf]" in document.text and "[dossier Méteren/budget.csv]" in document.text
    assert "._lettre" not in document.text and document.error is None


def test_a_windows_zip_that_stored_utf8_names_without_saying_so_keeps_the_accents() -> None:
    data = zip_of({"candidature_Flêtre.csv": BUDGET}, utf8_names=False)
    assert zipfile.ZipFile(io.BytesIO(data)).namelist() != ["candidature_Flêtre.csv"]  # read as cp437 by zipfile
    assert [member.name for member in members(io.BytesIO(data), max_bytes=10**6)] == ["candidature_Flêtre.csv"]


def test_what_cannot_be_read_inside_is_said_and_the_rest_still_read() -> None:
    inner_zip = zip_of({"a.txt": b"x"})
    data = zip_of({"budget.csv": BUDGET, "archief.zip": inner_zip, "logo.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 40})
    document = parse_document(data, "bijlagen.zip")
    assert document.parse_status == "parsed"
    assert _values(document)["requested_amount"] == Decimal("2900.00")
    assert "bijlagen.zip/archief.zip: an archive inside an archive is not opened" in (document.error or "")
    # a picture that is no page (a logo) is not a document left out, as beside a mail
    assert "logo.png" not in (document.error or "")


def test_nothing_readable_inside_is_unsupported_with_the_reasons() -> None:
    document = parse_document(zip_of({"archief.zip": zip_of({"a.txt": b"x"})}), "x.zip")
    assert document.parse_status == "unsupported"
    assert "archief.zip: an archive inside an archive is not opened" in (document.error or "")
    empty = parse_document(zip_of({"__MACOSX/._x": b"mac"}), "leeg.zip")
    assert (empty.parse_status, empty.error) == ("no_text", "the archive holds no files")


def test_a_zip_bomb_costs_its_cap_and_a_member_larger_than_it_claims_is_refused() -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bom.csv", b"0;" * (30 * 1024 * 1024))  # 60 MB of cells, a few dozen KB packed
    found = members(io.BytesIO(bomb.getvalue()), max_bytes=20 * 1024 * 1024)
    assert found[0].data is None and "over the limit" in found[0].reason
    document = parse_document(bomb.getvalue(), "bom.zip")
    assert document.parse_status == "unsupported" and "over the limit" in (document.error or "")
    # a directory that claims 10 bytes for a member of 2 MB: never more than the limit is inflated
    lying = bytearray(zip_of({"klein.csv": b"1;" * 1024 * 1024}))
    central = lying.find(b"PK\x01\x02")
    lying[central + 24:central + 28] = (10).to_bytes(4, "little")  # the uncompressed size in the directory
    local = lying.find(b"PK\x03\x04")
    lying[local + 22:local + 26] = (10).to_bytes(4, "little")
    found = members(io.BytesIO(bytes(lying)), max_bytes=100_000)
    assert found[0].data is None and found[0].reason.startswith("damaged: Bad CRC-32")


def test_many_files_are_not_all_opened() -> None:
    data = zip_of({f"bijlage-{index:02}.txt": b"Projectidee\n" for index in range(MAX_MEMBERS + 5)})
    found = members(io.BytesIO(data), max_bytes=10**6)
    assert sum(member.data is not None for member in found) == MAX_MEMBERS
    assert found[-1].reason == f"over {MAX_MEMBERS} files: not opened"


def test_a_password_protected_member_is_said_so() -> None:
    data = bytearray(zip_of({"budget.csv": BUDGET}))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + offset] |= 0x1  # the encryption flag
    document = parse_document(bytes(data), "beveiligd.zip")
    assert document.parse_status == "unsupported" and "protected by a password" in (document.error or "")


def test_a_damaged_zip_is_failed_not_a_crash() -> None:
    data = zip_of({"budget.csv": BUDGET})
    document = parse_document(data[:40] + b"\x00" * 30, "kapot.zip")
    assert document.parse_status in ("failed", "unsupported")


def test_two_files_sure_of_two_requests_leave_the_request_to_check() -> None:
    letter = letter_pdf(APPLICANTS[0], 0)
    asked = Decimal(letter.expected["requested_amount"])
    other = csv_of([["Poste", "Montant"], ["Montant demandé", f"{asked + 1:.2f}".replace(".", ",")]])
    same = csv_of([["Poste", "Montant"], ["Montant demandé", f"{asked:.2f}".replace(".", ",")]])
    disagreeing = parse_document(zip_of({"lettre.pdf": letter.data, "budget.csv": other}), "dossier.zip")
    assert disagreeing.fields["requested_amount"].confidence < REVIEW_THRESHOLD
    agreeing = parse_document(zip_of({"lettre.pdf": letter.data, "budget.csv": same}), "dossier.zip")
    assert agreeing.fields["requested_amount"].value == asked
    assert agreeing.fields["requested_amount"].confidence >= REVIEW_THRESHOLD


def test_a_word_form_and_an_excel_budget_in_a_zip_are_opened_not_taken_for_archives() -> None:
    from tests.parsers.sheet_samples import with_results, xlsx_of
    from tests.parsers.test_spreadsheets import FORM

    docx = filled_form(values(1), file_format="docx")
    padding = [[f"Post {index}", index] for index in range(400)]  # past the first 4 KiB, where a zip's head stops
    # the budget's rows moved up to the top: its sums as Excel saved them (6.650,50 in all, 5.650,50 asked)
    budget = with_results(xlsx_of({"Raming": FORM[11:], "Details": padding}), {"B5": "6650.5", "B7": "5650.5"})
    data = zip_of({"Dossier/Aanvraagformulier.docx": docx, "Dossier/Financiële raming.xlsx": budget})
    document = parse_document(data, "Dossier.zip")
    assert document.parse_status == "parsed" and document.error is None, document.error
    assert "[Dossier/Financiële raming.xlsx]\nRaming" in document.text
    assert document.fields["contact_name"].value == values(1)["contact_name"]
    # the form's total and the sheet's (6.650,50) differ: to check
    assert document.fields["total_budget"].confidence < REVIEW_THRESHOLD


def test_a_dossier_s_form_is_read_before_its_many_site_photos() -> None:
    import io as _io

    from PIL import Image

    buffer = _io.BytesIO()
    Image.new("RGB", (120, 90), "white").save(buffer, "JPEG")
    photos = {f"DSC_{index:04}.JPG": buffer.getvalue() for index in range(22)}
    docx = filled_form(values(2), file_format="docx")
    document = parse_document(zip_of({**photos, "formulier.docx": docx}), "dossier.zip")
    assert document.parse_status == "parsed", document.error
    assert document.fields["contact_name"].value == values(2)["contact_name"]
    assert "over" not in (document.error or "")


def test_two_projects_forms_in_one_zip_leave_their_names_to_check_and_one_form_twice_does_not() -> None:
    first = values(1)
    second = {**values(3), "organisation": "Jeugdhuis 't Kot", "contact_name": "Sien Lannoo",
              "project_title": "Een podium voor jonge bands"}
    two = parse_document(zip_of({"a.docx": filled_form(first, file_format="docx"),
                                 "b.docx": filled_form(second, file_format="docx")}), "twee.zip")
    for name in ("organisation", "contact_name", "project_title"):
        assert two.fields[name].confidence < REVIEW_THRESHOLD, name
    again = parse_document(zip_of({"a.docx": filled_form(first, file_format="docx"),
                                   "a.pdf": filled_form(first)}), "twee.zip")
    for name in ("organisation", "contact_name", "project_title", "requested_amount"):
        assert again.fields[name].confidence >= REVIEW_THRESHOLD, name


def test_a_mail_saved_in_a_zip_is_read_with_its_own_attachments() -> None:
    from tests.support.applications import application_mail

    mail = application_mail(values(4), sender="Griet Voorbeeld4 <aanvrager4@example.org>", file_format="docx")
    document = parse_document(zip_of({"Aanvraag buurtproject.eml": mail, "terrein.jpg": b"\xff\xd8\xff" + b"\x00" * 9}),
                              "dossier.zip")
    assert document.parse_status == "parsed", document.error
    # the form attached to the saved mail, not only the mail's two lines
    assert document.fields["requested_amount"].value == Decimal("9500")
    assert document.fields["project_title"].value == values(4)["project_title"]
    assert "[Aanvraag buurtproject.eml/aanvraag.docx]" in document.text
    assert "[Aanvraag buurtproject.eml]\n" in document.text


def test_one_level_of_packing_is_opened_so_a_chain_costs_one_level() -> None:
    from tests.parsers.tnef_samples import winmail
    from tests.support.mail import make_email

    form = filled_form(values(6), file_format="docx")
    # a zip holding a saved mail whose attachment is a zip holding the form: the form is two packings deep
    inner = zip_of({"formulier.docx": form})
    mail = make_email(sender="a@example.org", subject="x", body="Zie bijlage.\n",
                      attachments=[("dossier.zip", inner, "application/zip")])
    document = parse_document(zip_of({"bericht.eml": mail, "winmail.dat": winmail(files=[("f.docx", form)])}),
                              "alles.zip")
    assert "contact_name" not in document.fields
    assert "bericht.eml/dossier.zip: an archive inside an archive is not opened" in (document.error or "")
    assert "winmail.dat: an archive inside an archive is not opened" in (document.error or "")
    # a chain of thirty mails in zips in mails costs one level, not thirty
    chained = form
    for level in range(30):
        chained = zip_of({f"m{level}.eml": make_email(sender="a@example.org", subject="x", body="x\n",
                                                      attachments=[("z.zip", chained, "application/zip")])})
    assert parse_document(chained, "ketting.zip").parse_status in ("parsed", "unsupported")


def test_mails_saved_in_a_zip_are_read_three_at_most_and_their_pictures_count_with_the_zip_s(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io as _io

    from PIL import Image

    from parsers import documents
    from parsers.documents import MAX_MAILS, MAX_PICTURES
    from tests.support.mail import make_email

    page = _io.BytesIO()
    Image.new("L", (800, 1100), 255).save(page, format="PNG")  # a page-sized picture: one OCR each
    photos = [(f"IMG_{index}.png", page.getvalue(), "image/png") for index in range(MAX_PICTURES + 2)]
    with_photos = make_email(sender="a@example.org", subject="x", body="Foto's van het formulier.\n",
                             attachments=photos)
    read: list[int] = []
    real = documents._from_ocr
    monkeypatch.setattr(documents, "_from_ocr", lambda pages, *args: read.append(len(pages)) or real(pages, *args))
    parse_document(zip_of({"fotos.eml": with_photos, "terrein.png": page.getvalue()}), "dossier.zip")
    assert len(read) == MAX_PICTURES  # the zip's own picture and the mail's first five
    mails = {f"bericht{index}.eml": make_email(sender="a@example.org", subject="x", body="Zie bijlage.\n")
             for index in range(MAX_MAILS + 2)}
    document = parse_document(zip_of(mails), "berichten.zip")
    assert (document.error or "").count(f"more than {MAX_MAILS} mails: not read") == 2
