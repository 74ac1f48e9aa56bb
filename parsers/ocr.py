"""Text from page images (scans, phone photos) with the ``tesseract`` program from Debian's packages.

Why the CLI and not a binding: tesserocr needs a compiled extension against the exact libtesseract, and
pytesseract is itself a wrapper that writes temporary files and runs the same program. Calling
``tesseract page.pgm stdout ... tsv`` directly costs one process per page (measured in
``benchmarks/ocr_cost.py`` against the bare CLI), passes the page as raw PGM in a temporary file (no PNG
encoding; tesseract reads a pipe slowly: 0.13 CPU s more a page), and runs inside the sandboxed parser
child, so its time limit and memory cap hold: the program inherits the child's RLIMIT_AS. Languages:
Dutch and French together (``nld+fra``); each page then gets its own language from its words.

Pages, and the documents of one message (``intake.worker.sandbox``), are read in parallel up to the cores,
and no more tesseract processes at once than the memory budget allows (``TESSERACT_PEAK_BYTES`` per
process, measured on an A4 page at 300 dpi), whatever the number of documents: they share one set of slots.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import resource
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import cast

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from parsers.outlines import filled_outlines
from parsers.sheet import grown, middle_seed, rectified, sheet_corners, sheet_width
from parsers.unread_lines import PAD as STRIP_PAD
from parsers.unread_lines import STEP as INK_STEP
from parsers.unread_lines import page_ink, unread_strips

LANGUAGES = "nld+fra"
DPI = 300
PAGE_SECONDS = 60
TESSERACT_PEAK_BYTES = 250 * 1024 * 1024  # measured peak ~95 MB RSS for nld+fra on A4; address space is more
MAX_PIXELS = 4000 * 4000
# Photos are taken at any size; text is read best with letters some 30 px high, i.e. an A4 page ~2500 px wide
TARGET_WIDTH = 2480
UPSCALE_BELOW = 1600  # px: a sheet narrower than this in a photo (under ~190 dpi) is enlarged to TARGET_WIDTH


class OcrError(RuntimeError):
    """Tesseract failed on a page."""


class OcrMissing(OcrError):
    """The tesseract program (or its nld/fra data) is not installed."""


Box = tuple[int, int, int, int]  # left, top, width, height in the page's pixels


@dataclass(frozen=True)
class Word:
    left: int
    top: int
    width: int
    height: int
    text: str
    confidence: float = 0.0  # tesseract's, 0-100

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


@dataclass(frozen=True)
class OcrPage:
    text: str
    mean_confidence: float  # tesseract's word confidence, 0-100, averaged over the page's words
    words: int
    boxes: tuple[Box, ...] = ()  # where the words read stand
    # the page read again as one column, when the first reading left a part of its print out
    second_reading: str = ""
    placed: tuple[Word, ...] = ()  # the words read, where they stand
    # the page as the second engine reads it whole (``parsers.second_page``), when tesseract was unsure of it
    other_engine: str = ""


def tesseract_path() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise OcrMissing("tesseract is not installed (Debian packages tesseract-ocr, -nld, -fra)")
    return path


def ocr_readiness() -> tuple[str, list[str]]:
    """What reads scans and photos here, said for ``intake check``: (a summary, what is missing). Missing
    parts are not failures of the service: such documents are stored and listed as not read."""
    missing: list[str] = []
    try:
        path = tesseract_path()
    except OcrMissing as exc:
        return "no OCR", [f"{exc}: scans and photos are stored, not read"]
    try:
        listed = subprocess.run([path, "--list-langs"], capture_output=True, timeout=20, check=False,
                                env=_environment())
        versioned = subprocess.run([path, "--version"], capture_output=True, timeout=20, check=False,
                                   env=_environment())
    except (OSError, subprocess.TimeoutExpired) as exc:
        return "tesseract does not answer", [f"tesseract at {path} does not answer: {exc}"]
    languages = {line.strip() for line in listed.stdout.decode("utf-8", "replace").splitlines()[1:]}  # "List of"
    for code, package in (("nld", "tesseract-ocr-nld"), ("fra", "tesseract-ocr-fra")):
        if code not in languages:
            missing.append(f"tesseract has no {code} data (Debian package {package}): scans and photos are not read")
    version = (versioned.stdout or versioned.stderr).decode("utf-8", "replace").split("\n", 1)[0].strip()
    from parsers.second_page import model_files  # builds on this module

    absent = [model.name for model in model_files() if not model.is_file()]
    if absent:
        missing.append(f"the second OCR engine's models are missing ({', '.join(absent)}): handwriting is read by "
                       "tesseract alone")
    return f"{version or 'tesseract'} ({'+'.join(sorted(languages & {'nld', 'fra'})) or 'no nld/fra'}), " \
           f"second engine {'ready' if not absent else 'missing'}", missing


def _environment() -> dict[str, str]:
    # one thread per process: parallelism comes from pages, and OpenMP threads would fight over 2 cores
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "OMP_THREAD_LIMIT": "1", "LANG": "C.UTF-8",
            **({"TESSDATA_PREFIX": os.environ["TESSDATA_PREFIX"]} if "TESSDATA_PREFIX" in os.environ else {})}


PAGE_LAYOUT = 3  # tesseract's --psm: find the page's blocks and columns itself
ONE_COLUMN = 4  # --psm 4: the page as one column of lines of any size
ONE_BLOCK = 6  # --psm 6: the page as one block of lines, each read across the whole width
BLOCK_LEAST_SURE = 30.0  # word confidence under which a word of a one-block reading is left out


def tesseract_command(image_path: str, dpi: int = DPI, layout: int = PAGE_LAYOUT) -> list[str]:
    """The command line, shared with the benchmark so both time the same work."""
    return [tesseract_path(), image_path, "stdout", "-l", LANGUAGES, "--dpi", str(dpi), "--psm", str(layout), "tsv"]


def pgm_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    (image if image.mode == "L" else image.convert("L")).save(buffer, format="PPM")
    return buffer.getvalue()


def _tsv_words(tsv: str, *, least_sure: float = 0.0) -> list[tuple[int, Word]]:
    """(image number, word) of each word of tesseract's TSV output, from 1 (a list of images gives several)."""
    words: list[tuple[int, Word]] = []
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            confidence = float(cells[10])
            if confidence < least_sure:
                continue
            words.append((int(cells[1]), Word(int(cells[6]), int(cells[7]), int(cells[8]), int(cells[9]),
                                              cells[11].strip(), confidence)))
        except ValueError:
            continue
    return words


