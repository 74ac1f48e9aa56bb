"""`intake extract` and `intake form` through the real CLI entry point, offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.cli import main
from tests.parsers.corpus import APPLICANTS, acroform_pdf, mail_with_form, special_samples


def test_extract_jsonl_contract_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "aanvraag.pdf"
    pdf.write_bytes(acroform_pdf(APPLICANTS[0]).data)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(special_samples()[0].data)
    assert main(["extract", str(pdf), str(scan), "--format", "jsonl"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["file"] == "aanvraag.pdf"
    assert first["parse_status"] == "parsed" and first["language"] == "nl"
    assert first["fields"]["requested_amount"] == {"value": "9500.00", "source": "form_field", "confidence": 0.99}
    assert first["fields"]["budget_lines"]["value"][0] == {"description": "Tuinmateriaal en gereedschap",
                                                           "amount": "2500.00"}
    assert second["parse_status"] == "no_text" and second["fields"] == {}


def test_extract_eml_merges_body_and_attachments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eml = tmp_path / "mail.eml"
    eml.write_bytes(mail_with_form(APPLICANTS[4]).data)
    assert main(["extract", str(eml), "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["parse_status"] == "parsed" and record["language"] == "fr"
    assert record["fields"]["municipality"]["value"] == "Killem"
    assert record["fields"]["requested_amount"]["value"] == "8000.00"
    assert [d["parse_status"] for d in record["documents"]] == ["parsed", "parsed", "unsupported"]


def test_extract_table_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(acroform_pdf(APPLICANTS[1]).data)
    assert main(["extract", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "a.pdf  [parsed]  language=nl" in out
    assert "Poperinge" in out


def test_missing_file_exits_1_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"intake: file not found: {tmp_path / 'nope.pdf'}"


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_form_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_format: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INTAKE_CONFIG", raising=False)
    target = tmp_path / f"formulaire.{file_format}"
    assert main(["form", "--lang", "fr", "--format", file_format, "-o", str(target)]) == 0
    assert target.stat().st_size > 1000
