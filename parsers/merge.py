"""One merge of several documents' fields into an application's values, for the worker and `intake extract`.

Documents are given in arrival order (a message's body, then its attachments; then the next message).
A value from a stronger source wins (a form's named box over a table, over a "Label:" line, over prose);
at equal strength the newer document wins, because an applicant who sends a second form means it. Within
one document the parser has already chosen (``parsers.model.best_by_field``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from types import MappingProxyType
from typing import TypeVar

from parsers.confidence import REVIEW_THRESHOLD
from parsers.field_table import AMOUNT_FIELDS
from parsers.given_names import given_name_or_surname, is_given_name
from parsers.intent import corrections
from parsers.labels import label_alone, label_at_start
from parsers.model import BODY, GUESSED, SENDER, SOURCE_RANK, FieldValue, ParsedDocument, ParseStatus
from parsers.money import format_amount
from parsers.ocr_emails import misread_of
from parsers.phone import find_phones
from parsers.places import fold, letters
from parsers.sniff import SAVED_MAILS

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


def without_coordinator(document: ParsedDocument, coordinator: frozenset[str]) -> ParsedDocument:
    """The document without an e-mail address that is the coordinator's (the mailbox the message was sent
    to, the service's own addresses): a form's "Terug te sturen naar coordinator@..." or a letter's recipient
    block names the coordinator, never the applicant. An OCR'd copy a letter or two off is the same address."""
    email = document.fields.get("email")
    if email is None or not coordinator or not _is_one_of(str(email.value).lower(), coordinator):
        return document
    # the coordinator who mails a paper application in: From's name is theirs too
    sender_is_coordinator = email.source == BODY
    return replace(document, fields=MappingProxyType({
        name: value for name, value in document.fields.items()
        if name != "email" and not (sender_is_coordinator and value.source == SENDER)}))


SAME_ADDRESS = 0.85  # difflib's ratio over which an OCR'd address is a known one misread ("coordinaton@exampke.org")
# an address as a page shows it, OCR's spaces around its "@" and dots included ("bvre @example. org")
_ADDRESS_SEEN = re.compile(r"[\w.+-]+ ?@ ?[\w-]+(?:[ ]?\.[ ]?[\w-]+)+")
# on a page read by OCR, also one with its domain's dot lost ("jesglhuisdekelder@esample ne"): letters on both
# sides of an "@", none of prose's spaces; only on what OCR may have read (scans, photos, PDFs): typed text has
# "Kunst@school" titles, which are no address
_ADDRESS_READ = re.compile(rf"{_ADDRESS_SEEN.pattern}|[\w.+-]{{3,}}@[^\W\d_]{{4,}}")


def as_one_message(documents: Sequence[ParsedDocument], coordinator: frozenset[str]) -> list[ParsedDocument]:
    """A message's documents (its body first) as the merge takes them, in the worker and ``intake extract``
    alike: without the coordinator's address (``without_coordinator``), and with the body's address and phone
    (the sender's, their signature's) to check when an attachment asks for one and gave none (a page whose
    answer OCR could not read, "@" garbled past any pattern, digits unreadable; a form's box the sender left
    empty), or gave another one, if only as a guess. That page's own answer may be the applicant's; the
    sender's is then no sure answer."""
    kept = [without_coordinator(document, coordinator) for document in documents]
    if not kept:
        return kept
    body, *attachments = kept
    # a page read unsurely (OCR) whose only address read was the coordinator's: the applicant's own, if the
    # page shows one, was not read (a typed form's footer "Terug te sturen naar coordinator@..." is only that)
    dropped = {index for index, (before, after) in enumerate(zip(documents[1:], attachments, strict=True))
               if "email" in before.fields and "email" not in after.fields
               and before.fields["email"].confidence < REVIEW_THRESHOLD}
    fields = dict(body.fields)
    typed = fields.get("email")
    if typed is not None and typed.confidence >= REVIEW_THRESHOLD:
        # "grietvermeulen@" read off a scanned form whose sender is griet.vermeulen@: one address, the one
        # typed; still at the page's doubt (the page may name someone else whose address is alike)
        attachments = [_address_as_typed(document, str(typed.value)) for document in attachments]
    for name in ("email", "phone"):
        value = fields.get(name)
        if value is None or value.confidence < REVIEW_THRESHOLD:
            continue
        known = coordinator | {str(value.value).lower()}
        if any(document.parse_status == ParseStatus.PARSED and (
                (name not in document.fields
                 and ((name == "email" and index in dropped)
                      or _asks(document.text, name, known, read=document.content_type.startswith(_SCANNED))))
                # an attachment that gives another one, if only as a guess (an address OCR garbled and put
                # back together ranks below the sender's, and would leave it sure)
                or (name in document.fields and str(document.fields[name].value).lower() not in known))
               for index, document in enumerate(attachments)):
            fields[name] = FieldValue(name, value.value, value.source, OTHER_PERSONS_ADDRESS)
    _forwarders_own(fields, attachments)
    return [replace(body, fields=MappingProxyType(fields)) if fields != dict(body.fields) else body, *attachments]


