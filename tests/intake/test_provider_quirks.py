"""Provider quirks: Exchange's throttling answer and capability list, servers that do not say UIDNEXT, and
Gmail's labels (one message in several "folders", ``[Gmail]/All Mail``).

Exchange and Gmail cannot run here: their answers are played by a proxy in front of a real Dovecot
(tests/support/imap_proxy.py), and Gmail's labels are folders holding the same message's bytes.
"""

from __future__ import annotations

import hashlib
import logging
import time

import pytest
from sqlalchemy import func, select

from intake.worker.cycle import run_cycle
from storage.incidents import Incident
from storage.models import Message
from tests.support.imap_proxy import EXCHANGE_CAPABILITIES, ImapProxy
from tests.support.mail import append, folder_contents, make_email


@pytest.fixture
def exchange(dovecot_server):
    proxy = ImapProxy(dovecot_server.port, capabilities=EXCHANGE_CAPABILITIES, strip_uidnext=True)
    yield proxy
    proxy.stop()


def _count(runtime) -> int:
    with runtime.db.session() as session:
        return session.scalar(select(func.count()).select_from(Message))


def test_exchange_throttling_backs_off_without_an_outage(exchange, dovecot_server, imap_user, imap_mailbox,
                                                         make_runtime, caplog, monkeypatch):
    append(dovecot_server, imap_user, [make_email(subject=f"Idee {n}") for n in range(30)])
    originals = folder_contents(dovecot_server, imap_user, "INBOX")
    mailbox = {**imap_mailbox, "url": imap_mailbox["url"].replace(str(dovecot_server.port), str(exchange.port)),
               "fetch_batch": 10}
    runtime = make_runtime(mailbox=mailbox)
    exchange.throttle(r"UID FETCH .*BODY\.PEEK", millis=299910, nth=2)  # the second batch's bodies
    caplog.set_level(logging.INFO)

    first = run_cycle(runtime, respect_backoff=True)

    assert exchange.throttled == 1
    assert first.mailbox_error is None  # not an outage: the cycle went on
    assert (first.fetch.fetched, first.fetch.new, first.fetch.throttled_for) == (10, 10, 299.91)
    assert "throttling us" in caplog.text and "Suggested Backoff Time: 299910 milliseconds" in caplog.text
    with runtime.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 0
    # the worker leaves the server alone for as long as it asked
    assert run_cycle(runtime, respect_backoff=True).fetch.fetched == 0
    real_monotonic = time.monotonic
    monkeypatch.setattr(time, "monotonic", lambda: real_monotonic() + 301)  # five minutes later
    rest = run_cycle(runtime, respect_backoff=True)
    assert (rest.fetch.new, rest.mailbox_error) == (20, None)
    assert _count(runtime) == 30
    assert folder_contents(dovecot_server, imap_user, "INBOX") == {}
    assert sorted(folder_contents(dovecot_server, imap_user, "Intake/Processed").values()) == \
        sorted(originals.values())


def test_a_server_without_uidnext_or_condstore(exchange, dovecot_server, imap_user, imap_mailbox, make_runtime):
    """Exchange's capability list (no CONDSTORE, no ESEARCH) and no UIDNEXT in SELECT: new mail is found by
    UID SEARCH alone, and an idle poll takes nothing twice."""
    append(dovecot_server, imap_user, [make_email(subject=f"Idee {n}") for n in range(4)])
    mailbox = {**imap_mailbox, "url": imap_mailbox["url"].replace(str(dovecot_server.port), str(exchange.port))}
    runtime = make_runtime(mailbox=mailbox)
    with runtime.source.connect() as session:
        status = session.select("INBOX")
        assert status.uidnext is None and not session.client.has_capability("CONDSTORE")
    assert run_cycle(runtime).fetch.new == 4
    assert run_cycle(runtime).fetch.fetched == 0
    append(dovecot_server, imap_user, [make_email(subject="nog een")])
    assert run_cycle(runtime).fetch.new == 1
    assert _count(runtime) == 5


def test_gmail_labels_a_message_in_two_labels_is_stored_once(dovecot_server, imap_user, imap_mailbox,
                                                             make_runtime):
    """On Gmail a label is a folder and one message shows in each of its labels and in [Gmail]/All Mail with
    the same bytes. Polling INBOX, then switching the config to All Mail (after = "keep": a move out of All
    Mail only adds a label), takes every message once: byte-identical copies are recognised."""
    both = [make_email(subject=f"in INBOX en label {n}") for n in range(3)]
    archived_only = [make_email(subject="alleen gearchiveerd")]
    append(dovecot_server, imap_user, both)
    append(dovecot_server, imap_user, both, folder="Aanvragen")  # a second label on the same messages
    append(dovecot_server, imap_user, both + archived_only, folder="[Gmail]/All Mail")

    inbox = make_runtime(mailbox={**imap_mailbox, "after": "keep"})
    assert run_cycle(inbox).fetch.new == 3
    inbox.close()
    all_mail = make_runtime(mailbox={**imap_mailbox, "after": "keep",
                                     "url": imap_mailbox["url"].replace("/INBOX", "/%5BGmail%5D/All%20Mail")})
    summary = run_cycle(all_mail)

    assert (summary.fetch.fetched, summary.fetch.new, summary.fetch.duplicate) == (4, 1, 3)
    with all_mail.db.session() as session:
        stored = set(session.scalars(select(Message.sha256)))
    assert stored == {hashlib.sha256(raw).hexdigest()
                      for raw in folder_contents(dovecot_server, imap_user, "[Gmail]/All Mail").values()}
