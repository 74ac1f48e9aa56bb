"""Put a mail in the outbox: one row per idempotency key, our own Message-ID, the loop-safety headers."""

from __future__ import annotations

import secrets
from datetime import datetime
from email.utils import parseaddr
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from config import Settings
from notifications.rendering import Rendered
from storage.outbox import MailKind, OutboxState, OutgoingMail

# everything else we send is auto-generated
AUTO_SUBMITTED = {MailKind.RECEIPT: "auto-replied", MailKind.BRAINSTORM: "auto-replied"}


def sender_domain(settings: Settings) -> str:
    address = parseaddr(settings.smtp.from_address)[1]
    return address.rsplit("@", 1)[-1] if "@" in address else "localhost"


def new_message_id(settings: Settings, kind: str) -> str:
    # short enough that the header never folds: some clients thread badly on a folded Message-ID
    return f"<{secrets.token_hex(10)}.{kind.split('_')[0]}@{sender_domain(settings)}>"


def find(session: Session, key: str) -> OutgoingMail | None:
    return session.scalars(select(OutgoingMail).where(OutgoingMail.idempotency_key == key)).first()


def queue_mail(session: Session, settings: Settings, *, key: str, kind: str, recipient: str, language: str | None,
               rendered: Rendered, now: datetime, application_id: int | None = None,
               reply_to_message_pk: int | None = None, headers: dict[str, str] | None = None,
               attachments: list[dict[str, Any]] | None = None, suppressed_because: str | None = None
               ) -> OutgoingMail | None:
    """Add one mail to the outbox, flushed; None when a mail with this key is already there.

    ``suppressed_because`` keeps the row (so the coordinator sees what was not sent and why) in state
    ``suppressed``; it is never sent.
    """
    if find(session, key) is not None:
        return None
    all_headers = {"Auto-Submitted": AUTO_SUBMITTED.get(kind, "auto-generated"), **(headers or {})}
    row = OutgoingMail(
        idempotency_key=key, kind=kind, application_id=application_id, in_reply_to_message_pk=reply_to_message_pk,
        recipient=recipient, language=language, subject=rendered.subject, body_text=rendered.text,
        body_html=rendered.html, headers=all_headers, attachments=attachments or [],
        message_id=new_message_id(settings, kind), created_at=now, attempts=0,
        state=OutboxState.SUPPRESSED if suppressed_because else OutboxState.QUEUED,
        last_error=suppressed_because,
    )
    try:
        with session.begin_nested():  # another process may have queued the same key a moment ago
            session.add(row)
            session.flush()
    except IntegrityError:
        return None
    return row
