"""Kill the worker (SIGKILL, a real process) at each point of the intake, then poll again:
nothing lost, nothing twice, every message ends in the processed folder.

Seven messages in batches of three (a group commit per batch): a point alone is reached in the first
batch; ``point@n`` the n-th time, in the second batch after the first was stored and moved (``after_fetch@5``
is its second message, read but not stored)."""

from __future__ import annotations

import hashlib
import json
import signal

import pytest

from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import append, folder_contents, make_email

POINTS = ["after_fetch", "after_raw_write", "after_row_commit", "before_post_action", "after_post_action",
          "after_fetch@5", "after_raw_write@2", "after_row_commit@2", "after_post_action@2"]


@pytest.mark.parametrize("point", POINTS)
def test_kill_during_intake_then_poll_again(point, dovecot_server, imap_user, imap_mailbox, tmp_path,
                                            database_url):
    messages = [make_email(subject=f"Aanvraag {n}",
                           attachments=[("a.pdf", b"%PDF-1.4 " + bytes([n]) * 50, "application/pdf")])
                for n in range(7)]
    append(dovecot_server, imap_user, messages)
    originals = folder_contents(dovecot_server, imap_user, "INBOX")
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {**imap_mailbox, "fetch_batch": 3},
        "database": {"url": database_url},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"},
    })
    assert run_intake_here("db", "upgrade", config=config).returncode == 0

    crashed = run_intake("poll", config=config, env={"INTAKE_CRASH_AT": point})
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr.decode()
    # nothing is moved that is not stored (and committed) yet
    listing = run_intake_here("messages", "--format", "jsonl", config=config)
    stored = {json.loads(line)["sha256"] for line in listing.stdout.decode().splitlines()}
    moved = {hashlib.sha256(raw).hexdigest() for raw in folder_contents(dovecot_server, imap_user,
                                                                         "Intake/Processed").values()}
    assert moved <= stored

    again = run_intake("poll", config=config)
    assert again.returncode == 0, again.stderr.decode()
    third = run_intake("poll", config=config)
    assert third.stdout.decode().startswith("fetched 0, new 0")

    listing = run_intake_here("messages", "--format", "jsonl", config=config)
    rows = [json.loads(line) for line in listing.stdout.decode().splitlines()]
    expected = sorted(hashlib.sha256(raw).hexdigest() for raw in originals.values())
    assert sorted(row["sha256"] for row in rows) == expected  # each exactly once
    assert {row["status"] for row in rows} == {"processed"}
    assert folder_contents(dovecot_server, imap_user, "INBOX") == {}
    assert sorted(folder_contents(dovecot_server, imap_user, "Intake/Processed").values()) == \
        sorted(originals.values())
