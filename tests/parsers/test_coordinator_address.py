"""The coordinator's own address, written on a form ("Terug te sturen naar ...") or OCR'd from a scan a letter
or two off, is never the applicant's; the addresses a mail was delivered to say which it is."""

from __future__ import annotations

import pytest

from parsers.envelope import read_envelope
from parsers.merge import without_coordinator
from parsers.model import BODY, LABEL, FieldValue, ParsedDocument

COORDINATOR = frozenset({"coordinator@example.org"})


def _document(email: str) -> ParsedDocument:
    return ParsedDocument("scan.pdf", "application/pdf", "parsed", None, "nl", {
        "email": FieldValue("email", email, LABEL, 0.68),
        "contact_name": FieldValue("contact_name", "Lotte Vos", BODY, 0.6)})


@pytest.mark.parametrize("written", ["coordinator@example.org", "Coordinator@Example.org", "coordinaton@exampke.org",
                                     "coordinator@example.or"])
def test_the_coordinator_s_address_or_a_misreading_of_it_is_dropped(written: str) -> None:
    kept = without_coordinator(_document(written), COORDINATOR)
    assert "email" not in kept.fields and kept.fields["contact_name"].value == "Lotte Vos"


@pytest.mark.parametrize("written", ["lotte.vos@example.org", "coordination@dikkebus.example.net", "info@example.org"])
def test_an_applicant_s_address_is_kept(written: str) -> None:
    assert without_coordinator(_document(written), COORDINATOR).fields["email"].value == written


def test_the_mailbox_a_mail_was_delivered_to_but_not_its_copies() -> None:
    raw = (b"From: Lotte Vos <lotte.vos@example.org>\r\nTo: Partons 2.0 <Coordinator@Example.org>\r\n"
           b"Cc: Lotte Vos <lotte.vos@example.org>\r\nDelivered-To: intake@example.org\r\n"
           b"Subject: Idee\r\n\r\nBeste\r\n")
    assert read_envelope(raw).recipients == {"coordinator@example.org", "intake@example.org"}
