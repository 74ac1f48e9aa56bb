"""Which words on a form, in a table or before a colon name which field (the field table's labels, plus
the pseudo-fields that hold two fields in one box).

Labels are compared folded (lower case, no accents, no punctuation). The longest matching label wins,
so "Naam vereniging" is the organisation and not the contact's "Naam".
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from parsers.field_table import FIELDS
from parsers.places import fold

# Pseudo-fields that hold two contract fields in one box; fields.py splits them.
POSTCODE_AND_MUNICIPALITY = "postcode_municipality"
FULL_ADDRESS = "full_address"
BUDGET_TABLE = "budget_table"
SUBJECT = "subject"

# Labels of the pseudo-fields; the contract fields' own labels live in the field table.
_PSEUDO: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        POSTCODE_AND_MUNICIPALITY: ("postcode en gemeente", "postcode gemeente", "postcode en plaats",
                                    "postcode en woonplaats", "postcode plaats", "postcode woonplaats",
                                    "postnummer gemeente", "postnummer en gemeente", "postcode + gemeente",
                                    "postnummer + gemeente"),
        FULL_ADDRESS: ("volledig adres", "contactgegevens", "gegevens", "adresgegevens"),
        BUDGET_TABLE: ("begroting", "budget", "kosten", "uitgaven", "kostenraming", "omschrijving kost",
                       "uitgavenpost", "post"),
        SUBJECT: ("betreft", "onderwerp"),
    },
    "fr": {
        POSTCODE_AND_MUNICIPALITY: ("code postal et commune", "code postal commune", "code postal et ville",
                                    "cp et commune", "cp commune", "cp ville", "code postal ville", "cp et ville"),
        FULL_ADDRESS: ("adresse complete", "coordonnees", "coordonnees completes"),
        BUDGET_TABLE: ("budget previsionnel", "depenses", "poste de depense", "postes de depenses", "poste",
                       "nature de la depense", "budget"),
        SUBJECT: ("objet",),
    },
}

# English labels, for the residents and associations who write in English (the call is bilingual, its
# public is not). They name a field but not the document's language: the call answers in Dutch or French.
ENGLISH: dict[str, tuple[str, ...]] = {
    "organisation": ("organisation", "organization", "name of organisation", "name of organization",
                     "organisation name", "organization name", "name of the association", "club", "group"),
    "contact_name": ("contact", "contact person", "name", "your name", "full name", "applicant",
                     "name of applicant", "name of contact person"),
    "email": ("email", "e-mail", "email address", "e-mail address"),
    "phone": ("phone", "telephone", "phone number", "telephone number", "mobile", "mobile phone", "tel"),
    "address": ("address", "street", "street and number", "street address"),
    "postcode": ("postcode", "post code", "postal code", "zip", "zip code"),
    "municipality": ("municipality", "town", "village", "city", "town/village", "place"),
    "country": ("country",),
    "project_title": ("title", "project title", "name of the project", "project name", "title of the project"),
    "summary": ("summary", "project description", "description of the project", "the idea", "short description"),
    "requested_amount": ("amount requested", "requested amount", "grant requested", "amount asked",
                         "funding requested", "subsidy requested", "requested grant", "requested funding"),
    "total_budget": ("total budget", "total cost", "total costs", "total project cost", "estimated total cost"),
}
EN = "en"

LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    language: {**{spec.name: spec.labels[language] for spec in FIELDS if spec.labels.get(language)},
               **pseudo}
    for language, pseudo in _PSEUDO.items()
}


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, str], ...]:
    """(folded label, field, language), longest label first."""
    rows = {(fold(label), name, language)
            for language, table in LABELS.items() for name, labels in table.items() for label in labels}
    known = {row[0] for row in rows}  # a label Dutch or French already has keeps its meaning there
    rows |= {(fold(label), name, EN) for name, labels in ENGLISH.items() for label in labels
             if fold(label) not in known}
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


# brackets, marks, "max. ..." and a question's or section's number ("3.", "B)", "7."); "/" joins two words
_DECORATION = re.compile(r"\(.*?\)|\[.*?\]|[*:?/]|\bmax\b.*$|^\s*(?:\d{1,2}|[A-Ha-h])[.)]\s+")


@lru_cache(maxsize=1)
def _shared() -> frozenset[str]:
    """Labels both languages use ("e-mail", "project"): they tell nothing about the language."""
    folded = {language: {fold(label) for labels in table.values() for label in labels}
              for language, table in LABELS.items()}
    return frozenset(folded["nl"] & folded["fr"])


def match_label(label: str) -> tuple[str, str | None] | None:
    """``(field, language)`` for a label such as ``"Gevraagd bedrag (max. 10.000 EUR) *"``, else ``None``.

    The language is ``None`` for a label both languages use.
    """
    folded = fold(_DECORATION.sub(" ", label))
    if not folded or len(folded) > 60:
        return None
    for text, name, language in _table():
        if folded == text:
            return name, (None if text in _shared() or language == EN else language)
    for text, name, language in _table():
        # "Gevraagd bedrag in euro", "Titre du projet envisagé": a known label followed by a few words
        if folded.startswith(text + " ") and len(folded.split()) <= len(text.split()) + 3:
            return name, (None if text in _shared() or language == EN else language)
    return None


@lru_cache(maxsize=1)
def _exact() -> dict[str, str]:
    """Folded label -> field, for lines that must be a whole label."""
    return {text: name for text, name, _ in _table()}


def label_alone(line: str) -> str | None:
    """The field a line names when the line is a whole known label and nothing else ("Code postal")."""
    folded = fold(_DECORATION.sub(" ", line))
    if not folded or len(folded.split()) > 6:
        return None
    return _exact().get(folded)


def label_at_start(line: str, *, max_words: int = 6) -> tuple[str, str] | None:
    """``(field, rest of the line)`` when the line starts with a whole known label and a value follows it.

    For text whose table lost its columns (OCR of a printed form: "Commune Bergues"); the longest label
    wins ("Naam vereniging" before "Naam"). Only exact labels count here, never a label plus some words.
    """
    words = line.split()
    exact = _exact()
    for count in range(min(max_words, len(words) - 1), 0, -1):
        folded = fold(_DECORATION.sub(" ", " ".join(words[:count])))
        name = exact.get(folded)
        if name is not None:
            return name, " ".join(words[count:]).lstrip(":：-– ")
    return None


FUZZY_CUTOFF = 0.8  # difflib's ratio from which a misread word is taken for the label it resembles
FUZZY_MIN = 6  # letters: shorter words ("Tél", "Nom") are too alike to tell a slip from another word


@lru_cache(maxsize=1)
def _known() -> tuple[str, ...]:
    return tuple(text for text, _, _ in _table() if len(text) >= FUZZY_MIN)


def misread_label(text: str) -> str | None:
    """The known label that an OCR'd ``text`` nearly is ("ini iatiefnemer", "Uitieg"), else ``None``.

    Only for a label's place (a line alone, a form's left column): the label must never become a value."""
    folded = fold(_DECORATION.sub(" ", text))
    if len(folded) < FUZZY_MIN or len(folded.split()) > 5 or folded in _exact() or any(ch.isdigit() for ch in folded):
        return None
    close = difflib.get_close_matches(folded, _known(), n=1, cutoff=FUZZY_CUTOFF)
    return close[0] if close else None
