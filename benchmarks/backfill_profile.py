"""Where a backfill's time goes: fetch_new_mail on N small messages under cProfile, against a bare FETCH.

    .venv/bin/python benchmarks/backfill_profile.py [--messages 10000] [--top 25] [--pg ADMIN_URL]
                                                    [--py-spy FILE.svg] [--no-profile]

Starts its own Dovecot, fills one folder with ordinary mail (benchmarks/loadgen.py: 1-12 KB of text, one
in ten with a 40-400 KB attachment), times a bare imapclient ``UID FETCH BODY.PEEK[]`` of the folder in
the worker's batch size, then runs the worker's fetch stage (``fetch_new_mail``: fetch, read, store, post-
action) on it in this process. Printed: both times, the ratio (issue 16's goal: <= 10), the CPU time of
the backfill beside its wall time (the difference is waiting: fsync, the server, the database), the
fsync calls counted, and the top of the cProfile (by own time and by cumulative time).
``--py-spy FILE.svg`` records the same backfill with py-spy (native frames) instead of cProfile, in a
child process, as a flame graph.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.intake_bench import Bench  # noqa: E402


class _FsyncCounter:
    """Counts os.fsync calls (files and directories) made while it is installed."""

    def __init__(self) -> None:
        self.calls = 0
        self._original = os.fsync

    def __enter__(self) -> _FsyncCounter:
        def counted(fd: int) -> None:
            self.calls += 1
            self._original(fd)

        os.fsync = counted  # type: ignore[assignment]
        return self

    def __exit__(self, *exc_info: object) -> None:
        os.fsync = self._original  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--pg", metavar="ADMIN_URL")
    parser.add_argument("--py-spy", metavar="FILE", help="record with py-spy into this flame graph instead")
    parser.add_argument("--no-profile", action="store_true", help="time only (no profiler overhead)")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    args.quick = False
    bench = Bench(args)
    try:
        bench.server.start()
        bench.fill("backfill", args.messages)
        config = bench.config("backfill", after="keep")
        bench.upgrade(config)
        print(f"load before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
        bench.bare_fetch("backfill", 50)  # warm the server's caches the same way for both
        floor, fetched = bench.bare_fetch("backfill", 50)
        if args.py_spy:
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            started = time.perf_counter()
            subprocess.run(["py-spy", "record", "--native", "--rate", "200", "-o", args.py_spy, "--",
                            sys.executable, "-m", "intake.cli", "--config", str(config), "poll"],
                           env=env, check=True)
            wall, cpu, fsyncs = time.perf_counter() - started, float("nan"), -1
            profile = None
        else:
            from intake.mailbox.fetching import fetch_new_mail

            runtime = bench.runtime(config)
            profile = None if args.no_profile else cProfile.Profile()
            with _FsyncCounter() as counter:
                cpu_started, started = time.process_time(), time.perf_counter()
                if profile is not None:
                    profile.enable()
                summary = fetch_new_mail(runtime)
                if profile is not None:
                    profile.disable()
                wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            fsyncs = counter.calls
            runtime.close()
            if summary.new != args.messages:
                raise SystemExit(f"expected {args.messages} new, got {summary}")
        load = os.getloadavg()[0]
        print(f"\nbackfill of {args.messages} messages ({fetched / 1024 / 1024:.1f} MB, "
              f"{'PostgreSQL' if args.pg else 'SQLite'}{', under cProfile' if profile else ''}): "
              f"{wall:.1f} s wall ({args.messages / wall:.0f}/s), {cpu:.1f} s CPU, {fsyncs} fsyncs; "
              f"bare UID FETCH {floor:.2f} s ({args.messages / floor:.0f}/s); ratio {wall / floor:.1f} "
              f"(goal <= 10); load {load:.2f}")
        if profile is not None:
            stats = pstats.Stats(profile)
            stats.sort_stats("tottime").print_stats(args.top)
            stats.sort_stats("cumulative").print_stats(args.top)
    finally:
        bench.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
