"""From a stored message to an application: parse, classify, link or create, judge, queue the receipt.

In two steps, so that no transaction is open while documents are parsed (on SQLite every transaction
holds the database's one write lock, and a parse may take up to ``[parsing] timeout_seconds`` per
document): ``read_message`` reads the stored bytes and parses them in the sandbox with no session open,
and ``take_in`` applies the result in one short transaction. This is the processing step of the cycle
(see intake/worker/processing.py for the claim and the retries) and the engine of ``intake reprocess``;
both read only what is stored (raw message, attachments), never the mailbox.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.faults import checkpoint
from intake.applications import attention
from intake.applications import linking as apps
from intake.applications.resends import Resemblance, asks_about_its_own_file, resembling
from intake.applications.rule_items import sync_rule_items
from intake.applications.rules import on_time_by_arrival
from intake.runtime import Runtime
from intake.worker.sandbox import ParseJob
from notifications.bounces import handle_bounce
from notifications.brainstorm import queue_brainstorm
from notifications.loop_safety import own_addresses
from notifications.receipts import queue_receipt
from parsers import PARSER_VERSION, ParsedDocument, field_to_json
from parsers.classify import Classification, MessageKind, classify
from parsers.confidence import REVIEW_THRESHOLD
from parsers.email_body import forwarded
from parsers.envelope import Envelope, read_envelope_stream
from parsers.intent import (
    Intent,
    Judgement,
    MailFacts,
    OnFile,
    differences,
    judge,
    looks_english,
    questions,
    quoted,
    short_text_language,
)
from parsers.merge import as_one_message, merge_fields
from parsers.model import SIGNATURE_MARK, ParseStatus
from parsers.places import fold
from parsers.shared_links import SharedLink, shared_links
from storage.applications import BY_COORDINATOR, Application, Document, DocumentKind
from storage.models import AttachmentStatus, Message, MessageStatus

MAX_BOUNCE_BYTES = 5 * 1024 * 1024
REPLY = "reply"  # the source of a value the applicant changed by mail
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
    own = own_addresses(runtime.settings)
    coordinator = own | envelope.recipients
    parsed = parse_parts(runtime, message)
    parts = tuple(replace(part, parsed=document) for part, document
                  in zip(parsed, as_one_message([part.parsed for part in parsed], coordinator), strict=True))
    classification = classify(envelope, content_type=content_type,
                              has_text=bool(parts[0].parsed.text.strip()), attachment_count=len(message.attachments),
                              own_addresses=own)
    # a delivery report is a few KB; anything claiming to be one at megabytes is not read whole
    bounce_raw = (runtime.blobs.get("raw", message.sha256)
                  if classification.kind == MessageKind.BOUNCE and message.size <= MAX_BOUNCE_BYTES else None)
    return MessageReading(envelope, parts, classification, bounce_raw)


def extracted(parsed: ParsedDocument) -> dict:
    """A parse's fields as stored on its document: {field: {value, source, confidence}}."""
    return {name: field_to_json(field) for name, field in sorted(parsed.fields.items())}


def store_documents(session: Session, application: Application | None, message: Message,
                    parts: tuple[ParsedPart, ...], now) -> list[Document]:
    """Create or update the document rows of a message; an unchanged parse writes nothing.

    ``application`` None: the documents are kept with the message only, until the coordinator settles
    where it belongs (an attention item); ``attach_documents`` moves them then."""
    existing = {d.part_index: d for d in session.scalars(select(Document).where(Document.message_pk == message.id))}
    documents = []
    for part in parts:
        values = dict(kind=part.kind, filename=part.filename, sha256=part.sha256, size=part.size,
                      content_type=part.parsed.content_type, parse_status=part.parsed.parse_status,
                      error=part.parsed.error, language=part.parsed.language, extracted=extracted(part.parsed),
                      parser_version=PARSER_VERSION,
                      links=[link.url for link in own_links(part.parsed)] if part.kind == DocumentKind.BODY else [])
        document = existing.get(part.part_index)
        if document is None:
            document = Document(message_pk=message.id, part_index=part.part_index, parsed_at=now, **values)
            if application is not None:
                application.documents.append(document)
            else:
                session.add(document)
        else:
            if application is not None and document.application_id != application.id:
                document.application_id = application.id
            if any(getattr(document, key) != value for key, value in values.items()):
                for key, value in values.items():
                    setattr(document, key, value)
                document.parsed_at = now
        documents.append(document)
    session.flush()
    return documents


