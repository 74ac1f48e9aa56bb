"""The readings a line recogniser also found likely, not only the one it printed.

A CTC recogniser (the second engine's, ``parsers.second_opinion``) scores every letter it knows at each step
of the line, and its reading is the likeliest letter at each step. That reading is not always the likeliest
string, and where a hand's letter is between two ("jeux" or "jerx"), the letter it printed is often a word's
slip while the next likeliest makes the word. ``likeliest`` gives the strings the scores make likeliest
(prefix beam search, summing every path to one string), so that the caller can prefer, among readings the
engine finds nearly as likely, the one whose words are words. Pure: arrays in, strings out.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

import numpy as np

BLANK = 0  # the recogniser's "no letter here" class, first in its character list
BEAM = 16  # prefixes kept at each step
LEAST = 1e-3  # a letter's probability at a step under which it is not tried there
MOST_LETTERS = 6  # at most so many letters tried at one step (the likeliest)


def _add(first: float, second: float) -> float:
    """log(exp(first) + exp(second)), for probabilities kept as logarithms."""
    if first == -math.inf:
        return second
    if second == -math.inf:
        return first
    top = max(first, second)
    return top + math.log1p(math.exp(-abs(first - second)))


def _grow(following: dict[tuple[int, ...], list[float]], prefix: tuple[int, ...], blank: float,
          letter: float) -> None:
    slot = following.setdefault(prefix, [-math.inf, -math.inf])
    slot[0] = _add(slot[0], blank)
    slot[1] = _add(slot[1], letter)


def likeliest(probabilities: np.ndarray, characters: Sequence[str], *, count: int = 8,
              beam: int = BEAM) -> list[tuple[str, float]]:
    """The ``count`` likeliest strings of a line whose recogniser gave ``probabilities`` (steps x classes,
    each row summing to one; class 0 the blank), with their log probability, likeliest first. ``beam``
    prefixes are kept at each step: a string whose paths pass through prefixes dropped early is found
    less likely than it is, or not at all (the search is exact only with a beam as wide as every prefix)."""
    # a prefix's (log) probability of ending in a blank and of ending in its last letter
    beams: dict[tuple[int, ...], tuple[float, float]] = {(): (0.0, -math.inf)}
    for row in probabilities:
        most = min(MOST_LETTERS + 1, len(row))
        top = np.argpartition(row, -most)[-most:]  # not a sort of every class
        tried = [int(index) for index in top if row[index] >= LEAST or index == BLANK]
        logs = {index: math.log(max(float(row[index]), 1e-30)) for index in tried}
        if BLANK not in logs:
            logs[BLANK] = math.log(max(float(row[BLANK]), 1e-30))
        following: dict[tuple[int, ...], list[float]] = {}
        grow = functools.partial(_grow, following)
        for prefix, (ends_blank, ends_letter) in beams.items():
            whole = _add(ends_blank, ends_letter)
            grow(prefix, whole + logs[BLANK], -math.inf)
            for index, log in logs.items():
                if index == BLANK:
                    continue
                if prefix and prefix[-1] == index:
                    grow(prefix, -math.inf, ends_letter + log)  # the same letter held over steps
                    grow((*prefix, index), -math.inf, ends_blank + log)  # the letter again, after a blank
                else:
                    grow((*prefix, index), -math.inf, whole + log)
        ranked = sorted(following.items(), key=lambda item: _add(*item[1]), reverse=True)[:beam]
        beams = {prefix: (slot[0], slot[1]) for prefix, slot in ranked}
    ranked_out = sorted(((prefix, _add(*slot)) for prefix, slot in beams.items()), key=lambda item: -item[1])
    return [("".join(characters[index] for index in prefix), log) for prefix, log in ranked_out[:count]]
