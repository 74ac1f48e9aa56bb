"""A page read by ``parsers.ocr.read_page`` in a child process capped as the worker's parser child is
(``intake.worker.sandbox.prepared``): whether the second engine's whole-page reading fits the cap."""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection

from config.call import load_call

WHOLE_PAGE = "whole-page reading"
TESSERACT_ALONE = "tesseract alone"


def _child(connection: Connection, call_path: str, memory_mb: int, page: bytes) -> None:
    from intake.worker.sandbox import prepared, status_bytes

    prepared(call_path, memory_mb * 2**20)
    from parsers.ocr import read_page

    try:
        outcome = WHOLE_PAGE if read_page(page).other_engine else TESSERACT_ALONE
    except BaseException as exc:  # noqa: BLE001 - what the cap did is the answer
        outcome = f"failed: {type(exc).__name__}"
    connection.send((outcome, status_bytes("VmPeak") // 2**20, status_bytes("VmHWM") // 2**20))


def read_under_cap(memory_mb: int, page: bytes) -> tuple[str, int, int]:
    """(what became of the page, the child's peak address space and resident set in MB) under ``memory_mb``."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_child, args=(child, str(load_call().source_path), memory_mb, page),
                              daemon=True)
    process.start()
    child.close()
    try:
        result: tuple[str, int, int] = parent.recv() if parent.poll(300) else ("no answer", 0, 0)
    except EOFError:
        result = ("child died", 0, 0)
    process.join(10)
    return result
