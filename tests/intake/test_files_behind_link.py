"""An application sent as a link (WeTransfer, Google Drive...): named for the coordinator, never followed.

The receipt does not ask the applicant for what is behind the link, no reminder goes out while it waits,
and `intake add-files REF FILE...` adds what the coordinator downloaded: the values are read, the item is
moot, the applicant gets an updated receipt.
"""

from __future__ import annotations

import hashlib
import json
from email import message_from_bytes, policy

from intake.applications.added_files import add_files
from intake.applications.linking import find_by_reference
from intake.applications.postal import read_postal_files
from intake.worker.cycle import run_cycle
from notifications.reminders import due_reminders
from storage.outbox import OutgoingMail
from tests.intake.test_attention import _items, at, deliver
from tests.support.applications import filled_form, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import make_email

LINKED = ("Beste,\n\nOnze aanvraag is te groot om te mailen. U kunt ze hier downloaden:\n"
          "https://we.tl/t-Zk3XyQ81bV\n\nVriendelijke groeten,\nGriet\n")
HTML_LINKED = ('<p>Bonjour,</p><p>Notre dossier complet est sur notre Drive : '
               '<a href="https://drive.google.com/file/d/1aBcD_eFg/view?usp=sharing">dossier Partons 2.0</a>.</p>'
               '<p>Cordialement,<br>Camille</p>')


def _on_a_maildir(tmp_path, make_runtime):
    """A worker on a Maildir, its clock on 1 June 2019 at 11:00."""
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(6, 1, 11)
    return maildir, runtime


def _receipts(runtime) -> list[str]:
    from sqlalchemy import select

    with runtime.db.session() as session:
        return [row.body_text for row in session.scalars(select(OutgoingMail).where(OutgoingMail.kind == "receipt")
                                                          .order_by(OutgoingMail.id))]


def test_a_link_to_the_files_is_named_and_not_asked_for_again(tmp_path, make_runtime):
    maildir, runtime = _on_a_maildir(tmp_path, make_runtime)
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", subject="Aanvraag", body=LINKED,
                                          date=at(6, 1)), at(6, 1))
    run_cycle(runtime)

    items = _items(runtime, "files_behind_link")
    assert len(items) == 1, _items(runtime)
    assert "behind a link (WeTransfer: https://we.tl/t-Zk3XyQ81bV)" in items[0]["summary"]
    assert f"intake add-files {items[0]['reference']} FILE..." in items[0]["summary"]
    assert [action["action"] for action in items[0]["actions"]] == ["done"]
    receipt, = _receipts(runtime)
    assert "Je bestanden staan achter een link (WeTransfer)" in receipt
    assert "Wat nog ontbreekt" not in receipt  # what is behind the link is not asked for again
    assert "Let op" not in receipt  # nor is a problem the files may settle (no municipality read yet)
    # incomplete before the files are added, and yet no reminder: what is missing may be behind the link
    runtime.clock = lambda: at(6, 14, 11)
    with runtime.db.session() as session:
        assert find_by_reference(session, items[0]["reference"]).effective_status == "incomplete"
        assert due_reminders(session, runtime.settings, now=runtime.clock()) == []

    # a download that is no document (a broken transfer) is kept, and the link still waits
    broken = tmp_path / "aanvraag-deel.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    with runtime.db.session() as session:
        add_files(runtime, session, find_by_reference(session, items[0]["reference"]),
                  read_postal_files(runtime, [broken]))
    assert len(_items(runtime, "files_behind_link")) == 1
    form = tmp_path / "aanvraag.pdf"
    form.write_bytes(filled_form(values(3)))
    read = read_postal_files(runtime, [form])
    with runtime.db.session() as session:
        application = find_by_reference(session, items[0]["reference"])
        changed, again = add_files(runtime, session, application, read)
        assert "requested_amount" in changed and again == []
        assert application.effective_status == "complete"
    assert _items(runtime, "files_behind_link") == []  # moot: the files are on file


