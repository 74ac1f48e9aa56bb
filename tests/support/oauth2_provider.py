"""A small OAuth2 provider on loopback, for the tests: what Microsoft's or Google's sign-in does, in one file.

Endpoints (form-encoded POSTs answer JSON, errors as RFC 6749 5.2 with HTTP 400):

- ``POST /device``: the device authorization request (RFC 8628 3.1);
- ``GET /authorize``: the browser's visit in the loopback flow; the "user" approves at once and is sent back
  to the redirect URI with a code (PKCE S256 required);
- ``POST /token``: the device-code grant (``authorization_pending`` until ``approve()``, ``slow_down`` when
  polled faster than the interval), the authorization-code grant (checks the PKCE verifier) and the
  refresh-token grant, which **rotates**: every refresh gives a new refresh token and voids the old one;
  an old one presented again is refused with ``invalid_grant`` and recorded in ``reused``;
- ``POST /introspect``: RFC 7662, for Dovecot's oauth2 passdb and the SMTP server's XOAUTH2 check;
- ``POST /revoke``: RFC 7009.

``revoke_user()`` is the admin withdrawing consent; ``expire_access_tokens()`` makes every access token
invalid before its announced expiry. ``issued`` holds every token string handed out, so a test can search
outputs, logs and files for them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID = "intake-tests-client"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass
class _Device:
    user_code: str
    scope: str
    user: str | None = None
    last_poll: float = 0.0
    interval: float = 1.0


@dataclass
class _Grant:
    user: str
    scope: str
    active: bool = True
    rotated: bool = False  # spent by a refresh (as opposed to revoked)


@dataclass
class _Access:
    user: str
    scope: str
    expires_at: float
    active: bool = True


@dataclass
class OAuth2Provider:
    access_lifetime: float = 3600.0
    interval: float = 1.0
    slow_down_step: float = 5.0  # RFC 8628: a slow_down adds 5 s
    loopback_user: str = "coordinator@example.org"
    issued: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)  # rotated-away refresh tokens presented again
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, grant_type or '')
    slow_down_polls: int = 0  # answer this many device polls with slow_down, whatever their pace

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.devices: dict[str, _Device] = {}
        self.codes: dict[str, tuple[str, str, str, str]] = {}  # code -> (challenge, redirect_uri, scope, user)
        self.refresh_tokens: dict[str, _Grant] = {}
        self.access_tokens: dict[str, _Access] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    # -- the test's side ---------------------------------------------------------------------------------
    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> OAuth2Provider:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def oauth2_config(self, token_file: str, **extra: object) -> dict:
        """The [oauth2] table of an intake config that signs in here with the device flow."""
        return {"provider": "custom", "client_id": CLIENT_ID, "token_url": self.url("/token"),
                "device_authorization_url": self.url("/device"), "authorization_url": self.url("/authorize"),
                "scopes": ["imap", "smtp", "offline_access"], "token_file": token_file, **extra}

    def approve(self, user_code: str, user: str) -> None:
        with self.lock:
            for device in self.devices.values():
                if device.user_code == user_code:
                    device.user = user
                    return
        raise KeyError(user_code)

    def revoke_user(self, user: str) -> None:
        with self.lock:
            for grant in self.refresh_tokens.values():
                if grant.user == user:
                    grant.active = False
            for access in self.access_tokens.values():
                if access.user == user:
                    access.active = False

    def expire_access_tokens(self) -> None:
        with self.lock:
            for access in self.access_tokens.values():
                access.expires_at = min(access.expires_at, time.time() - 1)

    def active_refresh_tokens(self) -> list[str]:
        with self.lock:
            return [token for token, grant in self.refresh_tokens.items() if grant.active]

    def count(self, grant_type: str) -> int:
        with self.lock:
            return sum(1 for _path, grant in self.requests if grant == grant_type)

    def introspect(self, token: str) -> dict:
        with self.lock:
            access = self.access_tokens.get(token)
            if access is None or not access.active or access.expires_at <= time.time():
                return {"active": False}
            return {"active": True, "username": access.user, "scope": access.scope,
                    "exp": int(access.expires_at), "client_id": CLIENT_ID, "token_type": "Bearer"}

    # -- the endpoints -----------------------------------------------------------------------------------
    def _new(self, kind: str) -> str:
        token = f"{kind}-{secrets.token_urlsafe(24)}"
        self.issued.append(token)
        return token

    def _tokens(self, user: str, scope: str) -> dict:
        access, refresh = self._new("at"), self._new("rt")
        self.access_tokens[access] = _Access(user, scope, time.time() + self.access_lifetime)
        self.refresh_tokens[refresh] = _Grant(user, scope)
        return {"access_token": access, "token_type": "Bearer", "expires_in": int(self.access_lifetime),
                "refresh_token": refresh, "scope": scope}

    def handle_post(self, path: str, form: dict[str, str]) -> tuple[int, dict]:
        with self.lock:
            self.requests.append((path, form.get("grant_type", "")))
            if path == "/introspect":
                pass
            elif form.get("client_id") != CLIENT_ID:
                return 401, {"error": "invalid_client"}
            if path == "/device":
                device_code, user_code = self._new("dc"), secrets.token_hex(4).upper()
                self.devices[device_code] = _Device(user_code, form.get("scope", ""), interval=self.interval)
                return 200, {"device_code": device_code, "user_code": user_code,
                             "verification_uri": self.url("/device/verify"), "expires_in": 600,
                             "interval": int(self.interval) or 1}
            if path == "/token":
                return self._token(form)
            if path == "/revoke":
                grant = self.refresh_tokens.get(form.get("token", ""))
                if grant is not None:
                    grant.active = False
                access = self.access_tokens.get(form.get("token", ""))
                if access is not None:
                    access.active = False
                return 200, {}
        if path == "/introspect":
            return 200, self.introspect(form.get("token", ""))
        return 404, {"error": "not_found"}

    def _token(self, form: dict[str, str]) -> tuple[int, dict]:
        grant_type = form.get("grant_type")
        if grant_type == DEVICE_GRANT:
            device = self.devices.get(form.get("device_code", ""))
            if device is None:
                return 400, {"error": "invalid_grant"}
            now = time.monotonic()
            too_soon = device.last_poll and now - device.last_poll < device.interval * 0.9
            device.last_poll = now
            if too_soon or self.slow_down_polls > 0:
                self.slow_down_polls = max(0, self.slow_down_polls - 1)
                device.interval += self.slow_down_step
                return 400, {"error": "slow_down"}
            if device.user is None:
                return 400, {"error": "authorization_pending"}
            del self.devices[form["device_code"]]
            return 200, self._tokens(device.user, device.scope)
        if grant_type == "authorization_code":
            entry = self.codes.pop(form.get("code", ""), None)
            if entry is None:
                return 400, {"error": "invalid_grant"}
            challenge, redirect_uri, scope, user = entry
            verifier = form.get("code_verifier", "")
            computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if computed != challenge or form.get("redirect_uri") != redirect_uri:
                return 400, {"error": "invalid_grant", "error_description": "PKCE or redirect_uri mismatch"}
            return 200, self._tokens(user, scope)
        if grant_type == "refresh_token":
            presented = form.get("refresh_token", "")
            grant = self.refresh_tokens.get(presented)
            if grant is None or not grant.active:
                if grant is not None and grant.rotated:
                    self.reused.append(presented)
                return 400, {"error": "invalid_grant", "error_description": "the refresh token is not valid"}
            grant.active, grant.rotated = False, True  # rotation: this one is spent
            return 200, self._tokens(grant.user, grant.scope)
        return 400, {"error": "unsupported_grant_type"}

    def handle_authorize(self, query: dict[str, str]) -> str:
        """The browser's visit: approve at once, send it back with a code. Returns the redirect target."""
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            raise ValueError("PKCE S256 is required")
        with self.lock:
            code = self._new("code")
            self.codes[code] = (query["code_challenge"], query["redirect_uri"], query.get("scope", ""),
                                self.loopback_user)
        return f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query.get('state', '')})}"


def _handler(provider: OAuth2Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = {key: values[0] for key, values in parse_qs(self.rfile.read(length).decode()).items()}
            self._answer(*provider.handle_post(urlsplit(self.path).path, form))

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path != "/authorize":
                self._answer(404, {"error": "not_found"})
                return
            query = {key: values[0] for key, values in parse_qs(parts.query).items()}
            try:
                target = provider.handle_authorize(query)
            except (KeyError, ValueError) as exc:
                self._answer(400, {"error": "invalid_request", "error_description": str(exc)})
                return
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return None

    return Handler
