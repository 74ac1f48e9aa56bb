"""The daily jobs: reminders, the digest and the retention purge.

The scheduler runs them on the call's clock and the CLI runs them on demand (`intake remind`, `intake
digest --send`, `intake purge`); both call these functions, so a job behaves the same either way.
"""

from __future__ import annotations

import getpass
from datetime import date

from intake.applications.gdpr import ErasureReport, purge_expired
from intake.runtime import Runtime
from notifications.digest import digest_due, queue_digest
from notifications.reminders import DueReminder, due_reminders, queue_due_reminders
from notifications.sending import SendSummary, send_pending


def os_user() -> str | None:
    """Who ran the command, for the audit log; None when the system cannot say (a container without a user)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def remind(runtime: Runtime, *, dry_run: bool = False) -> tuple[list[DueReminder], SendSummary]:
    """Queue the due reminders and send them; with dry_run only say which are due."""
    now = runtime.clock()
    with runtime.db.session() as session:
        if dry_run:
            return due_reminders(session, runtime.settings, now=now), SendSummary()
        queued = queue_due_reminders(session, runtime.settings, now=now)
    return queued, send_pending(runtime.db, runtime.settings, runtime.clock)


def send_digest(runtime: Runtime, local_date: date | None = None, *, when_idle: bool | None = None
                ) -> tuple[str, SendSummary]:
    """Queue the digest of ``local_date`` (default: today, once its time has come) and send what is queued."""
    now = runtime.clock()
    day = local_date or digest_due(runtime.settings, now)
    if day is None:
        return "not yet time for today's digest", SendSummary()
    with runtime.db.session() as session:
        _row, what = queue_digest(session, runtime.settings, local_date=day, now=now, when_idle=when_idle)
    return what, send_pending(runtime.db, runtime.settings, runtime.clock)


def purge(runtime: Runtime, *, dry_run: bool = False, actor: str | None = None) -> ErasureReport:
    """Purge what is due at ``runtime.clock()``; a dry run does the same work and rolls it back."""
    with runtime.db.session() as session:
        report = purge_expired(session, runtime.blobs, runtime.settings.call, runtime.clock(), actor=actor)
        if dry_run:
            session.rollback()  # rows unchanged, no audit row, and no file is deleted
    return report
