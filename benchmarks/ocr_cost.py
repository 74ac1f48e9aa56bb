"""OCR cost per page, against the bare ``tesseract`` CLI on the same page images (issue 16, goal <= 1.25x).

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/ocr_cost.py [PAGES [ROUNDS]]

Builds a scanned PDF (PAGES letters of the golden corpus rendered to pixels, no text layer) and a phone
photo, then times:
  - intake: ``parse_document`` on the scan, all of it (render, prepare, tesseract, extraction), with the
    pages read in parallel up to the cores (as the parser does) and again one page at a time;
  - raw: ``tesseract page.pgm stdout -l nld+fra`` on the very images intake handed to tesseract, one after
    the other, each single-threaded.
The ratio is intake's wall time over raw's; one page at a time it shows the overhead, in parallel what
the second core brings.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PIL import Image

import parsers.ocr as ocr
from parsers import parse_document
from parsers.page_images import image_pages, pdf_page_images
from tests.parsers.corpus import APPLICANTS, letter_pdf
from tests.parsers.format_samples import photo_of, render_page

GOAL = 1.25


def scanned_pdf(pages: int) -> bytes:
    images = [render_page(letter_pdf(APPLICANTS[index % len(APPLICANTS)], index % 3).data)
              for index in range(pages)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=200, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def raw_cli(images: list[bytes]) -> float:
    """Seconds for the bare CLI over the same PGM pages, one process after the other."""
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, image in enumerate(images):
            path = Path(folder) / f"page{number}.pgm"
            path.write_bytes(image)
            paths.append(path)
        started = time.perf_counter()
        for path in paths:
            subprocess.run(["tesseract", str(path), "stdout", "-l", ocr.LANGUAGES, "--dpi", str(ocr.DPI)],
                           capture_output=True, check=True, env=environment)
        return time.perf_counter() - started


def timed_parse(data: bytes, name: str, *, one_at_a_time: bool) -> float:
    original = ocr.parallel_pages
    if one_at_a_time:
        ocr.parallel_pages = lambda page_count: 1
    try:
        started = time.perf_counter()
        document = parse_document(data, name)
        elapsed = time.perf_counter() - started
    finally:
        ocr.parallel_pages = original
    assert document.parse_status == "parsed", (name, document.parse_status, document.error)
    return elapsed


def report(title: str, data: bytes, name: str, images: list[bytes], rounds: int) -> None:
    """Each measure ``rounds`` times, interleaved, the best of each kept: the machine is shared."""
    pages = len(images)
    workers = ocr.parallel_pages(pages)
    raw = serial = parallel = float("inf")
    for _ in range(rounds):
        raw = min(raw, raw_cli(images))
        serial = min(serial, timed_parse(data, name, one_at_a_time=True))
        if workers > 1:
            parallel = min(parallel, timed_parse(data, name, one_at_a_time=False))
    print(f"{title}: {pages} page(s), best of {rounds}")
    print(f"  raw tesseract CLI      {raw / pages:6.2f} s/page")
    print(f"  intake, 1 at a time    {serial / pages:6.2f} s/page   ratio {serial / raw:.2f}x "
          f"(goal <= {GOAL}x)")
    if workers > 1:
        print(f"  intake, {workers} in parallel  {parallel / pages:6.2f} s/page   ratio {parallel / raw:.2f}x")


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    scan = scanned_pdf(pages)
    report("scanned PDF (200 dpi, rendered at 300)", scan, "scan.pdf", list(pdf_page_images(io.BytesIO(scan))),
           rounds)
    photo = photo_of(letter_pdf(APPLICANTS[4], 1).data)
    with Image.open(io.BytesIO(photo)) as image:
        size = image.size
    report(f"phone photo ({size[0]}x{size[1]} JPEG, tilted, uneven light)", photo, "photo.jpg",
           image_pages(io.BytesIO(photo)), rounds)


if __name__ == "__main__":
    main()
