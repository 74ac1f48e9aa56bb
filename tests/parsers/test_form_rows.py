"""Forms other people made in Word and LibreOffice: the ways their tables put labels and values together."""

from __future__ import annotations

import io
from decimal import Decimal

import docx
import pytest

from parsers import field_to_json, parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.labels import label_alone, match_label
from tests.parsers.format_samples import odt_of_body, word_form, word_sections


def _docx(rows: list[tuple[str, ...]], paragraphs: tuple[str, ...] = ()) -> bytes:
    return word_form(rows, paragraphs=paragraphs)


def _fields(data: bytes) -> dict[str, tuple[object, float]]:
    document = parse_document(data, "formulier.docx")
    assert document.parse_status == "parsed"
    return {name: (field_to_json(value)["value"], value.confidence) for name, value in document.fields.items()
            if name not in ("summary", "budget_lines")}


def _values(data: bytes) -> dict[str, object]:
    return {name: value for name, (value, _) in _fields(data).items()}


def test_two_label_value_pairs_in_one_row() -> None:
    values = _values(_docx([
        ("Naam vereniging", "Buurtcomité De Linde", "Ondernemingsnummer", "0123.456.789"),
        ("Contactpersoon", "Jan Peeters", "Functie", "voorzitter"),
        ("Adres", "Kerkstraat 12", "Postcode en gemeente", "8970 Poperinge"),
        ("Telefoon", "0477 12 34 56", "E-mail", "jan.peeters@example.org"),
        ("Totale kostprijs", "€ 6.000", "Gevraagd bedrag", "€ 4.000"),
    ]))
    assert values["organisation"] == "Buurtcomité De Linde" and values["contact_name"] == "Jan Peeters"
    assert values["address"] == "Kerkstraat 12" and values["municipality"] == "Poperinge"
    assert values["phone"] == "+32477123456" and values["email"] == "jan.peeters@example.org"
    assert values["total_budget"] == "6000.00" and values["requested_amount"] == "4000.00"


def test_label_and_value_in_the_same_cell_one_or_several_lines() -> None:
    values = _values(_docx([
        ("Nom de l'association : Les Amis du Moulin", "Code postal et commune : 59470 Wormhout"),
        ("Personne de contact", "Nom : Marie Dupont\nTéléphone : 06 56 68 08 92\nCourriel : marie@example.org"),
        ("Montant total : 5 000 €", "Montant sollicité : 4 000 €"),
    ]))
    assert values["organisation"] == "Les Amis du Moulin" and values["postcode"] == "59470"
    assert values["contact_name"] == "Marie Dupont" and values["phone"] == "+33656680892"
    assert values["email"] == "marie@example.org"
    assert values["total_budget"] == "5000.00" and values["requested_amount"] == "4000.00"


def test_a_bare_name_belongs_to_the_section_it_stands_in() -> None:
    values = _values(_docx([
        ("A. Gegevens organisatie", ""), ("Naam", "De Linde"), ("Adres", "Kerkstraat 12, 8970 Poperinge"),
        ("B. Contactpersoon", ""), ("Naam", "Jan Peeters"),
        ("C. Het project", ""), ("Naam", "Samen tuinieren"),
    ]))
    assert values["organisation"] == "De Linde" and values["contact_name"] == "Jan Peeters"
    assert values["project_title"] == "Samen tuinieren"


def test_a_name_and_an_address_asked_in_parts_are_put_back_together() -> None:
    values = _values(_docx([
        ("Naam …", "Peeters"), ("Voornaam …", "Jan"), ("Straat …", "Kerkstraat"), ("Huisnummer …", "12"),
        ("Bus …", "3"), ("Postcode …", "8970"), ("Gemeente …", "Poperinge"),
    ]))
    assert values["contact_name"] == "Jan Peeters" and values["address"] == "Kerkstraat 12 bus 3"
    french = _values(_docx([("Nom", "DUPONT"), ("Prénom", "Marie"), ("N°", "12"), ("Rue", "rue de la Gare"),
                            ("N° SIRET", "123 456 789 00012")]))
    assert french["contact_name"] == "Marie Dupont" and french["address"] == "12 rue de la Gare"


def test_a_name_written_surname_first() -> None:
    # the capitals say which word is the surname, or a known given name does; without either the order
    # stays to check
    assert _values(_docx([("Nom, prénom", "DUPONT Marie")]))["contact_name"] == "Marie Dupont"
    assert _fields(_docx([("Naam en voornaam", "Peeters Jan")]))["contact_name"] == ("Jan Peeters", 0.95)
    assert _fields(_docx([("Naam en voornaam", "Jan Peeters")]))["contact_name"] == ("Jan Peeters", 0.95)
    assert _fields(_docx([("Contactpersoon", "Coene Jolien")]))["contact_name"] == ("Jolien Coene", 0.96)
    value, confidence = _fields(_docx([("Naam en voornaam", "Peeters Wannes")]))["contact_name"]
    assert value == "Peeters Wannes" and confidence < 0.8


