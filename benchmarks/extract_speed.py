"""Extraction speed against the raw cost of the libraries on the same files.

    .venv/bin/python benchmarks/extract_speed.py [ROUNDS]

For the PDF and DOCX files of the golden corpus: CPU time per document for ``parse_document`` versus the
raw libraries, and the ratio (target <= 1.5x). Two baselines are printed:

- *content* (the target's): what the libraries must do to hand over the document's content, before any rule
  of ours: every page's ``pdfplumber`` ``extract_text()`` plus, for a fillable form, ``pypdf``'s
  ``get_fields()`` (a form's answers are in its fields, not in the page text); ``docx.Document(...)`` plus the
  text of its paragraphs and of its tables' cells;
- *open*: the bare ``extract_text()`` and ``docx.Document(...)`` alone, which this benchmark used until the
  end of the second round (a Word file opened is not yet read).

Each file's least time over ROUNDS runs, the sides alternated file by file: wall time of whole passes moved
the ratio between 1.3x and 1.9x from one run to the next on a shared machine. E-mails and broken files are
left out: the baseline has no equivalent for them.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx
import pdfplumber
from pypdf import PdfReader

from parsers import parse_document
from parsers.sniff import DOCX, PDF, sniff_content_type
from tests.parsers.corpus import build_corpus


def opened(data: bytes, content_type: str) -> None:
    if content_type == PDF:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()
    else:
        docx.Document(io.BytesIO(data))


def content(data: bytes, content_type: str) -> None:
    if content_type == PDF:
        opened(data, content_type)
        PdfReader(io.BytesIO(data)).get_fields()
    else:
        document = docx.Document(io.BytesIO(data))
        for paragraph in document.paragraphs:
            paragraph.text  # noqa: B018 - reading it is the cost measured
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    cell.text  # noqa: B018


BASELINES = (("content", content), ("open", opened))


def best_times(files: list[tuple[str, bytes, str]], rounds: int) -> list[tuple[float, ...]]:
    """Per file, the least CPU time of ``rounds`` runs of ``parse_document`` and of each baseline, the sides
    alternated file by file: a busy machine slows all alike, and the least time is the file's own cost."""
    best = [(float("inf"),) * (1 + len(BASELINES))] * len(files)
    for _ in range(rounds):
        for index, (name, data, content_type) in enumerate(files):
            started = time.process_time()
            parse_document(data, name)
            times = [time.process_time() - started]
            for _, baseline in BASELINES:
                started = time.process_time()
                baseline(data, content_type)
                times.append(time.process_time() - started)
            best[index] = tuple(min(old, new) for old, new in zip(best[index], times, strict=True))
    return best


def main(rounds: int) -> int:
    files = [(sample.name, sample.data, sniff_content_type(sample.data)) for sample in build_corpus()
             if sample.status == "parsed" and not sample.is_email]
    files = [item for item in files if item[2] in (PDF, DOCX)]
    best_times(files, 1)  # warm up imports and caches so both sides are measured the same way
    best = best_times(files, rounds)
    for label, kind in (("PDF", PDF), ("DOCX", DOCX), ("all", None)):
        chosen = [times for times, item in zip(best, files, strict=True) if kind is None or item[2] == kind]
        extraction = sum(times[0] for times in chosen)
        line = f"{label:<4} {len(chosen):3d} files, best CPU time of {rounds}: extraction " \
               f"{1000 * extraction / len(chosen):5.1f} ms/doc"
        for column, (name, _) in enumerate(BASELINES, start=1):
            baseline = sum(times[column] for times in chosen)
            line += f"; {name} {1000 * baseline / len(chosen):5.1f} ms/doc, ratio {extraction / baseline:.2f}x"
        print(line)
    print("target: ratio to content <= 1.5x")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
