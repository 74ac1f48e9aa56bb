"""Extraction speed against the raw cost of the libraries on the same files.

    .venv/bin/python benchmarks/extract_speed.py [ROUNDS]

For the PDF and DOCX files of the golden corpus: documents/second for ``parse_document`` versus the bare
``pdfplumber.open(...).pages[i].extract_text()`` (every page) and ``docx.Document(...)``, and the ratio
(target <= 1.5x). E-mails and broken files are left out: the baseline has no equivalent for them.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx
import pdfplumber

from parsers import parse_document
from parsers.sniff import DOCX, PDF, sniff_content_type
from tests.parsers.corpus import build_corpus


def raw(data: bytes, content_type: str) -> None:
    if content_type == PDF:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()
    else:
        docx.Document(io.BytesIO(data))


def timed(function, files: list[tuple[str, bytes, str]], rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for name, data, content_type in files:
            function(name, data, content_type)
    return time.perf_counter() - started


def main(rounds: int) -> int:
    files = [(sample.name, sample.data, sniff_content_type(sample.data)) for sample in build_corpus()
             if sample.status == "parsed" and not sample.is_email]
    files = [item for item in files if item[2] in (PDF, DOCX)]
    # warm up imports and caches so both sides are measured the same way
    timed(lambda n, d, t: parse_document(d, n), files, 1)
    timed(lambda n, d, t: raw(d, t), files, 1)
    for label, kind in (("PDF", PDF), ("DOCX", DOCX), ("all", None)):
        subset = [item for item in files if kind is None or item[2] == kind]
        extraction = timed(lambda n, d, t: parse_document(d, n), subset, rounds)
        baseline = timed(lambda n, d, t: raw(d, t), subset, rounds)
        count = len(subset) * rounds
        print(f"{label:<4} {len(subset):3d} files x {rounds}: extraction {count / extraction:7.1f} docs/s, "
              f"raw library {count / baseline:7.1f} docs/s, ratio {extraction / baseline:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
