"""One entry point per input: bytes (and a filename for messages) to a ``ParsedDocument``.

The type is decided by magic bytes, never by the name. Every failure becomes a status and a reason on
the document; nothing raises out of here, because one bad attachment must not stop an application.
The reason beside a status is for the coordinator; the applicant's words come from the status and the type.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import BinaryIO

from config.call import CallDefinition, load_call
from parsers import ocr_slips, ocr_spelling, sniff, two_readings
from parsers.archive import Member
from parsers.call_text import call_emails, call_phones, names_call, without_ceiling_note, without_recipient_block
from parsers.confidence import SENDER_ADDRESS, SENDER_NAME
from parsers.description import DESCRIBED, GREETING, described_project
from parsers.docx import read_docx
from parsers.email_body import BodyParts, html_to_text, read_body
from parsers.field_table import AMOUNT_FIELDS, CONTACT_FIELDS, FIELD_NAMES, normalise
from parsers.fields import (
    CLOSINGS,
    CONFIDENCE,
    NUMBERED,
    Harvest,
    add_value,
    finish,
    from_label_lines,
    from_named_values,
    from_prose,
    from_unmarked_label_lines,
    group_the_address_spells,
    leaders_as_colons,
    representative_details,
    title_from_subject,
)
from parsers.file_contact import contact_in_sentence, same_person, section_names
from parsers.form_rows import (
    from_table,
    heading_over,
    join_parts,
    signed_order,
    values_first,
    without_other_persons,
)
from parsers.form_text import questions_numbered, without_examples
from parsers.given_names import given_name_last, given_name_or_surname, is_given_name
from parsers.labels import (
    FIRST_NAME,
    OWN_SHARE,
    SURNAME_FIRST,
    label_alone,
    label_at_start,
    match_label,
    misread_label,
)
from parsers.language import detect_language
from parsers.legacy_doc import DocError, is_word_document, read_doc
from parsers.merge import address_spells, disagreeing, language_of, merge_fields
from parsers.mime import HeadSink, MemorySink, read_mime
from parsers.model import (
    BODY,
    DERIVED,
    ENCRYPTED,
    FAILED,
    FORM_FIELD,
    GUESSED,
    LABEL,
    NO_TEXT,
    PARSED,
    QUOTED,
    SENDER,
    SIGNATURE_MARK,
    SOURCE_RANK,
    TOO_LARGE,
    UNSUPPORTED,
    FieldValue,
    ParsedDocument,
    best_by_field,
)
from parsers.money import find_amounts
from parsers.name_case import group_in_small_letters, person_in_small_letters
from parsers.ocr import OcrError, OcrPage, ocr_images
from parsers.ocr_capitals import (
    french_street_name_capitalised,
    group_as_written,
    street_in_capitals_written,
    title_in_small_letters,
)
from parsers.ocr_digits import phone_letters_read, slashes_for_ones
from parsers.ocr_emails import REPAIRED, addresses_joined, domain_mended, repaired_email, spelled_as_named
from parsers.ocr_places import (
    comb_postcodes_joined,
    mended_places,
    one_left_out,
    one_letter_off,
    places_rejoined,
    spellings,
)
from parsers.ocr_rows import from_label_rows, without_board_rows
from parsers.odt import OdtError, read_odt
from parsers.outlook_msg import MsgError, is_outlook_message, read_msg
from parsers.packed import PackedError, packed_files
from parsers.page_images import (
    MAX_OCR_PAGES,
    ImageError,
    SmallImage,
    image_pages,
    pasted_pictures,
    pdf_page_images,
    pdf_picture_layers,
)
from parsers.pdf import TICKED_FRAME, EncryptedPdf, columned_text, read_pdf
from parsers.pdf_printed import NO_PAIRS, PrintedPairs, from_printed_pairs
from parsers.places import fold, match_municipality
from parsers.prose import ORG_WORD_PATTERN, looks_like_person
from parsers.rtf import RtfError, read_rtf
from parsers.second_opinion import known_words
from parsers.shared_links import without_urls
from parsers.spreadsheet import (
    SheetContent,
    SheetError,
    decoded_text,
    is_excel_workbook,
    looks_like_csv,
    read_csv,
    read_ods,
    read_xls,
    read_xlsx,
    table_text,
)
from parsers.ticked_contact import TickedContact, ticked_contact

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
BODY_FILENAME = "(body)"

# Reasons are for the coordinator (``intake show``, the digest), in plain English; what the applicant reads
# about a document is said from its parse_status and type by notifications/wording.py, in their language.
_UNSUPPORTED: dict[str, str] = {
    sniff.OLE: "a legacy Office file that is neither a Word .doc, an Excel .xls nor an Outlook .msg (a .ppt?) is "
               "not read",
}
# image/heic: an iPhone's photo as the camera keeps it, sent as a file (not converted to JPEG by Mail)
_OCR_IMAGES = frozenset({"image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp", "image/webp",
                         sniff.HEIC})
# A value read by OCR may hold a misread letter or digit: it is always shown to the coordinator to check.
OCR_CONFIDENCE_FACTOR = 0.8


@lru_cache(maxsize=1)
def default_call() -> CallDefinition:
    return load_call()


def _document(filename: str, content_type: str, status: str, error: str | None, *,
              language: str | None = None, fields: dict[str, FieldValue] | None = None,
              text: str = "") -> ParsedDocument:
    fields = dict(fields or {})
    group = fields.get("organisation")
    if group is not None and isinstance(group.value, str) \
            and (capital := _name_capitalised(group.value)) != group.value:
        fields["organisation"] = replace(group, value=capital)
    return ParsedDocument(filename, content_type, status, error, language, MappingProxyType(fields), text)


# what a group's name may start with in small letters: its legal form ("vzw 't Kasteeltje") or an elided article
_SMALL_FIRST = re.compile(r"(?:vzw|v\.z\.w\.?|asbl|a\.s\.b\.l\.?|['’]t|'s|[ldLD]['’])(?=[\s\w])")


def _name_capitalised(name: str) -> str:
    """A group's name with its first letter a capital, as a name is written ("association des parents d'élèves
    de l'école Saint-Joseph" from a box filled in small letters), but for a legal form or an elided article."""
    if not name[:1].islower() or _SMALL_FIRST.match(name):
        return name
    return name[0].upper() + name[1:]


def _unsupported_reason(content_type: str) -> str:
    if content_type in _UNSUPPORTED:
        return _UNSUPPORTED[content_type]
    if content_type.startswith("image/"):
        return "an image is not read"
    if content_type in sniff.ARCHIVES:
        return "an archive is not opened"
    return f"the file type {content_type} is not read"


def _a_letter(text: str) -> bool:
    """A text that greets its reader and closes as a letter does ("Madame, Monsieur," ... "Veuillez agréer")."""
    return any(GREETING.match(line) for line in text.splitlines()) and CLOSINGS.search(text) is not None


def extract(text: str, call: CallDefinition, *, tables: Sequence[Sequence[Sequence[str | None]]] = (),
            form_values: Sequence[tuple[str, str, str]] = (), printed: PrintedPairs | None = None,
            lost_columns: bool = False, sections: str = "") -> tuple[dict[str, FieldValue], str | None]:
    """Fields and language from a document's content, strongest source first. ``lost_columns``: the text
    is a picture of a form read by OCR, so "Label value" lines may be table rows; ``printed``: a PDF
    form's labels and answers paired by their places on the page; ``sections``: a PDF form's boxes as
    "label<tab>value" lines under the page's headings."""
    harvest = Harvest()
    text = without_urls(text)  # a link's digits and query are no value of the applicant's
    # "Aide demandée (10 000 € max.) : 8 100 €": the call's ceiling in the label's brackets is no amount of theirs
    text = without_ceiling_note(text)
    # "Exemple : « Jean Dupont, 06 00 00 00 00 »": the form's example, no one's answer; "Question 1 : Présentez
    # votre association": a question's number, then the question, which is the label
    text = questions_numbered(without_examples(text))
    # a second person beside the contact (the treasurer's name, phone, e-mail) is read by no rule below
    tables, text = without_other_persons(tables, text, issuer=call_emails(text, call))
    if lost_columns:
        text = without_board_rows(text)
    from_named_values(harvest, form_values, FORM_FIELD, call)
    if printed is not None:
        from_printed_pairs(harvest, printed, call)
    captions_after = values_first(tables)  # "Dorpsraad Esen | 2.1 Naam van de vereniging", table after table
    for table in tables:
        from_table(harvest, table, call, heading=heading_over(table, text), captions_after=captions_after)
    # the call's own address block a letter is addressed to holds no label of the applicant's
    labelled = leaders_as_colons(without_recipient_block(text, call))
    from_label_lines(harvest, labelled, call)
    # a label alone on its line and the value on the next (ODT and PDF forms laid out in paragraphs);
    # a label and its value on one line without a colon only in OCR'd text. Not for a PDF form whose
    # answers were read by where they stand: its text lost the columns, and a label left unanswered
    # would take the next row's words ("Adresse" / "Statut association loi 1901") for its answer.
    pairs = printed or NO_PAIRS
    read_by_place = bool(pairs.every() or any(value.strip() for _, _, value in form_values))
    if not read_by_place:
        from_unmarked_label_lines(harvest, labelled, call, prefix=lost_columns)
    if lost_columns:
        from_label_rows(harvest, labelled, call)
    # On the call's own form the prose is the form's boilerplate (the coordinator's address, the
    # maximum amount), not the applicant's words: guessing from it would only add wrong answers.
    issuer, issuer_phones = call_emails(text, call), call_phones(text, call)
    if sum(name in FIELD_NAMES for name, _, _ in form_values) < 3:
        from_prose(harvest, text, call, exclude_emails=tuple(issuer), exclude_phones=issuer_phones)
        if lost_columns:
            _from_flowed_prose(harvest, text, call)
        # not from OCR'd text: a scanned form's printed instructions read as sentences too, and its
        # description box is read by its label
        elif (described := described_project(text)) is not None:
            harvest.add("summary", described, BODY, DESCRIBED)
    harvest.candidates = [c for c in harvest.candidates if not (c.name == "email" and c.value in issuer)
                          and not (c.name == "phone" and c.value in issuer_phones)]
    if read_by_place:
        # a phone in a placed form's text that no label claims is a second person's or the form maker's; an
        # amount no label claims is the form's own ("max. 10.000 euro") or a budget's line. A letter whose
        # contact block is laid out as labels ("Contact: / Adresse: / Tél.:") and that has no amount's box
        # asks its amount in a sentence ("Nous sollicitons une aide de 9 191 €"): that one is theirs
        unclaimed = ("phone",) if _a_letter(text) and not any(
            (match_label(label) or ("",))[0] in AMOUNT_FIELDS for label, _ in pairs.every()) \
            else ("phone", "requested_amount", "total_budget")
        harvest.candidates = [c for c in harvest.candidates if not (c.name in unclaimed and c.source == BODY)]
    representative_details(harvest)
    _contact_named_in_a_sentence(harvest, text)
    join_parts(harvest)
    signed_order(harvest, text)
    if not any(label.startswith(TICKED_FRAME) for _, label, _ in form_values):
        # (a frame the form's tick names the contact's has said whose boxes are the contact's)
        _contact_for_the_file(harvest, sections or text, call)
    _contact_ticked(harvest, text, call, form_values)
    _country_of_phone(harvest)
    if lost_columns:
        _with_first_name(harvest, text)
        _bare_amount(harvest, text)
    _request_from_own_share(harvest)
    _total_from_its_lines(harvest)
    _title_from_a_short_summary(harvest)
    values_text = " ".join(value for _, _, value in form_values)
    language = detect_language(f"{text}\n{values_text}", dict(harvest.label_languages))
    fields = person_in_small_letters(group_in_small_letters(finish(harvest), call))
    if not lost_columns:  # (a page read by OCR has its capitals written out with its other slips)
        fields = _typed_in_capitals(fields, text, call)
    return fields, language


