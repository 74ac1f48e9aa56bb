"""The page header and footer of a legacy Word (.doc) file, which antiword does not print.

A letter's letterhead or its footer ("Les Jardins du Moulin", the group's address) often stands in the page
header or footer, and antiword prints the body only. They are read here from the file itself: olefile gives
the compound file's ``WordDocument`` and table streams (no Python library reads a .doc's stories); the FIB says
where the header stories lie (after the body and the footnotes), the piece table where each run of text is
stored (8-bit or UTF-16), and ``PlcfHdd`` where each story starts: six separators, then for the first section
its even and odd header, even and odd footer, first page's header and footer ([MS-DOC] 2.5, 2.8.26, 2.9.177).

Anything unexpected (another format, a damaged chain) gives no header and no footer: the body antiword read
is the document all the same.
"""

from __future__ import annotations

import io
import re
import struct

import olefile

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_IDENT = 0xA5EC
# FIB offsets: the flags (which table stream), the body's, footnotes' and header stories' lengths in
# characters, and (offset, length) in the table stream of PlcfHdd and of the piece table (Clx)
_FIB_FLAGS, _CCP_TEXT, _CCP_FTN, _CCP_HDD = 0x0A, 0x4C, 0x50, 0x54
_FC_PLCF_HDD, _FC_CLX = 0xF2, 0x1A2
_SEPARATOR_STORIES = 6
# a section's stories, in their order: even header, odd header, even footer, odd footer, first header, first footer
_HEADERS, _FOOTERS = (4, 1, 0), (5, 3, 2)  # the first page's first, then the one for all (odd) pages


class _Unreadable(ValueError):
    """Not a compound file holding a Word 97-2003 document this reader follows."""


def _u16(data: bytes, offset: int) -> int:
    if offset + 2 > len(data):
        raise _Unreadable("short")
    return int(struct.unpack_from("<H", data, offset)[0])


def _u32(data: bytes, offset: int) -> int:
    if offset + 4 > len(data):
        raise _Unreadable("short")
    return int(struct.unpack_from("<I", data, offset)[0])


def _streams(data: bytes, wanted: tuple[str, ...]) -> dict[str, bytes]:
    """The named streams of a compound file (MS-CFB), read by olefile, which checks its chains and sizes."""
    if data[:8] != _MAGIC:
        raise _Unreadable("not a compound file")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as compound:
            return {name: compound.openstream(name).read() for name in wanted if compound.exists(name)}
    except (OSError, ValueError, IndexError, struct.error, TypeError, AttributeError) as exc:
        raise _Unreadable(f"compound file: {exc}") from exc


def _pieces(table: bytes, clx: int, length: int) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first character, end character, where in WordDocument, 8-bit or not) per piece."""
    position, end = clx, clx + length
    while position < end and table[position] == 0x01:  # property modifiers before the piece table
        position += 3 + _u16(table, position + 1)
    if position >= end or table[position] != 0x02:
        raise _Unreadable("no piece table")
    size = _u32(table, position + 1)
    plc = table[position + 5:position + 5 + size]
    count = (size - 4) // 12
    if count <= 0 or len(plc) < size:
        raise _Unreadable("an empty piece table")
    cps = [_u32(plc, 4 * index) for index in range(count + 1)]
    pieces = []
    for index in range(count):
        fc = _u32(plc, 4 * (count + 1) + 8 * index + 2)
        compressed = bool(fc & 0x40000000)
        pieces.append((cps[index], cps[index + 1], (fc & 0x3FFFFFFF) // 2 if compressed else fc, compressed))
    return pieces


def _characters(word: bytes, pieces: list[tuple[int, int, int, bool]], start: int, end: int) -> str:
    out = []
    for first, last, offset, compressed in pieces:
        low, high = max(first, start), min(last, end)
        if low >= high:
            continue
        if compressed:
            out.append(word[offset + low - first:offset + high - first].decode("cp1252", "replace"))
        else:
            out.append(word[offset + 2 * (low - first):offset + 2 * (high - first)].decode("utf-16-le", "replace"))
    return "".join(out)


# a field's code between its begin (0x13) and separator (0x14) marks ("PAGE"), then its shown result
_FIELD_CODE = re.compile(r"\x13[^\x13\x14\x15]*\x14|\x13[^\x13\x14\x15]*\x15")


def _lines(story: str) -> list[str]:
    """A story's text as lines: fields shown as their result, cells as tabs, other marks left out."""
    text = _FIELD_CODE.sub("", story).replace("\x15", "").replace("\x07", "\t").replace("\x0b", "\n")
    text = re.sub(r"[\x00-\x08\x0c\x0e-\x1f]", "", text.replace("\r", "\n"))
    return [" ".join(line.replace("\t", " \t ").split()).replace(" \t ", "\t") for line in text.split("\n")
            if line.strip()]


def page_margins(data: bytes) -> tuple[list[str], list[str]]:
    """The lines of the first page's header and footer (its own when it has them, else the ones for all
    pages); two empty lists when the file has none, or is not one this reader follows."""
    try:
        streams = _streams(data, ("WordDocument", "0Table", "1Table"))
        word = streams["WordDocument"]
        if _u16(word, 0) != _WORD_IDENT or not _u32(word, _CCP_HDD):
            return [], []
        table = streams["1Table" if _u16(word, _FIB_FLAGS) & 0x0200 else "0Table"]
        pieces = _pieces(table, _u32(word, _FC_CLX), _u32(word, _FC_CLX + 4))
        stories_at, stories_size = _u32(word, _FC_PLCF_HDD), _u32(word, _FC_PLCF_HDD + 4)
        starts = [_u32(table, stories_at + 4 * index) for index in range(stories_size // 4)]
        base = _u32(word, _CCP_TEXT) + _u32(word, _CCP_FTN)

        def story(index: int) -> list[str]:
            at = _SEPARATOR_STORIES + index
            return _lines(_characters(word, pieces, base + starts[at], base + starts[at + 1])) \
                if at + 1 < len(starts) else []

        margins = []
        for kinds in (_HEADERS, _FOOTERS):
            margins.append(next((lines for lines in map(story, kinds) if lines), []))
        return margins[0], margins[1]
    except (_Unreadable, KeyError, IndexError, struct.error):
        return [], []
