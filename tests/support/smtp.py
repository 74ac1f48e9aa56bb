"""A real SMTP server for the tests: aiosmtpd's Controller on a loopback port, keeping what it accepts.

``server.fail_next(421)`` answers the next DATA with a temporary error; ``server.refuse(550)`` answers
every DATA with a permanent one until ``server.refuse(None)``.
"""

from __future__ import annotations

import email
import email.policy
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from tests.support.dovecot import free_port

MESSAGES = {421: "421 4.3.0 Try again later", 451: "451 4.3.0 Local error", 550: "550 5.1.1 Mailbox unavailable",
            554: "554 5.7.1 Rejected"}


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

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


class SmtpServer:
    def __init__(self) -> None:
        self.handler = RecordingHandler()
        self.port = free_port()
        self.host = "127.0.0.1"
        self.controller = Controller(self.handler, hostname=self.host, port=self.port)

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
