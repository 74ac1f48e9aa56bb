"""The sign-in flows and the provider presets, against the tests' OAuth2 provider on loopback."""

from __future__ import annotations

import io
import re
import stat
import threading
import time

import httpx2
import pytest

import credentials.sign_in
from config import ConfigError
from config.errors import SignInRequired
from credentials.sign_in import sign_in
from credentials.tokens import TokenSource
from tests.support.settings import make_settings


def _oauth2(tmp_path, provider, **extra):
    return make_settings(tmp_path, extra={"oauth2": provider.oauth2_config(
        str(tmp_path / "token.json"), **extra)}).oauth2


def test_device_flow_waits_while_pending_and_slows_down_when_told(tmp_path, oauth2_provider, monkeypatch):
    """RFC 8628 3.5: poll at the interval; authorization_pending: wait on; slow_down: add to the interval,
    for good. The provider answers slow_down to any poll that comes too soon, so a client that ignored it
    would never get a token."""
    monkeypatch.setattr(credentials.sign_in, "SLOW_DOWN_SECONDS", 1)  # RFC: 5 s; 1 keeps the test short
    monkeypatch.setattr(oauth2_provider, "slow_down_step", 1.0)
    monkeypatch.setattr(oauth2_provider, "slow_down_polls", 1)
    out = io.StringIO()
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)
        if len(waits) == 3:  # the person approves while we wait the third time
            code = out.getvalue().split("enter the code ", 1)[1].split()[0]
            oauth2_provider.approve(code, "device@example.org")

    signed_in = sign_in(_oauth2(tmp_path, oauth2_provider), out, sleep=sleep)

    assert waits == [1, 2, 2]  # slow_down once, then authorization_pending once, then the token
    assert signed_in.record.refresh_token in oauth2_provider.active_refresh_tokens()
    assert stat.S_IMODE((tmp_path / "token.json").stat().st_mode) == 0o600
    assert signed_in.record.refresh_token not in out.getvalue()


def test_loopback_flow_with_pkce(tmp_path, oauth2_provider):
    """Google's way: the browser comes back to 127.0.0.1 with a code; the provider checks the PKCE verifier."""
    settings = _oauth2(tmp_path, oauth2_provider, flow="loopback")
    out = io.StringIO()
    result: dict = {}
    thread = threading.Thread(target=lambda: result.setdefault("signed_in", sign_in(settings, out)))
    thread.start()
    deadline = time.monotonic() + 20
    while "/authorize?" not in out.getvalue() and time.monotonic() < deadline:
        time.sleep(0.05)
    url = next(line for line in out.getvalue().splitlines() if "/authorize?" in line)
    assert "code_challenge_method=S256" in url and "code_challenge=" in url
    browser = httpx2.get(url, follow_redirects=True, timeout=10)  # the person's browser: provider, then us
    thread.join(20)
    assert browser.status_code == 200 and "signed in" in browser.text
    record = result["signed_in"].record
    assert record.refresh_token in oauth2_provider.active_refresh_tokens()
    assert TokenSource(settings).access_token()  # and the stored sign-in renews


def test_a_refused_refresh_names_intake_auth_login(tmp_path, oauth2_provider):
    settings = _oauth2(tmp_path, oauth2_provider)
    with pytest.raises(SignInRequired, match="intake auth login"):
        TokenSource(settings).access_token()  # no token file yet
    first = oauth2_provider._tokens("revoked@example.org", "imap")
    from datetime import UTC, datetime

    from credentials.token_file import TokenFile, TokenRecord

    TokenFile(settings.token_file).write(TokenRecord(refresh_token=first["refresh_token"], client_id=settings.client_id,
                                                     token_url=settings.token_url, scopes=("imap",),
                                                     signed_in_at=datetime.now(UTC)))
    oauth2_provider.revoke_user("revoked@example.org")
    with pytest.raises(SignInRequired, match=r"invalid_grant.*intake auth login"):
        TokenSource(settings).access_token()


def test_presets_fill_in_urls_and_scopes(tmp_path):
    microsoft = make_settings(tmp_path, extra={"oauth2": {"provider": "microsoft", "tenant": "example.org",
                                                          "client_id": "app"}}).oauth2
    assert microsoft.token_url == "https://login.microsoftonline.com/example.org/oauth2/v2.0/token"
    assert microsoft.device_authorization_url.endswith("/example.org/oauth2/v2.0/devicecode")
    assert microsoft.flow == "device"
    assert microsoft.scopes == ("https://outlook.office365.com/IMAP.AccessAsUser.All",
                                "https://outlook.office365.com/SMTP.Send", "offline_access")
    google = make_settings(tmp_path, extra={"oauth2": {"provider": "google", "client_id": "app"}}).oauth2
    assert (google.flow, google.scopes, google.device_authorization_url) == \
        ("loopback", ("https://mail.google.com/",), None)


@pytest.mark.parametrize(("table", "key"), [
    ({"provider": "google", "client_id": "x", "tenant": "t"}, "oauth2.tenant"),
    ({"provider": "custom", "client_id": "x"}, "oauth2.token_url"),
    ({"provider": "microsoft", "client_id": "x", "client_secret": "s"}, "oauth2.client_secret"),
    ({"provider": "custom", "client_id": "x", "token_url": "http://idp.example.org/token",
      "device_authorization_url": "https://idp.example.org/device", "scopes": ["a"]}, "oauth2.token_url"),
])
def test_bad_oauth2_config_names_key_and_file(tmp_path, table, key):
    with pytest.raises(ConfigError, match=re.escape(key)):
        make_settings(tmp_path, extra={"oauth2": table})


def test_auth_oauth2_needs_the_table(tmp_path):
    with pytest.raises(ConfigError, match=r"mailbox\.auth"):
        make_settings(tmp_path, mailbox={"url": "imap://c@mail.example.org/INBOX", "auth": "oauth2"})
