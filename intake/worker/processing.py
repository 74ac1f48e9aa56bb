"""Turn stored messages into what the coordinator manages, one message at a time, re-runnable.

Each stored message goes through three steps, so no transaction is open while it is parsed:

1. the claim (intake/worker/claims.py), held with no transaction open, and a short read of what to parse;
2. the parse (``pipeline.read_message``), from the stored bytes, with no session open;
3. the apply (``pipeline.take_in``): one short transaction that locks the message row and goes on only
   while it is still ``stored``, so each message is taken in exactly once whatever the claims did.

The parse of one message and the apply of the one before it run at the same time: the parse waits on the
sandboxed child (another process, so another core), the apply on the database, and neither needs the
other. One reader thread parses; the main thread holds the claims and does every database step, so a
connection is never shared between threads. The next message is claimed only once the reader is free
for it: a worker caught in a long parse holds one message and the one it applies, never a queue of them.

A failure rolls back only its own message, which keeps its row with the error and is tried again on the
next cycle, up to ``mailbox.max_attempts``; then it is ``failed`` and shown to a human. One bad message
never blocks the others, and the mailbox is never touched here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from config.faults import checkpoint
from intake.applications.attention import open_item
from intake.runtime import Runtime
from intake.worker.claims import MessageClaims
from intake.worker.pipeline import MessageReading, StoredMessage, read_message, take_in
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


@dataclass
class _InFlight:
    """A claimed message whose parse runs in the reader thread."""

    message_id: int
    claim: ExitStack  # closing it releases the claim
    reading: Future[MessageReading]


def _stored(runtime: Runtime, message_id: int) -> StoredMessage | None:
    with runtime.db.session() as session:
        message = session.get(Message, message_id)
        if message is None or message.status != MessageStatus.STORED:
            return None  # another worker took it in before we claimed it
        return StoredMessage.of(message)


def _start(runtime: Runtime, claims: MessageClaims, reader: ThreadPoolExecutor, message_id: int) -> _InFlight | None:
    """Claim a message and hand its parse to the reader; None when another worker has it or took it in."""
    claim = ExitStack()
    try:
        if not claim.enter_context(claims.hold(message_id)):
            claim.close()
            return None  # another worker has it right now
        stored = _stored(runtime, message_id)
        if stored is None:
            claim.close()
            return None
        return _InFlight(message_id, claim, reader.submit(read_message, runtime, stored))
    except BaseException:
        claim.close()
        raise


def _apply(runtime: Runtime, message_id: int, reading_of: Future[MessageReading], summary: ProcessSummary) -> None:
    max_attempts = runtime.settings.mailbox.max_attempts
    try:
        reading = reading_of.result()
    except Exception as exc:
        log.error("reading message %s failed", message_id, exc_info=exc)
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
    waiting = iter(pending)
    with MessageClaims(runtime.db) as claims, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="intake-reader") as reader:
        current: _InFlight | None = None
        upcoming: _InFlight | None = None
        try:
            while True:
                if current is not None:
                    wait([current.reading])  # the reader is free: the next parse may start
                upcoming = None
                for message_id in waiting:
                    upcoming = _start(runtime, claims, reader, message_id)
                    if upcoming is not None:
                        break
                if current is not None:
                    with current.claim:
                        _apply(runtime, current.message_id, current.reading, summary)
                if upcoming is None:
                    break
                current = upcoming
        except BaseException:
            for in_flight in (current, upcoming):
                if in_flight is not None:
                    in_flight.reading.cancel()
                    in_flight.claim.close()
            raise
    return summary
