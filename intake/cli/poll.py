"""`intake poll`: one cycle now."""

from __future__ import annotations

import argparse
import sys

from config import Settings
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("poll", help="one cycle now: fetch, store, process and send; prints a summary line")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        summary = run_cycle(runtime)
    print(summary.line())
    if summary.mailbox_error:
        print(f"intake: mailbox unavailable: {summary.mailbox_error}", file=sys.stderr)  # the contract's one line
        return 1
    return 0
