"""The definition of one grant call (deadline, amounts, region, sessions), read from its own TOML file.

A new call needs a new file, not new code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from config.errors import ConfigError

DEFAULT_CALL_FILE = Path(__file__).parent / "calls" / "maak-werk-van-je-buurt-2019.toml"


@dataclass(frozen=True)
class Municipality:
    name: str
    country: str  # "BE" or "FR"
    postcodes: tuple[str, ...]
    aliases: tuple[str, ...] = ()


TO_BE_ANNOUNCED = "to be announced"


@dataclass(frozen=True)
class CoachingSession:
    """One coaching session. ``place`` is per language; empty means "to be announced" (the call's own words:
    held on site at one of the projects). ``session_id`` is stable across edits of date, time or place: an
    invitation's calendar UID is made from it, so a moved session updates the event instead of adding one."""

    day: date
    start: time
    end: time
    session_id: str = ""
    place: dict[str, str] = field(default_factory=dict)  # language -> place in words; {} when to be announced
    address: str = ""  # street, postcode, municipality: for calendars and route planners

    @property
    def announced(self) -> bool:
        return bool(self.place)


@dataclass(frozen=True)
class BrainstormOffer:
    """What the call offers people who are interested but have no concrete idea yet (per language)."""

    what: dict[str, str]  # language -> the session in words
    how_to_book: dict[str, str]  # language -> how to ask for one
    until_local: date | None  # the last day it is offered


@dataclass(frozen=True)
class CallDefinition:
    call_id: str
    reference_prefix: str
    name: dict[str, str]  # language -> name
    deadline_local: datetime  # naive local wall time, e.g. 2019-06-16 23:59:59
    timezone: ZoneInfo
    max_amount: Decimal
    pot: Decimal
    currency: str
    selection: dict[str, str]  # language -> when selection happens, in words
    coordinator_name: dict[str, str]  # language -> how the coordinator signs (a job title is language too)
    signature: dict[str, str]  # language -> the lines under a decision letter; the coordinator_name by default
    postal_address: str
    region_name: dict[str, str]  # language -> the call's area in words, e.g. "de Westhoek"
    sessions: tuple[CoachingSession, ...]
    municipalities: tuple[Municipality, ...]
    reminder_days_before_deadline: tuple[int, ...]
    reminder_days_before_session: tuple[int, ...]
    digest_time: time
    reminder_time: time
    digest_when_idle: bool
    retention_days_after_close: int
    source_path: str
    opens_local: datetime | None = None  # naive local wall time; mail that arrived earlier is not answered
    brainstorm: BrainstormOffer | None = None
    # the call's own phones (E.164) and e-mail addresses (lower case), as the call text gives them: a form that
    # prints them in its instructions ("Vragen? Bel +32 51 ...") gives no applicant's number
    coordinator_phones: tuple[str, ...] = ()
    coordinator_emails: tuple[str, ...] = ()

    @property
    def opens(self) -> datetime | None:
        """When the call opens, as an aware datetime in the call's timezone; None: open from the start."""
        return None if self.opens_local is None else self.opens_local.replace(tzinfo=self.timezone)

    @property
    def deadline(self) -> datetime:
        """The deadline as an aware datetime in the call's timezone (summer time applied)."""
        return self.deadline_local.replace(tzinfo=self.timezone)

    @property
    def deadline_date(self) -> date:
        return self.deadline_local.date()

    def municipality_by_postcode(self, postcode: str) -> Municipality | None:
        for municipality in self.municipalities:
            if postcode in municipality.postcodes:
                return municipality
        return None

    def session_starts(self) -> list[datetime]:
        return [datetime.combine(s.day, s.start, tzinfo=self.timezone) for s in self.sessions]

    def closes_at_plus(self, days: int) -> datetime:
        return self.deadline + timedelta(days=days)


def _get(table: dict[str, Any], key: str, path: Path, prefix: str = "") -> Any:  # TOML: checked by the caller
    if key not in table:
        raise ConfigError("missing required setting", key=f"{prefix}{key}", path=str(path))
    return table[key]


def _decimal(value: object, key: str, path: Path) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ConfigError(f"not an amount: {value!r}", key=key, path=str(path)) from None


def _clock(value: object, key: str, path: Path) -> time:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"not a time of day (HH:MM): {value!r}", key=key, path=str(path)) from None


def _per_language(value: object, key: str, path: Path) -> dict[str, str]:
    """A text for every language: a table {nl = ..., fr = ...}, or one string for all."""
    if isinstance(value, str):
        return {"nl": value, "fr": value}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return dict(value)
    raise ConfigError("must be a string or a table of strings per language", key=key, path=str(path))


def _session(table: dict[str, Any], number: int, path: Path) -> CoachingSession:
    day = _get(table, "date", path, "sessions.")
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ConfigError(f"not a date (YYYY-MM-DD): {day!r}", key="sessions.date", path=str(path))
    place_value = table.get("place", TO_BE_ANNOUNCED)
    place = {} if place_value in ("", TO_BE_ANNOUNCED) else _per_language(place_value, "sessions.place", path)
    address = table.get("address", "")
    if not isinstance(address, str):
        raise ConfigError("must be a string", key="sessions.address", path=str(path))
    return CoachingSession(
        day=day,
        start=_clock(_get(table, "start", path, "sessions."), "sessions.start", path),
        end=_clock(_get(table, "end", path, "sessions."), "sessions.end", path),
        session_id=str(table.get("id") or f"session-{number}"),
        place=place,
        address=address,
    )