def test_amount_in_words_beside_the_figure_and_a_requested_row_in_the_budget() -> None:
    values = _values(_docx([
        ("Uitgaven", "Bedrag"), ("Plantgoed", "2 000 euro"), ("Totaal uitgaven", "6 000 euro"),
        ("Inkomsten", "Bedrag"), ("Eigen inbreng", "2 000 euro"),
        ("Bijdrage provincie", "4 000 euro (vierduizend euro)"),
    ]))
    assert values["total_budget"] == "6000.00" and values["requested_amount"] == "4000.00"


@pytest.mark.parametrize(("income_heading", "funder"), [
    (("Produits", "Montant en euros"), "Fonds européens (Interreg Partons 2.0)"),
    (("Recettes",), "Fonds européens (Interreg Partons 2.0)"),
    (("Inkomsten", "Bedrag"), "Fonds européens (Interreg Partons 2.0)"),
    (("Recettes", "Montant"), "Appel à projets Partons 2.0 (Province de Flandre occidentale)"),  # the programme alone
    (("Bron", "Bedrag"), "Projectoproep 'Maak werk van je buurt' (Partons 2.0)"),  # the money's source: income
])
def test_the_income_line_named_after_the_call_is_the_request_to_check_and_no_income_is_a_budget_line(
        income_heading: tuple[str, ...], funder: str) -> None:
    # a French subsidy form's budget: the grant asked only as the income line "Fonds européens (Interreg
    # Partons 2.0)"; where the money comes from is no line of what the project costs
    document = parse_document(_docx([
        ("Charges", "Montant en euros"), ("60 - Achats", "9 300"), ("62 - Autres services extérieurs", "5 200"),
        ("TOTAL DES CHARGES", "14 500"), income_heading, ("Commune d'Arnèke", "4 500"),
        (funder, "10 000"), ("75 - Autres produits de gestion courante", "1 980"),
    ]), "formulaire.docx")
    requested = document.fields["requested_amount"]
    assert requested.value == Decimal("10000") and requested.confidence < REVIEW_THRESHOLD
    assert [line.description for line in document.fields["budget_lines"].value] == [
        "60 - Achats", "62 - Autres services extérieurs"]


@pytest.mark.parametrize(("label", "field"), [
    ("Naam aanvragende organisatie", "organisation"),
    ("Nom de l'organisme porteur", "organisation"),
    ("Naam van het initiatief", "project_title"),
    ("Nom et prénom du représentant de l'association", "surname_first"),
    ("Montant total demandé", "requested_amount"),
    ("Montant sollicité auprès de Partons 2.0", "requested_amount"),
    ("Bedrag gevraagd aan Partons 2.0", "requested_amount"),
    ("Totaal eigen inbreng", None),
    ("Subsidie gemeente", None),
    ("Numéro SIRET", None),
    ("Welk bedrag vraagt u?", "requested_amount"),  # a question that asks about money
    ("Quel montant demandez-vous ?", "requested_amount"),
    ("Montant souhaité", "requested_amount"),
    ("Budget demandé", "requested_amount"),
    ("Wat vragen jullie aan de buurt?", None),  # asking, but not about money
    ("Andere subsidies aangevraagd", None),
    ("Voor- en familienaam", "contact_name"),
    ("Aanspreekpersoon", "contact_name"),
    ("Name of initiator", "organisation"),
    ("Correspondentieadres", "address"),
    ("Adresse de correspondance", "address"),
    ("Responsable du projet", "contact_name"),
    ("Naam school", "institution"),  # whose name: a school's, not a person's (the group's if no other is named)
    ("Nom de l'école", "institution"),
    ("Naam ouderraad / oudercomité", "organisation"),
    ("Naam schooldirecteur", "contact_name"),
    ("N°, voie", "address"),  # a French administration's road, whatever its kind
    ("Numéro et voie", "address"),
    ("Voie verte", None),
    ("Korte titel", "project_title"),
    ("Référente du projet", "contact_name"),
    ("Tél. président", "representative_phone"),  # a detail and whose it is: the chair's, not the contact's
    ("E-mail voorzitter", "representative_email"),
    ("GSM penningmeester", "other_phone"),
    ("Tél. référente", "phone"),
    ("Naam van het evenement", "project_title"),  # an event's form re-used: the event is the project
    ("Nom de la manifestation", "project_title"),
    ("Son téléphone", "phone"),  # said of the person asked about above
    ("Son adresse mail", "email"),
    ("Comment s'appelle le projet ?", "project_title"),
    ("Organisateur", "organisation"),  # an event's form: who organises it applies
    ("De quel montant avez-vous besoin ?", "requested_amount"),  # what is needed, about money
    ("Hoeveel geld hebben jullie nodig?", "requested_amount"),
    ("Wat hebben jullie nodig?", None),  # needed, but not money
    ("Personne chargée du dossier", "contact_name"),
    ("Chargé(e) du dossier", None),  # a signature's role line under the name, as much as a label
    ("Dossierverantwoordelijke", "contact_name"),
    ("Gevraagd aan de oproep 'Maak werk van je buurt'", "requested_amount"),  # the call's quoted name adds nothing
    ("Montant demandé à l’appel « Partons 2.0 »", "requested_amount"),
    ("Porté par (groupe / association)", "organisation"),
    ("Adulte référent (parent) – à contacter", "contact_name"),  # who, and that this one is to be contacted
    ("Jeune référent", None),
    ("Comment s'appelle votre association ou votre collectif ?", "organisation"),
    ("Organisator", "organisation"),
    ("Titre court", "project_title"),
    ("Votre projet en quelques mots", "summary"),
    ("Je project in het kort", "summary"),
])
def test_label_variants(label: str, field: str | None) -> None:
    matched = match_label(label)
    assert (matched[0] if matched else None) == field


