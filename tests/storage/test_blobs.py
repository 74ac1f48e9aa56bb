from __future__ import annotations

import hashlib
import stat

import pytest

from config.errors import StorageError
from storage.blobs import BlobStore


def test_put_get_is_content_addressed_private_and_idempotent(tmp_path):
    store = BlobStore(tmp_path)
    data = b"Received: by mail\r\n\r\nbody"
    digest = store.put("raw", data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.put("raw", data) == digest
    path = store.path("raw", digest)
    assert path.parent.parent.parent == tmp_path / "raw"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.get("raw", digest) == data
    assert not list(path.parent.glob(".tmp-*"))


def test_addresses_are_checked(tmp_path):
    store = BlobStore(tmp_path)
    with pytest.raises(StorageError):
        store.path("raw", "../../etc/passwd")
    with pytest.raises(StorageError):
        store.path("elsewhere", "0" * 64)
    with pytest.raises(StorageError, match="missing"):
        store.get("raw", "0" * 64)
