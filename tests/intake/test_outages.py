"""Outages: the worker says so once, backs off, recovers by itself, and the digest reports it."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

import intake.mailbox.fetching
from intake.worker.cycle import run_cycle
from notifications.digest import build_digest
from notifications.rendering import render
from storage.incidents import Incident
from storage.models import Message
from tests.support.dovecot import PASSWORD, Dovecot, free_port
from tests.support.mail import BRUSSELS, append, folder_contents, make_email

JUNE = datetime(2019, 6, 10, 12, 0, tzinfo=BRUSSELS)


@pytest.fixture
def own_dovecot(dovecot_server) -> Dovecot:
    """A Dovecot of this test's own, to stop and start without disturbing the others."""
    root = Path(tempfile.mkdtemp(prefix="intake-dovecot-outage-"))
    server = Dovecot(root, free_port())
    server.start()
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _mailbox(server: Dovecot, user: str = "coordinator", **extra) -> dict:
    import os

    os.environ["INTAKE_TEST_IMAP_PASSWORD"] = PASSWORD
    return {"url": f"imap://{user}@127.0.0.1:{server.port}/INBOX", "security": "none",
            "password_env": "INTAKE_TEST_IMAP_PASSWORD", "timeout_seconds": 5, **extra}


def _incidents(runtime) -> list[Incident]:
    with runtime.db.session() as session:
        return list(session.scalars(select(Incident).order_by(Incident.id)))


def test_imap_stopped_mid_poll_then_back(own_dovecot, make_runtime, monkeypatch, caplog):
    append(own_dovecot, "coordinator", [make_email(subject=f"idee {n}") for n in range(10)], received=JUNE)
    clock = Clock(datetime(2019, 6, 10, 12, 0, tzinfo=BRUSSELS))
    runtime = make_runtime(mailbox=_mailbox(own_dovecot, fetch_batch=2, poll_minutes=5))
    runtime.clock = clock
    real_checkpoint = intake.mailbox.fetching.checkpoint
    stored = []

    def stop_after_three(name: str) -> None:
        real_checkpoint(name)
        if name == "after_row_commit":
            stored.append(1)
            if len(stored) == 3:
                own_dovecot.kill()  # the server goes away in the middle of the cycle

    monkeypatch.setattr(intake.mailbox.fetching, "checkpoint", stop_after_three)
    caplog.set_level(logging.DEBUG, logger="intake")
    first = run_cycle(runtime, respect_backoff=True)
    monkeypatch.setattr(intake.mailbox.fetching, "checkpoint", real_checkpoint)
    assert first.mailbox_error
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "intake.worker.health"]
    assert len(errors) == 1 and "mailbox is down" in errors[0].getMessage()

    # while it is down: the next cycles inside the backoff do not even try, and say nothing new
    caplog.clear()
    clock.now += timedelta(minutes=2)
    assert run_cycle(runtime, respect_backoff=True).mailbox_error.startswith("down since")
    clock.now += timedelta(minutes=5)
    run_cycle(runtime, respect_backoff=True)  # tried (5 min passed), still down: one more attempt
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    incident = _incidents(runtime)[0]
    assert incident.ended_at is None and incident.occurrences == 2

    own_dovecot.start()  # back, with the same mail
    clock.now += timedelta(minutes=11)  # past the doubled backoff
    caplog.clear()
    recovered = run_cycle(runtime, respect_backoff=True)
    assert recovered.mailbox_error is None
    assert any("mailbox is back" in r.getMessage() for r in caplog.records)
    assert _incidents(runtime)[0].ended_at == clock.now
    with runtime.db.session() as session:
        assert len(list(session.scalars(select(Message)))) == 10  # nothing lost, nothing twice
    assert folder_contents(own_dovecot, "coordinator", "INBOX") == {}

    with runtime.db.session() as session:
        digest = build_digest(session, runtime.settings, local_date=date(2019, 6, 11))
    text = render(runtime.settings, "digest", "nl", digest.context).text
    assert "STORINGEN (1)" in text and "de mailbox (IMAP)" in text


@pytest.mark.parametrize(("change", "expected"), [
    ({"url_user": "coordinator", "password": "wrong"}, "login failed"),
    ({"folder": "Bestaat/Niet"}, "cannot open the folder"),
])
def test_wrong_password_and_missing_folder_are_outages_with_a_clear_reason(change, expected, own_dovecot,
                                                                           make_runtime, monkeypatch):
    mailbox = _mailbox(own_dovecot)
    if "password" in change:
        monkeypatch.setenv("INTAKE_TEST_IMAP_PASSWORD_WRONG", change["password"])
        mailbox["password_env"] = "INTAKE_TEST_IMAP_PASSWORD_WRONG"
    if "folder" in change:
        mailbox["url"] = mailbox["url"].replace("/INBOX", "/" + change["folder"])
    runtime = make_runtime(mailbox=mailbox)
    summary = run_cycle(runtime)
    assert expected in summary.mailbox_error
    assert [i.component for i in _incidents(runtime)] == ["mailbox"]


def test_sqlite_locked_for_a_while_is_waited_out(own_dovecot, make_runtime, tmp_path):
    append(own_dovecot, "coordinator", [make_email(subject="tijdens een lock")], received=JUNE)
    runtime = make_runtime(mailbox=_mailbox(own_dovecot))
    path = runtime.db.engine.url.database
    locker = sqlite3.connect(path, timeout=1, check_same_thread=False)
    locker.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(2.0, locker.rollback)
    release.start()
    started = time.monotonic()
    summary = run_cycle(runtime)
    release.join()
    assert summary.fetch.new == 1 and time.monotonic() - started >= 1.5
    locker.close()


def test_postgres_connections_cut_are_reconnected(own_dovecot, make_runtime, postgres_url):
    import psycopg

    append(own_dovecot, "coordinator", [make_email(subject="een")], received=JUNE)
    runtime = make_runtime(mailbox=_mailbox(own_dovecot), database_url=postgres_url)
    assert run_cycle(runtime).fetch.new == 1
    name = runtime.db.engine.url.database
    # what a server restart looks like from here: every connection of ours is gone
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
    append(own_dovecot, "coordinator", [make_email(subject="twee")], received=JUNE)
    assert run_cycle(runtime).fetch.new == 1
