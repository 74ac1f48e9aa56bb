"""The IMAP source, with imapclient.

- ``BODY.PEEK[]`` so nothing is marked \\Seen before we have stored it;
- INTERNALDATE kept timezone-aware (``normalise_times = False``): it is what decides on-time;
- a socket timeout always, so a silent server cannot hang the worker;
- a password (LOGIN) or an OAuth2 access token (SASL XOAUTH2; one fresh token more when it is refused);
- folder names written with ``/`` are put in the account's personal namespace (``folders.py``);
- handled mail: MOVE where the server has it; else COPY, then ``\\Deleted`` and UID EXPUNGE of exactly
  the UIDs the server confirmed copying (COPYUID, UIDPLUS); else the keyword. A refused CREATE or MOVE
  is the keyword for that poll, said once; never a plain EXPUNGE, never a message lost.
- Exchange's "Request is throttled. Suggested Backoff Time: N milliseconds" is ``MailSourceThrottled``.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import re
import socket
import ssl
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from config.errors import MailSourceError, MailSourceThrottled, MailSourceUnavailable, SignInError
from config.settings import MailboxSettings
from credentials.sasl import xoauth2_responder
from intake.mailbox.base import (
    CHUNK_BYTES,
    FETCH_BYTES,
    LARGE_MESSAGE_BYTES,
    FetchedMessage,
    FolderStatus,
    PostAction,
    RawSpool,
)
from intake.mailbox.folders import Namespace, server_folder, uid_set

log = logging.getLogger(__name__)

PROCESSED_KEYWORD = b"$IntakeProcessed"
_NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, IMAPClientError, EOFError)
_CONNECTION_LOST = (OSError, EOFError, ssl.SSLError, IMAPClientAbortError)
# Exchange Online: "NO|BAD Request is throttled. Suggested Backoff Time: 299910 milliseconds"
_THROTTLED = re.compile(r"Request is throttled\. Suggested Backoff Time: (\d+) milliseconds", re.IGNORECASE)
_said: set[tuple[str, str]] = set()


def say_once(account: str, text: str) -> None:
    """A warning about how this server is used, in the log once per process, not once per poll."""
    if (account, text) not in _said:
        _said.add((account, text))
        log.warning("%s: %s", account, text)


def throttled_for(exc: BaseException) -> float | None:
    match = _THROTTLED.search(str(exc))
    return int(match[1]) / 1000 if match else None


class ImapSession:
    def __init__(self, client: imapclient.IMAPClient, settings: MailboxSettings, account: str) -> None:
        self.client = client
        self.settings = settings
        self.account = account
        self.folder = settings.folder
        self._namespace: Namespace | None = None
        self._post_action: PostAction | None = None

    def _fail(self, message: str, exc: BaseException, uid: int | None = None) -> MailSourceError:
        wait = throttled_for(exc)
        if wait is not None:
            return MailSourceThrottled(f"{message}: the server is throttling us: {exc}", retry_after=wait,
                                       account=self.account, folder=self.folder)
        cls = MailSourceUnavailable if isinstance(exc, _CONNECTION_LOST) else MailSourceError
        return cls(f"{message}: {exc}", account=self.account, folder=self.folder, uid=uid)

    def namespace(self) -> Namespace:
        """The personal namespace: NAMESPACE (RFC 2342) where the server has it, else LIST's delimiter."""
        if self._namespace is None:
            namespace = None
            try:
                if self.client.has_capability("NAMESPACE"):
                    personal = self.client.namespace().personal
                    if personal:
                        prefix, separator = personal[0]
                        namespace = Namespace(prefix=prefix or "", separator=separator or None)
                if namespace is None:
                    listing = self.client.list_folders(directory="", pattern="")
                    delimiter = listing[0][1] if listing else None
                    if isinstance(delimiter, bytes):
                        delimiter = delimiter.decode()
                    namespace = Namespace(prefix="", separator=delimiter or None)
            except _NETWORK_ERRORS as exc:
                raise self._fail("cannot read the server's folder namespace", exc) from exc
            self._namespace = namespace
        return self._namespace

    def server_folder(self, written: str) -> str:
        return server_folder(written, self.namespace())

    def select(self, folder: str) -> FolderStatus:
        self.folder = folder
        try:
            info = self.client.select_folder(self.server_folder(folder))
        except _NETWORK_ERRORS as exc:
            if "authenticated but not connected" in str(exc).lower():
                # Exchange took the token but will not open this mailbox for the account that signed in
                raise MailSourceUnavailable(
                    f"the server accepted the sign-in but not access to {self.settings.username}'s mailbox ({exc}): "
                    "sign in as that account, or give the signed-in account access to it",
                    account=self.account, folder=folder) from exc
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

    def prepare_post_action(self) -> PostAction:
        if self._post_action is None:
            self._post_action = self._decide_post_action()
        return self._post_action

    def _decide_post_action(self) -> PostAction:
        if self.settings.after == "keep":
            return PostAction("keyword")
        has = self.client.has_capability
        if not has("MOVE") and not has("UIDPLUS"):
            return PostAction("keyword", note="this server cannot move (no MOVE, no UIDPLUS): handled mail stays in "
                              f"{self.folder} with the keyword $IntakeProcessed")
        folder = self.server_folder(self.settings.processed_folder)
        refused = self._create(folder)
        if refused is not None:
            namespace = self.namespace()
            return PostAction("keyword", folder=folder, problem=(
                f"the server refused to create the processed folder {folder!r} ({refused}); until that is fixed, "
                f"handled mail stays in {self.folder} with the keyword $IntakeProcessed. Set mailbox.processed_folder "
                f"to a folder this account may create (its own folders: {namespace.describe()}), or create it "
                "for the account"))
        if has("MOVE"):
            return PostAction("move", folder=folder)
        return PostAction("copy+expunge", folder=folder, note=(
            f"this server cannot move (no MOVE): handled mail is copied to {folder}, then exactly the copied "
            "message is marked \\Deleted and expunged by UID (UIDPLUS)"))

    def _create(self, folder: str) -> str | None:
        """Create the processed folder if it is missing; the server's answer when it refuses."""
        try:
            if self.client.folder_exists(folder):
                return None
            try:
                self.client.create_folder(folder)
            except IMAPClientAbortError:
                raise
            except IMAPClientError as exc:
                if self.client.folder_exists(folder):  # another worker was quicker
                    return None
                if throttled_for(exc) is not None:
                    raise
                return str(exc)
            try:
                self.client.subscribe_folder(folder)  # so that the coordinator's mail program shows it
            except IMAPClientAbortError:
                raise
            except IMAPClientError:
                log.info("the server would not subscribe %s; the folder is there all the same", folder)
        except _NETWORK_ERRORS as exc:
            raise self._fail(f"cannot create the processed folder {folder!r}", exc) from exc
        return None

    def post_process(self, uids: list[int]) -> None:
        if not uids:
            return
        action = self.prepare_post_action()
        for said in (action.problem, action.note):
            if said:
                say_once(self.account, said)
        try:
            if action.method == "move":
                self.client.move(uids, action.folder)
            elif action.method == "copy+expunge":
                self._copy_then_expunge(uids, action.folder or "")
            else:
                self._flag(uids)
        except _CONNECTION_LOST as exc:
            raise self._fail("cannot move or flag handled messages", exc) from exc
        except IMAPClientError as exc:
            if throttled_for(exc) is not None:
                raise self._fail("cannot move or flag handled messages", exc) from exc
            # a refusal (quota, rights, a server that does not keep keywords): the mail is stored all the same
            say_once(self.account, f"the server refused to {action.method.replace('+', ' and ')} handled mail "
                     f"({exc}); it stays in {self.folder}" + (", with the keyword" if action.method != "keyword"
                                                             else ""))
            if action.method != "keyword":
                with contextlib.suppress(IMAPClientError):
                    self._flag(uids)

    def _flag(self, uids: list[int]) -> None:
        self.client.add_flags(uids, [PROCESSED_KEYWORD], silent=True)

    def _copy_then_expunge(self, uids: list[int], folder: str) -> None:
        """The standard move without MOVE (RFC 6851 3.3): COPY, then remove exactly what the server confirms
        it copied (the source UIDs of COPYUID), so a message that was not copied is never expunged."""
        answers = self.client._imap.untagged_responses  # imaplib keeps response codes there
        answers.pop("COPYUID", None)
        self.client.copy(uids, folder)
        copied: set[int] = set()
        for answer in answers.pop("COPYUID", []):
            fields = (answer.decode() if isinstance(answer, bytes) else str(answer)).split()
            if len(fields) == 3:
                copied |= uid_set(fields[1])
        confirmed = sorted(copied & set(uids))
        unconfirmed = sorted(set(uids) - copied)
        if confirmed:
            self.client.add_flags(confirmed, [imapclient.DELETED], silent=True)
            self.client.uid_expunge(confirmed)
        if unconfirmed:
            say_once(self.account, "the server did not confirm a copy (no COPYUID for some messages): those stay "
                     f"in {self.folder} with the keyword $IntakeProcessed (a copy may also be in {folder})")
            self._flag(unconfirmed)


