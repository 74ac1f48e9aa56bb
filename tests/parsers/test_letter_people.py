"""Golden cases for who a letter or a mail is from, as corpus 9's writers put it: the contact person named in a
sentence beside the signing chair, names signed surname first in capitals, a role written with its article
under the name, the group's name in a letterhead's capitals, a subject that names the call after the title."""

from __future__ import annotations

from parsers import field_to_json, parse_document
from tests.parsers.format_samples import rtf_file


def _document(text: str):  # type: ignore[no-untyped-def]
    return parse_document(text.encode(), "mail.txt")


def _fields(text: str) -> dict[str, object]:
    return {name: field_to_json(field)["value"] for name, field in _document(text).fields.items()}


def test_an_rtf_letters_letterhead_in_the_page_header_is_read() -> None:
    data = rtf_file(["Beste,", "Wij vragen een subsidie van 2.000 euro voor ons speelbos."],
                    closing=["Met vriendelijke groeten,", "Jens Lahaye"],
                    header=["Landelijke Gilde Reninge", "Kerkstraat 62", "8647 Reninge", "GSM 0495 83 08 09"],
                    footer=["e-mail jlahaye@example.org"])
    document = parse_document(data, "brief.rtf")
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    assert document.text.startswith("Landelijke Gilde Reninge\nKerkstraat 62")
    assert document.text.count("Kerkstraat 62") == 1  # LibreOffice's copy in its page styles is not read again
    assert values["organisation"] == "Landelijke Gilde Reninge"
    assert values["address"] == "Kerkstraat 62" and values["postcode"] == "8647"
    assert values["phone"] == "+32495830809" and values["email"] == "jlahaye@example.org"
