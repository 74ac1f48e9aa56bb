"""The person a form names as the contact for the file, beside the group's legal representative.

French dossiers ("2. Représentant légal" / "3. Personne chargée du dossier") and some Flemish forms ("Wettelijk
vertegenwoordiger" / "Contactpersoon") ask a name twice, under two headings, each time with the same bare
labels ("Nom", "Prénom"). Read label by label, the first "Nom" won: the president who signs, not the person the
coordinator is to write to. The headings say whose name each is; this module reads them.

A letter says it in a sentence: "Contactpersoon voor dit dossier is onze secretaris Els DEPREZ (0495 97 03 11,
els@example.net)", "La personne à contacter pour ce dossier est Françoise Deswarte, secrétaire (tél. ...)".
The letter is signed by the chair and its letterhead gives the group's number; the person to write to and
call is the one the sentence names, with the number and address beside their name.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from parsers.field_table import EMAIL_RE
from parsers.given_names import is_given_name
from parsers.labels import FIRST_NAME, REPRESENTATIVE, SURNAME_FIRST, heading_length, label_alone, section_of
from parsers.phone import find_phones
from parsers.places import fold
from parsers.prose import ROLE, is_role, looks_like_organisation, looks_like_person


@dataclass(frozen=True)
class SectionNames:
    representative: str | None
    contact: str | None
    # what the contact's own section gives beside the name ("Téléphone : 03 28 48 21 67" under "3. Personne
    # chargée du dossier"), as written
    contact_phone: str | None = None
    contact_email: str | None = None


def _pairs(line: str) -> list[tuple[str, str]]:
    """A form's row as (label, value) pairs: "Nom<tab>COPPIN", "Nom : COPPIN<tab>Prénom : Laurent",
    "Nom: COPPIN Prénom: Laurent" (OCR may join two boxes of a row with a space)."""
    pairs: list[tuple[str, str]] = []
    cells = [cell.strip() for cell in line.split("\t")]
    index = 0
    while index < len(cells):
        cell = cells[index]
        if ":" in cell:
            # "Nom: COPPIN Prénom: Laurent": each colon ends a label, the words before the next label its value
            pieces = re.split(r"\s*:\s*", cell)
            label = pieces[0]
            for piece in pieces[1:-1]:
                words = piece.split()
                for cut in range(1, min(3, len(words)) + 1):
                    if label_alone(" ".join(words[-cut:])) is not None:
                        pairs.append((label, " ".join(words[:-cut])))
                        label = " ".join(words[-cut:])
                        break
                else:
                    pairs.append((label, piece))
                    label = ""
            if not pieces[-1] and index + 1 < len(cells) and ":" not in cells[index + 1]:
                # "Nom :<tab>Vandaele": the label's colon ends its cell, the answer is the next
                pairs.append((label, cells[index + 1]))
                index += 2
                continue
            pairs.append((label, pieces[-1]))
            index += 1
        elif label_alone(cell) is not None and index + 1 < len(cells):
            pairs.append((cell, cells[index + 1]))
            index += 2
        else:
            index += 1
    cleaned = [(label, _LEADER.sub(" ", value).strip(" .")) for label, value in pairs]
    return [(label, " ".join(value.split())) for label, value in cleaned if label and value]


_LEADER = re.compile(r"[._…]{3,}")  # the dotted line an answer is typed over ("Nom : ........ DESMET")


# what a "Nom, prénom, fonction" box adds to the name: a courtesy title before it, the role after it
_NOT_THE_NAME = re.compile(r"(?i)^\s*(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Dhr\.?|Mevr\.?|Madame|Monsieur|Mevrouw|Meneer)\s+|"
                           r"\s*\([^()]*\)\s*$|\s*,\s*[^,]*$|\s+[–—-]\s+.*$")


def _name(surname: str | None, given: str | None, whole: str | None) -> str | None:
    if whole:
        bare = _NOT_THE_NAME.sub("", whole).strip()
        return bare if len(bare.split()) >= 2 else whole
    if not surname:
        return None
    written = surname.title() if surname.isupper() else surname
    return f"{given} {written}" if given else None  # a surname alone is no name to write to


def _labels_alone(line: str) -> list[str]:
    """The kinds a line of labels only asks ("Nom : Prénom :", "Téléphone : Courriel :"), or [] for another line."""
    pieces = re.split(r"\s*:\s*", line.strip())
    if len(pieces) < 2 or pieces[-1]:
        return []
    kinds = [label_alone(piece) for piece in pieces[:-1]]
    return [kind for kind in kinds if kind is not None] if all(kinds) else []


def _answers_under(kinds: list[str], line: str) -> list[tuple[str, str]]:
    """The answers a line gives to the labels over it, where they can be told apart: one cell (or, for the
    parts of a name, one word) each; a phone and an e-mail by the e-mail's @."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    if len(cells) == len(kinds):
        return list(zip(kinds, cells, strict=True))
    words = line.split()
    if set(kinds) <= {"contact_name", FIRST_NAME, SURNAME_FIRST} and len(words) == len(kinds):
        return list(zip(kinds, words, strict=True))
    if sorted(kinds) == ["email", "phone"] and sum("@" in word for word in words) == 1:
        email = next(word for word in words if "@" in word)
        return [("email", email), ("phone", " ".join(word for word in words if word != email))]
    return []


