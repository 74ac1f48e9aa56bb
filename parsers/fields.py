"""From what a document holds (form fields, table rows, "Label: value" lines, prose) to field candidates.

Every candidate is a ``FieldValue`` with its source and a confidence; the caller keeps the best per
field. Confidence is a promise: 0.9 and above means "read from a place that names the field"; prose
guesses stay below it, so a wrong amount can only be confident if a labelled box said so.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from config.call import CallDefinition
from parsers.amount_words import amount_in_words
from parsers.call_text import (
    call_phones,
    is_call_name,
    is_the_calls_own,
    names_the_call_as_funder,
    without_ceiling_note,
    without_programme_version,
)
from parsers.confidence import REVIEW_THRESHOLD
from parsers.description import GREETING
from parsers.email_body import quoted_from
from parsers.field_table import AMOUNT_FIELDS, EMAIL_RE, FIELD_NAMES, normalise, without_closing_mark
from parsers.labels import (
    BARE_AMOUNT,
    BOX_NUMBER,
    BUDGET_TABLE,
    FIRST_NAME,
    FULL_ADDRESS,
    GROUP_EMAIL,
    GROUP_PHONE,
    GROUP_PRESENTED,
    HOME_ADDRESS,
    HOUSE_NUMBER,
    INSTITUTION,
    NUMBER_MARK,
    ORGANISATION_NAMED,
    OTHER_ADDRESS,
    OTHER_EMAIL,
    OTHER_PERSON,
    OTHER_PHONE,
    OWN_SHARE,
    PARTS,
    POSTCODE_AND_MUNICIPALITY,
    REPRESENTATIVE,
    REPRESENTATIVE_ADDRESS,
    REPRESENTATIVE_EMAIL,
    REPRESENTATIVE_PHONE,
    SEAT_ADDRESS,
    SUBJECT,
    SURNAME_FIRST,
    PersonsRows,
    is_other_label,
    label_alone,
    label_at_start,
    label_row,
    match_label,
    misread_label,
    names_a_group,
    names_a_home,
    names_a_seat,
    names_a_second_person,
    names_the_groups_own,
    not_the_contact,
    person_part,
    role_label,
    whose,
)
from parsers.model import BODY, LABEL, TABLE, BudgetLine, FieldValue
from parsers.money import find_amounts, parse_amount
from parsers.ocr_places import one_letter_off
from parsers.phone import find_phones, normalise_phone, possible_phone
from parsers.places import (
    STREET,
    Place,
    find_places,
    fold,
    match_municipality,
    name_index,
    resolve,
    without_country,
)
from parsers.prose import (
    ORG_WORD,
    ORG_WORD_PATTERN,
    is_public_body,
    is_role,
    looks_like_organisation,
    looks_like_person,
    name_run,
    organisation_under_name,
    organisations_founded,
    organisations_in_sentences,
    role_first,
    split_contact_line,
    unwrap,
    without_governing_body,
)
from parsers.prose_amounts import amounts_from_prose
from parsers.value_kinds import captions_under, fits

CONFIDENCE = {"form_field": 0.98, TABLE: 0.95, LABEL: 0.9, BODY: 0.75}
HOME_SURE = 0.7  # an address under "Domicile" (a person's home), to check
CORRECTED_SURE = 0.7  # an amount typed as a correction of another in the same box: to check
# between two amounts of one box, an arrow that corrects the first: "->", "=>", "→", "wordt", "devient"
_CORRECTED = re.compile(r"(?i)^[^\d]{0,30}?(?:-+>|=+>|→|⇒|\bwordt\b|\bdevient\b)")
# between a number and the one that corrects it: an arrow, "sorry fout", "moet ... zijn", "lire", "corrigé"
_PHONE_CORRECTED = re.compile(r"(?i)-+>|=+>|→|⇒|\b(?:fout|erreur|faute|corrig\w*|verbeterd|moet|lees|lire|read)\b")
SMALLEST_AMOUNT = 10  # euros: no project's cost nor request is smaller; a smaller number is a page's or a count
REPRESENTATIVE_ADDRESS_SURE = 0.7  # the chair's home as the group's address: to check, under any address of its own
OTHER_ADDRESS_SURE = 0.5  # the secretary's or treasurer's home: the least sure of a form's addresses

_PLACEHOLDERS = frozenset({
    "", "-", "--", "...", "…", "n.v.t.", "nvt", "n/a", "/", "x",
    # "none" written in a box: an individual has no group ("Structure: néant")
    "néant", "neant", "aucune", "aucun", "sans objet", "geen", "niet van toepassing", "none",
    "klik of tik om tekst in te voeren.", "klik hier als u tekst wilt invoeren.",
    "cliquez ou appuyez ici pour entrer du texte.", "cliquez ici pour taper du texte.",
    "click or tap here to enter text.", "click here to enter text.",
    # an online form's printout of a question left unanswered
    "uw antwoord", "votre réponse", "your answer",
})
_BUDGET_LINE_NAME = re.compile(r"budget_line_(\d+)_(description|amount)")


_CIVILITY = re.compile(r"^(?:M\.|MM\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dhr\.?|Mevr\.?|Mevrouw|Meneer|Madame|"
                       r"Monsieur|Mejuffrouw)\s+(?=[A-ZÀ-Ý])")


_ENDS_BARE = frozenset({"organisation", "contact_name", "project_title", "address", "municipality"})


@dataclass
class Harvest:
    """What one document yielded: candidates in the order found, and the labels' languages."""

    candidates: list[FieldValue] = field(default_factory=list)
    label_languages: Counter[str] = field(default_factory=Counter)
    budget_lines: list[tuple[BudgetLine, str, float]] = field(default_factory=list)
    # a table of the board's members, one row each (name, phone, e-mail as read): the one a label elsewhere names
    # as the contact ("Personne à contacter : Marie-Christine Deroo") has the contact's phone and e-mail
    people: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, name: str, value: str | Decimal | tuple[BudgetLine, ...], source: str,
            confidence: float) -> None:
        if name == "contact_name" and isinstance(value, str):
            value = _CIVILITY.sub("", value) or value  # "M. Thierry Hennebelle" is Thierry Hennebelle
        if isinstance(value, str) and "\t" in value:
            value = re.sub(r" *\t[\t ]*", " ", value)  # "18<tab>rue Jean Jaurès": cells read as one line, a space
        if name in _ENDS_BARE and isinstance(value, str):
            value = without_closing_mark(value) or value
        if name in _NAMES_AND_TITLES and isinstance(value, str) and (
                _labels_only(value) or _PLACEHOLDER_IN_BRACKETS.fullmatch(value.strip())
                or label_alone(value) is not None or _label_alternatives(value)):
            # "Naam vereniging / voorzitter", "Naam + voornaam": a form's labels, never a name; "[naam vereniging]",
            # "<Nom Prénom>": the word processor's placeholder left in the box
            return
        self.candidates.append(FieldValue(name, value, source, round(confidence, 3)))

    def add_budget_line(self, description: str, amount: Decimal, source: str, confidence: float) -> None:
        self.budget_lines.append((BudgetLine(description, amount), source, confidence))


def _clean_line(value: str) -> str:
    return " ".join(value.split())


