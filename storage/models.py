"""The tables of the mailbox intake: what was seen in which folder, and every message kept.

A message row is keyed by (account, folder, UIDVALIDITY, UID), the only identity an IMAP server
guarantees; Message-ID and sha256 are recorded beside it to recognise the same mail seen again after a
UIDVALIDITY change or sent twice.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime, utcnow


class Base(DeclarativeBase):
    # named constraints, so that migrations (and SQLite's batch mode) can refer to them
    metadata = MetaData(naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    })


class MessageStatus(StrEnum):
    """Where a stored message stands. Plain strings in the database, so the JSON shows them as they are."""

    STORED = "stored"  # raw bytes and row committed; not processed yet
    PROCESSED = "processed"  # processing ran to the end
    DUPLICATE = "duplicate"  # same Message-ID as an earlier message: kept, not processed again
    SET_ASIDE = "set_aside"  # not an application (auto-reply, bounce, own mail...); reason in `error`
    FAILED = "failed"  # processing failed `attempts` times; needs a human; reason in `error`
    ERASED = "erased"  # its personal data is gone (GDPR); nothing processes it again


class FolderState(Base):
    """How far the intake got in one folder: the highest UID taken in under the current UIDVALIDITY."""

    __tablename__ = "folder_state"
    __table_args__ = (UniqueConstraint("account", "folder", name="uq_folder_state_account_folder"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(500))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_messages_mailbox_key"),
        Index("ix_messages_sha256", "sha256"),
        Index("ix_messages_message_id", "message_id"),
        Index("ix_messages_status", "status"),
        Index("ix_messages_pending_post_action", "account", "folder", "uidvalidity", "post_action_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(500))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(String(998))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())  # INTERNALDATE: what counts for the deadline
    date_header: Mapped[str | None] = mapped_column(Text)  # the sender's claim, kept apart, never trusted
    sender: Mapped[str] = mapped_column(String(998), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=MessageStatus.STORED)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    post_action_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # moved or flagged on the server
    # what the message is to the call: application, follow_up, auto_reply, bounce, own, empty, bulk
    classification: Mapped[str | None] = mapped_column(String(20))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", order_by="Attachment.part_index", cascade="all, delete-orphan"
    )


class AttachmentStatus(StrEnum):
    STORED = "stored"
    TOO_LARGE = "too_large"  # over storage.max_attachment_mb: kept inside the raw message only


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (
        UniqueConstraint("message_pk", "part_index", name="uq_attachments_part"),
        Index("ix_attachments_sha256", "sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    part_index: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))  # sanitised, safe to show and to write
    original_filename: Mapped[str | None] = mapped_column(Text)  # as declared, for the record
    declared_type: Mapped[str] = mapped_column(String(255))
    sniffed_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default=AttachmentStatus.STORED)

    message: Mapped[Message] = relationship(back_populates="attachments")
