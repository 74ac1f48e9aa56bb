"""`intake forget EMAIL`: erase one applicant's personal data (GDPR), keeping anonymous counts."""

from __future__ import annotations

import argparse
import getpass

from config import Settings
from config.errors import UsageError
from intake.gdpr import erase_person
from intake.runtime import Runtime


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("forget", help="erase one applicant's personal data (GDPR), keeping anonymous counts")
    parser.add_argument("email", help="the applicant's address (as sender, or in their form)")
    parser.set_defaults(handler=handle)


def os_user() -> str | None:
    """Who ran the command, for the audit log; None when the system cannot say (a container without a user)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def handle(args: argparse.Namespace, settings: Settings) -> int:
    email = args.email.strip()
    if "@" not in email:
        raise UsageError(f"not an e-mail address: {email!r}")
    runtime = Runtime.from_settings(settings)
    try:
        with runtime.db.session() as session:
            report = erase_person(session, runtime.blobs, email, runtime.clock(), "forget", actor=os_user())
    finally:
        runtime.close()
    if not report.found:
        raise UsageError(f"no personal data found for {email} (never seen, or already erased)")
    print(f"erased {report.line()}; {report.blobs_deleted} file(s) deleted")
    return 0
