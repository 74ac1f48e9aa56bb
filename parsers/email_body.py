"""The e-mail itself: its own words, with quoted replies and the signature cut off.

Applicants who attach nothing write their idea in the mail, so the body is a document too. What they
quote back is usually the coordinator's call, with the coordinator's address and phone in it: reading
it would make the coordinator the applicant, which is why quotes go before anything is extracted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import mailparser

from parsers.mime import MimeReading, TextPart
from parsers.shared_links import service_of, shared_links

_REPLY_HEADER = re.compile(
    r"(?im)^[ \t]*(?:"
    r"(?:op|le|on|am)\b[^\n]{0,200}(?:\n[^\n]{0,200})?"
    r"\b(?:schreef|a\s+écrit|wrote|geschreven|schrieb)\b[^\n]{0,80}:?[ \t]*$"
    r"|-{2,}[ \t]*(?:original message|oorspronkelijk bericht|origineel bericht|message d'origine|"
    r"doorgestuurd bericht|forwarded message|message transféré)[ \t]*-*[ \t]*$"
    r"|(?:van|from|de)[ \t]*:[^\n]+\n[ \t]*(?:verzonden|sent|envoyé|date|datum|à|aan|to)[ \t]*:"
    r"|_{10,}[ \t]*$)"
)


def quoted_from(text: str) -> int | None:
    """Where the first quoted mail starts in ``text`` (its reply header: "Op ... schreef ...:", "Van: ...
    Verzonden: ..."), or None."""
    header = _REPLY_HEADER.search(text)
    return header.start() if header is not None else None


_SIGNATURE = re.compile(
    r"(?im)^(?:--[ \t]?$|(?:verzonden vanaf mijn|verstuurd vanaf mijn|envoyé de mon|envoyé depuis mon|"
    r"sent from my)\b.*$)"
)


@dataclass(frozen=True)
class BodyParts:
    text: str  # the applicant's own words
    signature: str
    subject: str
    sender: str  # lower-case address from From:, or ""
    sender_doubt: str | None = None  # why From: may not be where the applicant reads replies (a Reply-To...)
    # the message quoted or forwarded below the own words, when the applicant (not the coordinator) wrote it:
    # "see below" over a forwarded first mail holds the application itself
    quoted: str = ""
    # a helper forwards someone else's mail ("ik stuur u het projectidee door van Tom"): its author is the
    # applicant, and the helper's own name, phone and office are not
    forwarded_for: str = ""  # the forwarded mail's author's address, when that is not the sender
    sender_name: str = ""  # From:'s name, as the sender's mail program writes it ("Jeugdhuis De Kelder")
    # the sender forwards a mail they wrote themself ("je vous fais suivre le mail que j'avais envoyé par erreur
    # à la mairie"): they send on no one else's application
    forwards_own: bool = False


def trim_reply(text: str) -> tuple[str, str]:
    """``(own words, signature)``: quoted lines, reply headers and everything after them removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header = _REPLY_HEADER.search(text)
    if header:
        text = text[:header.start()]
    text = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
    signature = ""
    marker = _SIGNATURE.search(text)
    if marker:
        text, signature = text[:marker.start()], text[marker.end():]
    return text.strip(), signature.strip()


_QUOTED_AUTHOR = re.compile(r"(?im)^[ \t>]*(?:(?:van|from|de)[ \t]*:[^\n]*|[^\n]*\b(?:schreef|a\s+écrit|wrote|"
                            r"geschreven|schrieb)\b[^\n]*)$")


def quoted_original(text: str) -> tuple[str, str]:
    """``(quoted text, its author's address)``: what follows the first reply or forward header, quote marks
    taken off; the author is the address on the header's "Van:"/"De :"/"... schreef X <a@b>:" line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header = _REPLY_HEADER.search(text)
    if header is not None:
        quoted = text[header.start():]
    else:
        lines = text.split("\n")
        first = next((index for index, line in enumerate(lines) if line.lstrip().startswith(">")), None)
        if first is None:
            return "", ""
        quoted = "\n".join(lines[max(first - 1, 0):])
    quoted = "\n".join(re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line) for line in quoted.split("\n"))
    author_line = _QUOTED_AUTHOR.search(quoted[:600])
    addresses = _ADDRESS.findall(author_line.group(0)) if author_line else []
    return quoted.strip(), (addresses[0].lower() if addresses else "")


class _HtmlText(HTMLParser):
    """Visible text of an HTML mail; quoted parts (blockquote, gmail_quote) are skipped."""

    _BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "table"})
    _SKIP_TAGS = frozenset({"blockquote", "style", "script", "head", "title"})
    _SKIP_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "divRplyFwdMsg", "gmail_signature")

    def __init__(self, *, keep_quotes: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_stack: list[str] = []
        self._keep_quotes = keep_quotes
        self._shared: list[str] = []  # the link to shared files of each open <a>, "" for any other

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = " ".join(value or "" for key, value in attrs if key in ("class", "id"))
        if self._skip_stack:
            if tag not in ("br", "img", "hr", "meta", "input"):
                self._skip_stack.append(tag)
            return
        quote = tag == "blockquote" or any(name in classes for name in self._SKIP_CLASSES)
        if (tag in self._SKIP_TAGS and tag != "blockquote") or (quote and not self._keep_quotes):
            self._skip_stack.append(tag)
            return
        if tag in self._BREAKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag == "a":
            href = next((value or "" for key, value in attrs if key == "href"), "").strip()
            self._shared.append(href if service_of(href) is not None else "")

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            if tag in self._skip_stack:
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
            return
        if tag in self._BREAKS:
            self.parts.append("\n")
        elif tag == "a" and self._shared and (href := self._shared.pop()):
            # a "Download" button's WeTransfer or Drive address: the files the mail sends are behind it, and
            # only the visible words would not say where (parsers/shared_links.py)
            self.parts.append(f" <{href}> ")

    def handle_data(self, data: str) -> None:
        if not self._skip_stack:
            self.parts.append(data)


def html_to_text(html: str, *, keep_quotes: bool = False) -> str:
    """The visible text, one line per block; quoted parts left out unless ``keep_quotes``."""
    parser = _HtmlText(keep_quotes=keep_quotes)
    parser.feed(html)
    parser.close()
    # a table's cells stay apart (a tab, as in a Word table's text): "Association / structure" is the label of
    # "École Sainte-Marie", not the first words of one name
    lines = ["\t".join(cell for cell in (" ".join(part.split()) for part in line.split("\t")) if cell)
             for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _first_mail_below(whole: str, sender: str) -> tuple[str, str]:
    """Below our quoted answer in ``whole``, the sender's own earlier mail: only its own lines (one quote
    level deeper than its header: what it quoted in turn, and our answer bottom-posted below it, are not
    theirs), and only when the sender wrote it; ``("", "")`` otherwise, and where quote marks do not tell
    the levels apart (Outlook's unmarked quoting). One level: a longer chain is the coordinator's to read."""
    lines = whole.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    depths = [line[:len(line) - len(line.lstrip(" \t>"))].count(">") for line in lines]
    flat = "\n".join(re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line) for line in lines)
    ours = _REPLY_HEADER.search(flat)
    theirs = _REPLY_HEADER.search(flat, ours.end()) if ours is not None else None
    if theirs is None or not sender:
        return "", ""
    _, author = quoted_original(flat[theirs.start():])
    if author != sender:
        return "", ""
    first, last = flat.count("\n", 0, theirs.start()), flat.count("\n", 0, theirs.end() - 1)
    level = depths[first] + 1
    own: list[str] = []
    for depth, line in zip(depths[last + 1:], flat.split("\n")[last + 1:], strict=True):
        if depth < level and line.strip():
            break  # back in our answer
        if depth == level or not line.strip():
            own.append(line)
    words, _ = trim_reply("\n".join(own))
    # no line one level deeper (Outlook's unmarked quoting): their words cannot be told from ours
    return (words, author) if words else ("", "")


def decode_text(part: TextPart) -> str:
    """A text part's words. mail-parser undoes the transfer encoding and copes with wrong and unknown
    charsets (its strength); it sees only this part's own bytes, never the message or its attachments."""
    mail = mailparser.parse_from_bytes(part.headers + b"\r\n" + part.body)
    return "\n".join([*mail.text_plain, *mail.text_html, *mail.text_not_managed])


def read_body(reading: MimeReading) -> BodyParts:
    """The body (the plain text parts, else text from the HTML ones), trimmed to the writer's own words."""
    texts = [part for part in reading.texts if part.content_type == "text/plain"]
    text = "\n".join(decode_text(part) for part in texts).strip()
    whole = text
    if not text:
        html = "\n".join(decode_text(part) for part in reading.texts if part.content_type == "text/html")
        text = html_to_text(html) if html else ""
        whole = html_to_text(html, keep_quotes=True) if html else ""
    own_words, signature = trim_reply(text)
    if texts:
        # a mail program's plain alternative says "Télécharger le dossier" where its HTML has the Drive button:
        # the link to the files is kept from the HTML (its own words only, quotes left out)
        html = "\n".join(decode_text(part) for part in reading.texts if part.content_type == "text/html")
        missing = [link.url for link in shared_links(html_to_text(html)) if link.url not in text] if html else []
        if missing:
            own_words = "\n".join([own_words, *(f"<{url}>" for url in missing)])
    sender = reading.envelope.sender if "@" in reading.envelope.sender else ""
    quoted, author = quoted_original(whole)
    # a quoted message from the one we write to is the coordinator's (the call, the answer to a question);
    # from anyone else (the applicant, a colleague who forwards) it may hold the application
    recipients = {address.lower() for name in ("to", "cc")
                  for address in _ADDRESS.findall(reading.envelope.header(name) or "")}
    if quoted and author in recipients:
        # our own answer quoted, and below it, perhaps, the applicant's first mail that it answered
        quoted, author = _first_mail_below(whole, sender)
    if not author or author in recipients:
        quoted = ""
    forward = bool(_FORWARD.search(whole) or forwarded(reading.envelope.subject))
    forwarded_for = author if quoted and forward and author != sender else ""
    return BodyParts(own_words, signature, reading.envelope.subject, sender, sender_doubt(reading, sender),
                     quoted, forwarded_for, reading.envelope.sender_name,
                     forwards_own=bool(quoted and forward and sender and author == sender))


def forwarded(subject: str) -> bool:
    """The subject says the mail forwards another ("Fw:", "Fwd:", "TR:", "WG:", "Doorst:")."""
    return bool(re.match(r"(?i)\s*(?:fwd?|tr|wg|doorst)\s*:", subject))


_FORWARD = re.compile(r"(?im)^[ \t]*-{2,}[ \t]*(?:doorgestuurd bericht|forwarded message|message transféré|"
                      r"message transfere)")


_NO_REPLY = re.compile(r"^(no-?reply|do-?not-?reply|ne-?pas-?repondre|nepasrepondre|mailer-daemon|postmaster|"
                       r"bounces?|notifications?)([+.\-].*)?$", re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def sender_doubt(reading: MimeReading, sender: str) -> str | None:
    """Why the From: address may not be the applicant's: a Reply-To elsewhere, or an address nobody reads."""
    if not sender:
        return None
    if _NO_REPLY.match(sender.split("@", 1)[0]):
        return f"From: is an address nobody reads ({sender})"
    reply_to = reading.envelope.header("reply-to") or ""
    answered_at = {address.lower() for address in _ADDRESS.findall(reply_to)}
    if answered_at and sender.lower() not in answered_at:
        return f"Reply-To ({', '.join(sorted(answered_at))}) differs from From: ({sender})"
    return None
