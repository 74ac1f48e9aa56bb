"""Parsing behind a process boundary, with a time and a memory limit per document.

A hostile or broken document (a PDF that makes the parser loop, a zip bomb dressed as DOCX) must cost
one document, not the worker. The parsers themselves are pure and never raise; this module bounds what
they may take. One long-lived child process (spawned, so it inherits no threads, sockets or database
connections) parses one document at a time; the parent waits at most ``timeout`` seconds and the child's
address space is capped by RLIMIT_AS. A document that overruns becomes ``failed`` with the reason, the
child is killed and a fresh one started for the next document.
"""

from __future__ import annotations

import logging
import multiprocessing
import resource
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import MappingProxyType

from config.faults import checkpoint
from parsers import ParsedDocument
from parsers.model import ParseStatus

log = logging.getLogger(__name__)

TIMEOUT_REASON = "parsing took too long and was stopped"
MEMORY_REASON = "parsing went over the memory limit and was stopped"


@dataclass(frozen=True)
class ParseJob:
    kind: str  # "document" (an attachment's bytes) or "body" (a raw message)
    path: str  # the stored blob: the child reads it itself, so no bytes cross the pipe
    filename: str
    max_bytes: int | None = None


def _vm_size() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child(connection: Connection, call_path: str, memory_bytes: int) -> None:
    from config.call import load_call
    from parsers import parse_body, parse_document

    call = load_call(call_path)  # the parsers and their libraries are imported above, before the cap
    if memory_bytes > 0:
        limit = _vm_size() + memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            job: ParseJob | None = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            # the parsers read the stored file as they need it, never whole: a body's attachments are
            # only counted, a PDF is read by seeking, a type we do not read is sniffed from its head
            with open(job.path, "rb") as stream:
                if job.kind == "body":
                    result: object = parse_body(stream, call=call)
                else:
                    result = parse_document(stream, job.filename, call=call, max_bytes=job.max_bytes)
        except MemoryError:
            result = MemoryError()
        except BaseException as exc:  # noqa: BLE001 - parsers should not raise; if one does, say so
            result = RuntimeError(f"{type(exc).__name__}: {exc}")
        if isinstance(result, ParsedDocument):
            result = _to_wire(result)
        try:
            connection.send(result)
        except MemoryError:
            connection.send(MemoryError())


def _to_wire(document: ParsedDocument) -> tuple:
    # a MappingProxyType does not pickle: the fields cross the pipe as a plain dict
    return (document.filename, document.content_type, document.parse_status, document.error, document.language,
            dict(document.fields), document.text)


def _from_wire(wire: tuple) -> ParsedDocument:
    filename, content_type, parse_status, error, language, fields, text = wire
    return ParsedDocument(filename=filename, content_type=content_type, parse_status=parse_status, error=error,
                          language=language, fields=MappingProxyType(fields), text=text)


class SandboxedParser:
    """Parses stored files in a child process; ``parse`` never raises for a bad document."""

    def __init__(self, call_path: str, *, timeout_seconds: float, memory_mb: int) -> None:
        self.call_path = call_path
        self.timeout_seconds = timeout_seconds
        self.memory_bytes = memory_mb * 1024 * 1024
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self._started = False  # the child has answered once: imports done

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        self._process = self._context.Process(target=_child, args=(child, self.call_path, self.memory_bytes),
                                              daemon=True, name="intake-parser")
        self._process.start()
        child.close()
        self._connection = parent
        self._started = False

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._connection is not None:
            self._connection.close()
        self._process = None
        self._connection = None

    def parse(self, job: ParseJob, content_type: str = "") -> ParsedDocument:
        if self._process is None or not self._process.is_alive():
            self._kill()
            self._start()
        assert self._connection is not None
        # the first document also waits for a new child to start and import the parsers
        grace = 0 if self._started else 60
        try:
            self._connection.send(job)
            checkpoint("during_parse")  # the child is parsing: where a test holds a worker in a long parse
            ready = self._connection.poll(self.timeout_seconds + grace)
            result = self._connection.recv() if ready else None
        except (EOFError, OSError):
            result = MemoryError()  # the child died under us: the kernel or the cap killed it
            ready = True
        self._started = True
        if not ready:
            log.warning("parsing %s took over %ss: stopped", job.filename, self.timeout_seconds)
            self._kill()
            return _failed(job, content_type, TIMEOUT_REASON + f" ({self.timeout_seconds:g} s)")
        if isinstance(result, MemoryError):
            log.warning("parsing %s went over the memory limit: stopped", job.filename)
            self._kill()
            return _failed(job, content_type, MEMORY_REASON + f" ({self.memory_bytes // 2**20} MB)")
        if isinstance(result, Exception):
            return _failed(job, content_type, f"parser error: {result}")
        return _from_wire(result)

    def close(self) -> None:
        if self._connection is not None and self._process is not None and self._process.is_alive():
            try:
                self._connection.send(None)
                self._process.join(2)
            except OSError:
                pass
        self._kill()


def _failed(job: ParseJob, content_type: str, reason: str) -> ParsedDocument:
    return ParsedDocument(filename=job.filename if job.kind == "document" else "(body)", content_type=content_type,
                          parse_status=ParseStatus.FAILED, error=reason, language=None)
