"""An e-mail address OCR garbled past any address pattern is put back together from its domain, to check."""

from __future__ import annotations

import pytest

import parsers.documents as documents
from parsers.confidence import REVIEW_THRESHOLD
from parsers.documents import default_call
from parsers.ocr import OcrPage
from parsers.ocr_emails import addresses_joined, domain_mended, repaired_email, spelled_as_named

LETTER = ("Union sportive Steenvoorde football\n24 rue de Bailleul\n59114 Steenvoorde\n"
          "Tél. 0601715979 — vercoutre hervedhexampie com\n\nHervé Vercoutre\nSecrétaire\n")


def test_an_address_read_with_spaces_and_its_at_sign_as_letters_is_put_back() -> None:
    # the "@" read as two letters: the split whose last piece is a word of the page (the signature) wins
    assert repaired_email(LETTER) == "vercoutre.herve@example.com"
    assert repaired_email("E-mailadres : jan.peeters gmail com") == "jan.peeters@gmail.com"
    assert repaired_email("Courriel : marie.dupont&orange fr") == "marie.dupont@orange.fr"
    assert repaired_email("Courriel : dupont©exampie.org") == "dupont@example.org"


def test_words_before_a_domain_in_a_sentence_are_no_address() -> None:
    assert repaired_email("we gaan naar het example com") is None
    assert repaired_email("Tel 0475 12 34 56, de gemeente be") is None
    assert repaired_email("Contact : an.olivier@example.net") is None  # read whole: the page's rules take it


def test_a_repaired_address_is_given_to_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "ocr_images", lambda pages, **_: [OcrPage(LETTER, 85.0, 30)])
    email = documents._from_ocr([b"page"], "photo.jpg", "image/jpeg", default_call()).fields["email"]
    assert email.value == "vercoutre.herve@example.com" and email.confidence < REVIEW_THRESHOLD


def test_an_address_the_page_gives_whole_is_not_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    page = LETTER.replace("59114 Steenvoorde\n", "59114 Steenvoorde\nus.steenvoorde@example.org\n")
    monkeypatch.setattr(documents, "ocr_images", lambda pages, **_: [OcrPage(page, 85.0, 30)])
    email = documents._from_ocr([b"page"], "photo.jpg", "image/jpeg", default_call()).fields["email"]
    assert email.value == "us.steenvoorde@example.org"


def test_the_calls_own_address_in_a_forms_footer_is_never_the_applicants(monkeypatch: pytest.MonkeyPatch) -> None:
    footer = ("Naam organisatie : Jeugdhuis De Kring\nContactpersoon : An Baert\n"
              "Partons 2.0 — Woumenweg 100, 8600 Diksmuide — Tél. 051 00 00 00 — coordinator Gexample. org\n")
    monkeypatch.setattr(documents, "ocr_images", lambda pages, **_: [OcrPage(footer, 85.0, 30)])
    assert "email" not in documents._from_ocr([b"page"], "photo.jpg", "image/jpeg", default_call()).fields


def test_an_address_whose_dot_was_read_as_a_space_is_joined_when_the_page_names_the_person() -> None:
    assert addresses_joined("Contactpersoon : An Olivier\nE-mailadres\tolivier an@example.net") == \
        "Contactpersoon : An Olivier\nE-mailadres\tolivier.an@example.net"
    # a word of a sentence, or a label, before an address is no part of it
    assert addresses_joined("Contact : Jan Peeters\nmail naar jan@example.net") == \
        "Contact : Jan Peeters\nmail naar jan@example.net"
    labelled = "Courriel : Marie\ncourriel marie@example.org"
    assert addresses_joined(labelled) == labelled


