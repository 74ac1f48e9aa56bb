"""`intake extract FILE.eml` and the worker read one e-mail to the same values: there is one merge.

The mails are built so that the order of documents matters: two forms in one mail that disagree on the
amount (equal source: the later one wins), a body whose "Label:" lines lose to a form's boxes, and a
letter whose prose loses to a table.
"""

from __future__ import annotations

import json
import mailbox
import os
from datetime import datetime

from intake.applications.form import build_form, fill_docx_form, fill_pdf_form
from tests.parsers.corpus import APPLICANTS, table_docx
from tests.parsers.format_samples import word_form
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import BRUSSELS, make_email

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

FORM = {"organisation": "Buurtcomité De Kapelle", "contact_name": "Lien Desmet", "email": "lien@example.org",
        "phone": "+3257123456", "address": "Kapellestraat 4", "postcode": "8970", "municipality": "Poperinge",
        "country": "BE", "project_title": "Samen onder de linde", "summary": "Een bank en een buurtfeest.",
        "requested_amount": "9500.00", "total_budget": "12000.00"}


def _mails() -> list[bytes]:
    pdf = fill_pdf_form(build_form(_call(), "nl", "pdf", "coordinator@example.org"), FORM)
    corrected = fill_docx_form(build_form(_call(), "nl", "docx", "coordinator@example.org"),
                               {**FORM, "requested_amount": "8750.00"})
    return [
        make_email(sender="Lien Desmet <lien@example.org>", subject="Aanvraag Samen onder de linde",
                   body="Beste,\n\nGevraagd bedrag: 7000 euro\nGemeente: Ieper\n\nLien\n",
                   attachments=[("aanvraag.pdf", pdf, PDF), ("aanvraag-v2.docx", corrected, DOCX)]),
        make_email(sender="Marc Vermeulen <marc@example.org>", subject="Ons idee",
                   body="Beste,\n\nNamens de vzw De Groene Loper vragen we 4000 euro.\n",
                   attachments=[("begroting.docx", table_docx(APPLICANTS[1]).data, DOCX)]),
        # a form whose footer names the coordinator's mailbox, and no address of the applicant's
        make_email(sender="Els Vandamme <els.vandamme@example.net>", subject="Projectidee Zarren",
                   attachments=[("formulier.docx", word_form(
                       [("Naam vereniging", "Dorpsraad Zarren"), ("Contactpersoon", "Els Vandamme"),
                        ("Titel van het project", "Een bank op het plein"), ("Gevraagd bedrag", "€ 3.000")],
                       paragraphs=("Terug te sturen vóór 16 juni 2019 naar coordinator@example.org",)), DOCX)]),
        # a town hall's desk sends on a form that names its contact and gives no address of theirs: the
        # desk's From address is no sure address of the contact's (to check in both)
        make_email(sender="Onthaal Gemeente Heuvelland <onthaal@heuvelland.example.org>", subject="Doorgestuurd",
                   attachments=[("aanvraag.docx", word_form(
                       [("Naam vereniging", "Dorpsraad Loker"), ("Contactpersoon", "Jan Peeters"),
                        ("Titel van het project", "Een speelplein"), ("Gevraagd bedrag", "€ 5.000")]), DOCX)]),
    ]


def _call():
    from config.call import load_call

    return load_call()


def test_extract_and_the_worker_agree(tmp_path) -> None:
    root = tmp_path / "Maildir"
    box = mailbox.Maildir(root, create=True)
    files = []
    for n, raw in enumerate(_mails()):
        key = box.add(raw)
        arrival = datetime(2019, 6, 1, 10, n, tzinfo=BRUSSELS).timestamp()
        os.utime(root / "new" / key, (arrival, arrival))
        path = tmp_path / f"mail{n}.eml"
        path.write_bytes(raw)
        files.append(path)
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{root}"}, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": {"url": f"outbox:{tmp_path / 'outbox'}", "from": "Oproep <coordinator@example.org>",
                 "coordinator": "coordinator@example.org"}})
    assert run_intake_here("db", "upgrade", config=config).returncode == 0
    poll = run_intake("poll", config=config, timeout=300)
    assert poll.returncode == 0, poll.stderr.decode()

    listed = run_intake_here("list", "--format", "jsonl", config=config)
    references = [json.loads(line)["reference"] for line in listed.stdout.decode().splitlines()]
    assert len(references) == len(files)
    for path, reference in zip(files, references, strict=True):
        extracted = json.loads(run_intake("extract", str(path), "--format", "jsonl").stdout)
        shown = json.loads(run_intake_here("show", reference, "--format", "json", config=config).stdout)
        by_extract = {name: (field["value"], field["confidence"]) for name, field in extracted["fields"].items()}
        by_worker = {name: (field["value"], field["confidence"]) for name, field in shown["fields"].items()}
        assert by_worker == by_extract, path.name  # the same values, equally sure (to check alike)
        assert shown["language"] == extracted["language"]
    first = json.loads(run_intake_here("show", references[0], "--format", "json", config=config).stdout)
    # the later of two equally strong forms wins, and a form's box beats the body's "Label:" line
    assert first["fields"]["requested_amount"]["value"] == "8750.00"
    assert first["fields"]["municipality"]["value"] == "Poperinge"
    # the coordinator's mailbox on the form is not the applicant's: the address they wrote from is
    third = json.loads(run_intake_here("show", references[2], "--format", "json", config=config).stdout)
    assert third["fields"]["email"]["value"] == "els.vandamme@example.net"
    fourth = json.loads(run_intake_here("show", references[3], "--format", "json", config=config).stdout)
    assert fourth["fields"]["email"]["value"] == "onthaal@heuvelland.example.org"
    assert fourth["fields"]["email"]["confidence"] < 0.8
