"""Questionnaires answered in the applicant's words: a question over its answer ("Wie is de contactpersoon?"),
a person's details a line each, an amount in a sentence with what it is made of, the group's name in a sentence
presenting it, a bilingual form's labels side by side over one wide box, the form's own example beside its
questions."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.fields import group_name_alone
from parsers.form_text import questions_numbered, without_examples
from parsers.labels import GROUP_PRESENTED, label_alone, match_label
from parsers.money import find_amounts
from tests.parsers.format_samples import docx_lines, fillable_pdf, odt_file, word_form
from tests.parsers.sheet_samples import ods_of, xlsx_of

PAGE_HEIGHT = A4[1]


def _bilingual_boxes() -> bytes:
    """A fillable form whose Dutch and French labels stand side by side over each wide box, each wrapping on its
    own; the boxes named after the questions' numbers."""
    draw = [(56, 60, "1 Naam van de organisatie, vereniging of groep"),
            (312, 60, "Nom de l'organisation, de l'association ou du groupe"),
            (56, 120, "2 Juridisch statuut, ondernemingsnummer en"), (312, 120, "Statut juridique, n° RNA et"),
            (72, 131, "rekeningnummer"), (312, 131, "coordonnées bancaires"),
            (56, 190, "4 Contactpersoon voor deze aanvraag (naam, functie,"),
            (312, 190, "Personne de contact pour cette demande (nom, fonction,"),
            (72, 201, "telefoon, e-mail)"), (312, 201, "téléphone, courriel)"),
            (56, 300, "5 Titel van het project"), (312, 300, "Titre du projet"),
            (56, 360, "9 Totale kostprijs en financiering (eigen inbreng, andere"),
            (312, 360, "Coût total et financement (apport propre, autres subventions)"),
            (72, 371, "subsidies)"),
            (56, 440, "10 Gevraagd bedrag (max. 10 000 euro)"), (312, 440, "Montant demandé (max. 10 000 euros)")]
    boxes = [("vraag_1", 51, 75, 493, 25, "Dorpsleven Loker"),
             ("vraag_2", 51, 146, 493, 25, "vzw - ondernemingsnummer 0657.412.938"),
             ("vraag_4", 51, 216, 493, 60, "Lieve Cappelle\n0473 28 91 05\nlieve.cappelle@example.org\n"
                                            "(voorzitter is Marc Debaene, 0478 55 12 90, marc.debaene@example.org)"),
             ("vraag_5", 51, 315, 493, 25, "Het Lokerse Buurthuisje"),
             ("vraag_9", 51, 386, 493, 40, "Totale kostprijs: 12.480 euro.\nEigen inbreng vzw: 2.480 euro.\n"
                                            "Gemeente Heuvelland: 1.500 euro."),
             ("vraag_10", 51, 455, 493, 25, "8.500 euro")]
    return fillable_pdf(draw, boxes)


def test_a_bilingual_form_s_labels_side_by_side_over_a_wide_box_are_read_a_column_each() -> None:
    fields = parse_document(_bilingual_boxes(), "aanvraag.pdf").fields
    assert fields["organisation"].value == "Dorpsleven Loker"
    assert fields["project_title"].value == "Het Lokerse Buurthuisje"


def test_a_contact_question_answered_a_line_each_in_one_box_gives_the_person_s_phone_and_e_mail() -> None:
    fields = parse_document(_bilingual_boxes(), "aanvraag.pdf").fields
    assert fields["contact_name"].value == "Lieve Cappelle"
    assert fields["phone"].value == "+32473289105"  # not the chair's in the brackets
    assert fields["email"].value == "lieve.cappelle@example.org"


def test_a_box_answered_with_lines_of_labels_of_the_applicant_s_own_is_read_line_by_line() -> None:
    fields = parse_document(_bilingual_boxes(), "aanvraag.pdf").fields
    assert fields["total_budget"].value == 12480


