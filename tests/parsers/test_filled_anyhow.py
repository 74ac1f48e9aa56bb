"""Forms filled in with whatever tool was at hand: text typed on a flat PDF with a viewer, a note stuck to the
page, Word comments on the dotted lines, a group's letterhead over a form, a paper form's comb of boxes and its
table of the board with one column per person."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Text
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import parse_document
from parsers.text_walk import comb_joined
from tests.parsers.format_samples import word_form

PAGE_HEIGHT = A4[1]
FORM = [("Naam van de vereniging", "Buurtcomité De Linde"), ("Contactpersoon", "Griet Vandamme"),
        ("E-mailadres", "griet.vandamme@example.org"), ("Telefoon", "0476 12 34 56"),
        ("Straat en nummer", "Lindestraat 14"), ("Postcode en gemeente", "8970 Poperinge"),
        ("Titel van het project", "Een speelplein onder de linde"),
        ("Gevraagd bedrag", "6.500 euro"), ("Totale kostprijs", "8.200 euro")]


def _flat_form(labels: list[str]) -> bytes:
    """A form that cannot be filled in: each label over a dotted line, nothing else."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(50, PAGE_HEIGHT - 60, "Maak werk van je buurt! - Aanvraagformulier")
    pdf.setFont("Helvetica", 10)
    for number, label in enumerate(labels):
        top = 110 + number * 45
        pdf.drawString(50, PAGE_HEIGHT - top, label)
        pdf.drawString(50, PAGE_HEIGHT - top - 20, "." * 110)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _typed_on(pdf: bytes, answers: list[tuple[int, str]], notes: list[str] = ()) -> bytes:
    """``pdf`` with each answer typed on its label's dotted line with a viewer's text tool (a FreeText
    annotation), and each note stuck in the margin (a Text annotation)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for number, answer in answers:
        line = PAGE_HEIGHT - (110 + number * 45) - 20
        writer.add_annotation(0, FreeText(text=answer, rect=(52, line - 2, 400, line + 12), font_size="10pt",
                                          border_color=None, background_color=None))
    for number, note in enumerate(notes):
        writer.add_annotation(0, Text(rect=(560, 700 - 40 * number, 580, 720 - 40 * number), text=note))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_answers_typed_on_a_flat_pdf_with_a_viewer_are_read_as_the_form_s_answers() -> None:
    labels = [label for label, _ in FORM]
    filled = _typed_on(_flat_form(labels), [(number, answer) for number, (_, answer) in enumerate(FORM)])
    fields = parse_document(filled, "aanvraag.pdf").fields
    assert fields["organisation"].value == "Buurtcomité De Linde"
    assert fields["contact_name"].value == "Griet Vandamme"
    assert fields["email"].value == "griet.vandamme@example.org"
    assert fields["phone"].value == "+32476123456"
    assert fields["address"].value == "Lindestraat 14"
    assert fields["requested_amount"].value == 6500 and fields["total_budget"].value == 8200


def test_a_note_stuck_to_the_page_gives_the_answer_the_form_had_no_room_for() -> None:
    labels = [label for label, _ in FORM[:7]]
    filled = _typed_on(_flat_form(labels), [(number, answer) for number, (_, answer) in enumerate(FORM[:7])],
                       notes=["Bedrag dat je vraagt aan deze oproep: EUR 6.500,-",
                              "Totale kostprijs van het project: EUR 8.200,-"])
    fields = parse_document(filled, "aanvraag.pdf").fields
    assert fields["requested_amount"].value == 6500 and fields["total_budget"].value == 8200
    assert fields["contact_name"].value == "Griet Vandamme"


def test_word_comments_on_the_dotted_lines_are_the_answers_where_they_are_anchored() -> None:
    document = docx.Document()
    document.add_paragraph("Partons 2.0 - Fiche de candidature")
    for label, answer in (("Nom du groupe ou de l'association", "Association Méteren Demain"),
                          ("Personne à contacter", "Jean-Pierre Degraeve"),
                          ("Téléphone", "06 39 98 30 61"), ("Aide sollicitée", "5 900 €")):
        paragraph = document.add_paragraph(f"{label} : ")
        dots = paragraph.add_run("……………………………")
        document.add_comment(dots, text=answer, author="Jean-Pierre")
    buffer = io.BytesIO()
    document.save(buffer)
    fields = parse_document(buffer.getvalue(), "fiche.docx").fields
    assert fields["organisation"].value == "Association Méteren Demain"
    assert fields["contact_name"].value == "Jean-Pierre Degraeve"
    assert fields["phone"].value == "+33639983061"
    assert fields["requested_amount"].value == 5900


def _field_run(paragraph: object, name: str, text: str) -> None:
    for run in (f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                f"<w:textInput/></w:ffData></w:fldChar>", "<w:instrText> FORMTEXT </w:instrText>",
                '<w:fldChar w:fldCharType="separate"/>', f'<w:t xml:space="preserve">{text}</w:t>',
                '<w:fldChar w:fldCharType="end"/>'):
        paragraph.append(parse_xml(f"<w:r {nsdecls('w')}>{run}</w:r>"))  # type: ignore[attr-defined]


def _form_on_letterhead(header: str, printed: str = "Projectenoproep Partons 2.0 – Fiche projectidee") -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.add_paragraph(printed)
    for number, (label, answer) in enumerate((("Naam organisatie / vereniging", ""),
                                              ("Verantwoordelijke", "Koen Vanhee"),
                                              ("Adres (straat en nummer)", ""), ("Postcode + gemeente", ""),
                                              ("Gevraagd bedrag", "4.900 euro"))):
        paragraph = document.add_paragraph(f"{label}: ")
        _field_run(paragraph._p, f"Tekst{number + 1}", answer)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_group_s_letterhead_over_a_form_whose_boxes_it_left_empty_gives_its_name_and_address() -> None:
    fields = parse_document(_form_on_letterhead("OKRA Wijtschate\nBlauwe Poortstraat 123 | 8953 Wijtschate"),
                            "fiche.docx").fields
    assert fields["address"].value == "Blauwe Poortstraat 123"
    assert fields["postcode"].value == "8953"
    assert fields["organisation"].value == "OKRA Wijtschate"


def test_the_issuer_s_header_whose_address_the_form_prints_again_is_not_the_applicant_s() -> None:
    # a town's form: its header and its "send it back to" line give the town hall's address
    fields = parse_document(_form_on_letterhead(
        "Stad Poperinge · Dienst Vrije Tijd · Grote Markt 1 · 8970 Poperinge",
        "Aanvraag projectsubsidie – terug te bezorgen aan de Dienst Vrije Tijd, 8970 Poperinge"), "fiche.docx").fields
    assert "address" not in fields, fields.get("address")


def test_a_comb_of_boxes_one_character_each_is_the_value_it_spells() -> None:
    assert comb_joined(["Code postal", "5", "9", "8", "2", "0"]) == ["Code postal", "59820"]
    assert comb_joined(["Personne à contacter", "", "X", ""]) == ["Personne à contacter", "", "X", ""]
    fields = parse_document(word_form([("Nom de l'association", "Amicale laïque de Gravelines", "", "", "", ""),
                                       ("Code postal", "5", "9", "8", "2", "0"),
                                       ("Aide demandée", "7", "5", "0", "0", "")]), "formulaire.docx").fields
    assert fields["postcode"].value == "59820"
    assert fields["requested_amount"].value == 7500


def test_a_board_table_with_a_column_per_person_gives_the_crossed_column_s_details() -> None:
    fields = parse_document(word_form([
        ("Coordonnées", "président(e)", "secrétaire", "trésorier(ère)"),
        ("Nom", "Dumont", "Vanpeperstraete", "Debril"),
        ("Prénom", "Jean-Marc", "Benoît", "Régis"),
        ("Tél. / portable", "+33 (0)3 28 05 83 89", "+33 (0)7 96 90 96 37", "+33 (0)7 60 89 94 32"),
        ("Adresse e-mail", "dumont.jean-marc@example.org", "benoit.vanpeperstraete@example.org",
         "regis.debril@example.org"),
        ("Personne à contacter (cocher)", "", "X", "")]), "formulaire.docx").fields
    assert fields["contact_name"].value == "Benoît Vanpeperstraete"
    assert fields["email"].value == "benoit.vanpeperstraete@example.org"
    assert fields["phone"].value == "+33796909637"


def test_a_board_table_with_a_column_for_the_contact_gives_that_column_s_details() -> None:
    fields = parse_document(word_form([
        ("", "voorzitter", "penningmeester", "contactpersoon"),
        ("Voornaam en naam", "Geert Van Eecke", "Ilse Vanrobaeys", "Katrien Vanlerberghe"),
        ("GSM / telefoon", "058 00 27 68", "0475 04 35 74", "058 18 45 59"),
        ("E-mail", "geert.vaneecke@example.com", "ivanrobaeys@example.org", "katrien.vl@example.net")]),
        "aanvraag.docx").fields
    assert fields["contact_name"].value == "Katrien Vanlerberghe"
    assert fields["email"].value == "katrien.vl@example.net"
    assert fields["phone"].value == "+3258184559"


def test_a_comment_on_words_already_typed_is_a_remark_about_them_not_part_of_the_answer() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Personne à contacter : ")
    name = paragraph.add_run("Nathalie Decool")
    document.add_comment(name, text="Nathalie reprend le dossier à partir de juin", author="Marc")
    document.add_paragraph("Téléphone : 06 12 34 56 78")
    buffer = io.BytesIO()
    document.save(buffer)
    assert parse_document(buffer.getvalue(), "fiche.docx").fields["contact_name"].value == "Nathalie Decool"
