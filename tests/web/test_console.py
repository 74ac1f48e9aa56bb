"""The console's rules without a browser (Starlette's test client over the real app and a real SQLite
database), the exports read back with openpyxl and csv, `intake users`, and the digest's links."""

from __future__ import annotations

import csv
import io
import os
import pty
import re
import subprocess
import sys
from decimal import Decimal
from html import unescape
from pathlib import Path

import openpyxl
import pytest
from starlette.testclient import TestClient

from intake.accounts import add_user, remove_user
from intake.runtime import Runtime
from intake.web.app import build_app
from intake.web.security import content_disposition
from intake.worker.cycle import run_cycle
from tests.support.applications import application_mail, values
from tests.support.cli import run_intake, run_intake_here, write_config
from tests.support.mail import make_email
from tests.support.settings import make_settings
from tests.web.conftest import _deliver

PASSWORD = "twelve chars or more"
HTML_ATTACHMENT = b"<!doctype html><html><body><script>alert(1)</script>formulier</body></html>"


def _settings(tmp_path: Path, base_url: str = "http://127.0.0.1:8025"):
    os.environ["INTAKE_TEST_WEB_SECRET"] = "k" * 48
    return make_settings(tmp_path, extra={"web": {"base_url": base_url, "secret_key_env": "INTAKE_TEST_WEB_SECRET"}})


def _taken_in(settings) -> None:
    """What lies in the Maildir taken in by one real cycle; one coordinator account."""
    with Runtime.from_settings(settings, check_schema=False) as runtime:
        runtime.db.upgrade()
        run_cycle(runtime)
        with runtime.db.session() as session:
            add_user(session, "coord@example.org", "coordinator", PASSWORD, runtime.clock(), actor=None)


@pytest.fixture
def installation(tmp_path):
    """Three applications taken in by a real cycle, one with an HTML page dressed as a form; one coordinator."""
    settings = _settings(tmp_path)
    _deliver(tmp_path / "mailbox", [
        application_mail(values(1), sender="a@example.org"),
        application_mail(values(2, amount="4.250,50"), sender="b@example.org"),
        make_email(sender="c@example.org", subject="formulier", body="Zie bijlage.\n",
                   attachments=[('aanvraag "final".pdf', HTML_ATTACHMENT, "application/pdf")]),
    ])
    _taken_in(settings)
    return settings


def _signed_in(settings, email: str = "coord@example.org", password: str = PASSWORD) -> TestClient:
    client = TestClient(build_app(settings), base_url="http://127.0.0.1:8025")
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    answer = client.post("/login", data={"email": email, "password": password, "csrf_token": token},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return client


def test_security_headers_and_cookie_flags(installation, tmp_path):
    client = TestClient(build_app(installation))
    response = client.get("/login")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    secure = TestClient(build_app(_settings(tmp_path, "https://intake.example.org")), base_url="https://testserver")
    assert "secure" in secure.get("/login").headers["set-cookie"].lower()


def test_the_console_refuses_to_start_without_a_session_key(tmp_path):
    from config.errors import ConfigError

    settings = make_settings(tmp_path, extra={"web": {"secret_key_env": "INTAKE_TEST_NO_SUCH_SECRET"}})
    with pytest.raises(ConfigError, match="INTAKE_TEST_NO_SUCH_SECRET"):
        build_app(settings, check_schema=False)


def test_sign_in_is_rate_limited(installation):
    client = TestClient(build_app(installation))
    token = client.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]
    for _ in range(5):
        wrong = client.post("/login", data={"email": "coord@example.org", "password": "not it at all",
                                            "csrf_token": token}, follow_redirects=False)
        assert wrong.status_code == 200 and "horen niet bij elkaar" in wrong.text
    blocked = client.post("/login", data={"email": "coord@example.org", "password": PASSWORD, "csrf_token": token},
                          follow_redirects=False)
    assert blocked.status_code == 429  # even the right password waits out the window
    without_token = TestClient(build_app(installation)).post(
        "/login", data={"email": "coord@example.org", "password": PASSWORD}, follow_redirects=False)
    assert without_token.status_code == 403