def test_a_drive_link_behind_a_word_in_an_html_mail_is_found(tmp_path, make_runtime):
    maildir, runtime = _on_a_maildir(tmp_path, make_runtime)
    raw = make_email(sender="Camille <camille@example.net>", subject="Candidature", body="", date=at(6, 1))
    message = message_from_bytes(raw, policy=policy.default)
    message.set_content(HTML_LINKED, subtype="html")
    deliver(maildir, "00.eml", message.as_bytes(), at(6, 1))
    run_cycle(runtime)
    item, = _items(runtime, "files_behind_link")
    assert "(Google Drive: https://drive.google.com/file/d/1aBcD_eFg/view?usp=sharing)" in item["summary"]
    receipt, = _receipts(runtime)
    assert "Vos fichiers sont derrière un lien (Google Drive)" in receipt


def test_a_drive_button_only_in_the_html_alternative_is_found(tmp_path, make_runtime):
    # the plain alternative says "Télécharger le dossier", the HTML has the button (a coordinator's trial)
    maildir, runtime = _on_a_maildir(tmp_path, make_runtime)
    raw = make_email(sender="Camille <camille@example.net>", subject="Dossier de candidature", date=at(6, 1),
                     body="Bonjour,\n\nNotre dossier complet : Télécharger le dossier\n\nCordialement,\nCamille\n")
    message = message_from_bytes(raw, policy=policy.default)
    message.add_alternative(HTML_LINKED.replace("dossier Partons 2.0", "Télécharger le dossier"), subtype="html")
    deliver(maildir, "00.eml", message.as_bytes(), at(6, 1))
    run_cycle(runtime)
    item, = _items(runtime, "files_behind_link")
    assert "https://drive.google.com/file/d/1aBcD_eFg/view?usp=sharing" in item["summary"]


def test_a_link_beside_a_readable_form_or_in_the_signature_raises_nothing(tmp_path, make_runtime):
    # the review: a complete form and a Drive link of site photos got the "your files are behind a link"
    # receipt, and a club's SharePoint page under every mail it sends made an item
    maildir, runtime = _on_a_maildir(tmp_path, make_runtime)
    photos = ("Beste,\n\nIn bijlage ons formulier; foto's van de plek: https://we.tl/t-Foto123\n"
              "Meer over ons: https://www.example.org/dorpsraad\n\nGroeten\n")
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", body=photos, date=at(6, 1),
                                          attachments=[("aanvraag.pdf", filled_form(values(1)), "application/pdf")]),
            at(6, 1))
    signed = ("Beste,\n\nWe willen met de buren een moestuin aanleggen achter de kerk.\nGevraagd bedrag: 3.000 euro\n"
              "Titel: Moestuin\n\n-- \nAn Peeters\nOnze foto's: https://www.dropbox.com/sh/AbC/xyz\n")
    deliver(maildir, "01.eml", make_email(sender="An <an@example.net>", subject="Idee", body=signed, date=at(6, 1)),
            at(6, 1))
    run_cycle(runtime)
    assert _items(runtime, "files_behind_link") == []
    assert all("achter een link" not in receipt for receipt in _receipts(runtime))


def test_an_address_that_only_looks_like_a_service_is_no_link(tmp_path, make_runtime):
    maildir, runtime = _on_a_maildir(tmp_path, make_runtime)
    spoofed = "Beste,\n\nOns dossier: https://evil.example\\@we.tl/t-Zk3 en https://wetransfer.com.example.net/d/x\n"
    deliver(maildir, "00.eml", make_email(sender="X <x@example.net>", subject="Ons dossier", body=spoofed,
                                          date=at(6, 1)), at(6, 1))
    run_cycle(runtime)
    assert _items(runtime, "files_behind_link") == []


