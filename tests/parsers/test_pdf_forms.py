"""PDF forms that municipalities and federations make: boxes in rows, tall boxes, wrong box names, radio
buttons, and the same forms filled in and printed to PDF (text only, no boxes)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import field_to_json, merge_fields, parse_document
from tests.parsers.format_samples import fillable_pdf

HEIGHT = A4[1]


def _values(data: bytes) -> dict[str, dict[str, object]]:
    document = parse_document(data, "formulier.pdf")
    assert document.parse_status == "parsed"
    return {name: field_to_json(field) for name, field in document.fields.items()}




def _printed(draw: list[tuple[float, float, str]], *, squares: list[tuple[float, float]] = ()) -> bytes:
    """A form filled in and printed to PDF: only words ``(x, top, text)`` and check boxes' squares."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    for x, top, text in draw:
        pdf.drawString(x, HEIGHT - top - 8, text)
    for x, top in squares:
        pdf.rect(x, HEIGHT - top - 10, 10, 10)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_tall_address_box_is_read_by_the_label_level_with_its_first_line() -> None:
    values = _values(fillable_pdf(
        [(40, 100, "Personne de contact"), (40, 130, "Adresse complète"), (40, 190, "Téléphone")],
        [("untitled1", 200, 98, 300, 18, "Anne Dupuis"),
         ("untitled2", 200, 126, 300, 46, "12 rue Haute\n59270 Godewaersvelde"),
         ("untitled3", 200, 188, 300, 18, "06 12 34 56 78")]))
    assert values["contact_name"]["value"] == "Anne Dupuis"
    assert values["address"]["value"] == "12 rue Haute" and values["postcode"]["value"] == "59270"
    assert values["municipality"]["value"] == "Godewaersvelde"


def test_a_budget_total_s_label_far_left_of_its_box_past_a_currency_sign() -> None:
    values = _values(fillable_pdf(
        [(40, 100, "Naam vereniging"), (40, 130, "Contactpersoon"), (40, 160, "Tafels en stoelen"),
         (395, 160, "€"), (300, 190, "Totaal"), (395, 190, "€"), (300, 220, "Gevraagd bedrag"), (395, 220, "€")],
        [("Tekstvak 1", 200, 98, 300, 18, "Buurtcomité De Linde"), ("Tekstvak 2", 200, 128, 300, 18, "An Claeys"),
         ("Tekstvak 3", 408, 158, 140, 16, "1.200,00"), ("Tekstvak 4", 408, 188, 140, 16, "€ 7.400"),
         ("Tekstvak 5", 408, 218, 140, 16, "6.000 euro")]))
    assert values["total_budget"]["value"] == "7400.00" and values["requested_amount"]["value"] == "6000.00"


def test_the_printed_label_beats_a_box_name_copied_from_another_box() -> None:
    values = _values(fillable_pdf(
        [(40, 100, "Name of the association"), (40, 130, "Type of applicant"), (40, 160, "Contact person"),
         (40, 190, "E-mail")],
        [("postcode", 200, 98, 300, 18, "Friends of the Mill"), ("titel", 200, 128, 300, 18, "informal group"),
         ("telefoon", 200, 158, 300, 18, "Tom Baert"), ("email", 200, 188, 300, 18, "tom.baert@example.org")]))
    assert values["organisation"]["value"] == "Friends of the Mill" and "postcode" not in values
    assert values["contact_name"]["value"] == "Tom Baert" and values["email"]["value"] == "tom.baert@example.org"
    assert "project_title" not in values  # "titel" named a box whose label asks something else


def test_postcode_and_place_in_two_boxes_on_one_row_and_radio_buttons_between_rows() -> None:
    values = _values(fillable_pdf(
        [(40, 100, "Structure / association"), (40, 130, "Statut"), (213, 130, "association loi 1901"),
         (333, 130, "collectif d'habitants"), (40, 160, "Code postal"), (280, 160, "Commune"),
         (40, 190, "Intitulé du projet")],
        [("Text Field 1", 200, 98, 300, 18, "Les Amis du Moulin"), ("Text Field 2", 200, 158, 60, 18, "59380"),
         ("Text Field 3", 332, 158, 200, 18, "Bergues"), ("Text Field 4", 200, 188, 300, 18, "Fête du moulin")],
        radios=[("Text Field 9", "asbl", 200, 130), ("Text Field 9", "collectif", 320, 130)]))
    assert values["organisation"]["value"] == "Les Amis du Moulin"
    assert values["postcode"]["value"] == "59380" and values["municipality"]["value"] == "Bergues"
    assert values["project_title"]["value"] == "Fête du moulin"


def test_labels_above_boxes_several_on_a_row() -> None:
    values = _values(fillable_pdf(
        [(40, 100, "Personne de contact (NOM Prénom)"), (40, 150, "Code postal"), (140, 150, "Commune"),
         (40, 200, "Téléphone"), (240, 200, "Courriel")],
        [("Text Field 1", 40, 112, 500, 18, "Paul Vanhee"), ("Text Field 2", 40, 162, 90, 18, "59122"),
         ("Text Field 3", 140, 162, 400, 18, "Rexpoëde"), ("Text Field 4", 40, 212, 190, 18, "03 28 11 22 33"),
         ("Text Field 5", 240, 212, 300, 18, "paul.vanhee@example.org")]))
    assert values["postcode"]["value"] == "59122" and values["municipality"]["value"] == "Rexpoëde"
    assert values["email"]["value"] == "paul.vanhee@example.org" and values["phone"]["value"] == "+33328112233"