def _document_ids(client: TestClient, reference: str) -> set[str]:
    page = client.get(f"/applications/{reference}")
    assert page.status_code == 200
    ids = {part.split('"')[0].split("?")[0].split("#")[0]
           for part in page.text.split(f'/applications/{reference}/documents/')[1:]}
    ids |= {part.split('#')[0] for part in page.text.split('href="?doc=')[1:]}
    return ids


def test_documents_are_served_by_their_sniffed_type_never_as_html(installation):
    client = _signed_in(installation)
    references = ["MWB-2019-001", "MWB-2019-002", "MWB-2019-003"]
    answers = {(reference, i): client.get(f"/applications/{reference}/documents/{i}")
               for reference in references for i in _document_ids(client, reference)}
    assert all(answer.status_code == 200 for answer in answers.values())
    html_doc = next(a for a in answers.values() if HTML_ATTACHMENT in a.content)
    assert html_doc.headers["content-type"].startswith("text/plain")  # shown as its source, never run
    assert html_doc.headers["content-disposition"].startswith("attachment;")
    assert "sandbox" in html_doc.headers["content-security-policy"]
    assert html_doc.headers["x-content-type-options"] == "nosniff"
    pdf = next(a for a in answers.values() if a.headers["content-type"] == "application/pdf")
    assert pdf.headers["content-disposition"].startswith("inline;")
    body = next(a for a in answers.values() if a.headers["content-type"] == "message/rfc822")
    assert body.headers["content-disposition"].startswith("attachment;")
    # a document is reachable only through its own application
    for (reference, document_id) in answers:
        for other in references:
            if other != reference:
                assert client.get(f"/applications/{other}/documents/{document_id}").status_code == 404


def test_safe_download_names():
    header = content_disposition("inline", 'a"b\r\nc\\d/../é.pdf')
    assert "\r" not in header and "\n" not in header
    plain = header.split('filename="')[1].split('"')[0]
    assert all(c.isalnum() or c in "._- " for c in plain)
    assert "filename*=UTF-8''a%22b%0D%0Ac%5Cd%2F..%2F%C3%A9.pdf" in header


def test_a_removed_account_is_signed_out_at_once(installation):
    client = _signed_in(installation)
    assert client.get("/", follow_redirects=False).status_code == 200
    with Runtime.from_settings(installation) as runtime, runtime.db.session() as session:
        remove_user(session, "coord@example.org", runtime.clock(), actor=None)
    assert client.get("/", follow_redirects=False).headers["location"].startswith("/login")


def _cli_installation(tmp_path: Path) -> Path:
    config = write_config(tmp_path / "intake.toml", {
        "mailbox": {"url": f"maildir:{tmp_path / 'mailbox'}"},
        "database": {"url": f"sqlite:///{tmp_path / 'intake.db'}"},
        "storage": {"data_dir": str(tmp_path / "data")},
        "smtp": {"url": f"outbox:{tmp_path / 'outbox'}"},
        "web": {"base_url": "https://intake.example.org"},
    })
    _deliver(tmp_path / "mailbox", [
        application_mail(values(1, amount="9.500"), sender="a@example.org"),
        application_mail(values(2, amount="4.250,50", summary="Lijn een\nlijn twee"), sender="b@example.org"),
        application_mail(values(3, amount="12.000"), sender="c@example.org"),
        application_mail(values(4, amount="1.000"), sender="d@example.org"),
    ])
    assert run_intake_here("db", "upgrade", config=config).returncode == 0
    assert run_intake("poll", config=config).returncode == 0
    assert run_intake("status", "MWB-2019-001", "selected", config=config).returncode == 0
    assert run_intake("status", "MWB-2019-004", "rejected", "--note", "buiten de oproep", config=config).returncode == 0
    return config


