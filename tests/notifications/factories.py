"""Rows as the application pipeline would leave them, built directly in the database."""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from parsers.envelope import read_envelope
from storage.applications import Application, ApplicationField, Document
from storage.blobs import BlobStore
from storage.models import Message, MessageStatus

_uids = itertools.count(1)
_sequences = itertools.count(1)


def add_message(session: Session, blobs: BlobStore, raw: bytes, *, received_at: datetime | None = None,
                status: str = MessageStatus.PROCESSED, classification: str | None = "application") -> Message:
    envelope = read_envelope(raw)
    sha256 = blobs.put("raw", raw)
    message = Message(account="maildir:test", folder="INBOX", uidvalidity=1, uid=next(_uids),
                      message_id=envelope.message_id, sha256=sha256, size=len(raw),
                      received_at=received_at or datetime(2019, 6, 10, 8, 0, tzinfo=UTC),
                      sender=envelope.sender, subject=envelope.subject, status=status,
                      classification=classification)
    session.add(message)
    session.flush()
    return message


def add_application(session: Session, *, sender: str = "griet@example.org", sender_name: str = "Griet",
                    language: str | None = "nl", fields: dict[str, Any] | None = None,
                    missing: list[str] | None = None, problems: list[str] | None = None, on_time: bool = True,
                    status: str = "complete", coordinator_status: str | None = None,
                    received_at: datetime | None = None, message: Message | None = None,
                    documents: list[tuple[str, str, str | None]] | None = None, channel: str = "email"
                    ) -> Application:
    sequence = next(_sequences)
    received_at = received_at or (message.received_at if message else datetime(2019, 6, 10, 8, 0, tzinfo=UTC))
    application = Application(
        reference=f"MWB-2019-{sequence:03d}", call_id="mwb-2019", sequence=sequence, channel=channel,
        status=status, coordinator_status=coordinator_status, received_at=received_at, on_time=on_time,
        language=language, sender=sender, sender_name=sender_name, missing=missing or [],
        problems=problems or [], created_at=received_at, updated_at=received_at,
    )
    session.add(application)
    session.flush()
    for index, (filename, parse_status, error) in enumerate(documents or [], start=1):
        session.add(Document(application_id=application.id, message_pk=message.id if message else None,
                             part_index=index, kind="attachment", filename=filename,
                             sha256=hashlib.sha256(filename.encode()).hexdigest(), parse_status=parse_status,
                             error=error))
    for name, value in (fields or {}).items():
        session.add(ApplicationField(application_id=application.id, name=name, value=value, source="form_field",
                                     confidence=0.95))
    if message is not None:
        message.application_id = application.id
    session.flush()
    session.refresh(application)
    return application
