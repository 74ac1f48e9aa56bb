"""Turn stored messages into what the coordinator manages, one message at a time, re-runnable.

Each stored message is taken in (``pipeline.take_in``) inside a savepoint: a failure rolls back
only its own message, which keeps its row with the error and is tried again on the next cycle, up to
``mailbox.max_attempts``; then it is ``failed`` and shown to a human. One bad message never blocks the
others, and the mailbox is never touched here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from intake.runtime import Runtime
from intake.worker.pipeline import take_in
from storage.models import Message, MessageStatus

log = logging.getLogger(__name__)

@dataclass
class ProcessSummary:
    processed: int = 0
    set_aside: int = 0
    retry_later: int = 0
    failed: int = 0


def claim(session: Session, message_id: int) -> Message | None:
    """Take one stored message for this transaction, or None when another worker holds or handled it.

    PostgreSQL: a row lock, skipping rows another worker holds. SQLite: a no-op write first, which takes
    the database's write lock before we read, so the status we then see cannot change under us.
    """
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(select(Message).where(Message.id == message_id, Message.status == MessageStatus.STORED)
                              .with_for_update(skip_locked=True))
    claimed = session.execute(update(Message).where(Message.id == message_id, Message.status == MessageStatus.STORED)
                              .values(attempts=Message.attempts))
    if claimed.rowcount != 1:
        return None
    return session.get(Message, message_id, populate_existing=True)


def process_message(runtime: Runtime, session: Session, message: Message) -> None:
    take_in(runtime, session, message)
    if message.status == MessageStatus.STORED:  # not set aside or failed: it ran to the end
        message.status = MessageStatus.PROCESSED
    message.processed_at = runtime.clock()


def process_pending(runtime: Runtime, message_ids: Sequence[int] | None = None) -> ProcessSummary:
    max_attempts = runtime.settings.mailbox.max_attempts
    summary = ProcessSummary()
    with runtime.db.session() as session:
        query = select(Message.id).where(Message.status == MessageStatus.STORED).order_by(Message.id)
        if message_ids is not None:
            query = query.where(Message.id.in_(message_ids))
        pending = list(session.scalars(query))
    for message_id in pending:
        with runtime.db.session() as session:
            message = claim(session, message_id)
            if message is None:
                continue  # another worker has it, or had it
            try:
                with session.begin_nested():
                    process_message(runtime, session, message)
            except Exception as exc:
                log.exception("processing message %s failed", message_id)
                session.refresh(message)
                message.attempts += 1
                message.error = f"{type(exc).__name__}: {exc}"[:2000]
                if message.attempts >= max_attempts:
                    message.status = MessageStatus.FAILED
                    summary.failed += 1
                else:
                    summary.retry_later += 1
                continue
            if message.status == MessageStatus.SET_ASIDE:
                summary.set_aside += 1
            else:
                summary.processed += 1
    return summary
