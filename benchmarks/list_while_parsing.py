"""How long `intake list` takes while `intake poll` parses a long document, on SQLite.

    .venv/bin/python benchmarks/list_while_parsing.py [--pages 1500] [--samples 10] [--code DIR]

Sets up a Maildir, a SQLite database and one application already taken in, then puts in a mail with a
PDF of ``--pages`` pages (50 lines of text each, as a long annex would be) and starts `intake poll` (a real
subprocess). As soon as the poll's sandboxed parser is running, `intake list --format jsonl` is run
``--samples`` times, one after the other; every run is timed from start to exit (Python start-up
included) and its CPU time taken from the kernel. Then the poll is stopped (its whole process group) if it
is still parsing. Printed: the same command's latency with no poll running (median of 5 before and 5
after, so a machine that other work slows down shows as such), and while the poll parsed: runs, failures,
median and maximum, and the median CPU time of a run (wall minus CPU is time spent waiting: for a lock, or
for a core on a busy machine). Goal: maximum < 3 s.

``--code DIR`` runs another checkout's `intake` (e.g. ``git archive`` of an older commit, unpacked) on the
same load, to compare before and after.
"""

from __future__ import annotations

import argparse
import io
import mailbox
import os
import resource
import shutil
import signal
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


def timed_list(config: Path, env: dict[str, str]) -> tuple[float, float, int, str]:
    """(wall seconds, CPU seconds, exit code, stderr) of one `intake list`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    result = subprocess.run(intake(config, "list", "--format", "jsonl"), capture_output=True, env=env,
                            cwd=config.parent, timeout=300)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.returncode, result.stderr.decode().strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=1500)
    parser.add_argument("--samples", type=int, default=10, help="runs of `intake list` during the parse")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose `intake` runs")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.code.resolve())}
    work = Path(tempfile.mkdtemp(prefix="intake-list-while-parsing-"))
    try:
        config = write_config(work / "intake.toml", {
            "mailbox": {"url": f"maildir:{work / 'Maildir'}"},
            "database": {"url": f"sqlite:///{work / 'intake.db'}"},
            "storage": {"data_dir": str(work / "data")}, "smtp": {"url": f"outbox:{work / 'outbox'}"},
            "parsing": {"timeout_seconds": 3600}})
        subprocess.run(intake(config, "db", "upgrade"), check=True, env=env, capture_output=True, cwd=work)
        add(work / "Maildir", application_mail(values(1), sender="Griet <griet@example.org>"), 1)
        subprocess.run(intake(config, "poll"), check=True, env=env, capture_output=True, cwd=work)
        idle = [timed_list(config, env)[0] for _ in range(5)]

        started = time.monotonic()
        pdf = long_pdf(args.pages)
        print(f"a {args.pages}-page PDF of {len(pdf) / 2**20:.1f} MB, made in {time.monotonic() - started:.1f} s")
        add(work / "Maildir", make_email(sender="Jef <jef@example.org>", subject="Verslag",
                                         attachments=[("verslag.pdf", pdf, "application/pdf")]), 2)
        poll = subprocess.Popen(intake(config, "poll"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, cwd=work, start_new_session=True)
        while not children(poll.pid) and poll.poll() is None:
            time.sleep(0.02)  # the sandboxed parser starts when the first part of the mail is parsed
        during: list[tuple[float, float, int, str]] = []
        while poll.poll() is None and len(during) < args.samples:
            sample = timed_list(config, env)
            if poll.poll() is None:  # only runs that ended while the poll was still at it count
                during.append(sample)
        parsing = poll.poll() is None
        if parsing:
            os.killpg(poll.pid, signal.SIGKILL)  # the poll and its parser: enough has been measured
        out, err = poll.communicate()
        print("poll: " + ("still parsing after the samples: stopped" if parsing else
                          out.decode().strip() or err.decode().strip()[-300:]))
        idle += [timed_list(config, env)[0] for _ in range(5)]
        print(f"intake list with no poll running: median {statistics.median(idle):.2f} s, "
              f"max {max(idle):.2f} s (5 runs before, 5 after)")
        if not during:
            print("intake list while the poll parsed: no run ended before the poll did (try more --pages)")
            return
        walls = [wall for wall, _cpu, _code, _err in during]
        cpus = [cpu for _wall, cpu, _code, _err in during]
        failures = [err for _wall, _cpu, code, err in during if code != 0]
        verdict = "OK" if max(walls) < GOAL_SECONDS and not failures else "MISSED"
        print(f"intake list latency while a poll parses a long document: median {statistics.median(walls):.2f} s,"
              f" max {max(walls):.2f} s over {len(during)} runs, {len(failures)} failed; CPU per run: median"
              f" {statistics.median(cpus):.2f} s (goal: max < {GOAL_SECONDS:g} s) -> {verdict}")
        for failure in failures[:3]:
            print(f"  failed: {failure[-200:]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
