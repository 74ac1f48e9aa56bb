"""How values look in the console's pages: Brussels time with its zone named, money, and words for codes.

The words come from ``notifications.wording`` (the same as in the mails and the exports).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from notifications import attention_words, wording
from parsers.field_table import field_word

BRUSSELS = ZoneInfo("Europe/Brussels")


def local_time(moment: datetime | str | None) -> str:
    """'10/06/2019 14:00 CEST': stored UTC, shown in Brussels with the zone (CET or CEST) named."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    local = moment.astimezone(BRUSSELS)
    return f"{local:%d/%m/%Y %H:%M} {local.tzname()}"


def money(value: object, lang: str) -> str:
    return "" if value in (None, "") else wording.money(value, lang)


def field_label(name: str, lang: str) -> str:
    label = field_word(name, lang)
    return label[:1].upper() + label[1:]


def status_label(status: str | None, lang: str) -> str:
    return wording.status_label(status or "", lang)


def problem_label(code: str, lang: str) -> str:
    return wording.problem_label(code, lang)


def document_state(parse_status: str, lang: str) -> str:
    return wording.PARSE_STATUS[lang].get(parse_status, parse_status)


def percent(part: object, whole: object) -> int:
    """For the bar chart's widths: 0..100 of the larger of the two."""
    try:
        part_f, whole_f = float(part), float(whole)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0
    if whole_f <= 0:
        return 0
    return max(0, min(100, round(100 * part_f / whole_f)))


def attention_kind(kind: str, lang: str) -> str:
    return attention_words.kind_label(kind, lang)


def attention_summary(item: dict, lang: str) -> str:
    return attention_words.attention_summary(item["kind"], item.get("detail") or {}, lang, item.get("summary", ""))


def action_does(kind: str, action: dict, lang: str) -> str:
    return attention_words.action_does(kind, action["action"], lang, action.get("does", ""))


def actor(by: str | None, lang: str) -> str:
    return attention_words.actor_words(by, lang)


FILTERS = {"local": local_time}
GLOBALS = {
    "money": money, "field_label": field_label, "status_label": status_label, "problem_label": problem_label,
    "document_state": document_state, "percent": percent, "attention_kind": attention_kind,
    "attention_summary": attention_summary, "action_does": action_does, "actor": actor,
}
