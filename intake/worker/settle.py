"""The coordinator settles what intake did not decide alone: attention items, split and merge.

Each action does what its attention item says it does (intake/applications/attention.py), in one
transaction, and leaves a trace in the application's history and in the audit log (who, when, which item
and action; never a value). Mail that the action causes (a receipt, the brainstorm offer) is queued in the
outbox like any other and sent by the next cycle. A message that must be taken in again from its stored
bytes (``answer`` on mail from before the call, ``retry`` on a failed one) goes back to ``stored`` and is
processed at once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.errors import UsageError
from intake.applications import attention
from intake.applications import linking as apps
from intake.applications.decisions import decide_status
from intake.applications.rule_items import is_decided, sync_rule_items
from intake.runtime import Runtime
from intake.worker.pipeline import new_application, settled_note, take_into
from intake.worker.processing import process_pending
from notifications.brainstorm import brainstorm_key, queue_brainstorm
from notifications.outbox import find
from parsers.envelope import Envelope, read_envelope_stream
from storage.applications import Application, ApplicationStatus, Document
from storage.attention import AttentionItem, AttentionState
from storage.audit import AuditEntry
from storage.brainstorm import drop_request
from storage.models import Message, MessageStatus
from storage.outbox import OutboxState


def _envelope(runtime: Runtime, message: Message) -> Envelope:
    with runtime.blobs.open("raw", message.sha256) as stream:
        return read_envelope_stream(stream)[0]


def _language(session: Session, message: Message) -> str | None:
    body = session.scalar(select(Document).where(Document.message_pk == message.id, Document.part_index == 0))
    return body.language if body is not None else None


def _audit(session: Session, now: datetime, actor: str | None, what: str, references: list[str],
           message: Message | None, **detail: object) -> None:
    session.add(AuditEntry(at=now, action=what, actor=actor, applications=references,
                           message_ids=[message.id] if message is not None else [], detail=detail))


def _as_application(runtime: Runtime, session: Session, message: Message, now: datetime, *,
                    split_from: Application | None = None) -> Application:
    application = new_application(session, runtime.settings, message, _envelope(runtime, message), now)
    if split_from is not None:
        apps.record_event(application, "split_from", now, message=message.id, from_reference=split_from.reference)
    take_into(runtime, session, application, message, None, now, classification="application")
    return application


def resolve(runtime: Runtime, item_id: int, action: str, *, actor: str | None) -> str:
    """Carry out one action of an open attention item; returns what was done, in words."""
    retry: int | None = None
    with runtime.db.session() as session:
        item = session.get(AttentionItem, item_id)
        if item is None:
            raise UsageError(f"no attention item {item_id}")
        if item.state != AttentionState.OPEN:
            raise UsageError(f"attention item {item_id} was settled already ({item.resolved_action})")
        actions = attention.ACTIONS.get(item.kind, {})
        if action not in actions:
            raise UsageError(f"{item.kind} is settled with one of: {', '.join(actions)}; not {action!r}")
        now = runtime.clock()
        message = session.get(Message, item.message_pk) if item.message_pk else None
        application = session.get(Application, item.application_id) if item.application_id else None
        done = _carry_out(runtime, session, item, action, message, application, now, actor)
        if item.kind == "inquiry" and action in ("application", "ignore") and message is not None:
            drop_request(session, message.id)  # no brainstorm visit to book for it
        if done.startswith("retry:"):
            retry = message.id if message is not None else None
            done = done[len("retry:"):]
        attention.mark_resolved(item, action, now, by=actor)
        if message is not None:
            settled_note(message, item.kind, action)
        target = application or (session.get(Application, message.application_id)
                                 if message is not None and message.application_id else None)
        if target is not None:
            apps.record_event(target, "attention_resolved", now, item=item.id, item_kind=item.kind, action=action,
                              **({"by": actor} if actor else {}))
        _audit(session, now, actor, "attention", [target.reference] if target else [], message, item=item.id,
               kind=item.kind, resolved=action)
    if retry is not None:
        process_pending(runtime, [retry])
    return done


def _carry_out(runtime: Runtime, session: Session, item: AttentionItem, action: str, message: Message | None,
               application: Application | None, now: datetime, actor: str | None) -> str:
    kind = item.kind
    if action in ("ignore", "done"):
        if kind == "changed_values" and message is not None and application is not None:
            message.application_id = application.id  # with the file, its values not taken
            message.status = MessageStatus.PROCESSED
            apps.record_event(application, "change_ignored", now, message=message.id)
        return "settled; nothing else changed"
    if action in ("reject", "withdraw"):
        if application is None:
            raise UsageError("this item names no application")
        if is_decided(application):
            raise UsageError(f"{application.reference} is {application.effective_status} already; change a decision "
                             f"with `intake status {application.reference} STATUS`")
        status = ApplicationStatus.REJECTED if action == "reject" else ApplicationStatus.WITHDRAWN
        decide_status(session, application, status, now, actor=actor, note=f"attention item {item.id}")
        if message is not None and message.application_id is None:
            take_into(runtime, session, application, message, None, now, classification="withdrawal", receipt=False)
        return f"{application.reference} is {status}"
    if message is None:
        raise UsageError("this item names no message")
    if action in ("answer", "retry"):
        message.status = MessageStatus.STORED
        message.attempts = 0
        message.error = None
        return f"retry:message {message.id} taken in again"
    if action == "inquiry":
        before = find(session, brainstorm_key(message))
        queued = queue_brainstorm(session, runtime.settings, message, _envelope(runtime, message),
                                  _language(session, message), now=now)
        message.classification = "inquiry"
        if queued is None:
            return ("nothing queued: the brainstorm offer " + (f"was queued before ({before.state})"
                                                              if before is not None else "has no sender to go to"))
        if queued.state == OutboxState.SUPPRESSED:
            return f"the brainstorm offer is not sent: {queued.last_error}"
        return "the brainstorm offer is queued"
    if action in ("application", "split"):
        created = _as_application(runtime, session, message, now,
                                  split_from=application if action == "split" else None)
        return f"{created.reference} made; its receipt is queued"
    if action in ("join", "accept"):
        if application is None:
            raise UsageError("this item names no application")
        changes = [(change["field"], change["new"]) for change in item.detail.get("changes", [])
                   ] if action == "accept" else []
        apps.record_event(application, "message_joined", now, message=message.id, linked_by="coordinator")
        take_into(runtime, session, application, message, None, now,
                  classification="changed_values" if action == "accept" else "follow_up", changes=changes,
                  by=actor or "coordinator")
        return f"joined to {application.reference}" + (f", {len(changes)} value(s) taken" if changes else "") + \
            "; the updated receipt is queued"
    raise UsageError(f"unknown action {action!r}")


def _message(session: Session, application: Application, message_ref: str) -> Message:
    query = select(Message).where(Message.application_id == application.id)
    if message_ref.isdigit():
        message = session.scalar(query.where(Message.id == int(message_ref)))
    else:
        message = session.scalar(query.where(Message.message_id == message_ref))
    if message is None:
        raise UsageError(f"{application.reference} has no message {message_ref}")
    return message


def split(runtime: Runtime, reference: str, message_ref: str, *, actor: str | None) -> str:
    """A message of ``reference`` that is another idea becomes its own application (with its receipt)."""
    with runtime.db.session() as session:
        application = apps.find_by_reference(session, reference)
        if application is None:
            raise UsageError(f"no application {reference}")
        message = _message(session, application, message_ref)
        now = runtime.clock()
        for document in session.scalars(select(Document).where(Document.message_pk == message.id)):
            document.application_id = None
        message.application_id = None
        session.flush()
        session.refresh(application)
        apps.record_event(application, "split", now, message=message.id, **({"by": actor} if actor else {}))
        apps.rebuild_fields(session, application, now)
        apps.apply_rules(application, runtime.settings.call, now)
        sync_rule_items(session, application, now)
        created = _as_application(runtime, session, message, now, split_from=application)
        _audit(session, now, actor, "split", [application.reference, created.reference], message)
        return f"message {message.id} of {application.reference} is now {created.reference}; its receipt is queued"


def merge(runtime: Runtime, reference: str, into_reference: str, *, actor: str | None) -> str:
    """Two applications of one project become one: messages and documents move, the first is withdrawn."""
    if reference.upper() == into_reference.upper():
        raise UsageError("an application cannot be merged into itself")
    with runtime.db.session() as session:
        source = apps.find_by_reference(session, reference)
        target = apps.find_by_reference(session, into_reference)
        if source is None or target is None:
            raise UsageError(f"no application {reference if source is None else into_reference}")
        now = runtime.clock()
        moved = 0
        for message in session.scalars(select(Message).where(Message.application_id == source.id)):
            message.application_id = target.id
            moved += 1
        for document in list(source.documents):
            document.application_id = target.id
        session.flush()
        session.refresh(source)
        session.refresh(target)
        apps.record_event(target, "merged", now, from_reference=source.reference, messages=moved,
                          **({"by": actor} if actor else {}))
        apps.rebuild_fields(session, target, now)
        apps.apply_rules(target, runtime.settings.call, now)
        apps.set_coordinator_status(source, ApplicationStatus.WITHDRAWN, now, by=actor,
                                    note=f"merged into {target.reference}")
        for item in session.scalars(select(AttentionItem).where(AttentionItem.application_id == source.id,
                                                                 AttentionItem.state == AttentionState.OPEN)):
            item.application_id = target.id
        session.flush()
        sync_rule_items(session, target, now)  # the source's rule items are keyed by its reference: moot now
        _audit(session, now, actor, "merge", [source.reference, target.reference], None)
        return (f"{source.reference} merged into {target.reference} ({moved} message(s)); "
                f"{source.reference} is withdrawn")
