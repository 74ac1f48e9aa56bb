"""`intake check`: the configuration, then each part it needs, one line each; exit 1 names what is down."""

from __future__ import annotations

import argparse

from config import Settings
from config.errors import IntakeError, TemporarySendError
from intake.mailbox import open_source
from notifications.transport import SmtpTransport
from storage.db import Database


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


def check_mailbox(settings: Settings) -> str:
    source = open_source(settings.mailbox)
    with source.connect() as mailbox:
        status = mailbox.select(source.folder)
    return f"{source.account} folder {source.folder}: {status.exists} messages, UIDVALIDITY {status.uidvalidity}"


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
    return f"SMTP {smtp.host}:{smtp.port} accepts us"


def handle(args: argparse.Namespace, settings: Settings) -> int:
    print(f"config    ok: {settings.source}; call {settings.call.call_id} ({settings.call.source_path})")
    failed = []
    for name, check in (("database", check_database), ("mailbox", check_mailbox), ("smtp", check_smtp)):
        try:
            print(f"{name:<9} ok: {check(settings)}")
        except IntakeError as exc:
            print(f"{name:<9} DOWN: {exc}")
            failed.append(name)
    if failed:
        raise IntakeError(f"down: {', '.join(failed)}")
    return 0
