"""Turn stored messages into what the coordinator manages, one message at a time, re-runnable.

Each stored message goes through three steps, so no transaction is open while it is parsed:

1. the claim (intake/worker/claims.py), held with no transaction open, and a short read of what to parse;
2. the parse (``pipeline.read_message``), from the stored bytes, with no session open;
3. the apply (``pipeline.take_in``): one short transaction that locks the message row and goes on only
   while it is still ``stored``, so each message is taken in exactly once whatever the claims did.

A failure rolls back only its own message, which keeps its row with the error and is tried again on the
next cycle, up to ``mailbox.max_attempts``; then it is ``failed`` and shown to a human. One bad message
never blocks the others, and the mailbox is never touched here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from config.faults import checkpoint
from intake.applications.attention import open_item
from intake.runtime import Runtime
from intake.worker.claims import MessageClaims
from intake.worker.pipeline import StoredMessage, read_message, take_in
from storage.models import Message, MessageStatus

log = logging.getLogger(__name__)


@dataclass
class ProcessSummary:
    processed: int = 0
    set_aside: int = 0
    retry_later: int = 0
    failed: int = 0


def still_stored(session: Session, message_id: int) -> Message | None:
    """The message, locked for this transaction, while it still waits to be taken in; else None.

    PostgreSQL: a row lock, waiting for a worker that is applying the same message to finish (then its
    status is no longer ``stored``). SQLite: the transaction holds the database's write lock from its start.
    """
    query = select(Message).where(Message.id == message_id, Message.status == MessageStatus.STORED)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return session.scalar(query.execution_options(populate_existing=True))


def _count_failure(message: Message, exc: Exception, max_attempts: int, summary: ProcessSummary) -> None:
    message.attempts += 1
    message.error = f"{type(exc).__name__}: {exc}"[:2000]
    if message.attempts >= max_attempts:
        message.status = MessageStatus.FAILED
        summary.failed += 1
        session = object_session(message)
        if session is not None:
            open_item(session, "failed_message", f"message {message.id} from {message.sender or '(no sender)'} "
                      f"could not be processed after {message.attempts} attempts: {message.error}",
                      message.processed_at or message.stored_at, message=message)
    else:
        summary.retry_later += 1


def _process_claimed(runtime: Runtime, message_id: int, summary: ProcessSummary) -> None:
    max_attempts = runtime.settings.mailbox.max_attempts
    with runtime.db.session() as session:
        message = session.get(Message, message_id)
        if message is None or message.status != MessageStatus.STORED:
            return  # another worker took it in before we claimed it
        stored = StoredMessage.of(message)
    try:
        reading = read_message(runtime, stored)
    except Exception as exc:
        log.exception("reading message %s failed", message_id)
        with runtime.db.session() as session:
            message = still_stored(session, message_id)
            if message is not None:
                _count_failure(message, exc, max_attempts, summary)
        return
    checkpoint("after_parse")
    with runtime.db.session() as session:
        message = still_stored(session, message_id)
        if message is None:
            return  # taken in (or erased) by someone else while we parsed: our reading is not needed
        try:
            with session.begin_nested():
                take_in(runtime, session, message, reading)
                if message.status == MessageStatus.STORED:  # not set aside or failed: it ran to the end
                    message.status = MessageStatus.PROCESSED
                message.processed_at = runtime.clock()
        except Exception as exc:
            log.exception("processing message %s failed", message_id)
            session.refresh(message)
            _count_failure(message, exc, max_attempts, summary)
            return
        if message.status == MessageStatus.SET_ASIDE:
            summary.set_aside += 1
        else:
            summary.processed += 1


def process_pending(runtime: Runtime, message_ids: Sequence[int] | None = None) -> ProcessSummary:
    summary = ProcessSummary()
    with runtime.db.session() as session:
        query = select(Message.id).where(Message.status == MessageStatus.STORED).order_by(Message.id)
        if message_ids is not None:
            query = query.where(Message.id.in_(message_ids))
        pending = list(session.scalars(query))
    if not pending:
        return summary  # an idle cycle opens no claims
    with MessageClaims(runtime.db) as claims:
        for message_id in pending:
            with claims.hold(message_id) as held:
                if held:  # else another worker has it right now
                    _process_claimed(runtime, message_id, summary)
    return summary
