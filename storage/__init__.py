"""Persistence: SQLAlchemy models and sessions, Alembic migrations, and the raw message store."""

from storage.blobs import BlobStore
from storage.db import Database

__all__ = ["BlobStore", "Database"]
