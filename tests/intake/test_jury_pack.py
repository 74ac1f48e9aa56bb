"""The jury pack, read back: pypdf for pages and bookmarks, pdftotext for the words a juror reads."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.support.applications import application_mail, values
from tests.support.calls import keep
from tests.support.cli import run_intake, write_config
from tests.web.conftest import _deliver

ON_TIME = datetime(2019, 6, 10, 8, 0, tzinfo=UTC)
LATE = datetime(2019, 6, 17, 9, 0, tzinfo=UTC)


def _text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout.decode()


def test_the_jury_pack_has_the_cover_every_application_and_its_documents(tmp_path):
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{tmp_path / 'mailbox'}"},
        "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"},
    })
    _deliver(tmp_path / "mailbox", [
        application_mail(values(1, project_title="Buurtmoestuin De Linde"), sender="griet@example.org"),
        application_mail(values(2, language="fr", municipality="Hondschoote", postcode="59122", amount="8 000",
                                project_title="Jardin partagé du Moulin"),
                         sender="camille@example.fr", language="fr", file_format="docx"),
        application_mail(values(3, project_title="Trage wegen in Lo"), sender="jef@example.org"),
    ], received=ON_TIME)
    _deliver(tmp_path / "mailbox", [application_mail(values(4, project_title="Te laat project"),
                                                     sender="laat@example.org")], received=LATE)
    assert run_intake("poll", config=config).returncode == 0
    assert run_intake("status", "MWB-2019-003", "withdrawn", config=config).returncode == 0

    pack = tmp_path / "jury.pdf"
    result = run_intake("jury-pack", "-o", str(pack), config=config)
    assert result.returncode == 0, result.stderr.decode()
    assert "2 application(s)" in result.stdout.decode() and "MWB-2019-003, MWB-2019-004" in result.stdout.decode()
    reader = PdfReader(pack)
    outline = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in outline] == [
        "Overzicht", "MWB-2019-001 – Buurtmoestuin De Linde", "MWB-2019-002 – Jardin partagé du Moulin"]
    children = [item for item in reader.outline if isinstance(item, list)]
    assert [[child.title for child in group] for group in children] == [
        ["Tekst van de e-mail", "aanvraag.pdf"], ["Tekst van de e-mail", "aanvraag.docx"]]
    starts = [reader.get_destination_page_number(item) for item in outline]
    assert starts[0] == 0 and starts[1] < starts[2] < len(reader.pages)
    text = _text(pack)
    cover = text.split("\f")[0]
    for expected in ("MWB-2019-001", "Dorpsraad 1", "Lo-Reninge", "Buurtmoestuin De Linde", "9.500,00 EUR",
                     "MWB-2019-002", "Hondschoote", "8.000,00 EUR"):
        assert expected in cover
    assert "MWB-2019-003" not in cover and "Te laat project" not in text
    pages = text.split("\f")
    assert all(f"{n} / {len(reader.pages)}" in page for n, page in enumerate(pages[:len(reader.pages)], start=1))
    assert "In bijlage ons projectidee" in text  # the e-mail, rendered
    assert "Un jardin pour tout le quartier." in text  # the DOCX, rendered
    assert "Een moestuin voor de hele buurt." in text  # the PDF form, merged as it came
    keep("jury-pack.pdf", pack.read_bytes())

    everything = tmp_path / "all.pdf"
    assert run_intake("jury-pack", "-o", str(everything), "--all", config=config).returncode == 0
    assert "Te laat project" in _text(everything)
    assert run_intake("jury-pack", "-o", str(tmp_path / "jury.docx"), config=config).returncode == 1
