"""The stretches of a page tesseract read unsure, read again by a second engine: PaddleOCR's recogniser.

Tesseract reads print well and handwriting badly ("Gécrc À" for Gérard, "51122" for 59122, "0625.4192.07"
for 06.25.81.92.07). PaddleOCR's PP-OCRv6 recognition model (small), trained on far more handwriting, reads such
lines right more often, but it knows no Dutch or French: it drops accents, apostrophes and most spaces
("Gerard", "IsabelleLooten", "lombre") and leaves out a letter of a word it does not know ("Provnce"). So
the two engines are used for what each does well:

- tesseract finds the page's lines and words, and says how sure it is of each word;
- a run of words it read unsure (``UNSURE_WORD``; a number whose other pieces it was sure of, whole) is
  cropped twice, tight and taller (``UP_DOWN``), and read again by the second engine: the surer reading counts;
- the second reading is aligned letter by letter with tesseract's (``merged``): where both read the same
  letter, tesseract's accent and case stay; its spaces and apostrophes stay where they stand between letters
  both read; a u it read where the second engine read a v stays, and a v that makes no known word where a u
  makes one is that u ("rve": rue);
- the second reading replaces the first only when that engine is sure of it (``SURE``) and nothing speaks
  against it (``tesseract_stays``): fewer words of Debian's Dutch and French word lists or of the call's
  places, a digit lost, other digits where tesseract was not that unsure, letters only left out;
- a form's labels (printed, known) and the runs beside an e-mail address stay tesseract's, whose mends they
  rely on.

Every value read from a page is an OCR value, to check (``parsers.documents``): this makes what the
coordinator checks right more often, it decides nothing.

The model comes inside the ``rapidocr`` 3.10 wheel (an ONNX file, nothing downloaded at run time) and runs on
``onnxruntime`` on one thread per call: pages are read in parallel already. Its recogniser is loaded once per
process, on the first page that has an unsure run. PP-OCRv6 replaced PP-OCRv4 (round 13): on the development
halves' scans and photos it read 3 points more of corpus 5, 1 of corpus 9, 3 of corpus 10, 0.6 less of corpus 8,
and 9 points more of corpus 11, written after the rules here were (``benchmarks/independent_corpus_11``).

A tuning of the model may replace some of its tensors: a file at ``HANDS`` (``scripts/tune_hands`` makes one)
is put in place of the wheel's tensors when the session is made (``_tuned_session``). None is shipped: the one
tried in round 29 (the neck and the last layer's biases, trained on lines in 45 hands no corpus uses) read
lines in the corpora's hands better (16.8% -> 14.1% of letters wrong) but moved no field of their scans.
"""

from __future__ import annotations

import difflib
import itertools
import os
import re
import subprocess
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, overload

import numpy as np
from PIL import Image

from parsers import ctc_beams
from parsers.ocr import TAB_GAP, OcrError, Word, visual_lines

UNSURE_WORD = 85.0  # tesseract's word confidence under which a word is read again
SURE = 0.85  # the second engine's score (0-1) from which its reading may replace tesseract's
DIGITS_UNSURE = 60.0  # tesseract's confidence under which its digits give way to other digits...
# ...and the second engine's score from which they give way whatever tesseract's: on the development halves'
# scans and photos (round 14), of the runs where only one engine read a number right, tesseract at 60 to 89
# against a second reading scored 0.96 or more was right once in 14, and then the second scored 0.93
DIGITS_SURE = 0.95
ADDRESS_UNSURE = 60.0  # tesseract's confidence under which an e-mail address is read again...
ADDRESS_SURE = 0.95  # ...and the second engine's score from which its reading, a whole address, replaces it
SPACE = 0.3  # a gap between two of tesseract's words, in their height, that is a space between words
PAD = 0.3  # of a run's height, the page around it cropped with it (strokes overhang tesseract's boxes)
# of a run's height, the page above and under it in each of two crops read; the surer reading is kept (a tight
# crop leaves the print of the lines around out, a taller one keeps strokes that overhang tesseract's box)
UP_DOWN = (0.15, 0.3)
MAX_RUNS = 80  # the cost stays bounded whatever the page holds
MODEL = "PP-OCRv6_rec_small.onnx"  # in the rapidocr wheel
# tensors of the recogniser tuned elsewhere (``scripts/tune_hands``), used when the file is there; the rest of
# the model, its alphabet included, stays the wheel's
HANDS = Path(__file__).with_name("second_engine_hands.npz")
WORD_LISTS = ("/usr/share/dict/dutch", "/usr/share/dict/french")  # Debian's wdutch and wfrench
# how much less likely (natural log) another string the engine finds may be than its likeliest for it to be
# preferred when it holds more known words: e^-2, about a seventh
ALTERNATIVE = 2.0


