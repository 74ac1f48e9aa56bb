"""Files sent as a link instead of an attachment: WeTransfer, Google Drive, OneDrive, Dropbox, and the like.

A mail program offers a link when the files are large (Outlook's "share as OneDrive link", Gmail's Drive
chip), a school or a town hall sends through its transfer service, and some people simply prefer it. The
application is then behind the link: the mail's own words hold little of it. intake never downloads it (a
link may expire, ask for a sign-in, or be anything at all); it names the links so that the coordinator can
fetch the files and add them (``intake add-files``), and the applicant is not asked for what they sent.

Pure functions over text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# host (or a host's end) -> the service's name, as the coordinator knows it; a path prefix where the host also
# serves pages that are not files (docs.google.com/forms is a questionnaire, not a file)
SERVICES: tuple[tuple[str, str, str], ...] = (
    ("wetransfer.com", "/", "WeTransfer"),
    ("we.tl", "/", "WeTransfer"),
    ("drive.google.com", "/", "Google Drive"),
    ("docs.google.com", "/document/", "Google Docs"),
    ("docs.google.com", "/spreadsheets/", "Google Sheets"),
    ("onedrive.live.com", "/", "OneDrive"),
    ("1drv.ms", "/", "OneDrive"),
    ("sharepoint.com", "/", "OneDrive"),
    ("dropbox.com", "/s", "Dropbox"),
    ("dropbox.com", "/scl/", "Dropbox"),
    ("db.tt", "/", "Dropbox"),
    ("swisstransfer.com", "/", "SwissTransfer"),
    ("filesender.belnet.be", "/", "Belnet FileSender"),
    ("fromsmash.com", "/", "Smash"),
    ("transfernow.net", "/", "TransferNow"),
    ("grosfichiers.com", "/", "GrosFichiers"),
    ("framadrop.org", "/", "Framadrop"),
    ("cjoint.com", "/", "cjoint"),
    ("icloud.com", "/iclouddrive/", "iCloud Drive"),
    ("icloud.com", "/attachment/", "iCloud Mail Drop"),
    ("box.com", "/s/", "Box"),
    ("mega.nz", "/", "MEGA"),
)
MAX_LINKS = 10  # a mail with more is a newsletter, not an application; the first ones are named

_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"'()\[\]{}]+")


@dataclass(frozen=True)
class SharedLink:
    service: str  # "WeTransfer"
    url: str


def service_of(url: str) -> str | None:
    """The file-sharing service a URL is on, or None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    for suffix, prefix, name in SERVICES:
        if (host == suffix or host.endswith(f".{suffix}")) and path.startswith(prefix):
            return name
    return None


def shared_links(text: str) -> tuple[SharedLink, ...]:
    """The links to shared files in ``text``, in order, each once."""
    found: dict[str, SharedLink] = {}
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?>")
        service = service_of(url)
        if service is not None and url not in found:
            found[url] = SharedLink(service, url)
        if len(found) >= MAX_LINKS:
            break
    return tuple(found.values())
