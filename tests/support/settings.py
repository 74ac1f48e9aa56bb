"""Build real Settings for tests from a dict, the same way a config file is read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from config.settings import Settings, parse_settings


def make_settings(base: Path, *, mailbox: dict[str, Any] | None = None, database_url: str | None = None,
                  smtp: dict[str, Any] | None = None, storage: dict[str, Any] | None = None,
                  extra: dict[str, Any] | None = None) -> Settings:
    data: dict[str, Any] = {
        "mailbox": {"url": "maildir:./mailbox", **(mailbox or {})},
        "database": {"url": database_url or "sqlite:///./intake.db"},
        "storage": {"data_dir": "./data", **(storage or {})},
        "smtp": {"url": "outbox:./outbox", **(smtp or {})},
    }
    data.update(extra or {})
    return parse_settings(data, str(base / "intake.toml"), base)