def test_a_group_s_name_without_what_the_answer_says_further_of_the_group() -> None:
    assert group_name_alone("Les Jardins du Houtland - association loi 1901 - RNA W593006247") \
        == ("Les Jardins du Houtland", None)
    assert group_name_alone("Buurtcomité Sint-Jan (feitelijke vereniging) uit Ieper. Voorzitter: Dirk")[0] \
        == "Buurtcomité Sint-Jan"
    assert group_name_alone("Dorpsraad Stavele (feitelijke vereniging, erkend door de gemeente Alveringem)")[0] \
        == "Dorpsraad Stavele"
    assert group_name_alone("Vlaemsch Huus (vereniging van Frans-Vlamingen die de streektaal levend houden)")[0] \
        == "Vlaemsch Huus"
    assert group_name_alone("Rexpoëde Solidarité (association loi 1901, RNA W594002231) c/o M. Hervé Dufour, "
                            "06 07 81 24 55") == ("Rexpoëde Solidarité", "M. Hervé Dufour, 06 07 81 24 55")
    # a name as the group writes it stays: its legal form alone in brackets, a bracket spelling out its letters
    assert group_name_alone("Herzeele Village Vivant (association loi 1901)")[0] \
        == "Herzeele Village Vivant (association loi 1901)"
    assert group_name_alone("APE (Association des Parents d'Élèves) de Renescure")[0] \
        == "APE (Association des Parents d'Élèves) de Renescure"
    assert group_name_alone("Velt Westhoek - afdeling Houthulst")[0] == "Velt Westhoek - afdeling Houthulst"
    # the part before its legal form kept as written, its own dash included
    assert group_name_alone("Velt Westhoek - afdeling Houthulst - vzw")[0] == "Velt Westhoek - afdeling Houthulst"


def test_a_group_written_to_in_care_of_a_person_on_the_next_line_gives_the_group_and_the_person() -> None:
    draw = [(56, 60, "Q1 – Qui porte le projet ? (nom de la structure, forme juridique, n° RNA)"),
            (56, 140, "Q3 – Qui est la personne de contact ? (nom, adresse, téléphone, courriel)"),
            (56, 220, "Q5 – Intitulé du projet")]
    boxes = [("Q1_reponse", 51, 75, 493, 40, "Rexpoëde Solidarité (association loi 1901, RNA W594002231)\n"
                                              "c/o M. Hervé Dufour, 06 07 81 24 55, herve.dufour@example.org"),
             ("Q3_reponse", 51, 155, 493, 25, "M. Dufour, trésorier et chauffeur bénévole : voir Q1."),
             ("Q5_reponse", 51, 235, 493, 25, "La Navette des Aînés")]
    fields = parse_document(fillable_pdf(draw, boxes), "fiche.pdf").fields
    assert fields["organisation"].value == "Rexpoëde Solidarité"
    # "voir Q1": the person's details are in another answer, which names them in full
    assert fields["contact_name"].value == "Hervé Dufour"
    assert fields["phone"].value == "+33607812455"


def test_a_question_s_number_glued_to_a_letter_is_no_amount() -> None:
    assert find_amounts("Le budget global n'est pas encore arrêté. Voir aussi Q11.", require_mark=False) == []
    assert find_amounts("zie vraag 11", require_mark=False) == []
    assert [m.amount for m in find_amounts("Totaal: 4500", require_mark=False)] == [4500]
    # a currency glued to its amount, as OCR may read it, is no question's number
    assert [m.amount for m in find_amounts("Gevraagd bedrag: EUR6.800", require_mark=False)] == [6800]


def test_an_amount_followed_by_what_it_is_made_of_is_the_amount_asked() -> None:
    fields = parse_document(docx_lines([
        "Vragenlijst", "7. Wat kost het project in totaal?",
        "Alles samen ongeveer 9.340 euro volgens de offertes (banken 3.120, petanquebaan 2.480).",
        "8. Hoeveel steun vraagt u aan?", "We vragen 7.840 euro."]), "vragen.docx").fields
    assert fields["total_budget"].value == 9340
    assert fields["requested_amount"].value == 7840
    fields = parse_document(docx_lines([
        "Questionnaire", "Q9 – Quel est le budget total de votre projet ?",
        "Notre budget total s'élève à 11 250 EUR, dont 2 000 EUR de fonds propres.",
        "Q10 – Quel montant sollicitez-vous ?", "8 250 EUR"]), "questions.docx").fields
    assert fields["total_budget"].value == 11250


