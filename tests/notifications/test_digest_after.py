"""The digest worth opening: a chart of the race toward the deadline (inline PNG by cid:), every application
linked to the console, and after the deadline what the phase needs: the selection, then the sessions.
The HTML is rendered in the real Chromium to a picture a person can look at."""

from __future__ import annotations

import base64
import re
from datetime import UTC, date, datetime
from decimal import Decimal

from intake.applications.decisions import decide_status
from intake.runtime import Runtime
from intake.worker.jobs import send_digest
from notifications.digest_chart import daily_series
from notifications.invitations import send_invitations
from notifications.letters import draft_letters
from notifications.sending import send_pending
from tests.notifications.factories import add_application
from tests.support.calls import keep

CONSOLE = "https://intake.example.org"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _runtime(env) -> Runtime:
    from intake.mailbox import open_source

    return Runtime(settings=env.settings, db=env.db, blobs=env.blobs, source=open_source(env.settings.mailbox),
                   clock=env.clock)


def _digest(env, smtp_server, day: date):
    env.now = datetime(day.year, day.month, day.day, 6, 30, tzinfo=UTC)
    before = len(smtp_server.received)
    what, summary = send_digest(_runtime(env), day)  # never idle: something arrived, was decided or sent
    assert summary.sent == 1, what
    assert len(smtp_server.received) == before + 1
    return smtp_server.messages()[-1]


def _html_with_pictures(message) -> str:
    """The HTML as a mail client shows it: every cid: picture from its inline part."""
    html = message.get_body(("html",)).get_content()
    for part in message.walk():
        content_id = part.get("Content-ID")
        if content_id:
            data = base64.b64encode(part.get_payload(decode=True)).decode()
            html = html.replace(f"cid:{content_id.strip('<>')}", f"data:{part.get_content_type()};base64,{data}")
    return html


def _picture(chromium, html: str, name: str) -> None:
    context = chromium.new_context(viewport={"width": 900, "height": 900})
    try:
        page = context.new_page()
        page.set_content(html, wait_until="load")
        width = page.evaluate("document.querySelector('img') ? document.querySelector('img').naturalWidth : 0")
        assert width > 0, "the chart did not load"
        keep(name, page.screenshot(full_page=True))
    finally:
        context.close()


def test_the_series_counts_every_day_and_sums_up_to_each():
    series = daily_series([(date(2019, 6, 10), Decimal(100)), (date(2019, 6, 12), Decimal(50)),
                           (date(2019, 6, 12), Decimal(25)), (date(2019, 6, 20), Decimal(1))],
                          first=None, last=date(2019, 6, 16))
    assert [(d.day.day, d.arrived, d.requested_total) for d in series] == [
        (10, 1, 100), (11, 0, 100), (12, 2, 175), (13, 0, 175), (14, 0, 175), (15, 0, 175), (16, 0, 175)]


def test_the_digest_has_the_chart_the_links_and_after_the_deadline_the_phase(make_env, smtp_server,
                                                                              chromium):
    env = make_env(smtp=smtp_server.smtp_config(), extra={"web": {"base_url": CONSOLE}})
    days = [datetime(2019, 6, d, 9, 0, tzinfo=UTC) for d in (3, 3, 5, 8, 11, 12, 12, 14)]
    titles = ["Buurtmoestuin", "Trage wegen", "Dorpsfeest", "Speelbos", "Repair café", "Buurtbus",
              "Jardin partagé", "Boîte à livres"]
    with env.db.session() as session:
        applications = [add_application(session, received_at=at, sender=f"aanvrager{n}@example.org",
                                        language="fr" if n >= 6 else "nl",
                                        fields={"project_title": title, "requested_amount": f"{9000 + n * 250}.00",
                                                "municipality": "Lo-Reninge"})
                        for n, (at, title) in enumerate(zip(days, titles, strict=True))]
    references = [a.reference for a in applications]

    before = _digest(env, smtp_server, date(2019, 6, 15))
    html = before.get_body(("html",)).get_content()
    assert 'src="cid:chart@intake"' in html
    chart = next(p for p in before.walk() if p.get("Content-ID") == "<chart@intake>")
    assert chart.get_content_type() == "image/png" and chart.get_payload(decode=True).startswith(PNG_MAGIC)
    related = next(p for p in before.walk() if p.get_content_type() == "multipart/related")
    assert [p.get_content_type() for p in related.iter_parts()] == ["text/html", "image/png"]
    for reference in references:
        assert f'href="{CONSOLE}/applications/{reference}"' in html
    assert "Selectie" not in html  # before the deadline: the race, not the selection
    _picture(chromium, _html_with_pictures(before), "digest-before-deadline.png")

    env.now = datetime(2019, 6, 24, 15, 0, tzinfo=UTC)  # the jury's day
    with env.db.session() as session:
        for application in applications[:3]:
            decide_status(session, session.merge(application), "selected", env.now, actor="jonas@example.org")
        decide_status(session, session.merge(applications[3]), "rejected", env.now, actor="jonas@example.org")
        draft_letters(session, env.settings, env.now)
    selection = _digest(env, smtp_server, date(2019, 6, 25))
    text = selection.get_body(("plain",)).get_content()
    assert "SELECTIE" in text and "geselecteerd: 3" in text and "nog te beslissen: 4" in text
    assert "brieven: 4 te bekijken" in text
    assert f"{CONSOLE}/applications/{references[4]}" in text.split("SELECTIE")[1].split("NIEUW")[0]
    assert "BEGELEIDINGSSESSIES" not in text

    env.now = datetime(2019, 7, 1, 10, 0, tzinfo=UTC)
    with env.db.session() as session:
        for application in applications[4:]:
            decide_status(session, session.merge(application), "rejected", env.now, actor="jonas@example.org")
        send_invitations(session, env.settings, env.now)
    assert send_pending(env.db, env.settings, env.clock).sent == 3
    sessions = _digest(env, smtp_server, date(2019, 7, 2))
    text = sessions.get_body(("plain",)).get_content()
    assert "BEGELEIDINGSSESSIES" in text and "nog te beslissen: 0" in text
    assert re.search(r"donderdag 26 september 2019, 10:00–14:00 \(.*\): 3 uitgenodigd", text)
    html = _html_with_pictures(sessions)
    assert f'href="{CONSOLE}/applications/{references[0]}"' in html
    _picture(chromium, html, "digest-sessions.png")
