"""iCalendar (RFC 5545) invitations to the coaching sessions and brainstorm visits, as iTIP requests
(RFC 5546, METHOD:REQUEST).

One event per .ics: calendar programs (Outlook, Gmail, Apple Calendar, Thunderbird) accept an iTIP
request for one UID best, so an invitation mail carries one .ics per session. The UID is stable per
session and project; an update keeps it and raises SEQUENCE, which is what makes a calendar move the
event instead of adding a second one.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from email.utils import parseaddr

from config import Settings
from config.call import CoachingSession
from notifications.context import session_place

SUMMARY = {"nl": "Begeleidingssessie {call}", "fr": "Séance d'accompagnement {call}"}
ALARM = {"nl": "Morgen: begeleidingssessie", "fr": "Demain : séance d'accompagnement"}
DESCRIPTION = {
    "nl": "Begeleidingssessie voor de geselecteerde projecten van \"{call}\" (je project: {reference}).\n"
          "Waar: {place}.\nVragen of verhinderd? Schrijf naar {contact}.",
    "fr": "Séance d'accompagnement des projets sélectionnés de « {call} » (votre projet : {reference}).\n"
          "Lieu : {place}.\nUne question, un empêchement ? Écrivez à {contact}.",
}


def session_description(settings: Settings, session: CoachingSession, reference: str, language: str) -> str:
    """The event's own text: what, where, whom to tell (the mail around it may be long gone)."""
    languages = ("nl", "fr") if language == "bilingual" else (language if language in DESCRIPTION else "nl",)
    call = settings.call
    return "\n\n".join(DESCRIPTION[lang].format(
        call=call.name.get(lang, ""), reference=reference, place=session_place(session, lang),
        contact=settings.smtp.coordinator) for lang in languages)
PRODID = "-//intake//coaching sessions//EN"


def session_uid(settings: Settings, session: CoachingSession, reference: str) -> str:
    domain = parseaddr(settings.smtp.from_address)[1].rsplit("@", 1)[-1] or "localhost"
    return f"{settings.call.call_id}.{session.session_id}.{reference}@{domain}".lower()


def session_ics(settings: Settings, session: CoachingSession, *, uid: str, sequence: int, language: str,
                attendee: str, attendee_name: str, description: str, now: datetime, cancel: bool = False) -> str:
    """One VCALENDAR with the session's VEVENT (and its VTIMEZONE and a VALARM the day before); with
    ``cancel`` an iTIP CANCEL of that event (STATUS:CANCELLED), which takes it out of the calendar."""
    call = settings.call
    words_language = language if language in SUMMARY else "nl"
    call_name = call.name.get(words_language, next(iter(call.name.values())))
    summary = SUMMARY[words_language].format(call=call_name)
    if language == "bilingual":
        summary = f"{summary} / {SUMMARY['fr'].format(call=call.name.get('fr', call_name))}"
    return event_ics(settings, uid=uid, sequence=sequence, day=session.day, start=session.start, end=session.end,
                     summary=summary, location=session_place(session, words_language), description=description,
                     alarm=ALARM[words_language], attendee=attendee, attendee_name=attendee_name, now=now,
                     cancel=cancel)


def event_ics(settings: Settings, *, uid: str, sequence: int, day: date, start: time, end: time, summary: str,
              location: str, description: str, alarm: str, attendee: str, attendee_name: str, now: datetime,
              cancel: bool = False) -> str:
    """One iTIP REQUEST (or, with ``cancel``, CANCEL) of one event at the call's local times, with its
    VTIMEZONE and a VALARM the day before; the organizer is our sender, the attendee the one we write to."""
    # imported here: icalendar costs a tenth of a second at every command's start, and only the invitations
    # and visit bookings need it
    from icalendar import Alarm, Calendar, Event, vCalAddress, vText

    call = settings.call
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancel else "REQUEST")
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", now)
    event.add("dtstart", datetime.combine(day, start, tzinfo=call.timezone))
    event.add("dtend", datetime.combine(day, end, tzinfo=call.timezone))
    event.add("summary", summary)
    event.add("location", location)
    event.add("description", description)
    event.add("status", "CANCELLED" if cancel else "CONFIRMED")
    event.add("transp", "OPAQUE")
    name, address = parseaddr(settings.smtp.from_address)
    organizer = vCalAddress(f"mailto:{address}")
    organizer.params["cn"] = vText(name or address)
    event.add("organizer", organizer)
    guest = vCalAddress(f"mailto:{attendee}")
    guest.params.update({"cn": vText(attendee_name or attendee), "role": vText("REQ-PARTICIPANT"),
                         "partstat": vText("NEEDS-ACTION"), "rsvp": vText("TRUE")})
    event.add("attendee", guest)
    if not cancel:
        reminder = Alarm()
        reminder.add("action", "DISPLAY")
        reminder.add("description", alarm)
        reminder.add("trigger", timedelta(days=-1))
        event.add_component(reminder)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode("utf-8")
