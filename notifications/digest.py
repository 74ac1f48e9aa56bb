"""The coordinator's daily digest: what came in since the last one, where everything stands, what needs a human.

The digest of local day D covers what arrived from the end of the previous digest's period (or the
beginning) up to local midnight starting D, in the call's timezone (summer time included). One per local
day: a ``digest_runs`` row marks the day and the outbox key ``digest:<call>:<date>`` guards the mail, so a
restarted worker never sends a second. A day with no activity (nothing arrived, bounced or failed, no decision
taken, no letter or invitation queued) sends nothing unless the call says so.
"""

from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import Session

from config import Settings
from notifications.attention_words import attention_summary, kind_label
from notifications.digest_chart import CONTENT_ID, chart_png, daily_series
from notifications.digest_phases import INTAKE, SESSIONS, phase, selection_context, sessions_context
from notifications.outbox import queue_mail
from notifications.rendering import render
from notifications.wording import COMPONENT, MAIL_STATE, STATUS, long_date, money, money_or_unknown
from parsers.field_table import field_word
from storage.applications import Application, ApplicationEvent, ApplicationStatus
from storage.attention import ACTIONS, AttentionItem, AttentionState
from storage.incidents import OUTAGES, Incident
from storage.models import Message, MessageStatus
from storage.outbox import RETRYABLE, DigestRun, MailKind, OutboxState, OutgoingMail
from storage.records import applications_csv, load_applications


@dataclass
class Digest:
    local_date: date
    period_start: datetime | None
    period_end: datetime
    activity: bool
    context: dict[str, Any]
    csv_text: str
    chart_png: bytes | None = None  # shown inline (cid:) at the top of the HTML


def _chart(settings: Settings, applications: list[Application], local_date: date) -> bytes | None:
    call = settings.call
    arrivals = [(a.received_at.astimezone(call.timezone).date(), a.requested_amount() or Decimal(0))
                for a in applications if a.effective_status != ApplicationStatus.WITHDRAWN]
    # the closed days up to the digest's day, and not past the deadline: the race toward it
    series = daily_series(arrivals, first=None, last=min(local_date - timedelta(days=1), call.deadline_date))
    return chart_png(series, pot=call.pot, deadline=call.deadline_date, currency=call.currency) if series else None


def local_midnight(settings: Settings, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=settings.call.timezone)


def digest_period(session: Session, settings: Settings, local_date: date) -> tuple[datetime | None, datetime]:
    previous = session.scalar(select(func.max(DigestRun.period_end)).where(
        DigestRun.call_id == settings.call.call_id, DigestRun.local_date < local_date))
    return previous, local_midnight(settings, local_date)


def _in_period(column, start: datetime | None, end: datetime):
    return column < end if start is None else column.between(start, end - timedelta(microseconds=1))


def _local(settings: Settings, moment: datetime) -> str:
    return moment.astimezone(settings.call.timezone).strftime("%d/%m/%Y %H:%M")


