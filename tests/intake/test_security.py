"""Security checks: secrets never written anywhere, stored files stay in the data dir with tight modes,
applicant text is escaped in every HTML mail, and clear-text mail protocols only on loopback."""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import re
import stat
import uuid
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import select

from config import ConfigError, load_settings
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle
from intake.worker.jobs import send_digest
from storage.db import Database
from storage.models import Attachment
from tests.support.applications import PDF_MIME, application_mail, filled_form, values
from tests.support.cli import run_intake, write_config
from tests.support.dovecot import PASSWORD as IMAP_PASSWORD
from tests.support.mail import BRUSSELS, append, make_email
from tests.support.settings import make_settings
from tests.support.smtp import SmtpServer

ON_TIME = datetime(2019, 6, 10, 14, 0, tzinfo=BRUSSELS)
SMTP_PASSWORD = "smtp-Secret-Value-4711"
WRONG_IMAP_PASSWORD = "wrong-Imap-Secret-0815"


def deliver(root: Path, messages: list[bytes]) -> None:
    box = mailbox.Maildir(root, create=True)
    for n, raw in enumerate(messages):
        key = box.add(raw)
        os.utime(root / "new" / key, (ON_TIME.timestamp() + n, ON_TIME.timestamp() + n))


def maildir_runtime(tmp_path: Path) -> Runtime:
    runtime = Runtime.from_settings(make_settings(tmp_path, mailbox={"url": f"maildir:{tmp_path / 'mailbox'}"}),
                                    check_schema=False)
    runtime.db.upgrade()
    return runtime


