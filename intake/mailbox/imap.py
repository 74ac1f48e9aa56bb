"""The IMAP source, with imapclient.

- ``BODY.PEEK[]`` so nothing is marked \\Seen before we have stored it;
- INTERNALDATE kept timezone-aware (``normalise_times = False``): it is what decides on-time;
- a socket timeout always, so a silent server cannot hang the worker;
- MOVE where the server has it, else a keyword; never a delete.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import imapclient
from imapclient.exceptions import IMAPClientError

from config.errors import MailSourceError, MailSourceUnavailable
from config.settings import MailboxSettings
from intake.mailbox.base import (
    CHUNK_BYTES,
    FETCH_BYTES,
    LARGE_MESSAGE_BYTES,
    FetchedMessage,
    FolderStatus,
    RawSpool,
)

PROCESSED_KEYWORD = b"$IntakeProcessed"
_NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, IMAPClientError, EOFError)


class ImapSession:
    def __init__(self, client: imapclient.IMAPClient, settings: MailboxSettings, account: str) -> None:
        self.client = client
        self.settings = settings
        self.account = account
        self.folder = settings.folder
        self._processed_folder: str | None = None

    def _fail(self, message: str, exc: BaseException, uid: int | None = None) -> MailSourceError:
        cls = MailSourceUnavailable if isinstance(exc, OSError | EOFError | ssl.SSLError) else MailSourceError
        return cls(f"{message}: {exc}", account=self.account, folder=self.folder, uid=uid)

    def select(self, folder: str) -> FolderStatus:
        self.folder = folder
        try:
            info = self.client.select_folder(folder)
        except _NETWORK_ERRORS as exc:
            raise self._fail("cannot open the folder", exc) from exc
        uidnext = info.get(b"UIDNEXT")
        return FolderStatus(
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(uidnext) if uidnext is not None else None,
            exists=int(info.get(b"EXISTS", 0)),
        )

    def uids_above(self, last_uid: int, status: FolderStatus) -> list[int]:
        # UIDNEXT answers "anything new?" without a SEARCH, so an idle poll costs the same on any folder size
        if status.uidnext is not None and status.uidnext <= last_uid + 1:
            return []
        if status.exists == 0:
            return []
        try:
            found = self.client.search(["UID", f"{last_uid + 1}:*"])
        except _NETWORK_ERRORS as exc:
            raise self._fail("cannot list new messages", exc) from exc
        # "n:*" always matches the highest UID, even when it is below n
        return sorted(uid for uid in found if uid > last_uid)

    def fetch(self, uids: Iterable[int], spool: Callable[[], RawSpool] | None = None) -> Iterator[FetchedMessage]:
        uid_list = list(uids)
        if not uid_list:
            return
        try:
            sizes = self.client.fetch(uid_list, [b"RFC822.SIZE"])
        except _NETWORK_ERRORS as exc:
            raise self._fail(f"cannot fetch the sizes of {len(uid_list)} messages", exc) from exc
        group: list[int] = []
        group_bytes = 0
        for uid in uid_list:
            if uid not in sizes:
                continue  # expunged by someone else between SEARCH and FETCH: nothing to take
            size = int(sizes[uid].get(b"RFC822.SIZE") or 0)
            if spool is not None and size > LARGE_MESSAGE_BYTES:
                yield from self._fetch_group(group)
                group, group_bytes = [], 0
                fetched = self._fetch_spooled(uid, spool)
                if fetched is not None:
                    yield fetched
                continue
            if group and group_bytes + size > FETCH_BYTES:
                yield from self._fetch_group(group)
                group, group_bytes = [], 0
            group.append(uid)
            group_bytes += size
        yield from self._fetch_group(group)

    def _fetch_group(self, uids: list[int]) -> Iterator[FetchedMessage]:
        if not uids:
            return
        try:
            response = self.client.fetch(uids, [b"BODY.PEEK[]", b"INTERNALDATE"])
        except _NETWORK_ERRORS as exc:
            raise self._fail(f"cannot fetch {len(uids)} messages", exc) from exc
        for uid in uids:
            item = response.pop(uid, None)  # popped: each message's bytes are freed once it is stored
            if item is None or b"BODY[]" not in item:
                continue
            yield FetchedMessage(uid=uid, raw=bytes(item[b"BODY[]"]), received_at=item[b"INTERNALDATE"])

    def _fetch_spooled(self, uid: int, spool: Callable[[], RawSpool]) -> FetchedMessage | None:
        """A large message, a piece at a time (BODY.PEEK[]<offset.length>) straight into the spool."""
        writer = spool()
        received_at = None
        try:
            while True:
                offset = writer.size
                items = [f"BODY.PEEK[]<{offset}.{CHUNK_BYTES}>".encode()]
                if received_at is None:
                    items.append(b"INTERNALDATE")
                try:
                    item = self.client.fetch([uid], items).get(uid)
                except _NETWORK_ERRORS as exc:
                    raise self._fail("cannot fetch a large message", exc, uid) from exc
                if item is None:
                    writer.discard()
                    return None  # expunged meanwhile
                received_at = received_at or item[b"INTERNALDATE"]
                piece = item.get(f"BODY[]<{offset}>".encode()) or b""
                writer.write(piece)
                if len(piece) < CHUNK_BYTES:
                    break
        except BaseException:
            writer.discard()
            raise
        return FetchedMessage(uid=uid, raw=b"", received_at=received_at, spooled=writer)

    def _ensure_processed_folder(self) -> str:
        if self._processed_folder is None:
            name = self.settings.processed_folder
            try:
                listing = self.client.list_folders(directory="", pattern="")
                delimiter = listing[0][1] if listing else None
            except _NETWORK_ERRORS:
                delimiter = None
            if isinstance(delimiter, bytes):
                delimiter = delimiter.decode()
            if delimiter and delimiter != "/":
                name = name.replace("/", delimiter)
            try:
                if not self.client.folder_exists(name):
                    self.client.create_folder(name)
            except _NETWORK_ERRORS as exc:
                raise self._fail(f"cannot create the processed folder {name!r}", exc) from exc
            self._processed_folder = name
        return self._processed_folder

    def post_process(self, uids: list[int]) -> None:
        if not uids:
            return
        try:
            if self.settings.after == "move" and self.client.has_capability("MOVE"):
                self.client.move(uids, self._ensure_processed_folder())
            else:
                self.client.add_flags(uids, [PROCESSED_KEYWORD], silent=True)
        except _NETWORK_ERRORS as exc:
            raise self._fail("cannot move or flag handled messages", exc) from exc


class ImapSource:
    def __init__(self, settings: MailboxSettings) -> None:
        self.settings = settings
        self.account = settings.account
        self.folder = settings.folder

    @contextmanager
    def connect(self) -> Iterator[ImapSession]:
        settings = self.settings
        context = ssl.create_default_context()
        try:
            client = imapclient.IMAPClient(
                settings.host, port=settings.port, ssl=settings.security == "ssl", ssl_context=context,
                timeout=settings.timeout_seconds, use_uid=True,
            )
        except _NETWORK_ERRORS as exc:
            raise MailSourceUnavailable(f"cannot connect: {exc}", account=self.account) from exc
        client.normalise_times = False
        try:
            if settings.security == "starttls":
                client.starttls(context)
            client.login(settings.username, settings.password or "")
        except _NETWORK_ERRORS as exc:
            _close(client)
            raise MailSourceUnavailable(f"login failed: {exc}", account=self.account) from exc
        try:
            yield ImapSession(client, settings, self.account)
        finally:
            _close(client)


def _close(client: imapclient.IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection may already be gone; nothing left to save
        with contextlib.suppress(Exception):
            client.shutdown()