_IN_CAPITALS = ("organisation", "address", "project_title")
_CAPITALS_TYPED = 2  # of those, typed in capitals, for the form to be one filled in block capitals


def _typed_in_capitals(fields: dict[str, FieldValue], text: str, call: CallDefinition) -> dict[str, FieldValue]:
    """A form typed in block capitals ("VZW DORPSRAAD WATOU", "ZUIDHOEKSTRAAT 18", "TRAGE WEGEN WANDELKAART
    WATOU") with its values written as a coordinator writes them, as a handwritten form's are once read: the
    capitals are the writer's way of filling a form, not the names' spelling (``parsers.ocr_capitals``,
    ``parsers.ocr_spelling.title_written_small``). Only where two of them at least are in capitals: one name in
    capitals alone may be a name so written ("KWB", a letterhead's)."""
    if sum(isinstance(value.value, str) and value.value.isupper() and re.search(r"[^\W\d_]{3}", value.value)
           is not None for name in _IN_CAPITALS if (value := fields.get(name)) is not None) < _CAPITALS_TYPED:
        return fields
    places = [spelling for spelling, _ in spellings(call)]
    written = street_in_capitals_written(group_as_written(fields, text))
    title = written.get("project_title")
    if title is not None and isinstance(title.value, str) and title.value.isupper():
        written["project_title"] = replace(title, value=ocr_spelling.title_written_small(
            title.value, lambda words: known_words(words, places), lambda words: known_words(words, any_case=False),
            places))
    # which words of a group's name or a title take a capital is the coordinator's to confirm ("Club des aînés"
    # or "Club des Aînés"); a street's name and number are as sure as typed
    return {name: replace(value, confidence=min(value.confidence, CAPITALS_WRITTEN))
            if name in ("organisation", "project_title") and value.value != fields[name].value else value
            for name, value in written.items()}


CAPITALS_WRITTEN = 0.75  # a name or a title typed in capitals, written with the capitals a guess puts back


FROM_OWN_SHARE = 0.6  # under the review threshold: a request worked out, never stated, is the coordinator's to confirm
SUMMARY_AS_TITLE = 0.55  # a description of a few words where no title is asked: a title most likely, to check


def _title_from_a_short_summary(harvest: Harvest) -> None:
    """A form that asks no title, only "Votre projet en quelques mots", answered with a few words and no
    sentence ("Potager pédagogique ouvert aux habitants"): those words name the project, to check."""
    if any(c.name == "project_title" for c in harvest.candidates):
        return
    short = [(c, c.value.strip()) for c in harvest.candidates if c.name == "summary" and c.source != BODY
             and isinstance(c.value, str)]
    short = [(c, text) for c, text in short if "\n" not in text and 2 <= len(text.split()) <= _TITLE_WORDS
             and not text.endswith((".", "!", "?", ":", ";"))]
    if short:
        harvest.add("project_title", short[0][1], short[0][0].source, SUMMARY_AS_TITLE)


_TITLE_WORDS = 8


def _request_from_own_share(harvest: Harvest) -> None:
    """A form whose "Gevraagde steun" box is left empty but whose total and own share are filled in
    ("Totale kostprijs: EUR 12.600", "Eigen inbreng: EUR 4.750"): the request is what the total leaves, to
    check (source ``derived``). A stated request always wins; the own share itself is no field of ours."""
    shares = [(c, c.value) for c in harvest.candidates if c.name == OWN_SHARE and isinstance(c.value, Decimal)]
    harvest.candidates = [c for c in harvest.candidates if c.name != OWN_SHARE]
    totals = [(c, c.value) for c in harvest.candidates if c.name == "total_budget" and isinstance(c.value, Decimal)]
    if not shares or not totals or any(c.name == "requested_amount" for c in harvest.candidates):
        return
    share, own = max(shares, key=lambda pair: (SOURCE_RANK.get(pair[0].source, 0), pair[0].confidence))
    total, whole = max(totals, key=lambda pair: (SOURCE_RANK.get(pair[0].source, 0), pair[0].confidence))
    if not 0 <= own < whole:
        return  # an own share as large as the total is a misread or another figure: nothing to work out
    harvest.add("requested_amount", whole - own, DERIVED, min(FROM_OWN_SHARE, share.confidence, total.confidence))


FROM_LINES = 0.6  # a total worked out from the budget's lines, never stated: the coordinator's to confirm
_LINES_SUMMED = 2  # lines of a budget at least, for their sum to be the total a form left empty
# a budget line that is itself a sum or an income: never added to the costs
_NOT_A_COST = re.compile(r"(?i)\b(?:tota\w*|sous-total|subtotaal|som|somme|eigen|apport|subsid\w*|subvention\w*|"
                         r"gevraagd\w*|demand\w*|inkomst\w*|recette\w*|financ\w*|partons|bijdrage|aide)\b")


def _total_from_its_lines(harvest: Harvest) -> None:
    """A budget whose cost lines are filled in and whose total box is left empty ("Coût total du projet" blank
    under five lines): the total is their sum, as a coordinator would add them up; to check (source
    ``derived``), and only where the lines are costs (no sum nor income among them) and come to more than the
    request."""
    if any(c.name == "total_budget" for c in harvest.candidates) or not harvest.budget_lines:
        return
    best = max(harvest.budget_lines, key=lambda item: SOURCE_RANK.get(item[1], 0))[1]
    lines = [line for line, source, _ in harvest.budget_lines if source == best]
    if len(lines) < _LINES_SUMMED or any(_NOT_A_COST.search(line.description) for line in lines):
        return
    total = sum((line.amount for line in lines), Decimal(0))
    asked = [c.value for c in harvest.candidates if c.name == "requested_amount" and isinstance(c.value, Decimal)]
    if asked and not all(total > amount for amount in asked):
        return
    harvest.add("total_budget", total, DERIVED, FROM_LINES)


TICKED = 0.9  # the contact's details from the block of the role the form ticks as the contact


def _contact_ticked(harvest: Harvest, text: str, call: CallDefinition,
                    form_values: Sequence[tuple[str, str, str]] = ()) -> None:
    """A form that asks who the contact is by ticking a role ("☒ Penningmeester") and gives each role a block of
    boxes: the ticked role's name, phone and e-mail are the contact's, over any other block's (the chair's came
    first) or the group's own number (``parsers.ticked_contact``); a fillable form's frame ticked so
    (``parsers.pdf.TICKED_FRAME``) likewise, even where the ticked person is the chair who signs."""
    framed = {name: value for _, label, value in form_values if label.startswith(f"{TICKED_FRAME} – ")
              and (name := (match_label(label) or ("",))[0]) in ("contact_name", "phone", "email") and value.strip()}
    found = ticked_contact(text) or (TickedContact("", framed) if "contact_name" in framed else None)
    if found is None:
        return
    # (the ticked block's values ranked as the strongest source the document names its contact by)
    _, source = max(((SOURCE_RANK.get(c.source, 0), c.source) for c in harvest.candidates
                     if c.name in ("contact_name", SURNAME_FIRST)), default=(0, LABEL))
    given = set(found.details) | ({SURNAME_FIRST} if "contact_name" in found.details else set())
    harvest.candidates = [c for c in harvest.candidates if c.name not in given]
    for name, value in found.details.items():
        add_value(harvest, name, value, source, TICKED, call)


