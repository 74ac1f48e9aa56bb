"""A mailbox over the call's life, as in issue 13, through the real `intake` command: what was sent to
whom, what became an application, what is on the attention list, and how each action settles its item."""

from __future__ import annotations

import email
import email.policy
import json
import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from storage.db import Database
from tests.support.applications import application_mail, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import BRUSSELS, make_email


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2019, month, day, hour, 0, tzinfo=BRUSSELS)


def deliver(maildir: Path, name: str, raw: bytes, received: datetime) -> None:
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    path = maildir / "new" / name
    path.write_bytes(raw)
    os.utime(path, (received.timestamp(), received.timestamp()))


MAILBOX = [
    # old mail, before the call opens on 1 April 2019
    (at(3, 12), make_email(sender="Collega <collega@example.org>", subject="Vergadering dinsdag",
                           body="Hoi, de agenda voor dinsdag staat online.\n", date=at(3, 12))),
    (at(3, 20), make_email(sender="Drukkerij <facturen@drukkerij.example.net>", subject="Factuur 2019-031",
                           body="In bijlage de factuur voor het drukwerk.\n", date=at(3, 20))),
    # inquiries, NL and FR
    (at(4, 10), make_email(sender="Sofie <sofie@example.org>", subject="Vraag",
                           body="Dag,\n\nInteresse, maar nog geen concreet idee, kunnen jullie helpen?\n\nSofie\n")),
    (at(4, 11), make_email(sender="Lucie <lucie@example.net>", subject="Appel à projets",
                           body="Bonjour,\n\nNous sommes intéressés mais nous n'avons pas encore d'idée de projet "
                                "concrète. Pouvez-vous nous aider ?\n\nLucie\n")),
    # an application in French, then a second idea from the same person
    (at(4, 15), application_mail(values(1, language="fr", municipality="Hondschoote", postcode="59122",
                                        amount="8 000"), sender="Marie <marie@example.net>", language="fr",
                                 file_format="docx", subject="Notre projet")),
    (at(4, 20), make_email(sender="Marie <marie@example.net>", subject="Deuxième idée : fête des voisins",
                           body="Bonjour,\n\nVoici notre deuxième idée.\n\nTitre : Fête des voisins\n"
                                "Montant demandé : 3 000 €\n\nMarie\n")),
    # an application in Dutch, then a changed amount as a reply
    (at(4, 22), application_mail(values(2), sender="Griet <griet@example.org>", subject="Projectidee")),
    (at(4, 25), make_email(sender="Griet <griet@example.org>", subject="Re: MWB-2019-003 Projectidee",
                           body="Dag,\n\nKleine correctie: het bedrag moet 8.750 euro zijn i.p.v. 9.500.\n\nGriet\n")),
    # out-of-office replies without auto-reply headers, FR and NL
    (at(4, 26), make_email(sender="Marie <marie@example.net>", subject="Message d'absence",
                           body="Je suis absente jusqu'au 6 mai.\n")),
    (at(4, 27), make_email(sender="Griet <griet@example.org>", subject="Re: MWB-2019-003",
                           body="Ik ben afwezig tot 6 mei. Voor dringende zaken: bel het onthaal.\n")),
    # an English application
    (at(5, 2), make_email(sender="Rachel <rachel@example.com>", subject="Application - Buddy network",
                          body="Hello,\n\nHere is our application for the call, we would like to take part.\n\n"
                               "Title: Proven Neighbours Buddy Network\nOrganisation: Residents of the Couthoflaan\n"
                               "Amount requested: 3,800 euro\n\nEach older resident who would like it gets a buddy "
                               "living nearby who calls in once a week.\n\nKind regards,\nRachel\n")),
]


