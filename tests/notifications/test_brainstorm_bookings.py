"""Brainstorm visits through the real worker: an inquiry in the Maildir is answered with the offer and booked
as requested; planning sends one mail in reply with an .ics (parsed back with icalendar), moving it an update
under the same UID, done and cancel change the state, a date after the offer ends is refused, forget erases it."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import text

from storage.db import Database
from tests.intake.test_attention import deliver
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import make_email

BRUSSELS = ZoneInfo("Europe/Brussels")


SOFIE = make_email(sender="Sofie Voorbeeld <sofie@example.org>", subject="Vraag", message_id="<vraag-1@example.org>",
                   body="Dag,\n\nInteresse, maar nog geen concreet idee, kunnen jullie helpen?\n\nSofie\n")
LUCIE = make_email(sender="Lucie Exemple <lucie@example.net>", subject="Appel à projets",
                   body="Bonjour,\n\nNous sommes intéressés mais nous n'avons pas encore d'idée de projet "
                        "concrète. Pouvez-vous nous aider ?\n\nLucie\n")


def _setup(tmp_path: Path, raw: bytes = SOFIE) -> Path:
    maildir = tmp_path / "mailbox"
    deliver(maildir, "00.eml", raw, datetime(2019, 4, 10, 10, 0, tzinfo=BRUSSELS))
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{maildir}"}, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    poll = run_intake("poll", config=config)
    assert poll.returncode == 0, poll.stderr.decode()
    return config


def _listed(config: Path) -> list[dict]:
    done = run_intake_here("brainstorm", "list", "--format", "jsonl", config=config)
    assert done.returncode == 0, done.stderr.decode()
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


def _mails(tmp_path: Path) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(path.read_bytes(), policy=email.policy.default)  # type: ignore[misc]
            for path in sorted((tmp_path / "outbox").glob("*.eml"))]


def _event(message) -> tuple[Calendar, object]:
    parts = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    calendar = Calendar.from_ical(parts[0].get_content())
    assert parts[0].get_param("method") == str(calendar["method"])
    return calendar, next(iter(calendar.walk("VEVENT")))


def test_an_inquiry_is_booked_planned_moved_and_done(tmp_path):
    config = _setup(tmp_path)
    offers = _mails(tmp_path)
    assert [m["To"] for m in offers] == ["sofie@example.org"]  # the brainstorm offer
    [request] = _listed(config)
    assert request["state"] == "requested" and request["requester"] == "sofie@example.org"
    assert request["language"] == "nl" and request["date"] is None
    assert [json.loads(line)["id"] for line in run_intake_here("brainstorm", "--format", "jsonl", config=config)
            .stdout.decode().splitlines()] == [request["id"]]
    table = run_intake("brainstorm", config=config)
    assert table.returncode == 0 and b"requested" in table.stdout and b"sofie@example.org" in table.stdout

    late = run_intake("brainstorm", "plan", str(request["id"]), "--date", "2019-07-02", "--start", "19:00",
                      "--place", "Buurthuis De Linde", config=config)
    assert late.returncode == 1 and b"after the last day" in late.stderr and b"2019-06-30" in late.stderr
    assert len(_mails(tmp_path)) == 1 and _listed(config)[0]["state"] == "requested"

    planned = run_intake("brainstorm", "plan", str(request["id"]), "--date", "2019-05-14", "--start", "19:30",
                         "--end", "21:30", "--place", "Buurthuis De Linde, Dorpsstraat 1, 8600 Diksmuide",
                         config=config)
    assert planned.returncode == 0, planned.stderr.decode()
    mails = _mails(tmp_path)
    assert len(mails) == 2
    confirmation = next(m for m in mails if "brainstormsessie op" in m["Subject"])
    assert confirmation["To"] == "sofie@example.org"
    assert confirmation["Subject"] == "Re: Vraag – brainstormsessie op dinsdag 14 mei 2019"
    assert confirmation["In-Reply-To"] == "<vraag-1@example.org>"
    body = confirmation.get_body(("plain",)).get_content()
    assert "Beste Sofie Voorbeeld" in body and "van 19:30 tot 21:30" in body and "Buurthuis De Linde" in body
    calendar, event = _event(confirmation)
    assert str(calendar["method"]) == "REQUEST" and int(event["sequence"]) == 0
    assert event.decoded("dtstart") == datetime(2019, 5, 14, 19, 30, tzinfo=BRUSSELS)
    assert str(event.decoded("dtstart").tzinfo) == "Europe/Brussels"
    assert event.decoded("dtend") == datetime(2019, 5, 14, 21, 30, tzinfo=BRUSSELS)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert str(event["attendee"]) == "mailto:sofie@example.org"
    assert str(event["location"]).startswith("Buurthuis De Linde")
    uid = str(event["uid"])
    listed = _listed(config)[0]
    assert (listed["state"], listed["date"], listed["start"], listed["end"]) == ("planned", "2019-05-14", "19:30",
                                                                                "21:30")

    moved = run_intake("brainstorm", "plan", str(request["id"]), "--date", "2019-05-21", "--start", "19:30",
                       "--place", "Buurthuis De Linde", config=config)
    assert moved.returncode == 0, moved.stderr.decode()
    mails = _mails(tmp_path)
    assert len(mails) == 3
    update = [m for m in mails if "verplaatst" in m["Subject"]]
    assert len(update) == 1
    assert update[0]["In-Reply-To"] == confirmation["Message-ID"]  # in the same thread, after our first mail
    assert "<vraag-1@example.org>" in update[0]["References"]
    calendar, event = _event(update[0])
    assert str(calendar["method"]) == "REQUEST" and int(event["sequence"]) == 1 and str(event["uid"]) == uid
    assert event.decoded("dtstart") == datetime(2019, 5, 21, 19, 30, tzinfo=BRUSSELS)

    assert run_intake("brainstorm", "done", str(request["id"]), config=config).returncode == 0
    assert _listed(config)[0]["state"] == "done"
    again = run_intake("brainstorm", "cancel", str(request["id"]), config=config)
    assert again.returncode == 1 and b"done already" in again.stderr
    assert len(_mails(tmp_path)) == 3


def test_cancelling_a_planned_visit_sends_a_cancel_and_forget_erases_the_booking(tmp_path):
    config = _setup(tmp_path)
    [request] = _listed(config)
    assert run_intake("brainstorm", "plan", str(request["id"]), "--date", "2019-06-30", "--start", "10:00",
                      "--place", "Zaal Sint-Jan", config=config).returncode == 0
    cancelled = run_intake("brainstorm", "cancel", str(request["id"]), config=config)
    assert cancelled.returncode == 0, cancelled.stderr.decode()
    assert _listed(config)[0]["state"] == "cancelled"
    mails = _mails(tmp_path)
    cancel = [m for m in mails if "gaat niet door" in m["Subject"]]
    assert len(cancel) == 1 and len(mails) == 3
    calendar, event = _event(cancel[0])
    assert str(calendar["method"]) == "CANCEL" and int(event["sequence"]) == 1 and str(event["status"]) == "CANCELLED"

    forget = run_intake("forget", "sofie@example.org", config=config)
    assert forget.returncode == 0, forget.stderr.decode()
    assert _listed(config) == []
    database = Database(f"sqlite:///{tmp_path / 'intake.db'}")
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM brainstorm_requests")).scalar() == 0
    database.dispose()


def test_inquiries_on_file_before_bookings_are_listed(tmp_path):
    config = _setup(tmp_path)
    database = Database(f"sqlite:///{tmp_path / 'intake.db'}")
    with database.engine.begin() as connection:  # as if taken in by a version without bookings
        connection.execute(text("DELETE FROM brainstorm_requests"))
    database.dispose()
    [request] = _listed(config)
    assert request["state"] == "requested" and request["requester"] == "sofie@example.org"
    assert request["language"] == "nl"  # the offer's; the stored message keeps the address, not the name


def test_a_french_inquiry_gets_its_confirmation_in_french(tmp_path):
    config = _setup(tmp_path, LUCIE)
    [request] = _listed(config)
    assert request["language"] == "fr"
    assert run_intake("brainstorm", "plan", str(request["id"]), "--date", "2019-05-14", "--start", "14:00",
                      "--place", "Salle des fêtes", config=config).returncode == 0
    [confirmation] = [m for m in _mails(tmp_path) if "le mardi 14 mai 2019" in m["Subject"]]
    assert confirmation["Subject"] == "Re: Appel à projets – séance de brainstorming le mardi 14 mai 2019"
    body = confirmation.get_body(("plain",)).get_content()
    assert "Quand : le mardi 14 mai 2019, de 14:00 à 16:00" in body and "Lieu : Salle des fêtes" in body
    _calendar, event = _event(confirmation)
    assert str(event["summary"]).startswith("Séance de brainstorming")


def test_an_inquiry_made_an_application_is_no_longer_a_booking(tmp_path):
    config = _setup(tmp_path)
    assert len(_listed(config)) == 1
    items = [json.loads(line) for line in
             run_intake_here("attention", "--format", "jsonl", config=config).stdout.decode().splitlines()]
    [inquiry] = [item for item in items if item["kind"] == "inquiry"]
    settled = run_intake("attention", "resolve", str(inquiry["id"]), "application", config=config)
    assert settled.returncode == 0, settled.stderr.decode()
    assert _listed(config) == []
