"""Forms laid out by hand in a word processor, without a form tool: dotted leaders for colons, two boxes on a
line parted by a tab or a few spaces, a table inside a table's cell, a section's name merged down its rows, a
label in two languages a cell each, labels over their answers in one cell, boxes with their label inside."""

from __future__ import annotations

import io

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.labels import label_alone, match_label
from tests.parsers.format_samples import docx_lines, fillable_pdf, odt_of_body, word_form

PAGE_HEIGHT = A4[1]


def test_a_dotted_leader_instead_of_a_colon_parts_a_label_from_its_answer() -> None:
    fields = parse_document(docx_lines([
        "Vélo-bus des écoliers – idée de projet", "COLLECTIF",
        "Nom du collectif ...................... Collectif Hondschoote à vélo",
        "Référente ............................... Émilie Vermersch (référente)",
        "Adresse .................................. 21 rue de Warhem",
        "Code postal .......... 59122      Commune .......... Hondschoote",
        "PROJET", "Intitulé ................................... Vélo-bus des écoliers",
        "Montant demandé ..................... 2 400 €"]), "fiche.docx").fields
    assert fields["organisation"].value == "Collectif Hondschoote à vélo"  # not "Nom du collectif Collectif ..."
    assert fields["postcode"].value == "59122" and fields["municipality"].value == "Hondschoote"
    assert fields["project_title"].value == "Vélo-bus des écoliers"
    assert fields["requested_amount"].value == 2400


def test_dots_typed_after_an_answer_are_no_part_of_it() -> None:
    fields = parse_document(docx_lines(["Fiche de candidature", "Titre du projet: Fête du pain au moulin ………",
                                         "Montant demandé : 3 000 €"]), "fiche.docx").fields
    assert fields["project_title"].value == "Fête du pain au moulin"


def test_the_next_box_s_label_after_a_tab_or_a_few_spaces_ends_an_answer() -> None:
    fields = parse_document(docx_lines([
        "Aanvraagformulier", "Naam vereniging: Werkgroep Levend Loker",
        "Contactpersoon: Hannelore Vandamme\t Functie: trekker\t",
        "Adres: Sulferbergstraat 17", "Gevraagd bedrag: 4.000 euro"]), "formulier.docx").fields
    assert fields["contact_name"].value == "Hannelore Vandamme"


def test_a_table_cell_holding_an_answer_and_the_next_box_s_label_and_answer_is_read_as_two_boxes() -> None:
    rows = [("D. Wie is het aanspreekpunt?", ""), ("Achternaam:", "Goethals   Voornaam: Hilde"),
            ("Telefoon:", "056 31 56 74")]
    fields = parse_document(word_form(rows), "formulier.docx").fields
    assert fields["contact_name"].value == "Hilde Goethals"