# --- aligning the two readings ----------------------------------------------------------------------------

def _fold(letter: str) -> str:
    # one letter for one, so that positions line up (``places.fold`` drops hyphens and spaces)
    return unicodedata.normalize("NFKD", letter)[:1].lower()


def merged(tesseract: str, second: str) -> str:
    """``second``'s reading of a run, with tesseract's accents, capitals, spaces and apostrophes where both
    engines read the same letters.

    An accent is taken only within a stretch of two letters or more both read alike: "Gécrc À" and "Gerard"
    share "Ge" (Gérard), not the lone "A". A space of tesseract's is taken between two words, not beside a
    lone letter ("Vandewal e" is one word the second engine read whole)."""
    letters: list[str] = []  # tesseract's characters without its spaces
    word_starts: set[int] = set()
    words = tesseract.split()
    for number, word in enumerate(words):
        if number and not _lone_letter(word) and not _lone_letter(words[number - 1]):
            word_starts.add(len(letters))
        letters += list(word)
    matcher = difflib.SequenceMatcher(None, "".join(_fold(c) for c in letters),
                                      "".join(_fold(c) for c in second), autojunk=False)
    # a handwritten u the second engine reads as a v ("Bambecqve") where tesseract read it, between letters
    # both read alike: tesseract's
    chosen = list(second)
    for tag, first_start, first_end, start, end in matcher.get_opcodes():
        if tag == "replace" and first_end - first_start == 1 == end - start \
                and _fold(letters[first_start]) == "u" and _fold(second[start]) == "v":
            chosen[start] = letters[first_start]
    second = "".join(chosen)
    read_as: dict[int, int] = {}  # the second reading's position -> tesseract's
    alike: set[int] = set()
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            read_as[block.b + offset] = block.a + offset
            if block.size >= 2:
                alike.add(block.b + offset)
    out: list[str] = []
    for position, letter in enumerate(second):
        at = read_as.get(position)
        before = read_as.get(position - 1) if position else None
        if out and out[-1] != " " and (
                (at is not None and at in word_starts)
                or (at is None and before is not None and before + 1 in word_starts)):
            out.append(" ")
        out.append(letters[at] if at is not None and letter.isalpha() and position in alike else letter)
        # an apostrophe left out between two letters both read ("l'ombre" read "lombre")
        if at is not None and at + 2 < len(letters) and letters[at + 1] in "'’" \
                and read_as.get(position + 1) == at + 2:
            out.append(letters[at + 1])
    # the dotted line under a handwritten answer, read as a full stop or a comma before it (no answer starts
    # with one) or after it
    text = " ".join("".join(out).split()).lstrip(".,;: ")
    if not tesseract.rstrip().endswith((".", ",", ";", ":")):
        text = text.strip(".,;: ")
    return " ".join(_cased(word) for word in text.split())


def _u_for_v(word: str) -> list[str]:
    """``word`` with one of its v's read as a u: the second engine reads a handwritten u as a v ("rve")."""
    return [word[:index] + ("u" if letter == "v" else "U") + word[index + 1:]
            for index, letter in enumerate(word) if letter in "vV"]


def _known_with_u(word: str, known: set[str]) -> str:
    """``word``, or the known word it is with a v read as a u ("rve": rue), when it is no known word."""
    core = word.strip(".,;:!?")
    if core.lower() in known or not any(c in "vV" for c in core):
        return word
    fits = [variant for variant in _u_for_v(core) if variant.lower() in known]
    return word.replace(core, fits[0]) if len(fits) == 1 else word