def _contact_for_the_file(harvest: Harvest, text: str, call: CallDefinition) -> None:
    """A form that names its legal representative and, under a heading of its own, the person in charge of
    the file: the contact is that person, whichever name the labels read first."""
    names = section_names(text)
    if names.contact is None or names.representative is None or same_person(names.contact, names.representative):
        return
    contacts = [c for c in harvest.candidates if c.name == "contact_name" and isinstance(c.value, str)]
    if not contacts:
        return
    best = max(contacts, key=lambda c: c.confidence)
    kept = [c for c in contacts if same_person(str(c.value), names.contact)]
    harvest.candidates = [c for c in harvest.candidates if c.name != "contact_name" or c in kept]
    if not kept:
        harvest.add("contact_name", names.contact, best.source, best.confidence)
    # and the phone and e-mail of that person's section, not the group's or the representative's given before it
    for name, written in (("phone", names.contact_phone), ("email", names.contact_email)):
        own = normalise(name, written, call) if written else None
        given = [c for c in harvest.candidates if c.name == name]
        if own is not None and any(c.value == own for c in given):
            sure = max(c.confidence for c in given)
            harvest.candidates = [c for c in harvest.candidates if c.name != name]
            harvest.add(name, own, best.source, sure)


NAMED_CONTACT = 0.8  # "Contactpersoon voor dit dossier is ...": the letter says it in so many words


def _contact_named_in_a_sentence(harvest: Harvest, text: str) -> None:
    """A letter that names its contact person in a sentence ("Contactpersoon voor dit dossier is onze
    secretaris Els DEPREZ (0495 97 03 11, els@example.net)"): that person is the contact, and the number and
    address beside the name are theirs; the signer's name and the letterhead's number are not."""
    named = contact_in_sentence(text)
    if named is None:
        return
    harvest.candidates = [c for c in harvest.candidates if not (
        (c.name == "contact_name" and not same_person(str(c.value), named.name))
        or (c.name == "phone" and named.phone is not None and c.value != named.phone)
        or (c.name == "email" and named.email is not None and c.value != named.email))]
    harvest.add("contact_name", named.name, BODY, NAMED_CONTACT)
    if named.phone is not None:
        harvest.add("phone", named.phone, BODY, NAMED_CONTACT)
    if named.email is not None:
        harvest.add("email", named.email, BODY, NAMED_CONTACT)


_PHONE_COUNTRY = {"+32": "BE", "+33": "FR"}


def _country_of_phone(harvest: Harvest) -> None:
    """A place named without postcode nor country ("Ville: Oxelaëre", outside the call's list): the phone's
    country code is a hint of the country, only a hint (a French mobile in Belgium), so to check."""
    if any(c.name == "country" for c in harvest.candidates):
        return
    phones = [c for c in harvest.candidates if c.name == "phone" and isinstance(c.value, str)]
    if not phones or not any(c.name == "municipality" for c in harvest.candidates):
        return
    country = _PHONE_COUNTRY.get(str(max(phones, key=lambda c: c.confidence).value)[:3])
    if country is not None:
        harvest.add("country", country, BODY, 0.6)


_FIRST_NAME = re.compile(r"(?im)^[\s\d.]*(?:pr[ée]nom|voornaam)\s*[:\t ]\s*"
                         r"(?P<name>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)\s*$")


def _with_first_name(harvest: Harvest, text: str) -> None:
    """A form that asks "Nom" and "Prénom" ("Naam", "Voornaam") on two lines: the contact is both, first
    name first; a surname written in capitals ("BOLLENGIER") is written as a name."""
    first = _FIRST_NAME.search(text)
    if first is None:
        return
    given = first.group("name")
    for index, candidate in enumerate(harvest.candidates):
        value = candidate.value
        if candidate.name != "contact_name" or not isinstance(value, str) or " " in value.strip() \
                or fold(value) == fold(given):
            continue
        surname = value.strip().title() if value.isupper() else value.strip()
        harvest.candidates[index] = FieldValue("contact_name", f"{given} {surname}", candidate.source,
                                               candidate.confidence)


# "Bedrag  6.000 euro", "Montant (€)" then "2 250,00 €" on the next line: the one amount a short form asks
_BARE_AMOUNT = re.compile(r"(?im)^[ \t]*(?:bedrag|montant)[ \t]*(?:\(?(?:in )?(?:eur|euros?|€)\)?)?[ \t]*:?"
                          r"(?:[ \t]*\t|[ \t]*\n)[ \t]*(?P<value>[^\n\t]*\d[^\n\t]*?)[ \t]*(?:\n|$)")


def _bare_amount(harvest: Harvest, text: str) -> None:
    """A printed form that asks only "Bedrag" ("Montant"): the amount asked for, when nothing named it.

    Elsewhere the word heads a budget's column of amounts, so only a single such label whose value is one
    amount counts, and the value is to check (a label's confidence, less 0.2)."""
    if any(candidate.name == "requested_amount" for candidate in harvest.candidates):
        return
    found = list(_BARE_AMOUNT.finditer(text))
    if len(found) != 1:
        return
    rest = text[found[0].end():].lstrip("\n").split("\n", 1)[0]
    if find_amounts(rest, require_mark=False) and not re.search(r"[^\W\d]{3}", rest):
        return  # "Bedrag" over a column of amounts: a budget, not the request
    mentions = find_amounts(found[0].group("value"), require_mark=False)
    if len(mentions) == 1:
        harvest.add("requested_amount", mentions[0].amount, LABEL, CONFIDENCE[LABEL] - 0.2)


def _flowed(text: str) -> str:
    """OCR'd text with the lines of each paragraph joined: a page image keeps a sentence's line breaks
    ("we vragen / dus 3000 EUR"), which the prose reading takes for the end of the sentence. Lines holding
    a wide gap (a label and its value) stay on their own."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and out[-1].strip() and line.strip() and "\t" not in out[-1] and "\t" not in line \
                and not out[-1].rstrip().endswith(":"):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _from_flowed_prose(harvest: Harvest, text: str, call: CallDefinition) -> None:
    """Amounts and a phone no line gave, guessed from the OCR'd text's sentences put back together."""
    flowed = _flowed(text)
    if flowed == text:
        return
    found = {candidate.name for candidate in harvest.candidates}
    extra = Harvest()
    from_prose(extra, flowed, call)
    # only the amounts, and a phone broken over two lines ("+32 (0)473 64 / 57 34"): joined lines would also
    # glue a letterhead's lines into one false street
    harvest.candidates.extend(candidate for candidate in extra.candidates
                              if candidate.name in ("requested_amount", "total_budget", "phone")
                              and candidate.name not in found)


def parse_document(data: bytes | BinaryIO, filename: str = "", *, call: CallDefinition | None = None,
                   max_bytes: int | None = None, open_packed: bool = True) -> ParsedDocument:
    """Parse one file's bytes, or a seekable file (read as the type needs: a PDF is not held whole, a
    type we do not read is sniffed from its head only); the status says what happened (see CONTRACT.md),
    nothing raises. ``open_packed`` false: a .zip or a winmail.dat is not opened (it is itself inside one)."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    if size > limit:
        return _document(filename, sniff.sniff_content_type(stream.read(4096)), TOO_LARGE,
                         f"{size} bytes, over the limit of {limit} bytes")
    content_type = sniff.sniff_stream(stream)
    try:
        if content_type == sniff.OLE and is_outlook_message(stream):
            content_type = sniff.MSG  # before .doc: a saved mail that carries a .doc names its Word stream too
        call = call or default_call()
        if content_type in sniff.BUNDLES and not open_packed:
            # a zip in a mail saved in a zip, a winmail.dat in a zip: one level of packing is opened, so that a
            # chain of them costs one level, not as many as its author nested
            return _document(filename, content_type, UNSUPPORTED, "an archive inside an archive is not opened")
        return _as_annex(_parse_by_type(stream, filename, content_type, call))
    except Exception as exc:  # noqa: BLE001 - the reason is kept on the document, not lost
        return _document(filename, content_type, FAILED, f"{type(exc).__name__}: {exc}"[:500])


# a group's statutes or house rules sent along with the application: they describe the group, written for
# another purpose, and their seat, officers and phone are not this application's
_ANNEX_TITLE = re.compile(r"(?i)^\s*(?:statuts?|statuten|statutes|r[èe]glement int[ée]rieur|huishoudelijk reglement|"
                          r"articles of association)\b")


def _as_annex(document: ParsedDocument) -> ParsedDocument:
    """A document titled as statutes gives its values as quoted ones: never over the application's, and to
    check where nothing else gives them."""
    first = next((line for line in document.text.split("\n") if line.strip()), "")
    if document.parse_status != PARSED or not _ANNEX_TITLE.match(first):
        return document
    quoted = {name: FieldValue(value.name, value.value, QUOTED, min(value.confidence, 0.6))
              for name, value in document.fields.items()}
    return replace(document, fields=MappingProxyType(quoted))


