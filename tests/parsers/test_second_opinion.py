"""Runs tesseract read unsure, read again by the second engine (``parsers.second_opinion``): the alignment
of the two readings and the rules that keep tesseract's, as pure functions; the engine itself, Debian's word
lists and ``read_page`` for real, on lines written here in a handwriting-like font."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers.ocr as ocr
import parsers.second_opinion as second_opinion
from parsers.ocr import OcrPage, Word, _page_of, pgm_bytes
from parsers.second_opinion import (
    _known_with_u,
    _sureness,
    known_words,
    merged,
    read_again,
    recognise,
    recognise_with_alternatives,
    spaced,
    tesseract_stays,
    unsure_runs,
)

HAND = "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf"
PRINT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WORD_LISTS_HERE = all(os.path.exists(path) for path in second_opinion.WORD_LISTS)
needs_word_lists = pytest.mark.skipif(not WORD_LISTS_HERE and os.environ.get("CI") != "true",
                                      reason="Debian's wdutch and wfrench are not installed")


# --- the alignment -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("tesseract", "second", "expected"), [
    ("Gécrc À", "Gerard", "Gérard"),  # the accent of a stretch both read; not the lone "À"
    ("Isabelle Looten", "IsabelleLooten", "Isabelle Looten"),  # tesseract's space between two words
    ("Vandewal e", "Vandewalle", "Vandewalle"),  # no space before a lone letter: one word cut in two
    ("Vlamingstraat 240 bus %", "Vlamingstraat160 bus4", "Vlamingstraat 160 bus 4"),
    ("l'ombre", "lombre", "l'ombre"),  # the apostrophe the second engine leaves out
    ("d'élèves", "délèves", "d'élèves"),
    ("Kilew", "Killem.", "Killem"),  # the dotted line under the answer read as a full stop
    ("_80, rue,", ".80 rue,", "80 rue,"),  # or before it (the comma after it read by both)
    ("Veienden van de Div", "VRienden van deBib", "Vrienden van de Bib"),  # a capital read too large
    ("GE M E E N TE", "GEMEENTE", "GEMEENTE"),  # a word in capitals stays in capitals
    ("Bawbecque", "Bambecqve", "Bambecque"),  # a handwritten u read as a v, where tesseract read the u
    ("Bambecqge", "Bambecqve", "Bambecqve"),  # only a u tesseract read is taken for the v
    ("Dvpont", "Dupont", "Dupont"),  # and never tesseract's v for the second engine's u
])
def test_merged_keeps_what_tesseract_reads_well(tesseract: str, second: str, expected: str) -> None:
    assert merged(tesseract, second) == expected


def test_merged_keeps_a_full_stop_tesseract_read_too() -> None:
    assert merged("convivial.", "convivial.") == "convivial."


def test_a_word_cut_in_pieces_is_spaced_as_one() -> None:
    pieces = [Word(100, 10, 30, 40, "GE", 50.0), Word(134, 10, 12, 40, "M", 50.0), Word(180, 10, 60, 40, "WIJT", 50.0)]
    assert spaced(pieces) == "GEM WIJT"  # 4 px apart is no space, 34 px is


# --- which reading stays ------------------------------------------------------------------------------------

def test_more_known_words_decide_either_way() -> None:
    known = {"province", "telefooncel"}
    assert tesseract_stays("Province", "Provnce", 80.0, known) is not None
    assert tesseract_stays("+elefooncel", "telefooncel", 80.0, known) is None


def test_a_digit_lost_keeps_tesseract() -> None:
    assert tesseract_stays("59300 Bergues", "S930o Bergue", 40.0, set()) == "a digit would be lost"


def test_other_digits_replace_only_a_reading_tesseract_was_unsure_of() -> None:
    # a handwritten 7 the second engine read as a 1, where tesseract was fairly sure
    assert tesseract_stays("720000", "1200.00", 78.0, set(), score=0.93) is not None
    # unless the second engine is surer still: "6.100 €" at 78 was 5.700 €, read at 0.96
    assert tesseract_stays("6.100 €", "5.700 €", 78.0, set(), score=0.96) is None
    # a postcode tesseract barely read
    assert tesseract_stays("51122", "59122", 41.8, set()) is None


def test_a_v_is_a_u_when_that_makes_the_only_known_word() -> None:
    known = {"rue", "vrienden", "vue", "vuur"}
    assert [_known_with_u(word, known) for word in ("rve", "rve,", "Vrienden", "Tillels")] == [
        "rue", "rue,", "Vrienden", "Tillels"]
    assert _known_with_u("vve", {*known, "uve"}) == "vve"  # "uve" and "vue": two known words to choose from is none
    assert _known_with_u("vier,", {"vier", "uier"}) == "vier,"  # a known word before its comma stays


def test_the_confidence_that_counts_for_other_digits_is_that_of_the_digits_changed() -> None:
    # a phone read in pieces, only its first unsure: the second engine changes that first digit alone
    run = [Word(0, 0, 30, 40, "96", 58.0), *(Word(40 * n, 0, 30, 40, text, 95.0)
                                             for n, text in enumerate(("57", "42", "46", "03"), start=1))]
    assert _sureness(run, "06 57 42 46 03") == 58.0
    assert tesseract_stays("96 57 42 46 03", "06 57 42 46 03", _sureness(run, "06 57 42 46 03"), set()) is None
    assert _sureness(run, "96 57 42 46 08") == 95.0  # a sure piece changed: tesseract stays
    assert _sureness(run, "9657424603") == pytest.approx(87.6)  # the digits all alike: the run's mean
    assert _sureness(run, "065742460") == pytest.approx(87.6)  # not one for one: the run's mean


def test_letters_only_left_out_keep_tesseract() -> None:
    assert tesseract_stays("SK Zillebeke", "SK Ziebeke", 70.0, set()) == "letters only left out"
    assert tesseract_stays("Diksmude", "Diksmuide", 70.0, set()) is None  # a letter added is no loss


@needs_word_lists
def test_known_words_come_from_debians_word_lists_and_the_places() -> None:
    assert known_words(["province", "provnce", "telefooncel", "mobilier", "killem"], places=["Killem"]) == {
        "province", "telefooncel", "mobilier", "killem"}


@needs_word_lists
def test_words_in_any_case_and_in_small_letters_come_from_one_search() -> None:
    words = ["province", "provnce", "dewaele", "damon", "jeux", "killem", "oudercomité", "ieper"]
    assert second_opinion.known_words_and_words(words, ["Killem"]) == (
        known_words(words, ["Killem"]), known_words(words, ["Killem"], any_case=False))
    assert known_words(words, any_case=False) == {"province", "jeux", "oudercomité"}


def test_known_words_without_lists_are_the_places_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "WORD_LISTS", ("/nonexistent/dutch",))
    assert known_words(["province", "wervik"], places=["Wervik"]) == {"wervik"}


# --- which runs are read again ------------------------------------------------------------------------------

def _runs(words: list[Word]) -> list[tuple[list[str], bool]]:
    """The page's runs as their words' texts, each with "read it again"."""
    return [([word.text for word in run], again) for run, again in unsure_runs(words)]


def test_only_the_unsure_words_of_an_answer_are_read_again_an_address_alone() -> None:
    words = [Word(100, 100, 200, 40, "Adresse", 95.0), Word(310, 100, 60, 40, "U", 40.0),
             Word(380, 100, 90, 40, "«ae", 30.0), Word(480, 100, 60, 40, "de", 90.0),
             Word(100, 200, 120, 40, "Courriel", 95.0), Word(230, 200, 300, 40, "jan@example.org", 40.0),
             Word(100, 300, 120, 40, "E-mail", 95.0), Word(230, 300, 300, 40, "piet@example.org", 70.0)]
    assert _runs(words) == [(["Adresse"], False), (["U", "«ae"], True), (["de"], False),
                            (["Courriel"], False), (["jan@example.org"], True),  # quite unsure: read again
                            (["E-mail"], False), (["piet@example.org"], False)]


def test_an_answer_with_an_address_has_the_rest_read_again_not_the_address() -> None:
    # "... (+33 6 80 60 44 32, pascal.lefebvre@example.org)": the phone read unsure; the address's pieces,
    # unsure too, stay tesseract's for its mends to put together
    texts = [("Lefebvre", 92.0), ("(+33", 70.0), ("6", 80.0), ("8o", 40.0), ("60", 90.0), ("UU", 20.0),
             ("32,", 60.0), ("pascalle", 50.0), ("fe", 30.0), ("bvre@example.", 60.0), ("org.", 40.0)]
    words = [Word(100 + 80 * n, 100, 70, 40, text, confidence) for n, (text, confidence) in enumerate(texts)]
    assert _runs(words) == [(["Lefebvre"], False), (["(+33", "6", "8o", "60", "UU", "32,"], True),
                            (["pascalle", "fe", "bvre@example.", "org."], False)]


def test_a_number_read_in_pieces_is_read_again_whole() -> None:
    # "€9.7" sure, "49,5:" unsure: one amount; the label before it and a word after it are no part of it
    words = [Word(100, 100, 200, 40, "Steun", 95.0), Word(310, 100, 60, 40, "€9.7", 92.0),
             Word(375, 100, 90, 40, "49,5:", 22.0), Word(470, 100, 60, 40, "euro", 90.0),
             Word(100, 200, 60, 40, "12", 95.0), Word(170, 200, 60, 40, "mei", 40.0)]
    assert _runs(words) == [(["Steun"], False), (["€9.7", "49,5:"], True), (["euro"], False),
                            (["12"], False), (["mei"], True)]


# --- the engine, for real ------------------------------------------------------------------------------------

def _written(text: str, *, label: str = "Nom:") -> tuple[Image.Image, Word]:
    """A line with a printed label and ``text`` written by hand after it; the written text's box."""
    page = Image.new("L", (1600, 300), 255)
    draw = ImageDraw.Draw(page)
    draw.text((60, 120), label, font=ImageFont.truetype(PRINT, 40), fill=0)
    hand = ImageFont.truetype(HAND, 60)
    draw.text((400, 110), text, font=hand, fill=0)
    left, top, right, bottom = (round(edge) for edge in draw.textbbox((400, 110), text, font=hand))
    return page, Word(left, top, right - left, bottom - top, text, 0.0)