def test_add_files_on_the_command_line(tmp_path):
    maildir = tmp_path / "mailbox"
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", subject="Aanvraag", body=LINKED,
                                          date=at(6, 1)), at(6, 1))
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{maildir}"}, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    assert run_intake("poll", config=config).returncode == 0
    shown = run_intake_here("show", "MWB-2019-001", config=config).stdout.decode()
    assert "link to shared files (not followed): https://we.tl/t-Zk3XyQ81bV" in shown
    assert "(its Date: Sat, 01 Jun 2019 10:00:00 +0200)" in shown  # the mail's own date beside its arrival
    form = tmp_path / "aanvraag.pdf"
    form.write_bytes(filled_form(values(2)))

    unknown = run_intake("add-files", "MWB-2019-999", str(form), config=config)
    assert unknown.returncode == 1 and "no application MWB-2019-999" in unknown.stderr.decode()
    missing = run_intake("add-files", "MWB-2019-001", str(tmp_path / "nowhere.pdf"), config=config)
    assert missing.returncode == 1 and "file not found" in missing.stderr.decode()
    (tmp_path / "leeg.pdf").write_bytes(b"")
    empty = run_intake("add-files", "MWB-2019-001", str(tmp_path / "leeg.pdf"), config=config)
    assert empty.returncode == 1 and "empty file" in empty.stderr.decode()
    folder = run_intake("add-files", "MWB-2019-001", str(tmp_path), config=config)
    assert folder.returncode == 1 and "not a file" in folder.stderr.decode()

    added = run_intake("add-files", "MWB-2019-001", str(form), config=config)
    assert added.returncode == 0, added.stderr.decode()
    assert added.stdout.decode().startswith("MWB-2019-001: complete; changed ")
    again = run_intake("add-files", "MWB-2019-001", str(form), config=config)  # the same file twice
    assert again.returncode == 0 and again.stdout.decode().startswith("already on file, not added again: ")
    shown = json.loads(run_intake_here("list", "--format", "jsonl", config=config).stdout.decode().splitlines()[0])
    assert shown["requested_amount"] == "9500.00"
    attention = [json.loads(line) for line in
                 run_intake_here("attention", "--format", "jsonl", config=config).stdout.decode().splitlines()]
    assert not [item for item in attention if item["kind"] == "files_behind_link"]
    receipts = sorted((tmp_path / "outbox").rglob("*.eml"))
    assert len(receipts) == 2  # the first receipt, and the updated one after the files were added
    first, second = (message_from_bytes(path.read_bytes(), policy=policy.default) for path in receipts)
    updated = second.get_body(("plain",)).get_content()
    assert "We vonden alles wat we nodig hebben" in updated
    assert "De coördinator haalde de bestanden achter je link op" in updated
    assert "per post" not in updated and "aanvulling" not in updated  # it came by mail; the applicant sent nothing
    assert second["In-Reply-To"] == first["In-Reply-To"]  # in the thread of the mail that gave the link
    # the shared folder's address leads to the applicant's files: forgetting them blanks it
    assert list((tmp_path / "data").rglob(hashlib.sha256(form.read_bytes()).hexdigest()))
    assert run_intake("forget", "griet@example.org", config=config).returncode == 0
    forgotten = json.loads(run_intake_here("show", "MWB-2019-001", "--format", "json", config=config).stdout)
    assert all(not document["links"] for document in forgotten["documents"])
    assert not list((tmp_path / "data").rglob(hashlib.sha256(form.read_bytes()).hexdigest()))  # the file is gone
    refused = run_intake("add-files", "MWB-2019-001", str(form), config=config)
    assert refused.returncode == 1 and "erased" in refused.stderr.decode()  # nothing fills it in again


