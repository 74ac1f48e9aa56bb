"""`intake purge [--dry-run]`: erase what the call's retention period ends (the worker runs this daily)."""

from __future__ import annotations

import argparse

from config import Settings
from intake.runtime import Runtime
from intake.worker.jobs import os_user, purge


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("purge", help="erase personal data of applications not selected once the retention "
                                          "period after the deadline has passed, and of old set-aside mail")
    parser.add_argument("--dry-run", action="store_true", help="say what would be erased; change nothing")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        report = purge(runtime, dry_run=args.dry_run, actor=os_user())
    call = settings.call
    closes = call.closes_at_plus(call.retention_days_after_close)
    if args.dry_run:
        print(f"would erase {report.line()} (dry run; nothing changed)")
    else:
        print(f"erased {report.line()}; {report.blobs_deleted} file(s) deleted")
    print(f"retention: {call.retention_days_after_close} days after the deadline, i.e. from "
          f"{closes:%Y-%m-%d %H:%M} {call.timezone.key}")
    return 0
