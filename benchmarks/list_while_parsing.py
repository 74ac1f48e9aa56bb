"""How long `intake list` takes while `intake poll` parses a long document, on SQLite.

    .venv/bin/python benchmarks/list_while_parsing.py [--pages 1500] [--code DIR]

Sets up a Maildir, a SQLite database and one application already taken in, then puts in a mail with a
PDF of ``--pages`` pages (50 lines of text each, as a long annex would be) and starts `intake poll` (a real
subprocess). As soon as the poll's sandboxed parser is running, `intake list --format jsonl` is run again
and again, one after the other, until the poll ends; every run is timed from start to exit (Python start-up
included). Printed: the idle latency of the same command (median of 5, no poll running), and while the
poll parses: how many runs, how many failed, their median and maximum. Goal: maximum < 3 s.

``--code DIR`` runs another checkout's `intake` (e.g. an export of an older commit) with the same load,
to compare before and after.
"""

from __future__ import annotations

import argparse
import io
import mailbox
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.applications import application_mail, values  # noqa: E402
from tests.support.cli import write_config  # noqa: E402
from tests.support.mail import make_email  # noqa: E402

GOAL_SECONDS = 3.0


def long_pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(50, 800, f"Bijlage: verslag van de buurtvergaderingen - {page + 1}/{pages}")
        pdf.setFont("Helvetica", 10)
        for line in range(50):
            pdf.drawString(50, 780 - 14 * line, f"{line + 1}. De buurt bespreekt de moestuin, de speelstraat en "
                                                f"het budget van {100 + line} euro voor materiaal.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def add(root: Path, raw: bytes, n: int) -> None:
    box = mailbox.Maildir(root, create=True)
    key = box.add(raw)
    os.utime(root / "new" / key, (1_560_000_000 + n, 1_560_000_000 + n))


def intake(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "intake.cli", "--config", str(config), *args]


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def timed_list(config: Path, env: dict[str, str]) -> tuple[float, int, str]:
    started = time.monotonic()
    result = subprocess.run(intake(config, "list", "--format", "jsonl"), capture_output=True, env=env,
                            cwd=config.parent, timeout=300)
    return time.monotonic() - started, result.returncode, result.stderr.decode().strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=1500)
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose `intake` runs")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.code.resolve())}
    work = Path(tempfile.mkdtemp(prefix="intake-list-while-parsing-"))
    try:
        config = write_config(work / "intake.toml", {
            "mailbox": {"url": f"maildir:{work / 'Maildir'}"},
            "database": {"url": f"sqlite:///{work / 'intake.db'}"},
            "storage": {"data_dir": str(work / "data")}, "smtp": {"url": f"outbox:{work / 'outbox'}"},
            "parsing": {"timeout_seconds": 900}})
        subprocess.run(intake(config, "db", "upgrade"), check=True, env=env, capture_output=True,
                       cwd=work)
        add(work / "Maildir", application_mail(values(1), sender="Griet <griet@example.org>"), 1)
        subprocess.run(intake(config, "poll"), check=True, env=env, capture_output=True,
                       cwd=work)
        idle = sorted(timed_list(config, env)[0] for _ in range(5))

        started = time.monotonic()
        pdf = long_pdf(args.pages)
        print(f"a {args.pages}-page PDF of {len(pdf) / 2**20:.1f} MB, made in {time.monotonic() - started:.1f} s")
        add(work / "Maildir", make_email(sender="Jef <jef@example.org>", subject="Verslag",
                                         attachments=[("verslag.pdf", pdf, "application/pdf")]), 2)
        poll = subprocess.Popen(intake(config, "poll"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, cwd=work)
        poll_started = time.monotonic()
        while not children(poll.pid) and poll.poll() is None:
            time.sleep(0.02)  # the sandboxed parser starts when the first part of the mail is parsed
        parse_started = time.monotonic()
        during: list[tuple[float, int, str]] = []
        while poll.poll() is None:
            sample = timed_list(config, env)
            if poll.poll() is None:  # only runs that ended while the poll was still at it count
                during.append(sample)
        out, err = poll.communicate()
        poll_seconds = time.monotonic() - poll_started
        print(f"poll: {out.decode().strip() or err.decode().strip()[-300:]} ({poll_seconds:.1f} s, "
              f"{time.monotonic() - parse_started:.1f} s of it from the parser's start)")
        print(f"intake list idle: median {statistics.median(idle):.2f} s (5 runs)")
        if not during:
            print("intake list while the poll parsed: no run ended before the poll did")
            return
        latencies = [seconds for seconds, _code, _err in during]
        failures = [err for _seconds, code, err in during if code != 0]
        verdict = "OK" if max(latencies) < GOAL_SECONDS and not failures else "MISSED"
        print(f"intake list latency while a poll parses a long document: median {statistics.median(latencies):.2f} s,"
              f" max {max(latencies):.2f} s over {len(during)} runs, {len(failures)} failed"
              f" (goal: max < {GOAL_SECONDS:g} s) -> {verdict}")
        for failure in failures[:3]:
            print(f"  failed: {failure[-200:]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