def _text_from_tsv(tsv: str, *, least_sure: float = 0.0) -> OcrPage:
    """Words put back into the page's visual lines by their position, whatever block tesseract gave them
    (``_page_of``). Words tesseract is less sure of than ``least_sure`` are left out (read as one block, a
    form's dotted lines come out as "ee on np")."""
    return _page_of([word for _, word in _tsv_words(tsv, least_sure=least_sure)])


TAB_GAP = 2.5  # a gap between two words, in the page's typical word height, that parts two answers (a tab)


def visual_lines(words: Sequence[Word]) -> tuple[int, list[list[Word]]]:
    """The page's typical word height, and its words on visual lines by their position (top to bottom, each
    line left to right), whatever block tesseract gave them."""
    typical = sorted(word.height for word in words)[len(words) // 2] if words else 0
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.middle, w.left)):
        if lines and abs(word.middle - sum(w.middle for w in lines[-1]) / len(lines[-1])) <= typical * 0.6:
            lines[-1].append(word)
        else:
            lines.append([word])
    lines = _side_by_side_joined(lines)
    for line in lines:
        line.sort(key=lambda w: w.left)
    return typical, lines


SIDE_BY_SIDE = 0.5  # of the lower of two lines' heights, how much they must share to be one row of a form


def _side_by_side_joined(lines: list[list[Word]]) -> list[list[Word]]:
    """Two lines that share most of their height and none of their width are one row: a handwritten answer
    written taller, and so higher, than its printed label ("Kerkstraat 101A" above "Straat en nummer",
    read as two lines by their middles). Lines of print never overlap that much."""
    out: list[list[Word]] = []
    for line in lines:
        if out and _one_row(out[-1], line):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return out


def _one_row(upper: Sequence[Word], lower: Sequence[Word]) -> bool:
    top, bottom = min(w.top for w in upper), max(w.top + w.height for w in upper)
    lower_top, lower_bottom = min(w.top for w in lower), max(w.top + w.height for w in lower)
    shared = min(bottom, lower_bottom) - max(top, lower_top)
    if shared < SIDE_BY_SIDE * min(bottom - top, lower_bottom - lower_top):
        return False
    return all(a.left + a.width <= b.left or b.left + b.width <= a.left for a in upper for b in lower)


def _page_of(words: Sequence[Word]) -> OcrPage:
    """The page's text from its words: each word placed on the page's visual lines by its position.

    A form's labels and values are often read as two columns (all labels, then all values); placing each
    word by its height on the page puts "Contact" and "Jérôme Vanrycke" back on one line. A wide gap
    between words becomes a tab; a tall gap between lines a blank line."""
    mean = sum(word.confidence for word in words) / len(words) if words else 0.0
    if not words:
        return OcrPage("", mean, 0)
    boxes = tuple((word.left, word.top, word.width, word.height) for word in words)
    typical, lines = visual_lines(words)
    out: list[str] = []
    previous_bottom: float | None = None
    for line in lines:
        top = min(w.top for w in line)
        if previous_bottom is not None and top - previous_bottom > typical * 1.5:
            out.append("")
        pieces = [line[0].text]
        for before, word in itertools.pairwise(line):
            pieces.append(("\t" if word.left - (before.left + before.width) > typical * TAB_GAP else " ") + word.text)
        out.append("".join(pieces))
        previous_bottom = max(w.top + w.height for w in line)
    return OcrPage(_mend("\n".join(out)), mean, len(words), boxes, placed=tuple(words))


