"""The strings a CTC recogniser finds likeliest (``parsers.ctc_beams``), against every path counted by hand."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from parsers.ctc_beams import likeliest

CHARACTERS = ["blank", "a", "b", "u", "r", " "]


def _every_path(probabilities: np.ndarray) -> dict[str, float]:
    """Each string's probability, summed over every path of classes that collapses to it."""
    out: dict[str, float] = {}
    for path in itertools.product(range(len(CHARACTERS)), repeat=len(probabilities)):
        chance = math.prod(float(probabilities[step][index]) for step, index in enumerate(path))
        letters: list[str] = []
        previous = None
        for index in path:
            if index != previous and index != 0:
                letters.append(CHARACTERS[index])
            previous = index
        text = "".join(letters)
        out[text] = out.get(text, 0.0) + chance
    return out


def _rows(*rows: list[float]) -> np.ndarray:
    matrix = np.array(rows, dtype=float)
    return matrix / matrix.sum(axis=1, keepdims=True)


@pytest.mark.parametrize("probabilities", [
    _rows([0.1, 0.6, 0.3, 0.0, 0.0, 0.0], [0.5, 0.3, 0.2, 0.0, 0.0, 0.0], [0.1, 0.5, 0.4, 0.0, 0.0, 0.0]),
    _rows([0.05, 0.9, 0.01, 0.02, 0.01, 0.01], [0.6, 0.1, 0.1, 0.1, 0.05, 0.05],
          [0.1, 0.1, 0.1, 0.4, 0.3, 0.0], [0.3, 0.2, 0.4, 0.05, 0.05, 0.0]),
])
def test_the_strings_and_their_probabilities_are_every_path_summed(probabilities: np.ndarray) -> None:
    expected = sorted(((text, math.log(chance)) for text, chance in _every_path(probabilities).items()
                       if chance > 0), key=lambda item: -item[1])[:5]
    found = likeliest(probabilities, CHARACTERS, count=5, beam=10_000)
    assert [text for text, _ in found] == [text for text, _ in expected]
    assert [log for _, log in found] == pytest.approx([log for _, log in expected])
    # the beam the engine's lines are read with finds the two likeliest as they are
    narrow = likeliest(probabilities, CHARACTERS, count=2)
    assert [text for text, _ in narrow] == [text for text, _ in found[:2]]
    assert [log for _, log in narrow] == pytest.approx([log for _, log in found[:2]])


def test_the_likeliest_string_is_not_always_the_likeliest_letter_at_each_step() -> None:
    # the blank is likeliest at every step, yet "a" over all its paths is likelier than nothing at all
    probabilities = _rows([0.4, 0.35, 0.25, 0, 0, 0], [0.4, 0.35, 0.25, 0, 0, 0], [0.4, 0.35, 0.25, 0, 0, 0])
    [(first, _), *_] = likeliest(probabilities, CHARACTERS)
    assert first == "a"


def test_a_letter_between_two_gives_both_strings() -> None:
    # "ju?x": the third letter an r or a u, nearly as likely
    probabilities = _rows([0.02, 0.9, 0.02, 0.02, 0.02, 0.02], [0.9, 0.02, 0.02, 0.02, 0.02, 0.02],
                          [0.02, 0.02, 0.02, 0.4, 0.5, 0.02], [0.9, 0.02, 0.02, 0.02, 0.02, 0.02])
    found = [text for text, _ in likeliest(probabilities, CHARACTERS, count=3)]
    assert found[:2] == ["ar", "au"]
