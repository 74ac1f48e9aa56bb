"""Forms filled in with whatever tool was at hand: text typed on a flat PDF with a viewer, a note stuck to the
page, Word comments on the dotted lines, a group's letterhead over a form, a paper form's comb of boxes and its
table of the board with one column per person."""

from __future__ import annotations

import io

import docx
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Text
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.text_walk import comb_joined
from tests.parsers.format_samples import (
    docx_lines,
    docx_typed_in_boxes,
    fillable_pdf,
    legacy_field,
    odt_of_body,
    word_form,
)
from tests.parsers.sheet_samples import ods_of, ods_with, xlsx_of

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


def _form_on_letterhead(header: str, printed: str = "Projectenoproep Partons 2.0 – Fiche projectidee") -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.add_paragraph(printed)
    for number, (label, answer) in enumerate((("Naam organisatie / vereniging", ""),
                                              ("Verantwoordelijke", "Koen Vanhee"),
                                              ("Adres (straat en nummer)", ""), ("Postcode + gemeente", ""),
                                              ("Gevraagd bedrag", "4.900 euro"))):
        paragraph = document.add_paragraph(f"{label}: ")
        legacy_field(paragraph._p, f"Tekst{number + 1}", answer)
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


def test_a_fillable_form_whose_labels_are_printed_after_its_boxes_pairs_each_box_with_the_words_after_it() -> None:
    # a paper form's habit: the line to write on first, its caption after it; the postcode's caption stands
    # left of the town's box, where a reader of labels-before-boxes would take it for the town's label
    rows = [("org", 50, 100, 200, "1.1 Naam organisatie", "Buurtcomité De Linde"),
            ("street", 50, 130, 200, "1.2 Straat en nummer", "Lindestraat 14"),
            ("pc", 50, 160, 50, "1.3 Postcode", "8970"), ("town", 250, 160, 150, "1.4 Gemeente", "Poperinge"),
            ("person", 50, 190, 200, "2.1 Contactpersoon", "Griet Vandamme"),
            ("mail", 50, 220, 200, "2.2 E-mailadres", "griet.vandamme@example.org"),
            ("tel", 50, 250, 200, "2.3 Telefoon", "0476 12 34 56"),
            ("asked", 50, 280, 100, "3.1 Gevraagd bedrag", "6.500 euro")]
    draw = [(x + width + 5, top + 3, label) for _, x, top, width, label, _ in rows]
    boxes = [(name, x, top, width, 16, value) for name, x, top, width, _, value in rows]
    fields = parse_document(fillable_pdf(draw, boxes), "aanvraag.pdf").fields
    assert fields["organisation"].value == "Buurtcomité De Linde"
    assert fields["address"].value == "Lindestraat 14"
    assert fields["postcode"].value == "8970" and fields["municipality"].value == "Poperinge"
    assert fields["contact_name"].value == "Griet Vandamme"
    assert fields["phone"].value == "+32476123456"
    assert fields["requested_amount"].value == 6500


def test_a_board_table_by_column_is_not_read_again_as_labelled_lines() -> None:
    # "Naam | Vanrobaeys | Schoonaert | Vermeersch" is three people's surnames, not one person's name: read as a
    # labelled line, it stood against the table's contact, and the signer's name below made the table's contact
    # the signer's (the chair's) and so no contact at all
    document = docx.Document()
    for text in ("Naam van de vereniging / groep", "Werkgroep Trage Wegen Woumen", "Bestuur en contactpersoon"):
        document.add_paragraph(text)
    rows = [("", "voorzitter", "secretaris", "penningmeester"), ("Naam", "Vanrobaeys", "Schoonaert", "Vermeersch"),
            ("Voornaam", "Joke", "Annelies", "Roland"),
            ("GSM / telefoon", "0470/08.69.39", "0472/82.30.63", "0493/93.76.60"),
            ("E-mail", "vanrobaeys.joke@example.org", "aschoonaert@example.com", "vermeersch.roland@example.org"),
            ("Contactpersoon (kruis aan)", "", "X", "")]
    table = document.add_table(rows=len(rows), cols=4)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for text in ("Gevraagd bedrag", "7050", "Naam ondertekenaar", "Annelies Schoonaert"):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    fields = parse_document(buffer.getvalue(), "aanvraag.docx").fields
    assert fields["contact_name"].value == "Annelies Schoonaert"
    assert fields["phone"].value == "+32472823063"