def _mend(text: str) -> str:
    """Undo tesseract's usual slips that break a value: "name @example.org", "€9.500" stays as it is."""
    text = re.sub(r"(?<=[\w.])\s+@\s*(?=\w)|(?<=\w)@\s+(?=\w)", "@", text)
    # "lien(@example.org": a bracket read glued to the "@" (the blurred ring of a handwritten one); no
    # address has a bracket before its "@"
    text = re.sub(r"(?<=\w)[(\[{]@(?=[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b)", "@", text)
    # the edges of the boxes a form draws around its answers, read as "|", "[" or "]" beside the value
    text = re.sub(r"(?m)(?:^|(?<=\t))[ ]*[|\[\]{}][ ]*(?=\S)|(?<=\S)[ ]+[|\[\]{}][ ]*$", "", text)
    text = re.sub(r"(?m)(?<=\t)[ ]*[|\[\]{}][ ]*(?=\t|$)|^[ ]*[|\[\]{}][ ]*$", "", text)
    # the right edge of an amount's box read as a "1" or "l" cell after it ("TOTAL<tab>9700.00<tab>1")
    text = re.sub(r"(?m)(?<=\d[.,]\d\d)([ ]?€)?[ ]*\t[ ]*[1lI][ ]*$", r"\1", text)
    # an address alone in its box, cut after a dot or before it: "verhaeghe. femke74@example.org",
    # "<tab>foyer .godewaersvelde@example.org" (not a label's "Courriel ____x@", nor "ou .x@")
    text = re.sub(r"(?m)((?:^|(?<=\t))[\w+-]+[._-]) (?=[\w+-]+@[\w.-]+\.[A-Za-z]{2,}[ ]*(?:$|\t))", r"\1", text)
    text = re.sub(r"(?m)(?<=\t)([\w+-]{3,}) (?=\.[\w+-]+@[\w.-]+\.[A-Za-z]{2,}[ ]*(?:$|\t))", r"\1", text)
    # "example .org": a space before an address's last dot; "jeanéexample.org": its "@" read as a letter
    text = re.sub(r"(?<=\w) \.(?=(?:org|net|com|be|fr|eu|nl|info)\b)", ".", text)
    # "bdenys@example org": the address's last dot not read at all
    text = re.sub(r"(@[\w-]+(?:\.[\w-]+)*) (?=(?:org|net|com|be|fr|eu|nl|info)\b)", r"\1.", text)
    text = re.sub(r"(?<=[\w.])[é©®&](?=[\w-]+(?:\.[\w-]+)*\.(?:org|net|com|be|fr|eu|nl|info)\b)", "@", text)
    # "0473/97 .82.26": a space before the dot between groups of digits
    text = re.sub(r"(?<=\d) (?=[./]\d)", "", text)
    # "€9, 900", "1, 700.00": a thousands separator with a space read after it (only beside a euro sign
    # or before cents: "12, 140" in a sentence may be two numbers)
    text = re.sub(r"(€\s?)(\d{1,3})([.,]) (?=\d{3}(?!\d))", r"\1\2\3", text)
    text = re.sub(r"(?<![\d.,])(\d{1,3})([.,]) (?=\d{3}[.,]\d\d(?!\d))", r"\1\2", text)
    # "7 20000 €": the comma before the cents not read (a slanted, handwriting-like font), which leaves a
    # group of five digits after a thousands space, a shape no amount has; the comma is put back
    text = re.sub(r"(?<![\d.,])(\d{1,3} \d{3})(\d\d)(?=[ ]?€|[ ]*(?:\t|$))", r"\1,\2", text, flags=re.M)
    # "J 800 €": the first digit of an amount read as the letter it resembles, alone before its thousands
    # (also right after the dots of a form's line: "Montant demandé : ..S 600 €"; not after a number's dot)
    text = re.sub(r"(?<![\w,])(?<!\d\.)([OoIlZJSB]) (?=\d{3}(?:,\d\d)?[ ]?€)",
                  lambda found: _DIGIT_LIKE[found.group(1)] + " ", text)
    # "3 GOO €": the thousands group of an amount read as the letters its digits resemble (at least one letter)
    text = re.sub(r"(?<![\w.,])(\d{1,3}) (?=[\dOoGIlZJSB]{3}[ ]?€)(?![\d]{3})([\dOoGIlZJSB]{3})",
                  lambda found: found.group(1) + " " + "".join(_DIGIT_LIKE.get(ch, ch) for ch in found.group(2)),
                  text)
    # "15 Grand ' Place", "l ' école": an apostrophe read apart from the letters it joins
    text = re.sub(r"(?<=[^\W\d_]) ['’] (?=[^\W\d_])", "'", text)
    # "< Verger conservatoire >": a handwritten pair of guillemets read as angle brackets
    # (not an address in brackets, "Jan <jan@example.org>", nor "< 12 en > 65")
    text = re.sub(r"(?m)(?<![<\w])<<?[ ]?(?![\d ])([^<>@/\n]{2,80}?)[ ]?>>?(?![>\w])", r"« \1 »", text)
    # "Kasteelstraat 79À": a house number's letter read with an accent no such letter has
    text = re.sub(r"(?<=\d)[ÀÁÂÄ](?![\w])", "A", text)
    # "10.000, 00": the cents kept with their amount
    return re.sub(r"(?<=\d)([.,]) (?=\d\d(?!\d))", r"\1", text)


# letters tesseract reads for a digit in a slanted font: "J 800 €" is 3 800 €
_DIGIT_LIKE = {"O": "0", "o": "0", "I": "1", "l": "1", "Z": "2", "J": "3", "S": "5", "G": "6", "B": "8"}


_slots_lock = threading.Lock()
_slots: threading.BoundedSemaphore | None = None


def _tesseract_slot() -> threading.BoundedSemaphore:
    """How many tesseract processes may run at once in this process, whatever the number of documents
    being read side by side: the cores, within the memory cap (``parallel_pages`` for a large page count),
    settled at the first page read (the sandbox sets its cap before)."""
    global _slots
    with _slots_lock:
        if _slots is None:
            _slots = threading.BoundedSemaphore(parallel_pages(1 << 16))
        return _slots


def ocr_pgm(data: bytes, *, dpi: int = DPI, layout: int = PAGE_LAYOUT) -> OcrPage:
    """One page image (PGM bytes) through tesseract."""
    # a file, not a pipe: tesseract reads an image from stdin slowly (0.13 CPU s more a page, measured)
    with tempfile.NamedTemporaryFile(suffix=".pgm", prefix="intake-ocr-") as image:
        image.write(data)
        image.flush()
        tsv = _tesseract(tesseract_command(image.name, dpi, layout))
    # read as one block, every mark on a line is taken for a word: what tesseract barely recognises is the
    # dotted lines under a form's answers, not print
    return _text_from_tsv(tsv, least_sure=BLOCK_LEAST_SURE if layout == ONE_BLOCK else 0.0)


