"""A place name or postcode that OCR read one letter or digit off, put back to the call's spelling.

Tesseract slips a letter or a digit on photos ("Flverdinge" for Elverdinge, "1782" for 7782, "Mailleul"
for Bailleul). Every OCR'd value is already below the review threshold, so the coordinator checks it; this
only makes what they check right more often. A mend needs two things to agree: a name one letter off a
name of the call's list *and* a postcode of that very place (or none), or a name read right and a postcode
one digit off one of its own postcodes. Anything less is left as read.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from config.call import CallDefinition, Municipality
from parsers.model import FieldValue
from parsers.places import fold, letters, match_municipality, names_a_country

MIN_LETTERS = 6  # shorter names ("Lo", "Bray") are too alike to tell a slip from another place...
SHORT_LETTERS = 4  # ...unless the postcode read beside the name is that very place's: then from 4 letters


def one_letter_off(first: str, second: str) -> bool:
    """Same length and one letter different: the slip OCR makes (not a letter left out or added)."""
    return len(first) == len(second) and sum(a != b for a, b in zip(first, second, strict=True)) == 1


# letters tesseract reads as one where a handwriting-like hand joins them ("Meppe" for Nieppe), and back
_JOINED = {"m": ("ni", "rn", "in", "nn"), "w": ("vv",), "d": ("cl",), "u": ("ii",)}


def one_left_out(short: str, long: str) -> bool:
    """``short`` is ``long`` with one of its letters or digits left out."""
    return len(long) == len(short) + 1 and any(long[:index] + long[index + 1:] == short for index in range(len(long)))


LEFT_OUT_LETTERS = 8  # a long name with one letter left out ("ostduinkerke") is that name: no other is alike...
# ...when the postcode beside it is that place's; with no postcode read, only a longer one: a shorter name
# with a letter left out is as often another real place outside the call (Herzele in East Flanders, Herzeele
# in the Nord)
LEFT_OUT_ALONE = 10


def _one_slip_off(read: str, known: str, *, postcode_read: bool = True) -> bool:
    """``read`` is ``known`` with one letter misread, or two of its letters read as one ("ni" as "m") or
    one as two, or a long one with a letter left out (a doubled letter read once)."""
    left_out_from = LEFT_OUT_LETTERS if postcode_read else LEFT_OUT_ALONE
    if one_letter_off(read, known) or (len(known) >= left_out_from and one_left_out(read, known)):
        return True
    for shorter, longer in ((read, known), (known, read)):
        if len(longer) != len(shorter) + 1:
            continue
        for index, letter in enumerate(shorter):
            for pair in _JOINED.get(letter, ()):
                if shorter[:index] + pair + shorter[index + 1:] == longer:
                    return True
    return False


def spellings(call: CallDefinition) -> list[tuple[str, Municipality]]:
    """Every name of each of the call's places (its own and its aliases), with the place."""
    return [(spelling, municipality) for municipality in call.municipalities
            for spelling in (municipality.name, *municipality.aliases)]


def _known_spelling(name: str, postcode: str | None, call: CallDefinition) -> str | None:
    """The call's spelling of a place ``name`` is one letter off, when exactly one such place fits the
    postcode read beside it (any, when none was read)."""
    folded = fold(name)
    if len(folded) < MIN_LETTERS:
        # a short name is mended only when the postcode read beside it is that very place's
        if postcode is None or len(folded) < SHORT_LETTERS:
            return None
        fits = {spelling: municipality for spelling, municipality in spellings(call)
                if _one_slip_off(folded, fold(spelling)) and postcode in municipality.postcodes}
    else:
        fits = {spelling: municipality for spelling, municipality in spellings(call)
                if _one_slip_off(folded, fold(spelling), postcode_read=postcode is not None)
                and (postcode is None or postcode in municipality.postcodes)}
    places = {municipality.name for municipality in fits.values()}
    if len(places) != 1:
        return None
    # one place; of its spellings that fit ("Boeschèpe", its Dutch "Boeschepe"), its own name first
    return next((spelling for spelling in fits if spelling in places), next(iter(fits)))


RESEMBLES = 0.6  # difflib's ratio from which a garbled name is taken for the place its postcode names...
CLEARLY = 0.15  # ...clearly more than any other place sharing that postcode (a French one covers several)


