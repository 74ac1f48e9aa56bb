"""Kill the worker (SIGKILL) at each point after the intake: parsing, the application update, the queued
receipt, and the window where SMTP accepted a mail that is not yet marked sent. A fresh worker then runs
to completion: every message once, every application once, every receipt delivered exactly once."""

from __future__ import annotations

import json
import signal
from collections import Counter
from datetime import datetime

import pytest

from tests.support.applications import application_mail, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import BRUSSELS, append, make_email
from tests.support.smtp import SmtpServer

POINTS = ["after_parse", "after_application_update", "after_queue_receipt", "after_smtp_accept"]


@pytest.fixture
def smtp() -> SmtpServer:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("point", POINTS)
def test_kill_in_the_pipeline_then_run_again(point, dovecot_server, imap_user, imap_mailbox, tmp_path,
                                             database_url, smtp):
    mails = [
        application_mail(values(1), sender="Griet <griet@example.org>"),
        application_mail(values(2, language="fr", municipality="Hondschoote", postcode="59122"),
                         sender="Camille <camille@example.net>", language="fr", file_format="docx"),
        make_email(sender="Jef <jef@example.org>", subject="Idee", body="Gemeente: Poperinge\nGevraagd bedrag: "
                   "4.500 euro\nTitel: Buurtmeesters\n"),
    ]
    append(dovecot_server, imap_user, mails, received=datetime(2019, 6, 10, 12, 0, tzinfo=BRUSSELS))
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": imap_mailbox, "database": {"url": database_url},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": smtp.smtp_config()})
    assert run_intake_here("db", "upgrade", config=config).returncode == 0

    crashed = run_intake("poll", config=config, env={"INTAKE_CRASH_AT": point})
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr.decode()[-2000:]
    for _ in range(2):
        again = run_intake("poll", config=config)
        assert again.returncode == 0, again.stderr.decode()[-2000:]

    messages = [json.loads(x) for x in run_intake_here("messages", "--format", "jsonl", config=config)
                .stdout.decode().splitlines()]
    assert len(messages) == 3 and {m["status"] for m in messages} == {"processed"}
    applications = [json.loads(x) for x in run_intake_here("export", "--format", "jsonl", config=config)
                    .stdout.decode().splitlines()]
    assert [a["reference"] for a in applications] == ["MWB-2019-001", "MWB-2019-002", "MWB-2019-003"]
    delivered = Counter(r.message["To"] for r in smtp.received)
    # the one window SMTP cannot close (accepted, not yet marked): the row is held, never blindly resent
    assert delivered == {"griet@example.org": 1, "camille@example.net": 1, "jef@example.org": 1}, delivered
    outbox = [json.loads(x) for x in run_intake_here("outbox", "list", "--format", "jsonl", config=config)
              .stdout.decode().splitlines()]
    assert len(outbox) == 3
    states = Counter(row["state"] for row in outbox)
    if point == "after_smtp_accept":
        assert states == {"sent": 2, "sending": 1}  # held until reconciled, then `unknown` for a human
    else:
        assert states == {"sent": 3}
