"""The audit trail: erasures (``intake forget``, ``intake purge``), the coordinator's corrections and decisions
(``correct``, ``status``, from the CLI or the console) and account changes (``user_added``, ``user_changed``,
``user_removed``): who did what, never whose data or which value.

A row records when, which action, the OS user who ran it (None for the worker when unknown), the reason,
counts of what was erased and the application references touched. References (``MWB-2019-007``) are not
personal data; the erased address, names and values never enter this table.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import UTCDateTime, utcnow


class AuditAction(StrEnum):
    FORGET = "forget"  # one person, on request (GDPR art. 17)
    PURGE = "purge"  # the call's retention period ran out


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    action: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str | None] = mapped_column(String(100))  # the OS user, or the console's account, when known
    reason: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # what kind of row -> how many
    applications: Mapped[list[str]] = mapped_column(JSON, default=list)  # references of the applications erased
    message_ids: Mapped[list[int]] = mapped_column(JSON, default=list)  # our row ids, not Message-IDs
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
