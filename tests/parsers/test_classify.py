"""Golden cases for telling applications from mail that must be set aside."""

from __future__ import annotations

import pytest

from parsers.classify import classify
from parsers.mime import read_mime


def _classify(raw: bytes, *, has_text: bool = True, attachments: int = 0) -> str:
    reading = read_mime(raw)
    return classify(reading.envelope, content_type=reading.content_type, has_text=has_text,
                    attachment_count=attachments, own_addresses={"coordinator@example.org"}).kind


def mail(headers: str, body: str = "tekst") -> bytes:
    return (headers.strip().replace("\n", "\r\n") + "\r\n\r\n" + body).encode()


@pytest.mark.parametrize(("headers", "kind"), [
    ("From: griet@example.org\nSubject: Projectidee", "application"),
    ("From: griet@example.org\nSubject: Projectidee\nAuto-Submitted: no", "application"),
    ("From: griet@example.org\nSubject: Re: MWB-2019-001\nX-Auto-Response-Suppress: All", "application"),
    ("From: griet@example.org\nSubject: Afwezig\nAuto-Submitted: auto-replied", "auto_reply"),
    ("From: griet@example.org\nSubject: Projectidee\nAuto-Submitted: auto-generated", "auto_reply"),
    ("From: griet@example.org\nSubject: Automatisch antwoord: Projectidee", "auto_reply"),
    ("From: camille@example.net\nSubject: Réponse automatique : absence", "auto_reply"),
    ("From: jan@example.org\nSubject: Out of Office: Projectidee", "auto_reply"),
    ("From: jan@example.org\nSubject: hallo\nX-Autoreply: yes", "auto_reply"),
    ("From: jan@example.org\nSubject: hallo\nPrecedence: auto_reply", "auto_reply"),
    ("From: no-reply@example.org\nSubject: Uw bestelling", "auto_reply"),
    ("From: news@example.org\nSubject: Nieuwsbrief juni\nList-Unsubscribe: <mailto:u@example.org>", "bulk"),
    ("From: news@example.org\nSubject: Nieuws\nPrecedence: bulk", "bulk"),
    ("From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender", "bounce"),
    ("From: postmaster@example.org\nSubject: Delivery Status Notification (Failure)", "bounce"),
    ("From: x@example.org\nSubject: x\nContent-Type: multipart/report; report-type=delivery-status; boundary=b",
     "bounce"),
    ("From: Coordinator <Coordinator@Example.org>\nSubject: notitie", "own"),
])
def test_classification(headers, kind):
    assert _classify(mail(headers)) == kind


def test_empty_mail_is_set_aside_but_an_attachment_alone_is_an_application():
    assert _classify(mail("From: a@example.org\nSubject: "), has_text=False) == "empty"
    assert _classify(mail("From: a@example.org\nSubject: "), has_text=False, attachments=1) == "application"
