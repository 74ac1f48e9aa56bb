"""Attention items the rules raise follow the rules, through the real worker on a Maildir and the
functions `intake set`, `intake status` and `intake attention resolve` call."""

from __future__ import annotations

import pytest

from config.errors import UsageError
from intake.applications.attention import item_record, list_items
from intake.applications.decisions import correct_fields, decide_status
from intake.applications.linking import find_by_reference
from intake.worker.cycle import run_cycle
from intake.worker.settle import resolve
from storage.attention import AttentionItem
from storage.models import Message
from tests.intake.test_attention import _items, at, deliver
from tests.support.mail import make_email

IDEA = ("Dag,\n\nWe willen een buurtfeest organiseren in Lo.\nTitel: Buurtfeest Lo\nOrganisatie: Buurtwerking Lo\n"
        "Gevraagd bedrag: {amount} euro\n\nGriet\n")


def _runtime(tmp_path, make_runtime, amount="12.000"):
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 22, 11)
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", subject="Ons idee",
                                          body=IDEA.format(amount=amount), date=at(4, 22)), at(4, 22))
    run_cycle(runtime)
    return runtime, maildir


def _item(runtime, kind):
    with runtime.db.session() as session:
        item = session.query(AttentionItem).filter(AttentionItem.kind == kind).one()
        return item_record(session, item)


def test_a_corrected_amount_closes_its_over_max_item(tmp_path, make_runtime):
    runtime, _ = _runtime(tmp_path, make_runtime)
    assert len(_items(runtime, "over_max_amount")) == 1
    with runtime.db.session() as session:
        application = find_by_reference(session, "MWB-2019-001")
        correct_fields(session, application, {"requested_amount": "10.000 euro"}, runtime.settings.call,
                       runtime.clock(), actor="tester", confirm_unchanged=True)
    closed = _item(runtime, "over_max_amount")
    assert (closed["state"], closed["resolved_by"]) == ("resolved", "rules")
    assert not _items(runtime, "over_max_amount")
    with runtime.db.session() as session:
        events = [(e.kind, e.detail.get("by")) for e in find_by_reference(session, "MWB-2019-001").events]
    assert ("attention_resolved", "rules") in events


def test_a_decision_closes_the_problem_items_and_offers_no_reject(tmp_path, make_runtime):
    runtime, _ = _runtime(tmp_path, make_runtime)
    item = _items(runtime, "over_max_amount")[0]
    assert "reject" in [action["action"] for action in item["actions"]]
    with runtime.db.session() as session:
        decide_status(session, find_by_reference(session, "MWB-2019-001"), "selected", runtime.clock(),
                      actor="tester")
    assert not _items(runtime, "over_max_amount")
    with runtime.db.session() as session:
        listed = [item_record(session, i) for i in list_items(session, include_resolved=True)]
    assert not any(action["action"] == "reject" for record in listed for action in record["actions"])
    with pytest.raises(UsageError, match="settled already"):  # closed by the rules: the project stays selected
        resolve(runtime, item["id"], "reject", actor="tester")
    with runtime.db.session() as session:
        assert find_by_reference(session, "MWB-2019-001").effective_status == "selected"


def test_an_undone_decision_opens_the_items_it_closed_but_not_what_the_coordinator_settled(tmp_path, make_runtime):
    runtime, _ = _runtime(tmp_path, make_runtime)
    item = _items(runtime, "over_max_amount")[0]
    to_check = _items(runtime, "to_check")
    with runtime.db.session() as session:
        decide_status(session, find_by_reference(session, "MWB-2019-001"), "selected", runtime.clock(),
                      actor="tester")
    assert not _items(runtime, "over_max_amount")
    with runtime.db.session() as session:  # back to the rules' own status: the problem is the coordinator's again
        decide_status(session, find_by_reference(session, "MWB-2019-001"), "auto", runtime.clock(), actor="tester")
    reopened = _items(runtime, "over_max_amount")
    assert [i["id"] for i in reopened] == [item["id"]] and "reject" in [a["action"] for a in reopened[0]["actions"]]
    with runtime.db.session() as session:
        events = [e.kind for e in find_by_reference(session, "MWB-2019-001").events]
    assert events.count("attention_resolved") == 1 and events.count("attention_reopened") == 1
    # an item the coordinator settled stays settled through the same back and forth
    resolve(runtime, item["id"], "done", actor="tester")
    for status in ("rejected", "auto"):
        with runtime.db.session() as session:
            decide_status(session, find_by_reference(session, "MWB-2019-001"), status, runtime.clock(),
                          actor="tester")
    assert not _items(runtime, "over_max_amount")
    assert [i["id"] for i in _items(runtime, "to_check")] == [i["id"] for i in to_check]