def test_a_one_column_table_of_labels_above_their_values() -> None:
    values = _values(_docx([
        ("Indiener (vereniging)",), ("Hoeve Ter Linde",), ("Naam initiatiefnemer",), ("Marijke Peeters (voorzitter)",),
        ("Postcode / Woonplaats",), ("8970 Poperinge",), ("Tel. / Mailadres",),
        ("0477 12 34 56 - marijke.peeters@example.org",), ("Gevraagd aan de provincie",), ("€3100",),
    ]))
    # a label that says "vereniging" names the group even when its name reads like a person's
    assert values["organisation"] == "Hoeve Ter Linde" and values["contact_name"] == "Marijke Peeters"
    assert values["postcode"] == "8970" and values["municipality"] == "Poperinge"
    assert values["phone"] == "+32477123456" and values["email"] == "marijke.peeters@example.org"
    assert values["requested_amount"] == "3100.00"


def test_courtesy_titles_and_a_country_beside_the_place_are_not_part_of_the_value() -> None:
    values = _values(_docx([("Personne de contact", "Mme Céline Dupont"), ("Commune", "Caëstre (France)")]))
    assert values["contact_name"] == "Céline Dupont" and values["municipality"] == "Caëstre"
    assert values["country"] == "FR"
    assert _values(_docx([("Contactpersoon", "Dhr. Jan Peeters")]))["contact_name"] == "Jan Peeters"
    for written in ("Kemmel, België", "Kemmel - BELGIQUE", "Kemmel (Belgien)"):
        assert _values(_docx([("Gemeente", written)]))["municipality"] == "Heuvelland"  # Kemmel is Heuvelland's
    assert _values(_docx([("Postcode en gemeente", "8956 Kemmel België")]))["municipality"] == "Heuvelland"


def test_a_phone_number_the_numbering_plan_does_not_know_is_kept() -> None:
    # ten digits, 07: a French mobile in a range newer than the library's data (parsers.phone), as written
    value, _confidence = _fields(_docx([("Téléphone", "07 07 71 12 22")]))["phone"]
    assert value == "+33707711222"


def test_the_person_to_contact_outranks_who_signs_for_the_group() -> None:
    values = _values(_docx([
        ("Représentant légal", ""), ("Nom", "Pierre Martin"), ("Qualité", "président"),
        ("Personne à contacter", "Marie Dupont"),
    ]))
    assert values["contact_name"] == "Marie Dupont"
    # with no one else named, the representative is the contact
    assert _values(_docx([("Nom du représentant légal", "Pierre Martin")]))["contact_name"] == "Pierre Martin"


@pytest.mark.parametrize(("cell", "field"), [
    ("Association / collectif", "organisation"),
    ("Vereniging / groep", "organisation"),
    ("Town / village", "municipality"),
    ("Telefoon / GSM", "phone"),
    ("E-mail / Telefoon", None),  # two fields' labels: not one label
    ("Nom de l'association / du groupe", "organisation"),  # the second alternative only the field's noun
    ("Nom de l'association / Club de pétanque", None),  # a name after the slash is no label's part
])
def test_two_labels_of_one_field_offered_as_alternatives_are_one_label(cell: str, field: str | None) -> None:
    assert label_alone(cell) == field


@pytest.mark.parametrize(("cell", "field"), [
    ("Contactpersoon voor dit dossier", "contact_name"),
    ("Personne de contact pour ce projet", "contact_name"),
    ("Titel voor dit project", "project_title"),
    ("Contact person for this application", "contact_name"),
])
def test_a_label_that_says_what_it_is_for_is_still_a_whole_label(cell: str, field: str) -> None:
    assert label_alone(cell) == field


def test_four_cells_a_person_and_a_group_each_after_its_label() -> None:
    values = _values(_docx([
        ("Porteur de projet", "Monique Lefebvre", "Association / collectif", "Club des aînés « Les Tilleuls »"),
        ("Adresse", "12 rue Haute", "Code postal", "59470"),
        ("Commune", "Wormhout, France", "Tél.", ""),
    ]))
    assert values["organisation"] == "Club des aînés « Les Tilleuls »"
    assert values["contact_name"] == "Monique Lefebvre"
    assert values["address"] == "12 rue Haute" and values["municipality"] == "Wormhout"


