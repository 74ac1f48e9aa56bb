"""The jury pack, read back: pypdf for pages and bookmarks, pdftotext for the words a juror reads."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.notifications.conftest import make_env  # noqa: F401 - the fixture: settings, database, blobs
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


def _pdf(text: str, *, password: str | None = None) -> bytes:
    import io

    from pypdf import PdfWriter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    if password is None:
        return buffer.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _png() -> bytes:
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure = pyplot.figure(figsize=(1.2, 0.8))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    pyplot.close(figure)
    return buffer.getvalue()


def test_a_photo_is_shown_and_what_cannot_be_shown_is_named_never_dropped(make_env, tmp_path):  # noqa: F811
    from intake.applications.jury_pack import build_jury_pack
    from storage.applications import Document
    from storage.records import load_applications
    from tests.notifications.factories import add_application

    env = make_env()
    files = [("plan.pdf", _pdf("Het plan van de buurt"), "application/pdf"),
             ("beveiligd.pdf", _pdf("geheim", password="buur"), "application/pdf"),
             ("foto.png", _png(), "image/png"),
             ("schets.heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64, "image/heic")]
    with env.db.session() as session:
        application = add_application(session, fields={"project_title": "Speelstraat", "requested_amount": "5000.00",
                                                       "organisation": "Buurtcomité Noord"})
        for index, (name, data, content_type) in enumerate(files, start=1):
            session.add(Document(application_id=application.id, part_index=index, kind="postal", filename=name,
                                 sha256=env.blobs.put("attachments", data), size=len(data),
                                 content_type=content_type, parse_status="parsed"))
        session.flush()
        session.expire_all()
        report = build_jury_pack(load_applications(session, "mwb-2019"), env.settings.call, env.blobs,
                                 tmp_path / "pack.pdf", now=env.now)
    assert report.applications == [application.reference]
    assert sorted(report.not_included) == [f"{application.reference}: beveiligd.pdf (beveiligde PDF)",
                                           f"{application.reference}: schets.heic (dit bestandstype wordt niet "
                                           "getoond)"]
    reader = PdfReader(tmp_path / "pack.pdf")
    assert [child.title for child in reader.outline[2]] == ["plan.pdf", "foto.png"]
    text = _text(tmp_path / "pack.pdf")
    assert "Het plan van de buurt" in text and "geheim" not in text
    assert "Niet opgenomen" in text and "beveiligd.pdf" in text and "schets.heic" in text
    assert len(reader.pages) == 4  # cover, summary, the plan, the photo


def test_the_summary_marks_corrected_and_unsure_values_and_a_missing_amount_is_unknown(make_env, tmp_path):  # noqa: F811
    """The jury reads the form further on: a value the coordinator corrected says so and what the form said."""
    from intake.applications.jury_pack import build_jury_pack
    from intake.applications.linking import set_coordinator_field
    from storage.applications import ApplicationField
    from storage.records import load_applications
    from tests.notifications.factories import add_application

    env = make_env()
    with env.db.session() as session:
        corrected = add_application(session, fields={"project_title": "Een speelplein voor Esen",
                                                     "organisation": "Speelpleinwerking",
                                                     "requested_amount": "12500.00"})
        set_coordinator_field(corrected, "requested_amount", "10000.00", env.now, by="coord@example.org")
        unsure = add_application(session, sender="jef@example.org", fields={"project_title": "Buurtmeesters",
                                                                             "organisation": "Buurtmeesters vzw"})
        session.add(ApplicationField(application_id=unsure.id, name="municipality", value="Poperinge",
                                     source="body", confidence=0.55))
        session.flush()
        session.expire_all()
        build_jury_pack(load_applications(session, "mwb-2019"), env.settings.call, env.blobs, tmp_path / "pack.pdf",
                        now=env.now)
    text = " ".join(_text(tmp_path / "pack.pdf").split())
    assert "10.000,00 EUR [verbeterd door de coördinator; in het formulier: 12.500,00 EUR]" in text
    assert "Poperinge [onzeker gelezen, nog na te kijken]" in text
    assert "gevraagd bedrag verbeterd" in text and "gemeente nog na te kijken" in text
    cover = text.split(corrected.reference)[0] + text.split(corrected.reference)[1]
    assert "onbekend" in cover  # the cover table: no amount is not 0,00 EUR
    assert "10.000,00 EUR (verbeterd)" in text and "na te kijken: gemeente" in text
    assert not re.search(r"(?<![\d.,])0,00 EUR", text)
    assert "samen gevraagd 10.000,00 EUR (zonder 1 aanvraag met een onbekend bedrag)" in text