def _parse_by_type(data: BinaryIO, filename: str, content_type: str, call: CallDefinition) -> ParsedDocument:
    if content_type == sniff.EMPTY:
        return _document(filename, content_type, FAILED, "the file is empty (0 bytes)")
    if content_type == sniff.PDF:
        return _parse_pdf(data, filename, call)
    if content_type == sniff.DOCX:
        content = read_docx(data)
        if not content.text.strip() and not any(value.strip() for _, _, value in content.form_values):
            document = _document(filename, content_type, NO_TEXT, "the document holds no text (an image only?)")
        else:
            fields, language = extract(content.text, call, tables=content.tables, form_values=content.form_values)
            document = _document(filename, content_type, PARSED, None, language=language, fields=fields,
                                 text=content.text)
        return _with_pasted_pages(document, data, _word_count(content.text, content.form_values), call)
    if content_type == sniff.ODT:
        return _parse_odt(data, filename, call)
    if content_type == sniff.RTF:
        return _parse_text_with_tables(data, filename, content_type, call, rtf=True)
    if content_type == sniff.OLE and is_word_document(data):
        return _parse_text_with_tables(data, filename, sniff.DOC, call, rtf=False)
    if content_type in (sniff.XLSX, sniff.ODS) or (content_type == sniff.OLE and is_excel_workbook(data)):
        return _parse_sheet(data, filename, sniff.XLS if content_type == sniff.OLE else content_type, call)
    if content_type in sniff.BUNDLES:
        return _parse_packed(data, filename, content_type, call)
    if content_type in _OCR_IMAGES:
        try:
            pages = image_pages(data)
        except ImageError as exc:
            return _document(filename, content_type, FAILED, str(exc))
        except SmallImage as exc:
            return _document(filename, content_type, UNSUPPORTED, str(exc))
        return _from_ocr(pages, filename, content_type, call)
    if content_type == sniff.RFC822:
        body = parse_body(data, call=call)
        return _document(filename, content_type, body.parse_status, body.error, language=body.language,
                         fields=dict(body.fields), text=body.text)
    if content_type in (sniff.TEXT, "text/html"):
        raw = data.read()
        # a plain text file saved by Notepad or Excel on Windows is in its Western code page, not UTF-8
        text = decoded_text(raw) if content_type == sniff.TEXT else raw.decode("utf-8", "replace")
        # the name chooses between two readings of text, never the type: a sender's ".csv" admits commas
        if content_type == sniff.TEXT and looks_like_csv(text[:16384], named_csv=filename.lower().endswith(".csv")):
            return _parse_sheet(io.BytesIO(raw), filename, sniff.CSV, call)
        if content_type == "text/html":
            text = html_to_text(text)
        if not text.strip():
            return _document(filename, content_type, NO_TEXT, "no text")
        fields, language = extract(text, call)
        return _document(filename, content_type, PARSED, None, language=language, fields=fields, text=text)
    return _document(filename, content_type, UNSUPPORTED, _unsupported_reason(content_type))


def _parse_pdf(data: BinaryIO, filename: str, call: CallDefinition) -> ParsedDocument:
    try:
        content = read_pdf(data)
    except EncryptedPdf:
        return _document(filename, sniff.PDF, ENCRYPTED,
                         "the PDF is protected by a password")
    has_values = any(value.strip() for _, _, value in content.form_values)
    if content.page_count == 0:
        return _document(filename, sniff.PDF, NO_TEXT, "the PDF has no pages")
    if not content.text.strip() and not has_values:
        # no text layer: a scan or a photo saved as PDF; read what its pages show
        return _from_ocr(list(pdf_page_images(data)), filename, sniff.PDF, call)
    layers = pdf_picture_layers(data) if not has_values else None
    if layers is not None and layers.recognised_only and content.page_count <= MAX_OCR_PAGES:
        # a phone scanner app's PDF (Adobe Scan, Microsoft Lens, CamScanner): pictures of the pages, with the
        # text the app recognised drawn invisibly over them; that text is a recognition, with its misread
        # letters, and is read as ours would be (every value to check)
        return _from_recognised(columned_text(data), "", filename, sniff.PDF, call)
    fields, language = extract(content.text, call, tables=content.tables, form_values=content.form_values,
                               printed=content.printed, sections=content.sections)
    document = _document(filename, sniff.PDF, PARSED, None, language=language, fields=fields, text=content.text)
    if layers is not None and layers.pictured and not layers.invisible_text and _word_count(content.text) < FEW_WORDS:
        # pictures of pages under a line of text ("Scanned with CamScanner", a date stamp): the pages are read
        return _beside(document, _from_ocr(list(pdf_page_images(data, only=layers.pictured)), filename, sniff.PDF,
                                           call))
    return document


def _parse_odt(data: BinaryIO, filename: str, call: CallDefinition) -> ParsedDocument:
    try:
        content = read_odt(data)
    except OdtError as exc:
        return _document(filename, sniff.ODT, FAILED, str(exc))
    if not content.text.strip() and not any(value.strip() for _, _, value in content.form_values):
        document = _document(filename, sniff.ODT, NO_TEXT, "the document holds no text (an image only?)")
    else:
        fields, language = extract(content.text, call, tables=content.tables, form_values=content.form_values)
        document = _document(filename, sniff.ODT, PARSED, None, language=language, fields=fields,
                             text=content.text)
    return _with_pasted_pages(document, data, _word_count(content.text, content.form_values), call)


FEW_WORDS = 40  # fewer words of its own than a form's labels: a file holding a picture of a page is that page
MAX_PASTED_PAGES = 3  # pictures of a Word or Writer file read: a form's pages; more are a report's photos


def _word_count(text: str, form_values: Sequence[tuple[str, str, str]] = ()) -> int:
    return len(text.split()) + sum(len(value.split()) for _, _, value in form_values)


def _with_pasted_pages(document: ParsedDocument, data: BinaryIO, words: int,
                       call: CallDefinition) -> ParsedDocument:
    """A Word or OpenDocument file of a line or two ("In bijlage ons aanvraagformulier") and a photo or scan
    of the filled form pasted in: the picture read as a scan, its values beside the text's."""
    if words >= FEW_WORDS:
        return document
    try:
        pictures = pasted_pictures(data, max_pictures=MAX_PASTED_PAGES)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return document
    pages: list[bytes] = []
    for picture in pictures:
        try:
            pages.extend(image_pages(io.BytesIO(picture), max_pages=1))
        except (ImageError, SmallImage):
            continue
    if not pages:
        return document
    return _beside(document, _from_ocr(pages, document.filename, document.content_type, call))


def _beside(own: ParsedDocument, read: ParsedDocument) -> ParsedDocument:
    """A document's own text and what was recognised on its pictures, as one document: what the text types
    stands, the picture adds the fields it lacks (all of them to check: a picture of a leaflet pasted under
    a letter holds the town's address, not the applicant's); the recognised page's language, the own text
    being a line or two."""
    if read.parse_status != PARSED:
        return own
    if own.parse_status != PARSED:
        return replace(read, content_type=own.content_type)
    fields = {**read.fields, **own.fields}
    return replace(own, fields=MappingProxyType(fields), language=read.language or own.language,
                   text=f"{own.text}\n\n{read.text}")


def _parse_text_with_tables(data: BinaryIO, filename: str, content_type: str, call: CallDefinition, *,
                            rtf: bool) -> ParsedDocument:
    """RTF (striprtf) and legacy Word (antiword): text whose tables were written as ``cell|cell|``."""
    try:
        content = read_rtf(data.read()) if rtf else read_doc(data)
    except (RtfError, DocError) as exc:
        return _document(filename, content_type, FAILED, str(exc))
    if not content.text.strip():
        return _document(filename, content_type, NO_TEXT, "the document holds no text (an image only?)")
    fields, language = extract(content.text, call, tables=content.tables)
    return _document(filename, content_type, PARSED, None, language=language, fields=fields, text=content.text)


_PERSON_COLUMNS = frozenset({"contact_name", FIRST_NAME, SURNAME_FIRST})


def _list_of_people(table: Sequence[Sequence[str]]) -> bool:
    """A header of three or more labels, one of which asks a person's name ("Naam | Voornaam | Adres", "Nom |
    Prénom | Signature"), over two or more rows that fill that column in."""
    rows = [row for row in table if any(row)]
    if len(rows) < 3:
        return False
    header = rows[0]
    asked = [label_alone(cell) if cell else None for cell in header]
    if sum(cell != "" for cell in header) < 3 or sum(label is not None for label in asked) < 2:
        return False
    columns = [index for index, label in enumerate(asked) if label in _PERSON_COLUMNS]
    return any(sum(index < len(row) and bool(row[index]) for row in rows[1:]) >= 2 for index in columns)


_SHEET_READERS: dict[str, Callable[[BinaryIO], SheetContent]] = {
    sniff.XLSX: read_xlsx, sniff.ODS: read_ods, sniff.XLS: read_xls, sniff.CSV: lambda stream: read_csv(stream.read()),
}


def _parse_sheet(data: BinaryIO, filename: str, content_type: str, call: CallDefinition) -> ParsedDocument:
    """A spreadsheet (an application form made in Excel or Calc, a budget): each sheet a table."""
    try:
        content = _SHEET_READERS[content_type](data)
    except SheetError as exc:
        return _document(filename, content_type, FAILED, str(exc))
    if not content.text.strip():
        return _document(filename, content_type, NO_TEXT, "the spreadsheet holds no cells")
    # a list of people (the neighbours who back the idea, the volunteers and their tasks) names no contact: its
    # first row under the header is a neighbour, not the applicant
    tables = [table for table in content.tables if not _list_of_people(table)]
    text = content.text if len(tables) == len(content.tables) else "\n".join(table_text(table) for table in tables)
    fields, language = extract(text, call, tables=tables)
    # a sheet holds no prose, and no signature: what only the prose rules found in it is a cell's words taken
    # for a name ("Poste Montant", a budget's header; "Plantations (arbres fruitiers", a cost line) or an
    # amount and the word after it for a postcode and a place ("4000 Offerte"); an e-mail address or a phone
    # number in a cell is one
    fields = {name: value for name, value in fields.items()
              if not (value.source == BODY and name not in ("email", "phone"))}
    if len(tables) > 1:
        # two sheets each sure of another request or total ("Begroting 2018" beside "Begroting 2019", a draft
        # beside the final one): to check, as between two files of one message
        fields = disagreeing(fields, [extract(table_text(table), call, tables=[table])[0] for table in tables],
                             AMOUNT_FIELDS)
    return _document(filename, content_type, PARSED, None, language=language, fields=fields, text=content.text)


def _parse_packed(data: BinaryIO, filename: str, content_type: str, call: CallDefinition) -> ParsedDocument:
    """A .zip's documents, what Outlook packed in a winmail.dat (the mail's own words, its RTF read as a
    letter, and its files), or the mail an Outlook .msg saved (read as a mail forwarded as an attachment),
    each read as an attachment would be; an archive inside is not opened."""
    try:
        found = packed_files(data, content_type)
    except PackedError as exc:
        return _document(filename, content_type, FAILED, str(exc))
    nothing = {sniff.ZIP: "the archive holds no files", sniff.MSG: "the Outlook message holds nothing"}.get(
        content_type, "the winmail.dat holds neither text nor files")
    return _parse_bundle(found, filename, content_type, call, nothing=nothing)