def test_a_row_of_labels_over_a_row_of_their_values() -> None:
    values = _values(_docx([
        ("Gegevens aanvrager", ""),
        ("Naam en voornaam", "Straat en huisnummer"),
        ("Lieve Peeters", "Kerkstraat 59 bus 6"),
        ("Postcode", "Gemeente"),
        ("8957", "Mesen"),
        ("GSM", "E-mailadres"),
        ("", "lieve.peeters@example.net"),  # a box left blank keeps its column
        ("Totale kost project", "Eigen middelen"),
        ("€3700", "1.000,00"),
    ]))
    assert values["contact_name"] == "Lieve Peeters" and values["address"] == "Kerkstraat 59 bus 6"
    assert values["postcode"] == "8957" and values["municipality"] == "Mesen"
    assert values["email"] == "lieve.peeters@example.net" and "phone" not in values
    assert values["total_budget"] == "3700.00"


def test_what_the_group_brings_in_ends_the_total_before_it() -> None:
    values = _values(_docx([
        ("Totale kostprijs", "7350,50", "Inbreng vereniging", "250 euro"),
        ("Gevraagde bijdrage", "€ 7.100,50"),
    ]))
    assert values["total_budget"] == "7350.50" and values["requested_amount"] == "7100.50"


# "Wannes" is a given name parsers.given_names does not know: only the signature can tell the order
@pytest.mark.parametrize(("signature", "contact"), [
    ("Handtekening: 22/05/2019 Wannes Huysentruyt", "Wannes Huysentruyt"),  # signed given name first
    ("Fait à Wormhout, le 06/06/2019 : Wannes Huysentruyt", "Wannes Huysentruyt"),
    ("Datum: 22/05/2019", "Huysentruyt Wannes"),  # nothing tells the order: kept as written
    # the name typed under the signature (a scribble read as letters in between)
    ("Handtekening:\nXA\nWannes Huysentruyt", "Wannes Huysentruyt"),
])
def test_a_contact_written_surname_first_is_written_as_the_form_is_signed(signature: str, contact: str) -> None:
    values = _values(_docx([("Vereniging", "Fietsclub De Molen"), ("Contactpersoon", "Huysentruyt Wannes")],
                           paragraphs=("Aanvraagformulier", signature)))
    assert values["contact_name"] == contact


def test_the_call_s_own_e_mail_address_in_a_blank_form_s_footer_is_not_the_applicant_s() -> None:
    values = _values(_docx(
        [("Vereniging", "Fietsclub De Molen"), ("Contactpersoon", "Frederik Huysentruyt"), ("Mail", "zie hierboven")],
        paragraphs=("Formulier terug te sturen vóór 16 juni 2019 naar coordinator@example.org of per post: "
                    "Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide – tel. 051 00 00 00",
                    "Vragen? Mail naar frederik.h@example.net")))
    assert values["email"] == "frederik.h@example.net"
    assert values.get("municipality") != "Diksmuide"


def test_a_row_with_an_empty_label_goes_on_with_the_value_above() -> None:
    values = _values(_docx([
        ("Contactpersoon", "Luc Debruyne"),
        ("Adres contactpersoon", "Kortewilde 18A"),
        ("", "8600 Vladslo"),
        ("E-mailadres", "l.debruyne@example.org"),
    ]))
    assert values["address"] == "Kortewilde 18A" and values["postcode"] == "8600"
    assert values["contact_name"] == "Luc Debruyne"


def test_an_amount_that_does_not_say_whose_is_the_request_to_check() -> None:
    fields = _fields(_docx([("Vereniging", "KLJ Klerken"), ("Bedrag", "2.000 €")]))
    value, confidence = fields["requested_amount"]
    assert value == "2000.00" and confidence < REVIEW_THRESHOLD
    assert match_label("Bedrag eigen inbreng") is None and match_label("Montant des recettes") is None


def test_a_contact_box_under_the_closing_is_no_signature_that_turns_the_name() -> None:
    # "VANDAMME Wim": the capitals say the surname; the box sits among the details under the signed name
    # "Wim Vandamme", and must not turn it back to the box's order
    text = ("Beste,\nWij vragen 6.718 euro.\nMet vriendelijke groeten,\nWim Vandamme\nVoorzitter - Dorpscomité Zande\n"
            "Contactpersoon: VANDAMME Wim\nAdres: Bergstraat 44, 8680 Zande\n")
    contact = field_to_json(parse_document(text.encode(), "brief.txt").fields["contact_name"])
    assert contact["value"] == "Wim Vandamme"


@pytest.mark.parametrize("heading", [("", "Contactpersoon", "Tweede contactpersoon (penningmeester)"),
                                     ("", "Porteur du projet", "Second contact (trésorier)"),
                                     ("", "Contact person", "Treasurer"),
                                     ("", "Contact principal", "Contact secondaire")])