def _place_of_postcode(name: str, postcode: str | None, call: CallDefinition) -> str | None:
    """The place of the call's list whose postcode was read beside ``name``, when the name read resembles
    it and no other place of that postcode as much.

    A handwritten place name comes out of OCR garbled past one slip ("il leu", "Ostaduinkeke") while the
    digits beside it read right: the two agree, as they must for any mend here. A postcode shared by
    several villages (59122: Hondschoote, Killem, Rexpoëde, Warhem) takes the one the name resembles
    clearly more."""
    if postcode is None:
        return None
    folded = fold(name).replace(" ", "")
    if len(folded) < SHORT_LETTERS:
        return None
    scores = sorted(((max((_resemblance(folded, fold(spelling).replace(" ", ""))
                           for spelling in (municipality.name, *municipality.aliases)), default=0.0),
                      municipality.name)
                     for municipality in call.municipalities if postcode in municipality.postcodes), reverse=True)
    if not scores or scores[0][0] < RESEMBLES or (len(scores) > 1 and scores[0][0] - scores[1][0] < CLEARLY):
        return None
    return scores[0][1]


def _resemblance(read: str, spelling: str) -> float:
    # a short spelling ("Esen", one of Diksmuide's villages) resembles too much by chance
    if len(spelling) < MIN_LETTERS or abs(len(spelling) - len(read)) > 3:
        return 0.0
    return difflib.SequenceMatcher(None, read, spelling).ratio()


def _known_postcode(postcode: str, municipality: Municipality) -> str | None:
    if postcode in municipality.postcodes:
        return None
    close = [own for own in municipality.postcodes if one_letter_off(own, postcode)]
    return close[0] if len(close) == 1 else None


def _department_mended(postcode: str, municipality: Municipality) -> str | None:
    """A French postcode whose department OCR read one digit off ("51114" beside Godewaersvelde, read right):
    the department of the place's own postcodes, the rest as read (a writer may give a neighbour's office's
    code; the place's is not put in its stead). None when the digits are not one slip off that."""
    departments = {own[:2] for own in municipality.postcodes if len(own) == 5}
    if len(postcode) != 5 or not postcode.isdigit() or len(departments) != 1 or postcode[:2] in departments:
        return None
    department = departments.pop()
    return department + postcode[2:] if one_letter_off(postcode[:2], department) else None


def _spelled_on_page(name: str, text: str) -> str | None:
    """The spelling of a place the page itself writes more often than ``name``, which is one slip off it.

    A place outside the call's list has no spelling to check against but the page's own: a letter names
    its village in its sentences and its date ("Nieppe, le 11 juin"), in print that reads better than the
    handwritten answer ("Meppe"). Only a capitalised word written twice or more, and more often than the
    name read."""
    folded = fold(name)
    if " " in name or len(folded) < SHORT_LETTERS:
        return None
    counts = Counter(re.findall(r"(?<![\w'-])[A-ZÀ-Ý][\w'-]{3,}", text))
    fits = {word for word, count in counts.items() if count >= 2 and count > counts[name] and
            _one_slip_off(folded, fold(word))}
    return fits.pop() if len(fits) == 1 else None


