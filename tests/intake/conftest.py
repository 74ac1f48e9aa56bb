from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake.runtime import Runtime
from tests.support.settings import make_settings


@pytest.fixture
def make_runtime(tmp_path: Path) -> Iterator[Callable[..., Runtime]]:
    """Build a Runtime on real settings, with the schema upgraded; closed after the test."""
    made: list[Runtime] = []

    def _make(**kwargs) -> Runtime:
        settings = make_settings(tmp_path, **kwargs)
        runtime = Runtime.from_settings(settings, check_schema=False)
        runtime.db.upgrade()
        made.append(runtime)
        return runtime

    yield _make
    for runtime in made:
        runtime.close()
