"""Questions from applicants reach the coordinator, quoted, through the real worker on a Maildir."""

from __future__ import annotations

import pytest

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


def test_a_mail_written_to_others_with_the_mailbox_in_copy_is_not_answered(tmp_path, make_runtime):
    """A town hall's "pour info" to its associations, the call's mailbox in Cc: no brainstorm offer goes to the
    town hall, the coordinator sees it; the same words written to the mailbox are answered."""
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(4, 25, 11)
    words = ("Bonjour à toutes et à tous,\n\nPour information, voici un appel à projets pour vos associations. "
             "Contactez la coordination (en copie) pour toute question.\n\nService vie associative\n")
    deliver(maildir, "00.eml", make_email(sender="Mairie <vie.associative@mairie.example.org>", date=at(4, 20),
                                          subject="TR: Appel à projets - pour info", body=words,
                                          to="Club de gym <gym@example.net>, Comité des fêtes <fetes@example.net>",
                                          headers={"Cc": "Coordination <coordinator@example.org>"}), at(4, 20))
    deliver(maildir, "01.eml", make_email(sender="Mairie <info@autre-mairie.example.org>", date=at(4, 21),
                                          subject="Appel à projets - question", body=words), at(4, 21))
    run_cycle(runtime)
    assert _sent(runtime) == [(MailKind.BRAINSTORM, "info@autre-mairie.example.org")]
    held = _items(runtime, "inquiry")
    assert [item["summary"] for item in held if "only in copy" in item["summary"]], held


def test_an_application_resent_from_another_address_joins_the_one_on_file(tmp_path, make_runtime):
    """Sent from work, then forwarded from home "in case it did not arrive": one application, and the updated
    receipt goes where the first did (the home address is not yet known to be the applicant's)."""
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(5, 25, 11)
    first = ("Beste,\n\nHet feestcomité van Beveren wil de kermis nieuw leven inblazen met volksspelen tussen de "
             "wijken.\nWe vragen 4.000 euro.\n\nMet vriendelijke groeten,\nWard Lamote\nFeestcomité Beveren\n")
    deliver(maildir, "00.eml", make_email(sender="Ward Lamote <ward@bouw.example.com>", date=at(5, 13),
                                          subject="Feestcomité Beveren - projectidee", body=first), at(5, 13))
    again = ("Beste,\n\nIk stuur mijn mail nog eens van mijn eigen adres, ik weet niet of hij goed toekwam.\n\nWard\n\n"
             "----- Doorgestuurd bericht -----\nVan: Ward Lamote <ward@bouw.example.com>\n"
             "Verzonden: maandag 13 mei 2019 11:40\nAan: coordinator@example.org\n"
             "Onderwerp: Feestcomité Beveren - projectidee\n\n" + first)
    deliver(maildir, "01.eml", make_email(sender="Ward Lamote <ward.lamote@home.example.net>", date=at(5, 20),
                                          subject="Fw: Feestcomité Beveren - projectidee", body=again), at(5, 20))
    run_cycle(runtime)
    assert _sent(runtime) == [("receipt", "ward@bouw.example.com")] * 2
    with runtime.db.session() as session:
        from storage.applications import Application
        from storage.models import Message

        assert session.query(Application).count() == 1
        assert {m.application_id for m in session.query(Message)} == {session.query(Application).one().id}


def _ward_on_file(tmp_path, make_runtime):
    """A runtime on a Maildir holding Ward's application (MWB-2019-001, 4.000 euro), and the Maildir."""
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(5, 25, 11)
    deliver(maildir, "00.eml", make_email(
        sender="Ward Lamote <ward@bouw.example.com>", date=at(5, 13), subject="Feestcomité Beveren - projectidee",
        body="Beste,\n\nHet feestcomité van Beveren wil de kermis nieuw leven inblazen met volksspelen tussen de "
             "wijken.\nWe vragen 4.000 euro.\n\nMet vriendelijke groeten,\nWard Lamote\nFeestcomité Beveren\n"),
        at(5, 13))
    return runtime, maildir


def _amount_on_file(runtime) -> str:
    from storage.applications import Application

    with runtime.db.session() as session:
        return session.get(Application, 1).current_fields()["requested_amount"].value


@pytest.mark.parametrize(("sender", "subject", "body"), [
    # an alderman's advice that names the applicant's address: no change of the applicant's
    ("Schepen Pieter Vanneste <pieter.vanneste@gemeente.example.org>", "Kermis Beveren",
     "Ik volg het project van het feestcomité (ward@bouw.example.com) op. De gemeente betaalt de geluidsinstallatie, "
     "dus volgens mij volstaat 3.000 euro in plaats van 4.000."),
    # a neighbour's objection that names him
    ("Rita Samyn <rita.samyn@example.net>", "Bezwaar kermis Beveren",
     "Ik las dat Ward Lamote (ward@bouw.example.com) subsidie vraagt. Vorig jaar was er tot 3 uur lawaai."),
    # another group's idea that names him as who sent them
    ("An Declercq <an.declercq@example.net>", "Idee voor onze wijk",
     "Ward (ward@bouw.example.com) raadde me aan jullie te mailen. Wij willen in de Molenwijk een buurtnamiddag "
     "organiseren met een springkasteel."),
])
def test_a_mail_that_only_names_an_applicants_address_is_not_his(tmp_path, make_runtime, sender, subject, body):
    """A review found these joined to Ward's application, and the alderman's amount confirmed to Ward as his."""
    runtime, maildir = _ward_on_file(tmp_path, make_runtime)
    deliver(maildir, "01.eml", make_email(sender=sender, date=at(5, 20), subject=subject, body=body), at(5, 20))
    run_cycle(runtime)
    assert _sent(runtime)[0] == ("receipt", "ward@bouw.example.com")
    assert ("receipt", "ward@bouw.example.com") not in _sent(runtime)[1:]
    with runtime.db.session() as session:
        from storage.models import Message

        second = session.query(Message).order_by(Message.id).all()[1]
        assert second.application_id != 1 or second.status != "processed"
    assert _amount_on_file(runtime) == "4000.00"


