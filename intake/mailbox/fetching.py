"""Take new mail from the mailbox into the store, exactly once.

Per batch of UIDs (group commit): fetch (BODY.PEEK[]), write every raw message and attachment of the
batch to temporary blob files, make them all durable with one sync (``BlobStore.commit_together``), commit
the batch's rows in one transaction, and only then apply the post-action on the server (move or flag) to
the batch; the folder's ``last_uid`` advances after the post-action, so a crash anywhere re-reads at most
one batch, which the unique key (account, folder, UIDVALIDITY, UID) and the sha256 make harmless. A crash
before the batch's commit leaves at most unreferenced blobs (content-addressed: the re-read finds them).

The post-action never holds intake back: a server that refuses it (no right to CREATE the processed folder,
no MOVE) gets the keyword instead (``MailboxSession.post_process``), and ``last_uid`` advances all the same;
only a lost connection leaves the batch to be re-read. A server that throttles us (Exchange) ends the fetch
for this cycle without an outage, and the worker waits as long as the server asked before it fetches again.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from config.errors import MailSourceThrottled
from config.faults import checkpoint
from intake.mailbox import FetchedMessage, MailboxSession
from intake.runtime import Runtime
from parsers.envelope import Envelope
from parsers.mime import MimeAttachment, read_mime
from storage.blobs import BlobWriter
from storage.models import Attachment, AttachmentStatus, FolderState, Message, MessageStatus

log = logging.getLogger(__name__)


@dataclass
class FetchSummary:
    fetched: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    uidvalidity_changed: bool = False
    skipped_locked: bool = False  # another worker is fetching this folder right now (PostgreSQL)
    throttled_for: float | None = None  # the server asked us to wait this many seconds (Exchange)


def folder_lock_key(account: str, folder: str) -> int:
    """The advisory-lock key of one (account, folder): a signed 64-bit slice of its sha256."""
    digest = hashlib.sha256(f"intake-fetch\0{account}\0{folder}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def folder_fetch_lock(runtime: Runtime, account: str, folder: str) -> Iterator[bool]:
    """Hold the right to fetch one folder; yields False when another worker holds it.

    On PostgreSQL a session-level ``pg_try_advisory_lock`` on a connection kept for the whole fetch: several
    workers on one database never fetch the same folder at once, and a worker that dies loses the lock
    with its connection. On SQLite (one machine) an flock on a file in the data dir does the same for two
    processes, e.g. the worker and a coordinator's `intake poll`, next to the database file they share; the
    kernel drops it when a process dies.
    """
    if runtime.db.dialect != "postgresql":
        database = Path(runtime.db.engine.url.database or runtime.settings.data_dir / "intake")
        key = folder_lock_key(account, folder) & 0xFFFFFFFF
        lock_path = database.with_name(f"{database.name}.fetch-{key:08x}.lock")
        with open(lock_path, "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return
    key = folder_lock_key(account, folder)
    with runtime.db.engine.connect() as connection:
        held = bool(connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}))
        connection.commit()  # the lock outlives the transaction; no transaction stays open meanwhile
        try:
            yield held
        finally:
            if held:
                try:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                    connection.commit()
                except Exception:
                    # never hand a connection that may still hold the lock back to the pool
                    connection.invalidate()
                    raise


def _folder_state(session: Session, account: str, folder: str, uidvalidity: int,
                  summary: FetchSummary) -> FolderState:
    state = session.scalar(select(FolderState).where(FolderState.account == account, FolderState.folder == folder))
    if state is None:
        state = FolderState(account=account, folder=folder, uidvalidity=uidvalidity, last_uid=0)
        session.add(state)
    elif state.uidvalidity != uidvalidity:
        # The server renumbered the folder: every UID we knew is void. Read it all again; sha256 and
        # Message-ID keep us from taking anything twice.
        log.warning("UIDVALIDITY of %s %s changed from %s to %s: rescanning", account, folder,
                    state.uidvalidity, uidvalidity)
        summary.uidvalidity_changed = True
        state.uidvalidity = uidvalidity
        state.last_uid = 0
    return state


def _known_uids(session: Session, account: str, folder: str, uidvalidity: int, uids: list[int]) -> dict[int, int]:
    """UID -> row id of the UIDs in this batch that are stored already (a re-read after a crash): one query."""
    rows = session.execute(select(Message.uid, Message.id).where(
        Message.account == account, Message.folder == folder, Message.uidvalidity == uidvalidity,
        Message.uid.in_(uids)))
    return {uid: row_id for uid, row_id in rows}


def _stored_before(session: Session, account: str, incoming: list[_Incoming]) -> tuple[set[str], dict[str, int]]:
    """For a batch: the sha256s the account holds already, and the first row id of each Message-ID it
    holds. Two indexed queries for the whole batch; the account is checked here, not in SQL, because with
    it SQLite's planner walks the account's every row through another index (a backfill of n messages
    then costs n^2: 54 s of 236 s for 10,000)."""
    shas = sorted({item.sha256 for item in incoming})
    message_ids = sorted({item.message_id for item in incoming if item.message_id})
    same_bytes = {sha256 for row_account, sha256 in session.execute(
        select(Message.account, Message.sha256).where(Message.sha256.in_(shas))) if row_account == account}
    first: dict[str, int] = {}
    if message_ids:
        for row_account, message_id, row_id in session.execute(
                select(Message.account, Message.message_id, Message.id).where(Message.message_id.in_(message_ids))):
            if row_account == account and (message_id not in first or row_id < first[message_id]):
                first[message_id] = row_id
    return same_bytes, first


@dataclass
class _Reading:
    """What was read from a message before it is stored."""

    envelope: Envelope | None = None
    parts: tuple[MimeAttachment, ...] = ()  # each one's decoded bytes in a blob writer, not yet committed
    problems: tuple[str, ...] = ()
    error: str | None = None


@dataclass
class _Incoming:
    """One fetched message of a batch, read and written to temporary blob files, not yet durable."""

    uid: int
    received_at: datetime
    size: int
    raw: BlobWriter  # the exact bytes, finished (closed), not committed
    reading: _Reading

    @property
    def sha256(self) -> str:
        return self.raw.sha256

    @property
    def message_id(self) -> str | None:
        return self.reading.envelope.message_id if self.reading.envelope is not None else None

    def writers(self) -> list[BlobWriter]:
        return [self.raw, *(_writer(part) for part in self.reading.parts)]

    def discard(self) -> None:
        for writer in self.writers():
            writer.discard()


def _read(runtime: Runtime, fetched: FetchedMessage) -> _Reading:
    """One pass over the message (in memory, or spooled on disk): attachments decoded into blob files."""
    opened: list[BlobWriter] = []

    def open_sink() -> BlobWriter:
        writer = runtime.blobs.writer("attachments")
        opened.append(writer)
        return writer

    try:
        if fetched.spooled is not None:
            with fetched.spooled.read_back() as stream:
                reading = read_mime(stream, open_sink, text_limit=0)
        else:
            reading = read_mime(fetched.raw, open_sink, text_limit=0)
    except Exception as exc:
        log.exception("cannot read message uid %s", fetched.uid)
        for writer in opened:
            writer.discard()
        return _Reading(error=f"cannot read the message structure: {type(exc).__name__}: {exc}")
    return _Reading(reading.envelope, reading.attachments, reading.problems)


def _writer(part: MimeAttachment) -> BlobWriter:
    assert isinstance(part.sink, BlobWriter)  # fetching opens every sink itself (open_sink above)
    return part.sink


def _take_in(runtime: Runtime, fetched: FetchedMessage) -> _Incoming:
    """Read one fetched message and write its raw bytes and attachments to temporary blob files (closed,
    not yet durable: the batch makes them durable together)."""
    reading = _read(runtime, fetched)
    try:
        if fetched.spooled is not None:
            assert isinstance(fetched.spooled, BlobWriter)  # the spool fetching hands the source
            raw = fetched.spooled
        else:
            raw = runtime.blobs.writer("raw")
            raw.write(fetched.raw)
        raw.finish()
        for part in reading.parts:
            _writer(part).finish()
    except BaseException:
        for part in reading.parts:
            _writer(part).discard()
        if fetched.spooled is not None:
            fetched.spooled.discard()
        raise
    return _Incoming(uid=fetched.uid, received_at=fetched.received_at, size=fetched.size, raw=raw,
                     reading=reading)


def _row(runtime: Runtime, item: _Incoming, account: str, folder: str, uidvalidity: int,
         durable: list[BlobWriter]) -> Message:
    """The row of one new message, its attachments' rows with it; the blobs to keep go into ``durable``."""
    reading = item.reading
    envelope = reading.envelope
    row = Message(account=account, folder=folder, uidvalidity=uidvalidity, uid=item.uid, sha256=item.sha256,
                  size=item.size, received_at=item.received_at, status=MessageStatus.STORED)
    durable.append(item.raw)
    if reading.error is not None:
        row.status = MessageStatus.FAILED
        row.error = reading.error
    elif envelope is not None:
        row.message_id = envelope.message_id
        row.sender = envelope.sender
        row.subject = envelope.subject
        row.date_header = envelope.date_header
    limit = runtime.settings.max_attachment_bytes
    for part in reading.parts:
        writer = _writer(part)
        size, digest = part.size, writer.sha256
        too_large = size > limit
        if too_large:
            writer.discard()
        else:
            durable.append(writer)
        row.attachments.append(Attachment(
            part_index=part.index, filename=part.filename, original_filename=part.original_filename,
            declared_type=part.declared_type, sniffed_type=part.sniffed_type, size=size,
            sha256=digest, status=AttachmentStatus.TOO_LARGE if too_large else AttachmentStatus.STORED))
    if reading.problems and row.status != MessageStatus.FAILED:
        row.error = "; ".join(reading.problems)
    return row


