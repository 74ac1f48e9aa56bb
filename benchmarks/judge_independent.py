"""How intake judges a mailbox it has never seen: a corpus with a truth file, through the real worker.

The corpus (benchmarks/judgement_corpus/{dev,test}/, written by someone who never saw the code) is a
coordinator's inbox over the call's life with ``truth.jsonl`` saying what each message is. Each message
is delivered in arrival order into a throwaway Maildir (mtime = its Date), and one real cycle runs
(fetch, store, parse in the sandbox, judge, queue and "send" into an outbox folder) on a throwaway SQLite
database, with the clock at the message's arrival. Then what intake did with that message is scored:

- acted correctly: what the coordinator would have done (an application made and acknowledged, a
  follow-up joined to its project, an inquiry answered with the brainstorm offer, a changed value applied,
  an auto-reply or an invoice left alone, mail from before the call stored and not answered);
- asked: put on the attention list instead, with nothing sent to anyone;
- acted wrongly: a receipt to an inquiry, an auto-reply answered, a second idea silently joined, a
  changed amount confirmed as the old one, old mail answered, a follow-up made a new application...

The corpus' replies quote the corpus' own references (MWB-2019-NNN) and receipt Message-IDs; an
applicant replies to *our* receipt, so before delivery those are rewritten to the reference and the
receipt Message-ID intake gave that project (or to a reference that does not exist when intake made no
application for it). Scoring reads the database through plain SQL, so this runs on older code too
(there: nothing is ever "asked").

    PYTHONPATH=. python benchmarks/judge_independent.py benchmarks/judgement_corpus/dev [--aggregate-only]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from config.settings import parse_settings
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle

CORPUS_REF = re.compile(rb"MWB-2019-(\d{3})")
CORPUS_RECEIPT_ID = re.compile(rb"<receipt-MWB-2019-(\d{3})@partons\.example\.org>")
REPLY_KINDS = ("follow_up", "changed_values", "withdrawal", "auto_reply", "bounce")
SENT_STATES = ("queued", "sending", "sent", "failed", "unknown", "bounced")


def load_truth(half: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (half / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line]


def corpus_reference_owners(half: Path, truth: list[dict[str, Any]]) -> dict[str, str]:
    """Corpus reference number -> project label, learnt from the replies that quote it."""
    owners: dict[str, str] = {}
    first_project: dict[str, str] = {}
    for entry in truth:
        if entry.get("project"):
            first_project.setdefault(entry["scenario"], entry["project"])
    for entry in truth:
        if entry["kind"] in REPLY_KINDS and entry.get("project"):
            for number in CORPUS_REF.findall((half / entry["file"]).read_bytes()):
                owners.setdefault(number.decode(), entry["project"])
    for entry in truth:
        for number in CORPUS_REF.findall((half / entry["file"]).read_bytes()):
            if entry["scenario"] in first_project:
                owners.setdefault(number.decode(), first_project[entry["scenario"]])
    return owners


class Bench:
    def __init__(self, root: Path) -> None:
        self.root = root
        maildir = root / "mailbox"
        for sub in ("new", "cur", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        settings = parse_settings({
            "mailbox": {"url": f"maildir:{maildir}"},
            "database": {"url": f"sqlite:///{root / 'intake.db'}"},
            "storage": {"data_dir": str(root / "data")},
            "smtp": {"url": f"outbox:{root / 'outbox'}",
                     "from": "Maak werk van je buurt <coordinator@partons.example.org>",
                     "coordinator": "coordinator@partons.example.org"},
        }, str(root / "intake.toml"), root)
        self.now = datetime(2019, 1, 1, tzinfo=UTC)
        self.runtime = Runtime.from_settings(settings, check_schema=False, clock=lambda: self.now)
        self.runtime.db.upgrade()
        self.maildir = maildir
        self.has_attention = "attention_items" in inspect(self.runtime.db.engine).get_table_names()

    def sql(self, query: str, **params: Any) -> list[Any]:
        with self.runtime.db.engine.connect() as connection:
            return list(connection.execute(text(query), params))

    def deliver(self, name: str, raw: bytes, received: datetime) -> None:
        path = self.maildir / "new" / name
        path.write_bytes(raw)
        stamp = received.timestamp()
        os.utime(path, (stamp, stamp))
        self.now = received + timedelta(minutes=1)
        run_cycle(self.runtime)

    def close(self) -> None:
        self.runtime.close()


def rewrite(raw: bytes, owners: dict[str, str], ours: dict[str, tuple[str, str | None]]) -> bytes:
    """Point the corpus' references and receipt ids at what intake gave the same project."""
    def receipt_id(match: re.Match[bytes]) -> bytes:
        project = owners.get(match.group(1).decode())
        _reference, message_id = ours.get(project or "", ("", None))
        return message_id.encode() if message_id else b"<no-receipt-" + match.group(1) + b"@partons.example.org>"

    def reference(match: re.Match[bytes]) -> bytes:
        project = owners.get(match.group(1).decode())
        ref = ours.get(project or "", ("", None))[0]
        return ref.encode() if ref else b"MWB-2019-9" + match.group(1)[1:]

    return CORPUS_REF.sub(reference, CORPUS_RECEIPT_ID.sub(receipt_id, raw))


