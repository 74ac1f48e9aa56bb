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


def test_writer_streams_into_the_same_address_as_put_and_leaves_no_temp_files(tmp_path):
    store = BlobStore(tmp_path)
    pieces = [b"%PDF-1.4\n", b"x" * 100_000, b"%%EOF\n"]
    whole = b"".join(pieces)
    with store.writer("attachments") as writer:
        for piece in pieces:
            writer.write(piece)
        with writer.read_back() as handle:
            assert handle.read() == whole  # readable before it is committed
        assert not store.exists("attachments", writer.sha256)
        digest = writer.commit()
    assert digest == hashlib.sha256(whole).hexdigest() == store.put("attachments", whole)
    path = store.path("attachments", digest)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with store.open("attachments", digest) as handle:
        assert handle.read() == whole
    again = store.writer("attachments")
    again.write(whole)
    assert again.commit() == digest  # already there: nothing written twice
    dropped = store.writer("raw")
    dropped.write(b"not wanted")
    dropped.discard()
    with store.writer("raw") as failed:
        failed.write(b"half a message")
        # leaving the block without commit (an error) drops it too
    assert not list(tmp_path.rglob(".tmp-*"))
    assert not store.exists("raw", hashlib.sha256(b"not wanted").hexdigest())
    with pytest.raises(StorageError, match="missing"):
        store.open("raw", "0" * 64)