def section_names(text: str) -> SectionNames:
    """The names given under a legal representative's heading and under a contact person's heading."""
    found: dict[str, dict[str, str]] = {}
    section: str | None = None
    over: list[str] = []  # "Nom : Prénom :" alone on a line: the labels whose answers the next line gives
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if over:
            under, over = _answers_under(over, stripped), []
            if under and section in (REPRESENTATIVE, "contact_name"):
                names = found.setdefault(section, {})
                for asked, answer in under:
                    names.setdefault(asked, answer)
                continue
        if section in (REPRESENTATIVE, "contact_name") and (labels := _labels_alone(stripped)):
            over = labels
            continue
        if "\t" not in stripped and ":" not in stripped and heading_length(stripped):
            heading = section_of(stripped)
            if heading is not None or re.match(r"^\d+[.)]\s", stripped):
                section = heading  # a numbered heading of anything else ends the section
            continue
        if section not in (REPRESENTATIVE, "contact_name"):
            continue
        for label, value in _pairs(stripped):
            kind = label_alone(label)
            names = found.setdefault(section, {})
            if kind in ("contact_name", FIRST_NAME, SURNAME_FIRST, "phone", "email") and kind not in names:
                names[kind] = value
    representative, contact = (found.get(kind, {}) for kind in (REPRESENTATIVE, "contact_name"))
    return SectionNames(
        _name(representative.get("contact_name"), representative.get(FIRST_NAME), representative.get(SURNAME_FIRST)),
        _name(contact.get("contact_name"), contact.get(FIRST_NAME), contact.get(SURNAME_FIRST)),
        contact.get("phone"), contact.get("email"))


def same_person(first: str, second: str) -> bool:
    """Whether two writings name one person: the same words, in any order or case."""
    return sorted(fold(first).split()) == sorted(fold(second).split())


@dataclass(frozen=True)
class NamedContact:
    name: str
    phone: str | None
    email: str | None


# "Contactpersoon (voor dit dossier) is", "La personne à contacter pour ce dossier est", "Our contact person is"
_CONTACT_IS = re.compile(
    r"(?i)\b(?:contactpersoon|contact persoon|aanspreekpunt|aanspreekpersoon|"
    r"personne\s+(?:[àa]\s+contacter|de\s+contact|r[ée]f[ée]rente?)|"
    r"interlocut(?:eur|rice)|contact\s+person|point\s+of\s+contact)"
    r"(?:\s+(?:voor|van|pour|for|de|of)\s+(?:dit|deze|het|de|ce|cette|le|la|notre|this|the|our)\s+[^\W\d_]+)?"
    r"\s+(?:is|est|will be|sera)\s+"
    # "onze secretaris", "notre trésorière,", "our secretary": whose role, before the name
    r"(?:(?:onze|ons|mijn|notre|mon|ma|our|my|de|het|la|le|the)\s+)?(?:" + ROLE + r"\s*,?\s+)?"
    # a school's "meester Pieter", "juf Ann", "maître Paul", "la maîtresse"
    r"(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dhr\.?|Mevr\.?|mevrouw|meneer|madame|monsieur|meester|juf|juffrouw|"
    r"ma[îi]tre|ma[îi]tresse)\s+)?")
# a name given name first, or surname first in capitals: "Els DEPREZ", "SEYS Els", "Françoise Deswarte"
_WORD = r"(?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?|[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:-[A-ZÀ-Ý][A-ZÀ-Ý'’]+)?)"
_PERSON_NAME = re.compile(
    rf"{_WORD}(?:\s+(?:(?:van|de|der|den|le|la|du|Van|De|Le|La|Du|Vanden|Vande|Van der|Van de)\s+)?{_WORD}){{1,2}}"
    r"(?![\w'’-])")
# a full stop before the next sentence's capital ("tél. +33 ..." goes on), a blank line, or the end
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZÀ-Ý]|\s*$)|\n\s*\n|$")


