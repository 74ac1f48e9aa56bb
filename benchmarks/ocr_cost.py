"""OCR cost per page, against the bare ``tesseract`` CLI on the same page images (issue 16, goal <= 1.25x).

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/ocr_cost.py [PAGES [ROUNDS]]

Builds a scanned PDF (PAGES letters of the golden corpus rendered to pixels, no text layer), a phone
photo and a photo taken from afar (rectified and enlarged), then times:
  - intake: ``parse_document`` on the scan, all of it (render, prepare, tesseract, extraction), with the
    pages read in parallel up to the cores (as the parser does) and again one page at a time;
  - raw: ``tesseract page.pgm stdout -l nld+fra`` on the very images intake handed to tesseract, one after
    the other, each single-threaded.
The ratio is of CPU seconds (this process and its tesseract children): on a shared machine wall time
moves by tens of percent between runs, CPU time hardly. Intake's CPU time is split into tesseract (and how
many runs a page took: a second, thinned reading shows here), the preparation of the page images, and the
rest (rendering a PDF page, writing the image for tesseract, reading its output, extraction). Wall time is
shown too, one page at a time and with the pages read in parallel (what the second core brings).
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PIL import Image, ImageDraw, ImageFont

import parsers.ocr as ocr
import parsers.page_images as page_images
import parsers.second_opinion as second_opinion
import parsers.second_page as second_page
from parsers import parse_document
from parsers.page_images import image_pages, pdf_page_images
from tests.parsers.corpus import APPLICANTS, letter_pdf
from tests.parsers.format_samples import photo_from_afar, photo_of, render_page
from tests.parsers.test_second_opinion import HAND

GOAL = 1.25


def handwritten_page() -> bytes:
    """A letter written by hand (a handwriting-like font) on an A4 page at 300 dpi, as a PNG: a page tesseract
    is unsure of, which the second engine then reads whole as well."""
    lines = ["Buurtcomite De Molenwijk", "Stijn Ghesquiere", "Lindenlaan 138", "8600 Lampernisse",
             "GSM 0487 45 92 13", "", "Betreft: Ontmoetingsplek in het oude station", "",
             "Met deze brief dient ons comite een projectidee in.", "Het project kost in totaal 8.000 euro.",
             "Wij vragen een bijdrage van 6.500 euro.", "", "Met vriendelijke groeten,", "Stijn Ghesquiere"]
    page = Image.new("L", (2480, 3508), 250)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(HAND, 64)
    for row, line in enumerate(lines):
        draw.text((240, 300 + row * 130), line, font=font, fill=40)
    buffer = io.BytesIO()
    page.save(buffer, format="PNG")
    return buffer.getvalue()


def scanned_pdf(pages: int) -> bytes:
    images = [render_page(letter_pdf(APPLICANTS[index % len(APPLICANTS)], index % 3).data)
              for index in range(pages)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=200, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (tesseract): what the work costs, whatever the
    load of the machine (wall time on a shared machine moves by tens of percent from run to run)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def tesseract_seconds() -> float:
    """CPU time of the finished children alone: the tesseract processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def raw_cli(images: list[bytes]) -> float:
    """CPU seconds for the bare CLI over the same PGM pages, one process after the other."""
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, image in enumerate(images):
            path = Path(folder) / f"page{number}.pgm"
            path.write_bytes(image)
            paths.append(path)
        started = cpu_seconds()
        for path in paths:
            subprocess.run(["tesseract", str(path), "stdout", "-l", ocr.LANGUAGES, "--dpi", str(ocr.DPI)],
                           capture_output=True, check=True, env=environment)
        return cpu_seconds() - started


@dataclass
class Split:
    """Where intake's CPU time goes, one page at a time: tesseract (its runs and their CPU seconds), the
    preparation of the page images (``prepare_photo``: sheet, rectification, light, rules), the second
    engine on the runs tesseract read unsure (``parsers.second_opinion``: its model, the word lists' grep),
    the second engine reading a page tesseract was unsure of whole (``parsers.second_page``), and the
    rest."""

    runs: int = 0
    tesseract: float = 0.0
    preparing: float = 0.0
    second: float = 0.0
    whole: float = 0.0


