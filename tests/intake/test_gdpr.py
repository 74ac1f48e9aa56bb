"""GDPR: `intake forget EMAIL` and the retention purge erase personal data, keep the counts, and audit it."""

from __future__ import annotations

import getpass
import hashlib
import json
import mailbox
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from intake.applications.gdpr import erase_person
from intake.cli import main
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle
from intake.worker.jobs import purge
from intake.worker.scheduler import build_scheduler, purge_job
from notifications.digest import build_digest
from storage.all_models import Base
from storage.applications import Application
from storage.audit import AuditEntry
from storage.models import Message
from tests.support.applications import CALL, application_mail, auto_reply, values
from tests.support.cli import write_config
from tests.support.mail import BRUSSELS, make_email
from tests.support.settings import make_settings

LOGO = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"the association's shared logo"
GRIET = dict(contact_name="Griet Vergeetmij", email="griet.prive@example.net", phone="0470 12 34 56",
             project_title="Moestuin Vergeetmijniet", address="Kerkstraat 99")
GRIET_TRACES = ("griet@example.org", "griet.prive@example.net", "Vergeetmij", "Vergeetmijniet", "Kerkstraat 99",
                "+32470123456", "aanvraag-griet")


def deliver(root: Path, messages: list[bytes], received: datetime) -> None:
    box = mailbox.Maildir(root, create=True)
    for n, raw in enumerate(messages):
        key = box.add(raw)
        stamp = received.timestamp() + n * 60
        os.utime(root / "new" / key, (stamp, stamp))  # the arrival time, in order


def griet_and_jan(root: Path, *, support_for_jan: bool = True) -> None:
    """Griet (an application, a follow-up, a word of support on Jan's, an auto-reply) and Jan (kept)."""
    griet = application_mail(values(1, **GRIET), sender="Griet Vergeetmij <griet@example.org>",
                             message_id="<aanvraag-griet@example.org>")
    jan = make_email(sender="Jan Blijft <jan@example.org>", subject="Projectidee",
                     body="In bijlage.\n", attachments=[
                         ("aanvraag.pdf", _form(values(2, contact_name="Jan Blijft", email="jan@example.org",
                                                       project_title="Speelplein Blijvend")), "application/pdf"),
                         ("logo.png", LOGO, "image/png")])
    follow_up = make_email(sender="Griet Vergeetmij <griet@example.org>", subject="Re: MWB-2019-001 logo",
                           body="Ons logo.\n", attachments=[("logo.png", LOGO, "image/png")])
    support = make_email(sender="Griet Vergeetmij <griet@example.org>", subject="MWB-2019-002 steun",
                         body="Wij steunen het project van Jan. Griet Vergeetmij\n")
    deliver(root, [griet, jan, follow_up, *([support] if support_for_jan else []), auto_reply()],
            datetime(2019, 6, 10, 14, 0, tzinfo=BRUSSELS))


def _form(form_values: dict[str, str]) -> bytes:
    from tests.support.applications import filled_form

    return filled_form(form_values)


def dump(runtime: Runtime) -> str:
    """Every value of every table, as text: what a database dump would show."""
    lines = []
    with runtime.db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(text(f'SELECT * FROM "{table.name}"')):
                lines.append(f"{table.name}: {tuple(row)}")
    return "\n".join(lines)


def data_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def counts(runtime: Runtime) -> dict:
    with runtime.db.session() as session:
        context = build_digest(session, runtime.settings, local_date=date(2019, 6, 20)).context
    return {key: context[key] for key in ("total_count", "requested_total", "by_municipality", "by_status",
                                          "by_language")}


