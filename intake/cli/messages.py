"""`intake messages [--format table|jsonl]` and `intake messages raw ID`."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from config import Settings
from config.errors import UsageError
from intake.mailbox.listing import message_json
from intake.output import write_jsonl, write_table
from intake.runtime import Runtime
from storage.models import Message


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("messages", help="the stored messages with their status; `messages raw ID` for bytes")
    parser.add_argument("raw", nargs="*", metavar="raw ID", help="write message ID's raw bytes to stdout")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.add_argument("--status", help="only messages with this status")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        if args.raw:
            if len(args.raw) != 2 or args.raw[0] != "raw" or not args.raw[1].isdigit():
                raise UsageError("usage: intake messages raw ID")
            return _raw(runtime, int(args.raw[1]))
        with runtime.db.session() as session:
            query = select(Message).options(selectinload(Message.attachments)).order_by(Message.id)
            if args.status:
                query = query.where(Message.status == args.status)
            messages = list(session.scalars(query))
            if args.format == "jsonl":
                write_jsonl(message_json(m) for m in messages)
            else:
                write_table(
                    ["ID", "RECEIVED (UTC)", "SENDER", "SUBJECT", "FILES", "STATUS", "ERROR"],
                    [(m.id, m.received_at.strftime("%Y-%m-%d %H:%M"), m.sender, m.subject, len(m.attachments),
                      m.status, m.error or "") for m in messages],
                )
    return 0


def _raw(runtime: Runtime, message_id: int) -> int:
    with runtime.db.session() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise UsageError(f"no stored message with id {message_id}")
        sha256 = message.sha256
    data = runtime.blobs.get("raw", sha256)
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return 0
