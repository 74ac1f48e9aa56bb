"""Applications: creating them with a stable reference, linking follow-ups, and keeping their fields.

Fields are rebuilt from the application's documents in arrival order by one function,
``rebuild_fields``, used both when a message joins and by ``intake reprocess``: a newer document's value
replaces an older one unless it comes from a weaker source (a body's guess never overrides a form's
box). Only values that change are written, each as a new row that supersedes the old one, so the table
is the history and a rebuild on unchanged data writes nothing. A coordinator's correction is never
superseded by extraction.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session

from config.call import CallDefinition
from intake.applications import rules
from parsers.merge import choose_values, language_of, merge_fields
from parsers.model import FieldValue, ParsedDocument, ParseStatus
from storage.applications import (
    Application,
    ApplicationEvent,
    ApplicationField,
    ApplicationStatus,
    Document,
    DocumentKind,
)
from storage.models import Message
from storage.outbox import OutgoingMail
from storage.records import to_check

COORDINATOR = "coordinator"
LANGUAGE = "language"  # a coordinator's choice of the application's language, kept as a field so it lasts
EXTRACTION = "extraction"


def reference_pattern(call: CallDefinition) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(call.reference_prefix)}-(\d{{3,6}})\b", re.IGNORECASE)


def record_event(application: Application, kind: str, now: datetime, **detail: Any) -> None:
    application.events.append(ApplicationEvent(kind=kind, at=now, detail=detail))


def lock_call(session: Session, call: CallDefinition) -> None:
    """Serialise linking and creating applications of one call across workers, until this transaction ends.

    Two workers taking two mails of one applicant at the same moment would otherwise each find no
    application and create two. PostgreSQL: a transaction-level advisory lock (parsing is done before, so
    the locked stretch is short). SQLite: every transaction already holds the write lock from its start.
    """
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(f"intake-call:{call.call_id}".encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def create_application(session: Session, call: CallDefinition, *, channel: str, received_at: datetime,
                       on_time: bool, sender: str, sender_name: str, now: datetime) -> Application:
    """A new application with the next reference of the call (MWB-2019-007)."""
    for _attempt in range(20):
        sequence = (session.scalar(select(func.max(Application.sequence))
                                   .where(Application.call_id == call.call_id)) or 0) + 1
        application = Application(
            reference=f"{call.reference_prefix}-{sequence:03d}", call_id=call.call_id, sequence=sequence,
            channel=channel, status=ApplicationStatus.RECEIVED, received_at=received_at, on_time=on_time,
            sender=sender, sender_name=sender_name, missing=[], problems=[], created_at=now, updated_at=now)
        try:
            # another worker may take the same number at the same moment: the unique key decides
            with session.begin_nested():
                session.add(application)
                session.flush()
        except IntegrityError:
            continue
        record_event(application, "created", now, channel=channel, on_time=on_time)
        return application
    raise RuntimeError("could not allocate an application reference")


def find_application(session: Session, call: CallDefinition, *, subject: str, in_reply_to: str | None,
                     references: Iterable[str], sender: str) -> tuple[Application | None, str]:
    """The application a message belongs to, and how we know: reference, thread, or sender."""
    pattern = reference_pattern(call)
    thread_ids = [i for i in (in_reply_to, *references) if i]
    for linked_text in (subject, *thread_ids):
        for match in pattern.finditer(linked_text or ""):
            reference = f"{call.reference_prefix}-{match.group(1)}"
            application = session.scalar(select(Application).where(
                func.upper(Application.reference) == reference.upper(), Application.call_id == call.call_id))
            # an erased application takes nothing new: it would bring the erased person's data back
            if application is not None and application.anonymised_at is None:
                return application, "reference"
    if thread_ids:
        # a reply to an earlier message of the applicant's, or to one of our receipts
        application_id = session.scalar(select(Message.application_id).where(
            Message.message_id.in_(thread_ids), Message.application_id.is_not(None)).limit(1))
        if application_id is None:
            application_id = session.scalar(select(OutgoingMail.application_id).where(
                OutgoingMail.message_id.in_(thread_ids), OutgoingMail.application_id.is_not(None)).limit(1))
        if application_id is not None:
            application = session.get(Application, application_id)
            if application is not None and application.call_id == call.call_id and application.anonymised_at is None:
                return application, "thread"
    if sender:
        application = session.scalar(select(Application).where(
            Application.call_id == call.call_id, func.lower(Application.sender) == sender.lower(),
            Application.anonymised_at.is_(None)).order_by(Application.id).limit(1))
        if application is not None:
            return application, "sender"
    return None, ""


def _document_order(session: Session, application: Application) -> list[Document]:
    arrivals = dict(session.execute(
        select(Message.id, Message.received_at).where(Message.application_id == application.id)).all())
    # a file the coordinator added came after the mails it completes: its values win a tie with theirs
    return sorted(application.documents,
                  key=lambda d: (d.parsed_at if d.kind == DocumentKind.ADDED
                                 else arrivals.get(d.message_pk, application.received_at),
                                 d.message_pk or 0, d.part_index, d.id))


def target_values(documents: Iterable[Document]) -> dict[str, tuple[dict[str, Any], Document]]:
    """The stored documents (in arrival order) merged by the parsers' one merge (``parsers.merge``), each
    value with the document that gave it: the same values, equally sure, as ``intake extract`` gives."""
    parsed = [document for document in documents if document.parse_status == ParseStatus.PARSED]
    chosen = choose_values((name, field["source"], (field, document)) for document in parsed
                           for name, field in sorted(document.extracted.items()))
    # the merge's rules over the whole message (a contact the mail names given name first, a forwarder's
    # From address that names nobody of the form to check) read the stored values as they are
    merged = merge_fields([ParsedDocument(document.filename, document.content_type, ParseStatus.PARSED, None,
                                          document.language, {name: FieldValue(name, field["value"], field["source"],
                                                                               field["confidence"])
                                                              for name, field in document.extracted.items()})
                           for document in parsed])
    for name, value in merged.items():
        field, document = chosen[name]
        as_merged = {"value": value.value, "source": value.source, "confidence": round(float(value.confidence), 2)}
        if as_merged != {key: field[key] for key in ("value", "source", "confidence")}:
            giver = next((other for other in parsed if (other.extracted.get(name) or {}).get("value") == value.value
                          and other.extracted[name].get("source") == value.source), document)
            chosen[name] = (as_merged, giver)
    return chosen


def rebuild_fields(session: Session, application: Application, now: datetime) -> list[str]:
    """Bring the current extracted values in line with the documents; returns the names that changed."""
    current = application.current_fields()
    changed = []
    for name, (field, document) in target_values(_document_order(session, application)).items():
        existing = current.get(name)
        if existing is not None and existing.set_by == COORDINATOR:
            continue
        if existing is not None and existing.value == field["value"] and existing.source == field["source"]:
            continue
        if existing is not None:
            existing.superseded_at = now
        application.fields.append(ApplicationField(
            name=name, value=field["value"], source=field["source"], confidence=field["confidence"],
            document_id=document.id, set_by=EXTRACTION, created_at=now))
        changed.append(name)
    if changed:
        record_event(application, "fields_updated", now, fields=sorted(changed))
    return changed


def values_of(application: Application) -> dict[str, Any]:
    return {name: field.value for name, field in application.current_fields().items()}


def _language(application: Application) -> str | None:
    session = object_session(application)
    documents = application.documents if session is None else _document_order(session, application)
    return language_of((d.language, d.kind == DocumentKind.BODY) for d in documents
                       if d.parse_status == ParseStatus.PARSED)


def _document_statuses(application: Application) -> list[str]:
    attachments = [d for d in application.documents if d.kind != DocumentKind.BODY]
    readable = any(d.parse_status == ParseStatus.PARSED for d in attachments)
    statuses = []
    for document in attachments:
        # a logo in a signature is not an unreadable application; a photo of the form, alone, is
        if document.content_type.startswith("image/") and readable:
            continue
        statuses.append(document.parse_status)
    return statuses


def apply_rules(application: Application, call: CallDefinition, now: datetime) -> bool:
    """Judge the application again; True when status, missing or problems changed."""
    verdict = rules.evaluate(values_of(application), on_time=application.on_time,
                             document_statuses=_document_statuses(application), call=call,
                             unsure=to_check(application))
    chosen = application.current_fields().get(LANGUAGE)
    language = str(chosen.value) if chosen is not None else (_language(application) or application.language)
    before = (application.status, list(application.missing), list(application.problems), application.language)
    application.missing = list(verdict.missing)
    application.problems = list(verdict.problems)
    application.status = verdict.status
    application.language = language
    after = (application.status, list(application.missing), list(application.problems), application.language)
    if after != before:
        application.updated_at = now
        record_event(application, "judged", now, status=verdict.status, missing=list(verdict.missing),
                     problems=list(verdict.problems))
        return True
    return False


def set_coordinator_field(application: Application, name: str, value: Any, now: datetime, *,
                          by: str | None = None, source: str = COORDINATOR) -> None:
    """A coordinator's correction: it wins over extraction from now on and stays in the history.

    ``by`` (the console's account, or the OS user of the CLI) goes into the history entry.
    """
    existing = application.current_fields().get(name)
    if existing is not None:
        existing.superseded_at = now
    application.fields.append(ApplicationField(
        name=name, value=value, source=source, confidence=1.0, document_id=None, set_by=COORDINATOR,
        created_at=now))
    application.updated_at = now
    extra = {"by": by} if by else {}
    record_event(application, "corrected", now, field=name,
                 previous=None if existing is None else existing.value, value=value, **extra)


def set_coordinator_status(application: Application, status: str | None, now: datetime, *,
                           by: str | None = None, note: str = "") -> None:
    previous = application.effective_status
    application.coordinator_status = status
    application.updated_at = now
    extra = {key: value for key, value in (("by", by), ("note", note)) if value}
    record_event(application, "status_set", now, previous=previous, status=application.effective_status, **extra)


def find_by_reference(session: Session, reference: str) -> Application | None:
    return session.scalar(select(Application).where(
        or_(Application.reference == reference, func.upper(Application.reference) == reference.upper())))
