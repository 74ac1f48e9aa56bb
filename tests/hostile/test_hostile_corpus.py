"""The hostile corpus through the real worker: every message stored with a status, no crash, bounded memory."""

from __future__ import annotations

import json
import mailbox
import os
import resource
import sqlite3
from pathlib import Path

import pytest

from tests.hostile.corpus import build_cases
from tests.support.cli import run_intake, run_intake_here, write_config

MEMORY_BOUND_MB = 1000  # the worker plus its parser child, for a corpus with a 30 MB mail and a 1 GB zip bomb


@pytest.fixture(scope="module")
def cases():
    return build_cases()


def test_hostile_corpus_is_stored_with_a_status_and_never_crashes_the_worker(cases, tmp_path):
    root = tmp_path / "Maildir"
    box = mailbox.Maildir(root, create=True)
    for n, case in enumerate(cases):
        key = box.add(case.raw)
        stamp = 1_560_000_000 + n  # delivery order = corpus order (INTERNALDATE in June 2019)
        os.utime(root / "new" / key, (stamp, stamp))
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{root}", "max_attempts": 1},
        "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"},
        "parsing": {"timeout_seconds": 10, "memory_mb": 256},
    })
    assert run_intake_here("db", "upgrade", config=config).returncode == 0

    poll = run_intake("poll", config=config, timeout=600)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert poll.returncode == 0, poll.stderr.decode()[-3000:]
    assert run_intake("poll", config=config).stdout.decode().startswith("fetched 0")

    rows = [json.loads(line) for line in run_intake_here("messages", "--format", "jsonl", config=config)
            .stdout.decode().splitlines()]
    assert len(rows) == len(cases), "every hostile message is stored"
    assert all(row["status"] in ("processed", "set_aside", "failed") for row in rows), \
        [(c.name, r["status"]) for c, r in zip(cases, rows, strict=True) if r["status"] == "stored"]
    assert all(row["error"] for row in rows if row["status"] in ("failed", "set_aside"))

    db = sqlite3.connect(tmp_path / "intake.db")
    documents = {}
    for message_pk, part_index, status, error, extracted in db.execute(
            "SELECT message_pk, part_index, parse_status, error, extracted FROM documents"):
        documents[(message_pk, part_index)] = (status, error, extracted)
    report, wrong = [], []
    for case, row in zip(cases, rows, strict=True):
        first = documents.get((row["id"], 1))
        report.append(f"{case.name:<40} {row['status']:<10} {first[0] if first else '-':<12} "
                      f"{(row['error'] or (first[1] if first else '') or '')[:60]}")
        if row["status"] not in (*case.message_status, "failed"):
            wrong.append(f"{case.name}: message {row['status']}")
        if case.message_error and case.message_error not in (row["error"] or ""):
            wrong.append(f"{case.name}: message error {row['error']!r}, expected {case.message_error!r}")
        if case.document_status is not None and (first is None or first[0] != case.document_status):
            wrong.append(f"{case.name}: document {first and first[:2]}, expected {case.document_status}")
        if first is not None and first[0] != "parsed" and not first[1]:
            wrong.append(f"{case.name}: status {first[0]} without a reason")
    print("\n".join(report))
    assert wrong == []

    # nothing read from outside: the XXE's /etc/passwd never reached a field, a receipt or the database
    dump = "\n".join(db.iterdump())
    assert "root:x:0:0" not in dump
    for eml in (tmp_path / "outbox").glob("*.eml"):
        assert b"root:x:0:0" not in eml.read_bytes()
    # stored files stay inside the data dir, named by their hash, private
    for path in (tmp_path / "data").rglob("*"):
        assert path.resolve().is_relative_to((tmp_path / "data").resolve())
        if path.is_file():
            assert len(path.name) == 64 and oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Maildir", "data", "intake.db", "intake.db-shm",
                                                          "intake.db-wal", "intake.toml", "outbox"] or \
        all(not p.name.startswith(("etc", "passwd")) for p in tmp_path.iterdir())
    assert not Path("/etc/cron.d/evil.pdf").exists()
    assert peak_mb < MEMORY_BOUND_MB, f"peak RSS {peak_mb:.0f} MB"
