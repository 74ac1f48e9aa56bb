"""`intake reprocess [REF|--all]`: parse and judge again from stored messages; never touches the mailbox."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from config import Settings
from config.errors import UsageError
from intake.applications import linking as apps
from intake.runtime import Runtime
from intake.worker.pipeline import refresh_application
from intake.worker.processing import process_pending
from storage.applications import Application
from storage.models import Message, MessageStatus


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("reprocess", help="re-run parsing and rules from stored messages (after a fix)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("reference", nargs="?")
    target.add_argument("--all", action="store_true",
                        help="every application, and messages that failed or were set aside")
    parser.set_defaults(handler=handle)


def reprocess(runtime: Runtime, reference: str | None) -> tuple[int, int]:
    """Returns (applications refreshed, messages processed again)."""
    with runtime.db.session() as session:
        if reference:
            application = apps.find_by_reference(session, reference)
            if application is None:
                raise UsageError(f"no application {reference}")
            ids = [application.id] if application.anonymised_at is None else []
        else:
            # an anonymised application has no stored mail left to read (intake/gdpr.py)
            ids = list(session.scalars(select(Application.id).where(Application.anonymised_at.is_(None))
                                       .order_by(Application.id)))
    # each one parsed with no transaction open (see refresh_application); one erased meanwhile is skipped
    refreshed = sum(refresh_application(runtime, application_id) for application_id in ids)
    again: list[int] = []
    if reference is None:
        # what a parser or classifier fix may now read: failed and set-aside mail goes round once more
        with runtime.db.session() as session:
            for message in session.scalars(select(Message).where(
                    Message.status.in_((MessageStatus.FAILED, MessageStatus.SET_ASIDE)))):
                message.status = MessageStatus.STORED
                message.attempts = 0
                again.append(message.id)
        if again:
            process_pending(runtime, message_ids=again)
    return refreshed, len(again)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        refreshed, again = reprocess(runtime, None if args.all else args.reference)
    print(f"reprocessed {refreshed} applications" + (f", {again} set-aside or failed messages" if args.all else ""))
    return 0
