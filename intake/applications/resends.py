"""An application sent again from another address: which application on file a new one resembles, and why.

An applicant who resends from home "in case it did not arrive", without "Fw:" in the subject, became a
second application with a second reference and receipt (a review found it; a blind mailbox had two).
Whether it is the same project sent again or a second one (the call allows more than one idea per group)
is the coordinator's call, so the worker holds such a mail with the application named here.

Names are compared by their words, not their spelling: a resend is typed again as often as it is
forwarded, and a review found "Dorpsraad 1 vzw" for "Dorpsraad 1" and "Samen tuinieren 1 in Lo" for
"Samen tuinieren 1" taken for other groups' applications. So a group's name is compared without its legal
form and punctuation, and a title by its content words (``same_title``). What counts as evidence, and how
strongly, is ``_resemblance``; the README's table says it in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
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
    strength: int  # 3 an address, 2 a person of the same group or the file named, 1 a person, 0 a title or budget
    name: str = ""  # the name that is the other half of the likeness (the same name asking the same amount)


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


def _joined(words: frozenset[str]) -> str:
    return "".join(sorted(words))


def same_title(new: Any, on_file: Any) -> bool:
    """Both titles name the same project. Equal content words (a compound written apart or with a hyphen is
    the same word: "Buurt-moestuin" is "Buurtmoestuin"), or all the content words of a shorter title of three
    or more in the longer ("Samen tuinieren 1" in "Samen tuinieren 1 in Lo"). A title of one content word or
    under 12 letters ("Buurtfeest", "Fête des voisins") is many groups' title and never does, nor does a
    two-word title inside a longer one ("Fête des voisins" in "Fête des voisins rue Pasteur")."""
    shorter, longer = sorted((title_words(new), title_words(on_file)), key=len)
    if len(shorter) < 2 or len(_joined(shorter)) < 12:
        return False
    if shorter == longer or "".join(_words(_folded_words(new))) == "".join(_words(_folded_words(on_file))):
        return True
    return len(shorter) >= 3 and shorter < longer


def same_group(new: frozenset[str], on_file: frozenset[str]) -> bool | None:
    """Whether two groups' names name one group (None: one is not known). A name of two words or more inside
    the other is the same group typed again ("Buurtcomité Kapelle", "Buurtcomité De Kapelle")."""
    new, on_file = new - _FILLER, on_file - _FILLER
    if not new or not on_file:
        return None
    shorter, longer = sorted((new, on_file), key=len)
    # a word typed short is the same word: "Buurtwerk Zonnebeke centrum" is "Buurtwerking Zonnebeke-Centrum"
    inside = all(any(_same_word(word, other) for other in longer) for word in shorter)
    return inside and (len(shorter) == len(longer) or len(shorter) >= 2)


def _same_word(one: str, other: str) -> bool:
    return one == other or (min(len(one), len(other)) >= 5 and (one.startswith(other) or other.startswith(one)))


def _person(value: Any) -> str:
    """A person's name as letters only: "Van den Broucke" is "Vandenbroucke", "Marie-Claire" "Marie Claire"."""
    return "".join(_words(_folded_words(value)))


def same_person(new: str, on_file: str) -> bool | None:
    """Whether two contact names name one person (None: one is not known). A first name alone ("Els") is
    another person than "Griet Voorbeeld", and may be "Griet Voorbeeld" (unknown)."""
    new_words, file_words = _words(fold(new)), _words(fold(on_file))
    if not new_words or not file_words:
        return None
    if len(new_words) >= 2 and len(file_words) >= 2:
        # the surname may come first ("VOORBEELD Griet"): the same letters in another order is the same name
        return _person(new) == _person(on_file) or sorted(new_words) == sorted(file_words)
    one, other = (new_words, file_words) if len(new_words) == 1 else (file_words, new_words)
    return None if one[0] in other else False


@dataclass(frozen=True)
class _Relation:
    """How the new mail's people, group, place and title stand to one file's."""
    person: bool | None
    group: bool | None
    place: bool | None
    title: bool


def _place(values: dict[str, Any]) -> str:
    return str(values.get("postcode") or "").strip() or _folded_words(values.get("municipality"))


def _name(value: Any) -> str:
    """A contact's name as read; an address read where the name was wanting is no name."""
    return "" if value is None or "@" in str(value) else str(value)


def _relation(values: dict[str, Any], known: dict[str, Any], application: Application,
              sources: dict[str, str]) -> _Relation:
    contact = _name(values.get("contact_name"))
    # a group read from prose is a guess ("ons projectidee van de moestuin in Lo" gave 'moestuin in Lo'): it
    # may say the group is the same, never that it is another
    group = same_group(group_words(values.get("organisation")), group_words(known.get("organisation")))
    if group is False and sources.get("organisation", "body") == "body":
        group = None
    person = same_person(contact, _name(known.get("contact_name")) or application.sender_name or "") \
        if contact else None
    new_place, file_place = _place(values), _place(known)
    return _Relation(person=person,
                     group=group,
                     place=(new_place == file_place) if new_place and file_place else None,
                     title=bool(values.get("project_title") and known.get("project_title")
                                and same_title(values["project_title"], known["project_title"])))


