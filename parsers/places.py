"""Postcodes and municipalities of the call's region: ``8647 Lo`` -> ``8647``, ``Lo-Reninge``, ``BE``.

Belgian postcodes are 4 digits and mostly name one municipality; French ones are 5 digits and shared
by several communes, so a name decides and the postcode only confirms (see the call file).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from config.call import CallDefinition, Municipality

_FOLD_SPACES = re.compile(r"[-_'’.]")
_KEEP_POINTS = 4096


class _WithoutCombining(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, each code point looked up once: translate
    runs in C, where a generator over the characters called ``unicodedata.combining`` for each one."""

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        if len(self) < _KEEP_POINTS:  # a hostile text of every code point must not grow it without end
            self[point] = kept
        return kept


_DROP_COMBINING = _WithoutCombining()


def fold(text: str) -> str:
    """Lower case, no accents, single spaces, hyphens as spaces: how names are compared. The rules fold
    the same labels and lines again and again (a fifth of a Word form's rules' time went here), so the
    common case, plain ASCII, skips the decomposition."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_DROP_COMBINING)
    return " ".join(_FOLD_SPACES.sub(" ", text.lower()).split())


_NOT_LETTERS = re.compile(r"[^a-z]")


def letters(text: str) -> str:
    """The folded letters alone, how OCR'd and written names are matched: "J.Coene-59" -> "jcoene"."""
    return _NOT_LETTERS.sub("", fold(text))


# Country names as applicants write them, folded; the only list of them.
COUNTRY_NAMES: Mapping[str, str] = MappingProxyType({
    "be": "BE", "belgie": "BE", "belgium": "BE", "belgique": "BE", "belgien": "BE",
    "fr": "FR", "france": "FR", "frankrijk": "FR", "frankreich": "FR",
})
_COUNTRY_WORDS = re.compile(r"\b(" + "|".join(name for name in COUNTRY_NAMES if len(name) > 2) + r")\b")


def names_a_country(text: str) -> bool:
    """``text`` writes a country's name ("Pays : France", "België"), not only its code."""
    return _COUNTRY_WORDS.search(fold(text)) is not None


# the accents Dutch and French put on a letter (the only table of them)
ACCENTS: Mapping[str, str] = MappingProxyType({"a": "àâä", "e": "éèêë", "i": "îï", "o": "ôö", "u": "ùûü", "c": "ç"})
# a country's name written after a place ("Poperinge, België", "Caëstre (France)", "8970 Poperinge België"), as
# written, accents and all
_COUNTRY_AFTER = re.compile(r"(?i)[,\s(–-]*(?:" + "|".join(
    "".join(f"[{letter}{ACCENTS[letter]}]" if letter in ACCENTS else re.escape(letter) for letter in name)
    for name in COUNTRY_NAMES if len(name) > 2) + r")\)?\s*$")


def without_country(place: str) -> str:
    """``place`` without the country's name written after it: the country is not part of the place's name."""
    return _COUNTRY_AFTER.sub("", place)


# The kinds of street a French address names after its number ("12 rue du Moulin"); the only list of them.
FRENCH_STREET_KINDS = ("rue", "route", "place", "chemin", "avenue", "impasse", "allée", "boulevard", "quai", "square",
                       "cours", "cour", "sentier", "résidence", "lotissement", "hameau", "cité", "voie", "parvis",
                       "ruelle", "chaussée")
# as a pattern, each accent optional ("allee", "residence" are typed so too)
FRENCH_STREET_KIND = "|".join(sorted((re.sub(r"[éè]", "[ée]", kind) for kind in FRENCH_STREET_KINDS),
                                     key=len, reverse=True))


@dataclass(frozen=True)
class Place:
    postcode: str | None
    municipality: str | None
    country: str | None


def _name_index(call: CallDefinition) -> dict[str, Municipality]:
    index: dict[str, Municipality] = {}
    for municipality in call.municipalities:
        for name in (municipality.name, *municipality.aliases):
            index.setdefault(fold(name), municipality)
    return index


_INDEX_CACHE: dict[int, tuple[CallDefinition, dict[str, Municipality]]] = {}


def name_index(call: CallDefinition) -> dict[str, Municipality]:
    cached = _INDEX_CACHE.get(id(call))
    if cached is None or cached[0] is not call:
        cached = (call, _name_index(call))
        _INDEX_CACHE[id(call)] = cached
    return cached[1]


def match_municipality(name: str, call: CallDefinition) -> Municipality | None:
    """The call's municipality for a name or a deelgemeente alias (``Reninge`` -> ``Lo-Reninge``)."""
    folded = fold(name)
    # "Lo-Reninge (Pollinkhove)", "Hondschoote, France": try the whole, then the pieces
    candidates = [folded, *[fold(part) for part in re.split(r"[(),/]", name) if part.strip()]]
    index = name_index(call)
    for candidate in candidates:
        candidate = _COUNTRY_WORDS.sub("", candidate).strip()
        if candidate in index:
            return index[candidate]
    return None


