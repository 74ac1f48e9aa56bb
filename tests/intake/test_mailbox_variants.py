"""Every kind of IMAP server the coordinator may have, as the issue met them, with the config unchanged:
Cyrus and Courier folders (``INBOX.`` with ``.``), no MOVE, no UIDPLUS/CONDSTORE/NAMESPACE, a refused CREATE.

Each variant is a real Dovecot configured so (tests/support/dovecot.py); the commands run through the real
command line (``main``, in this process; the crash tests kill real subprocesses). Done when: 30 messages in
two polls, each stored once, the handled ones out of INBOX and in the processed folder (or keyworded where
the server cannot move, said by `intake check`), nothing deleted, exit 0.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
from datetime import UTC, datetime
from pathlib import Path

import imapclient
import pytest

import intake.mailbox.imap
from credentials.token_file import TokenFile, TokenRecord
from intake.cli import main
from storage.db import Database
from tests.support.cli import run_intake, write_config
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import append, folder_contents, imap_client, make_email
from tests.support.oauth2_provider import CLIENT_ID

# variant -> (what becomes of handled mail, what `intake check` must say about it)
EXPECTED = {
    "default": ("move", None),
    "cyrus": ("move", None),
    "courier": ("copy+expunge", "this server cannot move (no MOVE): handled mail is copied to INBOX.Intake.Processed"),
    "bare": ("keyword", "this server cannot move (no MOVE, no UIDPLUS)"),
    "nocreate": ("keyword", "PROBLEM: the server refused to create the processed folder 'INBOX.Intake.Processed'"),
    "oauth2": ("move", "signed in with OAuth2 as"),  # no password: SASL XOAUTH2 checked at the provider
}


@pytest.fixture(autouse=True)
def _fresh_process(caplog):
    """Each test as a new process would be: what is said once is said again, and warnings are captured."""
    intake.mailbox.imap._said.clear()
    caplog.set_level(logging.WARNING)


def cli(config: Path, *args: str, capsys, caplog) -> tuple[int, str, str]:
    """`intake --config CONFIG ARGS...` in this process: (exit code, stdout, stderr with the log's warnings)."""
    caplog.clear()
    code = main(["--config", str(config), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err + caplog.text


def _config(tmp_path: Path, server: Dovecot, user: str, provider=None, **mailbox) -> Path:
    os.environ["INTAKE_TEST_IMAP_PASSWORD"] = PASSWORD
    fresh = not (tmp_path / "intake.db").exists()
    extra: dict = {}
    if provider is not None:  # signed in already, as `intake auth login` leaves it (test_oauth2_end_to_end)
        token_file = tmp_path / "oauth2-token.json"
        mailbox = {"auth": "oauth2", **mailbox}
        extra["oauth2"] = provider.oauth2_config(str(token_file))
        if not token_file.exists():
            TokenFile(token_file).write(TokenRecord(
                refresh_token=provider._tokens(user, "imap smtp")["refresh_token"], client_id=CLIENT_ID,
                token_url=provider.url("/token"), scopes=("imap", "smtp"), signed_in_at=datetime.now(UTC)))
    config = write_config(tmp_path / "intake.toml", {
        # the config, unchanged on every server: processed_folder = "Intake/Processed"
        "mailbox": {"url": f"imap://{user}@127.0.0.1:{server.port}/INBOX", "security": "none",
                    "password_env": "INTAKE_TEST_IMAP_PASSWORD", "timeout_seconds": 20, "fetch_batch": 10,
                    "processed_folder": "Intake/Processed", **mailbox},
        "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"},
        **extra,
    })
    if fresh:
        db = Database(f"sqlite:///{tmp_path / 'intake.db'}")
        db.upgrade()
        db.dispose()
    return config


def _flags(server: Dovecot, user: str, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
    client = imap_client(server, user)
    try:
        client.select_folder(folder, readonly=True)
        return client.get_flags(client.search(["ALL"]))
    finally:
        client.logout()


def _stored(config: Path, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["--config", str(config), "messages", "--format", "jsonl"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("variant", sorted(EXPECTED))
def test_thirty_messages_in_two_polls(variant, dovecot_variant, imap_user, tmp_path, capsys, caplog,
                                      request):
    server = dovecot_variant(variant)
    method, said = EXPECTED[variant]
    provider = request.getfixturevalue("oauth2_provider") if variant == "oauth2" else None
    config = _config(tmp_path, server, imap_user, provider)
    first = [make_email(subject=f"Idee {n}") for n in range(15)]
    append(server, imap_user, first)
    originals = dict(folder_contents(server, imap_user, "INBOX"))

    code, out, err = cli(config, "poll", capsys=capsys, caplog=caplog)
    assert code == 0, err
    assert out.startswith("fetched 15, new 15"), out
    if variant in ("courier", "bare"):
        assert err.count("this server cannot move") == 1, err  # said once, though the poll took two batches
    if variant == "nocreate":
        assert err.count("refused to create the processed folder") == 1, err

    append(server, imap_user, [make_email(subject=f"Idee {n}") for n in range(15, 30)])
    originals.update({uid: raw for uid, raw in folder_contents(server, imap_user, "INBOX").items()
                      if uid not in originals})
    assert len(originals) == 30
    code, out, err = cli(config, "poll", capsys=capsys, caplog=caplog)
    assert code == 0, err
    assert out.startswith("fetched 15, new 15"), out
    assert cli(config, "poll", capsys=capsys, caplog=caplog)[1].startswith("fetched 0, new 0")

    rows = _stored(config, capsys)
    assert sorted(row["sha256"] for row in rows) == sorted(hashlib.sha256(raw).hexdigest()
                                                          for raw in originals.values())  # each exactly once
    processed_name = server.folder("Intake/Processed")
    inbox = folder_contents(server, imap_user, "INBOX")
    if method == "keyword":
        assert inbox == originals  # nothing moved, nothing deleted
        assert all(b"$IntakeProcessed" in flags for flags in _flags(server, imap_user).values())
        assert folder_contents(server, imap_user, processed_name) == {}
    else:
        assert inbox == {}
        assert sorted(folder_contents(server, imap_user, processed_name).values()) == sorted(originals.values())

    code, out, err = cli(config, "check", capsys=capsys, caplog=caplog)
    if variant == "nocreate":
        assert code == 2, out  # a configuration problem, naming the key and the file
        assert "mailbox.processed_folder" in err and str(config) in err
        assert "[NOPERM] Permission denied" in out
    else:
        assert code == 0, out + err
    if said:
        assert said in out, out
    if method == "move":
        assert f"handled mail is moved to {processed_name}" in out
    if variant in ("cyrus", "courier", "nocreate"):
        assert "personal folders: prefix 'INBOX.', separator '.'" in out


def test_a_refused_create_never_stops_new_mail(dovecot_variant, imap_user, tmp_path, capsys, caplog):
    """The issue on Debian's Cyrus: CREATE refused, the mailbox stopped advancing after fetch_batch messages
    and the line said "fetched 0". Now: keyword for that poll, said once, last_uid advances, counts hold."""
    server = dovecot_variant("nocreate")
    config = _config(tmp_path, server, imap_user, fetch_batch=5)
    append(server, imap_user, [make_email(subject=f"Idee {n}") for n in range(12)])

    code, out, err = cli(config, "poll", capsys=capsys, caplog=caplog)

    assert code == 0, err  # not an outage
    assert out.startswith("fetched 12, new 12"), out
    assert "mailbox unavailable" not in out + err
    assert err.count("refused to create the processed folder") == 1, err
    assert len(_stored(config, capsys)) == 12
    append(server, imap_user, [make_email(subject="later")])
    assert cli(config, "poll", capsys=capsys, caplog=caplog)[1].startswith("fetched 1, new 1")  # it advanced


CRASH_POINTS = ["before_post_action", "after_post_action"]  # after_row_commit is the same on every server


@pytest.mark.parametrize("variant", ["courier", "bare"])
@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill_around_the_post_action_on_each_server(variant, point, dovecot_variant, imap_user, tmp_path, capsys):
    """The crash points around the post-action, where the servers differ (COPY + UID EXPUNGE, the keyword;
    MOVE is test_crash_recovery's): a real process SIGKILLed, then a poll: nothing lost, nothing twice."""
    server = dovecot_variant(variant)
    config = _config(tmp_path, server, imap_user, fetch_batch=3)
    append(server, imap_user, [make_email(subject=f"Aanvraag {n}") for n in range(7)])
    originals = folder_contents(server, imap_user, "INBOX")

    crashed = run_intake("poll", config=config, env={"INTAKE_CRASH_AT": point})
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr.decode()
    again = run_intake("poll", config=config)
    assert again.returncode == 0, again.stderr.decode()

    rows = _stored(config, capsys)
    assert sorted(row["sha256"] for row in rows) == sorted(hashlib.sha256(raw).hexdigest()
                                                          for raw in originals.values())
    if EXPECTED[variant][0] == "keyword":
        assert folder_contents(server, imap_user, "INBOX") == originals
        assert all(b"$IntakeProcessed" in flags for flags in _flags(server, imap_user).values())
    else:
        assert folder_contents(server, imap_user, "INBOX") == {}
        assert sorted(folder_contents(server, imap_user, server.folder("Intake/Processed")).values()) == \
            sorted(originals.values())


def test_copy_and_expunge_leaves_the_coordinators_own_deleted_mail_alone(dovecot_variant, imap_user, tmp_path,
                                                                        capsys, caplog):
    """Without MOVE we expunge by UID, exactly what COPYUID confirmed: a message the coordinator marked
    \\Deleted herself (and has not expunged) is still there afterwards."""
    server = dovecot_variant("courier")
    append(server, imap_user, [make_email(subject="hers, marked deleted")])
    client = imap_client(server, imap_user)
    client.select_folder("INBOX")
    hers = client.search(["ALL"])
    client.add_flags(hers, [imapclient.DELETED])
    client.logout()
    # hers is stored and handled too (it is new mail to us); it must not vanish by a plain EXPUNGE of ours
    config = _config(tmp_path, server, imap_user, after="keep")
    assert cli(config, "poll", capsys=capsys, caplog=caplog)[0] == 0
    append(server, imap_user, [make_email(subject="Idee")])
    config = _config(tmp_path, server, imap_user)  # now move: COPY + UID EXPUNGE
    assert cli(config, "poll", capsys=capsys, caplog=caplog)[1].startswith("fetched 1, new 1")
    left = _flags(server, imap_user)
    assert list(left) == hers and imapclient.DELETED in left[hers[0]]
    assert len(folder_contents(server, imap_user, "INBOX.Intake.Processed")) == 1
