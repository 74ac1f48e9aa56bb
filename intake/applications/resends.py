"""An application sent again from another address: which application on file a new one resembles, and why.

An applicant who resends from home "in case it did not arrive", without "Fw:" in the subject, became a
second application with a second reference and receipt (a review found it; a blind mailbox had two).
Whether it is the same project sent again or a second one (the call allows more than one idea per group)
is the coordinator's call, so the worker holds such a mail with the application named here.

Names are compared by their words, not their spelling: a resend is typed again as often as it is
forwarded, and a review found "Dorpsraad 1 vzw" for "Dorpsraad 1" and "Samen tuinieren 1 in Lo" for
"Samen tuinieren 1" taken for other groups' applications. So a group's name is compared without its legal
form and punctuation, and a title matches when all the content words of the shorter are in the longer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.call import CallDefinition
from parsers.places import fold
from storage.applications import Application, ApplicationField

# a legal form says what kind of body a group is, not which: "Dorpsraad Lo vzw" is "Dorpsraad Lo"
_LEGAL_FORMS = frozenset({"vzw", "ivzw", "fv", "asbl", "aisbl"})
_LEGAL_PHRASES = re.compile(r"\b(?:feitelijke vereniging|association (?:de )?loi (?:de )?1901|loi 1901)\b")
# words that carry no content in a title, in the call's two languages
_FILLER = frozenset({"de", "het", "een", "in", "van", "voor", "en", "aan", "op", "te", "met", "bij", "le", "la",
                     "les", "l", "d", "du", "des", "et", "au", "aux", "a", "dans", "pour", "sur", "un", "une"})


@dataclass(frozen=True)
class Resemblance:
    application: Application
    field: str  # what is the same: project_title, email or contact_name
    value: str  # as the new mail has it
    because: str  # in the command line's words: "the same project title 'Buurtfeest Lo'"


def _folded_words(value: Any) -> str:
    return fold(str(value)) if isinstance(value, str) else ""


def _words(folded: str) -> list[str]:
    """A folded name's words without its punctuation: "l'école" is 'l ecole'."""
    return re.sub(r"[^0-9a-z]+", " ", folded).split()


def group_words(value: Any) -> frozenset[str]:
    """A group's name as a set of words without its legal form: how two spellings of one group compare."""
    folded = _LEGAL_PHRASES.sub(" ", _folded_words(value.replace(".", "") if isinstance(value, str) else value))
    return frozenset(word for word in _words(folded) if word not in _LEGAL_FORMS)


def title_words(value: Any) -> frozenset[str]:
    """A title's content words; a year is none ("Buurtfeest 2019" is as common a title as "Buurtfeest")."""
    return frozenset(word for word in _words(_folded_words(value))
                     if word not in _FILLER and not re.fullmatch(r"(?:19|20)\d\d", word))


def same_title(new: Any, on_file: Any) -> bool:
    """Both titles name the same project: the content words of the shorter are all in the longer. A title
    of one content word or under 12 letters ("Buurtfeest", "Moestuin") is many groups' title and never does."""
    shorter, longer = sorted((title_words(new), title_words(on_file)), key=len)
    if len(shorter) < 2 or len("".join(sorted(shorter))) < 10:
        return False
    return shorter <= longer


def resembling(session: Session, call: CallDefinition, values: dict[str, Any], sender: str,
               sender_name: str) -> Resemblance | None:
    """An application on file, from another address, that a new application may be sent again: the same
    project title, the contact address the new one names, or the same contact person of the same group."""
    wanted = {"project_title", "email", "contact_name", "organisation", "phone", "requested_amount"}
    email = str(values.get("email") or "").strip().lower()
    contact = _folded_words(values.get("contact_name"))
    group = group_words(values.get("organisation"))
    name = fold(sender_name)
    rows = session.execute(select(Application, ApplicationField.name, ApplicationField.value).join(
        ApplicationField, ApplicationField.application_id == Application.id).where(
        Application.call_id == call.call_id, Application.anonymised_at.is_(None),
        func.lower(Application.sender) != sender.lower(), ApplicationField.superseded_at.is_(None),
        ApplicationField.name.in_(wanted)).order_by(Application.id)).all()
    on_file: dict[int, tuple[Application, dict[str, Any]]] = {}
    for application, field_name, value in rows:
        on_file.setdefault(application.id, (application, {}))[1][field_name] = value
    found: list[tuple[int, int, Resemblance]] = []
    for application, known in on_file.values():
        person_on_file = _folded_words(known.get("contact_name")) or fold(application.sender_name)
        group_on_file = group_words(known.get("organisation"))
        if len(contact.split()) >= 2 and len(person_on_file.split()) >= 2 and contact != person_on_file \
                and group and group_on_file and group != group_on_file:
            continue  # another person of another group: a shared address or a common title is no resend (review)
        match = _resemblance(application, known, values, email, contact, group, name, sender_name)
        if match is not None:
            found.append((match[0], -application.id, match[1]))
    # the strongest evidence names the application (an address before a person before a title), not the oldest
    # file that shares anything: a review's common title on an older file named it, and `join` mixed two groups
    return max(found, key=lambda entry: entry[:2])[2] if found else None


def _digits(phone: Any) -> str:
    """A phone number's last nine digits (the subscriber's number, whether written +32, 0032 or 0), or ''."""
    digits = re.sub(r"\D", "", str(phone or ""))
    return digits[-9:] if len(digits) >= 9 else ""


def _resemblance(application: Application, known: dict[str, Any], values: dict[str, Any], email: str,
                 contact: str, group: frozenset[str], name: str, sender_name: str) -> tuple[int, Resemblance] | None:
    """How strongly one application on file resembles the new one (higher is stronger), and why."""
    if email and email in (application.sender.lower(), str(known.get("email") or "").strip().lower()):
        return 3, Resemblance(application, "email", email,
                              f"it names {application.reference}'s contact address {email}")
    same_person = len(contact.split()) >= 2 and contact in (_folded_words(known.get("contact_name")),
                                                            fold(application.sender_name))
    if same_person and group and group_words(known.get("organisation")) == group:
        return 2, Resemblance(application, "contact_name", f"{values['contact_name']} ({values['organisation']})",
                              f"the same contact person {values['contact_name']!r} of {values['organisation']!r}")
    if same_person and name and name == fold(application.sender_name):
        return 1, Resemblance(application, "contact_name", values["contact_name"],
                              f"the same contact person {values['contact_name']!r}, writing under the same name")
    # a mail typed on a phone names few values: a phone number, or the writer's name and the amount, is the
    # applicant's (a review's resend from a phone became a second application)
    phone = _digits(values.get("phone"))
    if phone and phone == _digits(known.get("phone")):
        return 1, Resemblance(application, "phone", str(values["phone"]), f"the same phone number {values['phone']}")
    amount = values.get("requested_amount")
    if len(name.split()) >= 2 and name in (fold(application.sender_name), _folded_words(known.get("contact_name"))) \
            and amount not in (None, "") and str(amount) == str(known.get("requested_amount")):
        return 1, Resemblance(application, "requested_amount", str(amount),
                              f"the same name {sender_name!r} asking the same amount {amount}")
    if values.get("project_title") and known.get("project_title") and same_title(values["project_title"],
                                                                                 known["project_title"]):
        return 0, Resemblance(application, "project_title", values["project_title"],
                              f"the same project title {values['project_title']!r}")
    return None
