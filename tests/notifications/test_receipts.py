"""Receipts: queued as outbox rows by queue_receipt, sent over a real SMTP server (aiosmtpd)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from notifications.receipts import queue_receipt
from notifications.sending import send_pending
from storage.outbox import OutboxState, OutgoingMail
from tests.notifications.factories import add_application, add_message
from tests.support.mail import make_email

FIELDS_NL = {"project_title": "Samen tuinieren in Lo", "organisation": "Buurtwerking Lo",
             "municipality": "Lo-Reninge", "requested_amount": "9500.00", "email": "griet@example.org"}


def _apply(env, raw: bytes, **application):
    with env.db.session() as session:
        message = add_message(session, env.blobs, raw, received_at=application.pop("received_at", None))
        app = add_application(session, message=message, **application)
        queue_receipt(session, env.settings, app, message, now=env.now)
        return app.reference, message.message_id


def _rows(env) -> list[OutgoingMail]:
    with env.db.session() as session:
        return list(session.scalars(select(OutgoingMail).order_by(OutgoingMail.id)))


def _body(message, subtype="plain") -> str:
    return message.get_body(preferencelist=(subtype,)).get_content()


def test_a_dutch_receipt_is_a_threaded_reply_with_our_headers(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    raw = make_email(subject="Projectidee Samen tuinieren", message_id="<idee-1@example.org>",
                     headers={"References": "<older@example.org>"})
    reference, message_id = _apply(env, raw, fields=FIELDS_NL, missing=["phone", "budget_lines"],
                                   documents=[("aanvraag.pdf", "parsed", None),
                                              ("scan.pdf", "no_text", "no text in the PDF (a scan?)")])
    summary = send_pending(env.db, env.settings, env.clock)
    assert (summary.sent, summary.failed, summary.retry_later) == (1, 0, 0)
    [received] = smtp_server.received
    assert received.rcpt_tos == ["griet@example.org"]
    assert received.mail_from == "coordinator@example.org"
    mail = received.message
    # built from the project's title and the reference, not from the applicant's subject
    assert mail["Subject"] == f"Re: Samen tuinieren in Lo [{reference}] – ontvangstbevestiging"
    assert mail["In-Reply-To"] == "<idee-1@example.org>"
    assert mail["References"] == "<older@example.org> <idee-1@example.org>"
    assert mail["Auto-Submitted"] == "auto-replied"
    assert mail["Message-ID"].endswith("@example.org>") and mail["Message-ID"] != message_id
    assert mail["To"] == "griet@example.org"
    text = _body(mail)
    for expected in (reference, "Samen tuinieren in Lo", "Buurtwerking Lo", "Lo-Reninge", "9.500,00 EUR",
                     "telefoonnummer", "begroting", "aanvraag.pdf: gelezen",
                     "scan.pdf: geen tekst gevonden (een scan?)",
                     "op tijd", "zondag 16 juni 2019 om 23:59", "eind juni 2019",
                     "donderdag 26 september 2019, 10:00–14:00"):
        assert expected in text, expected
    assert "Bonjour" not in text
    assert "no text in the PDF" not in text  # the stored reason is for the coordinator, not the applicant
    html = _body(mail, "html")
    assert "<li>telefoonnummer</li>" in html
    [row] = _rows(env)
    assert row.state == OutboxState.SENT and row.sent_at is not None
    assert row.idempotency_key.startswith(f"receipt:{reference}:msg-")
    assert row.message_id == mail["Message-ID"]


def test_a_french_receipt_and_a_bilingual_one_when_unsure(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    _apply(env, make_email(sender="Marie <marie@example.fr>", subject="Idée de projet"), language="fr",
           sender="marie@example.fr", fields={"project_title": "Jardin partagé", "requested_amount": "12000.00"},
           problems=["over_max_amount"])
    _apply(env, make_email(sender="x@example.be", subject="Hallo"), language=None, sender="x@example.be")
    send_pending(env.db, env.settings, env.clock)
    french, bilingual = smtp_server.messages()
    assert french["Subject"].endswith("– accusé de réception")
    text = _body(french)
    assert "Bonjour Griet" in text and "Merci pour votre idée" in text and "Beste" not in text
    assert "12\u202f000,00 EUR" in text
    assert "dépasse le maximum de 10\u202f000,00 EUR" in text
    assert "fin juin 2019" in text
    assert "ontvangstbevestiging / accusé de réception" in bilingual["Subject"]
    both = _body(bilingual)
    assert "Bedankt voor je projectidee" in both and "Merci pour votre idée" in both


def test_a_late_application_gets_an_honest_late_receipt(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    late = datetime(2019, 6, 17, 7, 0, tzinfo=UTC)
    _apply(env, make_email(subject="Ons idee"), on_time=False, status="late", problems=["late"], received_at=late)
    send_pending(env.db, env.settings, env.clock)
    [mail] = smtp_server.messages()
    assert mail["Subject"].endswith("– ontvangen na de deadline")
    text = _body(mail)
    assert "na de deadline" in text and "op tijd" not in text
    assert "maandag 17 juni 2019 om 09:00" in text  # received, in Brussels time


def test_applicant_text_cannot_inject_markup(make_env):
    env = make_env()
    _apply(env, make_email(), fields={"project_title": '<script>alert("x")</script><b>vet</b>'})
    [row] = _rows(env)
    assert "<script>" not in row.body_html and "&lt;script&gt;" in row.body_html
    assert '<script>alert("x")</script>' in row.body_text  # text stays text


def test_one_receipt_per_message_and_an_updated_one_for_a_follow_up(make_env):
    env = make_env()
    with env.db.session() as session:
        first = add_message(session, env.blobs, make_email(subject="Idee"))
        app = add_application(session, message=first, missing=["phone"])
        queue_receipt(session, env.settings, app, first, now=env.now)
        queue_receipt(session, env.settings, app, first, now=env.now)  # a re-run: no second row
        follow_up = add_message(session, env.blobs, make_email(subject="Re: Idee", body="Mijn nummer: 051 70 12 34"))
        follow_up.application_id = app.id
        queue_receipt(session, env.settings, app, follow_up, now=env.now)
    rows = _rows(env)
    assert [r.idempotency_key for r in rows] == [f"receipt:{app.reference}:msg-{first.id}",
                                                 f"receipt:{app.reference}:msg-{follow_up.id}"]
    assert rows[0].subject.endswith("ontvangstbevestiging") and "bijgewerkte" not in rows[0].subject
    assert rows[1].subject == f"Re: Idee [{app.reference}] – bijgewerkte ontvangstbevestiging"


def test_no_receipt_to_machines_lists_or_ourselves(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    cases = [
        make_email(headers={"Auto-Submitted": "auto-replied"}, subject="Afwezig"),
        make_email(headers={"List-Id": "<buurt.example.org>"}),
        make_email(headers={"Precedence": "bulk"}),
        make_email(sender="MAILER-DAEMON@mx.example.org", subject="Undelivered Mail"),
        make_email(sender="Maak werk van je buurt <coordinator@example.org>"),
    ]
    for raw in cases:
        _apply(env, raw, sender=read_sender(raw))
    send_pending(env.db, env.settings, env.clock)
    assert smtp_server.received == []
    rows = _rows(env)
    assert [r.state for r in rows] == [OutboxState.SUPPRESSED] * 5
    assert [r.last_error for r in rows] == [
        "Auto-Submitted: auto-replied", "mailing list (list-id)", "Precedence: bulk",
        "automated sender (mailer-daemon@mx.example.org)", "our own address (coordinator@example.org)"]


def read_sender(raw: bytes) -> str:
    from parsers.envelope import read_envelope

    return read_envelope(raw).sender


def test_at_most_n_receipts_per_sender_per_day(make_env, smtp_server):
    env = make_env(smtp={**smtp_server.smtp_config(), "max_receipts_per_sender_per_day": 3})
    for number in range(5):
        _apply(env, make_email(subject=f"Idee {number}"))
    env.now += timedelta(days=1)  # a new local day: the sender may hear from us again
    _apply(env, make_email(subject="Idee 6"))
    send_pending(env.db, env.settings, env.clock)
    assert len(smtp_server.received) == 4
    states = [r.state for r in _rows(env)]
    assert states == ["sent"] * 3 + ["suppressed"] * 2 + ["sent"]
    assert "per-sender limit" in _rows(env)[3].last_error


def test_a_postal_application_with_an_address_gets_a_receipt(make_env):
    env = make_env()
    with env.db.session() as session:
        app = add_application(session, sender="", channel="post", fields={"email": "post@example.be"})
        queue_receipt(session, env.settings, app, None, now=env.now)
    [row] = _rows(env)
    assert row.recipient == "post@example.be" and row.idempotency_key == f"receipt:{app.reference}:post"
    assert "In-Reply-To" not in row.headers
    assert "Ontvangen per post" in row.body_text
    assert row.subject.startswith("Re: Maak werk van je buurt! [")


def test_a_template_in_the_config_folder_wins(make_env, tmp_path):
    folder = tmp_path / "mytemplates"
    folder.mkdir()
    (folder / "receipt.nl.txt.j2").write_text("Dag {{ applicant_name }}, dossier {{ reference }} is binnen.\n")
    env = make_env(extra={"notifications": {"templates_dir": str(folder)}})
    reference, _ = _apply(env, make_email())
    [row] = _rows(env)
    assert row.body_text == f"Dag Griet, dossier {reference} is binnen.\n"
    assert "Bedankt" in row.body_html  # the other parts still come from the shipped templates
