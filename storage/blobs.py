"""Content-addressed, durable storage of raw messages and attachments in the data directory.

A blob is written to a temporary file beside its final place, fsynced, renamed, and the directory
fsynced, so that once ``put`` returns the bytes survive a power cut; only then may the row that points at
them commit. Names are the sha256 of the content: nothing an applicant writes ever becomes a path.
Files are 0600 and directories 0700 because they hold personal data.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from config.errors import StorageError

_KINDS = ("raw", "attachments")


class BlobStore:
    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir)

    def _dir(self, kind: str, sha256: str) -> Path:
        if kind not in _KINDS or len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise StorageError(f"not a blob address: {kind}/{sha256!r}")
        return self.root / kind / sha256[:2] / sha256[2:4]

    def path(self, kind: str, sha256: str) -> Path:
        return self._dir(kind, sha256) / sha256

    def exists(self, kind: str, sha256: str) -> bool:
        return self.path(kind, sha256).exists()

    def put(self, kind: str, data: bytes, sha256: str | None = None) -> str:
        """Store bytes durably; returns their sha256. Storing the same bytes twice is a no-op."""
        digest = sha256 or hashlib.sha256(data).hexdigest()
        target = self.path(kind, digest)
        if target.exists() and target.stat().st_size == len(data):
            return digest
        directory = target.parent
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(dir=directory, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(temp_name, 0o600)
                os.replace(temp_name, target)
            except BaseException:
                Path(temp_name).unlink(missing_ok=True)
                raise
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise StorageError(f"cannot write {kind} blob {digest} under {self.root}: {exc.strerror}") from exc
        return digest

    def get(self, kind: str, sha256: str) -> bytes:
        try:
            return self.path(kind, sha256).read_bytes()
        except FileNotFoundError:
            raise StorageError(f"{kind} blob {sha256} is missing from {self.root}") from None

    def delete(self, kind: str, sha256: str) -> bool:
        """Remove a blob (only for erasure under the GDPR); True when it existed."""
        path = self.path(kind, sha256)
        try:
            path.unlink()
            return True
        except FileNotFoundError:
            return False
