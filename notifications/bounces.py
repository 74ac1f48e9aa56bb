"""Delivery status notifications about mail we sent.

A DSN (RFC 3464: multipart/report; report-type=delivery-status) carries the original message or its
headers as a message/rfc822 or text/rfc822-headers part; its Message-ID is the one we chose when the
mail was queued, which names the outbox row. Non-standard bounces often only quote us in In-Reply-To or
References. A report whose every recipient was merely delayed (or delivered) is not a bounce.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.envelope import read_envelope, read_envelope_stream
from parsers.mime import MemorySink, read_mime
from storage.outbox import OutboxState, OutgoingMail

_MESSAGE_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")
NOT_FAILURES = {"delayed", "delivered", "relayed", "expanded"}


def _ids(value: object) -> list[str]:
    return _MESSAGE_ID.findall(str(value or ""))


def _status_fields(report: str) -> list[dict[str, str]]:
    """The per-recipient blocks of a message/delivery-status part, as lower-case field dicts."""
    blocks: list[dict[str, str]] = []
    for chunk in re.split(r"\r?\n\r?\n", report):
        fields = {}
        for line in chunk.splitlines():
            if ":" in line and not line.startswith((" ", "\t")):
                key, value = line.split(":", 1)
                fields[key.strip().lower()] = value.strip()
        if fields:
            blocks.append(fields)
    return blocks[1:] if len(blocks) > 1 else blocks  # the first block is per-message


def read_dsn(raw_message: bytes) -> tuple[list[str], str | None, bool]:
    """(Message-IDs the report is about, the reason in the server's words, whether it reports a failure)."""
    reading = read_mime(raw_message, MemorySink)  # a report is a few KB: the returned message is held whole
    original_ids: list[str] = []
    actions: list[str] = []
    reasons: list[str] = []
    for attachment in reading.attachments:
        if attachment.declared_type == "message/rfc822":
            with attachment.sink.read_back() as returned:
                original_ids += _ids(read_envelope_stream(returned)[0].header("message-id"))
    for part in reading.texts:
        if part.content_type == "text/rfc822-headers":
            original_ids += _ids(read_envelope(part.decoded()).header("message-id"))
        elif part.content_type == "message/delivery-status":
            for fields in _status_fields(part.decoded().decode("utf-8", "replace")):
                if fields.get("action"):
                    actions.append(fields["action"].strip().lower())
                reason = fields.get("diagnostic-code") or fields.get("status")
                if reason:
                    reasons.append(" ".join(reason.split()))
    fallback = _ids(reading.envelope.header("in-reply-to")) + _ids(reading.envelope.header("references"))
    failure = not actions or any(action not in NOT_FAILURES for action in actions)
    return original_ids + fallback, "; ".join(reasons) or None, failure


def handle_bounce(session: Session, raw_message: bytes, *, now: datetime) -> bool:
    """Mark the outbox row a DSN reports on as bounced; True when one matched."""
    candidate_ids, reason, failure = read_dsn(raw_message)
    if not candidate_ids or not failure:
        return False
    rows = session.scalars(select(OutgoingMail).where(OutgoingMail.message_id.in_(candidate_ids))).all()
    for row in rows:
        row.state = OutboxState.BOUNCED
        row.bounced_at = now
        row.last_error = f"bounced: {reason}" if reason else "bounced"
    return bool(rows)
