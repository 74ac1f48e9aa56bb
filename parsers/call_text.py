"""What a document prints of the call itself, never the applicant's: the call's postal address block, its
coordinator's e-mail addresses and phone numbers, its name and its programme's, the ceiling a form notes in
a label's brackets."""

from __future__ import annotations

import re
from functools import lru_cache

from config.call import CallDefinition
from parsers.field_table import EMAIL_RE
from parsers.phone import find_phones
from parsers.places import STREET, fold, letters

# the programme's funds by the names a budget's income line gives them (the call's own names aside)
PROGRAMME_FUNDS = r"interreg|partons\s*2\W?0|fonds\s+europ[ée]ens|europese\s+(?:fondsen|middelen)"


def names_the_call_as_funder(label: str, call: CallDefinition) -> bool:
    """A budget's income line named after this call or its programme ("Maak werk van je buurt (Partons 2.0)",
    "Fonds européens (Interreg - Partons 2.0)"), where a form writes the grant it asks for."""
    folded = fold(label)
    names = [fold(name).strip(" !") for name in (*call.name.values(), *call.coordinator_name.values()) if name]
    return any(name and name in folded for name in names) or re.search(
        rf"\b(?:{PROGRAMME_FUNDS})\b", folded) is not None


def without_recipient_block(text: str, call: CallDefinition) -> str:
    """The text without the call's own address block, as a letter is addressed ("Provincie West-Vlaanderen /
    t.a.v. de projectcoördinator / Woumenweg 100 / 8600 Diksmuide"): its lines are not the applicant's
    labels ("Projet Interreg Partons 2.0" is no project title). Up to two lines above the street go with
    it, never a line with an e-mail or a colon (the sender's "Tél. :" just above)."""
    pieces = [piece.strip() for piece in call.postal_address.split(",")]
    street = next((fold(piece) for piece in pieces if STREET.fullmatch(piece)), "")
    postcode = next((found.group(0) for found in re.finditer(r"\b\d{4,5}\b", call.postal_address)), "")
    if not street:
        return text
    lines = text.split("\n")
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        if street not in fold(line):
            continue
        dropped.add(index)
        if postcode and postcode in line:
            # "Provincie West-Vlaanderen · Woumenweg 100 · 8600 Diksmuide": the whole address on one line, a
            # page's footer; the lines above it are the page's last answers ("We vragen 7.840 euro.")
            continue
        for above in (index - 1, index - 2):
            if above < 0 or not lines[above].strip() or re.search(r"[@:?]", lines[above]):
                break
            dropped.add(above)
        if index + 1 < len(lines) and postcode and postcode in lines[index + 1]:
            dropped.add(index + 1)
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def call_emails(text: str, call: CallDefinition) -> frozenset[str]:
    """The e-mail addresses a document gives as the call's own: those on a line with the call's postal
    street (a blank form's footer "Formulier terug te sturen naar coordinator@... of per post: ...,
    Woumenweg 100, 8600 Diksmuide"), and those the call file names as the coordinator's wherever they stand.
    The coordinator is never the applicant."""
    return frozenset(match.group(0).lower() for line in _call_lines(text, call)
                     for match in EMAIL_RE.finditer(line)) | frozenset(call.coordinator_emails)


def names_call(line: str, call: CallDefinition) -> bool:
    """The line gives the call's own postal street (a form's footer): what else it gives is the call's."""
    return bool(_call_lines(line, call))


def _call_lines(text: str, call: CallDefinition) -> list[str]:
    """The lines that give the call's postal street: the call's own address, e-mail and phone. Of a row of
    cells only the cell that gives it: a letter may set the writer's block and the recipient's side by side
    ("Tel. 0473 ...<tab>Woumenweg 100"), and the writer's number is the writer's."""
    return [cell for line in text.split("\n") for cell in line.split("\t") if _names_call_street(cell, call)]


def _names_call_street(line: str, call: CallDefinition) -> bool:
    """The line gives the call's street with a house number as long as the call's ("Woumenweg 100", or
    "Woumenweg 190" as OCR may read it); a writer living further up that street ("Woumenweg 12") is not
    the call."""
    patterns = _call_street_patterns(call.postal_address)
    if not patterns:
        return False
    # folding (accents, case) is the costly part, asked of every line of every document: a line without
    # the street's first letters is passed over before it
    lowered = line.lower()
    if not any(head in lowered for heads, _ in patterns for head in heads):
        return False
    folded = fold(line)
    return any(pattern.search(folded) for _, pattern in patterns)


@lru_cache(maxsize=8)
def _call_street_patterns(postal_address: str) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """For each street of the call's postal address: its first letters, and the street with a house number
    as long as its own ("Woumen weg," and OCR's spaces allowed between the letters)."""
    patterns = []
    for piece in postal_address.split(","):
        if not STREET.fullmatch(piece.strip()):
            continue
        street = letters(piece)
        number = re.sub(r"\D", "", piece)
        if len(street) >= 6:
            spelled = "[^a-z0-9]*".join(street)
            heads = (street[:3], piece.strip().lower()[:3])  # as folded, and as written ("égl")
            patterns.append((heads, re.compile(rf"{spelled}[^a-z0-9]*\d{{{len(number)}}}(?!\d)")))
    return tuple(patterns)


