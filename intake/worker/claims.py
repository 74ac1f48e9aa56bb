"""Which stored messages this process is taking in, so that two workers never parse one message at once.

A claim is a lock that the database server or the kernel drops by itself when its holder dies: a crashed
worker's message is free for the next worker at once, with no lease to wait out and no clocks to compare
between machines. And it is held with no transaction open, so nobody waits on it while a document is
parsed (on SQLite every transaction holds the one write lock from its start):

- PostgreSQL: a session-level advisory lock, ``pg_try_advisory_lock(CLAIM_CLASS, message id)``, on one
  connection kept for the run (the two-key form: a key space apart from the fetch and call locks);
- SQLite (one machine): a POSIX record lock on byte ``message id`` of a file beside the database.

A claim only saves duplicate work. What makes a message taken in exactly once is the apply transaction
(intake/worker/processing.py), which locks the message row and goes on only while it is still ``stored``.
POSIX record locks belong to the process: two claim sets in one process do not exclude each other (the
apply still does), and the worker uses one at a time.
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from config.errors import StorageError
from storage.db import Database

log = logging.getLogger(__name__)

CLAIM_CLASS = 0x1A7A4E  # first key of the two-key advisory locks: "a stored message being taken in"


class MessageClaims:
    """The claims of one process on stored messages: ``with MessageClaims(db) as claims, claims.hold(id)``."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._postgres = db.dialect == "postgresql"
        self._connection: Connection | None = None
        self._fd: int | None = None

    def __enter__(self) -> MessageClaims:
        if not self._postgres:
            path = self.db.sidecar_path("claims")
            if path is not None:
                try:
                    self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
                except OSError as exc:
                    raise StorageError(f"cannot open the claims file {path}: {exc.strerror}") from exc
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fd is not None:
            os.close(self._fd)  # drops every record lock this process still holds on the file
            self._fd = None
        if self._connection is not None:
            self._connection.close()  # every hold released its lock on the way out (or dropped the connection)
            self._connection = None

    @contextmanager
    def hold(self, message_id: int) -> Iterator[bool]:
        """Yields True while this process holds the message, False when another worker has it."""
        held = self._try(message_id)
        try:
            yield held
        finally:
            if held:
                self._release(message_id)

    def _pg(self) -> Connection:
        if self._connection is None:
            self._connection = self.db.engine.connect()
        return self._connection

    def _try(self, message_id: int) -> bool:
        if self._postgres:
            connection = self._pg()
            held = bool(connection.scalar(text("SELECT pg_try_advisory_lock(:class, :id)"),
                                          {"class": CLAIM_CLASS, "id": message_id}))
            connection.commit()  # the lock outlives the transaction; no transaction stays open meanwhile
            return held
        if self._fd is None:
            return True  # an in-memory database: one process only
        try:
            fcntl.lockf(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, message_id)
        except (BlockingIOError, PermissionError):
            return False
        return True

    def _release(self, message_id: int) -> None:
        if self._postgres:
            assert self._connection is not None
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock(:class, :id)"),
                                         {"class": CLAIM_CLASS, "id": message_id})
                self._connection.commit()
            except SQLAlchemyError:
                # the connection broke (and its locks with it): never reuse one that may still hold a claim
                log.warning("could not release the claim on message %s; dropping the connection", message_id)
                self._connection.invalidate()
                self._connection = None
            return
        if self._fd is not None:
            fcntl.lockf(self._fd, fcntl.LOCK_UN, 1, message_id)
