"""Questions from applicants reach the coordinator, quoted, through the real worker on a Maildir."""

from __future__ import annotations

from intake.worker.cycle import run_cycle
from storage.outbox import MailKind, OutgoingMail
from tests.intake.test_attention import _items, at, deliver
from tests.support.mail import make_email


def _sent(runtime) -> list[tuple[str, str]]:
    with runtime.db.session() as session:
        return [(row.kind, row.recipient) for row in session.query(OutgoingMail).order_by(OutgoingMail.id)]


def test_a_follow_up_that_asks_something_is_a_question_not_a_receipt(tmp_path, make_runtime):
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 25, 11)
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", subject="Projectidee",
                                          body="Dag,\n\nWe willen een buurtfeest organiseren.\nTitel: Buurtfeest\n"
                                               "Gevraagd bedrag: 2.000 euro\n", date=at(4, 22)), at(4, 22))
    deliver(maildir, "01.eml", make_email(
        sender="Griet <griet@example.org>", subject="Re: MWB-2019-001 Projectidee", date=at(4, 24),
        body="Dag,\n\nWat bedoelen jullie met een korte beschrijving? Ik had toch geschreven wat we willen doen…\n"
             "\nGriet\n"), at(4, 24))
    run_cycle(runtime)
    assert _sent(runtime) == [("receipt", "griet@example.org")]  # no second receipt with the same missing list
    asked = _items(runtime, "question")
    assert len(asked) == 1 and asked[0]["reference"] == "MWB-2019-001"
    assert "Wat bedoelen jullie met een korte beschrijving?" in asked[0]["summary"]


def test_an_inquirys_item_quotes_its_question(tmp_path, make_runtime):
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 25, 11)
    deliver(maildir, "00.eml", make_email(
        sender="Sofie <sofie@example.org>", subject="Vraag", date=at(4, 20),
        body="Dag,\n\nInteresse, maar nog geen concreet idee. Mag een feitelijke vereniging ook indienen?\n\nSofie\n"),
        at(4, 20))
    run_cycle(runtime)
    assert [kind for kind, _ in _sent(runtime)] == [MailKind.BRAINSTORM]
    inquiry = _items(runtime, "inquiry")
    assert len(inquiry) == 1 and "Mag een feitelijke vereniging ook indienen?" in inquiry[0]["summary"]