def _parse_bundle(found: Sequence[Member], filename: str, content_type: str, call: CallDefinition, *,
                  nothing: str) -> ParsedDocument:
    """Files packed in one attachment (a .zip's members, what Outlook put in a winmail.dat), each read as an
    attachment would be, their fields merged as one message's attachments are (a later file's value wins at
    equal strength)."""
    documents: list[ParsedDocument] = []
    kinds = [_member_kind(file.data) if file.data is not None else "" for file in found]
    # the documents first, then the pictures, of which only the first few are read: a dossier's twenty site
    # photos would spend the whole parse's time before its form, which is what the coordinator needs
    order = sorted(range(len(found)), key=lambda index: kinds[index] in _OCR_IMAGES)
    pictures = mails = 0
    for index in order:
        kind, name, data, reason = kinds[index], found[index].name, found[index].data, found[index].reason
        if data is None:
            documents.append(_document(name, kind or sniff.OCTET, TOO_LARGE if "limit" in reason else FAILED, reason))
        elif kind in sniff.ARCHIVES:  # sniffed whole: a zip's directory is at its end
            documents.append(_document(name, sniff.ZIP, UNSUPPORTED, "an archive inside an archive is not opened"))
        elif kind in _OCR_IMAGES and (pictures := pictures + 1) > MAX_PICTURES:
            documents.append(_document(name, kind, UNSUPPORTED, f"more than {MAX_PICTURES} pictures: not read"))
        elif kind in sniff.SAVED_MAILS and (mails := mails + 1) > MAX_MAILS:
            documents.append(_document(name, kind, UNSUPPORTED, f"more than {MAX_MAILS} mails: not read"))
        elif kind in sniff.SAVED_MAILS:
            # a mail saved as a file (Outlook's, Thunderbird's "save as"): its words and its own attachments,
            # as when it is forwarded as an attachment; its pictures count with the archive's own; an
            # Outlook .msg made again into its mail first (once counted: a zip of fifty costs three)
            mail = _saved_mail(data) if kind == sniff.MSG else data
            if isinstance(mail, str):
                documents.append(_document(name, kind, FAILED, mail))
                continue
            body, attached = parse_email(mail, call=call, open_packed=False, max_pictures=MAX_PICTURES - pictures)
            pictures += sum(document.content_type in _OCR_IMAGES and document.parse_status != UNSUPPORTED
                            for document in attached)
            documents.append(replace(body, filename=name))
            documents.extend(replace(document, filename=f"{name}/{document.filename}") for document in attached)
        else:
            documents.append(parse_document(data, name, call=call, open_packed=False))
    if not documents:
        return _document(filename, content_type, NO_TEXT, nothing)
    read = [document for document in documents if document.parse_status == PARSED]
    # what was left unread, for the coordinator; a picture is not a document left out (a logo, a photo of the
    # place), as beside a mail
    within = f"{filename}/" if filename else ""
    left = "; ".join(f"{within}{document.filename}: {document.error or document.parse_status}"
                     for document in documents
                     if document.parse_status != PARSED and not document.content_type.startswith("image/"))
    text = "\n\n".join(f"[{document.filename}]\n{document.text}" for document in read)
    if not read:
        return _document(filename, content_type, UNSUPPORTED,
                         f"no file in it could be read ({left or 'pictures only, none of a page'})"[:500],
                         text=text)
    language = language_of((document.language, False) for document in read)
    return _document(filename, content_type, PARSED, left[:500] or None, language=language,
                     fields=merge_fields(read), text=text)


def _member_kind(data: bytes) -> str:
    content_type = sniff.sniff_content_type(data)
    return sniff.MSG if content_type == sniff.OLE and is_outlook_message(io.BytesIO(data)) else content_type


def _saved_mail(data: bytes) -> bytes | str:
    """An Outlook .msg as the internet mail it was (read as a saved .eml is), or why it cannot be read."""
    try:
        return read_msg(data).data or b""
    except MsgError as exc:
        return str(exc)


MAX_PICTURES = 6  # pictures of an archive read (a form photographed page by page); more are site photos
MAX_MAILS = 3  # mails saved in an archive read (each with its attachments): the application, a reply or two


def _from_ocr(pages: list[bytes], filename: str, content_type: str, call: CallDefinition) -> ParsedDocument:
    """Fields from page images read by tesseract; every value is marked to check (lower confidence)."""
    if not pages:
        return _document(filename, content_type, NO_TEXT, "no pages to read")
    places = [spelling for spelling, _ in spellings(call)]
    try:
        read: list[OcrPage] = ocr_images(pages, lone_labels=_lone_labels, places=places)
    except OcrError as exc:
        return _document(filename, content_type, FAILED, f"OCR failed: {exc}")
    text = "\n\n".join(page.text for page in read if page.text.strip())
    if sum(page.words for page in read) < 3:
        return _document(filename, content_type, NO_TEXT, "no text on the page (blank, or not legible)")
    again = _read_otherwise(read, lambda page: page.second_reading)
    other = _read_otherwise(read, lambda page: page.other_engine)
    return _from_recognised(text, again, filename, content_type, call, other=other)


def _read_otherwise(read: Sequence[OcrPage], reading: Callable[[OcrPage], str]) -> str:
    """The pages' other reading, each page without one as first read; nothing when no page has one."""
    if not any(reading(page) for page in read):
        return ""
    return "\n\n".join(reading(page) or page.text for page in read if page.text.strip())


def _from_recognised(text: str, again: str, filename: str, content_type: str,
                     call: CallDefinition, *, other: str = "") -> ParsedDocument:
    """Fields from text a program recognised on pictures of pages (tesseract here, or a phone's scanner app
    before it was sent): lines that lost their columns, letters and digits misread; every value to check.
    ``again``: the pages read a second time as one column, when the first reading left print out.
    ``other``: the pages as the second engine read them whole (``parsers.second_page``); the fields of the
    two readings are weighed field by field (``parsers.two_readings``)."""
    places = [spelling for spelling, _ in spellings(call)]
    fields, language = _fields_recognised(text, again, call, places)
    if other:
        fields = two_readings.kept(fields, _fields_recognised(other, "", call, places)[0], call,
                                   lambda words: known_words(words, places),
                                   lambda words: known_words(words, any_case=False))
    lowered = {name: FieldValue(value.name, value.value, value.source,
                                round(value.confidence * OCR_CONFIDENCE_FACTOR, 3))
               for name, value in fields.items() if not _amount_crumb(value)}
    return _document(filename, content_type, PARSED, None, language=language, fields=lowered, text=text)


def _fields_recognised(text: str, again: str, call: CallDefinition,
                       places: Sequence[str]) -> tuple[dict[str, FieldValue], str | None]:
    """The fields of one recognised reading, mended as OCR's slips are, and its language."""
    text = places_rejoined(comb_postcodes_joined(addresses_joined(text), call), call)
    text = phone_letters_read(slashes_for_ones(text))
    fields, language = extract(_labels_restored(text), call, lost_columns=True)
    if again:
        # a page that read with part of its print left out was read again as one column: what the first
        # reading found stands, the second only adds the fields it lacks
        added, _ = extract(_labels_restored(again), call, lost_columns=True)
        fields = {**added, **fields}
    if "email" not in fields and (address := repaired_email(
            text, passed_over=lambda line: names_call(line, call))) is not None:
        # an address read too garbled for the page's rules, put back together from its domain: a guess (the
        # call's own, in a form's footer, is never the applicant's)
        fields["email"] = FieldValue("email", address, GUESSED, REPAIRED / OCR_CONFIDENCE_FACTOR)
    if "email" in fields and (mended := domain_mended(str(fields["email"].value))) is not None:
        fields["email"] = replace(fields["email"], value=mended)  # "@example.ory", "@exampleorg"
    email, contact, group = fields.get("email"), fields.get("contact_name"), fields.get("organisation")
    if email is not None and (named := spelled_as_named(str(email.value), str(contact.value) if contact else None,
                                                        str(group.value) if group else None)):
        fields["email"] = replace(email, value=named)  # "vermeersch.jozel@" beside "Jozef Vermeersch"
    fields = title_in_small_letters(french_street_name_capitalised(street_in_capitals_written(
        group_as_written(fields, text))))
    fields = ocr_slips.mended(_without_specks(fields), known_words)
    fields = ocr_spelling.mended(fields, lambda words: known_words(words, places),
                                 lambda words: known_words(words, any_case=False), places)
    return _postcode_of_the_place(_cents_restored(mended_places(fields, call, text), text, call), call), language


PLACES_POSTCODE = 0.5  # confidence of a postcode a page's unread one is taken for: the coordinator checks it


def _postcode_of_the_place(fields: dict[str, FieldValue], call: CallDefinition) -> dict[str, FieldValue]:
    """A page whose postcode OCR could not read ("5 1207") but whose place it read, one of the call's with a
    single postcode (Cassel: 59670): that postcode, as a guess to check. A place with several (Ieper's five)
    is left without one: which, only the page says."""
    place = fields.get("municipality")
    if "postcode" in fields or place is None or not isinstance(place.value, str):
        return fields
    municipality = match_municipality(place.value, call)
    if municipality is None or len(municipality.postcodes) != 1:
        return fields
    return {**fields, "postcode": FieldValue("postcode", municipality.postcodes[0], GUESSED,
                                             PLACES_POSTCODE / OCR_CONFIDENCE_FACTOR)}


LOST_COMMA = 10  # times the call's maximum grant over which an OCR'd amount of bare digits lost its comma


