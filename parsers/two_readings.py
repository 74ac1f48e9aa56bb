"""A page read by two engines: which of the two readings' values each field keeps.

Tesseract's reading comes first (``parsers.ocr``: its words mended by a second engine where it was unsure);
the second engine's whole-page reading second (``parsers.second_page``). On the development halves'
scans and photos (round 30) the two were right on different fields, and each errs in its own way:

- the second engine glues words ("Meersstraat18", "Mairie Deherzeele"), drops or moves accents
  ("Boites", "enquéte"), writes capitals as it sees them, and reads a form's label and its answer as one
  line, so a label may become the answer ("Commune"); it loses a handwritten amount's first digit ("500"
  for 6500) more often than tesseract;
- tesseract leaves handwritten lines out (a letter's street, its e-mail line: the field is then missing
  or taken from elsewhere on the page) and misreads handwritten letters and digits ("Hoprankst vaat 8]",
  "+33329351720", "8100" for 8200).

So: a field only one reading has comes from it; where both have it, a value the other only spells
otherwise (case, accents, spaces, marks) is the better spelt one (``_spelt_better``: words parted, accents and
small marks kept; by default tesseract's); digits read as many in both are the second engine's (it reads
handwritten digits better), an address's house number too where both read its street alike; a value with a
digit lost is the longer one's; words are those of the reading whose words more of Debian's word lists, the
call's places and given names know, a value cut short or cut up counting against it; a place is that of the
reading whose postcode and municipality the call knows together. Every such value
is an OCR value and to check (``parsers.documents``): this chooses what the coordinator sees first, it
decides nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from config.call import CallDefinition
from parsers.given_names import is_given_name
from parsers.labels import label_alone
from parsers.model import FieldValue
from parsers.places import match_municipality

Known = Callable[[Iterable[str]], set[str]]  # those of the words (lower case) a word list or the call knows

DIGITS = frozenset({"phone", "requested_amount", "total_budget", "own_contribution"})
PLACE = ("postcode", "municipality", "country")
ADDRESS_LETTERS = 2  # letters two readings of one e-mail address may differ by (a slip, not another address)
TOP_LEVEL = frozenset({"org", "com", "net", "be", "fr", "eu", "nl", "info", "de", "uk", "lu", "ch", "io"})


def kept(first: Mapping[str, FieldValue], second: Mapping[str, FieldValue], call: CallDefinition,
         known: Known, words: Known) -> dict[str, FieldValue]:
    """The fields of two readings of the same pages (``first`` tesseract's, ``second`` the second engine's).
    ``known``: those of the given words (small letters) the word lists, the call's places or the given names
    hold in any case; ``words``: those the lists write in small letters (a word, not a name).
    A value the two readings disagree on keeps the lower of their confidences."""
    out = dict(first)
    for name, value in _place(first, second, call).items():
        out[name] = value
    for name, theirs in second.items():
        if name in PLACE:
            continue
        ours = first.get(name)
        if ours is None:
            out[name] = theirs  # a line tesseract did not find
        elif ours.value != theirs.value:
            chosen = _weighed(name, ours, theirs, known, words)
            out[name] = replace(chosen, confidence=min(ours.confidence, theirs.confidence))
    return out


def _place(first: Mapping[str, FieldValue], second: Mapping[str, FieldValue],
           call: CallDefinition) -> dict[str, FieldValue]:
    """Postcode, municipality and country from one reading together, the one the call knows better; as
    well known, tesseract's, its gaps filled from the other."""
    better, other = (second, first) if _place_known(second, call) > _place_known(first, call) else (first, second)
    return {name: better.get(name) or other[name] for name in PLACE if name in first or name in second}


def _place_known(reading: Mapping[str, FieldValue], call: CallDefinition) -> int:
    postcode = reading.get("postcode")
    municipality = reading.get("municipality")
    by_code = call.municipality_by_postcode(str(postcode.value)) if postcode is not None else None
    by_name = match_municipality(str(municipality.value), call) if municipality is not None else None
    if by_code is not None and by_name is not None:
        return 3 if by_code == by_name else 1
    return 1 if by_code is not None or by_name is not None else 0


