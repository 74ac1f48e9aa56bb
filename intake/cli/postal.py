"""`intake register-postal --received DATE [--email ADDR] FILE...`: an application that came by post."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from config import Settings
from config.errors import UsageError
from intake.applications.postal import read_postal_files, register_postal
from intake.runtime import Runtime
from notifications.receipts import queue_receipt
from notifications.sending import send_pending


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("register-postal", help="record an application that came by post")
    parser.add_argument("--received", required=True, help="the postmark date, YYYY-MM-DD")
    parser.add_argument("--email", help="the applicant's e-mail address, if known (for the receipt)")
    parser.add_argument("files", nargs="+", type=Path)
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    try:
        postmark = date.fromisoformat(args.received)
    except ValueError:
        raise UsageError(f"--received must be a date, YYYY-MM-DD; got {args.received!r}") from None
    check_files(args.files)
    with Runtime.from_settings(settings) as runtime:
        read = read_postal_files(runtime, args.files)  # parsed before the transaction: it holds no lock meanwhile
        with runtime.db.session() as session:
            application = register_postal(runtime, session, postmark=postmark, email=args.email, files=read)
            if application.sender:
                queue_receipt(session, settings, application, None, now=runtime.clock())
            print(f"{application.reference}: {application.effective_status}"
                  + (f"; missing {', '.join(application.missing)}" if application.missing else "")
                  + (f"; problems {', '.join(application.problems)}" if application.problems else ""))
        send_pending(runtime.db, settings, runtime.clock)
    return 0


def check_files(paths: list[Path]) -> None:
    """Each path a file with something in it: a folder or an empty download is named, not read."""
    for path in paths:
        if not path.exists():
            raise UsageError(f"file not found: {path}")
        if not path.is_file():
            raise UsageError(f"not a file: {path}")
        if path.stat().st_size == 0:
            raise UsageError(f"empty file (a download or a scan that failed?): {path}")
