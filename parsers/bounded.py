"""Run a library that was not written for hostile input in a forked child, bounded in time and memory.

Outlook's containers (a winmail.dat, a saved .msg) are read by libraries that loop or fill memory on a file
made to make them (a property count of four billion, a chain of sectors that points back at itself). The
parser's sandbox would stop them too, but with the whole attachment's other files; a child of their own
stops only them, and the mail's other parts are read. os.fork, not multiprocessing: the parser's sandbox is
a daemon process, which may not have children of multiprocessing's.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable
from typing import TypeVar, cast

T = TypeVar("T")


def in_child(work: Callable[[], T], *, seconds: float, memory: int, what: str, error: type[ValueError]) -> T:
    """``work()``'s result, computed in a forked child with ``seconds`` of time and ``memory`` bytes of address
    space beyond what it starts with. ``work`` raises ``error`` to say why it could not read the file; that,
    anything else the libraries raise on a damaged file ("the ``what`` is damaged"), and running out of time
    or memory are raised as ``error`` in the caller."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: work, send the outcome back, leave without running the parent's exit handlers
        os.close(read_end)
        _cap_memory(memory)
        try:
            payload = pickle.dumps(_outcome(work, what, error))
        except BaseException:  # noqa: BLE001 - out of memory while working or pickling: the parent says so
            payload = b""
        try:
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
        finally:
            os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    try:
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            if select.select([read_end], [], [], remaining)[0]:
                if not (chunk := os.read(read_end, 1 << 20)):
                    break
                chunks.append(chunk)
        else:
            raise error(f"the {what} took over {seconds:g} s to unpack (damaged or hostile): not read")
    finally:
        os.close(read_end)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if not chunks:  # the child died before it said anything: over its memory
        raise error(f"the {what} could not be unpacked in the memory it may take")
    outcome = pickle.loads(b"".join(chunks))  # our own child's answer, not the file's bytes
    if isinstance(outcome, str):
        raise error(outcome)
    return cast(T, outcome)


def _outcome(work: Callable[[], T], what: str, error: type[ValueError]) -> T | str:
    """The work's result, or the reason it failed (a string, told apart from a result by its type)."""
    try:
        return work()
    except error as exc:
        return str(exc)
    except (MemoryError, Exception) as exc:  # noqa: BLE001 - the libraries raise anything on damaged input
        return f"the {what} is damaged ({type(exc).__name__})"


def _cap_memory(memory: int) -> None:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            in_use = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = in_use + memory
        if soft != resource.RLIM_INFINITY:
            wanted = min(wanted, soft)
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (OSError, ValueError):
        pass  # no /proc (not Linux): the parser's sandbox still bounds the process
