"""OAuth2 end to end, with real parts: Dovecot's oauth2 passdb and an aiosmtpd XOAUTH2 server, both checking
every access token at the tests' OAuth2 provider (device flow, short-lived access tokens, rotating refresh
tokens, introspection, revocation).

`intake auth login` (the test plays the person approving the code), polls, the access token expires and is
renewed (the spent refresh token is never presented again), receipts go out over XOAUTH2, the sign-in is
revoked (exit 1 naming `intake auth login`, an incident for the digest), and no token the provider issued
shows up in any output, log, the database or any file but token_file.
"""

from __future__ import annotations

import base64
import logging
import os
import stat
import subprocess
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from credentials.sasl import xoauth2_string
from credentials.tokens import token_source
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle
from storage.incidents import Incident
from storage.models import Message
from tests.support.applications import application_mail, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import BRUSSELS, append, folder_contents, make_email
from tests.support.settings import make_settings
from tests.support.smtp import SmtpServer

ON_TIME = datetime(2019, 6, 10, 14, 0, tzinfo=BRUSSELS)
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def oauth2_smtp(oauth2_provider):
    server = SmtpServer(oauth2=oauth2_provider)
    server.start()
    yield server
    server.stop()


def _tables(tmp_path: Path, dovecot, smtp: SmtpServer, provider, user: str) -> dict:
    return {
        "mailbox": {"url": f"imap://{user}@127.0.0.1:{dovecot.port}/INBOX", "security": "none", "auth": "oauth2",
                    "timeout_seconds": 20, "fetch_batch": 10},
        "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": {"url": f"smtp://127.0.0.1:{smtp.port}", "security": "none", "auth": "oauth2",
                 "from": f"Maak werk van je buurt <{user}>", "coordinator": user},
        "oauth2": provider.oauth2_config(str(tmp_path / "var" / "oauth2-token.json")),
    }