def test_the_engine_reads_a_handwritten_line() -> None:
    page, box = _written("Vandewalle")
    crop = page.crop((box.left - 15, box.top - 15, box.left + box.width + 15, box.top + box.height + 15))
    [(text, score)] = recognise([crop])
    assert (text, score >= second_opinion.SURE) == ("Vandewalle", True)


def test_the_engines_reading_and_score_are_those_it_gives_itself() -> None:
    # the steps are the recogniser's own, repeated to keep its scores at each step: crops of other widths
    # batched together are padded as it pads them, and read as it reads them
    from rapidocr.ch_ppocr_rec.typings import TextRecInput

    crops = []
    for text in ("Vandewalle", "rue des Tilleuls", "Jeux", "8600 Lampernisse", "Aire de jeux nature", "Lo",
                 "Dorpsmoestuin aan de pastorij"):
        page, box = _written(text)
        crops.append(page.crop((box.left - 15, box.top - 15, box.left + box.width + 15,
                                box.top + box.height + 15)))
    ours = recognise_with_alternatives(crops)
    own = second_opinion._recogniser()(TextRecInput(
        img=[np.ascontiguousarray(np.asarray(crop.convert("RGB"))[:, :, ::-1]) for crop in crops]))
    assert [(text, score) for text, score, _ in ours] == [(str(text), float(score))
                                                          for text, score in zip(own.txts, own.scores, strict=True)]
    assert all(text not in others for text, _, others in ours)


