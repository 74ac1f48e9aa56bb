"""Outlook's saved mail (``.msg``, MS-OXMSG): an application forwarded as the file Outlook saves, made again
into the internet mail it was.

A town hall or a secretary saves the applicant's mail from Outlook and attaches the file, or drags it into a
new mail: the coordinator receives an OLE compound file (MS-CFB) whose streams are the mail's MAPI
properties. olefile reads the compound file; this module reads the properties (MS-OXMSG, MS-OXPROPS: a few
dozen tags, the same ones every reader of the format uses) and writes the mail again as MIME, so that it
is read exactly as a mail forwarded as an attachment is: its sender, its words (plain, HTML, or compressed
RTF when Outlook kept nothing else), its files, and an Outlook item attached in it as a forwarded mail in
turn. Bytes in, the mail's bytes out (a ``Member``); read in a forked child (``parsers.bounded``), since
neither olefile nor the file was written with a hostile author in mind.
"""

from __future__ import annotations

import codecs
import re
import struct
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import HeaderParser
from email.utils import format_datetime, formataddr, getaddresses
from typing import Any, BinaryIO

from parsers.archive import MAX_MEMBER_BYTES, MAX_MEMBERS, MAX_TOTAL_BYTES, Member
from parsers.bounded import in_child
from parsers.tnef import unpacked_rtf

MAX_SECONDS = 15.0
CHECK_SECONDS = 5.0  # telling a saved mail from a Word or Excel file
MAX_MEMORY = 512 * 1024 * 1024
MAX_FILES = MAX_MEMBERS  # files and recipients read; each stream, and all of them, bounded as a zip's members
MAX_DEPTH = 3  # an Outlook item attached inside an item attached inside the saved mail
_MARKER = "__substg1.0_".encode("utf-16-le")  # the name of every property stream, in the directory
_PROPERTIES = "__properties_version1.0".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
# MAPI property types and tags (MS-OXPROPS)
_UNICODE, _STRING8, _BINARY, _LONG, _SYSTIME, _OBJECT = 0x001F, 0x001E, 0x0102, 0x0003, 0x0040, 0x000D
_SUBJECT, _SUBMIT_TIME, _DELIVERY_TIME, _CREATION_TIME = 0x0037, 0x0039, 0x0E06, 0x3007
_SENDER_NAME, _SENDER_ADDRTYPE, _SENDER_EMAIL, _SENDER_SMTP = 0x0C1A, 0x0C1E, 0x0C1F, 0x5D01
_FOR_NAME, _FOR_ADDRTYPE, _FOR_EMAIL, _FOR_SMTP = 0x0042, 0x0064, 0x0065, 0x5D02
_TRANSPORT_HEADERS, _MESSAGE_ID, _IN_REPLY_TO = 0x007D, 0x1035, 0x1042
_BODY, _RTF_COMPRESSED, _HTML, _INTERNET_CPID, _MESSAGE_CODEPAGE = 0x1000, 0x1009, 0x1013, 0x3FDE, 0x3FFD
_RECIPIENT_TYPE, _DISPLAY_NAME, _ADDRTYPE, _EMAIL, _SMTP = 0x0C15, 0x3001, 0x3002, 0x3003, 0x39FE
_ATTACH_DATA, _ATTACH_FILENAME, _ATTACH_METHOD, _ATTACH_LONG_FILENAME, _ATTACH_CONTENT_ID = \
    0x3701, 0x3704, 0x3705, 0x3707, 0x3712
_EMBEDDED_MSG, _OLE = 5, 6
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# the properties stream's header before its 16-byte entries: the saved mail, an item inside it, the rest
_TOP_HEADER, _EMBEDDED_HEADER, _OTHER_HEADER = 32, 24, 8
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")  # and the line breaks a header may not hold
MAX_HEADER = 2000  # characters of a header a hostile file may make 400,000 long
MAX_NAME = 255


class MsgError(ValueError):
    """The .msg cannot be read."""


