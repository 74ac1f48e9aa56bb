"""Dispatch and status handling, DOCX content controls, e-mail bodies, merging; nothing raises."""

from __future__ import annotations

import io
from decimal import Decimal
from email.message import EmailMessage

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import (
    PARSER_VERSION,
    BudgetLine,
    FieldValue,
    ParsedDocument,
    field_to_json,
    merge_fields,
    parse_body,
    parse_document,
    parse_email,
)
from parsers.confidence import REVIEW_THRESHOLD, SENDER_ADDRESS
from parsers.email_body import html_to_text, trim_reply
from tests.parsers.corpus import APPLICANTS, acroform_pdf, letter_pdf


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_too_large_is_a_status_not_an_exception() -> None:
    document = parse_document(letter_pdf(APPLICANTS[0], 0).data, "groot.pdf", max_bytes=1000)
    assert document.parse_status == "too_large"
    assert "over the limit of 1000 bytes" in (document.error or "")


def test_documents_are_frozen() -> None:
    document = parse_document(acroform_pdf(APPLICANTS[0]).data, "a.pdf")
    assert isinstance(document, ParsedDocument)
    try:
        document.fields["email"] = document.fields["email"]  # type: ignore[index]
    except TypeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("fields must be read-only")
    assert PARSER_VERSION


def test_unsupported_names_the_type_for_the_coordinator_and_the_receipt_words_it_for_the_applicant() -> None:
    from notifications.wording import document_state

    document = parse_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "aanvraag.docx")
    assert document.parse_status == "unsupported"
    assert ".doc" in (document.error or "")  # the reason, for `intake show`
    for language in ("nl", "fr"):
        words = document_state(document.parse_status, document.content_type, language)
        assert ".doc" in words and "PDF" in words and "DOCX" in words


def test_inline_and_block_content_controls_and_skipped_header() -> None:
    def build(document) -> None:
        document.sections[0].header.paragraphs[0].text = "Telefoon: 09 999 99 99"
        paragraph = document.add_paragraph("Gevraagd bedrag: ")
        paragraph._p.append(parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="requested_amount"/></w:sdtPr>'
            '<w:sdtContent><w:r><w:t>€ 9.500</w:t></w:r></w:sdtContent></w:sdt>'))
        document.element.body.insert(0, parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Naam vereniging"/></w:sdtPr><w:sdtContent>'
            '<w:p><w:r><w:t>vzw De Groene Loper</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
        placeholder = document.add_paragraph("Gemeente: ")
        placeholder._p.append(parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="municipality"/><w:showingPlcHdr/></w:sdtPr>'
            '<w:sdtContent><w:r><w:t>Klik of tik om tekst in te voeren.</w:t></w:r></w:sdtContent></w:sdt>'))

    document = parse_document(_docx(build), "cc.docx")
    assert document.parse_status == "parsed"
    assert document.fields["requested_amount"] == FieldValue("requested_amount", Decimal("9500.00"),
                                                             "form_field", 0.99)
    assert document.fields["organisation"].value == "vzw De Groene Loper"
    assert document.fields["organisation"].source == "form_field"
    assert "municipality" not in document.fields  # a placeholder is not an answer
    assert "phone" not in document.fields  # headers are letterheads, not answers
    assert "09 999" not in document.text


def test_budget_table_lines_and_total_are_told_apart() -> None:
    def build(document) -> None:
        table = document.add_table(rows=0, cols=3)
        for row in (("Post", "Omschrijving", "Bedrag"), ("1", "Stoelen en tafels", "€ 2.400"),
                    ("2", "Participatie-expert", "€ 3.000,00"), ("", "Totaal", "€ 5.400"),
                    ("", "Gevraagde subsidie", "€ 5.000")):
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text

    fields = parse_document(_docx(build), "b.docx").fields
    assert field_to_json(fields["budget_lines"])["value"] == [
        {"description": "1 - Stoelen en tafels", "amount": "2400.00"},
        {"description": "2 - Participatie-expert", "amount": "3000.00"},
    ]
    assert fields["total_budget"].value == Decimal("5400.00")
    assert fields["requested_amount"].value == Decimal("5000.00")
    assert fields["requested_amount"].source == "table"


