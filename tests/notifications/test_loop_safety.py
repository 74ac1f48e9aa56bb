"""Golden tests of the RFC 3834 rules: literal header blocks in, a reason (or None) out."""

from __future__ import annotations

import pytest

from notifications.loop_safety import reason_not_to_reply
from parsers.envelope import read_envelope

OWN = ("coordinator@example.org", "jonas.polin@west-vlaanderen.be")


def envelope(headers: str):
    raw = (headers.strip("\n") + "\n\nBody.\n").replace("\n", "\r\n").encode()
    return read_envelope(raw)


PERSON = "From: Griet <griet@example.org>\nSubject: Projectidee\nMessage-ID: <a@example.org>\n"


@pytest.mark.parametrize(("headers", "expected"), [
    (PERSON, None),
    (PERSON + "Auto-Submitted: no\n", None),
    (PERSON + "Auto-Submitted: auto-replied\n", "Auto-Submitted: auto-replied"),
    (PERSON + "Auto-Submitted: Auto-Generated; owner-email=x@example.org\n", "Auto-Submitted: auto-generated"),
    (PERSON + "Precedence: bulk\n", "Precedence: bulk"),
    (PERSON + "Precedence: LIST\n", "Precedence: list"),
    (PERSON + "Precedence: junk\n", "Precedence: junk"),
    (PERSON + "Precedence: first-class\n", None),
    (PERSON + "List-Id: <buurt.lists.example.org>\n", "mailing list (list-id)"),
    (PERSON + "List-Unsubscribe: <mailto:leave@example.org>\n", "mailing list (list-unsubscribe)"),
    (PERSON + "X-Auto-Response-Suppress: All\n", "X-Auto-Response-Suppress: All"),
    (PERSON + "X-Autoreply: yes\n", "auto-reply (x-autoreply)"),
    ("Return-Path: <>\n" + PERSON, "empty Return-Path (a bounce)"),
    ("Return-Path: <griet@example.org>\n" + PERSON, None),
    ("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nSubject: Undelivered\n",
     "automated sender (mailer-daemon@mx.example.org)"),
    ("From: postmaster@example.be\nSubject: x\n", "automated sender (postmaster@example.be)"),
    ("From: no-reply@gemeente.example.be\nSubject: x\n", "automated sender (no-reply@gemeente.example.be)"),
    ("From: noreply@example.fr\nSubject: x\n", "automated sender (noreply@example.fr)"),
    ("From: Ne pas repondre <ne-pas-repondre@mairie.example.fr>\nSubject: x\n",
     "automated sender (ne-pas-repondre@mairie.example.fr)"),
    ("From: Maak werk van je buurt <Coordinator@Example.org>\nSubject: x\n",
     "our own address (coordinator@example.org)"),
    ("From: jonas.polin@west-vlaanderen.be\nSubject: x\n", "our own address (jonas.polin@west-vlaanderen.be)"),
    ("Subject: no sender at all\n", "no sender address"),
    (PERSON + 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n',
     "a delivery or read report"),
    # a person called Noreen is not a no-reply address
    ("From: noreen@example.org\nSubject: x\n", None),
])
def test_reason_not_to_reply(headers, expected):
    assert reason_not_to_reply(envelope(headers), OWN) == expected


def test_own_addresses_come_from_settings(tmp_path):
    from notifications.loop_safety import own_addresses
    from tests.support.settings import make_settings

    settings = make_settings(tmp_path, smtp={"from": "MWB <Intake@Example.org>", "coordinator": "boss@example.org"})
    assert own_addresses(settings) == {"intake@example.org", "boss@example.org"}
