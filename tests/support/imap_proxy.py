"""A loopback proxy in front of a real Dovecot that answers as Exchange Online does where Dovecot cannot:

- ``capabilities``: the CAPABILITY list replaced (Exchange's has no CONDSTORE, ESEARCH or QRESYNC);
- ``strip_uidnext``: SELECT without ``* OK [UIDNEXT n]`` (servers that do not say it);
- ``throttle(pattern, millis, nth)``: the nth command matching ``pattern`` is answered
  ``NO Request is throttled. Suggested Backoff Time: N milliseconds`` and the connection closed with
  ``* BYE Connection closed. 14``, word for word what Exchange sends.

Everything else passes through unchanged; the server's literals (message bodies) are passed as bytes.
Exchange itself cannot run here; this plays only its answers, the mailbox behind it is real.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from dataclasses import dataclass, field

EXCHANGE_CAPABILITIES = "IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN IDLE " \
                        "NAMESPACE LITERAL+"
_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")
_CAPABILITY = re.compile(rb"CAPABILITY [^\]\r\n]*")


@dataclass
class _Throttle:
    pattern: re.Pattern[bytes]
    millis: int
    nth: int
    seen: int = 0


@dataclass
class ImapProxy:
    upstream_port: int
    capabilities: str | None = None
    strip_uidnext: bool = False
    throttles: list[_Throttle] = field(default_factory=list)
    throttled: int = 0

    def __post_init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def throttle(self, pattern: str, *, millis: int, nth: int = 1) -> None:
        with self.lock:
            self.throttles.append(_Throttle(re.compile(pattern.encode(), re.IGNORECASE), millis, nth))

    def stop(self) -> None:
        self.running = False
        self.listener.close()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream_port))
            threading.Thread(target=self._from_client, args=(client, server), daemon=True).start()
            threading.Thread(target=self._from_server, args=(server, client), daemon=True).start()

    def _throttled(self, line: bytes) -> int | None:
        with self.lock:
            for rule in self.throttles:
                if rule.pattern.search(line):
                    rule.seen += 1
                    if rule.seen == rule.nth:
                        self.throttled += 1
                        return rule.millis
        return None

    def _from_client(self, client: socket.socket, server: socket.socket) -> None:
        reader = client.makefile("rb")
        try:
            for line in reader:
                millis = self._throttled(line)
                if millis is not None:
                    tag = line.split(b" ", 1)[0]
                    client.sendall(tag + b" NO Request is throttled. Suggested Backoff Time: "
                                   + str(millis).encode() + b" milliseconds\r\n* BYE Connection closed. 14\r\n")
                    break
                server.sendall(line)
        except OSError:
            pass
        finally:
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def _from_server(self, server: socket.socket, client: socket.socket) -> None:
        reader = server.makefile("rb")
        try:
            while True:
                line = reader.readline()
                if not line:
                    break
                literal = _LITERAL.search(line)
                if self.strip_uidnext and line.startswith(b"* OK [UIDNEXT "):
                    continue
                if self.capabilities and b"CAPABILITY " in line and literal is None:
                    line = _CAPABILITY.sub(b"CAPABILITY " + self.capabilities.encode(), line)
                client.sendall(line)
                if literal is not None:
                    client.sendall(reader.read(int(literal.group(1))))
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
