"""Mail sources behind one narrow interface: IMAP (imapclient) and a local Maildir (stdlib)."""

from __future__ import annotations

from config.settings import MailboxSettings
from intake.mailbox.base import FetchedMessage, FolderStatus, MailboxSession, MailSource, PostAction, RawSpool

__all__ = ["FetchedMessage", "FolderStatus", "MailSource", "MailboxSession", "PostAction", "RawSpool", "open_source"]


def open_source(settings: MailboxSettings) -> MailSource:
    if settings.kind == "maildir":
        from intake.mailbox.maildir import MaildirSource

        return MaildirSource(settings)
    from intake.mailbox.imap import ImapSource

    return ImapSource(settings)
