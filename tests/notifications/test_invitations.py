"""Coaching-session invitations through the real SMTP server: five events at the call's times, parsed back
with icalendar; nothing again when nothing changed; a moved place is one update to each invited project."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import update

from notifications.invitations import plan, send_invitations
from notifications.sending import send_pending
from storage.applications import Application
from tests.notifications.factories import add_application
from tests.support.calls import call_file, keep
from tests.support.cli import run_intake, write_config

BRUSSELS = ZoneInfo("Europe/Brussels")
CALL_TIMES = [(datetime(2019, 9, 26, 10, 0), datetime(2019, 9, 26, 14, 0)),
              (datetime(2019, 11, 7, 10, 0), datetime(2019, 11, 7, 14, 0)),
              (datetime(2019, 11, 28, 18, 0), datetime(2019, 11, 28, 21, 0)),
              (datetime(2019, 12, 19, 10, 0), datetime(2019, 12, 19, 14, 0)),
              (datetime(2020, 1, 30, 18, 0), datetime(2020, 1, 30, 21, 0))]
LINDE = 'place = { nl = "Buurthuis De Linde", fr = "Maison de quartier De Linde" }'


def _invite(env) -> int:
    with env.db.session() as session:
        queued = send_invitations(session, env.settings, env.now)
    summary = send_pending(env.db, env.settings, env.clock)
    assert summary.sent == len(queued) and not summary.errors
    return len(queued)


def _calendars(message, method: str = "REQUEST") -> list[Calendar]:
    parts = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert all(part.get_param("method") == method for part in parts)
    return [Calendar.from_ical(part.get_content()) for part in parts]


def _events(calendars: list[Calendar]) -> list:
    return [event for calendar in calendars for event in calendar.walk("VEVENT")]


def test_selected_projects_get_the_sessions_in_their_calendar_and_only_changes_after(make_env, smtp_server,
                                                                                      tmp_path):
    first_call = call_file(tmp_path / "call-1.toml", places={"coaching-1": LINDE})
    env = make_env(smtp=smtp_server.smtp_config(), extra={"call": {"file": str(first_call)}})
    env.now = datetime(2019, 7, 1, 8, 0, tzinfo=UTC)
    with env.db.session() as session:
        dutch = add_application(session, coordinator_status="selected", sender="griet@example.org",
                                sender_name="Griet Voorbeeld", language="nl")
        french = add_application(session, coordinator_status="selected", sender="camille@example.fr",
                                 sender_name="Camille Exemple", language="fr")
        add_application(session, coordinator_status="rejected", sender="jef@example.org")
        later = add_application(session, status="complete", sender="an@example.org", language="nl")

    assert _invite(env) == 2
    mails = {m["To"]: m for m in smtp_server.messages()}
    assert sorted(mails) == ["camille@example.fr", "griet@example.org"]
    nl, fr = mails["griet@example.org"], mails["camille@example.fr"]
    assert nl["Subject"] == f"Maak werk van je buurt! [{dutch.reference}] – uitnodiging voor de begeleidingssessies"
    assert "Buurthuis De Linde" in nl.get_body(("plain",)).get_content()
    assert "Maison de quartier De Linde" in fr.get_body(("plain",)).get_content()
    calendars = _calendars(nl)
    assert len(calendars) == 5 and all(str(c["method"]) == "REQUEST" for c in calendars)
    events = _events(calendars)
    assert [(e.decoded("dtstart"), e.decoded("dtend")) for e in events] == [
        (start.replace(tzinfo=BRUSSELS), end.replace(tzinfo=BRUSSELS)) for start, end in CALL_TIMES]
    assert all(str(e.decoded("dtstart").tzinfo) == "Europe/Brussels" for e in events)
    assert all([str(tz["tzid"]) for tz in c.walk("VTIMEZONE")] == ["Europe/Brussels"] for c in calendars)
    assert [int(e["sequence"]) for e in events] == [0] * 5
    assert len({str(e["uid"]) for e in events}) == 5
    assert str(events[0]["location"]) == "Buurthuis De Linde"
    assert str(events[0]["description"]).startswith("Begeleidingssessie voor de geselecteerde projecten")
    assert "Waar: Buurthuis De Linde." in str(events[0]["description"])
    assert str(events[1]["location"]) == "ter plekke bij een van de projecten"
    assert str(events[0]["attendee"]) == "mailto:griet@example.org"
    assert str(events[0]["organizer"]) == "mailto:coordinator@example.org"
    alarms = [alarm for e in events for alarm in e.walk("VALARM")]
    assert len(alarms) == 5 and all(a.decoded("trigger") == timedelta(days=-1) for a in alarms)
    assert str(_events(_calendars(fr))[0]["location"]) == "Maison de quartier De Linde"
    keep("invitation-nl.eml", nl.as_bytes())
    keep("coaching-1.ics", calendars[0].to_ical())
    uids = {str(e["uid"]) for e in events}

    env.now += timedelta(days=1)
    assert _invite(env) == 0  # nothing changed: nothing sent
    assert len(smtp_server.received) == 2

    # the second session gets its place, and the fifth moves an hour: one update to each invited project
    moved = call_file(tmp_path / "call-2.toml", places={
        "coaching-1": LINDE, "coaching-2": 'place = "Ferme du Moulin"\naddress = "4 rue du Moulin, 59122 Hondschoote"'},
        times={"coaching-5": ("19:00", "22:00")})
    env = make_env(smtp=smtp_server.smtp_config(), extra={"call": {"file": str(moved)}})
    env.now = datetime(2019, 8, 1, 8, 0, tzinfo=UTC)
    with env.db.session() as session:
        session.execute(update(Application).where(Application.id == later.id).values(coordinator_status="selected"))
        assert {p.reference: p.is_update for p in plan(session, env.settings)} == {
            dutch.reference: True, french.reference: True, later.reference: False}
    assert _invite(env) == 3
    updates = {m["To"]: m for m in smtp_server.messages()[2:]}
    assert sorted(updates) == ["an@example.org", "camille@example.fr", "griet@example.org"]
    changed = _events(_calendars(updates["griet@example.org"]))
    assert updates["griet@example.org"]["Subject"].startswith("Gewijzigd: ")
    assert [(int(e["sequence"]), str(e["location"])) for e in changed] == [
        (1, "Ferme du Moulin, 4 rue du Moulin, 59122 Hondschoote"), (1, "ter plekke bij een van de projecten")]
    assert {str(e["uid"]) for e in changed} <= uids  # the same events, moved, not new ones
    assert changed[1].decoded("dtstart") == datetime(2020, 1, 30, 19, 0, tzinfo=BRUSSELS)
    assert len(_events(_calendars(updates["an@example.org"]))) == 5  # selected later: everything, as new
    env.now += timedelta(hours=1)
    assert _invite(env) == 0
    assert len(smtp_server.received) == 5


def test_sessions_invite_dry_run_and_list_on_the_command_line(make_env, tmp_path):
    env = make_env()
    with env.db.session() as session:
        add_application(session, coordinator_status="selected", sender="griet@example.org")
    config = write_config(tmp_path / "cli.toml", {"database": {"url": env.settings.database_url},
                                                  "storage": {"data_dir": str(env.settings.data_dir)},
                                                  "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    dry = run_intake("sessions", "invite", "--dry-run", config=config)
    assert dry.returncode == 0, dry.stderr
    assert "1 mail(s) due; nothing queued" in dry.stdout.decode()
    sent = run_intake("sessions", "invite", config=config)
    assert sent.returncode == 0 and "queued 1 invitation mail(s); sent 1" in sent.stdout.decode()
    assert "queued 0 invitation mail(s)" in run_intake("sessions", "invite", config=config).stdout.decode()
    listed = run_intake("sessions", "list", config=config).stdout.decode()
    assert "coaching-1" in listed and "donderdag 26 september 2019" in listed
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1


def test_a_project_no_longer_selected_gets_its_sessions_cancelled_once(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    with env.db.session() as session:
        project = add_application(session, coordinator_status="selected", sender="griet@example.org")
    assert _invite(env) == 1
    invited_uids = [str(e["uid"]) for e in _events(_calendars(smtp_server.messages()[0]))]
    with env.db.session() as session:
        session.execute(update(Application).where(Application.id == project.id).values(coordinator_status="rejected"))
    assert _invite(env) == 1
    cancelled = smtp_server.messages()[1]
    assert cancelled["Subject"].startswith("Vervallen: ")
    parts = [p for p in cancelled.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert [p.get_param("method") for p in parts] == ["CANCEL"] * 5
    calendars = _calendars(cancelled, "CANCEL")
    assert all(str(c["method"]) == "CANCEL" for c in calendars)
    events = _events(calendars)
    assert [str(e["uid"]) for e in events] == invited_uids
    assert {(int(e["sequence"]), str(e["status"])) for e in events} == {(1, "CANCELLED")}
    assert _invite(env) == 0  # told once
    with env.db.session() as session:  # selected again: invited again, the same events, a higher sequence
        session.execute(update(Application).where(Application.id == project.id).values(coordinator_status="selected"))
    assert _invite(env) == 1
    again = _events(_calendars(smtp_server.messages()[2]))
    assert [str(e["uid"]) for e in again] == invited_uids and {int(e["sequence"]) for e in again} == {2}
