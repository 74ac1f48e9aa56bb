"""What the digest says after the deadline, by phase: selection (what is decided, what is not, the letters),
then sessions (who was invited to which session, and whose invitation waits for an update)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from notifications.context import session_line
from notifications.invitations import fingerprint, invited
from notifications.wording import money, money_or_unknown
from storage.after_deadline import DecisionLetter, LetterState
from storage.applications import Application, ApplicationStatus

INTAKE, SELECTION, SESSIONS = "intake", "selection", "sessions"
DECIDED = (ApplicationStatus.SELECTED, ApplicationStatus.REJECTED)


def _title(application: Application) -> str:
    field = application.current_fields().get("project_title")
    return str(field.value) if field is not None and field.value else ""


def phase(settings: Settings, applications: Sequence[Application], local_date: date) -> str:
    """``intake`` up to the deadline; then ``selection`` until every on-time application is decided (and one is
    selected); then ``sessions``."""
    if local_date <= settings.call.deadline_date:
        return INTAKE
    in_race = [a for a in applications if a.on_time and a.effective_status != ApplicationStatus.WITHDRAWN]
    undecided = [a for a in in_race if a.effective_status not in DECIDED]
    selected = [a for a in in_race if a.effective_status == ApplicationStatus.SELECTED]
    return SELECTION if undecided or not selected else SESSIONS


def _line(settings: Settings, application: Application) -> dict[str, Any]:
    return {"reference": application.reference, "url": settings.web.application_url(application.reference),
            "title": _title(application),
            "requested": money_or_unknown(application.requested_amount(), "nl", settings.call.currency),
            "on_time": application.on_time}


def selection_context(session: Session, settings: Settings, applications: Sequence[Application]) -> dict[str, Any]:
    call = settings.call
    considered = [a for a in applications if a.effective_status != ApplicationStatus.WITHDRAWN]
    selected = [a for a in considered if a.effective_status == ApplicationStatus.SELECTED]
    letters = list(session.scalars(select(DecisionLetter)))
    by_state = {state: sum(1 for letter in letters if letter.state == state) for state in LetterState}
    amounts = [a.requested_amount() for a in selected]
    selected_total = sum((amount for amount in amounts if amount is not None), Decimal(0))
    return {
        "selected": [_line(settings, a) for a in selected],
        "rejected": [_line(settings, a) for a in considered if a.effective_status == ApplicationStatus.REJECTED],
        "undecided": [_line(settings, a) for a in considered if a.effective_status not in DECIDED],
        "selected_total": money(selected_total, "nl", call.currency),
        "left_in_pot": money(call.pot - selected_total, "nl", call.currency),
        "over_pot": selected_total > call.pot,
        "selected_unknown": sum(1 for amount in amounts if amount is None),
        "letters_draft": by_state[LetterState.DRAFT], "letters_approved": by_state[LetterState.APPROVED],
        "letters_sent": by_state[LetterState.QUEUED],
    }


def sessions_context(session: Session, settings: Settings, applications: Sequence[Application]) -> dict[str, Any]:
    call = settings.call
    by_session = invited(session, settings)
    by_id = {a.id: a for a in applications}
    selected = [a for a in applications if a.effective_status == ApplicationStatus.SELECTED]
    invited_ids = {row.application_id for rows in by_session.values() for row in rows}
    return {
        "sessions": [{
            "line": session_line(call, index, "nl"),
            "invited": [_line(settings, by_id[row.application_id]) for row in by_session.get(coaching.session_id, [])
                        if row.application_id in by_id],
            "update_due": [by_id[row.application_id].reference for row in by_session.get(coaching.session_id, [])
                           if row.application_id in by_id and row.fingerprint != fingerprint(coaching)],
        } for index, coaching in enumerate(call.sessions)],
        "not_invited": [_line(settings, a) for a in selected if a.id not in invited_ids],
    }
