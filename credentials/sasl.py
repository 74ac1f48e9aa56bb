"""SASL XOAUTH2, as Microsoft and Google define it: ``user=U ^A auth=Bearer T ^A ^A``."""

from __future__ import annotations

from collections.abc import Callable


def xoauth2_string(user: str, access_token: str) -> str:
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def xoauth2_responder(user: str, access_token: str) -> Callable[..., str]:
    """A SASL callback for imaplib and smtplib: the token on the first turn, an empty answer after.

    A server that refuses the token sends an error challenge and waits for an empty line before it says
    NO (RFC 7628 3.2.3); answering with the token again would only send it once more.
    """
    turns = 0

    def respond(_challenge: bytes | None = None) -> str:  # str: smtplib encodes it itself, imaplib takes both
        nonlocal turns
        turns += 1
        return xoauth2_string(user, access_token) if turns == 1 else ""

    return respond
