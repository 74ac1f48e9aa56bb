"""Legacy Word (.doc, Word 97-2003) to text and tables, with Debian's ``antiword``.

antiword is a small C program (a few hundred KB, no LibreOffice) that reads the Word 97-2003 binary
format; it runs as a child of the sandboxed parser, so the sandbox's memory limit and the time limit below
bound it. An OLE file that holds no Word document (a spreadsheet, an Outlook .msg) is not a .doc.
antiword prints the body only: the page header and footer, where a letter's letterhead may stand, are read
by ``parsers.doc_margins`` and put before and after it, as for DOCX, ODT and RTF.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from typing import BinaryIO

from parsers.doc_margins import page_margins
from parsers.rtf import TextWithTables, split_pipe_tables

ANTIWORD_SECONDS = 30
# the OLE directory names the Word stream "WordDocument" in UTF-16LE
_WORD_STREAM = "WordDocument".encode("utf-16-le")


class DocError(ValueError):
    """antiword could not read the file."""


class DocToolMissing(DocError):
    """antiword is not installed."""


def is_word_document(stream: BinaryIO) -> bool:
    """True when an OLE file holds a Word document (its directory names the WordDocument stream)."""
    stream.seek(0)
    # the directory sits anywhere; Word files are small enough to look through the first few MB
    found = _WORD_STREAM in stream.read(8 * 1024 * 1024)
    stream.seek(0)
    return found


def read_doc(stream: BinaryIO) -> TextWithTables:
    """The text of a .doc; raises ``DocError`` (or ``DocToolMissing``) when antiword cannot read it."""
    antiword = shutil.which("antiword")
    if antiword is None:
        raise DocToolMissing("antiword is not installed (Debian package antiword)")
    stream.seek(0)
    with tempfile.NamedTemporaryFile(suffix=".doc") as copy:
        shutil.copyfileobj(stream, copy)
        copy.flush()
        environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": tempfile.gettempdir(),
                       "LANG": "C.UTF-8"}
        try:
            finished = subprocess.run([antiword, "-m", "UTF-8.txt", "-w", "0", copy.name], capture_output=True,
                                      timeout=ANTIWORD_SECONDS, env=environment, check=False)
        except subprocess.TimeoutExpired as exc:
            raise DocError(f"antiword took over {ANTIWORD_SECONDS} s") from exc
    if finished.returncode != 0:
        reason = finished.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DocError(f"antiword could not read it: {reason[-1] if reason else finished.returncode}")
    body = finished.stdout.decode("utf-8", "replace")
    stream.seek(0)
    header, footer = page_margins(stream.read())
    said = {" ".join(line.split()) for line in body.split("\n")}
    # a line antiword did print (a letterhead typed in the body as well) is not read twice
    header, footer = ([line for line in lines if line not in said] for lines in (header, footer))
    return split_pipe_tables("\n".join([*header, body, *footer]))
