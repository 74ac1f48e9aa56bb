"""`intake check` says how documents are read: the parser child's limits, the OCR here, and what a memory cap
too small for the second OCR engine costs (round 31: the old default of 1024 MB had silently kept every
handwritten page to tesseract's reading)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from config.settings import PARSE_MEMORY_MB, SECOND_ENGINE_MB, parse_settings
from intake.cli.check import check_parsing

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def _settings(tmp_path: Path, parsing: dict[str, int]):
    return parse_settings({"mailbox": {"url": "maildir:./m"}, "parsing": parsing}, str(tmp_path / "intake.toml"),
                          tmp_path)


def test_the_default_cap_reads_handwriting_with_both_engines_and_says_so(tmp_path: Path) -> None:
    report = check_parsing(_settings(tmp_path, {}))
    assert f"60 s and {PARSE_MEMORY_MB} MB" in report.summary
    assert "nld" in report.summary and "fra" in report.summary and "second engine ready" in report.summary
    assert report.notes == [] and report.problems == []


def test_a_cap_too_small_for_the_second_engine_is_named_with_its_cost(tmp_path: Path) -> None:
    report = check_parsing(_settings(tmp_path, {"memory_mb": 1024}))
    assert len(report.notes) == 1
    note = report.notes[0]
    assert "[parsing] memory_mb = 1024" in note and f"{SECOND_ENGINE_MB} MB" in note
    assert "tesseract alone" in note and str(tmp_path / "intake.toml") in note
    assert report.problems == []  # the service still reads every page: a note, not a failure