def test_a_second_person_beside_the_contact_is_not_the_contact(heading: tuple[str, ...]) -> None:
    fields = _fields(_docx([
        ("Naam vereniging", "KSA Zande", ""),
        heading,
        ("Naam", "Hendrik Vanhove", "Stijn Pattyn"),
        ("Functie", "Secretaris", "Penningmeester"),
        ("Telefoon / gsm", "", "0495 38 18 00"),
        ("E-mail", "hvanhove@example.org", "stijn.pattyn@example.net"),
    ]))
    assert fields["contact_name"] == ("Hendrik Vanhove", 0.95)
    assert fields["email"][0] == "hvanhove@example.org"
    assert "phone" not in fields  # the contact's box left empty is not the treasurer's


@pytest.mark.parametrize(("label", "value", "address"), [("Nr. / Bus", "4 / 2", "Provenplein 4 bus 2"),
                                                         ("Nr. / Bus", "4", "Provenplein 4"),
                                                         ("N° / bte", "12 bte 3", "Provenplein 12 bus 3")])
def test_a_house_number_and_box_asked_in_one_box(label: str, value: str, address: str) -> None:
    values = _values(_docx([("Straat", "Provenplein"), (label, value), ("Postcode", "8972")]))
    assert values["address"] == address


def _merged_docx(rows: list[tuple[str, ...]], heading_above: str = "") -> bytes:
    """A two-column table whose one-cell rows are merged across it (a section's heading)."""
    document = docx.Document()
    if heading_above:
        document.add_paragraph(heading_above)
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows, strict=True):
        if len(cells) == 1:
            row.cells[0].merge(row.cells[1]).text = cells[0]
        else:
            row.cells[0].text, row.cells[1].text = cells
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_CONTACT_ROWS = [("Naam vereniging", "KSA Zande"), ("Contactpersoon",), ("Naam", "Hendrik Vanhove"),
                 ("Telefoon / gsm", ""), ("E-mail", "hvanhove@example.org")]
_SECOND_ROWS = [("Naam", "Stijn Pattyn"), ("Telefoon / gsm", "0495 38 18 00"), ("E-mail", "stijn.pattyn@example.net")]


@pytest.mark.parametrize("heading", ["Tweede contactpersoon (penningmeester)", "Second contact (treasurer)",
                                     "Penningmeester"])
def test_a_second_person_s_section_under_the_contact_s_is_not_the_contact(heading: str) -> None:
    fields = _fields(_merged_docx([*_CONTACT_ROWS, (heading,), *_SECOND_ROWS, ("Adres", "Kerkstraat 5")]))
    assert fields["contact_name"] == ("Hendrik Vanhove", 0.95) and fields["email"][0] == "hvanhove@example.org"
    assert "phone" not in fields and fields["address"][0] == "Kerkstraat 5"
    # the second person's own table under a heading of its own
    apart = _fields(word_sections((heading, _SECOND_ROWS), paragraphs=("Contactpersoon: Hendrik Vanhove",)))
    assert apart["contact_name"][0] == "Hendrik Vanhove" and "phone" not in apart and "email" not in apart


def test_a_second_person_s_boxes_labelled_as_theirs_are_not_the_contact_s() -> None:
    values = _values(_docx([("Naam vereniging", "KSA Zande"), ("Contactpersoon", "Hendrik Vanhove"),
                            ("Telefoon penningmeester", "0495 38 18 00"),
                            ("E-mail tweede contactpersoon", "stijn.pattyn@example.net")]))
    assert values["contact_name"] == "Hendrik Vanhove" and "phone" not in values and "email" not in values


def test_a_second_person_in_a_one_column_table_of_labels_above_answers() -> None:
    # the contact's role under a label we do not know is an answer, not another person's heading
    cells = ["Naam van de vereniging", "KSA Krombeke", "Contactpersoon", "Hilde Coulier", "Functie in de vereniging",
             "Secretaris", "Telefoon / gsm", "051 38 74 47", "Tweede contactpersoon (penningmeester)", "Stijn Pattyn",
             "E-mail", "stijn@example.net", "Postcode", "8972"]
    body = "<table:table>" + "".join(f"<table:table-row><table:table-cell><text:p>{cell}</text:p></table:table-cell>"
                                     "</table:table-row>" for cell in cells) + "</table:table>"
    document = parse_document(odt_of_body(body), "aanvraag.odt")
    values = {name: field_to_json(value)["value"] for name, value in document.fields.items()}
    assert values["contact_name"] == "Hilde Coulier" and values["phone"] == "+3251387447"
    assert "email" not in values and values["postcode"] == "8972"


def test_a_second_person_beside_the_contact_in_libreoffice_whose_rows_end_at_their_last_filled_cell() -> None:
    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>"
                                             for cell in cells) + "</table:table-row>"
    body = ("<table:table>" + row("", "Contactpersoon", "Tweede contactpersoon (secretaris)")
            + row("Naam", "Hendrik Vanhove", "") + row("Telefoon", "", "0495 38 18 00")
            + row("E-mail", "hvanhove@example.org", "stijn.pattyn@example.net") + "</table:table>")
    document = parse_document(odt_of_body(body), "aanvraag.odt")
    values = {name: field_to_json(value)["value"] for name, value in document.fields.items()}
    assert values["contact_name"] == "Hendrik Vanhove" and values["email"] == "hvanhove@example.org"
    assert "phone" not in values


