"""Three workers drain one PostgreSQL outbox at the same moment: each mail reaches the SMTP server once.

The window between "this mail is due" and "this worker has claimed it" is widened with the fault
checkpoint ``before_outbox_claim`` (``INTAKE_PAUSE_AT``), so every worker reads every mail as queued
before any of them claims it. A claim that does not check the state sends each mail three times here.
Deliveries are counted at a real SMTP server (aiosmtpd on loopback) by Message-ID, never as files.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from notifications.receipts import queue_receipt
from storage.outbox import OutboxState, OutgoingMail
from tests.notifications.factories import add_application, add_message
from tests.support.cli import write_config
from tests.support.mail import make_email

WORKERS = 3
MAILS = 8
PAUSE_SECONDS = 0.4

# One worker process: import once, say so, wait for the start signal so that all three drain together, poll once.
WORKER = """
import os, sys, time
from pathlib import Path
from intake.cli import main
go = Path(sys.argv[2])
(go.parent / f"ready-{os.getpid()}").touch()
while not go.exists():
    time.sleep(0.005)
print("start", time.time(), flush=True)
code = main(["--config", sys.argv[1], "poll"])
print("end", time.time(), flush=True)
sys.exit(code)
"""


def _queue_receipts(env, count: int) -> list[OutgoingMail]:
    with env.db.session() as session:
        for number in range(count):
            sender = f"aanvrager{number}@example.org"  # one each: the per-sender limit holds none back
            message = add_message(session, env.blobs, make_email(sender=sender))
            application = add_application(session, message=message, sender=sender)
            queue_receipt(session, env.settings, application, message, now=env.now)
        return list(session.scalars(select(OutgoingMail).order_by(OutgoingMail.id)))


def _times(output: str, word: str) -> float:
    return float(re.search(rf"^{word} (\S+)$", output, re.MULTILINE).group(1))


def test_three_workers_draining_at_once_deliver_each_mail_once(make_env, smtp_server, postgres_url, tmp_path):
    env = make_env(database_url=postgres_url, smtp=smtp_server.smtp_config())
    queued = _queue_receipts(env, MAILS)
    assert [row.state for row in queued] == [OutboxState.QUEUED] * MAILS
    for sub in ("new", "cur", "tmp"):  # an empty mailbox: the polls only drain the outbox
        (tmp_path / "mailbox" / sub).mkdir(parents=True)
    config = write_config(tmp_path / "workers.toml", {
        "mailbox": {"url": f"maildir:{tmp_path / 'mailbox'}"}, "database": {"url": postgres_url},
        "storage": {"data_dir": str(env.settings.data_dir)}, "smtp": smtp_server.smtp_config()})

    go = tmp_path / "go"
    process_env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
                   "INTAKE_PAUSE_AT": f"before_outbox_claim:{PAUSE_SECONDS}"}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(config), str(go)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=process_env) for _ in range(WORKERS)]
    try:
        # every worker has imported intake and is spinning on the go file before any of them starts
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("ready-*"))) < WORKERS and time.monotonic() < deadline:
            time.sleep(0.05)
        go.touch()
        outputs = [worker.communicate(timeout=120) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.communicate()
    for worker, (_, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err.decode()[-3000:]
    texts = [out.decode() for out, _ in outputs]
    # the three really drained at the same time: each started before any of them ended
    assert max(_times(t, "start") for t in texts) < min(_times(t, "end") for t in texts)

    delivered = Counter(message["Message-ID"] for message in smtp_server.messages())
    assert delivered == Counter({row.message_id: 1 for row in queued})
    assert sum(int(re.search(r"\bsent (\d+)", t).group(1)) for t in texts) == MAILS
    with env.db.session() as session:
        rows = list(session.scalars(select(OutgoingMail).order_by(OutgoingMail.id)))
    assert [(row.state, row.attempts) for row in rows] == [(OutboxState.SENT, 1)] * MAILS


def test_a_claim_takes_only_a_due_queued_row_and_only_once(make_env, database_url):
    """The claim is the whole guard: a second claim, or one on a row put back with a backoff, changes nothing."""
    from datetime import timedelta

    from notifications.sending import _claim

    env = make_env(database_url=database_url)
    [row] = _queue_receipts(env, 1)
    with env.db.session() as session:  # another worker got a 421 and put it back for later
        session.get(OutgoingMail, row.id).next_attempt_at = env.now + timedelta(minutes=1)
    with env.db.session() as session:
        assert not _claim(session, row.id, env.now)
    with env.db.session() as session:
        assert _claim(session, row.id, env.now + timedelta(minutes=1))
    with env.db.session() as session:
        assert not _claim(session, row.id, env.now + timedelta(minutes=1))
        claimed = session.get(OutgoingMail, row.id)
        assert (claimed.state, claimed.attempts) == (OutboxState.SENDING, 1)
