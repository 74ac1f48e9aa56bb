"""Incidents, so the digest can say what went wrong and when: an outage of a part intake depends on
(``OUTAGES``: the mailbox, SMTP), or a stage of the worker that failed (``STAGES``: the data dir or the
database refusing a write, a bug...)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import UTCDateTime

OUTAGES = ("mailbox", "smtp")
STAGES = ("fetch", "process", "send", "reminders", "digest", "purge")


class Incident(Base):
    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_open", "component", "ended_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    component: Mapped[str] = mapped_column(String(20))  # one of OUTAGES or STAGES
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    occurrences: Mapped[int] = mapped_column(Integer, default=1)  # failed attempts while it lasted
    last_error: Mapped[str] = mapped_column(Text, default="")
