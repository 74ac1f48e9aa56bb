"""Values read with low confidence are "to check" everywhere the coordinator looks, and never final for the
rules: a scanned letter (read by OCR) asking 12,500 EUR is to check, not over the maximum."""

from __future__ import annotations

import dataclasses
import json
import mailbox
import os
import shutil
from datetime import datetime
from decimal import Decimal

from tests.conftest import missing
from tests.parsers.corpus import APPLICANTS, letter_pdf
from tests.parsers.format_samples import scan_pdf_of
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import BRUSSELS, make_email


def test_a_scanned_application_is_to_check_in_list_show_and_export(tmp_path) -> None:
    if shutil.which("tesseract") is None:
        missing("tesseract", "Debian's tesseract-ocr is not installed; the README's test command installs it")
    person = dataclasses.replace(APPLICANTS[0], requested=Decimal("12500"), total=Decimal("15000"))
    scan = scan_pdf_of(letter_pdf(person, 0).data)
    raw = make_email(sender="Marieke Vandenberghe <marieke.vandenberghe@example.org>", subject="Projectidee",
                     body="Beste,\n\nIn bijlage onze aanvraag (ingescand).\n\nMarieke\n",
                     attachments=[("scan.pdf", scan, "application/pdf")])
    root = tmp_path / "Maildir"
    box = mailbox.Maildir(root, create=True)
    key = box.add(raw)
    arrival = datetime(2019, 6, 1, 10, 0, tzinfo=BRUSSELS).timestamp()
    os.utime(root / "new" / key, (arrival, arrival))
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{root}"}, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": {"url": f"outbox:{tmp_path / 'outbox'}", "from": "Oproep <coordinator@example.org>",
                 "coordinator": "coordinator@example.org"}})
    env = {"OMP_THREAD_LIMIT": "1"}
    poll = run_intake("poll", config=config, timeout=300, env=env)
    assert poll.returncode == 0, poll.stderr.decode()

    record = json.loads(run_intake_here("list", "--format", "jsonl", config=config).stdout)
    assert record["requested_amount"] == "12500.00"
    assert "requested_amount" in record["to_check"] and "municipality" in record["to_check"]
    assert "over_max_amount" not in record["problems"]  # an unsure amount is checked first, never final
    exported = json.loads(run_intake_here("export", "--format", "jsonl", config=config).stdout)
    assert exported["to_check"] == record["to_check"]

    shown = json.loads(run_intake_here("show", record["reference"], "--format", "json", config=config).stdout)
    assert shown["fields"]["requested_amount"]["to_check"] is True
    assert shown["fields"]["requested_amount"]["confidence"] < 0.8
    text = run_intake_here("show", record["reference"], config=config).stdout.decode()
    assert "to check" in text and "TO CHECK" in text
    table = run_intake_here("list", config=config).stdout.decode()
    assert "TO CHECK" in table.splitlines()[0]

    # the coordinator confirms the amount: no longer to check, and now the rule speaks
    assert run_intake("set", record["reference"], "requested_amount", "12500", config=config).returncode == 0
    record = json.loads(run_intake_here("list", "--format", "jsonl", config=config).stdout)
    assert "requested_amount" not in record["to_check"]
    assert "over_max_amount" in record["problems"]
