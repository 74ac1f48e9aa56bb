"""`intake digest [--print|--send] [--date YYYY-MM-DD]`: the coordinator's daily digest."""

from __future__ import annotations

import argparse
from datetime import date

from config import Settings
from config.errors import UsageError
from intake.runtime import Runtime
from notifications.digest import build_digest, digest_due, queue_digest
from notifications.rendering import render
from notifications.sending import SendSummary, send_pending


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("digest", help="the coordinator's daily digest: print it, or send it (once a day)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--print", dest="mode", action="store_const", const="print", help="print it (default)")
    mode.add_argument("--send", dest="mode", action="store_const", const="send",
                      help="send it to the coordinator, unless that day's digest was already sent")
    parser.add_argument("--date", help="the local day of the digest (default: today)")
    parser.set_defaults(handler=handle, mode="print")


def send_digest(runtime: Runtime, local_date: date | None = None, *, when_idle: bool | None = None
                ) -> tuple[str, SendSummary]:
    """Queue the digest of ``local_date`` (default: today, once its time has come) and send what is queued."""
    now = runtime.clock()
    day = local_date or digest_due(runtime.settings, now)
    if day is None:
        return "not yet time for today's digest", SendSummary()
    with runtime.db.session() as session:
        _row, what = queue_digest(session, runtime.settings, local_date=day, now=now, when_idle=when_idle)
    return what, send_pending(runtime.db, runtime.settings, runtime.clock)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    try:
        local_date = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise UsageError(f"--date must be YYYY-MM-DD, not {args.date!r}") from None
    runtime = Runtime.from_settings(settings)
    try:
        day = local_date or runtime.clock().astimezone(settings.call.timezone).date()
        if args.mode == "send":
            what, summary = send_digest(runtime, day, when_idle=True)  # asked for by hand: idle or not
            print(f"{what}; sent {summary.sent}, retry later {summary.retry_later}, failed {summary.failed}")
            return 1 if summary.failed else 0
        with runtime.db.session() as session:
            digest = build_digest(session, settings, local_date=day)
            rendered = render(settings, "digest", "nl", digest.context)
        print(rendered.subject)
        print()
        print(rendered.text, end="")
    finally:
        runtime.close()
    return 0