def test_a_settled_changed_value_no_longer_says_it_waits(tmp_path, make_runtime):
    runtime, maildir = _runtime(tmp_path, make_runtime, amount="8.750")
    deliver(maildir, "01.eml", make_email(sender="Griet <griet@example.org>", subject="Re: MWB-2019-001",
                                          body="Dag,\n\nHierbij nog eens het bedrag: 9.900 euro.\n\nGriet\n",
                                          date=at(4, 25)), at(4, 25))
    runtime.clock = lambda: at(4, 25, 11)
    run_cycle(runtime)
    changed = _items(runtime, "changed_values")[0]
    with runtime.db.session() as session:
        assert session.get(Message, changed["message_id"]).error.startswith("waiting for the coordinator")
    resolve(runtime, changed["id"], "ignore", actor="tester")
    with runtime.db.session() as session:
        message = session.get(Message, changed["message_id"])
        assert message.status == "processed" and "waiting" not in (message.error or "")


def test_resolving_an_answered_inquiry_says_nothing_was_queued(tmp_path, make_runtime):
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 22, 11)
    deliver(maildir, "00.eml", make_email(sender="Sofie <sofie@example.org>", subject="Vraag", date=at(4, 20),
                                          body="Interesse, maar nog geen concreet idee, kunnen jullie helpen?\n"),
            at(4, 20))
    run_cycle(runtime)
    inquiry = _items(runtime, "inquiry")[0]
    said = resolve(runtime, inquiry["id"], "inquiry", actor="tester")
    assert "queued before" in said and "is queued" not in said


def test_the_senders_address_is_not_to_check(tmp_path, make_runtime):
    runtime, _ = _runtime(tmp_path, make_runtime, amount="8.750")
    checks = _items(runtime, "to_check")
    assert not any("email" in item["summary"] for item in checks), checks
    with runtime.db.session() as session:
        email = find_by_reference(session, "MWB-2019-001").current_fields()["email"]
        assert email.value == "griet@example.org" and email.confidence >= 0.8


def test_a_zip_with_a_file_it_could_not_open_is_on_the_attention_list(tmp_path, make_runtime):
    import io
    import zipfile

    from tests.parsers.sheet_samples import csv_of, zip_of

    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 22, 11)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("oud.txt", "x")
    budget = csv_of([["Post", "Bedrag"], ["Tenten", "1.200,00"], ["Totaal", "1.200,00"],
                     ["Gevraagd bedrag", "1.000,00"]])
    whole = zip_of({"begroting.csv": budget, "archief.zip": inner.getvalue()})
    only_read = zip_of({"begroting.csv": budget})
    for name, data, day in (("00.eml", only_read, 20), ("01.eml", whole, 21)):
        # two groups (the same idea from two addresses under one name would be asked: sent again?)
        deliver(maildir, name, make_email(sender=f"Groep {day} <groep{day}@example.org>", subject="Ons idee",
                                          body=IDEA.format(amount="1.000").replace("Lo\n", f"Lo {day}\n"),
                                          date=at(4, day),
                                          attachments=[("dossier.zip", data, "application/zip")]), at(4, day))
    run_cycle(runtime)
    items = _items(runtime, "unreadable_document")
    assert len(items) == 1, items
    assert "a file packed inside an attachment could not be read (dossier.zip/archief.zip: an archive inside an " \
           "archive is not opened)" in items[0]["summary"]


def test_a_mail_sent_on_for_an_applicant_says_whom_the_receipt_went_to(tmp_path, make_runtime):
    # a town hall sends the applicant's own mail on as an Outlook .msg: our receipt answers the town hall, and
    # the applicant hears nothing unless the coordinator writes (a coordinator's trial of the round found it)
    from tests.parsers.msg_samples import Message, outlook_message

    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 22, 11)
    saved = outlook_message(Message(sender=("Koen Vermeersch", "koen.vermeersch@example.com"),
                                    body=IDEA.format(amount="7.000").replace("Griet", "Koen Vermeersch")))
    for name, sender, attachments in (
            ("00.eml", "Onthaal Gemeente <onthaal@example.net>",
             [("Aanvraag.msg", saved, "application/vnd.ms-outlook")]),
            ("01.eml", "Griet <griet@example.org>", [])):  # an ordinary mail raises nothing of the kind
        deliver(maildir, name, make_email(sender=sender, subject="Ons idee", body=IDEA.format(amount="7.000")
                                          if not attachments else "Goedemorgen,\n\nZie bijlage.\n",
                                          date=at(4, 21), attachments=attachments), at(4, 21))
    run_cycle(runtime)
    items = _items(runtime, "sent_on")
    assert len(items) == 1, items
    assert "sent on by onthaal@example.net for koen.vermeersch@example.com" in items[0]["summary"]
    assert [action["action"] for action in items[0]["actions"]] == ["done"]
    # the coordinator who writes the applicant's address in instead settles it: the rules close the item
    with runtime.db.session() as session:
        application = find_by_reference(session, items[0]["reference"])
        correct_fields(session, application, {"email": "onthaal@example.net"}, runtime.settings.call,
                       runtime.clock(), actor="tester", confirm_unchanged=True)
    assert not _items(runtime, "sent_on")
