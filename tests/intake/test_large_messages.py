"""Messages over the size threshold are read in pieces straight to disk: stored byte-exact, split, once."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

import intake.mailbox.imap as imap_source
from intake.mailbox.fetching import fetch_new_mail
from storage.models import Attachment, AttachmentStatus, Message, MessageStatus
from tests.support.mail import append, folder_contents, make_email


def test_a_large_message_is_spooled_in_pieces_and_stored_byte_exact(dovecot_server, imap_user, imap_mailbox,
                                                                    make_runtime, monkeypatch):
    # thresholds scaled down so a 300 KB message is "large" and comes in 64 KB pieces
    monkeypatch.setattr(imap_source, "LARGE_MESSAGE_BYTES", 100_000)
    monkeypatch.setattr(imap_source, "CHUNK_BYTES", 64 * 1024)
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 1200
    big = make_email(subject="Groot", message_id="<groot@example.org>",
                     attachments=[("aanvraag.pdf", pdf, "application/pdf"), ("te-groot.bin", b"\x01" * 1_100_000,
                                                                              "application/octet-stream")])
    small = make_email(subject="Klein", attachments=[("klein.pdf", b"%PDF-1.4 klein", "application/pdf")])
    append(dovecot_server, imap_user, [small, big, big])  # the large one twice, byte-identical
    originals = folder_contents(dovecot_server, imap_user, "INBOX")
    runtime = make_runtime(mailbox=imap_mailbox, storage={"max_attachment_mb": 1})

    summary = fetch_new_mail(runtime)

    assert (summary.fetched, summary.new, summary.duplicate) == (3, 2, 1)
    with runtime.db.session() as session:
        rows = {row.subject: row for row in session.scalars(select(Message))}
        parts = {a.filename: a for a in session.scalars(select(Attachment))}
    assert set(rows) == {"Groot", "Klein"}
    large = rows["Groot"]
    assert large.status == MessageStatus.STORED and large.message_id == "<groot@example.org>"
    assert large.size == len(originals[2]) and large.sha256 == hashlib.sha256(originals[2]).hexdigest()
    assert runtime.blobs.get("raw", large.sha256) == originals[2]
    assert parts["aanvraag.pdf"].sniffed_type == "application/pdf"
    assert runtime.blobs.get("attachments", parts["aanvraag.pdf"].sha256) == pdf
    assert parts["te-groot.bin"].status == AttachmentStatus.TOO_LARGE
    assert parts["te-groot.bin"].size == 1_100_000
    assert not runtime.blobs.exists("attachments", parts["te-groot.bin"].sha256)
    assert not list(runtime.blobs.root.rglob(".tmp-*"))  # the duplicate's spool was dropped
    assert folder_contents(dovecot_server, imap_user, "INBOX") == {}
    assert fetch_new_mail(runtime).fetched == 0