def test_captions_under_the_lines_to_write_on_name_the_line_above_them() -> None:
    # the value typed on the line, the caption printed under it; a question still asks above its answer
    fields = parse_document(docx_lines([
        "Identification du demandeur", "Amicale laïque de Gravelines", "Nom de la structure",
        "2 bis rue du Château", "Adresse postale", "59820", "Code postal", "Gravelines", "Localité",
        "Le projet", "Verger communal partagé", "Nom du projet", "Que voulez-vous faire ?",
        "Un verger partagé où jeunes et anciens se rencontrent."]), "formulaire.docx").fields
    assert fields["organisation"].value == "Amicale laïque de Gravelines"
    assert fields["address"].value == "2 bis rue du Château"
    assert fields["postcode"].value == "59820" and fields["municipality"].value == "Gravelines"
    assert fields["project_title"].value == "Verger communal partagé"


def test_numbered_captions_under_their_answers_are_no_questions_answered_below() -> None:
    fields = parse_document(docx_lines([
        "1. Het project", "Petanqueveld en ontmoetingsbanken", "1.1 Titel van het project", "2. Gegevens aanvrager",
        "Oudercomité VBS Kemmel", "2.1 Naam van de vereniging / groep", "Zuidstraat 122", "2.2 Straat en nummer",
        "8956", "2.3 Postnummer", "Kemmel", "2.4 Deelgemeente / dorp"]), "aanvraag.docx").fields
    assert fields["organisation"].value == "Oudercomité VBS Kemmel"
    assert fields["address"].value == "Zuidstraat 122"
    assert fields["postcode"].value == "8956"


def test_labels_over_their_answers_are_still_read_so() -> None:
    fields = parse_document(docx_lines([
        "Aanvraagformulier", "Naam van de vereniging", "Dorpsraad Esen", "Straat en nummer", "Eikenlaan 60",
        "Postcode", "8600", "Gemeente", "Esen"]), "aanvraag.docx").fields
    assert fields["organisation"].value == "Dorpsraad Esen"
    assert fields["address"].value == "Eikenlaan 60" and fields["postcode"].value == "8600"


def test_a_caption_after_each_value_in_one_small_table_per_question_labels_the_value_before_it() -> None:
    fields = parse_document(word_form([("Speelbos voor de kinderen van Esen", "1.1 Titel van het project")],
                                      [("Dorpsraad Esen", "2.1 Naam van de vereniging / groep")],
                                      [("Eikenlaan 60", "2.2 Adres (straat, nummer)")],
                                      [("8600", "2.3 Postnummer")], [("Esen", "2.4 Deelgemeente / dorp")],
                                      [("Kostenpost", "Bedrag (€)"), ("Huur tent en geluid", "4150,00"),
                                       ("Totaal kosten", "9400,00")],
                                      [("", "7500", "4.1 Gevraagd bedrag")]), "aanvraag.docx").fields
    assert fields["organisation"].value == "Dorpsraad Esen"
    assert fields["address"].value == "Eikenlaan 60" and fields["postcode"].value == "8600"
    assert fields["project_title"].value == "Speelbos voor de kinderen van Esen"
    assert fields["requested_amount"].value == 7500 and fields["total_budget"].value == 9400


def test_text_typed_a_little_above_its_label_s_line_is_read_on_that_line() -> None:
    # "Structure :" and the answer typed after it, the viewer's box a few points higher than the label's line:
    # read apart, each answer would stand over its label and be taken for the label above's
    labels = ["Structure :", "Responsable du projet :", "Adresse :", "Code postal et commune :", "Téléphone :",
              "Aide sollicitée auprès de Partons 2.0 :"]
    answers = ["Association des jardiniers du Houtland", "Gérard Hennebelle", "96 allée des Peupliers",
               "59850 Nieppe", "03 53 01 17 35", "8 500,00 €"]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    for number, label in enumerate(labels):
        pdf.drawString(40, PAGE_HEIGHT - (120 + number * 26), label)
    pdf.showPage()
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    for number, answer in enumerate(answers):
        baseline = PAGE_HEIGHT - (120 + number * 26)
        writer.add_annotation(0, FreeText(text=answer, rect=(220, baseline - 1, 560, baseline + 16),
                                          font_size="10pt", border_color=None, background_color=None))
    out = io.BytesIO()
    writer.write(out)
    fields = parse_document(out.getvalue(), "candidature.pdf").fields
    assert fields["organisation"].value == "Association des jardiniers du Houtland"
    assert fields["address"].value == "96 allée des Peupliers"
    assert fields["postcode"].value == "59850"
    assert fields["requested_amount"].value == 8500


