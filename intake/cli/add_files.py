"""`intake add-files REF FILE...`: files the coordinator downloaded (from the link a mail gave) added to REF."""

from __future__ import annotations

import argparse
from pathlib import Path

from config import Settings
from config.errors import UsageError
from intake.applications.added_files import (
    add_files,
    held_elsewhere,
    linked_message,
    not_on_file,
    waits_on_link,
)
from intake.applications.linking import find_by_reference
from intake.applications.postal import read_postal_files
from intake.cli.postal import check_files
from intake.runtime import Runtime
from notifications.receipts import queue_receipt
from notifications.sending import send_pending
from storage.applications import Application


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("add-files", help="add downloaded files (a WeTransfer or Drive link's) to an application")
    parser.add_argument("reference", help="the application's reference, e.g. MWB-2019-004")
    parser.add_argument("--no-receipt", action="store_true",
                        help="do not send the applicant an updated receipt")
    parser.add_argument("--anyway", action="store_true",
                        help="add even where the application waits on no link, or a file is another's already")
    parser.add_argument("files", nargs="+", type=Path)
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    check_files(args.files)
    with Runtime.from_settings(settings) as runtime:
        with runtime.db.session() as session:
            _addable(find_by_reference(session, args.reference), args.reference)
        read = read_postal_files(runtime, args.files)  # parsed before the transaction: it holds no lock meanwhile
        with runtime.db.session() as session:
            application = _addable(find_by_reference(session, args.reference), args.reference)
            new = not_on_file(application, read)
            waited = waits_on_link(session, application)
            # a file added to the wrong reference fills it with another applicant's data, and mails it to them
            doubts = ([] if waited else [f"{application.reference} waits on no link to shared files"]) \
                + held_elsewhere(session, application, new)
            if new and doubts and not args.anyway:
                raise UsageError("; ".join(doubts) + ": nothing added (check the reference; --anyway adds it)")
            changed, duplicates = add_files(runtime, session, application, read)
            if duplicates:
                print(f"already on file, not added again: {', '.join(duplicates)}")
            if len(duplicates) == len(read):
                return 0
            if not args.no_receipt:
                # the receipt said the coordinator would add the files: the updated one says what is now on file,
                # in the thread of the mail that gave the link
                last = max(d.id for d in application.documents)
                queue_receipt(session, settings, application, linked_message(session, application),
                              now=runtime.clock(), occasion=f"added-{last}", files_added="link" if waited else "other")
            print(f"{application.reference}: {application.effective_status}"
                  + (f"; changed {', '.join(changed)}" if changed else "; no value changed")
                  + (f"; missing {', '.join(application.missing)}" if application.missing else "")
                  + (f"; problems {', '.join(application.problems)}" if application.problems else ""))
        send_pending(runtime.db, settings, runtime.clock)
    return 0


def _addable(application: Application | None, reference: str) -> Application:
    if application is None:
        raise UsageError(f"no application {reference}")
    if application.anonymised_at is not None:
        # its applicant's data was erased: a file added now would fill it in again
        raise UsageError(f"{reference}: the applicant's data was erased (intake forget); nothing can be added")
    return application
