"""The bilingual label table: which words on a form, in a table or before a colon name which field.

Labels are compared folded (lower case, no accents, no punctuation). The longest matching label wins,
so "Naam vereniging" is the organisation and not the contact's "Naam".
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.places import fold

# Pseudo-fields that hold two contract fields in one box; fields.py splits them.
POSTCODE_AND_MUNICIPALITY = "postcode_municipality"
FULL_ADDRESS = "full_address"
BUDGET_TABLE = "budget_table"
SUBJECT = "subject"

_NL: dict[str, tuple[str, ...]] = {
    "organisation": ("organisatie", "naam organisatie", "naam van de organisatie", "naam vereniging",
                     "naam van de vereniging", "vereniging", "projectdrager", "projectindiener", "indiener",
                     "aanvrager", "naam aanvrager", "initiatiefnemer", "groep", "naam groep"),
    "contact_name": ("contactpersoon", "naam contactpersoon", "naam", "naam en voornaam",
                     "voornaam en naam", "voor en achternaam", "verantwoordelijke", "aanspreekpunt"),
    "email": ("e mail", "email", "e mailadres", "emailadres", "mail", "mailadres"),
    "phone": ("telefoon", "tel", "telefoonnummer", "gsm", "gsm nummer", "telefoon gsm", "mobiel"),
    "address": ("adres", "straat en nummer", "straat en huisnummer", "straat", "adres straat en nummer"),
    POSTCODE_AND_MUNICIPALITY: ("postcode en gemeente", "postcode gemeente", "postcode en plaats",
                                "postcode en woonplaats"),
    FULL_ADDRESS: ("volledig adres",),
    "postcode": ("postcode",),
    "municipality": ("gemeente", "woonplaats", "plaats", "deelgemeente", "dorp", "gemeente deelgemeente"),
    "country": ("land",),
    "project_title": ("titel project", "projecttitel", "titel van het project", "naam project",
                      "naam van het project", "projectnaam", "titel", "project", "projectidee"),
    "summary": ("samenvatting", "korte omschrijving", "omschrijving", "beschrijving", "projectomschrijving",
                "beschrijving van het project", "korte beschrijving", "omschrijving van het project",
                "korte samenvatting", "wat willen jullie doen"),
    "requested_amount": ("gevraagd bedrag", "gevraagde steun", "bedrag subsidie", "gevraagde subsidie",
                         "gevraagde bijdrage", "subsidiebedrag", "gevraagd subsidiebedrag",
                         "bedrag gevraagde steun", "gevraagde financiering", "aangevraagd bedrag",
                         "gevraagde financiele bijdrage", "gevraagd"),
    "total_budget": ("totaal budget", "totaalbudget", "totale kostprijs", "totaal", "totale kost",
                     "budget totaal", "totale begroting", "totale projectkost", "totale kosten",
                     "totaal projectbudget", "totale budget", "kostprijs project", "totaal begroting"),
    BUDGET_TABLE: ("begroting", "budget", "kosten", "uitgaven", "kostenraming", "omschrijving kost",
                   "uitgavenpost", "post"),
    SUBJECT: ("betreft", "onderwerp"),
}
_FR: dict[str, tuple[str, ...]] = {
    "organisation": ("organisation", "nom de l organisation", "nom de l association", "association",
                     "structure", "nom de la structure", "porteur de projet", "porteur du projet",
                     "structure porteuse", "collectif", "nom du collectif", "demandeur"),
    "contact_name": ("personne de contact", "contact", "nom", "nom et prenom", "prenom et nom",
                     "nom du contact", "responsable", "referent", "nom du referent", "interlocuteur"),
    "email": ("courriel", "adresse e mail", "adresse mail", "adresse electronique", "mel", "e mail"),
    "phone": ("telephone", "tel", "portable", "numero de telephone", "telephone portable", "mobile"),
    "address": ("adresse", "rue", "rue et numero", "numero et rue", "adresse postale"),
    POSTCODE_AND_MUNICIPALITY: ("code postal et commune", "code postal commune", "code postal et ville",
                                "cp et commune", "cp commune"),
    FULL_ADDRESS: ("adresse complete",),
    "postcode": ("code postal", "cp"),
    "municipality": ("commune", "ville", "localite", "village"),
    "country": ("pays",),
    "project_title": ("titre du projet", "intitule du projet", "titre", "nom du projet", "projet",
                      "intitule"),
    "summary": ("resume", "description", "description du projet", "description courte", "resume du projet",
                "presentation du projet", "breve description", "descriptif", "descriptif du projet"),
    "requested_amount": ("montant demande", "montant sollicite", "subvention demandee", "aide demandee",
                         "montant de la subvention", "montant de l aide", "subvention sollicitee",
                         "aide sollicitee", "montant de l aide demandee", "financement demande",
                         "montant de la subvention demandee"),
    "total_budget": ("budget total", "cout total", "total", "montant total", "total du projet",
                     "cout total du projet", "budget global", "total des depenses", "budget total du projet"),
    BUDGET_TABLE: ("budget previsionnel", "depenses", "poste de depense", "postes de depenses", "poste",
                   "nature de la depense", "budget"),
    SUBJECT: ("objet",),
}

LABELS: dict[str, dict[str, tuple[str, ...]]] = {"nl": _NL, "fr": _FR}


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, str], ...]:
    """(folded label, field, language), longest label first."""
    rows = {(fold(label), name, language)
            for language, table in LABELS.items() for name, labels in table.items() for label in labels}
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


_DECORATION = re.compile(r"\(.*?\)|\[.*?\]|[*:?]|\bmax\b.*$")


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
            return name, (None if text in _shared() else language)
    for text, name, language in _table():
        # "Gevraagd bedrag in euro", "Titre du projet envisagé": a known label followed by a few words
        if folded.startswith(text + " ") and len(folded.split()) <= len(text.split()) + 3:
            return name, (None if text in _shared() else language)
    return None