def test_a_sheet_laid_out_as_a_paper_form_reads_its_combs_its_captions_after_and_its_board_by_column() -> None:
    rows = [["AANVRAAGFORMULIER PROJECTIDEE"], ["Q1. Naam van de vereniging / groep"],
            ["Werkgroep Trage Wegen Alveringem"],
            ["Nieuwstraat 93", "", "", "", "", "", "", "Q2. Adres (straat, nummer)"],
            ["8", "6", "9", "0", "", "Q3. Postnummer"],
            ["Q4. Deelgemeente / dorp", "", "", "Alveringem"],
            ["Q9. Bestuur en contactpersoon"],
            ["", "voorzitter", "secretaris", "penningmeester", "contactpersoon"],
            ["Naam en voornaam", "Koen Bouckaert", "Koen Cardoen", "Katrien Dehaene", "Koen Cardoen"],
            ["Telefoonnummer", "0478/63.43.52", "0475/78.61.21", "0472/61.34.26", "0475/78.61.21"],
            ["E-mail", "kbouckaert@example.org", "kcardoen@example.org", "katrien.dehaene@example.net",
             "kcardoen@example.org"],
            ["Financieel plan"], ["Kostenpost", "", "", "Bedrag (€)"], ["Drukwerk wandelkaart", "", "", 5300],
            ["Begeleiding door participatie-expert", "", "", 850], ["Totaal kosten", "", "", 6150],
            ["", "6", "1", "5", "0", "", "Q10. Bedrag gevraagd aan de projectenoproep"]]
    fields = parse_document(xlsx_of({"Aanvraag": rows}), "aanvraag.xlsx").fields
    assert fields["address"].value == "Nieuwstraat 93" and fields["postcode"].value == "8690"
    assert fields["requested_amount"].value == 6150 and fields["total_budget"].value == 6150
    # the contact is the secretary too: his own column's number is no "other person's" number
    assert fields["contact_name"].value == "Koen Cardoen"
    assert fields["phone"].value == "+32475786121"
    assert fields["email"].value == "kcardoen@example.org"


def test_the_next_numbered_question_is_no_answer_to_a_label_left_empty() -> None:
    fields = parse_document(docx_lines(["Q1. Naam van de vereniging", "Werkgroep Trage Wegen Alveringem",
                                         "Q6. Naam van het project", "Q7. Wat wil je doen?",
                                         "Een wandelkaart van de trage wegen, met de bewoners getekend."]),
                            "aanvraag.docx").fields
    assert "project_title" not in fields or not fields["project_title"].value.startswith("Q7")


_DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'


def _comment(text: str, *, on_words: str = "") -> str:
    """An ODF comment: at a point, or (``on_words``) on the words it is about, with its name and end."""
    name = ' office:name="c1"' if on_words else ""
    note = f"<office:annotation {_DC}{name}><dc:creator>Pieter</dc:creator><text:p>{text}</text:p></office:annotation>"
    return f"{note}{on_words}<office:annotation-end office:name=\"c1\"/>" if on_words else note


def _odt_rows(rows: list[tuple[str, str]]) -> bytes:
    cells = "".join(f"<table:table-row><table:table-cell><text:p>{label}</text:p></table:table-cell>"
                    f"<table:table-cell><text:p>{value}</text:p></table:table-cell></table:table-row>"
                    for label, value in rows)
    return odt_of_body(f'<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>'
                       f"{cells}</table:table>")


