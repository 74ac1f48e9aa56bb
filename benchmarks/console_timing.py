"""The console's server time on a call of 1,000 applications: the list and one application's page.

    .venv/bin/python benchmarks/console_timing.py [--applications 1000] [--rounds 15] [--pg ADMIN_URL]

A throwaway database (SQLite in a temp dir, or a new PostgreSQL database) gets a few real application
e-mails taken in by a real cycle (forms of the call, parsed in the sandbox), then those applications are
copied (fields, documents, messages, attachments, history; new references) up to the wanted number, so
every row is one the pipeline made. Then the real Starlette app (``build_app``) is signed in to as a
coordinator and asked for ``/applications`` and ``/applications/REF`` (the middle one); the time is measured
inside the ASGI call (from the request to the last byte of the answer, no client or network), median of
``--rounds`` after two warm-ups, with CPU time and the SQL statements each page sent beside it.
Goal (issue 16): < 150 ms each.
"""

from __future__ import annotations

import argparse
import mailbox
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_MS = 150.0
SEED_MAILS = 10
PASSWORD = "a benchmark passphrase"


@dataclass
class PageTiming:
    path: str
    median_ms: float
    cpu_ms: float
    statements: int
    size_kb: float

    @property
    def passed(self) -> bool:
        return self.median_ms < GOAL_MS


