"""The headers of a raw message, read without trusting them: sender, subject, ids, every header decoded.

Pure and forgiving: broken encoded-words, 8-bit headers (RFC 6532 UTF-8, else cp1252), absurd lengths
still yield an Envelope; what the header parser had to skip is named in ``defects``, never raised. Only
the header block is read (the standard library's header parser): the body's structure is the MIME
reader's (parsers/mime.py), which hands its top-level header block here.
"""

from __future__ import annotations

import email.errors
import email.policy
import io
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr
from typing import BinaryIO

HEADER_BLOCK_LIMIT = 4 * 1024 * 1024  # headers beyond 4 MB are not headers


@dataclass(frozen=True)
class Envelope:
    message_id: str | None
    sender: str  # lower-case address from From (or Sender), "" when none
    sender_name: str
    subject: str
    date_header: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]  # decoded (name lower-case, value) pairs, for loop-safety rules
    defects: tuple[str, ...]

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key == name), None)

    @property
    def recipients(self) -> frozenset[str]:
        """The addresses the message was delivered to (To, Delivered-To, X-Original-To), lower-case: the
        coordinator's mailbox. Not Cc, where applicants put themselves."""
        return frozenset(self._named("to", "delivered-to", "x-original-to"))

    def _named(self, *headers: str) -> set[str]:
        """The addresses these headers name, lower-case."""
        values = [value for key, value in self.headers if key in headers]
        return {address.lower() for _, address in getaddresses(values) if "@" in address}

    def in_copy(self, own: frozenset[str]) -> bool:
        """True when one of ``own`` addresses is in Cc and To names only others: the mail is written to them.
        (Our address in neither may be Bcc or an alias that delivers to the mailbox: nothing is told then.)"""
        to = self._named("to")
        return bool(to) and not to & own and bool(self._named("cc") & own)

    def to_others(self, own: frozenset[str]) -> int:
        """How many addresses besides ours and the sender's the mail is written to (To)."""
        return len(self._named("to") - own - {self.sender})

    def to_self(self, own: frozenset[str]) -> bool:
        """Written To its own sender alone, ours in neither To nor Cc: a mailing sent to everyone in Bcc."""
        return self._named("to") == {self.sender} and not self._named("cc") & own and self.sender not in own


def decode_8bit(text: str) -> str:
    """Undo the parser's surrogate escapes: raw 8-bit headers are UTF-8 (RFC 6532) or, failing that, cp1252."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def decode_header_value(value: object) -> str:
    """A header value as text: encoded-words decoded, raw 8-bit bytes read as UTF-8 (else cp1252)."""
    if value is None:
        return ""
    text = decode_8bit(str(value))
    try:
        return str(make_header(decode_header(text)))
    except (ValueError, LookupError, UnicodeError, AssertionError, email.errors.MessageError):
        return text


def clean_text(text: str, limit: int = 998) -> str:
    """Printable characters only (the rest become spaces), stripped, at most ``limit`` of them."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()[:limit]


def _message_ids(value: str) -> tuple[str, ...]:
    """The <ids> in a header. Message-IDs are printable ASCII of at most 998 characters (RFC 5322): anything
    else is not an id we could ever match, and would not fit the database."""
    return tuple(token for token in value.replace(",", " ").split()
                 if token.startswith("<") and token.endswith(">") and len(token) <= 998
                 and token.isascii() and token.isprintable())


def read_header_block(stream: BinaryIO) -> bytes:
    """The header lines of a message, up to and including the blank line that ends them: a 40 MB message
    costs its header block, not its size."""
    out: list[bytes] = []
    total = 0
    while total < HEADER_BLOCK_LIMIT:
        line = stream.readline(64 * 1024)
        out.append(line)
        total += len(line)
        if not line or line in (b"\r\n", b"\n"):
            break
    return b"".join(out)


def parse_header_block(block: bytes) -> Message:
    """A header block as the standard library's header parser reads it (the body, if any, left as text)."""
    # compat32 never raises on access to odd headers, which the modern policy does
    return BytesHeaderParser(policy=email.policy.compat32).parsebytes(block)


def read_envelope(raw: bytes) -> Envelope:
    """The envelope of a message (only its header block is read) or of a header block alone."""
    return envelope_of(parse_header_block(read_header_block(io.BytesIO(raw))))


def envelope_of(message: Message) -> Envelope:
    """The envelope of parsed headers."""
    defects = [type(defect).__name__ for defect in message.defects]
    # raw_items: compat32 would hand 8-bit headers back as opaque Header objects
    raw_headers = [(str(key).lower(), str(value)) for key, value in message.raw_items()]

    def first(name: str) -> str:
        return next((value for key, value in raw_headers if key == name), "")

    headers = tuple((key, clean_text(decode_header_value(value), 10_000)) for key, value in raw_headers)
    from_header = decode_header_value(first("from")) or decode_header_value(first("sender"))
    addresses = getaddresses([from_header]) if from_header else []
    name, address = addresses[0] if addresses else parseaddr(from_header)
    message_id = _message_ids(first("message-id"))
    in_reply_to = _message_ids(first("in-reply-to"))
    date_header = first("date")
    return Envelope(
        message_id=message_id[0] if message_id else None,
        sender=clean_text(address).lower(),
        sender_name=clean_text(name),
        subject=clean_text(decode_header_value(first("subject")), 2000),
        date_header=clean_text(date_header) if date_header else None,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_message_ids(first("references")),
        headers=headers,
        defects=tuple(defects),
    )


def read_envelope_stream(stream: BinaryIO) -> tuple[Envelope, str]:
    """The envelope and the top-level content type, from the headers alone."""
    message = parse_header_block(read_header_block(stream))
    return envelope_of(message), message.get_content_type()
