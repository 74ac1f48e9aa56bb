"""What receipts say, through the real worker on a Maildir: the subject of an updated receipt, each
document once, the coaching sessions only for ideas that came on time."""

from __future__ import annotations

from intake.worker.cycle import run_cycle
from storage.outbox import MailKind, OutgoingMail
from tests.intake.test_attention import at, deliver
from tests.support.mail import make_email


def _receipts(runtime) -> list[OutgoingMail]:
    with runtime.db.session() as session:
        rows = list(session.query(OutgoingMail).filter(OutgoingMail.kind == MailKind.RECEIPT).order_by(OutgoingMail.id))
        session.expunge_all()
        return rows


IDEA = ("Dag,\n\nWe willen een buurtfeest organiseren in Lo.\nTitel: Buurtfeest Lo\nOrganisatie: Buurtwerking Lo\n"
        "Gevraagd bedrag: 2.000 euro\n\nGriet\n")


def test_an_updated_receipt_has_one_subject_and_each_document_once(tmp_path, make_runtime):
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 22, 11)
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", subject="Ons idee", body=IDEA,
                                          date=at(4, 22)), at(4, 22))
    run_cycle(runtime)
    [first] = _receipts(runtime)
    assert first.subject == "Re: Buurtfeest Lo [MWB-2019-001] – ontvangstbevestiging"
    # the same number twice (another number than on file would be a change to ask about, parsers/intent.py)
    for index, day in enumerate((23, 24), start=1):
        runtime.clock = lambda day=day: at(4, day, 11)
        previous = _receipts(runtime)[-1].subject
        deliver(maildir, f"{index:02d}.eml", make_email(sender="Griet <griet@example.org>", subject=f"Re: {previous}",
                                                        body="Dag,\n\nMijn telefoon: 051 70 12 34\n\nGriet\n",
                                                        date=at(4, day)), at(4, day))
        run_cycle(runtime)
    last = _receipts(runtime)[-1]
    assert len(_receipts(runtime)) == 3
    assert last.subject == "Re: Buurtfeest Lo [MWB-2019-001] – bijgewerkte ontvangstbevestiging"
    assert last.body_text.count("de tekst van je e-mail: gelezen") == 1


def test_a_late_idea_hears_nothing_about_the_coaching_sessions(tmp_path, make_runtime):
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(6, 18, 11)
    deliver(maildir, "00.eml", make_email(
        sender="Marie <marie@example.net>", subject="Notre projet", date=at(6, 18),
        body="Bonjour,\n\nNous voulons organiser une fête de quartier.\nTitre : Fête des voisins\n"
             "Montant demandé : 3 000 €\n\nMarie\n"), at(6, 18))
    run_cycle(runtime)
    [late] = _receipts(runtime)
    assert "après la date limite" in late.body_text
    assert "réserver dès maintenant" not in late.body_text and "accompagnement" not in late.body_text
    assert "réserver dès maintenant" not in (late.body_html or "")


def test_the_receipt_repeats_the_description_it_understood_so_a_wrong_guess_is_seen(tmp_path, make_runtime):
    # a description read from prose is a guess (to check): the applicant sees it, shortened, and can correct it
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(5, 20, 11)
    plan = ("Achter de kerk van Lo willen we met de buren en de school een samentuin aanleggen met twaalf bakken, "
            "een regenton en een bank. " * 3)
    deliver(maildir, "00.eml", make_email(sender="Griet <griet@example.org>", subject="Ons idee",
                                          body=f"Dag,\n\n{plan}\n\n{IDEA.split(chr(10), 2)[2]}", date=at(5, 20)),
            at(5, 20))
    run_cycle(runtime)
    [receipt] = _receipts(runtime)
    line = next(line for line in receipt.body_text.splitlines() if "korte beschrijving van het project:" in line)
    assert "Achter de kerk van Lo willen we" in line and line.endswith("…") and len(line) < 300
