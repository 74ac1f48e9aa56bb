"""Booking brainstorm visits: the coordinator plans, moves, cancels or closes the visit an inquiry asked for.

Planning (or moving) sends the requester one mail in their language, in reply to their inquiry, with an
iCalendar REQUEST of the visit: the UID is fixed per booking and SEQUENCE goes up with each planning, so a
calendar moves the event instead of adding one. Cancelling a planned visit sends a CANCEL of that event.
The call's brainstorm offer ends on its ``until`` day: a visit after it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from email.utils import parseaddr
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from notifications.brainstorm import brainstorm_key
from notifications.calendar import event_ics
from notifications.context import call_words, per_language
from notifications.outbox import find, queue_mail
from notifications.rendering import Rendered, render_one
from notifications.threading import original_subject, thread_headers
from notifications.wording import long_date
from storage.brainstorm import BrainstormRequest, BrainstormState, inquiry_messages, record_request
from storage.models import Message
from storage.outbox import MailKind, OutgoingMail

SUMMARY = {"nl": "Brainstormsessie {call}", "fr": "Séance de brainstorming {call}"}
ALARM = {"nl": "Morgen: brainstormsessie", "fr": "Demain : séance de brainstorming"}
DESCRIPTION = {
    "nl": "Brainstormsessie bij jullie, o.l.v. een expert, om tot concrete projectideeën te komen voor "
          "\"{call}\".\nWaar: {place}.\nVragen of verhinderd? Schrijf naar {contact}.",
    "fr": "Séance de brainstorming chez vous, animée par un expert, pour trouver des idées de projets pour "
          "« {call} ».\nLieu : {place}.\nUne question, un empêchement ? Écrivez à {contact}.",
}


class BookingError(ValueError):
    """A booking step the request's state or the call does not allow; the message says why."""


@dataclass(frozen=True)
class Visit:
    day: date
    start: time
    end: time
    place: str


def take_in_inquiries(session: Session, settings: Settings, now: datetime) -> int:
    """Bookings for inquiries on file from before bookings existed (derived from their attention items)."""
    made = 0
    for _item, message in inquiry_messages(session):
        name, address = parseaddr(message.sender or "")
        if record_request(session, settings.call.call_id, message, address, name, _language(session, settings, message),
                          now) is not None:
            made += 1
    return made


def _language(session: Session, settings: Settings, message: Message) -> str:
    """The language of the brainstorm offer they were sent, else the fallback."""
    offer = find(session, brainstorm_key(message))
    return offer.language if offer is not None and offer.language else settings.fallback_language


def uid_for(settings: Settings, request: BrainstormRequest) -> str:
    domain = parseaddr(settings.smtp.from_address)[1].rsplit("@", 1)[-1] or "localhost"
    return f"{settings.call.call_id}.brainstorm.{request.id}@{domain}".lower()


def check_visit(settings: Settings, visit: Visit) -> None:
    offer = settings.call.brainstorm
    if offer is None:
        raise BookingError("the call file offers no brainstorm sessions ([brainstorm])")
    if offer.until_local is not None and visit.day > offer.until_local:
        raise BookingError(f"{visit.day.isoformat()} is after the last day the call offers brainstorm sessions "
                           f"({offer.until_local.isoformat()})")
    if visit.end <= visit.start:
        raise BookingError(f"the visit ends ({visit.end:%H:%M}) before it starts ({visit.start:%H:%M})")


def plan_visit(session: Session, settings: Settings, request: BrainstormRequest, visit: Visit,
               now: datetime) -> OutgoingMail | None:
    """Plan (or move) the visit and queue its confirmation with the calendar invitation."""
    if request.state in (BrainstormState.DONE, BrainstormState.CANCELLED):
        raise BookingError(f"request {request.id} is {request.state}; it cannot be planned")
    check_visit(settings, visit)
    is_update = request.state == BrainstormState.PLANNED
    request.day, request.start, request.end, request.place = visit.day, visit.start, visit.end, visit.place
    request.uid = request.uid or uid_for(settings, request)
    request.sequence += 1
    request.state = BrainstormState.PLANNED
    request.updated_at = now
    return _queue(session, settings, request, now, is_update=is_update, cancel=False)


