"""`intake poll`: one cycle now."""

from __future__ import annotations

import argparse

from config import Settings
from intake.cycle import run_cycle
from intake.runtime import Runtime


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("poll", help="one cycle now: fetch, store, process and send; prints a summary line")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    runtime = Runtime.from_settings(settings)
    try:
        summary = run_cycle(runtime)
    finally:
        runtime.close()
    print(summary.line())
    return 1 if summary.mailbox_error else 0
