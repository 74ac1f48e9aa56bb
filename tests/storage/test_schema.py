"""Migrations on SQLite and PostgreSQL: the schema is Alembic's, matches the models, is created in an empty
database by any command that needs one, and an older schema is refused."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from config.errors import SchemaOutOfDate, StorageError
from storage.all_models import Base
from storage.db import Database
from storage.models import Message
from storage.types import utcnow
from tests.support.cli import write_config

ROOT = Path(__file__).resolve().parents[2]


def test_an_empty_database_gets_a_schema_equal_to_the_models(database_url):
    db = Database(database_url)
    assert db.current_revision() is None
    db.ensure_schema()
    assert db.current_revision() == db.head_revision()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    db.ensure_schema()  # at head: nothing to do
    db.dispose()


def test_an_older_schema_is_refused_until_upgraded(database_url):
    db = Database(database_url)
    db.upgrade("0004")  # what an intake of the previous version left behind
    with pytest.raises(SchemaOutOfDate, match=r"at revision 0004, intake needs .*run `intake db upgrade`"):
        db.ensure_schema()
    assert db.current_revision() == "0004"  # refused, not upgraded behind the admin's back
    db.upgrade()
    db.ensure_schema()
    assert db.current_revision() == db.head_revision()
    db.dispose()


def test_a_newer_schema_and_stray_tables_are_refused(database_url):
    db = Database(database_url)
    db.upgrade()
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaOutOfDate, match="does not know"):
        db.ensure_schema()
    db.dispose()
    stray = Database(database_url.replace("intake.db", "stray.db") if database_url.startswith("sqlite")
                     else database_url)
    with stray.engine.begin() as connection:
        if stray.dialect == "postgresql":
            connection.execute(text("DROP TABLE alembic_version"))
        else:
            Base.metadata.tables["incidents"].create(connection)
    with pytest.raises(StorageError, match="no schema revision"):
        stray.ensure_schema()
    stray.dispose()


# A command as a process starts it: imports done, then all of them at once on the same new database.
STARTER = """
import sys, time
from pathlib import Path
from intake.cli import main
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
sys.exit(main(["--config", sys.argv[1], "messages", "--format", "jsonl"]))
"""


def test_commands_starting_together_on_a_new_database_create_it_once(database_url, tmp_path):
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{tmp_path / 'Maildir'}"}, "database": {"url": database_url},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    starters = [subprocess.Popen([sys.executable, "-c", STARTER, str(config), str(go)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=env) for _ in range(4)]
    time.sleep(2.0)  # let every process finish its imports, so they really start together
    go.touch()
    results = [starter.communicate(timeout=120) for starter in starters]
    assert [starter.returncode for starter in starters] == [0] * 4, [err.decode()[-1500:] for _, err in results]
    db = Database(database_url)
    assert db.current_revision() == db.head_revision()
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


def test_the_head_the_commands_check_is_the_head_of_the_migrations():
    # the commands compare the schema with HEAD_REVISION so as not to load Alembic; a new migration moves it
    from storage.db import HEAD_REVISION

    assert Database("sqlite://").head_revision() == HEAD_REVISION