def build_digest(session: Session, settings: Settings, *, local_date: date, made_at: datetime | None = None
                 ) -> Digest:
    """The digest of ``local_date``; ``made_at``: when it is made (the "to do" and the totals are as of then)."""
    call = settings.call
    start, end = digest_period(session, settings, local_date)
    applications = load_applications(session, call.call_id)
    new_messages = list(session.scalars(select(Message).where(_in_period(Message.received_at, start, end))
                                        .order_by(Message.received_at)))
    new_applications = [a for a in applications if (start is None or a.received_at >= start) and a.received_at < end]
    failed_messages = list(session.scalars(select(Message).where(Message.status == MessageStatus.FAILED)
                                           .order_by(Message.id)))
    bounced = list(session.scalars(select(OutgoingMail).where(
        OutgoingMail.state == OutboxState.BOUNCED, _in_period(OutgoingMail.bounced_at, start, end))))
    # outages that overlapped the period, and any still going on
    incidents = list(session.scalars(select(Incident).where(
        or_(Incident.ended_at.is_(None), Incident.ended_at >= start) if start else true(),
        Incident.started_at < end).order_by(Incident.started_at)))
    failed_mail = list(session.scalars(select(OutgoingMail).where(
        OutgoingMail.state.in_(RETRYABLE)).order_by(OutgoingMail.id)))
    counted = [a for a in applications if a.effective_status != ApplicationStatus.WITHDRAWN]
    # a missing amount is unknown, not zero: left out of every sum, and the sum says how many it leaves out
    requested = sum((amount for a in counted if (amount := a.requested_amount()) is not None), Decimal(0))
    requested_unknown = sum(1 for a in counted if a.requested_amount() is None)
    by_municipality: dict[str, list[Decimal | None]] = {}
    for application in counted:
        field = application.current_fields().get("municipality")
        name = str(field.value) if field is not None and field.value else "(onbekend)"
        by_municipality.setdefault(name, []).append(application.requested_amount())
    status_counts = Counter(a.effective_status for a in applications)
    days_left = (call.deadline_date - local_date).days

    def title(application: Application) -> str:
        field = application.current_fields().get("project_title")
        return str(field.value) if field is not None and field.value else ""

    references = {a.id: a.reference for a in applications}
    open_items = list(session.scalars(select(AttentionItem).where(AttentionItem.state == AttentionState.OPEN)
                                      .order_by(AttentionItem.created_at, AttentionItem.id)))
    context = {
        # first in the digest: what needs the coordinator, each with the commands that settle it
        "attention": [{"id": item.id, "kind": kind_label(item.kind, "nl").lower(),
                       "reference": references.get(item.application_id or 0),
                       "url": settings.web.application_url(references[item.application_id])
                       if item.application_id in references else None,
                       "created": _local(settings, item.created_at),
                       "summary": attention_summary(item.kind, item.detail or {}, "nl", item.summary),
                       "actions": [f"intake attention resolve {item.id} {action}"
                                   for action in ACTIONS.get(item.kind, {})]} for item in open_items],
        "timezone": call.timezone.key,
        "call_name": call.name.get("nl", ""),
        "date": long_date(local_date, "nl"),
        "period_start": _local(settings, start) if start else None,
        "period_end": _local(settings, end),
        # the period ends at midnight starting the digest's day: say which day that closes
        "period_last_day": long_date((end - timedelta(microseconds=1)).astimezone(call.timezone).date(), "nl"),
        "made_at": _local(settings, made_at) if made_at is not None else None,
        "new_messages": [{"received": _local(settings, m.received_at), "sender": m.sender, "subject": m.subject,
                          "status": m.status} for m in new_messages],
        "new_applications": [{"reference": a.reference, "url": settings.web.application_url(a.reference),
                              "sender": a.sender, "title": title(a),
                              "status": STATUS["nl"].get(a.effective_status, a.effective_status),
                              "status_code": a.effective_status, "on_time": a.on_time} for a in new_applications],
        "by_status": [{"status": STATUS["nl"].get(s, s), "count": n} for s, n in sorted(status_counts.items())],
        "late": [{"reference": a.reference, "url": settings.web.application_url(a.reference), "sender": a.sender,
                  "received": _local(settings, a.received_at)}
                 for a in applications if not a.on_time],
        "incomplete": [{"reference": a.reference, "url": settings.web.application_url(a.reference),
                        "sender": a.sender,
                        "missing": ", ".join(field_word(n, "nl") for n in a.missing)}
                       for a in applications if a.effective_status == ApplicationStatus.INCOMPLETE],
        "failed_messages": [{"id": m.id, "sender": m.sender, "subject": m.subject, "error": m.error or ""}
                            for m in failed_messages],
        "bounced": [{"id": r.id, "recipient": r.recipient, "subject": r.subject, "error": r.last_error or ""}
                    for r in bounced],
        "failed_mail": [{"id": r.id, "recipient": r.recipient, "state": MAIL_STATE["nl"].get(r.state, r.state),
                         "error": r.last_error or ""}
                        for r in failed_mail],
        "incidents": [{"component": COMPONENT["nl"].get(i.component, i.component), "outage": i.component in OUTAGES,
                       "started": _local(settings, i.started_at),
                       "ended": _local(settings, i.ended_at) if i.ended_at else None,
                       "attempts": i.occurrences, "error": i.last_error} for i in incidents],
        "total_count": len(counted),
        "requested_total": money(requested, "nl", call.currency),
        "requested_unknown": requested_unknown,
        "pot": money(call.pot, "nl", call.currency),
        "over_pot": requested > call.pot,
        "by_municipality": [{"name": name, "count": len(amounts),
                             "requested": money_or_unknown(
                                 sum((a for a in amounts if a is not None), Decimal(0))
                                 if any(a is not None for a in amounts) else None, "nl", call.currency),
                             "unknown": sum(1 for a in amounts if a is None)}
                            for name, amounts in sorted(by_municipality.items())],
        "by_language": [{"language": language or "?", "count": n} for language, n in
                        sorted(Counter(a.language or "?" for a in counted).items())],
        "days_left": days_left,
        "deadline": long_date(call.deadline_date, "nl"),
        "console_url": settings.web.base_url or None,
    }
    current_phase = phase(settings, applications, local_date)
    chart = _chart(settings, applications, local_date)
    context.update({
        "phase": current_phase,
        "chart_cid": CONTENT_ID if chart else None,
        "applications": [{"reference": a.reference, "url": settings.web.application_url(a.reference),
                          "status": STATUS["nl"].get(a.effective_status, a.effective_status), "title": title(a),
                          "requested": money_or_unknown(a.requested_amount(), "nl", call.currency)}
                         for a in applications],
        "selection": selection_context(session, settings, applications) if current_phase != INTAKE else None,
        "coaching": sessions_context(session, settings, applications) if current_phase == SESSIONS else None,
    })
    # after the deadline little mail comes in: a decision or a letter or invitation that went out is news too
    decisions = session.scalar(select(func.count()).select_from(ApplicationEvent).where(
        ApplicationEvent.kind == "status_set", _in_period(ApplicationEvent.at, start, end))) or 0
    after_mail = session.scalar(select(func.count()).select_from(OutgoingMail).where(
        OutgoingMail.kind.in_((MailKind.DECISION, MailKind.INVITATION)),
        _in_period(OutgoingMail.created_at, start, end))) or 0
    activity = bool(new_messages or new_applications or bounced or incidents or open_items or decisions
                    or after_mail)
    return Digest(local_date, start, end, activity, context, applications_csv(applications), chart)


