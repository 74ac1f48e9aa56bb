"""Peak memory of a whole process tree (the worker plus its sandboxed parser child) for one big attachment.

    .venv/bin/python benchmarks/tree_rss.py [--attachment-mb 30 100] [--kind zip|pdf] [--keep]

For each size: a Maildir holding one message with one attachment of that size (random bytes named
``.zip``, as ``benchmarks/loadgen.py`` builds it; ``--kind pdf`` a real text PDF of about that size),
then ``intake poll`` in a fresh process while this script samples the resident set of every process in
its tree every few milliseconds and keeps the peak of their sum. Printed per size:

- the tree's peak (worker + parser child, summed at the same instant), and that peak against the size;
- the same poll with a 1 KB attachment (imports, SQLite, the child's start-up), and the growth over it
  against the size: what the attachment itself costs;
- the largest single process (what ``/usr/bin/time -v`` reports as "Maximum resident set size").

Goal (issue 16): the tree's growth <= 2.5x the attachment, and a 100 MB message taken in without
reaching ``[parsing] memory_mb``.
"""

from __future__ import annotations

import argparse
import json
import mailbox
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1024 * 1024
GOAL = 2.5


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(child) for child in handle.read().split()]
    except OSError:
        pass
    return found


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read()
    except OSError:
        return b""


def _role(pid: int, root: int) -> str:
    if pid == root:
        return "worker"
    command = _cmdline(pid).replace(b"\0", b" ").decode(errors="replace")
    if "resource_tracker" in command:
        return "resource tracker"
    if "multiprocessing" in command:
        return "parser child"
    return command[:40] or "?"


def _pss_kb(pid: int) -> int:
    """The process's proportional set size: its resident pages, the shared ones divided among the sharers.
    Plain RSS would count the worker twice while it forks the parser child (the copy-on-write moment
    before the exec), which is no memory the machine spends."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


class TreeSampler:
    """Samples the summed PSS of a process and all its descendants until it exits."""

    def __init__(self, pid: int, interval: float = 0.005) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_tree_kb = 0
        self.peak_single_kb = 0
        self.peak_processes = 0
        self.peaks: dict[int, int] = {}  # pid -> its own peak RSS (kB)
        self.names: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = [self.pid]
            index = 0
            while index < len(pids):
                parent = pids[index]
                # a child that still shows its parent's command has not exec'd yet: it shares the parent's
                # pages (vfork shares even the address space, so its PSS would count them twice)
                pids += [child for child in _children(parent) if _cmdline(child) != _cmdline(parent)]
                index += 1
            sizes = [_pss_kb(pid) for pid in pids]
            for pid, size in zip(pids, sizes, strict=True):
                if size > self.peaks.get(pid, 0):
                    self.peaks[pid] = size
                    self.names[pid] = _role(pid, self.pid)
            total = sum(sizes)
            if total > self.peak_tree_kb:
                self.peak_tree_kb = total
                self.peak_processes = sum(1 for size in sizes if size)
            self.peak_single_kb = max(self.peak_single_kb, *sizes)
            time.sleep(self.interval)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()


def run_sampled(command: list[str], env: dict[str, str] | None = None) -> dict:
    """Run ``command`` and report the peak of its process tree's summed PSS (and of its largest process)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    with TreeSampler(process.pid) as sampler:
        out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {err.decode()[-2000:]}")
    by_role: dict[str, int] = {}
    for pid, peak in sampler.peaks.items():
        role = sampler.names.get(pid, "?")
        by_role[role] = max(by_role.get(role, 0), peak)
    return {"peak_tree_kb": sampler.peak_tree_kb, "peak_single_kb": sampler.peak_single_kb, "by_role_kb": by_role,
            "processes": sampler.peak_processes, "seconds": time.perf_counter() - started,
            "line": out.decode().strip().splitlines()[-1] if out.strip() else ""}


def attachment_mail(size: int, kind: str) -> bytes:
    from benchmarks import loadgen

    if kind == "zip":
        return loadgen.big_attachment_mail(size)
    import email.policy
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Grote Bijlage <groot@example.org>"
    message["To"] = "coordinator@example.org"
    message["Subject"] = "Aanvraag met een grote PDF"
    message["Message-ID"] = f"<big-pdf-{size}@bench.example.org>"
    message.set_content("In bijlage onze aanvraag.\n")
    message.add_attachment(text_pdf(size), maintype="application", subtype="pdf", filename="aanvraag.pdf")
    return message.as_bytes(policy=email.policy.SMTP)


