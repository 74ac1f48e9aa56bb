"""The one exception tree of intake.

    IntakeError                      root: anything intake raises on purpose
    ├── ConfigError                  bad or missing configuration (exit code 2); names key and file
    ├── MailSourceError              (intake.mailbox) the mailbox: account, folder, uid
    │   ├── MailSourceUnavailable    connection refused, dropped, timed out, login failed
    │   └── MailSourceThrottled      the server asks us to wait (Exchange: "Request is throttled")
    ├── SignInError                  (credentials) the OAuth2 sign-in of mailbox and SMTP
    │   ├── SignInRequired           no sign-in, or the provider refused it: run `intake auth login`
    │   └── SignInUnavailable        the provider cannot be reached right now: retried with backoff
    ├── StorageError                 (storage) database or data dir: path, message id
    │   └── SchemaOutOfDate          the database needs `intake db upgrade`
    ├── NotificationError            (notifications) rendering or sending a mail: outbox id
    │   ├── TemporarySendError       4xx, connection refused: retried with backoff
    │   └── PermanentSendError       5xx: stopped, shown to the coordinator
    └── UsageError                   a command was given something it cannot use (exit code 1)

It lives in ``config`` because that is the one package every layer may import. Parsers do not
raise at all: their failures are values (a ``parse_status`` and a reason).
Third-party errors (imaplib, smtplib, sqlalchemy) are translated at the boundary where they occur.
"""

from __future__ import annotations


class IntakeError(Exception):
    """Root of every error intake raises on purpose."""


class ConfigError(IntakeError):
    """A configuration value is missing or wrong; the message names the key and the file."""

    def __init__(self, message: str, *, key: str | None = None, path: str | None = None) -> None:
        where = []
        if key:
            where.append(f"key '{key}'")
        if path:
            where.append(f"in {path}")
        super().__init__(f"{message} ({', '.join(where)})" if where else message)
        self.key = key
        self.path = path


class MailSourceError(IntakeError):
    """The mailbox refused or broke an operation."""

    def __init__(self, message: str, *, account: str = "", folder: str = "", uid: int | None = None) -> None:
        context = ", ".join(
            part for part in (account and f"account {account}", folder and f"folder {folder}",
                              uid is not None and f"uid {uid}") if part
        )
        super().__init__(f"{message} [{context}]" if context else message)
        self.account = account
        self.folder = folder
        self.uid = uid


class MailSourceUnavailable(MailSourceError):
    """The mailbox cannot be reached right now (refused, dropped, timed out, login failed)."""


class MailSourceThrottled(MailSourceError):
    """The server refused a command because we asked too much too fast; try again after ``retry_after``."""

    def __init__(self, message: str, *, retry_after: float, account: str = "", folder: str = "") -> None:
        super().__init__(message, account=account, folder=folder)
        self.retry_after = retry_after


class SignInError(IntakeError):
    """The OAuth2 sign-in could not give an access token. Messages never hold a token."""


class SignInRequired(SignInError):
    """There is no sign-in, or the provider refused it (revoked, expired, consent withdrawn)."""


class SignInUnavailable(SignInError):
    """The provider's token endpoint could not be reached or failed; the sign-in itself may be fine."""


class StorageError(IntakeError):
    """The database or the data directory failed."""


class SchemaOutOfDate(StorageError):
    """The database schema is older than this version of intake."""


class NotificationError(IntakeError):
    """An outgoing mail could not be rendered or sent."""


class TemporarySendError(NotificationError):
    """The SMTP server said 'try later' (4xx) or could not be reached."""


class PermanentSendError(NotificationError):
    """The SMTP server refused the mail for good (5xx)."""


class UsageError(IntakeError):
    """A command was given input it cannot use."""
