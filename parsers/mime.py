"""The one MIME reader: a message's parts in one pass over a stream, each attachment decoded into a sink.

Every reader of mail uses it: fetching (each attachment decoded straight into a blob file), the body's
parse in the sandbox (attachments only counted, the text collected), ``intake extract`` of an .eml
(attachments in memory) and the bounce reader. Memory stays at a line plus what the sinks keep, whatever
the message's size; the text parts (text/plain, text/html and machine reports that are not attachments)
are collected as they came, still transfer-encoded, up to ``text_limit`` bytes in all.

Pure and forgiving: a malformed message (missing boundaries, bad base64, absurd nesting, 8-bit headers)
still yields a ``MimeReading``. What cost data is in ``problems`` (the record shows it; the raw message
keeps everything); odd structure that lost nothing is named in the envelope's ``defects``. Nothing
raises but the sinks' own errors.

Header blocks are parsed by the standard library's header parser: that is header parsing, the body is
walked here only. Where the result differs from the email package's full parse, on odd input only: a
message/rfc822 part is kept as the bytes it arrived as (not re-serialised); the parts of a forwarded
message are split out too (down to MAX_MESSAGE_DEPTH), but its text is not the body's; a lone CR ends a
line; a base64 part whose damage leaves one stray character is decoded as far as it goes (the email
package hands back the encoded text); uuencoded parts are kept encoded.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import Message
from typing import BinaryIO

from parsers.envelope import (
    Envelope,
    clean_text,
    decode_8bit,
    decode_header_value,
    envelope_of,
    parse_header_block,
)
from parsers.filenames import safe_filename
from parsers.mime_lines import Feeder, MessageLines, is_delimiter
from parsers.sniff import DOCX, ODS, ODT, XLSX, ZIP, sniff_content_type, zip_kind
from parsers.transfer import SNIFF_BYTES, Sink, TransferDecoder

MAX_PARTS = 500  # more parts than any application needs; beyond this the rest stays in the raw message only
MAX_DEPTH = 60  # nesting of multiparts and forwarded messages together
MAX_MESSAGE_DEPTH = 3  # forwarded messages inside forwarded messages whose parts are split out
TEXT_LIMIT = 2 * 1024 * 1024  # text collected per message: no applicant writes megabytes of prose
HEADER_LIMIT = 4 * 1024 * 1024  # a header block beyond this is not headers

TOO_DEEP = "the message nests its parts too deeply to read; kept whole in the raw message"
TOO_MANY = f"more than {MAX_PARTS} attachments; the rest stay in the raw message only"

# the email package's test of a header line (feedparser.headerRE)
_HEADER_LINE = re.compile(rb"From |[\041-\071\073-\176]*:|[\t ]")
_BLANK = (b"\r\n", b"\n", b"\r")


@dataclass(frozen=True)
class MimeAttachment:
    index: int  # 1-based, in the order the parts appear
    filename: str  # safe (parsers/filenames.py)
    original_filename: str | None
    declared_type: str
    sniffed_type: str  # from the decoded bytes' magic
    size: int  # decoded bytes
    sink: Sink  # holds them (as much as that sink keeps)


@dataclass(frozen=True)
class TextPart:
    content_type: str  # text/plain, text/html, message/delivery-status, text/rfc822-headers, ...
    headers: bytes  # the part's own Content-* header lines: what decoding it needs
    body: bytes  # as it came, still transfer-encoded
    truncated: bool  # cut at the message's text limit

    def decoded(self) -> bytes:
        """The body with its transfer encoding undone (no charset applied)."""
        sink = MemorySink()
        decoder = TransferDecoder(str(parse_header_block(self.headers).get("Content-Transfer-Encoding", "")), sink)
        decoder.feed(self.body)
        decoder.finish()
        return sink.getvalue()


@dataclass(frozen=True)
class MimeReading:
    envelope: Envelope  # the top-level headers; ``defects`` also names the structure's
    content_type: str  # the top-level one
    attachments: tuple[MimeAttachment, ...]
    texts: tuple[TextPart, ...]  # not inside a forwarded message, in order
    problems: tuple[str, ...]  # what could not be read; the raw message keeps it


class MemorySink:
    """Keeps every byte: for ``intake extract`` and for small reports."""

    def __init__(self) -> None:
        self._buffer = io.BytesIO()

    def write(self, data: bytes, /) -> None:
        self._buffer.write(data)

    def getvalue(self) -> bytes:
        return self._buffer.getvalue()

    def read_back(self) -> BinaryIO:
        return io.BytesIO(self._buffer.getvalue())


class HeadSink:
    """Counts the bytes and keeps only the first ones (enough to sniff the type): for when only the body
    of a message is wanted and its attachments must not cost their size. A zip is sniffed as a zip."""

    def __init__(self) -> None:
        self.size = 0
        self._head = bytearray()

    def write(self, data: bytes, /) -> None:
        if len(self._head) < SNIFF_BYTES:
            self._head += data[:SNIFF_BYTES - len(self._head)]
        self.size += len(data)

    def read_back(self) -> BinaryIO:
        return io.BytesIO(bytes(self._head))


def read_mime(message: bytes | BinaryIO, open_sink: Callable[[], Sink] = MemorySink, *,
              text_limit: int = TEXT_LIMIT) -> MimeReading:
    """Read a message in one pass: each attachment into a fresh ``open_sink()`` (the caller owns the sinks:
    keeps or drops them), the text parts up to ``text_limit`` bytes (0: none)."""
    stream = io.BytesIO(message) if isinstance(message, bytes | bytearray) else message
    walk = _Walk(stream, open_sink, text_limit)
    walk.walk([], 0, 0, "text/plain")
    envelope = envelope_of(walk.top)
    envelope = replace(envelope, defects=tuple(dict.fromkeys(envelope.defects + tuple(walk.defects))))
    return MimeReading(envelope=envelope, content_type=walk.top.get_content_type(),
                       attachments=tuple(part for part in walk.attachments if part is not None),
                       texts=tuple(walk.texts), problems=tuple(walk.problems))


# --- the walk -------------------------------------------------------------------------------------------------

def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).split(";", 1)[0].strip().lower()
    if disposition == "attachment" or _declared_filename(part):
        return True
    maintype = part.get_content_maintype()
    return maintype not in ("text", "multipart") and part.get_content_type() != "message/delivery-status"


def _declared_filename(part: Message) -> str | None:
    """The filename a part declares (RFC 2231, encoded-words or raw 8-bit), decoded but not yet made safe."""
    raw = [(name.lower(), value) for name, value in part.raw_items()
           if name.lower() in ("content-disposition", "content-type")]
    if not raw:
        return None
    # raw 8-bit parameters (UTF-8, else cp1252) would reach get_filename as opaque Header objects
    probe = Message()
    for name, value in raw:
        probe[name] = decode_8bit(str(value))
    try:
        declared = probe.get_filename()
    except (ValueError, LookupError, UnicodeError, TypeError):
        return None
    return decode_header_value(declared) if declared else None


def _content_headers(block: bytes) -> bytes:
    """The Content-* lines of a header block (with their continuation lines)."""
    kept: list[bytes] = []
    keeping = False
    for line in block.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if keeping:
                kept.append(line)
        else:
            keeping = line[:8].lower() == b"content-"
            if keeping:
                kept.append(line)
    return b"".join(kept)


class _Collector:
    """A text part's bytes as they came, up to a budget."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.pieces: list[bytes] = []
        self.size = 0
        self.truncated = False

    def feed(self, piece: bytes) -> None:
        room = self.budget - self.size
        if len(piece) > room:
            piece = piece[:max(room, 0)]
            self.truncated = True
        if piece:
            self.pieces.append(piece)
            self.size += len(piece)

    def finish(self) -> None:
        pass


