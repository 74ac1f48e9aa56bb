"""Fillable PDFs made by others: boxes named Text1 or "Tekstveld 7", their meaning printed beside them."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from intake.applications.form import fill_pdf_form
from parsers import field_to_json, parse_document


def _form(rows: list[tuple[str, str, str]], *, tooltips: dict[str, str] | None = None) -> bytes:
    """Rows of (label, box name, value): even rows with the label left of the box, odd rows above it."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 780
    for index, (label, name, _) in enumerate(rows):
        if label and index % 2 == 0:
            pdf.drawString(40, y + 4, label)
        elif label:
            pdf.drawString(220, y + 22, label)
        pdf.acroForm.textfield(name=name, x=220, y=y if index % 2 == 0 else y - 6, width=300, height=18,
                               tooltip=(tooltips or {}).get(name))
        y -= 50
    pdf.showPage()
    pdf.save()
    return fill_pdf_form(buffer.getvalue(), {name: value for _, name, value in rows})


def _values(data: bytes) -> dict[str, object]:
    document = parse_document(data, "formulier.pdf")
    assert document.parse_status == "parsed"
    return {name: field_to_json(field)["value"] for name, field in document.fields.items()}


def test_boxes_named_text1_are_paired_with_the_label_left_of_or_above_them() -> None:
    values = _values(_form([
        ("Naam van de vereniging", "Text1", "vzw Den Uyl"),
        ("Contactpersoon", "Tekstveld 2", "Jan Peeters"),
        ("E-mail", "Text3", "jan.peeters@example.org"),
        ("Gemeente", "veld4", "Alveringem"),
        ("Gevraagd bedrag", "Text5", "€ 4.250,75"),
        ("Totale kostprijs", "Tekstveld 6", "€ 6.000"),
    ]))
    assert values["organisation"] == "vzw Den Uyl" and values["contact_name"] == "Jan Peeters"
    assert values["email"] == "jan.peeters@example.org" and values["municipality"] == "Alveringem"
    assert values["requested_amount"] == "4250.75" and values["total_budget"] == "6000.00"


def test_a_tooltip_names_a_box_that_has_no_printed_label() -> None:
    values = _values(_form([("", "Text1", "Comité des fêtes de Killem"), ("", "Text2", "8 500 €")],
                           tooltips={"Text1": "Nom de l'association", "Text2": "Montant demandé"}))
    assert values["organisation"] == "Comité des fêtes de Killem" and values["requested_amount"] == "8500.00"


def test_a_box_named_after_its_label_with_underscores() -> None:
    values = _values(_form([("", "Naam_vereniging", "Dorpsraad Stavele"), ("", "Gevraagd_bedrag", "9000")]))
    assert values["organisation"] == "Dorpsraad Stavele" and values["requested_amount"] == "9000.00"


def test_a_box_s_tooltip_outranks_a_heading_printed_above_it() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawString(220, 802, "B. Wat willen jullie doen?")  # a section heading, right above the first box
    pdf.acroForm.textfield(name="Text1", x=220, y=780, width=300, height=18, tooltip="Titel projectidee")
    pdf.acroForm.textfield(name="Text2", x=220, y=730, width=300, height=18, tooltip="Gevraagd bedrag")
    pdf.showPage()
    pdf.save()
    values = _values(fill_pdf_form(buffer.getvalue(), {"Text1": "Buurtfeest aan de kerk", "Text2": "€ 2.500"}))
    assert values["project_title"] == "Buurtfeest aan de kerk" and values["requested_amount"] == "2500.00"


def test_a_cost_said_to_be_estimated_is_the_total() -> None:
    values = _values(_form([
        ("Titel van het project", "Tekstveld 1", "Ontmoetingsplek aan de kerk"),
        ("Geraamde totale kostprijs", "Tekstveld 2", "12.400 euro"),
        ("Gevraagde steun (max. 10 000 euro)", "Tekstveld 3", "10.000 euro"),
    ]))
    assert (values["total_budget"], values["requested_amount"]) == ("12400.00", "10000.00")
    values = _values(_form([("Coût total estimé", "Champ 1", "7 300 €"), ("Montant demandé", "Champ 2", "6 000 €")]))
    assert (values["total_budget"], values["requested_amount"]) == ("7300.00", "6000.00")
    # an estimate of anything but the whole cost is no total's label
    assert "total_budget" not in _values(_form([("Geschatte bijdrage", "Text1", "3.000 euro")]))
    for label, value in (("Verwacht totaal aantal deelnemers", "350"),
                         ("Verwachte totale kostprijs na subsidie", "4.400 euro"),
                         ("Estimated total attendance", "200")):
        assert "total_budget" not in _values(_form([(label, "Text1", value)])), label
    values = _values(_form([("Geraamde totale kostprijs per jaar", "Text1", "2.000 euro"),
                            ("Totale kostprijs", "Text2", "6.000 euro")]))
    assert values["total_budget"] == "6000.00"


