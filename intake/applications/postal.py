"""Applications that came by post: the scanned or typed files, registered by the coordinator."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy.orm import Session

from intake.applications import linking as apps
from intake.applications.rules import on_time_by_postmark
from intake.runtime import Runtime
from intake.worker.pipeline import extracted
from intake.worker.sandbox import ParseJob
from parsers import ParsedDocument
from parsers.filenames import safe_filename
from parsers.sniff import sniff_content_type
from storage.applications import Application, Document, DocumentKind


@dataclass(frozen=True)
class PostalFile:
    """One file of a postal application, stored and parsed."""

    index: int
    name: str  # as the coordinator gave it, for the history
    filename: str  # safe to show and to write
    sha256: str
    size: int
    parsed: ParsedDocument


def read_postal_files(runtime: Runtime, files: list[Path]) -> list[PostalFile]:
    """Store the files and parse them, before any transaction opens (a parse may take a while)."""
    read = []
    for index, path in enumerate(files, start=1):
        data = path.read_bytes()
        sha256 = hashlib.sha256(data).hexdigest()
        runtime.blobs.put("attachments", data, sha256)
        sniffed = sniff_content_type(data)
        filename = safe_filename(path.name, index, sniffed)
        # in the sandbox, like every document: a scan that makes a parser loop must not hang the command
        job = ParseJob("document", str(runtime.blobs.path("attachments", sha256)), filename,
                       runtime.settings.max_attachment_bytes)
        read.append(PostalFile(index, path.name, filename, sha256, len(data), runtime.parser.parse(job, sniffed)))
    return read


def coordinators_document(file: PostalFile, kind: str, part_index: int, now: datetime) -> Document:
    """The document row of a file the coordinator gave (by post, or downloaded from a link): no message."""
    parsed = file.parsed
    return Document(message_pk=None, part_index=part_index, kind=kind, filename=file.filename, sha256=file.sha256,
                    size=file.size, content_type=parsed.content_type, parse_status=parsed.parse_status,
                    error=parsed.error, language=parsed.language, parsed_at=now, extracted=extracted(parsed))


def register_postal(runtime: Runtime, session: Session, *, postmark: date, email: str | None,
                    files: list[PostalFile]) -> Application:
    """Create the application from its read files; the postmark's date decides on-time."""
    call = runtime.settings.call
    now = runtime.clock()
    # the postmark has a date, not a time: noon local keeps it on that day in every timezone view
    received_at = datetime.combine(postmark, time(12, 0), tzinfo=call.timezone)
    application = apps.create_application(
        session, call, channel="post", received_at=received_at, on_time=on_time_by_postmark(postmark, call),
        sender=(email or "").lower(), sender_name="", now=now)
    for file in files:
        application.documents.append(coordinators_document(file, DocumentKind.POSTAL, file.index, now))
    session.flush()
    apps.record_event(application, "registered_postal", now, postmark=postmark.isoformat(),
                      files=[file.name for file in files])
    apps.rebuild_fields(session, application, now)
    if email:
        existing = application.current_fields().get("email")
        if existing is None or existing.value != email.lower():
            apps.set_coordinator_field(application, "email", email.lower(), now)
    apps.apply_rules(application, call, now)
    return application
