"""`intake outbox [list|retry]`: outgoing mail and its state; send failed or held mail again."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from config import Settings
from config.errors import UsageError
from intake.output import iso_utc, write_jsonl, write_table
from intake.runtime import Runtime
from notifications.retry import requeue
from notifications.sending import send_pending
from storage.outbox import OutgoingMail


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("outbox", help="outgoing mail and its state; `outbox retry [ID...]` sends again")
    parser.add_argument("action", nargs="?", choices=("list", "retry"), default="list")
    parser.add_argument("ids", nargs="*", type=int, metavar="ID",
                        help="retry: these rows (failed or unknown); default: every failed row")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.add_argument("--state", help="list: only rows in this state")
    parser.set_defaults(handler=handle)


def outbox_json(row: OutgoingMail) -> dict:
    return {
        "id": row.id, "kind": row.kind, "idempotency_key": row.idempotency_key, "application_id": row.application_id,
        "recipient": row.recipient, "language": row.language, "subject": row.subject, "state": row.state,
        "attempts": row.attempts, "last_error": row.last_error, "message_id": row.message_id,
        "created_at": iso_utc(row.created_at), "next_attempt_at": iso_utc(row.next_attempt_at),
        "sent_at": iso_utc(row.sent_at), "bounced_at": iso_utc(row.bounced_at),
    }


def handle(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        if args.action == "retry":
            return _retry(runtime, args.ids)
        if args.ids:
            raise UsageError("usage: intake outbox list [--state S] [--format table|jsonl]")
        with runtime.db.session() as session:
            query = select(OutgoingMail).order_by(OutgoingMail.id)
            if args.state:
                query = query.where(OutgoingMail.state == args.state)
            rows = list(session.scalars(query))
        if args.format == "jsonl":
            write_jsonl(outbox_json(row) for row in rows)
        else:
            zone = settings.call.timezone
            write_table(
                ["ID", "CREATED", "KIND", "TO", "LANG", "STATE", "TRIES", "SUBJECT", "ERROR"],
                [(r.id, r.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), r.kind, r.recipient,
                  r.language or "", r.state, r.attempts, r.subject, r.last_error or "") for r in rows],
            )
    return 0


def _retry(runtime: Runtime, ids: list[int]) -> int:
    with runtime.db.session() as session:
        chosen = requeue(session, ids)
    if not chosen:
        print("nothing to retry")
        return 0
    summary = send_pending(runtime.db, runtime.settings, runtime.clock, only_ids=chosen)
    print(f"retried {len(chosen)}: sent {summary.sent}, retry later {summary.retry_later}, failed {summary.failed}")
    for error in summary.errors:
        print(f"  {error}")
    return 1 if summary.failed else 0