def _tuning(tmp_path: Path, *, recorded_by: str = "the same tensors") -> Path:
    """A tuning file as ``scripts/tune_hands/export.py`` writes one: here the last layer's biases made up, and
    what the model reads on the check image with them. Spoilt: what it reads with the wheel's own biases, or
    the biases saved under a name the model does not have."""
    letters = len(second_opinion._recogniser().postprocess_op.character)
    biases = np.linspace(-2.0, 2.0, letters).astype(np.float16)
    replaced = {"linear_8.b_0": biases} if recorded_by != "the wheel's tensors" else {}
    session = second_opinion.session_with(second_opinion.model_file(), replaced)
    read = session.run(None, {"x": second_opinion.check_image()})[0][0]
    named = "linear_8.b_0" if recorded_by != "a misnamed tensor" else "linear_8.b_0 "
    np.savez(tmp_path / "tuned.npz", **{named: biases, "check.letters": read.argmax(axis=1),
                                        "check.scores": read.max(axis=1)})
    return tmp_path / "tuned.npz"


def test_a_tuning_file_replaces_the_wheels_tensors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime

    wheel = onnxruntime.InferenceSession(str(second_opinion.model_file()), providers=["CPUExecutionProvider"])
    plain = wheel.run(None, {"x": second_opinion.check_image()})[0][0]
    monkeypatch.setattr(second_opinion, "HANDS", _tuning(tmp_path))
    monkeypatch.setattr(second_opinion, "_engine", None)
    session = second_opinion._recogniser().session.session
    tuned = session.run(None, {"x": second_opinion.check_image()})[0][0]
    with np.load(second_opinion.HANDS) as recorded:
        assert np.array_equal(tuned.argmax(axis=1), recorded["check.letters"])
    assert np.abs(tuned - plain).max() > 0.01


