"""Extraction speed against the raw cost of the libraries on the same files.

    .venv/bin/python benchmarks/extract_speed.py [ROUNDS]
    .venv/bin/python benchmarks/extract_speed.py --instructions

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

``--instructions`` counts machine instructions instead of seconds (Debian's ``valgrind --tool=callgrind``,
about 6 minutes): on this kind of machine (a virtual one, shared) a process's CPU time doubled now and then
for no reason of its own, and no number of rounds made the CPU-time ratio repeat to within 0.2. Each side
runs in a child under callgrind, ``PYTHONHASHSEED=0``: one pass over the files to load what it loads
lazily, then a pass over the PDF files and one over the DOCX files, each ended by a call to ``getppid()``,
at which callgrind writes its counts (``--dump-before=getppid``), so that each pass is counted alone. The
same code and libraries gave the PDF counts to 0.1 M of 176 M a document in two runs, the DOCX counts to
within 1% (the corpus's Word files are written anew each run, their zip entries stamped with the time).
"""

from __future__ import annotations

import io
import os
import pickle
import re
import subprocess
import sys
import tempfile
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


def text_documents() -> list[tuple[str, bytes, str]]:
    files = [(sample.name, sample.data, sniff_content_type(sample.data)) for sample in build_corpus()
             if sample.status == "parsed" and not sample.is_email]
    return [item for item in files if item[2] in (PDF, DOCX)]


SIDES = {"extraction": lambda name, data, content_type: parse_document(data, name),
         "content": lambda name, data, content_type: content(data, content_type)}


def counted_passes(side: str, files_path: str) -> None:
    """The child under callgrind: warm up, then one counted pass per kind of file."""
    with open(files_path, "rb") as handle:
        files = pickle.load(handle)
    run = SIDES[side]
    for item in files:
        run(*item)
    os.getppid()  # callgrind dumps here: everything above is the warm-up
    for kind in (PDF, DOCX):
        for item in files:
            if item[2] == kind:
                run(*item)
        os.getppid()


def instructions() -> int:
    files = text_documents()
    counts: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        files_path = os.path.join(folder, "files.pickle")
        with open(files_path, "wb") as handle:
            pickle.dump(files, handle)
        children = {}
        for side in SIDES:
            out = os.path.join(folder, f"{side}.%p")
            children[side] = subprocess.Popen(
                ["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}",
                 sys.executable, __file__, "--child", side, files_path],
                env={**os.environ, "PYTHONHASHSEED": "0"}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for side, child in children.items():
            _, stderr = child.communicate()
            if child.returncode != 0:
                print(stderr.decode(errors="replace")[-2000:], file=sys.stderr)
                return 1
            dumps = sorted(Path(folder).glob(f"{side}.*.*"), key=lambda path: int(path.suffix[1:]))
            # dump 1 is the warm-up, 2 the PDF pass, 3 the DOCX pass
            totals = [int(re.search(r"^totals: (\d+)", dump.read_text(), re.M).group(1))  # type: ignore[union-attr]
                      for dump in dumps]
            counts[side] = totals[1:3]
    for label, index in (("PDF", 0), ("DOCX", 1)):
        number = sum(1 for item in files if item[2] == (PDF, DOCX)[index])
        ours, base = counts["extraction"][index], counts["content"][index]
        print(f"{label:<4} {number:3d} files, instructions: extraction {ours / number / 1e6:6.1f} M/doc; "
              f"content {base / number / 1e6:6.1f} M/doc, ratio {ours / base:.2f}x")
    ours, base = sum(counts["extraction"]), sum(counts["content"])
    print(f"all  {len(files):3d} files, instructions: extraction {ours / len(files) / 1e6:6.1f} M/doc; "
          f"content {base / len(files) / 1e6:6.1f} M/doc, ratio {ours / base:.2f}x")
    print("target: ratio to content <= 1.5x")
    return 0


def main(rounds: int) -> int:
    files = text_documents()
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
    if sys.argv[1:2] == ["--child"]:
        counted_passes(sys.argv[2], sys.argv[3])
        sys.exit(0)
    if sys.argv[1:2] == ["--instructions"]:
        sys.exit(instructions())
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