def _tesseract(command: list[str]) -> str:
    """Tesseract's output (TSV) for a command line, within a slot and the page's time limit."""
    try:
        with _tesseract_slot():
            finished = subprocess.run(command, capture_output=True, timeout=PAGE_SECONDS, env=_environment(),
                                      check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"tesseract took over {PAGE_SECONDS} s on a page") from exc
    except OSError as exc:  # e.g. the memory cap refused the fork, or no room for the page's file
        raise OcrError(f"tesseract could not start: {exc}") from exc
    if finished.returncode != 0:
        reason = finished.stderr.decode("utf-8", "replace").strip().splitlines()
        if any("Failed loading language" in line for line in reason):
            raise OcrMissing("tesseract has no Dutch/French data (tesseract-ocr-nld, tesseract-ocr-fra)")
        raise OcrError(f"tesseract failed: {reason[-1] if reason else finished.returncode}")
    return finished.stdout.decode("utf-8", "replace")


ONE_LINE = 7  # --psm 7: the image is one line of text
STRIP_BORDER = 12  # px of white put around a strip: tesseract reads a line touching its image's edge badly
STRIP_LEAST_SURE = 30.0  # mean word confidence under which a strip's reading is left out (a signature's loops)
WORD_LEAST_SURE = 10.0  # word confidence under which a word read in a strip is left out
SAME_WORD = 8  # px around a word read within which a word read again in a strip is the same one
MARK_LEAST_SURE = 60.0  # the same for a mark without a letter or digit (":", "-")


def read_lines(images: Sequence[Image.Image], *, dpi: int = DPI, options: Sequence[str] = ()) -> str:
    """The TSV of one tesseract run over ``images``, each read as one line (``--psm 7``): a list of images in
    one run loads the languages once, which is most of what a run costs on a few small images. ``options``
    are ``-c name=value`` pairs (a character whitelist)."""
    with tempfile.TemporaryDirectory(prefix="intake-ocr-") as folder:
        names = []
        for number, image in enumerate(images):
            name = os.path.join(folder, f"line{number}.pgm")
            with open(name, "wb") as written:
                written.write(pgm_bytes(image))
            names.append(name)
        listing = os.path.join(folder, "lines.txt")
        with open(listing, "w", encoding="utf-8") as names_file:
            names_file.write("\n".join(names) + "\n")
        command = tesseract_command(listing, dpi, ONE_LINE)
        command[-1:-1] = list(options)
        return _tesseract(command)


def read_strips(page: Image.Image, strips: Sequence[Box], read: Sequence[Box] = (), *, dpi: int = DPI) -> list[Word]:
    """The words of each strip of ``page``, read alone as one line, where they stand on the page; the
    boxes of the words ``read`` already are left blank.

    Every strip goes to one tesseract run, as a list of images: its languages are loaded once, which is
    most of what a run costs on a few small images."""
    if not strips:
        return []
    images = []
    for left, top, width, height in strips:
        # within the page: its ink was looked for on a smaller copy, whose last cells may overhang it
        strip = page.crop((left, top, min(left + width, page.size[0]), min(top + height, page.size[1])))
        # the words the page's reading has, where a strip overlaps them, are not read twice
        blank = ImageDraw.Draw(strip)
        for word_left, word_top, word_width, word_height in read:
            if word_left < left + width and word_left + word_width > left and word_top < top + height \
                    and word_top + word_height > top:
                blank.rectangle((word_left - left, word_top - top, word_left + word_width - left,
                                 word_top + word_height - top), fill=255)
        images.append(ImageOps.expand(strip, STRIP_BORDER, fill=255))
    tsv = read_lines(images, dpi=dpi)
    by_strip: dict[int, list[Word]] = {}
    for number, word in _tsv_words(tsv, least_sure=WORD_LEAST_SURE):
        # a label's colon counts ("Prénom :" is a label, "Prénom" may be a name); a stray mark read unsure
        # is a speck
        if 1 <= number <= len(strips) and (any(character.isalnum() for character in word.text)
                                           or word.confidence >= MARK_LEAST_SURE):
            by_strip.setdefault(number, []).append(word)
    words: list[Word] = []
    for number, found in by_strip.items():
        # a strip read as a whole with little confidence is no line of writing: a signature, a stamp, a smudge
        if sum(word.confidence for word in found) / len(found) < STRIP_LEAST_SURE:
            continue
        words += [_on_page(word, strips[number - 1]) for word in found]
    return words


def _on_page(word: Word, strip: Box) -> Word:
    """A word read in a strip, where it stands on the page. Read as one line, a word's box is often as
    tall as its strip (with the rule under it): it is cut to the strip's ink, or it would stand on a
    line of its own beside the words read on the page around it."""
    left, top, _, height = strip
    word_top = max(word.top + top - STRIP_BORDER, top + STRIP_PAD)
    bottom = min(word.top + word.height + top - STRIP_BORDER, top + height - STRIP_PAD)
    return replace(word, left=word.left + left - STRIP_BORDER, top=word_top, height=max(1, bottom - word_top))


