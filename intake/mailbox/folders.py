"""Folder names as the config writes them (with ``/``) and as a server spells them.

The config says ``Intake/Processed``: a folder of the account's personal namespace. Dovecot, Exchange
and Gmail put personal folders at the top with ``/`` (``Intake/Processed``); Cyrus and Courier put them
below ``INBOX.`` with ``.`` (``INBOX.Intake.Processed``). A name already written the server's way
(``INBOX.Intake.Processed``) or with the prefix (``INBOX/Intake/Processed``) is taken as meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Namespace:
    """The personal namespace: where the account's own folders live (RFC 2342)."""

    prefix: str = ""
    separator: str | None = "/"  # None: a flat server without hierarchy

    def describe(self) -> str:
        return f"prefix {self.prefix!r}, separator {self.separator!r}"


def server_folder(written: str, namespace: Namespace) -> str:
    """The server's name of a folder written with ``/`` in the config."""
    if written.upper() == "INBOX":
        return "INBOX"
    separator = namespace.separator or "/"
    prefix = namespace.prefix
    if prefix and written.upper().startswith(prefix.upper()):
        rest = written[len(prefix):]
        return prefix + rest.replace("/", separator)
    parts = [part for part in written.split("/") if part]
    prefix_parts = [part for part in re.split(re.escape(separator), prefix) if part] if prefix else []
    if prefix_parts and [p.upper() for p in parts[:len(prefix_parts)]] == [p.upper() for p in prefix_parts]:
        parts = parts[len(prefix_parts):]
    return prefix + separator.join(parts)


def uid_set(text: str) -> set[int]:
    """The UIDs of an IMAP sequence set as a server writes it in COPYUID (``3:5,9``); no ``*`` there."""
    uids: set[int] = set()
    for piece in text.split(","):
        low, _, high = piece.partition(":")
        first, last = int(low), int(high or low)
        uids.update(range(min(first, last), max(first, last) + 1))
    return uids
