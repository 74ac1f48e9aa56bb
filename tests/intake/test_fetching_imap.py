"""The spine against a real Dovecot: exactly once, lossless, nothing deleted."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import func, select

from intake.mailbox.fetching import fetch_new_mail
from intake.worker.cycle import run_cycle
from storage.models import Attachment, AttachmentStatus, FolderState, Message, MessageStatus
from tests.support.mail import BRUSSELS, append, folder_contents, make_email


def _count(runtime, model=Message) -> int:
    with runtime.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_each_message_stored_once_over_repeated_polls_and_moved(dovecot_server, imap_user, imap_mailbox,
                                                                  make_runtime, database_url):
    messages = [make_email(subject=f"Idee {n}", attachments=[(f"f{n}.pdf", b"%PDF-1.4 test " + bytes([n]),
                                                              "application/pdf")]) for n in range(12)]
    append(dovecot_server, imap_user, messages)
    originals = folder_contents(dovecot_server, imap_user, "INBOX")
    runtime = make_runtime(mailbox={**imap_mailbox, "fetch_batch": 5}, database_url=database_url)

    first = fetch_new_mail(runtime)
    second = fetch_new_mail(runtime)

    assert (first.fetched, first.new, first.duplicate) == (12, 12, 0)
    assert (second.fetched, second.new) == (0, 0)
    assert _count(runtime) == 12
    with runtime.db.session() as session:
        stored = {m.sha256 for m in session.scalars(select(Message))}
        assert all(m.post_action_at is not None for m in session.scalars(select(Message)))
        assert session.scalar(select(FolderState.last_uid)) == max(originals)
    assert stored == {hashlib.sha256(raw).hexdigest() for raw in originals.values()}
    # moved, never deleted: the processed folder holds exactly the original bytes
    assert folder_contents(dovecot_server, imap_user, "INBOX") == {}
    processed = folder_contents(dovecot_server, imap_user, "Intake/Processed")
    assert sorted(processed.values()) == sorted(originals.values())
    for sha256 in stored:
        assert hashlib.sha256(runtime.blobs.get("raw", sha256)).hexdigest() == sha256


def test_keep_mode_flags_instead_of_moving(dovecot_server, imap_user, imap_mailbox, make_runtime):
    append(dovecot_server, imap_user, [make_email(subject="a"), make_email(subject="b")])
    runtime = make_runtime(mailbox={**imap_mailbox, "after": "keep"})
    assert fetch_new_mail(runtime).new == 2
    assert fetch_new_mail(runtime).fetched == 0
    from tests.support.mail import imap_client

    client = imap_client(dovecot_server, imap_user)
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags(client.search(["ALL"]))
    client.logout()
    assert len(flags) == 2
    assert all(b"$IntakeProcessed" in f and b"\\Seen" not in f for f in flags.values())


def test_internaldate_is_kept_apart_from_the_date_header(dovecot_server, imap_user, imap_mailbox, make_runtime):
    arrival = datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRUSSELS)
    claimed = datetime(2019, 6, 1, 8, 0, tzinfo=BRUSSELS)
    append(dovecot_server, imap_user, [make_email(date=claimed)], received=arrival)
    runtime = make_runtime(mailbox=imap_mailbox)
    fetch_new_mail(runtime)
    with runtime.db.session() as session:
        message = session.scalar(select(Message))
    assert message.received_at == arrival.astimezone(UTC)
    assert message.received_at.tzinfo is not None
    assert "01 Jun 2019" in message.date_header


def test_same_message_id_twice_is_kept_but_marked_duplicate(dovecot_server, imap_user, imap_mailbox,
                                                            make_runtime):
    first = make_email(message_id="<same@example.org>", body="eerste versie\n")
    resent = make_email(message_id="<same@example.org>", body="eerste versie\n", headers={"X-Resent": "yes"})
    no_id_1 = make_email(message_id=None, body="zonder id\n")
    no_id_2 = make_email(message_id=None, body="ook zonder id\n")
    append(dovecot_server, imap_user, [first, resent, no_id_1, no_id_2, first])  # `first` byte-identical twice
    runtime = make_runtime(mailbox=imap_mailbox)
    summary = fetch_new_mail(runtime)
    assert (summary.fetched, summary.new, summary.duplicate) == (5, 3, 2)
    with runtime.db.session() as session:
        rows = list(session.scalars(select(Message).order_by(Message.id)))
    assert [r.status for r in rows] == [MessageStatus.STORED, MessageStatus.DUPLICATE, MessageStatus.STORED,
                                        MessageStatus.STORED]
    assert rows[1].duplicate_of_id == rows[0].id
    assert rows[2].message_id is None and rows[3].message_id is None
    # the byte-identical copy was not stored again, but it did leave the inbox
    assert folder_contents(dovecot_server, imap_user, "INBOX") == {}


def test_uidvalidity_change_rescans_without_taking_anything_twice(dovecot_server, imap_user, imap_mailbox,
                                                                  make_runtime):
    mailbox = {**imap_mailbox, "url": imap_mailbox["url"].replace("/INBOX", "/Aanvragen"), "after": "keep"}
    old = [make_email(subject=f"oud {n}") for n in range(3)]
    append(dovecot_server, imap_user, old, folder="Aanvragen")
    runtime = make_runtime(mailbox=mailbox)
    assert fetch_new_mail(runtime).new == 3
    # recreate the folder: the server gives it a new UIDVALIDITY and renumbers the same mail
    from tests.support.mail import imap_client

    client = imap_client(dovecot_server, imap_user)
    client.delete_folder("Aanvragen")
    client.logout()
    new = make_email(subject="nieuw")
    append(dovecot_server, imap_user, [*old, new], folder="Aanvragen")

    summary = fetch_new_mail(runtime)

    assert summary.uidvalidity_changed
    assert (summary.fetched, summary.new, summary.duplicate) == (4, 1, 3)
    assert _count(runtime) == 4
    assert fetch_new_mail(runtime).fetched == 0


def test_odd_charsets_and_8bit_bodies_are_stored_byte_exact(dovecot_server, imap_user, imap_mailbox,
                                                            make_runtime):
    latin1 = (b"From: =?ISO-8859-1?Q?Andr=E9_D=E9caillet?= <andre@example.org>\r\n"
              b"To: coordinator@example.org\r\n"
              b"Subject: =?iso-8859-1?q?Caf=E9_associatif_=E0_Hondschoote?=\r\n"
              b"Message-ID: <latin1@example.org>\r\n"
              b"Content-Type: text/plain; charset=iso-8859-1\r\n"
              b"Content-Transfer-Encoding: 8bit\r\n\r\nCaf\xe9 \xe0 la place du village.\r\n")
    raw_utf8 = ("From: Zoë Vanhée <zoe@example.org>\r\nTo: coordinator@example.org\r\n"
                "Subject: Ontmoetingsplek in Poperinge – €\r\nMessage-ID: <utf8@example.org>\r\n"
                "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                "Één idee.\r\n").encode()
    unknown = (b"From: someone@example.org\r\nSubject: =?x-unknown-charset?B?SGFsbG8=?=\r\n"
               b"Message-ID: <unknown@example.org>\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\nhallo\r\n")
    append(dovecot_server, imap_user, [latin1, raw_utf8, unknown])
    originals = sorted(folder_contents(dovecot_server, imap_user, "INBOX").values())
    runtime = make_runtime(mailbox=imap_mailbox)
    assert fetch_new_mail(runtime).new == 3
    with runtime.db.session() as session:
        rows = {m.message_id: m for m in session.scalars(select(Message))}
    assert rows["<latin1@example.org>"].subject == "Café associatif à Hondschoote"
    assert rows["<latin1@example.org>"].sender == "andre@example.org"
    assert rows["<utf8@example.org>"].subject == "Ontmoetingsplek in Poperinge – €"
    assert rows["<unknown@example.org>"].status == MessageStatus.STORED
    assert sorted(runtime.blobs.get("raw", m.sha256) for m in rows.values()) == originals


def test_attachments_split_sniffed_and_size_limited(dovecot_server, imap_user, imap_mailbox, make_runtime):
    docx_renamed = b"PK\x03\x04" + b"\x00" * 100  # a broken zip named .pdf
    big = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024)
    raw = make_email(attachments=[("../../etc/passwd.pdf", b"%PDF-1.4 tiny", "application/pdf"),
                                  ("aanvraag.pdf", docx_renamed, "application/pdf"),
                                  ("groot.pdf", big, "application/pdf")])
    append(dovecot_server, imap_user, [raw])
    runtime = make_runtime(mailbox=imap_mailbox, storage={"max_attachment_mb": 1})
    fetch_new_mail(runtime)
    with runtime.db.session() as session:
        parts = list(session.scalars(select(Attachment).order_by(Attachment.part_index)))
    assert [p.filename for p in parts] == ["passwd.pdf", "aanvraag.pdf", "groot.pdf"]
    assert parts[0].original_filename == "../../etc/passwd.pdf"
    assert [p.sniffed_type for p in parts] == ["application/pdf", "application/zip", "application/pdf"]
    assert [p.status for p in parts] == [AttachmentStatus.STORED, AttachmentStatus.STORED,
                                         AttachmentStatus.TOO_LARGE]
    assert parts[2].size == len(big)
    assert not runtime.blobs.exists("attachments", parts[2].sha256)  # kept inside the raw message only
    assert runtime.blobs.get("attachments", parts[0].sha256) == b"%PDF-1.4 tiny"


def test_dropped_connection_does_not_stop_the_cycle(dovecot_server, imap_user, imap_mailbox, make_runtime):
    append(dovecot_server, imap_user, [make_email(subject="x")])
    runtime = make_runtime(mailbox={**imap_mailbox, "url": imap_mailbox["url"].replace(
        str(dovecot_server.port), "1")})  # nothing listens on port 1
    summary = run_cycle(runtime)
    assert summary.mailbox_error and "cannot connect" in summary.mailbox_error
    assert _count(runtime) == 0


def test_messages_become_processed(dovecot_server, imap_user, imap_mailbox, make_runtime):
    # a clear application: a mail that says nothing of an idea waits for the coordinator instead (test_attention)
    append(dovecot_server, imap_user, [make_email(subject="Projectidee", body="Titel: Samen tuinieren\n"
                                                  "Gevraagd bedrag: 4.000 euro\nGemeente: Lo-Reninge\n")])
    runtime = make_runtime(mailbox=imap_mailbox)
    summary = run_cycle(runtime)
    assert summary.fetch.new == 1
    assert summary.process.processed == 1
    with runtime.db.session() as session:
        assert session.scalar(select(Message.status)) == MessageStatus.PROCESSED
