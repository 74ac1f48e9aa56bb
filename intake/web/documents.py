"""A stored document as the browser gets it, and what the application page shows of it.

Served bytes carry the type sniffed from their magic bytes when the file came in (never the sender's
claim), ``nosniff``, a ``Content-Disposition`` with a safe name, and a CSP of their own. Only PDF, the
common image types and plain text are shown inline; anything else is a download. HTML (a ``.pdf`` that
is really a web page, say) is never served as HTML: it goes out as plain text. A DOCX is shown as the
page's own escaped HTML (``parsers.preview``), read only when the sandboxed parser already read the very
same bytes within its time and memory limits (``parse_status`` parsed), so a hostile file has cost its
one document in the worker and costs nothing here. So is a .zip or a winmail.dat opened, to offer each file
packed in it for download (nobody can open a winmail.dat; the Word form Outlook packed in it they can).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from starlette.responses import FileResponse, Response

from intake.web.security import DOCUMENT_CSP, SANDBOXED_DOCUMENT_CSP, content_disposition
from parsers import sniff
from parsers.archive import Member
from parsers.packed import PackedError, packed_files
from parsers.preview import Block, docx_blocks, message_text
from storage.applications import Document
from storage.blobs import BlobStore

INLINE_TYPES = frozenset({sniff.PDF, "image/png", "image/jpeg", "image/gif", sniff.TEXT})
# types a browser would run or render as a page of ours (DOCX's "openxml..." type is not one of them)
ACTIVE_TYPES = frozenset({"text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml"})
MAX_PREVIEW_BYTES = 20 * 1024 * 1024
MAX_TEXT_PREVIEW = 1024 * 1024


def blob_of(document: Document) -> tuple[str, str]:
    """(blob kind, sha256): a body is its raw message; an attachment or a postal file its own blob."""
    return ("raw" if document.kind == "body" else "attachments"), document.sha256


def served_type(document: Document) -> str:
    if document.kind == "body":
        return sniff.RFC822
    return _never_active((document.content_type or sniff.OCTET).split(";")[0].strip().lower())


def _never_active(content_type: str) -> str:
    """A type a browser would run or render as a page of ours goes out as plain text: shown as its source."""
    if content_type in ACTIVE_TYPES or "javascript" in content_type or content_type.endswith(("+xml", "/html")):
        return sniff.TEXT
    return content_type


def _headers(disposition: str, name: str, csp: str) -> dict[str, str]:
    return {
        "Content-Disposition": content_disposition(disposition, name),
        "Content-Security-Policy": csp,
        "X-Frame-Options": "SAMEORIGIN",
        "Cache-Control": "private, no-store",
    }


def download_name(document: Document) -> str:
    if document.kind == "body":
        return f"bericht-{document.message_pk}.eml"
    return document.filename or f"document-{document.id}"


def document_response(blobs: BlobStore, document: Document, *, download: bool) -> Response:
    kind, sha256 = blob_of(document)
    path = blobs.path(kind, sha256)
    if not path.exists():
        return Response("gone / supprimé", status_code=410, media_type="text/plain")
    content_type = served_type(document)
    stored_type = (document.content_type or "").split(";")[0].strip().lower()
    # an active type (HTML...) goes out as text and as a download: it never opens in the console's origin
    inline = content_type in INLINE_TYPES and (stored_type == content_type or document.kind == "body") \
        and not download
    media_type = f"{content_type}; charset=utf-8" if content_type == sniff.TEXT else content_type
    # the PDF viewer does not run in a sandboxed frame; a PDF is a document, not a page of ours
    csp = DOCUMENT_CSP if content_type == sniff.PDF else SANDBOXED_DOCUMENT_CSP
    headers = _headers("inline" if inline else "attachment", download_name(document), csp)
    return FileResponse(path, media_type=media_type, headers=headers)


@dataclass(frozen=True)
class Preview:
    kind: str  # "pdf", "image", "docx", "text", "email", "packed", "none"
    blocks: tuple[Block, ...] = ()
    text: str = ""
    files: tuple[tuple[int, str, bool], ...] = ()  # a packed attachment's files: (index, name, can be downloaded)


def preview_of(blobs: BlobStore, document: Document) -> Preview:
    kind, sha256 = blob_of(document)
    if not blobs.exists(kind, sha256):
        return Preview("none")
    content_type = served_type(document)
    size = blobs.path(kind, sha256).stat().st_size
    if document.kind == "body":
        if size > MAX_PREVIEW_BYTES:
            return Preview("none")
        return Preview("email", text=message_text(_read(blobs, kind, sha256)))
    if content_type == sniff.PDF:
        return Preview("pdf")
    if content_type in ("image/png", "image/jpeg", "image/gif"):
        return Preview("image")
    if content_type == sniff.DOCX and document.parse_status == "parsed" and size <= MAX_PREVIEW_BYTES:
        blocks = docx_blocks(_read(blobs, kind, sha256))
        return Preview("docx", blocks=blocks) if blocks is not None else Preview("none")
    if content_type == sniff.TEXT and size <= MAX_TEXT_PREVIEW:
        return Preview("text", text=_read(blobs, kind, sha256).decode("utf-8", "replace"))
    if (files := _packed(blobs, document)) is not None:
        return Preview("packed", files=tuple((index, file.name, file.data is not None)
                                             for index, file in enumerate(files)))
    return Preview("none")


def _packed(blobs: BlobStore, document: Document) -> list[Member] | None:
    """The files of a .zip or winmail.dat the sandboxed parser read (never of one it could not)."""
    kind, sha256 = blob_of(document)
    if document.kind == "body" or served_type(document) not in sniff.BUNDLES or document.parse_status != "parsed" \
            or not blobs.exists(kind, sha256) or blobs.path(kind, sha256).stat().st_size > MAX_PREVIEW_BYTES:
        return None
    try:
        return packed_files(io.BytesIO(_read(blobs, kind, sha256)), served_type(document))
    except PackedError:
        return None


def packed_file_response(blobs: BlobStore, document: Document, index: int) -> Response:
    """One file packed in a document, always as a download of its sniffed type (a page of HTML as text)."""
    files = _packed(blobs, document)
    if files is None or not 0 <= index < len(files) or files[index].data is None:
        return Response("not found / introuvable", status_code=404, media_type="text/plain")
    file = files[index]
    assert file.data is not None
    content_type = _never_active(sniff.sniff_content_type(file.data))
    media_type = f"{content_type}; charset=utf-8" if content_type == sniff.TEXT else content_type
    name = file.name.replace("\\", "/").rsplit("/", 1)[-1] or f"file-{index + 1}"
    return Response(file.data, media_type=media_type, headers=_headers("attachment", name, SANDBOXED_DOCUMENT_CSP))


def _read(blobs: BlobStore, kind: str, sha256: str) -> bytes:
    with blobs.open(kind, sha256) as handle:
        return handle.read()
