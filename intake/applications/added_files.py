"""Files the coordinator adds to an application: those behind the link a mail gave (WeTransfer, Drive...).

intake never follows a link itself (it may expire, ask for a sign-in, or hold anything at all); the
coordinator downloads the files and adds them here. They are stored and read like attachments, the values
merged again, the rules run again, and the link's attention item is then moot.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.applications import linking as apps
from intake.applications.postal import PostalFile, coordinators_document
from intake.applications.rule_items import sync_rule_items
from intake.runtime import Runtime
from storage.applications import Application, Document, DocumentKind
from storage.attention import FILES_BEHIND_LINK, AttentionItem, open_of_kind
from storage.models import Message


def add_files(runtime: Runtime, session: Session, application: Application,
              files: list[PostalFile]) -> tuple[list[str], list[str]]:
    """Add the read files to ``application``; returns ``(names of the values that changed, names of the files
    left out because the application holds them already)``. The caller checks that it may be added to."""
    call = runtime.settings.call
    now = runtime.clock()
    # as the worker does, so that a mail joining the same application waits for this (PostgreSQL)
    apps.lock_call(session, call)
    new = not_on_file(application, files)
    duplicates = [file.name for file in files if file not in new]
    if not new:
        return [], duplicates
    # numbered after the application's other files without a message (postal, added earlier): the numbers
    # only order them, a file without a message is never looked up by one
    taken = max((d.part_index for d in application.documents if d.message_pk is None), default=0)
    for offset, file in enumerate(new, start=1):
        application.documents.append(coordinators_document(file, DocumentKind.ADDED, taken + offset, now))
    session.flush()
    apps.record_event(application, "files_added", now, files=[file.name for file in new])
    before = apps.values_of(application)
    rebuilt = apps.rebuild_fields(session, application, now)
    after = apps.values_of(application)
    # a value read again from the added file, the same as before, is no change to tell of
    changed = [name for name in rebuilt if before.get(name) != after.get(name)]
    apps.apply_rules(application, call, now)
    sync_rule_items(session, application, now)
    return changed, duplicates


def not_on_file(application: Application, files: list[PostalFile]) -> list[PostalFile]:
    """The files ``application`` does not hold yet (by their bytes, whatever their names)."""
    held = {document.sha256 for document in application.documents}
    return [file for file in files if file.sha256 not in held]


def linked_message(session: Session, application: Application) -> Message | None:
    """The mail the updated receipt answers: the latest that gave links to shared files, else the latest."""
    bodies = [(d.message_pk, bool(d.links)) for d in application.documents
              if d.kind == DocumentKind.BODY and d.message_pk is not None]
    chosen = [pk for pk, linked in bodies if linked] or [pk for pk, _ in bodies]
    return session.get(Message, max(chosen)) if chosen else None


def waits_on_link(session: Session, application: Application) -> bool:
    """Whether the application has an open ``files_behind_link`` item: files the coordinator is to add."""
    return bool(session.scalar(select(func.count()).select_from(AttentionItem).where(
        AttentionItem.application_id == application.id, open_of_kind(FILES_BEHIND_LINK))))


def held_elsewhere(session: Session, application: Application, files: list[PostalFile]) -> list[str]:
    """"FILE is already on REF" for each file another application holds (a download added to the wrong one)."""
    found = []
    for file in files:
        other = session.scalar(select(Application.reference).join(Document).where(
            Document.sha256 == file.sha256, Application.id != application.id, Application.anonymised_at.is_(None)
        ).limit(1))
        if other is not None:
            found.append(f"{file.name} is already on {other}")
    return found
