"""A real console for the browser tests: applications taken in by a real `intake poll`, accounts made with
`intake users add`, `intake web` running as its own process, and Debian's Chromium driven by Playwright.

Under CI=true a missing Chromium or Playwright fails the test (tests/conftest.py ``missing``).
"""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest

from intake.mailbox.maildir import ensure_maildir
from tests.support.applications import application_mail, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.dovecot import free_port
from tests.support.mail import BRUSSELS

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "var" / "test-output" / "web"
COORDINATOR = ("jonas@example.org", "a long coordinator passphrase")
REVIEWER = ("jury@example.org", "a long reviewer passphrase")
HOSTILE_SUBJECT = '<script>alert("subject")</script><img src=x onerror=alert(1)>'
HOSTILE_ORGANISATION = '<img src=x onerror=alert("organisation")>'
HOSTILE_TITLE = '"><script>alert("title")</script>'
ON_TIME = datetime(2019, 6, 10, 14, 0, tzinfo=BRUSSELS)


@dataclass(frozen=True)
class Console:
    url: str
    config: Path
    root: Path

    def show(self, reference: str) -> dict:
        result = run_intake_here("show", reference, "--format", "json", config=self.config)
        assert result.returncode == 0, result.stderr.decode()
        return json.loads(result.stdout)

    def records(self) -> list[dict]:
        result = run_intake_here("list", "--format", "jsonl", config=self.config)
        return [json.loads(line) for line in result.stdout.decode().splitlines()]


def _deliver(maildir: Path, messages: list[bytes], received: datetime = ON_TIME) -> None:
    """Into a Maildir, a minute apart: arrival (the file's mtime) decides the order, so references are fixed."""
    ensure_maildir(maildir)
    box = mailbox.Maildir(maildir, create=False)
    for index, raw in enumerate(messages):
        key = box.add(raw)
        stamp = (received + timedelta(minutes=index)).timestamp()
        os.utime(maildir / "new" / key, (stamp, stamp))


def seed_messages() -> list[bytes]:
    """An NL PDF, an FR DOCX, one whose subject and fields are HTML and script, one in the mail's body, and
    a question from someone without an idea yet."""
    body_only = (
        b"From: Jef <jef@example.org>\r\nTo: coordinator@example.org\r\nSubject: Idee voor onze straat\r\n"
        b"Message-ID: <body-only@example.org>\r\nDate: Mon, 10 Jun 2019 10:00:00 +0200\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Dag,\r\n\r\nOrganisatie: Buurtcomite Kasteelstraat\r\nGemeente: Poperinge\r\n"
        b"Titel: Buurtmeesters in Proven\r\nGevraagd bedrag: 4.500 euro\r\n\r\nGroeten,\r\nJef\r\n"
    )
    inquiry = (  # no idea yet: no application, an item on the desk's attention list and the brainstorm offer
        b"From: Sofie <sofie@example.org>\r\nTo: coordinator@example.org\r\nSubject: Vraag over de oproep\r\n"
        b"Message-ID: <inquiry@example.org>\r\nDate: Tue, 11 Jun 2019 09:00:00 +0200\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Dag,\r\n\r\nWe hebben interesse, maar nog geen concreet idee. Kunnen jullie ons helpen?\r\n\r\n"
        b"Groeten,\r\nSofie\r\n"
    )
    return [
        application_mail(values(1, amount="9.500"), sender="Griet <griet@example.org>"),
        application_mail(values(2, language="fr", municipality="Hondschoote", postcode="59122", amount="8 000"),
                         sender="Camille <camille@example.net>", language="fr", file_format="docx",
                         subject="Candidature"),
        application_mail(values(3, organisation=HOSTILE_ORGANISATION, project_title=HOSTILE_TITLE),
                         sender="Mallory <mallory@example.org>", subject=HOSTILE_SUBJECT),
        body_only,
        inquiry,
    ]


def _add_user(config: Path, email: str, role: str, password: str) -> None:
    result = run_intake("users", "add", email, "--role", role, "--password-stdin", config=config,
                        input_bytes=(password + "\n").encode())
    assert result.returncode == 0, result.stderr.decode()


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    root = tmp_path_factory.mktemp("console")
    config = write_config(root / "intake.toml", {
        "mailbox": {"url": f"maildir:{root / 'mailbox'}"},
        "database": {"url": f"sqlite:///{root / 'intake.db'}"},
        "storage": {"data_dir": str(root / "data")},
        "smtp": {"url": f"outbox:{root / 'outbox'}"},
        "web": {"base_url": "http://127.0.0.1", "secret_key_env": "INTAKE_TEST_WEB_SECRET"},
    })
    _deliver(root / "mailbox", seed_messages())
    assert run_intake_here("db", "upgrade", config=config).returncode == 0
    polled = run_intake("poll", config=config)
    assert polled.returncode == 0, polled.stderr.decode()
    _add_user(config, COORDINATOR[0], "coordinator", COORDINATOR[1])
    _add_user(config, REVIEWER[0], "reviewer", REVIEWER[1])
    port = free_port()
    env = {**os.environ, "INTAKE_TEST_WEB_SECRET": "s" * 48, "PYTHONPATH": str(REPO)}
    log = open(root / "web.log", "wb")  # noqa: SIM115 - closed after the server stops
    server = subprocess.Popen([sys.executable, "-m", "intake.cli", "--config", str(config), "web", "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"intake web did not start: {(root / 'web.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield Console(url, config, root)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@dataclass
class Watched:
    """A page with everything that would show a broken or attacked page: dialogs, console errors, page errors."""

    page: object
    dialogs: list[str]
    console_errors: list[str]

    def problems(self) -> list[str]:
        return [f"dialog: {d}" for d in self.dialogs] + self.console_errors


@pytest.fixture
def browser_context(chromium):
    contexts = []

    def make(locale: str = "nl-BE"):
        context = chromium.new_context(locale=locale, viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        watched = Watched(page, [], [])

        def on_dialog(dialog) -> None:
            watched.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("console", lambda message: watched.console_errors.append(f"console {message.type}: {message.text}")
                if message.type in ("error", "warning") else None)
        page.on("pageerror", lambda error: watched.console_errors.append(f"page error: {error}"))
        return watched

    yield make
    for context in contexts:
        context.close()


def sign_in(watched: Watched, console: Console, account: tuple[str, str] = COORDINATOR) -> None:
    page = watched.page
    page.goto(console.url + "/login")
    page.fill("#email", account[0])
    page.fill("#password", account[1])
    page.click("button[type=submit]")
    page.wait_for_url(console.url + "/")