def test_amount_in_words_is_reported_only_from_its_own_box_and_to_check() -> None:
    boxed = parse_document(b"Gevraagd bedrag: tienduizend euro\n", "x.txt").fields["requested_amount"]
    assert boxed.value == Decimal("10000.00") and boxed.confidence < REVIEW_THRESHOLD
    prose = parse_document(b"Wij vragen tienduizend euro voor ons project.", "x.txt")
    assert "requested_amount" not in prose.fields


def test_trim_reply_and_signature() -> None:
    text = ("Beste Jonas,\n\nHier ons idee.\n\n-- \nAn Peeters\nGSM 0478 12 34 56\n\n"
            "Op ma 3 jun. 2019 om 10:12 schreef Jonas Polin <jonas.polin@west-vlaanderen.be>:\n"
            "> Beste,\n> +32 51 51 94 37")
    own, signature = trim_reply(text)
    assert own == "Beste Jonas,\n\nHier ons idee."
    assert signature == "An Peeters\nGSM 0478 12 34 56"


def test_trim_outlook_reply_header() -> None:
    text = "Bonjour,\nVoici notre projet.\n\nDe : Jonas Polin\nEnvoyé : lundi 3 juin 2019\nObjet : appel\nTexte"
    assert trim_reply(text)[0] == "Bonjour,\nVoici notre projet."


def test_html_quote_is_skipped() -> None:
    html = ("<div>Bonjour,</div><div>Notre projet.</div><div class='gmail_quote'><div>Le lun. a écrit :</div>"
            "<blockquote>+32 51 51 94 37</blockquote></div>")
    assert html_to_text(html) == "Bonjour,\n\nNotre projet."


def test_an_html_tables_label_cell_is_no_part_of_its_answer() -> None:
    html = ("<p>Bonjour,</p><table><tr><td><b>Association / structure</b></td><td>École Sainte-Marie</td></tr>"
            "<tr><td>Personne de contact</td><td> Isabelle  Debruyne </td></tr></table><p>Cordialement,</p>")
    assert html_to_text(html) == ("Bonjour,\n\nAssociation / structure\tÉcole Sainte-Marie\n\n"
                                  "Personne de contact\tIsabelle Debruyne\n\nCordialement,")
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "i.debruyne@example.org", "coordinator@example.org", "Projet"
    message.set_content(html, subtype="html")
    body, _ = parse_email(message.as_bytes())
    assert body.fields["organisation"].value == "École Sainte-Marie"


def _mail(body: str, sender: str = "An Peeters <an.peeters@example.org>") -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "coordinator@example.org", "Projectidee: Buurtbank"
    message.set_content(body)
    return message.as_bytes()


def test_body_uses_the_sender_as_the_address_and_the_subject_as_a_weak_hint() -> None:
    body = parse_body(_mail("Beste,\n\nWij vragen € 2.000 voor een buurtbank in Reninge.\n\nGroeten,\nAn Peeters\n"))
    assert body.filename == "(body)"
    # From: is where we reply, not a guess: at or above the review threshold, not listed "to check"
    assert body.fields["email"] == FieldValue("email", "an.peeters@example.org", "body", SENDER_ADDRESS)
    assert SENDER_ADDRESS >= REVIEW_THRESHOLD
    assert body.fields["project_title"].value == "Buurtbank"
    assert body.fields["requested_amount"].value == Decimal("2000.00")
    assert body.fields["requested_amount"].confidence < 0.9  # a guess from prose is never "sure"
    assert body.fields["municipality"].value == "Lo-Reninge"


def test_a_mail_with_no_words_still_gives_its_senders_address() -> None:
    # a photo sent from a phone as it is: the body is empty, From: is still where we reply
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = ("Harmonie Sint-Cecilia <harmonie@example.org>",
                                                          "coordinator@example.org", "Projectidee: Buurtbank")
    message.set_content("")
    message.add_attachment(b"\xff\xd8\xff\xe0 not really a photo", maintype="image", subtype="jpeg",
                           filename="IMG_0231.JPG")
    body = parse_body(message.as_bytes())
    assert body.parse_status == "parsed"
    # to check: no words say the sender is the applicant (a shared scanner, a town hall's desk send such mail)
    assert body.fields["email"].value == "harmonie@example.org"
    assert body.fields["email"].confidence < REVIEW_THRESHOLD
    assert body.fields["project_title"].value == "Buurtbank"
    # no sender at all: nothing to read
    empty = EmailMessage()
    empty["To"], empty["Subject"] = "coordinator@example.org", ""
    empty.set_content("")
    assert parse_body(empty.as_bytes()).parse_status == "no_text"


