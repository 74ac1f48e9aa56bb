"""The tables of what the coordinator manages: applications, their documents, fields and history.

Every value read from a document is a row in ``application_fields`` with its source; a newer value (a
corrected form, a coordinator's correction) supersedes the older one instead of overwriting it, so the
history of each field is the table itself. A coordinator's correction is never superseded by extraction.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models import Base
from storage.types import UTCDateTime, utcnow


class ApplicationStatus(StrEnum):
    RECEIVED = "received"  # arrived, not yet judged (e.g. parsing pending)
    INCOMPLETE = "incomplete"  # something the call needs is missing
    COMPLETE = "complete"  # everything present, on time (problems may still be listed)
    LATE = "late"  # arrived after the deadline; kept, the coordinator decides
    # set only by the coordinator; rules never overwrite these
    SELECTED = "selected"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


BY_RULES = (ApplicationStatus.RECEIVED, ApplicationStatus.INCOMPLETE, ApplicationStatus.COMPLETE,
            ApplicationStatus.LATE)
BY_COORDINATOR = (ApplicationStatus.SELECTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)


class DocumentKind(StrEnum):
    BODY = "body"  # the e-mail's own text
    ATTACHMENT = "attachment"
    POSTAL = "postal"  # a file registered for an application that came by post
    ADDED = "added"  # a file the coordinator added to an application (downloaded from a link the mail gave)


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("call_id", "sequence", name="uq_applications_call_sequence"),
        Index("ix_applications_sender", "call_id", "sender"),
        Index("ix_applications_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    call_id: Mapped[str] = mapped_column(String(100))
    sequence: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(10))  # "email" or "post"
    status: Mapped[str] = mapped_column(String(20), default=ApplicationStatus.RECEIVED)
    coordinator_status: Mapped[str | None] = mapped_column(String(20))  # wins over `status` when set
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())  # first arrival (INTERNALDATE or postmark)
    on_time: Mapped[bool] = mapped_column(Boolean)
    language: Mapped[str | None] = mapped_column(String(5))
    sender: Mapped[str] = mapped_column(String(998), default="")  # the address we answer to
    sender_name: Mapped[str] = mapped_column(String(998), default="")
    missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    problems: Mapped[list[str]] = mapped_column(JSON, default=list)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    fields: Mapped[list[ApplicationField]] = relationship(
        back_populates="application", order_by="ApplicationField.id", cascade="all, delete-orphan")
    documents: Mapped[list[Document]] = relationship(
        back_populates="application", order_by="Document.id")
    events: Mapped[list[ApplicationEvent]] = relationship(
        back_populates="application", order_by="ApplicationEvent.id", cascade="all, delete-orphan")

    @property
    def effective_status(self) -> str:
        return self.coordinator_status or self.status

    def current_fields(self) -> dict[str, ApplicationField]:
        return {f.name: f for f in self.fields if f.superseded_at is None}

    def requested_amount(self) -> Decimal | None:
        """The requested amount, None when unknown: left out of sums, and said so, never counted as 0."""
        field = self.current_fields().get("requested_amount")
        try:
            return Decimal(str(field.value)) if field is not None and field.value not in (None, "") else None
        except InvalidOperation:
            return None


class Document(Base):
    """One parsed source of fields: an attachment, an e-mail body, or a file that came by post."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("message_pk", "part_index", name="uq_documents_message_part"),
        Index("ix_documents_application", "application_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    part_index: Mapped[int] = mapped_column(Integer, default=0)  # 0: the body; n: attachment n; postal: file n
    kind: Mapped[str] = mapped_column(String(20))  # DocumentKind
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    content_type: Mapped[str] = mapped_column(String(255), default="")
    parse_status: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(5))
    extracted: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # field -> {value, source, confidence}
    # the body's links to shared files (WeTransfer, Drive...): the application is behind them; None before 0012
    links: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    parser_version: Mapped[str] = mapped_column(String(20), default="")
    parsed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    application: Mapped[Application | None] = relationship(back_populates="documents")


class ApplicationField(Base):
    __tablename__ = "application_fields"
    __table_args__ = (Index("ix_application_fields_current", "application_id", "name", "superseded_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    value: Mapped[Any] = mapped_column(JSON)  # text, "9500.00", or [{"description", "amount"}]
    source: Mapped[str] = mapped_column(String(20))  # form_field, table, label, body, coordinator
    confidence: Mapped[float] = mapped_column(Float)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    set_by: Mapped[str] = mapped_column(String(20), default="extraction")  # or "coordinator"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    application: Mapped[Application] = relationship(back_populates="fields")


class ApplicationEvent(Base):
    """The application's history, in the coordinator's words: created, joined, corrected, status set..."""

    __tablename__ = "application_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    application: Mapped[Application] = relationship(back_populates="events")