def own_links(body: ParsedDocument) -> tuple[SharedLink, ...]:
    """The links to shared files in the mail's own words, not its signature (a club's Drive of photos or a
    town's SharePoint page under every mail it sends)."""
    return shared_links(body.text.split(SIGNATURE_MARK, 1)[0])


def mail_facts(reading: MessageReading, own: frozenset[str] = frozenset()) -> MailFacts:
    """What the judgement reads of a message: its subject, own words and the values it brings."""
    merged = merge_fields([part.parsed for part in reading.parts])
    values = {name: field_to_json(value)["value"] for name, value in merged.items()}
    form_attached = any(part.kind == DocumentKind.ATTACHMENT and part.parsed.parse_status == ParseStatus.PARSED
                        and part.parsed.fields for part in reading.parts)
    return MailFacts(subject=reading.envelope.subject, text=reading.parts[0].parsed.text, values=values,
                     attachment_count=sum(1 for part in reading.parts if part.kind == DocumentKind.ATTACHMENT
                                          and not part.parsed.content_type.startswith("image/")),
                     form_attached=form_attached, shared_links=len(own_links(reading.parts[0].parsed)),
                     sources={name: value.source for name, value in merged.items()},
                     in_copy=reading.envelope.in_copy(own), to_others=reading.envelope.to_others(own),
                     to_self=reading.envelope.to_self(own))