def resembling(session: Session, call: CallDefinition, values: dict[str, Any], sender: str,
               sender_name: str, text: str = "", sources: dict[str, str] | None = None) -> Resemblance | None:
    """An application on file, from another address, that a new application may be sent again (the caller
    holds it with that application named), or None: a new application like any other."""
    wanted = {"project_title", "email", "contact_name", "organisation", "phone", "requested_amount", "total_budget",
              "postcode", "municipality"}
    rows = session.execute(select(Application, ApplicationField.name, ApplicationField.value).join(
        ApplicationField, ApplicationField.application_id == Application.id).where(
        Application.call_id == call.call_id, Application.anonymised_at.is_(None),
        func.lower(Application.sender) != sender.lower(), ApplicationField.superseded_at.is_(None),
        ApplicationField.name.in_(wanted)).order_by(Application.id)).all()
    on_file: dict[int, tuple[Application, dict[str, Any]]] = {}
    for application, field_name, value in rows:
        on_file.setdefault(application.id, (application, {}))[1][field_name] = value
    said = _said(text)  # the mail's own words, folded once for every file on file
    found: list[tuple[int, int, int, Resemblance]] = []
    for application, known in on_file.values():
        relation = _relation(values, known, application, sources or {})
        named = _names_the_file(said, known)
        if named is not None and relation.group is False:
            # another group names a partner or a venue on file (a review's cases); another person of the same or
            # an unknown group naming it is a colleague as often (the blind mailbox's test half lost one so)
            named = None
        if named is None and relation.group is False and not (relation.person and relation.title):
            # another group: another person's, a namesake's, or one person's second association's project; a
            # shared town-hall address, phone or common title is no resend (reviews)
            continue
        match = Resemblance(application, *named, f"its text names {application.reference}'s {named[0]} "
                            f"{named[1]!r}", 2) if named is not None else \
            _resemblance(application, known, values, relation, sender_name, text, call)
        if match is not None:
            # equally strong evidence for two files (a group's two ideas share its address): the one whose
            # values agree most is the one sent again (a review's join overwrote the other idea)
            found.append((match.strength, _agreement(values, known), -application.id, match))
    return max(found, key=lambda entry: entry[:3])[3] if found else None


def _agreement(values: dict[str, Any], known: dict[str, Any]) -> int:
    same = 0
    for name in ("project_title", "requested_amount", "organisation", "contact_name", "phone", "postcode"):
        new, old = values.get(name), known.get(name)
        if new not in (None, "") and old not in (None, ""):
            same += fold(str(new)) == fold(str(old))
    return same


def _digits(phone: Any) -> str:
    """A phone number's last nine digits (the subscriber's number, whether written +32, 0032 or 0), or ''."""
    digits = re.sub(r"\D", "", str(phone or ""))
    return digits[-9:] if len(digits) >= 9 else ""


def _content(words: list[str]) -> list[str]:
    return [word for word in words if word not in _FILLER and word not in _LEGAL_FORMS]


def _said(text: str) -> str:
    """A mail's own words as content words between spaces, the form ``_names_the_file`` looks for names in."""
    return f" {' '.join(_content(_words(fold(text.replace('.', '')))))} " if text else ""


def _names_the_file(said: str, known: dict[str, Any]) -> tuple[str, str] | None:
    """The file's group (two content words or more) or title (three or more) as the mail's own words
    (``_said``) name it, in quotes or not ("vroeger 'Buurtwerking Wulvergem'"), compared by content words
    ("Comité des fêtes Bambecque" names "Comité des fêtes de Bambecque"): a mail about that file, whatever it
    calls itself now."""
    if not said:
        return None
    for field, least in (("organisation", 2), ("project_title", 3)):
        value = known.get(field)
        words = _content(_words(_folded_words(value.replace(".", "") if isinstance(value, str) else value)))
        if len(words) >= least and len("".join(words)) >= 12 and f" {' '.join(words)} " in said:
            return field, str(value)
    return None


# a mail that says it sends its idea again (not "opnieuw in gebruik nemen", "nogmaals bedankt", "merci à nouveau")
_AGAIN = re.compile(
    r"(?i)\b(?:nogmaals|opnieuw|nog\s+eens|nog\s+een\s+keer)\s+(?:\w+\s+){0,3}?(?:ons|onze|het|mijn)\s+"
    r"(?:project\w*|idee\w*|dossier|aanvraag\w*|formulier)"
    r"|\b(?:stuur|verstuur|bezorg|zend)\w*\s+(?:\w+\s+){0,4}?(?:nogmaals|opnieuw|nog\s+eens|nog\s+een\s+keer)\b"
    r"|\bvoor\s+(?:alle|de)\s+zekerheid\b"
    r"|\b(?:r?envoi\w*|transmet\w*)\s+(?:\w+\s+){0,3}?(?:à\s+nouveau|de\s+nouveau|encore\s+une\s+fois|"
    r"une\s+nouvelle\s+fois)"
    r"|\b(?:à\s+nouveau|de\s+nouveau|encore\s+une\s+fois|une\s+nouvelle\s+fois)\s+(?:\w+\s+){0,2}?(?:notre|mon|le)\s+"
    r"(?:projet|dossier|candidature|formulaire)"
    r"|\bje\s+(?:vous\s+)?renvoie\b|\bnous\s+(?:vous\s+)?renvoyons\b"
    r"|\b(?:send|sending|resend\w*)\s+(?:\w+\s+){0,3}?again\b|\bjust\s+in\s+case\b")
