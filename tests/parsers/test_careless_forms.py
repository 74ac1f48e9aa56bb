"""Forms filled in as busy volunteers fill them, and forms another body made, reused for this call: a name typed
in small letters or by its initials, a placeholder left in a box, "zie contactpersoon", the phone and e-mail in
each other's boxes, a total left for the reader to add up, the chair's line saying it is not the contact's, a
form's parts headed "Rubriek 2 –"."""

from __future__ import annotations

import io
from types import MappingProxyType

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers import parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.fields import Harvest
from parsers.labels import REPRESENTATIVE, heading_length, match_label, section_of, whose
from parsers.merge import merge_fields
from parsers.model import BODY, FieldValue, ParsedDocument
from parsers.name_case import person_in_small_letters
from tests.parsers.format_samples import docx_lines, fillable_pdf, opendocument_zip, word_form, word_sections


def _contact(name: str, confidence: float = 0.9) -> dict[str, FieldValue]:
    return {"contact_name": FieldValue("contact_name", name, "table", confidence)}


def test_a_contact_s_name_typed_in_small_letters_is_written_with_its_capitals() -> None:
    assert person_in_small_letters(_contact("amandine caron"))["contact_name"] \
        == FieldValue("contact_name", "Amandine Caron", "table", 0.9)
    assert person_in_small_letters(_contact("jean-luc verhaeghe"))["contact_name"].value == "Jean-Luc Verhaeghe"
    # a surname's small words: written as Belgians write them, but which way this person does is to check
    small = person_in_small_letters(_contact("stijn van den broucke"))["contact_name"]
    assert small.value == "Stijn Van den Broucke" and small.confidence < REVIEW_THRESHOLD
    assert person_in_small_letters(_contact("wim d'hondt"))["contact_name"].value == "Wim D'hondt"
    assert person_in_small_letters(_contact("Bart Lefevere")) == _contact("Bart Lefevere")
    fields = parse_document(word_form([("Naam + voornaam", "bart lefevere"), ("E-mail", "bart@example.org")]),
                            "formulier.docx").fields
    assert fields["contact_name"].value == "Bart Lefevere"


def test_a_contact_named_by_initials_is_the_person_the_mail_names_in_full() -> None:
    form = ParsedDocument("formulaire.pdf", "application/pdf", "parsed", None, "fr",
                          MappingProxyType(_contact("S. Delattre", 0.9)))
    mail = ParsedDocument("(body)", "text/plain", "parsed", None, "fr",
                          MappingProxyType({"contact_name": FieldValue("contact_name", "Sylvie Delattre", BODY, 0.75)}))
    assert merge_fields([mail, form])["contact_name"] == FieldValue("contact_name", "Sylvie Delattre", "table", 0.9)
    hyphened = ParsedDocument("f.pdf", "application/pdf", "parsed", None, "fr",
                              MappingProxyType(_contact("J-L Verhaeghe", 0.95)))
    signed = ParsedDocument("(body)", "text/plain", "parsed", None, "fr", MappingProxyType(
        {"contact_name": FieldValue("contact_name", "Jean-Luc Verhaeghe", BODY, 0.75)}))
    assert merge_fields([signed, hyphened])["contact_name"].value == "Jean-Luc Verhaeghe"
    # another person of that surname is no writing-out of these initials
    other = ParsedDocument("(body)", "text/plain", "parsed", None, "fr", MappingProxyType(
        {"contact_name": FieldValue("contact_name", "Marc Delattre", BODY, 0.75)}))
    assert merge_fields([other, form])["contact_name"].value == "S. Delattre"


def test_a_placeholder_or_a_label_left_in_a_box_is_no_name() -> None:
    fields = parse_document(word_form([("Naam van de organisatie / groep", "[naam vereniging]"),
                                       ("Juridische vorm + ondernemingsnr. (indien van toepassing)",
                                        "feitelijke vereniging"),
                                       ("Naam + voornaam", "Verbeke Ward"),
                                       ("Tweede contactpersoon (naam, tel.)", "Naam + voornaam"),
                                       ("Titel van het project", "Samentuin achter de pastorie")]),
                            "formulier.docx").fields
    # neither the placeholder nor the next row ("Juridische vorm ... feitelijke vereniging") is the group's name
    assert "organisation" not in fields
    assert fields["contact_name"].value == "Ward Verbeke"


