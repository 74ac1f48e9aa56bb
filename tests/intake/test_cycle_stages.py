"""Every stage of the cycle, and every daily job, fails on its own: the failure is an incident, the digest
names the stage, the other stages still run, `intake poll` exits 1 with the reason in one line, and the
incident closes once the stage works again. The failures are real: a data dir that cannot take a file, a
database that refuses a write."""

from __future__ import annotations

import hashlib
import json
import mailbox
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from config import load_settings
from intake.mailbox.fetching import fetch_new_mail
from intake.runtime import Runtime
from intake.worker import scheduler
from storage.db import Database
from storage.incidents import Incident
from tests.support.applications import application_mail, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import BRUSSELS
from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp() -> SmtpServer:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


def _add(root: Path, raw: bytes, n: int) -> bytes:
    """Put a mail in the Maildir; returns its bytes as the mailbox will hand them over."""
    box = mailbox.Maildir(root, create=True)
    key = box.add(raw)
    path = root / "new" / key
    os.utime(path, (1_560_000_000 + n, 1_560_000_000 + n))  # June 2019: before the deadline
    return path.read_bytes()


def _config(tmp_path: Path, database_url: str, smtp: SmtpServer) -> Path:
    return write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{tmp_path / 'Maildir'}"}, "database": {"url": database_url},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": smtp.smtp_config()})


def _incidents(database_url: str) -> list[Incident]:
    db = Database(database_url)
    try:
        with db.session() as session:
            return list(session.scalars(select(Incident).order_by(Incident.id)))
    finally:
        db.dispose()


def _digest(config: Path) -> str:
    # the digest of tomorrow covers today in the call's time zone: from 22:00 or 23:00 UTC it is already
    # the next day in Brussels, while the machine's own date is not
    tomorrow = datetime.now(BRUSSELS).date() + timedelta(days=1)
    result = run_intake("digest", "--print", "--date", tomorrow.isoformat(), config=config)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def test_a_fetch_that_cannot_store_stops_neither_processing_nor_sending(tmp_path, database_url, smtp):
    config = _config(tmp_path, database_url, smtp)
    first = _add(tmp_path / "Maildir", application_mail(values(1), sender="Griet <griet@example.org>"), 1)
    with Runtime.from_settings(load_settings(str(config))) as runtime:
        assert fetch_new_mail(runtime).new == 1  # stored, not yet processed
    second = b""
    for attempt in range(20):  # a mail whose blob goes to another directory than the first one's
        second = application_mail(values(2), sender="Jef <jef@example.org>", subject=f"Projectidee {attempt}")
        if _sha256(second)[:2] != _sha256(first)[:2]:
            break
    second = _add(tmp_path / "Maildir", second, 2)
    # the data dir cannot take the new raw message: a file sits where its directory must go
    blocker = tmp_path / "data" / "raw" / _sha256(second)[:2]
    blocker.write_text("not a directory")

    for expected in ("processed 1, set aside 0, sent 1", "processed 0, set aside 0, sent 0"):  # twice
        failed = run_intake("poll", config=config)
        assert failed.returncode == 1
        out, err = failed.stdout.decode(), failed.stderr.decode()
        assert out.startswith(f"fetched 0, new 0, duplicate 0, failed 0, {expected}; fetch failed: "), out
        # the reason in one line, last (the first time, the log before it also has the traceback)
        assert err.splitlines()[-1].startswith("intake: fetch failed: StorageError: cannot write raw blob"), err
    assert [r.message["To"] for r in smtp.received] == ["griet@example.org"]  # the stored one went through
    [incident] = _incidents(database_url)
    assert (incident.component, incident.occurrences, incident.ended_at) == ("fetch", 2, None)
    assert "cannot write raw blob" in incident.last_error
    digest = _digest(config)
    assert "STORINGEN (1)" in digest
    assert "het ophalen van nieuwe mail: mislukt van" in digest and "en nog steeds (2 pogingen)" in digest

    blocker.unlink()  # the admin frees the data dir: the next cycle takes the new mail in
    recovered = run_intake("poll", config=config)
    assert recovered.returncode == 0, recovered.stderr.decode()
    assert recovered.stdout.decode().startswith("fetched 1, new 1, duplicate 0, failed 0, processed 1")
    assert "intake:" not in recovered.stderr.decode()
    [incident] = _incidents(database_url)
    assert incident.ended_at is not None
    assert sorted(r.message["To"] for r in smtp.received) == ["griet@example.org", "jef@example.org"]
    assert "het ophalen van nieuwe mail: mislukt van" in _digest(config)  # still in today's report, ended


def test_a_send_and_a_daily_job_that_fail_are_incidents_too(tmp_path, smtp):
    database_url = f"sqlite:///{tmp_path / 'intake.db'}"
    config = _config(tmp_path, database_url, smtp)
    _add(tmp_path / "Maildir", application_mail(values(1), sender="Griet <griet@example.org>"), 1)
    db = Database(database_url)
    db.ensure_schema()
    with db.engine.begin() as connection:  # the database refuses to mark a mail as being sent
        connection.execute(text("CREATE TRIGGER refuse_sending BEFORE UPDATE ON outbox WHEN NEW.state = 'sending' "
                                "BEGIN SELECT RAISE(ABORT, 'injected: the outbox refuses the write'); END"))
    failed = run_intake("poll", config=config)
    assert failed.returncode == 1
    assert failed.stdout.decode().startswith("fetched 1, new 1, duplicate 0, failed 0, processed 1, set aside 0, "
                                             "sent 0")
    err = failed.stderr.decode()
    assert err.splitlines()[-1].startswith("intake: send failed:") and "the outbox refuses" in err, err
    assert smtp.received == []
    assert [(i.component, i.ended_at) for i in _incidents(database_url)] == [("send", None)]

    # a daily job run by the scheduler: the retention purge (due: the 2019 call closed long ago)
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                "BEGIN SELECT RAISE(ABORT, 'injected: the audit log refuses the write'); END"))
    try:
        scheduler.purge_job(str(config))
        assert [(i.component, i.ended_at) for i in _incidents(database_url)] == [("send", None), ("purge", None)]
        digest = _digest(config)
        assert "STORINGEN (2)" in digest and "het versturen van uitgaande mail: mislukt van" in digest
        assert "het wissen na de bewaartermijn: mislukt van" in digest

        with db.engine.begin() as connection:
            connection.execute(text("DROP TRIGGER refuse_sending"))
            connection.execute(text("DROP TRIGGER refuse_audit"))
        recovered = run_intake("poll", config=config)
        assert recovered.returncode == 0, recovered.stderr.decode()
        assert "sent 1" in recovered.stdout.decode()
        scheduler.purge_job(str(config))
    finally:
        for cached in scheduler._runtimes.values():
            cached.close()
        scheduler._runtimes.clear()
        db.dispose()
    assert all(i.ended_at is not None for i in _incidents(database_url))
    applications = [json.loads(x) for x in run_intake_here("list", "--format", "jsonl", config=config)
                    .stdout.decode().splitlines()]
    assert [a["sender"] for a in applications] == [""]  # the purge ran: the application is anonymised