def test_a_page_s_footer_with_the_call_s_whole_address_takes_no_answer_above_it_along() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    lines = ["VRAGENLIJST PROJECTIDEE", "1. Wie dient het project in?", "Buurtcomité De Linde",
             "3. Hoe heet uw project?", "Picknickbanken aan de Lindeplaats", "8. Hoeveel steun vraagt u aan?",
             "7.840 euro", "Provincie West-Vlaanderen · Woumenweg 100 · 8600 Diksmuide"]
    for index, line in enumerate(lines):
        pdf.drawString(60, PAGE_HEIGHT - 80 - 16 * index, line)
    pdf.showPage()
    pdf.save()
    fields = parse_document(buffer.getvalue(), "vragen.pdf").fields
    # read as its question's answer (prose would guess it too, and less surely where the page asks twice)
    assert (fields["requested_amount"].value, fields["requested_amount"].source) == (7840, "label")


def test_a_question_followed_by_how_to_answer_it_is_still_a_label_alone() -> None:
    assert label_alone("2. Wie is de contactpersoon? Geef naam, adres, telefoonnummer en e-mailadres.") \
        == "contact_name"
    assert label_alone("2. Wie mogen we contacteren? Naam, adres, telefoon en e-mail graag.") == "contact_name"
    assert label_alone("2. Wie is de contactpersoon? Jan Peeters") is None  # the question and its answer


def test_questions_that_ask_in_their_own_words() -> None:
    assert match_label("6. Hoeveel kost het in totaal?") == ("total_budget", None)
    assert match_label("Combien coûte votre projet ?")[0] == "total_budget"
    assert match_label("3. Hoe noemt jullie project?")[0] == "project_title"
    assert match_label("Comment s'appelle votre projet ?")[0] == "project_title"
    assert match_label("Qui pouvons-nous contacter ?")[0] == "contact_name"
    assert match_label("Wie mogen we contacteren?")[0] == "contact_name"
    assert match_label("5. Praktisch en contact") is None  # a heading, no question
    assert match_label("1. Nom et statut du porteur de projet")[0] == "organisation"  # not the project's name
    assert match_label("1. Wie zijn jullie? (naam van de vereniging of groep)")[0] == GROUP_PRESENTED
    assert match_label("Jullie project") is None


def test_the_form_s_example_is_nobody_s_answer() -> None:
    assert "jean.dupont" not in without_examples(
        "Inscrivez vos réponses. Exemple : « Jean Dupont, 06 00 00 00 00, jean.dupont@example.com ». Dossier")
    assert "5.000" not in without_examples("Voorbeeld: “Wij vragen 5.000 euro voor de\naankoop van materiaal.”")
    assert "Dorpsraad X" in without_examples("Naam (bv. Buurtcomité De Linde): Dorpsraad X")
    kept = "Bijvoorbeeld de buren en de school helpen mee."  # an applicant's sentence, no example of the form's
    assert without_examples(kept) == kept
    fields = parse_document(docx_lines([
        "Formulaire de réponse",
        "Inscrivez vos réponses. Exemple : « Jean Dupont, 06 00 00 00 00, jean.dupont@example.com ».",
        "Question 1 : Présentez votre association.", "",
        "Steenvoorde Fleurie fleurit le bourg. Président : Gérard Vanpeperstraete (06 20 45 88 17).",
        "Question 2 : Quelles sont les coordonnées de la personne de contact (nom, adresse, téléphone, courriel) ?",
        "", "Martine Declercq", "3 impasse des Tisserands", "59114 Steenvoorde", "+33 (0)3 28 48 17 62",
        "martine.declercq@example.net", "Question 3 : Quel est le nom de votre projet ?", "",
        "Le Jardin de la Gare"]), "formulaire.docx").fields
    assert fields["email"].value == "martine.declercq@example.net"
    assert fields["phone"].value == "+33328481762"
    assert fields["contact_name"].value == "Martine Declercq"
    assert fields["address"].value == "3 impasse des Tisserands"