def _clean_block(value: str) -> str:
    lines = [" ".join(line.split()) for line in value.replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


# a word processor's placeholder left in a box: words and spaces in square or angle brackets ("[naam vereniging]",
# "<Nom Prénom>"); markup an applicant typed ("<script>", "<img src=x onerror=...>") is kept as written (and escaped
# when shown)
_PLACEHOLDER_IN_BRACKETS = re.compile(r"\[[^\W\d_][\w'’ ./+-]{2,60}\]|<(?=[^<>]*\s)[^\W\d_][\w'’ ./+-]{2,60}>")


def is_placeholder(value: str) -> bool:
    """A box left empty: a placeholder word, or marks without a letter or digit (dots, dashes, an OCR'd ";")."""
    return value.strip().lower() in _PLACEHOLDERS or not re.search(r"[^\W_]", value)


# a group's board or members without the group's name: no organisation's name
_BODY_ONLY = re.compile(r"(?i)\s*(?:(?:het|de|le|la|les|l['’])\s*)?(?:bestuur|dagelijks bestuur|raad van bestuur|"
                        r"bureau|conseil d['’]administration|comité directeur|leden|membres|vrijwilligers|"
                        r"bénévoles|équipe)\s*[,.;:]?\s*")


# a printed form's dotted leader the answer was typed over ("An ........ Verhaeghe", "Houthem .........")
_LEADER = re.compile(r"[ \t]*(?:(?:[._…][ \t]?){4,}|(?:…[ \t]?){2,})[ \t]*")  # "………" is nine dots
# the form's hint before the answer ("(zoals in de statuten) Wijkcomité X"); a value that starts with
# brackets and goes on is the hint and the answer, a value that is only the hint is a box left empty
# ("(vzw)" is too short to be a hint: it may be part of a name)
# a form's hint in brackets, or in angle brackets as a word processor's placeholder ("<Nom Prénom>", "<naam en
# voornaam>"): words and spaces only, two words at least, so an e-mail address in them or markup an applicant
# typed ("<script>", "<img src=x ...>") is kept as written (and escaped wherever it is shown)
_HINT = re.compile(r"\([^()\n]{6,80}\)|<(?=[^<>]*\s)[^\W\d_][\w'’ ./-]{2,40}>")
_LEADING_HINT = re.compile(rf"^\s*{_HINT.pattern}\s*(?=\S)")
# the options of a check box, drawn (☐ ☒) or typed ("[X] vzw"): which is ticked is not a field of ours
_CHECK_BOXES = re.compile(r"[☐☑☒]|\[\s*[xX]?\s*\]")
# "8647 Pollinkhove", "B-8970 Poperinge" in a box asking only for the place
_POSTCODE_FIRST = re.compile(r"^\s*(?:(?:B|F|BE|FR)\s*-\s*)?\d{4,5}\s+[^\W\d]")


# the leader's last dots before an answer typed over it (".Buurtcomité Kapelhoek....")
_LEADING_DOTS = re.compile(r"^[ \t]*[._…]+[ \t]*(?=[^\W_]|€)")


# the line's last underscores or dots after an answer typed on it ("_8691_", "Stavele...")
_TRAILING_MARKS = re.compile(r"(?<=[^\W_])[ \t]*(?:_+|\.{2,}|…+)[ \t]*$")


def without_form_marks(raw: str) -> str:
    """A value without what the form printed around it: dotted leaders, the line's marks before and after
    the answer typed on it, and a leading bracketed hint."""
    text = _LEADING_HINT.sub("", _LEADING_DOTS.sub("", _TRAILING_MARKS.sub("", _LEADER.sub(" ", raw).strip())))
    return "" if _LEADING_HINT.match(f"{text} .") and text.endswith((")", ">")) else text  # the hint alone: no answer


def hint_to_label(label: str, value: str) -> tuple[str, str]:
    """A bracketed hint after the label's colon ("Contactpersoon: (naam + voornaam) Rik") belongs to the
    label: it says what the box asks and how ("naam + voornaam": surname first)."""
    text = value.strip()
    hint = _HINT.match(text)
    if hint is None:
        return label, value
    return f"{label} {hint.group(0)}", text[hint.end():].strip()


# a place's name: at most four words ("Sint-Jan-ter-Biezen", "Sainte Marie Cappel", "Kortrijk - Heule"), each
# with a letter, none of a sentence's marks; a digit among its letters or a speck of the box after it is OCR's
# ("Steenv0orde", "Poperinge |"): the place is mended from the call's list afterwards (``parsers.ocr_places``)
_PLACE_WORD = r"\d*[^\W\d_](?:[^\W_]|['’.-])*"
_LIKE_A_PLACE = re.compile(rf"{_PLACE_WORD}(?:(?:\s*[-–/]\s*|\s+){_PLACE_WORD}){{0,3}}(?:\s+[|¦_~]+)?")


def _reads_as_place(municipality: str, call: CallDefinition) -> bool:
    """A place of the call's, or one it does not list that is kept as written because it reads as a place."""
    return match_municipality(municipality, call) is not None \
        or _LIKE_A_PLACE.fullmatch(without_closing_mark(municipality)) is not None


# what a box that names the group holds when there is none: not a box left empty, an answer
_NO_GROUP = frozenset({"/", "-", "n.v.t.", "nvt", "n/a", "néant", "neant", "aucune", "aucun", "sans objet", "geen",
                       "niet van toepassing", "none", "x"})
# "nvt – ik dien in als privépersoon", "néant (particulier)", "geen, ik ben een bewoner": none, and why
_NO_GROUP_SAID = re.compile(r"(?i)\s*(?:n\.?v\.?t\.?|n/a|néant|neant|sans objet|niet van toepassing|geen|aucune?)"
                            r"\s*(?:[–—,;:(-]|\s(?:ik|je|wij|we|nous|particulier|privé))")
# "voir Q1", "zie vraag 3", "cf. question 2", "(zie hoger)": an answer that sends the reader to another answer
_SEE_ANSWER = re.compile(r"(?i)[\s,;:(–-]*\b(?:voir|zie|cf\.?)\s+"
                         r"(?:(?:la\s+)?(?:question|vraag|rubrique|rubriek)\s*|Q\s?)\d+\b.*$|"
                         r"[\s,;:(–-]*\b(?:voir|zie)\s+(?:ci-dessus|plus\s+haut|hoger|hierboven|boven)\b.*$")
SEE_ANSWER_SURE = 0.7  # under the review threshold, and under what the other answer gives
# "voorzitster Oudercomité Sint-Jozef Watou", "président du Comité des fêtes": a role, then the group
_ROLE_OF_GROUP = re.compile(r"(?i)(?:onder|vice-?)?(?:voorzit(?:ter|ster)|secretaris|penningmeester|bestuurslid|"
                            r"trekker|co[öo]rdinat(?:or|rice|eur)|pr[ée]sident(?:e)?|secr[ée]taire|"
                            r"tr[ée]sori(?:er|[èe]re)|responsable|membre|animat(?:eur|rice))\s+"
                            r"(?:(?:van|de|du|des|of)\s+(?:het\s+|de\s+|la\s+|l['’])?)?(?P<group>(?-i:[A-ZÀ-Ý]).{2,60})")
ROLE_OF_GROUP_SURE = 0.7  # a group named in a person's brackets: the coordinator's to confirm
_NO_ADDRESS_OF_ITS_OWN = re.compile(r"(?i)\s*(?:geen\s+(?:eigen\s+)?(?:adres|zetel)|pas\s+d['’](?:adresse|si[èe]ge)|"
                                    r"sans\s+(?:adresse|si[èe]ge)|(?:zie|voir)\s+(?:contact|ci-dessous|hieronder))")
_SEE_OTHER_BOX = re.compile(r"(?i)(?:zie|voir|cf\.?)\s+[\w'’ .-]{2,40}")
# after an amount, what it is made of: its lines in brackets, "dont", "waarvan", "including"
_PARTS_AFTER = re.compile(r"(?i)\(|\b(?:dont|waarvan|waarbij|including|inclusief|y\s+compris|bestaande\s+uit|"
                          r"r[ée]partis?\s+(?:comme\s+suit|en)|verdeeld\s+(?:als\s+volgt|over))\b")
PARTS_AFTER_SURE = 0.8
# how an answer presenting the group starts before its name: "L'association", "Notre association", "Wij zijn",
# "Nous sommes l'association", "De vzw", "Onze vereniging"
_PRESENTING = re.compile(r"(?i)^(?:(?:wij|we)\s+zijn\s+|nous\s+sommes\s+|c'est\s+|het\s+gaat\s+om\s+)?"
                         r"(?:(?:l['’]|la\s+|le\s+|notre\s+|de\s+|het\s+|onze\s+|ons\s+|une?\s+|een\s+)"
                         r"(?P<kind>association|vereniging|groupe|groep|collectif|vzw|asbl|organisatie|structure)\s+"
                         r"(?=[A-ZÀ-Ý«\"“'])|(?:l['’]|le\s+|la\s+|de\s+|het\s+)(?=[A-ZÀ-Ý]))")
# after a group's name, the kind of group it is: "... : association de fait", ", een feitelijke vereniging"
_KIND_AFTER = re.compile(r"(?i)\s*(?:/[^:,;()]{2,60})?\s*[:,–—-]?\s*(?:(?:une?|een|is\s+een|est\s+une?)\s+)?"
                         r"(?:association|vereniging|feitelijke\s+vereniging|vzw|asbl|collectif|groupe(?:ment)?|groep|"
                         r"comit[ée]|werkgroep|buurtcomit[ée]|amicale|club)\b")
GROUP_PRESENTED_SURE = 0.7  # a name read from a sentence: the coordinator's to confirm
# an answer that says it is not known yet
_NOT_YET = re.compile(r"(?i)\s*(?:nog\s+(?:geen|niet|onbekend|te\s+bepalen)|pas\s+encore|not\s+yet|"
                      r"(?:à|a)\s+d[ée]finir|(?:à|a)\s+(?:trouver|d[ée]terminer|pr[ée]ciser)|n\.?t\.?b\.?\b|"
                      r"to\s+be\s+(?:decided|determined)|(?:le\s+budget\s+(?:global\s+|total\s+)?)?n['’]est\s+pas\s+encore)")
_CARE_OF_LINE = re.compile(r"(?i)\s*\n\s*(?=(?:c/o|p/a|p\.a\.|per adres|chez)\s)")
_REFERS_BACK = re.compile(r"(?i)\s*(?:idem\b|(?:de)?zelfde\s+(?:als|persoon)\b|zie\s+(?:boven|hierboven)\b|"
                          r"voir\s+ci-dessus\b|cf\.?\s|(?:la\s+)?même\s+(?:que|personne)\b|same\s+(?:as|person)\b|=\s*\w)")
NO_GROUP = "no_group"  # a pseudo-field: the form's group box answered "none"
CONTACT_IS_CHAIR = "contact_is_chair"  # a pseudo-field: the contact's box says "de voorzitter"
_THE_CHAIR = re.compile(r"(?i)\s*(?:(?:de|het|onze|ons|la|le|notre|l['’]|idem|zelfde\s+als\s+(?:de\s+)?)\s*)?"
                        r"(?:voorzit(?:ter|ster)|pr[ée]sident(?:e|\(e\))?|chair(?:man|woman|person)?)\s*[.!]?\s*")
GROUPS_OWN = 0.1  # less sure than a contact's own number or address: which one to write to is the contact's
# a group's name and its contact's in one box, set apart by a dash or a slash
_GROUP_THEN_PERSON = re.compile(r"(?P<group>.{3,80}?)\s+[–—/-]\s+(?P<person>[^–—/-]{3,60})")


def _near(first: Decimal, second: Decimal) -> bool:
    """Two amounts within half and twice each other: a figure corrected, not two figures."""
    return first > 0 and second > 0 and first / 2 <= second <= first * 2


def add_value(harvest: Harvest, name: str, raw: str, source: str, confidence: float,
              call: CallDefinition) -> bool:
    """Normalise one raw value for ``name`` (a contract field or a pseudo-field) into candidates."""
    raw = without_form_marks(raw)
    if name in (ORGANISATION_NAMED, "organisation") and (raw.strip().lower() in _NO_GROUP or _NO_GROUP_SAID.match(raw)):
        # "Naam vereniging / organisatie: /": the form says there is no group (one person applies); no group
        # guessed elsewhere (the initiator's name, a sentence) is then sure enough to give
        harvest.add(NO_GROUP, raw.strip(), source, confidence)
        return False
    if is_placeholder(raw) or _CHECK_BOXES.search(raw):
        return False  # "☒ vzw ☐ feitelijke vereniging": the options of a check box are no answer to a label
    if name in ("contact_name", SURNAME_FIRST) and _THE_CHAIR.fullmatch(raw):
        # "Contactpersoon voor deze aanvraag: de voorzitter": the form says the chair is the contact, so the
        # chair's phone and e-mail are the contact's, as sure as the form gives them
        harvest.add(CONTACT_IS_CHAIR, raw.strip(), source, confidence)
        return False
    if name in ("contact_name", SURNAME_FIRST, "address", "phone", "email", "postcode", "municipality",
                POSTCODE_AND_MUNICIPALITY, FULL_ADDRESS) and _REFERS_BACK.match(raw):
        # "idem voorzitter", "voir ci-dessus", an address "cf. ci-dessus": what stands above, nothing of its own
        return False
    if name in ("address", FULL_ADDRESS, SEAT_ADDRESS, POSTCODE_AND_MUNICIPALITY) and _NO_ADDRESS_OF_ITS_OWN.match(raw):
        return False  # "Geen eigen adres – zie contactpersoon.": the group gives none; the contact's is the one
    if name in ("organisation", ORGANISATION_NAMED, "project_title") and _SEE_OTHER_BOX.fullmatch(raw.strip()):
        return False  # "zie contactpersoon", "voir ci-dessous": what another box holds, nothing of its own
    if name in ("project_title", "total_budget", "requested_amount", "organisation") and _NOT_YET.match(raw):
        return False  # "Nog geen naam – we laten de inwoners kiezen", "pas encore arrêté": not given yet
    if name in ("contact_name", SURNAME_FIRST) and (elsewhere := _SEE_ANSWER.search(raw)) is not None \
            and raw[:elsewhere.start()].strip(" ,;:-–"):
        # "M. Dufour, trésorier : voir Q1.": the person, and their details in another answer, which may name them
        # in full ("c/o M. Hervé Dufour, 06 ..."): this one gives way to it
        return add_value(harvest, name, raw[:elsewhere.start()].strip(" ,;:-–"), source,
                         min(confidence, SEE_ANSWER_SURE), call)
    if name in ("organisation", ORGANISATION_NAMED):
        # "Rexpoëde Solidarité (...)" over "c/o M. Hervé Dufour, 06 ...": the group, written to in care of a person
        raw = _CARE_OF_LINE.sub(" ", raw)
    if name in ("organisation", ORGANISATION_NAMED, "contact_name") and (len(raw) > _LONGEST_NAME or "?" in raw):
        # "3. Contact | Let op: de contactpersoon ontvangt ... 3.2 Wie is de contactpersoon? Tine Descamps": a
        # section's whole content beside its heading, its questions and answers, is no one's name
        return False
    if name in ("organisation", ORGANISATION_NAMED, "contact_name") and any(
            folded and folded in fold(raw) for folded in (fold(called).strip(" !") for called in call.name.values())):
        return False  # "Maak werk van je buurt! — Partons 2.0" under a heading OCR took for a label: the call's name
    if name in _NAMES_AND_TITLES and len(re.findall(r"[^\W\d_]", raw)) < 2:
        return False  # "2. Le projet<tab>F": a speck beside a heading, no name nor title has one letter
    if name == "municipality" and _POSTCODE_FIRST.match(raw):
        return _add_address(harvest, POSTCODE_AND_MUNICIPALITY, raw, source, confidence, call)
    if name in ("address", HOME_ADDRESS) and not re.search(r"\d", raw) \
            and match_municipality(raw.strip(), call) is not None:
        # "Domicile : Hondschoote", "Adres: Proven": where one lives, a place with no street nor number
        name = "municipality"
    elif name == HOME_ADDRESS:
        # where the contact lives: the group may be written to elsewhere, so never a sure address
        return _add_address(harvest, "address", raw, source, min(confidence, HOME_SURE), call)
    if name in (GROUP_PHONE, GROUP_EMAIL):
        # the school's or the group's own number: the contact's, where the form gives it too, wins
        return add_value(harvest, "phone" if name == GROUP_PHONE else "email", raw, source, confidence - GROUPS_OWN,
                         call)
    if (name == "phone" and EMAIL_RE.fullmatch(raw.strip())) or (
            name == "email" and "@" not in raw and _NUMBER_ALONE.fullmatch(raw) and normalise_phone(raw.strip())):
        # "Sorry, telefoon en e-mail zijn van vak verwisseld!": an address in the phone's box is the address, a
        # number in the e-mail's box the phone; a little less sure, as boxes mixed up may be mixed up further
        return add_value(harvest, "email" if name == "phone" else "phone", raw, source, confidence - 0.1, call)
    if name in ("email", "phone") and (email := EMAIL_RE.search(raw)) and (phones := find_phones(raw)):
        # "Téléphone / Courriel: +33 3 28 35 66 99 - celine@example.org": one box, two fields
        harvest.add("email", email.group(0).lower(), source, confidence)
        harvest.add("phone", phones[0][0], source, confidence)
        return True
    if name == "phone" and len(phones := find_phones(raw)) == 2 \
            and _PHONE_CORRECTED.search(raw[phones[0][1]:phones[1][1]]):
        # "GSM: 0478 22 31 90 -> sorry fout, moet 0478 22 31 09 zijn": the box corrects its first number; the
        # second is meant, and a coordinator confirms it
        harvest.add("phone", phones[1][0], source, min(confidence, CORRECTED_SURE))
        return True
    if name in ("email", "phone", "country"):
        value = normalise(name, raw, call)
        if value is None and name == "phone" and (possible := possible_phone(raw)) is not None:
            harvest.add(name, possible, source, min(confidence, 0.7))  # a number the plan does not know
            return True
        if value is None:
            return False
        harvest.add(name, value, source, confidence)
    elif name in AMOUNT_FIELDS:
        raw = without_programme_version(raw, call)  # "Partons 2.0": no 2 euros
        # "4.000 euro (vierduizend euro)": the words in brackets repeat the figure
        amount = normalise(name, raw, call) or normalise(name, re.sub(r"\(.*?\)", " ", raw), call)
        if amount is None:
            # "Fait à Winnezeele, le 25/05/2019" under an unanswered "Montant sollicité": a date holds no amount
            undated = _DATE.sub(" ", raw)
            # "Gevraagd bedrag: 80%": a share of the cost, no amount
            mentions = [mention for mention in find_amounts(undated, require_mark=False)
                        if not undated[mention.end:].lstrip().startswith("%")]
            words = amount_in_words(raw) if not mentions else None
            if words is not None:
                # "sept mille euros" alone in the box: read, but a coordinator checks what words say
                amount, confidence = words, min(confidence, 0.75)
            elif len(mentions) == 2 and (_CORRECTED.search(between := undated[mentions[0].end:mentions[1].start])
                                         or (not between.strip() and _near(*(m.amount for m in mentions)))):
                # (or "7.157,10 7.577,10": the first struck through, the second typed beside it, a little other;
                # two amounts far apart side by side are two columns, "3600 800", not a correction)
                # "8.000 euro -> nee, 7.500", "9 000 € -> corrigé : 8 000 €": the box corrects its first answer;
                # the second is meant, and a coordinator confirms it
                amount, confidence = mentions[1].amount, min(confidence, CORRECTED_SURE)
            elif len(mentions) > 1 and mentions[0].marked and (made_of := _PARTS_AFTER.search(
                    undated, mentions[0].end)) is not None and not any(m.start < made_of.start() for m in mentions[1:]):
                # "11 250 EUR, dont 2 000 EUR de fonds propres", "9.340 euro volgens de offertes (banken 3.120, ...)":
                # the sum asked, then what it is made of
                amount, confidence = mentions[0].amount, min(confidence, PARTS_AFTER_SURE)
            elif len(mentions) != 1:
                return False  # two numbers: we do not pick one
            else:
                amount, confidence = mentions[0].amount, min(confidence, 0.85)
        if isinstance(amount, Decimal) and amount < SMALLEST_AMOUNT:
            return False  # "Demande de subvention(s) par une association   1": a page's footer and its number
        harvest.add(name, amount, source, confidence)
    elif name == "postcode":
        postcode = normalise(name, raw, call)
        if not isinstance(postcode, str):
            return add_value(harvest, POSTCODE_AND_MUNICIPALITY, raw, source, confidence, call)
        harvest.add("postcode", postcode, source, confidence)
        _add_place(harvest, resolve(postcode, None, call), source, confidence, derived_only=True)
    elif name == "municipality":
        # "Caëstre (France)", "Poperinge, België": the country beside the place is not part of its name
        written = re.sub(r"\(.*?\)", " ", _clean_line(raw))
        written = without_country(written)
        place = resolve(None, _clean_line(written) or _clean_line(raw), call)
        if place.municipality is None:
            return False
        if not _reads_as_place(place.municipality, call):
            # a place the call does not list is kept as written, but a sentence under "Commune" is no place:
            # a form's empty box over the description, read in its stead
            return False
        harvest.add("municipality", place.municipality, source, confidence)
        country = place.country or normalise("country", raw.split("(")[-1].strip(" )"), call)
        if country:
            harvest.add("country", country, source, confidence - 0.05)
    elif name in ("organisation", ORGANISATION_NAMED) and "\n" not in raw.strip() \
            and (alone := group_name_alone(raw)) != (_clean_line(raw).strip(" ,.;:"), None) and alone[0]:
        # the group's name, then more of the group: its register's number, a sentence, whom to write to
        if alone[1] is not None:
            add_value(harvest, "contact_name", alone[1], source, confidence - 0.1, call)
        return add_value(harvest, name, alone[0], source, confidence, call)
    elif name in ("organisation", ORGANISATION_NAMED) and _BODY_ONLY.fullmatch(raw):
        return False  # "Namens het bestuur," over a signature: which group's board is said elsewhere
    elif name == ORGANISATION_NAMED and (both := _GROUP_THEN_PERSON.fullmatch(_clean_line(raw))) is not None \
            and looks_like_person(both.group("person")) and not looks_like_person(both.group("group")):
        # "Aanvrager (naam vereniging en contactpersoon): Merkem Leeft! vzw – Bart Lefevere": one box, the group
        # and its contact
        harvest.add("organisation", both.group("group"), source, confidence)
        harvest.add("contact_name", both.group("person"), source, confidence - 0.1)
    elif name == ORGANISATION_NAMED:
        harvest.add("organisation", _clean_line(raw), source, confidence)  # "Indiener (vereniging)"
    elif name in (POSTCODE_AND_MUNICIPALITY, FULL_ADDRESS, "address"):
        return _add_address(harvest, name, raw, source, confidence, call)
    elif name in (REPRESENTATIVE_ADDRESS, OTHER_ADDRESS):
        # a board member's home: the group's address only where no other is given, and to check
        sure = REPRESENTATIVE_ADDRESS_SURE if name == REPRESENTATIVE_ADDRESS else OTHER_ADDRESS_SURE
        return _add_address(harvest, "address", raw, source, min(confidence, sure), call)
    elif name == SEAT_ADDRESS:
        # the group's registered seat: the address, unless the same document gives the contact's own
        # ("Maatschappelijke zetel: Hoevestraat 23" in a letterhead, "Adres: Vleterenstraat 72" under the name)
        return _add_address(harvest, "address", raw, source, confidence - 0.1, call)
    elif name == "contact_name" and (aside := _PERSON_ASIDE.fullmatch(_clean_line(raw))) is not None \
            and looks_like_person(aside.group("name")) and not EMAIL_RE.search(aside.group("aside")) \
            and not find_phones(aside.group("aside")):
        # "Tine Descamps (mama van Lotte, 3de leerjaar)": the person, without what the brackets say of them
        harvest.add("contact_name", aside.group("name"), source, confidence)
        if (role := _ROLE_OF_GROUP.fullmatch(aside.group("aside").strip())) is not None \
                and looks_like_organisation(role.group("group")):
            # "Hilde Desmet (voorzitster Oudercomité Sint-Jozef Watou)": the group she speaks for, said in passing
            harvest.add("organisation", role.group("group"), source, min(confidence, ROLE_OF_GROUP_SURE))
    elif name in ("contact_name", "organisation") and (block := _contact_block(raw)) is not None:
        # "Lieve Cappelle, secretaris / 0473 28 91 05 / lieve@example.org": a question asking the contact's name,
        # phone and e-mail answered a line each, read as the one line of them it is
        return add_value(harvest, name, block, source, confidence, call)
    elif name in ("contact_name", "organisation") and (parts := split_contact_line(raw)) is not None:
        # "Jan Peeters, Kerkstraat 5, 8970 Poperinge, 0477 12 34 56": one line, several fields (split first: the
        # whole line may read like a group's name, "... | Schuttershofstraat 50, 8900 Ieper | ...")
        if parts.get("name"):
            add_value(harvest, name, parts["name"], source, confidence, call)
        for kind, field_name in (("email", "email"), ("phone", "phone"), ("address", "address"),
                                 ("place", POSTCODE_AND_MUNICIPALITY)):
            if kind in parts:
                add_value(harvest, field_name, parts[kind], source, confidence - 0.05, call)
    elif name == "contact_name" and (role := _ROLE_AFTER_NAME.fullmatch(_clean_line(raw))) is not None \
            and looks_like_person(role.group("name")):
        # "Jan Peeters, voorzitter van de dorpsraad": a person and their role, whatever group the role names
        harvest.add("contact_name", role.group("name"), source, confidence)
    elif name == "contact_name" and looks_like_organisation(raw) and not looks_like_person(raw):
        # "Naam: Gezinsbond Kortemark" under an organisation's heading: the value says it is a group
        harvest.add("organisation", _clean_line(raw), source, confidence - 0.05)
    elif name == "contact_name" and (role := _ROLE_AFTER_NAME.fullmatch(_clean_line(raw))) is not None:
        harvest.add("contact_name", role.group("name"), source, confidence)  # "Jan Dewulf, voorzitter"
    elif name == "organisation" and re.match(r"(?i)(?:ik|moi|je|wij|nous)\s*,|(?:ik|je|wij|nous|we)\s+(?-i:[a-zà-ÿ])",
                                             raw.strip()):
        return False  # "Wie dient de aanvraag in: ik, Lieve Decock, samen met de buren": a sentence, no group
    elif name == "organisation" and looks_like_person(person := _without_role(raw)):
        # "Porteur de projet: Jean Dupont (président)": a person under a label that usually names a group; a
        # contact label elsewhere on the form (stronger) still wins, and the organisation stays a doubt
        harvest.add("contact_name", person, source, confidence - 0.1)
        if not _CIVILITY.match(raw.strip()):  # "Mme Lucie Deswarte": a person, said so, and no group
            harvest.add("organisation", person, source, min(confidence, 0.6))
    elif name == GROUP_PRESENTED:
        # "Présentez votre association" / "L'association Steenvoorde Fleurie (loi 1901, ...) fleurit le bourg": the
        # group's name starts the answer's first sentence; read from a sentence, to check
        presenting = _PRESENTING.match(_clean_line(raw))
        answer = _clean_line(raw)[presenting.end() if presenting else 0:]
        named = re.split(r"\s+/\s+|\s*:\s", name_run(answer))[0]  # "X / its name in the other language : ..."
        # after "L'association" any name is the group's ("Steenvoorde Fleurie"); after a bare article, only one
        # that says it is a group ("Le Comité des fêtes de Killem"), or that its next words say is one ("Les Monts
        # sans Frontières / Bergen zonder Grenzen : association de fait d'habitants ...")
        if named[:1].isupper() and (looks_like_organisation(named) or (presenting and presenting.group("kind"))
                                    or _KIND_AFTER.match(answer, len(named))):
            harvest.add("organisation", group_name_alone(named)[0], source, min(confidence, GROUP_PRESENTED_SURE))
        return False
    elif name == BARE_AMOUNT:
        # "Bedrag: 2.000 €" with no word of whose: the request most likely, never a sure one
        return add_value(harvest, "requested_amount", raw, source, min(confidence, 0.65), call)
    elif name == OWN_SHARE:
        # "Eigen inbreng: EUR 1.250": kept until the document is read whole (documents._request_from_own_share)
        share = normalise("total_budget", raw, call)
        if not isinstance(share, Decimal):
            return False
        harvest.add(OWN_SHARE, share, source, confidence)
    elif name in _HELD_ASKS:
        # who signs for the group, their phone, their e-mail, another person's number: kept apart until the
        # document is read whole, the representative's the contact's only when the form names no other
        # (representative_details)
        asked = _HELD_ASKS[name]
        before = len(harvest.candidates)
        added = add_value(harvest, asked, raw, source, confidence - (0.05 if name == REPRESENTATIVE else 0.0), call)
        held = _REPRESENTATIVE_HELD if name in _REPRESENTATIVE_HELD.values() else _OTHER_HELD
        harvest.candidates[before:] = [FieldValue(held[c.name], c.value, c.source, c.confidence)
                                       if c.name in held else c for c in harvest.candidates[before:]]
        return added
    elif name == SURNAME_FIRST:
        # read as a contact; parsers.form_rows.join_parts decides the order of its words
        before = len(harvest.candidates)
        added = add_value(harvest, "contact_name", raw, source, confidence, call)
        harvest.candidates[before:] = [FieldValue(SURNAME_FIRST, c.value, c.source, c.confidence)
                                       if c.name == "contact_name" else c for c in harvest.candidates[before:]]
        return added
    elif name == HOUSE_NUMBER and (both := _NUMBER_AND_BOX.fullmatch(_clean_line(raw))) is not None:
        # "Nr. / Bus: 4 / 2": the house number, then the box
        harvest.add(HOUSE_NUMBER, both.group(1).strip(), source, confidence)
        harvest.add(BOX_NUMBER, both.group(2), source, confidence)
    elif name in PARTS:
        # "Voornaam", "Nr", "Bus": kept until parsers.form_rows.join_parts puts them in their field
        part = _clean_line(raw)
        if name != FIRST_NAME and not re.fullmatch(r"(?i)\d{1,4}\s?(?:[a-z]|bis|ter)?|[a-z0-9]{1,4}", part):
            return False
        harvest.add(name, part, source, confidence)
    elif name == INSTITUTION:
        harvest.add(INSTITUTION, _clean_line(raw), source, confidence)  # the group's, unless a group is named
    elif name == SUBJECT:
        title = title_from_subject(raw, tuple(call.name.values()), plain_is_title=True)
        if title is None or is_call_name(title, call):
            return False
        harvest.add("project_title", title, source, confidence - 0.15)
    elif name == "project_title" and is_call_name(_clean_line(raw), call):
        return False  # the call's or its programme's name, not the project's
    elif name in FIELD_NAMES and name != "budget_lines":
        harvest.add(name, normalise(name, raw, call) or "", source, confidence)
    else:
        return False
    return True


_NAMES_AND_TITLES = frozenset({"organisation", "contact_name", "project_title", SURNAME_FIRST, ORGANISATION_NAMED})
_DATE = re.compile(r"(?<![\d.,])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d.,])")
# what a representative's (another person's) box asks, and the pseudo-field each of their values is held under
_HELD_ASKS = {REPRESENTATIVE: "contact_name", REPRESENTATIVE_PHONE: "phone", REPRESENTATIVE_EMAIL: "email",
              OTHER_PHONE: "phone", OTHER_EMAIL: "email"}
# a box that holds a phone or an e-mail too ("Jan Peeters, 0477 ...", "0477 ... - jan@...") gives theirs
_REPRESENTATIVE_HELD = {"contact_name": REPRESENTATIVE, "phone": REPRESENTATIVE_PHONE, "email": REPRESENTATIVE_EMAIL}
_OTHER_HELD = {"phone": OTHER_PHONE, "email": OTHER_EMAIL}
# "4 / 2", "12A bus 3", "7 bte 1": a house number and its box in one box
_NUMBER_AND_BOX = re.compile(r"(?i)(\d{1,4}\s?[a-z]?)\s*(?:/|\bbus\b|\bbte\b|\bboîte\b)\s*([a-z0-9]{1,4})")


def _without_role(raw: str) -> str:
    """"Jan Dewulf, voorzitter" -> "Jan Dewulf"; any other text as it is (on one line)."""
    role = _ROLE_AFTER_NAME.fullmatch(_clean_line(raw))
    return role.group("name") if role is not None else _clean_line(raw)


def _add_place(harvest: Harvest, place: Place, source: str, confidence: float, *, derived_only: bool = False) -> None:
    # A municipality named by a postcode alone is derived, so it ranks below one written out.
    weight = 0.1 if derived_only else 0.0
    if place.municipality and (not derived_only or place.country == "BE"):
        harvest.add("municipality", place.municipality, source, confidence - weight)
    if place.country:
        harvest.add("country", place.country, source, confidence - weight - 0.05)


# "Jan Dewulf, voorzitter", "Didier Top, adjoint au maire" (a role, and of what); or any role in brackets,
# written small: "Joris Lermyte (medewerker vrije tijd)"
# a person's name and a remark in brackets after it
# ("Els Maes (en Jan Peeters)": a second person, or "(als X niet kan)": a condition, stays with the name)
_PERSON_ASIDE = re.compile(r"(?P<name>[^()]{3,60}?)\s*\((?P<aside>(?!\s*(?:en|et|of|ou|samen|avec|met|als|indien|si|"
                           r"sauf|tenzij|behalve)\b|\s*&)[^()]*)\)")
_ROLE_AFTER_NAME = re.compile(
    r"(?P<name>[^,()]{3,60}?)\s*(?:(?:,|\(|-|–)\s*(?:(?:le|la|de|het|the)\s+)?(?:(?:onder|vice-?)?voorzitter|"
    r"voorzitster|secretaris|penningmeester|bestuurslid|trekker|co[öo]rdinator|verantwoordelijke|(?i:président)e?|"
    r"vice-présidente?|secrétaire|trésori(?:er|ère)|responsable|coordinat(?:eur|rice)|membre|directeur|directrice|"
    r"animat(?:eur|rice)|adjointe?|maire|conseill(?:er|ère)|schepen|burgemeester|leerkracht|enseignante?|"
    r"institut(?:eur|rice)|bénévole|vrijwilliger|habitante?|bewoner|bewoonster|inwoner|inwoonster)"
    r"(?:\s+(?:municipale?|communale?|d[ée]l[ée]gu[ée]e?|vrijwilligers|b[ée]n[ée]voles|jeugd|jeunesse|project|"
    r"projet|[A-Z0-9][\w-]{0,11}))?"  # "coördinator vrijwilligers", "enseignante CM1-CM2"
    r"(?:\s+(?:van|voor|bij|in|de|du|des|au|aux|à|d['’]|of|for)\b[^,()\d@]{0,40}?)?\)?"
    r"(?:\s*,\s*(?:membre|lid|bestuurslid)\b[^,()\d@]{0,30})?\.?"  # "..., membre du bureau"
    r"|\((?=[a-zà-ÿ])(?![^()]*\b(?:en|et|of|ou|and|or|met|avec|with)\b)[^()\d@A-ZÀ-Ý]{3,50}\)\.?)")
_ADDRESS_SPLIT = re.compile(r"(?:^|[,\n]\s*|\s)(?:(?:B|F|BE|FR)\s*-\s*)?(\d{4,5})\s+(\S.*)$")


# an IBAN (two capitals, two check digits, groups of four) and the word that may announce it
_IBAN = re.compile(r"(?:\b(?i:iban|rekening(?:nummer)?|rek\.?\s?nr\.?|compte(?:\s+bancaire)?|account)\s*:?\s*)?"
                   r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b")
_SEPARATOR_LEFT = re.compile(r"\s*[,–-]\s*(?=[,–-]|$)")  # what stood between the address and the number


def _add_address(harvest: Harvest, name: str, raw: str, source: str, confidence: float,
                 call: CallDefinition) -> bool:
    """"Dorpstraat 12, 8647 Lo" -> address, postcode, municipality; "8647 Lo-Reninge" -> the latter two."""
    text = _clean_block(raw).replace("\n", ", ")
    # "Kerkstraat 12 - rekening BE63 9481 1288 8724": the account number in an address box is no part of it,
    # and its groups of four digits would read as a postcode and a place
    text = _SEPARATOR_LEFT.sub("", _IBAN.sub("", text)).strip(" ,–-")
    text = _CARE_OF.sub("", text)  # "Adres: p/a Zuidschotestraat 9": the care-of mark is no part of the street
    if name == FULL_ADDRESS:
        # "Contactgegevens": street, place, phone and e-mail in one box
        for found in EMAIL_RE.finditer(text):
            harvest.add("email", found.group(0).lower(), source, confidence - 0.05)
            text = text.replace(found.group(0), "")
        for phone, _ in find_phones(text)[:1]:
            harvest.add("phone", phone, source, confidence - 0.05)
        text = re.sub(r"(?i)(?:,\s*)?(?:tel|tél|gsm|t)\.?\s*:?\s*[+\d][\d ./()-]{6,}", "", text).strip(" ,")
    match = _ADDRESS_SPLIT.search(text)
    if match is None and name == FULL_ADDRESS and STREET.fullmatch(text.strip(" ,")):
        # "Adresse complète: chaussée de Warneton 76", its postcode and place on the line under it, read apart
        harvest.add("address", text.strip(" ,"), source, confidence)
        return True
    if match is None and name == POSTCODE_AND_MUNICIPALITY and re.fullmatch(r"(?:(?:B|F|BE|FR)\s*-\s*)?\d{4,5}",
                                                                           text.strip(" ,")):
        # "Postcode Gemeente / Code postal Commune" over two boxes, "59114" in the first: the postcode alone
        return add_value(harvest, "postcode", text.strip(" ,"), source, confidence, call)
    if match is None and name == POSTCODE_AND_MUNICIPALITY:
        return _place_without_postcode(harvest, text.strip(" ,"), source, confidence, call)
    if match is None:
        if name != "address":
            return False
        street, comma, place_text = text.strip(" ,").rpartition(",")
        known = match_municipality(place_text.strip(), call) if comma and re.search(r"\d", street) else None
        if known is not None:
            # "Zwaluwenhoek 6, Oostduinkerke": a street and the call's place, its postcode left out
            harvest.add("address", street.strip(" ,"), source, confidence)
            _add_place(harvest, resolve(None, place_text.strip(), call), source, confidence)
            return True
        harvest.add("address", text.strip(" ,"), source, confidence)
        return True
    street = text[:match.start()].strip(" ,–-")
    postcode, rest = match.group(1), match.group(2).strip(" ,")
    rest = without_country(rest).strip(" ,")
    place = resolve(postcode, rest or None, call)
    if street and re.search(r"\d", street):
        harvest.add("address", street, source, confidence)
    harvest.add("postcode", postcode, source, postcode_sureness(postcode, place.municipality, call, confidence))
    if place.municipality and _reads_as_place(place.municipality, call):
        # not the specks of a comb box's bars read after its postcode ("81619 |/")
        harvest.add("municipality", place.municipality, source, confidence)
    if place.country:
        harvest.add("country", place.country, source, confidence - 0.05)
    return True


POSTCODE_ELSEWHERE = 0.7  # a postcode that is not the one of the place written beside it: one of the two slipped


def postcode_sureness(postcode: str, place: str | None, call: CallDefinition, confidence: float) -> float:
    """``confidence``, or less when the call's list knows the place beside the postcode and not under that
    postcode ("51114 Terdeghem", "8961 Stavele"): a slip of the pen or of the reading, for the coordinator."""
    municipality = match_municipality(place, call) if place else None
    if municipality is None or not municipality.postcodes or postcode in municipality.postcodes:
        return confidence
    return min(confidence, POSTCODE_ELSEWHERE)


SLIPPED_PLACE = 6  # letters a place's name must have for one letter off it to be that place ("Boeschipe")
_A_WORD = re.compile(r"[A-ZÀ-Ý]?[a-zà-ÿ]+\.?")  # "Anne", "Van", "Mme", "Mme.": a word, not a garbled postcode


def _place_without_postcode(harvest: Harvest, text: str, source: str, confidence: float,
                            call: CallDefinition) -> bool:
    """A postcode-and-place box with only the place ("Boeschèpe"), or a postcode no one can read before it
    ("SUN Boeschipe" on a scan: a first piece of four characters at most, no word): the place, a little
    weaker. Only a place of the call's, or, after such an unreadable postcode, a name one letter off one of
    its longer names (OCR's slip, mended with the page's other places in ``parsers.ocr_places``): "zie
    hierboven" or "Idem" is no place, "Deurne" not Veurne, "Anne Bailleul" or "Van Ieper" a person."""
    words = text.split()
    garbled = len(words) > 1 and len(words[0]) <= 4 and not _A_WORD.fullmatch(words[0])
    for candidate, slipped in ((text, False), (" ".join(words[1:]) if garbled else "", True)):
        folded = fold(candidate)
        if candidate and (match_municipality(candidate, call) is not None or (
                slipped and len(folded) >= SLIPPED_PLACE and candidate[:1].isupper()
                and any(one_letter_off(folded, name) for name in name_index(call)))):
            place = resolve(None, candidate, call)
            if place.municipality is None:
                return False
            harvest.add("municipality", place.municipality, source, confidence - 0.1)
            if place.country:
                harvest.add("country", place.country, source, confidence - 0.15)
            return True
    return False


CONTACT_SAID = 0.01  # a box whose label says it is the contact's outranks one of the same kind that does not


def label_sureness(label: str, field_name: str, confidence: float) -> float:
    """How sure a box's value is, by its label: a contact's detail whose label says it is the contact's ("E-mail
    contactpersoon", "Téléphone du référent") a little surer than one whose label does not say whose ("E-mail",
    "Naam"): an online form asks those of whoever fills it in, then the contact's apart."""
    if field_name in ("contact_name", SURNAME_FIRST, "email", "phone") and whose(label) == "contact_name":
        return confidence + CONTACT_SAID
    return confidence


def name_for_label(label: str, harvest: Harvest) -> str | None:
    """The field a label names, counting its language; budget-table headers are not fields."""
    matched = match_label(label)
    if matched is None:
        # a box's or a row's bare "Voorzitter" / "Président(e)": who signs for the group
        return REPRESENTATIVE if role_label(label) == REPRESENTATIVE else None
    name, language = matched
    if language:
        harvest.label_languages[language] += 1
    if name == "organisation" and names_a_group(label):
        return ORGANISATION_NAMED  # its value is the group's name even when it reads like a person's
    if name == "address" and names_a_seat(label):
        return SEAT_ADDRESS
    if name == "address" and names_a_home(label):
        return HOME_ADDRESS
    if name in ("phone", "email") and names_the_groups_own(label):
        return GROUP_PHONE if name == "phone" else GROUP_EMAIL
    return None if name == BUDGET_TABLE else name


_LONGEST_NAME = 150  # characters: a group's longest name ("Association des Parents d'Élèves de ...") is far shorter
# a box's name a form maker's program gave it, no label ("Zone de texte 18", "Text1", "Tekstveld 7", "fill_3")
_BOX_NAME = re.compile(r"(?i)\s*(?:zone de texte|champ(?: de)? texte|text(?:field|box)?|tekstveld|tekstvak|fill|"
                       r"untitled|veld|field)[\s_]*\d*\s*")
_NUMBER_ALONE = re.compile(r"\s*\+?[\d(][\d\s./()-]{7,}\s*")
UNLABELLED_BOX = 0.7  # a phone or e-mail in a box no label names: whose it is, is the coordinator's to check
FUNDER_LINE = 0.75  # the request read from an income line named after the call: to check, no label asks it so


# the description box of a budget's row ("omschrijving uitgave", "Poste de dépense", "Nature de la dépense")
_COST_DESCRIPTION = re.compile(r"(?:omschrijving|beschrijving|description|nature|intitule|libelle|poste)\s+"
                               r"(?:van\s+de\s+|de\s+la\s+|du\s+|de\s+)?(?:uitgave|uitgaven|kost|kosten|depense|charge)s?"
                               r"|poste|uitgavenpost|kostenpost")


# what a group's name is followed by when the answer goes on about the group: its legal form with more than
# the form alone (a register's number, who recognised it), a register's number, a sentence
_REGISTERED = re.compile(r"(?i)\b(?:loi\s+(?:de\s+)?1901|RNA|SIRET|SIREN|KBO|BCE|ondernemingsnummer|n°\s*d'entreprise|"
                         r"feitelijke\s+vereniging|vereniging\s+zonder\s+winstoogmerk|vzw|asbl|v\.z\.w|a\.s\.b\.l|"
                         r"erkend|agréée?|reconnue?|association\s+de\s+fait)\b")
_CARE_OF_AFTER = re.compile(r"(?i)\s+(?:c/o|p/a|p\.a\.|per adres|chez)\s+(?P<person>.+)$")
_DESCRIBED = 5  # words in brackets after a group's name from which they describe it ("(vereniging van ... die ...)")


def group_name_alone(raw: str) -> tuple[str, str | None]:
    """A group's name without what its answer says further about the group, and the person it is written to
    in care of, if any: "Rexpoëde Solidarité (association loi 1901, RNA W594002231) c/o M. Hervé Dufour, 06 ..."
    -> ("Rexpoëde Solidarité", "M. Hervé Dufour, 06 ..."); "Les Jardins du Houtland - association loi 1901 -
    RNA W593006247" -> "Les Jardins du Houtland"; "Buurtcomité Sint-Jan (feitelijke vereniging) uit Ieper.
    Voorzitter: Dirk" -> "Buurtcomité Sint-Jan". A short bracket of its legal form ending the name stays
    ("Herzeele Village Vivant (association loi 1901)"): a name as the group writes it; and so does a
    bracket that spells out a name's letters ("APE (Association des Parents d'Élèves) de Renescure")."""
    text = _clean_line(raw)
    person = None
    if (care := _CARE_OF_AFTER.search(text)) is not None:
        text, person = text[:care.start()].strip(" ,"), care.group("person")
    # (the dashes between the parts kept as written: "Velt Westhoek - afdeling Houthulst - vzw")
    dashes = list(re.finditer(r"\s+[-–—]\s+", text))
    starts = [0, *(dash.end() for dash in dashes)]
    cut = next((index for index in range(1, len(starts)) if _REGISTERED.search(
        text[starts[index]:dashes[index].start() if index < len(dashes) else len(text)])), None)
    if cut is not None:
        text = text[:dashes[cut - 1].start()]
    bracket = re.search(r"\s*\(([^()]*)\)(.*)$", text)
    if bracket is not None and bracket.start() > 0:
        inside, after = bracket.group(1), bracket.group(2).strip()
        registered = _REGISTERED.search(inside) is not None
        if (registered and (after or "," in inside)) or (not after and len(inside.split()) >= _DESCRIBED):
            text = text[:bracket.start()]
    return text.strip(" ,.;:"), person


# a budget's line: what, then after a gap its amount ("Tuinmateriaal en bakken      1.650,00 euro")
_COST_LINE = re.compile(r"[^\d\n]*[^\W\d_][^\d\n]*?(?:\s{2,}|\t|\s*[:.]{2,}\s*)(?:€\s*|EUR\s*)?\d[\d .,]*(?:,-)?"
                        r"\s*(?:€|EUR|euro)?\s*")


def _budget_lines_under(lines: Sequence[str], start: int) -> bool:
    """Two lines from ``start`` on are a budget's lines (a cost's words, a gap, its amount)."""
    return len(lines) > start + 1 and all(_COST_LINE.fullmatch(line) for line in lines[start:start + 2])


def _row_of_its_own(line: str) -> bool:
    """A table's row that is a label and its answer ("Juridische vorm + ondernemingsnr.<tab>feitelijke
    vereniging"): its first cell words without a digit, another cell filled; not an answer and a note
    ("5 750,00 €<tab>(max. 10 000 €)")."""
    first, _, rest = line.partition("\t")
    return bool(rest.strip()) and not re.search(r"\d", first)


_ANSWER_LINES = 6  # a person's block under a question: name, street, place, phone, e-mail, and a role


def _answer_lines(lines: Sequence[str], start: int) -> str:
    """The lines from ``start`` that answer the question above them, up to the next label or question: one line,
    or a person's block (``_contact_block``), as the lines are."""
    block = [lines[start]]
    for line in lines[start + 1:start + _ANSWER_LINES]:
        if label_alone(line) is not None or _LABEL_LINE.match(line) or QUESTION_NUMBERED.match(line) \
                or label_at_start(line) is not None:
            break
        block.append(line)
    joined = "\n".join(block)
    return joined if _contact_block(joined) is not None else lines[start]


def _contact_block(raw: str) -> str | None:
    """A box's answer of several lines, a name first and then the person's details (a street, a place, a phone,
    an e-mail), as one line of them separated by commas (``split_contact_line`` reads it); None for one line,
    or lines without such details. A line in brackets is an aside about another person ("(voorzitter is Marc
    Debaene, 0478 55 12 90)"): left out."""
    lines = [line.strip() for line in raw.strip().splitlines() if line.strip() and not line.strip().startswith("(")]
    if len(lines) < 2 or not gives_details(lines[1:]):
        return None
    return ", ".join(line.rstrip(" ,;") for line in lines)


def gives_details(lines: Iterable[str]) -> bool:
    """Lines under a person's name that give the person's details: an e-mail, a phone, a postcode and place (not
    the next box's label and answer, "Functie" / "Voorzitter")."""
    return any(EMAIL_RE.search(line) or find_phones(line) or _POSTCODE_FIRST.match(line) for line in lines)


def from_named_values(harvest: Harvest, values: Iterable[tuple[str, str, str]], source: str,
                      call: CallDefinition) -> None:
    """Form fields / content controls: ``(name, label, value)``; a contract name beats a label."""
    lines: dict[int, dict[str, str]] = {}
    cost: str | None = None  # a budget row's description box, waiting for its amount's box beside it
    typed: str | None = None  # an income line's words typed into a box, waiting for its amount's box
    for name, label, value in values:
        key = name.strip()
        if label and _COST_DESCRIPTION.fullmatch(fold(label).strip()):
            cost = value  # "omschrijving uitgave" / "bedrag": a row of the budget's boxes, not the project's
            continue
        if cost is not None and label and name_for_label(label, harvest) == BARE_AMOUNT:
            if (amount := parse_amount(value)) is not None and cost.strip():
                harvest.add_budget_line(_clean_line(cost), amount, source, CONFIDENCE["form_field"])
            cost = None
            continue
        cost = None
        if typed is not None and (not label or name_for_label(label, harvest) == BARE_AMOUNT) \
                and parse_amount(value) is not None:
            # "Eigen inbreng werkgroep" | "EUR 250", "Bijdrage Maak werk van je buurt" | "EUR 7.000": an income
            # line typed into a box of its own, its amount in the next box
            if names_the_call_as_funder(typed, call):
                add_value(harvest, "requested_amount", value, source, FUNDER_LINE, call)
            elif (asked := (match_label(typed) or ("",))[0]) in (*AMOUNT_FIELDS, OWN_SHARE):
                add_value(harvest, asked, value, source, CONFIDENCE["form_field"] - 0.1, call)
            typed = None
            continue
        typed = value if not label and not re.search(r"\d", value) and (
            names_the_call_as_funder(value, call) or (match_label(value) or ("",))[0] in (*AMOUNT_FIELDS, OWN_SHARE)) \
            else None
        budget = _BUDGET_LINE_NAME.fullmatch(key)
        if budget:
            lines.setdefault(int(budget.group(1)), {})[budget.group(2)] = value
            continue
        if key in FIELD_NAMES or key in (POSTCODE_AND_MUNICIPALITY, FULL_ADDRESS):
            add_value(harvest, key, value, source, CONFIDENCE["form_field"] + 0.01, call)
            continue
        # a human label (printed beside the box, or its tooltip) says more than a box's name ("Text1")
        field_name = (name_for_label(label, harvest) if label else None) or name_for_label(key, harvest)
        if field_name:
            add_value(harvest, field_name, value, source,
                      label_sureness(label or key, field_name, CONFIDENCE["form_field"]), call)
        elif label and names_the_call_as_funder(label, call) and parse_amount(value) is not None:
            # "Bedrag (EUR) - Maak werk van je buurt (Partons 2.0)": the budget's income line for this call's grant
            add_value(harvest, "requested_amount", value, source, FUNDER_LINE, call)
        elif (not label or _BOX_NAME.fullmatch(label)) and (EMAIL_RE.fullmatch(value.strip()) or (
                _NUMBER_ALONE.fullmatch(value) and normalise_phone(value.strip()) is not None)):
            # a box no label names that holds a phone number or an e-mail address alone: one, but whose the form
            # does not say (the contact's under their name, or the group's): to check, and ranked as a label's
            # line, under any value a named box or a table gives
            add_value(harvest, "email" if "@" in value else "phone", value, LABEL, UNLABELLED_BOX, call)
        if "\n" in value.strip() and any(_label_line(line) is not None for line in value.splitlines()):
            # "Totale kostprijs: 12.480 euro. / Eigen inbreng vzw: 2.480 euro.": a question answered with lines of
            # labels of the applicant's own, read as such lines (a "Label:" line's rank, under the box's own)
            from_label_lines(harvest, value, call)
    for number in sorted(lines):
        description = _clean_line(lines[number].get("description", ""))
        amount = parse_amount(lines[number].get("amount", ""))
        if description and amount is not None:
            harvest.add_budget_line(description, amount, source, CONFIDENCE["form_field"])


_LABEL_LINE = re.compile(r"^[ \t>*•-]*(?P<label>[^:\n]{2,60}?)[ \t]*[:：][ \t]*(?P<value>.*)$")


# a label's translation in brackets, a bracket of its own inside ("Adres (straat, nr.) (Adresse (n°, rue))")
_TRANSLATION = re.compile(r"\s*\((?:[^()\n]|\([^()\n]*\))*\)")


def _label_line(line: str) -> re.Match[str] | None:
    """A "Label: value" line; a bilingual form's label with its translation in brackets is longer than a
    label ("Naam van de vereniging / organisatie (Nom de l'association / structure): ..."): read without it."""
    found = _LABEL_LINE.match(line)
    if found is not None or ":" not in line:
        return found
    head, colon, tail = line.partition(":")
    return _LABEL_LINE.match(_TRANSLATION.sub("", head) + colon + tail) if "(" in head else None


_TWO_LABELS = re.compile(r"(?:(?<=\d)|(?<=€)|(?<=eur)|(?<=euro)|(?<=euros)|(?<=EUR)|(?<=,-))\s*[,;]\s+"
                         r"(?=[^\W\d][^,:;\n]{2,40}:\s*\S)")


# a heading that names a member of the board other than the contact ("4. Penningmeester", "Trésorier(e)"), or
# a second person ("Tweede contactpersoon (secretaris)", "Second contact (treasurer)")
# the words of a label that asks the contact, whoever's lines stand above it ("Verantwoordelijke voor dit
# project" under "Voorzitter: Dirk Vanhee")
_CONTACT_WORD = re.compile(r"(?i)contact|aanspreek|verantwoordelijke|responsable|porteur|trekker|co[öo]rdinat|"
                           r"r[ée]f[ée]rent|charg[ée]e?(?:\(e\))? du dossier|en charge du|dossierbeheerder")
_BOARD_HEADING = re.compile(
    r"(?i)\s*(?:\d{1,2}[.)]\s*)?(?:(?:onder|vice[- ]?)?(?:voorzit(?:ter|ster)|secretaris|penningmeester)|"
    r"(?:vice-)?pr[ée]sident(?:e|\(e\))?|secr[ée]taire|tr[ée]sori(?:er|[èe]re)(?:\(e\))?|"
    r"chair(?:man|woman|person)?|secretary|treasurer|"
    r"(?:tweede|andere|second|seconde|deuxi[èe]me|autre|other)\s+"
    r"(?:contact(?:persoon)?|persoon|personne(?: de contact)?|contact person)(?:\s*\([^()\n]{2,40}\))?)\s*:?\s*")
# "2. Het project", "3. Wie is de contactpersoon?": a form's numbered heading or question
NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
# any question's number: "3.", "3.2", "B2", "Q7." (the next question, never an answer)
QUESTION_NUMBERED = re.compile(rf"^\s*{NUMBER_MARK}\s+\S")
# the contact's heading after a board member's lines ("Contactpersoon voor dit dossier (indien ...):")
_CONTACT_HEADING = re.compile(r"(?i)\s*(?:\d{1,2}[.)]\s*)?(?:contactpersoon|contact\b|personne\s+[àa]\s+contacter|"
                              r"aanspreekpunt|aanspreekpersoon|r[ée]f[ée]rent)")
# a board role alone as a line's label, the person's name after its colon (only with the colon: "Voorzitter,
# Dorpsraad Hoogstade" signs a letter)
_ROLE_ALONE = re.compile(r"(?i)\s*(?:de\s+|le\s+|la\s+)?(?:voorzit(?:ter|ster)|pr[ée]sident(?:e|\(e\))?|"
                         r"chair(?:man|woman)?|secretaris|penningmeester|secr[ée]taire|tr[ée]sori(?:er|[èe]re)(?:\(e\))?|"
                         r"treasurer|secretary)\s*")
_PERSON_FIELDS = frozenset({"contact_name", SURNAME_FIRST, FIRST_NAME, REPRESENTATIVE, "phone", "email"})


_CELL_LABEL = re.compile(r"\t(?=(?P<label>[^\W\d][^\t:]{1,40}?)\s*:)")


def _labelled_cells(line: str) -> list[str]:
    """"Code postal : 59299<tab>Commune : Boeschepe": two boxes of a row read by OCR, each with its label,
    as two lines. Only where a whole known label follows the tab ("Titel<tab>Buurtfeest en enquête: wat
    wil ons dorp?" is one answer)."""
    cuts = [match.start() for match in _CELL_LABEL.finditer(line) if label_alone(match.group("label")) is not None]
    if not cuts:
        return [line]
    return [line[start:end].strip("\t") for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True)]


# the dotted leader (or the wide gap) that ends one box's answer before the next box's "Label:" on one line
_GAP_BEFORE_LABEL = re.compile(r"(?:[ \t]*(?:[._…][ \t]?){4,}[ \t]*|[ \t]{3,}|[ \t]*\t[ \t]*)"
                               r"(?=(?P<label>[^\W\d][^\t:\n]{1,60}?)\s*:)")


# a contact's short label after one space, as a PDF's text joins two boxes of a row ("Naam: Els Verhaeghe
# Tel.: 058 28 90 17", "Postcode: 8647 Deelgemeente: Reninge"): capitalised, as a label starts its box
# ("Buurtcomité De Vierlinden Contactpersoon: Pieter-Jan Lauwers", "Lindenlaan 41 Functie: voorzitter", "Hilde
# Goethals Voornaam:" with its box left empty)
_SPACE_BEFORE_LABEL = re.compile(r"(?<=\S) +(?=(?P<label>[A-ZÀ-Ý][^\t:\n]{1,25}?)\s*:(?:[ \t]*\S|[ \t]*$))")
_SHORT_LABELLED = frozenset({"phone", "email", "postcode", "municipality", "contact_name", FIRST_NAME})


def _short_box_label(label: str) -> bool:
    """A label one space after an answer may start the next box with: a contact's short one, or another box's."""
    return label_alone(label) in _SHORT_LABELLED or is_other_label(label)


def _gapped_cells(line: str) -> list[str]:
    """"Telefoon / GSM: 0495 36 14 06 ........    E-mail: jan@example.org": two boxes of a form typed over
    dotted lines, as two lines. Only where a whole label follows the leader or the gap, or a contact's
    short label one space after an answer."""
    cuts = [match.end() for match in _GAP_BEFORE_LABEL.finditer(line)
            if label_alone(match.group("label")) is not None or is_other_label(match.group("label"))]
    if not cuts and _LABEL_LINE.match(line):
        cuts = [match.end() for match in _SPACE_BEFORE_LABEL.finditer(line)
                if _short_box_label(match.group("label")) and match.start() > line.find(":")]
    if not cuts:
        return [line]
    return [line[start:end] for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True)]


