"""Outages and failures as records: one line in the log when something goes down and one when it is back,
a backoff between attempts while a part is down, and the incidents for the digest.

Two kinds of incident, one table (``component`` says which):

- an outage of a part intake depends on (``mailbox``, ``smtp``): tried again after 1, 2, 4... cycles' worth
  of minutes (at most an hour), so a long outage does not fill the log or hammer a server in trouble;
- a failed stage of the cycle or a daily job (``storage.incidents.STAGES``): any other error, e.g. the
  data dir or the database refusing a write. ``run_stage`` turns it into an incident and a one-line
  reason, and the other stages go on; the stage's incident closes the next time it runs to the end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from config.errors import IntakeError
from storage.db import Database
from storage.incidents import Incident

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=1)

T = TypeVar("T")


def _open(session: Session, component: str) -> Incident | None:
    return session.scalar(select(Incident).where(Incident.component == component, Incident.ended_at.is_(None))
                          .order_by(Incident.id.desc()).limit(1))


def open_incidents(db: Database) -> dict[str, Incident]:
    """The open incident of each component that has one: one query, at the start of a cycle."""
    with db.session() as session:
        return {incident.component: incident for incident in session.scalars(
            select(Incident).where(Incident.ended_at.is_(None)).order_by(Incident.id))}


def _record(db: Database, component: str, error: str, now: datetime) -> bool:
    """Open an incident or count one more failure in the open one; True when it is new."""
    with db.session() as session:
        incident = _open(session, component)
        if incident is None:
            session.add(Incident(component=component, started_at=now, last_seen_at=now, occurrences=1,
                                 last_error=error[:2000]))
            return True
        incident.occurrences += 1
        incident.last_seen_at = now
        incident.last_error = error[:2000]
        return False


def report_down(db: Database, component: str, error: str, now: datetime) -> None:
    if _record(db, component, error, now):
        log.error("%s is down: %s", component, error)
    else:
        log.debug("%s still down: %s", component, error)


def report_up(db: Database, component: str, now: datetime) -> None:
    with db.session() as session:
        incident = _open(session, component)
        if incident is not None:
            log.warning("%s is back after %s (%d failed attempts)", component,
                        str(now - incident.started_at).split(".")[0], incident.occurrences)
            # two workers may each have opened one while it was down: close them all
            session.execute(update(Incident).where(Incident.component == component, Incident.ended_at.is_(None))
                            .values(ended_at=now))


def one_line(exc: BaseException) -> str:
    """An error as one line: its type and the first line of its message (SQLAlchemy's run to many lines)."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:500]


def run_stage(db: Database, stage: str, clock: Callable[[], datetime], action: Callable[[], T], *,
              was_open: bool = True) -> tuple[T | None, str | None]:
    """Run one stage of the cycle, or a daily job, so that its failure stops nothing else.

    Returns (result, None), or (None, the reason in one line) after recording the failure as an incident
    of ``stage``; the traceback goes to the log when the incident opens, not at every cycle while it
    lasts. A success closes the stage's open incident; ``was_open=False`` (the caller knows there is none)
    saves that query.
    """
    try:
        result = action()
    except Exception as exc:  # noqa: BLE001 - any failure of a stage is recorded, then the next stage runs
        reason = one_line(exc)
        try:
            new = _record(db, stage, reason, clock())
        except (IntakeError, SQLAlchemyError, OSError) as record_exc:
            log.error("%s failed: %s (and the incident could not be recorded: %s)", stage, reason,
                      one_line(record_exc), exc_info=exc)
        else:
            if new:
                log.error("%s failed: %s", stage, reason, exc_info=exc)
            else:
                log.debug("%s failed again: %s", stage, reason)
        return None, reason
    if was_open:
        try:
            report_up(db, stage, clock())
        except (IntakeError, SQLAlchemyError, OSError) as close_exc:
            log.warning("%s ran, but its incident could not be closed: %s", stage, one_line(close_exc))
    return result, None


def next_attempt(incident: Incident, interval: timedelta) -> datetime:
    """When a part that is down should be tried again: the interval doubling per failed attempt."""
    wait = min(interval * (2 ** (incident.occurrences - 1)), MAX_BACKOFF)
    return incident.last_seen_at + wait
