from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from config import Settings
from storage.blobs import BlobStore
from storage.db import Database
from tests.support.settings import make_settings
from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


class Env:
    """Settings, an upgraded database and the blob store of one test."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.db = Database(settings.database_url)
        self.db.upgrade()
        self.blobs = BlobStore(settings.data_dir)
        self.now = datetime(2019, 6, 10, 8, 0, tzinfo=UTC)

    def clock(self) -> datetime:
        return self.now


@pytest.fixture
def make_env(tmp_path: Path) -> Iterator[Callable[..., Env]]:
    made: list[Env] = []

    def _make(**kwargs) -> Env:
        env = Env(make_settings(tmp_path, **kwargs))
        made.append(env)
        return env

    yield _make
    for env in made:
        env.db.dispose()