def text_pdf(size: int) -> bytes:
    """A PDF of about ``size`` bytes: text pages, each carrying an incompressible 1 MB image, as a scanned
    annex with a typed first page would."""
    import io
    import random

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(size)

    def build(pages: int) -> bytes:
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer)
        for page in range(pages):
            pdf.setFont("Helvetica", 11)
            pdf.drawString(50, 800, f"Naam vereniging: Buurtwerking {page + 1}")
            pdf.drawString(50, 780, "Gevraagd bedrag: 9.500 euro")
            noise = Image.frombytes("L", (1024, 1024), rng.randbytes(1024 * 1024))
            pdf.drawImage(ImageReader(noise), 50, 200, 400, 400)
            pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    per_page = len(build(2)) / 2
    return build(max(1, round(size / per_page)))


def poll_once(workdir: Path, raw: bytes, max_attachment_mb: int) -> dict:
    """A fresh Maildir, database and data dir with ``raw`` in it; ``intake poll`` sampled."""
    from tests.support.cli import write_config

    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    box = mailbox.Maildir(workdir / "Maildir", create=True)
    box.add(raw)
    config = write_config(workdir / "intake.toml", {
        "mailbox": {"url": f"maildir:{workdir / 'Maildir'}"},
        "database": {"url": f"sqlite:///{workdir / 'intake.db'}"},
        "storage": {"data_dir": str(workdir / "data"), "max_attachment_mb": max_attachment_mb},
        "smtp": {"url": f"outbox:{workdir / 'outbox'}"},
    })
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    intake = [sys.executable, "-m", "intake.cli", "--config", str(config)]
    subprocess.run([*intake, "db", "upgrade"], check=True, env=env, capture_output=True)
    result = run_sampled([*intake, "poll"], env)
    listed = subprocess.run([*intake, "messages", "--format", "jsonl"], env=env, capture_output=True, check=True)
    result["messages"] = [json.loads(line) for line in listed.stdout.decode().splitlines()]
    return result


def measure(sizes_mb: list[int], kind: str, root: Path) -> list[dict]:
    baseline = poll_once(root / "baseline", attachment_mail(1024, kind), 1)
    rows = []
    for size_mb in sizes_mb:
        raw = attachment_mail(size_mb * MB, kind)
        result = poll_once(root / f"{size_mb}mb", raw, 2 * size_mb + 1)
        result.update(size_mb=size_mb, raw_mb=len(raw) / MB, baseline_tree_kb=baseline["peak_tree_kb"],
                      baseline_roles=baseline["by_role_kb"])
        rows.append(result)
    return rows


def report(rows: list[dict], kind: str) -> None:
    for row in rows:
        size = row["size_mb"]
        peak, base = row["peak_tree_kb"] / 1024, row["baseline_tree_kb"] / 1024
        growth = (peak - base) / size
        status = row["messages"][0]["status"] if row["messages"] else "?"
        print(f"(d) {size} MB {kind} attachment ({row['raw_mb']:.1f} MB as mail, message {status}): tree peak "
              f"{peak:.0f} MB ({row['processes']} processes) = {peak / size:.2f}x the attachment; over the same "
              f"poll with a 1 KB attachment ({base:.0f} MB): +{peak - base:.0f} MB = {growth:.2f}x "
              f"(target <= {GOAL}: {'ok' if growth <= GOAL else 'OVER TARGET'}); largest process "
              f"{row['peak_single_kb'] / 1024:.0f} MB; {row['seconds']:.1f} s")
        roles = ", ".join(f"{role} {kb / 1024:.0f} MB" for role, kb in sorted(row["by_role_kb"].items()))
        base_roles = ", ".join(f"{role} {kb / 1024:.0f} MB" for role, kb in sorted(row["baseline_roles"].items()))
        print(f"    each process's own peak: {roles} (with a 1 KB attachment: {base_roles})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attachment-mb", type=int, nargs="+", default=[30, 100])
    parser.add_argument("--kind", choices=("zip", "pdf"), default="zip")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="intake-tree-rss-"))
    try:
        rows = measure(args.attachment_mb, args.kind, root)
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    report(rows, args.kind)
    return 0


if __name__ == "__main__":
    sys.exit(main())