def test_an_odt_comment_put_in_an_empty_box_is_its_answer_and_a_comment_on_words_is_not() -> None:
    fields = parse_document(_odt_rows([
        ("Organisatie", "Oudercomité VBS De Klimop"),
        ("Contactpersoon", _comment("nog te bevestigen", on_words="Pieter Ryckewaert")),
        ("Gevraagde steun (max. 10 000 euro)", _comment("EUR 3.200,-")),
        ("Totale kostprijs van het project", _comment("EUR 5.250,-"))]), "aanvraag.odt").fields
    assert fields["requested_amount"].value == 3200 and fields["total_budget"].value == 5250
    assert fields["contact_name"].value == "Pieter Ryckewaert"


def test_an_odt_frame_typed_over_a_label_s_dotted_line_is_that_label_s_answer() -> None:
    def typed(label: str, answer: str) -> str:
        return (f"<text:p>{label}: ……………………<draw:frame draw:name=\"K\" text:anchor-type=\"paragraph\">"
                f"<draw:text-box><text:p>{answer}</text:p></draw:text-box></draw:frame></text:p>")

    fields = parse_document(odt_of_body(typed("Naam aanvrager (vereniging)", "OKRA Watou")
                                        + typed("Adres", "Neerstraat 50") + typed("Postcode + gemeente", "8978 Watou")
                                        + typed("Totaal budget", "EUR 10.100,-")), "projectfiche.odt").fields
    assert fields["organisation"].value == "OKRA Watou"
    assert fields["address"].value == "Neerstraat 50"
    assert fields["total_budget"].value == 10100


def test_a_word_text_box_typed_over_a_label_s_dotted_line_is_that_label_s_answer() -> None:
    fields = parse_document(docx_typed_in_boxes([("Organisatie", "Ferm Klerken"),
                                                 ("Naam contactpersoon", "Sofie Vanhee"),
                                                 ("Adres (straat en nummer)", "Meersenweg 20"),
                                                 ("Postcode / deelgemeente", "8650 Klerken"),
                                                 ("Bedrag dat je vraagt aan deze oproep", "6 700 euro")]),
                            "projectfiche.docx").fields
    assert fields["address"].value == "Meersenweg 20"
    assert fields["contact_name"].value == "Sofie Vanhee"
    assert fields["requested_amount"].value == 6700


def test_an_amount_read_off_a_row_whose_caption_stands_after_it_is_to_check() -> None:
    # which way the captions stand is inferred from the form: an amount is never given as sure on an inference
    fields = parse_document(word_form([("Dorpsraad Esen", "2.1 Naam van de vereniging / groep")],
                                      [("Eikenlaan 60", "2.2 Adres (straat, nummer)")],
                                      [("7500", "4.1 Gevraagd bedrag")]), "aanvraag.docx").fields
    assert fields["requested_amount"].value == 7500
    assert fields["requested_amount"].confidence < REVIEW_THRESHOLD
    assert fields["address"].confidence >= REVIEW_THRESHOLD  # a name or a street: as sure as its row


def test_a_staircase_of_values_under_the_label_above_is_not_read_as_captions_after_them() -> None:
    # each answer under its question, the next question beside it: "Dorpsraad Westouter | 2. Adres" is the
    # group's name and the next label, not an address captioned after its value
    rows = [["Aanvraagformulier"], ["1. Naam vereniging"], ["Dorpsraad Westouter", "", "2. Adres (straat en nummer)"],
            ["Kerkstraat 5", "", "3. Postcode"], ["8954", "", "4. Gemeente"], ["Westouter", "", "5. Gevraagd bedrag"],
            ["6 500 euro"]]
    fields = parse_document(xlsx_of({"Aanvraag": rows}), "aanvraag.xlsx").fields
    for name, wrong in (("address", "Dorpsraad Westouter"), ("postcode", "Kerkstraat 5"), ("municipality", "8954")):
        assert name not in fields or fields[name].value != wrong
    assert "requested_amount" not in fields or fields["requested_amount"].value == 6500