class ImapSource:
    def __init__(self, settings: MailboxSettings) -> None:
        self.settings = settings
        self.account = settings.account
        self.folder = settings.folder
        self._tls: ssl.SSLContext | None = None

    def _tls_context(self) -> ssl.SSLContext | None:
        """One TLS context for all of this source's connections, made on the first that needs one: loading the
        system's CA certificates took 70 ms of a 110 ms idle poll (cProfile), every poll, even without TLS."""
        if self.settings.security == "none":
            return None
        if self._tls is None:
            self._tls = ssl.create_default_context()
        return self._tls

    def _sign_in(self, client: imapclient.IMAPClient) -> None:
        """SASL XOAUTH2 with the sign-in's access token; a refused token gets one fresh one, then it is an
        outage whose message says what to do (a revoked sign-in names `intake auth login`)."""
        settings = self.settings
        assert settings.oauth2 is not None
        # imported here: Authlib and httpx2 cost every command a noticeable start-up, and only
        # an OAuth2 sign-in needs them
        from credentials.tokens import token_source

        tokens = token_source(settings.oauth2)
        refused: Exception | None = None
        for attempt in range(2):
            try:
                access_token = tokens.access_token(refresh=attempt > 0)
            except SignInError as exc:
                raise MailSourceUnavailable(f"OAuth2 sign-in: {exc}", account=self.account) from None
            try:
                # imaplib directly: imapclient's oauth2_login would answer the server's error challenge with
                # the token a second time instead of the empty line RFC 7628 asks for
                client._imap.authenticate("XOAUTH2", xoauth2_responder(settings.username, access_token))
                return
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                if throttled_for(exc) is not None:
                    raise
                refused = exc
                log.info("the mailbox refused the access token (%s); asking for a fresh one", exc)
        raise MailSourceUnavailable(
            f"the mailbox refused the OAuth2 sign-in of {settings.username} even with a fresh access token "
            f"({refused}): check that this account may use IMAP and that the app registration has the IMAP "
            "permission, then run `intake auth login`", account=self.account)

    @contextmanager
    def connect(self) -> Iterator[ImapSession]:
        settings = self.settings
        context = self._tls_context()
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
                assert context is not None
                client.starttls(context)
            if settings.auth == "oauth2":
                self._sign_in(client)
            else:
                client.login(settings.username, settings.password or "")
        except MailSourceError:
            _close(client)
            raise
        except _NETWORK_ERRORS as exc:
            _close(client)
            wait = throttled_for(exc)
            if wait is not None:
                raise MailSourceThrottled(f"login: the server is throttling us: {exc}", retry_after=wait,
                                          account=self.account) from exc
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