_WHERE = ("phone", "address", "postcode", "municipality", "country")


def _forwarders_own(fields: dict[str, FieldValue], attachments: Sequence[ParsedDocument]) -> None:
    """A mail that forwards someone else's mail as a file (a town hall, a secretary): where the forwarded mail
    gives no phone or address, the body's are the forwarder's own signature's, not the applicant's; they stay,
    to check, never sure."""
    own = fields.get("email")
    if own is None or not any(
            document.content_type in SAVED_MAILS and document.parse_status == ParseStatus.PARSED
            and "email" in document.fields and str(document.fields["email"].value).lower() != str(own.value).lower()
            for document in attachments):
        return
    for name in _WHERE:
        value = fields.get(name)
        if value is not None and value.source in (BODY, SENDER) and value.confidence >= REVIEW_THRESHOLD:
            fields[name] = FieldValue(name, value.value, value.source, OTHER_PERSONS_ADDRESS)


def _address_as_typed(document: ParsedDocument, typed: str) -> ParsedDocument:
    email = document.fields.get("email")
    if email is None or email.confidence >= REVIEW_THRESHOLD or not document.content_type.startswith(_SCANNED) \
            or not misread_address(str(email.value), typed):
        return document
    return replace(document, fields=MappingProxyType(
        {**document.fields, "email": FieldValue("email", typed, email.source, email.confidence)}))


_SCANNED = ("image/", "application/pdf")  # what OCR reads; a typed document's address is as typed
LOST_START = 4  # letters of a local part read at least, for the address to be one whose start OCR lost


def misread_address(read: str, typed: str) -> bool:
    """``read`` (OCR'd) is ``typed`` with only its dots, dashes or underscores lost or read as others
    ("grietvermeulen@", "lotte-vandenbussche@"): the same letters in the same order; or with its first word
    lost at the line's start and a mark read into its domain ("deleu@-example.com" for
    griet.deleu@example.com). A letter other is another person's as likely as a slip (jdeleu@, pdeleu@),
    and a shorter address with the domain intact may be a family's own (deleu@ beside griet.deleu@)."""
    read, typed = read.lower(), typed.lower()
    if read == typed:
        return False
    read_local, _, read_domain = read.partition("@")
    typed_local, _, typed_domain = typed.partition("@")

    def plain(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text)

    if plain(read_domain) != plain(typed_domain) or not plain(read_local):
        return False
    if plain(read_local) == plain(typed_local):
        return True
    # the lost start is a whole word before a dot, an underscore or a dash of the typed address
    return read_domain != typed_domain and len(plain(read_local)) >= LOST_START and any(
        plain(typed_local[at + 1:]) == plain(read_local) for at, c in enumerate(typed_local) if c in "._-")


ASKED_WITHIN = 1500  # lines


def _asks(text: str, name: str, known: frozenset[str], *, read: bool = False) -> bool:
    """The document asks for an e-mail address or a phone (a line that starts with its label), or shows an
    address that is none of ``known`` (the sender's, the coordinator's). Only the first lines are looked at:
    a form asks near its start, and a long annex's every line would cost the worker seconds."""
    lines = text.split("\n", ASKED_WITHIN)[:ASKED_WITHIN]
    for line in lines:
        head = line.split("\t", 1)[0].strip(" :")
        if head and (label_alone(head) == name or (label_at_start(line) or (None,))[0] == name):
            return True
    seen = _ADDRESS_READ if read else _ADDRESS_SEEN
    return name == "email" and any(not _is_one_of(re.sub(r"\s", "", found.group(0)).lower(), known)
                                   for found in seen.finditer("\n".join(lines)))


