"""The outbox: every mail intake sends is a row here before anything leaves, and keeps its fate after.

A row is unique by its idempotency key (``receipt:MWB-2019-007:msg-42``,
``reminder:incomplete:MWB-2019-007:T-7``, ``digest:mwb-2019:2019-06-10``), so queueing the same mail
twice is a no-op, whatever the number of runs or restarts. The Message-ID is chosen when the row is
queued, so a bounce can be matched to its row and a resend after a crash keeps the same identity.

States::

    queued ──> sending ──> sent ──> bounced
      ^  │        │
      │  │        ├──> queued (4xx, connection refused: next_attempt_at with backoff)
      │  │        ├──> failed (5xx, or too many attempts: needs `intake outbox retry`)
      │  │        └──> unknown (the worker died mid-send: held, never blindly resent)
      │  └──> suppressed (loop safety or the per-sender limit: kept with the reason, never sent)
      └──── `intake outbox retry` (failed, unknown)
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import UTCDateTime, utcnow


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"
    BOUNCED = "bounced"
    SUPPRESSED = "suppressed"


PENDING = (OutboxState.QUEUED, OutboxState.SENDING)
RETRYABLE = (OutboxState.FAILED, OutboxState.UNKNOWN)


class MailKind(StrEnum):
    RECEIPT = "receipt"
    REMINDER_INCOMPLETE = "reminder_incomplete"
    REMINDER_SESSION = "reminder_session"
    DIGEST = "digest"
    DECISION = "decision"
    INVITATION = "invitation"
    BRAINSTORM = "brainstorm"  # the call's brainstorm offer, in answer to an inquiry
    BRAINSTORM_VISIT = "brainstorm_visit"  # a booked brainstorm visit: planned, moved or cancelled (.ics)


class OutgoingMail(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state_due", "state", "next_attempt_at"),
        Index("ix_outbox_recipient", "kind", "recipient", "created_at"),
        Index("ix_outbox_message_id", "message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    in_reply_to_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    recipient: Mapped[str] = mapped_column(String(998))
    language: Mapped[str | None] = mapped_column(String(10))  # "nl", "fr", or "bilingual"
    subject: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    # extra headers (In-Reply-To, References, Auto-Submitted) and attachments ({filename, content_type, text})
    headers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    message_id: Mapped[str] = mapped_column(String(998))  # ours, chosen at queue time
    state: Mapped[str] = mapped_column(String(20), default=OutboxState.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sending_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    bounced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DigestRun(Base):
    """One row per local day a digest was queued: the marker that keeps it to one a day across restarts."""

    __tablename__ = "digest_runs"
    __table_args__ = (UniqueConstraint("call_id", "local_date", name="uq_digest_runs_call_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[str] = mapped_column(String(100))
    local_date: Mapped[date] = mapped_column(Date)
    period_start: Mapped[datetime | None] = mapped_column(UTCDateTime())  # None: since the beginning
    period_end: Mapped[datetime] = mapped_column(UTCDateTime())
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
