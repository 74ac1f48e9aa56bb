"""Read what the intake needs from a raw message without trusting it: headers and attachment parts.

Pure and forgiving: a malformed message (broken encoded-words, missing boundaries, bad base64, absurd
nesting) still yields an Envelope; what could not be read is reported in ``defects``, never raised.
"""

from __future__ import annotations

import binascii
import email
import email.errors
import email.policy
from collections.abc import Callable
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr
from typing import BinaryIO, Protocol

from parsers.filenames import safe_filename
from parsers.sniff import sniff_content_type, zip_kind

MAX_PARTS = 500  # more parts than any application needs; beyond this the rest stays in the raw message only


@dataclass(frozen=True)
class AttachmentPart:
    index: int
    filename: str  # safe
    original_filename: str | None
    declared_type: str
    sniffed_type: str
    data: bytes


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


def _raw_8bit(text: str) -> str:
    """Undo the parser's surrogate escapes: raw 8-bit headers are UTF-8 (RFC 6532) or, failing that, cp1252."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _decode(value: object) -> str:
    if value is None:
        return ""
    text = _raw_8bit(str(value))
    try:
        return str(make_header(decode_header(text)))
    except (ValueError, LookupError, UnicodeError, AssertionError, email.errors.MessageError):
        return text


def _clean(text: str, limit: int = 998) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()[:limit]


def _message_ids(value: str) -> tuple[str, ...]:
    """The <ids> in a header. Message-IDs are printable ASCII of at most 998 characters (RFC 5322): anything
    else is not an id we could ever match, and would not fit the database."""
    return tuple(token for token in value.replace(",", " ").split()
                 if token.startswith("<") and token.endswith(">") and len(token) <= 998
                 and token.isascii() and token.isprintable())


class NestedTooDeep(email.errors.MessageDefect):
    """The body nests parts deeper than the parser can follow; only the headers were read."""


def parse_message(raw: bytes) -> Message:
    # compat32 never raises on access to odd headers, which the modern policy does
    try:
        return email.message_from_bytes(raw, policy=email.policy.compat32)
    except RecursionError:
        # thousands of nested multiparts: read the headers alone; the body stays in the raw message
        message = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        message.defects.append(NestedTooDeep())
        return message


def read_envelope(raw: bytes, message: Message | None = None) -> Envelope:
    message = message if message is not None else parse_message(raw)
    defects = [type(defect).__name__ for defect in getattr(message, "defects", [])]
    # raw_items: compat32 would hand 8-bit headers back as opaque Header objects
    raw_headers = [(str(key).lower(), str(value)) for key, value in message.raw_items()]

    def first(name: str) -> str:
        return next((value for key, value in raw_headers if key == name), "")

    headers = tuple((key, _clean(_decode(value), 10_000)) for key, value in raw_headers)
    from_header = _decode(first("from")) or _decode(first("sender"))
    addresses = getaddresses([from_header]) if from_header else []
    name, address = addresses[0] if addresses else parseaddr(from_header)
    message_id = _message_ids(first("message-id"))
    in_reply_to = _message_ids(first("in-reply-to"))
    date_header = first("date")
    return Envelope(
        message_id=message_id[0] if message_id else None,
        sender=_clean(address).lower(),
        sender_name=_clean(name),
        subject=_clean(_decode(first("subject")), 2000),
        date_header=_clean(date_header) if date_header else None,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_message_ids(first("references")),
        headers=headers,
        defects=tuple(defects),
    )


def _is_attachment(part: Message) -> bool:
    if part.is_multipart():
        return False
    disposition = str(part.get("Content-Disposition", "")).split(";", 1)[0].strip().lower()
    if disposition == "attachment" or part.get_filename():
        return True
    maintype = part.get_content_maintype()
    return maintype not in ("text", "multipart") and part.get_content_type() != "message/delivery-status"


def split_attachments(raw: bytes, message: Message | None = None) -> tuple[list[AttachmentPart], list[str]]:
    """The attachment parts of a message, decoded, with safe names; and what went wrong reading them."""
    message = message if message is not None else parse_message(raw)
    parts: list[AttachmentPart] = []
    problems: list[str] = []
    if any(isinstance(defect, NestedTooDeep) for defect in message.defects):
        return [], ["the message nests its parts too deeply to read; kept whole in the raw message"]
    try:
        walked = list(message.walk())
    except RecursionError:
        return [], ["the message nests its parts too deeply to read; kept whole in the raw message"]
    for part in walked:
        if len(parts) >= MAX_PARTS:
            problems.append(f"more than {MAX_PARTS} attachments; the rest stay in the raw message only")
            break
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            data = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
        elif _is_attachment(part):
            defects_before = len(part.defects)
            try:
                data = part.get_payload(decode=True) or b""
            except (ValueError, TypeError, AssertionError) as exc:
                problems.append(f"part {len(parts) + 1}: cannot decode ({exc})")
                data = b""
            # the decoder is lenient and says what it had to skip only as defects on the part
            damage = {type(d).__name__ for d in part.defects[defects_before:]
                      if "Base64" in type(d).__name__ or "Padding" in type(d).__name__}
            if damage:
                problems.append(f"part {len(parts) + 1}: damaged base64 ({', '.join(sorted(damage))}); "
                                "the decoded file may be incomplete")
        else:
            continue
        index = len(parts) + 1
        try:
            declared_name = part.get_filename()
        except (ValueError, LookupError, UnicodeError, TypeError):
            declared_name = None
        declared_name = _clean(_decode(declared_name), 1000) if declared_name else None
        sniffed = sniff_content_type(data)
        parts.append(
            AttachmentPart(
                index=index,
                filename=safe_filename(declared_name, index, sniffed),
                original_filename=declared_name,
                declared_type=_clean(part.get_content_type(), 255),
                sniffed_type=sniffed,
                data=data,
            )
        )
    return parts, problems


# --- messages too large to hold whole -------------------------------------------------------------------------
# The same reading as above, done in one pass over a stream: each attachment is decoded line by line into a
# sink the caller supplies (a file being written), so memory stays at a line, not at the message. Used for
# messages above the intake's size threshold; for the rest the email package's parser above is the reference.
# Differences, all on odd input: a message/rfc822 part is kept as the bytes it arrived as (not re-serialised)
# and its own attachments are not split out again; uuencoded parts are kept encoded.

LINE_LIMIT = 64 * 1024  # longer lines are read in pieces
MAX_DEPTH = 60
_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_B64_JUNK = bytes(byte for byte in range(256) if byte not in _B64_ALPHABET)


class Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...

    def read_back(self) -> BinaryIO:
        """The bytes written so far, from the start."""
        ...


@dataclass(frozen=True)
class StreamedPart:
    index: int
    filename: str
    original_filename: str | None
    declared_type: str
    sniffed_type: str
    size: int
    sink: Sink  # holds the decoded bytes


class _Lines:
    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.pushed: bytes | None = None

    def next(self) -> bytes:
        if self.pushed is not None:
            line, self.pushed = self.pushed, None
            return line
        return self.stream.readline(LINE_LIMIT)

    def push(self, line: bytes) -> None:
        self.pushed = line


def _delimiter(line: bytes, delimiter: bytes) -> str | None:
    """'open' or 'close' when the line is this boundary (as the email package matches it), else None."""
    if not line.startswith(delimiter):
        return None
    rest = line[len(delimiter):].rstrip(b"\r\n")
    close = rest.startswith(b"--")
    if rest[2 if close else 0:].strip(b" \t"):
        return None
    return "close" if close else "open"


def _ends_part(line: bytes, delimiters: list[bytes]) -> bool:
    return any(_delimiter(line, delimiter) for delimiter in delimiters)


def _strip_eol(line: bytes) -> bytes:
    if line.endswith(b"\r\n"):
        return line[:-2]
    return line[:-1] if line.endswith((b"\n", b"\r")) else line


def read_envelope_stream(stream: BinaryIO) -> tuple[Envelope, str]:
    """The envelope and the top-level content type, from the headers alone: a 40 MB message costs its
    header block, not its size."""
    header_block = read_header_block(stream)
    headers = parse_message(header_block)
    return read_envelope(header_block, headers), headers.get_content_type()


def read_header_block(stream: BinaryIO) -> bytes:
    """The header lines of a message, up to and including the blank line that ends them."""
    lines = _Lines(stream)
    out: list[bytes] = []
    total = 0
    while total < 4 * 1024 * 1024:  # headers beyond 4 MB are not headers
        line = lines.next()
        out.append(line)
        total += len(line)
        if not line or line in (b"\r\n", b"\n"):
            break
    return b"".join(out)


class _Decoder:
    def __init__(self, encoding: str, sink: Sink) -> None:
        self.encoding = encoding
        self.sink = sink
        self.size = 0
        self._base64 = b""

    def _out(self, data: bytes) -> None:
        if data:
            self.sink.write(data)
            self.size += len(data)

    def feed(self, piece: bytes) -> None:
        if self.encoding == "base64":
            self._base64 += piece.translate(None, _B64_JUNK)
            usable = len(self._base64) // 4 * 4
            if usable >= 4096 or usable == len(self._base64):
                chunk, self._base64 = self._base64[:usable], self._base64[usable:]
                self._out(_b64(chunk))
        elif self.encoding == "quoted-printable":
            self._out(binascii.a2b_qp(piece))
        else:
            self._out(piece)

    def finish(self) -> None:
        if self.encoding == "base64" and self._base64:
            usable = len(self._base64) // 4 * 4
            rest = self._base64[usable:]
            self._out(_b64(self._base64[:usable]))
            if len(rest) > 1:  # as the email package does: missing padding is added
                self._out(_b64(rest + b"=" * (4 - len(rest))))
            self._base64 = b""


def _b64(data: bytes) -> bytes:
    if not data:
        return b""
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:
        return b""


def _sniff_sink(sink: Sink) -> str:
    with sink.read_back() as handle:
        head = handle.read(1024)
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            handle.seek(0)
            return zip_kind(handle)
    return sniff_content_type(head)


class _StreamWalk:
    def __init__(self, stream: BinaryIO, open_sink: Callable[[], Sink]) -> None:
        self.lines = _Lines(stream)
        self.open_sink = open_sink
        self.parts: list[StreamedPart] = []
        self.problems: list[str] = []

    def _headers(self, delimiters: list[bytes]) -> Message:
        collected: list[bytes] = []
        while True:
            line = self.lines.next()
            if not line or line in (b"\r\n", b"\n"):
                break
            if _ends_part(line, delimiters) or (
                    line[:1] not in (b" ", b"\t") and b":" not in line.split(b"\n", 1)[0]):
                self.lines.push(line)  # no blank line before the body (or the part ends): what follows is body
                break
            collected.append(line)
        return BytesHeaderParser(policy=email.policy.compat32).parsebytes(b"".join(collected) + b"\r\n")

    def _skip_to(self, delimiters: list[bytes]) -> bytes:
        """Skip lines up to one of the delimiters (consumed and returned) or the end (b"")."""
        while True:
            line = self.lines.next()
            if not line or _ends_part(line, delimiters):
                return line

    def walk(self, delimiters: list[bytes], depth: int) -> None:
        part = self._headers(delimiters)
        boundary = part.get_boundary() if part.get_content_maintype() == "multipart" else None
        if boundary and depth >= MAX_DEPTH:
            self.problems.append("the message nests its parts too deeply to read; kept whole in the raw message")
            boundary = None
        if boundary:
            own = b"--" + boundary.encode("utf-8", "surrogateescape")
            line = self._skip_to([own, *delimiters])  # the preamble
            while line and _delimiter(line, own) == "open":
                self.walk([own, *delimiters], depth + 1)
                line = self._skip_to([own, *delimiters])
            if line and _delimiter(line, own) is None:
                self.lines.push(line)  # an enclosing boundary ends us too
            elif line:
                line = self._skip_to(delimiters)  # the epilogue
                if line:
                    self.lines.push(line)
            return
        self._leaf(part, delimiters)

    def _leaf(self, part: Message, delimiters: list[bytes]) -> None:
        wanted = part.get_content_type() == "message/rfc822" or _is_attachment(part)
        if wanted and len(self.parts) >= MAX_PARTS:
            if not self.problems or "more than" not in self.problems[-1]:
                self.problems.append(f"more than {MAX_PARTS} attachments; the rest stay in the raw message only")
            wanted = False
        decoder = None
        if wanted:
            encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
            decoder = _Decoder(encoding if part.get_content_type() != "message/rfc822" else "8bit",
                               self.open_sink())
        held: bytes | None = None
        while True:
            line = self.lines.next()
            if not line or _ends_part(line, delimiters):
                break
            if held is not None and decoder is not None:
                decoder.feed(held)
            held = line
        if line:
            self.lines.push(line)
        if decoder is None:
            return
        if held is not None:
            # the line break before a boundary belongs to the boundary
            decoder.feed(_strip_eol(held) if line else held)
        decoder.finish()
        index = len(self.parts) + 1
        try:
            declared_name = part.get_filename()
        except (ValueError, LookupError, UnicodeError, TypeError):
            declared_name = None
        declared_name = _clean(_decode(declared_name), 1000) if declared_name else None
        sniffed = _sniff_sink(decoder.sink) if decoder.size else sniff_content_type(b"")
        self.parts.append(StreamedPart(
            index=index, filename=safe_filename(declared_name, index, sniffed), original_filename=declared_name,
            declared_type=_clean(part.get_content_type(), 255), sniffed_type=sniffed, size=decoder.size,
            sink=decoder.sink))


def split_attachments_stream(stream: BinaryIO, open_sink: Callable[[], Sink]
                             ) -> tuple[list[StreamedPart], list[str]]:
    """``split_attachments`` for a message too large to hold: one pass over ``stream``, each attachment decoded
    into a fresh ``open_sink()``. The caller owns the sinks (keeps or drops them)."""
    walk = _StreamWalk(stream, open_sink)
    walk.walk([], 0)
    return walk.parts, walk.problems
