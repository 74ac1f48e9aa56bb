"""The coordinator's view of a mixed mailbox, read from `intake export --format jsonl`."""

from __future__ import annotations

import json
from datetime import datetime

from tests.support.applications import application_mail, auto_reply, dsn_bounce, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import BRUSSELS, append, make_email


def at(day: int, hour: int = 10, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2019, 6, day, hour, minute, second, tzinfo=BRUSSELS)


def test_mixed_mailbox_gives_what_a_coordinator_expects(tmp_path, dovecot_server, imap_user, imap_mailbox):
    deliveries = [
        # complete, Dutch, fillable PDF
        (at(3), application_mail(values(1), sender="Griet <griet@example.org>", message_id="<griet@example.org>")),
        # complete, French, DOCX form
        (at(5), application_mail(values(2, language="fr", municipality="Hondschoote", postcode="59122",
                                        amount="8 000"), sender="Camille <camille@example.net>", language="fr",
                                 file_format="docx")),
        # free-form e-mail body, no attachment, no summary label: incomplete
        (at(6), make_email(sender="Jef <jef@example.org>", subject="Idee voor Proven",
                           body="Dag,\n\nOrganisatie: Buurtcomité Kasteelstraat\nContactpersoon: Jef Lermytte\n"
                                "Gemeente: Poperinge\nTitel: Buurtmeesters in Proven\n"
                                "Gevraagd bedrag: 4.500 euro\n\nGroeten,\nJef\n")),
        # over budget
        (at(7), application_mail(values(4, amount="12.500,00"), sender="An <an@example.org>")),
        # outside the region
        (at(8), application_mail(values(5, municipality="Brugge", postcode="8000"), sender="Bert <bert@example.org>")),
        # an auto-reply and a bounce: not applications
        (at(9), auto_reply()),
        (at(9, 11), dsn_bounce()),
        # a follow-up to the free-form idea (same sender) with the missing description
        (at(10), make_email(sender="Jef <jef@example.org>", subject="Re: Idee voor Proven",
                            body="Korte omschrijving: een aanspreekpunt per straat voor wie hulp nodig heeft.\n")),
        # one second before and exactly at midnight (summer time) by the server's clock
        (at(16, 23, 59, 59), application_mail(values(6), sender="Laatste <laatste@example.org>",
                                              date=at(1))),
        (at(17, 0, 0, 0), application_mail(values(7, language="fr", municipality="Bailleul", postcode="59270",
                                                  amount="7 250"), sender="Léa <lea@example.net>",
                                           language="fr", date=at(1))),
    ]
    for received, raw in deliveries:
        append(dovecot_server, imap_user, [raw], received=received)
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": imap_mailbox, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    assert run_intake_here("db", "upgrade", config=config).returncode == 0
    poll = run_intake("poll", config=config)
    assert poll.returncode == 0, poll.stderr.decode()
    assert "fetched 10, new 10" in poll.stdout.decode() and "set aside 2" in poll.stdout.decode()

    exported = run_intake_here("export", "--format", "jsonl", config=config).stdout
    records = [json.loads(line) for line in exported.decode().splitlines()]
    seen = [(r["reference"], r["status"], r["language"], r["on_time"], r["missing"], r["problems"],
             r["requested_amount"], r["municipality"]) for r in records]
    assert seen == [
        ("MWB-2019-001", "complete", "nl", True, [], [], "9500.00", "Lo-Reninge"),
        ("MWB-2019-002", "complete", "fr", True, [], [], "8000.00", "Hondschoote"),
        ("MWB-2019-003", "complete", "nl", True, [], [], "4500.00", "Poperinge"),
        ("MWB-2019-004", "complete", "nl", True, [], ["over_max_amount", "requested_over_total"], "12500.00",
         "Lo-Reninge"),
        ("MWB-2019-005", "complete", "nl", True, [], ["outside_region"], "9500.00", "Brugge"),
        ("MWB-2019-006", "complete", "nl", True, [], [], "9500.00", "Lo-Reninge"),
        ("MWB-2019-007", "late", "fr", False, [], ["late"], "7250.00", "Bailleul"),
    ]
    third = records[2]
    assert third["summary"].startswith("een aanspreekpunt per straat")
    assert third["channel"] == "email" and third["sender"] == "jef@example.org"
    assert records[0]["documents"][0]["parse_status"] == "parsed"
    assert records[6]["received_at"] == "2019-06-16T22:00:00Z"
    assert set(records[0]) >= {"reference", "status", "channel", "received_at", "on_time", "language", "sender",
                               "organisation", "email", "requested_amount", "budget_lines", "missing", "problems",
                               "documents"}

    # a second cycle and a reprocess change nothing
    assert run_intake("poll", config=config).stdout.decode().startswith("fetched 0, new 0")
    assert run_intake("reprocess", "--all", config=config).returncode == 0
    assert run_intake_here("export", "--format", "jsonl", config=config).stdout == exported
