"""Slips OCR makes inside a value read from a page, mended where the value's kind leaves one reading.

Each mend here is of a shape no value of its kind has as written: a vowel read three times
("Sint-Jansstraaat"), a French article cut from its "s" ("Le s Jardins"), a house number read as the letter it
resembles ("I Grand'Place") or in two pieces ("Ieperstraat 1 5 bus 3"), a diaeresis over a letter no word of
the word lists carries there ("conservatoïre"). Every OCR'd value is to check anyway (``parsers.documents``):
this makes what the coordinator checks right more often, it decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from parsers.model import FieldValue
from parsers.places import FRENCH_STREET_KIND, FRENCH_STREET_KINDS, fold

# "Le s Jardins", "pour le s petits": the French article's "s" read apart ("de s" may be Dutch: "de s-bocht")
_ARTICLE_CUT = re.compile(r"(?<![\w'’-])([Ll]e) s(?= [^\W\d_])")
# a house number read as the letter it resembles: first in a French address, before the kind of street ("I
# Grand'Place", "l, rue"), last in a Dutch one, after a street's name ("Kerkstraat I", "Kerkstraat l bus 2");
# not a king's or a building's numeral ("Koning Albert I", "Residentie I")
# (only in an address with no other digit: "Residentie Zeepark I" after "Zeedijk 12" is a building's)
_ONE_FIRST = re.compile(rf"^[Il|](?=,? (?i:grand[' ]?place|{FRENCH_STREET_KIND})\b)")
_ONE_LAST = re.compile(r"((?i:straat|laan|weg|dreef|plein|lei|dijk|baan|pad|hof|kaai|markt|veld|wijk|dries"
                       r"|gaard|hoek|berg|brug|park|singel|steeg|gracht)) [Il|](?=$| bus )")
# a vowel read three times ("Sint-Jansstraaat"): no Dutch or French word has one (Debian's word lists hold none;
# tripled consonants they do: "businessschool", "Baden Powelllaan"). Not an e: "ideeën", "creëer" typed or read
# without their diaeresis are "ideeen", "creeer"
_TRIPLED_VOWEL = re.compile(r"([aiouy])\1\1")
# the word after a French address's number, where the kind of street stands ("49 rup d'Ypres", "4 plate de la
# Mairie"); abbreviations a letter from another kind are left as written ("rte" is route, not rue)
_KIND_AFTER_NUMBER = re.compile(r"^(\d{1,4}[A-Za-z]?(?: (?:bis|ter))?,? )([^\W\d_]{3,})(?= )")
_ABBREVIATIONS = frozenset({"rte", "imp", "che", "bld", "bvd", "ave", "all", "sq"})
# words a French address may name after its number that are a letter from a kind ("12 plage des Dunes")
_NOT_KINDS = frozenset({"plage", "tours", "rus"})
_KIND_OF = {fold(kind): kind for kind in FRENCH_STREET_KINDS}  # as compared, as written
# a saint's name with its hyphen read apart ("l'école Saint - Joseph", "Sint -Jozef"): a name writes it joined
_SAINT_SPACED = re.compile(r"\b(Saint|Sainte|Sint)(?: -[ ]?|- )(?=[A-ZÀ-Ý])")
# a legal form in mixed case ("vZw Dorpshuis Zarren", "aSbl"): written "vzw", "VZW" or "Vzw", never so
_LEGAL_FORM_MIXED = re.compile(r"(?<![\w-])(?!(?:vzw|VZW|Vzw|asbl|ASBL|Asbl)\b)(?i:vzw|asbl)(?![\w-])")
# a group's closing "vzw" with its z read as a digit ("Dranouter Leeft v3w", "v2w"): no word is spelt so
_LEGAL_FORM_DIGIT = re.compile(r"(?<=[^\W\d_] )[vV][32][wW]$")


def _one_letter_other(one: str, other: str) -> bool:
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other, strict=True)) == 1


def _street_kind(address: str) -> str:
    """An OCR'd French address with the kind of street after its number read with one letter other ("rup")
    put back, where one kind alone is that near."""
    found = _KIND_AFTER_NUMBER.match(address)
    if found is None:
        return address
    word = fold(found.group(2))
    if word in _KIND_OF or word in _ABBREVIATIONS or word in _NOT_KINDS:
        return address
    # a letter read as another, of a kind of five letters or more: a letter added or lost makes another word
    # ("routes", "côte", "tour", "site" are a letter from route, cité, cour)
    near = [kind for folded, kind in _KIND_OF.items() if len(kind) != 4 and _one_letter_other(word, folded)]
    if len(near) != 1:
        return address
    kind = near[0].capitalize() if found.group(2)[:1].isupper() else near[0]
    return address[:found.start(2)] + kind + address[found.end(2):]


# a zero or a one inside a house number read as the letter it resembles ("1O9A", "2l4", "1O"): no house number
# has an O or an l between or after its digits (a letter after them is a suffix: "109A", "4b")
_LETTER_IN_NUMBER = re.compile(r"(?<![^\W\d_])(\d+)([OoIl|])(?=\d|\b)")
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def _digits_in_number(address: str) -> str:
    while (found := _LETTER_IN_NUMBER.search(address)) is not None:
        address = address[:found.start(2)] + found.group(2).translate(_AS_DIGIT) + address[found.end(2):]
    return address


# a house number read in two pieces before its box: "Ieperstraat 1 5 bus 3" ("5 2" alone may be a box)
_NUMBER_CUT = re.compile(r"(?<=[^\W\d_]{3} )(\d) (\d{1,2})(?= bus )")


def mended(fields: dict[str, FieldValue], known: Callable[[Iterable[str]], set[str]]) -> dict[str, FieldValue]:
    """``fields`` read from a page with the slips above mended. ``known``: those of the given words (lower
    case) that Debian's word lists hold (``second_opinion.known_words``), asked only when a word may need it."""
    out = dict(fields)
    for name in ("organisation", "contact_name", "address", "project_title"):
        value = out.get(name)
        if value is not None and isinstance(value.value, str) and _TRIPLED_VOWEL.search(value.value):
            out[name] = replace(value, value=_TRIPLED_VOWEL.sub(r"\1\1", value.value))
    for name in ("organisation", "project_title"):
        value = out.get(name)
        if value is not None and isinstance(value.value, str):
            text = _elided_article_small(_ARTICLE_CUT.sub(r"\1s", value.value), known)
            text = _without_stray_diaeresis(text, known)
            text = _LEGAL_FORM_MIXED.sub(lambda found: found.group(0).lower(), _SAINT_SPACED.sub(r"\1-", text))
            text = _LEGAL_FORM_DIGIT.sub("vzw", text)
            if text != value.value:
                out[name] = replace(value, value=text)
    address = out.get("address")
    if address is not None and isinstance(address.value, str):
        text = address.value
        if not re.search(r"\d", re.sub(r" bus .*", "", text)):
            text = _ONE_LAST.sub(r"\1 1", _ONE_FIRST.sub("1", text))
        text = _street_kind(_NUMBER_CUT.sub(r"\1\2", _digits_in_number(text)))
        if text != address.value:
            out["address"] = replace(address, value=text)
    return out