def test_without_a_tuning_file_the_wheels_model_reads() -> None:
    assert not second_opinion.HANDS.is_file()  # none is shipped (round 29: it moved no field)
    import onnxruntime

    wheel = onnxruntime.InferenceSession(str(second_opinion.model_file()), providers=["CPUExecutionProvider"])
    ours = second_opinion._recogniser().session.session.run(None, {"x": second_opinion.check_image()})[0][0]
    assert np.allclose(ours, wheel.run(None, {"x": second_opinion.check_image()})[0][0], atol=1e-5)


@pytest.mark.parametrize("spoil", ["the wheel's tensors", "a misnamed tensor"])
def test_a_tuning_file_that_does_not_read_as_recorded_is_refused(tmp_path: Path, spoil: str) -> None:
    # onnxruntime itself takes a replacing tensor of any name without a word: the recorded reading is the check
    with pytest.raises(ocr.OcrError, match="does not read as it was tuned to"):
        second_opinion._tuned_session(second_opinion.model_file(), _tuning(tmp_path, recorded_by=spoil))


def _misread_as(page: Image.Image, box: Word, pieces: list[tuple[str, float]]) -> list[Word]:
    """tesseract's words for the line: the label sure, the handwriting cut into ``pieces``."""
    width = box.width // len(pieces)
    return [Word(60, 125, 100, 40, "Nom:", 96.0)] + [
        Word(box.left + number * width, box.top, width - 20, box.height, text, confidence)
        for number, (text, confidence) in enumerate(pieces)]


def _engine_reads(monkeypatch: pytest.MonkeyPatch,
                  engine: Callable[[list[Image.Image]], list[tuple[str, float]]]) -> None:
    """The second engine replaced by ``engine``'s readings, with no other strings it finds likely."""
    monkeypatch.setattr(second_opinion, "recognise_with_alternatives",
                        lambda crops: [(text, score, []) for text, score in engine(crops)])


def test_an_unsure_run_is_replaced_by_the_surer_reading() -> None:
    page, box = _written("Vandewalle")
    again = read_again(page, _misread_as(page, box, [("Vandewal", 50.0), ("e", 30.0)]))
    assert again is not None
    assert _page_of(again).text == "Nom:\tVandewalle"
    assert again[1].confidence >= second_opinion.SURE * 100


