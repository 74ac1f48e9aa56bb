"""Putting failed or held mail back in the queue (`intake outbox retry`, the console's retry button)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.errors import UsageError
from storage.outbox import RETRYABLE, OutboxState, OutgoingMail


def requeue(session: Session, ids: Sequence[int]) -> list[int]:
    """Queue these rows again (every failed row when ``ids`` is empty); returns their ids.

    Only failed or unknown mail may go again: a sent mail is never resent by accident.
    """
    if ids:
        rows = list(session.scalars(select(OutgoingMail).where(OutgoingMail.id.in_(ids))))
        unknown = sorted(set(ids) - {row.id for row in rows})
        if unknown:
            raise UsageError(f"no outbox row with id {', '.join(map(str, unknown))}")
        wrong = [f"{row.id} ({row.state})" for row in rows if row.state not in RETRYABLE]
        if wrong:
            raise UsageError(f"only failed or unknown mail can be retried, not {', '.join(wrong)}")
    else:
        rows = list(session.scalars(select(OutgoingMail).where(OutgoingMail.state == OutboxState.FAILED)))
    for row in rows:
        row.state, row.attempts, row.next_attempt_at = OutboxState.QUEUED, 0, None
    return [row.id for row in rows]