def test_exports_an_office_worker_opens_as_is(tmp_path):
    config = _cli_installation(tmp_path)
    target = tmp_path / "aanvragen.xlsx"
    assert run_intake("export", "--format", "xlsx", "-o", str(target), config=config).returncode == 0
    workbook = openpyxl.load_workbook(target)
    sheet = workbook.active
    assert sheet.title == "Aanvragen"
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Referentie", "Status", "Kanaal", "Ontvangen"]
    assert "Gevraagd bedrag" in header and "Problemen" in header and "requested_amount" not in header
    requested, status, problems = (header.index(name) for name in ("Gevraagd bedrag", "Status", "Problemen"))
    rows = list(sheet.iter_rows(min_row=2, max_row=5, values_only=True))
    assert [r[0] for r in rows] == ["MWB-2019-001", "MWB-2019-002", "MWB-2019-003", "MWB-2019-004"]
    assert [r[status] for r in rows] == ["geselecteerd", "volledig", "volledig", "niet geselecteerd"]
    assert rows[2][problems] == "meer dan het maximumbedrag"  # a rule code in words
    assert rows[1][requested] == 4250.5
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}5"
    widths = {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()}
    assert len(set(widths.values())) > 3 and max(widths.values()) <= 50  # fitted, not all 22
    summary_column = header.index("Korte beschrijving van het project") + 1
    assert sheet.cell(3, summary_column).alignment.wrap_text
    totals = {sheet.cell(row, 1).value: sheet.cell(row, requested + 1).value for row in range(7, 12)}
    assert totals == {
        "Alle aanvragen (4 aanvragen)": 26750.5,
        "Nog in de running (niet afgewezen of ingetrokken) (3 aanvragen)": 25750.5,
        "Geselecteerd (1 aanvragen)": 9500.0,
        "Pot": 100000.0,
        "Nog te verdelen (pot min geselecteerd)": 90500.0,
    }
    french = tmp_path / "demandes.xlsx"
    assert run_intake("export", "--format", "xlsx", "--lang", "fr", "-o", str(french), config=config).returncode == 0
    french_sheet = openpyxl.load_workbook(french).active
    assert "Montant demandé" in [c.value for c in french_sheet[1]] and french_sheet.title == "Demandes"

    belgian = run_intake("export", "--format", "csv-be", config=config)
    assert belgian.returncode == 0 and belgian.stdout.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(belgian.stdout.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Referentie", "Status", "Kanaal"] and "Gevraagd bedrag" in rows[0]
    amount = rows[0].index("Gevraagd bedrag")
    assert rows[2][amount] == "4250,50" and rows[2][rows[0].index("Op tijd")] == "ja"
    assert rows[2][rows[0].index("Ontvangen")] == "10/06/2019 14:01"  # Brussels wall time, day first
    by_label = {row[0]: row[amount] for row in rows[6:] if row and row[0]}
    assert by_label["Alle aanvragen (4 aanvragen)"] == "26750,50"
    assert by_label["Geselecteerd (1 aanvragen)"] == "9500,00"
    plain = run_intake("export", "--format", "csv", config=config).stdout.decode("utf-8-sig")
    assert plain.splitlines()[0].startswith("reference,status,channel")  # the scripts' CSV is unchanged


def test_export_refuses_to_print_binary_to_a_terminal(tmp_path):
    config = _cli_installation(tmp_path)
    leader, follower = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "intake.cli", "--config", str(config), "export", "--format",
                                 "xlsx"], stdout=follower, stderr=subprocess.PIPE, timeout=120,
                                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 1 and b"-o FILE" in result.stderr


def test_the_digest_links_to_the_console(tmp_path):
    config = _cli_installation(tmp_path)
    digest = run_intake("digest", "--print", "--date", "2019-06-11", config=config)
    assert digest.returncode == 0, digest.stderr.decode()
    assert "https://intake.example.org/applications/MWB-2019-001" in digest.stdout.decode()


def test_users_add_list_remove(tmp_path):
    config = _cli_installation(tmp_path)
    short = run_intake("users", "add", "jury@example.org", "--role", "reviewer", "--password-stdin", config=config,
                       input_bytes=b"short\n")
    assert short.returncode == 1 and b"12 characters" in short.stderr
    added = run_intake("users", "add", "Jury@Example.org", "--role", "reviewer", "--password-stdin", config=config,
                       input_bytes=b"a passphrase for the jury\n")
    assert added.returncode == 0, added.stderr.decode()
    listing = run_intake_here("users", "list", config=config).stdout.decode()
    assert "jury@example.org" in listing and "reviewer" in listing and "passphrase" not in listing
    assert run_intake("users", "add", "x@example.org", "--role", "admin", config=config).returncode == 2
    assert run_intake("users", "remove", "jury@example.org", config=config).returncode == 0
    assert "jury@example.org" not in run_intake_here("users", "list", config=config).stdout.decode()
    assert run_intake("users", "remove", "jury@example.org", config=config).returncode == 1
    from storage.db import Database

    db = Database(f"sqlite:///{tmp_path / 'intake.db'}")
    with db.engine.connect() as connection:
        hashes = [row[0] for row in connection.exec_driver_sql("SELECT password_hash FROM users")]
        actions = [row[0] for row in connection.exec_driver_sql("SELECT action FROM audit_log ORDER BY id")]
    db.dispose()
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert actions[-2:] == ["user_added", "user_removed"] and "status" in actions


