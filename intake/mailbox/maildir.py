"""A local Maildir as a mail source: the embedded default, and a way to test without a server.

Maildir has no UIDs, so this source keeps a small uid list beside the mail (``intake-uidlist``, as
Dovecot keeps ``dovecot-uidlist``): each file gets the next UID the first time it is seen, in delivery
order. The received time is the file's mtime, which is what delivery agents and Dovecot use.
Handled mail moves to the Maildir++ subfolder of ``processed_folder``; nothing is deleted.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from config.errors import MailSourceError, MailSourceUnavailable
from config.settings import MailboxSettings
from intake.mailbox.base import CHUNK_BYTES, LARGE_MESSAGE_BYTES, FetchedMessage, FolderStatus, PostAction, RawSpool

UIDLIST = "intake-uidlist"


def _key(filename: str) -> str:
    return filename.split(":", 1)[0]


def ensure_maildir(path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(mode=0o700, parents=True, exist_ok=True)


class MaildirSession:
    def __init__(self, root: Path, settings: MailboxSettings, account: str) -> None:
        self.root = root
        self.settings = settings
        self.account = account
        self.folder = "INBOX"
        self._state: dict = {}
        self._paths: dict[int, Path] = {}

    def _folder_path(self, folder: str) -> Path:
        if folder.upper() == "INBOX":
            return self.root
        return self.root / ("." + folder.replace("/", "."))

    def _load(self, folder_path: Path) -> dict:
        uidlist = folder_path / UIDLIST
        try:
            state = json.loads(uidlist.read_text(encoding="utf-8"))
        except FileNotFoundError:
            state = {"uidvalidity": int(time.time()), "next_uid": 1, "uids": {}}
        except (OSError, ValueError) as exc:
            raise MailSourceError(f"unreadable {uidlist}: {exc}", account=self.account, folder=self.folder) from exc
        files: list[tuple[float, str, Path]] = []
        for sub in ("new", "cur"):
            directory = folder_path / sub
            for entry in os.scandir(directory):
                if entry.is_file() and not entry.name.startswith("."):
                    files.append((entry.stat().st_mtime, entry.name, Path(entry.path)))
        files.sort()
        uids: dict[str, int] = state["uids"]
        present: dict[str, Path] = {}
        for _mtime, name, path in files:
            key = _key(name)
            present[key] = path
            if key not in uids:
                uids[key] = state["next_uid"]
                state["next_uid"] += 1
        for key in list(uids):
            if key not in present:
                del uids[key]
        self._paths = {uids[key]: path for key, path in present.items()}
        self._save(folder_path, state)
        return state

    @staticmethod
    def _save(folder_path: Path, state: dict) -> None:
        target = folder_path / UIDLIST
        temp = folder_path / (UIDLIST + ".tmp")
        temp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(temp, target)

    def select(self, folder: str) -> FolderStatus:
        self.folder = folder
        folder_path = self._folder_path(folder)
        if not (folder_path / "cur").is_dir():
            raise MailSourceError("no such Maildir folder", account=self.account, folder=folder)
        self._state = self._load(folder_path)
        return FolderStatus(uidvalidity=self._state["uidvalidity"], uidnext=self._state["next_uid"],
                            exists=len(self._paths))

    def uids_above(self, last_uid: int, status: FolderStatus) -> list[int]:
        return sorted(uid for uid in self._paths if uid > last_uid)

    def fetch(self, uids: Iterable[int], spool: Callable[[], RawSpool] | None = None) -> Iterator[FetchedMessage]:
        for uid in uids:
            path = self._paths.get(uid)
            if path is None:
                continue
            try:
                with open(path, "rb") as handle:
                    info = os.fstat(handle.fileno())
                    received_at = datetime.fromtimestamp(info.st_mtime, UTC)
                    if spool is None or info.st_size <= LARGE_MESSAGE_BYTES:
                        yield FetchedMessage(uid=uid, raw=handle.read(), received_at=received_at)
                        continue
                    writer = spool()
                    try:
                        while piece := handle.read(CHUNK_BYTES):
                            writer.write(piece)
                    except BaseException:
                        writer.discard()
                        raise
            except FileNotFoundError:
                continue  # moved away by someone else meanwhile
            except OSError as exc:
                raise MailSourceError(f"cannot read {path.name}: {exc.strerror}", account=self.account,
                                      folder=self.folder, uid=uid) from exc
            yield FetchedMessage(uid=uid, raw=b"", received_at=received_at, spooled=writer)

    def prepare_post_action(self) -> PostAction:
        if self.settings.after != "move":
            return PostAction("keyword", note="a Maildir has no keywords: handled mail stays where it is")
        return PostAction("move", folder=str(self._folder_path(self.settings.processed_folder)))

    def post_process(self, uids: list[int]) -> None:
        if self.settings.after != "move":
            return  # the uid list already remembers what was taken; a Maildir has no keywords to set
        target = self._folder_path(self.settings.processed_folder)
        ensure_maildir(target)
        for uid in uids:
            path = self._paths.pop(uid, None)
            if path is None or not path.exists():
                continue
            name = path.name if ":2," in path.name else path.name + ":2,"
            # keep the mtime: it is the message's arrival time
            os.replace(path, target / "cur" / name)


class MaildirSource:
    def __init__(self, settings: MailboxSettings) -> None:
        assert settings.maildir_path is not None
        self.settings = settings
        self.root = settings.maildir_path
        self.account = settings.account
        self.folder = settings.folder

    @contextmanager
    def connect(self) -> Iterator[MaildirSession]:
        if not (self.root / "cur").is_dir():
            raise MailSourceUnavailable(f"no Maildir at {self.root}", account=self.account)
        yield MaildirSession(self.root, self.settings, self.account)
