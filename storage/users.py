"""The console's accounts (`intake users`): who may sign in to `intake web`, and with which role.

Only an argon2id hash of the password is kept. A removed account's sessions die with it: every request
of the console loads its account again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import UTCDateTime, utcnow


class Role:
    COORDINATOR = "coordinator"  # reads and changes
    REVIEWER = "reviewer"  # the jury: reads the projects, changes nothing

    ALL = (COORDINATOR, REVIEWER)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # lower-case
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