def _lone_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def _cased(word: str) -> str:
    """A capital inside a word of small letters is a handwritten letter read too large ("VRienden")."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return word
    return word[:1] + "".join(c.lower() if before.isalpha() else c for before, c in itertools.pairwise(word))


# --- which reading stays ------------------------------------------------------------------------------------

def words_of(text: str) -> list[str]:
    """The words of three letters or more, lower case: what a word list can vouch for."""
    return [word.lower() for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text) if len(word) >= 3]


def tesseract_stays(tesseract: str, second: str, confidence: float, known: set[str], *,
                    score: float = SURE) -> str | None:
    """Why tesseract's reading of a run stays rather than the second engine's, or None when it gives way.

    ``confidence`` is tesseract's over the run (``_sureness``); ``score``, the second engine's; ``known``,
    the words (lower case) of the word lists and the call's places."""
    mine, theirs = (sum(word in known for word in words_of(text)) for text in (tesseract, second))
    if mine != theirs:
        return "it holds more known words" if mine > theirs else None
    first_digits = [c for c in tesseract if c.isdigit()]
    second_digits = [c for c in second if c.isdigit()]
    if len(second_digits) < len(first_digits):
        return "a digit would be lost"  # "59300" is no "S930o"
    if len(second_digits) == len(first_digits) and second_digits != first_digits \
            and confidence >= DIGITS_UNSURE and score < DIGITS_SURE:
        return "other digits, where tesseract was not that unsure"  # a handwritten 7 read as a 1
    plain_first = "".join(_fold(c) for c in tesseract if c.isalnum())
    plain_second = "".join(_fold(c) for c in second if c.isalnum())
    if len(plain_second) < len(plain_first) and _within(plain_second, plain_first):
        return "letters only left out"  # "Province" read "Provnce"
    return None


def _within(short: str, long: str) -> bool:
    """``short`` is ``long`` with letters left out."""
    remaining = iter(long)
    return all(letter in remaining for letter in short)


def _sureness(run: Sequence[Word], second: str) -> float:
    """Tesseract's confidence in what the second reading changes: of the words whose digits it reads
    otherwise (the surest of them, where the digits line up one for one), else of the whole run.

    A number read in pieces is read again whole (``unsure_runs``): "96 57 42 46 03", where only "96" was
    unsure, may become "06 57 42 46 03"; the sure pieces' confidence says nothing of that first digit."""
    mean = sum(word.confidence for word in run) / len(run)
    first = [(c, word.confidence) for word in run for c in word.text if c.isdigit()]
    other = [c for c in second if c.isdigit()]
    if len(first) != len(other):
        return mean
    changed = [confidence for (digit, confidence), read in zip(first, other, strict=True) if digit != read]
    return max(changed) if changed else mean


def _latin(text: str) -> bool:
    """The second engine also knows Chinese; a Chinese character on these pages is a smudge read."""
    return all(ord(c) < 0x250 or c in "€’‘“”„«»–—" for c in text)


def known_words(words: Iterable[str], places: Iterable[str] = (), *, any_case: bool = True) -> set[str]:
    """Those of ``words`` (lower case) found in Debian's Dutch and French word lists or among ``places``,
    by one ``grep`` over the lists (some 9 MB: nothing is held in memory). With ``any_case`` false, only as
    the lists write them in small letters: a word, not a name ("dewaele" is no word, "Dewaele" a surname)."""
    wanted = sorted(set(words))
    found = set(wanted) & {place.lower() for place in places}
    return found | {line.lower() for line in _listed(wanted, any_case=any_case)}


def known_words_and_words(words: Iterable[str], places: Iterable[str] = ()) -> tuple[set[str], set[str]]:
    """``known_words`` of ``words`` in any case and in small letters only, from one ``grep``: the lines found
    in any case that are the word itself are those the lists write in small letters."""
    wanted = sorted(set(words))
    found = set(wanted) & {place.lower() for place in places}
    lines = _listed(wanted, any_case=True)
    return found | {line.lower() for line in lines}, found | (lines & set(wanted))