def test_whoever_sends_an_application_on_gives_their_own_details_to_check() -> None:
    desk = parse_body(_mail("Goedemiddag,\n\nOnderstaande aanvraag werd vandaag aan ons onthaal afgegeven door Brecht "
                            "Lobelle. We bezorgen u de scan.\n\nMet vriendelijke groeten,\n"
                            "Onthaal – Gemeente Poperinge\nTel. 058/62 53 45\n", sender="Onthaal <desk@example.org>"))
    assert desk.fields["phone"].value == "+3258625345" and desk.fields["phone"].confidence < REVIEW_THRESHOLD
    assert desk.fields["email"].value == "desk@example.org" and desk.fields["email"].confidence < REVIEW_THRESHOLD
    son = parse_body(_mail("Beste,\n\nIk stuur de aanvraag van Jens Lahaye door.\n\nKoen Sioen\n+32 (0)479 11 02 25\n"))
    assert son.fields["phone"].confidence < REVIEW_THRESHOLD
    french = parse_body(_mail("Bonjour,\n\nJe transfère le dossier de notre association.\n\nRégis Coppin\n"
                              "07 34 14 08 02\n"))
    assert french.fields["phone"].confidence < REVIEW_THRESHOLD
    # someone of the group sends the chair's project, unnamed: "présenté par notre président", "son message"
    vice = parse_body(_mail("Bonjour,\n\nVoici le projet présenté par notre président ; je vous joins son message "
                            "Outlook tel quel.\n\nCordialement,\nMarie-Christine Beyaert\n07.47.92.75.05\n"))
    assert vice.fields["phone"].confidence < REVIEW_THRESHOLD
    # the applicant's own mail about the group's application keeps its number
    own = parse_body(_mail("Beste,\n\nBijgevoegd de aanvraag van KWB Vlamertinge. Wij vragen 2.000 euro.\n\nMvg\nEls "
                           "Seys\n0477 12 34 56\n"))
    assert own.fields["phone"].confidence >= REVIEW_THRESHOLD


@pytest.mark.parametrize("words", [
    "Mevrouw Vanhoutte van de breigroep bracht haar aanvraag op papier binnen op ons secretariaat. Ik stuur een "
    "foto door.",
    "Ze heeft zelf geen e-mailadres, daarom stuur ik haar brief door.",
    "Madame Lefebvre a déposé son dossier en mairie ; elle n'a pas d'adresse mail.",
])
def test_a_desk_that_sends_on_a_paper_application_gives_its_own_address_to_check(words: str) -> None:
    desk = parse_body(_mail(f"Beste,\n\n{words}\n\nVriendelijke groeten,\nLieselot Bruneel\nvrijetijdsdienst\n",
                            sender="Lieselot Bruneel <vrijetijd@example.org>"))
    assert desk.fields["email"].value == "vrijetijd@example.org"
    assert desk.fields["email"].confidence < REVIEW_THRESHOLD


def test_the_person_whose_application_is_sent_on_is_the_contact_to_check() -> None:
    son = parse_body(_mail("Beste,\n\nIk stuur de aanvraag van Jens Lahaye door.\n\nKoen Sioen\n+32 (0)479 11 02 25\n"))
    assert son.fields["contact_name"].value == "Jens Lahaye"
    assert son.fields["contact_name"].confidence < REVIEW_THRESHOLD
    desk = parse_body(_mail("Bonjour,\n\nJe vous fais suivre la candidature de Jolien Bulcke van Feitelijke vereniging "
                            "De Linde.\n\nCordialement,\nAccueil de la mairie\n"))
    assert desk.fields["contact_name"].value == "Jolien Bulcke"