def test_a_table_inside_a_cell_is_read_as_its_own_table_beside_its_section_s_name() -> None:
    document = docx.Document()
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Aanvrager", "Naam: Buurthuis De Kring vzw"
    outer.cell(1, 0).text = "Adres"
    outer.cell(1, 1).text = "(adres van de contactpersoon = adres buurthuis)"
    inner = outer.cell(1, 1).add_table(rows=2, cols=2)
    for row, (label, value) in zip(inner.rows, [("Straat + nr", "Langestraat 54 bus 2"),
                                                ("Postcode + gemeente", "8620 Nieuwpoort")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    buffer = io.BytesIO()
    document.save(buffer)
    fields = parse_document(buffer.getvalue(), "formulier.docx").fields
    assert fields["address"].value == "Langestraat 54 bus 2"  # not "Straat + nr, Langestraat 54 bus 2, ..."
    assert fields["postcode"].value == "8620"


def test_a_section_s_name_merged_down_its_rows_and_a_label_in_two_languages_are_no_answers() -> None:
    merged = word_form([("Project", "Titel", "Telewerkplek en digitaal café"),
                        ("", "Omschrijving", "Vier werkplekken."),
                        ("", "Gevraagd aan Partons 2.0", "7.340,75 EUR (maximum 10.000 EUR per project)"),
                        ("", "Eigen inbreng", "2.870,00 EUR")])
    fields = parse_document(merged, "formulier.docx").fields
    assert fields["project_title"].value == "Telewerkplek en digitaal café"
    assert str(fields["requested_amount"].value) == "7340.75"  # the call's ceiling in the cell is no amount
    bilingual = word_form([("Nom", "Naam", "DEWAELE"), ("Prénom", "Voornaam", "Hélène"),
                           ("Nom de l'idée de projet", "Naam van het projectidee", "'t Hof : lieu de rencontre")])
    fields = parse_document(bilingual, "fiche.docx").fields
    assert fields["project_title"].value == "'t Hof : lieu de rencontre"
    assert fields["contact_name"].value == "Hélène Dewaele"


def test_a_section_s_name_beside_a_cell_of_labels_each_over_its_answer() -> None:
    lines = ["Q1 – Organisme", "Association Vélo pour tous", "Q3 – Adresse (n°, rue)", "4 rue du Quai",
             "Q4 – Code postal – Ville", "59380 Bergues", "Q7 – Téléphone", "06.45.20.33.18"]
    cell = "".join(f"<text:p>{line}</text:p>" for line in lines)
    body = ('<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/><table:table-row>'
            f"<table:table-cell><text:p>1. Coordonnées</text:p></table:table-cell><table:table-cell>{cell}"
            "</table:table-cell></table:table-row></table:table>")
    fields = parse_document(odt_of_body(body), "fiche.odt").fields
    assert fields["organisation"].value == "Association Vélo pour tous"
    assert fields["address"].value == "4 rue du Quai" and fields["postcode"].value == "59380"
    assert fields["phone"].value == "+33645203318"


def test_a_question_s_number_before_a_dash_and_a_dash_between_two_words_of_a_label() -> None:
    assert label_alone("Q1 – Organisme") == "organisation"
    assert label_alone("Q4 – Code postal – Ville") == label_alone("Code postal / Ville")


def test_boxes_with_their_label_printed_inside_over_the_answer() -> None:
    form = word_form([("Indiener (organisatie)\nBewonersplatform Dranouter", "Statuut\nfeitelijke vereniging"),
                      ("Naam\nRyckewaert", "Voornaam\nJoris"), ("Rol\ncoördinator", "Straat en nummer\nLeliestraat 29"),
                      ("Postcode\n8951", "Woonplaats\nDranouter")])
    fields = parse_document(form, "formulier.docx").fields
    assert fields["organisation"].value == "Bewonersplatform Dranouter"
    assert fields["contact_name"].value == "Joris Ryckewaert"
    assert fields["address"].value == "Leliestraat 29" and fields["postcode"].value == "8951"


def test_a_label_its_cell_wrapped_over_two_lines_is_still_one_label() -> None:
    form = word_form([("Organisme\ndemandeur", "Comité de quartier des Trois Rois", "Forme\njuridique",
                       "association loi 1901"), ("Adresse\npostale", "14 rue des Trois Rois", "Code postal", "59232")])
    fields = parse_document(form, "dossier.docx").fields
    assert fields["organisation"].value == "Comité de quartier des Trois Rois"
    assert fields["address"].value == "14 rue des Trois Rois"


def _budget_page(rows: list[list[tuple[float, str]]]) -> bytes:
    """A printed page: each row its cells ``(x, text)``, 18 points apart."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 9)
    for number, row in enumerate(rows):
        for x, text in row:
            pdf.drawString(x, PAGE_HEIGHT - 60 - 18 * number, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_printed_budget_row_gives_its_all_in_amount_and_skips_a_status_before_the_amount() -> None:
    page = _budget_page([
        [(50, "Dossier de candidature")], [(50, "Structure"), (200, "Comité de quartier des Trois Rois")],
        [(50, "Adresse postale"), (200, "14 rue des Trois Rois")], [(50, "Code postal"), (200, "59232")],
        [(50, "Commune"), (200, "Vieux-Berquin")],
        [(50, "Libellé"), (260, "Montant HT"), (340, "TVA 20 %"), (420, "TTC")],
        [(50, "Chaises pliantes"), (260, "957,60 €"), (340, "191,52 €"), (420, "1 149,12 €")],
        [(50, "Total"), (260, "12 583,46 €"), (340, "2 516,70 €"), (420, "15 100,16 €")],
        [(50, "Partenaire financier"), (260, "Statut"), (420, "Montant en euros")],
        [(50, "Commune de Vieux-Berquin"), (260, "sollicité"), (420, "2 050 €")],
        [(50, "Solde sollicité auprès de Partons 2.0"), (260, "sollicité"), (420, "9 599,50 €")]])
    fields = parse_document(page, "dossier.pdf").fields
    assert str(fields["total_budget"].value) == "15100.16"  # incl. VAT, not excl.
    assert str(fields["requested_amount"].value) == "9599.50"


def test_expenses_and_income_side_by_side_give_the_income_line_that_asks_the_amount() -> None:
    page = _budget_page([
        [(50, "Dossier de candidature")], [(50, "Structure"), (200, "Collectif Mobilité Solidaire")],
        [(50, "Adresse complète"), (200, "16 rue des Jardins – 59670 Cassel")],
        [(50, "Téléphone"), (200, "07 39 74 02 82")],
        [(50, "Charges"), (230, "Montant"), (300, "Produits"), (500, "Montant")],
        [(50, "Conseil juridique"), (230, "460 €"), (300, "Aide demandée à l'appel à projets"), (500, "9.450 €")],
        [(50, "Visite de projets"), (230, "400 €"), (300, "Commune de Cassel (acquis)"), (500, "1.400 €")]])
    fields = parse_document(page, "dossier.pdf").fields
    assert fields["requested_amount"].value == 9450


def test_an_amount_typed_beside_the_one_it_corrects_in_a_box_is_the_one_meant_to_check() -> None:
    form = word_form([("Naam vereniging", "Bewonersplatform Dranouter"),
                      ("Totale kostprijs project", "7.157,10 7.577,10"), ("Gevraagd bedrag", "4.500,00")])
    fields = parse_document(form, "formulier.docx").fields
    assert str(fields["total_budget"].value) == "7577.10" and fields["total_budget"].confidence < REVIEW_THRESHOLD
    columns = word_form([("Naam vereniging", "Bewonersplatform Dranouter"), ("Totale kostprijs project", "3600 800"),
                         ("Gevraagd bedrag", "2.500,00")])
    assert "total_budget" not in parse_document(columns, "formulier.docx").fields  # two figures, no correction


def test_an_income_table_headed_by_its_funding_sources_gives_the_line_asked_of_the_call() -> None:
    form = word_form([("Aanvragende organisatie", "vzw Dorpswinkel De Kramerij"), ("Projecttitel", "Dorpsgeheugen")],
                     [("Financieringsbron", "Stand van zaken", "Bedrag in euro"),
                      ("Eigen bijdrage vereniging", "", "€ 1.983,95"),
                      ("Sponsoring lokale handelaars", "toegezegd", "€ 1.100,-"),
                      ("Provincie West-Vlaanderen / Partons 2.0 (gevraagd)", "aangevraagd", "€ 8.700,-")])
    fields = parse_document(form, "formulier.docx").fields
    assert fields["requested_amount"].value == 8700


def test_a_leader_after_one_box_s_answer_parts_the_next_label_and_underscores_around_an_answer_go() -> None:
    fields = parse_document(docx_lines([
        "FICHE DE CANDIDATURE", "Nom de l'association.......................... Les Jardins du Pont-Rouge",
        "Téléphone ................................... 03 28 42 19 37 Courriel ... s.lefebvre@example.net",
        "Straat + nr: ___Kapellestraat 23________ Postcode: _8691_",
        "Code postal .......................... 59660 Commune ........ Merville",
        "Montant sollicité (appel à projets Partons 2.0)........................... 6 800 €"]), "fiche.docx").fields
    assert fields["phone"].value == "+33328421937" and fields["email"].value == "s.lefebvre@example.net"
    assert fields["address"].value == "Kapellestraat 23" and fields["municipality"].value == "Merville"
    assert fields["requested_amount"].value == 6800


def test_underscores_left_around_a_short_answer_are_no_part_of_it() -> None:
    fields = parse_document(docx_lines(["AANVRAAGFORMULIER PROJECTIDEE", "Naam organisatie: ____Dorpsraad Stavele____",
                                         "Straat + nr: ___Kapellestraat 23________ Postcode: _8691_",
                                         "Gemeente: _____Stavele__________"]), "aanvraag.docx").fields
    assert fields["postcode"].value == "8691"


def test_labels_without_colons_are_read_as_long_as_a_whole_label_goes() -> None:
    fields = parse_document(docx_lines([
        "Demande de soutien à une initiative d'habitants", "Titre de l'initiative Jardin partagé du Foyer",
        "Raison sociale Foyer rural d'Arnèke", "Adresse postale 9 rue de la Brasserie",
        "Code postal – Ville 59285 Arnèke", "Nom du président Agnès Debacker", "Portable président 06 64 54 71 85",
        "Contact", "Nom / Prénom EVERAERE Odile", "Téléphone 03 28 42 03 68"]), "candidature.docx").fields
    assert fields["project_title"].value == "Jardin partagé du Foyer"  # not "de l'initiative Jardin ..."
    assert fields["phone"].value == "+33328420368"  # the chair's mobile is the chair's


def test_a_sentence_that_starts_with_a_label_s_word_names_its_contact_as_a_sentence_does() -> None:
    fields = parse_document(docx_lines([
        "Geachte heer Polin,", "Naam school Vrije Basisschool De Zonnebloem", "Adres Kerkstraat 4",
        "Projecttitel Speelbos De Zonnebloem", "Onze school vraagt 7.500 euro voor een speelbos.",
        "Contactpersoon voor dit project is meester Pieter Declercq (leerkracht 5de leerjaar), bereikbaar",
        "via pieter.declercq@example.com of op het schoolnummer.", "Met vriendelijke groeten,",
        "Hilde Boussemaere", "Directeur"]), "brief.docx").fields
    assert fields["contact_name"].value == "Pieter Declercq"


def test_a_sentence_after_a_label_s_word_gives_no_name() -> None:
    fields = parse_document(docx_lines([
        "Geachte heer Polin,", "Naam school Vrije Basisschool De Zonnebloem", "Adres Kerkstraat 4",
        "Projecttitel Speelbos De Zonnebloem", "Contactpersoon voor dit project wordt later doorgegeven",
        "Met vriendelijke groeten,"]), "brief.docx").fields
    assert "contact_name" not in fields or fields["contact_name"].value[:1].isupper()


def test_forecast_income_with_a_status_and_a_share_gives_the_line_asked_of_the_call_in_euros() -> None:
    from tests.parsers.sheet_samples import xlsx_of

    rows = [["IDENTIFICATION"], ["Nom de la structure porteuse", "Estaminet associatif Au Bon Coin"],
            ["Code postal et commune", "59229 Téteghem"], ["Nom du projet", "Potager pédagogique du Kruysabel"],
            ["RECETTES PRÉVISIONNELLES", "État", "Montant", "% du total"],
            ["Autofinancement", "", "1 179,82 €", "11,13 %"], ["Commune de Téteghem", "acquis", "650,00 €", "6,13 %"],
            ["Interreg Partons 2.0 (montant sollicité)", "sollicité", "7 419,58 €", "70 %"],
            ["Total des recettes", "", "10 599,40 €", "100 %"]]
    fields = parse_document(xlsx_of({"Candidature": rows}), "candidature.xlsx").fields
    assert str(fields["requested_amount"].value) == "7419.58"


def test_a_phone_on_the_chair_s_row_is_the_chair_s_and_a_resource_person_is_the_contact() -> None:
    form = word_form([("Naam vereniging", "Markt- en feestcomité Proven", "", ""),
                      ("Voorzitter", "Hilde Beun", "Gsm", "0478 22 61 09"),
                      ("Contactpersoon voor dit dossier", "Ward Vanneste (penningmeester)", "", ""),
                      ("Gsm", "0496 55 17 42", "E-mail", "ward.vanneste@example.com")])
    assert parse_document(form, "aanvraag.docx").fields["phone"].value == "+32496551742"
    fiche = word_form([("NOM DE L'ASSOCIATION", "Association Quartier des Peupliers"),
                       ("PRÉSIDENT", "Patrick Lemaire – 06 33 21 90 45"),
                       ("PERSONNE RESSOURCE", "Karima Benali (animatrice bénévole)"),
                       ("INTITULÉ", "Fresque participative")])
    assert parse_document(fiche, "fiche.docx").fields["contact_name"].value == "Karima Benali"


def test_an_address_asked_as_a_question_and_given_with_its_place_but_no_postcode() -> None:
    form = word_form([("1. Hoe heet jullie vereniging of groep?", "n.v.t."),
                      ("3. Wie is de contactpersoon?", "Dhr. Bart Vermeersch"),
                      ("4. Op welk adres kunnen we jullie bereiken?", "Zwaluwenhoek 6, Oostduinkerke"),
                      ("7. Wat is de titel van jullie project?", "Straatmeesters Zwaluwenhoek")])
    fields = parse_document(form, "aanvraag.docx").fields
    assert fields["address"].value == "Zwaluwenhoek 6"
    assert fields["municipality"].value == "Koksijde"  # Oostduinkerke is a part of it


def test_the_call_s_case_officer_in_the_administration_s_box_is_no_contact_given_before_the_form() -> None:
    form = word_form([("Contactpersoon", "Robbe Desmet"), ("Functie in de vereniging", "jeugdwerker"),
                      ("Telefoonnummer", "+32 485 66 04 17"), ("Mail", "robbe.desmet@example.net")],
                     [("Organisatie", "Jeugdhuis Den Tap"), ("Naam voorzitter", "Ellen Lobelle")],
                     paragraphs=("Projectfiche", "Voorbehouden aan de administratie / Provincie West-Vlaanderen",
                                 "Dossierbeheerder: Jonas Polin – jonas.polin@west-vlaanderen.be",
                                 "Ontvangen op: ........", "Verantwoordelijke"))
    fields = parse_document(form, "projectfiche.docx").fields
    assert fields["phone"].value == "+32485660417" and fields["email"].value == "robbe.desmet@example.net"


def _two_column_page(left: list[str], right: list[str]) -> bytes:
    """A printed page: a title across, then two columns whose lines stand at their own heights."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(70, PAGE_HEIGHT - 50, "PARTONS 2.0 — Maak werk van je buurt / Faites bouger votre quartier — fiche")
    for number, text in enumerate(left):
        pdf.drawString(70, PAGE_HEIGHT - 100 - 13 * number, text)
    for number, text in enumerate(right):
        words, _, amount = text.partition("|")  # an amount set right, in a column of its own
        pdf.drawString(314, PAGE_HEIGHT - 104 - 16 * number, words)
        pdf.drawString(488, PAGE_HEIGHT - 104 - 16 * number, amount)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_page_in_two_columns_is_read_column_by_column() -> None:
    page = _two_column_page(
        ["LE PORTEUR", "Structure", "Comité des fêtes de Rexpoëde", "Personne à contacter", "Aurélie Deschodt",
         "Adresse", "8 rue de Bambecque", "59122 Rexpoëde", "Téléphone", "06 12 45 78 09", "LE PROJET", "Titre",
         "Marché paysan du vendredi soir"],
        ["LE BUDGET", "Dépenses", "Barnums, tables et bancs|3 800,00 €", "Étude de faisabilité et enquête auprès des",
         "producteurs|2 500,00 €", "Total des dépenses|6 300,00 €", "Recettes",
         "Aide demandée à Partons 2.0|4 500,00 €", "CALENDRIER", "Début : mai 2020"])
    fields = parse_document(page, "fiche.pdf").fields
    assert fields["contact_name"].value == "Aurélie Deschodt"  # not the other column's "Étude de ..."
    assert fields["project_title"].value == "Marché paysan du vendredi soir"
    assert fields["requested_amount"].value == 4500


def test_a_line_across_the_page_whose_words_leave_only_a_space_at_the_strip_is_no_part_of_the_columns() -> None:
    from parsers.pdf_columns import columns

    def word(text: str, x0: float, top: float) -> dict[str, object]:  # 6 points a letter
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + 10}

    title, x = [], 60.0  # a line across the page, its words a space apart
    for text in ("Fiche", "projet", "Maak", "werk", "van", "je", "buurt", "Partons", "twee", "nul", "oproep",
                 "projectidee", "voor", "dorpen"):
        title.append(word(text, x, 40))
        x += 6 * len(text) + 3
    left = [word(text, 70, 100 + 14 * n) for n, text in enumerate(
        ["Structure", "Jeugdhuis", "Adresse", "Kerkstraat", "Téléphone", "0478", "Titre", "Speelbos"])]
    right = [word(text, 300, 104 + 16 * n) for n, text in enumerate(
        ["Dépenses", "Tenten", "Recettes", "Gemeente", "Adresse", "Kerkstraat", "Titre", "Speelbos"])]
    found = columns([*title, *left, *right], 595.0)
    assert found is not None and found.top >= 100  # the title is read across, above the columns


def test_the_person_the_letters_go_to_before_the_street_is_no_part_of_the_address() -> None:
    form = word_form([("Naam vereniging", "Buurtcomité Kapelhof"),
                      ("Adres", "Mevr. Marleen Vanneste, Kapelhofstraat 2A"), ("Postcode", "8900")])
    assert parse_document(form, "aanvraag.docx").fields["address"].value == "Kapelhofstraat 2A"


def test_the_call_s_own_street_under_a_label_of_the_address_block_is_no_answer() -> None:
    page = _budget_page([
        [(50, "Structure"), (200, "Mairie de Boeschepe")], [(50, "Adresse"), (200, "6 rue des Meuniers")],
        [(50, "Téléphone"), (200, "03 28 49 22 50")], [(300, "Province de Flandre-Occidentale")],
        [(300, "Projet Partons 2.0")], [(300, "Woumenweg 100")], [(300, "8600 Diksmuide")],
        [(50, "Objet : candidature « Navette solidaire des Monts »")]])
    fields = parse_document(page, "lettre.pdf").fields
    assert fields.get("project_title") is None or fields["project_title"].value != "Woumenweg 100"


def test_a_printed_form_of_two_boxes_a_row_is_read_across_not_as_two_columns() -> None:
    page = _budget_page([
        [(50, "Identification de l'association")], [(50, "Nom - Dénomination :"), (170, "Arnèke Loisirs et Culture"),
                                                     (320, "Sigle :"), (420, "ALC")],
        [(50, "Adresse du siège social :"), (170, "3 rue des Sureaux"), (320, "Numéro RNA :"), (420, "W595008811")],
        [(50, "Code postal :"), (170, "59285"), (320, "Commune :"), (420, "Arnèke")],
        [(50, "Représentant légal")], [(50, "Nom :"), (170, "Deswarte"), (320, "Prénom :"), (420, "Bernadette")],
        [(50, "Fonction :"), (170, "Présidente"), (320, "Courriel :"), (420, "b.deswarte@example.com")],
        [(50, "Personne chargée du dossier")], [(50, "Nom :"), (170, "Beauvois"), (320, "Prénom :"), (420, "Julien")],
        [(50, "Fonction :"), (170, "Trésorier"), (320, "Courriel :"), (420, "julien.beauvois@example.org")],
        [(50, "Téléphone :"), (170, "06 81 20 64 13"), (320, "Portable :"), (420, "06 81 20 64 13")]])
    fields = parse_document(page, "demande.pdf").fields
    assert fields["email"].value == "julien.beauvois@example.org"


def test_a_total_that_another_sure_box_of_the_form_gives_otherwise_is_to_check() -> None:
    form = word_form([("Naam vereniging", "Buurtcomité De Linde"), ("Totale kost", "7.000 euro"),
                      ("Gevraagd bedrag", "5.000 euro")],
                     paragraphs=("Aanvraagformulier", "Totaal budget: 8.200 euro"))
    total = parse_document(form, "aanvraag.docx").fields["total_budget"]
    assert total.confidence < REVIEW_THRESHOLD  # 7.000 or 8.200: the coordinator says which


def test_a_printed_form_s_dotted_leaders_part_its_labels_from_their_answers_however_close() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    rows = ["I – LE PORTEUR DE PROJET", "Nom de l'association.......................... Les Jardins du Pont-Rouge",
            "Personne référente............................. Sandrine Lefebvre, secrétaire",
            "Président(e)........................................ Jean-Luc Vanhove",
            "Trésorier(e)........................................ Martine Dequidt",
            "Adresse.............................................. 17 rue du Pont-Rouge"]
    for index, row in enumerate(rows):
        pdf.drawString(70, PAGE_HEIGHT - 100 - 16 * index, row)
    y = PAGE_HEIGHT - 100 - 16 * len(rows)
    for x, text in ((70, "Code postal"), (140, ".........................."), (240, "59660"), (320, "Commune"),
                    (370, "........"), (410, "Merville")):
        pdf.drawString(x, y, text)
    for x, text in ((70, "Téléphone"), (125, "..................................."), (240, "03 28 42 19 37"),
                    (320, "Courriel"), (360, "..."), (375, "s.lefebvre@example.net")):
        pdf.drawString(x, y - 16, text)
    pdf.showPage()
    pdf.save()
    fields = parse_document(buffer.getvalue(), "fiche.pdf").fields
    assert fields["postcode"].value == "59660" and fields["municipality"].value == "Merville"
    assert fields["phone"].value == "+33328421937"  # the contact's, not the treasurer's
    assert fields["address"].value == "17 rue du Pont-Rouge"


def test_a_bilingual_caption_under_a_box_a_language_each_side_of_a_slash() -> None:
    assert match_label("Association ou groupe d'habitants / Naam vereniging") == ("organisation", None)
    # captions a point under their boxes, the section's heading over the first box
    draw = [(42, 190, "Partie 1 – Le porteur de projet"),
            (43, 228, "Association ou groupe d'habitants / Naam vereniging"), (43, 262, "Statut"),
            (43, 296, "Adresse (n°, rue) / Adres"), (43, 329, "CP / Postcode"), (210, 329, "Ville / Gemeente")]
    boxes = [("fill_1", 42, 210, 511, 17, "Comité des fêtes de Rexpoëde"),
             ("fill_2", 42, 244, 511, 17, "association loi 1901"),
             ("fill_3", 42, 278, 511, 17, "27 rue de la Chapelle"), ("fill_4", 42, 311, 157, 17, "59122"),
             ("fill_5", 209, 311, 344, 17, "Rexpoëde")]
    fields = parse_document(fillable_pdf(draw, boxes), "candidature.pdf").fields
    assert fields["organisation"].value == "Comité des fêtes de Rexpoëde"
    assert fields["address"].value == "27 rue de la Chapelle" and fields["postcode"].value == "59122"
    # a budget's column headed in two languages is no label of an amount asked
    assert match_label("Bedrag / Montant") is None
