"""Decision letters: drafted for every selected or rejected application, approved by a person, sent once.

``draft_letters`` writes a draft in the applicant's language (both when unsure) from the
``decision.<language>`` templates; the coordinator reads it, may edit subject and text, and approves
it; ``send_approved`` puts every approved letter in the outbox, as a reply in the applicant's
conversation. A letter is in the outbox once (its key is the letter's id), so any number of runs sends
it once. When the decision changes after a letter went out, the next draft is a *correction* that
says so and refers to the letter it corrects; an unsent draft for the old decision is superseded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from config.errors import UsageError
from notifications.context import call_words, local, per_language
from notifications.outbox import queue_mail
from notifications.receipts import applicant_address
from notifications.rendering import Rendered, render_one, template_language
from notifications.threading import last_applicant_message, original_subject, thread_headers
from notifications.wording import long_date, long_datetime
from storage.after_deadline import DecisionLetter, LetterState
from storage.applications import Application, ApplicationStatus
from storage.outbox import MailKind, OutgoingMail

DECISIONS = (ApplicationStatus.SELECTED, ApplicationStatus.REJECTED)
OPEN = (LetterState.DRAFT, LetterState.APPROVED)

# why a rejected application never reached the jury; a letter must not say the jury judged it
NOT_JUDGED_LATE = "late"
NOT_JUDGED_WITHDRAWN = "withdrawn"
NOT_JUDGED_OUTSIDE_REGION = "outside_region"


ZONE_WORDS = {"Europe/Brussels": {"nl": "Brusselse tijd", "fr": "heure de Bruxelles"},
              "Europe/Paris": {"nl": "Parijse tijd", "fr": "heure de Paris"}}


def zone_words(zone: str, language: str) -> str:
    """The call's timezone as an applicant reads it: 'Brusselse tijd'; else its name."""
    return ZONE_WORDS.get(zone, {}).get(language, zone)


def _rejected_from(application: Application) -> str | None:
    """The status the application had before it was rejected (a note added later changes nothing)."""
    for event in reversed(application.events):
        if event.kind != "status_set":
            continue
        previous = event.detail.get("previous")
        if previous != ApplicationStatus.REJECTED:
            return previous
    return None


def not_judged_because(application: Application) -> str:
    """Why the jury never saw this application ("" when it did): late, withdrawn once, or outside the region.

    The jury pack leaves late and withdrawn applications out; the rules' ``outside_region`` rules it out
    of the call. The letter then says what really happened instead of thanking the jury.
    """
    if not application.on_time:
        return NOT_JUDGED_LATE
    if _rejected_from(application) == ApplicationStatus.WITHDRAWN:
        return NOT_JUDGED_WITHDRAWN
    if "outside_region" in (application.problems or []):
        return NOT_JUDGED_OUTSIDE_REGION
    return ""


def shown_state(letter: DecisionLetter, mail: OutgoingMail | None) -> str:
    """A letter's state as a person reads it: once handed to the outbox, its mail's state ('sent', 'failed'...),
    so a sent letter never shows as 'queued'."""
    if letter.state == LetterState.QUEUED and mail is not None:
        return mail.state
    return letter.state


def letters_of(session: Session, application: Application) -> list[DecisionLetter]:
    return list(session.scalars(select(DecisionLetter).where(DecisionLetter.application_id == application.id)
                                .order_by(DecisionLetter.id)))


def _context(settings: Settings, application: Application, decision: str, message_subject: str,
             is_correction: bool) -> dict[str, Any]:
    call = settings.call

    def words(language: str) -> dict[str, Any]:
        return {**call_words(call, language), "signature": call.signature.get(language, ""),
                # by post the postmark counts: a date, no time of day
                "received": long_date(local(call, application.received_at).date(), language)
                if application.channel == "post" else long_datetime(local(call, application.received_at), language),
                "zone": zone_words(str(call.timezone), language)}

    title = application.current_fields().get("project_title")
    contact = application.current_fields().get("contact_name")
    return {
        "reference": application.reference,
        "decision": decision,
        "is_correction": is_correction,
        "not_judged": not_judged_because(application) if decision == ApplicationStatus.REJECTED else "",
        "applicant_name": application.sender_name or (str(contact.value) if contact and contact.value else ""),
        "project_title": str(title.value) if title and title.value else "",
        "original_subject": message_subject,
        "coordinator_address": settings.smtp.coordinator,
        **per_language(words),
    }


def _write(session: Session, settings: Settings, application: Application, decision: str,
           correction_of: DecisionLetter | None, now: datetime) -> DecisionLetter:
    language = template_language(application.language)
    subject = original_subject(last_applicant_message(session, application))
    context = _context(settings, application, decision, subject, correction_of is not None)
    letter = DecisionLetter(
        application_id=application.id, decision=decision, language=language,
        correction_of=correction_of.id if correction_of is not None else None,
        recipient=applicant_address(application),
        subject=" ".join(render_one(settings, f"decision.{language}.subject.j2", context).split()),
        body_text=render_one(settings, f"decision.{language}.txt.j2", context),
        state=LetterState.DRAFT, created_at=now, updated_at=now)
    session.add(letter)
    session.flush()
    return letter


