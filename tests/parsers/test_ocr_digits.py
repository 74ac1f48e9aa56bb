"""Garbled numbers of a page's reading read again as numbers (``parsers.ocr_digits``), on pages built here
in a handwriting-like font and read by the real tesseract."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers.ocr as ocr
from parsers.ocr import OcrPage, Word, _page_of, pgm_bytes, read_page
from parsers.ocr_digits import (
    _with_its_signs,
    chosen_reading,
    number_runs,
    phone_letters_read,
    well_formed,
    with_numbers_read_again,
)
from tests.parsers.page_reading import fields_of_page

HAND = "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf"
PRINT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _page(number: str) -> tuple[Image.Image, Word]:
    """A page with a label and a number written by hand after it; the number's box, as tesseract gives it."""
    page = Image.new("L", (1400, 400), 255)
    draw = ImageDraw.Draw(page)
    draw.text((100, 150), "Bedrag:", font=ImageFont.truetype(PRINT, 40), fill=0)
    hand = ImageFont.truetype(HAND, 56)
    draw.text((500, 145), number, font=hand, fill=0)
    left, top, right, bottom = draw.textbbox((500, 145), number, font=hand)
    return page, Word(left, top, right - left, bottom - top, number, 60.0)


def _misread(page: Image.Image, number: Word, text: str) -> OcrPage:
    return _page_of([Word(100, 155, 150, 40, "Bedrag:", 92.0), Word(number.left, number.top, number.width,
                                                                    number.height, text, 55.0)])


@pytest.mark.parametrize(("written", "misread"), [("8.250", "8.2S0"), ("4000", "U000"), ("3.250,00", "3.2S0,O0")])
def test_a_garbled_amount_is_read_again_as_a_number(written: str, misread: str) -> None:
    page, number = _page(written)
    again = with_numbers_read_again(page, _misread(page, number, misread))
    assert again.text == f"Bedrag:\t{written}"


def test_read_page_reads_its_garbled_numbers_again(monkeypatch: pytest.MonkeyPatch) -> None:
    page, number = _page("4000")
    monkeypatch.setattr(ocr, "_read_page", lambda data, **_: _misread(page, number, "U000"))
    assert "4000" in read_page(pgm_bytes(page)).text


def test_a_page_without_a_garbled_number_costs_no_run(monkeypatch: pytest.MonkeyPatch) -> None:
    page, number = _page("9050")

    def no_run(command: list[str]) -> str:
        raise AssertionError(f"tesseract ran: {command}")

    monkeypatch.setattr("parsers.ocr._tesseract", no_run)
    reading = _misread(page, number, "9050")
    assert with_numbers_read_again(page, reading) is reading


def test_what_is_read_again() -> None:
    def runs(*texts: str) -> list[str]:
        words = [Word(100 + 200 * place, 100, 150, 40, text, 80.0) for place, text in enumerate(texts)]
        return [" ".join(words[index].text for index in run) for run in number_runs(words)]

    assert runs("Postcode", "54L10") == ["54L10"]
    assert runs("Telefoon", "05+/29", "3809") == ["05+/29 3809"]
    assert runs("Bedrag", "©", "11.S00,-") == ["© 11.S00,-"]
    # read with digits only, a house number with its letter, a word: left as read
    assert runs("Bedrag", "9050") == []
    assert runs("Kerkstraat", "101A") == []
    assert runs("Kerkstraat", "142A,", "8972") == []
    assert runs("Gemeente", "Houthulst") == []
    # a group of digits read as letters, between two of digits or after a phone's first six: in the run
    assert runs("Telefoon", "0479", "bb", "56", "85") == ["0479 bb 56 85"]
    assert runs("Téléphone", "+33", "7", "87", "76", "74", "LS") == ["+33 7 87 76 74 LS"]
    # a word before an amount, a word after a short number: not
    assert runs("Het", "is", "45O0", "euro") == ["45O0"]
    assert runs("Nummer", "1S55", "is") == ["1S55"]


def test_only_a_well_formed_number_as_long_replaces_the_first_reading() -> None:
    assert well_formed("U000,", "4000")
    assert well_formed("0446 +89 853", "0476 789 853")  # a Belgian mobile
    assert well_formed("54L10", "59670")
    assert not well_formed("54L10", "510")  # digits lost
    assert not well_formed("1/0 el2013", "1/06/2014")  # a date: no phone, postcode or amount
    assert not well_formed("W597224926", "597224926")  # no phone is written without its "0" or "+"
    assert well_formed("5750 £", "5.750€/")
    assert chosen_reading("U000,", ["4000,", "00,", "000."]) is None  # one reading alone is no agreement
    assert chosen_reading("© 11.S00,-", ["11.500,-", "11.800,", "11.500,-"]) == "11.500,-"
    # a crossed 7 read as "+"; the euro sign read or not
    assert chosen_reading("05+/29 3809", ["05+/293809", "05+/293809", "05+/293809"]) == "057/293809"
    assert chosen_reading("© 1.+50,-", ["61.450,", "€1.+50,-", "1.+50,-"]) == "€1.750,-"