def normalise_postcode(text: str) -> str | None:
    match = re.fullmatch(r"\s*(?:[BF]\s*-\s*)?(\d{4,5})\s*", text, flags=re.IGNORECASE)
    return match.group(1) if match else None


def country_of_postcode(postcode: str) -> str | None:
    return {4: "BE", 5: "FR"}.get(len(postcode))


def resolve(postcode: str | None, municipality_text: str | None, call: CallDefinition) -> Place:
    """Reconcile a postcode and a name into a place; unknown names are kept as written."""
    municipality = match_municipality(municipality_text, call) if municipality_text else None
    if municipality is None and postcode and len(postcode) == 4:
        # A Belgian postcode names one municipality; a French one does not (shared by communes).
        municipality = call.municipality_by_postcode(postcode)
    if municipality is not None:
        return Place(postcode, municipality.name, municipality.country)
    country = country_of_postcode(postcode) if postcode else None
    name = municipality_text.strip() if municipality_text and municipality_text.strip() else None
    return Place(postcode, name, country)


# "8647 Lo-Reninge", "F-59122 Hondschoote", "59470 WORMHOUT"; a date's year ("Westouter, 2-04-2019" / "Beste,")
# is not a postcode, nor is the year of the law on associations ("association loi 1901 Verger de Flêtre")
_POSTCODE_PLACE = re.compile(
    r"(?<![\d+/])(?<!\d[./-])(?<![Ll]oi )(?:(?:B|F|BE|FR)\s*-\s*)?(?P<postcode>\d{4,5})[ \t\u00a0]+"
    r"(?P<name>[A-ZÀ-Ýa-zà-ÿ][\w'’À-ÿ-]*"
    r"(?:[ -](?:[A-ZÀ-Ý][\w'’À-ÿ-]*|aan|den|de|sur|en|les|la))*)"
)


# "18 mei 2019", "le 4.mai 2019" (a dot OCR read for the space): the year after a day and a month
_MONTH_BEFORE = re.compile(
    r"(?i)\b\d{1,2}(?:er|e|st|nd|rd|th)?(?:\s+|\.\s*)(?:jan|feb|f[ée]v|m[aä]r|apr|avr|mei|mai|may|jun|juin|jui|jul|aug|ao[uû]|"
    r"sep|o[kc]t|nov|d[eé]c)[\wéû]*\.?,?\s*$")


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    in_region: bool


_ARTICLES = frozenset({"le", "la", "les", "de", "den", "het", "sint", "saint", "sainte", "st", "ste"})


def find_places(text: str, call: CallDefinition) -> list[PlaceMention]:
    """Postcode + place name pairs in prose, the call's own municipalities flagged."""
    mentions: list[PlaceMention] = []
    for match in _POSTCODE_PLACE.finditer(text):
        postcode, name = match.group("postcode"), match.group("name")
        if _MONTH_BEFORE.search(text[max(0, match.start() - 25):match.start()]):
            continue  # "Keiem, 18 mei 2019 / Betreft": a date's year
        words = name.split()
        municipality = None
        # the name may run on into the next words ("8647 Lo Tel ..."): take the longest known prefix
        for length in range(len(words), 0, -1):
            municipality = match_municipality(" ".join(words[:length]), call)
            if municipality is not None:
                break
        if municipality is not None and postcode in municipality.postcodes:
            mentions.append(PlaceMention(Place(postcode, municipality.name, municipality.country),
                                         match.start(), match.end(), True))
        elif municipality is not None and len(postcode) in (4, 5) and \
                country_of_postcode(postcode) == municipality.country:
            # a known place under another postcode of its country (mistyped, or one our list lacks) is still
            # the writer's address; only the pair is unsure, so it ranks as a place outside the list
            mentions.append(PlaceMention(Place(postcode, municipality.name, municipality.country),
                                         match.start(), match.end(), False))
        elif municipality is None and len(postcode) in (4, 5) and words and words[0][:1].isupper():
            # a place's name may start with an article ("59122 Les Moëres", "La Gorgue", "De Panne")
            first = " ".join(words[:2]) if len(words) > 1 and words[0].lower() in _ARTICLES \
                and words[1][:1].isupper() else words[0]
            written = first.title() if first.isupper() else first  # "59270 FLÊTRE"
            mentions.append(PlaceMention(Place(postcode, written, country_of_postcode(postcode)),
                                         match.start(), match.end(), False))
    return mentions


# "Dorpstraat 12", "Kerkstraat 3 bus 2" (BE) or "12 rue de la Mairie", "5bis place du Marché" (FR)
STREET = re.compile(r"[^\W\d][\w'’. -]{2,60}?\s(?:nr\.?\s?)?\d+\s?[a-zA-Z]?(?:\s?(?:bus|bte)\s?\d+)?"
                     r"|\d+\s?(?:bis|ter|[a-zA-Z])?,?\s+[^\W\d][\w'’. -]{2,60}")
