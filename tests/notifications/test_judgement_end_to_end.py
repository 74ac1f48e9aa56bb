"""Issue 13's mailbox through the real worker against Dovecot (IMAP) and aiosmtpd (SMTP): who gets mail,
what becomes an application, what waits on the attention list."""

from __future__ import annotations

from intake.applications.attention import item_record, list_items
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle
from storage.applications import Application
from tests.intake.test_attention import MAILBOX
from tests.support.mail import append
from tests.support.settings import make_settings


def test_old_mail_inquiries_second_ideas_and_changes_on_a_real_server(tmp_path, dovecot_server, imap_user,
                                                                        imap_mailbox, smtp_server):
    for received, raw in MAILBOX:
        append(dovecot_server, imap_user, [raw], received=received)
    settings = make_settings(tmp_path, mailbox=imap_mailbox, smtp=smtp_server.smtp_config())
    runtime = Runtime.from_settings(settings, check_schema=False)
    runtime.db.upgrade()
    try:
        summary = run_cycle(runtime)
        assert summary.fetch.new == len(MAILBOX), summary.line()
        to = sorted(r.rcpt_tos[0] for r in smtp_server.received)
        # nothing to the colleague, the printer or the out-of-office replies; one mail per inquiry; receipts
        assert to == ["griet@example.org", "griet@example.org", "lucie@example.net", "marie@example.net",
                      "marie@example.net", "rachel@example.com", "sofie@example.org"]
        subjects = {r.rcpt_tos[0]: r.message["Subject"] for r in smtp_server.received}
        assert "brainstorm" in subjects["sofie@example.org"] and "brainstorming" in subjects["lucie@example.net"]
        with runtime.db.session() as session:
            applications = {(a.sender, str(a.current_fields()["requested_amount"].value)
                             if "requested_amount" in a.current_fields() else None)
                            for a in session.query(Application)}
            kinds = sorted(item_record(session, i)["kind"] for i in list_items(session))
        assert applications == {("marie@example.net", "8000.00"), ("marie@example.net", "3000.00"),
                                ("griet@example.org", "8750.00"), ("rachel@example.com", "3800.00")}
        assert kinds.count("before_call") == 2 and kinds.count("inquiry") == 2 and "language" in kinds
        # a second cycle sends nothing more and lists nothing twice
        again = run_cycle(runtime)
        assert again.send.sent == 0 and len(smtp_server.received) == len(to)
        with runtime.db.session() as session:
            assert sorted(item_record(session, i)["kind"] for i in list_items(session)) == kinds
    finally:
        runtime.close()