# "Nom du collectif ........ Collectif Hondschoote à vélo", "Code postal ..... 59122      Commune ..... Hondschoote",
# "Téléphone ....... 03 28 42 19 37 Courriel ... s.lefebvre@example.net": a dotted leader instead of a colon
_LEADER_RUN = re.compile(r"[ \t]*(?:[._…][ \t]?){3,}[ \t]*(?=[^\s._…])")
_LABEL_WORDS = 6  # a label before a leader has at most this many words


def leaders_as_colons(text: str) -> str:
    """Each whole label followed by a dotted leader written as "Label: " (after a tab, where the line's words
    before it are another box's answer): the line the label rules read. A leader after anything else (a
    sentence's "...", a cost line's words) is left as it is."""
    lines: list[str] = []
    for line in text.split("\n"):
        pieces: list[str] = []
        last = 0
        for leader in _LEADER_RUN.finditer(line):
            words = line[last:leader.start()].split(" ")
            whole = " ".join(words).strip()
            if whole.endswith(":") or whole.count("(") > whole.count(")"):
                # "Naam organisatie: ____Dorpsraad Stavele____": the colon is there; "(association, collectif...)":
                # an ellipsis in the label's brackets
                pieces.append(line[last:leader.end()])
                last = leader.end()
                continue
            if not last and whole and ":" not in whole and match_label(whole) is not None \
                    and len(words) <= 2 * _LABEL_WORDS:
                # at the line's start, a label with words of its own ("Montant sollicité (appel à projets ...)")
                pieces.append(f"{whole}: ")
                last = leader.end()
                continue
            for size in range(min(_LABEL_WORDS, len(words)), 0, -1):
                tail = " ".join(words[-size:]).strip()
                if tail and (label_alone(tail) is not None or is_other_label(tail)):
                    head = " ".join(words[:-size]).rstrip()
                    pieces.append(f"{head}\t{tail}: " if head else f"{tail}: ")
                    break
            else:
                pieces.append(line[last:leader.end()])
            last = leader.end()
        lines.append("".join(pieces) + line[last:])
    return "\n".join(lines)