class _Walk:
    def __init__(self, stream: BinaryIO, open_sink: Callable[[], Sink], text_limit: int) -> None:
        self.lines = MessageLines(stream)
        self.open_sink = open_sink
        self.text_budget = text_limit
        self.attachments: list[MimeAttachment | None] = []  # a slot per attachment, filled when it ends
        self.texts: list[TextPart] = []
        self.problems: list[str] = []
        self.defects: list[str] = []
        self.top: Message = parse_header_block(b"")

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def _is_delimiter(self, line: bytes, delimiters: list[bytes]) -> bool:
        if not line.startswith(b"--") or self.lines.continued:
            return False
        return any(is_delimiter(line, delimiter) for delimiter in delimiters)

    def _headers(self, delimiters: list[bytes]) -> bytes:
        """A header block, up to the blank line that ends it (consumed) or the first line that is not a
        header (pushed back: the body starts there)."""
        collected: list[bytes] = []
        total = 0
        while True:
            line = self.lines.next()
            if not line or line in _BLANK:
                break
            rest_of_line = self.lines.continued and collected  # of a header line longer than LINE_LIMIT
            if total > HEADER_LIMIT or (not rest_of_line and (
                    self._is_delimiter(line, delimiters) or not _HEADER_LINE.match(line))):
                self.lines.push(line)
                if collected and not self._is_delimiter(line, delimiters):
                    self.defects.append("MissingHeaderBodySeparatorDefect")
                break
            collected.append(line)
            total += len(line)
        return b"".join(collected)

    def _skip_to(self, delimiters: list[bytes]) -> bytes:
        """Skip to one of the delimiters (consumed and returned) or the end (b"")."""
        return self.lines.next() if self.lines.read_body(delimiters, None) else b""

    def _read_body(self, delimiters: list[bytes], feeder: Feeder | None) -> bool:
        """Feed a leaf's body up to the next delimiter (left unread); True when one ended it, not the end."""
        return self.lines.read_body(delimiters, feeder.feed if feeder is not None else None)

    def walk(self, delimiters: list[bytes], depth: int, message_depth: int, default_type: str) -> None:
        block = self._headers(delimiters)
        part = parse_header_block(block)
        if default_type != "text/plain":
            part.set_default_type(default_type)
        if depth == 0:
            self.top = part
        boundary = part.get_boundary() if part.get_content_maintype() == "multipart" else None
        if part.get_content_maintype() == "multipart" and not boundary:
            self.defects.append("NoBoundaryInMultipartDefect")
        if boundary and depth >= MAX_DEPTH:
            self._problem(TOO_DEEP)
            boundary = None
        if not boundary:
            self._leaf(part, block, delimiters, depth, message_depth)
            return
        own = b"--" + boundary.encode("utf-8", "surrogateescape")
        inner = [own, *delimiters]
        child_type = "message/rfc822" if part.get_content_subtype() == "digest" else "text/plain"
        line = self._skip_to(inner)  # the preamble
        if not line or is_delimiter(line, own) is None:
            self.defects.append("StartBoundaryNotFoundDefect")
        while line and is_delimiter(line, own) == "open":
            self.walk(inner, depth + 1, message_depth, child_type)
            line = self._skip_to(inner)
        if not line:
            self.defects.append("CloseBoundaryNotFoundDefect")
        elif is_delimiter(line, own) is None:
            self.lines.push(line)  # an enclosing boundary ends us too
        else:
            line = self._skip_to(delimiters)  # the epilogue
            if line:
                self.lines.push(line)

    def _leaf(self, part: Message, block: bytes, delimiters: list[bytes], depth: int, message_depth: int) -> None:
        content_type = part.get_content_type()
        if content_type == "message/rfc822" or _is_attachment(part):
            self._attachment(part, delimiters, depth, message_depth)
        elif message_depth == 0 and self.text_budget > 0 and (
                part.get_content_maintype() == "text" or content_type == "message/delivery-status"):
            collector = _Collector(self.text_budget)
            feeder = Feeder(collector)
            feeder.finish(self._read_body(delimiters, feeder))
            self.text_budget -= collector.size
            self.texts.append(TextPart(content_type, _content_headers(block), b"".join(collector.pieces),
                                       collector.truncated))
        else:
            self._read_body(delimiters, None)

    def _attachment(self, part: Message, delimiters: list[bytes], depth: int, message_depth: int) -> None:
        if len(self.attachments) >= MAX_PARTS:
            self._problem(TOO_MANY)
            self._read_body(delimiters, None)
            return
        slot = len(self.attachments)
        self.attachments.append(None)
        declared_encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        # RFC 2046 allows a forwarded mail no encoding but 7bit, 8bit or binary; one sent in base64 anyway (by a
        # script or a web mail) is decoded as any attachment is, and read as a saved mail
        forwarded = part.get_content_type() == "message/rfc822" and declared_encoding in ("", "7bit", "8bit", "binary")
        encoding = "8bit" if forwarded else declared_encoding
        decoder = TransferDecoder(encoding, self.open_sink())
        feeder = Feeder(decoder)
        if forwarded and message_depth < MAX_MESSAGE_DEPTH and depth < MAX_DEPTH:
            # a forwarded message: its bytes are the attachment, and its own parts are read as they pass
            self.lines.start_copy(feeder)
            self.walk(delimiters, depth + 1, message_depth + 1, "text/plain")
            self.lines.end_copy()
            feeder.finish(not self.lines.at_end)
        else:
            feeder.finish(self._read_body(delimiters, feeder))
        index = slot + 1
        if decoder.damage:
            self._problem(f"part {index}: damaged base64 ({', '.join(sorted(decoder.damage))}); "
                          "the decoded file may be incomplete")
        declared = _declared_filename(part)
        declared_name = clean_text(declared, 1000) if declared else None
        sniffed = _sniff(decoder)
        named_as = _named_type(bytes(decoder.head), part.get_content_type())
        self.attachments[slot] = MimeAttachment(
            index=index, filename=safe_filename(declared_name, index, named_as), original_filename=declared_name,
            declared_type=clean_text(part.get_content_type(), 255), sniffed_type=sniffed, size=decoder.size,
            sink=decoder.sink)


_ZIPPED_TYPES = frozenset({DOCX, XLSX, ODT, ODS})


def _named_type(head: bytes, declared: str) -> str:
    """The type a nameless attachment is named by: told from its first bytes alone, so that every sink
    names it alike (``HeadSink`` keeps no more: a zip's members are listed at its end). A zip declared a
    Word, Excel or OpenDocument file is named as declared."""
    sniffed = sniff_content_type(head)
    return declared if sniffed == ZIP and declared in _ZIPPED_TYPES else sniffed


def _sniff(decoder: TransferDecoder) -> str:
    head = bytes(decoder.head)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        # a zip is told apart (DOCX, XLSX, ODT) by its members: the central directory is at its end
        with decoder.sink.read_back() as handle:
            return zip_kind(handle)
    return sniff_content_type(head)
