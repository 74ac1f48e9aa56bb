"""`intake letters draft|list|show|edit|approve|send`: decision letters, reviewed by a person before they go."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from config import Settings
from config.errors import UsageError
from intake.applications import linking
from intake.output import write_jsonl, write_table
from intake.runtime import Runtime
from intake.worker.jobs import os_user
from notifications.letters import (
    approve_letter,
    draft_letters,
    edit_letter,
    letters_of,
    open_letter,
    send_approved,
    shown_state,
)
from notifications.sending import send_pending
from storage.after_deadline import DecisionLetter
from storage.applications import Application
from storage.outbox import OutgoingMail
from storage.records import iso_utc


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("letters", help="decision letters: draft, review, edit, approve, send")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    draft = actions.add_parser("draft", help="draft a letter for every selected or rejected application lacking one")
    draft.set_defaults(handler=handle_draft)
    listing = actions.add_parser("list", help="every letter and its state")
    listing.add_argument("--format", choices=("table", "jsonl"), default="table")
    listing.set_defaults(handler=handle_list)
    show = actions.add_parser("show", help="the letter of one application, as it will be sent")
    show.add_argument("reference")
    show.set_defaults(handler=handle_show)
    edit = actions.add_parser("edit", help="change an unsent letter's subject or text (it needs approval again)")
    edit.add_argument("reference")
    edit.add_argument("--subject")
    edit.add_argument("--text-file", metavar="FILE", help="the new text, from FILE ('-': standard input)")
    edit.set_defaults(handler=handle_edit)
    approve = actions.add_parser("approve", help="approve drafts for sending")
    approve.add_argument("references", nargs="*", metavar="REF")
    approve.add_argument("--all", action="store_true", help="every draft")
    approve.set_defaults(handler=handle_approve)
    send = actions.add_parser("send", help="send the approved letters (each once), in the applicant's thread")
    send.add_argument("references", nargs="*", metavar="REF")
    send.set_defaults(handler=handle_send)


def _application(session, reference: str) -> Application:
    application = linking.find_by_reference(session, reference)
    if application is None:
        raise UsageError(f"no application {reference}")
    return application


def _open(session, reference: str) -> DecisionLetter:
    application = _application(session, reference)
    letter = open_letter(session, application)
    if letter is None:
        raise UsageError(f"{application.reference} has no letter waiting (run `intake letters draft` after a "
                         "decision)")
    return letter


def handle_draft(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        drafts = draft_letters(session, settings, runtime.clock())
        for letter in drafts:
            application = session.get(Application, letter.application_id)
            kind = "correction" if letter.correction_of else "letter"
            print(f"drafted  {application.reference if application else '?'}  {letter.decision} {kind} "
                  f"({letter.language}) to {letter.recipient}")
        print(f"{len(drafts)} draft(s); review with `intake letters show REF`, then `intake letters approve`")
    return 0


def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        rows = session.execute(select(DecisionLetter, Application.reference).join(
            Application, Application.id == DecisionLetter.application_id).order_by(DecisionLetter.id)).all()
        records = []
        for letter, reference in rows:
            mail = session.get(OutgoingMail, letter.outbox_id) if letter.outbox_id else None
            records.append({"id": letter.id, "reference": reference, "decision": letter.decision,
                            "correction_of": letter.correction_of, "language": letter.language,
                            "recipient": letter.recipient, "state": letter.state,
                            "approved_by": letter.approved_by, "outbox_id": letter.outbox_id,
                            "outbox_state": mail.state if mail else None,
                            "sent_at": iso_utc(mail.sent_at) if mail else None,
                            "shown_state": shown_state(letter, mail), "subject": letter.subject})
    if args.format == "jsonl":
        write_jsonl(records)
        return 0
    # STATE is the letter's fate: once it is in the outbox, its mail's (sent, failed...); SENT when, in local time
    zone = settings.call.timezone
    write_table(["ID", "REFERENCE", "DECISION", "LANG", "STATE", "SENT", "TO", "SUBJECT"],
                [(r["id"], r["reference"], r["decision"] + (" (correction)" if r["correction_of"] else ""),
                  r["language"], r["shown_state"],
                  f"{datetime.fromisoformat(r['sent_at']).astimezone(zone):%Y-%m-%d %H:%M}" if r["sent_at"] else "",
                  r["recipient"], r["subject"])
                 for r in records], max_width=48)
    return 0


def handle_show(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        application = _application(session, args.reference)
        letters = letters_of(session, application)
        if not letters:
            raise UsageError(f"{application.reference} has no letter")
        letter = open_letter(session, application) or letters[-1]
        print(f"letter {letter.id}: {letter.decision}, {letter.state}"
              + (f", approved by {letter.approved_by}" if letter.approved_by else ""))
        print(f"To: {letter.recipient}\nSubject: {letter.subject}\n")
        sys.stdout.write(letter.body_text)
    return 0


def handle_edit(args: argparse.Namespace, settings: Settings) -> int:
    if args.subject is None and args.text_file is None:
        raise UsageError("give --subject, --text-file, or both")
    text = None
    if args.text_file is not None:
        text = sys.stdin.read() if args.text_file == "-" else Path(args.text_file).read_text(encoding="utf-8")
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        letter = _open(session, args.reference)
        edit_letter(letter, subject=args.subject, body_text=text, actor=os_user(), now=runtime.clock())
        print(f"{args.reference}: letter {letter.id} changed; it is a draft again, approve it to send it")
    return 0


def handle_approve(args: argparse.Namespace, settings: Settings) -> int:
    if bool(args.references) == bool(args.all):
        raise UsageError("give the references to approve, or --all")
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        if args.all:
            letters = list(session.scalars(select(DecisionLetter).where(DecisionLetter.state == "draft")))
        else:
            letters = [_open(session, reference) for reference in args.references]
        approved = sum(approve_letter(letter, actor=os_user(), now=runtime.clock()) for letter in letters)
        print(f"approved {approved} letter(s); `intake letters send` sends them")
    return 0


def handle_send(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        with runtime.db.session() as session:
            queued = send_approved(session, settings, runtime.clock(), args.references or None)
            ids = [row.id for row in queued]
        summary = send_pending(runtime.db, settings, runtime.clock, only_ids=ids) if ids else None
    print(f"queued {len(ids)} letter(s)" + (f"; sent {summary.sent}, retry later {summary.retry_later}, "
                                            f"failed {summary.failed}" if summary else ""))
    return 1 if summary and summary.failed else 0
