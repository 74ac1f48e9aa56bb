"""Set up ./demo/: a config, a Maildir seeded with invented applications, SQLite and an outbox folder."""

from __future__ import annotations

import mailbox
import os
import secrets
import shutil
from pathlib import Path

from intake.demo.samples import SAMPLES, build_email
from intake.mailbox.maildir import ensure_maildir

MARKER = ".intake-demo"
DEMO_CONFIG = """\
# The demo installation: everything local, nothing leaves this folder.
[mailbox]
url = "maildir:./mailbox"
after = "move"
processed_folder = "Intake/Processed"
poll_minutes = 5

[database]
url = "sqlite:///./intake.db"

[storage]
data_dir = "./data"

[smtp]
url = "outbox:./outbox"
from = "Maak werk van je buurt <coordinator@example.org>"
coordinator = "coordinator@example.org"

[web]
base_url = "http://127.0.0.1:8025"
secret_key_file = "web.secret"      # made by `intake demo`; a real installation uses secret_key_env
"""
DEMO_ACCOUNT = "coordinator@example.org"


def create_demo(directory: Path) -> Path:
    """(Re)create the demo folder; returns the config file's path. Refuses to wipe a folder it did not make."""
    if directory.exists():
        if not (directory / MARKER).exists():
            raise FileExistsError(f"{directory} exists and was not made by `intake demo`; move it away first")
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    (directory / MARKER).write_text("made by `intake demo`; safe to delete\n")
    config_path = directory / "intake.toml"
    config_path.write_text(DEMO_CONFIG, encoding="utf-8")
    secret = directory / "web.secret"
    secret.touch(mode=0o600)
    secret.write_text(secrets.token_urlsafe(48) + "\n", encoding="utf-8")
    maildir_path = directory / "mailbox"
    ensure_maildir(maildir_path)
    box = mailbox.Maildir(maildir_path, create=False)
    for sample in SAMPLES:
        key = box.add(build_email(sample))
        path = maildir_path / "new" / key
        # the file's mtime is the arrival time a Maildir server reports (INTERNALDATE)
        stamp = sample.received_local.replace(tzinfo=_brussels()).timestamp()
        os.utime(path, (stamp, stamp))
    return config_path


def _brussels():
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Brussels")
