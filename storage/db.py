"""Engine, sessions and schema checks.

SQLite gets WAL and a busy timeout so the worker and a coordinator's command can share the file;
PostgreSQL is used as given by its URL. The schema is Alembic's: `intake db upgrade` creates or
upgrades it, and nothing else runs on a schema that is not at head.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

import storage.all_models  # noqa: F401 - every mapped class must be known before the first query
from config.errors import SchemaOutOfDate, StorageError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _alembic_config(url: str) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
            # we issue BEGIN ourselves (below); pysqlite's own deferred BEGIN breaks savepoints
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # a committed row must survive a crash
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin_immediate(connection: Connection) -> None:
            # Take the write lock when the transaction starts. A deferred transaction that reads and then
            # writes fails at once with "database is locked" when another process writes meanwhile; an
            # immediate one waits for the busy timeout instead. (WAL: readers are never blocked.)
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One database: its engine, a session factory, and the schema's state."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def current_revision(self) -> str | None:
        try:
            with self.engine.connect() as connection:
                return MigrationContext.configure(connection).get_current_revision()
        except OperationalError as exc:
            raise StorageError(f"cannot open the database: {exc.orig}") from exc

    def head_revision(self) -> str | None:
        return ScriptDirectory.from_config(_alembic_config(self.url)).get_current_head()

    def upgrade(self) -> None:
        """Create or upgrade the schema to head (`intake db upgrade`)."""
        cfg = _alembic_config(self.url)
        with self.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

    def ensure_current(self) -> None:
        """Refuse to work on a schema that is missing or behind this version of intake."""
        current, head = self.current_revision(), self.head_revision()
        if current != head:
            state = "has no schema yet" if current is None else f"is at revision {current}, intake needs {head}"
            raise SchemaOutOfDate(f"the database {self.safe_url} {state}; run `intake db upgrade`")

    @property
    def safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
