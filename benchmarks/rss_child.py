"""Run one `intake` command in this process and report its memory, for the benchmark.

    python benchmarks/rss_child.py REPORT.json --config intake.toml poll

Imports everything the cycle uses first (so library code is not counted as work), records VmRSS as the
baseline, runs ``intake.cli.main`` with the remaining arguments, then records VmHWM (the process's peak
resident set, from /proc/self/status) into REPORT.json with the exit code.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WARM_IMPORTS = ("intake.cli", "intake.worker.cycle", "intake.mailbox.fetching", "intake.worker.processing",
                "intake.worker.pipeline",
                "intake.mailbox.imap", "imapclient", "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql",
                "psycopg", "pdfplumber", "docx", "parsers", "parsers.envelope", "notifications.sending",
                "storage.db", "storage.all_models", "apscheduler.schedulers.blocking")


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def main() -> int:
    report_path, argv = Path(sys.argv[1]), sys.argv[2:]
    for name in WARM_IMPORTS:
        with contextlib.suppress(ImportError):  # a part not built yet: nothing to warm
            importlib.import_module(name)
    from intake.cli import main as intake_main

    baseline_kb = _status_kb("VmRSS")
    code = intake_main(argv)
    # the sandboxed parser is a child process of its own (capped by parsing.memory_mb): reported apart
    children_peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report_path.write_text(json.dumps({"baseline_kb": baseline_kb, "peak_kb": _status_kb("VmHWM"),
                                       "children_peak_kb": children_peak_kb, "exit": code}))
    return code


if __name__ == "__main__":
    sys.exit(main())
