"""Delivery status notifications about mail we sent.

A DSN (RFC 3464: multipart/report; report-type=delivery-status) carries the original message or its
headers as a message/rfc822 or text/rfc822-headers part; its Message-ID is the one we chose when the
mail was queued, which names the outbox row. Non-standard bounces often only quote us in In-Reply-To or
References. A report whose every recipient was merely delayed (or delivered) is not a bounce.
"""

from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime
from email.message import Message

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.outbox import OutboxState, OutgoingMail

_MESSAGE_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")
NOT_FAILURES = {"delayed", "delivered", "relayed", "expanded"}


def _ids(value: object) -> list[str]:
    return _MESSAGE_ID.findall(str(value or ""))


def _status_fields(part: Message) -> list[dict[str, str]]:
    """The per-recipient blocks of a message/delivery-status part, as lower-case field dicts."""
    payload = part.get_payload()
    blocks: list[dict[str, str]] = []
    if isinstance(payload, list):  # the parser splits the status into header blocks
        for block in payload:
            blocks.append({k.lower(): str(v) for k, v in block.items()})
    else:
        for chunk in re.split(r"\r?\n\r?\n", str(payload)):
            fields = {}
            for line in chunk.splitlines():
                if ":" in line and not line.startswith((" ", "\t")):
                    key, value = line.split(":", 1)
                    fields[key.strip().lower()] = value.strip()
            blocks.append(fields)
    return blocks[1:] if len(blocks) > 1 else blocks  # the first block is per-message


def read_dsn(raw_message: bytes) -> tuple[list[str], str | None, bool]:
    """(Message-IDs the report is about, the reason in the server's words, whether it reports a failure)."""
    message = email.message_from_bytes(raw_message, policy=email.policy.compat32)
    original_ids: list[str] = []
    actions: list[str] = []
    reasons: list[str] = []
    for part in message.walk():
        content_type = part.get_content_type()
        if content_type == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                original_ids += _ids(inner[0].get("Message-ID"))
        elif content_type == "text/rfc822-headers":
            headers = email.message_from_string(_text(part))
            original_ids += _ids(headers.get("Message-ID"))
        elif content_type == "message/delivery-status":
            for fields in _status_fields(part):
                if fields.get("action"):
                    actions.append(fields["action"].strip().lower())
                reason = fields.get("diagnostic-code") or fields.get("status")
                if reason:
                    reasons.append(" ".join(reason.split()))
    fallback = _ids(message.get("In-Reply-To")) + _ids(message.get("References"))
    failure = not actions or any(action not in NOT_FAILURES for action in actions)
    return original_ids + fallback, "; ".join(reasons) or None, failure


def _text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", "replace")
    return str(part.get_payload())


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
