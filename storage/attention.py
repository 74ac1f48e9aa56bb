"""The coordinator's attention list: one row per case where intake did not decide alone, or must not.

An item is ``open`` until the coordinator settles it with one of its actions (``resolved``, with the action,
who and when). Its ``key`` makes creating it idempotent: processing a message again, or judging an
application again, never lists the same case twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ColumnElement, ForeignKey, Index, Integer, String, Text, and_
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import UTCDateTime, utcnow

# kind -> action -> what it does, in the coordinator's words (shown with every item)
ACTIONS: Mapping[str, Mapping[str, str]] = {
    "before_call": {
        "answer": "take the mail in now as if it came during the call (a receipt or the brainstorm offer goes out)",
        "ignore": "keep it stored and unanswered",
    },
    "inquiry": {
        "inquiry": "answer with the brainstorm offer (once; nothing more if it was sent)",
        "application": "make it an application after all; the applicant gets a receipt",
        "ignore": "no answer and no application",
    },
    "possible_new_idea": {
        "split": "make it its own application with a new reference; the applicant gets a receipt for it",
        "join": "add it to the application on file; the applicant gets an updated receipt",
        "ignore": "keep it stored, neither joined nor answered",
    },
    "changed_values": {
        "accept": "take the new values as a correction; the updated receipt says what changed",
        "ignore": "keep the values on file; the mail stays with the application, unanswered",
    },
    "question": {
        "done": "answered (by mail, outside intake); the mail is with the application",
    },
    "after_decision": {
        "done": "read; answered by mail outside intake if it needs an answer (no receipt goes out after a decision)",
    },
    "unclear": {
        "application": "take it in as an application; the applicant gets a receipt",
        "inquiry": "answer with the brainstorm offer; no application",
        "ignore": "keep it stored, unanswered (not about the call, or an automatic reply)",
    },
    "withdrawal": {
        "withdraw": "set the application's status to withdrawn",
        "ignore": "leave the application as it is",
    },
    "to_check": {
        "done": "the values are right (correct one first with `intake set REF FIELD VALUE`)",
    },
    "sent_on": {
        "done": "noted: the receipt and reminders went to whoever sent the mail on; write to the applicant yourself "
                "if they should hear from us too",
    },
    "files_behind_link": {
        "done": "the link holds nothing more to add (or the files came another way); `intake add-files REF FILE...` "
                "adds what you downloaded and settles this by itself",
    },
    "unreadable_document": {
        "done": "read it yourself (`intake show REF`, the console) or ask the applicant for another format",
    },
    "over_max_amount": {
        "done": "noted; the application stays in the race until you decide",
        "reject": "set the application's status to rejected",
    },
    "outside_region": {
        "done": "noted; the application stays in the race until you decide",
        "reject": "set the application's status to rejected",
    },
    "late": {
        "done": "noted; the application stays listed as late",
        "reject": "set the application's status to rejected",
    },
    "language": {
        "done": "the receipt's language is right (else `intake set REF language nl|fr`)",
    },
    "bounced": {
        "done": "noted (write to the applicant another way)",
    },
    "failed_message": {
        "retry": "process the stored message again from its raw bytes",
        "ignore": "leave it failed",
    },
}

class AttentionState(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class AttentionItem(Base):
    __tablename__ = "attention_items"
    __table_args__ = (Index("ix_attention_items_state", "state", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # e.g. "before_call:msg-12"
    kind: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(12), default=AttentionState.OPEN)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_action: Mapped[str | None] = mapped_column(String(30))
    resolved_by: Mapped[str | None] = mapped_column(String(320))


# the files of an application are behind a link the coordinator is to fetch (rules, receipts, reminders, add-files)
FILES_BEHIND_LINK = "files_behind_link"


def open_of_kind(kind: str) -> ColumnElement[bool]:
    """The condition of an item of ``kind`` that is still open."""
    return and_(AttentionItem.kind == kind, AttentionItem.state == AttentionState.OPEN)