# the name first, the role after it: "namens Filip Declercq, die de contactpersoon is voor het project", "de la
# part de Céline Verhaeghe, personne de contact pour le projet", "Jan Peeters is onze contactpersoon"
# (for the project, not for the town hall or the province: "Jan Peeters, de contactpersoon van de gemeente")
_THEN_CONTACT = re.compile(
    rf"(?P<name>{_PERSON_NAME.pattern})\s*(?:,\s*(?:(?:die|qui|who)\s+(?:is\s+|est\s+)?)?|\s+(?:is|est)\s+)"
    r"(?:(?:de|het|la|le|onze|ons|notre|our|the)\s+)?(?:contactpersoon|contact\s+persoon|aanspreekpunt|"
    r"personne\s+(?:de\s+contact|[àa]\s+contacter)|contact\s+person)\b"
    r"(?:\s+(?:is\s+)?(?:voor|pour|for)\s+(?:het|dit|ons|le|ce|notre|the|our|this)\s+(?:project|dossier|idee|projet|"
    r"id[ée]e)\b|\s*(?:is\s*)?[.,;\n]|\s*$)")


def contact_in_sentence(text: str) -> NamedContact | None:
    """The contact person a letter names in a sentence, with the phone and e-mail the sentence gives beside
    the name (each only when it gives one); None when no such sentence names a person. On an OCR'd page the
    sentence's own words may carry a slip ("Contactpersoon voor dît dossier îs", "Gontactpersoon"): the
    sentence is then looked for in a copy without accents and with its head word put back, letter for
    letter the same length, so that the name and the details are still cut from the text itself."""
    found = _named(text, text)
    if found is None:
        found = _named(text, _LONG_WORD.sub(_head_word_restored, _without_accents(text)))
    if found is None:
        for then in _THEN_CONTACT.finditer(text):
            # the name's own line ("Dag\nFilip Declercq is onze contactpersoon"), without the sentence's first
            # word before it ("Namens Céline Verhaeghe, die ...", "Ook Jan Peeters is ...")
            words = then.group("name").split("\n")[-1].split()
            while len(words) > 2 and not looks_like_person(" ".join(words)):
                words = words[1:]
            if len(words) > 2 and not is_given_name(words[0]) and is_given_name(words[1]):
                words = words[1:]
            name = " ".join(words)
            if len(words) >= 2 and looks_like_person(name) and not is_role(name):
                return NamedContact(name, None, None)
    return found


def _named(text: str, searched: str) -> NamedContact | None:
    for intro in _CONTACT_IS.finditer(searched):
        named = _PERSON_NAME.match(text, intro.end())
        if named is None or looks_like_organisation(named.group(0)) or is_role(named.group(0)):
            continue
        if text[intro.start():intro.end()].isupper() and not looks_like_person(named.group(0)):
            # a heading in capitals ("VINK AAN WIE CONTACTPERSOON IS VOOR DIT DOSSIER"): its capitals say
            # nothing of a name, only the words themselves can
            continue
        if "\t" in named.group(0) or any(label_alone(word) is not None for word in named.group(0).split()):
            # "duid aan wie de contactpersoon is" over a table's header ("Functie<tab>Naam<tab>Telefoon"): labels
            continue
        rest = text[named.end():named.end() + 200]
        rest = rest[:_SENTENCE_END.search(rest).start()]  # type: ignore[union-attr]  # "$" always matches
        phones = find_phones(rest)
        emails = {found.group(0).lower() for found in EMAIL_RE.finditer(rest)}
        return NamedContact(" ".join(named.group(0).split()), phones[0][0] if len(phones) == 1 else None,
                            next(iter(emails)) if len(emails) == 1 else None)
    return None


_LONG_WORD = re.compile(r"\b[^\W\d_]{12,16}\b")
_HEAD_WORDS = ("contactpersoon", "aanspreekpunt", "aanspreekpersoon")


def _head_word_restored(word: re.Match[str]) -> str:
    """A sentence's long head word OCR misread by a letter ("Gontactpersoon"), written as the word, so the
    sentence is still found; the same length, so what follows keeps its place."""
    close = difflib.get_close_matches(word.group(0).lower(), _HEAD_WORDS, n=1, cutoff=0.9)
    return close[0] if close and len(close[0]) == len(word.group(0)) else word.group(0)


def _without_accents(text: str) -> str:
    """Each letter without its accent, one character for one; anything else as it is."""
    return "".join(base if (base := unicodedata.normalize("NFKD", ch)[:1]).isalpha() and ch.isalpha() else ch
                   for ch in text)
