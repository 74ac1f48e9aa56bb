"""Every figure of issue 16 from one run, each with its goal and PASS/FAIL, SQLite or PostgreSQL.

    .venv/bin/python benchmarks/run_all.py [--quick] [--pg [ADMIN_URL]] [--only abcdefw]
                                           [--applications 500] [--big 10000] [--attachment-mb 30 100]
                                           [--console 1000] [--workers-mail 120]

Starts its own Dovecot (tests/support/dovecot.py) and generates its own load (benchmarks/loadgen.py), as
benchmarks/intake_bench.py does, whose parts it reuses. Printed, from this one run:

(a) the full cycle on N application e-mails against its floor (bare UID FETCH + raw pdfplumber/python-docx
    on the same attachments). Goal <= 1.25.
(b) an idle poll of the big folder against a 10-message folder, median of 9, alternated. Goal <= 1.5.
(c) a backfill of the big folder (``fetch_new_mail`` in this process: fetch, read, store, post-action)
    against a bare ``UID FETCH BODY.PEEK[]`` of the same folder in the same batch size (median of 3, after
    a warm-up), with the backfill's CPU time. Goal <= 10.
(d) the peak memory of the process tree (worker + sandboxed parser child) of `intake poll` taking one
    message with a 30 MB and one with a 100 MB attachment, the growth over a 1 KB attachment against the
    attachment's size (benchmarks/tree_rss.py). Goal <= 2.5, the parser's memory limit not reached.
(e) OCR against the raw ``tesseract`` CLI: benchmarks/ocr_cost.py's own figures when it exists
    (``--ocr-args`` are passed to it), else "not measured".
(f) the console's server time for the list of 1,000 applications and one application's page
    (benchmarks/console_timing.py). Goal < 150 ms.
(w) with ``--pg`` only: three `intake poll` workers at once against one on the same stored application
    mail (processing: parse, rules, receipts), in messages per second.

Wall-clock figures on a shared machine are noisy: every line carries the 1-minute load average at the
time, ratios are measured within the run, and CPU times are given beside wall times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import console_timing  # noqa: E402
from benchmarks.intake_bench import MB, Bench, log  # noqa: E402

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


class RunAll(Bench):
    # --- (c) then (b), on the same big folder -------------------------------------------------------------
    def backfill_and_idle(self, want_b: bool, want_c: bool) -> dict:
        from intake.mailbox.fetching import fetch_new_mail
        from intake.worker.cycle import run_cycle

        results: dict = {}
        big = self.args.big
        log(f"(c) filling a folder of {big} messages")
        self.fill("big", big)
        config = self.config("big", after="keep")
        self.upgrade(config)
        runtime = self.runtime(config)
        try:
            self.bare_fetch("big", 50)  # the server's caches warm, as for the backfill after it
            floors = [self.bare_fetch("big", 50)[0] for _ in range(3)] if want_c else [0.0]
            cpu, started = time.process_time(), time.perf_counter()
            summary = fetch_new_mail(runtime)
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            if summary.new != big:
                raise SystemExit(f"(c) expected {big} new messages, got {summary}")
            if want_c:
                results["c"] = {"messages": big, "wall_s": wall, "cpu_s": cpu, "floor_s": statistics.median(floors),
                                "floors": floors, "load": load()}
                log(f"    backfill {big}: {wall:.1f} s (CPU {cpu:.1f} s), bare FETCH {floors}")
            if want_b:
                # (b) times a cycle with nothing to do; reading 10,000 ordinary bodies in the sandbox first
                # would take minutes and measure nothing of (b)
                from sqlalchemy import update

                from storage.models import Message, MessageStatus

                with runtime.db.session() as session:
                    session.execute(update(Message).where(Message.status == MessageStatus.STORED)
                                    .values(status=MessageStatus.PROCESSED))
                self.fill("tiny", 10)
                tiny_config = self.config("tiny", after="keep")
                tiny = self.runtime(tiny_config)
                try:
                    run_cycle(tiny)
                    run_cycle(runtime)  # warm-up: the first idle cycle after a backfill
                    # alternated, so a change in the machine's load falls on both alike
                    tiny_times, big_times = [], []
                    for _ in range(9):
                        for times, target in ((tiny_times, tiny), (big_times, runtime)):
                            begun = time.perf_counter()
                            run_cycle(target)
                            times.append(time.perf_counter() - begun)
                    idle_tiny, idle_big = statistics.median(tiny_times), statistics.median(big_times)
                finally:
                    tiny.close()
                results["b"] = {"big_s": idle_big, "tiny_s": idle_tiny, "load": load()}
        finally:
            runtime.close()
        return results

    # --- (e) ---------------------------------------------------------------------------------------------
    def ocr(self) -> dict:
        script = ROOT / "benchmarks" / "ocr_cost.py"
        if not script.exists():
            return {"lines": None}
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, str(script), *self.args.ocr_args], capture_output=True,
                              text=True, env=env)
        lines = [line for line in done.stdout.splitlines() if line.strip()]
        if done.returncode != 0:
            lines.append(f"benchmarks/ocr_cost.py exited {done.returncode}: {done.stderr.strip()[-500:]}")
        return {"lines": lines, "returncode": done.returncode, "load": load()}

    # --- (f) ---------------------------------------------------------------------------------------------
    def console(self) -> dict:
        workdir = self.root / "console"
        workdir.mkdir()
        url = self.database_url("console")
        timings = console_timing.measure(self.args.console, self.args.rounds, url, workdir)
        return {"timings": timings, "load": load()}

    # --- (w) ---------------------------------------------------------------------------------------------
    def workers(self) -> dict:
        """The same stored application mail processed by one `intake poll`, and by three at once."""
        from benchmarks import loadgen
        from intake.mailbox.fetching import fetch_new_mail

        count = self.args.workers_mail
        applications = loadgen.build_applications(count, seed=31)
        results: dict = {"count": count}
        for workers in (1, 3):
            user = f"workers{workers}"
            loadgen.append_all(self.server, user, [a.raw for a in applications])
            config = self.config(user)
            runtime = self.runtime(config)
            try:
                fetched = fetch_new_mail(runtime)  # stored, not processed: the workers share the processing
            finally:
                runtime.close()
            if fetched.new != count:
                raise SystemExit(f"(w) expected {count} stored, got {fetched}")
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            started = time.perf_counter()
            children = [subprocess.Popen([sys.executable, "-m", "intake.cli", "--config", str(config), "poll"],
                                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                        for _ in range(workers)]
            outputs = [child.communicate() for child in children]
            elapsed = time.perf_counter() - started
            for child, (_out, err) in zip(children, outputs, strict=True):
                if child.returncode != 0:
                    raise SystemExit(f"(w) intake poll failed: {err.decode()[-1000:]}")
            processed = sum(int(out.decode().split("processed ")[1].split(",")[0]) for out, _ in outputs)
            results[workers] = {"seconds": elapsed, "processed": processed, "load": load()}
            log(f"(w) {workers} worker(s): {processed} processed in {elapsed:.1f} s")
        return results


def report(results: dict, args: argparse.Namespace, whole: float) -> None:
    db = "PostgreSQL" if args.pg else "SQLite"
    print(f"\nintake benchmark, issue 16 ({db}, {os.cpu_count()} cores, load at the end {os.getloadavg()})")
    if "a" in results:
        a = results["a"]
        print(f"(a) full cycle on {a['count']} applications: {a['cycle_s']:.1f} s vs floor {a['floor_s']:.1f} s "
              f"(bare UID FETCH {a['fetch_floor_s']:.2f} s + raw pdfplumber/python-docx {a['parse_floor_s']:.1f} s) "
              f"= {a['ratio']:.2f}; goal <= 1.25: {verdict(a['ratio'] <= 1.25)}  [{a['load']}]")
        print(f"    of which fetch+store {a['fetch_store_s']:.2f} s = {a['fetch_store_s'] / a['fetch_floor_s']:.1f}x "
              f"the bare fetch; cycle said: {a['summary']}")
        print(f"    CPU (this process and the parser child): cycle {a['cycle_cpu_s']:.1f} s vs floor "
              f"{a['floor_cpu_s']:.1f} s = {a['cycle_cpu_s'] / a['floor_cpu_s']:.2f} (what the wall ratio becomes "
              "when the machine is shared; the parse and the apply overlap in wall time, not in CPU)")
    if "b" in results:
        b = results["b"]
        ratio = b["big_s"] / b["tiny_s"]
        print(f"(b) idle poll, {args.big} messages {b['big_s'] * 1000:.1f} ms vs 10 messages "
              f"{b['tiny_s'] * 1000:.1f} ms (median of 9) = {ratio:.2f}; goal <= 1.5: {verdict(ratio <= 1.5)}  "
              f"[{b['load']}]")
    if "c" in results:
        c = results["c"]
        ratio = c["wall_s"] / c["floor_s"]
        print(f"(c) backfill of {c['messages']} messages: {c['wall_s']:.1f} s ({c['messages'] / c['wall_s']:.0f}/s; "
              f"CPU {c['cpu_s']:.1f} s) vs bare UID FETCH {c['floor_s']:.2f} s ({c['messages'] / c['floor_s']:.0f}/s, "
              f"median of 3) = {ratio:.1f}x; goal <= 10: {verdict(ratio <= 10)}  [{c['load']}]")
    if "d" in results:
        for row in results["d"]["tree"]:
            size = row["size_mb"]
            peak, base = row["peak_tree_kb"] / 1024, row["baseline_tree_kb"] / 1024
            growth = (peak - base) / size
            out_of_memory = [name for name, _, error in row["documents"] if "memory" in error or "geheugen" in error]
            passed = growth <= 2.5 and not out_of_memory
            print(f"(d) process tree taking a {size} MB attachment ({row['raw_mb']:.0f} MB as mail): "
                  f"peak {peak:.0f} MB, {base:.0f} MB with a 1 KB one, so +{peak - base:.0f} MB = {growth:.2f}x "
                  f"the attachment; parser's "
                  f"memory limit ({row['memory_limit_mb']} MB) {'REACHED' if out_of_memory else 'not reached'}; "
                  f"goal <= 2.5: {verdict(passed)}  [{row.get('load', '')}]")
    if "e" in results:
        e = results["e"]
        if e["lines"] is None:
            print("(e) OCR vs raw tesseract: not measured (no benchmarks/ocr_cost.py in this checkout); goal <= 1.25")
        else:
            print(f"(e) OCR vs raw tesseract (benchmarks/ocr_cost.py; goal <= 1.25)  [{e['load']}]")
            for line in e["lines"]:
                print(f"    {line}")
    if "f" in results:
        f = results["f"]
        for timing in f["timings"]:
            print(f"(f) console {timing.path} with {args.console} applications: {timing.median_ms:.0f} ms server "
                  f"time (CPU {timing.cpu_ms:.0f} ms, {timing.statements} SQL statements, {timing.size_kb:.0f} KB; "
                  f"median of {args.rounds}); goal < 150 ms: {verdict(timing.passed)}  [{f['load']}]")
    if "w" in results:
        w = results["w"]
        one, three = w[1], w[3]
        rate1, rate3 = w["count"] / one["seconds"], w["count"] / three["seconds"]
        print(f"(w) processing {w['count']} stored applications: one worker {one['seconds']:.1f} s ({rate1:.1f}/s) "
              f"[{one['load']}], three at once {three['seconds']:.1f} s ({rate3:.1f}/s) [{three['load']}] = "
              f"{rate3 / rate1:.2f}x one worker's throughput ({os.cpu_count()} cores); each processed once: "
              f"{verdict(one['processed'] == three['processed'] == w['count'])}")
    command = " ".join(["benchmarks/run_all.py", *sys.argv[1:]])
    print(f"(whole run {whole:.0f} s: {command})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (60 applications, 2,000 messages, 30 MB, 300 applications in the console)")
    parser.add_argument("--pg", nargs="?", const=DEFAULT_PG, metavar="ADMIN_URL",
                        help=f"PostgreSQL: throwaway databases, made through ADMIN_URL (default {DEFAULT_PG})")
    parser.add_argument("--only", default="abcdefw")
    parser.add_argument("--applications", type=int, default=500)
    parser.add_argument("--big", type=int, default=10_000)
    parser.add_argument("--attachment-mb", type=int, nargs="+", default=[30, 100])
    parser.add_argument("--console", type=int, default=1000, help="applications in the console's database")
    parser.add_argument("--rounds", type=int, default=15, help="requests per console page")
    parser.add_argument("--workers-mail", type=int, default=120, help="application e-mails for (w)")
    parser.add_argument("--ocr-args", nargs=argparse.REMAINDER, default=[], help="passed to benchmarks/ocr_cost.py")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    if args.quick:
        args.applications, args.big = min(args.applications, 60), min(args.big, 2000)
        args.attachment_mb, args.console, args.workers_mail = [30], min(args.console, 300), min(args.workers_mail, 30)
    args.mid = 0
    bench = RunAll(args)
    results: dict = {}
    started = time.perf_counter()
    try:
        bench.server.start()
        if "a" in args.only:
            results["a"] = bench.applications()
            results["a"]["load"] = load()
        if "b" in args.only or "c" in args.only:
            results.update(bench.backfill_and_idle("b" in args.only, "c" in args.only))
        if "d" in args.only:
            tree = []
            baseline = bench.tree_poll("huge-base", _mail(1024), 1)
            for size_mb in args.attachment_mb:
                raw = _mail(size_mb * MB)
                row = bench.tree_poll(f"huge-{size_mb}", raw, 2 * size_mb + 1)
                row.update(size_mb=size_mb, raw_mb=len(raw) / MB, baseline_tree_kb=baseline["peak_tree_kb"],
                           load=load())
                tree.append(row)
                log(f"(d) {size_mb} MB: tree peak {row['peak_tree_kb'] / 1024:.0f} MB")
            results["d"] = {"tree": tree}
        if "e" in args.only:
            results["e"] = bench.ocr()
        if "f" in args.only:
            results["f"] = bench.console()
        if "w" in args.only and args.pg:
            results["w"] = bench.workers()
    finally:
        bench.close()
    report(results, args, time.perf_counter() - started)
    return 0


def _mail(size: int) -> bytes:
    from benchmarks import loadgen

    return loadgen.big_attachment_mail(size)


if __name__ == "__main__":
    sys.exit(main())
