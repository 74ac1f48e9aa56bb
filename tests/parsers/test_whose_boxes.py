"""Forms that ask for more than one person: a legal representative (chair, président) with their own phone
beside the contact person for the file. Whose box it is is said before a dash ("Contactpersoon voor dit dossier
– Naam", "Président(e) / représentant légal – Nom et prénom") or by the row the box stands on."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4

from parsers import field_to_json, parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.labels import OTHER_PERSON, REPRESENTATIVE, REPRESENTATIVE_PHONE, label_alone, match_label, persons_name
from tests.parsers.format_samples import fillable_pdf, odt_of_body, word_form

HEIGHT = A4[1]
CHAIR = "Voorzitter / wettelijk vertegenwoordiger – Naam en voornaam"




def _odt_table(*rows: tuple[str, ...]) -> str:
    cells = "".join("<table:table-row>" + "".join(
        f"<table:table-cell><text:p>{escape(cell)}</text:p></table:table-cell>" for cell in row) + "</table:table-row>"
        for row in rows)
    return f'<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>{cells}</table:table>'


def _odt(*paragraphs: str, table: str = "") -> bytes:
    return odt_of_body("".join(f"<text:p>{escape(text)}</text:p>" for text in paragraphs) + table)


def _fields(data: bytes, filename: str) -> dict[str, tuple[object, float]]:
    document = parse_document(data, filename)
    assert document.parse_status == "parsed"
    return {name: (field_to_json(value)["value"], value.confidence) for name, value in document.fields.items()}




def test_a_label_that_says_whose_box_before_a_dash() -> None:
    assert match_label("Contactpersoon voor dit dossier – Naam") == ("contact_name", "nl")
    assert label_alone("Personne à contacter pour le dossier – Nom et prénom") == "surname_first"
    assert label_alone("Président(e) / représentant légal – Nom et prénom") == REPRESENTATIVE
    # "Naam voorzitter" with words after it: the chair's phone, not the chair's name
    assert match_label("Naam voorzitter – Telefoon / GSM") == (REPRESENTATIVE_PHONE, "nl")
    assert match_label("Penningmeester – Naam") is None and persons_name("Penningmeester – Naam") == OTHER_PERSON
    assert label_alone("Postcode - Gemeente") == "postcode_municipality"  # two labels, no person: as before


def test_the_contact_s_name_asked_in_two_boxes_after_a_dash() -> None:
    fields = _fields(word_form([["Contactpersoon voor dit dossier – Naam", "DEBRUYNE", "Voornaam", "Koen"],
                            ["Telefoon / GSM", "0477 79 28 42", "E-mail", "koen@example.net"]]), "aanvraag.docx")
    assert fields["contact_name"] == ("Koen Debruyne", 0.95)


def test_the_phone_beside_the_chair_s_name_on_a_word_form_s_row_is_the_chair_s() -> None:
    fields = _fields(word_form([
        [CHAIR, "Nele Lahaye", "Telefoon / GSM", "0477 54 58 61"],
        ["Contactpersoon voor dit dossier – Naam", "Debruyne", "Voornaam", "Koen"],
        ["Telefoon / GSM", "0477 79 28 42", "E-mail", "koen@example.net"],
    ]), "aanvraag.docx")
    assert fields["contact_name"][0] == "Koen Debruyne"
    assert fields["phone"] == ("+32477792842", 0.95)


def test_the_phone_beside_the_treasurer_s_name_on_a_word_form_s_row_is_nobody_s_we_want() -> None:
    fields = _fields(word_form([["Contactpersoon voor dit dossier – Naam en voornaam", "Koen Debruyne"],
                            ["Penningmeester – Naam en voornaam", "Nele Lahaye", "Telefoon / GSM", "0477 54 58 61"],
                            ["E-mail", "koen@example.net"]]), "aanvraag.docx")
    assert fields["contact_name"][0] == "Koen Debruyne"
    assert fields.get("phone", ("", 0.0))[0] != "+32477545861"


def test_the_phone_row_under_the_chair_s_name_row_is_the_chair_s() -> None:
    rows = [[CHAIR, "Nele Lahaye"], ["Telefoon / GSM", "0477 54 58 61"],
            ["Contactpersoon voor dit dossier – Naam en voornaam", "Koen Debruyne"],
            ["Telefoon / GSM", "0477 79 28 42"], ["E-mail", "koen@example.net"]]
    fields = _fields(word_form(rows), "aanvraag.docx")
    assert fields["contact_name"][0] == "Koen Debruyne" and fields["phone"] == ("+32477792842", 0.95)
    # the same boxes typed over dotted lines, one to a line
    fields = _fields(_odt(*(f"{label}: {value} ........" for label, value in rows)), "aanvraag.odt")
    assert fields["contact_name"][0] == "Koen Debruyne" and fields["phone"] == ("+32477792842", 0.9)


def test_the_chair_s_name_and_phone_stand_in_when_the_form_names_no_other_contact() -> None:
    fields = _fields(word_form([
        [CHAIR, "Nele Lahaye", "Telefoon / GSM", "0477 54 58 61"],
    ]), "aanvraag.docx")
    assert fields["contact_name"][0] == "Nele Lahaye"
    phone, confidence = fields["phone"]
    assert phone == "+32477545861" and confidence < REVIEW_THRESHOLD  # asked as the chair's: to check


def test_the_representative_s_name_in_a_table_gives_way_to_a_contact_on_a_labelled_line() -> None:
    fields = _fields(word_form([["Naam voorzitter", "Jan Peeters"]],
                           paragraphs=("Contactpersoon: Els Claeys",)), "aanvraag.docx")
    assert fields["contact_name"][0] == "Els Claeys"


def test_labels_over_their_answers_the_phone_under_the_president_s_row_is_the_president_s() -> None:
    fields = _fields(_odt(table=_odt_table(
        ("Président(e) / représentant légal – Nom et prénom", "Téléphone"),
        ("VERCOUSTRE Nathalie", "06 15 56 41 71"),
        ("Personne à contacter pour le dossier – Nom", "Prénom"),
        ("MAERTEN", "Isabelle"),
        ("Téléphone", "Courriel"),
        ("07 81 59 52 31", "isabelle@example.net"),
    )), "candidature.odt")
    assert fields["contact_name"][0] == "Isabelle Maerten"
    assert fields["phone"][0] == "+33781595231"


def test_a_pdf_form_s_phone_box_on_the_row_of_the_president_s_name_is_the_president_s() -> None:
    fields = _fields(fillable_pdf(
        [(40, 100, "Président(e) / représentant légal – Nom et prénom"), (298, 100, "Téléphone"),
         (40, 140, "Personne à contacter pour le dossier – Nom et prénom"),
         (40, 180, "Téléphone"), (298, 180, "Courriel")],
        [("f10", 40, 110, 250, 16, "Christophe Verstraete"), ("f11", 298, 110, 250, 16, "+33 3 28 11 40 00"),
         ("f12", 40, 150, 500, 16, "Fabrice Decroos"),
         ("f13", 40, 190, 250, 16, "07 81 43 03 97"), ("f14", 298, 190, 250, 16, "fdecroos@example.net")]),
        "formulaire.pdf")
    assert fields["contact_name"][0] == "Fabrice Decroos"
    assert fields["phone"] == ("+33781430397", 0.98)


def test_a_pdf_form_s_phone_box_beside_the_treasurer_s_name_is_not_the_applicant_s() -> None:
    fields = _fields(fillable_pdf(
        [(40, 100, "Personne à contacter pour le dossier – Nom et prénom"),
         (40, 130, "Trésorier(e) – Nom et prénom"), (330, 130, "Téléphone"),
         (40, 160, "Téléphone"), (330, 160, "Courriel")],
        [("f1", 290, 98, 250, 16, "Fabrice Decroos"),
         ("f2", 190, 128, 130, 16, "Christophe Verstraete"), ("f3", 400, 128, 140, 16, "+33 3 28 11 40 00"),
         ("f4", 190, 158, 130, 16, "07 81 43 03 97"), ("f5", 400, 158, 140, 16, "fdecroos@example.net")]),
        "formulaire.pdf")
    assert fields["contact_name"][0] == "Fabrice Decroos"
    assert fields["phone"] == ("+33781430397", 0.98)


def test_a_pdf_form_s_phone_box_under_the_president_s_name_box_is_the_president_s() -> None:
    fields = _fields(fillable_pdf(
        [(40, 100, "Président(e) / représentant légal – Nom et prénom"), (40, 130, "Téléphone"),
         (40, 160, "Personne à contacter pour le dossier – Nom et prénom"), (40, 190, "Téléphone")],
        [("f1", 300, 98, 240, 16, "Christophe Verstraete"), ("f2", 300, 128, 240, 16, "+33 3 28 11 40 00"),
         ("f3", 300, 158, 240, 16, "Fabrice Decroos"), ("f4", 300, 188, 240, 16, "07 81 43 03 97")]),
        "formulaire.pdf")
    assert fields["contact_name"][0] == "Fabrice Decroos"
    assert fields["phone"] == ("+33781430397", 0.98)


def test_a_form_typed_over_dotted_lines_two_boxes_to_a_line() -> None:
    fields = _fields(_odt(
        "Voorzitter / wettelijk vertegenwoordiger – Naam en voornaam: Nele Lahaye ........    "
        "Telefoon / GSM: 0477 54 58 61 ..........",
        "Contactpersoon voor dit dossier – Naam en voornaam: Annick Decock .................",
        "Telefoon / GSM: +32 (0)496 96 74 42 ...........    E-mail: annickdecock@example.org ......",
    ), "aanvraag.odt")
    assert fields["contact_name"][0] == "Annick Decock"
    assert fields["phone"] == ("+32496967442", 0.9)
    assert fields["email"] == ("annickdecock@example.org", 0.9)
    # the next box left empty: its label is no part of the phone's answer
    fields = _fields(_odt("Telefoon / GSM: 0495 36 14 06 .................    E-mail:  ..............................",
                          "Gemeente: Krombeke ..........    Titel van het project: Dorpsontmoetingspunt ...."),
                     "aanvraag.odt")
    assert fields["phone"] == ("+32495361406", 0.9) and "email" not in fields
    assert fields["project_title"] == ("Dorpsontmoetingspunt", 0.9)


def test_a_table_of_one_label_over_its_answer_is_a_box() -> None:
    fields = _fields(word_form([["Nom de l'association / structure"], ["Association Vivre à Winnezeele"]],
                           [["Personne à contacter pour le dossier – Nom et prénom"], ["TOP Sandrine"]],
                           [["Intitulé du projet"], [""]]),  # a box left empty: a row with no cell
                     "dossier.docx")
    assert fields["organisation"] == ("Association Vivre à Winnezeele", 0.95)
    assert fields["contact_name"] == ("Sandrine Top", 0.96)  # its label says whose


def test_an_answer_under_its_label_may_start_with_the_label_s_word() -> None:
    fields = _fields(_odt("Nom de l'association / structure", "Association Les Amis du Moulin",
                          "Intitulé du projet", "Boîte à livres et coin lecture"), "candidature.odt")
    assert fields["organisation"][0] == "Association Les Amis du Moulin"
    assert fields["project_title"][0] == "Boîte à livres et coin lecture"


def test_a_form_s_title_and_its_section_heading_over_a_label_name_nothing() -> None:
    fields = _fields(_odt("Formulaire de candidature – appel à projets Partons 2.0 2019",
                          "1. Le porteur de projet", "Nom de l'association / structure", "",
                          "3. Le projet", "Intitulé du projet", "", "Description courte",
                          "Un jardin partagé derrière l'école."), "candidature.odt")
    assert "organisation" not in fields
    assert fields.get("project_title", ("",))[0] != "Intitulé du projet"


def test_the_responsible_publisher_is_the_group_s_representative_not_its_contact() -> None:
    # "Verantwoordelijke uitgever" (éditeur responsable): who answers for the group's printed matter in law
    assert match_label("Verantwoordelijke uitgever") == (REPRESENTATIVE, "nl")
    fields = parse_document(word_form([("Naam aanvrager (vereniging)", "Vrije Basisschool Sint-Jozef Wulveringem"),
                                       ("Naam en voornaam contactpersoon", "Wim Vanneste"),
                                       ("Tel. / gsm", "+32 476 83 83 36"), ("E-mailadres", "wim.vanneste@example.net"),
                                       ("Verantwoordelijke uitgever",
                                        "Nele Verhaeghe – 0472-918296 – nele.verhaeghe@example.com")]),
                            "aanvraag.docx").fields
    assert fields["contact_name"].value == "Wim Vanneste"
    assert fields["phone"].value == "+32476838336"
    assert fields["email"].value == "wim.vanneste@example.net"
