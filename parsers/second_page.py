"""A whole page read by the second engine: PaddleOCR's detector finds its lines, its recogniser reads them.

``parsers.second_opinion`` reads again only the runs of words tesseract found and was unsure of; on
handwriting, what tesseract misses most is the page itself: a handwritten line it never found (a letter's
street and e-mail lines, round 30: "Lindenlaan 138" left out of a lined sheet), or found cut into pieces
no crop reads well. The engine's own detector (PP-OCRv6 small, in the same ``rapidocr`` wheel) finds
those lines, and its recogniser reads each whole, with its words' places. The words come out as
tesseract's do (``parsers.ocr.Word``, the score as 0-100), so the page is laid out, tabs and all, by the
same ``parsers.ocr`` code, and its fields are found by the same rules.

The reading does not replace tesseract's: the engines err on different fields (the second glues words,
drops accents, reads a form's label and answer as one line; tesseract loses lines and misreads handwritten
letters and digits), so ``parsers.two_readings`` keeps, field by field, what the two readings say.

Loaded once per process, on the first page read; one thread, and one page at a time (``page_words``), while
tesseract reads the other pages in parallel.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from parsers.ocr import OcrError, Word
from parsers.second_opinion import model_file

DETECTOR = "PP-OCRv6_det_small.onnx"  # in the rapidocr wheel, beside the recogniser
LEAST_SCORE = 0.5  # a line the engine reads with a lower score (0-1) is left out: a signature's loops, a stamp

_lock = threading.Lock()
_reading = threading.Lock()
_engine: Any = None


def model_files() -> tuple[Path, Path]:
    """The engine's recogniser and detector, files of the rapidocr wheel."""
    recogniser = model_file()
    return recogniser, recogniser.with_name(DETECTOR)


def _reader() -> Any:
    global _engine
    with _lock:
        if _engine is None:
            from rapidocr import RapidOCR

            # the wheel's own files, named: a release that stops carrying them fails here instead of downloading
            recogniser, detector = model_files()
            for model in (recogniser, detector):
                if not model.is_file():
                    raise OcrError(f"the second engine's model {model} is not installed")
            _engine = RapidOCR(params={
                "Global.use_cls": False, "Global.log_level": "critical", "Global.return_word_box": True,
                "Global.text_score": LEAST_SCORE,
                "Det.model_path": str(detector), "Rec.model_path": str(recogniser),
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            })
        return _engine


def page_words(page: Image.Image) -> list[Word]:
    """The words the second engine reads on a page, where they stand (the page's pixels), scored 0-100."""
    grey = np.asarray(page.convert("L"))
    reader = _reader()
    try:
        # one page at a time: rapidocr's detector sets its own state on each call (its preparing step)
        with _reading:
            result = reader(np.stack([grey] * 3, axis=-1))
    except Exception as exc:  # onnxruntime's and rapidocr's own errors, in the parsers' tree
        raise OcrError(f"the second engine could not read the page: {exc}") from exc
    words: list[Word] = []
    if result.boxes is None:  # nothing found: its words are then one empty entry, not a line of them
        return words
    for line in result.word_results or ():
        for text, score, corners in line:
            if not str(text).strip() or corners is None:
                continue
            xs = [int(x) for x, _ in corners]
            ys = [int(y) for _, y in corners]
            left, top = max(0, min(xs)), max(0, min(ys))
            words.append(Word(left, top, max(1, max(xs) - left), max(1, max(ys) - top), str(text).strip(),
                              round(float(score) * 100, 1)))
    return words
