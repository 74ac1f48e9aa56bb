"""What needs the coordinator: ``intake attention``, ``attention resolve``, ``split`` and ``merge``."""

from __future__ import annotations

import argparse

from config import Settings
from intake.applications.attention import item_record, list_items
from intake.output import write_jsonl
from intake.runtime import Runtime
from intake.worker.jobs import os_user
from intake.worker.settle import merge, resolve, split


def register(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser("attention", help="what needs the coordinator, one item per case, with its actions")
    listing.add_argument("--format", choices=("table", "jsonl"), default="table")
    listing.add_argument("--all", action="store_true", help="settled items too")
    listing.set_defaults(handler=handle_list)
    actions = listing.add_subparsers(dest="attention_command", metavar="resolve")
    settle = actions.add_parser("resolve", help="settle an item with one of its actions")
    settle.add_argument("item", type=int, metavar="ID")
    settle.add_argument("action", metavar="ACTION")
    settle.set_defaults(handler=handle_resolve)

    split_parser = sub.add_parser("split", help="a message that is another idea becomes its own application")
    split_parser.add_argument("reference", metavar="REF")
    split_parser.add_argument("message", metavar="MESSAGE_ID", help="the stored message's id (or its Message-ID)")
    split_parser.set_defaults(handler=handle_split)

    merge_parser = sub.add_parser("merge", help="two applications of one project become one")
    merge_parser.add_argument("reference", metavar="REF")
    merge_parser.add_argument("into", metavar="INTO_REF")
    merge_parser.set_defaults(handler=handle_merge)


def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        records = [item_record(session, item) for item in list_items(session, include_resolved=args.all)]
    if args.format == "jsonl":
        write_jsonl(records)
        return 0
    if not records:
        print("nothing needs you")
        return 0
    zone = settings.call.timezone
    for record in records:
        local = record["created_at"].astimezone(zone)
        state = "" if record["state"] == "open" else f"  [{record['state']}: {record.get('resolved_action')}]"
        print(f"#{record['id']} {record['kind']}  {record['reference'] or '-'}  message {record['message_id'] or '-'}"
              f"  {local:%Y-%m-%d %H:%M} {local.tzname()}{state}")
        print(f"   {record['summary']}")
        if record["state"] == "open":
            for action in record["actions"]:
                print(f"   intake attention resolve {record['id']} {action['action']:<12} {action['does']}")
        print()
    return 0


def handle_resolve(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        print(f"#{args.item} {args.action}: {resolve(runtime, args.item, args.action, actor=os_user())}")
    return 0


def handle_split(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        print(split(runtime, args.reference, args.message, actor=os_user()))
    return 0


def handle_merge(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        print(merge(runtime, args.reference, args.into, actor=os_user()))
    return 0
