"""One full cycle of the worker: fetch new mail, process what is stored, send what is queued.

`intake poll` and the scheduler's interval job both call ``run_cycle``. Each stage runs whatever became
of the one before: a mailbox outage (``mailbox`` incident, with backoff) or any other failure of a stage
(a ``fetch``, ``process`` or ``send`` incident: the data dir or the database refusing a write...) is
recorded and said in the summary, and the next stage still runs; mail already stored is processed and
what is queued is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError

from config.errors import IntakeError, MailSourceError
from intake.mailbox.fetching import FetchSummary, fetch_new_mail
from intake.runtime import Runtime
from intake.worker import health
from intake.worker.processing import ProcessSummary, process_pending
from notifications.sending import SendSummary, send_pending
from storage.incidents import Incident

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class CycleSummary:
    fetch: FetchSummary = field(default_factory=FetchSummary)
    process: ProcessSummary = field(default_factory=ProcessSummary)
    send: SendSummary = field(default_factory=SendSummary)
    mailbox_error: str | None = None
    stage_errors: dict[str, str] = field(default_factory=dict)  # stage -> why it failed, in one line

    @property
    def failure(self) -> str | None:
        """What went wrong in this cycle, in one line; None when every stage ran."""
        reasons = ([f"mailbox unavailable: {self.mailbox_error}"] if self.mailbox_error else []) + \
            [f"{stage} failed: {reason}" for stage, reason in self.stage_errors.items()]
        return "; ".join(reasons) or None

    def line(self) -> str:
        parts = [
            f"fetched {self.fetch.fetched}",
            f"new {self.fetch.new}",
            f"duplicate {self.fetch.duplicate}",
            f"failed {self.fetch.failed + self.process.failed}",
            f"processed {self.process.processed}",
            f"set aside {self.process.set_aside}",
        ]
        parts.append(f"sent {self.send.sent}")
        if self.send.retry_later or self.send.failed:
            parts.append(f"send retry {self.send.retry_later}, send failed {self.send.failed}")
        if self.process.retry_later:
            parts.append(f"retry later {self.process.retry_later}")
        if self.fetch.uidvalidity_changed:
            parts.append("UIDVALIDITY changed: folder rescanned")
        line = ", ".join(parts)
        if self.failure:
            line += f"; {self.failure}"
        return line


def _fetch(runtime: Runtime, summary: CycleSummary, open_now: dict[str, Incident],
           respect_backoff: bool) -> FetchSummary:
    """The fetch, with the mailbox's own outage handling; any other error is left to the stage."""
    now = runtime.clock()
    incident = open_now.get("mailbox")
    interval = timedelta(minutes=runtime.settings.mailbox.poll_minutes)
    if respect_backoff and incident is not None and now < health.next_attempt(incident, interval):
        summary.mailbox_error = f"down since {incident.started_at:%Y-%m-%d %H:%M} UTC: {incident.last_error}"
        return FetchSummary()
    fetched = FetchSummary()
    try:
        fetch_new_mail(runtime, fetched)  # the counts so far survive a failure half-way
    except MailSourceError as exc:
        health.report_down(runtime.db, "mailbox", str(exc), now)
        summary.mailbox_error = str(exc)
        return fetched
    if incident is not None:
        health.report_up(runtime.db, "mailbox", runtime.clock())
    return fetched


def _send(runtime: Runtime) -> SendSummary:
    sent = send_pending(runtime.db, runtime.settings, runtime.clock)
    if sent.unreachable:
        health.report_down(runtime.db, "smtp", sent.unreachable, runtime.clock())
    elif sent.sent:
        health.report_up(runtime.db, "smtp", runtime.clock())
    return sent


def run_cycle(runtime: Runtime, *, respect_backoff: bool = False) -> CycleSummary:
    """One cycle; never raises for a failing stage (see ``CycleSummary.failure``). The worker passes
    ``respect_backoff`` so a mailbox that is down is not tried every time; `intake poll`, asked for by a
    person, always tries."""
    summary = CycleSummary()
    try:
        open_now = health.open_incidents(runtime.db)
    except (IntakeError, SQLAlchemyError) as exc:
        log.warning("cannot read the open incidents: %s", health.one_line(exc))  # each stage will say more
        open_now = {}

    def stage(name: str, action: Callable[[], T]) -> T | None:
        result, error = health.run_stage(runtime.db, name, runtime.clock, action, was_open=name in open_now)
        if error is not None:
            summary.stage_errors[name] = error
        return result

    summary.fetch = stage("fetch", lambda: _fetch(runtime, summary, open_now, respect_backoff)) or FetchSummary()
    summary.process = stage("process", lambda: process_pending(runtime)) or ProcessSummary()
    summary.send = stage("send", lambda: _send(runtime)) or SendSummary()
    return summary