def take_in(runtime: Runtime, session: Session, message: Message, reading: MessageReading) -> None:
    """The apply of the processing step: one read message becomes (part of) an application, or is set aside.

    Runs in the caller's transaction and parses nothing, so the transaction stays short. What a person
    wrote is judged (parsers/intent.py); intake acts only on a judgement at or above the review
    threshold, and otherwise keeps the message and its documents for the coordinator's attention list."""
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
        if reading.bounce_raw is not None and handle_bounce(session, reading.bounce_raw, now=now):
            attention.open_item(session, "bounced", f"a mail of ours did not arrive: {classification.reason} "
                                f"({envelope.subject!r})", now, message=message)
        return
    opens = answering_from(settings)
    if opens is not None and message.received_at < opens and not attention.settled_with(
            session, "before_call", message, "answer"):
        hold(session, message, reading, now, kind="before_call", classification="before_call",
             summary=f"from {envelope.sender or '(no sender)'}, {envelope.subject!r}: arrived "
                     f"{brussels(message.received_at, call)}, before the call opened ({brussels(opens, call)}); "
                     "stored, not answered, no application",
             detail={"from": envelope.sender, "subject": envelope.subject})
        return

    apps.lock_call(session, call)
    application, linked_by = apps.find_application(
        session, call, subject=envelope.subject, in_reply_to=envelope.in_reply_to,
        references=envelope.references, sender=envelope.sender)
    own = own_addresses(settings)
    facts = mail_facts(reading, own)
    named = str(facts.values.get("email") or "").lower()
    if application is None and named and named != envelope.sender and named not in own \
            and forwarded(envelope.subject):
        # from an address we do not know, forwarding the mail of one we do (an applicant resending from a
        # private address, a colleague passing an application on): judged against that file, as a mail that is
        # no reply; the same mail joins it, what else it says is asked (parsers/intent.py). Only a forward: a
        # review found a neighbour's objection, an alderman's advice and another group's idea that named an
        # applicant's address joined to that application
        application, linked_by = apps.find_application(session, call, subject="", in_reply_to=None, references=(),
                                                       sender=named)
        name = fold(envelope.sender_name).strip()
        if application is None:
            linked_by = ""
        elif name and name == fold(application.sender_name).strip():
            linked_by = "resent"  # the same name from another address: the applicant sending it again
        else:
            linked_by = "contact"  # someone else forwarding it: a neighbour, a colleague, a treasurer
    on_file = (None if application is None
               else OnFile(application.reference, linked_by, apps.values_of(application)))
    judgement = judge(facts, on_file)
    sure = judgement.confidence >= REVIEW_THRESHOLD
    detail = {"reason": judgement.reason, "confidence": judgement.confidence, "from": envelope.sender,
              "subject": envelope.subject, "judged": judgement.kind,
              "changes": [{"field": c.name, "old": c.old, "new": c.new} for c in judgement.changes]}
    if sure and judgement.kind in (Intent.AUTO_REPLY, Intent.OUT_OF_SCOPE):
        message.classification = judgement.kind
        message.status = MessageStatus.SET_ASIDE
        message.error = _with_previous(judgement.reason, message.error)
        return
    own_words = f"{envelope.subject}\n{facts.text}"
    if sure and judgement.kind == Intent.INQUIRY and application is None and (
            like := resembling(session, call, facts.values, envelope.sender, envelope.sender_name, own_words,
                               facts.sources)) and like.strength >= 1 and asks_about_its_own_file(own_words):
        # a question is the brainstorm offer's unless it asks about its own file and names one by more than a
        # title or a budget: a group whose old address was closed asks from its new one to update its file (a
        # blind mailbox's case); a question naming a partner or an event on file is the call's (a review's)
        _hold_as_resembling(session, message, reading, now, judgement, detail, facts, envelope, like)
        return
    if sure and judgement.kind == Intent.INQUIRY and application is None:
        answer_inquiry(runtime, session, message, reading, now, detail)
        return
    waiting = attention.waiting_from(session, envelope.sender) if application is None else None
    if sure and judgement.kind == Intent.APPLICATION and waiting is not None:
        # the same person's earlier mail waits for the coordinator: this one may belong with it
        hold(session, message, reading, now, kind="unclear", classification=judgement.kind,
             summary=f"looks like an application, but message {waiting.message_pk} from the same sender waits for "
                     f"you (item {waiting.id}): settle both together", detail=detail)
        return
    if sure and judgement.kind == Intent.APPLICATION and application is None and (
            like := resembling(session, call, facts.values, envelope.sender, envelope.sender_name, own_words,
                               facts.sources)):
        _hold_as_resembling(session, message, reading, now, judgement, detail, facts, envelope, like)
        return
    if sure and judgement.kind in (Intent.APPLICATION, Intent.NEW_IDEA):
        split_from = application.reference if application is not None else None
        application = new_application(session, settings, message, envelope, now)
        if split_from:
            apps.record_event(application, "split_from", now, message=message.id, from_reference=split_from,
                              reason=judgement.reason)
        take_into(runtime, session, application, message, reading, now, classification=judgement.kind)
        if asked := questions(reading.parts[0].parsed.text):
            # an application that also asks ("les frais de location sont-ils pris en charge ?"): the receipt
            # answers none of it, so the coordinator must (a coordinator's trial found them lost)
            attention.open_item(session, "question", f"{application.reference} asks: {quoted(asked)}; answer it by "
                                "mail (the receipt went out, it answers no question)", now, message=message,
                                application=application, detail={**detail, "questions": list(asked)})
        return
    if sure and judgement.kind == Intent.FOLLOW_UP and application is not None:
        apps.record_event(application, "message_joined", now, message=message.id, linked_by=linked_by,
                          on_time=on_time_by_arrival(message.received_at, call))
        take_into(runtime, session, application, message, reading, now, classification=MessageKind.FOLLOW_UP)
        return
    if sure and judgement.kind == Intent.INQUIRY and application is not None:
        # a question about one's own file: it joins the file, no receipt, and the coordinator answers it
        apps.record_event(application, "message_joined", now, message=message.id, linked_by=linked_by,
                          on_time=on_time_by_arrival(message.received_at, call))
        take_into(runtime, session, application, message, reading, now, classification="question", receipt=False)
        attention.open_item(session, "question", f"{application.reference} asks: "
                            f"{quoted(questions(reading.parts[0].parsed.text)) or judgement.reason}; answer it by mail "
                            "(no automatic receipt went out)", now, message=message, application=application,
                            detail=detail)
        return
    too_late = (None if application is None
                else decided(application) or ("after the deadline" if not on_time_by_arrival(message.received_at, call)
                                              else None))
    if sure and judgement.kind == Intent.CHANGED_VALUES and application is not None and too_late is None:
        apps.record_event(application, "message_joined", now, message=message.id, linked_by=linked_by,
                          on_time=on_time_by_arrival(message.received_at, call))
        take_into(runtime, session, application, message, reading, now, classification=Intent.CHANGED_VALUES,
                  changes=[(c.name, c.new) for c in judgement.changes], by="applicant")
        if asked := questions(reading.parts[0].parsed.text):
            # the change is applied; what the mail asks beside it ("Moeten we een nieuw formulier invullen?") the
            # updated receipt does not answer (a review found such questions lost)
            attention.open_item(session, "question", f"{application.reference} asks: {quoted(asked)}; answer it by "
                                "mail (the change was applied and confirmed, it answers no question)", now,
                                message=message, application=application, detail={**detail, "questions": list(asked)})
        return
    kind = {Intent.NEW_IDEA: "possible_new_idea", Intent.CHANGED_VALUES: "changed_values",
            Intent.WITHDRAWAL: "withdrawal", Intent.INQUIRY: "inquiry"}.get(judgement.kind, "unclear")
    if kind == "unclear" and application is not None:
        kind = "possible_new_idea"  # unsure whether it belongs to the application it would join
    hold(session, message, reading, now, kind=kind, classification=judgement.kind, application=application,
         summary=_held_summary(kind, judgement, application, too_late), detail=detail)