def outgoing(outbox: Path) -> list[tuple[str, str]]:
    sent = []
    for path in sorted(outbox.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        sent.append((str(message["To"]), str(message["Subject"])))
    return sent


def test_a_mailbox_over_the_calls_life(tmp_path):
    maildir = tmp_path / "mailbox"
    for index, (received, raw) in enumerate(MAILBOX):
        deliver(maildir, f"{index:02d}.eml", raw, received)
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{maildir}"}, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})

    poll = run_intake("poll", config=config)
    assert poll.returncode == 0, poll.stderr.decode()
    assert "found 2 message(s) from before the call opened (2019-04-01 00:00 CEST)" in poll.stdout.decode()

    sent = outgoing(tmp_path / "outbox")
    recipients = sorted(to for to, _subject in sent)
    # old mail and out-of-office replies: nothing; inquiries: one brainstorm offer each; receipts for ideas
    assert recipients == ["griet@example.org", "griet@example.org", "lucie@example.net", "marie@example.net",
                          "marie@example.net", "rachel@example.com", "sofie@example.org"], sent
    subjects = dict(sent)
    assert subjects["sofie@example.org"] == "Re: Vraag – een brainstormsessie bij jullie"
    assert "brainstorming" in subjects["lucie@example.net"]
    griet = [path for path in sorted((tmp_path / "outbox").glob("*.eml")) if b"griet@example.org" in path.read_bytes()]
    updated = email.message_from_bytes(griet[-1].read_bytes(), policy=email.policy.default)
    body = updated.get_body(("plain",)).get_content()
    assert "Wat je wijzigde" in body and "8.750,00 EUR (was 9.500,00 EUR)" in body

    listed = json.loads("[" + ",".join(run_intake_here("list", "--format", "jsonl", config=config).stdout.decode()
                                       .splitlines()) + "]")
    by_sender = sorted((r["sender"], r["requested_amount"]) for r in listed)
    assert by_sender == [("griet@example.org", "8750.00"), ("marie@example.net", "3000.00"),
                         ("marie@example.net", "8000.00"), ("rachel@example.com", "3800.00")]  # English labels read

    items = [json.loads(line) for line in
             run_intake_here("attention", "--format", "jsonl", config=config).stdout.decode().splitlines()]
    kinds = sorted(item["kind"] for item in items)
    assert kinds.count("before_call") == 2 and kinds.count("inquiry") == 2 and "language" in kinds, kinds
    for item in items:
        assert set(item) >= {"id", "kind", "reference", "message_id", "created_at", "summary", "actions"}
        assert item["created_at"].endswith("Z") and item["actions"]

    # each action settles its item; old mail is answered only when the coordinator says so
    old = [item for item in items if item["kind"] == "before_call"]
    done = run_intake("attention", "resolve", str(old[0]["id"]), "ignore", config=config)
    assert done.returncode == 0, done.stderr.decode()
    wrong = run_intake("attention", "resolve", str(old[1]["id"]), "accept", config=config)
    assert wrong.returncode == 1 and b"answer, ignore" in wrong.stderr
    english = next(item for item in items if item["kind"] == "language")
    assert run_intake("set", english["reference"], "language", "fr", config=config).returncode == 0
    shown = json.loads(run_intake_here("show", english["reference"], "--format", "json", config=config).stdout)
    assert shown["language"] == "fr"
    assert run_intake("attention", "resolve", str(english["id"]), "done", config=config).returncode == 0
    left = {json.loads(line)["id"] for line in
            run_intake_here("attention", "--format", "jsonl", config=config).stdout.decode().splitlines()}
    assert old[0]["id"] not in left and english["id"] not in left and old[1]["id"] in left
    history = Database(f"sqlite:///{tmp_path / 'intake.db'}")
    with history.engine.connect() as connection:
        audited = connection.execute(text("SELECT detail FROM audit_log WHERE action = 'attention'")).all()
    history.dispose()
    assert len(audited) == 2


def test_the_digest_starts_with_the_attention_list(tmp_path):
    maildir = tmp_path / "mailbox"
    for index, (received, raw) in enumerate(MAILBOX[:4]):
        deliver(maildir, f"{index:02d}.eml", raw, received)
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{maildir}"}, "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")}, "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"}})
    assert run_intake("poll", config=config).returncode == 0
    digest = run_intake("digest", "--print", "--date", "2019-04-12", config=config)
    assert digest.returncode == 0, digest.stderr.decode()
    printed = digest.stdout.decode()
    lines = [line for line in printed.splitlines() if line.strip()]
    first = max(i for i, line in enumerate(lines) if line.startswith("Dagoverzicht"))  # the subject, then the text
    assert lines[first + 1].startswith("TE DOEN (4)")
    assert "intake attention resolve 1 answer" in printed and "van voor de oproep" in printed
    assert printed.index("TE DOEN") < printed.index("NIEUW")


def _items(runtime, kind=None):
    from intake.applications.attention import item_record, list_items
    with runtime.db.session() as session:
        return [item_record(session, i) for i in list_items(session) if kind is None or i.kind == kind]


def _apps(runtime):
    from storage.applications import Application
    with runtime.db.session() as session:
        return {a.reference: (a.sender, {n: f.value for n, f in a.current_fields().items()}, a.effective_status,
                              len(a.documents)) for a in session.query(Application).order_by(Application.id)}


def _outbox_kinds(runtime):
    from storage.outbox import OutgoingMail
    with runtime.db.session() as session:
        return [(row.kind, row.recipient) for row in session.query(OutgoingMail).order_by(OutgoingMail.id)]


def test_each_action_settles_its_item(tmp_path, make_runtime):
    from intake.worker.cycle import run_cycle
    from intake.worker.settle import merge, resolve, split

    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(5, 20)
    mails = [
        (at(3, 20), make_email(sender="Sofie <sofie@example.org>", subject="Idee",
                               body="We willen een buurtfeest organiseren.\nGevraagd bedrag: 2.000 euro\n"
                                    "Titel: Buurtfeest\n")),
        (at(4, 22), application_mail(values(2), sender="Griet <griet@example.org>", subject="Projectidee")),
        # said in passing, without saying it changed: asked, not applied, not confirmed
        (at(4, 25), make_email(sender="Griet <griet@example.org>", subject="Re: MWB-2019-001 Projectidee",
                               body="Dag,\n\nHierbij nog eens het bedrag: 8.750 euro.\n\nGriet\n")),
        # maybe another idea: the same sender, another title, not a reply
        (at(4, 28), make_email(sender="Griet <griet@example.org>", subject="Repair café",
                               body="Dag,\n\nTitel: Repair café\nGevraagd bedrag: 1.500 euro\n")),
    ]
    for index, (received, raw) in enumerate(mails):
        deliver(maildir, f"{index:02d}.eml", raw, received)
    run_cycle(runtime)
    assert list(_apps(runtime)) == ["MWB-2019-001"]
    kinds = sorted(item["kind"] for item in _items(runtime))
    assert {"before_call", "changed_values", "possible_new_idea"} <= set(kinds), kinds
    assert [k for k, _ in _outbox_kinds(runtime)] == ["receipt"]

    changed = _items(runtime, "changed_values")[0]
    assert "8750.00" in changed["summary"] and "9500.00" in changed["summary"]
    print(resolve(runtime, changed["id"], "accept", actor="tester"))
    assert _apps(runtime)["MWB-2019-001"][1]["requested_amount"] == "8750.00"
    assert [k for k, _ in _outbox_kinds(runtime)] == ["receipt", "receipt"]

    idea = _items(runtime, "possible_new_idea")[0]
    resolve(runtime, idea["id"], "split", actor="tester")
    assert _apps(runtime)["MWB-2019-002"][1]["project_title"] == "Repair café"

    old = _items(runtime, "before_call")[0]
    resolve(runtime, old["id"], "answer", actor="tester")
    assert "MWB-2019-003" in _apps(runtime)  # taken in after all, with its receipt
    assert [r for _, r in _outbox_kinds(runtime)].count("sofie@example.org") == 1
    assert not [i for i in _items(runtime) if i["kind"] in ("before_call", "changed_values", "possible_new_idea")]

    # the coordinator splits and merges by hand
    with runtime.db.session() as session:
        from storage.models import Message
        griet_messages = [m.id for m in session.query(Message).filter(Message.application_id == 1)]
    assert len(griet_messages) == 2
    print(split(runtime, "MWB-2019-001", str(griet_messages[-1]), actor="tester"))
    assert "MWB-2019-004" in _apps(runtime)
    print(merge(runtime, "MWB-2019-004", "MWB-2019-001", actor="tester"))
    merged = _apps(runtime)
    assert merged["MWB-2019-004"][2] == "withdrawn" and merged["MWB-2019-001"][3] == 3


def test_an_application_that_also_asks_puts_its_questions_on_the_list(tmp_path, make_runtime):
    # the receipt answers no question: a coordinator's trial found an application's questions lost
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(6, 3, 11)
    body = ("Bonjour,\n\nNous voulons aménager un jardin partagé derrière la salle des fêtes de Wormhout avec les "
            "voisins.\nTitre du projet : Le Jardin de la Salle\nMontant demandé : 6 000 €\n\n"
            "Les frais de location de matériel sont-ils pris en charge ?\n\nCordialement,\nLucie Vermeulen\n")
    deliver(maildir, "00.eml", make_email(sender="Lucie Vermeulen <lucie@example.net>", subject="Candidature",
                                          body=body, date=at(6, 3)), at(6, 3))
    from intake.worker.cycle import run_cycle
    run_cycle(runtime)
    assert len(_apps(runtime)) == 1
    item, = _items(runtime, "question")
    assert "«Les frais de location de matériel sont-ils pris en charge ?»" in item["summary"]
    assert item["reference"] == "MWB-2019-001"