def test_grey_boxes_of_a_sheet_answered_as_cell_comments_give_their_answers_and_a_remark_on_a_value_does_not() -> None:
    rows = [["Aanvraagformulier projectidee"], ["Naam vereniging", "vzw Buurtwerking Oeren"],
            ["Contactpersoon", "Katrien Vermeersch"], ["Telefoon", None], ["E-mail", "…………"],
            ["Gevraagd bedrag", 3000], ["Totale kost", 7300]]
    comments = {"B4": "058 48 61 73", "B5": "katrien.vermeersch@example.org",
                "B6": "eerst 4 500 gevraagd, verlaagd na overleg"}
    fields = parse_document(xlsx_of({"Formulier": rows}, comments=comments), "formulier.xlsx").fields
    assert fields["phone"].value == "+3258486173"
    assert fields["email"].value == "katrien.vermeersch@example.org"
    assert fields["requested_amount"].value == 3000  # the comment on the filled box is a remark


def test_an_ods_box_left_blank_with_its_answer_in_a_comment_gives_the_comment() -> None:
    rows = [["Fiche projet"], ["Association", "École primaire Les Tilleuls"], ["Téléphone", "x"],
            ["Montant demandé", "4 200 €"]]
    blank = ods_with(ods_of({"Fiche": rows}), b'<table:table-cell office:value-type="string"><text:p>x</text:p>',
                     b'<table:table-cell><office:annotation><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">'
                     b"Sophie</dc:creator><text:p>03 53 01 01 23</text:p></office:annotation>")
    fields = parse_document(blank, "fiche.ods").fields
    assert fields["phone"].value == "+33353010123"
    assert fields["requested_amount"].value == 4200


def _two_columns(pairs: list[tuple[tuple[str, str], tuple[str, str]]], before: list[str] = ()) -> bytes:
    """A Word form laid out in two columns by a borderless table: in each cell the value typed on the line and
    its caption under it; a postcode as a comb (a table of one box per digit inside the cell)."""
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    for left, right in pairs:
        row = document.add_table(rows=1, cols=2).rows[0]
        for cell, (value, caption) in zip(row.cells, (left, right), strict=True):
            if value.isdigit():
                comb = cell.add_table(rows=1, cols=len(value))
                for box, digit in zip(comb.rows[0].cells, value, strict=True):
                    box.text = digit
                cell.paragraphs[0].text = ""
            else:
                cell.paragraphs[0].text = value
            cell.add_paragraph(caption)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_form_laid_out_in_two_columns_of_values_over_captions_reads_each_column_down() -> None:
    fields = parse_document(_two_columns([
        (("Buurtcomité De Kapelhoek", "A1 Naam organisatie"), ("Dorpsstraat 116", "A3 Straat en nummer")),
        (("8647", "A4 Postnummer"), ("Reninge", "A5 Deelgemeente / dorp")),
        (("Lieven Bekaert", "C1 Naam contactpersoon"), ("0473 39 46 61", "C3 GSM / telefoon"))],
        before=["Indienformulier projectidee", "A. De aanvrager"]), "formulier.docx").fields
    assert fields["organisation"].value == "Buurtcomité De Kapelhoek"
    assert fields["address"].value == "Dorpsstraat 116"
    assert fields["postcode"].value == "8647"  # the comb in the left column, not four lines of one digit
    assert fields["contact_name"].value == "Lieven Bekaert"
    assert fields["phone"].value == "+32473394661"


def test_a_form_s_instruction_to_whoever_fills_it_in_is_no_answer_above_or_below_a_label() -> None:
    fields = parse_document(docx_lines([
        "A. De aanvrager", "Schrijf in drukletters. Eén cijfer per vakje.", "A1 Naam organisatie",
        "Dorpsstraat 116", "A3 Straat en nummer", "8647", "A4 Postnummer", "Reninge", "A5 Deelgemeente / dorp",
        "C. Contactpersoon", "Vermeld hier de persoon die we mogen contacteren over dit dossier.",
        "Lieven Bekaert", "C1 Naam en voornaam"]), "formulier.docx").fields
    assert "organisation" not in fields  # the group's box left empty under the form's instruction
    assert fields["contact_name"].value == "Lieven Bekaert"


