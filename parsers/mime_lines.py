"""A message's bytes as the MIME reader needs them: header lines one at a time, a part's body in bulk.

Header blocks, preambles' delimiters and the like are read a line at a time (``next``, with one line of
push-back). A leaf part's body, which is where the megabytes are, is taken in large pieces up to the
next delimiter line (``read_body``): the search for ``--`` at a line start is done by ``bytes.find``, so
a 100 MB attachment costs a few hundred buffer scans, not a million Python-level lines.

Every byte taken for good also goes to the forwarded messages being copied (``copies``); a line pushed
back is copied only when it is read again. A lone CR ends a line, as in the email package.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import BinaryIO, Protocol

LINE_LIMIT = 64 * 1024  # longer lines are handed out in pieces
CHUNK_BYTES = 256 * 1024  # read from the stream this much at a time
_EOL = (b"\n", b"\r")
_LINE_END = re.compile(rb"\r\n|\r|\n")


class Decoder(Protocol):
    def feed(self, data: bytes, /) -> None: ...

    def finish(self) -> None: ...


class Feeder:
    """Feeds a part's bytes to a decoder holding back a trailing line break: the line break before a
    boundary belongs to the boundary (RFC 2046), so the part loses it when it ends at one."""

    def __init__(self, decoder: Decoder) -> None:
        self.decoder = decoder
        self._held = b""

    def feed(self, data: bytes) -> None:
        if self._held:
            data = self._held + data
        cut = len(data) - (2 if data.endswith(b"\r\n") else 1 if data.endswith(_EOL) else 0)
        self._held = data[cut:]
        if cut:
            self.decoder.feed(data[:cut] if cut < len(data) else data)

    def finish(self, at_boundary: bool) -> None:
        if self._held and not at_boundary:
            self.decoder.feed(self._held)
        self._held = b""
        self.decoder.finish()


def is_delimiter(line: bytes, delimiter: bytes) -> str | None:
    """'open' or 'close' when the line is this boundary (as the email package matches it), else None."""
    if not line.startswith(delimiter):
        return None
    rest = line[len(delimiter):].rstrip(b"\r\n")
    close = rest.startswith(b"--")
    if rest[2 if close else 0:].strip(b" \t"):
        return None
    return "close" if close else "open"


class MessageLines:
    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._buf = b""
        self._pos = 0  # what of _buf is taken
        self._eof = False
        self._pushed: bytes | None = None
        self._taken: bytes | None = None  # the line handed out last: copied once the next read keeps it
        self._line_start = True  # the byte at _pos starts a line
        self.copies: list[Feeder] = []
        self.continued = False  # the line handed out is the rest of one longer than LINE_LIMIT

    # --- the stream ----------------------------------------------------------------------------------------
    def _more(self) -> bool:
        """Read another chunk into the buffer; False at the end of the stream."""
        if self._eof:
            return False
        data = self._stream.read(CHUNK_BYTES)
        if not data:
            self._eof = True
            return False
        self._buf = self._buf[self._pos:] + data
        self._pos = 0
        return True

    def _settle(self) -> None:
        if self._taken and self.copies:
            for copy in self.copies:
                copy.feed(self._taken)
        self._taken = None

    @property
    def at_end(self) -> bool:
        """Nothing is left to read."""
        return self._pushed is None and self._pos >= len(self._buf) and not self._more()

    # --- a line at a time ----------------------------------------------------------------------------------
    def next(self) -> bytes:
        """The next line with its line break (b"" at the end)."""
        self._settle()
        if self._pushed is not None:
            line, self._pushed = self._pushed, None
            self._taken = line
            return line
        while True:
            buf, pos = self._buf, self._pos
            limit = pos + LINE_LIMIT
            newline = buf.find(b"\n", pos, limit)
            cr = buf.find(b"\r", pos, newline if newline != -1 else limit)
            if cr != -1 and cr + 1 != newline:
                if cr + 1 == len(buf) and self._more():
                    continue  # a CR last in the buffer: is it followed by a LF?
                end = cr + 1
            elif newline != -1:
                end = newline + 1
            elif len(buf) >= limit:
                end = limit
            elif self._more():
                continue
            else:
                end = len(buf)
            break
        self.continued = not self._line_start
        line = buf[pos:end]
        self._pos = end
        self._line_start = line.endswith(_EOL)
        self._taken = line
        return line

    def push(self, line: bytes) -> None:
        """Give the line just read back: the next ``next`` returns it again."""
        self._taken = None
        self._pushed = line

    # --- a body in bulk -------------------------------------------------------------------------------------
    def read_body(self, delimiters: list[bytes], feed: Callable[[bytes], None] | None) -> bool:
        """Take the bytes up to the next line that is one of ``delimiters`` (left unread) or the end, in
        pieces, into ``feed``. True when a delimiter ended the body."""
        self._settle()
        if self._pushed is not None:
            line, self._pushed = self._pushed, None
            if not self.continued and any(is_delimiter(line, delimiter) for delimiter in delimiters):
                self._pushed = line
                return True
            self._give(line, feed)
        while True:
            found, safe = self._scan(delimiters)
            if found >= 0:
                self._take(found, feed)
                return True
            self._take(safe, feed)
            if not self._more() and self._pos >= len(self._buf):
                return False

    def _give(self, data: bytes, feed: Callable[[bytes], None] | None) -> None:
        if feed is not None:
            feed(data)
        for copy in self.copies:
            copy.feed(data)
        self._line_start = data.endswith(_EOL)

    def _take(self, end: int, feed: Callable[[bytes], None] | None = None) -> None:
        if end > self._pos:
            data = self._buf[self._pos:end]
            self._pos = end
            self._give(data, feed)

    def _scan(self, delimiters: list[bytes]) -> tuple[int, int]:
        """(where in the buffer a delimiter line starts, or -1; up to where the buffer can be taken now)."""
        buf, pos = self._buf, self._pos
        if not delimiters:
            return -1, len(buf)
        candidate = buf.find(b"--", pos)
        while candidate != -1:
            if (candidate == pos and self._line_start) or (candidate > pos and buf[candidate - 1] in (10, 13)):
                end = _LINE_END.search(buf, candidate)
                if end is None and not self._eof and len(buf) - candidate < LINE_LIMIT:
                    return -1, candidate  # the line is still arriving
                line = buf[candidate:end.end() if end is not None else len(buf)]
                if any(is_delimiter(line, delimiter) for delimiter in delimiters):
                    return candidate, candidate
            candidate = buf.find(b"--", candidate + 2)
        if self._eof:
            return -1, len(buf)
        # all but the last line, which may be a delimiter still arriving (a long one never is)
        tail = max(buf.rfind(b"\n", pos), buf.rfind(b"\r", pos)) + 1
        if tail <= pos:
            return -1, pos if self._line_start and len(buf) - pos < LINE_LIMIT else len(buf)
        return -1, tail if len(buf) - tail < LINE_LIMIT else len(buf)

    # --- forwarded messages ------------------------------------------------------------------------------
    def start_copy(self, feeder: Feeder) -> None:
        self._settle()  # the line just taken ends the part's headers: not the forwarded message's
        self.copies.append(feeder)

    def end_copy(self) -> None:
        self._settle()
        self.copies.pop()
