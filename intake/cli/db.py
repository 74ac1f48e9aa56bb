"""`intake db upgrade|current`: the database schema."""

from __future__ import annotations

import argparse

from config import Settings
from storage.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("db", help="create or upgrade the database schema (`intake db upgrade`)")
    parser.add_argument("action", choices=("upgrade", "current"))
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    db = Database(settings.database_url)
    try:
        if args.action == "upgrade":
            db.upgrade()
        current = db.current_revision()
        print(f"{db.safe_url}: schema at {current or 'nothing'} (intake needs {db.head_revision()})")
    finally:
        db.dispose()
    return 0
