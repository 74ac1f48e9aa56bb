"""A real SMTP server for the tests: aiosmtpd's Controller on a loopback port, keeping what it accepts.

``server.fail_next(421)`` answers the next DATA with a temporary error; ``server.refuse(550)`` answers
every DATA with a permanent one until ``server.refuse(None)``.

``SmtpServer(oauth2=provider)`` takes AUTH XOAUTH2 only, as Microsoft 365 and Gmail do, and checks each
access token with the test OAuth2 provider's introspection endpoint; mail from a session that did not
sign in is refused.
"""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import json
import threading
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tests.support.dovecot import free_port

MESSAGES = {421: "421 4.3.0 Try again later", 451: "451 4.3.0 Local error", 550: "550 5.1.1 Mailbox unavailable",
            554: "554 5.7.1 Rejected"}


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    signed_in_as: str | None = None  # the XOAUTH2 user of the session, on a server that requires it

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class RecordingHandler:
    received: list[Received] = field(default_factory=list)
    temporary_failures: list[int] = field(default_factory=list)
    permanent: int | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            if self.temporary_failures:
                return MESSAGES[self.temporary_failures.pop(0)]
            if self.permanent:
                return MESSAGES[self.permanent]
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 2.0.0 OK"


@dataclass
class OAuth2Handler(RecordingHandler):
    """AUTH XOAUTH2, the token checked at the provider (RFC 7662 introspection); no other way in."""

    introspection_url: str = ""
    refused_tokens: int = 0

    async def auth_XOAUTH2(self, server, args: list[str]) -> AuthResult:
        if len(args) == 2:
            blob = base64.b64decode(args[1])
        else:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        answer = await asyncio.get_running_loop().run_in_executor(None, self._introspect, token)
        if answer.get("active") and answer.get("username") == user:
            return AuthResult(success=True, auth_data=user)
        with self.lock:
            self.refused_tokens += 1
        # as Gmail does: an error challenge, the client's empty answer, then 535
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "Bearer"}))
        return AuthResult(success=False, message="535 5.7.8 Username and Password not accepted")

    def _introspect(self, token: str) -> dict:
        body = urllib.parse.urlencode({"token": token}).encode()
        with urllib.request.urlopen(self.introspection_url, data=body, timeout=10) as response:
            return json.loads(response.read())

    async def handle_DATA(self, server, session, envelope) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content),
                                          signed_in_as=session.auth_data))
        return "250 2.0.0 OK"


class SmtpServer:
    def __init__(self, oauth2=None) -> None:
        self.port = free_port()
        self.host = "127.0.0.1"
        if oauth2 is None:
            self.handler = RecordingHandler()
            self.controller = Controller(self.handler, hostname=self.host, port=self.port)
        else:
            self.handler = OAuth2Handler(introspection_url=oauth2.url("/introspect"))
            # loopback without TLS in the tests; only XOAUTH2 is offered
            self.controller = Controller(self.handler, hostname=self.host, port=self.port, auth_require_tls=False,
                                         auth_exclude_mechanism=["LOGIN", "PLAIN"])

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def messages(self) -> list[EmailMessage]:
        return [r.message for r in self.received]

    def fail_next(self, code: int = 421, times: int = 1) -> None:
        with self.handler.lock:
            self.handler.temporary_failures.extend([code] * times)

    def refuse(self, code: int | None = 550) -> None:
        with self.handler.lock:
            self.handler.permanent = code

    def clear(self) -> None:
        with self.handler.lock:
            self.handler.received.clear()

    def smtp_config(self) -> dict:
        """The [smtp] table of a config that sends here."""
        return {"url": f"smtp://{self.host}:{self.port}", "security": "none",
                "from": "Maak werk van je buurt <coordinator@example.org>", "coordinator": "coordinator@example.org"}