def _is_one_of(address: str, known: frozenset[str]) -> bool:
    return address in known or any(
        abs(len(address) - len(other)) <= 2 and difflib.SequenceMatcher(None, address, other).ratio() >= SAME_ADDRESS
        for other in known)


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
        # the form's name and the signature's agree, and the signature says the order: no doubt is left of either
        merged["contact_name"] = FieldValue("contact_name", turned, contact.source,
                                            max(contact.confidence, REVIEW_THRESHOLD))
    elif contact is not None and contact.source != BODY and turned is not None \
            and contact.confidence < REVIEW_THRESHOLD and isinstance(email := merged.get("email"), FieldValue) \
            and address_spells(str(email.value), turned) and not address_spells(str(email.value), str(contact.value)):
        # a form that asks "naam + voornaam" gets both orders, so the parser left it to check; the
        # applicant's address ("jcoene@") spells the given name first: say it so, still to check (an
        # address may be someone else's)
        merged["contact_name"] = FieldValue("contact_name", turned, contact.source, contact.confidence)
    contact = merged.get("contact_name")
    if isinstance(contact, FieldValue) and isinstance(contact.value, str) and contact.confidence < REVIEW_THRESHOLD:
        # "Verhaeghe Cine" read off a scanned form, "Céline Verhaeghe" typed in the mail that sends it: one
        # person, whose name the typed text spells; still to check
        typed = next((other for document in parsed if document.content_type.startswith("text/")
                      and isinstance(other := document.fields.get("contact_name"), FieldValue)
                      and other is not contact and misread_name(contact.value, str(other.value))), None)
        if typed is not None:  # the mail's spelling, from the mail (its source), at the page's doubt
            merged["contact_name"] = FieldValue("contact_name", typed.value, typed.source, contact.confidence)
    email = merged.get("email")
    if isinstance(email, FieldValue) and isinstance(email.value, str) and email.confidence < REVIEW_THRESHOLD:
        # "FRANCIS H@EXAMPLE.COM" read off a photographed form, "francis94@example.com" the mail's own: one
        # address, which the typed mail spells; still to check
        page = next((document for document in parsed if document.fields.get("email") is email
                     and not document.content_type.startswith("text/")), None)
        typed = next((other for document in parsed if document.content_type.startswith("text/")
                      and isinstance(other := document.fields.get("email"), FieldValue) and other is not email
                      and page is not None and misread_of(email.value, str(other.value), page.text)), None)
        if typed is not None:
            merged["email"] = FieldValue("email", typed.value, typed.source, email.confidence)
    _initials_written_out(merged, parsed)
    _on_the_contact_s_line(merged, parsed)
    _corrected_in_the_mail(merged, parsed)
    email, contact = merged.get("email"), merged.get("contact_name")
    if isinstance(email, FieldValue) and isinstance(contact, FieldValue) and email.source == BODY \
            and (contact.source != BODY or _given_by(parsed, contact) is not _given_by(parsed, email)) \
            and email.confidence >= REVIEW_THRESHOLD and not _address_names(str(email.value), str(contact.value)):
        # an address from the mail (its From:, a line of prose) that names neither the contact the form gives
        # (or the letter sent along signs) nor any word of their name: a town hall, a secretary or a daughter
        # may have sent the form, and their address is not the applicant's. Kept, to check; unless a scan gave
        # an address of the contact's that OCR garbled and that was put back together: that one, to check too
        guessed = next((other for document in parsed if isinstance(other := document.fields.get("email"), FieldValue)
                        and other.source == GUESSED and _address_names(str(other.value), str(contact.value))), None)
        merged["email"] = guessed or FieldValue("email", email.value, email.source, OTHER_PERSONS_ADDRESS)
    return disagreeing(merged, [document.fields for document in parsed], (*AMOUNT_FIELDS, *_NAMES))


_NAMES = ("organisation", "project_title", "contact_name")


# "S. Delattre", "J-L Verhaeghe", "J.L. Dewulf": a given name by its initials, then the surname
_INITIALS = re.compile(r"(?P<initials>[A-ZÀ-Ý]\.?(?:\s?-?\s?[A-ZÀ-Ý]\.?)*)\s+(?P<surname>[A-ZÀ-Ý][\w'’ -]+)")


