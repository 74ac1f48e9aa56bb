"""Golden cases for what people write instead of filling in boxes: the organisation in a sentence or under
the signature, one-line contact details, the amount asked after the total and the own share, and a
"Porteur de projet" that names a person or a group."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers import field_to_json, parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.model import LABEL
from parsers.prose import (
    looks_like_organisation,
    looks_like_person,
    organisations_in_sentences,
    split_contact_line,
    unwrap,
)


def _fields(text: str) -> dict[str, object]:
    document = parse_document(text.encode(), "mail.txt")
    return {name: field_to_json(field)["value"] for name, field in document.fields.items()}


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("Namens vzw De Groene Loper dien ik ons idee in.", "vzw De Groene Loper"),
    ("Ik schrijf u in naam van Buurtcomité Het Klokhuis uit Watou.", "Buurtcomité Het Klokhuis"),
    ("Als voorzitter van de Dorpsraad Kemmel wil ik een idee voorstellen.", "Dorpsraad Kemmel"),
    ("Je vous écris au nom du Comité de quartier Saint-Martin, à Bergues.", "Comité de quartier Saint-Martin"),
    ("J'écris pour l'association Les Amis du Moulin qui souhaite restaurer le moulin.",
     "Association Les Amis du Moulin"),
    ("En tant que présidente de l'Amicale Laïque de Killem, je dépose notre projet.", "Amicale Laïque de Killem"),
    ("Namens Landelijke Gilde Zarren wil ik graag ons idee indienen.", "Landelijke Gilde Zarren"),
    ("Ik ben vrijwilliger bij KVLV Krombeke en we hebben een idee.", "KVLV Krombeke"),
    ("Veuillez trouver ci-dessous notre idée de projet pour Les Amis de Winnezeele.", "Les Amis de Winnezeele"),
    ("Als bestuurslid van vzw 't Ros Beiaard stel ik u ons project voor.", "vzw 't Ros Beiaard"),
    ("Wie zijn we? Scouts en Gidsen Diksmuide is een vereniging uit Diksmuide.", "Scouts en Gidsen Diksmuide"),
    ("In naam van het bestuur van Gezinsbond Bovekerke wil ik ons idee voorstellen.", "Gezinsbond Bovekerke"),
    # the kind of group first, its name after the comma; the group as the sentence's subject
    ("Namens onze vereniging, De Zonnebloem Alveringem, stuur ik u ons idee.", "De Zonnebloem Alveringem"),
    ("Bonjour. L'association Les Amis du Mont Noir souhaite vous présenter son projet.",
     "Association Les Amis du Mont Noir"),
    ("Beste. Vzw Dorpsleven Reninge dient hierbij een projectidee in.", "Vzw Dorpsleven Reninge"),
    ("Je vous écris pour le compte de l'association Bergues Patrimoine.", "Association Bergues Patrimoine"),
    ("Beste. Onze vzw, Den Uyl, vraagt steun voor een speelplein.", "Den Uyl"),
    ("Madame. Le Club des aînés de Killem a le plaisir de vous présenter son projet.", "Club des aînés de Killem"),
])
def test_the_organisation_named_in_a_sentence(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("In bijlage de aanvraag van het buurtcomité De Kapelhoek uit Westvleteren.", "Buurtcomité De Kapelhoek"),
    ("Veuillez trouver ci-dessous la candidature du comité des fêtes de Hondeghem.", "Comité des fêtes de Hondeghem"),
    ("Het buurthuis wordt opengehouden door de vzw De Vijver.", "vzw De Vijver"),
    ("Le projet est porté par le collectif Les Voisins d'Abord.", "Collectif Les Voisins d'Abord"),
])
def test_whose_application_or_work_it_is_names_the_group(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]


@pytest.mark.parametrize("sentence", [
    "Met een paar buren (we zijn geen vereniging, gewoon bewoners van de straat) willen we het pleintje opknappen.",
    "Nous sommes pas une association, juste des voisins.",
    "De aanvraag van mijn buren is ook verstuurd.",  # no group's kind follows: not a group
    "Het project werd gesteund door de gemeente Alveringem.",
])
def test_what_a_group_is_not_and_who_only_supports_are_no_group(sentence: str) -> None:
    assert organisations_in_sentences(sentence) == []


def test_a_person_after_namens_is_not_an_organisation() -> None:
    assert organisations_in_sentences("Namens Jan Peeters stuur ik dit door.") == []
    assert organisations_in_sentences("namens mijn buren vraag ik steun.") == []


def test_the_line_under_the_signature_name() -> None:
    fields = _fields("Beste,\n\nWe willen een buurtfeest organiseren in Stavele.\n\nMet vriendelijke groeten,\n"
                     "Lotte Vandamme\nVoorzitter Feestcomité Stavele\nDorpsstraat 2, 8691 Alveringem\n")
    assert fields["contact_name"] == "Lotte Vandamme"
    assert fields["organisation"] == "Feestcomité Stavele"


def test_one_line_contact_details_are_split() -> None:
    fields = _fields("Contactpersoon: Jan Peeters, Kerkstraat 5, 8970 Poperinge, 0477 12 34 56, "
                     "jan.peeters@example.org\nProjecttitel: Bloemen op het plein\n")
    assert fields["contact_name"] == "Jan Peeters"
    assert fields["address"] == "Kerkstraat 5"
    assert fields["postcode"] == "8970" and fields["municipality"] == "Poperinge"
    assert fields["phone"] == "+32477123456" and fields["email"] == "jan.peeters@example.org"
    assert split_contact_line("Jan Peeters") is None


@pytest.mark.parametrize("line", ["Personne de contact : Marie Merlen, 06223140. apelelucddinedinGerempl el",
                                  "Contactpersoon: Jan Peeters, 047712345 jan peeters"])
def test_a_garbled_phone_run_into_an_address_is_no_street(line: str) -> None:
    # an OCR'd number and address run together: no street's number starts with 0; the name before it is one
    fields = _fields(f"{line}\n")
    assert "address" not in fields and fields["contact_name"] in ("Marie Merlen", "Jan Peeters")
    assert "address" not in (split_contact_line(line.partition(":")[2]) or {})


@pytest.mark.parametrize(("line", "street"), [
    ("Jan Peeters, Kerkstraat 125A/0012, 8970 Poperinge", "Kerkstraat 125A/0012"),
    ("Marie Merlen, 34 bis route de Bergues, 59122 Rexpoede", "34 bis route de Bergues"),
    ("Marie Merlen, 12 rue de la Gare 59122 Hondschoote", "12 rue de la Gare 59122 Hondschoote"),  # one piece
])
def test_a_street_with_its_number_and_box_is_still_an_address(line: str, street: str) -> None:
    assert (split_contact_line(line) or {}).get("address") == street


@pytest.mark.parametrize("line", ["Organisatie bewonersavond 3.510,50", "d'une réunion publique 5 090,00",
                                  "Location chapiteau, 720,00 €"])
def test_a_budget_line_is_no_contact_line(line: str) -> None:
    assert split_contact_line(line) is None


def test_a_budget_line_or_a_wrapped_sentence_starting_with_a_label_s_word_gives_no_field() -> None:
    fields = _fields("Geachte,\n\nWij vragen hiervoor een bijdrage van EUR 7.700,00. De totale kostprijs van het\n"
                     "project bedraagt 8.200 euro, waarvan 500 euro eigen inbreng.\n"
                     "De kosten zien er als volgt uit:\n"
                     "Organisatie bewonersavond 3.510,50\nOrganisatie\tdorpsfeest 340,00\n"
                     "Totaal 8.200,00\n\nMet vriendelijke groeten,\nJan Vanneste\nVeurnestraat 91\n8970 Poperinge\n")
    assert fields.get("address") == "Veurnestraat 91"
    assert "organisation" not in fields
    assert "bedraagt" not in str(fields.get("project_title", ""))


@pytest.mark.parametrize(("text", "requested", "total"), [
    ("We schatten de totale kost op € 12.400. Zelf brengen we € 2.900 in, dus vragen we € 9.500.",
     "9500.00", "12400.00"),
    ("Le coût total est estimé à 8 450 €. Nous apportons nous-mêmes 1 000 € ; nous sollicitons donc "
     "7 450,50 €.", "7450.50", "8450.00"),
    ("Het project kost in totaal 6.000 euro. De eigen inbreng is 500 euro. We vragen 5.500,-.",
     "5500.00", "6000.00"),
    ("Totaal budget € 9.875,25 waarvan we € 8.250,75 vragen.", "8250.75", "9875.25"),
    ("We rekenen op een totale kostprijs van ongeveer € 11 750,75 en vragen daarvoor € 6 000,00 subsidie.",
     "6000.00", "11750.75"),
    ("Le projet coûtera environ 14 500 EUR. Nous pouvons financer 6 000 EUR nous-mêmes, il nous manque donc "
     "8 500 EUR que nous vous demandons.", "8500.00", "14500.00"),
    ("De kosten lopen op tot 4.130,65 euro. Met 1.000 euro eigen inbreng blijft er 3.130,65 euro over, dat "
     "bedrag vragen we aan.", "3130.65", "4130.65"),
    ("De totale kost is 9750 EUR en we vragen het volledige bedrag aan.", "9750.00", "9750.00"),
    ("Montant total du projet : 7 250,00 euros, montant demandé : 6 750,00 euros.", "6750.00", "7250.00"),
])
def test_the_amount_asked_is_never_the_total_or_the_own_share_and_keeps_its_cents(
        text: str, requested: str, total: str) -> None:
    fields = _fields(text)
    assert fields["requested_amount"] == requested
    assert fields["total_budget"] == total


def test_porteur_de_projet_names_a_group_or_a_person_by_its_value() -> None:
    group = _fields("Porteur de projet : Comité des fêtes de Killem\nPersonne de contact : Anne Delattre\n")
    assert group["organisation"] == "Comité des fêtes de Killem" and group["contact_name"] == "Anne Delattre"
    person = _fields("Naam initiatiefnemer: Bart Vanneste\nNaam vereniging: Gilde Sint-Sebastiaan\n")
    assert person["organisation"] == "Gilde Sint-Sebastiaan" and person["contact_name"] == "Bart Vanneste"
    alone = parse_document(b"Porteur de projet : Jean Dupont\nCommune : Bergues\n", "mail.txt")
    assert alone.fields["contact_name"].value == "Jean Dupont"
    assert alone.fields["organisation"].confidence < 0.8  # a person named where a group usually is: to check


@pytest.mark.parametrize(("value", "organisation", "person"), [
    ("vzw Den Uyl", True, False), ("Buurtwerking Zuid", True, False), ("Landelijke Gilde Beveren", True, False),
    ("Association Les Jardins", True, False), ("Jean-Pierre Lemaire", False, True), ("Griet Van de Velde", False, True),
])
def test_organisation_or_person(value: str, organisation: bool, person: bool) -> None:
    assert looks_like_organisation(value) is organisation
    assert looks_like_person(value) is person


def test_a_form_laid_out_as_label_then_value_without_colons() -> None:
    html_like = ("Voici notre candidature.\nAssociation Association Oxelaëre Village\nVille Oxelaëre\n"
                 "Mail info@oxelaere.example.org\nProjet Place du village à réinventer\n")
    fields = _fields(html_like)
    assert fields["organisation"] == "Association Oxelaëre Village"
    assert fields["email"] == "info@oxelaere.example.org"
    one_line = _fields("Projet de jardin partagé pour le quartier, avec les voisins.\n")
    assert one_line.get("project_title") != "de jardin partagé pour le quartier, avec les voisins."


def test_a_letter_addressed_to_the_call_keeps_the_applicants_own_address_outside_the_region() -> None:
    # the province's address on the letter is in the region; the sender's in the Nord is still theirs
    fields = _fields("Comité des fêtes de Zermezeele\nOdile Vandaele\n12, rue de l'Église\n59190 CAËSTRE\n\n"
                     "Provincie West-Vlaanderen\nWoumenweg 100\n8600 Diksmuide (Belgique)\n\n"
                     "Madame, Monsieur,\nNous sollicitons une aide de 2.000 € pour notre fête.\n")
    assert fields["postcode"] == "59190" and fields["municipality"] == "Caëstre"
    assert fields["address"] == "12, rue de l'Église" and fields["country"] == "FR"


def test_ocr_amounts_are_read_across_a_sentences_line_break() -> None:
    from parsers.documents import default_call, extract

    text = ("We schatten de kosten op 4500 EUR, zelf brengen we 1500 EUR in, we vragen\n"
            "dus 3000 EUR.\nGroeten,\nEls Lernout\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert str(fields["requested_amount"].value) == "3000.00"


@pytest.mark.parametrize("text", [
    "Projectidee\nVereniging\nBuurtwerking De Linde\nBedrag\nEUR 6.500,00\n",
    "Projectidee\nVereniging\tBuurtwerking De Linde\nBedrag\t6.500 euro\n",
    "Idée de projet\nAssociation\tLes Amis du Moulin\nMontant (€)\n6 500,00\n",
])
def test_ocr_a_short_forms_bare_amount_label_is_the_request_to_check(text: str) -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract(text, default_call(), lost_columns=True)
    assert str(fields["requested_amount"].value) == "6500.00"
    assert fields["requested_amount"].confidence < 0.9


def test_ocr_a_bare_amount_label_over_a_budgets_column_is_no_request() -> None:
    from parsers.documents import default_call, extract

    text = "Kostenraming\nBedrag\n€ 800\n€ 4.700\n€ 1.600\n"
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert "requested_amount" not in fields


@pytest.mark.parametrize(("label", "field", "value"), [
    ("Adres contactpersoon", "address", "Kerkstraat 12"),
    ("Adresse du contact", "address", "12 rue Haute"),
])
def test_ocr_a_label_naming_whose_field_it_is_is_not_a_label_and_a_value(label: str, field: str,
                                                                          value: str) -> None:
    from parsers.documents import default_call, extract

    text = f"Contactpersoon\nLien Vermeulen\n{label}\n{value}\n8640 Vleteren\n"
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields[field].value == value


@pytest.mark.parametrize("text", [
    "Le coût total est estimé à 5 300,00 €. Nous sollicitons la totalité de ce montant.\n",
    "De totale kostprijs schatten we op €5300. We vragen dit volledige bedrag aan via de projectoproep.\n",
])
def test_the_whole_total_asked_for_in_the_next_sentence_is_the_request(text: str) -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract(text, default_call())
    assert str(fields["requested_amount"].value) == "5300.00"
    assert str(fields["total_budget"].value) == "5300.00"


def test_the_calls_address_with_its_number_misread_is_not_the_applicants() -> None:
    from parsers.documents import default_call, extract

    text = ("Provincie West-Vlaanderen\nWoumenweg 190\n8600 Diksmuide\n\nBeste,\nWij vragen 2.000 euro.\n\n"
            "Lien Vermeulen\nKerkstraat 7\n8640 Vleteren\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["address"].value == "Kerkstraat 7"
    assert fields["municipality"].value == "Vleteren"


@pytest.mark.parametrize("lost_columns", [True, False])
def test_a_wrapped_sentence_whose_next_line_starts_with_a_labels_word_is_no_label_line(lost_columns: bool) -> None:
    from parsers.documents import default_call, extract

    # a page read by OCR, or a mail wrapped at 72 columns: "dorp" (the village) is not the municipality's label
    text = ("Wij willen zoveel mogelijk verschillende mensen betrekken, ook nieuwe bewoners. Iedereen uit het\n"
            "dorp kan mee nadenken: we hangen een ideeënbus op in de bakkerij.\n\nGemeente: Vleteren\n")
    fields, _ = extract(text, default_call(), lost_columns=lost_columns)
    assert fields["municipality"].value == "Vleteren"


def test_the_last_word_of_a_wrapped_sentence_is_no_label_alone_on_its_line() -> None:
    from parsers.documents import default_call, extract

    # "projet." ends the sentence above it; it is no "Projet" label with the next line for its value
    text = ("Objet : demande de soutien pour le projet « Transport solidaire »\nMadame, Monsieur,\n"
            "Nous voulons créer un lieu de rencontre. L'école, le club des aînés et les jeunes sont déjà associés au\n"
            "projet.\nNous sollicitons une aide de 4000 euros pour le transport.\n")
    for lost_columns in (True, False):
        fields, _ = extract(text, default_call(), lost_columns=lost_columns)
        assert fields["project_title"].value == "Transport solidaire"


@pytest.mark.parametrize(("sentence", "amount"), [
    ("Wij vragen binnen deze oproep een bijdrage van 4 500. De totale kostprijs bedraagt 7000 EUR.", "4500.00"),
    ("Je sollicite une aide de 4 000.", "4000.00"),
    ("We vragen een bijdrage van 3.500,00 voor het project.", "3500.00"),
    ("Nous demandons une participation de 20 %.", None),
    ("We vragen steun van 12 vrijwilligers.", None),
])
def test_a_request_written_without_a_euro_sign_is_read_and_left_to_check(sentence: str, amount: str | None) -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract(sentence, default_call())
    if amount is None:
        assert "requested_amount" not in fields
    else:
        assert str(fields["requested_amount"].value) == amount
        assert fields["requested_amount"].confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("sentence", "amount"), [
    ("De totale kostprijs van het project wordt geraamd op 6.850,00, waarvan 750,00 eigen inbreng.", "6850.00"),
    ("Le coût total du projet est de 4 200.", "4200.00"),
    ("The total cost of the project comes to 3500.", "3500.00"),
    ("Het totale budget is 20 % hoger dan vorig jaar.", None),
])
def test_a_total_written_without_a_euro_sign_is_read_and_left_to_check(sentence: str, amount: str | None) -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract(sentence, default_call())
    if amount is None:
        assert "total_budget" not in fields
    else:
        assert str(fields["total_budget"].value) == amount
        assert fields["total_budget"].confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("subject", "title"), [
    ("Subject: Shared tool library", "Shared tool library"),
    ("Betreft: Buurtfeest in de Pijpestraat", "Buurtfeest in de Pijpestraat"),
    ("Betreft: Aanvraag subsidie", None),
    ("Objet : Candidature", None),
    ("Betreft: Maak werk van je buurt!", None),
    ("Subject: Re: Call for projects", None),
])
def test_a_letters_subject_with_no_generic_word_is_the_projects_name_to_check(subject: str, title: str | None) -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract(f"{subject}\nDear Sir or Madam,\n", default_call())
    if title is None:
        assert "project_title" not in fields
    else:
        assert fields["project_title"].value == title and fields["project_title"].confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("On behalf of Old Vicarage Garden Group we would like to submit our project.", "Old Vicarage Garden Group"),
    ("On behalf of the Mesen Newcomers Network I send you our idea.", "Mesen Newcomers Network"),
])
def test_an_english_speaking_residents_group_is_named_in_a_sentence(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Met Tuinhier Nieuwpoort willen we graag deelnemen aan de oproep.", ["Tuinhier Nieuwpoort"]),
    ("Met Feitelijke vereniging De Klaproos willen we graag deelnemen.", ["Feitelijke vereniging De Klaproos"]),
    ("Avec le Comité des fêtes de Killem, nous souhaitons créer un jardin.", ["Comité des fêtes de Killem"]),
    ("Met de steun van de gemeente willen we een plein aanleggen.", []),
    ("Met Kerstmis willen we een markt houden.", []),
    ("Met Jan Peeters willen we een buurtfeest.", []),
])
def test_the_group_the_writers_act_with_is_named_before_their_wish(sentence: str, found: list[str]) -> None:
    assert organisations_in_sentences(sentence) == found


def test_a_colon_inside_a_bracket_is_the_brackets_and_its_amount_another_ones() -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract("Montant sollicité 5 000\nCoût total 6 000 (autofinancement : 1 000 €)\n", default_call())
    assert fields["total_budget"].value == Decimal("6000.00")
    assert fields["total_budget"].confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("text", "organisation"), [
    # the sentence's words before the group are no fuller form of its name, nor is the writer's role
    ("Bonjour,\n\nAu nom du Comité de quartier des Tilleuls, je souhaite déposer un projet.\n\nBien à vous,\n"
     "Marie Vermersch\nprésidente, Comité de quartier des Tilleuls\n", "Comité de quartier des Tilleuls"),
    ("Bonjour,\nAu nom de la Maison des jeunes de Esquelbecq, je dépose notre idée.\nCordialement,\n"
     "Luc Ghys\nréférent du projet, Maison des jeunes de Esquelbecq\n", "Maison des jeunes de Esquelbecq"),
    # a Patro (the Walloon youth movement, as a Chiro is the Flemish one) in quotes after "Au nom de"
    ("Madame, Monsieur,\nAu nom de « Patro Saint-Henri de Warneton », nous avons le plaisir de vous présenter "
     "notre projet.\nBenoît Vercoutre\ntrésorière\n", "Patro Saint-Henri de Warneton"),
    # the signature's name with its legal form after it is the fuller form
    ("Beste,\nNamens Buurtwerking De Vijverwijk dien ik ons idee in.\nVriendelijke groeten,\nPieter Claeys\n"
     "Buurtwerking De Vijverwijk vzw\nKerkstraat 7, 8640 Vleteren\n", "Buurtwerking De Vijverwijk vzw"),
])
def test_the_fuller_form_of_a_groups_name_adds_an_article_or_a_legal_form_only(text: str, organisation: str) -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract(text, default_call())
    assert fields["organisation"].value == organisation


def test_a_labelled_one_line_contact_block_is_split_before_it_is_judged_a_groups_name() -> None:
    from parsers.documents import default_call, extract

    text = "Contact: Els Vermeersch | Schuttershofstraat 50, 8900 Ieper | els.vermeersch@example.com\n"
    fields, _ = extract(text, default_call())
    assert fields["contact_name"].value == "Els Vermeersch"
    assert fields["address"].value == "Schuttershofstraat 50" and fields["municipality"].value == "Ieper"
    assert "organisation" not in fields


def test_the_calls_own_phone_in_a_forms_footer_is_never_the_applicants() -> None:
    from parsers.documents import default_call, extract

    # a blank form's footer, wrapped: the coordinator's street on one line, the phone on the next
    text = ("Naam\tLien Vermeulen\nAdres\tKerkstraat 7, 8640 Vleteren\n\n"
            "Terug te sturen naar Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide - coordinator@example.org\n"
            "- +32 51 00 00 00\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert "phone" not in fields
    fields, _ = extract(text + "Mijn gsm: 0473 12 34 56\n", default_call(), lost_columns=True)
    assert fields["phone"].value == "+32473123456"
    # the footer's tail with its own label after the dash
    form = text.replace("- +32 51", "- tel. 051")
    fields, _ = extract(form, default_call(), lost_columns=True)
    assert "phone" not in fields
    # and the applicant's number, written as a price ends ("... .57")
    form = form.replace("Naam\t", "Telefoon / gsm\t0473/51.14.57\nNaam\t")
    fields, _ = extract(form, default_call(), lost_columns=True)
    assert fields["phone"].value == "+32473511457" and fields["phone"].source == LABEL
    # a letter's line under the call's address may be the writer's own number, with its label
    letter = "Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide\nTel. Lien Vermeulen: 0473 12 34 56\n"
    fields, _ = extract(letter, default_call())
    assert fields["phone"].value == "+32473123456"
    # a writer living on the call's street, further up: their number is theirs
    letter = "Lien Vermeulen\nWoumenweg 12, 8600 Diksmuide, tel. 0473 12 34 56\nWij vragen 2.000 euro.\n"
    fields, _ = extract(letter, default_call())
    assert fields["phone"].value == "+32473123456"
    # the writer's block and the recipient's side by side, one row of two cells
    letter = "Lien Vermeulen, tel. 0473 12 34 56\tProvincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide\n"
    fields, _ = extract(letter, default_call())
    assert fields["phone"].value == "+32473123456"


@pytest.mark.parametrize("closing", ["Hoogachtend,", "Met de meeste hoogachting,",
                                     "Dans l'attente de votre réponse, recevez nos meilleures salutations."])
def test_the_signer_under_a_formal_closing_is_the_contact(closing: str) -> None:
    from parsers.documents import default_call, extract

    text = (f"Wij vragen 2.000 euro voor ons buurtfeest.\n{closing}\n\nLien Vermeulen\n"
            "Secretaris, Wijkraad De Vijver\nKerkstraat 7\n8640 Vleteren\n")
    fields, _ = extract(text, default_call())
    assert fields["contact_name"].value == "Lien Vermeulen"


def test_ocr_a_phone_broken_over_two_lines_is_read() -> None:
    from parsers.documents import default_call, extract

    text = ("Wij vragen 2.000 euro. U kunt mij bereiken op +32 (0)470 12\n34 56 of via lien@example.org.\n"
            "Met vriendelijke groeten,\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["phone"].value == "+32470123456"


def test_a_place_taken_beside_the_calls_address_is_to_check() -> None:
    # Caëstre is in the French partners' area since the call lists all their communes: a place outside it
    document = parse_document("Odile Vandaele\n12, rue de l'Église\n59130 LAMBERSART\n\nProvincie West-Vlaanderen\n"
                              "Woumenweg 100\n8600 Diksmuide\n".encode(), "mail.txt")
    assert document.fields["postcode"].value == "59130"
    assert document.fields["postcode"].confidence < REVIEW_THRESHOLD


def test_a_label_word_that_belongs_to_the_value_is_kept() -> None:
    from parsers.documents import default_call, extract

    text = ("Association Uxem Nature et Patrimoine\nJean-Pierre Declerck\n36, rue des Flandres\n59229 UXEM\n\n"
            "Je sollicite une aide pour le\nprojet intitulé « Le chemin vert d'Uxem ».\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["organisation"].value == "Association Uxem Nature et Patrimoine"
    assert fields["project_title"].value == "Le chemin vert d'Uxem"


@pytest.mark.parametrize("sentence", [
    "Namens het buurtcomité nog eens bedankt voor de brainstorm van gisteravond.",
    "Au nom du comité des fêtes, merci encore pour votre accueil.",
    # OCR read the "l'" as a letter
    "La personne à contacter est Benoît LOOTEN, secrétaire de Passociation (tél. 07.36.09.81.88).",
    "La personne à contacter est Benoît Looten, secrétaire de Iassociation.",
])
def test_a_kind_of_group_without_its_name_is_no_organisation(sentence: str) -> None:
    assert organisations_in_sentences(sentence) == []


# --- letters as people write them: the shape of a sender block, a signature, a wrapped sentence ---------------

@pytest.mark.parametrize(("letter", "organisation", "contact"), [
    # a letterhead: the group, the person, the street, the place; the group's name has no "vzw" in it
    ("Les Joyeux Pédaleurs\nNadia Lefebvre\n4 rue Haute\n59380 Bergues\n\nMadame, Monsieur,\n"
     "Nous demandons 2 000 € pour une bourse aux vélos.\n", "Les Joyeux Pédaleurs", "Nadia Lefebvre"),
    # the person first, then the group, then the address
    ("Tom Vereecke\nDe Zonnebloemers\nKerkstraat 5\n8970 Poperinge\n\nBeste,\nWe vragen 3.000 euro.\n",
     "De Zonnebloemers", "Tom Vereecke"),
    # a signature: name, role, group
    ("Beste,\nWe vragen 4.500 euro voor een fietsbieb.\n\nHoogachtend,\n\nPieter Claeys\nOndervoorzitter\n"
     "Fietsersbond Lo\n", "Fietsersbond Lo", "Pieter Claeys"),
    # a footer on one line
    ("Madame, Monsieur,\nNous sollicitons 1 500 € pour une fête.\nCordialement,\nOdile Vandaele\n\n"
     "Les Randonneurs de Bergues – 3 rue Haute – 59380 Bergues – 06 12 34 56 78\n",
     "Les Randonneurs de Bergues", "Odile Vandaele"),
])
def test_the_group_is_read_from_the_shape_of_a_letterhead_or_signature(letter: str, organisation: str,
                                                                       contact: str) -> None:
    document = parse_document(letter.encode(), "letter.txt")
    assert document.fields["organisation"].value == organisation
    assert document.fields["organisation"].confidence < REVIEW_THRESHOLD  # a guess from the layout: to check
    assert document.fields["contact_name"].value == contact


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("Veuillez trouver ci-dessous notre idée de projet pour Les Aînés d'Oost-Cappel.", "Les Aînés d'Oost-Cappel"),
    ("Au nom de l'association Ledringhem d'hier et d'aujourd'hui, je vous adresse notre dossier.",
     "Association Ledringhem d'hier et d'aujourd'hui"),
    ("Veuillez trouver ci-dessous notre idée de projet pour Amicale des sapeurs-pompiers de Wormhout.",
     "Amicale des sapeurs-pompiers de Wormhout"),
    ("Als ondervoorzitster van KWB Langemark stel ik u hierbij ons project voor.", "KWB Langemark"),
    ("Als trekker van Buurtcomité Hoge Wijk stel ik u hierbij ons project voor.", "Buurtcomité Hoge Wijk"),
])
def test_an_organisations_name_with_lower_case_words_or_after_any_role(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("Au nom de l'association Comité des fêtes de Morbecque, j'ai le plaisir de vous adresser notre candidature.",
     "Comité des fêtes de Morbecque"),
    ("Namens de vereniging Buurtcomité Hoge Wijk stel ik u hierbij ons project voor.", "Buurtcomité Hoge Wijk"),
    ("Au nom de l'Association des parents d'élèves de l'école Sainte-Marie, j'ai le plaisir de vous écrire.",
     "Association des parents d'élèves de l'école Sainte-Marie"),
])
def test_the_kind_of_group_before_a_name_of_its_own_kind_is_not_part_of_the_name(sentence: str,
                                                                                 organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]


def test_a_name_and_a_place_are_not_a_group_mistaken_for_a_person() -> None:
    assert not looks_like_person("Les Jardiniers du Nord") and not looks_like_person("De Zonnebloemers")
    assert organisations_in_sentences("Je suis trésorière des Jardiniers du Nord.") == ["Jardiniers du Nord"]


def test_a_pdf_letters_wrapped_lines_keep_their_sentences() -> None:
    # a PDF breaks lines where the page ends: inside a title in quotes and between a verb and its amount
    text = ("Westouter, 2-04-2019\nBeste,\nIn naam van Vzw Dorpsplein Westouter dienen wij een projectidee in met de\n"
            "titel “Een hart voor Westouter en zijn\nbewoners”. Het totale budget van het project bedraagt\n"
            "14 000 euro. Daarvan vragen wij voor de aankoop van materiaal en de huur\n9 750 euro aan bij de "
            "projectenoproep.\nMet vriendelijke groeten,\nBart Debruyne\n")
    fields = _fields(text)
    assert fields["project_title"] == "Een hart voor Westouter en zijn bewoners"
    assert fields["requested_amount"] == "9750.00" and fields["total_budget"] == "14000.00"


@pytest.mark.parametrize(("text", "title"), [
    ("Ons project heet “Buddy's voor nieuwkomers”. Het helpt nieuwe gezinnen.", "Buddy's voor nieuwkomers"),
    ("Het project Speelstraat Zonnestraal wil de straat autovrij maken.", "Speelstraat Zonnestraal"),
    ("Je sollicite une aide pour le projet intitulé « Le chemin vert d'Uxem ».", "Le chemin vert d'Uxem"),
])
def test_the_title_in_quotes_or_named_in_a_sentence(text: str, title: str) -> None:
    assert _fields(text)["project_title"] == title


@pytest.mark.parametrize(("subject", "title"), [
    ("Maak werk van je buurt! - Kerktuin Wulpen", "Kerktuin Wulpen"),
    ("RE: Projectaanvraag: Samen tuinieren", "Samen tuinieren"),
    ("TR: Candidature – Jardin partagé des Tilleuls", "Jardin partagé des Tilleuls"),
    ("Projet « Parcours santé »", "Parcours santé"),
    ("Dossier Partons 2.0", None),
    ("RE: projectenoproep leefbare dorpen", None),
    ("aanvraag ‘Maak werk van je buurt!’", None),
    ("projectoproep 'Maak werk van je buurt!' – Dorpskrant en website", "Dorpskrant en website"),
    ("Re: Call for projects 'Maak werk van je buurt!' – Growing Together Dranouter", "Growing Together Dranouter"),
    # read off a scanned letter: the call's name in quotes that do not pair, a speck in it
    ("projectoproep ‘Maak werk. van je buurt!\" - Straatmeesters in onze wijk", "Straatmeesters in onze wijk"),
    ("aanvraag ‘Maak werk van je buurt!\"", None),
    ("projectidee 'Maak werk van je buurt! - “Samen tuinieren in de pastorijtuin\"",
     "Samen tuinieren in de pastorijtuin"),
])
def test_the_title_in_a_subject_line(subject: str, title: str | None) -> None:
    from parsers.fields import title_from_subject

    assert title_from_subject(subject, ("Maak werk van je buurt!", "Faites bouger votre quartier !")) == title


def test_the_quoted_title_after_the_call_s_quoted_name_in_a_letter_s_subject() -> None:
    from parsers.fields import title_from_subject

    calls = ("Maak werk van je buurt!",)
    assert title_from_subject("projectaanvraag 'Maak werk van je buurt!' - \"Den Babbelhoek\"", calls) == \
        "Den Babbelhoek"
    assert title_from_subject("projectaanvraag 'Maak werk van je buurt!' - \"Dorpsfeest 'Ons Dorp Leeft'\"",
                              calls) == "Dorpsfeest 'Ons Dorp Leeft'"


def test_a_colon_before_a_word_in_lower_case_opens_the_title_s_subtitle() -> None:
    from parsers.fields import title_from_subject

    assert title_from_subject("Den Babbelhoek: koffie en klap in Poelkapelle", ("Maak werk van je buurt!",),
                              plain_is_title=True) == "Den Babbelhoek: koffie en klap in Poelkapelle"
    assert title_from_subject("Aanvraag: Den Babbelhoek", ("Maak werk van je buurt!",),
                              plain_is_title=True) == "Den Babbelhoek"


def test_the_street_on_a_one_line_contact_after_the_name() -> None:
    fields = _fields("Beste,\nWe vragen 4.000 euro.\nMet vriendelijke groet,\n\nJozef Hoflack\n"
                     "Jozef Hoflack, Nieuwe Steenweg 87B, 8690 Hoogstade, +32(0)475 52 99 20\n")
    assert fields["address"] == "Nieuwe Steenweg 87B" and fields["postcode"] == "8690"


@pytest.mark.parametrize("text", [
    "De buurtwerking Zuidschote Leeft vraagt 1.500 euro voor een speelstraat. De begroting zit in bijlage.",
    "Onze vereniging verzoekt om een tussenkomst van 1.500 euro voor het buurtfeest.",
])
def test_the_group_asks_in_the_third_person(text: str) -> None:
    assert _fields(text)["requested_amount"] == "1500.00"


@pytest.mark.parametrize(("text", "requested"), [
    ("We vragen geen 10.000 euro, maar 3.500 euro: meer hebben we niet nodig.", "3500.00"),
    ("Nous ne demandons pas les 10 000 € maximum, mais 3 500 €.", "3500.00"),
    ("Nous ne demandons pas 10 000 €.", None),  # refused, and nothing asked instead
])
def test_an_amount_refused_is_not_the_request(text: str, requested: str | None) -> None:
    assert _fields(text).get("requested_amount") == requested


def test_the_programmes_number_before_a_euro_in_a_budget_row_is_no_amount() -> None:
    fields = _fields("Onze begroting:\nTotaal\t€ 7.150\nEigen inbreng\t€ 1.650\nGevraagd aan Partons 2.0\t€ 5.500\n")
    assert (fields["requested_amount"], fields["total_budget"]) == ("5500.00", "7150.00")


@pytest.mark.parametrize(("heading", "group", "title"), [
    ("Buurtcomité De Zuidhoek – begroting ‘Zomer in de Zuidhoek’", "Buurtcomité De Zuidhoek", "Zomer in de Zuidhoek"),
    ("Comité des fêtes de Killem - budget « Fête des voisins »", "Comité des fêtes de Killem", "Fête des voisins"),
])
def test_a_budgets_heading_names_the_group_and_the_project(heading: str, group: str, title: str) -> None:
    fields = _fields(f"{heading}\nAlle bedragen in euro, btw inbegrepen.\nHuur tent\t1.450,00\n")
    assert (fields["organisation"], fields["project_title"]) == (group, title)


def test_a_heading_whose_dash_leads_to_no_kind_of_document_stays_whole() -> None:
    # "Hoeve - Markt" is a group's own name; the dash opens no document's kind or place
    assert _fields("Vzw Hoeve - Markt\nKerkstraat 5\n8970 Poperinge\n")["organisation"] == "Vzw Hoeve - Markt"


@pytest.mark.parametrize("care_of", ["p/a", "p.a.", "c/o"])
def test_a_care_of_mark_before_the_street_is_no_part_of_it(care_of: str) -> None:
    fields = _fields(f"Bewonersplatform Beveren\n{care_of} Oude Kloosterweg 3\n8691 Beveren-aan-den-IJzer\n\n"
                     "Beste,\nWe vragen 4.000 euro.\n")
    assert fields["address"] == "Oude Kloosterweg 3"
    labelled = _fields(f"Naam vereniging: Bewonersplatform Beveren\nAdres: {care_of} Zuidschotestraat 9\n"
                       "Postcode: 8691\nGemeente: Beveren-aan-den-IJzer\n")
    assert labelled["address"] == "Zuidschotestraat 9"


@pytest.mark.parametrize(("footer", "street"), [
    ("Femma Langemark - Kasteelstraat 68, 8920 Langemark", "Kasteelstraat 68"),
    ("Buurtcomité De Kouter • Kouterstraat 5 bus 2 • 8920 Langemark", "Kouterstraat 5 bus 2"),
    ("Comité des fêtes – 12 rue de la Gare, 59470 Wormhout", "12 rue de la Gare"),
    # a street whose name has a hyphen without spaces keeps it
    ("Sint-Jansstraat 4, 8920 Langemark", "Sint-Jansstraat 4"),
])
def test_a_letterheads_group_before_a_spaced_dash_is_no_part_of_the_street(footer: str, street: str) -> None:
    fields = _fields(f"Beste,\nWe vragen 4.000 euro.\nMet vriendelijke groet,\n\nMarc Debruyne\n{footer}\n")
    assert fields["address"] == street


@pytest.mark.parametrize(("text", "requested", "total"), [
    ("Nous sollicitons une subvention de 10 000 € (dix mille euros) pour un projet de 12 500 €.", "10000.00",
     "12500.00"),
    ("We hebben 7.500 euro nodig. Het totale project kost 9.000 euro.", "7500.00", "9000.00"),
    ("Nous avons besoin de 2 000 € pour un total de 2 600 €.", "2000.00", "2600.00"),
])
def test_the_size_of_the_project_and_what_is_needed(text: str, requested: str, total: str) -> None:
    fields = _fields(text)
    assert (fields["requested_amount"], fields["total_budget"]) == (requested, total)


def test_the_place_a_letter_is_dated_in_and_a_year_is_no_postcode() -> None:
    document = parse_document(b"Westouter, 2-04-2019\nBeste,\nWij vragen 3.000 euro.\n", "letter.txt")
    assert "postcode" not in document.fields  # "2019" on one line, "Beste," on the next
    assert document.fields["municipality"].value == "Heuvelland"
    assert document.fields["municipality"].confidence < REVIEW_THRESHOLD


def test_a_year_after_a_slash_is_no_postcode() -> None:
    # "10//2019<tab>Signature": a date OCR read with a digit left out, beside a form's "Signature" label
    assert "postcode" not in _fields("Date\t10//2019\tSignature\nWij vragen 3.000 euro.\n")
    assert _fields("Adres: Kerkstraat 5, 8970 Poperinge\n")["postcode"] == "8970"


def test_the_calls_issuer_heading_a_form_names_no_applicant() -> None:
    values = _fields("Provincie West-Vlaanderen - Partons 2.0\n\nAANVRAAGFORMULIER PROJECTIDEE\n"
                     "Naam vereniging\tOuderraad GBS Het Klavertje\nWij vragen 3.000 euro.\n")
    assert values.get("contact_name") is None and values["organisation"] == "Ouderraad GBS Het Klavertje"
    # a person heading a letter the same way is the writer
    assert _fields("Jan Peeters - Kerkstraat 5 - 8970 Poperinge\nBeste,\nWij vragen 3.000 euro.\n")[
        "contact_name"] == "Jan Peeters"


def _message(body: str, subject: str = "Fwd: ons projectidee") -> bytes:
    return ("From: Els Peeters <els.peeters@example.org>\nTo: coordinator@example.org\n"
            f"Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body}").encode()


def test_a_forwarded_first_mail_holds_the_application_and_stays_to_check() -> None:
    from parsers import parse_email

    body, _ = parse_email(_message(
        "Dag, zie hieronder.\nGroeten,\nEls\n\n---------- Forwarded message ---------\n"
        "Van: Els Peeters <els.peeters@example.org>\nDate: ma 13 mei 2019 om 10:12\nTo: <info@example.net>\n\n"
        "Beste,\nNamens Buurtcomité De Linde stel ik ons project “Bankjes in de Lindestraat” voor.\n"
        "Het kost in totaal 3.200 euro en we vragen 2.500 euro.\n\nEls Peeters\nLindestraat 4\n8900 Ieper\n"))
    fields = body.fields
    assert fields["organisation"].value == "Buurtcomité De Linde"
    assert fields["project_title"].value == "Bankjes in de Lindestraat"
    assert str(fields["requested_amount"].value) == "2500.00" and fields["address"].value == "Lindestraat 4"
    assert fields["contact_name"].value == "Els Peeters"
    assert all(fields[name].confidence < REVIEW_THRESHOLD for name in ("organisation", "requested_amount"))


def test_the_coordinators_quoted_message_is_not_the_applicants() -> None:
    from parsers import parse_email

    body, _ = parse_email(_message(
        "Beste, hier ons idee: een buurtfeest. We vragen 2.000 euro.\nEls\n\n"
        "Op 12 mei 2019 schreef Partons <coordinator@example.org>:\n> Beste Els,\n"
        "> Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide\n> tel. 051 40 77 12\n", "RE: vraag"))
    assert "phone" not in body.fields and "postcode" not in body.fields


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("Ik ben voorzitster van Femma Beveren en we willen een repaircafé starten.", "Femma Beveren"),
    ("Wij, de leden van KWB Reninge, willen een buurtfeest organiseren.", "KWB Reninge"),
    ("Ik ben secretaris bij Dorpsraad Lampernisse.", "Dorpsraad Lampernisse"),
    ("Coordinatrice de l'association Hondeghem Loisirs, je vous adresse notre projet.",
     "Association Hondeghem Loisirs"),
])
def test_any_role_introduces_the_group(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]


@pytest.mark.parametrize(("text", "requested", "total"), [
    # the call's ceiling named in passing is not the request
    ("Nous savons que l'aide est plafonnée à 10 000 euros par projet.\nTotal : 6 850 euros\n"
     "Nous sollicitons la totalité, soit 6 850 euros.", "6850.00", "6850.00"),
    ("We weten dat de bijdrage beperkt is tot maximaal 10.000 euro per project.\n"
     "De totale kostprijs schatten we op € 5.650,-. We vragen dit volledige bedrag aan.", "5650.00", "5650.00"),
    ("Wij vragen het maximumbedrag van 10.000 euro. Het project kost in totaal 11.250,00 euro.",
     "10000.00", "11250.00"),
    ("We contribute 2100 euros ourselves and request 7100 euros. The total cost is 9200 euros.",
     "7100.00", "9200.00"),
])
def test_a_ceiling_is_not_a_request_and_the_whole_amount_may_be_asked_later(text: str, requested: str,
                                                                            total: str) -> None:
    fields = _fields(text)
    assert (fields["requested_amount"], fields["total_budget"]) == (requested, total)


@pytest.mark.parametrize("text", [
    "Nous souhaiterions obtenir 6 750,00 € pour mener à bien ce projet.",
    "We zouden graag € 6.750,- steun krijgen om dit te realiseren.",
])
def test_what_the_writer_would_like_to_receive_is_the_request(text: str) -> None:
    assert _fields(text)["requested_amount"] == "6750.00"


def test_an_english_letter() -> None:
    fields = _fields(
        "Dranouter, 23 May 2019\nRe: Call for projects 'Maak werk van je buurt!' – Growing Together Dranouter\n"
        "Dear Sir or Madam,\nOn behalf of Dranouter International Neighbours, I would like to submit our idea.\n"
        "We contribute 2100 euros ourselves and request 7100 euros.\nKind regards,\nIan Whitfield\n"
        "Coordinator, Dranouter International Neighbours\nGrote Markt 2\n8951 Dranouter\n")
    assert fields["organisation"] == "Dranouter International Neighbours"
    assert fields["contact_name"] == "Ian Whitfield" and fields["project_title"] == "Growing Together Dranouter"
    assert fields["requested_amount"] == "7100.00" and fields["address"] == "Grote Markt 2"


def test_a_letters_lines_that_are_not_the_applicants() -> None:
    fields = _fields(
        "Association loi 1901 Les Amis de West-Cappel\nProvince de Flandre-Occidentale\nProjet Interreg Partons 2.0\n"
        "Woumenweg 100\n8600 Diksmuide (Belgique)\nWest-Cappel, le 18 avril 2019\nObjet : candidature à l'appel "
        "à projets Partons 2.0 – « Étude de faisabilité\nd'une épicerie solidaire »\nMadame, Monsieur,\n"
        "Mon adresse : 45 ter route d'Herzeele, 59380 West-Cappel.\nBien cordialement,\nM. Romain Dufour\n"
        "Secrétaire\n")
    assert fields["project_title"] == "Étude de faisabilité d'une épicerie solidaire"  # not "Interreg Partons 2.0"
    assert fields["postcode"] == "59380" and fields["address"] == "45 ter route d'Herzeele"  # "2019" is a year
    assert fields["contact_name"] == "Romain Dufour"
    assert fields["organisation"] == "Association loi 1901 Les Amis de West-Cappel"


def test_a_role_before_the_group_on_the_signature_line_and_a_capital_inside_a_name() -> None:
    assert _fields("Bien cordialement,\nPascale Wyckaert\nMembre du bureau, Ferme du Blauwershof\n"
                   "62 impasse des Tilleuls\n59670 Oudezeele\n")["organisation"] == "Ferme du Blauwershof"
    assert organisations_in_sentences("Namens Feitelijke vereniging Zaal Ons Huis stel ik ons idee voor.") == [
        "Feitelijke vereniging Zaal Ons Huis"]
    assert organisations_in_sentences("Nous sommes un groupe d'agriculteurs autour de Oudezeele.") == []


def test_the_kind_of_group_before_a_name_that_says_its_kind_is_the_sentence_s_word() -> None:
    # "l'association Comité des fêtes de Socx": the group calls itself a "Comité"; "association" is the kind
    assert organisations_in_sentences("Au nom de l'association Comité des fêtes de Socx, j'ai le plaisir de "
                                      "vous adresser notre candidature.") == ["Comité des fêtes de Socx"]


def test_the_dutch_article_t_with_its_apostrophe_is_part_of_the_name() -> None:
    assert organisations_in_sentences("Namens 't Feestcomité van Reninge dien ik graag ons project in.") == [
        "'t Feestcomité van Reninge"]


def test_membre_du_bureau_is_a_role_whole_and_the_group_follows_its_dash() -> None:
    # "du bureau" belongs to the role: it is no "member of <group>", and the group is after the dash
    assert organisations_in_sentences("Membre du bureau - Les Amis du moulin de Hazebrouck") == []
    assert organisations_in_sentences("Bénévole du conseil - Club de tir à l'arc de Steenvoorde") == []
    assert _fields("Veuillez agréer nos salutations distinguées.\nÉmilie Dewitte\n"
                   "Membre du bureau - Les Amis du moulin de Hazebrouck\n")["organisation"] == \
        "Les Amis du moulin de Hazebrouck"


def test_a_mail_forwarded_by_a_helper_is_the_forwarded_authors_application() -> None:
    from parsers import parse_email

    raw = ("From: Karel Dumont <karel.dumont@example.net>\nTo: coordinator@example.org\nSubject: Fwd: aanvraag\n"
           "Content-Type: text/plain; charset=utf-8\n\nDag,\n\nIk stuur u het projectidee door van Tom Peeters.\n\n"
           "Mvg\nKarel Dumont\nDienst Vrije Tijd\nTel. 057 33 43 71\n\n---------- Doorgestuurd bericht ---------\n"
           "Van: Tom Peeters <tom.peeters@example.org>\nOnderwerp: projectidee\n\nBeste,\n"
           "Ik stel graag mijn projectidee voor: “Pop-up dorpscafé”.\nWe zouden graag 5.400 euro steun krijgen.\n\n"
           "Hoogachtend,\n\nTom Peeters\nVleterbeekstraat 24\n8958 Loker\n").encode()
    fields = parse_email(raw)[0].fields
    assert fields["email"].value == "tom.peeters@example.org" and fields["email"].confidence < REVIEW_THRESHOLD
    assert fields["contact_name"].value == "Tom Peeters" and "phone" not in fields  # not the helper's office
    assert fields["address"].value == "Vleterbeekstraat 24"
    assert str(fields["requested_amount"].value) == "5400.00"


def test_a_mail_forwarded_below_an_application_of_the_senders_own_is_an_enclosure() -> None:
    from parsers import parse_email

    # the sender asks an amount and signs with a street: the alderman's support forwarded below is no application
    raw = (b"From: Bart Hoflack <bart.hoflack@example.com>\nTo: coordinator@example.org\nSubject: speelstraten\n"
           b"Content-Type: text/plain; charset=utf-8\n\nDag,\n\nHier onze aanvraag voor vier speelstraten.\n\n"
           b"We vragen 2.400 euro.\n\nBart Hoflack\nStationsstraat 12, 8650 Klerken\n0485 70 70 21\n\n"
           b"Ik stuur ook de mail van onze schepen door.\n\n---------- Doorgestuurd bericht ---------\n"
           b"Van: Lieven Vandenbroucke <schepen@example.org>\nOnderwerp: steun\n\nBeste Bart,\n\n"
           b"Het college steunt jullie aanvraag.\n\nLieven Vandenbroucke\nschepen van jeugd\nMarkt 1, 8650 Houthulst\n"
           b"051 70 00 00\n")
    fields = parse_email(raw)[0].fields
    assert fields["contact_name"].value == "Bart Hoflack"
    assert fields["email"].value == "bart.hoflack@example.com"
    assert fields["phone"].value == "+32485707021"
    assert fields["address"].value == "Stationsstraat 12"


def test_a_name_that_runs_to_the_end_of_the_sentence_may_hold_a_little_word() -> None:
    assert organisations_in_sentences("Je suis bénévole au sein de l'association Bray-Dunes Plage pour tous.") == [
        "Association Bray-Dunes Plage pour tous"]
    assert organisations_in_sentences("Namens Samen voor Zarren wil ik ons idee indienen.") == ["Samen voor Zarren"]


def test_a_wrapped_sentence_that_goes_on_with_a_quoted_title_still_names_it() -> None:
    fields = _fields("Madame, Monsieur,\nAu nom de notre association, j'ai le plaisir de vous présenter notre\n"
                     "projet « Étude de faisabilité d'une épicerie solidaire ».\nLe dernier commerce a fermé.\n")
    assert fields["project_title"] == "Étude de faisabilité d'une épicerie solidaire"


def test_a_letterhead_whose_person_is_written_care_of() -> None:
    fields = _fields("S-Plus Zarren\np.a. Pieter Deschepper\nDorpstraat 55\n8610 Zarren\n\nBeste,\n\n"
                     "Met deze brief dienen wij ons projectidee in.\n\nMet vriendelijke groeten,\nPieter Deschepper\n")
    assert fields["organisation"] == "S-Plus Zarren"
    assert fields["contact_name"] == "Pieter Deschepper" and fields["address"] == "Dorpstraat 55"


def test_ocr_a_sentence_that_starts_with_a_label_s_word_is_no_label_and_value() -> None:
    from parsers.documents import default_call, extract

    text = ("Beste,\nNamens Oudercomité Lo-Reninge stel ik graag ons projectidee voor, “Kinderopvang in het dorp”.\n"
            "We vragen 2.500 euro.\nMet vriendelijke groeten,\nAn Peeters\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["organisation"].value == "Oudercomité Lo-Reninge"


def test_a_place_without_postcode_nor_country_takes_the_phone_s_country_to_check() -> None:
    document = parse_document("Association: Les Amis de Wambrechies\nCommune: Wambrechies\n"
                              "Tél.: +33 3 28 52 26 09\n".encode(), "mail.txt")
    assert document.fields["country"].value == "FR"
    assert document.fields["country"].confidence < REVIEW_THRESHOLD
    with_postcode = parse_document("Adresse: 12 rue Haute, 59470 Wormhout\nTél.: +32 477 12 34 56\n".encode(),
                                   "mail.txt")
    assert with_postcode.fields["country"].value == "FR"  # the postcode says more than the phone


@pytest.mark.parametrize(("text", "organisation", "contact"), [
    ("Madame,\n\nNous présentons notre projet.\n\nCordialement,\nPour Les Amis du Moulin,\nMarie Dupont, présidente\n",
     "Les Amis du Moulin", "Marie Dupont"),
    ("Beste,\n\nWij dienen ons project in.\n\nVoor De Zonnebloem Leisele,\nJan Peeters\n",
     "De Zonnebloem Leisele", "Jan Peeters"),
    ("Madame,\n\nNous présentons notre projet.\n\nCordialement,\nPour le bureau,\nMarie Dupont\n",
     None, "Marie Dupont"),
])
def test_the_group_a_letter_is_signed_for(text: str, organisation: str | None, contact: str) -> None:
    fields = _fields(text)
    assert fields.get("organisation") == organisation and fields["contact_name"] == contact


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("Notre collectif « Les Jardins d'Uxem » souhaite créer un jardin partagé.", "Les Jardins d'Uxem"),
    ("Onze vereniging “Samen aan de Slag” wil een buurtfeest.", "Samen aan de Slag"),
    ("L'association \"Les Amis d’Hondschoote\" propose un marché.", "Les Amis d’Hondschoote"),
])
def test_a_groups_name_in_quotes_after_its_kind_is_taken_whole(sentence: str, organisation: str) -> None:
    # the quotes bound the name: its apostrophes and little words do not end it
    assert organisations_in_sentences(sentence) == [organisation]


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("Geachte,\nAls Landelijke Gilde Stavele willen we een buurtbibliotheek realiseren.", "Landelijke Gilde Stavele"),
    ("Madame,\nEn tant que Comité des fêtes de Bambecque, nous souhaitons animer la place.",
     "Comité des fêtes de Bambecque"),
])
def test_the_group_the_writers_speak_as(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]
    assert organisations_in_sentences("Als buren willen we de straat opfleuren.") == []  # no group's name


def test_the_request_after_so_is_not_the_own_share_said_before_it() -> None:
    # the own share's words ("brengen we zelf in") belong to the amount before them, not to the request
    values = _fields("De totale kost schatten we op 9.200,50 euro; 1.700,50 euro brengen we zelf in, zodat we "
                     "7.500 euro vragen.\nMet vriendelijke groeten,\nJan Peeters\n")
    assert (values["requested_amount"], values["total_budget"]) == ("7500.00", "9200.50")


def test_a_letterheads_group_and_its_place_after_a_dash_and_a_board_named_without_its_group() -> None:
    values = _fields("Association Cassel Solidaire – Herzeele\n17 rue du Château\n59470 Herzeele\n\nMadame,\n"
                     "Nous demandons 5 400 €.\nCordialement,\nNamens het bestuur,\nSylvie Ryckebusch\n")
    assert values["organisation"] == "Association Cassel Solidaire"
    assert _fields("Namens het bestuur,\nGriet Tyberghein\nVijverstraat 13\n8958 Loker\n").get("organisation") is None


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("Madame,\nAvec les bénévoles de l'Amicale laïque d'Hondschoote, nous voulons créer un jardin.",
     "Amicale laïque d'Hondschoote"),
    ("Madame,\nNotre petite équipe du Comité des fêtes de Bambecque souhaite organiser une fête.",
     "Comité des fêtes de Bambecque"),
    ("Geachte,\nDe leden van Femma Proven willen een repaircafé starten.", "Femma Proven"),
    ("Beste,\nMet de vrijwilligers van Femma Proven willen we een repaircafé starten.", "Femma Proven"),
])
def test_the_writers_as_members_of_their_group(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]


def test_members_of_another_body_who_do_not_speak_for_the_writers_are_no_group_of_theirs() -> None:
    assert organisations_in_sentences("Les membres du conseil municipal soutiennent notre projet.") == []
    assert organisations_in_sentences("De leden van de gemeenteraad steunen ons.") == []


@pytest.mark.parametrize("signature", [
    "Pour le bureau,\nHervé Vercoutre\nSecrétaire\n",
    # the handwritten signature above, read by OCR as a name of sorts
    "Hervé Verceutre\nPour le bureau,\nHervé Vercoutre\nSecrétaire\n",
])
def test_the_name_under_a_wrapped_closing_and_its_full_stop_is_the_signer(signature: str) -> None:
    from parsers.documents import default_call, extract

    text = ("Nous sollicitons une aide de 7 400 €.\nRestant à votre disposition, je vous prie d'agréer, Madame, "
            "Monsieur, l'expression de mes\nsalutations distinguées.\n\n" + signature)
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["contact_name"].value == "Hervé Vercoutre"


@pytest.mark.parametrize(("signature", "organisation", "contact"), [
    # name, what they are for the group, their address, and the group last
    ("Met vriendelijke groeten,\n\nTitel: Buurtmeesters voor onze wijk\n\nFilip Delanghe\nnamens het bestuur\n"
     "Nieuwstraat 47 bus 6\n8647 Pollinkhove\nTel. 058/39.38.41  –  filip52@example.net\nOuderraad VBS De Horizon\n",
     "Ouderraad VBS De Horizon", "Filip Delanghe"),
    ("Cordialement,\n\nPour le bureau,\nDamien Maerten\nChargé(e) du dossier\n12 impasse des Lilas\n59380 Bergues\n"
     "Comité des fêtes de Bergues\n", "Comité des fêtes de Bergues", "Damien Maerten"),
])
def test_the_group_at_the_foot_of_a_signature_block(signature: str, organisation: str, contact: str) -> None:
    from parsers.documents import default_call, extract

    fields, _ = extract("Wij vragen een subsidie van € 7.400,00.\n\n" + signature, default_call())
    assert fields["organisation"].value == organisation and fields["contact_name"].value == contact


def test_a_street_under_a_signers_role_is_no_group() -> None:
    from parsers.prose import organisation_under_name

    assert organisation_under_name(["Secretaris", "Nieuwstraat 47 bus 6", "8647 Pollinkhove"]) is None
    assert organisation_under_name(["Secretaris", "Nieuwstraat 47 bus 6", "Chiro Sint-Jan"]) == "Chiro Sint-Jan"


def test_the_address_under_the_signature_wins_over_the_group_s_seat_in_the_letterhead() -> None:
    fields = _fields("Chirojeugd Wulpen vzw\nMaatschappelijke zetel: Brugsesteenweg 41 - 8670 Wulpen\n\nGeachte,\n"
                     "Wij vragen 4.000 euro.\nMet vriendelijke groeten,\nArne Vanneste\n"
                     "Contactpersoon: Arne Vanneste\nAdres: Kerkstraat 78, 8670 Wulpen\n")
    assert fields["address"] == "Kerkstraat 78"


def test_an_amount_at_a_line_s_end_before_a_capital_ends_its_sentence() -> None:
    # "€ 5.444,-" needs no full stop: the next line's "Wij vragen" is another sentence, not this amount's verb
    fields = _fields("Beste,\nDe totale kostprijs van ons project bedraagt € 5.444,-\n"
                     "Wij vragen daarvoor een bijdrage aan de provincie.\nMet vriendelijke groeten,\nJan Peeters\n")
    assert fields.get("requested_amount") != "5444.00" and fields["total_budget"] == "5444.00"


@pytest.mark.parametrize(("line", "street"), [
    ("41 rue Principale  ·  59270 Bailleul", "41 rue Principale"),
    ("Kerkstraat 5 • 8970 Poperinge", "Kerkstraat 5"),
    ("Kerkstraat 5 | 8970 Poperinge", "Kerkstraat 5"),
    ("Kerkstraat 94 — 8920 Poelkapelle - T 057/72.39.49", "Kerkstraat 94"),  # an em dash
])
def test_a_letterhead_line_whose_street_and_postcode_a_dot_or_bar_separate(line: str, street: str) -> None:
    fields = _fields(f"Foyer rural de Bailleul\n{line}\n\nMadame, Monsieur,\nVoici notre projet.\n\nHélène Staelen\n")
    assert fields["address"] == street


@pytest.mark.parametrize(("text", "requested"), [
    ("Le coût total s'élève à 5250 €, dont 1.250 € d'apport propre. Nous demandons donc 4000.", "4000.00"),
    ("Het project kost 8.100 euro. We vragen 6350 aan als steun.", "6350.00"),
    ("We vragen 150 deelnemers om mee te doen. Het kost 900 euro.", None),  # a number of people, not money
    # a scan whose full stop was not read: the next sentence starts
    ("Le coût total s'élève à 7 500 euros. Nous\ndemandons donc 4000\nVous pouvez me joindre.", "4000.00"),
])
def test_a_request_whose_number_follows_the_verb_without_a_euro_sign(text: str, requested: str | None) -> None:
    assert _fields(text + "\n").get("requested_amount") == requested


@pytest.mark.parametrize("letter", [
    "Het project kost in totaal 8.100 euro; €1.750,- brengen we zelf in (eigen middelen en sponsoring). Het saldo "
    "vragen we aan als steun.\nMet vriendelijke groeten,\nBart Debruyne\n",
    # as OCR reads it off a handwritten letter: "Het" read "tet"
    "tet project kost in totaal 8.100 euro; €1.750,- brengen we\nzelf in leigen middelen en sponsoring). tet saldo "
    "vragen we\naan als steun.\n",
    "Le coût total est de 8 100 €. Nous apportons 1 750 € en fonds propres et sollicitons le solde auprès de "
    "la Province.\nCordialement,\nLucie Vanhove\n",
    # counting on the call for the rest is asking for it
    "Het project kost in totaal 8100 euro.\n\nZelf brengen wij EUR 1.750,00 in (eigen middelen en sponsoring); voor "
    "de rest rekenen we op de\nprojectoproep.\n",
    "Le projet coûte 8 100 euros au total. Nous apportons nous-mêmes 1 750 euros. Pour le reste, nous comptons "
    "sur l'appel à projets.\n",
    # the call's own name has a number in it, which is no amount of the rest
    "Le coût total est estimé à 8 100 euros, dont 1 750 euros d'autofinancement ; nous sollicitons le reste "
    "auprès de Partons 2.0.\n",
])
def test_the_rest_of_the_cost_asked_without_its_amount_is_worked_out_and_left_to_check(letter: str) -> None:
    document = parse_document(letter.encode(), "mail.txt")
    requested = document.fields["requested_amount"]
    assert (field_to_json(requested)["value"], requested.source) == ("6350.00", "derived")
    assert requested.confidence < REVIEW_THRESHOLD
    assert field_to_json(document.fields["total_budget"])["value"] == "8100.00"


@pytest.mark.parametrize("letter", [
    "Het project kost in totaal 8.100 euro; €1.750,- brengen we zelf in.\n",
    "De totale kostprijs bedraagt €8.100,-, waarvan wij zelf 1.750 € inbrengen.\n",
    "Le budget total s'élève à 8 100 €, dont 1 750 euros d'apport propre.\n",
])
def test_a_total_and_an_own_share_with_no_word_of_the_rest_give_the_rest_worked_out_weaker(letter: str) -> None:
    # the letter leaves the rest to ask: worked out, the coordinator's to confirm, below a request whose rest
    # the letter asks for in words
    document = parse_document(letter.encode(), "mail.txt")
    requested = document.fields["requested_amount"]
    assert (field_to_json(requested)["value"], requested.source) == ("6350.00", "derived")
    assert requested.confidence == 0.5
    assert field_to_json(document.fields["total_budget"])["value"] == "8100.00"


def test_the_province_a_letter_is_addressed_to_is_not_anothers_money() -> None:
    # the address block above the budget names the province the letter goes to; the rest is still asked of it
    letter = ("Provincie West-Vlaanderen\nt.a.v. de coördinator\n\nBetreft: Kunst in de dorpskern\n\n"
              "De totale kostprijs bedraagt €8.100,-, waarvan wij zelf 1.750 € inbrengen.\n")
    requested = parse_document(letter.encode(), "mail.txt").fields["requested_amount"]
    assert (field_to_json(requested)["value"], requested.source) == ("6350.00", "derived")
    # the same province after the amounts pays the rest: nothing to work out
    assert "requested_amount" not in _fields(
        "De totale kostprijs bedraagt €8.100,-, waarvan wij zelf 1.750 € inbrengen. De provincie betaalt de rest.\n")
    # nor when others' money is named anywhere else in the letter, before the budget too
    budget = "De totale kostprijs bedraagt 8.100 euro, waarvan wij zelf 1.750 euro inbrengen.\n"
    for before in ("Voor dit project krijgen we ook steun van LEADER Westhoek.\n",
                   "Het project wordt mee gedragen door een paar lokale sponsors.\n",
                   "Onze partners (o.a. de gemeente) dragen ook bij, ",
                   "Le projet, soutenu aussi par la CAF (cf. courrier joint), "):
        assert "requested_amount" not in _fields(f"Provincie West-Vlaanderen\n\n{before}{budget}"), before


@pytest.mark.parametrize("letter", [
    # another's money, a third sum, a rest named in other words, a fee, a share asked of no one we can read
    "Het project kost 8.100 euro. Wij brengen zelf 1.750 euro in, de sponsor 1.000 euro.\n",
    "Het project kost 9.000 euro. Wij brengen zelf 1.500 euro in. Ook de provincie geeft 2.500 euro.\n",
    "Het project kost 9.000 euro. Wij brengen zelf 1.500 euro in. Via een eetfestijn hopen we nog 2.500 euro "
    "op te halen.\n",
    "Het project kost 8.000 euro. Wij brengen zelf 1.500 euro in. Het Leader-programma financiert 50%.\n",
    "Het project kost 8.000 euro. Wij brengen zelf 2.000 euro in. Wij vragen 50% van de kosten.\n",
    "Het project kost 8.000 euro. Wij brengen zelf 2.000 euro in. Het overige bedrag komt van de stad.\n",
    "Het project kost 8.000 euro. Wij brengen zelf 2.000 euro in. Het ontbrekende bedrag komt van de provincie.\n",
    "Le projet coûte 8 000 €, dont 2 000 € d'apport propre. Le restant sera pris en charge par la mairie.\n",
    "Le projet coûte 8 000 €, dont 2 000 € d'apport propre. Le reliquat sera financé par la CAF.\n",
    "Le projet coûte 6 000 €, dont 1 500 € d'apport propre et 1 500 € d'apport de la commune.\n",
    "Le projet coûte 6 000 €, avec un apport de la commune de 2 000 €.\n",
    "Het project kost 6.000 euro. De deelnemers betalen zelf 2.000 euro inschrijvingsgeld.\n",
    "Le projet coûte 8 000 €, dont 2 000 € de fonds propres. La commune nous a promis une aide.\n",
    "Het project kost 20.000 euro, waarvan wij zelf 4.000 euro inbrengen.\n",  # more than the call gives
    "Notre association a un budget annuel de 9 000 €, dont 1 000 € de fonds propres.\n",  # not the project's
])
def test_a_total_and_an_own_share_beside_anything_else_give_no_request(letter: str) -> None:
    assert "requested_amount" not in _fields(letter)


def test_a_total_and_an_own_share_then_the_rest_named_elsewhere_or_the_request_stated() -> None:
    # the rest named, but nobody counts on the call for it
    values = _fields("Het project kost in totaal 8.100 euro; €1.750,- brengen we zelf in. De rest komt van de "
                     "gemeente.\n")
    assert "requested_amount" not in values
    values = _fields("Het project kost in totaal 8.100 euro; €1.750,- brengen we zelf in. Het saldo van onze "
                     "rekening is klein.\n")
    assert "requested_amount" not in values and values["total_budget"] == "8100.00"
    # "X, zelf brengen we Y in": the comma parts the total from the own share's words after it
    values = _fields("We schatten de kosten op 4500 EUR, zelf brengen we 1500 EUR in, we vragen dus 3000 EUR.\n")
    assert (values["total_budget"], values["requested_amount"]) == ("4500.00", "3000.00")


@pytest.mark.parametrize(("closing", "above"), [
    ("met Url endelij ke groeten,", "Debruyne"),  # a closing OCR garbled but for its last word
    ("Bien cordlalement,", ""),
    ("Bien cordialement,", "veter"),  # the hand signature read as no word of the name
])
def test_the_name_under_a_garbled_closing_or_a_signature_read_past_knowing(closing: str, above: str) -> None:
    letter = f"Madame,\nL'idée est née lors d'une réunion.\n{closing}\n{above}\nHélène Dezitter\nSecrétaire\n"
    assert _fields(letter)["contact_name"] == "Hélène Dezitter"


def test_a_sentence_ending_in_groeten_after_the_closing_is_no_closing() -> None:
    letter = ("Beste,\nWij vragen 3.000 euro.\nMet vriendelijke groeten,\nJan Peeters\n\n"
              "PS: mijn vrouw doet je de groeten.\n")
    assert _fields(letter)["contact_name"] == "Jan Peeters"


def test_an_own_share_of_several_amounts_leaves_the_rest_unworked() -> None:
    # its parts, or two shares: which of them make up what the applicants bring is not sure
    for letter in ("Het project kost 8.100 euro. We brengen zelf € 1.750 in: € 1.000 betalen we zelf en € 750 eigen "
                   "inbreng. Het saldo vragen we aan.\n",
                   "Het project kost 8.100 euro; €500 brengen we zelf in en €750 leggen wij zelf bij. Het saldo vragen "
                   "we aan.\n"):
        assert "requested_amount" not in _fields(letter)


def test_only_whole_words_of_the_calls_issuer_are_its_own() -> None:
    from parsers.call_text import is_the_calls_own
    from parsers.documents import default_call

    call = default_call()
    assert is_the_calls_own("Provincie West-Vlaanderen", call)
    assert not is_the_calls_own("Tons 2", call) and not is_the_calls_own("Vlaanderen Woumen", call)


def test_a_place_or_a_group_above_the_name_under_the_closing_is_no_signature() -> None:
    for above in ("Wervik", "vzw Linde"):
        letter = f"Beste,\nHet idee groeide.\nMet vriendelijke groeten,\n{above}\nBart Debruyne\n"
        assert _fields(letter).get("contact_name") is None, above


def test_a_towns_administration_heading_a_letter_is_the_group_not_a_person() -> None:
    fields = _fields("Mairie de Hoymille\n2 place du Général de Gaulle\n59492 Hoymille\n\nMadame,\n"
                     "Nous sollicitons une aide de 5.563,00 €\nBien à vous,\nBrigitte Dehondt\n")
    assert fields["organisation"] == "Mairie de Hoymille" and fields["contact_name"] == "Brigitte Dehondt"


@pytest.mark.parametrize(("sentence", "requested"), [
    ("Nous demandons une participation de 5.999,25 €.", "5999.25"),
    ("Wij vragen een bijdrage van 5.999,25 euro.", "5999.25"),
])
def test_a_share_asked_for_is_the_request_not_the_applicants_own(sentence: str, requested: str) -> None:
    fields = _fields(f"Le coût total du projet s'élève à 11.399,25 €\n{sentence}\n")
    assert (fields["requested_amount"], fields["total_budget"]) == (requested, "11399.25")
    # the residents' share is still their own
    fields = _fields("Le projet coûte 9000 €. La participation des habitants : 1000 €. Nous demandons 8000 €.\n")
    assert fields["requested_amount"] == "8000.00"


def test_a_contacts_role_in_brackets_is_no_part_of_the_name_nor_a_group() -> None:
    fields = _fields("Beste,\nWij vragen 3000 euro.\nMet vriendelijke groeten,\nJoris Lermyte\n"
                     "Contactpersoon: Joris Lermyte (medewerker vrije tijd)\n")
    assert fields["contact_name"] == "Joris Lermyte" and "organisation" not in fields


@pytest.mark.parametrize(("line", "name"), [
    ("Personne référente: Didier Top, adjoint au maire", "Didier Top"),
    ("Contactpersoon: Jan Peeters, voorzitter van de dorpsraad", "Jan Peeters"),
    ("Contact : Marie Dubois, secrétaire de l'association", "Marie Dubois"),
    ("Contactpersoon: Els Vandamme, schepen van cultuur", "Els Vandamme"),
    ("Contact : Jean-Pierre Lemaire, conseiller municipal", "Jean-Pierre Lemaire"),
    ("Contact : Marie Maire, présidente", "Marie Maire"),  # a surname that is a role's word
])
def test_a_contacts_role_and_what_it_is_of_are_no_part_of_the_name(line: str, name: str) -> None:
    fields = _fields(f"{line}\nE-mail: contact@example.org\n")
    assert fields["contact_name"] == name and "organisation" not in fields


def test_the_kind_of_group_before_its_name_is_left_where_the_group_signs_without_it() -> None:
    letter = ("Madame, Monsieur,\nAu nom de l'association Les Amis de l'Estaminet, j'ai le plaisir de vous présenter "
              "notre projet.\nNous sollicitons une aide de 9 500 €.\nBernadette Vermersch\nPrésidente\n{sign}\n")
    assert _fields(letter.format(sign="Les Amis de l'Estaminet"))["organisation"] == "Les Amis de l'Estaminet"
    # signed otherwise, the kind stays the name's first word, as the sentence writes it
    assert _fields(letter.format(sign="Oost-Cappel"))["organisation"] == "Association Les Amis de l'Estaminet"
    # the letterhead above says it as well as a signature below
    assert _fields(f"Les Amis de l'Estaminet\n28 rue de l'Église, 59122 Oost-Cappel\n\n"
                   f"{letter.format(sign='Oost-Cappel')}")["organisation"] == "Les Amis de l'Estaminet"
    # a heading above the sentence is the event a committee is named after, not how the group signs
    fields = _fields("Kermis Westouter\n\nBeste,\nNamens het comité Kermis Westouter dien ik ons project in.\n"
                     "Wij vragen 4.000 euro.\nMet vriendelijke groeten,\nAn Peeters\n")
    assert fields["organisation"] == "Comité Kermis Westouter"


def test_a_groups_name_a_sentence_cuts_at_its_small_words_is_the_letterheads_in_full() -> None:
    fields = _fields("Les Amis du moulin de Flêtre\n70 rue de la Chapelle - 59270 Flêtre\n\nMadame,\n"
                     "L'association Les Amis du moulin de Flêtre souhaite participer à l'appel à projets.\n"
                     "Nous sollicitons une aide de 9000 euros.\nBien à vous,\nSylvie Dewitte\n")
    assert fields["organisation"] == "Les Amis du moulin de Flêtre"


def test_a_contact_labelled_as_such_under_a_signers_role_is_the_contact() -> None:
    fields = _fields("Recevez nos salutations,\nALES\nPrésident\nPersonne À contacter : Véronique Vanhee (président)\n")
    assert fields["contact_name"] == "Véronique Vanhee"


@pytest.mark.parametrize(("subject", "title"), [
    ('Betreft: projectoproep "Maak werk van je buurt!" - Speelweide De Kerselaar\nopfrissen',
     "Speelweide De Kerselaar opfrissen"),
    ("Objet : appel à projets « Maak werk van je buurt » - Verger\nconservatoire communal",
     "Verger conservatoire communal"),
    ("Betreft: projectoproep Maak werk van je buurt! - Straatmeesters in\n- onze wijk", "Straatmeesters in onze wijk"),
    ("Objet : Jardin partagé\nmadame, monsieur", "Jardin partagé"),  # a greeting written small is no tail
])
def test_a_subject_line_wrapped_short_keeps_its_tail(subject: str, title: str) -> None:
    assert _fields(f"{subject}\nGeachte,\nWij vragen 3000 euro.\n")["project_title"] == title


def test_a_forms_heading_naming_the_call_is_no_title() -> None:
    fields = _fields("Projectidee — Maak werk van je buurt! 2019\nnaam van het project\nPicknickplek aan de IJzer\n")
    assert fields["project_title"] == "Picknickplek aan de IJzer" and "organisation" not in fields
    assert "Maak werk" not in _fields("Projectidee — Maak werk van je buurt! 2019\n").get("project_title", "")


@pytest.mark.parametrize("letter", [
    # a fee asked of the participants, or another funder's share, is no request to the call
    "Le coût total du projet est de 6 000 €. Pour les repas, nous demandons une participation de 10 € par "
    "participant.\nCordialement,\nSylvie Dewitte\n",
    # the rest counted on from others than the call
    "Het project kost in totaal 6.000 euro. Zelf brengen we 1.500 euro in. Voor de rest rekenen we op "
    "vrijwilligers en sponsors.\n",
    "Le projet coûte 6 000 euros au total. Nous apportons 1 500 euros. Pour le reste, nous comptons sur la "
    "commune et nos sponsors.\n",
    "Het project kost in totaal 6.000 euro. Zelf brengen we 1.500 euro in. Voor de rest van het jaar vragen we "
    "niets.\n",
])
def test_what_is_asked_of_others_than_the_call_is_no_request(letter: str) -> None:
    assert "requested_amount" not in _fields(letter)


def test_a_share_asked_of_the_town_leaves_the_request_to_the_call_sure() -> None:
    fields = _fields("Le coût total du projet est de 6 000 €. Nous avons demandé une participation de 1 000 € à "
                     "la commune. Nous sollicitons 3 500 € dans le cadre de l'appel.\n")
    assert fields["requested_amount"] == "3500.00"


@pytest.mark.parametrize("tail", ["in bijlage ons dossier", "t.a.v. mevrouw De Smet", "zie bijlage",
                                  "mesdames, messieurs", "goeiedag", "met dank voor uw aandacht en tot binnenkort"])
def test_a_line_under_the_subject_that_is_no_tail_of_it(tail: str) -> None:
    assert _fields(f"Betreft: Speelweide De Kerselaar\n{tail}\n").get("project_title") in (
        "Speelweide De Kerselaar", None)


def test_a_second_person_or_a_condition_in_brackets_stays_with_the_contact() -> None:
    assert _fields("Contactpersoon: Els Maes (en Jan Peeters)\n")["contact_name"] == "Els Maes (en Jan Peeters)"


def test_a_scanned_letter_s_subject_without_its_colon_wraps_as_one_with_it() -> None:
    from parsers.documents import default_call, extract

    text = ("Koen Ghekiere\nKasteelstraat 79A\n8650 Merkem\n\nMerkem 8 juni 2019\n\n"
            "Betreft projectoproep ‘Maak werk. van je buurt!\" - Straatmeesters in\n- onze wijk\n\n"
            "Beste projectcoordinator,\nAls inwoner van Merkem wil ik graag een projectidee indienen.\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["project_title"].value == "Straatmeesters in onze wijk"


@pytest.mark.parametrize(("between", "next_line"), [
    ("\n\n", "Geachte heer, mevrouw"),  # after a blank line: the letter goes on
    ("\n", "Beste projectcoördinator"),  # no blank line OCR kept, a greeting
    ("\n", "Madame la Présidente"),  # starts with a capital: no tail of a subject
    ("\n", "Merkem 8 juni 2019"),
])
def test_a_subject_without_its_colon_takes_no_line_that_is_not_its_tail(between: str, next_line: str) -> None:
    from parsers.documents import default_call, extract

    text = ("Koen Ghekiere\nKasteelstraat 79A\n8650 Merkem\n\n"
            f"Betreft projectoproep 'Maak werk van je buurt!' - Samen tuinieren in de pastorijtuin{between}"
            f"{next_line}\nAls inwoner van Merkem wil ik graag een projectidee indienen.\n")
    fields, _ = extract(text, default_call(), lost_columns=True)
    assert fields["project_title"].value == "Samen tuinieren in de pastorijtuin"


def test_a_title_in_quotes_after_the_call_s_name_whose_closing_quote_was_lost() -> None:
    from parsers.fields import title_from_subject

    assert title_from_subject("projectoproep 'Maak werk van je buurt! 'Buurtfeest in de wijk'",
                              ("Maak werk van je buurt!",)) == "Buurtfeest in de wijk"


def test_a_letterhead_saying_what_kind_of_group_over_its_street_gives_no_street_as_the_group() -> None:
    letter = ("Taal- en Erfgoedkring Hondschoote\nvereniging (association loi 1901)\n12 rue des Moëres\n"
              "59122 Hondschoote\n\nGeachte heer,\n\nWij willen een taalcafé openen.\n\nJean-Marie Vandaele\n")
    fields = _fields(letter)
    assert fields.get("organisation") != "12 rue des Moëres"
    assert fields["address"] == "12 rue des Moëres"


def test_an_address_block_under_a_long_signature_line_keeps_its_lines() -> None:
    mail = ("Geachte heer,\n\nIn bijlage onze begroting.\n\nHoogachtend,\n\nRoger Deprez\n"
            "namens de vrijwilligersgroep 'Helpende Handen Reninge'\nSint-Maartensstraat 7\n8647 Lo-Reninge\n")
    fields = _fields(mail)
    assert "Sint-Maartensstraat" not in fields.get("organisation", "")
    assert (fields["address"], fields["postcode"]) == ("Sint-Maartensstraat 7", "8647")
    # a sentence wrapped before its amount is still joined
    assert unwrap("Voor de zitbanken, het buurtfeest en de affiches vragen wij\ndus 3000 EUR aan.") == (
        "Voor de zitbanken, het buurtfeest en de affiches vragen wij dus 3000 EUR aan.")


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("namens de vrijwilligersgroep 'Helpende Handen Reninge'", "Helpende Handen Reninge"),
    ("Namens vzw 'De Linde' dien ik ons idee in.", "De Linde"),
    ("Au nom du collectif 'Les Voisins Solidaires', je vous présente notre projet.", "Les Voisins Solidaires"),
])
def test_a_name_in_single_quotes_after_its_kind_of_group_is_the_group(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence)[:1] == [organisation]


@pytest.mark.parametrize("closing", ["Avec mes remerciements,", "En vous remerciant par avance,",
                                     "Met dank bij voorbaat,", "Alvast bedankt,", "Merci d'avance !"])
def test_a_thank_you_alone_on_its_line_closes_the_mail(closing: str) -> None:
    fields = _fields(f"Bonjour,\n\nNous vous présentons notre projet.\n\n{closing}\n\nAurélie Deconinck\n")
    assert fields["contact_name"] == "Aurélie Deconinck"


@pytest.mark.parametrize(("text", "organisation", "title"), [
    ("Wie zijn wij: Seniorenvereniging De Zonnewende Staden, 140 leden.\n\nOns project: Vrijwillige chauffeurs "
     "voor ouderen. Veel leden rijden niet meer.\n", "Seniorenvereniging De Zonnewende Staden",
     "Vrijwillige chauffeurs voor ouderen"),
    ("Nous sommes réunis dans l'association « Ledringhem Ensemble ».\n\nNotre projet : Un café associatif dans "
     "l'ancienne école. Ouvert trois demi-journées.\n", "Ledringhem Ensemble",
     "Un café associatif dans l'ancienne école"),
    ("Wie zijn we: een groep buren uit de Kerkstraat.\n\nOns project: we willen een speelstraat.\n", None, None),
])
def test_a_heading_question_and_our_project_with_a_colon(text: str, organisation: str | None,
                                                          title: str | None) -> None:
    fields = _fields(text)
    assert fields.get("project_title") == title
    if organisation is not None:
        assert fields["organisation"] == organisation
    else:
        assert "Kerkstraat" not in str(fields.get("organisation"))


@pytest.mark.parametrize(("subject_line", "title"), [
    ("Concerne : appel à projets « Maak werk van je buurt ! » - Les voisins de la Zeelaan se\nrencontrent",
     "Les voisins de la Zeelaan se rencontrent"),
    ("Objet : candidature à l'appel à projets « Maak werk van je buurt ! » - Une boîte à livres et un\n"
     "coin lecture au cœur du village", "Une boîte à livres et un coin lecture au cœur du village"),
])
def test_a_letter_s_subject_line_names_the_title_after_the_call(subject_line: str, title: str) -> None:
    letter = (f"Monique Lecomte\nZeelaan 231 bus 4\n8660 De Panne\n\nDe Panne, le 27 mai 2019\n{subject_line}\n"
              "Monsieur,\nNous proposons d'installer deux bancs.\n")
    assert _fields(letter)["project_title"] == title


def test_a_role_of_the_group_under_the_name_gives_the_group_not_the_role() -> None:
    fields = _fields("Bonjour,\n\nJe vous écris au nom de l'APEL de l'école Sainte-Marie de Bambecque (association "
                     "loi 1901), dont je suis la présidente, pour notre projet « Une cour d'école ouverte ».\n\n"
                     "Avec mes remerciements,\n\nAurélie Deconinck\nPrésidente de l'APEL Sainte-Marie\n"
                     "14 rue des Tilleuls - 59470 Bambecque\n06.81.25.47.90\n")
    assert (fields["contact_name"], fields["organisation"]) == ("Aurélie Deconinck", "APEL Sainte-Marie")


@pytest.mark.parametrize("sentence", [
    "Le projet se fera dans le club de foot US Meteren, qui nous prête son terrain.",
    "Ma fille est bénévole dans l'association Les Restos du Cœur de Bailleul.",
    "Het idee ontstond binnen de werkgroep Mobiliteit van de gemeente Poperinge.",
    "Qui sommes-nous ? Des habitants du hameau, avec le soutien de la Mairie.",
    "Wie zijn wij? Ouders van Basisschool De Regenboog in Proven, samen in Buurtcomité De Kouter.",
])
def test_a_group_the_writers_only_mention_is_not_theirs(sentence: str) -> None:
    signed = "Cordialement,\nMarie Lefebvre\nComité des fêtes de Flêtre\n"
    assert _fields(f"Bonjour,\n\n{sentence}\n\n{signed}")["organisation"] == "Comité des fêtes de Flêtre"


def test_a_thank_you_after_the_signature_is_not_the_closing() -> None:
    fields = _fields("Bonjour,\n\nNous demandons 4 000 €.\n\nCordialement,\nMarie Lefebvre\nComité des fêtes de Flêtre"
                     "\n\nPS : le devis suit demain.\nMerci !\n")
    assert (fields["contact_name"], fields["organisation"]) == ("Marie Lefebvre", "Comité des fêtes de Flêtre")


def test_a_wrapped_sentence_whose_next_line_starts_with_an_amount_is_joined_and_names_no_title() -> None:
    fields = _fields("Beste,\n\nDe totale kost bedraagt 8500 euro en daarvan vragen wij een bedrag van\n"
                     "7000 euro als subsidie voor het project\n\nGroeten,\nLien Deprez\n")
    assert (fields["requested_amount"], fields["total_budget"]) == ("7000.00", "8500.00")
    assert "project_title" not in fields  # "voor het project" / "Groeten,": a sentence's end, then the closing


@pytest.mark.parametrize("subject", [
    "Partons 2.0 : Nous aimerions savoir si notre projet est éligible à votre appel",
    "Maak werk van je buurt - Graag had ik geweten of ons project nog op tijd kan worden ingediend",
])
def test_a_question_in_a_subject_is_no_title(subject: str) -> None:
    from parsers.fields import title_from_subject

    assert title_from_subject(subject, ["Maak werk van je buurt!", "Partons 2.0"]) is None


def test_a_team_or_group_named_in_a_sentence_starts_its_name_with_a_capital() -> None:
    assert organisations_in_sentences("Je vous écris au nom de l'équipe d'animation paroissiale de Steenvoorde.") == [
        "Équipe d'animation paroissiale de Steenvoorde"]


@pytest.mark.parametrize("sentence", [
    "Projectcoördinator Jonas lichtte toe hoe buurten tot 10.000 euro steun kunnen krijgen voor een project.",
    "Les quartiers peuvent obtenir jusqu'à 10 000 € pour un projet de voisins.",
])
def test_the_calls_maximum_told_again_is_no_request(sentence: str) -> None:
    # a town's press release about the information evening (a second trial): 10.000 was taken as asked, at 0.8
    assert "requested_amount" not in _fields(f"Persbericht\n\n{sentence}\n")


def test_the_maximum_asked_for_is_a_request() -> None:
    assert _fields("Dag,\n\nWe vragen tot 10.000 euro voor de speeltuin.\n")["requested_amount"] == "10000.00"


@pytest.mark.parametrize(("text", "requested"), [
    # the call's ceiling noted in the label's brackets, as OCR reads a misspelt label: the amount after it
    ("Gevraagde bijgrage (max, € 10,000) € 4.950,00\nTotale projectkost € 5.650,00\n", "4950.00"),
    ("Aide demandée (10 000 € max.) : 8 100 €\nMontant total du projet : 11 250 €\n", "8100.00"),
])
def test_the_ceiling_noted_in_a_labels_brackets_is_no_amount(text: str, requested: str) -> None:
    assert _fields(text).get("requested_amount") == requested


def test_the_calls_name_under_a_heading_read_as_a_label_is_no_group() -> None:
    from parsers.documents import default_call
    from parsers.fields import Harvest, add_value

    # a scanned form's heading "Projectidee indienen" read as the label "Indiener", its line under it the call's name
    harvest = Harvest()
    for name in ("organisation", "contact_name"):
        assert not add_value(harvest, name, "Maak werk van je buurt! — Partons 2.0", "label", 0.8, default_call())
    assert add_value(harvest, "organisation", "Dranouter Leeft vzw", "label", 0.8, default_call())
    assert [c.value for c in harvest.candidates] == ["Dranouter Leeft vzw"]


@pytest.mark.parametrize(("seat", "post"), [("Zetel", "Correspondentieadres"), ("Siège", "Adresse postale")])
def test_a_seat_and_a_postal_address_that_differ_leave_the_address_to_check(seat: str, post: str) -> None:
    # which of the two to write to is the coordinator's to say
    document = parse_document(
        f"Naam vereniging: Dorpsraad Westouter\n{seat}: Dorp 1, 8954 Westouter\n"
        f"{post}: Rodebergstraat 18, 8954 Westouter\nContactpersoon: Kris Vanneste\n".encode(), "mail.txt")
    address = document.fields["address"]
    assert address.value in ("Dorp 1", "Rodebergstraat 18") and address.confidence < REVIEW_THRESHOLD


def test_a_contact_s_short_label_one_space_after_an_answer_is_the_next_box() -> None:
    # a PDF's text joins two boxes of a row with one space: "Naam: Els Verhaeghe Tel.: 058 28 90 17"
    fields = _fields("Naam organisatie: Vzw Feestcomité Reninge\nNaam: Els Verhaeghe Tel.: 058 28 90 17\n"
                     "Postcode: 8647 Deelgemeente: Reninge\n")
    assert fields["contact_name"] == "Els Verhaeghe" and fields["phone"] == "+3258289017"
    assert fields["postcode"] == "8647"


@pytest.mark.parametrize("heading", [
    "Contactpersoon voor dit dossier (indien verschillend van de voorzitter):",
    "Verantwoordelijke voor dit project:",
])
def test_a_board_member_s_labelled_lines_are_theirs_up_to_the_contact_s_heading(heading: str) -> None:
    # "Voorzitter: ..." and the phone and e-mail after it are the chair's; a contact's heading, however long,
    # starts the contact's lines
    fields = _fields("Naam organisatie: Vzw Feestcomité Reninge\nVoorzitter: Stefaan Delanghe\n"
                     "Tel.: 0473 16 52 08\nE-mail voorzitter: stefaan.delanghe@example.org\n"
                     f"{heading}\nNaam: Els Verhaeghe\nTel.: 058 28 90 17\nE-mail: els.verhaeghe@example.com\n")
    assert fields["contact_name"] == "Els Verhaeghe"
    assert fields["phone"] == "+3258289017" and fields["email"] == "els.verhaeghe@example.com"


def test_a_board_member_s_line_is_no_contact_where_the_form_names_none() -> None:
    # the secretary sends the form; the chair's line does not make the chair the contact
    text = ("Nom du club : Les Marcheurs du Mont\nPrésident : Gérard Hennebelle – tél. 03 28 40 71 66\n"
            "Secrétaire : Isabelle Bollaert – 06 45 90 21 37\nMontant demandé : 3 500 euros\n")
    document = parse_document(text.encode(), "mail.txt")
    contact = document.fields.get("contact_name")
    assert contact is None or contact.value != "Gérard Hennebelle" or contact.confidence < REVIEW_THRESHOLD


def test_the_person_in_charge_of_the_file_after_the_chair_s_line_is_the_contact() -> None:
    fields = _fields("Nom de l'association : Les Moëres en Fête\nPrésident : Jean-Marc Vandewalle\n"
                     "Personne chargée du dossier : Valérie Vandewalle\nTéléphone : 03 28 26 74 31\n")
    assert fields["contact_name"] == "Valérie Vandewalle" and fields["phone"] == "+33328267431"
