"""Receipts: the automatic confirmation an applicant gets when an application arrives or a follow-up joins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from config import Settings
from storage.applications import Application
from storage.models import Message


def queue_receipt(session: Session, settings: Settings, application: Application, message: Message | None,
                  *, now: datetime) -> None:
    """Queue the receipt for ``application`` in reply to ``message`` (None: a postal application)."""
    return None
