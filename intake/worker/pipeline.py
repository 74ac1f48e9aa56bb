"""From a stored message to an application: parse, classify, link or create, judge, queue the receipt.

In two steps, so that no transaction is open while documents are parsed (on SQLite every transaction
holds the database's one write lock, and a parse may take up to ``[parsing] timeout_seconds`` per
document): ``read_message`` reads the stored bytes and parses them in the sandbox with no session open,
and ``take_in`` applies the result in one short transaction. This is the processing step of the cycle
(see intake/worker/processing.py for the claim and the retries) and the engine of ``intake reprocess``;
both read only what is stored (raw message, attachments), never the mailbox.
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
from parsers.classify import Classification, MessageKind, classify
from parsers.envelope import Envelope, read_envelope_stream
from parsers.model import ParseStatus
from storage.applications import Application, Document, DocumentKind
from storage.models import AttachmentStatus, Message, MessageStatus

MAX_BOUNCE_BYTES = 5 * 1024 * 1024
TOO_LARGE_REASON = "over the attachment size limit ([storage] max_attachment_mb): kept in the raw message only"


@dataclass(frozen=True)
class StoredAttachment:
    part_index: int
    filename: str
    sniffed_type: str
    sha256: str
    size: int
    too_large: bool


@dataclass(frozen=True)
class StoredMessage:
    """What parsing needs of a message row: read in a short transaction, used after it has ended."""

    id: int
    sha256: str
    size: int
    attachments: tuple[StoredAttachment, ...]

    @classmethod
    def of(cls, message: Message) -> StoredMessage:
        return cls(message.id, message.sha256, message.size, tuple(
            StoredAttachment(a.part_index, a.filename, a.sniffed_type, a.sha256, a.size,
                             a.status == AttachmentStatus.TOO_LARGE) for a in message.attachments))


@dataclass(frozen=True)
class ParsedPart:
    part_index: int  # 0: the body
    kind: DocumentKind
    filename: str
    sha256: str
    size: int
    parsed: ParsedDocument


@dataclass(frozen=True)
class MessageReading:
    """A stored message read, parsed and classified with no session open: all that ``take_in`` needs."""

    envelope: Envelope
    parts: tuple[ParsedPart, ...]
    classification: Classification
    bounce_raw: bytes | None  # the raw report of a bounce small enough to read whole


def parse_parts(runtime: Runtime, message: StoredMessage) -> tuple[ParsedPart, ...]:
    """Parse the body and every stored attachment of a message, each in the sandbox, from stored bytes."""
    body = runtime.parser.parse(ParseJob("body", str(runtime.blobs.path("raw", message.sha256)), "(body)"),
                                "text/plain")
    parts = [ParsedPart(0, DocumentKind.BODY, body.filename, message.sha256, len(body.text.encode()), body)]
    # the attachments are read side by side up to the cores (a scan and a photo: their OCR in parallel)
    readable = [attachment for attachment in message.attachments if not attachment.too_large]
    jobs = [ParseJob("document", str(runtime.blobs.path("attachments", attachment.sha256)), attachment.filename,
                     runtime.settings.max_attachment_bytes) for attachment in readable]
    read = dict(zip((id(attachment) for attachment in readable),
                    runtime.parser.parse_many(jobs, [attachment.sniffed_type for attachment in readable]),
                    strict=True))
    for attachment in message.attachments:
        if attachment.too_large:
            parsed = ParsedDocument(filename=attachment.filename, content_type=attachment.sniffed_type,
                                    parse_status=ParseStatus.TOO_LARGE, error=TOO_LARGE_REASON, language=None)
        else:
            parsed = read[id(attachment)]
        parts.append(ParsedPart(attachment.part_index, DocumentKind.ATTACHMENT, attachment.filename, attachment.sha256,
                                attachment.size, parsed))
    return tuple(parts)


def read_message(runtime: Runtime, message: StoredMessage) -> MessageReading:
    """Read and parse one stored message. Opens no database session: call it with none open."""
    # headers only: the body and the attachments are read by the sandboxed parser, from their files
    with runtime.blobs.open("raw", message.sha256) as stream:
        envelope, content_type = read_envelope_stream(stream)
    parts = parse_parts(runtime, message)
    classification = classify(envelope, content_type=content_type,
                              has_text=bool(parts[0].parsed.text.strip()), attachment_count=len(message.attachments),
                              own_addresses=own_addresses(runtime.settings))
    # a delivery report is a few KB; anything claiming to be one at megabytes is not read whole
    bounce_raw = (runtime.blobs.get("raw", message.sha256)
                  if classification.kind == MessageKind.BOUNCE and message.size <= MAX_BOUNCE_BYTES else None)
    return MessageReading(envelope, parts, classification, bounce_raw)


def extracted(parsed: ParsedDocument) -> dict:
    """A parse's fields as stored on its document: {field: {value, source, confidence}}."""
    return {name: field_to_json(field) for name, field in sorted(parsed.fields.items())}


def store_documents(session: Session, application: Application, message: Message,
                    parts: tuple[ParsedPart, ...], now) -> list[Document]:
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


def take_in(runtime: Runtime, session: Session, message: Message, reading: MessageReading) -> None:
    """The apply of the processing step: one read message becomes (part of) an application, or is set aside.

    Runs in the caller's transaction and parses nothing, so the transaction stays short."""
    settings = runtime.settings
    call = settings.call
    envelope, classification = reading.envelope, reading.classification
    now = runtime.clock()
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
        if reading.bounce_raw is not None:
            handle_bounce(session, reading.bounce_raw, now=now)
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
    store_documents(session, application, message, reading.parts, now)
    apps.rebuild_fields(session, application, now)
    apps.apply_rules(application, call, now)
    session.flush()
    checkpoint("after_application_update")
    queue_receipt(session, settings, application, message, now=now, envelope=envelope)


def refresh_application(runtime: Runtime, application_id: int) -> bool:
    """Parse an application's stored documents again and judge it again (``intake reprocess``).

    Like processing: the messages are listed in one short transaction, parsed with none open, and the
    documents, fields and rules written in one more. False when the application is gone or anonymised
    (no stored mail is left to read), before or while its documents were parsed."""
    with runtime.db.session() as session:
        application = session.get(Application, application_id)
        if application is None or application.anonymised_at is not None:
            return False
        stored = [StoredMessage.of(message) for message in session.scalars(
            select(Message).where(Message.application_id == application_id).order_by(Message.id))]
    parsed = {message.id: parse_parts(runtime, message) for message in stored}
    with runtime.db.session() as session:
        application = session.get(Application, application_id)
        if application is None or application.anonymised_at is not None:
            return False
        now = runtime.clock()
        current = {message.id: message for message in session.scalars(
            select(Message).where(Message.application_id == application_id))}
        for message in stored:
            row = current.get(message.id)
            if row is not None and row.sha256 == message.sha256:  # else moved or erased meanwhile
                store_documents(session, application, row, parsed[message.id], now)
        apps.rebuild_fields(session, application, now)
        apps.apply_rules(application, runtime.settings.call, now)
    return True
