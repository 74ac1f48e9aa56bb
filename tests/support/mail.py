"""Build real e-mails for tests and put them into a real mailbox."""

from __future__ import annotations

import email.policy
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import imapclient

from tests.support.dovecot import PASSWORD, Dovecot

BRUSSELS = ZoneInfo("Europe/Brussels")


def make_email(*, sender: str = "Griet Vandenbroucke <griet@example.org>", subject: str = "Projectidee",
               body: str = "Beste,\n\nIn bijlage ons idee.\n", message_id: str | None = "auto",
               attachments: list[tuple[str, bytes, str]] | None = None, date: datetime | None = None,
               headers: dict[str, str] | None = None, to: str = "coordinator@example.org") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date or datetime(2019, 6, 10, 10, 0, tzinfo=BRUSSELS))
    if message_id == "auto":
        message["Message-ID"] = make_msgid(domain="example.org")
    elif message_id:
        message["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    for filename, data, mime in attachments or []:
        maintype, subtype = mime.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes(policy=email.policy.SMTP)  # CRLF, as mail travels


def imap_client(server: Dovecot, user: str) -> imapclient.IMAPClient:
    client = imapclient.IMAPClient(server.host, port=server.port, ssl=False, timeout=20)
    client.login(user, PASSWORD)
    client.normalise_times = False
    return client


def append(server: Dovecot, user: str, messages: list[bytes], folder: str = "INBOX",
           received: datetime | None = None) -> None:
    client = imap_client(server, user)
    try:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        for raw in messages:
            client.append(folder, raw, msg_time=received)
    finally:
        client.logout()


def folder_contents(server: Dovecot, user: str, folder: str) -> dict[int, bytes]:
    """UID -> raw bytes (BODY.PEEK[]) of a folder, or {} when it does not exist."""
    client = imap_client(server, user)
    try:
        if not client.folder_exists(folder):
            return {}
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        if not uids:
            return {}
        return {uid: data[b"BODY[]"] for uid, data in client.fetch(uids, [b"BODY.PEEK[]"]).items()}
    finally:
        client.logout()