def _store_batch(runtime: Runtime, account: str, folder: str, uidvalidity: int, incoming: list[_Incoming],
                 summary: FetchSummary) -> list[int]:
    """Group commit of a batch's new messages; returns the stored rows' ids.

    Byte-identical copies of stored mail (a rescan after a UIDVALIDITY change), here or earlier in the
    batch, are 'duplicate' and not stored again; a resend with a known Message-ID is stored, marked
    duplicate of the first. Then every blob of the batch is made durable together (one sync), and only then
    do the batch's rows commit, in one transaction.
    """
    if not incoming:
        return []
    try:
        with runtime.db.session() as session:
            same_bytes, first_with_id = _stored_before(session, account, incoming)
        rows: list[Message] = []
        durable: list[BlobWriter] = []
        duplicates = 0
        for item in incoming:
            if item.sha256 in same_bytes:
                item.discard()
                duplicates += 1
                continue
            same_bytes.add(item.sha256)
            rows.append(_row(runtime, item, account, folder, uidvalidity, durable))
        runtime.blobs.commit_together(durable)
    except BaseException:
        for item in incoming:
            item.discard()
        raise
    checkpoint("after_raw_write")
    first_in_batch: dict[str, Message] = {}
    with runtime.db.session() as session:
        for row in rows:
            session.add(row)
            if not row.message_id or row.status == MessageStatus.FAILED:
                continue
            original = first_with_id.get(row.message_id)
            if original is None and row.message_id in first_in_batch:
                earlier = first_in_batch[row.message_id]
                if earlier.id is None:
                    session.flush()
                original = earlier.id
            if original is None:
                first_in_batch[row.message_id] = row
            elif row.status == MessageStatus.STORED:
                row.status = MessageStatus.DUPLICATE
                row.duplicate_of_id = original
                row.error = f"same Message-ID as message {original}; kept, not processed again"
        session.flush()
        stored_ids = [row.id for row in rows]
    summary.duplicate += duplicates
    for row in rows:
        if row.status == MessageStatus.DUPLICATE:
            summary.duplicate += 1
        elif row.status == MessageStatus.FAILED:
            summary.failed += 1
        else:
            summary.new += 1
    return stored_ids