def _weighed(name: str, ours: FieldValue, theirs: FieldValue, known: Known, words: Known) -> FieldValue:
    a, b = str(ours.value), str(theirs.value)
    if _plain(a) == _plain(b):
        return theirs if _spelt_better(name, b, a, words) else ours
    if name in DIGITS or (name == "address" and _plain(re.sub(r"\d", "", a)) == _plain(re.sub(r"\d", "", b))):
        return _digits_weighed(ours, theirs)  # an address's street read alike, its number not: its digits
    if name == "email":
        return _address_weighed(ours, theirs)
    mine, other = _unknown(a, known) + _cut_short(name, a), _unknown(b, known) + _cut_short(name, b)
    if name == "contact_name":
        mine, other = mine + (not _has_given_name(a)), other + (not _has_given_name(b))
    return theirs if other < mine else ours


_MARKS = re.compile(r"[,'’]")
_STOP_INSIDE = re.compile(r"[^\W\d_]{2}\. +[^\W\d_]*[a-zà-ÿ]")
# grave, acute, circumflex, diaeresis, cedilla: the marks French and Dutch write (not the dot of a "İ" misread)
_ACCENTS = frozenset("\u0300\u0301\u0302\u0308\u0327")


def _spelt_better(name: str, value: str, other: str, words: Known) -> bool:
    """Whether ``value`` spells better what ``other`` spells otherwise only (case, accents, spaces, marks);
    by default tesseract's spelling stands. From the pairs of the development halves (round 31):

    - the reading that parts more words ("Meersstraat 18", "voor het dorp"): the second engine glues them;
      but not a space read inside a word ("Hoogst amboomgaard": its piece in small letters no word);
    - an e-mail address with more dots ("marleen.dewulf", not "marleendewulf" or "lotte-vandenbussche"): a
      dot is the mark a reading loses or takes for a hyphen;
    - more accents ("Véronique", "Boîtes", "partagés"): a reading drops an accent, it does not invent one;
    - no full stop before a word in small letters ("Collectif. des habitants");
    - more commas and apostrophes ("51, place", "Grand'Place"): small marks are lost, not added;
    - a word in small letters where the other has a capital, in a title or a group's name, not first and
      not before another capital (a name: "De Kouter"), a word the lists write small ("Jeux flamands",
      "salle des fêtes"); a person's name with the capital the other lost ("brigitte")."""
    parted, other_parted = (len(re.split(r"[\s'’]+", text.strip())) for text in (value, other))
    if parted != other_parted:
        more, fewer = (value, other) if parted > other_parted else (other, value)
        if _space_in_a_word(more, fewer, words):
            return value == fewer  # "Hoogst amboomgaard": a space read inside a word
        return parted > other_parted
    if name == "email":
        return value.count(".") > other.count(".")
    accents, other_accents = (sum(1 for c in unicodedata.normalize("NFD", text) if c in _ACCENTS)
                              for text in (value, other))
    if accents != other_accents:
        return accents > other_accents
    stops, other_stops = (bool(_STOP_INSIDE.search(text)) for text in (value, other))
    if stops != other_stops:
        return other_stops  # "Collectif. des habitants": a full stop read where no sentence ends
    marks, other_marks = len(_MARKS.findall(value)), len(_MARKS.findall(other))
    if marks != other_marks:
        return marks > other_marks
    if name == "contact_name":
        return value[:1].isupper() and other[:1].islower()
    if name in ("organisation", "project_title"):
        return _common_words_small(value, other, words)
    return False


def _space_in_a_word(more: str, fewer: str, words: Known) -> bool:
    """Whether ``more`` parts a word of ``fewer`` with a space read inside it: a piece in small letters that
    no list writes ends a word ``fewer`` writes whole ("Hoogst amboomgaard" for Hoogstamboomgaard), where
    words glued together part into words ("voor het dorp", "Meersstraat 18")."""
    whole = fewer.split()
    pieces = [piece for piece in more.split() if piece not in whole and piece.isalpha() and piece.islower()
              and len(piece) >= 3 and any(word.lower().endswith(piece) and word.lower() != piece for word in whole)]
    return bool(pieces) and not set(pieces) <= words(pieces)


