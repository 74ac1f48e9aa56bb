"""Outages as records: one line in the log when a part goes down and one when it is back, a backoff
between attempts while it is down, and the incidents for the digest.

A part that is down is tried again after 1, 2, 4... cycles' worth of minutes (at most an hour), so a long
outage does not fill the log or hammer a server that is already in trouble.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.db import Database
from storage.incidents import Incident

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=1)


def _open(session: Session, component: str) -> Incident | None:
    return session.scalar(select(Incident).where(Incident.component == component, Incident.ended_at.is_(None))
                          .order_by(Incident.id.desc()).limit(1))


def open_incident(db: Database, component: str) -> Incident | None:
    with db.session() as session:
        return _open(session, component)


def report_down(db: Database, component: str, error: str, now: datetime) -> None:
    with db.session() as session:
        incident = _open(session, component)
        if incident is None:
            session.add(Incident(component=component, started_at=now, last_seen_at=now, occurrences=1,
                                 last_error=error[:2000]))
            log.error("%s is down: %s", component, error)
            return
        incident.occurrences += 1
        incident.last_seen_at = now
        incident.last_error = error[:2000]
        log.debug("%s still down (%d attempts): %s", component, incident.occurrences, error)


def report_up(db: Database, component: str, now: datetime) -> None:
    with db.session() as session:
        incident = _open(session, component)
        if incident is not None:
            log.warning("%s is back after %s (%d failed attempts)", component,
                        str(now - incident.started_at).split(".")[0], incident.occurrences)
            # two workers may each have opened one while it was down: close them all
            session.execute(update(Incident).where(Incident.component == component, Incident.ended_at.is_(None))
                            .values(ended_at=now))


def next_attempt(incident: Incident, interval: timedelta) -> datetime:
    """When a part that is down should be tried again: the interval doubling per failed attempt."""
    wait = min(interval * (2 ** (incident.occurrences - 1)), MAX_BACKOFF)
    return incident.last_seen_at + wait
