"""Outlook's winmail.dat (TNEF): a mail written in Rich Text arrives as one attachment holding its text and files.

Every sample is also read by Debian's ``tnef`` (another program's reader): the samples are the format, not
what our reader happens to accept. Under CI=true a missing ``tnef`` fails the test, elsewhere it skips.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from parsers import parse_document, parse_email
from parsers.confidence import REVIEW_THRESHOLD
from parsers.tnef import MAX_ATTRIBUTES, read_tnef
from tests.conftest import missing
from tests.parsers.corpus import APPLICANTS, letter_pdf
from tests.parsers.tnef_samples import ATT_MAPI_PROPS, attribute, rtf_letter, winmail
from tests.support.applications import filled_form, values
from tests.support.mail import make_email

LETTER = rtf_letter([
    "Beste mevrouw,",
    "Namens Buurtcomité Het Zwaantje dien ik graag ons projectidee in voor Maak werk van je buurt!",
    "Titel: Een bloementuin op het pleintje",
    "De totale kostprijs raming is 6.400 euro. Wij vragen een subsidie van 5.900 euro.",
    "Met vriendelijke groeten,",
    "Hilde Vandenbroucke",
    "Kerkstraat 14, 8970 Poperinge",
    "tel. 0478 21 43 65",
    "hilde.vandenbroucke@example.org",
])


@pytest.fixture(scope="module")
def tnef_tool() -> str:
    path = shutil.which("tnef")
    if path is None:
        missing("tnef", "Debian's tnef is not installed; the README's test command installs it")
    return str(path)


def _listed(tool: str, data: bytes, tmp_path: Path) -> list[str]:
    """The files Debian's tnef finds in a winmail.dat (its body saved as a file too)."""
    source = tmp_path / "winmail.dat"
    source.write_bytes(data)
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run([tool, "--save-body", "--body-pref=rht", "--use-paths", "-C", str(out), "-f", str(source)],
                   check=True, capture_output=True, timeout=30)
    return sorted(path.name for path in out.iterdir())


def test_the_samples_are_read_by_another_program_too(tnef_tool: str, tmp_path: Path) -> None:
    form = filled_form(values(1), file_format="docx")
    data = winmail(rtf=LETTER, files=[("Aanvraagformulier Zwaantje.docx", form)])
    listed = _listed(tnef_tool, data, tmp_path)
    assert "Aanvraagformulier Zwaantje.docx" in listed and any(name.endswith(".rtf") for name in listed), listed
    assert (tmp_path / "out" / "Aanvraagformulier Zwaantje.docx").read_bytes() == form


def test_a_rich_text_letter_packed_by_outlook_is_read_as_a_letter() -> None:
    for packed in (True, False):  # LZFu-compressed, and Outlook's uncompressed ("MELA") form
        document = parse_document(winmail(rtf=LETTER, packed=packed), "winmail.dat")
        assert (document.parse_status, document.content_type) == ("parsed", "application/ms-tnef"), document.error
        found = {name: value.value for name, value in document.fields.items()}
        assert found["organisation"] == "Buurtcomité Het Zwaantje"
        assert found["requested_amount"] == Decimal("5900")
        assert found["email"] == "hilde.vandenbroucke@example.org"
        assert found["postcode"] == "8970"
        assert "[body.rtf]" in document.text