def _common_words_small(value: str, other: str, words: Known) -> bool:
    """Whether ``value`` differs from ``other`` only by words after the first that it writes small and
    ``other`` with a capital, each a word the lists write small and not followed by a capital."""
    mine, theirs = value.split(), other.split()
    if len(mine) != len(theirs):
        return False
    lowered = []
    for index, (word, read) in enumerate(zip(mine, theirs, strict=True)):
        if word == read:
            continue
        if index == 0 or not (word[:1].islower() and read[:1].isupper() and word[1:] == read[1:]):
            return False
        after = mine[index + 1] if index + 1 < len(mine) else ""
        if after[:1].isupper():
            return False  # a name's first word ("De Kouter", "Les Pieds")
        lowered.append(word.strip(",.;:!?()«»\"'’").lower())
    return bool(lowered) and set(lowered) <= words(lowered)


def _digits_weighed(ours: FieldValue, theirs: FieldValue) -> FieldValue:
    a, b = (re.sub(r"\D", "", str(value.value)) for value in (ours, theirs))
    if len(a) == len(b):
        return theirs  # the second engine reads handwritten digits better (``parsers.second_opinion``)
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    if shorter and shorter in longer:
        return ours if longer == a else theirs  # a digit lost in one reading
    return ours


def _address_weighed(ours: FieldValue, theirs: FieldValue) -> FieldValue:
    a, b = str(ours.value).lower(), str(theirs.value).lower()
    good_a, good_b = a.rsplit(".", 1)[-1] in TOP_LEVEL, b.rsplit(".", 1)[-1] in TOP_LEVEL
    if good_a != good_b:
        return ours if good_a else theirs  # "example.ory", "example.or": a letter misread or lost
    if _distance(a, b) <= ADDRESS_LETTERS:
        return ours  # one address read two ways: tesseract's, mended already against the names beside it
    # two addresses: tesseract left the applicant's line out and found another on the page
    return theirs


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isalnum())


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _unknown(value: str, known: Known) -> int:
    """How many of a value's words no list knows, and marks no one writes in a name or a title."""
    words = [word.lower() for word in _WORD.findall(value)]
    pieces = {piece for word in words for piece in re.split(r"['’-]", word) if piece}
    found = known(pieces)
    unknown = sum(1 for piece in pieces
                  if piece not in found and not is_given_name(piece) and not (len(piece) == 1 and piece.isalpha()))
    odd = len(re.findall(r"[^\w\s'’,.()&/«»\"-]|\d[^\W\d_]{2,}|[^\W\d_]\d", value))
    alone = 1 if label_alone(value) else 0
    return unknown + odd + alone


# words a name or a title does not end with: a line cut short ("parents d'élèves de", "Odile De")
_NOT_LAST = frozenset({"de", "du", "des", "la", "le", "les", "et", "van", "het", "den", "der", "en", "te", "ten",
                       "voor", "pour", "au", "aux", "l", "d", "dans", "in", "op", "of"})
# a street's kind at its name's end: the word lists know no street ("Veurnestraat" is not "Veurneskraar")
_STREET = re.compile(r"(?i)(?:straat|laan|weg|dreef|plein|markt|kaai|dijk|hof)$")
# a French or Dutch word of one letter: any other letter alone is a piece of a word ("d Moulin", "e Het")
_ONE_LETTER = frozenset("aàyôo")


def _cut_short(name: str, value: str) -> int:
    """1 for a value that reads as cut off or cut up: ending with an article or a preposition (2 for a
    person's name), a letter standing alone that is no word; an address's street of a known kind is a known
    word (-1)."""
    words = value.split()
    if not words:
        return 0
    odd = 0
    if name != "address" and words[-1].strip(".,;:'’").lower() in _NOT_LAST:
        odd += 2 if name == "contact_name" else 1  # a surname is no word either: one unknown more is no sign
    if any(len(word) == 1 and word.isalpha() and word.lower() not in _ONE_LETTER for word in words):
        odd += 1
    if name == "address" and any(_STREET.search(word) for word in words):
        odd -= 1
    return odd


def _has_given_name(value: str) -> bool:
    return any(is_given_name(word) for word in re.split(r"[\s-]+", value) if word)


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]