def _login(config: Path, provider, user: str) -> str:
    """`intake auth login` as a person does it: read the code it prints, approve it at the provider."""
    process = subprocess.Popen([sys.executable, "-m", "intake.cli", "--config", str(config), "auth", "login"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        first = process.stdout.readline()
        assert "enter the code" in first, first + process.stderr.read()
        code = first.rsplit(" ", 1)[1].strip()
        provider.approve(code, user)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    return first + out + err


def test_sign_in_poll_refresh_send_revoke_and_no_token_leaks(tmp_path, dovecot_variant, oauth2_provider,
                                                             oauth2_smtp, caplog, monkeypatch):
    provider = oauth2_provider
    dovecot = dovecot_variant("oauth2")
    user = f"coordinator-{uuid.uuid4().hex[:8]}@example.org"
    tables = _tables(tmp_path, dovecot, oauth2_smtp, provider, user)
    config = write_config(tmp_path / "intake.toml", tables)
    outputs: list[str] = []
    caplog.set_level(logging.DEBUG)  # every logger of ours and of the libraries, IMAP and HTTP included
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # the test SMTP server's own, not ours

    # 1. sign in: the device flow, approved by "the person" at the provider
    outputs.append(_login(config, provider, user))
    token_file = tmp_path / "var" / "oauth2-token.json"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    status = run_intake("auth", "status", config=config)
    outputs += [status.stdout.decode(), status.stderr.decode()]
    assert status.returncode == 0 and "scopes      imap smtp offline_access" in status.stdout.decode()

    # 2. a poll (its own process, as cron or a person runs it): in over IMAP, receipts out over SMTP, both XOAUTH2
    append(dovecot, user, [application_mail(values(1), sender="Griet <griet@example.org>"),
                           *[make_email(subject=f"vraag {n}") for n in range(13)]], received=ON_TIME)
    assert run_intake_here("db", "upgrade", config=config).returncode == 0
    poll = run_intake("-v", "poll", config=config)
    outputs += [poll.stdout.decode(), poll.stderr.decode()]
    assert poll.returncode == 0, poll.stderr.decode()
    assert poll.stdout.decode().startswith("fetched 14, new 14"), poll.stdout.decode()
    assert {r.signed_in_as for r in oauth2_smtp.received} == {user}  # every mail sent signed in
    assert ["griet@example.org"] in [r.rcpt_tos for r in oauth2_smtp.received]  # her receipt
    assert folder_contents(dovecot, user, "INBOX") == {}

    # 3. the worker's way: one process, the access token expires between polls and is renewed. The
    # provider's tokens live 60 s; the sign-in's clock is moved on instead of waiting (and so the steps do
    # not depend on how fast a loaded machine runs a cycle)
    monkeypatch.setattr(provider, "access_lifetime", 60.0)
    settings = make_settings(tmp_path, mailbox=tables["mailbox"], database_url=tables["database"]["url"],
                             smtp=tables["smtp"], extra={"oauth2": tables["oauth2"]})
    tokens = token_source(settings.oauth2)  # the process's one, which mailbox and SMTP share
    now = [time.time()]
    monkeypatch.setattr(tokens, "clock", lambda: now[0])
    runtime = Runtime.from_settings(settings)
    try:
        refreshes = provider.count("refresh_token")
        append(dovecot, user, [make_email(subject="tweede")], received=ON_TIME)
        assert run_cycle(runtime).fetch.new == 1
        assert provider.count("refresh_token") == refreshes + 1
        now[0] += 30
        assert run_cycle(runtime).fetch.fetched == 0
        assert provider.count("refresh_token") == refreshes + 1  # still valid: not renewed for nothing
        now[0] += 31  # 61 s after it was issued: expired
        append(dovecot, user, [make_email(subject="derde")], received=ON_TIME)
        third = run_cycle(runtime)
        assert (third.fetch.new, third.mailbox_error) == (1, None)
        assert provider.count("refresh_token") == refreshes + 2

        # a token the server refuses before its time (revoked access, clock skew): one fresh one, then on
        before = provider.count("refresh_token")
        provider.expire_access_tokens()
        append(dovecot, user, [make_email(subject="vierde")], received=ON_TIME)
        fourth = run_cycle(runtime)
        assert (fourth.fetch.new, fourth.mailbox_error) == (1, None)
        assert provider.count("refresh_token") == before + 1  # refused once, renewed once

        # rotation: every spent refresh token was refused afterwards and never presented again
        assert provider.reused == []
        assert len([t for t in provider.active_refresh_tokens() if t in token_file.read_text()]) == 1

        # 4. the sign-in is revoked at the provider: a handled failure naming `intake auth login`
        provider.revoke_user(user)
        append(dovecot, user, [make_email(subject="na intrekking")], received=ON_TIME)
        runtime.source  # noqa: B018 - the same source; its cached token is now refused too
        revoked = run_cycle(runtime, respect_backoff=True)
        assert revoked.mailbox_error and "intake auth login" in revoked.mailbox_error
        with runtime.db.session() as session:
            incident = session.scalar(select(Incident).where(Incident.component == "mailbox",
                                                             Incident.ended_at.is_(None)))
            assert incident is not None and "intake auth login" in incident.last_error
            stored = session.scalar(select(Message).where(Message.subject == "na intrekking"))
            assert stored is None
    finally:
        runtime.close()
    poll = run_intake("poll", config=config)
    outputs += [poll.stdout.decode(), poll.stderr.decode()]
    assert poll.returncode == 1
    assert "intake auth login" in poll.stderr.decode().strip().splitlines()[-1]
    check = run_intake("check", config=config)
    outputs += [check.stdout.decode(), check.stderr.decode()]
    assert check.returncode == 1
    for part in ("mailbox", "smtp"):
        line = next(line for line in check.stdout.decode().splitlines() if line.startswith(part))
        assert "DOWN" in line and "intake auth login" in line, line
    status = run_intake("auth", "status", config=config)
    outputs += [status.stdout.decode(), status.stderr.decode()]

    # 5. no token anywhere but token_file: outputs, our logs, the database, the data dir, every other file
    outputs.append(caplog.text)
    files = [path for path in tmp_path.rglob("*") if path.is_file() and path != token_file]
    assert any(path.name == "intake.db" for path in files) and any("data" in path.parts for path in files)
    haystacks = outputs + [path.read_bytes().decode("latin-1") for path in files]
    issued = [token for token in provider.issued if token.startswith(("at-", "rt-", "dc-", "code-"))]
    assert len(issued) > 10
    # and the SASL strings as they travel (base64), should a protocol log show them
    sasl = [base64.b64encode(xoauth2_string(user, token).encode()).decode() for token in issued]
    leaked = [token for token in issued + sasl for text in haystacks if token in text]
    assert leaked == []


def test_a_token_source_refresh_is_serialised_across_processes(tmp_path, oauth2_provider):
    """Four processes renewing from one token file, ten times each: every refresh starts from the token the
    one before saved, so the provider never sees a spent refresh token again."""
    config = write_config(tmp_path / "intake.toml", {"oauth2": oauth2_provider.oauth2_config(
        str(tmp_path / "token.json"))})
    from credentials.sign_in import TokenFile, TokenRecord

    first = oauth2_provider._tokens("shared@example.org", "imap smtp")  # as a sign-in would leave it
    TokenFile(tmp_path / "token.json").write(TokenRecord(
        refresh_token=first["refresh_token"], client_id="intake-tests-client", token_url="x", scopes=("imap",),
        signed_in_at=datetime.now(BRUSSELS)))
    script = ("import sys; from config import load_settings; from credentials.tokens import TokenSource\n"
              "source = TokenSource(load_settings(sys.argv[1]).oauth2)\n"
              "for _ in range(10): source.access_token(refresh=True)\n")
    workers = [subprocess.Popen([sys.executable, "-c", script, str(config)], cwd=REPO, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(REPO)}) for _ in range(4)]
    errors = [worker.communicate(timeout=120)[1].decode() for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0, 0, 0], errors
    assert oauth2_provider.reused == []
    assert TokenFile(tmp_path / "token.json").read().refresh_token in oauth2_provider.active_refresh_tokens()