def test_a_label_typed_as_a_second_person_s_answer_is_no_contact() -> None:
    harvest = Harvest()
    harvest.add("contact_name", "Naam + voornaam", "table", 0.95)  # the label copied into the box, as a hint
    harvest.add("organisation", "[naam vereniging]", "table", 0.95)
    harvest.add("organisation", "Nom du groupe ou de l'association", "label", 0.8)  # alternatives in words
    assert harvest.candidates == []
    fields = parse_document(docx_lines([
        "AANVRAAGFORMULIER PROJECTIDEE", "1. De aanvrager (organisatie, vereniging, groep bewoners)",
        "Naam van de organisatie / groep: Vlaamse Babbelkring 't Meulenhuis ..............",
        "2. Contactpersoon voor deze aanvraag", "Naam + voornaam: Joris Bollengier ......................",
        "Functie in de organisatie: secretaris .........................",
        "Telefoon / gsm: (bv. 0470 00 00 00) ......................................................................",
        "E-mail: joris.bollengier@example.net ................",
        "Tweede contactpersoon (naam, tel.): Naam + voornaam .......................",
        "3. Het project", "Titel van het project: Vlaamse babbelnamiddagen in 't Meulenhuis .........."]),
        "formulier.docx").fields
    assert fields["contact_name"].value == "Joris Bollengier"


def test_a_box_that_sends_the_reader_to_another_gives_nothing_of_its_own() -> None:
    fields = parse_document(word_form([("Naam van de organisatie", "zie contactpersoon"),
                                       ("Contactpersoon", "Hilde Desmet (voorzitster Oudercomité Sint-Jozef Watou)"),
                                       ("Titel van het project", "Een groen schoolplein")]), "aanvraag.docx").fields
    # the group she speaks for, named in passing in her brackets: to check
    assert fields["organisation"].value == "Oudercomité Sint-Jozef Watou"
    assert fields["organisation"].confidence < REVIEW_THRESHOLD
    assert fields["contact_name"].value == "Hilde Desmet"


def test_a_phone_and_an_e_mail_typed_in_each_other_s_box_are_read_by_what_they_are() -> None:
    draw = [(40, 40, "Naam + voornaam"), (40, 60, "Telefoon / gsm"), (40, 80, "E-mail"),
            (40, 120, "Opmerkingen")]
    boxes = [("contact", 200, 40, 250, 16, "Hilde Desmet"), ("tel", 200, 60, 250, 16, "hilde@example.com"),
             ("mail", 200, 80, 250, 16, "0473 90 16 25"),
             ("remarks", 200, 120, 250, 16, "Sorry, telefoon en e-mail zijn van vak verwisseld!")]
    fields = parse_document(fillable_pdf(draw, boxes), "aanvraag.pdf").fields
    assert fields["email"].value == "hilde@example.com"
    assert fields["phone"].value == "+32473901625"


def test_a_total_left_empty_under_its_cost_lines_is_their_sum_to_check() -> None:
    rows = [("Poste de dépense", "Montant (EUR)"), ("Arbres fruitiers et tuteurs", "1 840 €"),
            ("Outils de jardinage", "960 €"), ("Clôture et portillon", "2 350 €"), ("Coût total du projet", ""),
            ("Montant demandé à Partons 2.0", "4 000 €")]
    fields = parse_document(word_form(rows, paragraphs=("4. Budget prévisionnel",)), "budget.docx").fields
    assert fields["total_budget"].value == 5150
    assert fields["total_budget"].confidence < REVIEW_THRESHOLD  # worked out, never stated


def test_the_chair_s_line_that_says_it_is_not_the_contact_s_gives_the_contact_no_phone() -> None:
    assert whose("Voorzitter (naam, tel., e-mail) - indien niet de contactpersoon") == REPRESENTATIVE
    assert whose("Président(e) (nom, tél., courriel) - si différent du contact") == REPRESENTATIVE
    assert whose("E-mail contactpersoon (als die verschilt van de aanvrager)") == "contact_name"
    fields = parse_document(docx_lines([
        "Aanvraagformulier", "Naam van de organisatie / groep: Babbelkring 't Meulenhuis",
        "Naam + voornaam: Joris Bollengier", "Telefoon / gsm: ......", "E-mail: joris@example.net",
        "Voorzitter (naam, tel., e-mail) - indien niet de contactpersoon: Marie Ryckebusch, voorzitster, "
        "03 28 68 14 50"]), "formulier.docx").fields
    assert fields.get("phone") is None or fields["phone"].value != "+33328681450"
    # a bare role's line is no other person's for certain: the secretary may be the one who writes
    fields = parse_document(docx_lines([
        "Demande d'aide – projets des clubs", "Nom du club / de l'association : Les Marcheurs du Mont",
        "Président : Gérard Hennebelle", "Secrétaire : Isabelle Bollaert – 06 45 90 21 37",
        "Montant demandé : 3 500 euros", "Comité départemental de randonnée – 03 20 44 10 10"]), "demande.docx").fields
    assert fields["phone"].value == "+33645902137"


