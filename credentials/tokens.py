"""Access tokens for the mailbox and SMTP: asked for when needed, kept in memory only.

Authlib's OAuth2Client (over httpx2) does the token endpoint's protocol: client authentication (public
client, or a secret in the body), the refresh grant, the expiry bookkeeping and the provider's error
answers. Around it we keep what a long-running, multi-process service needs and Authlib does not:

- the refresh is done under the token file's lock, from the refresh token read *then*, and the rotated
  token the provider returns is written back before the lock is released, so two workers never refresh
  from the same (now void) token;
- an access token is refreshed a little before it expires (``REFRESH_MARGIN``, or a fifth of its lifetime
  when that is shorter), and once more when a server refuses it (``access_token(refresh=True)``);
- a refused refresh (``invalid_grant``: revoked, expired, consent withdrawn) is ``SignInRequired`` naming
  `intake auth login`; an unreachable provider is ``SignInUnavailable`` (an outage, retried with backoff).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx2
from authlib.integrations.base_client import OAuthError
from authlib.integrations.httpx_client import OAuth2Client

from config.errors import SignInRequired, SignInUnavailable
from config.settings import OAuth2Settings
from credentials.token_file import RELOGIN, TokenFile, TokenRecord

log = logging.getLogger(__name__)

REFRESH_MARGIN = 300.0  # seconds before expiry at which a token is renewed
HTTP_TIMEOUT = 30.0
# Answers of the token endpoint that mean: this sign-in is over, a person must sign in again.
REFUSED = frozenset({"invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope",
                     "interaction_required", "consent_required", "login_required", "access_denied"})


def oauth2_client(settings: OAuth2Settings, **kwargs) -> OAuth2Client:
    """An Authlib client for this app registration: a public client unless a secret is configured."""
    return OAuth2Client(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        token_endpoint_auth_method="client_secret_post" if settings.client_secret else "none",
        timeout=HTTP_TIMEOUT,
        **kwargs,
    )


def provider_name(settings: OAuth2Settings) -> str:
    return urlsplit(settings.token_url).hostname or settings.token_url


def translate(exc: Exception, settings: OAuth2Settings, doing: str) -> Exception:
    """A token endpoint failure as our own error: refused (sign in again) or unavailable (try later)."""
    where = provider_name(settings)
    if isinstance(exc, OAuthError):
        detail = f"{exc.error}: {exc.description}" if exc.description else str(exc.error)
        if exc.error in REFUSED:
            return SignInRequired(f"{where} refused {doing} ({detail}): {RELOGIN}")
        return SignInUnavailable(f"{where} could not {doing} ({detail})")
    return SignInUnavailable(f"cannot reach {where} to {doing}: {type(exc).__name__}: {exc}")


@dataclass
class _Access:
    token: str
    expires_at: float  # time.time() seconds
    lifetime: float


class TokenSource:
    """Access tokens for one sign-in (one token file), shared by the mailbox and SMTP of a process."""

    def __init__(self, settings: OAuth2Settings, *, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.file = TokenFile(settings.token_file)
        self.clock = clock
        self._access: _Access | None = None
        self._lock = threading.Lock()  # the worker's jobs run in threads

    def access_token(self, *, refresh: bool = False) -> str:
        """A valid access token; ``refresh=True`` after a server refused the one we had."""
        with self._lock:
            access = self._access
            if refresh or access is None or self.clock() >= access.expires_at - _margin(access.lifetime):
                access = self._access = self._refresh()
            return access.token

    def _refresh(self) -> _Access:
        settings = self.settings
        with self.file.locked():
            record = self.file.read()
            if record.client_id != settings.client_id:
                raise SignInRequired(f"the token file {self.file.path} belongs to another app registration "
                                     f"(client {record.client_id}): {RELOGIN}")
            try:
                with oauth2_client(settings) as client:
                    token = client.refresh_token(settings.token_url, refresh_token=record.refresh_token,
                                                 scope=" ".join(settings.scopes))
            except (OAuthError, httpx2.HTTPError, ValueError) as exc:
                raise translate(exc, settings, "to renew the sign-in") from None
            now = self.clock()
            lifetime = float(token.get("expires_in") or 3600)
            rotated = token.get("refresh_token") or record.refresh_token
            granted = tuple(str(token["scope"]).split()) if token.get("scope") else None
            # written before the lock goes: the old refresh token may already be void at the provider
            self.file.write(record.refreshed(refresh_token=rotated, at=_utc(now),
                                             access_expires_at=_utc(now + lifetime), scopes=granted))
        log.info("OAuth2: new access token from %s, valid %d s%s", provider_name(settings), lifetime,
                 "; refresh token rotated" if rotated != record.refresh_token else "")
        return _Access(token=str(token["access_token"]), expires_at=now + lifetime, lifetime=lifetime)


def _margin(lifetime: float) -> float:
    return min(REFRESH_MARGIN, lifetime / 5)


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=0)


_sources: dict[tuple[Path, str], TokenSource] = {}
_sources_lock = threading.Lock()


def token_source(settings: OAuth2Settings) -> TokenSource:
    """The process's one TokenSource for this sign-in, so the mailbox and SMTP share an access token."""
    key = (settings.token_file, settings.client_id)
    with _sources_lock:
        source = _sources.get(key)
        if source is None or source.settings != settings:
            source = _sources[key] = TokenSource(settings)
        return source


def read_record(settings: OAuth2Settings) -> TokenRecord:
    return TokenFile(settings.token_file).read()
