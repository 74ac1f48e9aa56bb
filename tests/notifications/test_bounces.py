"""Bounces: a real RFC 3464 report about a receipt we sent marks its outbox row bounced."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.parser import BytesParser

from notifications.bounces import handle_bounce, read_dsn
from notifications.receipts import queue_receipt
from notifications.sending import send_pending
from storage.outbox import OutboxState, OutgoingMail
from tests.notifications.factories import add_application, add_message
from tests.support.mail import make_email


def make_dsn(original: bytes, *, action: str = "failed", status: str = "5.1.1", headers_only: bool = False,
             diagnostic: str = "smtp; 550 5.1.1 <griet@example.org>: Recipient address rejected") -> bytes:
    """A bounce as Postfix writes it: multipart/report; report-type=delivery-status, literally."""
    if headers_only:
        returned = ("Content-Type: text/rfc822-headers\r\n\r\n"
                    + original.split(b"\r\n\r\n", 1)[0].decode() + "\r\n")
    else:
        returned = "Content-Type: message/rfc822\r\n\r\n" + original.decode()
    text = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
        "To: coordinator@example.org\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "Message-ID: <dsn-1@mx.example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUND"\r\n'
        "\r\n"
        "--BOUND\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n"
        "--BOUND\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.org\r\n"
        "Arrival-Date: Mon, 10 Jun 2019 10:00:05 +0200\r\n\r\n"
        "Final-Recipient: rfc822; griet@example.org\r\n"
        "Original-Recipient: rfc822;griet@example.org\r\n"
        f"Action: {action}\r\nStatus: {status}\r\nRemote-MTA: dns; mail.example.org\r\n"
        f"Diagnostic-Code: {diagnostic}\r\n"
        "\r\n--BOUND\r\n"
        + returned +
        "\r\n--BOUND--\r\n"
    )
    return text.encode()


def _sent_receipt(env, smtp_server) -> tuple[int, bytes]:
    with env.db.session() as session:
        message = add_message(session, env.blobs, make_email())
        app = add_application(session, message=message)
        queue_receipt(session, env.settings, app, message, now=env.now)
    send_pending(env.db, env.settings, env.clock)
    [received] = smtp_server.received
    with env.db.session() as session:
        [row] = session.query(OutgoingMail).all()
        return row.id, received.data


def test_a_dsn_with_the_original_message_marks_the_receipt_bounced(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    outbox_id, original = _sent_receipt(env, smtp_server)
    bounced_at = env.now + timedelta(minutes=5)
    with env.db.session() as session:
        assert handle_bounce(session, make_dsn(original), now=bounced_at) is True
    with env.db.session() as session:
        row = session.get(OutgoingMail, outbox_id)
        assert row.state == OutboxState.BOUNCED and row.bounced_at == bounced_at
        assert "550 5.1.1" in row.last_error and "Recipient address rejected" in row.last_error


def test_a_dsn_with_only_the_headers_matches_too(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    outbox_id, original = _sent_receipt(env, smtp_server)
    with env.db.session() as session:
        assert handle_bounce(session, make_dsn(original, headers_only=True), now=env.now)
    with env.db.session() as session:
        assert session.get(OutgoingMail, outbox_id).state == OutboxState.BOUNCED


def test_a_delay_report_is_not_a_bounce_and_strangers_match_nothing(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    outbox_id, original = _sent_receipt(env, smtp_server)
    stranger = make_email(message_id="<not-ours@example.org>")
    with env.db.session() as session:
        assert handle_bounce(session, make_dsn(original, action="delayed", status="4.4.1"), now=env.now) is False
        assert handle_bounce(session, make_dsn(stranger), now=env.now) is False
        assert handle_bounce(session, b"From: x@example.org\r\nSubject: hi\r\n\r\nhello\r\n", now=env.now) is False
    with env.db.session() as session:
        assert session.get(OutgoingMail, outbox_id).state == OutboxState.SENT


def test_a_plain_bounce_quoting_us_in_in_reply_to(make_env, smtp_server):
    env = make_env(smtp=smtp_server.smtp_config())
    _outbox_id, original = _sent_receipt(env, smtp_server)
    our_id = BytesParser().parsebytes(original)["Message-ID"]
    bounce = EmailMessage()
    bounce["From"] = "postmaster@example.org"
    bounce["Subject"] = "Delivery failure"
    bounce["In-Reply-To"] = our_id
    bounce.set_content("Mailbox full.")
    assert read_dsn(bounce.as_bytes())[0] == [our_id]
    with env.db.session() as session:
        assert handle_bounce(session, bounce.as_bytes(), now=env.now)