def test_the_form_s_example_answer_is_not_taken_for_the_applicant_s() -> None:
    fields = parse_document(docx_lines([
        "Vragenlijst projectidee", "Beantwoord de vragen in uw eigen woorden. Voorbeeld: “Wij vragen 5.000 euro voor "
        "de aankoop van tuinmateriaal.”", "1. Wie dient het project in?", "Buurtcomité De Linde",
        "8. Hoeveel steun vraagt u aan?", "Zie de begroting in bijlage."]), "vragen.docx").fields
    assert "requested_amount" not in fields


def test_a_question_s_number_written_out_and_an_answer_s_mark_are_read_as_the_form_means_them() -> None:
    assert questions_numbered("Question 1 : Présentez votre association.\nVraag 12 - Hoe heet het?") \
        == "1. Présentez votre association.\n12. Hoe heet het?"
    assert questions_numbered("Antwoord: Werkgroep Dorpskern Zarren") == "Werkgroep Dorpskern Zarren"
    lines = ["Vragenlijst", "Vraag 3 – Hoe noemt jullie project?", "Antwoord: Samen rond de kerk",
             "Vraag 7 – Hoeveel vragen jullie aan de provincie?", "Antwoord: 3.750 EUR"]
    fields = parse_document(odt_file(lines, []), "vragen.odt").fields
    assert fields["project_title"].value == "Samen rond de kerk"
    assert fields["requested_amount"].value == 3750


def test_the_group_is_named_in_the_sentence_that_presents_it() -> None:
    fields = parse_document(docx_lines([
        "Formulaire", "Question 1 : Présentez votre association ou votre groupe d'habitants.", "",
        "L'association Steenvoorde Fleurie (loi 1901, créée en 2011, 48 adhérents) fleurit le bourg. "
        "Président : Gérard Vanpeperstraete.", "Question 3 : Quel est le nom de votre projet ?", "",
        "Le Jardin de la Gare"]), "formulaire.docx").fields
    assert fields["organisation"].value == "Steenvoorde Fleurie"
    assert fields["organisation"].confidence < REVIEW_THRESHOLD  # read from a sentence: to check


def test_an_answer_that_says_it_is_not_known_yet_gives_nothing() -> None:
    fields = parse_document(docx_lines([
        "Vragenlijst", "1. Wie dient het project in?", "Werkgroep Dorpskern Zarren", "3. Hoe heet uw project?",
        "Nog geen naam – we laten de inwoners kiezen tijdens de startavond."]), "vragen.docx").fields
    assert "project_title" not in fields


def test_the_call_s_ceiling_said_as_an_adjective_and_a_rest_the_group_brings_in_are_not_asked() -> None:
    fields = parse_document(docx_lines([
        "Dossier de candidature", "Une réponse par cadre. Aide maximale : 10 000 €.",
        "8. Budget", "Le coût total est de 10 800 € ; nous demandons 8 300 € à la Province, le reste (2 500 €) est "
        "apporté par l'association."]), "dossier.docx").fields
    assert fields["requested_amount"].value == 8300
    assert fields["requested_amount"].confidence >= REVIEW_THRESHOLD  # one request, said once
    assert fields["total_budget"].value == 10800


def test_a_cost_question_answered_with_the_budget_s_lines_takes_the_total_line_not_the_first_cost() -> None:
    fields = parse_document(docx_lines([
        "Projectidee", "Titel van het project: Samentuin aan de Molenhoek", "Wat kost het?",
        "     Tuinmateriaal en bakken                     1.650,00 euro",
        "     Compostvoorziening                          450,00 euro",
        "     Totaal                                      2.100,00 euro",
        "Bedrag dat we vragen:   1.600,00 euro"]), "idee.docx").fields
    assert fields["total_budget"].value == 2100


def test_a_group_named_before_the_kind_of_group_it_is() -> None:
    fields = parse_document(docx_lines([
        "Formulaire de réponse", "Question 1 : Présentez votre association ou votre groupe d'habitants.", "",
        "Les Monts sans Frontières / Bergen zonder Grenzen : association de fait d'habitants de Dranouter et de "
        "Bailleul, 22 membres.", "Question 3 : Quel est le nom de votre projet ?", "", "Sentier des deux Monts"]),
        "formulaire.docx").fields
    # read as the question's answer (prose may guess it as well where nothing else in the text competes)
    assert (fields["organisation"].value, fields["organisation"].source) == ("Les Monts sans Frontières", "label")