class _Timed:
    """ASGI wrapper: the server's own time per request, from the call to the end of the answer."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.last = 0.0
        self.last_cpu = 0.0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        await self.app(scope, receive, send)
        self.last, self.last_cpu = time.perf_counter() - started, time.process_time() - cpu


def _deliver(maildir: Path, count: int) -> None:
    from intake.mailbox.maildir import ensure_maildir
    from tests.support.applications import application_mail, values

    ensure_maildir(maildir)
    box = mailbox.Maildir(maildir, create=False)
    for n in range(1, count + 1):
        language = "nl" if n % 2 else "fr"
        municipality, postcode = ("Lo-Reninge", "8647") if language == "nl" else ("Hondschoote", "59122")
        box.add(application_mail(values(n, language=language, municipality=municipality, postcode=postcode,
                                        amount=f"{4000 + 250 * n}"),
                                 sender=f"aanvrager{n}@example.org", language=language,
                                 file_format="pdf" if n % 3 else "docx"))


def _copy_up_to(session: Any, wanted: int) -> None:
    """Copy the applications (with their messages, attachments, documents, fields, history) up to ``wanted``."""
    from sqlalchemy import func, insert, select

    from storage.applications import Application, ApplicationEvent, ApplicationField, Document
    from storage.models import Attachment, Message

    def rows(model: Any, *where: Any) -> list[dict[str, Any]]:
        return [dict(row) for row in session.execute(select(model.__table__).where(*where)).mappings()]

    originals = rows(Application)
    sequence = session.scalar(select(func.max(Application.sequence))) or 0
    uid = session.scalar(select(func.max(Message.uid))) or 0
    prefix = originals[0]["reference"].rsplit("-", 1)[0]
    made = len(originals)
    while made < wanted:
        for original in originals:
            if made >= wanted:
                break
            sequence += 1
            made += 1
            application = {k: v for k, v in original.items() if k != "id"}
            application.update(reference=f"{prefix}-{sequence:03d}", sequence=sequence)
            new_id = session.execute(insert(Application).values(application)).inserted_primary_key[0]
            documents: dict[int, int] = {}
            for message in rows(Message, Message.application_id == original["id"]):
                uid += 1
                copy = {k: v for k, v in message.items() if k not in ("id", "duplicate_of_id")}
                copy.update(uid=uid, application_id=new_id)
                message_id = session.execute(insert(Message).values(copy)).inserted_primary_key[0]
                for attachment in rows(Attachment, Attachment.message_pk == message["id"]):
                    session.execute(insert(Attachment).values(
                        {**{k: v for k, v in attachment.items() if k != "id"}, "message_pk": message_id}))
                for document in rows(Document, Document.message_pk == message["id"]):
                    old = document.pop("id")
                    document.update(message_pk=message_id, application_id=new_id)
                    documents[old] = session.execute(insert(Document).values(document)).inserted_primary_key[0]
            for field in rows(ApplicationField, ApplicationField.application_id == original["id"]):
                field.pop("id")
                field.update(application_id=new_id, document_id=documents.get(field["document_id"]))
                session.execute(insert(ApplicationField).values(field))
            for event in rows(ApplicationEvent, ApplicationEvent.application_id == original["id"]):
                event.pop("id")
                event["application_id"] = new_id
                session.execute(insert(ApplicationEvent).values(event))


def seed(workdir: Path, database_url: str, count: int) -> Any:
    """A throwaway installation with ``count`` applications and one coordinator; returns its settings."""
    from intake.accounts import add_user
    from intake.runtime import Runtime
    from intake.worker.cycle import run_cycle
    from tests.support.settings import make_settings

    os.environ["INTAKE_BENCH_WEB_SECRET"] = "b" * 48
    settings = make_settings(workdir, database_url=database_url, extra={
        "web": {"base_url": "http://127.0.0.1:8025", "secret_key_env": "INTAKE_BENCH_WEB_SECRET"}})
    _deliver(workdir / "mailbox", min(SEED_MAILS, count))
    with Runtime.from_settings(settings, check_schema=False) as runtime:
        runtime.db.upgrade()
        summary = run_cycle(runtime)
        if summary.process.processed < min(SEED_MAILS, count):
            raise SystemExit(f"seeding the console: {summary.line()}")
        with runtime.db.session() as session:
            _copy_up_to(session, count)
            add_user(session, "coordinator@example.org", "coordinator", PASSWORD, runtime.clock(), actor=None)
    return settings


def _count_statements() -> tuple[list[int], Callable[[], None]]:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    counter = [0]

    def count(*_args: object) -> None:
        counter[0] += 1

    event.listen(Engine, "before_cursor_execute", count)
    return counter, lambda: event.remove(Engine, "before_cursor_execute", count)


def time_pages(settings: Any, rounds: int) -> list[PageTiming]:
    from starlette.testclient import TestClient

    from intake.web.app import build_app
    from storage.applications import Application
    from storage.db import Database

    db = Database(settings.database_url)
    with db.session() as session:
        from sqlalchemy import func, select

        total = session.scalar(select(func.count(Application.id))) or 0
        middle = session.scalar(select(Application.reference).order_by(Application.sequence)
                                .offset(total // 2).limit(1))
    db.dispose()
    timed = _Timed(build_app(settings))
    client = TestClient(timed, base_url="http://127.0.0.1:8025")
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    answer = client.post("/login", data={"email": "coordinator@example.org", "password": PASSWORD,
                                         "csrf_token": token}, follow_redirects=False)
    if answer.status_code != 303:
        raise SystemExit(f"cannot sign in to the console: {answer.status_code}")
    counter, stop_counting = _count_statements()
    out = []
    try:
        for path in ("/applications", f"/applications/{middle}"):
            times, cpus, statements, size = [], [], 0, 0
            for round_number in range(rounds + 2):
                counter[0] = 0
                response = client.get(path)
                if response.status_code != 200:
                    raise SystemExit(f"{path}: {response.status_code}")
                if round_number >= 2:
                    times.append(timed.last)
                    cpus.append(timed.last_cpu)
                statements, size = counter[0], len(response.content)
            out.append(PageTiming(path, statistics.median(times) * 1000, statistics.median(cpus) * 1000,
                                  statements, size / 1024))
    finally:
        stop_counting()
        client.close()
    return out


def measure(count: int, rounds: int, database_url: str | None = None, workdir: Path | None = None) -> list[PageTiming]:
    workdir = workdir or Path(tempfile.mkdtemp(prefix="intake-console-"))
    url = database_url or f"sqlite:///{workdir / 'intake.db'}"
    started = time.perf_counter()
    settings = seed(workdir, url, count)
    print(f"    console: {count} applications seeded in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return time_pages(settings, rounds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--applications", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--database-url", help="an empty database to seed (default: SQLite in a temp dir)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="intake-console-") as workdir:
        timings = measure(args.applications, args.rounds, args.database_url, Path(workdir))
    for timing in timings:
        print(f"{timing.path}: {timing.median_ms:.1f} ms server time (CPU {timing.cpu_ms:.1f} ms), "
              f"{timing.statements} SQL statements, {timing.size_kb:.0f} KB; goal < {GOAL_MS:.0f} ms: "
              f"{'PASS' if timing.passed else 'FAIL'}; load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