def test_a_printed_form_with_labels_left_of_the_answers() -> None:
    values = _values(_printed(
        [(40, 80, "Gemeente Heuvelland – Dienst Vrije Tijd"),
         (40, 100, "Naam initiatiefnemer"), (204, 100, "Gezinsbond Loker"),
         (40, 130, "Contactpersoon"), (204, 130, "Ilse Lamote"),
         (40, 160, "Volledig adres"), (204, 160, "Kemmelstraat 4"), (204, 172, "8958 Loker"),
         (40, 200, "Postcode"), *[(204 + 18 * i, 200, digit) for i, digit in enumerate("8958")],
         (40, 230, "Titel van het project"), (204, 230, "Speelbos aan de kerk"),
         (40, 260, "Tafels en stoelen"), (395, 260, "€"), (420, 260, "2.100,00"),
         (300, 290, "Totaal"), (395, 290, "€"), (420, 290, "5.000 euro"),
         (300, 320, "Gevraagd bedrag"), (395, 320, "€"), (420, 320, "4.000")]))
    assert values["organisation"]["value"] == "Gezinsbond Loker" and values["contact_name"]["value"] == "Ilse Lamote"
    assert values["address"]["value"] == "Kemmelstraat 4" and values["postcode"]["value"] == "8958"
    assert values["project_title"]["value"] == "Speelbos aan de kerk"
    # the letterhead "Gemeente X – Dienst ..." is the form's maker, not the answer to "Gemeente"
    assert values["municipality"]["value"] in ("Loker", "Heuvelland")
    assert values["total_budget"]["value"] == "5000.00" and values["requested_amount"]["value"] == "4000.00"
    # paired by where the words stand, a table's rows: as sure as a "Label: value" line, amounts below 0.9
    assert values["organisation"]["source"] == "table" and values["organisation"]["confidence"] >= 0.9
    assert values["requested_amount"]["confidence"] < 0.9 and values["total_budget"]["confidence"] < 0.9


def test_a_printed_form_with_labels_above_the_answers() -> None:
    values = _values(_printed(
        [(40, 100, "Porteur de projet (dénomination exacte)"), (40, 114, "Association Les Amis de Killem"),
         (40, 140, "Personne de contact"), (40, 154, "Marie Deschodt"),
         (40, 180, "Code postal"), (140, 180, "Commune"), (40, 194, "59122"), (140, 194, "Killem"),
         (40, 220, "Intitulé du projet"), (40, 234, "Fête de la moisson")]))
    assert values["organisation"]["value"] == "Association Les Amis de Killem"
    assert values["contact_name"]["value"] == "Marie Deschodt"
    assert values["postcode"]["value"] == "59122" and values["municipality"]["value"] == "Killem"
    assert values["project_title"]["value"] == "Fête de la moisson"
    # inferred from alignment alone: not to check, yet below an answer printed beside its label
    assert 0.8 <= float(values["contact_name"]["confidence"]) < 0.9


def test_an_empty_answer_does_not_take_the_next_row_and_check_box_choices_are_no_answers() -> None:
    values = _values(_printed(
        [(40, 100, "Structure / association"), (204, 100, "Les Amis du Moulin"),
         (40, 130, "Adresse"),
         (40, 160, "Statut"), (213, 160, "association loi 1901"), (333, 160, "collectif d'habitants"),
         (453, 160, "particulier"),
         (40, 190, "Personne de contact"), (204, 190, "Paul Vanhee"),
         (40, 220, "Intitulé du projet"), (204, 220, "Fête du moulin")],
        squares=[(200, 160), (320, 160), (440, 160)]))
    assert values["organisation"]["value"] == "Les Amis du Moulin"
    assert "address" not in values and "postcode" not in values and "municipality" not in values
    assert values["contact_name"]["value"] == "Paul Vanhee"


def test_a_letter_s_budget_table_is_no_printed_form() -> None:
    data = _printed(
        [(40, 100, "Beste,"), (40, 130, "Wij vragen een bijdrage voor ons project."),
         (40, 160, "Organisatie bewonersavond"), (400, 160, "90,00"),
         (40, 175, "Verzekering"), (400, 175, "1.410,00"),
         (40, 190, "Totaal"), (400, 190, "1.500,00"),
         (40, 205, "Bedrag gevraagd aan de oproep"), (400, 205, "1.500 euro")])
    values = _values(data)
    assert values.get("organisation", {}).get("value") != "90,00"
    assert all(field["source"] != "label" or field["confidence"] < 0.9 for field in values.values())