def score(entry: dict[str, Any], seen: dict[str, Any], project_app: dict[str, int]) -> tuple[str, str]:
    """('correct' | 'asked' | 'wrong', why) for one message."""
    kind = entry["kind"]
    project = entry.get("project")
    sent = seen["sent"]  # kinds of mail sent in reply to this message
    created = seen["created"]
    joined = seen["application_id"]
    asked = bool(seen["attention"])
    if seen["status"] == "failed":
        return "asked", "failed, listed for a human"
    if entry.get("before_call"):
        if sent:
            return "wrong", f"old mail answered ({', '.join(sent)})"
        if created or joined:
            return "wrong", "old mail made into or joined to an application"
        return "correct", "stored, not answered" + (" (listed)" if asked else " (not listed)")
    if kind in ("auto_reply", "bounce", "out_of_scope"):
        if sent:
            return "wrong", f"{kind} answered ({', '.join(sent)})"
        if created:
            return "wrong", f"{kind} made an application"
        if joined:
            return "wrong", f"{kind} joined to an application as a follow-up"
        if kind == "bounce":  # the receipt is marked bounced; listing it for the coordinator is the action
            return "correct", "left alone" + (" (listed)" if asked else "")
        return ("asked", "listed") if asked else ("correct", "left alone")
    if kind == "inquiry":
        if "receipt" in sent or created:
            return "wrong", "an inquiry got a receipt or became an application"
        if joined and not project:
            return "wrong", "an inquiry joined to an application"
        if "brainstorm" in sent:
            return "correct", "answered with the brainstorm offer"
        if asked:
            return "asked", "listed, not answered"
        return "wrong", "an inquiry left unanswered and unlisted"
    if kind in ("application", "new_idea"):
        if created:
            if kind == "new_idea" and joined and project_app.get(project or "") not in (None, joined):
                return "wrong", "a new idea joined to another project's application"
            return "correct", "its own application"
        if joined:
            return "wrong", "joined to an existing application" + (" (second idea silently joined)"
                                                                     if kind == "new_idea" else "")
        if "brainstorm" in sent:
            return "wrong", "an application answered with the brainstorm offer"
        if asked:
            return "asked", "listed"
        return "wrong", "an application set aside silently"
    if kind in ("follow_up", "changed_values", "withdrawal"):
        expected = project_app.get(project or "")
        if created:
            return "wrong", f"a {kind} made a new application"
        if "brainstorm" in sent:
            return "wrong", f"a {kind} answered with the brainstorm offer"
        if kind == "changed_values":
            if joined and expected is not None and joined != expected:
                return "wrong", "joined to another project's application"
            wanted = entry.get("changed") or {}
            current = seen["fields"]
            stale = {name: (current.get(name), value) for name, value in wanted.items()
                     if str(current.get(name) or "") != value}
            if joined and not stale:
                return "correct", "joined and the new values applied"
            if asked and not ("receipt" in sent and stale):
                return "asked", "listed, nothing confirmed"
            if joined and "receipt" in sent:
                return "wrong", f"receipt confirms the old value ({stale})"
            return "wrong", f"change not applied ({stale})" + (" and not listed" if not asked else "")
        if kind == "withdrawal":
            if seen["app_status"] == "withdrawn":
                return "correct", "withdrawn"
            if asked and "receipt" not in sent:
                return "asked", "listed"
            return "wrong", "withdrawal not acted on nor listed" + (" (receipt sent)" if "receipt" in sent else "")
        # follow_up
        if joined:
            if expected is not None and joined != expected:
                return "wrong", "joined to another project's application"
            return "correct", "joined"
        if asked:
            return "asked", "listed"
        return "wrong", "a follow-up set aside silently"
    return "wrong", f"unknown kind {kind}"


