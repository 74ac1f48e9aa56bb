"""`intake forget EMAIL`: erase one applicant's personal data (GDPR), keeping anonymous counts."""

from __future__ import annotations

import argparse

from config import Settings
from config.errors import UsageError
from intake.applications.gdpr import erase_person
from intake.runtime import Runtime
from intake.worker.jobs import os_user


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("forget", help="erase one applicant's personal data (GDPR), keeping anonymous counts")
    parser.add_argument("email", help="the applicant's address (as sender, or in their form)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    email = args.email.strip()
    if "@" not in email:
        raise UsageError(f"not an e-mail address: {email!r}")
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        report = erase_person(session, runtime.blobs, email, runtime.clock(), "forget", actor=os_user())
    if not report.found:
        raise UsageError(f"no personal data found for {email} (never seen, or already erased)")
    print(f"erased {report.line()}; {report.blobs_deleted} file(s) deleted")
    return 0