def pairs_in_cell(cell: str) -> list[str]:
    """"Goethals Voornaam: Hilde": a box's answer, then the next box's label and answer, in one table cell (a row
    of a form laid out with spaces) as cells of their own, ["Goethals", "Voornaam:", "Hilde"]; only at a
    contact's short label or another's ("Functie:"), capitalised as a label starts its box."""
    for match in _SPACE_BEFORE_LABEL.finditer(cell):
        label = match.group("label")
        if _short_box_label(label):
            head, _, rest = cell[match.end():].partition(":")
            return [cell[:match.start()].strip(), f"{head.strip()}:", *([rest.strip()] if rest.strip() else [])]
    return [cell]


def from_label_lines(harvest: Harvest, text: str, call: CallDefinition) -> None:
    """"Gevraagd bedrag: € 9.500" lines; a value may sit on the next line, a summary may run on."""
    # "Montant total du projet : 7.000 €, montant demandé : 2.500 €": two labelled values on one line
    lines = [cell for line in text.split("\n") for piece in _TWO_LABELS.split(line) for part in _labelled_cells(piece)
             for cell in _gapped_cells(part)]
    index = 0
    board_member = False  # the lines under "4. Secretaris" are that person's, not the contact's
    persons = PersonsRows()  # the phone line under "Voorzitter – Naam: ..." is the chair's
    while index < len(lines):
        match = _label_line(lines[index])
        index += 1
        if _BOARD_HEADING.fullmatch(lines[index - 1]):
            board_member = True
            continue
        if board_member and _CONTACT_HEADING.match(lines[index - 1]):
            # "Contactpersoon voor dit dossier (indien verschillend van de voorzitter):" after the chair's lines:
            # the lines below are the contact's, however long the heading (no label's length)
            board_member = False
            persons.end()
        if match is None and NUMBERED.match(lines[index - 1]):
            board_member = False  # the next question
            persons.end()
        if not match or (index > 1 and _mid_sentence(lines[index - 2]) and label_alone(match.group("label")) is None):
            # "... Iedereen uit het / dorp kan mee nadenken: we hangen ...": a hard-wrapped sentence (a page
            # read by OCR, a mail wrapped at 72 columns) whose next line starts with a word that is a label
            continue
        raw_label, raw_value = match.group("label"), match.group("value").strip()
        cells = raw_label.split("\t", 1)
        if len(cells) == 2 and label_alone(cells[0]) is not None:
            # "Titel van het project<tab>Buurtfeest en enquête: wat wil ons dorp?": a whole label in a cell of
            # its own (a row read by OCR), so the colon is the answer's
            raw_label, raw_value = cells[0], lines[index - 1].split("\t", 1)[1].strip()
        opened = raw_label.rfind("(")
        if opened != -1 and ")" not in raw_label[opened:] and (found := label_at_start(raw_label[:opened])):
            # "Coût total 6 000 (autofinancement : 1 000 €)": the colon is the bracket's, whose amount is another
            # one's; the value is what stands between the label and the bracket
            if found[1].strip():
                add_value(harvest, found[0], found[1].strip(), LABEL, CONFIDENCE[LABEL] - 0.15, call)
            continue
        label, value = hint_to_label(raw_label, raw_value)
        if _ROLE_ALONE.fullmatch(label) and value:
            # "Voorzitter: Stefaan Delanghe", "Secrétaire : Isabelle Bollaert – 06 45 ...": a board member's name,
            # phone and e-mail, and the lines after it theirs too ("Tel.:", "E-mail voorzitter:"); which of them
            # is the contact is said elsewhere (a contact's label, the mail's sender), not by the role
            board_member = True
            persons.end()
            continue
        label = persons.label(label)
        field_name = name_for_label(label, harvest)
        if field_name is None:
            continue
        if value.endswith(":") and match_label(value[:-1]) is not None:
            continue  # "Organisatie: Initiatiefnemer:": two labels side by side, their answers under them
        if board_member and field_name in _PERSON_FIELDS and not (field_name == "contact_name"
                                                                  and _CONTACT_WORD.search(label)):
            continue  # the treasurer's name and phone under their heading (not "Personne à contacter")
        board_member = False
        if index < len(lines) and ((re.search(r"[«“„]", value) and not re.search(r"[»”]", value)) or (
                field_name == SUBJECT and _subject_tail(lines[index], long_line=len(lines[index - 1]) >= 75))):
            # a PDF wraps a long subject line: "Objet : ... « Étude de faisabilité / d'une épicerie »",
            # "Betreft: projectoproep '...' – Dorpskrant en website / Ramskapelle"; a hand or a narrow page
            # wraps a short one, its tail starting small ("... - Speelweide De Kerselaar / opfrissen")
            value = f"{value} {lines[index].strip().lstrip('-–— ')}"
            index += 1
        if field_name == "summary" or (not value and index < len(lines)):
            # continuation lines until a blank line or the next label
            extra: list[str] = []
            while index < len(lines) and lines[index].strip() and not _is_label_line(lines[index]) \
                    and not NUMBERED.match(lines[index]) and not _BOARD_HEADING.fullmatch(lines[index]):
                # an empty box's next line is its value, unless it is the next question or heading
                extra.append(lines[index])
                index += 1
                if field_name != "summary":
                    break
            value = "\n".join([value, *extra]).strip()
        # the group's registered seat ("Maatschappelijke zetel:", "Siège social :") is SEAT_ADDRESS (name_for_label):
        # the address under the signature ("Adres: ...") is where the contact is reached, and wins over it
        add_value(harvest, field_name, value, LABEL, label_sureness(label, field_name, CONFIDENCE[LABEL]), call)


_LONG_LABEL = 100  # a label with its hint and its condition ("Voorzitter (naam, tel.) - indien niet de ...")


def without_board_members(text: str) -> str:
    """The text without the "Label: value" lines under a heading that names another member of the board
    ("4. Secretaris" / "Naam en voornaam: Rita Maes" / "Telefoon / GSM: 0473 ..."): that person's name and
    phone are not the contact's."""
    kept: list[str] = []
    board_member = False
    for line in text.split("\n"):
        if _BOARD_HEADING.fullmatch(line):
            board_member = True
            continue
        board_member = board_member and bool(_LABEL_LINE.match(line)) and not NUMBERED.match(line)
        label, colon, _ = line.partition(":")
        if colon and len(label) <= _LONG_LABEL and (names_a_second_person(label) or (
                not_the_contact(label) and whose(label) in (REPRESENTATIVE, OTHER_PERSON))):
            # "Voorzitter (naam, tel., e-mail) - indien niet de contactpersoon: Marie-Thérèse Ryckebusch, 03 ...",
            # "Tweede contactpersoon (naam, tel.): ...": another person's line, the form says so (a bare
            # "Secrétaire : Isabelle Bollaert – 06 ..." may be the contact's own)
            continue
        if not board_member:
            kept.append(line)
    return "\n".join(kept)


# a wrapped line's tail starts with a small letter (OCR may read a hyphen before it), and is no greeting
_SMALL_START = re.compile(
    r"[-–—]?\s*(?!(?:geachte|beste|dag|hallo|goeiedag|goedendag|goedemiddag|goedemorgen|madame|monsieur|mesdames|"
    r"messieurs|bonjour|bonsoir|ch[èe]re?s?|dear|hello|hi|in\s+bijlage|bijlagen?|zie|t\.?a\.?v|per|met|mvg|"
    r"ci-joints?|pi[èe]ces?|[àa]\s+l['’]attention|veuillez|voici|hierbij|enclosed|attached)\b)(?=[a-zà-ÿ])"
    r"(?!\S+(?:\s+\S+){4})")  # and four words at most


def _subject_tail(line: str, *, long_line: bool) -> str | None:
    """``line`` as the tail of a subject line wrapped above it (without a dash OCR read before it): after a
    ``long_line`` any short line that ``_continues``; after a short one, only one that starts small."""
    if _continues(line) and (long_line or _SMALL_START.match(line)):
        return line.strip().lstrip("-–— ")
    return None


def _continues(line: str) -> bool:
    """A wrapped line's tail: short, no label, no greeting ("Beste Jonas,"), no date."""
    stripped = line.strip()
    return (0 < len(stripped) <= 50 and ":" not in stripped and not stripped.endswith(",")
            and not re.search(r"\d{1,2}[./-]\d{1,2}|@", stripped) and len(stripped.split()) <= 6)


# the fields whose answer is never two letters or digits ("Lo" is a place, "12" a house number, "B" a box)
_NEVER_TWO_LETTERS = frozenset({"organisation", "contact_name", "project_title", "address", "email"})


def _ocr_crumb(line: str) -> bool:
    """A line OCR made of a speck or a box's border ("et", "|", "_-"): under two letters or digits."""
    return len(re.findall(r"[^\W_]", line)) <= 2


def _mid_sentence(line: str) -> bool:
    """A long line of prose that stops mid-sentence: the next line goes on with it."""
    stripped = line.rstrip()
    return len(stripped) >= 50 and "\t" not in stripped and stripped[-1:].isalpha() and ":" not in stripped


def _title_with_colon(field: str, line: str) -> bool:
    """A title with a colon of its own under its label ("Samen op weg: vervoer voor minder mobiele
    dorpsgenoten", "Le Relais : un café associatif"): two words or more before the colon that are no label."""
    head = line.split(":", 1)[0].strip()
    return field == "project_title" and len(head.split()) >= 2 and label_alone(head) is None \
        and not is_other_label(head) and match_label(head) is None


# a form's word to whoever fills it in, printed above a caption where an answer would stand ("Schrijf in
# drukletters. Eén cijfer per vakje.", "Indiquez ici la personne que nous pouvons joindre ...")
_INSTRUCTION = re.compile(r"(?i)(?:schrijf|vermeld|vul|gelieve|geef|noteer|kruis|omcirkel|indiquez|précisez|"
                          r"écrivez|remplissez|veuillez|merci\s+d[e']|cochez|mentionnez|entourez|please|write|"
                          r"fill\s+in)\b.*[.:]$")


CAPTION_ABOVE = 0.75  # a value read as the answer of the caption under it in a form that also has labels over


def _answer_over_caption(value: str) -> bool:
    """A line that may be the answer a caption under it names: no label, labelled line, question, form's
    instruction or numbered question of its own."""
    return label_alone(value) is None and not _LABEL_LINE.match(value) and not value.endswith("?") \
        and not _INSTRUCTION.match(value) and not QUESTION_NUMBERED.match(value)


def _caption_s_line(lines: list[str], index: int, whole: str, following: str) -> str:
    """The line above a whole label, when the label is a caption under it: nothing answers the label below
    (the next line is another label, a numbered question, or none), the line above is a value (no label, no
    question, no instruction) of the label's kind, and the line above that is no label whose answer it is."""
    if whole in (BUDGET_TABLE, "summary", BARE_AMOUNT) or index < 1:
        return ""
    if following and label_alone(following) is None and not QUESTION_NUMBERED.match(following):
        return ""
    value = lines[index - 1]
    if not _answer_over_caption(value) or value.endswith(":") or "\t" in value or fits(whole, value) < 0 \
            or is_other_label(value):
        return ""
    if index >= 2 and (label_alone(lines[index - 2]) is not None or lines[index - 2].endswith(("?", ":"))):
        return ""
    return value


