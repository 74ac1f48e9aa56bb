"""`intake digest [--print|--send] [--date YYYY-MM-DD]`: the coordinator's daily digest."""

from __future__ import annotations

import argparse
from datetime import date

from config import Settings
from config.errors import UsageError
from intake.runtime import Runtime
from intake.worker.jobs import send_digest
from notifications.digest import build_digest
from notifications.rendering import render


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("digest", help="the coordinator's daily digest: print it, or send it (once a day)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--print", dest="mode", action="store_const", const="print", help="print it (default)")
    mode.add_argument("--send", dest="mode", action="store_const", const="send",
                      help="send it to the coordinator, unless that day's digest was already sent")
    parser.add_argument("--date", help="the local day of the digest (default: today)")
    parser.set_defaults(handler=handle, mode="print")


def handle(args: argparse.Namespace, settings: Settings) -> int:
    try:
        local_date = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise UsageError(f"--date must be YYYY-MM-DD, not {args.date!r}") from None
    with Runtime.from_settings(settings) as runtime:
        day = local_date or runtime.clock().astimezone(settings.call.timezone).date()
        if args.mode == "send":
            what, summary = send_digest(runtime, day, when_idle=True)  # asked for by hand: idle or not
            print(f"{what}; sent {summary.sent}, retry later {summary.retry_later}, failed {summary.failed}")
            return 1 if summary.failed else 0
        with runtime.db.session() as session:
            digest = build_digest(session, settings, local_date=day, made_at=runtime.clock())
            rendered = render(settings, "digest", "nl", digest.context)
        print(rendered.subject)
        print()
        print(rendered.text, end="")
    return 0