def cancel_visit(session: Session, settings: Settings, request: BrainstormRequest,
                 now: datetime) -> OutgoingMail | None:
    """Cancel the request; a planned visit is taken out of the requester's calendar (METHOD:CANCEL)."""
    if request.state in (BrainstormState.DONE, BrainstormState.CANCELLED):
        raise BookingError(f"request {request.id} is {request.state} already")
    was_planned = request.state == BrainstormState.PLANNED
    request.state = BrainstormState.CANCELLED
    request.updated_at = now
    if not was_planned:
        return None
    request.sequence += 1
    return _queue(session, settings, request, now, is_update=True, cancel=True)


def mark_done(request: BrainstormRequest, now: datetime) -> None:
    if request.state != BrainstormState.PLANNED:
        raise BookingError(f"request {request.id} is {request.state}; only a planned visit can be done")
    request.state = BrainstormState.DONE
    request.updated_at = now


def _queue(session: Session, settings: Settings, request: BrainstormRequest, now: datetime, *, is_update: bool,
           cancel: bool) -> OutgoingMail | None:
    assert request.day and request.start and request.end and request.uid
    message = session.get(Message, request.message_pk)
    language = request.language if request.language in ("nl", "fr", "bilingual") else "nl"
    rendered = _rendered(settings, request, message, language, is_update=is_update, cancel=cancel)
    words_language = language if language in SUMMARY else "nl"
    call = settings.call
    call_name = call.name.get(words_language, next(iter(call.name.values())))
    languages = ("nl", "fr") if language == "bilingual" else (words_language,)
    summary = " / ".join(SUMMARY[lang].format(call=call.name.get(lang, call_name)) for lang in languages)
    description = "\n\n".join(DESCRIPTION[lang].format(call=call.name.get(lang, call_name), place=request.place,
                                                       contact=settings.smtp.coordinator) for lang in languages)
    ics = event_ics(settings, uid=request.uid, sequence=request.sequence, day=request.day, start=request.start,
                    end=request.end, summary=summary, location=request.place, description=description,
                    alarm=ALARM[words_language], attendee=request.requester, attendee_name=request.requester_name,
                    now=now, cancel=cancel)
    method = "CANCEL" if cancel else "REQUEST"
    told_before = session.get(OutgoingMail, request.outbox_id) if request.outbox_id else None
    # in their thread: a reply to the inquiry, an update or cancellation also to our last mail about the visit
    headers = thread_headers(settings, message, *([told_before.message_id] if told_before and
                                                  told_before.message_id else []))
    row = queue_mail(session, settings, key=f"brainstorm-visit:{request.id}.{request.sequence}{'-cancel' * cancel}",
                     kind=MailKind.BRAINSTORM_VISIT, recipient=request.requester, language=language,
                     rendered=rendered, now=now, reply_to_message_pk=request.message_pk, headers=headers,
                     attachments=[{"filename": "brainstorm.ics", "content_type": "text/calendar",
                                   "params": {"method": method}, "text": ics}])
    if row is not None:
        request.outbox_id = row.id
    session.flush()
    return row


def _rendered(settings: Settings, request: BrainstormRequest, message: Message | None, language: str, *,
              is_update: bool, cancel: bool) -> Rendered:
    assert request.day and request.start and request.end
    day = request.day

    def words(lang: str) -> dict[str, Any]:
        return {**call_words(settings.call, lang), "when": long_date(day, lang)}

    context = {"applicant_name": request.requester_name, "is_update": is_update, "is_cancel": cancel,
               "original_subject": original_subject(message),
               "start": f"{request.start:%H:%M}", "end": f"{request.end:%H:%M}", "place": request.place,
               "day_iso": day.isoformat(), "coordinator_address": settings.smtp.coordinator, **per_language(words)}
    subject = " ".join(render_one(settings, f"brainstorm_visit.{language}.subject.j2", context).split())
    text = render_one(settings, f"brainstorm_visit.{language}.txt.j2", context)
    html = render_one(settings, "letter.html.j2", {"text": text, "title": subject,
                                                   "lang": "nl" if language == "bilingual" else language})
    return Rendered(subject=subject, text=text, html=html)


def requests(session: Session, settings: Settings) -> list[BrainstormRequest]:
    return list(session.scalars(select(BrainstormRequest).where(BrainstormRequest.call_id == settings.call.call_id)
                                .order_by(BrainstormRequest.id)))
