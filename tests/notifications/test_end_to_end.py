"""End to end: real Dovecot in, real SMTP (aiosmtpd) out, the whole cycle twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from intake.runtime import Runtime
from intake.worker.cycle import run_cycle
from storage.outbox import OutboxState, OutgoingMail
from tests.support.applications import application_mail, auto_reply, dsn_bounce, values
from tests.support.mail import BRUSSELS, append, make_email
from tests.support.settings import make_settings

ON_TIME = datetime(2019, 6, 10, 14, 0, tzinfo=BRUSSELS)


def test_a_mixed_mailbox_gets_exactly_the_receipts_it_should(tmp_path, dovecot_server, imap_user, imap_mailbox,
                                                            smtp_server):
    append(dovecot_server, imap_user, [
        application_mail(values(1), sender="Griet <griet@example.org>", message_id="<nl-1@example.org>"),
        application_mail(values(2, language="fr", municipality="Hondschoote", postcode="59122", amount="8 000"),
                         sender="Camille <camille@example.fr>", language="fr", file_format="docx",
                         subject="Idée de projet", message_id="<fr-1@example.fr>"),
        auto_reply(),
        dsn_bounce(),  # about a mail we never sent: matches nothing, answered by nothing
        make_email(sender="Nieuwsbrief <news@example.org>", subject="Nieuws", body="nieuws\n",
                   headers={"List-Id": "<news.example.org>"}),
    ], received=ON_TIME)
    settings = make_settings(tmp_path, mailbox=imap_mailbox, smtp=smtp_server.smtp_config())
    runtime = Runtime.from_settings(settings, check_schema=False)
    runtime.db.upgrade()
    try:
        summary = run_cycle(runtime)
        assert summary.send.sent == 2, summary.line()
        by_recipient = {r.rcpt_tos[0]: r.message for r in smtp_server.received}
        assert sorted(by_recipient) == ["camille@example.fr", "griet@example.org"]
        dutch, french = by_recipient["griet@example.org"], by_recipient["camille@example.fr"]
        assert dutch["In-Reply-To"] == "<nl-1@example.org>" and french["In-Reply-To"] == "<fr-1@example.fr>"
        assert dutch["Subject"].startswith("Re: Samen tuinieren 1 [MWB-2019-")
        assert "ontvangstbevestiging" in dutch["Subject"]
        assert french["Subject"].startswith("Re: Jardin partagé 2 [MWB-2019-")
        assert "accusé de réception" in french["Subject"]
        assert "Samen tuinieren 1" in dutch.get_body(("plain",)).get_content()
        assert "Jardin partagé 2" in french.get_body(("plain",)).get_content()
        # signed in the applicant's language too
        assert "Coordinateur du projet Partons 2.0" in french.get_body(("plain",)).get_content()
        assert "Projectcoördinator Partons 2.0" in dutch.get_body(("plain",)).get_content()
        # the e-mail's own text is named as such, never by our internal "(body)"
        assert "de tekst van je e-mail: gelezen" in dutch.get_body(("plain",)).get_content()
        assert "(body)" not in dutch.get_body(("plain",)).get_content() + french.get_body(("plain",)).get_content()
        for mail in (dutch, french):
            assert mail["Auto-Submitted"] == "auto-replied" and mail["Message-ID"].endswith("@example.org>")

        # the receipt to Griet bounces; her out-of-office answers too: neither gets a reply
        append(dovecot_server, imap_user, [dsn_bounce(dutch["Message-ID"], "griet@example.org"),
                                           auto_reply("Re: Projectidee")], received=ON_TIME)
        summary = run_cycle(runtime)
        assert summary.send.sent == 0, summary.line()
        assert len(smtp_server.received) == 2
        with runtime.db.session() as session:
            rows = {r.recipient: r for r in session.scalars(select(OutgoingMail))}
        assert set(rows) == {"griet@example.org", "camille@example.fr"}  # nothing queued for machines
        assert rows["griet@example.org"].state == OutboxState.BOUNCED
        assert "550 5.1.1" in rows["griet@example.org"].last_error
        assert rows["camille@example.fr"].state == OutboxState.SENT

        summary = run_cycle(runtime)  # and again: nothing new
        assert (summary.fetch.new, summary.send.sent) == (0, 0)
        assert len(smtp_server.received) == 2
    finally:
        runtime.close()