# a question about the writer's own file ("mettre à jour notre dossier"), not about the call
_OWN_FILE = re.compile(r"(?i)\b(?:ons|onze|mijn|notre|mon|ma|our|my)\s+(?:dossier|aanvraag\w*|projectidee|"
                       r"candidature|demande|application|file|inschrijving)\b")


def asks_about_its_own_file(text: str) -> bool:
    return bool(_OWN_FILE.search(text))


def _resemblance(application: Application, known: dict[str, Any], values: dict[str, Any], relation: _Relation,
                 sender_name: str, text: str, call: CallDefinition) -> Resemblance | None:
    """How strongly one application on file resembles the new one (higher is stronger), and why."""
    # an address or a phone shared by other people is a town hall's, an umbrella's or a family's: evidence only
    # where the people are not known to differ, or the group is known to be the same
    shared_contact = relation.person is not False or relation.group is True
    # an address named as the contact's: void only against another whole name ("Thuis", "Els" may be anyone)
    other_person = relation.person is False and relation.group is not True and \
        len(_words(fold(_name(values.get("contact_name"))))) >= 2
    email = str(values.get("email") or "").strip().lower()
    if not other_person and email and email in (application.sender.lower(),
                                              str(known.get("email") or "").strip().lower()):
        return Resemblance(application, "email", email,
                           f"it names {application.reference}'s contact address {email}", 3)
    contact = _name(values.get("contact_name"))
    if relation.person and len(_words(fold(contact))) >= 2:
        if relation.group:
            return Resemblance(application, "contact_name", f"{contact} ({values['organisation']})",
                               f"the same contact person {contact!r} of {values['organisation']!r}", 2)
        if relation.group is None and same_person(sender_name, application.sender_name):
            return Resemblance(application, "contact_name", contact,
                               f"the same contact person {contact!r}, writing under the same name", 1)
    # a mail typed on a phone names few values: a phone number, or the writer's name and the amount, is the
    # applicant's (a review's resend from a phone became a second application)
    phone = _digits(values.get("phone"))
    if shared_contact and phone and phone == _digits(known.get("phone")):
        return Resemblance(application, "phone", str(values["phone"]), f"the same phone number {values['phone']}",
                           1)
    amount = values.get("requested_amount")
    whole_name = len(_words(fold(sender_name))) >= 2
    if relation.person is not False and amount not in (None, "") and str(amount) == str(known.get("requested_amount")) \
            and _decimal(amount) != call.max_amount and _named_as(sender_name, known, application) \
            and (whole_name or (_decimal(amount) or 0) % 500 != 0):
        # the call's maximum is many groups' request, and a first name with a round amount ("Jan", 5.000) many
        # people's; otherwise the amount and the name on file are one applicant's
        return Resemblance(application, "requested_amount", str(amount),
                           f"the same name {sender_name!r} asking the same amount {amount}", 1, sender_name)
    if relation.person is not False and relation.group is not False and whole_name and \
            same_person(sender_name, _name(known.get("contact_name")) or application.sender_name or ""):
        # the mail comes under the name of the file's contact person (its group's address wrote the first)
        return Resemblance(application, "contact_name", sender_name,
                           f"it comes under the name of {application.reference}'s contact person {sender_name!r}", 1)
    if _AGAIN.search(text) and relation.person is not False and _named_as(sender_name, known, application):
        # "hier nogmaals ons projectidee", signed and sent as "Wim" from a phone
        return Resemblance(application, "contact_name", sender_name,
                           f"it says it sends again, under the name {sender_name!r}", 1)
    if relation.title and relation.place is not False:
        return Resemblance(application, "project_title", values["project_title"],
                           f"the same project title {values['project_title']!r}", 0)
    request, total = _decimal(values.get("requested_amount")), _decimal(values.get("total_budget"))
    if request is not None and total is not None and request < total and not (request % 500 == total % 500 == 0) and \
            request == _decimal(known.get("requested_amount")) and total == _decimal(known.get("total_budget")):
        # the same request out of the same total ("4.750 of 5.900"): one budget, typed again by a colleague; round
        # figures ("8.000 of 10.000") are many groups' budgets
        return Resemblance(application, "total_budget", str(total),
                           f"the same amounts: {request} asked of {total}", 0)
    return None


def _decimal(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def _named_as(sender_name: str, known: dict[str, Any], application: Application) -> bool:
    """The mail's display name is the person on file's, whole or in part ("Griet", "VOORBEELD Griet")."""
    words = set(_words(fold(sender_name)))
    on_file = set(_words(fold(_name(known.get("contact_name"))))) | set(_words(fold(application.sender_name or "")))
    return bool(words) and words <= on_file
