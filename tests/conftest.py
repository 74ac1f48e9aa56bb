"""Real parts for the tests: Dovecot, PostgreSQL, SQLite, the Maildir source.

Under CI=true a test that needs Dovecot or PostgreSQL fails loudly when the part is missing; on a
developer's machine it is skipped with the reason.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.dovecot import PASSWORD, VARIANTS, Dovecot, free_port, missing_imap_service
from tests.support.oauth2_provider import OAuth2Provider

IN_CI = os.environ.get("CI", "").lower() == "true"
PG_ADMIN_URL = os.environ.get("INTAKE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def missing(part: str, reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{part} is required under CI=true but is missing: {reason}", pytrace=False)
    pytest.skip(f"{part} not available here: {reason}")


def _start_dovecot(variant: str = "default", introspection_url: str | None = None) -> Dovecot:
    # the IMAP service, not just the program: without dovecot-imapd the server cannot serve one session
    problem = missing_imap_service()
    if problem:
        missing("Dovecot", f"{problem}; the README's test command installs it")
    # not below pytest's tmp dir: that is 0700 root, and Dovecot's mail user must reach its homes
    root = Path(tempfile.mkdtemp(prefix=f"intake-dovecot-{variant}-"))
    server = Dovecot(root, free_port(), variant=variant, introspection_url=introspection_url)
    try:
        server.start()
    except (RuntimeError, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        missing("Dovecot", f"{variant} variant: {exc}")
    return server


def _stop_dovecot(server: Dovecot) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    server = _start_dovecot()
    yield server
    _stop_dovecot(server)


@pytest.fixture(scope="session")
def oauth2_provider() -> Iterator[OAuth2Provider]:
    """The tests' OAuth2 provider on loopback (device flow, rotation, introspection), for the whole session."""
    provider = OAuth2Provider().start()
    yield provider
    provider.stop()


@pytest.fixture(scope="session")
def dovecot_variant(request: pytest.FixtureRequest) -> Iterator:
    """``dovecot_variant(name)``: a Dovecot of that variant (tests/support/dovecot.py VARIANTS), started on
    first use and kept for the session, so each variant costs one start."""
    started: dict[str, Dovecot] = {}

    def get(name: str) -> Dovecot:
        assert name in VARIANTS, name
        if name == "default":
            return request.getfixturevalue("dovecot_server")
        if name not in started:
            introspection = request.getfixturevalue("oauth2_provider").url("/introspect") \
                if VARIANTS[name].oauth2 else None
            started[name] = _start_dovecot(name, introspection)
        return started[name]

    yield get
    for server in started.values():
        _stop_dovecot(server)


_user_numbers = itertools.count(1)


@pytest.fixture
def imap_user(dovecot_server: Dovecot) -> str:
    """A fresh mail user (and so an empty mailbox) for each test."""
    return f"user{next(_user_numbers)}x{uuid.uuid4().hex[:6]}"


@pytest.fixture
def imap_mailbox(dovecot_server: Dovecot, imap_user: str) -> dict:
    """The [mailbox] table of a config pointing at this test's Dovecot user."""
    os.environ["INTAKE_TEST_IMAP_PASSWORD"] = PASSWORD
    return {
        "url": f"imap://{imap_user}@127.0.0.1:{dovecot_server.port}/INBOX",
        "security": "none",
        "password_env": "INTAKE_TEST_IMAP_PASSWORD",
        "timeout_seconds": 20,
    }


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=5, autocommit=True) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure means: not usable here
        missing("PostgreSQL", f"{PG_ADMIN_URL}: {exc}")
    return PG_ADMIN_URL


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import psycopg

    name = f"intake_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = postgres_admin_url.rsplit("/", 1)[0]
    yield f"postgresql+psycopg://{base.split('://', 1)[1]}/{name}"
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'intake.db'}"
    return request.getfixturevalue("postgres_url")


CHROMIUM = os.environ.get("INTAKE_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# One browser for the whole run, defined here only: Playwright's sync API refuses a second instance in the
# same process, so a module that defined (or imported) its own session fixture broke every later browser test.
@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Playwright driving Debian's Chromium (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        missing("Chromium", f"{CHROMIUM} not found; install Debian's chromium (scripts/install-test-services.sh)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        missing("Playwright", f"pip install playwright ({exc})")
    manager = sync_playwright().start()
    try:  # Playwright gives the browser a fresh, empty profile of its own
        browser = manager.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    except Exception as exc:  # noqa: BLE001 - any launch failure means: no usable browser here
        manager.stop()
        missing("Chromium", str(exc))
    yield browser
    browser.close()
    manager.stop()