def _listed(wanted: Sequence[str], *, any_case: bool) -> set[str]:
    """The lines of the word lists that are one of ``wanted`` (in any case, or as written), as the lists
    write them; none when no list can be searched (each reading then counts as many known words: none)."""
    lists = [path for path in WORD_LISTS if os.path.exists(path)]
    if not wanted or not lists:
        return set()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="intake-words-", encoding="utf-8") as listing:
        listing.write("\n".join(wanted) + "\n")
        listing.flush()
        try:
            result = subprocess.run(["grep", "-h", "-x", "-F", *(["-i"] if any_case else []), "-f", listing.name,
                                     *lists],
                                    capture_output=True, check=False, timeout=20,
                                    env={"LC_ALL": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin")})
        except (OSError, subprocess.TimeoutExpired):
            return set()
    return set(result.stdout.decode("utf-8", "replace").splitlines())


def _a_label(text: str) -> bool:
    from parsers.labels import label_alone, label_at_start, misread_label  # labels builds on the parsers

    return label_alone(text) is not None or label_at_start(text) is not None or misread_label(text) is not None


# --- the page's runs ----------------------------------------------------------------------------------------

def answers(words: Sequence[Word]) -> list[list[Word]]:
    """The page's words in runs: each visual line cut where a wide gap parts two answers (where the page's
    text has a tab)."""
    typical, lines = visual_lines(words)
    runs: list[list[Word]] = []
    for line in lines:
        run = [line[0]]
        for before, word in itertools.pairwise(line):
            if word.left - (before.left + before.width) > typical * TAB_GAP:
                runs.append(run)
                run = [word]
            else:
                run.append(word)
        runs.append(run)
    return runs


def unsure_runs(words: Sequence[Word]) -> list[tuple[list[Word], bool]]:
    """Every word of the page in order of runs, each run with "read it again": the words tesseract was
    unsure of, next to each other in one answer, with a letter or digit among them; the words of an e-mail
    address (``_address_words``) a run of their own, read again only when tesseract was quite unsure of its
    "@" word (``ADDRESS_UNSURE``)."""
    out: list[tuple[list[Word], bool]] = []
    for answer in answers(words):
        unsure = [word.confidence < UNSURE_WORD for word in answer]
        # a number read in pieces is read again whole: "€9.7" sure and "49,5:" unsure are one amount, which a
        # piece read alone would leave in two ("€9.7 49,50")
        spread = True
        while spread:
            spread = False
            for index, word in enumerate(answer):
                if not unsure[index] and _digits(word) and any(
                        unsure[other] and _digits(answer[other]) for other in (index - 1, index + 1)
                        if 0 <= other < len(answer)):
                    unsure[index] = spread = True
        # an address is a run of its own, read again only when tesseract was unsure of it (``ADDRESS_UNSURE``)
        # a label before it is none of its pieces ("Courriel jan@example.org" is no "courrieljan@")
        address = {index for index in _address_words(answer)
                   if "@" in answer[index].text or not _a_label(answer[index].text)}
        address_unsure = bool(address) and min(
            answer[index].confidence for index in address if "@" in answer[index].text) < ADDRESS_UNSURE
        kinds = [("address", address_unsure) if index in address else ("", flag)
                 for index, flag in enumerate(unsure)]
        at = 0
        for (_, flag), group in itertools.groupby(kinds):
            run = answer[at:at + len(list(group))]
            at += len(run)
            out.append((run, flag and any(c.isalnum() for word in run for c in word.text)))
    return out


def _address_words(answer: Sequence[Word]) -> set[int]:
    """The positions of an e-mail address's words in ``answer``: the word with its "@", the pieces of its
    name before it (up to a comma or a bracket: "pascalle fe bvre@example.org") and of its domain after it
    ("example. org"). They stay tesseract's, whose mends put them together (``ocr._mend``); the second engine
    reads an address worse. The rest of the answer ("(+33 6 8o 60 UU 32,") is read again as any other."""
    kept: set[int] = set()
    for at, word in enumerate(answer):
        if "@" not in word.text:
            continue
        kept.add(at)
        before = at - 1
        while before >= max(0, at - 3) and not answer[before].text.endswith((",", ";", ":", "(", ")")):
            kept.add(before)
            before -= 1
        for after in range(at + 1, min(len(answer), at + 3)):
            piece = answer[after].text  # "org.", ".org", "example.org": small letters or a dot first
            if not re.fullmatch(r"[\w.-]+[.,;)]?", piece) or not (piece[:1].islower() or piece.startswith(".")):
                break
            kept.add(after)
    return kept


_WHOLE_ADDRESS = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,4}")


def _address_in(text: str) -> str | None:
    """``text`` as one whole e-mail address (spaces beside its "@" and dots and the punctuation around it
    left out), or None. Only an address alone: words before it ("0478 12 34 56 jan.maes@...", "Els Maes
    els.maes@...") are none of it."""
    compact = re.sub(r"\s*([@.])\s*", r"\1", text.strip()).strip(".,;:()<>").lower()
    return compact if _WHOLE_ADDRESS.fullmatch(compact) else None


# what stands after an address's name when it is the rest of the address: ".org", "example.org", "org." (in
# small letters: "GSM" or "Tel." after an address is the next answer)
_DOMAIN_PIECE = re.compile(r"[a-z0-9-]*\.[a-z0-9.-]*[a-z]{2,4}[.,;)]?|(?:org|com|net|be|fr|eu|nl|info)[.,;)]?")


def _domain_after(runs: Sequence[tuple[Sequence[Word], bool]], index: int) -> bool:
    """The run after run ``index`` stands beside it on its line and is the rest of an e-mail address: the
    second engine, reading past the run's crop, would put a domain before that one ("jan.maes@example.or"
    from "jan.maesaexample", then ".org")."""
    if index + 1 >= len(runs):
        return False
    last, following = runs[index][0][-1], runs[index + 1][0][0]
    return following.left > last.left and abs(following.middle - last.middle) <= last.height * 0.6 \
        and _DOMAIN_PIECE.fullmatch(following.text) is not None


def _digits(word: Word) -> bool:
    return any(c.isdigit() for c in word.text)


def spaced(run: Sequence[Word]) -> str:
    """The run's text with a space only where tesseract's words stand apart: a handwritten word it cut in
    pieces ("GE M E E N TE") is one word for the alignment."""
    height = sorted(word.height for word in run)[len(run) // 2]
    text = run[0].text
    for before, word in itertools.pairwise(run):
        text += (" " if word.left - (before.left + before.width) >= SPACE * height else "") + word.text
    return text


def _box(run: Sequence[Word]) -> tuple[int, int, int, int]:
    left, top = min(w.left for w in run), min(w.top for w in run)
    return left, top, max(w.left + w.width for w in run), max(w.top + w.height for w in run)


def _crop(page: Image.Image, boxes: Sequence[tuple[int, int, int, int]], index: int,
          up_down: float = PAD) -> Image.Image:
    """Run ``index``'s box (of the page's runs' ``boxes``) and some of the page around it (``up_down`` of its
    height above and under it), but none of the words beside it on its line: the second engine would read
    them too."""
    left, top, right, bottom = boxes[index]
    pad = max(2, round((bottom - top) * PAD))
    start, end = left - pad, right + pad
    for number, (other_left, other_top, other_right, other_bottom) in enumerate(boxes):
        if number == index or other_bottom <= top or other_top >= bottom:
            continue
        if other_right <= left:
            start = max(start, (other_right + left) // 2)
        elif other_left >= right:
            end = min(end, (right + other_left) // 2)
    above = max(2, round((bottom - top) * up_down))
    return page.crop((max(0, start), max(0, top - above), min(page.size[0], end), min(page.size[1], bottom + above)))


def _as_words(text: str, run: Sequence[Word], score: float) -> list[Word]:
    """The new reading as words over the run's box, each as wide as its share of the letters."""
    left, top, right, bottom = _box(run)
    pieces = text.split()
    letters = sum(len(piece) for piece in pieces) + len(pieces) - 1
    per_letter = (right - left) / max(1, letters)
    words, at = [], float(left)
    for piece in pieces:
        width = max(1, round(per_letter * len(piece)))
        words.append(Word(round(at), top, width, bottom - top, piece, round(score * 100, 1)))
        at += per_letter * (len(piece) + 1)
    return words


# --- the engine ---------------------------------------------------------------------------------------------

_lock = threading.Lock()
_engine: Any = None


def model_file() -> Path:
    """The recogniser's file in the rapidocr wheel."""
    import rapidocr

    return Path(rapidocr.__file__).parent / "models" / MODEL


def _recogniser() -> Any:
    global _engine
    with _lock:
        if _engine is None:
            from rapidocr import RapidOCR

            # the wheel's own file, named: a release that stops carrying it fails here instead of downloading
            model = model_file()
            if not model.is_file():
                raise FileNotFoundError(f"the second engine's model {model} is not installed")
            engine: Any = RapidOCR(params={
                "Global.use_det": False, "Global.use_cls": False, "Global.log_level": "critical",
                "Rec.model_path": str(model),
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            })
            # the recogniser alone (no detector, no classifier), batched over the page's crops; a private
            # method, which is why the dependency is pinned to its release line
            recogniser = engine._load_rec_model()
            if HANDS.is_file():
                recogniser.session.session = _tuned_session(model, HANDS)
            _engine = recogniser
        return _engine


_tuned_values: list[Any] = []  # onnxruntime reads the replacing tensors where they lie: kept for the process
CHECK = "check."  # the tuned file's own entries: what its model reads on ``check_image``, not tensors


def check_image() -> np.ndarray:
    """A fixed input (one line, 48 x 320, the recogniser's scale) on which a tuned file records what its model
    reads, so that loading it checks that what runs is what was tuned."""
    rows, columns = np.mgrid[0:48, 0:320].astype(np.float32)
    pattern = np.sin(rows / 3.0) * np.cos(columns / 7.0) + np.sin((rows + columns) / 11.0)
    return np.broadcast_to(np.tanh(pattern)[np.newaxis, np.newaxis], (1, 3, 48, 320)).astype(np.float32)


def _tuned_session(model: Path, tuned: Path) -> Any:
    """The wheel's model with some of its tensors replaced by ``tuned``'s (an .npz of arrays named after the
    model's own), on one thread as the engine's own session.

    onnxruntime takes a replacing tensor of any name or shape without a word, and with its graph optimisations
    on (even the basic level) replaced convolution and batch-norm weights do not all take effect (measured: the
    readings differ from the tuned model's by up to 0.15 in probability): so the graph is run as it stands, and
    the file carries what its model reads on ``check_image``, compared here. A file made for another release
    of the model, or one that does not apply, fails here (an installation fault, ``OcrError``) instead of
    reading silently otherwise."""
    with np.load(tuned) as arrays:
        tensors = {name: arrays[name] for name in arrays.files if not name.startswith(CHECK)}
        letters, scores = arrays[CHECK + "letters"], arrays[CHECK + "scores"]
    session = session_with(model, tensors)
    probabilities = session.run(None, {session.get_inputs()[0].name: check_image()})[0][0]
    if not (np.array_equal(probabilities.argmax(axis=1), letters)
            and np.allclose(probabilities.max(axis=1), scores, atol=1e-4)):
        raise OcrError(f"{tuned} does not read as it was tuned to on {model.name}: made for another model?")
    return session


def session_with(model: Path, tensors: dict[str, np.ndarray]) -> Any:
    """An onnxruntime session of ``model`` with ``tensors`` (by the model's names) in place of its own, on one
    thread, the graph run as it stands (``_tuned_session``): also how a tuning records what it reads."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    values = [(name, onnxruntime.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(tensor, np.float32)))
              for name, tensor in tensors.items()]
    for name, value in values:
        options.add_initializer(name, value)
    session = onnxruntime.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    _tuned_values.extend(values)
    return session


def recognise(crops: Sequence[Image.Image]) -> list[tuple[str, float]]:
    """The second engine's reading of each crop (one line each), with its score (0-1)."""
    return [(text, score) for text, score, _ in recognise_with_alternatives(crops)]


class _Others(Sequence[str]):
    """The other strings the engine finds nearly as likely as its reading (``ALTERNATIVE``), likeliest first,
    searched for (``ctc_beams``) only when first asked: a run is read in two crops and only the surer one's
    are wanted. Holds the engine's scores at each step of the letters it found likely there, not of all it
    knows (the search tries no others)."""

    def __init__(self, text: str, probabilities: np.ndarray, characters: Sequence[str]) -> None:
        most = min(ctc_beams.MOST_LETTERS + 1, probabilities.shape[1])
        top = np.argpartition(probabilities, -most, axis=1)[:, -most:]
        columns = np.unique(np.concatenate([[ctc_beams.BLANK], top.ravel()]))  # the blank first, as the search wants
        self._text = text
        self._steps: np.ndarray | None = np.ascontiguousarray(probabilities[:, columns])
        self._letters = [characters[int(column)] for column in columns]
        self._found: list[str] | None = None

    def _strings(self) -> list[str]:
        if self._found is None:
            assert self._steps is not None
            likely = ctc_beams.likeliest(self._steps, self._letters)
            best = likely[0][1] if likely else 0.0
            self._found = [other for other, log in likely if log >= best - ALTERNATIVE and other != self._text]
            self._steps = None  # searched once; the scores are no longer needed
        return self._found

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._strings()[index]

    def __len__(self) -> int:
        return len(self._strings())


def recognise_with_alternatives(crops: Sequence[Image.Image]) -> list[tuple[str, float, Sequence[str]]]:
    """The second engine's reading of each crop (one line each), its score (0-1), and the other strings it
    finds nearly as likely (``ALTERNATIVE``), likeliest first (searched when first asked: ``_Others``).

    The recogniser's own steps (``rapidocr``'s ``TextRecognizer.__call__``: crops by width, in batches
    padded to the widest), so that its reading and score are what it gives itself; its scores at each step
    are kept for ``ctc_beams``."""
    if not crops:
        return []
    if any(0 in crop.size for crop in crops):  # nothing to read; the recogniser would divide by it
        readable = [index for index, crop in enumerate(crops) if 0 not in crop.size]
        read = recognise_with_alternatives([crops[index] for index in readable])
        out_all: list[tuple[str, float, Sequence[str]]] = [("", 0.0, [])] * len(crops)
        for index, reading in zip(readable, read, strict=True):
            out_all[index] = reading
        return out_all
    try:
        return _recognised(crops)
    except (OcrError, MemoryError):
        raise
    except Exception as exc:  # onnxruntime's and rapidocr's own errors (a session short of memory), in our tree
        raise OcrError(f"the second engine could not read the runs: {exc}") from exc


def _recognised(crops: Sequence[Image.Image]) -> list[tuple[str, float, Sequence[str]]]:
    recogniser = _recogniser()
    # the recogniser takes OpenCV's images: colour, blue first
    images = [np.ascontiguousarray(np.asarray(crop.convert("RGB"))[:, :, ::-1]) for crop in crops]
    ratios = [image.shape[1] / float(image.shape[0]) for image in images]
    order = np.argsort(np.array(ratios))
    out: list[tuple[str, float, Sequence[str]]] = [("", 0.0, [])] * len(images)
    _, height, width = recogniser.rec_image_shape[:3]
    characters = recogniser.postprocess_op.character
    for start in range(0, len(images), recogniser.rec_batch_num):
        batch = [int(index) for index in order[start:start + recogniser.rec_batch_num]]
        widest = max(width / height, *(ratios[index] for index in batch))
        normalised = np.concatenate([recogniser.resize_norm_img(images[index], widest)[np.newaxis, :]
                                     for index in batch]).astype(np.float32)
        probabilities = recogniser.session(normalised)
        readings, _ = recogniser.postprocess_op(probabilities)
        for row, index in enumerate(batch):
            text, score = readings[row]
            # a reading the engine is not sure of is not taken (``SURE``), nor are the strings it finds
            # beside it
            others: Sequence[str] = _Others(str(text), probabilities[row], characters) if score >= SURE else []
            out[index] = (str(text), float(score), others)
    return out


def read_again(page: Image.Image, words: Sequence[Word], *, places: Iterable[str] = ()) -> list[Word] | None:
    """The page's words, the unsure runs replaced where the second engine read them better; None when no run
    was replaced. ``places``: the call's place names, known words beside the word lists."""
    runs = unsure_runs(words)
    chosen = [index for index, (_, again) in enumerate(runs) if again][:MAX_RUNS]
    if not chosen:
        return None
    boxes = [_box(run) for run, _ in runs]
    readings = [recognise_with_alternatives([_crop(page, boxes, index, up_down) for index in chosen])
                for up_down in UP_DOWN]
    surest = [max(each, key=lambda reading: reading[1]) for each in zip(*readings, strict=True)]
    candidates = []
    replaced: dict[int, list[Word]] = {}
    covered: set[int] = set()  # the words a replaced run's reading covers besides its own
    for index, (text, score, others) in zip(chosen, surest, strict=True):
        own = runs[index][0]
        beneath = _beneath(own, [word for number, (other, _) in enumerate(runs) if number != index for word in other])
        if beneath and any(0 < sum(word in beneath for word in other) < len(other) for other, _ in runs):
            continue  # a run partly under the box: read with it, its rest would come twice; tesseract's stays
        run = sorted([*own, *beneath], key=lambda word: word.left)
        first = " ".join(word.text for word in run) if beneath else spaced(run)
        if not text.strip() or not _latin(text) or _a_label(first):
            continue
        if "@" in text or "@" in first:
            # an address: the second engine's only when it read a whole one, surely, where tesseract was
            # quite unsure ("sdeclerca@exanmple.orq" at 43 for sdeclercq@example.org at 0.99); else
            # tesseract's, whose mends put it together ("edevulderéexample")
            address = _address_in(text)
            if address is not None and score >= ADDRESS_SURE and address != _address_in(first) \
                    and sum(word.confidence for word in run) / len(run) < ADDRESS_UNSURE \
                    and not _domain_after(runs, index) and not beneath:
                replaced[id(own[0])] = _as_words(address, run, score)
            continue
        if score < SURE:
            continue
        second = merged(first, text.strip())
        alternatives = [merged(first, other.strip()) for other in others
                        if _other_letters_only(other, text) and _latin(other)]
        if second and (second != first or any(alternative != first for alternative in alternatives)):
            candidates.append((own, run, first, [second, *alternatives], score))
    if candidates:  # the word lists are searched only for runs that may change
        asked = [word for _, _, first, seconds, _ in candidates for word in words_of(" ".join([first, *seconds]))]
        # another string counts words the lists write small, and the call's places: the lists hold surnames
        # too ("Damon" is no better reading of "Dumon")
        known, small = known_words_and_words([*asked, *(variant for word in asked for variant in _u_for_v(word))],
                                             places)
        for own, run, first, seconds, score in candidates:
            second = _most_words([seconds[0], *(other for other in seconds[1:] if _no_name_respelled(
                seconds[0], other, first))], small)
            if second == first:
                continue
            second = " ".join(_known_with_u(word, known) for word in second.split())
            if tesseract_stays(first, second, _sureness(run, second), known, score=score) is None:
                replaced[id(own[0])] = _as_words(second, run, score)
                covered |= {id(word) for word in run} - {id(word) for word in own}
    if not replaced:
        return None
    # a run covered whole is read with the run over it, even when it was read again on its own too
    return [word for run, _ in runs if not all(id(word) in covered for word in run)
            for word in replaced.get(id(run[0]), run) if id(word) not in covered]


def _other_letters_only(other: str, text: str) -> bool:
    """``other`` differs from ``text`` in letters only: the same digits (they have their own rules,
    ``tesseract_stays``), spaces (one put inside a name makes words of it: "Henne Belle") and marks (an
    apostrophe of its own beside tesseract's: "l’'amitié")."""
    return [c for c in other if not c.isalpha()] == [c for c in text if not c.isalpha()]


def _no_name_respelled(own: str, other: str, tesseract: str) -> bool:
    """``other`` (another string the engine found, merged) leaves every word with a capital as the engine
    read it, but where the two engines disagreed on it, and then with one letter for one or one letter put
    in before its last: a name both read alike is read right ("Dumon", not "Damon"; "Gezinsbond", not
    "Gezinsband"), and a letter added at its end makes another name of it ("Dumont", "Haringen"), where a
    letter left out inside is a hand's slip ("Oudercomté")."""
    mine, theirs = own.split(), other.split()
    if len(mine) != len(theirs):
        return False
    read_by_tesseract = {_folded(word) for word in tesseract.split()}
    for word, respelled in zip(mine, theirs, strict=True):
        if word == respelled or not word[:1].isupper():
            continue
        if _folded(word) in read_by_tesseract or not (len(respelled) == len(word) or any(
                respelled[:index] + respelled[index + 1:] == word for index in range(len(respelled) - 1))):
            return False
    return True


def _folded(word: str) -> str:
    return "".join(_fold(c) for c in word if c.isalnum())


def _most_words(readings: Sequence[str], known: set[str]) -> str:
    """Of ``readings`` (the engine's own, then the strings it finds nearly as likely, likeliest first), the
    first of those holding the most known words, when that is more than its own holds, with no fewer letters
    in all and every word of its own that is known as it was ("feux" may be meant): a hand's letter between
    two ("jerx", "jeux") is read as the one that makes a word."""
    own = readings[0]
    kept = [token for token in own.split() if (found := words_of(token)) and all(word in known for word in found)]
    readings = [own, *(reading for reading in readings[1:]
                       if all(token in reading.split() for token in kept))]
    counts = [sum(word in known for word in words_of(reading)) for reading in readings]
    letters = sum(c.isalpha() for c in own)
    best = max(range(len(readings)), key=lambda number: (counts[number], -number))
    if counts[best] > counts[0] and sum(c.isalpha() for c in readings[best]) >= letters:
        return readings[best]
    return own


def _beneath(run: Sequence[Word], others: Sequence[Word]) -> list[Word]:
    """The words of other runs standing within the run's box on its line: tesseract sometimes gives an
    unsure word a box across the words after it ("Buurtfeest" over "met repair café"), and the second
    engine, reading the crop, reads them too. They are read again with the run, or their reading would come
    twice ("met met repair repair")."""
    left, top, right, bottom = _box(run)
    middle = (top + bottom) / 2
    # on the run's line: each one's middle within the other's height (a tall box reaches the next line's)
    return [word for word in others if left <= word.left + word.width / 2 <= right
            and top <= word.middle <= bottom and word.top <= middle <= word.top + word.height]