def from_unmarked_label_lines(harvest: Harvest, text: str, call: CallDefinition, *, prefix: bool = True) -> None:
    """"Commune Bergues": a whole label at a line's start, then its value, with no colon between; or a
    label alone on its line and the value on the next ("Commune" / "Bergues": OCR read the columns apart).

    Only for text whose tables lost their columns (OCR): in typed prose a line may start with a word
    that is also a label ("Project ..."), so these rank just below a "Label:" line."""
    lines: list[str] = []
    wrapped: list[bool] = []  # the line goes on with a sentence the line right above it left unfinished
    after_blank: list[bool] = []  # a blank line stands above it
    in_rows: list[bool] = []  # a table's row, its cells parted by tabs (an empty cell's tab included)
    above = ""
    for raw_line in text.split("\n"):
        if raw_line.strip():
            lines.append(raw_line.strip())
            in_rows.append("\t" in raw_line)
            # (not a row of a table: "Nom de l'association Association X<tab>" under a long title is a cell)
            wrapped.append(bool(above) and _mid_sentence(above) and label_at_start(above) is None
                           and "\t" not in raw_line)
            after_blank.append(not above)
        above = raw_line.strip()
    prefixed: list[tuple[str, str, bool]] = []  # (field, value, the label is a whole cell before a tab)
    under = not prefix and captions_under(lines)
    for index, line in enumerate(lines):
        if _LABEL_LINE.match(line):
            continue  # a "Label: value" line is read by from_label_lines
        if under and (whole := label_alone(line)) is not None and not line.endswith("?"):
            # "Amicale laïque de Gravelines" / "Nom de la structure": the caption under its line; a question
            # ("Que voulez-vous faire ?") still asks above its answer
            value = lines[index - 1] if index else ""
            if whole not in (BUDGET_TABLE, "summary", BARE_AMOUNT) and value and _answer_over_caption(value):
                add_value(harvest, whole, value, LABEL, CONFIDENCE[LABEL] - 0.1, call)
            continue
        if prefix and (label_row(line) is not None or person_part(line) is not None):
            continue  # a row of labels, a person's label and the part of the name it asks: parsers.ocr_rows
        whole = label_alone(line)
        # "Subvention Partons 2.0 sollicitée": the programme's number is no answer to its label
        found = _longest_label_at_start(without_programme_version(line, call)) if whole is None else None
        if found is not None and found[1] and label_alone(_WHOSE.sub("", found[1])) is not None:
            # "Adres contactpersoon": a label naming the field and whose it is, not a label and its value
            whole, found = found[0], None
        if whole is not None and wrapped[index] and (line[:1].islower() or line.endswith(".")):
            # "... L'école, le club des aînés et les jeunes sont déjà associés au / projet.": the tail of a
            # sentence the line above left unfinished, not a label alone (a label starts upper case and
            # has no full stop)
            continue
        if whole is not None:
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if prefix and whole in _NEVER_TWO_LETTERS and _ocr_crumb(following) and index + 2 < len(lines):
                following = lines[index + 2]  # "et": a bit of the answer box's border read as letters
            # in a picture of a form, a row of two cells under a label alone is a row of its own, its label misread
            # ("Naam vereniging / groep" over "Let<tab>KATRIEN VANDAMME")
            # a bare "Bedrag" alone on its line may head a budget's column: only "Bedrag: ..." or a row says whose
            # "Nom de l'association" / "Association Vivre à Winnezeele": an answer may start with its own label's
            # word; "Intitulé du projet" / "Boîte à livres ...": a house number's or box's word without a number
            # after it is no label
            starts = label_at_start(following)
            if whole not in (BUDGET_TABLE, "summary", BARE_AMOUNT) and following and label_alone(following) is None \
                    and (starts is None or starts[0] == whole or (
                        starts[0] in (HOUSE_NUMBER, BOX_NUMBER) and not re.match(r"\W*\d", starts[1])
                        and "\t" not in following and label_at_start(starts[1]) is None)) \
                    and (not _LABEL_LINE.match(following) or _title_with_colon(whole, following)
                         or whole == GROUP_PRESENTED) \
                    and not _is_label_line(following) \
                    and not (prefix and "\t" in following) \
                    and not (not prefix and in_rows[index] and index + 1 < len(lines) and in_rows[index + 1]
                             and _row_of_its_own(lines[index + 1])) \
                    and not (prefix and misread_label(following) is not None) \
                    and not QUESTION_NUMBERED.match(following) and not _INSTRUCTION.match(following) \
                    and not is_other_label(following) \
                    and not ("\t" in following and is_other_label(following.split("\t")[0])) \
                    and not (whole == "organisation" and _is_place_line(following)):
                # "Type of applicant" under a label: the next label, and so is a row that starts with one
                # ("Association / collectif" left empty over "Statut<tab>particulier"); a letterhead's
                # "vereniging (association loi 1901)" over its street: the group's kind, not a label, and a
                # street is no group's name; in a picture of a form, the next label misread ("Wel van het
                # project" for "Doel ...") is no answer; a title may have a colon of its own; a typed table's row
                # whose box holds a placeholder ("Naam van de organisatie<tab>[naam vereniging]") has the next
                # row under it, never its answer
                if whole in AMOUNT_FIELDS and _budget_lines_under(lines, index + 1):
                    # "Wat kost het?" over its budget's lines ("Tuinmateriaal en bakken   1.650,00 euro", ...):
                    # the first line is one cost, the total is the list's own "Totaal" line
                    continue
                if whole in ("contact_name", FULL_ADDRESS) and not prefix:
                    # "Wie is de contactpersoon? (naam, adres, telefoon, e-mail)" answered a line each; "Quelles
                    # sont les coordonnées de la personne de contact ?" answered so, its first line a name
                    following = _answer_lines(lines, index + 1)
                    if whole == FULL_ADDRESS and following != lines[index + 1] \
                            and looks_like_person(lines[index + 1]) and not re.search(r"[\d@]", lines[index + 1]):
                        whole = "contact_name"
                add_value(harvest, whole, following, LABEL, CONFIDENCE[LABEL] - 0.1, call)
            elif not prefix and (above := _caption_s_line(lines, index, whole, following)):
                # a form mixing labels over their answers with captions under them ("98 chemin des Prés" /
                # "Q6. Adresse (n°, voie)" / "Q7. CP"): a label with nothing under it names the line above,
                # when no label above claims that line; to check, as the layout is inferred
                add_value(harvest, whole, above, LABEL, CAPTION_ABOVE, call)
            continue
        if found is None or found[0] in (BUDGET_TABLE, "summary", BARE_AMOUNT) or not found[1]:
            continue
        celled = "\t" in line and label_alone(line.split("\t")[0]) is not None
        if "\t" in line and not celled:
            # a row of cells: a label is a whole cell ("Organisatie bewonersavond<tab>340,00" is a cost). In a
            # picture of a form the cell may be a label with a few words more ("Nom et prénom du référent"),
            # as after a colon
            head, _, rest = line.partition("\t")
            matched = match_label(head) if prefix and rest.strip() else None
            if matched is None or matched[0] in (BUDGET_TABLE, "summary", BARE_AMOUNT):
                continue
            found = (matched[0], rest.strip())
        if found[0] in ("organisation", "contact_name") and (_FIRST_PERSON.search(found[1]) or (
                found[1][:1].islower() and not _NAME_PARTICLE.match(found[1]) and "\t" not in line)):
            # "Namens Oudercomité Lo-Reninge stel ik graag ...", "Contactpersoon voor dit project is meester ...":
            # a sentence, read by the prose rules (a name starts with a capital, or a particle: "van Acker")
            continue
        if found[0] not in (*AMOUNT_FIELDS, OWN_SHARE) and _ENDS_IN_AMOUNT.search(found[1]) \
                and not (found[0] == "phone" and find_phones(found[1])):  # "0473/51.14.57" ends as cents do
            continue  # "Organisatie bewonersavond 90,00": a budget line whose first word is a label's
        if wrapped[index] and not (
                found[0] == "project_title" and _quoted_title(found[1], at_start=True) is not None):
            # "... De totale kostprijs van het / project bedraagt 8.200 euro": a wrapped sentence, though
            # one that goes on "projet « Étude de faisabilité »" still names the title in its quotes
            continue
        value = _unmarked_value(found[0], line, found[1])
        cells = [cell for cell in line.split("\t")[1:] if cell.strip()]
        if prefix and found[0] in (*AMOUNT_FIELDS, OWN_SHARE) and len(cells) > 1 \
                and parse_amount(cells[-1]) is not None and all(len(cell.strip()) <= 2 for cell in cells[:-1]):
            # "GEVRAAGD BEDRAG<tab>5<tab>€ 6.500,00": a speck between the label and its amount read as a digit
            value = cells[-1]
        if found[0] == SUBJECT and index + 1 < len(lines) and not after_blank[index + 1] \
                and (tail := _subject_tail(lines[index + 1], long_line=False)):
            # "Betreft projectoproep '...' - Straatmeesters in / - onze wijk": a subject whose colon OCR lost,
            # wrapped short by a hand, its tail starting small (not a long line's: without the colon, the
            # next line's "Madame la Présidente" is as likely)
            value = f"{value} {tail}"
        prefixed.append((found[0], value, celled))
    # typed text: only a block of such lines is a form whose columns were lost (an HTML table in a mail);
    # one line that starts with a label's word is more likely a sentence ("Projet de jardin ...")
    # a whole label in a cell of its own before a tab ("Adres<tab>Vleterenstraat 72" in a letter's contact block) is
    # laid out as a label, not a sentence's first word, and as sure as one with a colon
    block = prefix or len(prefixed) >= 3
    for name, value, celled in prefixed:
        if block or celled:
            add_value(harvest, name, value, LABEL, CONFIDENCE[LABEL] - (0.05 if prefix or celled else 0.1), call)


_LABEL_AT_START = 6  # words at most of a whole label at a line's start ("Titre de l'initiative", "Portable président")


def _longest_label_at_start(line: str) -> tuple[str, str] | None:
    """``label_at_start``, the label as long as a whole label of its own goes: "Titre de l'initiative Jardin
    partagé" is the title's label and "Jardin partagé", "Portable président 06 ..." the chair's phone. The label's
    words go on in small letters within the line's first cell ("Nom et prénom du référent<tab>Benoît ...")."""
    found = label_at_start(line)
    if found is None:
        return None
    known = len(line[:len(line) - len(found[1])].split())
    cell = line.split("\t", 1)[0]
    spans = [match.span() for match in re.finditer(r"\S+", cell)]
    # (a bracketed hint after it is the label's too, left to the hint rules: "Naam initiatiefnemer (vereniging, ...")
    reach = next((index for index, (start, _) in enumerate(spans) if index and not cell[start].islower()),
                 len(spans))
    for size in range(min(_LABEL_AT_START, reach, len(spans) - 1), known, -1):
        named = label_alone(cell[:spans[size - 1][1]])
        rest = line[spans[size - 1][1]:].strip()
        if named is not None and not rest.startswith("("):
            return named, rest
    return found


_NAME_PARTICLE = re.compile(r"(?:van|vanden|vander|de|den|der|le|la|du|des|d['’]|t['’]|vzw|asbl)\b")
_FIRST_PERSON = re.compile(r"(?i)(?:^|\s)(?:ik|wij|we|je|j['’]|nous|i)(?=\s|$)")


def in_first_person(text: str) -> bool:
    """The words are a writer's sentence ("... dien ik graag ons project in"), not a label's answer."""
    return _FIRST_PERSON.search(text) is not None


_ENDS_IN_AMOUNT = re.compile(r"(?i)\d[.,]\d{2}\s*(?:€|eur\w*)?\s*$|\d\s*(?:€|eur|euros?)\s*$")

_ORG_HEAD_WORDS = frozenset({"association", "vereniging", "vzw", "asbl", "comite", "collectif", "club", "cercle",
                             "amicale", "buurtcomite", "wijkcomite", "dorpsraad", "feitelijke"})

# "Adresse du contact", "Adres van de contactpersoon": the words that say whose field a label asks for
_WHOSE = re.compile(r"(?i)^(?:du|de la|de l['’]|des|de|van de|van het|van|of the|of)\s+")


def _label_alternatives(line: str) -> bool:
    """Labels offered as alternatives in words ("Nom du groupe ou de l'association", "Naam van de groep of
    vereniging"): each part a label, read with the article the "or" leaves before it."""
    parts = re.split(r"\s+(?:ou|of|or)\s+", line.strip())
    return len(parts) >= 2 and all(
        label_alone(re.sub(r"(?i)^(?:de\s+l['’]|du\s+|des\s+|de\s+la\s+|de\s+|d['’]|l['’]|la\s+|le\s+|van\s+de\s+|"
                           r"van\s+het\s+|het\s+|een\s+)", "", part)) is not None for part in parts)


def _labels_only(line: str) -> bool:
    """A line of labels offered together ("Naam vereniging / voorzitter", "Nom / prénom du président"): each
    part a label, read right or one slip off."""
    parts = [part for part in line.split("/") if part.strip()]
    return len(parts) >= 2 and "\t" not in line and all(
        label_alone(part) is not None or misread_label(part) is not None for part in parts)


def _unmarked_value(name: str, line: str, value: str) -> str:
    """The value of a "Label value" line, where the label's word may belong to the value: "Association
    Bray-Dunes Plage pour tous" is an organisation's whole name, "projet intitulé « La plage »" a title
    in quotes."""
    label = line[:len(line) - len(value)].strip(" :")
    if name == "organisation" and "\t" not in line and looks_like_organisation(line) and (
            not looks_like_organisation(value)
            or (ORG_WORD.fullmatch(label) is not None and not fold(value).startswith(fold(label)))):
        return line  # "Association" is the label's word and the name's first word
    if name == "organisation" and fold(line).split()[0] in _ORG_HEAD_WORDS and "\t" not in line \
            and fold(value).split()[0] not in _ORG_HEAD_WORDS:
        return line  # "Association loi 1901 Les Amis de West-Cappel": the word is the name's first
    if name == "project_title" and (quoted := _quoted_title(value)) is not None:
        return quoted
    if name == "organisation":
        # "namens de Vrienden van de Bib Lo": the sentence's article in small letters is no part of the name
        return _SMALL_ARTICLE.sub("", value)
    return value


_SMALL_ARTICLE = re.compile(r"^(?:de|het|la|le|les|l['’])\s*(?=[A-ZÀ-Ý])")


def _is_label_line(line: str) -> bool:
    """"Label: value", or a whole label in a cell of its own before a tab ("Personne de contact<tab>...", a row
    read by OCR or a table's text)."""
    match = _LABEL_LINE.match(line)
    head, tab, _ = line.partition("\t")
    return bool(match and match_label(match.group("label"))) or bool(tab and label_alone(head) is not None)


# each kind of quote closed by its own mark, so an apostrophe inside double quotes or guillemets stays part
# of the title ("Buddy's voor nieuwkomers", « Le chemin vert d'Uxem »)
_PAIRED_QUOTES = re.compile(
    r"«\s*(?P<g>[^«»\n]{3,90}?)\s*»|[“„]\s*(?P<c>[^“”„\"\n]{3,90}?)\s*[”“\"]|\"\s*(?P<d>[^\"“”\n]{3,90}?)\s*[\"”]"
    r"|[‘‚]\s*(?P<s>[^‘’\n]{3,90}?)\s*’(?![\w])|'\s*(?P<a>[^'\n]{3,90}?)\s*'(?![\w])")


def _quoted_title(text: str, *, at_start: bool = False) -> str | None:
    """The first quoted phrase in ``text`` (only at its start with ``at_start``)."""
    match = _PAIRED_QUOTES.match(text) if at_start else _PAIRED_QUOTES.search(text)
    if match is None:
        return None
    return next(value for value in match.groups() if value is not None).strip()


_REPLY_PREFIX = re.compile(r"(?i)^(?:\s*(?:re|fw|fwd|tr|aw|wg|antw|doorst|réf|ref)\s*(?:\[\d+\])?\s*:\s*)+")
# what a subject says besides the title: "Projectaanvraag", "Candidature", "Dossier Partons 2.0" ...
_SUBJECT_WORDS = re.compile(
    r"(?i)^(?:(?:onze|ons|notre|nouvelle|nieuwe|ingevulde?|le|la|het|de|een|une?|mon|mijn)\s+)*"
    r"(?:project\w*|projet\w*|idee\w*|idée\w*|aanvraag\w*|\w*aanvraag|kandidatuur|candidature|dossier|formulier|"
    r"call for (?:projects|proposals)|application|proposal|grant application|"
    r"formulaire|fiche|voorstel|inschrijving|subsidie\w*|steunaanvraag|demande(?: de subvention| d['’]aide)?|"
    r"subvention|appel à projets?|oproep|inzending)(?:\s+(?:voor|pour|van|de|du|à|aan|bij|in het kader van)\b)?"
    r"(?:\s+(?:de|het|la|le|l['’]|een|une?)\b)?\s*")
_SUBJECT_NOISE = re.compile(r"(?i)\b(?:partons\s*2\.0|westhoek|2019|appel à projets?|projectenoproep|"
                            r"projectoproep|leefbare dorpen(?: en buurten)?)\b")


# any opening quote, any closing one ("‘Maak werk van je buurt!\""), for quotes that do not pair (a pair is
# read as such below: in "'Maak werk van je buurt! 'Buurtfeest'" the call's closing quote was lost, the
# second opens the title); never an opening one closing: in "'Maak werk van je buurt! - “Samen tuinieren”"
# the “ opens the title
_QUOTED_ANYHOW = re.compile(r"[‘'\"“„«‚]\s*([^‘’'\"“”„«»\n]{3,60}?)\s*[’'\"”»]")


def _plain(text: str) -> str:
    """Letters and digits only, folded, one space between words: "Maak werk. van je buurt!" -> "maak werk van
    je buurt"."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


_CALL_IN_BRACKETS = re.compile(r"\s*\(([^()]{3,60})\)\s*$")


TITLE_WORDS = 12  # a project's name may run to a dozen words ("Un city-stade ouvert à tous les enfants du village")
SHORT_TITLE = 8  # words beyond which a line is a name only when it reads cleanly (no comma, no lone letter)


# a letter's subject that is a sentence about the letter, not a name: "Vraag naar steun voor ...", "Suite à notre
# rencontre ...", "Uw vraag naar ...", "Sollicitation pour la fête ..."
_LETTER_OPENING = re.compile(r"(?i)^(?:vraag|verzoek|uitnodiging|antwoord|reactie|sollicitation|suite|r[ée]ponse|"
                             r"invitation|relance|rappel|compl[ée]ment|objet|betreft|concerne|re|tr|fw|fwd)\b")


def _reads_as_a_name(line: str) -> bool:
    """A line of a name's length; a long one only when it reads as a name: no comma, no lone letter (OCR's
    garbled call name: "Maak werk van ze buurt A, T vage Wegen terug open"), no digits, no one speaking
    ("Suite à notre rencontre du mois dernier ...") and no letter's opening word ("Vraag naar steun voor ...")."""
    words = line.split()
    if not 2 <= len(words) <= TITLE_WORDS:
        return False
    return len(words) <= SHORT_TITLE or (
        not re.search(r"[,\d]", line) and not any(len(word) == 1 and word.lower() not in "àay" for word in words)
        and not any(word.strip(".,;:!?'’").lower() in _SPEAKING | _ADDRESSED for word in re.split(r"[\s'’]+", line))
        and not _LETTER_OPENING.match(line))


_ADDRESSED = frozenset({"uw", "votre", "vos", "mijn", "mon", "ma", "mes", "nos"})


CALL_NAME_MISREAD = 0.9  # difflib's ratio from which a subject's piece is the call's name, a letter or two misread


def _names_the_call(piece: str, folded_names: set[str]) -> bool:
    """Whether a subject's piece is the call's name, as written or with a letter or two misread by OCR ("Maak
    werk van je hurt!"): no project's name is that close to it."""
    folded = fold(piece).strip(" !")
    return folded in folded_names or any(
        difflib.SequenceMatcher(None, folded, name).ratio() >= CALL_NAME_MISREAD for name in folded_names)


def title_from_subject(subject: str, call_names: Sequence[str] = (), *, plain_is_title: bool = False) -> str | None:
    """The project's name in a subject line: the quoted part, what follows "projectidee:", or the piece
    beside a generic word ("Maak werk van je buurt! - Kerktuin Wulpen", "Candidature : Jardin partagé").
    ``plain_is_title``: a letter's "Subject: Shared tool library", with no generic word at all, is the
    name (an e-mail's subject line may be anything: "Hello from Killem")."""
    folded_names = {fold(name).strip(" !") for name in call_names}
    said_call = _CALL_IN_BRACKETS.search(subject)
    if said_call is not None and subject[:said_call.start()].strip() and (
            fold(said_call.group(1)).strip(" !") in folded_names
            or not _SUBJECT_NOISE.sub("", said_call.group(1)).strip(" !.,-–")):
        # "Buurtmoestuin De Kouter (Maak werk van je buurt!)", "Les bancs de l'amitié (Partons 2.0)": the call
        # it is for, after the name
        subject = subject[:said_call.start()]
    # "projectoproep ‘Maak werk. van je buurt!" - ...": the call's name in quotes OCR read unpaired, a speck in it
    plain_names = {_plain(name) for name in call_names}
    subject = _QUOTED_ANYHOW.sub(lambda found: " " if _plain(found.group(1)) in plain_names
                                 and not _PAIRED_QUOTES.fullmatch(found.group(0)) else found.group(0), subject)
    quoted = _PAIRED_QUOTES.search(subject)
    while quoted is not None and fold(_quoted_title(quoted.group(0)) or "").strip(" !") in folded_names:
        # "projectoproep 'Maak werk van je buurt!' – Dorpskrant en website": the call's name is not the title,
        # the next quoted name may be ("projectaanvraag 'Maak werk van je buurt!' - "Speelplein 2.0"")
        subject = subject[:quoted.start()] + " " + subject[quoted.end():]
        quoted = _PAIRED_QUOTES.search(subject)
    if quoted is not None:
        with_words = _named_before_quotes(subject, quoted) if plain_is_title else None
        return with_words or _quoted_title(quoted.group(0))
    stripped = _REPLY_PREFIX.sub("", subject.strip())
    match = re.search(r"(?i)\b(?:projectidee|projet|project|idee|idée)\s*[:–-]\s*(.{3,90})$", stripped)
    if match:
        return match.group(1).strip(" .")
    # a colon before a word in lower case opens a subtitle of the name, not its piece after a generic word:
    # "Den Babbelhoek: koffie en klap in Poelkapelle"
    pieces = [piece.strip(" .") for piece in re.split(r"\s*\|\s*|\s*:(?!\s*[a-zà-ÿ])\s*|\s+[–—-]\s+", stripped)
              if piece.strip(" .")]
    if len(pieces) == 1 and plain_is_title:
        plain = pieces[0]
        opening = _SUBJECT_WORDS.match(plain)  # "Aanvraag ...", "Candidature ...": a subject, not a name
        # a year is part of many a name ("Fête des voisins 2019"); the call's words are not
        named = fold(re.sub(r"\b(?:19|20)\d\d\b", "", plain)).strip(" !") in folded_names or any(
            not noise.group(0).isdigit() for noise in _SUBJECT_NOISE.finditer(plain))
        if not (opening and opening.end()) and not named and plain[:1].isupper() and _reads_as_a_name(plain):
            return plain
    if len(pieces) < 2:
        return None
    # "Projectoproep Maak werk van je buurt – Buurtmoestuin De Kouter": a generic word before the call's name
    kept = [piece for piece in pieces
            if not _names_the_call(piece, folded_names)
            and not _names_the_call(_SUBJECT_WORDS.sub("", piece, count=1), folded_names)
            and _SUBJECT_NOISE.sub("", _SUBJECT_WORDS.sub("", piece, count=1)).strip(" !.,-–") != ""]
    groups = [piece for piece in kept if looks_like_organisation(piece)]
    introduced = [piece for piece in kept
                  if piece not in groups and (said := _SUBJECT_WORDS.match(piece)) is not None and said.end()]
    if len(kept) == 2 and len(groups) == 1 and len(introduced) == 1:
        # "Projectidee Kiosk op zondag - Harmonie De Verenigde Vrienden Wervik": the group's name beside the
        # title the subject says is the project's (not "Nouvelle adresse mail - Comité des fêtes de Killem")
        kept = [_SUBJECT_WORDS.sub("", introduced[0], count=1).strip()]
    if len(kept) != 1 or len(kept) == len(pieces):
        return None
    title = kept[0]
    # a title may run long ("Une boîte à livres et un coin lecture au cœur du village": 11 words); a long piece
    # that speaks ("Nous aimerions savoir si notre projet est éligible") is a question, not a name
    words = title.split()
    if len(words) > 10 and {fold(word.strip(",.?!")) for word in words} & _SPEAKING:
        return None
    return title if title[:1].isupper() and 1 <= len(words) <= 14 else None


