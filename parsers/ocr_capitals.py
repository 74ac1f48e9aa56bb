"""How an OCR'd value's capitals are written: a group a letterhead prints in capitals, a street a hand writes
in block capitals, a title's small word a hand's l or n made a capital. Capitals are typography or penmanship,
not the name's spelling, except where they are (a roman numeral, a group known by its letters): see each."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.fields import spelled_elsewhere
from parsers.model import FieldValue
from parsers.places import FRENCH_STREET_KIND, FRENCH_STREET_KINDS, fold

# the small words of a name and a group's legal form, written lower case inside a name in capitals
_SMALL_WORDS = frozenset({"de", "van", "der", "den", "het", "en", "du", "des", "la", "le", "les", "et", "d", "l",
                          "aux", "au", "sur", "vzw", "asbl", "v.z.w.", "a.s.b.l."})
_LEGAL_FORMS = frozenset({"vzw", "asbl", "v.z.w.", "a.s.b.l."})
# groups known by their letters: kept in capitals
ACRONYMS = frozenset({"kwb", "okra", "kvlv", "klj", "ksa", "kla", "ocmw", "cpas", "ape", "mjc", "fcpe", "vbs", "gbs"})


def group_as_written(fields: dict[str, FieldValue], text: str) -> dict[str, FieldValue]:
    """An organisation a letterhead prints in capitals ("FEMMA LANGEMARK"), spelled as the page writes it
    elsewhere (the footer's "Femma Langemark - Kasteelstraat 68"); with no such line, as a name is written:
    each word capitalised, the small words and the legal form lower case ("Les Jardins du Moulin",
    "Dorpsraad Proven vzw"), an acronym kept. The capitals are the letterhead's typography, not the name."""
    value = fields.get("organisation")
    if value is None or not isinstance(value.value, str) or not value.value.isupper() \
            or len(value.value.split()) < 2:
        return fields
    written = spelled_elsewhere(value.value, text) \
        or " ".join(name_word(word, first=not index) for index, word in enumerate(value.value.split()))
    return {**fields, "organisation": replace(value, value=written)}


# what follows a house number in small letters: a French street's kind ("64 rue de la Gare", "4 place de la
# Mairie"), a box or a flat ("bus 2", "bte 3", "appt 12"), "bis"
_AFTER_NUMBER = frozenset({*FRENCH_STREET_KINDS, *(fold(kind) for kind in FRENCH_STREET_KINDS), "bis", "ter", "bus",
                           "bte", "boîte", "boite", "appt", "apt", "bât", "bat"})
ROMAN = re.compile(r"[IVXLC]+")  # a roman numeral, kept in capitals


def street_in_capitals_written(fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """A street a hand wrote in block capitals ("LINDENLAAN 55", "64 RUE DE LA GARE") written as a street's
    name is ("Lindenlaan 55", "64 rue de la Gare"): capitals are the hand's way of writing clearly, not the
    name's spelling. A roman numeral, an abbreviation with its dots, and IJ keep their capitals ("Leopold
    III-laan", "O.L.V.-STRAAT", "IJzerstraat"). A title in capitals is written as a title with Debian's word
    lists, which tell its words from its names (``parsers.ocr_spelling.title_written_small``). The value stays
    an OCR value, to check."""
    address = fields.get("address")
    if address is None or not _in_capitals(address.value):
        return fields
    words = str(address.value).split()
    written = []
    for index, word in enumerate(words):
        after_number = index > 0 and (any(ch.isdigit() for ch in words[index - 1])
                                      or words[index - 1].lower() in ("bis", "ter"))
        if any(ch.isdigit() for ch in word) or "." in word:
            written.append(word)  # "12A", "O.L.V.-STRAAT": a number, an abbreviation as written
        elif after_number and word.lower() in _AFTER_NUMBER:
            written.append(word.lower())
        else:
            written.append(_street_word(word, first=index == 0 or after_number))
    return {**fields, "address": replace(address, value=" ".join(written))}


# a French street's own name after its kind and article, read in small letters ("60, rue du bourg"): the name
# starts with a capital as every French street of the development truths writes it (214 of 214: "rue de la
# Gare", "rue de l'Église", "chemin du Kruysabeele")
_FRENCH_STREET_NAME = re.compile(rf"^(\d{{1,4}}[A-Za-z]?,?(?: (?:bis|ter))? (?i:{FRENCH_STREET_KIND}) "
                                 r"(?:(?:de la|du|des|de|aux|au|d[’']|de l[’'])(?: |(?<=[’'])))?)"
                                 r"(?!(?:la|le|les|du|des|de|d|l|aux|au)\b)([a-zà-ÿ])(?=[a-zà-ÿ]{2})")


def french_street_name_capitalised(fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """An OCR'd French address whose street's own name was read in small letters, with its capital: a
    handwritten capital is often read small. Only the name's first word: "chemin vert" -> "chemin Vert"."""
    address = fields.get("address")
    if address is None or not isinstance(address.value, str):
        return fields
    written = _FRENCH_STREET_NAME.sub(lambda found: found.group(1) + found.group(2).upper(), address.value)
    return fields if written == address.value else {**fields, "address": replace(address, value=written)}


def _street_word(word: str, *, first: bool) -> str:
    """A word of a street's name in capitals as the name writes it: a name's word ("DE" -> "de" inside it), a
    roman numeral as it is, a part after a hyphen after one in small letters ("III-LAAN" -> "III-laan"), "IJ"
    whole, each part of "GRAND'PLACE" capitalised."""
    if ROMAN.fullmatch(word) and not first:
        return word
    parts = word.split("-")
    if len(parts) > 1 and ROMAN.fullmatch(parts[0]):
        return "-".join([parts[0], *(part.lower() for part in parts[1:])])
    if word in ("'T", "’T"):
        return word.lower()  # "'t Hoekske"
    if re.fullmatch(r"[^\W\d_]{2,}'[^\W\d_]+", word):
        return "'".join(_street_word(part, first=True) for part in word.split("'"))
    return name_word(word, first=first)


def _in_capitals(value: object) -> bool:
    """A value written in capitals only, with at least a word of three letters ("LINDENLAAN 55"; not "B 12")."""
    return isinstance(value, str) and value.isupper() and re.search(r"[^\W\d_]{3}", value) is not None


def title_in_small_letters(fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """An OCR'd title's small word read with a capital between two words in small letters ("derrière La
    mairie"), and a word's second half after a hyphen ("pique-Nique"), in small letters: a handwritten l or n
    is often read as a capital. A capital before a name stays ("langs de Kemmelbeek", "Tuin De Kouter").
    Not a group's: "vzw De vlinder" is a name whose first word alone has its capital."""
    value = fields.get("project_title")
    if value is None or not isinstance(value.value, str):
        return fields
    words = value.value.split(" ")
    for index in range(1, len(words) - 1):
        word, before, after = words[index], words[index - 1], words[index + 1]
        if word[:1].isupper() and word.lower() in _SMALL_WORDS and before.islower() and after.islower():
            words[index] = word.lower()
    words = [re.sub(r"(?<=^[a-zà-ÿ]{2})([a-zà-ÿ]*-)([A-ZÀ-Ý])(?=[a-zà-ÿ]+$)",
                    lambda found: found.group(1) + found.group(2).lower(), word) for word in words]
    title = " ".join(words)
    return fields if title == value.value else {**fields, "project_title": replace(value, value=title)}


def name_word(word: str, *, first: bool) -> str:
    """A word of a name in capitals as a name writes it: "SINT-JAN" -> "Sint-Jan", "L'ESCALE" -> "L'Escale",
    "D'UXEM" -> "d'Uxem" inside the name, "DE" -> "de", "KWB" as it is, Dutch IJ whole ("IJZERFRONT" ->
    "IJzerfront")."""
    low = word.lower()
    if low in ACRONYMS:
        return word
    if (not first and low in _SMALL_WORDS) or low in _LEGAL_FORMS:
        return low  # "VZW DORPSRAAD WATOU": "vzw Dorpsraad Watou", as Flemish groups write their legal form
    elided = re.match(r"([dl][’'])(.+)", low)
    if elided is not None:
        article = elided.group(1) if not first else elided.group(1).capitalize()
        return article + name_word(elided.group(2), first=True)
    return "-".join("IJ" + part[2:] if part.startswith("ij") else part[:1].upper() + part[1:]
                    for part in low.split("-"))
