"""What one run of intake works with, built once from the settings at the edge (CLI or scheduler)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from config.settings import Settings
from intake.mailbox import MailSource, open_source
from intake.worker.sandbox import SandboxedParser
from storage.blobs import BlobStore
from storage.db import Database


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Runtime:
    settings: Settings
    db: Database
    blobs: BlobStore
    source: MailSource
    clock: Callable[[], datetime] = field(default=system_clock)
    _parser: SandboxedParser | None = field(default=None, repr=False)

    @property
    def parser(self) -> SandboxedParser:
        """The sandboxed parser, started on first use (a cycle with nothing to parse starts nothing)."""
        if self._parser is None:
            self._parser = SandboxedParser(self.settings.call.source_path,
                                           timeout_seconds=self.settings.parse_timeout_seconds,
                                           memory_mb=self.settings.parse_memory_mb)
        return self._parser

    @classmethod
    def from_settings(cls, settings: Settings, *, check_schema: bool = True,
                      clock: Callable[[], datetime] = system_clock) -> Runtime:
        db = Database(settings.database_url)
        if check_schema:
            db.ensure_schema()
        return cls(settings=settings, db=db, blobs=BlobStore(settings.data_dir),
                   source=open_source(settings.mailbox), clock=clock)

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._parser is not None:
            self._parser.close()
            self._parser = None
        self.db.dispose()