def test_the_joined_address_is_the_one_read(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "Contactpersoon : An Olivier\nTelefoon : 0478 27 64 19\tE-mailadres : olivier an@example.net\n"
    monkeypatch.setattr(documents, "ocr_images", lambda pages, **_: [OcrPage(page, 85.0, 30)])
    email = documents._from_ocr([b"page"], "photo.jpg", "image/jpeg", default_call()).fields["email"]
    assert email.value == "olivier.an@example.net" and email.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("read", "person", "group", "mended"), [
    ("vermeersch.jozel@example.org", "Jozef Vermeersch", None, "vermeersch.jozef@example.org"),
    ("jemmalangemark@example.com", None, "Femma Langemark", "femmalangemark@example.com"),
    ("jvermeersoh@example.org", "Jozef Vermeersch", None, "jvermeersch@example.org"),
    ("vermeersch.jozef@example.org", "Jozef Vermeersch", None, None),  # already right
    ("info.dorpsraad@example.org", "Jozef Vermeersch", "Dorpsraad Proven", None),  # not built from a name
])
def test_an_address_one_letter_off_the_name_it_is_built_from(read: str, person: str | None, group: str | None,
                                                             mended: str | None) -> None:
    assert spelled_as_named(read, person, group) == mended


def test_a_page_s_address_misread_beside_the_name_it_is_built_from(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "Contactpersoon\tJozef Vermeersch\nE-mail\tvermeersch.jozel@example.org\n"
    monkeypatch.setattr(documents, "ocr_images", lambda pages, **_: [OcrPage(page, 80.0, 6)])
    fields = documents._from_ocr([b"page"], "scan.pdf", "application/pdf", default_call()).fields
    assert fields["email"].value == "vermeersch.jozef@example.org"
    assert fields["email"].confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("read", "joined"), [
    # a handwritten address cut in three: the page's person whose names its letters spell, with a dot
    ("est Pascal\nLefebvre (+33 6 80 60 44 32, pascalle fe bvre@example.org.",
     "est Pascal\nLefebvre (+33 6 80 60 44 32, pascal.lefebvre@example.org."),
    ("Pascal Lefebvre, mail lefeb vre pascal@example.org", "Pascal Lefebvre, mail lefebvre.pascal@example.org"),
    # the words of a sentence before it are not part of it
    ("Pascal Lefebvre: schrijf naar pascalle fe bvre@example.org",
     "Pascal Lefebvre: schrijf naar pascal.lefebvre@example.org"),
    # letters that spell no one's names, or only one of them, are left as read
    ("Pascal Lefebvre, mail lefeb vre@example.org", "Pascal Lefebvre, mail lefeb vre@example.org"),
    ("Jan Peeters, mail pascalle fe bvre@example.org", "Jan Peeters, mail pascalle fe bvre@example.org"),
])
def test_an_address_cut_in_pieces_is_the_name_of_the_pages_person(read: str, joined: str) -> None:
    assert addresses_joined(read) == joined


@pytest.mark.parametrize(("read", "meant"), [
    ("wouter.vanneste@example.ory", "wouter.vanneste@example.org"),  # a letter of the top-level domain misread
    ("ouderraad@example.or", "ouderraad@example.org"),  # its last letter lost, not "fr" with one changed
    ("x.y@exampie.org", "x.y@example.org"),  # the provider's name a letter off
    ("els@hotmai.com", "els@hotmail.com"),
    ("stijn@exampleorg", "stijn@example.org"),  # the dot before the top-level domain not read
    ("jan@gmail.con", "jan@gmail.com"),
])
def test_a_providers_domain_read_with_a_slip_is_mended(read: str, meant: str) -> None:
    assert domain_mended(read) == meant


@pytest.mark.parametrize("read", [
    "wouter.vanneste@example.org",  # as written
    "jan@free.fr",
    "p.ryckewaert@wijtschate.example.org",
    "secretariaat@vzw-klimop.be",  # a group's own domain: as read
    "info@tree.fr",  # a short provider's name one letter off is as often another domain
    "x@example",  # no top-level domain at all
])
def test_an_address_that_is_no_providers_slip_is_left_as_read(read: str) -> None:
    assert domain_mended(read) is None


def test_a_pages_address_with_its_domain_misread_comes_out_mended_and_to_check() -> None:
    text = ("Buurtcomité De Molenwijk\nStijn Ghesquière\nLindenlaan 138\n8600 Lampernisse\n"
            "e-mail: stijn.ghesquiere@example.ory\n\nBetreft: Ontmoetingsplek in het oude station\n")
    document = documents._from_recognised(text, "", "brief.jpg", "image/jpeg", default_call())
    email = document.fields["email"]
    assert email.value == "stijn.ghesquiere@example.org" and email.confidence < REVIEW_THRESHOLD
