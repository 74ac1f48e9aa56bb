"""Drain the outbox: SMTP or the outbox folder.

Several workers may drain one outbox at once (on PostgreSQL). A mail is claimed by an UPDATE that only
matches a row still ``queued`` and due, and only the worker whose UPDATE changed the row sends it. Each
mail is marked ``sending`` and committed before it is handed over, and marked ``sent`` after; so a
crash between the server's acceptance and our commit leaves a ``sending`` row, which is never resent
blindly: after ``STALE_SENDING`` it becomes ``unknown`` and waits for ``intake outbox retry`` (with the
outbox folder we can look, and a file that is there means sent). 4xx and unreachable servers are retried
with exponential backoff up to ``smtp.max_attempts``; 5xx stops at once with the server's words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from config import Settings
from config.errors import PermanentSendError, TemporarySendError
from config.faults import checkpoint
from notifications.transport import ServerUnavailable, open_transport
from storage.db import Database
from storage.outbox import PENDING, OutboxState, OutgoingMail

log = logging.getLogger(__name__)

STALE_SENDING = timedelta(minutes=15)  # longer than any SMTP timeout: a `sending` row this old was orphaned
FIRST_BACKOFF = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=6)
_UTF8_QP = Charset("utf-8")
_UTF8_QP.body_encoding = QP


@dataclass
class SendSummary:
    sent: int = 0
    retry_later: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    unknown: int = 0
    unreachable: str | None = None  # why the server could not be reached at all, if it could not


def backoff(attempts: int) -> timedelta:
    return min(FIRST_BACKOFF * (2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def file_name(row: OutgoingMail) -> str:
    return f"{row.id:06d}-{row.kind}"


def _text_part(text: str, subtype: str) -> MIMEText:
    return MIMEText(text, subtype, _UTF8_QP)  # quoted-printable: the .eml files stay readable


def _attachment_part(attachment: dict[str, Any]) -> Message:
    """One attachment: ``text`` (with optional Content-Type ``params``, e.g. an iCalendar's method) or
    ``base64`` bytes; with a ``content_id`` it is shown inline by the HTML, else attached as a file."""
    maintype, subtype = attachment["content_type"].split("/", 1)
    part: Message
    if "base64" in attachment:
        part = MIMEBase(maintype, subtype)
        part.set_payload(attachment["base64"])
        part["Content-Transfer-Encoding"] = "base64"
    else:
        part = _text_part(attachment["text"], subtype)
    for name, value in attachment.get("params", {}).items():
        part.set_param(name, value)
    if attachment.get("content_id"):
        part["Content-ID"] = f"<{attachment['content_id']}>"
        part.add_header("Content-Disposition", "inline", filename=attachment["filename"])
    else:
        part.add_header("Content-Disposition", "attachment", filename=attachment["filename"])
    return part


def build_message(row: OutgoingMail, settings: Settings, now: datetime) -> Message:
    """The MIME message of one outbox row: text and HTML alternatives, attachments, our headers.

    Built with the classic (compat32) classes: the modern header folder drops a space between two
    encoded words of a long accented subject (CPython's email bug), which the classic Header does not.
    """
    inline = [a for a in row.attachments if a.get("content_id")]
    attached = [a for a in row.attachments if not a.get("content_id")]
    body: Message = _text_part(row.body_text, "plain")
    if row.body_html:
        html: Message = _text_part(row.body_html, "html")
        if inline:  # pictures the HTML shows by cid: (the digest's chart)
            html = MIMEMultipart("related", _subparts=[html, *(_attachment_part(a) for a in inline)])
        body = MIMEMultipart("alternative", _subparts=[body, html])
    if attached:
        body = MIMEMultipart("mixed", _subparts=[body, *(_attachment_part(a) for a in attached)])
    name, address = parseaddr(settings.smtp.from_address)
    body["From"] = formataddr((name, address), charset="utf-8")
    body["To"] = row.recipient
    body["Subject"] = Header(row.subject, "utf-8")
    body["Date"] = format_datetime(now)
    body["Message-ID"] = row.message_id
    for header, value in row.headers.items():
        body[header] = value
    # ask Exchange and friends not to answer our automatic mail with theirs
    body["X-Auto-Response-Suppress"] = "All"
    return body


def _reconcile(db: Database, now: datetime, transport, summary: SendSummary) -> None:
    with db.session() as session:
        stale = session.scalars(select(OutgoingMail).where(
            OutgoingMail.state == OutboxState.SENDING,
            OutgoingMail.sending_started_at < now - STALE_SENDING)
            # two workers reconciling at once: each row is judged by one of them (PostgreSQL; SQLite's
            # write lock already serialises them)
            .with_for_update(skip_locked=True)).all()
        for row in stale:
            if transport.already_sent(file_name(row)):
                row.state, row.sent_at = OutboxState.SENT, row.sending_started_at
                continue
            row.state = OutboxState.UNKNOWN
            row.last_error = ("the worker stopped while this mail was being handed to the SMTP server; it may "
                              "have left. Check, then `intake outbox retry " f"{row.id}` to send it again")
            summary.unknown += 1


def send_pending(db: Database, settings: Settings, clock: Callable[[], datetime],
                 only_ids: Sequence[int] | None = None) -> SendSummary:
    """Send every queued mail that is due. Cheap when nothing is queued: one indexed query."""

    summary = SendSummary()
    now = clock()
    with db.session() as session:
        query = select(OutgoingMail.id, OutgoingMail.state).where(OutgoingMail.state.in_(PENDING))
        pending = session.execute(query.order_by(OutgoingMail.id)).all()
    if not pending:
        return summary

    transport = open_transport(settings.smtp)
    try:
        if any(state == OutboxState.SENDING for _id, state in pending):
            _reconcile(db, now, transport, summary)
        with db.session() as session:
            query = select(OutgoingMail.id).where(
                OutgoingMail.state == OutboxState.QUEUED,
                or_(OutgoingMail.next_attempt_at.is_(None), OutgoingMail.next_attempt_at <= now))
            if only_ids is not None:
                query = query.where(OutgoingMail.id.in_(only_ids))
            due = list(session.scalars(query.order_by(OutgoingMail.id)))
        for outbox_id in due:
            if not _send_one(db, settings, clock, transport, outbox_id, summary):
                break  # the server is unreachable: the rest waits for the next cycle, untouched
    finally:
        transport.close()
    return summary


def _claim(session: Session, outbox_id: int, now: datetime) -> bool:
    """Move one due row from ``queued`` to ``sending``; False when another worker got there first.

    The state check is in the UPDATE itself, so the database decides: on PostgreSQL at READ COMMITTED a
    second UPDATE waits for the first to commit, re-reads the row, no longer matches and changes nothing;
    on SQLite the write lock serialises the two. A read-then-write in Python would let both through.
    """
    claimed = session.scalar(
        update(OutgoingMail)
        .where(OutgoingMail.id == outbox_id, OutgoingMail.state == OutboxState.QUEUED,
               # a mail another worker has just put back with a backoff is not due again yet
               or_(OutgoingMail.next_attempt_at.is_(None), OutgoingMail.next_attempt_at <= now))
        .values(state=OutboxState.SENDING, sending_started_at=now, attempts=OutgoingMail.attempts + 1)
        .returning(OutgoingMail.id)
        .execution_options(synchronize_session=False))
    return claimed is not None


def _send_one(db: Database, settings: Settings, clock: Callable[[], datetime], transport, outbox_id: int,
              summary: SendSummary) -> bool:
    """Send one row; False when the server cannot be reached at all."""
    now = clock()
    checkpoint("before_outbox_claim")
    with db.session() as session:
        if not _claim(session, outbox_id, now):
            return True  # another worker took it, or it is no longer queued
        row = session.get(OutgoingMail, outbox_id)
        assert row is not None
        # built in the claim's transaction: a mail that cannot be built rolls back to `queued`
        message = build_message(row, settings, now)
        name = file_name(row)
    # committed: from here a crash leaves `sending`, which is reconciled, never blindly resent
    error: Exception | None = None
    try:
        transport.send(message, name=name)
    except (TemporarySendError, PermanentSendError) as exc:
        error = exc
    else:
        checkpoint("after_smtp_accept")
    with db.session() as session:
        row = session.get(OutgoingMail, outbox_id)
        assert row is not None
        if error is None:
            row.state, row.sent_at, row.last_error, row.next_attempt_at = OutboxState.SENT, clock(), None, None
            summary.sent += 1
            return True
        row.last_error = str(error)[:2000]
        if isinstance(error, PermanentSendError) or row.attempts >= settings.smtp.max_attempts:
            row.state = OutboxState.FAILED
            summary.failed += 1
        else:
            row.state = OutboxState.QUEUED
            row.next_attempt_at = now + backoff(row.attempts)
            summary.retry_later += 1
        summary.errors.append(f"outbox {outbox_id} to {row.recipient}: {row.last_error}")
        log.warning("outbox %s: %s", outbox_id, row.last_error)
    if isinstance(error, ServerUnavailable):
        summary.unreachable = str(error)
        return False
    return True