def mended_places(fields: Mapping[str, FieldValue], call: CallDefinition, text: str = "") -> dict[str, FieldValue]:
    """``fields`` of an OCR'd page with the place's name and postcode put back to the call's list where
    they are one slip off it, and the same slip of the place's name mended in the other fields that
    name it ("Foyer rural de Mailleul" beside "Bailleul"), and the country the place is in. A place the call
    does not list is put back to the spelling the page's ``text`` gives it more often."""
    mended = dict(fields)
    place, code = mended.get("municipality"), mended.get("postcode")
    name = place.value if place is not None and isinstance(place.value, str) else None
    postcode = code.value if code is not None and isinstance(code.value, str) else None
    if name is None:
        return mended
    municipality = match_municipality(name, call)
    if municipality is None:
        spelling = _known_spelling(name, postcode, call) or _spelled_on_page(name, text) \
            or _place_of_postcode(name, postcode, call)
        if spelling is None:
            return mended
        assert place is not None
        name, municipality = spelling, match_municipality(spelling, call)
        # the official name, as for a village read right ("Elverdinge" is Ieper's)
        official = municipality.name if municipality is not None else spelling
        mended["municipality"] = FieldValue("municipality", official, place.source, place.confidence)
    if municipality is not None and postcode is not None and code is not None \
            and (own := _known_postcode(postcode, municipality)) is not None:
        mended["postcode"] = FieldValue("postcode", own, code.source, code.confidence)
    elif municipality is not None and postcode is not None and code is not None \
            and (department := _department_mended(postcode, municipality)) is not None:
        mended["postcode"] = FieldValue("postcode", department, code.source, code.confidence)
    country = mended.get("country")
    if municipality is not None and country is not None and country.value != municipality.country \
            and not names_a_country(text):
        # the country of a garbled postcode ("81619": five digits, French) beside a place of the call's read
        # right (Stavele): the place's, whose country the call's list knows. Not where the page names one
        # ("Pays : France"): the place may be the misread one
        mended["country"] = FieldValue("country", municipality.country, country.source, country.confidence)
    if municipality is not None and (group := mended.get("organisation")) is not None \
            and isinstance(group.value, str) and (body := _public_body(group.value, municipality, call)) is not None:
        mended["organisation"] = FieldValue("organisation", body, group.source, group.confidence)
    wanted = fold(name)
    if " " in wanted or len(wanted) < MIN_LETTERS:
        wanted = ""
    starting_with_i = tuple(fold(spelling) for spelling, _ in spellings(call)
                            if fold(spelling).startswith("i") and len(spelling) >= 4)
    for field_name in ("organisation", "address", "project_title"):
        value = mended.get(field_name)
        if value is None or not isinstance(value.value, str):
            continue
        words = re.split(r"(\W+)", value.value)
        mended_words = [_mended_word(word, name, wanted, starting_with_i) for word in words]
        if mended_words != words:
            mended[field_name] = FieldValue(field_name, "".join(mended_words), value.source, value.confidence)
    return mended


# the public bodies that apply in their place's name: "Gemeente Mesen", "Mairie de Hoymille". Not the groups
# known by their place ("Chiro Houthulst", "Foyer rural de Bailleul"): tried in round 15, a review found real
# names rewritten into plausible wrong ones ("Buurtcomité Vlamertingseweg", "KLJ Reninge", "Foyer Rural
# Casselois"), which a coordinator checking the field would not catch
_BODIES = ("Gemeente", "Gemeentebestuur", "Stad", "Stadsbestuur", "OCMW", "Mairie de", "Commune de", "Ville de",
           "CCAS de")
BODY_RESEMBLES = 0.85  # difflib's ratio of the letters from which a garbled name is that body of the place...
BODY_CLEARLY = 0.1  # ...clearly more than any other body or place ("Gemeente" is most of "Gemeentebestuur")
BODY_MORE_LETTERS = 1  # letters a garbled name may have beyond the body's: more is a service or a qualifier


@dataclass(frozen=True)
class _BodyName:
    body: str
    spelling: str  # the place's letters: "Rexpoëde" and "Rexpoede" are one
    named: str  # "Mairie de Rexpoëde", "Commune d'Arnèke"
    letters: str
    place: str


_BODY_NAMES: dict[int, tuple[CallDefinition, tuple[_BodyName, ...]]] = {}


def _body_names(call: CallDefinition) -> tuple[_BodyName, ...]:
    """Every public body of every place of the call, each way it is written: built once per call (a page
    asks for them for each garbled group name)."""
    cached = _BODY_NAMES.get(id(call))
    if cached is None or cached[0] is not call:
        names: list[_BodyName] = []
        for place in call.municipalities:
            for spelling in (place.name, *place.aliases):
                for body in _BODIES:
                    ways = [f"{body} {spelling}"]
                    if body.endswith(" de") and fold(spelling)[:1] in "aeiouyh":
                        ways.append(f"{body[:-2]}d'{spelling}")  # "Commune d'Arnèke"; as read before an h
                    names.extend(_BodyName(body, letters(spelling), named, letters(named), place.name)
                                 for named in ways)
        cached = (call, tuple(names))
        _BODY_NAMES[id(call)] = cached
    return cached[1]