@pytest.mark.parametrize("readings", [[("Vandewalle", 0.95), ("Vandewalie", 0.8)],
                                      [("Vandewalie", 0.8), ("Vandewalle", 0.95)]])
def test_each_run_is_read_in_two_crops_and_the_surer_reading_is_kept(
        monkeypatch: pytest.MonkeyPatch, readings: list[tuple[str, float]]) -> None:
    # a tight crop leaves out the print of the lines above and under; a taller one the strokes overhanging
    # tesseract's box: which reads better depends on the hand, the engine's score tells
    page, box = _written("Vandewalle")
    heights: list[int] = []

    def engine(crops: list[Image.Image]) -> list[tuple[str, float]]:
        heights.extend(crop.size[1] for crop in crops)
        return [readings[len(heights) - 1]]

    _engine_reads(monkeypatch, engine)
    again = read_again(page, _misread_as(page, box, [("Vandewal", 50.0), ("e", 30.0)]))
    assert len(heights) == len(second_opinion.UP_DOWN) == 2 and heights[0] < heights[1]
    assert again is not None and _page_of(again).text == "Nom:\tVandewalle"


@needs_word_lists
@pytest.mark.parametrize(("own", "others", "expected"), [
    # a letter between two: the string the engine finds nearly as likely that makes the word
    ("Aire de jerx nature", ["Aire de jeux nature"], "Aire de jeux nature"),
    ("Oudercomté VBS", ["Oudercomité VBS"], "Oudercomité VBS"),
    # none holds more known words: the engine's own
    ("Aire de jerx nature", ["Aire de jorx nature"], "Aire de jerx nature"),
    # a word it holds already is not spelled otherwise ("feux" may be meant)
    ("Aire de feux nature", ["Aire de jeux nature"], "Aire de feux nature"),
    ("Aire de feux natvre", ["Aire de jeux nature"], "Aire de feux natvre"),  # not even beside another word
    ("Aire de feux natvre", ["Aire de jeux nature", "Aire de feux nature"], "Aire de feux nature"),
    # letters left out to make a word: no
    ("Provnces", ["Provnce"], "Provnces"),
    # the likelier of two that make as many words
    ("Aire de jerx nature", ["Aire de jeux nature", "Aire de jeus nature"], "Aire de jeux nature"),
])
def test_of_the_strings_the_engine_finds_likely_the_one_holding_more_words_is_read(
        own: str, others: list[str], expected: str) -> None:
    readings = [own, *others]
    known = known_words(word for reading in readings for word in second_opinion.words_of(reading))
    assert second_opinion._most_words(readings, known) == expected


@pytest.mark.parametrize(("other", "text", "expected"), [
    ("jeux", "jerx", True),
    ("Henne Belle", "Hennebelle", False),  # a space of its own makes words of a name
    ("l’amitié", "lamitié", False),  # a mark of its own beside tesseract's
    ("7500", "7300", False),  # digits have their own rules
])
def test_another_string_counts_only_when_it_differs_in_letters(other: str, text: str, expected: bool) -> None:
    assert second_opinion._other_letters_only(other, text) is expected


@needs_word_lists
def test_a_run_is_read_as_the_string_that_makes_the_word(monkeypatch: pytest.MonkeyPatch) -> None:
    page, box = _written("jeux nature")
    monkeypatch.setattr(second_opinion, "recognise_with_alternatives",
                        lambda crops: [("jerx nature", 0.9, ["jeux nature", "jerx natvre"])] * len(crops))
    again = read_again(page, _misread_as(page, box, [("jerx", 50.0), ("natuve", 40.0)]))
    assert again is not None and _page_of(again).text == "Nom:\tjeux nature"


