"""The worker: an APScheduler 3.x background scheduler running the same functions as the CLI.

Four jobs, all in the call's timezone (Europe/Brussels): the poll every ``mailbox.poll_minutes`` (fetch,
process, send), the reminders daily, the digest daily at the call's digest time, and the retention purge
daily at night (``intake purge``: a no-op until the call's retention period has run out). Jobs live in a
persistent SQLAlchemyJobStore in intake's own database (table ``apscheduler_jobs``), so a missed run is
known after a restart; ``max_instances=1`` so a slow run is never doubled, ``coalesce=True`` so missed runs
collapse into one, and a misfire grace time. Stored jobs must be importable functions with picklable
arguments: they get the config's path and rebuild what they need, never a live Runtime. The digest and
reminders are idempotent (outbox keys, the digest marker), so a catch-up at start-up is always safe.
SIGTERM and Ctrl-C stop the worker after the running job finishes.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler

from config import Settings, load_settings
from config.settings import EMBEDDED, parse_settings
from intake.applications.attention import latest_item_id, old_mail_note
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle
from intake.worker.health import run_stage
from intake.worker.jobs import os_user, purge, remind, send_digest

log = logging.getLogger(__name__)

PURGE_TIME = (3, 30)  # local time of the daily retention purge: nobody works then
_runtimes: dict[str, Runtime] = {}


def _runtime(config_source: str) -> Runtime:
    """The worker's Runtime for a config, built once per process (jobs only carry the config's path)."""
    runtime = _runtimes.get(config_source)
    if runtime is None:
        settings = (parse_settings({}, EMBEDDED, Path.cwd()) if config_source == EMBEDDED
                    else load_settings(config_source))
        runtime = _runtimes[config_source] = Runtime.from_settings(settings)
    return runtime


def poll_job(config_source: str) -> None:
    try:
        runtime = _runtime(config_source)
        with runtime.db.session() as session:
            last_item = latest_item_id(session)
        summary = run_cycle(runtime, respect_backoff=True)
    except Exception:
        log.exception("cycle failed; the next run will try again")  # only building the Runtime can get here
        return
    log.info("cycle: %s", summary.line())
    try:
        with runtime.db.session() as session:
            note = old_mail_note(session, runtime.settings, after_item=last_item)
    except Exception:
        log.exception("could not count the mail from before the call")
        return
    if note:
        log.warning("%s", note)  # the first poll on a new config: said once, where the admin looks


def _daily(config_source: str, job: str, action: Callable[[Runtime], str]) -> None:
    """Run one daily job as a stage: a failure is an incident of ``job`` (in the digest), not just a log line."""
    try:
        runtime = _runtime(config_source)
    except Exception:
        log.exception("%s failed; the next run will try again", job)
        return
    said, _error = run_stage(runtime.db, job, runtime.clock, lambda: action(runtime))
    if said:
        log.info("%s: %s", job, said)


def _reminders(runtime: Runtime) -> str:
    queued, summary = remind(runtime)
    return f"queued {len(queued)}, sent {summary.sent}"


def _digest(runtime: Runtime) -> str:
    what, summary = send_digest(runtime)
    return f"{what}; sent {summary.sent}"


def _purge(runtime: Runtime) -> str:
    report = purge(runtime, actor=f"worker:{os_user() or '?'}")
    return f"erased {report.line()}; {report.blobs_deleted} file(s) deleted" if report.found else ""


def reminders_job(config_source: str) -> None:
    _daily(config_source, "reminders", _reminders)


def digest_job(config_source: str) -> None:
    _daily(config_source, "digest", _digest)


def purge_job(config_source: str) -> None:
    _daily(config_source, "purge", _purge)


def build_scheduler(settings: Settings, *, persistent: bool = True) -> BackgroundScheduler:
    zone = settings.call.timezone
    jobstores = {"default": SQLAlchemyJobStore(url=settings.database_url)} if persistent else {}
    scheduler = BackgroundScheduler(timezone=zone, jobstores=jobstores, job_defaults={
        "max_instances": 1, "coalesce": True, "misfire_grace_time": 3600})
    source = settings.source
    now = datetime.now(zone)
    scheduler.add_job(
        poll_job, "interval", args=[source], id="poll", name="poll the mailbox",
        minutes=settings.mailbox.poll_minutes, next_run_time=now,
        misfire_grace_time=max(60, settings.mailbox.poll_minutes * 30), replace_existing=True,
    )
    scheduler.add_job(reminders_job, "cron", args=[source], id="reminders", name="send due reminders",
                      hour=settings.call.reminder_time.hour, minute=settings.call.reminder_time.minute,
                      replace_existing=True)
    scheduler.add_job(purge_job, "cron", args=[source], id="purge", name="erase what the retention period ends",
                      hour=PURGE_TIME[0], minute=PURGE_TIME[1], replace_existing=True)
    digest_time = settings.call.digest_time
    scheduler.add_job(digest_job, "cron", args=[source], id="digest", name="the coordinator's digest",
                      hour=digest_time.hour, minute=digest_time.minute, replace_existing=True)
    # catch up after a restart: both are idempotent, so running them now sends only what was missed
    scheduler.add_job(reminders_job, "date", args=[source], id="reminders-catch-up",
                      run_date=now + timedelta(seconds=20), replace_existing=True)
    scheduler.add_job(digest_job, "date", args=[source], id="digest-catch-up",
                      run_date=now + timedelta(seconds=25), replace_existing=True)
    return scheduler


def run_worker(settings: Settings) -> int:
    runtime = Runtime.from_settings(settings)  # checks the schema before anything is scheduled
    _runtimes[settings.source] = runtime
    scheduler = build_scheduler(settings)

    stop = threading.Event()

    def _stop(signum: int, _frame) -> None:
        if not stop.is_set():
            log.warning("received %s: stopping after the running job", signal.Signals(signum).name)
        # only a flag: a signal handler runs inside whatever the main thread was doing. With a blocking
        # scheduler that was APScheduler's own loop, and shutting it down from there made the loop submit a
        # due job to the executor it had just closed (JobLookupError, exit 1)
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    print(f"intake worker: polling {runtime.source.account} every {settings.mailbox.poll_minutes} min; "
          f"digest daily at {settings.call.digest_time:%H:%M} {settings.call.timezone.key}; "
          "Ctrl-C or SIGTERM to stop", flush=True)
    try:
        scheduler.start()
        while not stop.wait(1.0):
            pass
        # wait here for the running job: only then may its Runtime (database, parser child) be closed below
        scheduler.shutdown(wait=True)
    finally:
        for cached in _runtimes.values():
            cached.close()
        _runtimes.clear()
    print("intake worker stopped", flush=True)
    return 0