def test_a_form_mixing_labels_over_answers_and_captions_under_them_reads_a_caption_s_line_above_it() -> None:
    fields = parse_document(docx_lines([
        "Présentation de l'initiative", "Transport solidaire des aînés", "Q1. Titre du projet", "",
        "Q2. Que voulez-vous faire ?", "Un service de covoiturage pour les aînés du village.",
        "Le porteur de projet", "Q4. Organisme demandeur", "Association Patrimoine et Houblon", "",
        "Q5. Statut juridique :  ☒ association loi 1901     ☐ collectif d'habitants", "98 chemin des Prés",
        "Q6. Adresse (n°, voie)", "", "Q7. CP", "59285", "Contact",
        "Indiquez ici la personne que nous pouvons joindre au sujet de ce dossier.", "Laurent Lebleu",
        "Q9. Nom et prénom", "", "Q10. Téléphone", "07 94 33 49 52"]), "dossier.docx").fields
    assert fields["organisation"].value == "Association Patrimoine et Houblon"  # its label over it
    assert fields["postcode"].value == "59285"
    assert fields["address"].value == "98 chemin des Prés"  # its caption under it
    assert fields["contact_name"].value == "Laurent Lebleu"
    assert fields["project_title"].value == "Transport solidaire des aînés"
    for name in ("address", "contact_name", "project_title"):
        assert fields[name].confidence < REVIEW_THRESHOLD  # the layout is inferred: to check


