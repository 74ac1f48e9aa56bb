"""Word and LibreOffice forms made by other people: what their makers print around the answer (hints in
brackets, dotted leaders, check boxes, numbered questions) is not the answer."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from parsers import field_to_json, merge_fields, parse_document, parse_email
from parsers.confidence import REVIEW_THRESHOLD
from parsers.docx import read_docx
from tests.parsers.format_samples import legacy_field, odt_of_body


def _odt(*paragraphs: str) -> bytes:
    return odt_of_body("".join(f"<text:p>{text}</text:p>" for text in paragraphs))


def _docx(rows: list[tuple[str, str]], paragraphs: tuple[str, ...] = ()) -> docx.document.Document:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=2)
        for row, (label, value) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    return document


def _saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _fields(data: bytes, filename: str) -> dict[str, tuple[object, float]]:
    document = parse_document(data, filename)
    assert document.parse_status == "parsed"
    return {name: (field_to_json(value)["value"], value.confidence) for name, value in document.fields.items()
            if name not in ("summary", "budget_lines")}


def _values(data: bytes, filename: str) -> dict[str, object]:
    return {name: value for name, (value, _) in _fields(data, filename).items()}


def test_dotted_leaders_typed_over_are_not_part_of_the_answer() -> None:
    values = _values(_odt(
        "Vereniging / organisatie: Buurtcomité De Linde ...............",
        "Contactpersoon: PEETERS Jan ..................................",
        "Adres: Kerkstraat 12 ........................................",
        "Gemeente: Poperinge ..............................................",
        "E-mail: ......................................................................",
    ), "aanvraag.odt")
    assert values["organisation"] == "Buurtcomité De Linde" and values["contact_name"] == "Jan Peeters"
    assert values["address"] == "Kerkstraat 12" and values["municipality"] == "Poperinge"
    assert "email" not in values  # a line of dots only is a box left empty


def test_a_hint_in_brackets_beside_the_label_is_not_part_of_the_answer() -> None:
    fields = _fields(_saved(_docx([
        ("Naam vereniging: (zoals in de statuten, indien van toepassing)", "Buurtcomité De Linde"),
        ("Contactpersoon: (naam + voornaam)", "PEETERS Jan"),
        ("Titel van het project:", "Een bank in elke straat"),
    ])), "formulier.docx")
    assert fields["organisation"][0] == "Buurtcomité De Linde"
    assert fields["contact_name"] == ("Jan Peeters", 0.96)  # the capitals say which word is the surname


def test_a_hint_typed_before_the_answer_on_the_label_s_line() -> None:
    values = _values(_saved(_docx([], paragraphs=(
        "Naam initiatiefnemer: (zoals in de statuten, indien van toepassing)\tBuurtcomité De Linde",
        "Titel van het project: (max. 10 woorden)\tEen bank in elke straat",
    ))), "formulier.docx")
    assert values["organisation"] == "Buurtcomité De Linde"
    assert values["project_title"] == "Een bank in elke straat"


def test_a_hint_alone_is_a_box_left_empty() -> None:
    values = _values(_odt(
        "Naam initiatiefnemer: (zoals in de statuten, indien van toepassing)",
        "Contactpersoon: Jan Peeters", "Gemeente: Poperinge"), "aanvraag.odt")
    assert "organisation" not in values and values["contact_name"] == "Jan Peeters"


def test_a_label_that_says_surname_first_without_capitals_leaves_the_order_to_check() -> None:
    # "(NOM Prénom)": people still write "Gaspard Leclercq" there as often as "Leclercq Gaspard"; a given
    # name parsers.given_names knows tells the order, another leaves it to check
    fields = _fields(_saved(_docx([
        ("Personne de contact : (NOM Prénom)", "Leclercq Gaspard"),
        ("Commune :", "Houthem"),
    ])), "formulaire.docx")
    value, confidence = fields["contact_name"]
    assert value == "Leclercq Gaspard" and confidence < REVIEW_THRESHOLD
    fields = _fields(_saved(_docx([("Personne de contact : (NOM Prénom)", "Leclercq Jean-Marc")])),
                     "formulaire.docx")
    assert fields["contact_name"] == ("Jean-Marc Leclercq", 0.96)


def test_postcode_and_place_in_the_place_s_box() -> None:
    fields = _fields(_saved(_docx([
        ("Adres:", "Kerkstraat 12"), ("Postcode:", ""), ("Gemeente:", "8970 Poperinge"),
        ("Commune:", ""),
    ])), "formulier.docx")
    assert fields["municipality"][0] == "Poperinge" and fields["postcode"][0] == "8970"


def _check_box(checked: bool) -> str:
    return (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(checked)}"/></w:checkBox></w:ffData></w:fldChar>'
            "</w:r>")


def test_legacy_check_boxes_are_read_as_boxes_and_their_options_are_no_answer() -> None:
    document = _docx([], paragraphs=("Naam vereniging:",))
    options = document.add_paragraph()
    for checked, option in ((True, " vzw   "), (False, " feitelijke vereniging")):
        options._p.append(parse_xml(_check_box(checked)))
        options.add_run(option)
    document.add_paragraph("Contactpersoon: Jan Peeters")
    data = _saved(document)
    assert "☒  vzw   ☐  feitelijke vereniging" in read_docx(data).text
    values = _values(data, "formulier.docx")
    assert "organisation" not in values and values["contact_name"] == "Jan Peeters"


def test_typed_check_boxes_are_no_answer() -> None:
    values = _values(_odt("Vereniging / organisatie:", "[  ] vzw   [X] feitelijke vereniging",
                          "Contactpersoon: Jan Peeters"), "aanvraag.odt")
    assert "organisation" not in values


def test_numbered_questions_answered_in_the_paragraph_under_each() -> None:
    values = _values(_odt(
        "1. Naam initiatiefnemer (zoals in de statuten, indien van toepassing)", "Buurtcomité De Linde",
        "2. Soort aanvrager", "vzw",
        "3. Wie is de contactpersoon?", "Jan Peeters",
        "4. Adres (straat, nummer, bus)", "Kerkstraat 12",
        "5. Postcode + gemeente", "8970 Poperinge",
        "6. Hoe heet jullie project?", "Een bank in elke straat",
        "7. Totale kostprijs van het project", "€ 9.500,00",
        "8. Welk bedrag vragen jullie aan binnen deze oproep? (max. 10.000 euro)", "9000 EUR",
        "9. Datum", "11.06.2019",
        "Formulier terugsturen naar: de gemeente, Markt 1",
    ), "aanvraag.odt")
    assert values["organisation"] == "Buurtcomité De Linde" and values["contact_name"] == "Jan Peeters"
    assert values["address"] == "Kerkstraat 12" and values["municipality"] == "Poperinge"
    assert values["project_title"] == "Een bank in elke straat"
    assert values["requested_amount"] == "9000.00" and values["total_budget"] == "9500.00"


def test_french_numbered_questions_and_a_street_that_starts_with_rue() -> None:
    values = _values(_odt(
        "1. Porteur de projet (dénomination exacte, le cas échéant)", "Association Les Jardins",
        "2. Nom", "Dupont", "3. Prénom", "Marie",
        "4. Adresse (n°, rue)", "rue de la Lys 53",
        "5. Code postal et commune", "7782 Ploegsteert",
        "6. Quel est le nom de votre projet ?", "Un jardin partagé pour tous",
        "7. Quel montant sollicitez-vous dans le cadre de cet appel ? (10 000 € maximum)", "4800 euros",
    ), "formulaire.odt")
    assert values["contact_name"] == "Marie Dupont" and values["address"] == "rue de la Lys 53"
    assert values["project_title"] == "Un jardin partagé pour tous" and values["requested_amount"] == "4800.00"


def test_sub_numbered_questions_under_numbered_sections_are_answered_by_the_paragraph_under_each() -> None:
    # "1. De aanvrager" / "1.1 Naam van de ouderraad" / answer: the section's note before its first
    # sub-question ("Let op: ...") answers nothing, and the chair's phone is not the contact's
    values = _values(_saved(_docx([], paragraphs=(
        "1. De aanvrager", "1.1 Naam van de ouderraad of vereniging", "Ouderraad Basisschool De Klaproos",
        "1.2 Adres van de school / vereniging (straat, nummer, postcode, gemeente)",
        "Speelpleinstraat 3, 8980 Zonnebeke",
        "2. Het bestuur", "2.1 Wie is de voorzitter? (naam, telefoon, e-mail)",
        "Ward Verstraete - 051 77 42 90 - ward.verstraete@example.com",
        "3. Contact", "Let op: de contactpersoon ontvangt alle briefwisseling over de aanvraag.",
        "3.1 Wie is de contactpersoon?", "Tine Descamps (mama van Lotte, 3de leerjaar)",
        "3.2 Telefoonnummer contactpersoon", "0472 80 14 36",
        "3.3 E-mailadres contactpersoon", "tine.descamps@example.com",
        "4. Het project", "4.1 Hoe heet het project?", "Groene speelplaats, ook voor de buurt",
        "5. Financieel plan", "5.1 Welk bedrag vraagt u aan?", "9.850 euro",
    ))), "aanvraag.docx")
    assert values["organisation"] == "Ouderraad Basisschool De Klaproos"
    assert values["contact_name"] == "Tine Descamps" and values["phone"] == "+32472801436"
    assert values["address"] == "Speelpleinstraat 3"
    assert values["project_title"] == "Groene speelplaats, ook voor de buurt"
    assert values["requested_amount"] == "9850.00"


@pytest.mark.parametrize("filename", ["voorstel.odt", "voorstel.docx"])
def test_questions_numbered_by_their_part_s_letter_are_answered_under_each(filename: str) -> None:
    # "Deel B - Contact" / "B1 Wie mogen we contacteren over dit voorstel? (naam)" / answer
    lines = ("Deel A - Wie zijn jullie?", "A1 Wat is de naam van jullie groep?", "Bewonersplatform Hoge Akker",
             "Deel B - Contact", "B1 Wie mogen we contacteren over dit voorstel? (naam)", "Annelies Vandewalle",
             "B2 Telefoonnummer", "0468 12 77 30", "B3 E-mailadres", "annelies.vandewalle@example.net",
             "Deel C - Het project", "C1 Hoe heet het project?", "Buurtmeesters voor de Hoge Akker",
             "C2 Welk bedrag vragen jullie?", "6.200 euro")
    data = _odt(*lines) if filename.endswith(".odt") else _saved(_docx([], paragraphs=lines))
    values = _values(data, filename)
    assert {name: values.get(name) for name in ("organisation", "contact_name", "phone", "email", "project_title",
                                                "requested_amount")} == {
        "organisation": "Bewonersplatform Hoge Akker", "contact_name": "Annelies Vandewalle",
        "phone": "+32468127730", "email": "annelies.vandewalle@example.net",
        "project_title": "Buurtmeesters voor de Hoge Akker", "requested_amount": "6200.00"}


def test_a_question_that_heads_labelled_lines_is_not_a_row() -> None:
    values = _values(_odt(
        "1. Vereniging", "Buurtcomité De Linde",
        "2. Wie is de contactpersoon?", "Contactpersoon: Jan Peeters", "Telefoon: 0477 12 34 56",
        "3. Hoe heet jullie project?", "Een bank in elke straat",
    ), "aanvraag.odt")
    assert values["contact_name"] == "Jan Peeters" and values["project_title"] == "Een bank in elke straat"


def test_numbered_headings_over_labels_above_their_answers_are_no_questions() -> None:
    # a section's heading ("1. Gegevens van de aanvrager") over labels, each with its answer on the next
    # line and one left empty: the lines are read as labels and answers, not as one answer to the heading
    values = _values(_saved(_docx([], paragraphs=(
        "1. Gegevens van de aanvrager", "Naam organisatie / vereniging", "Buurtcomité De Linde",
        "Ondernemingsnummer (indien van toepassing)", "", "Contactpersoon", "Jan Peeters",
        "Straat en huisnummer", "Kerkstraat 12", "Postcode", "8970", "Gemeente", "Poperinge",
        "Rekeningnummer (IBAN)", "BE63 9481 1288 8724",
        "2. Het project", "Titel van het project", "Een bank in elke straat", "Korte omschrijving",
        "We zetten banken in elke straat.",
        "3. Begroting", "Gevraagde subsidie", "€ 7.200,-",
    ))), "formulier.docx")
    assert values["address"] == "Kerkstraat 12" and values["postcode"] == "8970"
    assert values["municipality"] == "Poperinge" and values["contact_name"] == "Jan Peeters"
    assert values["project_title"] == "Een bank in elke straat" and values["requested_amount"] == "7200.00"


def _mail_with(attachment: bytes, filename: str, sender: str) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "coordinator@example.org", "Aanvraag"
    message.set_content("Beste,\n\nIn bijlage onze aanvraag.\n")
    message.add_attachment(attachment, maintype="application", subtype="octet-stream", filename=filename)
    return message.as_bytes()


@pytest.mark.parametrize(("sender", "expected"), [
    ("wcoene@example.org", "Wannes Coene"),  # the initial and the surname
    ("w.coene@example.org", "Wannes Coene"),
    ("wannes.coene@example.org", "Coene Wannes"),  # a whole name: people write it in either order
    ("buurtcomite@example.org", "Coene Wannes"),
])
def test_a_name_under_a_surname_first_label_is_turned_when_the_address_spells_it(sender: str,
                                                                                  expected: str) -> None:
    form = _saved(_docx([
        ("Contactpersoon: (naam + voornaam)", "Coene Wannes"), ("E-mail:", "idem"), ("Gemeente:", "Alveringem"),
    ]))
    body, documents = parse_email(_mail_with(form, "aanvraag.docx", sender))
    contact = merge_fields([body, *documents])["contact_name"]
    assert contact.value == expected and contact.confidence < REVIEW_THRESHOLD


def test_a_french_street_under_its_label_keeps_its_rue() -> None:
    values = _values(_odt("Nom de l'association", "Les Amis du Moulin", "Adresse", "rue de la Lys 53",
                          "Code postal et commune", "59470 Wormhout"), "formulaire.odt")
    assert values["address"] == "rue de la Lys 53" and values["municipality"] == "Wormhout"


def test_an_english_form_s_labels() -> None:
    values = _values(_saved(_docx([
        ("Applicant (group or association)", "Old Vicarage Garden Group"),
        ("Surname", "Miller"), ("First name", "Sarah"),
        ("Full postal address", "Kerkstraat 12\n8970 Poperinge"),
        ("Project title", "A bench in every street"),
    ])), "application.docx")
    assert values["organisation"] == "Old Vicarage Garden Group" and values["contact_name"] == "Sarah Miller"
    assert values["address"] == "Kerkstraat 12" and values["municipality"] == "Poperinge"


def test_a_label_left_empty_does_not_take_the_next_label_as_its_value() -> None:
    values = _values(_odt("Applicant (group or association)", "Type of applicant", "informal group",
                          "Contact person", "Sarah Miller", "Town / village", "Poperinge"), "application.odt")
    assert values.get("organisation") not in ("Type of applicant", "informal group")
    assert values["contact_name"] == "Sarah Miller"


def test_an_odt_placeholder_left_in_is_an_empty_answer() -> None:
    placeholder = ('<text:placeholder text:placeholder-type="text" text:description="Titre">'
                   "&lt;quel est le nom de votre projet ?&gt;</text:placeholder>")
    values = _values(_odt(
        "1. Porteur de projet", '<text:text-input text:description="Porteur">Les Amis du Moulin</text:text-input>',
        "2. Courriel", '<text:placeholder text:placeholder-type="text">&lt;courriel&gt;</text:placeholder>',
        "3. Quel est le nom de votre projet ?", placeholder,
        "4. Commune", "Wormhout",
    ), "formulaire.odt")
    assert values["organisation"] == "Les Amis du Moulin" and values["municipality"] == "Wormhout"
    assert "project_title" not in values and "email" not in values


@pytest.mark.parametrize("placeholder", ["Klik of tik om tekst in te voeren.", "Click or tap here to enter text.",
                                         "Cliquez ou appuyez ici pour entrer du texte."])
def test_a_content_control_s_placeholder_text_is_an_empty_box(placeholder: str) -> None:
    # a control copied without its "showing placeholder" flag still shows Word's prompt, not an answer
    values = _values(_saved(_docx([("Project title", placeholder), ("Contact person", "Sarah Miller")])),
                     "application.docx")
    assert "project_title" not in values and values["contact_name"] == "Sarah Miller"


def test_an_answer_with_a_colon_of_its_own_is_still_the_answer() -> None:
    values = _values(_odt(
        "1. Porteur de projet", "Les Amis du Moulin",
        "2. Quel est le nom de votre projet ?", "Place du village : on s'y retrouve !",
        "3. Commune", "Wormhout",
    ), "formulaire.odt")
    assert values["project_title"] == "Place du village : on s'y retrouve !"


def test_an_answer_that_reads_like_a_label_does_not_make_the_next_question_its_value() -> None:
    # "collectif d'habitants" answers "Statut" and is also an organisation's label
    values = _values(_odt(
        "1. Porteur de projet", "Comité des fêtes de Comines",
        "2. Statut", "collectif d'habitants",
        "3. Qui est la personne de contact ? (NOM Prénom)", "Gheerbrant Wannes",
        "4. Commune", "Comines",
    ), "formulaire.odt")
    assert values["organisation"] == "Comité des fêtes de Comines"
    assert values["contact_name"] == "Gheerbrant Wannes"


def test_a_board_member_under_their_own_heading_is_not_the_contact() -> None:
    values = _values(_saved(_docx([], paragraphs=(
        "1. Vereniging / organisatie", "Buurtcomité De Linde",
        "2. Wie is de contactpersoon?", "Contactpersoon: Jan Peeters", "Telefoon / GSM: ", "E-mail: ",
        "3. Penningmeester", "Naam en voornaam: Rita Maes", "Telefoon / GSM: 0473 25 47 97",
        "E-mail: rita.maes@example.org",
        "4. Hoe heet jullie project?", "Een bank in elke straat",
    ))), "formulier.docx")
    assert values["contact_name"] == "Jan Peeters" and values["project_title"] == "Een bank in elke straat"
    assert "phone" not in values and "email" not in values


def test_the_call_s_phone_in_a_form_s_footer_is_not_the_applicant_s() -> None:
    values = _values(_odt(
        "Naam vereniging: Buurtcomité De Linde", "Contactpersoon: Jan Peeters", "Gemeente: Poperinge",
        "Formulier terugsturen naar: Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide – tel. 051 00 00 00",
    ), "aanvraag.odt")
    assert "phone" not in values


@pytest.mark.parametrize("heading", ["Tweede contactpersoon (penningmeester)", "Second contact (treasurer)",
                                     "Deuxième contact (trésorier)"])
def test_a_second_contact_under_their_own_heading_is_not_the_contact(heading: str) -> None:
    values = _values(_saved(_docx([], paragraphs=(
        "Naam vereniging: KSA Zande", "Contactpersoon: Hendrik Vanhove", "Telefoon / gsm: ",
        heading, "Naam: Stijn Pattyn", "Telefoon / gsm: 0495 38 18 00", "E-mail: stijn.pattyn@example.net",
    ))), "formulier.docx")
    assert values["contact_name"] == "Hendrik Vanhove" and "phone" not in values and "email" not in values


def _legacy_table_form(rows: list[tuple[str, ...]], paragraphs: tuple[str, ...] = (),
                       fields_alone: tuple[str, ...] = ()) -> bytes:
    """An old Word form: a table whose answer cells hold FORMTEXT fields named "Tekst1", "Tekst2"... (what Word
    names them), the printed labels in the cells before them; paragraphs under the table; then each of
    ``fields_alone`` in a paragraph of its own, after a printed line: "Label|answer"."""
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    number = 0
    for row, cells in zip(table.rows, rows, strict=True):
        for index, (cell, text) in enumerate(zip(row.cells, cells, strict=False)):
            if index % 2 == 0:
                cell.text = text
                continue
            number += 1
            legacy_field(cell.paragraphs[0]._p, f"Tekst{number}", text)
    for text in paragraphs:
        document.add_paragraph(text)
    for pair in fields_alone:
        label, answer = pair.split("|")
        document.add_paragraph(label)
        number += 1
        legacy_field(document.add_paragraph()._p, f"Tekst{number}", answer)
    return _saved(document)


def test_an_old_word_form_s_fields_take_the_label_of_the_cell_before_them_and_the_contact_may_be_the_chair() -> None:
    # "Voorzitter | [Annemie Soenen] | Tel. | [057 ...]": the chair's row, and "Contactpersoon voor deze aanvraag:
    # de voorzitter" under the table: the chair is the contact, as sure as the form says so
    data = _legacy_table_form([
        ("Naam organisatie", "VZW Dorpshuis Reninge", "Rechtsvorm", "vzw"),
        ("Voorzitter", "Annemie Soenen", "Tel.", "057 40 12 66"),
        ("Secretaris", "Luc Vanneste", "Tel.", "0497 15 63 28"),
        ("E-mail voorzitter", "annemie.soenen@example.org", "E-mail secretaris", "luc.vanneste@example.org"),
    ], paragraphs=("Contactpersoon voor deze aanvraag: de voorzitter",))
    fields = _fields(data, "aanvraag.docx")
    assert {name: fields[name][0] for name in ("organisation", "contact_name", "phone", "email")} == {
        "organisation": "VZW Dorpshuis Reninge", "contact_name": "Annemie Soenen", "phone": "+3257401266",
        "email": "annemie.soenen@example.org"}
    assert all(fields[name][1] >= REVIEW_THRESHOLD for name in ("contact_name", "phone", "email"))


def test_a_board_table_whose_contact_is_marked_in_brackets_and_cells_with_labels_of_their_own() -> None:
    document = _docx([], paragraphs=())
    first = document.add_table(rows=2, cols=2)
    for row, cells in zip(first.rows, [("Nom de l'association : Les Porteurs du Géant Kobus", "N° RNA : W593007766"),
                                       ("Titre du projet : Kobus fait le tour des quartiers",
                                        "Lieu : Rexpoede, Oost-Cappel et Killem")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Membres du bureau (indiquez (contact) à côté de la personne à joindre)")
    board = document.add_table(rows=4, cols=4)
    people = [("Nom Prénom", "Fonction", "Téléphone", "Courriel"),
              ("Delanghe Michel", "Président", "03 28 68 30 12", "michel.d@example.net"),
              ("Lootvoet Thomas (contact)", "Secrétaire", "06.71.28.43.90", "thomas@example.org"),
              ("Vanhee Josiane", "Trésorière", "06.22.81.47.19", "")]
    for row, cells in zip(board.rows, people, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    fields = _fields(_saved(document), "fiche.docx")
    values = {name: value for name, (value, _) in fields.items()}
    assert fields["organisation"] == ("Les Porteurs du Géant Kobus", fields["organisation"][1])
    assert fields["organisation"][1] >= REVIEW_THRESHOLD  # the table's cell and the text's line say the same
    assert values["project_title"] == "Kobus fait le tour des quartiers"
    assert (values["phone"], values["email"]) == ("+33671284390", "thomas@example.org")
    assert values["contact_name"] in ("Lootvoet Thomas", "Thomas Lootvoet")  # the order is the signature's to say


def test_a_surname_first_name_the_mail_s_signature_writes_given_name_first_is_no_longer_in_doubt() -> None:
    # "naam + voornaam" gets both orders, so the form alone leaves it to check; the mail is signed "Wannes Coene":
    # the same person, the order said
    form = _saved(_docx([("Contactpersoon: (naam + voornaam)", "Coene Wannes"), ("Gemeente:", "Alveringem")]))
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "buurtcomite@example.org", "c@example.org", "aanvraag"
    message.set_content("Beste,\n\nIn bijlage onze aanvraag.\n\nVriendelijke groeten,\nWannes Coene\n")
    message.add_attachment(form, maintype="application", subtype="octet-stream", filename="aanvraag.docx")
    body, documents = parse_email(message.as_bytes())
    contact = merge_fields([body, *documents])["contact_name"]
    assert contact.value == "Wannes Coene" and contact.confidence >= REVIEW_THRESHOLD


def test_an_old_word_form_s_field_alone_under_a_printed_line_takes_it_as_label() -> None:
    # "Projectomschrijving" / [Tekst13: a title] / [Tekst14: the description]: a form that asks no title, a few
    # words in its description's box: the title, to check
    fields = _fields(_legacy_table_form(
        [("Naam organisatie", "VZW Dorpshuis Reninge", "Rechtsvorm", "vzw")],
        fields_alone=("Projectomschrijving|Dorpsontmoetingspunt De Ploeg in de oude pastorij",
                      "Gevraagd bedrag|10.000,00 EUR")), "aanvraag.docx")
    assert fields["project_title"][0] == "Dorpsontmoetingspunt De Ploeg in de oude pastorij"
    assert fields["project_title"][1] < REVIEW_THRESHOLD
    assert fields["requested_amount"] == ("10000.00", fields["requested_amount"][1])
    assert fields["requested_amount"][1] >= REVIEW_THRESHOLD


@pytest.mark.parametrize("title", ["Samen op weg: vervoer voor minder mobiele dorpsgenoten",
                                   "Le Relais : un café associatif et point de services"])
def test_a_title_with_a_colon_of_its_own_under_its_label_and_a_role_with_its_complement_after_a_name(
        title: str) -> None:
    values = _values(_odt("A. Aanvrager", "Naam van de vereniging/groep", "Vrijwillige Chauffeursdienst Lo-Reninge",
                          "Contactpersoon", "Marc Vanhove, coördinator vrijwilligers", "Telefoon", "058 28 91 04",
                          "B. Project", "Projectnaam", title, "Gevraagde steun", "7000 euro"), "aanvraag.odt")
    assert values["project_title"] == title and values["contact_name"] == "Marc Vanhove"


def test_a_heading_that_says_who_the_contact_is_over_a_board_table_names_no_one() -> None:
    # "Bestuur – duid met X aan wie de contactpersoon is" over "Functie | Naam | Telefoon | E-mail | Contact (X)":
    # the header's words are no name; the crossed row is the contact's
    document = _docx([], paragraphs=("Naam: Boerenmarkt Passendale vzw",
                                     "Bestuur – duid met X aan wie de contactpersoon is"))
    board = document.add_table(rows=3, cols=5)
    for row, cells in zip(board.rows, [("Functie", "Naam", "Telefoon", "E-mail", "Contact (X)"),
                                       ("Voorzitter", "Geert Dewulf", "0479 12 80 54", "geert@example.org", ""),
                                       ("Penningmeester", "Koen Desmet", "0468 20 31 99", "koen@example.com", "X")],
                          strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    values = _values(_saved(document), "aanvraag.docx")
    assert (values["contact_name"], values["phone"]) == ("Koen Desmet", "+32468203199")


def test_an_address_that_refers_to_the_one_above_is_that_one() -> None:
    values = _values(_odt("A1. Nom de la structure", "Association des Parents d'Élèves de Godewaersvelde",
                          "A3. Adresse du siège", "6 rue des Houblons – 59270 Godewaersvelde",
                          "A4. Personne à contacter (nom, fonction)",
                          "Claire Debruyne, enseignante CM1-CM2, membre du bureau",
                          "A5. Adresse de la personne à contacter", "cf. ci-dessus", "A6. Téléphone", "06-24-58-71-36"),
                     "candidature.odt")
    assert values["address"] == "6 rue des Houblons" and values["contact_name"] == "Claire Debruyne"


def test_label_and_answer_rows_under_a_long_title_without_a_full_stop_are_no_wrapped_sentence() -> None:
    values = _values(_odt("DEMANDE DE PARTICIPATION",
                          "Appel à projets « villages vivants » – Westhoek / Flandre française",
                          "Nom de l'association Association Herzeele Patrimoine\t",
                          "Responsable du projet Francis Deswarte, président\t", "Adresse 21 rue de la Brasserie\t",
                          "Code postal et commune 59470 Herzeele\t", "Téléphone 06 20 37 45 88\t"), "demande.odt")
    assert values["organisation"] == "Association Herzeele Patrimoine" and values["contact_name"] == "Francis Deswarte"
