"""A picture of a form read by OCR: a row of labels side by side, and under it the row of their answers.

A printed form asks several things on one line ("Postcode | Gemeente", "Telefoon / GSM | E-mail",
"Penningmeester | Telefoon / GSM") and the answers are written under the labels. Tesseract keeps the columns
as wide gaps (tabs in ``parsers.ocr``'s text), each line on its own: the labels' line, then the answers'
line, in the same order. The answers are paired with their labels by column; a board member's row (the
treasurer's name and phone) is no one's answer but that person's, and is taken out of the text before any
rule reads a phone or an e-mail from it.
"""

from __future__ import annotations

import re

from config.call import CallDefinition
from parsers.field_table import AMOUNT_FIELDS, EMAIL_RE
from parsers.fields import CONFIDENCE, NUMBERED, Harvest, add_value
from parsers.labels import (
    BARE_AMOUNT,
    BUDGET_TABLE,
    OTHER_PERSON,
    REPRESENTATIVE,
    label_alone,
    label_at_start,
    label_row,
    person_part,
)
from parsers.model import LABEL
from parsers.money import find_amounts
from parsers.phone import find_phones, possible_phone

# "Dépenses | Montant (€)": a budget's header row heads columns of many lines, not one answer each
_HEADS_A_COLUMN = frozenset({BUDGET_TABLE, BARE_AMOUNT, "summary"})
_NAMES = frozenset({"contact_name", "surname_first", "first_name", REPRESENTATIVE, "organisation", "municipality",
                    "project_title"})


def _answers(lines: list[str], index: int) -> list[str] | None:
    """The cells of the line under the labels' line at ``index``, unless it is itself a label or a heading
    (the answers were left out: the next question follows)."""
    following = next((line for line in lines[index + 1:] if line.strip()), "")
    if not following or NUMBERED.match(following) or label_row(following) is not None \
            or label_alone(following) is not None or label_at_start(following) is not None:
        return None
    # a box's side read as a bar before or after its answer ("59114<tab>| GODEWAERSVELDE")
    return [cell.strip(" |[]") for cell in following.split("\t") if cell.strip(" |[]")]


def _fits(field: str, value: str) -> bool:
    """The value is the kind of answer the label asks for: a phone number, an address, a name."""
    if field == "phone":
        return bool(find_phones(_phone_digits(value))) or possible_phone(_phone_digits(value)) is not None
    if field == "email":
        return EMAIL_RE.search(value) is not None
    if field == "postcode":
        return re.fullmatch(r"\d{4,5}", value) is not None
    if field in AMOUNT_FIELDS:
        return re.search(r"\d", value) is not None
    digits = sum(ch.isdigit() for ch in value)
    if field in _NAMES:
        return "@" not in value and digits == 0
    return "@" not in value and digits < len(value) / 2


_DIGIT_SLIPS = str.maketrans({"l": "1", "I": "1", "|": "1", "o": "0", "O": "0"})


def _phone_digits(value: str) -> str:
    """A phone number as OCR read handwritten digits: "+33 6 15 20 07 lo" for "... 07 10". In a box that
    holds a number, "l" and "o" are ones and zeros; only where the digits are most of what was read."""
    read = re.sub(r"[\s+./()-]", "", value)
    if not read or sum(ch.isdigit() for ch in read) < 0.75 * len(read):
        return value
    return value.translate(_DIGIT_SLIPS)


def _paired(fields: list[str], values: list[str]) -> list[tuple[str, str]]:
    """Each answer with the label it stands under: by column when the row has as many answers as labels;
    when some box was left empty (or its writing not read), each answer with the next label, left to right,
    whose kind it is ("0475 12 34 56" under "Telefoon / GSM | E-mail")."""
    if len(values) == len(fields):
        return list(zip(fields, values, strict=True))
    if len(fields) == 1:
        return [(fields[0], " ".join(values))]  # "Odile<gap>Degrave": a wide gap inside one answer
    if len(values) > len(fields):
        return []
    pairs: list[tuple[str, str]] = []
    start = 0
    for value in values:
        column = next((at for at in range(start, len(fields)) if _fits(fields[at], value)), None)
        if column is None:
            return []
        pairs.append((fields[column], value))
        start = column + 1
    return pairs


def _budget_beside_request(fields: list[str], answers: list[str] | None) -> list[str]:
    """"Budget prévisionnel<tab>Montant sollicité" over two amounts: the budget's heading is the total asked
    beside the request, not a table's column heading (under which the cost lines stand, "Location | 300 €")."""
    if answers is None or len(answers) != len(fields) or "total_budget" in fields \
            or not set(fields) - {BUDGET_TABLE} <= set(AMOUNT_FIELDS) \
            or not all(find_amounts(answer) and sum(ch.isalpha() for ch in answer) <= 5 for answer in answers):
        return fields
    return ["total_budget" if field == BUDGET_TABLE else field for field in fields]


def without_board_rows(text: str) -> str:
    """The text without the answers under a board member's row of labels ("Penningmeester | Telefoon / GSM"
    over "Luc Verhaeghe | 0475 12 34 56"): the treasurer's phone is not the applicant's. The name of who signs
    for the group ("Président(e) - Nom et prénom") is kept: the contact when the form names no other."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        fields = label_row(line)
        if fields is None or not ({OTHER_PERSON, REPRESENTATIVE} & set(fields)):
            continue
        answers = _answers(lines, index)
        if answers is None:
            continue
        at = next(at for at in range(index + 1, len(lines)) if lines[at].strip())
        kept = [value for field, value in _paired(fields, answers) if field == REPRESENTATIVE]
        lines[at] = "\t".join(kept)
    return "\n".join(lines)


def from_label_rows(harvest: Harvest, text: str, call: CallDefinition) -> None:
    """Answers written under a row of labels side by side, each paired with its label."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        fields = label_row(line)
        if fields is None and (part := person_part(line)) is not None:
            fields = [part]  # "Personne à contacter pour le dossier - Nom et prénom" alone, the name under it
        if fields is not None and BUDGET_TABLE in fields:
            fields = _budget_beside_request(fields, _answers(lines, index))
        if fields is None or OTHER_PERSON in fields or set(fields) & _HEADS_A_COLUMN:
            continue
        answers = _answers(lines, index)
        if answers is None:
            continue
        for field, value in _paired(fields, answers):
            add_value(harvest, field, _phone_digits(value) if field == "phone" else value, LABEL,
                      CONFIDENCE[LABEL] - 0.1, call)
