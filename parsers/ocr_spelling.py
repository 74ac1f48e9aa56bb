"""Words of a value read from a page that no word list holds, respelled to the one word they are a slip of.

Tesseract and the second engine read handwriting letter by letter, and a group's name or a project's title
comes out with one letter wrong: an accent lost or added ("Comite", "écolé", "cafe"), an elided article read
into its word ("lécole", "délèves"), a word cut in two ("Mo ulin"), a capital J read as the T or f it
resembles ("fardins") or Dutch IJ as an N ("Nzer"). Each respelling here is of one such kind, and
is made only when Debian's Dutch and French word lists (``parsers.second_opinion.known_words``) hold neither
the word as read nor, among its respellings of that kind, any other than one.

What is not respelled, and why:

- a word the lists hold, even when another reading is likelier ("feux" for jeux): it may be what was meant;
- any single wrong letter: the lists lack most Dutch compounds ("Gezinsbond" is one letter from
  "gezinsband", "Veurnestraat" from "Deurnestraat"), so a one-letter guess respells right words as often as
  wrong ones. Only the slips above, whose shape OCR makes and spelling does not, are mended;
- a name: words with a capital that are not first in the value ("Méteren", "Hennebelle") are places and
  people the lists do not know, except for the J and IJ, whose misreads are always capitals; and a word is
  respelled only to a word the lists write in small letters (they hold names too: "De Waele" is not
  "Dewaele", "Théo" not "Theo", "Tanson" not "Janson");
- an elided article at a value's start ("Locre Loisirs", "Loiseau & fils" are a place and a surname);
- an e-mail address or a web address within a value;
- a value with English in it ("residents" is no slip of "résidents" in "Elverdinge Residents' Club").

Every OCR'd value is to check anyway (``parsers.documents``): this makes what the coordinator checks right
more often, it decides nothing.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from parsers.model import FieldValue
from parsers.ocr_capitals import ACRONYMS, ROMAN, name_word
from parsers.places import ACCENTS, fold

Known = Callable[[Iterable[str]], set[str]]

FIELDS = ("organisation", "project_title")
# how many of one word's letters may have their accent put on, changed or taken off (``places.ACCENTS``)
MOST_ACCENTS = 2
_WORD = re.compile(r"[^\W\d_]+")
# "l'école" read as one word: a French article or pronoun elided before a word of four letters or more
_VOWELS = "aeiouyhàâéèêîôû"  # and h: what a French word after an elided article starts with
_ELIDED = re.compile(rf"^(?P<article>[dljn]|qu)(?P<word>[{_VOWELS}][^\W\d_]{{3,}})$")
# a capital read as the letter it resembles in handwriting (the misread side first). Not T for J: surnames
# begin with a T a J would make a word ("Tacquet": jacquet); not Y for IJ: "Yzer" is how the river is still
# written in names
_CAPITALS = (("f", "J"), ("I", "J"), ("N", "IJ"))
# letters a hand's strokes make OCR read as others, the way it reads them and not back ("Potagen" for Potager;
# an r read for an n would make "Ravet" Navet, an h for a b "Hecquet" Becquet)
_CONFUSED = (("n", "r"), ("v", "r"), ("v", "u"), ("u", "v"), ("n", "u"), ("c", "e"), ("b", "h"), ("rn", "m"),
             ("cl", "d"), ("vv", "w"), ("ri", "n"))
# a word right after an elided article, in the same token ("l'cole", "d'lèves")
_AFTER_ELISION = re.compile(r"(?i)(?:^|[^\w])(?:[ldjn]|qu)['’]$")
_ENGLISH = re.compile(r"(?i)\b(?:the|and|for|with|our|to)\b")
# a token no word of which is respelled: an e-mail or web address
_ADDRESS = re.compile(r"@|/|www\.|[^\W\d_]\.[^\W\d_]")
# a word cut in two: two pieces between spaces (a bracket before, a mark after)
_PIECES = re.compile(r"(?<![^\s(])([^\W\d_]{1,3}) ([^\W\d_]{3,})(?=[,.;:)]?(?!\S))")


def accented(word: str) -> set[str]:
    """``word`` (small letters) with up to ``MOST_ACCENTS`` of its letters' accents put on, changed or taken
    off, itself left out."""
    plain = fold(word)
    places = [index for index, letter in enumerate(plain) if letter in ACCENTS]
    out = {plain}
    for count in range(1, MOST_ACCENTS + 1):
        for chosen in itertools.combinations(places, count):
            for marks in itertools.product(*(ACCENTS[plain[index]] for index in chosen)):
                letters = list(plain)
                for index, mark in zip(chosen, marks, strict=True):
                    letters[index] = mark
                out.add("".join(letters))
    out.discard(word)
    return out


def confused(word: str) -> set[str]:
    """``word`` (small letters) with one of its letters or pairs as read put back as meant (``_CONFUSED``)."""
    out: set[str] = set()
    for read, meant in _CONFUSED:
        start = word.find(read)
        while start >= 0:
            out.add(word[:start] + meant + word[start + len(read):])
            start = word.find(read, start + 1)
    out.discard(word)
    return out


def _as_cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if like[:1].isupper() else word


def _respellings(word: str, first: bool, after_article: bool = False) -> list[tuple[str, set[str]]]:
    """The kinds of slip ``word`` (as written in the value) may be, each with its respellings (small
    letters), in the order they are tried. ``after_article``: the word follows an elided article ("l'cole")."""
    small = word.lower()
    kinds: list[tuple[str, set[str]]] = []
    if after_article and small[:1] not in _VOWELS:
        # no French word after "l'" or "d'" starts with a consonant but h: its first vowel was not read
        kinds.append(("vowel", {vowel + small for vowel in _VOWELS if vowel != "h"}))
    may_be_a_word = first or not word[:1].isupper()  # not a name's capital
    if may_be_a_word:
        kinds.append(("accent", accented(small)))
    if not first and word.islower() and (elided := _ELIDED.match(word)) is not None:
        rest = elided["word"]
        kinds.append(("elided", {f"{elided['article']}'{rest}"}))
        kinds.append(("elided", {f"{elided['article']}'{other}" for other in accented(rest)}))
    if may_be_a_word and len(small) >= 5:
        kinds.append(("confused", confused(small)))
    for misread, meant in _CAPITALS:
        if word.startswith(misread) and len(word) >= 4 and word[1:].islower():
            kinds.append(("capital", {(meant + word[len(misread):]).lower()}))
    return kinds


def _vouched(candidates: set[str], words: set[str]) -> list[str]:
    # an elided word is vouched for by the word after its apostrophe
    return sorted(c for c in candidates if c.split("'")[-1] in words)


def respelled(text: str, known: Known, words: Known) -> str:
    """``text`` with each word that is a slip of one of the kinds above respelled; all else as read.

    ``known``: those of the given words (small letters) the word lists or the call's places hold in any
    case; ``words``: those the lists hold in small letters, the only ones a slip is respelled to."""
    text = unicodedata.normalize("NFC", text)
    if _ENGLISH.search(text):
        return text
    text = _joined(text, known, words)
    tokens = re.split(r"(\s+)", text)
    spans = [(index, found) for index, token in enumerate(tokens) if not _ADDRESS.search(token)
             for found in _WORD.finditer(token)]
    tried = [(index, found, _respellings(found.group(0), position == 0,
                                         _AFTER_ELISION.search(tokens[index][:found.start()]) is not None))
             for position, (index, found) in enumerate(spans) if len(found.group(0)) >= 3]
    if not tried:
        return text
    vouched = known({found.group(0).lower() for _, found, _ in tried})
    candidates = {c.split("'")[-1] for _, found, kinds in tried if found.group(0).lower() not in vouched
                  for _, respellings in kinds for c in respellings}
    small = words(candidates) if candidates else set()
    for index, found, kinds in reversed(tried):  # from the end: an earlier word's place stays where it was
        word = found.group(0)
        if word.lower() in vouched:
            continue
        for kind, respellings in kinds:
            meant = _vouched(respellings, small)
            if len(meant) > 1:
                break  # more than one word it may be a slip of: left as read
            if meant:
                # a capital misread is put back as the capital it was ("fardins": Jardins)
                new = next(m for r, m in _CAPITALS if word.startswith(r)) + word[1:] if kind == "capital" \
                    else _as_cased(meant[0], word)
                tokens[index] = tokens[index][:found.start()] + new + tokens[index][found.end():]
                break
    return "".join(tokens)


def _joined(text: str, known: Known, words: Known) -> str:
    """``text`` with a word cut in two ("du Mo ulin") joined, where its second piece is no word, nor the
    first unless it has the capital the whole word had ("de lete" is no "delete"), and no name's capital
    follows a small letter."""
    pieces = [found for found in _PIECES.finditer(text) if not _ADDRESS.search(found.group(0))
              and (found[1][:1].isupper() or not found[2][:1].isupper())]
    if not pieces:
        return text
    vouched = known({piece.lower() for found in pieces for piece in found.groups()})
    small = words({(found[1] + found[2]).lower() for found in pieces})
    for found in reversed(pieces):
        left, right = found.groups()
        # the first piece may be a word when it has the capital the whole word had ("Mo ulin"), not a small
        # word before another ("de lete")
        if (left + right).lower() in small and right.lower() not in vouched \
                and (left.lower() not in vouched or (left[:1].isupper() and right.islower())):
            text = text[:found.start()] + _as_cased((left + right).lower(), left) + text[found.end():]
    return text


_SAINT = re.compile(r"(?i)(?:saint|sainte|sint|st)-")
# feasts are names, though the lists write some small ("un noël"); by their letters without accents
_FEASTS = {fold(feast): feast for feast in ("Noël", "Pâques", "Pentecôte", "Toussaint", "Kerstmis", "Pasen",
                                            "Pinksteren", "Sinterklaas")}
# a Dutch place's kind, the last part of a word before an article that starts its name: "Speelplein De
# Kouter", "Buurthuis 't Hoekske", "Zaal Het Anker" (after any other word the article is an article:
# "langs de wandelroute"; and before a word that says when or which: "Speelplein de hele zomer")
_PLACE_KIND = re.compile(r"(?:tuin|plein|huis|zaal|bos|park|wijk|hof|veld|hoeve|school|kapel|molen|kerk|markt|"
                         r"lokaal|centrum|weide|schuur|boerderij|hoek|kring|hal|kasteel|dreef)$")
_NAME_ARTICLES = frozenset({"de", "het", "'t", "’t", "den"})
_NO_NAME_AFTER = frozenset({"hele", "gehele", "ganse", "eerste", "tweede", "derde", "laatste", "volgende",
                            "komende", "vorige", "andere"})
# a street's name within a title ("Feest in de Ieperstraat"): a name, though no list holds it
_STREET = re.compile(r"(?:straat|laan|steenweg|dreef)$")
ACRONYM_LETTERS = 3  # a word of this many capitals or fewer that is no word in small letters: "FC", "BBQ", "DJ"


def _in_capitals(text: str) -> bool:
    letters = [letter for letter in text if letter.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 6 and all(letter.isupper() for letter in letters)


def _places_in(cores: list[str], places: Sequence[str]) -> dict[int, str]:
    """Which of the title's words (their letters, by index) spell a place of the call's, as the list spells it:
    "DE PANNE" is De Panne, though "panne" is a word."""
    folded = [fold(core) for core in cores]
    found: dict[int, str] = {}
    for place in sorted(places, key=lambda name: -len(name.split())):
        parts = place.split()
        wanted = [fold(part) for part in parts]
        for start in range(len(cores) - len(parts) + 1):
            if folded[start:start + len(parts)] == wanted and not any(at in found for at in
                                                                      range(start, start + len(parts))):
                found.update({start + offset: part for offset, part in enumerate(parts)})
    return found


def title_written_small(text: str, known: Known, words: Known, places: Sequence[str] = ()) -> str:
    """A title a hand wrote in block capitals ("VERGER COMMUNAL", "FETE DES VOISINS") as a title is written:
    its first letter a capital; a place of the call's as its list spells it ("De Panne"); a word the lists
    write in small letters in small letters (with the accent capitals leave off, where only the fewest accents
    make it a word: "FETE" is fête; "A" is à); a name the lists know only with a capital capitalised, and a
    street's; a short word in capitals no list holds ("FC", "BBQ"), a roman numeral and an abbreviation with
    its dots as written; a Dutch place's name after its kind ("Speelplein De Kouter") and a feast named. A
    word no list knows is most often a compound or a plural ("boekenruilkast", "kerkwegels"), so it is written
    small: a name the lists do not know or write small too ("langs de ijzer", "Le jardin de marie") loses its
    capital, which the coordinator puts back when checking; before, the whole title was in capitals. A title
    in any other case is left as read."""
    if not _in_capitals(text):
        return text
    tokens = text.split(" ")
    parts = [re.fullmatch(r"(?P<before>[^\w]*)(?P<core>.*?)(?P<after>[^\w]*)", token) for token in tokens]
    cores = [part["core"] if part else token for part, token in zip(parts, tokens, strict=True)]
    lows = {found.group(0).lower() for found in _WORD.finditer(text)}
    small = words(lows | {variant for low in lows for variant in accented(low)})
    vouched = known(lows)
    placed = _places_in(cores, places)

    def word(letters: str) -> str:
        low = letters.lower()
        if fold(low) in _FEASTS:
            return _FEASTS[fold(low)]
        if low == "a":
            return "à"  # "SORTIE A LA MER": a title has no verb "a"
        if low in small:
            return low
        # the fewest accents that make it a word: "FETE" is fête, not fêté
        accents = sorted((sum(a != b for a, b in zip(variant, low, strict=True)), variant)
                         for variant in accented(low) if variant in small and len(variant) == len(low))
        if accents and (len(accents) == 1 or accents[0][0] < accents[1][0]):
            return accents[0][1]
        if len(letters) <= ACRONYM_LETTERS or ROMAN.fullmatch(letters):
            return letters
        return name_word(letters, first=True) if low in vouched or _STREET.search(low) else low

    out: list[str] = []
    named = False  # the previous word was an article that starts a name
    for index, (part, core) in enumerate(zip(parts, cores, strict=True)):
        low = core.lower()
        starts_name = index > 0 and low in _NAME_ARTICLES and index + 1 < len(cores) \
            and _PLACE_KIND.search(cores[index - 1].lower()) is not None \
            and cores[index + 1].lower() not in _NO_NAME_AFTER
        if index in placed:
            written = placed[index]
        elif named:
            written = name_word(core, first=True)
        elif starts_name:
            written = low if len(low) == 2 and low.endswith("t") else low.capitalize()
        elif not core or "." in core or low in ACRONYMS:
            written = core
        elif any(character.isdigit() for character in core):
            written = low  # "2DE", "1ER", "12-18-JARIGEN"
        elif (elided := re.fullmatch(r"(?i)([dlj]|qu)(['’])(.+)", core)) is not None:
            written = elided[1].lower() + elided[2] + word(elided[3])
        elif "-" in core:
            # "pique-nique" a word; "Saint-Jean", "Lo-Reninge" a name
            pieces = core.split("-")
            written = "-".join(piece.lower() for piece in pieces) \
                if all(piece.lower() in small for piece in pieces) and not _SAINT.match(core) \
                else name_word(core, first=True)
        else:
            written = word(core)
        named = starts_name
        if not any(character.isalnum() for piece in out for character in piece):
            # the title's first word ("« Boîtes à livres »", "IJsbaan"); not a word after a number ("100 jaar")
            written = "IJ" + written[2:] if written.startswith("ij") else written[:1].upper() + written[1:]
        out.append(f"{part['before']}{written}{part['after']}" if part else written)
    return " ".join(out)


def mended(fields: dict[str, FieldValue], known: Known, words: Known,
           places: Sequence[str] = ()) -> dict[str, FieldValue]:
    """``fields`` read from a page with their group's name and title respelled (``respelled``), a title in
    block capitals first written as a title is (``title_written_small``; ``places``: the call's spellings)."""
    out = dict(fields)
    title = out.get("project_title")
    if title is not None and isinstance(title.value, str) \
            and (small := title_written_small(title.value, known, words, places)) != title.value:
        out["project_title"] = replace(title, value=small)
    for name in FIELDS:
        value = out.get(name)
        if value is not None and isinstance(value.value, str) and (text := respelled(value.value, known, words)) \
                != value.value:
            out[name] = replace(value, value=text)
    return out
