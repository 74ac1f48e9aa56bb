"""`intake check`: the configuration, then each part it needs, one line each; exit 1 names what is down.

Beside "ok" and "DOWN" a part may have notes (how this server is used, e.g. "this server cannot move")
and problems: a configured value the server refuses (the processed folder cannot be created). Problems
make the exit code 2, as bad configuration does, naming the key and the file.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from config import ConfigError, Settings
from config.errors import IntakeError, TemporarySendError
from config.settings import PARSE_MEMORY_MB, SECOND_ENGINE_MB
from intake.mailbox import open_source
from notifications.transport import SmtpTransport
from storage.db import Database


@dataclass
class Report:
    summary: str
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="check the configuration and connect to the mailbox, SMTP and database")
    parser.set_defaults(handler=handle)


def check_database(settings: Settings) -> str:
    db = Database(settings.database_url)
    try:
        db.ensure_schema()  # an empty database gets its schema, as with every command that needs one
        return f"schema at {db.current_revision()}"
    finally:
        db.dispose()


def _signed_in(auth: str, user: str) -> str:
    return f" (signed in with OAuth2 as {user})" if auth == "oauth2" else ""


def check_mailbox(settings: Settings) -> Report:
    source = open_source(settings.mailbox)
    with source.connect() as mailbox:
        status = mailbox.select(source.folder)
        action = mailbox.prepare_post_action()
        namespace = getattr(mailbox, "namespace", None)
        folders = f"; personal folders: {namespace().describe()}" if namespace is not None else ""
    report = Report(f"{source.account} folder {source.folder}: {status.exists} messages, UIDVALIDITY "
                    f"{status.uidvalidity}{_signed_in(settings.mailbox.auth, settings.mailbox.username)}; "
                    f"{action.describe()}{folders}")
    if action.note:
        report.notes.append(action.note)
    if action.problem:
        report.problems.append(action.problem)
    return report


def check_smtp(settings: Settings) -> str:
    smtp = settings.smtp
    if smtp.kind == "outbox":
        assert smtp.outbox_path is not None
        smtp.outbox_path.mkdir(parents=True, exist_ok=True)
        probe = smtp.outbox_path / ".intake-check"
        probe.write_text("ok")
        probe.unlink()
        return f"outbox folder {smtp.outbox_path} is writable"
    transport = SmtpTransport(smtp)  # the sender's own connection code: what check says is what sending gets
    try:
        transport.client = transport.connect()
    except TemporarySendError as exc:
        raise IntakeError(str(exc)) from exc
    finally:
        transport.close()
    return f"SMTP {smtp.host}:{smtp.port} accepts us{_signed_in(smtp.auth, smtp.username)}"


def check_parsing(settings: Settings) -> Report:
    """How documents are read: the parser child's limits, the OCR here, and what a small cap costs."""
    from parsers.ocr import ocr_readiness

    ocr, missing = ocr_readiness()
    report = Report(f"each document read in a child process within {settings.parse_timeout_seconds:g} s and "
                    f"{settings.parse_memory_mb} MB; OCR: {ocr}", notes=missing)
    if settings.parse_memory_mb < SECOND_ENGINE_MB:
        report.notes.append(
            f"[parsing] memory_mb = {settings.parse_memory_mb} is under the {SECOND_ENGINE_MB} MB the second OCR "
            f"engine needs to read a handwritten page whole: such pages are read by tesseract alone, fewer of "
            f"their fields found (default {PARSE_MEMORY_MB}; {settings.source})")
    return report


def handle(args: argparse.Namespace, settings: Settings) -> int:
    print(f"config    ok: {settings.source}; call {settings.call.call_id} ({settings.call.source_path})")
    failed, refused = [], []
    for name, check in (("database", check_database), ("mailbox", check_mailbox), ("smtp", check_smtp),
                        ("parsing", check_parsing)):
        try:
            result = check(settings)
        except IntakeError as exc:
            print(f"{name:<9} DOWN: {exc}")
            failed.append(name)
            continue
        report = result if isinstance(result, Report) else Report(result)
        print(f"{name:<9} ok: {report.summary}")
        for note in report.notes:
            print(f"{name:<9} note: {note}")
        for problem in report.problems:
            print(f"{name:<9} PROBLEM: {problem}")
            refused.append(name)
    if failed:
        raise IntakeError(f"down: {', '.join(failed)}")
    if refused:
        raise ConfigError(f"the server refused a configured value ({', '.join(refused)}; see above)",
                          key="mailbox.processed_folder", path=settings.source)
    return 0
