"""The worker: an APScheduler 3.x blocking scheduler running the same functions as the CLI.

One interval job per duty, ``max_instances=1`` so a slow poll is never run twice at once and
``coalesce=True`` so missed runs (a laptop asleep, a long outage) collapse into one. SIGTERM and Ctrl-C
stop it after the running job finishes.
"""

from __future__ import annotations

import logging
import signal
from datetime import datetime

from apscheduler.schedulers.blocking import BlockingScheduler

from config import Settings
from intake.cycle import run_cycle
from intake.runtime import Runtime

log = logging.getLogger(__name__)


def _poll_job(runtime: Runtime) -> None:
    try:
        summary = run_cycle(runtime)
        log.info("cycle: %s", summary.line())
    except Exception:
        log.exception("cycle failed; the next run will try again")


def build_scheduler(runtime: Runtime) -> BlockingScheduler:
    settings = runtime.settings
    scheduler = BlockingScheduler(timezone=settings.call.timezone)
    scheduler.add_job(
        _poll_job, "interval", args=[runtime], id="poll", name="poll the mailbox",
        minutes=settings.mailbox.poll_minutes, next_run_time=datetime.now(settings.call.timezone),
        max_instances=1, coalesce=True, misfire_grace_time=max(60, settings.mailbox.poll_minutes * 30),
        replace_existing=True,
    )
    return scheduler


def run_worker(settings: Settings) -> int:
    runtime = Runtime.from_settings(settings)
    scheduler = build_scheduler(runtime)

    def _stop(signum: int, _frame) -> None:
        log.warning("received %s: stopping after the running job", signal.Signals(signum).name)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    print(f"intake worker: polling {runtime.source.account} every {settings.mailbox.poll_minutes} min; "
          "Ctrl-C or SIGTERM to stop", flush=True)
    try:
        scheduler.start()
    finally:
        runtime.close()
    print("intake worker stopped", flush=True)
    return 0
