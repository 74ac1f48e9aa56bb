"""What a message is to the call, from its headers and shape: an application, or something to set aside.

Pure: an Envelope (and two facts about the body) in, a Classification out. Set aside are mail that is
not written by a person about a project: auto-replies (RFC 3834 and the usual vendor headers), delivery
reports (bounces), bulk and list mail, our own mail, and empty mail. They are kept and shown, never
turned into applications, and never answered.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from parsers.envelope import Envelope


class MessageKind(StrEnum):
    """What a message is to the call (stored as ``messages.classification``)."""

    APPLICATION = "application"  # a new application
    FOLLOW_UP = "follow_up"  # more for an application we have (set when it is linked)
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    BULK = "bulk"
    OWN = "own"
    EMPTY = "empty"



_DAEMONS = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+@.-]|$)", re.IGNORECASE)
_AUTO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto(matic)?[- ]?reply|autoreply|out of (the )?office|afwezig(heid)?|"
    r"automatisch antwoord|afwezigheidsmelding|r[ée]ponse automatique|absence|abwesenheit|"
    r"undeliverable|undelivered mail|delivery status notification|mail delivery (failed|system)|"
    r"non remis|onbestelbaar)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Classification:
    kind: MessageKind
    reason: str


def classify(envelope: Envelope, *, content_type: str, has_text: bool, attachment_count: int,
             own_addresses: Collection[str] = ()) -> Classification:
    """Decide what the message is; the first rule that matches wins, bounces before auto-replies."""
    header = envelope.header
    from_daemon = bool(envelope.sender and _DAEMONS.match(envelope.sender))
    failure_subject = re.search(r"(undeliver|delivery|failure|returned|non remis|onbestelbaar)", envelope.subject, re.I)
    if content_type.lower().startswith("multipart/report") or (from_daemon and failure_subject):
        return Classification(MessageKind.BOUNCE, "a delivery report (bounce), not an application")
    if envelope.sender and envelope.sender.lower() in {a.lower() for a in own_addresses}:
        return Classification(MessageKind.OWN, "sent from our own address")
    auto_submitted = (header("auto-submitted") or "").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return Classification(MessageKind.AUTO_REPLY, f"Auto-Submitted: {auto_submitted}")
    # X-Auto-Response-Suppress is not here: it asks *us* not to answer, which is the receipt's business
    for name in ("x-autoreply", "x-autorespond"):
        if header(name) is not None:
            return Classification(MessageKind.AUTO_REPLY, f"{name} header")
    precedence = (header("precedence") or "").strip().lower()
    if precedence in ("auto_reply", "autoreply"):
        return Classification(MessageKind.AUTO_REPLY, f"Precedence: {precedence}")
    if _AUTO_SUBJECT.match(envelope.subject):
        return Classification(MessageKind.AUTO_REPLY, "the subject says it is an automatic reply")
    if precedence in ("bulk", "list", "junk"):
        return Classification(MessageKind.BULK, f"Precedence: {precedence}")
    if header("list-id") is not None or header("list-unsubscribe") is not None:
        return Classification(MessageKind.BULK, "mailing-list or newsletter mail")
    if from_daemon:
        return Classification(MessageKind.AUTO_REPLY, f"sent by {envelope.sender}")
    if not has_text and attachment_count == 0:
        return Classification(MessageKind.EMPTY, "no text and no attachment")
    return Classification(MessageKind.APPLICATION, "")
