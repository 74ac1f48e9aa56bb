"""Stored messages become applications: linking, setting aside, the rules, corrections, reprocessing."""

from __future__ import annotations

import json
from datetime import datetime

import openpyxl
import pytest
from sqlalchemy import select

from intake.worker.cycle import run_cycle
from storage.applications import Application
from storage.models import Message
from tests.support.applications import application_mail, auto_reply, dsn_bounce, filled_form, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import BRUSSELS, make_email
from tests.support.mail import append as append_at

ON_TIME = datetime(2019, 6, 10, 14, 0, tzinfo=BRUSSELS)


def append(server, user, messages, received=ON_TIME):
    """Deliver as if during the call (the server's arrival time decides on-time)."""
    append_at(server, user, messages, received=received)


def _apps(runtime) -> dict[str, Application]:
    with runtime.db.session() as session:
        rows = list(session.scalars(select(Application).order_by(Application.sequence)))
        for row in rows:
            row.current_fields()  # load while the session is open
            _ = row.documents
        return {a.reference: a for a in rows}


def _messages(runtime) -> list[Message]:
    with runtime.db.session() as session:
        return list(session.scalars(select(Message).order_by(Message.id)))


def test_follow_ups_join_by_reference_thread_and_sender(dovecot_server, imap_user, imap_mailbox, make_runtime,
                                                        database_url):
    first = application_mail(values(1, amount=""), sender="Griet <griet@example.org>",
                             message_id="<first@example.org>")
    other = application_mail(values(2), sender="Jan <jan@example.org>", language="nl")
    append(dovecot_server, imap_user, [first, other])
    runtime = make_runtime(mailbox=imap_mailbox, database_url=database_url)
    run_cycle(runtime)
    applications = _apps(runtime)
    assert list(applications) == ["MWB-2019-001", "MWB-2019-002"]
    assert applications["MWB-2019-001"].missing == ["requested_amount"]

    # 1. by the reference in the subject, from another address
    by_reference = make_email(sender="Voorzitter <voorzitter@example.net>",
                              subject="Re: MWB-2019-001 ontbrekend bedrag",
                              body="Het gevraagde bedrag is 8.000 euro.\n",
                              attachments=[("budget.pdf", filled_form(values(1, amount="8.000")), "application/pdf")])
    # 2. by In-Reply-To our applicant's earlier message, from yet another address
    by_thread = make_email(sender="Secretaris <secretaris@example.net>", subject="aanvulling",
                           body="Nog een opmerking bij ons idee.\n", headers={"In-Reply-To": "<first@example.org>"})
    # 3. by the same sender, nothing else in common
    by_sender = make_email(sender="Jan <jan@example.org>", subject="vergeten", body="Sorry, nog iets vergeten.\n")
    append(dovecot_server, imap_user, [by_reference, by_thread, by_sender])
    summary = run_cycle(runtime)
    assert summary.process.processed == 3
    applications = _apps(runtime)
    assert len(applications) == 2
    first_app = applications["MWB-2019-001"]
    assert first_app.current_fields()["requested_amount"].value == "8000.00"
    assert first_app.missing == [] and first_app.status == "complete"
    history = [f.value for f in first_app.fields if f.name == "requested_amount"]
    assert history == ["8000.00"]  # the first form had no amount; now it has one
    messages = _messages(runtime)
    by_link = {m.subject: (m.classification, m.application_id) for m in messages}
    assert by_link["Re: MWB-2019-001 ontbrekend bedrag"] == ("follow_up", first_app.id)
    assert by_link["aanvulling"] == ("follow_up", first_app.id)
    assert by_link["vergeten"] == ("follow_up", applications["MWB-2019-002"].id)


