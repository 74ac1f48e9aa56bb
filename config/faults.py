"""Named points in the cycle where a test can kill the worker, to prove nothing is lost or doubled.

``INTAKE_CRASH_AT=after_row_commit`` makes the process SIGKILL itself the first time it reaches that
point: a real, un-catchable death, as a power cut or the OOM killer would give. Unset, a checkpoint is a
dictionary lookup and nothing else.
"""

from __future__ import annotations

import os
import signal

POINTS = (
    "after_fetch",
    "after_raw_write",
    "after_row_commit",
    "before_post_action",
    "after_post_action",
    "after_parse",
    "after_application_update",
    "after_queue_receipt",
    "after_smtp_accept",
)


def checkpoint(name: str) -> None:
    if os.environ.get("INTAKE_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
