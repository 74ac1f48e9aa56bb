"""A file read by the worker's real sandboxed parser (a daemon process with its time and memory limits), as
the worker reads an attachment: for readers that fork children of their own (a winmail.dat, a .msg)."""

from __future__ import annotations

from pathlib import Path

from config.call import load_call
from config.settings import PARSE_MEMORY_MB
from intake.worker.sandbox import ParseJob, SandboxedParser
from parsers.model import ParsedDocument


def parsed_in_sandbox(path: Path, declared_type: str) -> ParsedDocument:
    sandbox = SandboxedParser(load_call().source_path, timeout_seconds=60, memory_mb=PARSE_MEMORY_MB)
    try:
        return sandbox.parse(ParseJob("document", str(path), path.name), declared_type)
    finally:
        sandbox.close()