def queue_digest(session: Session, settings: Settings, *, local_date: date, now: datetime,
                 when_idle: bool | None = None) -> tuple[OutgoingMail | None, str]:
    """Queue the digest of ``local_date`` once; returns the row (or None) and what happened, in words."""
    call = settings.call
    done = session.scalar(select(DigestRun).where(DigestRun.call_id == call.call_id,
                                                  DigestRun.local_date == local_date))
    if done is not None:
        return None, f"the digest of {local_date} was already queued"
    digest = build_digest(session, settings, local_date=local_date, made_at=now)
    if not digest.activity and not (call.digest_when_idle if when_idle is None else when_idle):
        return None, f"no activity before {local_date}: no digest (call digest.send_when_idle is off)"
    rendered = render(settings, "digest", "nl", digest.context)
    attachments: list[dict[str, Any]] = [{"filename": f"aanvragen-{local_date.isoformat()}.csv",
                                          "content_type": "text/csv", "text": digest.csv_text}]
    if digest.chart_png:
        attachments.append({"filename": "verloop.png", "content_type": "image/png", "content_id": CONTENT_ID,
                            "base64": base64.encodebytes(digest.chart_png).decode("ascii")})
    row = queue_mail(session, settings, key=f"digest:{call.call_id}:{local_date.isoformat()}", kind=MailKind.DIGEST,
                     recipient=settings.smtp.coordinator, language="nl", rendered=rendered, now=now,
                     attachments=attachments)
    session.add(DigestRun(call_id=call.call_id, local_date=local_date, period_start=digest.period_start,
                          period_end=digest.period_end, outbox_id=row.id if row else None, created_at=now))
    session.flush()
    return row, f"the digest of {local_date} is queued"


def digest_due(settings: Settings, now: datetime) -> date | None:
    """Today's local date once the call's digest time has passed, else None."""
    local_now = now.astimezone(settings.call.timezone)
    return local_now.date() if local_now.time() >= settings.call.digest_time else None
