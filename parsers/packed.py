"""The files packed in one attachment: a .zip's members, what Outlook put in a winmail.dat, the mail in a .msg.

One listing for the parser (each file read as an attachment would be) and for the console (each file offered
to the coordinator to open, since no one can open a winmail.dat). Bounded as its readers are
(``parsers.archive``, ``parsers.tnef``, ``parsers.outlook_msg``). Pure: bytes in, names and bytes out.
"""

from __future__ import annotations

from typing import BinaryIO

from parsers import sniff
from parsers.archive import MAX_MEMBER_BYTES, ArchiveError, Member, members
from parsers.outlook_msg import MsgError, read_msg
from parsers.tnef import TnefError, read_tnef


class PackedError(ValueError):
    """The attachment cannot be opened (a damaged zip or winmail.dat)."""


def packed_files(stream: BinaryIO, content_type: str) -> list[Member]:
    """The files of a .zip or a winmail.dat, in their order (a winmail.dat's own text first, as
    ``body.rtf``/``body.html``/``body.txt``), or the one mail an Outlook .msg saved, as an ``.eml`` with its
    own attachments in it; ``PackedError`` when it cannot be opened."""
    stream.seek(0)
    if content_type == sniff.ZIP:
        try:
            return members(stream, max_bytes=MAX_MEMBER_BYTES)
        except ArchiveError as exc:
            raise PackedError(str(exc)) from exc
    if content_type == sniff.TNEF:
        try:
            content = read_tnef(stream.read())
        except TnefError as exc:
            raise PackedError(str(exc)) from exc
        found = [content.body] if content.body is not None else []
        return [*found, *content.files]
    if content_type == sniff.MSG:
        try:
            return [read_msg(stream.read())]
        except MsgError as exc:
            raise PackedError(str(exc)) from exc
    raise PackedError(f"{content_type} packs no files")