def is_outlook_message(stream: BinaryIO) -> bool:
    """True when an OLE file is a saved Outlook item: its root holds the item's property list (a Word or Excel
    file never does; it may carry a saved mail deeper in, and a saved mail may carry a .doc). Looked at in a
    bounded child too: olefile follows a file's sector chains, which a hostile file makes endless."""
    stream.seek(0)
    head = stream.read(8 * 1024 * 1024)
    if _MARKER not in head:  # every property stream's name, in the directory: the cheap answer first
        stream.seek(0)
        return False
    data = head + stream.read()
    stream.seek(0)
    try:
        return in_child(lambda: _root_holds_properties(data), seconds=CHECK_SECONDS, memory=MAX_MEMORY,
                        what="compound file", error=MsgError)
    except MsgError:
        # not even looked at within its limits: a saved mail by the names in its directory, said damaged when read
        return _named_as_saved_mail(head)


def _root_holds_properties(data: bytes) -> bool:
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            if ole.exists("__properties_version1.0"):
                return True
            office = any(ole.exists(name) for name in ("WordDocument", "Workbook", "Book"))
    except Exception:  # noqa: BLE001 - damaged: told by the names in its directory, said damaged when read
        office = False
    # a directory olefile reads garbled (a sector chain that loops): a saved mail when it names the property
    # list and no Word or Excel stream is found at its root
    return not office and _named_as_saved_mail(data)


def _named_as_saved_mail(data: bytes) -> bool:
    """A compound file that cannot be read whole: a saved mail by the names its directory holds."""
    return _PROPERTIES in data and _WORD_STREAM not in data


def read_msg(data: bytes) -> Member:
    """The saved mail as an internet mail (``<subject>.eml``), read in a bounded child."""
    return in_child(lambda: _read(data), seconds=MAX_SECONDS, memory=MAX_MEMORY, what="Outlook message",
                    error=MsgError)


def _read(data: bytes) -> Member:
    import olefile  # only a parse that meets a .msg pays for it

    if not olefile.isOleFile(data):
        raise MsgError("not an Outlook message (no compound file)")
    with olefile.OleFileIO(data) as ole:
        item = _Item(_File(ole, len(data)), [], _TOP_HEADER)
        if not item.streams:
            raise MsgError("the compound file holds no Outlook item")
        mail = _mail(item, 0)
    subject = _CONTROL.sub(" ", str(mail.get("Subject", "") or "")).strip()
    stem = re.sub(r'[\\/:*?"<>|\s]+', " ", subject).strip(" .")[:80] or "message"
    # SMTPUTF8: an address Outlook kept with an accent in it ("josé@...") is written as it is, not a reason to
    # lose the whole mail (our MIME reader takes such headers as any mail program does)
    return Member(f"{stem}.eml", mail.as_bytes(policy=policy.SMTPUTF8))


class _File:
    """The compound file, its directory listed once by storage (an item per recipient of a town's mailing
    list would list it again each), and what its streams have given so far."""

    def __init__(self, ole: Any, size: int) -> None:
        self.ole, self.size, self.given = ole, size, 0
        self.under: dict[tuple[str, ...], dict[str, list[str]]] = {}
        for entry in ole.listdir(streams=True, storages=True):
            self.under.setdefault(tuple(name.lower() for name in entry[:-1]), {})[entry[-1].lower()] = entry

    def read(self, entry: list[str]) -> bytes | None:
        """A stream's bytes, or None: a stream that claims more than the whole file holds is a chain that loops
        (olefile only logs it: a 10 KB file would give 60 MB), and what the streams give in all is bounded as
        a zip's members are."""
        size = self.ole.get_size(entry)
        if size > self.size or size > MAX_MEMBER_BYTES or self.given + size > MAX_TOTAL_BYTES:
            return None
        self.given += size
        return bytes(self.ole.openstream(entry).read())