def _hold_as_resembling(session: Session, message: Message, reading: MessageReading, now: datetime,
                        judgement: Judgement, detail: dict, facts: MailFacts, envelope: Envelope,
                        like: Resemblance) -> None:
    """A new address with an application on file's title, contact or address: sent again from home, or a
    second idea of the same group? Not the worker's guess: no second reference, no receipt, no brainstorm offer."""
    first = like.application
    # what the mail states otherwise: `join` takes it into the file, so the item says so beforehand
    on_file = apps.values_of(first)
    differs = differences(facts.values, on_file, facts.sources)
    what = "application" if judgement.kind == Intent.APPLICATION else "question"
    hold(session, message, reading, now, kind="possible_new_idea", classification=judgement.kind,
         application=first, detail={**detail, "resembles": first.reference, "alike": like.field,
                                    "resembles_title": on_file.get("project_title"),
                                    "resembles_sender": first.sender,
                                    "alike_value": like.value,
                                    **({"alike_name": like.name} if like.name else {}),
                                    "differs": [{"field": c.name, "old": c.old, "new": c.new} for c in differs]},
         summary=f"a new {what} {'from ' + envelope.sender if envelope.sender else 'without a sender address'}"
                 f" resembles {first.reference} (from {first.sender}): {like.because}; the same application "
                 "sent again, or another? "
                 + (f"it states other values ({'; '.join(f'{c.name} {c.old} -> {c.new}' for c in differs)}), "
                    "which join takes into the file" if differs
                    else "none of the values it states differs from the file")
                 + "; not joined, not answered")


def decided(application: Application) -> str | None:
    """Why what the applicant writes now is for the coordinator alone: the decision taken, in words."""
    if application.effective_status in BY_COORDINATOR:
        return f"the application is {application.effective_status} already"
    return None


def _held_summary(kind: str, judgement: Judgement, application: Application | None,
                  too_late: str | None = None) -> str:
    reference = application.reference if application is not None else None
    unsure = f"{judgement.reason} (confidence {judgement.confidence:.2f})"
    if kind == "changed_values" and too_late and judgement.confidence >= REVIEW_THRESHOLD:
        unsure = f"{judgement.reason}, but {too_late}: yours to accept or ignore"
    if kind == "changed_values":
        changed = "; ".join(f"{c.name} {c.old} -> {c.new}" for c in judgement.changes)
        return f"a reply for {reference} states other values ({changed}); nothing applied, nothing confirmed: {unsure}"
    if kind == "possible_new_idea":
        return f"maybe a new idea, maybe more for {reference}: not joined, not answered: {unsure}"
    if kind == "withdrawal":
        return f"{reference}: {unsure}; the status is unchanged"
    if kind == "inquiry":
        return f"a question{' from ' + reference if reference else ''}, not answered: {unsure}"
    return f"not sure what this is, not answered, no application: {unsure}"


WAITING = "waiting for the coordinator"
ERROR_SEPARATOR = "; before that: "


def _with_previous(reason: str, previous: str | None) -> str:
    """Why the message was set aside, then what was already wrong with it (kept: a damaged part, say)."""
    return reason + (f"{ERROR_SEPARATOR}{previous}" if previous else "")


def settled_note(message: Message, kind: str, action: str) -> None:
    """Once its item is settled, a message no longer says it waits: it says what the coordinator chose."""
    if not message.error or not message.error.startswith(WAITING):
        return
    previous = message.error.split(ERROR_SEPARATOR, 1)[1] if ERROR_SEPARATOR in message.error else None
    if message.status == MessageStatus.PROCESSED:
        message.error = previous  # with its application now: nothing is wrong with it
    else:
        message.error = _with_previous(f"settled by the coordinator ({kind}: {action})", previous)


def brussels(moment: datetime, call) -> str:
    """A moment as a person reads it: the call's local time with the zone named."""
    local = moment.astimezone(call.timezone)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({call.timezone.key})"


def answering_from(settings) -> datetime | None:
    """The first moment of mail that is answered: the call's ``opens``, narrowed by ``[mailbox] since``."""
    call = settings.call
    since = settings.mailbox.since
    moments = [m for m in (call.opens, since.replace(tzinfo=call.timezone) if since else None) if m is not None]
    return max(moments) if moments else None


