"""On SQLite the worker and a coordinator's `intake poll` may run at once: each message is still taken once."""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys
from pathlib import Path

from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import make_email


def test_concurrent_polls_on_sqlite_take_each_message_once(tmp_path):
    root = tmp_path / "Maildir"
    box = mailbox.Maildir(root, create=True)
    for n in range(150):
        # the same idea each time: a clear application, then follow-ups
        key = box.add(make_email(subject=f"Projectidee, bericht {n}",
                                  body=f"Titel: Buurtfeest in de Dorpsstraat\nGevraagd bedrag: 5.000 euro\n"
                                       f"Gemeente: Lo-Reninge\nBericht nummer {n}.\n"))
        os.utime(root / "new" / key, (1_560_000_000 + n, 1_560_000_000 + n))
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{root}", "fetch_batch": 5},
        "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    assert run_intake_here("db", "upgrade", config=config).returncode == 0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    pollers = [subprocess.Popen([sys.executable, "-m", "intake.cli", "--config", str(config), "poll"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(3)]
    results = [p.communicate(timeout=180) for p in pollers]
    assert [p.returncode for p in pollers] == [0, 0, 0], [r[1].decode()[-1500:] for r in results]
    # one poller fetched at a time: no message was read twice (the others skipped the fetch)
    fetched = [int(out.decode().split("fetched ", 1)[1].split(",", 1)[0]) for out, _ in results]
    assert sum(fetched) <= 150, fetched
    run_intake("poll", config=config)  # whatever a skipped poller left, the next cycle takes
    rows = [json.loads(x) for x in run_intake_here("messages", "--format", "jsonl", config=config)
            .stdout.decode().splitlines()]
    assert len(rows) == 150 and len({r["sha256"] for r in rows}) == 150
    applications = [json.loads(x) for x in run_intake_here("list", "--format", "jsonl", config=config)
                    .stdout.decode().splitlines()]
    assert len(applications) == 1  # one sender: 1 application and 149 follow-ups, never two applications
    assert len(os.listdir(root / ".Intake.Processed" / "cur")) == 150
