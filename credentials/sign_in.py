"""`intake auth login`: a person signs in once; the refresh token lands in ``token_file``.

Two ways, as the provider allows:

- the device authorization grant (RFC 8628; Microsoft 365): we print a URL and a short code, the person
  opens it on any device and signs in; meanwhile we poll the token endpoint at the interval the provider
  gave, waiting on ``authorization_pending`` and slowing down by 5 s on every ``slow_down``;
- the loopback redirect with PKCE (RFC 8252, RFC 7636; Google, which refuses the device flow for mail
  scopes): we listen on 127.0.0.1, print the authorization URL, and the browser is sent back to us with
  a one-time code, which we exchange together with the PKCE verifier.

Authlib builds the authorization URL with its PKCE challenge and does every token request; the RFC 8628
polling loop is ours (Authlib's client has none).
"""

from __future__ import annotations

import base64
import http.server
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import parse_qs, urlsplit

import httpx2
from authlib.integrations.base_client import OAuthError

from config.errors import SignInError, SignInRequired, SignInUnavailable
from config.settings import OAuth2Settings
from credentials.token_file import TokenFile, TokenRecord
from credentials.tokens import oauth2_client, provider_name, translate

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SLOW_DOWN_SECONDS = 5  # RFC 8628 3.5: each slow_down adds this to the interval, for good
DEFAULT_INTERVAL = 5
LOOPBACK_WAIT_SECONDS = 600.0
# Google hands out a refresh token only when asked for offline access, and again only with fresh consent.
AUTHORIZATION_EXTRAS = {"google": {"access_type": "offline", "prompt": "consent"}}


@dataclass(frozen=True)
class SignedIn:
    record: TokenRecord
    access_expires_in: float


def sign_in(settings: OAuth2Settings, out: TextIO, *, sleep: Callable[[float], None] = time.sleep,
            port: int = 0, open_browser: bool = False) -> SignedIn:
    """Run the configured flow, store the refresh token in ``token_file`` (under its lock), say who it is."""
    if settings.flow == "device":
        token = _device_flow(settings, out, sleep)
    else:
        token = _loopback_flow(settings, out, port=port, open_browser=open_browser)
    refresh_token = token.get("refresh_token")
    if not refresh_token:
        hint = " (the scopes need offline_access)" if settings.provider == "microsoft" else ""
        raise SignInRequired(f"{provider_name(settings)} signed us in but gave no refresh token{hint}; "
                             "intake cannot stay signed in")
    now = time.time()
    lifetime = float(token.get("expires_in") or 3600)
    record = TokenRecord(
        refresh_token=str(refresh_token), client_id=settings.client_id, token_url=settings.token_url,
        scopes=tuple(str(token.get("scope") or " ".join(settings.scopes)).split()),
        signed_in_at=_utc(now), account=_id_token_account(token.get("id_token")), refreshed_at=_utc(now),
        access_expires_at=_utc(now + lifetime))
    token_file = TokenFile(settings.token_file)
    with token_file.locked():
        token_file.write(record)
    return SignedIn(record=record, access_expires_in=lifetime)


def _device_flow(settings: OAuth2Settings, out: TextIO, sleep: Callable[[float], None]) -> dict[str, Any]:
    assert settings.device_authorization_url is not None
    with oauth2_client(settings) as client:
        try:
            response = client.post(settings.device_authorization_url, data={"scope": " ".join(settings.scopes)},
                                   auth=client.client_auth(client.token_endpoint_auth_method))
            grant = response.json()
        except (httpx2.HTTPError, ValueError) as exc:
            raise SignInUnavailable(f"cannot reach {settings.device_authorization_url}: {exc}") from None
        if response.status_code != 200 or "device_code" not in grant:
            detail = grant.get("error_description") or grant.get("error") or f"HTTP {response.status_code}"
            raise SignInRequired(f"{provider_name(settings)} refused the sign-in request: {detail}")
        verification = grant.get("verification_uri") or grant.get("verification_url")
        interval = float(grant.get("interval") or DEFAULT_INTERVAL)
        deadline = time.monotonic() + float(grant.get("expires_in") or 900)
        print(f"To sign in, open {verification} and enter the code {grant['user_code']}", file=out)
        if grant.get("verification_uri_complete"):
            print(f"(or open {grant['verification_uri_complete']} directly)", file=out)
        print(f"Sign in as the mailbox's account. Waiting (the code is valid for "
              f"{int(float(grant.get('expires_in') or 900)) // 60} minutes)...", file=out, flush=True)
        while True:
            sleep(interval)
            if time.monotonic() > deadline:
                raise SignInRequired("the code expired before the sign-in was completed: run `intake auth login` "
                                     "again")
            try:
                return client.fetch_token(settings.token_url, grant_type=DEVICE_GRANT,
                                          device_code=grant["device_code"])
            except OAuthError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval += SLOW_DOWN_SECONDS
                    continue
                if exc.error == "expired_token":
                    raise SignInRequired("the code expired before the sign-in was completed: run "
                                         "`intake auth login` again") from None
                if exc.error == "access_denied":
                    raise SignInRequired("the sign-in was declined") from None
                raise translate(exc, settings, "the sign-in") from None
            except (httpx2.HTTPError, ValueError) as exc:
                raise translate(exc, settings, "the sign-in") from None


