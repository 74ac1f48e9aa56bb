"""Application forms as online form tools give them back: a printout of the answers (each question over its
answer, page after page), a table of questions and answers, a survey's sub-questions in square brackets, and
an export sheet with every question in one row and the one answer under it. Such a tool asks its own
questions of whoever fills the form in ("Adresse e-mail", "Naam"), then the contact's apart."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import field_to_json, parse_document
from parsers.labels import label_alone, match_label
from tests.parsers.format_samples import word_form
from tests.parsers.sheet_samples import xlsx_of

HEIGHT = A4[1]


def _values(data: bytes, filename: str) -> dict[str, object]:
    document = parse_document(data, filename)
    assert document.parse_status == "parsed"
    return {name: field_to_json(field)["value"] for name, field in document.fields.items()}


def _printout(*pages: list[str]) -> bytes:
    """An online form's answers printed to PDF: each line at the left margin, a question's answer on the line
    under it, as a browser prints the tool's summary."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        pdf.setFont("Helvetica", 10)
        for number, line in enumerate(lines):
            pdf.drawString(115, HEIGHT - 60 - number * 23, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_printout_s_next_page_with_few_labels_goes_on_with_the_form_and_the_contact_s_e_mail_wins() -> None:
    # the tool's own "Adresse e-mail" (the account that filled it in) first; the contact's on the next page,
    # with the budget: that page has too few labels asking who applies to be a form on its own
    data = _printout(
        ["Dépôt de projet", "* Obligatoire", "Adresse e-mail*", "comite.esquelbecq@example.net",
         "Nom de votre association ou collectif*", "Association Esquelbecq Demain",
         "Nom et prénom du référent*", "Benoît Hennebelle", "Adresse (numéro et rue)*", "8 allée des Peupliers",
         "Code postal*", "59470", "Commune*", "Esquelbecq", "Téléphone du référent *", "06 45 12 98 70"],
        ["E-mail du référent (si différent de l'adresse ci-dessus)", "benoit.hennebelle@example.org",
         "Titre du projet *", "Boîte à livres sur la place",
         "Quel montant demandez-vous à Partons 2.0 ? (max. 10 000 euros)*", "2600",
         "Coût total du projet (si connu)", "3100", "Autres remarques", "Votre réponse"])
    values = _values(data, "reponses.pdf")
    assert values["email"] == "benoit.hennebelle@example.org"
    assert values["requested_amount"] == "2600.00" and values["total_budget"] == "3100.00"
    assert values["contact_name"] == "Benoît Hennebelle"


def test_a_question_left_unanswered_prints_the_tool_s_placeholder_which_is_no_answer() -> None:
    data = _printout(["Projectidee", "Naam van je vereniging*", "Buurtcomité Bremstraat", "Naam contactpersoon*",
                      "Hilde Samyn", "Straat en huisnummer*", "Bremstraat 41", "Titel van je project",
                      "Uw antwoord"])
    values = _values(data, "antwoorden.pdf")
    assert values["contact_name"] == "Hilde Samyn" and "project_title" not in values


def test_labels_that_ask_a_detail_then_say_whose_it_is() -> None:
    assert label_alone("E-mail du référent (si différent de l'adresse ci-dessus)") == "email"
    assert label_alone("E-mail contactpersoon (als die verschilt van het adres hierboven)") == "email"
    assert label_alone("GSM van de contactpersoon") == "phone"
    assert label_alone("E-mail de l'adulte référent") == "email"
    assert label_alone("Téléphone du président") == "representative_phone"
    # a whole known label stays what it is; a name after the label is no person's role
    assert label_alone("Nom et prénom du référent") == "surname_first"
    assert label_alone("Responsable du projet Francis Deswarte, président") is None
    assert label_alone("Nom de l'association") == "organisation"


def test_the_contact_s_labelled_boxes_win_over_the_tool_s_questions_to_whoever_filled_it_in() -> None:
    data = word_form([("E-mail", "katrien.debruyne@example.com"), ("Naam", "Katrien Debruyne"),
                      ("1. Naam van de vereniging", "Landelijke Gilde Stavele"),
                      ("2. Contactpersoon voor dit project", "Koen Lefever"),
                      ("3. Telefoon contactpersoon", "0475 66 09 81"),
                      ("4. E-mail contactpersoon", "koen.lefever@example.net")])
    values = _values(data, "antwoord.docx")
    assert values["contact_name"] == "Koen Lefever" and values["email"] == "koen.lefever@example.net"
    assert values["phone"] == "+32475660981"


def test_a_survey_s_sub_questions_in_square_brackets() -> None:
    assert match_label("Référent du projet [Prénom] (G01Q02[SQ002])")[0] == "first_name"
    assert match_label("Coordonnées [Téléphone] (G01Q03[SQ004])")[0] == "phone"
    assert match_label("Coordonnées [Code postal] (G01Q03[SQ002])")[0] == "postcode"
    data = word_form([("Nom de la structure porteuse (G01Q01)", "Les Voisins Relais de Wormhout"),
                      ("Référent du projet [Nom] (G01Q02[SQ001])", "Delattre"),
                      ("Référent du projet [Prénom] (G01Q02[SQ002])", "Aurélie"),
                      ("Coordonnées [Code postal] (G01Q03[SQ002])", "59470"),
                      ("Coordonnées [Commune] (G01Q03[SQ003])", "Wormhout"),
                      ("Coordonnées [Téléphone] (G01Q03[SQ004])", "03.28.65.02.71")])
    values = _values(data, "reponse_53.docx")
    assert values["contact_name"] == "Aurélie Delattre"
    assert values["phone"] == "+33328650271" and values["postcode"] == "59470"


def test_a_family_name_box_is_the_contact_s_surname() -> None:
    assert label_alone("Familienaam") == "contact_name" and label_alone("Nom de famille") == "contact_name"


def test_an_export_sheet_pairs_each_question_with_the_answer_under_it() -> None:
    header = ["N° de série", "Soumis le", "Adresse IP", "Nom d'utilisateur",
              "Vos nom et prénom (personne qui remplit ce formulaire)", "Nom de la structure porteuse",
              "Responsable du projet : nom et prénom", "Responsable du projet : téléphone",
              "Responsable du projet : courriel", "Adresse de la structure : numéro et rue",
              "Adresse de la structure : code postal", "Adresse de la structure : commune", "Titre du projet",
              "Coût total estimé (€)", "Montant demandé à Partons 2.0 (€)"]
    answer = ["118", "07/06/2019 - 12:40", "192.0.2.70", "Anonyme", "Valérie Warnier", "Marché paysan de Bergues",
              "Laurent Beun", "06 32 90 55 18", "laurent.beun@example.org", "14 rue de Dunkerque", "59380",
              "Bergues", "Marché de producteurs du dimanche", "8 700", "5 500"]
    document = parse_document(xlsx_of({"export": [header, answer]}), "export_118.xlsx")
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    assert values["organisation"] == "Marché paysan de Bergues" and values["contact_name"] == "Laurent Beun"
    assert values["email"] == "laurent.beun@example.org" and values["phone"] == "+33632905518"
    assert values["address"] == "14 rue de Dunkerque" and values["postcode"] == "59380"
    assert values["requested_amount"] == "5500.00" and values["total_budget"] == "8700.00"
    # the tool's own columns are no budget's lines and no one's address
    assert "budget_lines" not in values
