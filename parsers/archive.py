"""The files inside a .zip an applicant sends ("ci-joint notre dossier": the form, the budget, a logo).

Only what an application can hold is taken out, and at a bounded cost whatever the archive claims: at most
``MAX_MEMBERS`` files, each no larger than the document limit, all together no more than ``MAX_TOTAL_BYTES``
(a zip bomb's ratio costs its cap, not the memory limit). A folder's name, the Mac's ``__MACOSX`` shadow
files, an Office lock file ("~$formulier.docx") and a system file (Thumbs.db, .DS_Store) are no documents. A
name stored in the old DOS code page by a Windows zip is given back as the UTF-8 it was ("Méteren", not
"M├®teren"). Nothing is written to disk: names are labels only, so "../../etc/passwd" in an archive is a
name like any other.
"""

from __future__ import annotations

import contextlib
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

MAX_MEMBERS = 50  # files taken out; of these, pictures beyond a few are not read (parsers.documents)
MAX_TOTAL_BYTES = 40 * 1024 * 1024
MAX_MEMBER_BYTES = 20 * 1024 * 1024  # a file taken out, as an attachment (parsers.documents.DEFAULT_MAX_BYTES)
_NO_DOCUMENT = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


class ArchiveError(ValueError):
    """Not a zip we can open."""


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes | None  # None: not taken out (``reason`` says why)
    reason: str = ""


def _name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:
        # zipfile read the name as cp437 (the zip's rule without the UTF-8 flag); many Windows and Mac
        # archivers wrote UTF-8 anyway
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("utf-8")
    return name


def _is_document(name: str) -> bool:
    parts = [part for part in name.replace("\\", "/").split("/") if part]
    if not parts or parts[0] == "__MACOSX":
        return False
    base = parts[-1]
    return not (base.lower() in _NO_DOCUMENT or base.startswith(("~$", "._", ".")))


def members(stream: BinaryIO, *, max_bytes: int) -> list[Member]:
    """The archive's documents in its own order, each with its bytes or the reason it was left in."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError) as exc:
        raise ArchiveError(f"not a readable .zip archive: {exc}") from exc
    taken: list[Member] = []
    budget = MAX_TOTAL_BYTES
    with archive:
        files = [info for info in archive.infolist() if not info.is_dir() and _is_document(_name(info))]
        for index, info in enumerate(files):
            name = _name(info)
            if index >= MAX_MEMBERS:
                taken.append(Member(name, None, f"over {MAX_MEMBERS} files: not opened"))
                continue
            if info.flag_bits & 0x1:
                taken.append(Member(name, None, "protected by a password"))
                continue
            if info.file_size > min(max_bytes, budget):
                taken.append(Member(name, None, f"{info.file_size} bytes, over the limit"))
                continue
            try:
                with archive.open(info) as member:
                    # the size the directory claims may lie: never read more than was allowed
                    data = member.read(min(max_bytes, budget) + 1)
            except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError, EOFError) as exc:
                taken.append(Member(name, None, f"damaged: {exc}"))
                continue
            if len(data) > min(max_bytes, budget):
                taken.append(Member(name, None, "larger than its archive says, over the limit"))
                continue
            budget -= len(data)
            taken.append(Member(name, data))
    return taken
