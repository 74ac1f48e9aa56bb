"""Run the real `intake` command in a subprocess, as a coordinator or the scheduler would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path


def write_config(path: Path, data: dict) -> Path:
    """Write a TOML config (flat tables of strings, numbers, booleans and lists of strings only)."""
    lines = []
    for section, table in data.items():
        lines.append(f"[{section}]")
        for key, value in table.items():
            if isinstance(value, bool):
                rendered = "true" if value else "false"
            elif isinstance(value, int | float):
                rendered = str(value)
            elif isinstance(value, list | tuple):
                rendered = json.dumps([str(item) for item in value])  # a JSON list of strings is TOML too
            else:
                rendered = '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
            lines.append(f"{key} = {rendered}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    tomllib.loads(path.read_text())  # what we wrote must be valid
    return path


def run_intake(*args: str, config: Path | None = None, env: dict[str, str] | None = None,
               cwd: Path | None = None, timeout: float = 120, input_bytes: bytes | None = None
               ) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "intake.cli"]
    if config is not None:
        command += ["--config", str(config)]
    command += list(args)
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return subprocess.run(command, capture_output=True, timeout=timeout, env=full_env, cwd=cwd,
                          input=input_bytes)


def run_intake_here(*args: str, config: Path) -> subprocess.CompletedProcess[bytes]:
    """Run a command whose own process is not under test (``db upgrade`` before, ``messages``, ``export``,
    ``outbox list`` after) in this process: the same ``main`` the console script calls, its output captured.
    Why: a process's start costs about a second (Python, SQLAlchemy, the command's modules), and a test that
    kills and re-runs the worker spent four or five of them setting up and reading what was left, most of
    the suite's time. What is under test (the kill, the re-run) still runs in a process of its own
    (``run_intake``)."""
    import contextlib
    import io

    from intake.cli.app import main

    out, err = io.BytesIO(), io.StringIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(err):
        try:
            code = main(["--config", str(config), *args])
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        stdout.flush()
    stdout.detach()
    return subprocess.CompletedProcess(["intake", *args], code, out.getvalue(), err.getvalue().encode())


def run_worker(config: Path, until=lambda: True, timeout: float = 30) -> tuple[int, str, str]:
    """Start `intake run`, wait until ``until()`` holds (or ``timeout``), stop it with SIGTERM as systemd
    would, and return its exit code, stdout and stderr. A worker that does not stop is killed."""
    import signal
    import time

    worker = subprocess.Popen([sys.executable, "-m", "intake.cli", "--config", str(config), "-v", "run"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              cwd=Path(__file__).resolve().parents[2])
    try:
        # the clock starts once the worker says it runs (its signal handlers are set by then): on a loaded
        # machine start-up alone can take seconds, and a SIGTERM before the handlers would kill it outright
        assert worker.stdout is not None
        first_line = worker.stdout.readline() if _readable(worker.stdout, 120) else b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not until():
            time.sleep(0.2)
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.communicate()
    return worker.returncode, (first_line + out).decode(), err.decode()


def _readable(stream, seconds: float) -> bool:
    import select

    return bool(select.select([stream], [], [], seconds)[0])
