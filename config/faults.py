"""Named points in the cycle where a test can kill or stall the worker, to prove nothing is lost or doubled.

``INTAKE_CRASH_AT=after_row_commit`` makes the process SIGKILL itself the first time it reaches that
point: a real, un-catchable death, as a power cut or the OOM killer would give.
``INTAKE_PAUSE_AT=before_outbox_claim:0.5`` makes it sleep that many seconds each time it reaches the
point: it widens a race window so that a test of concurrent workers hits the race every time instead of
by luck. Unset, a checkpoint is two dictionary lookups and nothing else.
"""

from __future__ import annotations

import os
import signal
import time

POINTS = (
    "after_fetch",
    "after_raw_write",
    "after_row_commit",
    "before_post_action",
    "after_post_action",
    "after_parse",
    "after_application_update",
    "after_queue_receipt",
    "before_outbox_claim",
    "after_smtp_accept",
)


def checkpoint(name: str) -> None:
    if os.environ.get("INTAKE_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
    pause = os.environ.get("INTAKE_PAUSE_AT")
    if pause:
        point, _, seconds = pause.partition(":")
        if point == name:
            time.sleep(float(seconds or 1))
