"""Invitations to the coaching sessions: every selected project gets the sessions in its calendar, once.

``plan`` compares what each selected project was last told (``session_invitations``: one row per project
and session, with the session's fingerprint) with the call file: a session the project was never invited
to is *new*; one whose date, times, place or address changed since is an *update* (same UID, SEQUENCE
plus one). Nothing changed means nothing planned, so a second run sends nothing. Updates only ever go to
projects that were invited; a project selected later gets every session as new; a project invited and then
no longer selected gets a *cancellation* of each session (METHOD:CANCEL, SEQUENCE plus one). One mail per
project per run (in its language) with one .ics per session it is about.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from config.call import CoachingSession
from notifications.calendar import session_description, session_ics, session_uid
from notifications.context import call_words, per_language, session_line
from notifications.outbox import queue_mail
from notifications.receipts import applicant_address
from notifications.rendering import Rendered, render_one, template_language
from storage.after_deadline import SessionInvitation
from storage.applications import Application, ApplicationStatus
from storage.outbox import MailKind, OutgoingMail


def fingerprint(session: CoachingSession) -> str:
    told = [session.day.isoformat(), session.start.isoformat(), session.end.isoformat(), session.place,
            session.address]
    return hashlib.sha256(json.dumps(told, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class SessionChange:
    index: int  # in the call file's sessions
    session: CoachingSession
    sequence: int
    is_update: bool
    cancel: bool = False


@dataclass
class PlannedInvitation:
    application_id: int
    reference: str
    recipient: str
    language: str
    changes: list[SessionChange] = field(default_factory=list)

    @property
    def is_update(self) -> bool:
        return all(change.is_update for change in self.changes)

    @property
    def is_cancel(self) -> bool:
        return all(change.cancel for change in self.changes)

    @property
    def what(self) -> str:
        return "cancellation" if self.is_cancel else "update" if self.is_update else "invitation"


def plan(session: Session, settings: Settings) -> list[PlannedInvitation]:
    """What `intake sessions invite` would send now: per selected project the sessions that are new or changed."""
    call = settings.call
    applications = session.scalars(select(Application).where(
        Application.call_id == call.call_id, Application.anonymised_at.is_(None)).order_by(Application.id)).all()
    planned = []
    for application in applications:
        recipient = applicant_address(application)
        if not recipient:
            continue
        told = {row.session_id: row for row in session.scalars(select(SessionInvitation).where(
            SessionInvitation.application_id == application.id))}
        invitation = PlannedInvitation(application.id, application.reference, recipient,
                                       template_language(application.language))
        selected = application.effective_status == ApplicationStatus.SELECTED
        for index, coaching in enumerate(call.sessions):
            row = told.get(coaching.session_id)
            if not selected:
                if row is not None and row.cancelled_at is None:
                    invitation.changes.append(SessionChange(index, coaching, row.sequence + 1, is_update=True,
                                                            cancel=True))
            elif row is None:
                invitation.changes.append(SessionChange(index, coaching, 0, is_update=False))
            elif row.cancelled_at is not None or row.fingerprint != fingerprint(coaching):
                invitation.changes.append(SessionChange(index, coaching, row.sequence + 1, is_update=True))
        if invitation.changes:
            planned.append(invitation)
    return planned


def _rendered(settings: Settings, application: Application, invitation: PlannedInvitation) -> Rendered:
    call = settings.call

    def words(language: str) -> dict[str, object]:
        return {**call_words(call, language),
                "changed": [session_line(call, change.index, language) for change in invitation.changes]}

    context = {"reference": application.reference, "applicant_name": application.sender_name,
               "is_update": invitation.is_update, "is_cancel": invitation.is_cancel,
               "coordinator_address": settings.smtp.coordinator,
               **per_language(words)}
    language = invitation.language
    subject = " ".join(render_one(settings, f"invitation.{language}.subject.j2", context).split())
    text = render_one(settings, f"invitation.{language}.txt.j2", context)
    html = render_one(settings, "letter.html.j2", {"text": text, "title": subject,
                                                   "lang": "nl" if language == "bilingual" else language})
    return Rendered(subject=subject, text=text, html=html)


def send_invitations(session: Session, settings: Settings, now: datetime) -> list[tuple[PlannedInvitation,
                                                                                          OutgoingMail]]:
    """Queue one mail per project with what is new or changed for it, and remember what it was told."""
    queued = []
    for invitation in plan(session, settings):
        application = session.get(Application, invitation.application_id)
        assert application is not None
        rendered = _rendered(settings, application, invitation)
        attachments = []
        for change in invitation.changes:
            uid = session_uid(settings, change.session, application.reference)
            ics = session_ics(settings, change.session, uid=uid, sequence=change.sequence,
                              language=invitation.language, attendee=invitation.recipient,
                              attendee_name=application.sender_name, now=now,
                              description=session_description(settings, change.session, application.reference,
                                                              invitation.language),
                              cancel=change.cancel)
            attachments.append({"filename": f"{change.session.session_id}.ics", "content_type": "text/calendar",
                                "params": {"method": "CANCEL" if change.cancel else "REQUEST"}, "text": ics})
        key = f"invitation:{application.reference}:" + "+".join(
            f"{change.session.session_id}.{change.sequence}{'-cancel' if change.cancel else ''}"
            for change in invitation.changes)
        row = queue_mail(session, settings, key=key, kind=MailKind.INVITATION, recipient=invitation.recipient,
                         language=invitation.language, rendered=rendered, now=now, application_id=application.id,
                         attachments=attachments)
        if row is None:
            continue  # queued by another run a moment ago
        for change in invitation.changes:
            told = session.scalar(select(SessionInvitation).where(
                SessionInvitation.application_id == application.id,
                SessionInvitation.session_id == change.session.session_id))
            if told is None:
                told = SessionInvitation(application_id=application.id, call_id=settings.call.call_id,
                                         session_id=change.session.session_id, invited_at=now,
                                         uid=session_uid(settings, change.session, application.reference))
                session.add(told)
            told.sequence, told.fingerprint = change.sequence, fingerprint(change.session)
            told.outbox_id, told.updated_at = row.id, now
            told.cancelled_at = now if change.cancel else None
        session.flush()
        queued.append((invitation, row))
    return queued


def invited(session: Session, settings: Settings) -> dict[str, list[SessionInvitation]]:
    """Per session id, the projects' standing invitations (for `intake sessions list` and the digest)."""
    rows = session.scalars(select(SessionInvitation).where(SessionInvitation.call_id == settings.call.call_id,
                                                           SessionInvitation.cancelled_at.is_(None))
                           .order_by(SessionInvitation.application_id))
    by_session: dict[str, list[SessionInvitation]] = {}
    for row in rows:
        by_session.setdefault(row.session_id, []).append(row)
    return by_session