class _Item:
    """One object's properties (the mail, a recipient, an attachment) under its storage in the file."""

    def __init__(self, file: _File, path: list[str], header: int) -> None:
        self.file, self.ole, self.path = file, file.ole, path
        self.streams = file.under.get(tuple(name.lower() for name in path), {})
        self.fixed = self._fixed(header)
        self.codepage = _codec(self.long(_MESSAGE_CODEPAGE) or self.long(_INTERNET_CPID))

    def _fixed(self, header: int) -> dict[int, bytes]:
        raw = self._stream("__properties_version1.0") or b""
        found: dict[int, bytes] = {}
        for offset in range(header, len(raw) - 15, 16):
            tag = struct.unpack_from("<I", raw, offset)[0]
            found[tag] = raw[offset + 8:offset + 16]
        return found

    def _entry(self, name: str) -> list[str] | None:
        entry = self.streams.get(name.lower())
        return entry if entry is not None and self.ole.get_type(entry) == 2 else None  # 2: olefile.STGTY_STREAM

    def _stream(self, name: str) -> bytes | None:
        entry = self._entry(name)
        return self.file.read(entry) if entry is not None else None

    def unread(self, prop: int) -> bool:
        """A binary property whose stream holds bytes that ``binary`` did not give (over a bound, damaged)."""
        entry = self._entry(f"__substg1.0_{prop:04X}{_BINARY:04X}")
        return entry is not None and self.ole.get_size(entry) > 0

    def string(self, prop: int) -> str | None:
        if (raw := self._stream(f"__substg1.0_{prop:04X}{_UNICODE:04X}")) is not None:
            return raw.decode("utf-16-le", "replace").split("\x00", 1)[0]
        if (raw := self._stream(f"__substg1.0_{prop:04X}{_STRING8:04X}")) is not None:
            return raw.split(b"\x00", 1)[0].decode(self.codepage, "replace")
        return None

    def binary(self, prop: int) -> bytes | None:
        return self._stream(f"__substg1.0_{prop:04X}{_BINARY:04X}")

    def long(self, prop: int) -> int | None:
        raw = self.fixed.get((prop << 16) | _LONG)
        return struct.unpack_from("<I", raw)[0] if raw else None

    def time(self, prop: int) -> datetime | None:
        raw = self.fixed.get((prop << 16) | _SYSTIME)
        if not raw:
            return None
        try:
            return datetime(1601, 1, 1, tzinfo=UTC) + timedelta(microseconds=struct.unpack_from("<Q", raw)[0] // 10)
        except OverflowError:
            return None

    def children(self, prefix: str, limit: int) -> tuple[list[_Item], int]:
        """The first ``limit`` recipients or attachments, and how many there are."""
        names = sorted(name for name, entry in self.streams.items()
                       if name.startswith(prefix) and self.ole.get_type(entry) == 1)  # 1: a storage
        return [_Item(self.file, [*self.path, self.streams[name][-1]], _OTHER_HEADER)
                for name in names[:limit]], len(names)


def _codec(codepage: int | None) -> str:
    name = {65001: "utf-8", 20127: "ascii", 28591: "latin-1"}.get(codepage or 0, f"cp{codepage or 1252}")
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"  # a Western Outlook's code page
    return name


def _mail(item: _Item, depth: int) -> EmailMessage:
    mail = EmailMessage(policy=policy.SMTP)
    headers = HeaderParser(policy=policy.compat32).parsestr(item.string(_TRANSPORT_HEADERS) or "")
    # MS-OXCMAIL: the internet From is the one the mail was sent for; its Sender the one who sent it (a
    # secretary with the chairman's delegation)
    sender = _address(item.string(_SENDER_NAME), item.string(_SENDER_ADDRTYPE), item.string(_SENDER_EMAIL),
                      item.string(_SENDER_SMTP))
    sent_for = _address(item.string(_FOR_NAME), item.string(_FOR_ADDRTYPE), item.string(_FOR_EMAIL),
                        item.string(_FOR_SMTP))
    _header(mail, "From", sent_for or sender or headers.get("From"))
    if sender and sent_for and _bare(sender) != _bare(sent_for):
        _header(mail, "Sender", sender)
    # a web form's mail answered to the applicant: a doubt on From, as in any mail (kept only in the headers
    # the mail arrived with)
    _header(mail, "Reply-To", headers.get("Reply-To"))
    to: list[str] = []
    cc: list[str] = []
    for recipient in item.children("__recip_version1.0_#", MAX_FILES)[0]:
        address = _address(recipient.string(_DISPLAY_NAME), recipient.string(_ADDRTYPE),
                           recipient.string(_EMAIL), recipient.string(_SMTP))
        if address:
            (cc if recipient.long(_RECIPIENT_TYPE) == 2 else to if recipient.long(_RECIPIENT_TYPE) == 1
             else []).append(address)
    _header(mail, "To", ", ".join(to) or headers.get("To"))
    _header(mail, "Cc", ", ".join(cc) or headers.get("Cc"))
    _header(mail, "Subject", item.string(_SUBJECT) or headers.get("Subject"))
    moment = item.time(_SUBMIT_TIME) or item.time(_DELIVERY_TIME) or item.time(_CREATION_TIME)
    _header(mail, "Date", format_datetime(moment) if moment else headers.get("Date"))
    _header(mail, "Message-ID", item.string(_MESSAGE_ID) or headers.get("Message-ID"))
    _header(mail, "In-Reply-To", item.string(_IN_REPLY_TO) or headers.get("In-Reply-To"))
    _words(mail, item)
    attachments, count = item.children("__attach_version1.0_#", MAX_FILES)
    for index, attached in enumerate(attachments):
        _attach(mail, attached, index + 1, depth)
    if count > MAX_FILES:
        mail.add_attachment(f"more than {MAX_FILES} files: the rest not read".encode(), "text", "plain",
                            filename="not-read.txt")
    return mail


def _words(mail: EmailMessage, item: _Item) -> None:
    """The mail's own words: plain and HTML as Outlook kept them, else the compressed RTF as plain text."""
    plain = item.string(_BODY)
    html = item.binary(_HTML)
    html_text = _html_text(html, item.long(_INTERNET_CPID)) if html is not None else item.string(_HTML)
    if not (plain or "").strip() and not (html_text or "").strip():
        plain = _rtf_text(item.binary(_RTF_COMPRESSED))
    if plain is not None:
        mail.set_content(plain.replace("\r\n", "\n"), cte="quoted-printable")
    if html_text:
        if plain is None:
            mail.set_content(html_text, subtype="html", cte="quoted-printable")
        else:
            mail.add_alternative(html_text, subtype="html", cte="quoted-printable")


_META_CHARSET = re.compile(rb"""(?i)<meta[^>]+charset\s*=\s*["']?([\w-]+)""")


def _html_text(html: bytes, codepage: int | None) -> str:
    """HTML kept as bytes, in the code page Outlook noted, else the one the page names, else UTF-8 when it is,
    else Windows' Western one."""
    if codepage:
        return html.decode(_codec(codepage), "replace")
    if (named := _META_CHARSET.search(html[:4096])) is not None:
        try:
            return html.decode(codecs.lookup(named.group(1).decode("ascii", "replace")).name, "replace")
        except LookupError:
            pass
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html.decode("cp1252", "replace")


def _rtf_text(compressed: bytes | None) -> str | None:
    if not compressed:
        return None
    from parsers.rtf import read_rtf

    body = unpacked_rtf(compressed)
    if body.data is None:
        return f"[{body.reason}]"
    try:
        return read_rtf(body.data).text
    except Exception:  # noqa: BLE001 - striprtf raises anything on a damaged body: the rest of the mail is read
        return "[the mail's text (RTF) is damaged: not read]"


def _attach(mail: EmailMessage, attached: _Item, index: int, depth: int) -> None:
    name = _CONTROL.sub(" ", attached.string(_ATTACH_LONG_FILENAME) or attached.string(_ATTACH_FILENAME)
                        or attached.string(_DISPLAY_NAME) or "").strip()[:MAX_NAME] or f"attachment-{index}"
    if attached.long(_ATTACH_METHOD) == _EMBEDDED_MSG:
        storage = attached.streams.get(f"__substg1.0_{_ATTACH_DATA:04X}{_OBJECT:04X}".lower())
        if storage is None:
            mail.add_attachment(b"the attached Outlook item holds nothing", "text", "plain", filename=f"{name}.txt")
            return
        _attach_item(mail, name, depth, lambda: _mail(
            _Item(attached.file, [*attached.path, storage[-1]], _EMBEDDED_HEADER), depth + 1))
        return
    data = attached.binary(_ATTACH_DATA)
    if data is None and attached.unread(_ATTACH_DATA):
        reason = (f"{name}: not read (over {MAX_MEMBER_BYTES} bytes, over {MAX_TOTAL_BYTES} with the files before it, "
                  "or longer than the whole .msg: damaged)")
        mail.add_attachment(reason.encode(), "text", "plain", filename=f"{name}.not-read.txt")
        return
    if not data:
        # a link to a file on the sender's disk or an OLE object (a picture pasted from another program): nothing
        # to read, but named for the coordinator
        reason = "an object pasted from another program is not read" if attached.long(_ATTACH_METHOD) == _OLE \
            else "the file holds no data (a link to the sender's own disk?)"
        mail.add_attachment(reason.encode(), "text", "plain", filename=f"{name}.not-read.txt")
        return
    if data.startswith(_OLE_SIGNATURE) and _root_holds_properties(data):
        # the applicant's mail saved as a file and attached to the secretary's (not dragged in as an item): the
        # same mail, read as an attached item is
        _attach_item(mail, name, depth, lambda: _saved_file(data, depth + 1))
        return
    mail.add_attachment(data, "application", "octet-stream", filename=name,
                        cid=_content_id(attached.string(_ATTACH_CONTENT_ID)))


def _attach_item(mail: EmailMessage, name: str, depth: int, inner: Callable[[], EmailMessage]) -> None:
    """An Outlook item in the item, as a forwarded mail, unless it lies too deep."""
    if depth + 1 >= MAX_DEPTH:
        mail.add_attachment(b"an Outlook item nested too deep is not opened", "text", "plain", filename=f"{name}.txt")
        return
    mail.add_attachment(inner(), filename=f"{name.removesuffix('.msg')}.eml")


def _saved_file(data: bytes, depth: int) -> EmailMessage:
    import olefile

    with olefile.OleFileIO(data) as ole:
        return _mail(_Item(_File(ole, len(data)), [], _TOP_HEADER), depth)


def _content_id(value: str | None) -> str | None:
    value = _CONTROL.sub("", value or "").strip("<> ")
    return f"<{value}>" if value and "<" not in value and ">" not in value else None


def _address(name: str | None, kind: str | None, address: str | None, smtp: str | None) -> str | None:
    """``Name <address>``; an Exchange sender's X.500 path is no internet address (its SMTP one is kept apart)."""
    mail = smtp if smtp and "@" in smtp else address if address and "@" in address and (kind or "SMTP").upper() \
        in ("SMTP", "") else None
    if mail is None:
        return None
    mail = _CONTROL.sub("", mail).strip()
    return _formatted(_CONTROL.sub(" ", name or "").strip(), mail) if name and name.strip() != mail else mail


def _formatted(name: str, address: str) -> str:
    """``Name <address>``; an address with an accent in it (which formataddr refuses) written as it is."""
    try:
        return formataddr((name, address))
    except UnicodeEncodeError:
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{address}>' if name else address


def _bare(address: str) -> str:
    return getaddresses([address])[0][1].lower()


def _header(mail: EmailMessage, name: str, value: str | None) -> None:
    """A header as the file says it; one a hostile file made unwritable (a newline, no address) is left out."""
    if not value:
        return
    value = _CONTROL.sub(" ", value).strip()[:MAX_HEADER]
    if name in ("To", "Cc", "From", "Sender", "Reply-To"):
        value = ", ".join(_formatted(*pair) for pair in getaddresses([value]) if pair[1])
    try:
        mail[name] = value
        mail[name]  # the policy parses a header when it is read: a value it refuses is dropped
    except (ValueError, TypeError, IndexError):
        del mail[name]

