"""Golden cases for what people write instead of filling in boxes: the organisation in a sentence or under
the signature, one-line contact details, the amount asked after the total and the own share, and a
"Porteur de projet" that names a person or a group."""

from __future__ import annotations

import pytest

from parsers import field_to_json, parse_document
from parsers.confidence import REVIEW_THRESHOLD
from parsers.prose import looks_like_organisation, looks_like_person, organisations_in_sentences, split_contact_line


def _fields(text: str) -> dict[str, object]:
    document = parse_document(text.encode(), "mail.txt")
    return {name: field_to_json(field)["value"] for name, field in document.fields.items()}


@pytest.mark.parametrize(("sentence", "organisation"), [
    ("Namens vzw De Groene Loper dien ik ons idee in.", "vzw De Groene Loper"),
    ("Ik schrijf u in naam van Buurtcomité Het Klokhuis uit Watou.", "Buurtcomité Het Klokhuis"),
    ("Als voorzitter van de Dorpsraad Kemmel wil ik een idee voorstellen.", "Dorpsraad Kemmel"),
    ("Je vous écris au nom du Comité de quartier Saint-Martin, à Bergues.", "Comité de quartier Saint-Martin"),
    ("J'écris pour l'association Les Amis du Moulin qui souhaite restaurer le moulin.",
     "association Les Amis du Moulin"),
    ("En tant que présidente de l'Amicale Laïque de Killem, je dépose notre projet.", "Amicale Laïque de Killem"),
    ("Namens Landelijke Gilde Zarren wil ik graag ons idee indienen.", "Landelijke Gilde Zarren"),
    ("Ik ben vrijwilliger bij KVLV Krombeke en we hebben een idee.", "KVLV Krombeke"),
    ("Veuillez trouver ci-dessous notre idée de projet pour Les Amis de Winnezeele.", "Les Amis de Winnezeele"),
    ("Als bestuurslid van vzw 't Ros Beiaard stel ik u ons project voor.", "vzw 't Ros Beiaard"),
    ("Wie zijn we? Scouts en Gidsen Diksmuide is een vereniging uit Diksmuide.", "Scouts en Gidsen Diksmuide"),
    ("In naam van het bestuur van Gezinsbond Bovekerke wil ik ons idee voorstellen.", "Gezinsbond Bovekerke"),
])
def test_the_organisation_named_in_a_sentence(sentence: str, organisation: str) -> None:
    assert organisations_in_sentences(sentence) == [organisation]


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
    document = parse_document("Odile Vandaele\n12, rue de l'Église\n59190 CAËSTRE\n\nProvincie West-Vlaanderen\n"
                              "Woumenweg 100\n8600 Diksmuide\n".encode(), "mail.txt")
    assert document.fields["postcode"].value == "59190"
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
])
def test_a_kind_of_group_without_its_name_is_no_organisation(sentence: str) -> None:
    assert organisations_in_sentences(sentence) == []
