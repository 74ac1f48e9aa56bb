"""The daily digest: local-day boundaries (summer time), totals, the CSV attachment, once a day."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime

from sqlalchemy import select

from intake.runtime import Runtime
from intake.worker.jobs import send_digest
from notifications.digest import build_digest
from storage.models import MessageStatus
from storage.outbox import OutboxState, OutgoingMail
from tests.notifications.factories import add_application, add_message
from tests.support.cli import run_intake, write_config
from tests.support.mail import make_email

# 23:59 and 00:01 in Brussels on the night of 9 to 10 June 2019 (CEST, UTC+2)
BEFORE_MIDNIGHT = datetime(2019, 6, 9, 21, 59, tzinfo=UTC)
AFTER_MIDNIGHT = datetime(2019, 6, 9, 22, 1, tzinfo=UTC)


def _runtime(env) -> Runtime:
    from intake.mailbox import open_source

    return Runtime(settings=env.settings, db=env.db, blobs=env.blobs, source=open_source(env.settings.mailbox),
                   clock=env.clock)


def _add(env, received_at, **application):
    with env.db.session() as session:
        message = add_message(session, env.blobs, make_email(sender=application.get("sender", "griet@example.org")),
                              received_at=received_at)
        return add_application(session, message=message, **application)


def test_the_day_ends_at_local_midnight_in_summer_time(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    first = _add(env, BEFORE_MIDNIGHT, sender="voor@example.org")
    second = _add(env, AFTER_MIDNIGHT, sender="na@example.org")
    env.now = datetime(2019, 6, 10, 6, 0, tzinfo=UTC)  # 08:00 Brussels: the digest time
    what, summary = send_digest(_runtime(env))
    assert summary.sent == 1, what
    env.now = datetime(2019, 6, 11, 6, 0, tzinfo=UTC)
    assert send_digest(_runtime(env))[1].sent == 1
    june_10, june_11 = smtp_server.messages()
    text_10 = june_10.get_body(("plain",)).get_content()
    text_11 = june_11.get_body(("plain",)).get_content()
    # "new" is the closed local day; the totals are the state of things when the digest is made
    assert "maandag 10 juni 2019" in june_10["Subject"] and "1 nieuw, 2 in totaal" in june_10["Subject"]
    assert first.reference in text_10 and second.reference not in text_10.split("PER STATUS (nu)")[0]
    assert "tot 10/06/2019 00:00" in text_10
    assert "2 in totaal" in june_11["Subject"] and "1 nieuw" in june_11["Subject"]
    new_section = text_11.split("PER STATUS (nu)")[0]
    assert second.reference in new_section and first.reference not in new_section
    assert "van 10/06/2019 00:00 tot 11/06/2019 00:00" in text_11
    assert june_10["To"] == "coordinator@example.org" and june_10["Auto-Submitted"] == "auto-generated"


def test_totals_lists_and_the_csv_attachment(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    day = datetime(2019, 6, 9, 10, 0, tzinfo=UTC)
    a = _add(env, day, fields={"municipality": "Lo-Reninge", "requested_amount": "9500.00",
                               "project_title": "Samen tuinieren", "budget_lines": [
                                   {"description": "Zaden", "amount": "500.00"}]})
    b = _add(env, day, sender="marie@example.fr", language="fr", status="incomplete", missing=["phone"],
             fields={"municipality": "Hondschoote", "requested_amount": "8000.00", "project_title": "=HYPERLINK()"})
    c = _add(env, datetime(2019, 6, 17, 8, 0, tzinfo=UTC), on_time=False, status="late", problems=["late"],
             fields={"municipality": "Lo-Reninge", "requested_amount": "4000.50"})
    _add(env, day, coordinator_status="withdrawn", fields={"requested_amount": "10000.00"})
    with env.db.session() as session:
        add_message(session, env.blobs, make_email(subject="Kapot"), received_at=day,
                    status=MessageStatus.FAILED).error = "ValueError: unreadable"
    env.now = datetime(2019, 6, 18, 6, 30, tzinfo=UTC)
    what, summary = send_digest(_runtime(env))
    assert summary.sent == 1, what
    [mail] = smtp_server.messages()
    text = mail.get_body(("plain",)).get_content()
    assert "gevraagd: 21.500,50 EUR van een pot van 100.000,00 EUR" in text
    assert "Lo-Reninge: 2 (13.500,50 EUR)" in text and "Hondschoote: 1 (8.000,00 EUR)" in text
    assert "nl: 2" in text and "fr: 1" in text
    assert f"{b.reference}  marie@example.fr  ontbreekt: telefoonnummer" in text
    assert f"{c.reference}  griet@example.org  ontvangen 17/06/2019 10:00" in text
    assert '"Kapot": niet verwerkt, wel bewaard' in text and "(technisch: ValueError: unreadable)" in text
    assert "De oproep is afgesloten" in text and "actie nodig" in mail["Subject"]
    html = mail.get_body(("html",)).get_content()
    assert "=HYPERLINK()" in html and "<td>Lo-Reninge</td>" in html
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "aanvragen-2019-06-18.csv"
    rows = list(csv.DictReader(io.StringIO(attachment.get_content())))
    assert [r["reference"] for r in rows] == [a.reference, b.reference, c.reference, rows[3]["reference"]]
    assert rows[0]["requested_amount"] == "9500.00" and rows[0]["budget_lines"] == "Zaden: 500.00"
    assert rows[0]["on_time"] == "yes" and rows[0]["received_at"] == "2019-06-09T10:00:00Z"
    assert rows[1]["project_title"] == "'=HYPERLINK()"  # no formula runs in the coordinator's spreadsheet
    assert rows[1]["missing"] == "phone" and rows[2]["problems"] == "late" and rows[3]["status"] == "withdrawn"


def test_one_digest_a_day_across_restarts_and_none_when_idle(make_env, smtp_server, tmp_path):
    env = make_env(smtp=smtp_server.smtp_config())
    _add(env, BEFORE_MIDNIGHT)
    env.now = datetime(2019, 6, 10, 5, 0, tzinfo=UTC)  # 07:00 Brussels: too early
    assert send_digest(_runtime(env))[0] == "not yet time for today's digest"
    env.now = datetime(2019, 6, 10, 6, 0, tzinfo=UTC)
    for _ in range(3):  # the worker restarted twice after sending
        send_digest(_runtime(env))
    assert len(smtp_server.received) == 1
    config = write_config(tmp_path / "cli.toml", {"database": {"url": env.settings.database_url},
                                                  "storage": {"data_dir": str(env.settings.data_dir)},
                                                  "smtp": smtp_server.smtp_config()})
    again = run_intake("digest", "--send", "--date", "2019-06-10", config=config)
    assert again.returncode == 0, again.stderr
    assert "already queued" in again.stdout.decode()
    assert len(smtp_server.received) == 1
    env.now = datetime(2019, 6, 11, 6, 0, tzinfo=UTC)  # nothing came in on 10 June
    what, summary = send_digest(_runtime(env))
    assert summary.sent == 0 and "no activity" in what
    printed = run_intake("digest", "--print", "--date", "2019-06-10", config=config)
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.decode().startswith("Dagoverzicht Maak werk van je buurt! – maandag 10 juni 2019")
    forced = run_intake("digest", "--send", "--date", "2019-06-11", config=config)  # by hand: idle or not
    assert forced.returncode == 0 and "sent 1" in forced.stdout.decode(), forced.stdout + forced.stderr
    assert len(smtp_server.received) == 2


def test_a_bounced_receipt_shows_in_the_digest(make_env):
    env = make_env()
    _add(env, BEFORE_MIDNIGHT)
    with env.db.session() as session:
        session.add(OutgoingMail(idempotency_key="receipt:X:msg-1", kind="receipt", recipient="weg@example.org",
                                 subject="Re: idee [X]", body_text="", headers={}, attachments=[],
                                 message_id="<a@example.org>", state=OutboxState.BOUNCED, attempts=1,
                                 last_error="bounced: smtp; 550 5.1.1 unknown user", created_at=BEFORE_MIDNIGHT,
                                 bounced_at=BEFORE_MIDNIGHT))
    with env.db.session() as session:
        digest = build_digest(session, env.settings, local_date=date(2019, 6, 10))
        assert digest.context["bounced"] == [{"id": 1, "recipient": "weg@example.org", "subject": "Re: idee [X]",
                                              "error": "bounced: smtp; 550 5.1.1 unknown user"}]
        assert session.scalars(select(OutgoingMail)).one().state == "bounced"


def test_the_digest_says_what_needs_the_coordinator_in_dutch_not_in_codes(make_env):
    from intake.applications.attention import open_item

    env = make_env()
    application = _add(env, datetime(2019, 6, 9, 10, 0, tzinfo=UTC))
    with env.db.session() as session:
        application = session.merge(application)
        open_item(session, "to_check", f"{application.reference}: check country, email (read with confidence "
                  "below 0.8)", env.now, application=application, detail={"fields": ["country", "email"]})
        session.add(OutgoingMail(idempotency_key="receipt:X:msg-9", kind="receipt", recipient="weg@example.org",
                                 subject="Re: idee [X]", body_text="", headers={}, attachments=[],
                                 message_id="<f@example.org>", state=OutboxState.FAILED, attempts=8,
                                 last_error="550 refused", created_at=env.now))
        session.flush()
        digest = build_digest(session, env.settings, local_date=date(2019, 6, 10))
    assert [mail["state"] for mail in digest.context["failed_mail"]] == ["mislukt"]
    [item] = digest.context["attention"]
    assert item["kind"] == "na te kijken"
    assert item["summary"] == "onzeker gelezen, nakijken: land, e-mailadres"
    assert item["actions"] == [f"intake attention resolve {item['id']} done"]  # the command keeps its codes


def test_one_new_entry_per_line_the_period_in_words_and_an_unknown_amount_is_not_zero(make_env):
    from notifications.rendering import render

    env = make_env()
    day = datetime(2019, 6, 9, 10, 0, tzinfo=UTC)
    first = _add(env, day, fields={"municipality": "Lo-Reninge", "requested_amount": "9500.00",
                                   "project_title": "Samen tuinieren"})
    second = _add(env, day, sender="jef@example.org", fields={"municipality": "Poperinge", "requested_amount": None,
                                                               "project_title": "Buurtmeesters"})
    with env.db.session() as session:
        digest = build_digest(session, env.settings, local_date=date(2019, 6, 10),
                              made_at=datetime(2019, 6, 10, 13, 52, tzinfo=UTC))
        text = render(env.settings, "digest", "nl", digest.context).text
        html = render(env.settings, "digest", "nl", digest.context).html
    new = text.split("NIEUW (")[1].split("PER STATUS")[0].splitlines()
    starts = [line.split()[0] for line in new[1:] if line.startswith("  MWB-")]
    assert starts == [first.reference, second.reference]  # each entry on its own line
    assert not any(line.rstrip().endswith(second.reference) for line in new if "/applications/" in line)
    assert "Opgemaakt op 10/06/2019 15:52" in text  # Brussels time of the moment it was made
    assert "binnenkwam tot 10/06/2019 00:00, dus tot en met zondag 9 juni 2019" in text
    zero = re.compile(r"(?<![\d.,])0,00 EUR")
    assert not zero.search(text) and not zero.search(html)
    assert "Poperinge: 1 (onbekend)" in text
    assert "gevraagd: 9.500,00 EUR (*) van een pot" in text and "(*) zonder 1 aanvraag met een onbekend bedrag" in text
    assert "zonder 1 aanvraag met een onbekend bedrag" in html