def with_unread_lines(page: bytes, reading: OcrPage, *, ink: Mask | None = None, dpi: int = DPI) -> OcrPage:
    """``reading`` with the lines of writing it left out read again, one by one, and put in their place
    (``parsers.unread_lines``); as it was when it left none out. ``ink``: the page's (``page_ink``), when
    the caller has it already."""
    if ink is None:
        with Image.open(io.BytesIO(page)) as image:
            ink = page_ink(image.convert("L"))
    strips = unread_strips(ink, reading.boxes)
    if not strips:
        return reading
    with Image.open(io.BytesIO(page)) as image:
        grey = image.convert("L")
    # a word whose middle falls on a word read already is that word again (a colon's blur left beside it)
    found = [word for word in read_strips(grey, strips, reading.boxes, dpi=dpi)
             if not any(left - SAME_WORD <= word.left + word.width / 2 <= left + width + SAME_WORD
                        and top - SAME_WORD <= word.middle <= top + height + SAME_WORD
                        for left, top, width, height in reading.boxes)]
    if not found:
        return reading
    return relaid(reading, [*reading.placed, *found])


def relaid(reading: OcrPage, words: Sequence[Word]) -> OcrPage:
    """The page laid out again from ``words`` (some read again, some added), which stand where ``reading``'s
    did. The page's own confidence, for the choices made on it, stays that of its whole-page reading, and so
    does its one-column second reading."""
    return replace(_page_of(words), mean_confidence=reading.mean_confidence, second_reading=reading.second_reading)


def parallel_pages(page_count: int) -> int:
    """How many pages to read at once: the cores, within the memory cap this process runs under."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = max(1, min(cores, page_count))
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft != resource.RLIM_INFINITY:
        # each tesseract inherits the cap on its own; the budget keeps their sum within it too
        workers = max(1, min(workers, soft // TESSERACT_PEAK_BYTES // 2))
    return workers


UNSURE_PAGE = 85.0  # tesseract's mean word confidence below which a page is read a second time, thinned
# ...and below which the second engine reads the whole page too (``parsers.second_page``): typed pages, which
# tesseract reads at 90 and more, are left to it
OTHER_ENGINE_BELOW = 90.0


LOST_ANSWERS = 3  # labels alone on their lines in a reading for the page to be read again as one block


def read_page(page: bytes, *, dpi: int = DPI, lone_labels: Callable[[str], int] | None = None,
              places: Sequence[str] = ()) -> OcrPage:
    """One page (``_read_page``); the runs tesseract read unsure read again by a second engine
    (``parsers.second_opinion``, ``places`` being words it may trust), then its numbers still garbled read
    again as numbers (``parsers.ocr_digits``). A page tesseract was unsure of (``OTHER_ENGINE_BELOW``) is
    also read whole by the second engine (``parsers.second_page``), laid out as tesseract's words are."""
    from parsers.ocr_digits import number_runs, with_numbers_read_again  # they build on this module
    from parsers.second_opinion import read_again
    from parsers.second_page import page_words

    reading = _read_page(page, dpi=dpi, lone_labels=lone_labels)
    with Image.open(io.BytesIO(page)) as image:
        grey = image.convert("L")  # decoded once for all
    other = ""
    # under 3 words the document is no text whatever the second engine finds (``parsers.documents``)
    if reading.mean_confidence < OTHER_ENGINE_BELOW and reading.words >= 3:
        try:
            words = page_words(grey)
        except (OcrError, MemoryError):
            words = []  # tesseract's reading stands alone, as it did before the second engine read pages whole
        if words:
            other = _finished(_page_of(words).text)
    try:
        again = read_again(grey, reading.placed, places=places)
    except (OcrError, MemoryError):
        again = None  # the runs as tesseract read them: a parse short of memory still reads the page
    if again is not None:
        reading = relaid(reading, again)
    if number_runs(reading.placed):
        reading = with_numbers_read_again(grey, reading, dpi=dpi)
    return replace(reading, text=_finished(reading.text), other_engine=other)


def _finished(text: str) -> str:
    return _dots_before_an_amount(_euro_read_as_e(text))


def _dots_before_an_amount(text: str) -> str:
    """"Montant demandé : ..5 600 €": a form line's dots read up to an amount's first digit, which the
    amount's reading then takes for a decimal (".5"), leaving 600; a space gives the digit back to its
    thousands. Last, as the number is often so only after the readings again (a handwritten 5 read "S")."""
    return re.sub(r"(?<![\d.])(\.{2,})(?=\d{1,3} \d{3}(?:,\d\d)?[ ]?€)", r"\1 ", text)


def _euro_read_as_e(text: str) -> str:
    """"11107,00 É", "2750 Ë": the euro sign after an amount read as a capital E with its accent. Put back
    last: such an amount is first read again as a number (``parsers.ocr_digits``), whose "É" marks it
    garbled, and which may find its digits misread too ("43.400 É" for 13.400 €)."""
    return re.sub(r"(?:(?<=\d\d\d)|(?<=[.,]\d\d))([ ]?)[ÉËÈ](?![\w])", r"\1€", text)


