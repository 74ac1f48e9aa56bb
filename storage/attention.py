"""The coordinator's attention list: one row per case where intake did not decide alone, or must not.

An item is ``open`` until the coordinator settles it with one of its actions (``resolved``, with the action,
who and when). Its ``key`` makes creating it idempotent: processing a message again, or judging an
application again, never lists the same case twice.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import UTCDateTime, utcnow


class AttentionState(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class AttentionItem(Base):
    __tablename__ = "attention_items"
    __table_args__ = (Index("ix_attention_items_state", "state", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # e.g. "before_call:msg-12"
    kind: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(12), default=AttentionState.OPEN)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_action: Mapped[str | None] = mapped_column(String(30))
    resolved_by: Mapped[str | None] = mapped_column(String(320))