def _initials_written_out(merged: dict[str, FieldValue], parsed: Sequence[ParsedDocument]) -> None:
    """A contact the form names by initials ("S. Delattre") whom another document names in full with the same
    surname and those initials (the mail's signature "Sylvie Delattre"): the full name, as sure as the form's."""
    contact = merged.get("contact_name")
    short = _INITIALS.fullmatch(contact.value) if isinstance(contact, FieldValue) and isinstance(
        contact.value, str) else None
    if contact is None or short is None:
        return
    initials = [letter for letter in short.group("initials") if letter.isalpha()]
    for document in parsed:
        other = document.fields.get("contact_name")
        if not isinstance(other, FieldValue) or not isinstance(other.value, str):
            continue
        words = other.value.split()
        surname = short.group("surname").split()
        given = words[:len(words) - len(surname)]
        if given and fold(" ".join(words[len(given):])) == fold(" ".join(surname)) \
                and [part[:1].upper() for word in given for part in word.split("-") if part] == initials:
            merged["contact_name"] = replace(contact, value=other.value)
            return


def _on_the_contact_s_line(merged: dict[str, FieldValue], parsed: Sequence[ParsedDocument]) -> None:
    """A phone the parsers were unsure of (a chair's, standing in) where a document gives the contact's own on the
    line that names them ("Secrétaire : Isabelle Bollaert – 06 45 90 21 37", the mail signed "Isabelle
    Bollaert ... votre interlocutrice"): that line's number, still to check (which line is the contact's, the
    mail says, not the form)."""
    contact, phone = merged.get("contact_name"), merged.get("phone")
    if not isinstance(contact, FieldValue) or not isinstance(contact.value, str) or len(contact.value.split()) < 2 \
            or (isinstance(phone, FieldValue) and phone.confidence >= REVIEW_THRESHOLD):
        return
    name = set(fold(contact.value).split())
    numbers = {number for document in parsed for line in document.text.split("\n")
               if name <= set(fold(line).split()) for number, _ in find_phones(line)}
    if len(numbers) == 1 and (phone is None or phone.value not in numbers):
        merged["phone"] = FieldValue("phone", numbers.pop(), contact.source,
                                     phone.confidence if phone is not None else CONTACT_S_LINE)


CONTACT_S_LINE = 0.7  # the contact's phone read off the line that names them: to check
CORRECTED = 0.75  # an amount the mail corrects: the mail's, to check (the form still says the other)


def _corrected_in_the_mail(merged: dict[str, FieldValue], parsed: Sequence[ParsedDocument]) -> None:
    """An amount the mail says is written wrongly ("le formulaire indique un montant demandé de 10 000,00 €, mais
    il faut lire 9 000,00 €"): the amount it means, to check; only where the amount it corrects is the one
    chosen (a correction of another amount, a cost line, says nothing of these)."""
    on_file = {name: format_amount(value.value) for name in AMOUNT_FIELDS
               if isinstance(value := merged.get(name), FieldValue) and isinstance(value.value, Decimal)}
    for document in parsed:
        if document.content_type.startswith("text/"):
            for name, amount in corrections(document.text, on_file).items():
                merged[name] = FieldValue(name, Decimal(amount), BODY, CORRECTED)


def disagreeing(chosen: Mapping[str, FieldValue], said: Iterable[Mapping[str, FieldValue]],
                names: Iterable[str]) -> dict[str, FieldValue]:
    """``chosen`` with each of ``names`` to check that one of the ``said`` (documents, sheets) is sure of
    otherwise: the letter asks 8.000 and the budget sheet beside it 7.500, two projects' forms in one .zip
    name two groups. Which one the applicant means is the coordinator's to say, not the merge's order."""
    out = dict(chosen)
    sources = list(said)
    for name in names:
        value = out.get(name)
        if isinstance(value, FieldValue) and value.confidence >= REVIEW_THRESHOLD and any(
                isinstance(other := fields.get(name), FieldValue) and other.confidence >= REVIEW_THRESHOLD
                and not _same(name, other.value, value.value) for fields in sources):
            out[name] = replace(value, confidence=VALUES_DISAGREE)
    return out
