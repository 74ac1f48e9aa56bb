"""Decision letters end to end: applications taken in by the real worker from Dovecot, decisions taken,
letters drafted, nothing sent before approval, one letter each after, in the applicant's language and thread;
a changed decision after sending becomes a correction, never a silent second letter."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from tests.support.applications import application_mail, values
from tests.support.calls import keep
from tests.support.cli import run_intake, run_worker, write_config
from tests.support.mail import append

ON_TIME = datetime(2019, 6, 10, 8, 0, tzinfo=UTC)
APPLICANT_IDS = {"griet@example.org": "<idee-1@example.org>", "camille@example.fr": "<projet-2@example.fr>"}


def _ok(*args: str, config: Path, input_bytes: bytes | None = None) -> str:
    result = run_intake(*args, config=config, input_bytes=input_bytes)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def _letters(smtp_server) -> list:
    return [m for m in smtp_server.messages() if m["Subject"] and "ontvangst" not in m["Subject"]
            and "réception" not in m["Subject"]]


def _installation(tmp_path: Path, smtp_server, dovecot_server, imap_user, imap_mailbox) -> Path:
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": imap_mailbox,
        "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": smtp_server.smtp_config(),
    })
    append(dovecot_server, imap_user, [
        application_mail(values(1), sender="Griet Voorbeeld <griet@example.org>", subject="Ons projectidee",
                         message_id=APPLICANT_IDS["griet@example.org"]),
        application_mail(values(2, language="fr", municipality="Hondschoote", postcode="59122", amount="8 000"),
                         sender="Camille Exemple <camille@example.fr>", language="fr", file_format="docx",
                         subject="Notre projet", message_id=APPLICANT_IDS["camille@example.fr"]),
        application_mail(values(3, amount="12.000"), sender="Jef Proef <jef@example.org>"),
    ], received=ON_TIME)
    _ok("db", "upgrade", config=config)
    code, _out, err = run_worker(config, until=lambda: len(smtp_server.received) >= 3, timeout=120)
    assert code == 0, err
    assert len(smtp_server.received) == 3  # the receipts, and nothing else
    return config


def test_letters_are_drafted_approved_and_sent_once_in_language_and_thread(tmp_path, smtp_server, dovecot_server,
                                                                           imap_user, imap_mailbox):
    config = _installation(tmp_path, smtp_server, dovecot_server, imap_user, imap_mailbox)
    applicant_ids = APPLICANT_IDS
    receipts = len(smtp_server.received)

    _ok("status", "MWB-2019-001", "selected", "--note", "jury 25/6: unaniem", config=config)
    _ok("status", "MWB-2019-002", "rejected", "--note", "te weinig buurtbetrokkenheid", config=config)
    refused = run_intake("status", "MWB-2019-003", "selected", config=config)  # over the maximum amount
    assert refused.returncode == 1 and "over_max_amount" in refused.stderr.decode()
    assert "--force" in refused.stderr.decode()
    assert "2 draft(s)" in _ok("letters", "draft", config=config)
    assert "0 draft(s)" in _ok("letters", "draft", config=config)  # nothing new

    listed = [json.loads(line) for line in _ok("letters", "list", "--format", "jsonl", config=config).splitlines()]
    assert [(r["reference"], r["decision"], r["language"], r["state"]) for r in listed] == [
        ("MWB-2019-001", "selected", "nl", "draft"), ("MWB-2019-002", "rejected", "fr", "draft")]
    shown = _ok("letters", "show", "MWB-2019-001", config=config)
    assert "geselecteerd" in shown and "donderdag 26 september 2019, 10:00–14:00" in shown
    assert "unaniem" not in shown  # the note is for the coordinator only
    assert "Projectcoördinator Partons 2.0\nProvincie West-Vlaanderen" in shown  # the call file's signature

    assert "queued 0 letter(s)" in _ok("letters", "send", config=config)  # nothing approved: nothing goes
    assert len(smtp_server.received) == receipts

    edited = shown.split("\n\n", 1)[1].replace("Proficiat!", "Proficiat aan heel de dorpsraad!")
    _ok("letters", "edit", "MWB-2019-001", "--text-file", "-", config=config, input_bytes=edited.encode())
    _ok("letters", "approve", "--all", config=config)
    assert "queued 2 letter(s); sent 2" in _ok("letters", "send", config=config)
    assert "queued 0 letter(s)" in _ok("letters", "send", config=config)  # once
    table = _ok("letters", "list", config=config).splitlines()
    assert "STATE" in table[0] and "SENT" in table[0]
    for line in table[1:]:  # sent, and when (Brussels time): never "queued" for a letter whose mail went out
        assert " sent " in line and "queued" not in line and re.search(r"\b20\d\d-\d\d-\d\d \d\d:\d\d\b", line)
    listed = [json.loads(line) for line in _ok("letters", "list", "--format", "jsonl", config=config).splitlines()]
    assert [(r["shown_state"], r["outbox_state"]) for r in listed] == [("sent", "sent")] * 2
    assert all(r["sent_at"] for r in listed)
    letters = {m["To"]: m for m in _letters(smtp_server)}
    assert sorted(letters) == ["camille@example.fr", "griet@example.org"]
    selected, rejected = letters["griet@example.org"], letters["camille@example.fr"]
    assert selected["Subject"] == "Re: Ons projectidee [MWB-2019-001] – je project werd geselecteerd"
    assert selected.get_body(("plain",)).get_content().replace("\r\n", "\n").startswith(
        "Beste Griet Voorbeeld,\n\nGoed nieuws")
    assert "Proficiat aan heel de dorpsraad!" in selected.get_body(("plain",)).get_content()
    assert "Proficiat aan heel de dorpsraad!" in selected.get_body(("html",)).get_content()
    assert selected["In-Reply-To"] == applicant_ids["griet@example.org"]
    assert applicant_ids["griet@example.org"] in selected["References"]
    assert rejected["Subject"] == "Re: Notre projet [MWB-2019-002] – décision concernant votre idée de projet"
    assert "n'a pas été retenue" in rejected.get_body(("plain",)).get_content()
    assert rejected["In-Reply-To"] == applicant_ids["camille@example.fr"]
    keep("letter-selected-nl.eml", selected.as_bytes())
    keep("letter-rejected-fr.eml", rejected.as_bytes())

    # the jury changes its mind about MWB-2019-002 after the letter went out: a correction, in the same thread
    _ok("status", "MWB-2019-002", "selected", config=config)
    assert "selected correction" in _ok("letters", "draft", config=config)
    assert "queued 0 letter(s)" in _ok("letters", "send", config=config)
    _ok("letters", "approve", "MWB-2019-002", config=config)
    _ok("letters", "send", config=config)
    corrections = [m for m in _letters(smtp_server) if m["To"] == "camille@example.fr"][1:]
    assert len(corrections) == 1
    correction = corrections[0]
    assert "rectification" in correction["Subject"] and "sélectionné" in correction["Subject"]
    assert "ce message le remplace" in correction.get_body(("plain",)).get_content()
    assert correction["In-Reply-To"] == rejected["Message-ID"]
    assert rejected["Message-ID"] in correction["References"]
    assert applicant_ids["camille@example.fr"] in correction["References"]
    assert len(_letters(smtp_server)) == 3


def test_forgetting_a_person_blanks_their_letters_and_no_new_one_is_drafted(make_env):
    from intake.applications.gdpr import ERASED, erase_person
    from notifications.letters import draft_letters, letters_of
    from tests.notifications.factories import add_application

    env = make_env()
    with env.db.session() as session:
        application = add_application(session, coordinator_status="selected", sender="griet@example.org",
                                      sender_name="Griet Voorbeeld")
        assert len(draft_letters(session, env.settings, env.now)) == 1
        report = erase_person(session, env.blobs, "griet@example.org", env.now, "asked by the person")
        assert report.outbox == 1
        letter = letters_of(session, application)[0]
        assert (letter.recipient, letter.body_text, letter.state) == ("", ERASED, "superseded")
        assert draft_letters(session, env.settings, env.now) == []


def test_a_late_withdrawn_or_outside_region_rejection_says_what_happened_not_that_the_jury_judged_it(make_env):
    """The jury pack leaves late and withdrawn applications out: their letter must not thank the jury."""
    from intake.applications.linking import set_coordinator_status
    from notifications.letters import draft_letters
    from tests.notifications.factories import add_application

    env = make_env()
    late_arrival = datetime(2019, 6, 17, 7, 30, tzinfo=UTC)  # 09:30 in Brussels, the morning after
    with env.db.session() as session:
        late_nl = add_application(session, sender="jef@example.org", on_time=False, status="late",
                                  coordinator_status="rejected", received_at=late_arrival)
        late_fr = add_application(session, sender="camille@example.fr", language="fr", on_time=False,
                                  status="late", coordinator_status="rejected", received_at=late_arrival)
        by_post = add_application(session, sender="post@example.org", on_time=False, status="late", channel="post",
                                  coordinator_status="rejected", received_at=datetime(2019, 6, 18, 0, 0, tzinfo=UTC))
        withdrawn = add_application(session, sender="lies@example.org", coordinator_status="withdrawn")
        set_coordinator_status(withdrawn, "rejected", env.now, by="coordinator@example.org")
        set_coordinator_status(withdrawn, "rejected", env.now, by="coordinator@example.org", note="bevestigd")
        back = add_application(session, sender="bert@example.org", coordinator_status="withdrawn")
        set_coordinator_status(back, None, env.now)  # withdrawn by mistake, handed back, then judged
        set_coordinator_status(back, "rejected", env.now)
        outside = add_application(session, sender="marc@example.fr", language="fr", problems=["outside_region"],
                                  coordinator_status="rejected")
        judged = add_application(session, sender="an@example.org", coordinator_status="rejected")
        letters = {letter.application_id: letter.body_text for letter in draft_letters(session, env.settings,
                                                                                      env.now)}

    nl = letters[late_nl.id]
    assert "na de deadline van zondag 16 juni 2019 om 23:59 (Brusselse tijd)" in nl
    assert "binnen op maandag 17 juni 2019 om 09:30" in nl
    assert "jury kreeg" not in nl and "niet geselecteerd" not in nl
    fr = letters[late_fr.id]
    assert "après la date limite du dimanche 16 juin 2019 à 23h59 (heure de Bruxelles)" in fr
    assert "Le jury a reçu" not in fr and "n'a pas été retenue" not in fr
    assert "binnen op dinsdag 18 juni 2019, na de deadline" in letters[by_post.id]  # the postmark: a date only
    assert "ingetrokken" in letters[withdrawn.id] and "jury kreeg" not in letters[withdrawn.id]
    assert "le Westhoek et la Flandre française" in letters[outside.id]
    assert "Le jury a reçu" not in letters[outside.id]
    assert "De jury kreeg veel sterke ideeën" in letters[judged.id]  # judged by the jury: as before
    assert "De jury kreeg veel sterke ideeën" in letters[back.id]