def _public_body(group: str, municipality: Municipality, call: CallDefinition) -> str | None:
    """The applicant's place's own council or town hall, for a group name OCR garbled past reading ("GE M EEN
    N TE WIJT: Si CHA 7 E" beside Wijtschate, a village of Heuvelland): the body and the place's spelling whose
    letters it resembles clearly most, among every place of the call (a neighbour's town hall is not the
    applicant's). A name with more letters than that is more than the body ("Stad Ieper - dienst jeugd",
    "Gemeentebestuur Heuvelland", "Gemeentelijke basisschool Kemmel") and stays as read."""
    read = letters(group)
    if len(read) < MIN_LETTERS:
        return None
    # (body, the place's letters) -> (score, the surest way to write them, the applicant's place)
    scored: dict[tuple[str, str], tuple[float, str, bool]] = {}
    for name in _body_names(call):
        if abs(len(name.letters) - len(read)) > 3:
            continue
        score = difflib.SequenceMatcher(None, read, name.letters).ratio()
        key = (name.body, name.spelling)
        if score > scored.get(key, (-1.0, "", False))[0]:
            scored[key] = (score, name.named, name.place == municipality.name)
    ranked = sorted(scored.values(), reverse=True)
    if not ranked:
        return None
    best, named, own = ranked[0]
    if not own or best < BODY_RESEMBLES or (len(ranked) > 1 and best - ranked[1][0] < BODY_CLEARLY) \
            or len(read) > len(letters(named)) + BODY_MORE_LETTERS \
            or (letters(named) == read and named.lower() == " ".join(group.split()).lower()):
        return None
    capitals = [c for c in group if c.isalpha()]
    return named.upper() if sum(c.isupper() for c in capitals) >= 0.8 * len(capitals) else named


def _mended_word(word: str, name: str, wanted: str, starting_with_i: tuple[str, ...]) -> str:
    # only a capitalised word: "Mailleul" is the place misread, a common word one letter off is a word
    if wanted and word[:1].isupper() and one_letter_off(fold(word), wanted):
        return name
    # the place itself in small letters: a handwritten capital read small ("Union sportive de killem")
    if wanted and word.islower() and fold(word) == wanted:
        return name
    # a capital I read as a small l ("leperstraat"): no Dutch or French word starts "lep", Ieper's streets do
    if len(word) >= 4 and word[0] == "l" and word[1].islower() and fold("I" + word[1:]).startswith(starting_with_i):
        return "I" + word[1:]
    return word


# a postcode written one digit per square of a comb box: OCR reads the squares' sides between the digits as
# bars or spaces ("8|9|8\t0 |\tPassendale"); four or five lone digits before a place's name, no more digits
# before them (a phone spaced out is longer)
_DIGIT_GAP = r"(?:[ \t]*\|[ \t]*|[ \t]+)"
_COMB_POSTCODE = re.compile(rf"(?<![\d.,/+-])(?<!\d[ \t])(?<!\d\|)(?P<digits>(?:\d{_DIGIT_GAP}){{3,4}}\d)"
                            rf"(?:[ \t]*\|)?(?P<gap>[ \t]+)(?P<place>[A-ZÀ-Ý][^\t\n]*)")


