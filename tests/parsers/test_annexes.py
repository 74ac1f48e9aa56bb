"""The group's statutes sent along with an application describe the group, not the application."""

from __future__ import annotations

from parsers import merge_fields, parse_document


def test_statutes_attached_after_a_letter_do_not_override_it_nor_answer_for_it_unchecked() -> None:
    letter = parse_document((
        "Les Amis du Moulin\n12 rue Haute\n59380 Bergues\n\nMadame, Monsieur,\n\n"
        "Notre association Les Amis du Moulin vous présente son projet « Fête du moulin ».\n\n"
        "Cordialement,\nPaul Vanhee\n").encode(), "lettre.txt")
    statutes = parse_document((
        "Statuts de l'association Les Amis de Bergues\n\nArticle 1. Nom : Les Amis de Bergues\n"
        "Article 2. Siège social : 3 place du Marché, 59380 Bergues\nTéléphone : 03 28 11 22 33\n").encode(),
        "statuts.txt")
    assert statutes.fields and all(value.source == "quoted" and value.confidence < 0.8
                                   for value in statutes.fields.values())
    merged = merge_fields([letter, statutes])
    assert merged["organisation"].value == letter.fields["organisation"].value
    assert merged["address"].value == "12 rue Haute"


def test_the_senders_address_that_names_nobody_of_the_forms_contact_is_to_check() -> None:
    from parsers.confidence import REVIEW_THRESHOLD
    from parsers.model import BODY, LABEL, FieldValue, ParsedDocument

    def document(**fields: FieldValue) -> ParsedDocument:
        return ParsedDocument("x", "text/plain", "parsed", None, "nl", fields)

    form = document(contact_name=FieldValue("contact_name", "Jozef Vermeersch", LABEL, 0.9))
    # the town hall's employee sent the form on: her address is not the applicant's
    mail = document(email=FieldValue("email", "lies.vermeulen@example.org", BODY, 0.85))
    assert merge_fields([mail, form])["email"].confidence < REVIEW_THRESHOLD
    # the applicant's own address, given name or surname in it, stays as sure as it was
    for own in ("vermeersch.jozef@example.org", "jozef64@example.org", "jvermeersch@example.org"):
        mail = document(email=FieldValue("email", own, BODY, 0.85))
        assert merge_fields([mail, form])["email"].confidence == 0.85


def test_the_senders_address_that_names_nobody_of_the_letter_sent_along_is_to_check() -> None:
    from parsers.confidence import REVIEW_THRESHOLD
    from parsers.model import BODY, FieldValue, ParsedDocument

    # a daughter sends her father's signed letter: the letter's signature names him, her address does not
    letter = ParsedDocument("scan.jpg", "image/jpeg", "parsed", None, "fr",
                            {"contact_name": FieldValue("contact_name", "Hervé Vercoutre", BODY, 0.6)})
    mail = ParsedDocument("(body)", "text/plain", "parsed", None, "fr",
                          {"email": FieldValue("email", "julie.vasseur@example.com", BODY, 0.85)})
    assert merge_fields([mail, letter])["email"].confidence < REVIEW_THRESHOLD
    # the mail's own signature is the sender's: their address stands as sure as it was
    signed = ParsedDocument("(body)", "text/plain", "parsed", None, "fr",
                            {"email": FieldValue("email", "julie.vasseur@example.com", BODY, 0.85),
                             "contact_name": FieldValue("contact_name", "Hervé Vercoutre", BODY, 0.7)})
    assert merge_fields([signed])["email"].confidence == 0.85


def test_an_address_put_back_together_from_a_scan_is_weaker_than_any_read_whole() -> None:
    from parsers.confidence import REVIEW_THRESHOLD
    from parsers.model import BODY, GUESSED, FieldValue, ParsedDocument

    def scan(**fields: FieldValue) -> ParsedDocument:
        return ParsedDocument("scan.jpg", "image/jpeg", "parsed", None, "fr", fields)

    guessed = FieldValue("email", "vercoutre.herve@example.com", GUESSED, 0.5)
    signed = FieldValue("contact_name", "Hervé Vercoutre", BODY, 0.6)
    # the applicant's own mail gives the address whole: a guess from the scan sent after it does not win
    own = ParsedDocument("(body)", "text/plain", "parsed", None, "fr",
                         {"email": FieldValue("email", "herve.vercoutre@example.com", BODY, 0.85)})
    assert merge_fields([own, scan(email=guessed, contact_name=signed)])["email"].value == \
        "herve.vercoutre@example.com"
    # a daughter sent her father's letter: the address the letter gives, though guessed, is his; to check
    mail = ParsedDocument("(body)", "text/plain", "parsed", None, "fr",
                          {"email": FieldValue("email", "julie.vasseur@example.com", BODY, 0.85)})
    email = merge_fields([mail, scan(email=guessed, contact_name=signed)])["email"]
    assert email.value == "vercoutre.herve@example.com" and email.confidence < REVIEW_THRESHOLD