def _read_page(page: bytes, *, dpi: int = DPI, lone_labels: Callable[[str], int] | None = None) -> OcrPage:
    """One page; a page that reads badly (dotted lines under the answers, smudged print) is read again with
    its ink thinned, and the surer reading is kept. A clean page costs one run.

    ``lone_labels`` counts the lines of a reading that are a form's label and nothing else. Finding the
    page's columns itself, tesseract sometimes leaves out a form's column of typed answers (under dotted
    lines, in another font) and is sure of the labels it kept: such a page is read again as one block of
    lines, each read across the page, and that reading is kept when it leaves fewer labels alone.

    A reading that left a third of the page's ink outside its words (``unread_ink``: a form's column of small
    grey labels dropped beside the answers it kept) gets a second reading of the page as one column, kept
    beside the first: the fields it finds only fill in those the first lacks (``parsers.documents``)."""
    first = ocr_pgm(page, dpi=dpi)
    chosen = first
    if first.mean_confidence < UNSURE_PAGE and first.words >= 5:
        with Image.open(io.BytesIO(page)) as image:
            chosen = surer(first, ocr_pgm(pgm_bytes(thinned(image)), dpi=dpi))
    if lone_labels is not None and (alone := lone_labels(chosen.text)) >= LOST_ANSWERS:
        block = ocr_pgm(page, dpi=dpi, layout=ONE_BLOCK)
        if lone_labels(block.text) < alone and block.words >= chosen.words:
            return block  # read before the one-column reading below, which it would leave unused
    # judged on the page's own reading: the lines read again one by one below do not make up for a column
    # of print left out (a strip's labels read alone may come back without their answers)
    with Image.open(io.BytesIO(page)) as image:
        ink = page_ink(image.convert("L"))
    column_left_out = _unread_share(ink, chosen) > UNREAD_INK
    chosen = with_unread_lines(page, chosen, ink=ink, dpi=dpi)
    if column_left_out:
        chosen = replace(chosen, second_reading=ocr_pgm(page, dpi=dpi, layout=ONE_COLUMN).text)
    return chosen


UNREAD_INK = 0.3  # share of a page's ink outside every word read for the page to be read again as one column


def unread_ink(page: bytes, reading: OcrPage) -> float:
    """The share of the page's ink that lies outside every word of a reading.

    Finding the page's columns itself, tesseract sometimes leaves a whole column of print out (a form's
    small grey labels beside its typed answers): the answers are read, the labels that say what they are
    are not. Ruled lines, a stamp or a signature leave some ink unread on every page; a column of text
    left out, a third of it or more."""
    with Image.open(io.BytesIO(page)) as image:
        return _unread_share(page_ink(image.convert("L")), reading)


def _unread_share(page_ink: Mask, reading: OcrPage) -> float:
    total = int(page_ink.sum())
    if not total:
        return 0.0
    ink = page_ink.copy()
    for left, top, width, height in reading.boxes:
        ink[max(0, top // INK_STEP - 2):(top + height) // INK_STEP + 3,
            max(0, left // INK_STEP - 2):(left + width) // INK_STEP + 3] = False
    return int(ink.sum()) / total



def surer(first: OcrPage, second: OcrPage) -> OcrPage:
    """The reading to keep of a page read twice: the second only when it is surer and reads as much.

    A thinned reading may be surer of fewer words: one that left out the column of answers (72.6 on 174
    words against 73.0 on 131, a photographed form) is no better for being sure of the labels it kept."""
    return second if second.mean_confidence > first.mean_confidence and second.words >= 0.9 * first.words \
        else first


def ocr_images(pages: Sequence[bytes], *, dpi: int = DPI, lone_labels: Callable[[str], int] | None = None,
               places: Sequence[str] = ()) -> list[OcrPage]:
    """PGM pages through tesseract (``read_page``), in parallel up to ``parallel_pages``; results in page
    order."""
    workers = parallel_pages(len(pages))
    if workers == 1:
        return [read_page(page, dpi=dpi, lone_labels=lone_labels, places=places) for page in pages]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda page: read_page(page, dpi=dpi, lone_labels=lone_labels, places=places),
                             pages))


# --- photos: straighten and even out the light before reading ------------------------------------------------

UNEVEN_LIGHT = 40  # grey levels between the brightest and the darkest paper: a shadow, not a scanner


def _flatten_light(image: Image.Image) -> Image.Image:
    """Even out the paper's brightness, so a shadow over half the page does not swallow its letters.

    Only when the light is uneven: a scanner lights the page evenly."""
    if min(image.size) < 160:
        return image
    # the paper is the brightest thing near each point: letters vanish under a max filter
    paper = image.reduce(16).filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(4))
    darkest, brightest = cast("tuple[int, int]", paper.getextrema())  # one band: (min, max)
    if brightest - darkest < UNEVEN_LIGHT:
        return image
    # lift each point by what its paper lacks of white: the paper becomes even and the letters keep their
    # contrast against it (an addition of two images is one pass in C; a division would need ImageMath)
    shortfall = ImageOps.invert(paper).resize(image.size, Image.Resampling.BILINEAR)
    return ImageChops.add(image, shortfall)


CONTRAST_CUTOFF = 1  # % of the points at each end of the grey levels taken for the ink's black, the paper's white
LEAST_SPAN = 60  # grey levels: the narrowest range stretched to the whole 0-255 (a dim photo's ink to paper: 75-100)


def stretched(image: Image.Image) -> Image.Image:
    """The grey levels stretched so the page's ink is black and its paper white (what ``autocontrast`` does,
    the darkest and the brightest 1% cut off), but no range narrower than ``LEAST_SPAN`` is stretched
    over the whole scale: on a page nearly blank (a form's last page, a few lines at its top), the darkest
    1% is paper, and stretching paper to black and white turned its grain into grey noise and black specks
    that tesseract read as text and the fill of hollow letters took for shapes."""
    histogram = image.histogram()
    total = sum(histogram)
    cut = total * CONTRAST_CUTOFF / 100
    low, seen = 0, 0
    while low < 255 and seen + histogram[low] <= cut:
        seen += histogram[low]
        low += 1
    high, seen = 255, 0
    while high > 0 and seen + histogram[high] <= cut:
        seen += histogram[high]
        high -= 1
    if high - low >= LEAST_SPAN or high <= low:
        return ImageOps.autocontrast(image, cutoff=CONTRAST_CUTOFF)
    low = max(0, high - LEAST_SPAN)
    scale = 255 / (high - low)
    return image.point([min(255, max(0, round((level - low) * scale))) for level in range(256)])