def _cents_restored(fields: dict[str, FieldValue], text: str, call: CallDefinition) -> dict[str, FieldValue]:
    """An OCR'd amount whose comma before the cents was not read, put back: "720000" for 7200,00.

    A slanted, handwriting-like font loses the comma, and the amount comes out a hundred times too large.
    Written as bare digits ending in 00 and over ten times the call's maximum grant, it is no small
    project's budget: read with the comma (OCR'd values are always to check)."""
    out = dict(fields)
    for name in ("requested_amount", "total_budget"):
        value = fields.get(name)
        if value is None or not isinstance(value.value, Decimal) or value.value <= LOST_COMMA * call.max_amount:
            continue
        digits = f"{int(value.value)}"
        if value.value == int(value.value) and digits.endswith("00") and \
                re.search(rf"(?<![\d.,]){digits}(?![\d.,])", text):
            out[name] = replace(value, value=(value.value / 100).quantize(Decimal("0.01")))
    return out


LEAST_AMOUNT = Decimal(100)  # euros: under it, an OCR'd request or total is a digit left of a garbled amount


def _amount_crumb(value: FieldValue) -> bool:
    """An OCR'd request or total under a hundred euros: "€ 4 1.50 ÿ Ÿ" read from a handwritten 11.500 gives
    "€ 4"; no project of a call for grants costs that little, so the figure is a crumb, not the amount."""
    return value.name in ("requested_amount", "total_budget") and isinstance(value.value, Decimal) \
        and value.value < LEAST_AMOUNT


_SPECKS = re.compile(r"^[_|~¦]+\s*|\s*[_|~¦]+$")  # a dotted or ruled line's end read beside the answer


# a capital with an accent alone after a name: a signature's loop or the dotted line's end read as a letter
# ("Mieke Lobelle À"); no first name starts with one of these, so it is no initial (É and È may be: Émile, Ève)
_LONE_ACCENTED = re.compile(r"\s+[ÀÁÂÄÌÍÒÓÙÚÛÜ]$")


