"""winmail.dat files as Outlook writes them (MS-OXTNEF), for the tests: the mail's RTF and its files.

Written from the published format, not from the reader: every sample is also handed to Debian's ``tnef``
(another program's reader) in the tests, so a sample that only our reader would accept fails there.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from compressed_rtf import compress  # type: ignore[import-untyped]

_MESSAGE, _ATTACHMENT = 1, 2
# attribute ids: the id in the low word, its type in the high word (MS-OXTNEF 2.1.3.1)
ATT_TNEF_VERSION = 0x00089006
ATT_OEM_CODEPAGE = 0x00069007
ATT_MESSAGE_CLASS = 0x00078008
ATT_BODY = 0x0002800C
ATT_MAPI_PROPS = 0x00069003
ATT_ATTACH_REND_DATA = 0x00069002
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACHMENT = 0x00069005
# MAPI property types and ids
PT_LONG, PT_STRING8, PT_UNICODE, PT_OBJECT, PT_BINARY = 0x0003, 0x001E, 0x001F, 0x000D, 0x0102
PR_RTF_COMPRESSED = 0x1009
PR_ATTACH_LONG_FILENAME = 0x3707
PR_ATTACH_METHOD = 0x3705
PR_ATTACH_DATA_OBJ = 0x3701
IID_IMESSAGE = bytes.fromhex("0703020000000000c000000000000046")


def attribute(level: int, attribute_id: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attribute_id, len(data)) + data + struct.pack("<H", checksum)


def _padded(data: bytes) -> bytes:
    return data + b"\x00" * (-len(data) % 4)


def mapi_properties(properties: list[tuple[int, int, bytes | int]]) -> bytes:
    """(type, id, value) each; variable-length values as one value of their size, padded to 4 bytes."""
    out = struct.pack("<I", len(properties))
    for kind, prop_id, value in properties:
        out += struct.pack("<HH", kind, prop_id)
        if isinstance(value, int):
            out += struct.pack("<I", value)
        else:
            out += struct.pack("<II", 1, len(value)) + _padded(value)
    return out


def rtf_letter(paragraphs: list[str]) -> bytes:
    """A letter as Outlook's Rich Text editor saves it: cp1252, accents as \\'xx escapes."""
    def escaped(text: str) -> str:
        return "".join(char if ord(char) < 128 else f"\\'{ord(char.encode('cp1252')):02x}" for char in text)

    body = "".join(f"\\pard {escaped(paragraph)}\\par\r\n" for paragraph in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}\r\n"
            f"\\viewkind4\\uc1\\f0\\fs22 {body}}}").encode("ascii")


def winmail(*, rtf: bytes | None = None, plain: str | None = None, files: Sequence[tuple[str, bytes]] = (),
            embedded: bytes | None = None, embedded_name: str = "Doorgestuurd bericht", packed: bool = True,
            key: int = 0x5A11) -> bytes:
    """A winmail.dat: the body as compressed RTF (``packed``: LZFu, else Outlook's uncompressed MELA form) or
    as plain text, the ``files`` as attachments with their long names, ``embedded`` (another winmail's
    bytes) as an attached Outlook item."""
    out = struct.pack("<IH", 0x223E9F78, key)
    out += attribute(_MESSAGE, ATT_TNEF_VERSION, struct.pack("<I", 0x00010000))
    out += attribute(_MESSAGE, ATT_OEM_CODEPAGE, struct.pack("<II", 1252, 0))
    out += attribute(_MESSAGE, ATT_MESSAGE_CLASS, b"IPM.Microsoft Mail.Note\x00")
    if plain is not None:
        out += attribute(_MESSAGE, ATT_BODY, plain.encode("cp1252") + b"\x00")
    if rtf is not None:
        out += attribute(_MESSAGE, ATT_MAPI_PROPS, mapi_properties(
            [(PT_BINARY, PR_RTF_COMPRESSED, compress(rtf, compressed=packed))]))
    for position, (name, data) in enumerate(files):
        out += attribute(_ATTACHMENT, ATT_ATTACH_REND_DATA, struct.pack("<HIHHI", 1, position, 0, 0, 1))
        out += attribute(_ATTACHMENT, ATT_ATTACH_TITLE, _short_name(name).encode("cp1252") + b"\x00")
        out += attribute(_ATTACHMENT, ATT_ATTACH_DATA, data)
        out += attribute(_ATTACHMENT, ATT_ATTACHMENT, mapi_properties(
            [(PT_UNICODE, PR_ATTACH_LONG_FILENAME, (name + "\x00").encode("utf-16-le")),
             (PT_LONG, PR_ATTACH_METHOD, 1)]))
    if embedded is not None:
        out += attribute(_ATTACHMENT, ATT_ATTACH_REND_DATA, struct.pack("<HIHHI", 1, len(files), 0, 0, 1))
        out += attribute(_ATTACHMENT, ATT_ATTACH_TITLE, embedded_name.encode("cp1252") + b"\x00")
        out += attribute(_ATTACHMENT, ATT_ATTACHMENT, mapi_properties(
            [(PT_LONG, PR_ATTACH_METHOD, 5), (PT_OBJECT, PR_ATTACH_DATA_OBJ, IID_IMESSAGE + embedded)]))
    return out


def _short_name(name: str) -> str:
    """The 8.3 title Outlook writes beside the long name ("AANVRA~1.DOC")."""
    stem, _, extension = name.rpartition(".")
    letters = "".join(char for char in (stem or name).upper() if char.isascii() and char.isalnum())
    return f"{letters[:6]}~1.{extension.upper()[:3]}" if extension else f"{letters[:6]}~1"
