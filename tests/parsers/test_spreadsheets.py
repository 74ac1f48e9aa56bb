"""Spreadsheets applicants send: a form made in Excel or Calc, a budget beside a mail (.xlsx, .ods, .xls, .csv)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers import parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.spreadsheet import MAX_ROWS, evaluate, looks_like_csv, number_text, read_ods, read_xlsx
from tests.parsers.sheet_samples import csv_of, ods_of, ods_with, with_results, xls_of, xlsx_of

FORM = [
    ["Aanvraagformulier Maak werk van je buurt!", None, None],
    [],
    ["Naam vereniging", "Buurtcomité De Kapelhoek vzw"],
    ["Contactpersoon", "Jolien Coene"],
    ["Adres", "Kapelstraat 12"],
    ["Postcode en gemeente", "8970 Poperinge"],
    ["Telefoon", "0476 33 18 90"],
    ["E-mail", "jolien.coene@example.org"],
    ["Titel project", "Zitbanken en een buurtfeest aan de kapel"],
    [],
    ["Begroting"],
    ["Omschrijving", "Bedrag"],
    ["Zitbanken (materiaal)", 4200],
    ["Buurtfeest", 1850.5],
    ["Communicatie", 600],
    ["Totaal", "=SUM(B13:B15)"],
    ["Eigen inbreng", 1000],
    ["Gevraagde subsidie", "=B16-B17"],
]


def _values(document) -> dict[str, object]:
    return {name: value.value for name, value in document.fields.items()}


def test_an_excel_form_gives_its_contact_and_the_sums_its_formulas_make() -> None:
    data = xlsx_of({"Aanvraag": FORM}, merged=["A1:C1"], formats={"B13": '"€"\\ #,##0.00'})
    document = parse_document(data, "aanvraag.xlsx")
    assert document.parse_status == "parsed", document.error
    values = _values(document)
    assert values["organisation"] == "Buurtcomité De Kapelhoek vzw"
    assert values["contact_name"] == "Jolien Coene"
    assert (values["postcode"], values["municipality"], values["phone"]) == ("8970", "Poperinge", "+32476331890")
    assert values["email"] == "jolien.coene@example.org"
    assert values["project_title"] == "Zitbanken en een buurtfeest aan de kapel"
    # saved by a script: the formulas hold no result; the sum and the difference are worked out
    assert values["total_budget"] == Decimal("6650.50")
    assert values["requested_amount"] == Decimal("5650.50")
    assert document.language == "nl"


def test_the_result_excel_stored_is_the_value_not_the_formula_worked_again() -> None:
    # Excel computed and stored 6.650,50 and 5.650,50; the cells say so, whatever the formula would give now
    data = with_results(xlsx_of({"Aanvraag": FORM}), {"B16": "6650.5", "B18": "5650.5"})
    stored = read_xlsx(_stream(data)).tables[0]
    assert ("Totaal", "6650,50") in stored and ("Gevraagde subsidie", "5650,50") in stored
    tampered = with_results(xlsx_of({"Aanvraag": FORM}), {"B16": "7000", "B18": "6000"})
    values = _values(parse_document(tampered, "aanvraag.xlsx"))
    assert (values["total_budget"], values["requested_amount"]) == (Decimal("7000.00"), Decimal("6000.00"))


def _stream(data: bytes):
    import io

    return io.BytesIO(data)


def test_a_second_sheet_named_budget_gives_the_amounts_and_a_hidden_sheet_gives_nothing() -> None:
    contact = FORM[:9]
    budget = [["Kosten", "Bedrag"], ["Architect", 3000], ["Materiaal", 2500],
              ["Totaal", "=SUM(B2:B3)"], ["Gevraagd bedrag", "='Begroting'!B4-500"]]
    lists = [["Gemeente"], ["Poperinge"], ["Totaal"], ["99999"]]  # the form maker's choice lists
    data = xlsx_of({"Aanvraag": contact, "Begroting": budget, "Lijsten": lists}, hidden=["Lijsten"])
    document = parse_document(data, "aanvraag.xlsx")
    values = _values(document)
    assert values["total_budget"] == Decimal("5500.00")
    assert values["requested_amount"] == Decimal("5000.00")
    assert "Lijsten" not in document.text and "99999" not in document.text
    assert "Begroting\nKosten\tBedrag" in document.text


def test_expenses_and_income_side_by_side_give_the_request_from_the_income_side() -> None:
    budget = [["Dépenses", "€", None, "Recettes", "€"],
              ["Jeux de cour", 850, None, "Bénéfice kermesse", 1370],
              ["Bacs potager", 1120, None, "Subvention PARTONS 2.0 demandée", 5500],
              ["Bancs", 4900, None, None, None],
              ["TOTAL dépenses", 6870, None, "TOTAL recettes", 6870]]
    document = parse_document(xlsx_of({"Fiche": FORM[:9], "Budget": budget}), "fiche.xlsx")
    values = _values(document)
    assert values["requested_amount"] == Decimal("5500.00") and values["total_budget"] == Decimal("6870.00")
    # the expenses are the budget's lines; the income side is none of them
    assert [line.description for line in values["budget_lines"]] == ["Jeux de cour", "Bacs potager", "Bancs"]


@pytest.mark.parametrize(("formula", "expected"), [
    ("=SUM(B1:B3)", Decimal("6")),
    ("=SUM(B1:B2,B3)+10", Decimal("16")),
    ("=SUM(B1:B4)", Decimal("6")),  # the text in B4 is left out, as Excel's SUM does
    ("=(B1+B2)*B3/2", Decimal("4.5")),
    ("=-B1+B3", Decimal("2")),
    ("=Budget!C1*2", Decimal("500")),
    ("='Budget'!C1-B1", Decimal("249")),
    ("=ROUND(B1,0)", None),  # a function we do not know: no value rather than a guess
    ("=B1+B4", None),  # arithmetic on a text
    ("=B9", None),  # an empty cell alone is no amount
    ("=B5", None),  # a cycle
    ("=SUM(B1:B3", None),
    ("=B1 B2", None),
])
def test_a_script_formula_is_worked_out_only_when_it_is_arithmetic(formula: str, expected: Decimal | None) -> None:
    cells = {"B1": 1, "B2": 2, "B3": 3, "B4": "n.v.t.", "B5": "=B6", "B6": "=B5", "BUDGET!C1": 250}

    def cell(reference: str) -> object:
        sheet, _, coordinate = reference.rpartition("!")
        key = f"{sheet.strip(chr(39)).upper()}!{coordinate}" if sheet else coordinate
        value = cells.get(key)
        if isinstance(value, str) and value.startswith("="):
            worked = evaluate(value, cell)
            if worked is None:
                raise LookupError
            return worked
        return value

    try:
        result = evaluate(formula, cell)
    except LookupError:
        result = None
    assert result == expected


def test_a_cycle_between_two_formulas_in_a_workbook_is_no_value_and_no_crash() -> None:
    rows = [["Totaal", "=B2"], ["Gevraagd", "=B1"], ["Eigen inbreng", 300]]
    content = read_xlsx(_stream(xlsx_of({"Budget": rows})))
    assert content.tables[0] == (("Totaal", ""), ("Gevraagd", ""), ("Eigen inbreng", "300"))


@pytest.mark.parametrize(("value", "number_format", "text"), [
    (9500.0, "", "9500"),
    (6780.5, '#,##0.00 "€"', "6780,50"),
    (0.1 + 0.2, "", "0,30"),  # a float's noise is not an amount's cents
    (476331890, "0000000000", "0476331890"),  # a phone typed as a number, its zero kept by the cell's format
    (0.25, "0%", "25%"),
])
def test_numbers_are_written_as_a_reader_here_writes_them(value: float, number_format: str, text: str) -> None:
    assert number_text(value, number_format) == text


def test_a_calc_form_gives_the_text_its_cells_show_and_its_endless_empty_rest_costs_nothing() -> None:
    rows = [
        ["Nom de l'association", "Comité des fêtes de Flêtre"],
        ["Personne de contact", "Martine Lefebvre"],
        ["Adresse", "7 route de Meteren"],
        ["Code postal", 59270],
        ["Commune", "Flêtre"],
        ["Courriel", "martine.lefebvre@example.org"],
        ["Intitulé du projet", "Fête des voisins au jardin de la cure"],
        ["Coût total du projet", (8400, "8 400,00 €")],
        ["Montant demandé", (6500.5, "6 500,50 €")],
    ]
    data = ods_of({"Candidature": rows})
    document = parse_document(data, "candidature.ods")
    assert document.parse_status == "parsed", document.error
    values = _values(document)
    assert values["organisation"] == "Comité des fêtes de Flêtre"
    assert values["contact_name"] == "Martine Lefebvre"
    assert (values["postcode"], values["municipality"]) == ("59270", "Flêtre")
    assert values["total_budget"] == Decimal("8400.00")
    assert values["requested_amount"] == Decimal("6500.50")
    assert document.language == "fr"
    # 16,000 repeated empty columns and a million repeated rows: cut to what holds text
    table = read_ods(_stream(data)).tables[0]
    assert len(table) == len(rows) and {len(row) for row in table} == {2}


def test_a_number_cell_without_shown_text_gives_its_value() -> None:
    content = read_ods(_stream(ods_of({"Budget": [["Totaal", 10200], ["Gevraagd bedrag", 8500.75]]})))
    assert content.tables[0] == (("Totaal", "10200"), ("Gevraagd bedrag", "8500,75"))


def test_an_excel_97_budget_is_read() -> None:
    rows = [["Begroting buurtfeest"], ["Post", "Bedrag"], ["Tenten", 1200], ["Muziek", 800.5],
            ["Totale kostprijs", 2000.5], ["Gevraagde steun", 1500]]
    document = parse_document(xls_of({"Blad1": rows}), "begroting.xls")
    assert (document.parse_status, document.content_type) == ("parsed", "application/vnd.ms-excel")
    values = _values(document)
    assert (values["total_budget"], values["requested_amount"]) == (Decimal("2000.50"), Decimal("1500.00"))


def test_a_semicolon_csv_with_decimal_commas_in_windows_code_page_is_a_budget() -> None:
    rows = [["Omschrijving", "Bedrag (€)"], ["Huur zaal", "450,00"], ["Affiches en flyers", "320,50"],
            ["Studie haalbaarheid", "3.750,00"], ["Totaal", "4.520,50"], ["Eigen bijdrage", "520,50"],
            ["Gevraagde subsidie", "4.000,00"]]
    for data in (csv_of(rows), csv_of(rows, encoding="utf-8", bom=True)):
        document = parse_document(data, "begroting.csv")
        assert (document.parse_status, document.content_type) == ("parsed", "text/csv")
        values = _values(document)
        assert (values["total_budget"], values["requested_amount"]) == (Decimal("4520.50"), Decimal("4000.00"))
        assert "Bedrag (€)" in document.text


def test_a_csv_is_told_by_its_lines_not_its_name() -> None:
    rows = [["Post", "Bedrag"], ["Tenten", "1200"], ["Totaal", "1200"], ["Gevraagd", "1000"]]
    assert parse_document(csv_of(rows), "export").content_type == "text/csv"
    letter = ("Beste,\n\nWe sturen u ons idee, een speelplein, een buurtfeest en nieuwe banken.\n"
              "Het kost in totaal 8.000 euro, we vragen 6.500 euro.\n\nMet vriendelijke groeten,\nAn Peeters\n")
    assert not looks_like_csv(letter)
    assert parse_document(letter.encode(), "idee.csv").content_type == "text/plain"


def test_a_damaged_or_empty_spreadsheet_is_a_status_not_a_crash() -> None:
    whole = xlsx_of({"Aanvraag": FORM})
    broken = parse_document(whole[: len(whole) // 2], "aanvraag.xlsx")
    assert broken.parse_status in ("failed", "unsupported")
    empty = parse_document(xlsx_of({"Blad1": []}), "leeg.xlsx")
    assert (empty.parse_status, empty.error) == ("no_text", "the spreadsheet holds no cells")


@pytest.mark.parametrize("text", [
    "Madame,\n\nNous présentons notre projet.\n\nCordialement,\nPour Les Amis du Moulin,\nMarie Dupont, présidente\n",
    "Beste,\n\nIn bijlage ons idee; een speelplein.\nWe vragen 5.000 euro; de rest betalen we zelf.\n"
    "Groeten;\nAn\n",
])
def test_a_letter_whose_lines_end_in_commas_is_no_csv(text: str) -> None:
    assert not looks_like_csv(text)
    assert parse_document(text.encode(), "mail.txt").content_type == "text/plain"


def test_a_comma_csv_is_read_when_its_sender_named_it_so() -> None:
    rows = "Post,Bedrag\nTenten,1200\nMuziek,800\nTotaal,2000\nGevraagd,1500\n"
    assert not looks_like_csv(rows)
    document = parse_document(rows.encode(), "begroting.csv")
    assert document.content_type == "text/csv"
    assert document.fields["requested_amount"].value == Decimal("1500.00")


def test_a_budget_header_is_no_name_and_a_two_line_csv_named_so_is_read() -> None:
    document = parse_document(csv_of([["Poste", "Montant"], ["Montant demandé", "9501,00"]]), "budget.csv")
    assert document.content_type == "text/csv"
    assert {name: value.value for name, value in document.fields.items()} == {"requested_amount": Decimal("9501.00")}
    assert "Montant demandé" in document.text  # Windows' code page, its é kept


def test_a_plain_text_file_in_windows_code_page_keeps_its_accents() -> None:
    text = "Projet : Fête des voisins à Flêtre\nPorteur : Hélène Decroix\nMontant demandé : 4 500 €\n"
    document = parse_document(text.encode("cp1252"), "projet.txt")
    assert document.content_type == "text/plain"
    assert document.fields["project_title"].value == "Fête des voisins à Flêtre"
    assert document.fields["requested_amount"].value == Decimal("4500.00")


def test_a_merged_answer_under_its_label_is_read_once() -> None:
    rows = [["Naam vereniging / organisatie:"], ["Jeugdhuis De Kelder"], ["Contactpersoon:"], ["Jens Desmet"],
            ["Titel van het project:"], ["Buurtspeelplein achter het jeugdhuis"]]
    data = xlsx_of({"Aanvraag": rows}, merged=["A2:D2", "A4:D4", "A6:D6"])
    document = parse_document(data, "aanvraag.xlsx")
    assert "Jeugdhuis De Kelder\tJeugdhuis De Kelder" not in document.text
    values = _values(document)
    assert (values["organisation"], values["contact_name"], values["project_title"]) == (
        "Jeugdhuis De Kelder", "Jens Desmet", "Buurtspeelplein achter het jeugdhuis")


def test_a_cost_line_of_a_budget_sheet_is_no_group() -> None:
    rows = [["Budget prévisionnel - cour d'école ouverte"], ["Poste de dépense", "Montant"],
            ["Paysagiste : plan de la cour et 3 ateliers", 3600], ["Plantations (arbres fruitiers, haies)", 2150],
            ["Coût total du projet", 5750], ["Subvention demandée", 5000]]
    values = _values(parse_document(xlsx_of({"Budget": rows}), "budget.xlsx"))
    assert values == {"total_budget": Decimal("5750.00"), "requested_amount": Decimal("5000.00"),
                      "budget_lines": values["budget_lines"]}


def test_a_chain_of_sums_is_worked_out_once_each_not_again_for_every_reference() -> None:
    # each row sums all the rows above it: worked out naively, the cost doubles with each row (30 rows: hours)
    rows: list[list[object]] = [["r1", 1]] + [[f"r{index}", f"=SUM(B1:B{index - 1})"] for index in range(2, 41)]
    content = read_xlsx(_stream(xlsx_of({"Budget": rows})))
    assert content.tables[0][39] == ("r40", number_text(2 ** 38))


def test_formulas_made_to_read_millions_of_cells_get_no_value_and_the_workbook_is_still_read() -> None:
    data = [[index * column for column in range(1, 21)] for index in range(1, 401)]
    sums = [["Totaal", "=SUM(Data!A1:T400)"] for _ in range(200)]  # 1.6 million cells read, naively
    content = read_xlsx(_stream(xlsx_of({"Budget": [["Gevraagd bedrag", 5000], *sums], "Data": data})))
    assert content.tables[0][0] == ("Gevraagd bedrag", "5000")
    worked = [row[1] for row in content.tables[0][1:]]
    assert worked[0] == number_text(sum(index * column for index in range(1, 401) for column in range(1, 21)))
    assert "" in worked  # past the budget of cells read: left empty, not worked out for minutes


def test_a_sheet_of_the_whole_accounts_is_read_as_far_as_an_application_goes() -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Boekhouding")
    sheet.append(["Gevraagd bedrag", 4000])
    for index in range(20_000):
        sheet.append([f"boeking {index}", index])
    buffer = io.BytesIO()
    book.save(buffer)
    content = read_xlsx(_stream(buffer.getvalue()))
    assert len(content.tables[0]) == MAX_ROWS and content.tables[0][0] == ("Gevraagd bedrag", "4000")


@pytest.mark.parametrize("rows", [
    [["Naam", "Voornaam", "Adres", "Postcode", "Gemeente"], ["Devos", "Piet", "Vlasstraat 2", "8970", "Poperinge"],
     ["Maes", "Ilse", "Vlasstraat 9", "8970", "Poperinge"]],
    [["Nom", "Prénom", "Adresse", "Signature"], ["Lefebvre", "Anne", "3 rue Haute", "x"],
     ["Dumont", "Paul", "5 rue Haute", "x"]],
    [["Naam", "Voornaam", "Taak", "Telefoon"], ["Devos", "Piet", "tenten", "0476 11 22 33"],
     ["Maes", "Ilse", "bar", "0476 44 55 66"]],
])
def test_a_list_of_neighbours_or_volunteers_names_no_contact(rows: list[list[str]]) -> None:
    document = parse_document(xlsx_of({"Steun": rows}), "steunlijst.xlsx")
    assert not {"contact_name", "address", "postcode", "phone"} & set(document.fields), document.fields
    assert "Devos" in document.text or "Lefebvre" in document.text  # kept for the coordinator to read


@pytest.mark.parametrize("rows", [
    [["Omschrijving", "Bedrag", "Opmerking"], ["Speeltoestel", 4000, "Offerte Kompan"], ["Totaal", 4000]],
    [["Kosten", "Bedrag", "", "Inkomsten", "Bedrag"], ["Materiaal", 5200, "", "Eigen inbreng", 1200],
     ["Totaal", 5200, "", "Gevraagd", 4000]],
])
def test_an_amount_beside_a_word_in_a_budget_is_no_postcode_and_place(rows: list[list[object]]) -> None:
    fields = parse_document(xlsx_of({"Begroting": rows}), "begroting.xlsx").fields
    assert not {"postcode", "municipality", "country"} & set(fields), fields


def test_a_comment_on_a_calc_cell_is_not_its_value() -> None:
    data = ods_of({"Budget": [["Montant demandé", (4000, "4 000,00 €")]]})
    commented = ods_with(
        data, "<text:p>4 000,00 €</text:p>".encode(),
        "<office:annotation><text:p>Au départ 9 500 €, réduit après la réunion</text:p></office:annotation>"
        "<text:p>4 000,00 €</text:p>".encode())
    assert commented != data
    assert read_ods(_stream(commented)).tables[0] == (("Montant demandé", "4 000,00 €"),)


def test_repeated_empty_calc_cells_keep_the_columns_after_them_in_place() -> None:
    data = ods_of({"Budget": [["Post", "Excl. btw", "Btw", "Incl. btw"], ["Tent", 1000, 210, 1210]]})
    # the empty cells between "Totaal" and its amount written as Calc does: one cell repeated
    gap = ods_with(data, b'<table:table-cell office:value-type="string"><text:p>Tent</text:p></table:table-cell>',
                       b'<table:table-cell office:value-type="string"><text:p>Tent</text:p></table:table-cell>'
                       b'<table:table-cell table:number-columns-repeated="3"/>')
    table = read_ods(_stream(gap)).tables[0]
    assert table[1][-1] == "1210" and table[1].index("1000") == 4, table  # "Tent", three empty cells, 1000


def test_a_utf8_file_with_a_stray_byte_stays_utf8() -> None:
    from parsers.spreadsheet import decoded_text

    text = "Comité des fêtes de Flêtre\nMontant demandé : 4 000 €\n"
    assert decoded_text(text.encode() + b"\x80") == text + "\ufffd"
    assert decoded_text(text.encode("cp1252")) == text


@pytest.mark.parametrize(("data", "name", "requested"), [
    # a title line with commas over a semicolon table
    ("Association Les Amis du Moulin, Steenvoorde\r\nBudget prévisionnel, version 2\r\nPoste;Montant\r\n"
     "Location chapiteau;1 250,00\r\nAnimation;850,00\r\nTotal;2 100,00\r\nSubvention demandée;1 800,00\r\n",
     "budget.csv", Decimal("1800.00")),
    # LibreOffice's comma file, a decimal comma quoted
    ('Poste,Montant\r\nSonorisation,"850,50"\r\nAffiches,300\r\nTotal,"1150,50"\r\nMontant demandé,"1000,50"\r\n',
     "budget.csv", Decimal("1000.50")),
])
def test_the_delimiter_is_the_one_that_makes_rows(data: str, name: str, requested: Decimal) -> None:
    document = parse_document(data.encode("utf-8"), name)
    assert document.content_type == "text/csv"
    assert document.fields["requested_amount"].value == requested
    assert document.fields.get("organisation") is None or document.fields["organisation"].value != "Steenvoorde"


def test_a_letter_indented_with_tabs_is_no_table() -> None:
    letter = ("\tMadame, Monsieur,\n\n\tAu nom de l'association « Les Amis du Verger », je vous présente notre "
              "projet « Un verger partagé ».\n\tNous sollicitons 4 500 €.\n\tCordialement,\n\tMarie Lefebvre\n")
    document = parse_document(letter.encode(), "lettre.txt")
    assert document.content_type == "text/plain"
    assert document.fields["organisation"].value == "Les Amis du Verger"


@pytest.mark.parametrize(("rows", "expected"), [
    ([["Omschrijving", "Excl. btw", "Btw 21%", "Incl. btw"], ["Tent", 1000, 210, 1210], ["Muziek", 5500, 1155, 6655],
      ["Totaal", 6500, 1365, 7865]], {"total_budget": Decimal("7865.00")}),
    ([["Poste", "Quantité", "Prix unitaire", "Montant TTC"], ["Bancs", 4, 350, 1400], ["Tables", 2, 300, 600],
      ["Total", "", "", 2000], ["Montant demandé", "", "", 1800]],
     {"total_budget": Decimal("2000.00"), "requested_amount": Decimal("1800.00")}),
    ([["Financiering", "Bedrag", "%"], ["Eigen inbreng", 1000, "12,5%"], ["Gevraagd bedrag", 7000, "87,5%"],
      ["Totaal", 8000, "100%"]], {"total_budget": Decimal("8000.00"), "requested_amount": Decimal("7000.00")}),
])
def test_a_budget_with_more_columns_than_its_amount(rows: list[list[object]], expected: dict[str, Decimal]) -> None:
    values = _values(parse_document(xlsx_of({"Begroting": rows}), "begroting.xlsx"))
    assert {name: value for name, value in values.items() if name != "budget_lines"} == expected


def test_a_hidden_calc_sheet_is_not_read() -> None:
    data = ods_of({"Aanvraag": [["Gevraagd bedrag", 5000]], "Lijsten": [["Gemeente"], ["Poperinge"], ["99999"]]})
    hidden = ods_with(data, b'<table:table table:name="Lijsten">',
                      b'<table:table table:name="Lijsten" table:style-name="ta2">')
    hidden = ods_with(hidden, b"<office:body>",
                      b'<office:automatic-styles xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">'
                      b'<style:style style:name="ta2" style:family="table"><style:table-properties '
                      b'table:display="false"/></style:style></office:automatic-styles><office:body>')
    assert "99999" in read_ods(_stream(data)).text
    assert "99999" not in read_ods(_stream(hidden)).text and "Gevraagd bedrag" in read_ods(_stream(hidden)).text


def test_two_years_budgets_in_one_workbook_leave_the_amounts_to_check() -> None:

    old = [["Begroting 2018"], ["Post", "Bedrag"], ["Tenten", 2000], ["Totaal", 2000], ["Gevraagd bedrag", 1500]]
    new = [["Begroting 2019"], ["Post", "Bedrag"], ["Tenten", 2500], ["Muziek", 1000], ["Totaal", 3500],
           ["Gevraagd bedrag", 3000]]
    two = parse_document(xlsx_of({"2018": old, "2019": new}), "begroting.xlsx").fields
    assert two["total_budget"].confidence < REVIEW_THRESHOLD and two["requested_amount"].confidence < REVIEW_THRESHOLD
    # a form on one sheet and its budget on another, each amount said once: sure
    form = [["Naam vereniging", "Buurtcomité De Kapelhoek vzw"], ["Gevraagd bedrag", 3000]]
    budget = [["Post", "Bedrag"], ["Tenten", 2500], ["Muziek", 1000], ["Totaal", 3500]]
    one = parse_document(xlsx_of({"Aanvraag": form, "Begroting": budget}), "aanvraag.xlsx").fields
    assert one["total_budget"].confidence >= REVIEW_THRESHOLD and one["requested_amount"].confidence >= REVIEW_THRESHOLD


def test_a_run_of_a_billion_spaces_in_a_calc_cell_costs_a_hundred() -> None:
    data = ods_with(ods_of({"Budget": [["Totaal", (3500, "3 500 €")]]}), "<text:p>3 500 €</text:p>".encode(),
                    b'<text:p>3<text:s text:c="1000000000"/>500 \xe2\x82\xac</text:p>')
    assert read_ods(_stream(data)).tables[0] == (("Totaal", "3 500 €"),)


def test_a_sheet_s_people_table_amid_the_form_with_a_cross_on_the_contact_s_row() -> None:
    data = xlsx_of({"Fiche": [
        ["Structure porteuse", "Association Le Verger d'en Haut"],
        ["Rôle", "Nom Prénom", "Téléphone", "Courriel", "Contact ?"],
        ["Président", "DEHAENE Luc", "03 28 49 33 70", "luc.dehaene@example.net"],
        ["Trésorière", "VERSTAEVEL Odile", "06 40 18 92 66", "odile.verstaevel@example.org"],
        ["Membre", "BAERT Thierry", "06 84 12 39 50", "thierry.baert@example.com", "X"],
        ["Titre du projet", "Replanter le verger d'en haut"],
        ["Montant demandé", "max. 10 000 €", 3800],
    ]})
    values = _values(parse_document(data, "candidature.xlsx"))
    assert values["organisation"] == "Association Le Verger d'en Haut"
    assert values["contact_name"] == "Thierry Baert" and values["phone"] == "+33684123950"
    assert values["email"] == "thierry.baert@example.com"
    # the ceiling printed in a cell between the label and the answer is no answer
    assert values["project_title"] == "Replanter le verger d'en haut" and values["requested_amount"] == Decimal("3800")


def test_an_empty_group_s_row_does_not_take_the_next_row_that_starts_with_a_label() -> None:
    rows = [["Fiche projet Partons 2.0"], ["Identification du demandeur"], ["Association / collectif"],
            ["Statut", "particulier"], ["Coordonnées"],
            ["Responsable du projet", "Adresse", "CP et localité", "Mél"],
            ["Pascal Hennebelle", "21 rue de la Brasserie", "59114 Godewaersvelde", "pascal_h@example.net"],
            ["Intitulé du projet", "Espace de coworking dans l'ancienne forge"]]
    values = _values(parse_document(xlsx_of({"Fiche": rows}), "candidature.xlsx"))
    assert "organisation" not in values  # a private person: "particulier" is their status, not a group's name
    assert values["contact_name"] == "Pascal Hennebelle" and values["municipality"] == "Godewaersvelde"


def test_expenses_and_income_side_by_side_the_call_s_income_line_is_the_request_to_check() -> None:
    rows = [["Association", "Zegerscappel en Transition"], ["Contact (nom)", "Vincent Decool, trésorier"],
            ["Projet", "Grainothèque et vélos partagés"], ["Charges", "€", "Produits", "€"],
            ["Achat de 6 vélos et cadenas", "3 870,50", "Cotisations et dons", "1 030,00"],
            ["Abri à vélos (bois local)", "2 480,00", "Commune de Zegerscappel", "1 500,00"],
            ["Meuble grainothèque", "910,00", "Appel à projets Partons 2.0 (Interreg)", "7 450,50"],
            ["TOTAL", "7 260,50", "TOTAL", "9 980,50"]]
    document = parse_document(ods_of({"Candidature": rows}), "candidature.ods")
    assert document.fields["contact_name"].value == "Vincent Decool"  # the role after the comma is no name
    requested = document.fields["requested_amount"]
    assert requested.value == Decimal("7450.50") and requested.confidence < REVIEW_THRESHOLD
    assert [line.description for line in document.fields["budget_lines"].value] == [
        "Achat de 6 vélos et cadenas", "Abri à vélos (bois local)", "Meuble grainothèque"]
