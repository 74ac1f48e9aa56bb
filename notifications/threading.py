"""Where a mail to an applicant belongs: In-Reply-To and References for their conversation with us."""

from __future__ import annotations

import logging
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from config.errors import StorageError
from parsers.envelope import Envelope, read_envelope_stream
from storage.applications import Application
from storage.blobs import BlobStore
from storage.models import Message

log = logging.getLogger(__name__)

_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|antw|réf|ref)\s*:\s*)+", re.IGNORECASE)


def last_applicant_message(session: Session, application: Application) -> Message | None:
    return session.scalars(select(Message).where(Message.application_id == application.id)
                           .order_by(Message.received_at.desc(), Message.id.desc())).first()


def original_subject(message: Message | None) -> str:
    return _REPLY_PREFIX.sub("", message.subject if message is not None else "").strip()


def stored_envelope(settings: Settings, message: Message) -> Envelope | None:
    """The headers of a stored message as it came in (its References chain), or None when its raw bytes are gone."""
    try:
        with BlobStore(settings.data_dir).open("raw", message.sha256) as stream:
            return read_envelope_stream(stream)[0]
    except StorageError:
        log.warning("raw message %s is missing; replying without its References", message.id)
        return None


def thread_headers(settings: Settings, message: Message | None, *also: str) -> dict[str, str]:
    """A reply to ``message`` (the applicant's latest): In-Reply-To it, References its chain then ``also``
    (our own earlier mail in the same conversation, e.g. the letter a correction corrects)."""
    chain: list[str] = []
    if message is not None and message.message_id:
        envelope = stored_envelope(settings, message)
        chain = [ref for ref in (envelope.references if envelope else ()) if ref != message.message_id][-10:]
        chain.append(message.message_id)
    chain.extend(ref for ref in also if ref and ref not in chain)
    if not chain:
        return {}
    in_reply_to = also[-1] if also and also[-1] else chain[-1]
    return {"In-Reply-To": in_reply_to, "References": " ".join(chain)}
