"""Content-Transfer-Encodings undone piece by piece, into a sink, with what had to be skipped named.

The MIME reader (parsers/mime.py) feeds each attachment here in pieces as it reads them, so a 100 MB
attachment costs a piece of memory, not its size. Lenient as mail readers are: junk in base64 is skipped
and missing padding added, but the damage is named (with the email package's defect names) so the
message's record can say the decoded file may be incomplete.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterator
from typing import BinaryIO, Protocol

SNIFF_BYTES = 4096  # the first decoded bytes kept for sniffing the type
_B64_CHUNK = 64 * 1024  # decode base64 in pieces of about this much
_QP_LINE_LIMIT = 64 * 1024  # quoted-printable lines are at most 76 characters; this is far beyond
_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_B64_JUNK = bytes(byte for byte in range(256) if byte not in _B64_ALPHABET)
_B64_OR_SPACE = _B64_ALPHABET + b" \t\r\n"  # whitespace and line breaks are not damage


class Sink(Protocol):
    """Where a part's decoded bytes go: a blob file being written, memory, or a counter."""

    def write(self, data: bytes, /) -> object: ...

    def read_back(self) -> BinaryIO:
        """The bytes kept so far, from the start (the caller closes it)."""
        ...


class TransferDecoder:
    """Undoes one part's Content-Transfer-Encoding; 7bit, 8bit, binary and unknown ones pass unchanged
    (uuencode included: such a part is kept as it came)."""

    def __init__(self, encoding: str, sink: Sink) -> None:
        encoding = encoding.strip().lower()
        self.encoding = encoding if encoding in ("base64", "quoted-printable") else "identity"
        self.sink = sink
        self.size = 0
        self.head = bytearray()  # the first SNIFF_BYTES decoded bytes
        self.damage: set[str] = set()
        self._base64 = bytearray()
        self._qp = b""  # the start of a quoted-printable line whose end has not come yet

    def _out(self, data: bytes) -> None:
        if not data:
            return
        if len(self.head) < SNIFF_BYTES:
            self.head += data[:SNIFF_BYTES - len(self.head)]
        self.sink.write(data)
        self.size += len(data)

    def feed(self, piece: bytes) -> None:
        if self.encoding == "base64":
            if not self.damage and piece.translate(None, _B64_OR_SPACE):
                self.damage.add("InvalidBase64CharactersDefect")
            self._base64 += piece.translate(None, _B64_JUNK)
            if len(self._base64) >= _B64_CHUNK:
                usable = len(self._base64) // 4 * 4
                self._out(self._b64(bytes(self._base64[:usable])))
                del self._base64[:usable]
        elif self.encoding == "quoted-printable":
            # whole lines only: a piece may end inside an "=XX" or before a soft line break's newline
            data = self._qp + piece if self._qp else piece
            cut = data.rfind(b"\n") + 1
            if not cut and len(data) > _QP_LINE_LIMIT:
                cut = len(data)  # not quoted-printable any more: decoded as far as it goes
            self._qp = data[cut:]
            self._out(binascii.a2b_qp(data[:cut]))
        else:
            self._out(piece)

    def finish(self) -> None:
        if self._qp:
            self._out(binascii.a2b_qp(self._qp))
            self._qp = b""
        if self.encoding != "base64" or not self._base64:
            return
        usable = len(self._base64) // 4 * 4
        rest = bytes(self._base64[usable:])
        self._out(self._b64(bytes(self._base64[:usable])))
        self._base64.clear()
        if len(rest) == 1:  # a single character is not even a byte: dropped
            self.damage.add("InvalidBase64LengthDefect")
        elif rest:  # as the email package does: the missing padding is added
            self.damage.add("InvalidBase64PaddingDefect")
            self._out(self._b64(rest + b"=" * (4 - len(rest))))

    def _b64(self, data: bytes) -> bytes:
        if not data:
            return b""
        try:
            return binascii.a2b_base64(data)
        except binascii.Error:
            self.damage.add("InvalidBase64PaddingDefect")  # padding inside the data: what it can be is kept
            return b"".join(_b64_quads(data))


def _b64_quads(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), 4):
        try:
            yield binascii.a2b_base64(data[start:start + 4])
        except binascii.Error:
            continue