@pytest.mark.parametrize(("own", "other", "tesseract", "expected"), [
    ("Jan Dumon", "Jan Damon", "Jan Dumon", False),  # a name both engines read alike
    ("Gezinsbond", "Gezinsband", "Gezinsbond", False),
    ("Jan Dumon", "Jan Dumont", "Jan Dvmon", False),  # a letter added at a name's end: another name
    ("Carron", "Charron", "Carron", False),
    ("Oudercomté VBS", "Oudercomité VBS", "Oudercomtc VBS", True),  # a letter put in before its last
    ("Jan Dumon", "Jan Damon", "Jan Dvmon", True),  # the engines disagree: the word lists may tell
    ("de pastori", "de pastorij", "de pastori", True),  # no capital: no name
    ("Aire de jerx", "Aire de jeux Nature", "Aire de jerx", False),  # another count of words
])
def test_another_string_leaves_a_name_both_engines_read_alike(own: str, other: str, tesseract: str,
                                                              expected: bool) -> None:
    assert second_opinion._no_name_respelled(own, other, tesseract) is expected


@needs_word_lists
@pytest.mark.parametrize(("pieces", "engine", "expected"), [
    # "Damon" is in the lists only with its capital: a surname, no better than "Dumon"
    ([("Jan", 96.0), ("Dvmon", 50.0)], ("Dumon", 0.95, ["Damon"]), "Jan Dumon"),
    # both engines read "Dumon": it stays, whatever the lists hold
    ([("Jan", 96.0), ("Dumon", 50.0)], ("Dumon", 0.95, ["Damon"]), "Jan Dumon"),
])
def test_names_and_other_scripts_are_not_read_from_other_strings(
        monkeypatch: pytest.MonkeyPatch, pieces: list[tuple[str, float]], engine: tuple[str, float, list[str]],
        expected: str) -> None:
    page, box = _written(expected)
    monkeypatch.setattr(second_opinion, "recognise_with_alternatives", lambda crops: [engine] * len(crops))
    words = _misread_as(page, box, pieces)
    again = read_again(page, words)
    assert _page_of(again if again is not None else words).text == f"Nom:\t{expected}"


def test_a_string_in_another_script_is_no_reading_of_a_latin_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    # even were a list to hold it ("jeuх", its last letter Cyrillic)
    page, box = _written("Aire de jerx")
    monkeypatch.setattr(second_opinion, "known_words_and_words",
                        lambda words, places=(): ({word for word in words if "\u0445" in word},) * 2)
    monkeypatch.setattr(second_opinion, "recognise_with_alternatives",
                        lambda crops: [("jerx", 0.95, ["jeu\u0445"])] * len(crops))
    words = _misread_as(page, box, [("Aire", 96.0), ("de", 96.0), ("jerx", 50.0)])
    assert read_again(page, words) is None


def test_a_crop_with_nothing_in_it_reads_as_nothing() -> None:
    page, box = _written("Vandewalle")
    crop = page.crop((box.left - 15, box.top - 15, box.left + box.width + 15, box.top + box.height + 15))
    empty, whole = recognise_with_alternatives([Image.new("L", (0, 40), 255), crop])
    assert empty == ("", 0.0, []) and whole[0] == "Vandewalle"


@needs_word_lists
def test_a_v_read_for_a_u_is_put_back_in_the_reading_that_replaces(monkeypatch: pytest.MonkeyPatch) -> None:
    page, box = _written("47 rue des Tilleuls")
    _engine_reads(monkeypatch, lambda crops: [("47 rve des Tilleuls", 0.9)] * len(crops))
    again = read_again(page, _misread_as(page, box, [("UZ", 30.0), ("«ae", 20.0), ("des", 60.0),
                                                     ("Tilleuls", 40.0)]))
    assert again is not None and _page_of(again).text == "Nom:\t47 rue des Tilleuls"


def test_the_first_digit_of_a_number_read_in_pieces_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    page, box = _written("06 57 42 46 03")
    _engine_reads(monkeypatch, lambda crops: [("06 57 42 46 03", 0.95)] * len(crops))
    pieces = [("96", 58.0), ("57", 95.0), ("42", 95.0), ("46", 95.0), ("03", 95.0)]
    again = read_again(page, _misread_as(page, box, pieces))
    assert again is not None and _page_of(again).text == "Nom:\t06 57 42 46 03"