def _stacked_form(rows: list[tuple[str, str, str]], *, caption_under: bool, label_gap: float = 3,
                  row_gap: float = 6) -> bytes:
    """Boxes one under the other, 18 points high, each with its label about ``label_gap`` points away (under
    the box: "[box] / Nom de la structure", a line to write on and its caption; or over it) and the next row
    about ``row_gap`` points further."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    top = 760.0  # the first box's top edge (PDF points from the bottom)
    for label, name, _ in rows:
        if caption_under:
            pdf.acroForm.textfield(name=name, x=48, y=top - 18, width=400, height=18, borderWidth=0)
            pdf.drawString(48, top - 18 - 3 - 8, label)  # the caption's letters start 3 points under the box
        else:
            pdf.drawString(48, top - 8, label)
            pdf.acroForm.textfield(name=name, x=48, y=top - 11 - label_gap - 18, width=400, height=18,
                                   borderWidth=0)
        top -= 18 + label_gap + 11 + row_gap
    pdf.showPage()
    pdf.save()
    return fill_pdf_form(buffer.getvalue(), {name: value for _, name, value in rows})


_STACKED = [
    ("Nom de la structure", "Texte1", "Les Jardins du Mont"),
    ("Adresse du siège (numéro, rue)", "Texte2", "27 rue de la Brasserie"),
    ("Code postal", "Texte3", "59270"),
    ("Porteur du projet (nom et prénom)", "Texte4", "Élodie Vanhoutte"),
    ("Intitulé du projet", "Texte5", "Un jardin partagé au pied du Mont"),
    ("Montant demandé", "Texte6", "7 200 €"),
]


def test_a_caption_printed_under_its_box_labels_that_box_not_the_next() -> None:
    values = _values(_stacked_form(_STACKED, caption_under=True))
    assert values["organisation"] == "Les Jardins du Mont" and values["address"] == "27 rue de la Brasserie"
    assert values["postcode"] == "59270" and values["contact_name"] == "Élodie Vanhoutte"
    assert values["project_title"] == "Un jardin partagé au pied du Mont" and values["requested_amount"] == "7200.00"


def test_a_label_close_over_its_box_still_labels_it_when_the_box_above_is_near_too() -> None:
    values = _values(_stacked_form(_STACKED, caption_under=False))
    assert values["organisation"] == "Les Jardins du Mont" and values["address"] == "27 rue de la Brasserie"
    assert values["postcode"] == "59270" and values["contact_name"] == "Élodie Vanhoutte"
    assert values["project_title"] == "Un jardin partagé au pied du Mont" and values["requested_amount"] == "7200.00"


def test_a_role_whose_label_says_it_is_the_contact_keeps_its_phone() -> None:
    values = _values(_stacked_form([
        ("Président", "Texte1", "Thierry Lebleu"),
        ("Secrétaire - contact pour ce dossier", "Texte2", "Chantal Hennebelle"),
        ("Téléphone (contact)", "Texte3", "07 68 22 41 90"),
        ("Montant demandé", "Texte4", "6 000 €"),
    ], caption_under=False))
    assert values["contact_name"] == "Chantal Hennebelle" and values["phone"] == "+33768224190"


def test_labels_over_their_boxes_farther_than_from_the_box_above_are_still_theirs() -> None:
    # each label 6 points over its box and 3 under the box above: the page starts with a label, so labels are
    # over their boxes; "Functie" names no field of ours, and "Adres" under its box is not that box's
    values = _values(_stacked_form([
        ("Naam van de vereniging", "Text1", "Werkgroep Samen Tuinieren"),
        ("Contactpersoon", "Text2", "Arne Cappoen"),
        ("Functie", "Text3", "Secretaris"),
        ("Adres (straat en nummer)", "Text4", "Ieperstraat 25 bus 4"),
        ("Gevraagd bedrag", "Text5", "7.226 EUR"),
    ], caption_under=False, label_gap=6, row_gap=3))
    assert values["address"] == "Ieperstraat 25 bus 4" and values["contact_name"] == "Arne Cappoen"


def _bilingual_captioned_form(rows: list[tuple[str, str, str, str]]) -> bytes:
    """A cross-border form: a section heading, then each box with its caption under it in two lines, Dutch
    over French (2 points under the box), and the next box 11 points under the French line."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(52, 768, "A. Aanvrager / Demandeur")
    top = 750.0
    for dutch, french, name, _ in rows:
        pdf.acroForm.textfield(name=name, x=50, y=top - 18, width=400, height=18, borderWidth=0)
        pdf.drawString(52, top - 18 - 2 - 6, dutch)
        pdf.drawString(52, top - 18 - 2 - 6 - 9, french)
        top -= 18 + 2 + 18 + 11
    pdf.showPage()
    pdf.save()
    return fill_pdf_form(buffer.getvalue(), {name: value for _, _, name, value in rows})