def test_a_file_added_later_wins_a_tie_with_the_mail_it_completes(tmp_path, make_runtime):
    # the review: added files sorted before the mails, so the mail's guessed description beat the letter's
    import io

    from docx import Document as Docx

    maildir, runtime = _on_a_maildir(tmp_path, make_runtime)
    body = ("Beste,\n\nWe willen met de buren iets doen rond de kerk van Reninge, met de school en de jeugdbeweging.\n"
            "Ons dossier staat hier: https://we.tl/t-Zk3XyQ81bV\n\nGroeten,\nGriet\n")
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", subject="Aanvraag", body=body,
                                          date=at(6, 1)), at(6, 1))
    run_cycle(runtime)
    letter = Docx()
    letter.add_paragraph("Beste coördinator,")
    letter.add_paragraph("Achter de kerk van Reninge willen we met de buren, de school en de jeugdbeweging een "
                         "samentuin aanleggen met twaalf bakken, een regenton en een bank voor wie wil rusten.")
    letter.add_paragraph("Met vriendelijke groeten,")
    buffer = io.BytesIO()
    letter.save(buffer)
    path = tmp_path / "brief.docx"
    path.write_bytes(buffer.getvalue())
    runtime.clock = lambda: at(6, 3, 11)
    with runtime.db.session() as session:
        application = find_by_reference(session, "MWB-2019-001")
        assert str(application.current_fields()["summary"].value).startswith("We willen met de buren")
        add_files(runtime, session, application, read_postal_files(runtime, [path]))
        assert str(application.current_fields()["summary"].value).startswith("Achter de kerk van Reninge")


def test_a_value_the_added_file_only_confirms_is_no_change(tmp_path, make_runtime):
    # the trial: "changed requested_amount" for an amount the mail had said already (8250 -> 8250)
    maildir, runtime = _on_a_maildir(tmp_path, make_runtime)
    body = LINKED.replace("Vriendelijke", "Gevraagd bedrag: 9.500 euro\n\nVriendelijke")
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", subject="Aanvraag", body=body,
                                          date=at(6, 1)), at(6, 1))
    run_cycle(runtime)
    form = tmp_path / "aanvraag.pdf"
    form.write_bytes(filled_form(values(4)))
    with runtime.db.session() as session:
        application = find_by_reference(session, "MWB-2019-001")
        assert str(application.current_fields()["requested_amount"].value) == "9500.00"
        changed, _ = add_files(runtime, session, application, read_postal_files(runtime, [form]))
        assert "requested_amount" not in changed and "municipality" in changed


def test_add_files_to_an_application_that_waits_on_no_link_asks_to_be_sure(tmp_path):
    # a second trial: a form added to the wrong reference overwrote that applicant's values and mailed them
    # another group's data, "received by post", outside their thread
    maildir = tmp_path / "mailbox"
    deliver(maildir, "00.eml", make_email(sender="Dirk <dirk@example.org>", subject="Speelvogel", date=at(6, 1),
                                          attachments=[("aanvraag.pdf", filled_form(values(5)), "application/pdf")]),
            at(6, 1))
    deliver(maildir, "01.eml", make_email(sender="Griet <griet@example.org>", subject="Aanvraag", body=LINKED,
                                          date=at(6, 2)), at(6, 2))
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{maildir}"}, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    assert run_intake("poll", config=config).returncode == 0
    griets = tmp_path / "griet.pdf"
    griets.write_bytes(filled_form(values(6)))
    wrong = run_intake("add-files", "MWB-2019-001", str(griets), config=config)
    assert wrong.returncode == 1 and "MWB-2019-001 waits on no link to shared files" in wrong.stderr.decode()
    assert run_intake("add-files", "MWB-2019-002", str(griets), config=config).returncode == 0
    twice = run_intake("add-files", "MWB-2019-001", str(griets), config=config)
    assert twice.returncode == 1 and "griet.pdf is already on MWB-2019-002" in twice.stderr.decode()
    elsewhere = run_intake("add-files", "MWB-2019-001", str(griets), "--anyway", config=config)
    assert elsewhere.returncode == 0  # said, then done as asked
    budget = tmp_path / "begroting.pdf"
    budget.write_bytes(filled_form(values(5, amount="7.000")))
    assert run_intake("add-files", "MWB-2019-001", str(budget), config=config).returncode == 1
    receipts = sorted((tmp_path / "outbox").rglob("*.eml"))
    last = message_from_bytes(receipts[-1].read_bytes(), policy=policy.default)
    text = last.get_body(("plain",)).get_content()
    assert "De coördinator voegde een bestand bij je projectidee" in text  # not "the files behind your link"
    assert "per post" not in text and last["In-Reply-To"]  # it came by mail, and the answer stays in its thread
