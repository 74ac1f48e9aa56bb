"""The sign-in on disk: the refresh token and what `intake auth status` shows, never an access token.

The file is 0600 in a 0700 folder, replaced atomically (temp file, fsync, rename), and read-modify-written
only under an flock on a sidecar ``<token_file>.lock`` (the token file itself is replaced on every write,
so it cannot carry the lock). Several workers sharing one token file therefore refresh one after another,
each reading the refresh token its predecessor just saved: a rotated token is never lost.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from config.errors import SignInRequired

FORMAT_VERSION = 1
RELOGIN = "run `intake auth login`"


@dataclass(frozen=True)
class TokenRecord:
    refresh_token: str = field(repr=False)
    client_id: str
    token_url: str
    scopes: tuple[str, ...]  # as granted by the provider
    signed_in_at: datetime
    account: str | None = None  # who signed in, when the provider said (an ID token's e-mail claim)
    refreshed_at: datetime | None = None
    access_expires_at: datetime | None = None  # of the last access token issued; that token is not kept

    def to_json(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "client_id": self.client_id,
            "token_url": self.token_url,
            "scopes": list(self.scopes),
            "account": self.account,
            "signed_in_at": self.signed_in_at.isoformat(),
            "refreshed_at": self.refreshed_at.isoformat() if self.refreshed_at else None,
            "access_expires_at": self.access_expires_at.isoformat() if self.access_expires_at else None,
            "refresh_token": self.refresh_token,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TokenRecord:
        def when(key: str) -> datetime | None:
            return datetime.fromisoformat(data[key]) if data.get(key) else None

        signed_in_at = when("signed_in_at")
        if not isinstance(data.get("refresh_token"), str) or not data["refresh_token"] or signed_in_at is None:
            raise ValueError("no refresh token")
        return cls(refresh_token=data["refresh_token"], client_id=str(data["client_id"]),
                   token_url=str(data["token_url"]), scopes=tuple(data.get("scopes") or ()),
                   signed_in_at=signed_in_at, account=data.get("account"), refreshed_at=when("refreshed_at"),
                   access_expires_at=when("access_expires_at"))

    def refreshed(self, *, refresh_token: str, at: datetime, access_expires_at: datetime | None,
                  scopes: tuple[str, ...] | None) -> TokenRecord:
        return replace(self, refresh_token=refresh_token, refreshed_at=at, access_expires_at=access_expires_at,
                       scopes=scopes or self.scopes)


class TokenFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")

    def read(self) -> TokenRecord:
        """The stored sign-in; SignInRequired (naming `intake auth login`) when there is none or it is unreadable."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SignInRequired(f"not signed in yet (no token file {self.path}): {RELOGIN}") from None
        except OSError as exc:
            raise SignInRequired(f"cannot read the token file {self.path}: {exc.strerror}") from None
        try:
            return TokenRecord.from_json(json.loads(text))
        except (ValueError, KeyError, TypeError):
            # the message must not quote the file: it holds the refresh token
            raise SignInRequired(f"the token file {self.path} is damaged: {RELOGIN}") from None

    def write(self, record: TokenRecord) -> None:
        """Replace the file atomically with ``record``, 0600; a reader sees the old file or the new one."""
        folder = self.path.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".tmp")  # 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(record.to_json(), handle, indent=2)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, self.path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)  # the rename itself survives a power cut
        finally:
            os.close(directory)

    @contextlib.contextmanager
    def locked(self) -> Iterator[TokenFile]:
        """Hold the token file's lock (blocking) for one read-refresh-write; the kernel drops it if we die."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield self
        finally:
            os.close(fd)  # closing releases the flock