def timed_parse(data: bytes, name: str, *, one_at_a_time: bool) -> tuple[float, float, Split]:
    """(CPU seconds, wall seconds, split) of intake reading the file; the split only one page at a time
    (pages read side by side would count each other's tesseract)."""
    split = Split()
    originals = ocr.parallel_pages, ocr.ocr_pgm, page_images.prepare_photo, second_opinion.read_again
    whole_page = second_page.page_words
    if one_at_a_time:
        read, prepare, again = ocr.ocr_pgm, page_images.prepare_photo, second_opinion.read_again

        def counted_read(data: bytes, *, dpi: int = ocr.DPI, layout: int = ocr.PAGE_LAYOUT) -> ocr.OcrPage:
            started = tesseract_seconds()
            try:
                return read(data, dpi=dpi, layout=layout)
            finally:
                split.runs += 1
                split.tesseract += tesseract_seconds() - started

        def counted_prepare(image: Image.Image) -> Image.Image:
            started = cpu_seconds()
            try:
                return prepare(image)
            finally:
                split.preparing += cpu_seconds() - started

        def counted_again(page: Image.Image, words: Sequence[ocr.Word], *, places: Iterable[str] = ()) \
                -> list[ocr.Word] | None:
            started = cpu_seconds()
            try:
                return again(page, words, places=places)
            finally:
                split.second += cpu_seconds() - started

        def counted_whole(page: Image.Image) -> list[ocr.Word]:
            started = cpu_seconds()
            try:
                return whole_page(page)
            finally:
                split.whole += cpu_seconds() - started

        ocr.parallel_pages = lambda page_count: 1
        ocr.ocr_pgm, page_images.prepare_photo = counted_read, counted_prepare
        second_opinion.read_again = counted_again
        second_page.page_words = counted_whole
    try:
        started, cpu_started = time.perf_counter(), cpu_seconds()
        document = parse_document(data, name)
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    finally:
        ocr.parallel_pages, ocr.ocr_pgm, page_images.prepare_photo, second_opinion.read_again = originals
        second_page.page_words = whole_page
    assert document.parse_status == "parsed", (name, document.parse_status, document.error)
    return cpu, elapsed, split


def report(title: str, data: bytes, name: str, images: list[bytes], rounds: int) -> None:
    """Each measure ``rounds`` times, interleaved, the best of each kept."""
    pages = len(images)
    workers = ocr.parallel_pages(pages)
    raw = serial = serial_wall = parallel_wall = float("inf")
    split = Split()
    for _ in range(rounds):
        raw = min(raw, raw_cli(images))
        cpu, wall, round_split = timed_parse(data, name, one_at_a_time=True)
        if cpu < serial:
            serial, split = cpu, round_split
        serial_wall = min(serial_wall, wall)
        if workers > 1:
            parallel_wall = min(parallel_wall, timed_parse(data, name, one_at_a_time=False)[1])
    print(f"{title}: {pages} page(s), best of {rounds}")
    print(f"  raw tesseract CLI   {raw / pages:6.2f} CPU s/page")
    print(f"  intake              {serial / pages:6.2f} CPU s/page   ratio {serial / raw:.2f}x (goal <= {GOAL}x)")
    rest = serial - split.tesseract - split.preparing - split.second - split.whole
    print(f"    of which          {split.tesseract / pages:6.2f} tesseract ({split.runs / pages:.1f} run(s)/page), "
          f"{split.preparing / pages:.2f} preparing the image, {split.second / pages:.2f} the second engine on "
          f"unsure runs, {split.whole / pages:.2f} on the whole page, {rest / pages:.2f} the rest")
    print(f"  intake, wall time   {serial_wall / pages:6.2f} s/page one page at a time"
          + (f", {parallel_wall / pages:.2f} s/page with {workers} pages at once" if workers > 1 else ""))


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
    # a sheet taken from a step back and at a slant: found, rectified and enlarged to ~300 dpi (parsers/sheet.py)
    far, _ = photo_from_afar(letter_pdf(APPLICANTS[4], 1).data)
    report("phone photo from afar (1300x1650 JPEG, sheet ~900 px wide, in perspective)", far, "far.jpg",
           image_pages(io.BytesIO(far)), rounds)
    hand = handwritten_page()
    report("handwritten letter (A4 PNG at 300 dpi; tesseract unsure, so read whole by the second engine too)",
           hand, "hand.png", image_pages(io.BytesIO(hand)), rounds)


if __name__ == "__main__":
    main()
