"""From a stored message to an application: parse, classify, link or create, judge, queue the receipt.

This is the processing step of the cycle (see intake/processing.py for retries) and the engine of
``intake reprocess``; both read only what is stored (raw message, attachments), never the mailbox.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.faults import checkpoint
from intake.applications import linking as apps
from intake.applications.rules import on_time_by_arrival
from intake.runtime import Runtime
from intake.worker.sandbox import ParseJob
from notifications.bounces import handle_bounce
from notifications.loop_safety import own_addresses
from notifications.receipts import queue_receipt
from parsers import PARSER_VERSION, ParsedDocument, field_to_json
from parsers.classify import MessageKind, classify
from parsers.envelope import read_envelope_stream
from parsers.model import ParseStatus
from storage.applications import Application, Document, DocumentKind
from storage.models import AttachmentStatus, Message, MessageStatus

MAX_BOUNCE_BYTES = 5 * 1024 * 1024
TOO_LARGE_REASON = "over the attachment size limit ([storage] max_attachment_mb): kept in the raw message only"


@dataclass(frozen=True)
class ParsedPart:
    part_index: int  # 0: the body
    kind: str  # "body" or "attachment"
    filename: str
    sha256: str
    size: int
    parsed: ParsedDocument


def parse_parts(runtime: Runtime, message: Message) -> list[ParsedPart]:
    """Parse the body and every stored attachment of a message, each in the sandbox, from stored bytes."""
    body = runtime.parser.parse(ParseJob("body", str(runtime.blobs.path("raw", message.sha256)), "(body)"),
                                "text/plain")
    parts = [ParsedPart(0, DocumentKind.BODY, body.filename, message.sha256, len(body.text.encode()), body)]
    for attachment in message.attachments:
        if attachment.status == AttachmentStatus.TOO_LARGE:
            parsed = ParsedDocument(filename=attachment.filename, content_type=attachment.sniffed_type,
                                    parse_status=ParseStatus.TOO_LARGE, error=TOO_LARGE_REASON, language=None)
        else:
            job = ParseJob("document", str(runtime.blobs.path("attachments", attachment.sha256)),
                           attachment.filename, runtime.settings.max_attachment_bytes)
            parsed = runtime.parser.parse(job, attachment.sniffed_type)
        parts.append(ParsedPart(attachment.part_index, DocumentKind.ATTACHMENT, attachment.filename, attachment.sha256,
                                attachment.size, parsed))
    return parts


def extracted(parsed: ParsedDocument) -> dict:
    """A parse's fields as stored on its document: {field: {value, source, confidence}}."""
    return {name: field_to_json(field) for name, field in sorted(parsed.fields.items())}


def store_documents(session: Session, application: Application, message: Message, parts: list[ParsedPart],
                    now) -> list[Document]:
    """Create or update the document rows of a message; an unchanged parse writes nothing."""
    existing = {d.part_index: d for d in session.scalars(select(Document).where(Document.message_pk == message.id))}
    documents = []
    for part in parts:
        values = dict(kind=part.kind, filename=part.filename, sha256=part.sha256, size=part.size,
                      content_type=part.parsed.content_type, parse_status=part.parsed.parse_status,
                      error=part.parsed.error, language=part.parsed.language, extracted=extracted(part.parsed),
                      parser_version=PARSER_VERSION)
        document = existing.get(part.part_index)
        if document is None:
            document = Document(message_pk=message.id, part_index=part.part_index, parsed_at=now, **values)
            application.documents.append(document)
        else:
            if document.application_id != application.id:
                document.application_id = application.id
            if any(getattr(document, key) != value for key, value in values.items()):
                for key, value in values.items():
                    setattr(document, key, value)
                document.parsed_at = now
        documents.append(document)
    session.flush()
    return documents


def take_in(runtime: Runtime, session: Session, message: Message) -> None:
    """The processing step: one stored message becomes (part of) an application, or is set aside."""
    settings = runtime.settings
    call = settings.call
    # headers only: the body and the attachments are read by the sandboxed parser, from their files
    with runtime.blobs.open("raw", message.sha256) as stream:
        envelope, content_type = read_envelope_stream(stream)
    parts = parse_parts(runtime, message)
    checkpoint("after_parse")
    now = runtime.clock()

    classification = classify(envelope, content_type=content_type,
                              has_text=bool(parts[0].parsed.text.strip()), attachment_count=len(message.attachments),
                              own_addresses=own_addresses(settings))
    if classification.kind == MessageKind.EMPTY and message.error:
        # nothing readable because the structure is broken (kept whole in the raw message): a human looks
        message.classification = classification.kind
        message.status = MessageStatus.FAILED
        message.error = f"nothing readable: {message.error}"
        return
    if classification.kind != MessageKind.APPLICATION:
        message.classification = classification.kind
        message.status = MessageStatus.SET_ASIDE
        message.error = classification.reason + (f"; {message.error}" if message.error else "")
        # a delivery report is a few KB; anything claiming to be one at megabytes is not read whole
        if classification.kind == MessageKind.BOUNCE and message.size <= MAX_BOUNCE_BYTES:
            handle_bounce(session, runtime.blobs.get("raw", message.sha256), now=now)
        return

    apps.lock_call(session, call)
    application, linked_by = apps.find_application(
        session, call, subject=envelope.subject, in_reply_to=envelope.in_reply_to,
        references=envelope.references, sender=envelope.sender)
    if application is None:
        application = apps.create_application(
            session, call, channel="email", received_at=message.received_at,
            on_time=on_time_by_arrival(message.received_at, call), sender=envelope.sender,
            sender_name=envelope.sender_name, now=now)
        message.classification = MessageKind.APPLICATION
    else:
        message.classification = MessageKind.FOLLOW_UP
        apps.record_event(application, "message_joined", now, message=message.id, linked_by=linked_by,
                          on_time=on_time_by_arrival(message.received_at, call))
    message.application_id = application.id
    store_documents(session, application, message, parts, now)
    apps.rebuild_fields(session, application, now)
    apps.apply_rules(application, call, now)
    session.flush()
    checkpoint("after_application_update")
    queue_receipt(session, settings, application, message, now=now, envelope=envelope)


def refresh_application(runtime: Runtime, session: Session, application: Application) -> None:
    """Re-parse an application's stored documents and judge it again (``intake reprocess``)."""
    now = runtime.clock()
    messages = session.scalars(select(Message).where(Message.application_id == application.id)
                               .order_by(Message.id))
    for message in messages:
        store_documents(session, application, message, parse_parts(runtime, message), now)
    apps.rebuild_fields(session, application, now)
    apps.apply_rules(application, runtime.settings.call, now)
