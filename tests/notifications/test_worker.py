"""The worker's jobs are stored in intake's database and survive a restart."""

from __future__ import annotations

import pickle

from sqlalchemy import create_engine, text

from intake.worker import scheduler
from tests.support.cli import run_intake_here, run_worker, write_config


def test_jobs_are_stored_in_the_database_with_picklable_arguments(tmp_path, smtp_server):
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "mailbox" / sub).mkdir(parents=True)
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": "maildir:./mailbox", "poll_minutes": 5}, "database": {"url": "sqlite:///./intake.db"},
        "storage": {"data_dir": "./data"}, "smtp": smtp_server.smtp_config()})
    assert run_intake_here("db", "upgrade", config=config).returncode == 0
    for _ in range(2):  # a restart replaces the jobs, it does not add more
        # up for three seconds: long enough to start, store its jobs and run the catch-up
        code, out, err = run_worker(config, until=lambda: False, timeout=3)
        assert code == 0, err
        assert "intake worker stopped" in out and "digest daily at 08:00 Europe/Brussels" in out
    engine = create_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    with engine.connect() as connection:
        jobs = {row.id: row.job_state for row in connection.execute(text("SELECT id, job_state FROM apscheduler_jobs"))}
    engine.dispose()
    assert {"poll", "reminders", "digest"} <= set(jobs)
    digest = pickle.loads(jobs["digest"])
    assert digest["func"] == "intake.worker.scheduler:digest_job" and digest["args"] == (str(config),)
    assert digest["max_instances"] == 1 and digest["coalesce"] is True
    assert str(digest["trigger"]).startswith("cron[") and "hour='8'" in str(digest["trigger"])
    assert pickle.loads(jobs["reminders"])["func"] == "intake.worker.scheduler:reminders_job"
    assert scheduler.poll_job.__module__ == "intake.worker.scheduler"