def test_the_files_outlook_packed_are_read_as_the_mail_s_attachments() -> None:
    letter = letter_pdf(APPLICANTS[2], 0)
    document = parse_document(winmail(plain="Zie bijlage.\r\n", files=[
        ("Lettre de candidature – Méteren.pdf", letter.data), ("image001.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 30)]),
        "winmail.dat")
    assert document.parse_status == "parsed", document.error
    for name in ("contact_name", "email", "postcode", "requested_amount"):
        assert str(document.fields[name].value) == str(letter.expected[name]), name
    # the long name Outlook keeps beside the 8.3 title, accents and all
    assert "[Lettre de candidature – Méteren.pdf]" in document.text
    assert document.error is None  # a signature's logo is no document left out


def test_an_outlook_item_attached_in_it_gives_its_own_text_and_files() -> None:
    form = filled_form(values(2), file_format="docx")
    inner = winmail(rtf=rtf_letter(["Hierbij onze aanvraag."]), files=[("formulier.docx", form)])
    document = parse_document(winmail(plain="Doorgestuurd door het onthaal.\r\n", embedded=inner,
                                      embedded_name="Aanvraag buurtproject"), "winmail.dat")
    assert document.parse_status == "parsed", document.error
    assert document.fields["contact_name"].value == values(2)["contact_name"]
    assert "[Aanvraag buurtproject/formulier.docx]" in document.text


def test_a_winmail_in_a_real_mail_is_read_beside_the_empty_plain_part() -> None:
    form = filled_form(values(3), file_format="docx")
    mail = make_email(sender="Hilde Vandenbroucke <hilde.vandenbroucke@example.org>", subject="Projectidee",
                      body="", attachments=[("winmail.dat", winmail(rtf=LETTER, files=[("aanvraag.docx", form)]),
                                             "application/ms-tnef")])
    _, documents = parse_email(mail)
    (document,) = documents
    assert document.parse_status == "parsed", document.error
    assert document.fields["project_title"].value == values(3)["project_title"]
    # the letter and the form each sure of another request: to check, never one taken silently
    assert document.fields["requested_amount"].confidence < REVIEW_THRESHOLD


def test_a_damaged_winmail_is_failed_with_a_reason_not_a_crash() -> None:
    whole = winmail(rtf=LETTER, files=[("a.txt", b"hallo")])
    for data in (whole[:40], whole[:6] + b"\xff" * 50, b"\x78\x9f\x3e\x22"):
        document = parse_document(data, "winmail.dat")
        assert document.parse_status in ("failed", "no_text"), (data[:10], document)
        assert document.content_type == "application/ms-tnef"


def test_a_winmail_of_a_million_attributes_or_a_huge_property_count_is_refused_at_once() -> None:
    head = winmail(plain="x")
    many = head + attribute(1, 0x00078008, b"") * (MAX_ATTRIBUTES + 1)
    document = parse_document(many, "winmail.dat")
    assert document.parse_status == "failed" and "attributes" in (document.error or "")
    huge = head + attribute(1, ATT_MAPI_PROPS, struct.pack("<I", 0xFFFFFFFF) + b"\x00" * 8)
    document = parse_document(huge, "winmail.dat")
    assert document.parse_status == "failed" and "damaged" in (document.error or "")


def test_hostile_names_inside_are_labels_only() -> None:
    content = read_tnef(winmail(files=[("../../etc/passwd", b"root:x:0:0"), ("", b"data")]))
    assert [file.name for file in content.files] == ["../../etc/passwd", "attachment-2"]


def _lzfu_bomb(size: int) -> bytes:
    """Compressed RTF of nothing but 17-byte back-references, whose header claims 1,000 bytes unpacked: pure
    Python unpacks it for minutes."""
    from compressed_rtf.crc32 import crc32  # type: ignore[import-untyped]

    body, position = bytearray(), 207
    while len(body) < size:
        body.append(0xFF)
        for _ in range(8):
            body += struct.pack(">H", (((position - 100) % 4096) << 4) | 15)
            position = (position + 17) % 4096
    return struct.pack("<II4sI", len(body) + 12, 1000, b"LZFu", crc32(bytes(body))) + bytes(body)


def test_what_makes_the_libraries_loop_or_fill_memory_costs_the_child_s_limits_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers import tnef
    from tests.parsers.tnef_samples import PR_RTF_COMPRESSED, PT_BINARY, mapi_properties

    monkeypatch.setattr(tnef, "MAX_SECONDS", 2.0)
    base = winmail(rtf=rtf_letter(["Beste, hierbij ons idee."]))
    hostile = {
        # a multi-valued short claiming four billion values
        "values": base + attribute(1, ATT_MAPI_PROPS, struct.pack("<IHHI", 1, 0x1002, 0x6001, 0xFFFFFFFF) + b"\0" * 4),
        # a recipient table claiming four billion properties
        "recipients": base + attribute(1, 0x00069004, struct.pack("<II", 1, 0xFFFFFFFF)),
        # an attached Outlook item whose own property list claims four billion
        "embedded": winmail(rtf=rtf_letter(["x"]), embedded=struct.pack("<IH", 0x223E9F78, 1)
                            + attribute(1, ATT_MAPI_PROPS, struct.pack("<I", 0xFFFFFFFF))),
        # compressed RTF that claims 1,000 bytes and unpacks for minutes
        "rtf": struct.pack("<IH", 0x223E9F78, 1) + attribute(1, ATT_MAPI_PROPS, mapi_properties(
            [(PT_BINARY, PR_RTF_COMPRESSED, _lzfu_bomb(1024 * 1024))])),
        # a string before the code page it is written in
        "codepage": struct.pack("<IH", 0x223E9F78, 1) + attribute(1, 0x00078008, b"IPM.Note\x00")
                    + attribute(1, 0x0002800C, b"Hallo\x00"),
    }
    for name, data in hostile.items():
        document = parse_document(data, "winmail.dat")
        assert document.content_type == "application/ms-tnef", name
        assert document.parse_status in ("failed", "parsed", "no_text"), (name, document)
        if document.parse_status == "failed":
            assert "winmail.dat" in (document.error or ""), (name, document.error)


def test_a_winmail_is_read_in_the_worker_s_sandbox_too(tmp_path: Path) -> None:
    # the sandbox is a daemon process, which multiprocessing forbids children: the reading's own child is forked
    from tests.support.sandbox import parsed_in_sandbox

    form = filled_form(values(7), file_format="docx")
    path = tmp_path / "winmail.dat"
    path.write_bytes(winmail(rtf=LETTER, files=[("aanvraag.docx", form)]))
    document = parsed_in_sandbox(path, "application/ms-tnef")
    assert document.parse_status == "parsed", document.error
    assert document.fields["project_title"].value == values(7)["project_title"]
