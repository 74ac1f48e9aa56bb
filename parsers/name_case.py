"""A group's name typed all in small letters ("ksa houthulst", "buurtcomité de kapelhoek"): the capitals a
coordinator would write where they are known (a group known by its letters, a place of the call), and the
rest left to check. Which small word is a name's own ("de Kapelhoek"?) no rule can tell from the letters."""

from __future__ import annotations

from dataclasses import replace

from config.call import CallDefinition
from parsers.confidence import REVIEW_THRESHOLD
from parsers.model import FieldValue
from parsers.ocr_capitals import ACRONYMS
from parsers.places import fold, name_index

# under the review threshold: the capitals of a name typed in small letters are a guess where no list knows them
SMALL_LETTERS = REVIEW_THRESHOLD - 0.05


def _place_as_written(word: str, call: CallDefinition) -> str | None:
    """The call's spelling of a place typed in small letters ("houthulst" -> "Houthulst", "reninge" ->
    "Reninge"), the alias itself where the word is one."""
    municipality = name_index(call).get(fold(word))
    if municipality is None:
        return None
    return next(name for name in (municipality.name, *municipality.aliases) if fold(name) == fold(word))


def group_in_small_letters(fields: dict[str, FieldValue], call: CallDefinition) -> dict[str, FieldValue]:
    """An organisation of two words or more with no capital at all: acronyms in capitals, the call's places
    as the call writes them. Sure only when every word after the first is one of those; else to check."""
    value = fields.get("organisation")
    if value is None or not isinstance(value.value, str) or value.value != value.value.lower():
        return fields
    words = value.value.split()
    if len(words) < 2 or not any(word.isalpha() for word in words):
        return fields
    written: list[str] = []
    known = 0
    for index, word in enumerate(words):
        bare = word.strip(",.;:()")
        place = _place_as_written(bare, call)
        if bare in ACRONYMS:
            written.append(word.replace(bare, bare.upper()))
            known += index > 0
        elif place is not None:
            written.append(word.replace(bare, place))
            known += index > 0
        else:
            written.append(word)
    name = " ".join(written)
    confidence = value.confidence if known == len(words) - 1 else min(value.confidence, SMALL_LETTERS)
    if name == value.value and confidence == value.confidence:
        return fields
    return {**fields, "organisation": replace(value, value=name, confidence=confidence)}


# a surname's small words, written in capitals in Belgium ("De Vos", "Van Eecke") but small after "Van"
# ("Van den Broucke") and in French names ("de la Tour"): which one the person writes, the letters cannot tell
_PARTICLES = frozenset({"de", "den", "der", "van", "vande", "vanden", "vander", "ten", "ter", "te", "le", "la", "du",
                        "des", "d", "l", "di", "da", "dela", "vd"})


def person_in_small_letters(fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """A contact's name typed all in small letters ("amandine caron", "an de vos") written as a name is: each
    word with its capital ("Jean-Luc" for "jean-luc", "D'hondt" for "d'hondt"), "den" and "der" small after
    "Van". Sure where no word is a surname's small word; else to check (``_PARTICLES``)."""
    value = fields.get("contact_name")
    if value is None or not isinstance(value.value, str) or value.value != value.value.lower() \
            or not any(ch.isalpha() for ch in value.value):
        return fields
    words = value.value.split()
    written: list[str] = []
    for index, word in enumerate(words):
        if word in ("den", "der") and index and written[-1] == "Van":
            written.append(word)
        else:
            written.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    small = any(fold(word).strip(".'’") in _PARTICLES or "'" in word or "’" in word for word in words[1:])
    confidence = min(value.confidence, SMALL_LETTERS) if small else value.confidence
    return {**fields, "contact_name": replace(value, value=" ".join(written), confidence=confidence)}