def test_a_form_s_parts_headed_with_their_number_say_whose_boxes_follow() -> None:
    assert heading_length("Rubriek 2 – Verantwoordelijke van de vereniging (voorzitter)")
    assert section_of("Rubriek 2 – Verantwoordelijke van de vereniging (voorzitter)") == REPRESENTATIVE
    assert section_of("Rubriek 3 – Contactpersoon voor dit dossier") == "contact_name"
    assert section_of("Functie in de vereniging") is None  # a person's box, no section
    fields = parse_document(word_sections(
        ("Rubriek 2 – Verantwoordelijke van de vereniging (voorzitter)",
         [("Naam en voornaam", "Marc Verhaeghe"), ("Telefoon", "057 40 12 83"),
          ("E-mail", "marc.verhaeghe@example.net")]),
        ("Rubriek 3 – Contactpersoon voor dit dossier",
         [("Naam en voornaam", "Lies Vanneste"), ("Functie in de vereniging", "secretaris"),
          ("GSM", "0478/52.19.06"), ("E-mail", "lies.vanneste@example.org")]),
        paragraphs=("Aanvraagformulier projectsubsidie voor verenigingen",)), "formulier.docx").fields
    assert fields["contact_name"].value == "Lies Vanneste"
    assert fields["phone"].value == "+32478521906"
    assert fields["email"].value == "lies.vanneste@example.org"


def test_a_postcode_alone_in_the_first_of_two_boxes_under_a_postcode_and_place_label() -> None:
    draw = [(40, 40, "Adresse / Adres"), (40, 80, "Postcode Gemeente / Code postal Commune")]
    boxes = [("street", 200, 40, 250, 16, "7 route de Winnezeele"), ("pc", 250, 80, 60, 16, "59114"),
             ("city", 320, 80, 150, 16, "Steenvoorde")]
    fields = parse_document(fillable_pdf(draw, boxes), "fiche.pdf").fields
    assert fields["postcode"].value == "59114"
    assert fields["municipality"].value == "Steenvoorde"


def test_an_answer_struck_through_in_word_is_the_one_corrected_not_the_one_meant() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Nom + prénom", "Hélène Vandenbussche"
    table.cell(1, 0).text, table.cell(2, 0).text = "Téléphone", "Courriel"
    for row, (wrong, right) in ((1, ("03 28 68 40 12", "06 45 18 77 30")),
                                (2, ("helene.vdb@example.net", "helene.vandenbussche@example.net"))):
        paragraph = table.cell(row, 1).paragraphs[0]
        paragraph.add_run(wrong).font.strike = True
        paragraph.add_run(f" {right}")
    buffer = io.BytesIO()
    document.save(buffer)
    fields = parse_document(buffer.getvalue(), "formulaire.docx").fields
    assert fields["phone"].value == "+33645187730"
    assert fields["email"].value == "helene.vandenbussche@example.net"


def test_an_answer_struck_through_in_writer_is_the_one_corrected_not_the_one_meant() -> None:
    namespaces = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')

    def row(label: str, value: str) -> str:
        return (f"<table:table-row><table:table-cell><text:p>{label}</text:p></table:table-cell>"
                f"<table:table-cell><text:p>{value}</text:p></table:table-cell></table:table-row>")

    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {namespaces}>'
               '<office:automatic-styles><style:style style:name="Strike" style:family="text">'
               '<style:text-properties style:text-line-through-style="solid"/></style:style>'
               '</office:automatic-styles><office:body><office:text><table:table>'
               + row("Nom + prénom", "Hélène Vandenbussche")
               + row("Courriel", '<text:span text:style-name="Strike">helene.vdb@example.net</text:span> '
                                 'helene.vandenbussche@example.net')
               + "</table:table></office:text></office:body></office:document-content>")
    odt = opendocument_zip("application/vnd.oasis.opendocument.text", {"content.xml": content})
    fields = parse_document(odt, "formulaire.odt").fields
    assert fields["email"].value == "helene.vandenbussche@example.net"