VALUES_DISAGREE = 0.6  # under the review threshold: the coordinator checks which value is meant
SAME_NAME = 0.8  # difflib's ratio from which two spellings of a name are one name (a misread, a typo)


def _same(name: str, first: object, second: object) -> bool:
    """One value said twice: equal amounts; a name the other holds whole ("Buurtfeest" in "Buurtfeest en
    zitbanken", "Jeugdhuis De Kelder" in "Jeugdhuis De Kelder vzw") or spells a letter or two off."""
    if name in AMOUNT_FIELDS:
        return first == second
    one, other = fold(str(first)), fold(str(second))
    return one in other or other in one or difflib.SequenceMatcher(None, one, other).ratio() >= SAME_NAME


MISREAD_WORD = 0.6  # difflib's ratio from which a given name is the typed one misread ("Cine", "Céline": 0.8)
MISREAD_SURNAME = 0.8  # the same for a surname beside the same given name ("Deqnidt", "Dequidt": 0.86)


def misread_name(read: str, typed: str) -> bool:
    """``read`` (OCR'd) is ``typed`` with a word misread, or only its capitals other: as many words, in either
    order, one the same and the other alike: a surname near the same beside the same given name ("Bart Deqnidt"
    / "Bart Dequidt"), or a given name that is none beside the same surname ("Verhaeghe Cine" / "Céline
    Verhaeghe"). Another family's surname, or a couple's two given names, are other people."""
    if read == typed:
        return False
    if fold(read) == fold(typed):
        return True  # "brigitte Schipman" on the page: the typed name's capitals
    theirs = fold(typed).split()
    for order in dict.fromkeys((read, given_name_first(read) or read)):  # as written, then turned
        ours = fold(order).split()
        if len(ours) != len(theirs) or len(ours) < 2:
            continue
        pairs = list(zip(ours, theirs, strict=True))
        same = [a for a, b in pairs if a == b]
        other = [(a, b) for a, b in pairs if a != b]
        if not same or len(other) != 1:
            continue
        (ours_word, their_word), = other
        ratio = difflib.SequenceMatcher(None, ours_word, their_word).ratio()
        if any(is_given_name(word) for word in same):
            # the given names agree: the surname must be near the same ("Deqnidt", "Dequidt"), not another
            # family's ("Marie Dubois" is not "Marie Dupont")
            if ratio >= MISREAD_SURNAME:
                return True
        elif is_given_name(their_word) and not given_name_or_surname(ours_word) and ratio >= MISREAD_WORD:
            # the surnames agree and the page's given name is no name ("Cine" for Céline): a couple's two
            # given names ("Michel", "Michèle"; "Pascal", "Pascale") are left as read. Not a typed name that is
            # also a surname ("Paul", "Laurent"): many a relative's name is off the list and alike ("Paula")
            return True
    return False


def _given_by(documents: Sequence[ParsedDocument], value: FieldValue) -> ParsedDocument | None:
    """The document that gave a merged value (the value itself, not an equal one)."""
    return next((document for document in documents if document.fields.get(value.name) is value), None)


OTHER_PERSONS_ADDRESS = 0.6  # under the review threshold: the coordinator checks whose address it is


def _address_names(email: str, name: str) -> bool:
    """The e-mail's local part holds the given name or the surname (3 letters or more) of ``name``:
    "dmaerten", "bernard69", "vercoutre.herve"."""
    local = _local_letters(email)
    words = [letters(word) for word in fold(name).split()]
    return any(len(word) >= 3 and word in local for word in words)


def _local_letters(email: str) -> str:
    """The letters of an address's local part, folded: "J.Coene-59@" -> "jcoene"."""
    return letters(email.partition("@")[0])


def address_spells(email: str, name: str, *, whole: bool = False) -> bool:
    """The e-mail's local part is the given name's initial and the surname ("jcoene", "j.coene"), digits
    and separators aside; with ``whole``, also the whole name in its order ("benoit.hennebelle"). A whole name
    does not tell which word is the given name: people write "tanghe.stijn@" as often as "stijn.tanghe@"."""
    local = _local_letters(email)
    given, _, surname = name.partition(" ")
    given_letters, surname_letters = letters(given), letters(surname)
    if not given_letters or len(surname_letters) < 3:
        return False
    return local == given_letters[0] + surname_letters or (whole and local == given_letters + surname_letters)


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