def _without_stray_diaeresis(text: str, known: Callable[[Iterable[str]], set[str]]) -> str:
    """``text`` with an i's diaeresis dropped where the word with it is none of the word lists' and the word
    without it is: a speck over an i read as its dots ("conservatoïre"). A word the lists hold with it stays
    ("naïf"), as does a name; ë, ü and ö have words of their own ("contigüe")."""
    # in small letters only: a name keeps its own ("Hanoï", "Eloïse", "Caïn")
    plain = {word: word.replace("ï", "i") for word in re.findall(r"[^\W\d_]+", text)
             if word.islower() and "ï" in word}
    if not plain:
        return text
    vouched = known([*plain, *plain.values()])
    for word, without in plain.items():
        if word not in vouched and without in vouched:
            text = re.sub(rf"(?<![\w]){re.escape(word)}(?![\w])", without, text)
    return text


# "de L'école": an l before an apostrophe read as a capital, after a preposition (a group's own article
# after its legal form keeps its capital: "asbl L'Envol", "asbl L'envol")
_ELIDED = re.compile(r"(?<![\w'’-])((?:de|du|des|à|pour|dans|sur|sous|par|avec|derrière|devant|près|vers|chez"
                     r"|entre|et) )L(['’])([a-zà-ÿ]+)(?![\w'’-])")


def _elided_article_small(text: str, known: Callable[[Iterable[str]], set[str]]) -> str:
    """``text`` with an elided article read with a capital in small letters, before a word the word lists
    hold ("APE de L'école publique"). A name stays ("dans L'Houtland"; D'hondt, D'haene are surnames)."""
    words = [word for _, _, word in _ELIDED.findall(text)]
    if not words:
        return text
    vouched = known(words)  # in small letters already
    return _ELIDED.sub(lambda found: found.expand(r"\1l\2\3") if found.group(3) in vouched else found.group(0),
                       text)
