"""`intake sessions list`, `intake sessions invite [--dry-run]`: the coaching sessions and their invitations."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from config import Settings
from intake.output import write_table
from intake.runtime import Runtime
from notifications.context import session_line
from notifications.invitations import fingerprint, invited, plan, send_invitations
from notifications.sending import send_pending
from storage.applications import Application


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("sessions", help="the coaching sessions: list them, invite the selected projects")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser("list", help="the call file's sessions and who was invited to each")
    listing.set_defaults(handler=handle_list)
    invite = actions.add_parser("invite", help="invite the selected projects (iCalendar); again: only what changed")
    invite.add_argument("--dry-run", action="store_true", help="say what would be sent; queue and send nothing")
    invite.set_defaults(handler=handle_invite)


def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    call = settings.call
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        by_session = invited(session, settings)
        references = dict(session.execute(select(Application.id, Application.reference)).tuples().all())
        rows = []
        for index, coaching in enumerate(call.sessions):
            invitations = by_session.get(coaching.session_id, [])
            stale = [i for i in invitations if i.fingerprint != fingerprint(coaching)]
            rows.append((coaching.session_id, session_line(call, index, "nl"), len(invitations),
                         ", ".join(references.get(i.application_id, "?") for i in stale) or "-"))
    write_table(["SESSION", "WHEN AND WHERE", "INVITED", "UPDATE DUE"], rows, max_width=80)
    return 0


def handle_invite(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime:
        with runtime.db.session() as session:
            if args.dry_run:
                planned = plan(session, settings)
                for invitation in planned:
                    what = invitation.what
                    print(f"would send  {invitation.reference}  {what} to {invitation.recipient}: "
                          + ", ".join(f"{c.session.session_id} (sequence {c.sequence})" for c in invitation.changes))
                print(f"{len(planned)} mail(s) due; nothing queued or sent (dry run)")
                return 0
            queued = send_invitations(session, settings, runtime.clock())
            for invitation, _row in queued:
                print(f"queued  {invitation.reference}  {invitation.what} to "
                      f"{invitation.recipient}: {', '.join(c.session.session_id for c in invitation.changes)}")
            ids = [row.id for _invitation, row in queued]
        summary = send_pending(runtime.db, settings, runtime.clock, only_ids=ids) if ids else None
    print(f"queued {len(ids)} invitation mail(s)" + (
        f"; sent {summary.sent}, retry later {summary.retry_later}, failed {summary.failed}" if summary else ""))
    return 1 if summary and summary.failed else 0