# words of a sentence someone says, not of a project's name
_SPEAKING = frozenset({"ik", "wij", "we", "je", "j", "nous", "vous", "u", "jullie", "i", "is", "est", "zijn", "sommes",
                       "kan", "kunnen", "peut", "pouvons", "had", "heb", "hebben", "avons", "ai", "aimerions",
                       "voudrions", "graag", "savoir", "weten", "geweten", "si", "of", "ons", "notre", "onze"})


# the words before a quoted name that introduce it, not the title's own: "projet intitulé « ... »"
_INTRODUCING = re.compile(r"(?i)(?:\b(?:voor|pour|van|de|du|des|het|le|la|les|l['’]|d['’]|intitul[ée]e?|nomm[ée]e?|"
                          r"appel[ée]e?|genaamd|getiteld|titel|titre|called|named|titled|the|our|notre|ons|onze)|[-–—:|])\s*$")


def _named_before_quotes(subject: str, quoted: re.Match[str]) -> str | None:
    """A letter's subject that ends in a name in quotes after a few words of its own ("Objet : Café associatif
    « Chez nous »"): the title is the words and the quoted name together, as a place keeps its kind before
    its name. Not when the words are the subject's generic ones ("Candidature projet « ... »") or lead up to
    the name ("projet intitulé « ... »")."""
    if subject[quoted.end():].strip(" .!"):
        return None
    before = re.split(r"\s*[:|]\s*|\s+[–—-]\s+", _REPLY_PREFIX.sub("", subject[:quoted.start()]))[-1].strip()
    words = before.split()
    if not 1 <= len(words) <= 4 or not before[:1].isupper() or _INTRODUCING.search(before) \
            or _SUBJECT_NOISE.search(before) or _SUBJECT_WORDS.match(before) is not None:
        return None
    return f"{before} {quoted.group(0).strip()}"


def from_prose(harvest: Harvest, text: str, call: CallDefinition, *, exclude_emails: Sequence[str] = (),
               exclude_phones: Collection[str] | None = None) -> None:
    """Guesses from free text: addresses, phones, e-mails, amounts by the words around them, names.
    ``exclude_phones``: the call's own numbers, when the caller has found them in this text already."""
    confidence = CONFIDENCE[BODY]
    excluded = {address.lower() for address in exclude_emails}
    text = without_board_members(text)
    emails = [match.group(0).lower() for match in EMAIL_RE.finditer(text)]
    emails = [email for email in dict.fromkeys(emails) if email not in excluded]
    if emails:
        harvest.add("email", emails[0], BODY, confidence + 0.05 if len(emails) == 1 else confidence - 0.15)
    # the call's own number in a form's footer
    issuer = call_phones(text, call) if exclude_phones is None else exclude_phones
    phones = [phone for phone in find_phones(text) if phone[0] not in issuer]
    if phones:
        harvest.add("phone", phones[0][0], BODY, confidence + 0.05 if len(phones) == 1 else confidence - 0.1)
    _places_from_prose(harvest, text, call)
    # "Gevraagd aan Partons 2.0<tab>€ 5.500": the programme's number is no amount, though a euro follows it
    amounts_from_prose(harvest, unwrap(without_ceiling_note(without_programme_version(text, call))),
                        call.max_amount, call)
    found = len(harvest.candidates)
    _names_from_prose(harvest, text, call)
    if not any(candidate.name == "organisation" for candidate in harvest.candidates[found:]):
        # where no phrase names the writers' group nor a signature or letterhead does: the group a sentence says
        # was founded (perhaps a partner's), or the one an address spells; either to check
        founded = organisations_founded(unwrap(text))
        if founded:
            harvest.add("organisation", founded[0], BODY, 0.6)
        for email in emails if not founded else ():
            if (spelled := group_the_address_spells(text, email)) is not None:
                harvest.add("organisation", spelled, BODY, 0.6)
                break
    # "Provincie West-Vlaanderen - Partons 2.0" heading a form: the call's issuer names no applicant
    harvest.candidates[found:] = [candidate for candidate in harvest.candidates[found:]
                                  if candidate.name not in ("contact_name", "organisation")
                                  or not is_the_calls_own(str(candidate.value), call)]


# the kinds of business or group a name follows in a sentence ("ik baat café De Gouden Leeuw uit")
_KIND_BEFORE_NAME = re.compile(r"(?i)(?:caf[ée]|estaminet|brasserie|herberg|taverne|restaurant|bakkerij|"
                               r"boulangerie|boerderij|ferme|winkel|magasin|épicerie|bibliotheek|" + ORG_WORD_PATTERN +
                               r")\s+$")
_NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’-]*|de|den|der|het|van|du|des|la|le|les|l['’]|d['’]|t['’]|'t)"
_NAME_RUN = re.compile(rf"(?<![\w'’-])(?=[A-ZÀ-Ý'])(?:{_NAME_WORD}[ \t]+){{1,4}}{_NAME_WORD}(?![\w'’-])")


def group_the_address_spells(text: str, email: str) -> str | None:
    """The group whose name an e-mail address spells, as the text writes it: "degoudenleeuw.proven@example.com"
    beside "ik baat café De Gouden Leeuw uit" -> "Café De Gouden Leeuw". Only a name of two words or more that
    is a group's (its words or a kind of group before it), never a person's ("janpeeters@" is Jan Peeters)."""
    pieces = {piece for piece in re.split(r"[._+\d\s-]+", fold(email.partition("@")[0])) if len(piece) >= 6}
    if not pieces:
        return None
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        # the run may start before the name: "Sinds De Gouden Leeuw", so each tail of it is tried
        for start in range(len(words) - 1):
            name = " ".join(words[start:])
            if re.sub(r"[^a-z]", "", fold(name)) not in pieces:
                continue
            before = text[:match.start()] + " ".join(words[:start]) + (" " if start else "")
            kind = _KIND_BEFORE_NAME.search(before)
            if kind is not None:
                said = kind.group(0).strip()
                return f"{said[0].upper()}{said[1:]} {name}"
            return name if looks_like_organisation(name) and not looks_like_person(name) else None
    return None


# "Mijn adres is Bankelindeweg 66", "J'habite au 12 rue Haute", "We wonen in de Kerkstraat 5"
_LIVES_AT = re.compile(
    r"(?i)^.*?\b(?:(?:mijn|ons|het|onze)\s+adres\s+is|(?:mon|notre)\s+adresse(?:\s+est)?|j['’]habite(?:\s+au)?|"
    r"nous\s+habitons(?:\s+au)?|(?:ik|we|wij)\s+wonen?\s+(?:in|op|aan)(?:\s+de|\s+het)?|my\s+address\s+is|"
    r"(?:i|we)\s+live\s+(?:at|in)|adres|adresse|address)\s*:?\s+(?=\S)")


_DASH_APART = re.compile(r"\s+[-–—•·|]\s+")
_STREET_APART = re.compile(r"\s*[,;|/]\s*|\s+[-–—•·]\s+|\s+(?:or|of|ou)\s+(?:at|op|aan|in|au|à)\s+")


def _street_before(before: str) -> str:
    """The street just before a postcode: the whole text, or its last piece on a one-line contact
    ("Jozef Hoflack, Nieuwe Steenweg 87B, " -> "Nieuwe Steenweg 87B"; "Jan Ollevier - 8, rue Haute" ->
    "8, rue Haute", where the French comma belongs to the street)."""
    # "p/a Oude Kloosterweg 3": the care-of mark is the letterhead's, not the street's (its slash no separator)
    before = _CARE_OF.sub("", _LIVES_AT.sub("", before).strip())
    if STREET.fullmatch(before):
        # "Femma Langemark - Kasteelstraat 68": a letterhead's group before a spaced dash is no part of the
        # street, though its words would pass for a street's name
        last = re.split(_DASH_APART, before)[-1].strip()
        return last if last != before and STREET.fullmatch(last) else before
    # "... on 0496/142906 or at Vijverstraat 55": the other way to reach the writer is no part of the street
    pieces = [piece.strip() for piece in re.split(_STREET_APART, before) if piece.strip()]
    for count in (1, 2):
        if len(pieces) >= count:
            candidate = ", ".join(pieces[-count:])
            if STREET.fullmatch(candidate) and not EMAIL_RE.search(candidate) and not find_phones(candidate):
                return candidate
    return ""


def _same_street(street: str, postal_letters: str) -> bool:
    """The street's name (six letters or more, its number left out) is in the call's postal address."""
    name = re.sub(r"[\d ]+", "", fold(street))
    return len(name) >= 6 and name in postal_letters


_BEFORE_POSTCODE = " ,\t–—-·•|+_"  # between a street and its postcode on one line (OCR reads a "·" as "+")


def _after_label(line: str) -> str:
    """What a line gives before a postcode, after its label if it has one ("Adres: Kerkstraat 3"); a colon
    with nothing of a street after it is a separator ("Hogestraat 17 : 8650 Merkem", a "·" OCR'd)."""
    head, colon, rest = line.rpartition(":")
    rest = rest.strip(_BEFORE_POSTCODE)
    return rest if rest or not colon else head.strip(_BEFORE_POSTCODE)


def _places_from_prose(harvest: Harvest, text: str, call: CallDefinition) -> None:
    postal = fold(call.postal_address)
    postal_letters = re.sub(r"[\d ]+", "", postal)
    mentions = find_places(text, call)
    # the call's own address (a letter is addressed to it) is in the region, but says nothing of the
    # applicant's: a place outside the region is not passed over because of it
    any_in_region = any(mention.in_region for mention in mentions
                        if not (mention.place.postcode and mention.place.postcode in call.postal_address))
    # such a place, taken beside the call's address, is less sure than one the text gives alone: to check
    doubt = 0.1 if any(mention.in_region for mention in mentions) and not any_in_region else 0.0
    for mention in mentions:
        line_start = text.rfind("\n", 0, mention.start) + 1
        # "Mijn adres: Kerkstraat 3, 8978 Watou": the street is what follows the label
        # (a letterhead's "41 rue Principale  ·  59270 Bailleul": the separator before the postcode is none of it)
        before = _after_label(text[line_start:mention.start])
        if not before:
            # the street is on the nearest non-blank line above (HTML mails put blank lines between)
            above = [line.strip(" ,\t") for line in text[:line_start].split("\n") if line.strip()]
            before = _after_label(above[-1]) if above else ""
        street = _street_before(before)
        # the call's own postal address (letters are addressed to it) is not the applicant's, even with its
        # house number misread ("Woumenweg 190" in a photographed letter)
        if mention.place.postcode and mention.place.postcode in call.postal_address and (
                not street or fold(street) in postal or _same_street(street, postal_letters)):
            continue
        if not mention.in_region and any_in_region:
            continue
        place = mention.place
        sure = CONFIDENCE[BODY] - (doubt if not mention.in_region else 0.0)
        if street:
            harvest.add("address", street, BODY, sure)
        harvest.add("postcode", place.postcode or "", BODY,
                    postcode_sureness(place.postcode or "", place.municipality, call, sure + 0.05))
        if place.municipality:
            harvest.add("municipality", place.municipality, BODY, sure + 0.05)
        if place.country:
            harvest.add("country", place.country, BODY, sure)
        return
    # no postcode: a known municipality named after "in", "te", "à" ..., else the place a letter is dated in
    # ("Westouter, 2-04-2019", "Hazebrouck, le 23 avril 2019"), which is where the writer is, most often
    named = [(match, 0.6) for match in re.finditer(
        r"\b(?:in|te|uit|à|a|de|sur)\s+([A-ZÀ-Ý][\w'’À-ÿ-]+(?:[ -][A-ZÀ-Ý][\w'’À-ÿ-]+)?)", text)]
    named += [(match, 0.55) for match in re.finditer(
        r"(?m)^\s*([A-ZÀ-Ý][\w'’À-ÿ-]+(?:[ -][A-ZÀ-Ý][\w'’À-ÿ-]+)?),\s+(?:le\s+|den\s+)?\d{1,2}\b", text)]
    for match, sure in named:
        municipality = match_municipality(match.group(1), call)
        if municipality is not None:
            harvest.add("municipality", municipality.name, BODY, sure)
            harvest.add("country", municipality.country, BODY, sure - 0.05)
            return


_NAME = (r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
         r"(?:\s+(?:van|de|der|den|le|la|du|Van|De|Le|Vanden|Van der)?\s*[A-ZÀ-Ý][\wà-ÿ'’-]+){1,3}")