def every_file(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_no_secret_in_output_logs_mail_files_or_database(tmp_path, dovecot_server, imap_user):
    assert IMAP_PASSWORD.encode() != b"" and len(IMAP_PASSWORD) > 8  # recognisable, not a common word
    append(dovecot_server, imap_user, [application_mail(values(1), sender="a@example.org")], received=ON_TIME)
    imap = {"url": f"imap://{imap_user}@127.0.0.1:{dovecot_server.port}/INBOX", "security": "none",
            "password_env": "INTAKE_IMAP_PASSWORD", "timeout_seconds": 20}
    common = {"database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
              "storage": {"data_dir": str(tmp_path / "data")}}
    to_folder = write_config(tmp_path / "intake.toml", {
        "mailbox": imap, **common,
        "smtp": {"url": f"outbox:{tmp_path / 'outbox'}", "username": "coordinator@example.org",
                 "password_env": "INTAKE_SMTP_PASSWORD"}})
    env = {"INTAKE_IMAP_PASSWORD": IMAP_PASSWORD, "INTAKE_SMTP_PASSWORD": SMTP_PASSWORD}
    Database(common["database"]["url"]).upgrade()
    runs = []
    for args in (("poll",), ("digest", "--send", "--date", "2019-06-11"), ("export", "--format", "csv"), ("check",)):
        runs.append(run_intake("-v", *args, config=to_folder, env=env))
        assert runs[-1].returncode == 0, (args, runs[-1].stderr.decode())
    assert list((tmp_path / "outbox").glob("*.eml")), "the receipt and the digest were written"

    # a real SMTP server that offers no AUTH: the login fails, and the password must not be in the reason
    server = SmtpServer()
    server.start()
    try:
        to_server = write_config(tmp_path / "smtp.toml", {
            "mailbox": imap, **common,
            "smtp": {"url": f"smtp://127.0.0.1:{server.port}", "security": "none",
                     "username": "coordinator@example.org", "password_env": "INTAKE_SMTP_PASSWORD"}})
        runs.append(run_intake("-v", "check", config=to_server, env=env))
        assert runs[-1].returncode == 1 and b"smtp" in runs[-1].stdout
    finally:
        server.stop()
    # a wrong IMAP password: the server's refusal is reported, the password is not
    wrong = run_intake("-v", "check", config=to_folder, env={**env, "INTAKE_IMAP_PASSWORD": WRONG_IMAP_PASSWORD})
    assert wrong.returncode == 1 and b"mailbox" in wrong.stdout
    runs.append(wrong)

    secrets = [s.encode() for s in (IMAP_PASSWORD, SMTP_PASSWORD, WRONG_IMAP_PASSWORD)]
    assert any(run.stderr for run in runs)  # -v did log something
    for run in runs:
        for secret in secrets:
            assert secret not in run.stdout and secret not in run.stderr, (run.args, secret)
    stored = every_file(tmp_path)  # the database (and its WAL), data dir, outbox folder, configs
    assert any(p.suffix == ".eml" for p in stored) and any(p.name == "intake.db" for p in stored)
    for path, data in stored.items():
        for secret in secrets:
            assert secret not in data, (path, secret)


HOSTILE_NAMES = ("../../escaped.pdf", "/tmp/intake-absolute-{tag}.pdf", "..\\..\\windows.pdf",
                 "bell\x07tab\tnew\nline.pdf", ".hidden.pdf", "a/b/../../../deep.pdf")


def test_stored_files_stay_in_the_data_dir_with_tight_modes(tmp_path):
    tag = uuid.uuid4().hex
    form = filled_form(values(1))
    attachments = [(f"placeholder-{n}.pdf", form + name.encode(), PDF_MIME) for n, name in enumerate(HOSTILE_NAMES)]
    raw = make_email(sender="a@example.org", attachments=attachments)
    for n, name in enumerate(HOSTILE_NAMES):
        # RFC 2231 lets a sender put any byte in a file name, control characters included
        hostile = "filename*=utf-8''" + quote(name.format(tag=tag), safe="")
        raw = raw.replace(f'filename="placeholder-{n}.pdf"'.encode(), hostile.encode())
    assert b"placeholder" not in raw
    work = tmp_path / "work"
    work.mkdir()
    deliver(work / "mailbox", [raw])
    outside_before = set(tmp_path.iterdir())
    runtime = maildir_runtime(work)
    try:
        summary = run_cycle(runtime)
        assert summary.fetch.new == 1 and summary.process.processed == 1
        with runtime.db.session() as session:
            stored = list(session.scalars(select(Attachment)))
    finally:
        runtime.close()
    assert len(stored) == len(HOSTILE_NAMES)
    # the hostile names did arrive as declared (kept for the record), so the checks below mean something
    # (control characters are already blanked when the header is read)
    declared = {a.original_filename for a in stored}
    assert {name.format(tag=tag) for name in HOSTILE_NAMES if name.isprintable()} <= declared
    assert "bell tab new line.pdf" in declared
    for attachment in stored:
        assert "/" not in attachment.filename and "\\" not in attachment.filename
        assert not attachment.filename.startswith(".")
        assert all(ch.isprintable() for ch in attachment.filename), attachment.filename

    data_dir = work / "data"
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    entries = list(data_dir.rglob("*"))
    assert sum(p.is_file() for p in entries) == 1 + len(HOSTILE_NAMES)  # the raw mail and each attachment
    for path in entries:
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert not path.is_symlink(), path
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
        if path.is_file():
            assert len(path.name) == 64 and path.parent.parent.parent.name in ("raw", "attachments"), path
    # nothing was written beside or above the installation, nor at the absolute path
    assert set(tmp_path.iterdir()) == outside_before
    assert not Path(f"/tmp/intake-absolute-{tag}.pdf").exists()
    for name in ("escaped.pdf", "windows.pdf", "deep.pdf"):
        assert not list(tmp_path.parent.glob(f"**/{name}")), name


HOSTILE_TITLE = "<script>alert(1)</script><b>x</b>"
HOSTILE_NAME = "Eve <img src=x onerror=alert(2)>"


def test_applicant_text_is_escaped_in_every_html_mail(tmp_path):
    raw = application_mail(values(1, project_title=HOSTILE_TITLE, contact_name=HOSTILE_NAME),
                           sender='"Eve <b>bold</b>" <eve@example.org>')
    deliver(tmp_path / "mailbox", [raw])
    runtime = maildir_runtime(tmp_path)
    runtime.clock = lambda: datetime(2019, 6, 11, 9, 0, tzinfo=BRUSSELS)
    try:
        run_cycle(runtime)
        what, _summary = send_digest(runtime, date(2019, 6, 11))
        assert "queued" in what
    finally:
        runtime.close()
    html_parts = []
    for path in sorted((tmp_path / "outbox").glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        html_parts += [(path.name, part.get_content()) for part in message.walk()
                       if part.get_content_type() == "text/html"]
    assert len(html_parts) >= 2  # the receipt and the digest
    for name, html in html_parts:
        for raw_markup in ("<script", "<b>x</b>", "<img src=x", "<b>bold</b>", "onerror=alert"):
            assert raw_markup not in html, (name, raw_markup)
        # the only picture a mail of ours shows is its own, attached inline (the digest's chart)
        assert all(tag.startswith('<img src="cid:') for tag in re.findall(r"<img[^>]*>", html)), name
    # the title is shown, escaped (else this test would pass on a digest that leaves it out)
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in html for _name, html in html_parts)


@pytest.mark.parametrize(("section", "url"), [
    ("mailbox", "imap://c@10.0.0.5:143/INBOX"),
    ("mailbox", "imap://c@0.0.0.0:143/INBOX"),
    ("mailbox", "imap://c@[2001:db8::1]:143/INBOX"),
    ("mailbox", "imap://c@localhost.invalid:143/INBOX"),
    ("smtp", "smtp://192.168.1.10:25"),
    ("smtp", "smtp://[2001:db8::1]:25"),
])
def test_clear_text_is_refused_off_loopback(tmp_path, section, url):
    path = write_config(tmp_path / "intake.toml", {section: {"url": url, "security": "none"}})
    with pytest.raises(ConfigError) as raised:
        load_settings(str(path))
    assert f"{section}.security" in str(raised.value) and str(path) in str(raised.value)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "[::1]", "localhost"])
def test_clear_text_is_allowed_on_loopback(tmp_path, host):
    path = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"imap://c@{host}:143/INBOX", "security": "none"},
        "smtp": {"url": f"smtp://{host}:25", "security": "none"}})
    settings = load_settings(str(path))
    assert settings.mailbox.security == settings.smtp.security == "none"