def test_an_answer_struck_through_on_a_printed_page_is_the_one_corrected_not_the_one_meant() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    rows = [("Nom de l'organisation", "Comité des fêtes d'Oost-Cappel", ""),
            ("Nom + prénom", "Hélène Vandenbussche", ""),
            ("Téléphone", "03 28 68 40 12", "06 45 18 77 30"),
            ("Courriel", "helene.vdb@example.net", "helene.vandenbussche@example.net")]
    for index, (label, first, second) in enumerate(rows):
        y = A4[1] - 100 - 20 * index
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, y, label)
        pdf.setFont("Courier", 10)
        pdf.drawString(220, y, f"{first} {second}".strip())
        if second:  # the first answer struck through, the second typed after it
            pdf.line(219, y + 3, 220 + pdf.stringWidth(first, "Courier", 10) + 1, y + 3)
    pdf.showPage()
    pdf.save()
    fields = parse_document(buffer.getvalue(), "formulaire.pdf").fields
    assert fields["phone"].value == "+33645187730"
    assert fields["email"].value == "helene.vandenbussche@example.net"


def test_a_form_typed_in_block_capitals_is_written_as_a_coordinator_writes_it() -> None:
    fields = parse_document(word_form([("Naam vereniging", "VZW DORPSRAAD WATOU"), ("Adres", "ZUIDHOEKSTRAAT 18"),
                                       ("Postcode en gemeente", "8978 WATOU"),
                                       ("Titel van het project", "TRAGE WEGEN WANDELKAART WATOU")]),
                            "formulier.docx").fields
    assert fields["organisation"].value == "vzw Dorpsraad Watou"
    assert fields["address"].value == "Zuidhoekstraat 18"
    assert fields["project_title"].value == "Trage wegen wandelkaart Watou"
    # which words of a name or a title take a capital is a guess: the coordinator's to confirm
    assert fields["project_title"].confidence < REVIEW_THRESHOLD
    # one name in capitals alone is written so by its group
    fields = parse_document(word_form([("Naam vereniging", "KWB MERKEM"), ("Adres", "Kerkstraat 3")]),
                            "formulier.docx").fields
    assert fields["organisation"].value == "KWB MERKEM"


def test_a_phone_corrected_in_its_box_is_the_second_number_to_check() -> None:
    fields = parse_document(docx_lines([
        "Aanvraagformulier", "Naam vereniging: Buurtvereniging Witte Duinen", "Contactpersoon: Rita Maes",
        "GSM: 0478 22 31 90 -> sorry fout, moet 0478 22 31 09 zijn", "Titel: Buurtbarbecue"]), "formulier.docx").fields
    assert fields["phone"].value == "+32478223109"
    assert fields["phone"].confidence < REVIEW_THRESHOLD
    # two numbers side by side with no word of a correction are two numbers: the second is no correction
    fields = parse_document(docx_lines(["Aanvraagformulier", "Contactpersoon: Rita Maes",
                                        "GSM: 0478 22 31 90 of 058 41 27 63"]), "formulier.docx").fields
    assert fields.get("phone") is None or fields["phone"].value != "+3258412763"


def test_the_applicant_s_boxes_on_another_body_s_form_are_the_contact_s_not_the_second_person_s() -> None:
    assert match_label("Indiener – telefoon") == ("phone", "nl")
    assert match_label("Demandeur – courriel")[0] == "email"
    draw = [(40, 40, "Naam van de groep / vereniging"), (40, 60, "Indiener – naam"), (40, 80, "Indiener – telefoon"),
            (40, 100, "Indiener – e-mail"), (40, 120, "Tweede contactpersoon – naam"),
            (40, 140, "Tweede contactpersoon – telefoon"), (40, 160, "Tweede contactpersoon – e-mail")]
    boxes = [("veld1", 230, 40, 250, 16, "Bewonersgroep Kasteelhoek"),
             ("veld5", 230, 60, 250, 16, "Griet Vandenbussche"),
             ("veld6", 230, 80, 250, 16, "057 46 83 20"), ("veld7", 230, 100, 250, 16, "griet@example.com"),
             ("veld8", 230, 120, 250, 16, "Tom Lermyte"), ("veld9", 230, 140, 250, 16, "0494 27 60 13"),
             ("veld10", 230, 160, 250, 16, "tom.lermyte@example.net")]
    fields = parse_document(fillable_pdf(draw, boxes), "buurtfonds.pdf").fields
    assert fields["contact_name"].value == "Griet Vandenbussche"
    assert fields["phone"].value == "+3257468320"
    assert fields["email"].value == "griet@example.com"