def test_a_sure_reading_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    page, box = _written("Vandewalle")

    def never(crops: object) -> list[tuple[str, float]]:
        raise AssertionError("read again")

    _engine_reads(monkeypatch, never)
    assert read_again(page, _misread_as(page, box, [("Vandewalle", 91.0)])) is None


def test_a_label_tesseract_read_unsure_stays_as_read() -> None:
    page, box = _written("Code postal", label="")
    assert read_again(page, _misread_as(page, box, [("Code", 60.0), ("postal", 60.0)])) is None


def test_read_page_takes_the_second_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    page, box = _written("Vandewalle")
    first = _page_of(_misread_as(page, box, [("Vandewal", 50.0), ("e", 30.0)]))
    monkeypatch.setattr(ocr, "_read_page", lambda data, **_: first)
    reading = ocr.read_page(pgm_bytes(page))
    assert reading.text == "Nom:\tVandewalle"
    assert reading.mean_confidence == first.mean_confidence  # the page's own, for the choices made on it


def test_a_page_without_unsure_words_costs_no_second_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    page, box = _written("Vandewalle")
    first: OcrPage = _page_of(_misread_as(page, box, [("Vandewalle", 92.0)]))
    monkeypatch.setattr(ocr, "_read_page", lambda data, **_: first)
    monkeypatch.setattr(second_opinion, "_recogniser", lambda: pytest.fail("the engine was loaded"))
    assert ocr.read_page(pgm_bytes(page)).text == first.text


def test_the_crop_leaves_out_the_words_beside_the_run() -> None:
    page, box = _written("Vandewalle")
    draw = ImageDraw.Draw(page)
    after = box.left + box.width + 8  # a printed word close after the handwriting, on its line
    draw.text((after, box.top + 10), "Tel", font=ImageFont.truetype(PRINT, 40), fill=0)
    right = box.left + box.width
    words = [Word(60, 125, 100, 40, "Nom:", 96.0),
             Word(box.left, box.top, box.width - 40, box.height, "Vandewal", 50.0),
             Word(right - 30, box.top, 30, box.height, "e", 30.0), Word(after, box.top + 18, 70, 32, "Tel", 95.0)]
    runs = unsure_runs(words)
    crop = second_opinion._crop(page, [second_opinion._box(run) for run, _ in runs], 1)
    assert [word.text for word in runs[1][0]] == ["Vandewal", "e"]
    pad = round(box.height * second_opinion.PAD)
    assert crop.size[0] == (right + after) // 2 - (box.left - pad)  # halfway to "Tel", not the whole pad
    again = read_again(page, words)
    assert again is not None
    assert _page_of(again).text == "Nom:\tVandewalle Tel"


def test_words_within_an_unsure_words_box_are_read_again_with_it_not_twice() -> None:
    # tesseract gave the unsure first word a box across the sure words after it: the second engine reads
    # the whole line from that crop
    page, box = _written("Buurtfeest met repair")
    share = box.width // 21  # of the box, one letter's width
    words = [Word(60, 125, 100, 40, "Nom:", 96.0),
             Word(box.left, box.top, box.width, box.height, "Buurtfeesf", 55.0),
             Word(box.left + 11 * share, box.top, 3 * share, box.height, "met", 95.0),
             Word(box.left + 15 * share, box.top, 6 * share, box.height, "repair", 95.0)]
    again = read_again(page, words)
    assert again is not None
    assert _page_of(again).text == "Nom:\tBuurtfeest met repair"
    # a run partly under the box, read again on its own too: the box's run stays tesseract's, the other is
    # read once
    page, box = _written("Buurtfeest met repair café")
    share = box.width // 26
    partly = [Word(60, 125, 100, 40, "Nom:", 96.0),
              Word(box.left, box.top, 18 * share, box.height, "Buurtfeesf", 55.0),
              Word(box.left + 11 * share, box.top, 3 * share, box.height, "met", 95.0),
              Word(box.left + 15 * share, box.top, 6 * share, box.height, "repqir", 60.0),
              Word(box.left + 22 * share, box.top, 4 * share, box.height, "cafe", 60.0)]
    again = read_again(page, partly)
    text = _page_of(again or partly).text
    assert text.count("met") == 1 and text.count("rep") == 1 and text.startswith("Nom:\tBuurtfeesf met ")
    # a covered word read unsure, and so read again on its own too: still once
    page, box = _written("Buurtfeest met repair")
    share = box.width // 21
    words[3] = Word(words[3].left, words[3].top, words[3].width, words[3].height, "reqair", 60.0)
    again = read_again(page, words)
    assert again is not None
    assert _page_of(again).text == "Nom:\tBuurtfeest met repair"


