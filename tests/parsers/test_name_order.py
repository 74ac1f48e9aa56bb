"""A form's contact written surname first, turned only when the application's mail says so."""

from __future__ import annotations

from types import MappingProxyType

from parsers.merge import merge_fields
from parsers.model import BODY, FORM_FIELD, PARSED, FieldValue, ParsedDocument
from parsers.name_order import signed_given_names, surname_first


def _document(name: str, fields: dict[str, tuple[str, str]], text: str = "") -> ParsedDocument:
    values = {field: FieldValue(field, value, source, 0.98 if source == FORM_FIELD else 0.85)
              for field, (value, source) in fields.items()}
    return ParsedDocument(name, "application/pdf", PARSED, None, "nl", MappingProxyType(values), text)


def test_the_mail_signed_with_the_given_name_alone_turns_the_form_s_name() -> None:
    body = _document("(body)", {"email": ("lien@example.org", BODY)},
                     "Beste,\n\nIn bijlage ons formulier.\n\nMet vriendelijke groeten,\nLien\n")
    form = _document("formulier.pdf", {"contact_name": ("Ryckewaert Lien", FORM_FIELD)})
    merged = merge_fields([body, form])
    assert merged["contact_name"].value == "Lien Ryckewaert" and merged["contact_name"].confidence == 0.98


def test_an_address_of_the_initial_and_the_other_words_turns_it() -> None:
    assert surname_first("Deconinck Lieven", email="ldeconinck@example.net")
    assert surname_first("Van den Broeck Jan", email="jvandenbroeck@example.net")
    form = _document("formulier.pdf", {"contact_name": ("Deconinck Lieven", FORM_FIELD),
                                       "email": ("ldeconinck@example.net", FORM_FIELD)})
    assert merge_fields([form])["contact_name"].value == "Lieven Deconinck"


def test_a_whole_name_address_says_nothing_of_the_order() -> None:
    # "vanneste.marijke@" for "Marijke Vanneste" is as common as "wouter.lermytte@" for "Lermytte Wouter"
    assert not surname_first("Lermytte Wouter", email="wouter.lermytte@example.net")
    assert not surname_first("Marijke Vanneste", email="vanneste.marijke@example.net")


def test_a_name_the_mail_says_nothing_about_or_says_is_given_name_first_is_kept() -> None:
    assert not surname_first("Jan Peeters", email="jpeeters@example.org")
    assert not surname_first("Jan Peeters", email="jan.peeters@example.org")
    assert not surname_first("Jan Peeters", email="info@buurthuis.be")
    assert not surname_first("Jan Peeters", signed={"jan"})
    assert not surname_first("DUPONT Marie", email="mdupont@example.org")  # capitals: another rule's
    town_hall = _document("(body)", {"email": ("info@gemeente.be", BODY)},
                          "Geachte,\n\nIn bijlage het formulier.\n\nMet vriendelijke groeten,\n\nFemke Desmet\n")
    form = _document("formulier.pdf", {"contact_name": ("Lermytte Wouter", FORM_FIELD)})
    assert merge_fields([town_hall, form])["contact_name"].value == "Lermytte Wouter"
    assert signed_given_names([town_hall.text]) == set()