def test_money_totals_are_decimal():
    from config import load_call
    from intake.applications.export import totals

    records = [{"requested_amount": "0.10", "status": "complete"}, {"requested_amount": "0.20", "status": "selected"}]
    summary = totals(records, load_call())
    assert summary.all == Decimal("0.30") and summary.selected == Decimal("0.20")


def test_from_make_demo_to_the_console_with_one_command(tmp_path):
    from config import load_settings

    result = run_intake("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "intake --config demo/intake.toml web" in out
    command = out.split("The console: ")[1].split(" --config")[0]
    assert command == "intake" or Path(command.split(" -m ")[0]).is_absolute()  # works from any folder
    password = out.split("with the password ")[1].split()[0]
    settings = load_settings(str(tmp_path / "demo" / "intake.toml"))
    assert (tmp_path / "demo" / "web.secret").stat().st_mode & 0o077 == 0
    client = _signed_in(settings, "coordinator@example.org", password)
    assert "MWB-2019-005" in client.get("/applications").text


def test_a_console_correction_on_sqlite_and_postgresql(tmp_path, database_url):
    """The same form post on both databases: the values, the decision, the history and the audit row."""
    from sqlalchemy import select

    from storage.audit import AuditEntry

    os.environ["INTAKE_TEST_WEB_SECRET"] = "k" * 48
    settings = make_settings(tmp_path, database_url=database_url,
                             extra={"web": {"secret_key_env": "INTAKE_TEST_WEB_SECRET"}})
    _deliver(tmp_path / "mailbox", [application_mail(values(1), sender="a@example.org")])
    _taken_in(settings)
    client = _signed_in(settings)
    page = client.get("/applications/MWB-2019-001")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    saved = client.post("/applications/MWB-2019-001", follow_redirects=False, data={
        "csrf_token": token, "requested_amount": "7.250,00", "phone": "051 70 12 34", "status": "rejected",
        "note": "buiten het thema"})
    assert saved.status_code == 303 and saved.headers["location"].endswith("outcome=saved")
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        from intake.applications.details import application_details
        from intake.applications.linking import find_by_reference

        details = application_details(session, find_by_reference(session, "MWB-2019-001"))
        audit = [(a.action, a.actor, a.detail) for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert details["requested_amount"] == "7250.00" and details["status"] == "rejected"
    assert details["fields"]["phone"]["set_by"] == "extraction"  # the same number: nothing to correct
    assert ("correct", "coord@example.org", {"field": "requested_amount"}) in audit
    assert ("status", "coord@example.org", {"status": "rejected"}) in audit
    assert not any("7250" in str(detail) for _, _, detail in audit)  # never the value
    client.app.state.console.db.dispose()


def test_the_desk_lists_what_to_decide_and_settles_it(tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    settings = _settings(tmp_path)
    brussels = ZoneInfo("Europe/Brussels")
    _deliver(tmp_path / "mailbox", [make_email(sender="oud@example.org", subject="Vergadering",
                                               body="De agenda voor dinsdag.\n")],
             received=datetime(2019, 3, 12, 10, 0, tzinfo=brussels))
    with Runtime.from_settings(settings, check_schema=False) as runtime:
        runtime.db.upgrade()
        run_cycle(runtime)
        with runtime.db.session() as session:
            add_user(session, "coord@example.org", "coordinator", PASSWORD, runtime.clock(), actor=None)
            add_user(session, "jury@example.org", "reviewer", PASSWORD, runtime.clock(), actor=None)
    client = _signed_in(settings)
    desk = client.get("/")
    assert "Te beslissen (1)" in desk.text and "vóór de opening van de oproep" in desk.text
    assert "before the call opened" not in desk.text  # the CLI's English stays in the CLI
    assert 'action="/attention/1"' in desk.text and "Toch beantwoorden" in desk.text
    token = desk.text.split('name="csrf_token" value="')[1].split('"')[0]
    assert client.post("/attention/1", data={"action": "ignore"}, follow_redirects=False).status_code == 403
    reviewer = _signed_in(settings, "jury@example.org")
    assert 'action="/attention/1"' not in reviewer.get("/").text
    reviewer_token = reviewer.get("/").text.split('name="csrf_token" value="')[1].split('"')[0]
    refused = reviewer.post("/attention/1", data={"action": "ignore", "csrf_token": reviewer_token},
                            follow_redirects=False)
    assert refused.status_code in (403, 404)
    settled = client.post("/attention/1", data={"action": "ignore", "csrf_token": token}, follow_redirects=False)
    assert settled.status_code == 303
    assert "Te beslissen (0)" in client.get("/").text
    again = client.post("/attention/1", data={"action": "ignore", "csrf_token": token}, follow_redirects=False)
    assert again.status_code == 409


def test_the_desk_history_and_messages_speak_dutch_and_french_never_codes(tmp_path):
    """What the worker stores in English with codes (for the CLI and its JSON) reads as words in the console."""
    import re
    from datetime import UTC, datetime

    from intake.applications.attention import open_item
    from intake.applications.linking import record_event, set_coordinator_status
    from storage.models import Message
    from tests.notifications.factories import add_application

    settings = _settings(tmp_path)
    now = datetime(2019, 6, 12, 9, 0, tzinfo=UTC)
    with Runtime.from_settings(settings, check_schema=False) as runtime:
        runtime.db.upgrade()
        with runtime.db.session() as session:
            add_user(session, "coord@example.org", "coordinator", PASSWORD, runtime.clock(), actor=None)
            message = Message(account="maildir:test", folder="INBOX", uidvalidity=1, uid=7,
                              message_id="<x@example.org>", sha256="0" * 64, size=1, received_at=now,
                              sender="griet@example.org",
                              subject="Re: ons idee", status="set_aside", classification="changed_values",
                              error="waiting for the coordinator (changed_values): a reply states other values")
            session.add(message)
            session.flush()
            application = add_application(session, sender="griet@example.org",
                                          fields={"project_title": "Samen tuinieren"})
            message.application_id = application.id
            open_item(session, "to_check", f"{application.reference}: check country, email (read with confidence "
                      "below 0.8)", now, application=application, detail={"fields": ["country", "email"]})
            open_item(session, "changed_values", "a reply states other values (requested_amount 12500.00 -> "
                      "10000.00); nothing applied: amount mentioned (confidence 0.62)", now, message=message,
                      application=application, detail={"changes": [
                          {"field": "requested_amount", "old": "12500.00", "new": "10000.00"}]})
            open_item(session, "over_max_amount", f"{application.reference}: asks more than the call's maximum", now,
                      application=application, key="over_max_amount:x")
            record_event(application, "attention_resolved", now, item=9, item_kind="to_check", action="done",
                         by="coord@example.org")
            record_event(application, "change_ignored", now, message=message.id)
            set_coordinator_status(application, "rejected", now, by="root", note="te laat")
            reference = application.reference
    client = _signed_in(settings)
    pages = {"desk nl": client.get("/?lang=nl").text, "application nl": client.get(f"/applications/{reference}").text,
             "messages nl": client.get("/messages").text, "desk fr": client.get("/?lang=fr").text,
             "application fr": client.get(f"/applications/{reference}").text,
             "messages fr": client.get("/messages").text}
    for name, html in pages.items():
        text = re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1])
        for code in ("to_check", "over_max_amount", "changed_values", "attention_resolved", "change_ignored",
                     "confidence", "check country", "nothing applied", "root", "asks more"):
            assert code not in text, f"{code!r} on the {name} page"
    assert "Na te kijken" in pages["desk nl"] and "nakijken: land, e-mailadres" in pages["desk nl"]
    assert "gevraagd bedrag: 12.500,00 EUR → 10.000,00 EUR" in pages["desk nl"]
    assert "Boven het maximumbedrag" in pages["desk nl"]
    assert "1 aanvraag zonder bedrag: onbekend, niet meegeteld." in pages["desk nl"]
    assert "1 demande sans montant" in pages["desk fr"]
    assert "À vérifier" in pages["desk fr"] and "Données modifiées" in pages["desk fr"]
    assert "wijziging niet overgenomen" in pages["application nl"] and "de coördinator" in pages["application nl"]
    assert "coord@example.org" in pages["application nl"]
    assert "modification non reprise" in pages["application fr"] and "le coordinateur" in pages["application fr"]
    assert "gewijzigde gegevens" in pages["messages nl"] and "données modifiées" in pages["messages fr"]
    assert "een antwoord noemt andere gegevens" in pages["messages nl"]


def test_the_list_is_paged_and_keeps_filters_and_sort_across_pages(installation, monkeypatch):
    """A call of 1,000 applications is pages of PAGE_SIZE rows (here 2 of 3), each page reachable by a link
    that keeps the filters and the sort, and the count says how many match in all."""
    import intake.applications.overview as overview

    monkeypatch.setattr(overview, "PAGE_SIZE", 2)
    client = _signed_in(installation)
    first = client.get("/applications?sort=reference&dir=desc")
    assert first.status_code == 200
    rows = re.findall(r'<td class="nowrap"><a href="/applications/([^"]+)">', first.text)
    assert len(rows) == 2 and rows == sorted(rows, reverse=True)
    assert "3 van 3 aanvragen" in first.text and "(pagina 1 van 2)" in first.text
    links = set(re.findall(r'href="\?([^"]*page=2[^"]*)"', first.text))
    assert links, "no link to page 2"
    link = unescape(links.pop())
    assert "sort=reference" in link and "dir=desc" in link
    second = client.get("/applications?" + link)
    rest = re.findall(r'<td class="nowrap"><a href="/applications/([^"]+)">', second.text)
    assert len(rest) == 1 and rest[0] < rows[-1] and "(pagina 2 van 2)" in second.text
    # a page past the end is the last one, nonsense is the first
    assert re.findall(r'<td class="nowrap"><a href="/applications/([^"]+)">',
                      client.get("/applications?sort=reference&dir=desc&page=99").text) == rest
    assert re.findall(r'<td class="nowrap"><a href="/applications/([^"]+)">',
                      client.get("/applications?sort=reference&dir=desc&page=-1x").text) == rows
    # one page needs no pager
    monkeypatch.setattr(overview, "PAGE_SIZE", 100)
    assert 'class="pager"' not in client.get("/applications").text


def test_selecting_with_doubts_asks_for_confirmation_in_words(installation):
    """As `intake status REF selected` refuses without --force, the console says what speaks against the
    selection (in Dutch, never codes) and selects only once the coordinator ticks "Toch selecteren"."""
    client = _signed_in(installation)
    listed = client.get("/applications?problem=missing").text
    reference = re.findall(r'<td class="nowrap"><a href="/applications/([^"]+)">', listed)[0]
    page = client.get(f"/applications/{reference}").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    refused = client.post(f"/applications/{reference}", data={"csrf_token": token, "status": "selected"},
                          follow_redirects=False)
    assert refused.status_code == 200 and 'id="e-doubts"' in refused.text
    assert "Toch selecteren" in refused.text and "Ontbreekt:" in refused.text
    assert "--force" not in refused.text and "missing" not in refused.text.split('id="e-doubts"')[1][:600]
    assert '<option value="selected" selected>' in refused.text  # the choice is kept for the confirmation
    assert _status(installation, reference) != "selected"
    confirmed = client.post(f"/applications/{reference}", data={"csrf_token": token, "status": "selected",
                                                                "force": "1"}, follow_redirects=False)
    assert confirmed.status_code == 303
    assert _status(installation, reference) == "selected"


def _status(settings, reference: str) -> str:
    from intake.applications.linking import find_by_reference
    from storage.db import Database

    db = Database(settings.database_url)
    try:
        with db.session() as session:
            return str(find_by_reference(session, reference).effective_status)
    finally:
        db.dispose()


def test_the_files_packed_in_a_winmail_dat_a_zip_or_a_msg_are_offered_one_by_one(tmp_path):
    from tests.parsers.msg_samples import Message, outlook_message
    from tests.parsers.sheet_samples import zip_of
    from tests.parsers.tnef_samples import rtf_letter, winmail
    from tests.support.applications import filled_form

    settings = _settings(tmp_path)
    form = filled_form(values(5), file_format="docx")
    other_form = filled_form(values(6), file_format="docx")  # the same form from two addresses would be asked
    page_of_html = b"<!doctype html><html><body><script>alert(1)</script></body></html>"
    packed = winmail(rtf=rtf_letter(["Hierbij onze aanvraag."]),
                     files=[("Aanvraagformulier Zwaantje.docx", form), ("uitleg.html", page_of_html)])
    _deliver(tmp_path / "mailbox", [
        make_email(sender="d@example.org", subject="Projectidee", body="",
                   attachments=[("winmail.dat", packed, "application/ms-tnef")]),
        make_email(sender="e@example.org", subject="Projectidee", body="Zie bijlage.\n",
                   attachments=[("dossier.zip", zip_of({"dossier/../formulier.docx": other_form}), "application/zip")]),
        # an Outlook .msg goes out as the mail it was, which any mail program opens
        make_email(sender="f@example.org", subject="TR: Projectidee", body="Zie bijlage.\n",
                   attachments=[("Aanvraag.msg", outlook_message(Message(
                       subject="Projectidee Zwaantje", sender=("Hilde Vandenbroucke", "hilde@example.org"))),
                       "application/vnd.ms-outlook")]),
    ])
    _taken_in(settings)
    client = _signed_in(settings)
    listed = {}
    for reference in ("MWB-2019-001", "MWB-2019-002", "MWB-2019-003"):
        for document_id in _document_ids(client, reference):
            page = client.get(f"/applications/{reference}?doc={document_id}")
            for part in page.text.split(f'href="/applications/{reference}/documents/{document_id}/files/')[1:]:
                index, _, rest = part.partition('"')
                url = f"/applications/{reference}/documents/{document_id}/files/{index}"
                listed[rest.split("<")[0].lstrip(">")] = url
    assert {"body.rtf", "Aanvraagformulier Zwaantje.docx", "uitleg.html", "dossier/../formulier.docx",
            "Projectidee Zwaantje.eml"} <= set(listed)
    saved = client.get(listed["Projectidee Zwaantje.eml"])
    assert saved.headers["content-type"].startswith("message/rfc822")
    assert saved.headers["content-disposition"].startswith("attachment;")
    assert b"From: Hilde Vandenbroucke <hilde@example.org>" in saved.content
    word = client.get(listed["Aanvraagformulier Zwaantje.docx"])
    assert word.status_code == 200 and word.content == form
    assert word.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert word.headers["content-disposition"].startswith("attachment;")
    assert "Aanvraagformulier" in word.headers["content-disposition"]
    # a page of HTML packed inside goes out as text, never run; a name with a path is a name only
    html = client.get(listed["uitleg.html"])
    assert html.headers["content-type"].startswith("text/plain")
    assert "sandbox" in html.headers["content-security-policy"]
    inner = client.get(listed["dossier/../formulier.docx"])
    assert inner.content == other_form and "/" not in inner.headers["content-disposition"].split("filename=")[1]
    # a file that is not there, or asked through another application, is not found
    base = listed["body.rtf"].rsplit("/", 1)[0]
    assert client.get(f"{base}/99").status_code == 404
    other = "MWB-2019-002" if "MWB-2019-001" in base else "MWB-2019-001"
    assert client.get(listed["body.rtf"].replace(base.split("/")[2], other)).status_code == 404


def test_the_application_page_names_the_links_its_files_wait_behind(tmp_path):
    # a coordinator's trial: the console's application page did not mention the pending link at all
    settings = _settings(tmp_path)
    _deliver(tmp_path / "mailbox", [make_email(
        sender="g@example.org", subject="Aanvraag",
        body="Dag,\n\nOns dossier is te groot, het staat hier: https://we.tl/t-Zk3XyQ81bV\n\nGroeten\n")])
    _taken_in(settings)
    page = _signed_in(settings).get("/applications/MWB-2019-001")
    assert "Links naar gedeelde bestanden" in page.text
    assert "<code>https://we.tl/t-Zk3XyQ81bV</code>" in page.text  # shown, not made a link to follow blindly
    assert 'href="https://we.tl' not in page.text
