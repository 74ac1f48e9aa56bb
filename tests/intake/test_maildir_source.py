"""The Maildir source gives the same results as IMAP on the same messages."""

from __future__ import annotations

import mailbox
import os

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from intake.demo.samples import SAMPLES, build_email
from intake.mailbox.fetching import fetch_new_mail
from intake.mailbox.listing import message_json
from storage.models import Message
from tests.support.mail import BRUSSELS, append, make_email

SOURCE_SPECIFIC = {"id", "account", "folder", "uidvalidity", "uid", "received_at"}


def _stored(runtime) -> list[dict]:
    with runtime.db.session() as session:
        rows = session.scalars(select(Message).options(selectinload(Message.attachments)).order_by(Message.uid))
        return [{k: v for k, v in message_json(m).items() if k not in SOURCE_SPECIFIC} for m in rows]


def _corpus() -> list[bytes]:
    return [build_email(sample) for sample in SAMPLES] + [
        make_email(message_id=None, body="zonder Message-ID\n"),
        make_email(subject="=?utf-8?q?Caf=C3=A9?=", attachments=[("x.docx", b"PK\x03\x04junk", "application/pdf")]),
    ]


def test_maildir_and_imap_store_the_same(tmp_path, dovecot_server, imap_user, imap_mailbox, make_runtime):
    corpus = _corpus()
    root = tmp_path / "Maildir"
    box = mailbox.Maildir(root, create=True)
    for n, raw in enumerate(corpus):
        key = box.add(raw)
        os.utime(root / "new" / key, (1_560_000_000 + n, 1_560_000_000 + n))  # delivery order
    append(dovecot_server, imap_user, corpus)

    from_maildir = make_runtime(mailbox={"url": f"maildir:{root}"}, database_url=f"sqlite:///{tmp_path}/a.db",
                                storage={"data_dir": str(tmp_path / "a")})
    from_imap = make_runtime(mailbox=imap_mailbox, database_url=f"sqlite:///{tmp_path}/b.db",
                             storage={"data_dir": str(tmp_path / "b")})
    assert fetch_new_mail(from_maildir).new == len(corpus)
    assert fetch_new_mail(from_imap).new == len(corpus)
    assert _stored(from_maildir) == _stored(from_imap)
    # handled Maildir mail moved to the processed subfolder, nothing deleted
    assert os.listdir(root / "new") == []
    assert len(os.listdir(root / ".Intake.Processed" / "cur")) == len(corpus)


def test_maildir_exactly_once_and_arrival_time_from_mtime(tmp_path, make_runtime):
    root = tmp_path / "Maildir"
    box = mailbox.Maildir(root, create=True)
    key = box.add(make_email())
    from datetime import datetime

    arrival = datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRUSSELS)
    os.utime(root / "new" / key, (arrival.timestamp(), arrival.timestamp()))
    runtime = make_runtime(mailbox={"url": f"maildir:{root}", "after": "keep"})
    assert fetch_new_mail(runtime).new == 1
    box.add(make_email(subject="tweede"))
    second = fetch_new_mail(runtime)
    assert (second.fetched, second.new) == (1, 1)
    assert fetch_new_mail(runtime).fetched == 0
    with runtime.db.session() as session:
        first = session.scalar(select(Message).order_by(Message.id))
    assert first.received_at == arrival
