"""Several workers, one PostgreSQL database, one mailbox: every message taken, stored and processed once."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from intake.mailbox.fetching import folder_fetch_lock, folder_lock_key
from tests.support.cli import run_intake_here, write_config
from tests.support.dovecot import PASSWORD
from tests.support.mail import append, folder_contents, make_email
from tests.support.smtp import SmtpServer

WORKERS = 3
POLLS_PER_WORKER = 4

# One worker process: import once, wait for the start signal so all three overlap, then poll in a loop.
WORKER = """
import sys, time
from pathlib import Path
from intake.cli import main
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.01)
for _ in range({polls}):
    code = main(["--config", sys.argv[1], "poll"])
    print("exit", code, flush=True)
"""


def _counts(lines: list[str], name: str) -> int:
    return sum(int(match.group(1)) for line in lines for match in [re.search(rf"\b{name} (\d+)", line)] if match)


@dataclass
class Outcome:
    lines: list[str]  # every worker's summary lines
    rows: list[dict]  # `intake messages --format jsonl`
    originals: dict[int, bytes]
    inbox: dict[int, bytes]
    processed_folder: dict[int, bytes]
    applications: list[dict]  # `intake list --format jsonl`
    outbox: list[dict]  # `intake outbox list --format jsonl`
    delivered: Counter[str]  # Message-IDs as a real SMTP server received them, with how often


@pytest.fixture(scope="module")
def three_workers(dovecot_server, postgres_admin_url, tmp_path_factory) -> Iterator[Outcome]:
    """60 messages, 3 `intake poll` loops started together on one Dovecot folder and one PostgreSQL database."""
    import psycopg

    user = f"scale{uuid.uuid4().hex[:8]}"
    database = f"intake_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    base = postgres_admin_url.rsplit("/", 1)[0].split("://", 1)[1]
    tmp_path = tmp_path_factory.mktemp("scale-out")
    os.environ["INTAKE_TEST_IMAP_PASSWORD"] = PASSWORD
    # deliveries are counted where they arrive: a folder of files named by row id would hide a double send
    smtp_server = SmtpServer()
    smtp_server.start()
    try:
        messages = [make_email(subject=f"Aanvraag {n}", body=f"Ons idee nummer {n}.\n",
                               attachments=[(f"a{n}.pdf", b"%PDF-1.4 " + bytes([n]) * 40, "application/pdf")])
                    for n in range(60)]
        append(dovecot_server, user, messages)
        originals = folder_contents(dovecot_server, user, "INBOX")
        config = write_config(tmp_path / "intake.toml", {
            "mailbox": {"url": f"imap://{user}@127.0.0.1:{dovecot_server.port}/INBOX", "security": "none",
                        "password_env": "INTAKE_TEST_IMAP_PASSWORD", "timeout_seconds": 20, "fetch_batch": 4},
            "database": {"url": f"postgresql+psycopg://{base}/{database}"},
            "storage": {"data_dir": str(tmp_path / "data")},
            "smtp": smtp_server.smtp_config(),
        })
        assert run_intake_here("db", "upgrade", config=config).returncode == 0

        go = tmp_path / "go"
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        workers = [subprocess.Popen([sys.executable, "-c", WORKER.format(polls=POLLS_PER_WORKER), str(config),
                                     str(go)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
                   for _ in range(WORKERS)]
        time.sleep(1.5)  # let every worker finish its imports, so they really start together
        go.touch()
        outputs = [worker.communicate(timeout=120) for worker in workers]
        for worker, (_, err) in zip(workers, outputs, strict=True):
            assert worker.returncode == 0, err.decode()[-3000:]
        lines = [line for out, _ in outputs for line in out.decode().splitlines() if line.startswith("fetched")]
        listing = run_intake_here("messages", "--format", "jsonl", config=config)
        applications = [json.loads(x) for x in run_intake_here("list", "--format", "jsonl", config=config)
                        .stdout.decode().splitlines()]
        outbox = [json.loads(x) for x in run_intake_here("outbox", "list", "--format", "jsonl", config=config)
                  .stdout.decode().splitlines()]
        yield Outcome(lines=lines, rows=[json.loads(line) for line in listing.stdout.decode().splitlines()],
                      applications=applications, outbox=outbox,
                      delivered=Counter(message["Message-ID"] for message in smtp_server.messages()),
                      originals=originals, inbox=folder_contents(dovecot_server, user, "INBOX"),
                      processed_folder=folder_contents(dovecot_server, user, "Intake/Processed"))
    finally:
        smtp_server.stop()
        with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def test_three_workers_take_each_message_from_the_mailbox_once(three_workers):
    outcome = three_workers
    assert len(outcome.lines) == WORKERS * POLLS_PER_WORKER
    assert _counts(outcome.lines, "fetched") == 60  # one worker fetched at a time: no UID read twice
    assert _counts(outcome.lines, "new") == 60
    assert sorted(row["sha256"] for row in outcome.rows) == sorted(hashlib.sha256(raw).hexdigest()
                                                                   for raw in outcome.originals.values())
    assert outcome.inbox == {}
    assert sorted(outcome.processed_folder.values()) == sorted(outcome.originals.values())


def test_three_workers_process_each_message_once(three_workers):
    outcome = three_workers
    assert {row["status"] for row in outcome.rows} <= {"processed", "set_aside"}
    # a message processed by two workers is counted twice
    assert _counts(outcome.lines, "processed") + _counts(outcome.lines, "set aside") == 60
    # all 60 come from one applicant: one application and 59 follow-ups, never two applications at once
    assert len(outcome.applications) == 1
    # one receipt row per message (sent, or held back by the per-sender limit); each sent one delivered once
    assert len(outcome.outbox) == 60
    sent = [row["message_id"] for row in outcome.outbox if row["state"] == "sent"]
    assert sent
    assert outcome.delivered == Counter(dict.fromkeys(sent, 1))


def test_a_second_worker_skips_the_fetch_while_the_first_holds_the_folder(make_runtime, imap_mailbox,
                                                                          postgres_url):
    first = make_runtime(mailbox=imap_mailbox, database_url=postgres_url)
    second = make_runtime(mailbox=imap_mailbox, database_url=postgres_url)
    account, folder = first.source.account, first.source.folder
    with folder_fetch_lock(first, account, folder) as held:
        assert held
        from intake.mailbox.fetching import fetch_new_mail

        summary = fetch_new_mail(second)
        assert summary.skipped_locked and summary.fetched == 0
    # released: the lock is free again and the other folder's key is another key
    with first.db.engine.connect() as connection:
        # only this test's database: other tests (or a parallel run) may hold advisory locks elsewhere
        held_here = text("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                         "WHERE l.locktype = 'advisory' AND d.datname = current_database()")
        assert connection.scalar(held_here) == 0
    assert folder_lock_key(account, folder) != folder_lock_key(account, "Other")
    assert not fetch_new_mail(second).skipped_locked
