"""The attention list: what needs the coordinator, one item per case, each with the actions that settle it.

Intake lists a case here instead of acting when it is unsure (a possible second idea, a changed amount
said in passing), when acting is the coordinator's (a withdrawal, an application over the maximum) and
when it must not act at all (mail from before the call opened). Each kind names its actions and what each
does; ``intake attention resolve`` (intake/worker/settle.py) carries them out. Items are created
idempotently by key, so processing or judging again never lists a case twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config import Settings
from storage.applications import BY_COORDINATOR, Application
from storage.attention import ACTIONS, AttentionItem, AttentionState
from storage.models import Message

KINDS = tuple(ACTIONS)
DECIDING = ("reject", "withdraw")  # actions that decide: never offered on an application decided already


def item_key(kind: str, *, message: Message | None = None, application: Application | None = None,
             extra: str = "") -> str:
    subject = f"msg-{message.id}" if message is not None else (application.reference if application else "")
    return ":".join(part for part in (kind, subject, extra) if part)


def open_item(session: Session, kind: str, summary: str, now: datetime, *, message: Message | None = None,
              application: Application | None = None, key: str | None = None,
              detail: Mapping[str, Any] | None = None) -> AttentionItem:
    """The item for this case, created when it is not listed yet (whatever its state: a settled case stays so)."""
    if kind not in ACTIONS:
        raise ValueError(f"unknown attention kind {kind!r}")
    key = key or item_key(kind, message=message, application=application)
    existing = session.scalar(select(AttentionItem).where(AttentionItem.key == key))
    if existing is not None:
        return existing
    item = AttentionItem(key=key, kind=kind, state=AttentionState.OPEN, summary=summary, detail=dict(detail or {}),
                         created_at=now, application_id=application.id if application is not None else None,
                         message_pk=message.id if message is not None else None)
    with session.begin_nested():
        session.add(item)
        session.flush()
    return item


def close_items(session: Session, application: Application, kind: str, now: datetime, *, action: str,
                by: str | None = None) -> None:
    """Settle the open items of one kind for an application (the case went away, e.g. the amount was corrected)."""
    for item in session.scalars(select(AttentionItem).where(
            AttentionItem.application_id == application.id, AttentionItem.kind == kind,
            AttentionItem.state == AttentionState.OPEN)):
        mark_resolved(item, action, now, by=by)


def latest_item_id(session: Session) -> int:
    return session.scalar(select(func.max(AttentionItem.id))) or 0


def old_mail_note(session: Session, settings: Settings, *, after_item: int) -> str | None:
    """What a poll did with mail from before the call opened (the first poll on a new config finds it all)."""
    found = session.scalar(select(func.count()).select_from(AttentionItem).where(
        AttentionItem.id > after_item, AttentionItem.kind == "before_call")) or 0
    if not found:
        return None
    opens = settings.call.opens
    since = settings.mailbox.since
    start = max(m for m in (opens, since.replace(tzinfo=settings.call.timezone) if since else None) if m)
    local = start.astimezone(settings.call.timezone)
    return (f"found {found} message(s) from before the call opened ({local:%Y-%m-%d %H:%M} {local.tzname()}): "
            "stored, not answered, no application; listed by `intake attention` (answer or ignore each)")


def settled_with(session: Session, kind: str, message: Message, action: str) -> bool:
    """Whether the coordinator settled this message's item of ``kind`` with ``action`` (e.g. answer old mail)."""
    return session.scalar(select(AttentionItem.id).where(
        AttentionItem.key == item_key(kind, message=message), AttentionItem.state == AttentionState.RESOLVED,
        AttentionItem.resolved_action == action)) is not None


def waiting_from(session: Session, sender: str) -> AttentionItem | None:
    """An open item about an unsure mail from this sender that made no application (yet)."""
    if not sender:
        return None
    return session.scalar(select(AttentionItem).join(Message, Message.id == AttentionItem.message_pk).where(
        AttentionItem.state == AttentionState.OPEN, AttentionItem.kind.in_(("unclear", "possible_new_idea")),
        func.lower(Message.sender) == sender.lower(), Message.application_id.is_(None)).limit(1))


def mark_resolved(item: AttentionItem, action: str, now: datetime, *, by: str | None) -> None:
    item.state = AttentionState.RESOLVED
    item.resolved_action = action
    item.resolved_at = now
    item.resolved_by = by


def list_items(session: Session, *, include_resolved: bool = False) -> list[AttentionItem]:
    query = select(AttentionItem).order_by(AttentionItem.created_at, AttentionItem.id)
    if not include_resolved:
        query = query.where(AttentionItem.state == AttentionState.OPEN)
    return list(session.scalars(query))


def item_record(session: Session, item: AttentionItem) -> dict[str, Any]:
    """The contract's shape: id, kind, reference, message_id, created_at, summary, actions (+ state, detail)."""
    application = session.get(Application, item.application_id) if item.application_id else None
    record: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind,
        "reference": application.reference if application is not None else None,
        "message_id": item.message_pk,
        "created_at": item.created_at,
        "summary": item.summary,
        "actions": [{"action": name, "does": does} for name, does in ACTIONS.get(item.kind, {}).items()
                    if not (name in DECIDING and application is not None
                            and application.effective_status in BY_COORDINATOR)],
        "state": item.state,
    }
    if item.state == AttentionState.RESOLVED:
        record.update(resolved_action=item.resolved_action, resolved_at=item.resolved_at,
                      resolved_by=item.resolved_by)
    return record
