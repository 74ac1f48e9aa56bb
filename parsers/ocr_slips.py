"""Slips OCR makes inside a value read from a page, mended where the value's kind leaves one reading.

Each mend here is of a shape no value of its kind has as written: a French article cut from its "s" ("Le s
Jardins"), a house number read as the letter it resembles ("I Grand'Place") or in two pieces ("Ieperstraat
1 5 bus 3"), a diaeresis over a letter no word of the word lists carries there ("conservatoïre"), a
handwritten capital read as another that makes no word where it makes one ("Tardins", "Nzer"). Every
OCR'd value is to check anyway (``parsers.documents``): this makes what the coordinator checks right more
often, it decides nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from parsers.model import FieldValue

# "Le s Jardins", "pour le s petits", "de s Mottes": the article's "s" read apart (French has no lone "s")
_ARTICLE_CUT = re.compile(r"(?<![\w'’-])([LlDd]e) s(?= [^\W\d_])")
# a house number read as the letter it resembles: first in a French address ("I Grand'Place", "l, rue"),
# last in a Dutch one ("Kerkstraat I", "Kerkstraat l bus 2")
_ONE_FIRST = re.compile(r"^[Il|](?=,? [^\W\d_])")
_ONE_LAST = re.compile(r"(?<=[^\W\d_]{3}) [Il|](?=$| bus | ?/ ?\d)")
# a house number read in two pieces: "Ieperstraat 1 5 bus 3", "1 5 rue des Prés"
_NUMBER_CUT_LAST = re.compile(r"(?<=[^\W\d_]{3} )(\d) (\d{1,2})(?=[A-Za-z]?$| bus | ?/ ?\d)")
_NUMBER_CUT_FIRST = re.compile(r"^(\d) (\d{1,2})(?=,? [^\W\d_]{2})")
_DOTTED = "ïëüöÏËÜÖ"


def mended(fields: dict[str, FieldValue], known: Callable[[Iterable[str]], set[str]]) -> dict[str, FieldValue]:
    """``fields`` read from a page with the slips above mended. ``known``: those of the given words (lower
    case) that Debian's word lists hold (``second_opinion.known_words``), asked only when a word may need it."""
    out = dict(fields)
    for name in ("organisation", "project_title"):
        value = out.get(name)
        if value is not None and isinstance(value.value, str):
            text = _ARTICLE_CUT.sub(r"\1s", value.value)
            text = _first_letter_mended(_without_stray_diaeresis(text, known), known)
            if text != value.value:
                out[name] = replace(value, value=text)
    address = out.get("address")
    if address is not None and isinstance(address.value, str):
        text = _ONE_LAST.sub(" 1", _ONE_FIRST.sub("1", address.value))
        text = _NUMBER_CUT_FIRST.sub(r"\1\2", _NUMBER_CUT_LAST.sub(r"\1\2", text))
        if text != address.value:
            out["address"] = replace(address, value=text)
    return out


def _plain(word: str) -> str:
    return "".join(c if c not in _DOTTED else unicodedata.normalize("NFKD", c)[0] for c in word)


def _without_stray_diaeresis(text: str, known: Callable[[Iterable[str]], set[str]]) -> str:
    """``text`` with a word's diaeresis dropped where the word with it is none of the word lists' and the
    word without it is: a speck over an i read as its dots ("conservatoïre"). A name keeps its own
    ("Rexpoëde", "Noël": the lists hold neither spelling, or both)."""
    words = [word for word in re.findall(r"[^\W\d_]+", text) if any(c in _DOTTED for c in word)]
    if not words:
        return text
    vouched = known([word.lower() for word in words] + [_plain(word).lower() for word in words])
    for word in words:
        if word.lower() not in vouched and _plain(word).lower() in vouched:
            text = re.sub(rf"(?<![\w]){re.escape(word)}(?![\w])", _plain(word), text)
    return text


# a handwritten capital and what OCR reads for it: a J's hook lost (T, F, f, I), a Z's stroke curled (G), the
# Dutch IJ run together (N, Y, U)
_CAPITAL_READ_AS = {"T": "J", "F": "J", "f": "J", "I": "J", "G": "Z", "N": "IJ", "Y": "IJ", "U": "IJ"}
FIRST_LETTER_LEAST = 4  # letters a word needs for its first letter to be judged (short words are all alike)


def _first_letter_mended(text: str, known: Callable[[Iterable[str]], set[str]]) -> str:
    """``text`` with a word the word lists do not hold, whose first letter read as the handwritten capital
    it resembles makes one they hold ("Les Tardins partagés": Jardins, "aan de Nzer": IJzer). A word the
    lists hold stays ("Tuin" is no "Juin"), as does a name they know in neither spelling."""
    words = [word for word in re.findall(r"(?<![\w'’-])[^\W\d_]+", text)
             if len(word) >= FIRST_LETTER_LEAST and word[0] in _CAPITAL_READ_AS and word[1:].islower()]
    if not words:
        return text
    meant = {word: _CAPITAL_READ_AS[word[0]] + word[1:] for word in words}
    vouched = known([word.lower() for word in words] + [other.lower() for other in meant.values()])
    for word, other in meant.items():
        if word.lower() not in vouched and other.lower() in vouched:
            text = re.sub(rf"(?<![\w'’-]){re.escape(word)}(?![\w])", other, text)
    return text
