"""Erasing personal data (GDPR): one person on request (``intake forget``), or what the call's retention
period ends (``intake purge``, daily in the worker).

Erasure anonymises rather than deletes, so that the counts the coordinator reports stay true: an
application keeps its row (reference, status, channel, dates, language, missing, problems) and the few
field values the totals need (``KEPT_FIELDS``), with ``anonymised_at`` set; a message keeps its row (id,
folder, UID, sha256 of what was, size, arrival time) with status ``erased``. Everything that names or
reaches a person goes: other field values with their history, sender and subject, Message-IDs, file
names, extracted values, the stored raw mail and attachments, our mails to them and mails that mention
them, and personal values in the history.

Files are deleted only once the transaction that erased their rows has committed (a rollback deletes
nothing), and only when no kept row still points at the same bytes. A crash between the commit and the
deletion leaves files that the next ``purge_expired`` sweeps. Every erasure writes one ``audit_log`` row
with counts and references, never the erased values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import Any

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from config.call import CallDefinition
from parsers.field_table import KEPT_WHEN_ANONYMISED, PERSONAL_FIELDS
from storage.after_deadline import DecisionLetter, LetterState
from storage.applications import (
    Application,
    ApplicationEvent,
    ApplicationField,
    ApplicationStatus,
    Document,
    DocumentKind,
)
from storage.attention import AttentionItem, AttentionState
from storage.audit import AuditAction, AuditEntry
from storage.blobs import BlobStore
from storage.brainstorm import BrainstormRequest
from storage.models import Attachment, AttachmentStatus, Message, MessageStatus
from storage.outbox import PENDING, RETRYABLE, OutboxState, OutgoingMail

ERASED = "[erased]"
# the files the coordinator stored for an application (postal, downloaded from a link): no mail holds them
_COORDINATORS_FILES = (DocumentKind.POSTAL, DocumentKind.ADDED)

# Kept (current value only) on an anonymised application. The digest's totals against the pot and per
# municipality are the call's public accounting and must not change when someone is forgotten.
# requested_amount describes a project's budget, not a person, and alone identifies nobody; the
# municipality and country are the level the call reports at (a postcode, finer, goes). Budget lines and
# the total budget go: their descriptions are free text an applicant wrote.
KEPT_FIELDS = KEPT_WHEN_ANONYMISED  # the field table's flag

# Per kind of history entry, the detail keys that hold no personal value; the rest of the detail goes.
_SAFE_EVENT_DETAIL: dict[str, tuple[str, ...]] = {
    "created": ("channel", "on_time"),
    "judged": ("status", "missing", "problems"),
    "status_set": ("previous", "status"),
    "fields_updated": ("fields",),
    "message_joined": ("message", "linked_by", "on_time"),
    "corrected": ("field",),  # not the previous or new value
    "registered_postal": ("postmark",),  # not the file names
    "anonymised": ("reason",),
}
_MIN_MENTION = 5  # shorter names would match unrelated words in other mails


@dataclass
class ErasureReport:
    """What one erasure changed, as counts and references (the audit row and the command's output)."""

    applications: list[str] = field(default_factory=list)  # references
    message_ids: list[int] = field(default_factory=list)  # our row ids
    fields: int = 0  # field rows deleted, history included
    documents: int = 0
    attachments: int = 0
    outbox: int = 0  # our mails to them, blanked
    outbox_mentions: int = 0  # other mails (digests) that mentioned them, blanked
    events: int = 0  # history entries whose detail was cut down
    brainstorm: int = 0  # brainstorm bookings deleted
    blobs: list[tuple[str, str]] = field(default_factory=list)  # (kind, sha256) to delete after the commit
    blobs_deleted: int = 0  # known after the commit

    @property
    def found(self) -> bool:
        return bool(self.applications or self.message_ids or self.outbox or self.blobs or self.brainstorm)

    def counts(self) -> dict[str, int]:
        return {"applications": len(self.applications), "messages": len(self.message_ids),
                "fields": self.fields, "documents": self.documents, "attachments": self.attachments,
                "outbox": self.outbox, "outbox_mentions": self.outbox_mentions, "events": self.events,
                "brainstorm": self.brainstorm, "files": len(self.blobs)}

    def line(self) -> str:
        refs = f" ({', '.join(self.applications)})" if self.applications else ""
        return (f"{len(self.applications)} application(s){refs}, {len(self.message_ids)} message(s), "
                f"{self.fields} field value(s), {self.documents} document(s), {self.attachments} attachment(s), "
                f"{self.outbox} outgoing mail(s) to them, {self.outbox_mentions} mentioning them, "
                f"{self.events} history entr(y/ies), {self.brainstorm} brainstorm booking(s), "
                f"{len(self.blobs)} stored file(s)")


def erase_person(session: Session, blobs: BlobStore, email: str, now: datetime, reason: str, *,
                 actor: str | None = None) -> ErasureReport:
    """Erase one person's personal data, found by their address (sender, or the form's e-mail field).

    Their applications are anonymised as a whole (with follow-ups from other addresses); their messages
    joined to someone else's application are erased and detached from it. Already-erased data is not
    found again, so a second run reports nothing (``report.found`` is False) and changes nothing.
    """
    address = email.strip().lower()
    by_field = {f.application_id for f in session.scalars(
        select(ApplicationField).where(ApplicationField.name == "email"))
        if str(f.value or "").strip().lower() == address}
    applications = list(session.scalars(select(Application).where(
        Application.anonymised_at.is_(None),
        or_(func.lower(Application.sender) == address, Application.id.in_(by_field))).order_by(Application.id)))
    app_ids = [a.id for a in applications]
    # the same person under the other addresses their applications show (sender, form, history)
    addresses = {address} | {a.sender.lower() for a in applications if a.sender} | {
        str(f.value).strip().lower() for a in applications for f in a.fields if f.name == "email" and f.value}
    messages = list(session.scalars(select(Message).where(
        Message.status != MessageStatus.ERASED,
        or_(func.lower(Message.sender).in_(addresses), Message.application_id.in_(app_ids))).order_by(Message.id)))
    report = _erase(session, applications, _with_duplicates(session, messages), now, reason,
                    extra_identifiers=addresses, recipients=addresses)
    _finish(session, blobs, report, AuditAction.FORGET, now, reason, actor)
    return report


def purge_expired(session: Session, blobs: BlobStore, call: CallDefinition, now: datetime, *,
                  actor: str | None = None, reason: str = "retention period ended") -> ErasureReport:
    """Erase what the retention period ends: applications not selected, once ``retention_days_after_close``
    days have passed after the deadline, and set-aside or failed messages that arrived longer ago than that.

    Selected applications (and the messages joined to them) are kept: the grant needs them. Also deletes
    files left behind by an erasure whose process died between its commit and the deletion.
    """
    retention = timedelta(days=call.retention_days_after_close)
    applications: list[Application] = []
    if now >= call.deadline + retention:
        applications = [a for a in session.scalars(select(Application).where(
            Application.call_id == call.call_id, Application.anonymised_at.is_(None)).order_by(Application.id))
            if a.effective_status != ApplicationStatus.SELECTED]
    app_ids = [a.id for a in applications]
    messages = list(session.scalars(select(Message).where(
        Message.status != MessageStatus.ERASED,
        or_(Message.application_id.in_(app_ids),
            Message.status.in_((MessageStatus.SET_ASIDE, MessageStatus.FAILED))
            & (Message.received_at < now - retention))).order_by(Message.id)))
    report = _erase(session, applications, _with_duplicates(session, messages), now, reason,
                    extra_identifiers={m.sender for m in messages}, recipients=set(), spare_kept=True)
    report.blobs.extend(_leftover_blobs(session, blobs, exclude=set(report.blobs)))
    _finish(session, blobs, report, AuditAction.PURGE, now, reason, actor)
    return report


def _with_duplicates(session: Session, messages: list[Message]) -> list[Message]:
    """Resends of the same mail (kept, marked duplicate) hold the same personal data."""
    ids = {m.id for m in messages}
    if not ids:
        return messages
    extra = session.scalars(select(Message).where(Message.duplicate_of_id.in_(ids), Message.id.not_in(ids),
                                                  Message.status != MessageStatus.ERASED))
    return messages + list(extra)


def _identifiers(applications: Iterable[Application]) -> set[str]:
    """What names or reaches the people behind these applications, for finding mentions in our mails."""
    found: set[str] = set()
    for application in applications:
        found.update((application.sender, application.sender_name))
        for row in application.fields:  # history included: an old address is still theirs
            if row.name in PERSONAL_FIELDS and row.value:
                found.add(str(row.value))
    return found


def _erase(session: Session, applications: list[Application], messages: list[Message], now: datetime,
           reason: str, *, extra_identifiers: set[str], recipients: set[str], spare_kept: bool = False
           ) -> ErasureReport:
    """The shared erasure; ``spare_kept`` (purge) leaves alone the mails of applications that stay, even
    when they mention someone purged (the same person's selected project)."""
    report = ErasureReport()
    identifiers = {i.strip().lower() for i in _identifiers(applications) | extra_identifiers if i and i.strip()}
    recipients = {r for r in recipients if r}
    app_ids = {a.id for a in applications}
    for application in applications:
        _anonymise_application(session, application, now, reason, report)
    for message in messages:
        _erase_message(session, message, now, reason, app_ids, report)
    _erase_outbox(session, app_ids, set(report.message_ids), recipients, identifiers, report, spare_kept)
    _erase_letters(session, app_ids, report)
    _erase_attention(session, app_ids, set(report.message_ids), now)
    _erase_brainstorm(session, set(report.message_ids), recipients, report)
    session.flush()
    report.blobs = [blob for blob in dict.fromkeys(report.blobs) if not _still_used(session, *blob)]
    return report


def _erase_brainstorm(session: Session, message_ids: set[int], recipients: set[str], report: ErasureReport) -> None:
    """A brainstorm booking is who asked, where and when: it goes whole (the visit's count is not reported)."""
    if not message_ids and not recipients:
        return
    for booking in session.scalars(select(BrainstormRequest).where(or_(
            BrainstormRequest.message_pk.in_(message_ids), BrainstormRequest.requester.in_(recipients)))):
        session.delete(booking)
        report.brainstorm += 1


def _erase_attention(session: Session, app_ids: set[int], message_ids: set[int], now: datetime) -> None:
    """Attention items say who wrote and what (sender, subject, values): that goes with the person."""
    if not app_ids and not message_ids:
        return
    for item in session.scalars(select(AttentionItem).where(or_(AttentionItem.application_id.in_(app_ids),
                                                                AttentionItem.message_pk.in_(message_ids)))):
        item.summary = "(erased)"
        item.detail = {}
        if item.state == AttentionState.OPEN:
            item.state = AttentionState.RESOLVED
            item.resolved_action = "erased"
            item.resolved_at = now


def _anonymise_application(session: Session, application: Application, now: datetime, reason: str,
                           report: ErasureReport) -> None:
    kept = [f for f in application.fields if f.name in KEPT_FIELDS and f.superseded_at is None]
    report.fields += len(application.fields) - len(kept)
    application.fields = kept  # delete-orphan removes the rest, history included
    application.sender = ""
    application.sender_name = ""
    application.anonymised_at = now
    application.updated_at = now
    for document in application.documents:
        _blank_document(document, report)
        if document.kind in _COORDINATORS_FILES:
            report.blobs.append(("attachments", document.sha256))
    for entry in application.events:
        safe = {k: v for k, v in entry.detail.items() if k in _SAFE_EVENT_DETAIL.get(entry.kind, ())}
        if safe != entry.detail:
            entry.detail = safe
            report.events += 1
    application.events.append(ApplicationEvent(kind="anonymised", at=now, detail={"reason": reason}))
    report.applications.append(application.reference)


def _blank_document(document: Document, report: ErasureReport) -> None:
    if document.filename == ERASED and not document.extracted and document.error is None and not document.links:
        return
    document.filename = ERASED
    document.extracted = {}
    document.error = None  # a parser's message may quote the file's name or content
    document.links = []  # a shared folder's address leads to the applicant's files
    report.documents += 1


def _erase_message(session: Session, message: Message, now: datetime, reason: str, app_ids: set[int],
                   report: ErasureReport) -> None:
    message.sender = ""
    message.subject = ""
    message.message_id = None
    message.date_header = None
    message.status = MessageStatus.ERASED
    message.error = f"personal data erased ({reason}) on {now.date().isoformat()}"
    report.blobs.append(("raw", message.sha256))
    for attachment in message.attachments:
        attachment.filename = ERASED
        attachment.original_filename = None
        report.attachments += 1
        if attachment.status != AttachmentStatus.TOO_LARGE:
            report.blobs.append(("attachments", attachment.sha256))
    detach = message.application_id is not None and message.application_id not in app_ids
    for document in session.scalars(select(Document).where(Document.message_pk == message.id)):
        _blank_document(document, report)
        if detach:
            document.application_id = None
    if detach:
        # their mail joined to someone else's application: that application keeps its own data only
        message.application_id = None
    report.message_ids.append(message.id)


def _mentions(texts: Iterable[Any], identifiers: set[str]) -> bool:
    needles = [i for i in identifiers if len(i) >= _MIN_MENTION or "@" in i]
    haystack = "\n".join(str(t) for t in texts if t).lower()
    return any(needle in haystack for needle in needles)


def _erase_outbox(session: Session, app_ids: set[int], message_ids: set[int], recipients: set[str],
                  identifiers: set[str], report: ErasureReport, spare_kept: bool) -> None:
    for row in session.scalars(select(OutgoingMail).order_by(OutgoingMail.id)):
        to_them = (row.application_id in app_ids or row.in_reply_to_message_pk in message_ids
                   or parseaddr(row.recipient)[1].lower() in recipients)
        if to_them:
            row.recipient = ""
            row.headers = {}  # In-Reply-To and References carry their Message-IDs
            report.outbox += 1
        elif spare_kept and row.application_id is not None:
            continue
        elif _mentions((row.subject, row.body_text, row.body_html, row.last_error, row.attachments),
                       identifiers | recipients):
            report.outbox_mentions += 1  # a digest: the coordinator keeps the row, not its text
        else:
            continue
        row.subject = ERASED
        row.body_text = ERASED
        row.body_html = None
        row.attachments = []
        row.last_error = ERASED if row.last_error else None
        if row.state in PENDING or row.state in RETRYABLE:
            row.state = OutboxState.SUPPRESSED  # never send a blanked mail, nor to nobody


def _erase_letters(session: Session, app_ids: set[int], report: ErasureReport) -> None:
    """Decision letters (drafts included) are mails to them: counted with the outbox, blanked the same way."""
    for letter in session.scalars(select(DecisionLetter).where(DecisionLetter.application_id.in_(app_ids))):
        if letter.recipient == "" and letter.body_text == ERASED:
            continue
        letter.recipient, letter.subject, letter.body_text = "", ERASED, ERASED
        letter.edited_by = letter.approved_by = None
        if letter.state in (LetterState.DRAFT, LetterState.APPROVED):
            letter.state = LetterState.SUPERSEDED  # never sent to nobody
        report.outbox += 1


def _still_used(session: Session, kind: str, sha256: str) -> bool:
    """Whether a kept row still points at these bytes (the same form sent by two applicants)."""
    if kind == "raw":
        return session.scalar(select(Message.id).where(
            Message.sha256 == sha256, Message.status != MessageStatus.ERASED).limit(1)) is not None
    in_mail = session.scalar(select(Attachment.id).join(Message).where(
        Attachment.sha256 == sha256, Message.status != MessageStatus.ERASED).limit(1))
    by_post = session.scalar(select(Document.id).join(Application).where(
        Document.kind.in_(_COORDINATORS_FILES), Document.sha256 == sha256,
        Application.anonymised_at.is_(None)).limit(1))
    return in_mail is not None or by_post is not None


def _leftover_blobs(session: Session, blobs: BlobStore, exclude: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Files of erased rows that are still on disk (the process died after the commit)."""
    candidates: set[tuple[str, str]] = set()
    for sha256 in session.scalars(select(Message.sha256).where(Message.status == MessageStatus.ERASED)):
        candidates.add(("raw", sha256))
    erased_attachments = select(Attachment.sha256).join(Message).where(Message.status == MessageStatus.ERASED)
    for sha256 in session.scalars(erased_attachments):
        candidates.add(("attachments", sha256))
    for sha256 in session.scalars(select(Document.sha256).join(Application).where(
            Document.kind.in_(_COORDINATORS_FILES), Application.anonymised_at.is_not(None))):
        candidates.add(("attachments", sha256))
    return sorted(blob for blob in candidates - exclude
                  if blobs.exists(*blob) and not _still_used(session, *blob))


def _finish(session: Session, blobs: BlobStore, report: ErasureReport, action: str, now: datetime, reason: str,
            actor: str | None) -> None:
    if not report.found:
        return
    session.add(AuditEntry(at=now, action=action, actor=actor, reason=reason, counts=report.counts(),
                           applications=list(report.applications), message_ids=list(report.message_ids)))
    session.flush()
    settled = {"done": False}

    def after_commit(_session: Session) -> None:
        if not settled["done"]:
            settled["done"] = True
            report.blobs_deleted = sum(blobs.delete(kind, sha256) for kind, sha256 in report.blobs)

    def after_rollback(_session: Session) -> None:
        settled["done"] = True  # nothing was erased, so nothing is deleted

    event.listen(session, "after_commit", after_commit, once=True)
    event.listen(session, "after_rollback", after_rollback, once=True)
