"""`intake remind [--dry-run]`: queue and send the reminders that are due (the worker runs this daily)."""

from __future__ import annotations

import argparse

from config import Settings
from intake.runtime import Runtime
from intake.worker.jobs import remind


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("remind", help="send the reminders that are due (incomplete applications, sessions)")
    parser.add_argument("--dry-run", action="store_true", help="list what is due; queue and send nothing")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        reminders, summary = remind(runtime, dry_run=args.dry_run)
    for reminder in reminders:
        print(f"{'due' if args.dry_run else 'queued'}  {reminder.key}  to {reminder.recipient}")
    if args.dry_run:
        print(f"{len(reminders)} reminder(s) due; nothing queued or sent (dry run)")
        return 0
    print(f"queued {len(reminders)} reminder(s); sent {summary.sent}, retry later {summary.retry_later}, "
          f"failed {summary.failed}")
    return 1 if summary.failed else 0