def _skew_score(image: Image.Image) -> float:
    """How spiky the row profile is: text lines straight across the page make each row's ink jump from line
    to gap. The jumps between neighbouring rows are scored, not the profile's spread around its mean: a
    slow change in the profile (a dark edge of the picture turned into the part judged) says nothing of the
    lines' tilt."""
    rows = np.frombuffer(image.resize((1, image.size[1]), Image.Resampling.BOX).tobytes(), dtype=np.uint8)
    height = len(rows)
    # the rows near the top and the bottom of the part judged count less and less towards its edge: a line
    # of print turned across a hard edge would come in or go out of the profile all at once, and on a page
    # whose print is all at its top, that jump decided the angle (2.5 degrees found, the lines straighter at
    # 1.5 less)
    place = np.arange(height, dtype=np.float64)
    ramp = max(1.0, height * SKEW_RAMP)
    weight = np.clip(np.minimum(place, height - 1 - place) / ramp, 0.0, 1.0)
    profile = rows.astype(np.float64) * weight
    return float(np.mean(np.diff(profile) ** 2)) if height > 1 else 0.0


SKEW_MARGIN = 0.08  # of each side of the page left out when judging how straight its lines are
SKEW_RAMP = 0.06  # of the part judged, at its top and bottom, over which the rows' weight falls to nothing


def deskew_angle(image: Image.Image, *, limit: float = 6.0) -> float:
    """The small rotation (degrees) that straightens the text lines, found on a small copy: whole degrees
    first, then half a degree either side of the best."""
    small = image.copy()
    small.thumbnail((500, 500))
    inverted = ImageOps.invert(ImageOps.autocontrast(small)).point(lambda value: 255 if value > 96 else 0)

    # scored on the page's inner part: a scanner lid's dark edge or the frame of a photo runs straight
    # along the picture's side and would make "not turned at all" the straightest (a 3 degree tilt was kept)
    width, height = inverted.size
    inner = (round(width * SKEW_MARGIN), round(height * SKEW_MARGIN),
             round(width * (1 - SKEW_MARGIN)), round(height * (1 - SKEW_MARGIN)))

    def score(angle: float) -> float:
        return _skew_score(inverted.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0).crop(inner))

    coarse = max((float(angle) for angle in range(-int(limit), int(limit) + 1)), key=score)
    return max((coarse - 0.5, coarse, coarse + 0.5), key=score)


def prepare_photo(image: Image.Image) -> Image.Image:
    """A phone photo or an image file made ready to read: upright, grey, the sheet taken out of the picture
    and its perspective undone (``parsers.sheet``), even light, straight, A4-sized."""
    exif = image.getexif()  # the photo's own (JPEG, PNG or TIFF tags), before a new image leaves it behind
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        flat = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(flat, image)
    grey = image.convert("L")
    # turned upright once grey: a third of the pixels to move, and ``grey`` is ours to change in place (the
    # caller's image is left as it was)
    grey.info["exif"] = exif.tobytes()
    ImageOps.exif_transpose(grey, in_place=True)
    corners = sheet_corners(grey)
    if corners is not None:
        # a sheet taken from afar is brought to ~300 dpi (its letters to the size tesseract reads best: read
        # at its own ~130-180 dpi, "0" became "9" and labels fell apart); one taken closer keeps its own
        # resolution, which an enlargement would only blur and make slower to read
        own = sheet_width(corners)
        width = TARGET_WIDTH if own < UPSCALE_BELOW else min(TARGET_WIDTH, round(own))
        grey = rectified(grey, corners, width, MAX_PIXELS)
    width, height = grey.size
    if width * height > MAX_PIXELS or width > TARGET_WIDTH * 1.5:
        scale = min(TARGET_WIDTH / width, (MAX_PIXELS / (width * height)) ** 0.5)
        grey = grey.resize((max(1, int(width * scale)), max(1, int(height * scale))), Image.Resampling.LANCZOS)
    elif width < TARGET_WIDTH * 0.6:
        scale = TARGET_WIDTH * 0.6 / width
        grey = grey.resize((int(width * scale), int(height * scale)), Image.Resampling.LANCZOS)
    grey = stretched(_flatten_light(grey))
    if corners is not None:
        # the sheet alone, already square to its edges; hollow letters filled in (``parsers.outlines``)
        return without_rules(filled_outlines(grey))
    angle = deskew_angle(grey)
    if angle:
        grey = grey.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    return without_rules(filled_outlines(_paper_only(grey)))


PAPER = 170  # grey level above which a point of a reduced page is paper (the table or a shadow is darker)
DARK = 100  # a point of the reduced page this dark is no paper with text on it
STEP = 16  # the sheet is found on a copy this many times smaller


