"""Imports every model module so that ``Base.metadata`` holds the whole schema (Alembic, schema tests)."""

from storage import (  # noqa: F401
    after_deadline,
    applications,
    attention,
    audit,
    brainstorm,
    incidents,
    models,
    outbox,
    users,
)
from storage.models import Base

metadata = Base.metadata
