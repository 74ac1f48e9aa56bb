"""The coordinator's changes to an application, as `intake set`/`status` and the console make them.

Several corrections arrive at once from the console's one form: all are checked first and either all
are applied or none (``CorrectionRefused`` names each wrong field). Every change is in the application's
history with who made it, and in ``audit_log`` (who, when, which application and field; never the value,
which is personal data that `intake forget` must be able to erase).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from config.call import CallDefinition
from config.errors import UsageError
from intake.applications import linking
from intake.applications.corrections import normalise_value
from intake.applications.details import field_text
from intake.applications.rule_items import sync_rule_items
from storage.applications import BY_COORDINATOR, Application, ApplicationStatus
from storage.audit import AuditEntry

AUTO = "auto"  # the status goes back to the rules
STATUS_CHOICES = (AUTO, *BY_COORDINATOR)


class CorrectionRefused(UsageError):
    """One or more values cannot be used; nothing was changed."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def correct_fields(session: Session, application: Application, submitted: Mapping[str, str], call: CallDefinition,
                   now: datetime, *, actor: str | None, confirm_unchanged: bool = False) -> list[str]:
    """Apply the values that differ from the current ones; returns the names changed (judged again after).

    ``confirm_unchanged`` (`intake set`): a value equal to the extracted one is still written, as the
    coordinator's, so that a later document cannot replace it.
    """
    current = {name: field_text(name, field.value) for name, field in application.current_fields().items()}
    changes: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, raw in submitted.items():
        if raw.strip() == current.get(name, "").strip() and not confirm_unchanged:
            continue  # unchanged, or empty and still empty
        try:
            changes[name] = normalise_value(name, raw, call)
        except UsageError as exc:
            errors[name] = str(exc)
    if errors:
        raise CorrectionRefused(errors)
    changed = []
    fields = application.current_fields()
    for name, value in changes.items():
        if name in fields and fields[name].value == value and not confirm_unchanged:
            continue  # "9.500" for "9500.00": the same amount
        linking.set_coordinator_field(application, name, value, now, by=actor)
        session.add(AuditEntry(at=now, action="correct", actor=actor, applications=[application.reference],
                               detail={"field": name}))
        changed.append(name)
    if changed:
        linking.apply_rules(application, call, now)
        sync_rule_items(session, application, now, open_new=False)
    return changed


class SelectionDoubted(UsageError):
    """A selection refused until confirmed (``--force``, the console's checkbox): what speaks against it."""

    def __init__(self, message: str, *, missing: list[str], problems: list[str]) -> None:
        super().__init__(message)
        self.missing = missing
        self.problems = problems


def selection_doubts(application: Application) -> list[str]:
    """What speaks against selecting an application as it stands: missing required fields, open problems."""
    doubts = []
    if application.missing:
        doubts.append("missing " + ", ".join(application.missing))
    if application.problems:
        doubts.append("problems " + ", ".join(application.problems))
    return doubts


def decide_status(session: Session, application: Application, status: str, now: datetime, *, actor: str | None,
                  note: str = "", force: bool = True) -> bool:
    """The coordinator's decision (or ``auto``); False when it is already so and no note is given.

    Without ``force`` a selection with doubts (``selection_doubts``) is refused, naming them.
    """
    if status not in STATUS_CHOICES:
        raise UsageError(f"status is one of {', '.join(STATUS_CHOICES)}, not {status!r}")
    doubts = selection_doubts(application) if status == ApplicationStatus.SELECTED else []
    if doubts and not force and application.coordinator_status != status:
        raise SelectionDoubted(f"{application.reference} has {'; '.join(doubts)}: check it, or select it with --force",
                               missing=list(application.missing), problems=list(application.problems))
    wanted = None if status == AUTO else status
    if wanted == application.coordinator_status and not note.strip():
        return False
    linking.set_coordinator_status(application, wanted, now, by=actor, note=note.strip())
    sync_rule_items(session, application, now, open_new=False)
    session.add(AuditEntry(at=now, action="status", actor=actor, applications=[application.reference],
                           detail={"status": application.effective_status}))
    return True
