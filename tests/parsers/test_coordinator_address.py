"""The coordinator's own address, written on a form ("Terug te sturen naar ...") or OCR'd from a scan a letter
or two off, is never the applicant's; the addresses a mail was delivered to say which it is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from config.call import load_call
from parsers import parse_document
from parsers.envelope import read_envelope
from parsers.merge import as_one_message, without_coordinator
from parsers.model import BODY, GUESSED, LABEL, FieldValue, ParsedDocument
from tests.parsers.format_samples import odt_file, word_form

COORDINATOR = frozenset({"coordinator@example.org"})


def _document(email: str) -> ParsedDocument:
    return ParsedDocument("scan.pdf", "application/pdf", "parsed", None, "nl", {
        "email": FieldValue("email", email, LABEL, 0.68),
        "contact_name": FieldValue("contact_name", "Lotte Vos", BODY, 0.6)})


@pytest.mark.parametrize("written", ["coordinator@example.org", "Coordinator@Example.org", "coordinaton@exampke.org",
                                     "coordinator@example.or"])
def test_the_coordinator_s_address_or_a_misreading_of_it_is_dropped(written: str) -> None:
    kept = without_coordinator(_document(written), COORDINATOR)
    assert "email" not in kept.fields and kept.fields["contact_name"].value == "Lotte Vos"


@pytest.mark.parametrize("written", ["lotte.vos@example.org", "coordination@dikkebus.example.net", "info@example.org"])
def test_an_applicant_s_address_is_kept(written: str) -> None:
    assert without_coordinator(_document(written), COORDINATOR).fields["email"].value == written


def test_the_mailbox_a_mail_was_delivered_to_but_not_its_copies() -> None:
    raw = (b"From: Lotte Vos <lotte.vos@example.org>\r\nTo: Partons 2.0 <Coordinator@Example.org>\r\n"
           b"Cc: Lotte Vos <lotte.vos@example.org>\r\nDelivered-To: intake@example.org\r\n"
           b"Subject: Idee\r\n\r\nBeste\r\n")
    assert read_envelope(raw).recipients == {"coordinator@example.org", "intake@example.org"}


def _body(email: str) -> ParsedDocument:
    return ParsedDocument("(body)", "text/plain", "parsed", None, "fr",
                          {"email": FieldValue("email", email, BODY, 0.85)}, "Bonjour,\nvoici notre dossier.\n")


def _page(text: str, fields: dict | None = None) -> ParsedDocument:
    return ParsedDocument("scan.pdf", "application/pdf", "parsed", None, "fr", fields or {}, text)


@pytest.mark.parametrize(("page_text", "page_email", "sure"), [
    ("Votre projet\tpascalle fe bvre @example. org", None, False),  # an address shown that OCR could not read
    ("Courriel :\t@ 3e£ ..", None, False),  # the page asks for one and its answer was not read
    # the label garbled past reading, the domain's dot lost: still an address the page shows
    ("\u201cFU\tjesglhuisdekelder@esample ne", None, False),
    ("Les Amis de la gare@ 10 h", None, True),  # an "@" between words is no address
    ("À renvoyer à coordinator@example.org ou par courrier.", None, True),  # only the coordinator's
    ("Courriel : pascal.lefebvre@example.org", "pascal.lefebvre@example.org", True),  # the page gave one
    ("Pas d'adresse sur cette page.", None, True),
])
def test_the_sender_s_address_is_to_check_when_a_page_asks_one_it_did_not_give(
        page_text: str, page_email: str | None, sure: bool) -> None:
    fields = {"email": FieldValue("email", page_email, LABEL, 0.68)} if page_email else None
    documents = as_one_message([_body("pascal.lefebvre@example.org"), _page(page_text, fields)], COORDINATOR)
    assert (documents[0].fields["email"].confidence >= 0.8) is sure


def test_a_typed_title_with_an_at_sign_is_no_address_the_page_shows() -> None:
    # "Kunst@school" in a Word letter is a project's name; on a scan, "x@esample ne" is an address misread
    letter = ParsedDocument("brief.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "parsed", None, "nl", {}, "Betreft: Kunst@school\nBeste,\n")
    body, _ = as_one_message([_body("pascal.lefebvre@example.org"), letter], COORDINATOR)
    assert body.fields["email"].confidence >= 0.8
    body, _ = as_one_message([_body("pascal.lefebvre@example.org"), _page("Betreft: Kunst@school\n")], COORDINATOR)
    assert body.fields["email"].confidence < 0.8


def test_the_sender_s_phone_is_to_check_when_a_form_s_phone_was_not_read() -> None:
    body = ParsedDocument("(body)", "text/plain", "parsed", None, "nl",
                          {"phone": FieldValue("phone", "+3257123456", BODY, 0.8)}, "Groeten,\nLies\n057 12 34 56\n")
    lowered, _ = as_one_message([body, _page("Telefoon / gsm\t0446 +89 853\n")], COORDINATOR)
    assert lowered.fields["phone"].confidence < 0.8
    sure, _ = as_one_message([body, _page("Naam vereniging\tDorpsraad Loker\n")], COORDINATOR)
    assert sure.fields["phone"].confidence == 0.8


def test_the_coordinator_s_address_dropped_from_a_typed_form_is_no_unread_one() -> None:
    page = _page("Terug te sturen naar coordinator@example.org",
                 {"email": FieldValue("email", "coordinator@example.org", BODY, 0.8)})
    body, kept = as_one_message([_body("lotte.vos@example.org"), page], COORDINATOR)
    assert "email" not in kept.fields and body.fields["email"].confidence == 0.85


def test_a_page_whose_only_address_read_was_the_coordinator_s_leaves_the_sender_s_to_check() -> None:
    # a photo of a letter to the coordinator: the applicant's own address, if the page has one, was not read
    page = _page("Partons 2.0\\ncoordinator@example.org\\n\\nMadame,\\n",
                 {"email": FieldValue("email", "coordinator@example.org", BODY, 0.64)})
    body, kept = as_one_message([_body("pascal.lefebvre@example.org"), page], COORDINATOR)
    assert "email" not in kept.fields and body.fields["email"].confidence < 0.8


def test_a_page_s_own_address_put_back_together_leaves_the_sender_s_to_check() -> None:
    # a guess ranks below the sender's address, which would otherwise win, sure, over what the page shows
    page = _page("Courriel : pascal lefebvre example org",
                 {"email": FieldValue("email", "pascal.lefebvre@example.org", GUESSED, 0.5)})
    body, _ = as_one_message([_body("secretariat@mairie-bierne.example.org"), page], COORDINATOR)
    assert body.fields["email"].confidence < 0.8
    same, _ = as_one_message([_body("pascal.lefebvre@example.org"), page], COORDINATOR)
    assert same.fields["email"].confidence == 0.85  # the page's guess is the sender's own address


@pytest.mark.parametrize(("read", "typed"), [
    ("grietvermeulen@example.com", "griet.vermeulen@example.com"),  # the dot lost
    ("lotte-vandenbussche@example.org", "lotte.vandenbussche@example.org"),  # the dot read as a dash
    ("deleu@-example.com", "griet.deleu@example.com"),  # the first word lost at the line's start, a mark put in
])
def test_a_scanned_page_s_address_misread_is_the_sender_s_as_typed(read: str, typed: str) -> None:
    page = _page(f"E-mail\t{read}", {"email": FieldValue("email", read, LABEL, 0.64)})
    body, kept = as_one_message([_body(typed), page], COORDINATOR)
    assert kept.fields["email"].value == typed and kept.fields["email"].confidence == 0.64  # still to check
    assert body.fields["email"].confidence == 0.85


@pytest.mark.parametrize(("read", "typed"), [
    ("deleu@example.com", "griet.deleu@example.net"),  # another domain
    ("jan.deleu@example.com", "griet.deleu@example.com"),  # another person of the family
    ("eleu@example.com", "griet.deleu@example.com"),  # not a whole word of the typed one
    ("info@example.com", "secretariat@example.com"),  # the same domain only
    # one letter other: another person of the family or the office as likely as a slip
    ("pdeleu@example.orq", "jdeleu@example.org"),
    ("maire@mairie-bierne.example.fr", "accueil@mairie-bierne.example.fr"),
    ("lies.maes@example.org", "lien.maes@example.org"), ("jan.deleu59@example.org", "jan.deleu@example.org"),
    ("deleu@example.com", "griet.deleu@example.com"),  # a shorter address, its domain read whole: the family's
])
def test_another_address_on_the_page_is_left_as_read(read: str, typed: str) -> None:
    page = _page(f"E-mail\t{read}", {"email": FieldValue("email", read, LABEL, 0.64)})
    body, kept = as_one_message([_body(typed), page], COORDINATOR)
    assert kept.fields["email"].value == read and body.fields["email"].confidence < 0.8


def test_a_typed_letter_s_other_address_is_left_as_written() -> None:
    # a town hall's letter naming the mayor's address beside the office's, sent from the office
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    letter = ParsedDocument("lettre.docx", docx, "parsed", None, "fr",
                            {"email": FieldValue("email", "accueil-mairie@example.fr", BODY, 0.6)},
                            "Écrivez à accueil-mairie@example.fr.")
    body, kept = as_one_message([_body("accueilmairie@example.fr"), letter], COORDINATOR)
    assert kept.fields["email"].value == "accueil-mairie@example.fr" and body.fields["email"].confidence < 0.8


def test_a_typed_form_s_other_address_is_never_replaced() -> None:
    # sure of what it read (a fillable form, a typed letter): someone else's address, one letter apart
    page = _page("E-mail\tgriet.vermeulen@example.org",
                 {"email": FieldValue("email", "griet.vermeulen@example.org", LABEL, 0.9)})
    _, kept = as_one_message([_body("griet.vermeulen@example.com"), page], COORDINATOR)
    assert kept.fields["email"].value == "griet.vermeulen@example.org"


# the call file names the coordinator's own numbers and address (invented here): wherever a form prints them
CALL = replace(load_call(), coordinator_phones=("+3250403020",), coordinator_emails=("an.coordinator@example.net",))
_GROUP = [("Naam van de vereniging", "Buurtcomité De Kouter"), ("Contactpersoon", "Lies Vermeulen"),
          ("Adres", "Kouterstraat 4, 8970 Poperinge")]


@pytest.mark.parametrize(("filename", "form"), [
    ("aanvraag.docx", word_form(_GROUP, paragraphs=(
        "Vragen over dit formulier? Bel An op 050 40 30 20 of mail an.coordinator@example.net.",))),
    ("aanvraag.odt", odt_file(["Aanvraagformulier", "Vragen? Bel 050/40.30.20 of mail AN.coordinator@example.net."],
                              _GROUP)),
])
def test_the_call_s_own_phone_and_address_in_a_form_s_instructions_are_nobody_s(filename: str, form: bytes) -> None:
    fields = parse_document(form, filename, call=CALL).fields
    assert "phone" not in fields and "email" not in fields  # the form gives neither: the sender's mail will
    assert fields["contact_name"].value == "Lies Vermeulen"


def test_the_applicant_s_number_beside_the_call_s_own_is_theirs() -> None:
    form = word_form([*_GROUP, ("Telefoon", "0474 12 34 56")], paragraphs=("Vragen? Bel 050 40 30 20.",))
    assert parse_document(form, "aanvraag.docx", call=CALL).fields["phone"].value == "+32474123456"