def _printed(lines: list[tuple[float, float, str, float]]) -> bytes:
    """A printed (flattened) page: each line ``(top, x, text, size)``, captions set small as a paper form sets
    them, headings in bold."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for top, x, text, size in lines:
        pdf.setFont("Helvetica-Bold" if size > 10 else "Helvetica", size)
        pdf.drawString(x, PAGE_HEIGHT - top - size, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_printed_form_whose_captions_stand_under_their_answers_reads_each_answer_over_its_caption() -> None:
    page = _printed([
        (40, 48, "Projectenoproep 'Maak werk van je buurt!' - Formulier", 13),
        (90, 48, "A. IDENTIFICATIE VAN DE INITIATIEFNEMER", 11), (120, 51, "Feestcomité Passendale-Centrum", 10),
        (136, 48, "A1 Naam van de vereniging / groep", 7), (150, 51, "Eikenlaan 63", 10),
        (166, 48, "A2 Straat en nummer", 7), (180, 52, "8  9  8  0", 10), (180, 200, "Passendale", 10),
        (196, 48, "A3 Postnummer", 7), (196, 200, "A4 Gemeente", 7),
        (240, 48, "B. PROJECTIDEE", 11), (270, 51, "Buurtbibliotheek en leeshoek", 10), (286, 48, "B1 Projecttitel", 7),
        (330, 48, "D. FINANCIEEL PLAN", 11), (360, 51, "7250 EUR", 10), (360, 200, "1850 EUR", 10),
        (376, 48, "D1 Totaal budget", 7), (376, 200, "D2 Eigen inbreng", 7)])
    fields = parse_document(page, "formulier.pdf").fields
    assert fields["organisation"].value == "Feestcomité Passendale-Centrum"
    assert fields["address"].value == "Eikenlaan 63"
    assert fields["postcode"].value == "8980"
    assert fields["project_title"].value == "Buurtbibliotheek en leeshoek"
    assert fields["total_budget"].value == 7250


def test_a_printed_page_with_labels_over_some_answers_and_captions_under_others_reads_each_answer_once() -> None:
    page = _printed([
        (40, 48, "FORMULAIRE DE CANDIDATURE", 13), (90, 53, "Identification du demandeur", 11),
        (120, 51, "École primaire publique Les Tilleuls", 10), (136, 48, "Q1. Nom de la structure", 7),
        (176, 48, "Q3. Code postal", 9), (190, 52, "59850", 10), (214, 48, "Q4. Commune", 9), (228, 51, "Nieppe", 10),
        (262, 53, "Présentation de l'initiative", 11), (290, 51, "Estaminet éphémère et animations", 10),
        (306, 48, "Q5. Intitulé du projet", 7), (320, 48, "Q6. Résumé (10 lignes max.)", 9),
        (334, 51, "Une fête de quartier et un estaminet pour les habitants.", 10),
        (400, 53, "Budget", 11), (428, 51, "15 750 euros", 10), (446, 48, "Q9. Montant total du projet", 7),
        (464, 51, "2 900 euros", 10), (482, 48, "Q10. Autofinancement", 7)])
    fields = parse_document(page, "formulaire.pdf").fields
    assert fields["organisation"].value == "École primaire publique Les Tilleuls"  # a caption under it
    assert fields["postcode"].value == "59850" and fields["municipality"].value == "Nieppe"  # labels over them
    assert fields["project_title"].value == "Estaminet éphémère et animations"
    # "2 900" stands between two captions: the total has its answer over its caption, so it is the own share's
    assert fields["total_budget"].value == 15750
    for name in ("organisation", "project_title", "total_budget"):
        assert fields[name].confidence < REVIEW_THRESHOLD  # read against the page's other labels: to check


def test_a_fillable_form_s_comb_of_one_character_boxes_and_its_board_by_column_are_read_as_printed() -> None:
    roles = ("président(e)", "secrétaire", "trésorier(ère)", "personne à contacter")
    board = [("DEBRIL", "VANDEWALLE", "DECOCK", "VANHOVE"), ("Sandrine", "Damien", "Sylvie", "Aurélie"),
             ("03 28 66 70 07", "06 91 21 55 66", "03 28 72 43 63", "06 71 01 72 96"),
             ("sdebril@example.com", "damien.v@example.net", "sylvie.d@example.org", "aurelie.v@example.org")]
    draw = [(48, 40, "Fiche de dépôt d'une idée de projet"), (48, 80, "Q6. N° et rue"),
            (48, 118, "Écrire en majuscules. Un chiffre par case."), (350, 138, "Q4. Nom de la structure"),
            (48, 170, "Q7. CP"), (260, 170, "Q8. Commune"), (48, 200, "Q10. Bureau et personne à contacter")]
    draw += [(140 + 110 * column, 215, role) for column, role in enumerate(roles)]
    draw += [(48, 230 + 22 * row, label) for row, label in enumerate(("Nom", "Prénom", "Téléphone", "Courriel"))]
    boxes = [("rue", 140, 76, 300, 16, "132 rue du Moulin"), ("ville", 330, 166, 150, 16, "Hazebrouck"),
             ("org_4", 48, 134, 290, 16, "Comité de quartier du Moulin")]
    boxes += [(f"cp_{index}", 100 + 18 * index, 166, 16, 16, digit) for index, digit in enumerate("59190")]
    boxes += [(f"persons_{row}_{column}", 140 + 110 * column, 226 + 22 * row, 105, 16, value)
              for row, values in enumerate(board) for column, value in enumerate(values)]
    fields = parse_document(fillable_pdf(draw, boxes), "candidature.pdf").fields
    assert fields["postcode"].value == "59190"
    assert fields["organisation"].value == "Comité de quartier du Moulin"  # its label printed after its box
    assert fields["contact_name"].value == "Aurélie Vanhove"  # the contact's own column, not the chair's
    assert fields["phone"].value == "+33671017296"
    assert fields["email"].value == "aurelie.v@example.org"


def test_an_amount_over_its_caption_that_no_label_over_it_claims_is_that_caption_s() -> None:
    # the page's other answers stand beside their labels; of the budget's two lines, the first has only the
    # caption under it and the second stands between two captions
    page = _printed([
        (40, 48, "FORMULAIRE DE CANDIDATURE", 13), (80, 53, "Personnes", 11),
        (110, 51, "Nom", 9), (110, 143, "Delattre", 10), (128, 51, "Prénom", 9), (128, 143, "Gérard", 10),
        (146, 51, "Téléphone", 9), (146, 143, "03 28 94 97 31", 10),
        (164, 51, "Mél", 9), (164, 143, "gerard.delattre@example.net", 10),
        (200, 53, "Budget", 11), (228, 51, "15 750 euros", 10), (246, 48, "Q9. Montant total du projet", 7),
        (264, 51, "2 900 euros", 10), (282, 48, "Q10. Autofinancement", 7)])
    fields = parse_document(page, "formulaire.pdf").fields
    assert fields["total_budget"].value == 15750 and fields["total_budget"].confidence < REVIEW_THRESHOLD