def cli(config: Path, *args: str, capsys) -> tuple[int, str, str]:
    """The real command line, in this process (a subprocess per command would cost a second each)."""
    code = main(["--config", str(config), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def setup(tmp_path, database_url):
    griet_and_jan(tmp_path / "mailbox")
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{tmp_path / 'mailbox'}"}, "database": {"url": database_url},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    runtime = Runtime.from_settings(make_settings(tmp_path, mailbox={"url": f"maildir:{tmp_path / 'mailbox'}"},
                                                  database_url=database_url), check_schema=False)
    runtime.db.upgrade()
    yield config, runtime
    runtime.close()


def test_forget_erases_one_person_everywhere_and_keeps_the_counts(setup, tmp_path, capsys):
    config, runtime = setup
    summary = run_cycle(runtime)
    assert summary.process.processed == 4 and summary.process.set_aside == 1
    assert cli(config, "digest", "--send", "--date", "2019-06-11", capsys=capsys)[0] == 0
    before = dump(runtime)
    assert all(trace.lower() in before.lower() for trace in GRIET_TRACES[:5])  # the test can fail
    files_before = data_files(tmp_path / "data")
    counts_before = counts(runtime)
    logo_sha = hashlib.sha256(LOGO).hexdigest()
    assert runtime.blobs.exists("attachments", logo_sha)

    code, out, err = cli(config, "forget", "GRIET.prive@example.net", capsys=capsys)
    assert code == 0, err
    assert "1 application(s) (MWB-2019-001), 3 message(s)" in out

    after = dump(runtime)
    for trace in GRIET_TRACES:
        assert trace.lower() not in after.lower(), trace
    assert "jan@example.org" in after and "Speelplein Blijvend" in after  # Jan keeps his data
    for name, data in data_files(tmp_path / "data").items():
        assert b"Vergeetmij" not in data and b"griet" not in data.lower(), name
    removed = set(files_before) - set(data_files(tmp_path / "data"))
    assert len(removed) == 4  # 3 raw messages and Griet's form; the logo Jan also sent stays
    assert runtime.blobs.exists("attachments", logo_sha)
    assert counts(runtime) == counts_before  # totals, municipalities, statuses, languages

    with runtime.db.session() as session:
        application = session.scalar(select(Application).where(Application.reference == "MWB-2019-001"))
        assert application.anonymised_at is not None and application.sender == ""
        assert set(application.current_fields()) == {"requested_amount", "municipality", "country"}
        assert [f.name for f in application.fields if f.superseded_at is not None] == []
        erased = list(session.scalars(select(Message).where(Message.status == "erased")))
        assert len(erased) == 3 and all(m.sha256 and m.size and m.received_at for m in erased)
        assert all(m.sender == m.subject == "" and m.message_id is None for m in erased)
        support = [m for m in erased if m.application_id is None]
        assert len(support) == 1  # her word on Jan's application no longer counts as his
        audit = session.scalars(select(AuditEntry)).one()
        assert (audit.action, audit.actor, audit.applications) == ("forget", getpass.getuser(), ["MWB-2019-001"])
        assert audit.counts["messages"] == 3 and audit.counts["files"] == 4

    # everything a coordinator runs afterwards still works
    code, out, _ = cli(config, "messages", "--format", "jsonl", capsys=capsys)
    assert code == 0 and [json.loads(line)["status"] for line in out.splitlines()].count("erased") == 3
    for args in (("list",), ("export", "--format", "csv"), ("export", "--format", "xlsx", "-o",
                 str(tmp_path / "x.xlsx")), ("digest", "--print", "--date", "2019-06-12"), ("reprocess", "--all"),
                 ("show", "MWB-2019-001")):
        code, out, err = cli(config, *args, capsys=capsys)
        assert code == 0, (args, err)
        assert "Vergeetmij" not in out and "griet" not in out.lower(), args
    assert counts(runtime) == counts_before  # reprocess did not bring anything back, nor lose a count

    # idempotent: nothing left to find, and an unknown address is a handled failure
    settled = dump(runtime)
    for address in ("griet.prive@example.net", "griet@example.org", "nobody@example.org"):
        code, _, err = cli(config, "forget", address, capsys=capsys)
        assert code == 1 and "no personal data found" in err
    assert dump(runtime) == settled


