"""`intake run`: the scheduled worker, until SIGTERM or Ctrl-C."""

from __future__ import annotations

import argparse

from config import Settings
from intake.worker.scheduler import run_worker


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("run", help="the scheduled worker: polls, sends, reminds and digests until stopped")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    return run_worker(settings)
