"""The coordinator's commands on applications: list, show, set, status."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from config import Settings
from config.errors import UsageError
from intake.applications import linking as apps
from intake.applications.attention import item_record, list_items
from intake.applications.decisions import AUTO, correct_fields, decide_status
from intake.applications.details import application_details
from intake.output import dumps, write_jsonl, write_table
from intake.runtime import Runtime
from intake.worker.jobs import os_user
from parsers.model import ParseStatus
from storage.applications import BY_COORDINATOR, BY_RULES, Application
from storage.records import application_record, load_applications

STATUSES = (*BY_RULES, *BY_COORDINATOR)


def register(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser("list", help="the applications")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--late", action="store_true", help="only late applications")
    listing.add_argument("--incomplete", action="store_true", help="only applications with missing fields")
    listing.add_argument("--municipality", help="only this municipality")
    listing.add_argument("--format", choices=("table", "jsonl"), default="table")
    listing.set_defaults(handler=handle_list)

    show = sub.add_parser("show", help="one application: fields with source, documents, messages, history")
    show.add_argument("reference")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=handle_show)

    correct = sub.add_parser("set", help="a coordinator's correction of a field; wins over extraction")
    correct.add_argument("reference")
    correct.add_argument("field")
    correct.add_argument("value")
    correct.set_defaults(handler=handle_set)

    status = sub.add_parser("status", help="set an application's status (selected, rejected, withdrawn...)")
    status.add_argument("reference")
    status.add_argument("status", choices=(*BY_COORDINATOR, AUTO),
                        help="'auto' gives the status back to the rules")
    status.add_argument("--note", help="why, for the coordinator only: kept in the application's history, never "
                        "in a mail to the applicant")
    status.add_argument("--force", action="store_true",
                        help="select even with missing required fields or open problems")
    status.set_defaults(handler=handle_status)


@contextmanager
def _session(settings: Settings) -> Iterator[tuple[Runtime, Session]]:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        yield runtime, session


def _get(session: Session, reference: str) -> Application:
    application = apps.find_by_reference(session, reference)
    if application is None:
        raise UsageError(f"no application {reference}")
    return application


def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    with _session(settings) as (_runtime, session):
        records = [application_record(a) for a in load_applications(session)]
    if args.status:
        records = [r for r in records if r["status"] == args.status]
    if args.late:
        records = [r for r in records if not r["on_time"]]
    if args.incomplete:
        records = [r for r in records if r["missing"]]
    if args.municipality:
        wanted = args.municipality.casefold()
        records = [r for r in records if (r["municipality"] or "").casefold() == wanted]
    if args.format == "jsonl":
        write_jsonl(records)
        return 0
    write_table(
        ["REFERENCE", "STATUS", "RECEIVED (UTC)", "ON TIME", "MUNICIPALITY", "TITLE", "REQUESTED", "MISSING",
         "PROBLEMS", "TO CHECK"],
        [(r["reference"], r["status"], (r["received_at"] or "")[:16].replace("T", " "),
          "yes" if r["on_time"] else "NO", r["municipality"] or "", r["project_title"] or "",
          r["requested_amount"] or "", ", ".join(r["missing"]), ", ".join(r["problems"]), ", ".join(r["to_check"]))
         for r in records],
        max_width=32)
    return 0


show_data = application_details  # the name this module used before the console shared it


def handle_show(args: argparse.Namespace, settings: Settings) -> int:
    with _session(settings) as (_runtime, session):
        application = _get(session, args.reference)
        data = show_data(session, application)
    if args.format == "json":
        print(dumps(data))
        return 0
    print(f"{data['reference']}  {data['status']}  ({data['channel']}, received {data['received_at']}, "
          f"{'on time' if data['on_time'] else 'LATE'}, language {data['language'] or '?'})")
    print(f"sender: {data['sender']}")
    if data["missing"]:
        print(f"missing: {', '.join(data['missing'])}")
    if data["problems"]:
        print(f"problems: {', '.join(data['problems'])}")
    if data["to_check"]:
        print(f"to check (read with low confidence): {', '.join(data['to_check'])}")
    print("\nfields:")
    for name, field in data["fields"].items():
        value = field["value"]
        if name == "budget_lines":
            value = "; ".join(f"{line['description']}: {line['amount']}" for line in value)
        mark = "  TO CHECK" if field["to_check"] else ""
        print(f"  {name:<17} {value}   [{field['source']}, {field['confidence']:.2f}]{mark}")
    print("\ndocuments:")
    for d in data["documents"]:
        print(f"  #{d['id']} {d['kind']:<10} {d['filename']:<40} {d['parse_status']}"
              + (f"  ({d['error']})" if d["error"] and d["parse_status"] != ParseStatus.PARSED else ""))
        for link in d.get("links") or ():
            print(f"      link to shared files (not followed): {link}")
    print("\nmessages:")
    for m in data["messages"]:
        # the mail's own Date: header beside the arrival that counts (a mail copied into a folder arrives "now")
        written = f"  (its Date: {m['date_header']})" if m.get("date_header") else ""
        print(f"  #{m['id']} {m['received_at']:%Y-%m-%d %H:%M} UTC  {m['classification'] or '':<12} {m['subject']}"
              + written)
    print("\nnotifications:")
    for n in data["notifications"]:
        sent = f"{n['sent_at']:%Y-%m-%d %H:%M} UTC" if n["sent_at"] else ""
        print(f"  #{n['id']} {n['kind']:<20} {n['state']:<10} {n['to']}  {sent}  {n['subject']}"
              + (f"  ({n['error']})" if n["error"] else ""))
    items = attention_of(settings, args.reference)
    if items:
        print("\nattention:")
        for item in items:
            state = "open" if item["state"] == "open" else f"settled: {item.get('resolved_action')}"
            print(f"  #{item['id']} {item['kind']:<18} {state:<18} {item['summary']}")
    print("\nhistory:")
    for event in data["history"]:
        detail = {k: v for k, v in event.items() if k not in ("at", "kind")}
        print(f"  {event['at']:%Y-%m-%d %H:%M} {event['kind']:<15} {dumps(detail) if detail else ''}")
    return 0


def attention_of(settings: Settings, reference: str) -> list[dict]:
    """The attention items of one application, settled ones too, for `intake show`."""
    with _session(settings) as (_runtime, session):
        application = _get(session, reference)
        return [item_record(session, item) for item in list_items(session, include_resolved=True)
                if item.application_id == application.id]


def handle_set(args: argparse.Namespace, settings: Settings) -> int:
    with _session(settings) as (runtime, session):
        application = _get(session, args.reference)
        if args.field == apps.LANGUAGE:
            if args.value not in ("nl", "fr"):
                raise UsageError(f"language is nl or fr, not {args.value!r}")
            apps.set_coordinator_field(application, apps.LANGUAGE, args.value, runtime.clock(), by=os_user())
            apps.apply_rules(application, settings.call, runtime.clock())
            print(f"{application.reference}: language = {application.language} (receipts and letters from now on)")
            return 0
        correct_fields(session, application, {args.field: args.value}, settings.call, runtime.clock(),
                       actor=os_user(), confirm_unchanged=True)
        value = application.current_fields()[args.field].value
        print(f"{application.reference}: {args.field} = {dumps(value)} (status {application.effective_status})")
    return 0


def handle_status(args: argparse.Namespace, settings: Settings) -> int:
    with _session(settings) as (runtime, session):
        application = _get(session, args.reference)
        decide_status(session, application, args.status, runtime.clock(), actor=os_user(), note=args.note or "",
                      force=args.force)
        print(f"{application.reference}: status {application.effective_status}")
    return 0