def _paper_only(image: Image.Image) -> Image.Image:
    """The sheet alone, what lies around it whitened (the table it was photographed on, the shadow of
    the phone or of the scanner's lid): tesseract takes those dark bands for pictures and may leave the
    text beside them out.

    The sheet is the bright region around the middle of a sixteenth-size copy, grown from its centre; what
    lies outside its bounding box becomes white."""
    if min(image.size) < 400:
        return image
    grey = image.reduce(STEP)
    if np.count_nonzero(np.asarray(grey) < DARK) < 0.01 * grey.size[0] * grey.size[1]:
        return image  # nothing dark around the text: a sheet scanned or photographed edge to edge
    paper = np.asarray(grey) > PAPER
    seed = middle_seed(paper)
    if seed is None:
        return image
    sheet = grown(paper, seed)
    rows, columns = np.flatnonzero(sheet.any(axis=1)), np.flatnonzero(sheet.any(axis=0))
    left, top, right, bottom = (int(columns[0]) * STEP, int(rows[0]) * STEP, (int(columns[-1]) + 1) * STEP,
                                (int(rows[-1]) + 1) * STEP)
    if (right - left) * (bottom - top) > 0.97 * image.size[0] * image.size[1] or \
            (right - left) * (bottom - top) < 0.25 * image.size[0] * image.size[1]:
        return image  # the sheet fills the picture (a scanner), or cannot be told from its surroundings
    page = Image.new("L", image.size, 255)
    margin = STEP
    page.paste(image.crop((left + margin, top + margin, right - margin, bottom - margin)),
               (left + margin, top + margin))
    return page


# --- the dotted and ruled lines a printed form puts under each answer -------------------------------------

Mask = npt.NDArray[np.bool_]
INK = 150  # grey level below which a pixel is ink (the page has been through autocontrast)
DOT_INK = 185  # grey level below which a pixel may be a dot of a rule


def _eroded(mask: Mask, length: int) -> Mask:
    """Each row's pixels that start a run of ``length`` marked pixels to their right (in log2 steps)."""
    out = mask.copy()
    span = 1
    while span < length:
        step = min(span, length - span)
        out[:, :-step] &= out[:, step:]
        out[:, -step:] = False
        span += step
    return out


def _dilated(mask: Mask, length: int) -> Mask:
    """Each row's pixels with a marked pixel among the ``length`` ending at them (in log2 steps)."""
    out = mask.copy()
    span = 1
    while span < length:
        step = min(span, length - span)
        out[:, step:] |= out[:, :-step]
        span += step
    return out


def _long_runs(mask: Mask, length: int) -> Mask:
    """The marked pixels that lie on a horizontal run of at least ``length``."""
    return _dilated(_eroded(mask, length), length)


def _bridged(mask: Mask, gap: int) -> Mask:
    """Each row's gaps of up to ``gap`` pixels between marked pixels filled in."""
    return _eroded(_dilated(mask, gap), gap) | mask


def _spread(mask: Mask, reach: int) -> Mask:
    """The marked pixels and those up to ``reach`` pixels left or right of one in the same row."""
    return _dilated(mask, reach + 1) | _dilated(mask[:, ::-1], reach + 1)[:, ::-1]


def without_rules(page: Image.Image) -> Image.Image:
    """The page without the dotted or ruled lines under its answers.

    Tesseract takes a column of answers standing on dotted lines for a picture and leaves it out, or reads
    the dots into the words. A rule is ink only a few pixels tall (a dot, a thin line) that goes on, with
    gaps no wider than a dot's spacing, for over a centimetre, and that no letter's stem crosses: letters
    always have a tall stroke every few millimetres, so text is never taken for a rule. The rule and a
    pixel of its rim are whitened; where a descender touches it, the letter is kept. The rules are looked
    for on a half-size copy of a full page (a quarter of the work), and whitened on the page itself."""
    full = page.convert("L")
    half = full.size[0] >= 1600
    found = full.reduce(2) if half else full
    pixels = np.asarray(found)
    scale = found.size[0] / TARGET_WIDTH
    ink = pixels < INK
    # ink in a vertical run taller than a dot or a rule: a letter's stem
    tall = _long_runs(ink.T, max(3, round(7 * scale)) + 1).T
    # a dotted line photographed from afar is a grey blur, paler than any letter: its dots are taken at a
    # paler level than the letters' stems, but no taller than a blurred dot (a grey band behind a heading is
    # no rule)
    pale = pixels < DOT_INK
    short = pale & ~tall & ~_long_runs(pale.T, max(4, round(14 * scale)) + 1).T
    chained = _bridged(short, max(4, round(14 * scale))) & ~tall
    rule = _long_runs(chained, max(40, round(120 * scale)))
    if not rule.any():
        return page
    # the pieces of a rule cut short by descenders touching it ("boomgaard", "example.org") are on the
    # rows of a rule found, within a few centimetres of it
    near = rule.copy()
    near[1:] |= rule[:-1]
    near[:-1] |= rule[1:]
    rule |= _long_runs(chained, max(10, round(30 * scale))) & _spread(near, round(400 * scale))
    grown = rule.copy()
    for step in (1,) if half else (1, 2):
        grown[step:] |= rule[:-step]
        grown[:-step] |= rule[step:]
    grown[:, 1:] |= grown[:, :-1].copy()
    grown[:, :-1] |= grown[:, 1:].copy()
    erase = grown & ~tall
    cleaned = np.asarray(full).copy()
    if half:
        erase = np.repeat(np.repeat(erase, 2, axis=0), 2, axis=1)
        height, width = cleaned.shape
        erase = np.pad(erase, ((0, max(0, height - erase.shape[0])), (0, max(0, width - erase.shape[1]))))
        erase = erase[:height, :width]
    cleaned[erase] = 255
    return Image.fromarray(cleaned)


def thinned(page: Image.Image) -> Image.Image:
    """The ink thinned by a pixel: the dotted lines a printed form puts under each answer fall apart, where
    tesseract otherwise reads the dots into the words (small letters may suffer: see ``read_page``)."""
    return page.filter(ImageFilter.MaxFilter(3))
