"""Drain the outbox: SMTP or the outbox folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from config import Settings
from storage.db import Database


@dataclass
class SendSummary:
    sent: int = 0
    retry_later: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def send_pending(db: Database, settings: Settings, clock: Callable[[], datetime]) -> SendSummary:
    """Send every queued mail that is due."""
    return SendSummary()
