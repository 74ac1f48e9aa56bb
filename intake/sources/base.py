"""The interface every mail source offers the cycle: select a folder, list new UIDs, fetch, post-process.

It is the IMAP model (UIDVALIDITY + UID) because that is what the coordinator's mailbox speaks; the
Maildir source emulates it. Sources raise only MailSourceError / MailSourceUnavailable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int | None  # None when the server does not say
    exists: int


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes  # exactly the bytes of BODY[] (or the Maildir file)
    received_at: datetime  # INTERNALDATE, timezone-aware


class MailboxSession(Protocol):
    def select(self, folder: str) -> FolderStatus: ...

    def uids_above(self, last_uid: int, status: FolderStatus) -> list[int]:
        """UIDs greater than last_uid, ascending; cheap when there are none."""
        ...

    def fetch(self, uids: Iterable[int]) -> Iterator[FetchedMessage]: ...

    def post_process(self, uids: list[int]) -> None:
        """Move the messages to the processed folder, or flag them, as configured. Never deletes."""
        ...


class MailSource(Protocol):
    account: str
    folder: str

    def connect(self) -> AbstractContextManager[MailboxSession]: ...