def test_the_contact_a_form_ticks_among_the_board_s_roles_is_that_role_s_block() -> None:
    fields = parse_document(docx_lines([
        "Projectidee indienen", "Naam organisatie: Oudercomité De Wegwijzer", "Telefoon: 057/63.31.89",
        "E-mail: info.wegwijzer@example.com", "Wie is de contactpersoon voor dit dossier?", "☐ Voorzitter",
        "☐ Secretaris", "☒ Penningmeester", "Voorzitter", "    Naam: Ilse Delanghe", "    Telefoon: 0495/64.55.91",
        "    E-mail: ilse.delanghe@example.org", "Penningmeester", "    Naam: Bram Soete",
        "    Telefoon: 0471/40.72.28", "    E-mail: bram.soete79@example.net", "Jullie projectidee",
        "Titel van het project: Schoolpoort wordt dorpsplein"]), "formulier.docx").fields
    assert fields["contact_name"].value == "Bram Soete"
    assert fields["phone"].value == "+32471407228" and fields["email"].value == "bram.soete79@example.net"
    fields = parse_document(docx_lines([
        "Déposer une idée de projet", "Nom de l'association : Les Deux Monts", "Téléphone : 057/79.32.14",
        "Qui est la personne de contact pour ce dossier ?", "☐ Président(e)", "☐ Secrétaire",
        "☒ Autre personne (compléter le cadre « Autre personne de contact »)", "Président(e)",
        "    Nom : Pascal Mahieu", "    Téléphone : 0475/77.20.90", "Autre personne de contact",
        "    Nom : Gilbert Verhaeghe", "    Téléphone : 0479/43.67.95", "Votre idée de projet"]), "fiche.docx").fields
    assert fields["contact_name"].value == "Gilbert Verhaeghe" and fields["phone"].value == "+32479436795"


def test_a_board_table_says_its_contact_by_a_yes_or_a_cross_whatever_the_roles() -> None:
    by_column = [("", "Voorzitter", "Secretaris", "Penningmeester", "Projectleider"),
                 ("Naam", "Ward Rommel", "Wim Lefevere", "Inge Vandamme", "Maarten Deprez"),
                 ("Adres", "Dikkebusseweg 82", "Hopstraat 137", "Vleterenstraat 66", "Molenstraat 104"),
                 ("Telefoon", "0472 12 05 44", "0471 18 15 63", "0487 05 51 72", "0476 18 25 23"),
                 ("E-mail", "ward@example.net", "wim@example.net", "inge@example.com", "maarten@example.org"),
                 ("Contactpersoon voor dit dossier?", "nee", "ja", "nee", "nee")]
    fields = parse_document(word_form([("Naam organisatie", "Heemkring Tabak en Leie vzw"),
                                       ("Ondernemingsnummer", ""), ("Algemeen e-mailadres", "contact@example.org")],
                                      by_column), "aanvraag.docx").fields
    assert fields["contact_name"].value == "Wim Lefevere" and fields["phone"].value == "+32471181563"
    french = [("", "Président(e)", "Secrétaire", "Trésorier(ère)", "Chef de projet"), *(
        (label, *values) for label, *values in by_column[1:-1]), ("Personne à contacter ?", "non", "non", "oui", "non")]
    fields = parse_document(word_form(french), "dossier.docx").fields
    assert fields["contact_name"].value == "Inge Vandamme"
    by_row = [("Functie", "Naam", "Telefoon", "E-mail", "Contact dossier"),
              ("Voorzitter", "Riet Deprez", "0472 18 87 65", "riet@example.net", "X"),
              ("Secretaris", "Margot Delanghe", "057 25 16 01", "margot@example.net", ""),
              ("Projectverantwoordelijke", "Inge Boudry", "0473 24 88 72", "inge@example.com", "")]
    fields = parse_document(word_form(by_row), "aanvraag.docx").fields
    assert fields["contact_name"].value == "Riet Deprez" and fields["email"].value == "riet@example.net"
    by_row = [("Fonction", "Nom", "Téléphone", "Courriel", "Personne à contacter"),
              ("Président", "Régis Outtier", "03 28 49 11 20", "regis@example.net", ""),
              ("Secrétaire", "Céline Devulder", "07 52 27 72 86", "celine@example.net", "X"),
              ("Responsable du projet", "Patrice Verbeke", "06 56 12 58 24", "patrice@example.net", "")]
    fields = parse_document(word_form(by_row), "dossier.docx").fields
    assert fields["contact_name"].value == "Céline Devulder" and fields["phone"].value == "+33752277286"


