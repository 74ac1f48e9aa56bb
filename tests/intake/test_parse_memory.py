"""The parser child's default memory cap holds the second engine's whole-page reading of a handwritten page
(round 31: under the old default of 1024 MB it never fitted, and the worker read such pages with tesseract
alone while the benchmarks, run without a cap, measured both readings); a smaller cap still reads the page."""

from __future__ import annotations

import shutil

import pytest

from benchmarks.ocr_cost import handwritten_page
from config.settings import PARSE_MEMORY_MB
from tests.support.capped_child import TESSERACT_ALONE, WHOLE_PAGE, read_under_cap

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def test_the_default_cap_holds_the_second_engines_whole_page_reading() -> None:
    outcome, _, _ = read_under_cap(PARSE_MEMORY_MB, handwritten_page())
    assert outcome == WHOLE_PAGE


def test_under_a_cap_too_small_for_the_second_engine_the_page_is_still_read() -> None:
    # 512 MB: the second engine's sessions do not fit (its reading of unsure runs failed the whole document
    # with onnxruntime's error before round 31); tesseract's reading stands
    outcome, _, _ = read_under_cap(512, handwritten_page())
    assert outcome == TESSERACT_ALONE