def test_a_proposal_to_the_committee_with_the_mailbox_in_copy_is_not_applied(tmp_path, make_runtime):
    runtime, maildir = _ward_on_file(tmp_path, make_runtime)
    deliver(maildir, "01.eml", make_email(
        sender="Ward Lamote <ward@bouw.example.com>", date=at(5, 20), subject="Re: MWB-2019-001 kermis",
        to="Bestuur <bestuur@feestcomite.example.net>, Kassier <kassier@feestcomite.example.net>",
        headers={"Cc": "coordinator@example.org"},
        body="Beste bestuursleden,\n\nMijn voorstel: 3.000 euro in plaats van 4.000. Gaan jullie akkoord?\n\nWard\n"),
        at(5, 20))
    run_cycle(runtime)
    assert _sent(runtime) == [("receipt", "ward@bouw.example.com")]
    assert _amount_on_file(runtime) == "4000.00"


def test_an_application_to_the_coordinator_in_person_with_the_mailbox_in_copy_is_taken(tmp_path, make_runtime):
    """Written to the person the call names, the mailbox in Cc: an application as any (a review's case)."""
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(5, 25, 11)
    deliver(maildir, "00.eml", make_email(
        sender="Mieke <mieke@example.net>", date=at(5, 20), subject="Projectidee", to="Jan <jan@westhoek.example.org>",
        headers={"Cc": "coordinator@example.org"},
        body="Beste Jan,\n\nHierbij ons projectidee.\nTitel: Buurtmoestuin De Hoek\nGevraagd bedrag: 2.800 euro\n"),
        at(5, 20))
    run_cycle(runtime)
    assert _sent(runtime) == [("receipt", "mieke@example.net")]


def test_a_call_forwarded_to_several_with_the_mailbox_among_them_gets_no_offer(tmp_path, make_runtime):
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(5, 25, 11)
    deliver(maildir, "00.eml", make_email(
        sender="Cultuurdienst <cultuur@stad.example.org>", date=at(5, 20), subject="Ter info: projectoproep",
        to="coordinator@example.org, verenigingen@stad.example.org, kwb@example.net",
        body="Ter info: de oproep loopt nog tot 16 juni. Hebben jullie een idee? Meer info bij de coördinator.\n"),
        at(5, 20))
    run_cycle(runtime)
    assert _sent(runtime) == []


@pytest.mark.parametrize(("sender", "words"), [
    ("Rita Samyn <rita.samyn@example.net>", "Dit zat in onze bus. Ik ben ertegen: daar spelen de kinderen."),
    ("Koen <koen@example.net>", "Ward ligt in het ziekenhuis. Ik ben de penningmeester en volg het dossier verder "
                                "op; mail voortaan naar mij."),
    ("Pieter <pieter@gemeente.example.org>", "Hierbij de aanvraag van Ward, ik denk dat 3.000 euro in plaats van "
                                             "4.000 volstaat."),
])
def test_someone_elses_forward_of_an_applicants_mail_is_asked(tmp_path, make_runtime, sender, words):
    """Reviews found a neighbour's objection, a treasurer's takeover and an alderman's amount, forwarded with the
    applicant's mail below, joined to his file and acknowledged to him (the amount applied)."""
    runtime, maildir = _ward_on_file(tmp_path, make_runtime)
    body = (f"{words}\n\n----- Doorgestuurd bericht -----\nVan: Ward Lamote <ward@bouw.example.com>\n"
            "Aan: buren@example.net\nOnderwerp: Kermis\n\nBeste buren, we vragen 4.000 euro voor de kermis.\n")
    deliver(maildir, "01.eml", make_email(sender=sender, date=at(5, 20), subject="Fw: Kermis", body=body), at(5, 20))
    run_cycle(runtime)
    assert _sent(runtime) == [("receipt", "ward@bouw.example.com")]
    assert _amount_on_file(runtime) == "4000.00"


def test_a_change_is_applied_and_the_question_beside_it_listed(tmp_path, make_runtime):
    runtime, maildir = _ward_on_file(tmp_path, make_runtime)
    deliver(maildir, "01.eml", make_email(
        sender="Ward Lamote <ward@bouw.example.com>", date=at(5, 20), subject="Re: MWB-2019-001 kermis",
        body="Dag,\n\nWe vragen nu 3.500 euro i.p.v. 4.000. Moeten we daarvoor een nieuw formulier "
             "invullen?\n\nWard\n"),
        at(5, 20))
    run_cycle(runtime)
    assert _amount_on_file(runtime) == "3500.00"
    asked = _items(runtime, "question")
    assert len(asked) == 1 and "Moeten we daarvoor een nieuw formulier invullen?" in asked[0]["summary"]
