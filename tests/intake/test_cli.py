"""The command line as a coordinator uses it: real subprocesses, real files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from storage.db import Database
from tests.support.cli import run_intake, run_worker, write_config
from tests.support.mail import append, folder_contents, make_email


def _config(tmp_path: Path, mailbox: dict, **extra) -> Path:
    return write_config(tmp_path / "intake.toml", {
        "mailbox": mailbox, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"},
        **extra})


def test_demo_sets_up_and_runs_one_cycle(tmp_path):
    result = run_intake("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "new 5" in out and "failed 0" in out
    assert (tmp_path / "demo" / "intake.toml").exists()
    # a second run starts over cleanly
    assert run_intake("demo", cwd=tmp_path).returncode == 0
    listing = run_intake("messages", "--format", "jsonl", config=tmp_path / "demo" / "intake.toml")
    rows = [json.loads(line) for line in listing.stdout.decode().splitlines()]
    assert len(rows) == 5 and all(row["attachments"] is not None for row in rows)


def test_demo_refuses_to_wipe_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "precious.txt").write_text("keep me")
    result = run_intake("demo", cwd=tmp_path)
    assert result.returncode == 1 and "not made by `intake demo`" in result.stderr.decode()
    assert (tmp_path / "demo" / "precious.txt").exists()


def test_poll_creates_a_new_database(tmp_path, dovecot_server, imap_user, imap_mailbox):
    append(dovecot_server, imap_user, [make_email()])
    config = _config(tmp_path, imap_mailbox)
    poll = run_intake("poll", config=config)  # no `intake db upgrade` before: the schema is created
    assert poll.returncode == 0, poll.stderr.decode()
    assert poll.stdout.decode().startswith("fetched 1, new 1")
    assert len(run_intake("messages", "--format", "jsonl", config=config).stdout.decode().splitlines()) == 1


def test_poll_refuses_an_older_schema_until_upgraded(tmp_path, imap_mailbox):
    config = _config(tmp_path, imap_mailbox)
    older = Database(f"sqlite:///{tmp_path / 'intake.db'}")
    older.upgrade("0004")  # what an intake of the previous version left behind
    older.dispose()
    refused = run_intake("poll", config=config)
    assert refused.returncode == 1
    reason = refused.stderr.decode()
    assert reason.count("\n") == 1 and "at revision 0004" in reason and "run `intake db upgrade`" in reason
    assert run_intake("db", "upgrade", config=config).returncode == 0
    again = run_intake("poll", config=config)
    assert again.returncode == 0, again.stderr.decode()


def test_messages_jsonl_and_raw_are_byte_exact(tmp_path, dovecot_server, imap_user, imap_mailbox):
    raw = make_email(subject="Één aanvraag", attachments=[("a.pdf", b"%PDF-1.4 x", "application/pdf")])
    append(dovecot_server, imap_user, [raw])
    fetched = next(iter(folder_contents(dovecot_server, imap_user, "INBOX").values()))
    config = _config(tmp_path, imap_mailbox)
    poll = run_intake("poll", config=config)
    assert poll.stdout.decode().startswith("fetched 1, new 1, duplicate 0, failed 0")

    rows = [json.loads(line) for line in run_intake("messages", "--format", "jsonl", config=config)
            .stdout.decode().splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert set(row) >= {"id", "folder", "uidvalidity", "uid", "message_id", "sha256", "size", "received_at",
                        "sender", "subject", "status", "error", "attachments"}
    assert row["sha256"] == hashlib.sha256(fetched).hexdigest() and row["size"] == len(fetched)
    assert row["received_at"].endswith("Z")
    assert row["attachments"][0]["content_type"] == "application/pdf"
    assert run_intake("messages", "raw", str(row["id"]), config=config).stdout == fetched
    missing = run_intake("messages", "raw", "999", config=config)
    assert missing.returncode == 1 and "no stored message" in missing.stderr.decode()
    table = run_intake("messages", config=config).stdout.decode()
    assert "Één aanvraag" in table and "processed" in table


def test_check_names_the_part_that_is_down(tmp_path, dovecot_server, imap_user, imap_mailbox):
    config = _config(tmp_path, imap_mailbox)
    append(dovecot_server, imap_user, [make_email()])
    ok = run_intake("check", config=config)
    assert ok.returncode == 0, ok.stdout.decode() + ok.stderr.decode()
    assert "mailbox   ok" in ok.stdout.decode()
    down = _config(tmp_path, {**imap_mailbox, "url": imap_mailbox["url"].replace(str(dovecot_server.port), "1")})
    result = run_intake("check", config=down)
    assert result.returncode == 1
    assert "mailbox   DOWN" in result.stdout.decode() and "down: mailbox" in result.stderr.decode()


def test_worker_polls_and_stops_cleanly_on_sigterm(tmp_path, dovecot_server, imap_user, imap_mailbox):
    append(dovecot_server, imap_user, [make_email(subject="voor de worker")])
    config = _config(tmp_path, imap_mailbox)
    code, out, err = run_worker(config, until=lambda: not folder_contents(dovecot_server, imap_user, "INBOX"))
    assert folder_contents(dovecot_server, imap_user, "INBOX") == {}
    assert code == 0, err
    assert "intake worker stopped" in out
    assert "received SIGTERM" in err


def test_the_demo_hint_names_a_command_that_works_from_anywhere(tmp_path):
    """`.venv/bin/intake` only works from the repository folder: the hint is `intake` when that name on PATH is
    this program, else the running program's absolute path."""
    import os

    from intake.cli.demo import command_name

    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    script = bin_dir / "intake"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    python = bin_dir / "python3"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert command_name(str(script), str(python), path=str(elsewhere)) == str(script)
    assert command_name(str(script), str(python), path=f"{elsewhere}{os.pathsep}{bin_dir}") == "intake"
    # started as `python -m intake.cli`: the console script beside the interpreter
    assert command_name("/somewhere/intake/cli/__main__.py", str(python), path=str(elsewhere)) == str(script)
    script.unlink()
    module_start = command_name("/somewhere/intake/cli/__main__.py", str(python), path=str(elsewhere))
    assert module_start == f"{python} -m intake.cli"
    # a relative start (`.venv/bin/intake demo` in the repository) still prints an absolute path
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    previous = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert command_name("venv/bin/intake", str(python), path=str(elsewhere)) == str(script)
    finally:
        os.chdir(previous)
