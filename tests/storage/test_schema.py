"""Migrations on SQLite and PostgreSQL: the schema is Alembic's, matches the models, and is enforced."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from config.errors import SchemaOutOfDate
from storage.all_models import Base
from storage.db import Database
from storage.models import Message
from storage.types import utcnow


def test_upgrade_creates_a_schema_equal_to_the_models(database_url):
    db = Database(database_url)
    with pytest.raises(SchemaOutOfDate, match="intake db upgrade"):
        db.ensure_current()
    db.upgrade()
    db.ensure_current()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    db.dispose()


def test_message_key_is_unique(database_url):
    db = Database(database_url)
    db.upgrade()

    def row() -> Message:
        return Message(account="a", folder="INBOX", uidvalidity=1, uid=7, sha256="0" * 64, size=1,
                       received_at=utcnow())

    with db.session() as session:
        session.add(row())
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(row())
    db.dispose()
