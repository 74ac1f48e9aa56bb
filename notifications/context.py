"""What every applicant mail says about the call, per language: deadline, selection, coaching sessions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from config.call import CallDefinition, CoachingSession
from notifications.wording import LANGUAGES, clock, long_date, long_datetime, money

# a session whose place is not announced yet: the call's own words
SESSION_PLACE = {"nl": "ter plekke bij een van de projecten", "fr": "sur place chez un des projets"}


def session_place(session: CoachingSession, language: str) -> str:
    """Where a session is, in words: its place (and address), or that it is still to be announced."""
    if not session.announced:
        return SESSION_PLACE[language]
    place = session.place.get(language) or next(iter(session.place.values()))
    return f"{place}, {session.address}" if session.address else place


def session_line(call: CallDefinition, index: int, language: str) -> str:
    session = call.sessions[index]
    return (f"{long_date(session.day, language)}, {clock(session.start, language)}–{clock(session.end, language)}"
            f" ({session_place(session, language)})")


def call_words(call: CallDefinition, language: str) -> dict[str, Any]:
    return {
        "call_name": call.name.get(language, next(iter(call.name.values()))),
        "deadline": long_datetime(call.deadline, language),
        "selection": call.selection.get(language, ""),
        "sessions": [session_line(call, i, language) for i in range(len(call.sessions))],
        "max_amount": money(call.max_amount, language, call.currency),
        "postal_address": call.postal_address,
        "coordinator_name": call.coordinator_name.get(language, ""),
        "region": call.region_name.get(language, ""),
    }


def local(call: CallDefinition, moment: datetime) -> datetime:
    return moment.astimezone(call.timezone)


def per_language(build) -> dict[str, dict[str, Any]]:
    """{"nl": build("nl"), "fr": build("fr")}: templates of any language (or both) find their words."""
    return {language: build(language) for language in LANGUAGES}
