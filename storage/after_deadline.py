"""What happens after the deadline: decision letters and coaching-session invitations.

A decision letter is drafted for an application marked selected or rejected, edited and approved by the
coordinator, then queued once in the outbox. Its ``decision`` is the status it was written for; when the
decision changes after a letter has gone out, the next draft is a ``correction`` of that letter, never a
silent second letter. States::

    draft ──> approved ──> queued (an outbox row)        a newer draft replaces an unsent one (``superseded``)

A session invitation is one row per project and session: the calendar UID is fixed at the first
invitation, ``sequence`` rises with every update, and ``fingerprint`` is what the project was last told
(date, times, place, address), so a run with nothing changed sends nothing. A project that is no longer
selected gets a cancellation (METHOD:CANCEL) and the row keeps ``cancelled_at``; selected again, it is
invited again under the same UID.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import UTCDateTime, utcnow


class LetterState(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    QUEUED = "queued"  # handed to the outbox: its fate is the outbox row's
    SUPERSEDED = "superseded"  # the decision changed before this one went out


class DecisionLetter(Base):
    __tablename__ = "decision_letters"
    __table_args__ = (Index("ix_decision_letters_application", "application_id", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    decision: Mapped[str] = mapped_column(String(20))  # "selected" or "rejected"
    correction_of: Mapped[int | None] = mapped_column(ForeignKey("decision_letters.id"))
    language: Mapped[str] = mapped_column(String(10))  # "nl", "fr" or "bilingual"
    recipient: Mapped[str] = mapped_column(String(998))
    subject: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default=LetterState.DRAFT)
    edited_by: Mapped[str | None] = mapped_column(String(320))
    approved_by: Mapped[str | None] = mapped_column(String(320))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SessionInvitation(Base):
    __tablename__ = "session_invitations"
    __table_args__ = (UniqueConstraint("application_id", "session_id", name="uq_session_invitations_project"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    call_id: Mapped[str] = mapped_column(String(100))
    session_id: Mapped[str] = mapped_column(String(100))
    uid: Mapped[str] = mapped_column(String(300))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    fingerprint: Mapped[str] = mapped_column(String(64))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))  # the mail that last told them
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # no longer selected: told to drop it
    invited_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