def test_an_address_answer_that_says_the_group_has_none_of_its_own_gives_none() -> None:
    fields = parse_document(word_form([("Naam van de groep", "Dorpsraad Stavele"),
                                       ("Adres van de groep", "Geen eigen adres – zie contactpersoon."),
                                       ("Contactpersoon", "Koen Vermeulen"), ("Adres", "Molenhoek 5, 8691 Stavele")]),
                            "vragen.docx").fields
    assert fields["address"].value == "Molenhoek 5"


def test_a_questionnaire_in_a_sheet_its_answer_under_the_question_beside_a_note() -> None:
    rows = [["Questionnaire – Appel à projets Partons 2.0"], ["Q1. Nom de l'association"],
            ["Wormhout Rando Patrimoine"], ["Q5. Titre du projet"], ["Les Chemins de Wormhout"],
            ["Q9. Montant demandé à la Province (€)"], ["5 750,00 €", "(max. 10 000 €)"],
            ["Q10. Autres financements"], ["Commune de Wormhout : 650 €"]]
    fields = parse_document(ods_of({"Questionnaire": rows}), "questionnaire.ods").fields
    assert fields["requested_amount"].value == 5750
    # a table whose question has a row of its own, its answer the next row with a note beside it
    fields = parse_document(word_form([("Q5. Titre du projet", ""), ("Les Chemins de Wormhout", ""),
                                       ("Q9. Montant demandé", ""), ("5 750,00 €", "(max. 10 000 €)")]),
                            "questionnaire.docx").fields
    assert fields["project_title"].value == "Les Chemins de Wormhout"
    assert (fields["requested_amount"].value, fields["requested_amount"].source) == (5750, "label")
    assert label_alone("9. Montant demandé à la Province") == "requested_amount"  # the funder keeps its capital
    assert label_alone("2. Nom BECK") is None  # a label and its answer in capitals


def test_an_example_in_a_cell_of_its_own_beside_the_answer_is_no_answer() -> None:
    rows = [["Aanvraag projectidee"], ["Naam organisatie", "vzw Zorgzame Buren Poelkapelle"],
            ["Voorzitter", "Luc Verstraete – 0473 11 58 20"], ["Contactpersoon voor dit project", "Rita Vandenberghe"],
            ["Telefoon contactpersoon", "0475 90 26 11", "bv. 0470 12 34 56"],
            ["Ondernemingsnummer", "0689.114.372", "bv. 0123.456.789"]]
    fields = parse_document(xlsx_of({"Aanvraag": rows}), "aanvraag.xlsx").fields
    assert fields["phone"].value == "+32475902611"


def test_a_printed_questionnaire_s_contact_block_under_its_question_a_blank_line_among_its_lines() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    lines = [(60, "Questionnaire – Appel à projets Partons 2.0"), (60, ""),
             (60, "1. Quel est le nom de votre groupe ou de votre association ?"),
             (75, "Les Voisins Solidaires d'Adinkerke"),
             (60, "2. Qui est la personne de contact ? (nom, adresse, téléphone, e-mail)"), (75, "Michel Dubois"),
             (75, "Stationsstraat 112"), (75, "8660 De Panne"), (75, ""), (75, "+32 (0)478 12 03 55"),
             (75, "michel.dubois@example.com"), (60, "3. Y a-t-il une deuxième personne de contact ?"),
             (75, "Josiane Peeters, tél. 058 41 27 63"), (60, "4. Quel est le titre de votre projet ?"),
             (75, "Voisins au volant"), (60, "8. Quel montant demandez-vous ? (maximum 10 000 €)"), (75, "3.950,50 €")]
    for index, (x, line) in enumerate(lines):
        pdf.drawString(x, PAGE_HEIGHT - 80 - 14 * index, line)
    pdf.showPage()
    pdf.save()
    fields = parse_document(buffer.getvalue(), "questionnaire.pdf").fields
    assert fields["contact_name"].value == "Michel Dubois"
    assert fields["phone"].value == "+32478120355"  # not the second person's
    assert fields["email"].value == "michel.dubois@example.com"