def hold(session: Session, message: Message, reading: MessageReading, now: datetime, *, kind: str,
         classification: str, summary: str, detail: dict, application: Application | None = None) -> None:
    """Keep a message and its documents for the coordinator: no application, no mail, one attention item."""
    store_documents(session, None, message, reading.parts, now)
    message.classification = classification
    message.status = MessageStatus.SET_ASIDE
    message.error = _with_previous(f"{WAITING} ({kind}): {summary}", message.error)
    attention.open_item(session, kind, summary, now, message=message, application=application, detail=detail)


def new_application(session: Session, settings, message: Message, envelope: Envelope, now: datetime) -> Application:
    call = settings.call
    return apps.create_application(
        session, call, channel="email", received_at=message.received_at,
        on_time=on_time_by_arrival(message.received_at, call), sender=envelope.sender,
        sender_name=envelope.sender_name, now=now)


def take_into(runtime: Runtime, session: Session, application: Application, message: Message,
              reading: MessageReading | None, now: datetime, *, classification: str,
              changes: list[tuple[str, object]] | None = None, by: str | None = None,
              receipt: bool = True) -> None:
    """The message joins ``application``: documents, fields, rules, its attention items, the receipt.

    ``reading`` None: the documents were stored when the message was held, and only move. ``changes``:
    values the applicant changed, applied as corrections (they win over what the documents say) and
    named in the receipt."""
    settings = runtime.settings
    message.classification = classification
    message.application_id = application.id
    if message.status == MessageStatus.SET_ASIDE:
        message.status = MessageStatus.PROCESSED
        # what the coordinator settled goes; what was wrong with the mail itself (a damaged part) stays
        message.error = message.error.rsplit(ERROR_SEPARATOR, 1)[1] if message.error and ERROR_SEPARATOR in \
            message.error else None
    if reading is not None:
        store_documents(session, application, message, reading.parts, now)
    else:
        for document in session.scalars(select(Document).where(Document.message_pk == message.id)):
            document.application_id = application.id
        session.flush()
        session.refresh(application)
    apps.rebuild_fields(session, application, now)
    said = []
    for name, value in changes or ():
        previous = application.current_fields().get(name)
        # the applicant's own change: it wins over the documents as a correction does, and says where it came from
        apps.set_coordinator_field(application, name, value, now, by=by, source=REPLY)
        said.append({"field": name, "old": None if previous is None else previous.value, "new": value})
    apps.apply_rules(application, settings.call, now)
    session.flush()
    checkpoint("after_application_update")
    sync_rule_items(session, application, now)
    if reading is not None and application.language is None and looks_english(reading.parts[0].parsed.text):
        attention.open_item(session, "language", f"{application.reference}: written in English; the receipt goes "
                            "out in Dutch and French with one line in English (`intake set REF language nl|fr` "
                            "to choose one)", now, application=application)
    if receipt and decided(application) is None:
        # the envelope read before the parse: the receipt need not read the raw message's headers again
        queue_receipt(session, settings, application, message, now=now, changes=said,
                      envelope=reading.envelope if reading is not None else None)
    elif receipt:
        # after the decision an automatic receipt would speak of a selection still to come: the coordinator
        # reads it and writes, so it is on the list, not only in the history
        attention.open_item(session, "after_decision", f"{application.reference} ({application.effective_status}) "
                            f"got a new mail from the applicant: {message.subject or '(no subject)'}; no receipt "
                            "went out after the decision: read it and answer by mail if needed", now,
                            message=message, application=application,
                            detail={"status": application.effective_status, "subject": message.subject or ""})


def answer_inquiry(runtime: Runtime, session: Session, message: Message, reading: MessageReading,
                   now: datetime, detail: dict) -> None:
    """An inquiry: the brainstorm offer goes out, no application; listed so the coordinator can book it."""
    store_documents(session, None, message, reading.parts, now)
    message.classification = Intent.INQUIRY
    message.status = MessageStatus.SET_ASIDE
    message.error = _with_previous(f"an inquiry, answered with the brainstorm offer: {detail['reason']}",
                                   message.error)
    body = reading.parts[0].parsed
    language = body.language or (None if looks_english(body.text) else short_text_language(body.text))
    queue_brainstorm(session, runtime.settings, message, reading.envelope, language, now=now)
    asked = questions(body.text)
    also = f"; it asks {quoted(asked)}: answer that by mail" if asked else ""
    item = attention.open_item(session, "inquiry", f"an inquiry from {reading.envelope.sender}, answered with the "
                               f"brainstorm offer: {detail['reason']}{also}", now, message=message,
                               detail={**detail, "questions": list(asked)})
    item.detail = {**item.detail, "answered": True}


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
        sync_rule_items(session, application, now)
    return True