def test_a_failed_erasure_deletes_no_file(tmp_path):
    griet_and_jan(tmp_path / "mailbox")
    runtime = Runtime.from_settings(make_settings(tmp_path, mailbox={"url": f"maildir:{tmp_path / 'mailbox'}"}),
                                    check_schema=False)
    runtime.db.upgrade()
    try:
        run_cycle(runtime)
        files = data_files(tmp_path / "data")
        with pytest.raises(RuntimeError), runtime.db.session() as session:
            report = erase_person(session, runtime.blobs, "griet@example.org", runtime.clock(), "forget")
            assert report.blobs
            raise RuntimeError("the commit never happens")
        assert data_files(tmp_path / "data") == files
        with runtime.db.session() as session:
            assert session.scalar(select(Application.sender).where(Application.reference == "MWB-2019-001")) \
                == "griet@example.org"
    finally:
        runtime.close()


def test_purge_after_retention_keeps_selected_and_dry_run_changes_nothing(tmp_path):
    # without her word of support on Jan's application: that would stay, as part of his selected file
    griet_and_jan(tmp_path / "mailbox", support_for_jan=False)
    runtime = Runtime.from_settings(make_settings(tmp_path, mailbox={"url": f"maildir:{tmp_path / 'mailbox'}"}),
                                    check_schema=False)
    runtime.db.upgrade()
    try:
        run_cycle(runtime)
        with runtime.db.session() as session:
            jan = session.scalar(select(Application).where(Application.reference == "MWB-2019-002"))
            jan.coordinator_status = "selected"
        closes = CALL.deadline + timedelta(days=CALL.retention_days_after_close)
        assert CALL.retention_days_after_close > 0

        runtime.clock = lambda: (closes - timedelta(hours=1)).astimezone(UTC)
        early = purge(runtime)
        assert early.applications == []  # not yet: applications wait for the call's retention period
        assert len(early.message_ids) == 1  # the auto-reply, set aside more than that long ago
        assert "piet@example.org" not in dump(runtime)
        files = data_files(tmp_path / "data")
        snapshot = dump(runtime)

        runtime.clock = lambda: (closes + timedelta(days=1)).astimezone(UTC)
        planned = purge(runtime, dry_run=True)
        assert planned.applications == ["MWB-2019-001"] and planned.blobs
        assert dump(runtime) == snapshot and data_files(tmp_path / "data") == files

        done = purge(runtime, actor="tester")
        assert done.applications == ["MWB-2019-001"]
        assert done.counts() == planned.counts() and done.blobs_deleted == len(done.blobs)
        after = dump(runtime)
        for trace in GRIET_TRACES:
            assert trace.lower() not in after.lower(), trace
        assert "Speelplein Blijvend" in after and "jan@example.org" in after  # selected: kept
        with runtime.db.session() as session:
            kept = session.scalar(select(Application).where(Application.reference == "MWB-2019-002"))
            assert kept.anonymised_at is None
            for message in session.scalars(select(Message).where(Message.application_id == kept.id)):
                assert runtime.blobs.exists("raw", message.sha256)
            audit = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
            assert [(a.action, a.applications) for a in audit] == [("purge", []), ("purge", ["MWB-2019-001"])]
            assert audit[1].actor == "tester" and audit[1].counts["applications"] == 1
        assert not purge(runtime).found  # the next day finds nothing new, and writes no audit row
        with runtime.db.session() as session:
            assert len(session.scalars(select(AuditEntry)).all()) == 2
    finally:
        runtime.close()


def test_the_worker_purges_daily(tmp_path):
    settings = make_settings(tmp_path)
    scheduler = build_scheduler(settings, persistent=False)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert jobs["purge"].func is purge_job
    assert str(jobs["purge"].trigger).startswith("cron[") and "hour='3'" in str(jobs["purge"].trigger)
