"""The sender against a real SMTP server: retries, permanent failures, the outbox folder, and a real crash."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import timedelta

from sqlalchemy import select

from notifications.receipts import queue_receipt
from notifications.sending import STALE_SENDING, send_pending
from storage.outbox import OutboxState, OutgoingMail
from tests.notifications.factories import add_application, add_message
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.dovecot import free_port
from tests.support.mail import make_email


def _queue(env, count: int = 1) -> list[int]:
    ids = []
    with env.db.session() as session:
        for number in range(count):
            message = add_message(session, env.blobs, make_email(sender=f"a{number}@example.org"))
            app = add_application(session, message=message, sender=f"a{number}@example.org")
            queue_receipt(session, env.settings, app, message, now=env.now)
        ids = list(session.scalars(select(OutgoingMail.id).order_by(OutgoingMail.id)))
    return ids


def _row(env, outbox_id: int) -> OutgoingMail:
    with env.db.session() as session:
        return session.get(OutgoingMail, outbox_id)


def test_nothing_queued_is_cheap_and_sends_nothing(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    summary = send_pending(env.db, env.settings, env.clock)
    assert (summary.sent, summary.retry_later, summary.failed) == (0, 0, 0)


def test_a_421_is_retried_with_backoff_then_sent(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    [outbox_id] = _queue(env)
    smtp_server.fail_next(421)
    summary = send_pending(env.db, env.settings, env.clock)
    assert (summary.sent, summary.retry_later) == (0, 1)
    row = _row(env, outbox_id)
    assert row.state == OutboxState.QUEUED and row.attempts == 1 and "421" in row.last_error
    assert row.next_attempt_at == env.now + timedelta(minutes=1)
    assert send_pending(env.db, env.settings, env.clock).sent == 0  # not due yet
    env.now += timedelta(minutes=1)
    assert send_pending(env.db, env.settings, env.clock).sent == 1
    assert len(smtp_server.received) == 1
    row = _row(env, outbox_id)
    assert row.state == OutboxState.SENT and row.attempts == 2 and row.last_error is None


def test_a_550_fails_at_once_and_shows_in_outbox_list(make_env, smtp_server, tmp_path):
    env = make_env(smtp=smtp_server.smtp_config())
    [outbox_id] = _queue(env)
    smtp_server.refuse(550)
    summary = send_pending(env.db, env.settings, env.clock)
    assert (summary.sent, summary.failed) == (0, 1)
    row = _row(env, outbox_id)
    assert row.state == OutboxState.FAILED and row.attempts == 1 and "550" in row.last_error
    config = write_config(tmp_path / "cli.toml", {"database": {"url": env.settings.database_url},
                                                  "storage": {"data_dir": str(env.settings.data_dir)},
                                                  "smtp": smtp_server.smtp_config()})
    listed = run_intake_here("outbox", "list", "--format", "jsonl", config=config)
    assert listed.returncode == 0, listed.stderr
    [record] = [json.loads(line) for line in listed.stdout.decode().splitlines()]
    assert record["state"] == "failed" and "550 5.1.1" in record["last_error"] and record["id"] == outbox_id
    table = run_intake("outbox", config=config).stdout.decode()
    assert "failed" in table and "550" in table
    # the coordinator fixes the address problem on the server side and retries
    smtp_server.refuse(None)
    retried = run_intake("outbox", "retry", config=config)
    assert retried.returncode == 0, retried.stderr
    assert "sent 1" in retried.stdout.decode()
    assert _row(env, outbox_id).state == OutboxState.SENT
    assert len(smtp_server.received) == 1


def test_an_unreachable_server_keeps_everything_queued(make_env):
    env = make_env(smtp={"url": f"smtp://127.0.0.1:{free_port()}", "security": "none"})
    ids = _queue(env, 3)
    summary = send_pending(env.db, env.settings, env.clock)
    assert (summary.sent, summary.retry_later, summary.failed) == (0, 1, 0)  # stopped after the first
    rows = [_row(env, i) for i in ids]
    assert [r.state for r in rows] == [OutboxState.QUEUED] * 3
    assert "cannot reach the SMTP server" in rows[0].last_error
    assert [r.attempts for r in rows] == [1, 0, 0]


def test_too_many_temporary_failures_end_in_failed(make_env, smtp_server):
    env = make_env(smtp={**smtp_server.smtp_config(), "max_attempts": 2})
    [outbox_id] = _queue(env)
    smtp_server.fail_next(451, times=5)
    send_pending(env.db, env.settings, env.clock)
    env.now += timedelta(hours=1)
    send_pending(env.db, env.settings, env.clock)
    row = _row(env, outbox_id)
    assert row.state == OutboxState.FAILED and row.attempts == 2 and "451" in row.last_error


def test_the_outbox_folder_gets_one_eml_per_mail(make_env):
    env = make_env()  # smtp url: outbox:./outbox
    ids = _queue(env, 2)
    assert send_pending(env.db, env.settings, env.clock).sent == 2
    files = sorted(env.settings.smtp.outbox_path.glob("*.eml"))
    assert [f.name for f in files] == [f"{i:06d}-receipt.eml" for i in ids]
    assert not list(env.settings.smtp.outbox_path.glob(".tmp-*"))
    mail = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert mail["Auto-Submitted"] == "auto-replied" and mail["To"] == "a0@example.org"
    assert send_pending(env.db, env.settings, env.clock).sent == 0


def test_a_crash_after_the_smtp_server_accepted_does_not_send_twice(make_env, smtp_server, tmp_path):
    env = make_env(smtp=smtp_server.smtp_config())
    (tmp_path / "mailbox" / "new").mkdir(parents=True)
    for sub in ("cur", "tmp"):
        (tmp_path / "mailbox" / sub).mkdir()
    [outbox_id] = _queue(env)
    config = write_config(tmp_path / "crash.toml", {
        "mailbox": {"url": "maildir:./mailbox"}, "database": {"url": env.settings.database_url},
        "storage": {"data_dir": str(env.settings.data_dir)}, "smtp": smtp_server.smtp_config()})
    crashed = run_intake("poll", config=config, env={"INTAKE_CRASH_AT": "after_smtp_accept"})
    assert crashed.returncode == -9, crashed.stderr  # SIGKILL: no chance to mark it sent
    assert len(smtp_server.received) == 1
    assert _row(env, outbox_id).state == OutboxState.SENDING
    again = run_intake("poll", config=config)  # the restarted worker
    assert again.returncode == 0, again.stderr
    assert len(smtp_server.received) == 1
    # once the row is older than any send could take, it is held as unknown for a human, not resent
    env.now = _row(env, outbox_id).sending_started_at + STALE_SENDING + timedelta(seconds=1)
    summary = send_pending(env.db, env.settings, env.clock)
    assert (summary.sent, summary.unknown) == (0, 1)
    row = _row(env, outbox_id)
    assert row.state == OutboxState.UNKNOWN and "intake outbox retry" in row.last_error
    assert len(smtp_server.received) == 1
    assert send_pending(env.db, env.settings, env.clock).sent == 0
    assert len(smtp_server.received) == 1


def test_a_crash_with_the_outbox_folder_is_reconciled_as_sent(make_env, tmp_path):
    env = make_env()
    [outbox_id] = _queue(env)
    with env.db.session() as session:  # as if the worker died right after writing the file
        row = session.get(OutgoingMail, outbox_id)
        row.state, row.sending_started_at, row.attempts = OutboxState.SENDING, env.now, 1
    env.settings.smtp.outbox_path.mkdir(parents=True)
    (env.settings.smtp.outbox_path / f"{outbox_id:06d}-receipt.eml").write_bytes(b"Subject: x\r\n\r\nx\r\n")
    env.now += STALE_SENDING * 2
    send_pending(env.db, env.settings, env.clock)
    assert _row(env, outbox_id).state == OutboxState.SENT


def test_a_server_that_never_answers_times_out_and_keeps_the_mail(make_env):
    """A slow or hung SMTP server (it accepts the connection and says nothing) costs one timeout, not the worker."""
    import socket
    import threading
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept_and_stay_silent() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept_and_stay_silent, daemon=True)
    thread.start()
    try:
        env = make_env(smtp={"url": f"smtp://127.0.0.1:{listener.getsockname()[1]}", "security": "none",
                             "timeout_seconds": 1})
        ids = _queue(env, 3)
        started = time.monotonic()
        summary = send_pending(env.db, env.settings, env.clock)
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()
    assert elapsed < 10  # one timeout, then the rest waits for the next cycle
    assert (summary.sent, summary.failed) == (0, 0) and summary.unreachable
    rows = [_row(env, i) for i in ids]
    assert [r.state for r in rows] == [OutboxState.QUEUED] * 3
    assert "timed out" in rows[0].last_error.lower()
