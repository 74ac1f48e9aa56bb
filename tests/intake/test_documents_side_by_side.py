"""A message's attachments are read side by side in the sandbox (their OCR in parallel up to the cores),
with the same answers as one at a time, and never more tesseract processes at once than the memory holds."""

from __future__ import annotations

import shutil

import pytest

from config.call import load_call
from config.settings import PARSE_MEMORY_MB
from intake.worker.sandbox import ParseJob, SandboxedParser
from parsers.ocr import TESSERACT_PEAK_BYTES
from tests.parsers.corpus import APPLICANTS, letter_pdf, table_pdf
from tests.parsers.format_samples import photo_of, scan_pdf_of


@pytest.fixture
def parser():
    sandbox = SandboxedParser(load_call().source_path, timeout_seconds=60, memory_mb=PARSE_MEMORY_MB)
    yield sandbox
    sandbox.close()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_scan_and_a_photo_read_side_by_side_as_one_at_a_time(parser: SandboxedParser, tmp_path) -> None:
    files = {"scan.pdf": scan_pdf_of(letter_pdf(APPLICANTS[0], 0).data),
             "IMG_2041.jpg": photo_of(table_pdf(APPLICANTS[5]).data, tilt=-3.0),
             "notes.txt": b"Projectidee: een buurtfeest\n"}
    jobs = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        jobs.append(ParseJob("document", str(tmp_path / name), name))
    types = ["application/pdf", "image/jpeg", "text/plain"]
    together = parser.parse_many(jobs, types)
    alone = [parser.parse(job, content_type) for job, content_type in zip(jobs, types, strict=True)]
    assert [document.filename for document in together] == list(files)
    assert together == alone
    assert all(document.parse_status == "parsed" for document in together), [d.error for d in together]


def test_documents_at_once_are_the_cores_within_the_memory_limit(monkeypatch) -> None:
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2, 3})
    assert SandboxedParser("call.toml", timeout_seconds=1, memory_mb=4096).documents_at_once() == 4
    # each tesseract may take TESSERACT_PEAK_BYTES: half the limit is theirs at most
    small = (2 * TESSERACT_PEAK_BYTES) // 2**20
    assert SandboxedParser("call.toml", timeout_seconds=1, memory_mb=small).documents_at_once() == 1
    assert SandboxedParser("call.toml", timeout_seconds=1, memory_mb=2 * small).documents_at_once() == 2
