"""`intake poll`: one cycle now."""

from __future__ import annotations

import argparse
import sys

from config import Settings
from intake.applications.attention import latest_item_id, old_mail_note
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("poll", help="one cycle now: fetch, store, process and send; prints a summary line")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        with runtime.db.session() as session:
            last_item = latest_item_id(session)
        summary = run_cycle(runtime)
        with runtime.db.session() as session:
            note = old_mail_note(session, settings, after_item=last_item)
    print(summary.line())
    if note:
        print(note)
    if summary.failure:  # the other stages ran; the summary above says what they did
        print(f"intake: {summary.failure}", file=sys.stderr)
        return 1
    return 0