@pytest.mark.parametrize(("sender", "field", "value"), [
    ("Jeugdhuis De Kelder <marijke.decoene@example.net>", "organisation", "Jeugdhuis De Kelder"),
    ("Les Amis du patrimoine de Winnezeele <b.deswarte@example.org>", "organisation",
     "Les Amis du patrimoine de Winnezeele"),
    ("Stijn Ghesquière <stijn.ghesquiere@example.org>", "contact_name", "Stijn Ghesquière"),
    ("Jean-Pierre Ryckebusch <comite@example.org>", "contact_name", "Jean-Pierre Ryckebusch"),
    ("Mieke Van den Broucke <mieke@example.org>", "contact_name", "Mieke Van den Broucke"),
    # a given name that is also a surname, first in the name its own address spells in that order
    ("Benoît Hennebelle <benoit.hennebelle@example.net>", "contact_name", "Benoît Hennebelle"),
    ("Michel Vandamme <mvandamme@example.org>", "contact_name", "Michel Vandamme"),
])
def test_from_s_name_answers_what_the_mail_does_not_say_to_check(sender: str, field: str, value: str) -> None:
    # a two-line mail sending a scan: From's name is the only name typed; a weak answer, for the coordinator
    body = parse_body(_mail("Bonjour,\n\nVoici notre dossier en photo.\n\nBonne journée\n", sender=sender))
    assert body.fields[field].value == value
    assert body.fields[field].confidence < REVIEW_THRESHOLD
    assert body.fields[field].source == "sender"  # said where it comes from


@pytest.mark.parametrize("sender", [
    "HENNEBELLE Benoît <benoit.hennebelle@example.net>",  # surname first: which word is which is a guess
    "Coene Jolien <jcoene@example.org>",
    "marijke.decoene <marijke.decoene@example.net>",  # a name the mail program made of the address
    "Onthaal <desk@example.org>",
    # a desk, a department, a copier that scans to mail, a family, a shop: no one's name, no applying group
    "Onthaal Gemeente Heuvelland <onthaal@example.org>", "Secrétariat Mairie Oost-Cappel <secretariat@example.org>",
    "Dienst Vrije Tijd <vrijetijd@example.org>", "Canon Scanner <scan@example.org>", "Xerox WorkCentre <x@example.org>",
    "Familie Peeters <peeters@example.org>", "Bakkerij Vandamme <bakkerij@example.org>",
    "Secretariaat Basisschool De Klimop <secretariaat@example.org>", "Dirk Vandamme BV <dirk@example.org>",
    # a person and a group in one name: which is which is a guess
    "Els Peeters - Chiro Sint-Jan <els@example.org>", "Thomas Vandenberghe (Chiro) <thomas@example.org>",
    "Lieve Vermeersch namens Ferm Vleteren <lieve@example.org>", "Mme Claire Dubois <claire@example.org>",
    # a given name that is also a surname: which word is which, only an address spelling it in order tells
    "Benoît Hennebelle <info@example.net>", "Hennebelle Benoît <hennebelle.benoit@example.net>",
    "Martin Vincent <vincent.martin@example.org>", "Thomas Vanneste <vanneste.thomas@example.org>",
])
def test_from_s_name_says_nothing_when_it_is_no_name_given_first(sender: str) -> None:
    body = parse_body(_mail("Beste,\n\nIn bijlage onze aanvraag.\n", sender=sender))
    assert "contact_name" not in body.fields and "organisation" not in body.fields


def test_the_coordinator_who_mails_a_scan_in_is_not_its_contact() -> None:
    from parsers.merge import as_one_message

    body = parse_body(_mail("Zie bijlage, binnengebracht aan het loket.\n",
                            sender="Griet Vanneste <coordinator@example.org>"))
    assert body.fields["contact_name"].value == "Griet Vanneste"  # read, until the mailbox is known
    kept, = as_one_message([body], frozenset({"coordinator@example.org"}))
    assert "contact_name" not in kept.fields and "email" not in kept.fields


def test_from_s_name_gives_way_to_what_the_mail_says() -> None:
    signed = parse_body(_mail("Beste,\n\nIn bijlage onze aanvraag.\n\nGroeten,\nGriet Vermeulen\n",
                              sender="Buurtwerking Zuid <griet.vermeulen@example.org>"))
    assert signed.fields["contact_name"].value == "Griet Vermeulen"
    # someone sends it on: their From is their own
    desk = parse_body(_mail("Goedemiddag,\n\nOnderstaande aanvraag werd vandaag aan ons onthaal afgegeven door "
                            "Brecht Lobelle. We bezorgen u de scan.\n", sender="Sofie Ryckewaert <desk@example.org>"))
    assert desk.fields["contact_name"].value == "Brecht Lobelle"


