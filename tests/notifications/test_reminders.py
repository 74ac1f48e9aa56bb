"""Reminders over many runs with a fake clock: each one once, at the right offsets, to the right people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from intake.runtime import Runtime
from intake.worker.jobs import remind
from storage.outbox import OutgoingMail
from tests.notifications.factories import add_application
from tests.support.cli import run_intake, write_config

BRUSSELS = ZoneInfo("Europe/Brussels")
DEADLINE = datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRUSSELS)


def _runtime(env, clock) -> Runtime:
    from intake.mailbox import open_source

    return Runtime(settings=env.settings, db=env.db, blobs=env.blobs, source=open_source(env.settings.mailbox),
                   clock=clock)


def _keys(env) -> list[tuple[str, str]]:
    with env.db.session() as session:
        return [(r.idempotency_key, r.state) for r in session.scalars(select(OutgoingMail).order_by(OutgoingMail.id))]


def test_incomplete_applications_are_reminded_at_t7_and_t2_once_over_many_runs(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    early = datetime(2019, 6, 1, 10, 0, tzinfo=UTC)
    with env.db.session() as session:
        incomplete = add_application(session, status="incomplete", missing=["phone", "budget_lines"],
                                     received_at=early, fields={"project_title": "Buurtbus"})
        late_comer = add_application(session, status="incomplete", missing=["phone"], sender="laat@example.org",
                                     received_at=datetime(2019, 6, 12, 10, 0, tzinfo=UTC), language="fr")
        add_application(session, status="complete", sender="ok@example.org", received_at=early)
        add_application(session, status="incomplete", coordinator_status="withdrawn", sender="weg@example.org",
                        received_at=early)
    clock_now = [datetime(2019, 6, 1, 12, 0, tzinfo=UTC)]
    runtime = _runtime(env, lambda: clock_now[0])
    sent_at: dict[str, datetime] = {}
    while clock_now[0] < datetime(2019, 6, 18, tzinfo=UTC):  # every 6 hours through the deadline
        queued, _ = remind(runtime)
        for reminder in queued:
            sent_at[reminder.key] = clock_now[0]
        clock_now[0] += timedelta(hours=6)
    ref, late_ref = incomplete.reference, late_comer.reference
    assert sorted(sent_at) == sorted([f"reminder:incomplete:{ref}:T-7", f"reminder:incomplete:{ref}:T-2",
                                      f"reminder:incomplete:{late_ref}:T-2"])
    # the first run at or after the moment sends it: T-7 is 2019-06-09 23:59:59 Brussels = 21:59:59 UTC
    assert sent_at[f"reminder:incomplete:{ref}:T-7"] == datetime(2019, 6, 10, 0, 0, tzinfo=UTC)
    assert sent_at[f"reminder:incomplete:{ref}:T-2"] == datetime(2019, 6, 15, 0, 0, tzinfo=UTC)
    assert len(smtp_server.received) == 3
    mails = {m["Subject"]: m for m in smtp_server.messages()}
    nl = next(m for s, m in mails.items() if ref in s and "Herinnering" in s)
    assert nl["Auto-Submitted"] == "auto-generated" and nl["Message-ID"].endswith("@example.org>")
    text = nl.get_body(("plain",)).get_content()
    assert "telefoonnummer" in text and "begroting" in text and "Buurtbus" in text
    assert any(s.startswith("Rappel : votre idée de projet " + late_ref) for s in mails)


def test_after_a_long_outage_only_the_nearest_reminder_goes(make_env):
    env = make_env()
    with env.db.session() as session:
        app = add_application(session, status="incomplete", missing=["phone"],
                              received_at=datetime(2019, 6, 1, tzinfo=UTC))
    at_t2 = _runtime(env, lambda: datetime(2019, 6, 15, 12, 0, tzinfo=UTC))
    due, _ = remind(at_t2, dry_run=True)
    assert [r.key for r in due] == [f"reminder:incomplete:{app.reference}:T-2"]
    assert _keys(env) == []  # a dry run queues nothing
    queued, _ = remind(at_t2)
    assert [r.key for r in queued] == [f"reminder:incomplete:{app.reference}:T-2"]
    assert _keys(env) == [(f"reminder:incomplete:{app.reference}:T-2", "sent")]
    queued, _ = remind(_runtime(env, lambda: DEADLINE + timedelta(seconds=1)))
    assert queued == []


def test_session_reminders_go_only_to_selected_projects(make_env):
    env = make_env()
    early = datetime(2019, 6, 1, tzinfo=UTC)
    with env.db.session() as session:
        chosen = add_application(session, status="complete", coordinator_status="selected", received_at=early,
                                 language="fr", sender="choisi@example.fr")
        add_application(session, status="complete", coordinator_status="rejected", received_at=early,
                        sender="non@example.org")
        add_application(session, status="complete", received_at=early, sender="wacht@example.org")
    now = [datetime(2019, 9, 18, 8, 0, tzinfo=UTC)]
    runtime = _runtime(env, lambda: now[0])
    assert remind(runtime)[0] == []  # 26 Sep 10:00 minus 7 days is 19 Sep 10:00 Brussels
    now[0] = datetime(2019, 9, 19, 8, 0, tzinfo=UTC)
    queued, summary = remind(runtime)
    assert [r.key for r in queued] == [f"reminder:session:{chosen.reference}:2019-09-26:T-7"]
    assert summary.sent == 1
    for _ in range(3):
        assert remind(runtime)[0] == []
    with env.db.session() as session:
        row = session.scalars(select(OutgoingMail)).one()
    assert row.recipient == "choisi@example.fr" and row.language == "fr"
    assert "jeudi 26 septembre 2019 à 10h00" in row.subject
    assert "jeudi 26 septembre 2019, 10h00–14h00 (sur place chez un des projets)" in row.body_text
    now[0] = datetime(2019, 10, 31, 9, 0, tzinfo=UTC)  # the 7 November session, T-7
    assert [r.key for r in remind(runtime)[0]] == [f"reminder:session:{chosen.reference}:2019-11-07:T-7"]


def test_remind_dry_run_queues_nothing(make_env, tmp_path):
    env = make_env()
    with env.db.session() as session:
        add_application(session, status="incomplete", missing=["phone"], received_at=datetime(2019, 6, 1, tzinfo=UTC))
    config = write_config(tmp_path / "cli.toml", {"database": {"url": env.settings.database_url},
                                                  "storage": {"data_dir": str(env.settings.data_dir)}})
    # the real clock is long past the 2019 deadline: nothing is due, and a dry run says so
    result = run_intake("remind", "--dry-run", config=config)
    assert result.returncode == 0, result.stderr
    assert "0 reminder(s) due" in result.stdout.decode()
    assert _keys(env) == []


def test_the_session_reminder_carries_the_place_from_the_call_file(make_env, tmp_path):
    from tests.support.calls import call_file

    places = call_file(tmp_path / "call.toml", places={
        "coaching-1": 'place = { nl = "Buurthuis De Linde", fr = "Maison de quartier De Linde" }\n'
                      'address = "Dorpsstraat 1, 8647 Lo-Reninge"'})
    env = make_env(extra={"call": {"file": str(places)}})
    with env.db.session() as session:
        add_application(session, coordinator_status="selected", received_at=datetime(2019, 6, 1, tzinfo=UTC),
                        language="nl", sender="gekozen@example.org")
        add_application(session, coordinator_status="selected", received_at=datetime(2019, 6, 1, tzinfo=UTC),
                        language="fr", sender="choisi@example.fr")
    remind(_runtime(env, lambda: datetime(2019, 9, 19, 8, 0, tzinfo=UTC)))
    with env.db.session() as session:
        bodies = {r.language: r.body_text for r in session.scalars(select(OutgoingMail))}
    assert "(Buurthuis De Linde, Dorpsstraat 1, 8647 Lo-Reninge)" in bodies["nl"]
    assert "(Maison de quartier De Linde, Dorpsstraat 1, 8647 Lo-Reninge)" in bodies["fr"]
