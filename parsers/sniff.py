"""Decide what a file is from its first bytes, not its name.

Applicants rename files, mail clients guess MIME types, and a ``.docx`` may be an old ``.doc``: the
magic bytes are the only thing that does not lie. Pure: bytes in, a MIME type out.
"""

from __future__ import annotations

import io
import zipfile
from typing import BinaryIO

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
OLE = "application/x-ole-storage"  # legacy .doc/.xls/.msg
DOC = "application/msword"  # an OLE file that holds a Word document (told apart by the parser)
XLS = "application/vnd.ms-excel"  # an OLE file that holds an Excel 97-2003 workbook (the same)
CSV = "text/csv"  # text whose lines are a sheet's rows (told apart by the parser, from the name and the lines)
RTF = "application/rtf"
ZIP = "application/zip"
TNEF = "application/ms-tnef"  # Outlook's winmail.dat: a mail's text and files packed in one attachment
TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"  # 0x223E9F78, little-endian
MSG = "application/vnd.ms-outlook"  # an OLE file that holds a mail Outlook saved (told apart by the parser)
# the archives an applicant may send; a .zip is opened (parsers.documents), the others are not
ARCHIVES = frozenset({ZIP, "application/vnd.rar", "application/x-7z-compressed", "application/gzip"})
# what is opened and read file by file, as one document (parsers.documents)
BUNDLES = frozenset({ZIP, TNEF, MSG})
RFC822 = "message/rfc822"
# a mail sent on as a file: forwarded as an attachment or saved (.eml), or saved by Outlook (.msg)
SAVED_MAILS = frozenset({RFC822, MSG})
HEIC = "image/heic"
# the major brands of an HEIF file: an iPhone's photo (heic), its burst or edited copy (heix, hevc, mif1, msf1)
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})
TEXT = "text/plain"
OCTET = "application/octet-stream"
EMPTY = "application/x-empty"

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"{\\rtf", RTF),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"\x1f\x8b", "application/gzip"),
)


def _zip_kind(data: bytes) -> str:
    return zip_kind(io.BytesIO(data))


def zip_kind(handle: BinaryIO) -> str:
    """Tell DOCX, XLSX and ODT apart by their members; a damaged zip is just a zip."""
    try:
        with zipfile.ZipFile(handle) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mimetype.startswith("application/vnd.oasis.opendocument"):
                    return mimetype
            if "word/document.xml" in names:
                return DOCX
            if "xl/workbook.xml" in names:
                return XLSX
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        pass
    return ZIP


def sniff_content_type(data: bytes) -> str:
    """The MIME type the bytes really are (``application/octet-stream`` when unknown)."""
    if not data:
        return EMPTY
    head = data[:1024]
    # A zip first: a zip that stores a PDF uncompressed has "%PDF-" within its first KiB too.
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    # A winmail.dat that packs a PDF holds "%PDF-" within its first KiB too.
    if head.startswith(TNEF_SIGNATURE):
        return TNEF
    # Some producers put junk (a BOM, whitespace) before %PDF; readers accept it within the first KiB.
    if b"%PDF-" in head:
        return PDF
    for signature, mime in _SIGNATURES:
        if head.startswith(signature):
            return mime
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return HEIC
    if _looks_like_text(head):
        lowered = head.lstrip().lower()
        if lowered.startswith((b"<!doctype html", b"<html")):
            return "text/html"
        if _looks_like_rfc822(head):
            return RFC822
        return TEXT
    return OCTET


def sniff_stream(stream: BinaryIO) -> str:
    """``sniff_content_type`` of a seekable stream's bytes, reading its first KiB (and a zip's directory)."""
    stream.seek(0)
    head = stream.read(1024)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        stream.seek(0)
        kind = zip_kind(stream)
    else:
        kind = sniff_content_type(head)
    stream.seek(0)
    return kind


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # a multi-byte sequence cut at the 1 KiB boundary is still text
        if exc.start >= len(head) - 3:
            return True
    printable = sum(1 for byte in head if byte >= 32 or byte in (9, 10, 13))
    return printable / len(head) > 0.95


def _looks_like_rfc822(head: bytes) -> bool:
    first_lines = head.split(b"\n", 8)[:8]
    names = {line.split(b":", 1)[0].strip().lower() for line in first_lines if b":" in line}
    return len(names & {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"return-path",
                        b"mime-version"}) >= 2
