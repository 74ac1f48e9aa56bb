"""Brainstorm visits: one booking per inquiry, from the request to the visit.

An inquiry (interested, no concrete idea yet) is answered with the call's brainstorm offer; the row made
with it is the coordinator's booking: ``requested`` until a date is agreed, then ``planned`` (day, start,
end, place; each time it is planned the requester gets a calendar invitation whose ``sequence`` goes up,
under the same ``uid``), ``done`` after the visit, or ``cancelled``. Keyed by the inquiry's stored message,
so taking in the same mail again never books twice.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Time, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from storage.attention import AttentionItem
from storage.models import Base, Message, MessageStatus
from storage.types import UTCDateTime, utcnow


class BrainstormState(StrEnum):
    REQUESTED = "requested"
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class BrainstormRequest(Base):
    __tablename__ = "brainstorm_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[str] = mapped_column(String(100))
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)  # the inquiry
    requester: Mapped[str] = mapped_column(String(320), index=True)  # lower-case address
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(10))  # nl, fr or bilingual: the mail's template variant
    state: Mapped[str] = mapped_column(String(12), default=BrainstormState.REQUESTED)
    day: Mapped[date | None] = mapped_column(Date())
    start: Mapped[time | None] = mapped_column(Time())
    end: Mapped[time | None] = mapped_column(Time())
    place: Mapped[str] = mapped_column(Text, default="")
    uid: Mapped[str | None] = mapped_column(String(300))  # the calendar event's, from the first planning on
    sequence: Mapped[int] = mapped_column(Integer, default=-1)  # -1: never planned
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))  # the mail that last told them
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


def record_request(session: Session, call_id: str, message: Message, requester: str, requester_name: str,
                   language: str, now: datetime) -> BrainstormRequest | None:
    """The booking for an inquiry, made once; None when there is no one to book with."""
    address = requester.strip().lower()
    if not address:
        return None
    row = session.scalar(select(BrainstormRequest).where(BrainstormRequest.message_pk == message.id))
    if row is None:
        row = BrainstormRequest(call_id=call_id, message_pk=message.id, requester=address,
                                requester_name=requester_name, language=language, requested_at=now,
                                updated_at=now, state=BrainstormState.REQUESTED, sequence=-1, place="")
        session.add(row)
        session.flush()
    return row


def inquiry_messages(session: Session) -> list[tuple[AttentionItem, Message]]:
    """Inquiries on the attention list that have no booking yet (taken in before bookings existed).

    An inquiry item counts unless it was settled as an application or ignored; an unclear or early mail
    counts once it was answered with the brainstorm offer."""
    booked = select(BrainstormRequest.message_pk)
    rows = session.execute(select(AttentionItem, Message).join(Message, AttentionItem.message_pk == Message.id).where(
        Message.id.not_in(booked), Message.status != MessageStatus.ERASED).order_by(AttentionItem.id)).all()
    found = []
    for item, message in rows:
        action = item.resolved_action
        if (item.kind == "inquiry" and action not in ("application", "ignore", "erased")) or action == "inquiry":
            found.append((item, message))
    return found


def drop_request(session: Session, message_pk: int) -> bool:
    """The inquiry was not one after all (made an application, or ignored): a booking not yet planned goes."""
    row = session.scalar(select(BrainstormRequest).where(BrainstormRequest.message_pk == message_pk,
                                                         BrainstormRequest.state == BrainstormState.REQUESTED))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
