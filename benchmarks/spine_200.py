"""The spine's acceptance check, measured: 200 messages with attachments in a real Dovecot folder.

    .venv/bin/python benchmarks/spine_200.py [--messages 200]

Two `intake poll` runs; prints how many were stored, whether every stored sha256 equals the sha256 of the
bytes a plain BODY.PEEK[] returns, what is left in INBOX and what is in the processed folder, and timings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.applications import application_mail, values
from tests.support.cli import run_intake, write_config
from tests.support.dovecot import PASSWORD, Dovecot, free_port
from tests.support.mail import append, folder_contents, make_email


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="intake-spine-"))
    root.chmod(0o755)  # Dovecot's mail user must reach its homes below it
    server = Dovecot(root / "dovecot", free_port())
    (root / "dovecot").mkdir()
    server.start()
    try:
        mails = []
        for n in range(args.messages):
            if n % 4 == 0:
                mails.append(application_mail(values(n), sender=f"aanvrager{n}@example.org",
                                              file_format="pdf" if n % 8 == 0 else "docx"))
            else:
                mails.append(make_email(sender=f"iemand{n}@example.org", subject=f"Bericht {n}",
                                        attachments=[(f"bijlage-{n}.pdf", b"%PDF-1.4 " + os.urandom(2000),
                                                      "application/pdf")]))
        append(server, "coordinator", mails)
        originals = folder_contents(server, "coordinator", "INBOX")
        os.environ["INTAKE_BENCH_IMAP_PASSWORD"] = PASSWORD
        config = write_config(root / "intake.toml", {
            "mailbox": {"url": f"imap://coordinator@127.0.0.1:{server.port}/INBOX", "security": "none",
                        "password_env": "INTAKE_BENCH_IMAP_PASSWORD"},
            "database": {"url": f"sqlite:///{root / 'intake.db'}"},
            "storage": {"data_dir": str(root / "data")}, "smtp": {"url": f"outbox:{root / 'outbox'}"}})
        run_intake("db", "upgrade", config=config)
        for attempt in (1, 2):
            started = time.perf_counter()
            result = run_intake("poll", config=config, timeout=1800)
            print(f"poll {attempt}: {time.perf_counter() - started:.1f} s: {result.stdout.decode().strip()}")
        rows = [json.loads(x) for x in run_intake("messages", "--format", "jsonl", config=config)
                .stdout.decode().splitlines()]
        expected = sorted(hashlib.sha256(raw).hexdigest() for raw in originals.values())
        print(f"messages in Dovecot before: {len(originals)}; stored rows: {len(rows)}; "
              f"distinct sha256: {len({r['sha256'] for r in rows})}")
        print(f"every stored sha256 equals a BODY.PEEK[] sha256, each once: "
              f"{sorted(r['sha256'] for r in rows) == expected}")
        processed = folder_contents(server, "coordinator", "Intake/Processed")
        print(f"left in INBOX: {len(folder_contents(server, 'coordinator', 'INBOX'))}; in Intake/Processed: "
              f"{len(processed)}; bytes there identical to the originals: "
              f"{sorted(processed.values()) == sorted(originals.values())}")
        applications = run_intake("list", "--format", "jsonl", config=config).stdout.decode().splitlines()
        print(f"applications: {len(applications)}; attachments stored: {sum(len(r['attachments']) for r in rows)}")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
