"""Receipts: the automatic confirmation an applicant gets when an application arrives or a follow-up joins.

A receipt is a reply to the applicant's own mail (``Re:`` with the reference, In-Reply-To and
References), in their language (both when unsure), and says what arrived, what was understood, what is
missing and what happens next. One receipt per triggering message (its idempotency key), never to a
machine or to ourselves (``loop_safety``), and at most ``smtp.max_receipts_per_sender_per_day`` a day
to one address; a receipt that is not sent stays in the outbox as ``suppressed`` with the reason.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from config import Settings
from config.faults import checkpoint
from notifications.context import call_words, local, per_language
from notifications.loop_safety import own_addresses, reason_not_to_reply
from notifications.outbox import find, queue_mail
from notifications.rendering import render, template_language
from notifications.threading import stored_envelope
from notifications.wording import document_state, long_datetime, money, problem_sentence
from parsers.envelope import Envelope
from parsers.field_table import AMOUNT_FIELDS, ON_RECEIPT, field_word
from storage.applications import Application, DocumentKind
from storage.attention import FILES_BEHIND_LINK, AttentionItem, open_of_kind
from storage.models import Message
from storage.outbox import MailKind, OutboxState, OutgoingMail

log = logging.getLogger(__name__)

_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|antw|réf|ref)\s*:\s*)+", re.IGNORECASE)


def receipt_key(application: Application, message: Message | None, occasion: str = "") -> str:
    """One receipt per triggering message (or the postal registration, or an ``occasion`` such as the
    coordinator's adding of files, ``added-<document id>``)."""
    if occasion:
        return f"receipt:{application.reference}:{occasion}"
    return f"receipt:{application.reference}:" + (f"msg-{message.id}" if message is not None else "post")


def applicant_address(application: Application) -> str:
    """The address we answer to: the application's sender, else the e-mail field (postal applications)."""
    if application.sender:
        return application.sender.strip().lower()
    email_field = application.current_fields().get("email")
    return str(email_field.value).strip().lower() if email_field and email_field.value else ""


SHOWN_DESCRIPTION = 240  # characters of a description the receipt repeats


def _field_value(application: Application, name: str, language: str, currency: str) -> str | None:
    field = application.current_fields().get(name)
    if field is None or field.value in (None, "", []):
        return None
    if name in AMOUNT_FIELDS:
        return money(field.value, language, currency)
    text = " ".join(str(field.value).split())
    # the description as we understood it, so that a wrong guess is seen and corrected: its start is enough
    return text if len(text) <= SHOWN_DESCRIPTION else text[:SHOWN_DESCRIPTION].rsplit(" ", 1)[0] + " …"


def _shown(name: str, value: Any, language: str, currency: str) -> str:
    if value in (None, "", []):
        return "-"
    return money(value, language, currency) if name in AMOUNT_FIELDS else str(value)


# the body is a document like the others, but "(body)" means nothing to an applicant
BODY_LABEL = {"nl": "de tekst van je e-mail", "fr": "le texte de votre e-mail"}


def _distinct_documents(application: Application, language: str) -> list[dict[str, str]]:
    """One line per distinct document: every message has a body, and a form sent twice is one form."""
    lines: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for document in application.documents:
        name = BODY_LABEL[language] if document.kind == DocumentKind.BODY else document.filename
        line = {"filename": name, "state": document_state(document.parse_status, document.content_type, language)}
        key = (name, line["state"]) if document.kind == DocumentKind.BODY else (document.sha256, line["state"])
        if key not in seen:
            seen.add(key)
            lines.append(line)
    return lines


def subject_title(application: Application, applicant_subject: str) -> str:
    """What a receipt's subject names before ``[REF]``: the project's title, else the applicant's subject
    without our reference and words ("": the template names the call).

    Never the applicant's subject as it comes: a reply to our receipt already holds the reference and our
    words, and appending ours again doubles them with every reply."""
    title = application.current_fields().get("project_title")
    if title is not None and str(title.value or "").strip():
        return " ".join(str(title.value).split())[:120]
    cut = applicant_subject.split(f"[{application.reference}]", 1)[0] if application.reference else applicant_subject
    cut = _REPLY_PREFIX.sub("", cut.replace(application.reference, "")).strip(" -–:")
    return cut


def _waiting_services(application: Application) -> str:
    """The services the application's files wait on ("WeTransfer, Google Drive"): its open ``files_behind_link``
    items (raised by the rules before the receipt is queued), "" when none."""
    session = object_session(application)
    if session is None or application.id is None:
        return ""
    details = session.scalars(select(AttentionItem.detail).where(
        AttentionItem.application_id == application.id, open_of_kind(FILES_BEHIND_LINK)))
    return ", ".join(sorted({str(service) for detail in details for service in (detail or {}).get("services", [])}))


def receipt_context(settings: Settings, application: Application, message: Message | None, *,
                    is_update: bool, changes: Sequence[Mapping[str, Any]] = (),
                    files_added: str = "") -> dict[str, Any]:
    call = settings.call
    received_at = message.received_at if message is not None else application.received_at
    waiting = _waiting_services(application)

    def words(language: str) -> dict[str, Any]:
        base = call_words(call, language)
        return {
            **base,
            "received": long_datetime(local(call, received_at), language),
            "documents": _distinct_documents(application, language),
            "understood": [{"label": field_word(name, language),
                            "value": _field_value(application, name, language, call.currency)}
                           for name in ON_RECEIPT],
            "missing": [field_word(name, language) for name in application.missing],
            # the files are behind a link the coordinator fetches: the applicant is not asked to send them again
            "behind_link": waiting,
            "changes": [{"label": field_word(change["field"], language),
                         "old": _shown(change["field"], change["old"], language, call.currency),
                         "new": _shown(change["field"], change["new"], language, call.currency)}
                        for change in changes],
            # while the files wait behind a link, what they may hold is no problem to tell the applicant of
            "problems": [] if waiting else [
                problem_sentence(code, language, max_amount=base["max_amount"], region=base["region"])
                for code in application.problems if code != "late"],
            # the coaching sessions are for ideas still in the race: a late one is not told to keep them free
            "sessions": base["sessions"] if application.on_time else [],
        }

    original = _REPLY_PREFIX.sub("", message.subject if message is not None else "").strip()
    contact = application.current_fields().get("contact_name")
    return {
        "reference": application.reference,
        "applicant_name": application.sender_name or (str(contact.value) if contact else ""),
        "original_subject": original,
        "subject_title": subject_title(application, original),
        "is_update": is_update,
        "files_added": files_added,  # "link", "other" or "" (see queue_receipt)
        "on_time": application.on_time,
        "by_post": message is None and application.channel == "post",
        # per language in each language's words; this one for overriding templates that want just one
        "coordinator_name": call.coordinator_name.get("nl", ""),
        "coordinator_address": settings.smtp.coordinator,
        **per_language(words),
    }


def _receipts_today(session: Session, settings: Settings, recipient: str, now: datetime) -> int:
    zone = settings.call.timezone
    day_start = datetime.combine(now.astimezone(zone).date(), time(0), tzinfo=zone)
    return session.scalar(
        select(func.count()).select_from(OutgoingMail).where(
            OutgoingMail.kind == MailKind.RECEIPT, OutgoingMail.recipient == recipient,
            OutgoingMail.state != OutboxState.SUPPRESSED,
            OutgoingMail.created_at >= day_start, OutgoingMail.created_at < day_start + timedelta(days=1),
        )
    ) or 0


def _why_not(session: Session, settings: Settings, recipient: str, envelope: Envelope | None,
             now: datetime) -> str | None:
    own = own_addresses(settings)
    if envelope is not None:
        reason = reason_not_to_reply(envelope, own)
        if reason:
            return reason
    if recipient in own:
        return f"our own address ({recipient})"
    limit = settings.smtp.max_receipts_per_sender_per_day
    if _receipts_today(session, settings, recipient, now) >= limit:
        return f"per-sender limit reached: {limit} receipts to {recipient} today"
    return None


def queue_receipt(session: Session, settings: Settings, application: Application, message: Message | None,
                  *, now: datetime, envelope: Envelope | None = None,
                  changes: Sequence[Mapping[str, Any]] = (), occasion: str = "", files_added: str = "") -> None:
    """Queue the receipt for ``application`` in reply to ``message`` (None: a postal application).

    ``changes`` ({field, old, new}): values the applicant changed, said in the receipt; ``occasion``: what
    other than a message's arrival makes it (see ``receipt_key``); ``files_added``: the coordinator added
    files, ``"link"`` those behind the applicant's link, ``"other"`` others."""

    recipient = applicant_address(application)
    if not recipient or application.anonymised_at is not None:
        return
    key = receipt_key(application, message, occasion)
    if find(session, key) is not None:
        return  # queued before (a re-run): checked before rendering anything
    if envelope is None and message is not None:
        envelope = stored_envelope(settings, message)  # callers outside the pipeline
    headers: dict[str, str] = {}
    if message is not None and message.message_id:
        references = [ref for ref in (envelope.references if envelope else ()) if ref != message.message_id]
        headers["In-Reply-To"] = message.message_id
        headers["References"] = " ".join([*references[-10:], message.message_id])
    is_update = session.scalar(select(func.count()).select_from(OutgoingMail).where(
        OutgoingMail.kind == MailKind.RECEIPT, OutgoingMail.application_id == application.id)) > 0
    language = template_language(application.language) if application.language in ("nl", "fr") \
        else settings.fallback_language
    rendered = render(settings, "receipt", language,
                      receipt_context(settings, application, message, is_update=is_update, changes=changes,
                                      files_added=files_added))
    queue_mail(session, settings, key=key, kind=MailKind.RECEIPT, recipient=recipient, language=language,
               rendered=rendered, now=now, application_id=application.id,
               reply_to_message_pk=message.id if message is not None else None, headers=headers,
               suppressed_because=_why_not(session, settings, recipient, envelope, now))
    checkpoint("after_queue_receipt")
