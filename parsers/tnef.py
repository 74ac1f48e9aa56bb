"""Outlook's ``winmail.dat`` (TNEF, MS-OXTNEF): the mail's own text and files, packed into one attachment.

Outlook and Exchange send a mail written in "Rich Text" this way: the receiving mail program sees a plain
part that may be empty and an ``application/ms-tnef`` attachment that holds the real body (compressed RTF,
sometimes HTML or plain text) and every file the applicant attached. The format is read by tnefparse, the
compressed RTF unpacked by compressed_rtf; this module bounds what they may cost and hands back plain
bytes: bytes in, a frozen ``TnefContent`` out.

Neither library was written for hostile input: a property count of four billion inside an attached item,
a multi-valued property that claims as many values, a compressed body of back-references that claims to
be small all make them loop or fill memory. So they run in a forked child of their own
(``parsers.bounded``), with ``MAX_SECONDS`` and ``MAX_MEMORY``; what they cannot read in that time is
named, and the mail's other parts read.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from typing import Any

from parsers.archive import MAX_MEMBERS, Member
from parsers.bounded import in_child
from parsers.sniff import TNEF_SIGNATURE

MAX_FILES = MAX_MEMBERS  # as a zip's members
# the unpacked body, as its header claims it; a header that lies (a body of back-references claiming 1,000
# bytes) is stopped by the reading child's limits
MAX_RTF_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 3  # an Outlook item attached inside an item attached inside the mail
MAX_ATTRIBUTES = 5_000  # Outlook writes a few dozen; tnefparse copies the rest of the file for each one
_PROPERTY_LISTS = (0x9003, 0x9005)  # attMAPIProps, attAttachment: a count, then properties of >= 4 bytes each


class TnefError(ValueError):
    """The winmail.dat cannot be read."""


@dataclass(frozen=True)
class TnefContent:
    # the mail's own words as the file they would be: ("body.rtf", RTF), ("body.html", ...), ("body.txt", ...)
    body: Member | None
    files: tuple[Member, ...]


def is_tnef(head: bytes) -> bool:
    return head.startswith(TNEF_SIGNATURE)


MAX_SECONDS = 15.0
MAX_MEMORY = 512 * 1024 * 1024  # bytes of address space the child may take beyond what it starts with


def read_tnef(data: bytes) -> TnefContent:
    """The body and the files of a winmail.dat; an Outlook item attached in it gives its body and files too,
    named under the item ("Aanvraag.msg/formulier.docx"). Read in a forked child, bounded in time and memory."""
    _check_layout(data)
    return in_child(lambda: _read(data), seconds=MAX_SECONDS, memory=MAX_MEMORY, what="winmail.dat",
                    error=TnefError)


def _read(data: bytes) -> TnefContent:
    from tnefparse import TNEF  # type: ignore[import-untyped]  # only a parse that meets a winmail.dat pays for it

    # tnefparse logs every attribute it does not know at warning level: noise in the worker's log, not news
    logging.getLogger("tnefparse").setLevel(logging.CRITICAL)
    try:
        tnef = TNEF(data, do_checksum=False)
    except (ValueError, IndexError, struct.error, UnicodeDecodeError, UnboundLocalError, RecursionError,
            TypeError) as exc:
        # UnboundLocalError: an attachment's attribute before any attachment began (tnefparse assumes order);
        # TypeError: a string attribute before the file's code page
        raise TnefError(f"the winmail.dat is damaged ({type(exc).__name__})") from exc
    return TnefContent(_body(tnef), tuple(_files(tnef, "", 0)))


def _check_layout(data: bytes) -> None:
    """Walk the attributes' headers before tnefparse does: a file of a million tiny attributes would cost it a
    copy of the rest of the file each, and a property count of four billion a loop that long. Outlook's own
    files pass untouched."""
    if not is_tnef(data):
        raise TnefError("not a winmail.dat (no TNEF signature)")
    offset, count = 6, 0
    while offset + 11 <= len(data):
        count += 1
        if count > MAX_ATTRIBUTES:
            raise TnefError(f"the winmail.dat holds over {MAX_ATTRIBUTES} attributes: not read")
        name, length = struct.unpack_from("<H", data, offset + 1)[0], struct.unpack_from("<I", data, offset + 5)[0]
        if name in _PROPERTY_LISTS and length >= 4:
            properties = struct.unpack_from("<I", data, offset + 9)[0]
            if properties * 4 > length - 4:
                raise TnefError("the winmail.dat is damaged (a property list longer than its attribute)")
        offset += 11 + length


def unpacked_rtf(compressed: bytes) -> Member:
    """Outlook's compressed RTF (MS-OXRTFCP) unpacked as ``body.rtf``, or why not (the data None): for the
    winmail.dat and the saved .msg alike."""
    if len(compressed) >= 8 and struct.unpack_from("<I", compressed, 4)[0] > MAX_RTF_BYTES:
        return Member("body.rtf", None, f"the mail's text is over {MAX_RTF_BYTES} bytes unpacked: not read")
    try:
        from compressed_rtf import decompress  # type: ignore[import-untyped]

        return Member("body.rtf", bytes(decompress(compressed + b"\x00")))
    except Exception as exc:  # noqa: BLE001 - the library raises bare Exception on damaged input
        return Member("body.rtf", None, f"the mail's text (compressed RTF) is damaged: {exc}"[:200])


def _body(tnef: Any) -> Member | None:
    compressed = getattr(tnef, "_rtfbody", None)
    if compressed:
        return unpacked_rtf(compressed)
    if tnef.htmlbody:
        return Member("body.html", _bytes(tnef.htmlbody))
    if tnef.body:
        return Member("body.txt", _bytes(tnef.body))
    return None


def _bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value.rstrip(b"\x00")


def _files(tnef: Any, within: str, depth: int) -> list[Member]:
    found: list[Member] = []
    for index, attachment in enumerate(tnef.attachments, start=1):
        if len(found) >= MAX_FILES:
            found.append(Member(f"{within}...", None, f"more than {MAX_FILES} files: the rest not read"))
            break
        name = within + _name(attachment, index)
        embedded = getattr(attachment, "embed", None)
        if embedded is not None:
            # an Outlook item attached in the mail (a forwarded application): its own words and files
            if depth + 1 >= MAX_DEPTH:
                found.append(Member(name, None, "an Outlook item nested too deep is not opened"))
                continue
            inner = _body(embedded)
            if inner is not None:
                found.append(Member(f"{name}/{inner.name}", inner.data, inner.reason))
            found.extend(_files(embedded, f"{name}/", depth + 1))
        elif isinstance(attachment.data, bytes) and attachment.data:
            found.append(Member(name, attachment.data))
        else:
            found.append(Member(name, None, "the file holds no data (a link or an OLE object?)"))
    return found


def _name(attachment: Any, index: int) -> str:
    """The long file name Outlook keeps in MAPI, else the 8.3 title, in the sender's code page when it is
    not UTF-8 (tnefparse decodes titles as UTF-8)."""
    try:
        name = attachment.long_filename()
    except UnicodeDecodeError:
        raw = attachment._name
        name = raw.decode("cp1252", "replace") if isinstance(raw, bytes) else str(raw)
    if isinstance(name, bytes):
        name = name.decode("cp1252", "replace")
    name = str(name or "").strip("\x00").strip()
    return name or f"attachment-{index}"