def test_a_bilingual_caption_under_each_box_is_that_boxes_label() -> None:
    # which way the page reads is told by what the boxes hold: read as labels over the boxes, the address box
    # would hold the group's name and the postcode box a street
    values = _values(_bilingual_captioned_form([
        ("Naam van de vereniging", "Nom de l'association", "Tekstvak 3", "Handelsvereniging Lo-Centrum"),
        ("Adres (straat, nummer)", "Adresse (rue, numéro)", "Tekstvak 4", "Zwaluwenhof 4"),
        ("Postcode", "Code postal", "Tekstvak 5", "8647"),
        ("Contactpersoon", "Personne de contact", "Tekstvak 6", "Bart Goethals"),
        ("Gsm", "Portable", "Tekstvak 7", "0485 63 12 07"),
        ("Gevraagd bedrag (euro)", "Montant demandé (euros)", "Tekstvak 8", "7.200,00"),
    ]))
    assert values["organisation"] == "Handelsvereniging Lo-Centrum" and values["address"] == "Zwaluwenhof 4"
    assert values["postcode"] == "8647" and values["contact_name"] == "Bart Goethals"
    assert values["phone"] == "+32485631207" and values["requested_amount"] == "7200.00"


def test_an_income_line_named_after_the_call_gives_the_request_to_check() -> None:
    from parsers.confidence import REVIEW_THRESHOLD

    data = _form([("Naam van de groep", "Text1", "Feestcomité Beveren"),
                  ("Eigen middelen feestcomité", "Text2", "1.450,00"),
                  ("Maak werk van je buurt (Partons 2.0)", "Text3", "5.900,00"),
                  ("Totale kostprijs", "Text4", "8.150,00")])
    request = parse_document(data, "formulier.pdf").fields["requested_amount"]
    assert str(request.value) == "5900.00" and request.confidence < REVIEW_THRESHOLD


def test_budget_rows_of_boxes_and_income_lines_typed_into_boxes() -> None:
    # "omschrijving uitgave" / "bedrag" boxes are the budget's rows, not the request; an income line's words
    # typed into a box of its own give the amount in the next box its meaning
    rows = [("", "Text1", "Trage Wegen Werkgroep Zillebeke"), ("", "Text2", "Ontwerp kaart (grafisch vormgever)"),
            ("", "Text3", "EUR 1.250"), ("", "Text4", "Drukwerk 3.000 ex."), ("", "Text5", "EUR 3.000"),
            ("", "Text6", "EUR 4.250"), ("", "Text7", "Eigen inbreng werkgroep"), ("", "Text8", "EUR 250"),
            ("", "Text9", "Bijdrage Maak werk van je buurt"), ("", "fill_10", "EUR 4.000")]
    tips = {"Text1": "Aanvrager (naam organisatie, vereniging of groep)", "Text2": "omschrijving uitgave",
            "Text3": "bedrag", "Text4": "omschrijving uitgave", "Text5": "bedrag", "Text6": "totaal uitgaven",
            "Text8": "bedrag"}
    document = parse_document(_form(rows, tooltips=tips), "formulier.pdf")
    requested = document.fields["requested_amount"]
    assert str(requested.value) == "4000.00" and requested.confidence < 0.8  # the income line: to check
    assert [line.description for line in document.fields["budget_lines"].value] == [
        "Ontwerp kaart (grafisch vormgever)", "Drukwerk 3.000 ex."]


def test_a_first_name_box_of_the_referent() -> None:
    values = _values(_form([("", "Text1", "Julien"), ("", "Text2", "Vanhoutte")],
                           tooltips={"Text1": "Prénom du référent", "Text2": "Nom du référent"}))
    assert values["contact_name"] == "Julien Vanhoutte"


def test_a_phone_and_an_e_mail_in_boxes_no_label_names_are_given_to_check() -> None:
    # whose they are the form does not say; a tooltip that is the box's own name ("Zone de texte 18") is none
    document = parse_document(_form([("", "Text1", "Émilie Coudeville"), ("", "Zone de texte 18", "+33 3 28 92 77 89"),
                                     ("", "fld_021", "coudeville.emilie@example.net")],
                                    tooltips={"Text1": "Personne à contacter", "Zone de texte 18": "Zone de texte 18"}),
                              "formulaire.pdf")
    phone, email = document.fields["phone"], document.fields["email"]
    assert phone.value == "+33328927789" and phone.confidence < 0.8
    assert email.value == "coudeville.emilie@example.net" and email.confidence < 0.8


def test_a_labelled_phone_outranks_one_in_a_box_no_label_names() -> None:
    values = _values(_form([("Telefoon", "Text1", "0476 81 15 75"), ("", "Text2", "057 44 86 21")]))
    assert values["phone"] == "+32476811575"