def test_the_sender_is_doubted_when_a_header_says_so_and_a_written_address_wins() -> None:
    text = "Beste,\n\nWij vragen € 2.000 voor een buurtbank in Reninge.\n\nGroeten,\nAn Peeters\n"
    elsewhere = EmailMessage()
    elsewhere["From"], elsewhere["To"], elsewhere["Subject"] = ("An Peeters <an.peeters@example.org>",
                                                                "coordinator@example.org", "Projectidee")
    elsewhere["Reply-To"] = "Buurtwerking <buurtwerking@example.org>"
    elsewhere.set_content(text)
    assert parse_body(elsewhere.as_bytes()).fields["email"].confidence < REVIEW_THRESHOLD
    no_reply = parse_body(_mail(text, sender="Formulier <no-reply@example.org>"))
    assert no_reply.fields["email"].confidence < REVIEW_THRESHOLD
    written = parse_body(_mail(text.replace("Groeten,", "E-mail: secretariaat@example.org\n\nGroeten,")))
    assert written.fields["email"].value == "secretariaat@example.org"


def test_email_merges_with_the_form_winning() -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "x@example.org", "c@example.org", "aanvraag"
    message.set_content("Wij vragen € 1.000.\nGroeten,\nIemand Anders\n")
    message.add_attachment(acroform_pdf(APPLICANTS[0]).data, maintype="application", subtype="pdf",
                           filename="form.pdf")
    message.add_attachment(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, maintype="application",
                           subtype="msword", filename="oud.doc")
    body, attachments = parse_email(message.as_bytes())
    assert [d.parse_status for d in attachments] == ["parsed", "unsupported"]
    merged = merge_fields([body, *attachments])
    assert merged["requested_amount"].value == Decimal("9500.00")
    assert merged["requested_amount"].source == "form_field"
    assert merged["contact_name"].value == "Marieke Vandenberghe"
    assert merged["email"].value == "marieke.vandenberghe@example.org"


