"""Outlook .msg files for the tests, written from the specifications (MS-CFB for the compound file, MS-OXMSG
for the MAPI properties in it), as Outlook's "Save as" writes them: the tests' files are checked by Debian's
``msgconvert`` (a reader nobody here wrote) as well as read by intake.

``compound_file`` writes a tree of storages (dicts) and streams (bytes); ``outlook_message`` lays a mail's
properties, recipients and attachments out in such a tree.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF

Tree = dict[str, "bytes | Tree"]


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    left: int = NO_STREAM
    right: int = NO_STREAM
    child: int = NO_STREAM
    start: int = END
    size: int = 0


def _entries(name: str, node: bytes | Tree, kind: int | None = None) -> _Entry:
    if isinstance(node, bytes):
        return _Entry(name, 2, node)
    return _Entry(name, kind or 1, children=[_entries(key, value) for key, value in node.items()])


def _order(entry: _Entry) -> tuple[int, str]:
    # MS-CFB 2.6.4: shorter names first, then by the upper-cased UTF-16 code units
    return len(entry.name), entry.name.upper()


def compound_file(tree: Tree) -> bytes:
    """An MS-CFB version 3 file (512-byte sectors) holding ``tree``: streams under 4096 bytes in the mini
    stream, as the specification requires and readers expect; each storage's children as a binary tree
    sorted as the specification sorts them (all black: readers do not check the colours)."""
    root = _entries("Root Entry", tree, 5)
    flat: list[_Entry] = []

    def number(entry: _Entry) -> int:
        flat.append(entry)
        return len(flat) - 1

    def place(entry: _Entry) -> None:
        def subtree(nodes: list[_Entry]) -> int:
            if not nodes:
                return NO_STREAM
            middle = len(nodes) // 2
            index = number(nodes[middle])
            nodes[middle].left = subtree(nodes[:middle])
            nodes[middle].right = subtree(nodes[middle + 1:])
            return index

        entry.child = subtree(sorted(entry.children, key=_order))
        for child in entry.children:
            if child.kind == 1:
                place(child)

    number(root)
    place(root)

    sectors: list[bytes] = []
    fat: list[int] = []

    def chain(data: bytes, marker: int | None = None) -> int:
        if not data:
            return END
        first = len(sectors)
        count = -(-len(data) // SECTOR)
        for offset in range(count):
            sectors.append(data[offset * SECTOR:(offset + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(marker if marker is not None else (first + offset + 1 if offset + 1 < count else END))
        return first

    mini = bytearray()
    mini_fat: list[int] = []
    for entry in flat:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size >= MINI_CUTOFF:
            entry.start = chain(entry.data)
        elif entry.size:
            entry.start = len(mini) // MINI_SECTOR
            count = -(-entry.size // MINI_SECTOR)
            mini += entry.data.ljust(count * MINI_SECTOR, b"\0")
            mini_fat.extend(entry.start + offset + 1 if offset + 1 < count else END for offset in range(count))
    root.start, root.size = chain(bytes(mini)), len(mini)
    mini_fat_bytes = b"".join(struct.pack("<I", value) for value in mini_fat)
    first_mini_fat = chain(mini_fat_bytes)
    first_directory = chain(b"".join(_directory_entry(entry) for entry in flat) + _empty_entries(-len(flat) % 4))
    fat_count = 1
    while (len(sectors) + fat_count) > fat_count * (SECTOR // 4):
        fat_count += 1
    assert fat_count <= 109, "the tests' files stay small: no DIFAT sectors"
    fat_start = len(sectors)
    fat.extend([FAT_SECTOR] * fat_count)
    fat_bytes = b"".join(struct.pack("<I", value) for value in fat).ljust(fat_count * SECTOR, b"\xff")
    sectors.extend(fat_bytes[index * SECTOR:(index + 1) * SECTOR] for index in range(fat_count))
    difat = [fat_start + index for index in range(fat_count)] + [FREE] * (109 - fat_count)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_count, first_directory, 0, MINI_CUTOFF,
                            first_mini_fat if mini_fat else END, -(-len(mini_fat_bytes) // SECTOR), END, 0)
              + b"".join(struct.pack("<I", value) for value in difat))
    assert len(header) == SECTOR
    return header + b"".join(sectors)


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le")
    assert len(name) <= 62, entry.name
    return (name.ljust(64, b"\0") + struct.pack("<HBB", len(name) + 2, entry.kind, 1)
            + struct.pack("<III", entry.left, entry.right, entry.child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
            + struct.pack("<IQ", entry.start if entry.kind != 1 else 0, entry.size))


def _empty_entries(count: int) -> bytes:
    return (b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NO_STREAM, NO_STREAM, NO_STREAM)
            + b"\0" * 36 + struct.pack("<IQ", 0, 0)) * count


# MAPI property types and the tags the tests write (MS-OXPROPS)
PT_LONG, PT_BOOLEAN, PT_SYSTIME, PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT = \
    0x0003, 0x000B, 0x0040, 0x001E, 0x001F, 0x0102, 0x000D
PR_SUBJECT, PR_CLIENT_SUBMIT_TIME, PR_MESSAGE_CLASS = 0x0037, 0x0039, 0x001A
PR_SENDER_NAME, PR_SENDER_ADDRTYPE, PR_SENDER_EMAIL = 0x0C1A, 0x0C1E, 0x0C1F
PR_SENT_REPRESENTING_NAME, PR_SENT_REPRESENTING_EMAIL, PR_SENDER_SMTP = 0x0042, 0x0065, 0x5D01
PR_TRANSPORT_HEADERS, PR_INTERNET_MESSAGE_ID = 0x007D, 0x1035
PR_BODY, PR_RTF_COMPRESSED, PR_HTML, PR_INTERNET_CPID, PR_MESSAGE_CODEPAGE = 0x1000, 0x1009, 0x1013, 0x3FDE, 0x3FFD
PR_RECIPIENT_TYPE, PR_DISPLAY_NAME, PR_ADDRTYPE, PR_EMAIL_ADDRESS, PR_SMTP_ADDRESS = \
    0x0C15, 0x3001, 0x3002, 0x3003, 0x39FE
PR_ATTACH_DATA, PR_ATTACH_FILENAME, PR_ATTACH_METHOD, PR_ATTACH_LONG_FILENAME, PR_ATTACH_MIME_TAG, \
    PR_ATTACH_CONTENT_ID = 0x3701, 0x3704, 0x3705, 0x3707, 0x370E, 0x3712
ATTACH_BY_VALUE, ATTACH_EMBEDDED_MSG = 1, 5


@dataclass
class Attachment:
    name: str
    data: bytes = b""
    mime: str = "application/octet-stream"
    message: Message | None = None  # an Outlook item attached in the item (ATTACH_EMBEDDED_MSG)
    short_name_only: bool = False


@dataclass
class Message:
    subject: str = "Aanvraag Maak werk van je buurt"
    sender: tuple[str, str] = ("Lieve Vandamme", "lieve.vandamme@example.org")
    to: tuple[tuple[str, str], ...] = (("Coördinator", "coordinator@example.org"),)
    cc: tuple[tuple[str, str], ...] = ()
    sent: datetime = datetime(2019, 5, 20, 9, 30, tzinfo=UTC)
    body: str | None = "Beste,\r\n\r\nHierbij ons projectidee.\r\n"
    html: bytes | None = None
    rtf: bytes | None = None  # already compressed (MS-OXRTFCP)
    attachments: tuple[Attachment, ...] = ()
    ansi: str | None = None  # a code page name: strings as PT_STRING8 in it, as Outlook 2002 wrote them
    transport_headers: str | None = None
    extra: tuple[tuple[int, int, bytes], ...] = ()  # (type, id, raw value) written as given


def _filetime(moment: datetime) -> bytes:
    return struct.pack("<Q", int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000))


class _Properties:
    """The streams of one object (message, recipient, attachment) and its ``__properties_version1.0``."""

    def __init__(self, ansi: str | None) -> None:
        self.ansi = ansi
        self.streams: Tree = {}
        self.entries: list[bytes] = []

    def string(self, prop: int, value: str | None) -> None:
        if value is None:
            return
        if self.ansi:
            self.variable(PT_STRING8, prop, value.encode(self.ansi), len(value.encode(self.ansi)) + 1)
        else:
            self.variable(PT_UNICODE, prop, value.encode("utf-16-le"), len(value.encode("utf-16-le")) + 2)

    def binary(self, prop: int, value: bytes) -> None:
        self.variable(PT_BINARY, prop, value, len(value))

    def variable(self, kind: int, prop: int, value: bytes, size: int) -> None:
        self.streams[f"__substg1.0_{prop:04X}{kind:04X}"] = value
        self.entries.append(struct.pack("<IIII", (prop << 16) | kind, 6, size, 0))

    def fixed(self, kind: int, prop: int, value: bytes) -> None:
        self.entries.append(struct.pack("<II", (prop << 16) | kind, 6) + value.ljust(8, b"\0"))

    def tree(self, header: bytes) -> Tree:
        return {**self.streams, "__properties_version1.0": header + b"".join(self.entries)}


def outlook_message(message: Message) -> bytes:
    """The .msg file Outlook would save for ``message``."""
    return compound_file({**_message_tree(message, top=True),
                          "__nameid_version1.0": {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"",
                                                  "__substg1.0_00040102": b""}})


def _message_tree(message: Message, *, top: bool) -> Tree:
    own = _Properties(message.ansi)
    own.string(PR_MESSAGE_CLASS, "IPM.Note")
    own.string(PR_SUBJECT, message.subject)
    name, address = message.sender
    own.string(PR_SENDER_NAME, name)
    own.string(PR_SENDER_ADDRTYPE, "SMTP")
    own.string(PR_SENDER_EMAIL, address)
    own.string(PR_SENT_REPRESENTING_NAME, name)
    own.string(PR_SENT_REPRESENTING_EMAIL, address)
    own.fixed(PT_SYSTIME, PR_CLIENT_SUBMIT_TIME, _filetime(message.sent))
    own.string(PR_BODY, message.body)
    if message.html is not None:
        own.binary(PR_HTML, message.html)
    if message.rtf is not None:
        own.binary(PR_RTF_COMPRESSED, message.rtf)
    own.string(PR_TRANSPORT_HEADERS, message.transport_headers)
    if message.ansi:
        own.fixed(PT_LONG, PR_MESSAGE_CODEPAGE, struct.pack("<I", int(message.ansi.removeprefix("cp"))))
    for kind, prop, raw in message.extra:
        if kind in (PT_LONG, PT_BOOLEAN, PT_SYSTIME):
            own.fixed(kind, prop, raw)
        else:
            own.variable(kind, prop, raw, len(raw))
    tree: Tree = {}
    recipients = [(1, *person) for person in message.to] + [(2, *person) for person in message.cc]
    for index, (kind, person, mail) in enumerate(recipients):
        recipient = _Properties(message.ansi)
        recipient.fixed(PT_LONG, PR_RECIPIENT_TYPE, struct.pack("<I", kind))
        recipient.string(PR_DISPLAY_NAME, person)
        recipient.string(PR_ADDRTYPE, "SMTP")
        recipient.string(PR_EMAIL_ADDRESS, mail)
        recipient.string(PR_SMTP_ADDRESS, mail)
        tree[f"__recip_version1.0_#{index:08X}"] = recipient.tree(b"\0" * 8)
    for index, attachment in enumerate(message.attachments):
        attached = _Properties(message.ansi)
        if attachment.message is not None:
            attached.fixed(PT_LONG, PR_ATTACH_METHOD, struct.pack("<I", ATTACH_EMBEDDED_MSG))
            attached.string(PR_DISPLAY_NAME, attachment.name)
            attached.streams[f"__substg1.0_{PR_ATTACH_DATA:04X}{PT_OBJECT:04X}"] = \
                _message_tree(attachment.message, top=False)
            attached.entries.append(struct.pack("<IIII", (PR_ATTACH_DATA << 16) | PT_OBJECT, 6, 0xFFFFFFFF, 4))
        else:
            attached.fixed(PT_LONG, PR_ATTACH_METHOD, struct.pack("<I", ATTACH_BY_VALUE))
            attached.string(PR_ATTACH_FILENAME, _short_name(attachment.name))
            if not attachment.short_name_only:
                attached.string(PR_ATTACH_LONG_FILENAME, attachment.name)
            attached.string(PR_ATTACH_MIME_TAG, attachment.mime)
            attached.binary(PR_ATTACH_DATA, attachment.data)
        tree[f"__attach_version1.0_#{index:08X}"] = attached.tree(b"\0" * 8)
    counts = struct.pack("<IIII", len(recipients), len(message.attachments), len(recipients),
                         len(message.attachments))
    header = b"\0" * 8 + counts + (b"\0" * 8 if top else b"")
    return {**own.tree(header), **tree}


def _short_name(name: str) -> str:
    stem, _, extension = name.rpartition(".")
    stem = "".join(char for char in (stem or name).upper() if char.isalnum())[:6] or "FILE"
    return f"{stem}~1.{extension.upper()[:3]}" if extension else f"{stem}~1"