def test_the_number_read_again_keeps_its_euro_sign_and_the_sentence_s_comma() -> None:
    assert _with_its_signs("43.400 É,", "13,400") == "13,400 €,"
    assert _with_its_signs("© 11.S00,-", "11.500,-") == "€ 11.500,-"
    assert _with_its_signs("U000,", "4000") == "4000,"
    assert _with_its_signs("05+/29 3809", "057/293809") == "057/293809"


@pytest.mark.parametrize(("text", "expected"), [
    ("dont / 000 euros d'apport propre", "dont 1 000 euros d'apport propre"),  # a handwritten 1 read as a slash
    ("we vragen /500 euro", "we vragen 1500 euro"),
    # between an amount's thousand and its hundreds
    ("Coût total du projet : 8/00 €", "Coût total du projet : 8100 €"),
    ("Totale kostprijs: 9/50,00 EUR", "Totale kostprijs: 9150,00 EUR"),
    ("prix 12/50 €", "prix 12/50 €"),  # more than one digit before it: left as read
    ("le 8/06/19 €", "le 8/06/19 €"),
    # a slash where it means one: left as read
    ("Materiaal / 500 €", "Materiaal / 500 €"),  # an item and its price
    ("prix 12 / 500 €", "prix 12 / 500 €"),
    ("bus 2/ 000 €", "bus 2/ 000 €"),
    ("le 8/06/2019, 250 €", "le 8/06/2019, 250 €"),
    ("et/ou 500 €", "et/ou 500 €"),
    ("dont / 000 personnes", "dont / 000 personnes"),  # no sum of euros
    ("Totaal 3 500 € /500 € eigen inbreng", "Totaal 3 500 € /500 € eigen inbreng"),  # after a sum, a %, a colon
    ("soit 10 % /500 €", "soit 10 % /500 €"),  # or in a cell of its own, a slash may mean "none"
    ("Zaalhuur: /500 euro", "Zaalhuur: /500 euro"),
    ("Andere subsidies\t/500 €", "Andere subsidies\t/500 €"),
])
def test_a_slash_read_for_a_one_before_an_amounts_thousands(text: str, expected: str) -> None:
    from parsers.ocr_digits import slashes_for_ones

    assert slashes_for_ones(text) == expected


def test_an_own_share_whose_one_was_read_as_a_slash_gives_the_rest_to_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers.confidence import REVIEW_THRESHOLD

    # the page's reading as tesseract gave it (corpus 12's hand: "1 000" read "/ 000"); the rest is the real path
    letter = ("Les Amis du patrimoine de Winnezeele\nBrigitte Deswarte\n49 rue d'Ypres\n59670 Winnezeele\n\n"
              "Madame, Monsieur,\nPar la présente, notre association souhaite présenter un projet.\n"
              "Le budget total s'élève à 8000 €, dent / 000 euros d'apport propre.\n\nBrigitte Deswarte\n")
    fields = fields_of_page(monkeypatch, letter, confidence=85.0)
    assert fields["total_budget"].value == 8000
    assert fields["requested_amount"].value == 7000 and fields["requested_amount"].confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(("read", "meant"), [
    ("Telefoon / GSM\n0479 bb 56 85\n", "Telefoon / GSM\n0479 66 56 85\n"),
    ("Tel\t057 3S 94 80\nE-mail", "Tel\t057 35 94 80\nE-mail"),
    ("Téléphone\t+33 3 28 3S 17 2O\n", "Téléphone\t+33 3 28 35 17 20\n"),
    # the trunk 0 read as an O, a handwritten 1 as a bracket (a phone photo)
    ("Téléphone: __ O6 2] 87 34 04\n", "Téléphone: __ 06 21 87 34 04\n"),
    ("Organisation\tOVL 2019\n", "Organisation\tOVL 2019\n"),
    # an L or a U may be a 1, a 4 or a 6: left as read
    ("Téléphone\t+33 7 87 76 74 LS\n", "Téléphone\t+33 7 87 76 74 LS\n"),
    # more than two letters: words, not a number
    ("Tel\t0479 bb SS 85\n", "Tel\t0479 bb SS 85\n"),
    # within a sentence, or no phone once read
    ("Bel 0479 bb 56 85 na zes uur", "Bel 0479 bb 56 85 na zes uur"),
    ("Tel\t0479 bb 56\n", "Tel\t0479 bb 56\n"),
    ("Dossier\t0 2019 b\n", "Dossier\t0 2019 b\n"),
])
def test_a_phone_s_digits_read_as_letters_are_put_back(read: str, meant: str) -> None:
    assert phone_letters_read(read) == meant
