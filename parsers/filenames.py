"""Turn an attachment's declared filename into one that is safe to show, store and hand to a parser.

Applicants' mail clients (and attackers) declare names like ``../../etc/passwd``, ``C:\\x\\y.pdf``, names
with control characters or hundreds of characters. The declared name is kept verbatim in the record;
this safe name is what the rest of the service uses.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 150
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/x-ole-storage": ".doc",
    "text/plain": ".txt",
    "text/html": ".html",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "message/rfc822": ".eml",
    "application/ms-tnef": ".dat",
}


def safe_filename(declared: str | None, index: int, content_type: str = "") -> str:
    """A single path component, at most MAX_LENGTH characters, never empty, never hidden."""
    name = unicodedata.normalize("NFC", declared or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]  # drop any directory part, Windows or POSIX
    name = _UNSAFE.sub("_", name).strip().lstrip(".").strip()
    if name in ("", ".", ".."):
        name = f"attachment-{index}{_EXTENSIONS.get(content_type, '.bin')}"
    if len(name) > MAX_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            name = stem[: MAX_LENGTH - len(extension) - 1] + "." + extension
        else:
            name = name[:MAX_LENGTH]
    return name