def test_auto_replies_bounces_own_and_empty_mail_are_set_aside(dovecot_server, imap_user, imap_mailbox,
                                                              make_runtime):
    append(dovecot_server, imap_user, [
        auto_reply(), dsn_bounce(),
        make_email(sender="Coordinator <coordinator@example.org>", subject="intern", body="notitie\n"),
        make_email(sender="Nieuwsbrief <news@example.org>", subject="Nieuws", body="nieuws\n",
                   headers={"List-Id": "<news.example.org>", "List-Unsubscribe": "<mailto:u@example.org>"}),
        make_email(sender="Leeg <leeg@example.org>", subject="", body=""),
        application_mail(values(1), sender="Griet <griet@example.org>"),
    ])
    runtime = make_runtime(mailbox=imap_mailbox)
    summary = run_cycle(runtime)
    assert (summary.process.processed, summary.process.set_aside) == (1, 5)
    assert list(_apps(runtime)) == ["MWB-2019-001"]
    kinds = [(m.classification, m.status) for m in _messages(runtime)]
    assert kinds == [("auto_reply", "set_aside"), ("bounce", "set_aside"), ("own", "set_aside"),
                     ("bulk", "set_aside"), ("empty", "set_aside"), ("application", "processed")]
    assert all(m.error for m in _messages(runtime)[:5])  # each with its reason


def test_deadline_by_internaldate_not_the_date_header(dovecot_server, imap_user, imap_mailbox, make_runtime,
                                                      database_url):
    misleading = datetime(2019, 6, 1, 9, 0, tzinfo=BRUSSELS)
    on_time = application_mail(values(1), sender="a@example.org", date=misleading)
    late = application_mail(values(2), sender="b@example.org", date=misleading)
    append(dovecot_server, imap_user, [on_time], received=datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRUSSELS))
    append(dovecot_server, imap_user, [late], received=datetime(2019, 6, 17, 0, 0, 0, tzinfo=BRUSSELS))
    runtime = make_runtime(mailbox=imap_mailbox, database_url=database_url)
    run_cycle(runtime)
    applications = _apps(runtime)
    assert (applications["MWB-2019-001"].on_time, applications["MWB-2019-001"].status) == (True, "complete")
    assert (applications["MWB-2019-002"].on_time, applications["MWB-2019-002"].status) == (False, "late")
    assert "late" in applications["MWB-2019-002"].problems


@pytest.mark.parametrize(("amount", "over"), [("10.000,00", False), ("10.000,01", True)])
def test_amount_at_the_maximum(amount, over, dovecot_server, imap_user, imap_mailbox, make_runtime):
    append(dovecot_server, imap_user, [application_mail(values(1, amount=amount), sender="a@example.org")])
    runtime = make_runtime(mailbox=imap_mailbox)
    run_cycle(runtime)
    application = _apps(runtime)["MWB-2019-001"]
    assert ("over_max_amount" in application.problems) is over
    assert application.status == "complete"


def test_municipality_outside_the_region(dovecot_server, imap_user, imap_mailbox, make_runtime):
    append(dovecot_server, imap_user, [application_mail(values(1, municipality="Brugge", postcode="8000"),
                                                        sender="a@example.org")])
    runtime = make_runtime(mailbox=imap_mailbox)
    run_cycle(runtime)
    application = _apps(runtime)["MWB-2019-001"]
    assert application.problems == ["outside_region"]
    assert application.current_fields()["municipality"].value == "Brugge"


def _cli_setup(tmp_path, imap_mailbox, database_url=None):
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": imap_mailbox, "database": {"url": database_url or f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    assert run_intake_here("db", "upgrade", config=config).returncode == 0
    return config


def test_correction_survives_reprocess_and_reprocess_changes_nothing(tmp_path, dovecot_server, imap_user,
                                                                     imap_mailbox, database_url):
    append(dovecot_server, imap_user, [
        application_mail(values(1, amount="9.500"), sender="a@example.org"),
        application_mail(values(2, language="fr", municipality="Hondschoote", postcode="59122", amount="8 000"),
                         sender="b@example.net", language="fr", file_format="docx"),
    ])
    config = _cli_setup(tmp_path, imap_mailbox, database_url)
    assert run_intake("poll", config=config).returncode == 0
    corrected = run_intake("set", "MWB-2019-001", "requested_amount", "9.000,00", config=config)
    assert corrected.returncode == 0, corrected.stderr.decode()
    assert run_intake("set", "MWB-2019-001", "requested_amount", "lots", config=config).returncode == 1
    assert run_intake("status", "MWB-2019-002", "selected", config=config).returncode == 0
    before = run_intake_here("export", "--format", "jsonl", config=config).stdout

    result = run_intake("reprocess", "--all", config=config)
    assert result.returncode == 0, result.stderr.decode()
    after = run_intake_here("export", "--format", "jsonl", config=config).stdout
    assert after == before  # byte for byte
    records = {r["reference"]: r for r in map(json.loads, after.decode().splitlines())}
    assert records["MWB-2019-001"]["requested_amount"] == "9000.00"
    assert records["MWB-2019-002"]["status"] == "selected"
    shown = json.loads(run_intake_here("show", "MWB-2019-001", "--format", "json", config=config).stdout)
    assert shown["fields"]["requested_amount"]["set_by"] == "coordinator"
    assert [h["value"] for h in shown["field_history"] if h["field"] == "requested_amount"] == ["9500.00", "9000.00"]
    assert any(e["kind"] == "corrected" for e in shown["history"])
    assert [(n["kind"], n["to"], n["state"]) for n in shown["notifications"]] == [("receipt", "a@example.org", "sent")]
    text = run_intake_here("show", "MWB-2019-001", config=config).stdout.decode()
    assert "notifications:" in text and "receipt" in text and "a@example.org" in text