def _without_specks(fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """An OCR'd answer without the underscores a dotted line left at its ends ("_Smidsestraat 65"), a name
    without a lone accented capital read after it."""
    out = {name: replace(value, value=_SPECKS.sub("", value.value)) if isinstance(value.value, str) else value
           for name, value in fields.items()}
    name = out.get("contact_name")
    if name is not None and isinstance(name.value, str) and _LONE_ACCENTED.search(name.value):
        out["contact_name"] = replace(name, value=_LONE_ACCENTED.sub("", name.value))
    return out


def _lone_labels(text: str) -> int:
    """How many of a page's form labels the reading left unanswered: a label alone on its line with the next
    line another label (or nothing) where its answer should be. A form that puts each answer under its
    label has a value on the next line; one whose column of answers was left out has none."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]

    def answer_left_out(index: int) -> bool:
        if index + 1 == len(lines):
            return True
        following = lines[index + 1]
        return _box_label(label_alone(following)) or _box_label((label_at_start(following) or (None,))[0]) or \
            NUMBERED.match(following) is not None

    return sum(1 for index, line in enumerate(lines) if _box_label(label_alone(line)) and answer_left_out(index))


def _box_label(field: str | None) -> bool:
    # a budget's "Autofinancement" row is no box of the form: its amount stands in the budget's column
    return field is not None and field != OWN_SHARE


def _last_label_restored(line: str) -> str:
    """A line whose last cell is a garbled label left unanswered, the label restored ("0475 729 228<tab>
    E-maladres :"): a cell that ends with its colon is a label, never an answer, and left garbled it was
    read as the end of the answer before it (the phone in front of it was lost)."""
    before, gap, last = line.rpartition("\t")
    if not gap or not before.strip() or not last.rstrip().endswith(":"):
        return line
    label = misread_label(last.rstrip().rstrip(":"))
    return line if label is None else f"{before}{gap}{label} :"


# a form's printed euro sign in a box of its own, read as a cell beside the handwritten amount ("5 250<tab>€"):
# one answer, not a row of two cells
_EURO_CELL_AFTER = re.compile(r"(?<=\d)[ ]*\t[ \t]*(€|EUR|[Ee]uros?)[ ]*(?=\t|$)", re.MULTILINE)
_EURO_CELL_BEFORE = re.compile(r"(?:^|(?<=\t))[ ]*(€|EUR)[ ]*\t[ \t]*(?=\d)", re.MULTILINE)


def _euro_cells_joined(line: str) -> str:
    return _EURO_CELL_BEFORE.sub(r"\1 ", _EURO_CELL_AFTER.sub(r" \1", line))


# a letter's subject line as OCR reads a hand: its word a letter off or left out ("Ohjet", "Betrefl", "Betref")
# or its last letter read apart ("Betref t aanvraag"),
# its colon lost before the title's opening quote ("Betreft ‘Repair café") or before a subject's own word
# ("Betref aanvraag Maak werk van je buurt! - Buurtkeuken"), the closing quote not read
_SUBJECT_WORDS = {"betreft": "Betreft", "onderwerp": "Onderwerp", "objet": "Objet"}
_SUBJECT_LINE = re.compile(r"(?P<word>[^\W\d_]{5,9}(?: [^\W\d_](?=[ \t:]))?)"
                           r"(?P<gap>[ \t]*(?::[ \t]*|(?=[«\"‘“']))|[ \t]+(?=(?i:aanvraag|"
                           r"projectaanvraag|projectidee|candidature|demande|dossier)\b))(?P<title>\S.*)")
_OPENING_QUOTES = {"«": "»", '"': '"', "‘": "’", "“": "”", "'": "'"}


def _subject_restored(line: str, following: str = "") -> str:
    """"Ohjet : «Aire de jeux nature »" -> "Objet : «...»"; "Betreft ‘Repair café Het Hoekje" -> "Betreft:
    Repair café Het Hoekje" (an opening quote whose closing one is neither on the line nor on the ``following``
    one, where a long title wraps, is left out)."""
    found = _SUBJECT_LINE.fullmatch(line.strip())
    if found is None:
        return line
    word = fold(found["word"].replace(" ", ""))  # its last letter read apart ("Betref t aanvraag")
    subject = _SUBJECT_WORDS.get(word) or next(
        (label for known, label in _SUBJECT_WORDS.items()
         if one_letter_off(word, known) or (len(word) >= 6 and one_left_out(word, known) and (
             ":" in found["gap"] or found["title"][:1] not in _OPENING_QUOTES))),
        None)  # a letter left out: only before a colon or a subject's own word ("Bereft ‘Speeltuin" stays)
    if subject is None:
        return line
    title = found["title"].strip()
    closing = _OPENING_QUOTES.get(title[0])
    rest = f"{title[1:]} {following}"
    if closing is not None and closing not in rest and not (closing == "'" and "’" in rest):
        title = title[1:].strip()
    if not title or (subject == found["word"] and ":" in found["gap"] and title == found["title"].strip()):
        return line  # read right: as it stands
    return f"{subject}: {title}"


_SURNAME_THEN_LOST_LABEL = re.compile(
    r"(?P<head>(?P<label>Nom|Naam)\s*:?\s*[A-ZÀ-Ý][A-ZÀ-Ý' -]+?)\t(?:(?:Prénom|Voornaam)\s*)?[^\w\t]{0,3}\s*"
    r"(?P<given>[A-ZÀ-Ý][a-zà-ÿ-]+)[ ]*")
_GIVEN_NAME_LABEL = {"Nom": "Prénom", "Naam": "Voornaam"}


def _given_name_label_restored(line: str) -> str:
    """"Nom: LEMAIRE<tab>. Nathalie": a form's surname in capitals and, beside it, a given name whose label
    ("Prénom :") the reading lost (a speck, a dot is all that is left of it), or whose colon it read as a
    dot ("Prénom . Nathalie"): the label put back, so the person is read whole and not as a surname alone.
    Only a given name of the list counts."""
    found = _SURNAME_THEN_LOST_LABEL.fullmatch(line.strip())
    if found is None or not is_given_name(found.group("given")):
        return line
    return f"{found.group('head')}\t{_GIVEN_NAME_LABEL[found.group('label')]} : {found.group('given')}"


# a speck of dust or a quote-like mark read before a line's first word ("‘ Objet : ..."): no part of the line
_LEADING_SPECK = re.compile(r"(?m)^[ ]*[‘’'`,.][ ]+(?=[^\W\d_])")
# a closing guillemet read as ">" ("Objet : « Aire de jeux pour les petits >"): the title's quotes are whole again
_GUILLEMET_READ = re.compile(r"«([^»<>\n]{3,90}?)[ ]?>")
# and one read as a cell of its own after the answer ("Mairie de Winnezeele<tab>:"): it would end the row
_LAST_SPECK = re.compile(r"(?m)(?<=\S)[ ]*\t[ \t]*[:;,.|‘’'`]+[ \t]*$")


def _labels_restored(text: str) -> str:
    """OCR'd text with each label the reading garbled written as the label ("ini iatiefnemer" ->
    "initiatiefnemer"), where a label stands: a line of its own after a value, or a form's left column
    before a wide gap. A garbled label read as a value was the worst slip (a label as the contact's name)."""
    lines = _wrapped_hints_restored(
        _GUILLEMET_READ.sub(r"«\1»", _LAST_SPECK.sub("", _LEADING_SPECK.sub("", text)))).split("\n")
    previous_label = False
    for index, line in enumerate(lines):
        head, gap, rest = line.partition("\t")
        if head.strip() and (gap or not previous_label) and (label := misread_label(head)) is not None:
            lines[index] = f"{label}{gap}{rest}"
        following = lines[index + 1] if index + 1 < len(lines) else ""
        lines[index] = _euro_cells_joined(_subject_restored(_given_name_label_restored(_label_row_restored(
            _alternative_garbled(_last_label_restored(lines[index])))), following))
        previous_label = bool(line.strip()) and not gap and label_alone(lines[index]) is not None
    return _wrapped_answers("\n".join(lines))


# a label whose hint in brackets runs on to the next line of its box: "Naam initiatiefnemer (vereniging,
# bestuur" then "of bewoner)"; OCR reads the box's answer on the first line, after the hint's first words
_HINT_OPENED = re.compile(r"(?P<label>[^\t()]+?)\s*\((?P<inside>[^\t()]+)")
_CHOICE_MARKS = ".,;/"
_HINT_CLOSED = re.compile(r"\s*(?P<rest>[^\t()\d]{1,40})\)\s*(?:\t(?P<answer>[^\t]+))?")


def _wrapped_hints_restored(text: str) -> str:
    """A label's hint that wrapped, joined, and the answer read inside it put after it: "Naam initiatiefnemer
    (vereniging. bestuur Dorpscomité Wulvergem" / "of bewoner)" -> "Naam initiatiefnemer (vereniging. bestuur
    of bewoner)<tab>Dorpscomité Wulvergem". The hint is a list of choices in small letters, each but the last
    on the line followed by its mark (OCR reads a comma as a full stop); the answer is what follows the last
    ("commune foyer rural de ..."), or stands after the hint's end ("of bewoner)<tab>Dorpsraad Stavele"). A
    hint with no answer beside it, or not a list of choices ("(en KBO-nummer"), is left as read."""
    lines = text.split("\n")
    for index in range(len(lines) - 1):
        opened, closed = _HINT_OPENED.fullmatch(lines[index]), _HINT_CLOSED.fullmatch(lines[index + 1])
        if opened is None or closed is None or label_alone(opened["label"]) is None:
            continue
        words = opened["inside"].split()
        # the hint is a list of choices ("vereniging, bestuur of bewoner"): its words up to the first that no
        # mark follows, which the line under it goes on from ("of bewoner)")
        last = next((at for at, word in enumerate(words) if word[-1] not in _CHOICE_MARKS), len(words) - 1)
        start = last + 1
        if last == 0 or not all(word.strip(_CHOICE_MARKS).islower() for word in words[:start]) \
                or (start < len(words)) == bool(closed["answer"]):
            continue  # no list of choices, or no answer, or two: a line of some other kind
        hint = " ".join([*words[:start], closed["rest"].strip()])
        lines[index] = f"{opened['label']} ({hint})\t{' '.join(words[start:]) or closed['answer'].strip()}"
        lines[index + 1] = ""
    return "\n".join(lines)


def _label_row_restored(line: str) -> str:
    """A row of labels whose later cells OCR garbled ("Personne de contact (prénom et nom)<tab>Telphore"): each
    such cell written as its label, so that the row reads as labels and the row under it as their answers
    (the garbled "Téléphone" had been the contact's name). Only after a cell that is a label."""
    cells = line.split("\t")
    field = label_alone(cells[0]) if len(cells) >= 2 else None
    if field is None:
        return line
    restored = [cells[0], *(label if cell.strip() and label_alone(cell) is None
                            and (label := misread_label(cell)) is not None and not _part_of(cell, label)
                            and label_alone(label) not in (field, *_ANSWERS_LIKE_LABELS) else cell
                            for cell in cells[1:])]
    return "\t".join(restored)


# the answers a garbled reading could make look like a label: a group's, a person's or a project's name
_ANSWERS_LIKE_LABELS = ("organisation", "contact_name", "project_title")


def _part_of(read: str, label: str) -> bool:
    """``read`` is a whole word of ``label`` read right ("Voorzitter" of "naam voorzitter"), not a misreading of
    it: it may be an answer (a role), and is left as read."""
    return fold(read) in fold(label).split()


# a label's alternative names the field's noun after its article: "/ de l'association", "/ van de vereniging"
_ALTERNATIVE_NOUN = re.compile(r"(?i)(?:de|du|des|d['’]|van|of|the|het|la|le|l['’])\b")


def _alternative_garbled(line: str) -> str:
    """A label offering alternatives whose second OCR garbled ("Nom du groupe / de fassociation"), written as
    the first: the garbled noun had made the whole line a group's name."""
    first, slash, rest = line.partition("/")
    field = label_alone(first) if slash and "\t" not in line else None
    if field is None or label_alone(line) is not None:
        return line
    if len(rest.split()) > 3 or any(character.isdigit() for character in rest) or "/" in rest \
            or not _ALTERNATIVE_NOUN.match(rest.strip()):
        return line  # an answer that starts with a label's word ("Vereniging / Buurtcomité De Vlinder")
    named = label_alone(rest) or label_alone(misread_label(rest) or "") or (label_at_start(rest) or (None,))[0]
    if named is not None and named != field:
        return line  # "Naam vereniging / voorzitter": a second label, another field's
    return first.rstrip()


_NAME_BOXES = frozenset({"contact_name", SURNAME_FIRST})
_TEXT_BOXES = frozenset({"organisation", "project_title"})


def _wrapped_answers(text: str) -> str:
    """A form's handwritten answer that ran on under its box, joined to it: "Personne de contact<tab>NATHALIE"
    then "LHEUREUX"; "Intitulé du projet<tab>Jardin" then "partagé derrière la mairie". Only a name's one
    word followed by a line of one or two words, or a title or a group followed by a line that goes on in
    lower case; never a line that is a label, holds a digit or an address, or is a cell of a row."""
    lines = text.split("\n")
    for index in range(len(lines) - 1, 0, -1):
        head, gap, answer = lines[index - 1].partition("\t")
        following = lines[index].strip()
        field = label_alone(head) if gap and answer.strip() and "\t" not in answer.strip() else None
        if field is None or not following or "\t" in lines[index] or re.search(r"[\d@]", following) \
                or label_alone(following) is not None or label_at_start(following) is not None \
                or NUMBERED.match(following):
            continue
        words = following.split()
        if (field in _NAME_BOXES and len(answer.split()) == 1 and len(words) <= 2
                and all(word.isalpha() for word in words)) \
                or (field in _TEXT_BOXES and following[:1].islower()):
            lines[index - 1] = f"{lines[index - 1].rstrip()} {following}"
            lines[index] = ""
    return "\n".join(lines)


def parse_body(raw_message: bytes | BinaryIO, *, call: CallDefinition | None = None) -> ParsedDocument:
    """The e-mail's own text as a document named ``(body)``: quotes trimmed, signature read for contacts.

    One pass over the message (bytes or a stream): attachments are only counted on the way, so a 100 MB
    attachment costs a line of memory, not its size."""
    try:
        call = call or default_call()
        return _body_document(read_body(read_mime(raw_message, HeadSink)), call)
    except Exception as exc:  # noqa: BLE001 - the reason is kept on the document
        return _document(BODY_FILENAME, "text/plain", FAILED, f"{type(exc).__name__}: {exc}"[:500])


# "Ik stuur de aanvraag van Jens Lahaye door", "... in naam van Annick Vandevoorde", "la candidature de Benoît
# Wemaere", "aan ons onthaal afgegeven door Brecht Lobelle", "Je transfère le dossier", "I am forwarding ...":
# the mail sends on someone else's application
_SENT_ON_FOR = re.compile(
    r"(?i)(?:\b(?:aanvraag\w*|dossier|projectidee|formulier|candidature|demande|application|projet|project)\s+"
    r"(?:van|de|d['’]|of|from)|\bin naam van|\bnamens|\bau nom de|\bde la part de|\bon behalf of|"
    r"\b(?:afgegeven|binnengebracht|gebracht|ingediend)\s+(?:[\w'’]+\s+){0,4}?door|"
    r"\b(?:déposée?s?|remise?s?|apportée?s?)\s+(?:[\w'’]+\s+){0,4}?par|"
    r"\b(?:handed\s+in|dropped\s+off|brought\s+in)\s+(?:\w+\s+){0,4}?by)\s+"
    # a particle only after the given name ("Jan Van den Broeck"): "Jolien Bulcke van Feitelijke vereniging X"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\wà-ÿ'’-]+(?:\s+(?:van der|van den|van de|van|de|der|den|le|la|du|Van|De|Le|La|Du))?"
    r"(?:\s+[A-ZÀ-Ý][\wà-ÿ'’-]+){1,2}))"
    r"|\bje\s+(?:vous\s+)?(?:transf[èe]re|fais\s+suivre)\b|\bI\s*(?:am|'m)\s+forwarding\b"
    # "Voici le projet présenté par notre président ; je vous joins son message": someone else's, unnamed
    r"|\b(?:présentée?|rédigée?|écrite?|préparée?|voorgesteld|opgesteld|geschreven)\s+(?:par|door)\s+"
    r"(?:notre|mon|ma|leur|son|sa|onze|ons|mijn|zijn|haar)\s+[\wé-]+"
    r"|\b(?:je\s+vous\s+(?:joins|transmets)|ik\s+stuur\s+(?:u\s+)?)\s*(?:son|sa|zijn|haar)\s+"
    r"(?:message|mail|courriel|e-?mail|bericht|aanvraag|demande|dossier)\b"
    # "Mevrouw X bracht haar aanvraag op papier binnen op ons secretariaat", "il a déposé son dossier en mairie";
    # "Ze heeft zelf geen e-mailadres", "elle n'a pas d'adresse mail": the one who applies is not the sender
    r"|\b(?:bracht|brachten|bezorgde|bezorgden|gaf|gaven)\s+(?:zijn|haar|hun)\s+(?:aanvraag|dossier|formulier|brief)\b"
    r"|\b(?:a|ont)\s+(?:déposé|apporté|remis)\s+(?:son|sa|leur)\s+(?:dossier|demande|candidature|formulaire)\b"
    r"|\b(?:heeft|hebben)\s+(?:zelf\s+)?geen\s+e-?mail(?:adres)?\b"
    r"|\bn['’](?:a|ont)\s+pas\s+d['’](?:adresse\s+)?(?:e-?mail|mail|courriel)\b")
SENDER_ON = 0.7  # the contact details of whoever sends an application on: kept, to check
NAMED_APPLICANT = 0.72  # above the sender's own name, still to check


def sends_on(text: str) -> tuple[bool, str | None]:
    """Whether the mail's own words say it sends on a named person's application, or forward one ("je
    transfère"), and the person named, when one is."""
    said = [found.group("name") for found in _SENT_ON_FOR.finditer(text)
            if found.group("name") is None or looks_like_person(found.group("name"))]
    return bool(said), next((name for name in said if name is not None), None)


WORDLESS_SENDER = 0.6  # under the review threshold: a mail without words does not say who sends it


SUBJECT_TITLE = 0.6  # a project's name read in the subject line
SUBJECT_TITLE_AGAIN = 0.75  # ... and written again in the mail's own words: over a quoted word of the text (0.7)


def _body_document(parts: BodyParts, call: CallDefinition) -> ParsedDocument:
    # a mail with no words of its own (a phone's photo sent as it is) still says who sent it and, in its
    # subject, what about: the envelope's fields, read as for any body; the address to check (no words say
    # the sender is the applicant: a shared scanner or a town hall's desk sends such mail too)
    wordless = not parts.text.strip() and not parts.signature.strip()
    if wordless and not parts.sender:
        return _document(BODY_FILENAME, "text/plain", NO_TEXT, "the message has no text")
    fields, language = extract(parts.text, call)
    extra = Harvest()
    if parts.signature:
        # the signature is the applicant's own, just not part of the idea: contacts only, a bit weaker
        signature = without_urls(parts.signature)
        from_label_lines(extra, signature, call)
        from_prose(extra, signature, call)
        extra.candidates = [
            FieldValue(c.name, c.value, c.source, round(c.confidence - 0.05, 3)) for c in extra.candidates
            if c.name in CONTACT_FIELDS
        ]
    sent_on, applicant = sends_on(parts.text)
    if parts.forwards_own and applicant is None:
        sent_on = False  # "je vous fais suivre le mail ci-dessous" of their own: the sender is the applicant
    if sent_on:
        # a town hall, a secretary or a son sends the application on: the name, e-mail, phone and address the
        # mail gives are most likely the sender's own, not the applicant's (the attachment's win where it has them)
        fields = {name: replace(value, confidence=min(value.confidence, SENDER_ON)) if name in _SENDERS_OWN
                  else value for name, value in fields.items()}
        extra.candidates = [replace(c, confidence=min(c.confidence, SENDER_ON)) if c.name in _SENDERS_OWN else c
                            for c in extra.candidates]
    if applicant is not None:
        # the person whose application it is: the contact, where no document the mail brings names one
        extra.add("contact_name", applicant, BODY, NAMED_APPLICANT)
    if parts.sender:
        # From: is where we reply, not a guess: sure enough not to be checked, unless a header casts doubt on
        # it. A written address still beats it (a secretary may send for the group), so none is added then.
        written = "email" in fields or any(c.name == "email" for c in extra.candidates)
        sure = SENDER_ADDRESS if parts.sender_doubt is None else 0.5
        if sent_on:
            sure = min(sure, SENDER_ON)  # the address of whoever sends the application on
        if wordless:
            sure = min(sure, WORDLESS_SENDER)
        extra.add("email", parts.sender, BODY, 0.5 if written else sure)
    if parts.sender_name and parts.sender_doubt is None and not sent_on and not parts.forwarded_for:
        extra.candidates.extend(_sender_named(parts.sender_name, parts.sender))
    if parts.sender and not sent_on and "organisation" not in fields \
            and not any(c.name == "organisation" for c in extra.candidates) \
            and (spelled := group_the_address_spells(parts.text, parts.sender)) is not None:
        # "degoudenleeuw.proven@" writing "Wij baten café De Gouden Leeuw uit": the group the sender's own
        # address spells, as the mail writes it; to check
        extra.add("organisation", spelled, BODY, 0.6)
    if parts.quoted:
        # the earlier message quoted below: only what the own words do not say, and always to check
        quoted_fields, _ = extract(parts.quoted, call)
        if parts.forwarded_for and not _an_application_of_its_own(fields):
            # forwarded for someone else: who applies and where they live is in the forwarded mail
            fields = {name: value for name, value in fields.items() if name not in CONTACT_FIELDS}
            extra.candidates = [c for c in extra.candidates if c.name not in CONTACT_FIELDS]
            extra.add("email", parts.forwarded_for, BODY, 0.75)
        said = set(fields) | {c.name for c in extra.candidates}
        for name, value in quoted_fields.items():
            if name not in said and name in FIELD_NAMES:
                extra.add(name, value.value, QUOTED, min(value.confidence - 0.1, 0.7))
    title = title_from_subject(parts.subject, tuple(call.name.values())) if parts.subject else None
    if title and fold(title).strip(" !") not in {fold(name).strip(" !") for name in call.name.values()}:
        # the subject's name quoted again in the mail's own words ("... elke laatste zondag 'Kiosk op zondag'")
        # is surer than a word the text quotes for another reason ("de titel 'Koninklijk'")
        quoted = re.search(rf"[‘'\"“«]\s*{re.escape(title)}\s*[’'\"”»]", parts.text)
        again = len(title.split()) >= 2 and quoted is not None
        extra.add("project_title", title, BODY, SUBJECT_TITLE_AGAIN if again else SUBJECT_TITLE)
    merged = best_by_field([*fields.values(), *extra.candidates])
    text = parts.text if not parts.signature else f"{parts.text}{SIGNATURE_MARK}{parts.signature}"
    return _document(BODY_FILENAME, "text/plain", PARSED, None, language=language, fields=merged, text=text)


def _an_application_of_its_own(fields: dict[str, FieldValue]) -> bool:
    """The sender's own words ask an amount and sign with a name and a street ("Hier onze aanvraag ... We
    vragen 2.400 euro. / Bart Hoflack / Stationsstraat 12"): a mail forwarded below it (the alderman's support,
    a quote) is an enclosure, not someone else's application sent on."""
    return all(name in fields for name in ("requested_amount", "contact_name", "address"))


def _sender_named(name: str, address: str | None = None) -> list[FieldValue]:
    """What From:'s name says: the group ("Jeugdhuis De Kelder <marijke.decoene@...>") or the person, a known
    given name first ("Stijn Ghesquière"), or one that is also a surname when the sender's own ``address``
    spells the name in that order ("Benoît Hennebelle <benoit.hennebelle@...>", "Michel Vandamme
    <mvandamme@...>"); a weak answer, to check (``SENDER_NAME``, source ``sender``). Not a desk, a
    department, a copier or a family ("Onthaal Gemeente Heuvelland", "Secretariaat Basisschool De Klimop",
    "Canon Scanner", "Familie Peeters"), nor a name and a group in one ("Els Peeters - Chiro Sint-Jan"), nor a
    name written surname first."""
    name = " ".join(name.split())
    if not name or _SENDER_PARTS.search(name):
        return []
    first = name.split()[0]
    person = looks_like_person(name) and not first.isupper() and given_name_last(name) is not True
    spelled = address is not None and len(name.split()) == 2 and address_spells(address, name, whole=True)
    if person and (is_given_name(first) or (given_name_or_surname(first) and spelled)):
        return [FieldValue("contact_name", name, SENDER, SENDER_NAME)]
    if _GROUP_FIRST.match(name) and not is_given_name(first):
        return [FieldValue("organisation", name, SENDER, SENDER_NAME)]
    return []


# a display name of two parts: a person and a group, a desk and a town ("Els Peeters - Chiro", "X | vzw Y",
# "Thomas (Chiro)", "Lieve namens Ferm")
_SENDER_PARTS = re.compile(r"(?i)\s[-–|/:]\s|[|()@]|\b(?:namens|de la part de|via|bvba|bv|nv|sa|sprl|srl|sarl|"
                           r"commv|vof)\b")
# a group's name starts with what it is: "Jeugdhuis De Kelder", "Les Amis du patrimoine", "vzw De Linde"
_GROUP_FIRST = re.compile(rf"(?i)(?:(?:les|la|le|l['’]|de|het|den)\s*)?(?:{ORG_WORD_PATTERN})")


_SENDERS_OWN = frozenset({"contact_name", "email", "phone", "address", "postcode", "municipality"})


def parse_email(raw_message: bytes | BinaryIO, *, call: CallDefinition | None = None,
                max_bytes: int | None = None, open_packed: bool = True,
                max_pictures: int | None = None) -> tuple[ParsedDocument, list[ParsedDocument]]:
    """The body as a document plus one document per attachment, in the message's order (attachments are
    held in memory: for ``intake extract``; the worker reads them from their stored files). A mail saved in
    an archive is read with ``open_packed`` false and what is left of the archive's ``max_pictures``."""
    try:
        call = call or default_call()
        reading = read_mime(raw_message, MemorySink)
    except Exception as exc:  # noqa: BLE001 - the reason is kept on the document
        return _document(BODY_FILENAME, "text/plain", FAILED, f"{type(exc).__name__}: {exc}"[:500]), []
    try:
        body = _body_document(read_body(reading), call)
    except Exception as exc:  # noqa: BLE001
        body = _document(BODY_FILENAME, "text/plain", FAILED, f"{type(exc).__name__}: {exc}"[:500])
    documents = []
    pictures = 0
    for attachment in reading.attachments:
        if max_pictures is not None and attachment.sniffed_type in _OCR_IMAGES \
                and (pictures := pictures + 1) > max_pictures:
            documents.append(_document(attachment.filename, attachment.sniffed_type, UNSUPPORTED,
                                       f"more than {max_pictures} pictures: not read"))
            continue
        with attachment.sink.read_back() as held:
            data = held.read()
        documents.append(parse_document(data, attachment.filename, call=call, max_bytes=max_bytes,
                                        open_packed=open_packed))
    return body, documents

