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
from typing import BinaryIO

from config.errors import StorageError

_KINDS = ("raw", "attachments")


def _fsync_dir(directory: Path) -> None:
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class BlobWriter:
    """A blob written in pieces (a large message as it arrives, an attachment as it is decoded).

    The bytes go to a temporary file beside the store and are hashed on the way, so a 30 MB attachment
    never sits in memory whole; ``commit`` makes them durable under their sha256, ``discard`` drops them.
    """

    def __init__(self, store: BlobStore, kind: str) -> None:
        self.store = store
        self.kind = kind
        self.size = 0
        self._hash = hashlib.sha256()
        self._digest: str | None = None
        incoming = store.root / kind
        try:
            store._make_dir(incoming)  # every new level 0700, the data dir itself included
            fd, name = tempfile.mkstemp(dir=incoming, prefix=".tmp-")
        except OSError as exc:
            raise StorageError(f"cannot write a {kind} blob under {store.root}: {exc.strerror}") from exc
        os.fchmod(fd, 0o600)
        self.temp_path = Path(name)
        self._handle: BinaryIO | None = os.fdopen(fd, "w+b")

    def write(self, data: bytes | memoryview) -> None:
        assert self._handle is not None, "write after commit or discard"
        self._hash.update(data)
        self.size += len(data)
        try:
            self._handle.write(data)
        except OSError as exc:
            self.discard()
            raise StorageError(f"cannot write a {self.kind} blob under {self.store.root}: {exc.strerror}") from exc

    @property
    def sha256(self) -> str:
        if self._digest is None:
            self._digest = self._hash.hexdigest()
        return self._digest

    def read_back(self) -> BinaryIO:
        """The bytes written so far, from the start (a fresh handle; the caller closes it)."""
        assert self._handle is not None
        self._handle.flush()
        return open(self.temp_path, "rb")

    def commit(self) -> str:
        """Make the blob durable under its sha256 (a no-op if that blob is already stored); returns it."""
        assert self._handle is not None, "commit after commit or discard"
        digest = self.sha256
        target = self.store.path(self.kind, digest)
        try:
            if target.exists() and target.stat().st_size == self.size:
                self.discard()
                return digest
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None
            self.store._make_dir(target.parent)
            os.replace(self.temp_path, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            self.discard()
            raise StorageError(f"cannot write {self.kind} blob {digest} under {self.store.root}: "
                               f"{exc.strerror}") from exc
        return digest

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self.temp_path.unlink(missing_ok=True)

    def __enter__(self) -> BlobWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._handle is not None:
            self.discard()  # neither committed nor discarded: an error got us here


class BlobStore:
    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir)
        self._known_dirs: set[Path] = set()

    def _make_dir(self, directory: Path) -> None:
        """Create a blob directory durably: a new directory's own entry is fsynced in its parent too."""
        if directory in self._known_dirs:
            return
        missing: list[Path] = []
        probe = directory
        while not probe.is_dir():
            missing.append(probe)
            probe = probe.parent
        for new in reversed(missing):
            try:
                new.mkdir(mode=0o700)
            except FileExistsError:
                pass
            else:
                _fsync_dir(new.parent)
        self._known_dirs.add(directory)

    def writer(self, kind: str) -> BlobWriter:
        """A blob to be written in pieces; see BlobWriter."""
        if kind not in _KINDS:
            raise StorageError(f"not a blob kind: {kind!r}")
        return BlobWriter(self, kind)

    def open(self, kind: str, sha256: str) -> BinaryIO:
        """Read a stored blob as a stream, for bytes too large to hold whole."""
        try:
            return open(self.path(kind, sha256), "rb")
        except FileNotFoundError:
            raise StorageError(f"{kind} blob {sha256} is missing from {self.root}") from None

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
        # one durable-write path for whole and streamed blobs: the writer's temp file, fsync, rename
        with self.writer(kind) as writer:
            writer.write(data)
            return writer.commit()

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
