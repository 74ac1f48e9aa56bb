"""Named points in the cycle where a test can kill, stall or hold the worker, to prove nothing is lost or doubled.

``INTAKE_CRASH_AT=after_row_commit`` makes the process SIGKILL itself the first time it reaches that
point: a real, un-catchable death, as a power cut or the OOM killer would give; ``after_fetch@5`` the fifth
time (in the middle of a batch, where a group commit has read messages it has not stored yet).
``INTAKE_HOLD_AT=during_parse`` with ``INTAKE_HOLD_GATE=/some/path`` makes it stop the first time it
reaches that point, write ``/some/path.held`` (its pid) and wait until ``/some/path`` exists: a worker
caught in the middle of a long step, so a test can look at what everybody else sees meanwhile.
``INTAKE_PAUSE_AT=before_outbox_claim:0.5`` makes it sleep that many seconds each time it reaches the
point: it widens a race window so that a test of concurrent workers hits the race every time instead of
by luck. Unset, a checkpoint is three dictionary lookups and nothing else.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

POINTS = (
    "after_fetch",
    "after_raw_write",
    "after_row_commit",
    "before_post_action",
    "after_post_action",
    "during_parse",
    "after_parse",
    "after_application_update",
    "after_queue_receipt",
    "before_outbox_claim",
    "after_smtp_accept",
)
HOLD_LIMIT_SECONDS = 600  # a forgotten gate must not keep a test's worker alive for ever

_held: set[str] = set()
_reached: dict[str, int] = {}


def checkpoint(name: str) -> None:
    crash = os.environ.get("INTAKE_CRASH_AT")
    if crash:
        point, _, nth = crash.partition("@")
        if point == name:
            _reached[name] = _reached.get(name, 0) + 1
            if _reached[name] >= int(nth or 1):
                os.kill(os.getpid(), signal.SIGKILL)
    pause = os.environ.get("INTAKE_PAUSE_AT")
    if pause:
        point, _, seconds = pause.partition(":")
        if point == name:
            time.sleep(float(seconds or 1))
    if os.environ.get("INTAKE_HOLD_AT") == name and name not in _held:
        _held.add(name)
        _hold(Path(os.environ["INTAKE_HOLD_GATE"]))


def _hold(gate: Path) -> None:
    gate.with_name(gate.name + ".held").write_text(str(os.getpid()))
    deadline = time.monotonic() + HOLD_LIMIT_SECONDS
    while not gate.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
