"""Reminders: to incomplete applications before the deadline, to selected projects before each session.

Due when the clock has passed ``deadline - N days`` (or ``session start - N days``) and the moment itself
has not come. When the worker was down and several offsets have passed, only the nearest is sent. An
application that arrived after an offset's moment does not get that reminder: its receipt already said
what is missing. Each reminder is one outbox row per application and offset (its idempotency key), so any
number of runs sends it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from notifications.context import call_words, per_language, session_line
from notifications.loop_safety import own_addresses
from notifications.outbox import find, queue_mail
from notifications.receipts import applicant_address
from notifications.rendering import render, template_language
from notifications.wording import long_datetime
from parsers.field_table import field_word
from storage.applications import Application, ApplicationStatus
from storage.attention import FILES_BEHIND_LINK, AttentionItem, open_of_kind
from storage.outbox import MailKind


@dataclass(frozen=True)
class DueReminder:
    key: str
    kind: str
    application_id: int
    reference: str
    recipient: str
    offset_days: int
    session_index: int | None = None


def _nearest_due(moment: datetime, offsets: tuple[int, ...], now: datetime, since: datetime) -> int | None:
    """The smallest offset whose moment (``moment - offset days``) has passed, if ``moment`` has not."""
    if now >= moment:
        return None
    passed = [days for days in offsets if moment - timedelta(days=days) <= now]
    if not passed:
        return None
    nearest = min(passed)
    return nearest if since < moment - timedelta(days=nearest) else None


def due_reminders(session: Session, settings: Settings, *, now: datetime) -> list[DueReminder]:
    """The reminders the clock says are due and that are not in the outbox yet."""
    call = settings.call
    own = own_addresses(settings)
    applications = session.scalars(
        select(Application).where(Application.call_id == call.call_id, Application.anonymised_at.is_(None))
        .order_by(Application.id)).all()
    waiting_on_links = set(session.scalars(select(AttentionItem.application_id).where(
        open_of_kind(FILES_BEHIND_LINK))))
    due: list[DueReminder] = []
    for application in applications:
        recipient = applicant_address(application)
        if not recipient or recipient in own:
            continue
        status = application.effective_status
        # the files are behind a link the coordinator has not added (or settled) yet: what is "missing" may be
        # in them, and the receipt told the applicant not to send them again
        if status == ApplicationStatus.INCOMPLETE and application.id not in waiting_on_links:
            days = _nearest_due(call.deadline, call.reminder_days_before_deadline, now, application.received_at)
            if days is not None:
                due.append(DueReminder(f"reminder:incomplete:{application.reference}:T-{days}",
                                       MailKind.REMINDER_INCOMPLETE, application.id, application.reference,
                                       recipient, days))
        elif status == ApplicationStatus.SELECTED:
            for index, start in enumerate(call.session_starts()):
                days = _nearest_due(start, call.reminder_days_before_session, now, datetime.min.replace(
                    tzinfo=start.tzinfo))
                if days is not None:
                    due.append(DueReminder(
                        f"reminder:session:{application.reference}:{start.date().isoformat()}:T-{days}",
                        MailKind.REMINDER_SESSION, application.id, application.reference, recipient, days, index))
    return [reminder for reminder in due if find(session, reminder.key) is None]


def _context(settings: Settings, application: Application, reminder: DueReminder) -> dict:
    call = settings.call

    def words(language: str) -> dict:
        base = call_words(call, language)
        extra = {"missing": [field_word(name, language) for name in application.missing]}
        if reminder.session_index is not None:
            start = call.session_starts()[reminder.session_index]
            extra["session"] = session_line(call, reminder.session_index, language)
            extra["session_start"] = long_datetime(start, language)
        return {**base, **extra}

    title = application.current_fields().get("project_title")
    return {
        "reference": application.reference,
        "applicant_name": application.sender_name,
        "project_title": str(title.value) if title and title.value else "",
        "days": reminder.offset_days,
        # per language in each language's words; this one for overriding templates that want just one
        "coordinator_name": call.coordinator_name.get("nl", ""),
        "coordinator_address": settings.smtp.coordinator,
        **per_language(words),
    }


def queue_due_reminders(session: Session, settings: Settings, *, now: datetime) -> list[DueReminder]:
    """Queue every due reminder in the outbox; returns what was queued."""
    queued = []
    for reminder in due_reminders(session, settings, now=now):
        application = session.get(Application, reminder.application_id)
        assert application is not None
        language = template_language(application.language)
        rendered = render(settings, reminder.kind, language, _context(settings, application, reminder))
        if queue_mail(session, settings, key=reminder.key, kind=reminder.kind, recipient=reminder.recipient,
                      language=language, rendered=rendered, now=now, application_id=application.id):
            queued.append(reminder)
    return queued