def _take_batch(runtime: Runtime, mailbox: MailboxSession, account: str, folder: str, uidvalidity: int,
                uids: list[int], summary: FetchSummary) -> None:
    """Fetch a batch, store it with one sync and one transaction, then post-process it on the server.

    A fetch that fails half-way (a dropped connection) still stores what it read before the error
    propagates: the post-action and ``last_uid`` wait for the next poll, which finds those UIDs stored.
    """
    handled: list[int] = []
    stored_ids: list[int] = []
    with runtime.db.session() as session:
        known = _known_uids(session, account, folder, uidvalidity, uids)
    incoming: list[_Incoming] = []
    try:
        for fetched in mailbox.fetch(uids, spool=lambda: runtime.blobs.writer("raw")):
            summary.fetched += 1
            checkpoint("after_fetch")
            if fetched.uid in known:  # stored before a crash, not yet moved: only the post-action is left
                if fetched.spooled is not None:
                    fetched.spooled.discard()
                stored_ids.append(known[fetched.uid])
                handled.append(fetched.uid)
                continue
            incoming.append(_take_in(runtime, fetched))
            handled.append(fetched.uid)
            del fetched  # the raw bytes go now, not when the next message replaces them
    except Exception:
        _store_batch(runtime, account, folder, uidvalidity, incoming, summary)
        raise
    stored_ids += _store_batch(runtime, account, folder, uidvalidity, incoming, summary)
    checkpoint("after_row_commit")
    checkpoint("before_post_action")
    mailbox.post_process(handled)
    checkpoint("after_post_action")
    with runtime.db.session() as session:
        if stored_ids:
            session.execute(update(Message).where(Message.id.in_(stored_ids), Message.post_action_at.is_(None))
                            .values(post_action_at=runtime.clock()))
        state = session.scalar(select(FolderState).where(FolderState.account == account,
                                                         FolderState.folder == folder))
        assert state is not None
        state.last_uid = max([state.last_uid, *uids])