def test_a_street_that_starts_with_its_label_s_word_is_the_answer_under_it() -> None:
    fields = _fields(_docx([("N°", "Rue", "Code postal", "Commune"), ("18", "rue Jean Jaurès", "59190", "Hazebrouck")]))
    assert fields["address"] == ("18 rue Jean Jaurès", 0.95) and fields["municipality"][0] == "Hazebrouck"


@pytest.mark.parametrize("group", ["Club de pétanque de Bergues", "Group Vélo Hondschoote"])
def test_a_group_named_like_a_label_is_the_answer_not_a_row_of_labels(group: str) -> None:
    # "Club ..." starts like the label "Club": the row is a label and its answer, not labels over the next row
    values = _values(_docx([
        ("Nom de l'association / du groupe", group),
        ("Président(e)", "Gérard Vanhoutte"),
        ("Personne de contact", "Didier Bonte"),
        ("Code postal et commune", "59380 Bergues"),
    ]))
    assert values["organisation"] == group
    assert values["contact_name"] == "Didier Bonte"


def test_a_whole_name_under_a_label_asking_the_given_name_is_the_contact_not_the_chair() -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract("naam voorzitter\nJozef Seynaeve\nvoornaam contactpersoon\nGriet Deleu\n", default_call(),
                        lost_columns=True)
    assert fields["contact_name"].value == "Griet Deleu"
    # a given name of two words beside a one-word "Naam" is still a given name
    fields, _ = extract("Naam: Peeters\nVoornaam: Jan Peter\n", default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Jan Peter Peeters"
    # alone, two given names are no whole name
    fields, _ = extract("naam contactpersoon\n\nvoornaam contactpersoon\nMarie Claire\n", default_call(),
                        lost_columns=True)
    assert "contact_name" not in fields


def test_the_groups_own_number_and_address_give_way_to_the_contacts() -> None:
    values = _values(_docx([
        ("Naam vereniging", "Oudercomité VBS De Klimop"),
        ("Telefoon school", "057 44 18 92"),
        ("E-mail vereniging", "info.deklimop@example.org"),
        ("Contactpersoon", "Sofie Vandamme"),
        ("Gsm", "0476/31.52.88"),
        ("E-mail", "sofie.vandamme@example.net"),
    ]))
    assert values["phone"] == "+32476315288" and values["email"] == "sofie.vandamme@example.net"
    # the school's number alone is still the number to call
    alone = _values(_docx([("Naam vereniging", "Oudercomité VBS De Klimop"), ("Telefoon school", "057 44 18 92")]))
    assert alone["phone"] == "+3257441892"


def test_one_box_for_the_group_and_its_contact_gives_both() -> None:
    fields = _fields(_docx([("Aanvrager (naam vereniging en contactpersoon)", "Merkem Leeft! vzw – Bart Lefevere"),
                            ("Gevraagd bedrag", "€ 9.500")]))
    assert fields["organisation"][0] == "Merkem Leeft! vzw" and fields["contact_name"][0] == "Bart Lefevere"


def test_a_group_box_answered_none_leaves_no_group_guessed_from_the_initiator() -> None:
    values = _values(_docx([("Naam vereniging / organisatie", "/"), ("Initiatiefnemer", "Ward Vanneste"),
                            ("Gevraagd bedrag", "€ 4.380")]))
    assert values["contact_name"] == "Ward Vanneste" and "organisation" not in values
    # a box left empty says nothing: the initiator's name is still the group to check
    empty = _fields(_docx([("Naam vereniging / organisatie", ""), ("Initiatiefnemer", "Ward Vanneste"),
                           ("Gevraagd bedrag", "€ 4.380")]))
    assert empty.get("organisation", (None, 0.0))[1] < REVIEW_THRESHOLD


@pytest.mark.parametrize("label", ["Officiële naam van de groep", "Nom officiel de l'association"])
def test_which_name_a_label_asks_for_does_not_hide_whose_it_is(label: str) -> None:
    assert (match_label(label) or ("",))[0] == "organisation"


def test_a_sections_whole_content_beside_its_heading_is_no_name() -> None:
    fields = _fields(_docx([
        ("1. De aanvrager", "1.1 Naam van de ouderraad of vereniging\nOuderraad Basisschool De Klaproos"),
        ("3. Contact", "Let op: de contactpersoon ontvangt alle briefwisseling over de aanvraag.\n"
                       "3.1 Wie dient de aanvraag in?\nde werkgroep Groene Speelplaats van de ouderraad\n"
                       "3.2 Wie is de contactpersoon?\nTine Descamps"),
    ]))
    group = fields.get("organisation")
    assert group is None or "?" not in str(group[0])


def test_a_table_of_the_board_gives_the_contact_the_row_a_label_names() -> None:
    # one row per member; the chair's row first; "Personne à contacter" under the table names the secretary
    document = parse_document(word_form([
        ("Fonction", "Nom", "Téléphone", "Courriel"),
        ("Président", "Hervé Lefebvre", "03 28 48 30 16", "herve.lefebvre@example.com"),
        ("Secrétaire", "Marie-Christine Deroo", "06 80 14 27 56", "mc.deroo@example.org"),
        ("Trésorier", "Patrick Goudeseune", "06 11 72 40 83", "p.goudeseune@example.net"),
    ], paragraphs=("Nom de l'association : Les Ateliers du Moulin Blanc",
                   "Personne à contacter : Marie-Christine Deroo (secrétaire)")), "formulaire.docx")
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    assert values["contact_name"] == "Marie-Christine Deroo"
    assert values["phone"] == "+33680142756" and values["email"] == "mc.deroo@example.org"


def test_a_table_of_people_whose_role_column_names_the_contact() -> None:
    values = _values(word_form([
        ("Naam", "Functie", "Telefoon", "E-mail"),
        ("Dirk Vanrobaeys", "voorzitter", "057 38 81 40", "dirk.vanrobaeys@example.net"),
        ("Lieve Bollengier", "secretaris", "0472 55 18 07", "lieve.bollengier@example.org"),
        ("Tom Decrock", "contactpersoon project", "0485 21 66 39", "tom.decrock@example.com"),
    ], [("Omschrijving uitgave", "Bedrag"), ("Natuurlijke speelelementen", "€ 6.850"),
        ("Zitbanken", "€ 2.430"), ("Totaal kostprijs project", "€ 9.280")],
        paragraphs=("1. Aanvrager", "Naam vereniging / buurtcomité: Buurtcomité Hoppeveld Watou",
                    "Gevraagde subsidie: € 7.500,-")))
    assert values["organisation"] == "Buurtcomité Hoppeveld Watou"
    assert values["contact_name"] == "Tom Decrock" and values["phone"] == "+32485216639"
    assert values["email"] == "tom.decrock@example.com"
    # "Omschrijving uitgave | Bedrag" heads the budget: its first line is no bare amount asked
    assert values["requested_amount"] == "7500.00" and values["total_budget"] == "9280.00"


def test_a_form_laid_out_as_one_table_of_sections_and_their_labelled_lines() -> None:
    values = _values(_docx([
        ("1. Aanvrager", "Naam van de vereniging of groep: Dorpsraad Proven\nContactpersoon: Marleen Vandenbussche\n"
                         "Adres: Lindenhofstraat 31, 8972 Proven\nTelefoon/GSM: 0476 / 33 80 12\n"
                         "Rechtsvorm: feitelijke vereniging (dorpsraad erkend door de stad)"),
        ("2. Projectidee", "Titel: Proven Proeft – dorpsontmoetingspunt in de oude pastorie\n"
                           "Wat willen jullie doen? De benedenverdieping van de pastorie inrichten."),
        ("3. Ondertekening", "Naam: Marleen Vandenbussche\tDatum: 12 juni 2019"),
    ]))
    assert values["organisation"] == "Dorpsraad Proven" and values["contact_name"] == "Marleen Vandenbussche"
    assert values["address"] == "Lindenhofstraat 31" and values["phone"] == "+32476338012"
    assert values["project_title"] == "Proven Proeft – dorpsontmoetingspunt in de oude pastorie"


def test_a_section_cell_that_starts_with_a_label_of_none_of_our_fields() -> None:
    # "Voorzitter: ..." and "Rechtsvorm: ..." are boxes of the form's own: they neither hide the labelled lines
    # under them nor run on into the answer above them
    values = _values(_docx([
        ("Organisatie", "Naam vereniging: Handzaamse Dorpsgilde\nRechtsvorm: feitelijke vereniging\n"
                        "Aantal leden: 64"),
        ("Contact", "Voorzitter: Rik Dewitte\nContactpersoon: Lieve Claeys\nTelefoon: 051 56 73 02"),
    ]))
    assert values["organisation"] == "Handzaamse Dorpsgilde"
    assert values["contact_name"] == "Lieve Claeys" and values["phone"] == "+3251567302"


def test_the_contact_s_row_that_points_to_the_chair_s_gives_the_chair() -> None:
    fields = _fields(_docx([
        ("Naam buurtcomité / vereniging", "Buurtcomité Hooiweide Vladslo"),
        ("Functie", "Naam", "GSM / tel.", "E-mail"),
        ("Voorzitter", "Hilde Verbrugghe", "0494 12 73 58", "hilde.verbrugghe@example.org"),
        ("Penningmeester", "Wim Ryckebusch", "051 50 33 91", "wim.ryckebusch@example.net"),
        ("Contactpersoon", "idem voorzitter"),
        ("Gevraagde toelage (in EUR)", "6.200,00"),
    ]))
    # the form says so: the chair's phone is the contact's, not a stand-in to check
    assert fields["contact_name"] == ("Hilde Verbrugghe", 0.9) and fields["phone"] == ("+32494127358", 0.9)
    assert fields["requested_amount"][0] == "6200.00"


@pytest.mark.parametrize(("label", "field"), [("Contact mail", "email"), ("Contact tél.", "phone"),
                                              ("Contactpersoon telefoon", "phone"), ("Contact nom", "contact_name")])
def test_a_contact_s_label_followed_by_what_it_asks_of_them(label: str, field: str) -> None:
    assert match_label(label) is not None and match_label(label)[0] == field  # type: ignore[index]


@pytest.mark.parametrize("answer", ["nvt – ik dien in als privépersoon", "néant (particulier)", "Geen, ik ben bewoner"])
def test_a_group_s_box_answered_none_and_why_names_no_group(answer: str) -> None:
    values = _values(_docx([("Naam vereniging", answer), ("Contactpersoon", "Koen Vermeersch"),
                            ("Gevraagd bedrag", "3 250 euro")]))
    assert "organisation" not in values and values["contact_name"] == "Koen Vermeersch"


@pytest.mark.parametrize(("rows", "postcode", "place"), [
    ([("PC", "8650"), ("Woonplaats", "Merkem")], "8650", "Houthulst"),
    ([("5. PC / Gemeente", "8600 Esen")], "8600", "Diksmuide"),
])
def test_pc_is_the_postcode_s_label(rows: list[tuple[str, str]], postcode: str, place: str) -> None:
    values = _values(_docx([("Naam organisatie", "Landelijke Gilde Esen"), *rows]))
    assert values["postcode"] == postcode and values["municipality"] == place


@pytest.mark.parametrize(("answer", "title"), [
    ("Potager pédagogique ouvert aux habitants", "Potager pédagogique ouvert aux habitants"),
    ("Nous aménageons un potager ouvert aux habitants.", None),  # a sentence: a description, no name
    ("Un potager pédagogique, ouvert aux habitants du quartier, avec des bacs surélevés pour les aînés", None),
])
def test_a_form_that_asks_no_title_only_a_few_words_offers_those_words_as_the_title_to_check(
        answer: str, title: str | None) -> None:
    fields = _fields(_docx([("Nom de la structure", "École Les Petits Moulins"), ("Nom du contact", "Benoît Hochart"),
                            ("Votre projet en quelques mots", answer), ("Participation demandée", "8400")]))
    if title is None:
        assert "project_title" not in fields
    else:
        assert fields["project_title"][0] == title and fields["project_title"][1] < REVIEW_THRESHOLD


def test_the_chair_s_phone_row_above_the_referent_s_is_not_the_contact_s() -> None:
    values = _values(_docx([("Nom de la structure", "Union commerciale de Boeschepe"), ("Président", "Didier Samyn"),
                            ("Tél. président", "06 09 55 31 48"), ("Référente du projet", "Céline Ryckebusch"),
                            ("Tél. référente", "03 28 49 36 82"), ("Mail référente", "celine.r@example.com")]))
    assert (values["contact_name"], values["phone"], values["email"]) == (
        "Céline Ryckebusch", "+33328493682", "celine.r@example.com")


def test_the_grant_s_income_line_a_label_also_asks_with_the_same_amount_is_sure() -> None:
    # the request asked on a line of the letter ("Gevraagd bedrag: 3.250 euro"), the budget a table under it
    fields = _fields(word_form(
        [("Kosten", "EUR", "Inkomsten", "EUR"), ("Onderzoek en interviews", "350", "Eigen inbreng", "1 850"),
         ("Vormgeving wandelkaart", "1 200", "Partons 2.0 (gevraagd)", "3 250"), ("Drukwerk", "3 550", "", ""),
         ("Totaal", "5 100", "Totaal", "5 100")],
        paragraphs=("Naam vereniging: Gepensioneerde Leerkrachten Oostduinkerke", "Contactpersoon: Marc Lietaert",
                    "Gevraagd bedrag: 3.250 euro")))
    assert fields["requested_amount"][0] == "3250.00" and fields["requested_amount"][1] >= REVIEW_THRESHOLD


@pytest.mark.parametrize(("rows", "group"), [
    ([("Naam van de school", "VBS De Hoppebel"), ("Contactpersoon", "Griet Decock")], "VBS De Hoppebel"),
    # a parents' council's form asks the school and the council apart: the council applies
    ([("Naam school", "VBS De Hoppebel"), ("Naam ouderraad / oudercomité", "Oudervereniging VBS De Hoppebel"),
      ("Contactpersoon", "Griet Decock")], "Oudervereniging VBS De Hoppebel"),
])
def test_a_school_s_name_is_the_group_s_only_where_no_other_group_is_named(rows: list[tuple[str, str]],
                                                                           group: str) -> None:
    values = _values(_docx(rows))
    assert values["organisation"] == group and values["contact_name"] == "Griet Decock"