# a name written surname first, the surname in capitals ("DEQUIDT Dirk", "VAN DAMME Anne-Sophie"), as many
# people sign and introduce themselves; parsers.form_rows.join_parts turns it ("Dirk Dequidt")
_CAPITALS_FIRST = (r"[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’]+){0,2}\s+"
                   r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?")


def _capitals_first(text: str) -> bool:
    """A name written surname first in capitals, not a group's acronym and name ("KWB Vlamertinge")."""
    return bool(re.fullmatch(_CAPITALS_FIRST, text)) and not looks_like_organisation(text)


def _is_person_name(text: str) -> bool:
    """A person's whole name as a signature or a sentence writes it: given name first, or the surname first
    in capitals."""
    return bool(re.fullmatch(_NAME, text)) or _capitals_first(text)


# closing formulas; the lines under one are the writer's name and details (parsers.form_rows reads them too)
CLOSINGS = re.compile(
    # "Met sportieve groet," / "Sportivement,": a club's closing
    r"(?im)^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste|warme|sportieve|fijne)\s+groet(?:en|jes)?,?|"
    r"^\s*groet(?:en|jes)?,?\s*$|^\s*sportivement,?\s*$|^\s*(?:bien\s+)?amicalement,?\s*$|"
    r"^\s*(?:bien\s+)?cordialement,?|^\s*bien\s+à\s+vous,?|^\s*salutations\s+distinguées,?|"
    r"^\s*veuillez\s+agréer.*$|^\s*(?:mes\s+)?sincères\s+salutations,?|"
    r"^\s*(?:kind|best|warm)\s+regards,?|^\s*regards,?\s*$|^\s*yours\s+(?:sincerely|faithfully|truly),?|"
    r"^\s*sincerely,?\s*$|^\s*best\s+wishes,?|"
    r"^\s*(?:met\s+de\s+meeste\s+)?hoogachtend\w*,?|^\s*met\s+(?:de\s+meeste\s+)?hoogachting,?|^\s*mvg,?\s*$|^\s*amitiés,?|^\s*respectueusement,?|"
    r"^[^\n]*\b(?:veuillez|je\s+vous\s+prie\s+d['’])\s*(?:recevoir|agréer)[^\n]*$|"
    r"^[^\n]*(?:salutations\s+distinguées|(?:meilleures|sincères|cordiales|respectueuses)\s+salutations)[^\n]*$|"
    r"^[^\n]*\b(?:vriendelijke|hartelijke)\s+groet(?:en|jes)?[,.!]?[ \t]*$|"
    # "Merci d'avance et bonne journée,", "Nog een fijne dag,": a wish for the day closes a mail too
    r"^[ \t]*(?:(?:merci\s+(?:d['’]avance|par\s+avance|beaucoup)|alvast\s+bedankt|bedankt)\s+(?:et|en)\s+)?"
    r"(?:(?:excellente|bonne)\s+(?:journée|soirée|fin\s+de\s+journée|semaine)|"
    r"(?:nog\s+een\s+)?(?:prettige|fijne|mooie)\s+(?:dag|avond|week))[ \t]*[,.!]?[ \t]*$")
# a thank-you alone on its line closes a mail that has no other closing ("Avec mes remerciements," / the name);
# after a signature ("Cordialement, / Marie / ... / PS ... / Merci !") it is a last word, not the closing
_THANKS_CLOSING = re.compile(
    r"(?im)^[ \t]*(?:avec\s+(?:tous\s+)?mes\s+remerciements|en\s+vous\s+remerciant(?:\s+(?:par\s+)?avance)?"
    r"(?:\s+(?:de|pour)\s+votre\s+attention)?|merci(?:\s+(?:d['’]avance|par\s+avance|beaucoup))?|"
    r"met\s+dank(?:\s+bij\s+voorbaat)?|alvast\s+bedankt|bedankt(?:\s+alvast)?|dank\s+u(?:\s+wel)?(?:\s+alvast)?|"
    r"(?:many\s+)?thanks(?:\s+in\s+advance)?|thank\s+you)[ \t]*[,.!]?[ \t]*$")
# a closing OCR garbled but for its last word ("met Url endelij ke groeten,", "Bien cordlalement,"): looked for
# only where no closing is found, as a sentence may end in it too ("PS: mijn vrouw doet je de groeten.")
_GARBLED_CLOSING = re.compile(r"(?im)^[^\n]{0,30}\bgroet(?:en|jes),?[ \t]*$|^\s*(?:bien\s+)?cord\w{3,5}ment,?[ \t]*$")
_SELF_NAMED = re.compile(
    rf"(?:\b[Mm]ijn naam is|\b[Ii]k ben|\b[Jj]e m'appelle|\b[Jj]e suis|\b[Jj]e m’appelle|\b[Mm]y name is|"
    rf"\bI am|\bI['’]m)\s+"
    rf"(?P<name>{_NAME}|{_CAPITALS_FIRST})(?![\w'’-])")
# the words a title in quotes follows: "ons project “X”", "met de titel ‘X’", "le projet intitulé « X »"
_TITLE_INTRO = re.compile(
    r"(?i)(?:\b(?:project|projet|idee|idée)\w*|\btitel|\btitre|\baanvraag|\bcandidature|\bkandidatuur|"
    # a budget's heading: "begroting ‘Zomer in de Zuidhoek’", "budget « Fête des voisins »"
    r"\bbegroting|\bbudget|\bkostenraming|"
    r"\bvoorstel|\bgetiteld|\bintitulée?|\bnoemt|\bgenaamd|\bappelée?|\bheet|\btitle|\bcalled|\bentitled|"
    r"\bbaptisée?|\bgedoopt|\bdoopten|"  # "Notre projet, que les enfants ont baptisé « ... »"
    # "het grasveld omvormen tot een “Groene Speelzone Lindehoek”", "transformer la friche en « Jardin ... »"
    r"\b(?:omvormen|omgevormd|omtoveren|omgetoverd|ombouwen|omgebouwd|uitbouwen)\s+tot|\btransform(?:er|ée?s?)(?:\s+[\w'’]+){0,3}?\s+en|"
    r"\bnamed)"
    r"(?:\s+(?:heet|noemt|genaamd|intitulée?|appelée?|s['’]intitule|s['’]appelle|getiteld|luidt|is|called))?"
    # "ons projectidee voor, “X”": a word or two may come between
    r"(?:\s+(?!(?:voor|pour|for)\s+(?:de|het|l['’]|la|le|the)\s+(?:oproep|appel|call))[\w'’]+){0,2}?[\s,]*[:–-]?\s*"
    r"(?=[\"“„«‘'‚])")


_UNDERSIGNED = re.compile(rf"(?:\b[Jj]e soussignée?|\b[Oo]ndergetekende|\b[Ii]k,?)\s+(?P<name>{_NAME})")
# "Het project met als titel Kinderopvang op woensdag gaat ...", "le projet intitulé Parcours santé."
_TITLE_UNQUOTED = re.compile(
    r"(?:met als titel|met de titel|getiteld|onder de titel|intitulé|qui s['’]intitule|s['’]intitule|"
    r"que nous appelons|dat we|noemen we het|"
    # "Het project Speelstraat Zonnestraal wil ...", "Notre projet Jardin des Tilleuls vise ..."
    # "Notre projet : Un café associatif dans l'ancienne école.": after a colon too
    # on its line: "... voor het project" / "Groeten," is a sentence's end and the closing
    r"\b(?:[Hh]et|[Oo]ns|[Nn]otre|[Ll]e|[Mm]on|[Mm]ijn)\s+(?:project|projet|projectidee)(?=[ \t]*:?[ \t]+[A-ZÀ-Ý]))"
    r"[ \t]*:?[ \t]+(?P<title>[A-ZÀ-Ý][^.,;:!?\n«»\"“”]{2,70}?)"
    r"(?=\s+(?:gaat|is|wil|zal|heeft|en|bestaat|vise|consiste|a pour|est|sera)\b|\s*[.,;:!?\n]|$)")
# "Les mercredis de Bierne – Des après-midis ...": a short name, a dash, then the sentence that explains it
# (on one line: "Adres<tab>Reninge-Dorp 28" over "- Postcode + gemeente ..." is a form's two rows)
_TITLE_DASH = re.compile(r"(?m)^(?P<title>[A-ZÀ-Ý][^\n\t–:.!?]{2,60}?)[ \t]+[–—-][ \t]+[A-ZÀ-Ý][^\n]{20,}$")


def _is_place_line(line: str) -> bool:
    """A street ("Kasteelstraat 51", "8, impasse des Tilleuls") or a postcode and place ("8978 Watou")."""
    line = line.strip(" ,")
    if _LEGAL_FORM_ALONE.fullmatch(line):
        return False  # "association loi 1901": a law's year, not a street's number
    if STREET.fullmatch(line) or _POSTCODE_PLACE.match(line):
        return True
    # "Eikhofstraat 20 - 8690 Alveringem", "3 rue Haute, 59380 Bergues": the street and its place on one line
    both = _STREET_THEN_PLACE.fullmatch(line)
    return both is not None and STREET.fullmatch(both.group("street")) is not None


_POSTCODE_PLACE = re.compile(r"(?:(?:B|F|BE|FR)\s*-\s*)?\d{4,5}\s+[^\W\d]")
# the place's name capitalised: "Picknicktafels 4 1000 euro", "Week 38 2019 buurtfeest" are a budget's and a
# diary's lines
_STREET_THEN_PLACE = re.compile(r"(?P<street>.+?)(?:\s*[,–—-]\s*|\s+)(?=\d{4,5}\s+[A-ZÀ-Ý])" + _POSTCODE_PLACE.pattern
                                + r"[^\d@|]*")


def _is_name_line(line: str) -> bool:
    """A line that may hold a person's or a group's name: short, no digits, no label, no greeting."""
    # a number only in a group's name ("Association loi 1901 Les Amis de West-Cappel"), never a street's
    return (len(line) <= 70 and len(line.split()) <= 8 and not re.search(r"[@:]", line)
            and not (re.search(r"\d", line) and (_is_place_line(line) or not looks_like_organisation(line)))
            and not line.endswith(",") and not CLOSINGS.match(line) and (line[:1].isupper() or
                                                                          looks_like_organisation(line)))


# "p.a. Pieter Deschepper", "c/o Jan Peeters": the person at whose address the group is reached
_CARE_OF = re.compile(r"(?i)^(?:p\.\s?a\.|p/a|c/o|per adres|chez)\s+(?=[A-ZÀ-Ý])"
                      # "Mevr. Marleen Vanneste, Kapelhofstraat 2A": the person the letters go to, then the street
                      r"|^(?:mevr\.?|mevrouw|dhr\.?|de heer|mme|madame|m\.|monsieur)\s+[^,\d]{2,40},\s*(?=\S)")


# what a document heading says it is, after the group's name and a dash ("Buurtcomité De Zuidhoek – begroting
# ‘Zomer in de Zuidhoek’", "Comité des fêtes de Killem - budget prévisionnel")
_DOCUMENT_KIND = re.compile(r"(?i)^(?:begroting|budget|kostenraming|raming|projectidee|projectvoorstel|aanvraag|"
                            r"candidature|dossier|demande de subvention|devis)\b")


def _without_place(line: str, call: CallDefinition) -> str:
    """A letterhead's name without the place set after a dash ("Association Cassel Solidaire – Herzeele") or
    what the document is ("Buurtcomité De Zuidhoek – begroting ‘Zomer in de Zuidhoek’")."""
    name, dash, after = line.rpartition(" – " if " – " in line else " - ")
    after = after.strip()
    return name.strip() if dash and name.strip() and (
        match_municipality(after, call) is not None or _DOCUMENT_KIND.match(after)) else line


# a form's own title ("Aanvraagformulier projectenoproep ...", "Formulaire de candidature – appel à projets ..."):
# it heads the page as a group's name heads a letter, and names no group
_FORM_TITLE = re.compile(r"(?i)\b(?:\w*formulier|formulaire|application form|dossier de candidature|"
                         r"fiche (?:de )?(?:candidature|projet))\b"
                         # what the paper asks for, as its title: "Demande de soutien - initiative citoyenne",
                         # "Aanvraag projectsubsidie"
                         r"|^\s*(?:demande d['’](?:aide|appui)|"
                         r"demande de (?:soutien|subvention|financement|participation)|"
                         r"aanvraag (?:tot )?(?:project)?(?:subsidie|steun|ondersteuning|toelage))\b")


def names_a_form(line: str) -> bool:
    """The line is a form's title, not a group's name."""
    return _FORM_TITLE.search(line) is not None


# a letterhead's line that says only what kind of body the group is
_LEGAL_FORM_ALONE = re.compile(
    r"(?i)\(?\s*(?:association(?:\s+(?:(?:régie\s+par\s+la\s+)?loi\s+(?:de\s+)?1901|de\s+fait))?|feitelijke\s+vereniging|"
    r"v\.?z\.?w\.?|a\.?s\.?b\.?l\.?|vereniging\s+zonder\s+winstoogmerk|association\s+sans\s+but\s+lucratif)\s*\)?")


def _letterhead(harvest: Harvest, text: str, call: CallDefinition) -> None:
    """A letter's sender block on its first lines: the group's name, the person, their street and place.

    The block's shape says what each line is, even for a group whose name has no "vzw" or "association"
    ("Les Randonneurs de Bergues / Jean Dupont / 3 rue Haute / 59380 Bergues"); such a name is to check."""
    lines = [_without_place(_CARE_OF.sub("", line.strip()), call) for line in text.split("\n")
             if line.strip() and not set(line.strip()) <= set("_-=*. ")][:6]
    if not lines or not _is_name_line(lines[0]) or (
            "\t" in lines[0] and match_label(lines[0].split("\t")[0]) is not None) or names_a_form(lines[0]) \
            or any(fold(name).strip(" !") in fold(lines[0]) for name in call.name.values() if name.strip(" !")):
        # a form's first row ("Structure (association...)<tab>néant") or its title ("Projectidee — Maak werk
        # van je buurt! 2019") is no letterhead
        return
    second, third = [*lines, "", ""][1:3]
    if _LEGAL_FORM_ALONE.fullmatch(second):
        # "Flêtre Autrement / association loi 1901 / 22 route de Bailleul": the line over the legal form is the
        # group's name, whatever its words (a person has no legal form, though "Flêtre Autrement" reads as one);
        # not over "t.a.v. de coördinator": the block the letter is addressed to
        if not _TO_THE_TOWN.match(third):
            harvest.add("organisation", lines[0], BODY, 0.72)
        return
    if looks_like_person(lines[0]) or _capitals_first(lines[0]):
        if _is_place_line(second):
            harvest.add("contact_name", lines[0], BODY, 0.72)
        elif _is_name_line(second) and not looks_like_person(second) and _is_place_line(third):
            # "Jan Peeters / Buurtcomité Hoge Wijk / Kerkstraat 5": the person, then the group
            harvest.add("contact_name", lines[0], BODY, 0.72)
            harvest.add("organisation", second, BODY, 0.7 if looks_like_organisation(second) else 0.65)
        return
    if looks_like_organisation(lines[0]) or _town_writes(lines, text):
        harvest.add("organisation", lines[0], BODY, 0.7)
    elif ((looks_like_person(second) and _is_place_line(third)) or (
            _is_place_line(second) and re.match(r"\d{4,5}\s", third))) \
            and not (is_public_body(lines[0]) and _TO_THE_TOWN.match(second)):
        # (a town's administration over its office or a civility is the recipient's block: "Mairie de Bergues /
        # Monsieur le Maire / ...", "Stad Ieper / Dienst Burgerparticipatie / ...")
        harvest.add("organisation", lines[0], BODY, 0.65)
    if looks_like_person(second) and _is_place_line(third):
        harvest.add("contact_name", second, BODY, 0.72)


# a town's administration named alone on a line ("Gemeente Alveringem", "Mairie de Hondschoote")
_TOWN_ALONE = re.compile(r"(?i)(?:gemeente|stad|commune|mairie|ville)(?:\s+(?:de|d['’]|van))?\s*(?-i:[A-ZÀ-Ý])[\w'’-]*"
                         r"(?:[ -](?-i:[A-ZÀ-Ý])[\w'’-]*)?")
# the lines of a letter addressed to a town, not written by it; a town that passes on someone else's idea
_TO_THE_TOWN = re.compile(r"(?i)^(?:t\.?a\.?v\.?|ter attentie|[àa] l['’]attention|monsieur|madame|mevrouw|de heer|"
                          r"dhr|aan het college|dienst|service)\b")
_PASSED_ON = re.compile(r"(?i)\b(?:door(?:sturen|gestuurd|geven)|sturen\s+(?:wij|we)\s+u\b[^.\n]*\bdoor|"
                        r"transmet\w*|transmis\w*|transf[ée]r\w*|de la part d|namens (?:een|onze) (?:inwoner|burger)|"
                        r"van de heer|van mevrouw|de monsieur|de madame|d['’]un habitant|d['’]une habitante)")


def _town_writes(lines: Sequence[str], text: str) -> bool:
    """A letterhead that is a town's administration ("Gemeente Alveringem / Eikhofstraat 20 - 8690 Alveringem"):
    the name alone on its line with its street under it, not a letter addressed to the town ("Mairie de Bergues /
    Monsieur le Maire", "t.a.v. ...") nor one in which the town passes on a resident's or a group's idea."""
    return bool(_TOWN_ALONE.fullmatch(lines[0].strip()) and len(lines) > 1 and _is_place_line(lines[1])
                and not any(_TO_THE_TOWN.match(line) for line in lines[1:4]) and not _PASSED_ON.search(text))


_LEGAL_FORM = re.compile(r"(?i)[\s,]*(?:vzw|v\.z\.w\.?|asbl|a\.s\.b\.l\.?)")
# what a fuller form of a name may add before it: its article ("Les Jardiniers du Nord"), not a role or
# the sentence's words ("Au nom du ...", "référent du projet, ...")
_ARTICLES_BEFORE = re.compile(r"(?i)\s*(?:(?:les|la|le|l['’]|de|het|the|des|du|d['’])\s*){1,2}")


# the kind of group a sentence names before the group's name ("l'association Les Amis ...")
_KIND_FIRST = re.compile(r"(?i)^(?:association|vereniging|asbl|vzw)\s+(?=(?-i:[A-ZÀ-Ý]))")


# the heading of a signer's column: the one who applies, or one who only agrees with it (a mayor's "Voor akkoord")
_APPLICANT_COLUMN = re.compile(r"(?i)\b(?:aanvrager|aanvraagster|initiatiefnemer|demandeur|demandeuse|porteur|"
                               r"porteuse|contactpersoon|contact)\b|^(?:voor|namens|pour|au nom)\s+"
                               r"(?:de|het|l['’]|le|la)?\s*"
                               r"(?:vereniging|vzw|buurtcomité|dorpsraad|comité|association|asbl|collectif)")
_AGREEING_COLUMN = re.compile(r"(?i)^(?:voor akkoord|gezien|goedgekeurd|pour accord|vu|lu et approuvé|"
                              r"bon pour accord)\b|\b(?:burgemeester|schepen|maire|adjoint|directeur|directrice)\b")


def _signers_side_by_side(line: str, above: Sequence[str]) -> str | None:
    """"Hendrik Vandromme<tab>Els Casteleyn" under "Voor akkoord,<tab>De aanvrager," / "de burgemeester<tab>voor de
    dorpsraad": two signers side by side, the contact the one whose column heads it as the applicant's (or
    the other than one who only agrees); the first where the headings say neither."""
    columns = [part.strip() for part in re.split(r"\t+| {3,}", line.strip())]
    if len(columns) != 2 or not all(looks_like_person(part) for part in columns):
        return None
    for heading in reversed(above):
        cells = [part.strip() for part in re.split(r"\t+| {3,}", heading.strip())]
        if len(cells) != 2:
            break
        applies = [bool(_APPLICANT_COLUMN.search(cell)) for cell in cells]
        agrees = [bool(_AGREEING_COLUMN.search(cell)) for cell in cells]
        if applies.count(True) == 1:
            return columns[applies.index(True)]
        if agrees.count(True) == 1:
            return columns[1 - agrees.index(True)]
    return columns[0]


def _contact_lines(harvest: Harvest, text: str) -> None:
    """A letterhead or footer on one line: "Les Randonneurs de Bergues – 3 rue Haute – 59380 Bergues – 06 ..."
    names the group (or the person) first, then where to find them."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for index, line in enumerate(lines[-8:], start=max(len(lines) - 8, 0)):
        signer = _signers_side_by_side(line, lines[max(0, index - 3):index])
        if signer is not None:
            harvest.add("contact_name", signer, BODY, 0.68)
            continue
        # a sender block at the end without a closing formula: the person, their street
        # (or with a role line between: "Jean-Luc Vanhoutte / Président du Comité des fêtes de Killem / 14 rue ...")
        role_between = index + 2 < len(lines) and role_first(lines[index + 1]) and _is_place_line(lines[index + 2])
        if looks_like_person(line) and not role_first(line) and index + 1 < len(lines) \
                and (_is_place_line(lines[index + 1]) or role_between) \
                and not (index and re.search(r"[^\W\d_]$", lines[index - 1]) and lines[index - 1][:1].isupper()
                         and len(lines[index - 1].split()) > 4):
            # (not a sentence's last words carried to the next line: "... onze infoavond in / Café De Zwaan")
            harvest.add("contact_name", line, BODY, 0.68)
    for line in [*lines[:3], *lines[-8:]]:
        if _FIRST_PERSON.search(line):
            continue  # "Au nom du Comité X, je souhaite déposer ...": a sentence, read by the prose rules
        parts = split_contact_line(line)
        if parts is None or not parts.get("name") or not ({"address", "place"} & parts.keys()):
            continue
        name = parts["name"]
        if label_alone(name) is not None or is_other_label(name):
            continue  # "Apport propre / autres financements<tab>3750": a form's row, no one's name and place
        if GREETING.match(name) and not looks_like_person(name):
            # "Beste meneer Polin, ..." over a handwritten letter read as one line: whom it is written to (not
            # "Lieve Maerten, Sint-Victorplein 4": a given name that is also a greeting's word)
            continue
        if looks_like_person(name):
            harvest.add("contact_name", name, BODY, 0.7)
        elif _is_name_line(name) and len(name.split()) >= 2 and not names_a_form(name):
            harvest.add("organisation", name, BODY, 0.7 if looks_like_organisation(name) else 0.65)


# the line under a closing that says for whom the writer signs: "Pour Les Amis du Moulin,", "Voor De Zonnebloem,"
_FOR_WHOM = r"pour|voor|namens|au nom d(?:e|u|es)|on behalf of"
_SIGNED_FOR_LINE = re.compile(rf"(?im)^[ \t]*(?:{_FOR_WHOM})[ \t]+[^,;:\n]{{3,80}},[ \t]*$")
_SIGNED_FOR = re.compile(rf"(?i)(?:{_FOR_WHOM}|for)\s+(?P<org>[^,;:]{{3,80}}?)\s*,?")


def _names_a_group(name: str) -> bool:
    """A group's name after "Pour" or "Voor": a capital inside or an organisation word, not a person's name
    nor a board ("le bureau", "het bestuur")."""
    return (looks_like_organisation(name) or any(word[:1].isupper() for word in name.split()[1:])) \
        and not looks_like_person(name) and name[:1].isupper()


SAME_NAME_MISREAD = 0.85  # difflib's ratio from which two spellings of a group's name are one name, one misread
SIGNATURE_LIKE = 0.7  # difflib's ratio from which a word is a person's name signed by hand, OCR'd ("Delatire")


def _known_words(name: str, call: CallDefinition) -> int:
    """How many of a group's name's words are words such names are made of: a place of the call's region, a
    kind of group, a small word. A spelling OCR garbled has fewer."""
    return sum(1 for word in re.findall(r"[^\W\d_][\w'’-]*", name)
               if fold(word) in _NAME_SMALL_WORDS or names_a_group(word) or match_municipality(word, call) is not None)


_NAME_SMALL_WORDS = frozenset({"de", "het", "van", "der", "den", "en", "t", "le", "la", "les", "l", "du", "des", "d",
                               "et", "amis", "vrienden", "the", "of", "and"})


def _signature_of(line: str, name: str) -> bool:
    """A line that is the handwritten signature of the typed name under it: one or two words, no digits, one
    of them spelled (give or take OCR's slips) as a word of the name."""
    words = line.split()
    return 0 < len(words) <= 2 and not re.search(r"[\d@]", line) and _is_person_name(name) \
        and not _is_person_name(line) and any(
            difflib.SequenceMatcher(None, fold(word), fold(part)).ratio() >= SIGNATURE_LIKE
            for word in words for part in name.split() if len(part) >= 4)


_CLUB_CLOSING = re.compile(r"(?i)\s*(?:met\s+)?(?:warme|sportieve|fijne)\s+groet|\s*sportivement|"
                           r"\s*(?:bien\s+)?amicalement")


def _club_closing_signed_by_none(closing: re.Match[str], text: str) -> bool:
    """"Met sportieve groet, / Het bestuur", "Sportivement, / Toute l'équipe" after the letter's own signature:
    a club's farewell, not the closing a person signs under, unless a person's name follows it."""
    if not _CLUB_CLOSING.match(closing.group(0)):
        return False
    following = next((line.strip() for line in text[closing.end():].split("\n") if line.strip(" \t,.")), "")
    return not _is_person_name(_CIVILITY.sub("", following))


# "Lieve en Dirk Maerten", "Marie et Paul Lefebvre": two given names, one surname
_COUPLE = re.compile(r"(?P<first>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+(?:en|et|&)\s+"
                     r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+(?P<surname>(?:(?:[Vv]an|[Dd]e|[Dd]en|[Ll]e)\s+)*"
                     r"[A-ZÀ-Ý][\wà-ÿ'’-]+)")
COUPLE = 0.7  # under the review threshold: which of the two is the contact the letter does not say


def _names_from_prose(harvest: Harvest, text: str, call: CallDefinition) -> None:
    flowed = unwrap(text)  # sentences whole again; the signature and letterhead keep their lines
    # the last closing formula is the applicant's; earlier ones may be quoted
    closings = [found for found in CLOSINGS.finditer(text) if not _club_closing_signed_by_none(found, text)] \
        or list(_GARBLED_CLOSING.finditer(text)) or list(_THANKS_CLOSING.finditer(text))
    quoted = quoted_from(text)
    if quoted is not None and any(found.start() < quoted for found in closings):
        # a thread printed to a document: the writer's own closing, not the quoted mail's under it
        closings = [found for found in closings if found.start() < quoted]
    closing = closings[-1] if closings else None
    if closing is None:
        # "Voor De Zonnebloem Leisele, / Jan Peeters" at the end: the line is the closing
        closing = next((match for match in _SIGNED_FOR_LINE.finditer(text, max(0, len(text) - 300))), None)
    if closing is not None:
        # "salutations distinguées." : the closing's own full stop is no line of the signature
        tail = re.sub(r"^[ \t.!,;:]+(?=\n|$)", "", text[closing.end():])
        following = [_CIVILITY.sub("", line.strip()) for line in tail.split("\n") if line.strip()]
        while following and _is_label_line(following[0]):
            following = following[1:]  # "Titel: ..." between the closing and the name: a line of the form's
        following = following[:7]
        columns = [part.strip() for part in re.split(r"\t+| {3,}", following[0])] if following else []
        if len(columns) == 2 and all(_is_person_name(part) for part in columns):
            # "Els Vanneste<tab>Tom Deleu" over "voorzitter oudercomité<tab>directeur": two signers side by side;
            # the first, and the first column of the lines under them, are the contact's
            following = [re.split(r"\t+| {3,}", line.strip())[0] for line in following]
        if len(following) > 2 and _SIGNED_FOR.fullmatch(following[1]) and not _SIGNED_FOR.fullmatch(following[0]) \
                and _is_person_name(following[2]):
            following = following[1:]  # the handwritten signature read as a line above "Pour le bureau," / the name
        elif len(following) > 1 and _signature_of(following[0], following[1]):
            following = following[1:]  # "Cnockaert" / "Thierry Cnockaert": the signature read above the typed name
        elif len(following) > 1 and len(following[0].split()) <= 2 and not re.search(r"[\d@]", following[0]) \
                and not _is_person_name(following[0]) and _is_person_name(following[1]) \
                and match_municipality(following[0], call) is None and not looks_like_organisation(following[0]):
            # "veter" / "Hélène Dezitter": a signature read past knowing (a place or a group above the name is
            # a line of the letter's own)
            following = following[1:]
        signed = closing.group(0).strip() if _SIGNED_FOR_LINE.fullmatch(closing.group(0)) else \
            (following[0] if following else "")
        signed_for = _SIGNED_FOR.fullmatch(signed)
        if signed_for is not None:
            # "Pour Les Amis du Moulin, / Marie Dupont, présidente": the group the writer signs for ("Voor het
            # bestuur van Femma Reninge,": the group whose board signs)
            group = without_governing_body(signed_for.group("org"))
            if _names_a_group(group):
                harvest.add("organisation", group, BODY, 0.72)
            if following and signed == following[0]:
                following = following[1:]
            if following and (role := _ROLE_AFTER_NAME.fullmatch(following[0])) is not None:
                following[0] = role.group("name")
        parts = split_contact_line(following[0]) if following else None
        if parts is not None and parts.get("name") and _is_person_name(parts["name"]):
            # "Amandine Degrave, 20 chemin du Kruysabeele, 59380 Bierne, +33 7 34 15 79 58, a@example.com"
            harvest.add("contact_name", parts["name"], BODY, 0.75)
            if "address" in parts:
                harvest.add("address", parts["address"].strip(" ,–-"), BODY, 0.72)
        elif following and _is_person_name(following[0]):
            harvest.add("contact_name", following[0], BODY, 0.75)
        elif following and (couple := _COUPLE.fullmatch(following[0])) is not None \
                and _is_person_name(first := f"{couple.group('first')} {couple.group('surname')}"):
            # "Lieve en Dirk Maerten": two who sign as one household; the first named, to check
            harvest.add("contact_name", first, BODY, COUPLE)
        if following:
            under = organisation_under_name(following[1:])
            whole = _with_its_place(_uncut(under, text[:closing.start()]), text[:closing.start()], call) \
                if under else ""
            if whole and not (" " not in whole and whole[:1].islower()):
                # "voorzitter dorpsc[omité]": a kind of group in one small word names none
                harvest.add("organisation", whole, BODY, 0.72)
            elif not under and len(following) > 2 and _is_name_line(following[1]) \
                    and not looks_like_person(following[1]) and not is_role(following[1]) \
                    and not is_public_body(following[1]) and not re.match(r"(?i)(?:service|dienst)\b", following[1]) \
                    and _is_place_line(following[2]):
                # "Ria Verbeke / Femma Proven / Kasteelstraat 51": the line between the name and the street
                harvest.add("organisation", following[1], BODY, 0.65)
    self_named = _SELF_NAMED.search(text) or _UNDERSIGNED.search(text)
    if self_named and _is_person_name(self_named.group("name")):
        harvest.add("contact_name", self_named.group("name"), BODY, 0.7)
    _letterhead(harvest, text, call)
    _contact_lines(harvest, text)
    # "t.a.v. de coördinator van Maak werk van je buurt": the call's name, or its first words, is no group
    named = [name for name in organisations_in_sentences(flowed) if not is_call_name(name, call) and not any(
        fold(call_name).startswith(fold(name)) for call_name in (*call.name.values(), *call.coordinator_name.values()))]
    if named:
        # the signature's fuller form of the name the sentence gives ("des Jardiniers du Nord" /
        # "Les Jardiniers du Nord") is the one to keep
        # ("Buurtwerking De Vijverwijk" / "... De Vijverwijk vzw": with its legal form after it)
        # (an article in small letters is the sentence's, "namens de Vrienden van de Bib Lo", not the name's)
        fuller = [str(c.value) for c in harvest.candidates if c.name == "organisation"
                  and len(str(c.value)) > len(named[0]) and ((fold(str(c.value)).endswith(fold(named[0]))
                  and str(c.value)[:1].isupper()
                  and _ARTICLES_BEFORE.fullmatch(str(c.value)[:len(str(c.value)) - len(named[0])]) is not None) or (
                      fold(str(c.value)).startswith(fold(named[0]))
                      and _LEGAL_FORM.fullmatch(str(c.value)[len(named[0]):]) is not None) or (
                      # "Namens Chiro [Houthulst misread] ..." under the letterhead's "Chiro Houthulst": with
                      # its village after it
                      fold(str(c.value)).startswith(fold(named[0]) + " ")
                      and match_municipality(str(c.value)[len(named[0]):].strip(), call) is not None) or (
                      # "L'association Les Amis du moulin de Flêtre souhaite ...", the sentence's name cut at
                      # its small words, under the letterhead's "Les Amis du moulin de Flêtre"
                      (bare := _KIND_FIRST.sub("", named[0])) != named[0]
                      and fold(str(c.value)).startswith(fold(bare) + " ")) or (
                      # "trésorière de l'APE" in a sentence, "Trésorière APE Les Petits Moulins" signed: an
                      # acronym says the kind of group, the signature which one
                      re.fullmatch(r"[A-Z]{2,6}", named[0]) is not None
                      and str(c.value).startswith(named[0] + " ") and str(c.value)[len(named[0]) + 1:][:1].isupper()))]
        # "LES Mis de Petre" in a handwritten sentence under the letterhead's "Les Amis de Flêtre": one name,
        # one of the two misread; the spelling with more words a name is made of ("Flêtre", "wijkcomité") wins
        fuller += [str(c.value) for c in harvest.candidates if c.name == "organisation" and fold(str(c.value))
                   != fold(named[0]) and difflib.SequenceMatcher(None, fold(str(c.value)), fold(named[0])).ratio()
                   >= SAME_NAME_MISREAD and _known_words(str(c.value), call) > _known_words(named[0], call)]
        # said twice the same way is surer than once; two different names is a doubt
        harvest.add("organisation", fuller[0] if fuller else named[0], BODY, 0.74 if len(set(named)) == 1 else 0.6)
    titles = [title for match in _TITLE_INTRO.finditer(flowed)
              if (title := _quoted_title(flowed[match.end():], at_start=True)) is not None]
    titles += [match.group("title").strip() for match in _TITLE_UNQUOTED.finditer(flowed)]
    # "3. Le projet / Intitulé du projet" (a form's heading over its label), "Titel van het project" over an
    # answer OCR did not read: a form's label is never a sentence naming the title, nor its own answer
    titles = [title for title in titles if not is_call_name(title, call) and label_alone(title) is None]
    if titles:
        harvest.add("project_title", titles[0], BODY, 0.7)
    else:
        dashed = [match.group("title").strip() for match in _TITLE_DASH.finditer(text)]
        # "Jan Peeters – Voorzitter ...": a name line, not a title
        people = {fold(str(c.value)) for c in harvest.candidates if c.name in ("contact_name", "organisation")}
        dashed = [title for title in dashed if not is_call_name(title, call) and fold(title) not in people
                  and not (looks_like_person(title) and len(title.split()) <= 2)]
        if dashed:
            harvest.add("project_title", dashed[0], BODY, 0.6)
        elif (alone := _title_alone(text, call)) is not None:
            harvest.add("project_title", alone, BODY, TITLE_ALONE)
    _as_written_elsewhere(harvest, text)


# a paragraph's last sentence that puts the project forward ("Namens de petanqueclub dien ik ons projectidee in.",
# "... souhaite présenter le projet suivant dans le cadre de l'appel :"): a project word and a verb that submits
_ANNOUNCES_PROJECT = re.compile(
    r"(?i)^(?=[^\n]*\b(?:project\w*|projet\w*|idee|idée|kandidatuur|candidature)\b)"
    r"(?=[^\n]*\b(?:dien\w*|in te dienen|stel\w*|voor te stellen|bezorg\w*|stuur\w*|volgende?|hieronder|"
    r"pr[ée]sent\w*|propos\w*|soumet\w*|soumis|d[ée]pos\w*|suivante?|ci-dessous|voici)\b)[^\n]*[.:]\s*$")
_DESCRIPTION_WORDS = 8  # the paragraph after the name explains it: a sentence or more, not a signature's lines
# a line alone that is no project's name: a greeting, thanks, a farewell, a heading of the mail's parts ("Dag" is
# not among them: "Dag van de buren" is a name, and "Dag Jan," has its comma)
_NO_NAME_ALONE = re.compile(
    r"(?i)^(?:beste|geachte|hallo|bonjour|bonsoir|madame|monsieur|cher|ch[èe]re|alvast|hartelijk|(?:veel\s+)?dank|"
    r"bedankt|merci|bonne|groet|zie|voir|ci-joint|in bijlage|en annexe|omschrijving|beschrijving|description|"
    r"pr[ée]sentation|budget|begroting|planning|kosten|co[uû]ts?|waarom|wie|wat|hoe|wanneer|pourquoi|qui|quoi|"
    r"comment|quand|objectifs?|doel\w*|contact|samenvatting|r[ée]sum[ée])\b")
TITLE_ALONE = 0.5  # under a subject's title (0.6): a line's place alone says less than a subject says


def _title_alone(text: str, call: CallDefinition) -> str | None:
    """The project's name on a line of its own (an e-mail's heading, bold or not) between the paragraph that
    puts the project forward and the prose that explains it; a greeting, a heading, a question, a name (a
    person's, a group's), a date, a street, a closing or a list's item is not."""
    paragraphs = [piece.strip() for piece in re.split(r"\n[ \t]*\n", text) if piece.strip()]
    for before, alone, after in zip(paragraphs, paragraphs[1:], paragraphs[2:], strict=False):
        if "\n" in alone or not _ANNOUNCES_PROJECT.search(before.split("\n")[-1]) \
                or len(after.split("\n")[0].split()) < _DESCRIPTION_WORDS:
            continue
        if not _reads_as_a_name(alone) or not alone[:1].isupper() or alone[-1] in ".,;:?" \
                or re.search(r"[:@\t,()\d/]", alone) or _NO_NAME_ALONE.match(alone) or CLOSINGS.match(alone) \
                or looks_like_person(alone) or looks_like_organisation(alone) or is_public_body(alone) \
                or re.search(r"(?i)\s(?:en|et|and)\s+[A-ZÀ-Ý]\w+$", alone) \
                or _is_place_line(alone) or is_call_name(alone, call):
            continue
        return alone
    return None


def _as_written_elsewhere(harvest: Harvest, text: str) -> None:
    """A group's name found in capitals (a letterhead's "DORPSRAAD ESEN VZW") that the document also writes
    in small letters (the footer's or the signature's "Dorpsraad Esen vzw"): that is how the group writes it."""
    for index, candidate in enumerate(harvest.candidates):
        value = candidate.value
        if candidate.name != "organisation" or not isinstance(value, str) or not value.isupper():
            continue
        written = spelled_elsewhere(value, text)
        if written is not None:
            harvest.candidates[index] = FieldValue("organisation", written, candidate.source, candidate.confidence)


def spelled_elsewhere(capitals: str, text: str) -> str | None:
    """How ``text`` writes the words of ``capitals`` where it does not write them in capitals (a letterhead's
    "FEMMA LANGEMARK" is the footer's "Femma Langemark"), with single spaces; None when it writes them only so."""
    pattern = re.compile(r"(?i)(?<![\w'’])" + r"\s+".join(re.escape(word) for word in capitals.split())
                         + r"(?![\w'’])")
    written = next((found.group(0) for found in pattern.finditer(text) if not found.group(0).isupper()), None)
    return " ".join(written.split()) if written is not None else None


def _with_its_place(group: str, above: str, call: CallDefinition) -> str:
    """"président du Comité des Fêtes" signed under "Le Comité des Fêtes de Hondeghem, fidèle à ...": the
    letter's own words give the group with its village, the signature's role line without it."""
    for found in re.finditer(rf"(?i){re.escape(group)}\s+(?:de|d['’]|du|van|uit)\s*(?P<place>[A-ZÀ-Ý][\w'’-]+)",
                             above):
        if match_municipality(found.group("place"), call) is not None:
            return group + found.group(0)[len(group):]
    return group


def _uncut(group: str, above: str) -> str:
    """The group under a signature, cut short at a word's middle (a stamp's edge, "OUDERRAAD VBS SINT-JO"),
    written in full as a line above it (the letterhead's "Ouderraad VBS Sint-Jozef"); else as it is."""
    folded = fold(group)
    for line in above.split("\n"):
        whole = line.strip()
        if len(whole) <= 80 and len(fold(whole)) > len(folded) and fold(whole).startswith(folded) \
                and fold(whole)[len(folded)].isalpha() and " " not in fold(whole)[len(folded):]:
            return whole
    return group


def _contact_in_people(harvest: Harvest) -> None:
    """The row of a board's table whose name a label gives as the contact's: its phone and e-mail are the
    contact's (as sure as that label), no longer another person's."""
    named = {_person_key(c.value): c.confidence for c in harvest.candidates
             if c.name == "contact_name" and c.source != BODY}
    for name, phone, email in harvest.people:
        confidence = named.get(_person_key(name))
        if confidence is None:
            continue
        number = normalise_phone(phone) if phone.strip() else None
        address = found.group(0).lower() if (found := EMAIL_RE.search(email)) is not None else None
        theirs = {value for value in (number, address) if value}
        harvest.candidates = [c for c in harvest.candidates if not (
            c.name in (OTHER_PHONE, OTHER_EMAIL, REPRESENTATIVE_PHONE, REPRESENTATIVE_EMAIL) and c.value in theirs)]
        for field_name, value in (("phone", number), ("email", address)):
            if value:
                harvest.add(field_name, value, TABLE, confidence)


# a representative's number standing in for the contact's is to check: the form asked it as someone else's
_REPRESENTATIVE_STANDS_IN = 0.75


def representative_details(harvest: Harvest) -> None:
    """The legal representative's name, phone and e-mail (who signs for the group): not the contact's when
    the document gives a contact's name (a phone, an e-mail) in a labelled place of its own; else the contact's,
    the name as sure as its label less a little, the phone and e-mail to check (asked as someone else's).
    Another person's phone and e-mail are never the contact's, unless a label elsewhere names that person as
    the contact (a board's table and "Personne à contacter : Marie-Christine Deroo" under it)."""
    _contact_in_people(harvest)
    said_so = any(c.name == CONTACT_IS_CHAIR for c in harvest.candidates)
    harvest.candidates = [c for c in harvest.candidates if c.name != CONTACT_IS_CHAIR]
    for held, asked in ((OTHER_PHONE, "phone"), (OTHER_EMAIL, "email")):
        # another person's number, whichever rule read it (the prose finds the treasurer's phone in the text)
        numbers = {c.value for c in harvest.candidates if c.name == held}
        harvest.candidates = [c for c in harvest.candidates if c.name != held and not (
            c.name == asked and c.value in numbers)]
    chairs = {_person_key(c.value) for c in harvest.candidates if c.name == REPRESENTATIVE}
    other_contact = any(c.name in ("contact_name", SURNAME_FIRST) and c.source != BODY
                        and _person_key(c.value) not in chairs for c in harvest.candidates)
    for held, asked in ((REPRESENTATIVE, "contact_name"), (REPRESENTATIVE_PHONE, "phone"),
                        (REPRESENTATIVE_EMAIL, "email")):
        theirs = {_person_key(c.value) for c in harvest.candidates if c.name == held}
        if not theirs:
            continue
        # the same name or number read by another rule (the prose, a line of the table's text) is still theirs
        kinds = (asked, SURNAME_FIRST) if asked == "contact_name" else (asked,)
        own = any(c.name in kinds and c.source != BODY and _person_key(c.value) not in theirs
                  for c in harvest.candidates)
        if asked != "contact_name" and other_contact and not said_so:
            own = True  # a contact named of their own: the chair's phone and e-mail are not theirs
        cap = 1.0 if asked == "contact_name" or said_so else _REPRESENTATIVE_STANDS_IN
        harvest.candidates = [
            FieldValue(asked, c.value, c.source, min(c.confidence, cap)) if c.name == held else c
            for c in harvest.candidates
            if not (own and c.name in (held, *kinds) and _person_key(c.value) in theirs)]


def _person_key(value: object) -> object:
    """A name as its words in any order ("COPPIN Sandrine" is Sandrine Coppin); any other value as it is."""
    return tuple(sorted(fold(value).split())) if isinstance(value, str) and "@" not in value else value


_PLACE_AFTER = re.compile(r"\s+[-–—]\s+([^\W\d_][\w'’-]*)\s*$")
TWO_ADDRESSES = 0.75  # the address a form chose among two it gives: to check
_ANSWERED = frozenset({"form_field", LABEL, TABLE})  # a form's boxes, however read


_SUMS = ("requested_amount", "total_budget")  # the amounts a form may give twice, differently
TWO_AMOUNTS = 0.75  # an amount two equally sure readings disagree on: to check


def finish(harvest: Harvest) -> dict[str, FieldValue]:
    """The best candidate per field, budget lines gathered from their strongest source."""
    from parsers.model import SOURCE_RANK, best_by_field

    # the grant's income line ("Partons 2.0 (gevraagd) | 3 250", to check) that a label elsewhere asks as the request
    # with the same amount: the two agree, and the label says what the line only suggests
    asked = {c.value: c.confidence for c in harvest.candidates if c.name == "requested_amount"
             and c.source in _ANSWERED and c.confidence > FUNDER_LINE}
    harvest.candidates = [replace(c, confidence=asked[c.value]) if c.name == "requested_amount"
                          and c.confidence == FUNDER_LINE and c.value in asked else c for c in harvest.candidates]
    chosen = best_by_field(harvest.candidates)
    if (school := chosen.pop(INSTITUTION, None)) is not None and "organisation" not in chosen:
        chosen["organisation"] = replace(school, name="organisation")  # a school's own form: the school applies
    if chosen.pop(NO_GROUP, None) is not None and (guess := chosen.get("organisation")) is not None \
            and guess.confidence < REVIEW_THRESHOLD:
        del chosen["organisation"]  # the form's own "Vereniging: /" beats a name guessed elsewhere
    group = chosen.get("organisation")
    if group is not None and isinstance(group.value, str) and (place := _PLACE_AFTER.search(group.value)) \
            and fold(place.group(1)) in fold(group.value[:place.start()]).split():
        # "Familles rurales de Hondschoote - Hondschoote": a footer's group and its place, the place said twice
        chosen["organisation"] = FieldValue("organisation", group.value[:place.start()], group.source,
                                            group.confidence)
    address = chosen.get("address")
    streets = {_plain(str(c.value)) for c in harvest.candidates if c.name == "address" and c.source in _ANSWERED
               and c.confidence >= REVIEW_THRESHOLD - 0.1 and STREET.fullmatch(str(c.value))}
    if address is not None and address.confidence > TWO_ADDRESSES and any(
            not (one.startswith(other) or other.startswith(one)) for one in streets for other in streets):
        # a form that gives the group's seat and the contact's own address, or two boxes that disagree: which one
        # to write to is the coordinator's to say, not a rule's; the postcode, place and country go with it
        for name in ("address", "postcode", "municipality", "country"):
            if (value := chosen.get(name)) is not None and value.confidence > TWO_ADDRESSES:
                chosen[name] = replace(value, confidence=TWO_ADDRESSES)
    for name in _SUMS:
        amount = chosen.get(name)
        if amount is not None and amount.confidence > TWO_AMOUNTS and any(
                c.name == name and c.value != amount.value and c.source in _ANSWERED
                and c.confidence >= REVIEW_THRESHOLD for c in harvest.candidates):
            # two boxes that give the amount as two different sums, each as sure as the other (a form's total and
            # the box under it read as the total too): which one is meant is the coordinator's to say
            chosen[name] = replace(amount, confidence=TWO_AMOUNTS)
    if harvest.budget_lines:
        best_source = max(harvest.budget_lines, key=lambda item: SOURCE_RANK.get(item[1], 0))[1]
        lines = tuple(line for line, source, _ in harvest.budget_lines if source == best_source)
        confidence = min(conf for _, source, conf in harvest.budget_lines if source == best_source)
        chosen["budget_lines"] = FieldValue("budget_lines", lines, best_source, confidence)
    return chosen