def test_xlsx_export_reads_back(tmp_path, dovecot_server, imap_user, imap_mailbox):
    append(dovecot_server, imap_user, [
        application_mail(values(1, amount="9.500"), sender="a@example.org"),
        application_mail(values(2, amount="4.250,50"), sender="b@example.org"),
    ])
    config = _cli_setup(tmp_path, imap_mailbox)
    run_intake("poll", config=config)
    target = tmp_path / "aanvragen.xlsx"
    assert run_intake("export", "--format", "xlsx", "-o", str(target), config=config).returncode == 0
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    requested = header.index("Gevraagd bedrag")  # headers in words (issue 14); tests/web/test_console.py has more
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows[:3]] == ["MWB-2019-001", "MWB-2019-002", None]
    assert rows[0][requested] == 9500.0 and rows[1][requested] == 4250.5
    assert rows[3][0] == "Alle aanvragen (2 aanvragen)" and rows[3][requested] == 13750.5
    assert ("Pot", 100000.0) in [(r[0], r[requested]) for r in rows]
    assert isinstance(rows[0][header.index("Ontvangen")], datetime)
    csv_text = run_intake("export", "--format", "csv", config=config).stdout.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("reference,status,channel")
    assert "MWB-2019-002" in csv_text


def test_postal_registration(tmp_path, imap_mailbox):
    config = _cli_setup(tmp_path, imap_mailbox)
    form = tmp_path / "brief.pdf"
    form.write_bytes(filled_form(values(7, municipality="Poperinge", postcode="8970")))
    result = run_intake("register-postal", "--received", "2019-06-16", "--email", "Post@Example.org", str(form),
                        config=config)
    assert result.returncode == 0, result.stderr.decode()
    late = run_intake("register-postal", "--received", "2019-06-17", str(form), config=config)
    assert late.returncode == 0
    records = [json.loads(line) for line in run_intake_here("list", "--format", "jsonl", config=config)
               .stdout.decode().splitlines()]
    assert [(r["reference"], r["channel"], r["on_time"], r["status"]) for r in records] == [
        ("MWB-2019-001", "post", True, "complete"), ("MWB-2019-002", "post", False, "late")]
    assert records[0]["sender"] == "post@example.org" and records[0]["municipality"] == "Poperinge"
    assert records[0]["documents"][0]["parse_status"] == "parsed"
    bad = run_intake("register-postal", "--received", "16/06/2019", str(form), config=config)
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr.decode()


def test_a_reply_to_our_receipt_joins_its_application(dovecot_server, imap_user, imap_mailbox, make_runtime):
    from storage.outbox import OutgoingMail

    append(dovecot_server, imap_user, [application_mail(values(1), sender="griet@example.org")])
    runtime = make_runtime(mailbox=imap_mailbox)
    run_cycle(runtime)
    with runtime.db.session() as session:
        receipt_id = session.scalar(select(OutgoingMail.message_id).where(OutgoingMail.kind == "receipt"))
    assert receipt_id
    # from another address, with a subject that names nothing: only the thread links it
    append(dovecot_server, imap_user, [make_email(sender="penningmeester@example.net", subject="bedankt",
                                                  body="Hierbij nog onze begroting.\n",
                                                  headers={"In-Reply-To": receipt_id, "References": receipt_id})])
    run_cycle(runtime)
    messages = _messages(runtime)
    assert [(m.classification, m.application_id) for m in messages] == [("application", 1), ("follow_up", 1)]
    assert list(_apps(runtime)) == ["MWB-2019-001"]
