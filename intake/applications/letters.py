"""The decision letter of one application as the console shows and handles it (the CLI's `intake letters`
does the same through ``notifications.letters``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from config import Settings
from config.errors import UsageError
from notifications.letters import (
    DECISIONS,
    approve_letter,
    draft_for,
    edit_letter,
    letters_of,
    open_letter,
    send_approved,
)
from storage.after_deadline import LetterState
from storage.applications import Application

ACTIONS = ("draft", "save", "approve", "send")


def letter_view(session: Session, settings: Settings, application: Application) -> dict[str, Any]:
    letters = letters_of(session, application)
    waiting = open_letter(session, application)
    sent = [letter for letter in letters if letter.state == LetterState.QUEUED]
    told = sent[-1].decision if sent else None
    decided = application.effective_status in DECISIONS
    return {
        "decided": decided,
        "can_draft": decided and waiting is None and told != application.effective_status,
        "open": None if waiting is None else {
            "id": waiting.id, "state": waiting.state, "decision": waiting.decision, "subject": waiting.subject,
            "text": waiting.body_text, "recipient": waiting.recipient, "language": waiting.language,
            "correction": waiting.correction_of is not None, "approved_by": waiting.approved_by},
        "sent": [{"decision": letter.decision, "subject": letter.subject, "at": letter.updated_at,
                  "correction": letter.correction_of is not None} for letter in sent],
    }


def letter_action(session: Session, settings: Settings, application: Application, action: str, now: datetime, *,
                  actor: str | None, subject: object = None, text: object = None) -> str:
    """Do one of ``ACTIONS``; returns the outcome word for the page. Saving an edit comes before approving."""
    if action not in ACTIONS:
        raise UsageError(f"unknown action {action!r}")
    if action == "draft":
        return "letter_drafted" if draft_for(session, settings, application, now) is not None else "unchanged"
    waiting = open_letter(session, application)
    if waiting is None:
        raise UsageError(f"{application.reference} has no letter waiting")
    if action in ("save", "approve") and (subject is not None or text is not None):
        new_subject = str(subject).replace("\r\n", "\n") if subject is not None else None
        new_text = str(text).replace("\r\n", "\n") if text is not None else None
        changed_text = new_text is not None and new_text.rstrip("\n") != waiting.body_text.rstrip("\n")
        if (new_subject is not None and new_subject != waiting.subject) or changed_text:
            edit_letter(waiting, subject=new_subject, body_text=new_text, actor=actor, now=now)
    if action == "save":
        return "letter_saved"
    if action == "approve":
        approve_letter(waiting, actor=actor, now=now)
        return "letter_approved"
    if waiting.state != LetterState.APPROVED:
        raise UsageError("only an approved letter can be sent")
    send_approved(session, settings, now, [application.reference])
    return "letter_queued"
