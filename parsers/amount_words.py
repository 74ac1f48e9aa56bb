"""An amount written in words in a box of its own ("sept mille euros", "achtduizend vijfhonderd euro").

Dutch writes a number as one word ("vierduizendtweehonderdvijftig"), French as words joined by spaces and
hyphens ("quatre-vingt-dix", "deux mille cinq cents"). Only a box that holds nothing but the number and
"euro" is read: a sentence with a number in words in it is prose, and prose's numbers are not amounts.
"""

from __future__ import annotations

import re
from decimal import Decimal

from parsers.places import fold

_NL = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
       "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
       "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40,
       "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90}
_FR = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
       "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
       "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_HUNDRED = frozenset({"honderd", "cent", "cents"})
_THOUSAND = frozenset({"duizend", "mille"})
_JOINS = frozenset({"en", "et"})
_MORPHEMES = sorted({*_NL, *_FR, *_HUNDRED, *_THOUSAND, *_JOINS}, key=len, reverse=True)
# "euro", "euros", "EUR" and the "(€ 8.500)" the words may carry are not part of the number
_CURRENCY = re.compile(r"\b(?:euros?|eur)\b|€")


def _pieces(word: str) -> list[str] | None:
    """A written number cut into its known parts, longest first ("vierduizendtweehonderd" -> vier, duizend,
    twee, honderd); None when some part is not a number word."""
    pieces: list[str] = []
    index = 0
    while index < len(word):
        found = next((morpheme for morpheme in _MORPHEMES if word.startswith(morpheme, index)), None)
        if found is None:
            return None
        pieces.append(found)
        index += len(found)
    return pieces


def amount_in_words(text: str) -> Decimal | None:
    """The whole euros ``text`` writes in Dutch or French words, else None (a figure, other words, nothing)."""
    folded = _CURRENCY.sub(" ", fold(text.replace("-", " ")))
    words = folded.split()
    if not words or len(words) > 12:
        return None
    pieces: list[str] = []
    for word in words:
        cut = _pieces(word)
        if cut is None:
            return None
        pieces.extend(cut)
    total = current = 0
    previous = ""
    for piece in pieces:
        if piece in _JOINS:
            pass
        elif piece in _HUNDRED:
            current = (current or 1) * 100  # "cinq cents", "honderd"
        elif piece in _THOUSAND:
            total += (current or 1) * 1000
            current = 0
        elif piece in ("vingt", "vingts") and previous == "quatre":
            current += 80 - 4  # "quatre-vingt(s)": four twenties
        else:
            current += _NL.get(piece) or _FR[piece]
        previous = piece
    amount = total + current
    return Decimal(amount).quantize(Decimal("0.01")) if 0 < amount < 1_000_000 else None
