"""Golden cases for who a letter or a mail is from, as corpus 9's writers put it: the contact person named in a
sentence beside the signing chair, names signed surname first in capitals, a role written with its article
under the name, the group's name in a letterhead's capitals, a subject that names the call after the title."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import field_to_json, parse_document, parse_email
from parsers.confidence import REVIEW_THRESHOLD
from parsers.fields import group_the_address_spells, title_from_subject
from parsers.file_contact import contact_in_sentence
from parsers.prose import organisation_under_name, organisations_founded, organisations_in_sentences
from tests.parsers.format_samples import docx_with_text_box, rtf_file


def _document(text: str):  # type: ignore[no-untyped-def]
    return parse_document(text.encode(), "mail.txt")


def _fields(text: str) -> dict[str, object]:
    return {name: field_to_json(field)["value"] for name, field in _document(text).fields.items()}


def test_an_rtf_letters_letterhead_in_the_page_header_is_read() -> None:
    data = rtf_file(["Beste,", "Wij vragen een subsidie van 2.000 euro voor ons speelbos."],
                    closing=["Met vriendelijke groeten,", "Jens Lahaye"],
                    header=["Landelijke Gilde Reninge", "Kerkstraat 62", "8647 Reninge", "GSM 0495 83 08 09"],
                    footer=["e-mail jlahaye@example.org"])
    document = parse_document(data, "brief.rtf")
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    assert document.text.startswith("Landelijke Gilde Reninge\nKerkstraat 62")
    assert document.text.count("Kerkstraat 62") == 1  # LibreOffice's copy in its page styles is not read again
    assert values["organisation"] == "Landelijke Gilde Reninge"
    assert values["address"] == "Kerkstraat 62" and values["postcode"] == "8647"
    assert values["phone"] == "+32495830809" and values["email"] == "jlahaye@example.org"


def test_the_contact_person_a_letter_names_in_a_sentence() -> None:
    letter = ("DORPSRAAD ESEN\nBoeschepestraat 66 – 8600 Esen\nT +32 51 66 82 22\n\nBetreft: Dorpsontmoetingspunt\n"
              "Geachte heer,\nVoor de uitvoering vragen wij een bijdrage van 6 000 EUR.\n"
              "Contactpersoon voor dit dossier is onze secretaris Els DEPREZ (0495970311,\nels@example.net).\n"
              "Met vriendelijke groeten,\nLieve GOUDESEUNE\nVoorzitter\n")
    document = _document(letter)
    assert document.fields["contact_name"].value == "Els Deprez"
    assert document.fields["phone"].value == "+32495970311"  # not the letterhead's number
    assert document.fields["email"].value == "els@example.net"
    assert document.fields["contact_name"].confidence >= REVIEW_THRESHOLD


def test_the_contact_sentence_in_french_with_the_role_after_the_name() -> None:
    named = contact_in_sentence("La personne à contacter pour ce dossier est Françoise Deswarte, secrétaire de "
                                "l'association (tél. +33 3 28 09 10 51, fdeswarte@example.com). Merci.")
    assert named is not None
    assert (named.name, named.phone, named.email) == ("Françoise Deswarte", "+33328091051", "fdeswarte@example.com")
    assert contact_in_sentence("Contactpersoon is de secretaris van onze vereniging.") is None
    courtesy = contact_in_sentence("La personne à contacter pour ce dossier est M. Jean Dupont, tél. 06 12 34 56 78.")
    assert courtesy is not None and (courtesy.name, courtesy.phone) == ("Jean Dupont", "+33612345678")


def test_a_signature_written_surname_first_in_capitals() -> None:
    fields = _fields("Geachte,\nWij vragen een subsidie van 7.750 euro.\n\nHoogachtend,\n\nDEQUIDT Dirk\n")
    assert fields["contact_name"] == "Dirk Dequidt"
    # a group's acronym and name under the closing is no person
    assert "contact_name" not in _fields("Beste,\nWij vragen 2.000 euro.\n\nMet vriendelijke groeten,\n\n"
                                         "KWB Vlamertinge\n")


def test_a_sender_block_written_surname_first_is_the_person_not_the_group() -> None:
    fields = _fields("DEQUIDT Dirk\nHoogstraat 31\n8670 Oostduinkerke\n\nGeachte,\nWij vragen 7.750 euro.\n")
    assert fields["contact_name"] == "Dirk Dequidt"
    assert "organisation" not in fields


def test_a_writer_who_introduces_themself_surname_first_or_in_english() -> None:
    assert _fields("Monsieur,\nJe m'appelle DESWARTE Odile, présidente du club.\n")["contact_name"] == "Odile Deswarte"
    assert _fields("Dear Sir,\nMy name is Claire Clarke and we ask EUR 5,750.\n")["contact_name"] == "Claire Clarke"
    assert _fields("Dear Sir,\nI am Tom Marsh, and we ask EUR 5,750.\n")["contact_name"] == "Tom Marsh"


def test_a_role_with_its_article_or_glued_to_its_word_under_the_name_is_no_group() -> None:
    assert organisation_under_name(["Le président de l'association", "25 impasse des Lilas"]) is None
    assert organisation_under_name(["La présidente", "Comité des fêtes de Socx"]) == "Comité des fêtes de Socx"
    assert organisation_under_name(["Groepsleider Scouts en Gidsen Poperinge"]) == "Scouts en Gidsen Poperinge"


@pytest.mark.parametrize("line", ["Président(e), Association Les Amis de Flêtre",
                                  "président e), Association Les Amis de Flêtre"])  # as OCR reads the brackets
def test_a_role_written_inclusively_before_the_group(line: str) -> None:
    assert organisation_under_name([line]) == "Association Les Amis de Flêtre"


def test_a_role_in_brackets_with_its_article_after_the_contact() -> None:
    fields = _fields("Bonjour,\n\nContact: Anne-Sophie Degrave (la présidente)\nMontant demandé: 2 750,00 euros\n")
    assert fields["contact_name"] == "Anne-Sophie Degrave"


def test_a_signature_with_the_surname_in_capitals_does_not_turn_the_contact() -> None:
    fields = _fields("Bonjour,\n\nContact: DEGRAVE Anne-Sophie\nMontant demandé: 2 750,00 euros\n\nCordialement,\n\n"
                     "DEGRAVE Anne-Sophie\n")
    assert fields["contact_name"] == "Anne-Sophie Degrave"


def test_a_group_in_capitals_is_written_as_the_letter_writes_it_elsewhere() -> None:
    fields = _fields("UNION SPORTIVE DE BOLLEZEELE\n69 rue des Tilleuls – 59470 Bollezeele\n\nMonsieur,\n"
                     "Nous sollicitons une aide de 2750 €.\nCordialement,\nGérard Maerten\nLe président\n"
                     "Union sportive de Bollezeele – 69 rue des Tilleuls, 59470 Bollezeele\n")
    assert fields["organisation"] == "Union sportive de Bollezeele"


def test_a_subject_that_names_the_call_in_brackets_after_the_title() -> None:
    fields = _fields("Geachte,\nOnderwerp: Buurtmoestuin De Kouter (Maak werk van je buurt!)\nWij vragen 6.750 euro.\n")
    assert fields["project_title"] == "Buurtmoestuin De Kouter"
    french = _fields("Monsieur,\nObjet : Le vieux lavoir revit (Partons 2.0)\nNous demandons 2 750 €.\n")
    assert french["project_title"] == "Le vieux lavoir revit"


def test_a_year_in_a_letters_subject_is_part_of_the_title() -> None:
    fields = _fields("Monsieur,\nObjet : Fête des voisins 2019\nNous sollicitons une subvention de 3000,00 EUR.\n")
    assert fields["project_title"] == "Fête des voisins 2019"
    # the call's name with the year is still the call's
    assert "project_title" not in _fields("Geachte,\nBetreft: Maak werk van je buurt! 2019\nWij vragen 6.750 euro.\n")


def test_the_other_way_to_reach_the_writer_is_no_part_of_the_street() -> None:
    fields = _fields("Dear Mr Polin,\nWe are asking for EUR 5,750.\n"
                     "You can reach me on 0496/142906 or at Vijverstraat 55, 8691 Beveren-aan-den-IJzer.\n")
    assert fields["address"] == "Vijverstraat 55"


def test_the_group_the_writer_chairs_in_english() -> None:
    assert organisations_in_sentences("Claire Clarke, chair of Leisele International Residents' Club, asked me to "
                                      "send this.") == ["Leisele International Residents' Club"]


def test_the_town_hall_a_writer_works_for() -> None:
    assert organisations_in_sentences("Ik ben Filip Dequidt, deskundige vrije tijd van Gemeente Poperinge. Met ons "
                                      "project willen we het dorp samenbrengen.") == ["Gemeente Poperinge"]
    # where a writer lives is not a group
    assert organisations_in_sentences("Ik ben Jan Peeters, inwoner van Loker. We vragen steun.") == []


def test_the_group_whose_board_signs_a_letter() -> None:
    fields = _fields("Jan Peeters\nKerkstraat 5\n8647 Reninge\n\nBetreft: Speelplein\nGeachte,\nWij vragen 2.000 "
                     "euro.\nMet vriendelijke groeten,\nVoor het bestuur van Femma Reninge,\nJan Peeters\n")
    assert fields["organisation"] == "Femma Reninge" and fields["contact_name"] == "Jan Peeters"


def test_a_mail_subject_with_a_generic_word_before_the_calls_name() -> None:
    names = ("Maak werk van je buurt!", "Faites bouger votre quartier !")
    assert title_from_subject("Re: Projectoproep Maak werk van je buurt – Buurtmoestuin De Kouter",
                              names) == "Buurtmoestuin De Kouter"


@pytest.mark.parametrize(("subject", "title"), [
    # the call's name OCR read with a letter or two wrong is still the call's name, not a second title
    ("appel à projets Maak werk van je hurt! - Un café associatif au village", "Un café associatif au village"),
    ("projectoproep Maak werk van je buurl - Buurtkeuken", "Buurtkeuken"),
    ("appel à projets Faites bouger votre quarlier ! - Fête des voisins", "Fête des voisins"),
    # a name near the call's words is not it
    ("Maak werk van je buurt - Maak werk van de kerk", "Maak werk van de kerk"),
])
def test_a_subject_with_the_calls_name_misread(subject: str, title: str) -> None:
    names = ("Maak werk van je buurt!", "Faites bouger votre quartier !")
    assert title_from_subject(subject, names, plain_is_title=True) == title


def test_a_word_letters_letterhead_in_a_text_box_is_read_as_its_own_lines() -> None:
    data = docx_with_text_box(["Feestcomité Reninge", "Dorpsplein 4", "8647 Reninge", "GSM 0478 21 43 65"],
                              ["Geachte,", "Wij vragen een subsidie van 3.250 euro.", "Met vriendelijke groeten,",
                               "Hilde Vanhee"])
    document = parse_document(data, "brief.docx")
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    assert document.text.count("Dorpsplein 4") == 1  # the drawing's copy for older readers is not read again
    assert "Feestcomité Reninge\nDorpsplein 4\n8647 Reninge" in document.text
    assert values["organisation"] == "Feestcomité Reninge" and values["address"] == "Dorpsplein 4"
    assert values["phone"] == "+32478214365" and values["contact_name"] == "Hilde Vanhee"


def test_a_group_named_short_in_a_sentence_is_the_letterhead_s_name_with_its_village() -> None:
    letter = ("Chiro Houthulst\nKapellestraat 14 - 8650 Houthulst\n\nBeste mevrouw,\n"
              "Namens Chiro dien ik graag ons projectidee in.\n\nMet vriendelijke groeten,\nBart Debruyne\n")
    assert _fields(letter)["organisation"] == "Chiro Houthulst"
    # a longer name that is not the group and its village stays the sentence's
    other = letter.replace("Chiro Houthulst\n", "Chiro Jongensgroep\n", 1)
    assert _fields(other)["organisation"] == "Chiro"


@pytest.mark.parametrize(("footer", "organisation"), [
    ("Familles rurales de Hondschoote - Hondschoote", "Familles rurales de Hondschoote"),  # its place said twice
    ("Femma - Langemark", "Femma - Langemark"),  # a place not in the name before the dash: part of the name
])
def test_a_group_under_the_signature_with_its_place_after_a_dash(footer: str, organisation: str) -> None:
    letter = f"Monsieur,\nVoici notre projet.\n\nCordiales salutations,\n\nPascal Ducrocq\nLa présidente\n{footer}\n"
    assert _fields(letter)["organisation"] == organisation


@pytest.mark.parametrize(("sentence", "groups"), [
    # the group's board, leaders or bureau speak for it: the group is what follows
    ("Wij zijn de leiding van Chiro Krombeke en we willen graag meedoen met de projectoproep.", ["Chiro Krombeke"]),
    ("Je vous remercie, au nom de tout le bureau de Méteren Village Vivant, pour la séance de brainstorming.",
     ["Méteren Village Vivant"]),
    # a person named before their group: the group
    ("Ik stuur dit door namens Jolien Bulcke van Feitelijke vereniging De Klaproos, die zelf niet mailt.",
     ["Feitelijke vereniging De Klaproos"]),
    # a child's parents are no group's board: the person stays no group
    ("Ik schrijf namens de ouders van Lotte Peeters, die vorig jaar verhuisde.", []),
])
def test_a_group_spoken_for_by_its_board_or_a_person_of_it(sentence: str, groups: list[str]) -> None:
    assert organisations_in_sentences(sentence) == groups


def test_a_subject_with_the_title_and_the_groups_name() -> None:
    names = ("Maak werk van je buurt!", "Faites bouger votre quartier !")
    assert title_from_subject("Projectidee Kiosk op zondag - Harmonie De Verenigde Vrienden Wervik",
                              names) == "Kiosk op zondag"
    # beside a group's name, a piece the subject does not call the project's is no title
    assert title_from_subject("Nouvelle adresse mail - Comité des fêtes de Killem", names, plain_is_title=True) is None


def test_the_subjects_title_quoted_again_in_the_mail_outranks_another_quoted_word() -> None:
    body = ("Geachte,\n\nDe Koninklijke Harmonie De Verenigde Vrienden werd opgericht in 1896. In 1971 kregen we de "
            "titel ‘Koninklijk’.\n\nMet ons project frissen we de kiosk op het plein op. Van juni tot september "
            "organiseren we er elke laatste zondag ‘Kiosk op zondag’: een gratis aperitiefconcert.\n\n"
            "Voor dit project vragen wij € 9.500,- aan steun.\n\nMet muzikale groeten,\n\nGeert Callewaert\n")
    message = EmailMessage()
    message["From"] = "Geert Callewaert <geert.callewaert@example.com>"
    message["To"] = "coordinator@example.org"
    message["Subject"] = "Projectidee Kiosk op zondag - Harmonie De Verenigde Vrienden Wervik"
    message.set_content(body)
    document, _ = parse_email(message.as_bytes())
    assert document.fields["project_title"].value == "Kiosk op zondag"


@pytest.mark.parametrize(("sentence", "group"), [
    ("De Koninklijke Harmonie De Verenigde Vrienden werd opgericht in 1896 door tabaksarbeiders.",
     "Koninklijke Harmonie De Verenigde Vrienden"),
    ("L'Amicale laïque de Bierne a été fondée en 1962 par des parents d'élèves.", "Amicale laïque de Bierne"),
    ("Chiro Krombeke bestaat al sinds 1965 en telt zestig leden.", "Chiro Krombeke"),
    ("Le Comité des fêtes de Killem existe depuis 1975.", "Comité des fêtes de Killem"),
])
def test_the_group_a_letter_says_was_founded_is_the_applicant(sentence: str, group: str) -> None:
    assert organisations_founded(f"Geachte,\n\nGraag stellen wij ons voor.\n\n{sentence}\n") == [group]
    # found so, it is the applicant only where no phrase, signature or letterhead names another; to check
    field = parse_document(f"Geachte,\n\n{sentence}\nWij vragen 4.000 euro.\n".encode(), "mail.txt").fields
    assert field["organisation"].value == group and field["organisation"].confidence < REVIEW_THRESHOLD


def test_a_partners_founding_does_not_outrank_the_group_the_letter_names() -> None:
    text = ("Beste,\n\nNamens Buurtcomité Stavele-Dorp stel ik ons project voor. De Koninklijke Harmonie "
            "Sint-Cecilia werd opgericht in 1880 en speelt mee op de opening.\nWij vragen 4.000 euro.\n\n"
            "Met vriendelijke groeten,\nSofie Vandenbussche\n")
    assert parse_document(text.encode(), "mail.txt").fields["organisation"].value == "Buurtcomité Stavele-Dorp"


@pytest.mark.parametrize("sentence", [
    "Onze vereniging bestaat sinds 1980.",  # which one is said elsewhere
    "De school werd in 1920 opgericht.",
    "Jan Peeters werd in 1950 geboren.",  # a person's birth founds nothing
    "Het project werd opgericht in 2010.",
])
def test_a_founding_sentence_without_a_groups_name_names_none(sentence: str) -> None:
    assert organisations_founded(sentence) == []


_SIGNED_FOR = ("Vrienden van de Bib Lo\nfeitelijke vereniging\np/a An Desmet – Noordstraat 31 – 8647 Lo\n"
               "Betreft: projectidee \"Een boekenkast in elk gehucht\"\nBeste,\nWe plaatsen vijf kastjes.\n"
               "Totaal € 4.860,00\nEigen inbreng € 360,00\nGevraagd bedrag € 4.500,00\n"
               "Contact: An Desmet, Noordstraat 31, 8647 Lo – tel. 058 28 90 14 – an.desmet@example.net\n"
               "Met vriendelijke groeten,\nAn Desmet\nnamens de Vrienden van de Bib Lo\n")


def test_the_article_in_small_letters_before_the_group_signed_for_is_the_sentences() -> None:
    document = parse_document(_SIGNED_FOR.encode(), "letter.txt")
    assert field_to_json(document.fields["organisation"])["value"] == "Vrienden van de Bib Lo"


@pytest.mark.parametrize(("head", "group"), [
    ("Flêtre Autrement\nassociation loi 1901\n22 route de Bailleul – 59270 Flêtre\n", "Flêtre Autrement"),
    ("Den Boekenhoek\n(feitelijke vereniging)\nNoordstraat 31\n8647 Lo\n", "Den Boekenhoek"),
])
def test_the_letterheads_line_over_its_legal_form_is_the_group(head: str, group: str) -> None:
    text = f"{head}\nFlêtre, le 24 mai 2019\nMadame, Monsieur,\nNous sollicitons 9500 EUR.\n\nClaire Dumortier\n"
    document = parse_document(text.encode(), "letter.txt")
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    assert values["organisation"] == group and values.get("contact_name") != group


def test_the_block_a_letter_is_addressed_to_and_the_calls_name_are_no_group() -> None:
    # the coordinator's block, over its legal form and "t.a.v.": the addressee; "coördinator van Maak werk ...":
    # the call's name
    text = ("Westhoek Partners\nvzw\nt.a.v. de coördinator van Maak werk van je buurt\n\nWatou, 5 juni 2019\n\n"
            "Geachte,\n\nWij zijn een groep ouders en buren uit Watou. We vragen 8.000 euro.\n\n"
            "Met vriendelijke groeten,\nPieter Bouckaert\nWatouplein 17, 8978 Watou\n")
    document = parse_document(text.encode(), "letter.txt")
    assert "organisation" not in document.fields
    assert document.fields["contact_name"].value == "Pieter Bouckaert"


def test_a_sentence_with_a_year_between_commas_is_no_contact_line() -> None:
    # "Notre association, créée en 2017 par ...": the year is no house number, the sentence's subject no name
    text = ("Madame, Monsieur,\nNotre association, créée en 2017 par une quinzaine d'habitants, souhaite répondre "
            "à l'appel à projets Partons 2.0.\nNous sollicitons 9500 EUR.\n")
    document = parse_document(text.encode(), "letter.txt")
    assert "organisation" not in document.fields


@pytest.mark.parametrize(("text", "email", "group"), [
    ("Ik baat sinds 2014 café De Gouden Leeuw uit op het dorpsplein.", "degoudenleeuw.proven@example.com",
     "Café De Gouden Leeuw"),
    ("Wij zijn met een twintigtal jongeren van Jeugdclub De Schuur.", "jeugdclubdeschuur@example.org",
     "Jeugdclub De Schuur"),
    ("Ik ben Jan Peeters en woon in de Kerkstraat.", "janpeeters@example.org", None),  # a person's name
    ("Het feest op het Sint-Maartensplein wordt groot.", "info@example.org", None),
])
def test_the_group_an_e_mail_address_spells(text: str, email: str, group: str | None) -> None:
    assert group_the_address_spells(text, email) == group


def test_a_cafe_the_address_spells_is_the_applicant_where_no_sentence_names_a_group() -> None:
    text = ("Goeienavond,\n\nIk ben Kristof Lefevere en ik baat sinds 2014 café De Gouden Leeuw uit in Proven.\n"
            "Totaal is dat 9500 EUR. Zelf leg ik 1500 EUR bij, dus vraag ik 8000 EUR.\n\n"
            "Kristof Lefevere, Dorpsplein 6, 8972 Proven, 0498/12.34.56, degoudenleeuw.proven@example.com\n")
    field = parse_document(text.encode(), "mail.txt").fields["organisation"]
    assert field_to_json(field)["value"] == "Café De Gouden Leeuw" and field.confidence < REVIEW_THRESHOLD


_SIGNED_WITH_ACRONYM = ("Bonjour,\n\nJe suis la trésorière de l'APE (association des parents d'élèves) de l'école, "
                        "et je vous écris pour notre association. Notre projet, que les enfants ont baptisé "
                        "\"Le Jardin des Curieux\", c'est un jardin ouvert à tous.\nNous demandons donc 7 250,50 €.\n\n"
                        "Merci d'avance et bonne journée,\n\nSandrine Lemaire\nTrésorière APE Les Petits Moulins\n")


def test_an_acronym_in_a_sentence_and_the_groups_name_under_a_wish_for_the_day() -> None:
    document = parse_document(_SIGNED_WITH_ACRONYM.encode(), "mail.txt")
    values = {name: field_to_json(field)["value"] for name, field in document.fields.items()}
    assert values["organisation"] == "APE Les Petits Moulins"
    assert values["project_title"] == "Le Jardin des Curieux"
    assert values["contact_name"] == "Sandrine Lemaire"


def test_a_signer_with_a_role_line_between_the_name_and_the_street() -> None:
    text = ("Madame, Monsieur,\n\nNous sollicitons donc une aide de 5 500 €.\n\nJe reste à votre disposition.\n\n"
            "Jean-Luc Vanhoutte\nPrésident du Comité des fêtes de Killem\n14 rue de la Chapelle\n59122 KILLEM\n")
    document = parse_document(text.encode(), "mail.txt")
    assert field_to_json(document.fields["contact_name"])["value"] == "Jean-Luc Vanhoutte"


def test_a_sender_forwarding_their_own_mail_is_the_applicant() -> None:
    message = EmailMessage()
    message["From"] = "Jean-Luc Vanhoutte <jeanluc.vanhoutte@example.net>"
    message["To"] = "coordinator@example.org"
    message["Subject"] = "Fwd: Dossier fête des voisins - Killem"
    message.set_content(
        "Bonjour,\n\nJe vous fais suivre le mail ci-dessous que j'avais envoyé par erreur à la mairie.\n\n"
        "Bien cordialement,\nJ-L Vanhoutte\n\n---------- Forwarded message ---------\n"
        "De : Jean-Luc Vanhoutte <jeanluc.vanhoutte@example.net>\nDate: lun. 27 mai 2019 à 18:41\n"
        "Subject: Dossier fête des voisins - Killem\nTo: <accueil.mairie@example.com>\n\n\nMadame, Monsieur,\n\n"
        "Au nom du Comité des fêtes de Killem, je vous présente notre projet « La grande table de Killem ».\n"
        "Nous sollicitons une aide de 5 500 €.\n\nJean-Luc Vanhoutte\n")
    document, _ = parse_email(message.as_bytes())
    assert field_to_json(document.fields["contact_name"])["value"] == "Jean-Luc Vanhoutte"


def test_two_signers_side_by_side_the_first_is_the_contact() -> None:
    text = ("Geachte,\n\nNamens het oudercomité dienen wij graag dit projectidee in. Wij vragen € 9.500,-.\n\n"
            "Met vriendelijke groeten,\n\nEls Vanneste\tTom Deleu\nvoorzitter oudercomité\tdirecteur\n")
    document = parse_document(text.encode(), "letter.txt")
    assert field_to_json(document.fields["contact_name"])["value"] == "Els Vanneste"


@pytest.mark.parametrize("sentence", [
    # a name in quotes that nothing calls the project's: a hall, a newspaper, a book, the call misread
    "Alles gaat door in zaal “De Oude Linde” naast de kerk.",
    "La « Voix du Nord » a déjà parlé de notre idée.",
    "De kinderen lezen samen “De Kleine Prins” voor.",
    "Hierbij ons project in het kader van de oproep \"Baak werk van je PUUR\".",
])
def test_a_name_in_quotes_nothing_calls_the_projects_is_no_title(sentence: str) -> None:
    text = f"Beste,\n\n{sentence}\nWij vragen 3.200 euro.\n\nMet vriendelijke groeten,\nJohan Verhaeghe\n"
    assert "project_title" not in parse_document(text.encode(), "letter.txt").fields


def test_the_group_the_senders_own_address_spells() -> None:
    message = EmailMessage()
    message["From"] = "De Gouden Leeuw <degoudenleeuw.proven@example.com>"
    message["To"] = "coordinator@example.org"
    message["Subject"] = "dorpswinkeltje Proven"
    message.set_content("Goeiedag,\n\nWij baten sinds 2011 café De Gouden Leeuw uit op het marktplein van Proven.\n"
                        "We vragen 6.000 euro voor rekken.\n\nVriendelijke groeten,\nLieve en Dirk Maerten\n")
    document, _ = parse_email(message.as_bytes())
    group = document.fields["organisation"]
    assert group.value == "Café De Gouden Leeuw" and group.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("sentence", "group"), [
    ("De Dorpsraad Westvleteren vraagt steun voor een overdekte fietsenstalling.", "Dorpsraad Westvleteren"),
    ("Vanuit de Dorpsraad Dranouter vragen wij 2.000 euro voor een wandelkaart.", "Dorpsraad Dranouter"),
    ("De Chiro wil een nieuw lokaal.", None),  # the kind alone names none
    ("Vanuit de gemeente kregen we steun.", None),
])
def test_a_village_groups_kind_as_the_sentences_subject_or_after_vanuit(sentence: str, group: str | None) -> None:
    assert organisations_in_sentences(sentence) == ([group] if group else [])


@pytest.mark.parametrize(("headings", "contact"), [
    # the mayor only agrees; the applicant's column says so
    ("Voor akkoord,\tDe aanvrager,\nde burgemeester\tvoor de dorpsraad\n", "Els Casteleyn"),
    ("Pour la dorpsraad,\tVu,\n\tle maire\n", "Hendrik Vandromme"),
    # headings that say neither: the first
    ("\n", "Hendrik Vandromme"),
])
def test_two_signers_side_by_side_without_a_closing_the_applicants_column_is_the_contact(headings: str,
                                                                                        contact: str) -> None:
    text = ("Beste,\n\nDe Dorpsraad Westvleteren vraagt steun voor een fietsenstalling.\n\n"
            "Gevraagd bedrag: 5.400 euro\n\n"
            f"{headings}Hendrik Vandromme\tEls Casteleyn\n\nKapelhoek 3, 8640 Westvleteren\n0473 61 24 09\n")
    document = parse_document(text.encode(), "mail.txt")
    assert document.fields["contact_name"].value == contact


@pytest.mark.parametrize(("signed", "contact"), [
    ("Lieve en Dirk Maerten", "Lieve Maerten"),
    ("Marie et Paul Lefebvre", "Marie Lefebvre"),
    ("Jan en Marleen Van den Broucke", "Jan Van den Broucke"),
])
def test_a_household_that_signs_as_one_gives_the_first_named_to_check(signed: str, contact: str) -> None:
    text = f"Beste,\n\nWe vragen 6.000 euro voor de verbouwing.\n\nVriendelijke groeten,\n{signed}\nKerkstraat 4\n"
    name = parse_document(text.encode(), "mail.txt").fields["contact_name"]
    assert name.value == contact and name.confidence < REVIEW_THRESHOLD


def test_the_group_under_a_signature_with_its_village_as_the_letter_names_it() -> None:
    text = ("Bonjour,\n\nLe Comité des Fêtes de Hondeghem, fidèle à sa devise « Tous Ensemble à Hondeghem », souhaite "
            "acheter un barnum.\n\n"
            "Nous demandons 3 900 €.\n\nBien à vous,\nGérard Bollaert\nprésident du Comité des Fêtes\n"
            "2 place de l'Église, 59190 Hondeghem\n")
    assert parse_document(text.encode(), "mail.txt").fields["organisation"].value == "Comité des Fêtes de Hondeghem"


def test_a_groups_name_set_off_by_a_comma_ends_at_it() -> None:
    assert organisations_in_sentences("Le Comité des Fêtes de Noël, fidèle à sa devise, souhaite acheter un "
                                      "barnum.") == ["Comité des Fêtes de Noël"]


def test_a_greeting_read_on_one_line_with_the_street_is_no_group() -> None:
    # a handwritten letter's lines read as one: "Beste meneer Polin, ..." is whom it is written to
    text = "Beste meneer Polin, Vijverhoekstraat 7, 8650 Merkem\n\nWe vragen 2.300 euro voor het breicafé.\n"
    assert "organisation" not in parse_document(text.encode(), "letter.txt").fields


def test_a_given_name_that_is_also_a_greetings_word_still_signs_a_contact_line() -> None:
    text = "We vragen 2.300 euro voor het breicafé.\n\nLieve Maerten, Sint-Victorplein 4, 8972 Proven\n"
    assert parse_document(text.encode(), "letter.txt").fields["contact_name"].value == "Lieve Maerten"


@pytest.mark.parametrize(("sentence", "title"), [
    ("Met de bewoners willen we het grasveld van onze wijk omvormen tot een \"Groene Speelzone Lindehoek\": een "
     "bloemenweide en een wilgenhut.", "Groene Speelzone Lindehoek"),
    ("Nous voulons transformer la friche en « Jardin des Quatre Saisons » avec les voisins.",
     "Jardin des Quatre Saisons"),
])
def test_a_quoted_name_the_place_is_turned_into_is_the_title_to_check(sentence: str, title: str) -> None:
    text = f"Hallo,\n\n{sentence}\n\nWe vragen 4.300 euro.\n\nVriendelijke groet,\nLotte Vercruysse\n"
    field = parse_document(text.encode(), "mail.txt").fields["project_title"]
    assert field_to_json(field)["value"] == title and field.confidence < REVIEW_THRESHOLD


def test_the_contact_the_mail_names_takes_the_phone_on_their_own_line_of_the_form() -> None:
    # the form lists the board, each with a number; the secretary sends it and says she is the contact: her
    # line's number, not the chair's (to check: which line is hers, the mail says, not the form)
    from parsers import merge_fields
    from tests.parsers.format_samples import odt_file

    form = odt_file(["Demande d'aide – projets des clubs", "Nom du club : Les Marcheurs du Mont",
                     "Président : Gérard Hennebelle – tél. 03 28 40 71 66",
                     "Secrétaire : Isabelle Bollaert – 06 45 90 21 37 – isabelle.b@example.com",
                     "Trésorier : Patrick Vandevoorde – 03 28 40 55 09", "Montant demandé : 3 500 euros"], [])
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "Isabelle Bollaert <isabelle.b@example.com>", \
        "c@example.org", "Demande"
    message.set_content("Bonjour,\n\nJe vous transmets la demande du club. Je reste votre interlocutrice pour ce "
                        "dossier.\n\nCordialement,\nIsabelle Bollaert\nSecrétaire des Marcheurs du Mont\n")
    message.add_attachment(form, maintype="application", subtype="vnd.oasis.opendocument.text",
                           filename="demande.odt")
    body, documents = parse_email(message.as_bytes())
    merged = merge_fields([body, *documents])
    assert merged["contact_name"].value == "Isabelle Bollaert"
    assert merged["phone"].value == "+33645902137" and merged["phone"].confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("said", "meant"), [
    ("Petite correction : le formulaire indique un montant demandé de 10 000,00 €, mais il faut lire 9 000,00 €, "
     "la commune augmentant sa participation.", "9000.00"),
    ("In het formulier staat 10.000 euro, maar dat moet 9.000 euro zijn: de gemeente betaalt meer.", "9000.00"),
    ("Nous demandons bien 10 000 €, comme indiqué dans le formulaire.", None),
])
def test_an_amount_the_mail_says_the_form_gives_wrongly_is_the_mail_s_to_check(said: str, meant: str | None) -> None:
    from parsers import merge_fields
    from tests.parsers.format_samples import odt_file

    form = odt_file(["Fiche de dépôt d'une idée de projet", "Organisme demandeur : Collectif Voisins Solidaires",
                     "Montant sollicité : 10 000,00 €", "Coût total du projet : 21 400,00 €"], [])
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "Martine Thoor <martine@example.org>", "c@example.org", \
        "Dossier"
    message.set_content(f"Madame, Monsieur,\n\nJe vous envoie notre dossier de candidature.\n{said}\n\n"
                        "Bien à vous,\nMartine Thoor\n")
    message.add_attachment(form, maintype="application", subtype="vnd.oasis.opendocument.text", filename="fiche.odt")
    body, documents = parse_email(message.as_bytes())
    merged = merge_fields([body, *documents])
    requested = field_to_json(merged["requested_amount"])
    if meant is None:  # no correction: the form's amount, as sure as the form
        assert requested["value"] == "10000.00" and merged["requested_amount"].confidence >= REVIEW_THRESHOLD
    else:
        assert requested["value"] == meant and merged["requested_amount"].confidence < REVIEW_THRESHOLD
    assert field_to_json(merged["total_budget"])["value"] == "21400.00"
