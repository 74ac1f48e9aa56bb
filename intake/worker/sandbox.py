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
import os
import resource
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import MappingProxyType

from config.call import CallDefinition
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


def status_bytes(field: str = "VmSize") -> int:
    """A size this process's /proc status gives (VmSize, VmPeak, VmHWM...), in bytes; 0 where there is none."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def prepared(call_path: str, memory_bytes: int) -> CallDefinition:
    """The parser child's start: the parsers imported and the call loaded, then its address space capped at
    what they take plus ``memory_bytes`` (its tesseract processes each get the same cap of their own)."""
    from config.call import load_call
    from parsers import parse_body, parse_document  # noqa: F401 - imported before the memory cap

    call = load_call(call_path)  # the parsers and their libraries are imported above, before the cap
    if memory_bytes > 0:
        limit = status_bytes() + memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return call


def _child(connection: Connection, call_path: str, memory_bytes: int) -> None:
    call = prepared(call_path, memory_bytes)
    while True:
        try:
            job: ParseJob | None = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        if isinstance(job, list):
            _child_batch(connection, job, call)
            continue
        result = _parse_one(job, call)
        try:
            connection.send(result)
        except MemoryError:
            connection.send(MemoryError())


def _parse_one(job: ParseJob, call: CallDefinition) -> object:
    """One job's result as it crosses the pipe: a document on the wire, or the exception it raised."""
    from parsers import parse_body, parse_document

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
    return _to_wire(result) if isinstance(result, ParsedDocument) else result


def _child_batch(connection: Connection, jobs: list[ParseJob], call: CallDefinition) -> None:
    """The documents of one message side by side, each answered (index, result) as it is done. Their OCR
    shares the tesseract slots of ``parsers.ocr``: no more tesseract processes at once than one document
    alone would start, whatever the number of documents."""
    send_lock = threading.Lock()

    def work(index: int) -> None:
        result = _parse_one(jobs[index], call)
        with send_lock:
            try:
                connection.send((index, result))
            except MemoryError:
                connection.send((index, MemoryError()))

    with ThreadPoolExecutor(max_workers=min(len(jobs), documents_at_once_in_child())) as pool:
        list(pool.map(work, range(len(jobs))))


def documents_at_once_in_child() -> int:
    from parsers.ocr import parallel_pages

    return parallel_pages(1 << 16)


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

    def documents_at_once(self) -> int:
        """The documents one message may have read side by side: the cores, and no more tesseract
        processes than the memory limit holds (each may take ``TESSERACT_PEAK_BYTES``)."""
        from parsers.ocr import TESSERACT_PEAK_BYTES

        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        if self.memory_bytes <= 0:
            return cores
        return max(1, min(cores, self.memory_bytes // TESSERACT_PEAK_BYTES // 2))

    def parse_many(self, jobs: Sequence[ParseJob], content_types: Sequence[str]) -> list[ParsedDocument]:
        """Several documents (a message's attachments) read side by side in the child, up to
        ``documents_at_once``; the time limit holds for each result in turn. A document that overruns
        stops the child: those not yet done are then read one at a time, each with its own limits, and a
        document that ran out of memory beside others is read again alone before it is called too big."""
        if len(jobs) < 2 or self.documents_at_once() < 2:
            return [self.parse(job, content_type) for job, content_type in zip(jobs, content_types, strict=True)]
        if self._process is None or not self._process.is_alive():
            self._kill()
            self._start()
        assert self._connection is not None
        grace = 0 if self._started else 60
        results: dict[int, object] = {}
        try:
            self._connection.send(list(jobs))
            checkpoint("during_parse")
            while len(results) < len(jobs) and self._connection.poll(self.timeout_seconds + grace):
                index, result = self._connection.recv()
                results[index] = result
                grace = 0
        except (EOFError, OSError):
            pass  # the child died under us: what is missing is read again, one at a time
        self._started = True
        if len(results) < len(jobs) or any(isinstance(result, MemoryError) for result in results.values()):
            log.warning("reading %d documents side by side stopped early: the rest one at a time", len(jobs))
            self._kill()
        documents: list[ParsedDocument] = []
        for index, (job, content_type) in enumerate(zip(jobs, content_types, strict=True)):
            result = results.get(index)
            if result is None or isinstance(result, MemoryError):
                documents.append(self.parse(job, content_type))
            elif isinstance(result, tuple):
                documents.append(_from_wire(result))
            else:
                documents.append(_failed(job, content_type, f"parser error: {result}"))
        return documents

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