# account -> time.monotonic() before which a throttling server is left alone (this process only: a person's
# `intake poll` is a new process and always tries)
_throttled_until: dict[str, float] = {}


def fetch_new_mail(runtime: Runtime, summary: FetchSummary | None = None) -> FetchSummary:
    """Fetch and store what is new in the configured folder. Raises MailSourceError when the mailbox fails.

    The counts go into ``summary`` as messages are stored, so a caller that passes its own keeps them when
    the mailbox fails half-way. With several workers on one PostgreSQL database only one fetches a folder at
    a time; the others skip fetching this cycle (``skipped_locked``) and go on to processing.
    """
    summary = summary if summary is not None else FetchSummary()
    source = runtime.source
    wait = _throttled_until.get(source.account, 0.0) - time.monotonic()
    if wait > 0:
        log.info("%s asked us to wait: next fetch in %d s", source.account, wait)
        summary.throttled_for = wait
        return summary
    with folder_fetch_lock(runtime, source.account, source.folder) as held:
        if not held:
            log.info("another worker is fetching %s %s: skipping the fetch this cycle", source.account,
                     source.folder)
            summary.skipped_locked = True
            return summary
        try:
            _fetch_locked(runtime, summary)
        except MailSourceThrottled as exc:
            # not an outage: what was stored stays stored, an unfinished batch is re-read next time
            _throttled_until[source.account] = time.monotonic() + exc.retry_after
            summary.throttled_for = exc.retry_after
            log.warning("%s is throttling us (%s): fetching again in %d s; stored so far: %d new",
                        source.account, exc, exc.retry_after, summary.new)
    return summary


def _fetch_locked(runtime: Runtime, summary: FetchSummary) -> None:
    source = runtime.source
    batch_size = runtime.settings.mailbox.fetch_batch
    with source.connect() as mailbox:
        status = mailbox.select(source.folder)
        with runtime.db.session() as session:
            state = _folder_state(session, source.account, source.folder, status.uidvalidity, summary)
            last_uid = state.last_uid
            state.last_poll_at = runtime.clock()
        uids = mailbox.uids_above(last_uid, status)
        for start in range(0, len(uids), batch_size):
            _take_batch(runtime, mailbox, source.account, source.folder, status.uidvalidity,
                        uids[start:start + batch_size], summary)