def test_a_form_s_contact_written_surname_first_is_written_as_the_mail_is_signed() -> None:
    form = docx.Document()
    table = form.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Vereniging", "Fietsclub De Molen"),
                                                ("Contactpersoon", "Huysentruyt Wannes")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    buffer = io.BytesIO()
    form.save(buffer)
    # a given name the words alone do not tell (parsers.given_names does not know it)
    for signature, contact in (("Wannes Huysentruyt", "Wannes Huysentruyt"),
                               ("Jan Peeters", "Huysentruyt Wannes")):  # someone else signs: as written
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = "x@example.org", "c@example.org", "aanvraag"
        message.set_content(f"Beste,\n\nIn bijlage ons formulier.\n\nVriendelijke groeten,\n{signature}\n")
        message.add_attachment(buffer.getvalue(), maintype="application", filename="formulier.docx",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document")
        body, attachments = parse_email(message.as_bytes())
        merged = merge_fields([body, *attachments])
        assert merged["contact_name"].value == contact
        assert merged["contact_name"].source == "table"


@pytest.mark.parametrize(("read", "typed", "kept"), [
    ("Verhaeghe Cine", "Céline Verhaeghe", "Céline Verhaeghe"),  # surname first, the given name misread
    ("Bart Deqnidt", "Bart Dequidt", "Bart Dequidt"),
    ("Marie Deprez", "Marc Deprez", "Marie Deprez"),  # two known given names: two people of one family
    ("Marie Dubois", "Marie Dupont", "Marie Dubois"),  # another family's surname
    ("Michel Dewitte", "Michèle Dewitte", "Michel Dewitte"),  # a couple
    ("Michèle Dewitte", "Michel Dewitte", "Michèle Dewitte"),
    # a typed given name that is also a surname respells nothing: a relative's name off the list is alike
    ("Paula Vandamme", "Paul Vandamme", "Paula Vandamme"),
    ("Laurens Vandamme", "Laurent Vandamme", "Laurens Vandamme"),
    ("Bens Hennebelle", "Benoît Hennebelle", "Bens Hennebelle"),
    ("Pascal Lemaire", "Pascale Lemaire", "Pascal Lemaire"),  # a name on the page, as "Michel": a couple
    ("Jozef Seynaeve", "Griet Deleu", "Jozef Seynaeve"),  # someone else altogether
    ("brigitte Schipman", "Brigitte Schipman", "Brigitte Schipman"),  # a hand's small capital
])
def test_a_contact_read_off_a_scan_is_spelt_as_the_mail_types_it(read: str, typed: str, kept: str) -> None:
    body = ParsedDocument("body.txt", "text/plain", "parsed", None, "nl",
                          {"contact_name": FieldValue("contact_name", typed, "body", 0.75)})
    scan = ParsedDocument("scan.pdf", "application/pdf", "parsed", None, "nl",
                          {"contact_name": FieldValue("contact_name", read, "label", 0.64)})
    merged = merge_fields([body, scan])["contact_name"]
    # the mail's spelling says it comes from the mail, at the page's doubt
    assert (merged.value, merged.source) == (kept, "body" if kept == typed else "label")
    assert merged.confidence < REVIEW_THRESHOLD
    # a name read surely is left as it stands
    sure = ParsedDocument("form.docx", "application/msword", "parsed", None, "nl",
                          {"contact_name": FieldValue("contact_name", read, "table", 0.95)})
    assert merge_fields([body, sure])["contact_name"].value == read


@pytest.mark.parametrize(("read", "cell", "typed", "kept"), [
    # a handwritten "94" read as a space and an H: the page's letters are the typed address's
    ("h@example.com", "FRANCIS H@EXAMPLE.COM", "francis94@example.com", "francis94@example.com"),
    ("jan.vandarnme@example.org", "jan.vandarnme@example.org", "jan.vandamme@example.org",
     "jan.vandamme@example.org"),
    # another address of the same provider, or of another: someone else's (a secretary's, the town's)
    ("secretariaat@example.org", "secretariaat@example.org", "jan.vandamme@example.org", "secretariaat@example.org"),
    ("jan.vandamme@example.net", "jan.vandamme@example.net", "jan.vandamme@example.org", "jan.vandamme@example.net"),
])
def test_an_address_read_off_a_photo_is_spelt_as_the_mail_types_it(read: str, cell: str, typed: str,
                                                                    kept: str) -> None:
    body = ParsedDocument("(body)", "text/plain", "parsed", None, "fr",
                          {"email": FieldValue("email", typed, "body", 0.85)})
    photo = ParsedDocument("IMG_3776.HEIC", "image/heic", "parsed", None, "fr",
                           {"email": FieldValue("email", read, "body", 0.64)},
                           f"Tél. fixe / portable\tAdresse mail\n+33 3 28 37 87 63\t{cell}\n")
    merged = merge_fields([body, photo])["email"]
    assert merged.value == kept
    assert merged.confidence < REVIEW_THRESHOLD  # still to check: it is the page's address, respelled


def test_a_sender_who_names_the_contact_person_in_the_mail() -> None:
    for mail in ("Bonjour,\nJ'envoie ce dossier de la part de Céline Verhaeghe, personne de contact pour le projet."
                 "\nBonne journée\nJoël Lemaire\n",
                 "Dag,\nIk stuur dit door namens Céline Verhaeghe, die de contactpersoon is voor het project.\n"
                 "Groeten,\nJoël Lemaire\n"):
        assert parse_document(mail.encode(), "body.txt").fields["contact_name"].value == "Céline Verhaeghe"
    # the sentence's first word is no part of the name
    mail = "Dag,\nNamens Céline Verhaeghe, die de contactpersoon is voor het project, stuur ik dit.\nEls Maes\n"
    assert parse_document(mail.encode(), "body.txt").fields["contact_name"].value == "Céline Verhaeghe"
    # someone else's contact person (the town's, the province's) is not the applicant's
    for mail in ("Beste,\nWe spraken met Jan Peeters, de contactpersoon van de gemeente Alveringem.\n"
                 "Met vriendelijke groeten,\nEls Maes\n",
                 "Bonjour,\nNous avons rencontré Marie Dupont, personne de contact à la Province, hier.\n"
                 "Cordialement,\nEls Maes\n"):
        assert parse_document(mail.encode(), "body.txt").fields["contact_name"].value == "Els Maes"


def test_field_to_json_contract_shape() -> None:
    lines = FieldValue("budget_lines", (BudgetLine("Stoelen", Decimal("250")),), "table", 0.95)
    assert field_to_json(lines) == {"value": [{"description": "Stoelen", "amount": "250.00"}], "source": "table",
                                    "confidence": 0.95}
    amount = FieldValue("requested_amount", Decimal("9500"), "form_field", 0.987)
    assert field_to_json(amount) == {"value": "9500.00", "source": "form_field", "confidence": 0.99}


_PDF_HEAD = letter_pdf(APPLICANTS[4], 0).data


@given(st.binary(max_size=2000) | st.builds(lambda cut, tail: _PDF_HEAD[:cut] + tail,
                                            st.integers(0, len(_PDF_HEAD)), st.binary(max_size=50)))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_nothing_raises(data: bytes) -> None:
    document = parse_document(data, "random.bin")
    assert document.parse_status in {"parsed", "no_text", "unsupported", "encrypted", "too_large", "failed"}
    body, _ = parse_email(data)
    assert body.parse_status in {"parsed", "no_text", "failed"}


def test_the_group_under_a_signature_cut_short_is_the_letterheads_full_name() -> None:
    from parsers.documents import default_call, extract

    # the stamp under the name, cut at its edge: the letterhead above writes the group in full
    text = ("Ouderraad VBS Sint-Jozef\nIeperstraat 59\n8650 Merkem\n\nBeste,\n\nGraag dienen wij een idee in.\n\n"
            "Met vriendelijke groeten,\nWouter Seys\nnamens het bestuur\nOUDERRAAD VBS SINT-JO\nMERKEM\n")
    fields, _ = extract(text, default_call())
    assert fields["organisation"].value == "Ouderraad VBS Sint-Jozef"


@pytest.mark.parametrize(("written", "name"), [
    ("comité des fêtes de Killem", "Comité des fêtes de Killem"),  # a box filled in small letters
    ("vzw De Kouter", "vzw De Kouter"),  # a legal form keeps its small letters, as people write it
    ("'t Pleintje", "'t Pleintje"),
])
def test_a_groups_name_starts_with_a_capital_but_for_its_legal_form(written: str, name: str) -> None:
    text = f"Nom de l'association : {written}\nPersonne de contact : Anne Vandaele\nMontant demandé : 4 000 €\n"
    document = parse_document(text.encode(), "form.txt")
    assert document.fields["organisation"].value == name

@pytest.mark.parametrize(("written", "name", "sure"), [
    # a group known by its letters and a place of the call: the capitals a coordinator writes, sure
    ("ksa houthulst", "KSA Houthulst", True),
    ("chiro reninge", "Chiro Reninge", True),
    # which small word is the name's own no rule can tell: its first capital only, to check
    ("buurtcomité de kapelhoek", "Buurtcomité de kapelhoek", False),
    ("les amis du moulin", "Les amis du moulin", False),
])
def test_a_groups_name_typed_in_small_letters_gets_the_capitals_that_are_known(written: str, name: str,
                                                                               sure: bool) -> None:
    text = f"Naam van de vereniging: {written}\nContactpersoon: Robbe Declercq\nGevraagd bedrag: 3.000 euro\n"
    group = parse_document(text.encode(), "form.txt").fields["organisation"]
    assert group.value == name
    assert (group.confidence >= REVIEW_THRESHOLD) is sure



def test_a_form_that_gives_the_groups_seat_and_the_contacts_own_address_leaves_the_choice_to_check() -> None:
    text = ("Nom : Association des Parents d'Élèves de l'école des Tilleuls\nSiège social : 14 rue des Tilleuls\n"
            "Code postal : 59114\nCommune : Steenvoorde\nNom du contact : Julien Decroix\n"
            "Adresse perso : 27 route de Winnezeele, 59114 Steenvoorde\nMontant demandé : 6 000,00 €\n")
    fields = parse_document(text.encode(), "form.txt").fields
    address = fields["address"]
    assert address.value in ("27 route de Winnezeele", "14 rue des Tilleuls")
    assert address.confidence < REVIEW_THRESHOLD
    # the place that goes with the street is as unsure (a seat in Belgium, a contact in France)
    assert all(fields[name].confidence < REVIEW_THRESHOLD for name in ("postcode", "municipality", "country"))
    # one address, given once: as sure as its box
    alone = parse_document(text.replace("Siège social : 14 rue des Tilleuls\n", "").encode(), "form.txt")
    assert alone.fields["address"].confidence >= REVIEW_THRESHOLD
