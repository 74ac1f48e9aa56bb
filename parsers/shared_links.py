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
    ("wetransfer.com", "/downloads/", "WeTransfer"),
    ("we.tl", "/", "WeTransfer"),
    ("drive.google.com", "/file/d/", "Google Drive"),
    ("drive.google.com", "/drive/folders/", "Google Drive"),
    ("drive.google.com", "/open", "Google Drive"),
    ("docs.google.com", "/document/d/", "Google Docs"),
    ("docs.google.com", "/spreadsheets/d/", "Google Sheets"),
    ("onedrive.live.com", "/", "OneDrive"),
    ("1drv.ms", "/", "OneDrive"),
    ("sharepoint.com", "/:", "OneDrive"),  # a sharing link (/:b:/, /:w:/, /:f:/...), not the site's pages
    ("dropbox.com", "/s/", "Dropbox"),
    ("dropbox.com", "/scl/", "Dropbox"),
    ("dropbox.com", "/sh/", "Dropbox"),
    ("db.tt", "/", "Dropbox"),
    ("swisstransfer.com", "/d/", "SwissTransfer"),
    ("filesender.belnet.be", "/", "Belnet FileSender"),
    ("fromsmash.com", "/", "Smash"),
    ("transfernow.net", "/", "TransferNow"),
    ("grosfichiers.com", "/", "GrosFichiers"),
    ("framadrop.org", "/r/", "Framadrop"),
    ("cjoint.com", "/", "cjoint"),
    ("icloud.com", "/iclouddrive/", "iCloud Drive"),
    ("icloud.com", "/attachment/", "iCloud Mail Drop"),
    ("box.com", "/s/", "Box"),
    ("mega.nz", "/file/", "MEGA"),
    ("mega.nz", "/folder/", "MEGA"),
)
MAX_URL = 500  # a sharing link is a few dozen characters; a longer one is named by no one honest
MAX_LINKS = 10  # the first ones are named; a mail with this many is a newsletter, not an application

_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"'()\[\]{}]+")


def _address(found: re.Match[str]) -> str:
    """A web address as the text gives it, less the stop of the sentence it ends ("... https://we.tl/x.")."""
    return found.group(0).rstrip(".,;:!?>")


@dataclass(frozen=True)
class SharedLink:
    service: str  # "WeTransfer"
    url: str


def service_of(url: str) -> str | None:
    """The file-sharing service a URL is on, or None. Only a plain https or http address on the service's
    own host and default port: a backslash, a user part or another port makes a browser open another site
    than the one the address seems to name ("https://evil.example\\@we.tl/x" opens evil.example)."""
    if len(url) > MAX_URL or "\\" in url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or "@" in parts.netloc or port is not None:
        return None
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    for suffix, prefix, name in SERVICES:
        if (host == suffix or host.endswith(f".{suffix}")) and path.startswith(prefix):
            return name
    return None


def without_urls(text: str) -> str:
    """``text`` with its web addresses put aside: a link's digits or query are no phone, amount or e-mail of
    the applicant ("drive.google.com/file/d/0477123456", "?contact=someone@example.org")."""
    # the sentence's own stop after an address stays ("Zie https://we.tl/x. Mag een school ...?")
    return _URL.sub(lambda found: "<link>" + found.group(0)[len(_address(found)):], text)


def shared_links(text: str) -> tuple[SharedLink, ...]:
    """The links to shared files in ``text``, in order, each once."""
    found: dict[str, SharedLink] = {}
    for match in _URL.finditer(text):
        if len(found) >= MAX_LINKS:
            break
        url = _address(match)
        service = service_of(url)
        if service is not None and url not in found:
            found[url] = SharedLink(service, url)
    return tuple(found.values())
