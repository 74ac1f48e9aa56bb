"""Subsidy dossiers associations already have (a foundation's, a CAF's, a town's): sections whose heading
says whose the rows under it are ("A. L'organisme porteur", "B. Le président ou représentant légal", "C. Le
responsable du projet"), each asking "Nom et prénom", "Téléphone", "E-mail" again; the board's own addresses;
a legal representative asked by a contact's word."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import field_to_json, parse_document
from parsers.labels import match_label
from tests.parsers.format_samples import fillable_pdf, word_form, word_sections

HEIGHT = A4[1]

_SECTIONS = [
    ("A. L'organisme porteur", [("Dénomination", "Association Vivre à Flêtre"),
                                ("Adresse du siège", "11 Rue des Brodeuses"), ("Code postal et ville", "59270 Flêtre"),
                                ("Téléphone", "+33 3 28 86 20 00"), ("E-mail", "association.vivre@example.net")]),
    ("B. Le président ou représentant légal", [("Nom et prénom", "Régis Castelain"), ("Téléphone", "+33 6 13 31 71 49"),
                                              ("E-mail", "regis.castelain@example.com")]),
    ("C. Le responsable du projet (interlocuteur de la Fondation)", [
        ("Nom et prénom", "Anne-Sophie Dezitter"), ("Fonction dans l'association", "Bénévole référent"),
        ("Téléphone", "+33 7 25 77 85 35"), ("E-mail", "anne.sophie@example.net")]),
    ("D. Le projet", [("Nom du projet", "Jardin partagé des Trois Moulins")]),
]


def _values(data: bytes, filename: str) -> dict[str, object]:
    document = parse_document(data, filename)
    assert document.parse_status == "parsed"
    return {name: field_to_json(field)["value"] for name, field in document.fields.items()}


def _assert_the_contact_s_section(values: dict[str, object]) -> None:
    assert values["contact_name"] == "Anne-Sophie Dezitter"
    assert values["phone"] == "+33725778535" and values["email"] == "anne.sophie@example.net"
    assert values["organisation"] == "Association Vivre à Flêtre"


def test_a_printed_dossier_s_sections_say_whose_the_rows_under_them_are() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    top = 60
    for heading, rows in _SECTIONS:
        pdf.drawString(40, HEIGHT - top, heading)
        top += 18
        for label, value in rows:
            pdf.drawString(40, HEIGHT - top, label)
            pdf.drawString(250, HEIGHT - top, value)
            top += 18
    pdf.showPage()
    pdf.save()
    _assert_the_contact_s_section(_values(buffer.getvalue(), "dossier.pdf"))


def test_a_word_dossier_s_heading_paragraphs_over_each_section_s_table() -> None:
    _assert_the_contact_s_section(_values(word_sections(*_SECTIONS), "dossier.docx"))


def test_a_sheet_dossier_s_heading_rows_inside_its_one_table() -> None:
    rows: list[tuple[str, ...]] = []
    for heading, pairs in _SECTIONS:
        if heading.startswith("B."):
            continue  # no representative's section: the group's and the contact's alone
        rows.append((heading,))
        if heading.startswith("A."):
            rows.append(("Adresse de correspondance (si différente)",))  # a box left empty heads nothing
        rows.extend(pairs)
    _assert_the_contact_s_section(_values(word_form(rows), "dossier.docx"))


def test_a_fillable_form_s_bare_name_box_under_the_group_s_heading_is_the_group_s_name() -> None:
    values = _values(fillable_pdf(
        [(40, 80, "Vereniging"), (40, 100, "Naam"), (40, 130, "Maatschappelijke zetel"), (40, 180, "Contactpersoon"),
         (40, 200, "Naam contactpersoon"), (40, 230, "GSM")],
        [("fill_1", 200, 98, 300, 18, "Kinderopvang Het Nestje"), ("fill_2", 200, 128, 300, 18, "Kouterbeekveld 51"),
         ("fill_3", 200, 198, 300, 18, "Tine Vandewalle"), ("fill_4", 200, 228, 300, 18, "0495/659351")]),
        "aanvraag.pdf")
    assert values["organisation"] == "Kinderopvang Het Nestje" and values["contact_name"] == "Tine Vandewalle"


def test_a_role_line_under_a_signer_s_name_heads_no_section() -> None:
    # a letter's signature: the role under the name, then the contact's lines; the phone is the contact's
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    lines = [(57, "Nous sollicitons une aide de 703 euros pour notre navette solidaire."), (57, "Hervé Vanhaecke"),
             (57, "Président - Les Amis d'Oxelaëre"), (57, "Contact:"), (57, "Adresse:"), (57, "Tél.:")]
    for number, (x, text) in enumerate(lines):
        pdf.drawString(x, HEIGHT - 100 - number * 13, text)
    for number, text in ((3, "Hervé Vanhaecke"), (4, "41 rue de l'Église, 59670 Oxelaëre"), (5, "03 28 95 90 08")):
        pdf.drawString(142, HEIGHT - 100 - number * 13, text)
    pdf.showPage()
    pdf.save()
    values = _values(buffer.getvalue(), "lettre.pdf")
    assert values["phone"] == "+33328959008"


def test_a_board_member_s_address_is_the_group_s_only_where_none_other_is_given() -> None:
    assert match_label("Adres voorzitter")[0] == "representative_address"
    assert match_label("Adresse du trésorier")[0] == "other_address"
    board = [("Naam vereniging", "Boerenmarkt Beveren"), ("Voorzitter", "Geert Leupe"),
             ("Adres voorzitter", "Smidselaan 4B, 8691 Beveren-aan-de-IJzer"),
             ("Adres secretaris", "Hommelpad 40, 8691 Beveren-aan-de-IJzer"),
             ("Contactpersoon voor deze aanvraag", "Rik Vanneste")]
    seat = ("Maatschappelijke zetel", "Hoppelandlaan 31, 8691 Beveren-aan-de-IJzer")
    document = parse_document(word_form([seat, *board]), "aanvraag.docx")
    assert document.fields["address"].value == "Hoppelandlaan 31"
    document = parse_document(word_form(board), "aanvraag.docx")
    address = document.fields["address"]
    assert address.value == "Smidselaan 4B" and address.confidence < 0.8  # the chair's home: to check


def test_a_responsible_asked_as_legal_is_the_representative_and_the_file_s_follower_the_contact() -> None:
    assert match_label("Responsable légal (nom, qualité)")[0] == "representative"
    assert match_label("Personne chargée du suivi du dossier")[0] == "contact_name"
    values = _values(word_form([("Structure porteuse", "Maison des jeunes d'Oost-Cappel"),
                                ("Responsable légal (nom, qualité)", "Marie-Claire Bollengier, présidente"),
                                ("Personne chargée du suivi du dossier", "Jérôme Desmytter")]), "dossier.docx")
    assert values["contact_name"] == "Jérôme Desmytter"


def test_a_contact_box_answered_same_person_as_the_applicant_names_no_one() -> None:
    values = _values(word_form([("Voornaam", "Dirk"), ("Naam", "Coussement"),
                                ("Wie is het aanspreekpunt voor dit project?", "Dezelfde persoon als de aanvrager")]),
                     "aanvraag.docx")
    assert values["contact_name"] == "Dirk Coussement"


def _words(*lines: tuple[float, str]) -> list[dict[str, object]]:
    """A page's words as pdfplumber gives them, at 9 points, each word after the other on its line."""
    words: list[dict[str, object]] = []
    for top, line in lines:
        x = 42.0
        for text in line.split():
            width = 4.5 * len(text)
            words.append({"text": text, "x0": x, "x1": x + width, "top": top, "bottom": top + 9})
            x += width + 2.2
    return words


def test_a_label_printed_with_its_colon_or_a_numbered_heading_is_no_answer_to_the_label_over_it() -> None:
    from parsers.pdf_printed import printed_pairs

    pairs = printed_pairs(_words((302.5, "Adresse site internet :"),
                                 (315.5, "Adresse de correspondance, si différente du siège :"),
                                 (328.5, "Code postal :"), (341.5, "Commune :"),
                                 (362.5, "2. Identification du représentant légal")), minimum=1)
    assert not pairs.beside and not pairs.below


def test_a_page_s_number_is_no_amount() -> None:
    from parsers.documents import default_call
    from parsers.fields import Harvest, add_value
    from parsers.model import LABEL

    harvest = Harvest()
    assert not add_value(harvest, "requested_amount", "1", LABEL, 0.9, default_call())
    assert add_value(harvest, "requested_amount", "750", LABEL, 0.9, default_call())