class _RedirectCatcher(http.server.BaseHTTPRequestHandler):
    """Takes the one redirect the browser makes back to us, and tells the person they may close the tab."""

    server: _LoopbackServer

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        if "code" not in query and "error" not in query:
            self.send_response(404)
            self.end_headers()
            return
        self.server.answer = {key: values[0] for key, values in query.items()}
        ok = "code" in query
        body = ("<p>intake is signed in. You may close this tab.</p>" if ok else
                "<p>The sign-in did not complete. See the terminal.</p>").encode()
        self.send_response(200 if ok else 400)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.done.set()

    def log_message(self, format: str, *args: object) -> None:
        return None  # the request line holds the one-time code: not logged


class _LoopbackServer(http.server.HTTPServer):
    answer: dict[str, str]
    done: threading.Event


def _loopback_flow(settings: OAuth2Settings, out: TextIO, *, port: int, open_browser: bool) -> dict[str, Any]:
    assert settings.authorization_url is not None
    server = _LoopbackServer(("127.0.0.1", port), _RedirectCatcher)
    server.answer, server.done = {}, threading.Event()
    redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    try:
        verifier = secrets.token_urlsafe(64)
        with oauth2_client(settings, scope=" ".join(settings.scopes), redirect_uri=redirect_uri,
                           code_challenge_method="S256") as client:
            url, state = client.create_authorization_url(settings.authorization_url, code_verifier=verifier,
                                                         **AUTHORIZATION_EXTRAS.get(settings.provider, {}))
            print(f"To sign in, open this address in a browser on this machine:\n{url}", file=out)
            print(f"(on a server over SSH, first forward the port: ssh -L {server.server_address[1]}:127.0.0.1:"
                  f"{server.server_address[1]} ..., or choose it with --port)", file=out)
            print("Waiting for the browser to come back...", file=out, flush=True)
            if open_browser:
                import webbrowser

                webbrowser.open(url)
            if not server.done.wait(LOOPBACK_WAIT_SECONDS):
                raise SignInRequired("nobody completed the sign-in in time: run `intake auth login` again")
            answer = server.answer
            if answer.get("state") != state:
                raise SignInError("the browser came back with a foreign sign-in (state mismatch); try again")
            if "code" not in answer:
                reason = answer.get("error_description") or answer.get("error")
                raise SignInRequired(f"the sign-in was not completed: {reason}")
            try:
                return client.fetch_token(settings.token_url, grant_type="authorization_code", code=answer["code"],
                                          redirect_uri=redirect_uri, code_verifier=verifier)
            except (OAuthError, httpx2.HTTPError, ValueError) as exc:
                raise translate(exc, settings, "the sign-in") from None
    finally:
        server.shutdown()
        server.server_close()


def _id_token_account(id_token: object) -> str | None:
    """Who signed in, from an ID token's claims (when the scopes asked for one).

    The signature is not checked: the token came straight from the token endpoint over TLS, which OpenID
    Connect Core 3.1.3.7 accepts as validation, and it is only shown, never trusted for access.
    """
    if not isinstance(id_token, str) or id_token.count(".") != 2:
        return None
    try:
        payload = id_token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, TypeError):
        return None
    for claim in ("email", "preferred_username", "upn"):
        if isinstance(claims.get(claim), str):
            return claims[claim]
    return None


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=0)