def load_call(path: str | Path = DEFAULT_CALL_FILE) -> CallDefinition:
    """Read and check a call file; raises ConfigError naming the key and the file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("call file not found", key="call.file", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"call file is not valid TOML: {exc}", path=str(path)) from None

    call = _get(data, "call", path)
    try:
        zone = ZoneInfo(_get(call, "timezone", path, "call."))
    except ZoneInfoNotFoundError:
        raise ConfigError("unknown timezone", key="call.timezone", path=str(path)) from None
    deadline_local = _get(call, "deadline_local", path, "call.")
    if isinstance(deadline_local, str):
        deadline_local = datetime.fromisoformat(deadline_local)
    if not isinstance(deadline_local, datetime) or deadline_local.tzinfo is not None:
        raise ConfigError(
            "must be a local date and time without offset, e.g. 2019-06-16T23:59:59",
            key="call.deadline_local", path=str(path),
        )

    sessions = tuple(_session(s, index, path) for index, s in enumerate(data.get("sessions", []), start=1))
    ids = [s.session_id for s in sessions]
    if len(set(ids)) != len(ids):
        raise ConfigError("two sessions have the same id", key="sessions.id", path=str(path))
    municipalities = tuple(
        Municipality(
            name=_get(m, "name", path, "region.municipalities."),
            country=_get(m, "country", path, "region.municipalities."),
            postcodes=tuple(str(p) for p in _get(m, "postcodes", path, "region.municipalities.")),
            aliases=tuple(m.get("aliases", ())),
        )
        for m in data.get("region", {}).get("municipalities", [])
    )
    opens_local = call.get("opens")
    if isinstance(opens_local, date) and not isinstance(opens_local, datetime):
        opens_local = datetime.combine(opens_local, time(0))
    if opens_local is not None and (not isinstance(opens_local, datetime) or opens_local.tzinfo is not None):
        raise ConfigError("must be a local date (2019-04-01) or date and time without offset", key="call.opens",
                          path=str(path))
    brainstorm = _brainstorm(data.get("brainstorm"), path)
    reminders = data.get("reminders", {})
    digest = data.get("digest", {})
    retention = data.get("retention", {})
    return CallDefinition(
        call_id=_get(call, "id", path, "call."),
        reference_prefix=_get(call, "reference_prefix", path, "call."),
        name=dict(_get(call, "name", path, "call.")),
        deadline_local=deadline_local,
        timezone=zone,
        max_amount=_decimal(_get(call, "max_amount", path, "call."), "call.max_amount", path),
        pot=_decimal(_get(call, "pot", path, "call."), "call.pot", path),
        currency=call.get("currency", "EUR"),
        selection=dict(call.get("selection", {})),
        coordinator_name=_per_language(call.get("coordinator_name", ""), "call.coordinator_name", path),
        signature=_per_language(call.get("signature", call.get("coordinator_name", "")), "call.signature", path),
        postal_address=call.get("postal_address", ""),
        region_name=_per_language(data.get("region", {}).get("name", ""), "region.name", path),
        sessions=sessions,
        municipalities=municipalities,
        reminder_days_before_deadline=tuple(reminders.get("incomplete_days_before_deadline", (7, 2))),
        reminder_days_before_session=tuple(reminders.get("days_before_session", (7,))),
        digest_time=_clock(digest.get("time", "08:00"), "digest.time", path),
        reminder_time=_clock(reminders.get("time", "09:00"), "reminders.time", path),
        digest_when_idle=bool(digest.get("send_when_idle", False)),
        retention_days_after_close=int(retention.get("days_after_close", 730)),
        source_path=str(path),
        opens_local=opens_local,
        brainstorm=brainstorm,
        coordinator_phones=_phones(call.get("coordinator_phones", []), path),
        coordinator_emails=_emails(call.get("coordinator_emails", []), path),
    )


def _phones(value: object, path: Path) -> tuple[str, ...]:
    """Each number as written in the call ("+32 51 51 94 37", or national in the call's country) to E.164, the
    form every extracted phone takes; a number that is none is a configuration error, not a filter that never
    matches."""
    key = "call.coordinator_phones"
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError("must be a list of phone numbers", key=key, path=str(path))
    found = []
    for written in value:
        try:
            number = phonenumbers.parse(written, "BE")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise ConfigError(f"not a phone number: {written!r}", key=key, path=str(path))
        found.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return tuple(found)


def _emails(value: object, path: Path) -> tuple[str, ...]:
    key = "call.coordinator_emails"
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError("must be a list of e-mail addresses", key=key, path=str(path))
    if bad := next((item for item in value if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", item)), None):
        raise ConfigError(f"not an e-mail address: {bad!r}", key=key, path=str(path))
    return tuple(item.lower() for item in value)


def _brainstorm(table: object, path: Path) -> BrainstormOffer | None:
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError("must be a table", key="brainstorm", path=str(path))
    until = table.get("until")
    if until is not None and (not isinstance(until, date) or isinstance(until, datetime)):
        raise ConfigError("must be a date, e.g. 2019-06-30", key="brainstorm.until", path=str(path))
    return BrainstormOffer(what=_per_language(_get(table, "what", path, "brainstorm."), "brainstorm.what", path),
                           how_to_book=_per_language(_get(table, "how_to_book", path, "brainstorm."),
                                                     "brainstorm.how_to_book", path),
                           until_local=until)
