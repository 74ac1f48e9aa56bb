"""Fields from the text OCR reads off a picture of a form or a letter: rows of labels over their answers,
a person's label and which part of the name it asks, a board member's row, the contact named in a sentence,
an organisation a letterhead prints in capitals, a crumb of a garbled amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers.documents import default_call
from parsers.labels import OTHER_PERSON, REPRESENTATIVE, SURNAME_FIRST, person_part
from parsers.model import FieldValue
from parsers.ocr_capitals import group_as_written
from tests.parsers.page_reading import fields_of_page

_read = fields_of_page


def test_a_persons_label_then_a_dash_then_the_part_of_the_name_it_asks() -> None:
    assert person_part("Contactpersoon voor dit dossier - Naam en voornaam") == SURNAME_FIRST
    assert person_part("Personne à contacter pour le dossier - Nom et prénom") == SURNAME_FIRST
    assert person_part("Contactpersoon voor dit dossier - Naam en voomaam") == SURNAME_FIRST  # misread
    assert person_part("Personne à contacter pour le dossier - Nom") == "contact_name"
    assert person_part("Président(e) / représentant légal - Nom et prénom") == REPRESENTATIVE
    assert person_part("Penningmeester - Naam") == OTHER_PERSON
    assert person_part("Naam van de vereniging - Vereniging") is None


def test_a_name_asked_in_two_boxes_side_by_side_is_read_from_the_row_under_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "2. Contactgegevens\nContactpersoon voor dit dossier - Naam\tVoornaam\n"
                                "Vandenberghe\tLieve\nTelefoon / GSM\tE-mail\n0475 12 34 56\n\n3. Het project\n")
    assert fields["contact_name"].value == "Lieve Vandenberghe"
    assert fields["phone"].value == "+32475123456"  # under the first of two labels, the one it is the kind of


def test_the_name_under_a_persons_label_with_a_dash_is_the_contact(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "Personne à contacter pour le dossier - Nom et prénom\nDegrave Odile\n"
                                "Téléphone\tCourriel\n")
    assert fields["contact_name"].value == "Odile Degrave"
    gap = _read(monkeypatch, "Contactpersoon voor dit dossier - Naam en voornaam\nVANHEE\tKatrien\nTelefoon / GSM\n")
    assert gap["contact_name"].value == "Katrien Vanhee"  # a wide gap read inside the one answer


def test_a_handwritten_phone_whose_ones_and_zeros_read_as_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "2. Coordonnées\nTéléphone\tCourriel\n+33 6 15 20 07 lo\n3. Le projet\n")
    assert fields["phone"].value == "+33615200710"
    assert fields["phone"].confidence < 0.8


def test_a_treasurers_row_gives_no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "Naam van de vereniging / organisatie\nVrienden van de Bib Wervik vzw\n"
                                "Telefoon / GSM\tE-mail\n\nPenningmeester\tTelefoon / GSM\n"
                                "Jan Peeters\t0478 11 22 33\n\n3. Het project\n")
    assert "phone" not in fields
    assert fields.get("contact_name") is None or fields["contact_name"].value != "Jan Peeters"


def test_a_label_over_an_answer_ocr_left_out_is_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "3. Het project\n\nTitel van het project\n\nKorte omschrijving\n"
                                "Met een kleine enquête bij alle bewoners hebben we gepeild naar wat\n"
                                "het dorp nodig heeft.\n")
    assert fields.get("project_title") is None or fields["project_title"].value != "Titel van het project"
    # nor is the label misread ("Wel van het project" for "Titel ..."), under a section's heading
    misread = _read(monkeypatch, "2. Uw project\nWel van het project\n\nKorte omschrijving\n\n"
                                 "5.850 EUR\tGevraagde steun\n")
    assert misread.get("project_title") is None or misread["project_title"].value != "Wel van het project"


def test_the_contact_a_letter_names_in_a_sentence_with_their_own_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "Tennisclub De Linde Merkem vzw\nVijverstraat 112 - 8650 Merkem\nGSM 0476 24 18 42\n\n"
                                "Betreft: Wandelkaart met verhalen van vroeger\n\nGeachte heer,\n"
                                "Contactpersoon voor dît dossier îs onze secretaris Mieke Bultinck (+32 479 92 42 17,\n"
                                "mbultinck@example.com).\nHoogachtend,\n\nVeerle Deprez\nVoorzitter\n")
    assert fields["contact_name"].value == "Mieke Bultinck"
    assert fields["phone"].value == "+32479924217"
    assert fields["email"].value == "mbultinck@example.com"
    misread = _read(monkeypatch, "Gontactpersoon voor dît dossier îs onze secretaris Luc VANDEVOORDE\n"
                                 "(0479 70 21 39, femma@example.com).\n")
    assert misread["contact_name"].value == "Luc Vandevoorde"  # "C" read "G": still the sentence's head word
    french = _read(monkeypatch, "La personne à contacter pour ce dossier est Benoît LOOTEN, secrétaire de "
                                "l'association (tél.\n07.36.09 81 88).\n")
    assert french["contact_name"].value == "Benoît Looten"
    assert french["phone"].value == "+33736098188"


# a Dutch and a French form as OCR reads them, a street in capitals written in its box, a title in capitals
_STREET_PAGES = {
    "nl": ("Contactpersoon (voornaam en naam)\tTelefoon / GSM\nJORIS LERMYTTE\t0492 96 93 43\n"
           "Straat en huisnummer\n{street}\nPostcode\tGemeente\n8691\tSTAVELE\n"
           "Titel van het project\nSPEELPLEIN DE KOUTER\n", "Speelplein De Kouter"),
    "fr": ("Personne de contact (prénom et nom)\tTéléphone\nCéline Vercoutre\t06 12 34 56 78\n"
           "Adresse (n° et rue)\n{street}\nCode postal\tCommune\n59122\tHondschoote\n"
           "Intitulé du projet\nMARCHÉ DE NOËL\n", "Marché de Noël"),
}


@pytest.mark.parametrize(("form", "street", "written"), [
    ("nl", "LINDENLAAN 55", "Lindenlaan 55"),
    ("nl", "SINT-JANSSTRAAT 19 BUS 2", "Sint-Jansstraat 19 bus 2"),
    ("nl", "KERKSTRAAT 12 BTE 3", "Kerkstraat 12 bte 3"),
    ("nl", "IJZERSTRAAT 4", "IJzerstraat 4"),
    ("nl", "LEOPOLD III-LAAN 7", "Leopold III-laan 7"),
    ("nl", "O.L.V.-STRAAT 3", "O.L.V.-STRAAT 3"),  # an abbreviation: as written
    ("nl", "'T HOEKSKE 4", "'t Hoekske 4"),
    ("fr", "64 RUE DE LA GARE", "64 rue de la Gare"),
    ("fr", "34 BIS ROUTE DE BERGUES", "34 bis route de Bergues"),
    # a French street's kind is in small letters only right after the number: elsewhere it is a name's word
    ("fr", "RUE DE LA PLACE 12", "Rue de la Place 12"),
    ("fr", "12 RUE DU QUAI", "12 rue du Quai"),
    ("fr", "GRAND PLACE 5", "Grand Place 5"),
    ("fr", "GRAND'PLACE 5", "Grand'Place 5"),
    ("fr", "15 RUE LOUIS XIV", "15 rue Louis XIV"),
    ("fr", "12 RUE D'YPRES", "12 rue d'Ypres"),
    ("fr", "64 rue de la Gare", "64 rue de la Gare"),  # written so: as written
    # a French street's own name read in small letters gets its capital, whatever its article
    ("fr", "60, rue du bourg", "60, rue du Bourg"),
    ("fr", "105 rue de l'église", "105 rue de l'Église"),
    ("fr", "21 rue d'ypres", "21 rue d'Ypres"),
    ("fr", "3 rue des tilleuls", "3 rue des Tilleuls"),
    ("fr", "14 chemin vert", "14 chemin Vert"),
    ("fr", "7 rue de la 2e division", "7 rue de la 2e division"),  # a number: as written
    ("fr", "44 impasse des Tilleuls", "44 impasse des Tilleuls"),  # the article stays small
    ("fr", "6 ter chemin des Vaches", "6 ter chemin des Vaches"),
    ("fr", "2 rue aux Fleurs", "2 rue aux Fleurs"),
    ("fr", "5 rue au bois", "5 rue au Bois"),
])
def test_a_street_in_block_capitals_is_written_as_a_streets_name(monkeypatch: pytest.MonkeyPatch, form: str,
                                                                    street: str, written: str) -> None:
    # a hand writing clearly writes in capitals; the coordinator's letters write the street as a name, and the
    # title as a title (parsers.ocr_spelling.title_written_small: a place's name after its kind, a feast)
    page, title = _STREET_PAGES[form]
    fields = _read(monkeypatch, page.format(street=street))
    assert fields["address"].value == written and fields["project_title"].value == title


def test_an_organisation_in_capitals_is_spelled_as_the_page_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    letter = "\nKasteelstraat 68 - 8920 Langemark\n\nBeste,\nWij dienen ons project in.\nMet vriendelijke groeten,\n\n"
    fields = _read(monkeypatch, f"FEMMA LANGEMARK{letter}Femma Langemark - Kasteelstraat 68, 8920 Langemark\n")
    assert fields["organisation"].value == "Femma Langemark"
    alone = group_as_written(
        {"organisation": FieldValue("organisation", "LES JARDINS DU MOULIN", "body", 0.7)}, "")
    assert alone["organisation"].value == "Les Jardins du Moulin"
    legal = group_as_written({"organisation": FieldValue("organisation", "KWB PROVEN VZW", "body", 0.7)}, "")
    assert legal["organisation"].value == "KWB Proven vzw"
    joined = group_as_written(
        {"organisation": FieldValue("organisation", "CHIRO SINT-JAN D'UXEM", "body", 0.7)}, "")
    assert joined["organisation"].value == "Chiro Sint-Jan d'Uxem"
    dutch = group_as_written(
        {"organisation": FieldValue("organisation", "IJZERFRONT VZW DIKSMUIDE-IJZERHOEK", "body", 0.7)}, "")
    assert dutch["organisation"].value == "IJzerfront vzw Diksmuide-IJzerhoek"


def test_a_digit_left_of_a_garbled_amount_is_no_total(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "4. Budget\nTotale kostprijs van het project\n€ 4 1.50 ÿ Ÿ Ÿ\n\n"
                                "Gevraagde subsidie (max. 10.000 euro)\n7.500 euro\n")
    assert "total_budget" not in fields
    assert fields["requested_amount"].value == 7500


def test_a_budgets_header_row_is_no_row_of_labels_over_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "3. Budget prévisionnel\nDépenses\tMontant (€)\n"
                                "Collation pour la réunion des habitants\t2 690\nHonoraires du paysagiste\t2 040\n")
    assert "requested_amount" not in fields


def test_the_call_named_in_brackets_after_a_subjects_title_is_no_part_of_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "Les Jardins du Moulin\n91 rue des Tilleuls\n59380 Bergues\n\n"
                                "Objet : Les bancs de l'amitié (Partons 2.0)\nBonjour,\n"
                                "Nous avons l'honneur de vous présenter notre candidature.\n")
    assert fields["project_title"].value == "Les bancs de l'amitié"


LETTER = """Mairie de Terdeghem
10, Grand'Place + 59114 Terdeghem

