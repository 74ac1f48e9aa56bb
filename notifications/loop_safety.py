"""When intake must not answer a mail automatically (RFC 3834), decided from its headers alone.

Pure: takes an ``Envelope`` (parsers.envelope) and the addresses that are ours, returns the reason not to
reply or None. The pipeline calls it to set such mail aside; receipts call it again before queueing, so a
mail that slipped through still gets no answer. Answering an auto-reply, a list or a bounce is how mail
loops start; staying silent costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from email.utils import parseaddr
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from config import Settings
    from parsers.envelope import Envelope

# local parts that are machines, not people (compared without dots, dashes and underscores)
AUTOMATED_LOCAL_PARTS = frozenset({
    "mailerdaemon", "postmaster", "noreply", "donotreply", "nereplypas", "nepasrepondre", "bounce", "bounces",
})
AUTO_REPLY_HEADERS = ("x-autoreply", "x-autorespond", "x-auto-reply")
LIST_HEADERS = ("list-id", "list-unsubscribe", "list-post")


def own_addresses(settings: Settings) -> frozenset[str]:
    """Our own addresses, lower-case: the From of our mail and the coordinator's."""
    found = {parseaddr(settings.smtp.from_address)[1], parseaddr(settings.smtp.coordinator)[1]}
    return frozenset(address.lower() for address in found if address)


def _is_automated(address: str) -> bool:
    local = address.rsplit("@", 1)[0]
    squeezed = local.replace(".", "").replace("-", "").replace("_", "")
    return squeezed in AUTOMATED_LOCAL_PARTS or local.startswith(("noreply+", "no-reply+", "bounce+", "bounces+"))


def reason_not_to_reply(envelope: Envelope, own: Iterable[str] = ()) -> str | None:
    """Why intake must not auto-reply to this mail, in a few words; None when a reply is fine."""
    auto_submitted = (envelope.header("auto-submitted") or "").split(";", 1)[0].strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted}"
    precedence = (envelope.header("precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        return f"Precedence: {precedence}"
    for name in LIST_HEADERS:
        if envelope.header(name) is not None:
            return f"mailing list ({name})"
    suppress = envelope.header("x-auto-response-suppress")
    if suppress is not None and suppress.strip().lower() not in ("", "none"):
        return f"X-Auto-Response-Suppress: {suppress.strip()}"
    for name in AUTO_REPLY_HEADERS:
        if envelope.header(name) is not None:
            return f"auto-reply ({name})"
    return_path = envelope.header("return-path")
    if return_path is not None and return_path.strip().strip("<>").strip() == "":
        return "empty Return-Path (a bounce)"
    content_type = (envelope.header("content-type") or "").strip().lower()
    if content_type.startswith("multipart/report"):
        return "a delivery or read report"
    sender = envelope.sender.strip().lower()
    if not sender or "@" not in sender:
        return "no sender address"
    if _is_automated(sender):
        return f"automated sender ({sender})"
    if sender in {address.lower() for address in own}:
        return f"our own address ({sender})"
    return None