def test_only_words_on_the_runs_line_are_within_its_box() -> None:
    # a handwritten "a" with a tall box reaching the next line: that line's words are not read with it
    tall = [Word(548, 2231, 133, 127, "a", 22.0)]
    next_line = Word(560, 2310, 90, 40, "Maison", 95.0)
    same_line = Word(560, 2270, 60, 50, "de", 95.0)
    assert second_opinion._beneath(tall, [next_line, same_line]) == [same_line]


def test_an_address_the_second_engine_saw_stays_tesseracts_where_tesseract_was_not_that_unsure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    page, box = _written("jan")
    _engine_reads(monkeypatch, lambda crops: [("jan@example.org", 0.99)] * len(crops))
    assert read_again(page, _misread_as(page, box, [("janéexample", 60.0)])) is None


@pytest.mark.parametrize(("pieces", "second", "expected"), [
    ([("sdeclerca@exanmple.orq", 43.0)], ("sdeclercq@example.org", 0.99), "sdeclercq@example.org"),
    ([("jangexample.org", 41.0)], ("jan@example.org", 0.99), "jan@example.org"),  # its "@" read as a g
    ([("koenghekiere@", 50.0), ("examplenet", 55.0)], ("koen.ghekiere@ example.net", 0.99),
     "koen.ghekiere@example.net"),
    # not a whole address, not surely read: tesseract's, for its mends
    ([("janéexample", 40.0)], ("jan@example", 0.99), "janéexample"),
    ([("helenedeblockexample", 38.0)], ("belene.deblock@exanple.net", 0.92), "helenedeblockexample"),
    # words before the address read with it: no part of it
    ([("jan.maesgexample.org", 40.0)], ("56 jan.maes@example.org", 0.98), "jan.maesgexample.org"),
    ([("els.maesgexample.org", 40.0)], ("Els Maes els.maes@example.org", 0.98), "els.maesgexample.org"),
    # the rest of the address read sure after it: a whole address read past the crop would add a domain
    ([("jan.maesaexample", 40.0), (".org", 92.0)], ("jan.maes@example.or", 0.99), "jan.maesaexample.org"),
    ([("jan.maesa", 40.0), ("example.org", 92.0)], ("jan.maes@example.org", 0.99), "jan.maesaexample.org"),
    # the next answer after it, sure: no rest of the address
    ([("jangexample.org", 41.0), ("GSM", 95.0)], ("jan@example.org", 0.99), "jan@example.orgGSM"),
    ([("jangexample.org", 41.0), ("tel", 95.0)], ("jan@example.org", 0.99), "jan@example.orgtel"),
])
def test_an_address_tesseract_was_quite_unsure_of_is_the_second_engines_when_it_read_a_whole_one(
        monkeypatch: pytest.MonkeyPatch, pieces: list[tuple[str, float]], second: tuple[str, float],
        expected: str) -> None:
    page, box = _written("jan")
    _engine_reads(monkeypatch, lambda crops: [second] * len(crops))
    again = read_again(page, _misread_as(page, box, pieces)) or _misread_as(page, box, pieces)
    assert _page_of(again).text.split("\t", 1)[1].replace(" ", "") == expected
