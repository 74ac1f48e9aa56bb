"""How a built mail leaves: over SMTP (smtplib) or into the outbox folder as one .eml file per mail.

Both translate their failures into ``TemporarySendError`` (4xx, refused, timed out: try later) or
``PermanentSendError`` (5xx: stop and show it), so the sender never sees smtplib's own exceptions.
SMTP signs in with a password (AUTH LOGIN/PLAIN) or, with ``auth = "oauth2"``, with SASL XOAUTH2 and the
access token of the sign-in the mailbox shares (one fresh token more when the server refuses it).
"""

from __future__ import annotations

import os
import smtplib
import ssl
import tempfile
from email.message import Message
from email.utils import parseaddr
from pathlib import Path
from typing import Protocol

from config.errors import PermanentSendError, SignInError, TemporarySendError
from config.settings import SmtpSettings
from credentials.sasl import xoauth2_responder


class ServerUnavailable(TemporarySendError):
    """The SMTP server could not be reached or refused the session: no point trying the next mail now."""


class Transport(Protocol):
    def send(self, message: Message, *, name: str) -> None: ...
    def already_sent(self, name: str) -> bool: ...
    def close(self) -> None: ...


class FolderTransport:
    """Writes ``<name>.eml`` into a folder, atomically: a reader never sees half a mail."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.eml"

    def already_sent(self, name: str) -> bool:
        return self.path(name).exists()

    def send(self, message: Message, *, name: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".eml")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(message.as_bytes())
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temp_name, self.path(name))
            except BaseException:
                Path(temp_name).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise TemporarySendError(f"cannot write to the outbox folder {self.folder}: {exc.strerror}") from exc

    def close(self) -> None:
        return None


def _classify(exc: smtplib.SMTPResponseException, what: str) -> Exception:
    detail = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    text = f"{what}: {exc.smtp_code} {detail}".strip()
    return PermanentSendError(text) if 500 <= exc.smtp_code < 600 else TemporarySendError(text)


class SmtpTransport:
    """One connection, opened on the first mail and reused; dropped after any error so the next mail reconnects."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.client: smtplib.SMTP | None = None

    def already_sent(self, name: str) -> bool:
        return False  # an SMTP server cannot be asked

    def connect(self) -> smtplib.SMTP:
        """Open (and log in to) the SMTP server, as the sender does; `intake check` uses this too."""
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            if s.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds,
                                                        context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
                if s.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
            if s.auth == "oauth2":
                self._sign_in(client)
            elif s.username and s.password:
                client.login(s.username, s.password)
        except ServerUnavailable:
            client.close()
            raise
        except smtplib.SMTPAuthenticationError as exc:
            # a configuration problem, not the mail's: keep the mail and retry once the password is fixed
            raise ServerUnavailable(f"SMTP login to {where} failed: {exc.smtp_code} {exc.smtp_error!r}") from exc
        except smtplib.SMTPResponseException as exc:
            raise ServerUnavailable(f"SMTP server {where} refused the session: {exc.smtp_code}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise ServerUnavailable(f"cannot reach the SMTP server {where}: {exc}") from exc
        return client

    def _sign_in(self, client: smtplib.SMTP) -> None:
        s = self.settings
        assert s.oauth2 is not None
        # imported here: Authlib and httpx2 cost every command a noticeable start-up, and only
        # an OAuth2 sign-in needs them
        from credentials.tokens import token_source

        tokens = token_source(s.oauth2)
        refused: smtplib.SMTPAuthenticationError | None = None
        for attempt in range(2):
            try:
                access_token = tokens.access_token(refresh=attempt > 0)
            except SignInError as exc:
                raise ServerUnavailable(f"OAuth2 sign-in for SMTP: {exc}") from None
            try:
                client.ehlo_or_helo_if_needed()
                client.auth("XOAUTH2", xoauth2_responder(s.username, access_token), initial_response_ok=True)
                return
            except smtplib.SMTPAuthenticationError as exc:
                refused = exc  # perhaps revoked or expired early: one fresh token, then it is a real refusal
        assert refused is not None
        detail = refused.smtp_error.decode("utf-8", "replace") if isinstance(refused.smtp_error, bytes) \
            else str(refused.smtp_error)
        raise ServerUnavailable(
            f"SMTP {s.host}:{s.port} refused the OAuth2 sign-in of {s.username} even with a fresh access token "
            f"({refused.smtp_code} {detail}): check that this account may send with SMTP AUTH and that the app "
            "registration has the SMTP permission, then run `intake auth login`")

    def send(self, message: Message, *, name: str) -> None:
        if self.client is None:
            self.client = self.connect()
        envelope_from = parseaddr(self.settings.from_address)[1]
        try:
            refused = self.client.send_message(message, from_addr=envelope_from)
        except smtplib.SMTPRecipientsRefused as exc:
            self.close()
            code, detail = next(iter(exc.recipients.values()))
            response = smtplib.SMTPResponseException(code, detail)
            raise _classify(response, "recipient refused") from exc
        except smtplib.SMTPResponseException as exc:
            self.close()
            raise _classify(exc, "SMTP server") from exc
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise TemporarySendError(f"SMTP connection failed while sending: {exc}") from exc
        if refused:
            code, detail = next(iter(refused.values()))
            raise _classify(smtplib.SMTPResponseException(code, detail), "recipient refused")

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.quit()
            except (OSError, smtplib.SMTPException):
                self.client.close()
            self.client = None


def open_transport(settings: SmtpSettings) -> Transport:
    if settings.kind == "outbox":
        assert settings.outbox_path is not None
        return FolderTransport(settings.outbox_path)
    return SmtpTransport(settings)
