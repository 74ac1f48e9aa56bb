"""Mail that arrives after the deadline or after the coordinator's decision, through the real worker on a
Maildir: a changed value waits for the coordinator, and nothing speaks of a selection still to come."""

from __future__ import annotations

from intake.applications.decisions import decide_status
from intake.applications.linking import find_by_reference
from intake.worker.cycle import run_cycle
from storage.outbox import MailKind, OutgoingMail
from tests.intake.test_attention import _apps, _items, at, deliver
from tests.support.applications import application_mail, values
from tests.support.mail import make_email


def _receipts(runtime) -> list[str]:
    with runtime.db.session() as session:
        return [row.body_text for row in session.query(OutgoingMail).filter(OutgoingMail.kind == MailKind.RECEIPT)
                .order_by(OutgoingMail.id)]


def _decide(runtime, reference: str, status: str) -> None:
    with runtime.db.session() as session:
        decide_status(session, find_by_reference(session, reference), status, runtime.clock(), actor="tester")


def _first_application(tmp_path, make_runtime, amount: str = "8.750"):
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 22, 11)
    deliver(maildir, "00.eml", application_mail(values(2, amount=amount), sender="Griet <griet@example.org>",
                                                subject="Projectidee"), at(4, 22))
    run_cycle(runtime)
    assert len(_receipts(runtime)) == 1
    return runtime, maildir


def test_a_change_to_a_selected_project_waits_for_the_coordinator(tmp_path, make_runtime):
    runtime, maildir = _first_application(tmp_path, make_runtime)
    _decide(runtime, "MWB-2019-001", "selected")
    runtime.clock = lambda: at(6, 25, 11)
    deliver(maildir, "01.eml", make_email(sender="Griet <griet@example.org>", subject="Re: MWB-2019-001 Projectidee",
                                          body="Dag,\n\nwe vragen 9.900 euro i.p.v. 8.750 euro.\n\nGriet\n",
                                          date=at(6, 25)), at(6, 25))
    run_cycle(runtime)
    reference, (_sender, fields, status, _documents) = next(iter(_apps(runtime).items()))
    assert fields["requested_amount"] == "8750.00" and status == "selected"
    changed = _items(runtime, "changed_values")
    assert len(changed) == 1 and changed[0]["reference"] == reference
    assert "9900.00" in changed[0]["summary"] and "selected" in changed[0]["summary"]
    assert len(_receipts(runtime)) == 1  # nothing confirmed to the applicant


def test_a_change_after_the_deadline_is_not_applied_by_itself(tmp_path, make_runtime):
    runtime, maildir = _first_application(tmp_path, make_runtime)
    runtime.clock = lambda: at(6, 20, 11)
    deliver(maildir, "01.eml", make_email(sender="Griet <griet@example.org>", subject="Re: MWB-2019-001 Projectidee",
                                          body="Dag,\n\nwe vragen nu 9.900 euro i.p.v. 8.750 euro.\n\nGriet\n",
                                          date=at(6, 20)), at(6, 20))
    run_cycle(runtime)
    assert _apps(runtime)["MWB-2019-001"][1]["requested_amount"] == "8750.00"
    assert [item["kind"] for item in _items(runtime)] == ["changed_values"]
    assert len(_receipts(runtime)) == 1


def test_accepting_a_change_to_a_decided_project_sends_no_receipt(tmp_path, make_runtime):
    from intake.worker.settle import resolve

    runtime, maildir = _first_application(tmp_path, make_runtime)
    _decide(runtime, "MWB-2019-001", "selected")
    runtime.clock = lambda: at(6, 25, 11)
    deliver(maildir, "01.eml", make_email(sender="Griet <griet@example.org>", subject="Re: MWB-2019-001 Projectidee",
                                          body="Dag,\n\nwe vragen 9.900 euro i.p.v. 8.750 euro.\n\nGriet\n",
                                          date=at(6, 25)), at(6, 25))
    run_cycle(runtime)
    resolve(runtime, _items(runtime, "changed_values")[0]["id"], "accept", actor="tester")
    assert _apps(runtime)["MWB-2019-001"][1]["requested_amount"] == "9900.00"
    assert len(_receipts(runtime)) == 1


def test_a_follow_up_after_the_decision_gets_no_receipt(tmp_path, make_runtime):
    runtime, maildir = _first_application(tmp_path, make_runtime)
    _decide(runtime, "MWB-2019-001", "rejected")
    runtime.clock = lambda: at(6, 28, 11)
    deliver(maildir, "01.eml", make_email(sender="Griet <griet@example.org>", subject="Re: MWB-2019-001 Projectidee",
                                          body="Dag,\n\nIn bijlage nog een foto van de plek.\n\nGriet\n",
                                          date=at(6, 28)), at(6, 28))
    run_cycle(runtime)
    assert len(_receipts(runtime)) == 1
    assert not any("geselecteerd eind juni" in body for body in _receipts(runtime)[1:])
    # not only in the history: the coordinator is told there is mail to read, and settles it with "done"
    after = _items(runtime, "after_decision")
    assert len(after) == 1 and after[0]["reference"] == "MWB-2019-001"
    assert "rejected" in after[0]["summary"] and [a["action"] for a in after[0]["actions"]] == ["done"]
    from notifications.attention_words import attention_summary
    from storage.attention import AttentionItem

    with runtime.db.session() as session:
        detail = session.get(AttentionItem, after[0]["id"]).detail
    said = attention_summary("after_decision", detail, "nl")
    assert "na de beslissing" in said and "Re: MWB-2019-001 Projectidee" in said
    run_cycle(runtime)  # processing again lists it once
    assert len(_items(runtime, "after_decision")) == 1
