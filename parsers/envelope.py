"""Read what the intake needs from a raw message without trusting it: headers and attachment parts.

Pure and forgiving: a malformed message (broken encoded-words, missing boundaries, bad base64, absurd
nesting) still yields an Envelope; what could not be read is reported in ``defects``, never raised.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr

from parsers.filenames import safe_filename
from parsers.sniff import sniff_content_type

MAX_PARTS = 500  # more parts than any application needs; beyond this the rest stays in the raw message only


@dataclass(frozen=True)
class AttachmentPart:
    index: int
    filename: str  # safe
    original_filename: str | None
    declared_type: str
    sniffed_type: str
    data: bytes


@dataclass(frozen=True)
class Envelope:
    message_id: str | None
    sender: str  # lower-case address from From (or Sender), "" when none
    sender_name: str
    subject: str
    date_header: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]  # decoded (name lower-case, value) pairs, for loop-safety rules
    defects: tuple[str, ...]

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key == name), None)


def _raw_8bit(text: str) -> str:
    """Undo the parser's surrogate escapes: raw 8-bit headers are UTF-8 (RFC 6532) or, failing that, cp1252."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _decode(value: object) -> str:
    if value is None:
        return ""
    text = _raw_8bit(str(value))
    try:
        return str(make_header(decode_header(text)))
    except (ValueError, LookupError, UnicodeError, AssertionError):
        return text


def _clean(text: str, limit: int = 998) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()[:limit]


def _message_ids(value: str) -> tuple[str, ...]:
    return tuple(token for token in value.replace(",", " ").split() if token.startswith("<") and token.endswith(">"))


class NestedTooDeep(email.errors.MessageDefect):
    """The body nests parts deeper than the parser can follow; only the headers were read."""


def parse_message(raw: bytes) -> Message:
    # compat32 never raises on access to odd headers, which the modern policy does
    try:
        return email.message_from_bytes(raw, policy=email.policy.compat32)
    except RecursionError:
        # thousands of nested multiparts: read the headers alone; the body stays in the raw message
        message = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        message.defects.append(NestedTooDeep())
        return message


def read_envelope(raw: bytes, message: Message | None = None) -> Envelope:
    message = message if message is not None else parse_message(raw)
    defects = [type(defect).__name__ for defect in getattr(message, "defects", [])]
    # raw_items: compat32 would hand 8-bit headers back as opaque Header objects
    raw_headers = [(str(key).lower(), str(value)) for key, value in message.raw_items()]

    def first(name: str) -> str:
        return next((value for key, value in raw_headers if key == name), "")

    headers = tuple((key, _clean(_decode(value), 10_000)) for key, value in raw_headers)
    from_header = _decode(first("from")) or _decode(first("sender"))
    addresses = getaddresses([from_header]) if from_header else []
    name, address = addresses[0] if addresses else parseaddr(from_header)
    message_id = _message_ids(first("message-id"))
    in_reply_to = _message_ids(first("in-reply-to"))
    date_header = first("date")
    return Envelope(
        message_id=message_id[0] if message_id else None,
        sender=_clean(address).lower(),
        sender_name=_clean(name),
        subject=_clean(_decode(first("subject")), 2000),
        date_header=_clean(date_header) if date_header else None,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_message_ids(first("references")),
        headers=headers,
        defects=tuple(defects),
    )


def _is_attachment(part: Message) -> bool:
    if part.is_multipart():
        return False
    disposition = str(part.get("Content-Disposition", "")).split(";", 1)[0].strip().lower()
    if disposition == "attachment" or part.get_filename():
        return True
    maintype = part.get_content_maintype()
    return maintype not in ("text", "multipart") and part.get_content_type() != "message/delivery-status"


def split_attachments(raw: bytes, message: Message | None = None) -> tuple[list[AttachmentPart], list[str]]:
    """The attachment parts of a message, decoded, with safe names; and what went wrong reading them."""
    message = message if message is not None else parse_message(raw)
    parts: list[AttachmentPart] = []
    problems: list[str] = []
    if any(isinstance(defect, NestedTooDeep) for defect in message.defects):
        return [], ["the message nests its parts too deeply to read; kept whole in the raw message"]
    try:
        walked = list(message.walk())
    except RecursionError:
        return [], ["the message nests its parts too deeply to read; kept whole in the raw message"]
    for part in walked:
        if len(parts) >= MAX_PARTS:
            problems.append(f"more than {MAX_PARTS} attachments; the rest stay in the raw message only")
            break
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            data = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
        elif _is_attachment(part):
            try:
                data = part.get_payload(decode=True) or b""
            except (ValueError, TypeError, AssertionError) as exc:
                problems.append(f"part {len(parts) + 1}: cannot decode ({exc})")
                data = b""
        else:
            continue
        index = len(parts) + 1
        try:
            declared_name = part.get_filename()
        except (ValueError, LookupError, UnicodeError, TypeError):
            declared_name = None
        declared_name = _clean(_decode(declared_name), 1000) if declared_name else None
        sniffed = sniff_content_type(data)
        parts.append(
            AttachmentPart(
                index=index,
                filename=safe_filename(declared_name, index, sniffed),
                original_filename=declared_name,
                declared_type=_clean(part.get_content_type(), 255),
                sniffed_type=sniffed,
                data=data,
            )
        )
    return parts, problems