À Terdeghem, le 04/05/2019

‘ Objet : Verger conservatoire et pique-nique

Madame,
Au nom de la commune, nous avons le plaisir de vous présenter le projet suivant.
Le budget total est estimé à 13500,00 €. Nous sollicitons une aide de 5750.

Veuillez agréer, Madame, nos salutations distinguées.
{signature}

Thierry Cnockaert
_
secrétariat de mairie
"""


@pytest.mark.parametrize("signature", ["Cnockaert", "T. Cnockaert", "Cnocksert", "Thiery"])
def test_a_typed_letter_s_hand_signature_speck_and_separator(monkeypatch: pytest.MonkeyPatch, signature: str) -> None:
    # the signature read as a word above the typed name, a speck before "Objet", a "·" read as "+"
    fields = _read(monkeypatch, LETTER.format(signature=signature))
    assert fields["contact_name"].value == "Thierry Cnockaert"
    assert fields["project_title"].value == "Verger conservatoire et pique-nique"
    assert fields["address"].value == "10, Grand'Place"


def test_a_word_above_the_name_unlike_it_is_no_signature_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Wervik" above the name is no hand-signed "Cnockaert": the lines under the closing are left as they are
    fields = _read(monkeypatch, LETTER.format(signature="Wervik"))
    assert fields.get("contact_name") is None


def test_a_form_row_whose_answer_a_speck_follows_under_a_numbered_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    # "1. Porteur de projet" heads the section: the row under it is a label and its answer, not its answer;
    # the ":" read after the answer is a speck; the label offers "du groupe" as the same field's noun
    page = ("1. Porteur de projet\nNom de l'association / du groupe\tMairie de Winnezeele\t:\n"
            "(sauf particuliers) |\t;\nPersonne de contact\tDidier Deswarte\n")
    fields = _read(monkeypatch, page)
    assert fields["organisation"].value == "Mairie de Winnezeele"
    assert fields["contact_name"].value == "Didier Deswarte"


def test_a_handwritten_answer_that_ran_on_under_its_box(monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("1. Porteur de projet\nPersonne de contact\tNATHALIE\nLHEUREUX\n_\n"
            "Adresse (n° et rue)\t80, rue de Steenvoorde\n2. Projet\nIntitulé du projet\tJardin\n"
            "partagé derrière la mairie\nDescription succincte\nUn jardin ouvert à tous.\n3. Budget\n"
            "Coût total du projet\t9050\nApport propre / autres financements\t3750\n"
            "Aide demandée (max. 10 000 €)\t5 300 euros\n")
    fields = _read(monkeypatch, page)
    assert fields["contact_name"].value == "Nathalie Lheureux"
    assert fields["project_title"].value == "Jardin partagé derrière la mairie"
    # the budget's own-share row is no group's name and place
    assert "organisation" not in fields


def test_a_next_label_or_a_street_is_no_answer_run_on(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "Personne de contact\tNATHALIE\nAdresse\nRue Haute 5\nIntitulé du projet\tJardin\nDe buurt leeft\n"
    fields = _read(monkeypatch, page)
    assert fields["contact_name"].value != "Nathalie Adresse"
    assert fields["project_title"].value == "Jardin"  # a line starting upper case is no run-on of a title


@pytest.mark.parametrize(("letterhead", "sentence", "organisation"), [
    # the handwritten sentence misread: the letterhead spells it
    ("Les Amis de Flêtre", "LES Mis de Petre", "Les Amis de Flêtre"),
    # the letterhead misread, the sentence right: the spelling made of a name's words wins
    ("Wijkcomiié Molenhoek", "Wijkcomité Molenhoek", "Wijkcomité Molenhoek"),
    ("Dorpsraad Zarren", "Dorpsraad Esen", "Dorpsraad Esen"),  # another group than the letterhead's
])
def test_a_group_spelled_two_ways_one_misread(
        monkeypatch: pytest.MonkeyPatch, letterhead: str, sentence: str, organisation: str) -> None:
    page = (f"{letterhead}\n51 bis route d'Houtkerque - 59270 Flêtre\n\nMadame,\n"
            f"Je vous écris au nom de notre association, {sentence}, pour vous présenter notre projet.\n")
    assert _read(monkeypatch, page)["organisation"].value == organisation


def test_a_row_under_a_label_alone_is_no_answer_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # the group's label under its answer, then a row whose label OCR garbled ("Let" for "Contactpersoon")
    page = ("1. Aanvrager\nOuderraad GBS Het Klavertje\nNaam vereniging / groep\nLet\tKATRIEN VANDAMME\n"
            "Straat en nummer\tKapellestraat 115\n2. Project\npaar own Tet cine\tSpeelbos voor de kinderen\n")
    fields = _read(monkeypatch, page)
    assert fields.get("contact_name") is None or "Let" not in str(fields["contact_name"].value)
    assert fields.get("project_title") is None or "paar" not in str(fields["project_title"].value)


def test_a_speck_beside_a_heading_is_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "2. Le projet\tF\t\nIntitulé du proyet\tMarché de producteurs du dimanche\n"
    assert _read(monkeypatch, page)["project_title"].value == "Marché de producteurs du dimanche"


def test_a_handwritten_letter_s_street_and_title_as_ocr_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # a dotted line's "_" before the street, a "·" read as ":" before the postcode, "»" read as ">"
    page = ("Thierry Delattre\n_32 place de la Mairie : 59122 Oost-Cappel\nOost-Cappel, le 10 mai 2019\n\n"
            "Objet : « Aire de jeux pour les petits >\nMadame, Monsieur,\n")
    fields = _read(monkeypatch, page)
    assert fields["address"].value == "32 place de la Mairie"
    assert fields["project_title"].value == "Aire de jeux pour les petits"


@pytest.mark.parametrize(("read", "title"), [
    ("Jardin partagé derrière La mairie", "Jardin partagé derrière la mairie"),  # a handwritten l read as L
    ("Verger conservatoire et pique-Nique", "Verger conservatoire et pique-nique"),
    ("Buurtmoestuin De Kouter", "Buurtmoestuin De Kouter"),  # a name's capital
    ("Fête de La Chapelle", "Fête de La Chapelle"),
    ("Tuin van De Kouter", "Tuin van De Kouter"),
])
def test_an_ocrd_titles_small_word_read_with_a_capital(monkeypatch: pytest.MonkeyPatch, read: str, title: str) -> None:
    fields = _read(monkeypatch, f"Intitulé du projet\t{read}\nMontant demandé\t5 000 €\n")
    assert fields["project_title"].value == title


@pytest.mark.parametrize(("read", "group"), [
    ("APE de L'école publique de Vlamertinge", "APE de l'école publique de Vlamertinge"),  # an l read as L
    # a group's name capitalises its first word, whatever it is
    ("vzw De vlinder", "vzw De vlinder"),
    ("asbl La ruche", "asbl La ruche"),
    ("Feestcomité van Het wiel", "Feestcomité van Het wiel"),
    ("Amis de la rue D'hondt", "Amis de la rue D'hondt"),
])
def test_an_ocrd_groups_capitals_stay_but_an_elided_article_read_with_one(
        monkeypatch: pytest.MonkeyPatch, read: str, group: str) -> None:
    fields = _read(monkeypatch, f"Nom de l'association\t{read}\nMontant demandé\t5 000 €\n")
    assert fields["organisation"].value == group


def test_a_comb_boxs_bars_after_a_postcode_are_no_place_and_the_place_gives_the_country(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "8|6|9|1" read as "81619 |/": five digits (a French postcode's shape) and the bars' specks as the place;
    # the place of the call's in the next cell is the place, and the country is its own
    page = ("Straat en huisnummer\nLINDENLAAN 55\nPostcode\tGemeente / deelgemeente\n\n81619 |/\tSTAVELE\n"
            "E-mailadres\nlandelijkegildestavele@example.net\n")
    fields = _read(monkeypatch, page)
    assert fields["municipality"].value == "Alveringem" and fields["country"].value == "BE"


def test_a_country_the_page_names_is_kept_beside_its_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Provin" (Nord) reads as the call's Proven: the page's "France" says which country, not the place
    page = "Commune\tProvin\nPays\tFrance\n"
    assert _read(monkeypatch, page)["country"].value == "FR"


@pytest.mark.parametrize(("line", "place"), [
    ("Adres: Dorpstraat 12, 8647 Lo", "Lo-Reninge"),
    ("Adresse : 12 rue Oberkampf, 75011 Paris 11e", "Paris 11e"),  # off the call's list, as written
    ("Adres: Kerkstraat 3, 8500 Kortrijk - Heule", "Kortrijk - Heule"),
])
def test_a_place_after_its_postcode_reads_as_written(line: str, place: str) -> None:
    from parsers.documents import extract

    fields, _ = extract(f"{line}\n", default_call())
    assert fields["municipality"].value == place


@pytest.mark.parametrize(("first", "second", "group"), [
    ("Naam initiatiefnemer (vereniging. bestuur Dorpscomité Wulvergem", "of bewoner)", "Dorpscomité Wulvergem"),
    ("Porteur de projet (association, commune Foyer rural de Godewaersvelde", "ou habitant)",
     "Foyer rural de Godewaersvelde"),
    # an answer in small letters: what follows the hint's last choice (a group's name is given with its capital)
    ("Porteur de projet (association, commune foyer rural de Godewaersvelde", "ou habitant)",
     "Foyer rural de Godewaersvelde"),
    ("Naam initiatiefnemer (vereniging, bestuur gezinsbond Kortemark", "of bewoner)", "Gezinsbond Kortemark"),
])
def test_a_label_whose_hint_wrapped_leaves_the_answer_read_inside_it(
        monkeypatch: pytest.MonkeyPatch, first: str, second: str, group: str) -> None:
    fields = _read(monkeypatch, f"{first}\n{second}\nContactpersoon\tBart Vanneste\n")
    assert fields["organisation"].value == group
    assert fields["contact_name"].value == "Bart Vanneste"


@pytest.mark.parametrize("hint", ["Naam initiatiefnemer (vereniging, VZW, bestuur\nof bewoner)",
                                  "Naam vereniging (en KBO-nummer\nindien vzw)"])
def test_a_wrapped_hint_that_is_no_list_of_choices_in_small_letters_gives_no_answer_of_its_words(
        monkeypatch: pytest.MonkeyPatch, hint: str) -> None:
    fields = _read(monkeypatch, f"{hint}\nDorpsraad Stavele\nContactpersoon\tBart Vanneste\n")
    assert fields.get("organisation") is None or fields["organisation"].value not in ("VZW, bestuur", "KBO-nummer")


def test_a_wrapped_hint_with_the_answer_beside_its_end(monkeypatch: pytest.MonkeyPatch) -> None:
    # the answer stands beside the hint's second line, not among the hint's words
    fields = _read(monkeypatch, "Naam initiatiefnemer (vereniging, bestuur\nof bewoner)\tDorpsraad Stavele\n"
                                "Contactpersoon\tBart Vanneste\n")
    assert fields["organisation"].value == "Dorpsraad Stavele"


@pytest.mark.parametrize(("answer", "place", "postcode"), [
    ("Boeschèpe", "Boeschèpe", "59299"),  # the postcode left out: the place's own, to check
    ("SUN Boeschipe", "Boeschèpe", "59299"),  # a postcode no one can read, the place one letter off
    ("Lo-Reninge", "Lo-Reninge", "8647"),
])
def test_a_place_without_its_postcode_in_a_postcode_and_place_box(
        monkeypatch: pytest.MonkeyPatch, answer: str, place: str, postcode: str) -> None:
    fields = _read(monkeypatch, f"Personne de contact\tJean Dupont\nCode postal et commune\t{answer}\n")
    assert (fields["municipality"].value, fields["postcode"].value) == (place, postcode)


@pytest.mark.parametrize("answer", ["zie hierboven", "Idem", "Hierboven", "SUN 1234",
                                    # a real place one letter off one of the call's; a person's name
                                    "Deurne", "Anne Bailleul", "Van Ieper", "Mme Castel", "Jan Willem"])
def test_no_place_is_read_from_a_postcode_and_place_box_without_one(
        monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    fields = _read(monkeypatch, f"Contactpersoon\tJan Peeters\nPostcode en gemeente\t{answer}\n")
    assert "municipality" not in fields and "postcode" not in fields


def test_a_speck_between_a_budget_label_and_its_amount_is_no_digit_and_a_kind_of_group_signs_for_none(
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("Dorpscomité Beveren-aan-den-IJzer\n"
            "p/a Marleen Degrave - Oude Kerkstraat 5 - 8691 Beveren-aan-den-Ijzer\n\n"
            "Begroting:\nHaalbaarheidsstudie door extern bureau\t€ 5.000,00\nCommunicatie\t€ 350,00\n"
            "TOTAAL\t€ 7.000,00\nEigen inbreng dorpscomité\t€ 500,00\nGEVRAAGD BEDRAG\t5\t€ 6.500,00\n.\n\n"
            "Met vriendelijke groeten,\n\nMarleen Degrave\nvoorzitter dorpsc\n")
    fields = fields_of_page(monkeypatch, page)
    assert fields["requested_amount"].value == Decimal("6500.00")
    assert fields["organisation"].value == "Dorpscomité Beveren-aan-den-IJzer"


def test_a_form_row_over_a_row_that_starts_with_a_dash_is_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("Contactpersoon\tLotte Vandenbussche\n\nAdres\tReninge-Dorp 28\n- Postcode + gemeente\t8600 Woumen\n\n"
            "Telefoonnummer\t0475-361234\n")
    fields = fields_of_page(monkeypatch, page)
    assert "project_title" not in fields or "Reninge" not in str(fields["project_title"].value)


def test_answers_under_a_row_of_labels_keep_no_bar_of_their_box(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "Coordonnées\nCP\tVille / village\n59114\t| GODEWAERSVELDE\n"
                                "Tél. fixe / portable\tAdresse mail\n+33 3 28 37 87 63\tfrancis94@example.com\n")
    assert fields["postcode"].value == "59114"
    assert fields["municipality"].value == "Godewaersvelde"
    assert fields["phone"].value == "+33328378763"


def test_a_budget_heading_beside_the_request_over_two_amounts_is_the_total(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = _read(monkeypatch, "Titre du projet\nNavette solidaire\nBudget prévisionnel\tMontant sollicité\n"
                                "5 850 EUROS\t| 4 350 EUROS\nCoordonnées\n")
    assert fields["total_budget"].value == Decimal("5850.00")
    assert fields["requested_amount"].value == Decimal("4350.00")
    # the heading of a budget's table, over its cost lines, names no total
    table = _read(monkeypatch, "Budget prévisionnel\tMontant sollicité\nLocation minibus\t1 200 €\n"
                               "Carburant\t800 €\n")
    assert "total_budget" not in table or table["total_budget"].value != Decimal("1200")
