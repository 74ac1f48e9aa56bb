"""Delivery status notifications about mail we sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session


def handle_bounce(session: Session, raw_message: bytes, *, now: datetime) -> bool:
    """Mark the outbox row a DSN reports on as bounced; True when one matched."""
    return False
