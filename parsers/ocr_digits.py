"""Numbers a page's reading garbled, read again as numbers.

On handwriting, tesseract misreads digits far more than letters: it reads them with its dictionary's
letters and signs in mind ("0446 +89 853" for 0476 789 853, "54L10" for 59670, "U000" for 4000, "11.S00"
for 11.500). Cropped from the page by its words' boxes and read alone as one line (``--psm 7``), with only
the characters a number is written with allowed, the same ink mostly comes out right.

What is read again: a run of words on one line that looks like a number (mostly digits; a few letters or
signs a digit is taken for), when it is garbled (a letter or a sign among its digits: "U000", "© 11.S00,-",
"43.400 É"). A number read with digits only stays as read: read again, as many came out wrong ("9050" as
"4050", "7.250" as "2.250") as right ("3 000" as "8000", "3900" as "8900"; corpus 10 dev). Every such run of
a page goes to one tesseract run, three ways each (as cropped, blurred, in black and white), as a list of
images: the languages are loaded once, and only pages with such a run pay for it. A run's new reading
replaces the first only when two of its three readings agree on it and it is a well-formed number (a phone
the numbering plan knows, a postcode of four or five digits, an amount) with as many digits as the first
held (give or take one); otherwise the first reading stays. The number is put in the page's text in place of
the first reading (the page is not laid out again), so what the rules find in it stays an OCR value, to
check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from PIL import Image, ImageFilter, ImageOps

from parsers.money import parse_amount
from parsers.ocr import DPI, OcrPage, Word, _tsv_words, read_lines
from parsers.phone import normalise_phone

# what a number is written with: digits, the signs between its groups, a phone's "+" and an amount's "€"
WHITELIST = "0123456789+/.,()€-"
# a letter or sign tesseract reads for a handwritten digit ("U000", "54L10", "05+/29", "11.S00", "©")
DIGIT_LIKE = set("OoQDIilLjJ|!SsZzBUuGgTtAbqÉé£§&?+©®%$")
SIGNS = set("€©®£ÉéE§&$%-,.")
CLEAN = set("0123456789 .,/-+()€")
MAX_RUNS = 12  # the cost stays bounded whatever the page holds
PAD = 10  # px of the page around a run's words taken with it (their strokes overhang the boxes)
BORDER = 12  # px of white around each crop: tesseract reads a line touching its image's edge badly


def _numberish(text: str) -> bool:
    """A word that may be (part of) a number: a digit, and mostly digits or what a digit is misread as."""
    # a house number with its letter ("101A") is no garbled number
    if "@" in text or len(text) > 16 or re.fullmatch(r"\d{1,4}[A-Za-z]", text.rstrip(",.;:")):
        return False
    digits = sum(character.isdigit() for character in text)
    if not digits:
        return False
    likely = sum(character.isdigit() or character in DIGIT_LIKE for character in text)
    letters = sum(character.isalpha() for character in text)
    return likely >= 0.6 * len(text.strip(".,:;-")) and digits >= letters


PHONE_START = 6  # digits of a run read so far from which a group of letters after them is a phone's last digits


def _digits_as_letters(text: str) -> bool:
    """A group of a phone's or an amount's digits read as letters only ("0479 bb 56 85", "+33 7 87 76 74 LS"):
    joined to the run it stands in, between two groups of digits, or after a phone's first six digits (a
    word before an amount, "is 4500", is none of its digits)."""
    return 1 <= len(text) <= 3 and text.isalpha() and all(character in DIGIT_LIKE for character in text)


def _sign(text: str) -> bool:
    """A lone mark beside a number: its euro sign or a dash, maybe misread ("É", "©", "£", "€")."""
    return len(text) <= 2 and all(character in SIGNS for character in text)


def number_runs(words: Sequence[Word]) -> list[list[int]]:
    """The runs of words (indices into ``words``) to read again as a number, top to bottom."""
    if not words:
        return []
    typical = sorted(word.height for word in words)[len(words) // 2]
    lines: list[list[int]] = []
    for index in sorted(range(len(words)), key=lambda i: (words[i].middle, words[i].left)):
        if lines and abs(words[index].middle - sum(words[i].middle for i in lines[-1]) / len(lines[-1])) \
                <= typical * 0.6:
            lines[-1].append(index)
        else:
            lines.append([index])

    def close(left: Word, right: Word) -> bool:
        """``right`` begins within a word's gap of where ``left`` ends: the same number's."""
        return right.left - (left.left + left.width) <= typical * 1.5

    runs: list[list[int]] = []
    for line in lines:
        line.sort(key=lambda i: words[i].left)
        current: list[int] = []
        pieces: list[list[int]] = []
        for position, index in enumerate(line):
            word = words[index]
            near = bool(current) and close(words[current[-1]], word)
            after = words[line[position + 1]] if position + 1 < len(line) else None
            if _numberish(word.text) or (near and _sign(word.text)) or (
                    near and _digits_as_letters(word.text) and (
                        (after is not None and _numberish(after.text) and close(word, after))
                        or sum(c.isdigit() for i in current for c in words[i].text) >= PHONE_START)):
                if current and not near:
                    pieces.append(current)
                    current = []
                current.append(index)
            else:
                if current:
                    pieces.append(current)
                current = []
        if current:
            pieces.append(current)
        for piece in pieces:
            # a sign before the run ("© 11.S00,-") goes with it
            position = line.index(piece[0])
            if position and _sign(words[line[position - 1]].text) and close(words[line[position - 1]],
                                                                            words[piece[0]]):
                piece.insert(0, line[position - 1])
            text = " ".join(words[i].text for i in piece)
            if sum(character.isdigit() for character in text) < 3:
                continue
            # a "+" only starts a phone's country code ("05+/29" is garbled); a number read with digits only
            # stays as read: read again, as many came out wrong as right
            # ("9050" as "4050", "3 000" as "8000")
            if any(character not in CLEAN for character in text) or "+" in text.lstrip("(+"):
                runs.append(piece)
    return runs[:MAX_RUNS]


def _candidates(text: str) -> int:
    """How many digits a first reading holds, a letter or sign read for one counted (not a lone sign)."""
    return sum(sum(character.isdigit() or (character in DIGIT_LIKE and character not in "€©®")
                   for character in word) for word in text.split() if not _sign(word))


def _bare(reading: str) -> str:
    """A reading without the sentence's mark after it, nor a stroke read as a slash ("5.750€/"); a "+"
    within it is a crossed 7 ("05+/293809" for 057/29 38 09: only a phone's country code starts with one)."""
    return re.sub(r"(?<=[\d/.,\s])\+", "7", reading.strip().rstrip(",.;:/").strip())


def well_formed(first: str, second: str) -> bool:
    """Whether ``second``, a run read again as a number, is a number of a kind ``first`` may be, with as
    many digits (give or take one a sign was read for)."""
    second = _bare(second)
    digits = sum(character.isdigit() for character in second)
    if not digits or abs(_candidates(first) - digits) > 1:
        return False
    # a phone as written: from its trunk "0" or its country code ("W597224926" read as "597224926" is none)
    if second.lstrip("(").startswith(("0", "+")) and normalise_phone(second) is not None:
        return True
    if re.fullmatch(r"\d{4,5}", second):
        return True
    amount = re.sub(r"[ ]?(?:,-|-)$", "", second).strip("€ ")
    return digits >= 3 and parse_amount(amount) is not None and \
        re.fullmatch(r"[1-9]\d{0,2}(?:[.]\d{3})+(?:,\d\d)?|[1-9]\d{0,2}(?:,\d{3})+(?:[.]\d\d)?|"
                     r"[1-9]\d{2,6}(?:[.,]\d\d)?|[1-9]\d{0,2}(?: \d{3})+(?:,\d\d)?", amount) is not None


VARIANTS = 3  # each run is read as cropped, blurred, and in black and white


def _variants(crop: Image.Image) -> list[Image.Image]:
    """The same crop three ways: a reading two of them agree on is no accident of one. Blurred, then made
    black and white: of the ways tried on corpus 10's garbled numbers (thickened, halved, enlarged 1.5 and
    2 times), these two with the crop itself read most right and fewest wrong."""
    return [crop, crop.filter(ImageFilter.GaussianBlur(1.5)), crop.point(lambda level: 0 if level < 160 else 255)]


def chosen_reading(first: str, seconds: Sequence[str]) -> str | None:
    """The reading of a run most of its variants agree on, when it is a well-formed number; else None."""
    tally: dict[str, int] = {}
    for second in seconds:
        text = _bare(second)
        if well_formed(first, text):
            key = re.sub(r"[\s€]", "", text)
            tally[key] = tally.get(key, 0) + 1
    best = max(tally, key=lambda key: tally[key], default=None)
    if best is None or tally[best] < 2:
        return None
    return next(_bare(second) for second in seconds if re.sub(r"[\s€]", "", _bare(second)) == best)


def _crop(page: Image.Image, words: Sequence[Word]) -> tuple[Image.Image, tuple[int, int, int, int]]:
    left = max(0, min(word.left for word in words) - PAD)
    top = max(0, min(word.top for word in words) - PAD)
    right = min(page.size[0], max(word.left + word.width for word in words) + PAD)
    bottom = min(page.size[1], max(word.top + word.height for word in words) + PAD)
    crop = page.crop((left, top, right, bottom))
    return ImageOps.expand(crop, BORDER, fill=255), (left, top, right - left, bottom - top)


def read_as_numbers(crops: Sequence[Image.Image], *, dpi: int = DPI) -> list[str]:
    """Each crop's reading as one line of a number's characters, in one tesseract run."""
    tsv = read_lines(crops, dpi=dpi, options=("-c", f"tessedit_char_whitelist={WHITELIST}"))
    texts: dict[int, list[str]] = {}
    for number, word in _tsv_words(tsv):
        texts.setdefault(number, []).append(word.text)
    return [" ".join(texts.get(number + 1, [])) for number in range(len(crops))]


def with_numbers_read_again(page: Image.Image, reading: OcrPage, *, dpi: int = DPI) -> OcrPage:
    """``reading`` with its garbled numbers read again as numbers (see the module); as it was when it has
    none, or none reads better."""
    words = list(reading.placed)
    runs = number_runs(words)
    if not runs:
        return reading
    crops = [_crop(page, [words[i] for i in run]) for run in runs]
    images = [variant for crop, _ in crops for variant in _variants(crop)]
    readings = read_as_numbers(images, dpi=dpi)
    text, placed = reading.text, list(words)
    for number, run in enumerate(runs):
        first = " ".join(words[i].text for i in run)
        second = chosen_reading(first, readings[number * VARIANTS:(number + 1) * VARIANTS])
        # in place in the page's text, which is not laid out again: a word's box changed, or one word
        # less, may move a line of a form above its label ("Kapellestraat 115" over "Straat en nummer")
        if second is None or second == first or text.count(first) != 1:
            continue
        new = _with_its_signs(first, second)
        text = text.replace(first, new)
        placed[run[0]] = replace(words[run[0]], text=new)
        for index in run[1:]:
            placed[index] = replace(words[index], text="")
    if text == reading.text:
        return reading
    return replace(reading, text=text, placed=tuple(word for word in placed if word.text))


def _with_its_signs(first: str, second: str) -> str:
    """The number read again with what stood around it in the first reading: the sentence's comma or full
    stop after it, and its euro sign, misread as a lone mark ("43.400 É," is "13.400 €,")."""
    if "€" not in second and not second.startswith(("0", "+", "(")):
        pieces = first.split()
        if len(pieces) > 1 and _sign(pieces[0]) and pieces[0][0] not in "-,.":
            second = "€ " + second
        elif len(pieces) > 1 and _sign(pieces[-1]) and pieces[-1][0] not in "-,.":
            second += " €"
    tail = re.search(r"[,.;:]$", first)
    return second + (tail.group(0) if tail and not first.endswith((",-", ".-")) else "")


# a handwritten 1 read as a slash before an amount's thousands ("dont / 000 euros d'apport propre", "/500 €"):
# no amount is written "000", nor begins with a slash. Only after a word: a slash after a sum, a % or a colon,
# or in a cell of its own, may mean "none"; a slash and a space may part an item from its price ("Materiaal /
# 500 €"): left as read
_SLASH_FOR_ONE = re.compile(r"(?<=[^\W\d_] )/(?=\d{3}|[ ]000)(?=[ ]?\d{3}(?![\d/])(?:[.,]\d\d)?[ ]*(?:€|eur|EUR|Eur))")


# a handwritten 1 read as a slash between an amount's thousand and its hundreds ("Coût total du projet : 8/00 €"):
# one digit, the slash, two digits and the euro; no date, fraction or reference is written so before a euro
_SLASH_IN_AMOUNT = re.compile(r"(?<![\d/.,])(\d)/(?=\d\d(?:,\d\d)?[ ]?(?:€|eur|EUR|Eur)(?!\w))")


def slashes_for_ones(text: str) -> str:
    """An OCR'd page's "/ 000 euros" and "8/00 €" read as "1 000 euros", "8100 €" (``_SLASH_FOR_ONE``,
    ``_SLASH_IN_AMOUNT``)."""
    return _SLASH_IN_AMOUNT.sub(r"\g<1>1", _SLASH_FOR_ONE.sub("1", text))


# handwritten digits tesseract reads as the letters they resemble, in a phone read from a page: "0479 bb 56 85"
# (66), "+33 7 87 Tb 74 65" (76). Only letters that stand for one digit each: an L or a U may be a 4, a 1 or a 6
_DIGIT_OF_LETTER = {"b": "6", "G": "6", "S": "5", "s": "5", "O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1",
                    "|": "1", "]": "1", "Z": "2", "z": "2", "B": "8", "g": "9", "q": "9", "T": "7"}
_LETTER_DIGITS = str.maketrans(_DIGIT_OF_LETTER)
_PHONE_LETTERS = re.escape("".join(_DIGIT_OF_LETTER))
# from a trunk 0 (or its O: "O6 2] 87 34 04") or a country code, groups of digits with a few such letters among
# them, then a line's end or a tab (a cell's end): "0479 bb 56 85", "+33 7 87 Tb 74 65", "057 3S 94 80"
_PHONE_WITH_LETTERS = re.compile(
    rf"(?<![\w+])(?:\+3[23]|0|O(?=\d))[\d{_PHONE_LETTERS}]*(?:[ ./-][\d{_PHONE_LETTERS}]+)+(?=[ ]*(?:\t|$))", re.M)
MOST_LETTERS = 2  # of a phone's digits read as letters: more, and the line is words, not a number


def phone_letters_read(text: str) -> str:
    """An OCR'd page's phones with the digits read as letters put back (``_LETTER_DIGITS``), where that
    makes a phone the numbering plan knows; everything else as read. Every OCR'd value is to check."""
    def digits(found: re.Match[str]) -> str:
        written = found.group(0)
        letters = sum(character.isalpha() or character == "|" for character in written)
        if not letters or letters > MOST_LETTERS or sum(character.isdigit() for character in written) < 6:
            return written
        read = written.translate(_LETTER_DIGITS)
        return read if normalise_phone(read) is not None else written
    return _PHONE_WITH_LETTERS.sub(digits, text)