def draft_for(session: Session, settings: Settings, application: Application, now: datetime
              ) -> DecisionLetter | None:
    """Bring one application's letters in line with its decision; returns a new draft, if one was written."""
    letters = letters_of(session, application)
    status = application.effective_status
    sent = [letter for letter in letters if letter.state == LetterState.QUEUED]
    last_sent = sent[-1] if sent else None
    open_letters = [letter for letter in letters if letter.state in OPEN]
    for letter in open_letters:
        if letter.decision != status:
            letter.state, letter.updated_at = LetterState.SUPERSEDED, now
    if status not in DECISIONS or application.anonymised_at is not None or not applicant_address(application):
        return None
    if any(letter.decision == status for letter in open_letters):
        return None  # a draft or an approved letter for this decision is waiting
    if last_sent is not None and last_sent.decision == status:
        return None  # told already
    return _write(session, settings, application, status, last_sent, now)


def draft_letters(session: Session, settings: Settings, now: datetime) -> list[DecisionLetter]:
    """A draft for every decided application that has none for its decision; drafts of changed ones superseded."""
    applications = session.scalars(select(Application).where(Application.call_id == settings.call.call_id)
                                   .order_by(Application.id)).all()
    drafts = []
    for application in applications:
        letter = draft_for(session, settings, application, now)
        if letter is not None:
            drafts.append(letter)
    return drafts


def open_letter(session: Session, application: Application) -> DecisionLetter | None:
    """The application's letter waiting for review or sending (at most one)."""
    return next((letter for letter in reversed(letters_of(session, application)) if letter.state in OPEN), None)


def edit_letter(letter: DecisionLetter, *, subject: str | None, body_text: str | None, actor: str | None,
                now: datetime) -> None:
    """Change an unsent letter; an approved one goes back to draft, since what was approved is not this."""
    if letter.state not in OPEN:
        raise UsageError(f"letter {letter.id} is {letter.state}; only a draft or an approved letter can be edited")
    if subject is not None:
        if not subject.strip() or "\n" in subject:
            raise UsageError("a subject is one line, not empty")
        letter.subject = subject.strip()
    if body_text is not None:
        if not body_text.strip():
            raise UsageError("a letter needs a text")
        letter.body_text = body_text if body_text.endswith("\n") else body_text + "\n"
    letter.state, letter.approved_by, letter.approved_at = LetterState.DRAFT, None, None
    letter.edited_by, letter.updated_at = actor, now


def approve_letter(letter: DecisionLetter, *, actor: str | None, now: datetime) -> bool:
    """Approve a draft; False when it is approved already."""
    if letter.state == LetterState.APPROVED:
        return False
    if letter.state != LetterState.DRAFT:
        raise UsageError(f"letter {letter.id} is {letter.state}; only a draft can be approved")
    letter.state, letter.approved_by, letter.approved_at, letter.updated_at = LetterState.APPROVED, actor, now, now
    return True


def rendered_letter(settings: Settings, letter: DecisionLetter) -> Rendered:
    html = render_one(settings, "letter.html.j2", {"text": letter.body_text, "title": letter.subject,
                                                   "lang": letter.language if letter.language != "bilingual"
                                                   else "nl"})
    return Rendered(subject=letter.subject, text=letter.body_text, html=html)


def send_approved(session: Session, settings: Settings, now: datetime,
                  references: Sequence[str] | None = None) -> list[OutgoingMail]:
    """Queue every approved letter (of ``references``, else all) in the outbox, once, in its thread."""
    query = select(DecisionLetter, Application).join(Application, Application.id == DecisionLetter.application_id
                                                     ).where(DecisionLetter.state == LetterState.APPROVED)
    if references:
        query = query.where(Application.reference.in_(references))
    queued = []
    for letter, application in session.execute(query.order_by(DecisionLetter.id)).all():
        if application.effective_status != letter.decision:
            letter.state, letter.updated_at = LetterState.SUPERSEDED, now  # decided again after approval
            continue
        corrected = session.get(DecisionLetter, letter.correction_of) if letter.correction_of else None
        corrected_mail = session.get(OutgoingMail, corrected.outbox_id) if corrected and corrected.outbox_id else None
        message = last_applicant_message(session, application)
        headers = thread_headers(settings, message, *([corrected_mail.message_id] if corrected_mail else []))
        # a person wrote (or read and approved) this mail: not Auto-Submitted, so replies are welcome
        headers["Auto-Submitted"] = "no"
        row = queue_mail(session, settings, key=f"decision:{application.reference}:letter-{letter.id}",
                         kind=MailKind.DECISION, recipient=letter.recipient, language=letter.language,
                         rendered=rendered_letter(settings, letter), now=now, application_id=application.id,
                         reply_to_message_pk=message.id if message is not None else None, headers=headers)
        letter.state, letter.updated_at = LetterState.QUEUED, now
        if row is not None:
            letter.outbox_id = row.id
            queued.append(row)
    return queued
