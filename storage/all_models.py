"""Imports every model module so that ``Base.metadata`` holds the whole schema (Alembic, schema tests)."""

from storage import after_deadline, applications, attention, audit, incidents, models, outbox, users  # noqa: F401
from storage.models import Base

metadata = Base.metadata