def comb_postcodes_joined(text: str, call: CallDefinition) -> str:
    """A postcode OCR read square by square ("8 9 8 0 Passendale", "8|9|8 0 | Passendale") as one ("8980
    Passendale"), when the place after it is one of the call's with that very postcode; other spaced digits
    (an amount's, "Code postal<tab>5 9 4 7 0<tab>Commune") stay as read."""

    def joined(found: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", found["digits"])
        place = match_municipality(found["place"].strip(), call)
        if place is None or digits not in place.postcodes:
            return found.group(0)
        return f"{digits}{found['gap']}{found['place']}"

    return _COMB_POSTCODE.sub(joined, text)


def places_rejoined(text: str, call: CallDefinition) -> str:
    """OCR'd text with a place of the call's list that the reading split in two put back in one word
    ("DIKKEB US", "WIJT SCHATE", "Gode waersvelde"; a long one with one slip too: "Gode waersveld"), and the
    postcode before such a place that it garbled ("54L10 Winnezeele", "£153 Wijtschate") put back to the
    place's own when only one of its postcodes fits.

    Only a joined spelling that is one of the list's (MIN_LETTERS at least; LEFT_OUT_ALONE for one slip off
    it) is joined, and not two words of the language but after a postcode or in capitals; a postcode is
    mended only before a place of the list, from that place's own postcodes."""
    folded = {fold(spelling): spelling for spelling, _ in spellings(call) if len(fold(spelling)) >= MIN_LETTERS}

    def slipped(first: str, second: str) -> str | None:
        # split and a letter left out or misread too ("Gode waersveld"): a long name only, no other alike,
        # written with its capital
        if not first[:1].isupper():
            return None
        both = fold(first + second)
        fits = {spelling for key, spelling in folded.items() if len(key) >= LEFT_OUT_ALONE
                and (one_left_out(both, key) or one_letter_off(both, key))}
        return fits.pop() if len(fits) == 1 else None

    # each pair of words in turn ("de Gode waersvelde": not only "de Gode")
    pairs = [(found, found.group(1) + found.group(2) if fold(found.group(1) + found.group(2)) in folded
              else slipped(found.group(1), found.group(2))) for found in _SPLIT_WORD.finditer(text)]
    # two words of the language are no place cut in two ("werk en": Werken, "voor mezelf": Voormezele), but
    # after a postcode or in a form's capitals ("8650 HEUVEL LAND") the place is what is written
    doubtful = [found for found, place in pairs if place is not None and not (found.group(1) + found.group(2)).isupper()
                and not re.search(r"\d{4,5}[ \t]+$", text[:found.start()])]
    if doubtful:
        from parsers.second_opinion import known_words  # it builds on the OCR modules

        vouched = known_words([word.lower() for found in doubtful for word in found.groups()])
        pairs = [(found, None if found in doubtful and all(word.lower() in vouched for word in found.groups())
                  else place) for found, place in pairs]
    out, at = [], 0
    for found, place in pairs:
        if found.start() < at or place is None:
            continue
        out.append(text[at:found.start()] + place)
        at = found.end(2)
    text = "".join(out) + text[at:]
    return _POSTCODE_BEFORE.sub(lambda found: _postcode_mended(found, call), text)


# two parts of one word: letters, a single space, letters (the second part starts where the first left off);
# the second in a lookahead, so that each word is tried as the first of a pair too. The first part may be a
# capital alone before the rest in small letters ("H azebrouck": a handwritten capital stands apart)
_SPLIT_WORD = re.compile(r"(?<![\w'-])([^\W\d_]{2,}|[A-ZÀ-Ý](?= [^\W\d_A-ZÀ-Ý]))(?=[ ]([^\W\d_]{2,})(?![\w'-]))")
# a postcode-like token (four or five characters, digits mostly, some read as letters or signs), then a
# place's name on the same line
_POSTCODE_BEFORE = re.compile(r"(?<![\w£$])(?P<code>[\d£$§LlIOoSB]{4,5})[ \t]+"
                              r"(?P<place>[^\W\d_][\w'’-]+(?:[ -][^\W\d_][\w'’-]+)?)")


def _postcode_mended(found: re.Match[str], call: CallDefinition) -> str:
    """The place's own postcode for a token OCR garbled with a letter or a sign ("£153" before Wijtschate):
    its one postcode of that length, or the one that agrees with the token in all but two places and
    better than any other. A postcode of digits only is mended only when a digit was left out ("5850"
    before Godewaersvelde, whose postcode is 59850); one digit off is left to ``mended_places``."""
    code, place = found.group("code"), found.group("place")
    municipality = match_municipality(place, call)
    if municipality is None:
        return found.group(0)
    if code.isdigit():
        # "5850 Godewaersvelde": a digit of a French postcode not read (a handwritten 9 run into the 5)
        fuller = [own for own in municipality.postcodes if one_left_out(code, own)]
        return fuller[0] + found.group(0)[len(code):] if len(fuller) == 1 else found.group(0)
    if sum(ch.isdigit() for ch in code) < 2:
        return found.group(0)
    scores = sorted(((sum(a == b for a, b in zip(own, code, strict=True)), own)
                     for own in municipality.postcodes if len(own) == len(code)), reverse=True)
    if not scores or (len(scores) > 1 and (scores[0][0] < len(code) - 2 or scores[1][0] == scores[0][0])):
        return found.group(0)
    return scores[0][1] + found.group(0)[len(code):]
