"""The interface every mail source offers the cycle: select a folder, list new UIDs, fetch, post-process.

It is the IMAP model (UIDVALIDITY + UID) because that is what the coordinator's mailbox speaks; the
Maildir source emulates it. Sources raise only MailSourceError / MailSourceUnavailable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, Protocol

# A message larger than this is written to disk as it arrives instead of being held in memory.
LARGE_MESSAGE_BYTES = 8 * 1024 * 1024
# One FETCH asks for at most this many bytes of messages: a batch's memory is bounded in bytes, not count.
FETCH_BYTES = 24 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024  # a large message is read (and copied) this much at a time


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int | None  # None when the server does not say
    exists: int


@dataclass(frozen=True)
class PostAction:
    """What becomes of handled mail on this server, decided once per connection; `intake check` shows it."""

    method: str  # "move", "copy+expunge" (COPY, then UID EXPUNGE of exactly that UID) or "keyword"
    folder: str | None = None  # the processed folder as the server names it
    note: str | None = None  # why it is not a plain move, said once in the log and by `intake check`
    problem: str | None = None  # a configured value the server refused (e.g. CREATE of the folder)

    def describe(self) -> str:
        if self.method == "keyword":
            return "handled mail stays, with the keyword $IntakeProcessed"
        verb = "moved" if self.method == "move" else "copied, then the original expunged (UIDPLUS),"
        return f"handled mail is {verb} to {self.folder}"


class RawSpool(Protocol):
    """Where a large message's bytes go as they arrive (storage.blobs.BlobWriter)."""

    size: int

    @property
    def sha256(self) -> str: ...

    def write(self, data: bytes, /) -> object: ...

    def read_back(self) -> BinaryIO: ...

    def commit(self) -> str: ...

    def discard(self) -> None: ...


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes  # exactly the bytes of BODY[] (or the Maildir file); b"" when spooled
    received_at: datetime  # INTERNALDATE, timezone-aware
    spooled: RawSpool | None = None  # a large message: its exact bytes, on disk, not yet committed

    @property
    def size(self) -> int:
        return self.spooled.size if self.spooled is not None else len(self.raw)


class MailboxSession(Protocol):
    def select(self, folder: str) -> FolderStatus: ...

    def uids_above(self, last_uid: int, status: FolderStatus) -> list[int]:
        """UIDs greater than last_uid, ascending; cheap when there are none."""
        ...

    def fetch(self, uids: Iterable[int], spool: Callable[[], RawSpool] | None = None) -> Iterator[FetchedMessage]:
        """The messages, in UID order, skipping vanished ones. With ``spool``, those over
        LARGE_MESSAGE_BYTES are written into ``spool()`` piece by piece and yielded with ``spooled`` set."""
        ...

    def prepare_post_action(self) -> PostAction:
        """Decide (and prepare: create the processed folder) what post_process will do on this server."""
        ...

    def post_process(self, uids: list[int]) -> None:
        """Move the messages to the processed folder, or flag them, as configured; never deletes a message
        that is not safely in the processed folder. A server's refusal is not an error: the keyword
        instead, said once. Raises MailSourceUnavailable / MailSourceThrottled only."""
        ...


class MailSource(Protocol):
    account: str
    folder: str

    def connect(self) -> AbstractContextManager[MailboxSession]: ...