def test_a_group_s_box_left_unanswered_does_not_end_the_group_s_section() -> None:
    fields = parse_document(word_sections(
        ("1. De organisatie", [("Naam van de organisatie", "Buurtvereniging Duinenwijk"), ("Ondernemingsnummer", ""),
                               ("Telefoon", "058 37 20 27"), ("E-mail", "info@example.net")]),
        ("2. Contactpersoon", [("Naam", "Riet Deprez"), ("Telefoon", "0472 18 87 65"),
                               ("E-mail", "riet.deprez@example.net")])), "aanvraag.docx").fields
    # the group's own number and address under its heading give way to the contact's
    assert fields["phone"].value == "+32472188765" and fields["email"].value == "riet.deprez@example.net"


def test_the_frame_of_boxes_a_fillable_form_ticks_as_the_contact_s_even_the_chair_s() -> None:
    draw = [(40, 60, "1. Identification de la structure"), (40, 80, "Nom de la structure"), (40, 100, "Téléphone"),
            (40, 140, "Président(e)"), (305, 140, "Secrétaire"), (45, 160, "Nom, prénom"), (305, 160, "Nom, prénom"),
            (45, 176, "Téléphone"), (305, 176, "Téléphone"), (45, 192, "Courriel"), (305, 192, "Courriel"),
            (58, 212, "Personne à contacter pour ce dossier"), (318, 212, "Personne à contacter pour ce dossier"),
            (40, 250, "Fait à Godewaersvelde"), (40, 266, "Nom du signataire"), (300, 266, "Qualité")]
    boxes = [("org_naam", 200, 78, 300, 14, "Les Jardins partagés du Mont des Cats"),
             ("org_tel", 200, 98, 120, 14, "03.20.64.70.72"),
             ("cadre1_a", 125, 158, 163, 14, "Céline Devulder"), ("cadre2_a", 385, 158, 163, 14, "Laurent Bollengier"),
             ("cadre1_d", 125, 174, 163, 14, "07.52.27.72.86"), ("cadre2_d", 385, 174, 163, 14, "07.55.25.62.49"),
             ("cadre1_e", 125, 190, 163, 14, "c.devulder@example.net"),
             ("cadre2_e", 385, 190, 163, 14, "laurent@example.org"),
             ("signataire", 160, 264, 120, 14, "Céline Devulder"), ("qualite", 350, 264, 120, 14, "présidente")]
    checks = [("Case1", 45, 210, True), ("Case2", 305, 210, False)]
    fields = parse_document(fillable_pdf(draw, boxes, checks=checks), "candidature.pdf").fields
    assert fields["contact_name"].value == "Céline Devulder"
    assert fields["phone"].value == "+33752277286" and fields["email"].value == "c.devulder@example.net"


def test_a_rule_the_page_prints_through_a_line_of_text_strikes_nothing_out() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 10)
    for index, (label, value) in enumerate((("Nom de l'association", "Les Amis du Moulin"),
                                            ("Téléphone", "06 45 18 77 30"), ("Courriel", "amis@example.net"))):
        y = A4[1] - 100 - 20 * index
        pdf.drawString(60, y, label)
        pdf.drawString(220, y, value)
        pdf.line(58, y + 3, 555, y + 3)  # a table's rule drawn through its row, not a pen's stroke
    pdf.showPage()
    pdf.save()
    fields = parse_document(buffer.getvalue(), "fiche.pdf").fields
    assert fields["phone"].value == "+33645187730" and fields["email"].value == "amis@example.net"


def test_markup_an_applicant_typed_in_a_name_s_box_is_kept_as_written_not_taken_for_a_placeholder() -> None:
    for typed in ("<script>", '<img src=x onerror=alert("organisation")>'):
        harvest = Harvest()
        harvest.add("organisation", typed, "table", 0.95)
        assert [c.value for c in harvest.candidates] == [typed]