def test_a_printed_tall_answer_centred_on_its_label_and_a_title_that_does_not_run_on() -> None:
    values = _values(_printed(
        [(40, 100, "Structure / association"), (204, 100, "Les Amis du Moulin"),
         (40, 130, "Personne de contact"), (204, 130, "Paul Vanhee"),
         (204, 156, "12 rue Haute"), (40, 162, "Adresse complète"), (204, 168, "59380 Bergues"),
         (40, 200, "Intitulé du projet"), (204, 200, "Fête du moulin"),
         (204, 212, "Wat willen jullie doen? Une fête pour tout le village.")]))
    assert values["address"]["value"] == "12 rue Haute" and values["postcode"]["value"] == "59380"
    assert values["contact_name"]["value"] == "Paul Vanhee"  # the address's first line is not the name's
    assert values["project_title"]["value"] == "Fête du moulin"


def test_printed_labels_with_colons_two_on_a_row_over_their_answers_and_ticked_glyphs() -> None:
    values = _values(_printed(
        [(50, 100, "Organisatie:"), (310, 100, "Initiatiefnemer:"),
         (52, 114, "Chiro Zarren"), (312, 114, "Koen Beun"),
         (50, 140, "Adres:"), (310, 140, "Tel.:"),
         (52, 154, "Leopoldlaan 23, 8610 Zarren"), (312, 154, "0495 06 03 48"),
         (50, 180, "Soort aanvrager"), (204, 180, "☐ vzw"), (300, 180, "☒ feitelijke vereniging"),
         (50, 210, "Naam project:"), (52, 224, "Zarren Zomert")]))
    assert values["organisation"]["value"] == "Chiro Zarren" and values["contact_name"]["value"] == "Koen Beun"
    assert values["address"]["value"] == "Leopoldlaan 23" and values["phone"]["value"] == "+32495060348"
    assert values["project_title"]["value"] == "Zarren Zomert"


def test_a_printed_row_of_choices_of_one_thing_is_no_label_and_answer() -> None:
    # the check boxes were not printed: the row still lists kinds of applicant, no answer to any
    values = _values(_printed(
        [(40, 100, "Porteur de projet (dénomination exacte)"), (40, 114, "Comité d'animation de Herzeele"),
         (54, 134, "association loi 1901 / ASBL"), (224, 134, "collectif d'habitants"), (394, 134, "particulier"),
         (40, 160, "Personne de contact"), (40, 174, "Élodie Dufour"),
         (40, 200, "Intitulé du projet"), (40, 214, "Marché paysan du dimanche")]))
    assert values["organisation"]["value"] == "Comité d'animation de Herzeele"


def test_a_second_person_s_phone_is_not_the_applicant_s() -> None:
    fillable = _values(fillable_pdf(
        [(40, 100, "Structure / association"), (40, 130, "Personne de contact"), (40, 160, "Téléphone"),
         (40, 190, "Trésorier(e)"), (40, 220, "Téléphone"), (40, 250, "Intitulé du projet")],
        [("untitled1", 200, 98, 300, 18, "Les Amis du Moulin"), ("untitled2", 200, 128, 300, 18, "Paul Vanhee"),
         ("untitled3", 200, 158, 300, 18, ""), ("untitled4", 200, 188, 300, 18, "Bernard Duriez"),
         ("untitled5", 200, 218, 300, 18, "06 11 22 33 44"), ("untitled6", 200, 248, 300, 18, "Fête du moulin")]))
    printed = _values(_printed(
        [(40, 100, "Naam initiatiefnemer"), (204, 100, "Femma Ieper"), (40, 130, "Contactpersoon"),
         (204, 130, "Veerle Pattyn"), (40, 160, "Secretaris"), (204, 160, "Luc Lannoo"),
         (40, 190, "Telefoon / GSM"), (204, 190, "0495/660921"),
         (40, 220, "Titel van het project"), (204, 220, "Buurtmeesters")]))
    for values in (fillable, printed):
        assert "phone" not in values and values["project_title"]["value"] in ("Fête du moulin", "Buurtmeesters")


def test_the_statutes_attached_after_a_printed_form_do_not_override_its_answers() -> None:
    form = _printed([(40, 100, "Structure / association"), (204, 100, "Les Amis du Moulin"),
                     (40, 130, "Personne de contact"), (204, 130, "Paul Vanhee"),
                     (40, 160, "Adresse complète"), (204, 160, "12 rue Haute"), (204, 172, "59380 Bergues"),
                     (40, 200, "Intitulé du projet"), (204, 200, "Fête du moulin")])
    statutes = _printed([(40, 100, "Statuts de l'association Les Amis du Moulin"),
                         (40, 120, "Article 2. Siège social : 3 place du Marché, 59380 Bergues"),
                         (40, 140, "Adresse : 3 place du Marché, 59380 Bergues")])
    merged = merge_fields([parse_document(form, "formulaire.pdf"), parse_document(statutes, "statuts.pdf")])
    assert merged["address"].value == "12 rue Haute" and merged["organisation"].value == "Les Amis du Moulin"


