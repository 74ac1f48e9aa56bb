"""Engine, sessions and the schema.

SQLite gets WAL and a busy timeout so the worker and a coordinator's command can share the file;
PostgreSQL is used as given by its URL. The schema is Alembic's: every command that needs the database
creates it in an empty one (``ensure_schema``), `intake db upgrade` upgrades an older one, and nothing
runs on a schema that is not at head.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

import storage.all_models  # noqa: F401 - every mapped class must be known before the first query
from config.errors import SchemaOutOfDate, StorageError
from storage.models import Base

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# the advisory-lock key under which one PostgreSQL client at a time creates or upgrades the schema
SCHEMA_LOCK_KEY = int.from_bytes(hashlib.sha256(b"intake-schema").digest()[:8], "big", signed=True)
# The newest migration's revision. Every command checks the schema against it, and Alembic (about a tenth of
# a second to import and to read its script folder) is then loaded only to migrate; a test holds this equal
# to the head of storage/migrations, so a new migration cannot forget it.
HEAD_REVISION = "0012"
VERSION_TABLE = "alembic_version"  # Alembic's own table, where it keeps the schema's revision


def _alembic_config(url: str) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _upgrade(url: str, connection: Connection, revision: str = "head") -> None:
    from alembic import command

    cfg = _alembic_config(url)
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


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


def _stored_revision(connection: Connection) -> str | None:
    """The schema's revision as Alembic stored it (what its ``MigrationContext.get_current_revision``
    reads), None in a database without intake's schema."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    revisions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(revisions) > 1:  # a branched history: intake's migrations are one line
        raise StorageError(f"the database holds {len(revisions)} schema revisions ({', '.join(revisions)})")
    return revisions[0] if revisions else None


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
                return _stored_revision(connection)
        except OperationalError as exc:
            raise StorageError(f"cannot open the database: {exc.orig}") from exc

    def head_revision(self) -> str | None:
        """The head of the migrations as Alembic reads them from storage/migrations (``HEAD_REVISION``
        is what the commands use; a test holds the two equal)."""
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(_alembic_config(self.url)).get_current_head()

    def upgrade(self, revision: str = "head") -> None:
        """Create or upgrade the schema to head (`intake db upgrade`); tests build older ones with ``revision``."""
        with self._schema_transaction() as connection:
            _upgrade(self.url, connection, revision)

    def ensure_schema(self) -> None:
        """Create the schema in an empty database; refuse one that is older (or newer) than this intake.

        Every command that needs the database calls this, so a new one needs no manual step; an existing
        schema is upgraded only by `intake db upgrade`, which an admin runs on purpose (a migration may
        take a while on a big database, and a backup first is wise). At head it costs one query.
        """
        head = HEAD_REVISION
        current = self.current_revision()
        if current == head:
            return
        if current is None:
            with self._schema_transaction() as connection:
                # a process that started at the same moment may have created it while we waited for the lock
                if _stored_revision(connection) is None:
                    ours = set(Base.metadata.tables) & set(inspect(connection).get_table_names())
                    if ours:
                        raise StorageError(f"the database {self.safe_url} holds intake's tables "
                                           f"({', '.join(sorted(ours))}) but no schema revision; "
                                           "it was not made by `intake db upgrade`")
                    log.info("the database %s is empty: creating the schema", self.safe_url)
                    _upgrade(self.url, connection)
            return
        from alembic.script import ScriptDirectory
        from alembic.util.exc import CommandError

        try:
            ScriptDirectory.from_config(_alembic_config(self.url)).get_revision(current)
        except CommandError:
            raise SchemaOutOfDate(f"the database {self.safe_url} is at revision {current}, which this version "
                                  f"of intake does not know (it needs {head}): run a newer intake") from None
        raise SchemaOutOfDate(f"the database {self.safe_url} is at revision {current}, intake needs {head}; "
                              "run `intake db upgrade`")

    @contextmanager
    def _schema_transaction(self) -> Iterator[Connection]:
        """A transaction that no other process changes the schema beside. SQLite: the transaction holds
        the database's write lock from its start (BEGIN IMMEDIATE, above), so a second process waits for it
        and then finds the schema made. PostgreSQL: a transaction-level advisory lock, taken first."""
        try:
            with self.engine.begin() as connection:
                if self.dialect == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
                yield connection
        except OperationalError as exc:
            raise StorageError(f"cannot change the schema of {self.safe_url}: {exc.orig}") from exc

    def sidecar_path(self, purpose: str) -> Path | None:
        """A lock file beside a SQLite database file (``intake.db.<purpose>.lock``); None for PostgreSQL
        or an in-memory database, which have no file to sit beside."""
        if self.dialect != "sqlite" or self.engine.url.database in (None, "", ":memory:"):
            return None
        database = Path(self.engine.url.database)
        return database.with_name(f"{database.name}.{purpose}.lock")

    @property
    def safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
