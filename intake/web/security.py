"""The console's defences: security headers, the CSRF token, the sign-in rate limit, safe download names.

- Every response gets a Content-Security-Policy without inline script or style (``script-src 'self'``,
  ``style-src 'self'``: nothing an applicant wrote can run even if escaping were ever missed), may not be
  framed by another site (``frame-ancestors``), and is never content-sniffed (``nosniff``). Pages are not
  cached: they hold personal data.
- Every POST carries the session's CSRF token (a hidden field ``csrf_token``), compared in constant time.
- Sign-in: at most ``MAX_FAILURES`` failed attempts per address and per client in ``WINDOW`` seconds. The
  counts live in the process (the console runs as one process; see the README).
"""

from __future__ import annotations

import secrets
import threading
import time
import unicodedata
from collections import defaultdict, deque
from urllib.parse import quote

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
# a document we serve: no script, no style of its own, framed only by our application page
DOCUMENT_CSP = "default-src 'none'; img-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
SANDBOXED_DOCUMENT_CSP = DOCUMENT_CSP + "; sandbox"

MAX_FAILURES = 5
WINDOW = 15 * 60


class SecurityHeaders:
    """Adds the security headers to every response that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", PAGE_CSP)
                headers.setdefault("X-Frame-Options", "DENY")
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "same-origin"
                headers["Cross-Origin-Opener-Policy"] = "same-origin"
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()"
                headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_matches(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and secrets.compare_digest(str(expected), str(given))


class LoginLimiter:
    """Failed sign-ins per key (the address, the client) in a sliding window."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW, clock=time.monotonic) -> None:
        self.max_failures = max_failures
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        times = self._failures[key]
        cutoff = self.clock() - self.window
        while times and times[0] < cutoff:
            times.popleft()
        return times

    def blocked(self, *keys: str) -> bool:
        with self._lock:
            return any(len(self._recent(key)) >= self.max_failures for key in keys)

    def failed(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._recent(key).append(self.clock())

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


def content_disposition(disposition: str, filename: str) -> str:
    """``inline``/``attachment`` with an ASCII fallback name and the UTF-8 name (RFC 6266, RFC 5987)."""
    plain = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode("ascii")
    plain = "".join(c if c.isalnum() or c in "._- " else "_" for c in plain).strip(" .") or "document"
    return f"{disposition}; filename=\"{plain[:150]}\"; filename*=UTF-8''{quote(filename[:150], safe='')}"


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a path on this site only (never //other.example or a scheme)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