def test_a_second_person_s_boxes_under_labels_above_them() -> None:
    values = _values(fillable_pdf(
        [(40, 100, "Porteur de projet"), (40, 150, "Personne de contact"), (40, 200, "Président(e)"),
         (40, 250, "Téléphone"), (40, 300, "Intitulé du projet")],
        [("Text Field 1", 40, 112, 500, 18, "Les Amis du Moulin"), ("Text Field 2", 40, 162, 500, 18, "Paul Vanhee"),
         ("Text Field 3", 40, 212, 500, 18, "Jean Dufour"), ("Text Field 4", 40, 262, 500, 18, "06 11 22 33 44"),
         ("Text Field 5", 40, 312, 500, 18, "Fête du moulin")]))
    assert "phone" not in values and values["contact_name"]["value"] == "Paul Vanhee"
    assert values["project_title"]["value"] == "Fête du moulin"


def test_a_check_box_glyph_printed_apart_marks_the_choice_after_it() -> None:
    from parsers.pdf_printed import cells

    def word(text: str, x0: float, x1: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": 100.0, "bottom": 110.0}

    row = cells([word("Soort", 40, 65), word("aanvrager", 68, 110), word("☐", 200, 208), word("vzw", 222, 240),
                 word("☒", 300, 308), word("feitelijke", 322, 360), word("vereniging", 363, 400)])
    assert [(cell.text, cell.option) for cell in row] == [
        ("Soort aanvrager", False), ("vzw", True), ("feitelijke vereniging", True)]


def test_a_printed_amount_set_right_in_its_box_under_its_label() -> None:
    values = _values(_printed(
        [(40, 100, "Porteur de projet"), (42, 114, "Les Amis du Moulin"),
         (40, 140, "Personne de contact"), (42, 154, "Paul Vanhee"),
         (40, 180, "Intitulé du projet"), (42, 194, "Fête du moulin"),
         (40, 220, "Montant sollicité"), (70, 234, "4 500,00")]))
    assert values["requested_amount"]["value"] == "4500.00" and values["requested_amount"]["confidence"] < 0.9


def test_an_amount_no_label_of_a_printed_form_claims_is_not_the_request() -> None:
    values = _values(_printed(
        [(40, 80, "Subvention de 10 000 euros maximum par projet."),
         (40, 100, "Structure / association"), (204, 100, "Les Amis du Moulin"),
         (40, 130, "Personne de contact"), (204, 130, "Paul Vanhee"),
         (40, 160, "Intitulé du projet"), (204, 160, "Fête du moulin")]))
    assert "requested_amount" not in values and "total_budget" not in values


def test_the_contact_for_the_file_under_its_heading_beats_the_legal_representative_above_it() -> None:
    # a French dossier asks "Nom" and "Prénom" twice: the president's under "Représentant légal", then the
    # person the coordinator writes to under "Personne chargée du dossier"; the boxes' names say nothing
    values = _values(fillable_pdf(
        [(40, 80, "Nom de la structure :"), (40, 120, "2. REPRÉSENTANT LÉGAL"), (40, 145, "Nom :"),
         (300, 145, "Prénom :"), (40, 190, "3. PERSONNE CHARGÉE DU DOSSIER"), (40, 215, "Nom :"),
         (300, 215, "Prénom :"), (40, 240, "Courriel :")],
        [("Text1", 160, 78, 300, 18, "Les Amis du moulin de Bourbourg"), ("Text2", 80, 143, 200, 18, "HENNEBELLE"),
         ("Text3", 350, 143, 180, 18, "Jérôme"), ("Text4", 80, 213, 200, 18, "BAERT"),
         ("Text5", 350, 213, 180, 18, "Émilie"), ("Text6", 100, 238, 300, 18, "baert.emilie@example.com")]))
    assert values["contact_name"]["value"] == "Émilie Baert"
    assert values["email"]["value"] == "baert.emilie@example.com"


def test_a_letter_s_signature_block_of_labelled_lines_is_no_printed_form() -> None:
    # "Namens ... dien ik" starts with a label's word but is the letter's sentence; the "Label: value" lines
    # under the closing formula, answers set in a column, are its signature block: the amounts its
    # sentences state are the request and the total
    values = _values(_printed(
        [(40, 60, "Dorpsraad Poelkapelle"), (40, 80, "Betreft: Den Babbelhoek"), (40, 100, "Beste,"),
         (40, 120, "Namens Dorpsraad Poelkapelle dien ik graag ons project in."),
         (40, 140, "De totale kostprijs van het project bedraagt € 7334. Wij brengen zelf 750 euro in"),
         (40, 155, "en vragen u dus een bijdrage van 6.584 euro."),
         (40, 180, "Met vriendelijke groeten,"), (40, 200, "Dirk Boury"),
         (40, 220, "Contactpersoon:"), (140, 220, "Dirk Boury"),
         (40, 235, "Adres:"), (140, 235, "Dorpsplein 62, 8920 Poelkapelle"),
         (40, 250, "Tel.:"), (140, 250, "0479526738")]))
    assert values["requested_amount"]["value"] == "6584.00"
    assert values["total_budget"]["value"] == "7334.00"
    assert values["contact_name"]["value"] == "Dirk Boury"


def test_a_letter_with_its_contact_block_laid_out_as_labels_keeps_the_amount_its_sentence_asks() -> None:
    # the letterhead's "Siège :" and the contact block's four labels make the page read as a printed form;
    # the form has no amount's box, the letter asks its amount in a sentence
    values = _values(_printed(
        [(40, 40, "LES AMIS DU MOULIN DE HAZEBROUCK"), (40, 55, "Siège :"),
         (140, 55, "14 rue Jean Jaurès - 59190 Hazebrouck"), (40, 70, "Association loi 1901 - SIRET 709 517 328 00080"),
         (40, 85, "Objet : appel à projets Partons 2.0 - \"Estaminet éphémère\""), (40, 100, "Madame, Monsieur,"),
         (40, 115, "Nous avons l'honneur de vous présenter notre candidature à l'appel à projets."),
         (40, 130, "Nous sollicitons une aide de 9 191 € pour l'achat de matériel."),
         (40, 145, "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
         (40, 165, "Émilie Dewitte"),
         (40, 185, "Contact:"), (140, 185, "Émilie Dewitte"),
         (40, 200, "Adresse:"), (140, 200, "116 chemin des Prés, 59190 Hazebrouck"),
         (40, 215, "Tél.:"), (140, 215, "06-32-97-35-91"),
         (40, 230, "Courriel:"), (140, 230, "edewitte@example.net")]))
    assert values["requested_amount"]["value"] == "9191.00"
    assert values["contact_name"]["value"] == "Émilie Dewitte"
    # the group's seat and the contact's own address: which to write to is the coordinator's to say
    assert values["address"]["value"] == "116 chemin des Prés" and values["address"]["confidence"] < 0.8


def test_a_letter_s_sentence_starting_with_a_label_s_word_is_no_printed_form_s_label() -> None:
    # the letterhead's "Maatschappelijke zetel:" and "Betreft:" are labels; "Namens ... dien ik graag ..." is a
    # sentence in the first person, not a third label
    values = _values(_printed(
        [(40, 40, "Chirojeugd Wulpen vzw"), (40, 60, "Maatschappelijke zetel: Brugsesteenweg 41 - 8670 Wulpen"),
         (40, 80, "Betreft: Picknickplek aan de IJzer"), (40, 100, "Geachte,"),
         (40, 120, "Namens Chirojeugd Wulpen vzw dien ik graag ons project in."),
         (40, 140, "De totale kostprijs van het project bedraagt € 11.332. Wij brengen zelf € 1.332,- in"),
         (40, 155, "en vragen u dus een bijdrage van 10.000,00 €."),
         (40, 180, "Met vriendelijke groeten,"), (40, 200, "Arne Vanneste"),
         (40, 220, "Contactpersoon:"), (140, 220, "Arne Vanneste"),
         (40, 235, "Adres:"), (140, 235, "Kerkstraat 78, 8670 Wulpen"),
         (40, 250, "Tel.:"), (140, 250, "0472 940 013")]))
    assert values["requested_amount"]["value"] == "10000.00"
    assert values["total_budget"]["value"] == "11332.00"


def _typed_over_dots(rows: list[tuple[str, str]]) -> bytes:
    """A printed form whose answers were typed over its dotted lines (another font, the same baseline), as a
    PDF's text interleaves them: "..B..u..u..r..t.c..o..m..i.t.é"."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for index, (label, answer) in enumerate(rows):
        baseline = HEIGHT - 80 - 22 * index
        pdf.setFont("Helvetica", 10)
        pdf.drawString(40, baseline, f"{label}:")
        pdf.drawString(200, baseline, "." * 110)
        pdf.setFont("Courier", 11)
        pdf.drawString(203, baseline, answer)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_answers_typed_over_a_printed_dotted_line_are_read_without_its_dots() -> None:
    values = _values(_typed_over_dots([
        ("Naam van het buurtcomité", "Buurtcomité Kapelhoek"), ("Contactpersoon", "Hilde Vermeersch"),
        ("Adres", "Korte Veldstraat 31"), ("Postcode en gemeente", "8650 Merkem"),
        ("E-mail", "hilde.vermeersch@example.com"), ("Titel", "Buurtmoestuin De Kapelhoek"),
        ("Gevraagd bedrag", "€ 4200,00")]))
    assert values["organisation"]["value"] == "Buurtcomité Kapelhoek"
    assert values["contact_name"]["value"] == "Hilde Vermeersch"
    assert values["address"]["value"] == "Korte Veldstraat 31" and values["postcode"]["value"] == "8650"
    # the answer's own full stops are kept: they are typed, not printed
    assert values["email"]["value"] == "hilde.vermeersch@example.com"
    assert values["project_title"]["value"] == "Buurtmoestuin De Kapelhoek"
    assert values["requested_amount"]["value"] == "4200.00"


def test_a_section_s_name_beside_its_labelled_lines_is_no_label_of_a_printed_form() -> None:
    # "Organisatie | Naam vereniging: ...", a layout table's left column: the section names are not labels
    # and the page is no printed form, so the amount its sentence asks is read
    values = _values(_printed(
        [(40, 40, "Organisatie"), (140, 40, "Naam vereniging: Handzaamse Dorpsgilde"),
         (140, 55, "Adres: Spaarbekestraat 23, 8610 Handzame"),
         (40, 75, "Contact"), (140, 75, "Contactpersoon: Lieve Claeys (secretaris)"),
         (140, 90, "Telefoon: 051 56 73 02"), (140, 105, "E-mail: lieve.claeys@example.com"),
         (140, 120, "Voorzitter: Rik Dewitte"),
         (40, 140, "Project"), (140, 140, "Titel: Dorpsbib in een oude telefooncel"),
         (40, 160, "Budget"), (140, 160, "Totale kostprijs: € 3.150"),
         (140, 175, "We vragen het volledige bedrag van € 3.150 aan.")]))
    assert values["organisation"]["value"] == "Handzaamse Dorpsgilde"
    assert values["contact_name"]["value"] == "Lieve Claeys" and values["phone"]["value"] == "+3251567302"
    assert values["requested_amount"]["value"] == "3150.00"


def _pages(*pages: list[tuple[float, float, str]]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for draw in pages:
        pdf.setFont("Helvetica", 10)
        for x, top, text in draw:
            pdf.drawString(x, HEIGHT - top - 8, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_an_online_form_s_answers_printed_under_its_questions_over_two_pages() -> None:
    # a questionnaire's summary: each question (marked required with "*", asked with "?" or numbered) over its
    # answer; its second page holds only the budget's two questions
    first = [(40, 40, "Adresse de messagerie"), (200, 40, "anonymous"),
             (40, 70, "1. Nom de votre structure"), (40, 85, "Association Les P'tits Lys"),
             (40, 110, "Wie is de contactpersoon? *"), (40, 125, "Sophie Caron"),
             (40, 150, "Naam van de vereniging, groep of organisatie *"), (40, 165, "Association Les P'tits Lys"),
             (40, 190, "3. Adresse (numéro et rue)"), (40, 205, "31 rue des Bateliers"),
             (40, 230, "4. Code postal"), (40, 245, "59660"),
             (40, 270, "Titel van je projectidee *"), (40, 285, "Ateliers de cuisine intergénérationnels")]
    second = [(40, 40, "Totale kostprijs van het project (in euro) *"), (40, 55, "5 640"),
              (40, 80, "Welk bedrag vraag je aan? (max. 10 000 euro) *"), (40, 95, "4 200")]
    values = _values(_pages(first, second))
    assert values["organisation"]["value"] == "Association Les P'tits Lys"
    assert values["contact_name"]["value"] == "Sophie Caron"
    assert values["address"]["value"] == "31 rue des Bateliers"  # not "anonymous": the e-mail's label
    assert values["project_title"]["value"] == "Ateliers de cuisine intergénérationnels"
    assert values["requested_amount"]["value"] == "4200.00" and values["total_budget"]["value"] == "5640.00"


def test_a_page_with_one_question_before_the_form_s_pages_is_read_with_them() -> None:
    # the title asked on the first page under the call's own text, the group and contact on the next page
    first = [(40, 40, "Een projectenoproep voor dorpen en buurten in de Westhoek: max. 10 000 euro per project."),
             (40, 70, "1.1 Geef je project een naam."), (40, 85, "Samen tuinieren op de Kemmelse moestuinweide")]
    second = [(40, 40, "2.1 Naam van de vereniging / het initiatief"), (40, 55, "Vzw Kinderboerderij De Kraaienhoek"),
              (40, 80, "2.2 Adres"), (40, 95, "Kraaiveld 5, 8956 Kemmel"),
              (40, 120, "2.4 Contactpersoon voor dit dossier"), (40, 135, "Wim Vanneste")]
    values = _values(_pages(first, second))
    assert values["project_title"]["value"] == "Samen tuinieren op de Kemmelse moestuinweide"
    assert values["organisation"]["value"] == "Vzw Kinderboerderij De Kraaienhoek"
    assert values["contact_name"]["value"] == "Wim Vanneste"


def _board_grid(heading: str, header: tuple[str, ...], roles: tuple[str, ...], people: list[tuple[str, str, str]],
                ticked: int | None, signed: str = "") -> bytes:
    """A fillable form's board as a grid: a header line over columns of boxes, each row's role printed before
    it, a check box per row in the last column when the header has five words; a signature's name box under."""
    bottom = 200 + 20 * len(roles)
    draw = [(40, 80, "Naam vereniging"), (40, bottom, "Gevraagd bedrag"), (40, 140, heading),
            (40, bottom + 40, "Naam en handtekening")]
    draw += [(x, 160, word) for x, word in zip((40, 120, 235, 320, 495), header, strict=False)]
    draw += [(40, 182 + 20 * row, role) for row, role in enumerate(roles)]
    boxes = [("Text1", 160, 78, 300, 16, "Buurtcomité De Kapelle"), ("Text99", 160, bottom - 2, 120, 16, "6.500"),
             ("Text98", 160, bottom + 38, 200, 16, signed)]
    checks = []
    for row, (name, phone, email) in enumerate(people):
        top = 180 + 20 * row
        boxes += [(f"Text{10 + 3 * row}", 118, top, 112, 16, name), (f"Text{11 + 3 * row}", 232, top, 85, 16, phone),
                  (f"Text{12 + 3 * row}", 319, top, 170, 16, email)]
        checks.append((f"Check Box{row + 1}", 515, top + 3, row == ticked or ticked == -1))  # -1: every row
    return fillable_pdf(draw, boxes, checks=checks if len(header) == 5 else [])


BOARD = [("Pieter Lahaye", "0475 61 20 83", "pieter.lahaye@example.com"),
         ("Griet Decock", "0496 13 58 72", "griet.decock@example.org"),
         ("Koen Vanrobaeys", "0478 90 44 15", "koen.vrb@example.net")]


def test_a_grid_of_boxes_for_the_board_is_read_as_its_table_the_ticked_row_the_contact() -> None:
    values = _values(_board_grid("B. BESTUUR (VINK AAN WIE CONTACTPERSOON IS VOOR DIT DOSSIER)",
                                 ("Functie", "Naam", "Telefoon", "E-mail", "Contactpersoon"),
                                 ("Voorzitter", "Secretaris", "Penningmeester"), BOARD, ticked=1))
    assert {name: values[name]["value"] for name in ("organisation", "contact_name", "phone", "email")} == {
        "organisation": "Buurtcomité De Kapelle", "contact_name": "Griet Decock", "phone": "+32496135872",
        "email": "griet.decock@example.org"}
    assert values["requested_amount"]["value"] == "6500.00"


def test_a_grid_of_boxes_with_nobody_ticked_gives_the_chair_and_nobody_else() -> None:
    values = _values(_board_grid("Composition du bureau", ("Fonction", "Nom", "Téléphone", "Courriel", "Contact ?"),
                                 ("Président", "Secrétaire", "Trésorier"), BOARD, ticked=None))
    assert values["contact_name"]["value"] == "Pieter Lahaye"
    assert values.get("phone", {}).get("value") in (None, "+32475612083")
    assert values.get("email", {}).get("value") in (None, "pieter.lahaye@example.com")


def test_two_columns_of_labels_over_boxes_the_right_hand_box_is_not_labelled_by_the_left_column() -> None:
    # left column: labels over boxes; right column: the same, but its rows fall between the left's; a row of
    # check boxes for the kind of applicant runs over both, its last choice's caption left of the first right box
    draw = [(36, 60, "Fonds citoyen des Flandres"), (36, 80, "Fiche « Petite initiative » - à retourner complétée"),
            (36, 110, "Statut"), (306, 110, "Nom de l'initiative"), (48, 128, "Association"),
            (175, 128, "Collectif d'habitants"), (48, 144, "Particulier"), (175, 144, "Commune"),
            (306, 146, "En quelques mots"), (36, 163, "Porteur du projet"), (36, 196, "Structure (si association)"),
            (36, 230, "Adresse"), (306, 245, "Lieu"), (36, 263, "CP"), (131, 263, "Ville"),
            (306, 278, "Coût global"), (36, 297, "Tél."), (306, 312, "Aide demandée"), (36, 330, "Courriel")]
    boxes = [("Texte9", 306, 125, 253, 16, "Boîte à livres au hameau"),
             ("Texte10", 306, 159, 253, 80, "Installer une boîte à livres à l'arrêt de bus du hameau."),
             ("Texte1", 36, 175, 254, 16, "Mme Lucie Deswarte"), ("Texte2", 36, 208, 254, 16, ""),
             ("Texte3", 36, 242, 254, 16, "41 chemin du Steenbeek"), ("Texte11", 306, 257, 253, 16, "hameau du Steent"),
             ("Texte4", 36, 275, 85, 16, "59270"), ("Texte5", 131, 275, 159, 16, "Bailleul"),
             ("Texte12", 306, 290, 253, 16, "2 300 €"), ("Texte6", 36, 309, 254, 16, "06 12 47 85 30"),
             ("Texte13", 306, 324, 253, 16, "1 950 €"), ("Texte7", 36, 342, 254, 16, "lucie.deswarte@example.org")]
    checks = [("Case1", 36, 127, False), ("Case2", 163, 127, False), ("Case3", 36, 143, True),
              ("Case4", 163, 143, False)]
    values = _values(fillable_pdf(draw, boxes, checks=checks))
    assert {name: value["value"] for name, value in values.items() if name not in ("summary", "country")} == {
        "project_title": "Boîte à livres au hameau", "contact_name": "Lucie Deswarte",
        "address": "41 chemin du Steenbeek", "postcode": "59270", "municipality": "Bailleul",
        "phone": "+33612478530", "email": "lucie.deswarte@example.org",
        "total_budget": "2300.00", "requested_amount": "1950.00"}  # and no group: "Mme" says a person


def test_a_grid_that_names_its_contact_row_gives_its_details_not_those_of_who_signs() -> None:
    values = _values(_board_grid("B. Contact", ("Functie", "Naam", "Telefoon", "E-mail"),
                                 ("Voorzitter", "Penningmeester", "Contactpersoon"), BOARD, ticked=None,
                                 signed="Pieter Lahaye"))
    assert {name: values[name]["value"] for name in ("contact_name", "phone", "email")} == {
        "contact_name": "Koen Vanrobaeys", "phone": "+32478904415", "email": "koen.vrb@example.net"}


def test_a_printed_form_s_title_that_says_what_it_asks_for_is_no_group() -> None:
    values = _values(_printed([
        (40, 60, "Demande de soutien - initiative citoyenne"), (40, 80, "(formulaire à compléter par le porteur)"),
        (40, 110, "Nom et prénom : Claire Dehaene"), (40, 130, "Association (le cas échéant) : ______________"),
        (40, 150, "Adresse : 24 rue du Moulin"), (40, 170, "Code postal / Ville : 59270 Méteren"),
        (40, 190, "Courriel : claire.dehaene@example.com"), (40, 210, "Titre : Boîte à livres rue du Moulin"),
        (40, 230, "Montant demandé : 2 450 €")]))
    assert "organisation" not in values and values["contact_name"]["value"] == "Claire Dehaene"


def test_a_grid_s_second_contact_row_is_not_the_contact() -> None:
    values = _values(_board_grid("B. Contact", ("Rol", "Naam", "Telefoon", "E-mail"),
                                 ("Aanvrager", "Tweede contactpersoon", "Penningmeester"), BOARD, ticked=None))
    assert (values["phone"]["value"], values["email"]["value"]) == ("+32475612083", "pieter.lahaye@example.com")


def test_a_board_table_printed_without_rules_is_read_as_a_table_the_crossed_row_the_contact() -> None:
    rows = [("Voorzitter", "Pieter Lahaye", "0475 61 20 83", "pieter.lahaye@example.com", ""),
            ("Secretaris", "Griet Decock", "0496 13 58 72", "griet.decock@example.org", "X"),
            ("Penningmeester", "Koen Vanrobaeys", "0478 90 44 15", "koen.vrb@example.net", "")]
    columns = (40, 130, 240, 330, 500)
    draw = [(40, 60, "Aanvraagformulier"), (40, 80, "Naam vereniging: Buurtcomité De Kapelle"),
            (40, 100, "Adres: Kapelstraat 4"), (40, 120, "Postcode en gemeente: 8970 Poperinge"),
            (40, 150, "Bestuur (kruis de contactpersoon aan)")]
    header = ("Functie", "Naam", "Telefoon", "E-mail", "Contact")
    draw += [(x, 170, word) for x, word in zip(columns, header, strict=True)]
    draw += [(x, 190 + 18 * row, word) for row, cells in enumerate(rows)
             for x, word in zip(columns, cells, strict=True) if word]
    draw += [(40, 260, "Titel van het project: Samen aan de kapel"), (40, 280, "Gevraagd bedrag: 6.500 euro")]
    values = _values(_printed(draw))
    assert {name: values[name]["value"] for name in ("contact_name", "phone", "email")} == {
        "contact_name": "Griet Decock", "phone": "+32496135872", "email": "griet.decock@example.org"}
    assert values["phone"]["confidence"] >= 0.8


def test_a_fillable_form_s_section_for_the_person_in_charge_of_the_file_gives_the_contact() -> None:
    # a mairie's form: "2. REPRÉSENTANT LÉGAL (PRÉSIDENT)" / "Nom, prénom" and "3. PERSONNE CHARGÉE DU DOSSIER" /
    # "Nom, prénom, fonction": the second section's person is the contact, their phone and address theirs
    draw = [(40, 60, "1. IDENTIFICATION DE L'ASSOCIATION"), (40, 80, "Nom de l'association"),
            (40, 120, "2. REPRÉSENTANT LÉGAL (PRÉSIDENT)"), (40, 140, "Nom, prénom"), (330, 140, "Téléphone"),
            (40, 180, "3. PERSONNE CHARGÉE DU DOSSIER"), (40, 200, "Nom, prénom, fonction"),
            (40, 230, "Téléphone"), (330, 230, "Courriel")]
    boxes = [("Texte1", 40, 92, 400, 16, "Les Jardins du Moulin"), ("Texte2", 40, 152, 260, 16, "LEFEBVRE Bernard"),
             ("Texte3", 330, 152, 200, 16, "06 71 22 90 13"),
             ("Texte4", 40, 212, 400, 16, "Mme VANHÉE Martine (trésorière)"),
             ("Texte5", 40, 242, 260, 16, "03.28.68.41.07"), ("Texte6", 330, 242, 200, 16, "m.vanhee@example.net")]
    values = _values(fillable_pdf(draw, boxes))
    assert {name: values[name]["value"] for name in ("contact_name", "phone", "email")} == {
        "contact_name": "Martine Vanhée", "phone": "+33328684107", "email": "m.vanhee@example.net"}


def test_a_grid_whose_contact_column_is_crossed_on_every_row_names_no_contact_by_it() -> None:
    # crosses on several rows say nothing of who the contact is: the chair stands in, to check
    document = parse_document(_board_grid("Bestuur", ("Functie", "Naam", "Telefoon", "E-mail", "Contactpersoon"),
                                          ("Voorzitter", "Secretaris", "Penningmeester"), BOARD, ticked=-1),
                              "formulier.pdf")
    contact, phone = document.fields["contact_name"], document.fields["phone"]
    assert contact.value == "Pieter Lahaye" and phone.value == "+32475612083" and phone.confidence < 0.8
