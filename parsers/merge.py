"""One merge of several documents' fields into an application's values, for the worker and `intake extract`.

Documents are given in arrival order (a message's body, then its attachments; then the next message).
A value from a stronger source wins (a form's named box over a table, over a "Label:" line, over prose);
at equal strength the newer document wins, because an applicant who sends a second form means it. Within
one document the parser has already chosen (``parsers.model.best_by_field``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from parsers.model import BODY, SOURCE_RANK, FieldValue, ParsedDocument, ParseStatus
from parsers.name_order import signed_given_names, surname_first

T = TypeVar("T")


def choose_values(candidates: Iterable[tuple[str, str, T]]) -> dict[str, T]:
    """``(field name, source, item)`` in arrival order -> the winning item per field."""
    chosen: dict[str, tuple[int, T]] = {}
    for name, source, item in candidates:
        rank = SOURCE_RANK.get(source, 0)
        current = chosen.get(name)
        if current is None or rank >= current[0]:
            chosen[name] = (rank, item)
    return {name: item for name, (_, item) in chosen.items()}


def merge_fields(documents: Sequence[ParsedDocument]) -> dict[str, FieldValue]:
    """The parsed documents' fields merged (documents in arrival order; unparsed ones give nothing).

    A contact a form writes surname first ("Huyghe Frederik") whom another document names given name first
    (the mail's signature "Frederik Huyghe") is written as that one says it."""
    parsed = [document for document in documents if document.parse_status == ParseStatus.PARSED]
    merged = choose_values((name, value.source, value) for document in parsed
                           for name, value in document.fields.items())
    contact = merged.get("contact_name")
    turned = given_name_first(contact.value) if contact is not None and isinstance(contact.value, str) else None
    # only a name written in prose (a signature, a sentence) says the order people say it in
    if contact is not None and contact.source != BODY and turned is not None and any(
            isinstance(other := document.fields.get("contact_name"), FieldValue) and other.source == BODY
            and isinstance(other.value, str) and other.value.split() == turned.split() for document in parsed):
        merged["contact_name"] = FieldValue("contact_name", turned, contact.source, contact.confidence)
    elif contact is not None and contact.source != BODY and turned is not None:
        _by_the_mail(merged, contact, turned, [document.text for document in parsed])
    return merged


def _by_the_mail(merged: dict[str, FieldValue], contact: FieldValue, turned: str, texts: list[str]) -> None:
    """A form's contact turned when the mail signs the last word alone ("Lien") or the e-mail address
    starts with its initial and goes on with the other words (lryckewaert@ for "Ryckewaert Lien")."""
    email = merged.get("email")
    if surname_first(str(contact.value), email=str(email.value) if email is not None else "",
                     signed=signed_given_names(texts)):
        merged["contact_name"] = FieldValue("contact_name", turned, contact.source, contact.confidence)


def given_name_first(name: str) -> str | None:
    """A name of two to four words written surname first, turned ("Van den Broeck Jan" -> "Jan Van den
    Broeck": the given name is the last word, a surname may have several); None for another shape."""
    words = name.split()
    return " ".join([words[-1], *words[:-1]]) if 2 <= len(words) <= 4 else None


def language_of(documents: Iterable[tuple[str | None, bool]]) -> str | None:
    """The language an application speaks: ``(language, is_body)`` of its parsed documents in arrival order.

    The first attachment (a form, a letter) speaks for it; the e-mail's text only when nothing else does,
    since a cover note is short and often in the coordinator's language.
    """
    ordered = list(documents)
    for wanted_body in (False, True):
        for language, is_body in ordered:
            if language and is_body == wanted_body:
                return language
    return None
