"""One full cycle of the worker: fetch new mail, process what is stored, send what is queued.

`intake poll` and the scheduler's interval job both call ``run_cycle``. A mailbox outage does not stop
processing of what is already stored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from config.errors import MailSourceError
from intake.mailbox.fetching import FetchSummary, fetch_new_mail
from intake.runtime import Runtime
from intake.worker import health
from intake.worker.processing import ProcessSummary, process_pending
from notifications.sending import SendSummary, send_pending

log = logging.getLogger(__name__)


@dataclass
class CycleSummary:
    fetch: FetchSummary = field(default_factory=FetchSummary)
    process: ProcessSummary = field(default_factory=ProcessSummary)
    send: SendSummary = field(default_factory=SendSummary)
    mailbox_error: str | None = None

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
        if self.mailbox_error:
            line += f"; mailbox unavailable: {self.mailbox_error}"
        return line


def run_cycle(runtime: Runtime, *, respect_backoff: bool = False) -> CycleSummary:
    """One cycle. The worker passes ``respect_backoff`` so a mailbox that is down is not tried every time;
    `intake poll`, asked for by a person, always tries."""
    summary = CycleSummary()
    now = runtime.clock()
    incident = health.open_incident(runtime.db, "mailbox")
    interval = timedelta(minutes=runtime.settings.mailbox.poll_minutes)
    if respect_backoff and incident is not None and now < health.next_attempt(incident, interval):
        summary.mailbox_error = f"down since {incident.started_at:%Y-%m-%d %H:%M} UTC: {incident.last_error}"
    else:
        try:
            fetch_new_mail(runtime, summary.fetch)  # counts so far survive a failure half-way
        except MailSourceError as exc:
            health.report_down(runtime.db, "mailbox", str(exc), now)
            summary.mailbox_error = str(exc)
        else:
            if incident is not None:
                health.report_up(runtime.db, "mailbox", runtime.clock())
    summary.process = process_pending(runtime)
    summary.send = send_pending(runtime.db, runtime.settings, runtime.clock)
    if summary.send.unreachable:
        health.report_down(runtime.db, "smtp", summary.send.unreachable, runtime.clock())
    elif summary.send.sent:
        health.report_up(runtime.db, "smtp", runtime.clock())
    return summary
