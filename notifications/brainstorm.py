"""The answer to an inquiry: the call's brainstorm offer, never a receipt.

People who write that they are interested but have no concrete idea yet, or who ask about the call, get
what the call offers them (a brainstorm session on site with an expert, how to book it, until when) in
their language, as a reply in their thread. One per inquiry (its idempotency key), through the outbox,
with the receipts' loop safety; no application is made.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from config import Settings
from notifications.context import call_words, per_language
from notifications.loop_safety import own_addresses, reason_not_to_reply
from notifications.outbox import find, queue_mail
from notifications.rendering import render, template_language
from notifications.wording import long_date
from parsers.envelope import Envelope
from storage.brainstorm import record_request
from storage.models import Message
from storage.outbox import MailKind, OutgoingMail

_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|antw|réf|ref)\s*:\s*)+", re.IGNORECASE)


def brainstorm_key(message: Message) -> str:
    return f"brainstorm:msg-{message.id}"


def brainstorm_context(settings: Settings, message: Message, sender_name: str) -> dict[str, Any]:
    call = settings.call
    offer = call.brainstorm

    def words(language: str) -> dict[str, Any]:
        return {
            **call_words(call, language),
            "what": offer.what.get(language, "") if offer else "",
            "how_to_book": offer.how_to_book.get(language, "") if offer else "",
            "until": long_date(offer.until_local, language) if offer and offer.until_local else "",
        }

    return {
        "applicant_name": sender_name,
        "original_subject": _REPLY_PREFIX.sub("", message.subject or "").strip(),
        "coordinator_address": settings.smtp.coordinator,
        **per_language(words),
    }


def queue_brainstorm(session: Session, settings: Settings, message: Message, envelope: Envelope,
                     language: str | None, *, now: datetime) -> OutgoingMail | None:
    """Queue the brainstorm offer in reply to ``message``; None when it was queued before."""
    key = brainstorm_key(message)
    if find(session, key) is not None or not envelope.sender:
        return None
    headers: dict[str, str] = {}
    if message.message_id:
        references = [ref for ref in envelope.references if ref != message.message_id]
        headers = {"In-Reply-To": message.message_id, "References": " ".join([*references[-10:], message.message_id])}
    variant = template_language(language) if language in ("nl", "fr") else settings.fallback_language
    rendered = render(settings, "brainstorm", variant, brainstorm_context(settings, message, envelope.sender_name))
    recipient = envelope.sender.strip().lower()
    own = own_addresses(settings)
    why_not = reason_not_to_reply(envelope, own) or (f"our own address ({recipient})" if recipient in own else None)
    if why_not is None:  # someone to book a visit with (`intake brainstorm`)
        record_request(session, settings.call.call_id, message, recipient, envelope.sender_name, variant, now)
    return queue_mail(session, settings, key=key, kind=MailKind.BRAINSTORM, recipient=recipient, language=variant,
                      rendered=rendered, now=now, reply_to_message_pk=message.id, headers=headers,
                      suppressed_because=why_not)
