"""Words of a value read from a page that no word list holds, respelled to the one word they are a slip of.

Tesseract and the second engine read handwriting letter by letter, and a group's name or a project's title
comes out with one letter wrong: an accent lost or added ("Comite", "écolé", "cafe"), an elided article read
into its word ("lécole", "délèves"), a word cut in two ("Mo ulin"), a capital J read as the T or f it
resembles ("Tardins", "fardins") or Dutch IJ as an N ("Nzer"). Each respelling here is of one such kind, and
is made only when Debian's Dutch and French word lists (``parsers.second_opinion.known_words``) hold neither
the word as read nor, among its respellings of that kind, any other than one.

What is not respelled, and why:

- a word the lists hold, even when another reading is likelier ("feux" for jeux): it may be what was meant;
- any single wrong letter: the lists lack most Dutch compounds ("Gezinsbond" is one letter from
  "gezinsband", "Veurnestraat" from "Deurnestraat"), so a one-letter guess respells right words as often as
  wrong ones. Only the slips above, whose shape OCR makes and spelling does not, are mended;
- a name: words with a capital that are not first in the value ("Méteren", "Hennebelle") are places and
  people the lists do not know, except for the J and IJ, whose misreads are always capitals;
- a value with English in it ("residents" is no slip of "résidents" in "Elverdinge Residents' Club").

Every OCR'd value is to check anyway (``parsers.documents``): this makes what the coordinator checks right
more often, it decides nothing.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from parsers.model import FieldValue

Known = Callable[[Iterable[str]], set[str]]

FIELDS = ("organisation", "project_title")
# the letters an accent may be added to or taken from, and how many of them one word may have changed
_ACCENTED = {"a": "àâä", "e": "éèêë", "i": "îï", "o": "ôö", "u": "ùûü", "c": "ç"}
MOST_ACCENTS = 2
_WORD = re.compile(r"[^\W\d_]+")
# "l'école" read as one word: a French article or pronoun elided before a word of four letters or more
_ELIDED = re.compile(r"^(?P<article>[dljn]|qu)(?P<word>[aeiouyhàâéèêîôû][^\W\d_]{3,})$")
# a capital read as the letter it resembles in handwriting (the misread side first)
_CAPITALS = (("T", "J"), ("f", "J"), ("I", "J"), ("N", "IJ"), ("Y", "IJ"))
_ENGLISH = re.compile(r"(?i)\b(?:the|and|for|of|with|our|to|in the)\b")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def accented(word: str) -> set[str]:
    """``word`` (small letters) with up to ``MOST_ACCENTS`` of its letters' accents put on, changed or taken
    off, itself left out."""
    plain = _plain(word)
    places = [index for index, letter in enumerate(plain) if letter in _ACCENTED]
    out = {plain}
    for count in range(1, MOST_ACCENTS + 1):
        for chosen in itertools.combinations(places, count):
            for marks in itertools.product(*(_ACCENTED[plain[index]] for index in chosen)):
                letters = list(plain)
                for index, mark in zip(chosen, marks, strict=True):
                    letters[index] = mark
                out.add("".join(letters))
    out.discard(word)
    return out


def _as_cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if like[:1].isupper() else word


def _respellings(word: str, first: bool) -> list[tuple[str, set[str]]]:
    """The kinds of slip ``word`` (as written in the value) may be, each with its respellings (small
    letters), in the order they are tried."""
    small = word.lower()
    kinds: list[tuple[str, set[str]]] = []
    if first or not word[:1].isupper():
        kinds.append(("accent", accented(small)))
        if (elided := _ELIDED.match(small)) is not None:
            rest = elided["word"]
            kinds.append(("elided", {f"{elided['article']}'{rest}"}))
            kinds.append(("elided", {f"{elided['article']}'{other}" for other in accented(rest)}))
    for misread, meant in _CAPITALS:
        if word.startswith(misread) and len(word) >= 4 and word[1:].islower():
            kinds.append(("capital", {(meant + word[len(misread):]).lower()}))
    return kinds


def _vouched(candidates: set[str], known: set[str]) -> list[str]:
    # an elided word is vouched for by the word after its apostrophe
    return sorted(c for c in candidates if c.split("'")[-1] in known)


def respelled(text: str, known: Known) -> str:
    """``text`` with each word that is a slip of one of the kinds above respelled; all else as read."""
    if _ENGLISH.search(text):
        return text
    words = _WORD.findall(text)
    tried = {word: _respellings(word, index == 0) for index, word in enumerate(words) if len(word) >= 3}
    pieces = [(left, right) for left, right in re.findall(r"(?=(?<!\S)([^\W\d_]{1,3}) ([^\W\d_]{3,})(?!\S))", text)]
    asked = {word.lower() for word in tried} | {c.split("'")[-1] for kinds in tried.values()
                                                for _, candidates in kinds for c in candidates}
    asked |= {piece.lower() for pair in pieces for piece in pair} | {(left + right).lower() for left, right in pieces}
    if not asked:
        return text
    vouched = known(asked)
    for left, right in pieces:
        joined = (left + right).lower()
        if joined in vouched and not (left.lower() in vouched and right.lower() in vouched) \
                and (left[:1].isupper() or not right[:1].isupper()):
            text = re.sub(rf"(?<!\S){re.escape(left)} {re.escape(right)}(?!\S)", _as_cased(joined, left), text)
    for word, kinds in tried.items():
        if word.lower() in vouched:
            continue
        for kind, candidates in kinds:
            found = _vouched(candidates, vouched)
            if len(found) > 1:
                break  # more than one word it may be a slip of: left as read
            if found:
                # a capital misread is put back as the capital it was ("fardins": Jardins)
                meant = next(m for r, m in _CAPITALS if word.startswith(r)) + word[1:] if kind == "capital" \
                    else _as_cased(found[0], word)
                text = re.sub(rf"(?<!\w){re.escape(word)}(?![\w'’])", meant, text)
                break
    return text


def mended(fields: dict[str, FieldValue], known: Known) -> dict[str, FieldValue]:
    """``fields`` read from a page with their group's name and title respelled (``respelled``)."""
    out = dict(fields)
    for name in FIELDS:
        value = out.get(name)
        if value is not None and isinstance(value.value, str) and (text := respelled(value.value, known)) \
                != value.value:
            out[name] = replace(value, value=text)
    return out
