"""`intake brainstorm [list]`, `plan ID`, `done ID`, `cancel ID`: booking the brainstorm visits inquiries ask for."""

from __future__ import annotations

import argparse
from datetime import date, time

from config import Settings
from config.errors import UsageError
from intake.output import write_jsonl, write_table
from intake.runtime import Runtime
from notifications.brainstorm_visits import (
    BookingError,
    Visit,
    cancel_visit,
    mark_done,
    plan_visit,
    requests,
    take_in_inquiries,
)
from notifications.sending import send_pending
from storage.brainstorm import BrainstormRequest
from storage.outbox import OutgoingMail


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("brainstorm", help="brainstorm visits asked for by inquiries: list, plan, done, cancel")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.set_defaults(handler=handle_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="every request and its state (requested, planned with date, done)")
    listing.add_argument("--format", choices=("table", "jsonl"), default=argparse.SUPPRESS)
    listing.set_defaults(handler=handle_list)
    planning = actions.add_parser("plan", help="plan (or move) a visit; the requester gets a mail with an .ics")
    planning.add_argument("id", type=int)
    planning.add_argument("--date", required=True, type=date.fromisoformat, help="YYYY-MM-DD (local)")
    planning.add_argument("--start", required=True, type=time.fromisoformat, help="HH:MM (local)")
    planning.add_argument("--end", type=time.fromisoformat, help="HH:MM (local; default: two hours after --start)")
    planning.add_argument("--place", required=True, help="where, in words (and the address)")
    planning.set_defaults(handler=handle_plan)
    done = actions.add_parser("done", help="the visit took place")
    done.add_argument("id", type=int)
    done.set_defaults(handler=handle_done)
    cancel = actions.add_parser("cancel", help="cancel the request; a planned visit is cancelled in their calendar")
    cancel.add_argument("id", type=int)
    cancel.set_defaults(handler=handle_cancel)


def _record(row: BrainstormRequest) -> dict[str, object]:
    return {"id": row.id, "state": row.state, "requester": row.requester, "name": row.requester_name,
            "language": row.language, "date": row.day.isoformat() if row.day else None,
            "start": f"{row.start:%H:%M}" if row.start else None, "end": f"{row.end:%H:%M}" if row.end else None,
            "place": row.place or None, "sequence": max(row.sequence, 0) if row.uid else None,
            "requested_at": row.requested_at}


def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        take_in_inquiries(session, settings, runtime.clock())
        records = [_record(row) for row in requests(session, settings)]
    if args.format == "jsonl":
        write_jsonl(records)
        return 0
    write_table(["ID", "STATE", "REQUESTER", "LANG", "WHEN", "PLACE"], [
        (r["id"], r["state"], r["requester"], r["language"],
         f"{r['date']} {r['start']}-{r['end']}" if r["date"] else "-", r["place"] or "-") for r in records],
        max_width=60)
    return 0


def _change(settings: Settings, request_id: int, step: str, visit: Visit | None = None) -> int:
    with Runtime.from_settings(settings) as runtime:
        with runtime.db.session() as session:
            take_in_inquiries(session, settings, runtime.clock())
            row = session.get(BrainstormRequest, request_id)
            if row is None or row.call_id != settings.call.call_id:
                raise UsageError(f"no brainstorm request {request_id} (see `intake brainstorm list`)")
            mail: OutgoingMail | None = None
            try:
                if step == "plan":
                    assert visit is not None
                    mail = plan_visit(session, settings, row, visit, runtime.clock())
                elif step == "cancel":
                    mail = cancel_visit(session, settings, row, runtime.clock())
                else:
                    mark_done(row, runtime.clock())
            except BookingError as exc:
                raise UsageError(str(exc)) from exc
            line = f"request {row.id} ({row.requester}) is {row.state}" + (
                f": {row.day} {row.start:%H:%M}-{row.end:%H:%M}, {row.place}" if step == "plan" and row.start
                and row.end else "")
            ids = [mail.id] if mail is not None else []
        summary = send_pending(runtime.db, settings, runtime.clock, only_ids=ids) if ids else None
    print(line + (f"; mail sent {summary.sent}, retry later {summary.retry_later}, failed {summary.failed}"
                  if summary else ""))
    return 1 if summary and summary.failed else 0


def handle_plan(args: argparse.Namespace, settings: Settings) -> int:
    end = args.end or time((args.start.hour + 2) % 24, args.start.minute)
    place = args.place.strip()
    if not place:
        raise UsageError("--place must say where")
    return _change(settings, args.id, "plan", Visit(args.date, args.start, end, place))


def handle_done(args: argparse.Namespace, settings: Settings) -> int:
    return _change(settings, args.id, "done")


def handle_cancel(args: argparse.Namespace, settings: Settings) -> int:
    return _change(settings, args.id, "cancel")