def run(half: Path, aggregate_only: bool, show_asked: bool = False, keep: Path | None = None
        ) -> dict[str, Counter[str]]:
    truth = load_truth(half)
    owners = corpus_reference_owners(half, truth)
    results: dict[str, Counter[str]] = defaultdict(Counter)
    project_app: dict[str, int] = {}
    wrong_lines = []
    with tempfile.TemporaryDirectory(prefix="judge-") as tmp:
        bench = Bench(keep or Path(tmp))
        try:
            for index, entry in enumerate(truth):
                ours: dict[str, tuple[str, str | None]] = {}
                for project, application_id in project_app.items():
                    rows = bench.sql("SELECT reference FROM applications WHERE id = :i", i=application_id)
                    receipt = bench.sql("SELECT message_id FROM outbox WHERE application_id = :i AND kind = 'receipt' "
                                        "ORDER BY id LIMIT 1", i=application_id)
                    ours[project] = (rows[0][0], receipt[0][0] if receipt else None)
                raw = rewrite((half / entry["file"]).read_bytes(), owners, ours)
                received = datetime.fromisoformat(entry["date"]).astimezone(UTC)
                before = {row[0] for row in bench.sql("SELECT id FROM applications")}
                bench.deliver(f"{index:04d}.{entry['scenario']}.eml", raw, received)
                seen = observe(bench, index, before)
                if entry.get("project") and seen["application_id"] and entry["project"] not in project_app:
                    project_app[entry["project"]] = seen["application_id"]
                if seen["application_id"]:
                    seen["fields"] = {row[0]: json.loads(row[1]) if isinstance(row[1], str) else row[1]
                                      for row in bench.sql("SELECT name, value FROM application_fields WHERE "
                                                           "application_id = :i AND superseded_at IS NULL",
                                                           i=seen["application_id"])}
                    status = bench.sql("SELECT coalesce(coordinator_status, status) FROM applications WHERE id = :i",
                                       i=seen["application_id"])
                    seen["app_status"] = status[0][0]
                elif entry.get("project") in project_app:
                    app_id = project_app[entry["project"]]
                    seen["fields"] = {row[0]: json.loads(row[1]) if isinstance(row[1], str) else row[1]
                                      for row in bench.sql("SELECT name, value FROM application_fields WHERE "
                                                           "application_id = :i AND superseded_at IS NULL", i=app_id)}
                    seen["app_status"] = bench.sql("SELECT coalesce(coordinator_status, status) FROM applications "
                                                   "WHERE id = :i", i=app_id)[0][0]
                verdict, why = score(entry, seen, project_app)
                for row in (entry["kind"], *(flag for flag in ("before_call", "late") if entry.get(flag)), "all"):
                    results[row][verdict] += 1
                if (verdict == "wrong" or (verdict == "asked" and show_asked)) and not aggregate_only:
                    wrong_lines.append(f"  {verdict}: {entry['file']} ({entry['kind']}): {why} | intake: "
                                       f"{seen['status']} {seen['classification']} | {seen['attention'] or ''}")
        finally:
            bench.close()
    print_table(half, results)
    if wrong_lines:
        print("acted wrongly" + (" or asked:" if show_asked else ":"))
        print("\n".join(wrong_lines))
    return results


def observe(bench: Bench, index: int, before: set[int]) -> dict[str, Any]:
    rows = bench.sql("SELECT id, status, classification, application_id FROM messages ORDER BY id DESC LIMIT 1")
    message_pk, status, classification, application_id = rows[0]
    states = ",".join(f"'{state}'" for state in SENT_STATES)
    sent = [row[0] for row in bench.sql(
        f"SELECT kind FROM outbox WHERE in_reply_to_message_pk = :m AND state IN ({states})", m=message_pk)]
    after = {row[0] for row in bench.sql("SELECT id FROM applications")}
    attention = ([row[0] for row in bench.sql("SELECT kind FROM attention_items WHERE message_pk = :m", m=message_pk)]
                 if bench.has_attention else [])
    return {"message_pk": message_pk, "status": status, "classification": classification,
            "application_id": application_id, "sent": sent, "created": bool(after - before),
            "attention": attention, "fields": {}, "app_status": None}


def print_table(half: Path, results: dict[str, Counter[str]]) -> None:
    order = ["application", "follow_up", "new_idea", "changed_values", "inquiry", "auto_reply", "bounce",
             "out_of_scope", "withdrawal", "before_call", "late", "all"]
    print(f"{half}:")
    print(f"  {'kind':<16}{'n':>4}{'correct':>9}{'asked':>7}{'wrong':>7}")
    for row in order:
        if row in results:
            counts = results[row]
            total = sum(counts.values())
            print(f"  {row:<16}{total:>4}{counts['correct']:>9}{counts['asked']:>7}{counts['wrong']:>7}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("half", type=Path, help="a corpus half: a folder with truth.jsonl")
    parser.add_argument("--aggregate-only", action="store_true", help="print only the figures (held-out half)")
    parser.add_argument("--show-asked", action="store_true", help="list what was asked too, not only what was wrong")
    parser.add_argument("--keep", type=Path, help="run in this (new) folder and keep it: config, database, outbox")
    args = parser.parse_args(argv)
    if args.keep and args.aggregate_only:
        parser.error("--keep is for the dev half; the held-out half is only scored")
    run(args.half, args.aggregate_only, args.show_asked, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