def call_phones(text: str, call: CallDefinition) -> frozenset[str]:
    """The phone numbers a document gives as the call's own: on a line with the call's postal street, or on
    the line under it, where a wrapped footer ends ("... Woumenweg 100, 8600 Diksmuide - coordinator@... /
    - +32 51 00 00 00"), and those the call file names as the coordinator's wherever they stand ("Vragen? Bel
    ..." in a form's instructions). The coordinator is never the applicant."""
    lines = text.split("\n")
    found: set[str] = set(call.coordinator_phones)
    for index, line in enumerate(lines):
        if _names_call_street(line, call):
            found.update(phone for cell in _call_lines(line, call) for phone, _ in find_phones(cell))
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if _PHONE_ALONE.fullmatch(following):
                # only a number alone on the next line is the footer's tail: a letter's next line may be the
                # writer's own ("Woumenweg 100, 8600 Diksmuide" / "Tel. 0473 ..." under the recipient)
                found.update(phone for phone, _ in find_phones(following))
    return frozenset(found)


_PHONE_ALONE = re.compile(r"[\s\-–—|/:.,]*[+\d][\d\s()./-]{7,}[\s\-–—|/:.,]*"
                          # "- tel. 051 00 00 00": the dash goes on with the footer; a line of its own that
                          # starts "Tel." under the recipient's address is the writer's
                          r"|\s*[-–—|]\s*(?:t[ée]l[ée]?(?:foon|phone)?|gsm|phone)\.?\s*:?\s*[+\d][\d\s()./-]{7,}\s*",
                          re.IGNORECASE)


def is_the_calls_own(name: str, call: CallDefinition) -> bool:
    """``name`` (two words or more) is the call's issuer, as its postal address or its signature names it."""
    folded = " ".join(re.findall(r"\w+", fold(name)))
    own = " ".join(re.findall(r"\w+", fold(" ".join([call.postal_address, *call.signature.values(),
                                                      *call.coordinator_name.values()]))))
    return len(folded.split()) >= 2 and f" {folded} " in f" {own} "  # whole words: "Tons 2" is no "Partons 2.0"


@lru_cache(maxsize=8)
def _programme_version(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The programme's name with its number ("Partons 2.0", also read "Partons 2 0"), from the words the
    coordinator's names in each language share."""
    shared = set.intersection(*(set(name.split()) for name in names)) if len(names) > 1 else set()
    numbered = sorted(word for word in shared if re.search(r"\d", word))
    named = sorted(word for word in shared if not re.search(r"\d", word))
    if not numbered or not named:
        return None
    versions = "|".join(re.sub(r"[.,]", r"[.,]?\\s?", re.escape(word).replace("\\.", ".")) for word in numbered)
    return re.compile(rf"(?i)\b(?P<name>{'|'.join(re.escape(word) for word in named)})\s+(?:{versions})(?![\d.,])")


# a form's note of the call's ceiling in a label's brackets: "Gevraagde bijdrage (max. € 10.000)", "Aide demandée
# (10 000 € max.)", as OCR reads it "(max, € 10,000)"
_CEILING_NOTE = re.compile(r"\((?=[^()\n]{0,40}\b(?:max|maximum|maximaal|maxi|plafond|ten hoogste)\b)(?=[^()\n]*\d)"
                           r"[^()\n]{1,50}\)", re.IGNORECASE)


def without_ceiling_note(text: str) -> str:
    """The text with the ceiling noted in brackets blanked out (spaces of the same length: places stay where
    they are): it is the call's maximum, never the applicant's amount."""
    return _CEILING_NOTE.sub(lambda found: " " * len(found.group(0)), text)


def without_programme_version(raw: str, call: CallDefinition) -> str:
    pattern = _programme_version(tuple(call.coordinator_name.values()))
    return pattern.sub(r"\g<name>", raw) if pattern is not None else raw


def is_call_name(title: str, call: CallDefinition) -> bool:
    """The call's own name ("Maak werk van je buurt!"), its coordinator's ("Partons 2.0"), or a line naming its
    programme ("Projet Interreg Partons 2.0" in the address block of a letter to the coordinator): not a title."""
    # "— Maak werk van je buurt! 2019": a form's heading, its dash and year around the call's name
    folded = re.sub(r"^[\W_]+|[\W_]+$", "", re.sub(r"\b(?:19|20)\d\d\b", "", fold(title))).strip(" !")
    if any(folded and folded == fold(name).strip(" !") for name in call.name.values()) or any(
            folded and folded in fold(name) for name in call.coordinator_name.values()):
        return True
    titles = [set(fold(name).split()) for name in call.coordinator_name.values() if name]
    programme = set.intersection(*titles) if len(titles) > 1 else set()
    return bool(programme) and programme <= set(folded.split())
