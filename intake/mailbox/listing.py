"""Stored messages as the contract's JSON shape and as a table row."""

from __future__ import annotations

from typing import Any

from intake.output import iso_utc
from storage.models import Message


def message_json(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "account": message.account,
        "folder": message.folder,
        "uidvalidity": message.uidvalidity,
        "uid": message.uid,
        "message_id": message.message_id,
        "sha256": message.sha256,
        "size": message.size,
        "received_at": iso_utc(message.received_at),
        "date_header": message.date_header,
        "sender": message.sender,
        "subject": message.subject,
        "status": message.status,
        "error": message.error,
        "attempts": message.attempts,
        "duplicate_of": message.duplicate_of_id,
        "attachments": [
            {
                "filename": attachment.filename,
                "sha256": attachment.sha256,
                "size": attachment.size,
                "content_type": attachment.sniffed_type,
                "declared_type": attachment.declared_type,
                "status": attachment.status,
            }
            for attachment in message.attachments
        ],
    }
